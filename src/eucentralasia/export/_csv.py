"""CSV: one file per collection plus ``citations.csv``, for spreadsheets."""

from __future__ import annotations

import csv
import datetime as _dt
import json
import os
from pathlib import Path
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia._files import Files
from eucentralasia.export._arguments import takes
from eucentralasia.export._tables import Table, tables

__all__ = ["CSV_ENCODING", "cell", "write_csv"]

CSV_ENCODING: Final = "utf-8-sig"
"""UTF-8 with a byte order mark: without the mark, Excel reads UTF-8 CSV as the local
code page and garbles "Síkela"; with it, Excel, LibreOffice, pandas (``encoding="utf-8-sig"``)
and Python's csv module all read it right."""


def cell(value: object) -> str:
    """A Python value as CSV cell text: empty for None, JSON for lists and dicts.

    Booleans are ``true``/``false``, dates ISO 8601, decimals their exact text.

    >>> cell(None), cell(True), cell([{"source": "a"}]), cell(_dt.date(2025, 2, 1))
    ('', 'true', '[{"source": "a"}]', '2025-02-01')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def write_tables(dataset: Dataset, files: Files) -> list[Path]:
    """Stage every table as ``<files.within>/<table.name>.csv`` in `files`; return their paths."""
    folder = files.folder()
    return [
        _write_table(dataset, table, folder / f"{table.name}.csv", files)
        for table in tables(dataset.registry)
    ]


def _write_table(dataset: Dataset, table: Table, path: Path, files: Files) -> Path:
    # newline="": the csv module writes its own \r\n line ends (RFC 4180) and quotes
    # newlines inside cells; text mode must not translate them again.
    with files.open(path, encoding=CSV_ENCODING, newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(column.name for column in table.columns)
        writer.writerows([cell(value) for value in row] for row in table.values(table.rows(dataset)))
    return path


@takes(Dataset)
def write_csv(dataset: Dataset, folder: str | os.PathLike[str]) -> list[Path]:
    """Return the CSV files written to `folder`: one per collection, then ``citations.csv``.

    ``sources.csv``, ``events.csv``, ``agreements.csv``, ``officials.csv``,
    ``organizations.csv`` and ``trade_figures.csv`` hold a row per record (ordered by
    id) under a header row; ``citations.csv`` a row per quote (collection, record,
    field, source, quote, start, end) for auditing quotes. The folder is created if
    needed; existing files of those names are replaced, all together once every one is
    written (an error or Ctrl-C part-way changes nothing).

    Files are UTF-8 with a byte order mark (`CSV_ENCODING`) so Excel opens them right,
    with ``\\r\\n`` line ends and double quotes as RFC 4180 has it. Columns are flat:
    a date field gives its EDTF text plus ``<field>_start`` / ``<field>_end`` ISO days;
    a location gives ``location_place`` and ``location_country``; lists and nested
    values (citations, milestones, roles, authors, ids) are JSON text; decimals are
    written exactly; booleans are ``true``/``false``; an empty cell is a missing value.
    A source's full text is in the ``text`` column (Excel shows at most 32,767
    characters of a cell; the file holds all of it). Cells are written as they are:
    a spreadsheet may read a cell starting with ``=`` as a formula.

    >>> import tempfile
    >>> from eucentralasia.testing import example_dataset
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [path.name for path in write_csv(example_dataset(), folder)]
    ['sources.csv', 'events.csv', 'agreements.csv', 'officials.csv', 'organizations.csv',
     'trade_figures.csv', 'statements.csv', 'relations.csv', 'citations.csv']
    """
    with Files(folder) as files:
        return write_tables(dataset, files)
