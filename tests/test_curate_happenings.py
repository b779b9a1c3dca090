"""happenings: verbs of happening, and the nouns that frame them."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import EventKind, EventStatus
from eucentralasia.curate import propose
from eucentralasia.curate._happenings import happenings
from eucentralasia.curate._propose import _untangled, event_summary, tidy_title


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


@pytest.fixture(scope="module")
def ds() -> eca.Dataset:
    return eca.load()


# Probes: passages of our own in the style of wire reports, ministry and EU releases, with the title
# written before the assistant ran on them. Before the eighth round's rules (e70ca67): 2 of 16 right;
# after: 13, and 16 once a name the dataset lacks and no title stands beside is read as a person's
# as the subject of "met", "will meet" or "visited", alone or with another ("Anna Berg and Ali Valiyev").
_TITLE_PROBES = [
    # wire report, title before the name, place after
    ("Foreign Minister Anna Berg met Deputy Prime Minister Ali Valiyev in Tashkent on Monday.",
     "Anna Berg meets Ali Valiyev in Tashkent"),
    # "met with", a title after the name
    ("Ali Valiyev, the country's foreign minister, met with Anna Berg in Astana.",
     "Ali Valiyev meets Anna Berg in Astana"),
    # planned meeting
    ("Anna Berg will meet Ali Valiyev in Bishkek next week.", "Anna Berg to meet Ali Valiyev in Bishkek"),
    # received, the host first
    ("President Ali Valiyev received EU Ambassador Anna Berg in Dushanbe.",
     "Ali Valiyev receives Anna Berg in Dushanbe"),
    # passive with an agent: the host is who receives
    ("EU Ambassador Anna Berg was received by President Ali Valiyev in Dushanbe.",
     "Ali Valiyev receives Anna Berg in Dushanbe"),
    # held talks, two named
    ("Ali Valiyev held talks with Anna Berg in Ashgabat.", "Ali Valiyev meets Anna Berg in Ashgabat"),
    # a visit to a city named after the verb
    ("Commissioner Anna Berg visited Samarkand together with her deputy.", "Anna Berg visits Samarkand"),
    # a visit to a country
    ("EU Special Representative Anna Berg visited Turkmenistan on 3 May.", "Anna Berg visits Turkmenistan"),
    # a visit to come
    ("Anna Berg will visit Kyrgyzstan in June.", "Anna Berg to visit Kyrgyzstan"),
    # two visitors: the verb agrees
    ("Anna Berg and Ali Valiyev visited Almaty.", "Anna Berg and Ali Valiyev visit Almaty"),
    # arrived in
    ("EU envoy Anna Berg arrived in Dushanbe on Tuesday.", "Anna Berg arrives in Dushanbe"),
    # travelled to
    ("Ambassador Anna Berg travelled to Osh last week.", "Anna Berg visits Osh"),
    # two parties meeting each other
    ("Anna Berg and Ali Valiyev met in Brussels.", "Anna Berg and Ali Valiyev meet in Brussels"),
    # whom the host met, the sentence does not name
    ("Ali Valiyev met the delegation in Astana.", "Meeting with Ali Valiyev in Astana"),
    # a pronoun object
    ("President Ali Valiyev welcomed him warmly.", "Meeting with Ali Valiyev"),
    # a passive with no agent says not who: the other rules title it from the thing
    ("Talks were held in Brussels on Friday.", "Talks held in Brussels"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), _TITLE_PROBES)
def test_probe_event_title(text: str, title: str, ds: eca.Dataset) -> None:
    records = propose(text, "2025-05-20", source_id="p", dataset=ds).records
    assert [r.record.title for r in records if r.collection == "events"] == [title]


# Probes of the post a drafted official's title names (written before the rule): 3 of 8 right
# before (e70ca67), 8 after.
_ROLE_PROBES = [
    ("Vice Prime Minister Karl Osterberg and Deputy Minister of Foreign Affairs Lena Haapala met.",
     "Lena Haapala", "Deputy Minister of Foreign Affairs"),
    ("Vice Prime Minister Karl Osterberg and Deputy Minister of Foreign Affairs Lena Haapala met.",
     "Karl Osterberg", "Vice Prime Minister"),
    ("The Minister of Economy, Mr. Karl Osterberg, said trade grew.", "Karl Osterberg",
     "Minister of Economy"),
    ("Its Managing Director for Asia, Karl Osterberg, said trade grew.", "Karl Osterberg",
     "Managing Director for Asia"),
    ("Minister [of Foreign Affairs] Karl Osterberg said trade grew.", "Karl Osterberg",
     "Minister of Foreign Affairs"),
    ("ASTANA \u2013 Deputy Prime Minister Karl Osterberg said trade grew.", "Karl Osterberg",
     "Deputy Prime Minister"),
    ("Karl Osterberg, the EU Special Representative for Central Asia, said trade grew.", "Karl Osterberg",
     "EU Special Representative for Central Asia"),
    ("Deputy Prime Minister and Foreign Minister Karl Osterberg said trade grew.", "Karl Osterberg",
     "Deputy Prime Minister and Foreign Minister"),
    # a relative clause before the post is no part of it
    ("The deal, which the parties plan to sign during the upcoming visit of the President Karl Osterberg to "
     "Brussels, was discussed.", "Karl Osterberg", "President"),
    # a relation to someone else is no part of the post
    ("Anna Berg thanked her predecessor Ambassador Karl Osterberg for his work.", "Karl Osterberg",
     "Ambassador"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "post"), _ROLE_PROBES)
def test_probe_official_role_title(text: str, name: str, post: str, ds: eca.Dataset) -> None:
    records = propose(text, "2025-05-20", source_id="p", dataset=ds).records
    (official,) = [r.record for r in records if r.collection == "officials" and r.record.name == name]
    assert [role.title for role in official.roles] == [post]


def test_a_name_followed_by_other_people_s_titles_gets_no_post_of_theirs(ds: eca.Dataset) -> None:
    # "X, Vice Prime Minister Y and Deputy Minister Z": the posts are Y's and Z's, none is X's; and a
    # full stop with no space after it ends a name ("Lena Haapala.They")
    text = (
        "Ambassador Anna Berg met Mira Kovac, Vice Prime Minister Karl Osterberg and Deputy "
        "Minister of Foreign Affairs Lena Haapala.They discussed trade."
    )
    records = propose(text, "2025-05-20", source_id="p", dataset=ds).records
    officials = [r.record for r in records if r.collection == "officials"]
    posts = {official.name: [role.title for role in official.roles] for official in officials}
    assert posts["Mira Kovac"] == []
    assert posts["Lena Haapala"] == ["Deputy Minister of Foreign Affairs"]
    assert posts["Karl Osterberg"] == ["Vice Prime Minister"]
    assert "Lena Haapala.They" not in posts


def test_a_paper_is_signed_it_does_not_sign() -> None:
    assert _untangled("Agreement on partnership and cooperation to sign", "") == (
        "Agreement on partnership and cooperation to be signed"
    )
    assert _untangled("Kazakhstan to sign", "") == "Kazakhstan to sign"


def test_an_undated_summary_opens_with_a_capital() -> None:
    summary = event_summary("Meeting with Anna Berg", None, EventStatus.HELD)
    assert summary == "A meeting with Anna Berg took place, the source reports."


def test_a_title_of_the_sentence_s_parts_is_untangled(ds: eca.Dataset) -> None:
    # a pronoun subject leaves the kind's noun as the subject of its own verb; a visit to nowhere
    # the sentence names says by whom
    records = propose(
        "They met with Ambassador Anna Berg on Monday.", "2025-05-20", source_id="p", dataset=ds
    ).records
    assert [r.record.title for r in records if r.collection == "events"] == ["Meeting with Anna Berg"]
    from eucentralasia.curate._propose import _untangled

    assert _untangled("Meeting met", "Anna Berg") == "Meeting with Anna Berg"
    assert _untangled("Patricia Flor visited", "Patricia Flor") == "Visit by Patricia Flor"


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan and the EU launched talks on a trade agreement in March.",
        "The formal launch of negotiations on a new agreement took place in Dushanbe.",
    ],
)
def test_launching_talks_is_a_negotiation(text: str) -> None:
    assert [h.kind for h in happenings(text, [(0, len(text))])][:1] == [EventKind.NEGOTIATION]


def test_known_talks_on_a_known_agreement_are_told_again(ds: eca.Dataset) -> None:
    # the dataset's visa facilitation negotiations, by the agreement they are on (no title words)
    text = "Kazakhstan and the EU opened talks on a visa facilitation agreement on 2 December."
    records = propose(text, "2025-12-03", source_id="t", dataset=ds).records
    assert [(r.origin, r.record.id) for r in records if r.collection == "events"] == [
        ("event-known", "eu-kazakhstan-visa-facilitation-negotiations")
    ]
