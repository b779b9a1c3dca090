"""``eucentralasia timeline``: events, milestones and statements in date order."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, Final

from eucentralasia._dataset import Dataset, TimelineEntry
from eucentralasia._errors import UnknownIdError
from eucentralasia._model import EventKind, MilestoneKind
from eucentralasia.cli._common import (
    PROG,
    _add_kinds,
    _Command,
    _country,
    _date,
    _Parser,
    _print_json,
    _UsageError,
)
from eucentralasia.cli._render import hanging, width

__all__ = ["COMMAND"]

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


COMMAND: Final = _Command(
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
)
