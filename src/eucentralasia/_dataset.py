"""`Dataset` and `RecordSet`: the records and the queries on them.

A `Dataset` holds one `RecordSet` per collection of its registry. A `RecordSet` is an
immutable, id-ordered set of records of one type whose filters (`~RecordSet.between`,
`~RecordSet.involving`, `~RecordSet.find`, `~RecordSet.where`) return new `RecordSet`
views over the same indexes (`_index`), built once per collection on first use.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, get_args

import attrs

from . import _schema as schema
from ._checks import Entry, check, repeats
from ._codes import COUNTRY_NAMES
from ._dates import DateRange, PartialDate, parse_date
from ._errors import FieldError, UnknownIdError
from ._index import Index, Names
from ._lazy import Lazy
from ._model import (
    COLLECTIONS,
    Agreement,
    Event,
    EventKind,
    Location,
    MilestoneKind,
    Official,
    Organization,
    Relation,
    Statement,
    TradeFigure,
)
from ._provenance import Citation, Source
from ._release import Redirect, redirected, release
from ._search import SearchHit, fold, normalize_query, read_country, search, suggest

if TYPE_CHECKING:
    from ._results import Stats, TimelineEntry, Verification

__all__ = ["Dataset", "DateBound", "RecordSet"]

R = TypeVar("R", bound=schema.Identified)

DateBound = str | _dt.date | PartialDate | DateRange | None
"""A bound of a date window: EDTF text, a `date` (pendulum dates included), a
`PartialDate` or a `DateRange`; None leaves that side open."""

# Ordinals outside every date the records can hold, for the open sides of a window.
_OPEN_START: Final = 0
_OPEN_END: Final = _dt.date.max.toordinal() + 1


def _resolve(names: Names, key: str) -> str:
    """`key` as `Names.resolve` reads it, or the id a retired `key` became (with a warning).

    A retired id is followed before the looser readings (a country's code or name in
    another case): "ba", the id a user retired, is that id, not Bosnia's code ``BA``.
    """
    if isinstance(key, str) and key not in COUNTRY_NAMES and not names.knows(key):
        current = redirected(key, stacklevel=4, redirects=names.redirects)  # the user's involving() call
        if current is not None:
            return names.resolve(current)
    return names.resolve(key)


def _refuse_repeated_ids(records: Iterable[Any]) -> None:
    """Raise `ValueError` naming the first id a record repeats: ids are unique in a dataset."""
    _, repeated = repeats(records, lambda record: record.id)
    if repeated:
        raise ValueError(f"duplicate id {repeated[0][1].id!r}")


def _index(cls: type[R], records: Iterable[R], registry: schema.Registry = COLLECTIONS) -> Index[R]:
    """The index of `records`, whose ids the caller has found unique."""
    own = registry.holds(cls) and registry.of(cls).actor
    return Index(cls, records, own=own, actors=registry.actors)


def _wanted(cls: type, name: str, hint: Any, value: object, present: Iterable[object]) -> object:
    """A `where` value as field `name` holds it, read as the loader reads data files.

    Enum values become members, EDTF text and `date` s dates, decimal text (the data
    files' grammar) and whole numbers `Decimal` s, lists tuples; a country field also
    takes a country's name or its code in any case. The result must pass the field's own
    validator, else `ValueError` says what the field holds, suggesting the values of
    `present` (the field's values in the records) that differ only in case or spelling.
    """
    from ._serialization import structure_decimal, structure_enum

    field, meta = next((f, m) for f, m in schema.fields_of(cls) if f.name == name)
    if isinstance(value, list):
        value = tuple(value)
    options = get_args(hint) or (hint,)
    try:
        if meta.kind == "country":

            def code(item: object, path: str) -> object:
                if not isinstance(item, str) or item in COUNTRY_NAMES:
                    return item
                try:
                    return read_country(item)
                except ValueError as exc:
                    raise FieldError(path, str(exc)) from None

            if meta.many and isinstance(value, tuple):
                value = tuple(code(item, f"{name}[{number}]") for number, item in enumerate(value))
            else:
                value = code(value, name)
        enums = [o for o in options if isinstance(o, type) and issubclass(o, enum.Enum)]
        if enums and isinstance(value, str):
            value = structure_enum(value, enums[0])
        elif PartialDate in options and isinstance(value, (str, _dt.date)):
            value = parse_date(value)
        elif Decimal in options and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            value = structure_decimal(value, Decimal)
        _validate(field, value)
    except (ValueError, TypeError) as exc:  # FieldError is a ValueError
        path, message = (exc.path or name, exc.message) if isinstance(exc, FieldError) else (name, str(exc))
        strings = sorted({str(v) for v in present if isinstance(v, str)})
        near = []
        if isinstance(value, str):
            # The value in another case, where the field takes it; else values in the data.
            near = [
                v for v in dict.fromkeys((value.upper(), value.lower())) if v != value and _valid(field, v)
            ]
            near = near or [v for v in strings if fold(v) == fold(value)] or suggest(value, strings)
        hint_text = "; did you mean " + ", ".join(map(repr, near)) + "?" if near else ""
        raise ValueError(f"{cls.__name__}.{path}: {message}{hint_text}") from None
    return value


def _validate(field: attrs.Attribute[Any], value: object) -> None:
    """Run the field's own validator on `value` (`FieldError` if it refuses it)."""
    if field.validator is not None:
        # The rest of a check that needs the record (a count's value, a note's date) is
        # left to the record.
        with contextlib.suppress(AttributeError):
            field.validator(None, field, value)


def _valid(field: attrs.Attribute[Any], value: object) -> bool:
    try:
        _validate(field, value)
    except ValueError:
        return False
    return True


# The field kinds whose refused values get suggestions from the values in the records.
_SUGGESTED: Final = frozenset({"country", "unit", "language", "slug", "reference", "mention"})


def _window(start: DateBound, end: DateBound) -> tuple[int, int]:
    """The day ordinals ``[lo, hi]`` a window covers: each bound's whole span counts.

    A window that ends before it starts is refused rather than read as empty: it is
    almost always two bounds given the wrong way round.
    """
    lo = _OPEN_START if start is None else parse_date(start).start().toordinal()
    hi = _OPEN_END if end is None else parse_date(end).end().toordinal()
    if lo > hi:
        raise ValueError(f"the window ends before it starts: from {start} to {end}")
    return lo, hi


def _date_order(record: Any) -> tuple[Any, ...]:
    dates = schema.dates_of(record)
    if not dates:
        return (1, record.id)
    return (0, min(d.sort_key() for d in dates), record.id)


class RecordSet(Generic[R]):
    """An immutable set of records of one type, ordered by id, with chainable filters.

    Iterable, sized, supports ``in`` (an id or a record) and `get`; every filter returns a
    new `RecordSet` and filters combine in any order. Build one with
    ``RecordSet(Event, events)``, or take one from a `Dataset` (``ds.events``).

    >>> from eucentralasia.testing import example_dataset
    >>> events = example_dataset().events
    >>> events.between("2025-01", "2025-06").involving("UZ").ids
    ('example-summit',)
    >>> events.where(kind="forum").find("astana").ids
    ('example-forum',)
    """

    __slots__ = ("_index", "_members", "_positions")
    _index: Index[R]
    _positions: tuple[int, ...] | None  # None: every record of the index; else sorted positions
    _members: frozenset[int] | None  # the positions as a set, made on first need

    def __init__(self, cls: type[R], records: Iterable[R] = ()) -> None:
        records = list(records)
        _refuse_repeated_ids(records)
        self._init(_index(cls, records), None)

    def _init(self, index: Index[R], positions: tuple[int, ...] | None) -> None:
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_positions", positions)
        object.__setattr__(self, "_members", None)

    @classmethod
    def _view(cls, index: Index[R], positions: tuple[int, ...] | None) -> RecordSet[R]:
        view: RecordSet[R] = cls.__new__(cls)
        view._init(index, positions)
        return view

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"RecordSet is immutable; cannot set {name!r}")

    # -- the set itself -------------------------------------------------------------

    @property
    def type(self) -> type[R]:
        """The record type this set holds (`Event`, `Agreement`, ...)."""
        return self._index.cls

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the records, in order."""
        if self._positions is None:
            return self._index.ids
        ids = self._index.ids
        return tuple(ids[p] for p in self._positions)

    def _member_set(self) -> frozenset[int] | None:
        if self._positions is None:
            return None
        members = self._members
        if members is None:
            members = frozenset(self._positions)
            object.__setattr__(self, "_members", members)
        return members

    def _has(self, position: int) -> bool:
        members = self._member_set()
        return members is None or position in members

    def __iter__(self) -> Iterator[R]:
        if self._positions is None:
            return iter(self._index.records)
        records = self._index.records
        return (records[p] for p in self._positions)

    def __len__(self) -> int:
        return len(self._index.records) if self._positions is None else len(self._positions)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            position = self._index.by_id.get(item)
            return position is not None and self._has(position)
        if isinstance(item, self._index.cls):
            position = self._index.by_id.get(item.id)
            return position is not None and self._has(position) and self._index.records[position] == item
        return False

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecordSet):
            return NotImplemented
        if self._index is other._index:
            return self._positions == other._positions or self.ids == other.ids
        return self._index.cls is other._index.cls and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # equal sets may differ in identity

    def __repr__(self) -> str:
        positions = range(len(self._index.ids)) if self._positions is None else self._positions
        shown = ", ".join(repr(self._index.ids[p]) for p in positions[:5])
        shown += ", ..." if len(self) > 5 else ""
        return f"<RecordSet of {len(self)} {self._index.cls.__name__} records: {shown}>"

    def get(self, id: str) -> R:
        """The record with this id; an unknown id raises `UnknownIdError` with suggestions.

        A retired id leads to the record it became, with a `RetiredIdWarning`.
        """
        position = self._index.by_id.get(id)
        if position is None or not self._has(position):
            current = redirected(id, redirects=self._index.names.redirects)
            if current is not None:
                return self.get(current)
            what = self._index.cls.__name__.lower()
            raise UnknownIdError(id, suggest(id, self.ids), what)
        return self._index.records[position]

    # -- filters --------------------------------------------------------------------

    def _keep(self, candidates: Sequence[int]) -> RecordSet[R]:
        """The members among `candidates`, which are sorted and distinct."""
        members = self._member_set()
        if members is None:
            return self._view(self._index, tuple(candidates))
        return self._view(self._index, tuple(p for p in candidates if p in members))

    def between(self, start: DateBound = None, end: DateBound = None) -> RecordSet[R]:
        """The records whose date overlaps the window from `start` to `end`.

        A bound counts with its whole span: ``between("2025-01", "2025-06")`` is 1 January
        to 30 June 2025; a record dated ``2024`` overlaps ``between("2024-12")``. Either
        bound may be None (open). The date is an event's `date`, a trade figure's
        `period`, a source's `published` and any milestone date of an agreement;
        undated records, officials and organizations fall outside every bounded window.
        With both bounds open the set is returned as it is; a window that ends before it
        starts raises `ValueError`.

        Cost: a few bisects per span-length class (a day, 2-3 days, ... a year, ...),
        a slice of the dates that surely overlap, a check of those that may (dates
        starting shortly before the window), then sorting the k results: about
        O(c log n + k log k) for c classes, where a linear scan is O(n).
        """
        if start is None and end is None:
            return self
        lo, hi = _window(start, end)
        dates = self._index.dates()
        runs = dates.runs(lo, hi)
        if self._positions is not None and len(self._positions) < sum(b - a for _, a, _, b in runs):
            return self._view(self._index, tuple(p for p in self._positions if dates.overlaps(p, lo, hi)))
        return self._keep(dates.positions(runs, lo))

    def involving(self, key: str) -> RecordSet[R]:
        """The records involving a country or an official or organization.

        `key` is a country code (``"KZ"``, ``"EU"``), a country's name or other name
        (``"Kazakhstan"``, ``"European Union"``, ``"Republic of Uzbekistan"``; any case),
        a record id, or an official's or organization's name or alias (``"Kaja Kallas"``):
        codes and ids first (a retired id, followed to its record, before a code in
        another case), then country names, so "European Union" is the country code
        ``EU`` (pass ``"european-union"`` for the organization). A key that names
        nothing the dataset knows raises `UnknownIdError` with the closest ids and
        country names; a key that names something no record of this set involves gives
        an empty set.

        Matches every country field (at any depth: an event's location, an official's
        roles), every reference that may name an official or organization (an event's
        participants, a role's organization, an organization's parent, a source's
        interviewee) and an official's or organization's own id: the schema says which
        fields these are.

        >>> from eucentralasia.testing import example_dataset
        >>> example_dataset().events.involving("Uzbekistan").ids
        ('example-summit',)
        """
        key = _resolve(self._index.names, key)
        return self._keep(self._index.involvement().get(key, ()))

    def find(self, text: str) -> RecordSet[R]:
        """The records whose names contain `text`, ignoring case and accents.

        Searches ids (hyphens read as spaces too), titles, names, short names, aliases and
        acronyms (an official's role titles; a trade figure's description and metric; a
        source's title and authors): the fields the schema marks as names and titles
        (their ``search`` tier). ``find("sikela")`` finds "Josef Síkela",
        ``find("deputy foreign minister")`` Roman Vassilenko, ``find("EPCA")`` the
        agreement whose short name it is. The records found are those `Dataset.search`
        ranks ``exact``, ``name`` or ``title``: `text` is read as there, runs of whitespace
        made one space (``find("kaja  kallas")`` is ``find("kaja kallas")``).
        """
        needle = normalize_query(text)
        if not needle:
            return self
        index = self._index.text()
        if self._positions is not None and len(self._positions) * 8 < len(self._index.records):
            return self._view(self._index, tuple(p for p in self._positions if index.matches(p, needle)))
        return self._keep(index.search(needle))

    def where(self, **fields: object) -> RecordSet[R]:
        """The records whose fields equal the values given (all of them).

        Values are read as the data files write them, with the loader's rules: enum fields
        take members or their values (``where(kind="summit")``), date fields EDTF text or
        a `date`, decimal fields decimal text (``"50000000000"``, ``"1.5E+9"``; not
        ``"1_000"`` nor ``" 5"``) or whole numbers, tuple fields lists; country fields
        also take a country's name or its code in any case (``where(country="Kazakhstan")``),
        and reference fields an official's or organization's name or alias, as `involving`
        reads them (``where(speaker="Roman Vassilenko")``).
        Codes are otherwise as the data writes them: ``where(unit="usd")`` raises
        `ValueError` (units are ``USD``, ``percent``, ``count``), suggesting ``'USD'``.
        A value no record of the type could hold raises `ValueError` naming the field and
        what it holds; an unknown field raises `TypeError` naming the valid ones.

        >>> from eucentralasia.testing import example_dataset
        >>> example_dataset().trade_figures.where(unit="usd")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        ValueError: TradeFigure.unit: expected an ISO 4217 currency code, ..., got 'usd'; did you mean 'USD'?
        """
        hints = self._index.hints()
        unknown = sorted(set(fields) - set(hints))
        if unknown:
            valid = [field.name for field, _ in schema.fields_of(self._index.cls)]
            near = [match for name in unknown for match in suggest(name, sorted(valid))]
            also = f" (did you mean {', '.join(near)}?)" if near else ""
            raise TypeError(
                f"{self._index.cls.__name__} has no field {', '.join(unknown)}{also}; "
                f"its fields are {', '.join(valid)}"
            )
        result = self
        for name, value in fields.items():
            if self._index.kind(name) in ("reference", "mention"):
                # A name or alias reads as the id it stands for, as in `involving`.
                value = self._index.names.read(value)
            present = self._index.field(name) if self._index.kind(name) in _SUGGESTED else ()
            wanted = _wanted(self._index.cls, name, hints[name], value, present)
            try:
                candidates = self._index.field(name).get(wanted, ())
            except TypeError:
                raise TypeError(f"{name}: cannot compare with unhashable {value!r}") from None
            result = result._keep(candidates)
        return result

    def sorted_by_date(self) -> tuple[R, ...]:
        """The records ordered by date (earliest milestone for an agreement), undated last.

        Dates order by `~PartialDate.sort_key` (first day, last day, EDTF text); ties go
        by id.
        """
        return tuple(sorted(self, key=_date_order))


class _Root:
    """What every view of one dataset shares: the registry, the full indexes, the link graph."""

    __slots__ = ("indexes", "links", "names", "registry")

    def __init__(self, registry: schema.Registry, indexes: dict[str, Index[Any]]) -> None:
        self.registry = registry
        self.indexes = indexes
        self.names = Names(tuple(indexes.values()))
        for index in indexes.values():
            index.names = self.names
        self.links = Lazy(self._links)
        """id -> ids of the records it refers to or that refer to it (citations included)."""

    def find(self, id: str) -> tuple[str, int] | None:
        """The collection and position of the record with this id."""
        for name, index in self.indexes.items():
            position = index.by_id.get(id)
            if position is not None:
                return name, position
        return None

    def _links(self) -> dict[str, list[str]]:
        built: dict[str, list[str]] = {}
        for index in self.indexes.values():
            for record in index.records:
                refs = [ref for _, ref, _ in schema.references_of(record)]
                refs += [citation.source for _, citation in schema.citations_of(record)]
                for ref in refs:
                    built.setdefault(record.id, []).append(ref)
                    built.setdefault(ref, []).append(record.id)
        return built


class Dataset:
    """Records of every kind, indexed and immutable; what `load` returns.

    Its eight collections, ``ds.sources``, ``ds.events``, ``ds.agreements``,
    ``ds.officials``, ``ds.organizations``, ``ds.trade_figures``, ``ds.statements`` (who
    said what) and ``ds.relations`` (how records link), are `RecordSet` s. A dataset iterates
    over all its records (in that collection order, each by id), `get` finds any record,
    `timeline` orders events and milestones, `related` and `quotes` navigate.
    `between`, `involving`, `find` and `related` return datasets too: views of this one
    whose collections are filtered.

    ``Dataset(records)`` indexes records as given, checking only that their ids are
    unique; `load` also checks references, quotes and files. `registry` says which
    collections there are (`COLLECTIONS` by default); a registry extended with a record
    type of one's own gives a dataset whose `collection` of that name holds its records.

    >>> from eucentralasia.testing import example_dataset
    >>> ds = example_dataset()
    >>> [(e.when, e.what) for e in ds.timeline("2020", "2020")]
    [('1 Mar 2020', 'EPCA: in force')]
    >>> [r.id for r in ds.related("example-tokayev")]
    ['example-article', 'example-forum']
    >>> ds.involving("UZ").events.ids
    ('example-summit',)
    """

    __slots__ = ("_root", "_sets")
    _root: _Root
    _sets: dict[str, RecordSet[Any]]

    def __init__(self, records: Iterable[Any] = (), *, registry: schema.Registry = COLLECTIONS) -> None:
        grouped: dict[type, list[Any]] = {c.cls: [] for c in registry.values()}
        for record in records:
            if type(record) not in grouped:
                kinds = ", ".join(c.cls.__name__ for c in registry.values())
                raise TypeError(f"expected a record ({kinds}), got {record!r}")
            grouped[type(record)].append(record)
        _refuse_repeated_ids([record for group in grouped.values() for record in group])
        indexes: dict[str, Index[Any]] = {
            c.name: _index(c.cls, grouped[c.cls], registry) for c in registry.values()
        }
        self._init(
            _Root(registry, indexes), {name: RecordSet._view(index, None) for name, index in indexes.items()}
        )

    def _init(self, root: _Root, sets: dict[str, RecordSet[Any]]) -> None:
        object.__setattr__(self, "_root", root)
        object.__setattr__(self, "_sets", sets)

    def _view(self, sets: dict[str, RecordSet[Any]]) -> Dataset:
        view = Dataset.__new__(Dataset)
        view._init(self._root, sets)
        return view

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Dataset is immutable; cannot set {name!r}")

    @property
    def sources(self) -> RecordSet[Source]:
        """The documents every record cites, with their texts."""
        return self._sets["sources"]

    @property
    def events(self) -> RecordSet[Event]:
        """Meetings, summits, forums, visits, decisions, announcements, ..."""
        return self._sets["events"]

    @property
    def agreements(self) -> RecordSet[Agreement]:
        """Treaties, roadmaps, joint statements, packages, programmes, ..."""
        return self._sets["agreements"]

    @property
    def officials(self) -> RecordSet[Official]:
        """The people acting in the relations."""
        return self._sets["officials"]

    @property
    def organizations(self) -> RecordSet[Organization]:
        """Institutions, bodies, companies, forums, hubs and unions."""
        return self._sets["organizations"]

    @property
    def trade_figures(self) -> RecordSet[TradeFigure]:
        """Amounts, percentages and counts."""
        return self._sets["trade_figures"]

    @property
    def statements(self) -> RecordSet[Statement]:
        """Who said what: positions, claims, assessments, intentions, commitments, proposals."""
        return self._sets["statements"]

    @property
    def relations(self) -> RecordSet[Relation]:
        """How records relate: memberships, parts, implementations, ..."""
        return self._sets["relations"]

    @property
    def registry(self) -> schema.Registry:
        """The collections this dataset holds."""
        return self._root.registry

    @property
    def version(self) -> str:
        """The data release of the bundled records (CalVer ``YYYY.MM.N``), carried into every export.

        >>> import eucentralasia as eca
        >>> eca.load().version.count(".")
        2
        """
        return release().version

    @property
    def redirects(self) -> Mapping[str, Redirect]:
        """The ids the data has retired, each with the id it became (or None), when and why.

        The bundled data's, and those the user's files list (``[[redirects]]``).

        >>> import eucentralasia as eca
        >>> eca.load().redirects["joint-agreement-2025"].to
        'samarkand-joint-statement'
        """
        return self._root.names.redirects

    def collection(self, name: str) -> RecordSet[Any]:
        """The collection called `name` (``"events"``, or one of an extended registry)."""
        found = self._sets.get(name)
        if found is None:
            raise KeyError(f"no collection {name!r}: expected one of {', '.join(self._sets)}")
        return found

    def __iter__(self) -> Iterator[Any]:
        for records in self._sets.values():
            yield from records

    def __len__(self) -> int:
        return sum(len(records) for records in self._sets.values())

    def __contains__(self, item: object) -> bool:
        return any(item in records for records in self._sets.values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        # The retired ids are part of the data: a record's old id leads to it in one, not the other.
        return (
            self._sets.keys() == other._sets.keys()
            and all(self._sets[name] == other._sets[name] for name in self._sets)
            and dict(self.redirects) == dict(other.redirects)
        )

    __hash__ = None  # type: ignore[assignment]  # equal datasets may differ in identity

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(records)}" for name, records in self._sets.items())
        return f"<Dataset {counts}>"

    def get(self, id: str) -> Any:
        """Any record by id; an unknown id raises `UnknownIdError` with suggestions.

        A retired id (`redirects`) leads to the record it became, with a
        `RetiredIdWarning` saying it was merged; one retired with nothing in its place
        raises `RetiredIdError`, saying when and why.
        """
        found = self._root.find(id)
        if found is not None and id in self._sets[found[0]]:
            return self._sets[found[0]].get(id)
        current = redirected(id, redirects=self.redirects)
        if current is not None:
            return self.get(current)
        raise UnknownIdError(id, suggest(id, *(records.ids for records in self._sets.values())))

    def _map(self, query: Callable[[RecordSet[Any]], RecordSet[Any]]) -> Dataset:
        return self._view({name: query(records) for name, records in self._sets.items()})

    def between(self, start: DateBound = None, end: DateBound = None) -> Dataset:
        """This dataset with every collection filtered by `RecordSet.between`."""
        return self._map(lambda records: records.between(start, end))

    def involving(self, key: str) -> Dataset:
        """This dataset with every collection filtered by `RecordSet.involving`.

        `key` is read as there (codes, ids, country names, officials' and organizations'
        names); one that names nothing raises `UnknownIdError` with suggestions.
        """
        key = _resolve(self._root.names, key)
        return self._map(lambda records: records.involving(key))

    def find(self, text: str) -> Dataset:
        """This dataset with every collection filtered by `RecordSet.find`."""
        return self._map(lambda records: records.find(text))

    def related(self, id: str) -> Dataset:
        """The records linked to the record `id`, in either direction, as a dataset.

        Links are the references between records (every field the schema marks as a
        reference or mention: participants, an event's agreements, a milestone's event, a
        role's organization and source, a parent organization, an interviewee) and
        citations (a record and the sources it quotes). So for an
        official: the events and agreements they take part in, their organizations and
        their sources; for an agreement: its events and participants; for an
        organization: its members (officials with roles in it, child organizations),
        events and agreements; for a source: every record quoting it.
        """
        id = self.get(id).id
        linked = set(self._root.links.get().get(id, ())) - {id}

        def keep(records: RecordSet[Any]) -> RecordSet[Any]:
            by_id = records._index.by_id
            return records._keep(sorted(by_id[i] for i in linked if i in by_id))

        return self._map(keep)

    def reference(self, id: str, *, style: str = "text") -> str:
        """A formatted reference for record `id` and the sources it quotes.

        `style` is ``"text"`` (the record, then each source with its quotes and their
        characters), ``"bibtex"`` (an ``@article`` per source) or ``"csl-json"`` (a list
        of CSL items, for Zotero, pandoc and citeproc). A source is given with its
        authors, title, outlet, publication date in words (a window reads "between 23
        October and 12 November 2023") and its url where the public record gives one; the
        record with its id and the package release. ``eucentralasia reference ID``
        prints the same.

        >>> import eucentralasia as eca
        >>> text = eca.load().reference("eu-recognizes-kazakhstan-honey-exporter")
        >>> print(text)  # doctest: +ELLIPSIS
        “EU recognizes Kazakhstan as a honey-exporting country”, event eu-recognizes-...
        Source: Derya Soysal, “Interview with ...”, EU Reporter, published 18 April 2025, <https://...>.
          “On February 24, 2025, the European Union officially recognized ...” (characters 3674–3777)
        """  # noqa: RUF002 - the en dash is the point

        from ._reference import reference

        return reference(self, id, style)  # type: ignore[arg-type]  # an unknown style is refused there

    def quotes(self, id: str) -> tuple[tuple[Source, Citation], ...]:
        """The citations of record `id` (and of its milestones), each with its `Source`."""
        record = self.get(id)
        sources = self._root.indexes["sources"]
        pairs = []
        for _, citation in schema.citations_of(record):
            position = sources.by_id.get(citation.source)
            if position is None:
                raise UnknownIdError(citation.source, suggest(citation.source, sources.ids), "source")
            pairs.append((sources.records[position], citation))
        return tuple(pairs)

    def search(self, text: str, *, collections: Iterable[str] | None = None) -> tuple[SearchHit, ...]:
        """Records whose ids, names, titles, texts or quotes contain `text`, best match first.

        Case and accents are ignored ("sikela" finds "Síkela"). Each `SearchHit` gives the
        record, its rank (``exact``, ``name``, ``title``, ``text``, ``quote``), the field
        and the text that matched best. `collections` limits the search to those
        collections (``["officials"]``). The ``eucentralasia search`` command prints
        exactly these hits, in this order.

        >>> from eucentralasia.testing import example_dataset
        >>> [(hit.record.id, hit.rank) for hit in example_dataset().search("epca")]
        [('example-epca', 'exact')]
        """
        names = list(self._sets) if collections is None else list(collections)
        for name in names:
            self.collection(name)
        return search((record for name in names for record in self._sets[name]), text)

    def stats(self) -> Stats:
        """Counts by collection and kind, dates by basis and precision, quotes per source.

        >>> from eucentralasia.testing import example_dataset
        >>> stats = example_dataset().stats()
        >>> stats.records["events"], stats.by_field["events"]["kind"], stats.by_basis
        (2, {'summit': 1, 'forum': 1}, {'stated': 6})
        """
        from ._stats import stats_of  # the result classes are made on first use, not at import

        return stats_of(self)

    def verify(self) -> Verification:
        """Check every quote against its source's text and every reference between records.

        The cross-record checks `load` runs on data files (duplicate ids, dangling
        references, quotes that do not stand at their spans), run on these records: a
        dataset built by hand, or a view whose references lead out of it, may fail them.
        A problem's `~Problem.file` is the record's collection.

        >>> from eucentralasia.testing import example_dataset
        >>> result = example_dataset().verify()
        >>> result.ok, result.records, result.citations
        (True, 8, 10)
        """
        from ._results import Verification

        entries = [Entry(name, name, record) for name, records in self._sets.items() for record in records]
        return Verification(
            records=len(entries),
            citations=sum(1 for entry in entries for _ in schema.citations_of(entry.record)),
            references=sum(1 for entry in entries for _ in schema.references_of(entry.record)),
            problems=tuple(check(entries, {}, self.registry)),
        )

    def _index_of(self, name: str) -> Index[Any]:
        return self._root.indexes[name]

    def timeline(
        self,
        start: DateBound = None,
        end: DateBound = None,
        *,
        country: str | None = None,
        involving: str | None = None,
        kinds: Iterable[str | EventKind | MilestoneKind] | None = None,
        statements: bool = True,
    ) -> tuple[TimelineEntry, ...]:
        """Dated events, agreement milestones and statements, in date order.

        Entries are ordered by `~PartialDate.sort_key`, then by record id (then by
        milestone order). `start` and `end` keep entries whose own date overlaps the
        window (as in `RecordSet.between`); `country` (an ISO code or ``EU``) and
        `involving` (a code or an id) keep entries whose event or agreement involves it
        (`RecordSet.involving`); `kinds` keeps event kinds and milestone kinds
        (``{"summit", "signed"}``), and ``"statement"`` keeps statements; with `statements`
        false, statements are left out (a calendar of happenings).
        """
        from ._results import TimelineEntry

        wanted = self._kinds(kinds)
        if country is not None and country not in COUNTRY_NAMES:
            try:
                country = read_country(country)
            except ValueError as exc:
                raise ValueError(f"country: {exc}") from None
        keys = [self._root.names.resolve(k) for k in (country, involving) if k is not None]
        lo, hi = _window(start, end)
        rows: list[tuple[Any, str, int, TimelineEntry]] = []
        for collection in self._timeline_collections():
            if not statements and collection.name == "statements":
                continue
            records = self._sets[collection.name]
            for key in keys:
                records = records.involving(key)
            for record in records.between(start, end):
                for number, (owner, date, kind, what) in enumerate(schema.happenings(record, collection.key)):
                    if wanted is not None and kind not in wanted:
                        continue
                    if not (date.start().toordinal() <= hi and date.end().toordinal() >= lo):
                        continue
                    nested = None if owner is record else owner
                    entry = TimelineEntry(date, what, record, nested, self._place(owner), kind=kind)
                    rows.append((date.sort_key(), record.id, number, entry))
        rows.sort(key=lambda row: row[:3])
        return tuple(row[3] for row in rows)

    def _timeline_collections(self) -> list[schema.Collection]:
        """The collections whose records make timeline entries, in registry order."""
        return [c for c in self.registry.values() if any(schema.timeline_kinds(c.cls, c.key))]

    def _kinds(self, kinds: Iterable[str | enum.Enum] | None) -> set[str] | None:
        if kinds is None:
            return None
        collections = self._timeline_collections()
        groups = dict(kind for c in collections for kind in schema.timeline_kinds(c.cls, c.key))
        known = {value for values in groups.values() for value in values}
        wanted = {k.value if isinstance(k, enum.Enum) else k for k in kinds}
        unknown = sorted(wanted - known)
        if unknown:
            expected = [w if v == (w,) else f"{w} ({', '.join(v)})" for w, v in groups.items()]
            raise ValueError(
                f"kinds: unknown kind {', '.join(map(repr, unknown))}; expected "
                f"{', '.join(expected[:-1])} or {expected[-1]}"
            )
        return wanted

    def _place(self, owner: object) -> Location | None:
        """Where an entry happened: the owner's location, else that of a record it references."""
        place = _location(owner)
        for field, meta in schema.fields_of(type(owner)):
            if place is not None:
                break
            ref = getattr(owner, field.name)
            found = self._root.find(ref) if meta.kind == "reference" and not meta.many and ref else None
            if found is not None:
                place = _location(self._root.indexes[found[0]].records[found[1]])
        return place


def _location(obj: object) -> Location | None:
    """The first `Location` among the fields of `obj`."""
    for field, _ in schema.fields_of(type(obj)):
        value = getattr(obj, field.name)
        if isinstance(value, Location):
            return value
    return None
