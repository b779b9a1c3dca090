"""iCalendar export: parsed back by `icalendar`, every dated event once with its days."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import Dataset, DateBasis, Event, EventKind, EventStatus, PartialDate, Source
from eucentralasia.export import read_json, to_ical, to_json, write_ical
from eucentralasia.export._ical import _fold, uid
from eucentralasia.testing import datasets, example_dataset

icalendar = pytest.importorskip("icalendar")
some_datasets = settings(
    max_examples=max(10, settings.default.max_examples // 4),
    suppress_health_check=[HealthCheck.too_slow],
)


def vevents(text: str) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(text)
    found: dict[str, Any] = {}
    for component in calendar.walk("VEVENT"):
        key = str(component["UID"])
        assert key not in found, f"UID {key} twice"
        found[key] = component
    return found


def plain(text: str) -> str:
    """`text` as an iCalendar reader gives it back: line breaks as \\n, other controls replaced."""
    text = re.sub(r"\r\n|[\r\n\x85\u2028\u2029]", "\n", text)
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "\ufffd", text)


def check_calendar(ds: Dataset) -> dict[str, Any]:
    text = to_ical(ds)
    found = vevents(text)
    entries = ds.timeline(statements=False)
    assert set(found) == {uid(entry) for entry in entries}
    dated = [event for event in ds.events if event.date is not None]
    for event in dated:
        component = found[f"{event.id}@eucentralasia"]
        assert event.date is not None
        assert component.decoded("DTSTART") == event.date.start()
        if event.date.end() < dt.date.max:
            assert component.decoded("DTEND") == event.date.end() + dt.timedelta(days=1)
        assert str(component["SUMMARY"]) == plain(event.title)
        assert f"EDTF {event.date}" in str(component["DESCRIPTION"])
    for entry in entries:
        component = found[uid(entry)]
        assert component.decoded("DTSTART") == entry.date.start()
        assert str(component["SUMMARY"]) == plain(entry.what)
        # Nothing the calendar can hold is lost: every note, whatever the date basis.
        description = str(component["DESCRIPTION"])
        dated = entry.record if entry.milestone is None else entry.milestone
        for note in (entry.record.note, dated.note, dated.date_note):
            if note is not None:
                assert plain(note) in description, (uid(entry), note)
    return found


def test_bundled() -> None:
    ds = eca.load()
    found = check_calendar(ds)
    dated = [event for event in ds.events if event.date is not None]
    milestones = [m for a in ds.agreements for m in a.milestones if m.date is not None]
    assert len(found) == len(dated) + len(milestones)


@some_datasets
@given(datasets())
def test_generated(ds: Dataset) -> None:
    check_calendar(ds)


def test_month_precision_is_described() -> None:
    found = vevents(to_ical(eca.load()))
    forum = found["central-asia-investors-forum-2024@eucentralasia"]
    assert forum.decoded("DTSTART") == dt.date(2024, 1, 1)
    assert forum.decoded("DTEND") == dt.date(2024, 2, 1)
    description = str(forum["DESCRIPTION"])
    assert "Date known to the month: Jan 2024 (EDTF 2024-01)." in description
    assert "Date derived from the source and its own date: " in description
    for citation in eca.load().events.get("central-asia-investors-forum-2024").citations:
        assert f"\u201c{citation.quote}\u201d" in description
    assert str(forum["STATUS"]) == "TENTATIVE"  # planned as of its 2023 source


def test_every_note_of_the_bundled_data_written() -> None:
    ds = eca.load()
    found = vevents(to_ical(ds))
    notes = 0
    for entry in ds.timeline(statements=False):
        description = str(found[uid(entry)]["DESCRIPTION"])  # unfolded by the parser
        dated = entry.record if entry.milestone is None else entry.milestone
        for note in (dated.note, dated.date_note):
            if note is not None:
                assert plain(note) in description, (uid(entry), note)
                notes += 1
    assert notes > 20
    epca = str(found["epca.signed@eucentralasia"]["DESCRIPTION"])
    assert "the public record dates the signature to 21 December 2015" in epca
    kallas = str(found["kaja-kallas-visit-kazakhstan@eucentralasia"]["DESCRIPTION"])
    assert "Almaty" in kallas


def test_stated_date_note_written() -> None:
    event = attrs.evolve(
        example_dataset().events.get("example-forum"),
        id="stated-with-note",
        date_note="The day is stated; the hour is not.",
        note="Invented.",
    )
    component = vevents(to_ical(Dataset([*example_dataset(), event])))["stated-with-note@eucentralasia"]
    description = str(component["DESCRIPTION"])
    assert "Date stated in the source: The day is stated; the hour is not." in description
    assert "Note: Invented." in description


def test_milestone_entries() -> None:
    found = vevents(to_ical(example_dataset()))
    signed = found["example-epca.signed@eucentralasia"]
    assert str(signed["SUMMARY"]) == "EPCA: signed"
    assert (signed.decoded("DTSTART"), signed.decoded("DTEND")) == (dt.date(2015, 12, 1), dt.date(2016, 1, 1))
    assert "\u201csigned in December 2015\u201d" in str(signed["DESCRIPTION"])


def test_uids_and_output_stable() -> None:
    ds = eca.load()
    first = to_ical(ds)
    assert to_ical(ds) == first
    assert to_ical(read_json(to_json(ds))) == first  # nothing depends on the time or the object


def test_stamp_is_the_latest_source_date() -> None:
    found = vevents(to_ical(example_dataset()))
    stamp = found["example-summit@eucentralasia"].decoded("DTSTAMP")
    assert stamp == dt.datetime(2025, 5, 30, tzinfo=dt.UTC)


def test_lines_folded_and_crlf(tmp_path: Path) -> None:
    path = write_ical(eca.load(), tmp_path / "eucentralasia.ics")
    data = path.read_bytes()
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # long descriptions were folded
    for line in lines:
        line.decode("utf-8")  # never folded inside a character


def test_escaping() -> None:
    text = 'Talks; "Astana", C:\\path\nnext line\x0bend'
    event = Event(
        id="odd-event",
        title=text,
        kind=EventKind.MEETING,
        status=EventStatus.HELD,
        date=PartialDate(2025, 1, 2),
        date_basis=DateBasis.STATED,
        summary=text,
        citations=example_dataset().events.get("example-forum").citations,
    )
    ds = Dataset([*example_dataset(), event])
    component = vevents(to_ical(ds))["odd-event@eucentralasia"]
    assert str(component["SUMMARY"]) == 'Talks; "Astana", C:\\path\nnext line\ufffdend'
    assert 'SUMMARY:Talks\\; "Astana"\\, C:\\\\path\\nnext line\ufffdend' in to_ical(ds)


def test_last_possible_year() -> None:
    event = Event(
        id="far-future",
        title="Far future",
        kind=EventKind.MEETING,
        status=EventStatus.PLANNED,
        date=PartialDate(9999),
        date_basis=DateBasis.STATED,
        summary="A year with no day after it.",
        citations=example_dataset().events.get("example-forum").citations,
    )
    ds = Dataset([*example_dataset(), event])
    component = vevents(to_ical(ds))["far-future@eucentralasia"]
    assert component.decoded("DTSTART") == dt.date(9999, 1, 1)
    assert component.decoded("DURATION") == dt.timedelta(days=365)


def test_milestone_summaries_are_the_timeline_titles() -> None:
    ds = eca.load()
    found = vevents(to_ical(ds))
    milestones = [entry for entry in ds.timeline(statements=False) if entry.milestone is not None]
    for entry in milestones:
        assert str(found[uid(entry)]["SUMMARY"]) == entry.what
    mandate = next(e for e in milestones if e.kind == "mandate")
    assert str(found[uid(mandate)]["SUMMARY"]).endswith(": negotiating mandate")
    assert "Agreement: negotiating mandate." in str(found[uid(mandate)]["DESCRIPTION"])


def with_long_sources(ds: Dataset, chars: int) -> Dataset:
    """`ds` with every source's title and outlet `chars` characters long."""
    return Dataset(
        attrs.evolve(r, title="T" * chars, outlet="O" * chars) if isinstance(r, Source) else r for r in ds
    )


def test_a_long_source_outlet_is_not_copied_into_every_event() -> None:
    # Every bundled entry cites a source; a 1 MB outlet and title used to be written into
    # each one's DESCRIPTION (58 MB for the bundled data). Each is cut to 200 characters.
    ds = eca.load()
    entries = len(ds.timeline(statements=False))
    assert entries > 10
    normal = len(to_ical(ds).encode("utf-8"))
    huge = to_ical(with_long_sources(ds, 1_000_000))
    assert len(huge.encode("utf-8")) < normal + entries * 4 * 200 * 2  # two values, folding, citations
    assert len(huge.encode("utf-8")) < 1_000_000  # not even one copy of the outlet
    # How long the text is past the cut does not matter at all.
    assert to_ical(with_long_sources(ds, 2_000_000)) == huge
    described = str(vevents(huge)["epca.signed@eucentralasia"]["DESCRIPTION"])
    assert "T" * 199 + "\u2026 (" + "O" * 199 + "\u2026" in described
    assert "T" * 200 not in described


def test_source_text_up_to_the_cut_is_written_whole() -> None:
    found = vevents(to_ical(with_long_sources(eca.load(), 200)))
    described = str(found["epca.signed@eucentralasia"]["DESCRIPTION"])
    assert "T" * 200 + " (" + "O" * 200 in described
    assert "\u2026" not in described


# No lone surrogates: no record holds one (structuring refuses them), and no UTF-8 does.
physical_lines = st.text(st.characters(codec="utf-8", blacklist_characters="\r\n"), max_size=400)
# ASCII lines are cut as text, the others as UTF-8 bytes: both must hold the properties.
ascii_lines = st.text(st.characters(max_codepoint=0x7F, blacklist_characters="\r\n"), max_size=400)


@given(st.sampled_from(["", "DESCRIPTION:", "SUMMARY;LANGUAGE=kk:"]), physical_lines | ascii_lines)
def test_folding_is_lossless_filled_and_never_splits_a_character(prefix: str, text: str) -> None:
    line = prefix + text
    folded = _fold(line)
    assert folded.replace("\r\n ", "") == line  # unfolding gives the line back exactly
    parts = folded.encode("utf-8").split(b"\r\n")
    for index, part in enumerate(parts):
        assert len(part) <= 75
        part.decode("utf-8")  # each physical line is whole UTF-8: no character was split
        if index:
            assert part.startswith(b" ")
        if index + 1 < len(parts):
            # Filled: the next character would not have fitted.
            following = parts[index + 1][1:].decode("utf-8")[0]
            assert len(part) + len(following.encode("utf-8")) > 75


def test_folding_a_megabyte_line() -> None:
    line = "DESCRIPTION:" + "a\u00e9\u4e2d\U0001f600" * 100_000  # 1, 2, 3 and 4 octets
    folded = _fold(line)
    assert folded.replace("\r\n ", "") == line
    data = folded.encode("utf-8")
    parts = data.split(b"\r\n")
    assert all(len(part) <= 75 for part in parts)
    for part in parts:
        part.decode("utf-8")
    # Filled lines: about one fold per 74 octets, never many more.
    assert len(parts) <= len(line.encode("utf-8")) // 71 + 2


def test_folding_works_per_line_not_per_character() -> None:
    # Counted, not timed: folding once called str.encode for every character, which made
    # a 1 MB DESCRIPTION take a tenth of a second; now a few calls do each 75-octet line.
    calls = 0

    def count(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == "c_call"

    line = "\u00e9" * 37_000  # 74,000 octets: 1,000 lines
    sys.setprofile(count)
    try:
        _fold(line)
    finally:
        sys.setprofile(None)
    assert calls < 10 * 1_000
