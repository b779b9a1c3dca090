"""``eucentralasia export``: the data in a format other tools read."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia.cli._common import (
    PROG,
    Command,
    Failure,
    Parser,
    UsageError,
    json_text,
    write_failures,
)

__all__ = ["COMMAND"]

# Format -> (what it writes, whether --out is a folder).
_FORMATS: Final = {
    "json": ("the whole dataset, source texts included; loading it back gives an equal dataset", False),
    "csv": ("one CSV file per collection plus citations.csv, into a folder", True),
    "jsonld": ("JSON-LD with the schema.org vocabulary, for linked-data tools", False),
    "ics": ("an iCalendar file of the dated events and milestones", False),
    "datapackage": ("the CSV files plus a Frictionless datapackage.json, into a folder", True),
    "sqlite": ("SQLite with full-text search, plus metadata.json for Datasette", False),
    "parquet": ("a Parquet file per collection, into a folder (the parquet extra)", True),
}
# The file name endings that say the format when --format is not given.
_SUFFIXES: Final = {
    ".json": "json",
    ".jsonld": "jsonld",
    ".ics": "ics",
    ".ical": "ics",
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
}

_EXPORT_EXAMPLES = f"""\
examples:
  {PROG} export --out eucentralasia.json
  {PROG} export --format csv --out tables/
  {PROG} export --out eucentralasia.jsonld
  {PROG} export --out events.ics
  {PROG} export --format ics --out - | head
  {PROG} export --format datapackage --out package/
  {PROG} export --out eucentralasia.db
  {PROG} export --format parquet --out parquet/
  {PROG} export --format parquet --out parquet/ --data big.jsonl
  {PROG} export --out all.json --data my_records/

formats:
{chr(10).join(f"  {name:<12} {what}" for name, (what, _) in _FORMATS.items())}

Without --format, the name's ending says the format: .json, .jsonld, .ics (or .ical),
.db (or .sqlite, .sqlite3); csv, datapackage and parquet write folders and are asked
for by name. --out - writes a text format (json, jsonld, ics) to standard output. Existing
files of the same names are replaced; a folder is created if needed. A format
needing a package that is not installed says which extra to install. sqlite writes
metadata.json beside the database, for Datasette:
  datasette eucentralasia.db --metadata metadata.json
parquet streams: each --data record is checked as every command checks it, written
in batches and let go, so JSON Lines files too large to load (10^7 records) convert
in bounded memory; rows keep the files' order, the bundled records first. Bad data
writes nothing.
"""


def _export_options(parser: Parser) -> None:
    """The options and arguments of ``export``."""
    parser.add_argument(
        "--format",
        choices=list(_FORMATS),
        metavar="FORMAT",  # the choices are listed under "formats:" below; in the usage line they overflow
        help="the format to write, one of the formats below (default: from the --out name's ending)",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the file (json, jsonld, ics; - for standard output) or folder to write",
    )


def _format(args: argparse.Namespace) -> str:
    """The format asked for, by --format or by the --out name's ending."""
    format: str | None = args.format or _SUFFIXES.get(Path(args.out).suffix.lower())
    if format is None:
        endings = ", ".join(_SUFFIXES)
        raise UsageError(f"--format is needed: {args.out!r} does not end in {endings}")
    if args.out == "-":
        if _FORMATS[format][1]:
            raise UsageError(f"--out -: {format} writes a folder, not one file for standard output")
        if format == "sqlite":
            raise UsageError("--out -: sqlite writes a database file, not text for standard output")
    return format


def _write(format: str, out: Path, write: Callable[[Path], Path | list[Path]]) -> int:
    """Write `out` in `format` with `write` and print each path written."""
    # Checked here, as the writers' own errors ("File exists") would not say what is wrong.
    if _FORMATS[format][1]:
        if out.exists() and not out.is_dir():
            raise Failure(f"cannot write {out}: {format} writes a folder, and this is a file")
    elif out.is_dir():
        raise Failure(f"cannot write {out}: {format} writes a file, and this is a folder")
    with write_failures(out):
        written = write(out)
    for path in written if isinstance(written, list) else [written]:
        also = " and the CSV files it describes" if format == "datapackage" else ""
        print(f"wrote {path}{also}")
    return 0


def _stream_export(args: argparse.Namespace) -> int | None:
    """Parquet without loading: the --data files streamed through `export.load_to_parquet`.

    Checked as `load` checks them, written in record batches and never all held as
    Python objects, so data too large to load converts; None for the other formats.
    """
    if _format(args) != "parquet":
        return None
    from eucentralasia.export import load_to_parquet  # pyarrow only when Parquet is asked for

    return _write("parquet", Path(args.out), lambda out: load_to_parquet(args.data, out))


def _run_export(dataset: Dataset, args: argparse.Namespace) -> int:
    """Write the data in the format asked for and print each path written."""
    from eucentralasia import export  # imports its optional dependencies only when a format needs them

    writers: dict[str, Callable[[Dataset, Path], Path | list[Path]]] = {
        "json": export.write_json,
        "csv": export.write_csv,
        "jsonld": export.write_jsonld,
        "ics": export.write_ical,
        "datapackage": export.write_datapackage,
        "sqlite": export.to_sqlite,
    }
    format = _format(args)
    if args.out == "-":
        texts: dict[str, Callable[[Dataset], str]] = {
            "json": export.to_json,
            "jsonld": lambda ds: json_text(export.to_jsonld(ds)),
            "ics": export.to_ical,
        }
        sys.stdout.write(texts[format](dataset).rstrip("\n") + "\n")
        return 0
    return _write(format, Path(args.out), lambda out: writers[format](dataset, out))


COMMAND: Final = Command(
    "write the data as JSON, CSV, JSON-LD, iCalendar, a Data Package, SQLite or Parquet",
    "Write the data (with any --data records) in a format other tools read.",
    _EXPORT_EXAMPLES,
    _run_export,
    _export_options,
    unloaded=_stream_export,
)
