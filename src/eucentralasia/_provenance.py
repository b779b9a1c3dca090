"""Where facts come from: `Source`, `Citation`, and the quote-locating helper.

A citation is a verbatim quote plus the character span ``[start, end)`` where it stands
in its source's text, so ``source.text[start:end] == quote``. Spans are computed with
`locate_quote`, never typed by hand.
"""

from __future__ import annotations

import enum

import attrs

from . import _validators as v
from ._dates import DateBasis, DateValue

__all__ = ["Author", "Citation", "Source", "SourceKind", "locate_quote"]


def locate_quote(text: str, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """Return the span ``(start, end)`` of `quote` in `text`.

    A quote that occurs more than once needs `occurrence` (0 for the first) to say which
    one is meant; an absent quote, or an ambiguous one without `occurrence`, raises
    `ValueError`.

    >>> locate_quote("Astana, the capital", "the capital")
    (8, 19)
    """
    if not quote:
        raise ValueError("the quote is empty")
    starts = []
    position = text.find(quote)
    while position != -1:
        starts.append(position)
        position = text.find(quote, position + 1)
    if not starts:
        raise ValueError(f"quote not found in the text: {quote!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise ValueError(
                f"quote occurs {len(starts)} times, pass occurrence=0..{len(starts) - 1}: {quote!r}"
            )
        occurrence = 0
    if not 0 <= occurrence < len(starts):
        raise ValueError(f"quote occurs {len(starts)} times, no occurrence {occurrence}: {quote!r}")
    return starts[occurrence], starts[occurrence] + len(quote)


def _check_end(instance: Citation, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value != instance.start + len(instance.quote):
        raise ValueError(
            f"{attribute.name}: expected start + length of quote "
            f"({instance.start} + {len(instance.quote)}), got {value!r}"
        )


def _check_start(instance: Citation, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 0:
        raise ValueError(f"{attribute.name}: expected a character offset of 0 or more, got {value!r}")


@attrs.frozen(kw_only=True)
class Citation:
    """A verbatim quote from a source and the span ``[start, end)`` where it stands.

    The quote keeps the source's spelling, typos included. `end` is always
    ``start + len(quote)``; whether the quote really stands there is checked against the
    source text by `verify` (the loader does this for every citation).
    """

    source: str = attrs.field(validator=v.slug)
    quote: str = attrs.field(validator=v.text)
    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)

    def verify(self, text: str) -> None:
        """Raise `ValueError` unless ``text[start:end] == quote``, saying where it is instead."""
        found = text[self.start : self.end]
        if found == self.quote:
            return
        hint = text.find(self.quote)
        where = f"it stands at {hint}" if hint != -1 else "it is not in the text"
        raise ValueError(
            f"quote: expected the text at {self.start}:{self.end} to read {self.quote!r}, "
            f"found {found!r} ({where})"
        )

    @classmethod
    def of(cls, source: str, text: str, quote: str, occurrence: int | None = None) -> Citation:
        """Cite `quote` from `source` (whose text is `text`), computing its span."""
        start, end = locate_quote(text, quote, occurrence)
        return cls(source=source, quote=quote, start=start, end=end)


class SourceKind(enum.Enum):
    """What kind of document a source is."""

    ARTICLE = "article"
    INTERVIEW = "interview"


@attrs.frozen(kw_only=True)
class Author:
    """A person credited with writing or conducting a source.

    Journalists are credited here, on the source, rather than as `Official` records: they
    report the relations the data describes, they are not actors in them.
    """

    name: str = attrs.field(validator=v.text)
    role: str = attrs.field(validator=v.text)


citations = v.each(v.instances(Citation), nonempty=True)


@attrs.frozen(kw_only=True)
class Source:
    """A document the data is drawn from, with its full text.

    `text` is the document exactly as received; every `Citation` with this source's id
    quotes it. In a data file a source names its text with `text_file` (a path relative
    to that file); the loader reads the text, so `text` is never written to a file.
    `published` is the publication date, with `published_basis` saying whether the
    document states it or it was derived (`published_note` says how).
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    outlet: str = attrs.field(validator=v.text)
    kind: SourceKind = attrs.field(validator=v.instances(SourceKind))
    language: str = attrs.field(validator=v.language)
    authors: tuple[Author, ...] = attrs.field(validator=v.each(v.instances(Author), nonempty=True))
    published: DateValue | None = attrs.field(default=None, validator=v.date_value)
    published_basis: DateBasis | None = attrs.field(default=None, validator=v.date_basis)
    published_note: str | None = attrs.field(default=None, validator=v.dating("published"))
    interviewee: str | None = attrs.field(default=None, validator=v.optional(v.slug))
    text_file: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(validator=citations)
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))
    text: str | None = attrs.field(default=None, eq=False, repr=False)
    """The full text; filled in by the loader from `text_file`."""
