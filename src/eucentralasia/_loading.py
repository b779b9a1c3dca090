"""Data files to a checked `Dataset`: read, structure, cross-check; all or nothing.

A data file is TOML (or JSON, for ``*.json``: see `_formats`) holding arrays of tables
named after the collections (``[[sources]]``, ``[[events]]``, ``[[agreements]]``, ``[[officials]]``,
``[[organizations]]``, ``[[trade_figures]]``), each table a record in its
``converter.unstructure`` form. A source's ``text_file`` is a path relative to its data
file, inside that file's folder; the loader reads it as UTF-8.

A record table may also carry curation metadata (`CURATION_KEYS`): ``review``
(``"proposed"``, ``"accepted"`` or ``"rejected"``), ``origin`` (the rule that proposed
it) and ``proposal`` (its stable key). A rejected record is skipped unread; records still
proposed are refused with one problem per file saying how many await review; an accepted
one is loaded with every check. The keys are checked and then dropped: they say how a
record was made, not what it says, so no record field holds them.

Every problem in every file is collected and reported in one `DataError`; a dataset is
built only when there are none.
"""

from __future__ import annotations

import errno
import importlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import repeat
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import attrs

from . import _formats, _serialization
from . import _schema as schema
from ._checks import Entry, check
from ._dataset import Dataset
from ._errors import DataError, FieldError, Problem, shown
from ._gc import collector_paused
from ._lazy import Lazy
from ._model import COLLECTIONS
from ._provenance import Source
from ._release import Redirect, read_redirects, redirect_problems
from ._serialization import explain

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["load", "read_export"]

_BUNDLED: Final = "<bundled>"
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
"""The largest data file or source text `load` reads by default (64 MiB); ``max_bytes`` raises it."""


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes; else `ValueError`.

    A FIFO, socket or device (``/dev/zero``, through a symlink too) is refused before it
    is opened, so a read can neither block nor run without end.
    """
    status = path.stat()  # follows symlinks: what is read is what is checked
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(status.st_mode):
        raise ValueError("not a regular file but a FIFO, socket or device: refused, never opened")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"larger than the limit of {limit:,} bytes (raise it with load(..., max_bytes=...))")
    return data


class Batch:
    """What reading some files gave: records, problems, and the ids of broken records."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.problems: list[Problem] = []
        # id -> collection of tables that failed to structure: references to them are not
        # reported as dangling, their own problems already are.
        self.broken: dict[str, str] = {}
        # The JSON exports read: their records identical to bundled ones are those records.
        self.exports: set[str] = set()
        # The user's retired ids ([[redirects]]), each with its file.
        self.redirects: list[tuple[str, Redirect]] = []


def read_inside(folder: Path | Traversable, relative: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read `relative` from `folder`, refusing any path that leads outside it.

    `relative` is a validated `Source.text_file` (no root, drive or ``..``); what is left
    to refuse is a symlink that points out.
    """
    parts = PurePosixPath(relative).parts
    if isinstance(folder, Path):
        # Resolving follows symlinks, so a link pointing out is caught like a ".." path.
        try:
            target = folder.joinpath(*parts).resolve()
        except RuntimeError:  # Python < 3.13 reports a symlink loop so
            raise ValueError(f"{relative!r} is a symlink loop") from None
        if not target.is_relative_to(folder.resolve()):
            raise ValueError(f"{relative!r} leads outside the data file's folder")
        return read_regular(target, limit)
    return folder.joinpath(*parts).read_bytes()


def decode(data: bytes) -> str:
    """`data` as UTF-8 text; a `ValueError` says where it is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ValueError(
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {column}"
        ) from None


def _read_file(
    name: str,
    data: bytes,
    folder: Path | Traversable,
    batch: Batch,
    registry: schema.Registry,
    limit: int = MAX_FILE_BYTES,
) -> None:
    """Structure every record of one data file (TOML, or JSON for ``*.json``) into `batch`."""
    parsed = _parse_file(name, data, batch)
    if parsed is not None:
        read_parsed(name, parsed, folder, batch, registry, limit)


def _parse_file(name: str, data: bytes, batch: Batch) -> Parsed | None:
    """The parsed form of one data file, or None with its problem in `batch`.

    A UTF-8 byte-order mark opening the file is an editor's encoding marker, not content:
    it is skipped. (In a source text it is a character like any other, and counts in
    the spans.)
    """
    form = _formats.form_of(name)
    try:
        document = _formats.parse(form, decode(data).removeprefix("\ufeff"))
    except ValueError as exc:  # not UTF-8, not valid TOML or JSON: with line and column
        batch.problems.append(Problem(name, None, "", str(exc)))
        return None
    texts: dict[str, str] = {}
    if form == "json":
        document, texts, export = _formats.split_export(name, document, batch.problems)
        if export:
            batch.exports.add(name)
    return Parsed(document, texts)


class Parsed(NamedTuple):
    """A data file parsed: its collections, and the source texts it carries (JSON only)."""

    document: Mapping[str, object]
    texts: dict[str, str]


def read_parsed(
    name: str,
    parsed: Parsed,
    folder: Path | Traversable | None,
    batch: Batch,
    registry: schema.Registry,
    limit: int = MAX_FILE_BYTES,
) -> None:
    """Structure the records of a parsed data file into `batch`; sources read their texts.

    A source's text is the file's own (``"texts"``), else read from its ``text_file``
    beside the file; a document with no `folder` (JSON text) has only its own.
    """
    texts = parsed.texts

    def text_of(source: Source) -> str:
        if source.id in texts:  # a JSON file may carry its texts, as the JSON export does
            return texts[source.id]
        if folder is None:
            raise _TextError("text", f"no text for it in {_formats.TEXTS!r}")
        try:
            return decode(read_inside(folder, source.text_file, limit))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise _TextError("text_file", f"cannot read {source.text_file!r}: {reason}") from None

    try:
        read_document(name, parsed.document, batch, text_of, registry)
    finally:
        _serialization.forget_dates()  # shared by one file's records, not kept for the process
    if texts:
        _unused_texts(name, texts, batch)


def read_export(name: str, document: Mapping[str, object], registry: schema.Registry) -> Dataset:
    """The dataset in one parsed JSON export, with every check `load` runs; else `DataError`.

    The loader run on one document whose texts are its own: what `export.read_json`
    does. Unlike a JSON data file, an export must carry its header.
    """
    batch = Batch()
    if not any(key in document for key in _formats.HEADER):
        batch.problems += _formats.header_problems(name, document)
    collections, texts, _ = _formats.split_export(name, document, batch.problems)
    read_parsed(name, Parsed(collections, texts), None, batch, registry)
    return _checked(batch.entries, batch, registry)


def _checked(every: list[Entry], batch: Batch, registry: schema.Registry) -> Dataset:
    """The dataset of `every` record and `batch`'s redirects, checked together; else `DataError`."""
    problems = batch.problems + check(every, batch.broken, registry)
    if batch.redirects:
        files = {entry.record.id: entry.file for entry in every}
        problems += redirect_problems(batch.redirects, files, batch.broken)
    if problems:
        raise DataError(problems)
    dataset = Dataset((entry.record for entry in every), registry=registry)
    if batch.redirects:
        names = dataset._root.names  # every view's indexes share these, and so their redirects
        names.redirects = {**names.redirects, **{r.id: r for _, r in batch.redirects}}
    return dataset


def _unused_texts(name: str, texts: Mapping[str, str], batch: Batch) -> None:
    """Report the texts in file `name` that no source read from it has."""
    sources = {e.record.id for e in batch.entries if e.file == name and e.collection == "sources"}
    for source_id in sorted(set(texts) - sources - set(batch.broken)):
        batch.problems.append(Problem(name, None, f"{_formats.TEXTS}.{source_id}", "no source has this id"))


class _TextError(Exception):
    """A source whose text cannot be had: the field to blame and what went wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def read_document(
    name: str,
    document: Mapping[str, object],
    batch: Batch,
    text_of: Callable[[Source], str],
    registry: schema.Registry = COLLECTIONS,
) -> None:
    """Structure every record of a parsed data document (TOML or JSON) into `batch`.

    `document` maps collection names to lists of records in their file form; `text_of`
    gives a source's text or raises `_TextError`. The document is the caller's own parse
    and is used up: each list item is dropped once its record is made, so that a large
    file's parsed form is freed as its records take its place. Each problem is added to
    ``batch.problems`` under file `name`; a record that fails is noted in
    ``batch.broken`` so that references to it are not reported as dangling too.
    """

    def problem(record: str | None, field: str, message: str) -> None:
        batch.problems.append(Problem(name, record, field, message))

    pending: list[str] = []  # the records still marked review = "proposed"
    for collection, tables in document.items():
        if collection == "redirects":  # not records: ids retired, checked with the records
            batch.redirects += [(name, r) for r in read_redirects(name, tables, batch.problems)]
            continue
        found = registry.get(collection)
        if found is None:
            expected = ", ".join(registry.names)
            problem(None, collection, f"unknown collection {collection!r}: expected one of {expected}")
            continue
        cls = found.cls
        if not isinstance(tables, list):
            problem(None, collection, f"expected an array of tables ([[{collection}]]), got {shown(tables)}")
            continue
        for number, table in _by_columns(name, collection, cls, tables, batch):
            where = f"{collection}[{number}]"
            if not isinstance(table, dict):
                problem(None, where, f"expected a table ([[{collection}]]), got {shown(table)}")
                continue
            raw_id = table.get("id")
            record_id = raw_id if isinstance(raw_id, str) else None

            def field(path: str, where: str = where, record_id: str | None = record_id) -> str:
                # A record without a usable id is found by its place in the file.
                if record_id is not None:
                    return path
                return f"{where}.{path}" if path else where

            if not CURATION_KEYS.isdisjoint(table):
                review = table.get("review")
                if review == "rejected":
                    continue  # a person said no: never structured, its references never followed
                wrong = _curation_problems(table)
                for key, message in wrong:
                    problem(record_id, field(key), message)
                if review == "proposed" or wrong:
                    if review == "proposed":
                        pending.append(f"{collection} {record_id!r}" if record_id else where)
                    if record_id is not None:
                        batch.broken.setdefault(record_id, collection)
                    continue
                table = {key: value for key, value in table.items() if key not in CURATION_KEYS}
            try:
                record = _serialization.shared_converter().structure(table, cls)
            except Exception as exc:  # every structuring failure becomes a Problem
                explained = explain(exc) or [("", str(exc) or type(exc).__name__)]
                more, stand_in = _salvage(table, cls, explained)
                for path, message in [*explained, *more]:
                    problem(record_id, field(path), message)
                if record_id is not None:
                    batch.broken.setdefault(record_id, collection)
                    if stand_in is not None and not isinstance(stand_in, Source):
                        # Cross-checked too, so a dangling reference or a misplaced quote is
                        # reported with the rest; the batch has problems, so it is never loaded.
                        # An id that failed its own check stands as written: the checks key on it.
                        if getattr(stand_in, "id", None) is None:
                            object.__setattr__(stand_in, "id", record_id)
                        batch.entries.append(Entry(name, collection, stand_in))
                continue
            if isinstance(record, Source):
                try:
                    record = schema.evolve(record, text=text_of(record))
                except (_TextError, FieldError) as exc:
                    # A text that was read but is no text (an empty file) is the file's fault.
                    if isinstance(exc, _TextError):
                        problem(record.id, exc.field, exc.message)
                    else:
                        problem(record.id, "text_file", f"its text: {exc.message}")
                    batch.broken.setdefault(record.id, collection)
                    continue
            batch.entries.append(Entry(name, collection, record))
    if pending:
        listed = ", ".join(pending[:10]) + (f" and {len(pending) - 10} more" if len(pending) > 10 else "")
        count = "1 proposed record awaits" if len(pending) == 1 else f"{len(pending)} proposed records await"
        problem(
            None,
            "review",
            f'{count} review (review = "proposed"): {listed}; mark each "accepted" or "rejected"',
        )


# Tables made into records a chunk at a time: each field's column of a chunk is walked
# while its tables are still in the processor's cache (a column of the whole file is not:
# the column-wise path was slower than the plain one at 10^5 records, and 2.1x faster in
# chunks of 500 to 2,000).
COLUMN_CHUNK = 1000


def _by_columns(
    name: str, collection: str, cls: type, tables: list[Any], batch: Batch
) -> Iterator[tuple[int, Any]]:
    """Make `tables` into records column by column (`_columns`), a chunk at a time, into `batch`.

    Yields ``(number, table)`` for each table of a chunk the column-wise path declined,
    for the caller's table-by-table path to make or to word its problems. A source reads
    its text file: its tables all go that way. Each table is dropped from `tables` once
    its record is made (or handed over), so its parsed form can go.
    """
    from . import _columns  # the first load of a file needs it, not the import

    if issubclass(cls, Source):
        for number, table in enumerate(tables):
            tables[number] = None
            yield number, table
        return
    for start in range(0, len(tables), COLUMN_CHUNK):
        part = tables[start : start + COLUMN_CHUNK]
        tables[start : start + len(part)] = repeat(None, len(part))
        made = _columns.build(cls, part)
        if made is None:
            yield from enumerate(part, start)
        else:
            batch.entries += map(Entry, repeat(name), repeat(collection), made)


def _head(path: str) -> tuple[str, int | None]:
    """A field path's top-level field and, for an item of a list, its index.

    ``citations[0].start`` is ``("citations", 0)``; ``date`` is ``("date", None)``.
    """
    name = path.partition(".")[0]
    name, bracket, index = name.partition("[")
    return name, int(index.rstrip("]")) if bracket and index.rstrip("]").isdigit() else None


def _salvage(
    table: Mapping[str, object], cls: type, failed: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], object | None]:
    """The other problems of a record table that failed to structure, and a stand-in record.

    One bad field hides the others: cattrs makes no record once a value cannot be
    structured, and attrs stops at the first validator that refuses. So the fields that
    failed (a list's bad items only, where others remain) are left out, with their date
    companions, and the table is structured again, until it structures or a required field
    would be missing. Returns the problems of fields never left out, and the record made
    of the sound fields (None if none could be made), for the cross-record checks.
    """
    fields = {field.name: (field, meta) for field, meta in schema.fields_of(cls)}
    # Unknown keys are reported already (as the record's own problem, path ""): set aside.
    table = {key: value for key, value in table.items() if key in fields}
    failed = [(path, message) for path, message in failed if path or not message.startswith("unknown field")]
    touched: set[str] = set()
    found: list[tuple[str, str]] = []
    for _ in range(len(fields) + 1):  # each round leaves out at least one field or item
        items: dict[str, set[int]] = {}
        for path, _message in failed:
            name, index = _head(path)
            if name not in fields:
                return found, None  # a problem of the whole record: nothing to leave out
            items.setdefault(name, set()).update(() if index is None else (index,))
        touched.update(items)
        for name, indexes in items.items():
            value = table.get(name)
            if indexes and isinstance(value, list) and len(indexes) < len(value):
                table[name] = [item for number, item in enumerate(value) if number not in indexes]
            elif fields[name][0].default is not attrs.NOTHING:
                table.pop(name, None)
                for companion, (_, meta) in fields.items():
                    if meta.of == name:
                        table.pop(companion, None)
                        touched.add(companion)
            else:  # a required field: the rest are checked one by one
                return _one_by_one(table, cls, touched, found)
        try:
            return found, _serialization.shared_converter().structure(table, cls)
        except Exception as exc:
            failed = explain(exc) or [("", str(exc) or type(exc).__name__)]
            found += [(path, message) for path, message in failed if _head(path)[0] not in touched]
    return found, None


def _one_by_one(
    table: Mapping[str, object], cls: type, touched: set[str], found: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], object]:
    """`_salvage` when a required field failed: each other field structured and checked alone.

    The stand-in is made without `cls`'s checks, of the fields that passed (the others
    at their defaults, or None): enough for the cross-record checks, never loaded.
    """
    import typing

    converter = _serialization.shared_converter()
    hints = typing.get_type_hints(cls)
    values: dict[str, object] = {}
    for field, meta in schema.fields_of(cls):
        default: Any = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if default is attrs.NOTHING:
            default = () if meta.many else None  # what the checks can walk
        values[field.name] = default
        if field.name in touched or field.name not in table:
            continue
        try:
            value = converter.structure(table[field.name], hints[field.name])
        except Exception as exc:
            found += explain(exc, field.name) or [(field.name, str(exc) or type(exc).__name__)]
            continue
        try:
            if field.validator is not None:
                field.validator(None, field, value)
        except AttributeError:
            pass  # a check that needs the whole record; the record could not be made
        except Exception as exc:
            found += explain(exc) or [(field.name, str(exc) or type(exc).__name__)]
            continue
        values[field.name] = value
    stand_in: object = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(stand_in, name, value)
    return found, stand_in


CURATION_KEYS: Final = frozenset({"review", "origin", "proposal"})
"""The curation metadata a record table may carry: checked, then dropped; never a field."""

REVIEW_STATES: Final = ("proposed", "accepted", "rejected")
"""The values of a record table's ``review`` key."""


def _curation_problems(table: Mapping[str, object]) -> list[tuple[str, str]]:
    """What is wrong with a record table's curation metadata: (key, message) pairs."""
    found = []
    if "review" in table and table["review"] not in REVIEW_STATES:
        expected = ", ".join(f'"{state}"' for state in REVIEW_STATES)
        found.append(("review", f"expected one of {expected}, got {shown(table['review'])}"))
    for key in ("origin", "proposal"):
        value = table.get(key)
        if key in table and (not isinstance(value, str) or not value.strip()):
            found.append((key, f"expected non-empty text, got {shown(value)}"))
    return found


def _bundled_files() -> tuple[Traversable, list[Traversable]]:
    from importlib.resources import files

    folder = files("eucentralasia") / "data"
    if not folder.is_dir():
        return folder, []
    found = [f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()]
    return folder, sorted(found, key=lambda f: f.name)


def _read_bundled() -> tuple[Dataset, tuple[Entry, ...]]:
    """The bundled dataset and the entries it was built from."""
    folder, data_files = _bundled_files()
    entries = _compact_bundled(folder, data_files)
    if entries is None:
        return _read_toml_bundled(folder, data_files)
    return Dataset(e.record for e in entries), entries


def _read_toml_bundled(
    folder: Traversable, data_files: list[Traversable]
) -> tuple[Dataset, tuple[Entry, ...]]:
    """The bundled dataset read from its TOML files, and the entries it was built from."""
    batch = Batch()
    for data_file in data_files:
        name = f"{_BUNDLED}/{data_file.name}"
        try:
            data = data_file.read_bytes()
        except OSError as exc:
            batch.problems.append(Problem(name, None, "", f"cannot read: {exc.strerror or exc}"))
            continue
        _read_file(name, data, folder, batch, COLLECTIONS)
    problems = batch.problems + check(batch.entries, batch.broken, COLLECTIONS)
    if problems:
        raise DataError(problems)
    entries = tuple(batch.entries)
    return Dataset(e.record for e in entries), entries


# The modules whose code makes and checks records: a compact form made by other code (a
# validator since tightened, a field added) is not used.
_RECORD_CODE: Final = (
    "_codes.py",
    "_dates.py",
    "_model.py",
    "_provenance.py",
    "_schema.py",
    "_validators.py",
)


def data_checksum(data_files: list[Traversable], texts: Iterable[bytes]) -> str:
    """A checksum of the bundled TOML files (names and bytes) and source texts: CRC-32 and size.

    What the data release's version names (`_release`), and part of `checksum`.
    """
    import zlib

    crc, size = 0, 0
    for data_file in data_files:
        data = data_file.read_bytes()
        crc = zlib.crc32(data, zlib.crc32(data_file.name.encode() + b"\0", crc))
        size += len(data)
    for text in texts:
        crc = zlib.crc32(text, zlib.crc32(b"\0", crc))
        size += len(text)
    return f"crc32:{crc:08x}:{size}"


def checksum(data_files: list[Traversable], texts: Iterable[bytes]) -> str:
    """`data_checksum` and a checksum of the source of the modules that make and check records.

    So that `_bundled.py` is used only with the data and the code it was made from.
    """
    from importlib.resources import files

    package = files("eucentralasia")
    code = data_checksum([package / name for name in _RECORD_CODE], ())
    return f"{data_checksum(data_files, texts)};code-{code}"


def _compact_bundled(folder: Traversable, data_files: list[Traversable]) -> tuple[Entry, ...] | None:
    """The bundled entries from the compact module, or None unless it was made from these files.

    The compact form (``_bundled.py``, made for each wheel by ``tools/hatch_build.py``
    with ``tools/regen_bundled.py`` from the records the TOML files give, every check
    passed) builds the records with their constructors and validators, without parsing
    TOML or generating cattrs code. It is used only while the TOML files, the source texts
    and the record code give the checksum it was made from; otherwise, where it is absent
    (a source tree, an editable install), or on any failure (a text that cannot be read,
    a record its validators now refuse), the TOML files are read, with every check.
    """
    try:
        # Generated for each wheel (tools/hatch_build.py), absent from a source tree.
        compact = importlib.import_module(f"{__package__}._bundled")

        texts = [read_inside(folder, name) for name in compact.TEXT_FILES]
        if not data_files or checksum(data_files, texts) != compact.CHECKSUM:
            return None
        by_file = dict(zip(compact.TEXT_FILES, texts, strict=True))
        entries = []
        for file, collection, record in compact.records():
            if isinstance(record, Source):
                record = schema.evolve(record, text=decode(by_file[record.text_file]))
            entries.append(Entry(f"{_BUNDLED}/{file}", collection, record))
    except Exception:  # whatever went wrong, the TOML files give the same records, checked
        return None
    return tuple(entries)


bundled_data = Lazy(_read_bundled)


def user_files(paths: Iterable[str | os.PathLike[str]], batch: Batch) -> list[tuple[str, Path]]:
    """The data files the user named: each path a TOML file or a folder searched recursively."""
    found: list[tuple[str, Path]] = []
    seen: set[Path] = set()
    for given in paths:
        if not isinstance(given, (str, os.PathLike)) or isinstance(os.fspath(given), bytes):
            quoted = shown(given)
            batch.problems.append(Problem(quoted, None, "", "expected a path as text or os.PathLike"))
            continue
        path = Path(given)
        name = os.fspath(given)
        if not name:  # Path("") would be the current folder
            batch.problems.append(Problem(name, None, "", "an empty path names no file or folder"))
            continue
        try:
            if path.is_dir():
                every = (p for suffix in _formats.FORMS for p in path.rglob(f"*{suffix}"))
                inside = sorted(every, key=lambda p: p.relative_to(path).parts)
                if not inside:
                    message = "the folder holds no .toml, .json or .jsonl data files"
                    batch.problems.append(Problem(name, None, "", message))
                candidates = [(str(p), p) for p in inside]
            elif path.exists():
                candidates = [(name, path)]
            else:
                batch.problems.append(Problem(name, None, "", "no such file or folder"))
                continue
        except OSError as exc:
            batch.problems.append(Problem(name, None, "", f"cannot read: {exc.strerror or exc}"))
            continue
        for label, candidate in candidates:
            # A file named twice (itself and through its folder) would clash with itself.
            try:
                resolved = candidate.resolve()
            except RuntimeError:  # a symlink loop, on Python < 3.13
                batch.problems.append(Problem(label, None, "", "a symlink loop"))
                continue
            if resolved not in seen:
                seen.add(resolved)
                found.append((label, candidate))
    return found


class Repeats:
    """What a user's record with a bundled id is: that record, that record cited again, or a duplicate.

    An export holds the whole dataset it was made from, bundled records included: a
    record in one identical to a bundled record (a source with the same text) is that
    record, not a second one. A record that repeats a bundled one in every field but its
    citations, each of which is the bundled record's or cites a source the bundled data
    lacks, is that record cited again (what ``propose`` writes for a known event an
    article tells of): the bundled record gains those citations. Anything else with a
    bundled id is a duplicate, so a user's file cannot change what the bundled sources
    say. `load` and `export.load_to_parquet` both ask here.
    """

    def __init__(self, bundled: Iterable[Entry]) -> None:
        self.bundled = {entry.record.id: entry for entry in bundled}
        self.sources = {id for id, entry in self.bundled.items() if entry.collection == "sources"}
        self.added: dict[str, list[Any]] = {}  # by bundled id, the citations users' files add

    def mine(self, entry: Entry, exports: set[str]) -> bool:
        """Whether `entry` is a record of the user's own; if not, what it adds is noted in `added`."""
        known = self.bundled.get(entry.record.id)
        if known is None or known.collection != entry.collection:
            return True
        record = known.record
        if (
            entry.file in exports
            and record == entry.record
            and getattr(record, "text", None) == getattr(entry.record, "text", None)
        ):
            return False  # the bundled record, as an export carries it
        new = None if entry.collection == "sources" else _cited_again(record, entry.record, self.sources)
        if new is None:
            return True  # a duplicate id, which the checks report
        seen = self.added.setdefault(record.id, [])
        seen.extend(c for c in new if c not in seen)
        return False

    def folded(self, entry: Entry) -> Entry:
        """The bundled `entry` with the citations users' files add to it."""
        new = self.added.get(entry.record.id)
        if not new:
            return entry
        return entry._replace(record=schema.evolve(entry.record, citations=(*entry.record.citations, *new)))


def _with_bundled(batch: Batch, bundled: tuple[Entry, ...]) -> list[Entry]:
    """The bundled entries and `batch`'s, a user's repeat of a bundled record folded into it (`Repeats`)."""
    repeats = Repeats(bundled)
    mine = [entry for entry in batch.entries if repeats.mine(entry, batch.exports)]
    return [*map(repeats.folded, bundled), *mine]


def _cited_again(bundled: Any, record: Any, sources: set[str]) -> list[Any] | None:
    """`record`'s citations new to the `bundled` record it repeats; None where it is no such repeat."""
    citations = getattr(record, "citations", None)
    if citations is None or attrs.evolve(record, citations=bundled.citations) != bundled:
        return None
    new = [c for c in citations if c not in bundled.citations]
    if not new or any(c.source in sources for c in new):
        return None  # nothing to add, or a change to what the bundled sources say: a duplicate
    return new


def load(
    extra: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = (),
    *,
    registry: schema.Registry = COLLECTIONS,
    max_bytes: int = MAX_FILE_BYTES,
) -> Dataset:
    """Load the bundled dataset, plus the user's own data files in `extra`.

    Without `extra`, returns the bundled dataset: read and checked once, then the same
    `Dataset` object on every call, from any thread. With `extra` (a path, or a list of
    paths, each a data file or a folder whose ``*.toml``, ``*.json`` and ``*.jsonl`` files are read,
    subfolders included, in sorted order), returns a new dataset of the bundled records
    and the user's, checked together: schema, codes and dates, duplicate ids, references
    across both, every quote against its source's text. The order of the paths does not
    matter. Nothing is cached for `extra`, so edited files are read afresh.

    A ``*.json`` file holds the same collections as a TOML file, as an object of arrays
    of records; its sources' texts come from their ``text_file`` or from the file's
    ``"texts"`` (source id -> text), as in the JSON export, which loads back this way
    (its copies of bundled records are the bundled records). A ``*.jsonl`` file holds
    one record a line, as ``{"<collection>": {record}}``.

    `registry` lists the collections a data file may hold; pass one extended with a record
    type of your own (`Registry.extend`) to load records of that type too. Only regular
    files are read (a FIFO, socket or device is refused, never opened), each data file
    and source text at most `max_bytes` long (`MAX_FILE_BYTES`, 64 MiB, by default).

    Python's cyclic garbage collector is left as the host set it; a program that owns its
    process may have loads pause it (`pause_collector`: a load makes many objects and no
    cycles), and it is then restored as it was.

    Raises `DataError` listing every problem (file, record id, field, what was
    expected); nothing is loaded then and the bundled dataset is unaffected.
    """
    bundled, entries = bundled_data.get()
    if isinstance(extra, (bytes, bytearray)):
        raise DataError(
            [Problem(shown(extra), None, "", "expected a path as text or os.PathLike, got bytes")]
        )
    paths = [extra] if isinstance(extra, (str, os.PathLike)) else list(extra)
    if not paths and registry is COLLECTIONS:
        return bundled
    with collector_paused():
        return load_files(paths, entries, registry, max_bytes)


def read_and_parse(name: str, path: Path, batch: Batch, max_bytes: int) -> Parsed | None:
    """A data file read and parsed whole, or None with its problem in `batch`."""
    try:
        data = read_regular(path, max_bytes)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        batch.problems.append(Problem(name, None, "", f"cannot read: {reason}"))
        return None
    # The bytes go when this returns: a large file's need not outlive its parse.
    return _parse_file(name, data, batch)


def load_files(
    paths: list[str | os.PathLike[str]], entries: tuple[Entry, ...], registry: schema.Registry, max_bytes: int
) -> Dataset:
    """The dataset of the bundled `entries` and the data files at `paths`, checked together."""
    batch = Batch()
    for name, path in user_files(paths, batch):
        parsed = read_and_parse(name, path, batch, max_bytes)
        if parsed is not None:
            read_parsed(name, parsed, path.parent, batch, registry, max_bytes)
            del parsed  # each record's table was dropped once structured; the rest goes now
    return _checked(_with_bundled(batch, entries), batch, registry)
