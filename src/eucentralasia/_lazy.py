"""`Lazy`: a value built on first use, exactly once, whatever the number of threads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Lazy"]

T = TypeVar("T")


class Lazy(Generic[T]):
    """A value made by `build` on the first `get`, once, behind a lock; then returned as is.

    Used for what is costly and not always needed: the bundled dataset, the converter, each
    index of a collection. If `build` raises, nothing is kept and the next `get` tries again.
    """

    __slots__ = ("_build", "_lock", "_value")

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: T | None = None

    def get(self) -> T:
        """The value, built now if this is the first call."""
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = self._build()
        return value

    @property
    def built(self) -> bool:
        """Whether the value has been built."""
        return self._value is not None
