"""A data file's problems come in one `DataError`, all of them, not one round at a time.

A record with a bad date, a country name, a dangling participant and a quote not in its
source reports all four: one bad field does not hide the others, and a record that failed
its own checks still gets the cross-record ones.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eucentralasia as eca

DS = eca.load()
# A sound record of a user's own: a copy of a bundled event under a new id.
SOUND: dict[str, Any] = eca.converter.unstructure(DS.get("kaja-kallas-visit-kazakhstan")) | {"id": "my-visit"}

Fault = Callable[[dict[str, Any]], None]


def _quote(record: dict[str, Any]) -> None:
    citation = record["citations"][0]
    citation["quote"] = "x" * len(citation["quote"])  # as long as its span, but not the text


# Each fault, and the field its problem names ("" for the record as a whole).
FAULTS: dict[str, tuple[Fault, str]] = {
    "impossible date": (lambda r: r.update(date="2025-02-30"), "date"),
    "country name": (lambda r: r.update(countries=["EU", "Uzbekistan"]), "countries[1]"),
    "dangling participant": (
        lambda r: r.update(participants=["kaja-kallas", "nobody-here"]),
        "participants[1]",
    ),
    "quote not in its source": (_quote, "citations[0].quote"),
    "unknown kind": (lambda r: r.update(kind="party"), "kind"),
    "blank title": (lambda r: r.update(title="   "), "title"),
    "unknown key": (lambda r: r.update(colour="red"), ""),
    "place's country": (lambda r: r["location"].update(country="Kazakstan"), "location.country"),
    "dangling agreement": (lambda r: r.update(agreements=["no-such-agreement"]), "agreements[0]"),
}


def problems_of(folder: Path, record: dict[str, Any]) -> list[eca.Problem]:
    (folder / "mine.toml").write_text(tomli_w.dumps({"events": [record]}), encoding="utf-8")
    with pytest.raises(eca.DataError) as caught:
        eca.load(extra=[folder])
    return list(caught.value.problems)


def test_the_sound_record_loads(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(tomli_w.dumps({"events": [SOUND]}), encoding="utf-8")
    assert "my-visit" in eca.load(extra=[tmp_path]).events


def test_the_four_faults_of_the_guide_are_reported_at_once(tmp_path: Path) -> None:
    record = copy.deepcopy(SOUND)
    for name in ("impossible date", "country name", "dangling participant", "quote not in its source"):
        FAULTS[name][0](record)
    found = problems_of(tmp_path, record)
    assert [p.field for p in found] == ["date", "countries[1]", "participants[1]", "citations[0].quote"]
    assert "did you mean 'UZ'" in found[1].message


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sets(st.sampled_from(sorted(FAULTS)), min_size=1))
def test_independent_faults_are_all_reported_and_nothing_else(
    tmp_path_factory: pytest.TempPathFactory, faults: set[str]
) -> None:
    record = copy.deepcopy(SOUND)
    for name in faults:
        FAULTS[name][0](record)
    found = problems_of(tmp_path_factory.mktemp("own"), record)
    assert {p.record for p in found} == {"my-visit"}
    assert sorted(p.field for p in found) == sorted(FAULTS[name][1] for name in faults)


def test_a_record_with_a_bad_id_is_cross_checked_under_the_id_as_written(tmp_path: Path) -> None:
    # Its stand-in once had no id, and a suggestion for a dangling reference then sorted
    # None among the ids: a TypeError instead of the DataError.
    bad = copy.deepcopy(SOUND) | {"id": "My Visit"}
    bad["participants"] = ["kaja-kallas", "kaja-kalas"]
    path = tmp_path / "mine.toml"
    path.write_text(tomli_w.dumps({"events": [bad]}), encoding="utf-8")
    with pytest.raises(eca.DataError) as raised:
        eca.load(path)
    fields = {(p.record, p.field) for p in raised.value.problems}
    assert ("My Visit", "id") in fields
    assert ("My Visit", "participants[1]") in fields
