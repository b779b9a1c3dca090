"""Data file formats: TOML and JSON text to a document of collections, and the JSON export's layout.

A document maps collection names to lists of records in their file form, whatever the
file's format; `_loading.read_document` structures and checks it, one code path for
both. A JSON data file may also carry the JSON export's header (``"format"``,
``"version"``) and its ``"texts"`` (each source's full text by source id), so an export
loads back as a data file.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import PurePath
from types import ModuleType
from typing import Any, Final

from ._errors import Problem, shown

__all__ = [
    "FORMAT",
    "FORMS",
    "HEADER",
    "TEXTS",
    "VERSION",
    "form_of",
    "header_problems",
    "loads_json",
    "parse",
    "split_export",
    "texts_of",
    "toml_parser",
]

FORMAT: Final = "eucentralasia"
"""The value of a JSON export's ``"format"`` key."""
VERSION: Final = 1
"""The version of the JSON export layout, its ``"version"`` key."""
TEXTS: Final = "texts"
HEADER: Final = ("format", "version", "data_version")
FORMS: Final = {".toml": "toml", ".json": "json", ".jsonl": "jsonl"}
"""The data file formats by file name suffix: what a folder given to `load` contributes."""


def form_of(name: str) -> str:
    """The format of the data file called `name`: ``json``, ``jsonl`` by suffix, else ``toml``."""
    return FORMS.get(PurePath(name).suffix.lower(), "toml")


@functools.cache
def toml_parser() -> ModuleType:
    """The TOML parser: ``tomli`` where it is installed (the ``fast`` extra), else `tomllib`.

    tomli's wheels are compiled, about three times faster than the standard library's
    pure-Python copy of the same parser; both report an error with its line and column.
    """
    try:
        import tomli
    except ImportError:
        import tomllib  # only loading needs it; keeps `import eucentralasia` lean

        return tomllib
    return tomli


def _toml(text: str) -> Mapping[str, Any]:
    parser = toml_parser()
    try:
        document: Mapping[str, Any] = parser.loads(text)
    except parser.TOMLDecodeError as exc:  # with line and column
        raise ValueError(f"not valid TOML: {exc}") from None
    except RecursionError:  # nested arrays are parsed recursively (tomli caps them first)
        raise ValueError("not valid TOML: arrays or tables nested too deeply") from None
    return document


_MAX_DIGITS: Final = 4300
"""The most digits an integer of a JSON file may have (Python's own limit for reading one)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different: a repeated key would silently drop a value."""
    found = dict(pairs)
    if len(found) != len(pairs):  # rare: only then look for which key it is
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"not valid JSON: the key {key!r} appears twice in one object")
            seen.add(key)
    return found


def _integer(digits: str) -> int:
    if len(digits) > _MAX_DIGITS:
        raise ValueError(f"not valid JSON: an integer of {len(digits):,} digits (at most {_MAX_DIGITS:,})")
    return int(digits)


def loads_json(data: str | bytes) -> Any:
    """Parse JSON as every reader of the package does: a repeated key or an integer too long is a
    `ValueError` saying so (`json.JSONDecodeError`, with line and column, for the rest)."""
    import json

    return json.loads(data, object_pairs_hook=_object, parse_int=_integer)


def _json(text: str) -> Mapping[str, Any]:
    import json

    try:
        document = loads_json(text)
    except json.JSONDecodeError as exc:  # with line and column
        raise ValueError(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise ValueError("not valid JSON: arrays or objects nested too deeply") from None
    if not isinstance(document, dict):
        raise ValueError(f"expected a JSON object of collections, got {type(document).__name__}")
    return document


def _json_lines(text: str) -> Mapping[str, Any]:
    """JSON Lines: each non-blank line an object ``{"<collection>": {record}}``."""
    import json

    document: dict[str, list[Any]] = {}
    # Split on line feeds only (JSON Lines): str.splitlines would also split a record at a
    # raw U+2028 or U+0085 inside a string, which JSON allows unescaped.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = loads_json(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not valid JSON at line {number}: {exc.msg} (column {exc.colno})") from None
        except ValueError as exc:
            raise ValueError(f"{exc} (line {number})") from None
        except RecursionError:
            raise ValueError(
                f"not valid JSON at line {number}: arrays or objects nested too deeply"
            ) from None
        if not isinstance(item, dict) or len(item) != 1:
            raise ValueError(
                f"expected at line {number} an object of one collection and its record, such as "
                f'{{"events": {{...}}}}, got {line.strip()[:60]!r}'
            )
        ((collection, record),) = item.items()
        document.setdefault(collection, []).append(record)
    return document


def parse(form: str, text: str) -> Mapping[str, Any]:
    """The document in `text`, a data file of format `form`; a `ValueError` says what is wrong."""
    if form == "jsonl":
        return _json_lines(text)
    return _json(text) if form == "json" else _toml(text)


def header_problems(name: str, document: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with an export's ``"format"`` and ``"version"`` keys."""
    problems = []
    if document.get("format") != FORMAT:
        problems.append(Problem(name, None, "format", f"expected {FORMAT!r}, got {document.get('format')!r}"))
    if document.get("version") != VERSION or type(document.get("version")) is not int:
        got = document.get("version")
        problems.append(Problem(name, None, "version", f"expected {VERSION}, got {got!r}"))
    return problems


def texts_of(name: str, document: Mapping[str, Any], problems: list[Problem]) -> dict[str, str]:
    """The source texts a document carries in ``"texts"``, by source id; bad ones go to `problems`."""
    texts = document.get(TEXTS, {})
    if not isinstance(texts, dict):
        problems.append(Problem(name, None, TEXTS, f"expected an object of source texts, got {shown(texts)}"))
        return {}
    good = {}
    for source_id, text in texts.items():
        if isinstance(text, str):
            good[source_id] = text
        else:
            problems.append(Problem(name, None, f"{TEXTS}.{source_id}", f"expected text, got {shown(text)}"))
    return good


def split_export(
    name: str, document: Mapping[str, Any], problems: list[Problem]
) -> tuple[dict[str, Any], dict[str, str], bool]:
    """A JSON data file's collections, the texts it carries, and whether it is an export.

    The header is optional in a data file; where either key is given, both must be
    right. Every other key is left to the collections, where an unknown one is reported.
    """
    export = any(key in document for key in HEADER)
    if export:
        problems += header_problems(name, document)
    texts = texts_of(name, document, problems)
    collections = {key: value for key, value in document.items() if key not in (*HEADER, TEXTS)}
    return collections, texts, export
