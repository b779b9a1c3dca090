"""happenings: verbs of happening, and the nouns that frame them."""

from __future__ import annotations

import pytest

from eucentralasia import EventKind
from eucentralasia.curate._happenings import happenings


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
