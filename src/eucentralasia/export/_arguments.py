"""The check every export makes first: that it was given what it exports.

An export of a whole dataset given a `RecordSet` (``ds.events``), or the reverse, would
otherwise fail deep inside with an `AttributeError`; `takes` makes it a `TypeError` that
names what was expected and what was given.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from eucentralasia._dataset import Dataset, RecordSet

__all__ = ["takes"]

P = ParamSpec("P")
T = TypeVar("T")

_HINTS = {
    Dataset: "a Dataset (eca.load(), a view of one, or Dataset(records))",
    RecordSet: "a RecordSet (one collection, such as ds.events)",
}
_INSTEAD = {
    Dataset: "; pass one of its collections, such as ds.events",
    RecordSet: "; pass the dataset it belongs to, or Dataset(records)",
}


def takes(expected: type[Dataset] | type[RecordSet[Any]]) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Make an export refuse a first argument that is not an `expected` with a `TypeError`."""

    def decorate(export: Callable[P, T]) -> Callable[P, T]:
        name = next(iter(inspect.signature(export).parameters))

        @functools.wraps(export)
        def checked(*args: P.args, **kwargs: P.kwargs) -> T:
            first = args[0] if args else kwargs.get(name)
            if not isinstance(first, expected):
                given = type(first).__name__
                hint = _INSTEAD.get(type(first), "")  # the other of the two: say which to pass
                raise TypeError(f"{export.__name__}() expected {_HINTS[expected]}, got {given}{hint}")
            return export(*args, **kwargs)

        return checked

    return decorate
