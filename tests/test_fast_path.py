"""The loader's fast paths refuse what the plain hooks and validators refuse, with the same problems.

The column-wise path (`_columns.build`) may decline anything: the plain path then decides
and words the problem. What it must never do is accept tables the plain path refuses, or
make records other than the plain path's.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import _columns, _loading, _validators
from eucentralasia import _schema as schema
from eucentralasia._errors import FieldError
from eucentralasia._model import Event, Location
from eucentralasia._provenance import Citation
from eucentralasia._serialization import explain, make_converter, plain_or_fast_converter, shared_converter
from eucentralasia.testing import records, records_of

FAST = make_converter()
_TEXTS = ("text", "country", "reference", "mention")
PLAIN = plain_or_fast_converter(fast=False)

# Values near the shortcuts' edges: ids, codes, dates and enum values, good and bad.
near = st.sampled_from(
    [
        "KZ",
        "kz",
        "EU",
        "XX",
        "a-b",
        "A-b",
        "x--y",
        "",
        " ",
        "2025",
        "2025-02-30",
        "meeting",
        "held",
        "é",
        "\ud800",
        "a\nb",
    ]
)
values = st.recursive(
    near | st.booleans() | st.integers(-3, 3) | st.none() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(near | st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def outcome(converter: Any, table: object, cls: type) -> tuple[str, object]:
    try:
        return "ok", converter.structure(table, cls)
    except Exception as exc:  # the problems a load would report
        return "refused", explain(exc)


def mutate(data: st.DataObject, value: object, depth: int = 0) -> object:
    """`value` (a record's file form) with one part changed: replaced, dropped or added to."""
    if isinstance(value, dict) and value and depth < 3:
        key = data.draw(st.sampled_from(sorted(value)))
        changed = dict(value)
        choice = data.draw(st.integers(0, 4))
        if choice == 0:
            del changed[key]
        elif choice == 1:
            changed[data.draw(near)] = data.draw(values)
        elif choice == 2:
            changed[key] = data.draw(values)
        elif choice == 3:  # a list of ids, codes, dates: where the shortcuts are
            changed[key] = data.draw(st.lists(near, max_size=3))
        else:
            changed[key] = mutate(data, value[key], depth + 1)
        return changed
    if isinstance(value, list) and value and depth < 3:
        index = data.draw(st.integers(0, len(value) - 1))
        return [*value[:index], mutate(data, value[index], depth + 1), *value[index + 1 :]]
    return data.draw(values | near)


@settings(max_examples=max(30, settings.default.max_examples))
@given(records(), st.data())
def test_the_fast_and_the_plain_converter_agree(record: Any, data: st.DataObject) -> None:
    cls = type(record)
    table = mutate(data, shared_converter().unstructure(record))
    assert outcome(FAST, table, cls) == outcome(PLAIN, table, cls)


@given(records())
def test_a_good_record_takes_the_fast_path_to_the_same_record(record: Any) -> None:
    table = shared_converter().unstructure(record)
    assert FAST.structure(table, type(record)) == record
    assert PLAIN.structure(table, type(record)) == record


@given(records(), st.data())
def test_lists_of_ids_codes_and_text_are_refused_alike(record: Any, data: st.DataObject) -> None:
    # The shortcuts are for tuples of text; aim at those fields with values near their edges.
    cls = type(record)
    many = [field.name for field, meta in schema.fields_of(cls) if meta.many and meta.kind in _TEXTS]
    table = dict(shared_converter().unstructure(record))
    for name in many:
        table[name] = data.draw(st.lists(near, max_size=4))
    assert outcome(FAST, table, cls) == outcome(PLAIN, table, cls)


def passes(validator: Any, item: object) -> bool:
    try:
        validator(None, FIELD, item)
    except FieldError:
        return False
    return True


FIELD = attrs.fields(Citation).source
# Every bulk check of the validators in use: text ids and codes, and a record class's items.
BULK = sorted(_validators._COLUMN.items(), key=lambda pair: repr(pair[0]))


class Text(str):
    """Text of a subclass of str, which the bulk checks must judge as the walk does."""


items = st.lists(
    near
    | st.text(max_size=4)
    | st.integers(0, 2)
    | st.booleans()
    | st.none()
    | st.builds(Text, near)
    | st.lists(near, max_size=3).map(tuple),  # the values of a tuple field: `each` checks
    max_size=4,
)


PLAIN_CHECKS = (
    _validators.slug,
    _validators.country,
    _validators.text,
    _validators.characters,
    _validators.boolean,
)
TEXT_CHECKS = [(check, _validators._COLUMN[check]) for check in PLAIN_CHECKS]


@given(st.sampled_from(TEXT_CHECKS) | st.sampled_from(BULK), items | st.lists(records(), max_size=2))
def test_a_bulk_check_passes_exactly_when_every_item_passes(bulk: Any, found: list[Any]) -> None:
    validator, check = bulk
    assert check(tuple(found)) == all(passes(validator, item) for item in found)


# -- the column-wise path -----------------------------------------------------------


def plain(cls: type, tables: list[Any]) -> list[Any] | None:
    """The records the plain path makes of `tables`, or None if it refuses one."""
    try:
        return [shared_converter().structure(table, cls) for table in tables]
    except Exception:
        return None


def unstructured(record: Any) -> Any:
    return shared_converter().unstructure(record)


@given(st.lists(records_of(Event), min_size=1, max_size=4))
def test_good_tables_take_the_column_path_to_the_plain_records(made: list[Event]) -> None:
    tables = [unstructured(record) for record in made]
    assert _columns.build(Event, tables) == made == plain(Event, tables)


@given(records())
def test_every_record_type_takes_the_column_path(record: Any) -> None:
    cls = type(record)
    assert _columns.build(cls, [unstructured(record)]) == [record]


@settings(max_examples=max(60, settings.default.max_examples))
@given(st.lists(records(), min_size=1, max_size=3), st.data())
def test_the_column_path_accepts_only_what_the_plain_path_accepts(
    made: list[Any], data: st.DataObject
) -> None:
    cls = type(made[0])
    tables = [unstructured(record) for record in made if type(record) is cls]
    at = data.draw(st.integers(0, len(tables) - 1))
    tables[at] = mutate(data, tables[at])
    built = _columns.build(cls, tables)
    if built is not None:
        assert built == plain(cls, tables)


@given(
    st.lists(records_of(Event), min_size=1, max_size=3),
    st.sampled_from(sorted(attrs.fields_dict(Event))),
    st.data(),
)
def test_a_field_given_any_value_is_judged_as_the_plain_path_judges_it(
    made: list[Event], name: str, data: st.DataObject
) -> None:
    tables = [unstructured(record) for record in made]
    tables[-1][name] = data.draw(values | near | st.lists(near, max_size=3))
    built = _columns.build(Event, tables)
    if built is not None:
        assert built == plain(Event, tables)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("participants", ["a\nb"]),  # an id with a new line in it reads as two when joined
        ("countries", ["KZ", "KZ"]),
        ("citations", []),
        ("title", "\ud800"),
        ("date", "2025-02-30"),
        ("date_basis", None),  # a date needs its basis: a check across fields
        ("kind", ["meeting"]),
        ("status", "held "),
        ("location", {"place": "Astana", "country": "KZ", "city": "Astana"}),
        ("id", "Event-1"),
        ("unknown", 1),
    ],
)
def test_the_column_path_declines_what_the_plain_path_refuses(name: str, value: object) -> None:
    event = unstructured(next(iter(eca.load().events)))
    assert _columns.build(Event, [event]) is not None
    event[name] = value
    assert plain(Event, [event]) is None
    assert _columns.build(Event, [event]) is None


@pytest.mark.parametrize(
    "changes",
    [
        {"date": None, "date_basis": "bogus"},  # no date, so only the enum can refuse the basis
        {"date": None, "date_basis": None, "summary": None},  # a required field missing
        {"date": None, "date_basis": None, "kind": "no-such-kind"},
    ],
)
def test_the_column_path_declines_what_no_other_check_would_catch(changes: dict[str, object]) -> None:
    event = unstructured(next(iter(eca.load().events)))
    for name, value in changes.items():
        if value is None:
            event.pop(name, None)
            event.pop("date_note", None)
        else:
            event[name] = value
    assert plain(Event, [event]) is None
    assert _columns.build(Event, [event]) is None


def test_a_class_of_one_own_without_the_schema_takes_the_plain_path() -> None:
    @attrs.frozen
    class Plain:
        name: str

    assert _columns.build(Plain, [{"name": "x"}]) is None
    assert _columns.build(Location, [{"place": "Astana", "country": "KZ"}]) == [
        Location(place="Astana", country="KZ")
    ]


def test_a_bad_record_past_the_first_chunk_is_found_at_its_place(tmp_path: Path) -> None:
    # The chunk holding it goes table by table; the others are made column-wise.
    text = "Meeting. " * 3
    source = {
        "id": "a-source",
        "title": "A source",
        "outlet": "Outlet",
        "kind": "article",
        "language": "en",
        "authors": [{"name": "A. Writer", "role": "reporter"}],
        "text_file": "a.txt",
    }
    cite = {"source": "a-source", "quote": "Meeting", "start": 0, "end": 7}
    source["citations"] = [cite]
    count = 2 * _loading.COLUMN_CHUNK + 5
    events = [
        {
            "id": f"e-{i}",
            "title": "A meeting",
            "kind": "meeting",
            "status": "held",
            "summary": "S.",
            "citations": [cite],
        }
        for i in range(count)
    ]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "data.json"
    path.write_text(json.dumps({"sources": [source], "events": events}), encoding="utf-8")
    loaded = eca.load(extra=[path])
    assert len(loaded.events) == count + len(eca.load().events)
    bad = _loading.COLUMN_CHUNK + 7
    events[bad]["countries"] = ["kz"]
    path.write_text(json.dumps({"sources": [source], "events": events}), encoding="utf-8")
    with pytest.raises(eca.DataError) as caught:
        eca.load(extra=[path])
    assert [(p.record, p.field) for p in caught.value.problems] == [(f"e-{bad}", "countries[0]")]


def test_citations_are_made_by_the_column_path_too() -> None:
    cite = Citation(source="a-b", quote="x", start=0, end=1)
    assert _columns.build(Citation, [unstructured(cite)]) == [cite]
    assert _columns.build(Citation, [{**unstructured(cite), "end": 2}]) is None  # end = start + len(quote)


def test_a_plan_goes_with_its_class() -> None:
    gc.collect()
    before = len(_columns._plans)
    for _ in range(20):

        @schema.record
        class Mine:
            id: str = schema.identifier()
            name: str = schema.text("A name")

        assert _columns.build(Mine, [{"id": "a", "name": "A"}]) == [Mine(id="a", name="A")]
    del Mine
    gc.collect()
    assert len(_columns._plans) == before


def test_a_class_whose_annotations_do_not_resolve_takes_the_plain_path() -> None:
    @schema.record
    class Unread:
        id: str = schema.identifier()
        place: NoSuchType = schema.text("Named by a type nobody defined")  # type: ignore[name-defined]  # noqa: F821

    assert _columns.build(Unread, [{"id": "a", "place": "x"}]) is None
