"""`diff`: what changed between two datasets (data folders, JSON exports, the bundled data).

Records are matched by id. A record only in the newer dataset is *added*; one only in the
older is *retired*, with the id it became where the redirects (``data/release``) say; a
record in both whose plain form (`converter.unstructure`, a source's text included)
differs is *changed*, with the top-level fields that differ.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from ._dataset import Dataset
from ._release import READING_PAST_RELEASE, release
from ._serialization import shared_converter

__all__ = ["RecordChange", "DataDiff", "diff", "open_dataset"]

BUNDLED = "bundled"
"""The word that names the bundled data where `diff` takes a dataset."""


@attrs.frozen
class RecordChange:
    """One record as it differs between two datasets: its `collection`, `id` and the `fields` that differ.

    For a retired record, `to` is the id it became (None: nothing took its place, or no
    redirect is known).
    """

    collection: str
    id: str
    fields: tuple[str, ...] = ()
    to: str | None = None


@attrs.frozen
class DataDiff:
    """What `diff` found: records `added`, `retired` and `changed`, and each side's data version."""

    old_version: str | None
    new_version: str | None
    added: tuple[RecordChange, ...]
    retired: tuple[RecordChange, ...]
    changed: tuple[RecordChange, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.retired or self.changed)

    def to_dict(self) -> dict[str, Any]:
        """The difference as JSON-ready data (what ``eucentralasia diff --json`` prints)."""
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "added": [{"collection": c.collection, "id": c.id} for c in self.added],
            "retired": [{"collection": c.collection, "id": c.id, "to": c.to} for c in self.retired],
            "changed": [
                {"collection": c.collection, "id": c.id, "fields": list(c.fields)} for c in self.changed
            ],
        }

    def lines(self) -> Iterator[str]:
        """The difference for people, one record a line."""
        yield f"{self.old_version or 'unversioned'} -> {self.new_version or 'unversioned'}"
        yield f"{len(self.added)} added, {len(self.retired)} retired, {len(self.changed)} changed"
        for change in self.added:
            yield f"+ {change.collection}: {change.id}"
        for change in self.retired:
            became = f" -> {change.to}" if change.to else " (no successor)"
            yield f"- {change.collection}: {change.id}{became}"
        for change in self.changed:
            yield f"~ {change.collection}: {change.id}: {', '.join(change.fields)}"


def open_dataset(spec: str | os.PathLike[str]) -> tuple[Dataset, str | None]:
    """A dataset and its data version from `spec`: ``"bundled"``, a data folder or file, or a JSON export.

    A folder or file is read alone (without the bundled data), with every check but one:
    it may be an earlier release, so records with ids retired since are accepted.
    """
    from ._loading import MAX_FILE_BYTES, load, load_files
    from .export import read_json

    if os.fspath(spec) == BUNDLED:
        bundled = load()
        return bundled, bundled.version
    path = Path(spec)
    token = READING_PAST_RELEASE.set(True)
    try:
        if path.is_file() and path.suffix == ".json":
            import json  # here only: `import eucentralasia` need not import it

            document = json.loads(path.read_text(encoding="utf-8"))
            version = document.get("data_version") if isinstance(document, dict) else None
            return read_json(path), version if isinstance(version, str) else None
        return load_files([path], (), load().registry, MAX_FILE_BYTES), None
    finally:
        READING_PAST_RELEASE.reset(token)


def _plain(record: Any) -> dict[str, Any]:
    plain: dict[str, Any] = shared_converter().unstructure(record)
    text = getattr(record, "text", None)
    if text is not None:
        plain["text"] = text
    return plain


def diff(old: Dataset | str | os.PathLike[str], new: Dataset | str | os.PathLike[str]) -> DataDiff:
    """What changed from dataset `old` to dataset `new`: records added, retired and changed.

    Each side is a `Dataset` or what `open_dataset` reads (``"bundled"``, a data folder,
    a JSON export). Retired records carry the id they became, from the redirects.

    >>> import eucentralasia as eca
    >>> ds = eca.load()
    >>> smaller = eca.Dataset([r for r in ds if r.id != "epca"])
    >>> found = eca.diff(ds, smaller)
    >>> [(c.collection, c.id) for c in found.retired], found.added, found.changed
    ([('agreements', 'epca')], (), ())
    """
    old_ds, old_version = (old, old.version) if isinstance(old, Dataset) else open_dataset(old)
    new_ds, new_version = (new, new.version) if isinstance(new, Dataset) else open_dataset(new)
    redirects = release().redirects
    added, retired, changed = [], [], []
    for name in dict.fromkeys([*old_ds.registry, *new_ds.registry]):
        before = {r.id: r for r in old_ds.collection(name)} if name in old_ds.registry else {}
        after = {r.id: r for r in new_ds.collection(name)} if name in new_ds.registry else {}
        added += [RecordChange(name, i) for i in sorted(after.keys() - before.keys())]
        for i in sorted(before.keys() - after.keys()):
            target, _ = release().follow(i) if i in redirects else (None, ())
            retired.append(RecordChange(name, i, to=target))
        for i in sorted(before.keys() & after.keys()):
            a, b = _plain(before[i]), _plain(after[i])
            fields = tuple(k for k in dict.fromkeys([*a, *b]) if a.get(k) != b.get(k))
            if fields:
                changed.append(RecordChange(name, i, fields))
    return DataDiff(old_version, new_version, tuple(added), tuple(retired), tuple(changed))
