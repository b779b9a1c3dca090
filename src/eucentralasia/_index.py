"""The indexes behind `RecordSet` queries: ids, dates, involvement, text and fields.

An `_Index` holds the records of one collection, sorted by id, and builds each index on
first use (once, whatever the number of threads), shared by every view of the collection:

- ids: a dict from id to position (records are kept sorted by id);
- dates: for each power-of-two class of span length (a day, 2-3 days, ... a year, ...),
  the record dates sorted by first day, searched with `bisect`;
- involvement: a dict from country code or id to the sorted positions involving it;
- text: one string of every record's folded labels, searched with `str.find` (a needle
  most records hold: each record's labels tested in turn, in C);
- fields: per field used in `~RecordSet.where`, a dict from value to positions.

What a record is dated by, involves and is called comes from the schema (`_schema`).
`Names` reads the keys people pass to `~RecordSet.involving`: codes, ids, and the names
of countries, officials and organizations.
"""

from __future__ import annotations

import operator
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate, compress, repeat
from typing import Any, Final, Generic, TypeVar, get_type_hints

from . import _schema as schema
from ._codes import COUNTRY_NAMES
from ._dates import DateValue
from ._errors import UnknownIdError
from ._lazy import Lazy
from ._release import Redirect, release
from ._search import country_code, country_suggestions, find_labels, fold, normalize_query, suggest

__all__ = ["Index", "Names"]

R = TypeVar("R", bound=schema.Identified)

# Joins labels inside the text index; a query holding it falls back to a per-record scan.
_SEP: Final = "\x00"
# The text index stops searching hit by hit once at least _DENSE_LEAST records matched
# and more than one in _DENSE of those scanned so far.
_DENSE: Final = 16
_DENSE_LEAST: Final = 16


class _DateIndex:
    """Record dates by span-length class, each class sorted by first day.

    A date overlaps the window ``[lo, hi]`` (day ordinals) when it starts on or before
    ``hi`` and ends on or after ``lo``. Within a class whose spans run from ``S`` to
    ``L`` days (classes double: 0, 1, 2-3, 4-7, ... days past the first), such a date
    starts in ``[lo - L, hi]``, found by bisection. Those starting in ``[lo - S, hi]``
    surely end on or after ``lo`` and are taken as one slice; only those starting in
    ``[lo - L, lo - S)`` are checked one by one; within a class, L is under twice S.
    """

    __slots__ = ("classes", "single", "spans")

    def __init__(self, records: Sequence[Any]) -> None:
        cache: dict[DateValue, tuple[int, int]] = {}
        grouped: dict[int, list[tuple[int, int, int]]] = {}
        # Per position, its dates flattened as (first, last, first, last, ...) day ordinals.
        self.spans: list[tuple[int, ...]] = []
        for position, record in enumerate(records):
            flat: list[int] = []
            for date in schema.dates_of(record):
                span = cache.get(date)
                if span is None:
                    # Real data repeats dates a lot; pendulum's end-of-month is slow.
                    span = cache[date] = (date.start().toordinal(), date.end().toordinal())
                first, last = span
                flat += span
                grouped.setdefault((last - first).bit_length(), []).append((first, last, position))
            self.spans.append(tuple(flat))
        # Whether no record has two dates: then a search finds each position at most once.
        self.single = all(len(flat) <= 2 for flat in self.spans)
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

    def positions(self, runs: list[tuple[int, int, int, int]], lo: int) -> list[int]:
        """`search`'s positions sorted, each once; in bulk, as no record repeats where each has one date."""
        found = self.search(runs, lo)
        if self.single:
            found.sort()
            return found
        return sorted(set(found))

    def overlaps(self, position: int, lo: int, hi: int) -> bool:
        """Whether the record at `position` has a date overlapping ``[lo, hi]``."""
        flat = self.spans[position]
        return any(flat[i] <= hi and flat[i + 1] >= lo for i in range(0, len(flat), 2))


class _TextIndex:
    """Every record's folded labels in one string, so a query is one C-level scan.

    `parts` holds each record's labels (each after `_SEP`), `text` their concatenation
    and `offsets` where each record's part starts in it. A needle few records hold is
    found by `str.find` over `text`; one that many hold (past `_DENSE` of the records
    scanned so far) by testing the remaining parts one by one, each test in C.
    """

    __slots__ = ("offsets", "parts", "records", "text")

    def __init__(self, records: Sequence[Any]) -> None:
        self.records = records
        # One fold per record: folding is per character, and _SEP folds to itself.
        self.parts = tuple(fold(_SEP + _SEP.join(find_labels(r))) for r in records)
        self.offsets = array("q", [0])
        self.offsets.extend(accumulate(map(len, self.parts)))
        self.text = "".join(self.parts)

    def matches(self, position: int, needle: str) -> bool:
        """Whether a label of the record at `position` contains `needle` (folded, non-empty)."""
        if _SEP in needle:  # it could match across labels joined by _SEP: look at each
            return any(needle in fold(label) for label in find_labels(self.records[position]))
        return needle in self.parts[position]

    def search(self, needle: str) -> list[int]:
        """Sorted positions whose labels contain `needle` (folded, non-empty)."""
        if _SEP in needle:
            return [p for p in range(len(self.records)) if self.matches(p, needle)]
        hits: list[int] = []
        found = self.text.find(needle)
        while found != -1:
            position = bisect_right(self.offsets, found) - 1
            hits.append(position)
            if len(hits) >= _DENSE_LEAST and len(hits) * _DENSE > position:
                # A common needle: one C-level test per remaining record beats a find,
                # a bisect and an append per hit.
                rest = position + 1
                tests = map(operator.contains, self.parts[rest:], repeat(needle))
                hits.extend(compress(range(rest, len(self.parts)), tests))
                return hits
            # Every record's part starts with _SEP, which the needle lacks: no match spans two.
            found = self.text.find(needle, self.offsets[position + 1])
        return hits


class Names:
    """What a key of `~RecordSet.involving` names, across the indexes of one dataset.

    `resolve` reads, in this order: a country code (``KZ``); an id a record has or
    refers to; a country's code in any case, name or other name (``Kazakhstan``,
    ``European Union``, ``Republic of Uzbekistan``), so a name both a country and an
    organization have means the country; the name or alias of exactly one official or
    organization (``Kaja Kallas``). Anything else raises `UnknownIdError` with the
    closest ids and country names.
    """

    __slots__ = ("_actors", "indexes", "redirects")

    def __init__(self, indexes: Sequence[Index[Any]]) -> None:
        self.indexes = indexes
        # The retired ids that lead to records of these indexes: the bundled data's, and
        # those of the user's files `load` read (it sets them). Kept here, beside the ids,
        # so that every view of a dataset follows the same ones.
        self.redirects: Mapping[str, Redirect] = release().redirects
        self._actors = Lazy(self._build_actors)

    def _build_actors(self) -> dict[str, tuple[str, ...]]:
        names: dict[str, set[str]] = {}
        for index in self.indexes:
            if index.actor:
                for record in index.records:
                    # Names and aliases, not role titles: "Commissioner" names no one for good.
                    for tier, _, label in schema.searchable(record):
                        if tier == "name":
                            names.setdefault(normalize_query(label), set()).add(record.id)
        return {name: tuple(sorted(ids)) for name, ids in names.items()}

    def knows(self, key: str) -> bool:
        """Whether a record has the id `key` or involves it (a reference, a code)."""
        return any(key in index.by_id or key in index.involvement() for index in self.indexes)

    def resolve(self, key: object) -> str:
        """The country code or id `key` stands for (see the class); `UnknownIdError` if none."""
        if not isinstance(key, str):
            raise TypeError(f"expected a country code or name, or an id, got {key!r}")
        if key in COUNTRY_NAMES or self.knows(key):
            return key
        code = country_code(key)
        if code is not None:
            return code
        actors = self._actors.get().get(normalize_query(key), ())
        if len(actors) == 1:
            return actors[0]
        if len(key) == 2 and key.isupper():
            # Shaped like a country code: say so, rather than suggest record ids.
            raise UnknownIdError(key, (), "country (ISO 3166-1 alpha-2 code or EU) or record")
        near = list(actors) or suggest(key, *(index.ids for index in self.indexes))
        raise UnknownIdError(key, [*near, *country_suggestions(key)][:3], "country or record")

    def read(self, value: object) -> object:
        """`value` (text, or a list or tuple of texts) with each name `resolve` knows made its id.

        What `resolve` does not know is left as it is, for the caller to judge.
        """
        if isinstance(value, (list, tuple)):
            return type(value)(self.read(item) for item in value)
        if not isinstance(value, str):
            return value
        try:
            return self.resolve(value)
        except UnknownIdError:
            return value


class Index(Generic[R]):
    """The records of one collection, sorted by id, and their lazily built indexes.

    `own` says whether a record involves its own id (officials and organizations do);
    `actors` names the collections whose ids count as involvement in references. `names`
    resolves involvement keys; a dataset gives all its indexes one `Names`.
    """

    __slots__ = (
        "_dates",
        "_fields",
        "_fields_lock",
        "_hints",
        "_involvement",
        "_text",
        "actor",
        "by_id",
        "cls",
        "ids",
        "names",
        "records",
    )
    cls: type[R]
    records: tuple[R, ...]
    ids: tuple[str, ...]
    by_id: dict[str, int]
    actor: bool
    names: Names

    def __init__(self, cls: type[R], records: Iterable[R], *, own: bool, actors: tuple[str, ...]) -> None:
        self.cls = cls
        self.actor = own
        self.names = Names((self,))
        self.records = tuple(sorted(records, key=lambda r: r.id))
        self.ids = tuple(r.id for r in self.records)
        self.by_id = {id: position for position, id in enumerate(self.ids)}  # ids are unique: see repeats
        for record in self.records:
            if not isinstance(record, cls):
                raise TypeError(f"expected {cls.__name__} records, got {type(record).__name__}")
        self._dates = Lazy(lambda: _DateIndex(self.records))
        self._text = Lazy(lambda: _TextIndex(self.records))
        self._hints: Lazy[dict[str, Any]] = Lazy(lambda: get_type_hints(self.cls))
        self._involvement = Lazy(lambda: self._build_involvement(own, actors))
        self._fields: dict[str, Lazy[dict[Any, tuple[int, ...]]]] = {}
        self._fields_lock = threading.Lock()

    def dates(self) -> _DateIndex:
        """The date index (built on first use)."""
        return self._dates.get()

    def text(self) -> _TextIndex:
        """The text index (built on first use)."""
        return self._text.get()

    def hints(self) -> dict[str, Any]:
        """The record type's field types, resolved."""
        return self._hints.get()

    def involvement(self) -> dict[str, tuple[int, ...]]:
        """Country code or id -> sorted positions of the records involving it."""
        return self._involvement.get()

    def _build_involvement(self, own: bool, actors: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
        lists: dict[str, list[int]] = {}
        for position, record in enumerate(self.records):
            for key in schema.involvement(record, actors, own=own):
                lists.setdefault(key, []).append(position)
        return {key: tuple(positions) for key, positions in lists.items()}

    def kind(self, name: str) -> str:
        """The schema's kind of the field `name` (``country``, ``unit``, ...)."""
        return next(meta.kind for field, meta in schema.fields_of(self.cls) if field.name == name)

    def field(self, name: str) -> dict[Any, tuple[int, ...]]:
        """Value -> sorted positions of the records whose field `name` equals it."""
        lazy = self._fields.get(name)
        if lazy is None:
            with self._fields_lock:
                lazy = self._fields.setdefault(name, Lazy(lambda: self._build_field(name)))
        return lazy.get()

    def _build_field(self, name: str) -> dict[Any, tuple[int, ...]]:
        lists: dict[Any, list[int]] = {}
        for position, record in enumerate(self.records):
            lists.setdefault(getattr(record, name), []).append(position)
        return {value: tuple(positions) for value, positions in lists.items()}
