"""What the load's checks cost: `load` with each kind of check taken away in turn, against `json.loads`.

Run by hand (not part of the test run)::

    python benchmarks/bench_check_cost.py                  # 10^5 events, best of 3
    python benchmarks/bench_check_cost.py --events 1000000 --repeat 2

The same synthetic JSON file as `bench_loading.py --floors`, loaded with the collector
paused as that benchmark does (a program loading large files of its own would), CPU
seconds, each variant in turn so that a busy spell on a shared machine falls on each
alike. The variants take checks away cumulatively, for the measurement only (the
package's private functions replaced for the duration, then restored):

1. every check, as `load` runs;
2. without the parse's hooks (repeated keys in one object, integers too long);
3. and without the cross-record check (duplicate ids, dangling references, quotes
   against their sources' texts);
4. and without any check of a field: the column-wise path keeps only what making a
   record needs (dates parsed, enum members looked up, tuples of lists, nested records),
   with no type tests, no validators, no column checks.

The last row is what building the records and the `Dataset` costs with nothing checked
at all, the floor of this design; the difference from the first row is what the checks
cost. It answers whether a goal of "within 1.5x of `json.loads`" leaves room for them.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).parent))

import synthetic

import eucentralasia as eca
from eucentralasia import _columns, _formats, _loading, _validators

eca.pause_collector(True)  # as bench_loading.py: see bench_gc.py for the collector left alone


@contextlib.contextmanager
def no_parse_hooks() -> Iterator[None]:
    with mock.patch.object(_formats, "loads_json", json.loads):
        yield


def _no_problems(*args: Any, **kwargs: Any) -> list[Any]:
    return []


@contextlib.contextmanager
def no_cross_record_check() -> Iterator[None]:
    with no_parse_hooks(), mock.patch.object(_loading, "check", _no_problems):
        yield


FIELD = _columns._Field


def _unchecked_field(name: str, column: Any, default: Any, check: Any, validator: Any, attribute: Any) -> Any:
    return FIELD(name, column, default, None, None, attribute)


def _every_one(values: Any, kind: type) -> bool:
    return True


def _as_they_are(values: list[Any]) -> list[Any]:
    return values


def _no_column_check(validator: Any) -> None:
    return None


@contextlib.contextmanager
def no_field_checks() -> Iterator[None]:
    with (
        no_cross_record_check(),
        mock.patch.object(_columns, "_only", _every_one),
        mock.patch.object(_columns, "_strings", _as_they_are),
        mock.patch.object(_validators, "column_check", _no_column_check),
        mock.patch.object(_columns, "_Field", _unchecked_field),
    ):
        _columns._plans.clear()  # made afresh without checks, and again with them after
        try:
            yield
        finally:
            _columns._plans.clear()


VARIANTS: dict[str, Callable[[], contextlib.AbstractContextManager[None]]] = {
    "every check": contextlib.nullcontext,
    "without the parse's hooks": no_parse_hooks,
    "and without the cross-record check": no_cross_record_check,
    "and without any field check (nothing checked)": no_field_checks,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    eca.load()
    with tempfile.TemporaryDirectory() as folder:
        path = synthetic.write(Path(folder), args.events, ("json",))["json"]
        data = path.read_bytes()
        limit = 4 * len(data) + 64 * 1024 * 1024
        runs: dict[str, Callable[[], Any]] = {"`json.loads` (the floor)": lambda: json.loads(data)}
        for name, variant in VARIANTS.items():

            def run(variant: Callable[[], contextlib.AbstractContextManager[None]] = variant) -> Any:
                with variant():
                    return eca.load(extra=[path], max_bytes=limit)

            runs[name] = run
        cpu = dict.fromkeys(runs, float("inf"))
        for _ in range(args.repeat):
            for name, function in runs.items():
                gc.collect()
                start = time.process_time()
                result = function()
                cpu[name] = min(cpu[name], time.process_time() - start)
                del result
    floor = cpu.pop("`json.loads` (the floor)")
    with open("/proc/loadavg") as handle:
        load_average = " ".join(handle.read().split()[:3])
    print(
        f"{synthetic.records(args.events):,} records, {len(data) / 1e6:.0f} MB of JSON; "
        f"CPU seconds, best of {args.repeat}; load average {load_average}\n"
    )
    print("| `load` | CPU | ÷ `json.loads` |")
    print("| --- | ---: | ---: |")
    print(f"| `json.loads` of the same bytes (the floor) | {floor:.2f} s | 1.00x |")
    for name, seconds in cpu.items():
        print(f"| {name} | {seconds:.2f} s | {seconds / floor:.2f}x |")


if __name__ == "__main__":
    main()
