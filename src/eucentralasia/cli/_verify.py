"""``eucentralasia verify``: re-check every quote and reference."""

from __future__ import annotations

import argparse
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia.cli._common import (
    PROG,
    Command,
    Failure,
)

__all__ = ["COMMAND"]

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
        raise Failure(*map(str, result.problems), f"{summary}: {len(result.problems)} problem{plural}")
    print(f"{summary}: all OK")
    return 0


COMMAND: Final = Command(
    "re-check every quote against its source and every reference",
    "Re-check every citation against its source's text and every reference between records.",
    _VERIFY_EXAMPLES,
    _run_verify,
    None,
)
