"""Sphinx extension: the data dictionary, generated from the schema and the bundled data.

``.. data-dictionary::`` writes one section per collection of `eucentralasia.COLLECTIONS`
and one per kind of value nested in records (locations, milestones, roles, authors,
citations): a table with each field's name as the data files spell it, its type, whether
it is required, what it means (the schema's description), the values it allows and an
example from the bundled data, linked to the record it comes from. Nothing here is
written by hand: a field added to a record class appears on the next build.
"""

from __future__ import annotations

import enum
import json
import re
import typing
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs
from catalogue import escape as _escape
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

import eucentralasia as eca
from eucentralasia._schema import FieldInfo, fields_of

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# What each kind of field holds, in words; a reference names its collections after it.
KIND_WORDS: dict[str, str] = {
    "id": "id",
    "text": "text",
    "slug": "kebab-case slug",
    "country": "country code",
    "language": "language tag (BCP 47)",
    "unit": "unit",
    "reference": "id",
    "mention": "record id or country code",
    "enum": "one of a set of values",
    "flag": "true or false",
    "amount": "decimal number",
    "nested": "table",
    "date": "EDTF date or range",
    "basis": "one of a set of values",
    "date-note": "text",
    "day": "EDTF day",
    "citations": "table",
    "offset": "whole number of 0 or more",
    "path": "file path",
    "body": "text, read from ``text_file``",
}
ALLOWED: dict[str, str] = {
    "country": "ISO 3166-1 alpha-2 code (``KZ``, ``UZ``, ``DE``, ...) or ``EU``",
    "unit": "ISO 4217 currency code (``USD``, ``EUR``, ...), ``percent`` or ``count``",
    "language": "a BCP 47 tag: ``en``, ``en-GB``, ...",
    "date": "EDTF: ``2025``, ``2022-23`` (a season), ``2025-02``, ``2025-02-24``, "
    "``2023-10~`` (approximate), ``2025-05-29/2025-05-30`` (a range)",
    "day": "EDTF day: ``2025-04-02``",
    "id": "lowercase letters, digits and single hyphens: ``epca``",
    "slug": "lowercase letters, digits and single hyphens",
}
MAX_EXAMPLE = 70


def nested_classes(registry: eca.Registry = eca.COLLECTIONS) -> list[type]:
    """Every class nested in the registry's records, in the order first met."""
    found: list[type] = []

    def walk(cls: type) -> None:
        for field, meta in fields_of(cls):
            if meta.kind in ("nested", "citations"):
                inner = _inner_class(cls, field.name)
                if inner is not None and inner not in found:
                    found.append(inner)
                    walk(inner)

    for collection in registry.values():
        walk(collection.cls)
    return found


def _hint(cls: type, name: str) -> Any:
    return typing.get_type_hints(cls)[name]


def _inner_class(cls: type, name: str) -> type | None:
    """The class inside ``X | None`` or ``tuple[X, ...]`` of field `name`, if a class."""
    hint = _hint(cls, name)
    for _ in range(2):
        args = [a for a in typing.get_args(hint) if a is not type(None) and a is not Ellipsis]
        if not args:
            break
        hint = args[0]
    return hint if isinstance(hint, type) and hint not in (str, int, bool) else None


def _enum_of(cls: type, name: str) -> type[enum.Enum] | None:
    inner = _inner_class(cls, name) or _hint(cls, name)
    return inner if isinstance(inner, type) and issubclass(inner, enum.Enum) else None


def _anchor(cls: type) -> str:
    return f"dictionary-{cls.__name__.lower()}"


PLURAL: dict[str, str] = {
    "text": "texts",
    "country code": "country codes",
    "record id or country code": "record ids or country codes",
}


def type_text(cls: type, field: attrs.Attribute[Any], meta: FieldInfo) -> str:
    """The field's type in words, linking nested tables and enumerations."""
    kind = meta.kind
    inner = _inner_class(cls, field.name)
    if kind in ("nested", "citations") and inner is not None:
        words = f":ref:`{inner.__name__} <{_anchor(inner)}>`"
        return f"list of {words} tables" if meta.many else f"{words} table"
    if kind == "reference":
        where = " or ".join(meta.collections)
        return f"list of ids of {where}" if meta.many else f"id of {where}"
    members = _enum_of(cls, field.name)
    if members is not None:
        return f"one of `~eucentralasia.{members.__name__}`"
    words = KIND_WORDS[kind]
    return f"list of {PLURAL.get(words, words)}" if meta.many else words


def required_text(field: attrs.Attribute[Any], meta: FieldInfo) -> str:
    """``**required**``, or ``**optional**`` with the default a data file may leave out."""
    if meta.nonempty:
        return "**required**, at least one"
    if field.default is attrs.NOTHING:
        return "**required**"
    default = field.default
    if default is None or default == () or default is False:
        return "**optional**"
    shown = default.value if isinstance(default, enum.Enum) else default
    return f"**optional**, default ``{shown}``"


def allowed_text(cls: type, field: attrs.Attribute[Any], meta: FieldInfo) -> str:
    members = _enum_of(cls, field.name)
    if members is not None:
        return ", ".join(f"``{m.value}``" for m in members)
    if meta.kind == "basis":
        return ", ".join(f"``{m.value}``" for m in eca.DateBasis)
    if meta.kind in ("reference",):
        return "an id of " + " or ".join(f":doc:`/catalogue/{c}`" for c in meta.collections)
    if meta.kind in ("country", "unit") and "ISO" in meta.description:
        return ""  # the description names the standard already
    return ALLOWED.get(meta.kind, "")


def instances(ds: eca.Dataset, cls: type) -> Iterator[tuple[Any, Any]]:
    """Every value of class `cls` in `ds`, at any depth, with the record holding it."""

    def walk(record: Any, obj: Any) -> Iterator[tuple[Any, Any]]:
        if type(obj) is cls:
            yield record, obj
        for field, meta in fields_of(type(obj)):
            if meta.kind in ("nested", "citations"):
                value = getattr(obj, field.name)
                for item in value if meta.many else () if value is None else (value,):
                    yield from walk(record, item)

    for record in ds:
        yield from walk(record, record)


def example_text(ds: eca.Dataset, cls: type, field: attrs.Attribute[Any], meta: FieldInfo) -> str:
    """The first value of the field in the bundled data, as a data file writes it."""
    if meta.kind in ("nested", "citations", "body"):
        return ""
    for record, obj in instances(ds, cls):
        value = getattr(obj, field.name)
        if value is None or value == () or value == "":
            continue
        plain = eca.converter.unstructure(obj)
        if field.name not in plain:
            continue  # a default value, which data files leave out
        shown = json.dumps(plain[field.name], ensure_ascii=False)
        if len(shown) > MAX_EXAMPLE:
            shown = shown[: MAX_EXAMPLE - 1].rstrip() + "…"
        return f"``{shown.replace('``', '` `')}`` (:ref:`{record.id} <{record.id}>`)"
    return "(not used in the bundled data)"


def table_lines(ds: eca.Dataset, cls: type, what: str) -> list[str]:
    """The dictionary table of record or value class `cls`."""
    lines = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 16 20 36 28",
        "   :class: data-dictionary",
        "",
        "   * - field",
        "     - type",
        "     - meaning and allowed values",
        "     - example",
    ]
    for field, meta in fields_of(cls):
        meaning = _escape(meta.description.format(what=what)) + "."
        allowed = allowed_text(cls, field, meta)
        if allowed:
            meaning += f" Allowed: {allowed}."
        lines += [
            f"   * - ``{field.name}``",
            f"     - {type_text(cls, field, meta)}; {required_text(field, meta)}",
            f"     - {meaning}",
            f"     - {example_text(ds, cls, field, meta)}",
        ]
    return [*lines, ""]


def dictionary_lines(ds: eca.Dataset, registry: eca.Registry = eca.COLLECTIONS) -> list[str]:
    """The whole data dictionary as reStructuredText."""
    lines: list[str] = []
    for collection in registry.values():
        cls = collection.cls
        count = len(ds.collection(collection.name))
        intro = (
            f"{collection.description[0].upper()}{collection.description[1:]}: {count} records, "
            f"class `~eucentralasia.{cls.__name__}`, listed in :doc:`/catalogue/{collection.name}`."
        )
        title = f"{collection.title} (``[[{collection.name}]]``)"
        lines += _section(cls, title, intro, table_lines(ds, cls, collection.singular))
    for cls in nested_classes(registry):
        doc = (cls.__doc__ or "").strip().splitlines()[0]
        intro = f"{doc} Class `~eucentralasia.{cls.__name__}`."
        lines += _section(cls, f"{cls.__name__} values", intro, table_lines(ds, cls, cls.__name__.lower()))
    return lines


def _section(cls: type, title: str, intro: str, table: list[str]) -> list[str]:
    """One class's section: its anchor, its title, a line on what it is, its table."""
    return [f".. _{_anchor(cls)}:", "", title, "-" * len(title), "", intro, "", *table]


class DataDictionary(SphinxDirective):
    """``.. data-dictionary::``: the tables of every collection and nested value."""

    def run(self) -> list[nodes.Node]:
        ds = eca.load()
        container = nodes.section()
        container.document = self.state.document
        content = StringList(dictionary_lines(ds), source="<data-dictionary>")
        nested_parse_with_titles(self.state, content, container)
        return list(container.children)


_MEANING = re.compile(r"``([\w-]+)``: (.*?)(?=\s+``[\w-]+``:|\Z)", re.S)


def enum_meanings(cls: type[enum.Enum]) -> dict[str, str]:
    """What each value of `cls` means, read from its docstring's ````value``: meaning.```` sentences."""
    found = {value: " ".join(text.split()) for value, text in _MEANING.findall(cls.__doc__ or "")}
    return {str(member.value): found[str(member.value)] for member in cls if str(member.value) in found}


def enum_glossary_lines(cls: type[enum.Enum]) -> list[str]:
    lines = [".. glossary::", ""]
    for value, meaning in enum_meanings(cls).items():
        text = meaning[0].upper() + meaning[1:].rstrip(".")
        lines += [f"   {value}", f"      {text} (`~eucentralasia.{cls.__name__}`).", ""]
    return lines


class EnumGlossary(SphinxDirective):
    """``.. enum-glossary:: eucentralasia.RelationKind``: one glossary entry per value."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        import importlib

        module, _, name = self.arguments[0].rpartition(".")
        cls = getattr(importlib.import_module(module), name)
        container = nodes.section()
        container.document = self.state.document
        self.state.nested_parse(StringList(enum_glossary_lines(cls), source="<enum-glossary>"), 0, container)
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("data-dictionary", DataDictionary)
    app.add_directive("enum-glossary", EnumGlossary)
    return {"version": "1", "parallel_read_safe": True}
