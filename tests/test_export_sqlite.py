"""SQLite export: opened with sqlite3 (typed tables, FTS5, link tables) and with Datasette."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import eucentralasia as eca
from eucentralasia._schema import citations_of, fields_of
from eucentralasia.export import _sqlite, to_sqlite
from eucentralasia.export._tables import tables
from eucentralasia.testing import datasets, example_dataset


@contextlib.contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        yield connection


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database, metadata = to_sqlite(eca.load(), tmp_path_factory.mktemp("sqlite") / "eucentralasia.db")
    assert metadata == database.with_name("metadata.json")
    return database


def rows(db: sqlite3.Connection, sql: str, *args: object) -> list[tuple[Any, ...]]:
    return db.execute(sql, args).fetchall()


def check_database(ds: eca.Dataset, path: Path) -> None:
    """What every export holds, read back with sqlite3 alone."""
    with opened(path) as db:
        for table in tables(ds.registry):
            declared = [row[1] for row in rows(db, f'PRAGMA table_info("{table.name}")')]
            assert declared == [column.name for column in table.columns]
        for name in ds.registry:
            assert [r[0] for r in rows(db, f'SELECT id FROM "{name}"')] == [r.id for r in ds.collection(name)]
        expected = [(r.id, path, c) for r in ds for path, c in citations_of(r)]
        got = rows(db, 'SELECT record, field, source, quote, start, "end", speaker FROM citations')
        assert sorted(got) == sorted(
            (i, p, c.source, c.quote, c.start, c.end, c.speaker) for i, p, c in expected
        )
        # Every link table holds, in order, the ids of its field.
        for name, collection in ds.registry.items():
            for field, meta in fields_of(collection.cls):
                if meta.many and meta.kind in ("reference", "mention"):
                    linked = rows(
                        db, f'SELECT record, target FROM "{name}_{field.name}" ORDER BY record, position'
                    )
                    want = [(r.id, t) for r in ds.collection(name) for t in getattr(r, field.name)]
                    assert linked == want
        for figure in ds.trade_figures:
            [(value,)] = rows(db, "SELECT value FROM trade_figures WHERE id = ?", figure.id)
            # Exact, whichever storage class SQLite chose for it.
            assert Decimal(str(value)) == figure.value
        assert rows(db, "PRAGMA integrity_check") == [("ok",)]


def test_bundled_tables_and_types(bundled: Path) -> None:
    ds = eca.load()
    check_database(ds, bundled)
    with opened(bundled) as db:
        assert rows(db, "PRAGMA foreign_key_check") == []
        dated = "SELECT DISTINCT typeof(date_start) FROM events WHERE date IS NOT NULL"
        assert rows(db, dated) == [("text",)]
        assert rows(db, "SELECT DISTINCT typeof(projection) FROM trade_figures") == [("integer",)]
        # Days as ISO text sort as days do, and the JSON columns are read by SQLite's JSON functions.
        starts = [
            r[0] for r in rows(db, "SELECT date_start FROM events WHERE date_start IS NOT NULL ORDER BY 1")
        ]
        assert starts == sorted(e.date.start().to_date_string() for e in ds.events if e.date is not None)
        [(count,)] = rows(db, "SELECT sum(json_array_length(citations)) FROM events")
        assert count == sum(len(e.citations) for e in ds.events)
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO events (id, title, kind, status) VALUES ('x', 'x', 'no-such-kind', 'held')"
            )


def test_full_text_search_finds_every_quote_and_title(bundled: Path) -> None:
    ds = eca.load()
    with opened(bundled) as db:
        for citation_row in rows(db, "SELECT rowid, quote FROM citations"):
            rowid, quote = citation_row
            phrase = '"' + quote.replace('"', '""') + '"'
            found = [
                r[0] for r in rows(db, "SELECT rowid FROM citations_fts WHERE citations_fts MATCH ?", phrase)
            ]
            assert rowid in found
        for event in ds.events:
            phrase = '"' + event.title.replace('"', '""') + '"'
            found = rows(
                db,
                "SELECT events.id FROM events_fts JOIN events ON events.rowid = events_fts.rowid"
                " WHERE events_fts MATCH ?",
                phrase,
            )
            assert (event.id,) in found
        # A word, ranked: the quotes on energy name it.
        hits = rows(db, "SELECT quote FROM citations_fts WHERE citations_fts MATCH 'energy' ORDER BY rank")
        assert hits
        assert all("energy" in quote.lower() for (quote,) in hits)


def test_metadata_describes_every_table_and_column(bundled: Path) -> None:
    metadata = json.loads(bundled.with_name("metadata.json").read_text(encoding="utf-8"))
    assert metadata["license"] == "MIT"
    assert metadata["version"] == eca.load().version
    assert all(source.title in metadata["source"] for source in eca.load().sources)
    described = metadata["databases"]["eucentralasia"]["tables"]
    with opened(bundled) as db:
        names = [
            r[0]
            for r in rows(
                db,
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND sql NOT LIKE '%VIRTUAL%' AND name NOT LIKE '%_fts_%'",
            )
        ]
        for name in names:
            columns = [r[1] for r in rows(db, f'PRAGMA table_info("{name}")')]
            assert set(described[name]["columns"]) == set(columns), name
            assert all(described[name]["columns"].values())
            assert described[name]["title"]
            assert described[name]["description"]
    assert described["events"]["columns"]["title"] == "The event's title"
    assert described["officials"]["label_column"] == "name"


def test_datasette_serves_it_with_search_and_descriptions(bundled: Path) -> None:
    from datasette.app import Datasette

    metadata = json.loads(bundled.with_name("metadata.json").read_text(encoding="utf-8"))

    async def visit() -> None:
        site = Datasette([str(bundled)], metadata=metadata)
        found = await site.client.get("/eucentralasia/events.json?_search=summit&_shape=array")
        assert found.status_code == 200
        ids = {row["id"] for row in found.json()}
        assert "eu-central-asia-summit-samarkand-2025" in ids
        page = await site.client.get("/eucentralasia/events")
        assert page.status_code == 200
        assert 'name="_search"' in page.text  # the search box Datasette gives an FTS table
        assert "One row per event" in page.text
        quotes = await site.client.get("/eucentralasia/citations.json?_search=energy&_shape=array")
        assert quotes.status_code == 200
        assert quotes.json()
        # A foreign key is shown by the label column of the row it points to.
        labelled = await site.client.get("/eucentralasia/sources.json?_shape=array&_labels=on")
        interviewees = [row["interviewee"] for row in labelled.json() if row["interviewee"]]
        names = {official.id: official.name for official in eca.load().officials}
        assert interviewees
        assert all(cell["label"] == names[cell["value"]] for cell in interviewees)

    asyncio.run(visit())


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data.db"
    path.write_bytes(b"what was there")

    def broken(connection: sqlite3.Connection, dataset: eca.Dataset) -> None:
        connection.execute("CREATE TABLE half (x)")
        raise OSError("disk full")

    monkeypatch.setattr(_sqlite, "_build", broken)
    with pytest.raises(OSError, match="disk full"):
        to_sqlite(example_dataset(), path)
    assert path.read_bytes() == b"what was there"
    assert [p.name for p in tmp_path.iterdir()] == ["data.db"]


def test_rewriting_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "data.db"
    to_sqlite(eca.load(), path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask()  # not a temporary file's private 0600
    path.chmod(0o640)
    to_sqlite(example_dataset(), path)
    check_database(example_dataset(), path)
    assert path.stat().st_mode & 0o777 == 0o640  # the replaced file's own mode kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.db", "metadata.json"]


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_missing_folder_is_an_error_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "data.db"
    with pytest.raises(OSError, match="no such folder") as error:
        to_sqlite(example_dataset(), missing)
    assert error.value.filename == str(missing)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_any_dataset_round_trips_through_sqlite(ds: eca.Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path, _ = to_sqlite(ds, Path(folder) / "any.db")
        check_database(ds, path)
