"""How much of a curated article `propose` recovers, and how precise it is on articles it never saw.

Run with ``-s`` to see the numbers; the assertions hold the thresholds.

**Bundled articles.** Each is proposed with its own source's publication date.

- A curated figure is *recovered* when a proposed trade figure has its value and unit and
  a citation overlapping one of the curated figure's citations.
- The *dates* are the distinct values of the stated and derived date fields (`datings`:
  event and statement dates, milestones, roles, figure periods) of the records citing
  the article, less the article's own publication date (what the curators dated by
  publication alone is not a date the text gives). A date is *recovered* when a proposed
  record has a date field of exactly that EDTF value and a citation overlapping a
  citation of a curated record (or nested value) holding it.
- Every quote written equals ``text[start:end]``.

**Articles of our own** (``tests/articles/``, fictional, with hand-written keys): a
figure found (`Proposal.figures`) is *correct* when a key figure has its value and unit
and the key's words overlap it; a date found (`Proposal.dates`) likewise by EDTF value.
Precision is correct found / found, recall is key entries matched / key entries.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

import pytest

import eucentralasia as eca
from eucentralasia import _schema as schema
from eucentralasia.curate import propose

ARTICLES = Path(__file__).parent / "articles"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def spans(citations: Iterable[eca.Citation]) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in citations]


@pytest.fixture(scope="module")
def ds() -> eca.Dataset:
    return eca.load()


def test_on_the_bundled_articles_propose_recovers_the_curated_figures_and_dates(ds: eca.Dataset) -> None:
    figures_found = figures_total = dates_found = dates_total = 0
    lines = []
    for source in ds.sources:
        assert source.text is not None
        assert source.published is not None
        proposal = propose(source.text, source.published, source_id=source.id, title=source.title, dataset=ds)
        records = [p.record for p in proposal.records]
        for record in records:
            for citation in record.citations:
                assert source.text[citation.start : citation.end] == citation.quote

        proposed_figures = [r for r in records if isinstance(r, eca.TradeFigure)]
        curated = [f for f in ds.trade_figures if f.citations[0].source == source.id]
        missed_figures = [
            f.id
            for f in curated
            if not any(
                (p.value, p.unit) == (f.value, f.unit)
                and any(overlap(a, b) for a in spans(p.citations) for b in spans(f.citations))
                for p in proposed_figures
            )
        ]
        figures_total += len(curated)
        figures_found += len(curated) - len(missed_figures)

        wanted: dict[str, list[tuple[int, int]]] = {}
        for record in ds:
            if isinstance(record, eca.Source) or all(c.source != source.id for c in record.citations):
                continue
            for owner, _path, _name, date, basis, _note, _info in schema.datings(record):
                if date is None or basis not in (eca.DateBasis.STATED, eca.DateBasis.DERIVED):
                    continue
                if str(date) == str(source.published):
                    continue
                cited = getattr(owner, "citations", None) or record.citations
                here = spans(c for c in cited if c.source == source.id)
                if here:  # a date the record takes from this article, not from another one it cites
                    wanted.setdefault(str(date), []).extend(here)
        offered = [
            (str(date), spans(r.citations))
            for r in records
            for _o, _p, _n, date, _b, _note, _i in schema.datings(r)
            if date is not None
        ]
        missed_dates = sorted(
            value
            for value, where in wanted.items()
            if not any(v == value and any(overlap(a, b) for a in at for b in where) for v, at in offered)
        )
        dates_total += len(wanted)
        dates_found += len(wanted) - len(missed_dates)
        lines.append(
            f"{source.id}: figures {len(curated) - len(missed_figures)}/{len(curated)} "
            f"(missed {missed_figures}), dates {len(wanted) - len(missed_dates)}/{len(wanted)} "
            f"(missed {missed_dates}); {len(records)} records proposed"
        )
    figure_recall, date_recall = figures_found / figures_total, dates_found / dates_total
    print("\n" + "\n".join(lines))
    print(
        f"bundled: figures {figures_found}/{figures_total} = {figure_recall:.0%}, "
        f"dates {dates_found}/{dates_total} = {date_recall:.0%}"
    )
    assert figure_recall >= 0.9
    assert date_recall >= 0.8


def score(
    found: Sequence[tuple[tuple[int, int], str]], key: Sequence[tuple[tuple[int, int], str]]
) -> tuple[int, int]:
    """(found that match a key entry, key entries matched): same value, overlapping words."""
    right = sum(any(v == w and overlap(s, t) for t, w in key) for s, v in found)
    matched = sum(any(v == w and overlap(s, t) for s, v in found) for t, w in key)
    return right, matched


def located(text: str, words: str) -> tuple[int, int]:
    at = text.find(words)
    assert at != -1, f"{words!r} is not in the article"
    assert text.find(words, at + 1) == -1, f"{words!r} stands more than once in the article"
    return at, at + len(words)


def test_on_articles_it_never_saw_precision_and_recall_are_reported(ds: eca.Dataset) -> None:
    totals = {"figures": [0, 0, 0, 0], "dates": [0, 0, 0, 0]}  # right, found, matched, key
    lines = []
    for path in sorted(ARTICLES.glob("*.toml")):
        key = tomllib.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        proposal = propose(text, key["published"], source_id=path.stem, dataset=ds)
        found = {
            "figures": [((f.start, f.end), f"{f.value} {f.unit}") for f in proposal.figures],
            "dates": [((d.start, d.end), str(d.value)) for d in proposal.dates],
        }
        expected = {
            "figures": [
                (located(text, k["text"]), f"{Decimal(k['value'])} {k['unit']}") for k in key["figures"]
            ],
            "dates": [(located(text, k["text"]), k["value"]) for k in key["dates"]],
        }
        parts = []
        for kind in ("figures", "dates"):
            right, matched = score(found[kind], expected[kind])
            counts = totals[kind]
            counts[0] += right
            counts[1] += len(found[kind])
            counts[2] += matched
            counts[3] += len(expected[kind])
            parts.append(f"{kind} {right}/{len(found[kind])} right, {matched}/{len(expected[kind])} found")
        for record in proposal.records:
            for citation in record.record.citations:
                assert text[citation.start : citation.end] == citation.quote
        lines.append(f"{path.stem}: " + "; ".join(parts))
    print("\n" + "\n".join(lines))
    rates = {}
    for kind, (right, found_n, matched, key_n) in totals.items():
        rates[kind] = (right / found_n, matched / key_n)
        print(
            f"own articles, {kind}: precision {right}/{found_n} = {rates[kind][0]:.0%}, "
            f"recall {matched}/{key_n} = {rates[kind][1]:.0%}"
        )
    assert rates["figures"][0] >= 0.9
    assert rates["figures"][1] >= 0.8
    assert rates["dates"][0] >= 0.8
    assert rates["dates"][1] >= 0.7
