"""JSON export: the whole dataset, read back equal, with the loader's checks on bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import eucentralasia as eca
from eucentralasia import DataError, Dataset, Problem
from eucentralasia._model import COLLECTIONS
from eucentralasia.export import read_json, to_json, write_json
from eucentralasia.testing import datasets, example_dataset

# Each example serializes and re-checks a whole dataset; a quarter of the profile will do.
some_datasets = settings(max_examples=max(10, settings.default.max_examples // 4))


def same_texts(a: Dataset, b: Dataset) -> bool:
    # Source.text is left out of record equality; the export must still carry it.
    return [s.text for s in a.sources] == [s.text for s in b.sources]


def problems(document: dict[str, Any] | str) -> tuple[Problem, ...]:
    text = document if isinstance(document, str) else json.dumps(document)
    with pytest.raises(DataError) as info:
        read_json(text)
    return info.value.problems


def exported() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(to_json(example_dataset()))
    return document


def test_bundled_round_trip() -> None:
    ds = eca.load()
    back = read_json(to_json(ds))
    assert back == ds
    assert same_texts(back, ds)
    assert len(back) == len(ds)


def test_file_round_trip(tmp_path: Path) -> None:
    ds = eca.load()
    path = write_json(ds, tmp_path / "dataset.json")
    assert path.read_bytes().endswith(b"}\n")
    for source in (path, str(path), path.read_bytes()):
        back = read_json(source)
        assert back == ds
        assert same_texts(back, ds)


def test_the_ids_a_users_files_retired_read_back_and_count_in_equality() -> None:
    examples = Path(__file__).parent.parent / "docs" / "examples"
    ds = eca.load(extra=[examples / "my-data", examples / "my-redirects"])
    document = json.loads(to_json(ds))
    assert [r["id"] for r in document["redirects"]] == ["astana-briefing-june", "astana-briefing-draft"]
    back = read_json(to_json(ds))
    assert back == ds
    assert back.redirects == ds.redirects
    with pytest.warns(eca.RetiredIdWarning, match="merged into 'astana-briefing-2025'"):
        assert back.get("astana-briefing-june") == ds.get("astana-briefing-2025")
    # Without them the records are the same but an old id no longer leads anywhere: not equal.
    del document["redirects"]
    assert read_json(json.dumps(document)) != ds


def test_layout() -> None:
    document = json.loads(to_json(eca.load()))
    assert list(document) == ["format", "version", "data_version", *COLLECTIONS, "texts"]
    assert document["format"] == "eucentralasia"
    assert document["version"] == 1
    ds = eca.load()
    assert document["events"] == [eca.converter.unstructure(e) for e in ds.events]
    assert document["texts"] == {s.id: s.text for s in ds.sources}
    assert "Síkela" in to_json(ds)  # written as it is, not \u escaped


@some_datasets
@given(datasets())
def test_generated_round_trip(ds: Dataset) -> None:
    back = read_json(to_json(ds, indent=None))
    assert back == ds
    assert same_texts(back, ds)


def test_broken_quote() -> None:
    document = exported()
    document["events"][0]["citations"][0]["quote"] = "words the source never had"
    document["events"][0]["citations"][0]["end"] = document["events"][0]["citations"][0]["start"] + 26
    (problem,) = problems(document)
    assert problem.record == document["events"][0]["id"]
    assert problem.field == "citations[0].quote"


def test_changed_text_breaks_quotes() -> None:
    document = exported()
    (source_id,) = document["texts"]
    document["texts"][source_id] = "Another text altogether. " + document["texts"][source_id]
    found = problems(document)
    assert found
    assert all(p.field.endswith(".quote") for p in found)


def test_dangling_reference() -> None:
    document = exported()
    document["events"][0]["participants"] = ["example-nobody"]
    (problem,) = problems(document)
    assert (problem.record, problem.field) == (document["events"][0]["id"], "participants[0]")
    assert "example-nobody" in problem.message


def test_unknown_key_in_a_record() -> None:
    document = exported()
    document["officials"][0]["shoe_size"] = 44
    (problem,) = problems(document)
    assert problem.record == document["officials"][0]["id"]
    assert "shoe_size" in problem.message


def test_unknown_top_level_key() -> None:
    document = exported()
    document["extras"] = []
    (problem,) = problems(document)
    assert (problem.record, problem.field) == (None, "extras")


def test_duplicate_id() -> None:
    document = exported()
    document["events"].append(document["events"][0])
    (problem,) = problems(document)
    assert problem.field == "id"
    assert "duplicate" in problem.message


def test_wrong_type_and_bad_date() -> None:
    document = exported()
    document["trade_figures"][0]["value"] = 5e10  # a float has lost digits already
    document["events"][0]["date"] = "2025-02-30"
    fields = {(p.record, p.field) for p in problems(document)}
    assert (document["trade_figures"][0]["id"], "value") in fields
    assert (document["events"][0]["id"], "date") in fields


def test_missing_and_stray_texts() -> None:
    document = exported()
    (source_id,) = document["texts"]
    document["texts"] = {"someone-else": "text"}
    found = problems(document)
    assert (source_id, "text") in {(p.record, p.field) for p in found}
    assert (None, "texts.someone-else") in {(p.record, p.field) for p in found}
    # Records quoting the source with no text are not blamed for it: one cause, one report.
    assert not any(p.field.endswith(".source") for p in found)


def test_header_checked() -> None:
    document = exported()
    document["format"] = "something-else"
    document["version"] = 2
    assert {p.field for p in problems(document)} == {"format", "version"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2]", "expected a JSON object"),
        ('{"format": ', "not valid JSON"),
        ('{"format": "eucentralasia", "version": 1, "events": {}}', "expected an array"),
        ('{"format": "eucentralasia", "version": 1, "events": [3]}', "expected"),
        ('{"format": "eucentralasia", "version": 1, "texts": []}', "expected an object"),
    ],
)
def test_malformed(text: str, message: str) -> None:
    found = problems(text)
    assert any(message in p.message for p in found), found


def test_not_utf8() -> None:
    with pytest.raises(DataError) as info:
        read_json(b'{"format": "\xff"}')
    (problem,) = info.value.problems
    assert "UTF-8" in problem.message


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        read_json(tmp_path / "missing.json")
    (problem,) = info.value.problems
    assert problem.file.endswith("missing.json")
    assert "cannot read" in problem.message
