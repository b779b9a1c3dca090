"""Anchoring quotes in a text: spans, W3C TextQuoteSelector context, normalised matching.

A citation finds its quote by the span ``[start, end)``; its `prefix` and `suffix` (the
`W3C Web Annotation TextQuoteSelector <https://www.w3.org/TR/annotation-model/#text-quote-selector>`_
context) find it again when the span no longer fits, say after the text was fetched anew.
The model makes both optional and uses them to tell apart copies of the same words, so
`selector` gives the *shortest* context, in whole words, that makes the quote unique in
the text, and none (empty) when the quote alone is unique there.

Everything here needs only the standard library.
"""

from __future__ import annotations

import bisect
import re
from typing import Final, NamedTuple

from eucentralasia._provenance import (
    Citation,
    QuoteError,
    in_context,
    locate_quote,
    quote_starts,
    whole_words,
)
from eucentralasia._search import fold_mapped, unfold_span

__all__ = ["Anchor", "QuoteError", "cite", "normalise", "occurrences", "selector"]


class Anchor(NamedTuple):
    """Where a quote stands in a text: its span and the context that makes it unique.

    `prefix` ends at `start` and `suffix` starts at `end`; both are empty when the quote
    alone is unique in the text.
    """

    quote: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""

    def citation(self, source: str, speaker: str | None = None) -> Citation:
        """The `Citation` of `source` this anchor describes (no context stored when it is empty)."""
        return Citation(
            source=source,
            quote=self.quote,
            start=self.start,
            end=self.end,
            speaker=speaker,
            prefix=self.prefix or None,
            suffix=self.suffix or None,
        )


def occurrences(text: str, quote: str) -> list[int]:
    """The start of every place `quote` stands in `text` as whole words, overlapping ones included.

    A place where the quote starts or ends inside a longer word or number does not count
    (`eucentralasia.locate_quote` and this share one rule): "likely" is not in "unlikely".

    >>> occurrences("Astana and Astana", "Astana")
    [0, 11]
    """
    return quote_starts(text, quote)


def _common_before(text: str, a: int, b: int) -> int:
    """How many characters just before `a` and just before `b` agree.

    Compared in blocks that double in size (each a C-speed slice comparison), so copies
    that agree for thousands of characters cost little more than one pass over them.
    """
    limit = min(a, b)
    n, size = 0, 16
    while n < limit:
        size = min(size, limit - n)
        if text[a - n - size : a - n] == text[b - n - size : b - n]:
            n += size
            size *= 2
            continue
        low, high = 0, size - 1  # the block disagrees: how many of its last characters agree
        while low < high:
            middle = (low + high + 1) // 2
            if text[a - n - middle : a - n] == text[b - n - middle : b - n]:
                low = middle
            else:
                high = middle - 1
        return n + low
    return n


def _common_after(text: str, a: int, b: int) -> int:
    """How many characters from `a` and from `b` agree (blocks doubling as `_common_before`)."""
    limit = len(text) - max(a, b)
    n, size = 0, 16
    while n < limit:
        size = min(size, limit - n)
        if text[a + n : a + n + size] == text[b + n : b + n + size]:
            n += size
            size *= 2
            continue
        low, high = 0, size - 1
        while low < high:
            middle = (low + high + 1) // 2
            if text[a + n : a + n + middle] == text[b + n : b + n + middle]:
                low = middle
            else:
                high = middle - 1
        return n + low
    return n


_WORD_START: Final = re.compile(r"(?<=\s)\S")
_WORD_END: Final = re.compile(r"\S(?=\s)")


def _word_lengths_before(text: str, start: int, longest: int) -> list[int]:
    """Prefix lengths that begin at a word's start (or the text's), shortest first, up to `longest`.

    The first length over `longest` ends the list. The text before `start` is searched in
    windows that double, so only as much of it is read as the lengths need.
    """
    reach = longest + 1
    while True:
        low = max(0, start - reach)
        lengths = [start - m.start() for m in _WORD_START.finditer(text, low, start)]
        if low == 0 and start > 0 and (not lengths or lengths[0] != start):
            lengths.insert(0, start)  # the text's start is where the widest prefix begins
        lengths.reverse()
        over = bisect.bisect_right(lengths, longest)
        if over < len(lengths) or low == 0:
            return lengths[: over + 1]
        reach *= 2


def _word_lengths_after(text: str, end: int, longest: int) -> list[int]:
    """Suffix lengths that end at a word's end (or the text's), shortest first, up to `longest`."""
    lengths = []
    for match in _WORD_END.finditer(text, end):
        lengths.append(match.end() - end)
        if lengths[-1] > longest:
            return lengths
    if end < len(text):
        lengths.append(len(text) - end)
    return lengths


def selector(text: str, start: int, end: int) -> tuple[str, str]:
    """The shortest ``(prefix, suffix)`` in whole words that makes ``text[start:end]`` unique.

    Both are empty when the quote stands only once in `text` (as whole words, see
    `occurrences`). Otherwise the prefix (ending at `start`) and suffix (starting at
    `end`) together are as short as can be while no other copy of the quote has the same
    words before and after it; the prefix starts at a word's start and the suffix ends at
    a word's end (or at the text's ends). Time grows with the text's length times the
    copies' number at C speed, never with its square in Python.

    >>> text = "The EU and Kazakhstan. The EU and Uzbekistan."
    >>> selector(text, 23, 33)
    ('', ' Uzbekistan.')
    >>> selector(text, 11, 21)
    ('', '')
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"expected a span inside the text (0 <= start < end <= {len(text)}), got {start}:{end}"
        )
    quote = text[start:end]
    others = [o for o in occurrences(text, quote) if o != start]
    if not others:
        return "", ""
    # Another copy at `o` still matches a context of p characters before and s after as long
    # as p <= before[o] and s <= after[o]: it is ruled out once either is exceeded.
    pairs = sorted((_common_before(text, start, o), _common_after(text, end, o + len(quote))) for o in others)
    befores = [b for b, _ in pairs]
    # need[k]: the longest agreement after the quote among the copies from k on (by `before`).
    need = [a for _, a in pairs] + [-1]
    for k in range(len(pairs) - 1, -1, -1):
        need[k] = max(need[k], need[k + 1])
    prefix_lengths = [0, *_word_lengths_before(text, start, befores[-1])]
    suffix_lengths = [0, *_word_lengths_after(text, end, need[0])]
    best: tuple[int, int, int] | None = None
    for p in prefix_lengths:
        if best is not None and p >= best[0]:
            break  # a longer prefix alone is no shorter than the best found
        left = need[bisect.bisect_left(befores, p)]  # the copies a prefix of p leaves standing
        k = bisect.bisect_right(suffix_lengths, left)
        if k == len(suffix_lengths):
            continue
        s = suffix_lengths[k]
        if best is None or p + s < best[0]:
            best = (p + s, p, s)
        if left < 0:
            break  # the prefix alone rules out every other copy; a longer one is no shorter
    if best is None:  # pragma: no cover - the whole text either side always tells copies apart
        raise ValueError(f"no context makes the quote at {start}:{end} unique")
    _, p, s = best
    return text[start - p : start], text[end : end + s]


def cite(text: str, quote: str, occurrence: int | None = None) -> Anchor:
    """Anchor `quote` in `text`: its span and the context that makes it unique.

    A quote that stands more than once needs `occurrence` (0 for the first) to say which
    is meant. An absent quote, or an ambiguous one without `occurrence`, raises
    `QuoteError` listing where it stands (or, for an absent one, where it stands once
    whitespace, quotation marks and dashes are made alike, or inside a longer word).
    The quote is found as `eucentralasia.locate_quote` finds it: as whole words.

    >>> cite("Astana, the capital. Astana again.", "Astana", occurrence=1)
    Anchor(quote='Astana', start=21, end=27, prefix='', suffix=' again.')
    """
    try:
        start, end = locate_quote(text, quote, occurrence)
    except QuoteError as exc:
        if exc.occurrences or not quote:
            raise
        message = str(exc)
        near = normalised_occurrences(text, quote)
        if near:
            spans = ", ".join(f"{s}:{e} ({text[s:e]!r})" for s, e in near[:5])
            message += f"; with whitespace, quotation marks and dashes made alike it stands at {spans}"
        inside = text.find(quote)
        if inside != -1:
            shown = in_context(text, inside, inside + len(quote), 3)
            message += f"; it stands at {inside} only inside a longer word or number: {shown}"
        raise QuoteError(message, quote) from None
    prefix, suffix = selector(text, start, end)
    return Anchor(quote, start, end, prefix, suffix)


# -- normalised matching --------------------------------------------------------------

_QUOTES: Final = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
}
_DASHES: Final = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
_FOLD: Final = {**_QUOTES, **_DASHES, "\u2026": "...", "\u00ad": ""}  # a soft hyphen is invisible


def normalise(text: str) -> tuple[str, list[int]]:
    """`text` with whitespace, quotation marks and dashes made alike, and where each character came from.

    Every run of whitespace becomes one space; curly quotation marks and guillemets
    become straight ones; every dash and minus sign, and every run of them (``--``),
    becomes one ``-`` with no space either side (``EU - Kazakhstan`` reads as
    ``EU-Kazakhstan``); an ellipsis ``…`` becomes ``...``; a soft hyphen is dropped.
    The list gives, for each character of the result, its offset in `text`.

    >>> normalise("\u201cEU \u2013 Kazakhstan\u201d\\n  ties")
    ('"EU-Kazakhstan" ties', [0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 20, 21, 22, 23])
    """
    pieces, origins = fold_mapped(text, _fold_mark)
    chars: list[str] = []
    where: list[int] = []
    for piece, origin in zip(pieces, origins, strict=True):
        last = chars[-1] if chars else ""
        if piece == " " and last in (" ", "-"):
            continue  # one space for a run; none after a dash
        if piece == "-" and last == " ":
            chars.pop()  # none before a dash either
            where.pop()
            last = chars[-1] if chars else ""
        if piece == "-" and last == "-":
            continue  # one dash for a run
        chars.append(piece)
        where.append(origin)
    return "".join(chars), where


def _fold_mark(char: str) -> str:
    """One character with whitespace, quotation marks and dashes made alike (runs are `normalise`'s)."""
    return " " if char.isspace() else _FOLD.get(char, char)


def normalised_occurrences(
    text: str, quote: str, normalised: tuple[str, list[int]] | None = None
) -> list[tuple[int, int]]:
    """The spans of `text` that read `quote` once both are normalised (see `normalise`).

    Each span is in `text`'s own offsets, trimmed to the characters that match; pass
    ``normalise(text)`` as `normalised` to match many quotes against one text. As with
    `occurrences`, a span starting or ending inside a longer word or number does not count.

    >>> normalised_occurrences("the \u2018Middle  Corridor\u2019 route", "'Middle Corridor'")
    [(4, 22)]
    """
    folded, where = normalised if normalised is not None else normalise(text)
    needle = normalise(quote)[0]
    if not needle.strip():
        return []
    spans = []
    position = folded.find(needle)
    while position != -1:
        start, end = unfold_span(where, position, len(needle))
        if needle.endswith(" "):  # the run of whitespace the space stands for, whole
            while end < len(text) and (text[end].isspace() or _FOLD.get(text[end]) == ""):
                end += 1
        if whole_words(text, start, end):
            spans.append((start, end))
        position = folded.find(needle, position + 1)
    return spans
