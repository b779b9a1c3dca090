"""Figure extraction: values in full units, units, qualifiers, spans, conversions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia.curate._figures import figures


def one(text: str) -> tuple[str, str, str, str]:
    (figure,) = figures(text)
    return figure.text, str(figure.value), figure.unit, figure.qualifier.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("worth just over $10 billion, it", ("just over $10 billion", "10000000000", "USD", "just-over")),
        ("grew by at least 50% since", ("at least 50%", "50", "percent", "at-least")),
        ("reaching almost 50 billion dollars", ("almost 50 billion dollars", "50000000000", "USD", "almost")),
        ("a little bit over 3 bn euros", ("a little bit over 3 bn euros", "3000000000", "EUR", "just-over")),
        ("more than 1.5mn tenge", ("more than 1.5mn tenge", "1500000", "KZT", "more-than")),
        ("a delegation of thirty Kazakh companies", ("thirty", "30", "count", "exact")),
        ("Over 3,000 companies from", ("Over 3,000", "3000", "count", "more-than")),
        ("a EUR 400 million loan", ("EUR 400 million", "400000000", "EUR", "exact")),
        ("some twenty-five ministers", ("some twenty-five", "25", "count", "approximately")),
        ("a share of 12.5 per cent", ("12.5 per cent", "12.5", "percent", "exact")),
        # a currency after the amount: after a scale, after thousands set apart by spaces
        ("the balance reached 12 bn \u20ac in favour", ("12 bn \u20ac", "12000000000", "EUR", "exact")),
        ("providing about 60 000 EUR in funding", ("about 60 000 EUR", "60000", "EUR", "approximately")),
        ("providing 60 000 euros in funding", ("60 000 euros", "60000", "EUR", "exact")),
    ],
)
def test_figures_read_value_unit_and_qualifier(text: str, expected: tuple[str, str, str, str]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 27 March 2025, the Council met.",
        "the forum scheduled for May 29\u201330, 2025",
        "This year, we mark 32 years of our relations.",
        "1. What steps is Kazakhstan taking?",
        "one of our key partners",
        "signed in 2015",
        "the two sides agreed",
        "They held the 12 th round of their dialogue.",
        "2 min reading time",
    ],
)
def test_dates_durations_and_numbering_are_not_figures(text: str) -> None:
    assert figures(text) == []


def test_dollar_sign_is_read_as_usd_with_a_note() -> None:
    (figure,) = figures("exports of $500 million")
    assert figure.unit == "USD"
    assert figure.note is not None
    assert "USD" in figure.note


def test_a_parenthesised_conversion_is_a_second_figure_of_one_fact() -> None:
    text = "a 12 billion-euro ($13.2 billion) package"
    euro, dollar = figures(text)
    assert (euro.value, euro.unit, dollar.value, dollar.unit) == (
        Decimal("12000000000"),
        "EUR",
        Decimal("13200000000"),
        "USD",
    )
    assert euro.fact == dollar.fact
    assert dollar.note is not None
    assert "conversion" in dollar.note


def test_every_curated_figure_of_the_bundled_articles_is_found_at_its_citation() -> None:
    ds = eca.load()
    missing = []
    for figure in ds.trade_figures:
        citation = figure.citations[0]
        text = ds.sources.get(citation.source).text
        assert text is not None
        found = [
            f
            for f in figures(text)
            if f.start < citation.end and citation.start < f.end
            if (f.value, f.unit) == (figure.value, figure.unit)
        ]
        if not found or found[0].qualifier is not figure.qualifier:
            missing.append(figure.id)
    assert missing == []


_SCALES = {"": 1, " thousand": 10**3, " million": 10**6, " bn": 10**9, " billion": 10**9}
_CURRENCIES = {"$": "USD", "€": "EUR", "₸": "KZT"}


@given(
    number=st.integers(min_value=1, max_value=999_999),
    scale=st.sampled_from(sorted(_SCALES)),
    symbol=st.sampled_from(sorted(_CURRENCIES)),
    qualifier=st.sampled_from(["", "almost ", "at least ", "more than ", "just over "]),
)
def test_an_amount_is_read_in_full_units_whatever_its_form(
    number: int, scale: str, symbol: str, qualifier: str
) -> None:
    text = f"The fund is worth {qualifier}{symbol}{number:,}{scale} today."
    (figure,) = figures(text)
    assert figure.value == number * _SCALES[scale]
    assert figure.unit == _CURRENCIES[symbol]
    assert text[figure.start : figure.end] == figure.text
    assert figure.text.startswith(qualifier + symbol)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the talks at COP27 in Egypt", []),
        ("the five nations and the two parties met", []),
        ("all five Central Asian Foreign Ministers", []),
        ("some twenty-five ministers", [("some twenty-five", "25", "count")]),
        ("bringing the number of EU Delegations to 141 in total", [("141", "141", "count")]),
        ("Of the applications, 143,970 were approved.", [("143,970", "143970", "count")]),
        ("ten million tons of grain", [("ten million tons", "10000000", "count")]),
        # t24 (24.kg): the parts a subject is divided into are no quantity; rounds held are
        ("The agreement is developed in three directions.", []),
        ("Five rounds of talks have been held so far.", [("Five", "5", "count")]),
        # the programmes a body runs and the offices it keeps are its parts too: no quantity
        ("The ministry now runs two EU programmes and keeps three offices.", []),
        ("Currently the agency is implementing four donor programs.", []),
        # (zg01, zg05) a part of a group counted before; the members of a delegation
        (
            "about 80 goods are under scrutiny. Roughly 50 of these items are used",
            [("about 80", "80", "count"), ("Roughly 50", "50", "count")],
        ),
        ("The delegation, numbering five members, will visit Tashkent.", []),
        # (zc05) the parties, by another name
        ("cooperation between the two entities", []),
        # a number that names or ranks: "5G", "the No. 1 partner"
        ("the 5G network and the EU, our No. 1 trade partner", []),
    ],
)
def test_the_counted_noun_decides_whether_a_number_is_a_figure(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f.text, str(f.value), f.unit) for f in figures(text)] == expected


def test_a_count_in_total_counts_the_number_named_before_it() -> None:
    (figure,) = figures("bringing the number of EU Delegations around the world to 141 in total")
    assert figure.counted == "EU Delegations"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tashkent Times, 2023, and Asia-Plus, 2015: the whole membership of a group.
        ("ministers met representatives of all 27 countries of the European Union at the same time", []),
        ("The European Union is made up of 28 Member States who have decided to link", []),
        # The curated seed records this one: a count of the members taking part.
        ("the foreign ministers of the 27 EU member states have held their first meeting", ["27"]),
        # "all" before a count of something that is not a group's members leaves it a figure.
        ("all 300 companies were registered", ["300"]),
    ],
)
def test_a_group_named_by_all_its_members_is_no_figure(text: str, expected: list[str]) -> None:
    assert [f.text for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Those who take part for each member of a group named after them: the group's size.
        ("This time 27 foreign ministers of EU Member States joined the talks.", []),
        ("The 35 heads of the OSCE participating States met.", []),
        # A count of people with no group after them is still a figure.
        ("Some 40 ministers attended the opening.", ["Some 40"]),
        # A body made of all its members, with a participle: "comprising", "consisting of".
        ("an organization comprising 27 European countries", []),
        ("a union consisting of 28 member states", []),
        # Who takes part, named through a possessive: "five Central Asia's states".
        ("the sum is small for five Central Asia's states", []),
        # A group word after the phrase a count counts is not what it counts.
        ("5 companies from the United States", ["5"]),
    ],
)
def test_a_count_of_the_members_of_a_group_or_those_who_take_part_for_them_is_no_figure(
    text: str, expected: list[str]
) -> None:
    assert [f.text for f in figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "the C5+1 format meeting and the 5+1 talks",  # a format's name
        "The session opened at 10:30 local time.",  # a time of day
        "Section 3 covers trade; Paragraph 12 says more.",  # a part named by its number
        "Kazakhstan is among the top 3 partners of the EU.",  # a rank
        "The EU is one of the top three investors; Phase Two starts soon.",  # in words too
    ],
)
def test_a_number_in_a_name_a_time_a_part_s_number_or_a_rank_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal comma before a scale or a percent
        (
            "Trade reached $2,5 billion, up 12,4%.",
            [("$2,5 billion", "2500000000", "USD"), ("12,4%", "12.4", "percent")],
        ),
        ("3,500 companies", [("3,500", "3500", "count")]),
        # those who take part, joined by "and"; a rank; a ratio
        ("ten Central Asian and EU ministers met", []),
        ("the EU, our Number 1 partner", []),
        ("It was 7 out of 10.", []),
    ],
)
def test_a_decimal_comma_and_counts_that_are_no_figure(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f.text, str(f.value), f.unit) for f in figures(text)] == expected


# Probes of common news wording (issue 20, seventh round), answers written before running.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU will invest EUR 12 bn in the region.", [("12000000000", "EUR")]),
        ("trade reached $48 billion last year", [("48000000000", "USD")]),
        ("a loan worth 300 mln euros", [("300000000", "EUR")]),
        ("a grant of \u20ac50m for schools", [("50000000", "EUR")]),
        ("a budget of KZT 5 trillion", [("5000000000000", "KZT")]),
        ("a \u00a31bn fund", [("1000000000", "GBP")]),
        ("US$ 2.5 billion in investment", [("2500000000", "USD")]),
        ("exports rose by 12 percent", [("12", "percent")]),
        ("up 7.5% year-on-year", [("7.5", "percent")]),
        ("The EU pledged \u20ac2-3 billion for it.", [("2000000000", "EUR"), ("3000000000", "EUR")]),
        ("growth of 5-10% a year", [("5", "percent"), ("10", "percent")]),
        ("more than 200 companies took part", [("200", "count")]),
        ("In 2024, trade rose to \u20ac30 billion.", [("30000000000", "EUR")]),
        ("12 projects worth \u20ac1.5 billion", [("12", "count"), ("1500000000", "EUR")]),
        ("the five Central Asian states", []),
        ("the 27 member states of the EU", []),
        ("the two leaders agreed", []),
        ("the 3rd EU-Central Asia summit", []),
        ("For details call +7 7172 72 00 00.", []),
        ("under Regulation (EU) 2021/947", []),
        ("at COP29 in Baku", []),
        ("Article 5 of the agreement", []),
        ("the 2030 Agenda for Sustainable Development", []),
        # A second batch of probes, answers written before running.
        ("Trade rose to 10 bn euros.", [("10000000000", "EUR")]),
        ("investments of EUR 1,2 billion", [("1200000000", "EUR")]),
        ("a \u20ac300-million package", [("300000000", "EUR")]),
        ("some 2,500 students took part", [("2500", "count")]),
        ("on its 25th anniversary", []),
        ("the first EU-Central Asia summit", []),
        ("since 2019, trade has grown", []),
        ("1.5 billion tenge", [("1500000000", "KZT")]),
        # zt05: a currency named with its nation
        ("142 trillion Uzbek soums", [("142000000000000", "UZS")]),
        ("20 million somoni", [("20000000", "TJS")]),
        ("500 million dollars", [("500000000", "USD")]),
        ("down 3.2 per cent", [("3.2", "percent")]),
        ("ISO 9001 certification", []),
        ("the G7 and the G20", []),
        ("a 5G network", []),
        ("Flight KC 901 landed", []),
        # A third batch of probes, answers written before running.
        ("$1.2bn in trade", [("1200000000", "USD")]),
        ("USD 3 billion in loans", [("3000000000", "USD")]),
        ("3 billion US dollars in loans", [("3000000000", "USD")]),
        ("a grant of \u20ac500 000 for schools", [("500000", "EUR")]),
        ("twice as much as in 2020", []),
        ("Tel: +32 2 299 11 11", []),
        ("Kazakhstan ranked 25th", []),
        ("a 10-fold increase", []),
        ("rose 15 per cent to \u20ac4.2 billion", [("15", "percent"), ("4200000000", "EUR")]),
        # A fourth batch of probes, answers written before running.
        ("exports of 1.5 million tonnes of wheat", [("1500000", "count")]),
        ("the country's 20 million people", [("20000000", "count")]),
        ("\u20ac 2.5 bn in grants", [("2500000000", "EUR")]),
        ("2.5 billion euro in grants", [("2500000000", "EUR")]),
        ("EUR2.5bn in grants", [("2500000000", "EUR")]),
        ("a \u20ac1.2 trillion economy", [("1200000000000", "EUR")]),
        ("a 12% share", [("12", "percent")]),
        ("page 2 of 5", []),
        ("the 2026 budget of \u20ac10 billion", [("10000000000", "EUR")]),
        # A sixth batch of probes, answers written before running.
        ("some 2,025 companies invested", [("2025", "count")]),
        ("in 2025 companies invested more", []),
        ("the ten member states", []),
        ("the EU will build 10 new schools", [("10", "count")]),
        ("over 40 projects worth EUR 300 million", [("40", "count"), ("300000000", "EUR")]),
        # The eighth round's probes, answers written before running.
        ("a nation of just five million, it exports gas", [("5000000", "count")]),
        ("Its population of 19 million is young.", [("19000000", "count")]),
        ("The city, home to two million, hosted it.", [("2000000", "count")]),
        ("there are 300 joint ventures, 40 of which opened last year", [("300", "count"), ("40", "count")]),
        ("some 90 firms, 12 of them from Germany, attended", [("90", "count"), ("12", "count")]),
        ("1,200 applicants, of whom 300 were admitted", [("1200", "count"), ("300", "count")]),
        ("around 6 thousand joint enterprises", [("6000", "count")]),
        ("nearly three million tourists came", [("3000000", "count")]),
        ("the fund, worth eur5 billion, opens", [("5000000000", "EUR")]),
        ("It costs USD5m.", [("5000000", "USD")]),
        ("one of the two sides", []),
        ("two of the five countries agreed", []),
        ("at 5 pm on Monday", []),
        ("the 2 million mark was passed", [("2000000", "count")]),
        ("Tashkent, a city of 3 million, welcomed them", [("3000000", "count")]),
        ("a budget of 4 billion", [("4000000000", "count")]),
        # A second batch of the eighth round's probes, answers written before running.
        ("27 conventions, among which 16 concern labour", [("27", "count"), ("16", "count")]),
        ("ten banks, among them 5 from Kazakhstan", [("10", "count"), ("5", "count")]),
        ("27 conventions, among which 16 are on labour", [("27", "count"), ("16", "count")]),
        ("The meeting starts at 10 a.m. in Astana.", []),
        ("at 9 o'clock the talks began", []),
        ("a population of about 36 million", [("36000000", "count")]),
        ("some 1.5 million visitors came", [("1500000", "count")]),
        ("half a million people", [("500000", "count")]),
        ("half a billion euros in loans", [("500000000", "EUR")]),
        ("it took half a day", []),
        ("Today two crucial agreements were signed.", []),
        # zr06: the "five plus three" format of a meeting
        ('The Ashgabat "five plus three" meeting agenda includes issues of education.', []),
        # zp03, zp05: a conference's panels and a post's terms
        ("topics tackled throughout the three main thematic panel discussions", []),
        ("in the course of two consecutive mandates supported by the member countries", []),
        ("The sides signed 5 documents on trade.", []),
        ("over 40 agreements worth $5 billion were signed", [("40", "count"), ("5000000000", "USD")]),
        ("a town of 20,000", [("20000", "count")]),
        # The ninth round's probes, answers written before running.
        ("Of the 120 projects, 45 are in Kazakhstan.", [("120", "count"), ("45", "count")]),
        (
            "The office has 60 staff members; 40 are local and 20 are expatriates.",
            [("60", "count"), ("40", "count"), ("20", "count")],
        ),
        ("Of these 300 firms, 120 were set up last year.", [("300", "count"), ("120", "count")]),
        ("It employs 250 people, 180 of them women.", [("250", "count"), ("180", "count")]),
        ("16 conventions are on labour and 11 - on the environment.", [("16", "count"), ("11", "count")]),
        ("Trade rose by 12% in 2024.", [("12", "percent")]),
        ("Exports fell by 3.5 percent.", [("3.5", "percent")]),
        ("a 15 percent increase", [("15", "percent")]),
        ("up 12 per cent year on year", [("12", "percent")]),
        ("growth of between 10 and 15 percent", [("10", "percent"), ("15", "percent")]),
        ("from 5 to 7 per cent a year", [("5", "percent"), ("7", "percent")]),
        ("between \u20ac2 and \u20ac3 billion", [("2000000000", "EUR"), ("3000000000", "EUR")]),
        ("loans of 15 mln euros", [("15000000", "EUR")]),
        ("2.3 bln dollars of trade", [("2300000000", "USD")]),
        ("EUR 45 million for schools", [("45000000", "EUR")]),
        ("45 million EUR for schools", [("45000000", "EUR")]),
        ("12 million euros for water", [("12000000", "EUR")]),
        ("USD 1.1 bln in credit", [("1100000000", "USD")]),
        ("KZT 500 bn in the budget", [("500000000000", "KZT")]),
        ("a \u20ac25m grant", [("25000000", "EUR")]),
        ("1.2 trillion tenge of turnover", [("1200000000000", "KZT")]),
        ("worth 1.5 billion som", [("1500000000", "KGS")]),
        ("The bank lent 300 mln US dollars.", [("300000000", "USD")]),
        ("twenty-five projects were funded", [("25", "count")]),
        ("some forty companies took part", [("40", "count")]),
        ("two hundred students enrolled", [("200", "count")]),
        ("In 2023 trade reached \u20ac5 billion.", [("5000000000", "EUR")]),
        ("In 2023, 50 companies joined.", [("50", "count")]),
        ("Since 1992, 2,000 firms have opened.", [("2000", "count")]),
        ("The 2021 agreement covers 30 sectors.", [("30", "count")]),
        ("the 5th Investors Forum", []),
        ("40,000 tonnes of grain", [("40000", "count")]),
        (
            "The EU gave \u20ac10 million, of which \u20ac4 million for schools.",
            [("10000000", "EUR"), ("4000000", "EUR")],
        ),
        ("a population of 36 million, 60% of whom are under 30", [("36000000", "count"), ("60", "percent")]),
        ("Five projects worth \u20ac20 million were signed.", [("5", "count"), ("20000000", "EUR")]),
        ("three of the five states agreed", []),
        # A second batch of the ninth round's probes, answers written before running.
        ("Turnover hit $4.3bn last year, up from $3.9bn.", [("4300000000", "USD"), ("3900000000", "USD")]),
        ("a 20-percent rise in exports", [("20", "percent")]),
        ("inflation of 8.5pc", [("8.5", "percent")]),
        ("a loan of 1,5 mln euro", [("1500000", "EUR")]),
        ("12.5 thousand tons of wheat", [("12500", "count")]),
        ("250 thousand tourists came", [("250000", "count")]),
        ("a grant of $ 300 million", [("300000000", "USD")]),
        ("a further 15 projects", [("15", "count")]),
        ("dozens of projects and hundreds of companies", []),
        ("one million jobs", [("1000000", "count")]),
        ("In 2022 and 2023, trade grew 20%.", [("20", "percent")]),
        ("48 bn euros in 2022", [("48000000000", "EUR")]),
        ("up 25 percent from 2023", [("25", "percent")]),
        ("over the 2021-2027 period, \u20ac300 million", [("300000000", "EUR")]),
        ("the 10th round of talks", []),
        ("10 rounds of talks", [("10", "count")]),
        ("Kazakhstan has 19.8 million inhabitants.", [("19800000", "count")]),
        ("GDP grew 4.8 percent y/y", [("4.8", "percent")]),
        ("more than 4,000 km of roads", [("4000", "count")]),
        ("an EU-funded \u20ac12-million project", [("12000000", "EUR")]),
        ("three out of five firms", []),
        ("the year 2025", []),
        ("2025 saw 300 new firms open", [("300", "count")]),
        # A third batch of the ninth round's probes, answers written before running.
        (
            "Trade between the EU and Central Asia reached EUR 54 billion in 2024, up 4.2 percent.",
            [("54000000000", "EUR"), ("4.2", "percent")],
        ),
        ("The EU accounts for 40% of FDI.", [("40", "percent")]),
        ("Since 2014, the EU has provided over \u20ac1.1 billion.", [("1100000000", "EUR")]),
        ("about 1 500 companies", [("1500", "count")]),
        ("nearly 20 thousand students", [("20000", "count")]),
        ("The project, worth 45 million euro, opens.", [("45000000", "EUR")]),
        ("exports to the EU grew 1.5 times", []),
        ("a twofold increase", []),
        ("Some 70 per cent of trade", [("70", "percent")]),
        ("the Team Europe package of \u20ac12 billion", [("12000000000", "EUR")]),
        ("the 12-member delegation", []),
        ("population: 20 million", [("20000000", "count")]),
        ("2,5 million tonnes", [("2500000", "count")]),
        ("EUR 300,000 for training", [("300000", "EUR")]),
        ("a \u20ac300K grant", [("300000", "EUR")]),
        ("$2.7 bln in loans", [("2700000000", "USD")]),
        ("loans worth \u20ac500 million and \u20ac200 million", [("500000000", "EUR"), ("200000000", "EUR")]),
        ("a total of 33 projects", [("33", "count")]),
        ("some 30-40 companies", [("30", "count"), ("40", "count")]),
        ("between 2,000 and 3,000 jobs", [("2000", "count"), ("3000", "count")]),
        ("up to 5,000 jobs", [("5000", "count")]),
        ("13 new EU-funded projects", [("13", "count")]),
        ("5 of the 10 projects", [("5", "count"), ("10", "count")]),
        # A fourth batch of the ninth round's probes (the new rules' limits), answers written before running.
        ("The score was 3 - 1.", []),
        ("In 2019, 15 projects were launched; 3 - in Kazakhstan.", [("15", "count"), ("3", "count")]),
        ("Of the 5 countries, 3 are landlocked.", []),
        ("Among the 10 agreements, 4 were signed today.", []),
        ("Chapter 5 - the economy", []),
        ("Minsk 2 - a failed deal", []),
        ("From 1 to 3 July the forum runs.", []),
        ("between 1 and 3 July", []),
        ("from 5 to 10 years", []),
        ("up from 1.5% to 2%", [("1.5", "percent"), ("2", "percent")]),
        ("from 3 to 5 pm", []),
        ("Articles 3 to 5 of the treaty", []),
        ("between 2 and 3 o'clock", []),
        ("Two of the five ministers spoke.", []),
        # A fifth batch of the ninth round's probes, answers written before running.
        (
            "There are 48 projects. Of these, 12 are in energy and 9 - in farming.",
            [("48", "count"), ("12", "count"), ("9", "count")],
        ),
        ("We built 20 schools and plan another 15 by 2027.", [("20", "count"), ("15", "count")]),
        (
            "The EU funded 30 projects last year and a further 10 this year.",
            [("30", "count"), ("10", "count")],
        ),
        ("The sides signed two roadmaps.", []),
        ("They adopted three joint declarations.", []),
        # A sixth batch of the ninth round's probes, answers written before running.
        (
            "Trade stood at 28.6 billion euros in 2020, down from 30.1 billion in 2019.",
            [("28600000000", "EUR"), ("30100000000", "EUR")],
        ),
        (
            "Exports rose to $5 billion, up from 4.2 billion a year earlier.",
            [("5000000000", "USD"), ("4200000000", "USD")],
        ),
        (
            "The EU gave \u20ac10 billion; Kazakhstan has 19 million people.",
            [("10000000000", "EUR"), ("19000000", "count")],
        ),
        (
            "It reached \u20ac3 billion, compared with 2.5 billion in 2022.",
            [("3000000000", "EUR"), ("2500000000", "EUR")],
        ),
        ("The number of firms grew to 1,021 from 409.", [("1021", "count"), ("409", "count")]),
        ("Exports reached 350 tonnes, compared with 120 a year ago.", [("350", "count"), ("120", "count")]),
        ("The vote was 350 to 120.", []),
        ("The share rose by 2 percentage points.", [("2", "percent")]),
        ("a 1.5 percentage-point rise", [("1.5", "percent")]),
        ("Trade grew from 2012 to 48 billion euros.", [("48000000000", "EUR")]),
        ("between 2015 and 30 percent", [("30", "percent")]),
        # The tenth round's probes, answers written before running.
        ("We are discussing the mandate with our 27 Member States.", []),
        ("Each of the 27 member states must ratify the agreement.", []),
        ("The agreement was ratified by half of 28 EU member states.", []),
        ("The EU will disburse 30 million euros in two tranches.", [("30000000", "EUR")]),
        ("The loan is paid in three instalments of $5 million each.", [("5000000", "USD")]),
        ("The project will be implemented in two phases.", []),
        ("Its 27 member states have agreed.", []),
        ("Most of the 27 member states have ratified it.", []),
        ("None of its 27 members objected.", []),
        ("The bank financed 45 projects in the region.", [("45", "count")]),
        ("Our 45 projects in Uzbekistan employ 3,000 people.", [("45", "count"), ("3000", "count")]),
        (
            "Each of the 120 companies received a grant of \u20ac10,000.",
            [("120", "count"), ("10000", "EUR")],
        ),
        ("The EU's 27 member states back the plan.", []),
        ("The fund supports 12 sectors and 350 small businesses.", [("350", "count")]),
        ("The second tranche of 20 million euros was paid in May.", [("20000000", "EUR")]),
        pytest.param(
            "Ten of the 27 member states have ratified it.",
            [("10", "count")],
            marks=pytest.mark.xfail(strict=True, reason="a group's part is read as members"),
        ),
        ("The programme will run in three stages until 2030.", []),
        ("Almost half of 27 EU countries import Kazakh oil.", []),
        ("All of its 27 members signed.", []),
        ("The union of 27 countries adopted sanctions.", []),
        pytest.param(
            "Exports to 27 EU member states grew by 12%.",
            [("12", "percent")],
            marks=pytest.mark.xfail(strict=True, reason="a group's size after 'to' is read as a count"),
        ),
        ("Only three countries in the region have joined the scheme.", [("3", "count")]),
        ("Only the two sides attended.", []),
        # A second batch of the tenth round's probes, answers written before running.
        ("The EU has 27 member states and 450 million citizens.", [("450000000", "count")]),
        ("The 12th round of talks took place in Brussels.", []),
        ("Kazakhstan ranks 25th in the index.", []),
        ("Three of the five Central Asian states have signed such agreements.", []),
        ("The EU is a union of 27 countries with a GDP of \u20ac17 trillion.", [("17000000000000", "EUR")]),
        ("Over 100 delegates from 20 countries attended.", [("100", "count"), ("20", "count")]),
        ("The two presidents signed four documents.", []),
        ("The G7 and the G20 discussed it.", []),
        ("Uzbekistan has a population of 36 million.", [("36000000", "count")]),
        ("Within 24 hours, the visa is issued.", []),
        ("In the 1990s, trade was small.", []),
        ("The summit gathered five heads of state.", []),
        ("a 10-year plan", []),
        ("Flights run three times a week.", []),
        ("The road is 1,200 km long.", [("1200", "count")]),
        ("Resolution 1325 on women", []),
        ("The EU and its 27 member states pledged 500 million euros.", [("500000000", "EUR")]),
        ("The European Council's 27 leaders agreed.", []),
        ("Almost 40 percent of the 1,500 firms are small.", [("40", "percent"), ("1500", "count")]),
        # A third batch of the tenth round's probes, answers written before running.
        ("The EU allocated \u20ac1.2 million for 2021-2027.", [("1200000", "EUR")]),
        ("The EU accounts for 40% of its trade.", [("40", "percent")]),
        ("The agreement, consisting of 10 chapters, was signed.", [("10", "count")]),
        ("He thanked the 5 Central Asian countries.", []),
        ("About 1,000 EU companies operate in Uzbekistan.", [("1000", "count")]),
        ("Imports grew 3.5 times.", []),
        ("It is among the top 10 partners.", []),
        ("on its 30th anniversary", []),
        ("the 27-member bloc", []),
        ("a 5% share", [("5", "percent")]),
        ("Covid-19 slowed trade.", []),
        ("The Astana International Forum 2023 opened.", []),
        ("Two years later, in 2019, it opened.", []),
        ("Both sides agreed on 15 projects worth $2 billion.", [("15", "count"), ("2000000000", "USD")]),
        ("The airline operates 4 flights a week to Europe.", [("4", "count")]),
        ("The leaders of the five countries and the EU signed it.", []),
        ("a 3-day visit", []),
        ("in the first 100 days", []),
        ("the Group of 7", []),
        ("Article 2 of the Treaty", []),
        ("Twenty-seven foreign ministers attended.", [("27", "count")]),
        ("one of the 27 member states", []),
        # A fourth batch of the tenth round's probes (amounts), answers written before running.
        ("The EU provided \u20ac1.5bn.", [("1500000000", "EUR")]),
        ("Trade totalled US$ 25.4 billion.", [("25400000000", "USD")]),
        ("The grant is worth 2,5 million euros.", [("2500000", "EUR")]),
        ("a \u20ac20m programme", [("20000000", "EUR")]),
        ("KZT 500 billion was spent.", [("500000000000", "KZT")]),
        ("It costs 1.2 trillion tenge.", [("1200000000000", "KZT")]),
        ("EUR 3.4 million was granted.", [("3400000", "EUR")]),
        ("Exports rose by 15.3 per cent.", [("15.3", "percent")]),
        ("It invested $300mn.", [("300000000", "USD")]),
        ("some 5,000 tons of cotton", [("5000", "count")]),
        ("Inflation was 8%, against 6% a year earlier.", [("8", "percent"), ("6", "percent")]),
        ("the 10-million-euro project", [("10000000", "EUR")]),
        ("GDP grew 4.8% year-on-year.", [("4.8", "percent")]),
        ("1 billion US dollars", [("1000000000", "USD")]),
        ("A total of 2.3 million tourists came.", [("2300000", "count")]),
        ("\u20ac 12 billion", [("12000000000", "EUR")]),
        ("12 000 jobs were created.", [("12000", "count")]),
        ("the ratio was 3:1", []),
        ("a 50/50 joint venture", []),
        ("24/7 support", []),
        # A fifth batch of the tenth round's probes, answers written before running.
        ("The two delegations discussed trade.", []),
        ("Borrell met Kulubayev, and the two diplomats discussed the road map.", []),  # a02
        ("The three participants agreed.", []),
        ("Delegations from 30 countries attended.", [("30", "count")]),
        ("More than 20 delegations took part.", [("20", "count")]),
        ("Three delegations signed the protocol.", []),
        # The twelfth round (R12c), sentences of our own for the patterns p09-p12 and the tuned
        # articles missed.
        (
            "A grant of 12 million euros is paid now, with two more annual disbursements by 2027.",
            [("12000000", "EUR")],
        ),
        ("The loan is repaid in four payments.", []),
        ("The two officials reviewed the roadmap.", []),
        ("The two also agreed to meet again in Brussels.", []),
        ("The three then visited the plant.", []),
        # (yd02, uf03, pk01) "the"/"these" and a small number in words: things counted or named
        # before, counted again; the count in digits is the text's own ("the 27 core conventions")
        ("The EIB signed two loans. The two loans will modernise water supply.", [("2", "count")]),
        ("These two elements focus on people.", []),
        # (og01) two amounts in one currency, the scale written once after the second
        (
            "We have signed two agreements on \u20ac10 and \u20ac13 million.",
            [("10000000", "EUR"), ("13000000", "EUR")],
        ),
        ("It ratified the 27 core conventions.", [("27", "count")]),
        ("Two officials and 40 experts attended.", [("40", "count")]),
        # (nr01, nr02, ne05) scale and currency words as Russian, German, Italian and French texts
        # write them; a number ending a sentence is no amount of the currency opening the next
        (
            "\u0415\u0421 \u0432\u044b\u0434\u0435\u043b\u0438\u043b $1 \u043c\u043b\u0440\u0434 \u0438 "
            "19,4 \u043c\u043b\u043d \u0435\u0432\u0440\u043e.",
            [("1000000000", "USD"), ("19400000", "EUR")],
        ),
        (
            "5 Mrd. Euro, 13 milioni di euro, 2 milliards d\u2019euros, 1,7 Milliarden US-Dollar.",
            [("5000000000", "EUR"), ("13000000", "EUR"), ("2000000000", "EUR"), ("1700000000", "USD")],
        ),
        ("Exports grew by 5. Euro area trade fell.", []),
        pytest.param(
            "about 2000 companies took part",
            [("2000", "count")],
            marks=pytest.mark.xfail(strict=True, reason="a four-digit count with no comma is read as a year"),
        ),
    ],
)
def test_probes_figures_in_common_news_wording(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(f.value), f.unit) for f in figures(text)] == expected


def test_a_range_s_lower_end_says_where_its_scale_and_unit_were_read() -> None:
    low, high = figures("The EU pledged \u20ac2-3 billion for it.")
    assert (low.text, low.value, low.unit) == ("\u20ac2", Decimal("2000000000"), "EUR")
    assert low.note is not None
    assert "-3 billion" in low.note
    assert high.note is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan exported 2000 tonnes of wheat to the EU.", [("2000", "count")]),
        ("a pipeline of 1800 km", [("1800", "count")]),
        ("Uzbekistan sold 1500 tons of cotton in 2019.", [("1500", "count")]),
        ("a plant of 1200 MW", [("1200", "count")]),
    ],
)
def test_a_number_that_a_unit_of_measure_follows_is_an_amount_not_a_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(str(f.value), f.unit) for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # zb01 (Caspian Barrel): a quantity of gas, its unit in the quote; "bcm" carries its billion
        (
            "cut its imports to 4 billion cubic metres this year from 11 bcm in 2014.",
            [
                ("4 billion cubic metres", "4000000000", "cubic metres"),
                ("11 bcm", "11000000000", "cubic metres"),
            ],
        ),
        # zb01, za01: a range's lower end takes the unit and scale written after the upper
        (
            "to supply Europe with 10 to 30 bcm of gas per year.",
            [("10", "10000000000", "cubic metres of gas"), ("30 bcm", "30000000000", "cubic metres of gas")],
        ),
        (
            "with between 10 and 30 billion cubic metres",
            [
                ("10", "10000000000", "cubic metres"),
                ("30 billion cubic metres", "30000000000", "cubic metres"),
            ],
        ),
        ("exports of 1.5 million tonnes of wheat", [("1.5 million tonnes", "1500000", "tonnes of wheat")]),
        (
            "a 500 MW solar plant and 2 GW of wind",
            [("500 MW", "500", "megawatts"), ("2 GW", "2", "gigawatts of wind")],
        ),
        # (yy03, yy04) a solar plant's power in alternating or direct current
        (
            "plants of 897 MWac and a 126 MWdc array",
            [("897 MWac", "897", "megawatts"), ("126 MWdc", "126", "megawatts")],
        ),
        # (ru01) energy in terawatt-hours, the unit written up against the number
        (
            "will produce 33TWh over 25 years, more than 100 terawatt hours in all",
            [("33TWh", "33", "terawatt-hours"), ("more than 100 terawatt hours", "100", "terawatt-hours")],
        ),
        # a hyphen makes the size of a thing an adjective, not a reported quantity
        ("a 300-kilometer gas pipeline", []),
        # (yb03, yb04) but a plant's power is its figure however it is written
        ("a 20-gigawatt green hydrogen project", [("20-gigawatt", "20", "gigawatts")]),
        # abbreviations in their own case only: "ha ha" is laughter
        ("he said ha ha", []),
    ],
)
def test_a_quantity_of_a_unit_of_measure_is_a_count_of_that_unit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = figures(text)
    assert [(f.text, str(f.value), f.counted) for f in found] == expected
    assert all(
        f.unit == "count" and f.counted.startswith(f.measure) for f in found if f.counted and f.measure
    )
    assert all(f.measure is not None for f in found)


@given(
    number=st.integers(min_value=1, max_value=999),
    unit=st.sampled_from(["tonnes", "cubic metres", "bcm", "barrels", "kilometres", "MW"]),
    scale=st.sampled_from(["", " million", " billion"]),
)
def test_a_measured_quantity_keeps_its_unit_in_the_quote(number: int, unit: str, scale: str) -> None:
    text = f"Exports reached {number}{scale} {unit} last year."
    (figure,) = figures(text)
    assert figure.text == f"{number}{scale} {unit}" == text[figure.start : figure.end]
    factor = {"": 1, " million": 10**6, " billion": 10**9}[scale] * (10**9 if unit == "bcm" else 1)
    assert figure.value == number * factor


def test_a_range_of_numerals_in_words_is_read_without_error() -> None:
    # ("from five to seven years": a duration, no figure; once a ValueError, its words read as digits)
    assert list(figures("A clause extends the presidential term from five to seven years.")) == []


def test_a_height_in_metres_is_a_quantity_of_metres() -> None:
    (figure,) = figures("The dam will become the highest in the world, reaching about 335 meters.")
    assert (figure.text, str(figure.value), figure.unit, figure.measure) == (
        "about 335 meters",
        "335",
        "count",
        "metres",
    )
