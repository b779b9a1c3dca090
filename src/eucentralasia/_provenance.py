"""Where facts come from: `Source`, `Citation`, and the quote-locating helper.

A citation is a verbatim quote plus the character span ``[start, end)`` where it stands
in its source's text, so ``source.text[start:end] == quote``. Spans are computed with
`locate_quote`, never typed by hand.
"""

from __future__ import annotations

import enum
import re

import attrs

from . import _schema as schema
from . import _validators as v
from ._dates import DateBasis, DateValue, PartialDate
from ._errors import FieldError

__all__ = [
    "Author",
    "Citation",
    "QuoteError",
    "Source",
    "SourceKind",
    "locate_quote",
    "quote_starts",
    "whole_words",
]


class QuoteError(ValueError):
    """A quote that cannot be cited: absent from the text, or standing there more than once.

    `quote` is the quote asked for and `occurrences` the start of each place it stands
    (empty when it is absent).
    """

    def __init__(self, message: str, quote: str, occurrences: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.quote = quote
        self.occurrences = occurrences


QuoteError.__module__ = "eucentralasia.curate"  # its public home; `locate_quote` raises it too


def whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` neither starts nor ends inside a word or number of `text`.

    A span starting with a letter or digit must not have one just before it, and one
    ending with a letter or digit must not have one just after it: "likely" does not
    stand in "unlikely", nor "5 billion" in "15 billion".

    >>> whole_words("unlikely to ratify", 2, 8), whole_words("likely to ratify", 0, 6)
    (False, True)
    """
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return False
    return not (end < len(text) and text[end].isalnum() and text[end - 1].isalnum())


def quote_starts(text: str, quote: str) -> list[int]:
    """The start of every place `quote` stands in `text` as whole words, overlapping ones included.

    >>> quote_starts("Astana and Astanaville and Astana", "Astana")
    [0, 27]
    """
    if not quote:
        raise QuoteError("the quote is empty", quote)
    found: list[int] = []
    position = text.find(quote)
    while position != -1:
        if whole_words(text, position, position + len(quote)):
            found.append(position)
        position = text.find(quote, position + 1)
    return found


def _listing(text: str, quote: str, starts: list[int], limit: int = 10) -> str:
    shown = [f"  at {s}:{s + len(quote)}: {in_context(text, s, s + len(quote), 6)}" for s in starts[:limit]]
    if len(starts) > limit:
        shown.append(f"  ... and {len(starts) - limit} more")
    return "\n".join(shown)


def locate_quote(text: str, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """Return the span ``(start, end)`` of `quote` in `text`, standing there as whole words.

    A quote that occurs more than once needs `occurrence` (0 for the first) to say which
    one is meant; an absent quote, or an ambiguous one without `occurrence`, raises
    `ValueError` (a `QuoteError` listing the places it stands). A quote counts only where
    it neither starts nor ends inside a word or number (`whole_words`).

    >>> locate_quote("Astana, the capital", "the capital")
    (8, 19)
    """
    starts = quote_starts(text, quote)
    if not starts:
        raise QuoteError(f"quote not found in the text: {quote!r}", quote)
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
    return starts[occurrence], starts[occurrence] + len(quote)


def _check_end(instance: Citation, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value != instance.start + len(instance.quote):
        raise FieldError(
            attribute.name,
            f"expected start + length of quote ({instance.start} + {len(instance.quote)}), got {value!r}",
        )


def _check_start(instance: Citation, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 0:
        v.fail(attribute, "a character offset of 0 or more", value)


def in_context(text: str, start: int, end: int, words: int = 8) -> str:
    """``text[start:end]`` marked «so» with up to `words` words either side, on one line.

    "…" shows where the text goes on; a span starting or ending inside a word stays
    glued to the rest of the word, as in the text.

    >>> in_context("The EU and Kazakhstan signed the EPCA in Astana.", 22, 28, words=2)
    '… and Kazakhstan «signed» the EPCA …'
    """
    reach = words * 20  # characters enough for that many words of prose
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    before = list(re.finditer(r"\S+", text[lo:start]))
    after = list(re.finditer(r"\S+", text[end:hi]))
    # The window may cut a word in two; drop the fragment rather than show half a word.
    if before and lo > 0 and before[0].start() == 0 and not text[lo - 1].isspace():
        before.pop(0)
    if after and hi < len(text) and after[-1].end() == hi - end and not text[hi].isspace():
        after.pop()
    before, after = before[-words:] if words else [], after[:words]
    head = " ".join(match.group() for match in before)
    tail = " ".join(match.group() for match in after)
    if before and before[-1].end() != start - lo:
        head += " "
    if after and after[0].start() != 0:
        tail = " " + tail
    first = lo + before[0].start() if before else start
    last = end + after[-1].end() if after else end
    more_before = "… " if text[:first].strip() else ""
    more_after = " …" if text[last:].strip() else ""
    span = " ".join(text[start:end].split())
    return f"{more_before}{head}«{span}»{tail}{more_after}"


@schema.record
class Citation:
    """A verbatim quote from a source and the span ``[start, end)`` where it stands.

    The quote keeps the source's spelling, typos included. `end` is always
    ``start + len(quote)``; whether the quote really stands there is checked against the
    source text by `verify` (the loader does this for every citation). `speaker` says
    whose words they are: the id of an official or organization only when every character
    of the quote is theirs (the words inside quotation marks, an interview answer), else
    None: the source's own voice (the author's narration, an interviewer's question, and
    reported speech such as "X said that ...", which a `Statement` attributes instead).

    `prefix` and `suffix` are the words just before and after the quote (W3C Web
    Annotation ``TextQuoteSelector`` context): the shortest whole-word context that makes
    the quote unique in its text, and None where the quote alone is unique there
    (`eucentralasia.curate.cite` computes them). They let ``eucentralasia check``
    find the quote again should the text change; `verify` checks they stand beside it.
    """

    source: str = schema.reference("Id of the source quoted", "sources")
    quote: str = schema.text("The words quoted, verbatim")
    start: int = schema.offset(
        "Where the quote starts in the source's text, as a character offset", _check_start
    )
    end: int = schema.offset("Where the quote ends (exclusive): start plus the quote's length", _check_end)
    speaker: str | None = schema.reference(
        "Whose words the quote is: the id of the official or organization speaking, only when every "
        "character is theirs (inside quotation marks, an interview answer); empty for the source's "
        "own voice (its author's narration, an interviewer's question, reported speech)",
        "officials",
        "organizations",
        optional=True,
    )
    prefix: str | None = schema.context(
        "The words just before the quote in the source's text, enough to make the quote unique "
        "there (W3C TextQuoteSelector prefix); empty where the quote alone is unique"
    )
    suffix: str | None = schema.context(
        "The words just after the quote in the source's text, enough to make the quote unique "
        "there (W3C TextQuoteSelector suffix); empty where the quote alone is unique"
    )

    def verify(self, text: str) -> None:
        """Raise `ValueError` unless ``text[start:end] == quote``, saying where it is instead.

        A `prefix` must end right where the quote starts, and a `suffix` start right where
        it ends, in `text` as the citation stands.
        """
        found = text[self.start : self.end]
        if found != self.quote:
            hint = text.find(self.quote)
            where = f"it stands at {hint}" if hint != -1 else "it is not in the text"
            raise FieldError(
                "quote",
                f"expected the text at {self.start}:{self.end} to read {self.quote!r}, "
                f"found {found!r} ({where})",
            )
        if self.prefix is not None:
            before = text[max(0, self.start - len(self.prefix)) : self.start]
            if before != self.prefix:
                raise FieldError(
                    "prefix",
                    f"expected the text just before {self.start} to read {self.prefix!r}, found {before!r}",
                )
        if self.suffix is not None:
            after = text[self.end : self.end + len(self.suffix)]
            if after != self.suffix:
                raise FieldError(
                    "suffix",
                    f"expected the text just after {self.end} to read {self.suffix!r}, found {after!r}",
                )

    def context(self, text: str, words: int = 8) -> str:
        """The quote in `text` (its source's text) with up to `words` words either side.

        The quote is marked «like this», "…" shows where the text goes on, and line
        breaks become spaces, so the result is one line to print.

        >>> text = "Kazakhstan has the closest relationship with the EU."
        >>> Citation.of("a", text, "the closest relationship").context(text, words=2)
        'Kazakhstan has «the closest relationship» with the …'
        """
        return in_context(text, self.start, self.end, words)

    @classmethod
    def of(
        cls, source: str, text: str, quote: str, occurrence: int | None = None, speaker: str | None = None
    ) -> Citation:
        """Cite `quote` from `source` (whose text is `text`), computing its span."""
        start, end = locate_quote(text, quote, occurrence)
        return cls(source=source, quote=quote, start=start, end=end, speaker=speaker)


class SourceKind(enum.Enum):
    """What kind of document a source is."""

    ARTICLE = "article"
    INTERVIEW = "interview"


@schema.record
class Author:
    """A person credited with writing or conducting a source.

    Journalists are credited here, on the source, rather than as `Official` records: they
    report the relations the data describes, they are not actors in them.
    """

    name: str = schema.text("The author's name", search="name")
    role: str = schema.text("What they did: reporter, Political Editor, interviewer, ...")


@schema.record
class Source:
    """A document the data is drawn from, with its full text.

    `text` is the document exactly as received; every `Citation` with this source's id
    quotes it. In a data file a source names its text with `text_file` (a path relative
    to that file); the loader reads the text, so `text` is never written to a file.
    `published` is the publication date, with `published_basis` saying whether the
    document states it or it was derived (`published_note` says how).
    """

    id: str = schema.identifier()
    title: str = schema.text("The document's title", search="title", heading=True)
    outlet: str = schema.text("The publication the document appeared in")
    kind: SourceKind = schema.choice(SourceKind, "What kind of document it is: article or interview")
    language: str = schema.language("The document's language, as a BCP 47 tag")
    authors: tuple[Author, ...] = schema.nested_many(
        Author, "Who wrote or conducted it, each with name and role", nonempty=True, search="title"
    )
    published: DateValue | None = schema.dated("When the document was published")
    published_basis: DateBasis | None = schema.basis("published")
    published_note: str | None = schema.date_note("published")
    url: str | None = schema.text(
        "Where the document can be read, where a public record gives it", optional=True
    )
    accessed: PartialDate | None = schema.day("When the document was read at its url")
    interviewee: str | None = schema.reference(
        "Id of the official interviewed, for an interview", "officials", optional=True
    )
    text_file: str = schema.path("Where the curated data keeps the text, relative to its data file")
    citations: tuple[Citation, ...] = schema.citations()
    note: str | None = schema.note()
    text: str | None = schema.body(
        "The document's full text; every quote's character span counts characters in it"
    )
    """The full text; filled in by the loader from `text_file`."""
