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

from typing import Final, NamedTuple

from eucentralasia._provenance import Citation, in_context

__all__ = ["Anchor", "QuoteError", "cite", "normalise", "occurrences", "selector"]


class QuoteError(ValueError):
    """A quote that cannot be cited: absent from the text, or standing there more than once.

    `quote` is the quote asked for and `occurrences` the start of each place it stands
    (empty when it is absent); the message lists each with its context.
    """

    def __init__(self, message: str, quote: str, occurrences: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.quote = quote
        self.occurrences = occurrences


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
    """The start of every place `quote` stands in `text`, overlapping ones included.

    >>> occurrences("Astana and Astana", "Astana")
    [0, 11]
    """
    if not quote:
        raise ValueError("the quote is empty")
    found: list[int] = []
    position = text.find(quote)
    while position != -1:
        found.append(position)
        position = text.find(quote, position + 1)
    return found


def _common_before(text: str, a: int, b: int) -> int:
    """How many characters just before `a` and just before `b` agree."""
    n = 0
    limit = min(a, b)
    while n < limit and text[a - n - 1] == text[b - n - 1]:
        n += 1
    return n


def _common_after(text: str, a: int, b: int) -> int:
    """How many characters from `a` and from `b` agree."""
    n = 0
    limit = len(text) - max(a, b)
    while n < limit and text[a + n] == text[b + n]:
        n += 1
    return n


def _word_lengths_before(text: str, start: int, longest: int) -> list[int]:
    """Prefix lengths that begin at a word's start (or the text's), shortest first, up to `longest`."""
    lengths = []
    for i in range(start - 1, -1, -1):
        length = start - i
        if i == 0 or (text[i - 1].isspace() and not text[i].isspace()):
            lengths.append(length)
            if length > longest:
                break
    return lengths


def _word_lengths_after(text: str, end: int, longest: int) -> list[int]:
    """Suffix lengths that end at a word's end (or the text's), shortest first, up to `longest`."""
    lengths = []
    for j in range(end + 1, len(text) + 1):
        length = j - end
        if j == len(text) or (text[j].isspace() and not text[j - 1].isspace()):
            lengths.append(length)
            if length > longest:
                break
    return lengths


def selector(text: str, start: int, end: int) -> tuple[str, str]:
    """The shortest ``(prefix, suffix)`` in whole words that makes ``text[start:end]`` unique.

    Both are empty when the quote stands only once in `text`. Otherwise the prefix (ending
    at `start`) and suffix (starting at `end`) together are as short as can be while no
    other copy of the quote has the same words before and after it; the prefix starts at
    a word's start and the suffix ends at a word's end (or at the text's ends).

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
    pairs = [(_common_before(text, start, o), _common_after(text, end, o + len(quote))) for o in others]
    longest_before = max(b for b, _ in pairs)
    longest_after = max(a for _, a in pairs)
    prefix_lengths = [0, *_word_lengths_before(text, start, longest_before)]
    suffix_lengths = [0, *_word_lengths_after(text, end, longest_after)]
    best: tuple[int, int, int] | None = None
    for p in prefix_lengths:
        need = max((a for b, a in pairs if b >= p), default=-1)
        s = next((s for s in suffix_lengths if s > need), None)
        if s is None:
            continue
        if best is None or p + s < best[0]:
            best = (p + s, p, s)
        if need < 0:
            break  # the prefix alone rules out every other copy; a longer one is no shorter
    if best is None:  # pragma: no cover - the whole text either side always tells copies apart
        raise ValueError(f"no context makes the quote at {start}:{end} unique")
    _, p, s = best
    return text[start - p : start], text[end : end + s]


def _listing(text: str, quote: str, starts: list[int], limit: int = 10) -> str:
    shown = [f"  at {s}:{s + len(quote)}: {in_context(text, s, s + len(quote), 6)}" for s in starts[:limit]]
    if len(starts) > limit:
        shown.append(f"  ... and {len(starts) - limit} more")
    return "\n".join(shown)


def cite(text: str, quote: str, occurrence: int | None = None) -> Anchor:
    """Anchor `quote` in `text`: its span and the context that makes it unique.

    A quote that stands more than once needs `occurrence` (0 for the first) to say which
    is meant. An absent quote, or an ambiguous one without `occurrence`, raises
    `QuoteError` listing where it stands (or, for an absent one, where it stands once
    whitespace, quotation marks and dashes are made alike).

    >>> cite("Astana, the capital. Astana again.", "Astana", occurrence=1)
    Anchor(quote='Astana', start=21, end=27, prefix='', suffix=' again.')
    """
    if not quote:
        raise QuoteError("the quote is empty", quote)
    starts = occurrences(text, quote)
    if not starts:
        message = f"quote not found in the text: {quote!r}"
        near = normalised_occurrences(text, quote)
        if near:
            spans = ", ".join(f"{s}:{e} ({text[s:e]!r})" for s, e in near[:5])
            message += f"; with whitespace, quotation marks and dashes made alike it stands at {spans}"
        raise QuoteError(message, quote)
    if occurrence is None:
        if len(starts) > 1:
            raise QuoteError(
                f"quote occurs {len(starts)} times, say which (occurrence 0..{len(starts) - 1}): "
                f"{quote!r}\n{_listing(text, quote, starts)}",
                quote,
                tuple(starts),
            )
        occurrence = 0
    if not 0 <= occurrence < len(starts):
        raise QuoteError(
            f"quote occurs {len(starts)} time{'s' if len(starts) != 1 else ''}, "
            f"there is no occurrence {occurrence}: {quote!r}\n{_listing(text, quote, starts)}",
            quote,
            tuple(starts),
        )
    start = starts[occurrence]
    end = start + len(quote)
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
    chars: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        folded = " " if char.isspace() else _FOLD.get(char, char)
        for piece in folded:
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
            where.append(i)
    return "".join(chars), where


def normalised_occurrences(
    text: str, quote: str, normalised: tuple[str, list[int]] | None = None
) -> list[tuple[int, int]]:
    """The spans of `text` that read `quote` once both are normalised (see `normalise`).

    Each span is in `text`'s own offsets, trimmed to the characters that match; pass
    ``normalise(text)`` as `normalised` to match many quotes against one text.

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
        last = position + len(needle) - 1
        end = where[last] + 1
        if needle.endswith(" "):  # the run of whitespace the space stands for, whole
            while end < len(text) and (text[end].isspace() or _FOLD.get(text[end]) == ""):
                end += 1
        spans.append((where[position], end))
        position = folded.find(needle, position + 1)
    return spans
