"""Data files to a checked `Dataset`: read, structure, cross-check; all or nothing.

A data file is TOML holding arrays of tables named after the collections
(``[[sources]]``, ``[[events]]``, ``[[agreements]]``, ``[[officials]]``,
``[[organizations]]``, ``[[trade_figures]]``), each table a record in its
``converter.unstructure`` form. A source's ``text_file`` is a path relative to its data
file, inside that file's folder; the loader reads it as UTF-8.

Every problem in every file is collected and reported in one `DataError`; a dataset is
built only when there are none.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from . import _serialization
from ._dataset import COLLECTIONS, Dataset, citations_of, references, suggest
from ._errors import DataError, Problem
from ._model import Record
from ._provenance import Source
from ._serialization import explain

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["load"]

_BUNDLED: Final = "<bundled>"
# How many dangling references get "did you mean" suggestions in one load.
_SUGGESTIONS: Final = 50
_lock = threading.Lock()
# The bundled dataset and the entries it was built from, once loaded.
_bundled: tuple[Dataset, tuple[_Entry, ...]] | None = None


# Plain classes rather than attrs ones: each attrs class costs about a millisecond of
# `import eucentralasia`, and these never leave the module.
class _Entry(NamedTuple):
    """A record read from a file, and where it came from."""

    file: str
    collection: str
    record: Record


class _Batch:
    """What reading some files gave: records, problems, and the ids of broken records."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.problems: list[Problem] = []
        # id -> collection of tables that failed to structure: references to them are not
        # reported as dangling, their own problems already are.
        self.broken: dict[str, str] = {}


def _read_inside(folder: Path | Traversable, relative: str) -> bytes:
    """Read `relative` from `folder`, refusing any path that leads outside it."""
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).anchor:
        raise ValueError(f"expected a path relative to the data file's folder, got {relative!r}")
    parts = PurePosixPath(relative).parts
    if isinstance(folder, Path):
        # Resolving follows symlinks, so a link pointing out is caught like a ".." path.
        try:
            target = folder.joinpath(*parts).resolve()
        except RuntimeError:  # Python < 3.13 reports a symlink loop so
            raise ValueError(f"{relative!r} is a symlink loop") from None
        if not target.is_relative_to(folder.resolve()):
            raise ValueError(f"{relative!r} leads outside the data file's folder")
        return target.read_bytes()
    if ".." in parts:  # pragma: no cover - only for packages installed in zip files
        raise ValueError(f"{relative!r} leads outside the data file's folder")
    return folder.joinpath(*parts).read_bytes()


def _short(value: object) -> str:
    """`value`'s repr, cut short: a message quotes it, it need not reproduce it."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _decode(data: bytes) -> str:
    """`data` as UTF-8 text; a `ValueError` says where it is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ValueError(
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {column}"
        ) from None


def _read_file(name: str, data: bytes, folder: Path | Traversable, batch: _Batch) -> None:
    """Structure every record of one TOML data file into `batch`."""
    import tomllib  # only loading needs it; keeps `import eucentralasia` lean

    try:
        document = tomllib.loads(_decode(data))
    except ValueError as exc:  # includes tomllib.TOMLDecodeError, with line and column
        message = str(exc)
        message = message if message.startswith("not UTF-8") else f"not valid TOML: {message}"
        batch.problems.append(Problem(name, None, "", message))
        return
    except RecursionError:  # tomllib parses nested arrays recursively
        batch.problems.append(Problem(name, None, "", "not valid TOML: arrays or tables nested too deeply"))
        return

    def text_of(source: Source) -> str:
        try:
            return _decode(_read_inside(folder, source.text_file))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise _TextError("text_file", f"cannot read {source.text_file!r}: {reason}") from None

    read_document(name, document, batch, text_of)


class _TextError(Exception):
    """A source whose text cannot be had: the field to blame and what went wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def read_document(
    name: str, document: Mapping[str, object], batch: _Batch, text_of: Callable[[Source], str]
) -> None:
    """Structure every record of a parsed data document (TOML or JSON) into `batch`.

    `document` maps collection names to lists of records in their file form; `text_of`
    gives a source's text or raises `_TextError`. Each problem is added to
    ``batch.problems`` under file `name`; a record that fails is noted in
    ``batch.broken`` so that references to it are not reported as dangling too.
    """

    def problem(record: str | None, field: str, message: str) -> None:
        batch.problems.append(Problem(name, record, field, message))

    for collection, tables in document.items():
        cls = COLLECTIONS.get(collection)
        if cls is None:
            expected = ", ".join(COLLECTIONS)
            problem(None, collection, f"unknown collection {collection!r}: expected one of {expected}")
            continue
        if not isinstance(tables, list):
            problem(None, collection, f"expected an array of tables ([[{collection}]]), got {_short(tables)}")
            continue
        for number, table in enumerate(tables):
            where = f"{collection}[{number}]"
            if not isinstance(table, dict):
                problem(None, where, f"expected a table ([[{collection}]]), got {_short(table)}")
                continue
            raw_id = table.get("id")
            record_id = raw_id if isinstance(raw_id, str) else None

            def field(path: str, where: str = where, record_id: str | None = record_id) -> str:
                # A record without a usable id is found by its place in the file.
                if record_id is not None:
                    return path
                return f"{where}.{path}" if path else where

            try:
                record = _serialization.converter.structure(table, cls)
            except Exception as exc:  # every structuring failure becomes a Problem
                explained = explain(exc) or [("", str(exc) or type(exc).__name__)]
                for path, message in explained:
                    problem(record_id, field(path), message)
                if record_id is not None:
                    batch.broken.setdefault(record_id, collection)
                continue
            if isinstance(record, Source):
                try:
                    record = attrs.evolve(record, text=text_of(record))
                except _TextError as exc:
                    problem(record.id, exc.field, exc.message)
                    batch.broken.setdefault(record.id, collection)
                    continue
            batch.entries.append(_Entry(name, collection, record))


def _check(entries: Iterable[_Entry], broken: dict[str, str]) -> list[Problem]:
    """The cross-record problems: duplicate ids, dangling references, misplaced quotes."""
    problems: list[Problem] = []
    first: dict[str, _Entry] = {}
    unique: list[_Entry] = []
    for entry in entries:
        earlier = first.setdefault(entry.record.id, entry)
        if earlier is entry:
            unique.append(entry)
        else:
            problems.append(
                Problem(
                    entry.file,
                    entry.record.id,
                    "id",
                    f"duplicate id: {earlier.file} already has a record with this id in {earlier.collection}",
                )
            )
    kinds = {**broken, **{entry.record.id: entry.collection for entry in unique}}
    ids: dict[str, list[str]] = {}  # collection -> its sorted ids, made when a suggestion needs them
    budget = _SUGGESTIONS

    def close_to(ref: str, allowed: tuple[str, ...]) -> list[str]:
        # difflib is slow on many ids; a file full of bad references gets a few suggestions.
        nonlocal budget
        if budget <= 0:
            return []
        budget -= 1
        for name in allowed:
            if name not in ids:
                ids[name] = sorted(i for i, kind in kinds.items() if kind == name)
        return suggest(ref, *(ids[name] for name in allowed))

    for entry in unique:
        record = entry.record

        def dangling(path: str, ref: str, allowed: tuple[str, ...], entry: _Entry = entry) -> None:
            kind = kinds.get(ref)
            if kind in allowed or ref in broken:
                return
            wanted = " or ".join(name.rstrip("s").replace("_", " ") for name in allowed)
            if kind is None:
                message = f"no {wanted} has id {ref!r}"
                close = close_to(ref, allowed)
                if close:
                    message += "; did you mean " + ", ".join(map(repr, close)) + "?"
            else:
                article = "an" if wanted[0] in "aeiou" else "a"
                message = f"expected the id of {article} {wanted}, but {ref!r} is in {kind}"
            problems.append(Problem(entry.file, entry.record.id, path, message))

        for path, ref, allowed in references(record):
            dangling(path, ref, allowed)
        for path, citation in citations_of(record):
            if kinds.get(citation.source) != "sources":
                dangling(f"{path}.source", citation.source, ("sources",))
                continue
            source = first[citation.source].record if citation.source in first else None
            if not isinstance(source, Source) or source.text is None:
                continue  # its source is broken; that is reported already
            try:
                citation.verify(source.text)
            except ValueError as exc:
                message = str(exc).removeprefix("quote: ")
                problems.append(Problem(entry.file, record.id, f"{path}.quote", message))
    return problems


def _bundled_files() -> tuple[Traversable, list[Traversable]]:
    from importlib.resources import files

    folder = files("eucentralasia") / "data"
    if not folder.is_dir():
        return folder, []
    found = [f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()]
    return folder, sorted(found, key=lambda f: f.name)


def _load_bundled() -> tuple[Dataset, tuple[_Entry, ...]]:
    """The bundled dataset and its entries: read once, behind the lock."""
    global _bundled
    loaded = _bundled
    if loaded is None:
        with _lock:
            loaded = _bundled
            if loaded is None:
                batch = _Batch()
                folder, data_files = _bundled_files()
                for data_file in data_files:
                    name = f"{_BUNDLED}/{data_file.name}"
                    try:
                        data = data_file.read_bytes()
                    except OSError as exc:
                        batch.problems.append(Problem(name, None, "", f"cannot read: {exc.strerror or exc}"))
                        continue
                    _read_file(name, data, folder, batch)
                problems = batch.problems + _check(batch.entries, batch.broken)
                if problems:
                    raise DataError(problems)
                entries = tuple(batch.entries)
                loaded = _bundled = (Dataset(e.record for e in entries), entries)
    return loaded


def _user_files(paths: Iterable[str | os.PathLike[str]], batch: _Batch) -> list[tuple[str, Path]]:
    """The data files the user named: each path a TOML file or a folder searched recursively."""
    found: list[tuple[str, Path]] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        name = os.fspath(given)
        if not name:  # Path("") would be the current folder
            batch.problems.append(Problem(name, None, "", "an empty path names no file or folder"))
            continue
        try:
            if path.is_dir():
                inside = sorted(path.rglob("*.toml"), key=lambda p: p.relative_to(path).parts)
                if not inside:
                    batch.problems.append(Problem(name, None, "", "the folder holds no .toml data files"))
                candidates = [(str(p), p) for p in inside]
            elif path.exists():
                candidates = [(name, path)]
            else:
                batch.problems.append(Problem(name, None, "", "no such file or folder"))
                continue
        except OSError as exc:
            batch.problems.append(Problem(name, None, "", f"cannot read: {exc.strerror or exc}"))
            continue
        for shown, candidate in candidates:
            # A file named twice (itself and through its folder) would clash with itself.
            try:
                resolved = candidate.resolve()
            except RuntimeError:  # a symlink loop, on Python < 3.13
                batch.problems.append(Problem(shown, None, "", "a symlink loop"))
                continue
            if resolved not in seen:
                seen.add(resolved)
                found.append((shown, candidate))
    return found


def load(extra: Iterable[str | os.PathLike[str]] = ()) -> Dataset:
    """Load the bundled dataset, plus the user's own data files in `extra`.

    Without `extra`, returns the bundled dataset: read and checked once, then the same
    `Dataset` object on every call, from any thread. With `extra` (a path, or a list of
    paths, each a TOML data file or a folder whose ``*.toml`` files are read,
    subfolders included, in sorted order), returns a new dataset of the bundled records
    and the user's, checked together: schema, codes and dates, duplicate ids, references
    across both, every quote against its source's text. The order of the paths does not
    matter. Nothing is cached for `extra`, so edited files are read afresh.

    Raises `DataError` listing every problem (file, record id, field, what was
    expected); nothing is loaded then and the bundled dataset is unaffected.
    """
    bundled, entries = _load_bundled()
    paths = [extra] if isinstance(extra, (str, os.PathLike)) else list(extra)
    if not paths:
        return bundled
    batch = _Batch()
    for name, path in _user_files(paths, batch):
        try:
            data = path.read_bytes()
        except OSError as exc:
            batch.problems.append(Problem(name, None, "", f"cannot read: {exc.strerror or exc}"))
            continue
        _read_file(name, data, path.parent, batch)
    every = [*entries, *batch.entries]
    problems = batch.problems + _check(every, batch.broken)
    if problems:
        raise DataError(problems)
    return Dataset(entry.record for entry in every)
