"""Text matching: folding, "did you mean" suggestions, and ranked search across collections.

`fold` is how every comparison of names sees text (case and accents ignored). `search`
is the engine behind `Dataset.search` and the command line's ``search``: it looks at ids,
the fields the schema marks as names, titles and texts, the names of the countries a
record involves, and quotes, and ranks each record by its best match; when nothing is
found by name or title, it adds the records whose names are spelled nearly so (``near``).
`RecordSet.find` matches exactly the records `search` ranks as exact, name or title
matches. `country_code` reads the names people give countries; `read_country` is how
every query reads a country a user typed, and `country_hint` what a data file is told.
"""

from __future__ import annotations

import functools
import heapq
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final

import attrs

from . import _schema as schema
from ._codes import COUNTRY_ALIASES, COUNTRY_NAMES

__all__ = [
    "RANKS",
    "SearchHit",
    "country_code",
    "country_hint",
    "find_labels",
    "fold",
    "NearSpelling",
    "read_country",
    "search",
    "suggest",
]

# difflib is pure Python and linear in the candidates: above this many ids it looks only at
# ids sharing the first letter, and never at more than this many.
_SUGGEST_LIMIT: Final = 2_000
# How alike (`NearSpelling`) an id must be to what was typed to be suggested.
_SUGGEST_RATIO: Final = 0.6

RANKS: Final = ("exact", "name", "title", "text", "quote", "near")
"""The match ranks of `SearchHit.rank`, best first."""
_TIERS: Final = {"name": 1, "title": 2, "text": 3}
_QUOTE: Final = 4
_NEAR: Final = 5
# How alike (difflib's ratio) a word or run of words of a name must be to the text searched
# for to be a near match, and the shortest text that gets near matches.
_NEAR_RATIO: Final = 0.8
_NEAR_SHORTEST: Final = 4
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """`text` case-folded and without accents, as `RecordSet.find` compares it.

    >>> fold("Josef Síkela"), fold("STRASSE"), fold("Straße")
    ('josef sikela', 'strasse', 'strasse')
    """
    if text.isascii():  # most names: case-folding ASCII is lower-casing, NFKD leaves it be
        return text.lower()
    return _fold_unicode(text)


def _strip(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_unicode(text: str) -> str:
    """`fold` for any text, without the ASCII shortcut."""
    # Case-folding can produce decomposable letters, and NFKD turns some symbols (the
    # black-letter capitals) into capital letters: fold both ways.
    return _strip(_strip(text).casefold())


class NearSpelling:
    """How nearly texts are spelled as `word`: the package's one closeness measure.

    Calling it with a text gives difflib's ratio of the two (2 * the characters they share,
    in order, / both lengths: 1.0 for the same text) when it is at least `cutoff`, else
    None; difflib's cheap upper bounds turn most texts away before the full ratio. It
    serves "did you mean" (`suggest`), `search`'s near hits and the curation toolkit's
    near spellings of names.
    """

    def __init__(self, word: str, cutoff: float) -> None:
        import difflib  # only the error paths and near matching need it; keeps imports lean

        # difflib indexes its second sequence: the one text that every call compares against.
        self._matcher = difflib.SequenceMatcher(None, "", word, autojunk=False)
        self._cutoff = cutoff

    def __call__(self, text: str) -> float | None:
        matcher = self._matcher
        matcher.set_seq1(text)
        cutoff = self._cutoff
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
            return None
        ratio = matcher.ratio()
        return ratio if ratio >= cutoff else None


def suggest(word: str, *sorted_ids: Sequence[str]) -> list[str]:
    """The ids closest to `word` among the sorted id sequences, best first (at most three)."""
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
    spelled = NearSpelling(word, _SUGGEST_RATIO)
    scored = [(ratio, candidate) for candidate in candidates if (ratio := spelled(candidate)) is not None]
    return [candidate for _, candidate in heapq.nlargest(3, scored)]


@functools.cache
def _countries_by_name() -> dict[str, str]:
    """Folded code, display name or alias -> country code."""
    names = {fold(code): code for code in COUNTRY_NAMES}
    names.update((fold(alias), code) for alias, code in COUNTRY_ALIASES.items())
    names.update((fold(name), code) for code, name in COUNTRY_NAMES.items())
    return names


def country_code(text: str) -> str | None:
    """The country code `text` names: a code in any case, a name or another name; else None.

    >>> country_code("Kazakhstan"), country_code("kz"), country_code("European Union")
    ('KZ', 'KZ', 'EU')
    >>> country_code("Republic of Uzbekistan"), country_code("Atlantis")
    ('UZ', None)
    """
    return _countries_by_name().get(normalize_query(text))


def country_suggestions(text: str) -> list[str]:
    """The country names closest to `text` (``"Kazakstan"``: ``["Kazakhstan"]``)."""
    folded = {fold(name): name for name in COUNTRY_NAMES.values()}
    return [folded[match] for match in suggest(normalize_query(text), sorted(folded))]


def did_you_mean(suggestions: Iterable[str]) -> str:
    """``"; did you mean 'a', 'b'?"`` for the suggestions given, else nothing."""
    shown = list(suggestions)
    return "; did you mean " + ", ".join(map(repr, shown)) + "?" if shown else ""


def read_country(text: object) -> str:
    """The code of the country `text` names: one reading for every country a user types.

    A code in any case (``kz``), ``EU``, a name or another name (``Kazakhstan``,
    ``Republic of Uzbekistan``). Anything else raises `ValueError` suggesting the closest
    country names, the suggestions `RecordSet.involving` makes:

    >>> read_country("Kazakstan")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: expected ..., got 'Kazakstan'; did you mean 'Kazakhstan', 'Pakistan', 'Uzbekistan'?
    """
    code = country_code(text) if isinstance(text, str) else None
    if code is not None:
        return code
    near = country_suggestions(text) if isinstance(text, str) else []
    expected = "an ISO 3166-1 alpha-2 country code or EU, or a country's name"
    raise ValueError(f"expected {expected}, got {text!r}{did_you_mean(near)}")


def country_hint(text: object) -> str:
    """What a data file holding `text` where a country code belongs should hold instead.

    ``"; did you mean 'UZ'?"`` for ``"Uzbekistan"`` or ``"uz"``; ``"; did you mean 'KZ'
    (Kazakhstan)?"`` for ``"Kazakstan"``; nothing when no country is near.
    """
    if not isinstance(text, str):
        return ""
    code = country_code(text)
    if code is not None:
        return did_you_mean([code])
    codes = {name: code for code, name in COUNTRY_NAMES.items()}
    near = [f"{codes[name]!r} ({name})" for name in country_suggestions(text) if name in codes]
    return "; did you mean " + ", ".join(near) + "?" if near else ""


def find_labels(record: Any) -> list[str]:
    """What `RecordSet.find` matches: the id (also with spaces for hyphens) and the labels."""
    return [record.id, record.id.replace("-", " "), *schema.labels(record)]


@attrs.frozen
class SearchHit:
    """A record matching a search, and the text it matched best.

    `rank` is one of `RANKS`: ``exact`` (a whole id, name, alias or title is the text),
    ``name`` (an id, name, short name or alias contains it), ``title`` (a title,
    description, metric or author does), ``text`` (a summary, a note or the name of a
    country it involves), ``quote`` (one of its quotes) or ``near`` (a name, title or
    country name spelled nearly as the text, when nothing matches by name or title).
    `field` is the field that matched (``quote`` for a quote, whose `citation` is given;
    ``country`` for a country's name), `matched` the whole text that matched.
    """

    record: Any
    rank: str
    field: str
    matched: str
    citation: Any = None
    # The sort key (rank, whether the match starts inside a word, length, id): how
    # `search` orders hits, not part of a hit's meaning.
    _key: tuple[int, int, int, str] = attrs.field(default=(0, 0, 0, ""), repr=False, eq=False, alias="key")


def _texts(record: Any) -> Iterator[tuple[int, str, str, Any]]:
    """Every text `search` looks at in `record`: (tier, field, text, citation of a quote)."""
    yield 1, "id", record.id, None
    # So that "josef sikela" finds josef-sikela by its id as well as by its name.
    yield 1, "id", record.id.replace("-", " "), None
    for tier, field, text in schema.searchable(record):
        yield _TIERS[tier], field, text, None
    # "Uzbekistan" finds the summit held in UZ: the names of the countries it involves.
    for key in sorted(schema.involvement(record, ())):
        if key in COUNTRY_NAMES:
            yield _TIERS["text"], "country", COUNTRY_NAMES[key], None
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
        if best is None or key < best._key:
            best = SearchHit(record, RANKS[rank], field, text, citation, key)
    return best


def normalize_query(text: str) -> str:
    """The folded form of a query, runs of whitespace made one space."""
    return fold(" ".join(text.split()))


class _Closeness:
    """How unlike each run of words is to the needle, in hundredths, or None if not near.

    Near is `NearSpelling` at `_NEAR_RATIO` (about one letter in five changed); each run is
    measured once across the records of one search (names share words).
    """

    def __init__(self, needle: str) -> None:
        self._spelled = NearSpelling(needle, _NEAR_RATIO)
        self._known: dict[str, int | None] = {}

    def __call__(self, run: str) -> int | None:
        if run not in self._known:
            ratio = self._spelled(run)
            self._known[run] = None if ratio is None else round((1 - ratio) * 100)
        return self._known[run]


def _near(record: Any, needle: str, closeness: _Closeness) -> SearchHit | None:
    """The best near match of `needle` in a name, title or country name of `record`, or None.

    Each run of as many words as `needle` has (ids read as words too) is compared with it
    by `closeness` (made for `needle`).
    """
    size = len(_WORD.findall(needle))
    best: SearchHit | None = None
    for tier, field, text, _ in _texts(record):
        if tier == _QUOTE or (tier == _TIERS["text"] and field != "country"):
            continue
        words = _WORD.findall(fold(text))
        for at in range(max(1, len(words) - size + 1)):
            run = " ".join(words[at : at + size])
            close = closeness(run)
            if close is not None:
                # Closest first; at a like closeness a name before a title, a country's name
                # and an id; then the shorter text.
                order = 3 if field == "id" else (tier - 1 if field != "country" else 2)
                key = (_NEAR, close * 10 + order, len(text), record.id)
                if best is None or key < best._key:
                    best = SearchHit(record, "near", field, text, None, key)
    return best


def search(records: Iterable[Any], text: str) -> tuple[SearchHit, ...]:
    """The records matching `text`, best first (see `SearchHit` for the ranks).

    Within a rank, a match at the start of a word comes before one inside a word, then the
    shorter text (a closer match), then the id. When no record matches by name or title
    (ranks exact, name, title) and the text has at least four letters, the records not
    found whose names, titles or countries' names hold a run of words spelled nearly as
    the text (`NearSpelling`: about one letter in five changed, "Vasilenko" and
    "Vassilenko") follow as ``near`` hits, closest first. Empty text raises `ValueError`.
    """
    needle = normalize_query(text)
    if not needle:
        raise ValueError("the text to search for is empty")
    records = list(records)
    hits = [hit for hit in (_match(record, needle) for record in records) if hit is not None]
    if len(needle) >= _NEAR_SHORTEST and not any(hit._key[0] < _TIERS["text"] for hit in hits):
        found = {hit.record.id for hit in hits}
        closeness = _Closeness(needle)
        near = (_near(record, needle, closeness) for record in records if record.id not in found)
        hits.extend(hit for hit in near if hit is not None)
    hits.sort(key=lambda hit: hit._key)
    return tuple(hits)


def fold_mapped(text: str, fold_char: Callable[[str], str] = fold) -> tuple[str, list[int]]:
    """`text` folded character by character by `fold_char`, and where each folded character came from.

    The one fold-and-map-back of the package: a fold may change lengths ("ß" -> "ss",
    "é" -> "e", a soft hyphen -> ""), so the list gives, for each character of the
    result, its offset in `text`; `unfold_span` maps a match back.

    >>> fold_mapped("Straße")
    ('strasse', [0, 1, 2, 3, 4, 4, 5])
    """
    origins: list[int] = []
    parts = []
    for position, char in enumerate(text):
        folded = fold_char(char)
        parts.append(folded)
        origins.extend([position] * len(folded))
    return "".join(parts), origins


def unfold_span(origins: Sequence[int], at: int, length: int) -> tuple[int, int]:
    """The span of the original text that the folded characters ``[at, at + length)`` came from."""
    return origins[at], origins[at + length - 1] + 1


def locate_folded(text: str, needle: str) -> tuple[int, int] | None:
    """The span of `text` whose folded form is the first match of the folded `needle`."""
    folded, origins = fold_mapped(text)
    at = folded.find(needle)
    if at == -1 or not needle:
        return None
    return unfold_span(origins, at, len(needle))
