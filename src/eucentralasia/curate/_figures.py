"""Figures in a text: amounts, percentages and counts, with their span and the source's hedge.

`figures` finds each number an article states as a figure, in full units the way
`TradeFigure` keeps them: ``"just over $10 billion"`` is 10000000000 USD qualified
``just-over``; ``"by at least 50%"`` is 50 percent, ``at-least``; ``"thirty Kazakh
companies"`` is a count of 30. Scale words and their abbreviations (thousand, million,
mn, billion, bn, trillion; as Russian, German, Italian and French texts write them too:
``"$2,4 млрд"``, ``"5 Mrd. Euro"``), currency symbols, ISO 4217 codes and currency words, spelled
numbers up to ninety-nine and a parenthesised conversion (``"12 billion-euro ($13.2
billion)"``: two figures of one fact, sharing `FigureMention.fact`) are read, and so are
units of measure: ``"11 bcm"`` is a count of 11000000000 cubic metres. Numbers
that are parts of dates (years, days of a month), durations ("32 years") and list
numbering ("1.") are not figures. A number standing for a noun counted before it ("of the
120 projects, 45 are ...", "5 of the 10 projects", "some 30-40 companies", "grew to 1,021 from
409") counts what that one counts; an amount compared with one before it ("down from 30.1
billion") takes its currency, with a note.

Everything here needs only the standard library: the patterns are the spec, and a test
holds them against the bundled articles.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from eucentralasia._dates import MONTH_NAMES
from eucentralasia._model import Qualifier

__all__ = ["FigureMention", "figures"]

# Longest first: the alternation takes the first that matches.
_QUALIFIERS: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("a little bit over", Qualifier.JUST_OVER),
    ("a little bit more than", Qualifier.JUST_OVER),
    ("a little over", Qualifier.JUST_OVER),
    ("a little more than", Qualifier.JUST_OVER),
    ("slightly more than", Qualifier.JUST_OVER),
    ("slightly over", Qualifier.JUST_OVER),
    ("just over", Qualifier.JUST_OVER),
    ("just above", Qualifier.JUST_OVER),
    ("just more than", Qualifier.JUST_OVER),
    ("just under", Qualifier.ALMOST),
    ("just below", Qualifier.ALMOST),
    ("just short of", Qualifier.ALMOST),
    ("close to", Qualifier.ALMOST),
    ("almost", Qualifier.ALMOST),
    ("nearly", Qualifier.ALMOST),
    ("more than", Qualifier.MORE_THAN),
    ("in excess of", Qualifier.MORE_THAN),
    ("upwards of", Qualifier.MORE_THAN),
    ("over", Qualifier.MORE_THAN),
    ("above", Qualifier.MORE_THAN),
    ("at least", Qualifier.AT_LEAST),
    ("no less than", Qualifier.AT_LEAST),
    ("no fewer than", Qualifier.AT_LEAST),
    ("a minimum of", Qualifier.AT_LEAST),
    ("up to", Qualifier.UP_TO),
    ("as much as", Qualifier.UP_TO),
    ("as many as", Qualifier.UP_TO),
    ("approximately", Qualifier.APPROXIMATELY),
    ("an estimated", Qualifier.APPROXIMATELY),
    ("about", Qualifier.APPROXIMATELY),
    ("around", Qualifier.APPROXIMATELY),
    ("roughly", Qualifier.APPROXIMATELY),
    ("some", Qualifier.APPROXIMATELY),
    ("circa", Qualifier.APPROXIMATELY),
)
_QUALIFIER_OF: Final = dict(_QUALIFIERS)

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: Final = {
    "hundred": 10**2,
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    # (as Russian, German, Italian and French texts write them: "$1 млрд", "19,4 млн евро", "5 Mrd.
    # Euro", "13 milioni e mezzo", "2 milliards d'euros")
    "тыс": 10**3,
    "тысяч": 10**3,
    "млн": 10**6,
    "миллион": 10**6,
    "миллиона": 10**6,
    "миллионов": 10**6,
    "млрд": 10**9,
    "миллиард": 10**9,
    "миллиарда": 10**9,
    "миллиардов": 10**9,
    "mio": 10**6,
    "millionen": 10**6,
    "mrd": 10**9,
    "milliarden": 10**9,
    "milioni": 10**6,
    "miliardi": 10**9,
    "millions": 10**6,
    "milliards": 10**9,
}

# Symbols and words, each with its ISO 4217 code and, where the reading is a convention
# rather than the text's own word, the note that says so.
_SYMBOLS: Final[dict[str, tuple[str, str | None]]] = {
    "US$": ("USD", None),
    "$": ("USD", "'$' read as US dollars (USD); the text does not say which dollar"),
    "€": ("EUR", None),
    "£": ("GBP", None),
    "¥": ("CNY", "'¥' read as Chinese yuan (CNY); it also stands for the Japanese yen"),
    "₸": ("KZT", None),
    "₽": ("RUB", None),
}
_WORDS: Final[dict[str, tuple[str, str | None]]] = {
    "us dollars": ("USD", None),
    "u.s. dollars": ("USD", None),
    "dollars": ("USD", "'dollars' read as US dollars (USD); the text does not say which dollar"),
    "dollar": ("USD", "'dollar' read as US dollars (USD); the text does not say which dollar"),
    "euros": ("EUR", None),
    "euro": ("EUR", None),
    "pounds sterling": ("GBP", None),
    "kazakh tenge": ("KZT", None),
    "kazakhstani tenge": ("KZT", None),
    "tenge": ("KZT", None),
    "kyrgyz soms": ("KGS", None),
    "uzbek soums": ("UZS", None),
    "uzbek sums": ("UZS", None),
    "tajik somoni": ("TJS", None),
    "turkmen manats": ("TMT", None),
    "soms": ("KGS", None),
    "som": ("KGS", None),
    "soums": ("UZS", None),
    "soum": ("UZS", None),
    "sums": ("UZS", None),
    "sum": ("UZS", None),
    "somoni": ("TJS", None),
    "manats": ("TMT", "'manat' read as the Turkmen manat (TMT); Azerbaijan's is AZN"),
    "manat": ("TMT", "'manat' read as the Turkmen manat (TMT); Azerbaijan's is AZN"),
    "roubles": ("RUB", None),
    "rubles": ("RUB", None),
    "yuan": ("CNY", None),
    "renminbi": ("CNY", None),
    # (in German: "1,7 Milliarden US-Dollar"; in Russian: "19,4 млн евро", "665 млн сомов")
    "us-dollar": ("USD", None),
    "евро": ("EUR", None),
    "долларов сша": ("USD", None),
    "долларов": ("USD", "'долларов' read as US dollars (USD); the text does not say which dollar"),
    "доллара": ("USD", "'доллара' read as US dollars (USD); the text does not say which dollar"),
    "сомов": ("KGS", None),
    "сома": ("KGS", None),
    "тенге": ("KZT", None),
    "рублей": ("RUB", None),
    "рубля": ("RUB", None),
}
_CODES: Final = ("USD", "EUR", "GBP", "CNY", "KZT", "KGS", "UZS", "TJS", "TMT", "RUB", "CHF", "JPY", "TRY")

_SPELLED_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_SPELLED_TENS = "|".join(_TENS)
_SPELLED = rf"(?:(?:{_SPELLED_TENS})(?:[-\s](?:{_SPELLED_UNIT}))?|(?:{_SPELLED_UNIT}))"
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
# "2,5 billion", "12,4%": a decimal comma, as much of Europe writes it, before a scale or a percent
_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+|,\d{{1,2}}(?=\s?(?:(?i:{_SCALE})(?!\w)|%|per\s?cent)))?"
# "half a million", "half a billion euros": a half, read only before a spelled scale word
_HALF = r"half\s+a(?=\s+(?:thousand|million|billion|trillion)\b)"
_SYMBOL = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_WORD = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
_CODE = "|".join(_CODES)
_QUALIFIER = "|".join(re.escape(q) for q, _ in _QUALIFIERS)

_FIGURE_RE: Final = re.compile(
    rf"""
    (?:(?P<qualifier>{_QUALIFIER})\s+)?
    (?:(?P<symbol>{_SYMBOL})\s?|(?P<precode>{_CODE})\s?)?
    (?P<number>(?:(?<=\b(?:{_CODE}))|(?<![^\W\d_]))(?<![^\W\d_]-)(?<![\d.,]){_DIGITS}|(?<![\w-])(?:{_SPELLED}|{_HALF})(?![\w-]))
    (?:(?:\s|-)?(?P<scale>{_SCALE})(?![\w]))?
    (?:
        (?:\s|-)?(?P<percent>%|per\s?cent(?!\w)|percentage[\s-]points?(?!\w)|(?<=\d)(?:pc|pp)(?!\w))
      | (?:(?:(?<=[^\W\d_])\.)?\s(?:(?:di|de)\s|d[\u2019'])?|-)(?P<word>{_WORD})(?![\w])
      | \s(?P<code>{_CODE})(?![\w])
    )?
    """,
    re.IGNORECASE | re.VERBOSE,
)

_MONTH = "|".join([*MONTH_NAMES, *(m[:3] + r"\.?" for m in MONTH_NAMES), "Sept\\.?"])
_BEFORE_DAY_RE: Final = re.compile(rf"(?:{_MONTH})\s+$", re.IGNORECASE)
_AFTER_DAY_RE: Final = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH})\b", re.IGNORECASE)
_RANGE_DAY_RE: Final = re.compile(rf"(?:{_MONTH})\s+\d{{1,2}}\s*[-\u2013\u2014]\s*$", re.IGNORECASE)
_DURATION_RE: Final = re.compile(
    r"^(?:-|\s)(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|"
    r"year-old|years-old|-year|-month|-day|times|mins?)\b|^\s?(?:st|nd|rd|th)\b|^\s?(?:[ap]\.m\.|[ap]m\b|o[\u2019']clock)",
    re.IGNORECASE,
)
# Units of measure: a four-digit number before one is an amount, not a year ("exported 2000
# tonnes", "a 1800 km pipeline"); the date finder reads the same words.
MEASURE_UNITS: Final = (
    r"(?:tonnes?|tons?|kilo(?:metre|meter|gram|watt)s?|km|kg|hectares?|ha|barrels?|"
    r"(?:mega|giga)watts?|[MGk]Wh?|cubic|litres?|liters?)(?![\w-])"
)
_MEASURED_RE: Final = re.compile(rf"\s*{MEASURE_UNITS}")
# A physical quantity is kept as a count of its unit (a `TradeFigure`'s units are currencies,
# percent and count): each spelling, the unit's name in full, and the scale its abbreviation
# carries ("11 bcm" is eleven billion cubic metres).
_MEASURES: Final[tuple[tuple[str, str, int], ...]] = (
    (r"bcm", "cubic metres", 10**9),
    (r"tcm", "cubic metres", 10**12),
    (r"m3|m\u00b3|(?i:cubic\s+met(?:re|er)s?)", "cubic metres", 1),
    (r"(?i:(?:metric\s+)?(?:tonnes?|tons?))", "tonnes", 1),
    (r"km|(?i:kilomet(?:re|er)s?)", "kilometres", 1),
    (r"(?i:met(?:re|er)s)", "metres", 1),
    (r"kg|(?i:kilograms?)", "kilograms", 1),
    (r"ha|(?i:hectares?)", "hectares", 1),
    (r"(?i:barrels?)", "barrels", 1),
    (r"(?i:lit(?:re|er)s?)", "litres", 1),
    (r"kWh|(?i:kilowatt[\s-]hours?)", "kilowatt-hours", 1),
    (r"MWh|(?i:megawatt[\s-]hours?)", "megawatt-hours", 1),
    (r"GWh|(?i:gigawatt[\s-]hours?)", "gigawatt-hours", 1),
    (r"TWh|(?i:terawatt[\s-]hours?)", "terawatt-hours", 1),
    # (a solar plant's power in alternating or direct current, or at its peak: "897 MWac", "126 MWdc")
    (r"MW(?:ac|dc|p)?|(?i:megawatts?)", "megawatts", 1),
    (r"GW(?:ac|dc|p)?|(?i:gigawatts?)", "gigawatts", 1),
)
# Abbreviations are read in their own case only: "ha" and "mw" are other words elsewhere. A
# hyphen makes an adjective of the size of a thing ("a 300-kilometer gas pipeline"), not a
# quantity the article reports; but a plant's power is what it is built for, the figure reported
# however it is written ("a 20-gigawatt green hydrogen project").
_CAPACITIES: Final = frozenset({"megawatts", "gigawatts"})
_MEASURE_RE: Final = re.compile(
    "|".join(
        rf"[ \u00a0{'-' if name in _CAPACITIES else ''}]?(?P<m{i}>{spelling})(?![\w-])"
        for i, (spelling, name, _) in enumerate(_MEASURES)
    )
)
_MEASURED_OF_RE: Final = re.compile(r"\s+of(?=\s)")
# A currency after an amount the pattern read without it: "€60 000" is read whole, "60 000 EUR"
# after its thousands, "12 bn €" with the symbol after the scale. Only the symbols read without a
# note: a "$" after a number opens the next amount more often than it ends this one.
_SYMBOL_AFTER = "".join(s for s, (_code, note) in _SYMBOLS.items() if len(s) == 1 and note is None)
_CURRENCY_AFTER_RE: Final = re.compile(
    rf"(?:\s|-)(?P<word>{_WORD})(?![\w])|\s(?P<code>{_CODE})(?![\w])|\s?(?P<symbol>[{_SYMBOL_AFTER}])",
    re.IGNORECASE,
)


def _measure(text: str, end: int) -> tuple[str, int, int] | None:
    """The unit of measure right after `end`: its name in full, the scale it carries, where it ends."""
    match = _MEASURE_RE.match(text, end)
    if match is None or match.lastgroup is None:
        return None
    _, name, scale = _MEASURES[int(match.lastgroup[1:])]
    return name, scale, match.end()


# ("7 out of 10", the "five plus three" format of a meeting)
_NOT_COUNTED: Final = frozenset({"sides", "times", "ways", "hands", "halves", "out", "plus"})
# Who or what takes part, the parts a subject is divided into, or the papers a meeting signs
# ("the five nations", "the two parties", "the two delegations", "five key areas", "two crucial
# agreements were signed", "in two tranches", "two more yearly disbursements", "implementing three
# EU programs", "now we have four offices": what a body runs and keeps; "three thematic panel
# discussions", "two consecutive mandates": a meeting's parts, a post's terms): not a figure to
# record when there are no more than twelve. Member states and republics are left out: the curated
# articles record "five Central Asian republics" as a figure.
_MEMBERS: Final = frozenset(
    {
        "nations", "countries", "parties", "sides", "leaders", "presidents", "ministers", "heads", "regions",
        "areas", "pillars", "priorities", "sessions", "sectors", "fields", "capitals", "governments",
        "directions", "dimensions", "tracks", "components", "themes", "topics", "states",
        "agreements", "documents", "memoranda", "memorandums", "declarations", "roadmaps", "treaties",
        "protocols", "tranches", "instalments", "installments", "phases", "stages", "delegations",
        "officials", "payments", "disbursements", "disbursement", "programs", "programmes", "offices",
        "diplomats", "participants", "interlocutors", "counterparts", "entities", "members",
        "panels", "discussions", "mandates", "terms",
    }
)  # fmt: skip
# Who takes part for a group's members ("27 foreign ministers of EU Member States", "the 27
# countries of the European Union"): followed by the group's name, the count is the group's
# size, however large.
_PARTIES: Final = frozenset(
    {
        "nations",
        "countries",
        "parties",
        "states",
        "leaders",
        "presidents",
        "ministers",
        "heads",
        "governments",
    }
)
_OF_GROUP_RE: Final = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "all 27 countries of the European Union", "made up of 28 Member States", "our 27 Member
# States", "each of 27 member states", "half of 28 EU member states", "a union of 27
# countries": every member of a group, named as the group or through its owner or a part
# of it, not a quantity to record ("the 27 EU member states" still is).
_WHOLE_GROUP_RE: Final = re.compile(
    rf"""(?:\b(?:all(?:\s+the)?|made\s+up\s+of|consist(?:s|ing)?\s+of|composed\s+of|compris(?:es?|ing)
    |(?:(?:each|every|any|all|both|most|many|some|none|half|majority|rest|several|one|{_SPELLED}|\d+)\s+of
       |(?:union|bloc|group|community|club|family)\s+of)(?:\s+(?:the|its|our|their|your))?
    |our|its|their|your)|[\w.][\u2019']s)\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
_SPACED_RE: Final = re.compile(r"(?:[ \u00a0\u202f]\d{3}(?![\d,.]\d))+(?!\d)")
_RANGE_RE: Final = re.compile(r"\s?[-\u2013]\s?")
# "between 10 and 15 percent", "from 5 to 7 per cent": a range in words, its scale and unit
# written once, after the upper end
_WORDED_RANGE_RE: Final = re.compile(r"\s+(?:and|to)\s+")
_WORDED_RANGE_START_RE: Final = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
_GROUP_WORDS: Final = _PARTIES | {"member", "members", "republics"}
# "The EU has 27 member states", "a bloc with 57 members": the size of a group, said of it
_HAS_MEMBERS_RE: Final = re.compile(r"\b(?:has|have|had|with)\s+$")
# "The two also discussed", "the three then visited": "the" and a small number standing for the
# people or parties just named, followed by what they did; no noun is counted.
_THE_BEFORE_RE: Final = re.compile(r"\b[Tt]he\s+$")
_THESE_BEFORE_RE: Final = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")
_THEY_DID_RE: Final = re.compile(
    r"\s+(?:also|then|both|later|together|jointly|have|had|will|would|met|discussed|agreed|signed"
    r"|exchanged|noted|stressed|reviewed|visited|held|talked|spoke|expressed|underlined|emphasi[sz]ed"
    r"|considered|focused|reaffirmed|welcomed|shared)\b"
)
_MEMBERS_AFTER_RE: Final = re.compile(r"(?:\s+(?:[A-Z][\w-]*|member))*\s+(?:[Mm]ember|[Mm]embers)\b")
_TOTAL_RE: Final = re.compile(r"\s+in\s+(?:total|all)\b")
# "130 of which joined", "12 of them", "50 of these items", "among which 16 are": a part of a group the
# sentence counted before, itself a count of that group's noun
_PART_AFTER_RE: Final = re.compile(r"\s+of\s+(?:which|whom|them|(?:these|those)\s+[a-z])", re.IGNORECASE)
_PART_OF_RE: Final = re.compile(
    rf"\s+of\s+(?:the|these|those)\s+(?:\d[\d,]*|{_SPELLED})(?![\w-])", re.IGNORECASE
)
_PART_BEFORE_RE: Final = re.compile(r"\b(?:of|among)\s+(?:which|whom|them|these|those),?\s+$", re.IGNORECASE)
# "plan another 15", "a further 10 this year": more of what a count before it counted
_COMPARED_RE: Final = re.compile(r"\b(?:from|to|than|against|versus|vs\.?|compared\s+(?:with|to))\s+$")
_MORE_BEFORE_RE: Final = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.IGNORECASE
)
# "Of the 120 projects, 45 are in Kazakhstan", "16 concern labour and 11 - the environment": a
# number standing for the noun a count before it in the sentence named, as a verb's subject
# or with the verb left out for a dash
_ELLIPSIS_RE: Final = re.compile(
    r"\s+(?:are|were|is|was|have|has|had|remain(?:s|ed)?|come|came)\b|\s*[-\u2013\u2014]\s+[a-z]"
)
_NUMBER_OF_RE: Final = re.compile(
    r"\bnumber\s+of\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[\w-]+)\s+(?:\w+\s+){0,6}?to\s+$"
)
_STOP_WORDS: Final = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at to for from by with and or but as is are was were be been has have had "
        "will would that which who this these those its their his her our into over under than such "
        "each per",
    )
)


@attrs.frozen
class FigureMention:
    """A figure a text states: the span of its words, its value in full units and its unit.

    `text` is ``source_text[start:end]``, the qualifier included ("just over $10
    billion"); `unit` is an ISO 4217 code, ``percent`` or ``count``; `note` says how a
    symbol or word was read when the reading is a convention ("$" as USD). Figures of one
    fact (an amount and its parenthesised conversion) share `fact`, the index of the
    first of them; `counted` is the phrase a count counts ("Kazakh companies"). A quantity
    of a unit of measure is a count of that unit, named in full in `measure` ("11 bcm" is
    11000000000 ``cubic metres``).
    """

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    note: str | None = None
    fact: int = 0
    counted: str | None = None
    measure: str | None = None


def _number(text: str) -> Decimal | None:
    """The value of a numeral, a spelled number below a hundred or "half a", or None."""
    cleaned = re.sub(r",(?=\d{1,2}$)", ".", text).replace(",", "")  # a decimal comma, then thousands
    if cleaned[:1].isdigit():
        return Decimal(cleaned)
    words = re.split(r"[-\s]+", text.lower())
    if words == ["half", "a"]:
        return Decimal("0.5")
    total = 0
    for word in words:
        if word in _TENS:
            total += _TENS[word]
        elif word in _UNITS:
            total += _UNITS[word]
        else:
            return None
    return Decimal(total)


def _whole(value: Decimal) -> Decimal:
    """`value` written without a fractional part when it has none (13.2 billion is 13200000000)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _is_date_part(text: str, start: int, end: int, digits: str) -> bool:
    """Whether the numeral at ``[start, end)`` is a year or a day of a month, not a figure."""
    before, after = text[max(0, start - 16) : start], text[end : end + 16]
    if digits.isascii() and digits.isdigit():  # (a numeral in words, "from five to seven", is neither)
        number = int(digits)
        if 1000 <= number <= 2999 and len(digits) == 4:
            return not _MEASURED_RE.match(after)
        if number <= 31 and (
            _BEFORE_DAY_RE.search(before) or _AFTER_DAY_RE.match(after) or _RANGE_DAY_RE.search(before)
        ):
            return True
    return False


_NUMBERED_RE: Final = re.compile(
    r"\b(?:[Aa]rticle|[Ss]ection|[Pp]aragraph|[Cc]hapter|[Pp]art|[Pp]oint|[Pp]hase|[Ss]tage|[Ss]tep|[Gg]oal|"
    r"[Aa]nnex|[Pp]rotocol|[Rr]esolution|[Ii]tem|[Tt]op)\s+$"
)


def _is_numbering(text: str, start: int, end: int) -> bool:
    """Whether the numeral numbers or names rather than counts.

    It starts a line and is followed by a full stop ("1. What steps ..."), follows "No."
    ("the No. 1 partner"), a part's or a rank's noun ("Section 3", "the top 3"), is part of
    a name written with a letter right after it ("5G", "COP29") or a plus ("C5+1"), of a
    time ("10:30") or of a ratio ("50/50", "24/7"), or follows a code's capitals ("ISO 9001").
    """
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200)
    if not text[line_start:start].strip() and text[end : end + 1] in (".", ")"):
        return True
    if re.search(r"\b(?:No|Nr|no|nr|[Nn]umber)\.?\s*$|#\s*$", text[max(0, start - 8) : start]):
        return True
    # "Section 3", "Article 12", "the top 3": a number that names a part or ranks
    if _NUMBERED_RE.search(text, max(0, start - 20), start):
        return True
    # "ISO 9001", "Flight KC 901": a code's number after its letters
    if re.search(r"(?<![\w-])[A-Z]{2,}\s$", text[max(0, start - 12) : start]):
        return True
    # "C5+1", "5+1 format", "10:30", "a 50/50 venture", "24/7": a name's, a time's or a ratio's parts
    if text[start - 1 : start] in ("+", ":", "/") or text[end : end + 1] in ("+", ":", "/"):
        return True
    return bool(re.match(r"[A-Za-z]", text[end : end + 1]))


def _noun_phrase(text: str, end: int, limit: int = 3, joined: bool = False) -> tuple[list[str], int]:
    """Up to `limit` words right after `end`, stopping at a function word or punctuation, and their end.

    `joined`: "and" joins words of the phrase ("ten Central Asian and EU ministers").
    """
    words: list[str] = []
    position = end
    for match in re.finditer(r"[ \t]*([A-Za-z\u00c0-\u024f][\w\u2019'-]*)", text[end : end + 120]):
        if end + match.start() != position:
            break  # punctuation between the words: the phrase ended
        word = match.group(1)
        if (word.lower() in _STOP_WORDS and not (joined and word == "and" and words)) or len(words) == limit:
            break
        words.append(word)
        position = end + match.end()
    return words, position


def _counted(text: str, end: int) -> str | None:
    """The words a count counts: up to three words right after it, stopping at a function word."""
    return " ".join(_noun_phrase(text, end)[0]) or None


def _members(text: str, end: int, value: Decimal) -> bool:
    """Whether a count counts who takes part or the parts of a subject, not a quantity to record.

    The phrase it counts, up to a function word, decides ("five Central Asia's states",
    "the two parties met", "five key areas", not "five companies from the United States"):
    such a count of twelve or fewer, or one of those who take part for a group named right
    after it ("27 foreign ministers of EU Member States").
    """
    words, after = _noun_phrase(text, end, limit=5, joined=True)
    nouns = {re.sub(r"[\u2019']s?$", "", word).lower() for word in words}
    if nouns & _MEMBERS and value <= 12:
        return True
    return bool(nouns & _PARTIES) and _OF_GROUP_RE.match(text, after) is not None


def _counted_before(text: str, start: int, found: list[FigureMention]) -> bool:
    """Whether a count naming what it counts stands before `start` in its sentence."""
    return any(
        f.unit == "count" and f.counted is not None and not re.search(r"[.!?]\s", text[f.end : start])
        for f in found[-3:]
    )


def figures(text: str) -> list[FigureMention]:
    """Every figure `text` states, in order of position.

    >>> [(f.text, str(f.value), f.unit, f.qualifier.value) for f in figures(
    ...     "Trade reached almost 50 billion dollars, up 17%; over 3,000 companies took part.")]
    [('almost 50 billion dollars', '50000000000', 'USD', 'almost'), ('17%', '17', 'percent', 'exact'), \
('over 3,000', '3000', 'count', 'more-than')]
    """
    found: list[FigureMention] = []
    matches = list(_FIGURE_RE.finditer(text))
    reach = 0
    for at, match in enumerate(matches):
        start, end = match.span()
        if start < reach:
            continue  # the thousands of an amount read before
        number_start, number_end = match.span("number")
        digits = match.group("number")
        symbol, precode, scale = match.group("symbol"), match.group("precode"), match.group("scale")
        groups = _SPACED_RE.match(text, number_end)
        if (
            not scale
            and groups is not None
            and digits.isdigit()
            and len(digits) <= 3
            and (
                symbol
                or precode
                or (
                    _counted(text, groups.end())
                    and not re.search(r"[\d+]\s?$", text[max(0, start - 2) : start])
                )
            )
        ):
            # "€500 000", "1 500 companies": thousands set apart by spaces, read after a currency
            # or before what they count only (a phone number's or a list's groups look the same)
            end = number_end = groups.end()
            digits = "".join(text[number_start:end].split())
        value = _number(digits)
        if value is None:
            continue
        percent, word, code = match.group("percent"), match.group("word"), match.group("code")
        unread = not (symbol or precode or word or code or percent)
        currency = _CURRENCY_AFTER_RE.match(text, end) if unread else None
        if currency is not None:
            word, code, symbol = currency.group("word"), currency.group("code"), currency.group("symbol")
            end = currency.end()
        # "€2-3 billion", "5-10%": the ends of a range share the scale and unit written once
        before = matches[at - 1] if at and _RANGE_RE.fullmatch(text, matches[at - 1].end(), start) else None
        after = matches[at + 1] if at + 1 < len(matches) else None
        ranged = (
            after is not None
            and (
                _RANGE_RE.fullmatch(text, end, after.start()) is not None
                or (
                    _WORDED_RANGE_RE.fullmatch(text, end, after.start()) is not None
                    and (
                        _WORDED_RANGE_START_RE.search(text, max(0, start - 12), start) is not None
                        # "with 10 to 30 bcm": a bare number to a quantity of a unit of measure
                        or (
                            not (
                                scale or match.group("percent") or match.group("word") or match.group("code")
                            )
                            and re.fullmatch(r"\s+to\s+", text[end : after.start()]) is not None
                            and _measure(text, after.end()) is not None
                        )
                    )
                    # (not "grew from 2012 to 48 billion euros": a year, then an amount)
                    and not _is_date_part(text, number_start, number_end, digits)
                )
                # "two agreements on €10 and €13 million": two amounts in one currency, the scale
                # written once, after the second
                or (
                    symbol is not None
                    and symbol == after.group("symbol")
                    and not scale
                    and after.group("scale") is not None
                    and re.fullmatch(r"\s+and\s+", text[end : after.start()]) is not None
                )
            )
        )
        borrowed = after is not None and ranged and not (scale or percent or word or code)
        if after is not None and borrowed:
            scale, percent = after.group("scale"), after.group("percent")
            word, code = after.group("word"), after.group("code")
        if before is not None and not (symbol or precode):
            symbol, precode = before.group("symbol"), before.group("precode")
        money = symbol or precode or word or code
        if scale is not None and scale.lower() in ("m", "b", "k") and not money:
            continue  # "5 m" without a currency is a length, not five million
        # "4 billion cubic metres", "11 bcm", "10 to 30 bcm": a quantity of a unit of measure,
        # the unit read from the upper end of a range for the lower
        measure = None if money or percent else _measure(text, end)
        ends_range = measure is None and not money and not percent and borrowed and after is not None
        if ends_range and after is not None:
            measure = _measure(text, after.end())
        if not money and not percent and not scale and measure is None:
            numeral = digits[:1].isdigit()
            if (
                numeral
                and number_end - number_start == len(digits)
                and _is_date_part(text, number_start, number_end, digits)
            ):
                continue
            if numeral and _is_numbering(text, number_start, number_end):
                continue
            if not numeral and _NUMBERED_RE.search(text, max(0, number_start - 20), number_start):
                continue  # "the top three investors", "Phase Two": a rank or a part's name in words
            if _DURATION_RE.match(text[number_end : number_end + 12]):
                continue
            if digits.lower() in ("one", "zero"):
                continue  # "one of our key partners": a pronoun far more often than a count
        if scale is not None:
            value *= _SCALES[scale.lower()]
        if measure is not None:
            value *= measure[1]
        unit, note = "count", None
        if percent:
            unit = "percent"
            if percent.lower().startswith(("percentage", "pp")):
                note = "percentage points: a change of a share, not a share itself"
        elif symbol:
            unit, note = _SYMBOLS[symbol]
        elif precode or code:
            unit = (precode or code or "").upper()
        elif word:
            unit, note = _WORDS[word.lower()]
        if (
            unit == "count"
            and scale is not None
            and _COMPARED_RE.search(text, max(0, start - 24), start)
            and _counted(text, end) is None
        ):
            # "28.6 billion euros in 2020, down from 30.1 billion": the currency of the amount
            # compared with, earlier in the sentence
            compared = next(
                (
                    f
                    for f in reversed(found[-3:])
                    if f.unit not in ("count", "percent") and not re.search(r"[.!?;]\s", text[f.end : start])
                ),
                None,
            )
            if compared is not None:
                unit = compared.unit
                note = f"the currency of {compared.text!r}, the amount it is compared with"
        if after is not None and borrowed and (scale or percent or word or code or measure):
            # the quote holds the number only: say where its scale and unit were read
            tail = measure[2] if measure is not None and ends_range else after.end()
            said = f"the lower end of a range; its scale and unit read from '{text[end:tail]}'"
            note = f"{note}; {said}" if note else said
        qualifier = Qualifier.EXACT
        if match.group("qualifier"):
            qualifier = _QUALIFIER_OF[match.group("qualifier").lower()]
        if unit == "count" and re.search(r"\bout\s+of\s+$", text[max(0, start - 8) : start]):
            continue  # "three out of five firms": the whole of a ratio, no quantity
        if unit == "count" and value != value.to_integral_value():
            continue  # "2.5" with no unit is no count
        counted = _counted(text, end) if unit == "count" else None
        if measure is not None:
            unit_name, _, unit_end = measure
            if not ends_range:
                end = unit_end  # the quote carries the unit: "4 billion cubic metres"
            # "of gas", "of natural gas": what the quantity is of
            of = _MEASURED_OF_RE.match(text, unit_end)
            what = " ".join(_noun_phrase(text, of.end(), limit=2)[0]) if of else ""
            counted = f"{unit_name} of {what}" if what else unit_name
        # "some 30-40 companies", "5 of the 10 projects": a range's lower end or a part counts
        # what the number after it counts, and is a figure when that one is
        tail = end
        if unit == "count" and counted is None:
            whole = _PART_OF_RE.match(text, end)
            if after is not None and ranged:
                if _is_date_part(text, *after.span("number"), after.group("number")):
                    continue
                tail = after.end()
            elif whole is not None:
                tail = whole.end()
            if tail != end:
                if _DURATION_RE.match(text[tail : tail + 12]):
                    continue
                counted = _counted(text, tail)
        if unit == "count" and counted is None and _TOTAL_RE.match(text, end):
            # "to 141 in total": what is counted is "the number of ..." before it
            before = _NUMBER_OF_RE.search(text, max(0, start - 120), start)
            counted = before.group(1) if before else "total"
        if (
            unit == "count"
            and counted is None
            and (_PART_AFTER_RE.match(text, end) or _PART_BEFORE_RE.search(text, max(0, start - 20), start))
        ):
            counted = "of which"
        if (
            unit == "count"
            and counted is None
            and _ELLIPSIS_RE.match(text, end)
            and _counted_before(text, start, found)
        ):
            counted = "of which"
        if (
            unit == "count"
            and counted is None
            and _COMPARED_RE.search(text, max(0, start - 24), start)
            and not text[max(0, start - 4) : start].endswith("to ")
            and any(f.unit == "count" and not re.search(r"[.!?;]\s", text[f.end : start]) for f in found[-1:])
        ):
            counted = "compared"  # "grew to 1,021 from 409": the count it is compared with, earlier
        if (
            unit == "count"
            and counted is None
            and _MORE_BEFORE_RE.search(text, max(0, start - 16), start)
            and any(f.unit == "count" and f.counted is not None and start - f.end < 300 for f in found[-3:])
        ):
            counted = "more"
        if unit == "count" and counted is None:
            if "," not in digits and scale is None:
                continue  # a bare number that counts nothing the text names
            # "143,970 were approved", "a population of five million": a number written with
            # thousands or a scale word is a count of what the sentence is about
            counted = None
        elif unit == "count" and counted is not None and counted.split()[0].lower() in _NOT_COUNTED:
            continue  # "the two sides", "three times more": a turn of phrase, not a figure
        elif (
            unit == "count"
            and counted is not None
            # "only eight countries have access": a number the sentence is about
            and not re.search(r"\bonly\s+$", text[max(0, start - 6) : start], re.IGNORECASE)
            and _members(text, tail, value)
        ):
            continue  # "five Central Asian countries": the members of a group, not a figure
        elif (
            unit == "count"
            and counted is not None
            and _WHOLE_GROUP_RE.search(text, max(0, start - 24), start)
            and _GROUP_WORDS & {w.lower() for w in counted.split()}
        ):
            continue  # "all 27 countries", "made up of 28 Member States": the whole group
        elif (
            unit == "count"
            and value <= 12
            and _THE_BEFORE_RE.search(text, max(0, start - 5), start)
            and _THEY_DID_RE.match(text, end)
        ):
            continue  # "the two also discussed": the parties just named, not a figure
        elif (
            unit == "count"
            and value <= 10
            and text[start:end].isalpha()
            and _THESE_BEFORE_RE.search(text, max(0, start - 7), start)
            # (a group's members are the group rules' to judge: "the five Central Asian republics")
            and not (counted is not None and _GROUP_WORDS & {w.lower() for w in counted.split()})
        ):
            continue  # "the two loans", "these two elements": things counted or named before, again
        elif (
            unit == "count"
            and _HAS_MEMBERS_RE.search(text, max(0, start - 8), start)
            and _MEMBERS_AFTER_RE.match(text, end)
        ):
            continue  # "The EU has 27 member states": a group's size
        found.append(
            FigureMention(
                start=start,
                end=end,
                text=text[start:end],
                value=_whole(value),
                unit=unit,
                qualifier=qualifier,
                note=note,
                fact=len(found),
                counted=counted,
                measure=measure[0] if measure is not None else None,
            )
        )
        reach = end
    return _conversions(text, found)


def _conversions(text: str, found: list[FigureMention]) -> list[FigureMention]:
    """Join each amount to the parenthesised one right after it: one fact, two figures."""
    result = list(found)
    for i in range(1, len(result)):
        before, figure = result[i - 1], result[i]
        between = text[before.end : figure.start]
        closes = text[figure.end : figure.end + 1] == ")"
        if re.fullmatch(r"\s*\(\s*", between) and closes and figure.unit not in ("count",):
            note = f"a conversion of {before.text!r}, given beside it in parentheses"
            result[i] = attrs.evolve(
                figure, fact=before.fact, note=f"{figure.note}; {note}" if figure.note else note
            )
    return result
