"""The errors users meet: `DataError` (with its `Problem` s), `UnknownIdError`, `FieldError`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = ["MAX_MESSAGE", "DataError", "FieldError", "Problem", "UnknownIdError", "shown"]


MAX_MESSAGE = 1_000
"""The longest a `Problem` message gets: one quoting a huge value is cut to this many characters."""


SHOWN_CHARS = 80
"""The most of a value's repr a message quotes (`shown`)."""


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """`value`'s repr as a message quotes it: cut after `limit` characters, saying so.

    The one way every message shows a value it refuses: a message quotes the value, it
    need not reproduce it. A text is cut before its repr, so the count is its own length.

    >>> shown("2025-13"), shown("2" * 100)[-25:], shown(list(range(100)))[-26:]
    ("'2025-13'", "2222'... (100 characters)", ' 21, 2... (390 characters)')
    """
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        return f"{value[:limit]!r}... ({len(value)} characters)"
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def _bounded(text: str, limit: int = MAX_MESSAGE) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... (cut: {len(text):,} characters)"


@attrs.frozen
class Problem:
    """One thing wrong with the data: where it is and what was expected there.

    `file` is the data file (or ``"<bundled>/events.toml"`` for the package's own data),
    `record` the record's id (None when the file itself is at fault), `field` a path such
    as ``citations[0].start`` (empty when the whole record is at fault). A message longer
    than `MAX_MESSAGE` characters is cut, saying so.
    """

    file: str
    record: str | None
    field: str
    message: str = attrs.field(converter=_bounded)

    def __str__(self) -> str:
        where = _bounded(self.file, 200)
        if self.record is not None:
            where += f", record {_bounded(repr(self.record), 200)}"
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.message}"


class DataError(ValueError):
    """Data that cannot be loaded, with every problem found in it.

    Raised by `load` when a data file is unreadable, not TOML, breaks the schema or fails
    a cross-record check. Nothing is loaded when it is raised. `problems` lists each
    problem as a `Problem`; the message lists them one per line.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        heading = f"{count} problem{'s' if count != 1 else ''} in the data"
        super().__init__("\n".join([heading + ":", *(f"  {p}" for p in self.problems)]))

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...]]]:
        # Rebuilt from its problems, so it survives pickling (e.g. out of a worker process).
        return (DataError, (self.problems,))


class FieldError(ValueError):
    """A value a record's validator refuses: the field path and what was expected there.

    `path` is relative to the record being built (``"countries[2]"``), `message` says what
    was expected and what was given. The loader reads both as data to report a `Problem`;
    ``str(error)`` is ``"path: message"``.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        return (FieldError, (self.path, self.message))


class UnknownIdError(KeyError):
    """No record has the id asked for; the message suggests the closest ids.

    A `KeyError`, so ``except KeyError`` catches it. `id` is the id asked for and
    `suggestions` the closest existing ids (possibly none).
    """

    def __init__(self, id: str, suggestions: Sequence[str] = (), what: str = "record") -> None:
        self.id = id
        self.suggestions = tuple(suggestions)
        self._what = what
        message = f"no {what} with id {id!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        # KeyError's own __str__ would print the message as a quoted repr.
        return self.message

    def __reduce__(self) -> tuple[type[UnknownIdError], tuple[str, tuple[str, ...], str]]:
        return (UnknownIdError, (self.id, self.suggestions, self._what))


# Tracebacks name the classes where users import them from, not the private module.
DataError.__module__ = FieldError.__module__ = UnknownIdError.__module__ = "eucentralasia"
