"""The data release: `Dataset.version` and the redirects of retired ids.

``data/release/release.toml`` lists the releases of the bundled data (CalVer
``YYYY.MM.N``, newest first, each with the checksum of the data files it names) and every
id the data has retired, with the id it became (or none), when and why. Ids are never
reused: the loader refuses a record whose id was retired, and `Dataset.get`,
`Dataset.involving` and `Dataset.related` follow a redirect to the current record,
saying so with a `RetiredIdWarning`.
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import functools
import re
import warnings
from collections.abc import Mapping
from importlib.resources import files
from typing import Any, Final

import attrs

from ._errors import Problem, UnknownIdError

__all__ = [
    "Redirect",
    "Release",
    "RetiredIdError",
    "RetiredIdWarning",
    "follow",
    "read_redirects",
    "redirect_problems",
    "release",
]

_CALVER: Final = re.compile(r"\d{4}\.(?:[1-9]|1[0-2])\.\d+")
_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@attrs.frozen
class Redirect:
    """A retired id: the id it became (`to`, None when nothing took its place), when and why."""

    id: str
    to: str | None
    retired: str
    reason: str

    def describe(self) -> str:
        """One line for people: ``'old' was merged into 'new' on DATE: reason``."""
        if self.to is None:
            return f"{self.id!r} was retired on {self.retired}: {self.reason}"
        return f"{self.id!r} was merged into {self.to!r} on {self.retired}: {self.reason}"


@attrs.frozen
class Release:
    """The bundled data's release: its `version`, the `checksum` it names, and the `redirects`."""

    version: str
    checksum: str
    versions: tuple[tuple[str, str], ...]
    redirects: Mapping[str, Redirect]

    def follow(self, id: str) -> tuple[str | None, tuple[Redirect, ...]]:
        """Where a retired `id` leads now (None: nowhere) and the redirects on the way."""
        return follow(self.redirects, id)


def follow(redirects: Mapping[str, Redirect], id: str) -> tuple[str | None, tuple[Redirect, ...]]:
    """Where `id` leads through `redirects` (None: nowhere) and the redirects on the way.

    A cycle stops where it closes: `parse_release` and the loader refuse one.
    """
    seen: list[Redirect] = []
    current: str | None = id
    while current is not None and current in redirects:
        redirect = redirects[current]
        if redirect in seen:
            break
        seen.append(redirect)
        current = redirect.to
    return current, tuple(seen)


class RetiredIdWarning(UserWarning):
    """An id the data has retired was asked for; the record it became was given instead."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


class RetiredIdError(UnknownIdError):
    """An id the data has retired, with no record in its place; the message says when and why."""

    def __init__(self, redirect: Redirect) -> None:
        super().__init__(redirect.id)
        self.redirect = redirect
        self.message = redirect.describe()

    def __reduce__(self) -> tuple[Any, ...]:
        return (RetiredIdError, (self.redirect,))


# Tracebacks and doctests name them where users import them from, as the other errors.
RetiredIdError.__module__ = RetiredIdWarning.__module__ = "eucentralasia"


def parse_release(text: str) -> Release:
    """The release described by the TOML `text`; a `ValueError` says what is wrong with it."""
    import tomllib  # on first use: `import eucentralasia` need not import the TOML parser

    document = tomllib.loads(text)
    versions = [(str(v["version"]), str(v["checksum"])) for v in document.get("versions", [])]
    if not versions:
        raise ValueError("release: no [[versions]]")
    for version, _ in versions:
        if not _CALVER.fullmatch(version):
            raise ValueError(f"release: version {version!r} is not CalVer YYYY.MM.N")
    if len({v for v, _ in versions}) != len(versions) or len({c for _, c in versions}) != len(versions):
        raise ValueError("release: a version or checksum is listed twice")
    redirects: dict[str, Redirect] = {}
    for table in document.get("redirects", []):
        redirect = Redirect(table["id"], table.get("to"), str(table["retired"]), table["reason"])
        for value in (redirect.id, redirect.to):
            if value is not None and not _ID.fullmatch(value):
                raise ValueError(f"release: redirect id {value!r} is not a kebab-case id")
        if redirect.id in redirects or redirect.id == redirect.to:
            raise ValueError(f"release: {redirect.id!r} is redirected twice or to itself")
        redirects[redirect.id] = redirect
    found = Release(versions[0][0], versions[0][1], tuple(versions), redirects)
    for id in redirects:
        seen = {id}
        current = redirects[id].to
        while current in redirects:
            if current in seen:
                raise ValueError(f"release: the redirects from {id!r} go round in a cycle")
            seen.add(current)
            current = redirects[current].to
    return found


READING_PAST_RELEASE: Final = contextvars.ContextVar("past_release", default=False)
"""True while `diff` reads an earlier release, whose records may hold ids retired since."""


def reuse_forbidden() -> Mapping[str, Redirect]:
    """The retired ids the loader refuses: all of them, except while reading a past release."""
    return {} if READING_PAST_RELEASE.get() else release().redirects


@functools.cache
def release() -> Release:
    """The bundled data's release, read once from ``data/release/release.toml``."""
    text = (files("eucentralasia") / "data" / "release" / "release.toml").read_text(encoding="utf-8")
    return parse_release(text)


def redirected(
    id: str,
    present: Mapping[str, object] | None = None,
    stacklevel: int = 3,
    redirects: Mapping[str, Redirect] | None = None,
) -> str | None:
    """The current id for a retired `id`, warning that it was retired; None if `id` is not retired.

    Raises `RetiredIdError` when the id leads to nothing (or, given `present`, to no id in it).
    `stacklevel` points the warning at the user's call, as `warnings.warn` counts it.
    `redirects` are the bundled data's unless given (a dataset with the user's own).
    """
    current, path = follow(release().redirects if redirects is None else redirects, id)
    if not path:
        return None
    if current is None or (present is not None and current not in present):
        raise RetiredIdError(path[-1] if current is None else path[0])
    warnings.warn("; ".join(r.describe() for r in path), RetiredIdWarning, stacklevel=stacklevel)
    return current


_FIELDS: Final = ("id", "to", "retired", "reason")


def read_redirects(name: str, tables: object, problems: list[Problem]) -> list[Redirect]:
    """The redirects a user's data file `name` lists (its ``[[redirects]]``), each checked alone.

    What is wrong with one goes to `problems` (file, id, field, what was expected);
    `redirect_problems` checks them against the records and the bundled redirects.
    """
    if not isinstance(tables, list):
        problems.append(Problem(name, None, "redirects", "expected an array of tables ([[redirects]])"))
        return []
    found: list[Redirect] = []
    for number, table in enumerate(tables):
        where = f"redirects[{number}]"
        if not isinstance(table, dict):
            problems.append(
                Problem(name, None, where, "expected a table ([[redirects]]) of id, to, retired, reason")
            )
            continue
        raw = table.get("id")
        record = raw if isinstance(raw, str) else None
        before = len(problems)

        def wrong(field: str, message: str, record: str | None = record, where: str = where) -> None:
            path = field if record is not None else f"{where}.{field}"
            problems.append(Problem(name, record, path, message))

        for key in table:
            if key not in _FIELDS:
                wrong(str(key), f"unknown field {key!r}: expected {', '.join(_FIELDS)}")
        to = table.get("to")
        for field, value in (("id", raw), ("to", to)):
            if (field == "id" or value is not None) and not (isinstance(value, str) and _ID.fullmatch(value)):
                wrong(field, f"expected a kebab-case id (such as 'old-event'), got {value!r}")
        if to is not None and to == raw:
            wrong("to", "expected the id the record became: an id cannot lead to itself")
        retired = table.get("retired")
        if isinstance(retired, _dt.date) and not isinstance(retired, _dt.datetime):
            retired = retired.isoformat()  # a TOML date
        try:
            if not isinstance(retired, str) or len(retired) != 10:
                raise ValueError
            _dt.date.fromisoformat(retired)
        except ValueError:
            wrong(
                "retired", f"expected the date the id was retired, YYYY-MM-DD, got {table.get('retired')!r}"
            )
        reason = table.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            wrong("reason", f"expected text saying why the id was retired, got {reason!r}")
        if len(problems) == before:
            found.append(Redirect(str(raw), to, str(retired), str(reason)))
        elif record is not None and _ID.fullmatch(record):
            # Its id is still checked against the records and the other redirects, so that
            # every problem of the file is reported at once; where it leads is not (it is
            # what may be wrong), and a batch with problems loads nothing.
            found.append(Redirect(record, None, str(retired), str(reason)))
    return found


def redirect_problems(
    listed: list[tuple[str, Redirect]], records: Mapping[str, str], broken: Mapping[str, str]
) -> list[Problem]:
    """What is wrong with the user's redirects `listed` (file, redirect) among the `records`.

    `records` maps every record's id (bundled and the user's) to its file; `broken` holds
    the ids of records that failed to load (their problems are reported already). A
    retired id may name no record and be retired once (by the bundled data or the user);
    where it leads must be a record, or nothing.
    """
    problems: list[Problem] = []
    bundled = release().redirects
    every = dict(bundled)
    for file, redirect in listed:
        if redirect.id in records or redirect.id in broken:
            where = records.get(redirect.id) or f"the {broken[redirect.id]} read"
            message = f"the id is retired, so no record may have it, but {where} has one"
            problems.append(Problem(file, redirect.id, "id", message))
        elif redirect.id in every:
            earlier = "the bundled data" if redirect.id in bundled else "another [[redirects]] table"
            message = f"the id is retired already, by {earlier} ({every[redirect.id].describe()})"
            problems.append(Problem(file, redirect.id, "id", message))
        else:
            every[redirect.id] = redirect
    for file, redirect in listed:
        if every.get(redirect.id) is not redirect or redirect.to is None:
            continue
        current, _ = follow(every, redirect.id)
        if current is not None and current in every:
            problems.append(
                Problem(file, redirect.id, "to", "the redirects from this id go round in a cycle")
            )
        elif current is not None and current not in records and current not in broken:
            message = f"no record has id {current!r}: expected the id of the record it became, or no 'to'"
            problems.append(Problem(file, redirect.id, "to", message))
    return problems
