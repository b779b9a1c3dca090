"""Arrow and Parquet: a typed table per collection, written in record batches (extra ``parquet``).

The columns are those of `tables` (so of the schema), with Arrow types: a date's
``<field>_start`` and ``<field>_end`` as ``date32`` beside its EDTF text and precision;
lists of texts as ``list<string>``; lists of nested values (citations, milestones, roles,
authors) as lists of structs whose fields are the nested class's own; a trade figure's
value as ``float64``. Every column carries its description as field metadata, every
schema the table's title and description.
"""

from __future__ import annotations

import enum
import functools
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from types import NoneType, UnionType
from typing import TYPE_CHECKING, Any, Final, Union, get_args, get_origin, get_type_hints

import attrs

from eucentralasia._dataset import Dataset
from eucentralasia._dates import DateRange, PartialDate
from eucentralasia._files import Files
from eucentralasia._schema import Registry
from eucentralasia.export._arguments import takes
from eucentralasia.export._datapackage import DESCRIPTION, LICENSES, TITLE
from eucentralasia.export._optional import missing_extra
from eucentralasia.export._tables import Column, Table, tables

if TYPE_CHECKING:
    import pyarrow  # type: ignore[import-untyped]

__all__ = ["BATCH_ROWS", "arrow_schema", "record_batches", "to_arrow", "write_parquet"]

BATCH_ROWS: Final = 65_536
"""Rows per record batch: what is held at once while a table is written."""


def import_pyarrow(feature: str) -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise missing_extra("pyarrow", "parquet", feature) from exc
    return pyarrow


def _type(pa: Any, hint: Any) -> Any:
    """The Arrow type of values of the Python type `hint`, as the converter unstructures them."""
    if get_origin(hint) in (Union, UnionType):
        options = [option for option in get_args(hint) if option is not NoneType]
        # A date field (PartialDate | DateRange) is its EDTF text.
        return _type(pa, options[0]) if len(options) == 1 else pa.string()
    if get_origin(hint) is tuple:
        # "element": the list item's name in Parquet's own list layout, so a table read
        # back from its file equals the one written.
        return pa.list_(pa.field("element", _type(pa, get_args(hint)[0])))
    if attrs.has(hint):
        hints = get_type_hints(hint)
        return pa.struct([pa.field(f.name, _type(pa, hints[f.name])) for f in attrs.fields(hint)])
    if hint in (PartialDate, DateRange) or (isinstance(hint, type) and issubclass(hint, (str, enum.Enum))):
        return pa.string()
    simple = {bool: pa.bool_(), int: pa.int64(), Decimal: pa.float64()}
    return simple[hint]


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _column_type(pa: Any, column: Column, cls: type | None) -> Any:
    if column.type == "array":
        if cls is None:
            raise TypeError(f"no Arrow type for the list column {column.name!r}")
        return _type(pa, _hints(cls)[column.name])
    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }
    return types[column.type]


def _class(table: Table, registry: Registry) -> type | None:
    return registry[table.name].cls if table.name in registry else None


def arrow_schema(table: Table, registry: Registry, version: str | None = None) -> pyarrow.Schema:
    """The Arrow schema of `table`: its columns typed and described, the table described."""
    pa = import_pyarrow("arrow_schema")
    cls = _class(table, registry)
    fields = [
        pa.field(
            column.name,
            _column_type(pa, column, cls),
            nullable=not column.required,
            # A list is a list column here, not the JSON text the CSV's description speaks of.
            metadata={"description": column.description.removesuffix(" (JSON array)")},
        )
        for column in table.columns
    ]
    metadata = {
        "title": table.title,
        "description": table.description,
        "primary_key": json.dumps(list(table.primary_key)),
        "dataset": TITLE,
        "dataset_description": DESCRIPTION,
        "license": LICENSES[0]["name"],
    }
    if version is not None:
        metadata["version"] = version
    return pa.schema(fields, metadata=metadata)


def _getter(column: Column) -> Callable[[Any], object]:
    if column.type == "number":
        get = column.get
        return lambda item: None if (value := get(item)) is None else float(value)  # type: ignore[arg-type]
    return column.get


def record_batches(
    table: Table, schema: pyarrow.Schema, items: Iterable[Any], rows: int | None = None
) -> Iterator[pyarrow.RecordBatch]:
    """`items` (records, or what `table.rows` gives) as record batches of at most `rows` rows.

    `rows` defaults to `BATCH_ROWS`.
    """
    pa = import_pyarrow("record_batches")
    rows = rows or BATCH_ROWS
    getters = [_getter(column) for column in table.columns]
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, rows)):
        arrays = [
            pa.array(list(map(get, chunk)), type=field.type)
            for get, field in zip(getters, schema, strict=True)
        ]
        yield pa.RecordBatch.from_arrays(arrays, schema=schema)


@takes(Dataset)
def to_arrow(dataset: Dataset) -> dict[str, pyarrow.Table]:
    """Return the dataset as Arrow tables by name: one per collection, then ``citations``.

    The columns are those of `write_csv`, typed: text as ``string``; a date as its EDTF
    text, ``<field>_precision`` and the first and last day it may be as ``date32``
    (``<field>_start``, ``<field>_end``); enums as their text; booleans as ``bool``; a
    trade figure's value as ``float64`` (exact to 15 significant digits; the JSON and
    CSV exports keep every digit); lists of ids, codes and names as ``list<string>``;
    citations, milestones, roles and authors as lists of structs with the nested
    class's own fields. Each field's metadata holds its description; each schema's, the
    table's title, description and primary key and the data release (`Dataset.version`).
    Needs the ``parquet`` extra (``pip install "eucentralasia[parquet]"``).

    >>> from eucentralasia.testing import example_dataset
    >>> events = to_arrow(example_dataset())["events"]
    >>> events.num_rows, str(events.schema.field("date_start").type)
    (2, 'date32[day]')
    >>> events.column("date_precision").to_pylist()
    ['day', 'day']
    """
    result = {}
    for table in tables(dataset.registry):
        schema = arrow_schema(table, dataset.registry, dataset.version)
        batches = record_batches(table, schema, table.rows(dataset))
        result[table.name] = import_pyarrow("to_arrow").Table.from_batches(batches, schema=schema)
    return result


@takes(Dataset)
def write_parquet(dataset: Dataset, folder: str | os.PathLike[str]) -> list[Path]:
    """Return the Parquet files written to `folder`: one per collection, then ``citations``.

    Each file holds the Arrow table `to_arrow` gives (see there for the columns and
    their types), written in record batches of `BATCH_ROWS` rows (so memory stays
    bounded by a batch, not the table) and compressed with zstd. DuckDB, Polars, pandas,
    Spark and Dask read the folder as it is (``SELECT * FROM 'folder/events.parquet'``).
    The folder is created if needed; existing files of those names are replaced, all
    together once every one is written. Needs the ``parquet`` extra.

    >>> import tempfile
    >>> from eucentralasia.testing import example_dataset
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [path.name for path in write_parquet(example_dataset(), folder)][:3]
    ['sources.parquet', 'events.parquet', 'agreements.parquet']
    """
    import_pyarrow("write_parquet")
    with Files(folder) as files:
        root = files.folder()
        written = []
        for table in tables(dataset.registry):
            path = root / f"{table.name}.parquet"
            schema = arrow_schema(table, dataset.registry, dataset.version)
            write_batches(files, path, schema, record_batches(table, schema, table.rows(dataset)))
            written.append(path)
    return written


def write_batches(
    files: Files, path: Path, schema: pyarrow.Schema, batches: Iterable[pyarrow.RecordBatch]
) -> None:
    """Stage a Parquet file at `path` in `files` holding `batches`, one row group per batch."""
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    with files.binary(path) as stream, pq.ParquetWriter(stream, schema, compression="zstd") as writer:
        for batch in batches:
            writer.write_batch(batch)
