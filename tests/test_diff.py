"""`diff` and ``eucentralasia diff``: added, retired and changed records between two datasets."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia.cli import main
from eucentralasia.export import write_json
from eucentralasia.testing import datasets, write_dataset

Key = tuple[str, str]


def _oracle(old: eca.Dataset, new: eca.Dataset) -> tuple[set[Key], set[Key], dict[Key, set[str]]]:
    """Added and retired (collection, id) pairs and changed fields, by a plain scan of both datasets.

    A record is matched by its collection and id: an id that moves to another collection is
    retired from one and added to the other.
    """
    name = {c.cls: c.name for c in eca.COLLECTIONS.values()}
    before = {
        (name[type(r)], r.id): eca.converter.unstructure(r) | {"text": getattr(r, "text", None)} for r in old
    }
    after = {
        (name[type(r)], r.id): eca.converter.unstructure(r) | {"text": getattr(r, "text", None)} for r in new
    }
    changed = {}
    for i in before.keys() & after.keys():
        fields = {k for k in before[i].keys() | after[i].keys() if before[i].get(k) != after[i].get(k)}
        if fields:
            changed[i] = fields
    return after.keys() - before.keys(), before.keys() - after.keys(), changed


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=datasets(), new=datasets(), keep=st.sets(st.integers(0, 40)))
def test_diff_matches_a_linear_scan(old: eca.Dataset, new: eca.Dataset, keep: set[int]) -> None:
    # Share some records so that "changed" and "unchanged" both occur.
    mixed = eca.Dataset(
        [r for n, r in enumerate(old) if n in keep]
        + [r for r in new if r.id not in {x.id for n, x in enumerate(old) if n in keep}]
    )
    found = eca.diff(old, mixed)
    added, retired, changed = _oracle(old, mixed)
    assert {(c.collection, c.id) for c in found.added} == added
    assert {(c.collection, c.id) for c in found.retired} == retired
    assert {(c.collection, c.id): set(c.fields) - {"text"} for c in found.changed} == {
        key: fields - {"text"} for key, fields in changed.items()
    }
    assert not eca.diff(mixed, mixed)
    assert json.loads(json.dumps(found.to_dict()))["added"] == [
        {"collection": c.collection, "id": c.id} for c in found.added
    ]


def test_retired_records_name_what_they_became() -> None:
    ds = eca.load()
    (record,) = [r for r in ds if r.id == "samarkand-joint-statement"]
    old = eca.Dataset([*ds, eca._schema.evolve(record, id="joint-agreement-2025")], registry=ds.registry)
    found = eca.diff(old, ds)
    assert [(c.collection, c.id, c.to) for c in found.retired] == [
        ("agreements", "joint-agreement-2025", "samarkand-joint-statement")
    ]


def test_diff_reads_folders_exports_and_the_bundled_data(tmp_path: Path) -> None:
    ds = eca.load()
    write_json(ds, tmp_path / "now.json")
    assert not eca.diff(tmp_path / "now.json", "bundled")
    assert eca.open_dataset(tmp_path / "now.json")[1] == ds.version
    hub = ds.get("vassilenko-kazakhstan-hub-of-central-asia")
    boost = ds.get("astana-progress-with-eu-could-do-with-boost")
    edited = eca._schema.evolve(boost, summary="Kazakhstan's government finds progress welcome.")
    kept = [edited if r.id == boost.id else r for r in ds if r.id != hub.id]
    write_dataset(eca.Dataset(kept), tmp_path / "folder")
    found = eca.diff("bundled", tmp_path / "folder")
    assert [(c.collection, c.id, c.to) for c in found.retired] == [("statements", hub.id, None)]
    assert [(c.id, c.fields) for c in found.changed] == [(boost.id, ("summary",))]
    assert not found.added


def test_the_diff_command_prints_lines_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ds = eca.load()
    write_json(ds, tmp_path / "same.json")
    assert main(["diff", str(tmp_path / "same.json"), "bundled"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "0 added, 0 retired, 0 changed"
    assert main(["diff", "bundled", str(tmp_path / "same.json"), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document == {
        "old_version": ds.version,
        "new_version": ds.version,
        "added": [],
        "retired": [],
        "changed": [],
    }
    status = subprocess.run(
        ["python", "-m", "eucentralasia", "diff", str(tmp_path / "missing"), "bundled"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert status.returncode == 1
    assert status.stderr.startswith("eucentralasia: error:")


def test_show_leads_a_retired_id_to_its_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "joint-agreement-2025"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("samarkand-joint-statement")
    assert "was merged into 'samarkand-joint-statement'" in err


def test_the_diff_command_offers_no_data_option_it_would_ignore() -> None:
    # A and B name what is compared; a --data PATH would be read and then ignored.
    env = {**os.environ, "COLUMNS": "80"}
    run = ["python", "-m", "eucentralasia", "diff"]
    shown = subprocess.run([*run, "--help"], capture_output=True, text=True, check=True, env=env).stdout
    assert "--data" not in shown
    assert "--json" in shown
    assert max(map(len, shown.splitlines())) <= 80
    refused = subprocess.run(
        [*run, "bundled", "bundled", "--data", "x.toml"], capture_output=True, text=True, check=False, env=env
    )
    assert refused.returncode == 2
    assert "unrecognized arguments: --data x.toml" in refused.stderr
    # Every command that reads the loaded data still offers it.
    show = ["python", "-m", "eucentralasia", "show", "--help"]
    shown = subprocess.run(show, capture_output=True, text=True, check=True, env=env).stdout
    assert "--data PATH" in shown
