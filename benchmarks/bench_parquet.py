"""Data in and out at scale: data files to Parquet, and DuckDB over the result.

For each size, the synthetic data of `synthetic.py` is written as one JSON file and as
one JSON Lines file; then, each in a fresh interpreter (so that its peak resident memory
is its own, read from /proc/self/status):

- ``load + write_parquet``: `eucentralasia.load` then `export.write_parquet`;
- ``load_to_parquet``: the streaming path, from the JSON Lines file (and from the JSON);
- ``duckdb JSON -> Parquet``: DuckDB reading the JSON Lines file itself and writing
  Parquet, with none of the checks;

and, in this process, one question asked of our Parquet folder and of the JSON Lines
file by DuckDB (checked to give the same answer).

    python benchmarks/bench_parquet.py --sizes 100000 1000000
    python benchmarks/bench_parquet.py --sizes 10000000 --kinds stream
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import synthetic


def jsonl_lines(events: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """The synthetic data as JSON Lines, one record at a time, with each quote's text.

    The same records as `synthetic.document`, made as they are written, so that 10^7
    events never stand in memory at once.
    """
    rng = random.Random(seed)
    n_officials, n_organizations = max(1, events // 10), max(1, events // 100)
    offset = 0

    def cite(quote: str) -> dict[str, Any]:
        nonlocal offset
        start = offset
        offset += len(quote) + 2
        return {"source": "synthetic-source", "quote": quote, "start": start, "end": start + len(quote)}

    def line(collection: str, record: dict[str, Any], quote: str) -> tuple[str, str]:
        return json.dumps({collection: record}, ensure_ascii=False), quote + ". "

    for i in range(n_organizations):
        quote = f"Organization {i}"
        record = {
            "id": f"organization-{i}",
            "name": quote,
            "kind": "ministry",
            "country": rng.choice(synthetic.COUNTRIES),
            "citations": [cite(quote)],
        }
        yield line("organizations", record, quote)
    for i in range(n_officials):
        quote = f"Official Number {i}"
        record = {
            "id": f"official-{i}",
            "name": quote,
            "country": rng.choice(synthetic.COUNTRIES),
            "roles": [
                {
                    "title": "Minister",
                    "organization": f"organization-{i % n_organizations}",
                    "source": "synthetic-source",
                }
            ],
            "citations": [cite(quote)],
        }
        yield line("officials", record, quote)
    for i in range(events):
        countries = rng.sample(synthetic.COUNTRIES, rng.randint(1, 3))
        quote = f"meeting {i}"
        record = {
            "id": f"event-{i}",
            "title": f"Meeting number {i} on trade and transport",
            "kind": "meeting",
            "date": synthetic._date(rng),
            "date_basis": "stated",
            "status": "held",
            "location": {"place": "Astana", "country": countries[0]},
            "participants": [f"official-{j}" for j in rng.sample(range(n_officials), min(3, n_officials))],
            "countries": countries,
            "summary": f"Summary of meeting {i}.",
            "citations": [cite(quote)],
        }
        yield line("events", record, quote)
    quote = synthetic.SOURCE_TITLE
    source = synthetic.source_record(cite(quote))
    yield line("sources", source, quote)  # last: the quotes before it are checked all the same


def write_jsonl(folder: Path, events: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "synthetic.jsonl"
    with (
        path.open("w", encoding="utf-8") as lines,
        (folder / "synthetic.txt").open("w", encoding="utf-8") as text,
    ):
        for record, quote in jsonl_lines(events):
            lines.write(record + "\n")
            text.write(quote)
    return path


RUN = """
import json, os, sys, time
kind, data, out = sys.argv[1:4]
# Files here outgrow load's default limit of 64 MiB (the limit is allocated: not more).
limit = os.path.getsize(data) + (1 << 20)

def status(key):
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) * 1024 for line in handle if line.startswith(key))

start = time.perf_counter()
if kind == "duckdb":
    import duckdb
    db = duckdb.connect()
    db.execute("SET threads = 1")
    db.execute("SET enable_progress_bar = false")
    db.execute(f"COPY (SELECT unnest(events) FROM read_json('{data}', format='newline_delimited', "
               f"sample_size=-1) WHERE events IS NOT NULL) TO '{out}/events.parquet' (FORMAT parquet)")
else:
    import eucentralasia as eca
    from eucentralasia import export
    if kind == "load":
        ds = eca.load(data, max_bytes=limit)
        middle = time.perf_counter()
        export.write_parquet(ds, out)
    else:
        export.load_to_parquet(data, out, max_bytes=limit)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak": status("VmHWM:"),
                  "load": (middle - start) if kind == "load" else None}))
"""


def fresh(kind: str, data: Path, out: Path) -> dict[str, Any]:
    """One conversion in a fresh interpreter: seconds and peak resident bytes."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", RUN, kind, str(data), str(out)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


QUESTION = (
    "SELECT {year} AS year, count(*) AS events FROM {events}"
    # The synthetic events only: our Parquet holds the bundled records too.
    " WHERE starts_with(id, 'event-') AND list_contains(countries, 'KZ') GROUP BY 1 ORDER BY 1"
)


def question(parquet: Path, jsonl: Path, repeat: int) -> dict[str, float]:
    """Events with Kazakhstan per year: over our Parquet, and over the JSON Lines file."""
    import duckdb

    db = duckdb.connect()
    db.execute("SET threads = 1")
    ours = QUESTION.format(year="year(date_start)", events=f"'{parquet}/events.parquet'")
    raw = QUESTION.format(
        year="CAST(left(date, 4) AS INTEGER)",  # EDTF text: the year leads every form here
        events=f"(SELECT unnest(events) FROM read_json('{jsonl}', format='newline_delimited', sample_size=-1)"
        " WHERE events IS NOT NULL)",
    )
    times = {}
    answers = {}
    for name, sql in (("parquet", ours), ("jsonl", raw)):
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            answers[name] = db.execute(sql).fetchall()
            best = min(best, time.perf_counter() - start)
        times[name] = best
    assert answers["parquet"] == answers["jsonl"], "the two queries disagree"
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--kinds",
        nargs="+",
        choices=["load", "stream", "duckdb"],
        default=["load", "stream", "duckdb"],
        help="the conversions to run (--kinds stream for 10^7); the query needs stream",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each DuckDB query (best kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        for events in args.sizes:
            folder = Path(work) / str(events)
            jsonl = write_jsonl(folder, events)
            size = jsonl.stat().st_size
            records = synthetic.records(events)
            row: dict[str, Any] = {"events": events, "records": records, "jsonl_mb": size / 1e6}
            for kind in args.kinds:
                out = folder / f"out-{kind}"
                out.mkdir()
                row[kind] = fresh(kind, jsonl, out)
                print(kind, row[kind], file=sys.stderr, flush=True)
            if "stream" in args.kinds:
                row["query"] = question(folder / "out-stream", jsonl, args.repeat)
                row["parquet_mb"] = sum(p.stat().st_size for p in (folder / "out-stream").iterdir()) / 1e6
            with open("/proc/loadavg") as handle:
                row["loadavg"] = handle.read().split()[:3]
            print(json.dumps(row), flush=True)
            for path in sorted(folder.rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()


if __name__ == "__main__":
    main()
