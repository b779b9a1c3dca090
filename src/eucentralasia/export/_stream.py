"""Data files straight to Parquet, with every check `load` runs, without the whole dataset in memory.

`load` builds every record as a Python object and keeps them all: the right tool up to
about a million records (some 2.3 KB each), where queries on the `Dataset` beat
anything else. Beyond that, `load_to_parquet` reads the same files in one pass per file
(plus a quick first pass for the sources, whose texts the quotes are checked against):
each record is structured and validated as `load` does it, written to its table's
Parquet file in record batches, and dropped. What the cross-record checks need is
kept compact, as Arrow arrays rather than objects: every id with its collection and
file, and every reference with the position of the record making it. The checks run
over those arrays at the end; if anything is wrong, the `DataError` lists the same
problems and no file is written.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

from eucentralasia import _formats
from eucentralasia import _schema as schema
from eucentralasia._checks import Entry, duplicate_id, repeats
from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._errors import DataError, FieldError, Problem
from eucentralasia._files import Files
from eucentralasia._gc import collector_paused
from eucentralasia._loading import (
    MAX_FILE_BYTES,
    Batch,
    Parsed,
    Repeats,
    bundled_data,
    decode,
    read_and_parse,
    read_parsed,
    user_files,
)
from eucentralasia._model import COLLECTIONS
from eucentralasia._provenance import Source
from eucentralasia._search import suggest
from eucentralasia.export._arrow import BATCH_ROWS, arrow_schema, import_pyarrow, record_batches
from eucentralasia.export._tables import CITATIONS, Table, record_table

__all__ = ["load_to_parquet"]

# Lines of a JSON Lines file structured at once; their records then go to the writers.
_CHUNK: Final = 4096
# Above this many ids, a dangling reference's message makes no "did you mean" guess:
# the guess compares the reference with every id.
_SUGGEST_UP_TO: Final = 200_000


def _lines(name: str, path: Path, problems: list[Problem]) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a JSON Lines file with their numbers, read one at a time."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            problems.append(Problem(name, None, "", "cannot read: not a regular file"))
            return
        stream = path.open("rb")
    except OSError as exc:
        problems.append(Problem(name, None, "", f"cannot read: {exc.strerror or exc}"))
        return
    with stream:
        # One line per line feed, as the loader splits the file (a raw U+2028 is text).
        for number, raw in enumerate(stream, 1):
            try:
                text = decode(raw)
            except ValueError:
                problems.append(Problem(name, None, "", f"not UTF-8 text at line {number}"))
                return
            if number == 1:
                text = text.removeprefix("\ufeff")
            if text.strip():
                yield number, text


def _json_line(name: str, number: int, line: str, problems: list[Problem]) -> tuple[str, Any] | None:
    """One line's ``(collection, record table)``, or None with its problem in `problems`."""
    try:
        item = _formats.loads_json(line)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON at line {number}: {exc.msg} (column {exc.colno})"
        problems.append(Problem(name, None, "", message))
        return None
    except ValueError as exc:  # a repeated key, an integer too long: as the loader says it
        problems.append(Problem(name, None, "", f"{exc} (line {number})"))
        return None
    except RecursionError:
        message = f"not valid JSON at line {number}: arrays or objects nested too deeply"
        problems.append(Problem(name, None, "", message))
        return None
    if not isinstance(item, dict) or len(item) != 1:
        message = (
            f"expected at line {number} an object of one collection and its record, such as "
            f'{{"events": {{...}}}}, got {line.strip()[:60]!r}'
        )
        problems.append(Problem(name, None, "", message))
        return None
    ((collection, table),) = item.items()
    return collection, table


def _documents(
    name: str, path: Path, batch: Batch, max_bytes: int, only: str | None = None
) -> Iterator[Parsed]:
    """A data file's records as parsed documents: a JSON Lines file a chunk of lines at a
    time, any other file whole. With `only`, just that collection's records."""
    if _formats.form_of(name) == "jsonl":
        chunk: dict[str, list[Any]] = {}
        size = 0
        for number, line in _lines(name, path, batch.problems):
            if only is not None and f'"{only}"' not in line and "\\u" not in line:
                continue  # a quick look: the line cannot hold a record of `only` (unless escaped)
            found = _json_line(name, number, line, batch.problems)
            if found is None or (only is not None and found[0] != only):
                continue
            chunk.setdefault(found[0], []).append(found[1])
            size += 1
            if size == _CHUNK:
                yield Parsed(chunk, {})
                chunk, size = {}, 0
        if chunk:
            yield Parsed(chunk, {})
        return
    parsed = read_and_parse(name, path, batch, max_bytes)
    if parsed is not None:
        if only is not None:
            parsed = Parsed({only: parsed.document.get(only, [])}, parsed.texts)
        yield parsed


class _Ids:
    """Every record's id, collection and file, and every reference made, as Arrow arrays.

    Python lists gather a chunk's values; each full chunk becomes arrays, a few bytes a
    value instead of a Python object each.
    """

    def __init__(self, pa: Any, registry: schema.Registry) -> None:
        self.pa = pa
        self.names = list(registry)
        self.singular = {name: registry[name].singular for name in registry}
        self.files: dict[str, int] = {}
        self.patterns: dict[tuple[str, ...] | None, int] = {}
        self.count = 0
        self._ids: list[str] = []
        self._collections: list[int] = []
        self._file: list[int] = []
        self._refs: list[tuple[int, str, str, int]] = []
        self.chunks: list[tuple[Any, Any, Any]] = []
        self.ref_chunks: list[tuple[Any, Any, Any, Any]] = []

    def add(self, file: str, collection: str, record_id: str) -> int:
        position = self.count
        self.count += 1
        self._ids.append(record_id)
        self._collections.append(self.names.index(collection))
        self._file.append(self.files.setdefault(file, len(self.files)))
        if len(self._ids) >= BATCH_ROWS:
            self.flush()
        return position

    def refer(self, position: int, path: str, ref: str, allowed: tuple[str, ...] | None) -> None:
        self._refs.append((position, path, ref, self.patterns.setdefault(allowed, len(self.patterns))))
        if len(self._refs) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        pa = self.pa
        if self._ids:
            self.chunks.append(
                (
                    pa.array(self._ids, pa.string()),
                    pa.array(self._collections, pa.int8()),
                    pa.array(self._file, pa.int32()),
                )
            )
            self._ids, self._collections, self._file = [], [], []
        if self._refs:
            positions, paths, refs, patterns = zip(*self._refs, strict=True)
            self.ref_chunks.append(
                (
                    pa.array(positions, pa.int64()),
                    pa.array(paths, pa.string()).dictionary_encode(),  # few distinct paths
                    pa.array(refs, pa.string()),
                    pa.array(patterns, pa.int16()),
                )
            )
            self._refs = []

    def problems(self, broken: dict[str, str]) -> list[Problem]:
        """Duplicate ids and dangling references, as `check` words them."""
        import pyarrow.compute as pc  # type: ignore[import-untyped]

        pa = self.pa
        self.flush()
        ids = pa.chunked_array([c[0] for c in self.chunks], pa.string()).combine_chunks()
        collections = pa.chunked_array([c[1] for c in self.chunks], pa.int8()).combine_chunks()
        files = pa.chunked_array([c[2] for c in self.chunks], pa.int32()).combine_chunks()
        file_names = list(self.files)
        found: list[Problem] = []
        # Duplicates: each id after its first occurrence.
        duplicate = set()
        if len(pc.unique(ids)) != len(ids):
            counts = pc.value_counts(ids)
            repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
            candidates = pc.indices_nonzero(pc.is_in(ids, value_set=repeated)).to_pylist()
            _, pairs = repeats(((ids[p].as_py(), p) for p in candidates), lambda pair: pair[0])
            for (record_id, earlier), (_, position) in pairs:
                duplicate.add(position)
                there = file_names[files[earlier].as_py()]
                where = self.names[collections[earlier].as_py()]
                found.append(duplicate_id(file_names[files[position].as_py()], record_id, there, where))
        if not self.ref_chunks:
            return found
        positions = pa.chunked_array([c[0] for c in self.ref_chunks]).combine_chunks()
        paths = pa.chunked_array([c[1] for c in self.ref_chunks])
        refs = pa.chunked_array([c[2] for c in self.ref_chunks]).combine_chunks()
        patterns = pa.chunked_array([c[3] for c in self.ref_chunks]).combine_chunks()
        # The collection of each reference's target (its first occurrence), null if none.
        kinds = pc.take(collections, pc.index_in(refs, value_set=ids))
        width = len(self.names) + 1
        good = [
            pattern * width + index
            for allowed, pattern in self.patterns.items()
            for index, name in enumerate(self.names)
            if allowed is None or name in allowed
        ]
        keys = pc.add(pc.multiply(patterns.cast(pa.int64()), width), kinds.cast(pa.int64()))
        fine = pc.fill_null(pc.is_in(keys, value_set=pa.array(good, pa.int64())), False)
        if None in self.patterns:  # a mention may be a country code
            mention = pc.equal(patterns, self.patterns[None])
            country = pc.is_in(refs, value_set=pa.array(sorted(COUNTRY_NAMES)))
            fine = pc.or_(fine, pc.and_(mention, country))
        if broken:  # references to records that failed are not dangling: their problems are listed
            fine = pc.or_(fine, pc.is_in(refs, value_set=pa.array(list(broken), pa.string())))
        bad = pc.indices_nonzero(pc.invert(fine)).to_pylist()
        if not bad:
            return found
        allowed_of = {pattern: allowed for allowed, pattern in self.patterns.items()}
        pool = None
        budget = 50
        for index in bad:
            position = positions[index].as_py()
            if position in duplicate:
                continue  # `check` follows the references of each id's first record only
            ref = refs[index].as_py()
            allowed = allowed_of[patterns[index].as_py()]
            kind = None if not kinds[index].is_valid else self.names[kinds[index].as_py()]
            wanted = "record" if allowed is None else " or ".join(self.singular.get(a, a) for a in allowed)
            if kind is None:
                message = f"no {wanted} has id {ref!r}"
                if budget > 0 and len(ids) <= _SUGGEST_UP_TO:
                    budget -= 1
                    if pool is None:
                        pool = list(zip(ids.to_pylist(), collections.to_pylist(), strict=True))
                    groups = [
                        sorted(i for i, c in pool if name is None or self.names[c] == name)
                        for name in allowed or (None,)
                    ]
                    close = suggest(ref, *groups)
                    if close:
                        message += "; did you mean " + ", ".join(map(repr, close)) + "?"
            else:
                article = "an" if wanted[0] in "aeiou" else "a"
                message = f"expected the id of {article} {wanted}, but {ref!r} is in {kind}"
            record_id = ids[position].as_py()
            file = file_names[files[position].as_py()]
            found.append(Problem(file, record_id, paths[index].as_py(), message))
        return found


class _Writer:
    """A table's Parquet file being written: records gather until a batch is full."""

    def __init__(self, table: Table, schema_: Any, writer: Any, rows: int) -> None:
        self.table, self.schema, self.writer, self.rows = table, schema_, writer, rows
        self.pending: list[Any] = []

    def add(self, item: Any) -> None:
        self.pending.append(item)
        if len(self.pending) >= self.rows:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            for batch in record_batches(self.table, self.schema, self.pending, self.rows):
                self.writer.write_batch(batch)
            self.pending = []


def load_to_parquet(
    extra: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    folder: str | os.PathLike[str],
    *,
    registry: schema.Registry = COLLECTIONS,
    max_bytes: int = MAX_FILE_BYTES,
    rows: int | None = None,
) -> list[Path]:
    """Check the data files in `extra` as `load` does and write what it would load as Parquet.

    The result is what ``write_parquet(load(extra), folder)`` writes (the bundled
    records and the user's, every table and ``citations``), with every check `load`
    runs, but the records are never all held as Python objects: each is validated,
    written to its table in record batches of `rows` rows (`BATCH_ROWS` by default),
    and dropped. Rows keep the order of the files (the bundled records last, as a user's
    file may cite one again) rather than being sorted by id. A JSON Lines file is read a
    line at a time, so `max_bytes` limits only the files read whole (TOML, JSON, source
    texts). Needs the ``parquet`` extra.

    Raises `DataError` listing every problem, and then writes nothing: the files are
    swapped in together only once every check has passed.

    >>> import tempfile
    >>> from eucentralasia.testing import example_dataset, write_dataset
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = write_dataset(example_dataset(), folder + "/data")
    ...     paths = load_to_parquet(folder + "/data", folder + "/parquet")
    ...     [path.name for path in paths][:2]
    ['sources.parquet', 'events.parquet']
    """
    pa = import_pyarrow("load_to_parquet")
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    paths = [extra] if isinstance(extra, (str, os.PathLike)) else list(extra)
    rows = rows or BATCH_ROWS
    with collector_paused(), Files(folder) as files, contextlib.ExitStack() as stack:
        batch = Batch()
        named = user_files(paths, batch)
        release, bundled = bundled_data.get()
        # First pass: the sources, so that each quote is checked as its record is read.
        sources = {e.record.id: e.record for e in bundled if isinstance(e.record, Source)}
        quiet = Batch()  # the sources' own problems are found again in the second pass
        for name, path in named:
            for parsed in _documents(name, path, quiet, max_bytes, only="sources"):
                read_parsed(name, parsed, path.parent, quiet, registry, max_bytes)
                for entry in quiet.entries:
                    sources.setdefault(entry.record.id, entry.record)
                quiet.entries.clear()
        del quiet
        root = files.folder()
        writers = {}
        for table in (*(record_table(name, registry) for name in registry), CITATIONS):
            schema_ = arrow_schema(table, registry, release.version)
            stream = stack.enter_context(files.binary(root / f"{table.name}.parquet"))
            writer = stack.enter_context(pq.ParquetWriter(stream, schema_, compression="zstd"))
            writers[table.name] = _Writer(table, schema_, writer, rows)
        ids = _Ids(pa, registry)
        repeats = Repeats(bundled)

        def register(entry: Entry) -> int:
            position = ids.add(entry.file, entry.collection, entry.record.id)
            for path, ref, allowed in schema.references_of(entry.record):
                ids.refer(position, path, ref, allowed)
            return position

        def write(entry: Entry, position: int) -> None:
            record = entry.record
            writers[entry.collection].add(record)
            for path, citation in schema.citations_of(record):
                writers["citations"].add((entry.collection, record.id, path, citation))
                for field, ref, allowed in schema.references_of(citation):
                    if field != "source":
                        ids.refer(position, f"{path}.{field}", ref, allowed)
                ids.refer(position, f"{path}.source", citation.source, ("sources",))
                source = sources.get(citation.source)
                if isinstance(source, Source) and source.text is not None:
                    try:
                        citation.verify(source.text)
                    except FieldError as exc:
                        batch.problems.append(
                            Problem(entry.file, record.id, f"{path}.{exc.path}", exc.message)
                        )

        # The bundled records' ids first, their rows last: a user's file may cite one again.
        positions = [register(entry) for entry in bundled]
        for name, path in named:
            for parsed in _documents(name, path, batch, max_bytes):
                read_parsed(name, parsed, path.parent, batch, registry, max_bytes)
                for entry in batch.entries:
                    if repeats.mine(entry, batch.exports):
                        write(entry, register(entry))
                batch.entries.clear()
        for entry, position in zip(bundled, positions, strict=True):
            write(repeats.folded(entry), position)
        problems = batch.problems + ids.problems(batch.broken)
        if problems:
            raise DataError(problems)
        for writer in writers.values():
            writer.flush()
    return [root / f"{name}.parquet" for name in [*registry, CITATIONS.name]]
