"""Synthetic data files for the loading benchmarks: events, officials, organizations, one source.

Built directly (no hypothesis) in the data files' form, every record valid and every quote
standing at its span in the one source's text, so `load` does all of its work. Per 10
events: one official; per 100 events: one organization.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

COUNTRIES = ["KZ", "UZ", "KG", "TJ", "TM", "EU", "DE", "FR", "IT", "CN", "RU", "TR"]
FIRST_YEAR, YEARS = 2000, 30


SOURCE_TITLE = "A synthetic source"


def source_record(citation: dict[str, Any]) -> dict[str, Any]:
    """The one source every synthetic record cites, citing its title with `citation`."""
    return {
        "id": "synthetic-source",
        "title": SOURCE_TITLE,
        "outlet": "Benchmarks",
        "kind": "article",
        "language": "en",
        "authors": [{"name": "A. Writer", "role": "reporter"}],
        "published": "2025-01-01",
        "published_basis": "stated",
        "text_file": "synthetic.txt",
        "citations": [citation],
    }


def _date(rng: random.Random) -> str:
    year = FIRST_YEAR + rng.randrange(YEARS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.random()
    if shape < 0.80:
        return f"{year}-{month:02}-{day:02}"
    if shape < 0.90:
        return f"{year}-{month:02}"
    if shape < 0.95:
        return f"{year}"
    last = min(28, day + rng.randint(1, 4))
    return f"{year}-{month:02}-{day:02}/{year}-{month:02}-{last:02}"


def stream(events: int, seed: int = 1) -> Iterator[tuple[str, dict[str, Any], str]]:
    """The records of a synthetic data file with `events` events, one at a time, as they are made.

    Each item is ``(collection, record, quote)``: the record in the data files' form and the
    quote its citation points at, the text being every quote in order, each followed by
    ". ". Organizations, officials and events, then the one source, whose citation quotes
    its title at the end of the text. Made one by one so that 10^7 events need never stand
    in memory at once (`bench_parquet.py` writes them straight to JSON Lines).
    """
    rng = random.Random(seed)
    n_officials, n_organizations = max(1, events // 10), max(1, events // 100)
    offset = 0

    def cite(quote: str) -> dict[str, Any]:
        nonlocal offset
        start = offset
        offset += len(quote) + 2
        return {"source": "synthetic-source", "quote": quote, "start": start, "end": start + len(quote)}

    for i in range(n_organizations):
        quote = f"Organization {i}"
        organization = {
            "id": f"organization-{i}",
            "name": quote,
            "kind": "ministry",
            "country": rng.choice(COUNTRIES),
            "citations": [cite(quote)],
        }
        yield "organizations", organization, quote
    for i in range(n_officials):
        quote = f"Official Number {i}"
        official = {
            "id": f"official-{i}",
            "name": quote,
            "country": rng.choice(COUNTRIES),
            "roles": [
                {
                    "title": "Minister",
                    "organization": f"organization-{i % n_organizations}",
                    "source": "synthetic-source",
                }
            ],
            "citations": [cite(quote)],
        }
        yield "officials", official, quote
    for i in range(events):
        countries = rng.sample(COUNTRIES, rng.randint(1, 3))
        quote = f"meeting {i}"
        event = {
            "id": f"event-{i}",
            "title": f"Meeting number {i} on trade and transport",
            "kind": "meeting",
            "date": _date(rng),
            "date_basis": "stated",
            "status": "held",
            "location": {"place": "Astana", "country": countries[0]},
            "participants": [f"official-{j}" for j in rng.sample(range(n_officials), min(3, n_officials))],
            "countries": countries,
            "summary": f"Summary of meeting {i}.",
            "citations": [cite(quote)],
        }
        yield "events", event, quote
    yield "sources", source_record(cite(SOURCE_TITLE)), SOURCE_TITLE


def document(events: int, seed: int = 1) -> tuple[dict[str, list[dict[str, Any]]], str]:
    """The collections of a synthetic data file with `events` events, and its source's text."""
    collections: dict[str, list[dict[str, Any]]] = {
        "sources": [],
        "organizations": [],
        "officials": [],
        "events": [],
    }
    parts = []
    for collection, record, quote in stream(events, seed):
        collections[collection].append(record)
        parts.append(quote + ". ")
    return collections, "".join(parts)


def write(folder: Path, events: int, forms: tuple[str, ...] = ("json", "toml")) -> dict[str, Path]:
    """Write the synthetic data as ``synthetic.<form>`` files and the text; the paths by form."""
    collections, text = document(events)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "synthetic.txt").write_text(text, encoding="utf-8")
    paths = {}
    for form in forms:
        path = folder / f"synthetic.{form}"
        if form == "json":
            path.write_text(json.dumps(collections, ensure_ascii=False), encoding="utf-8")
        else:
            import tomli_w

            path.write_text(tomli_w.dumps(collections), encoding="utf-8")
        paths[form] = path
    return paths


def records(events: int) -> int:
    """How many records a synthetic file with `events` events holds."""
    return events + max(1, events // 10) + max(1, events // 100) + 1
