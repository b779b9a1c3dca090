"""Streaming to Parquet: accepts and rejects what `load` does, and writes what it would."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import DataError, Source, converter
from eucentralasia.export import load_to_parquet, write_parquet
from eucentralasia.testing import datasets, example_dataset, write_dataset

pq = pytest.importorskip("pyarrow.parquet")


def write_jsonl(records: list[Any], folder: Path, name: str = "data.jsonl") -> Path:
    """The records as one JSON Lines file, and their sources' texts beside it."""
    lines = []
    for record in records:
        collection = eca.COLLECTIONS.of(type(record)).name
        lines.append(json.dumps({collection: converter.unstructure(record)}, ensure_ascii=False))
        if isinstance(record, Source) and record.text is not None:
            text = folder / record.text_file
            text.parent.mkdir(parents=True, exist_ok=True)
            text.write_bytes(record.text.encode("utf-8"))
    path = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def outcome(run: Any) -> DataError | None:
    try:
        run()
    except DataError as error:
        return error
    return None


def same_tables(streamed: Path, loaded: Path) -> None:
    """Each table holds the same rows: streaming keeps file order, `write_parquet` id order."""
    for path in sorted(loaded.iterdir()):
        want = pq.read_table(path)
        got = pq.read_table(streamed / path.name)
        assert got.schema.equals(want.schema, check_metadata=True)
        keys = [("record", "ascending"), ("field", "ascending")] if path.stem == "citations" else "id"
        keys = keys if isinstance(keys, list) else [("id", "ascending")]
        assert got.sort_by(keys).equals(want.sort_by(keys)), path.name


def compare(data: Path, work: Path) -> DataError | None:
    """Load and stream the same data; both accept, writing the same tables, or both reject."""
    loaded: list[eca.Dataset] = []
    by_load = outcome(lambda: loaded.append(eca.load(data)))
    by_stream = outcome(lambda: load_to_parquet(data, work / "streamed", rows=7))
    assert (by_load is None) == (by_stream is None), (by_load, by_stream)
    if by_load is None:
        write_parquet(loaded[0], work / "loaded")
        same_tables(work / "streamed", work / "loaded")
    else:
        assert by_stream is not None
        assert not (work / "streamed").exists() or not any((work / "streamed").iterdir())
        blamed = {(p.record, p.field) for p in by_load.problems}
        # The same records are blamed, for the same fields; but where a file cannot be
        # parsed, `load` reads none of its records, while streaming has read those before.
        if (None, "") not in blamed:
            assert {(p.record, p.field) for p in by_stream.problems} == blamed
    return by_load


def test_example_streams_as_it_loads(tmp_path: Path) -> None:
    write_jsonl(list(example_dataset()), tmp_path / "data")
    assert compare(tmp_path / "data", tmp_path) is None


def test_toml_files_stream_too(tmp_path: Path) -> None:
    write_dataset(example_dataset(), tmp_path / "data")
    assert compare(tmp_path / "data", tmp_path) is None


# Ways to spoil one record's file form, each a check `load` makes.
def spoil(table: dict[str, Any], how: str) -> None:
    if how == "bad-id":
        table["id"] = "Not A Slug"
    elif how == "dangling":
        for key in ("participants", "about", "agreements", "parties"):
            if isinstance(table.get(key), list):
                table[key] = [*table[key], "no-such-record"]
                return
        table["citations"][0]["source"] = "no-such-source"
    elif how == "quote":
        table["citations"][0]["start"] += 1
        table["citations"][0]["end"] += 1
    elif how == "speaker":
        table["citations"][0]["speaker"] = "no-such-official"
    elif how == "missing":
        del table["citations"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    datasets(),
    st.sampled_from(["none", "duplicate", "drop", "bad-id", "dangling", "quote", "speaker", "missing"]),
    st.data(),
)
def test_streaming_accepts_and_rejects_as_load_does(ds: eca.Dataset, how: str, data: st.DataObject) -> None:
    records = list(ds)
    lines = [(eca.COLLECTIONS.of(type(r)).name, converter.unstructure(r)) for r in records]
    if records and how != "none":
        index = data.draw(st.integers(0, len(records) - 1))
        if how == "duplicate":
            lines.append(lines[index])
        elif how == "drop":
            del lines[index]
        else:
            spoil(lines[index][1], how)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_jsonl([r for r in records if isinstance(r, Source)], root / "data", "texts-only.jsonl")
        (root / "data" / "texts-only.jsonl").unlink()  # the texts stay, for the sources below
        body = "\n".join(json.dumps({c: t}, ensure_ascii=False) for c, t in lines) + "\n"
        (root / "data" / "data.jsonl").write_text(body, encoding="utf-8")
        compare(root / "data", root)


def test_a_bad_line_is_rejected_as_load_rejects_it(tmp_path: Path) -> None:
    path = write_jsonl(list(example_dataset()), tmp_path / "data")
    with path.open("a", encoding="utf-8") as stream:
        stream.write('{"events": [1, 2]\n')
    error = compare(tmp_path / "data", tmp_path)
    assert error is not None
    assert any("not valid JSON at line" in p.message for p in error.problems)


def test_nothing_is_written_when_rejected(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.parquet").write_bytes(b"old")
    records = [*example_dataset(), next(iter(example_dataset().events))]  # a duplicate id
    write_jsonl(records, tmp_path / "data")
    with pytest.raises(DataError, match="duplicate id"):
        load_to_parquet(tmp_path / "data", out)
    assert sorted(p.name for p in out.iterdir()) == ["events.parquet"]
    assert (out / "events.parquet").read_bytes() == b"old"


def test_a_bundled_record_cited_again_streams_as_it_loads(tmp_path: Path) -> None:
    # What accepting an `event-known` proposal writes: the bundled record, with a citation
    # of the user's own article added. `load` folds it into the bundled record; so must
    # the stream, rather than call it a duplicate id.
    text = "Mine: the forum took place again."
    data = tmp_path / "data"
    data.mkdir()
    (data / "mine.txt").write_text(text, encoding="utf-8")

    def cite(quote: str) -> dict[str, Any]:
        start = text.index(quote)
        return {"source": "mine", "quote": quote, "start": start, "end": start + len(quote)}

    bundled = eca.load()
    source = converter.unstructure(next(iter(bundled.sources)))
    source.update(id="mine", title="Mine", text_file="mine.txt", citations=[cite("Mine")])
    known = next(iter(bundled.events))
    again = converter.unstructure(known)
    again["citations"] = [*again["citations"], cite("the forum took place again")]
    (data / "mine.json").write_text(json.dumps({"sources": [source], "events": [again]}), encoding="utf-8")
    assert compare(data, tmp_path) is None
    events = pq.read_table(tmp_path / "streamed" / "events.parquet").to_pylist()
    (row,) = [row for row in events if row["id"] == known.id]
    assert len(row["citations"]) == len(known.citations) + 1
    assert len(events) == len(bundled.events)
