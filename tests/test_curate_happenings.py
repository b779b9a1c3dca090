"""happenings: verbs of happening, and the nouns that frame them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eucentralasia import EventKind, EventStatus
from eucentralasia.curate._happenings import happenings
from eucentralasia.curate._propose import event_summary, tidy_title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's form after a determiner is a noun: the verb after it is what happened
        ("During the visit, the minister met the ambassador in Astana.", (EventKind.MEETING, "met")),
        # a noun framing a verb of being held gives the kind
        (
            "The initialling ceremony of the agreement took place in Brussels.",
            (EventKind.DECISION, "initialling"),
        ),
        # with no verb after it, the noun is the happening
        ("This was my first visit to the country.", (EventKind.VISIT, "visit")),
    ],
)
def test_a_noun_framing_a_verb_of_happening(text: str, expected: tuple[EventKind, str]) -> None:
    (found,) = happenings(text, [(0, len(text))])
    assert (found.kind, found.word) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said that Brussels is ready to provide ongoing support for reforms in the region.",
        "As my mandate will end in three months, it was important to come here.",
        "The EU backs the country's ambitious reform programme.",
    ],
)
def test_a_noun_of_what_lasts_is_no_happening(text: str) -> None:
    # a reform, a mandate: no verb or noun of happening stands for an event
    assert happenings(text, [(0, len(text))]) == []


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe have to build infrastructure,\u201d he concluded.",
        "The minister concluded that the ties are strong.",
        "This was announced by the High Representative on Friday.",
    ],
)
def test_a_verb_of_happening_with_nothing_done_is_no_happening(text: str) -> None:
    # words ending, or what someone said, is not a deal concluded nor an announcement made
    assert happenings(text, [(0, len(text))]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The EU and Kazakhstan concluded a new agreement last year.", "concluded"),
        ("The EU announced a new package on Friday.", "announced"),
    ],
)
def test_a_verb_of_happening_with_its_object_is_a_happening(text: str, word: str) -> None:
    (found,) = happenings(text, [(0, len(text))])
    assert found.word == word


def test_embarking_on_reforms_is_a_happening() -> None:
    text = "Under the President, the country has embarked on a path of wide-ranging reforms."
    (found,) = happenings(text, [(0, len(text))])
    assert (found.kind, found.status, found.word) == (EventKind.INITIATIVE, EventStatus.HELD, "embarked on")


_WORDS = st.sampled_from(
    ["Today", "the", "The", "visit", "Visit", "to", "met", "Borrell", "Early", "signed", "talks"]
)


@given(st.sampled_from(["", '"', "\u201c", "\u2014 "]), st.lists(_WORDS, min_size=1, max_size=8))
def test_a_tidied_title_has_no_opening_date_word_quote_or_word_twice(quote: str, words: list[str]) -> None:
    title = tidy_title(quote + " ".join(words))
    assert not title[:1].islower()
    assert title[:1] not in ('"', "\u201c", "\u2014")
    if {w.lower() for w in words} - {"today", "the", "early"}:
        assert title.split()[0].lower() not in ("today", "the", "early")
    tokens = title.lower().split()
    assert all(a != b for a, b in itertools.pairwise(tokens))


def test_an_event_summary_is_composed_not_the_sentence() -> None:
    assert tidy_title("Today the First President met with Jose Manuel Barroso") == (
        "First President met with Jose Manuel Barroso"
    )
    assert (
        event_summary("Summit", "2025-04", EventStatus.PLANNED)
        == "Summit is planned for 2025-04, the source reports."
    )
    assert "Today" not in event_summary("Meeting", "2019-11-11", EventStatus.HELD)
