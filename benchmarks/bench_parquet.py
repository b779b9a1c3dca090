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
    """The synthetic data as JSON Lines, one record at a time, with each quote's text."""
    for collection, record, quote in synthetic.stream(events, seed):
        yield json.dumps({collection: record}, ensure_ascii=False), quote + ". "


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
