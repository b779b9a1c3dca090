"""JSON data files: the same collections as TOML, the same checks, the same reports; exports load back."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eucentralasia import COLLECTIONS, DataError, Dataset, _loading, converter, load
from eucentralasia._lazy import Lazy
from eucentralasia.export import to_json, write_json
from eucentralasia.testing import datasets, example_dataset, write_dataset

given_files = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    max_examples=max(10, settings.default.max_examples // 2),
)


@pytest.fixture
def bundled(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Point the bundled data at an empty folder, so tests choose every record loaded."""
    folder = tmp_path_factory.mktemp("bundled")
    monkeypatch.setattr(_loading, "_bundled_files", lambda: (folder, sorted(folder.glob("*.toml"))))
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    return folder


@pytest.fixture
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    return lambda: tmp_path_factory.mktemp("data")


def same_texts(a: Dataset, b: Dataset) -> bool:
    return [s.text for s in a.sources] == [s.text for s in b.sources]


def problems_of(paths: list[Path]) -> list[tuple[str | None, str, str]]:
    """The problems loading `paths` gives, without the file names."""
    with pytest.raises(DataError) as info:
        load(paths)
    return [(p.record, p.field, p.message) for p in info.value.problems]


def as_json_files(folder: Path) -> None:
    """Turn every ``*.toml`` data file in `folder` into the same ``*.json`` file."""
    import tomllib

    for path in folder.glob("*.toml"):
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        path.with_suffix(".json").write_text(json.dumps(document), encoding="utf-8")
        path.unlink()


@given_files
@given(datasets())
def test_an_exported_dataset_loads_back_equal(bundled: Path, fresh: Callable[[], Path], ds: Dataset) -> None:
    path = write_json(ds, fresh() / "export.json")
    loaded = load([path])
    assert loaded == ds
    assert same_texts(loaded, ds)


@given_files
@given(datasets(), st.data())
def test_a_folder_of_toml_and_json_files_loads_as_the_toml_does(
    bundled: Path, fresh: Callable[[], Path], ds: Dataset, data: st.DataObject
) -> None:
    folder = fresh()
    written = write_dataset(ds, folder)
    for path in data.draw(st.lists(st.sampled_from(written), unique=True)):
        path.with_suffix(".json").write_text(json.dumps(_toml(path)), encoding="utf-8")
        path.unlink()
    loaded = load([folder])
    assert loaded == ds
    assert same_texts(loaded, ds)


def _toml(path: Path) -> dict[str, Any]:
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


# Values TOML and JSON both write: no null, no float that is not finite.
values = st.recursive(
    st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@given_files
@given(st.data())
def test_the_same_bad_record_in_toml_and_json_gives_the_same_problems(
    bundled: Path, fresh: Callable[[], Path], data: st.DataObject
) -> None:
    ds = example_dataset()
    records = {name: [converter.unstructure(r) for r in getattr(ds, name)] for name in COLLECTIONS}
    name = data.draw(st.sampled_from(sorted(n for n, tables in records.items() if tables)))
    number = data.draw(st.integers(0, len(records[name]) - 1))
    table = dict(records[name][number])
    key = data.draw(st.sampled_from([*table, "unknown_key"]))
    if data.draw(st.booleans()) and key in table:
        del table[key]
    else:
        table[key] = data.draw(values)
    records[name][number] = table
    toml_folder, json_folder = fresh(), fresh()
    write_dataset(ds, toml_folder)  # the source texts
    write_dataset(ds, json_folder)
    for folder in (toml_folder, json_folder):
        (folder / f"{name}.toml").write_text(tomli_w.dumps({name: records[name]}), encoding="utf-8")
    as_json_files(json_folder)  # the same documents, as JSON
    try:
        from_toml = load([toml_folder])
    except DataError as error:
        found = [(p.record, p.field, p.message) for p in error.problems]
        assert problems_of([json_folder]) == found
    else:
        assert load([json_folder]) == from_toml


def test_a_bad_json_file_names_its_line_and_column(bundled: Path, tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    path.write_text('{"events": [\n  {"id": "x",}\n]}', encoding="utf-8")
    with pytest.raises(DataError) as info:
        load([path])
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert problem.message.startswith("not valid JSON: ")
    assert "line 2 column 14" in problem.message


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("[]", "", "expected a JSON object of collections, got list"),
        ('{"events": {}}', "events", "expected an array of tables"),
        ('{"format": "other", "version": 1, "events": []}', "format", "got 'other'"),
        ('{"format": "eucentralasia", "version": 2}', "version", "expected 1, got 2"),
        ('{"texts": {"nobody": "A text."}}', "texts.nobody", "no source has this id"),
        ('{"texts": {"nobody": 5}}', "texts.nobody", "expected text, got 5"),
        ('{"meetings": []}', "meetings", "unknown collection 'meetings'"),
        (b"\xef\xbb\xbf[]", "", "expected a JSON object"),
        (b'{"events": "\xe9"}', "", "not UTF-8 text: byte 0xe9 at line 1, column 13"),
    ],
)
def test_what_is_wrong_with_a_json_file(
    bundled: Path, tmp_path: Path, text: str | bytes, field: str, words: str
) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(DataError) as info:
        load([path])
    (problem,) = info.value.problems
    assert (problem.file, problem.field) == (str(path), field)
    assert words in problem.message


def test_a_json_source_reads_its_text_file_unless_the_file_carries_the_text(
    bundled: Path, tmp_path: Path
) -> None:
    ds = example_dataset()
    write_dataset(ds, tmp_path)
    as_json_files(tmp_path)
    assert load([tmp_path]) == ds
    document = json.loads((tmp_path / "sources.json").read_text(encoding="utf-8"))
    source = document["sources"][0]
    text = ds.get(source["id"]).text
    (tmp_path / source["text_file"]).unlink()
    with pytest.raises(DataError, match="cannot read"):
        load([tmp_path])
    document["texts"] = {source["id"]: text}
    (tmp_path / "sources.json").write_text(json.dumps(document), encoding="utf-8")
    loaded = load([tmp_path])
    assert loaded == ds
    assert same_texts(loaded, ds)


def test_an_export_of_the_bundled_data_and_more_loads_back(tmp_path: Path) -> None:
    # With the real bundled data: the export carries its records, which are the bundled ones.
    mine = Path(__file__).parent.parent / "docs" / "examples" / "my-data"
    out = tmp_path / "all.json"
    command = [sys.executable, "-m", "eucentralasia", "export", "--format", "json"]
    subprocess.run([*command, "--out", str(out), "--data", str(mine)], check=True, capture_output=True)
    loaded = load([out])
    assert loaded == load([mine])
    assert same_texts(loaded, load([mine]))


def test_a_changed_bundled_record_in_an_export_is_a_duplicate(tmp_path: Path) -> None:
    document = json.loads(to_json(load()))
    document["events"][0]["title"] += " (changed)"
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load([path])
    (problem,) = info.value.problems
    assert (problem.file, problem.record, problem.field) == (str(path), document["events"][0]["id"], "id")
    assert problem.message.startswith("duplicate id: <bundled>/events.toml")


def test_a_bundled_record_in_a_plain_json_file_is_a_duplicate(tmp_path: Path) -> None:
    # Only an export (with its header) carries the bundled records as themselves.
    document = json.loads(to_json(load()))
    del document["format"], document["version"], document["data_version"]
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DataError, match="duplicate id"):
        load([path])


# -- JSON Lines ---------------------------------------------------------------------------


@given_files
@given(datasets())
def test_a_dataset_in_json_lines_loads_back_equal(
    bundled: Path, fresh: Callable[[], Path], ds: Dataset
) -> None:
    folder = fresh()
    for path in write_dataset(ds, folder):
        lines = [json.dumps({name: record}) for name, records in _toml(path).items() for record in records]
        path.with_suffix(".jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        path.unlink()
    loaded = load([folder])
    assert loaded == ds
    assert same_texts(loaded, ds)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"events": {}}\n{"events": \n', "not valid JSON at line 2: Expecting value (column 12)"),
        ("\n[1]\n", "expected at line 2 an object of one collection and its record"),
        ('{"events": {}, "officials": {}}', "expected at line 1 an object of one collection"),
        ('{"events": {"id": "a", "id": "b"}}\n', "the key 'id' appears twice in one object (line 1)"),
        ('{"events": {"n": ' + "7" * 4301 + "}}", "an integer of 4,301 digits (at most 4,300) (line 1)"),
    ],
)
def test_what_is_wrong_with_a_json_lines_file(bundled: Path, tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load([path])
    (problem,) = info.value.problems
    assert (problem.file, problem.record, problem.field) == (str(path), None, "")
    assert words in problem.message


def test_a_bad_record_in_json_lines_is_reported_as_in_toml(bundled: Path, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text('{"events": {"id": "x", "title": 5}}\n', encoding="utf-8")
    with pytest.raises(DataError) as info:
        load([path])
    assert ("x", "title", "expected text, got 5") in [
        (p.record, p.field, p.message) for p in info.value.problems
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            '{"events": [{"id": "a", "title": "x", "title": "y"}]}',
            "the key 'title' appears twice in one object",
        ),
        ('{"events": [], "events": []}', "the key 'events' appears twice in one object"),
        ('{"events": [{"n": ' + "1" * 5000 + "}]}", "an integer of 5,000 digits (at most 4,300)"),
    ],
)
def test_a_json_file_with_a_repeated_key_or_a_huge_integer_is_refused(
    bundled: Path, tmp_path: Path, text: str, words: str
) -> None:
    path = tmp_path / "data.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load([path])
    (problem,) = info.value.problems
    assert problem.message == f"not valid JSON: {words}"
    from eucentralasia.export import read_json

    with pytest.raises(DataError) as info:
        read_json(text)
    assert words in info.value.problems[0].message


def test_json_lines_split_records_on_line_feeds_only(bundled: Path, tmp_path: Path) -> None:
    """A raw U+2028 or U+0085 inside a string is JSON text, not a line break."""
    path = tmp_path / "events.jsonl"
    path.write_text('{"events": {"id": "x", "title": "a\u2028b\x85c"}}\n', encoding="utf-8")
    with pytest.raises(DataError) as info:
        load([path])
    assert info.value.problems
    assert all("not valid JSON" not in p.message for p in info.value.problems)
    assert all(p.record == "x" for p in info.value.problems)


def test_read_json_refuses_a_text_file_naming_a_folder() -> None:
    from eucentralasia.export import read_json

    for folder in (".", "./", "texts/"):
        document = json.loads(to_json(example_dataset()))
        document["sources"][0]["text_file"] = folder
        with pytest.raises(DataError) as info:
            read_json(json.dumps(document))
        assert [p.field for p in info.value.problems] == ["text_file"]
