"""Probes of agreement drafts and new organizations (issue 20, eighth round).

Each probe is a passage of my own in the style of wire copy, ministry and EU press releases;
its expected answer was written before the assistant was run on it. An agreement probe
expects the drafts (a phrase their name holds, their milestones' kinds) and the known
agreements the proposal links; an organization probe expects the names (or aliases) of the
organizations drafted.
"""

from __future__ import annotations

import pytest

import eucentralasia as eca
from eucentralasia.curate import propose


@pytest.fixture(scope="module")
def ds() -> eca.Dataset:
    return eca.load()


Drafts = list[tuple[str, list[str]]]

AGREEMENT_PROBES: list[tuple[str, Drafts, list[str]]] = [
    (
        "Kazakhstan and the EU signed a memorandum of understanding on critical raw materials on Tuesday.",
        [("memorandum of understanding on critical raw materials", ["signed"])],
        [],
    ),
    (
        "The two sides completed negotiations on a new Enhanced Partnership and Cooperation Agreement"
        " in Bishkek.",
        [("enhanced partnership and cooperation agreement", ["negotiations"])],
        [],
    ),
    (
        "Uzbekistan and the EU concluded talks on a new partnership agreement in 2022.",
        [("partnership agreement", ["negotiations"])],
        [],
    ),
    (
        "The president stressed the successful completion of negotiations with the EU on a new"
        " agreement on expanded partnership and cooperation.",
        [("agreement on expanded partnership and cooperation", ["negotiations"])],
        [],
    ),
    (
        "The EU and Uzbekistan initialled the Enhanced Partnership and Cooperation Agreement in Brussels"
        " on 6 July.",
        [("enhanced partnership and cooperation agreement", ["negotiations"])],
        [],
    ),
    (
        "The agreement is expected to enter into force next year.",
        [],
        [],
    ),
    (
        "Tajikistan ratified the Partnership and Cooperation Agreement with the EU in 2009.",
        [("partnership and cooperation agreement", ["ratified"])],
        [],
    ),
    (
        "The foreign ministers adopted a Joint Declaration on energy cooperation in Astana.",
        [("joint declaration on energy cooperation", ["adopted"])],
        [],
    ),
    (
        "The EU and Turkmenistan signed a memorandum on energy cooperation in Ashgabat.",
        [("memorandum on energy cooperation", ["signed"])],
        [],
    ),
    (
        "The European Commission launched a 10 million euro programme to support water management in"
        " Central Asia.",
        [("programme to support water management", ["launched"])],
        [],
    ),
    (
        "Both sides agreed to launch negotiations on a visa facilitation agreement.",
        [("visa facilitation agreement", ["proposed"])],
        [],
    ),
    (
        "Kyrgyzstan and the EU signed the Enhanced Partnership and Cooperation Agreement on 24 June 2024.",
        [("enhanced partnership and cooperation agreement", ["signed"])],
        [],
    ),
    (
        "Kazakhstan and the EU signed the EPCA in 2015.",
        [],
        ["epca"],
    ),
    (
        "A Strategic Partnership Roadmap for 2025-2026 was signed in Astana on Monday.",
        [("strategic partnership roadmap", ["signed"])],
        [],
    ),
    (
        "The EU and Kazakhstan will sign a memorandum on raw materials next month.",
        [("memorandum on raw materials", ["proposed"])],
        [],
    ),
    (
        "The agreement entered into force on 1 March 2020, the ministry said.",
        [],
        [],
    ),
    (
        "On Friday the EU and Tajikistan signed a financing agreement for a rural water project worth"
        " 15 million euros.",
        [("financing agreement for a rural water project", ["signed"])],
        [],
    ),
    (
        "Two agreements were signed during the visit. The first is a grant for the modernisation of"
        " the power grid.",
        [],
        [],
    ),
    (
        "Work on the text of the agreement has been finalised, the embassy said.",
        [],
        [],
    ),
    (
        "The Joint Roadmap for Deepening Ties between the European Union and Central Asia was endorsed"
        " by the ministers on 23 October 2023.",
        [],
        ["joint-roadmap-eu-central-asia"],
    ),
    (
        "The Council of the EU has ratified the Enhanced Partnership and Cooperation Agreement with"
        " Uzbekistan.",
        [("enhanced partnership and cooperation agreement", ["ratified"])],
        [],
    ),
    (
        "Kazakhstan and the European Union have launched negotiations on a new aviation agreement,"
        " the ministry reported.",
        [("aviation agreement", ["negotiations"])],
        [],
    ),
    # A second batch of probes, answers written before running.
    (
        "On Wednesday, Brussels and Tashkent signed a financing agreement worth EUR 30 million for"
        " vocational education.",
        [("financing agreement", ["signed"])],
        [],
    ),
    (
        "The Memorandum of Understanding on Renewable Hydrogen was signed by the two sides in Astana.",
        [("memorandum of understanding on renewable hydrogen", ["signed"])],
        [],
    ),
    (
        "Negotiations on the new Enhanced Partnership and Cooperation Agreement between the EU and"
        " Tajikistan were launched in Dushanbe.",
        [("enhanced partnership and cooperation agreement", ["negotiations"])],
        [],
    ),
    (
        "Uzbekistan's parliament ratified the agreement on 12 May, the Kun.uz news site reported.",
        [("agreement with uzbekistan", ["ratified"])],
        [],
    ),
    (
        "The EU and Kazakhstan are expected to sign a roadmap on critical raw materials later this year.",
        [("roadmap on critical raw materials", ["proposed"])],
        [],
    ),
    (
        "The Partnership and Cooperation Agreement, in force since 1999, remains the legal basis of"
        " relations between the EU and Turkmenistan.",
        [("partnership and cooperation agreement", ["in-force"])],
        [],
    ),
    (
        "Kazakhstan and the EU initialed a Horizontal Aviation Agreement in Brussels on 17 January.",
        [("horizontal aviation agreement", ["negotiations"])],
        [],
    ),
    # A third batch of probes, answers written before running.
    (
        "Negotiations are currently underway on a new cooperation agreement between the EU and Tajikistan.",
        [("cooperation agreement", ["negotiations"])],
        [],
    ),
    (
        "The Council noted progress in negotiations for a new Enhanced Partnership and Cooperation"
        " Agreement with Kyrgyzstan.",
        [("enhanced partnership and cooperation agreement", ["negotiations"])],
        [],
    ),
    (
        "The ministers discussed the finalisation of a new Enhanced Partnership and Cooperation"
        " Agreement with Tajikistan.",
        [("enhanced partnership and cooperation agreement", ["negotiations"])],
        [],
    ),
    # Not a blind probe: the test of the rule it drove. "the agreement" a sentence gives no party:
    # the text's parties (the country it names most).
    (
        "Kyrgyzstan hopes for closer ties with the EU. Kyrgyzstan's president met the EU envoy on"
        " Monday. The initialling of the agreement was the last step, he said.",
        [("agreement with kyrgyzstan", ["negotiations"])],
        [],
    ),
    # Ninth round (a34-a47): initialling, ratification, entry into force, launched negotiations
    # and memoranda signed "between A and B"; answers written before running.
    (
        "Kazakhstan and the EU initialled the text of a new air services agreement in Astana.",
        [("air services agreement", ["negotiations"])],
        [],
    ),
    (
        "The memorandum of understanding was signed between the Ministry of Energy of Kazakhstan and"
        " the European Investment Bank.",
        [("memorandum of understanding", ["signed"])],
        [],
    ),
    (
        "A memorandum on green hydrogen was signed between Uzbekistan and the European Union on Monday.",
        [("memorandum on green hydrogen", ["signed"])],
        [],
    ),
    (
        "Kyrgyzstan's parliament has ratified the Enhanced Partnership and Cooperation Agreement with"
        " the EU.",
        [("enhanced partnership and cooperation agreement", ["ratified"])],
        [],
    ),
    (
        "The new Enhanced Partnership and Cooperation Agreement with Uzbekistan will enter into force"
        " on 1 June.",
        [("enhanced partnership and cooperation agreement", ["in-force"])],
        [],
    ),
    (
        "The EU and Tajikistan have launched negotiations on an Enhanced Partnership and Cooperation"
        " Agreement.",
        [("enhanced partnership and cooperation agreement", ["negotiations"])],
        [],
    ),
    (
        "The EU and Turkmenistan opened talks on a trade and cooperation agreement in Ashgabat on Tuesday.",
        [("trade and cooperation agreement", ["negotiations"])],
        [],
    ),
    (
        "The Kazakh Senate ratified the air transport agreement with the EU on 5 March.",
        [("air transport agreement", ["ratified"])],
        [],
    ),
    (
        "The agreement between the EU and Kyrgyzstan on readmission came into force in 2025.",
        [("readmission", ["in-force"])],
        [],
    ),
    (
        "Kazakhstan and the EU signed a Memorandum of Understanding on a strategic partnership in raw"
        " materials, batteries and renewable hydrogen in Sharm el-Sheikh.",
        [("memorandum of understanding on a strategic partnership", ["signed"])],
        [],
    ),
    (
        "The Enhanced Partnership and Cooperation Agreement between Kazakhstan and the EU entered into"
        " force on 1 March 2020.",
        [],
        ["epca"],
    ),
    (
        "Tajikistan and the EU signed a financing agreement for EUR 20 million to support education.",
        [("financing agreement", ["signed"])],
        [],
    ),
    (
        "Negotiations on a readmission agreement with Kazakhstan will start next year.",
        [("readmission agreement", ["proposed"])],
        [],
    ),
    (
        "Ministers endorsed the Joint Roadmap for Deepening Ties between the EU and Central Asia at"
        " their meeting in Luxembourg.",
        [],
        ["joint-roadmap-eu-central-asia"],
    ),
    # Not blind: the tests of the rules they drove ("the agreement" after a known one named is
    # that one; "took effect", "came into force").
    (
        "Talks on visa facilitation with Kazakhstan began in 2025. Once the agreement enters into"
        " force, fees will fall.",
        [],
        ["eu-kazakhstan-visa-facilitation-agreement"],
    ),
    (
        "The Memorandum on Energy Cooperation between the EU and Turkmenistan took effect in 2008.",
        [("memorandum on energy cooperation", ["in-force"])],
        [],
    ),
]


def test_an_amount_after_for_is_no_part_of_an_agreement_s_name(ds: eca.Dataset) -> None:
    text = "The EU and Kyrgyzstan signed a grant agreement for EUR 12 million on Monday."
    assert _agreement_answer(text, ds) == ([("grant agreement", ["signed"])], [])


def _agreement_answer(text: str, ds: eca.Dataset) -> tuple[Drafts, list[str]]:
    records = [p.record for p in propose(text, "2025-03-10", source_id="t", dataset=ds).records]
    known = {a.id for a in ds.agreements}
    # a known agreement cited again (its own record, with the sentence's citation) is linked
    drafts = [
        (r.name.lower(), [m.kind.value for m in r.milestones])
        for r in records
        if isinstance(r, eca.Agreement) and r.id not in known
    ]
    linked = sorted(
        {id for r in records if isinstance(r, eca.Event) for id in r.agreements if id in known}
        | {id for r in records if isinstance(r, eca.Statement) for id in r.about if id in known}
        | {r.id for r in records if isinstance(r, eca.Agreement) and r.id in known}
    )
    return drafts, linked


# Known gaps, each a strict xfail: a foreign name glossed by its acronym (o16); the outlet a
# wire dateline credits (o26: read, it was drafted ahead of the figures in the
# adding-an-article guide's example, whose outlet is the source's own, so the rule was taken
# out).
_GAPS = {"o16"}
# The ninth round's probes still failing (each a strict xfail until a rule covers it).
_GAPS |= {"a37", "o48", "o49", "o50"}
_GAPS |= {"k16", "k21"}
# The tenth round's: a body of the UN's linked to the UN itself; a body glossed by its acronym in
# brackets missed. (o64, a month and the body after a spaced dash drafted as one name, is read since
# a dash before an article opens a new phrase.)
_GAPS |= {"k34", "o67"}


def _params(probes: list[tuple[object, ...]], prefix: str) -> list[object]:
    return [
        pytest.param(*probe, id=f"{prefix}{i:02}", marks=pytest.mark.xfail(strict=True))
        if f"{prefix}{i:02}" in _GAPS
        else pytest.param(*probe, id=f"{prefix}{i:02}")
        for i, probe in enumerate(probes)
    ]


@pytest.mark.parametrize(("text", "drafts", "linked"), _params(AGREEMENT_PROBES, "a"))
def test_agreement_probe(text: str, drafts: Drafts, linked: list[str], ds: eca.Dataset) -> None:
    found, found_linked = _agreement_answer(text, ds)
    assert len(found) == len(drafts)
    for (name, kinds), (want, want_kinds) in zip(found, drafts, strict=True):
        assert want in name
        assert kinds == want_kinds
    assert found_linked == linked


ORGANIZATION_PROBES: list[tuple[str, list[str]]] = [
    ("The ministers met in Astana on Monday to discuss transport, Kabar reported.", ["Kabar"]),
    ("The talks focused on trade and visas, RFE/RL reported.", ["RFE/RL"]),
    ("ASTANA, May 3. The EU will open a new office in Almaty, Trend reports.", ["Trend"]),
    (
        "The meeting was held in the capital, Kazinform News Agency cites the government's press office.",
        ["Kazinform"],
    ),
    ("According to Interfax, the deal was signed on Friday.", ["Interfax"]),
    ("The AKIpress news agency reported that the delegation arrived on Monday.", ["AKIpress"]),
    ("Reuters reported on Tuesday that the EU would expand its sanctions list.", ["Reuters"]),
    ("Kazakhstan reported growth of 5 percent in 2024.", []),
    ("The minister met the ambassador in Tashkent, the ministry's press service reported.", []),
    ("The statement was first reported by Daryo.", ["Daryo"]),
    (
        "Head of the Development Coordination Unit Anna Berg said the projects will start in May.",
        ["Development Coordination Unit"],
    ),
    ("The Asian Development Bank (ADB) approved a loan for roads in Tajikistan.", ["Asian Development Bank"]),
    (
        "The Ministry of Investment and Foreign Trade of Uzbekistan said the application was sent.",
        ["Ministry of Investment and Foreign Trade of Uzbekistan"],
    ),
    (
        "Loans from the Asian Infrastructure Investment Bank and the World Bank will follow.",
        ["Asian Infrastructure Investment Bank", "World Bank"],
    ),
    (
        "The Shanghai Cooperation Organisation (SCO) will meet in Astana.",
        ["Shanghai Cooperation Organisation"],
    ),
    ("The Kazakh Investment Promotion Board presented the projects.", ["Kazakh Investment Promotion Board"]),
    (
        "The programme is run with Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ).",
        ["Deutsche Gesellschaft für Internationale Zusammenarbeit"],
    ),
    ("Mr Karimov reported to the council on Monday.", []),
    (
        "TASHKENT, Uzbekistan, June 13. By Anna Petrova \u2013 Trend: Uzbekistan has applied for GSP+.",
        ["Trend"],
    ),
    (
        "The European Investment Bank signed a 50 million euro loan, the bank\u2019s press office reported.",
        ["European Investment Bank"],
    ),
    # Not a blind probe: the test of the rule it drove (a name ends at a blank line).
    (
        "Remarks at the opening of the Delegation of the European Union to Mongolia\n\n"
        "Check against delivery!",
        ["Delegation of the European Union to Mongolia"],
    ),
    # A second batch of probes, answers written before running.
    ("The talks were constructive, the Kyrgyz news agency Kabar reported on Friday.", ["Kabar"]),
    ("According to Xinhua, Chinese investment in the region rose.", ["Xinhua"]),
    ("Akipress cited the ministry as saying that the talks went well.", ["Akipress"]),
    ("The World Health Organization said the project would start in May.", ["World Health Organization"]),
    (
        "A loan from the Islamic Development Bank was approved, the Uzbek Finance Ministry said.",
        ["Islamic Development Bank", "Uzbek Finance Ministry"],
    ),
    ("TASHKENT, March 3 (Reuters) - Uzbekistan signed a deal with the EU.", ["Reuters"]),
    (
        "The Asian Development Bank and the European Investment Bank will co-finance the road, the ADB said.",
        ["Asian Development Bank", "European Investment Bank"],
    ),
    # A third batch of probes (companies named in quotation marks), answers written before running.
    ("The delegation visited the pharmaceutical plant \u00abKhimfarm\u00bb in Shymkent.", ["Khimfarm"]),
    ('JSC "Kazakhstan Temir Zholy" signed the contract on Monday.', ["Kazakhstan Temir Zholy"]),
    ('The "Almaty Cement" company will supply the project.', ["Almaty Cement"]),
    ('He called the plan "Ambitious" in his speech.', []),
    (
        "LLP \u00abTau-Ken Samruk\u00bb and the Italian company \u00abEni\u00bb met in Astana.",
        ["Tau-Ken Samruk"],
    ),
    # A fourth batch of probes (the EU's offices in lower case), answers written before running.
    (
        "The head of the EU liaison office in Turkmenistan met the minister.",
        ["EU liaison office in Turkmenistan"],
    ),
    ("The EU delegation to Kyrgyzstan said the grant would be paid in May.", ["EU delegation to Kyrgyzstan"]),
    ("The EU office in Ashgabat opened in 2019.", ["EU office in Ashgabat"]),
    ("The EU delegation arrived in Astana on Monday.", []),
    # Ninth round (o37-o56): news agencies, development banks, ministries, delegations, "the
    # press service of X", companies in a list; answers written before running.
    # (the press service is the body, as seven annotated articles key it: "Akorda press service",
    # "Presidential press service", "Nazarbayev press office"; it was the owner "Akorda" until then)
    ("The Akorda press service said the two presidents met in Astana.", ["Akorda press service"]),
    (
        "The press service of the Ministry of Energy of Uzbekistan reported the signing.",
        ["Ministry of Energy of Uzbekistan"],
    ),
    ("MOSCOW, June 3 (TASS) - Kazakhstan and the EU held talks.", ["TASS"]),
    ("The Asian Development Bank will lend $500 million to Kyrgyzstan.", ["Asian Development Bank"]),
    (
        "The Eurasian Development Bank (EDB) forecasts growth of 5% in Central Asia.",
        ["Eurasian Development Bank"],
    ),
    (
        "The Ministry of Foreign Affairs of Tajikistan said the talks were constructive.",
        ["Ministry of Foreign Affairs of Tajikistan"],
    ),
    (
        "Tajikistan's Ministry of Economic Development and Trade hosted the forum.",
        ["Ministry of Economic Development and Trade"],
    ),
    ("The EU Delegation to Tajikistan announced a new grant.", ["EU Delegation to Tajikistan"]),
    (
        "The Delegation of the European Union to Uzbekistan organised the event.",
        ["Delegation of the European Union to Uzbekistan"],
    ),
    ("According to the Kyrgyz news agency 24.kg, the visit lasted two days.", ["24.kg"]),
    (
        "Novosti-Kazakhstan news agency reported that the talks were held in Astana.",
        ["Novosti-Kazakhstan"],
    ),
    ("The meeting was held at NATO headquarters in Brussels.", ["NATO"]),
    (
        "The OSCE Programme Office in Dushanbe supported the conference.",
        ["OSCE Programme Office in Dushanbe"],
    ),
    (
        "Representatives of Siemens Energy, Airbus and Linde attended the forum.",
        ["Siemens Energy", "Airbus", "Linde"],
    ),
    ("The Kyrgyz parliament, the Jogorku Kenesh, approved the deal.", ["Jogorku Kenesh"]),
    ("Kazinform reports that the agreement was signed.", ["Kazinform"]),
    (
        "The head of the Uzbek Agency for Strategic Reforms, Ali Valiyev, attended.",
        ["Agency for Strategic Reforms"],
    ),
    ("The French company TotalEnergies will build a wind farm in Kazakhstan.", ["TotalEnergies"]),
    (
        "The World Bank and the International Monetary Fund welcomed the reforms.",
        ["World Bank", "International Monetary Fund"],
    ),
    # Not blind: the tests of the rules they drove (a body by its press service at the end of a
    # report; an outlet's hyphenated name holding a country's).
    ("The two ministers held talks, the Kokterek press service reports.", ["Kokterek press service"]),
    ("The deal was signed, Novosti-Tajikistan news agency reported.", ["Novosti-Tajikistan"]),
    # Not blind: companies listed after what they are (known ones are cited, not drafted).
    (
        "Such corporations as Total, Bergmann, Lindqvist Steel and ADF work in the region.",
        ["Bergmann", "Lindqvist Steel", "ADF"],
    ),
    ("European firms like Airbus and the Nordic Rail Group invest here.", ["Airbus", "Nordic Rail Group"]),
    ("The Mongolian parliament, the Ulsyn Ikh Khural, passed the law.", ["Ulsyn Ikh Khural"]),
    # Tenth round, blind: a wire agency in the dateline.
    ("ASTANA, March 3 (Kazpravda) - The EU and Kazakhstan signed a memorandum.", ["Kazpravda"]),
    ("TASHKENT. 12 May (UzDaily News) \u2013 The ministers met in the capital.", ["UzDaily News"]),
    ("ALMATY, June 5 (Steppe Wire) - Kazakhstan said it would host the forum.", ["Steppe Wire"]),
    ("BRUSSELS, 4 April (EU) - The Council adopted the decision.", []),
    ("BISHKEK, 03.05.2024 (KABAR Agency) - The EU and Kyrgyzstan met.", ["KABAR Agency"]),
    ("ASHGABAT, 02.06.2024 (TDH Online) - The EU and Turkmenistan met.", ["TDH Online"]),
    ("The Eurasian Lenders Club (ELC) - a new body - met in Astana.", ["Eurasian Lenders Club"]),
    # Eleventh round (R11b): agencies inside a dateline's brackets or after its dash, an outlet one
    # gave an interview to, the acronym form of a body's name, and the EU's "Union" in a post.
    (
        "ASTANA (Steppe Daily / Interfax - 4th May, 2021) The EU and Kazakhstan met.",
        ["Steppe Daily", "Interfax"],
    ),
    ("OSH (Kyrgyzstan), May 3 \u2013 Kabar Wire. The minister said the talks went well.", ["Kabar Wire"]),
    ("The minister, in an interview with Eurosphere, praised the talks.", ["Eurosphere"]),
    ("The minister, in an interview with Anna Berg, praised the talks.", []),
    ("The European Union (EU) Delegation to Mongolia announced a grant.", ["EU Delegation to Mongolia"]),
    (
        "Vice-President of the Commission and High Representative of the Union for Foreign Affairs and"
        " Security Policy, Anna Berg, arrived.",
        [],
    ),
    # Eleventh round (R11b): a name glossed by what it is, a company by its owner, a "Society";
    # civil society is no body.
    ("On Monday, Northern Front (an armed group banned in Kazakhstan) attacked a post.", ["Northern Front"]),
    ("Ahmed Khan (a member of the ruling movement) spoke.", []),
    ("The deal was signed with the state-owned KazTransGas on Monday.", ["KazTransGas"]),
    ("The Royal Geographical Society hosted the talk.", ["Royal Geographical Society"]),
    ("The EU-Central Asia Civil Society Forum opened in Almaty.", []),
    # Eleventh round (R11b): a body's acronym set beside what it is.
    (
        "Mongolia chaired one of the influential organizations on security - OSCE. The talks went well.",
        ["OSCE"],
    ),
    ("He left the organization - CEO of the year.", []),
    # Eleventh round (R11b): a parliament's standing delegation in lower case, up to the last place it names.
    (
        "He met Chairman of Parliament's delegation for relations with Central Asia and Mongolia"
        " Paolo Rossi.",
        ["Parliament's delegation for relations with Central Asia and Mongolia"],
    ),
    ("A Kazakh delegation to Brussels met the minister.", []),
    # (l01, n08) a paragraph's end and the next one's start: the name is the part with the body's noun
    (
        "It opened a Delegation to Mongolia\n\nCheck against delivery\n\nWe thank the Central Asia"
        "\n\nThe Cooperation Council for its work.",
        ["Delegation to Mongolia", "Cooperation Council"],
    ),
    # (e15) a dash opening the line of an embedded post is no part of the body's name
    (
        "\u201cWe see a demand for engagement\u201d pic.twitter.com/UD59AZ\n"
        "\u2014 Mongolian Development Agency (@mda) July 7, 2019",
        ["Mongolian Development Agency"],
    ),
    # (zy01) an acronym after a party of "between A and B": the name runs on, kept as written too
    (
        "The Cooperation Council between the European Union (EU) and the Republic of Mongolia held its "
        "meeting. The Cooperation Council reaffirmed the commitment of both parties.",
        ["Cooperation Council between the European Union (EU) and the Republic of Mongolia"],
    ),
    # (yg04) an acronym after a part of the name ("of the European Union (EU) to Mongolia")
    (
        "Anna Berg is the Ambassador of the Delegation of the European Union (EU) to Mongolia.",
        ["Delegation of the European Union to Mongolia"],
    ),
    # (yt02, zv05) a dateline's outlet, a dash, then an article: the body's name starts after them
    (
        "ULAANBAATAR, November 5, 2015, Steppe-Wire \u2013 The Delegation of the European Union to "
        "Mongolia informs that a delegation is visiting.",
        ["Delegation of the European Union to Mongolia"],
    ),
]


@pytest.mark.parametrize(("text", "names"), _params(ORGANIZATION_PROBES, "o"))
def test_organization_probe(text: str, names: list[str], ds: eca.Dataset) -> None:
    drafted = [
        {p.record.name, *p.record.aliases}
        for p in propose(text, "2025-03-10", source_id="t", dataset=ds).records
        if p.collection == "organizations" and p.origin != "organization-known"
    ]
    assert len(drafted) == len(names)
    for want in names:
        assert any(want in names_of for names_of in drafted)


# Known events named by other words (answers written before running): the name "the forum"
# recalls from the sentence before; at a tie of shared words, the title sharing the happening's
# own name ("the Ministerial meeting", not a Cooperation Council's meeting of the same day).
@pytest.mark.parametrize(
    ("text", "published", "known"),
    [
        (
            "Both sides looked ahead to the Investor Forum for EU-Central Asia transport connectivity."
            " The forum will take place in Brussels on 29 January 2024.",
            "2024-01-15",
            "central-asia-investors-forum-2024",
        ),
        (
            "Luxembourg, 23 October 2023\nThe Ministerial meeting gave the partners a chance to discuss"
            " cooperation on water and energy.",
            "2023-10-23",
            "eu-central-asia-foreign-ministers-meeting-2023",
        ),
    ],
)
def test_a_known_event_named_by_other_words_is_linked(
    text: str, published: str, known: str, ds: eca.Dataset
) -> None:
    records = propose(text, published, source_id="t", dataset=ds).records
    assert [r.record.id for r in records if r.collection == "events"] == [known]


# Ninth round: known records a proposal links (k00-k27), named under other forms or in a sentence
# that drafts nothing else; answers written before running. Each probe gives the known
# organizations, agreements and events (the EU itself aside) some proposed record refers to.
KNOWN_PROBES: list[tuple[str, str, set[str]]] = [
    (
        "The two presidents discussed the implementation of the Enhanced Partnership and Cooperation"
        " Agreement between Kazakhstan and the EU.",
        "2025-03-10",
        {"epca"},
    ),
    (
        "Kazakhstan and the European Union stressed the effective development of the Enhanced"
        " Partnership and Cooperation Agreement.",
        "2025-03-10",
        {"epca"},
    ),
    (
        "Goods now travel along the Trans-Caspian Transport Corridor in 15 days.",
        "2025-03-10",
        {"middle-corridor"},
    ),
    (
        "The EU is investing in the Trans-Caspian corridor, also called the Middle Corridor, the"
        " Commission said.",
        "2025-03-10",
        {"middle-corridor", "european-commission"},
    ),
    (
        "On 29 January, during the Global Gateway Investors Forum for EU-Central Asia Transport"
        " Connectivity in Brussels, the Commission announced EUR 10 billion for transport.",
        "2024-01-30",
        {"global-gateway", "central-asia-investors-forum-2024", "european-commission"},
    ),
    (
        "The Foreign Affairs Council adopted conclusions on Central Asia on Monday.",
        "2025-03-10",
        {"council-of-the-eu"},
    ),
    (
        "Kazakhstan's Foreign Ministry said the talks were productive.",
        "2025-03-10",
        {"kazakhstan-ministry-of-foreign-affairs"},
    ),
    (
        "ASTANA \u2014 The meeting took place in Brussels, the Foreign Ministry's press service"
        " reported. Kazakhstan and the EU discussed trade.",
        "2025-03-10",
        {"kazakhstan-ministry-of-foreign-affairs"},
    ),
    (
        "Tokayev recalled the productive visit of European Council President Charles Michel to Astana"
        " in 2022.",
        "2022-11-18",
        {"charles-michel-visit-astana-2022", "european-council"},
    ),
    (
        "Charles Michel's visit to Astana last October gave new impetus to ties, the minister said.",
        "2022-11-20",
        {"charles-michel-visit-astana-2022"},
    ),
    (
        "Leaders met at the Samarkand summit in April 2025 to agree on a strategic partnership.",
        "2025-05-01",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    (
        "Since the 2025 Samarkand summit, the EU and Central Asia have been strategic partners.",
        "2025-06-01",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    (
        "The EU-Kazakhstan Cooperation Council met in Luxembourg. The Cooperation Council welcomed"
        " progress on visas.",
        "2023-10-24",
        {"eu-kazakhstan-cooperation-council", "eu-kazakhstan-cooperation-council-2023"},
    ),
    (
        "The parties agreed to launch negotiations on visa facilitation for citizens of Kazakhstan.",
        "2025-12-03",
        {"eu-kazakhstan-visa-facilitation-negotiations", "eu-kazakhstan-visa-facilitation-agreement"},
    ),
    (
        "Kazakhstan and the EU launched talks on a visa facilitation agreement on 2 December.",
        "2025-12-03",
        {"eu-kazakhstan-visa-facilitation-agreement", "eu-kazakhstan-visa-facilitation-negotiations"},
    ),
    ("The EBRD will finance the new port in Aktau, the bank said.", "2025-03-10", {"ebrd"}),
    (
        "The Commission will present the Global Gateway investment package for Central Asia in Samarkand.",
        "2025-03-01",
        {"european-commission", "global-gateway-investment-package-for-central-asia"},
    ),
    ("Projects under the Global Gateway were presented to investors.", "2025-03-10", {"global-gateway"}),
    (
        "Uzbekistan joined the EU's Global Gateway Initiative projects in 2024.",
        "2025-03-10",
        {"global-gateway"},
    ),
    (
        "The Trans-Caspian International Transport Route carried 4 million tonnes in 2024.",
        "2025-03-10",
        {"middle-corridor"},
    ),
    (
        "The ministers discussed the Middle Corridor and the Belt and Road Initiative.",
        "2025-03-10",
        {"middle-corridor", "belt-and-road-initiative"},
    ),
    (
        "The Erasmus+ programme for Central Asia funded 500 scholarships.",
        "2025-03-10",
        {"erasmus-plus-for-central-asia"},
    ),
    (
        "Kazakhstan's parliament ratified the agreement with the EU.",
        "2025-03-10",
        {"parliament-of-kazakhstan"},
    ),
    (
        "The Majilis ratified the Enhanced Partnership and Cooperation Agreement in 2016.",
        "2025-03-10",
        {"majilis", "epca"},
    ),
    (
        "The summit in Samarkand on 3-4 April 2025 was the first of its kind.",
        "2025-04-10",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    ("Uzbekistan's foreign ministry said the talks were productive.", "2025-03-10", set()),
    ("The Council of Europe and the EU signed a joint programme.", "2025-03-10", {"council-of-europe"}),
    (
        "The European Council's president Antonio Costa spoke at the summit in Samarkand.",
        "2025-04-04",
        {"european-council", "eu-central-asia-summit-samarkand-2025"},
    ),
    # Tenth round, blind (answers written before the assistant ran on them).
    (
        "Kazakhstan's minister met Portugal's foreign minister Rui Costa in Lisbon. They reviewed the "
        "Enhanced Partnership and Cooperation Agreement.",
        "2025-03-10",
        {"epca"},
    ),
    (
        "Kyrgyzstan's envoy met Italy's deputy minister in Rome. They reviewed the Enhanced "
        "Partnership and Cooperation Agreement.",
        "2025-03-10",
        set(),
    ),
    (
        "Astana hosted Austria's foreign minister on Monday. The Enhanced Partnership and Cooperation "
        "Agreement was the main topic, the Kazakh side said.",
        "2025-03-10",
        {"epca"},
    ),
    (
        "The EU Council on Foreign Affairs adopted conclusions on Central Asia.",
        "2025-03-10",
        {"council-of-the-eu"},
    ),
    ("The Foreign Affairs Council adopted conclusions on Kyrgyzstan.", "2025-03-10", {"council-of-the-eu"}),
    (
        "Ministers of the EU's General Affairs Council approved the mandate.",
        "2025-03-10",
        {"council-of-the-eu"},
    ),
    ("The UN Security Council discussed Afghanistan.", "2025-03-10", set()),
    ("The Kazakh Security Council met in Astana on Monday.", "2025-03-10", set()),
    ("The European Council on Foreign Relations published a report on Kazakhstan.", "2025-03-10", set()),
    (
        "Nurtleu spoke at the meeting of the EU-Kazakhstan Cooperation Council on 23 October 2023.",
        "2023-10-24",
        {"eu-kazakhstan-cooperation-council", "eu-kazakhstan-cooperation-council-2023"},
    ),
    (
        "The minister said at the Kazakhstan-EU Cooperation Council meeting on Oct. 23 that trade grew.",
        "2023-10-25",
        {"eu-kazakhstan-cooperation-council", "eu-kazakhstan-cooperation-council-2023"},
    ),
    (
        "Kazakh Foreign Minister Murat Nurtleu said at the meeting of the Kazakhstan-EU Cooperation "
        "Council on Oct. 23 in Luxembourg that the EU remained a key partner of Central Asia.",
        "2023-10",
        {"eu-kazakhstan-cooperation-council", "eu-kazakhstan-cooperation-council-2023"},
    ),
    (
        "On the sidelines of the 19th Central Asia-EU Ministerial Meeting, the minister met Kaja Kallas.",
        "2023-10",
        {"eu-central-asia-foreign-ministers-meeting-2023"},
    ),
    (
        "On the sidelines of the 18th Central Asia-EU Ministerial Meeting, the minister spoke.",
        "2023-10",
        set(),
    ),
    (
        "Ursula von der Leyen unveiled a \u20ac12 billion Global Gateway investment package for "
        "Central Asia.",
        "2025-04-05",
        {
            "global-gateway-investment-package-for-central-asia",
            "global-gateway-central-asia-package-announcement",
        },
    ),
    (
        "The EU launched the \u20ac12 billion Global Gateway Investment Package for Central Asia in "
        "Samarkand.",
        "2025-04-05",
        {
            "global-gateway-investment-package-for-central-asia",
            "global-gateway-central-asia-package-announcement",
        },
    ),
    ("The EU launched the Global Gateway strategy to rival other lenders.", "2025-04-05", {"global-gateway"}),
    (
        "The decision was adopted by EU foreign ministers in Luxembourg on Monday.",
        "2025-03-10",
        {"council-of-the-eu"},
    ),
    ("EU foreign ministers lifted the sanctions on Uzbekistan.", "2025-03-10", {"council-of-the-eu"}),
    ("The EU's foreign ministers decided to extend the sanctions.", "2025-03-10", {"council-of-the-eu"}),
    ("EU foreign ministers met their Central Asian counterparts in Vienna.", "2025-03-10", set()),
    (
        "The meeting of the EU-Kazakhstan Cooperation Council on 5 May 2021 focused on trade.",
        "2021-05-06",
        {"eu-kazakhstan-cooperation-council"},
    ),
    # (y04) a known event's title words in another order, in quotation marks, before a lower-case head
    (
        'Preparations for the first "Central Asia - EU" summit to be hosted in Uzbekistan were discussed.',
        "2024-01-16",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    (
        "Preparations for the first Central Asia - EU summit were discussed.",
        "2024-01-16",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    # (y04) the region's one roadmap, told by its kind and its parties; a country's is another
    (
        'The implementation of a joint "roadmap" aimed at expanding relations between the EU and '
        "Central Asia was highlighted.",
        "2024-01-16",
        {"joint-roadmap-eu-central-asia"},
    ),
    (
        "The EU and Kazakhstan, a Central Asian country, signed a roadmap on raw materials.",
        "2024-01-16",
        set(),
    ),
    # (c03) the name in quotation marks before a capitalised head, the Union named in full
    (
        'They discussed the agreements reached at the "Central Asia \u2013 European Union" Summit held in '
        "Samarkand.",
        "2025-05-12",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    # (o01) two parties' body with a spaced dash, the Union named in full
    (
        "The 22nd meeting of the Kazakhstan - European Union Cooperation Council was held in Brussels.",
        "2025-12-03",
        {"eu-kazakhstan-cooperation-council"},
    ),
    # (t29) an agreement's first words before other lower-case words are that agreement, not a longer one
    (
        "This is why our Global Gateway investment agenda focuses so much on this region.",
        "2025-04-04",
        {"global-gateway"},
    ),
    # (w09) an agreement's first and last words in lower case
    (
        "The parties stressed unlocking the potential of the Trans-Caspian transport corridor.",
        "2025-03-13",
        {"middle-corridor"},
    ),
    # (w04) a gathering recalled as held at its place, by a word of its title, months later; not
    # one planned there, nor one another text dates otherwise
    (
        "The envoy recalled the historic summit held in Samarkand, where for the first time the"
        " leaders gathered.",
        "2025-09-20",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    ("The envoy hopes the first summit held in Samarkand in 2022 is remembered.", "2025-09-20", set()),
    ("A first summit will be held in Samarkand.", "2025-09-20", set()),
    # (v07, r02, zg03) a country's known reforms told in a sentence about that country, never another's
    (
        "The minister briefed on President Kassym-Jomart Tokayev's comprehensive political and"
        " socio-economic reforms.",
        "2023-05-01",
        {"kazakhstan-political-reforms", "kazakhstan-economic-reform"},
    ),
    ("The EU supports the political reforms in Uzbekistan.", "2023-05-01", set()),
    # (zg03) a nationality in lower case before a body's acronym
    (
        "The talks went well, the kazakh MFA's press service reports.",
        "2022-08-23",
        {"kazakhstan-ministry-of-foreign-affairs"},
    ),
    # (ym05, we03, zu01, wt03) the press's names for the Council of the EU; (q03, xy05) not the
    # European Council's head, (zh09) not a government's cabinet
    (
        "On December 8, 2022, the EU Council adopted negotiating guidelines.",
        "2025-03-10",
        {"council-of-the-eu"},
    ),
    (
        "Council on foreign affairs of the European Union adopted a conclusion on Uzbekistan.",
        "2025-03-10",
        {"council-of-the-eu"},
    ),
    (
        "He told the plenary that the Commission and the Council of Ministers should not sign it.",
        "2025-03-10",
        {"council-of-the-eu"},
    ),
    ("He was addressing the head of the EU Council, in Brussels.", "2025-03-10", set()),
    ("She met the Deputy Chairperson of the Council of Ministers for Investment.", "2025-03-10", set()),
    # (yy05, w09) the first summit between the parties the sentence names is the known first one;
    # (not a first summit of others)
    (
        "They discussed preparations for the first summit under the Central Asia-European Union format.",
        "2024-11-13",
        {"eu-central-asia-summit-samarkand-2025"},
    ),
    ("They discussed preparations for the first summit of the Turkic states.", "2024-11-13", set()),
    # (vr03, vs03, wy01) the anniversary of relations between the countries a sentence names marks
    # their known establishment, the years before publication; (wv02) not others' relations
    (
        "On the eve of the 30th anniversary of diplomatic relations between Kazakhstan and the EU, the "
        "meetings reviewed relations.",
        "2023-01-24",
        {"eu-kazakhstan-relations-established"},
    ),
    (
        "The 30th anniversary of the establishment of diplomatic relations between Uzbekistan and France "
        "was marked.",
        "2023-01-24",
        set(),
    ),
    (
        "The 10th anniversary of diplomatic relations between Kazakhstan and the EU was marked.",
        "2023-01-24",
        set(),
    ),
]


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values()))
    if isinstance(value, list | tuple):
        return set().union(*(_strings(v) for v in value))
    return set()


@pytest.mark.parametrize(("text", "published", "known"), _params(KNOWN_PROBES, "k"))
def test_known_record_probe(text: str, published: str, known: set[str], ds: eca.Dataset) -> None:
    from eucentralasia._serialization import shared_converter

    ids = {r.id for c in ("organizations", "agreements", "events") for r in ds.collection(c)}
    as_itself = ids | {r.id for r in ds.officials}
    records = propose(text, published, source_id="t", dataset=ds).records
    # a known record proposed as itself links itself, not what its bundled fields refer to
    linked = set().union(
        *(
            {p.record.id} if p.record.id in as_itself else _strings(shared_converter().unstructure(p.record))
            for p in records
        )
    )
    assert (linked & ids) - {"european-union"} == known


def test_the_one_known_gathering_at_its_place_and_time_but_not_another_s_visit(ds: eca.Dataset) -> None:
    summit = "The Uzbek leader spoke at the summit in Samarkand."
    assert [r.record.id for r in propose(summit, "2025-04-05", source_id="t", dataset=ds).records] == [
        "eu-central-asia-summit-samarkand-2025"
    ]
    visit = "Thank you, President Tokayev, for receiving me here today in Astana, for my first visit."
    records = propose(visit, "2022-11", source_id="t", dataset=ds).records
    assert [r.origin for r in records if r.collection == "events"] == ["event-happening"]


def test_a_known_event_a_sentence_names_is_cited_again_though_it_tells_of_another(ds: eca.Dataset) -> None:
    text = "The commissioner will visit Kazakhstan in March ahead of the upcoming EU-Central Asia Summit."
    records = propose(text, "2025-03-01", source_id="t", dataset=ds).records
    assert ("event-known", "eu-central-asia-summit-samarkand-2025") in [
        (r.origin, r.record.id) for r in records
    ]


def test_the_outlet_publishing_the_text_named_in_its_dateline_is_no_new_body(ds: eca.Dataset) -> None:
    text = "ASTANA, June 3 (Steppe Wire) - Kazakhstan and the EU held talks on Monday."

    def drafted(**outlet: str) -> list[str]:
        proposal = propose(text, "2025-06-04", source_id="t", dataset=ds, **outlet)
        return [p.record.name for p in proposal.records if p.collection == "organizations"]

    assert drafted() == ["Steppe Wire"]
    assert drafted(outlet="Steppe Wire") == []
