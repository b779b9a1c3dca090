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

__all__ = [
    "CONTEXT_LIMIT",
    "Anchor",
    "QuoteError",
    "cite",
    "normalise",
    "occurrences",
    "selector",
    "selectors",
]


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


CONTEXT_LIMIT: Final = 32
"""The most characters a context (`selector`) takes on either side of a quote.

The `Hypothesis <https://web.hypothes.is/>`_ annotation client keeps 32 characters either
side as well. A longer context costs time and storage that grow with the square of the
text in a text of repeated sentences, and says little more: where no context this wide
tells copies apart, the span does.
"""

_WORD_START: Final = re.compile(r"(?<=\s)\S")
_WORD_END: Final = re.compile(r"\S(?=\s)")


def _prefix_lengths(text: str, start: int) -> list[int]:
    """Prefix lengths up to `CONTEXT_LIMIT` that begin at a word's start or the text's, shortest first."""
    low = max(0, start - CONTEXT_LIMIT)
    lengths = [start - m.start() for m in _WORD_START.finditer(text, low, start)]
    if low == 0 and start > 0:  # no word start is matched at 0: nothing stands before it
        lengths.insert(0, start)  # the text's start is where the widest prefix begins
    lengths.reverse()
    return [0, *lengths]


def _suffix_lengths(text: str, end: int) -> list[int]:
    """Suffix lengths up to `CONTEXT_LIMIT` that end at a word's end or the text's, shortest first."""
    high = min(len(text), end + CONTEXT_LIMIT)
    # Up to `high` inclusive, so the whitespace after a word ending at `high` is seen.
    lengths = [m.end() - end for m in _WORD_END.finditer(text, end, high + 1)]
    if high == len(text) and end < high:  # no word end is matched there: nothing follows it
        lengths.append(high - end)  # the text's end is where the widest suffix ends
    return [0, *lengths]


def _agreement(a: str, b: str) -> int:
    """How many characters `a` and `b` share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _contexts(text: str, length: int, copies: list[int], wanted: list[int]) -> dict[int, tuple[str, str]]:
    """The selector of each start in `wanted`, among the `copies` (all starts) of one quote.

    Each copy is known by the `CONTEXT_LIMIT` characters before it (read backwards) and
    after it. Copies that share the same `p` characters before are told apart by the
    characters after; sorted by both, the copy sharing the most of them with a given one
    stands next to it. So each prefix length costs one sort of the copies, and the time
    grows with the copies' number times its logarithm, never with its square.
    """
    if len(copies) < 2:
        return dict.fromkeys(wanted, ("", ""))
    before = {o: text[max(0, o - CONTEXT_LIMIT) : o][::-1] for o in copies}
    after = {o: text[o + length : o + length + CONTEXT_LIMIT] for o in copies}
    orders: dict[int, tuple[list[int], dict[int, int]]] = {}

    def agreement_after(copy: int, p: int) -> int:
        """The most characters after `copy` that another copy with the same `p` before shares; -1: none."""
        if p not in orders:
            order = sorted(copies, key=lambda o: (before[o][:p], after[o]))
            orders[p] = order, {o: n for n, o in enumerate(order)}
        order, position = orders[p]
        n = position[copy]
        key = before[copy][:p]
        most = -1
        for other in order[max(0, n - 1) : n] + order[n + 1 : n + 2]:
            if before[other][:p] == key:
                most = max(most, _agreement(after[copy], after[other]))
        return most

    found = {}
    for start in wanted:
        prefixes = _prefix_lengths(text, start)
        suffixes = _suffix_lengths(text, start + length)
        best: tuple[int, int, int] | None = None
        for p in prefixes:
            if best is not None and p >= best[0]:
                break  # a longer prefix alone is no shorter than the best found
            left = agreement_after(start, p)  # a suffix longer than this rules out the rest
            k = bisect.bisect_right(suffixes, left)
            if k < len(suffixes) and (best is None or p + suffixes[k] < best[0]):
                best = (p + suffixes[k], p, suffixes[k])
            if left < 0:
                break  # the prefix alone rules out every other copy; a longer one is no shorter
        # No context within the limit tells this copy apart: the widest narrows the rest most.
        _, p, s = best or (0, prefixes[-1], suffixes[-1])
        found[start] = (text[start - p : start], text[start + length : start + length + s])
    return found


def selector(text: str, start: int, end: int) -> tuple[str, str]:
    """The shortest ``(prefix, suffix)`` in whole words that makes ``text[start:end]`` unique.

    Both are empty when the quote stands only once in `text` (as whole words, see
    `occurrences`). Otherwise the prefix (ending at `start`) and suffix (starting at
    `end`) together are as short as can be while no other copy of the quote has the same
    words before and after it; the prefix starts at a word's start and the suffix ends at
    a word's end (or at the text's ends). Each is at most `CONTEXT_LIMIT` characters:
    where no context that wide tells the copies apart, the widest is given, and the span
    says which copy is meant (`check` then places the quote by how the citations around
    it moved, or calls it ambiguous). `selectors` gives the context of every copy at once.

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
    copies = occurrences(text, text[start:end])
    if start not in copies:  # a span that is not whole words is still told apart from the rest
        bisect.insort(copies, start)
    return _contexts(text, end - start, copies, [start])[start]


def selectors(text: str, quote: str) -> dict[int, tuple[str, str]]:
    """The `selector` of every place `quote` stands in `text` (as whole words), by its start.

    One pass for all copies: citing each copy of a quote that recurs costs time that grows
    with the text's length, not with its square.

    >>> selectors("The EU and Kazakhstan. The EU and Uzbekistan.", "The EU")
    {0: ('', ' and Kazakhstan.'), 23: ('Kazakhstan. ', '')}
    """
    copies = occurrences(text, quote)
    return _contexts(text, len(quote), copies, copies)


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
            chars.pop()  # none before a dash either (and a space never follows a dash)
            where.pop()
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
