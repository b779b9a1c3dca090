"""Records as flat rows: the one place that decides the columns of every tabular export.

CSV, pandas and the Data Package all draw their columns from `tables`, which derives
them from the record classes' own fields, so a field added to the model appears in
every tabular format at once. Per field:

- text, whole numbers, decimals and booleans: one column of that value;
- enums: one column of the enum's text value, its values listed as the column's choices;
- dates: the EDTF text in a column named after the field, ``<field>_precision`` (year,
  season, month or day), and ``<field>_start`` and ``<field>_end`` holding the first and
  last day it may be, so spreadsheets can sort;
- a nested record with plain fields (`Location`): one column per field,
  ``location_place`` and ``location_country``;
- tuples (citations, milestones, roles, authors, ids, aliases): one column holding the
  plain-data form `converter.unstructure` gives, which the CSV writes as JSON text.

Cell values here are Python values (`str`, `int`, `bool`, `Decimal`, `datetime.date`,
lists and dicts, None); each format turns them into its own cells.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import operator
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from types import NoneType, UnionType
from typing import Any, Final, NamedTuple, Union, get_args, get_origin, get_type_hints

import attrs

from eucentralasia._dataset import Dataset
from eucentralasia._dates import DateValue, PartialDate, Precision
from eucentralasia._model import COLLECTIONS
from eucentralasia._provenance import Citation
from eucentralasia._schema import Registry, citations_of, describe_field, info
from eucentralasia._serialization import shared_converter

__all__ = ["CITATIONS", "Column", "Table", "record_table", "tables"]


class Column(NamedTuple):
    """One column of a table: its name, Table Schema type, description and value getter.

    `type` is a Table Schema type (``string``, ``integer``, ``number``, ``boolean``,
    ``date``, ``array``); `choices` the values an enum column may hold; `reference` the
    collection whose ids the column holds, if any; `derived` marks a column computed from
    another (a date's precision, first and last day), which reading a row back skips.
    """

    name: str
    type: str
    description: str
    get: Callable[[Any], object]
    required: bool = False
    choices: tuple[str, ...] = ()
    reference: str | None = None
    derived: bool = False


class Table(NamedTuple):
    """A table: a name (the file stem), its columns, key, and how to get its rows."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[Dataset], Iterable[Any]]

    def values(self, items: Iterable[Any]) -> Iterator[list[object]]:
        """Each item (a record, or what `rows` gives) as a list of values, one per column."""
        for item in items:
            yield [column.get(item) for column in self.columns]


def _describe(cls: type, name: str, what: str, many: bool) -> str:
    # Many-valued fields are one cell holding JSON text; say so where the cell is read.
    return describe_field(cls, name, what) + (" (JSON array)" if many else "")


# Dates repeat across records (a day, a month, a year shared by many): each is read once.
@functools.lru_cache(maxsize=1 << 16)
def _edtf(date: DateValue) -> str:
    return str(date)


@functools.lru_cache(maxsize=1 << 16)
def _first_day(date: DateValue) -> _dt.date:
    # A plain date: pendulum's subclass would leak into every format that sees it.
    return _dt.date.fromordinal(date.start().toordinal())


def _precision(date: DateValue) -> str:
    return date.precision.value


@functools.lru_cache(maxsize=1 << 16)
def _last_day(date: DateValue) -> _dt.date:
    return _dt.date.fromordinal(date.end().toordinal())


def _then(first: Callable[[Any], object], second: Callable[[Any], object]) -> Callable[[Any], object]:
    def get(item: Any) -> object:
        value = first(item)
        return None if value is None else second(value)

    return get


def _attribute(name: str) -> Callable[[Any], object]:
    return operator.attrgetter(name)


def _plain(kind: Any) -> Callable[[Any], object]:
    """How a tuple field's value becomes plain data: a list of its texts as they are, or
    what the converter's hook for the field's type gives (fetched on first use)."""
    if get_args(kind)[:1] == (str,):
        return list
    hook: list[Callable[[Any], object]] = []

    def unstructure(value: Any) -> object:
        if not hook:
            hook.append(shared_converter().get_unstructure_hook(kind))
        return hook[0](value)

    return unstructure


def _columns(
    cls: type, what: str, prefix: str = "", required: bool = True, within: str = ""
) -> Iterator[Column]:
    """The columns of `cls`'s fields, names prefixed with `prefix` (for nested records).

    `what` is what a record is called (``"event"``); `within` the description of the
    field holding a nested record, which its columns' descriptions start with.
    """
    hints = get_type_hints(cls)
    for field in attrs.fields(cls):
        meta = info(field)
        hint = hints[field.name]
        options = get_args(hint) if get_origin(hint) in (Union, UnionType) else (hint,)
        kinds = [option for option in options if option is not NoneType]
        kind = kinds[0]
        name = prefix + field.name
        # Always filled unless it may be None: a default (projection=False) still gives a value.
        needed = required and NoneType not in options
        get = _attribute(field.name)
        if prefix:
            # Nested fields are reached through their parent, which may be None.
            get = _then(_attribute(prefix.removesuffix("_")), get)
        description = _describe(cls, field.name, what, meta.many)
        if within:
            description = f"{within}: {description}"
        if PartialDate in kinds:
            yield Column(
                name,
                "string",
                f"{description}, as EDTF text at the precision known: 2025, 2022-23 "
                "(a season), 2025-02, 2025-02-24, 2023-10~ (approximate), or a range such as "
                "2025-05-29/2025-05-30",
                _then(get, _edtf),
                needed,
            )
            yield Column(
                f"{name}_precision",
                "string",
                f"How much of the {name} column's date is known: year, season, month or day "
                "(a range: the coarser of its ends)",
                _then(get, _precision),
                needed,
                tuple(precision.value for precision in Precision),
                derived=True,
            )
            for part, which, day in (("start", "first", _first_day), ("end", "last", _last_day)):
                yield Column(
                    f"{name}_{part}",
                    "date",
                    f"The {which} day the {name} column's date may fall on (ISO 8601), for sorting",
                    _then(get, day),
                    needed,
                    derived=True,
                )
        elif attrs.has(kind):
            # Only plain nested records (Location) get here; the parent getter handles None.
            yield from _columns(kind, what, f"{name}_", needed, description)
        else:
            reference = (
                meta.collections[0] if meta.kind == "reference" and len(meta.collections) == 1 else None
            )
            yield _column(cls, name, description, kind, get, needed, reference)


def _column(
    cls: type,
    name: str,
    description: str,
    kind: Any,
    get: Callable[[Any], object],
    required: bool,
    reference: str | None,
) -> Column:
    """The one column of a field that is not a date or a nested record."""
    if get_origin(kind) is tuple:
        return Column(
            name,
            "array",
            description,
            _then(get, _plain(kind)),
            required,
        )
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        choices = tuple(str(member.value) for member in kind)
        return Column(
            name, "string", description, _then(get, operator.attrgetter("value")), required, choices
        )
    types = {bool: "boolean", int: "integer", Decimal: "number", str: "string"}
    if kind not in types:
        raise TypeError(f"no column rule for {cls.__name__}.{name} of type {kind!r}")
    return Column(name, types[kind], description, get, required, reference=reference)


def _records(collection: str) -> Callable[[Dataset], Iterable[Any]]:
    return lambda dataset: dataset.collection(collection)


@functools.cache
def record_table(collection: str, registry: Registry = COLLECTIONS) -> Table:
    """The table of one collection (``"events"``): a row per record, keyed by id."""
    found = registry[collection]
    return Table(
        collection,
        found.title,
        f"One row per {found.singular}: {found.description}; ordered by id.",
        tuple(_columns(found.cls, found.singular)),
        ("id",),
        _records(collection),
    )


def _citations(dataset: Dataset) -> Iterator[tuple[str, str, str, Citation]]:
    for collection in dataset.registry:
        for record in dataset.collection(collection):
            for path, citation in citations_of(record):
                yield collection, record.id, path, citation


def _cited(column: Column) -> Column:
    """A column of `Citation` read from a citations row ``(collection, record, path, citation)``."""
    return column._replace(get=_then(operator.itemgetter(3), column.get))


CITATIONS: Final = Table(
    "citations",
    "Citations",
    "Every quote of every record (milestones' included), one row each, for auditing quotes "
    "against their sources: text[start:end] == quote in the source's text.",
    (
        Column(
            "collection",
            "string",
            "The collection of the citing record",
            operator.itemgetter(0),
            required=True,
            choices=tuple(COLLECTIONS),
        ),
        Column("record", "string", "Id of the citing record", operator.itemgetter(1), required=True),
        Column(
            "field",
            "string",
            "Where the citation sits in the record: citations[0], milestones[1].citations[0], ...",
            operator.itemgetter(2),
            required=True,
        ),
        # The citation's own fields, as the schema declares them (source, quote, span, speaker, context).
        *map(_cited, _columns(Citation, "citation")),
    ),
    ("record", "field"),
    _citations,
)
"""Every citation as a row: collection, record, field path, source, quote, start, end, context."""


def tables(registry: Registry = COLLECTIONS) -> tuple[Table, ...]:
    """Every table of the tabular exports: one per collection, then the citations."""
    return (*(record_table(name, registry) for name in registry), CITATIONS)
