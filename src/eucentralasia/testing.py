"""Hypothesis strategies for every public record type and for dates.

Use them to property-test code that consumes these records::

    from hypothesis import given
    from eucentralasia.testing import events

    @given(events())
    def test_my_exporter_handles_any_event(event):
        assert my_exporter(event)

Every strategy generates only valid values: anything it yields passes the record's
validators and survives ``converter.structure(converter.unstructure(x), type(x)) == x``.
Ids referenced from a record (participants, parties, sources) are valid slugs but need
not name existing records; `datasets` builds whole consistent datasets.
Requires the ``test`` extra (hypothesis).
"""

from __future__ import annotations

import functools
import os
import string
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, TypeVar, get_args, get_type_hints

import attrs
from hypothesis import strategies as st

from . import _model as model
from ._codes import COUNTRY_NAMES, CURRENCY_CODES
from ._dataset import Dataset
from ._dates import DateBasis, DateRange, DateValue, PartialDate, Season, parse_date
from ._model import COLLECTIONS
from ._provenance import Author, Citation, Source, SourceKind
from ._schema import FieldInfo, Registry, evolve, fields_of
from ._serialization import shared_converter

__all__ = [
    "agreements",
    "citations",
    "countries",
    "datasets",
    "date_ranges",
    "date_values",
    "events",
    "example_dataset",
    "officials",
    "organizations",
    "partial_dates",
    "records",
    "records_of",
    "slugs",
    "sources",
    "texts",
    "trade_figures",
    "write_dataset",
]

R = TypeVar("R")

_WORD = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)


def slugs() -> st.SearchStrategy[str]:
    """Kebab-case ids such as ``a1-b2``."""
    return st.lists(_WORD, min_size=1, max_size=4).map("-".join)


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text of any Unicode (no surrogates), as names and summaries may hold."""
    return st.text(min_size=1, max_size=max_size).filter(lambda s: s.strip() != "")


def countries() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes and ``EU``."""
    return st.sampled_from(sorted(COUNTRY_NAMES))


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> PartialDate:
    """Partial dates of every precision, with and without the ``~`` / ``?`` flags."""
    year = draw(st.integers(min_year, max_year))
    shape = draw(st.sampled_from(["year", "season", "month", "day"]))
    month = day = season = None
    if shape == "season":
        season = draw(st.sampled_from(Season))
        if season is Season.WINTER and year == 9999:
            season = Season.AUTUMN  # winter 9999 would end in the year 10000: invalid
    elif shape in ("month", "day"):
        month = draw(st.integers(1, 12))
        if shape == "day":
            day = draw(st.integers(1, PartialDate(year, month).end().day))
    flags = st.just(False) if season is not None else st.booleans()
    return PartialDate(year, month, day, season, approximate=draw(flags), uncertain=draw(flags))


@st.composite
def date_ranges(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> DateRange:
    """Closed ranges that do not end before they start, ``2025/2025-06`` included."""
    first = draw(partial_dates(min_year, max_year))
    second = draw(partial_dates(min_year, max_year))
    # If `first` cannot open the range, `second` ends before `first` starts, so it can.
    lower, upper = (first, second) if first.start() <= second.end() else (second, first)
    return DateRange(lower, upper)


def date_values(min_year: int = 1, max_year: int = 9999) -> st.SearchStrategy[DateValue]:
    """Either a `PartialDate` or a `DateRange`."""
    return st.one_of(partial_dates(min_year, max_year), date_ranges(min_year, max_year))


_CONTEXTS: Final = st.sampled_from([None, "the ", "\n", "Astana, ", " on Friday."])


@st.composite
def citations(draw: st.DrawFn, source: str | None = None, text: str | None = None) -> Citation:
    """Citations; with `text`, quotes that really stand in it at their span."""
    source_id = source if source is not None else draw(slugs())
    if text is None:
        quote = draw(texts())
        start = draw(st.integers(0, 100_000))
        # Not checked against any text: a small pool is enough, and cheap to draw.
        prefix, suffix = draw(_CONTEXTS), draw(_CONTEXTS)
        return Citation(
            source=source_id, quote=quote, start=start, end=start + len(quote), prefix=prefix, suffix=suffix
        )
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    if not text[start:end].strip():
        # A quote must hold more than whitespace; fall back to the first visible character.
        start = next(i for i, char in enumerate(text) if not char.isspace())
        end = start + 1
    # Context, when drawn, is whatever stands beside the quote: any length is valid.
    before = draw(st.integers(0, min(start, 20)))
    after = draw(st.integers(0, min(len(text) - end, 20)))
    return Citation(
        source=source_id,
        quote=text[start:end],
        start=start,
        end=end,
        prefix=text[start - before : start] or None,
        suffix=text[end : end + after] or None,
    )


def _unique(strategy: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


@functools.cache
def _maybe_dates(min_year: int, max_year: int) -> st.SearchStrategy[DateValue | None]:
    return st.none() | date_values(min_year, max_year)


@st.composite
def _dating(
    draw: st.DrawFn, prefix: str, min_year: int, max_year: int, notes: st.SearchStrategy[str]
) -> dict[str, Any]:
    """A date with a basis, and a note where the basis needs one; or no date at all."""
    date = draw(_maybe_dates(min_year, max_year))
    if date is None:
        return {}
    basis = draw(st.sampled_from(DateBasis))
    fields: dict[str, Any] = {prefix: date, f"{prefix}_basis": basis}
    if basis is not DateBasis.STATED or draw(st.booleans()):
        fields[f"{prefix}_note"] = draw(notes)
    return fields


_UNITS: Final = ("count", "percent", *sorted(CURRENCY_CODES))
_LANGUAGES: Final = ("en", "de", "ru", "kk", "en-GB")


@attrs.frozen
class _Context:
    """What the field strategies draw from: free values for single records, pools for datasets.

    `ids` maps each collection to the ids it holds (None: any slug will do); `cite` draws
    a record's citations; `text` draws names, titles and notes.
    """

    ids: dict[str, list[str]] | None
    cite: st.SearchStrategy[tuple[Citation, ...]]
    text: st.SearchStrategy[str]
    min_year: int = 1900
    max_year: int = 2100
    units: tuple[str, ...] = _UNITS
    # Per class, each field's strategy, made once: hypothesis validates every new
    # strategy object, which costs more than drawing from it.
    plans: dict[type, list[tuple[str, str, st.SearchStrategy[Any] | None]]] = attrs.field(
        factory=dict, eq=False, repr=False
    )

    def plan(self, cls: type) -> list[tuple[str, str, st.SearchStrategy[Any] | None]]:
        """Each field of `cls`: its name, kind and strategy (None where `_build` draws it)."""
        found = self.plans.get(cls)
        if found is None:
            hints = _hints(cls)
            found = []
            for field, meta in fields_of(cls):
                kind = meta.kind
                strategy: st.SearchStrategy[Any] | None
                if kind == "date":
                    strategy = _dating(field.name, self.min_year, self.max_year, self.text)
                elif kind == "citations":
                    strategy = self.cite
                elif kind in ("id", "basis", "date-note", "body"):
                    strategy = None
                else:
                    strategy = _field(self, field, meta, hints[field.name])
                found.append((field.name, kind, strategy))
            self.plans[cls] = found
        return found


def _one_of_ids(ctx: _Context, collections: Iterable[str] | None) -> list[str] | None:
    if ctx.ids is None:
        return None
    names = ctx.ids if collections is None else collections
    return sorted({i for name in names for i in ctx.ids.get(name, ())})


def _value(ctx: _Context, field: attrs.Attribute[Any], meta: FieldInfo, hint: Any) -> st.SearchStrategy[Any]:
    """A strategy for one value of `field` (one item, for a tuple field)."""
    kind = meta.kind
    if kind == "text":
        return ctx.text
    if kind == "slug":
        return slugs()
    if kind == "country":
        return countries()
    if kind == "language":
        return st.sampled_from(_LANGUAGES)
    if kind == "unit":
        return st.sampled_from(ctx.units)
    if kind == "path":
        return slugs().map(lambda name: f"texts/{name}.txt")
    if kind == "flag":
        return st.booleans()
    if kind == "day":
        return partial_dates(ctx.min_year, ctx.max_year)
    if kind == "amount":
        # Within the bound every export can write out (and the validator enforces).
        bound = Decimal(10) ** 30
        amounts = st.decimals(min_value=-bound, max_value=bound, allow_nan=False, allow_infinity=False)
        return amounts.filter(lambda d: abs(d.adjusted()) <= 100)
    if kind in ("reference", "mention"):
        pool = _one_of_ids(ctx, meta.collections if kind == "reference" else None)
        if pool == [] and kind == "reference":
            return st.nothing()  # `_field` makes that an empty tuple, or None
        ids = slugs() if pool is None else st.sampled_from(pool) if pool else st.nothing()
        return ids | countries() if kind == "mention" else ids
    inner = _item_type(hint)
    if kind == "enum":
        return st.sampled_from(inner)
    if kind == "nested":
        return records_of(inner, _ctx=ctx)
    raise TypeError(f"no strategy for {field.name} ({kind})")


def _item_type(hint: Any) -> Any:
    """The class of one value of a field typed `hint` (``X | None`` or ``tuple[X, ...]``)."""
    args = [a for a in get_args(hint) if a is not type(None) and a is not Ellipsis]
    return args[0] if args else hint


def _field(ctx: _Context, field: attrs.Attribute[Any], meta: FieldInfo, hint: Any) -> st.SearchStrategy[Any]:
    """A strategy for the whole value of `field`: a tuple, an optional value or one value."""
    one = _value(ctx, field, meta, hint)
    if one.is_empty:  # a reference into a collection with no records
        return st.just(()) if meta.many else st.none()
    if meta.many:
        size = 2 if meta.kind == "nested" else 3
        return st.lists(one, min_size=int(meta.nonempty), max_size=size, unique=True).map(tuple)
    if field.default is None:
        return st.none() | one
    return one


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


@st.composite
def _build(draw: st.DrawFn, cls: type, ctx: _Context, id: str | None) -> Any:
    """A valid `cls` drawn field by field from what the schema says each field is."""
    values: dict[str, Any] = {}
    for name, kind, strategy in ctx.plan(cls):
        if kind == "id":
            values["id"] = id if id is not None else draw(slugs())
        elif kind == "date" and strategy is not None:
            values.update(draw(strategy))  # the date with its basis and note
        elif strategy is not None:  # a basis or note comes with its date; a source's text below
            values[name] = draw(strategy)
    if "unit" in values and values["unit"] == "count":
        # A count is whole and not negative: keep the drawn digits, drop sign and fraction.
        values["value"] = abs(values["value"]).to_integral_value()
    if cls is Source:
        text = draw(texts(200))
        values["text"] = text
        values["citations"] = tuple(
            draw(st.lists(citations(values["id"], text), min_size=1, max_size=3, unique=True))
        )
    return cls(**values)


_FREE: Final = _Context(None, st.lists(citations(), min_size=1, max_size=3, unique=True).map(tuple), texts())


def records_of(cls: type[R], *, _ctx: _Context = _FREE) -> st.SearchStrategy[R]:
    """Valid records (or nested values, such as `Location`) of any class declared with the schema.

    Each field is drawn from what the schema says it is: ids and references are slugs
    (not necessarily naming records), codes are valid codes, dates come with a basis and
    the note it needs, a source's citations quote its own text. `events()` is
    ``records_of(Event)``; a record type of one's own gets the same.
    """
    return _build(cls, _ctx, None)


def sources() -> st.SearchStrategy[Source]:
    """Sources with a text, and citations that quote that text."""
    return records_of(Source)


def events() -> st.SearchStrategy[model.Event]:
    """Events of every kind and status, dated or not."""
    return records_of(model.Event)


def agreements() -> st.SearchStrategy[model.Agreement]:
    """Agreements with zero or more milestones."""
    return records_of(model.Agreement)


def officials() -> st.SearchStrategy[model.Official]:
    """Officials with zero or more roles."""
    return records_of(model.Official)


def organizations() -> st.SearchStrategy[model.Organization]:
    """Organizations of every kind."""
    return records_of(model.Organization)


def trade_figures() -> st.SearchStrategy[model.TradeFigure]:
    """Figures in currencies, percentages and counts; counts are whole and non-negative."""
    return records_of(model.TradeFigure)


def records() -> st.SearchStrategy[Any]:
    """Any top-level record of the bundled collections."""
    return st.one_of(*(records_of(c.cls) for c in COLLECTIONS.values()))


# -- whole datasets ---------------------------------------------------------------------

_EXAMPLE_TEXT = (
    "Example Gazette, 30 May 2025. The first EU-Central Asia summit was held in Samarkand "
    "on 3-4 April 2025. President Kassym-Jomart Tokayev opened the Astana International "
    "Forum on 29 May 2025. The Enhanced Partnership and Cooperation Agreement (EPCA) "
    "between the EU and Kazakhstan, signed in December 2015, entered into force on "
    "1 March 2020. Commissioner Josef Síkela of the European Commission spoke of trade "
    "worth almost EUR 50 billion in 2024."
)


@functools.cache
def example_dataset() -> Dataset:
    """A small fixed, consistent dataset for examples and tests (invented, not curated).

    One source quoting itself, two officials, one organization, two events, one
    agreement with two milestones and one trade figure; every id starts with
    ``example-`` so it never clashes with the bundled data. Immutable, so every call
    returns the same dataset.

    >>> ds = example_dataset()
    >>> len(ds), ds.officials.find("sikela").ids
    (8, ('example-sikela',))
    """
    source = "example-article"

    def cite(*quotes: str) -> tuple[Citation, ...]:
        return tuple(Citation.of(source, _EXAMPLE_TEXT, quote) for quote in quotes)

    def day(text: str) -> dict[str, Any]:
        return {"date": parse_date(text), "date_basis": DateBasis.STATED}

    records: list[model.Record] = [
        Source(
            id=source,
            title="The EU and Central Asia (an invented example)",
            outlet="Example Gazette",
            kind=SourceKind.ARTICLE,
            language="en",
            authors=(Author(name="A. Writer", role="reporter"),),
            published=PartialDate(2025, 5, 30),
            published_basis=DateBasis.STATED,
            text_file="example-article.txt",
            citations=cite("Example Gazette, 30 May 2025"),
            note="Invented for examples and tests.",
            text=_EXAMPLE_TEXT,
        ),
        model.Official(
            id="example-tokayev",
            name="Kassym-Jomart Tokayev",
            aliases=("President Tokayev",),
            country="KZ",
            roles=(model.Role(title="President", country="KZ", source=source),),
            citations=cite("President Kassym-Jomart Tokayev"),
        ),
        model.Official(
            id="example-sikela",
            name="Josef Síkela",
            roles=(model.Role(title="Commissioner", organization="example-commission", source=source),),
            citations=cite("Commissioner Josef Síkela"),
        ),
        model.Organization(
            id="example-commission",
            name="European Commission",
            aliases=("EC",),
            kind=model.OrganizationKind.EU_INSTITUTION,
            country="EU",
            citations=cite("the European Commission"),
        ),
        model.Event(
            id="example-summit",
            title="First EU-Central Asia summit",
            kind=model.EventKind.SUMMIT,
            status=model.EventStatus.HELD,
            **day("2025-04-03/2025-04-04"),
            location=model.Location(place="Samarkand", country="UZ"),
            participants=("example-commission",),
            countries=("EU", "KZ", "UZ"),
            summary="The first summit of the EU and the five Central Asian republics.",
            citations=cite("The first EU-Central Asia summit was held in Samarkand on 3-4 April 2025."),
        ),
        model.Event(
            id="example-forum",
            title="Astana International Forum",
            kind=model.EventKind.FORUM,
            status=model.EventStatus.HELD,
            **day("2025-05-29"),
            location=model.Location(place="Astana", country="KZ"),
            participants=("example-tokayev",),
            summary="President Tokayev opens the forum.",
            citations=cite("opened the Astana International Forum on 29 May 2025"),
        ),
        model.Agreement(
            id="example-epca",
            name="Enhanced Partnership and Cooperation Agreement",
            short_name="EPCA",
            kind=model.AgreementKind.AGREEMENT,
            status=model.AgreementStatus.IN_FORCE,
            parties=("EU", "KZ"),
            milestones=(
                model.Milestone(
                    kind=model.MilestoneKind.SIGNED,
                    **day("2015-12"),
                    citations=cite("signed in December 2015"),
                ),
                model.Milestone(
                    kind=model.MilestoneKind.IN_FORCE,
                    **day("2020-03-01"),
                    citations=cite("entered into force on 1 March 2020"),
                ),
            ),
            summary="The EU-Kazakhstan partnership agreement.",
            citations=cite("The Enhanced Partnership and Cooperation Agreement (EPCA)"),
        ),
        model.TradeFigure(
            id="example-trade-2024",
            metric="trade-turnover",
            description="EU-Kazakhstan trade in 2024",
            value=Decimal("50000000000"),
            unit="EUR",
            qualifier=model.Qualifier.ALMOST,
            period=PartialDate(2024),
            period_basis=DateBasis.STATED,
            reporter="EU",
            partner="KZ",
            citations=cite("almost EUR 50 billion in 2024"),
        ),
    ]
    return Dataset(records)


# Built once: hypothesis validates each new strategy object, which costs more than drawing.
_ACCENTED = st.text(alphabet="aáAÁeéEËsšSŠkK -", min_size=1, max_size=10).filter(str.strip)
# Mostly a few letters with and without accents, so that `find` queries hit often.
_NAMES = st.one_of(_ACCENTED, _ACCENTED, texts(20))
_SOME_TEXT = texts(120)
# A shared pool of ids: drawing a few distinct ones from it is much cheaper than drawing
# distinct random slugs, and the ids still vary in length, letters and hyphens.
_ID_POOL: Final = tuple(
    sorted({f"{a}{b}" for a in ("a", "e", "ka", "sik", "x1") for b in ("", "-b", "-z9", "2", "-a-a")})
)
_DATASET_UNITS: Final = ("EUR", "USD", "KZT", "percent", "count")


@st.composite
def datasets(
    draw: st.DrawFn,
    max_per_kind: int = 4,
    min_year: int = 2018,
    max_year: int = 2027,
    registry: Registry = COLLECTIONS,
) -> Dataset:
    """Whole consistent datasets, as `load` would accept them.

    Ids are unique across the dataset, every reference names a record of the right
    kind, every citation quotes its source's text at its span, and every source has a
    text (write one to files with `write_dataset`). Each collection of `registry` has up
    to `max_per_kind` records (at least one source); dates fall in `min_year`..`max_year`
    so that windows overlap often.
    """
    counts = {name: draw(st.integers(0, max_per_kind)) for name in registry}
    counts["sources"] = max(1, counts.get("sources", 0))
    for name, collection in registry.items():
        # A required reference (a statement's speaker) needs a record to point at.
        for field, meta in fields_of(collection.cls):
            required = meta.kind == "reference" and not meta.many and field.default is attrs.NOTHING
            if counts[name] and required and not any(counts.get(c, 0) for c in meta.collections):
                counts[meta.collections[0]] = 1
    total = sum(counts.values())
    pool = _ID_POOL if total <= len(_ID_POOL) // 2 else tuple(f"r{n}" for n in range(total * 2))
    ids = iter(draw(st.permutations(pool))[:total])
    named = {name: [next(ids) for _ in range(count)] for name, count in counts.items()}
    source_texts = {source_id: draw(_SOME_TEXT) for source_id in named["sources"]}
    pick = st.sampled_from(sorted(source_texts)).flatmap(lambda s: citations(s, source_texts[s]))
    ctx = _Context(
        named,
        st.lists(pick, min_size=1, max_size=2, unique=True).map(tuple),
        _NAMES,
        min_year,
        max_year,
        _DATASET_UNITS,
    )
    records: list[Any] = []
    for name, collection in registry.items():
        for record_id in named[name]:
            record = draw(_build(collection.cls, ctx, record_id))
            if isinstance(record, Source):
                record = evolve(
                    record,
                    text=source_texts[record_id],
                    citations=draw(ctx.cite),
                    text_file=f"texts/{record_id}.txt",
                )
            records.append(record)
    return Dataset(records, registry=registry)


def write_dataset(
    records: Iterable[Any], folder: str | os.PathLike[str], registry: Registry = COLLECTIONS
) -> list[Path]:
    """Write records as data files `load` reads: ``<collection>.toml`` plus source texts.

    Each source's text goes to its `text_file`, relative to `folder`. Returns the TOML
    files written, one per collection (an empty one holds an empty array). Requires the
    ``test`` extra (tomli-w).
    """
    import tomli_w

    root = Path(folder)
    grouped: dict[str, list[dict[str, Any]]] = {name: [] for name in registry}
    kinds = {c.cls: c.name for c in registry.values()}
    for record in records:
        grouped[kinds[type(record)]].append(shared_converter().unstructure(record))
        if isinstance(record, Source) and record.text is not None:
            text_path = root / record.text_file
            text_path.parent.mkdir(parents=True, exist_ok=True)
            text_path.write_bytes(record.text.encode("utf-8"))
    written = []
    for name, tables in grouped.items():
        path = root / f"{name}.toml"
        path.write_text(tomli_w.dumps({name: tables}), encoding="utf-8")
        written.append(path)
    return written
