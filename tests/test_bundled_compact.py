"""The compact form of the bundled data (``_bundled.py``) holds what the TOML files give.

A wheel carries the module (made by ``tools/hatch_build.py``); a source tree has none, or
a local one ``tools/regen_bundled.py`` wrote. These tests use the installed module where
there is one, and otherwise make it, as the build would, for the test's duration.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from eucentralasia import DataError, _loading, load
from eucentralasia._lazy import Lazy

ROOT = Path(__file__).resolve().parents[1]
REGEN = ROOT / "tools" / "regen_bundled.py"


@pytest.fixture(scope="module")
def regen() -> ModuleType:
    """tools/regen_bundled.py as a module; skips without tools/ (an installed package)."""
    if not REGEN.is_file():
        pytest.skip("tools/ is not beside the tests")
    spec = importlib.util.spec_from_file_location("regen_bundled", REGEN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def compact_module(
    regen: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ModuleType]:
    """The compact module the loader finds: the installed one, else one made as the build makes it."""
    try:
        yield importlib.import_module("eucentralasia._bundled")
        return
    except ModuleNotFoundError:
        pass
    path = tmp_path / "_bundled.py"
    path.write_text(regen.generate(), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("eucentralasia._bundled", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "eucentralasia._bundled", module)
    spec.loader.exec_module(module)
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    yield module


def test_the_module_is_current(regen: ModuleType, compact_module: ModuleType) -> None:
    # A wheel's module is made from its own data; a local one after an edit to data/*.toml
    # or a source text needs python tools/regen_bundled.py (or deleting).
    current = regen.generate() == Path(str(compact_module.__file__)).read_text(encoding="utf-8")
    assert current, f"{compact_module.__file__} is out of date: run python tools/regen_bundled.py"


@pytest.mark.usefixtures("compact_module")
def test_the_compact_form_equals_the_toml_files() -> None:
    folder, files = _loading._bundled_files()
    compact = _loading._compact_bundled(folder, files)
    assert compact is not None, "the compact form is out of date: python tools/regen_bundled.py"
    toml, entries = _loading._read_toml_bundled(folder, files)
    assert [(e.file, e.collection) for e in compact] == [(e.file, e.collection) for e in entries]
    assert [e.record for e in compact] == [e.record for e in entries]
    assert [getattr(e.record, "text", None) for e in compact] == [
        getattr(e.record, "text", None) for e in entries
    ]
    assert load() == toml


@pytest.fixture
def copied(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, compact_module: ModuleType) -> Path:
    """A copy of the bundled data folder, loaded as the bundled data."""
    folder, _ = _loading._bundled_files()
    copy = tmp_path / "data"
    shutil.copytree(str(folder), copy)
    monkeypatch.setattr(_loading, "_bundled_files", lambda: (copy, sorted(copy.glob("*.toml"))))
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    return copy


def test_the_same_files_use_the_compact_form(copied: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = load()
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    monkeypatch.setattr(_loading, "_read_file", None)  # would fail if a TOML file were read
    assert load() == expected


def test_an_edited_file_is_read_instead(copied: Path) -> None:
    events = copied / "events.toml"
    events.write_text(events.read_text(encoding="utf-8").replace("[[events]]", "# edited\n[[events]]", 1))
    _, files = _loading._bundled_files()
    assert _loading._compact_bundled(copied, files) is None
    assert load() == _loading._read_toml_bundled(copied, files)[0]


def test_an_edited_source_text_is_checked(copied: Path) -> None:
    (text,) = [p for p in (copied / "sources").iterdir() if p.name.startswith("000_")]
    text.write_text(text.read_text(encoding="utf-8").replace("Kazakhstan", "Kazakstan"), encoding="utf-8")
    with pytest.raises(DataError, match="expected the text at"):
        load()


def test_a_compact_form_that_fails_falls_back_on_the_files(
    copied: Path, monkeypatch: pytest.MonkeyPatch, compact_module: ModuleType
) -> None:
    # A validator tightened since the module was made: its records raise as they are built.
    def refused() -> tuple[()]:
        raise ValueError("a record the validators now refuse")

    monkeypatch.setattr(compact_module, "records", refused)
    _, files = _loading._bundled_files()
    assert _loading._compact_bundled(copied, files) is None
    assert load() == _loading._read_toml_bundled(copied, files)[0]


def test_the_checksum_covers_the_record_code_and_is_checked_before_building(
    copied: Path, monkeypatch: pytest.MonkeyPatch, compact_module: ModuleType
) -> None:
    built: list[bool] = []
    records = compact_module.records
    monkeypatch.setattr(compact_module, "records", lambda: built.append(True) or records())
    _, files = _loading._bundled_files()
    assert _loading._compact_bundled(copied, files) is not None
    assert built == [True]
    # Other record code than the module was made with: not used, and nothing built.
    monkeypatch.setattr(_loading, "_RECORD_CODE", _loading._RECORD_CODE[1:])
    assert _loading._compact_bundled(copied, files) is None
    assert built == [True]


def test_without_the_module_the_toml_files_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "eucentralasia._bundled", None)  # import raises ModuleNotFoundError
    folder, files = _loading._bundled_files()
    assert _loading._compact_bundled(folder, files) is None
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    assert load() == _loading._read_toml_bundled(folder, files)[0]
