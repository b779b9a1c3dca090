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

import string
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from ._codes import COUNTRY_NAMES, CURRENCY_CODES
from ._dates import DateBasis, DateRange, DateValue, PartialDate, Season
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
    Qualifier,
    Record,
    Role,
    TradeFigure,
)
from ._provenance import Author, Citation, Source, SourceKind

__all__ = [
    "agreements",
    "citations",
    "countries",
    "date_ranges",
    "date_values",
    "events",
    "officials",
    "organizations",
    "partial_dates",
    "records",
    "slugs",
    "sources",
    "texts",
    "trade_figures",
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
            season = Season.AUTUMN  # winter 9999 would end in year 10000
    elif shape in ("month", "day"):
        month = draw(st.integers(1, 12))
        if shape == "day":
            day = draw(st.integers(1, PartialDate(year, month).end().day))
    flags = st.just(False) if season is not None else st.booleans()
    return PartialDate(year, month, day, season, approximate=draw(flags), uncertain=draw(flags))


@st.composite
def date_ranges(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> DateRange:
    """Closed ranges whose upper end neither starts nor ends before the lower one."""
    first = draw(partial_dates(min_year, max_year))
    second = draw(partial_dates(min_year, max_year))
    lower, upper = sorted([first, second])
    if not (lower.end() <= upper.end()):
        upper = lower  # e.g. 2025 and 2025-03: same start, the year ends later
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


@st.composite
def _dating(draw: st.DrawFn, prefix: str) -> dict[str, Any]:
    """A date with a basis, and a note where the basis needs one; or no date at all."""
    date = draw(st.none() | date_values(1900, 2100))
    if date is None:
        return {}
    basis = draw(st.sampled_from(DateBasis))
    fields: dict[str, Any] = {prefix: date, f"{prefix}_basis": basis}
    if basis is not DateBasis.STATED or draw(st.booleans()):
        fields[f"{prefix}_note"] = draw(texts())
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
    role = st.builds(
        Role,
        title=texts(),
        organization=_optional(slugs()),
        country=_optional(countries()),
        source=slugs(),
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


