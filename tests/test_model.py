"""Record validators: every bad value raises, and the message names the field."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

import eucentralasia as eca

CITE = eca.Citation(source="src", quote="words", start=3, end=8)
VALID: dict[type, dict[str, Any]] = {
    eca.Source: {
        "id": "src",
        "title": "A title",
        "outlet": "EU Reporter",
        "kind": eca.SourceKind.ARTICLE,
        "language": "en",
        "authors": (eca.Author(name="A. Writer", role="Political Editor"),),
        "text_file": "src.txt",
        "citations": (CITE,),
    },
    eca.Event: {
        "id": "an-event",
        "title": "A meeting",
        "kind": eca.EventKind.MEETING,
        "status": eca.EventStatus.HELD,
        "summary": "They met.",
        "citations": (CITE,),
    },
    eca.Agreement: {
        "id": "epca",
        "name": "Enhanced Partnership and Cooperation Agreement",
        "kind": eca.AgreementKind.AGREEMENT,
        "status": eca.AgreementStatus.RATIFIED,
        "summary": "It exists.",
        "citations": (CITE,),
    },
    eca.Official: {"id": "someone", "name": "Some One", "citations": (CITE,)},
    eca.Organization: {
        "id": "an-org",
        "name": "An Organization",
        "kind": eca.OrganizationKind.COMPANY,
        "citations": (CITE,),
    },
    eca.TradeFigure: {
        "id": "a-figure",
        "metric": "trade-turnover",
        "description": "Trade",
        "value": Decimal("50000000000"),
        "unit": "USD",
        "citations": (CITE,),
    },
}


@pytest.mark.parametrize("cls", list(VALID))
def test_valid_records_build(cls: type) -> None:
    record = cls(**VALID[cls])
    assert record.id == VALID[cls]["id"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.id = "other"


BAD: list[tuple[type, str, object, str]] = [
    (eca.Event, "id", "Not A Slug", "kebab-case"),
    (eca.Event, "id", "double--dash", "kebab-case"),
    (eca.Event, "id", "", "kebab-case"),
    (eca.Event, "title", "   ", "non-empty text"),
    (eca.Event, "kind", "meeting", "EventKind"),
    (eca.Event, "status", None, "EventStatus"),
    (eca.Event, "countries", ("KZ", "XX"), "countries[1]"),
    (eca.Event, "countries", ("kz",), "country code"),
    (eca.Event, "countries", ("KZ", "KZ"), "no repeated items"),
    (eca.Event, "countries", ["KZ"], "a list"),
    (eca.Event, "participants", ("Roman",), "participants[0]"),
    (eca.Event, "agreements", ("epca", "EPCA"), "agreements[1]"),
    (eca.Event, "citations", (), "at least one item"),
    (eca.Event, "citations", ("a quote",), "Citation"),
    (eca.Event, "date", "2025-02", "PartialDate or DateRange"),
    (eca.Event, "location", {"place": "Astana"}, "Location"),
    (eca.Event, "note", "", "non-empty text"),
    (eca.Agreement, "parties", ("EU", "XK1"), "parties[1]"),
    (eca.Agreement, "milestones", ("signed",), "Milestone"),
    (eca.Agreement, "aliases", ("",), "aliases[0]"),
    (eca.Official, "country", "Kazakhstan", "country code"),
    (eca.Official, "roles", ("Deputy Minister",), "Role"),
    (eca.Organization, "parent", "The EU", "kebab-case"),
    (eca.Organization, "kind", "company", "OrganizationKind"),
    (eca.Source, "language", "English", "language tag"),
    (eca.Source, "authors", (), "at least one item"),
    (eca.Source, "kind", "blog", "SourceKind"),
    (eca.TradeFigure, "unit", "usd", "ISO 4217"),
    (eca.TradeFigure, "unit", "dollars", "ISO 4217"),
    (eca.TradeFigure, "value", 50.5, "finite Decimal"),
    (eca.TradeFigure, "value", Decimal("NaN"), "finite Decimal"),
    (eca.TradeFigure, "value", Decimal("Infinity"), "finite Decimal"),
    (eca.TradeFigure, "metric", "Trade Turnover", "kebab-case"),
    (eca.TradeFigure, "qualifier", "almost", "Qualifier"),
    (eca.TradeFigure, "reporter", "ZZ", "country code"),
    (eca.TradeFigure, "projection", "yes", "true or false"),
]


@pytest.mark.parametrize(("cls", "field", "value", "expected"), BAD)
def test_bad_value_raises_naming_the_field(cls: type, field: str, value: object, expected: str) -> None:
    with pytest.raises((ValueError, TypeError)) as info:
        cls(**{**VALID[cls], field: value})
    message = str(info.value)
    assert message.startswith(field), message
    assert expected in message


@pytest.mark.parametrize(
    ("unit", "value", "ok"),
    [
        ("count", Decimal(700), True),
        ("count", Decimal(0), True),
        ("count", Decimal(-1), False),
        ("count", Decimal("2.5"), False),
        ("percent", Decimal(-3), True),
        ("EUR", Decimal("12000000000"), True),
    ],
)
def test_counts_are_whole_and_non_negative(unit: str, value: Decimal, ok: bool) -> None:
    fields = {**VALID[eca.TradeFigure], "unit": unit, "value": value}
    if ok:
        assert eca.TradeFigure(**fields).value == value
    else:
        with pytest.raises(ValueError, match="value: expected a whole number of 0 or more"):
            eca.TradeFigure(**fields)


class TestDating:
    def test_date_needs_a_basis(self) -> None:
        with pytest.raises(ValueError, match="date_basis: expected stated, derived or external"):
            eca.Event(**VALID[eca.Event], date=eca.PartialDate(2025))

    def test_basis_needs_a_date(self) -> None:
        with pytest.raises(ValueError, match="date_basis: expected no basis"):
            eca.Event(**VALID[eca.Event], date_basis=eca.DateBasis.STATED)

    @pytest.mark.parametrize("basis", [eca.DateBasis.DERIVED, eca.DateBasis.EXTERNAL])
    def test_derived_and_external_dates_need_a_note(self, basis: eca.DateBasis) -> None:
        with pytest.raises(ValueError, match="date_note: expected a note saying how"):
            eca.Event(**VALID[eca.Event], date=eca.PartialDate(2024), date_basis=basis)
        event = eca.Event(
            **VALID[eca.Event], date=eca.PartialDate(2024), date_basis=basis, date_note="2025 - 1"
        )
        assert event.date_basis is basis

    def test_the_same_rule_for_figures_sources_and_milestones(self) -> None:
        with pytest.raises(ValueError, match="period_note"):
            eca.TradeFigure(
                **VALID[eca.TradeFigure], period=eca.PartialDate(2024), period_basis=eca.DateBasis.DERIVED
            )
        with pytest.raises(ValueError, match="published_basis"):
            eca.Source(**VALID[eca.Source], published=eca.PartialDate(2025))
        with pytest.raises(ValueError, match="date_note"):
            eca.Milestone(
                kind=eca.MilestoneKind.SIGNED,
                date=eca.PartialDate(2015),
                date_basis=eca.DateBasis.EXTERNAL,
                citations=(CITE,),
            )


class TestCitation:
    def test_end_must_match_the_quote(self) -> None:
        with pytest.raises(ValueError, match=r"end: expected start \+ length of quote"):
            eca.Citation(source="src", quote="words", start=3, end=9)

    def test_start_is_an_offset(self) -> None:
        with pytest.raises(ValueError, match="start: expected a character offset"):
            eca.Citation(source="src", quote="w", start=-1, end=0)
        with pytest.raises(ValueError, match="start"):
            eca.Citation(source="src", quote="w", start=True, end=2)  # type: ignore[arg-type]

    def test_quote_must_not_be_blank(self) -> None:
        with pytest.raises(ValueError, match="quote: expected non-empty text"):
            eca.Citation(source="src", quote=" ", start=0, end=1)

    def test_verify_against_the_text(self) -> None:
        CITE.verify("my words here")
        with pytest.raises(ValueError, match="it stands at 0"):
            CITE.verify("words at the start")
        with pytest.raises(ValueError, match="not in the text"):
            CITE.verify("nothing of the sort")

    def test_of_computes_the_span(self) -> None:
        text = "the EU and the EU"
        assert eca.Citation.of("src", text, "EU", occurrence=1) == eca.Citation(
            source="src", quote="EU", start=15, end=17
        )


class TestLocateQuote:
    def test_unique_quote(self) -> None:
        assert eca.locate_quote("abc def", "def") == (4, 7)

    def test_absent_quote(self) -> None:
        with pytest.raises(ValueError, match="quote not found"):
            eca.locate_quote("abc", "xyz")

    def test_ambiguous_quote_needs_an_occurrence(self) -> None:
        with pytest.raises(ValueError, match=r"occurs 2 times, say which \(occurrence 0\.\.1\)"):
            eca.locate_quote("ab ab", "ab")
        assert eca.locate_quote("ab ab", "ab", occurrence=1) == (3, 5)
        with pytest.raises(ValueError, match="no occurrence 2"):
            eca.locate_quote("ab ab", "ab", occurrence=2)

    def test_overlapping_occurrences_count(self) -> None:
        assert eca.locate_quote("a a a", "a a", occurrence=1) == (2, 5)

    def test_a_quote_counts_only_as_whole_words(self) -> None:
        text = "Parliament is unlikely to ratify it, and 15 billion was lent."
        for inside in ("likely to ratify", "5 billion", "arliament", "Parliamen"):
            with pytest.raises(ValueError, match="not found"):
                eca.locate_quote(text, inside)
        assert eca.locate_quote(text, "unlikely to ratify") == (14, 32)
        assert eca.locate_quote(text, ", and 15") == (35, 43)  # punctuation needs no boundary

    def test_empty_quote(self) -> None:
        with pytest.raises(ValueError, match="empty"):
            eca.locate_quote("abc", "")


@pytest.mark.parametrize(
    ("cls", "fields", "field"),
    [
        (eca.Location, {"place": " ", "country": "KZ"}, "place"),
        (eca.Location, {"place": "Astana", "country": "KAZ"}, "country"),
        (eca.Author, {"name": "", "role": "analyst"}, "name"),
        (eca.Author, {"name": "A. Writer", "role": None}, "role"),
        (eca.Role, {"title": "", "source": "src"}, "title"),
        (eca.Role, {"title": "Minister", "source": "Src"}, "source"),
        (eca.Role, {"title": "Minister", "source": "src", "organization": "The Ministry"}, "organization"),
        (eca.Role, {"title": "Minister", "source": "src", "country": "Kazakhstan"}, "country"),
        (eca.Role, {"title": "Minister", "source": "src", "as_of": eca.PartialDate(2022)}, "as_of_basis"),
        (
            eca.Role,
            {
                "title": "Minister",
                "source": "src",
                "as_of": eca.PartialDate(2022),
                "as_of_basis": eca.DateBasis.DERIVED,
            },
            "as_of_note",
        ),
        (eca.Milestone, {"kind": "signed", "citations": (CITE,)}, "kind"),
        (
            eca.Milestone,
            {"kind": eca.MilestoneKind.SIGNED, "event": "An Event", "citations": (CITE,)},
            "event",
        ),
        (eca.Milestone, {"kind": eca.MilestoneKind.SIGNED, "citations": ()}, "citations"),
    ],
)
def test_nested_values_name_their_field(cls: type, fields: dict[str, Any], field: str) -> None:
    with pytest.raises((ValueError, TypeError)) as info:
        cls(**fields)
    assert str(info.value).startswith(field), str(info.value)
