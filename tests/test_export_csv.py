"""CSV export: a file per collection, documented headers, every cell parses back."""

from __future__ import annotations

import csv
import datetime as dt
import json
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import eucentralasia as eca
from eucentralasia import Dataset, converter, parse_date
from eucentralasia._model import COLLECTIONS
from eucentralasia._schema import citations_of, references_of
from eucentralasia.export import write_csv
from eucentralasia.export._tables import Column, record_table, tables
from eucentralasia.testing import datasets, example_dataset

some_datasets = settings(
    max_examples=max(10, settings.default.max_examples // 4),
    suppress_health_check=[HealthCheck.too_slow],
)
FILES = [f"{name}.csv" for name in COLLECTIONS] + ["citations.csv"]


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def check_cell(column: Column, text: str) -> None:
    """A cell of `column` parses as the column's type says."""
    if text == "":
        assert not column.required, column.name
        return
    if column.type == "array":
        assert isinstance(json.loads(text), list)
    elif column.type == "date":
        dt.date.fromisoformat(text)
    elif column.type == "boolean":
        assert text in ("true", "false")
    elif column.type == "integer":
        int(text)
    elif column.type == "number":
        assert Decimal(text).is_finite()
    if column.choices:
        assert text in column.choices


def rebuild(collection: str, row: dict[str, str]) -> Any:
    """The record a CSV row came from, rebuilt from its cells alone."""
    data: dict[str, Any] = {}
    text = None
    for column in record_table(collection).columns:
        cell = row[column.name]
        if cell == "" or column.derived:  # missing, or derived from the EDTF column
            continue
        if column.name == "text":
            text = cell
        elif column.type == "array":
            data[column.name] = json.loads(cell)
        elif column.type == "boolean":
            data[column.name] = cell == "true"
        elif column.name.startswith("location_"):
            data.setdefault("location", {})[column.name.removeprefix("location_")] = cell
        else:
            data[column.name] = cell
    record = converter.structure(data, COLLECTIONS[collection].cls)
    return record if text is None else (record, text)


def check_folder(ds: Dataset, folder: Path) -> None:
    paths = write_csv(ds, folder)
    assert [p.name for p in paths] == FILES
    for table in tables():
        path = folder / f"{table.name}.csv"
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
        header, rows = read(path)
        assert header == [column.name for column in table.columns]
        for row in rows:
            for column in table.columns:
                check_cell(column, row[column.name])
        if table.name == "citations":
            expected = [(r.id, path, c) for r in ds for path, c in citations_of(r)]
            assert len(rows) == len(expected)
            for row, (record_id, field, citation) in zip(rows, expected, strict=True):
                assert (row["record"], row["field"], row["source"], row["quote"]) == (
                    record_id,
                    field,
                    citation.source,
                    citation.quote,
                )
                assert (int(row["start"]), int(row["end"])) == (citation.start, citation.end)
                assert (row["prefix"] or None, row["suffix"] or None) == (citation.prefix, citation.suffix)
                assert (row["speaker"] or None) == citation.speaker
            continue
        records = list(getattr(ds, table.name))
        assert len(rows) == len(records)
        for row, record in zip(rows, records, strict=True):
            rebuilt = rebuild(table.name, row)
            if table.name == "sources":
                assert rebuilt == (record, record.text)
            else:
                assert rebuilt == record
            for column in table.columns:
                if column.type == "date" and row[column.name]:
                    base, _, part = column.name.rpartition("_")
                    date = parse_date(row[base])
                    day = date.start() if part == "start" else date.end()
                    assert row[column.name] == day.to_date_string()
                if column.name.endswith("_precision") and column.derived:
                    base = column.name.removesuffix("_precision")
                    assert row[column.name] == (parse_date(row[base]).precision.value if row[base] else "")


def test_bundled(tmp_path: Path) -> None:
    check_folder(eca.load(), tmp_path)


def test_example(tmp_path: Path) -> None:
    check_folder(example_dataset(), tmp_path / "new" / "folder")


@some_datasets
@given(datasets())
def test_generated(ds: Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_folder(ds, Path(folder))


def test_documented_headers() -> None:
    """The headers the docs promise, field order as in the model."""
    assert [c.name for c in record_table("events").columns] == [
        "id",
        "title",
        "kind",
        "status",
        "date",
        "date_precision",
        "date_start",
        "date_end",
        "date_basis",
        "date_note",
        "location_place",
        "location_country",
        "participants",
        "countries",
        "agreements",
        "summary",
        "citations",
        "note",
    ]
    figures = [c.name for c in record_table("trade_figures").columns]
    assert figures[:6] == ["id", "metric", "description", "value", "unit", "qualifier"]
    assert figures[6:10] == ["period", "period_precision", "period_start", "period_end"]
    sources = [c.name for c in record_table("sources").columns]
    assert sources[6:10] == ["published", "published_precision", "published_start", "published_end"]
    assert sources[-1] == "text"
    assert [c.name for c in tables()[-1].columns] == [
        "collection",
        "record",
        "field",
        "source",
        "quote",
        "start",
        "end",
        "speaker",
        "prefix",
        "suffix",
    ]


def test_every_column_is_described() -> None:
    for table in tables():
        for column in table.columns:
            assert column.description.strip(), (table.name, column.name)
            assert "{" not in column.description


def test_reference_columns_match_the_dataset_references() -> None:
    """Each single-id column that `references` reports is marked as a reference, and no other."""
    ds = eca.load()
    marked = {(t.name, c.name): c.reference for t in tables()[:-1] for c in t.columns if c.reference}
    seen = {}
    for name in COLLECTIONS:
        for record in getattr(ds, name):
            for path, _, allowed in references_of(record):
                if "[" not in path and "." not in path and allowed is not None and len(allowed) == 1:
                    seen[(name, path)] = allowed[0]
    assert seen == marked


def test_decimals_are_exact(tmp_path: Path) -> None:
    ds = example_dataset()
    write_csv(ds, tmp_path)
    _, rows = read(tmp_path / "trade_figures.csv")
    assert rows[0]["value"] == "50000000000"
    assert rows[0]["period"] == "2024"
    assert (rows[0]["period_start"], rows[0]["period_end"]) == ("2024-01-01", "2024-12-31")
    assert rows[0]["period_precision"] == "year"
    assert rows[0]["projection"] == "false"


def test_unknown_field_type_is_refused() -> None:
    from eucentralasia.export import _tables

    with pytest.raises(TypeError, match="no column rule"):
        _tables._column(object, "note", "A note", complex, lambda item: item, True, None)
