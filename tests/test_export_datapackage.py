"""Frictionless Data Package: the CSVs and a descriptor that `frictionless` validates."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import eucentralasia as eca
from eucentralasia import Dataset
from eucentralasia._model import COLLECTIONS
from eucentralasia.export import write_datapackage
from eucentralasia.testing import datasets, example_dataset

frictionless = pytest.importorskip("frictionless")
# Validation reads every file through frictionless: a few generated packages will do.
few_datasets = settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])


def validate(path: Path) -> Any:
    report = frictionless.validate(path)
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    return report


def test_bundled_validates(tmp_path: Path) -> None:
    path = write_datapackage(eca.load(), tmp_path)
    assert path == tmp_path / "datapackage.json"
    report = validate(path)
    rows = {task.name: task.stats["rows"] for task in report.tasks}
    ds = eca.load()
    assert rows == {**{name: len(getattr(ds, name)) for name in COLLECTIONS}, "citations": rows["citations"]}


@few_datasets
@given(datasets())
def test_generated_validates(ds: Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        validate(write_datapackage(ds, folder, created=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))


def test_descriptor(tmp_path: Path) -> None:
    created = dt.datetime(2025, 6, 1, 12, 30, tzinfo=dt.UTC)
    path = write_datapackage(eca.load(), tmp_path, created=created)
    package = json.loads(path.read_text(encoding="utf-8"))
    assert package["name"] == "eucentralasia"
    assert package["created"] == "2025-06-01T12:30:00Z"
    assert package["licenses"][0]["name"] == "MIT"
    titles = [source["title"] for source in package["sources"]]
    assert len(titles) == 2
    assert any("Roman Vassilenko" in title and "EU Reporter" in title for title in titles)
    resources = {resource["name"]: resource for resource in package["resources"]}
    assert list(resources) == [*COLLECTIONS, "citations"]
    for name, resource in resources.items():
        assert (tmp_path / resource["path"]).is_file()
        assert resource["schema"]["primaryKey"] == (["record", "field"] if name == "citations" else ["id"])
    keys = {
        (name, key["fields"], key["reference"]["resource"])
        for name, resource in resources.items()
        for key in resource["schema"].get("foreignKeys", [])
    }
    assert keys == {
        ("organizations", "parent", "organizations"),
        ("sources", "interviewee", "officials"),
        ("citations", "source", "sources"),
    }
    fields = {f["name"]: f for f in resources["events"]["schema"]["fields"]}
    assert fields["date_start"]["type"] == "date"
    assert fields["date_end"]["type"] == "date"
    assert fields["date"]["rdfType"] == "http://id.loc.gov/datatypes/edtf/EDTF"
    assert fields["date_precision"]["constraints"]["enum"] == ["year", "season", "month", "day"]
    assert [name for name, field in fields.items() if "rdfType" in field] == ["date"]
    assert fields["citations"]["type"] == "array"
    assert fields["kind"]["constraints"]["enum"][:2] == ["meeting", "summit"]
    assert fields["id"]["constraints"] == {"required": True}
    assert "constraints" not in fields["note"]


def test_created_from_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1748736000")
    package = json.loads(write_datapackage(example_dataset(), tmp_path).read_text(encoding="utf-8"))
    assert package["created"] == "2025-06-01T00:00:00Z"


def test_dangling_parent_fails_validation(tmp_path: Path) -> None:
    """The foreign keys are real: a parent that is no organization is caught by frictionless."""
    ds = example_dataset()
    orphan = attrs.evolve(ds.organizations.get("example-commission"), parent="example-nowhere")
    broken = Dataset([r for r in ds if r.id != orphan.id] + [orphan])
    report = frictionless.validate(write_datapackage(broken, tmp_path))
    assert not report.valid
    assert [error_type for (error_type,) in report.flatten(["type"])] == ["foreign-key"]
