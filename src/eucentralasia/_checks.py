"""Cross-record checks: unique ids, references that resolve, quotes that stand in their sources.

One check for every way records arrive: `load` runs it on the files it read,
`export.read_json` on a JSON document, and `Dataset.verify` on records already loaded.
Which fields are references, and to which collections, comes from the schema.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Final, NamedTuple, TypeVar

from . import _schema as schema
from ._codes import COUNTRY_NAMES
from ._errors import FieldError, Problem
from ._provenance import Source
from ._release import reuse_forbidden
from ._search import suggest

__all__ = ["Entry", "check", "duplicate_id", "problems_by_record", "repeats", "sound"]

T = TypeVar("T")

# How many dangling references get "did you mean" suggestions in one check.
_SUGGESTIONS: Final = 50


# A plain class rather than an attrs one: each attrs class costs about a millisecond of
# `import eucentralasia`, and this one never leaves the package.
class Entry(NamedTuple):
    """A record and where it came from: its file (or collection) and its collection."""

    file: str
    collection: str
    record: Any


def repeats(items: Iterable[T], id_of: Callable[[T], str]) -> tuple[dict[str, T], list[tuple[T, T]]]:
    """Where ids repeat: the one rule for duplicate ids, wherever records arrive.

    The first item with each id, by id in their order, and each later item whose id an
    earlier one has, beside that first one: ``(first, again)``. `check`, `Dataset`, `RecordSet` and
    the streaming export all ask it.
    """
    first: dict[str, T] = {}
    again: list[tuple[T, T]] = []
    for item in items:
        key = id_of(item)
        if key in first:
            again.append((first[key], item))
        else:
            first[key] = item
    return first, again


def duplicate_id(file: str, record_id: str, first_file: str, first_collection: str) -> Problem:
    """The problem of a record whose id a record of `first_file` (in `first_collection`) has."""
    message = f"duplicate id: {first_file} already has a record with this id in {first_collection}"
    return Problem(file, record_id, "id", message)


def check(entries: Iterable[Entry], broken: dict[str, str], registry: schema.Registry) -> list[Problem]:
    """The cross-record problems of `entries`: duplicate ids, dangling references, misplaced quotes.

    `broken` maps the ids of records that failed to structure to their collection:
    references to them are not reported as dangling, their own problems already are.
    """
    entries = entries if isinstance(entries, list) else list(entries)
    if not broken and sound(entries):
        return []
    return problems_by_record(entries, broken, registry)


def sound(entries: list[Entry]) -> bool:
    """Whether `problems_by_record` finds nothing in `entries`, checked in bulk: the usual case, fast.

    Ids go into one dict, each kind of reference into one set checked against it, and
    each quote is compared with its source's text; no field path is made, as only a
    problem needs one (`problems_by_record` then finds and words each).
    """
    kinds = {entry.record.id: entry.collection for entry in entries}
    if len(kinds) != len(entries) or not reuse_forbidden().keys().isdisjoint(kinds):
        return False
    refs: dict[tuple[str, ...] | None, set[str]] = {}
    citations: list[Any] = []
    schema.gather_links([entry.record for entry in entries], refs, citations)
    schema.gather_links(citations, refs, [])
    texts = {e.record.id: getattr(e.record, "text", None) for e in entries if e.collection == "sources"}
    for citation in citations:
        text = texts.get(citation.source)
        if text is None:  # no such source (a dangling reference, found below) or no text
            continue
        if text[citation.start : citation.end] != citation.quote or (
            citation.prefix is not None or citation.suffix is not None
        ):
            try:
                citation.verify(text)
            except FieldError:
                return False
    for allowed, ids in refs.items():
        unknown = ids.difference(kinds)
        if allowed is None:  # a mention: any record, or a country code
            if not unknown.issubset(COUNTRY_NAMES):
                return False
        elif unknown or any(kinds[ref] not in allowed for ref in ids):
            return False
    return True


def problems_by_record(
    entries: list[Entry], broken: dict[str, str], registry: schema.Registry
) -> list[Problem]:
    """The problems `check` reports, each found and worded record by record."""
    first, repeated = repeats(entries, lambda entry: entry.record.id)
    unique = first.values()
    problems = [
        duplicate_id(again.file, again.record.id, earlier.file, earlier.collection)
        for earlier, again in repeated
    ]
    retired = reuse_forbidden()
    for entry in unique:
        if entry.record.id in retired:  # an id once given keeps its meaning: never reused
            message = f"the id was retired and may not be reused ({retired[entry.record.id].describe()})"
            problems.append(Problem(entry.file, entry.record.id, "id", message))
    kinds = {**broken, **{entry.record.id: entry.collection for entry in unique}}
    ids: dict[str | None, list[str]] = {}  # collection -> sorted ids, made when a suggestion needs them
    budget = _SUGGESTIONS

    def close_to(ref: str, allowed: tuple[str, ...] | None) -> list[str]:
        # difflib is slow on many ids; a file full of bad references gets a few suggestions.
        nonlocal budget
        if budget <= 0:
            return []
        budget -= 1
        for name in allowed or (None,):
            if name not in ids:
                ids[name] = sorted(i for i, kind in kinds.items() if name is None or kind == name)
        return suggest(ref, *(ids[name] for name in allowed or (None,)))

    def singular(name: str) -> str:
        found = registry.get(name)
        return found.singular if found is not None else name

    for entry in unique:
        record = entry.record

        def dangling(path: str, ref: str, allowed: tuple[str, ...] | None, entry: Entry = entry) -> None:
            kind = kinds.get(ref)
            if ref in broken or (kind is not None and (allowed is None or kind in allowed)):
                return
            if allowed is None and ref in COUNTRY_NAMES:
                return
            wanted = "record" if allowed is None else " or ".join(singular(name) for name in allowed)
            if kind is None:
                message = f"no {wanted} has id {ref!r}"
                close = close_to(ref, allowed)
                if close:
                    message += "; did you mean " + ", ".join(map(repr, close)) + "?"
            else:
                article = "an" if wanted[0] in "aeiou" else "a"
                message = f"expected the id of {article} {wanted}, but {ref!r} is in {kind}"
            problems.append(Problem(entry.file, entry.record.id, path, message))

        for path, ref, allowed in schema.references_of(record):
            dangling(path, ref, allowed)
        for path, citation in schema.citations_of(record):
            for field, ref, allowed in schema.references_of(citation):
                if field != "source":  # the source is checked below, with the quote
                    dangling(f"{path}.{field}", ref, allowed)
            if kinds.get(citation.source) != "sources":
                dangling(f"{path}.source", citation.source, ("sources",))
                continue
            source = first[citation.source].record if citation.source in first else None
            if not isinstance(source, Source) or source.text is None:
                continue  # its source is broken; that is reported already
            try:
                citation.verify(source.text)
            except FieldError as exc:
                problems.append(Problem(entry.file, record.id, f"{path}.{exc.path}", exc.message))
    return problems
