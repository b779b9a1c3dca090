"""The timeline figure: dated events on a time axis, one lane per country or kind.

Sized to be read where the docs embed it, 640 px wide: every text is 9 px or more
there. Dated statements get a lane of their own, one labelled mark per date.

Drawn on a `matplotlib.figure.Figure` with the Agg canvas, never pyplot, so it works
without a display and leaves matplotlib's global state alone. Layout is computed in
inches along the time axis, so labels can be measured and packed:

- long stretches without events (1994-2017 between independence-era events and the
  recent ones) are cut short and marked with a break, so recent, dense years get the
  width; when so many stretches would be cut that the segments between them lack room
  or their tick labels would overlap, the shortest are kept, down to a plain axis;
- within a lane, a label that would overlap another moves to a new row of the lane;
- an event involving several countries is labelled once, in the first (busiest) lane
  it appears in; the other lanes show its mark in a strip of unlabelled marks on top.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple

from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._dataset import Dataset
from eucentralasia._dates import MONTH_ABBREVIATIONS as _MONTHS
from eucentralasia._dates import DateBasis, DateValue
from eucentralasia._model import Event, EventStatus, Statement
from eucentralasia._schema import heading_of
from eucentralasia.export._optional import missing_extra

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["plot_timeline"]

# Sized to be read where the docs embed it, 640 px wide (8 inches at 80 px an inch):
# 9.5 points is 10.6 px there, the minor ticks' 8.5 points 9.4 px.
_WIDTH: Final = 8.0  # inches
_ROW: Final = 0.26  # inches per row of a lane
_LANE_GAP: Final = 0.4  # rows of space between lanes
_FONT: Final = 9.5  # points
_MINOR_FONT: Final = 8.5  # points, the minor ticks' labels
_LABEL_CHARS: Final = 48
_PAD: Final = 0.06  # inches between a mark and its label, and between labels
_MIN_BAR: Final = 0.06  # inches: a two-day range stays visible as a bar
_CUT_AFTER: Final = 366.0  # days without events from which a stretch is cut short
_BREAK: Final = 0.3  # inches a cut stretch takes
_MIN_SEGMENT: Final = 0.5  # inches the shortest stretch kept gets, so its ticks fit
_LAST_DAY: Final = _dt.date.max.toordinal()
_YEAR_TICKS: Final = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
_COLOURS: Final = {
    DateBasis.STATED: "#1b6ca8",
    DateBasis.DERIVED: "#e07b00",
    DateBasis.EXTERNAL: "#2e8b57",
    None: "#777777",
}
_BASIS_LABELS: Final = {
    DateBasis.STATED: "date stated in the source",
    DateBasis.DERIVED: "date derived from the source",
    DateBasis.EXTERNAL: "date from the public record",
}


class _Axis:
    """Days (proleptic ordinals) to inches along the time axis, long empty stretches cut.

    Spans of events closer than `cut_after` days form a segment, drawn to scale; the
    stretch between two segments takes `_BREAK` inches whatever its length. Segments
    share the width half by how long they last, half by how many events they hold, so
    a crowded season gets room for its marks. `usable` is the width left once every
    segment has its `_MIN_SEGMENT` and every break its `_BREAK`: negative when there
    are too many segments for the width (`_fit_axis` then cuts fewer stretches).
    """

    def __init__(self, spans: Sequence[tuple[int, int]], width: float, cut_after: float = _CUT_AFTER) -> None:
        segments: list[list[float]] = []  # first day, last day, number of events
        # The days between one segment and the next, each a stretch that was cut.
        self.gaps: list[float] = []
        for first, last in sorted(spans):
            if segments and first - segments[-1][1] < cut_after:
                segments[-1][1] = max(segments[-1][1], last)
                segments[-1][2] += 1
            else:
                if segments:
                    self.gaps.append(first - segments[-1][1])
                segments.append([first, last, 1])
        for segment in segments:
            margin = max(10.0, (segment[1] - segment[0]) * 0.02)
            segment[0] -= margin
            segment[1] += margin
        self.segments = [(lo, hi) for lo, hi, _ in segments]
        self.usable = width - _BREAK * (len(segments) - 1) - _MIN_SEGMENT * len(segments)
        days = sum(hi - lo for lo, hi, _ in segments)
        events = sum(count for _, _, count in segments)
        # (day, inch) breakpoints; the axis is linear between them.
        self.points: list[tuple[float, float]] = []
        inch = 0.0
        for number, (lo, hi, count) in enumerate(segments):
            if number:
                inch += _BREAK
            self.points.append((lo, inch))
            inch += _MIN_SEGMENT + self.usable * ((hi - lo) / days + count / events) / 2
            self.points.append((hi, inch))
        self.width = inch

    def inches(self, day: float) -> float:
        """Where `day` stands on the axis, in inches from its left end."""
        points = self.points
        for (d0, i0), (d1, i1) in itertools.pairwise(points):
            if day <= d1:
                return i0 + (day - d0) * (i1 - i0) / (d1 - d0)
        (d0, i0), (d1, i1) = points[-2], points[-1]
        return i1 + (day - d1) * (i1 - i0) / (d1 - d0)

    def ticks(self) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
        """Major ticks (years) and minor ticks (quarters or months), as (inches, label)."""
        major: list[tuple[float, str]] = []
        minor: list[tuple[float, str]] = []
        for lo, hi in self.segments:
            per_year = (self.inches(hi) - self.inches(lo)) / ((hi - lo) / 365.25)
            step = next((s for s in _YEAR_TICKS if s * per_year >= 0.45), _YEAR_TICKS[-1])
            # A segment's margin may run past the first or last day a date can name.
            first = _dt.date.fromordinal(max(math.ceil(lo), 1))
            last = _dt.date.fromordinal(min(math.floor(hi), _LAST_DAY))
            years = [
                y for y in range(first.year, last.year + 1) if _dt.date(y, 1, 1) >= first and y % step == 0
            ]
            major += [(self.inches(_dt.date(y, 1, 1).toordinal()), str(y)) for y in years]
            months = (1, 4, 7, 10) if per_year < 6 else tuple(range(1, 13))
            if per_year >= 1.2:
                for year in range(first.year, last.year + 1):
                    for month in months:
                        day = _dt.date(year, month, 1)
                        if month != 1 and first <= day <= last:
                            minor.append((self.inches(day.toordinal()), _MONTHS[month - 1]))
            if not years:
                # A stretch without a new year still says which year it is: at a month's
                # first day if it holds one, else at its own first day.
                starts = (_month_start(first, 0), _month_start(first, 1))
                month_start = next((d for d in starts if d is not None and first <= d <= last), None)
                if month_start is None:
                    major.append(
                        (
                            self.inches(first.toordinal()),
                            f"{first.day} {_MONTHS[first.month - 1]} {first.year}",
                        )
                    )
                else:
                    label = f"{_MONTHS[month_start.month - 1]} {month_start.year}"
                    major.append((self.inches(month_start.toordinal()), label))
        # A month labelled as a major tick is not labelled again as a minor one.
        taken = {x for x, _ in major}
        return major, [(x, label) for x, label in minor if x not in taken]

    def breaks(self) -> list[tuple[float, float]]:
        """The cut stretches, as (left, right) inches."""
        return [(self.points[i][1], self.points[i + 1][1]) for i in range(1, len(self.points) - 1, 2)]

    def fits(self, measure: Callable[[str, float], float]) -> bool:
        """Whether every segment gets its minimum width and no two tick labels overlap.

        `measure` gives a text's width in inches at a font size in points.
        """
        if self.usable < 0:
            return False
        major, minor = self.ticks()
        boxes: list[tuple[float, float]] = []  # each label's left and right, centred on its tick
        for ticks, size in ((major, _FONT), (minor, _MINOR_FONT)):
            for x, label in ticks:
                half = measure(label, size) / 2
                boxes.append((x - half, x + half))
        boxes.sort()
        return all(right + _PAD <= left for (_, right), (left, _) in itertools.pairwise(boxes))


def _fit_axis(
    spans: Sequence[tuple[int, int]], width: float, measure: Callable[[str, float], float]
) -> _Axis:
    """The axis cutting the most empty stretches that still fits (`_Axis.fits`).

    Stretches of `_CUT_AFTER` days or more are cut first. When the segments and breaks
    do not fit the width, or their tick labels would overlap (many events years apart),
    the shortest stretches are no longer cut, all those of one length at once, so
    evenly spread events are treated alike; in the end the axis is one plain
    continuous segment.
    """
    axis = _Axis(spans, width)
    limits = [gap + 1 for gap in sorted(set(axis.gaps))] + [math.inf]
    for limit in limits:
        if axis.fits(measure):
            break
        axis = _Axis(spans, width, limit)
    return axis


def _month_start(day: _dt.date, months_on: int) -> _dt.date | None:
    """The first day of `day`'s month, or of the month `months_on` after it (None past 9999)."""
    month = day.month - 1 + months_on
    year = day.year + month // 12
    return _dt.date(year, month % 12 + 1, 1) if year <= _dt.MAXYEAR else None


class _Item(NamedTuple):
    """What one mark stands for: an event, or the statements made over the same days."""

    id: str
    title: str
    date: DateValue
    basis: DateBasis | None
    planned: bool


def _event_item(event: Event) -> _Item:
    assert event.date is not None
    return _Item(event.id, event.title, event.date, event.date_basis, event.status is EventStatus.PLANNED)


def _statement_items(dataset: Dataset) -> list[_Item]:
    """The dated statements, one mark per date: ``75 statements, by 12 speakers``."""
    by_date: dict[DateValue, list[Statement]] = {}
    for statement in dataset.statements:
        if statement.date is not None:
            by_date.setdefault(statement.date, []).append(statement)
    items = []
    for date, said in sorted(by_date.items(), key=lambda item: item[0].sort_key()):
        speakers = {s.speaker for s in said}
        if len(said) == 1:
            title = said[0].summary
        else:
            if len(speakers) == 1:
                who = heading_of(dataset.get(next(iter(speakers))))
            else:
                who = f"{len(speakers)} speakers"
            title = f"{len(said)} statements, by {who}"
        bases = {s.date_basis for s in said}
        items.append(
            _Item(f"statements-{date}", title, date, bases.pop() if len(bases) == 1 else None, False)
        )
    return items


class _Mark(NamedTuple):
    """An item placed in a lane: where its mark and label stand, in inches and rows."""

    event: _Item
    left: float
    right: float
    label: str | None  # None: an unlabelled mark in the lane's strip
    label_left: bool
    row: int


def _lanes(events: Sequence[Event], group_by: str) -> dict[str, list[_Item]]:
    """Lane name -> its events; lanes with more events first, then by name."""
    lanes: dict[str, list[_Item]] = {}
    for event in events:
        if group_by == "kind":
            keys: tuple[str, ...] = (event.kind.value,)
        elif event.countries:
            keys = tuple(COUNTRY_NAMES[code] for code in event.countries)
        elif event.location is not None:
            keys = (COUNTRY_NAMES[event.location.country],)
        else:
            keys = ("no country given",)
        for key in keys:
            lanes.setdefault(key, []).append(_event_item(event))
    return dict(sorted(lanes.items(), key=lambda item: (-len(item[1]), item[0])))


def _shorten(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1].rstrip() + "\u2026"


def _place(
    events: Sequence[_Item], labelled: set[str], axis: _Axis, measure: Callable[[str], float]
) -> tuple[list[_Mark], int]:
    """Marks of one lane, and how many rows it needs; row 0 is the strip if there is one."""
    strip = any(event.id not in labelled for event in events)
    marks: list[_Mark] = []
    pending: list[tuple[float, float, _Mark]] = []  # where the mark and its label start and end
    for event in events:
        left = axis.inches(event.date.start().toordinal())
        right = max(axis.inches(event.date.end().toordinal() + 1), left + _MIN_BAR)
        if event.id not in labelled:
            marks.append(_Mark(event, left, right, None, False, 0))
            continue
        label = _shorten(event.title)
        width = measure(label) + _PAD
        # Labels stand right of their mark, unless that runs off the axis and the left does
        # not; a label that fits neither side is cut to the roomier one.
        label_left = right + width > axis.width and left - width >= 0
        if right + width > axis.width and not label_left:
            label_left = left > axis.width - right
            room = (left if label_left else axis.width - right) - _PAD
            while width > room and len(label) > 12:
                label = label[:-2].rstrip() + "\u2026"
                width = measure(label) + _PAD
        start, end = (left - width, right) if label_left else (left, right + width)
        pending.append((start, end, _Mark(event, left, right, label, label_left, 0)))
    row_ends: list[float] = []  # per row, where its last label or mark ends
    for start, end, mark in sorted(pending, key=lambda item: item[0]):
        row = next((r for r, last in enumerate(row_ends) if last + _PAD <= start), len(row_ends))
        if row == len(row_ends):
            row_ends.append(end)
        row_ends[row] = end
        marks.append(mark._replace(row=row + strip))
    return marks, len(row_ends) + strip


def plot_timeline(
    dataset: Dataset,
    path: str | os.PathLike[str] | None = None,
    *,
    group_by: Literal["country", "kind"] = "country",
    statements: bool = True,
) -> Figure:
    """Return a matplotlib figure of the dataset's dated events; save it to `path` if given.

    Time runs left to right; each lane is a country (an event shows in the lane of each
    country it involves, or of its location's country) or an event kind, busiest lanes
    first. An event known to the day is a dot; one known only to a month, a season or a
    year, or spanning a range of days, is a bar over every day it may cover, so the
    figure shows how precise each date is. Colour says how the date was obtained
    (stated, derived, external) and a hollow mark an event still planned as of its
    source; the legend explains both. Labels never overlap: a lane takes as many rows
    as its labels need, and an event in several country lanes is labelled in the first
    only (the others show its mark in a strip at the top of the lane). Long stretches
    without events are cut short, marked by a break in the axis. Undated events are left
    out; the subtitle counts them. With `statements` (the default) the dated statements
    get a lane of their own, a mark per date labelled with how many were made and by
    whom.

    `path` ending in ``.png`` or ``.svg`` (or any format matplotlib writes) saves the
    figure there. Needs the ``plot`` extra (``pip install "eucentralasia[plot]"``);
    without it, raises `ModuleNotFoundError` saying so.

    >>> from eucentralasia.testing import example_dataset
    >>> figure = plot_timeline(example_dataset(), group_by="kind")
    >>> [label.get_text() for label in figure.axes[0].get_yticklabels()]
    ['forum', 'summit']
    """
    if group_by not in ("country", "kind"):
        raise ValueError(f"group_by: expected 'country' or 'kind', got {group_by!r}")
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.font_manager import FontProperties
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch
    except ImportError as exc:
        raise missing_extra("matplotlib", "plot", "plot_timeline") from exc

    dated = [event for event in dataset.events.sorted_by_date() if event.date is not None]
    lanes = _lanes(dated, group_by)
    said = _statement_items(dataset) if statements else []
    if said:
        lanes["statements"] = said
    figure = Figure(figsize=(_WIDTH, 4.0), dpi=100)
    renderer = FigureCanvasAgg(figure).get_renderer()  # type: ignore[no-untyped-call]
    font = FontProperties(size=_FONT)
    fonts = {_FONT: font}

    def measure(text: str, size: float = _FONT) -> float:
        properties = fonts.get(size)
        if properties is None:
            properties = fonts[size] = FontProperties(size=size)
        width, _, _ = renderer.get_text_width_height_descent(text, properties, ismath=False)
        return float(width) / figure.dpi

    left = 0.25 + max(map(measure, lanes), default=0.0)
    items = [item for lane in lanes.values() for item in lane]
    spans = [(i.date.start().toordinal(), i.date.end().toordinal() + 1) for i in items]
    # Without dated events any span will do: the axis is drawn without ticks.
    axis = _fit_axis(spans or [(1, 2)], _WIDTH - left - 0.3, measure)
    # Each event is labelled in the first lane it appears in.
    labelled_in: dict[str, str] = {}
    for name, events in lanes.items():
        for event in events:
            labelled_in.setdefault(event.id, name)
    placed = [
        _place(events, {e.id for e in events if labelled_in[e.id] == name}, axis, measure)
        for name, events in lanes.items()
    ]
    # Lanes stacked from the top, each as many rows tall as it needs, a gap between.
    tops = list(itertools.accumulate((rows + _LANE_GAP for _, rows in placed), initial=0.0))[:-1]
    total = max(sum(rows for _, rows in placed) + _LANE_GAP * (len(placed) - 1), 1.0)
    above, below = 0.8, 1.6  # inches for the titles, and for the axis and the legend
    height = above + below + total * _ROW
    figure.set_size_inches(_WIDTH, height)
    axes = figure.add_axes((left / _WIDTH, below / height, axis.width / _WIDTH, total * _ROW / height))
    axes.set_xlim(0, axis.width)
    axes.set_ylim(total, 0)
    for number, (top, (marks, rows)) in enumerate(zip(tops, placed, strict=True)):
        if number % 2 == 0:
            axes.axhspan(top - _LANE_GAP / 2, top + rows + _LANE_GAP / 2, color="#f0f0f0", zorder=0)
        for mark in marks:
            _draw(axes, mark, top + mark.row + 0.5, font)
    for break_left, break_right in axis.breaks():
        axes.axvspan(
            break_left, break_right, facecolor="white", edgecolor="#bbbbbb", hatch="//", lw=0, zorder=0.5
        )
    axes.set_yticks([top + rows / 2 for top, (_, rows) in zip(tops, placed, strict=True)], list(lanes))
    _style(axes, axis.ticks() if dated else ([], []))

    x = 0.1 / _WIDTH
    title = f"EU\u2013Central Asia events by {group_by}"
    figure.text(x, 1 - 0.3 / height, title, fontsize=12, fontweight="bold", va="center")
    figure.text(
        x,
        1 - 0.55 / height,
        _counts(dataset, len(dated), len(said)),
        fontsize=_FONT,
        color="#555555",
        va="center",
    )
    handles: list[Any] = [
        Line2D([], [], marker="o", linestyle="", color="#444444", label="date known to the day"),
        Patch(
            facecolor="#444444",
            label="a month, season, year or range: the bar spans it",
        ),
        Patch(facecolor="white", edgecolor="#444444", label="planned, as of the source"),
        *(Patch(facecolor=_COLOURS[basis], label=text) for basis, text in _BASIS_LABELS.items()),
    ]
    if axis.breaks():
        handles.append(
            Patch(facecolor="white", edgecolor="#bbbbbb", hatch="//", label="years without events, cut out")
        )
    legend_anchor = (x, 0.05 / height)
    figure.legend(
        handles=handles, loc="lower left", bbox_to_anchor=legend_anchor, ncol=2, fontsize=_FONT, frameon=False
    )
    if path is not None:
        figure.savefig(Path(path), dpi=150)
    return figure


def _counts(dataset: Dataset, dated: int, said: int = 0) -> str:
    """The subtitle: how many events are shown, and how many are undated and left out."""
    undated = len(dataset.events) - dated
    text = f"{dated} dated event{'s' if dated != 1 else ''}"
    if undated:
        text += f"; {undated} undated event{'s' if undated != 1 else ''} not shown"
    if said:
        text += f"; statements on {said} date{'s' if said != 1 else ''}"
    return text + "; time is to scale within each stretch"


def _style(axes: Any, ticks: tuple[list[tuple[float, str]], list[tuple[float, str]]]) -> None:
    """Ticks, grid and spines: years as major ticks, quarters or months as minor ones."""
    major, minor = ticks
    axes.set_xticks([x for x, _ in major], [label for _, label in major])
    axes.set_xticks([x for x, _ in minor], [label for _, label in minor], minor=True)
    axes.tick_params(axis="y", length=0, labelsize=_FONT)
    axes.tick_params(axis="x", which="major", labelsize=_FONT, length=6)
    axes.tick_params(axis="x", which="minor", labelsize=_MINOR_FONT, length=3, labelcolor="#666666")
    axes.grid(axis="x", which="major", color="#d8d8d8", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)


def _draw(axes: Any, mark: _Mark, y: float, font: Any) -> None:
    """Draw one mark (a dot for a single day, else a bar) and its label, if it has one."""
    event = mark.event
    colour = _COLOURS[event.basis]
    face = "white" if event.planned else colour
    if event.date.start() == event.date.end():
        middle = (mark.left + mark.right) / 2
        axes.plot([middle], [y], marker="o", markersize=6, color=colour, markerfacecolor=face, zorder=3)
    else:
        axes.barh(
            y,
            mark.right - mark.left,
            left=mark.left,
            height=0.55,
            color=face,
            edgecolor=colour,
            linewidth=1.0,
            zorder=2,
        )
    if mark.label is not None:
        x = mark.left - _PAD if mark.label_left else mark.right + _PAD
        ha = "right" if mark.label_left else "left"
        axes.text(x, y, mark.label, fontproperties=font, ha=ha, va="center", zorder=4)
