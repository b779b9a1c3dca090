"""JSON-LD export: parses with rdflib, offline, one node per record, quotes reachable."""

from __future__ import annotations

import json
import socket
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import eucentralasia as eca
from eucentralasia import Dataset, DateRange, PartialDate, Source
from eucentralasia._schema import datings
from eucentralasia.export import to_jsonld, write_jsonld
from eucentralasia.export._jsonld import RECORD_IRI, VOCABULARY
from eucentralasia.testing import datasets, example_dataset

rdflib = pytest.importorskip("rdflib")
# rdflib's own JSON-LD parser builds a ConjunctiveGraph, which rdflib 7.1+ deprecates.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
SCHEMA = rdflib.Namespace("https://schema.org/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
ECA = rdflib.Namespace(VOCABULARY)
some_datasets = settings(
    max_examples=max(10, settings.default.max_examples // 4),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here may touch the network: a remote context would fail loudly."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the JSON-LD export tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def graph(ds: Dataset) -> Any:
    return rdflib.Graph().parse(data=json.dumps(to_jsonld(ds)), format="json-ld")


def record_nodes(g: Any) -> set[str]:
    return {
        str(s)
        for s in g.subjects()
        if isinstance(s, rdflib.URIRef)
        and str(s).startswith(RECORD_IRI)
        and not str(s).startswith(VOCABULARY)
    }


def check_graph(ds: Dataset) -> Any:
    g = graph(ds)
    assert len(g) > 0
    assert record_nodes(g) == {RECORD_IRI + record.id for record in ds}
    for record in ds:
        node = rdflib.URIRef(RECORD_IRI + record.id)
        assert len(list(g.objects(node, rdflib.RDF.type))) == 1
        assert g.value(node, SCHEMA.identifier) == rdflib.Literal(record.id)
        quotes = {str(q) for q in g.objects(node, SCHEMA.citation / SCHEMA.text)}
        assert quotes == {c.quote for c in record.citations}
    return g


def test_bundled() -> None:
    ds = eca.load()
    g = check_graph(ds)
    types = {
        "events": SCHEMA.Event,
        "officials": SCHEMA.Person,
        "sources": SCHEMA.NewsArticle,
        "trade_figures": SCHEMA.Observation,
    }
    for collection, type_ in types.items():
        typed = {str(s) for s in g.subjects(rdflib.RDF.type, type_) if isinstance(s, rdflib.URIRef)}
        assert typed == {RECORD_IRI + r.id for r in getattr(ds, collection)}


@some_datasets
@given(datasets())
def test_generated(ds: Dataset) -> None:
    check_graph(ds)


def test_context_is_inline() -> None:
    document = to_jsonld(eca.load())
    assert isinstance(document["@context"], dict)
    assert document["@context"]["@vocab"] == "https://schema.org/"


def test_figure_quote_reachable_with_its_span() -> None:
    ds = eca.load()
    g = graph(ds)
    figure = ds.trade_figures.get("astana-hub-startup-exports")
    rows = g.query(
        """
        SELECT ?text ?source ?start ?end WHERE {
            ?figure schema:citation ?quote .
            ?quote a schema:Quotation ; schema:text ?text ; schema:isPartOf ?source ;
                   oa:hasSelector [ oa:start ?start ; oa:end ?end ] .
        }
        """,
        initNs={"schema": SCHEMA, "oa": OA},
        initBindings={"figure": rdflib.URIRef(RECORD_IRI + figure.id)},
    )
    found = {(str(t), str(s), int(a), int(b)) for t, s, a, b in rows}
    assert found == {(c.quote, RECORD_IRI + c.source, c.start, c.end) for c in figure.citations}
    source_text = ds.sources.get(figure.citations[0].source).text
    assert source_text is not None
    for quote, _, start, end in found:
        assert source_text[start:end] == quote


def test_figure_value_is_exact() -> None:
    ds = eca.load()
    g = graph(ds)
    for figure in ds.trade_figures:
        node = rdflib.URIRef(RECORD_IRI + figure.id)
        value = g.value(g.value(node, SCHEMA.value), SCHEMA.value)
        assert value.datatype == rdflib.XSD.decimal
        assert Decimal(str(value)) == figure.value
        assert str(g.value(node, ECA.qualifier)) == figure.qualifier.value


def test_event_dates_keep_precision() -> None:
    document = to_jsonld(example_dataset())
    nodes = {node["identifier"]: node for node in document["@graph"]}
    epca = nodes["example-epca"]
    signed = epca["subjectOf"][0]
    assert (signed["@type"], signed["startDate"], signed["endDate"], signed["temporalCoverage"]) == (
        "Event",
        {"@value": "2015-12", "@type": "xsd:gYearMonth"},
        {"@value": "2015-12", "@type": "xsd:gYearMonth"},
        "2015-12",
    )
    assert epca["@type"] == "Legislation"
    forum = nodes["example-forum"]
    assert forum["location"] == {
        "@type": "Place",
        "name": "Astana",
        "address": {"@type": "PostalAddress", "addressCountry": "KZ"},
    }
    assert forum["attendee"] == [{"@id": "urn:eucentralasia:example-tokayev"}]
    article = nodes["example-article"]
    assert article["datePublished"] == {"@value": "2025-05-30", "@type": "xsd:date"}
    assert article["text"] == example_dataset().sources.get("example-article").text


def test_write(tmp_path: Path) -> None:
    path = write_jsonld(eca.load(), tmp_path / "eucentralasia.jsonld")
    g = rdflib.Graph().parse(path, format="json-ld")
    assert record_nodes(g) == {RECORD_IRI + r.id for r in eca.load()}


def test_milestone_names_are_the_timeline_titles() -> None:
    for ds in (eca.load(), example_dataset()):
        nodes = {node["identifier"]: node for node in to_jsonld(ds)["@graph"]}
        milestones = [entry for entry in ds.timeline() if entry.milestone is not None]
        assert milestones
        for entry in milestones:
            assert isinstance(entry.record, eca.Agreement)
            assert entry.milestone is not None
            node = nodes[entry.id]["subjectOf"][entry.record.milestones.index(entry.milestone)]
            assert node["eca:kind"] == entry.milestone.kind.value
            assert node["name"] == entry.what
    # The label that had drifted ("...: mandate"), now the same everywhere.
    mandate = next(e for e in eca.load().timeline() if e.kind == "mandate")
    assert mandate.what == "EU-Kazakhstan Visa Facilitation Agreement: negotiating mandate"


def test_each_quotation_has_a_quote_selector_with_its_context() -> None:
    ds = eca.load()
    figure = ds.trade_figures.get("astana-hub-startup-exports")
    (citation,) = figure.citations[:1]
    text = ds.sources.get(citation.source).text
    assert text is not None
    context = attrs.evolve(
        citation,
        prefix=text[citation.start - 6 : citation.start],
        suffix=text[citation.end : citation.end + 6],
    )
    with_context = eca.Dataset([*ds.sources, attrs.evolve(figure, citations=(context,))])
    for dataset, expected in ((ds, citation), (with_context, context)):
        g = graph(dataset)
        rows = g.query(
            """
            SELECT ?exact ?prefix ?suffix WHERE {
                ?figure schema:citation ?quote .
                ?quote oa:hasSelector ?selector .
                ?selector a oa:TextQuoteSelector ; oa:exact ?exact .
                OPTIONAL { ?selector oa:prefix ?prefix }
                OPTIONAL { ?selector oa:suffix ?suffix }
            }
            """,
            initNs={"schema": SCHEMA, "oa": OA},
            initBindings={"figure": rdflib.URIRef(RECORD_IRI + figure.id)},
        )
        found = {tuple(None if v is None else str(v) for v in row) for row in rows}
        assert (expected.quote, expected.prefix, expected.suffix) in found


XSD_TYPES = {"day": rdflib.XSD.date, "month": rdflib.XSD.gYearMonth, "year": rdflib.XSD.gYear}


def expected_literal(date: PartialDate, which: str) -> tuple[str, rdflib.URIRef]:
    """The typed literal an end of a date should be: at its precision, else its first or last day."""
    kind = XSD_TYPES.get(date.precision.value)
    if kind is None or date.approximate or date.uncertain:
        day = date.start() if which == "start" else date.end()
        return day.to_date_string(), rdflib.XSD.date
    return str(date), kind


def check_typed_dates(ds: Dataset) -> None:
    g = graph(ds)
    for dating in (d for r in ds for d in datings(r)):
        owner, date = dating.owner, dating.date
        if date is None or not hasattr(owner, "id") or isinstance(owner, Source):
            continue
        node = rdflib.URIRef(RECORD_IRI + owner.id)
        if isinstance(owner, eca.Statement):
            literal = g.value(node, SCHEMA.dateCreated)
            if isinstance(date, PartialDate) and expected_literal(date, "start")[0] == str(date):
                assert (str(literal), literal.datatype) == expected_literal(date, "start")
                assert not literal.ill_typed
            else:
                assert literal is None
            assert str(g.value(node, SCHEMA.temporalCoverage)) == str(date)
            continue
        if isinstance(owner, (eca.Event, eca.Relation)):
            lower, upper = (date.lower, date.upper) if isinstance(date, DateRange) else (date, date)
            start, end = g.value(node, SCHEMA.startDate), g.value(node, SCHEMA.endDate)
            assert (str(start), start.datatype) == expected_literal(lower, "start")
            assert (str(end), end.datatype) == expected_literal(upper, "end")
            # rdflib reads each as a value of its type, not as ill-typed text.
            assert not start.ill_typed
            assert not end.ill_typed
            assert str(g.value(node, SCHEMA.temporalCoverage)) == str(date)


def test_dates_are_typed_literals_at_their_precision() -> None:
    check_typed_dates(eca.load())
    check_typed_dates(example_dataset())


@settings(max_examples=25, deadline=None)
@given(datasets())
def test_any_dataset_dates_are_typed_literals(ds: Dataset) -> None:
    check_typed_dates(ds)
