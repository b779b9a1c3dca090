"""JSON: the whole dataset in one self-contained file, and reading it back with every check."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Final

import attrs

from eucentralasia import _formats
from eucentralasia._dataset import Dataset
from eucentralasia._errors import DataError, Problem
from eucentralasia._files import write_file
from eucentralasia._loading import MAX_FILE_BYTES, read_export, read_regular
from eucentralasia._model import COLLECTIONS
from eucentralasia._release import release
from eucentralasia._schema import Registry
from eucentralasia._serialization import shared_converter
from eucentralasia.export._arguments import takes

__all__ = ["FORMAT", "VERSION", "read_json", "to_json", "write_json"]

FORMAT: Final = _formats.FORMAT
"""The value of a JSON export's ``"format"`` key."""
VERSION: Final = _formats.VERSION
"""The version of the JSON export layout, its ``"version"`` key."""
_TEXTS: Final = _formats.TEXTS


def _document(dataset: Dataset) -> dict[str, Any]:
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "data_version": dataset.version}
    for name in dataset.registry:
        document[name] = [shared_converter().unstructure(record) for record in dataset.collection(name)]
    # The user's retired ids read back with the records they lead to; the bundled ones
    # come with the package that reads the file.
    bundled = release().redirects
    own = [redirect for id, redirect in dataset.redirects.items() if bundled.get(id) != redirect]
    if own:
        document["redirects"] = [attrs.asdict(r, filter=lambda _, value: value is not None) for r in own]
    # The texts make the file stand alone: every quote can be checked against them.
    document[_TEXTS] = {source.id: source.text for source in dataset.sources if source.text is not None}
    return document


@takes(Dataset)
def to_json(dataset: Dataset, *, indent: int | None = 2) -> str:
    """Return the whole dataset as JSON text that `read_json` reads back into an equal dataset.

    The document is an object: ``"format": "eucentralasia"``, ``"version": 1``, then one
    array per collection (``"sources"``, ``"events"``, ``"agreements"``,
    ``"officials"``, ``"organizations"``, ``"trade_figures"``) of records in their
    `converter.unstructure` form (the data files' form: EDTF dates, decimals as text,
    defaults left out), the ids the user's files retired (``"redirects"``, as in a JSON
    data file; only when there are any), and ``"texts"``, each source's full text by
    source id, so the file stands alone. Non-ASCII characters are written as they are.

    Export a whole dataset: a filtered view whose records refer to records left out of
    it will not read back (its references dangle).

    >>> from eucentralasia.testing import example_dataset
    >>> import json
    >>> document = json.loads(to_json(example_dataset()))
    >>> list(document)
    ['format', 'version', 'data_version', 'sources', 'events', 'agreements', 'officials',
     'organizations', 'trade_figures', 'statements', 'relations', 'texts']
    >>> document["events"][0]["date"], document["trade_figures"][0]["value"]
    ('2025-05-29', '50000000000')
    """
    return json.dumps(_document(dataset), ensure_ascii=False, indent=indent)


@takes(Dataset)
def write_json(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Return the path written: the dataset as `to_json` text, UTF-8, ending in a newline."""
    return write_file(path, to_json(dataset) + "\n")


def _parse(source: str | bytes | os.PathLike[str]) -> tuple[str, object]:
    """The name to report problems under, and the parsed JSON (or a problem message)."""
    if isinstance(source, str):
        # A BOM is an encoding marker, not content. Text that cannot be a file name (a
        # line break, a NUL, longer than any path) is JSON text, whatever it starts with.
        source = source.removeprefix("\ufeff")
        looks_like_json = source.lstrip()[:1] in ("{", "[")
        if looks_like_json or "\n" in source or "\x00" in source or len(source) > 4096:
            return "<json>", _loads("<json>", source)
    if isinstance(source, (bytes, bytearray)):
        return "<json>", _loads("<json>", bytes(source).removeprefix(b"\xef\xbb\xbf"))
    name = os.fspath(source)
    try:
        data = read_regular(Path(source), MAX_FILE_BYTES)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DataError([Problem(name, None, "", f"cannot read: {reason}")]) from None
    return name, _loads(name, data.removeprefix(b"\xef\xbb\xbf"))


def _loads(name: str, data: str | bytes) -> object:
    """The parsed JSON; a `DataError` naming `name` if it is not JSON."""
    try:
        return _formats.loads_json(data)
    except UnicodeDecodeError as exc:
        message = f"not UTF-8 text: {exc.reason} at byte {exc.start}"
    except json.JSONDecodeError as exc:  # with line and column
        message = f"not valid JSON: {exc}"
    except ValueError as exc:  # a repeated key, an integer too long: the message says so
        message = str(exc)
    except RecursionError:
        message = "not valid JSON: arrays or objects nested too deeply"
    raise DataError([Problem(name, None, "", message)])


def read_json(source: str | bytes | os.PathLike[str], *, registry: Registry = COLLECTIONS) -> Dataset:
    """Return the dataset in a JSON export (a path, or the JSON text itself), fully checked.

    `source` is JSON text (`bytes`, or a `str` whose first non-blank character is ``{``
    or ``[``) or the path of a file written by `write_json`. The records get the checks
    `load` gives data files: the schema (unknown keys, wrong types, impossible dates,
    unknown codes), duplicate ids, dangling references, and every quote against its
    source's text in ``"texts"``. `registry` lists the collections the document may hold
    (as `load`'s does): pass the registry a dataset of one's own record types was made with.
    Raises `DataError` listing every problem (the file, or ``<json>`` for text; the
    record id; the field); nothing is returned then.

    >>> from eucentralasia.testing import example_dataset
    >>> read_json(to_json(example_dataset())) == example_dataset()
    True
    >>> try:
    ...     read_json('{"format": "eucentralasia", "version": 1, "events": [{"id": "x"}]}')
    ... except DataError as error:
    ...     print(error.problems[0])
    <json>, record 'x', field title: required field is missing
    """
    name, document = _parse(source)
    if not isinstance(document, dict):
        raise DataError([Problem(name, None, "", f"expected a JSON object, got {type(document).__name__}")])
    return read_export(name, document, registry)
