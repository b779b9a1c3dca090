"""``eucentralasia check FOLDER``: re-anchor every citation of a folder's data files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia.cli._common import PROG, Command, Failure, Parser

__all__ = ["COMMAND"]


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _check_options(parser: Parser) -> None:
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
        raise Failure(*map(str, exc.problems)) from None
    except ModuleNotFoundError as exc:
        raise Failure(str(exc)) from None
    except OSError as exc:  # --fix could not write: every file is as it was
        raise Failure(f"cannot write {exc.filename}: {exc.strerror or exc}; no file changed") from None
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
        raise Failure(
            f"{len(unplaced)} citation{'s' if len(unplaced) != 1 else ''} could not be placed: review them"
        )
    if fixed and not args.fix:
        raise Failure(
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

COMMAND: Final = Command(
    "re-anchor every citation of a folder after a source text changed",
    "Find every citation of the data files in FOLDER in its source's current text; "
    "--fix rewrites the spans that moved.",
    _CHECK_EXAMPLES,
    _run_check,
    _check_options,
    "each citation's check",
)
"""The ``check`` command."""
