"""The ``eucentralasia`` command line (also ``python -m eucentralasia``).

Commands: ``timeline``, ``show``, ``search``, ``verify``, ``stats``, ``export`` and
``plot``, listed in `_COMMANDS`: each a `_Command` with its help texts, the
``_<command>_options`` function adding its arguments, and a ``_run_<command>`` handler
taking the loaded `Dataset` and the parsed arguments. Every command gets the shared
``--data PATH`` option; `main` loads the data once for all of them. The command line
only parses, renders and sets exit codes: what it shows comes from `Dataset`. Layout
(wrapping to the terminal, aligned columns, amounts for people) is in `_render`.

To add a command: write ``_run_<name>(dataset, args) -> int`` (and, if it takes
arguments, ``_<name>_options(parser)``), then one `_Command` entry in `_COMMANDS`
(summary, description, examples, handler, options, and what ``--json`` prints if it has
``--json``). A handler raises `_UsageError` (exit 2) or `_Failure` (exit 1) for what it
cannot do; `main` prints them as ``eucentralasia: error: ...``. Print text through
`_render.hanging` / `_render.aligned` with `_render.width()` so it fits the terminal.

A mistake in the command line exits with status 2; bad data, an unknown record, a
failed check or an output that cannot be written with status 1; each after one line per
problem on stderr, every one starting ``eucentralasia: error:``: never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import enum
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple, NoReturn

import attrs

from eucentralasia import _schema as schema
from eucentralasia._dataset import Dataset, Stats, TimelineEntry
from eucentralasia._dates import DateBasis, DateRange, DateValue, describe_date, parse_date
from eucentralasia._errors import DataError, UnknownIdError
from eucentralasia._loading import load
from eucentralasia._model import COLLECTIONS, EventKind, MilestoneKind
from eucentralasia._provenance import Citation, Source, in_context
from eucentralasia._search import SearchHit, country_code, locate_folded, normalize_query
from eucentralasia.cli._render import aligned, amount, hanging, width

__all__ = ["main"]

PROG = "eucentralasia"
_DATA_ERROR = 1
_USAGE_ERROR = 2
# The status a shell reports for a process stopped by SIGPIPE (e.g. piped into `head`).
_BROKEN_PIPE = 128 + 13

_Run = Callable[[Dataset, argparse.Namespace], int]


class _UsageError(Exception):
    """A command line that parses but asks for something impossible: exit status 2."""


class _Failure(Exception):
    """A command that cannot do what was asked: exit status 1, one line per item of `lines`.

    An unknown record, an output that cannot be written, a missing optional dependency,
    a failed check.
    """

    def __init__(self, *lines: str) -> None:
        super().__init__(*lines)
        self.lines = lines


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not the usage block and a line.

    Every error reads ``eucentralasia: error: ...``, whichever command it is in; a
    mistyped command gets the closest command names.
    """

    def error(self, message: str) -> NoReturn:
        if message.startswith("argument COMMAND: invalid choice:"):
            import difflib

            typed = message.split("'")[1]
            near = difflib.get_close_matches(typed, list(_COMMANDS), n=3, cutoff=0.5)
            message = f"unknown command {typed!r}"
            message += (
                f"; did you mean {', '.join(map(repr, near))}?"
                if near
                else f"; the commands are {', '.join(_COMMANDS)}"
            )
        self.exit(_USAGE_ERROR, f"{PROG}: error: {message} (see {self.prog} --help)\n")


class _Version(argparse.Action):
    """``--version``, reading the version only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import version

        print(f"{PROG} {version('eucentralasia')}")
        parser.exit()


# -- shared helpers ---------------------------------------------------------------------


def _report(status: int, lines: Iterable[str]) -> int:
    """Print each line as an error on stderr and return `status`: the one way errors leave."""
    for line in lines:
        print(f"{PROG}: error: {line}", file=sys.stderr)
    return status


def _dumps(value: object) -> str:
    """`value` as indented JSON, letters as they are ("Síkela", not escapes)."""
    import json  # only the --json paths need it; keeps the other commands quick to start

    return json.dumps(value, ensure_ascii=False, indent=2)


def _print_json(value: object) -> None:
    """Print `value` as indented JSON (`_dumps`)."""
    print(_dumps(value))


class _Command(NamedTuple):
    """A command: its one-line summary, description, examples, handler and options."""

    summary: str
    description: str
    examples: str
    run: _Run
    options: Callable[[_Parser], None] | None = None
    json: str | None = None
    """What ``--json`` prints, for the commands that have it."""


def _add_kinds(parser: _Parser, kinds: Sequence[str], what: str) -> None:
    """Give a command the repeatable ``--kind KIND`` option, its choices listed in the help."""
    parser.add_argument(
        "--kind",
        dest="kinds",
        action="append",
        choices=kinds,
        metavar="KIND",
        help=f"{what} (repeatable): " + ", ".join(kinds),
    )


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turn what can go wrong writing `path` into one-line failures (exit status 1).

    An export needing a package that is not installed raises `ModuleNotFoundError`
    whose message names the extra to install; a file system refusal, `OSError`.
    """
    try:
        yield
    except ModuleNotFoundError as exc:
        raise _Failure(str(exc)) from None
    except OSError as exc:
        raise _Failure(f"cannot write {exc.filename or path}: {exc.strerror or exc}") from None


def _kind(dataset: Dataset, record: Any) -> str:
    """What the command line calls the record's kind: ``event``, ``trade-figure``, ..."""
    return dataset.registry.of(type(record)).key


_name = schema.heading_of


def _ref(dataset: Dataset, id: str) -> str:
    """A reference written ``id (name)``; the bare id if no record has it."""
    try:
        return f"{id} ({_name(dataset.get(id))})"
    except UnknownIdError:
        return id


def _source(dataset: Dataset, id: str) -> Source | None:
    """The source with this id, or None (a dataset built by hand may lack it)."""
    return dataset.sources.get(id) if id in dataset.sources else None


def _describe_dating(date: DateValue, basis: DateBasis | None, note: str | None) -> str:
    """A date with its precision, how it was obtained and the note saying how.

    ``2024 (2024; precision: year; basis: derived: 'last year' in the 2025 interview: 2024.)``
    """
    precision = date.precision.value + (", a range" if isinstance(date, DateRange) else "")
    parts = [describe_date(date), f"precision: {precision}"]
    if basis is not None:
        parts.append(f"basis: {basis.value}" + (f": {note}" if note else ""))
    return f"{date} ({'; '.join(parts)})"


def _date(text: str) -> DateValue:
    """An EDTF date argument (``--from``, ``--to``)."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _country(text: str) -> str:
    """A country argument: a code in any case (``kz`` is ``KZ``) or a name (``Kazakhstan``)."""
    code = country_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a country: expected an ISO 3166-1 alpha-2 code such as KZ, or EU, or a name"
        )
    return code


def _count(text: str) -> int:
    """A whole number argument of 0 or more (``--limit``)."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, got {text!r}")
    return number


# -- timeline -------------------------------------------------------------------------

_TIMELINE_EXAMPLES = f"""\
examples:
  {PROG} timeline
  {PROG} timeline --from 2025-01 --to 2025-06
  {PROG} timeline --country KZ --from 2023
  {PROG} timeline --involving kaja-kallas
  {PROG} timeline --kind summit --kind signed
  {PROG} timeline --json > timeline.json
  {PROG} timeline --data my_records/ --data extra.toml

Dates are EDTF: 2025, 2025-02, 2025-02-24, 2022-23 (autumn 2022), 2023-10~ (about).
A bound counts with its whole span: --to 2025-06 runs to 30 June 2025.
--json prints an array of objects with date (EDTF), when, what, id, kind, place and
country (place and country are null where no location is known).
"""


def _timeline_options(parser: _Parser) -> None:
    """The options and arguments of ``timeline``."""
    parser.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="only entries on or after DATE"
    )
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="only entries up to DATE")
    parser.add_argument(
        "--country",
        type=_country,
        metavar="CODE",
        help="only entries involving a country (KZ, UZ, EU, ..., or its name)",
    )
    parser.add_argument(
        "--involving",
        metavar="ID",
        help="only entries involving an official, organization or country (an id, a code or a name)",
    )
    kinds = sorted({k.value for k in EventKind} | {k.value for k in MilestoneKind} | {"statement"})
    _add_kinds(parser, kinds, "only this event or milestone kind, or statements")


def _timeline_lines(entries: Sequence[TimelineEntry], limit: int | None) -> list[str]:
    """The entries as aligned lines: EDTF date, human date, what (where) and [id].

    What happened is wrapped to `limit` under its own column.
    """
    edtf = [str(entry.date) for entry in entries]
    when = [entry.when for entry in entries]
    edtf_width = max(map(len, edtf), default=0)
    when_width = max(map(len, when), default=0)
    lines = []
    for entry, date, human in zip(entries, edtf, when, strict=True):
        where = f" ({entry.location.place}, {entry.location.country})" if entry.location else ""
        lines += hanging(
            f"{date:<{edtf_width}}  {human:<{when_width}}  ", f"{entry.what}{where}  [{entry.id}]", limit
        )
    return lines


def _entry_json(entry: TimelineEntry) -> dict[str, Any]:
    """A timeline entry as a JSON object (the form of ``timeline --json``)."""
    location = entry.location
    return {
        "date": str(entry.date),
        "when": entry.when,
        "what": entry.what,
        "id": entry.id,
        "kind": entry.kind,
        "place": None if location is None else location.place,
        "country": None if location is None else location.country,
    }


def _run_timeline(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print the timeline entries the filters keep, as lines or JSON."""
    if args.start is not None and args.end is not None and args.end.end() < args.start.start():
        raise _UsageError(f"--to {args.end} is before --from {args.start}")
    try:
        entries = dataset.timeline(
            args.start, args.end, country=args.country, involving=args.involving, kinds=args.kinds
        )
    except UnknownIdError as exc:
        raise _UsageError(f"--involving: {exc}") from None
    if args.json:
        _print_json([_entry_json(entry) for entry in entries])
        return 0
    if not entries:
        print("no timeline entries match", file=sys.stderr)
        return 0
    print("\n".join(_timeline_lines(entries, width())))
    return 0


# -- show -----------------------------------------------------------------------------

_SHOW_EXAMPLES = f"""\
examples:
  {PROG} show josef-sikela
  {PROG} show kazakhstan-eu-trade-turnover-2024
  {PROG} show epca --json
  {PROG} show my-event --data my_records/

Every field is shown that has a value. Dates give their EDTF form, how a person writes
them, their precision and their basis (stated, derived, external) with the note saying
how a derived or external date was obtained; references to other records read
"id (name)". Each quote is followed by its source and the characters it spans there
(characters 4325\u20134413: from offset 4325 up to, not including, 4413), then the words
around it in the source, the quote marked «like this». An agreement's milestones list
their own quotes.

--json prints {{"id", "kind", "record", "quotes"}}: the record as in a data file
(converter.unstructure) and each of its quotes (milestones' too) with its field,
source id and title, start, end and context.
"""

# How many words of the source to show either side of a quote.
_CONTEXT_WORDS: Final = 8


def _show_options(parser: _Parser) -> None:
    """The options and arguments of ``show``."""
    parser.add_argument("id", metavar="ID", help="the record's id (as printed by timeline and search)")


def _value(dataset: Dataset, value: object, is_reference: bool) -> str:
    """One field value as text; a reference as ``id (name)``."""
    if is_reference and isinstance(value, str):
        return _ref(dataset, value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    cls: Any = type(value)
    if attrs.has(cls):  # a location: "Samarkand, UZ"
        parts = (getattr(value, field.name) for field in attrs.fields(cls))
        return ", ".join(_value(dataset, part, False) for part in parts if part is not None)
    return str(value)


def _quote_lines(dataset: Dataset, citations: Iterable[Citation], indent: int) -> list[str]:
    """Each quote, then its source and span, then the quote in the words around it."""
    pad = " " * indent
    limit = width()
    lines = []
    for citation in citations:
        lines += hanging(pad, f'"{citation.quote}"', limit)
        span = f"{_ref(dataset, citation.source)}, characters {citation.start}\u2013{citation.end}"
        lines += hanging(f"{pad}  ", span, limit)
        source = _source(dataset, citation.source)
        if source is not None and source.text is not None:
            lines += hanging(f"{pad}  ", citation.context(source.text, _CONTEXT_WORDS), limit)
    return lines


def _field_lines(dataset: Dataset, obj: object, path: str, refs: set[str], indent: int) -> list[str]:
    """The fields of `obj` (a record or a value nested in one) with values, then its quotes.

    `path` is `obj`'s field path in its record (``roles[0]``) and `refs` the paths that
    hold references (from `references`), so references read ``id (name)``.
    """
    items: list[tuple[str, str | list[str]]] = []
    for field, meta in schema.fields_of(type(obj)):
        name = field.name
        value = getattr(obj, name)
        here = f"{path}.{name}" if path else name
        # id heads the output and citations follow as quotes; a source's full text is too
        # long to print; a date's basis and note are shown with the date.
        hidden = meta.kind in ("id", "citations", "body", "basis", "date-note")
        if hidden or value is None or value == ():
            continue
        if meta.kind == "date":
            items.append(
                (name, _describe_dating(value, getattr(obj, f"{name}_basis"), getattr(obj, f"{name}_note")))
            )
        elif isinstance(value, tuple) and attrs.has(type(value[0])):
            block = []
            for number, item in enumerate(value):
                nested = _field_lines(dataset, item, f"{here}[{number}]", refs, indent + 4)
                if nested:
                    block.append(f"{' ' * (indent + 2)}- {nested[0].lstrip()}")
                    block.extend(nested[1:])
            items.append((name, block))
        elif isinstance(value, tuple):
            parts = (_value(dataset, item, f"{here}[{n}]" in refs) for n, item in enumerate(value))
            items.append((name, ", ".join(parts)))
        elif meta.kind == "amount":  # a figure with its unit: "50 billion USD (50,000,000,000)"
            items.append((name, amount(value, str(getattr(obj, "unit", "")))))
        else:
            items.append((name, _value(dataset, value, here in refs)))
    quotes = _quote_lines(dataset, getattr(obj, "citations", ()), indent + 2)
    if quotes:
        items.append(("quotes", quotes))
    column = max((len(label) for label, value in items if isinstance(value, str)), default=0)
    pad = " " * indent
    limit = width()
    lines: list[str] = []
    for label, value in items:
        if isinstance(value, str):
            lines += hanging(f"{pad}{label:<{column}}  ", value, limit)
        else:
            lines.append(f"{pad}{label}")
            lines.extend(value)
    return lines


def _show_lines(dataset: Dataset, record: Any) -> list[str]:
    """The record in full: a heading (id, kind, name), its fields and its quotes."""
    refs = {path for path, _, _ in schema.references_of(record)}
    heading = hanging(f"{record.id}  {_kind(dataset, record)}  ", _name(record), width())
    return [*heading, *_field_lines(dataset, record, "", refs, 2), *_related_lines(dataset, record)]


# How many related records of one collection `show` lists before saying how many more.
_RELATED_SHOWN: Final = 12


def _related_lines(dataset: Dataset, record: Any) -> list[str]:
    """The records linked to `record` (`Dataset.related`), by collection, each ``id (name)``.

    An official's events and statements, what cites or relates to an agreement, a
    source's records. The sources a record quotes are left out: its quotes name them.
    """
    related = dataset.related(record.id)
    quoted = {citation.source for _, citation in schema.citations_of(record)}
    limit = width()
    rows = []
    for collection in dataset.registry.values():
        ids = [i for i in related.collection(collection.name).ids if i not in quoted]
        if not ids:
            continue
        shown = [_ref(dataset, i) for i in ids[:_RELATED_SHOWN]]
        more = len(ids) - len(shown)
        rows.append((collection.name.replace("_", " "), shown, more))
    if not rows:
        return []
    lines = ["  related"]
    column = max(len(label) for label, _, _ in rows)
    for label, shown, more in rows:
        tail = [f"... and {more} more"] if more else []
        for number, text in enumerate([*shown, *tail]):
            lines += hanging(f"    {(label if number == 0 else ''):<{column}}  ", text, limit)
    return lines


def _show_json(dataset: Dataset, record: Any) -> dict[str, Any]:
    """The record as in a data file, plus its quotes resolved against their sources."""
    from eucentralasia._serialization import (
        shared_converter,
    )  # built on first use; most commands never need it

    quotes = []
    for path, citation in schema.citations_of(record):
        source = _source(dataset, citation.source)
        text = None if source is None else source.text
        quotes.append(
            {
                "field": path,
                "source": citation.source,
                "source_title": None if source is None else source.title,
                "quote": citation.quote,
                "start": citation.start,
                "end": citation.end,
                "context": None if text is None else citation.context(text, _CONTEXT_WORDS),
            }
        )
    return {
        "id": record.id,
        "kind": _kind(dataset, record),
        "record": shared_converter().unstructure(record),
        "quotes": quotes,
    }


def _run_show(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print one record in full; an unknown id fails with the closest ids."""
    try:
        record = dataset.get(args.id)
    except UnknownIdError as exc:
        raise _Failure(str(exc)) from None
    if args.json:
        _print_json(_show_json(dataset, record))
    else:
        print("\n".join(_show_lines(dataset, record)))
    return 0


# -- search ---------------------------------------------------------------------------

_FIELD_WORDS: Final = {"aliases": "alias", "authors": "author", "short_name": "short name"}

_SEARCH_EXAMPLES = f"""\
examples:
  {PROG} search sikela
  {PROG} search "raw materials" --limit 5
  {PROG} search EPCA --kind agreement
  {PROG} search astana --json

The text is matched anywhere, ignoring case and accents ("sikela" finds "Síkela"), in:
ids (hyphens or spaces: "josef sikela" finds josef-sikela); names, short names and
aliases; titles, a trade figure's description and metric, a source's authors;
summaries and notes; quotes (a record's and its milestones').
Results are ranked by their best match, best first:
  1. exact  a whole id, name, short name, alias, title, description, metric or author is the text
  2. name   an id, name, short name or alias contains it
  3. title  a title, description, metric or author contains it
  4. text   a summary or note contains it
  5. quote  a quote contains it
and within a rank, a match at the start of a word before one inside a word, then the
shorter text (a closer match), then by id. Each line reads
  id  kind  name  (where it matched)
--json prints an array of objects with id, kind, name, rank (exact, name, title, text,
quote), field, matched (the text that matched) and source (a quote's source, else null).
Finding nothing is not an error: "no records match" is printed on stderr and the exit
status is 0.
"""


def _search_options(parser: _Parser) -> None:
    """The options and arguments of ``search``."""
    parser.add_argument("text", metavar="TEXT", help="the text to look for (case and accents ignored)")
    parser.add_argument(
        "--limit", type=_count, default=20, metavar="N", help="show at most N results (default 20; 0: all)"
    )
    _add_kinds(parser, [collection.key for collection in COLLECTIONS.values()], "only records of this kind")


def _where(hit: SearchHit, needle: str) -> str:
    """Where a hit matched, for a person: ``name``, ``alias "EC"``, ``quote in x: … «y» …``."""
    field = _FIELD_WORDS.get(hit.field, hit.field)
    exact = "exact " if hit.rank == "exact" else ""
    if hit.rank == "near":
        plain = hit.field == "id" or hit.matched == _name(hit.record)
        return f"near {field}" if plain else f'near {field} "{hit.matched}"'
    if hit.field == "id" or hit.matched == _name(hit.record):
        return f"{exact}{field}"
    if hit.rank in ("exact", "name", "title"):
        return f'{exact}{field} "{hit.matched}"'
    span = locate_folded(hit.matched, needle)
    shown = hit.matched if span is None else in_context(hit.matched, *span, words=4)
    if hit.citation is not None:
        return f"quote in {hit.citation.source}: {shown}"
    return f"{field}: {shown}"


def _run_search(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print the records matching the text, best first (see the help for the ranking)."""
    needle = normalize_query(args.text)
    if not needle:
        raise _UsageError("search: the text to look for is empty")
    wanted = [c.name for c in dataset.registry.values() if args.kinds is None or c.key in args.kinds]
    hits = dataset.search(args.text, collections=wanted)
    if not hits:
        if args.json:
            _print_json([])
        print(f"no records match {args.text!r}", file=sys.stderr)
        return 0
    shown = hits if args.limit == 0 else hits[: args.limit]
    if args.json:
        _print_json(
            [
                {
                    "id": hit.record.id,
                    "kind": _kind(dataset, hit.record),
                    "name": _name(hit.record),
                    "rank": hit.rank,
                    "field": hit.field,
                    "matched": hit.matched,
                    "source": None if hit.citation is None else hit.citation.source,
                }
                for hit in shown
            ]
        )
    else:
        columns = [(h.record.id, _kind(dataset, h.record), _name(h.record), _where(h, needle)) for h in shown]
        widths = [max(len(row[i]) for row in columns) for i in range(2)]
        limit = width()
        lines = []
        for id, kind, name, where in columns:
            lines += hanging(f"{id:<{widths[0]}}  {kind:<{widths[1]}}  ", f"{name}  ({where})", limit)
        print("\n".join(lines))
    if len(shown) < len(hits):
        print(f"{len(hits) - len(shown)} more match; see them all with --limit 0", file=sys.stderr)
    return 0


# -- verify ---------------------------------------------------------------------------

_VERIFY_EXAMPLES = f"""\
examples:
  {PROG} verify
  {PROG} verify --data my_records/

Checks, for every record (milestones included), that each quote stands in its source's
text at the characters it gives, and that each reference (participants, agreements,
organizations, sources, parents, ...) names a record of the right kind; then prints
  N records, M citations, K references checked: all OK
Exit status 1 on any failure, one line per failure on stderr. Data files given with
--data are checked with the bundled data; a file that fails the checks cannot be
loaded, so its problems are listed the same way, one per line.
"""


def _run_verify(dataset: Dataset, args: argparse.Namespace) -> int:
    """Re-run the loader's citation and reference checks; fail listing every problem."""
    result = dataset.verify()
    summary = (
        f"{result.records} records, {result.citations} citations, {result.references} references checked"
    )
    if result.problems:
        plural = "s" if len(result.problems) != 1 else ""
        raise _Failure(*map(str, result.problems), f"{summary}: {len(result.problems)} problem{plural}")
    print(f"{summary}: all OK")
    return 0


# -- stats ----------------------------------------------------------------------------

_STATS_EXAMPLES = f"""\
examples:
  {PROG} stats
  {PROG} stats --json
  {PROG} stats --data my_records/

Prints: records per collection; each collection's records by kind, status or qualifier;
dates (every dated field: events, milestones, statements, trade figure periods, source
publication, role dates) by basis (stated, derived, external) and by precision, and
which date fields are empty; the earliest and latest timeline entry; citations by
speaker ("source" for the source's own voice); each source with its publication date,
how many citations quote it and how much of its text the quotes cover.
"""


def _stats_json(stats: Stats) -> dict[str, Any]:
    """The figures `stats` prints, as JSON-ready values."""
    return {
        "records": {"total": stats.total, **stats.records},
        **{
            name: {f"by_{field}": counts for field, counts in fields.items()}
            for name, fields in stats.by_field.items()
        },
        "dates": {
            "dated": stats.dated,
            "by_basis": stats.by_basis,
            "by_precision": stats.by_precision,
            "ranges": stats.ranges,
            "undated": stats.undated,
        },
        "timeline": {
            "entries": stats.timeline_entries,
            "earliest": None if stats.earliest is None else _entry_json(stats.earliest),
            "latest": None if stats.latest is None else _entry_json(stats.latest),
        },
        "citations_by_speaker": stats.by_speaker,
        "sources": [
            {**attrs.asdict(source), "quoted_share": source.quoted_share} for source in stats.sources
        ],
    }


def _stats_lines(stats: Stats, dataset: Dataset) -> list[str]:
    """The figures of `Dataset.stats` as text."""

    def listed(counts: dict[str, int]) -> str:
        """``a 1, b 2``; ``none`` for no counts."""
        return ", ".join(f"{key} {count}" for key, count in counts.items()) or "none"

    plural = {c.name: c.singular + "s" for c in dataset.registry.values()}
    rows = [("records", f"{stats.total}: " + listed({plural[name]: n for name, n in stats.records.items()}))]
    for name, fields in stats.by_field.items():
        if stats.records[name] and name != "sources":
            rows += [(f"{plural[name]} by {field}", listed(counts)) for field, counts in fields.items()]
    rows += [
        ("dates", f"{stats.dated} dated; " + listed(stats.by_basis)),
        ("dates by precision", listed(stats.by_precision) + f" ({stats.ranges} of them ranges)"),
        ("undated", listed(stats.undated)),
        ("timeline entries", str(stats.timeline_entries)),
    ]
    limit = width()
    lines = aligned(rows, limit)
    if stats.earliest is not None and stats.latest is not None:
        first, last = _timeline_lines([stats.earliest, stats.latest], None)
        lines += aligned([("  earliest", first), ("  latest", last)], limit)
    lines += aligned([("citations by speaker", listed(stats.by_speaker))], limit)
    lines.append(f"sources: {len(stats.sources)}")
    for source in stats.sources:
        published = "undated" if source.published is None else f"{source.published} ({source.when})"
        lines += hanging(f"  {source.id}  ", source.title, limit)
        text = (
            f"published {published}; {source.citations} citations; quotes cover "
            f"{source.quoted_share:.1%} of its {source.characters:,} characters"
        )
        lines += hanging("    ", text, limit)
    return lines


def _run_stats(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print the figures of the data, as text or JSON."""
    stats = dataset.stats()
    if args.json:
        _print_json(_stats_json(stats))
    else:
        print("\n".join(_stats_lines(stats, dataset)))
    return 0


# -- export ---------------------------------------------------------------------------

# Format -> (what it writes, whether --out is a folder).
_FORMATS: Final = {
    "json": ("the whole dataset, source texts included; loading it back gives an equal dataset", False),
    "csv": ("one CSV file per collection plus citations.csv, into a folder", True),
    "jsonld": ("JSON-LD with the schema.org vocabulary, for linked-data tools", False),
    "ics": ("an iCalendar file of the dated events and milestones", False),
    "datapackage": ("the CSV files plus a Frictionless datapackage.json, into a folder", True),
}
# The file name endings that say the format when --format is not given.
_SUFFIXES: Final = {".json": "json", ".jsonld": "jsonld", ".ics": "ics", ".ical": "ics"}

_EXPORT_EXAMPLES = f"""\
examples:
  {PROG} export --out eucentralasia.json
  {PROG} export --format csv --out tables/
  {PROG} export --out eucentralasia.jsonld
  {PROG} export --out events.ics
  {PROG} export --format ics --out - | head
  {PROG} export --format datapackage --out package/
  {PROG} export --out all.json --data my_records/

formats:
{chr(10).join(f"  {name:<12} {what}" for name, (what, _) in _FORMATS.items())}

Without --format, the name's ending says the format: .json, .jsonld, .ics (or .ical);
csv and datapackage write folders and are asked for by name. --out - writes a file
format (json, jsonld, ics) to standard output. Existing files of the same names are
replaced; a folder is created if needed. A format needing a package that is not
installed says which extra to install.
"""


def _export_options(parser: _Parser) -> None:
    """The options and arguments of ``export``."""
    parser.add_argument(
        "--format", choices=list(_FORMATS), help="the format to write (default: from the --out name's ending)"
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the file (json, jsonld, ics; - for standard output) or folder to write",
    )


def _run_export(dataset: Dataset, args: argparse.Namespace) -> int:
    """Write the data in the format asked for and print each path written."""
    from eucentralasia import export  # imports its optional dependencies only when a format needs them

    writers: dict[str, Callable[[Dataset, Path], Path | list[Path]]] = {
        "json": export.write_json,
        "csv": export.write_csv,
        "jsonld": export.write_jsonld,
        "ics": export.write_ical,
        "datapackage": export.write_datapackage,
    }
    format = args.format or _SUFFIXES.get(Path(args.out).suffix.lower())
    if format is None:
        endings = ", ".join(_SUFFIXES)
        raise _UsageError(f"--format is needed: {args.out!r} does not end in {endings}")
    if args.out == "-":
        if _FORMATS[format][1]:
            raise _UsageError(f"--out -: {format} writes a folder, not one file for standard output")
        texts: dict[str, Callable[[Dataset], str]] = {
            "json": export.to_json,
            "jsonld": lambda ds: _dumps(export.to_jsonld(ds)),
            "ics": export.to_ical,
        }
        sys.stdout.write(texts[format](dataset).rstrip("\n") + "\n")
        return 0
    args.format = format
    out = Path(args.out)
    # Checked here, as the writers' own errors ("File exists") would not say what is wrong.
    if _FORMATS[args.format][1]:
        if out.exists() and not out.is_dir():
            raise _Failure(f"cannot write {out}: {args.format} writes a folder, and this is a file")
    elif out.is_dir():
        raise _Failure(f"cannot write {out}: {args.format} writes a file, and this is a folder")
    with _writing(out):
        written = writers[args.format](dataset, out)
    for path in written if isinstance(written, list) else [written]:
        also = " and the CSV files it describes" if args.format == "datapackage" else ""
        print(f"wrote {path}{also}")
    return 0


# -- plot -----------------------------------------------------------------------------

_FIGURE_SUFFIXES: Final = (".png", ".svg", ".pdf")

_PLOT_EXAMPLES = f"""\
examples:
  {PROG} plot --out timeline.png
  {PROG} plot --out timeline.svg --group-by kind
  {PROG} plot --out mine.pdf --data my_records/

Draws the dated events on a time axis, one lane per country (or event kind): a dot for
an event known to the day, a bar over every day an event known only to a month, season
or year may cover; colour says whether the date is stated, derived or external. The
file type follows the name: .png, .svg or .pdf. Needs matplotlib:
  pip install "eucentralasia[plot]"
"""


def _figure_path(text: str) -> Path:
    """A figure file name argument, whose suffix says the file type."""
    if Path(text).suffix.lower() not in _FIGURE_SUFFIXES:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a file name ending in .png, .svg or .pdf")
    return Path(text)


def _plot_options(parser: _Parser) -> None:
    """The options and arguments of ``plot``."""
    parser.add_argument(
        "--out", required=True, type=_figure_path, metavar="PATH", help="the file to write (.png, .svg, .pdf)"
    )
    parser.add_argument(
        "--group-by",
        choices=["country", "kind"],
        default="country",
        help="one lane per country (the default) or per event kind",
    )


def _run_plot(dataset: Dataset, args: argparse.Namespace) -> int:
    """Draw the timeline figure to the file asked for."""
    from eucentralasia.export import plot_timeline

    if args.out.is_dir():
        raise _Failure(f"cannot write {args.out}: it is a folder")
    with _writing(args.out):
        plot_timeline(dataset, args.out, group_by=args.group_by)
    print(f"wrote {args.out}")
    return 0


# -- main -----------------------------------------------------------------------------


_COMMANDS: Final = {
    "timeline": _Command(
        "print events, agreement milestones and statements in date order",
        (
            "Print every dated event, agreement milestone and statement in date order: the date\n"
            "(EDTF, then as a person would write it), what happened or was said, where, and the\n"
            "record id."
        ),
        _TIMELINE_EXAMPLES,
        _run_timeline,
        _timeline_options,
        "the entries",
    ),
    "show": _Command(
        "print one record in full, each quote where it stands in its source",
        "Print the record with this id in full, with each quote in its place in its source.",
        _SHOW_EXAMPLES,
        _run_show,
        _show_options,
        "the record and its quotes",
    ),
    "search": _Command(
        "find records by name, title, alias, summary or quote, best match first",
        "Find the records whose names, titles, aliases, summaries or quotes contain TEXT.",
        _SEARCH_EXAMPLES,
        _run_search,
        _search_options,
        "the results",
    ),
    "verify": _Command(
        "re-check every quote against its source and every reference",
        "Re-check every citation against its source's text and every reference between records.",
        _VERIFY_EXAMPLES,
        _run_verify,
        None,
    ),
    "stats": _Command(
        "count records by kind, dates by basis and precision, quotes per source",
        "Summarize the data: counts by kind, date coverage and the sources.",
        _STATS_EXAMPLES,
        _run_stats,
        None,
        "the figures",
    ),
    "export": _Command(
        "write the data as JSON, CSV, JSON-LD, iCalendar or a Data Package",
        "Write the data (with any --data records) in a format other tools read.",
        _EXPORT_EXAMPLES,
        _run_export,
        _export_options,
    ),
    "plot": _Command(
        "draw the timeline figure to a PNG, SVG or PDF file",
        "Draw the dated events on a time axis, grouped by country or kind.",
        _PLOT_EXAMPLES,
        _run_plot,
        _plot_options,
    ),
}
"""Every command, in the order ``--help`` lists them."""


def _parser() -> _Parser:
    """The command line's parser: ``--version`` and every command."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="PATH",
        help="also load this data file, or the .toml files of this folder (repeatable)",
    )
    parser = _Parser(
        prog=PROG,
        description="Curated, cited data on EU-Central Asia relations.",
        epilog=f"Run '{PROG} COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for name, command in _COMMANDS.items():
        sub = commands.add_parser(
            name,
            parents=[common],
            help=command.summary,
            description=command.description,
            epilog=command.examples,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(run=command.run, command=sub.prog)
        if command.options is not None:
            command.options(sub)
        if command.json is not None:
            sub.add_argument("--json", action="store_true", help=f"print {command.json} as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``); return the exit status."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A terminal that cannot show "Síkela" gets "S?kela", not a UnicodeEncodeError.
        sys.stdout.reconfigure(errors="replace")
    parser = _parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:
        # Nothing asked: the command list, as --help prints it; not an error.
        parser.print_help()
        return 0
    args = parser.parse_args(argv)
    try:
        dataset = load(args.data)
        return int(args.run(dataset, args))
    except DataError as exc:
        return _report(_DATA_ERROR, map(str, exc.problems))
    except _Failure as exc:
        return _report(_DATA_ERROR, exc.lines)
    except _UsageError as exc:
        return _report(_USAGE_ERROR, [f"{exc} (see {args.command} --help)"])
    except BrokenPipeError:
        # The reader has gone; point stdout at nothing so the exit flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _BROKEN_PIPE
    except KeyboardInterrupt:
        return 128 + 2
