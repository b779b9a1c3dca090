"""The loader's fast paths refuse what the plain hooks and validators refuse, with the same problems."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from eucentralasia import _schema as schema
from eucentralasia import _validators
from eucentralasia._errors import FieldError
from eucentralasia._provenance import Citation
from eucentralasia._serialization import explain, make_converter, plain_or_fast_converter, shared_converter
from eucentralasia.testing import records

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
BULK = sorted(_validators._BULK.items(), key=lambda pair: repr(pair[0]))


class Text(str):
    """Text of a subclass of str, which the bulk checks must judge as the walk does."""


items = st.lists(
    near | st.text(max_size=4) | st.integers(0, 2) | st.none() | st.builds(Text, near), max_size=4
)


TEXT_CHECKS = [(check, _validators._BULK[check]) for check in (_validators.slug, _validators.country)]


@given(st.sampled_from(TEXT_CHECKS) | st.sampled_from(BULK), items | st.lists(records(), max_size=2))
def test_a_bulk_check_passes_exactly_when_every_item_passes(bulk: Any, found: list[Any]) -> None:
    validator, check = bulk
    assert check(tuple(found)) == all(passes(validator, item) for item in found)
