"""`eucentralasia.curate.anchor`: spans, the shortest unique context, normalised matching."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import Citation, DataError, FieldError
from eucentralasia._provenance import whole_words
from eucentralasia.curate import Anchor, QuoteError, cite, normalise, selector
from eucentralasia.curate.anchor import CONTEXT_LIMIT, normalised_occurrences, occurrences, selectors

# Few letters and words, so quotes recur and contexts matter.
words = st.lists(st.sampled_from(["a", "b", "ab", "ba", ",", "the"]), min_size=1, max_size=14)
separators = st.sampled_from([" ", "  ", "\n"])


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[str, int, int]:
    parts = draw(words)
    text = ""
    for part in parts:
        text += part + draw(separators)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 6)))
    assume(whole_words(text, start, end))  # quotes are found as whole words only
    return text, start, end


def matches(text: str, quote: str, prefix: str, suffix: str) -> list[int]:
    """Where `quote` stands with `prefix` just before it and `suffix` just after (W3C matching)."""
    return [
        o
        for o in occurrences(text, quote)
        if o >= len(prefix)
        and text[o - len(prefix) : o] == prefix
        and text.startswith(suffix, o + len(quote))
    ]


def word_start(text: str, i: int) -> bool:
    return i == 0 or (text[i - 1].isspace() and not text[i].isspace())


def word_end(text: str, j: int) -> bool:
    return j == len(text) or (text[j].isspace() and not text[j - 1].isspace())


@given(texts_and_spans())
def test_the_selector_gives_the_shortest_whole_word_context_within_the_limit_that_makes_the_quote_unique(
    case: tuple[str, int, int],
) -> None:
    text, start, end = case
    quote = text[start:end]
    prefix, suffix = selector(text, start, end)
    assert text[start - len(prefix) : start] == prefix
    assert text[end : end + len(suffix)] == suffix
    assert start in matches(text, quote, prefix, suffix)
    if len(occurrences(text, quote)) == 1:
        assert (prefix, suffix) == ("", "")
    assert not prefix or word_start(text, start - len(prefix))
    assert not suffix or word_end(text, end + len(suffix))
    assert len(prefix) <= CONTEXT_LIMIT
    assert len(suffix) <= CONTEXT_LIMIT
    # A linear scan over every whole-word context within the limit: the shortest that
    # leaves only this copy, or else the widest.
    befores = [0] + [p for p in range(1, min(start, CONTEXT_LIMIT) + 1) if word_start(text, start - p)]
    afters = [0] + [s for s in range(1, min(len(text) - end, CONTEXT_LIMIT) + 1) if word_end(text, end + s)]
    unique = [
        (p + s, p, s)
        for p in befores
        for s in afters
        if matches(text, quote, text[start - p : start], text[end : end + s]) == [start]
    ]
    if unique:
        assert matches(text, quote, prefix, suffix) == [start]
        # the shortest, and of the shortest the one with the shortest prefix
        assert (len(prefix) + len(suffix), len(prefix)) == min(unique)[:2]
    else:
        assert (len(prefix), len(suffix)) == (befores[-1], afters[-1])


@given(texts_and_spans())
def test_selectors_gives_each_copy_the_context_selector_gives_it(case: tuple[str, int, int]) -> None:
    text, start, end = case
    quote = text[start:end]
    assert selectors(text, quote) == {o: selector(text, o, o + len(quote)) for o in occurrences(text, quote)}


def test_a_copy_no_context_within_the_limit_tells_apart_gets_the_widest_and_its_span_decides() -> None:
    sentence = "The EU and Kazakhstan signed a deal worth 5 billion euros in 2024, officials said."
    text = (sentence + " ") * 9
    middle = 4 * (len(sentence) + 1)
    prefix, suffix = selector(text, middle, middle + len(sentence))
    assert (prefix, suffix) == ("euros in 2024, officials said. ", " The EU and Kazakhstan signed a")
    # Every copy but the first and the last has these words around it: the span tells them apart.
    assert len(matches(text, sentence, prefix, suffix)) == 7


@given(texts_and_spans())
def test_cite_finds_each_occurrence_and_refuses_ambiguity(case: tuple[str, int, int]) -> None:
    text, start, end = case
    quote = text[start:end]
    assume(quote.strip())
    starts = occurrences(text, quote)
    if len(starts) > 1:
        with pytest.raises(QuoteError) as info:
            cite(text, quote)
        assert info.value.occurrences == tuple(starts)
        assert f"occurs {len(starts)} times" in str(info.value)
    anchor = cite(text, quote, occurrence=starts.index(start))
    assert anchor == Anchor(quote, start, end, *selector(text, start, end))
    citation = anchor.citation("a-source")
    citation.verify(text)
    assert (citation.prefix or "", citation.suffix or "") == (anchor.prefix, anchor.suffix)


def test_an_absent_quote_is_refused_with_its_near_matches() -> None:
    text = "the \u201cMiddle Corridor\u201d route"
    with pytest.raises(QuoteError) as info:
        cite(text, '"Middle Corridor"')
    assert info.value.occurrences == ()
    assert "not found" in str(info.value)
    assert "4:21" in str(info.value)
    with pytest.raises(QuoteError, match="not found"):
        cite(text, "Silk Road")
    with pytest.raises(QuoteError, match="no occurrence 3"):
        cite(text, "route", occurrence=3)
    with pytest.raises(QuoteError, match="empty"):
        cite(text, "")


def test_an_ambiguous_quote_lists_where_it_stands() -> None:
    text = "Astana hosted it. Later Astana hosted more."
    with pytest.raises(QuoteError) as info:
        cite(text, "Astana hosted")
    message = str(info.value)
    assert "at 0:13" in message
    assert "at 24:37" in message


@given(st.text(st.sampled_from("ab \n\t\u2019\u201c\u2013-\u00ad\u00a0\u2026"), max_size=30))
def test_normalise_maps_every_character_back(text: str) -> None:
    folded, where = normalise(text)
    assert len(folded) == len(where)
    assert where == sorted(where)
    for char, i in zip(folded, where, strict=True):
        if char == " ":
            assert text[i].isspace()
        else:
            assert char in normalise(text[i])[0]
    for run in ("  ", " -", "- ", "--"):
        assert run not in folded
    assert not set(folded) & set("\u2019\u201c\u2013\u00ad\u00a0\u2026\n\t")
    assert normalise(folded)[0] == folded


@given(
    st.lists(st.sampled_from(["EU", "\u2013", "\u2019s", "ties", "\u201cnew\u201d"]), min_size=1, max_size=8),
    st.data(),
)
def test_a_quote_typed_plainly_is_found_in_the_typeset_text(parts: list[str], data: st.DataObject) -> None:
    text = "  ".join(parts)
    i = data.draw(st.integers(0, len(parts) - 1))
    j = data.draw(st.integers(i + 1, len(parts)))
    typed = " ".join(parts[i:j]).translate(str.maketrans("\u2013\u2019\u201c\u201d", '-\'""'))
    spans = normalised_occurrences(text, typed)
    assert spans
    for start, end in spans:
        assert normalise(text[start:end])[0] == normalise(typed)[0]


def test_a_citation_checks_its_prefix_and_suffix() -> None:
    text = "The EU and Kazakhstan. The EU and Uzbekistan."
    good = Citation(source="s", quote="The EU", start=23, end=29, prefix=". ", suffix=" and")
    good.verify(text)
    with pytest.raises(FieldError) as info:
        Citation(source="s", quote="The EU", start=23, end=29, prefix="x ").verify(text)
    assert info.value.path == "prefix"
    with pytest.raises(FieldError) as info:
        Citation(source="s", quote="The EU", start=23, end=29, suffix=" or").verify(text)
    assert info.value.path == "suffix"
    with pytest.raises(FieldError):  # a prefix longer than the text before the quote
        Citation(source="s", quote="The", start=0, end=3, prefix="x").verify(text)
    with pytest.raises(ValueError, match="at least one character"):
        Citation(source="s", quote="The", start=0, end=3, prefix="")


def test_the_loader_checks_prefix_and_suffix_against_the_text(tmp_path: Path) -> None:
    folder = tmp_path
    text = "Notes. The EU and Kazakhstan. The EU and Uzbekistan."
    (folder / "notes.txt").write_text(text, encoding="utf-8")
    anchor = cite(text, "The EU", occurrence=1)
    assert (anchor.prefix, anchor.suffix) == ("Kazakhstan. ", "")
    source = (
        '[[sources]]\nid = "my-notes"\ntitle = "Notes"\noutlet = "Field notes"\nkind = "article"\n'
        'language = "en"\ntext_file = "notes.txt"\nauthors = [{ name = "A. Researcher", role = "analyst" }]\n'
    )

    def cited(prefix: str) -> str:
        return (
            source
            + f'citations = [{{ source = "my-notes", quote = "The EU", start = {anchor.start}, '
            + f'end = {anchor.end}, prefix = "{prefix}" }}]\n'
        )

    (folder / "notes.toml").write_text(cited(anchor.prefix), encoding="utf-8")
    assert eca.load(extra=[folder]).get("my-notes").citations[0].prefix == "Kazakhstan. "
    (folder / "notes.toml").write_text(cited("Uzbekistan. "), encoding="utf-8")
    with pytest.raises(DataError) as info:
        eca.load(extra=[folder])
    (problem,) = info.value.problems
    assert (problem.record, problem.field) == ("my-notes", "citations[0].prefix")
    assert "'Kazakhstan. '" in problem.message


def test_the_selector_takes_a_longer_prefix_when_it_makes_the_context_shorter() -> None:
    # The other "Q" shares no character after the quote but one before it: the prefix "a "
    # (2 characters) rules it out, shorter than the suffix "xyzxyzxyz" (9).
    text = "a Qxyzxyzxyz b Q."
    assert selector(text, 2, 3) == ("a ", "")


def test_a_quote_only_inside_a_longer_word_is_refused_with_three_words_around_it() -> None:
    with pytest.raises(QuoteError) as info:
        cite("Officials said they are unlikely to ratify it this year.", "likely")
    assert str(info.value).endswith(
        "it stands at 26 only inside a longer word or number: … they are un«likely» to ratify it …"
    )
    with pytest.raises(QuoteError) as info:
        cite("unlikely", "nlikely")  # at 1
    assert "it stands at 1 only inside a longer word" in str(info.value)


def test_the_selector_refuses_a_span_that_is_empty_or_outside_the_text() -> None:
    for start, end in [(3, 3), (4, 2), (-1, 2), (0, 9)]:
        with pytest.raises(ValueError, match="expected a span inside the text"):
            selector("The EU.", start, end)


def test_a_normalised_quote_ending_in_a_space_takes_the_whole_run_it_stands_for() -> None:
    assert normalised_occurrences("a  \n b", "a ") == [(0, 5)]
    assert normalised_occurrences("a \u00ad b", "a ") == [(0, 4)]  # a soft hyphen is invisible
    assert normalised_occurrences("x a b", "a  b") == [(2, 5)]
