"""An HTML page as a source: the page's full text, and where its article body stands in it.

A web page holds more than its article: navigation, banners, "you may also like"
teasers. `read_html` keeps the page's *whole* text as the source text (so every quote is
checked against what the page said, teasers included), and asks a well-kept boilerplate
remover, `trafilatura <https://trafilatura.readthedocs.io>`_, which paragraphs are the
article's body; each is then found in the page's text (exactly, or once whitespace,
quotation marks and dashes are made alike) and given as a span, so that a tool proposing
records can read the body alone and still cite the page. `Page.extractor` names the
extractor and its version, for the source's note.

Needs the ``html`` extra: ``pip install "eucentralasia[html]"``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Final

import attrs

from eucentralasia._lazy import Lazy
from eucentralasia.curate.anchor import normalise, normalised_occurrences, occurrences

__all__ = ["Page", "page_text", "read_html"]

_SKIP: Final = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head"})
_BLOCKS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
    }
)  # fmt: skip
_CANDIDATES: Final = 64
"""How many of a repeated paragraph's next copies `read_html` weighs: a teaser recurs a few
times, a page of one paragraph repeated thousands; weighing them all made reading it quadratic."""
_WHITESPACE: Final = re.compile(r"\s+")
_DECLARATION: Final = re.compile(r"\A\ufeff?\s*<\?xml\b[^>]*\?>")
_BREAKS: Final = re.compile(r" *\n[\n ]*")


@attrs.frozen
class Page:
    """An HTML page read as a source.

    `text` is the page's whole text, one paragraph per block of the page (navigation and
    teasers included), the title first; `body` the spans of `text` that the extractor
    found to be the article's body, in order; `missed` how many of the extractor's body
    paragraphs could not be found in `text`; `extractor` the extractor and its version.
    """

    text: str
    body: tuple[tuple[int, int], ...]
    extractor: str
    missed: int = 0

    def body_text(self) -> str:
        """The body's paragraphs, one per line (for reading; quotes come from `text`)."""
        return "\n".join(self.text[start:end] for start, end in self.body)


def _lxml() -> Any:
    try:
        import lxml.html  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ModuleNotFoundError:
        from eucentralasia.export._optional import missing_extra

        raise missing_extra("lxml", "html", "reading HTML") from None
    return lxml.html


def page_text(html: str | bytes) -> str:
    """The whole text of an HTML page: each block of the page a paragraph, scripts and styles left out.

    Whitespace inside a paragraph becomes single spaces, as a browser shows it;
    paragraphs are separated by a blank line.

    >>> page_text("<title>News</title><p>The EU and\\n  Kazakhstan.</p><div>Subscribe</div>")
    'News\\n\\nThe EU and Kazakhstan.\\n\\nSubscribe'
    """
    lxml_html = _lxml()
    from lxml import etree  # type: ignore[import-untyped, import-not-found, unused-ignore]

    if isinstance(html, str):
        # lxml refuses text that declares its encoding (XHTML's `<?xml ... encoding=...?>`):
        # the text is decoded already, so the declaration says nothing more.
        html = _DECLARATION.sub("", html, count=1)
    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, etree.LxmlError) as exc:  # an empty page, a fragment lxml cannot root
        raise ValueError(f"not an HTML page lxml can read: {exc}") from None
    title = root.findtext(".//title")
    parts: list[str] = [_WHITESPACE.sub(" ", title), "\n"] if title else []
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP or not tag:
                skipping += 1
            elif not skipping:
                if tag in _BLOCKS:
                    parts.append("\n")
                if element.text:
                    parts.append(_WHITESPACE.sub(" ", element.text))
            continue
        if tag in _SKIP or not tag:
            skipping -= 1
        elif not skipping and tag in _BLOCKS:
            parts.append("\n")
        if not skipping and element.tail:
            parts.append(_WHITESPACE.sub(" ", element.tail))
    lines = (re.sub(" +", " ", line).strip() for line in _BREAKS.split("".join(parts)))
    return "\n\n".join(line for line in lines if line)


def read_html(html: str | bytes) -> Page:
    """Read an HTML page: its whole text, and the spans of it the extractor finds to be the article.

    Each paragraph of the body that trafilatura extracts is looked for in the page's text
    after the one before it: word for word, else once whitespace, quotation marks and
    dashes are made alike; the ones found nowhere are counted in `Page.missed`. Raises
    `ValueError` for a page lxml cannot read (an empty one, say).
    """
    try:
        import trafilatura
    except ModuleNotFoundError:
        from eucentralasia.export._optional import missing_extra

        raise missing_extra("trafilatura", "html", "reading HTML") from None
    from importlib.metadata import version

    text = page_text(html)
    if isinstance(html, str):
        html = _DECLARATION.sub("", html, count=1)
    extracted = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    paragraphs = [line.strip() for line in extracted.splitlines() if line.strip()]
    folded = Lazy(lambda: normalise(text))  # made on first need: most paragraphs stand word for word
    everywhere: dict[str, list[tuple[int, int]]] = {}

    def places(paragraph: str, after: int) -> list[tuple[int, int]]:
        # Each paragraph is looked for once in the whole text, then by bisection: a page of
        # one paragraph repeated stays linear, not a search of the text per copy per copy.
        if paragraph not in everywhere:
            exact = [(o, o + len(paragraph)) for o in occurrences(text, paragraph)]
            everywhere[paragraph] = exact or normalised_occurrences(text, paragraph, folded.get())
        spans = everywhere[paragraph]
        first = bisect.bisect_left(spans, (after, -1))
        return spans[first : first + _CANDIDATES]  # no more are weighed: a copy of the tail costs its length

    def next_start(paragraph: str, after: int) -> int:
        """Where `paragraph` first stands at or after `after` (far past the text's end if nowhere)."""
        spans = everywhere[paragraph]
        i = bisect.bisect_left(spans, (after, -1))
        return spans[i][0] if i < len(spans) else len(text) + after

    body: list[tuple[int, int]] = []
    missed = 0
    cursor = 0
    for i, paragraph in enumerate(paragraphs):
        found = places(paragraph, cursor)
        if not found:
            missed += 1
            continue
        span = found[0]
        if len(found) > 1 and i + 1 < len(paragraphs):
            # The copy the next paragraph follows most closely is the body's, not a teaser's.
            following = paragraphs[i + 1]
            places(following, 0)  # found once; each copy's gap is then a bisection
            gaps = [next_start(following, c[1]) - c[1] for c in found]
            span = found[gaps.index(min(gaps))]
        body.append(span)
        cursor = span[1]
    return Page(text, tuple(body), f"trafilatura {version('trafilatura')}", missed)
