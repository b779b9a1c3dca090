"""The curation commands of the command line: ``cite`` and ``check``.

Each command is a tuple the command line's table takes as it is: summary, description,
examples, handler and options, and what ``--json`` prints. A handler raises `Refused`
for what it cannot do; the command line prints each of its lines as an error and exits
with status 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia._search import suggest
from eucentralasia.curate.anchor import QuoteError, cite

__all__ = ["CHECK", "CITE", "Refused", "read_text"]

PROG: Final = "eucentralasia"

Spec = tuple[
    str,
    str,
    str,
    Callable[[Dataset, argparse.Namespace], int],
    Callable[[argparse.ArgumentParser], None] | None,
    str | None,
]


class Refused(Exception):
    """A curation command that cannot do what was asked: one error line per item of `lines`."""

    def __init__(self, *lines: str) -> None:
        super().__init__(*lines)
        self.lines = lines


def read_text(given: str) -> str:
    """The UTF-8 text of the file `given` (``-`` for standard input), as the loader reads files.

    A FIFO or device (``/dev/zero``) is refused unopened, a file over the loader's limit
    unread; a leading byte-order mark is dropped; anything else wrong is one `Refused` line.
    """
    from eucentralasia._loading import MAX_FILE_BYTES, decode, read_regular

    try:
        if given == "-":
            if sys.stdin is None:
                raise Refused("cannot read standard input: it is closed")
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ValueError(f"larger than the limit of {MAX_FILE_BYTES:,} bytes")
        else:
            data = read_regular(Path(given), MAX_FILE_BYTES)
        return decode(data).removeprefix("\ufeff")
    except ValueError as exc:
        raise Refused(f"cannot read {given}: {exc}") from None
    except OSError as exc:
        raise Refused(f"cannot read {given}: {exc.strerror or exc}") from None


def _text_of(dataset: Dataset, given: str) -> tuple[str, str | None]:
    """The text `given` names (a UTF-8 file, ``-`` for standard input, or a source id) and the source id."""
    try:
        names_file = given == "-" or (os.path.lexists(given) and not os.path.isdir(given))
    except (OSError, ValueError):  # a name the system cannot look up: a source id, then
        names_file = False
    if names_file:
        return read_text(given), None
    if given in dataset.sources:
        text = dataset.sources.get(given).text
        if text is not None:
            return text, given
    message = f"{given!r} is neither a text file nor the id of a source"
    close = suggest(given, sorted(dataset.sources.ids))
    if close:
        message += "; did you mean " + ", ".join(map(repr, close)) + "?"
    raise Refused(message)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _toml(value: str) -> str:
    """`value` as a TOML basic string."""
    return json.dumps(value, ensure_ascii=False)


def _cite_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "text",
        metavar="SOURCE_TEXT",
        help="a UTF-8 text file, '-' for standard input, or the id of a loaded source",
    )
    parser.add_argument("quote", metavar="QUOTE", help="the words to cite, exactly as the text has them")
    parser.add_argument(
        "--occurrence", type=int, metavar="N", help="which place of a quote that recurs (0 for the first)"
    )


def _run_cite(dataset: Dataset, args: argparse.Namespace) -> int:
    text, source = _text_of(dataset, args.text)
    try:
        anchor = cite(text, args.quote, args.occurrence)
    except QuoteError as exc:
        lines = str(exc).splitlines()
        if exc.occurrences and args.occurrence is None:
            lines.append("pass --occurrence N to say which")
        raise Refused(*lines) from None
    if getattr(args, "json", False):
        print(json.dumps(anchor._asdict(), ensure_ascii=False, indent=2))
        return 0
    print(f"start = {anchor.start}")
    print(f"end = {anchor.end}")
    for key in ("prefix", "suffix"):
        value = getattr(anchor, key)
        print(f"{key} = {_toml(value)}" if value else f"# no {key}: the quote is unique without one")
    if source is not None:
        fields = [f"source = {_toml(source)}", f"quote = {_toml(anchor.quote)}"]
        fields += [f"start = {anchor.start}", f"end = {anchor.end}"]
        fields += [
            f"{key} = {_toml(getattr(anchor, key))}" for key in ("prefix", "suffix") if getattr(anchor, key)
        ]
        print("{ " + ", ".join(fields) + " }")
    return 0


_CITE_EXAMPLES: Final = f"""\
examples:
  {PROG} cite notes.txt "briefing in June 2025"
  {PROG} cite eureporter-2025-vassilenko-interview "On February 24, 2025"
  {PROG} cite eureporter-2025-vassilenko-interview "Astana" --occurrence 1

Prints the quote's span (start, end) and the shortest prefix and suffix, in whole words,
that make it unique in the text (W3C TextQuoteSelector context; none when the quote alone
is unique), as TOML lines; for a source id, also the citation as an inline table. A quote
that is not in the text, or stands there more than once without --occurrence, is refused
with the places it stands listed.
"""

CITE: Final[Spec] = (
    "print a quote's span and the context that makes it unique",
    "Find QUOTE in SOURCE_TEXT: its start and end, and the prefix and suffix that make it unique.",
    _CITE_EXAMPLES,
    _run_cite,
    _cite_options,
    "the span and context",
)
"""The ``cite`` command."""


def _check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder", metavar="FOLDER", type=Path, help="a folder of data files, or one data file"
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="rewrite the citations that moved (span, quote or context) in the files, in place",
    )


def _run_check(dataset: Dataset, args: argparse.Namespace) -> int:
    from eucentralasia._errors import DataError
    from eucentralasia.curate._check import Status, check

    try:
        results = check(args.folder, fix=args.fix)
    except DataError as exc:
        raise Refused(*map(str, exc.problems)) from None
    except ModuleNotFoundError as exc:
        raise Refused(str(exc)) from None
    except OSError as exc:  # --fix could not write: every file is as it was
        raise Refused(f"cannot write {exc.filename}: {exc.strerror or exc}; no file changed") from None
    if getattr(args, "json", False):
        print(json.dumps([_as_json(r) for r in results], ensure_ascii=False, indent=2))
    else:
        for result in results:
            if result.status is not Status.OK or result.fix:
                print(result)
    counts = {status: sum(r.status is status for r in results) for status in Status}
    summary = ", ".join(f"{n} {status.value}" for status, n in counts.items() if n)
    fixed = [r for r in results if r.fix and r.status in (Status.OK, Status.MOVED, Status.NORMALISED)]
    unplaced = [r for r in results if r.status in (Status.NEEDS_REVIEW, Status.AMBIGUOUS, Status.ORPHANED)]
    if not getattr(args, "json", False):
        print(f"{_count(len(results), 'citation')}: {summary or 'none'}")
        if fixed:
            files = len({r.file for r in fixed})
            done = "rewritten" if args.fix else "to rewrite (run again with --fix)"
            print(f"{_count(len(fixed), 'citation')} in {_count(files, 'file')} {done}")
    if unplaced:
        raise Refused(
            f"{len(unplaced)} citation{'s' if len(unplaced) != 1 else ''} could not be placed: review them"
        )
    if fixed and not args.fix:
        raise Refused(
            f"{len(fixed)} citation{'s' if len(fixed) != 1 else ''} moved: run with --fix to rewrite them"
        )
    return 0


def _as_json(result: object) -> dict[str, object]:
    from eucentralasia.curate._check import CitationCheck

    assert isinstance(result, CitationCheck)
    anchor = result.anchor._asdict() if result.anchor is not None else None
    return {
        "file": result.file,
        "record": result.record,
        "field": result.field,
        "source": result.source,
        "status": result.status.value,
        "quote": result.quote,
        "start": result.start,
        "end": result.end,
        "anchor": anchor,
        "candidates": list(result.candidates),
        "score": result.score,
        "fix": result.fix,
        "note": result.note,
    }


_CHECK_EXAMPLES: Final = f"""\
examples:
  {PROG} check my-data/
  {PROG} check my-data/ --fix

Finds every citation of the data files in FOLDER in its source's current text, in order:
at its stored span; by a unique exact match; by a match once whitespace, quotation marks
and dashes are made alike; by a fuzzy match on quote, prefix and suffix. Prints each
citation that is not ok (moved, normalised, needs review, ambiguous, orphaned) with its
file, record and field, then the counts. --fix rewrites the spans (and quotes, and
contexts) of the citations placed exactly or after normalising, keeping comments and
layout. Exit status 1 while a citation is unplaced, or moved and not yet rewritten.
"""

CHECK: Final[Spec] = (
    "re-anchor every citation of a folder after a source text changed",
    "Find every citation of the data files in FOLDER in its source's current text; "
    "--fix rewrites the spans that moved.",
    _CHECK_EXAMPLES,
    _run_check,
    _check_options,
    "each citation's check",
)
"""The ``check`` command."""
