"""Re-anchoring every citation of a folder of data files when a source text changed.

`check` reads the data files of a folder as they are (TOML), finds each citation's quote
in its source's current text and says how it stands (`Status`). Each citation is placed by
the first of these that succeeds:

1. the stored span: the quote still stands at ``start`` (with its stored prefix and
   suffix beside it);
2. a unique exact match of the quote elsewhere (with its prefix and suffix, if stored);
3. a unique match once whitespace, quotation marks and dashes are made alike on both
   sides (`eucentralasia.curate.normalise`), its offsets mapped back to the text;
4. a fuzzy match (rapidfuzz), scored on the quote and, where stored, its prefix and
   suffix, at or above a minimum score: a proposal for a person to review, never applied.

A quote found in several places is placed where the citations around it in the same
source moved to (an inserted banner shifts them all alike), and is ambiguous only when
that does not single out one place. With ``fix=True`` the spans that moved (and quotes
whose whitespace, quotation marks or dashes changed) are rewritten in the files, keeping
their comments and layout (tomlkit, from the ``curate`` extra); a citation written with
``source`` and ``quote`` only gets its span filled in the same way.
"""

from __future__ import annotations

import bisect
import enum
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from eucentralasia._errors import DataError, Problem
from eucentralasia.curate.anchor import (
    Anchor,
    normalise,
    normalised_occurrences,
    occurrences,
    selector,
    selectors,
)

__all__ = ["MIN_SCORE", "CitationCheck", "Status", "check"]

MIN_SCORE: Final = 85.0
"""The least fuzzy score (0 to 100) at which `check` proposes a place for a quote."""


class Status(enum.Enum):
    """How a citation stands in its source's current text."""

    OK = "ok"
    """The quote stands at its stored span."""
    MOVED = "moved"
    """The quote stands, word for word, at another span (or had none yet)."""
    NORMALISED = "normalised"
    """The quote stands elsewhere once whitespace, quotation marks and dashes are made alike."""
    NEEDS_REVIEW = "needs review"
    """Only a fuzzy match was found: a person must decide."""
    AMBIGUOUS = "ambiguous"
    """The quote stands in several places and nothing tells which is meant."""
    ORPHANED = "orphaned"
    """The quote is nowhere in the text (or its source is unknown)."""


@attrs.frozen
class CitationCheck:
    """One citation of a data file, how it stands in its source's text and where it is now.

    `file`, `record` (None for a record without an id) and `field` (``citations[0]``,
    ``milestones[1].citations[0]``) say where the citation is written; `quote`, `start`
    and `end` are as written (`start` and `end` None where not written yet). `anchor` is
    where the quote stands now (for ``needs review``, the place proposed), `candidates`
    the starts of the places an ambiguous quote stands, `score` the fuzzy score. `fix`
    says whether ``fix=True`` rewrites the citation: its span, quote or context changed.
    """

    file: str
    record: str | None
    field: str
    source: str
    quote: str
    start: int | None
    end: int | None
    status: Status
    anchor: Anchor | None = None
    candidates: tuple[int, ...] = ()
    score: float | None = None
    fix: bool = False
    note: str = ""
    location: tuple[str | int, ...] = attrs.field(default=(), repr=False, eq=False)
    """The keys and indexes from the file's top to the citation's table."""

    def __str__(self) -> str:
        where = self.file
        if self.record is not None:
            where += f", record {self.record!r}"
        where += f", field {self.field}"
        span = f"{self.start}:{self.end}" if self.start is not None else "(no span)"
        what = f"{self.status.value}: {self.quote[:60]!r}"
        if self.anchor is not None and self.status is not Status.OK:
            what += f" {span} -> {self.anchor.start}:{self.anchor.end}"
            if self.anchor.quote != self.quote:
                what += f" reading {self.anchor.quote[:60]!r}"
        elif self.status is Status.OK:
            what += f" at {span}"
        if self.score is not None:
            what += f" (score {self.score:.0f})"
        if self.candidates:
            what += " at " + ", ".join(str(c) for c in self.candidates[:10])
        if self.note:
            what += f"; {self.note}"
        return f"{where}: {what}"


# -- reading the folder ---------------------------------------------------------------


@attrs.frozen
class _Cited:
    """A citation table as written, and where."""

    file: Path
    record: str | None
    field: str
    location: tuple[str | int, ...]
    table: Mapping[str, Any]


def _citation_tables(
    value: object, path: str, location: tuple[str | int, ...]
) -> Iterator[tuple[str, tuple[str | int, ...], Mapping[str, Any]]]:
    if isinstance(value, dict):
        if "quote" in value and "source" in value:
            yield path, location, value
            return
        for key, item in value.items():
            yield from _citation_tables(item, f"{path}.{key}" if path else key, (*location, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _citation_tables(item, f"{path}[{index}]", (*location, index))


def _read_toml(path: Path) -> str:
    """A data file's text as the loader reads it (a FIFO or device refused unopened), less a BOM."""
    from eucentralasia._loading import MAX_FILE_BYTES, decode, read_regular

    return decode(read_regular(path, MAX_FILE_BYTES)).removeprefix("\ufeff")


def _read(folder: Path) -> tuple[list[_Cited], dict[str, str], list[Problem]]:
    """Every citation of the folder's data files, the texts of the sources they define, problems."""
    from eucentralasia._loading import decode, read_inside

    cited: list[_Cited] = []
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    paths = [folder] if not folder.is_dir() else sorted(folder.rglob("*.toml"))
    for path in paths:
        try:
            document = tomllib.loads(_read_toml(path))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            problems.append(Problem(str(path), None, "", f"cannot read: {reason}"))
            continue
        for collection, tables in document.items():
            if not isinstance(tables, list):
                continue
            for index, table in enumerate(tables):
                if not isinstance(table, dict) or table.get("review") == "rejected":
                    continue
                record = table.get("id") if isinstance(table.get("id"), str) else None
                if collection == "sources" and record is not None and isinstance(table.get("text_file"), str):
                    try:
                        texts[record] = decode(read_inside(path.parent, table["text_file"]))
                    except (OSError, ValueError) as exc:
                        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                        problems.append(Problem(str(path), record, "text_file", f"cannot read: {reason}"))
                for field, location, found in _citation_tables(table, "", (collection, index)):
                    shown = field if record is not None else f"{collection}[{index}].{field}"
                    cited.append(_Cited(path, record, shown, location, found))
    return cited, texts, problems


# -- placing quotes -------------------------------------------------------------------


class _Places:
    """Where quotes stand in one text: each quote looked for once, whatever number of citations share it.

    A text of one sentence repeated, cited at every copy, would otherwise cost the square
    of its length: every citation searching the whole text for its quote.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = normalise(text)
        self._exact: dict[str, list[tuple[int, int]]] = {}
        self._near: dict[str, list[tuple[int, int]]] = {}
        self._by_context: dict[tuple[bool, str, int, int], dict[tuple[str, str], list[tuple[int, int]]]] = {}
        self._selectors: dict[str, dict[int, tuple[str, str]]] = {}

    def exact(self, quote: str) -> list[tuple[int, int]]:
        """The spans where `quote` stands word for word, in order."""
        if quote not in self._exact:
            self._exact[quote] = [(o, o + len(quote)) for o in occurrences(self.text, quote)]
        return self._exact[quote]

    def near(self, quote: str) -> list[tuple[int, int]]:
        """The spans where `quote` stands once both are normalised, in order."""
        if quote not in self._near:
            self._near[quote] = normalised_occurrences(self.text, quote, self.folded)
        return self._near[quote]

    def fitting(self, exact: bool, quote: str, prefix: str, suffix: str) -> list[tuple[int, int]]:
        """Those of the `exact` (or `near`) spans with `prefix` just before and `suffix` just after."""
        key = (exact, quote, len(prefix), len(suffix))
        groups = self._by_context.get(key)
        if groups is None:
            groups = self._by_context[key] = {}
            text = self.text
            for start, end in self.exact(quote) if exact else self.near(quote):
                context = (text[max(0, start - len(prefix)) : start], text[end : end + len(suffix)])
                groups.setdefault(context, []).append((start, end))
        return groups.get((prefix, suffix), [])

    def selector(self, start: int, end: int) -> tuple[str, str]:
        """The context of the span (`eucentralasia.curate.selector`), found with its quote's other copies."""
        quote = self.text[start:end]
        if quote not in self._selectors:
            self._selectors[quote] = selectors(self.text, quote)
        return self._selectors[quote].get(start) or selector(self.text, start, end)


def _context(table: Mapping[str, Any], key: str) -> str:
    value = table.get(key)
    return value if isinstance(value, str) else ""


def _stored(table: Mapping[str, Any]) -> int | None:
    start = table.get("start")
    return start if type(start) is int else None


class _Shifts:
    """How far the placed citations of one source moved, by where they stood."""

    def __init__(self) -> None:
        self.points: list[tuple[int, int]] = []

    def add(self, old: int | None, new: int) -> None:
        if old is not None:
            bisect.insort(self.points, (old, new - old))

    def around(self, old: int | None) -> set[int]:
        """The shifts of the placed citations nearest before and after `old`."""
        if old is None or not self.points:
            return set()
        i = bisect.bisect_left(self.points, (old, -(10**12)))
        return {self.points[j][1] for j in (i - 1, i) if 0 <= j < len(self.points)}


def _pick(
    spans: Sequence[tuple[int, int]], starts: Sequence[int], old: int | None, shifts: _Shifts
) -> tuple[int, int] | None:
    """The one of several places that the neighbours' shifts point at, if exactly one.

    `spans` are in order and `starts` are their starts: each look below is a binary search.
    """
    expected = shifts.around(old)
    if old is None:
        return None
    if not expected:
        expected = {0}  # nothing moved around it: the stored place, if it is one of them
    exact = [spans[i] for i in {bisect.bisect_left(starts, old + e) for e in expected} if i < len(spans)]
    exact = [span for span in exact if span[0] - old in expected]
    if len(exact) == 1:
        return exact[0]
    low, high = old + min(expected), old + max(expected)
    between = spans[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)]
    return between[0] if len(between) == 1 else None


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen `start:end` to whole words, trimming the whitespace at its edges."""
    while start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace() and not text[end - 1].isspace():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _fuzzy(
    text: str, folded: tuple[str, list[int]], quote: str, prefix: str, suffix: str
) -> tuple[float, int, int] | None:
    """The best fuzzy place of `quote` in `text`: score (quote, prefix and suffix), start, end."""
    try:
        from rapidfuzz import fuzz
    except ModuleNotFoundError:
        from eucentralasia.export._optional import missing_extra

        raise missing_extra("rapidfuzz", "curate", "fuzzy re-anchoring") from None
    haystack, where = folded
    needle = normalise(quote)[0]
    if not haystack or not needle.strip():
        return None
    found = fuzz.partial_ratio_alignment(needle, haystack)
    if found is None or found.dest_end <= found.dest_start:
        return None
    best = (found.score, found.dest_start, found.dest_end)
    for ds in range(-6, 7):  # the alignment may be a character or two off at either end
        for de in range(-6, 7):
            s, e = found.dest_start + ds, found.dest_end + de
            if 0 <= s < e <= len(haystack):
                score = fuzz.ratio(needle, haystack[s:e])
                if score > best[0]:
                    best = (score, s, e)
    score, s, e = best
    start, end = _snap(text, where[s], where[e - 1] + 1)
    parts = [(fuzz.ratio(quote, text[start:end]), 2.0)]
    if prefix:
        parts.append((fuzz.ratio(prefix, text[max(0, start - len(prefix)) : start]), 1.0))
    if suffix:
        parts.append((fuzz.ratio(suffix, text[end : end + len(suffix)]), 1.0))
    total = sum(value * weight for value, weight in parts) / sum(weight for _, weight in parts)
    return total, start, end


def _place(cited: list[_Cited], text: str, min_score: float) -> dict[int, CitationCheck]:
    """Check every citation of one source against its text; keyed by position in `cited`."""
    results: dict[int, CitationCheck] = {}
    shifts = _Shifts()
    places = _Places(text)
    waiting: list[tuple[int, list[tuple[int, int]], Status]] = []

    def done(i: int, status: Status, span: tuple[int, int] | None = None, **more: Any) -> None:
        c = cited[i]
        table = c.table
        anchor = None
        fix = False
        if span is not None:
            prefix, suffix = places.selector(*span)
            anchor = Anchor(text[span[0] : span[1]], span[0], span[1], prefix, suffix)
            if status is not Status.NEEDS_REVIEW:
                shifts.add(_stored(table), span[0])
                fix = (
                    _stored(table) != span[0]
                    or table.get("end") != span[1]
                    or table.get("quote") != anchor.quote
                    or _context(table, "prefix") != prefix
                    or _context(table, "suffix") != suffix
                )
        results[i] = CitationCheck(
            file=str(c.file),
            record=c.record,
            field=c.field,
            source=str(table.get("source")),
            quote=str(table.get("quote")),
            start=_stored(table),
            end=table.get("end") if type(table.get("end")) is int else None,
            status=status,
            anchor=anchor,
            fix=fix,
            location=c.location,
            **more,
        )

    # Exact matches first: the unique ones tell how far the text moved around the rest.
    for i, c in enumerate(cited):
        quote = c.table.get("quote")
        if not isinstance(quote, str) or not quote:
            done(i, Status.ORPHANED, note="the quote is empty or not text")
            continue
        prefix, suffix = _context(c.table, "prefix"), _context(c.table, "suffix")
        spans = places.exact(quote)
        fitting = places.fitting(True, quote, prefix, suffix)
        spans = fitting or spans
        old = _stored(c.table)
        if len(spans) == 1:
            if spans[0][0] == old and not fitting:
                done(i, Status.MOVED, spans[0], note="the words beside it changed")
            else:
                done(i, Status.OK if spans[0][0] == old else Status.MOVED, spans[0])
        elif spans:
            waiting.append((i, spans, Status.MOVED))
        else:
            near = places.near(quote)
            fitting = places.fitting(False, quote, prefix, suffix)
            near = fitting or near
            if len(near) == 1:
                done(i, Status.NORMALISED, near[0])
            elif near:
                waiting.append((i, near, Status.NORMALISED))
            else:
                waiting.append((i, [], Status.ORPHANED))
    starts_of: dict[int, tuple[int, ...]] = {}  # by the spans list: citations of one quote share it
    for i, spans, status in waiting:
        c = cited[i]
        old = _stored(c.table)
        if spans:
            if id(spans) not in starts_of:
                starts_of[id(spans)] = tuple(s for s, _ in spans)
            starts = starts_of[id(spans)]
            chosen = _pick(spans, starts, old, shifts)
            if chosen is None:
                done(i, Status.AMBIGUOUS, candidates=starts)
            elif status is Status.MOVED and chosen[0] == old:
                done(i, Status.OK, chosen)
            else:
                done(i, status, chosen)
            continue
        quote = str(c.table["quote"])
        found = _fuzzy(text, places.folded, quote, _context(c.table, "prefix"), _context(c.table, "suffix"))
        if found is not None and found[0] >= min_score:
            done(i, Status.NEEDS_REVIEW, (found[1], found[2]), score=round(found[0], 1))
        else:
            score = round(found[0], 1) if found is not None else None
            done(i, Status.ORPHANED, score=score, note="no place in the text reads like it")
    return results


def check(
    folder: str | Path, *, fix: bool = False, min_score: float = MIN_SCORE
) -> tuple[CitationCheck, ...]:
    """Check every citation of the data files in `folder` against its source's current text.

    `folder` is a folder of TOML data files (subfolders included) or one file; citations
    of sources it does not define are checked against the bundled sources. Returns one
    `CitationCheck` per citation, in file order. With `fix`, rewrites in place the
    citations placed exactly or after normalising (ok with a new context, moved,
    normalised: ``result.fix``), keeping the files' comments and layout; needs-review,
    ambiguous and orphaned ones are left as written. A fuzzy place needs a score of at
    least `min_score` (0 to 100) to be proposed.

    Raises `DataError` for a data file or source text that cannot be read.
    """
    root = Path(folder)
    if not root.exists():
        raise DataError([Problem(str(root), None, "", "no such file or folder")])
    cited, texts, problems = _read(root)
    if problems:
        raise DataError(problems)
    by_source: dict[str, list[int]] = {}
    for i, c in enumerate(cited):
        by_source.setdefault(str(c.table.get("source")), []).append(i)
    missing = set(by_source) - set(texts)
    if missing:
        from eucentralasia._loading import load

        bundled = load().sources
        texts.update({s: t for s in missing if s in bundled and (t := bundled.get(s).text) is not None})
    results: dict[int, CitationCheck] = {}
    for source, indexes in by_source.items():
        group = [cited[i] for i in indexes]
        if source not in texts:
            for i in indexes:
                c = cited[i]
                results[i] = CitationCheck(
                    str(c.file),
                    c.record,
                    c.field,
                    source,
                    str(c.table.get("quote")),
                    _stored(c.table),
                    None,
                    Status.ORPHANED,
                    note=f"no source has id {source!r}",
                    location=c.location,
                )
            continue
        for j, result in _place(group, texts[source], min_score).items():
            results[indexes[j]] = result
    ordered = tuple(results[i] for i in range(len(cited)))
    if fix:
        _rewrite([r for r in ordered if r.fix and r.status in _FIXED], root if root.is_dir() else root.parent)
    return ordered


_FIXED: Final = frozenset({Status.OK, Status.MOVED, Status.NORMALISED})


def _rewrite(results: Sequence[CitationCheck], within: Path) -> list[Path]:
    """Write each result's anchor into its citation table; return the files changed.

    Every file changes or none does (`eucentralasia._files`), and none outside `within`.
    """
    try:
        import tomlkit
    except ModuleNotFoundError:
        from eucentralasia.export._optional import missing_extra

        raise missing_extra("tomlkit", "curate", "check --fix") from None
    from eucentralasia._files import Files

    by_file: dict[str, list[CitationCheck]] = {}
    for result in results:
        by_file.setdefault(result.file, []).append(result)
    changed = []
    with Files(within) as files:
        for name, found in by_file.items():
            path = Path(name)
            files.target(path)  # before any work: a file outside the folder is never written
            original = _read_toml(path)
            document = tomlkit.parse(original)
            for result in found:
                assert result.anchor is not None
                table: Any = document
                for key in result.location:
                    table = table[key]
                _update(table, result.anchor)
            written = document.as_string()
            if written != original:
                bom = "\ufeff" if path.read_bytes().startswith(b"\xef\xbb\xbf") else ""
                files.write(path, bom + written)
                changed.append(path)
    return changed


def _update(table: Any, anchor: Anchor) -> None:
    """Set a citation table's quote, span and context, keeping its keys where they stand.

    Keys it lacks are added after the others (``start`` and ``end`` after a table's
    ``source`` and ``quote``, as `Citation` has them); a context no longer needed is removed.
    """
    wanted: dict[str, object] = {"quote": anchor.quote, "start": anchor.start, "end": anchor.end}
    wanted["prefix"] = anchor.prefix or None
    wanted["suffix"] = anchor.suffix or None
    for key, value in wanted.items():
        if value is None:
            if key in table:
                del table[key]
        elif key not in table or table[key] != value:
            table[key] = value
