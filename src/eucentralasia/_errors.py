"""`DataError`: every problem found in a set of data files, reported at once."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["DataError", "Problem"]


@attrs.frozen
class Problem:
    """One thing wrong with the data: where it is and what was expected there.

    `file` is the data file (or ``"<bundled>/events.toml"`` for the package's own data),
    `record` the record's id (None when the file itself is at fault), `field` a path such
    as ``citations[0].start`` (empty when the whole record is at fault).
    """

    file: str
    record: str | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record is not None:
            where += f", record {self.record!r}"
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


# Tracebacks name the class where users import it from, not the private module.
DataError.__module__ = "eucentralasia"
