"""The record classes: events, agreements, officials, organizations and trade figures.

This module is the one place for the schema. Records are frozen attrs classes built with
keyword arguments; each field's validator sits beside it and names the field in its
message. Cross-record checks (references resolve, quotes stand in their sources, ids are
unique) need the whole dataset and live in the loader.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TypeAlias

import attrs

from . import _validators as v
from ._dates import DateBasis, DateValue
from ._provenance import Citation, Source, citations

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Event",
    "EventKind",
    "EventStatus",
    "Location",
    "Milestone",
    "MilestoneKind",
    "Official",
    "Organization",
    "OrganizationKind",
    "OrganizationStatus",
    "Qualifier",
    "Record",
    "Role",
    "TradeFigure",
]

_ids = v.each(v.slug)
_countries = v.each(v.country)
_aliases = v.each(v.text)
_note = v.optional(v.text)


class EventKind(enum.Enum):
    """What kind of happening an event is."""

    MEETING = "meeting"
    SUMMIT = "summit"
    FORUM = "forum"
    CONFERENCE = "conference"
    VISIT = "visit"
    DECISION = "decision"
    ANNOUNCEMENT = "announcement"
    INITIATIVE = "initiative"
    NEGOTIATION = "negotiation"
    ESTABLISHMENT = "establishment"
    REFORM = "reform"
    STUDY = "study"


class EventStatus(enum.Enum):
    """Whether, as of its source, an event has taken place."""

    HELD = "held"
    ONGOING = "ongoing"
    PLANNED = "planned"


@attrs.frozen(kw_only=True)
class Location:
    """Where something took place: a place name and its country code."""

    place: str = attrs.field(validator=v.text)
    country: str = attrs.field(validator=v.country)


@attrs.frozen(kw_only=True)
class Event:
    """A meeting, summit, forum, visit, decision, announcement or initiative.

    `date` is a `PartialDate` or `DateRange` at the precision the source gives (or None if
    it gives none); `date_basis` says how it was obtained and `date_note` explains a
    derived or external date. `status` is as of the source: a forum "to be held in
    January" is planned even if it has happened since. `participants` holds official and
    organization ids, `countries` ISO codes (or ``EU``), `agreements` agreement ids.
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    kind: EventKind = attrs.field(validator=v.instances(EventKind))
    status: EventStatus = attrs.field(validator=v.instances(EventStatus))
    date: DateValue | None = attrs.field(default=None, validator=v.date_value)
    date_basis: DateBasis | None = attrs.field(default=None, validator=v.date_basis)
    date_note: str | None = attrs.field(default=None, validator=v.dating("date"))
    location: Location | None = attrs.field(default=None, validator=v.optional(v.instances(Location)))
    participants: tuple[str, ...] = attrs.field(default=(), validator=_ids)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    agreements: tuple[str, ...] = attrs.field(default=(), validator=_ids)
    summary: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(validator=citations)
    note: str | None = attrs.field(default=None, validator=_note)


class AgreementKind(enum.Enum):
    """What kind of instrument an agreement or programme is."""

    AGREEMENT = "agreement"
    TREATY = "treaty"
    ROADMAP = "roadmap"
    JOINT_STATEMENT = "joint-statement"
    INVESTMENT_PACKAGE = "investment-package"
    PROGRAMME = "programme"
    JOINT_VENTURE = "joint-venture"
    TARIFF = "tariff"
    INITIATIVE = "initiative"


class AgreementStatus(enum.Enum):
    """Where an agreement stood as of its latest source."""

    PROPOSED = "proposed"
    ANNOUNCED = "announced"
    NEGOTIATING = "negotiating"
    ADOPTED = "adopted"
    ENDORSED = "endorsed"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in-force"
    OPERATING = "operating"


class MilestoneKind(enum.Enum):
    """A step in an agreement's life."""

    PROPOSED = "proposed"
    ANNOUNCED = "announced"
    MANDATE = "mandate"
    NEGOTIATIONS = "negotiations"
    ADOPTED = "adopted"
    ENDORSED = "endorsed"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in-force"
    LAUNCHED = "launched"


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated step of an `Agreement` (mandate, signature, ratification, ...).

    Dated like an `Event` (`date`, `date_basis`, `date_note`); `event` names the event at
    which it happened, when there is one.
    """

    kind: MilestoneKind = attrs.field(validator=v.instances(MilestoneKind))
    date: DateValue | None = attrs.field(default=None, validator=v.date_value)
    date_basis: DateBasis | None = attrs.field(default=None, validator=v.date_basis)
    date_note: str | None = attrs.field(default=None, validator=v.dating("date"))
    event: str | None = attrs.field(default=None, validator=v.optional(v.slug))
    citations: tuple[Citation, ...] = attrs.field(validator=citations)
    note: str | None = attrs.field(default=None, validator=_note)


@attrs.frozen(kw_only=True)
class Agreement:
    """A treaty, roadmap, joint statement, investment package, programme or joint venture.

    `parties` are country codes (or ``EU``); `participants` are the official and
    organization ids that are party to it or carry it out. `milestones` are its dated
    steps, each with its own citations.
    """

    id: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    short_name: str | None = attrs.field(default=None, validator=_note)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    kind: AgreementKind = attrs.field(validator=v.instances(AgreementKind))
    status: AgreementStatus = attrs.field(validator=v.instances(AgreementStatus))
    parties: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    participants: tuple[str, ...] = attrs.field(default=(), validator=_ids)
    milestones: tuple[Milestone, ...] = attrs.field(default=(), validator=v.each(v.instances(Milestone)))
    summary: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(validator=citations)
    note: str | None = attrs.field(default=None, validator=_note)


@attrs.frozen(kw_only=True)
class Role:
    """A position an official holds, as a source describes it.

    `source` is the id of the source that gives the role. The role holds as of that
    source's publication date unless `as_of` says otherwise: a 2025 interview that
    recalls "European Council President Charles Michel" visiting in October 2022 gives
    the role as of ``2022-10`` (dated like an event, with `as_of_basis` and `as_of_note`).
    """

    title: str = attrs.field(validator=v.text)
    organization: str | None = attrs.field(default=None, validator=v.optional(v.slug))
    country: str | None = attrs.field(default=None, validator=v.optional(v.country))
    source: str = attrs.field(validator=v.slug)
    as_of: DateValue | None = attrs.field(default=None, validator=v.date_value)
    as_of_basis: DateBasis | None = attrs.field(default=None, validator=v.date_basis)
    as_of_note: str | None = attrs.field(default=None, validator=v.dating("as_of"))


@attrs.frozen(kw_only=True)
class Official:
    """A named person acting in EU-Central Asia relations.

    `aliases` hold the other spellings and forms the sources use ("President Tokayev").
    """

    id: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    country: str | None = attrs.field(default=None, validator=v.optional(v.country))
    roles: tuple[Role, ...] = attrs.field(default=(), validator=v.each(v.instances(Role)))
    citations: tuple[Citation, ...] = attrs.field(validator=citations)
    note: str | None = attrs.field(default=None, validator=_note)


class OrganizationKind(enum.Enum):
    """What kind of body an organization is."""

    GOVERNMENT = "government"
    MINISTRY = "ministry"
    LEGISLATURE = "legislature"
    COMMITTEE = "committee"
    EU_INSTITUTION = "eu-institution"
    INTERNATIONAL_ORGANIZATION = "international-organization"
    ECONOMIC_UNION = "economic-union"
    FINANCIAL_INSTITUTION = "financial-institution"
    COMPANY = "company"
    FORUM = "forum"
    HUB = "hub"
    RESEARCH_CENTRE = "research-centre"
    EDUCATION = "education"
    MEDIA = "media"
    DIPLOMATIC_MISSION = "diplomatic-mission"


class OrganizationStatus(enum.Enum):
    """Whether, as of its latest source, an organization exists or is only proposed."""

    EXISTING = "existing"
    PROPOSED = "proposed"


@attrs.frozen(kw_only=True)
class Organization:
    """An institution, body, company, forum series, hub or union.

    `aliases` hold acronyms and other names ("EBRD"); `parent` is the id of the
    organization it belongs to, if any; `status` is ``proposed`` for a body a source
    proposes but that does not exist yet (a research centre, a campus).
    """

    id: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_aliases)
    kind: OrganizationKind = attrs.field(validator=v.instances(OrganizationKind))
    status: OrganizationStatus = attrs.field(
        default=OrganizationStatus.EXISTING, validator=v.instances(OrganizationStatus)
    )
    country: str | None = attrs.field(default=None, validator=v.optional(v.country))
    parent: str | None = attrs.field(default=None, validator=v.optional(v.slug))
    citations: tuple[Citation, ...] = attrs.field(validator=citations)
    note: str | None = attrs.field(default=None, validator=_note)


class Qualifier(enum.Enum):
    """How the source qualifies a figure; "almost" and "at least" are facts too."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    ALMOST = "almost"
    JUST_OVER = "just-over"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"
    UP_TO = "up-to"


def _check_count(instance: TradeFigure, attribute: attrs.Attribute[str], value: str) -> None:
    v.unit(instance, attribute, value)
    if value == "count" and (instance.value < 0 or instance.value != instance.value.to_integral_value()):
        raise ValueError(f"value: expected a whole number of 0 or more for a count, got {instance.value}")


@attrs.frozen(kw_only=True)
class TradeFigure:
    """An amount, percentage or count the sources give, in full units.

    ``$50 billion`` is ``value=Decimal("50000000000"), unit="USD"``; ``17%`` is
    ``value=Decimal("17"), unit="percent"``. `qualifier` keeps the source's hedge
    ("almost", "at least"); `period` is the time the figure covers (dated like an
    event); `reporter` and `partner` are country codes; `projection` is true for a
    potential, target or forecast rather than a result.
    """

    id: str = attrs.field(validator=v.slug)
    metric: str = attrs.field(validator=v.slug)
    description: str = attrs.field(validator=v.text)
    value: Decimal = attrs.field(validator=v.finite_decimal)
    unit: str = attrs.field(validator=_check_count)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=v.instances(Qualifier))
    period: DateValue | None = attrs.field(default=None, validator=v.date_value)
    period_basis: DateBasis | None = attrs.field(default=None, validator=v.date_basis)
    period_note: str | None = attrs.field(default=None, validator=v.dating("period"))
    reporter: str | None = attrs.field(default=None, validator=v.optional(v.country))
    partner: str | None = attrs.field(default=None, validator=v.optional(v.country))
    projection: bool = attrs.field(default=False, validator=v.instances(bool))
    citations: tuple[Citation, ...] = attrs.field(validator=citations)
    note: str | None = attrs.field(default=None, validator=_note)


Record: TypeAlias = Source | Event | Agreement | Official | Organization | TradeFigure
"""Any top-level record: each has an ``id``, ``citations`` and an optional ``note``."""
