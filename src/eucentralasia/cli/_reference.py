"""``eucentralasia reference ID``: a formatted reference for a record and its sources."""

from __future__ import annotations

import argparse
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia._errors import UnknownIdError
from eucentralasia._reference import STYLES
from eucentralasia.cli._common import PROG, Command, Failure, Parser

__all__ = ["COMMAND"]

_REFERENCE_EXAMPLES = f"""\
examples:
  {PROG} reference kazakhstan-eu-trade-turnover-2024
  {PROG} reference epca --style bibtex >> references.bib
  {PROG} reference eureporter-2025-vassilenko-interview --style csl-json

text gives the record (its name, kind, id and the package release), then each source
it quotes (authors, title, outlet, publication date in words, url where the public
record gives one) with the quotes and the characters they span. bibtex gives an
@article per source, the record and its quotes in the addendum; csl-json a list of CSL
items for Zotero, pandoc or citeproc, the record and its quotes in the note.
"""


def _reference_options(parser: Parser) -> None:
    """The options and arguments of ``reference``."""
    parser.add_argument("id", metavar="ID", help="the record's id (as printed by timeline and search)")
    parser.add_argument(
        "--style", choices=STYLES, default="text", help="the form of the reference (default: text)"
    )


def _run_reference(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print the reference; an unknown id fails with the closest ids."""
    try:
        print(dataset.reference(args.id, style=args.style))
    except UnknownIdError as exc:
        raise Failure(str(exc)) from None
    return 0


COMMAND: Final = Command(
    "print a formatted reference for a record and its sources (text, BibTeX, CSL-JSON)",
    "Print a reference for the record with this id: the record, and each source it quotes "
    "with its quotes and where they stand.",
    _REFERENCE_EXAMPLES,
    _run_reference,
    _reference_options,
)
