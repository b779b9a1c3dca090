"""``eucentralasia plot``: the timeline figure to a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia.cli._common import (
    PROG,
    Command,
    Failure,
    Parser,
    write_failures,
)

__all__ = ["COMMAND"]

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


def _plot_options(parser: Parser) -> None:
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
        raise Failure(f"cannot write {args.out}: it is a folder")
    with write_failures(args.out):
        plot_timeline(dataset, args.out, group_by=args.group_by)
    print(f"wrote {args.out}")
    return 0


COMMAND: Final = Command(
    "draw the timeline figure to a PNG, SVG or PDF file",
    "Draw the dated events on a time axis, grouped by country or kind.",
    _PLOT_EXAMPLES,
    _run_plot,
    _plot_options,
)
