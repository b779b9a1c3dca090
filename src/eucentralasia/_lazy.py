"""`Lazy`: a value built on first use, exactly once, whatever the number of threads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Final, Generic, TypeVar, cast

__all__ = ["Lazy"]

T = TypeVar("T")

# What `Lazy` holds before it is built: a value of its own, so that None can be built too.
_UNBUILT: Final[Any] = object()


class Lazy(Generic[T]):
    """A value made by `build` on the first `get`, once, behind a lock; then returned as is.

    Used for what is costly and not always needed: the bundled dataset, the converter, each
    index of a collection. If `build` raises, nothing is kept and the next `get` tries again.
    """

    __slots__ = ("_build", "_lock", "_value")

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: object = _UNBUILT

    def get(self) -> T:
        """The value, built now if this is the first call."""
        value = self._value
        if value is _UNBUILT:
            with self._lock:
                value = self._value
                if value is _UNBUILT:
                    value = self._value = self._build()
        return cast("T", value)

    @property
    def built(self) -> bool:
        """Whether the value has been built."""
        return self._value is not _UNBUILT
