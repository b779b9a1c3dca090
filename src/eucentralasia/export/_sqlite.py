"""SQLite: one database of typed tables, full-text indexes and link tables, for Datasette.

Every table and column comes from `tables` (so from the schema), as in the CSV export;
beside them:

- a link table per many-valued reference (``events_participants``: record, position,
  target), so that "which events did this official take part in" is a join;
- an FTS5 index ``<table>_fts`` over each table's searched texts (names, titles,
  summaries, notes; the quotes in ``citations_fts``), declared with ``content="<table>"``
  as Datasette looks for, so that every table page gets a search box;
- ``metadata.json``, Datasette's description of the database: titles and descriptions
  of every table and column, the licence and the sources.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, NamedTuple

from eucentralasia._dataset import Dataset
from eucentralasia._files import Files
from eucentralasia._schema import Registry, describe_field, fields_of
from eucentralasia.export._arguments import takes
from eucentralasia.export._datapackage import DESCRIPTION, HOMEPAGE, LICENSES, TITLE, source_titles
from eucentralasia.export._tables import Column, Table, tables

__all__ = ["to_sqlite"]

# Table Schema type -> SQLite column type. A decimal's column has no declared type (so no
# affinity): NUMERIC would turn its text into a real that keeps only 15 digits, while
# `_cell` stores an integer or real only where it is exact, else the decimal's text.
_TYPES: Final = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "",
    "boolean": "INTEGER",
    "date": "TEXT",
    "array": "TEXT",
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _cell(value: object) -> object:
    """A Python cell value as SQLite stores it: JSON text for lists, ISO text for days."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and -(2**63) <= value < 2**63:
            return int(value)
        number = float(value)
        return number if Decimal(repr(number)) == value else str(value)
    return value


def _definition(column: Column) -> str:
    parts = [_quote(column.name), *filter(None, [_TYPES[column.type]])]
    if column.required:
        parts.append("NOT NULL")
    if column.choices:
        parts.append(f"CHECK ({_quote(column.name)} IN ({', '.join(map(_literal, column.choices))}))")
    elif column.type == "boolean":
        parts.append(f"CHECK ({_quote(column.name)} IN (0, 1))")
    if column.reference is not None:
        parts.append(f"REFERENCES {_quote(column.reference)}(id)")
    return " ".join(parts)


def _create(table: Table) -> str:
    columns = [_definition(column) for column in table.columns]
    columns.append(f"PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})")
    return f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(columns) + "\n)"


class _Link(NamedTuple):
    """A link table: the ids one many-valued reference field of a collection holds."""

    name: str
    collection: str
    field: str
    description: str
    target: str | None  # the one collection its ids belong to, if only one


def _links(registry: Registry) -> Iterator[_Link]:
    for name, collection in registry.items():
        for field, meta in fields_of(collection.cls):
            if meta.many and meta.kind in ("reference", "mention"):
                target = meta.collections[0] if len(meta.collections) == 1 else None
                description = describe_field(collection.cls, field.name, collection.singular)
                yield _Link(f"{name}_{field.name}", name, field.name, description, target)


def _create_link(link: _Link) -> str:
    target = f" REFERENCES {_quote(link.target)}(id)" if link.target else ""
    return (
        f"CREATE TABLE {_quote(link.name)} (\n"
        f"  record TEXT NOT NULL REFERENCES {_quote(link.collection)}(id),\n"
        "  position INTEGER NOT NULL,\n"
        f"  target TEXT NOT NULL{target},\n"
        "  PRIMARY KEY (record, position)\n)"
    )


def _searched(table: Table, registry: Registry) -> list[str]:
    """The columns of `table` that hold searched texts: names, titles, summaries, quotes."""
    if table.name not in registry:
        return ["quote"] if any(c.name == "quote" for c in table.columns) else []
    searched = {f.name for f, meta in fields_of(registry[table.name].cls) if meta.search is not None}
    return [column.name for column in table.columns if column.name in searched]


def _label(table: Table, registry: Registry) -> str | None:
    """The column naming a row where another table links to it (Datasette's label column)."""
    if table.name in registry:
        for field, meta in fields_of(registry[table.name].cls):
            if meta.heading:
                return field.name
    return None


def _build(connection: sqlite3.Connection, dataset: Dataset) -> None:
    registry = dataset.registry
    for table in tables(registry):
        connection.execute(_create(table))
        marks = ", ".join("?" * len(table.columns))
        rows = ([_cell(v) for v in row] for row in table.values(table.rows(dataset)))
        connection.executemany(f"INSERT INTO {_quote(table.name)} VALUES ({marks})", rows)
        searched = _searched(table, registry)
        if searched:
            fts = _quote(f"{table.name}_fts")
            names = ", ".join(map(_quote, searched))
            # External content: the index holds no second copy of the texts.
            connection.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content={_quote(table.name)})"
            )
            connection.execute(
                f"INSERT INTO {fts} (rowid, {names}) SELECT rowid, {names} FROM {_quote(table.name)}"
            )
    for link in _links(registry):
        connection.execute(_create_link(link))
        connection.executemany(
            f"INSERT INTO {_quote(link.name)} VALUES (?, ?, ?)",
            (
                (record.id, position, target)
                for record in dataset.collection(link.collection)
                for position, target in enumerate(getattr(record, link.field))
            ),
        )


def _metadata(dataset: Dataset, database: str) -> dict[str, Any]:
    """Datasette's ``metadata.json``: the database, every table and column described."""
    registry = dataset.registry
    described: dict[str, Any] = {}
    for table in tables(registry):
        entry: dict[str, Any] = {
            "title": table.title,
            "description": table.description,
            "columns": {column.name: column.description for column in table.columns},
            "sort": table.primary_key[0],
        }
        label = _label(table, registry)
        if label is not None:
            entry["label_column"] = label
        described[table.name] = entry
    for link in _links(registry):
        described[link.name] = {
            "title": f"{registry[link.collection].title}: {link.field}",
            "description": f"One row per id in a {registry[link.collection].singular}'s "
            f"{link.field}: {link.description}.",
            "columns": {
                "record": f"Id of the {registry[link.collection].singular}",
                "position": f"Where the id stands in the {link.field} list, from 0",
                "target": "The id it holds",
            },
        }
    titles = source_titles(dataset)
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "license": LICENSES[0]["name"],
        "license_url": LICENSES[0]["path"],
        "source": "; ".join(titles),
        "about": "eucentralasia",
        "about_url": HOMEPAGE,
        "version": dataset.version,
        "databases": {
            database: {
                "title": TITLE,
                "description": f"{DESCRIPTION} Data release {dataset.version}.",
                "tables": described,
            }
        },
    }


@takes(Dataset)
def to_sqlite(dataset: Dataset, path: str | os.PathLike[str]) -> list[Path]:
    """Return the paths written: the SQLite database at `path` and ``metadata.json`` beside it.

    The database holds a table per collection with typed columns (those of `write_csv`:
    text, integers, exact numbers (an integer or real where that is exact, else the
    decimal's text), booleans as 0/1, days as ISO text,
    lists and nested values as JSON text that SQLite's JSON functions read), ``id``
    as primary key and foreign keys where a column holds one id of another table; the
    ``citations`` table (one row per quote: collection, record, field, source, quote,
    start, end, speaker, prefix, suffix); a link table per many-valued reference
    (``events_participants`` and the like: record, position, target); and an FTS5
    full-text index ``<table>_fts`` over each table's names, titles, summaries and
    notes, and over the quotes (``citations_fts``). ``metadata.json`` describes every
    table and column for Datasette (``datasette eucentralasia.db --metadata
    metadata.json``), with the licence, the sources and the data release
    (`Dataset.version`).

    Both files are written to temporary files beside them and then replace them
    together, so existing files are either replaced whole or left as they were.

    >>> import sqlite3, tempfile
    >>> from pathlib import Path
    >>> from eucentralasia.testing import example_dataset
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     database, metadata = to_sqlite(example_dataset(), Path(folder) / "example.db")
    ...     with contextlib.closing(sqlite3.connect(database)) as db:
    ...         db.execute(
    ...             "SELECT events.id, events.date_start FROM events_fts"
    ...             " JOIN events ON events.rowid = events_fts.rowid WHERE events_fts MATCH 'summit'"
    ...         ).fetchall()
    [('example-summit', '2025-04-03')]
    >>> metadata.name
    'metadata.json'
    """
    target = Path(path)
    # Built in memory and written as bytes: the database and its description are written
    # together, each whole or not at all, like every file the package writes.
    with contextlib.closing(sqlite3.connect(":memory:")) as connection:
        _build(connection, dataset)
        connection.commit()
        data = connection.serialize()
    metadata = target.with_name("metadata.json")
    text = json.dumps(_metadata(dataset, target.stem), ensure_ascii=False, indent=2) + "\n"
    with Files(target.parent) as files:
        files.write(target, data)
        files.write(metadata, text)
    return [target, metadata]
