"""The record classes: events, agreements, officials, organizations and trade figures.

This module and `_provenance` are the one place for the schema. Each field is declared
with a helper of `_schema`, which gives it its validator and its facts (description,
what it references, how it names the record); the record classes are frozen attrs
classes built with keyword arguments. `COLLECTIONS` is the registry of the dataset's
collections. Cross-record checks (references resolve, quotes stand in their sources, ids
are unique) need the whole dataset and live in `_checks`.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Final, TypeAlias

import attrs

from . import _schema as schema
from . import _validators as v
from ._dates import DateBasis, DateValue
from ._errors import FieldError
from ._provenance import Citation, Source

_ACTORS = ("officials", "organizations")


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


@schema.record
class Location:
    """Where something took place: a place name and its country code."""

    place: str = schema.text("the place name")
    country: str = schema.country("ISO 3166-1 alpha-2 country code (or EU)")


@schema.record
class Event:
    """A meeting, summit, forum, visit, decision, announcement or initiative.

    `date` is a `PartialDate` or `DateRange` at the precision the source gives (or None if
    it gives none); `date_basis` says how it was obtained and `date_note` explains a
    derived or external date. `status` is as of the source: a forum "to be held in
    January" is planned even if it has happened since. `participants` holds official and
    organization ids, `countries` ISO codes (or ``EU``), `agreements` agreement ids.
    """

    id: str = schema.identifier()
    title: str = schema.text("The event's title", search="title", heading=True)
    kind: EventKind = schema.choice(EventKind, "What kind of event this is")
    status: EventStatus = schema.choice(EventStatus, "Whether, as of its source, the event had taken place")
    date: DateValue | None = schema.dated("When it happened", timeline=True, kind="kind")
    date_basis: DateBasis | None = schema.basis("date")
    date_note: str | None = schema.date_note("date")
    location: Location | None = schema.nested(Location, "Where it took place", optional=True)
    participants: tuple[str, ...] = schema.references(
        "Ids of the officials and organizations taking part", *_ACTORS
    )
    countries: tuple[str, ...] = schema.countries(
        "ISO 3166-1 alpha-2 codes (or EU) of the countries involved"
    )
    agreements: tuple[str, ...] = schema.references("Ids of the agreements the event concerns", "agreements")
    summary: str = schema.text("What the event is about, in a sentence or two", search="text")
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()


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


@schema.record
class Milestone:
    """A dated step of an `Agreement` (mandate, signature, ratification, ...).

    Dated like an `Event` (`date`, `date_basis`, `date_note`); `event` names the event at
    which it happened, when there is one.
    """

    kind: MilestoneKind = schema.choice(MilestoneKind, "Which step it is: proposed, signed, ratified, ...")
    date: DateValue | None = schema.dated(
        "When the step was taken",
        timeline=True,
        kind="kind",
        caption=lambda agreement, milestone: milestone_title(agreement, milestone),
    )
    date_basis: DateBasis | None = schema.basis("date")
    date_note: str | None = schema.date_note("date")
    event: str | None = schema.reference("Id of the event at which it happened", "events", optional=True)
    citations: tuple[Citation, ...] = schema.citations("The quotes the milestone rests on")
    note: str | None = schema.note()


@schema.record
class Agreement:
    """A treaty, roadmap, joint statement, investment package, programme or joint venture.

    `parties` are country codes (or ``EU``); `participants` are the official and
    organization ids that are party to it or carry it out. `milestones` are its dated
    steps, each with its own citations.
    """

    id: str = schema.identifier()
    name: str = schema.text("The agreement's name", search="name", heading=True)
    short_name: str | None = schema.text(
        "The short name or acronym the sources use", optional=True, search="name"
    )
    aliases: tuple[str, ...] = schema.texts(
        "Other names, spellings and acronyms the sources use", search="name"
    )
    kind: AgreementKind = schema.choice(AgreementKind, "What kind of agreement this is")
    status: AgreementStatus = schema.choice(
        AgreementStatus, "Where the agreement stood as of its latest source"
    )
    parties: tuple[str, ...] = schema.countries("ISO 3166-1 alpha-2 codes (or EU) of the parties")
    participants: tuple[str, ...] = schema.references(
        "Ids of the officials and organizations party to it or carrying it out", *_ACTORS
    )
    milestones: tuple[Milestone, ...] = schema.nested_many(
        Milestone,
        "Dated steps (proposed, signed, ratified, ...), each with kind, EDTF date, date basis and "
        "note, the id of the event it happened at, and its own citations",
    )
    summary: str = schema.text("What the agreement is about, in a sentence or two", search="text")
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()


@schema.record
class Role:
    """A position an official holds, as a source describes it.

    `source` is the id of the source that gives the role. The role holds as of that
    source's publication date unless `as_of` says otherwise: a 2025 interview that
    recalls "European Council President Charles Michel" visiting in October 2022 gives
    the role as of ``2022-10`` (dated like an event, with `as_of_basis` and `as_of_note`).
    """

    title: str = schema.text("The position, as the source words it", search="title")
    organization: str | None = schema.reference(
        "Id of the organization the position is in", "organizations", optional=True
    )
    country: str | None = schema.country(
        "ISO 3166-1 alpha-2 code (or EU) of the position's country", optional=True
    )
    source: str = schema.reference("Id of the source giving the role", "sources")
    as_of: DateValue | None = schema.dated("When the role held", when=False)
    as_of_basis: DateBasis | None = schema.basis("as_of")
    as_of_note: str | None = schema.date_note("as_of")


@schema.record
class Official:
    """A named person acting in EU-Central Asia relations.

    `aliases` hold the other spellings and forms the sources use ("President Tokayev").
    """

    id: str = schema.identifier()
    name: str = schema.text("The official's name", search="name", heading=True)
    aliases: tuple[str, ...] = schema.texts("Other names and spellings the sources use", search="name")
    country: str | None = schema.country(
        "ISO 3166-1 alpha-2 code (or EU) of the official's country", optional=True
    )
    roles: tuple[Role, ...] = schema.nested_many(
        Role,
        "Positions held, each with title, organization id, country, the id of the source giving it "
        "and the EDTF date it holds as of",
        search="title",  # "deputy foreign minister" finds Roman Vassilenko
    )
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()


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


@schema.record
class Organization:
    """An institution, body, company, forum series, hub or union.

    `aliases` hold acronyms and other names ("EBRD"); `parent` is the id of the
    organization it belongs to, if any; `status` is ``proposed`` for a body a source
    proposes but that does not exist yet (a research centre, a campus).
    """

    id: str = schema.identifier()
    name: str = schema.text("The organization's name", search="name", heading=True)
    aliases: tuple[str, ...] = schema.texts("Acronyms and other names the sources use", search="name")
    kind: OrganizationKind = schema.choice(OrganizationKind, "What kind of organization this is")
    status: OrganizationStatus = schema.choice(
        OrganizationStatus,
        "Whether, as of its latest source, the organization exists or is only proposed",
        default=OrganizationStatus.EXISTING,
    )
    country: str | None = schema.country(
        "ISO 3166-1 alpha-2 code (or EU) of the organization's country", optional=True
    )
    parent: str | None = schema.reference(
        "Id of the organization this one belongs to", "organizations", optional=True
    )
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()


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
        raise FieldError("value", f"expected a whole number of 0 or more for a count, got {instance.value}")


@schema.record
class TradeFigure:
    """An amount, percentage or count the sources give, in full units.

    ``$50 billion`` is ``value=Decimal("50000000000"), unit="USD"``; ``17%`` is
    ``value=Decimal("17"), unit="percent"``. `qualifier` keeps the source's hedge
    ("almost", "at least"); `period` is the time the figure covers (dated like an
    event); `reporter` and `partner` are country codes; `projection` is true for a
    potential, target or forecast rather than a result; `about` names the records the
    figure describes (700 start-ups: the Astana hub).
    """

    id: str = schema.identifier()
    metric: str = schema.slug(
        "What the figure measures, as a kebab-case slug (trade-turnover, ...)", search="title"
    )
    description: str = schema.text("What the figure is, in words", search="title", heading=True)
    value: Decimal = schema.amount("The value in full units, written exactly (50 billion is 50000000000)")
    unit: str = schema.unit("ISO 4217 currency code, percent or count", _check_count)
    qualifier: Qualifier = schema.choice(
        Qualifier,
        "How the source qualifies the value (exact, almost, at-least, ...)",
        default=Qualifier.EXACT,
    )
    period: DateValue | None = schema.dated("The time the figure covers")
    period_basis: DateBasis | None = schema.basis("period")
    period_note: str | None = schema.date_note("period")
    reporter: str | None = schema.country(
        "ISO 3166-1 alpha-2 code (or EU) of the reporting side", optional=True
    )
    partner: str | None = schema.country("ISO 3166-1 alpha-2 code (or EU) of the partner side", optional=True)
    projection: bool = schema.flag(
        "Whether the figure is a potential, target or forecast rather than a result"
    )
    about: tuple[str, ...] = schema.mentions(
        "Ids of the records (and codes of the countries) the figure describes"
    )
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()


_MILESTONE_WORDS: Final[dict[MilestoneKind, str]] = {MilestoneKind.MANDATE: "negotiating mandate"}


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


class StatementKind(enum.Enum):
    """What kind of statement someone made; what they say is theirs, not the data's.

    ``position``: a stance on a policy or question. ``assessment``: an evaluation of a
    state of affairs ("progress ... could do with a boost"). ``claim``: a statement of fact
    by the speaker that the data does not verify ("we are the hub of Central Asia").
    ``intention``: what the speaker's side plans or intends to do. ``commitment``: a
    promise or pledge. ``proposal``: a suggestion that others act or that something be
    created. ``recollection``: the speaker's account of a past event.
    """

    POSITION = "position"
    ASSESSMENT = "assessment"
    CLAIM = "claim"
    INTENTION = "intention"
    COMMITMENT = "commitment"
    PROPOSAL = "proposal"
    RECOLLECTION = "recollection"


@schema.record
class Statement:
    """Who said what: a position, claim, assessment, intention, commitment or proposal.

    `speaker` is the official or organization whose words or position it is; `summary`
    says neutrally what they said ("Vassilenko said ..."); `about` lists the record ids
    and country codes it concerns; `date` is when it was said. `reported` is true when the
    source paraphrases rather than quotes the speaker ("X said that ..."): those words are
    the source's, so its citations' own `speaker` is None (or the person who gave the
    account), and the statement alone carries the attribution.

    >>> import eucentralasia as eca
    >>> hub = eca.load().get("vassilenko-kazakhstan-hub-of-central-asia")
    >>> hub.speaker, hub.kind.value, hub.summary
    ('roman-vassilenko', 'claim', 'Roman Vassilenko said Kazakhstan is the hub of Central Asia.')
    >>> hub.citations[0].quote, hub.citations[0].speaker
    ('We are the hub of Central Asia', 'roman-vassilenko')
    """

    id: str = schema.identifier()
    speaker: str = schema.reference(
        "Id of the official or organization whose words or position it is", *_ACTORS
    )
    kind: StatementKind = schema.choice(StatementKind, "What kind of statement this is")
    summary: str = schema.text("What was said, neutrally and attributed", search="title", heading=True)
    about: tuple[str, ...] = schema.mentions("Ids of the records and codes of the countries it concerns")
    date: DateValue | None = schema.dated("When it was said", timeline=True)
    date_basis: DateBasis | None = schema.basis("date")
    date_note: str | None = schema.date_note("date")
    reported: bool = schema.flag("Whether the source paraphrases the speaker rather than quoting them")
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()


class RelationKind(enum.Enum):
    """How one record (or country) stands to another.

    ``member-of``: a country or body belongs to a union or organization. ``part-of``: a
    programme, body or initiative is a component of a larger one. ``implements``: it puts
    an agreement or strategy into effect. ``complements``: two initiatives are presented as
    working together. ``located-in``: a body or place is in a country or city.
    ``successor-of``: it replaces an earlier one. ``established-under``: a body or
    instrument was set up by an agreement. ``operates``: a body runs a route, service or
    facility.
    """

    MEMBER_OF = "member-of"
    PART_OF = "part-of"
    IMPLEMENTS = "implements"
    COMPLEMENTS = "complements"
    LOCATED_IN = "located-in"
    SUCCESSOR_OF = "successor-of"
    ESTABLISHED_UNDER = "established-under"
    OPERATES = "operates"


@schema.record
class Relation:
    """How two records relate: `subject` `kind` `object` ("KZ member-of eurasian-economic-union").

    Either end may be a record id or a country code; `date` is when the relation began or
    held, where the sources say.

    >>> import eucentralasia as eca
    >>> [(r.subject, r.kind.value) for r in eca.load().relations.involving("eurasian-economic-union")]
    [('KZ', 'member-of')]
    """

    id: str = schema.identifier()
    subject: str = schema.mention("The record id or country code the relation is about", heading=True)
    kind: RelationKind = schema.choice(RelationKind, "How the subject stands to the object", heading=True)
    object: str = schema.mention("The record id or country code the subject relates to", heading=True)
    date: DateValue | None = schema.dated("When the relation began or held")
    date_basis: DateBasis | None = schema.basis("date")
    date_note: str | None = schema.date_note("date")
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()


Record: TypeAlias = Source | Event | Agreement | Official | Organization | TradeFigure | Statement | Relation
"""Any top-level record: each has an ``id``, ``citations`` and an optional ``note``."""

COLLECTIONS = schema.Registry(
    (
        schema.Collection(
            "sources", Source, "source", "Sources", "the documents every record cites, with their texts"
        ),
        schema.Collection(
            "events",
            Event,
            "event",
            "Events",
            "meetings, summits, forums, visits, decisions, announcements, initiatives, held or planned",
        ),
        schema.Collection(
            "agreements",
            Agreement,
            "agreement",
            "Agreements and programmes",
            "treaties, roadmaps, joint statements, investment packages, programmes, with dated milestones",
        ),
        schema.Collection(
            "officials", Official, "official", "Officials", "the people acting in the relations", actor=True
        ),
        schema.Collection(
            "organizations",
            Organization,
            "organization",
            "Organizations",
            "institutions, bodies, companies, forum series, hubs and unions",
            actor=True,
        ),
        schema.Collection(
            "trade_figures",
            TradeFigure,
            "trade figure",
            "Trade and other figures",
            "amounts, percentages and counts in full units, with the source's qualifier",
        ),
        schema.Collection(
            "statements",
            Statement,
            "statement",
            "Statements",
            "who said what: positions, claims, assessments, intentions, commitments, proposals",
        ),
        schema.Collection(
            "relations", Relation, "relation", "Relations", "how records relate: memberships, parts, links"
        ),
    )
)
"""The registry of the dataset's collections, in the order a dataset iterates them."""
