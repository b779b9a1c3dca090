"""`collector_paused`: Python's cyclic garbage collector off while bulk work runs, if the host asks.

A load or an export makes millions of objects and no reference cycles, so the cyclic
collector's passes over them free nothing (`benchmarks/bench_gc.py` measures what they
cost). The collector is the host's, though, so the library leaves it alone unless the
host opts in with `pause_collector(True)`: gc has no hook to tell the library when a
host switches the collector while a load runs in another thread, so only the host can
say that pausing is safe. Once on, the pause is counted across threads under a lock, so
overlapping loads switch it off once and back on once, after the last; it is never
switched back on unless this module switched it off (a host that disabled it before a
load finds it disabled).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["PAUSE", "collector_paused", "pause_collector"]

PAUSE = False
"""Whether bulk loads and exports pause the cyclic collector (`pause_collector` sets it; off by default)."""

_lock = threading.Lock()
_depth = 0  # blocks running, in every thread
_ours = False  # whether the collector is off because the first of them switched it off


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs, as the host allows (see the module).

    Reference counting still frees what the block drops as it goes; another thread's
    garbage cycles wait until the last running block ends.
    """
    global _depth, _ours
    if not PAUSE:
        yield
        return
    with _lock:
        _depth += 1
        if _depth == 1 and gc.isenabled():
            gc.disable()
            _ours = True
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _ours:
                _ours = False
                # Switched back on only if it is still off as we left it; the host may have
                # enabled it meanwhile (then it is on) or asked for it off (we cannot tell
                # that from ours: gc has no hook, so a host wanting it off sets PAUSE).
                gc.enable()


def pause_collector(enabled: bool) -> bool:
    """Set whether loads and exports pause Python's cyclic garbage collector; return the old setting.

    Off by default: the collector is the host's, and the library leaves it as the host
    set it. A program that owns its process and loads large files of its own may switch
    the pause on: at 10^5 records it cut a load's CPU time by about a third
    (``benchmarks/bench_gc.py``). While a load or export then runs the collector is off,
    counted across threads, and back on after the last one only if it was on before the
    first; a collector the host disabled stays disabled. Do not switch it on if other
    threads switch the collector themselves while loads run: the library cannot tell
    their switch from its own.

    >>> import eucentralasia as eca
    >>> eca.pause_collector(True)
    False
    >>> eca.pause_collector(False)
    True
    """
    global PAUSE
    with _lock:
        was, PAUSE = PAUSE, bool(enabled)
    return was
