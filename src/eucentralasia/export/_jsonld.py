"""JSON-LD with the schema.org vocabulary, for linked-data stores and search engines.

Every record is one node of the ``@graph`` whose ``@id`` is ``urn:eucentralasia:<id>``
(`RECORD_IRI`); references between records are links to those ids. Nested values
(places, quotations, milestones, roles, amounts, authors) are blank nodes inside their
record's node. The context is inlined, so no processor ever fetches one over the network.

Types:

====================  =========================================================
source                ``NewsArticle``: headline, author (``Person``), publisher
                      (``Organization``), inLanguage, datePublished (a plain
                      date, typed), the full ``text``
event                 ``Event``: name, startDate/endDate (typed literals),
                      location (``Place`` with ``PostalAddress.addressCountry``),
                      attendee (participants), about (agreements), description
agreement             ``Legislation`` for agreements, treaties, joint statements
                      and tariffs; ``CreativeWork`` for roadmaps, investment
                      packages, programmes, joint ventures and initiatives;
                      contributor (participants), and each milestone an ``Event``
                      in subjectOf (named as its timeline entry, ``EPCA: signed``;
                      about the agreement, superEvent the event it happened at)
official              ``Person``: name, alternateName, nationality (``Country``),
                      jobTitle, affiliation, and each role an ``Occupation`` in
                      hasOccupation
organization          ``GovernmentOrganization``, ``Corporation``,
                      ``EducationalOrganization``, ``NewsMediaOrganization``,
                      ``ResearchOrganization`` or ``Organization`` by kind:
                      parentOrganization, address.addressCountry
trade figure          ``Observation``: description, value (a ``MonetaryAmount``
                      with currency, or a ``QuantitativeValue`` with unitText
                      ``percent``/``count``; the exact number as ``xsd:decimal``;
                      the qualifier as valueReference), about (what it describes)
statement             ``Claim``: name (the neutral summary), author (the speaker),
                      about (records and ``Country`` nodes), dateCreated, its
                      quotations in ``citation``; ``eca:kind``, ``eca:reported``
relation              a node of type ``eca:Relation`` (``eca:subject``,
                      ``eca:relation``, ``eca:object``, its quotations), and the
                      relation as a property of its subject: ``memberOf``,
                      ``isPartOf``, or ``eca:<kind>`` (``eca:establishedUnder``)
====================  =========================================================

A date keeps its precision: startDate/endDate are its two ends as typed literals at their
own precision (``2025``^^xsd:gYear, ``2025-02``^^xsd:gYearMonth, ``2025-02-24``^^xsd:date;
a season, or an approximate or uncertain date, which XSD has no type for, gives its first
and last day as xsd:date), and ``temporalCoverage`` holds its EDTF text (``2025-02``).
A statement's date is ``dateCreated`` and a source's ``datePublished`` where it is one
plain date, typed the same way. Each citation is a ``Quotation``
in the record's ``citation``: its ``text`` is the quote, ``isPartOf`` links the source's
node, ``creator`` links the speaker whose words it is (absent for the source's own
voice), and a W3C Web Annotation ``oa:TextPositionSelector`` (``oa:start``, ``oa:end``)
records the character span. What schema.org has no term for (kinds, statuses, date
basis and notes, countries involved, parties, reporter and partner, projections) uses
the ``eca:`` vocabulary, `VOCABULARY`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._dataset import Dataset
from eucentralasia._dates import DateBasis, DateRange, DateValue, PartialDate, Precision
from eucentralasia._files import write_file
from eucentralasia._model import (
    Agreement,
    AgreementKind,
    Event,
    Official,
    Organization,
    OrganizationKind,
    Record,
    Relation,
    RelationKind,
    Statement,
    TradeFigure,
    milestone_title,
)
from eucentralasia._provenance import Citation, Source
from eucentralasia.export._arguments import takes

__all__ = ["CONTEXT", "RECORD_IRI", "VOCABULARY", "to_jsonld", "write_jsonld"]

RECORD_IRI: Final = "urn:eucentralasia:"
"""The prefix of every record's ``@id``: ``urn:eucentralasia:epca``."""
VOCABULARY: Final = "urn:eucentralasia:vocab:"
"""The namespace of the ``eca:`` terms schema.org lacks (``eca:kind``, ``eca:dateBasis``, ...)."""
CONTEXT: Final[dict[str, str]] = {
    "@vocab": "https://schema.org/",
    "eca": VOCABULARY,
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""The inline JSON-LD context: schema.org terms by default, plus the prefixes used."""

_LEGISLATION: Final = frozenset(
    {AgreementKind.AGREEMENT, AgreementKind.TREATY, AgreementKind.JOINT_STATEMENT, AgreementKind.TARIFF}
)
_ORGANIZATION_TYPES: Final = {
    OrganizationKind.GOVERNMENT: "GovernmentOrganization",
    OrganizationKind.MINISTRY: "GovernmentOrganization",
    OrganizationKind.LEGISLATURE: "GovernmentOrganization",
    OrganizationKind.COMMITTEE: "GovernmentOrganization",
    OrganizationKind.EU_INSTITUTION: "GovernmentOrganization",
    OrganizationKind.DIPLOMATIC_MISSION: "GovernmentOrganization",
    OrganizationKind.COMPANY: "Corporation",
    OrganizationKind.EDUCATION: "EducationalOrganization",
    OrganizationKind.MEDIA: "NewsMediaOrganization",
    OrganizationKind.RESEARCH_CENTRE: "ResearchOrganization",
}
# UN/CEFACT common codes, which schema.org's unitCode expects.
_UNIT_CODES: Final = {"percent": "P1", "count": "C62"}


def _iri(record_id: str) -> str:
    return RECORD_IRI + record_id


def _link(record_id: str | None) -> dict[str, str] | None:
    return None if record_id is None else {"@id": _iri(record_id)}


def _links(ids: Iterable[str | None]) -> list[dict[str, str]]:
    return [{"@id": _iri(i)} for i in dict.fromkeys(ids) if i is not None]


def _node(fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` without the empty ones (None, empty lists), so the graph holds no nulls."""
    return {key: value for key, value in fields.items() if value is not None and value != []}


def _day(date: DateValue, which: str) -> str:
    return (date.start() if which == "start" else date.end()).to_date_string()


# The XSD types of a calendar date at each precision XSD has one for (not a season).
_XSD_TYPES: Final = {
    Precision.DAY: "xsd:date",
    Precision.MONTH: "xsd:gYearMonth",
    Precision.YEAR: "xsd:gYear",
}


def _literal(date: PartialDate, which: str) -> dict[str, str]:
    """One end of a date as a typed literal at its own precision: ``2025``^^xsd:gYear,
    ``2025-02``^^xsd:gYearMonth, ``2025-02-24``^^xsd:date. A season, or an approximate
    or uncertain date, has no XSD type: its first (or last) day stands for it, as xsd:date."""
    kind = _XSD_TYPES.get(date.precision)
    if kind is None or date.approximate or date.uncertain:
        return {"@value": _day(date, which), "@type": "xsd:date"}
    return {"@value": str(date), "@type": kind}


def _dating(
    date: DateValue | None,
    basis: DateBasis | None,
    note: str | None,
    *,
    edtf: str = "temporalCoverage",
    span: bool = True,
    typed: str | None = None,
) -> dict[str, Any]:
    """A date's properties: EDTF text under `edtf`, basis and note; with `span`, its two
    ends as typed literals (`_literal`) under startDate and endDate; else, under `typed`,
    the date as one typed literal where it is one plain date (not a range, a season or
    approximate)."""
    if date is None:
        return {}
    lower, upper = (date.lower, date.upper) if isinstance(date, DateRange) else (date, date)
    if span:
        literals = {"startDate": _literal(lower, "start"), "endDate": _literal(upper, "end")}
    elif typed is not None and lower is upper and _literal(lower, "start")["@value"] == str(lower):
        literals = {typed: _literal(lower, "start")}
    else:
        literals = {}
    return {
        **literals,
        edtf: str(date),
        "eca:dateBasis": None if basis is None else basis.value,
        "eca:dateNote": note,
    }


def _country(code: str | None) -> dict[str, str] | None:
    if code is None:
        return None
    return {"@type": "Country", "identifier": code, "name": COUNTRY_NAMES[code]}


def _address(code: str | None) -> dict[str, str] | None:
    return None if code is None else {"@type": "PostalAddress", "addressCountry": code}


def _quotations(citations: Iterable[Citation]) -> list[dict[str, Any]]:
    return [
        {
            "@type": "Quotation",
            "text": citation.quote,
            "isPartOf": _link(citation.source),
            **({} if citation.speaker is None else {"creator": _link(citation.speaker)}),
            # Two W3C Web Annotation selectors of the one span: where it stands, and the
            # quote with the context that tells it apart, which still finds it after the
            # text changes.
            "oa:hasSelector": [
                {"@type": "oa:TextPositionSelector", "oa:start": citation.start, "oa:end": citation.end},
                {
                    "@type": "oa:TextQuoteSelector",
                    "oa:exact": citation.quote,
                    **({} if citation.prefix is None else {"oa:prefix": citation.prefix}),
                    **({} if citation.suffix is None else {"oa:suffix": citation.suffix}),
                },
            ],
        }
        for citation in citations
    ]


def _common(record: Record, type_: str) -> dict[str, Any]:
    return {"@id": _iri(record.id), "@type": type_, "identifier": record.id}


def _tail(record: Record) -> dict[str, Any]:
    return {"citation": _quotations(record.citations), "eca:note": record.note}


def _source(source: Source) -> dict[str, Any]:
    # An article has no start or end: its publication date is one date, known or not.
    dating = _dating(
        source.published,
        source.published_basis,
        source.published_note,
        edtf="eca:published",
        span=False,
        typed="datePublished",
    )
    return _node(
        {
            **_common(source, "NewsArticle"),
            "headline": source.title,
            "name": source.title,
            "eca:kind": source.kind.value,
            "author": [{"@type": "Person", "name": a.name, "jobTitle": a.role} for a in source.authors],
            "publisher": {"@type": "Organization", "name": source.outlet},
            "inLanguage": source.language,
            **dating,
            "eca:interviewee": _link(source.interviewee),
            "eca:textFile": source.text_file,
            "text": source.text,
            **_tail(source),
        }
    )


def _event(event: Event) -> dict[str, Any]:
    location = event.location
    return _node(
        {
            **_common(event, "Event"),
            "name": event.title,
            "eca:kind": event.kind.value,
            "eca:status": event.status.value,
            **_dating(event.date, event.date_basis, event.date_note),
            "location": None
            if location is None
            else {"@type": "Place", "name": location.place, "address": _address(location.country)},
            "attendee": _links(event.participants),
            "eca:country": list(event.countries),
            "about": _links(event.agreements),
            "description": event.summary,
            **_tail(event),
        }
    )


def _agreement(agreement: Agreement) -> dict[str, Any]:
    milestones = [
        _node(
            {
                "@type": "Event",
                "name": milestone_title(agreement, milestone),
                "eca:kind": milestone.kind.value,
                **_dating(milestone.date, milestone.date_basis, milestone.date_note),
                "about": _link(agreement.id),
                "superEvent": _link(milestone.event),
                "citation": _quotations(milestone.citations),
                "eca:note": milestone.note,
            }
        )
        for milestone in agreement.milestones
    ]
    short = [] if agreement.short_name is None else [agreement.short_name]
    return _node(
        {
            **_common(agreement, "Legislation" if agreement.kind in _LEGISLATION else "CreativeWork"),
            "name": agreement.name,
            "eca:shortName": agreement.short_name,
            "alternateName": [*short, *agreement.aliases],
            "eca:kind": agreement.kind.value,
            "eca:status": agreement.status.value,
            "eca:party": list(agreement.parties),
            "contributor": _links(agreement.participants),
            "subjectOf": milestones,
            "description": agreement.summary,
            **_tail(agreement),
        }
    )


def _official(official: Official) -> dict[str, Any]:
    occupations = [
        _node(
            {
                "@type": "Occupation",
                "name": role.title,
                "occupationLocation": _country(role.country),
                "eca:organization": _link(role.organization),
                "eca:source": _link(role.source),
                # An as-of date says when the role held, not when it began or ended.
                **_dating(role.as_of, role.as_of_basis, role.as_of_note, edtf="eca:asOf", span=False),
            }
        )
        for role in official.roles
    ]
    return _node(
        {
            **_common(official, "Person"),
            "name": official.name,
            "alternateName": list(official.aliases),
            "nationality": _country(official.country),
            "jobTitle": list(dict.fromkeys(role.title for role in official.roles)),
            "affiliation": _links(role.organization for role in official.roles),
            "hasOccupation": occupations,
            **_tail(official),
        }
    )


def _organization(organization: Organization) -> dict[str, Any]:
    return _node(
        {
            **_common(organization, _ORGANIZATION_TYPES.get(organization.kind, "Organization")),
            "name": organization.name,
            "alternateName": list(organization.aliases),
            "eca:kind": organization.kind.value,
            "eca:status": organization.status.value,
            "parentOrganization": _link(organization.parent),
            "address": _address(organization.country),
            **_tail(organization),
        }
    )


def _trade_figure(figure: TradeFigure) -> dict[str, Any]:
    # Fixed-point text: xsd:decimal has no exponent, and a float would lose digits.
    number = {"@value": format(figure.value, "f"), "@type": "xsd:decimal"}
    qualifier = {"@type": "QualitativeValue", "name": figure.qualifier.value}
    if figure.unit in _UNIT_CODES:
        value = {
            "@type": "QuantitativeValue",
            "value": number,
            "unitText": figure.unit,
            "unitCode": _UNIT_CODES[figure.unit],
            "valueReference": qualifier,
        }
    else:
        value = {
            "@type": "MonetaryAmount",
            "value": number,
            "currency": figure.unit,
            "valueReference": qualifier,
        }
    return _node(
        {
            **_common(figure, "Observation"),
            "name": figure.description,
            "description": figure.description,
            "eca:metric": figure.metric,
            "value": value,
            "eca:qualifier": figure.qualifier.value,
            **_dating(figure.period, figure.period_basis, figure.period_note),
            "eca:reporter": figure.reporter,
            "eca:partner": figure.partner,
            "eca:projection": figure.projection,
            "about": [_mention(value) for value in figure.about],
            **_tail(figure),
        }
    )


def _mention(value: str) -> dict[str, str] | None:
    """A record id as a link to its node, a country code as a ``Country`` node."""
    return _country(value) if value in COUNTRY_NAMES else _link(value)


def _statement(statement: Statement) -> dict[str, Any]:
    return _node(
        {
            **_common(statement, "Claim"),
            "name": statement.summary,
            "author": _link(statement.speaker),
            "about": [_mention(value) for value in statement.about],
            "eca:kind": statement.kind.value,
            **_dating(
                statement.date,
                statement.date_basis,
                statement.date_note,
                span=False,
                typed="dateCreated",
            ),
            "eca:reported": statement.reported,
            **_tail(statement),
        }
    )


# Where schema.org has the property; the other kinds are eca: terms in camel case.
_RELATION_PROPERTIES: Final = {RelationKind.MEMBER_OF: "memberOf", RelationKind.PART_OF: "isPartOf"}


def _relation_property(kind: RelationKind) -> str:
    if kind in _RELATION_PROPERTIES:
        return _RELATION_PROPERTIES[kind]
    head, *rest = kind.value.split("-")
    return "eca:" + head + "".join(word.capitalize() for word in rest)


def _relation(relation: Relation) -> dict[str, Any]:
    return _node(
        {
            **_common(relation, "eca:Relation"),
            "eca:subject": _mention(relation.subject),
            "eca:relation": relation.kind.value,
            "eca:object": _mention(relation.object),
            **_dating(relation.date, relation.date_basis, relation.date_note),
            **_tail(relation),
        }
    )


@takes(Dataset)
def to_jsonld(dataset: Dataset) -> dict[str, Any]:
    """Return the dataset as a JSON-LD document: an inline ``@context`` and an ``@graph``.

    The graph holds one node per record, ``@id`` ``urn:eucentralasia:<id>``, typed with
    schema.org (the module documentation lists the types and properties). The context is
    `CONTEXT`, inlined: nothing is fetched to read it. ``json.dumps`` the result, or use
    `write_jsonld`.

    >>> from eucentralasia.testing import example_dataset
    >>> document = to_jsonld(example_dataset())
    >>> summit = next(n for n in document["@graph"] if n["identifier"] == "example-summit")
    >>> summit["@type"], summit["temporalCoverage"]
    ('Event', '2025-04-03/2025-04-04')
    >>> summit["startDate"], summit["endDate"]
    ({'@value': '2025-04-03', '@type': 'xsd:date'}, {'@value': '2025-04-04', '@type': 'xsd:date'})
    >>> summit["citation"][0]["isPartOf"]
    {'@id': 'urn:eucentralasia:example-article'}
    """
    graph: list[dict[str, Any]] = []
    graph += map(_source, dataset.sources)
    graph += map(_event, dataset.events)
    graph += map(_agreement, dataset.agreements)
    graph += map(_official, dataset.officials)
    graph += map(_organization, dataset.organizations)
    graph += map(_trade_figure, dataset.trade_figures)
    graph += map(_statement, dataset.statements)
    graph += map(_relation, dataset.relations)
    # Each relation is also a plain property of its subject's node: memberOf, isPartOf, ...
    nodes = {node["@id"]: node for node in graph}
    for relation in dataset.relations:
        subject = nodes.get(_iri(relation.subject))
        if subject is not None:
            subject.setdefault(_relation_property(relation.kind), []).append(_mention(relation.object))
    # The release the records come from: a schema.org Dataset node with its version.
    graph.append(
        {
            "@id": f"urn:eucentralasia-release:{dataset.version}",
            "@type": "Dataset",
            "identifier": f"release-{dataset.version}",
            "name": "eucentralasia",
            "version": dataset.version,
        },
    )
    return {"@context": dict(CONTEXT), "@graph": graph}


@takes(Dataset)
def write_jsonld(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Return the path written: `to_jsonld` as UTF-8 JSON (``.jsonld``), ending in a newline."""
    return write_file(path, json.dumps(to_jsonld(dataset), ensure_ascii=False, indent=2) + "\n")
