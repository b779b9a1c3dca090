"""Scaling benchmark: index build, memory, `between` and `involving` against scans and pandas.

Run by hand (not part of the test run); needs pandas::

    python benchmarks/bench_queries.py                 # 10^3 .. 10^6 events
    python benchmarks/bench_queries.py --sizes 1000 10000

Synthetic events are built directly (no hypothesis): dates over 30 years, mostly days,
some months, years, seasons and few-day ranges; 1-3 participants out of 1000 officials;
1-3 countries out of 12. Latencies are medians over random queries; scans are timed
once per query shape at the largest sizes, as they take seconds there.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pandas as pd

from eucentralasia import (
    Citation,
    Dataset,
    DateBasis,
    DateRange,
    Event,
    EventKind,
    EventStatus,
    Location,
    PartialDate,
    Season,
)

COUNTRIES = ["KZ", "UZ", "KG", "TJ", "TM", "EU", "DE", "FR", "IT", "CN", "RU", "TR"]
OFFICIALS = [f"official-{i}" for i in range(1000)]
FIRST_YEAR, YEARS = 2000, 30


def random_date(rng: random.Random) -> PartialDate | DateRange:
    year = FIRST_YEAR + rng.randrange(YEARS)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    shape = rng.random()
    if shape < 0.80:
        return PartialDate(year, month, day)
    if shape < 0.90:
        return PartialDate(year, month)
    if shape < 0.93:
        return PartialDate(year)
    if shape < 0.95:
        return PartialDate(year, season=rng.choice(list(Season)[:3]))
    last = min(28, day + rng.randint(1, 4))
    return DateRange(PartialDate(year, month, day), PartialDate(year, month, last))


def make_events(n: int, seed: int = 1) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        countries = tuple(rng.sample(COUNTRIES, rng.randint(1, 3)))
        quote = f"meeting {i}"
        events.append(
            Event(
                id=f"event-{i}",
                title=f"Meeting number {i} on trade and transport",
                kind=EventKind.MEETING,
                status=EventStatus.HELD,
                date=random_date(rng),
                date_basis=DateBasis.STATED,
                location=Location(place="Astana", country=countries[0]),
                participants=tuple(rng.sample(OFFICIALS, rng.randint(1, 3))),
                countries=countries,
                summary=f"Summary of meeting {i}.",
                citations=(Citation(source="source-1", quote=quote, start=i, end=i + len(quote)),),
            )
        )
    return events


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def median_time(function: Callable[[Any], Any], arguments: list[Any]) -> float:
    times = []
    for argument in arguments:
        start = time.perf_counter()
        function(argument)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(n: int, queries: int) -> dict[str, float]:
    rng = random.Random(7)

    def with_indexes() -> Dataset:
        ds = Dataset(events)
        ds.events.between("2010-01-01", "2010-01-01")
        ds.events.involving("KZ")
        return ds

    # Memory first, with tracemalloc on; it slows allocation, so timings come after.
    gc.collect()
    tracemalloc.start()
    events = make_events(n)
    records_bytes = tracemalloc.get_traced_memory()[0]
    kept = with_indexes()
    index_bytes = tracemalloc.get_traced_memory()[0] - records_bytes
    tracemalloc.stop()
    del kept
    gc.collect()
    build_dataset, ds = timed(lambda: Dataset(events))
    build_dates, _ = timed(lambda: ds.events.between("2010-01-01", "2010-01-01"))
    build_involving, _ = timed(lambda: ds.events.involving("KZ"))

    # The same data, for the scans and for pandas.
    firsts = [e.date.start().toordinal() for e in events if e.date]
    lasts = [e.date.end().toordinal() for e in events if e.date]
    frame = pd.DataFrame({"first": firsts, "last": lasts})
    rows = [
        (key, row)
        for row, e in enumerate(events)
        for key in {*e.participants, *e.countries, e.location.country}  # type: ignore[union-attr]
    ]
    long = pd.DataFrame(rows, columns=["key", "row"]).astype({"key": "category"})

    def window(days: int) -> tuple[str, str, int, int]:
        first = PartialDate(FIRST_YEAR + rng.randrange(YEARS), rng.randint(1, 12), rng.randint(1, 28))
        lo = first.start().toordinal()
        last = first.start().add(days=days - 1)
        return str(first), last.to_date_string(), lo, lo + days - 1

    day_windows = [window(1) for _ in range(queries)]
    week_windows = [window(7) for _ in range(queries)]
    scans = max(1, min(queries, 20_000 // max(1, n // 100)))

    def index_between(w: tuple[str, str, int, int]) -> int:
        return len(ds.events.between(w[0], w[1]))

    def naive_scan(w: tuple[str, str, int, int]) -> int:
        lo, hi = PartialDate.parse(w[0]).start(), PartialDate.parse(w[1]).end()
        return sum(1 for e in events if e.date and e.date.start() <= hi and e.date.end() >= lo)

    def ordinal_scan(w: tuple[str, str, int, int]) -> int:
        lo, hi = w[2], w[3]
        return sum(1 for a, b in zip(firsts, lasts, strict=True) if a <= hi and b >= lo)

    def pandas_mask(w: tuple[str, str, int, int]) -> int:
        lo, hi = w[2], w[3]
        return len(frame[(frame["first"] <= hi) & (frame["last"] >= lo)])

    for w in day_windows[:3]:
        assert index_between(w) == naive_scan(w) == ordinal_scan(w) == pandas_mask(w)

    official = [rng.choice(OFFICIALS) for _ in range(queries)]
    country = [rng.choice(COUNTRIES) for _ in range(queries)]

    def index_involving(key: str) -> int:
        return len(ds.events.involving(key))

    def scan_involving(key: str) -> int:
        return sum(
            1
            for e in events
            if key in e.participants or key in e.countries or key == e.location.country  # type: ignore[union-attr]
        )

    def pandas_involving(key: str) -> int:
        return len(long["row"][long["key"] == key].unique())

    for key in (official[0], country[0]):
        assert index_involving(key) == scan_involving(key) == pandas_involving(key)

    return {
        "n": n,
        "build_dataset_s": build_dataset,
        "build_dates_s": build_dates,
        "build_involving_s": build_involving,
        "record_bytes": records_bytes / n,
        "index_bytes": index_bytes / n,
        "day_index_us": median_time(index_between, day_windows) * 1e6,
        "day_hits": statistics.median(index_between(w) for w in day_windows),
        "week_index_us": median_time(index_between, week_windows) * 1e6,
        "day_naive_ms": median_time(naive_scan, day_windows[:scans]) * 1e3,
        "day_ordinal_ms": median_time(ordinal_scan, day_windows[:scans]) * 1e3,
        "day_pandas_ms": median_time(pandas_mask, day_windows) * 1e3,
        "official_index_us": median_time(index_involving, official) * 1e6,
        "official_hits": statistics.median(index_involving(k) for k in official[:20]),
        "official_scan_ms": median_time(scan_involving, official[:scans]) * 1e3,
        "official_pandas_ms": median_time(pandas_involving, official) * 1e3,
        "country_index_us": median_time(index_involving, country) * 1e6,
        "country_hits": statistics.median(index_involving(k) for k in country[:20]),
        "country_scan_ms": median_time(scan_involving, country[:scans]) * 1e3,
        "country_pandas_ms": median_time(pandas_involving, country) * 1e3,
    }


def report(results: list[dict[str, float]]) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    lines = [
        row(
            [
                "events",
                "Dataset()",
                "date index",
                "involvement index",
                "bytes/record (records)",
                "bytes/record (indexes)",
            ]
        ),
        row(["---:"] * 6),
    ]
    for r in results:
        lines.append(
            row(
                [
                    f"{int(r['n']):,}",
                    f"{r['build_dataset_s'] * 1e3:.0f} ms",
                    f"{r['build_dates_s'] * 1e3:.0f} ms",
                    f"{r['build_involving_s'] * 1e3:.0f} ms",
                    f"{r['record_bytes']:.0f}",
                    f"{r['index_bytes']:.0f}",
                ]
            )
        )
    lines += [
        "",
        row(
            [
                "events",
                "hits (1 day)",
                "`between` 1 day",
                "`between` 1 week",
                "scan (pendulum)",
                "scan (ordinals)",
                "pandas mask",
                "vs scan (pendulum)",
                "vs scan (ordinals)",
                "vs pandas",
            ]
        ),
        row(["---:"] * 10),
    ]
    for r in results:
        index_ms = r["day_index_us"] / 1e3
        lines.append(
            row(
                [
                    f"{int(r['n']):,}",
                    f"{r['day_hits']:.0f}",
                    f"{r['day_index_us']:.0f} µs",
                    f"{r['week_index_us']:.0f} µs",
                    f"{r['day_naive_ms']:.1f} ms",
                    f"{r['day_ordinal_ms']:.1f} ms",
                    f"{r['day_pandas_ms']:.2f} ms",
                    f"{r['day_naive_ms'] / index_ms:,.0f}x",
                    f"{r['day_ordinal_ms'] / index_ms:,.0f}x",
                    f"{r['day_pandas_ms'] / index_ms:,.1f}x",
                ]
            )
        )
    lines += [
        "",
        row(
            [
                "events",
                "hits (official)",
                "`involving` official",
                "scan",
                "pandas",
                "hits (country)",
                "`involving` country",
                "scan",
                "pandas",
            ]
        ),
        row(["---:"] * 9),
    ]
    for r in results:
        lines.append(
            row(
                [
                    f"{int(r['n']):,}",
                    f"{r['official_hits']:.0f}",
                    f"{r['official_index_us']:.0f} µs",
                    f"{r['official_scan_ms']:.1f} ms",
                    f"{r['official_pandas_ms']:.2f} ms",
                    f"{r['country_hits']:.0f}",
                    f"{r['country_index_us']:.0f} µs",
                    f"{r['country_scan_ms']:.1f} ms",
                    f"{r['country_pandas_ms']:.2f} ms",
                ]
            )
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10**3, 10**4, 10**5, 10**6])
    parser.add_argument("--queries", type=int, default=200, help="random queries per measurement")
    args = parser.parse_args()
    results = []
    for n in args.sizes:
        results.append(measure(n, args.queries))
        print(f"done: {n:,} events", flush=True)
    print(report(results))


if __name__ == "__main__":
    main()
