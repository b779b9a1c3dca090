"""`Lazy`: built once on first use, whatever it builds (None included), rebuilt after a failure."""

from __future__ import annotations

import gc

import pytest

from eucentralasia import _validators
from eucentralasia._lazy import Lazy


def test_a_value_is_built_once_even_none() -> None:
    calls: list[int] = []
    lazy: Lazy[None] = Lazy(lambda: calls.append(1))
    assert not lazy.built
    assert lazy.get() is None
    assert lazy.get() is None
    assert lazy.built
    assert calls == [1]


def test_a_failed_build_keeps_nothing() -> None:
    outcomes = iter([ValueError("first"), 42])

    def build() -> int:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    lazy = Lazy(build)
    with pytest.raises(ValueError, match="first"):
        lazy.get()
    assert not lazy.built
    assert lazy.get() == 42


def test_the_bulk_checks_of_validators_go_with_them() -> None:
    gc.collect()
    before = len(_validators._COLUMN)
    for _ in range(50):

        class Made:
            pass

        _validators.each(_validators.instance_of(Made))
    gc.collect()
    assert len(_validators._COLUMN) == before


def test_the_import_leaves_cattrs_and_pendulum_to_first_use() -> None:
    # What bench_startup.py measures: they are imported where a converter is made (a user's
    # file, an export) and where a date is asked for its days as pendulum dates.
    code = (
        "import sys, eucentralasia as eca; "
        "print(sorted(m for m in ('cattrs', 'pendulum', 'tomllib', 'json') if m in sys.modules)); "
        "next(iter(eca.load().events)).date.start(); print('pendulum' in sys.modules)"
    )
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    imported, after_start = out.splitlines()
    assert imported == "[]"
    assert after_start == "True"
