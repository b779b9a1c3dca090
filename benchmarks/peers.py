"""Peers for the loading benchmark: msgspec Structs and pydantic models equivalent to the records.

Both are derived from the schema (`fields_of` on each class of `COLLECTIONS`), so they have
the same fields, optional where ours are, with the same defaults, and the checks each
library expresses declaratively: kebab-case ids and references, text holding more than
whitespace, country and currency codes (a `Literal` of the code tables), enums (our own
enum classes), EDTF date text (a pattern), language tags, offsets of 0 or more, at least
one citation and one author. Unknown fields are refused and no value is coerced (msgspec
is strict by default; pydantic runs in strict mode), as in our loader.

What the peers do not check, and `load` does: cross-record references (a participant is an
official, a role's source exists), quotes standing at their spans in the source's text (and
``end == start + len(quote)``), ids unique across the dataset, no repeated items in a list,
dates that are real days and ranges in order (the pattern only shapes the text), a date
with its basis and a derived date with its note, source text files read and confined to
their folder. Nor do they build a dataset (sorting, the id dict).

Run ``python benchmarks/peers.py`` for the sanity check: at 10^3 events each installed
peer decodes every record of the synthetic file.
"""

from __future__ import annotations

import json
import sys
import tempfile
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import attrs

sys.path.insert(0, str(Path(__file__).parent))

import synthetic

import eucentralasia as eca
from eucentralasia import _schema as schema
from eucentralasia import _validators as v
from eucentralasia import export
from eucentralasia._codes import COUNTRY_NAMES, CURRENCY_CODES
from eucentralasia._model import COLLECTIONS

# Patterns as each engine anchors them: msgspec searches with Python's `re`, whose ``$``
# also matches before a final newline (``\Z`` does not); pydantic's Rust engine has no
# ``\Z`` and its ``$`` is the end of the text.
_PARTIAL = r"\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?"
PATTERNS = {
    "slug": v.SLUG_RE.pattern,
    "language": v._LANGUAGE_RE.pattern,
    "date": rf"{_PARTIAL}(?:/{_PARTIAL})?",
    "day": _PARTIAL,
    "mention": "|".join((v.SLUG_RE.pattern, *COUNTRY_NAMES)),
}
_SLUGS = ("id", "slug", "reference")
_TEXTS = ("text", "date-note", "path")
COUNTRY = Literal[tuple(COUNTRY_NAMES)]  # type: ignore[valid-type]
UNIT = Literal[(*CURRENCY_CODES, "percent", "count")]  # type: ignore[valid-type]


def installed(name: str) -> ModuleType | None:
    """The peer module `name`, or None when it is not installed."""
    try:
        return __import__(name)
    except ImportError:
        return None


def _target(hint: Any) -> Any:
    """The class a nested or enum field holds: ``X``, ``X | None`` or ``tuple[X, ...]``."""
    args = [a for a in typing.get_args(hint) if a is not type(None) and a is not Ellipsis]
    return _target(args[0]) if args else hint


class _Peer:
    """Builds one peer's classes from the schema; `annotate` and `make` are the library's.

    With `checks` false, only the types: no patterns, lengths, bounds or code tables (to
    show what the declared checks cost).
    """

    def __init__(self, checks: bool = True) -> None:
        self.built: dict[type, Any] = {}
        self.checks = checks

    def constrained(self, base: Any, **constraints: Any) -> Any:
        return self.annotate(base, **constraints) if self.checks else base

    def anchored(self, pattern: str) -> str:
        raise NotImplementedError

    def annotate(self, base: Any, **constraints: Any) -> Any:
        raise NotImplementedError

    def make(self, name: str, fields: list[tuple[str, Any, Any]]) -> Any:
        raise NotImplementedError

    def item(self, field: attrs.Attribute[Any], info: schema.FieldInfo, hint: Any) -> Any:
        """The type of one value of `field` (one item of a list field)."""
        kind = info.kind
        if kind in _SLUGS:
            return self.constrained(str, pattern=self.anchored(PATTERNS["slug"]))
        if kind in ("date", "day", "language", "mention"):
            return self.constrained(str, pattern=self.anchored(PATTERNS[kind]))
        if kind in _TEXTS:
            validator = getattr(field.validator, "validator", field.validator)  # inside optional()
            if validator is v.characters:  # a citation's prefix or suffix: whitespace counts
                return self.constrained(str, min_length=1)
            return self.constrained(str, pattern=r"\S")
        if kind == "country":
            return COUNTRY if self.checks else str
        if kind == "unit":
            return UNIT if self.checks else str
        if kind == "flag":
            return bool
        if kind == "amount":
            return Decimal
        if kind == "offset":
            return self.constrained(int, ge=0)
        if kind in ("nested", "citations"):
            return self.of(_target(hint))
        if kind in ("enum", "basis"):
            return _target(hint)
        raise TypeError(f"{field.name}: no peer type for a {kind} field")

    def of(self, cls: type) -> Any:
        """The peer class equivalent to the record class `cls` (built once)."""
        if cls not in self.built:
            hints = typing.get_type_hints(cls)
            fields = []
            for field, info in schema.fields_of(cls):
                if info.kind == "body":  # a source's text: read from its file, never in a data file
                    continue
                kind: Any = self.item(field, info, hints[field.name])
                if info.many:
                    kind = tuple[kind, ...]
                    if info.nonempty:
                        kind = self.constrained(kind, min_length=1)
                default = field.default
                if default is None:
                    kind = kind | None
                fields.append((field.name, kind, default))
            self.built[cls] = self.make(cls.__name__, fields)
        return self.built[cls]

    def document(self) -> Any:
        """The peer class of a whole data file: each collection a list of its records."""
        fields = [(c.name, tuple[self.of(c.cls), ...], ()) for c in COLLECTIONS.collections]
        return self.make("Document", fields)


class Msgspec(_Peer):
    """msgspec Structs: frozen, keyword-only, unknown fields refused; `decode` reads JSON bytes."""

    def __init__(self, checks: bool = True) -> None:
        super().__init__(checks)
        import msgspec

        self.msgspec = msgspec
        self.error: type[Exception] = msgspec.ValidationError
        self.decoder = msgspec.json.Decoder(self.document())

    def anchored(self, pattern: str) -> str:
        return rf"^(?:{pattern})\Z"

    def annotate(self, base: Any, **constraints: Any) -> Any:
        return typing.Annotated[base, self.msgspec.Meta(**constraints)]

    def make(self, name: str, fields: list[tuple[str, Any, Any]]) -> Any:
        specs = [(n, t) if d is attrs.NOTHING else (n, t, d) for n, t, d in fields]
        return self.msgspec.defstruct(name, specs, kw_only=True, frozen=True, forbid_unknown_fields=True)

    def decode(self, data: bytes) -> Any:
        return self.decoder.decode(data)


class Pydantic(_Peer):
    """pydantic v2 models: strict, frozen, extra fields forbidden; `decode` is ``validate_json``."""

    def __init__(self) -> None:
        super().__init__()
        import pydantic

        self.pydantic = pydantic
        self.error: type[Exception] = pydantic.ValidationError
        self.config = pydantic.ConfigDict(strict=True, frozen=True, extra="forbid")
        self.adapter = pydantic.TypeAdapter(self.document())

    def anchored(self, pattern: str) -> str:
        return f"^(?:{pattern})$"

    def annotate(self, base: Any, **constraints: Any) -> Any:
        return typing.Annotated[base, self.pydantic.Field(**constraints)]

    def make(self, name: str, fields: list[tuple[str, Any, Any]]) -> Any:
        specs = {n: (t, ... if d is attrs.NOTHING else d) for n, t, d in fields}
        return self.pydantic.create_model(name, __config__=self.config, **specs)

    def decode(self, data: bytes) -> Any:
        return self.adapter.validate_json(data)


PEERS: dict[str, tuple[str, Callable[[], _Peer]]] = {
    "msgspec": ("msgspec", Msgspec),
    "msgspec-types": ("msgspec", lambda: Msgspec(checks=False)),
    "pydantic": ("pydantic", Pydantic),
}
"""The peers by name: the package each needs, and how to build it."""


def available() -> dict[str, Any]:
    """The installed peers, built, by name; a missing package leaves its peers out."""
    return {name: make() for name, (package, make) in PEERS.items() if installed(package) is not None}


def counted(document: Any) -> int:
    """How many records a decoded document holds, over every collection."""
    return sum(len(getattr(document, c.name)) for c in COLLECTIONS.collections)


def check(peers: dict[str, Any], events: int = 1_000) -> None:
    """Each peer decodes every record of a synthetic file of `events` events, and refuses bad ones.

    So that the benchmark compares the same work: all records read, none dropped, and the
    declared checks really run (a bad id, an unknown code, a negative offset); a peer of
    types only must still refuse what its types do (an unknown field or enum value, a float).
    Each also decodes the bundled data, every collection of it, as `export.to_json` writes it.
    """
    with tempfile.TemporaryDirectory(prefix="eucentralasia-peers-") as folder:
        data = synthetic.write(Path(folder), events, ("json",))["json"].read_bytes()
    expected = synthetic.records(events)
    document = json.loads(data)
    citation = document["events"][0]["citations"][0]
    typed = [
        ("events", "kind", "party"),
        ("events", "unknown", 1),
        ("events", "countries", "KZ"),
        ("citation", "start", float(citation["start"])),
    ]
    declared = [
        ("events", "id", "Not An Id"),
        ("events", "countries", ["XX"]),
        ("events", "date", "May 2015"),
        ("events", "citations", []),
        ("organizations", "name", " "),
        ("citation", "start", -1),
    ]
    bundled = eca.load()
    written = json.loads(export.to_json(bundled))
    every = json.dumps({c.name: written[c.name] for c in COLLECTIONS.collections}).encode()
    for name, peer in peers.items():
        found = counted(peer.decode(data))
        assert found == expected, (name, found, expected)
        found = counted(peer.decode(every))
        assert found == len(bundled), (name, found, len(bundled))
        for collection, field, value in typed + declared if peer.checks else typed:
            changed = json.loads(data)
            target = (
                changed["events"][0]["citations"][0] if collection == "citation" else changed[collection][0]
            )
            target[field] = value
            try:
                peer.decode(json.dumps(changed).encode())
            except peer.error:
                pass
            else:
                raise AssertionError(f"{name} accepted {collection}.{field} = {value!r}")


if __name__ == "__main__":
    peers = available()
    check(peers)
    missing = sorted(set(PEERS) - set(peers))
    print(
        f"checked {', '.join(peers) or 'no peer'}"
        + (f"; not installed: {', '.join(missing)}" if missing else "")
    )
