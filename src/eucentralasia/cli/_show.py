"""``eucentralasia show ID``: one record in full, its quotes in place, what relates to it."""

from __future__ import annotations

import argparse
import enum
import sys
import warnings
from collections.abc import Iterable
from typing import Any, Final

import attrs

from eucentralasia import _schema as schema
from eucentralasia._amounts import describe_amount
from eucentralasia._dataset import Dataset
from eucentralasia._errors import UnknownIdError
from eucentralasia._provenance import Citation
from eucentralasia._release import RetiredIdWarning
from eucentralasia._schema import heading_of
from eucentralasia.cli._common import (
    PROG,
    Command,
    Failure,
    Parser,
    describe_dating,
    describe_reference,
    kind_of,
    print_found,
    source_or_none,
)
from eucentralasia.cli._render import hanging, width

__all__ = ["COMMAND"]

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


def _show_options(parser: Parser) -> None:
    """The options and arguments of ``show``."""
    parser.add_argument("id", metavar="ID", help="the record's id (as printed by timeline and search)")


def _value(dataset: Dataset, value: object, is_reference: bool, named: set[str] | None = None) -> str:
    """One field value as text; a reference as ``id (name)``, a source named once (`named`)."""
    if is_reference and isinstance(value, str):
        if named is not None and value in dataset.sources:
            if value in named:
                return value
            named.add(value)
        return describe_reference(dataset, value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    cls: Any = type(value)
    if attrs.has(cls):  # a location: "Samarkand, UZ"
        parts = (getattr(value, field.name) for field in attrs.fields(cls))
        return ", ".join(_value(dataset, part, False) for part in parts if part is not None)
    return str(value)


def _quote_lines(dataset: Dataset, citations: Iterable[Citation], indent: int, named: set[str]) -> list[str]:
    """Each quote, then its source and span, then the quote in the words around it.

    A source is named with its title the first time (`named` holds the sources named so
    far in the record's output), then by its id alone.
    """
    pad = " " * indent
    limit = width()
    lines = []
    for citation in citations:
        lines += hanging(pad, f'"{citation.quote}"', limit)
        source_name = (
            citation.source if citation.source in named else describe_reference(dataset, citation.source)
        )
        named.add(citation.source)
        span = f"{source_name}, characters {citation.start}\u2013{citation.end}"
        lines += hanging(f"{pad}  ", span, limit)
        source = source_or_none(dataset, citation.source)
        if source is not None and source.text is not None:
            lines += hanging(f"{pad}  ", citation.context(source.text, _CONTEXT_WORDS), limit)
    return lines


def _field_lines(
    dataset: Dataset, obj: object, path: str, refs: set[str], indent: int, named: set[str]
) -> list[str]:
    """The fields of `obj` (a record or a value nested in one) with values, then its quotes.

    `path` is `obj`'s field path in its record (``roles[0]``) and `refs` the paths that
    hold references (from `references`), so references read ``id (name)``.
    """
    items: list[tuple[str, str | list[str]]] = []
    for field, meta in schema.fields_of(type(obj)):
        name = field.name
        value = getattr(obj, name)
        here = f"{path}.{name}" if path else name
        # id and the record's name head the output and citations follow as quotes; a
        # source's full text is too long to print; a date's basis and note are shown with
        # the date.
        hidden = meta.kind in ("id", "citations", "body", "basis", "date-note") or (meta.heading and not path)
        if hidden or value is None or value == ():
            continue
        if meta.kind == "date":
            items.append(
                (name, describe_dating(value, getattr(obj, f"{name}_basis"), getattr(obj, f"{name}_note")))
            )
        elif isinstance(value, tuple) and attrs.has(type(value[0])):
            block = []
            for number, item in enumerate(value):
                nested = _field_lines(dataset, item, f"{here}[{number}]", refs, indent + 4, named)
                if nested:
                    block.append(f"{' ' * (indent + 2)}- {nested[0].lstrip()}")
                    block.extend(nested[1:])
            items.append((name, block))
        elif isinstance(value, tuple):
            parts = (_value(dataset, item, f"{here}[{n}]" in refs) for n, item in enumerate(value))
            items.append((name, ", ".join(parts)))
        elif meta.kind == "amount":  # a figure with its unit: "USD 50 billion (50,000,000,000)"
            items.append((name, describe_amount(value, str(getattr(obj, "unit", "")), digits=True)))
        else:
            items.append((name, _value(dataset, value, here in refs, named)))
    quotes = _quote_lines(dataset, getattr(obj, "citations", ()), indent + 2, named)
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
    heading = hanging(f"{record.id}  {kind_of(dataset, record)}  ", heading_of(record), width())
    fields = _field_lines(dataset, record, "", refs, 2, set())
    return [*heading, *fields, *_related_lines(dataset, record)]


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
        shown = [describe_reference(dataset, i) for i in ids[:_RELATED_SHOWN]]
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
        source = source_or_none(dataset, citation.source)
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
        "kind": kind_of(dataset, record),
        "record": shared_converter().unstructure(record),
        "quotes": quotes,
    }


def _run_show(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print one record in full; an unknown id fails with the closest ids."""
    with warnings.catch_warnings(record=True) as retired:
        warnings.simplefilter("always", RetiredIdWarning)
        try:
            record = dataset.get(args.id)
        except UnknownIdError as exc:
            raise Failure(str(exc)) from None
    for warning in retired:  # a retired id: say what it became, then show that record
        print(f"{PROG}: note: {warning.message}", file=sys.stderr)
    return print_found(args, lambda: _show_json(dataset, record), lambda: _show_lines(dataset, record))


COMMAND: Final = Command(
    "print one record in full, each quote where it stands in its source",
    "Print the record with this id in full, with each quote in its place in its source.",
    _SHOW_EXAMPLES,
    _run_show,
    _show_options,
    "the record and its quotes",
)
