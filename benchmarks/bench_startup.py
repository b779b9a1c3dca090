"""Startup benchmark: ``import eucentralasia`` against its dependencies, ``load()``, the CLI.

Run by hand::

    python benchmarks/bench_startup.py            # best of 20 fresh interpreters each
    python benchmarks/bench_startup.py --cpu      # the imports in CPU seconds (a shared machine)

Every measurement runs in a fresh interpreter (``sys.executable``), so nothing is
cached in memory; the best of N runs is reported, as the least disturbed by the rest
of the machine. Bytecode is cached (in a temporary folder, not beside the sources), as
an installed package's is: compiling the sources on every start would be measured
otherwise (e.g. under ``PYTHONDONTWRITEBYTECODE=1``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

IMPORT = """
import time
start = time.perf_counter()
{statement}
print(time.perf_counter() - start)
"""
# The same in CPU seconds (``--cpu``): on a shared machine the wall clock measures the neighbours.
IMPORT_CPU = IMPORT.replace("perf_counter", "process_time")

LOAD = """
import json, time
import eucentralasia
start = time.perf_counter()
ds = eucentralasia.load()
first = time.perf_counter() - start
start = time.perf_counter()
eucentralasia.load()
again = time.perf_counter() - start
print(json.dumps({"first": first, "again": again, "records": len(ds)}))
"""


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(code: str) -> str:
    return subprocess.check_output([sys.executable, "-c", code], text=True, env=ENV)


def best(code: str, runs: int) -> float:
    """The best wall-clock time, in seconds, that `code` prints over `runs` interpreters."""
    run(code)  # writes the bytecode cache
    return min(float(run(code)) for _ in range(runs))


CLI = """
import subprocess, sys, time
start = time.perf_counter()
subprocess.run([sys.executable, "-m", "eucentralasia", "--help"], stdout=subprocess.DEVNULL, check=True)
print(time.perf_counter() - start)
"""
BARE = CLI.replace('"-m", "eucentralasia", "--help"', '"-c", "pass"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cpu", action="store_true", help="time the imports in CPU seconds")
    args = parser.parse_args()
    ENV["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="eucentralasia-pycache-")
    template = IMPORT_CPU if args.cpu else IMPORT
    deps = best(template.format(statement="import attrs, cattrs, pendulum"), args.runs)
    ours = best(template.format(statement="import eucentralasia"), args.runs)
    both = best(template.format(statement="import attrs, cattrs, pendulum\nimport eucentralasia"), args.runs)
    cli = best(CLI, args.runs)
    bare = best(BARE, args.runs)
    loads = [json.loads(run(LOAD)) for _ in range(args.runs)]
    first = min(run["first"] for run in loads)
    again = min(run["again"] for run in loads)
    print(f"| measurement | best of {args.runs} |")
    print("| --- | ---: |")
    print(f"| `import attrs, cattrs, pendulum` | {deps * 1e3:.1f} ms |")
    print(f"| `import eucentralasia` (dependencies included) | {ours * 1e3:.1f} ms |")
    print(f"| added by eucentralasia | {(ours - deps) * 1e3:.1f} ms ({(ours - deps) / deps:+.0%}) |")
    print(f"| (check: both, one after the other) | {both * 1e3:.1f} ms |")
    print(f"| first `load()` of the bundled data ({loads[0]['records']} records) | {first * 1e3:.1f} ms |")
    print(f"| later `load()` (cached) | {again * 1e6:.1f} µs |")
    print(f"| `python -m eucentralasia --help` (a whole process) | {cli * 1e3:.1f} ms |")
    print(f"| (a bare `python -c pass`, for scale) | {bare * 1e3:.1f} ms |")


if __name__ == "__main__":
    main()
