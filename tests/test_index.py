"""The indexes behind queries (`_index`), each against a scan of every record: dates, text, fields, names."""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import _index
from eucentralasia import _schema as schema
from eucentralasia._dates import DateValue, parse_date
from eucentralasia._search import fold
from eucentralasia.testing import datasets, date_values, example_dataset


def test_a_query_holding_the_label_separator_never_matches_across_labels() -> None:
    # The index joins an official's labels with "\x00": "Tokayev\x00Kassym" spans the
    # name and the alias in the joined text, but no one label holds it.
    tokayev = example_dataset().officials.get("example-tokayev")
    official = eca.Official(
        id=tokayev.id, name="Kassym-Jomart Tokayev", aliases=("Tokayev",), citations=tokayev.citations
    )
    others = [
        eca.Official(id=f"official-{n}", name=f"Official {n}", citations=tokayev.citations) for n in range(9)
    ]
    officials = eca.RecordSet(eca.Official, [official, *others])
    assert officials.find("Tokayev").ids == (official.id,)
    for text in ("tokayev\x00tokayev", "example-tokayev\x00example tokayev", "\x00"):
        assert officials.find(text).ids == ()
        # A few records of many are tested one by one, the separator rule the same.
        assert officials.find("Tokayev").find(text).ids == ()


# -- the date index against a scan of every record's dates ------------------------------

Spans = list[list[tuple[int, int]]]  # per record, its dates as (first day, last day) ordinals


class _Dated:
    """A stand-in record: the date index reads its dates through `schema.dates_of`."""

    def __init__(self, dates: tuple[DateValue, ...]) -> None:
        self.dates = dates


def _date_index(dates: list[tuple[DateValue, ...]]) -> _index._DateIndex:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "dates_of", lambda record: record.dates)
        return _index._DateIndex([_Dated(d) for d in dates])


def _overlapping(dates: list[tuple[DateValue, ...]], lo: int, hi: int) -> list[int]:
    return [
        position
        for position, values in enumerate(dates)
        if any(d.start().toordinal() <= hi and d.end().toordinal() >= lo for d in values)
    ]


few_years = date_values(min_year=2000, max_year=2003)
windows = st.tuples(st.dates(_dt.date(1999, 6, 1), _dt.date(2004, 6, 1)), st.integers(-40, 800))


@settings(max_examples=150)
@given(
    st.lists(st.lists(few_years, max_size=3).map(tuple), max_size=40),
    st.lists(windows, min_size=1, max_size=4),
)
def test_the_date_index_finds_exactly_the_records_a_scan_finds(
    dates: list[tuple[DateValue, ...]], asked: list[tuple[_dt.date, int]]
) -> None:
    index = _date_index(dates)
    assert index.single == all(len(values) <= 1 for values in dates)
    for day, length in asked:
        lo, hi = day.toordinal(), day.toordinal() + length  # an empty window too (hi < lo)
        expected = _overlapping(dates, lo, hi)
        runs = index.runs(lo, hi)
        assert index.positions(runs, lo) == expected
        found = index.search(runs, lo)
        assert sorted(set(found)) == expected
        if index.single:
            assert sorted(found) == expected  # each record at most once
        assert [p for p in range(len(dates)) if index.overlaps(p, lo, hi)] == expected
        for number, a, m, b in runs:  # the runs are ranges of their class, sure ones last
            assert 0 <= a <= m <= b <= len(index.classes[number][2])


def test_the_date_index_groups_spans_by_power_of_two_length() -> None:
    day, three_days, month = (
        parse_date("2024-05-02"),
        parse_date("2024-05-01/2024-05-03"),
        parse_date("2024-05"),
    )
    index = _date_index([(month,), (day,), (three_days, day)])
    assert [(shortest, longest) for shortest, longest, *_ in index.classes] == [(0, 0), (2, 2), (30, 30)]
    assert list(index.classes[0][4]) == [1, 2]  # by first day, then position
    assert index.spans[2] == (*_days(three_days), *_days(day))
    assert not index.single


def test_a_date_starting_before_the_sure_run_is_checked_by_its_last_day() -> None:
    # February 2024 (a span of 28 days) and March (30) share a class; a window opening on
    # March's last day reaches back past what the class's shortest span makes sure.
    february, march = parse_date("2024-02"), parse_date("2024-03")
    index = _date_index([(february,), (march,)])
    for lo, expected in [
        ("2024-03-31", [1]),
        ("2024-03-30", [1]),
        ("2024-04-01", []),
        ("2024-02-29", [0, 1]),
    ]:
        day = parse_date(lo).start().toordinal()
        assert index.positions(index.runs(day, day + 3), day) == expected, lo
        assert sorted(index.search(index.runs(day, day + 3), day)) == expected


def _days(date: DateValue) -> tuple[int, int]:
    return date.start().toordinal(), date.end().toordinal()


# -- the text index against a scan of every record's labels -----------------------------


class _Labelled:
    def __init__(self, labels: list[str]) -> None:
        self.labels = labels


def _text_index(labels: list[list[str]]) -> _index._TextIndex:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_index, "find_labels", lambda record: record.labels)
        return _index._TextIndex([_Labelled(each) for each in labels])


labels = st.lists(st.text("abAé ", min_size=1, max_size=6), max_size=3)


@settings(max_examples=150)
@given(st.lists(labels, max_size=70), st.lists(st.text("abe\x00 ", min_size=1, max_size=4), max_size=5))
def test_the_text_index_finds_exactly_the_records_a_scan_finds(
    every: list[list[str]], needles: list[str]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_index, "find_labels", lambda record: record.labels)
        index = _index._TextIndex([_Labelled(each) for each in every])
        for needle in [*needles, "a", "b"]:  # "a" and "b": needles most records hold
            expected = [p for p, each in enumerate(every) if any(needle in fold(label) for label in each)]
            assert index.search(needle) == expected
            assert [p for p in range(len(every)) if index.matches(p, needle)] == expected


def test_a_needle_most_records_hold_is_found_in_every_one_after_the_first_hits() -> None:
    # Past _DENSE_LEAST hits, each holding the needle, the rest are tested one by one.
    every = [["ab"] if n % 3 else ["b"] for n in range(100)]
    index = _text_index(every)
    assert index.search("a") == [n for n in range(100) if n % 3]
    assert index.search("ba") == []
    assert index.search("b") == list(range(100))
    assert index.offsets[-1] == len(index.text)
    assert index.text.count(_index._SEP) == 100


# -- the ids, the field and involvement indexes, and the names involving reads ----------


@settings(max_examples=25)
@given(datasets())
def test_an_index_holds_its_records_by_id_and_each_fields_values(ds: eca.Dataset) -> None:
    for collection in ds.registry.values():
        records = list(ds.collection(collection.name))
        index = _index.Index(
            collection.cls, reversed(records), own=collection.actor, actors=ds.registry.actors
        )
        assert index.ids == tuple(sorted(r.id for r in records))
        assert [index.records[index.by_id[r.id]] for r in records] == records
        for field, meta in schema.fields_of(collection.cls):
            if meta.many or field.name == "citations":
                continue
            by_value = index.field(field.name)
            assert index.field(field.name) is by_value  # built once
            assert index.kind(field.name) == meta.kind
            for value in {getattr(r, field.name) for r in records}:
                expected = tuple(p for p, r in enumerate(index.records) if getattr(r, field.name) == value)
                assert by_value[value] == expected
            assert sum(map(len, by_value.values())) == len(records)
        expected_involvement: dict[str, list[int]] = {}
        for position, record in enumerate(index.records):
            for key in schema.involvement(record, ds.registry.actors, own=collection.actor):
                expected_involvement.setdefault(key, []).append(position)
        assert index.involvement() == {key: tuple(p) for key, p in expected_involvement.items()}


def test_an_index_refuses_a_record_of_another_class() -> None:
    forum = example_dataset().events.get("example-forum")
    with pytest.raises(TypeError, match="expected Official records, got Event"):
        _index.Index(eca.Official, [forum], own=True, actors=())
    assert _index.Index(eca.Event, [], own=False, actors=()).hints()["id"] is str


def test_names_read_codes_ids_country_names_and_one_actors_name() -> None:
    ds = example_dataset()
    names = ds.events._index.names
    tokayev = ds.officials.get("example-tokayev")
    assert names.resolve("KZ") == "KZ"
    assert names.resolve("example-tokayev") == "example-tokayev"
    assert names.resolve("kazakhstan") == names.resolve("Republic of Kazakhstan") == "KZ"
    assert names.resolve(f"  {tokayev.name.upper()} ") == "example-tokayev"
    assert names.knows("example-forum")
    assert names.knows("UZ")
    assert not names.knows("example-nobody")
    with pytest.raises(TypeError, match="expected a country code or name, or an id, got 3"):
        names.resolve(3)
    with pytest.raises(eca.UnknownIdError) as shaped:
        names.resolve("ZQ")
    assert shaped.value.suggestions == ()
    assert str(shaped.value) == "no country (ISO 3166-1 alpha-2 code or EU) or record with id 'ZQ'"
    with pytest.raises(eca.UnknownIdError, match=r"^no country or record with id 'zq'$"):
        names.resolve("zq")  # two letters, not capitals: not shaped like a code
    with pytest.raises(eca.UnknownIdError) as near:
        names.resolve("example-tokaev")
    assert near.value.suggestions[0] == "example-tokayev"
    assert near.value.id == "example-tokaev"
    with pytest.raises(eca.UnknownIdError) as many:
        names.resolve("example-uzbekistan")  # three ids are near, and a country's name
    assert many.value.suggestions == ("example-epca", "example-summit", "example-sikela")
    assert "no country or record" in str(near.value)
    assert names.read(["kazakhstan", ("example-tokayev", "nobody at all")]) == [
        "KZ",
        ("example-tokayev", "nobody at all"),
    ]
    assert names.read(7) == 7


def test_a_name_two_actors_share_names_neither_and_suggests_both() -> None:
    ds = example_dataset()
    tokayev = ds.officials.get("example-tokayev")
    twin = schema.evolve(tokayev, id="example-twin")
    names = eca.Dataset([*ds, twin]).events._index.names
    with pytest.raises(eca.UnknownIdError) as both:
        names.resolve(tokayev.name)
    assert both.value.suggestions[:2] == ("example-tokayev", "example-twin")
    # An organization's role titles are no names: only name-tier labels name an actor.
    assert all(" " in name or name.isalpha() for name in names._actors.get())
