"""`eucentralasia.curate.html`: a page's whole text as the source, its article body as spans."""

from __future__ import annotations

import html as html_escape
import importlib.util

import pytest

import eucentralasia as eca
from eucentralasia.curate.anchor import normalise
from eucentralasia.curate.html import page_text, read_html

needs_extra = pytest.mark.skipif(
    importlib.util.find_spec("trafilatura") is None, reason="the html extra is not installed"
)

INTERVIEW = "eureporter-2025-vassilenko-interview"


def interview_paragraphs() -> list[str]:
    text = eca.load().sources.get(INTERVIEW).text
    assert text is not None
    start = text.index("On the occasion of the Central Asia Media Forum")
    return [p for p in text[start:].split("\n\n") if p.strip()][:40]


def page(paragraphs: list[str]) -> str:
    """A news page around `paragraphs`: navigation, a teaser repeating one, a footer."""
    body = "".join(f"<p>{html_escape.escape(p)}</p>\n" for p in paragraphs)
    teaser = html_escape.escape(paragraphs[3])
    return f"""<!doctype html><html><head><title>Interview with Roman Vassilenko</title>
<script>window.ads = [];</script><style>p {{ margin: 0 }}</style></head>
<body><nav><a href="/">Home</a> | <a href="/politics">Politics</a> | Subscribe</nav>
<aside><h3>You may also like</h3><p>{teaser}</p></aside>
<main><article><h1>Interview with Kazakhstan Deputy Minister of Foreign Affairs Roman Vassilenko</h1>
{body}</article></main>
<footer>Copyright EU Reporter. All rights reserved. Cookie settings.</footer></body></html>"""


@needs_extra
def test_the_page_text_keeps_everything_but_scripts_and_styles() -> None:
    paragraphs = interview_paragraphs()
    text = page_text(page(paragraphs))
    assert text.startswith("Interview with Roman Vassilenko\n\nHome | Politics | Subscribe\n\n")
    assert "window.ads" not in text
    assert "margin" not in text
    assert "Cookie settings." in text
    assert text.count(paragraphs[3]) == 2  # the teaser's copy and the body's
    for paragraph in paragraphs:
        assert normalise(paragraph)[0] in normalise(text)[0]


@needs_extra
def test_the_body_is_the_article_and_not_the_teaser() -> None:
    paragraphs = interview_paragraphs()
    found = read_html(page(paragraphs))
    assert found.extractor.startswith("trafilatura ")
    assert found.missed == 0
    teaser_end = found.text.index("You may also like") + len("You may also like") + len(paragraphs[3])
    assert all(start > teaser_end for start, _ in found.body)
    assert "Cookie settings" not in found.body_text()
    assert "Subscribe" not in found.body_text()
    in_body = [p for p in paragraphs if normalise(p)[0] in normalise(found.body_text())[0]]
    print(f"body: {len(in_body)} of {len(paragraphs)} paragraphs, {len(found.body)} spans")
    assert len(in_body) >= 0.9 * len(paragraphs)
    previous = -1
    for start, end in found.body:
        assert previous <= start < end <= len(found.text)
        previous = end


@needs_extra
def test_the_bundled_text_as_html_reads_back_with_its_quotes() -> None:
    """Quotes of the bundled data still stand in the page's text, once normalised."""
    paragraphs = interview_paragraphs()
    found = read_html(page(paragraphs))
    folded = normalise(found.text)[0]
    quotes = [
        c.quote
        for record in eca.load()
        for c in record.citations
        if c.source == INTERVIEW and any(c.quote in p for p in paragraphs)
    ]
    assert quotes
    assert all(normalise(q)[0] in folded for q in quotes)


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ModuleNotFoundError, match=r"eucentralasia\[html\]"):
        read_html("<p>x</p>")
