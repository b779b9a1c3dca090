"""A user's own ``[[redirects]]``: checked like references by the loader, followed like the bundled ones."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia.testing import example_dataset, write_dataset

BUNDLED = eca.load()
IDS = sorted(record.id for record in BUNDLED)
RETIRED = sorted(BUNDLED.redirects)
FIELDS = ("id", "to", "retired", "reason")

ids = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True).filter(
    lambda i: i not in BUNDLED.redirects and i not in set(IDS)
)
valid = st.fixed_dictionaries(
    {
        "id": ids,
        "to": st.sampled_from(IDS),
        "retired": st.dates().map(lambda d: d.isoformat()),
        "reason": st.text(min_size=1).filter(str.strip),
    }
)


def write(folder: Path, form: str, tables: list[Any]) -> Path:
    """`tables` as the user's data file in `form` (``json`` or ``jsonl``) in `folder`."""
    path = folder / f"mine.{form}"
    if form == "json":
        path.write_text(json.dumps({"redirects": tables}), encoding="utf-8")
    else:
        path.write_text("".join(json.dumps({"redirects": t}) + "\n" for t in tables), encoding="utf-8")
    return path


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=valid, form=st.sampled_from(["json", "jsonl"]), drop_to=st.booleans())
# A retired id that reads as a country code in another case ("ba", Bosnia's BA) is the id.
@example(
    table={"id": "ba", "to": "kaja-kallas", "retired": "2024-01-01", "reason": "merged"},
    form="json",
    drop_to=False,
)
def test_a_valid_redirect_leads_to_its_record(
    tmp_path_factory: pytest.TempPathFactory, table: dict[str, Any], form: str, drop_to: bool
) -> None:
    if drop_to:
        del table["to"]
    ds = eca.load(write(tmp_path_factory.mktemp("data"), form, [table]))
    assert len(ds) == len(BUNDLED)
    assert ds.redirects[table["id"]].to == table.get("to")
    assert set(BUNDLED.redirects) < set(ds.redirects)
    if drop_to:
        with pytest.raises(eca.RetiredIdError, match="was retired on"):
            ds.get(table["id"])
        return
    with pytest.warns(eca.RetiredIdWarning, match=f"'{table['id']}' was merged into"):
        found = ds.get(table["id"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", eca.RetiredIdWarning)
        assert found is ds.get(table["to"])  # the bundled ids it passes on the way included
        assert ds.related(table["id"]) == ds.related(found.id)
        # Every view of the dataset follows them too: a collection, and a filtered one.
        collection = ds.collection(next(name for name in ds.registry if found in ds.collection(name)))
        assert collection.get(table["id"]) is found
        assert collection.where(id=found.id).get(table["id"]) is found
        assert ds.events.involving(table["id"]) == ds.events.involving(found.id)
    with pytest.raises(eca.UnknownIdError):
        BUNDLED.get(table["id"])  # the bundled dataset is untouched


def broken(table: dict[str, Any], how: str) -> tuple[dict[str, Any], str]:
    """`table` made wrong in one way, and the field the problem must name."""
    if how == "bad-id":
        return {**table, "id": table["id"].upper() + " x"}, "id"
    if how == "bundled-record":
        return {**table, "id": IDS[len(table["reason"]) % len(IDS)]}, "id"
    if how == "retired-already":
        return {**table, "id": RETIRED[len(table["reason"]) % len(RETIRED)]}, "id"
    if how == "dangling":
        return {**table, "to": table["id"] + "-nowhere"}, "to"
    if how == "to-itself":
        return {**table, "to": table["id"]}, "to"
    if how == "date":
        return {**table, "retired": table["retired"] + "x"}, "retired"
    if how == "reason":
        return {**table, "reason": " "}, "reason"
    if how == "unknown":
        return {**table, "becomes": table["to"]}, "becomes"
    assert how == "missing"
    gone = FIELDS[1 + len(table["reason"]) % 3]
    return {k: v for k, v in table.items() if k != gone}, gone


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    table=valid,
    form=st.sampled_from(["json", "jsonl"]),
    how=st.sampled_from(["bad-id", "bundled-record", "retired-already", "dangling", "to-itself"])
    | st.sampled_from(["date", "reason", "unknown", "missing"]),
)
def test_a_wrong_redirect_is_a_data_error_naming_file_record_and_field(
    tmp_path_factory: pytest.TempPathFactory, table: dict[str, Any], form: str, how: str
) -> None:
    wrong, field = broken(table, how)
    if how == "missing" and field == "to":
        return  # no 'to': the id was retired with nothing in its place, which is allowed
    path = write(tmp_path_factory.mktemp("data"), form, [wrong])
    with pytest.raises(eca.DataError) as raised:
        eca.load(path)
    problems = raised.value.problems
    assert problems
    assert all(p.file == str(path) for p in problems)
    assert any(p.record == wrong["id"] and p.field == field and p.message for p in problems), problems


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(garbage=st.one_of(st.none(), st.integers(), st.text(), st.lists(st.one_of(st.integers(), st.text()))))
def test_garbage_for_redirects_is_a_data_error(
    tmp_path_factory: pytest.TempPathFactory, garbage: Any
) -> None:
    path = tmp_path_factory.mktemp("data") / "mine.json"
    path.write_text(json.dumps({"redirects": garbage}), encoding="utf-8")
    if garbage == []:
        assert eca.load(path) == BUNDLED
        return
    with pytest.raises(eca.DataError) as raised:
        eca.load(path)
    assert all(p.file == str(path) and p.field.startswith("redirects") for p in raised.value.problems)


def test_a_user_record_may_not_have_an_id_the_user_retired(tmp_path: Path) -> None:
    write_dataset(example_dataset(), tmp_path)
    retiring = {"id": "example-forum", "retired": "2026-01-05", "reason": "Withdrawn."}
    write(tmp_path, "json", [retiring])
    with pytest.raises(eca.DataError) as raised:
        eca.load(tmp_path)
    assert [(p.file, p.record, p.field) for p in raised.value.problems] == [
        (str(tmp_path / "mine.json"), "example-forum", "id")
    ]
    assert "retired, so no record may have it" in raised.value.problems[0].message
    assert str(tmp_path / "events.toml") in raised.value.problems[0].message


def test_a_redirect_may_lead_to_a_record_of_the_users_own(tmp_path: Path) -> None:
    write_dataset(example_dataset(), tmp_path)
    merged = {"id": "example-old-forum", "to": "example-forum", "retired": "2026-01-05", "reason": "Merged."}
    write(tmp_path, "jsonl", [merged])
    ds = eca.load(tmp_path)
    with pytest.warns(eca.RetiredIdWarning, match="merged into 'example-forum'"):
        assert ds.get("example-old-forum") is ds.get("example-forum")
    with pytest.warns(eca.RetiredIdWarning):
        assert ds.involving("example-old-forum") == ds.involving("example-forum")


def test_redirects_in_a_cycle_are_refused(tmp_path: Path) -> None:
    tables = [
        {"id": "a-one", "to": "b-two", "retired": "2026-01-01", "reason": "merged"},
        {"id": "b-two", "to": "a-one", "retired": "2026-01-01", "reason": "merged"},
    ]
    with pytest.raises(eca.DataError, match="cycle"):
        eca.load(write(tmp_path, "json", tables))
