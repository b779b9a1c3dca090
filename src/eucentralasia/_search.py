"""Text matching: folding, "did you mean" suggestions, and ranked search across collections.

`fold` is how every comparison of names sees text (case and accents ignored). `search`
is the engine behind `Dataset.search` and the command line's ``search``: it looks at ids,
the fields the schema marks as names, titles and texts, and quotes, and ranks each record
by its best match. `RecordSet.find` matches exactly the records `search` ranks as exact,
name or title matches.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs

from . import _schema as schema

__all__ = ["RANKS", "SearchHit", "find_labels", "fold", "search", "suggest"]

# difflib is pure Python and linear in the candidates: above this many ids it looks only at
# ids sharing the first letter, and never at more than this many.
_SUGGEST_LIMIT: Final = 2_000

RANKS: Final = ("exact", "name", "title", "text", "quote")
"""The match ranks of `SearchHit.rank`, best first."""
_TIERS: Final = {"name": 1, "title": 2, "text": 3}
_QUOTE: Final = 4


def fold(text: str) -> str:
    """`text` case-folded and without accents, as `RecordSet.find` compares it.

    >>> fold("Josef Síkela"), fold("STRASSE"), fold("Straße")
    ('josef sikela', 'strasse', 'strasse')
    """
    if text.isascii():  # most names: case-folding ASCII is lower-casing, NFKD leaves it be
        return text.lower()

    def strip(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value)
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    # Case-folding can produce decomposable letters, and NFKD turns some symbols (the
    # black-letter capitals) into capital letters: fold both ways.
    return strip(strip(text).casefold())


def suggest(word: str, *sorted_ids: Sequence[str]) -> list[str]:
    """The ids closest to `word` among the sorted id sequences, best first."""
    import difflib  # only needed on the error path; keeps `import eucentralasia` lean

    candidates: list[str] = []
    for ids in sorted_ids:
        if len(ids) > _SUGGEST_LIMIT and word:
            ids = ids[bisect_left(ids, word[0]) : bisect_right(ids, word[0] + "\U0010ffff")]
        candidates.extend(ids)
    if len(candidates) > _SUGGEST_LIMIT:
        # Still too many (ids sharing a first letter): a close match has about the same
        # length, and the ids sorted nearest the word share its start; look at no more.
        near = [c for c in candidates if abs(len(c) - len(word)) <= 2]
        at = bisect_left(sorted(near), word)
        candidates = sorted(near)[max(0, at - _SUGGEST_LIMIT // 2) : at + _SUGGEST_LIMIT // 2]
    return difflib.get_close_matches(word, candidates, n=3, cutoff=0.6)


def find_labels(record: Any) -> list[str]:
    """What `RecordSet.find` matches: the id (also with spaces for hyphens) and the labels."""
    return [record.id, record.id.replace("-", " "), *schema.labels(record)]


@attrs.frozen
class SearchHit:
    """A record matching a search, and the text it matched best.

    `rank` is one of `RANKS`: ``exact`` (a whole id, name, alias or title is the text),
    ``name`` (an id, name, short name or alias contains it), ``title`` (a title,
    description, metric or author does), ``text`` (a summary or note) or ``quote`` (one
    of its quotes). `field` is the field that matched (``quote`` for a quote, whose
    `citation` is given), `matched` the whole text that matched.
    """

    record: Any
    rank: str
    field: str
    matched: str
    citation: Any = None
    key: tuple[int, int, int, str] = attrs.field(default=(0, 0, 0, ""), repr=False, eq=False)
    """The sort key: rank, whether the match starts inside a word, length, id."""


def _texts(record: Any) -> Iterator[tuple[int, str, str, Any]]:
    """Every text `search` looks at in `record`: (tier, field, text, citation of a quote)."""
    yield 1, "id", record.id, None
    # So that "josef sikela" finds josef-sikela by its id as well as by its name.
    yield 1, "id", record.id.replace("-", " "), None
    for tier, field, text in schema.searchable(record):
        yield _TIERS[tier], field, text, None
    for _, citation in schema.citations_of(record):
        yield _QUOTE, "quote", citation.quote, citation


def _match(record: Any, needle: str) -> SearchHit | None:
    """How well `record` matches the folded `needle`: its best hit, or None."""
    best: SearchHit | None = None
    for tier, field, text, citation in _texts(record):
        folded = fold(text)
        at = folded.find(needle)
        if at == -1:
            continue
        rank = 0 if folded == needle and tier <= 2 else tier
        inside_word = int(at > 0 and folded[at - 1].isalnum())
        key = (rank, inside_word, len(folded), record.id)
        if best is None or key < best.key:
            best = SearchHit(record, RANKS[rank], field, text, citation, key)
    return best


def normalize_query(text: str) -> str:
    """The folded form of a query, runs of whitespace made one space."""
    return fold(" ".join(text.split()))


def search(records: Iterable[Any], text: str) -> tuple[SearchHit, ...]:
    """The records matching `text`, best first (see `SearchHit` for the ranks).

    Within a rank, a match at the start of a word comes before one inside a word, then the
    shorter text (a closer match), then the id. Empty text raises `ValueError`.
    """
    needle = normalize_query(text)
    if not needle:
        raise ValueError("the text to search for is empty")
    hits = [hit for hit in (_match(record, needle) for record in records) if hit is not None]
    hits.sort(key=lambda hit: hit.key)
    return tuple(hits)


def locate_folded(text: str, needle: str) -> tuple[int, int] | None:
    """The span of `text` whose folded form is the first match of the folded `needle`."""
    # Folding may change lengths ("ß" -> "ss", "é" -> "e"), so map each folded character
    # back to the character of `text` it came from.
    origins: list[int] = []
    parts = []
    for position, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origins.extend([position] * len(folded))
    at = "".join(parts).find(needle)
    if at == -1:
        return None
    return origins[at], origins[at + len(needle) - 1] + 1
