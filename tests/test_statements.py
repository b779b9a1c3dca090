"""Statements, relations, citation speakers and what figures describe: queries and checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

import eucentralasia as eca
from eucentralasia.export import to_jsonld
from eucentralasia.testing import example_dataset, records_of, write_dataset


def test_statements_are_queried_like_every_collection() -> None:
    ds = eca.load()
    said = ds.statements.involving("roman-vassilenko")
    assert said
    assert all(s.speaker == "roman-vassilenko" or "roman-vassilenko" in s.about for s in said)
    claims = ds.statements.where(kind="claim")
    assert claims
    assert all(s.kind is eca.StatementKind.CLAIM for s in claims)
    assert "vassilenko-kazakhstan-hub-of-central-asia" in ds.statements.find("hub of central asia")
    assert ds.statements.between("2025-04-16", "2025-04-16")
    assert ds.statements.involving("KZ")


def test_related_includes_statements() -> None:
    ds = eca.load()
    related = ds.related("roman-vassilenko")
    assert "vassilenko-kazakhstan-hub-of-central-asia" in related.statements
    assert "roman-vassilenko" in {r.id for r in ds.related("vassilenko-kazakhstan-hub-of-central-asia")}


def test_relations_link_records_and_countries() -> None:
    ds = eca.load()
    member = ds.get("kazakhstan-member-of-eurasian-economic-union")
    assert (member.subject, member.kind, member.object) == (
        "KZ",
        eca.RelationKind.MEMBER_OF,
        "eurasian-economic-union",
    )
    assert member.id in ds.relations.involving("KZ")
    assert member.id in {r.id for r in ds.related("eurasian-economic-union")}


def test_figures_say_what_they_describe() -> None:
    ds = eca.load()
    hosted = ds.get("astana-hub-startups-hosted")
    assert hosted.about == ("astana-hub",)
    assert hosted.id in ds.trade_figures.involving("astana-hub")


def test_timeline_holds_statements_and_filters_them() -> None:
    ds = eca.load()
    statements = ds.timeline(kinds=["statement"])
    assert statements
    assert {entry.kind for entry in statements} == {"statement"}
    assert len(statements) == sum(1 for s in ds.statements if s.date is not None)
    assert not [e for e in ds.timeline(statements=False) if e.kind == "statement"]


def _write_with(tmp_path: Path, record: object) -> None:
    write_dataset([*example_dataset(), record], tmp_path)


def _statement(**changes: object) -> eca.Statement:
    source = example_dataset().sources.get("example-article")
    assert source.text is not None
    values: dict[str, object] = {
        "id": "example-statement",
        "speaker": "example-tokayev",
        "kind": eca.StatementKind.POSITION,
        "summary": "Tokayev opened the forum.",
        "about": ("example-forum", "KZ"),
        "citations": (eca.Citation.of("example-article", source.text, "President Kassym-Jomart Tokayev"),),
    }
    return eca.Statement(**(values | changes))  # type: ignore[arg-type]


def test_a_speaker_that_names_no_record_is_a_data_error(tmp_path: Path) -> None:
    _write_with(tmp_path, _statement(speaker="example-tokaev"))
    with pytest.raises(eca.DataError) as error:
        eca.load(extra=[tmp_path])
    [problem] = error.value.problems
    assert (problem.record, problem.field) == ("example-statement", "speaker")
    assert "did you mean 'example-tokayev'" in problem.message


def test_a_citation_speaker_that_names_no_record_is_a_data_error(tmp_path: Path) -> None:
    statement = _statement()
    cited = eca.Citation(**{**eca.converter.unstructure(statement.citations[0]), "speaker": "example-sikel"})
    _write_with(tmp_path, _statement(citations=(cited,)))
    with pytest.raises(eca.DataError) as error:
        eca.load(extra=[tmp_path])
    [problem] = error.value.problems
    assert problem.field == "citations[0].speaker"
    assert "no official or organization has id 'example-sikel'" in problem.message


def test_an_about_that_names_nothing_is_a_data_error(tmp_path: Path) -> None:
    _write_with(tmp_path, _statement(about=("example-forom",)))
    with pytest.raises(eca.DataError) as error:
        eca.load(extra=[tmp_path])
    [problem] = error.value.problems
    assert problem.field == "about[0]"
    assert "no record has id 'example-forom'; did you mean 'example-forum'" in problem.message


def test_a_statement_loads_with_every_check(tmp_path: Path) -> None:
    _write_with(tmp_path, _statement())
    ds = eca.load(extra=[tmp_path])
    assert ds.get("example-statement") == _statement()
    assert ds.statements.involving("example-forum").ids == ("example-statement",)


def test_jsonld_has_claims_quotation_creators_and_relation_properties() -> None:
    graph = {node["@id"]: node for node in to_jsonld(eca.load())["@graph"]}
    claim = graph["urn:eucentralasia:vassilenko-kazakhstan-hub-of-central-asia"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@id": "urn:eucentralasia:roman-vassilenko"}
    assert claim["citation"][0]["creator"] == {"@id": "urn:eucentralasia:roman-vassilenko"}
    committee = graph["urn:eucentralasia:" + eca.load().get("majilis-committee-part-of-majilis").subject]
    assert committee["isPartOf"] == [{"@id": "urn:eucentralasia:majilis"}]


@settings(max_examples=30)
@given(records_of(eca.Statement))
def test_statements_round_trip(statement: eca.Statement) -> None:
    assert eca.converter.structure(eca.converter.unstructure(statement), eca.Statement) == statement


@settings(max_examples=30)
@given(records_of(eca.Relation))
def test_relations_round_trip(relation: eca.Relation) -> None:
    assert eca.converter.structure(eca.converter.unstructure(relation), eca.Relation) == relation


def test_stats_count_citations_by_speaker() -> None:
    ds = eca.load()
    by_speaker = ds.stats().by_speaker
    assert sum(by_speaker.values()) == ds.verify().citations
    assert by_speaker["roman-vassilenko"] == sum(
        1 for record in ds for _, c in eca._schema.citations_of(record) if c.speaker == "roman-vassilenko"
    )
    assert list(by_speaker.values()) == sorted(by_speaker.values(), reverse=True)
