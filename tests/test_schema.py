"""The schema describes itself: a record type of one's own works end to end, unedited package."""

from __future__ import annotations

import csv
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import eucentralasia as eca
from eucentralasia import _schema as schema
from eucentralasia.export import read_json, to_json, write_csv
from eucentralasia.testing import datasets, example_dataset, records_of, write_dataset


@schema.record
class Pledge:
    """A sum somebody promises: a record type the package does not have."""

    id: str = schema.identifier()
    title: str = schema.text("What is pledged", search="title", heading=True)
    pledger: str = schema.reference("Who pledges it", "officials", "organizations")
    event: str | None = schema.reference("Where it was pledged", "events", optional=True)
    countries: tuple[str, ...] = schema.countries("Who it is pledged to")
    date: eca.DateValue | None = schema.dated("When it was pledged", timeline=True)
    date_basis: eca.DateBasis | None = schema.basis("date")
    date_note: str | None = schema.date_note("date")
    citations: tuple[eca.Citation, ...] = schema.citations()
    note: str | None = schema.note()


REGISTRY = eca.COLLECTIONS.extend(eca.Collection("pledges", Pledge, "pledge", "Pledges", "sums promised"))


def pledge(**changes: object) -> Pledge:
    source = example_dataset().sources.get("example-article")
    assert source.text is not None
    values: dict[str, object] = {
        "id": "example-pledge",
        "title": "A pledge made at the forum",
        "pledger": "example-tokayev",
        "event": "example-forum",
        "countries": ("UZ",),
        "date": eca.parse_date("2025-05-29"),
        "date_basis": eca.DateBasis.STATED,
        "citations": (eca.Citation.of("example-article", source.text, "29 May 2025"),),
    }
    return Pledge(**(values | changes))  # type: ignore[arg-type]


def test_a_class_must_declare_every_field_with_a_helper() -> None:
    class Loose:
        id: str = attrs.field()
        citations: tuple[eca.Citation, ...] = schema.citations()

    with pytest.raises(TypeError, match="not declared with a schema helper"):
        schema.record(Loose)


def test_a_date_needs_its_basis_and_note() -> None:
    with pytest.raises(TypeError, match="needs date_note"):

        @schema.record
        class HalfDated:
            id: str = schema.identifier()
            date: eca.DateValue | None = schema.dated("When")
            date_basis: eca.DateBasis | None = schema.basis("date")


def test_the_validators_come_from_the_helpers() -> None:
    with pytest.raises(eca.FieldError, match="countries\\[0\\]: expected an ISO 3166-1"):
        pledge(countries=("XX",))
    with pytest.raises(eca.FieldError, match="date_note: expected a note"):
        pledge(date_basis=eca.DateBasis.DERIVED)


def test_loading_checks_and_indexes_a_new_type(tmp_path: Path) -> None:
    write_dataset([*example_dataset(), pledge()], tmp_path, REGISTRY)
    ds = eca.load(extra=[tmp_path], registry=REGISTRY)
    pledges = ds.collection("pledges")
    assert pledges.ids == ("example-pledge",)
    # involving: its countries and the actor it references; related: both directions.
    assert pledges.involving("UZ").ids == pledges.involving("example-tokayev").ids == ("example-pledge",)
    assert "example-pledge" in {r.id for r in ds.related("example-forum")}
    assert "example-forum" in {r.id for r in ds.related("example-pledge")}
    assert pledges.between("2025-05").ids == ("example-pledge",)
    assert [hit.record.id for hit in ds.search("pledge made")] == ["example-pledge"]
    assert pledges.find("pledge").ids == ("example-pledge",)
    assert ds.verify().ok
    assert ds.stats().records["pledges"] == 1


def test_a_new_type_is_on_the_timeline_in_the_stats_and_reads_back_from_json() -> None:
    ds = eca.Dataset([*example_dataset(), pledge()], registry=REGISTRY)
    [entry] = [e for e in ds.timeline() if e.id == "example-pledge"]
    assert (entry.what, entry.kind, entry.milestone) == ("A pledge made at the forum", "pledge", None)
    assert entry.location == ds.events.get("example-forum").location  # where it was pledged
    assert ds.timeline(kinds={"pledge"}) == (entry,)
    assert ds.timeline("2025-06") == ds.timeline(involving="example-forum") == ()
    assert entry in ds.timeline(involving="UZ")
    with pytest.raises(ValueError, match=r"\), statement or pledge$"):
        ds.timeline(kinds={"promise"})
    stats = ds.stats()
    assert stats.records["pledges"] == 1
    assert stats.timeline_entries == len(example_dataset().timeline()) + 1
    assert stats.by_basis["stated"] == example_dataset().stats().by_basis["stated"] + 1
    assert read_json(to_json(ds), registry=REGISTRY) == ds
    with pytest.raises(eca.DataError, match="unknown collection 'pledges'"):
        read_json(to_json(ds))


def test_a_dangling_reference_of_a_new_type_is_a_data_error(tmp_path: Path) -> None:
    write_dataset([*example_dataset(), pledge(pledger="example-tokaev")], tmp_path, REGISTRY)
    with pytest.raises(eca.DataError) as error:
        eca.load(extra=[tmp_path], registry=REGISTRY)
    [problem] = [p for p in error.value.problems if p.record == "example-pledge"]
    assert problem.field == "pledger"
    assert "no official or organization has id 'example-tokaev'" in problem.message
    assert "did you mean 'example-tokayev'" in problem.message


def test_the_tables_cover_a_new_type(tmp_path: Path) -> None:
    ds = eca.Dataset([*example_dataset(), pledge()], registry=REGISTRY)
    write_csv(ds, tmp_path)
    with (tmp_path / "pledges.csv").open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["pledger"] == "example-tokayev"
    assert row["date_start"] == "2025-05-29"
    with (tmp_path / "citations.csv").open(encoding="utf-8", newline="") as handle:
        assert any(r["record"] == "example-pledge" for r in csv.DictReader(handle))


@settings(max_examples=20)
@given(records_of(Pledge))
def test_the_strategies_cover_a_new_type(record: Pledge) -> None:
    assert eca.converter.structure(eca.converter.unstructure(record), Pledge) == record


@settings(max_examples=20)
@given(datasets(registry=REGISTRY))
def test_whole_datasets_of_a_new_type_are_consistent(ds: eca.Dataset) -> None:
    assert ds.verify().ok
    for record in ds.collection("pledges"):
        assert record.pledger in ds.officials or record.pledger in ds.organizations
