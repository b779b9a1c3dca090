"""A formatted reference for one record and the sources it quotes: text, BibTeX, CSL-JSON.

`reference` is behind `Dataset.reference` and ``eucentralasia reference ID``. The record
is cited by its id and the package release; its words by the source they stand in (its
authors, title, outlet, publication date or window, and url where the public record
gives one) and the characters they span there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final, Literal

from . import _schema as schema
from ._dates import MONTH_NAMES, DateRange, DateValue, PartialDate, Precision, describe_date
from ._provenance import Source

if TYPE_CHECKING:
    from ._dataset import Dataset

__all__ = ["STYLES", "Style", "date_in_words", "reference"]

Style = Literal["text", "bibtex", "csl-json"]
STYLES: Final[tuple[Style, ...]] = ("text", "bibtex", "csl-json")
"""The styles `reference` writes."""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eucentralasia")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unreleased"


def _partial_in_words(date: PartialDate, year: bool = True, month: bool = True) -> str:
    """``16 April 2025``, ``April 2025``, ``autumn 2022``, ``2025``; the year (month) left out if asked."""
    if date.precision is Precision.SEASON:
        return describe_date(date)
    parts = []
    if date.precision is Precision.DAY:
        parts.append(str(date.day))
    if date.precision in (Precision.DAY, Precision.MONTH) and (month or date.precision is Precision.MONTH):
        parts.append(MONTH_NAMES[(date.month or 1) - 1])
    if year or date.precision not in (Precision.DAY, Precision.MONTH):
        parts.append(str(date.year))
    text = " ".join(parts)
    return ("about " if date.approximate else "") + text + ("?" if date.uncertain else "")


def date_in_words(date: DateValue) -> str:
    """A date or window as a sentence reads it: ``16 April 2025``, ``between 16 April and 28 May 2025``.

    >>> from eucentralasia import parse_date
    >>> date_in_words(parse_date("2025-04-16/2025-05-28"))
    'between 16 April and 28 May 2025'
    >>> date_in_words(parse_date("2023-10-23/2023-10-30")), date_in_words(parse_date("2025-02"))
    ('between 23 and 30 October 2023', 'February 2025')
    """
    if isinstance(date, PartialDate):
        return _partial_in_words(date)
    lower, upper = date.lower, date.upper
    if lower == upper:
        return _partial_in_words(lower)
    plain = not (lower.approximate or lower.uncertain)
    same_year = plain and lower.year == upper.year and lower.precision is upper.precision
    same_month = same_year and lower.precision is Precision.DAY and lower.month == upper.month
    start = _partial_in_words(lower, year=not same_year, month=not same_month)
    return f"between {start} and {_partial_in_words(upper)}"


def _sources(dataset: Dataset, record: Any) -> list[tuple[Source, list[Any]]]:
    """The sources the record quotes, in the order first quoted, each with its citations."""
    if isinstance(record, Source):
        return [(record, [])]
    found: dict[str, tuple[Source, list[Any]]] = {}
    for source, citation in dataset.quotes(record.id):
        found.setdefault(source.id, (source, []))[1].append(citation)
    return list(found.values())


def _quoted(citation: Any) -> str:
    """A quote in quotation marks and the characters it spans: ``“...” (characters 4325–4413)``."""  # noqa: RUF002
    return f"\u201c{citation.quote}\u201d (characters {citation.start}\u2013{citation.end})"


def _source_text(source: Source) -> str:
    authors = ", ".join(author.name for author in source.authors)
    parts = [f"{authors}, \u201c{source.title}\u201d, {source.outlet}"]
    if source.published is not None:
        parts.append(f"published {date_in_words(source.published)}")
    if source.url:
        parts.append(f"<{source.url}>")
    if source.accessed is not None:
        parts.append(f"accessed {date_in_words(source.accessed)}")
    return ", ".join(parts)


def _text(dataset: Dataset, record: Any) -> str:
    lines = []
    if not isinstance(record, Source):
        kind = dataset.registry.of(type(record)).singular.replace("_", " ")
        lines.append(
            f"\u201c{schema.heading_of(record)}\u201d, {kind} {record.id} of eucentralasia {_version()}."
        )
    for source, citations in _sources(dataset, record):
        lines.append(f"Source: {_source_text(source)}.")
        for citation in citations:
            lines.append(f"  {_quoted(citation)}")
    return "\n".join(lines)


_BIBTEX_SPECIAL = re.compile(r"([{}&%$#_\\])")


def _bibtex_value(text: str) -> str:
    return "{" + _BIBTEX_SPECIAL.sub(r"\\\1", text) + "}"


def _bibtex(dataset: Dataset, record: Any) -> str:
    entries = []
    for source, citations in _sources(dataset, record):
        fields = [
            ("author", " and ".join(author.name for author in source.authors)),
            ("title", source.title),
            ("journal", source.outlet),
        ]
        published = source.published
        if published is not None:
            lower, upper = _ends(published)
            if lower.year == upper.year:
                fields.append(("year", str(lower.year)))
                if lower.precision is not Precision.YEAR and lower.month == upper.month and lower.month:
                    fields.append(("month", MONTH_NAMES[lower.month - 1][:3].lower()))
            if isinstance(published, DateRange) or published.precision is not Precision.DAY:
                fields.append(("note", f"Published {date_in_words(published)}"))
        if source.url:
            fields.append(("url", source.url))
        if source.accessed is not None:
            fields.append(("urldate", str(source.accessed)))
        if citations:
            quoted = "; ".join(_quoted(c) for c in citations)
            fields.append(("addendum", f"eucentralasia {_version()}, record {record.id}: {quoted}"))
        body = ",\n".join(
            f"  {name} = {value if name == 'month' else _bibtex_value(value)}" for name, value in fields
        )
        entries.append(f"@article{{{source.id},\n{body}\n}}")
    return "\n\n".join(entries)


def _ends(date: DateValue) -> tuple[PartialDate, PartialDate]:
    """A date's first and last `PartialDate` (the same one for a single date)."""
    return (date, date) if isinstance(date, PartialDate) else (date.lower, date.upper)


def _date_parts(date: PartialDate) -> list[int]:
    parts = [date.year]
    if date.precision in (Precision.DAY, Precision.MONTH) and date.month:
        parts.append(date.month)
        if date.precision is Precision.DAY and date.day:
            parts.append(date.day)
    return parts


def _csl(dataset: Dataset, record: Any) -> str:
    items = []
    for source, citations in _sources(dataset, record):
        item: dict[str, Any] = {
            "id": source.id,
            "type": "interview" if source.kind.value == "interview" else "article-newspaper",
            "title": source.title,
            "container-title": source.outlet,
            "author": [{"literal": author.name} for author in source.authors],
            "language": source.language,
        }
        if source.published is not None:
            published = source.published
            lower, upper = _ends(published)
            parts = [_date_parts(lower)] + ([_date_parts(upper)] if upper != lower else [])
            item["issued"] = {"date-parts": parts}
        if source.url:
            item["URL"] = source.url
        if source.accessed is not None:
            item["accessed"] = {"date-parts": [_date_parts(source.accessed)]}
        if citations:
            quoted = "; ".join(_quoted(c) for c in citations)
            item["note"] = f"eucentralasia {_version()}, record {record.id}: {quoted}"
        items.append(item)
    import json  # here only: `import eucentralasia` need not import it

    return json.dumps(items, ensure_ascii=False, indent=2)


def reference(dataset: Dataset, id: str, style: Style = "text") -> str:
    """A formatted reference for record `id` and the sources it quotes (see `Dataset.reference`)."""
    writers = {"text": _text, "bibtex": _bibtex, "csl-json": _csl}
    if style not in writers:
        raise ValueError(f"style: expected one of {', '.join(STYLES)}, got {style!r}")
    return writers[style](dataset, dataset.get(id))
