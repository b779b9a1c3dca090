"""``eucentralasia diff A B``: records added, retired and changed between two datasets."""

from __future__ import annotations

import argparse
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia._diff import BUNDLED, diff
from eucentralasia._errors import DataError
from eucentralasia.cli._common import PROG, Command, Failure, Parser, print_found

__all__ = ["COMMAND"]

_DIFF_EXAMPLES = f"""\
examples:
  {PROG} diff old-release.json bundled
  {PROG} diff old-data/ my-data/ --json

A and B are each a data folder (read alone, without the bundled data), a JSON export
(written by `{PROG} export --format json`) or the word "{BUNDLED}". Prints the data
versions, then one line a record: "+" added, "-" retired (with the id it became, from
the redirects), "~" changed (with the fields that differ). Exit status 0 whatever the
difference; 1 when A or B cannot be read.
"""


def _diff_options(parser: Parser) -> None:
    parser.add_argument("old", metavar="A", help=f'the older dataset: a folder, a JSON export or "{BUNDLED}"')
    parser.add_argument("new", metavar="B", help=f'the newer dataset: a folder, a JSON export or "{BUNDLED}"')


def _run_diff(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print what changed from A to B; the loaded dataset is not used."""
    try:
        found = diff(args.old, args.new)
    except DataError as exc:
        raise Failure(*map(str, exc.problems)) from None
    except OSError as exc:
        raise Failure(f"cannot read: {exc}") from None
    return print_found(args, found.to_dict, lambda: list(found.lines()))


COMMAND: Final = Command(
    "list the records added, retired and changed between two datasets",
    "Compare two datasets (data folders, JSON exports or the bundled data) record by record.",
    _DIFF_EXAMPLES,
    _run_diff,
    _diff_options,
    "old_version, new_version, added, retired (with to) and changed (with fields)",
    data=False,  # A and B say what is compared; a --data would be ignored
)
