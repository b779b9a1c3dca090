"""The ``eucentralasia`` command line (also ``python -m eucentralasia``).

Each command is a subcommand with its own options; ``--data PATH`` adds a user's data
files to the bundled data for any command. A mistake in the command line exits with
status 2 and bad data with status 1, each after one line per problem on stderr: never
a traceback.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from ._codes import COUNTRY_NAMES
from ._dataset import Dataset, TimelineEntry, UnknownIdError
from ._dates import DateValue, parse_date
from ._errors import DataError
from ._loading import load
from ._model import EventKind, MilestoneKind

__all__ = ["main"]

PROG = "eucentralasia"
_DATA_ERROR = 1
_USAGE_ERROR = 2
# The status a shell reports for a process stopped by SIGPIPE (e.g. piped into `head`).
_BROKEN_PIPE = 128 + 13


class _UsageError(Exception):
    """A command line that parses but asks for something impossible."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not the usage block and a line."""

    def error(self, message: str) -> NoReturn:
        self.exit(_USAGE_ERROR, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class _Version(argparse.Action):
    """``--version``, reading the version only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import version

        print(f"{PROG} {version('eucentralasia')}")
        parser.exit()


def _date(text: str) -> DateValue:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _country(text: str) -> str:
    code = text.upper()
    if code not in COUNTRY_NAMES:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a country code: expected an ISO 3166-1 alpha-2 code such as KZ, or EU"
        )
    return code


_TIMELINE_EXAMPLES = f"""\
examples:
  {PROG} timeline
  {PROG} timeline --from 2025-01 --to 2025-06
  {PROG} timeline --country KZ --from 2023
  {PROG} timeline --involving kaja-kallas
  {PROG} timeline --kind summit --kind signed
  {PROG} timeline --data my_records/ --data extra.toml

Dates are EDTF: 2025, 2025-02, 2025-02-24, 2022-23 (autumn 2022), 2023-10~ (about).
A bound counts with its whole span: --to 2025-06 runs to 30 June 2025.
"""


def _add_timeline(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    parser = commands.add_parser(
        "timeline",
        parents=[common],
        help="print events and agreement milestones in date order",
        description=(
            "Print every dated event and agreement milestone in date order: the date (EDTF,\n"
            "then as a person would write it), what happened, where, and the record id."
        ),
        epilog=_TIMELINE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="only entries on or after DATE"
    )
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="only entries up to DATE")
    parser.add_argument(
        "--country", type=_country, metavar="CODE", help="only entries involving a country (KZ, UZ, EU, ...)"
    )
    parser.add_argument(
        "--involving", metavar="ID", help="only entries involving an official, organization or country"
    )
    kinds = sorted({k.value for k in EventKind} | {k.value for k in MilestoneKind})
    parser.add_argument(
        "--kind",
        dest="kinds",
        action="append",
        choices=kinds,
        metavar="KIND",
        help="only this event or milestone kind (repeatable): " + ", ".join(kinds),
    )
    parser.set_defaults(run=_run_timeline)


def _timeline_lines(entries: Sequence[TimelineEntry]) -> list[str]:
    """The entries as aligned lines: EDTF date, human date, what (where) and [id]."""
    edtf = [str(entry.date) for entry in entries]
    when = [entry.when for entry in entries]
    edtf_width = max(map(len, edtf), default=0)
    when_width = max(map(len, when), default=0)
    lines = []
    for entry, date, human in zip(entries, edtf, when, strict=True):
        where = f" ({entry.location.place}, {entry.location.country})" if entry.location else ""
        lines.append(f"{date:<{edtf_width}}  {human:<{when_width}}  {entry.what}{where}  [{entry.id}]")
    return lines


def _run_timeline(dataset: Dataset, args: argparse.Namespace) -> int:
    if args.start is not None and args.end is not None and args.end.end() < args.start.start():
        raise _UsageError(f"--to {args.end} is before --from {args.start}")
    try:
        entries = dataset.timeline(
            args.start, args.end, country=args.country, involving=args.involving, kinds=args.kinds
        )
    except UnknownIdError as exc:
        raise _UsageError(f"--involving: {exc}") from None
    if not entries:
        print("no timeline entries match", file=sys.stderr)
        return 0
    print("\n".join(_timeline_lines(entries)))
    return 0


def _parser() -> _Parser:
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
    _add_timeline(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``); return the exit status."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A terminal that cannot show "Síkela" gets "S?kela", not a UnicodeEncodeError.
        sys.stdout.reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    try:
        dataset = load(args.data)
        return int(args.run(dataset, args))
    except DataError as exc:
        for problem in exc.problems:
            print(f"{PROG}: error: {problem}", file=sys.stderr)
        return _DATA_ERROR
    except _UsageError as exc:
        print(f"{PROG}: error: {exc} (see {PROG} --help)", file=sys.stderr)
        return _USAGE_ERROR
    except BrokenPipeError:
        # The reader has gone; point stdout at nothing so the exit flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _BROKEN_PIPE
    except KeyboardInterrupt:
        return 128 + 2
