"""The snapshots in snapshots/ are the bundled data as it is (tools/regen_snapshots.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import eucentralasia as eca

ROOT = Path(__file__).resolve().parents[1]
REGEN = ROOT / "tools" / "regen_snapshots.py"


@pytest.fixture(scope="module")
def regen() -> ModuleType:
    """tools/regen_snapshots.py as a module; skips without tools/ (an installed package)."""
    if not REGEN.is_file():
        pytest.skip("tools/ is not beside the tests")
    spec = importlib.util.spec_from_file_location("regen_snapshots", REGEN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_snapshots_are_current(regen: ModuleType) -> None:
    # After an edit to the data: python tools/regen_snapshots.py
    wanted = regen.generate()
    assert sorted(wanted) == sorted(p.name for p in (ROOT / "snapshots").glob("*.txt"))
    for name, text in wanted.items():
        assert (ROOT / "snapshots" / name).read_text(encoding="utf-8") == text, (
            f"snapshots/{name} is out of date: run python tools/regen_snapshots.py"
        )


def test_every_record_and_quote_is_in_its_snapshot(regen: ModuleType) -> None:
    ds = eca.load()
    wanted = regen.generate()
    for name in ds.registry:
        text = wanted[f"{name}.txt"]
        for record in ds.collection(name):
            assert f"\n{record.id}: " in text
            for citation in record.citations:
                assert f"«{citation.quote}»" in text
