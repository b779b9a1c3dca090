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
- every mark is labelled in full, wrapped between words where the room beside it is
  short; within a lane, marks follow each other in date order along a row while their
  labels fit, then start the next row, so rows read in date order;
- an event shows once, in the lane of its kind or of the countries it involves.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple

from eucentralasia._codes import CENTRAL_ASIA, COUNTRY_NAMES
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
_LINE: Final = 0.62  # rows per extra line of a wrapped label (9.5 points is 0.16 inches)
_PAD: Final = 0.06  # inches between a mark and its label, and between labels
_LABEL_WIDTH: Final = 4.2  # inches: a longer label wraps, as it would not read as one line
_LANE_NAME: Final = 1.5  # inches a lane's name takes at most before it wraps
_SHADE: Final = "#f0f0f0"  # every other lane's background
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


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _statement_items(dataset: Dataset) -> list[_Item]:
    """The dated statements, one mark per date naming every speaker and how often they spoke.

    ``75 statements by Roman Vassilenko (74) and Aida Balayeva (1)``; a lone statement
    is labelled with its summary.
    """
    by_date: dict[DateValue, list[Statement]] = {}
    for statement in dataset.statements:
        if statement.date is not None:
            by_date.setdefault(statement.date, []).append(statement)
    items = []
    for date, said in sorted(by_date.items(), key=lambda item: item[0].sort_key()):
        if len(said) == 1:
            title = said[0].summary
        else:
            counts = Counter(s.speaker for s in said)
            # A slice of a dataset (`Dataset.between`) may lack the speaker: then its id.
            names = [
                (heading_of(dataset.get(speaker)) if speaker in dataset else speaker)
                + (f" ({count})" if len(counts) > 1 else "")
                for speaker, count in counts.most_common()
            ]
            title = f"{len(said)} statements by {_and(names)}"
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
    lines: tuple[str, ...]  # the label, wrapped to the room beside the mark
    label_left: bool
    row: float  # the middle of its row, in rows from the top of the lane


def _country_lane(event: Event) -> str:
    """The lane of an event grouped by country: the countries it involves, named.

    The European Union first, then ``Central Asia`` for all five states at once, then
    the other countries by name: ``European Union + Central Asia``.
    """
    codes = set(event.countries or ((event.location.country,) if event.location is not None else ()))
    if not codes:
        return "no country given"
    parts = []
    if "EU" in codes:
        parts.append(COUNTRY_NAMES["EU"])
        codes.discard("EU")
    if codes >= CENTRAL_ASIA:
        parts.append("Central Asia")
        codes -= CENTRAL_ASIA
    parts += sorted(COUNTRY_NAMES[code] for code in codes)
    return " + ".join(parts)


def _lanes(events: Sequence[Event], group_by: str) -> dict[str, list[_Item]]:
    """Lane name -> its events in date order; lanes with more events first, then by name."""
    lanes: dict[str, list[_Item]] = {}
    for event in events:
        key = event.kind.value if group_by == "kind" else _country_lane(event)
        lanes.setdefault(key, []).append(_event_item(event))
    return dict(sorted(lanes.items(), key=lambda item: (-len(item[1]), item[0])))


def _wrap(text: str, room: float, measure: Callable[[str], float]) -> tuple[str, ...]:
    """`text` in as few lines as fit `room` inches, broken between words, lines balanced."""

    def greedy(width: float) -> list[str]:
        lines: list[str] = []
        for word in text.split():
            if lines and measure(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    fewest = greedy(room)
    # The narrowest width taking no more lines, so no line ends with a lone word.
    width = measure(text) / len(fewest)
    while width < room:
        if len(lines := greedy(width)) <= len(fewest):
            return tuple(lines)
        width += 0.05
    return tuple(fewest)


def _height(lines: int) -> float:
    """Rows a label of so many lines takes: one row, and a line's height per extra line."""
    return 1 + _LINE * (lines - 1)


def _place(
    events: Sequence[_Item], axis: _Axis, measure: Callable[[str], float]
) -> tuple[list[_Mark], float]:
    """Marks of one lane, and how many rows it needs.

    Every mark is labelled in full, in lines of `_LABEL_WIDTH` at most: right of the
    mark, else left of it, else wrapped narrower to fit the roomier side. Items follow
    each other in date order, left to right along a row while they fit after the one
    before, then on the next row; so rows read in date order.
    """
    marks: list[_Mark] = []
    row_top, row_rows, row_end = 0.0, 0.0, math.inf  # the current row: its top, height, end
    for event in sorted(events, key=lambda e: (e.date.sort_key(), e.date.end(), e.title)):
        left = axis.inches(event.date.start().toordinal())
        right = max(axis.inches(event.date.end().toordinal() + 1), left + _MIN_BAR)
        lines = _wrap(event.title, _LABEL_WIDTH, measure)
        width = max(map(measure, lines)) + _PAD
        label_left = right + width > axis.width and left - width >= 0
        if right + width > axis.width and not label_left:
            label_left = left > axis.width - right
            room = (left if label_left else axis.width - right) - 2 * _PAD
            lines = _wrap(event.title, room, measure)
            width = max(map(measure, lines)) + _PAD
        start, end = (left - width, right) if label_left else (left, right + width)
        rows = _height(len(lines))
        if start >= row_end + _PAD:
            row_rows = max(row_rows, rows)
        else:
            row_top += row_rows
            row_rows = rows
        row_end = end
        marks.append(_Mark(event, left, right, lines, label_left, row_top))
    # Each mark in the middle of its row, the row as tall as its tallest label.
    middles: dict[float, float] = {}
    for mark in marks:
        middles[mark.row] = max(middles.get(mark.row, 0.0), _height(len(mark.lines)))
    placed = [mark._replace(row=mark.row + middles[mark.row] / 2) for mark in marks]
    return placed, row_top + row_rows


def plot_timeline(
    dataset: Dataset,
    path: str | os.PathLike[str] | None = None,
    *,
    group_by: Literal["country", "kind"] = "country",
    statements: bool = True,
) -> Figure:
    """Return a matplotlib figure of the dataset's dated events; save it to `path` if given.

    Time runs left to right; each lane holds the events of one kind, or those involving
    the same countries (its location's country when it names none: ``Kazakhstan``,
    ``European Union + Central Asia``), busiest lanes first, so every event is drawn
    once. An event known to the day is a dot; one known only to a month, a season or a
    year, or spanning a range of days, is a bar over every day it may cover, so the
    figure shows how precise each date is. Colour says how the date was obtained
    (stated, derived, external) and a hollow mark an event still planned as of its
    source; the legend explains both. Every mark is labelled in full (a long label
    wrapped where the room beside its mark is short) and labels never overlap: within
    a lane, marks follow each other in date order along a row while they fit, then on
    the next row, so rows read in date order. Long stretches
    without events are cut short, marked by a break in the axis. Undated events are left
    out; the subtitle counts them. With `statements` (the default) the dated statements
    get a lane of their own, a mark per date labelled with how many were made and by
    whom (each speaker with their count).

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

    # A long lane name (many countries) takes several lines.
    names = ["\n".join(_wrap(name, _LANE_NAME, measure)) for name in lanes]
    left = 0.25 + max((measure(line) for name in names for line in name.split("\n")), default=0.0)
    items = [item for lane in lanes.values() for item in lane]
    spans = [(i.date.start().toordinal(), i.date.end().toordinal() + 1) for i in items]
    # Without dated events any span will do: the axis is drawn without ticks.
    axis = _fit_axis(spans or [(1, 2)], _WIDTH - left - 0.3, measure)
    placed = [_place(events, axis, measure) for events in lanes.values()]
    # A lane is at least as tall as its name.
    placed = [
        (marks, max(rows, _height(name.count("\n") + 1)))
        for (marks, rows), name in zip(placed, names, strict=True)
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
        background = _SHADE if number % 2 == 0 else "white"
        axes.axhspan(top - _LANE_GAP / 2, top + rows + _LANE_GAP / 2, color=background, zorder=0)
        for mark in marks:
            _draw(axes, mark, top + mark.row, font, background)
    for break_left, break_right in axis.breaks():
        axes.axvspan(
            break_left, break_right, facecolor="white", edgecolor="#bbbbbb", hatch="//", lw=0, zorder=0.5
        )
    axes.set_yticks([top + rows / 2 for top, (_, rows) in zip(tops, placed, strict=True)], names)
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


def _draw(axes: Any, mark: _Mark, y: float, font: Any, background: str) -> None:
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
    x = mark.left - _PAD if mark.label_left else mark.right + _PAD
    ha = "right" if mark.label_left else "left"
    # On the lane's own colour, so a label crossing a cut stretch hides its hatching.
    box = {"facecolor": background, "edgecolor": "none", "pad": 1.0}
    text = "\n".join(mark.lines)
    axes.text(x, y, text, fontproperties=font, ha=ha, va="center", zorder=4, bbox=box, linespacing=1.15)
