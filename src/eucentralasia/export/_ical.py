"""iCalendar (RFC 5545): every dated event and agreement milestone as an all-day VEVENT.

Written by hand, so the export needs no dependency: CRLF line ends, lines folded at 75
octets (never inside a UTF-8 character), ``\\``, ``;``, ``,`` and line breaks escaped in
text. Reproducible: the same dataset gives byte-identical output.

A source's title and outlet are repeated in every VEVENT that cites it, so each is cut to
200 characters there: a long one would otherwise be copied once per event (the source
record itself keeps it whole, in every other export).
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._dataset import Dataset
from eucentralasia._dates import DateBasis, DateValue, describe_date
from eucentralasia._files import write_file
from eucentralasia._gc import collector_paused
from eucentralasia._model import Agreement, Event, EventStatus, milestone_words
from eucentralasia._provenance import Citation
from eucentralasia._results import TimelineEntry
from eucentralasia._schema import datings
from eucentralasia.export._arguments import takes

__all__ = ["to_ical", "uid", "write_ical"]

_DOMAIN: Final = "eucentralasia"
# The stamp of an entry none of whose sources is dated: fixed, so output stays reproducible.
_NO_STAMP: Final = _dt.date(1970, 1, 1)
_LINE_OCTETS: Final = 75
# The most of a source's title or outlet each VEVENT citing the source repeats.
_SOURCE_CHARS: Final = 200
# Line breaks become "\n" escapes; any other control character (which RFC 5545 forbids
# in text) becomes U+FFFD, the replacement character.
_BREAKS: Final = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_CONTROLS: Final = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_BASIS: Final = {
    DateBasis.STATED: "Date stated in the source",
    DateBasis.DERIVED: "Date derived from the source and its own date",
    DateBasis.EXTERNAL: "Date fixed by the public record",
}


def _text(value: str) -> str:
    """`value` escaped as an iCalendar TEXT value."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    if value.isprintable():  # every line break and control character is unprintable
        return value
    return _CONTROLS.sub("\ufffd", _BREAKS.sub("\\\\n", value))


def _fold(line: str) -> str:
    """`line` folded into lines of at most 75 octets, continuation lines starting with a space.

    Each line is filled: the cut goes 75 octets past the last one (74 after the leading
    space) in the UTF-8 bytes, moved back over continuation bytes (at most three) so that
    no character is split. The work is per line, never per character.
    """
    if line.isascii():  # one octet a character: cut the text itself
        if len(line) <= _LINE_OCTETS:
            return line
        rest = range(_LINE_OCTETS, len(line), _LINE_OCTETS - 1)
        return "\r\n ".join([line[:_LINE_OCTETS], *(line[at : at + _LINE_OCTETS - 1] for at in rest)])
    data = line.encode("utf-8")
    if len(data) <= _LINE_OCTETS:
        return line
    pieces: list[bytes] = []
    start, room = 0, _LINE_OCTETS
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:  # 10xxxxxx: inside a character, so cut before it
            end -= 1
        pieces.append(data[start:end])
        start, room = end, _LINE_OCTETS - 1
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def _cut(value: str) -> str:
    """`value` cut to `_SOURCE_CHARS` characters, the last of them an ellipsis if it was longer."""
    return value if len(value) <= _SOURCE_CHARS else value[: _SOURCE_CHARS - 1] + "\u2026"


def _day(date: _dt.date) -> str:
    # Not strftime: it does not pad years before 1000 on every platform.
    return f"{date.year:04d}{date.month:02d}{date.day:02d}"


def uid(entry: TimelineEntry) -> str:
    """Return the UID of a timeline entry's VEVENT, the same in every export.

    An event's is ``<id>@eucentralasia``; a milestone's ``<agreement id>.<kind>@eucentralasia``
    (``epca.signed@eucentralasia``), with ``-2``, ``-3``, ... after the kind when an
    agreement has several milestones of that kind.

    >>> from eucentralasia.testing import example_dataset
    >>> [uid(entry) for entry in example_dataset().timeline(statements=False)]
    ['example-epca.signed@eucentralasia', 'example-epca.in-force@eucentralasia',
     'example-summit@eucentralasia', 'example-forum@eucentralasia']
    """
    milestone = entry.milestone
    if milestone is None:
        return f"{entry.id}@{_DOMAIN}"
    assert isinstance(entry.record, Agreement)  # only agreements have milestones
    milestones = entry.record.milestones
    same_kind = [m for m in milestones[: milestones.index(milestone)] if m.kind is milestone.kind]
    suffix = f"-{len(same_kind) + 1}" if same_kind else ""
    return f"{entry.id}.{milestone.kind.value}{suffix}@{_DOMAIN}"


def _citations(entry: TimelineEntry) -> tuple[Citation, ...]:
    citations: tuple[Citation, ...] = (entry.record if entry.milestone is None else entry.milestone).citations
    return citations


def _stamp(dataset: Dataset, entry: TimelineEntry) -> str:
    """DTSTAMP: the last day the latest source the entry cites may have been published."""
    days = [
        published.end()
        for citation in _citations(entry)
        if citation.source in dataset.sources
        and (published := dataset.sources.get(citation.source).published) is not None
    ]
    return _day(max(days, default=_NO_STAMP)) + "T000000Z"


def _when(date: DateValue, basis: DateBasis | None, note: str | None) -> list[str]:
    """The date at its precision, how it was obtained and the date note, whatever the basis."""
    lines = [f"Date known to the {date.precision.value}: {describe_date(date)} (EDTF {date})."]
    if basis is not None:
        lines.append(f"{_BASIS[basis]}: {note}" if note else f"{_BASIS[basis]}.")
    elif note:
        lines.append(note)
    return lines


def _quotes(dataset: Dataset, citations: Iterable[Citation]) -> list[str]:
    lines = ["Sources:"]
    for citation in citations:
        where = citation.source
        if citation.source in dataset.sources:
            source = dataset.sources.get(citation.source)
            published = "" if source.published is None else f", {describe_date(source.published)}"
            where = f"{_cut(source.title)} ({_cut(source.outlet)}{published})"
        lines.append(f"\u201c{citation.quote}\u201d \u2014 {where}")
    return lines


def _description(dataset: Dataset, entry: TimelineEntry) -> str:
    record, milestone = entry.record, entry.milestone
    if milestone is None:
        # An event, or a record of a type of one's own that the schema puts on the timeline.
        about = [getattr(record, "summary", None) or entry.what]
        if record.note:
            about.append(f"Note: {record.note}")
        dated = next(d for d in datings(record) if d.date == entry.date and d.info.timeline)
        dating = _when(entry.date, dated.basis, dated.note)
    else:
        assert isinstance(record, Agreement)
        about = [f"A milestone of {record.name}: {milestone_words(milestone.kind)}.", record.summary]
        if milestone.note:
            about.append(f"Note on the milestone: {milestone.note}")
        if record.note:
            about.append(f"Note on the agreement: {record.note}")
        dating = _when(entry.date, milestone.date_basis, milestone.date_note)
    return "\n".join(
        [*about, "", *dating, "", *_quotes(dataset, _citations(entry)), "", f"Record: {entry.id}"]
    )


def _vevent(dataset: Dataset, entry: TimelineEntry) -> Iterator[str]:
    first, last = entry.date.start(), entry.date.end()
    planned = isinstance(entry.record, Event) and entry.record.status is EventStatus.PLANNED
    yield "BEGIN:VEVENT"
    yield f"UID:{uid(entry)}"
    yield f"DTSTAMP:{_stamp(dataset, entry)}"
    yield f"DTSTART;VALUE=DATE:{_day(first)}"
    if last < _dt.date.max:
        # iCalendar's end is exclusive: the day after the last day.
        yield f"DTEND;VALUE=DATE:{_day(_dt.date.fromordinal(last.toordinal() + 1))}"
    else:  # no day after 31 December 9999: say how many days instead
        yield f"DURATION:P{(last - first).days + 1}D"
    yield f"SUMMARY:{_text(entry.what)}"
    if entry.location is not None:
        place = f"{entry.location.place}, {COUNTRY_NAMES[entry.location.country]}"
        yield f"LOCATION:{_text(place)}"
    yield f"DESCRIPTION:{_text(_description(dataset, entry))}"
    yield f"CATEGORIES:{_text(entry.kind)}"
    yield f"STATUS:{'TENTATIVE' if planned else 'CONFIRMED'}"
    yield "TRANSP:TRANSPARENT"
    # The date at its own precision, for tools that can use it.
    yield f"X-EUCENTRALASIA-DATE:{_text(str(entry.date))}"
    yield "END:VEVENT"


@takes(Dataset)
def to_ical(dataset: Dataset) -> str:
    """Return an iCalendar (RFC 5545) calendar of every dated event and agreement milestone.

    Each entry of `Dataset.timeline` becomes an all-day VEVENT spanning every day its
    date may cover: ``DTSTART;VALUE=DATE`` is the first day and ``DTEND;VALUE=DATE`` the
    day after the last (iCalendar's end is exclusive), so a month-precision event spans
    the month. SUMMARY is the timeline entry's `~TimelineEntry.what`: the event's title,
    or the milestone's title ("EPCA: signed"); DESCRIPTION gives the summary, the
    record's note (a milestone's: its own and its agreement's), the date at its
    precision ("Date known to the month: Jan 2024"), how the date was obtained (stated,
    derived or external) with the date note, and every quote with its source (its title
    and outlet, each cut to 200 characters, since they are repeated for every entry that
    cites the source); LOCATION the place and country. `uid` gives the UID, stable
    across exports. DTSTAMP is the last day the latest source cited by the entry may
    have been published (1 January 1970 when none is dated), never the time of export,
    so the output is reproducible. Planned events are TENTATIVE, the rest CONFIRMED;
    CATEGORIES holds the event or milestone kind and ``X-EUCENTRALASIA-DATE`` the EDTF
    date.

    >>> from eucentralasia.testing import example_dataset
    >>> lines = to_ical(example_dataset()).split("\\r\\n")
    >>> [line for line in lines if line.startswith(("DTSTART", "DTEND", "SUMMARY"))][-3:]
    ['DTSTART;VALUE=DATE:20250529', 'DTEND;VALUE=DATE:20250530', 'SUMMARY:Astana International Forum']
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{_DOMAIN}//{_DOMAIN} export//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_text('EU-Central Asia relations (eucentralasia)')}",
    ]
    # Many short strings and lists, no reference cycles: the collector's passes over the
    # loaded records would free nothing (at 10^5 events they took a third of the export).
    with collector_paused():
        for entry in dataset.timeline(statements=False):
            lines.extend(_vevent(dataset, entry))
        lines.append("END:VCALENDAR")
        return "\r\n".join(map(_fold, lines)) + "\r\n"


@takes(Dataset)
def write_ical(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Return the path written: `to_ical` as UTF-8 bytes (``.ics``), CRLF line ends kept."""
    return write_file(path, to_ical(dataset).encode("utf-8"))
