"""Records made a column at a time: a collection's tables checked field by field, then built.

The loader's path for the many records of a large file. `build` takes the parsed tables
of one collection and returns their records, or None when anything is out of the
ordinary: a value of another type, a validator that refuses, a key no field has, a field
type it has no column form for. None sends the loader to the plain path, structuring
table by table with the converter and the attrs constructor, which finds and words every
problem. So this path is only ever right or silent: the records it returns are those the
plain path makes from the same tables (tests/test_fast_path.py holds it to that), and it
never reports a problem of its own.

Why it is faster: the plain path makes a record with cattrs' generated function and the
attrs constructor, several Python calls per field of every record. Here each field is one
pass over its column with helpers that loop in C (`map` over a type test or a regular
expression, set inclusion, `str.join`), and a record is made by setting its slots once
every check has passed. A validator with a column form (`_validators.column_check`)
checks the whole column at once; the others (those that read the record's other fields,
such as a date's basis or a citation's end) run on each record made, as the attrs
constructor runs them: after every field is set.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import operator
import threading
import typing
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import chain, compress, islice, repeat
from types import MemberDescriptorType, NoneType, UnionType
from typing import Any, Union

import attrs

from . import _schema as schema
from . import _validators as v
from ._dates import DateRange, PartialDate
from ._serialization import cached_date, structure_decimal

__all__ = ["build"]

Column = Callable[[list[Any]], list[Any]]
"""A column of file values (no key missing) to structured values, or `_Decline`."""

_MISSING: Any = object()  # a key the table does not have


class _Decline(Exception):
    """Not for this path: the plain path decides, and words the problem if there is one."""


def build(cls: type, tables: list[Any]) -> list[Any] | None:
    """The records of class `cls` made from `tables` (their file form), or None.

    None when the plain path has to decide: some table is no plain dict, some value is
    out of the ordinary, or `cls` is not a record class this path can make.
    """
    plan = _plan(cls)
    if plan is None:
        return None
    try:
        return plan(tables)
    except _Decline:
        return None
    except Exception:  # a validator's own error, an unhashable value: the plain path words it
        return None


def _only(values: Sequence[Any], kind: type) -> bool:
    """Whether every value is of exactly type `kind` (a bool is no int, a subclass no str)."""
    return not values or {*map(type, values)} == {kind}


def _strings(values: list[Any]) -> list[Any]:
    # What the text hook accepts: text a UTF-8 writer can encode (no lone surrogates).
    if not _only(values, str):
        raise _Decline
    joined = "".join(values)
    if not joined.isascii():
        try:
            joined.encode("utf-8")
        except UnicodeEncodeError:
            raise _Decline from None
    return values


def _exactly(kind: type) -> Column:
    def column(values: list[Any]) -> list[Any]:
        if not _only(values, kind):
            raise _Decline
        return values

    return column


def _decimals(values: list[Any]) -> list[Any]:
    return list(map(structure_decimal, values, repeat(Decimal)))


def _dates(values: list[Any]) -> list[Any]:
    if not _only(values, str):
        raise _Decline
    return list(map(cached_date, values))


def _members(cls: type[enum.Enum]) -> Column:
    lookup = cls._value2member_map_.get

    def column(values: list[Any]) -> list[Any]:
        found = list(map(lookup, values))  # an unhashable value raises: declined
        if any(map(operator.is_, found, repeat(None))):
            raise _Decline  # no value of a member, or one only cls(value) finds
        return found

    return column


def _optional(inner: Column) -> Column:
    def column(values: list[Any]) -> list[Any]:
        return _except(values, None, None, inner)

    return column


def _except(values: list[Any], skipped: Any, instead: Any, column: Column) -> list[Any]:
    """`column` of the values that are not `skipped`, with `instead` in the places of those that are."""
    if skipped not in values:  # identity first: only None or _MISSING can equal them
        return column(values)
    at = list(compress(range(len(values)), map(operator.is_not, values, repeat(skipped))))
    made = dict(zip(at, column(list(map(values.__getitem__, at))), strict=True))
    return list(map(made.get, range(len(values)), repeat(instead)))


def _tuples(inner: Column) -> Column:
    def column(values: list[Any]) -> list[Any]:
        if not _only(values, list):
            raise _Decline
        flat = list(chain.from_iterable(values))
        made = inner(flat)
        if made is flat:  # the items are kept as they are (text, numbers): tuples of the lists
            return list(map(tuple, values))
        items = iter(made)
        return [tuple(islice(items, n)) for n in map(len, values)]

    return column


def _tables(cls: type) -> Column:
    def column(values: list[Any]) -> list[Any]:
        made = build(cls, values)
        if made is None:
            raise _Decline
        return made

    return column


_DATES = (PartialDate, DateRange, PartialDate | DateRange)


def _column_of(kind: Any) -> Column | None:
    """How to structure a column of values of type `kind` as the converter would, if known."""
    if kind is str:
        return _strings
    if kind in (int, bool):
        return _exactly(kind)
    if kind is Decimal:
        return _decimals
    if kind in _DATES:
        return _dates
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _members(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (Union, UnionType) and NoneType in args:
        rest = tuple(arg for arg in args if arg is not NoneType)
        inner = _column_of(rest[0] if len(rest) == 1 else functools.reduce(operator.or_, rest))
        return None if inner is None else _optional(inner)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        inner = _column_of(args[0])
        return None if inner is None else _tuples(inner)
    if isinstance(kind, type) and attrs.has(kind) and _plan(kind) is not None:
        return _tables(kind)
    return None


@attrs.frozen
class _Field:
    """How one field is read from a column of tables, checked and set."""

    name: str
    column: Column
    default: Any  # _MISSING: the field is required
    check: Callable[[Sequence[Any]], bool] | None  # the validator's column form
    validator: v.Validator | None  # else run on each record made
    attribute: attrs.Attribute[Any]


# Weakly keyed, and no plan holds its class: a record class of one's own made and dropped
# (in a test, in a loop) goes with its plan.
_plans: weakref.WeakKeyDictionary[type, Callable[[list[Any]], list[Any]] | None] = weakref.WeakKeyDictionary()
_lock = threading.RLock()  # a plan makes the plans of the classes nested in it


def _plan(cls: type) -> Callable[[list[Any]], list[Any]] | None:
    """The column-wise builder of `cls`, made once per class; None if `cls` needs the plain path."""
    try:
        return _plans[cls]
    except KeyError:
        pass
    with _lock:
        if cls not in _plans:
            _plans[cls] = None  # a class nested in itself takes the plain path
            # A class it cannot read (an annotation naming no type) is the plain path's.
            with contextlib.suppress(Exception):
                _plans[cls] = _make_plan(cls)
    return _plans[cls]


def _make_plan(cls: type) -> Callable[[list[Any]], list[Any]] | None:
    # Only what the attrs constructor does by itself: set each field, then run the
    # validators. Hooks around it, converters and fields it does not set are its to run.
    if not attrs.has(cls):
        return None
    if any(hasattr(cls, hook) for hook in ("__attrs_pre_init__", "__attrs_post_init__")):
        return None
    hints = typing.get_type_hints(cls)
    fields: list[_Field] = []
    bodies: list[tuple[str, Any]] = []  # never read from a file
    for attribute in attrs.fields(cls):
        slot = cls.__dict__.get(attribute.name)
        default = attribute.default
        if (
            not isinstance(slot, MemberDescriptorType)
            or attribute.converter is not None
            or not attribute.init
            or attribute.alias != attribute.name
            or isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        ):
            return None
        try:
            kind = schema.info(attribute).kind
        except TypeError:  # a field declared without the schema's helpers
            return None
        if kind == "body":
            if attribute.validator is not None and default is not None:
                return None
            bodies.append((attribute.name, default))
            continue
        column = _column_of(hints[attribute.name])
        if column is None:
            return None
        validator = attribute.validator
        check = v.column_check(validator) if validator is not None else None
        fields.append(
            _Field(
                attribute.name,
                column,
                _MISSING if default is attrs.NOTHING else default,
                check,
                validator if check is None else None,
                attribute,
            )
        )
    made_of = weakref.ref(cls)

    def make(tables: list[Any]) -> list[Any]:
        if not _only(tables, dict):
            raise _Decline
        columns, found = [], 0
        for field in fields:
            values, present = _values(field, tables)
            columns.append(values)
            found += present
        # A table's keys are distinct, so no table has a key that no field has (cattrs
        # forbids one) exactly when the fields found every key there is.
        if found != sum(map(len, tables)):
            raise _Decline
        kind = made_of()
        assert kind is not None  # its tables are being made into records of it
        slots = vars(kind)  # each field's slot: setting it is what the constructor does
        made = list(map(object.__new__, repeat(kind, len(tables))))
        for field, values in zip(fields, columns, strict=True):
            deque(map(slots[field.name].__set__, made, values), 0)
        for name, default in bodies:
            deque(map(slots[name].__set__, made, repeat(default)), 0)
        for field, values in zip(fields, columns, strict=True):
            if field.validator is not None:
                deque(map(field.validator, made, repeat(field.attribute), values), 0)
        return made

    return make


def _values(field: _Field, tables: list[Any]) -> tuple[list[Any], int]:
    """The field's structured, checked values across `tables` (defaults where a key is
    missing), and how many of the tables have its key."""
    raw = list(map(dict.get, tables, repeat(field.name), repeat(_MISSING)))
    missing = raw.count(_MISSING)
    if missing and field.default is _MISSING:
        raise _Decline  # a required field is missing
    values = _except(raw, _MISSING, field.default, field.column) if missing else field.column(raw)
    if field.check is not None and not field.check(values):
        raise _Decline
    return values, len(raw) - missing
