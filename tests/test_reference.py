"""`Dataset.reference` and ``eucentralasia reference``: a record cited with its sources."""

from __future__ import annotations

import contextlib
import io
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia._reference import STYLES, date_in_words
from eucentralasia.cli import main
from eucentralasia.testing import date_values

DS = eca.load()
IDS = sorted(record.id for name in DS.registry.names for record in getattr(DS, name))


def test_publication_dates_and_windows_read_as_words() -> None:
    window = DS.reference("eu-kazakhstan-cooperation-council-2023")
    assert "published between 23 October and 12 November 2023" in window
    assert "2023-10-23/2023-11-12" not in window
    text = DS.reference("kazakhstan-eu-trade-turnover-2024")
    assert "published 18 April 2025" in text
    interview = DS.get("eureporter-2025-vassilenko-interview")
    assert interview.url is not None
    assert interview.url in text


@given(date_values())
def test_dates_in_words_have_no_edtf(date: eca.PartialDate | eca.DateRange) -> None:
    words = date_in_words(date)
    assert "/" not in words
    assert not re.search(r"\d{4}-\d", words)
    assert str(date.start().year) in words or str(date.end().year) in words
    assert words.startswith("between ") == (isinstance(date, eca.DateRange) and date.lower != date.upper)


@given(st.sampled_from(IDS))
def test_every_record_has_a_reference_in_every_style(id: str) -> None:
    record = DS.get(id)
    quotes = [] if isinstance(record, eca.Source) else DS.quotes(id)
    sources = {source.id for source, _ in quotes} or {id}
    text = DS.reference(id)
    for source, citation in quotes:
        assert f"\u201c{citation.quote}\u201d (characters {citation.start}\u2013{citation.end})" in text
        assert source.title in text
    bibtex = DS.reference(id, style="bibtex")
    assert sorted(re.findall(r"^@article\{([^,]+),$", bibtex, re.MULTILINE)) == sorted(sources)
    assert bibtex.count("{") == bibtex.count("}")  # every value's braces closed
    items = json.loads(DS.reference(id, style="csl-json"))
    assert sorted(item["id"] for item in items) == sorted(sources)
    for item in items:
        source = DS.get(item["id"])
        assert item["title"] == source.title
        assert item["container-title"] == source.outlet
        assert [a["literal"] for a in item["author"]] == [a.name for a in source.authors]
        if source.published is not None:
            first = item["issued"]["date-parts"][0]
            assert first[0] == source.published.start().year
        if quotes:
            assert id in item["note"]


def test_an_unknown_style_or_id_is_refused() -> None:
    with pytest.raises(ValueError, match="style: expected one of text, bibtex, csl-json"):
        DS.reference("epca", style="mla")
    with pytest.raises(eca.UnknownIdError, match="did you mean 'epca'"):
        DS.reference("epcaa")


@pytest.mark.parametrize("style", STYLES)
def test_the_command_prints_what_the_library_gives(style: str) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["reference", "kazakhstan-eu-trade-turnover-2024", "--style", style])
    assert status == 0
    assert out.getvalue() == DS.reference("kazakhstan-eu-trade-turnover-2024", style=style) + "\n"
