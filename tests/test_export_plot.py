"""The timeline figure: renders to PNG and SVG, precision visible, labels apart."""

from __future__ import annotations

import datetime as _dt
import itertools
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import Dataset, PartialDate
from eucentralasia._schema import heading_of
from eucentralasia.export import plot_timeline
from eucentralasia.testing import example_dataset

pytest.importorskip("matplotlib")


def labels(figure: Any) -> list[Any]:
    (axes,) = figure.axes
    return [text for text in axes.texts if text.get_text()]


def assert_apart(boxes: list[Any]) -> None:
    for number, box in enumerate(boxes):
        for other in boxes[number + 1 :]:
            assert not box.overlaps(other), (box, other)


def tick_label_boxes(figure: Any) -> list[Any]:
    """The window boxes of the time axis's tick labels, years and months alike, as drawn."""
    figure.canvas.draw()  # tick labels are placed when drawn
    renderer = figure.canvas.get_renderer()
    (axes,) = figure.axes
    shown = [t for t in axes.get_xticklabels(which="both") if t.get_text() and t.get_visible()]
    return [text.get_window_extent(renderer) for text in shown]


def with_events(dates: list[Any], titles: list[str] | None = None) -> Dataset:
    """The example dataset with its events replaced by one event on each of `dates`."""
    forum = example_dataset().events.get("example-forum")
    events = [
        attrs.evolve(
            forum, id=f"event-{number}", title=titles[number] if titles else f"Event {number}", date=date
        )
        for number, date in enumerate(dates)
    ]
    return Dataset([*(r for r in example_dataset() if not isinstance(r, eca.Event)), *events])


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_renders_to_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"timeline{suffix}"
    plot_timeline(eca.load(), path)
    data = path.read_bytes()
    assert len(data) > 10_000
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000]


@pytest.mark.parametrize("group_by", ["country", "kind"])
def test_labels_never_overlap(group_by: str) -> None:
    figure = plot_timeline(eca.load(), group_by=group_by)  # type: ignore[arg-type]
    renderer = figure.canvas.get_renderer()
    assert_apart([text.get_window_extent(renderer) for text in labels(figure)])
    assert_apart(tick_label_boxes(figure))
    width, height = figure.get_size_inches()
    assert width == 8
    assert height < 16  # readable on a page, not a scroll


# The docs show the figure 640 px wide (furo's text column); there every text must be
# 9 px or more.
DOCS_WIDTH_PX = 640


@pytest.mark.parametrize("group_by", ["country", "kind"])
def test_every_text_is_at_least_9_px_where_the_docs_embed_it(group_by: str) -> None:
    figure = plot_timeline(eca.load(), group_by=group_by)  # type: ignore[arg-type]
    figure.canvas.draw()
    px_per_point = DOCS_WIDTH_PX / figure.get_size_inches()[0] / 72
    (axes,) = figure.axes
    texts = [*figure.texts, *axes.texts, *axes.get_xticklabels(which="both"), *axes.get_yticklabels()]
    texts += [t for legend in figure.legends for t in legend.get_texts()]
    shown = [t for t in texts if t.get_text() and t.get_visible()]
    assert len(shown) > 40
    for text in shown:
        assert text.get_fontsize() * px_per_point >= 9, (text.get_text(), text.get_fontsize())


@pytest.mark.parametrize("window", [None, ("2025", "2025")])
def test_every_label_stays_inside_the_figure(window: tuple[str, str] | None) -> None:
    ds = eca.load() if window is None else eca.load().between(*window)
    figure = plot_timeline(ds, group_by="kind")
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    right = figure.bbox.x1
    for text in labels(figure):
        box = text.get_window_extent(renderer)
        assert box.x0 >= 0
        assert box.x1 <= right, text.get_text()


def test_statements_have_a_lane_with_every_mark_labelled() -> None:
    ds = eca.load()
    figure = plot_timeline(ds, group_by="kind")
    lanes = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert lanes[-1] == "statements"
    dates = {s.date for s in ds.statements if s.date is not None}
    said = [shown(t) for t in labels(figure) if " statements by " in shown(t)]
    assert len(said) == len(dates)
    assert sum(int(text.split()[0]) for text in said) == len([s for s in ds.statements if s.date])
    # Every speaker of a date is named, with how often they spoke there.
    for date in dates:
        speakers = {s.speaker for s in ds.statements if s.date == date}
        label = next(
            text for text in said if text.startswith(f"{len([s for s in ds.statements if s.date == date])} ")
        )
        for speaker in speakers:
            assert heading_of(ds.get(speaker)) in label
    without = plot_timeline(ds, group_by="kind", statements=False)
    assert "statements" not in [t.get_text() for t in without.axes[0].get_yticklabels()]


def test_each_event_drawn_and_labelled_once_and_every_lane_named() -> None:
    ds = eca.load()
    dated = [event for event in ds.events if event.date is not None]
    for group_by in ("country", "kind"):
        figure = plot_timeline(ds, group_by=group_by, statements=False)  # type: ignore[arg-type]
        assert sorted(shown(t) for t in labels(figure)) == sorted(event.title for event in dated)
    figure = plot_timeline(ds, group_by="kind", statements=False)
    lanes = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert sorted(lanes) == sorted({event.kind.value for event in dated})
    countries = [shown(t) for t in plot_timeline(ds, statements=False).axes[0].get_yticklabels()]
    # One lane per set of countries, busiest first: every event shows once.
    assert countries[:2] == ["European Union + Kazakhstan", "European Union + Central Asia"]
    assert "Kazakhstan" in countries
    assert len(countries) == len({frozenset(e.countries) for e in dated})


def shown(text: Any) -> str:
    """A text as read, its wrapped lines joined."""
    return " ".join(text.get_text().split())


def mark_boxes(figure: Any) -> list[Any]:
    """The window boxes of every dot and bar."""
    renderer = figure.canvas.get_renderer()
    (axes,) = figure.axes
    dots = [line.get_window_extent(renderer) for line in axes.lines]
    return dots + [bar.get_window_extent(renderer) for c in axes.containers for bar in c]


def assert_readable(figure: Any, items: dict[str, tuple[Any, Any]]) -> None:
    """Every mark labelled in full; labels apart from each other and from every mark;
    every lane named, names apart; within a lane, labels in date order.

    `items` maps each label's full text to its lane and its date.
    """
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    texts = labels(figure)
    assert "\u2026" not in "".join(t.get_text() for t in texts)
    assert sorted(shown(t) for t in texts) == sorted(items)
    boxes = [t.get_window_extent(renderer) for t in texts]
    assert_apart(boxes)
    for box in boxes:
        for mark in mark_boxes(figure):
            assert not box.overlaps(mark), (box, mark)
        assert box.x0 >= 0
        assert box.x1 <= figure.bbox.x1
    (axes,) = figure.axes
    names = [t for t in axes.get_yticklabels() if t.get_text()]
    assert {shown(t) for t in names} == {lane for lane, _ in items.values()}
    name_boxes = [t.get_window_extent(renderer) for t in names]
    assert_apart(name_boxes)
    assert all(box.x0 >= 0 for box in name_boxes)
    by_lane: dict[Any, list[tuple[Any, float, float]]] = {}
    for text in texts:
        lane, date = items[shown(text)]
        x, y = text.get_position()
        by_lane.setdefault(lane, []).append((date.sort_key(), y, x))
    for placed in by_lane.values():
        placed.sort(key=lambda item: item[0])
        # Down the rows (y grows downwards) as dates go on; along a row, left to right.
        for (_, y0, x0), (_, y1, x1) in itertools.pairwise(placed):
            assert y0 < y1 or (y0 == y1 and x0 < x1), placed


def kind_items(ds: Dataset) -> dict[str, tuple[Any, Any]]:
    return {e.title: (e.kind.value, e.date) for e in ds.events if e.date is not None}


@pytest.mark.parametrize("window", [None, ("2025", "2025")])
def test_every_mark_identifiable_labels_whole_and_lanes_in_date_order(window: tuple[str, str] | None) -> None:
    ds = eca.load()
    if window is not None:
        ds = Dataset([*ds.between(*window), *ds.officials, *ds.organizations])
    assert_readable(plot_timeline(ds, group_by="kind", statements=False), kind_items(ds))
    figure = plot_timeline(ds, group_by="kind")
    said = {shown(t): ("statements", None) for t in labels(figure) if shown(t) not in kind_items(ds)}
    dates = sorted({s.date for s in ds.statements if s.date is not None}, key=lambda d: d.sort_key())
    assert len(said) == len(dates)
    # The statements' labels, matched to their dates by their counts in date order.
    counts = [len([s for s in ds.statements if s.date == date]) for date in dates]
    for text in said:
        said[text] = ("statements", dates[counts.index(int(text.split()[0]))])
    assert_readable(figure, {**kind_items(ds), **said})


@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.dates(min_value=_dt.date(1990, 1, 1), max_value=_dt.date(2030, 12, 31)),
            st.integers(0, 40),
            st.lists(
                st.sampled_from(["EU", "forum", "Kazakhstan", "summit", "on", "intra-regional"]),
                min_size=1,
                max_size=14,
            ),
        ),
        min_size=1,
        max_size=14,
    )
)
def test_any_events_labelled_whole_apart_and_in_date_order(
    events: list[tuple[_dt.date, int, list[str]]],
) -> None:
    dates: list[Any] = []
    titles = []
    for number, (day, days, words) in enumerate(events):
        start = PartialDate(day.year, day.month, day.day)
        end = day + _dt.timedelta(days=days)
        dates.append(start if not days else eca.DateRange(start, PartialDate(end.year, end.month, end.day)))
        titles.append(f"{number} {' '.join(words)}")
    ds = with_events(dates, titles)
    items = {e.title: (e.kind.value, e.date) for e in ds.events}
    assert_readable(plot_timeline(ds, group_by="kind", statements=False), items)


def test_precision_shown_as_dot_or_bar() -> None:
    ds = example_dataset()
    figure = plot_timeline(ds, group_by="kind", statements=False)
    (axes,) = figure.axes
    dots = [line for line in axes.lines if line.get_marker() == "o"]
    bars = [bar for container in axes.containers for bar in container]
    # The forum is known to the day (a dot); the summit spans two days (a bar).
    assert len(dots) == 1
    assert len(bars) == 1
    # In the bundled data: a dot per single-day event, a bar per month, season, year or range.
    bundled = plot_timeline(eca.load(), group_by="kind", statements=False).axes[0]
    dated = [e for e in eca.load().events if e.date is not None]
    assert len([line for line in bundled.lines if line.get_marker() == "o"]) == len(
        [e for e in dated if e.date is not None and e.date.start() == e.date.end()]
    )
    assert sum(len(c) for c in bundled.containers) == len(
        [e for e in dated if e.date is not None and e.date.start() != e.date.end()]
    )


@pytest.mark.parametrize(
    "dates",
    [
        [PartialDate(1, 1, 1)],
        [PartialDate(9999, 12, 31)],
        [PartialDate(1, 1, 1), PartialDate(2025, 4, 3), PartialDate(9999, 12, 31)],
        [PartialDate(1), PartialDate(9999)],
    ],
    ids=["first-day", "last-day", "both-ends", "first-and-last-year"],
)
def test_first_and_last_days_a_date_can_name(tmp_path: Path, dates: list[PartialDate]) -> None:
    # The margin around the events runs past 1 January 1 or 31 December 9999.
    figure = plot_timeline(with_events(dates), tmp_path / "timeline.png", statements=False)
    assert len(labels(figure)) == len(dates)
    assert (tmp_path / "timeline.png").read_bytes().startswith(b"\x89PNG")
    assert_apart(tick_label_boxes(figure))


@pytest.mark.parametrize(
    ("count", "years_apart", "cluster"),
    [(30, 2, 0), (30, 2, 6), (12, 3, 0), (60, 5, 0), (8, 40, 4)],
)
def test_tick_labels_apart_however_sparse(tmp_path: Path, count: int, years_apart: int, cluster: int) -> None:
    # Events years apart each make a segment; too many to fit and their labels collided
    # ("Jun 1950Jun 1952..."): the stretches between them are then no longer cut.
    dates = [PartialDate(1950 + years_apart * number, 6, 1) for number in range(count)]
    dates += [PartialDate(2025, 3, 1 + 3 * number) for number in range(cluster)]  # a dense season
    figure = plot_timeline(with_events(dates), tmp_path / "timeline.png")
    boxes = tick_label_boxes(figure)
    assert len(boxes) >= 3
    assert_apart(boxes)
    renderer = figure.canvas.get_renderer()
    assert_apart([text.get_window_extent(renderer) for text in labels(figure)])
    (axes,) = figure.axes
    left, right = axes.get_xlim()
    assert all(left <= x <= right for x in axes.get_xticks())


def test_undated_and_empty() -> None:
    figure = plot_timeline(Dataset())
    assert labels(figure) == []
    subtitle = [t.get_text() for t in plot_timeline(eca.load()).texts]
    assert any("undated events not shown" in text for text in subtitle)


def test_bad_group() -> None:
    with pytest.raises(ValueError, match="group_by"):
        plot_timeline(example_dataset(), group_by="colour")  # type: ignore[arg-type]


def test_without_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ModuleNotFoundError, match=r'pip install "eucentralasia\[plot\]"') as info:
        plot_timeline(example_dataset())
    assert info.value.name == "matplotlib"
