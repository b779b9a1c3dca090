"""Writing a `Proposal` into a data file for review, merging with what a curator wrote there.

A new file gets a header saying what to do, the ``[[sources]]`` table and one table per
proposed record, each with its sentence as a comment above it. An existing file keeps
every byte a curator wrote: comments, top-level keys, tables written by hand, the order
of its tables, and every table whose proposal key is already there (accepted,
rejected, edited or still proposed). Only the proposals whose key the file lacks are
added, after what is there, under a comment saying so (TOML lets an array of tables go
on anywhere in a file). The file and the article's text beside it are written
together, whole or not at all (`eucentralasia._files`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eucentralasia._files import Files
from eucentralasia._loading import MAX_FILE_BYTES, decode, read_regular

if TYPE_CHECKING:
    from eucentralasia.curate._propose import Proposal

__all__ = ["write_proposal"]


def _tomlkit() -> Any:
    try:
        import tomlkit
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            'writing a proposal needs tomlkit, from the curate extra: pip install "eucentralasia[curate]"'
        ) from None
    return tomlkit


def _existing(files: Files, path: Path) -> str | None:
    """The text of the data file at `path`, or None where there is none yet."""
    target = files.target(path)  # refuses a FIFO or device before reading it
    if not target.exists():
        return None
    try:
        text = decode(read_regular(target, MAX_FILE_BYTES))
    except ValueError as exc:
        raise ValueError(f"cannot add to {path}: {exc}; nothing written") from None
    _parse(path, text)
    return text


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"cannot add to {path}: not valid TOML ({exc}); nothing written") from None


def _header(doc: Any) -> None:
    tomlkit = _tomlkit()
    doc.add(tomlkit.comment("Proposed by eucentralasia propose: review each record below, then set"))
    doc.add(tomlkit.comment('review = "accepted" (editing it as needed) or review = "rejected".'))
    doc.add(tomlkit.comment("Running propose again keeps everything here and adds new proposals at the end."))
    doc.add(tomlkit.nl())


def _keys(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every table of the document with a proposal key, by key."""
    found: dict[str, dict[str, Any]] = {}
    for tables in document.values():
        if isinstance(tables, list):
            for table in tables:
                key = table.get("proposal") if isinstance(table, dict) else None
                if isinstance(key, str):
                    found[key] = table
    return found


def _append(doc: Any, collection: str, table: Any) -> None:
    tomlkit = _tomlkit()
    if collection not in doc:
        doc.append(collection, tomlkit.aot())
    doc[collection].append(table)


def write_proposal(proposal: Proposal, path: Path) -> Path:
    """Write `proposal` to the TOML file `path` and its text beside it, merging with the file there."""
    from eucentralasia.curate._propose import NO_AUTHOR, REVIEW_PROPOSED, clip, proposal_key, table_of

    tomlkit = _tomlkit()
    with Files(path.parent) as files:
        files.folder()
        old = _existing(files, path)
        present = _keys(_parse(path, old)) if old is not None else {}
        doc = tomlkit.document()
        if old is None:
            _header(doc)
        else:
            doc.add(tomlkit.nl())
            doc.add(tomlkit.comment("Added by running eucentralasia propose again: new proposals to review."))
            doc.add(tomlkit.nl())
        source_key = proposal_key("source", proposal.source.id)
        text_file = proposal.source.text_file
        if source_key in present:
            written = present[source_key].get("text_file")
            text_file = written if isinstance(written, str) and written else text_file
        else:
            table = tomlkit.table()
            table.add(tomlkit.comment("The article: check title, outlet, authors and the publication date."))
            data = table_of(proposal.source)
            data.pop("text", None)
            if proposal.source.authors == (NO_AUTHOR,):
                data["authors"] = []
                table.add(
                    tomlkit.comment('Name the authors: authors = [{ name = "...", role = "reporter" }]')
                )
            data.update(origin="source", review=REVIEW_PROPOSED, proposal=source_key)
            table.update(data)
            _append(doc, "sources", table)
        added = 0
        for proposed in proposal.records:
            if proposed.key in present:
                continue  # the curator's table, as they left it
            table = tomlkit.table()
            if proposed.doubt:  # what the assistant is unsure of, first thing the reviewer reads
                table.add(tomlkit.comment(f"UNSURE: {proposed.doubt}"))
            table.add(tomlkit.comment(clip(proposed.sentence, 400)))
            data = table_of(proposed.record)
            data.update(origin=proposed.origin, review=REVIEW_PROPOSED, proposal=proposed.key)
            table.update(data)
            _append(doc, proposed.collection, table)
            present[proposed.key] = data
            added += 1
        if old is None:
            written_text = tomlkit.dumps(doc)
        elif added or source_key not in present:
            written_text = old + ("" if old.endswith("\n") or not old else "\n") + tomlkit.dumps(doc)
            # An array of tables goes on after other tables; a collection the curator wrote as
            # an inline array or a plain table cannot, and is refused rather than broken.
            _parse(path, written_text)
        else:
            written_text = old
        from eucentralasia._loading import read_inside

        text = proposal.source.text or ""
        try:
            same = decode(read_inside(path.parent, text_file)) == text
        except (OSError, ValueError):
            same = False
        if not same:
            files.write(path.parent / text_file, text)
        if written_text != old:
            files.write(path, written_text)
    return path
