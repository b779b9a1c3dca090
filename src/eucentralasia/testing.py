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
from typing import Any

from hypothesis import strategies as st

from ._codes import COUNTRY_NAMES, CURRENCY_CODES
from ._dataset import COLLECTIONS, Dataset
from ._dates import DateBasis, DateRange, DateValue, PartialDate, Season, parse_date
from ._model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Event,
    EventKind,
    EventStatus,
    Location,
    Milestone,
    MilestoneKind,
    Official,
    Organization,
    OrganizationKind,
    OrganizationStatus,
    Qualifier,
    Record,
    Role,
    TradeFigure,
)
from ._provenance import Author, Citation, Source, SourceKind
from ._serialization import converter

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
    "slugs",
    "sources",
    "texts",
    "trade_figures",
    "write_dataset",
]

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


@st.composite
def citations(draw: st.DrawFn, source: str | None = None, text: str | None = None) -> Citation:
    """Citations; with `text`, quotes that really stand in it at their span."""
    source_id = source if source is not None else draw(slugs())
    if text is None:
        quote = draw(texts())
        start = draw(st.integers(0, 100_000))
        return Citation(source=source_id, quote=quote, start=start, end=start + len(quote))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    if not text[start:end].strip():
        # A quote must hold more than whitespace; fall back to the first visible character.
        start = next(i for i, char in enumerate(text) if not char.isspace())
        end = start + 1
    return Citation(source=source_id, quote=text[start:end], start=start, end=end)


def _citation_tuples() -> st.SearchStrategy[tuple[Citation, ...]]:
    return st.lists(citations(), min_size=1, max_size=3, unique=True).map(tuple)


def _unique(strategy: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


@functools.cache
def _maybe_dates(min_year: int, max_year: int) -> st.SearchStrategy[DateValue | None]:
    return st.none() | date_values(min_year, max_year)


@st.composite
def _dating(
    draw: st.DrawFn,
    prefix: str,
    min_year: int = 1900,
    max_year: int = 2100,
    notes: st.SearchStrategy[str] | None = None,
) -> dict[str, Any]:
    """A date with a basis, and a note where the basis needs one; or no date at all."""
    date = draw(_maybe_dates(min_year, max_year))
    if date is None:
        return {}
    basis = draw(st.sampled_from(DateBasis))
    fields: dict[str, Any] = {prefix: date, f"{prefix}_basis": basis}
    if basis is not DateBasis.STATED or draw(st.booleans()):
        fields[f"{prefix}_note"] = draw(texts() if notes is None else notes)
    return fields


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """Sources with a text, and citations that quote that text."""
    source_id = draw(slugs())
    text = draw(texts(200))
    return Source(
        id=source_id,
        title=draw(texts()),
        outlet=draw(texts()),
        kind=draw(st.sampled_from(SourceKind)),
        language=draw(st.sampled_from(["en", "de", "ru", "kk", "en-GB"])),
        authors=tuple(
            draw(st.lists(st.builds(Author, name=texts(), role=texts()), min_size=1, max_size=2, unique=True))
        ),
        **draw(_dating("published")),
        interviewee=draw(_optional(slugs())),
        text_file=draw(slugs()) + ".txt",
        citations=tuple(draw(st.lists(citations(source_id, text), min_size=1, max_size=3, unique=True))),
        note=draw(_optional(texts())),
        text=text,
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Events of every kind and status, dated or not."""
    return Event(
        id=draw(slugs()),
        title=draw(texts()),
        kind=draw(st.sampled_from(EventKind)),
        status=draw(st.sampled_from(EventStatus)),
        **draw(_dating("date")),
        location=draw(_optional(st.builds(Location, place=texts(), country=countries()))),
        participants=draw(_unique(slugs())),
        countries=draw(_unique(countries())),
        agreements=draw(_unique(slugs())),
        summary=draw(texts()),
        citations=draw(_citation_tuples()),
        note=draw(_optional(texts())),
    )


@st.composite
def _milestones(draw: st.DrawFn) -> Milestone:
    return Milestone(
        kind=draw(st.sampled_from(MilestoneKind)),
        **draw(_dating("date")),
        event=draw(_optional(slugs())),
        citations=draw(_citation_tuples()),
        note=draw(_optional(texts())),
    )


@st.composite
def agreements(draw: st.DrawFn) -> Agreement:
    """Agreements with zero or more milestones."""
    return Agreement(
        id=draw(slugs()),
        name=draw(texts()),
        short_name=draw(_optional(texts())),
        aliases=draw(_unique(texts())),
        kind=draw(st.sampled_from(AgreementKind)),
        status=draw(st.sampled_from(AgreementStatus)),
        parties=draw(_unique(countries())),
        participants=draw(_unique(slugs())),
        milestones=draw(_unique(_milestones())),
        summary=draw(texts()),
        citations=draw(_citation_tuples()),
        note=draw(_optional(texts())),
    )


@st.composite
def officials(draw: st.DrawFn) -> Official:
    """Officials with zero or more roles."""
    role = _dating("as_of").flatmap(
        lambda dating: st.builds(
            Role,
            title=texts(),
            organization=_optional(slugs()),
            country=_optional(countries()),
            source=slugs(),
            **{name: st.just(value) for name, value in dating.items()},
        )
    )
    return Official(
        id=draw(slugs()),
        name=draw(texts()),
        aliases=draw(_unique(texts())),
        country=draw(_optional(countries())),
        roles=draw(_unique(role)),
        citations=draw(_citation_tuples()),
        note=draw(_optional(texts())),
    )


@st.composite
def organizations(draw: st.DrawFn) -> Organization:
    """Organizations of every kind."""
    return Organization(
        id=draw(slugs()),
        name=draw(texts()),
        aliases=draw(_unique(texts())),
        kind=draw(st.sampled_from(OrganizationKind)),
        status=draw(st.sampled_from(OrganizationStatus)),
        country=draw(_optional(countries())),
        parent=draw(_optional(slugs())),
        citations=draw(_citation_tuples()),
        note=draw(_optional(texts())),
    )


@st.composite
def trade_figures(draw: st.DrawFn) -> TradeFigure:
    """Figures in currencies, percentages and counts; counts are whole and non-negative."""
    unit = draw(st.sampled_from(["count", "percent", *sorted(CURRENCY_CODES)]))
    if unit == "count":
        value = Decimal(draw(st.integers(0, 10**15)))
    else:
        value = draw(st.decimals(allow_nan=False, allow_infinity=False, places=None))
    return TradeFigure(
        id=draw(slugs()),
        metric=draw(slugs()),
        description=draw(texts()),
        value=value,
        unit=unit,
        qualifier=draw(st.sampled_from(Qualifier)),
        **draw(_dating("period")),
        reporter=draw(_optional(countries())),
        partner=draw(_optional(countries())),
        projection=draw(st.booleans()),
        citations=draw(_citation_tuples()),
        note=draw(_optional(texts())),
    )


def records() -> st.SearchStrategy[Record]:
    """Any top-level record."""
    return st.one_of(sources(), events(), agreements(), officials(), organizations(), trade_figures())


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

    records: list[Record] = [
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
        Official(
            id="example-tokayev",
            name="Kassym-Jomart Tokayev",
            aliases=("President Tokayev",),
            country="KZ",
            roles=(Role(title="President", country="KZ", source=source),),
            citations=cite("President Kassym-Jomart Tokayev"),
        ),
        Official(
            id="example-sikela",
            name="Josef Síkela",
            roles=(Role(title="Commissioner", organization="example-commission", source=source),),
            citations=cite("Commissioner Josef Síkela"),
        ),
        Organization(
            id="example-commission",
            name="European Commission",
            aliases=("EC",),
            kind=OrganizationKind.EU_INSTITUTION,
            country="EU",
            citations=cite("the European Commission"),
        ),
        Event(
            id="example-summit",
            title="First EU-Central Asia summit",
            kind=EventKind.SUMMIT,
            status=EventStatus.HELD,
            **day("2025-04-03/2025-04-04"),
            location=Location(place="Samarkand", country="UZ"),
            participants=("example-commission",),
            countries=("EU", "KZ", "UZ"),
            summary="The first summit of the EU and the five Central Asian republics.",
            citations=cite("The first EU-Central Asia summit was held in Samarkand on 3-4 April 2025."),
        ),
        Event(
            id="example-forum",
            title="Astana International Forum",
            kind=EventKind.FORUM,
            status=EventStatus.HELD,
            **day("2025-05-29"),
            location=Location(place="Astana", country="KZ"),
            participants=("example-tokayev",),
            summary="President Tokayev opens the forum.",
            citations=cite("opened the Astana International Forum on 29 May 2025"),
        ),
        Agreement(
            id="example-epca",
            name="Enhanced Partnership and Cooperation Agreement",
            short_name="EPCA",
            kind=AgreementKind.AGREEMENT,
            status=AgreementStatus.IN_FORCE,
            parties=("EU", "KZ"),
            milestones=(
                Milestone(
                    kind=MilestoneKind.SIGNED,
                    **day("2015-12"),
                    citations=cite("signed in December 2015"),
                ),
                Milestone(
                    kind=MilestoneKind.IN_FORCE,
                    **day("2020-03-01"),
                    citations=cite("entered into force on 1 March 2020"),
                ),
            ),
            summary="The EU-Kazakhstan partnership agreement.",
            citations=cite("The Enhanced Partnership and Cooperation Agreement (EPCA)"),
        ),
        TradeFigure(
            id="example-trade-2024",
            metric="trade-turnover",
            description="EU-Kazakhstan trade in 2024",
            value=Decimal("50000000000"),
            unit="EUR",
            qualifier=Qualifier.ALMOST,
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
_MAYBE_NAME = st.none() | _NAMES
_NAME_LISTS = st.lists(_NAMES, max_size=2, unique=True).map(tuple)
_MAYBE_COUNTRY = st.none() | countries()
_COUNTRY_LISTS = _unique(countries(), 2)
_SOME_TEXT = texts(120)
_MAYBE_LOCATION = st.none() | st.builds(Location, place=_NAMES, country=countries())


def _some(draw: st.DrawFn, ids: list[str], max_size: int = 3) -> tuple[str, ...]:
    if not ids:
        return ()
    return tuple(draw(st.lists(st.sampled_from(ids), max_size=max_size, unique=True)))


def _one(draw: st.DrawFn, ids: list[str]) -> str | None:
    return draw(st.none() | st.sampled_from(ids)) if ids else None


@st.composite
def datasets(draw: st.DrawFn, max_per_kind: int = 4, min_year: int = 2018, max_year: int = 2027) -> Dataset:
    """Whole consistent datasets, as `load` would accept them.

    Ids are unique across the dataset, every reference names a record of the right
    kind, every citation quotes its source's text at its span, and every source has a
    text (write one to files with `write_dataset`). Each kind has up to `max_per_kind`
    records (at least one source); dates fall in `min_year`..`max_year` so that windows
    overlap often.
    """
    counts = {name: draw(st.integers(0, max_per_kind)) for name in COLLECTIONS}
    counts["sources"] = max(1, counts["sources"])
    total = sum(counts.values())
    ids = iter(draw(st.lists(slugs(), min_size=total, max_size=total, unique=True)))
    named = {name: [next(ids) for _ in range(count)] for name, count in counts.items()}
    source_texts = {source_id: draw(_SOME_TEXT) for source_id in named["sources"]}
    actors = named["officials"] + named["organizations"]
    pick_source = st.sampled_from(sorted(source_texts)).flatmap(lambda s: citations(s, source_texts[s]))

    def cite() -> tuple[Citation, ...]:
        return tuple(draw(st.lists(pick_source, min_size=1, max_size=2, unique=True)))

    def name() -> str:
        return draw(_NAMES)

    def names() -> tuple[str, ...]:
        return draw(_NAME_LISTS)

    def note() -> str | None:
        return draw(_MAYBE_NAME)

    def dating(prefix: str) -> dict[str, Any]:
        return draw(_dating(prefix, min_year, max_year, _NAMES))

    def country() -> str | None:
        return draw(_MAYBE_COUNTRY)

    records: list[Record] = []
    for record_id in named["organizations"]:
        others = [i for i in named["organizations"] if i != record_id]
        records.append(
            Organization(
                id=record_id,
                name=name(),
                aliases=names(),
                kind=draw(st.sampled_from(OrganizationKind)),
                country=country(),
                parent=_one(draw, others),
                citations=cite(),
                note=note(),
            )
        )
    for record_id in named["officials"]:
        roles = [
            Role(
                title=name(),
                organization=_one(draw, named["organizations"]),
                country=country(),
                source=draw(st.sampled_from(named["sources"])),
                **dating("as_of"),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        records.append(
            Official(
                id=record_id,
                name=name(),
                aliases=names(),
                country=country(),
                roles=tuple(dict.fromkeys(roles)),
                citations=cite(),
                note=note(),
            )
        )
    for record_id in named["events"]:
        place = draw(_MAYBE_LOCATION)
        records.append(
            Event(
                id=record_id,
                title=name(),
                kind=draw(st.sampled_from(EventKind)),
                status=draw(st.sampled_from(EventStatus)),
                **dating("date"),
                location=place,
                participants=_some(draw, actors),
                countries=draw(_COUNTRY_LISTS),
                agreements=_some(draw, named["agreements"]),
                summary=name(),
                citations=cite(),
                note=note(),
            )
        )
    for record_id in named["agreements"]:
        milestones = [
            Milestone(
                kind=draw(st.sampled_from(MilestoneKind)),
                **dating("date"),
                event=_one(draw, named["events"]),
                citations=cite(),
            )
            for _ in range(draw(st.integers(0, 3)))
        ]
        records.append(
            Agreement(
                id=record_id,
                name=name(),
                short_name=note(),
                aliases=names(),
                kind=draw(st.sampled_from(AgreementKind)),
                status=draw(st.sampled_from(AgreementStatus)),
                parties=draw(_COUNTRY_LISTS),
                participants=_some(draw, actors),
                milestones=tuple(dict.fromkeys(milestones)),
                summary=name(),
                citations=cite(),
            )
        )
    for record_id in named["trade_figures"]:
        unit = draw(st.sampled_from(["EUR", "USD", "KZT", "percent", "count"]))
        records.append(
            TradeFigure(
                id=record_id,
                metric=draw(slugs()),
                description=name(),
                value=Decimal(draw(st.integers(0, 10**12))).scaleb(0 if unit == "count" else -2),
                unit=unit,
                qualifier=draw(st.sampled_from(Qualifier)),
                **dating("period"),
                reporter=country(),
                partner=country(),
                projection=draw(st.booleans()),
                citations=cite(),
            )
        )
    for record_id, text in source_texts.items():
        records.append(
            Source(
                id=record_id,
                title=name(),
                outlet=name(),
                kind=draw(st.sampled_from(SourceKind)),
                language=draw(st.sampled_from(["en", "de", "ru", "kk", "en-GB"])),
                authors=(Author(name=name(), role=name()),),
                **dating("published"),
                interviewee=_one(draw, named["officials"]),
                text_file=f"texts/{record_id}.txt",
                citations=cite(),
                note=note(),
                text=text,
            )
        )
    return Dataset(records)


def write_dataset(records: Iterable[Record], folder: str | os.PathLike[str]) -> list[Path]:
    """Write records as data files `load` reads: ``<collection>.toml`` plus source texts.

    Each source's text goes to its `text_file`, relative to `folder`. Returns the TOML
    files written, one per collection (an empty one holds an empty array). Requires the
    ``test`` extra (tomli-w).
    """
    import tomli_w

    root = Path(folder)
    grouped: dict[str, list[dict[str, Any]]] = {name: [] for name in COLLECTIONS}
    kinds = {cls: name for name, cls in COLLECTIONS.items()}
    for record in records:
        grouped[kinds[type(record)]].append(converter.unstructure(record))
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
