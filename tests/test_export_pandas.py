"""pandas export: typed columns, Decimal or float values, a clear error without pandas."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

import eucentralasia as eca
from eucentralasia import RecordSet
from eucentralasia._model import COLLECTIONS
from eucentralasia.export import to_frame
from eucentralasia.export._tables import record_table

pd = pytest.importorskip("pandas")


@pytest.mark.parametrize("collection", list(COLLECTIONS))
def test_every_collection(collection: str) -> None:
    records = getattr(eca.load(), collection)
    frame = to_frame(records)
    assert list(frame.columns) == [c.name for c in record_table(collection).columns]
    assert list(frame["id"]) == list(records.ids)
    for column in record_table(collection).columns:
        dtype = frame[column.name].dtype
        if column.type == "date":
            assert dtype == "datetime64[s]", column.name
        elif column.choices:
            assert isinstance(dtype, pd.CategoricalDtype), column.name
            assert list(dtype.categories) == list(column.choices)
        elif column.type == "string":
            assert dtype == "string", column.name


def test_dates() -> None:
    events = eca.load().events
    frame = to_frame(events).set_index("id")
    for event in events:
        row = frame.loc[event.id]
        if event.date is None:
            assert pd.isna(row["date_start"])
            assert pd.isna(row["date"])
        else:
            assert row["date"] == str(event.date)
            assert row["date_start"] == pd.Timestamp(event.date.start().to_date_string())
            assert row["date_end"] == pd.Timestamp(event.date.end().to_date_string())


def test_values_as_decimal_or_float() -> None:
    figures = eca.load().trade_figures
    exact = to_frame(figures)
    assert exact["value"].dtype == object
    assert list(exact["value"]) == [f.value for f in figures]
    assert all(isinstance(v, Decimal) for v in exact["value"])
    rounded = to_frame(figures, decimals="float")
    assert rounded["value"].dtype == "float64"
    assert list(rounded["value"]) == [float(f.value) for f in figures]
    assert exact["projection"].dtype == bool


def test_nested_values_are_plain_data() -> None:
    agreements = eca.load().agreements
    frame = to_frame(agreements)
    epca = frame.set_index("id").loc["epca"]
    assert epca["milestones"] == eca.converter.unstructure(agreements.get("epca").milestones)
    assert epca["parties"] == ["EU", "KZ"]


def test_empty_set_keeps_columns_and_types() -> None:
    frame = to_frame(RecordSet(eca.Event))
    assert len(frame) == 0
    assert list(frame.columns) == [c.name for c in record_table("events").columns]
    assert frame["date_start"].dtype == "datetime64[s]"


def test_filtered_set() -> None:
    events = eca.load().events.between("2025-04", "2025-04")
    assert list(to_frame(events)["id"]) == list(events.ids)


def test_bad_decimals_option() -> None:
    with pytest.raises(ValueError, match="decimals"):
        to_frame(eca.load().trade_figures, decimals="double")  # type: ignore[arg-type]


def test_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ModuleNotFoundError, match=r'pip install "eucentralasia\[pandas\]"') as info:
        to_frame(eca.load().events)
    assert info.value.name == "pandas"


def test_import_does_not_load_optional_dependencies() -> None:
    optional = ("pandas", "matplotlib", "rdflib", "icalendar", "frictionless")
    code = f"import sys, eucentralasia.export; assert not set({optional!r}) & set(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)
