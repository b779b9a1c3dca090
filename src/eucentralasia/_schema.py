"""The schema's own facts: field helpers, the registry of collections, and what derives from them.

Every field of every record class is declared with one of the helpers below. Besides the
attrs field (type, default, validator) a helper records a `FieldInfo` in the field's
metadata: a one-line description, what kind of value it holds, which collections a
reference may point at, whether it names the record (and how strongly, for search), and
which date a basis or note belongs to. A `Registry` lists the collections (name,
singular, title, class).

Everything that needs a per-type fact reads it from here: the loader's cross-record
checks (`references_of`), the involvement and text indexes (`involvement`, `labels`),
`Dataset.related`, search (`searchable`), the tables of the CSV, pandas and Data Package
exports, the command line, the docs catalogue and the hypothesis strategies. Adding a
record type is one class declared with these helpers and one `Collection` in a registry.
"""

from __future__ import annotations

import enum
import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal, NamedTuple, Protocol, TypeVar, dataclass_transform

import attrs

from . import _validators as v
from ._dates import DateValue

__all__ = [
    "Collection",
    "FieldInfo",
    "Registry",
    "Dating",
    "Happening",
    "citations_of",
    "dates_of",
    "datings",
    "gather_links",
    "describe_field",
    "happenings",
    "heading_of",
    "info",
    "involvement",
    "labels",
    "record",
    "references_of",
    "searchable",
    "timeline_kinds",
]

_KEY: Final = "eucentralasia"

Kind = Literal[
    "id",
    "text",
    "slug",
    "country",
    "language",
    "unit",
    "reference",
    "mention",
    "enum",
    "flag",
    "amount",
    "nested",
    "date",
    "basis",
    "date-note",
    "day",
    "citations",
    "offset",
    "path",
    "body",
]
Tier = Literal["name", "title", "text"]
"""How strongly a field names its record, for search: names, then titles, then texts."""


@attrs.frozen
class FieldInfo:
    """What the schema knows about one field, beyond its type.

    `kind` says what the value is (``text``, ``country``, ``reference``, ``date``, ...);
    `many` whether it is a tuple of such values. A ``reference`` holds ids of records in
    `collections`; a ``mention`` holds ids of any record or country codes. `search` is the
    field's search tier (None: not searched as text); `heading` marks the fields that
    name a record in headings and lists (a relation has three: subject, kind, object).
    A ``date`` field has its ``<name>_basis`` and ``<name>_note`` companions (their `of`
    names it); `when` says whether the date places the record in time (an event's date
    does, a role's as-of date does not).

    A date field with `timeline` makes one `Dataset.timeline` entry per date: its kind is
    the value of the enum field `entry_kind` of the same value (None: the collection's
    `~Collection.key`), and `caption` says what the entry says, from the top-level record
    and the value holding the date (None: the record's heading). `cls` is the class of a
    ``nested`` field's values or of an ``enum`` field's members.
    """

    description: str
    kind: Kind
    many: bool = False
    collections: tuple[str, ...] = ()
    search: Tier | None = None
    heading: bool = False
    of: str | None = None
    when: bool = True
    nonempty: bool = False
    cls: type | None = None
    timeline: bool = False
    entry_kind: str | None = None
    caption: Callable[[Any, Any], str] | None = None


def _field(
    description: str,
    kind: Kind,
    validator: v.Validator,
    *,
    default: object = attrs.NOTHING,
    many: bool = False,
    collections: tuple[str, ...] = (),
    search: Tier | None = None,
    heading: bool = False,
    of: str | None = None,
    when: bool = True,
    nonempty: bool = False,
    cls: type | None = None,
    timeline: bool = False,
    entry_kind: str | None = None,
    caption: Callable[[Any, Any], str] | None = None,
    **options: Any,
) -> Any:
    meta = FieldInfo(
        description,
        kind,
        many,
        collections,
        search,
        heading,
        of,
        when,
        nonempty,
        cls,
        timeline,
        entry_kind,
        caption,
    )
    if many and default is attrs.NOTHING:
        default = ()
    return attrs.field(default=default, validator=validator, metadata={_KEY: meta}, **options)


def _maybe(validator: v.Validator, optional: bool) -> v.Validator:
    return v.optional(validator) if optional else validator


def identifier() -> Any:
    """The record's id: a kebab-case slug, unique across the whole dataset."""
    return _field("The {what}'s id: a kebab-case slug, unique across the whole dataset", "id", v.slug)


def text(
    description: str,
    *,
    optional: bool = False,
    search: Tier | None = None,
    heading: bool = False,
) -> Any:
    """A text field (non-blank); `search` and `heading` say how it names the record."""
    default = None if optional else attrs.NOTHING
    return _field(
        description, "text", _maybe(v.text, optional), default=default, search=search, heading=heading
    )


def texts(description: str, *, search: Tier | None = None) -> Any:
    """A tuple of distinct texts (aliases)."""
    return _field(description, "text", v.each(v.text), many=True, search=search)


def note(description: str = "A curator's note") -> Any:
    """The optional curator's note every record may carry; searched as text."""
    return _field(description, "text", v.optional(v.text), default=None, search="text")


def slug(description: str, *, search: Tier | None = None) -> Any:
    """A kebab-case slug that is not a reference (a trade figure's metric)."""
    return _field(description, "slug", v.slug, search=search)


def country(description: str, *, optional: bool = False) -> Any:
    """An ISO 3166-1 alpha-2 code or ``EU``."""
    return _field(
        description, "country", _maybe(v.country, optional), default=None if optional else attrs.NOTHING
    )


def countries(description: str) -> Any:
    """A tuple of distinct country codes."""
    return _field(description, "country", v.each(v.country), many=True)


def language(description: str) -> Any:
    """A BCP 47 language tag (``en``, ``en-GB``)."""
    return _field(description, "language", v.language)


def unit(description: str, validator: v.Validator = v.unit) -> Any:
    """An ISO 4217 code, ``percent`` or ``count``."""
    return _field(description, "unit", validator)


def reference(description: str, *collections: str, optional: bool = False) -> Any:
    """The id of one record in one of `collections`."""
    default = None if optional else attrs.NOTHING
    return _field(
        description, "reference", _maybe(v.slug, optional), default=default, collections=collections
    )


def references(description: str, *collections: str) -> Any:
    """A tuple of distinct ids of records in `collections`."""
    return _field(description, "reference", v.each(v.slug), many=True, collections=collections)


def mention(description: str, *, heading: bool = False) -> Any:
    """The id of any record, or a country code; `heading`: part of what the record is called."""
    return _field(description, "mention", v.mention, heading=heading)


def mentions(description: str) -> Any:
    """A tuple of distinct record ids and country codes."""
    return _field(description, "mention", v.each(v.mention), many=True)


def choice(
    cls: type[enum.Enum], description: str, *, default: object = attrs.NOTHING, heading: bool = False
) -> Any:
    """One member of the enum `cls`; `heading`: its value is part of what the record is called."""
    return _field(description, "enum", v.instance_of(cls), default=default, cls=cls, heading=heading)


def flag(description: str, *, default: bool = False) -> Any:
    """True or False."""
    return _field(description, "flag", v.boolean, default=default)


def amount(description: str) -> Any:
    """A finite `Decimal`."""
    return _field(description, "amount", v.finite_decimal)


def nested(cls: type, description: str, *, optional: bool = False) -> Any:
    """A record-like value of class `cls` inside the record (a location)."""
    validator = _maybe(v.instance_of(cls), optional)
    return _field(description, "nested", validator, default=None if optional else attrs.NOTHING, cls=cls)


def nested_many(cls: type, description: str, *, nonempty: bool = False, search: Tier | None = None) -> Any:
    """A tuple of distinct values of class `cls` (milestones, roles, authors).

    With `search`, the values' own searchable texts name the record at that tier (a
    source's authors' names).
    """
    validator = v.each(v.instance_of(cls), nonempty=nonempty)
    return _field(description, "nested", validator, many=True, nonempty=nonempty, search=search, cls=cls)


def dated(
    description: str,
    *,
    when: bool = True,
    timeline: bool = False,
    kind: str | None = None,
    caption: Callable[[Any, Any], str] | None = None,
) -> Any:
    """An optional date; the class declares ``<name>_basis`` and ``<name>_note`` beside it.

    `when`: the date places the record in time (`RecordSet.between`, sorting). With
    `timeline`, each date is an entry of `Dataset.timeline`, of the kind held by the enum
    field `kind` (default: the collection's key, ``"statement"``), saying what `caption`
    makes of the top-level record and the value holding the date (default: the record's
    heading).
    """
    return _field(
        description,
        "date",
        v.date_value,
        default=None,
        when=when,
        timeline=timeline,
        entry_kind=kind,
        caption=caption,
    )


def day(description: str) -> Any:
    """An optional `PartialDate` with no basis of its own (when a source was accessed)."""
    from ._dates import PartialDate

    return _field(description, "day", v.optional(v.instance_of(PartialDate)), default=None)


def basis(of: str) -> Any:
    """How the date `of` was obtained: stated, derived or external."""
    return _field(
        f"How the {of} was obtained: stated (the text gives it), derived (computed from the text "
        "and the document's date) or external (fixed by the public record)",
        "basis",
        v.date_basis,
        default=None,
        of=of,
    )


def date_note(of: str) -> Any:
    """How a derived or external date `of` was obtained; checks the date, basis and note agree."""
    return _field(
        f"How a derived or external {of} was obtained", "date-note", v.dating(of), default=None, of=of
    )


def citations(description: str = "The quotes the {what} rests on") -> Any:
    """The record's citations: at least one, distinct."""
    from ._provenance import Citation  # the one helper that needs the provenance classes

    return _field(
        description, "citations", v.each(v.instance_of(Citation), nonempty=True), many=True, nonempty=True
    )


def body(description: str) -> Any:
    """A source's full text: filled in by the loader, never compared, never written to a file."""
    return _field(description, "body", v.optional(v.text), default=None, eq=False, repr=False)


def offset(description: str, validator: v.Validator) -> Any:
    """A character offset into a source's text (a citation's start and end)."""
    return _field(description, "offset", validator)


def context(description: str) -> Any:
    """Optional text standing beside a quote in its source (a citation's prefix or suffix)."""
    return _field(description, "text", v.optional(v.characters), default=None)


def path(description: str) -> Any:
    """A file path relative to the data file (a source's text file)."""
    return _field(description, "path", v.relative_path)


R = TypeVar("R")


def evolve(record: R, **changes: Any) -> R:
    """A copy of `record` with `changes` (``attrs.evolve`` for the schema's record classes)."""
    changed: R = attrs.evolve(record, **changes)  # type: ignore[misc]  # attrs classes all
    return changed


def info(field: attrs.Attribute[Any]) -> FieldInfo:
    """The schema's facts about `field`; a field declared without a helper raises `TypeError`."""
    meta = field.metadata.get(_KEY)
    if not isinstance(meta, FieldInfo):
        raise TypeError(f"field {field.name!r} was not declared with a schema helper")
    return meta


C = TypeVar("C", bound=type)


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: C) -> C:
    """Make `cls` a frozen, keyword-only attrs record and check its schema is whole.

    Every field must come from a helper of this module, and every date field needs its
    ``<name>_basis`` and ``<name>_note`` companions right after it; a class that breaks
    this fails when it is defined, not when data is loaded. Type checkers see the fields
    through `dataclass_transform`; as the helpers' defaults are not visible to them,
    every field looks optional there, and a missing one is caught when the record is made.
    """
    made = attrs.frozen(kw_only=True)(cls)
    fields = attrs.fields_dict(made)
    for name, field in fields.items():
        meta = info(field)
        if meta.kind == "date":
            for companion, kind in ((f"{name}_basis", "basis"), (f"{name}_note", "date-note")):
                if companion not in fields or info(fields[companion]).kind != kind:
                    raise TypeError(
                        f"{made.__name__}.{name}: a date field needs {companion} ({kind}) beside it"
                    )
            kind_field = fields.get(meta.entry_kind) if meta.entry_kind is not None else None
            if meta.entry_kind is not None and (kind_field is None or info(kind_field).kind != "enum"):
                raise TypeError(f"{made.__name__}.{name}: the entries' kind {meta.entry_kind!r} is no enum")
    return made


# -- the registry ----------------------------------------------------------------------


class Identified(Protocol):
    """What every top-level record has: an id and its citations."""

    @property
    def id(self) -> str: ...

    @property
    def citations(self) -> tuple[Any, ...]: ...


@attrs.frozen
class Collection:
    """One collection of a dataset: its name, its record class and how people call it.

    `name` is the attribute and file-table name (``trade_figures``), `singular` what one
    record is called (``trade figure``), `title` the heading of its catalogue page and
    table, `description` one line on what it holds. `actor` marks the collections whose
    records take part in things (officials, organizations): a record of an actor
    collection involves itself.
    """

    name: str
    cls: type[Any]
    singular: str
    title: str
    description: str
    actor: bool = False

    @property
    def key(self) -> str:
        """The command line's word for a record of this collection: ``trade-figure``."""
        return self.singular.replace(" ", "-")


@attrs.frozen
class Registry(Mapping[str, Collection]):
    """The collections a dataset holds, by name, in the order a dataset iterates them.

    A mapping from collection name to `Collection`. `extend` gives a registry with more
    collections: the way to add a record type without editing the package
    (``Dataset(records, registry=...)``, ``load(..., registry=...)``).
    """

    collections: tuple[Collection, ...]
    _by_name: dict[str, Collection] = attrs.field(init=False, eq=False, repr=False)
    _by_class: dict[type, Collection] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        by_name = {c.name: c for c in self.collections}
        by_class = {c.cls: c for c in self.collections}
        if len(by_name) != len(self.collections) or len(by_class) != len(self.collections):
            raise ValueError("a registry names each collection and class once")
        for collection in self.collections:
            for field in attrs.fields(collection.cls):
                info(field)  # every field declared with a helper
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_by_class", by_class)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self.collections)

    def __getitem__(self, name: str) -> Collection:
        return self._by_name[name]

    @property
    def names(self) -> tuple[str, ...]:
        """The collection names, in order."""
        return tuple(self._by_name)

    @property
    def actors(self) -> tuple[str, ...]:
        """The names of the actor collections (officials, organizations)."""
        return tuple(c.name for c in self.collections if c.actor)

    def of(self, cls: type) -> Collection:
        """The collection holding records of class `cls`; `KeyError` if none does."""
        return self._by_class[cls]

    def holds(self, cls: type) -> bool:
        """Whether some collection holds records of class `cls`."""
        return cls in self._by_class

    def extend(self, *collections: Collection) -> Registry:
        """This registry with `collections` added after its own."""
        return Registry((*self.collections, *collections))


# -- what derives from the field facts -------------------------------------------------


def _fields(obj: object) -> tuple[tuple[attrs.Attribute[Any], FieldInfo], ...]:
    cls: Any = type(obj)
    return _schema_of(cls)


def _per_class(build: Callable[[Any], R]) -> Callable[[Any], R]:
    """`build` run once per class, its result kept: a plan of the fields a walker visits.

    attrs.fields and the metadata look-ups would otherwise be the hot path of loading
    and indexing, which walk every record.
    """
    return functools.cache(build)


@_per_class
def _schema_of(cls: Any) -> tuple[tuple[attrs.Attribute[Any], FieldInfo], ...]:
    return tuple((f, info(f)) for f in attrs.fields(cls))


def fields_of(cls: type) -> tuple[tuple[attrs.Attribute[Any], FieldInfo], ...]:
    """Each field of the record class `cls` with its `FieldInfo`, in declaration order."""
    return _schema_of(cls)


def _values(value: object, many: bool) -> tuple[Any, ...]:
    if many:
        return value  # type: ignore[return-value]  # a validated tuple
    return () if value is None else (value,)


_RefPlan = tuple[tuple[str, str, bool, "tuple[str, ...] | None"], ...]


@_per_class
def _references_plan(cls: type) -> _RefPlan:
    # The fields the reference walkers visit, so that a record's other fields cost nothing.
    return tuple(
        (field.name, meta.kind, meta.many, meta.collections if meta.kind == "reference" else None)
        for field, meta in _schema_of(cls)
        if meta.kind in ("reference", "mention", "nested")
    )


def references_of(record: object, path: str = "") -> Iterator[tuple[str, str, tuple[str, ...] | None]]:
    """Every id `record` refers to (nested values included), except its citations' sources.

    Yields ``(field path, id, collections the id must belong to)``; the collections are
    None for a mention, which may name any record or be a country code.
    """
    for name, kind, many, allowed in _references_plan(type(record)):
        value = getattr(record, name)
        if value is None or (many and not value):
            continue
        here = f"{path}{name}"
        if kind != "nested":
            if many:
                for i, ref in enumerate(value):
                    yield f"{here}[{i}]", ref, allowed
            else:
                yield here, value, allowed
        elif many:
            for i, item in enumerate(value):
                yield from references_of(item, f"{here}[{i}].")
        else:
            yield from references_of(value, f"{here}.")


@_per_class
def _links_plan(cls: type) -> _RefPlan:
    return tuple(
        (field.name, meta.kind, meta.many, meta.collections if meta.kind == "reference" else None)
        for field, meta in _schema_of(cls)
        if meta.kind in ("reference", "mention", "nested", "citations")
    )


_is_not_none = functools.partial(operator.is_not, None)


def gather_links(
    records: Sequence[object], refs: dict[tuple[str, ...] | None, set[str]], citations: list[Any]
) -> None:
    """Add the ids `records` refer to into `refs` (by the collections allowed), their citations to a list.

    What `references_of` and `citations_of` yield for many records, nested values'
    citations included, without the field paths: one field of every record of a class
    at a time, for the checks in bulk (a set per kind of reference, then a set
    difference). A citation's own references (its source, its speaker) are gathered
    from the citations.
    """
    # A file's records come a class at a time.
    runs = [(cls, list(run)) for cls, run in itertools.groupby(records, type)]
    if len(runs) > 1:
        for _, run in runs:
            gather_links(run, refs, citations)
        return
    if not runs:
        return
    for name, kind, many, allowed in _links_plan(runs[0][0]):
        values = map(operator.attrgetter(name), records)
        if many:  # a tuple, possibly empty (or None, where optional)
            items: Iterable[Any] = itertools.chain.from_iterable(filter(None, values))
        else:
            items = filter(_is_not_none, values)
        if kind == "citations":
            citations += items
        elif kind == "nested":
            gather_links(list(items), refs, citations)
        else:
            refs.setdefault(allowed, set()).update(items)


@_per_class
def _citations_plan(cls: type) -> tuple[tuple[str, ...], tuple[tuple[str, bool], ...]]:
    fields = _schema_of(cls)
    return (
        tuple(field.name for field, meta in fields if meta.kind == "citations"),
        tuple((field.name, meta.many) for field, meta in fields if meta.kind == "nested"),
    )


def citations_of(record: object, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every citation of `record` with its field path: its own first, then nested values'."""
    own, nested = _citations_plan(type(record))
    for name in own:
        for i, citation in enumerate(getattr(record, name)):
            yield f"{path}{name}[{i}]", citation
    for name, many in nested:
        value = getattr(record, name)
        if value is None:
            continue
        if many:
            for i, item in enumerate(value):
                yield from citations_of(item, f"{path}{name}[{i}].")
        else:
            yield from citations_of(value, f"{path}{name}.")


def involvement(record: object, actors: Iterable[str], *, own: bool = False) -> set[str]:
    """The country codes and ids `record` involves, as `RecordSet.involving` matches them.

    Country fields at any depth, references that may name an actor (`actors`: the actor
    collections), mentions, and the record's own id when `own` (it is an actor itself).
    """
    actor_set = set(actors)
    keys: set[str] = set()
    if own:
        keys.add(getattr(record, "id"))  # noqa: B009 - any record type

    def walk(obj: object) -> None:
        for name, kind, many, collections in _involvement_plan(type(obj)):
            value = getattr(obj, name)
            if kind == "nested":
                for item in _values(value, many):
                    walk(item)
            elif kind != "reference" or actor_set.intersection(collections):
                keys.update(_values(value, many))

    walk(record)
    return keys


@_per_class
def _involvement_plan(cls: type) -> tuple[tuple[str, str, bool, tuple[str, ...]], ...]:
    # The fields `involvement` looks at.
    return tuple(
        (field.name, meta.kind, meta.many, meta.collections)
        for field, meta in _schema_of(cls)
        if meta.kind in ("country", "mention", "reference", "nested")
    )


@_per_class
def _search_plan(cls: type) -> tuple[tuple[str, Tier, bool, bool], ...]:
    # The fields with a search tier, as (name, tier, many, nested).
    return tuple(
        (field.name, meta.search, meta.many, meta.kind == "nested")
        for field, meta in _schema_of(cls)
        if meta.search is not None
    )


def searchable(record: object) -> Iterator[tuple[Tier, str, str]]:
    """Every text that names or describes `record`: ``(tier, field, text)``, by field order.

    Fields with a search tier; a tuple of nested values (a source's authors) contributes
    their own searchable texts under its field's tier.
    """
    for name, tier, many, nested in _search_plan(type(record)):
        value = getattr(record, name)
        for item in _values(value, many):
            if nested:
                for _, _, text in searchable(item):
                    yield tier, name, text
            else:
                yield tier, name, item


def labels(record: object) -> list[str]:
    """The names a record goes by, as `RecordSet.find` searches them: name and title tiers."""
    return [text for tier, _, text in searchable(record) if tier != "text"]


def heading_of(record: object, name: Callable[[str], str] | None = None) -> str:
    """What a record is called: its heading fields' values, else its first label, else its id.

    A record whose heading is what it links (a relation: subject, kind, object) is called
    by those ends; `name`, given, turns each linked id into a name for people (the docs'
    catalogue passes the linked records' headings).
    """
    parts = []
    for field, meta in _fields(record):
        if meta.heading:
            value = getattr(record, field.name)
            if isinstance(value, enum.Enum):
                value = value.value
            elif meta.kind in ("mention", "reference") and name is not None:
                value = name(value)
            parts.append(str(value))
    if parts:
        return " ".join(parts)
    found = labels(record)
    return found[0] if found else str(getattr(record, "id", record))


@_per_class
def _dates_plan(cls: type) -> tuple[tuple[str, FieldInfo], ...]:
    # The date and nested fields `datings` visits.
    return tuple((field.name, meta) for field, meta in _schema_of(cls) if meta.kind in ("date", "nested"))


class Dating(NamedTuple):
    """One date field of a record or of a value nested in it, as `datings` yields it."""

    owner: Any
    path: str
    name: str
    date: DateValue | None
    basis: Any
    note: str | None
    info: FieldInfo


def datings(obj: object, path: str = "") -> Iterator[Dating]:
    """Every date field of `obj` and of the values nested in it, undated fields too, in field order."""
    for name, meta in _dates_plan(type(obj)):
        if meta.kind == "date":
            yield Dating(
                obj,
                f"{path}{name}",
                name,
                getattr(obj, name),
                getattr(obj, f"{name}_basis"),
                getattr(obj, f"{name}_note"),
                meta,
            )
        else:
            value = getattr(obj, name)
            for i, item in enumerate(_values(value, meta.many)):
                yield from datings(item, f"{path}{name}[{i}]." if meta.many else f"{path}{name}.")


def dates_of(record: object) -> tuple[DateValue, ...]:
    """The dates that place `record` in time (an agreement: its milestones' dates)."""
    return tuple(d.date for d in datings(record) if d.date is not None and d.info.when)


class Happening(NamedTuple):
    """One timeline entry a record makes: see `happenings`."""

    owner: Any
    date: DateValue
    kind: str
    what: str


def happenings(record: object, key: str) -> Iterator[Happening]:
    """The timeline entries `record` makes, in field order: one per date of a timeline field.

    `key` is the record's collection key, the kind of an entry whose field names no kind
    field. `owner` is the record or the nested value (a milestone) holding the date.
    """
    for dating in datings(record):
        meta = dating.info
        if not meta.timeline or dating.date is None:
            continue
        owner = dating.owner
        kind = key if meta.entry_kind is None else str(getattr(owner, meta.entry_kind).value)
        what = heading_of(record) if meta.caption is None else meta.caption(record, owner)
        yield Happening(owner, dating.date, kind, what)


def timeline_kinds(cls: type, key: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The kinds of the timeline entries records of `cls` make: ``(what they are, kinds)``.

    ``("event kinds", ("meeting", ...))`` for a field whose entry kind is an enum field,
    ``(key, (key,))`` for one whose entries are of the collection's kind.
    """
    for _, meta in _schema_of(cls):
        if meta.kind == "date" and meta.timeline:
            if meta.entry_kind is None:
                yield key, (key,)
            else:
                members: Any = info(attrs.fields_dict(cls)[meta.entry_kind]).cls
                yield f"{cls.__name__.lower()} kinds", tuple(str(m.value) for m in members)
        elif meta.kind == "nested" and meta.cls is not None:
            yield from timeline_kinds(meta.cls, key)


def describe_field(cls: type, name: str, what: str) -> str:
    """The one-line description of field `name` of `cls`, for a record called `what`."""
    return info(attrs.fields_dict(cls)[name]).description.format(what=what)
