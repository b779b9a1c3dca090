"""``eucentralasia timeline``: events and milestones in date order, statements on request."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, Final

from eucentralasia._dataset import Dataset
from eucentralasia._errors import UnknownIdError
from eucentralasia._model import EventKind, MilestoneKind
from eucentralasia._results import TimelineEntry
from eucentralasia.cli._common import (
    PROG,
    Command,
    Parser,
    UsageError,
    add_kind_option,
    country_argument,
    date_argument,
    print_json,
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
  {PROG} timeline --statements --involving roman-vassilenko
  {PROG} timeline --json > timeline.json
  {PROG} timeline --data my_records/ --data extra.toml

Each line gives the date as a person reads it (24 Feb 2025, autumn 2022, 29-30 May 2025),
what happened, where, and the record id in brackets (for show ID). Dates given with
--from and --to are EDTF: 2025, 2025-02, 2025-02-24, 2022-23 (autumn 2022), 2023-10~
(about). A bound counts with its whole span: --to 2025-06 runs to 30 June 2025.
--json prints an array of objects with date (EDTF), when, what, id, kind, place and
country (place and country are null where no location is known).
"""


def _timeline_options(parser: Parser) -> None:
    """The options and arguments of ``timeline``."""
    parser.add_argument(
        "--from", dest="start", type=date_argument, metavar="DATE", help="only entries on or after DATE"
    )
    parser.add_argument(
        "--to", dest="end", type=date_argument, metavar="DATE", help="only entries up to DATE"
    )
    parser.add_argument(
        "--country",
        type=country_argument,
        metavar="CODE",
        help="only entries involving a country (KZ, UZ, EU, ..., or its name)",
    )
    parser.add_argument(
        "--involving",
        metavar="ID",
        help="only entries involving an official, organization or country (an id, a code or a name)",
    )
    parser.add_argument(
        "--statements", action="store_true", help="also what officials and organizations said, and when"
    )
    kinds = sorted({k.value for k in EventKind} | {k.value for k in MilestoneKind} | {"statement"})
    add_kind_option(parser, kinds, "only this event or milestone kind, or statements")


def timeline_lines(entries: Sequence[TimelineEntry], limit: int | None) -> list[str]:
    """The entries as lines: the date as a person reads it, what happened (where) and [id].

    One date column (``24 Feb 2025``, ``autumn 2022``) as wide as the widest date shown;
    what happened is wrapped to `limit` beside it.
    """
    column = max((len(entry.when) for entry in entries), default=0)
    lines = []
    for entry in entries:
        where = f" ({entry.location.place}, {entry.location.country})" if entry.location else ""
        lines += hanging(f"{entry.when:<{column}}  ", f"{entry.what}{where}  [{entry.id}]", limit)
    return lines


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
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
        raise UsageError(f"--to {args.end} is before --from {args.start}")
    try:
        entries = dataset.timeline(
            args.start,
            args.end,
            country=args.country,
            involving=args.involving,
            kinds=args.kinds,
            # Asking for the statement kind asks for statements.
            statements=args.statements or "statement" in (args.kinds or ()),
        )
    except UnknownIdError as exc:
        raise UsageError(f"--involving: {exc}") from None
    if args.json:
        print_json([entry_json(entry) for entry in entries])
        return 0
    if not entries:
        print("no timeline entries match", file=sys.stderr)
        return 0
    print("\n".join(timeline_lines(entries, width())))
    return 0


COMMAND: Final = Command(
    "print events and agreement milestones in date order (statements on request)",
    (
        "Print every dated event and agreement milestone in date order, with --statements "
        "what was said too: the date as a person reads it, what happened, where, and the "
        "record id."
    ),
    _TIMELINE_EXAMPLES,
    _run_timeline,
    _timeline_options,
    "the entries",
)
