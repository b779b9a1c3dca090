"""The timeline figure: renders to PNG and SVG, precision visible, labels apart."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import eucentralasia as eca
from eucentralasia import Dataset
from eucentralasia.export import plot_timeline
from eucentralasia.testing import example_dataset

pytest.importorskip("matplotlib")


def labels(figure: Any) -> list[Any]:
    (axes,) = figure.axes
    return [text for text in axes.texts if text.get_text()]


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
    boxes = [text.get_window_extent(renderer) for text in labels(figure)]
    for number, box in enumerate(boxes):
        for other in boxes[number + 1 :]:
            assert not box.overlaps(other), (box, other)
    width, height = figure.get_size_inches()
    assert width == 12
    assert height < 16  # readable on a page, not a scroll


def test_each_event_labelled_once_and_every_lane_shown() -> None:
    ds = eca.load()
    dated = [event for event in ds.events if event.date is not None]
    for group_by in ("country", "kind"):
        figure = plot_timeline(ds, group_by=group_by)  # type: ignore[arg-type]
        assert len(labels(figure)) == len(dated)
    lanes = [t.get_text() for t in plot_timeline(ds, group_by="kind").axes[0].get_yticklabels()]
    assert sorted(lanes) == sorted({event.kind.value for event in dated})
    countries = [t.get_text() for t in plot_timeline(ds).axes[0].get_yticklabels()]
    assert countries[:2] == ["Kazakhstan", "European Union"]  # busiest first


def test_precision_shown_as_dot_or_bar() -> None:
    ds = example_dataset()
    figure = plot_timeline(ds, group_by="kind")
    (axes,) = figure.axes
    dots = [line for line in axes.lines if line.get_marker() == "o"]
    bars = [bar for container in axes.containers for bar in container]
    # The forum is known to the day (a dot); the summit spans two days (a bar).
    assert len(dots) == 1
    assert len(bars) == 1
    # In the bundled data: a dot per single-day event, a bar per month, season, year or range.
    bundled = plot_timeline(eca.load(), group_by="kind").axes[0]
    dated = [e for e in eca.load().events if e.date is not None]
    assert len([line for line in bundled.lines if line.get_marker() == "o"]) == len(
        [e for e in dated if e.date is not None and e.date.start() == e.date.end()]
    )
    assert sum(len(c) for c in bundled.containers) == len(
        [e for e in dated if e.date is not None and e.date.start() != e.date.end()]
    )


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
