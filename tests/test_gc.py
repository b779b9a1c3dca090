"""The cyclic garbage collector: left alone by default; paused during bulk work only when the host asks."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import eucentralasia as eca
from eucentralasia import _loading
from eucentralasia._gc import collector_paused
from eucentralasia.export import _ical, _pandas, to_json
from eucentralasia.testing import example_dataset


@pytest.fixture(autouse=True)
def pause_asked() -> Iterator[None]:
    """Every test but the default's runs with the pause switched on, as a host would."""
    was = eca.pause_collector(True)
    try:
        yield
    finally:
        eca.pause_collector(was)


@pytest.fixture(params=[True, False], ids=["collector on", "collector off"])
def collector(request: pytest.FixtureRequest) -> Iterator[bool]:
    """The collector set on or off for the test, and put back as it was afterwards."""
    was = gc.isenabled()
    (gc.enable if request.param else gc.disable)()
    try:
        yield request.param
    finally:
        (gc.enable if was else gc.disable)()


def _load(folder: Path, good: bool) -> None:
    path = folder / "mine.json"
    path.write_text(to_json(example_dataset()) if good else '{"events": [{"id": "x"}]}', encoding="utf-8")
    if good:
        assert len(eca.load(path)) > len(eca.load())
    else:
        with pytest.raises(eca.DataError):
            eca.load(path)


def _ical_export(folder: Path, good: bool) -> None:
    assert eca.export.to_ical(example_dataset()).startswith("BEGIN:VCALENDAR")


def _frame(folder: Path, good: bool) -> None:
    pytest.importorskip("pandas")
    assert len(eca.export.to_frame(eca.load().events)) == len(eca.load().events)


# Each bulk operation, the function inside it that must run with the collector paused,
# and the inputs it is given: good, and bad where the operation can be made to fail.
OPERATIONS: list[tuple[str, Callable[[Path, bool], None], Any, str, tuple[bool, ...]]] = [
    ("load", _load, _loading, "load_files", (True, False)),
    ("to_ical", _ical_export, _ical, "_vevent", (True,)),
    ("to_frame", _frame, _pandas, "_series", (True,)),
]
CASES = [
    pytest.param(run, module, inner, good, id=f"{name} {'succeeds' if good else 'fails'}")
    for name, run, module, inner, inputs in OPERATIONS
    for good in inputs
]


@pytest.mark.parametrize(("run", "module", "inner", "good"), CASES)
def test_the_collector_is_paused_during_the_work_and_restored_after(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    collector: bool,
    run: Callable[[Path, bool], None],
    module: Any,
    inner: str,
    good: bool,
) -> None:
    seen: list[bool] = []
    real = getattr(module, inner)

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, inner, spy)
    run(tmp_path, good)
    assert seen
    assert not any(seen)
    assert gc.isenabled() is collector


def test_the_collector_comes_back_when_the_block_raises(collector: bool) -> None:
    seen = []

    def fail() -> None:
        with collector_paused():
            seen.append(gc.isenabled())
            raise KeyError("x")

    with pytest.raises(KeyError):
        fail()
    assert seen == [False]
    assert gc.isenabled() is collector


def test_overlapping_pauses_in_threads_switch_it_back_on_once_after_the_last(collector: bool) -> None:
    import threading

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait(10)
        seen["after first"] = gc.isenabled()
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with collector_paused():
            second_in.set()
            first_out.wait(10)
            seen["second, after first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert seen == {"after first": False, "second, after first ended": False}
    assert gc.isenabled() is collector


def test_a_collector_the_host_disabled_stays_disabled() -> None:
    was = gc.isenabled()
    try:
        gc.disable()
        with collector_paused():
            with collector_paused():
                pass
            assert not gc.isenabled()
        assert not gc.isenabled()
        eca.load()
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_by_default_the_library_leaves_the_collector_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, collector: bool
) -> None:
    import subprocess
    import sys

    # The package's own default, in a fresh interpreter (this module's fixture switched it on).
    fresh = [sys.executable, "-c", "import eucentralasia as eca; print(eca.pause_collector(True))"]
    assert subprocess.run(fresh, capture_output=True, text=True, check=True).stdout == "False\n"
    eca.pause_collector(False)
    seen: list[bool] = []
    real = _loading.load_files

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(_loading, "load_files", spy)
    with collector_paused():
        assert gc.isenabled() is collector
    _load(tmp_path, True)
    assert seen
    assert all(state is collector for state in seen)
    assert gc.isenabled() is collector
