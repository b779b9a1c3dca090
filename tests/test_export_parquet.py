"""Arrow and Parquet exports: read back with pyarrow and queried with DuckDB."""

from __future__ import annotations

import math
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import eucentralasia as eca
from eucentralasia._schema import citations_of
from eucentralasia.export import _arrow, to_arrow, write_parquet
from eucentralasia.testing import datasets, example_dataset

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")


def plain(value: Any) -> Any:
    """Struct values as the converter gives them: fields that are None left out."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def check_tables(ds: eca.Dataset, arrow: dict[str, Any]) -> None:
    assert list(arrow) == [*ds.registry, "citations"]
    for name in ds.registry:
        table = arrow[name]
        records = list(ds.collection(name))
        assert table.column("id").to_pylist() == [r.id for r in records]
        rows = table.to_pylist()
        for row, record in zip(rows, records, strict=True):
            for field in ("date", "period", "published"):
                date = getattr(record, field, None)
                if not hasattr(record, field):
                    continue
                if date is None:
                    assert row[field] is None
                    assert row[f"{field}_start"] is None
                    continue
                assert row[field] == str(date)
                assert row[f"{field}_precision"] == date.precision.value
                assert row[f"{field}_start"].toordinal() == date.start().toordinal()
                assert row[f"{field}_end"].toordinal() == date.end().toordinal()
            assert plain(row["citations"]) == eca.converter.unstructure(record.citations)
            for field in ("participants", "aliases", "about", "countries"):
                if hasattr(record, field):
                    assert row[field] == list(getattr(record, field))
            if name == "trade_figures":
                assert math.isclose(row["value"], float(record.value))
    cited = sum(len(list(citations_of(r))) for r in ds)
    assert arrow["citations"].num_rows == cited


def test_bundled_to_arrow() -> None:
    check_tables(eca.load(), to_arrow(eca.load()))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_any_dataset_to_arrow(ds: eca.Dataset) -> None:
    check_tables(ds, to_arrow(ds))


def test_parquet_reads_back_in_pyarrow_and_duckdb(tmp_path: Path) -> None:
    ds = eca.load()
    paths = write_parquet(ds, tmp_path)
    assert [p.name for p in paths] == [f"{name}.parquet" for name in [*ds.registry, "citations"]]
    arrow = to_arrow(ds)
    for path in paths:
        read = pq.read_table(path)
        assert read.equals(arrow[path.stem], check_metadata=True)
        assert read.schema.metadata[b"title"]
        assert read.schema.metadata[b"version"] == ds.version.encode()
    db = duckdb.connect()
    events = str(tmp_path / "events.parquet")
    types = dict(
        db.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{events}')").fetchall()
    )
    assert types["date_start"] == "DATE"
    assert types["participants"] == "VARCHAR[]"
    # A question asked of the files: events per official, against the records themselves.
    got = dict(
        db.execute(
            f"SELECT p, count(*) FROM (SELECT unnest(participants) AS p FROM '{events}')"
            f" WHERE p IN (SELECT id FROM '{tmp_path / 'officials.parquet'}') GROUP BY p"
        ).fetchall()
    )
    officials = {o.id for o in ds.officials}
    assert got == Counter(p for e in ds.events for p in e.participants if p in officials)
    # Dates compare as dates: the events of 2025 known to the day or month.
    [(count,)] = db.execute(
        f"SELECT count(*) FROM '{events}' WHERE date_start >= DATE '2025-01-01'"
        " AND date_end <= DATE '2025-12-31' AND date_precision IN ('day', 'month')"
    ).fetchall()
    assert count == sum(
        1
        for e in ds.events
        if e.date is not None
        and e.date.start().year == e.date.end().year == 2025
        and e.date.precision.value in ("day", "month")
    )
    [(quotes,)] = db.execute(
        f"SELECT count(*) FROM '{tmp_path / 'citations.parquet'}' WHERE quote ILIKE '%billion%'"
    ).fetchall()
    assert quotes == sum(1 for r in ds for _, c in citations_of(r) if "billion" in c.quote.lower())


def test_written_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_arrow, "BATCH_ROWS", 5)
    ds = eca.load()
    write_parquet(ds, tmp_path)
    meta = pq.ParquetFile(tmp_path / "statements.parquet").metadata
    assert meta.num_rows == len(ds.statements)
    assert meta.num_row_groups == math.ceil(len(ds.statements) / 5)


def test_example_folder_is_made(tmp_path: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = write_parquet(example_dataset(), Path(folder) / "new")
        assert all(path.stat().st_size > 0 for path in paths)
