"""`Dataset.stats`: counts by collection and kind, dates by basis and precision, quotes per source."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from . import _schema as schema
from ._dates import DateBasis, DateRange, Precision, describe_date
from ._results import SourceStats, Stats

if TYPE_CHECKING:
    from ._dataset import Dataset

__all__ = ["stats_of"]


def stats_of(dataset: Dataset) -> Stats:
    """What `Dataset.stats` returns for `dataset`."""
    by_basis: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    by_precision: Counter[Precision] = Counter()
    undated: Counter[str] = Counter()
    ranges = 0
    spans: dict[str, list[tuple[int, int]]] = {}
    singular = {c.cls: c.singular for c in dataset.registry.values()}
    for record in dataset:
        for owner, _, name, date, basis, _, meta in schema.datings(record):
            if date is None:
                # A date that does not place its record in time (a role's as-of date,
                # which holds as of its source without one) is not a gap.
                if meta.when:
                    what = singular.get(type(owner), type(owner).__name__.lower())
                    undated[f"{what} {name}"] += 1
                continue
            by_basis[basis.value] += 1  # a dated field always has a basis
            by_precision[date.precision] += 1
            ranges += isinstance(date, DateRange)
        for _, citation in schema.citations_of(record):
            spans.setdefault(citation.source, []).append((citation.start, citation.end))
            speakers[citation.speaker or "source"] += 1
    by_field: dict[str, dict[str, dict[str, int]]] = {}
    for collection in dataset.registry.values():
        records = dataset.collection(collection.name)
        for field, meta in schema.fields_of(collection.cls):
            if meta.kind == "enum" and meta.cls is not None:
                tally = _tally((getattr(r, field.name) for r in records), meta.cls)
                by_field.setdefault(collection.name, {})[field.name] = tally
    entries = dataset.timeline()
    return Stats(
        records={name: len(dataset.collection(name)) for name in dataset.registry},
        by_field=by_field,
        by_basis={b.value: by_basis[b.value] for b in DateBasis if by_basis[b.value]},
        by_precision={p.value: by_precision[p] for p in _PRECISION_ORDER if by_precision[p]},
        ranges=ranges,
        undated=dict(sorted(undated.items())),
        timeline_entries=len(entries),
        earliest=entries[0] if entries else None,
        latest=entries[-1] if entries else None,
        sources=tuple(
            SourceStats(
                id=source.id,
                title=source.title,
                published=None if source.published is None else str(source.published),
                when=None if source.published is None else describe_date(source.published),
                citations=len(spans.get(source.id, [])),
                characters=len(source.text or ""),
                quoted_characters=_covered(spans.get(source.id, [])),
            )
            for source in dataset.sources
        ),
        by_speaker=dict(speakers.most_common()),
    )


def _tally(values: Iterable[enum.Enum], kinds: type[enum.Enum]) -> dict[str, int]:
    counts = Counter(values)
    return {str(member.value): counts[member] for member in kinds if counts[member]}


def _covered(spans: Iterable[tuple[int, int]]) -> int:
    """How many characters the spans cover together (overlaps counted once)."""
    total = 0
    reached = 0
    for start, end in sorted(spans):
        start = max(start, reached)
        if end > start:
            total += end - start
            reached = end
    return total


_PRECISION_ORDER: Final = (Precision.DAY, Precision.MONTH, Precision.SEASON, Precision.YEAR)
