"""The converter: the unstructured form is the file form, and everything round-trips."""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import cattrs
import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import testing
from eucentralasia._serialization import explain

RECORD_STRATEGIES = {
    eca.Source: testing.sources(),
    eca.Event: testing.events(),
    eca.Agreement: testing.agreements(),
    eca.Official: testing.officials(),
    eca.Organization: testing.organizations(),
    eca.TradeFigure: testing.trade_figures(),
}


def _plain(value: Any) -> bool:
    """Whether `value` is built only of str, int, bool, list and dict."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return type(value) in (str, int, bool)


@pytest.mark.parametrize("cls", list(RECORD_STRATEGIES))
@given(data=st.data())
def test_round_trips(cls: type, data: st.DataObject) -> None:
    record = data.draw(RECORD_STRATEGIES[cls])
    plain = eca.converter.unstructure(record)
    assert _plain(plain), plain
    assert eca.converter.structure(plain, cls) == record
    assert eca.from_json(eca.to_json(record), cls) == record
    assert eca.converter.structure(json.loads(json.dumps(plain)), cls) == record
    as_toml = tomli_w.dumps({"records": [plain]})
    assert eca.converter.structure(tomllib.loads(as_toml)["records"][0], cls) == record


@given(st.lists(testing.events(), max_size=3))
def test_lists_round_trip_through_json(events: list[eca.Event]) -> None:
    assert eca.from_json(eca.to_json(events), list[eca.Event]) == events


@given(testing.date_values())
def test_dates_are_edtf_strings(date: eca.DateValue) -> None:
    assert eca.converter.unstructure(date) == str(date)
    assert eca.converter.structure(str(date), eca.DateValue) == date


def test_defaults_are_omitted_and_the_text_is_never_inlined() -> None:
    cite = eca.Citation(source="s", quote="q", start=0, end=1)
    source = eca.Source(
        id="s",
        title="T",
        outlet="O",
        kind=eca.SourceKind.ARTICLE,
        language="en",
        authors=(eca.Author(name="N", role="R"),),
        text_file="s.txt",
        citations=(cite,),
        text="q and more",
    )
    plain = eca.converter.unstructure(source)
    assert "text" not in plain
    assert "published" not in plain
    assert "note" not in plain
    assert plain["kind"] == "article"


def test_decimals_are_lossless_text() -> None:
    figure = eca.TradeFigure(
        id="f",
        metric="m",
        description="d",
        value=Decimal("0.1000000000000000000000001"),
        unit="EUR",
        citations=(eca.Citation(source="s", quote="q", start=0, end=1),),
    )
    plain = eca.converter.unstructure(figure)
    assert plain["value"] == "0.1000000000000000000000001"
    assert eca.converter.structure(plain, eca.TradeFigure).value == figure.value


EVENT = {
    "id": "e",
    "title": "T",
    "kind": "meeting",
    "status": "held",
    "summary": "S",
    "citations": [{"source": "s", "quote": "q", "start": 0, "end": 1}],
}


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"venue": "x"}, "", "unknown field venue"),
        ({"id": "E E"}, "id", "kebab-case"),
        ({"kind": "party"}, "kind", "expected one of meeting, summit"),
        ({"date": "2025-02-30", "date_basis": "stated"}, "date", "February 2025 has no day 30"),
        ({"date": 2025, "date_basis": "stated"}, "date", "expected an EDTF date"),
        ({"title": 5}, "title", "expected text"),
        ({"countries": "KZ"}, "countries", ""),
        ({"countries": ["KZ", "QQ"]}, "countries[1]", "country code"),
        (
            {"citations": [{"source": "s", "quote": "q", "start": 0.0, "end": 1}]},
            "citations[0].start",
            "whole number",
        ),
        ({"citations": [{"source": "s", "quote": "q", "start": 0}]}, "citations[0].end", "missing"),
        ({"location": {"place": "Astana", "country": "Kazakhstan"}}, "location.country", "country code"),
        ({"location": "Astana"}, "location", "expected a table of Location fields, got 'Astana'"),
        ({"citations": ["a quote"]}, "citations[0]", "expected a table of Citation fields"),
    ],
)
def test_structuring_errors_are_explained_with_field_paths(
    change: dict[str, Any], path: str, message: str
) -> None:
    with pytest.raises(Exception) as info:  # noqa: PT011 - cattrs raises several kinds
        eca.converter.structure({**EVENT, **change}, eca.Event)
    problems = explain(info.value)
    assert any(p == path and message in m for p, m in problems), problems


@pytest.mark.parametrize("value", [1.5, "1e", "NaN", "Infinity", None, [1]])
def test_decimal_rejects_inexact_and_non_numbers(value: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        eca.converter.structure(value, Decimal)


def test_bools_and_ints_are_not_confused() -> None:
    with pytest.raises(TypeError):
        eca.converter.structure(1, bool)
    with pytest.raises(TypeError):
        eca.converter.structure(True, int)


def test_a_new_converter_is_configured_alike() -> None:
    assert isinstance(eca.make_converter(), cattrs.Converter)
    record = eca.converter.structure(EVENT, eca.Event)
    assert eca.make_converter().unstructure(record) == eca.converter.unstructure(record)


def test_a_record_must_be_a_table() -> None:
    with pytest.raises(TypeError, match="expected a table of Event fields, got 'x'"):
        eca.converter.structure("x", eca.Event)


def test_a_load_keeps_no_date_for_the_process(tmp_path: Path) -> None:
    from eucentralasia import _serialization
    from eucentralasia.testing import example_dataset, write_dataset

    write_dataset(list(example_dataset()), tmp_path)
    eca.load(extra=[tmp_path])
    assert _serialization.cached_date.cache_info().currsize == 0
