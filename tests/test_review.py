"""The loader's review rules: proposed records are refused, rejected skipped, accepted checked."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eucentralasia import DataError, _loading, converter, load
from eucentralasia._lazy import Lazy
from eucentralasia.testing import example_dataset, write_dataset

STATES = ("proposed", "accepted", "rejected")


@pytest.fixture
def example(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example dataset as the bundled data, so each test adds only its own records."""
    folder = tmp_path_factory.mktemp("bundled")
    write_dataset(example_dataset(), folder)

    def files() -> tuple[Path, list[Path]]:
        return folder, sorted(folder.glob("*.toml"))

    monkeypatch.setattr(_loading, "_bundled_files", files)
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    return folder


def event(record_id: str, **metadata: Any) -> dict[str, Any]:
    """An example event under a new id, with curation metadata."""
    table = dict(converter.unstructure(example_dataset().get("example-forum")))
    return {**table, "id": record_id, **metadata}


def write(folder: Path, *events: dict[str, Any], name: str = "mine.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(tomli_w.dumps({"events": list(events)}), encoding="utf-8")
    return path


def refused(path: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load(path)
    return [str(problem) for problem in info.value.problems]


def test_proposed_records_are_refused_with_one_problem_counting_them(example: Path, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        event("first", review="proposed", origin="figures", proposal="p1"),
        event("second", review="proposed", participants=["nobody-known"], date="2025-02-30"),
        event("third", review="accepted", origin="dates"),
    )
    (problem,) = refused(path)
    assert problem.startswith(f"{path}, field review: 2 proposed records await review")
    assert "events 'first', events 'second'" in problem
    assert '"accepted" or "rejected"' in problem


def test_a_reference_to_a_proposed_record_is_not_reported_as_dangling(example: Path, tmp_path: Path) -> None:
    path = write(tmp_path, event("first", review="proposed"))
    other = {**event("second"), "participants": ["first"]}
    write(tmp_path, other, name="other.toml")
    (problem,) = refused(tmp_path)
    assert "1 proposed record awaits review" in problem
    assert str(path) in problem


def test_rejected_records_are_never_read(example: Path, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {"id": "Not An Id", "review": "rejected", "participants": ["nobody"], "unknown": 1},
        event("example-forum", review="rejected", origin=3),  # a duplicate id too
        event("kept"),
    )
    ds = load(path)
    assert "kept" in ds.events
    assert ds.get("example-forum") == example_dataset().get("example-forum")
    assert "Not An Id" not in ds.events


def test_accepted_records_get_every_check_and_lose_the_metadata(example: Path, tmp_path: Path) -> None:
    good = write(tmp_path / "good", event("kept", review="accepted", origin="events", proposal="k1"))
    ds = load(good)
    assert ds.get("kept") == load(write(tmp_path / "plain", event("kept"))).get("kept")
    assert not hasattr(ds.get("kept"), "review")
    bad = write(tmp_path / "bad", event("kept", review="accepted", participants=["roman-vasilenko"]))
    (problem,) = refused(bad)
    assert "record 'kept', field participants[0]: no official or organization has id" in problem


@pytest.mark.parametrize(
    ("metadata", "field", "expected"),
    [
        ({"review": "maybe"}, "review", 'expected one of "proposed", "accepted", "rejected", got \'maybe\''),
        ({"review": True}, "review", "expected one of"),
        ({"review": "accepted", "origin": ""}, "origin", "expected non-empty text"),
        ({"proposal": 7}, "proposal", "expected non-empty text, got 7"),
    ],
)
def test_bad_curation_metadata_is_a_problem(
    example: Path, tmp_path: Path, metadata: dict[str, Any], field: str, expected: str
) -> None:
    (problem,) = refused(write(tmp_path, event("kept", **metadata)))
    assert f"record 'kept', field {field}: {expected}" in problem


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=25)
@given(st.lists(st.sampled_from((None, *STATES)), min_size=1, max_size=6), st.integers(1, 3))
def test_what_loads_is_what_review_allows(
    example: Path, tmp_path_factory: pytest.TempPathFactory, states: list[str | None], files: int
) -> None:
    folder = tmp_path_factory.mktemp("mine")
    by_file: dict[int, list[dict[str, Any]]] = {}
    for number, state in enumerate(states):
        table = event(f"mine-{number}")
        if state is not None:
            table.update(review=state, origin="a-rule", proposal=f"key-{number}")
        if state == "rejected":
            table["participants"] = ["nobody-at-all"]  # never read, never reported
        by_file.setdefault(number % files, []).append(table)
    for number, tables in by_file.items():
        write(folder, *tables, name=f"file-{number}.toml")
    proposed = [number for number, state in enumerate(states) if state == "proposed"]
    if proposed:
        problems = refused(folder)
        assert len(problems) == len({number % files for number in proposed})  # one per file
        counted = sum(int(p.split("field review: ")[1].split()[0]) for p in problems)
        assert counted == len(proposed)
        return
    ds = load(folder)
    mine = {record.id for record in ds.events if record.id.startswith("mine-")}
    assert mine == {f"mine-{n}" for n, state in enumerate(states) if state != "rejected"}


def test_the_bundled_data_carries_no_curation_metadata() -> None:
    import tomllib
    from importlib.resources import files

    for data_file in (files("eucentralasia") / "data").iterdir():
        if data_file.name.endswith(".toml"):
            for tables in tomllib.loads(data_file.read_text(encoding="utf-8")).values():
                for table in tables:
                    assert _loading.CURATION_KEYS.isdisjoint(table), (data_file.name, table.get("id"))


# -- a known record cited again -------------------------------------------------------------

ARTICLE = "Mine: the Astana International Forum took place again, as planned."


def mine(folder: Path, *events: dict[str, Any]) -> Path:
    """A data file of the user's own article (text beside it) and `events`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.txt").write_text(ARTICLE, encoding="utf-8")
    source = converter.unstructure(next(iter(example_dataset().sources)))
    source.update(id="mine", text_file="mine.txt", citations=[cited("Mine")], title="Mine")
    path = folder / "mine.toml"
    path.write_text(tomli_w.dumps({"sources": [source], "events": list(events)}), encoding="utf-8")
    return path


def cited(quote: str, source: str = "mine", text: str = ARTICLE) -> dict[str, Any]:
    start = text.index(quote)
    return {"source": source, "quote": quote, "start": start, "end": start + len(quote)}


def test_a_bundled_record_repeated_with_a_citation_of_the_users_article_gains_it(
    example: Path, tmp_path: Path
) -> None:
    known = example_dataset().get("example-forum")
    again = event("example-forum", review="accepted", origin="event-known")
    again["citations"] = [cited("the Astana International Forum took place again")]
    loaded = load(mine(tmp_path, again))
    forum = loaded.get("example-forum")
    assert forum.citations[:-1] == known.citations
    assert (forum.citations[-1].source, forum.citations[-1].quote) == ("mine", again["citations"][0]["quote"])
    assert len(loaded.events) == len(example_dataset().events)  # the same record, not a second one


@pytest.mark.parametrize("other_title", [True, False])
def test_a_bundled_record_repeated_otherwise_is_a_duplicate(
    example: Path, tmp_path: Path, other_title: bool
) -> None:
    again = event("example-forum", review="accepted")  # the bundled citations: nothing new
    if other_title:  # a new citation, but not the same record
        again.update(
            title="Another forum", citations=[cited("the Astana International Forum took place again")]
        )
    (problem,) = refused(mine(tmp_path, again))
    assert "duplicate id" in problem


def test_a_repeat_cannot_add_what_a_bundled_source_says(example: Path, tmp_path: Path) -> None:
    bundled = next(iter(example_dataset().sources))
    again = event("example-forum", review="accepted")
    again["citations"] = [*again["citations"], cited(bundled.text[:20], bundled.id, bundled.text)]
    (problem,) = refused(mine(tmp_path, again))
    assert "duplicate id" in problem


WORDS = list(re.finditer(r"\w+(?: \w+)?", ARTICLE))  # quotable spans of the user's article


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=25)
@given(
    st.lists(st.sampled_from(range(len(WORDS))), min_size=1, max_size=5),
    st.lists(st.booleans(), min_size=1, max_size=3),
)
def test_repeats_of_a_bundled_record_add_their_new_citations_once_in_order(
    example: Path, tmp_path_factory: pytest.TempPathFactory, picks: list[int], files: list[bool]
) -> None:
    # Oracle: the bundled record's citations, then each new one the first time it is seen,
    # whichever files the repeats stand in; the dataset has as many records as before.
    folder = tmp_path_factory.mktemp("mine")
    known = example_dataset().get("example-forum")
    quotes = [cited(WORDS[i].group()) for i in picks]
    mine(folder)
    tables = []
    for n, quote in enumerate(quotes):
        again = event("example-forum", review="accepted", origin="event-known")
        again["citations"] = [quote] if files[n % len(files)] else [*again["citations"], quote]
        tables.append(again)
    for n, table in enumerate(tables):
        write(folder, table, name=f"repeat-{n}.toml")
    loaded = load(folder)
    expected = list(known.citations)
    for quote in quotes:
        if quote not in [converter.unstructure(c) for c in expected]:
            expected.append(converter.structure(quote, type(known.citations[0])))
    assert list(loaded.get("example-forum").citations) == expected
    assert len(loaded.events) == len(example_dataset().events)
