"""The values the queries return: timeline entries, statistics, a verification's outcome."""

from __future__ import annotations

from typing import Any

import attrs

from ._dates import DateValue, describe_date
from ._errors import Problem
from ._model import Location

__all__ = ["SourceStats", "Stats", "TimelineEntry", "Verification"]


@attrs.frozen
class TimelineEntry:
    """One dated line of a `Dataset.timeline`: an event, a milestone of an agreement, a statement.

    `what` says what happened (an event's title, "EPCA: signed", or what a speaker said);
    `record` is the event, agreement or statement (or a record of a type of one's own
    whose schema puts it on the timeline); `milestone` the agreement's milestone (the
    value nested in `record` that holds the date; None otherwise); `location` the event's
    location, or that of the event a milestone happened at. `kind` is the event's or
    milestone's kind as text (``"summit"``, ``"signed"``), or ``"statement"``: what the
    schema says the entry's kind is.
    """

    date: DateValue
    what: str
    record: Any
    milestone: Any = None
    location: Location | None = None
    kind: str = attrs.field(default="", kw_only=True)

    @property
    def id(self) -> str:
        """The id of the event or agreement."""
        return str(self.record.id)

    @property
    def when(self) -> str:
        """The date written for a person (`describe_date`)."""
        return describe_date(self.date)


@attrs.frozen
class SourceStats:
    """How much of one source the data quotes."""

    id: str
    title: str
    published: str | None
    """The publication date as EDTF text."""
    when: str | None
    """The publication date written for a person."""
    citations: int
    characters: int
    quoted_characters: int
    """Characters inside at least one quote (overlaps counted once)."""

    @property
    def quoted_share(self) -> float:
        """The share of the text inside quotes, 0 to 1."""
        return round(self.quoted_characters / self.characters, 4) if self.characters else 0.0


@attrs.frozen
class Stats:
    """Counts over a dataset: what `Dataset.stats` returns and ``eucentralasia stats`` prints.

    `records` counts records per collection; `by_field` counts, per collection, the values
    of each enum field (``by_field["events"]["kind"]["summit"]``), in the enum's order,
    zeros left out. `by_basis` and `by_precision` count every dated field (events,
    milestones, periods, publication dates, role dates); `ranges` how many of those dates
    are ranges; `undated` the date fields left empty, by ``"<singular> <field>"`` (a role
    without a date holds as of its source and is not counted). `timeline_entries` is the
    length of `Dataset.timeline`, `earliest` and `latest` its ends; `sources` what each
    source's quotes cover; `by_speaker` counts citations by whose words they quote (the
    speaker's id, or ``source`` for the source's own voice), most first.
    """

    records: dict[str, int]
    by_field: dict[str, dict[str, dict[str, int]]]
    by_basis: dict[str, int]
    by_precision: dict[str, int]
    ranges: int
    undated: dict[str, int]
    timeline_entries: int
    earliest: TimelineEntry | None
    latest: TimelineEntry | None
    sources: tuple[SourceStats, ...]
    by_speaker: dict[str, int]

    @property
    def total(self) -> int:
        """How many records there are."""
        return sum(self.records.values())

    @property
    def dated(self) -> int:
        """How many date fields hold a date."""
        return sum(self.by_basis.values())


@attrs.frozen
class Verification:
    """What `Dataset.verify` checked, and every problem it found (none: all is well)."""

    records: int
    citations: int
    references: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """Whether no problem was found."""
        return not self.problems
