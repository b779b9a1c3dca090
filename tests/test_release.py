"""The data release: its version follows the data, and retired ids lead to their records."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import eucentralasia as eca
from eucentralasia._loading import _bundled_files, data_checksum
from eucentralasia._release import parse_release, release
from eucentralasia.export import to_json, to_jsonld, write_datapackage
from eucentralasia.testing import example_dataset, write_dataset


def _data_checksum() -> str:
    folder, files = _bundled_files()
    return data_checksum(files, [(folder / s.text_file).read_bytes() for s in eca.load().sources])


def test_the_version_changes_with_the_data() -> None:
    """Fails when the data files or texts change and no new version names them."""
    current = _data_checksum()
    assert release().checksum == current, (
        f"the bundled data changed: add a [[versions]] entry on top of data/release/release.toml "
        f"with a new version and checksum = {current!r}"
    )


def test_retired_ids_lead_to_their_records_and_are_never_reused() -> None:
    ds = eca.load()
    for old, redirect in ds.redirects.items():
        assert old not in {record.id for record in ds}
        if redirect.to is None:
            with pytest.raises(eca.RetiredIdError, match="retired"):
                ds.get(old)
            continue
        with pytest.warns(eca.RetiredIdWarning, match="merged into"):
            record = ds.get(old)
        assert record.id == release().follow(old)[0]
        with pytest.warns(eca.RetiredIdWarning):
            assert ds.related(old) == ds.related(record.id)
        with pytest.warns(eca.RetiredIdWarning):
            assert ds.involving(old) == ds.involving(record.id)


def test_a_user_record_with_a_retired_id_is_refused(tmp_path: Path) -> None:
    (forum,) = [e for e in example_dataset().events if e.id == "example-forum"]
    reused = eca._schema.evolve(forum, id="joint-agreement-2025")
    write_dataset([*example_dataset(), reused], tmp_path)
    with pytest.raises(eca.DataError, match="retired and may not be reused"):
        eca.load([tmp_path])


def test_a_bad_release_file_is_refused() -> None:
    good = '[[versions]]\nversion = "2026.12.0"\nchecksum = "x"\n'
    assert parse_release(good).version == "2026.12.0"
    for bad in (
        '[[versions]]\nversion = "1.0"\nchecksum = "x"\n',
        good + '[[redirects]]\nid = "a"\nto = "b"\nretired = "2026"\nreason = "r"\n'
        '[[redirects]]\nid = "b"\nto = "a"\nretired = "2026"\nreason = "r"\n',
        good + '[[redirects]]\nid = "a"\nto = "a"\nretired = "2026"\nreason = "r"\n',
    ):
        with pytest.raises(ValueError, match="release"):
            parse_release(bad)


def test_every_export_carries_the_version(tmp_path: Path) -> None:
    ds = eca.load()
    assert json.loads(to_json(ds))["data_version"] == ds.version
    assert any(node.get("version") == ds.version for node in to_jsonld(ds)["@graph"])
    write_datapackage(ds, tmp_path)
    assert json.loads((tmp_path / "datapackage.json").read_text())["version"] == ds.version
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert eca.load().version == release().version
    assert f"version: {ds.version}" in (Path(__file__).parents[1] / "CITATION.cff").read_text()
