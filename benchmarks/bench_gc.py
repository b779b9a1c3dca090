"""The garbage collector during bulk work: paused by the library, frozen by the host, or left alone.

Run by hand (not part of the test run)::

    python benchmarks/bench_gc.py                 # 10^5 events
    python benchmarks/bench_gc.py --events 1000000

Writes the synthetic JSON data file (`synthetic.py`) once, then for each way, in a fresh
interpreter (the collector's state is the process's), times ``load(extra=[file])`` and
then ``export.to_ical`` of the loaded dataset, in CPU seconds (the machine may be shared),
best of ``--repeat`` interpreters:

- ``nothing``: the collector as Python starts it, the library leaves it alone;
- ``paused``: the collector off for the load and the export (as ``collector_paused`` did);
- ``frozen``: nothing during the load, then the host calls ``gc.freeze()`` once it holds
  the dataset, so later passes skip the loaded records.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import synthetic

RUN = """
import gc, json, sys, time
import eucentralasia as eca
import eucentralasia.export
way, path = sys.argv[1], sys.argv[2]
eca.pause_collector(way == "paused")
start = time.process_time()
ds = eca.load(extra=[path])
loaded = time.process_time() - start
if way == "frozen":
    gc.freeze()
start = time.process_time()
eca.export.to_ical(ds)
exported = time.process_time() - start
collections = [s["collections"] for s in gc.get_stats()]
print(json.dumps({"load": loaded, "to_ical": exported, "collections": collections}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = synthetic.write(Path(folder), args.events, ("json",))["json"]
        print(f"{synthetic.records(args.events):,} records\n")
        print("| way | load (CPU s) | to_ical after it (CPU s) | collections (gen 0, 1, 2) |")
        print("| --- | ---: | ---: | --- |")
        for way in ("nothing", "paused", "frozen"):
            runs = []
            for _ in range(args.repeat):
                out = subprocess.run(
                    [sys.executable, "-c", RUN, way, str(path)], capture_output=True, text=True, check=True
                )
                runs.append(json.loads(out.stdout))
            load = min(r["load"] for r in runs)
            ical = min(r["to_ical"] for r in runs)
            print(f"| {way} | {load:.2f} | {ical:.2f} | {runs[-1]['collections']} |")


if __name__ == "__main__":
    main()
