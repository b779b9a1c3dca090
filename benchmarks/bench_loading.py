"""Loading benchmark: JSON and TOML data files against their parsers, memory, wide windows, startup.

Run by hand (not part of the test run)::

    python benchmarks/bench_loading.py                       # 10^5 events, TOML and JSON
    python benchmarks/bench_loading.py --sizes 100000 1000000 --toml-max 100000
    python benchmarks/bench_loading.py --floors --sizes 100000 1000000   # load, json.loads, msgspec only

Each size writes a synthetic data file (`synthetic.py`: events, officials, organizations
and one source whose text every quote stands in) as JSON and as TOML, then measures in
this one process, best of ``--repeat`` runs:

- ``json.loads`` of the JSON file's bytes (the floor; also with the cyclic garbage
  collector paused, as `load` runs, the parse's own floor) and ``load(extra=[json file])``;
- ``tomllib.loads`` (the floor), tomli's where installed, and ``load(extra=[toml file])``;
- the same load in a fresh interpreter: its time, its peak resident memory (``VmHWM``)
  and bytes per record (the resident memory it adds, an upper bound on what the records
  hold: freed parser garbage that the allocator keeps counts too);
- a one-year ``between`` (thousands of hits) against a numpy mask over day numbers and an
  sqlite R-tree over the same events' first and last days;
- ``export.to_json`` against ``json.dumps`` of the same records;
- the peers (`peers.py`), on the same JSON bytes: msgspec's typed decode into equivalent
  Structs and pydantic's ``validate_json`` into equivalent models, where installed
  (``pip install -e . --group bench``); a peer that is not installed gets a row saying so.
  Before measuring, each peer is checked to decode every record of a 10^3-event file.

Then, in fresh interpreters, the bundled first ``load()`` and the import ratio
(`bench_startup.py`). Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import bench_startup
import peers
import synthetic
from timing import best

import eucentralasia as eca
from eucentralasia import _formats

# As a program loading large files of its own would: the library leaves the collector
# alone unless asked (bench_gc.py measures both ways).
eca.pause_collector(True)


def paused(function: Callable[[], Any]) -> Callable[[], None]:
    """`function` run with the cyclic garbage collector paused, as `load` runs; its result dropped."""

    def run() -> None:
        gc.disable()
        try:
            function()
        finally:
            gc.enable()

    return run


# A load in a fresh interpreter: its time, and the resident memory it adds and peaks at.
FRESH_LOAD = """
import json, os, sys, time
import eucentralasia as eca
eca.pause_collector(True)

def status(key):
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) * 1024 for line in handle if line.startswith(key))

eca.load()
before = status("VmRSS:")
start = time.perf_counter()
dataset = eca.load(extra=[sys.argv[1]], max_bytes=int(sys.argv[2]))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "before": before, "after": status("VmRSS:"),
                  "peak": status("VmHWM:"), "records": len(dataset)}))
"""


def fresh_load(path: Path, limit: int) -> dict[str, Any]:
    """`load(extra=[path])` in a fresh interpreter: seconds, resident bytes before, after and at peak."""
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", FRESH_LOAD, str(path), str(limit)], check=True, capture_output=True, text=True
    )
    return dict(json.loads(out.stdout))


def rate(records: int, seconds: float) -> str:
    return f"{records / seconds:,.0f}"


def measure(events: int, folder: Path, repeat: int, toml: bool, readers: dict[str, Any]) -> dict[str, Any]:
    forms = ("json", "toml") if toml else ("json",)
    paths = synthetic.write(folder, events, forms)
    records = synthetic.records(events) + len(eca.load())
    row: dict[str, Any] = {"events": events, "records": records, "file_records": synthetic.records(events)}
    data = paths["json"].read_bytes()
    row["json_mb"] = len(data) / 1e6
    limit = 4 * len(data) + 64 * 1024 * 1024
    row["json_floor"], _ = best(lambda: json.loads(data) and None, repeat)
    row["json_floor_paused"], _ = best(paused(lambda: json.loads(data)), repeat)
    for name, peer in readers.items():
        row[name], document = best(lambda peer=peer: peer.decode(data), repeat)
        assert peers.counted(document) == row["file_records"], name
        del document
    fresh = fresh_load(paths["json"], limit)
    row["fresh_load"], row["peak_mb"] = fresh["seconds"], fresh["peak"] / 1e6
    row["bytes_per_record"] = (fresh["after"] - fresh["before"]) / records
    row["json_load"], ds = best(lambda: eca.load(extra=[paths["json"]], max_bytes=limit), repeat)
    if toml:
        text = paths["toml"].read_text(encoding="utf-8")
        row["toml_mb"] = len(text.encode()) / 1e6
        row["tomllib"], _ = best(lambda: tomllib.loads(text) and None, repeat)
        parser = _formats.toml_parser()
        row["parser"] = parser.__name__
        row["parser_floor"], _ = best(lambda: parser.loads(text) and None, repeat)
        row["toml_load"], _ = best(lambda: eca.load(extra=[paths["toml"]], max_bytes=limit) and None, repeat)
    row.update(windows(ds, repeat))
    row.update(exports(ds, repeat))
    del ds
    gc.collect()
    return row


def floors(events: int, folder: Path, repeat: int, readers: dict[str, Any]) -> dict[str, Any]:
    """`json.loads`, `load` and msgspec on the same JSON bytes, taking turns: best CPU and wall seconds.

    CPU time as well as wall-clock: on a shared machine the wall clock measures the
    neighbours; turns, so that a busy spell falls on each alike.
    """
    path = synthetic.write(folder, events, ("json",))["json"]
    data = path.read_bytes()
    limit = 4 * len(data) + 64 * 1024 * 1024
    runs: dict[str, Callable[[], Any]] = {
        "json.loads": lambda: json.loads(data),
        "load": lambda: eca.load(extra=[path], max_bytes=limit),
    }
    if "msgspec" in readers:
        runs["msgspec"] = lambda: readers["msgspec"].decode(data)
    cpu: dict[str, float] = dict.fromkeys(runs, float("inf"))
    wall = dict(cpu)
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            start, clock = time.process_time(), time.perf_counter()
            result = run()
            cpu[name] = min(cpu[name], time.process_time() - start)
            wall[name] = min(wall[name], time.perf_counter() - clock)
            del result
    with open("/proc/loadavg") as handle:
        load_average = " ".join(handle.read().split()[:3])
    records = synthetic.records(events) + len(eca.load())
    return {"records": records, "json_mb": len(data) / 1e6, "cpu": cpu, "wall": wall, "loadavg": load_average}


def print_floors(rows: list[dict[str, Any]]) -> None:
    print(
        "| records | JSON MB | `json.loads` | `load` | x `json.loads` | msgspec | `load` x msgspec "
        "| load average |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in rows:
        cpu, wall = r["cpu"], r["wall"]
        peer = cpu.get("msgspec")
        print(
            f"| {r['records']:,} | {r['json_mb']:.0f} "
            f"| {cpu['json.loads']:.2f} s CPU ({wall['json.loads']:.2f} s) "
            f"| {cpu['load']:.2f} s CPU ({wall['load']:.2f} s) | {cpu['load'] / cpu['json.loads']:.2f}x "
            f"({wall['load'] / wall['json.loads']:.2f}x) "
            + (f"| {peer:.2f} s CPU | {cpu['load'] / peer:.1f}x " if peer else "| not installed | ")
            + f"| {r['loadavg']} |"
        )


def windows(ds: eca.Dataset, repeat: int) -> dict[str, Any]:
    """A one-year `between` against a numpy mask over the same day numbers."""
    import numpy as np

    events = list(ds.events)
    firsts = np.array([e.date.start().toordinal() if e.date else 0 for e in events], dtype=np.int64)
    lasts = np.array([e.date.end().toordinal() if e.date else -1 for e in events], dtype=np.int64)
    ordered = np.array(events, dtype=object)
    lo, hi = eca.PartialDate(2015).start().toordinal(), eca.PartialDate(2015).end().toordinal()
    ds.events.between("2015", "2015")  # builds the date index
    between, found = best(lambda: len(ds.events.between("2015", "2015")), repeat * 5)
    mask, hits = best(lambda: len(ordered[(firsts <= hi) & (lasts >= lo)]), repeat * 5)
    assert found == hits, (found, hits)
    build, db = best(lambda: rtree(events), 1)
    query = "SELECT id FROM spans WHERE last >= ? AND first <= ?"
    tree, rows = best(lambda: len([events[i] for (i,) in db.execute(query, (lo, hi))]), repeat * 5)
    assert rows == found, (rows, found)
    db.close()
    return {"window_hits": hits, "between": between, "numpy": mask, "rtree": tree, "rtree_build": build}


def rtree(events: list[eca.Event]) -> sqlite3.Connection:
    """An in-memory sqlite R-tree over the dated events' (first day, last day), by position."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE spans USING rtree_i32(id, first, last)")
    spans = (
        (i, e.date.start().toordinal(), e.date.end().toordinal()) for i, e in enumerate(events) if e.date
    )
    db.executemany("INSERT INTO spans VALUES (?, ?, ?)", spans)
    db.commit()
    return db


def exports(ds: eca.Dataset, repeat: int) -> dict[str, Any]:
    """`export.to_json` against `json.dumps` of the records already unstructured."""
    from eucentralasia import export
    from eucentralasia._serialization import shared_converter

    document = {
        name: [shared_converter().unstructure(r) for r in ds.collection(name)] for name in ds.registry
    }
    floor, _ = best(lambda: json.dumps(document, ensure_ascii=False, indent=2), repeat)
    ours, _ = best(lambda: export.to_json(ds), repeat)
    return {"dumps": floor, "to_json": ours}


def startup(runs: int) -> dict[str, float]:
    """Import times and the bundled first load, each in fresh interpreters (bench_startup)."""
    bench_startup.ENV["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="eucentralasia-pycache-")
    deps = bench_startup.best(bench_startup.IMPORT.format(statement="import attrs, cattrs, pendulum"), runs)
    ours = bench_startup.best(bench_startup.IMPORT.format(statement="import eucentralasia"), runs)
    loads = [json.loads(bench_startup.run(bench_startup.LOAD)) for _ in range(runs)]
    return {"deps": deps, "ours": ours, "first": min(r["first"] for r in loads)}


def print_peers(rows: list[dict[str, Any]], readers: dict[str, Any]) -> None:
    """The peers' tables: the same JSON bytes read by each, and the one-year window."""
    for r in rows:
        n, floor = r["file_records"], r["json_floor"]
        print()
        print(
            f"| reading {n:,} records ({r['json_mb']:.0f} MB of JSON) | time | records/s | x `json.loads` |"
        )
        print("| --- | ---: | ---: | ---: |")
        print(f"| `json.loads` (untyped: the floor) | {floor:.2f} s | {rate(n, floor)} | 1.0x |")
        for name, reader in PEER_ROWS.items():
            if name in readers:
                print(f"| {reader} | {r[name]:.2f} s | {rate(n, r[name])} | {r[name] / floor:.1f}x |")
            else:
                print(f"| {reader} | not installed | | |")
        print(
            f"| `load(extra=[json file])`, the {r['records'] - n} bundled records too "
            f"| {r['json_load']:.2f} s | {rate(r['records'], r['json_load'])} "
            f"| {r['json_load'] / floor:.1f}x |"
        )
    print()
    print(
        "| records | 1-year window hits | `between` | numpy mask | sqlite R-tree | x R-tree | R-tree build |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['records']:,} | {r['window_hits']:,} | {r['between'] * 1e6:,.0f} µs "
            f"| {r['numpy'] * 1e6:,.0f} µs | {r['rtree'] * 1e6:,.0f} µs | {r['between'] / r['rtree']:.1f}x "
            f"| {r['rtree_build'] * 1e3:,.0f} ms |"
        )


PEER_ROWS = {
    "msgspec": "msgspec `json.Decoder(Document).decode` (Structs)",
    "msgspec-types": "msgspec, the same Structs with types only (no patterns, codes, lengths)",
    "pydantic": "pydantic `TypeAdapter(Document).validate_json` (models)",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--toml-max", type=int, default=100_000, help="largest size also written as TOML")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=20, help="fresh interpreters for the startup rows")
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument(
        "--floors",
        action="store_true",
        help="only load against json.loads and msgspec, taking turns, in CPU and wall seconds",
    )
    args = parser.parse_args()
    eca.load()
    readers = peers.available()
    peers.check(readers)
    if args.floors:
        print_floors(
            [
                floors(events, (args.folder or Path(tempfile.mkdtemp())) / str(events), args.repeat, readers)
                for events in args.sizes
            ]
        )
        return
    rows = []
    for events in args.sizes:
        folder = args.folder or Path(tempfile.mkdtemp(prefix="eucentralasia-bench-"))
        repeat = args.repeat if events <= 100_000 else 1
        rows.append(measure(events, folder / str(events), repeat, events <= args.toml_max, readers))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(
        "| records | JSON MB | `json.loads` | paused collector | `load` (JSON) | records/s | x `json.loads` "
        "| x paused | fresh process | peak resident | bytes/record |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['records']:,} | {r['json_mb']:.0f} | {r['json_floor']:.2f} s "
            f"| {r['json_floor_paused']:.2f} s "
            f"| {r['json_load']:.2f} s | {rate(r['records'], r['json_load'])} "
            f"| {r['json_load'] / r['json_floor']:.1f}x | {r['json_load'] / r['json_floor_paused']:.1f}x "
            f"| {r['fresh_load']:.2f} s | {r['peak_mb']:,.0f} MB | {r['bytes_per_record']:,.0f} |"
        )
    print()
    print(
        "| records | TOML MB | `tomllib.loads` | parser used | its `loads` | `load` (TOML) | records/s "
        "| x tomllib |"
    )
    print("| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for r in rows:
        if "toml_load" in r:
            print(
                f"| {r['records']:,} | {r['toml_mb']:.0f} | {r['tomllib']:.2f} s | {r['parser']} "
                f"| {r['parser_floor']:.2f} s | {r['toml_load']:.2f} s "
                f"| {rate(r['records'], r['toml_load'])} "
                f"| {r['toml_load'] / r['tomllib']:.2f}x |"
            )
    print()
    print(
        "| records | 1-year window hits | `between` | numpy mask | x numpy | `to_json` | `json.dumps` "
        "| x floor |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['records']:,} | {r['window_hits']:,} | {r['between'] * 1e6:,.0f} µs "
            f"| {r['numpy'] * 1e6:,.0f} µs "
            f"| {r['between'] / r['numpy']:.1f}x | {r['to_json']:.2f} s | {r['dumps']:.2f} s "
            f"| {r['to_json'] / r['dumps']:.1f}x |"
        )
    print_peers(rows, readers)
    if args.runs:
        s = startup(args.runs)
        print()
        print(f"| startup, best of {args.runs} fresh interpreters | |")
        print("| --- | ---: |")
        print(f"| `import attrs, cattrs, pendulum` | {s['deps'] * 1e3:.1f} ms |")
        print(f"| `import eucentralasia` | {s['ours'] * 1e3:.1f} ms ({s['ours'] / s['deps']:.2f}x) |")
        print(f"| first `load()` of the bundled data | {s['first'] * 1e3:.1f} ms |")


if __name__ == "__main__":
    main()
