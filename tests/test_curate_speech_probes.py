"""Probes of common news wording for who said what, answers written before the assistant ran on them.

Each probe is a sentence of our own in the style of wire copy, ministry and EU press releases;
the expected list is what a careful reader records: (speaker, quoted, "unsure" or None).
Probes the assistant still gets wrong are marked ``xfail(strict=True)`` with the reason, so a fix
turns them into failures to be unmarked and a regression cannot hide.
"""

from __future__ import annotations

import pytest

import eucentralasia as eca
from eucentralasia.curate import entities, sentences
from eucentralasia.curate._speech import speech

Expected = list[tuple[str, bool, str | None]]


@pytest.fixture(scope="module")
def ds() -> eca.Dataset:
    return eca.load()


def read(text: str, ds: eca.Dataset) -> Expected:
    found = speech(text, sentences(text), entities(text, ds))
    return [(s.speaker, s.quoted, s.doubt and "unsure") for s in found.statements]


PROBES: list[tuple[str, str, Expected]] = [
    (
        "told reporters",
        "Foreign Minister Rashid Meredov told reporters the talks were useful.",
        [("rashid-meredov", False, None)],
    ),
    (
        "told Reuters",
        "Kazakh Deputy Foreign Minister Alibek Bakayev told Reuters that exports would grow.",
        [("alibek-bakayev", False, None)],
    ),
    (
        "told AFP, quoted",
        "“We need more trains,” Transport Minister Marat Karabayev told AFP.",
        [("marat-karabayev", True, None)],
    ),
    (
        "said in a statement",
        "Ursula von der Leyen said in a statement that the EU stood ready to help.",
        [("ursula-von-der-leyen", False, None)],
    ),
    (
        "in a statement, the body said",
        "In a statement, the European Commission said the funds would be released in May.",
        [("european-commission", False, None)],
    ),
    (
        "according to a statement from",
        "According to a statement from the European Commission, the loan totals €300 million.",
        [("european-commission", False, None)],
    ),
    (
        "X's spokesperson said",
        "Tokayev's spokesperson Ruslan Zheldibay said the president would attend.",
        [("ruslan-zheldibay", False, None)],
    ),
    ("officials said: no speaker", "Officials said the road would open next year.", []),
    ("diplomats said: no speaker", "“The mood was good,” one diplomat said.", []),
    (
        "X, who ..., said",
        "Kaja Kallas, who arrived in Astana on Monday, said the region mattered to Europe.",
        [("kaja-kallas", False, None)],
    ),
    (
        "said X, the title of Y",
        "“This is a milestone,” said Dinara Sultanova, the head of the Astana office of the EBRD.",
        [("dinara-sultanova", True, None)],
    ),
    (
        "was quoted as saying",
        "Kassym-Jomart Tokayev was quoted as saying that Kazakhstan would stay neutral.",
        [("kassym-jomart-tokayev", False, None)],
    ),
    (
        "wrote on X",
        "Charles Michel wrote on X: “Good meeting with the leaders of Central Asia.”",
        [("charles-michel", True, None)],
    ),
    (
        "the minister added",
        "Foreign Minister Bakhtiyor Saidov said trade had doubled. "
        "The minister added that visas would be eased.",
        [("bakhtiyor-saidov", False, None), ("bakhtiyor-saidov", False, None)],
    ),
    (
        "she said after two people",
        "Kaja Kallas met Roman Vassilenko in Brussels. “We agreed on a roadmap,” she said.",
        [("kaja-kallas", True, "unsure")],
    ),
    (
        "quotation over two paragraphs",
        "“Our trade has grown,” Charles Michel said. “It will grow more.\n\n“And we will invest,” he added.",
        [("charles-michel", True, None), ("charles-michel", True, None)],
    ),
    ("question in quotes", "“Why should we wait?” asked Aidos Sarym.", [("aidos-sarym", True, None)]),
    (
        "joint statement",
        "Charles Michel and Kassym-Jomart Tokayev said in a joint statement that ties would deepen.",
        # (a joint position is each party's, as the annotations count it: once flagged as one's)
        [("charles-michel", False, None), ("kassym-jomart-tokayev", False, None)],
    ),
    ("welcomed", "Kaja Kallas welcomed the agreement as a step forward.", [("kaja-kallas", False, None)]),
    ("condemned", "The European Union condemned the attack.", [("european-union", False, None)]),
    (
        "urged",
        "Roman Vassilenko urged European investors to look at Kazakhstan.",
        [("roman-vassilenko", False, None)],
    ),
    (
        "called for",
        "President Shavkat Mirziyoyev called for closer transport links.",
        [("shavkat-mirziyoyev", False, None)],
    ),
    (
        "mentioned near the quote is no speaker",
        "“The European Union is our biggest investor,” said Uzbek Economy Minister Laziz Kudratov.",
        [("laziz-kudratov", True, None)],
    ),
    (
        "curly quotes, title after name",
        "“We are ready,” Sardor Umurzakov, Uzbekistan's investment minister, said.",
        [("sardor-umurzakov", True, None)],
    ),
    ("guillemets", "«Nous sommes prêts», a déclaré Charles Michel.", [("charles-michel", True, None)]),
    (
        "em dash aside",
        "Kaja Kallas — speaking after the meeting — said the EU would help.",
        [("kaja-kallas", False, None)],
    ),
    ("straight quotes", '"We count on Europe," Aidos Sarym said.', [("aidos-sarym", True, None)]),
    (
        "stressed",
        "Roman Vassilenko stressed that the corridor was a priority.",
        [("roman-vassilenko", False, None)],
    ),
    (
        "noted",
        "Ursula von der Leyen noted that Central Asia is rich in raw materials.",
        [("ursula-von-der-leyen", False, None)],
    ),
    (
        "past perfect reported",
        "Kaja Kallas had said earlier that sanctions would stay.",
        [("kaja-kallas", False, None)],
    ),
    ("future: will say is no statement yet", "Charles Michel will speak at the forum on Friday.", []),
    (
        "title before name, quote first",
        "“The door is open,” EU Commissioner Jozef Sikela said.",
        [("josef-sikela", True, None)],
    ),
    (
        "according to X",
        "According to Yermurat Bapi, the media law will change.",
        [("yermurat-bapi", False, None)],
    ),
    (
        "he said after a body",
        "The Commission announced the package. “It is the largest yet,” Charles Michel said.",
        [("charles-michel", True, None)],
    ),
    (
        "announced is reporting a body",
        "The Government of Kazakhstan announced that tariffs would fall.",
        [("government-of-kazakhstan", False, None)],
    ),
    (
        "ministry said",
        "Kazakhstan's Ministry of Foreign Affairs said the visit was postponed.",
        [("kazakhstan-ministry-of-foreign-affairs", False, None)],
    ),
    ("said Mr surname", "“We are grateful,” said Mr Vassilenko.", [("roman-vassilenko", True, None)]),
    ("Ms surname", "“Europe is here to stay,” Ms Kallas said.", [("kaja-kallas", True, None)]),
    (
        "attribution mid-quote",
        "“Trade is up,” Aidos Sarym said, “and it will rise further.”",
        [("aidos-sarym", True, None)],
    ),
    (
        "two speakers, two quotes",
        "“We agree,” Charles Michel said. “So do we,” Kassym-Jomart Tokayev replied.",
        [("charles-michel", True, None), ("kassym-jomart-tokayev", True, None)],
    ),
    (
        "a surname-only speaker, reported again by surname",
        "“The line will open in spring,” Vasquez said on Tuesday. "
        "Vasquez said customs officers would be trained in Tashkent.",
        [
            ("vasquez", True, "unsure"),
            ("vasquez", False, None),
        ],
    ),
    (
        "a title written short after the name in full",
        "Prime Minister Alikhan Smailov met Margaritis Schinas in Brussels. "
        "The Kazakh PM said that exports of grain had doubled.",
        [("alikhan-smailov", False, None)],
    ),
    (
        "a short title, misspelt nationality",
        "Foreign Minister Rashid Meredov received the EU delegation. "
        "The Turkmn FM told reporters that the talks were useful.",
        [("rashid-meredov", False, None)],
    ),
    # Eighth round, written before running: wire, ministry and interview wording.
    (
        "said, then the title after the name",
        "The grid will be linked by 2027, said Kaja Kallas, the EU's foreign policy chief.",
        [("kaja-kallas", False, None)],
    ),
    (
        "reported speech in the past perfect",
        "Josep Borrell had said the EU would not lift the sanctions.",
        [("josep-borrell", False, None)],
    ),
    (
        "quotation first, title and name after",
        "“We want a corridor that works,” said EU Commissioner Jutta Urpilainen.",
        [("jutta-urpilainen", True, None)],
    ),
    (
        "she added, after a quotation",
        "“Trade has doubled,” Ursula von der Leyen said. She added that more was to come.",
        [("ursula-von-der-leyen", True, None), ("ursula-von-der-leyen", False, None)],
    ),
    (
        "an unnamed official",
        "An EU official, who asked not to be named, said the talks had stalled.",
        [],
    ),
    (
        "ministers in the plural",
        "The ministers said the region needed more investment.",
        [],
    ),
    (
        "stressed, title before the name",
        "President Kassym-Jomart Tokayev stressed that Kazakhstan stood ready to cooperate.",
        [("kassym-jomart-tokayev", False, None)],
    ),
    (
        "a colon after the verb",
        "Charles Michel said: “The door is open.”",
        [("charles-michel", True, None)],
    ),
    (
        "according to a person",
        "According to Josep Borrell, the new office will open in Almaty.",
        [("josep-borrell", False, None)],
    ),
    (
        "the head of a country named",
        "President Ali Valiyev met Anna Berg in Bishkek. \u201cWe value the partnership,\u201d the head of "
        "Kyrgyzstan said.",
        [("ali-valiyev", True, None)],
    ),
    (
        "the head of state with a nationality",
        "President Ali Valiyev met Anna Berg in Bishkek. The Kyrgyz head of state said that talks went well.",
        [("ali-valiyev", False, None)],
    ),
    (
        "a surname speaking, the full name given where nothing says it is a person's",
        "Delegates (Ali Valiyev of Turkmenistan among them) came. Valiyev said he was looking at new routes.",
        [("ali-valiyev", False, None)],
    ),
    (
        "a sentence opened by a conjunction before a surname",
        "Foreign Minister Karl Osterberg praised the talks. But Osterberg said that the EU wants more.",
        [("karl-osterberg", False, None), ("karl-osterberg", False, None)],
    ),
    (
        "a passive naming who announced what the sentence before says",
        "The EU will open an office in Almaty. This was announced by Kaja Kallas.",
        [("kaja-kallas", False, None)],
    ),
    (
        "a passive in the present, with a title before the name",
        "The EU will open an office in Almaty. This is stated by EU Ambassador Anna Berg.",
        [("anna-berg", False, None)],
    ),
    (
        "a joint statement told in the passive",
        "The EU will open an office in Almaty. This is stated in a joint press statement by Anna Berg, "
        "President of Uzbekistan and Karl Osterberg, President of the European Council.",
        [("anna-berg", False, None), ("karl-osterberg", False, None)],
    ),
    (
        "a demand put to the other side",
        "President Anna Berg met President Ali Valiyev. President Berg pressed for the release of all "
        "political prisoners.",
        [("anna-berg", False, None)],
    ),
    (
        "a concern raised",
        "President Anna Berg met President Ali Valiyev. President Berg raised the issue of human rights.",
        [("anna-berg", False, None)],
    ),
    (
        "a title abbreviated before a list of names, then the position",
        "President Anna Berg met President Ali Valiyev. Berg raised the cases of Messrs. Kovac and Haapala, "
        "and pressed for their release.",
        [("anna-berg", False, None)],
    ),
    (
        "a quotation split by its attribution",
        "“Central Asia matters,” Kaja Kallas said, “and it matters more every year.”",
        [("kaja-kallas", True, None)],
    ),
    # Ninth round, written before running: joint positions, chained points, told/interview,
    # "according to him", press services, guillemets, titles after new names, interviews.
    (
        "told journalists, where",
        "Kaja Kallas told journalists in Astana that the EU would open a new office.",
        [("kaja-kallas", False, None)],
    ),
    (
        "told a news agency, a new person",
        "Deputy Foreign Minister Aibek Tursunov told Kazinform that the visa talks were nearly complete.",
        [("aibek-tursunov", False, None)],
    ),
    (
        "in an interview with, before the subject",
        "In an interview with Euronews, Josep Borrell said the region was no longer remote.",
        [("josep-borrell", False, None)],
    ),
    (
        "said in an interview with",
        "Roman Vassilenko said in an interview with Daryo that trade would double.",
        [("roman-vassilenko", False, None)],
    ),
    (
        "according to him, the last speaker going on",
        "Foreign Minister Dana Omarova met Kaja Kallas in Tashkent. Omarova said the talks were frank. "
        "According to him, a new agreement is close.",
        [("dana-omarova", False, None), ("dana-omarova", False, None)],
    ),
    (
        "according to her, after a quotation",
        "\u201cWe are ready,\u201d Kaja Kallas said. According to her, the EU will double its funding.",
        [("kaja-kallas", True, None), ("kaja-kallas", False, None)],
    ),
    (
        "a ministry's press service, named before",
        "Kazakhstan's Ministry of Foreign Affairs hosted the talks. "
        "The ministry's press service said they would resume in May.",
        [("kazakhstan-ministry-of-foreign-affairs", False, None)],
    ),
    (
        "the press service of a body reported",
        "The press service of the European Commission reported that the funds had been released.",
        [("european-commission", False, None)],
    ),
    (
        "the parties welcomed, after two people met",
        "President Anna Berg met President Ali Valiyev in Bishkek. "
        "The parties welcomed the progress on the new agreement.",
        # (written before: no flag; flagged since, for "the parties" may be the delegations, and
        # the annotators of three tuned articles of four did not count such a sentence as a statement)
        [("anna-berg", False, "unsure"), ("ali-valiyev", False, "unsure")],
    ),
    (
        "the parties are the two who held talks, not one named after them",
        "Foreign Minister Anna Berg met with Special Envoy Ivan Petrov in Vienna. They also discussed "
        "the visit of President Jan Novak last year. The parties confirmed their readiness to deepen "
        "cooperation.",
        [("anna-berg", False, "unsure"), ("ivan-petrov", False, "unsure")],
    ),
    (
        "the parties: whom an adviser serves held no talks",
        "At a meeting with Ivan Petrov, Chief Adviser to the President of the European Council Jan Novak, "
        "Foreign Minister Anna Berg noted the success of the summit. The parties emphasized that such "
        "visits give impetus to cooperation.",
        [("anna-berg", False, None), ("ivan-petrov", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        "a title confirmed the country's readiness",
        "Foreign Minister Anna Berg met Ivan Petrov in Vienna. Addressing the meeting the Austrian FM "
        "confirmed the country\u2019s readiness to expand cooperation.",
        [("anna-berg", False, None)],
    ),
    (
        "called a country a quoted partner",
        "President Anna Berg spoke in Vienna. She called Austria a \u201ccrucial partner\u201d "
        "of the region.",
        [("anna-berg", False, "unsure")],
    ),
    (
        "singled out",
        "President Anna Berg visited Vienna. She singled out Austria as a major trading partner.",
        [("anna-berg", False, "unsure")],
    ),
    (
        "said, condemning",
        "\u201cMy visit takes place at a difficult time,\u201d Anna Berg said, condemning the "
        "\u201cwar of aggression\u201d.",
        [("anna-berg", True, None), ("anna-berg", False, None)],
    ),
    (
        "called someone a name is no statement of theirs",
        "The committee called Anna Berg a liar.",
        [],
    ),
    (
        "both sides agreed",
        "Foreign Minister Karl Osterberg held talks with Foreign Minister Dana Omarova. "
        "Both sides agreed to expand cooperation in energy.",
        [("karl-osterberg", False, "unsure"), ("dana-omarova", False, "unsure")],
    ),
    (
        "the ministers noted, two named",
        "Kaja Kallas and Foreign Minister Dana Omarova met in Brussels. "
        "The ministers noted the growth of trade.",
        [("kaja-kallas", False, "unsure"), ("dana-omarova", False, "unsure")],
    ),
    (
        "the presidents expressed the hope",
        "Charles Michel received President Ali Valiyev. "
        "The presidents expressed the hope that the agreement would be signed soon.",
        [("charles-michel", False, "unsure"), ("ali-valiyev", False, "unsure")],
    ),
    (
        "two people said in a joint statement",
        "Kaja Kallas and Roman Vassilenko said in a joint statement that the talks had been constructive.",
        [("kaja-kallas", False, None), ("roman-vassilenko", False, None)],
    ),
    (
        "noted that A, adding that B",
        "Kaja Kallas noted that trade had grown, adding that the EU would invest more.",
        [("kaja-kallas", False, None)],
    ),
    (
        "welcomed, stressing",
        "Roman Vassilenko welcomed the decision, stressing that Kazakhstan was ready.",
        [("roman-vassilenko", False, None)],
    ),
    (
        "spoke, calling on",
        "President Shavkat Mirziyoyev spoke at the forum, "
        "calling on European companies to invest in Uzbekistan.",
        [("shavkat-mirziyoyev", False, None)],
    ),
    (
        "a surname after the full name, a known person",
        "Josep Borrell arrived in Tashkent on Monday. "
        "Borrell said the EU would support the region's water projects.",
        [("josep-borrell", False, None)],
    ),
    (
        "a surname after the full name, a new person",
        "Deputy Prime Minister Timur Seitkali opened the forum. Seitkali said that investment had tripled.",
        [("timur-seitkali", False, None)],
    ),
    (
        "Mr surname told reporters, quoted",
        "Deputy Prime Minister Timur Seitkali opened the forum. "
        "\u201cWe need the corridor,\u201d Mr Seitkali told reporters.",
        [("timur-seitkali", True, None)],
    ),
    (
        "guillemets, an English verb",
        "\u00abWe are ready to invest,\u00bb Kaja Kallas said.",
        [("kaja-kallas", True, None)],
    ),
    (
        "guillemets spaced, said X",
        "\u00ab The door is open \u00bb, said Charles Michel.",
        [("charles-michel", True, None)],
    ),
    (
        "quoted, said a new person with the title after",
        "\u201cWe count on Europe,\u201d said Sirojbek Nazarov, Foreign Minister of Tajikistan.",
        [("sirojbek-nazarov", True, None)],
    ),
    (
        "a new person, the title after, reported",
        "Sirojbek Nazarov, Foreign Minister of Tajikistan, said the country would join the programme.",
        [("sirojbek-nazarov", False, None)],
    ),
    (
        "a title in lower case before a new person",
        "Tajik foreign minister Sirojbek Nazarov said the border talks were over.",
        [("sirojbek-nazarov", False, None)],
    ),
    (
        "an interview's answer, Q and A",
        "Kazinform spoke with EU Ambassador Anna Berg.\n\nQ: What brings you to Astana?\n\n"
        "A: The EU wants to work with Kazakhstan on raw materials and on transport.",
        [("anna-berg", True, None)],
    ),
    (
        "said in remarks to the press",
        "Charles Michel said in remarks to the press that the summit was historic.",
        [("charles-michel", False, None)],
    ),
    (
        "a position in the passive, by a person",
        "The decision was welcomed by Kaja Kallas.",
        [("kaja-kallas", False, None)],
    ),
    (
        "said, according to an outlet",
        "Kazakhstan will host the forum in May, Roman Vassilenko said, according to Kazinform.",
        [("roman-vassilenko", False, None)],
    ),
    (
        "the President said, quoted",
        "President Kassym-Jomart Tokayev received Kaja Kallas. "
        "\u201cEurope is a key partner,\u201d the President said.",
        [("kassym-jomart-tokayev", True, None)],
    ),
    (
        "says, the title before the name, after the words",
        "Uzbekistan is ready to host the summit, says Foreign Minister Bakhtiyor Saidov.",
        [("bakhtiyor-saidov", False, None)],
    ),
    (
        "speaking at, said",
        "Josep Borrell, speaking at a press conference in Bishkek, said the EU would stay.",
        [("josep-borrell", False, None)],
    ),
    (
        "someone named in what was said",
        "Dana Omarova said the EU's Kaja Kallas would visit in May.",
        [("dana-omarova", False, None)],
    ),
    (
        "went on to say",
        "Charles Michel went on to say that the EU would back the Middle Corridor.",
        [("charles-michel", False, None)],
    ),
    (
        "also pointed out",
        "Roman Vassilenko also pointed out that Kazakhstan's exports to the EU had grown.",
        [("roman-vassilenko", False, None)],
    ),
    (
        "the minister, one of two people",
        "Commissioner Jozef Sikela met Foreign Minister Dana Omarova. "
        "The minister said Kazakhstan wanted more investment.",
        [("dana-omarova", False, None)],
    ),
    (
        "highlighted the importance",
        "Dana Omarova highlighted the importance of the Trans-Caspian route.",
        [("dana-omarova", False, None)],
    ),
    (
        "reiterated, the title after the name",
        "Anna Berg, the EU Ambassador to Kazakhstan, reiterated the EU's support for reforms.",
        [("anna-berg", False, None)],
    ),
    ("experts say: no speaker", "Experts say the corridor will need billions.", []),
    (
        "a question put in writing",
        "President Anna Berg asked in her letter to Ali Valiyev what the plans of the government were.",
        [("anna-berg", False, None)],
    ),
    (
        "a body's text in the present",
        "In its communication, the European Commission stresses that the region is of strategic importance.",
        [("european-commission", False, None)],
    ),
    (
        "welcomes someone in the present is a meeting",
        "Kaja Kallas welcomes President Ali Valiyev to Brussels.",
        [],
    ),
    (
        "the latter, of the two the sentence before names",
        "Anna Berg met Foreign Minister Ali Valiyev. The latter stressed the importance of water.",
        [("ali-valiyev", False, None)],
    ),
    (
        "the former, of the two the sentence before names",
        "Anna Berg met Foreign Minister Ali Valiyev. The former said the EU would back the dam.",
        [("anna-berg", False, None)],
    ),
    (
        "a lead names the post, the next paragraph the person",
        "The EU will lend Kyrgyzstan 50 million euros, the bloc's ambassador said on Monday.\n\n"
        "\u201cThe grid is old,\u201d Ambassador Marco Ferri told Reuters.",
        [("marco-ferri", False, "unsure"), ("marco-ferri", True, None)],
    ),
    (
        "a post with no holder named is no body's words",
        "The European Union will lend Kyrgyzstan 50 million euros, the bloc's ambassador said on Monday.",
        [],
    ),
    (
        "a new name opened by a capital with a caron, after a title and its portfolio",
        "Commissioner for Trade and Economic Security Maro\u0161 \u0160ef\u010dovi\u010d added: "
        "\u201cOur companies are ready to invest.\u201d",
        [("maros-sefcovic", True, None)],
    ),
    # Ninth round, a second batch written before running: whom one tells, asides, appositions.
    (
        "X told Y that: the teller speaks",
        "Kaja Kallas told Roman Vassilenko that the EU would help.",
        [("kaja-kallas", False, None)],
    ),
    (
        "Y was told by X",
        "Roman Vassilenko was told by Kaja Kallas that the EU would help.",
        [("kaja-kallas", False, None)],
    ),
    (
        "X, quoted by an outlet, said",
        "Kaja Kallas, quoted by Kazinform, said the EU would stay in the region.",
        [("kaja-kallas", False, None)],
    ),
    (
        "the title, then the new name in commas",
        "The EU ambassador, Anna Berg, said the office would open in June.",
        [("anna-berg", False, None)],
    ),
    (
        "a quotation, according to X",
        "\u201cThe EU is here to stay,\u201d according to Anna Berg, the EU ambassador.",
        [("anna-berg", True, None)],
    ),
    (
        "someone's deputy, named in commas",
        "President Ali Valiyev was away. His deputy, Karl Osterberg, said the office would open.",
        [("karl-osterberg", False, None)],
    ),
    (
        "two clauses, two speakers",
        "Kaja Kallas said trade was up, while Roman Vassilenko said more was needed.",
        [("kaja-kallas", False, None), ("roman-vassilenko", False, None)],
    ),
    (
        "in her speech, X stressed",
        "In her speech, Kaja Kallas stressed that the EU would invest in transport.",
        [("kaja-kallas", False, None)],
    ),
    (
        "addressing the forum, title and new name said",
        "Addressing the forum, President Ali Valiyev said his country was open to investors.",
        [("ali-valiyev", False, None)],
    ),
    ("he said with no one named: no speaker", "He said the EU would help.", []),
    (
        "wrote on X, quoted, after the full name",
        "Kassym-Jomart Tokayev met Kaja Kallas. \u201cThe EU is our key partner,\u201d Tokayev wrote on X.",
        [("kassym-jomart-tokayev", True, None)],
    ),
    (
        "the spokesman for a ministry, named in commas",
        "The spokesman for the Kazakh foreign ministry, Aibek Smadiyarov, said the talks went well.",
        [("aibek-smadiyarov", False, None)],
    ),
    (
        "a clause with someone else's name before the subject",
        "After Kaja Kallas left Astana, Roman Vassilenko said the visit had been a success.",
        [("roman-vassilenko", False, None)],
    ),
    (
        "the ambassador, one named",
        "Anna Berg, the EU Ambassador to Uzbekistan, met students. The ambassador said exchanges would grow.",
        [("anna-berg", False, None)],
    ),
    (
        "a question asked of someone is no statement of theirs",
        "Asked about sanctions, Kaja Kallas declined to comment.",
        [],
    ),
    (
        "two titled people joined by and, then a title with a nationality",
        "Ties of Uzbekistan and the EU came under discussion of Prime minister Ali Valiyev and Vice "
        "President of the European Commission Anna Berg. As the Uzbek Prime minister said, the EU matters.",
        [("ali-valiyev", False, None)],
    ),
    (
        "a surname after a title and its portfolio",
        "European Commissioner for International Partnerships Varga said:\n\u201cThe corridor matters.\u201d",
        [("varga", True, None)],
    ),
    (
        "a surname after a title written short",
        "HRVP Kovac said:\n\u201cRelations continue to intensify.\u201d",
        [("kovac", True, None)],
    ),
    (
        "a title recalled after a courtesy title before the name",
        "Talks with the Prime Minister H.E. Ali Valiyev took place in the capital. Anna Berg, "
        "the EU Ambassador, attended. Prime Minister expressed appreciation for the support of the EU.",
        [("ali-valiyev", False, None)],
    ),
    (
        "a document reports a person's position",
        "\u201cTrade is growing,\u201d Kaja Kallas said after she met Roman Vassilenko. "
        "The communique said that Vassilenko noted the rapid growth of trade.",
        [("kaja-kallas", True, None), ("roman-vassilenko", False, None)],
    ),
    (
        "a body's position in the passive",
        "The attack on the border post was condemned by the European Union.",
        [("european-union", False, None)],
    ),
    (
        "a delegation welcomed in the passive is a meeting",
        "The EU delegation was welcomed by President Kassym-Jomart Tokayev.",
        [],
    ),
    (
        "a new name, an aside of where, said",
        "Anna Berg, at a press conference in Bishkek, said the EU would stay.",
        [("anna-berg", False, None)],
    ),
    (
        "a new name, urging after a verb that is no saying",
        "President Ali Valiyev opened the fair on Monday, urging European firms to invest.",
        # (written before: no flag; flagged by design, for after "opened" the participle may be
        # the fair's: "The EU launched a strategy, emphasizing ...")
        [("ali-valiyev", False, "unsure")],
    ),
    ("a news outlet reported: no speaker", "Kabar reported that the talks would resume in May.", []),
    (
        "answered questions: no position",
        "Kaja Kallas and Foreign Minister Dana Omarova spoke at the opening and answered questions "
        "from students.",
        [],
    ),
    (
        "a group after two people met is no joint subject",
        "Anna Berg met Ali Valiyev in Osh. Members of the European Parliament noted the progress on reforms.",
        [],
    ),
    (
        "according to the officials, after two people met",
        "Anna Berg met Ali Valiyev in Osh. According to the officials, 400 firms operate there.",
        [],
    ),
    (
        "the EU's top diplomat, one named",
        "Kaja Kallas visited Astana. The EU's top diplomat said the partnership was strategic.",
        [("kaja-kallas", False, None)],
    ),
    (
        "quotation first, said the new person, a title after with a country",
        "\u201cThe region is changing fast,\u201d said Malika Yusupova, "
        "Uzbekistan's Deputy Minister of Economy.",
        [("malika-yusupova", True, None)],
    ),
    # Tenth round (R10a), written before the assistant ran on them: who is the speaker.
    (
        "a known surname as another's given name, told",
        "Head of the French delegation Michel Voisin told the forum that the EU would allocate funds.",
        [("michel-voisin", False, None)],
    ),
    (
        "a known surname as another's given name, said after a quotation",
        "\u201cWe will help,\u201d said Michel Durand, a French senator.",
        [("michel-durand", True, None)],
    ),
    (
        "a known surname as another's given name, according to",
        "According to Michel Laurent, head of the mission, the vote was calm.",
        [("michel-laurent", False, None)],
    ),
    (
        "a named spokeswoman for a known official",
        "Lena Fischer, spokeswoman for EU High Representative Kaja Kallas, said the talks were frank.",
        [("lena-fischer", False, None)],
    ),
    (
        "a named spokesman for a title",
        "Lena Fischer, spokesman for the EU Representative for Foreign Affairs Kaja Kallas, said "
        "that the EU had decided not to send a delegation.",
        [("lena-fischer", False, None)],
    ),
    (
        "an unnamed spokesman for a known official",
        "A spokesman for Kaja Kallas said the EU was concerned.",
        [("kaja-kallas", False, "unsure")],
    ),
    (
        "an unnamed adviser to a known president",
        "An adviser to President Kassym-Jomart Tokayev said the reform would continue.",
        [],
    ),
    (
        "a deputy of a known official, named in commas",
        "Roman Vassilenko's deputy, Ali Valiyev, said the talks went well.",
        [("ali-valiyev", False, None)],
    ),
    (
        "the title with a nationality recalls the last speaker",
        "\u201cReforms have stalled,\u201d Anna Berg said. The situation is best shown by the trial "
        "of a blogger, the Swedish MEP said.",
        [("anna-berg", True, None), ("anna-berg", False, None)],
    ),
    (
        "spoke about: a topic, no position",
        "In Brussels, Kaja Kallas spoke about the future of relations at several meetings.",
        [],
    ),
    (
        "according to the agenda, the parties",
        "Anna Berg met Ali Valiyev. According to the agenda of the meeting, the parties paid "
        "attention to trade.",
        [],
    ),
    (
        "of a party, has condemned",
        "Anna Berg, of Sweden's Greens in the European Parliament, has condemned the decision.",
        [("anna-berg", False, None)],
    ),
    (
        "the press service of a body said",
        "The press service of the European Commission said the grant was approved.",
        [("european-commission", False, None)],
    ),
    (
        "an announcement made, a correspondent reports",
        "Anna Berg made this announcement at a press conference, Kabar correspondent reports.",
        [],
    ),
    (
        "a quotation continued after the attribution",
        "\u201cThe scheme is a success,\u201d noted Anna Berg. "
        "\u201cIt will grow in the next four years.\u201d",
        [("anna-berg", True, None)],
    ),
    (
        "the ambassador emphasized after a quotation",
        "Anna Berg, the EU Ambassador to Uzbekistan, opened the fair. \u201cExports are growing,\u201d "
        "the ambassador emphasized.",
        [("anna-berg", True, None)],
    ),
    (
        "a quotation reporting a minister, 'it said'",
        "Foreign Minister Anna Berg met the EU envoy, according to a ministry statement. "
        "\u201cBerg noted that contacts had grown. She added that trade needs investment,\u201d it said.",
        [("anna-berg", False, None)],
    ),
    (
        "a joint statement's quotation of both presidents",
        "President Ali Valiyev met President Anna Berg in Astana. \u201cBoth presidents welcomed the "
        "growth of trade,\u201d says the document adopted on the occasion of the visit.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        "two subjects, then their verb inside quotation marks",
        "President Ali Valiyev met President Anna Berg. Valiyev and Berg \u201creiterated their "
        "commitment to the UN Charter.\u201d",
        [("ali-valiyev", True, None), ("anna-berg", True, None)],
    ),
    (
        "they noted, after talks",
        "Minister Ali Valiyev received Ambassador Anna Berg. Having reviewed the agenda, they noted "
        "the growth of trade.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        "they, after a group of participants, are no two parties",
        "Minister Ali Valiyev met Ambassador Anna Berg. The participants of the ministerial confirmed "
        "their commitment to cooperation. They also reaffirmed the UN Charter.",
        [],
    ),
    (
        "first-person words without quotation marks, attributed at the paragraph's end",
        "Prime Minister Ali Valiyev chaired the meeting.\n\nThe EU is a key partner. We are working in "
        "all areas. Our country is ready for proposals, stated Valiyev.",
        [("ali-valiyev", False, None)],
    ),
    (
        "two people, each with a title, then their verb",
        "In their turn, Anna Berg, EU Ambassador to Kazakhstan, and Ali Valiyev, Romanian Ambassador to "
        "Kazakhstan, commended the reforms.",
        [("anna-berg", False, None), ("ali-valiyev", False, None)],
    ),
    (
        "has cautioned that",
        "However, Foreign Minister Ali Valiyev has cautioned that it is premature to speculate.",
        [("ali-valiyev", False, None)],
    ),
    (
        "considers it important",
        "At the same time, President Ali Valiyev considers it important to hold the first summit.",
        [("ali-valiyev", False, None)],
    ),
    (
        "a title written with a hyphen, then 'reportedly'",
        "The ministers, as well as EU High-Representative Anna Berg, met on 7 July. Berg reportedly "
        "emphasised the EU commitment to the region.",
        [("anna-berg", False, None)],
    ),
    (
        "the officials, diplomats, after a meeting held between two",
        "A meeting was held between Minister Ali Valiyev and Ambassador Anna Berg. The officials stated "
        "that positions coincide. Diplomats called for closer ties.",
        [
            ("ali-valiyev", False, "unsure"),
            ("anna-berg", False, "unsure"),
            ("ali-valiyev", False, "unsure"),
            ("anna-berg", False, "unsure"),
        ],
    ),
    (
        "the officials, with no talks reported, are a group",
        "Minister Ali Valiyev spoke in Astana. Ambassador Anna Berg spoke in Bishkek. The officials "
        "stated that positions coincide.",
        [],
    ),
    (
        "the parties highly praised",
        "President Ali Valiyev received Ambassador Anna Berg. The parties highly praised the results.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        "pledged support for a policy",
        "Ambassador Anna Berg pledged support for preventive diplomacy.",
        [("anna-berg", False, None)],
    ),
    (
        "a press service named in full, its release quoted with a title in other marks inside",
        "President Ali Valiyev received Anna Berg, Trend reports with reference to the press service of "
        'the President of Uzbekistan.\n\n"Special attention was paid to the summit \u201cCentral Asia - '
        'European Union\u201d in Samarkand.\n\nThe issues of trade were discussed," the press service says.',
        [("press-service-of-the-president-of-uzbekistan", True, None)],
    ),
    (
        "the VP recalls the Vice President, not the President",
        "Vice President of the European Commission Anna Berg met President Ali Valiyev. The VP "
        "highlighted that her visit is focused on climate projects.",
        [("anna-berg", False, None)],
    ),
    (
        "confirmed high interest",
        "EU Ambassador Anna Berg confirmed high interest in the transport route.",
        [("anna-berg", False, None)],
    ),
    (
        "briefed on, presented information on",
        "Minister Ali Valiyev briefed in detail on the reforms. Ambassador Anna Berg presented information "
        "on the forum.",
        [("ali-valiyev", False, None), ("anna-berg", False, None)],
    ),
    (
        "welcoming a visit is a courtesy",
        "High Representative Anna Berg warmly welcomed Valiyev\u2019s first visit to Brussels.",
        [],
    ),
    (
        "said a post, then the name in apposition",
        "Ties can be strengthened, said Vice President of the European Commission, Anna Berg, Trend reports.",
        [("anna-berg", False, None)],
    ),
    (
        "a participle's subject is its clause's, not a name inside it",
        "Ties can grow, said Commissioner Anna Berg. She made the remark during a meeting with President "
        "Ali Valiyev, confidently noting the benefits.",
        [("anna-berg", False, None), ("anna-berg", False, None)],
    ),
    (
        "a title before a surname mention, after a body spoke",
        "The EU delegation led by Anna Berg held talks, according to the EU Delegation to Tajikistan.\n\n"
        "On June 6, Commissioner Berg opened the forum. Commissioner reportedly called for saving water.",
        [("eu-delegation-to-tajikistan", False, None), ("anna-berg", False, None)],
    ),
    (
        "two closing single marks set as the opening one",
        "President of the European Council, Anna Berg, wrote to Tashkent.\n\u2019\u2019I look forward to our "
        "meeting in Brussels. There, we will sign the agreement,\u2019\u2019 Anna Berg wrote.",
        [("anna-berg", False, None), ("anna-berg", True, None)],
    ),
    (
        "an epithet before a name the text gives elsewhere without it",
        "Chairman of the Halk Maslahaty Ali Valiyev said in Berlin that ties grow.\n"
        "\u00abWe are ready\u00bb, \u2013said Arkadag Ali Valiyev.",
        [("ali-valiyev", False, None), ("ali-valiyev", True, None)],
    ),
    (
        "the sides confirmed a mutual intention",
        "President Ali Valiyev received Ambassador Anna Berg. The sides confirmed a mutual intention to "
        "strengthen partnership.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        "a straight opening mark closed by a curly one",
        'According to Deputy Minister Ali Valiyev, "the summit marked a new chapter\u201d. The Kazakh '
        "diplomat welcomed the announcement of an investment package.",
        [("ali-valiyev", False, None), ("ali-valiyev", False, None)],
    ),
    (
        "shared on his channel, elaborated on",
        "Trade will grow this year, as Foreign Minister Ali Valiyev shared on his Telegram channel. Minister "
        "Anna Berg elaborated on the initiatives of the government.",
        [("ali-valiyev", False, None), ("anna-berg", False, None)],
    ),
    (
        "a surname typed with a Cyrillic letter that looks Latin, then in Latin (the draft named in Latin)",
        "Minister Ali Valiyev met Member of the European Parliament Karsten Lu\u0441ke (Germany). Lucke said "
        "that he follows the reforms.",
        [("karsten-lucke", False, None)],
    ),
    (
        "the parties did something, emphasizing",
        "Minister Ali Valiyev met Ambassador Anna Berg. The parties also addressed energy, "
        "emphasizing the importance of the Joint Committee.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        "confirmed a capitalised possessive commitment",
        "Ambassador Anna Berg confirmed the European Union's commitment to deeper cooperation.",
        [("anna-berg", False, None)],
    ),
    (
        "asked X, far from 'to convey'",
        "President Ali Valiyev asked EU foreign policy chief Anna Berg at the meeting in the capital "
        "Bishkek to convey an invitation to European investors.",
        [("ali-valiyev", False, None)],
    ),
    (
        "called it, after a clause of its own",
        "EU chief Anna Berg visited Astana. It is the first summit and Berg called it \u201cmuch more "
        "than a dialogue\u201d.",
        [("anna-berg", True, None)],
    ),
    (
        "reads the letter",
        "President Ali Valiyev congratulated the Commission's new President, Trend reports citing a "
        "letter. \u201cWe highly value relations with the EU,\u201d reads the letter.",
        [("ali-valiyev", True, "unsure")],
    ),
    (
        "a headline is no statement",
        "Minister Valiyev says trade will grow\n\nMinister Ali Valiyev said on Monday that trade would grow.",
        [("ali-valiyev", False, None)],
    ),
    (
        "an embedded post, signed with a handle",
        "Ambassador Anna Berg thanked the hosts in a post on X.\nThank you Astana for hosting us.\u2014 Anna "
        "Berg (@annaberg) March 27, 2025",
        [("anna-berg", False, None), ("anna-berg", True, None)],
    ),
    (
        # (y04) a guest welcomed is talks; the greetings' senders named after it are no party
        "both parties after a delegation welcomed",
        "President Ali Valiyev welcomed a delegation led by Commissioner Anna Berg in Tashkent. Commissioner "
        "Berg conveyed greetings from Ursula von der Leyen and Charles Michel to President Valiyev. Both "
        "parties expressed satisfaction with the increased activity in cooperation.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    # Misses of untouched-22 (i03, i04, i06, i07), in our own words.
    (
        "said X last week, after a long clause",
        "The EU seeks to expand its partnership, said EU Special Representative for Central Asia Anna Berg "
        "last week during the conference in Astana marking the 25th anniversary of diplomatic relations "
        "between the EU and Central Asia.",
        [("anna-berg", False, None)],
    ),
    (
        "a message conveyed is its author's",
        "President Ali Valiyev received EU envoy Anna Berg. Anna Berg conveyed European Council President "
        "Charles Michel\u2019s message to President Valiyev in which the former confirmed the invitation.",
        [("charles-michel", False, None)],
    ),
    (
        "two holders by their titles",
        "President of Uzbekistan Ali Valiyev received EU Special Representative for Central Asia Anna Berg. "
        "The envoy handed a letter to President Valiyev. The Uzbek President and the EU Special "
        "Representative for Central Asia named energy among the most promising areas.",
        [("ali-valiyev", False, None), ("anna-berg", False, None)],
    ),
    (
        "the participants of the meeting spoke in favor",
        "President Ali Valiyev received EU envoy Anna Berg. The participants of the meeting spoke in favor "
        "of the speediest restoration of stability.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        "positively assessing",
        "President Ali Valiyev received EU envoy Anna Berg. Ali Valiyev continued by positively assessing "
        "the state of cooperation.",
        [("ali-valiyev", False, "unsure")],
    ),
    (
        "according to an outlet",
        "The EU will allocate a grant of 17 million euros to Kyrgyzstan, according to Kabar.",
        [],
    ),
    (
        "the press service of the department",
        "A memorandum was signed by the Committee for Emergency Situations of Tajikistan. The press service "
        "of the department reports.\n\n\u00abThis will enable a swift response,\u00bb the statement says.",
        [("committee-for-emergency-situations-of-tajikistan", True, "unsure")],
    ),
    # Misses of untouched-23 (x02, x03, x06), in our own words.
    (
        "called the agreement “ambitious”",
        "After visiting Bishkek last year, EU envoy Anna Berg called the agreement under discussion "
        '"ambitious."',
        [("anna-berg", False, None)],
    ),
    (
        "announced in a month that",
        "The EU announced in December 2017 that the accord would replace the 1999 agreement.",
        [("european-union", False, None)],
    ),
    (
        # (u2) an announcement that talks were held tells of a happening, no position
        "announced on a day that talks were held",
        "The EU announced on December 19 that EU envoy Anna Berg and Minister Ali Valiyev held talks.",
        [],
    ),
    (
        # (l04) a release quoting "They" after talks between two: the two, each
        "a release's they after talks between two",
        "The announcement follows telephone talks between EU envoy Anna Berg and Foreign Minister Ali "
        'Valiyev on Monday.\n\n"They confirmed their ambition to conclude negotiations," the press release '
        "read.",
        [("anna-berg", False, "unsure"), ("ali-valiyev", False, "unsure")],
    ),
    (
        # (za02) "and the council" recalls the known Council named before; no body "and the council"
        "and the council after its name in full",
        "The 13th meeting of the Cooperation Council between the EU and Kazakhstan took place on July 24th. "
        "Water management was discussed, and the council called on Central Asian states to seek settlements.",
        [("eu-kazakhstan-cooperation-council", False, None)],
    ),
    (
        # (za03) "the EUSR" is the EU Special Representative named before
        "the EUSR said",
        "EU Special Representative for Central Asia Anna Berg held talks in Tashkent. The EU stands ready to "
        "support the reforms, the EUSR said.",
        [("anna-berg", False, None)],
    ),
    (
        # (za06) "the sides have high hopes" after talks of two
        "the sides have high hopes",
        "Minister Ali Valiyev met EU envoy Anna Berg in Astana. The sides have high hopes for the agreement.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (e08) a name in quotation marks before a noun is no quotation
        "a quoted name before its noun",
        "Minister Ali Valiyev met EU Ambassador Anna Berg. They noted cooperation within the framework of "
        "the \u201cEuropean Union \u2013 Central Asia\u201d format, the foreign ministry says.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (zc01) a body's press service relaying what the parties expressed: the parties'
        "a press service relays the parties",
        "Minister Ali Valiyev met EU envoy Anna Berg in Bishkek.\n\n\u00abFollowing the meeting, the parties "
        "expressed their readiness to continue the dialogue,\u00bb the Foreign Ministry\u2019s press service "
        "said.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (zc04) what the parties name as priorities is their position
        "the parties identified ... as priority areas",
        "Minister Ali Valiyev met EU envoy Anna Berg. The parties also identified an increase in trade as "
        "priority areas of cooperation.",
        [("ali-valiyev", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (zc05) "elaborated" ending an attribution
        "..., X elaborated.",
        "\u201cI am pleased to highlight the substantial progress in our relations,\u201d Ambassador Anna "
        "Berg elaborated.",
        [("anna-berg", True, None)],
    ),
    (
        # (q04) praise is a position
        "spoke highly of",
        "In reply, EU envoy Anna Berg spoke highly of the minister's fruitful visit to Brussels.",
        [("anna-berg", False, None)],
    ),
    (
        "a broadcaster's service relays",
        "Governor Ali Valiyev accompanied the envoy on his trip, Radio Liberty\u2019s Tajik Service says.",
        [],
    ),
    (
        # (l01) a body's name ends with the country after "the Republic of"; its short form
        # recalls it, and a paragraph's last words are no part of the next one's name
        "the Cooperation Council of a headline",
        "Third meeting of the Cooperation Council between the European Union and the Republic of "
        "Mongolia\n\nThe EU side was led by Ivan Petrov, EU Special Representative for Central Asia"
        "\n\nThe Cooperation Council reaffirmed the commitment of both parties to closer ties.",
        [("cooperation-council-between-the-european-union-and-the-republic-of-mongolia", False, None)],
    ),
    (
        # (zb06) encouragement is a position; its passive is not
        "X encouraged Y to",
        "The EU encouraged Mongolia to keep goods flowing. Mongolia was encouraged by the talks.",
        [("european-union", False, None)],
    ),
    (
        # (v02) a member state's minister chairing the EU's side is "the European side"
        "the European side is a member state's minister",
        "Minister Ivan Petrov of Mongolia met Anna Berg, Minister of Foreign Affairs of Hungary. The "
        "European side confirmed high interest in the route.",
        [("anna-berg", False, "unsure")],
    ),
    (
        # (zb03) a body's spokesperson the text named is that person; another body's is the body
        "the body's spokesperson recalled",
        "The European Commission's Lead Spokesperson Anna Berg told reporters that ties grew. Further "
        "speaking, the Commission's spokesperson mentioned that the EU is a major partner.",
        [("anna-berg", False, None), ("anna-berg", False, None)],
    ),
    (
        "another body's spokesperson",
        "Ministry spokesman Ivan Petrov met the press. The European Commission's spokesperson said "
        "that the EU is a major partner.",
        [("european-commission", False, None)],
    ),
    (
        # (zb02) a pronoun, then the verb of saying and the words inside the quotation marks
        "she “reiterated ...”",
        "EU envoy Anna Berg arrived in Ulaanbaatar. During her meetings, she \u201creiterated the "
        "EU's continued support to the reforms,\u201d according to a statement issued by her office.",
        [("anna-berg", True, "unsure")],
    ),
    (
        # (zb04) a position in the passive after an opening phrase, held by both of the talks
        "was emphasized by both officials",
        "President Ivan Petrov met European Council President Charles Michel. In this context, the "
        "importance of an inclusive government was emphasized by both officials.",
        [("ivan-petrov", False, "unsure"), ("charles-michel", False, "unsure")],
    ),
    (
        # (v02) the delegations of talks of two are its two parties; of a larger meeting, no one
        "the delegations of talks",
        "Minister Ivan Petrov met EU envoy Anna Berg in Brussels. In this context, the delegations "
        "welcomed the launch of the platform. The delegations of ten countries welcomed the plan.",
        [("ivan-petrov", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (zc01) "a meeting of X with Y and Z" is talks; its parties are the three
        "the parties of a meeting of three",
        "It was stated at a meeting of Foreign Minister Ivan Petrov with EU envoy Anna Berg and EU "
        "Special Envoy Tomas Lind in Ulaanbaatar. Following the meeting, the parties expressed their "
        "readiness to continue the dialogue.",
        [("ivan-petrov", False, "unsure"), ("anna-berg", False, "unsure"), ("tomas-lind", False, "unsure")],
    ),
    (
        # (q01) a call that "took place between" two is talks; the heads of the two sides are those two,
        # not the ministers of a larger group
        "the heads of the agencies of A and B",
        "A telephone conversation took place between Foreign Minister Ivan Petrov and EU envoy Anna "
        "Berg. The heads of the foreign affairs agencies of Mongolia and the European Union "
        "particularly emphasized the significance of the summit. The ministers of the five countries "
        "stressed the role of trade.",
        [("ivan-petrov", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (za03) the EU's envoy goes on telling the EU's stance in the present; the envoy's post
        # set after the name in a list of people, a one-word title before it
        "the EU's stance, its envoy's",
        "The mission of Ambassador Anna Berg, the EU Special Representative for Central Asia (the "
        "EUSR), Mr Ivan Petrov, Deputy Head of Unit, and Mr Tomas Lind visited Tashkent. During the "
        "calls Ambassador Berg noted that the EU welcomes the reforms. The EU values the role "
        "Uzbekistan plays in the region.",
        [("anna-berg", False, None), ("anna-berg", False, "unsure")],
    ),
    (
        # (zg04) a quotation left open and reopened by a second mark, one closing mark for both: one
        "«... «...» one quotation",
        "For his part, Mr. Anna Berg noted \u00abMongolia is a key partner for the European Union. "
        "\u00abMuch has changed since I visited, but we remain close partners\u2026 We support the "
        "reforms\u00bb.",
        [("anna-berg", True, None)],
    ),
    (
        # (zg02, ze06) the EU's intention after its envoy's words is no stance of the envoy's: the keys
        # of the two sets read it apart, so it is left unread
        "The EU intends, after its envoy",
        "EU envoy Anna Berg noted that the European Union is going to start talks with Mongolia. The "
        "EU intends to obtain guarantees from the government.",
        [("anna-berg", False, None)],
    ),
    (
        # (zh08) a Coordinator is a title; "EU representatives" at talks are the EU's people there
        "EU representatives at talks of three",
        "Deputy Foreign Minister Ivan Petrov met with EU envoy Anna Berg and the EU Counter-Terrorism "
        "Coordinator Tomas Lind. EU representatives highly praised Mongolia's experience in returning "
        "citizens.",
        [("anna-berg", False, "unsure"), ("tomas-lind", False, "unsure")],
    ),
    (
        # (zh02) "The two parties have expressed": the auxiliary before the verb
        "the two parties have",
        "Minister Ivan Petrov met EU Commissioner Anna Berg in Samarkand. The two parties have expressed "
        "satisfaction with the current level of relations.",
        [("ivan-petrov", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (zi04) a scientist's and an analyst's words: their trade before the name is their title
        "said political scientist X; according to analyst Y",
        "\u201cThe USSR promoted its interests through them,\u201d said political scientist Ivan Petrov. "
        "According to analyst Anna Berg, the EU has played the role of passive observer.",
        [("ivan-petrov", True, None), ("anna-berg", False, None)],
    ),
    (
        # (zo05) "the bank's Senior Press Officer X told": "Officer" is his title, not his name
        "the bank's Senior Press Officer X told",
        "The bank plans to begin lending in Mongolia, the bank\u2019s Senior Press Officer Ivan Petrov told "
        "Trend.",
        [("ivan-petrov", False, None)],
    ),
    (
        # (zo03) "chaired by X, with the participation of Commissioner Y, and Z": Y joined X's side,
        # and "both sides" are X and Z
        "both sides after 'with the participation of'",
        "The Council was chaired by the High Representative, Anna Berg, with the participation of "
        "Commissioner Tomas Lind, and the Foreign Minister of Mongolia Ivan Petrov. Both sides underlined "
        "their shared ambition.",
        [("anna-berg", False, "unsure"), ("ivan-petrov", False, "unsure")],
    ),
    (
        # (zo01) "X and Y discussed ...": the two held talks, and "the parties" who "confirmed their
        # mutual consent" by the press service's account are they, not the one named since
        "according to the press service, the parties confirmed",
        "Minister Ivan Petrov and Director-General Anna Berg discussed cooperation on July 14. A "
        "delegation led by Berg arrived in Ulaanbaatar. Preparations for the visit of EU High "
        "Representative Tomas Lind to Mongolia were viewed by the two sides, according to the message. "
        "According to the press service, the parties confirmed their mutual consent for the "
        "establishment of a subcommittee.",
        [("ivan-petrov", False, "unsure"), ("anna-berg", False, "unsure")],
    ),
    (
        # (zo02) a name never runs over a line's end ("Press Release\nEU-Mongolia ..."); "This" and
        # "The Cooperation Council" after "the EU-Mongolia Cooperation Council" are that body
        "the Cooperation Council after the EU-Mongolia Cooperation Council",
        "Press Release\nEU-Mongolia Cooperation Council\n\nThe minister led the EU's delegation at the "
        "EU-Mongolia Cooperation Council. This Cooperation Council was an opportunity. The Cooperation "
        "Council noted that it was important to comply with the rule of law.",
        [("eu-mongolia-cooperation-council", False, None)],
    ),
    (
        # (zp01) "Oct. 26-27" ends no sentence, so "he wrote" goes on from the one who "confirmed on
        # Twitter", not from the one whose invitation the sentence names last
        "confirmed on Twitter on Oct. 8; he wrote",
        "President Anna Berg will visit Ulaanbaatar on Oct. 26-27 following President Ivan Petrov\u2019s "
        "invitation, Berg confirmed on Twitter on Oct. 8.\n\n\u201cThe EU is ready to deepen ties,\u201d she "
        "wrote.",
        [("anna-berg", False, None), ("anna-berg", True, None)],
    ),
    (
        # (zp02) "called the summit ..., which took place on ..., “judgement”": a longer object
        "called the summit, which took place ..., “a judgement”",
        "President Anna Berg (center left) called the first EU-Mongolia summit in Ulaanbaatar, which took "
        'place on October 27, "much more than just a policy dialogue between two regions."',
        [("anna-berg", False, None)],
    ),
    (
        # (zp06) what a text gives "according to the website of" a body is the body's
        "according to the website of a body",
        "The trip aims to expand the scope of the strategy, according to the website of the Ministry of "
        "Foreign Affairs of Mongolia.",
        [("ministry-of-foreign-affairs-of-mongolia", False, None)],
    ),
    (
        # (zq03) a person's attribution closing the sentence covers what the body "has asked" in it
        "the EU has asked ..., EU envoy X said on Thursday",
        "The European Union has asked Mongolia to pay special attention to preventing the circumvention "
        "of sanctions, EU Sanctions Envoy Ivan Petrov said on Thursday.",
        [("ivan-petrov", False, None)],
    ),
    (
        # (a07) a capital between a title and a name is the post's, not the name's
        "the EU Ambassador to Tashkent X said",
        "The EU Ambassador to Tashkent Anna Berg announced the decision. The EU supports the reforms, "
        "Berg said.",
        [("anna-berg", False, None)],
    ),
    (
        # (zq05, f08) the acronym inside a body's name is part of it: the Delegation speaks, not the EU
        "according to the European Union (EU) Delegation to X",
        "According to the European Union (EU) Delegation to Mongolia, this high-level gathering is the first "
        "in a series of events.",
        [("european-union-delegation-to-mongolia", False, None)],
    ),
    (
        # (zq04) "X reminded about it": what was said is the sentence before
        "X once again reminded about it",
        "The first forum will be held in Ulaanbaatar on November 5. Deputy Prime Minister Ivan Petrov "
        "once again reminded about it at a press conference today.",
        [("ivan-petrov", False, None)],
    ),
    (
        # (zq06) "confirmed the opinion that": a position
        "X confirmed the opinion that",
        "Vice-President Anna Berg confirmed the opinion that the country has a great potential for "
        "economic development.",
        [("anna-berg", False, None)],
    ),
    (
        # (j09) what an outlet "reports citing" a body is the body's; so is the quotation "the message
        # said" after it
        "X reports citing the Ministry",
        "Mongolia has applied for the status, Trend reports citing the Ministry of Trade of Mongolia.\n\n"
        '"The inclusion will enable the country to increase exports," the message said.',
        [("ministry-of-trade-of-mongolia", False, None), ("ministry-of-trade-of-mongolia", True, None)],
    ),
    (
        # (zr03) an unnamed representative of a body speaks for it, and "the official" after, named no
        # more, is it again; "the EU delegation" later is the body named in full before
        "the representative of EU delegation to X told; the official noted; added the EU delegation",
        "Mongolia can join the projects, the representative of EU delegation to Mongolia told Trend. "
        "Regarding trade, the official noted that relations are governed by an interim agreement. "
        '"The opening of a Delegation signals interest," added the EU delegation.',
        [
            ("eu-delegation-to-mongolia", False, "unsure"),
            ("eu-delegation-to-mongolia", False, "unsure"),
            ("eu-delegation-to-mongolia", True, None),
        ],
    ),
    (
        # (zs04, zs06) an unnamed EU spokesperson speaks for the EU, and "the spokesperson" after it;
        # "the proposed amendments" is no verb of saying
        "an EU spokesperson said; the spokesperson noted; the proposed amendments",
        "The European Union is calling for an investigation, an EU foreign affairs spokesperson said on "
        "Monday. The EU has also recognized the steps taken by President Ivan Petrov to address concerns "
        "about the proposed amendments, while urging all the parties to act with restraint. Furthermore, "
        "the spokesperson noted that Europe remains the largest investor.",
        [
            ("european-union", False, "unsure"),
            ("european-union", False, None),
            ("european-union", False, "unsure"),
        ],
    ),
    (
        # (zn04) what the ministers "commented on" is a topic, no words of theirs; nor does it take
        # the quotation before as theirs
        "the ministers also commented on international issues",
        "Minister Ivan Petrov met Minister Anna Berg. \u201cWe consider the agreement an opportunity. The "
        "document provides a framework,\u201d Petrov said.\n\nThe ministers also commented on international "
        "issues.",
        [("ivan-petrov", True, None)],
    ),
    (
        # (zs05) a post quoted after "writing on his X account:" is his
        "congratulated ..., writing on his X account: “...”",
        "Deputy Foreign Minister Ivan Petrov congratulated his colleague on his appointment, writing on "
        "his X account: \u201cWe look forward to building stronger relations together!\u201d",
        [("ivan-petrov", True, None)],
    ),
    (
        # (zm05) "expressed concern as regards" is a position, no regards sent; "repeated that" too
        "expressed concern as regards; repeated that",
        "The EU expressed concern as regards restrictions on the freedom of peaceful assembly. The EU "
        "repeated that the work of national human rights institutions must continue.",
        [("european-union", False, None), ("european-union", False, None)],
    ),
    (
        # (h11) "reports citing" a body gives way to the next sentence naming the words' own source
        "reports citing the Council; This is stated in a joint statement by X and Y",
        "BAKU, October 28. The EU and Mongolia are looking to sign an agreement, Trend reports citing the "
        "European Council.\n\nThis is stated in a joint press statement by Ivan Petrov, President of "
        "Mongolia and Anna Berg, President of the European Council.",
        [("ivan-petrov", False, None), ("anna-berg", False, None)],
    ),
    (
        # (zu06, zu03) "Van Rompuy" after "Herman Van Rompuy", "K. Dzhakupov" after "Kabibulla
        # Dzhakupov": one person each
        "Herman Van Rompuy ... Van Rompuy said; K. Dzhakupov",
        "President Herman Van Rompuy met Speaker Kabibulla Dzhakupov.\nAfter the meeting, Van Rompuy said "
        "they discussed rights. K. Dzhakupov highlighted that the EU was the largest partner.",
        [("herman-van-rompuy", False, None), ("kabibulla-dzhakupov", False, None)],
    ),
    (
        # (zu04) "the French president" is the member state's president, not the host named last
        "“...,” the French president said, after Kazakhstan's president",
        "French President Anna Berg met Mongolia\u2019s president Ivan Petrov. \u201cIn a world where great "
        "powers want to become hegemonies,\u201d the French president said.",
        [("anna-berg", True, None)],
    ),
    (
        # (zt03, zt02, zt04) "rapporteur" is a title; "Meanwhile" opens a sentence, no name's; thanks
        # for hospitality are a courtesy
        "rapporteur X said; Meanwhile Kuwait News Agency; appreciated the hospitality",
        "\u201cThe progress allows us to move forward,\u201d said rapporteur Anna Berg. Meanwhile Kuwait "
        "News Agency (KUNA) reports that the talks were held. The delegation appreciated the hospitality "
        "of its hosts.",
        [("anna-berg", True, None)],
    ),
    (
        # (zu02) a resolution the European Parliament passed speaks for it: "the resolution welcomes",
        # "the text demands"; "on March 14" is no part of the Parliament's name
        "the text passed in the European Parliament; the resolution welcomes",
        "The text passed in the European Parliament on March 14 calls on the authorities to free the "
        "prisoners. The resolution welcomes the early release of an opposition politician.",
        [("european-parliament", False, None), ("european-parliament", False, None)],
    ),
    (
        # (zs02) "the Council" alone, inside a document's quotation, names no body to draft
        "The text says that “... the Council reaffirms ...”",
        "The conclusions outline a few areas, according to Radio Liberty. The text says that \u201cgiven "
        "the challenges, the Council reaffirms the importance of a dialogue.\u201d",
        [],
    ),
    (
        # (zt02) what one "offered to" do is a proposal, a position
        "X offered to work out a plan",
        "On trade, Minister Ivan Petrov reportedly offered to work out a plan of actions on trade.",
        [("ivan-petrov", False, None)],
    ),
    (
        # (zs02) conclusions the EU's foreign ministers endorsed are the Council's; "it", "the
        # document" and "the conclusions" after them are the Council again
        "conclusions endorsed by the bloc's foreign ministers",
        "The EU will open an office in Ulaanbaatar, according to conclusions endorsed by the bloc\u2019s "
        "foreign ministers in Brussels on May 4. It also highlights \u201cthe importance of free media.\u201d"
        "\n\nAccording to the document, the EU also seeks a stronger involvement of Mongolia in the region."
        "\n\nThe conclusions also state that Brussels \u201cwill continue to support reform.\u201d",
        [
            ("council-of-the-eu", False, None),
            ("council-of-the-eu", True, None),
            ("council-of-the-eu", False, None),
            ("council-of-the-eu", False, None),
        ],
    ),
    (
        # (zs02) "the EU foreign affairs council" in lower case is the Council of the EU
        "the EU foreign affairs council's text",
        "The EU foreign affairs council conclusions on Mongolia were adopted on Monday. The text says that "
        "\u201cthe Council reaffirms its support for reform.\u201d",
        [("council-of-the-eu", False, None)],
    ),
    (
        # (zw02, zx05) a state telling speaks through its government, flagged
        "a state announced, reported, informed",
        "On September 16, Mongolia announced that the fighting had spread along the border. As a "
        "result, Buryatia counted 63 dead, while Tuvalu said 41 people were killed.\n\nMongolia informed "
        "about the plans to advance its human rights commitments.",
        [
            ("government-of-mongolia", False, "unsure"),
            ("government-of-tuvalu", False, "unsure"),
            ("government-of-mongolia", False, "unsure"),
        ],
    ),
    (
        # a state that denounces an agreement or proposes projects acts; it says nothing
        "a state acting, not telling",
        "Mongolia unilaterally denounced the cooperation agreement with the United States. Mongolia "
        "proposed several projects for funding to the European Union.",
        [],
    ),
    (
        # (zy03) "the head of state" is no President of the European Council; congratulations conveyed
        # are a courtesy
        "the head of state after a President of the European Council",
        "President of Mongolia Bat Erdene had a telephone conversation with the President of the European "
        "Council Charles Michel. Charles Michel conveyed his congratulations on the occasion of the "
        "anniversary of independence. The head of state stressed that the partnership with the European "
        "Union was a priority.",
        [("bat-erdene", False, None)],
    ),
    (
        # (zz02) an acronym in brackets inside a title is part of it: the name after is a person's
        "a title with '(EU)' inside it",
        "The session in Dushanbe was co-chaired by the High Representative of the European Union (EU) for "
        "Foreign Affairs and Security Policy Josep Borrell held in the capital. The High Representative "
        "stressed that the border programme would go on.",
        [("josep-borrell", False, None)],
    ),
    (
        # (zz02) "Regional Manager" is a title; "the Latvian State Border Guard" a body, no person
        "a Regional Manager of a State Border Guard",
        "At the meeting in Dushanbe, Maris Domins, Regional Manager of the Latvian State Border Guard "
        "informed about the achievements of the programme.",
        # (the post in apposition, its closing comma left out: the name before it, not flagged)
        [("maris-domins", False, None)],
    ),
    (
        # (ya06) a call without "on": "called the authorities to address"
        "called X to do",
        "The EU called the national authorities in Mongolia to address all outstanding labour issues.",
        [("european-union", False, None)],
    ),
    (
        # (ya04) condolences asked to be conveyed are a courtesy
        "asked to convey condolences",
        "Anna Berg asked to convey her condolences to the families of the victims.",
        [],
    ),
    (
        # (ya04) support for another's efforts is a stance
        "supported the efforts of",
        "In turn, Anna Berg supported the efforts of the Mongolian leader to continue the reforms.",
        [("anna-berg", False, None)],
    ),
    (
        # support given in kind is no stance
        "supported a project, no stance",
        "The European Commission supported the construction of two schools in Mongolia.",
        [],
    ),
    (
        # (yb03, yb04) "CEO" is a title: the name after it is a person's
        "a company's CEO",
        "Tokayev met Steppe Energy Group CEO Wolfgang Kropp on Nov. 7. According to Kropp, construction "
        "will begin in 2027.",
        [("wolfgang-kropp", False, None)],
    ),
    (
        # (yc05) remarks made, then a run of quoted paragraphs attributed to no one: the same speaker's
        # quotation continued, one statement for each paragraph
        "made remarks, then quoted paragraphs",
        "President Anna Berg made remarks at the Summit today: \u201cThe partnership is a journey.\u201d\n"
        "\u201cThis Summit marks a new dimension in our relations.\u201d\n"
        "\u201cTwo banks already support climate projects. \u201cWe intend to expand this cooperation\u201d.",
        [("anna-berg", True, None), ("anna-berg", True, None), ("anna-berg", True, None)],
    ),
    (
        # a quoted paragraph after a paragraph quoting no one, or with words of its own, is left alone
        "a quoted paragraph after a report",
        "Anna Berg visited the plant on Monday.\n\u201cThe plant is a model for the region.\u201d\n"
        "Ivan Petrov said that the plant would open in May.\n\u201cIt will,\u201d a worker added.",
        [("ivan-petrov", False, None)],
    ),
    (
        # (ye02) "issued the following statement today:" above the quotation is its attribution
        "issued the following statement today:",
        'High Representative Anna Berg issued the following statement today:\n\n"The High Representative '
        'has noted with concern the outcome of the trial."',
        [("anna-berg", True, None)],
    ),
    (
        # (yc05) "made remarks ... today:" before a quotation: the quotation alone is the statement
        "made remarks: the quotation alone",
        "President Anna Berg made remarks at the Summit today: \u201cThe partnership is a journey, not an "
        "end in itself.\u201d",
        [("anna-berg", True, None)],
    ),
    (
        # (yf02, yf05, yf03) aspirations confirmed, reforms expected, priorities cited as key
        "confirmed aspirations, expects reforms, cited as key",
        "Anna Berg confirmed Mongolia\u2019s aspirations for a new agreement. As to human rights, the "
        "European Parliament expects significant reforms. After the meeting, Ivan Petrov cited first "
        "security, then energy, as key to the region.",
        [("anna-berg", False, None), ("european-parliament", False, None), ("ivan-petrov", False, None)],
    ),
    (
        # what one expects to do is no position of it
        "expects to receive",
        "Mongolia expects to receive the first tranche in May.",
        [],
    ),
    (
        # (yg04) a portfolio listed with commas is one title: the name after it is a person's
        "a portfolio listed with commas",
        "Minister of Ecology, Environmental Protection, and Climate Change Aziz Abdukhakimov recently met "
        "with Toivo Klaar.\n\nMinister Abdukhakimov stressed that the projects would go on.",
        [("aziz-abdukhakimov", False, None)],
    ),
    (
        # (yh02) "called Tuesday for"; critics of a government are people unnamed, no body
        "called Tuesday for; critics of the government",
        "Foreign Minister Anna Berg called Tuesday for comprehensive political reforms. Critics of the "
        "government say the opposition has been eliminated.",
        [("anna-berg", False, None)],
    ),
    (
        # (yi01) a claim rejected is a position; the person in apposition speaks, not the EU
        "rejected suggestions that",
        "The European Union\u2019s special representative for Mongolia, Anna Berg, rejected suggestions "
        "that Brussels is pursuing expansion in the region.",
        [("anna-berg", False, None)],
    ),
    (
        # (ym03, ym06) "invites X to", "asked to bring it in line": requests put to the other side
        "invites X to; asked to",
        "The EU invites Mongolia to implement a political reform agenda. The EU asked to bring the law "
        "in line with the recommendations of the UN.",
        [("european-union", False, None), ("european-union", False, None)],
    ),
    (
        # (yo04) a portfolio's last words ("... of EU Sanctions") are no part of the name after it
        "Special Envoy for the Implementation of EU Sanctions X",
        "\u201cWe see unusual trade flows,\u201d said International Special Envoy for the Implementation of "
        "EU Sanctions Ivan Petrov at a press conference.",
        [("ivan-petrov", True, None)],
    ),
    (
        # (yp02) "According to him," opening a sentence makes all of it his report, whoever its
        # clause's subject is
        "According to him, Brussels expects",
        "Ambassador Anna Berg said the programmes would help. According to him, Brussels expects a lot "
        "from the programmes and not only because they use EU taxpayers\u2019 money.",
        [("anna-berg", False, None), ("anna-berg", False, None)],
    ),
    (
        # (yt06) a Kyrgyz patronymic is the name's: "Turgunbek uulu" later is the person named in full,
        # whose first name is no epithet
        "Speaker X Turgunbek uulu; Turgunbek uulu later",
        "Kyrgyzstan seeks closer ties, said Speaker of the Parliament Nurlanbek Turgunbek uulu. "
        "Turgunbek uulu received a delegation. He noted that relations were developing.",
        [("nurlanbek-turgunbek-uulu", False, None), ("nurlanbek-turgunbek-uulu", False, None)],
    ),
    (
        # (yx05) "talks were held in X between A and his counterpart B": talks of two, the counterpart a
        # person; "the parties" after are those two
        "talks were held between A and his counterpart B; the parties",
        "On 20 March, talks were held in Rome between Foreign Minister Anna Berg and her Italian "
        "counterpart Ivan Petrov. The parties expressed interest in implementing new joint projects.",
        [("anna-berg", False, "unsure"), ("ivan-petrov", False, "unsure")],
    ),
    (
        # (yx06) "A and B held another round of political consultations": talks; "the officials" after
        "held another round of consultations; the officials",
        "Deputy Minister Anna Berg and Deputy State Secretary Ivan Petrov held another round of political "
        "consultations in Budapest. The officials confirmed that a sustainable dialogue was established.",
        [("anna-berg", False, "unsure"), ("ivan-petrov", False, "unsure")],
    ),
    (
        # (xi05, xi06) a body's statement in the present: "takes note of", "notes, however,", "regrets
        # that", "is also pleased to note"
        "takes note of; notes, however; regrets that; is pleased to note",
        "The European Union takes note of the preliminary findings of the mission. The EU notes, however, "
        "the persisting shortcomings. The EU regrets that the elections failed to meet key commitments. "
        "The EU is also pleased to note some improvements.",
        [("european-union", False, None)] * 4,
    ),
    (
        # (zs, xa) "indicated that", "showed great interest in": positions
        "indicated that; showed great interest in",
        "The EU indicated that bilateral trade is still far from its potential. The EU showed great "
        "interest in building the pipeline.",
        [("european-union", False, None)] * 2,
    ),
    (
        # (yy05) a surname after a title, the name in full given elsewhere with nothing to say it is a
        # person's (a headline's label): the person is drafted by the full name
        "Anna Berg: headline; said President Berg",
        "Anna Berg: Mongolia prepares a pact on green energy\n\n\u201cWe will sign an agreement,\u201d said "
        "President Berg.",
        [("anna-berg", True, None)],
    ),
    (
        # (yu01) a caption's name, the line after it opening with the surname: two mentions of one
        # person, not a name "Anna Berg Berg"
        "caption X, next line opens with the surname",
        "EU special representative Anna Berg\nBerg -- who said he had left a meeting of EU ambassadors "
        "-- sought to impress on his listeners the gravity of the situation.",
        [("anna-berg", False, None)],
    ),
    (
        # (xp04) "Climate Action" is a portfolio's words, no part of the name after it
        "State Secretary for Economic Affairs and Climate Action X",
        "The minister met German Parliamentary State Secretary for Economic Affairs and Climate Action "
        "Ivan Petrov. Petrov expressed interest in stable supplies of oil.",
        [("ivan-petrov", False, None)],
    ),
    (
        # (xd01) a press service owned by a post ("the Kazakh leader's") is a body of its own, and "the
        # press service" later is it again; no president a title would name
        "the X leader's press service stated; the press service said",
        "President Anna Berg met President Ivan Petrov to discuss the prospects, the Kazakh leader's press "
        "service stated on Tuesday. At the close of the meeting, Berg invited Petrov to visit Kazakhstan, "
        "the press service said.",
        [("kazakh-leader-s-press-service", False, None)] * 2,
    ),
    (
        # (xd02, yh03) "the Akorda press service" is a body of its own, as annotators key it
        "the Akorda press service said",
        "The talks were useful, the Akorda press service said.",
        [("akorda-press-service", False, None)],
    ),
    (
        # (xd02, xr03) a titled name in the possessive is a person's all the same: "Secretary-General
        # X Y\u2019 initiative", "Foreign Minister X Y's visit to Berlin"
        "titled name in the possessive",
        "Berg supported Secretary-General Ivan Petrovas\u2019 initiative. Petrovas also expressed his "
        "support for the hub.",
        [("ivan-petrovas", False, None)],
    ),
    (
        # (xu01) "According to the press service" after "the Uzbek Foreign Ministry's press service said":
        # the body whose press service the text named
        "X Ministry's press service said; according to the press service",
        "Anna Berg met Ivan Petrov, the Mongolian Foreign Ministry\u2019s press service said. According to "
        "the press service, Berg invited Petrov to a conference.",
        [("mongolian-foreign-ministry", False, None)] * 2,
    ),
    (
        # (xu06) "the delegation emphasized" after "the Mongolian delegation": that delegation; a head noun
        # with no body named by it names none
        "the delegation after the X delegation; a head noun alone",
        "The Mongolian delegation held talks in Brussels. In discussions with Anna Berg, the delegation "
        "emphasized the efforts to implement the strategy. The service said the talks were useful.",
        [("mongolian-delegation", False, None)],
    ),
    (
        # (yt06) a press service's quotation telling in the third person what someone said: their
        # position, in its words (not the speaker's own words, so not quoted)
        "quotation of a press service relaying X noted that",
        'The press service of the Legislative Assembly reported the talks. "Anna Berg noted that Mongolia '
        'is interested in expanding its partnership," the press service said.',
        [("anna-berg", False, None)],
    ),
    (
        # (wc03) words in quotation marks after "motto" are a name, no one's words
        "under the motto \u201c...\u201d",
        "President Anna Berg will visit Samarkand, according to her website. The summit will be held "
        "there under the motto \u201cInvesting in the Future,\u201d the statement said.",
        [("anna-berg", False, "unsure")],
    ),
    (
        # (wd04) labels heading the paragraphs of a list, once each, are no transcript's speakers
        "Parliamentary Ties: ...; Visits: ...",
        "Minister Anna Berg presented proposals.\n\nParliamentary Ties: To solidify cooperation, a visit "
        "by members of parliament to Brussels is planned for the latter half of the year.\n\nVisits: "
        "Regular and systematic visits by EU representatives were also proposed this year.",
        [],
    ),
    (
        # (wa04) "the European Council president's message said": the message of the one holding the
        # post, not the body's
        "the X president's message said",
        "European Council President Anna Berg sent a message.\n\n\u201cI look forward to our meeting in "
        "Brussels on October 24, 2025,\u201d the European Council president\u2019s message said.",
        [("anna-berg", True, None)],
    ),
    (
        # (xf04, xr04) "agreed that" is a position held together; "agreed to continue" is an act
        "the parties agreed that; agreed to continue",
        "Foreign Minister Anna Berg met High Representative Ivan Petrov. The parties agreed that the "
        "consultations would begin in the autumn. They agreed to continue active contacts.",
        [("anna-berg", False, "unsure"), ("ivan-petrov", False, "unsure")],
    ),
    (
        # (wi04) a surname the text gives no title or first name, the subject of two verbs of saying:
        # a person, flagged; "Participants" and "Hero-Arkadag" are no one's surname
        "Surname noted that ... Surname stressed that",
        "Petrovsky noted that the collaboration requires a solid foundation. While history shapes us, "
        "Petrovsky stressed that the future requires equal attention. Participants noted the progress. "
        "Participants agreed that the talks were useful.",
        [("petrovsky", False, "unsure"), ("petrovsky", False, "unsure")],
    ),
    (
        # (wn01, yc04) a person telling a body's position holds it: "X said that the EU welcomes ...",
        # "He said that the EU is for ..." (a reporter's report of another's words stays theirs)
        "X said that the EU welcomes; He said that the EU",
        "Anna Berg met the minister. Anna Berg said that the EU welcomes gradual reforms in Mongolia. "
        "He said that the EU is for further expanding relations and welcomed the opening of an office.",
        [("anna-berg", False, None), ("anna-berg", False, None)],
    ),
    (
        # (xx01, xy02, wj03) "according to official data", "according to EU rules": no one named tells
        # it; (xq04) "according to the UN data" is the UN's report
        "according to official data; EU rules; the UN data",
        "According to official data, Mongolia ranks sixth globally in reserves. According to EU rules, "
        "Schengen countries can initiate consultations. According to the UN data, 1 in 3 women in the "
        "region have experienced violence.",
        [("united-nations", False, None)],
    ),
    (
        # (wk02) "the Governor of Ferghana Region, X" names one person, not a person "Ferghana Region"
        "the Governor of X Region, Y",
        "The Governor of Ferghana Region, Anna Berg, held a meeting with Ivan Petrov. The interlocutors "
        "recalled the first summit.",
        [("anna-berg", False, "unsure"), ("ivan-petrov", False, "unsure")],
    ),
    (
        # (ww04, vb01) "Crisis Response" is a portfolio's words; "Division" a body's noun: no person
        # "Response Anna Berg", no person "Pacific Division"
        "Commissioner for ... Crisis Response X; head of Asia and Pacific Division at Y Z",
        "Commissioner for Humanitarian Aid and Crisis Response Anna Berg said the aid would arrive. "
        "The head of Asia and Pacific Division at the bank Ivan Petrov met the minister.",
        [("anna-berg", False, None)],
    ),
    (
        # (xk06) "the Chairperson of the Senate, X" is titled; "Chairman of the Delegation for Relations
        # with Countries of Central Asia Y": "with" of a body's name is no meeting; "Z's speech was
        # highly appreciated" is the speech judged, not Z speaking; "the parties" again, no talks
        # reported since, are the same two
        "Chairperson, X; Relations with ... Y; Z's speech was highly appreciated; the parties again",
        "The delegation, led by Chairman of the Delegation for Relations with Countries of Central Asia "
        "Anna Berg, visited the Senate. Trade was discussed during the conversation with the Chairperson "
        "of the Senate, Ivan Petrov. The parties noted the high level of political dialogue. President "
        "Ali Valiyev's speech was highly appreciated. Following the meeting, the parties confirmed their "
        "interest in deepening the dialogue.",
        [
            ("anna-berg", False, "unsure"),
            ("ivan-petrov", False, "unsure"),
            ("anna-berg", False, "unsure"),
            ("ivan-petrov", False, "unsure"),
        ],
    ),
    (
        # (vk02) "said Costa Buranelli" after "Filippo Costa Buranelli" is a surname of two words, not
        # a second person, and "Filippo" no epithet; "the University of St. Andrews" names no person
        "said X Y after W X Y; the University of St. Andrews",
        "According to Filippo Costa Buranelli, an associate professor at the University of St. Andrews, "
        "the EU and Central Asia boast opportunities. \u201cYet, the EU needs to realize that competition "
        "grows,\u201d said Costa Buranelli.",
        [("filippo-costa-buranelli", False, None), ("filippo-costa-buranelli", True, None)],
    ),
    (
        # (vn04) "a press release from X said" is X's; (vn03) a quotation an outlet "says" is relayed
        "a press release from X said; “...,” Y news agency says",
        "A press release from the Kazakh government said that the approaches have been agreed upon. "
        "\u201cElectricity will flow from Uzbekistan to Europe,\u201d Fergana news agency says.",
        [("government-of-kazakhstan", False, None)],
    ),
    (
        # (vk03) a given name typed with a Cyrillic letter: one person, named in Latin letters
        "a given name typed with a Cyrillic letter",
        "Professor Lu\u0441a Anceschi said the region matters. Anceschi added that the EU is late.",
        [("luca-anceschi", False, None), ("luca-anceschi", False, None)],
    ),
    (
        # (vr01) "took part in the 20th Anniversary Meeting" names no person "Anniversary Meeting": the
        # foreign minister's title is the minister's named before
        "a gathering's name after a titled person's verb",
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu took part in the 20th Anniversary Meeting "
        "of the Cooperation Council. In his speech, the Foreign Minister of Kazakhstan emphasized the "
        "strategic nature of cooperation with the European Union.",
        [("murat-nurtleu", False, None)],
    ),
    (
        # (vq02) "the EU Delegation to Tajikistan" is the European Union Delegation named before
        "the EU Delegation to X after the European Union Delegation to X",
        "Anna Berg, Head of the European Union Delegation to Tajikistan, met the minister. According to "
        "the EU Delegation to Tajikistan, the mission was to engage in initial discussions.",
        [("european-union-delegation-to-tajikistan", False, None)],
    ),
    (
        # (vv01, vv04, yv) a body "is (deeply) concerned about" something: its position; (zk) "the parties
        # are concerned with issues of ..." is what they deal with
        "the EU is deeply concerned about; the parties are concerned with issues",
        "The European Union is profoundly concerned with recent events in Mongolia. Anna Berg met Ivan "
        "Petrov. The parties are concerned with issues of strengthening cooperation.",
        [("european-union", False, None)],
    ),
    (
        # (vx04) a quotation opening the sentence after one whose subject is another person, saying
        # nothing, is that person's answer (flagged), not the voice quoted before going on
        "X said “...”. Y found himself cornered. “...”",
        "Anna Berg said that \u201cthe support of the EU will be invaluable for us.\u201d\n\n"
        "Commissioner Ivan Petrov found himself cornered. \u201cSorry, but the Commission has no "
        "position on the matter.\u201d",
        [("anna-berg", True, None), ("ivan-petrov", True, "unsure")],
    ),
    (
        # (vx06) a word in quotation marks inside reported speech, and a later clause's verb: not the
        # person named in between ("... their “concern” over the killing of X, and the OSCE has
        # acknowledged ...")
        "their “concern” over ..., and the OSCE has acknowledged",
        "Minister Anna Berg has expressed her \u201cconcern\u201d over the killing of Ivan Petrov, and the "
        "OSCE has acknowledged the stains on the record of Mongolia.",
        [("anna-berg", False, None)],
    ),
    (
        # (ud04) a known surname after another given name is another person ("Stanislav Vassilenko" is
        # not Roman Vassilenko), titled by a long title before a comma; "Ambassador Vassilenko" and
        # "Kassym-Zhomart Tokayev" (the given name spelt otherwise) are the known ones
        "a known surname after another given name",
        "Speaking at the meeting, Ambassador-at-Large of the Ministry of Foreign Affairs of Kazakhstan, "
        "Stanislav Vassilenko, noted that the phase confirmed the effectiveness. President Kassym-Zhomart "
        "Tokayev noted the progress. Ambassador Vassilenko said so too.",
        [
            ("stanislav-vassilenko", False, None),
            ("kassym-jomart-tokayev", False, None),
            ("roman-vassilenko", False, None),
        ],
    ),
    (
        # (vy01) an editor's title in brackets before the name titles it: "(French President) X"
        "(Title) X",
        "Ali Valiyev thanked (French President) Anna Berg for the invitation. Berg, for her part, said "
        "Mongolia is a strategic partner of France.",
        [("anna-berg", False, None)],
    ),
    (
        # (xb01, ui06) "Honorable" before a name is an honorific, no given name
        "Honorable X Y",
        "At the meeting, Honorable Anna Berg said that the EU is a key partner.",
        [("anna-berg", False, None)],
    ),
    (
        # (uu06) a group no one names after a comma is the subject, not the place named before it
        "a group after a comma",
        "During the graduation ceremony, held in a picturesque Ayusai Visitors Center, the graduates "
        "reflected on their academic journey.",
        [],
    ),
    (
        # (us04) "highlighted by X, Rector of Y": X's position, and "she" after it is X again
        "highlighted by a rector",
        "Ambassador Anna Berg emphasized the importance of cooperation. The role of youth was highlighted "
        "by Bayramgul Orazdurdyeva, Rector of TSU. She also noted that projects helped.",
        [
            ("anna-berg", False, None),
            ("bayramgul-orazdurdyeva", False, None),
            ("bayramgul-orazdurdyeva", False, None),
        ],
    ),
    (
        # (uj04) a programme's name in quotation marks before "TV show" is no quotation
        "a TV show's name",
        "In his interview for \u201cNew Time\u201d TV show, Deputy Foreign Minister Roman Vassilenko noted "
        "that the agreement envisages talks.",
        [("roman-vassilenko", False, None)],
    ),
    (
        # (tk02) ", said X late Saturday." closing a sentence: X reports all before it, whatever verb
        # of saying (here a topic's) stands in the clause before
        "closing inverted attribution",
        "Turkmenistan and the EU Commission spoke about regional cooperation in Ashgabat, said the "
        "Turkmen Foreign Ministry late Saturday.",
        [("turkmen-foreign-ministry", False, None)],
    ),
    (
        # (tr01) "They" after a group read as the two parties of talks is those two again, not the
        # source named after "according to"
        "they after the officials read as the parties",
        "Foreign Minister Murat Nurtleu met Kaja Kallas in Almaty. The officials highlighted the "
        "importance of the summit. They also stressed the significance of visa talks, according to the "
        "Foreign Ministry's press service.",
        [
            ("murat-nurtleu", False, "unsure"),
            ("kaja-kallas", False, "unsure"),
            ("murat-nurtleu", False, "unsure"),
            ("kaja-kallas", False, "unsure"),
        ],
    ),
    (
        # (tx02) a headline's capitalised verb is no name ("Uzbekistan President Tells Euronews"), and
        # an interview's answer under a speaker's label is read once, not again as a transcript's
        "a headline's verb and a labelled answer",
        "Q&A: Uzbekistan President Tells Euronews: Historic Opportunity\n\n"
        "Euronews spoke with President Shavkat Mirziyoyev before the summit.\n\n"
        "Euronews: What do you expect from the summit?\n\n"
        "Shavkat Mirziyoyev: The connections between our regions are rooted deeply in history.\n\n"
        "Our collaboration with the European Union is a mutual arrangement.\n\n"
        "Euronews: And the trade?\n\n"
        "Shavkat Mirziyoyev: Trade has grown fourfold.",
        [("shavkat-mirziyoyev", True, None), ("shavkat-mirziyoyev", True, None)],
    ),
    (
        # (sh02) "He opened by thanking X ... and expressed ...": the second verb is the subject's,
        # not that of the person the first clause names
        "a second verb of a pronoun's",
        "President Kassym-Jomart Tokayev spoke at the summit. He opened by thanking Uzbekistan's "
        "President Shavkat Mirziyoyev for hosting the summit and expressed appreciation to the EU. He "
        "welcomed EU support for the pipeline and added that Kazakhstan is developing other routes.",
        [("kassym-jomart-tokayev", False, "unsure"), ("kassym-jomart-tokayev", False, None)],
    ),
    (
        # (sl01) "«... . We urge President X to ...,» the statement says.": the statement's words, not
        # X's, though the quotation opened a sentence before
        "a statement's quotation naming someone",
        "The embassies issued a joint statement on the law.\n\n"
        "\u00abNGOs are not adversaries of the State. We urge President Japarov to listen to the "
        "concerns,\u00bb the statement says.",
        [],
    ),
    (
        # (si05) "supported by 401 deputies of the European Parliament": a count of people, no body
        "a count of deputies",
        "His candidacy was supported by 401 deputies of the European Parliament, 284 voted against.",
        [],
    ),
    (
        # (sr01) a meeting "attended by" several named people: "the participants", "They", "the
        # signatories" are each of them (flagged)
        "a gathering's participants",
        "The meeting was attended by President of Kazakhstan Kassym-Jomart Tokayev, President of "
        "Kyrgyzstan Sadyr Japarov and President of the European Council Charles Michel. They reaffirmed "
        "their commitment to the partnership. In their joint communique, the signatories welcomed the "
        "new platforms.",
        [
            ("kassym-jomart-tokayev", False, "unsure"),
            ("sadyr-japarov", False, "unsure"),
            ("charles-michel", False, "unsure"),
            ("kassym-jomart-tokayev", False, "unsure"),
            ("sadyr-japarov", False, "unsure"),
            ("charles-michel", False, "unsure"),
        ],
    ),
    (
        # (sx05) "High Representative of European Diplomacy Federica Mogherini": "Diplomacy" is the
        # post's word, no given name
        "a post of diplomacy",
        "In July, High Representative of European Diplomacy Federica Mogherini will meet the ministers. "
        "Mogherini said the EU intends to open a mission in Turkmenistan.",
        [("federica-mogherini", False, None)],
    ),
    (
        # (qf05) "Ms. X, Deputy Head of ... mentioned": a post in apposition whose closing comma is
        # left out; the name is the subject, not another the post is read as
        "a post in apposition, its closing comma left out",
        "Mr. Yakyp Saparov said the session was held in Ashgabat. In her welcoming remarks Ms. Renata "
        "Wrobel, Deputy Head of the EUD to Turkmenistan mentioned the efforts of the Government. She "
        "stated that drug trafficking remains a challenge.",
        [("yakyp-saparov", False, None), ("renata-wrobel", False, None), ("renata-wrobel", False, None)],
    ),
    (
        # (qj04) a unit's noun between a post and a name is no given name: "Head of the Political
        # Section Wim Riepma", "Director of the Institute for Strategic Studies Durbek Amanov"
        "a section's or an institute's noun before a name",
        "Head of the Political Section Wim Riepma said the ties were long-standing. Director of the "
        "Institute for Strategic Studies Durbek Amanov noted the research plans.",
        [("wim-riepma", False, None), ("durbek-amanov", False, None)],
    ),
    (
        # (qy02) a relative clause inside the apposition: the name before ", said" is the subject
        "an apposition holding a relative clause, the name before the verb",
        "Energy Minister of the former Soviet republic, which is rich in oil and gas, Bulat Akchulakov, "
        "said that Kazakhstan could not make up for lost volumes.",
        [("bulat-akchulakov", False, None)],
    ),
    (
        # (rg01, qy02) a surname mistyped by a letter, speaking: the person named in full, flagged
        "a surname mistyped by one letter",
        "EU Special Envoy for Afghanistan Tomas Niklasson also pointed out the EU's assistance. "
        "Nikalasson said that women make up around 30 per cent of the personnel.",
        [("tomas-niklasson", False, None), ("tomas-niklasson", False, "unsure")],
    ),
    (
        # (qy02) a time and an apposed title before the subject of the sentence before a bare quotation
        "a bare quotation after a sentence whose subject is named after a time",
        "Energy Minister Bulat Akchulakov said: \u201cWe do not have this option.\u201d\n\nJust a month "
        "ago, the President of Kazakhstan, Kassym-Jomart Tokayev, promised oil supplies to Europe. "
        "\u201cKazakhstan is ready to use its hydrocarbon potential to stabilize the markets.\u201d",
        [("bulat-akchulakov", True, None), ("kassym-jomart-tokayev", True, "unsure")],
    ),
    (
        # (rh05, tp06) "The announcement was made by X": the sentence before is X's, once
        "an announcement made by someone, in the sentence after it",
        "The EBRD has invested over \u20ac1 billion in Tajikistan through 185 projects. The announcement "
        "was made by Holger Wiefel, Head of the EBRD Resident Office in Tajikistan, during the forum. "
        "Prime Minister Askar Mamin proposed to establish a business council. The announcement was made "
        "by the Prime Minister at the forum.",
        [("holger-wiefel", False, None), ("askar-mamin", False, None)],
    ),
    (
        # (qy04) "revealed that" reports words
        "revealed that",
        "Energy Minister Jurabek Mirzamahmudov revealed that Uzbekistan plans to boost its capacity.",
        [("jurabek-mirzamahmudov", False, None)],
    ),
    (
        # (rk01, rk05) the agency's own formulas name the body whose report the sentence is
        "a news agency learning from a ministry",
        "ASTANA. KAZINFORM - Deputy Minister Marat Syzdykov has participated in the online meeting of "
        "the Dialogue, Kazinform has learnt from Kazakh MFA\u2019s press service. The meeting took place "
        "in Astana. Participants agreed that cooperation would serve mutual interests, Kazinform refers "
        "to the press service of the Kazakh MFA.",
        [
            ("kazakhstan-ministry-of-foreign-affairs", False, None),
            ("kazakhstan-ministry-of-foreign-affairs", False, None),
        ],
    ),
    (
        # (rt06) a person named right after a dash that follows the closing mark signs the quotation
        "a quotation signed by a name after a dash",
        "\u201cWhat we have seen over the past year is that violence has broken out\u201d, \u2013 Teri "
        "Hakala, EU Special Representative, on violations of rights in Central Asia.",
        [("teri-hakala", True, None)],
    ),
    (
        # (rt06) the sentence introducing the interview runs on past a title's full stop ("Ms. Hakala")
        "an interviewee named after Ms. in the introducing sentence",
        "EU Special Representative Teri Hakala attended the conference. In an interview with CABAR.asia, "
        "Ms. Hakala explains the purpose of these events.\n\nHow did the conference go today?\n\nThis "
        "conference was an opportunity to come together to ensure coordination.",
        [("teri-hakala", False, None), ("teri-hakala", True, None)],
    ),
    (
        # (oc01) "the Bank" after the known bank's full name is that bank, no draft of "European Bank"
        "the Bank, after a known bank named in full",
        "EBRD launches programme in Tajikistan\n\nDUSHANBE (TCA) \u2014 The European Bank for "
        "Reconstruction and Development (EBRD) is expanding its programme to Tajikistan, the Bank said on "
        "July 28.",
        [("ebrd", False, None)],
    ),
    (
        # (oc02, od06) an adverb opening the sentence and a chamber's nouns are no words of a name
        "an opening adverb and a chamber's name before a person's",
        "Recently Trend reported that the bank opened an office. Italy is looking to Uzbekistan for "
        "its technologies, President of Italy-Uzbekistan Chamber of Commerce Luigi Iperti told Trend.",
        [("luigi-iperti", False, None)],
    ),
    (
        # (ot03) "X and Y issued a joint statement": "reads the statement" later is each of theirs, and
        # "the parties" are they, not two people named since
        "a joint statement's issuers",
        "Kazakh Foreign Minister Mukhtar Tileuberdi and EU High Representative Josep Borrell issued a joint "
        "statement on Feb. 2, the press service reported.\n\n\u201cWe have built a strong partnership,"
        "\u201d reads the statement.\n\nThe cooperation got a new impetus after Prime Minister Alikhan "
        "Smailov and Commission President Ursula von der Leyen concluded an agreement on Nov. 7.\n\nThe "
        "parties reiterated their commitment to strengthen the bilateral relations.",
        [
            ("mukhtar-tileuberdi", True, None),
            ("josep-borrell", True, None),
            ("mukhtar-tileuberdi", False, "unsure"),
            ("josep-borrell", False, "unsure"),
        ],
    ),
    (
        # (ou03) "the Turkmen side" at talks of three delegations: the head whose title names Turkmenistan
        "a side named by its nationality, among three delegations",
        "The Turkmen delegation was headed by the Deputy Minister of Foreign Affairs of Turkmenistan Vepa "
        "Hadzhiyev. The European delegation was represented by the Deputy Secretary General of the European "
        "External Action Service Enrique Mora. The delegation of Afghanistan headed by the Deputy Minister "
        "of Foreign Affairs Meerwais Nab was also invited. In this respect, the Turkmen side specifically "
        "noted the effectiveness of the trilateral partnership.",
        [("vepa-hadzhiyev", False, "unsure")],
    ),
    (
        # (oz02) "the President of the European Council" recalls the one the text gave that title after
        # the name, not the other president who spoke last
        "a title set after the name, recalled",
        "President of Kyrgyzstan Sooronbai Jeenbekov had a telephone conversation with Charles Michel, "
        "President of the European Council. The department reported.\n\nSooronbai Jeenbekov expressed hope "
        "for an early improvement of the situation.\n\nThe President of the European Council expressed "
        "support for the Kyrgyz side in the fight against this disease.",
        [("sooronbai-jeenbekov", False, None), ("charles-michel", False, None)],
    ),
    (
        # (nc03) "As it was mentioned by Mr. X 3-d Secretary of ...": the person named first, past a
        # doubled courtesy title and a post that runs on without a comma
        "as it was mentioned by a person with a long post",
        "As it was mentioned by Mr Mr. Mahmadullo Abdurahmoni 3-d Secretary of the Border and Territorial "
        "Settlement Issues Unit of the Ministry of Foreign Affairs of the Republic of Tajikistan, the "
        "problem of drug addiction is one of the most serious challenges for modern society.",
        [("mahmadullo-abdurahmoni", False, None)],
    ),
    (
        # (ne04) "X of <a body>, at ..., said": a person of the body speaks, not the body named after
        "a person of a body, an aside, then the verb",
        "But the critics are firm. Steve Swerdlow of Human Rights Watch, at a demonstration outside the EU "
        "Commission, said: \u201cWe don\u2019t take issue with the meeting.\u201d",
        [("steve-swerdlow", True, None)],
    ),
    (
        # (nh01) "the representative of the Economy Ministry" recalls the one the text named so
        "the representative of a body, named so before",
        "Exports of raw cotton will be stopped from 2020. This was announced by a representative of the "
        "Economy Ministry Kuvonchbek Mustafoyev at a press "
        "conference.\n\n\u201cThe European Union is a major consumer of textile products,\u201d the "
        "representative of the Economy Ministry said.",
        [("kuvonchbek-mustafoyev", False, None), ("kuvonchbek-mustafoyev", True, None)],
    ),
    (
        # (ne06) "the Kazakh President's administration" is a body of its own, not the President
        "a statement released by a president's administration",
        "On February 7 and 8, President Nazarbayev paid an official visit to Germany. According to the "
        "official statement released by the Kazakh President\u2019s administration, the total value of "
        "agreements signed reached $4 billion.",
        [("kazakh-presidents-administration", False, None)],
    ),
    (
        # (nn02) "the EU delegation" later is the "Delegation of the European Union to the Kyrgyz
        # Republic" the text named first, no draft of its own
        "the EU delegation, after the Delegation of the European Union to a country",
        "The Delegation of the European Union to the Kyrgyz Republic said in a statement on February 15 that "
        "a new project was launched.\n\n\u201cDigital skills are becoming increasingly important,\u201d the "
        "EU delegation said in a statement.",
        [
            ("delegation-of-the-european-union-to-the-kyrgyz-republic", False, None),
            ("delegation-of-the-european-union-to-the-kyrgyz-republic", True, None),
        ],
    ),
    (
        # (nl03) a ministry's press release "notes:" its words; "the head of the Austrian Foreign
        # Ministry" is the Austrian foreign minister, not a body of that name
        "a press release notes, and the head of a foreign ministry",
        "Rashid Meredov met with the Minister of Foreign Affairs of Austria Alexander Schallenberg in "
        "Vienna.\n\nThe Austrian Foreign Ministry\u2019s press release notes: \u201cThe situation in "
        "Afghanistan was the focus of today\u2019s discussion.\u201d\n\n\u201cOur clear goal is to deepen "
        "cooperation,\u201d the head of the Austrian Foreign Ministry said.",
        [("austrian-foreign-ministry", True, None), ("alexander-schallenberg", True, None)],
    ),
    (
        # (sk06) a title run before a name stops at the name before it: Macron's "President of French
        # Republic" gives him no Tajikistan
        "a title recalled, two presidents named in one run",
        "The Elysee Palace has hosted talks between President of Tajikistan Emomali Rahmon and President "
        "of French Republic Emmanuel Macron.\n\nPresident of Tajikistan expressed his satisfaction over "
        "the constantly expanding relationship.",
        [("emomali-rahmon", False, None)],
    ),
    (
        # (qx03) a surname written without its accent is the person named with it
        "a surname without its accent",
        "Murat Nurtleu held talks with the Minister of Foreign Affairs of the Czech Republic Jan "
        "Lipavsk\u00fd in Astana. In turn, Lipavsky confirmed the Czech Republic\u2019s intention to "
        "further develop cooperation with Kazakhstan.",
        [("jan-lipavsky", False, None)],
    ),
    (
        # (zi01, b02) the press service of one named by a post only is a body of its own
        "according to the press service of a post",
        "The EU and Mongolia signed a memorandum, according to the press service of Mongolia\u2019s "
        "prime minister.",
        [("press-service-of-mongolias-prime-minister", False, None)],
    ),
    (
        # (zj05) a longer judgement in quotation marks after "called the project"
        "called the project “a long judgement”",
        "Bank Vice-President Anna Berg called the Kambarata-1 project \u201cinstrumental in expanding "
        "renewable electricity trade in the region.\u201d",
        [("anna-berg", False, None)],
    ),
    (
        # (zb06) the EU side where the text names no one on it is the EU
        "the EU side, no one named",
        "The EU and Mongolia held their Joint Committee. The EU side welcomed Mongolia's bid for "
        "observer status in the WTO.",
        [("european-union", False, None)],
    ),
    (
        # (zk01) "according to" a post, then the person's name set off by commas: that person, not
        # another of the same title named before
        "according to the post, Name,",
        "The memorandum was signed by the Executive Vice President of the European Commission, Anna "
        "Berg. Meanwhile, according to the deputy prime minister of Mongolia, Ivan Petrov, trade with "
        "the EU grew by 32 percent in 2023. He also noted that exports almost doubled.",
        [("ivan-petrov", False, None), ("ivan-petrov", False, None)],
    ),
    (
        # (zl01) what talks "focused on" is their topic; "focused on the fact that" is a position
        "focused on: a topic, or the fact that",
        "EU Commissioner Anna Berg met President Ivan Petrov. Both sides focused on the development "
        "of renewable energy. Berg focused on the fact that the EU was ready to help.",
        [("anna-berg", False, None)],
    ),
]


# Still wrong, with what goes wrong (before the round's fixes, "according to a statement from"
# and "condemned" were wrong too).
WRONG: dict[str, str] = {
    "guillemets": "French wording (a déclaré) is not read",
    "both sides agreed": "'agreed to' is a decision, no verb of saying (as one, it only added wrong ones)",
    "the EU's top diplomat, one named": "the text gives Kallas no title: 'the EU's top diplomat' is flagged",
    "the title with a nationality recalls the last speaker": "'the Swedish MEP' is flagged, not recalled",
    "spoke about: a topic, no position": "'spoke about' a topic is read as a position",
    "a quotation continued after the attribution": "the continued quotation is a second statement",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            t, e, id=i, marks=[pytest.mark.xfail(strict=True, reason=WRONG[i])] if i in WRONG else []
        )
        for i, t, e in PROBES
    ],
)
def test_probe(text: str, expected: Expected, ds: eca.Dataset) -> None:
    assert read(text, ds) == expected


def test_a_radio_stations_name_in_quotation_marks_is_no_quotation(ds: eca.Dataset) -> None:
    text = (
        "EU envoy Anna Berg arrived in Bishkek. According to Radio \u201cAzatlyk\u201d, at the event "
        "the envoy emphasized that \u201cthe European Union wants to see Central Asia strong.\u201d"
    )
    found = speech(text, sentences(text), entities(text, ds))
    assert [(s.speaker, text[slice(*s.spans[0])]) for s in found.statements] == [
        ("anna-berg", "the European Union wants to see Central Asia strong.")
    ]


def test_a_quotation_holds_a_title_in_other_marks_across_its_paragraphs() -> None:
    from eucentralasia.curate._speech import quotations

    text = (
        'The press service reports.\n\n"Special attention was paid to the summit \u201cCentral Asia - '
        'EU\u201d in Samarkand.\n\nThe issues of trade were discussed," the press service says.'
    )
    assert [text[q.start : q.end] for q in quotations(text)] == [
        "Special attention was paid to the summit \u201cCentral Asia - EU\u201d in Samarkand.\n\n"
        "The issues of trade were discussed,"
    ]
