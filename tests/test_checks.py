"""The cross-record checks (`_checks.check`): ids, references, citations' sources, speakers and quotes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import _schema as schema
from eucentralasia._checks import Entry, check, problems_by_record, repeats, sound
from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._release import release
from eucentralasia.testing import datasets, example_dataset


def entries(records: list[Any]) -> list[Entry]:
    return [Entry("f.toml", eca.COLLECTIONS.of(type(r)).name, r) for r in records]


def problems(records: list[Any], broken: dict[str, str] | None = None) -> list[tuple[str | None, str, str]]:
    return [(p.record, p.field, p.message) for p in check(entries(records), broken or {}, eca.COLLECTIONS)]


def with_citation(record: Any, **changes: object) -> Any:
    first = schema.evolve(record.citations[0], **changes)
    return schema.evolve(record, citations=(first, *record.citations[1:]))


EXAMPLE = list(example_dataset())
FORUM = example_dataset().events.get("example-forum")
OTHERS = [r for r in EXAMPLE if r.id != FORUM.id]


def test_the_example_dataset_has_no_problem() -> None:
    assert problems(EXAMPLE) == []


@pytest.mark.parametrize("side", ["prefix", "suffix"])
def test_a_context_that_is_not_beside_the_quote_is_a_problem(side: str) -> None:
    text = example_dataset().sources.get(FORUM.citations[0].source).text
    assert text is not None
    citation = FORUM.citations[0]
    right = (
        text[citation.end : citation.end + 4]
        if side == "suffix"
        else text[citation.start - 4 : citation.start]
    )
    assert problems([*OTHERS, with_citation(FORUM, **{side: right})]) == []
    found = problems(
        [*OTHERS, with_citation(FORUM, **{side: right + "x" if side == "suffix" else "x" + right})]
    )
    assert [(record, field) for record, field, _ in found] == [(FORUM.id, f"citations[0].{side}")]


def test_a_quote_off_its_span_is_a_problem() -> None:
    citation = FORUM.citations[0]
    moved = with_citation(FORUM, start=citation.start + 1, end=citation.end + 1)
    [(record, field, message)] = problems([*OTHERS, moved])
    assert (record, field) == (FORUM.id, "citations[0].quote")
    assert f"it stands at {citation.start}" in message


def test_a_citation_whose_speaker_is_unknown_or_no_actor_is_a_problem() -> None:
    assert problems([*OTHERS, with_citation(FORUM, speaker="example-tokayev")]) == []
    [(record, field, message)] = problems([*OTHERS, with_citation(FORUM, speaker="example-tokaev")])
    assert (record, field) == (FORUM.id, "citations[0].speaker")
    assert message.startswith(
        "no official or organization has id 'example-tokaev'; did you mean 'example-tokayev'"
    )
    [(_, _, message)] = problems([*OTHERS, with_citation(FORUM, speaker="example-summit")])
    assert message == "expected the id of an official or organization, but 'example-summit' is in events"


def test_a_citation_of_an_unknown_or_broken_source() -> None:
    [(_, field, message)] = problems([*OTHERS, with_citation(FORUM, source="example-articel")])
    assert field == "citations[0].source"
    assert "did you mean 'example-article'?" in message
    # A source that failed to structure was reported already: its citations are not.
    assert problems([*OTHERS, with_citation(FORUM, source="lost")], {"lost": "sources"}) == []
    [(_, _, message)] = problems([*OTHERS, with_citation(FORUM, source="example-summit")])
    assert message == "expected the id of a source, but 'example-summit' is in events"


def test_duplicate_ids_are_reported_once_each_after_the_first() -> None:
    found = problems([*EXAMPLE, FORUM, FORUM])
    assert found == [(FORUM.id, "id", "duplicate id: f.toml already has a record with this id in events")] * 2


@given(st.lists(st.sampled_from("abcd"), max_size=12))
def test_repeats_pairs_each_later_item_with_the_first_of_its_id(ids: list[str]) -> None:
    """Against a linear scan: an item repeats when an earlier item has its id."""
    items = list(enumerate(ids))  # (position, id): equal ids, distinct items
    first, again = repeats(items, lambda item: item[1])
    assert list(first.items()) == [(i, (ids.index(i), i)) for i in dict.fromkeys(ids)]
    expected = [((ids.index(i), i), (n, i)) for n, i in items if ids.index(i) < n]
    assert again == expected


def test_a_record_set_refuses_a_repeated_id() -> None:
    with pytest.raises(ValueError, match="duplicate id 'example-forum'"):
        eca.RecordSet(eca.Event, [FORUM, *example_dataset().events])
    assert eca.RecordSet(eca.Event, [FORUM]).ids == (FORUM.id,)


def test_references_to_broken_records_and_countries_in_mentions_pass() -> None:
    summit = example_dataset().events.get("example-summit")
    broken = schema.evolve(summit, participants=("gone",))
    assert problems([*[r for r in EXAMPLE if r.id != summit.id], broken], {"gone": "officials"}) == []
    [(_, field, message)] = problems([*[r for r in EXAMPLE if r.id != summit.id], broken])
    assert (field, message) == ("participants[0]", "no official or organization has id 'gone'")
    statement = eca.Statement(
        id="example-said",
        speaker="example-tokayev",
        kind=eca.StatementKind.CLAIM,
        summary="Tokayev spoke.",
        about=("KZ", "example-forum"),
        citations=FORUM.citations,
    )
    assert problems([*EXAMPLE, statement]) == []
    [(_, field, message)] = problems([*EXAMPLE, schema.evolve(statement, about=("KZ", "no-such"))])
    assert (field, message) == ("about[1]", "no record has id 'no-such'")


@given(datasets(max_per_kind=3), st.data())
def test_a_consistent_dataset_has_no_problem_and_a_dropped_record_dangles(
    ds: eca.Dataset, data: st.DataObject
) -> None:
    every = list(ds)
    assert check(entries(every), {}, ds.registry) == []
    # The records another record refers to or cites (a source cites itself too); a
    # mention of a country code needs no record.
    referred = {ref for record in every for _, ref, _ in schema.references_of(record) if ref != record.id}
    referred |= {
        c.source for record in every for _, c in schema.citations_of(record) if c.source != record.id
    }
    candidates = (referred & {record.id for record in every}) - set(COUNTRY_NAMES)
    if candidates:
        gone = data.draw(st.sampled_from(sorted(candidates)))
        found = check(entries([r for r in every if r.id != gone]), {}, ds.registry)
        assert found
        assert all(repr(gone) in p.message for p in found)
        assert check(entries([r for r in every if r.id != gone]), {gone: "x"}, ds.registry) == []


def test_every_problem_names_its_file_and_every_citation_is_checked() -> None:
    text = example_dataset().sources.get("example-article").text
    assert text is not None
    first, second = eca.Citation.of("example-article", text, "Astana"), FORUM.citations[0]
    bad = schema.evolve(second, start=second.start + 1, end=second.end + 1)
    # A first citation whose source is unknown, or has no text, leaves the next one checked.
    for source in ("example-articel", "example-summit"):
        record = schema.evolve(FORUM, citations=(schema.evolve(first, source=source), bad))
        found = check(entries([*OTHERS, record]), {}, eca.COLLECTIONS)
        assert [(p.file, p.field) for p in found] == [
            ("f.toml", "citations[0].source"),
            ("f.toml", "citations[1].quote"),
        ]
    textless = schema.evolve(example_dataset().sources.get("example-article"), id="example-other", text=None)
    record = schema.evolve(FORUM, citations=(schema.evolve(first, source="example-other"), bad))
    found = check(entries([*OTHERS, textless, record]), {}, eca.COLLECTIONS)
    assert [(p.file, p.record, p.field) for p in found] == [("f.toml", FORUM.id, "citations[1].quote")]


def test_suggestions_list_the_close_ids_and_stop_after_fifty() -> None:
    summit = example_dataset().events.get("example-summit")
    rest = [r for r in EXAMPLE if r.id != summit.id]
    [(_, _, message)] = problems([*rest, schema.evolve(summit, participants=("example-tokayevv",))])
    assert message.endswith("did you mean 'example-tokayev', 'example-sikela'?")
    strays = [
        schema.evolve(summit, id=f"example-summit-{n}", participants=("example-tokayevv",)) for n in range(51)
    ]
    found = problems([*rest, *strays])
    assert len(found) == 51
    assert ["did you mean" in message for _, _, message in found] == [True] * 50 + [False]


def test_a_duplicate_or_a_retired_id_is_a_problem_of_its_file() -> None:
    found = check([*entries(EXAMPLE), Entry("g.toml", "events", FORUM)], {}, eca.COLLECTIONS)
    assert [(p.file, p.record, p.field) for p in found] == [("g.toml", FORUM.id, "id")]
    retired = next(iter(sorted(release().redirects.values(), key=lambda r: r.id)))
    reused = schema.evolve(FORUM, id=retired.id)
    found = check([*entries(OTHERS), Entry("g.toml", "events", reused)], {}, eca.COLLECTIONS)
    assert [(p.file, p.record, p.field, p.message) for p in found] == [
        ("g.toml", retired.id, "id", f"the id was retired and may not be reused ({retired.describe()})")
    ]


def spoiled(every: list[Any], how: str, data: st.DataObject) -> list[Any]:
    """`every` with one thing changed that the checks look at, which may or may not break it."""
    if not every or how == "none":
        return every
    index = data.draw(st.integers(0, len(every) - 1))
    record = every[index]
    ids = sorted({r.id for r in every} | {"no-such-record", "KZ"})
    if how == "drop":
        return every[:index] + every[index + 1 :]
    if how == "duplicate":
        return [*every, record]
    if how == "retired":
        retired = sorted(release().redirects)
        return [
            *every[:index],
            schema.evolve(record, id=data.draw(st.sampled_from(retired))),
            *every[index + 1 :],
        ]
    if how == "id":  # another record's id (or one no record has): duplicates, wrong kinds, dangling
        changed = schema.evolve(record, id=data.draw(st.sampled_from(ids).filter(lambda i: i != "KZ")))
        return [*every[:index], changed, *every[index + 1 :]]
    citation = record.citations[0]
    if how == "shift":
        change: dict[str, object] = {"start": citation.start + 1, "end": citation.end + 1}
    elif how == "context":
        change = {
            data.draw(st.sampled_from(["prefix", "suffix"])): data.draw(st.sampled_from(["a", " ", "x y"]))
        }
    else:  # a citation's source or speaker: any id, a right one or not
        change = {how: data.draw(st.sampled_from(ids).filter(lambda i: i != "KZ"))}
    return [*every[:index], with_citation(record, **change), *every[index + 1 :]]


@given(
    datasets(max_per_kind=3),
    st.sampled_from(["none", "drop", "duplicate", "retired", "id", "shift", "context", "source", "speaker"]),
    st.data(),
)
def test_the_bulk_check_passes_exactly_what_the_record_by_record_check_passes(
    ds: eca.Dataset, how: str, data: st.DataObject
) -> None:
    every = entries(spoiled(list(ds), how, data))
    found = problems_by_record(every, {}, ds.registry)
    assert sound(every) == (not found), found
    assert check(every, {}, ds.registry) == found
