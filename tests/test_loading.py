"""`load`: the bundled data and a user's own files, every check, all or nothing."""

from __future__ import annotations

import os
import threading
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import DataError, Dataset, Problem, _loading, converter, load
from eucentralasia._lazy import Lazy
from eucentralasia.testing import datasets, example_dataset, write_dataset

COLLECTIONS = list(_loading.COLLECTIONS)
# The fixtures are safe to share between examples: `bundled` stays empty and `fresh` hands
# out a new folder on every call.
given_files = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
# Each example writes and reads a whole dataset: half the profile's examples will do.
given_files_slowly = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    max_examples=max(10, settings.default.max_examples // 2),
)


@pytest.fixture
def bundled(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Point the bundled data at an empty folder, so tests choose every record loaded."""
    folder = tmp_path_factory.mktemp("bundled")

    def files() -> tuple[Path, list[Path]]:
        return folder, sorted(folder.glob("*.toml"))

    monkeypatch.setattr(_loading, "_bundled_files", files)
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    return folder


@pytest.fixture
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    """A new empty folder on every call."""
    return lambda: tmp_path_factory.mktemp("data")


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The example dataset written as data files."""
    folder = tmp_path / "example"
    folder.mkdir()
    write_dataset(example_dataset(), folder)
    return folder


def same_texts(a: Dataset, b: Dataset) -> bool:
    # Source.text is left out of equality; a loader must still read it right.
    return [s.text for s in a.sources] == [s.text for s in b.sources]


def problems(paths: list[Path | str]) -> tuple[Problem, ...]:
    with pytest.raises(DataError) as info:
        load(paths)
    assert isinstance(info.value, ValueError)
    return info.value.problems


def only_problem(paths: list[Path | str]) -> Problem:
    found = problems(paths)
    assert len(found) == 1, found
    return found[0]


def write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    return path


def table(record_id: str) -> dict[str, Any]:
    """The file form of an example record."""
    return dict(converter.unstructure(example_dataset().get(record_id)))


# -- the bundled data ----------------------------------------------------------------------


def test_the_bundled_data_loads_once_as_one_object() -> None:
    ds = load()
    assert isinstance(ds, Dataset)
    assert load() is ds
    assert load([]) is ds
    for source in ds.sources:
        assert source.text is not None


def test_an_empty_or_absent_bundled_folder_loads_as_an_empty_dataset(
    bundled: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert len(load()) == 0
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    monkeypatch.setattr(_loading, "_bundled_files", lambda: (tmp_path / "absent", []))
    assert len(load()) == 0


def test_many_threads_loading_at_once_get_the_same_object(bundled: Path) -> None:
    write_dataset(example_dataset(), bundled)
    barrier = threading.Barrier(16)
    results: list[Dataset] = []

    def call() -> None:
        barrier.wait()
        results.append(load())

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 16
    assert all(result is results[0] for result in results)
    assert results[0] == example_dataset()


def test_bundled_files_are_named_as_bundled(bundled: Path, example: Path) -> None:
    write_dataset(example_dataset(), bundled)
    found = problems([example / "events.toml"])
    assert [p.record for p in found] == ["example-forum", "example-summit"]
    for problem in found:
        assert problem.file == str(example / "events.toml")
        assert "<bundled>/events.toml already has a record with this id" in problem.message


def test_broken_bundled_data_is_a_data_error_too(bundled: Path) -> None:
    (bundled / "events.toml").write_text("[[events]]\nid = 1\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"<bundled>/events\.toml"):
        load()


# -- round trips and order ------------------------------------------------------------------


@given_files
@given(datasets())
def test_a_written_dataset_loads_back_equal(bundled: Path, fresh: Callable[[], Path], ds: Dataset) -> None:
    folder = fresh()
    write_dataset(ds, folder)
    loaded = load([folder])
    assert loaded == ds
    assert same_texts(loaded, ds)


@given_files
@given(datasets(), st.data())
def test_loading_a_then_b_equals_loading_b_then_a(
    bundled: Path, fresh: Callable[[], Path], ds: Dataset, data: st.DataObject
) -> None:
    records = list(ds)
    in_a = data.draw(st.lists(st.booleans(), min_size=len(records), max_size=len(records)))
    a, b = fresh(), fresh()
    write_dataset([r for r, first in zip(records, in_a, strict=True) if first], a)
    write_dataset([r for r, first in zip(records, in_a, strict=True) if not first], b)
    ab, ba = load([a, b]), load([b, a])
    assert ab == ba == ds
    assert same_texts(ab, ba)


def test_a_single_path_and_nested_folders(bundled: Path, example: Path, tmp_path: Path) -> None:
    nested = tmp_path / "outer"
    (nested / "inner").mkdir(parents=True)
    (example / "sources.toml").rename(nested / "inner" / "sources.toml")
    (example / "example-article.txt").rename(nested / "inner" / "example-article.txt")
    assert load([example, nested]) == example_dataset()
    assert load(nested) == Dataset(example_dataset().sources)  # one path, not a list
    assert load(str(nested)) == Dataset(example_dataset().sources)


def test_a_file_named_twice_counts_once(bundled: Path, example: Path) -> None:
    assert load([example, example / "events.toml", example]) == example_dataset()


def test_edited_files_are_read_afresh(bundled: Path, example: Path) -> None:
    first = load([example])
    event = table("example-forum") | {"title": "Renamed"}
    write(example / "events.toml", {"events": [event, table("example-summit")]})
    second = load([example])
    assert first.get("example-forum").title == "Astana International Forum"  # type: ignore[union-attr]
    assert second.get("example-forum").title == "Renamed"  # type: ignore[union-attr]


# -- a failed load changes nothing ------------------------------------------------------------


def test_a_failed_load_leaves_the_bundled_dataset_unchanged(bundled: Path, example: Path) -> None:
    write_dataset(example_dataset(), bundled)
    before = load()
    write(example / "events.toml", {"events": [table("example-forum") | {"id": "new-one", "kind": "party"}]})
    with pytest.raises(DataError):
        load([example])
    assert load() is before
    assert before == example_dataset()


def test_every_problem_is_reported_at_once(bundled: Path, example: Path) -> None:
    write(
        example / "events.toml",
        {
            "events": [
                table("example-forum") | {"kind": "party"},
                table("example-summit") | {"participants": ["nobody"], "date": "2025-02-30"},
            ]
        },
    )
    (example / "more.toml").write_text("not = [toml", encoding="utf-8")
    found = problems([example])
    assert {(p.record, p.field) for p in found} >= {
        ("example-forum", "kind"),
        ("example-summit", "date"),
        (None, ""),
    }
    message = str(DataError(found))
    assert message.startswith(f"{len(found)} problems in the data:")


# -- garbage in, DataError out --------------------------------------------------------------


def load_garbage(path: Path) -> None:
    """Load `path`; it must either load or raise DataError and nothing else."""
    try:
        load([path])
    except DataError as exc:
        error = exc
    else:
        return
    assert error.problems
    for problem in error.problems:
        assert problem.file
        assert problem.message


@given_files
@given(st.binary(max_size=300))
def test_random_bytes_are_a_data_error(bundled: Path, fresh: Callable[[], Path], data: bytes) -> None:
    path = fresh() / "garbage.toml"
    path.write_bytes(data)
    load_garbage(path)


toml_values = st.recursive(
    st.one_of(
        st.text(max_size=10),
        st.integers(),
        st.floats(allow_nan=False),
        st.booleans(),
        st.dates(),
        st.sampled_from(["2025-02", "KZ", "summit", "held", "stated", "e1", "s1"]),
    ),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "title", "kind", "date", "citations", "source", "x"]), children, max_size=4
        )
    ),
    max_leaves=12,
)
table_keys = st.sampled_from(["id", "title", "kind", "status", "citations", "x"])
random_tables = st.dictionaries(table_keys, toml_values)
documents = st.dictionaries(
    st.sampled_from([*_loading.COLLECTIONS, "bogus"]),
    st.lists(random_tables, max_size=3) | toml_values,
    max_size=3,
)


@given_files
@given(documents)
def test_random_toml_is_a_data_error(
    bundled: Path, fresh: Callable[[], Path], document: dict[str, Any]
) -> None:
    path = fresh() / "random.toml"
    try:
        text = tomli_w.dumps(document)
    except (TypeError, ValueError):
        return  # e.g. a nested array of tables tomli-w will not write
    path.write_text(text, encoding="utf-8")
    if any(tables for tables in document.values()):
        with pytest.raises(DataError):
            load([path])
    else:
        load_garbage(path)


def mutations(ds: Dataset) -> st.SearchStrategy[tuple[str, Callable[[dict[str, Any]], None]]]:
    """Ways to break one record table, each certain to make it invalid."""

    def drop(key: str) -> Callable[[dict[str, Any]], None]:
        return lambda t: t.pop(key)

    def wrong_type(key: str) -> Callable[[dict[str, Any]], None]:
        def mutate(t: dict[str, Any]) -> None:
            value = t[key]
            # Each replacement is of a type no field of that kind accepts.
            t[key] = [1, 2] if isinstance(value, str) else "x" if isinstance(value, (int, list)) else 5

        return mutate

    def unknown_key(t: dict[str, Any]) -> None:
        t["colour"] = "red"

    def bad_date(t: dict[str, Any]) -> None:
        for key in ("date", "period", "published"):
            t[key] = "2025-02-30"
            t[f"{key}_basis"] = "stated"

    def bad_span(t: dict[str, Any]) -> None:
        citation = t["citations"][0]
        text = ds.get(citation["source"]).text  # type: ignore[union-attr]
        citation["start"] = len(text) + 5
        citation["end"] = citation["start"] + len(citation["quote"])

    def bad_reference(t: dict[str, Any]) -> None:
        t["citations"][0]["source"] = "no-such-source-x"

    required = st.sampled_from(["id", "citations"])
    return st.one_of(
        required.map(lambda k: (f"drop {k}", drop(k))),
        st.sampled_from(["id", "citations"]).map(lambda k: (f"retype {k}", wrong_type(k))),
        st.just(("unknown key", unknown_key)),
        st.just(("bad date", bad_date)),
        st.just(("bad span", bad_span)),
        st.just(("bad reference", bad_reference)),
    )


@given_files_slowly
@given(datasets(), st.data())
def test_mutated_records_are_a_data_error(
    bundled: Path, fresh: Callable[[], Path], ds: Dataset, data: st.DataObject
) -> None:
    folder = fresh()
    files = [(path, name) for path, name in zip(write_dataset(ds, folder), COLLECTIONS, strict=True)]
    path = data.draw(st.sampled_from([path for path, name in files if getattr(ds, name)]))
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    ((collection, tables),) = document.items()
    number = data.draw(st.integers(0, len(tables) - 1))
    name, mutate = data.draw(mutations(ds))
    if name == "bad date" and collection in ("officials", "organizations"):
        name, mutate = "unknown key", lambda t: t.update(colour="red")
    mutate(tables[number])
    write(path, document)
    with pytest.raises(DataError) as info:
        load([folder])
    assert str(path) in str(info.value), name


# -- one test per kind of bad input -----------------------------------------------------------


def assert_names(problem: Problem, file: Path | str, record: str | None, field: str, *words: str) -> None:
    text = str(DataError([problem]))
    assert problem.file == str(file)
    assert problem.record == record
    assert problem.field == field
    for part in (str(file), field, *words, *([f"'{record}'"] if record else [])):
        assert part in text, (part, text)


def test_not_utf8(bundled: Path, tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'[[events]]\ntitle = "Caf\xe9"\n')
    assert_names(only_problem([path]), path, None, "", "not UTF-8", "byte 0xe9 at line 2, column 13")


def test_not_toml(bundled: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[[events]]\nid = "a"\ntitle = \n', encoding="utf-8")
    assert_names(only_problem([path]), path, None, "", "not valid TOML", "line 3, column 9")


def test_unknown_collection(bundled: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "x.toml", {"meetings": [{"id": "a"}]})
    problem = only_problem([path])
    assert_names(problem, path, None, "meetings", "unknown collection", "expected one of sources")


@pytest.mark.parametrize("value", [{"id": "a"}, 5, ["a"]])
def test_a_collection_that_is_not_an_array_of_tables(bundled: Path, tmp_path: Path, value: Any) -> None:
    path = write(tmp_path / "x.toml", {"events": value})
    field = "events[0]" if isinstance(value, list) else "events"
    assert_names(only_problem([path]), path, None, field, "[[events]]")


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"colour": "red"}, "", ("unknown field colour", "expected only id, title")),
        ({"kind": "party"}, "kind", ("expected one of meeting",)),
        ({"title": 5}, "title", ("expected text, got 5",)),
        ({"date": "2025-02-30"}, "date", ("February 2025 has no day 30",)),
        ({"countries": ["XX"]}, "countries[0]", ("ISO 3166-1",)),
        ({"countries": "KZ"}, "countries", ("expected a list",)),
        ({"location": {"place": "Astana"}}, "location.country", ("required field is missing",)),
        ({"date_basis": "guessed"}, "date_basis", ("expected one of stated",)),
        (
            {"citations": [{"source": "example-article", "quote": "Example", "start": 0, "end": 3}]},
            "citations[0].end",
            ("expected start + length of quote",),
        ),
    ],
)
def test_schema_errors_name_file_record_and_field(
    bundled: Path, example: Path, change: dict[str, Any], field: str, words: tuple[str, ...]
) -> None:
    events = [table("example-forum") | change, table("example-summit")]
    path = write(example / "events.toml", {"events": events})
    assert_names(only_problem([example]), path, "example-forum", field, *words)


def test_a_record_without_an_id_is_found_by_its_place(bundled: Path, example: Path) -> None:
    forum = table("example-forum")
    del forum["id"]
    path = write(example / "events.toml", {"events": [table("example-summit"), forum]})
    assert_names(only_problem([example]), path, None, "events[1].id", "required field is missing")


def test_a_bad_currency_code(bundled: Path, example: Path) -> None:
    figure = table("example-trade-2024") | {"unit": "EUX"}
    path = write(example / "trade_figures.toml", {"trade_figures": [figure]})
    assert_names(only_problem([example]), path, "example-trade-2024", "unit", "ISO 4217")


def test_duplicate_ids_name_both_files(bundled: Path, example: Path) -> None:
    extra = write(example / "more" / "again.toml", {"events": [table("example-forum")]})
    problem = only_problem([example])
    assert_names(problem, extra, "example-forum", "id", "duplicate id", str(example / "events.toml"))


def test_duplicate_ids_across_collections(bundled: Path, example: Path) -> None:
    clash = table("example-commission") | {"id": "example-forum"}
    path = write(example / "organizations.toml", {"organizations": [table("example-commission"), clash]})
    assert_names(
        only_problem([example]),
        path,
        "example-forum",
        "id",
        f"{example / 'events.toml'} already has a record with this id in events",
    )


ACTOR = "official or organization"


@pytest.mark.parametrize(
    ("file", "record_id", "change", "field", "wanted"),
    [
        ("events", "example-forum", {"participants": ["nobody"]}, "participants[0]", ACTOR),
        ("events", "example-forum", {"agreements": ["no-deal"]}, "agreements[0]", "agreement"),
        ("agreements", "example-epca", {"participants": ["nobody"]}, "participants[0]", ACTOR),
        ("organizations", "example-commission", {"parent": "no-parent"}, "parent", "organization"),
        ("sources", "example-article", {"interviewee": "nobody"}, "interviewee", "official"),
    ],
)
def test_dangling_references(
    bundled: Path, example: Path, file: str, record_id: str, change: dict[str, Any], field: str, wanted: str
) -> None:
    path = write(example / f"{file}.toml", {file: [table(record_id) | change]})
    others = [r for r in getattr(example_dataset(), file) if r.id != record_id]
    if others:
        write(path, {file: [table(record_id) | change, *(table(r.id) for r in others)]})
    assert_names(only_problem([example]), path, record_id, field, f"no {wanted} has id")


def test_dangling_milestone_event(bundled: Path, example: Path) -> None:
    epca = table("example-epca")
    epca["milestones"][1]["event"] = "no-event"
    path = write(example / "agreements.toml", {"agreements": [epca]})
    assert_names(only_problem([example]), path, "example-epca", "milestones[1].event", "no event has id")


def test_dangling_role_organization_and_source(bundled: Path, example: Path) -> None:
    sikela = table("example-sikela")
    sikela["roles"][0] |= {"organization": "no-org", "source": "no-source"}
    path = write(example / "officials.toml", {"officials": [sikela, table("example-tokayev")]})
    found = problems([example])
    assert [(p.file, p.record, p.field) for p in found] == [
        (str(path), "example-sikela", "roles[0].organization"),
        (str(path), "example-sikela", "roles[0].source"),
    ]


def test_dangling_citation_sources(bundled: Path, example: Path) -> None:
    epca = table("example-epca")
    epca["citations"][0]["source"] = "no-source"
    epca["milestones"][0]["citations"][0]["source"] = "no-sourse"
    path = write(example / "agreements.toml", {"agreements": [epca]})
    found = problems([example])
    assert [(p.file, p.record, p.field) for p in found] == [
        (str(path), "example-epca", "citations[0].source"),
        (str(path), "example-epca", "milestones[0].citations[0].source"),
    ]
    assert "no source has id 'no-source'" in found[0].message


def test_a_reference_to_the_wrong_kind_of_record(bundled: Path, example: Path) -> None:
    path = write(
        example / "events.toml",
        {"events": [table("example-forum") | {"participants": ["example-epca"]}, table("example-summit")]},
    )
    assert_names(
        only_problem([example]), path, "example-forum", "participants[0]", "'example-epca' is in agreements"
    )


def test_suggestions_for_a_misspelt_reference(bundled: Path, example: Path) -> None:
    path = write(
        example / "events.toml",
        {"events": [table("example-forum") | {"participants": ["example-tokaev"]}, table("example-summit")]},
    )
    problem = only_problem([example])
    assert problem.file == str(path)
    assert "did you mean 'example-tokayev'" in problem.message


def test_a_reference_to_a_broken_record_is_not_reported_twice(bundled: Path, example: Path) -> None:
    tokayev = table("example-tokayev") | {"country": "XX"}
    write(example / "officials.toml", {"officials": [tokayev, table("example-sikela")]})
    problem = only_problem([example])
    assert (problem.record, problem.field) == ("example-tokayev", "country")


def test_a_quote_not_at_its_span(bundled: Path, example: Path) -> None:
    forum = table("example-forum")
    citation = forum["citations"][0]
    citation |= {"start": citation["start"] + 1, "end": citation["end"] + 1}
    path = write(example / "events.toml", {"events": [forum, table("example-summit")]})
    assert_names(only_problem([example]), path, "example-forum", "citations[0].quote", "it stands at")


@pytest.mark.parametrize(
    ("text_file", "words"),
    [
        ("missing.txt", "No such file or directory"),
        ("/etc/hostname", "expected a path relative to the data file's folder, inside it"),
        ("C:/Windows/win.ini", "expected a path relative to the data file's folder, inside it"),
        ("../outside.txt", "expected a path relative to the data file's folder, inside it"),
        ("sub/../../outside.txt", "expected a path relative to the data file's folder, inside it"),
        ("sub\\..\\..\\outside.txt", "expected a path relative to the data file's folder, inside it"),
        ("link.txt", "leads outside the data file's folder"),
        ("latin1.txt", "not UTF-8 text"),
        (".", "the path of a file (not a folder)"),
        ("loop.txt", "loop"),
        ("empty.txt", "its text: expected non-empty text, got ''"),
    ],
)
def test_bad_text_files(bundled: Path, example: Path, text_file: str, words: str) -> None:
    (example.parent / "outside.txt").write_text("Example Gazette, 30 May 2025", encoding="utf-8")
    os.symlink(example.parent / "outside.txt", example / "link.txt")
    os.symlink(example / "loop.txt", example / "loop.txt")
    (example / "latin1.txt").write_bytes(b"Caf\xe9")
    (example / "empty.txt").write_bytes(b"")
    path = write(example / "sources.toml", {"sources": [table("example-article") | {"text_file": text_file}]})
    assert_names(only_problem([example]), path, "example-article", "text_file", words)


def test_a_symlink_inside_the_folder_is_fine(bundled: Path, example: Path) -> None:
    (example / "texts").mkdir()
    (example / "example-article.txt").rename(example / "texts" / "real.txt")
    os.symlink(example / "texts" / "real.txt", example / "example-article.txt")
    assert load([example]) == example_dataset()


def test_missing_paths_and_empty_folders(bundled: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = problems([tmp_path / "absent.toml", tmp_path / "empty", ""])
    assert [(p.file, p.message) for p in found] == [
        (str(tmp_path / "absent.toml"), "no such file or folder"),
        (str(tmp_path / "empty"), "the folder holds no .toml, .json or .jsonl data files"),
        ("", "an empty path names no file or folder"),
    ]


def test_the_dataset_in_hand_is_unchanged_by_a_failed_load(bundled: Path, example: Path) -> None:
    ds = load([example])
    write(example / "events.toml", {"events": [table("example-forum") | {"kind": "party"}]})
    with pytest.raises(DataError):
        load([example])
    assert ds == example_dataset()


def test_no_traceback_from_cattrs_escapes(bundled: Path, example: Path) -> None:
    weird: list[dict[str, Any]] = [
        table("example-forum") | {"location": "Astana"},
        table("example-summit") | {"citations": [["x"]]},
    ]
    path = write(example / "events.toml", {"events": weird})
    found = problems([example])
    assert {(p.file, p.record, p.field, p.message) for p in found} == {
        (str(path), "example-forum", "location", "expected a table of Location fields, got 'Astana'"),
        (str(path), "example-summit", "citations[0]", "expected a table of Citation fields, got ['x']"),
    }


def test_the_public_names() -> None:
    assert eca.load is load
    assert eca.__version__
    with pytest.raises(AttributeError):
        eca.no_such_name  # noqa: B018
