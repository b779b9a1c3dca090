"""Text matching in `_search`: folding and mapping a folded match back to the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eucentralasia import _search
from eucentralasia._search import fold, locate_folded

# Letters whose folded form is longer, shorter or the same: "ß" -> "ss", "é" -> "e", "ﬁ" -> "fi".
letters = st.text(alphabet="abcsSßéÉeﬁfi\u0130 ", max_size=12)


@given(letters, letters, letters)
def test_locate_folded_finds_the_first_span_that_folds_to_the_needle(
    before: str, middle: str, after: str
) -> None:
    text = before + middle + after
    needle = fold(middle)
    if not needle:  # callers search for something
        return
    span = locate_folded(text, needle)
    assert span is not None
    start, end = span
    # The span holds the needle, folded; no earlier start does.
    assert needle in fold(text[start:end])
    assert all(needle not in fold(text[:i]) for i in range(end))
    assert start <= len(before) + len(middle)


def test_locate_folded_maps_back_through_longer_and_shorter_folds() -> None:
    assert locate_folded("Straße in Köln", "koln") == (10, 14)
    assert locate_folded("Straße in Köln", "strasse") == (0, 6)
    assert locate_folded("Straße", "ss") == (4, 5)
    assert locate_folded("Straße", "x") is None


words = st.text(alphabet="abcdeklnosv ", max_size=14)


@given(words, st.lists(words, max_size=6))
def test_closeness_is_difflibs_ratio_and_remembering_changes_nothing(needle: str, runs: list[str]) -> None:
    """The quick upper bounds turn away only runs the full ratio turns away too."""
    import difflib

    closeness = _search._Closeness(needle)
    for run in [*runs, *runs]:
        ratio = difflib.SequenceMatcher(None, run, needle, autojunk=False).ratio()
        expected = round((1 - ratio) * 100) if ratio >= _search._NEAR_RATIO else None
        assert closeness(run) == expected


def test_near_means_about_one_letter_in_five_changed() -> None:
    closeness = _search._Closeness("vasilenko")
    assert closeness("vassilenko") == 5  # one letter added: 18 of 19 characters match
    assert closeness("vasilenko") == 0
    assert closeness("abcde") is None
    five = _search._Closeness("kalas")
    assert five("kalas") == 0
    assert five("kalaz") == 20  # one of five changed: just near
    assert five("kazaz") is None  # two of five: not
