"""One way to read the names a user types (countries, officials, organizations), everywhere.

The command line's ``--country`` and ``--involving``, ``where``, ``timeline`` and a data
file's country fields read a name the same way and suggest the same things.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia._codes import COUNTRY_ALIASES, COUNTRY_NAMES
from eucentralasia._search import read_country
from eucentralasia.cli import main

DS = eca.load()
CODES = sorted(COUNTRY_NAMES)
# How people write a country: its code in any case, its name, another of its names.
country_texts = st.one_of(
    st.sampled_from(CODES).flatmap(lambda code: st.sampled_from([code, code.lower(), code.title()])),
    st.sampled_from(sorted(COUNTRY_NAMES.items())).map(lambda item: item[1]),
    st.sampled_from(sorted(COUNTRY_ALIASES)),
)
MISSPELT = ["Kazakstan", "Uzbekstan", "Kyrgistan", "Tajikstan", "Turkmenstan", "Europian Union"]


def error_line(*args: str) -> str:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            status = main(list(args))
        except SystemExit as exc:  # argparse refuses a bad argument value itself
            status = exc.code
    assert status == 2
    lines = err.getvalue().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def suggestions(message: str) -> str:
    assert "; did you mean " in message, message
    return message.split("; did you mean ")[1].split("?")[0]


@pytest.mark.parametrize("text", MISSPELT)
def test_country_and_involving_suggest_the_same_countries(text: str) -> None:
    country = error_line("timeline", "--country", text)
    involving = error_line("timeline", "--involving", text)
    # involving also takes ids, and may suggest one ('european-union') before the countries.
    countries = [s for s in suggestions(involving).split(", ") if s.strip("'") in COUNTRY_NAMES.values()]
    assert suggestions(country).split(", ")[: len(countries)] == countries
    with pytest.raises(ValueError, match="did you mean") as where:
        DS.officials.where(country=text)
    with pytest.raises(ValueError, match="did you mean") as timeline:
        DS.timeline(country=text)
    assert suggestions(str(where.value)) == suggestions(str(timeline.value)) == suggestions(country)


@given(country_texts)
def test_every_way_of_writing_a_country_reads_the_same(text: str) -> None:
    code = read_country(text)
    assert code in COUNTRY_NAMES
    assert DS.officials.where(country=text).ids == DS.officials.where(country=code).ids
    assert DS.statements.where(about=[text]).ids == DS.statements.where(about=[code]).ids
    assert DS.timeline(country=text) == DS.timeline(country=code)
    assert DS.events.involving(text).ids == DS.events.involving(code).ids


ACTORS: list[Any] = [*DS.officials, *DS.organizations]


@given(st.sampled_from(ACTORS), st.data())
def test_references_take_names_as_involving_does(actor: Any, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from([actor.name, *actor.aliases]))
    # A name two records share (or a country's) names neither for good: involving refuses it too.
    owners = [r.id for r in ACTORS if name in (r.name, *r.aliases)]
    if owners != [actor.id] or read_country_or_none(name) is not None:
        return
    id = actor.id
    assert DS.statements.where(speaker=name).ids == DS.statements.where(speaker=id).ids
    assert DS.events.where(participants=[name]).ids == DS.events.where(participants=[id]).ids
    assert DS.events.involving(name).ids == DS.events.involving(id).ids


def read_country_or_none(text: str) -> str | None:
    try:
        return read_country(text)
    except ValueError:
        return None


def test_where_speaker_takes_a_name() -> None:
    said = DS.statements.where(speaker="Roman Vassilenko")
    assert said.ids == DS.statements.where(speaker="roman-vassilenko").ids
    assert len(said) > 0


def write_official(folder: Path, country: str) -> None:
    """A data file of one official whose country is written `country`; else sound."""
    text = DS.get("eureporter-2025-vassilenko-interview").text
    start = text.index("Roman Vassilenko")
    citation = {"source": "eureporter-2025-vassilenko-interview", "quote": "Roman Vassilenko"}
    official = {
        "id": "someone-new",
        "name": "Someone New",
        "country": country,
        "citations": [{**citation, "start": start, "end": start + len("Roman Vassilenko")}],
    }
    (folder / "mine.toml").write_text(tomli_w.dumps({"officials": [official]}), encoding="utf-8")


@settings(max_examples=20)
@given(st.sampled_from(sorted(COUNTRY_NAMES.items())), st.booleans())
def test_a_data_file_country_name_is_refused_suggesting_its_code(
    tmp_path_factory: pytest.TempPathFactory, country: tuple[str, str], by_name: bool
) -> None:
    code, name = country
    folder = tmp_path_factory.mktemp("own")
    write_official(folder, name if by_name else code.lower())
    with pytest.raises(eca.DataError) as caught:
        eca.load(extra=[folder])
    (problem,) = caught.value.problems
    assert problem.field == "country"
    assert problem.message.endswith(f"; did you mean {code!r}?")


def test_a_misspelt_country_in_a_data_file_is_told_the_codes(tmp_path: Path) -> None:
    write_official(tmp_path, "Kazakstan")
    with pytest.raises(eca.DataError, match=r"did you mean 'KZ' \(Kazakhstan\)"):
        eca.load(extra=[tmp_path])
