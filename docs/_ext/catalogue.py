"""Sphinx extension: the record catalogue and the timeline figure, built from the data.

At ``builder-inited`` it loads the installed package's dataset and writes
``catalogue/<collection>.rst`` (one section per record, the record's id as its anchor,
its fields, and each quote with the characters where it stands) and
``_generated/timeline.png``. Both folders are build output, not sources to edit.
"""

from __future__ import annotations

import re
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import eucentralasia as eca
from eucentralasia._schema import fields_of, heading_of
from eucentralasia.export import plot_timeline

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# Fields shown in their own blocks (quotes, milestones, roles) or as the heading.
SPECIAL = {"id", "citations", "milestones", "roles", "authors", "note"}


def _reference_fields() -> set[str]:
    """The names of the fields, at any depth, that the schema marks as references."""
    names: set[str] = set()
    seen: set[type] = set()

    def walk(cls: type) -> None:
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for field, meta in fields_of(cls):
            if meta.kind in ("reference", "mention"):
                names.add(field.name)
            elif meta.kind == "nested":
                hint = hints[field.name]
                inner = next((a for a in typing.get_args(hint) if a is not type(None)), hint)
                if isinstance(inner, type) and inner not in seen:
                    walk(inner)

    for collection in eca.COLLECTIONS.values():
        walk(collection.cls)
    return names


REFERENCE_FIELDS = _reference_fields()
_RST_SPECIAL = re.compile(r"([\\`*_|\[\]<>])")


def escape(text: str) -> str:
    """Text safe to put inline in reStructuredText."""
    return _RST_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def value_text(name: str, value: Any, known: set[str]) -> str:
    values = value if isinstance(value, list) else [value]
    if isinstance(value, dict):
        return escape(", ".join(f"{k}: {v}" for k, v in value.items()))
    out = []
    for item in values:
        if name in REFERENCE_FIELDS and isinstance(item, str) and item in known:
            out.append(f":ref:`{item} <{item}>`")
        elif isinstance(item, dict):
            out.append(escape(", ".join(f"{k}: {v}" for k, v in item.items())))
        else:
            literal = name in {"countries", "parties", "date", "period"}
            out.append(f"``{item}``" if literal else escape(str(item)))
    return ", ".join(out)


def quotes(ds: eca.Dataset, citations: Any, indent: str = "") -> list[str]:
    lines: list[str] = []
    for citation in citations:
        source = ds.sources.get(citation.source)
        # An indented block with a "-- " line is a block quote with its attribution.
        lines += [
            f"{indent}   “{escape(citation.quote)}”",
            "",
            f"{indent}   -- :ref:`{escape(source.title)} <{source.id}>`, characters"
            f" {citation.start}\N{EN DASH}{citation.end}",
            "",
        ]
    return lines


def render(ds: eca.Dataset, record: Any, known: set[str]) -> list[str]:
    title = escape(heading_of(record))
    lines = [f".. _{record.id}:", "", title, "-" * max(len(title), 3), ""]
    plain = eca.converter.unstructure(record)
    lines.append(f":id: ``{record.id}``")
    for name, value in plain.items():
        if name in SPECIAL:
            continue
        lines.append(f":{name.replace('_', ' ')}: {value_text(name, value, known)}")
    if getattr(record, "authors", None):
        lines.append(":authors: " + escape("; ".join(f"{a.name} ({a.role})" for a in record.authors)))
    if record.note:
        lines.append(f":note: {escape(record.note)}")
    lines.append("")
    if getattr(record, "roles", ()) or getattr(record, "milestones", ()):
        lines += [".. rubric:: Roles" if hasattr(record, "roles") else ".. rubric:: Milestones", ""]
    for role in getattr(record, "roles", ()):
        where = f", {value_text('organization', role.organization, known)}" if role.organization else ""
        when = f" (as of ``{role.as_of}``)" if role.as_of else ""
        lines += [f"- {escape(role.title)}{where}{when}", ""]
    for milestone in getattr(record, "milestones", ()):
        date = f" ``{milestone.date}`` ({milestone.date_basis.value})" if milestone.date else " (undated)"
        lines += [f"- **{milestone.kind.value}**{date}", ""]
        lines += quotes(ds, milestone.citations, indent="  ")
    # The rubric ends the field list, which would otherwise swallow the block quotes; the
    # empty comment after it keeps the quotes from being read as the rubric's content.
    lines += [".. rubric:: Quotes", "", "..", ""]
    lines += quotes(ds, record.citations)
    return lines


def write_catalogue(ds: eca.Dataset, folder: Path) -> None:
    """Write ``index.rst`` and one page per collection of `ds` into `folder`."""
    known = {record.id for record in ds}
    folder.mkdir(exist_ok=True)
    toc = []
    for name, collection in ds.registry.items():
        title = collection.title
        records = ds.collection(name)
        lines = [title, "=" * len(title), "", f"{len(records)} records, ordered by id.", ""]
        for record in records:
            lines += render(ds, record, known)
        (folder / f"{name}.rst").write_text("\n".join(lines) + "\n", encoding="utf-8")
        toc.append(f"   {name}")
    index = [
        "Record catalogue",
        "================",
        "",
        "Every record of the bundled dataset, generated from the data when these pages are",
        "built. Each record's id is its anchor (``agreements.html#epca``); each quote is shown",
        "with the source and the characters where it stands.",
        "",
        ".. toctree::",
        "",
        *toc,
        "",
    ]
    (folder / "index.rst").write_text("\n".join(index), encoding="utf-8")


def generate(app: Sphinx) -> None:
    ds = eca.load()
    write_catalogue(ds, Path(app.srcdir) / "catalogue")
    generated = Path(app.srcdir) / "_generated"
    generated.mkdir(exist_ok=True)
    # The docs extra installs matplotlib; without it the figure page could not build.
    plot_timeline(ds, generated / "timeline.png")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", generate)
    return {"version": "1", "parallel_read_safe": True}
