"""``eucentralasia stats``: the figures of the data."""

from __future__ import annotations

import argparse
from typing import Any, Final

import attrs

from eucentralasia._dataset import Dataset
from eucentralasia._results import Stats
from eucentralasia.cli._common import (
    PROG,
    Command,
    print_found,
)
from eucentralasia.cli._render import aligned, hanging, width
from eucentralasia.cli._timeline import entry_json, timeline_lines

__all__ = ["COMMAND"]

_STATS_EXAMPLES = f"""\
examples:
  {PROG} stats
  {PROG} stats --json
  {PROG} stats --data my_records/

Prints: records per collection; each collection's records by kind, status or qualifier;
dates (every dated field: events, milestones, statements, trade figure periods, source
publication, role dates) by basis (stated, derived, external) and by precision, and
which date fields are empty; the earliest and latest timeline entry; citations by
speaker ("source" for the source's own voice); each source with its publication date,
how many citations quote it and how much of its text the quotes cover.
"""


def _stats_json(stats: Stats) -> dict[str, Any]:
    """The figures `stats` prints, as JSON-ready values."""
    return {
        "records": {"total": stats.total, **stats.records},
        **{
            name: {f"by_{field}": counts for field, counts in fields.items()}
            for name, fields in stats.by_field.items()
        },
        "dates": {
            "dated": stats.dated,
            "by_basis": stats.by_basis,
            "by_precision": stats.by_precision,
            "ranges": stats.ranges,
            "undated": stats.undated,
        },
        "timeline": {
            "entries": stats.timeline_entries,
            "earliest": None if stats.earliest is None else entry_json(stats.earliest),
            "latest": None if stats.latest is None else entry_json(stats.latest),
        },
        "citations_by_speaker": stats.by_speaker,
        "sources": [
            {**attrs.asdict(source), "quoted_share": source.quoted_share} for source in stats.sources
        ],
    }


def _stats_lines(stats: Stats, dataset: Dataset) -> list[str]:
    """The figures of `Dataset.stats` as text."""

    def listed(counts: dict[str, int]) -> str:
        """``a 1, b 2``; ``none`` for no counts."""
        return ", ".join(f"{key} {count}" for key, count in counts.items()) or "none"

    plural = {c.name: c.singular + "s" for c in dataset.registry.values()}
    rows = [("records", f"{stats.total}: " + listed({plural[name]: n for name, n in stats.records.items()}))]
    for name, fields in stats.by_field.items():
        if stats.records[name] and name != "sources":
            rows += [(f"{plural[name]} by {field}", listed(counts)) for field, counts in fields.items()]
    rows += [
        ("dates", f"{stats.dated} dated; " + listed(stats.by_basis)),
        ("dates by precision", listed(stats.by_precision) + f" ({stats.ranges} of them ranges)"),
        ("undated", listed(stats.undated)),
        ("timeline entries", str(stats.timeline_entries)),
    ]
    if stats.earliest is not None and stats.latest is not None:
        first, last = timeline_lines([stats.earliest, stats.latest], None)
        rows += [("  earliest", first), ("  latest", last)]
    rows.append(("citations by speaker", listed(stats.by_speaker)))
    limit = width()
    lines = aligned(rows, limit)  # one value column for every row
    lines.append(f"sources: {len(stats.sources)}")
    for source in stats.sources:
        published = "undated" if source.published is None else f"{source.published} ({source.when})"
        lines.append(f"  {source.id}")
        lines += hanging("    ", source.title, limit)
        text = (
            f"published {published}; {source.citations} citations; quotes cover "
            f"{source.quoted_share:.1%} of its {source.characters:,} characters"
        )
        lines += hanging("    ", text, limit)
    return lines


def _run_stats(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print the figures of the data, as text or JSON."""
    stats = dataset.stats()
    return print_found(args, lambda: _stats_json(stats), lambda: _stats_lines(stats, dataset))


COMMAND: Final = Command(
    "count records by kind, dates by basis and precision, quotes per source",
    "Summarize the data: counts by kind, date coverage and the sources.",
    _STATS_EXAMPLES,
    _run_stats,
    None,
    "the figures",
)
