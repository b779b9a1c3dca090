"""happenings: verbs of happening, and the nouns that frame them."""

from __future__ import annotations

import itertools
import re

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


def test_whose_visit_a_possessive_names_is_the_visitor_s_not_the_speaker_s(ds: eca.Dataset) -> None:
    # (`q04`: "Borrell spoke highly of Zhaparov's fruitful visit" drafted "Josep Borrell visits ...")
    text = "Ambassador Anna Berg spoke highly of Ali Valiyev's fruitful visit to Brussels in 2023."
    events = [
        r.record
        for r in propose(text, "2024-08-03", source_id="p", dataset=ds).records
        if r.collection == "events"
    ]
    assert [(e.title, e.participants) for e in events] == [("Ali Valiyev visits Brussels", ("ali-valiyev",))]


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


def test_an_announcement_is_made_not_held() -> None:
    summary = event_summary("Announcement by Anna Berg", "2025-05-03", EventStatus.HELD)
    assert summary == "On 2025-05-03, an announcement by Anna Berg was made, the source reports."


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


# Ninth-round probes (R9d), the answer written before the assistant ran on them: an event title
# names who, what and where and is none of the rubric's faults (``event_titles.py``): each entry is
# the title, or the words it must hold and those it must not. Right on 10bd64a: titles 7 of 16,
# agreement drafts 2 of 11, posts 4 of 12 (13 of 39); all 39 after the ninth round's rules.
_TITLE_PROBES_9 = [
    # an agreement signed: titled by the agreement, the place after (written "Memorandum on critical raw
    # materials signed in Brussels" first; a draft now names its party beside the EU, as a known one does)
    ("Kazakhstan and the European Union signed a memorandum on critical raw materials in Brussels on Monday.",
     "Memorandum on critical raw materials with Kazakhstan signed in Brussels"),
    # an announcement of the EU's, a country named: no bare "EU announced"
    ("The EU announced on Tuesday that it would allocate 20 million euros to Kyrgyzstan.",
     (("Kyrgyzstan",), ("announced",))),
    # a body's meeting by its ordinal, held by two parties
    ("Uzbekistan and the EU held the 5th meeting of the Joint Committee in Tashkent on 14 May.",
     (("Joint Committee", "Tashkent"), ())),
    # a forum named with an en dash, opened: its name once, whole
    ("The EU\u2013Central Asia Economic Forum opened in Bishkek on Thursday.",
     (("Central Asia Economic Forum", "Bishkek"), ("European Union",))),
    # a delegation's visit: where to
    ("An EU delegation visited Turkmenistan last week.", (("Turkmenistan",), ("Visit by European Union",))),
    # a financing agreement signed with a country
    ("The European Union signed a financing agreement with Tajikistan worth 30 million euros.",
     (("greement", "Tajikistan", "signed"), ("European Union signed",))),
    # a summit hosted by a named president
    ("President Ali Valiyev hosted a summit of Central Asian leaders in Astana on Friday.",
     (("Ali Valiyev", "ummit", "Astana"), ())),
    # attending the opening of a forum
    ("EU Commissioner Anna Berg attended the opening of the Samarkand Digital Forum on Wednesday.",
     (("Anna Berg", "Samarkand Digital Forum"), ())),
    # a post apposed to the visitor's name
    ("Anna Berg, the EU Special Representative for Central Asia, met President Ali Valiyev in Dushanbe on "
     "Monday.", "Anna Berg meets Ali Valiyev in Dushanbe"),
    # negotiations launched on a new agreement
    ("The European Union and Kyrgyzstan launched negotiations on a new visa facilitation agreement on "
     "Tuesday.", (("isa facilitation agreement",), ("launched negotiations",))),
    # an outlet reporting an arrival
    ("Trend reports that Anna Berg arrived in Ashgabat on Sunday.", "Anna Berg arrives in Ashgabat"),
    # talks with no one named
    ("The talks took place in Tashkent on 3 March.", (("Talks", "Tashkent"), ())),
    # taking part in a forum named
    ("Ali Valiyev took part in the Astana International Forum on Friday.",
     (("Ali Valiyev", "Astana International Forum"), ())),
    # a body's delegation met lawmakers
    ("A European Parliament delegation met Kyrgyz lawmakers in Bishkek.",
     (("European Parliament", "Bishkek"), ())),
    # an office opened
    ("The EU opened a new delegation office in Ashgabat on 12 June.", (("office", "Ashgabat"), ())),
    # a decision of the EU's about a country
    ("The European Union decided on Monday to extend its support programme for Tajikistan.",
     (("Tajikistan",), ())),
    # a second batch, written after the first was answered, before the assistant ran on it
    ("ASTANA, 12 May (Kazinform) - Kazakh Foreign Minister Ali Valiyev will pay an official visit to "
     "Brussels next week.", "Ali Valiyev to visit Brussels"),
    ("The EU and Kazakhstan held the 20th round of the Human Rights Dialogue in Astana on 4 June.",
     (("Human Rights Dialogue", "Astana"), ())),
    ("Deputy Prime Minister Ali Valiyev and EU Ambassador Anna Berg discussed trade during a meeting in "
     "Tashkent on Tuesday.", (("Ali Valiyev", "Anna Berg", "Tashkent"), ())),
    ("The second EU-Central Asia Summit will be held in Astana in 2026.",
     (("EU-Central Asia Summit", "Astana"), ("is ",))),
    ("A memorandum of understanding between the EIB and Uzbekistan was signed on the sidelines of the forum.",
     (("emorandum", "signed"), ())),
    ("Kyrgyzstan ratified the Enhanced Partnership and Cooperation Agreement with the EU on 5 March.",
     (("Enhanced Partnership and Cooperation Agreement", "ratified"), ())),
    ("Anna Berg was received by Uzbek President Ali Valiyev on Friday.", "Ali Valiyev receives Anna Berg"),
]  # fmt: skip


def _bare_verb(title: str) -> bool:
    # (as event_titles.py's rubric: a thing done, "Agreement signed", is no fault; "X decided" is)
    return (
        re.search(r"\b(?:announced|decided|visited|received|took\s+place|participated)$", title) is not None
    )


@pytest.mark.parametrize(("text", "expected"), _TITLE_PROBES_9)
def test_probe_event_title_ninth_round(
    text: str, expected: str | tuple[tuple[str, ...], tuple[str, ...]], ds: eca.Dataset
) -> None:
    records = propose(text, "2025-05-20", source_id="p", dataset=ds).records
    titles = [r.record.title for r in records if r.collection == "events" and r.origin != "event-known"]
    assert len(titles) == 1, titles
    (title,) = titles
    if isinstance(expected, str):
        assert title == expected
        return
    held, lacked = expected
    assert all(words in title for words in held), title
    assert not any(words in title for words in lacked), title
    assert not _bare_verb(title), title
    names = re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+", title)
    assert all(len(re.findall(rf"\b{re.escape(n)}\b", title)) == 1 for n in names), title


# Agreement drafts: the name (a name, not a sentence's part) and the parties a careful reader gives.
_AGREEMENT_PROBES = [
    ("Kazakhstan and the European Union signed a memorandum of understanding on renewable hydrogen on "
     "Monday.",
     "Memorandum of understanding on renewable hydrogen", {"EU", "KZ"}),
    ("The EU and Tajikistan signed a 30 million euro financing agreement for rural roads.",
     "Financing agreement for rural roads", {"EU", "TJ"}),
    ("Turkmenistan ratified the Agreement on Cultural Cooperation with the European Union in May.",
     "Agreement on Cultural Cooperation", {"EU", "TM"}),
    ("The Kyrgyz government and the EU initialled a new Air Services Agreement in Bishkek.",
     "Air Services Agreement", {"EU", "KG"}),
    ("Negotiations on a readmission agreement between the EU and Turkmenistan began in 2023.",
     "Readmission agreement", {"EU", "TM"}),
    ("Tajikistan and the European Union signed a Roadmap on Water Cooperation for 2025-2027 in Dushanbe.",
     "Roadmap on Water Cooperation for 2025-2027", {"EU", "TJ"}),
    ("Uzbekistan, which signed a Memorandum of Understanding on Transport with the EU in 2022, hopes for "
     "more.",
     "Memorandum of Understanding on Transport", {"EU", "UZ"}),
    ("EU, Kazakhstan Sign Roadmap On Raw Materials", "Roadmap On Raw Materials", {"EU", "KZ"}),
    ("The previously signed agreement on visa facilitation with Kyrgyzstan entered into force on 1 March.",
     "Agreement on visa facilitation", {"KG"}),
    ("A memorandum on green energy between the European Investment Bank and Kazakhstan was signed on 5 May.",
     "Memorandum on green energy", {"KZ"}),
    ("The EU and Uzbekistan signed a joint declaration on energy security, the ministry said.",
     "Joint declaration on energy security", {"EU", "UZ"}),
    # second batch
    ("The Agreement on Air Transport between Tajikistan and the EU entered into force on 1 January.",
     "Agreement on Air Transport", {"EU", "TJ"}),
    ("Kazakhstan and the EU initialled a Readmission Agreement in Astana.", "Readmission Agreement",
     {"EU", "KZ"}),
    ("The European Commission and Kyrgyzstan signed a financing agreement worth EUR 20 million for education "
     "reform.", "Financing agreement", {"EU", "KG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "parties"), _AGREEMENT_PROBES)
def test_probe_agreement_draft(text: str, name: str, parties: set[str], ds: eca.Dataset) -> None:
    records = propose(text, "2025-05-20", source_id="p", dataset=ds).records
    drafts = [r.record for r in records if r.collection == "agreements"]
    assert [d.name for d in drafts] == [name]
    assert parties <= set(drafts[0].parties)


# Posts: the one the text sets beside the person, never another's, a clause or a headline's words.
_ROLE_PROBES_9 = [
    ("Anna Berg, the EU Special Representative for Central Asia, met Ambassador Karl Osterberg.",
     "Anna Berg", "EU Special Representative for Central Asia"),
    ("Anna Berg, the EU Special Representative for Central Asia, met Ambassador Karl Osterberg.",
     "Karl Osterberg", "Ambassador"),
    ("Ambassador Anna Berg, the EU Special Representative for Central Asia, said trade grew.",
     "Anna Berg", "EU Special Representative for Central Asia"),
    ("The statement was signed by Karl Osterberg, President of Estonia, and Lena Haapala, President of the "
     "European Council.", "Lena Haapala", "President of the European Council"),
    ("Karl Osterberg, President of Estonia and Lena Haapala, President of Finland, met in Tallinn.",
     "Karl Osterberg", "President of Estonia"),
    ("Karl Osterberg, President of Estonia and Lena Haapala, President of Finland, met in Tallinn.",
     "Lena Haapala", "President of Finland"),
    ("EU Special Representative for Central Asia: Karl Osterberg says trade will grow",
     "Karl Osterberg", "EU Special Representative for Central Asia"),
    ("Karl Osterberg, Deputy Prime Minister of Kazakhstan, said during the forum that trade grew.",
     "Karl Osterberg", "Deputy Prime Minister of Kazakhstan"),
    ("During a working visit of Kyrgyz President Karl Osterberg to Brussels, trade was discussed.",
     "Karl Osterberg", "Kyrgyz President"),
    ("Lena Haapala presented her credentials to Tajik President Karl Osterberg on Monday.",
     "Karl Osterberg", "Tajik President"),
    ("In his application to EU High Representative Lena Haapala, Karl Osterberg asked for help.",
     "Lena Haapala", "EU High Representative"),
    ("Karl Osterberg, the former Prime Minister of Estonia, spoke at the event.",
     "Karl Osterberg", "former Prime Minister of Estonia"),
    # second batch
    ("H.E. Ali Valiyev, Minister of Foreign Affairs of the Republic of Uzbekistan, received Anna Berg.",
     "Ali Valiyev", "Minister of Foreign Affairs of the Republic of Uzbekistan"),
    ("Anna Berg, Head of the EU Delegation to Tajikistan, and Ali Valiyev, Deputy Foreign Minister, signed "
     "the document.", "Anna Berg", "Head of the EU Delegation to Tajikistan"),
    ("Anna Berg, Head of the EU Delegation to Tajikistan, and Ali Valiyev, Deputy Foreign Minister, signed "
     "the document.", "Ali Valiyev", "Deputy Foreign Minister"),
    ("Speaking to reporters, Uzbekistan's Foreign Minister Ali Valiyev said trade grew.",
     "Ali Valiyev", "Uzbekistan's Foreign Minister"),
    ("Mr. Ali Valiyev, the newly appointed ambassador of Uzbekistan to the EU, presented his credentials.",
     "Ali Valiyev", "ambassador of Uzbekistan to the EU"),
    # (tests of the rules, written after them) a post after the name keeps its own "of" and "to" and
    # ends where a participle begins
    ("President Ali Valiyev spoke to Karl Osterberg, head of the EU liaison office in Turkmenistan, on "
     "Monday.", "Karl Osterberg", "head of the EU liaison office in Turkmenistan"),
    ("Karl Osterberg, the director of a department overseeing ties with Central Asia, met Ali Valiyev.",
     "Karl Osterberg", "director of a department"),
    # a word of the sentence's, or a document's noun, before the post's capitals is no part of it
    ("In this column, our Political Editor Karl Osterberg writes that trade grew.", "Karl Osterberg",
     "Political Editor"),
    ("Statement of European Council President Karl Osterberg on the summit", "Karl Osterberg",
     "European Council President"),
    # a post ends where a verb begins
    ("Ali Valiyev, Minister of Foreign Affairs of the Republic of Uzbekistan will sign the new agreement in "
     "Brussels on Monday with the European Union, which has long sought it.", "Ali Valiyev",
     "Minister of Foreign Affairs of the Republic of Uzbekistan"),
    # one person's two posts, each between commas
    ("\u201cWe invest,\u201d said Karl Osterberg, the EU High Representative for Foreign Affairs, Vice "
     "President of the European Commission.", "Karl Osterberg",
     "EU High Representative for Foreign Affairs, Vice President of the European Commission"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "post"), _ROLE_PROBES_9)
def test_probe_official_role_title_ninth_round(text: str, name: str, post: str, ds: eca.Dataset) -> None:
    records = propose(text, "2025-05-20", source_id="p", dataset=ds).records
    (official,) = [r.record for r in records if r.collection == "officials" and r.record.name == name]
    assert [role.title for role in official.roles] == [post]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # an event the subject names, held between two people: a meeting of them, never "X and Y took place"
        (
            "On 3 March, a meeting took place in Tashkent between the Foreign Minister of Uzbekistan, Ali "
            "Valiyev, and EU Special Representative Anna Berg.",
            ["Meeting of Ali Valiyev and Anna Berg in Tashkent"],  # in the order the sentence names them
        ),
        # what is announced to have happened is the happening; the announcer takes no part
        (
            "The EU announced on Monday that Commissioner Anna Berg met Deputy Prime Minister Ali Valiyev.",
            ["Anna Berg meets Ali Valiyev"],
        ),
        # a relative clause saying what someone is tells of no happening; nor does "a sign of"
        ("The bloc is made up of states who have decided to pool their resources.", []),
        ("The loan is a sign of the European Union's trust.", []),
        # a forum's name keeps its dash and its capital; who tells of a planned meeting takes no part
        (
            "Participants of the European Union \u2014 Central Asia Economic Forum in Bishkek on 3 June "
            "discussed trade.",
            ["European Union\u2014Central Asia Economic Forum in Bishkek"],
        ),
        (
            "According to the Foreign Ministry, the meeting will be held on 17 July in Brussels.",
            ["Meeting to be held in Brussels"],
        ),
        # a thing received is no meeting; a visit "paid" is by who pays it; an object ends before a
        # participle saying what it is
        ("With the new strategy, our relations received an additional impulse.", []),
        ("EU member states' ambassadors pay visit to Shymkent", ["Visit by EU member states' ambassadors"]),
        ("The ambassadors will pay a visit to Shymkent.", ["Visit to Shymkent"]),
        (
            "Ambassador Anna Berg will sign several agreements related to water.",
            ["Ambassador Anna Berg to sign several agreements"],
        ),
        # a weekday's possessive is no part of an event's name (the date carries it); "the completion
        # of" keeps its "of"; an adverb is no part of who; what is hoped to be signed is the thing signed
        ("Thursday\u2019s meeting was unusual for its guests.", ["Meeting"]),
        (
            "The parties have successfully concluded negotiations on trade.",
            ["Parties concluded negotiations"],
        ),
        (
            "On 3 May, the ministers praised the completion of negotiations with Kyrgyzstan.",
            ["Completion of negotiations"],
        ),
        (
            "The ministers expressed the hope that the new document be signed soon.",
            ["New document signed"],
        ),
        # places listed with commas; "the formal launch of negotiations on" an agreement is negotiations
        # launched on it
        (
            "The bank signed a memorandum with Kazakhstan, Kyrgyzstan and Uzbekistan on 3 May.",
            ["Memorandum between Kyrgyzstan, Kazakhstan and Uzbekistan signed"],
        ),
        (
            "A major announcement was the formal launch of negotiations on a visa facilitation agreement "
            "with Turkmenistan.",
            ["Negotiations on visa facilitation agreement with Turkmenistan launched"],
        ),
        # a visit named by its noun: by whom (named before where to) and where to
        (
            "During the official visit of EU Commissioner Anna Berg to Uzbekistan, she met with President "
            "Ali Valiyev.",
            ["Official visit by Anna Berg to Uzbekistan"],
        ),
        ("This is my second official visit to Tajikistan.", ["Second official visit to Tajikistan"]),
        # an announcement whose object is a clause: by whom, never "X announced that European"
        (
            "On 3 May, Commissioner Anna Berg announced that European banks will lend more.",
            ["Announcement by Anna Berg"],
        ),
        # a body's meeting named by itself is not "with" itself; what is said of talks is no part of them
        (
            "The fifth Joint Committee meeting was held in February 2016.",
            ["Fifth Joint Committee meeting held"],
        ),
        (
            "Anna Berg said her talks with President Ali Valiyev touched on trade.",
            ["Talks with Ali Valiyev and Anna Berg"],
        ),
    ],
)
def test_an_event_named_by_its_subject_or_announced_is_titled_by_what_happened(
    text: str, titles: list[str], ds: eca.Dataset
) -> None:
    records = propose(text, "2025-05-20", source_id="p", dataset=ds).records
    assert [r.record.title for r in records if r.collection == "events"] == titles
