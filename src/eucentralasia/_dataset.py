"""`Dataset` and `RecordSet`: the records, their indexes and the queries on them.

A `Dataset` holds one `RecordSet` per kind of record. A `RecordSet` is an immutable,
id-ordered set of records of one type whose filters (`~RecordSet.between`,
`~RecordSet.involving`, `~RecordSet.find`, `~RecordSet.where`) return new `RecordSet`
views over the same indexes. The indexes are built once per collection, on first use,
and shared by every view derived from it:

- ids: a dict from id to position (records are kept sorted by id);
- dates: for each power-of-two class of span length (a day, 2-3 days, ... a year, ...),
  the record dates sorted by first day, searched with `bisect`;
- involvement: a dict from country code or id to the sorted positions involving it;
- text: one string of every record's folded labels, searched with `str.find`;
- fields: per field used in `~RecordSet.where`, a dict from value to positions.
"""

from __future__ import annotations

import datetime as _dt
import enum
import threading
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Generic, TypeVar, get_args, get_type_hints

import attrs

from ._codes import COUNTRY_NAMES
from ._dates import DateRange, DateValue, PartialDate, Precision, Season, parse_date
from ._model import (
    Agreement,
    Event,
    EventKind,
    Location,
    Milestone,
    MilestoneKind,
    Official,
    Organization,
    Record,
    TradeFigure,
)
from ._provenance import Citation, Source

__all__ = ["Dataset", "DateBound", "RecordSet", "TimelineEntry", "UnknownIdError", "describe_date"]

R = TypeVar("R", Source, Event, Agreement, Official, Organization, TradeFigure)
X = TypeVar("X")

DateBound = str | _dt.date | PartialDate | DateRange | None
"""A bound of a date window: EDTF text, a `date` (pendulum dates included), a
`PartialDate` or a `DateRange`; None leaves that side open."""

COLLECTIONS: Final[dict[str, type[Record]]] = {
    "sources": Source,
    "events": Event,
    "agreements": Agreement,
    "officials": Official,
    "organizations": Organization,
    "trade_figures": TradeFigure,
}
"""The collections of a dataset, in the order a dataset iterates them, and their record types."""

_ACTORS: Final = ("officials", "organizations")
# Ordinals outside every date the records can hold, for the open sides of a window.
_OPEN_START: Final = 0
_OPEN_END: Final = _dt.date.max.toordinal() + 1
# Above this many ids, difflib (pure Python, linear) only looks at ids sharing the first letter.
_SUGGEST_LIMIT: Final = 20_000
# Joins labels inside the text index; a query holding it falls back to a per-record scan.
_SEP: Final = "\x00"


class UnknownIdError(KeyError):
    """No record has the id asked for; the message suggests the closest ids.

    A `KeyError`, so ``except KeyError`` catches it. `id` is the id asked for and
    `suggestions` the closest existing ids (possibly none).
    """

    def __init__(self, id: str, suggestions: Sequence[str] = (), what: str = "record") -> None:
        self.id = id
        self.suggestions = tuple(suggestions)
        self._what = what
        message = f"no {what} with id {id!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        # KeyError's own __str__ would print the message as a quoted repr.
        return self.message

    def __reduce__(self) -> tuple[type[UnknownIdError], tuple[str, tuple[str, ...], str]]:
        return (UnknownIdError, (self.id, self.suggestions, self._what))


def suggest(word: str, *sorted_ids: Sequence[str]) -> list[str]:
    """The ids closest to `word` among the sorted id sequences, best first."""
    import difflib  # only needed on the error path; keeps `import eucentralasia` lean

    candidates: list[str] = []
    for ids in sorted_ids:
        if len(ids) > _SUGGEST_LIMIT and word:
            ids = ids[bisect_left(ids, word[0]) : bisect_right(ids, word[0] + "\U0010ffff")]
        candidates.extend(ids)
    return difflib.get_close_matches(word, candidates, n=3, cutoff=0.6)


def fold(text: str) -> str:
    """`text` case-folded and without accents, as `RecordSet.find` compares it.

    >>> fold("Josef Síkela")
    'josef sikela'
    """

    def strip(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value)
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    # Case-folding can produce decomposable letters, and NFKD turns some symbols (the
    # black-letter capitals) into capital letters: fold both ways.
    return strip(strip(text).casefold())


def _dates_of(record: Record) -> tuple[DateValue, ...]:
    """The dates a record is placed at in time (an agreement: its milestones' dates)."""
    if isinstance(record, Event):
        return () if record.date is None else (record.date,)
    if isinstance(record, Agreement):
        return tuple(m.date for m in record.milestones if m.date is not None)
    if isinstance(record, TradeFigure):
        return () if record.period is None else (record.period,)
    if isinstance(record, Source):
        return () if record.published is None else (record.published,)
    return ()


def _involved(record: Record) -> set[str]:
    """The country codes and ids a record involves, as `RecordSet.involving` matches them."""
    keys: set[str] = set()
    if isinstance(record, Event):
        keys.update(record.participants, record.countries)
        if record.location is not None:
            keys.add(record.location.country)
    elif isinstance(record, Agreement):
        keys.update(record.parties, record.participants)
    elif isinstance(record, Official):
        keys.add(record.id)
        for role in record.roles:
            keys.update(k for k in (role.organization, role.country) if k is not None)
        if record.country is not None:
            keys.add(record.country)
    elif isinstance(record, Organization):
        keys.update(k for k in (record.id, record.parent, record.country) if k is not None)
    elif isinstance(record, TradeFigure):
        keys.update(k for k in (record.reporter, record.partner) if k is not None)
    elif record.interviewee is not None:
        keys.add(record.interviewee)
    return keys


def _labels(record: Record) -> list[str]:
    """The names a record goes by, as `RecordSet.find` searches them."""
    if isinstance(record, Event):
        return [record.title]
    if isinstance(record, Agreement):
        short = [] if record.short_name is None else [record.short_name]
        return [record.name, *short, *record.aliases]
    if isinstance(record, (Official, Organization)):
        return [record.name, *record.aliases]
    if isinstance(record, TradeFigure):
        return [record.description, record.metric]
    return [record.title, *(author.name for author in record.authors)]


def references(record: Record) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Every id `record` refers to, except its citations' sources.

    Yields ``(field path, id, collections the id must belong to)``.
    """
    if isinstance(record, Event):
        for i, ref in enumerate(record.participants):
            yield f"participants[{i}]", ref, _ACTORS
        for i, ref in enumerate(record.agreements):
            yield f"agreements[{i}]", ref, ("agreements",)
    elif isinstance(record, Agreement):
        for i, ref in enumerate(record.participants):
            yield f"participants[{i}]", ref, _ACTORS
        for i, milestone in enumerate(record.milestones):
            if milestone.event is not None:
                yield f"milestones[{i}].event", milestone.event, ("events",)
    elif isinstance(record, Official):
        for i, role in enumerate(record.roles):
            if role.organization is not None:
                yield f"roles[{i}].organization", role.organization, ("organizations",)
            yield f"roles[{i}].source", role.source, ("sources",)
    elif isinstance(record, Organization):
        if record.parent is not None:
            yield "parent", record.parent, ("organizations",)
    elif isinstance(record, Source) and record.interviewee is not None:
        yield "interviewee", record.interviewee, ("officials",)


def citations_of(record: Record) -> Iterator[tuple[str, Citation]]:
    """Every citation of `record` with its field path (an agreement's milestones' too)."""
    for i, citation in enumerate(record.citations):
        yield f"citations[{i}]", citation
    if isinstance(record, Agreement):
        for m, milestone in enumerate(record.milestones):
            for i, citation in enumerate(milestone.citations):
                yield f"milestones[{m}].citations[{i}]", citation


class _DateIndex:
    """Record dates by span-length class, each class sorted by first day.

    A date overlaps the window ``[lo, hi]`` (day ordinals) when it starts on or before
    ``hi`` and ends on or after ``lo``. Within a class whose spans run from ``S`` to
    ``L`` days (classes double: 0, 1, 2-3, 4-7, ... days past the first), such a date
    starts in ``[lo - L, hi]``, found by bisection. Those starting in ``[lo - S, hi]``
    surely end on or after ``lo`` and are taken as one slice; only those starting in
    ``[lo - L, lo - S)`` are checked one by one; within a class, L is under twice S.
    """

    __slots__ = ("classes", "spans")

    def __init__(self, records: Sequence[Record]) -> None:
        cache: dict[DateValue, tuple[int, int]] = {}
        grouped: dict[int, list[tuple[int, int, int]]] = {}
        # Per position, its dates flattened as (first, last, first, last, ...) day ordinals.
        self.spans: list[tuple[int, ...]] = []
        for position, record in enumerate(records):
            flat: list[int] = []
            for date in _dates_of(record):
                span = cache.get(date)
                if span is None:
                    # Real data repeats dates a lot; pendulum's end-of-month is slow.
                    span = cache[date] = (date.start().toordinal(), date.end().toordinal())
                first, last = span
                flat += span
                grouped.setdefault((last - first).bit_length(), []).append((first, last, position))
            self.spans.append(tuple(flat))
        # (shortest span, longest span, first days, last days, positions), by first day.
        self.classes: list[tuple[int, int, array[int], array[int], array[int]]] = []
        for _, rows in sorted(grouped.items()):
            rows.sort()
            spans = [last - first for first, last, _ in rows]
            self.classes.append(
                (
                    min(spans),
                    max(spans),
                    array("l", [r[0] for r in rows]),
                    array("l", [r[1] for r in rows]),
                    array("l", [r[2] for r in rows]),
                )
            )

    def runs(self, lo: int, hi: int) -> list[tuple[int, int, int, int]]:
        """Per class, index ranges of the dates that may overlap ``[lo, hi]``.

        Each run is ``(class, a, m, b)``: dates ``[a, m)`` need their last day checked,
        dates ``[m, b)`` overlap for sure.
        """
        runs = []
        for number, (shortest, longest, firsts, _, _) in enumerate(self.classes):
            a = bisect_left(firsts, lo - longest)
            b = bisect_right(firsts, hi, a)
            if a < b:
                runs.append((number, a, max(a, bisect_left(firsts, lo - shortest, a, b)), b))
        return runs

    def search(self, runs: list[tuple[int, int, int, int]], lo: int) -> list[int]:
        """Positions with a date in `runs` that ends on or after `lo` (repeats possible)."""
        found: list[int] = []
        for number, a, m, b in runs:
            _, _, _, lasts, positions = self.classes[number]
            found.extend(positions[i] for i in range(a, m) if lasts[i] >= lo)
            found.extend(positions[m:b])
        return found

    def overlaps(self, position: int, lo: int, hi: int) -> bool:
        """Whether the record at `position` has a date overlapping ``[lo, hi]``."""
        flat = self.spans[position]
        return any(flat[i] <= hi and flat[i + 1] >= lo for i in range(0, len(flat), 2))


class _TextIndex:
    """Every record's folded labels in one string, so a query is one C-level scan."""

    __slots__ = ("offsets", "records", "text")

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = records
        parts = [_SEP + _SEP.join(fold(label) for label in _labels(r)) for r in records]
        self.offsets = array("q", [0])
        for part in parts:
            self.offsets.append(self.offsets[-1] + len(part))
        self.text = "".join(parts)

    def matches(self, position: int, needle: str) -> bool:
        """Whether a label of the record at `position` contains `needle` (folded, non-empty)."""
        if _SEP in needle:  # it could match across labels joined by _SEP: look at each
            return any(needle in fold(label) for label in _labels(self.records[position]))
        return needle in self.text[self.offsets[position] : self.offsets[position + 1]]

    def search(self, needle: str) -> list[int]:
        """Sorted positions whose labels contain `needle` (folded, non-empty)."""
        if _SEP in needle:
            return [p for p in range(len(self.records)) if self.matches(p, needle)]
        hits = []
        found = self.text.find(needle)
        while found != -1:
            position = bisect_right(self.offsets, found) - 1
            hits.append(position)
            # Every record's part starts with _SEP, which the needle lacks: no match spans two.
            found = self.text.find(needle, self.offsets[position + 1])
        return hits


class _Index(Generic[R]):
    """The records of one type, sorted by id, and their lazily built indexes."""

    __slots__ = (
        "_dates",
        "_fields",
        "_hints",
        "_involvement",
        "_lock",
        "_text",
        "by_id",
        "cls",
        "ids",
        "records",
    )
    cls: type[R]
    records: tuple[R, ...]
    ids: tuple[str, ...]
    by_id: dict[str, int]

    def __init__(self, cls: type[R], records: Iterable[R]) -> None:
        self.cls = cls
        self.records = tuple(sorted(records, key=lambda r: r.id))
        self.ids = tuple(r.id for r in self.records)
        self.by_id = {id: position for position, id in enumerate(self.ids)}
        if len(self.by_id) != len(self.ids):
            repeated = sorted({id for i, id in enumerate(self.ids[1:]) if id == self.ids[i]})
            raise ValueError(f"duplicate ids: {', '.join(repeated)}")
        for record in self.records:
            if not isinstance(record, cls):
                raise TypeError(f"expected {cls.__name__} records, got {type(record).__name__}")
        self._lock = threading.Lock()
        self._dates: _DateIndex | None = None
        self._involvement: dict[str, tuple[int, ...]] | None = None
        self._text: _TextIndex | None = None
        self._fields: dict[str, dict[Any, tuple[int, ...]]] = {}
        self._hints: dict[str, Any] | None = None

    def _once(self, get: Callable[[], X | None], build: Callable[[], X]) -> X:
        """Return ``get()``, building it first under the lock if it is not there yet."""
        value = get()
        if value is None:
            with self._lock:
                value = get()
                if value is None:
                    value = build()
        return value

    def dates(self) -> _DateIndex:
        """The date index (built on first use)."""

        def build() -> _DateIndex:
            self._dates = _DateIndex(self.records)
            return self._dates

        return self._once(lambda: self._dates, build)

    def involvement(self) -> dict[str, tuple[int, ...]]:
        """Country code or id -> sorted positions of the records involving it."""

        def build() -> dict[str, tuple[int, ...]]:
            lists: dict[str, list[int]] = {}
            for position, record in enumerate(self.records):
                for key in _involved(record):
                    lists.setdefault(key, []).append(position)
            self._involvement = {key: tuple(positions) for key, positions in lists.items()}
            return self._involvement

        return self._once(lambda: self._involvement, build)

    def text(self) -> _TextIndex:
        """The text index (built on first use)."""

        def build() -> _TextIndex:
            self._text = _TextIndex(self.records)
            return self._text

        return self._once(lambda: self._text, build)

    def hints(self) -> dict[str, Any]:
        """The record type's field types, resolved."""

        def build() -> dict[str, Any]:
            self._hints = get_type_hints(self.cls)
            return self._hints

        return self._once(lambda: self._hints, build)

    def field(self, name: str) -> dict[Any, tuple[int, ...]]:
        """Value -> sorted positions of the records whose field `name` equals it."""

        def build() -> dict[Any, tuple[int, ...]]:
            lists: dict[Any, list[int]] = {}
            for position, record in enumerate(self.records):
                lists.setdefault(getattr(record, name), []).append(position)
            self._fields[name] = {value: tuple(positions) for value, positions in lists.items()}
            return self._fields[name]

        return self._once(lambda: self._fields.get(name), build)


def _coerce(name: str, hint: Any, value: object) -> object:
    """Turn a `where` argument into the field's own type: enum values, dates, decimals."""
    if isinstance(value, list):
        return tuple(value)
    options = get_args(hint) or (hint,)
    enums = [o for o in options if isinstance(o, type) and issubclass(o, enum.Enum)]
    if enums and isinstance(value, str):
        try:
            return enums[0](value)
        except ValueError:
            choices = ", ".join(str(member.value) for member in enums[0])
            raise ValueError(f"{name}: expected one of {choices}, got {value!r}") from None
    if PartialDate in options and isinstance(value, (str, _dt.date)):
        return parse_date(value)
    if Decimal in options and isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            return Decimal(value)
        except InvalidOperation:
            raise ValueError(f"{name}: expected a decimal number, got {value!r}") from None
    return value


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


def _date_order(record: Record) -> tuple[Any, ...]:
    dates = _dates_of(record)
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
    _index: _Index[R]
    _positions: tuple[int, ...] | None  # None: every record of the index; else sorted positions
    _members: frozenset[int] | None  # the positions as a set, made on first need

    def __init__(self, cls: type[R], records: Iterable[R] = ()) -> None:
        self._init(_Index(cls, records), None)

    def _init(self, index: _Index[R], positions: tuple[int, ...] | None) -> None:
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_positions", positions)
        object.__setattr__(self, "_members", None)

    @classmethod
    def _view(cls, index: _Index[R], positions: tuple[int, ...] | None) -> RecordSet[R]:
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
        """The record with this id; an unknown id raises `UnknownIdError` with suggestions."""
        position = self._index.by_id.get(id)
        if position is None or not self._has(position):
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
        return self._keep(sorted(set(dates.search(runs, lo))))

    def involving(self, key: str) -> RecordSet[R]:
        """The records involving a country code (``"KZ"``, ``"EU"``) or an official or organization id.

        Matches an event's participants, countries and location; an agreement's parties
        and participants; an official's own id, country and roles (organization,
        country); an organization's own id, parent and country; a trade figure's reporter
        and partner; a source's interviewee. Codes are upper-case, ids lower-case.
        """
        if not isinstance(key, str):
            raise TypeError(f"expected a country code or an id, got {key!r}")
        return self._keep(self._index.involvement().get(key, ()))

    def find(self, text: str) -> RecordSet[R]:
        """The records whose names contain `text`, ignoring case and accents.

        Searches titles, names, short names, aliases and acronyms (a trade figure's
        description and metric; a source's title and authors): ``find("sikela")`` finds
        "Josef Síkela", ``find("EPCA")`` the agreement whose short name it is.
        """
        needle = fold(text)
        if not needle:
            return self
        index = self._index.text()
        if self._positions is not None and len(self._positions) * 8 < len(self._index.records):
            return self._view(self._index, tuple(p for p in self._positions if index.matches(p, needle)))
        return self._keep(index.search(needle))

    def where(self, **fields: object) -> RecordSet[R]:
        """The records whose fields equal the values given (all of them).

        Enum fields take members or their values (``where(kind="summit")``), date fields
        EDTF text, decimal fields text or whole numbers, tuple fields lists. An unknown
        field raises `TypeError` naming the valid ones.
        """
        hints = self._index.hints()
        unknown = sorted(set(fields) - set(hints))
        if unknown:
            valid = ", ".join(a.name for a in attrs.fields(self._index.cls))
            raise TypeError(
                f"{self._index.cls.__name__} has no field {', '.join(unknown)}; its fields are {valid}"
            )
        result = self
        for name, value in fields.items():
            wanted = _coerce(name, hints[name], value)
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


_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DASH: Final = "\u2013"  # an en dash, as typeset ranges use


def _describe_partial(date: PartialDate) -> str:
    precision = date.precision
    if precision is Precision.DAY:
        text = f"{date.day} {_MONTHS[(date.month or 1) - 1]} {date.year}"
    elif precision is Precision.MONTH:
        text = f"{_MONTHS[(date.month or 1) - 1]} {date.year}"
    elif date.season is Season.WINTER:
        text = f"winter {date.year}{_DASH}{(date.year + 1) % 100:02d}"
    elif date.season is not None:
        text = f"{date.season.name.lower()} {date.year}"
    else:
        text = str(date.year)
    return ("c. " if date.approximate else "") + text + ("?" if date.uncertain else "")


def describe_date(date: DateValue) -> str:
    """A date written for a person, at its precision.

    >>> describe_date(parse_date("2025-02")), describe_date(parse_date("2022-23"))
    ('Feb 2025', 'autumn 2022')
    >>> describe_date(parse_date("2025-05-29/2025-05-30"))
    '29–30 May 2025'
    >>> describe_date(parse_date("2023-10~"))
    'c. Oct 2023'
    """  # noqa: RUF002 - the en dash is the point
    if isinstance(date, PartialDate):
        return _describe_partial(date)
    lower, upper = date.lower, date.upper
    if lower == upper:
        return _describe_partial(lower)
    plain = not (lower.approximate or lower.uncertain or upper.approximate or upper.uncertain)
    if plain and lower.year == upper.year and lower.precision is upper.precision:
        if lower.precision is Precision.DAY:
            if lower.month == upper.month:
                return f"{lower.day}{_DASH}{upper.day} {_MONTHS[(lower.month or 1) - 1]} {lower.year}"
            return f"{_describe_partial(lower).rsplit(' ', 1)[0]} {_DASH} {_describe_partial(upper)}"
        if lower.precision is Precision.MONTH:
            return f"{_MONTHS[(lower.month or 1) - 1]}{_DASH}{_describe_partial(upper)}"
    if plain and lower.precision is upper.precision is Precision.YEAR:
        return f"{lower.year}{_DASH}{upper.year}"
    return f"{_describe_partial(lower)} {_DASH} {_describe_partial(upper)}"


_MILESTONE_WORDS: Final = {MilestoneKind.MANDATE: "negotiating mandate"}


def milestone_words(kind: MilestoneKind) -> str:
    """What a milestone of this kind is, in words (``"signed"``, ``"negotiating mandate"``).

    >>> milestone_words(MilestoneKind.IN_FORCE), milestone_words(MilestoneKind.MANDATE)
    ('in force', 'negotiating mandate')
    """
    return _MILESTONE_WORDS.get(kind, kind.value.replace("-", " "))


def milestone_title(agreement: Agreement, milestone: Milestone) -> str:
    """The title of an agreement's milestone: `TimelineEntry.what`, and every export's.

    The agreement's short name (else its name) and `milestone_words`: ``"EPCA: signed"``.
    """
    return f"{agreement.short_name or agreement.name}: {milestone_words(milestone.kind)}"


@attrs.frozen
class TimelineEntry:
    """One dated line of a `Dataset.timeline`: an event, or a milestone of an agreement.

    `what` says what happened (an event's title, or "EPCA: signed"); `record` is the
    event or agreement; `milestone` the agreement's milestone (None for an event);
    `location` the event's location, or that of the event a milestone happened at.
    """

    date: DateValue
    what: str
    record: Event | Agreement
    milestone: Milestone | None = None
    location: Location | None = None

    @property
    def id(self) -> str:
        """The id of the event or agreement."""
        return self.record.id

    @property
    def kind(self) -> str:
        """The event's kind or the milestone's kind, as its text value (``"summit"``, ``"signed"``)."""
        kind: str = (self.record if self.milestone is None else self.milestone).kind.value
        return kind

    @property
    def when(self) -> str:
        """The date written for a person (`describe_date`)."""
        return describe_date(self.date)


class _Root:
    """What every view of one dataset shares: the full indexes and the link graph."""

    __slots__ = ("_links", "_lock", "indexes")

    def __init__(self, indexes: dict[str, _Index[Any]]) -> None:
        self.indexes = indexes
        self._lock = threading.Lock()
        self._links: dict[str, list[str]] | None = None

    def find(self, id: str) -> tuple[str, int] | None:
        """The collection and position of the record with this id."""
        for name, index in self.indexes.items():
            position = index.by_id.get(id)
            if position is not None:
                return name, position
        return None

    def links(self) -> dict[str, list[str]]:
        """id -> ids of the records it refers to or that refer to it (citations included)."""
        links = self._links
        if links is None:
            with self._lock:
                links = self._links
                if links is None:
                    built: dict[str, list[str]] = {}
                    for index in self.indexes.values():
                        for record in index.records:
                            refs = [ref for _, ref, _ in references(record)]
                            refs += [citation.source for _, citation in citations_of(record)]
                            for ref in refs:
                                built.setdefault(record.id, []).append(ref)
                                built.setdefault(ref, []).append(record.id)
                    links = self._links = built
        return links


class Dataset:
    """Records of every kind, indexed and immutable; what `load` returns.

    ``ds.sources``, ``ds.events``, ``ds.agreements``, ``ds.officials``,
    ``ds.organizations`` and ``ds.trade_figures`` are `RecordSet` s. A dataset iterates
    over all its records (in that collection order, each by id), `get` finds any record,
    `timeline` orders events and milestones, `related` and `quotes` navigate.
    `between`, `involving`, `find` and `related` return datasets too: views of this one
    whose collections are filtered.

    ``Dataset(records)`` indexes records as given, checking only that their ids are
    unique; `load` also checks references, quotes and files.

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

    def __init__(self, records: Iterable[Record] = ()) -> None:
        grouped: dict[type, list[Record]] = {cls: [] for cls in COLLECTIONS.values()}
        seen: set[str] = set()
        for record in records:
            if type(record) not in grouped:
                raise TypeError(f"expected a record (Source, Event, ...), got {record!r}")
            if record.id in seen:
                raise ValueError(f"duplicate id {record.id!r}")
            seen.add(record.id)
            grouped[type(record)].append(record)
        indexes: dict[str, _Index[Any]] = {
            name: _Index(cls, grouped[cls]) for name, cls in COLLECTIONS.items()
        }
        self._init(_Root(indexes), {name: RecordSet._view(index, None) for name, index in indexes.items()})

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

    def __iter__(self) -> Iterator[Record]:
        for records in self._sets.values():
            yield from records

    def __len__(self) -> int:
        return sum(len(records) for records in self._sets.values())

    def __contains__(self, item: object) -> bool:
        return any(item in records for records in self._sets.values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return all(self._sets[name] == other._sets[name] for name in COLLECTIONS)

    __hash__ = None  # type: ignore[assignment]  # equal datasets may differ in identity

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(records)}" for name, records in self._sets.items())
        return f"<Dataset {counts}>"

    def get(self, id: str) -> Record:
        """Any record by id; an unknown id raises `UnknownIdError` with suggestions."""
        found = self._root.find(id)
        if found is not None and id in self._sets[found[0]]:
            record: Record = self._sets[found[0]].get(id)
            return record
        raise UnknownIdError(id, suggest(id, *(records.ids for records in self._sets.values())))

    def _check_key(self, key: str) -> None:
        if key not in COUNTRY_NAMES and self._root.find(key) is None:
            if len(key) == 2 and key.isupper():
                # Shaped like a country code: say so, rather than suggest record ids.
                raise UnknownIdError(key, (), "country (ISO 3166-1 alpha-2 code or EU) or record")
            raise UnknownIdError(key, suggest(key, *(i.ids for i in self._root.indexes.values())))

    def _map(self, query: Callable[[RecordSet[Any]], RecordSet[Any]]) -> Dataset:
        return self._view({name: query(records) for name, records in self._sets.items()})

    def between(self, start: DateBound = None, end: DateBound = None) -> Dataset:
        """This dataset with every collection filtered by `RecordSet.between`."""
        return self._map(lambda records: records.between(start, end))

    def involving(self, key: str) -> Dataset:
        """This dataset with every collection filtered by `RecordSet.involving`.

        Unlike the record-set filter, an id that is neither a country code nor a record
        raises `UnknownIdError` (a dataset knows all its ids).
        """
        self._check_key(key)
        return self._map(lambda records: records.involving(key))

    def find(self, text: str) -> Dataset:
        """This dataset with every collection filtered by `RecordSet.find`."""
        return self._map(lambda records: records.find(text))

    def related(self, id: str) -> Dataset:
        """The records linked to the record `id`, in either direction, as a dataset.

        Links are the references between records (participants, an event's agreements,
        a milestone's event, a role's organization and source, a parent organization, an
        interviewee) and citations (a record and the sources it quotes). So for an
        official: the events and agreements they take part in, their organizations and
        their sources; for an agreement: its events and participants; for an
        organization: its members (officials with roles in it, child organizations),
        events and agreements; for a source: every record quoting it.
        """
        self.get(id)
        linked = set(self._root.links().get(id, ())) - {id}

        def keep(records: RecordSet[Any]) -> RecordSet[Any]:
            by_id = records._index.by_id
            return records._keep(sorted(by_id[i] for i in linked if i in by_id))

        return self._map(keep)

    def quotes(self, id: str) -> tuple[tuple[Source, Citation], ...]:
        """The citations of record `id` (and of its milestones), each with its `Source`."""
        record = self.get(id)
        sources = self._root.indexes["sources"]
        pairs = []
        for _, citation in citations_of(record):
            position = sources.by_id.get(citation.source)
            if position is None:
                raise UnknownIdError(citation.source, suggest(citation.source, sources.ids), "source")
            pairs.append((sources.records[position], citation))
        return tuple(pairs)

    def timeline(
        self,
        start: DateBound = None,
        end: DateBound = None,
        *,
        country: str | None = None,
        involving: str | None = None,
        kinds: Iterable[str | EventKind | MilestoneKind] | None = None,
    ) -> tuple[TimelineEntry, ...]:
        """Dated events and dated agreement milestones, in date order.

        Entries are ordered by `~PartialDate.sort_key`, then by record id (then by
        milestone order). `start` and `end` keep entries whose own date overlaps the
        window (as in `RecordSet.between`); `country` (an ISO code or ``EU``) and
        `involving` (a code or an id) keep entries whose event or agreement involves it
        (`RecordSet.involving`); `kinds` keeps event kinds and milestone kinds
        (``{"summit", "signed"}``).
        """
        wanted = self._kinds(kinds)
        if country is not None and country not in COUNTRY_NAMES:
            raise ValueError(f"country: expected an ISO 3166-1 alpha-2 code or EU, got {country!r}")
        events = self.events
        agreements = self.agreements
        for key in (k for k in (country, involving) if k is not None):
            self._check_key(key)
            events, agreements = events.involving(key), agreements.involving(key)
        events, agreements = events.between(start, end), agreements.between(start, end)
        lo, hi = _window(start, end)
        rows: list[tuple[Any, str, int, TimelineEntry]] = []
        for event in events:
            if event.date is not None and (wanted is None or event.kind.value in wanted):
                entry = TimelineEntry(event.date, event.title, event, None, event.location)
                rows.append((event.date.sort_key(), event.id, -1, entry))
        for agreement in agreements:
            for number, milestone in enumerate(agreement.milestones):
                date = milestone.date
                if date is None or (wanted is not None and milestone.kind.value not in wanted):
                    continue
                if not (date.start().toordinal() <= hi and date.end().toordinal() >= lo):
                    continue
                what = milestone_title(agreement, milestone)
                entry = TimelineEntry(date, what, agreement, milestone, self._place(milestone))
                rows.append((date.sort_key(), agreement.id, number, entry))
        rows.sort(key=lambda row: row[:3])
        return tuple(row[3] for row in rows)

    @staticmethod
    def _kinds(kinds: Iterable[str | EventKind | MilestoneKind] | None) -> set[str] | None:
        if kinds is None:
            return None
        known = {k.value for k in EventKind} | {k.value for k in MilestoneKind}
        wanted = {k.value if isinstance(k, enum.Enum) else k for k in kinds}
        unknown = sorted(wanted - known)
        if unknown:
            raise ValueError(
                f"kinds: unknown kind {', '.join(map(repr, unknown))}; expected event kinds "
                f"({', '.join(k.value for k in EventKind)}) or milestone kinds "
                f"({', '.join(k.value for k in MilestoneKind)})"
            )
        return wanted

    def _place(self, milestone: Milestone) -> Location | None:
        if milestone.event is None:
            return None
        events = self._root.indexes["events"]
        position = events.by_id.get(milestone.event)
        return None if position is None else events.records[position].location


# Tracebacks name the class where users import it from, not the private module.
UnknownIdError.__module__ = "eucentralasia"
