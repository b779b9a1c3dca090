"""Dataset, RecordSet and the timeline: every query against a plain linear-scan oracle."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
import unittest.mock
from collections import Counter
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import (
    Agreement,
    Citation,
    Dataset,
    DateBasis,
    Event,
    EventKind,
    EventStatus,
    Official,
    Organization,
    PartialDate,
    RecordSet,
    Relation,
    Source,
    Statement,
    TimelineEntry,
    TradeFigure,
    UnknownIdError,
    describe_date,
    parse_date,
)
from eucentralasia import _index as _index_module
from eucentralasia import _search as _search_module
from eucentralasia._codes import COUNTRY_ALIASES, COUNTRY_NAMES
from eucentralasia._search import RANKS, _fold_unicode
from eucentralasia.testing import countries, datasets, date_values, example_dataset, partial_dates, slugs

COLLECTIONS = tuple(eca.COLLECTIONS)

# -- the oracle: what each query means, written out record by record -------------------


def dates_of(record: Any) -> list[Any]:
    if isinstance(record, Event):
        return [record.date] if record.date else []
    if isinstance(record, Agreement):
        return [m.date for m in record.milestones if m.date]
    if isinstance(record, TradeFigure):
        return [record.period] if record.period else []
    if isinstance(record, Source):
        return [record.published] if record.published else []
    if isinstance(record, (Statement, Relation)):
        return [record.date] if record.date else []
    return []


def overlaps(record: Any, start: Any, end: Any) -> bool:
    first = None if start is None else parse_date(start).start()
    last = None if end is None else parse_date(end).end()
    return any(
        (last is None or date.start() <= last) and (first is None or date.end() >= first)
        for date in dates_of(record)
    )


def involves(record: Any, key: str) -> bool:
    if isinstance(record, Event):
        location = [record.location.country] if record.location else []
        return key in [*record.participants, *record.countries, *location]
    if isinstance(record, Agreement):
        return key in record.parties or key in record.participants
    if isinstance(record, Official):
        roles = [k for role in record.roles for k in (role.organization, role.country)]
        return key in [record.id, record.country, *roles]
    if isinstance(record, Organization):
        return key in (record.id, record.parent, record.country)
    if isinstance(record, TradeFigure):
        return key in (record.reporter, record.partner, *record.about)
    if isinstance(record, Statement):
        return key in (record.speaker, *record.about)
    if isinstance(record, Relation):
        return key in (record.subject, record.object)
    return bool(record.interviewee == key)


def resolved(ds: Dataset, key: str) -> str | None:
    """What `involving` reads `key` as, written out; None when it names nothing."""
    if key in COUNTRY_NAMES or any(r.id == key or involves(r, key) for r in ds):
        return key

    def normal(text: str) -> str:  # folded, runs of whitespace one space, in keys and names alike
        return eca.fold(" ".join(text.split()))

    folded = normal(key)
    for table in ({eca.fold(n): c for c, n in COUNTRY_NAMES.items()}, {c.lower(): c for c in COUNTRY_NAMES}):
        if folded in table:
            return table[folded]
    aliases = {eca.fold(a): c for a, c in COUNTRY_ALIASES.items()}
    if folded in aliases:
        return aliases[folded]
    actors = {r.id for r in [*ds.officials, *ds.organizations] if folded in map(normal, [r.name, *r.aliases])}
    return actors.pop() if len(actors) == 1 else None


def labels(record: Any) -> list[str]:
    """What `find` matches, written out per type (the library derives it from the schema)."""
    return [record.id, record.id.replace("-", " "), *names(record)]


def names(record: Any) -> list[str]:
    if isinstance(record, Event):
        return [record.title]
    if isinstance(record, Agreement):
        return [record.name, *([record.short_name] if record.short_name else []), *record.aliases]
    if isinstance(record, Official):
        return [record.name, *record.aliases, *(role.title for role in record.roles)]
    if isinstance(record, Organization):
        return [record.name, *record.aliases]
    if isinstance(record, TradeFigure):
        return [record.description, record.metric]
    if isinstance(record, Statement):
        return [record.summary]
    if isinstance(record, Relation):
        return []
    return [record.title, *(a.name for a in record.authors)]


def matches(record: Any, text: str) -> bool:
    # Runs of whitespace in the text count as one space, as in `search`.
    return any(eca.fold(" ".join(text.split())) in eca.fold(label) for label in labels(record))


def links(record: Any) -> set[str]:
    """Every id a record refers to, citations' sources included."""
    refs = {c.source for c in record.citations}
    if isinstance(record, Event):
        refs |= {*record.participants, *record.agreements}
    elif isinstance(record, Agreement):
        refs |= set(record.participants)
        refs |= {m.event for m in record.milestones if m.event}
        refs |= {c.source for m in record.milestones for c in m.citations}
    elif isinstance(record, Official):
        refs |= {r.organization for r in record.roles if r.organization} | {r.source for r in record.roles}
    elif isinstance(record, Organization) and record.parent:
        refs.add(record.parent)
    elif isinstance(record, Source) and record.interviewee:
        refs.add(record.interviewee)
    elif isinstance(record, TradeFigure):
        refs |= set(record.about)
    elif isinstance(record, Statement):
        refs |= {record.speaker, *record.about}
    elif isinstance(record, Relation):
        refs |= {record.subject, record.object}
    return refs


# -- strategies -------------------------------------------------------------------------

WINDOW_YEARS = (2016, 2029)
bounds = st.one_of(
    st.none(),
    date_values(*WINDOW_YEARS),
    date_values(*WINDOW_YEARS).map(str),
    st.dates(dt.date(2016, 1, 1), dt.date(2029, 12, 31)),
    st.dates(dt.date(2016, 1, 1), dt.date(2029, 12, 31)).map(lambda d: pendulum.date(d.year, d.month, d.day)),
)


def _in_order(pair: tuple[Any, Any]) -> tuple[Any, Any]:
    """Two bounds as a window: swapped if the second ends before the first starts."""
    start, end = pair
    if start is not None and end is not None and parse_date(end).end() < parse_date(start).start():
        return end, start
    return start, end


windows = st.tuples(bounds, bounds).map(_in_order)
"""Windows (start, end) that do not end before they start; either side may be open."""


def known_keys_of(ds: Dataset) -> st.SearchStrategy[str]:
    """Country codes and ids the dataset uses, and any country code."""
    used = sorted({k for r in ds for k in [r.id, *links(r)]} | {"EU", "KZ"})
    return st.one_of(st.sampled_from(used), countries())


def keys_of(ds: Dataset) -> st.SearchStrategy[str]:
    """What people pass to `involving`: codes and ids, names (of countries, actors), anything."""
    actors = sorted({n for r in [*ds.officials, *ds.organizations] for n in [r.name, *r.aliases]}) or ["x"]
    names = st.sampled_from([*COUNTRY_NAMES.values(), *COUNTRY_ALIASES, *actors])
    cased = st.sampled_from([str, str.upper, str.lower])
    return st.one_of(
        known_keys_of(ds),
        slugs(),
        st.tuples(names, cased).map(lambda nc: nc[1](nc[0])),
        countries().map(str.lower),
    )


def queries_of(ds: Dataset) -> st.SearchStrategy[str]:
    """Search text: pieces of the dataset's labels, or anything."""
    texts = sorted({label for r in ds for label in labels(r)}) or ["a"]

    def pieces_of(text: str) -> st.SearchStrategy[str]:
        ends = st.lists(st.integers(0, len(text)), min_size=2, max_size=2)
        return ends.map(lambda ij: text[min(ij) : max(ij)])

    pieces = st.sampled_from(texts).flatmap(pieces_of)
    few_letters = st.text(alphabet="aáeEsšk ", max_size=3)
    return st.one_of(pieces, pieces.map(str.upper), few_letters, st.text(max_size=3))


# -- the queries equal their oracles ------------------------------------------------------


@given(datasets(), st.data())
def test_between_equals_a_linear_scan(ds: Dataset, data: st.DataObject) -> None:
    for name in COLLECTIONS:
        records = getattr(ds, name)
        for _ in range(3):
            start, end = data.draw(windows)
            expected = [r for r in records if overlaps(r, start, end)]
            if start is None and end is None:
                expected = list(records)
            assert list(records.between(start, end)) == expected


@given(datasets())
def test_between_with_open_bounds_is_the_identity(ds: Dataset) -> None:
    for name in COLLECTIONS:
        records = getattr(ds, name)
        assert records.between() is records
        assert records.between(None, None) == records
    assert ds.between() == ds


@given(datasets(), st.data())
def test_involving_equals_a_linear_scan(ds: Dataset, data: st.DataObject) -> None:
    for _ in range(4):
        key = data.draw(keys_of(ds))
        meant = resolved(ds, key)
        for name in [*COLLECTIONS, None]:
            records = ds if name is None else getattr(ds, name)
            if meant is None:
                with pytest.raises(UnknownIdError, match=re.escape(repr(key))):
                    records.involving(key)
            elif name is None:
                assert list(records.involving(key)) == [r for r in ds if involves(r, meant)]
            else:
                assert list(records.involving(key)) == [r for r in records if involves(r, meant)]


@given(datasets(), st.data())
def test_find_equals_a_linear_scan(ds: Dataset, data: st.DataObject) -> None:
    for _ in range(4):
        text = data.draw(queries_of(ds))
        for name in COLLECTIONS:
            records = getattr(ds, name)
            assert list(records.find(text)) == [r for r in records if matches(r, text)]


@given(datasets(), st.data(), st.sampled_from([(1, 1), (2, 10**9), (10**9, 1)]))
def test_find_equals_a_linear_scan_hit_by_hit_or_record_by_record(
    ds: Dataset, data: st.DataObject, dense: tuple[int, int]
) -> None:
    """The text index's two ways of searching (a `str.find` per hit, or a test per record
    once hits are common) find the same records: here forced to switch at once, after
    two hits, or never."""
    least, ratio = dense
    with unittest.mock.patch.multiple(_index_module, _DENSE_LEAST=least, _DENSE=ratio):
        for _ in range(4):
            text = data.draw(queries_of(ds))
            for name in COLLECTIONS:
                # A new index each time: built from the same records, searched afresh.
                records = RecordSet(getattr(ds, name).type, list(getattr(ds, name)))
                assert list(records.find(text)) == [r for r in records if matches(r, text)]


@given(datasets(), st.data())
def test_find_and_search_agree_on_what_matches(ds: Dataset, data: st.DataObject) -> None:
    """`find` keeps exactly the records `search` ranks as exact, name or title matches."""
    for _ in range(4):
        text = data.draw(queries_of(ds))
        if not " ".join(text.split()):
            continue
        ranked = {hit.record.id for hit in ds.search(text) if hit.rank in ("exact", "name", "title")}
        found = {record.id for record in ds.find(text)}
        assert found == ranked


@pytest.mark.parametrize("text", ["kaja  kallas", " epca", "EPCA\t", "kaja\nkallas"])
def test_find_and_search_agree_on_text_with_odd_whitespace(text: str) -> None:
    ds = eca.load()
    ranked = {hit.record.id for hit in ds.search(text) if hit.rank in ("exact", "name", "title")}
    assert {record.id for record in ds.find(text)} == ranked != set()


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Josef Síkela", "josef sikela"),
        ("ŠEFČOVIČ", "sefcovic"),
        ("Straße", "strasse"),
        ("ﬁnance", "finance"),  # a ligature
        ("İstanbul", "istanbul"),  # Turkish dotted capital I
        ("ıssız", "ıssız"),  # noqa: RUF001 - Turkish dotless i has no decomposition: kept
        ("Qазақстан", "qазақстан"),  # Cyrillic stays Cyrillic, lower-cased
        ("ℌilbert", "hilbert"),  # noqa: RUF001 - black-letter capital H
        ("Ærø", "ærø"),  # letters that are not accented forms stay
        ("", ""),
    ],
)
def test_fold_matches_independent_examples(text: str, folded: str) -> None:
    assert eca.fold(text) == folded


mostly_ascii = st.text(st.characters(max_codepoint=0x7F)) | st.text()


@given(mostly_ascii)
def test_folds_ascii_shortcut_agrees_with_the_full_fold(text: str) -> None:
    assert eca.fold(text) == _fold_unicode(text)


@given(st.lists(mostly_ascii.map(lambda text: text.replace("\x00", ""))))
def test_folding_labels_joined_is_joining_them_folded(labels: list[str]) -> None:
    """The text index folds each record's labels joined by NUL in one call."""
    assert eca.fold("\x00" + "\x00".join(labels)) == "\x00" + "\x00".join(map(eca.fold, labels))


@given(datasets(), st.data())
def test_where_equals_a_linear_scan(ds: Dataset, data: st.DataObject) -> None:
    for name in COLLECTIONS:
        records = getattr(ds, name)
        if not records:
            continue
        record = data.draw(st.sampled_from(list(records)))
        field = data.draw(st.sampled_from([a.name for a in attrs.fields(type(record)) if a.name != "text"]))
        value = getattr(record, field)
        expected = [r for r in records if getattr(r, field) == value]
        assert list(records.where(**{field: value})) == expected
        if isinstance(value, eca.EventKind | eca.AgreementKind | eca.OrganizationKind | eca.Qualifier):
            assert list(records.where(**{field: value.value})) == expected
        if isinstance(value, PartialDate | eca.DateRange):
            assert list(records.where(**{field: str(value)})) == expected


@given(datasets(), st.data())
def test_get_finds_every_record_and_only_those(ds: Dataset, data: st.DataObject) -> None:
    for record in ds:
        assert ds.get(record.id) is record
        assert record.id in ds
        assert record in ds
    for name in COLLECTIONS:
        records = getattr(ds, name)
        for record in records:
            assert records.get(record.id) is record
    missing = data.draw(slugs().filter(lambda s: s not in ds))
    with pytest.raises(UnknownIdError) as info:
        ds.get(missing)
    assert missing in str(info.value)
    assert isinstance(info.value, KeyError)


@given(datasets(), st.data())
def test_filters_commute(ds: Dataset, data: st.DataObject) -> None:
    start, end = data.draw(windows)
    key = data.draw(known_keys_of(ds))
    text = data.draw(queries_of(ds))
    for name in COLLECTIONS:
        records = getattr(ds, name)
        expected = [r for r in records if involves(r, key) and overlaps(r, start, end) and matches(r, text)]
        if start is None and end is None:
            expected = [r for r in records if involves(r, key) and matches(r, text)]
        orders = [
            records.between(start, end).involving(key).find(text),
            records.involving(key).between(start, end).find(text),
            records.find(text).involving(key).between(start, end),
            records.find(text).between(start, end).involving(key),
        ]
        for result in orders:
            assert result == orders[0]
            assert list(result) == expected


@given(datasets(), st.data())
def test_where_combines_with_the_other_filters(ds: Dataset, data: st.DataObject) -> None:
    key = data.draw(known_keys_of(ds))
    for kind in EventKind:
        by_kind = ds.events.where(kind=kind.value)
        assert by_kind.involving(key) == ds.events.involving(key).where(kind=kind)
        assert list(by_kind.involving(key)) == [e for e in ds.events if e.kind is kind and involves(e, key)]


@given(st.lists(date_values(2020, 2024), max_size=300), st.data())
def test_between_on_many_dates_of_every_span(dates: list[Any], data: st.DataObject) -> None:
    # Many records in a few years: every span-length class of the date index in use.
    citation = Citation(source="s", quote="q", start=0, end=1)
    events = RecordSet(
        Event,
        [
            Event(
                id=f"e{i}",
                title="t",
                kind=EventKind.MEETING,
                status=EventStatus.HELD,
                date=date,
                date_basis=DateBasis.STATED,
                summary="s",
                citations=(citation,),
            )
            for i, date in enumerate(dates)
        ],
    )
    for _ in range(5):
        start, end = data.draw(windows)
        if start is None and end is None:
            continue
        expected = [e for e in events if overlaps(e, start, end)]
        assert list(events.between(start, end)) == expected
        # A small subset scans its members rather than the index: the same answer.
        subset = events.where(id="e1")
        assert list(subset.between(start, end)) == [e for e in expected if e.id == "e1"]


# -- the timeline ------------------------------------------------------------------------


def timeline_key(entry: TimelineEntry) -> tuple[Any, ...]:
    return (entry.date.sort_key(), entry.id)


@given(datasets())
def test_timeline_is_sorted_and_holds_every_dated_entry_once(ds: Dataset) -> None:
    timeline = ds.timeline()
    keys = [timeline_key(entry) for entry in timeline]
    assert keys == sorted(keys)
    seen = Counter(
        (entry.id, None if entry.milestone is None else entry.record.milestones.index(entry.milestone))
        for entry in timeline
    )
    expected = Counter(
        [(e.id, None) for e in ds.events if e.date is not None]
        + [(a.id, i) for a in ds.agreements for i, m in enumerate(a.milestones) if m.date is not None]
        + [(s.id, None) for s in ds.statements if s.date is not None]
    )
    assert seen == expected
    for entry in timeline:
        assert entry.date == (entry.milestone or entry.record).date


@given(datasets(), st.data())
def test_timeline_filters_equal_a_linear_scan(ds: Dataset, data: st.DataObject) -> None:
    start, end = data.draw(windows)
    country = data.draw(st.none() | st.sampled_from(["KZ", "EU", "UZ"]) | countries())
    some_kinds = st.sampled_from(["summit", "meeting", "signed", "in-force", "visit", "statement"])
    kinds = data.draw(st.none() | st.sets(some_kinds))
    expected = [
        entry
        for entry in ds.timeline()
        if entry_overlaps(entry, start, end)
        and (country is None or involves(entry.record, country))
        and (kinds is None or entry.kind in kinds)
    ]
    assert list(ds.timeline(start, end, country=country, kinds=kinds)) == expected


def entry_overlaps(entry: TimelineEntry, start: Any, end: Any) -> bool:
    first = None if start is None else parse_date(start).start()
    last = None if end is None else parse_date(end).end()
    return (last is None or entry.date.start() <= last) and (first is None or entry.date.end() >= first)


def test_timeline_of_the_example() -> None:
    ds = example_dataset()
    assert [(str(e.date), e.what, e.id) for e in ds.timeline()] == [
        ("2015-12", "EPCA: signed", "example-epca"),
        ("2020-03-01", "EPCA: in force", "example-epca"),
        ("2025-04-03/2025-04-04", "First EU-Central Asia summit", "example-summit"),
        ("2025-05-29", "Astana International Forum", "example-forum"),
    ]
    assert [e.id for e in ds.timeline("2025", country="UZ")] == ["example-summit"]
    assert [e.kind for e in ds.timeline(kinds=["signed", EventKind.FORUM])] == ["signed", "forum"]
    assert ds.timeline()[2].location == eca.Location(place="Samarkand", country="UZ")
    assert ds.timeline()[2].when == "3\u20134 Apr 2025"


def test_timeline_rejects_unknown_countries_ids_and_kinds() -> None:
    ds = example_dataset()
    with pytest.raises(ValueError, match="country"):
        ds.timeline(country="XX")
    assert ds.timeline(country="Uzbekistan") == ds.timeline(country="UZ")
    with pytest.raises(UnknownIdError, match="example-tokayev"):
        ds.timeline(involving="example-tokayv")
    with pytest.raises(ValueError, match="unknown kind 'party'"):
        ds.timeline(kinds=["party"])


# -- navigation --------------------------------------------------------------------------


@given(datasets(), st.data())
def test_related_equals_the_links_both_ways(ds: Dataset, data: st.DataObject) -> None:
    if not len(ds):
        return
    target = data.draw(st.sampled_from([r.id for r in ds]))
    expected = [r for r in ds if r.id != target and (target in links(r) or r.id in links(ds.get(target)))]
    assert list(ds.related(target)) == expected


@given(datasets())
def test_quotes_stand_in_their_sources(ds: Dataset) -> None:
    for record in ds:
        pairs = ds.quotes(record.id)
        own = list(record.citations)
        if isinstance(record, Agreement):
            own += [c for m in record.milestones for c in m.citations]
        assert [citation for _, citation in pairs] == own
        for source, citation in pairs:
            assert source.id == citation.source
            assert source.text is not None
            assert source.text[citation.start : citation.end] == citation.quote


@given(datasets(), st.data())
def test_dataset_filters_filter_every_collection(ds: Dataset, data: st.DataObject) -> None:
    key = data.draw(keys_of(ds))
    text = data.draw(queries_of(ds))
    start, end = data.draw(windows)
    try:
        by_key = ds.involving(key)
    except UnknownIdError:
        assert key not in ds
        by_key = None
    for name in COLLECTIONS:
        if by_key is not None:
            assert getattr(by_key, name) == getattr(ds, name).involving(key)
        assert getattr(ds.find(text), name) == getattr(ds, name).find(text)
        assert getattr(ds.between(start, end), name) == getattr(ds, name).between(start, end)


def test_navigation_in_the_example() -> None:
    ds = example_dataset()
    assert [r.id for r in ds.related("example-sikela")] == ["example-article", "example-commission"]
    assert [r.id for r in ds.related("example-commission").events] == ["example-summit"]
    assert [r.id for r in ds.related("example-commission").officials] == ["example-sikela"]
    assert ds.involving("UZ").events.ids == ("example-summit",)
    assert ds.involving("KZ").agreements.ids == ("example-epca",)
    ((source, citation),) = ds.quotes("example-sikela")
    assert source.id == "example-article"
    assert citation.quote == "Commissioner Josef Síkela"
    with pytest.raises(UnknownIdError):
        ds.involving("no-such-thing")


# -- the sets themselves -------------------------------------------------------------------


def test_find_ignores_case_and_accents() -> None:
    ds = example_dataset()
    assert ds.officials.find("sikela").ids == ("example-sikela",)
    assert ds.officials.find("SÍKELA").ids == ("example-sikela",)
    assert ds.agreements.find("epca").ids == ("example-epca",)
    assert ds.organizations.find("EC").ids == ("example-commission",)
    assert ds.officials.find("President Tokayev").ids == ("example-tokayev",)
    assert ds.events.find("").ids == ds.events.ids


def test_find_searches_roles_and_titles() -> None:
    ds = eca.load()
    assert ds.officials.find("deputy foreign minister").ids == ("roman-vassilenko",)
    for official in ds.officials:
        for role in official.roles:
            assert official.id in ds.officials.find(role.title).ids
            hits = {hit.record.id: hit.rank for hit in ds.search(role.title, collections=["officials"])}
            assert hits[official.id] == "exact"


def test_where_takes_values_and_rejects_unknown_fields() -> None:
    ds = example_dataset()
    assert ds.events.where(kind="summit").ids == ("example-summit",)
    assert ds.events.where(kind=EventKind.SUMMIT, status="held").ids == ("example-summit",)
    assert ds.events.where(date="2025-05-29").ids == ("example-forum",)
    assert ds.events.where(countries=["EU", "KZ", "UZ"]).ids == ("example-summit",)
    assert ds.trade_figures.where(value=50_000_000_000, unit="EUR").ids == ("example-trade-2024",)
    assert ds.trade_figures.where(value="5E10").ids == ("example-trade-2024",)
    with pytest.raises(TypeError, match="no field colour; its fields are id, title"):
        ds.events.where(colour="red")
    with pytest.raises(TypeError, match=r"no field titel \(did you mean title\?\)"):
        ds.events.where(titel="x")
    with pytest.raises(ValueError, match="kind: expected one of meeting"):
        ds.events.where(kind="party")


@pytest.mark.parametrize(
    ("collection", "field", "value", "words"),
    [
        ("trade_figures", "unit", "usd", ["TradeFigure.unit: expected an ISO 4217", "did you mean 'USD'"]),
        ("trade_figures", "unit", "dollars", ["expected an ISO 4217 currency code"]),
        ("trade_figures", "value", "1_000", ["ASCII digits, nothing around them", "'1_000'"]),
        ("trade_figures", "value", " 5", ["nothing around them"]),
        ("trade_figures", "value", "NaN", ["a finite decimal"]),
        ("trade_figures", "value", "\u0665", ["ASCII digits"]),
        ("trade_figures", "value", 1.5, ["written as text"]),
        ("trade_figures", "projection", 1, ["true or false"]),
        ("events", "date", "2025-13", ["Event.date", "'2025-13'"]),
        ("events", "countries", ["KZ", "Atlantis"], ["Event.countries[1]", "country code"]),
        ("events", "title", None, ["Event.title", "non-empty text"]),
        ("sources", "language", "english", ["language tag"]),
    ],
)
def test_where_refuses_values_no_record_could_hold(
    collection: str, field: str, value: object, words: list[str]
) -> None:
    records = getattr(example_dataset(), collection)
    with pytest.raises(ValueError, match=rf"^\w+\.{field}") as info:
        records.where(**{field: value})
    for word in words:
        assert word in str(info.value)


def test_where_reads_country_names_and_codes_in_any_case() -> None:
    ds = example_dataset()
    summit = ("example-summit",)
    assert ds.events.where(countries=["European Union", "kz", "Uzbekistan"]).ids == summit
    assert ds.trade_figures.where(reporter="Kazakhstan").ids == ds.trade_figures.where(reporter="KZ").ids
    # Units are codes as the data writes them: a suggestion, not a guess.
    with pytest.raises(ValueError, match="did you mean 'EUR'"):
        ds.trade_figures.where(unit="eur")
    assert not ds.trade_figures.where(unit="JPY")  # a unit no figure has: empty, not an error


@settings(max_examples=20)
@given(datasets(), st.data())
def test_where_reads_text_as_the_loader_does(ds: Dataset, data: st.DataObject) -> None:
    """A trade figure's value as the data files write it finds the figure, whatever the form."""
    if not ds.trade_figures:
        return
    figure = data.draw(st.sampled_from(list(ds.trade_figures)))
    expected = [r for r in ds.trade_figures if r.value == figure.value]
    for text in {str(figure.value), format(figure.value, "f"), format(figure.value, "E")}:
        assert list(ds.trade_figures.where(value=text)) == expected


def test_between_takes_every_kind_of_bound() -> None:
    events = example_dataset().events
    expected = ("example-forum",)
    for bound in ["2025-05", PartialDate(2025, 5), dt.date(2025, 5, 29), pendulum.date(2025, 5, 29)]:
        assert events.between(bound, bound).ids == expected
    assert events.between("2025-04-04", "2025-05-28").ids == ("example-summit",)
    assert events.between("2025-04-05", "2025-05-28").ids == ()
    assert events.between(end="2025-04-03").ids == ("example-summit",)
    assert events.between("2025-06").ids == ()
    with pytest.raises(ValueError, match="the window ends before it starts"):
        events.between("2025-06", "2025-01")
    assert events.between("2025-01-15", "2025-01").ids == events.between("2025-01-15", "2025-01-31").ids
    with pytest.raises(ValueError, match="'2025-13' is not a valid date"):
        events.between("2025-13")
    # An agreement overlaps through any of its milestones; officials have no date.
    ds = example_dataset()
    assert ds.agreements.between("2020").ids == ("example-epca",)
    assert ds.agreements.between("2017", "2019").ids == ()
    assert ds.officials.between("2025").ids == ()


def test_sorted_by_date_puts_undated_records_last() -> None:
    ds = example_dataset()
    assert [e.id for e in ds.events.sorted_by_date()] == ["example-summit", "example-forum"]
    assert [o.id for o in ds.officials.sorted_by_date()] == ["example-sikela", "example-tokayev"]
    undated = attrs.evolve(ds.get("example-forum"), id="a-undated", date=None, date_basis=None)
    events = RecordSet(Event, [*ds.events, undated])
    assert [e.id for e in events.sorted_by_date()] == ["example-summit", "example-forum", "a-undated"]


def test_record_sets_are_immutable_sets() -> None:
    ds = example_dataset()
    events = ds.events
    assert len(events) == 2
    assert bool(events)
    assert "example-forum" in events
    assert "example-epca" not in events
    assert events.get("example-forum") in events
    assert events.type is Event
    assert "2 Event records" in repr(events)
    with pytest.raises(AttributeError):
        events._positions = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        ds.foo = 1  # type: ignore[attr-defined]
    with pytest.raises(UnknownIdError, match="no event with id 'example-epca'"):
        events.get("example-epca")
    narrowed = events.involving("UZ")
    with pytest.raises(UnknownIdError):
        narrowed.get("example-forum")
    assert "example-forum" not in narrowed
    with pytest.raises(TypeError):
        hash(events)


@pytest.mark.parametrize(
    ("key", "meant"),
    [
        ("Kazakhstan", "KZ"),
        ("kazakhstan", "KZ"),
        ("EU", "EU"),
        ("European Union", "EU"),
        ("Republic of Uzbekistan", "UZ"),
        ("uz", "UZ"),
        ("Kassym-Jomart Tokayev", "example-tokayev"),
        ("example-tokayev", "example-tokayev"),
    ],
)
def test_involving_reads_the_names_people_type(key: str, meant: str) -> None:
    ds = example_dataset()
    for records in (ds.events, ds.officials, ds.trade_figures, ds.statements):
        assert records.involving(key) == records.involving(meant)
    assert ds.involving(key) == ds.involving(meant)
    assert [e.id for e in ds.timeline(involving=key)] == [e.id for e in ds.timeline(involving=meant)]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("XX", ["no country (ISO 3166-1 alpha-2 code or EU) or record with id 'XX'"]),
        ("Kazakstan", ["did you mean", "'Kazakhstan'"]),
        ("example-tokayv", ["did you mean 'example-tokayev'"]),
        ("Atlantis", ["no country or record with id 'Atlantis'"]),
    ],
)
def test_involving_refuses_a_key_that_names_nothing(key: str, words: list[str]) -> None:
    ds = example_dataset()
    for query in (ds.events.involving, ds.involving, lambda k: ds.timeline(involving=k)):
        with pytest.raises(UnknownIdError) as info:
            query(key)
        for word in words:
            assert word in str(info.value)


def test_a_record_set_made_by_hand_knows_the_keys_its_records_use() -> None:
    events = RecordSet(Event, example_dataset().events)
    assert events.involving("example-tokayev").ids == ("example-forum",)  # referenced, not a record here
    assert events.involving("Uzbekistan").ids == ("example-summit",)
    with pytest.raises(UnknownIdError):
        events.involving("example-sikela")  # no record here refers to it


def test_unknown_ids_get_suggestions() -> None:
    ds = example_dataset()
    with pytest.raises(UnknownIdError) as info:
        ds.get("example-tokayv")
    assert info.value.suggestions[0] == "example-tokayev"
    assert str(info.value).startswith("no record with id 'example-tokayv'; did you mean 'example-tokayev'")


def test_suggestions_stay_quick_for_many_ids() -> None:
    citation = Citation(source="s", quote="q", start=0, end=1)
    many = [
        Organization(id=f"org-{i}", name="n", kind=eca.OrganizationKind.COMPANY, citations=(citation,))
        for i in range(30_000)
    ]
    ds = Dataset(many)
    with pytest.raises(UnknownIdError) as info:
        ds.get("org-12345x")
    assert "org-12345" in info.value.suggestions


def test_a_dataset_refuses_duplicate_ids_and_non_records() -> None:
    record = example_dataset().get("example-forum")
    with pytest.raises(ValueError, match="duplicate id 'example-forum'"):
        Dataset([record, record])
    with pytest.raises(TypeError):
        Dataset(["example-forum"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="expected Event records"):
        RecordSet(Event, [example_dataset().get("example-epca")])  # type: ignore[list-item]


def test_queries_from_many_threads_build_each_index_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    for index in (_index_module._DateIndex, _index_module._TextIndex):
        original = index.__init__

        def counting(self: Any, records: Any, original: Any = original, name: str = index.__name__) -> None:
            built.append(name)
            time.sleep(0.05)  # widen the window in which a second thread could start a build
            original(self, records)

        monkeypatch.setattr(index, "__init__", counting)
    ds = Dataset(list(example_dataset()))  # new indexes, not the shared example's
    barrier = threading.Barrier(8)
    results: list[tuple[str, ...]] = []

    def query() -> None:
        barrier.wait()
        results.append(ds.events.between("2025").involving("KZ").find("forum").ids)

    threads = [threading.Thread(target=query) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [("example-forum",)] * 8
    assert sorted(built) == ["_DateIndex", "_TextIndex"]


@given(partial_dates(1900, 2100))
def test_describe_date_names_the_year(date: PartialDate) -> None:
    assert str(date.year) in describe_date(date)


@pytest.mark.parametrize(
    ("edtf", "text"),
    [
        ("2025", "2025"),
        ("2022-23", "autumn 2022"),
        ("2022-24", "winter 2022\u201323"),
        ("2025-02", "Feb 2025"),
        ("2025-02-24", "24 Feb 2025"),
        ("2023-10~", "c. Oct 2023"),
        ("2023-10?", "Oct 2023?"),
        ("2023%", "c. 2023?"),
        ("2025-05-29/2025-05-30", "29\u201330 May 2025"),
        ("2025-05-29/2025-06-02", "29 May \u2013 2 Jun 2025"),
        ("2025-02/2025-04", "Feb\u2013Apr 2025"),
        ("2022/2023", "2022\u20132023"),
        ("2024-11/2025-02", "Nov 2024 \u2013 Feb 2025"),
        ("2024-12-30/2025-01-02", "30 Dec 2024 \u2013 2 Jan 2025"),
        ("2025-05-29~/2025-05-30", "c. 29 May 2025 \u2013 30 May 2025"),
        ("2025-05/2025-05", "May 2025"),
    ],
)
def test_describe_date(edtf: str, text: str) -> None:
    assert describe_date(parse_date(edtf)) == text


@given(bounds, bounds)
def test_a_window_that_ends_before_it_starts_is_refused(start: Any, end: Any) -> None:
    events = example_dataset().events
    if start is not None and end is not None and parse_date(end).end() < parse_date(start).start():
        with pytest.raises(ValueError, match="the window ends before it starts"):
            events.between(start, end)
    else:
        events.between(start, end)


# -- names people type: near matches and country names in search ------------------------


@given(datasets(), st.data())
def test_near_matches_are_the_same_with_runs_remembered(ds: Dataset, data: st.DataObject) -> None:
    """`search` keeps each run of words' closeness for the whole search: it gives each
    record the near match it gets when nothing is remembered."""
    for _ in range(3):
        needle = _search_module.normalize_query(data.draw(queries_of(ds)))
        if len(needle) < 4:
            continue
        shared = _search_module._Closeness(needle)
        for record in ds:
            remembered = _search_module._near(record, needle, shared)
            fresh = _search_module._near(record, needle, _search_module._Closeness(needle))
            assert remembered == fresh
            assert (remembered and remembered._key) == (fresh and fresh._key)  # the order too


@pytest.mark.parametrize(
    ("text", "first"),
    [("Vasilenko", "roman-vassilenko"), ("Kallass", "kaja-kallas"), ("Sikella", "josef-sikela")],
)
def test_search_finds_misspelt_names_first(text: str, first: str) -> None:
    hits = eca.load().search(text)
    assert hits[0].record.id == first
    assert hits[0].rank == "near"
    assert {hit.rank for hit in hits} == {"near"}


def test_search_reads_country_names() -> None:
    ds = eca.load()
    summit = "eu-central-asia-summit-samarkand-2025"
    hit = next(hit for hit in ds.search("Uzbekistan") if hit.record.id == summit)
    assert ds.get(summit).location.country == "UZ"
    assert hit.rank in ("title", "text")
    near = ds.search("Kazakstan")
    assert near
    assert {hit.rank for hit in near} == {"near"}
    assert all("Kazakhstan" in hit.matched for hit in near[:5])
    # A near match on a name before the same closeness on a country's name.
    assert ds.get(near[0].record.id) in ds.organizations


@settings(max_examples=20)
@given(datasets(), st.data())
def test_near_matches_only_when_nothing_matches_by_name(ds: Dataset, data: st.DataObject) -> None:
    text = data.draw(queries_of(ds))
    if not " ".join(text.split()):
        return
    hits = ds.search(text)
    ranks = [RANKS.index(hit.rank) for hit in hits]
    assert ranks == sorted(ranks)
    assert len({hit.record.id for hit in hits}) == len(hits)  # each record once
    if any(rank <= 2 for rank in ranks):
        assert "near" not in {hit.rank for hit in hits}
    for hit in hits:
        if hit.rank != "near":
            assert eca.fold(" ".join(text.split())) in eca.fold(hit.matched)


@settings(max_examples=20)
@given(datasets(), st.data())
def test_a_name_with_one_letter_dropped_is_found(ds: Dataset, data: st.DataObject) -> None:
    def words(record: Any) -> list[str]:
        return [w for w in record.name.split() if len(w) >= 6 and w.isalnum()]

    named = [r for r in [*ds.officials, *ds.organizations] if words(r)]
    if not named:
        return
    record = data.draw(st.sampled_from(named))
    word = data.draw(st.sampled_from(words(record)))
    at = data.draw(st.integers(1, len(word) - 1))
    misspelt = word[:at] + word[at + 1 :]
    hits = ds.search(misspelt)
    # Found, unless the misspelling is itself (part of) a name: then names come, not near ones;
    # or unless difflib's greedy blocks rate it far, as they can among repeated letters (a
    # generated "EEEAEA" and "EEEEA": 8 of 11)
    found = record.id in {hit.record.id for hit in hits}
    near = _search_module.NearSpelling(eca.fold(misspelt), _search_module._NEAR_RATIO)(eca.fold(word))
    assert found or any(hit.rank in ("exact", "name", "title") for hit in hits) or near is None
