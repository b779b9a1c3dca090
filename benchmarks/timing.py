"""`best`: the one timing rule of the benchmarks, best wall-clock time of a few calls."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def best(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The best wall-clock time of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        result = None  # the last result must not stay resident while the next is made
        gc.collect()
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result
