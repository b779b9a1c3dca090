"""Records as flat rows: the one place that decides the columns of every tabular export.

CSV, pandas and the Data Package all draw their columns from `tables`, which derives
them from the record classes' own fields, so a field added to the model appears in
every tabular format at once. Per field:

- text, whole numbers, decimals and booleans: one column of that value;
- enums: one column of the enum's text value, its values listed as the column's choices;
- dates: the EDTF text in a column named after the field, plus ``<field>_start`` and
  ``<field>_end`` holding the first and last day it may be, so spreadsheets can sort;
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

from eucentralasia._dataset import COLLECTIONS, Dataset, citations_of
from eucentralasia._dates import DateValue, PartialDate
from eucentralasia._model import Organization, Record
from eucentralasia._provenance import Citation, Source
from eucentralasia._serialization import converter

__all__ = ["CITATIONS", "Column", "Table", "record_table", "tables"]


class Column(NamedTuple):
    """One column of a table: its name, Table Schema type, description and value getter.

    `type` is a Table Schema type (``string``, ``integer``, ``number``, ``boolean``,
    ``date``, ``array``); `choices` the values an enum column may hold; `reference` the
    collection whose ids the column holds, if any.
    """

    name: str
    type: str
    description: str
    get: Callable[[Any], object]
    required: bool = False
    choices: tuple[str, ...] = ()
    reference: str | None = None


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


# What each field means, by field name; "<collection>.<field>" entries win over plain
# ones. "{what}" is the record kind ("event"). Every field of every record class needs
# an entry here: a new field without one fails the exports' tests, not silently.
_DESCRIPTIONS: Final[dict[str, str]] = {
    "id": "The {what}'s id: a kebab-case slug, unique across the whole dataset",
    "title": "The {what}'s title",
    "sources.title": "The document's title",
    "kind": "What kind of {what} this is",
    "status": "Where the {what} stood as of its latest source",
    "events.status": "Whether, as of its source, the event had taken place",
    "date": "When it happened",
    "period": "The time the figure covers",
    "published": "When the document was published",
    "as_of": "When the role held",
    "date_basis": "How the date was obtained: stated (the text gives it), derived (computed from the "
    "text and the document's date) or external (fixed by the public record)",
    "period_basis": "How the period was obtained: stated, derived or external (see date_basis)",
    "published_basis": "How the publication date was obtained: stated, derived or external",
    "date_note": "How a derived or external date was obtained",
    "period_note": "How a derived or external period was obtained",
    "published_note": "How a derived or external publication date was obtained",
    "location_place": "Where it took place: the place name",
    "location_country": "Where it took place: ISO 3166-1 alpha-2 country code (or EU)",
    "participants": "Ids of the officials and organizations taking part (JSON array)",
    "countries": "ISO 3166-1 alpha-2 codes (or EU) of the countries involved (JSON array)",
    "agreements": "Ids of the agreements the event concerns (JSON array)",
    "summary": "What the {what} is about, in a sentence or two",
    "citations": "The quotes the {what} rests on (JSON array of objects with source, quote, and the "
    "[start, end) character span where the quote stands in the source's text)",
    "note": "A curator's note",
    "name": "The {what}'s name",
    "short_name": "The short name or acronym the sources use",
    "aliases": "Other names, spellings and acronyms the sources use (JSON array)",
    "parties": "ISO 3166-1 alpha-2 codes (or EU) of the parties (JSON array)",
    "milestones": "Dated steps (proposed, signed, ratified, ...), each with kind, EDTF date, date "
    "basis and note, the id of the event it happened at, and its own citations (JSON array)",
    "country": "ISO 3166-1 alpha-2 code (or EU) of the {what}'s country",
    "roles": "Positions held, each with title, organization id, country, the id of the source "
    "giving it and the EDTF date it holds as of (JSON array)",
    "parent": "Id of the organization this one belongs to",
    "metric": "What the figure measures, as a kebab-case slug (trade-turnover, ...)",
    "description": "What the figure is, in words",
    "value": "The value in full units, written exactly (50 billion is 50000000000)",
    "unit": "ISO 4217 currency code, percent or count",
    "qualifier": "How the source qualifies the value (exact, almost, at-least, ...)",
    "reporter": "ISO 3166-1 alpha-2 code (or EU) of the reporting side",
    "partner": "ISO 3166-1 alpha-2 code (or EU) of the partner side",
    "projection": "Whether the figure is a potential, target or forecast rather than a result",
    "outlet": "The publication the document appeared in",
    "language": "The document's language, as a BCP 47 tag",
    "authors": "Who wrote or conducted it, each with name and role (JSON array)",
    "interviewee": "Id of the official interviewed, for an interview",
    "text_file": "Where the curated data keeps the text, relative to its data file",
    "text": "The document's full text; every quote's character span counts characters in it",
}
# The columns that hold one id of another collection; `references` in the dataset module
# is their run-time counterpart, and a test keeps the two in step.
_REFERENCES: Final[dict[tuple[type, str], str]] = {
    (Organization, "parent"): "organizations",
    (Source, "interviewee"): "officials",
}
_WHAT: Final = {name: name.removesuffix("s").replace("_", " ") for name in COLLECTIONS}


def _describe(collection: str, name: str) -> str:
    text = _DESCRIPTIONS.get(f"{collection}.{name}") or _DESCRIPTIONS.get(name)
    if text is None:
        raise KeyError(f"no description for the {collection} column {name!r}: add one to _DESCRIPTIONS")
    return text.format(what=_WHAT[collection])


def _first_day(date: DateValue) -> _dt.date:
    # A plain date: pendulum's subclass would leak into every format that sees it.
    return _dt.date.fromordinal(date.start().toordinal())


def _last_day(date: DateValue) -> _dt.date:
    return _dt.date.fromordinal(date.end().toordinal())


def _then(first: Callable[[Any], object], second: Callable[[Any], object]) -> Callable[[Any], object]:
    def get(item: Any) -> object:
        value = first(item)
        return None if value is None else second(value)

    return get


def _attribute(name: str) -> Callable[[Any], object]:
    return lambda item: getattr(item, name)


def _columns(cls: type, collection: str, prefix: str = "", required: bool = True) -> Iterator[Column]:
    """The columns of `cls`'s fields, names prefixed with `prefix` (for nested records)."""
    hints = get_type_hints(cls)
    for field in attrs.fields(cls):
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
        if PartialDate in kinds:
            yield Column(
                name,
                "string",
                f"{_describe(collection, name)}, as EDTF text at the precision known: 2025, 2022-23 "
                "(a season), 2025-02, 2025-02-24, 2023-10~ (approximate), or a range such as "
                "2025-05-29/2025-05-30",
                _then(get, str),
                needed,
            )
            for part, which, day in (("start", "first", _first_day), ("end", "last", _last_day)):
                yield Column(
                    f"{name}_{part}",
                    "date",
                    f"The {which} day the {name} column's date may fall on (ISO 8601), for sorting",
                    _then(get, day),
                    needed,
                )
        elif attrs.has(kind):
            # Only plain nested records (Location) get here; the parent getter handles None.
            yield from _columns(kind, collection, f"{name}_", needed)
        else:
            yield _column(cls, collection, name, kind, get, needed)


def _column(
    cls: type, collection: str, name: str, kind: Any, get: Callable[[Any], object], required: bool
) -> Column:
    """The one column of a field that is not a date or a nested record."""
    description = _describe(collection, name)
    if get_origin(kind) is tuple:
        return Column(name, "array", description, _then(get, converter.unstructure), required)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        choices = tuple(str(member.value) for member in kind)
        return Column(
            name, "string", description, _then(get, operator.attrgetter("value")), required, choices
        )
    types = {bool: "boolean", int: "integer", Decimal: "number", str: "string"}
    if kind not in types:
        raise TypeError(f"no column rule for {cls.__name__}.{name} of type {kind!r}")
    return Column(name, types[kind], description, get, required, reference=_REFERENCES.get((cls, name)))


def _records(collection: str) -> Callable[[Dataset], Iterable[Record]]:
    return lambda dataset: getattr(dataset, collection)


@functools.cache
def record_table(collection: str) -> Table:
    """The table of one collection (``"events"``): a row per record, keyed by id."""
    cls = COLLECTIONS[collection]
    what = _WHAT[collection]
    return Table(
        collection,
        collection.replace("_", " ").capitalize(),
        f"One row per {what}, ordered by id.",
        tuple(_columns(cls, collection)),
        ("id",),
        _records(collection),
    )


def _citations(dataset: Dataset) -> Iterator[tuple[str, str, str, Citation]]:
    for collection in COLLECTIONS:
        for record in getattr(dataset, collection):
            for path, citation in citations_of(record):
                yield collection, record.id, path, citation


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
            lambda row: row[0],
            required=True,
            choices=tuple(COLLECTIONS),
        ),
        Column("record", "string", "Id of the citing record", lambda row: row[1], required=True),
        Column(
            "field",
            "string",
            "Where the citation sits in the record: citations[0], milestones[1].citations[0], ...",
            lambda row: row[2],
            required=True,
        ),
        Column(
            "source",
            "string",
            "Id of the source quoted",
            lambda row: row[3].source,
            required=True,
            reference="sources",
        ),
        Column("quote", "string", "The words quoted, verbatim", lambda row: row[3].quote, required=True),
        Column(
            "start",
            "integer",
            "Where the quote starts in the source's text, as a character offset",
            lambda row: row[3].start,
            required=True,
        ),
        Column(
            "end",
            "integer",
            "Where the quote ends (exclusive): start plus the quote's length",
            lambda row: row[3].end,
            required=True,
        ),
    ),
    ("record", "field"),
    _citations,
)
"""Every citation as a row: collection, record, field path, source, quote, start, end."""


def tables() -> tuple[Table, ...]:
    """Every table of the tabular exports: one per collection, then the citations."""
    return (*(record_table(name) for name in COLLECTIONS), CITATIONS)
