"""Curation helper: find a quote's span in a source, and fill in the spans of data files.

Every citation in the bundled data is a verbatim quote plus the character span
``[start, end)`` where it stands in its source's text. Spans are never typed by hand:
write the quote, then let this script compute the span.

Look up one quote (prints the span and a TOML inline table ready to paste)::

    python tools/cite.py eureporter-2025-vassilenko-interview "On February 24, 2025"
    python tools/cite.py eureporter-2025-vassilenko-interview "Astana" --occurrence 2

A quote that is not in the source, or that occurs more than once and has no
``--occurrence`` (0 for the first), is refused with exit status 1.

Fill in the spans of data files, in place::

    python tools/cite.py --fill src/eucentralasia/data/*.toml
    python tools/cite.py --fill --check src/eucentralasia/data/*.toml   # write nothing

Every citation table, at any depth (a record's ``citations``, a milestone's
``citations``), written as ``{ source = ..., quote = ... }`` and optionally
``occurrence = N`` gets its ``start`` and ``end`` computed and ``occurrence`` removed.
A citation that already has ``start``/``end`` is re-checked: if the quote still stands at
``start`` it is kept (even when the quote occurs elsewhere too); if the quote moved it is
located again, and if it is then ambiguous the script stops and asks for ``occurrence``.

Each record is then structured with ``eucentralasia.converter`` and unstructured again, so
the file holds exactly each record's ``converter.unstructure`` form (canonical field order,
defaults omitted), written with ``tomli_w``. Schema errors are reported with file, record
id and field path; nothing is written unless every file is sound. Running ``--fill`` twice
changes nothing.

Because the files are rewritten from their records, comments and hand layout are not kept;
``tomli_w`` writes short citations as inline tables and long ones as ``[[...citations]]``
tables, which TOML treats alike. To add a citation to an existing record, add an entry with
just ``source`` and ``quote`` in the form the record already uses (an inline table in its
``citations = [...]`` array, or one more ``[[...citations]]`` table) and run ``--fill`` again.

Source texts are found through the ``sources.toml`` beside the data files (``--data``
names the folder for a single lookup; it defaults to the package's ``data`` folder). Run
the script with the project's environment (``eucentralasia`` and ``tomli_w`` importable,
e.g. a venv with ``pip install -e ".[test]"``).
Exit status: 0 on success, 1 on a refused quote or a data problem (or, with ``--check``,
a file that would change), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import tomli_w

from eucentralasia import (
    Citation,
    converter,
)
from eucentralasia._model import COLLECTIONS
from eucentralasia._serialization import explain

CITATION_KEYS = frozenset({"source", "quote", "start", "end", "occurrence"})


class CurationError(Exception):
    """A problem that stops the script; the message says where and what."""


def default_data_dir() -> Path:
    """The package's data folder: the source tree's when run from a checkout."""
    tree = Path(__file__).resolve().parents[1] / "src" / "eucentralasia" / "data"
    if tree.is_dir():
        return tree
    return Path(str(files("eucentralasia") / "data"))


def read_text(path: Path) -> str:
    """A source text exactly as stored (no newline translation)."""
    return path.read_bytes().decode("utf-8")


def source_texts(data_dir: Path) -> dict[str, str]:
    """Map each source id in ``data_dir/sources.toml`` to its full text."""
    index = data_dir / "sources.toml"
    try:
        with index.open("rb") as handle:
            sources = tomllib.load(handle).get("sources", [])
    except FileNotFoundError:
        raise CurationError(f"{index}: no sources.toml, so no source texts to cite") from None
    except tomllib.TOMLDecodeError as exc:
        raise CurationError(f"{index}: not valid TOML: {exc}") from None
    texts = {}
    for entry in sources:
        if not isinstance(entry, dict) or "id" not in entry or "text_file" not in entry:
            raise CurationError(f"{index}: every [[sources]] table needs an id and a text_file")
        path = (data_dir / entry["text_file"]).resolve()
        if not path.is_relative_to(data_dir.resolve()):
            raise CurationError(f"{index}: source {entry['id']!r}: text_file escapes the data folder")
        texts[entry["id"]] = read_text(path)
    return texts


def toml_string(value: str) -> str:
    """`value` as a TOML basic string."""
    return tomli_w.dumps({"x": value})[len("x = ") :].rstrip("\n")


def inline_table(citation: Citation) -> str:
    """A citation as a one-line TOML inline table."""
    return (
        f"{{ source = {toml_string(citation.source)}, quote = {toml_string(citation.quote)}, "
        f"start = {citation.start}, end = {citation.end} }}"
    )


# -- filling -----------------------------------------------------------------------------


def _citation_tables(value: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every citation table inside `value`, with its field path (``milestones[0].citations[1]``)."""
    if isinstance(value, dict):
        if "quote" in value and "source" in value:
            yield path, value
            return
        for key, item in value.items():
            yield from _citation_tables(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _citation_tables(item, f"{path}[{index}]")


def fill_citation(table: dict[str, Any], texts: dict[str, str]) -> None:
    """Compute ``start``/``end`` of one citation table in place; raise `ValueError` if impossible."""
    extra = set(table) - CITATION_KEYS
    if extra:
        raise ValueError(f"unknown field {', '.join(sorted(extra))} in a citation")
    source, quote = table["source"], table["quote"]
    if not isinstance(source, str) or source not in texts:
        raise ValueError(f"unknown source {source!r}: expected one of {', '.join(sorted(texts))}")
    if not isinstance(quote, str) or not quote:
        raise ValueError(f"quote: expected non-empty text, got {quote!r}")
    text = texts[source]
    occurrence = table.pop("occurrence", None)
    start = table.get("start")
    if occurrence is not None:
        if type(occurrence) is not int:
            raise ValueError(f"occurrence: expected a whole number, got {occurrence!r}")
        citation = Citation.of(source, text, quote, occurrence)
    elif type(start) is int and text[start : start + len(quote)] == quote:
        # Still where it was: kept even if the quote recurs elsewhere in the text.
        citation = Citation(source=source, quote=quote, start=start, end=start + len(quote))
    else:
        try:
            citation = Citation.of(source, text, quote)
        except ValueError as exc:
            if "start" in table:
                raise ValueError(
                    f"the quote no longer stands at start = {start!r} and cannot be located again: {exc}"
                ) from None
            raise
    table.clear()
    table.update(converter.unstructure(citation))


def fill_records(name: str, records: list[Any], texts: dict[str, str]) -> tuple[list[Any], list[str]]:
    """Fill and canonicalize the records of one collection; return them and any problems."""
    cls = COLLECTIONS[name].cls
    canonical: list[Any] = []
    problems: list[str] = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            problems.append(f"{name}[{index}]: expected a table, got {record!r}")
            continue
        label = f"record {record.get('id', f'{name}[{index}]')!r}"
        failed = []
        for path, table in _citation_tables(record, ""):
            try:
                fill_citation(table, texts)
            except ValueError as exc:
                problems.append(f"{label}, field {path}: {exc}")
                failed.append(path)
                # A stand-in span, so the rest of the record is still checked against the schema.
                quote = table.get("quote")
                table.clear()
                start = len(failed)  # distinct, so stand-ins never look like repeated citations
                length = len(quote) if isinstance(quote, str) else 0
                table.update(source="unknown", quote=quote, start=start, end=start + length)
        try:
            structured: Any = converter.structure(record, cls)
        except Exception as exc:  # cattrs groups every field error; explain() unpacks them
            problems.extend(
                f"{label}, field {field or '(record)'}: {message}"
                for field, message in explain(exc)
                if not any(field == path or field.startswith(f"{path}.") for path in failed)
            )
            continue
        if failed:
            continue
        canonical.append(converter.unstructure(structured))
    return canonical, problems


def fill_file(path: Path) -> tuple[str, str, list[str]]:
    """Return the file's current text, its filled text and the problems found in it."""
    original = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(original)
    except tomllib.TOMLDecodeError as exc:
        return original, original, [f"not valid TOML: {exc}"]
    unknown = set(data) - set(COLLECTIONS)
    if unknown:
        return (
            original,
            original,
            [f"unknown top-level key {', '.join(sorted(unknown))}: expected one of {', '.join(COLLECTIONS)}"],
        )
    try:
        texts = source_texts(path.parent)
    except CurationError as exc:
        return original, original, [str(exc)]
    output: dict[str, list[Any]] = {}
    problems: list[str] = []
    for name, records in data.items():
        if not isinstance(records, list):
            problems.append(f"{name}: expected an array of tables ([[{name}]])")
            continue
        output[name], found = fill_records(name, records, texts)
        problems.extend(found)
    return original, tomli_w.dumps(output), problems


def run_fill(paths: list[Path], *, check: bool) -> int:
    """Fill every file; write them only if all are sound (and not in check mode)."""
    results = []
    failed = False
    for path in paths:
        try:
            original, filled, problems = fill_file(path)
        except OSError as exc:
            print(f"{path}: cannot read: {exc}", file=sys.stderr)
            failed = True
            continue
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
        results.append((path, original, filled))
    if failed:
        print("nothing written: fix the problems above first", file=sys.stderr)
        return 1
    changed = [(path, filled) for path, original, filled in results if filled != original]
    for path, filled in changed:
        if check:
            print(f"{path}: would change")
        else:
            path.write_text(filled, encoding="utf-8")
            print(f"{path}: updated")
    for path, original, filled in results:
        if filled == original:
            print(f"{path}: unchanged")
    return 1 if check and changed else 0


# -- command line ------------------------------------------------------------------------


def run_lookup(source: str, quote: str, occurrence: int | None, data_dir: Path) -> int:
    """Print the span of `quote` in `source` and a TOML inline table for it."""
    texts = source_texts(data_dir)
    if source not in texts:
        raise CurationError(f"unknown source {source!r}: expected one of {', '.join(sorted(texts))}")
    try:
        citation = Citation.of(source, texts[source], quote, occurrence)
    except ValueError as exc:
        hint = " (pass --occurrence N)" if "occurs" in str(exc) else ""
        raise CurationError(f"{exc}{hint}") from None
    print(f"{citation.start}:{citation.end}")
    print(inline_table(citation))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="cite.py",
        description="Find a quote's span in a source, or fill in the citation spans of data files.",
        epilog="See the module docstring (tools/cite.py) for the whole workflow.",
    )
    parser.add_argument(
        "args",
        nargs="*",
        metavar="SOURCE QUOTE | FILE",
        help="a source id and the verbatim quote to locate; with --fill, the data files to fill",
    )
    parser.add_argument(
        "--occurrence", type=int, metavar="N", help="which occurrence of a repeated quote (0 for the first)"
    )
    parser.add_argument(
        "--data", type=Path, metavar="DIR", help="data folder holding sources.toml (default: the package's)"
    )
    parser.add_argument(
        "--fill", action="store_true", help="compute the citation spans of the FILEs given, in place"
    )
    parser.add_argument(
        "--check", action="store_true", help="with --fill: write nothing, exit 1 if a file would change"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.fill:
            if args.occurrence is not None or args.data is not None:
                parser.error("--fill takes only data files (and --check)")
            if not args.args:
                parser.error("--fill needs at least one data file")
            return run_fill([Path(name) for name in args.args], check=args.check)
        if args.check:
            parser.error("--check goes with --fill")
        if len(args.args) != 2:
            parser.error("give a SOURCE id and a QUOTE, or --fill FILE...")
        source, quote = args.args
        return run_lookup(source, quote, args.occurrence, args.data or default_data_dir())
    except CurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
