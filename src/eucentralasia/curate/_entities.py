"""Known entities in a text: the officials, organizations and countries of a dataset, by name.

`entities` finds each name and alias of the dataset's officials and organizations, each
official's surname where no other official shares it, and each country's name, accent-
and case-insensitively (an acronym such as ``EU`` only in capitals), at word boundaries,
with the span of the words in the text. It also finds near spellings of officials' names
("Vasilenko" for "Vassilenko", "Qasym-Zhomart Toqaev" for "Kassym-Jomart Tokayev") scoring at
least `FUZZY_SCORE` out of 100 (the package's one closeness measure, `NearSpelling`: difflib's
ratio), once the letters romanizations of Central Asian names vary in are read alike.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final, Literal

import attrs

from eucentralasia._codes import CENTRAL_ASIA, COUNTRY_NAMES
from eucentralasia._search import NearSpelling, fold

if TYPE_CHECKING:
    from eucentralasia._dataset import Dataset
    from eucentralasia._model import Event

__all__ = ["FUZZY_SCORE", "EntityMention", "entities"]

FUZZY_SCORE: Final = 88
"""The least ratio (0-100, difflib's) at which a near spelling of a name counts as the name."""

Kind = Literal["official", "organization", "country", "agreement", "event"]

# Common short forms of country names the ISO list words otherwise.
_COUNTRY_FORMS: Final = {
    "EU": ("European Union",),
    "US": ("United States", "United States of America"),
    "GB": ("United Kingdom", "Britain"),
    "RU": ("Russia",),
    "TR": ("Türkiye", "Turkey"),
    "KR": ("South Korea",),
    "IR": ("Iran",),
    "CN": ("China",),
}


@attrs.frozen
class EntityMention:
    """A known official, organization or country a text names, and where.

    `id` is the record id (or, for a country, its ISO 3166-1 alpha-2 code, ``EU``
    included); `kind` says which; `text` is ``source_text[start:end]``; `score` is 100 for
    a name matched exactly (case and accents aside) and difflib's ratio (times 100) for a
    near spelling, compared with "q" as "k", "zh" and "dzh" as "j" and "ye" after a vowel as
    "e" (so a romanization may score 100: "Qasym-Zhomart Toqaev" for "Kasym-Zhomart
    Tokayev"); `name` is the name or alias that matched.
    """

    start: int
    end: int
    text: str
    id: str
    kind: Kind
    name: str
    score: float = 100.0


@attrs.frozen
class _Name:
    name: str
    id: str
    kind: Kind
    exact_case: bool  # an acronym: matched in capitals only


_PARTY: Final = "|".join(
    re.escape(name) for name in ("EU", "Central Asia", *sorted(COUNTRY_NAMES.values(), key=len, reverse=True))
)
_PARTIES_RE: Final = re.compile(rf"(?P<a>{_PARTY})-(?P<b>{_PARTY}) (?P<rest>.+)")
# Dashes typed for a hyphen inside a name ("EU" en dash "Central Asia"): the hyphen.
_DASHES: Final = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})


# British and American spellings of the words bodies' names are made of: "Regional Research
# Center for Rare Earth Metals" names the Centre.
_SPELLINGS_RE: Final = re.compile(r"\b(Cent)(re|er)\b|\b(Organi)([sz])(ation)\b|\b(Program)(me)?\b")


def _other_spelling(name: str) -> str:
    """`name` in the other of its British and American spellings (itself when it has none)."""

    def swap(m: re.Match[str]) -> str:
        if m[1]:
            return m[1] + ("er" if m[2] == "re" else "re")
        if m[3]:
            return m[3] + ("z" if m[4] == "s" else "s") + m[5]
        return m[6] + ("" if m[7] else "me")

    return _SPELLINGS_RE.sub(swap, name)


def _names(dataset: Dataset) -> list[_Name]:
    names: list[_Name] = []

    def add(name: str, id: str, kind: Kind) -> None:
        acronym = len(name) <= 5 and name.isupper()
        names.append(_Name(name, id, kind, acronym))
        if kind != "official" and (other := _other_spelling(name)) != name:
            names.append(_Name(other, id, kind, acronym))

    surnames: dict[str, list[str]] = {}
    for official in dataset.officials:
        for name in (official.name, *official.aliases):
            add(name, official.id, "official")
            surname = name.split()[-1]
            if len(surname) >= 4 and surname != name:
                surnames.setdefault(fold(surname), []).append(official.id)
    for folded, ids in surnames.items():
        if len(set(ids)) == 1:
            official = dataset.officials.get(ids[0])
            forms = (official.name, *official.aliases)
            surname = next(n.split()[-1] for n in forms if fold(n.split()[-1]) == folded)
            add(surname, ids[0], "official")
    bodies = {fold(n) for o in dataset.organizations for n in (o.name, *o.aliases)}
    for organization in dataset.organizations:
        for name in (organization.name, *organization.aliases):
            add(name, organization.id, "organization")
        # "the EU Commission": a European body by the EU's acronym, unless another body is the EU's
        # of that name ("EU Council": the Council of the EU as much as the European Council)
        rest = organization.name.removeprefix("European ")
        if (
            rest not in (organization.name, "Union")
            and " " not in rest
            and not {
                fold(f"{rest} of the EU"),
                fold(f"{rest} of the European Union"),
            }
            & bodies
        ):
            add(f"EU {rest}", organization.id, "organization")
    for agreement in dataset.agreements:
        for form in (agreement.name, agreement.short_name, *agreement.aliases):
            if form:
                add(form, agreement.id, "agreement")
    # "the Kazakhstan-EU Cooperation Council" is the EU-Kazakhstan one: two parties named in either order
    # (with a spaced dash, and the Union named in full: "the Kazakhstan - European Union Cooperation
    # Council")
    for entry in list(names):
        pair = _PARTIES_RE.match(entry.name)
        if pair is not None and entry.kind in ("organization", "agreement"):
            spelled = (str, lambda party: _EU_IN_FULL.get(party, party))
            written = {
                f"{spell(a)}{dash}{spell(b)} {pair['rest']}"
                for a, b in ((pair["a"], pair["b"]), (pair["b"], pair["a"]))
                for spell in spelled
                for dash in ("-", " - ")
            }
            for form in sorted(written - {entry.name}):
                add(form, entry.id, entry.kind)
    # "the Cooperation Council between the EU and Kazakhstan": a name with the Union in full, by its
    # acronym too
    for entry in list(names):
        if entry.kind in ("organization", "agreement") and " European Union " in f" {entry.name} ":
            add(re.sub(r"\bEuropean Union\b", "EU", entry.name), entry.id, entry.kind)
    # "the United Nations Charter" is the Charter of the United Nations: "A of (the) B" as "B A",
    # unless B is the EU or Europe ("EU Council" could be either of two councils, "Europe Council" a third)
    for entry in list(names):
        owned = _OWNED_RE.match(entry.name)
        if owned is not None and entry.kind in ("organization", "agreement") and owned["b"] not in _EU_NAMES:
            add(f"{owned['b']} {owned['a']}", entry.id, entry.kind)
    for code, name in COUNTRY_NAMES.items():
        for form in (name, *_COUNTRY_FORMS.get(code, ())):
            add(form, code, "country")
    return names


# Cyrillic letters drawn as Latin ones (A, B, E, K, M, H, O, P, C, T, X, a, e, o, p, c, y, x, I, i,
# J, j, S, s): among Latin letters, the Latin letter the writer meant.
_LOOKALIKE_LETTERS: Final = dict(
    zip(
        "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0406\u0456\u0408\u0458\u0405\u0455",
        "ABEKMHOPCTXaeopcyxIiJjSs",
        strict=True,
    )
)
_LOOKALIKES: Final = {cyrillic: latin.lower() for cyrillic, latin in _LOOKALIKE_LETTERS.items()}


def latinized(text: str) -> str:
    """`text` with each Cyrillic letter drawn as a Latin one, beside a Latin letter, as that Latin
    letter: "Lu\u0441a Anceschi" typed with a Cyrillic "\u0441" is "Luca Anceschi".

    >>> latinized("Lu\u0441a") == "Luca", latinized("\u0421\u0430\u0441\u0430") == "\u0421\u0430\u0441\u0430"
    (True, True)
    """
    return "".join(
        _LOOKALIKE_LETTERS[char]
        if char in _LOOKALIKE_LETTERS and (_latin_letter(text, i - 1) or _latin_letter(text, i + 1))
        else char
        for i, char in enumerate(text)
    )


_OWNED_RE: Final = re.compile(
    r"(?P<a>[A-Z]\w*(?: [A-Z]\w*)*) of (?:the )?(?P<b>[A-Z][\w-]*(?: [A-Z][\w-]*)*)$"
)
_EU_NAMES: Final = frozenset({"EU", "European Union", "Europe"})
_EU_IN_FULL: Final = {"EU": "European Union"}


def _latin_letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isascii() and text[at].isalpha()


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` folded as `fold` does, and for each folded character the index it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        piece = fold(char) if not char.isascii() else char.lower()
        if char in _LOOKALIKES and (_latin_letter(text, i - 1) or _latin_letter(text, i + 1)):
            piece = _LOOKALIKES[char]  # "European Council" typed with a Cyrillic "C": the Latin letter
        if char.isspace():
            piece = " "  # "European\nCommission" across a line break is the name
        piece = piece.translate(_DASHES)
        if not piece and unicodedata.combining(char):
            continue
        chars.append(piece)
        origin.extend([i] * len(piece))
    return "".join(chars), origin


_ASIDE_RE: Final = re.compile(r"(?<=\w) \([A-Z]{2,6}\)(?= [a-z]+ \w)")


def _exact(text: str, names: Iterable[_Name]) -> Iterator[EntityMention]:
    """Every name found as it stands (acronyms) or folded: one pass of one pattern per mode."""
    folded, origin = _folded(text)
    # "the Cooperation Council between the European Union (EU) and Kazakhstan": an acronym
    # given in brackets inside a longer name is an aside, and the name reads on without it
    asides = [m.span() for m in _ASIDE_RE.finditer(text)]
    if asides:
        kept = [i for i, o in enumerate(origin) if not _overlaps(asides, o, o + 1)]
        folded, origin = "".join(folded[i] for i in kept), [origin[i] for i in kept]
    origin.append(len(text))
    modes: dict[bool, dict[str, list[_Name]]] = {True: {}, False: {}}
    for entry in names:
        key = entry.name if entry.exact_case else fold(entry.name).translate(_DASHES)
        modes[entry.exact_case].setdefault(key, []).append(entry)
    for exact_case, keys in modes.items():
        if not keys:
            continue
        alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
        pattern = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w]|-\w)")
        haystack = text if exact_case else folded
        for match in pattern.finditer(haystack):
            if exact_case:
                start, end = match.span()
            else:
                start, end = origin[match.start()], origin[match.end() - 1] + 1
            for entry in keys[match.group()]:
                # A name is a proper noun: all in lower case ("a total of") it is a word,
                # not the organization Total; other differences of case still match.
                # A name of three words or more is the name in any case ("an enhanced partnership
                # and cooperation agreement").
                if (
                    not exact_case
                    and text[start:end].islower()
                    and not entry.name.islower()
                    and len(entry.name.split()) < 3
                ):
                    continue
                yield EntityMention(start, end, text[start:end], entry.id, entry.kind, entry.name)


_WORD_RE: Final = re.compile(r"[^\W\d_][\w.'\u2019-]*", re.UNICODE)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the disjoint, sorted `spans` overlaps ``[start, end)``: a binary search."""
    at = bisect.bisect_left(spans, (end, end)) - 1
    return at >= 0 and spans[at][1] > start


# The romanizations of Central Asian names vary in a few letters ("Qasym-Zhomart Toqaev", "Kassym-
# Jomart Tokayev"): read alike before their spellings are compared.
_ROMANIZED: Final = (
    (re.compile(r"dzh|zh"), "j"),
    (re.compile(r"q"), "k"),
    (re.compile(r"(?<=[aeiou])y(?=e)"), ""),
)


def _romanized(name: str) -> str:
    """`name` folded, with the letters its romanizations vary in read alike."""
    name = fold(name)
    for pattern, letters in _ROMANIZED:
        name = pattern.sub(letters, name)
    return name


def _fuzzy(text: str, names: list[_Name], taken: list[tuple[int, int]]) -> Iterator[EntityMention]:
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    by_length: dict[int, list[_Name]] = {}
    for entry in names:
        # People's names only: an organization's name is near many a title ("Minister of
        # Foreign Affairs" and the ministry), and its spelling is far less often varied.
        if entry.kind == "official" and len(entry.name) >= 6:
            by_length.setdefault(len(entry.name.split()), []).append(entry)
    for length, entries in by_length.items():
        choices = [_romanized(e.name) for e in entries]
        for i in range(len(words) - length + 1):
            start, end = words[i][0], words[i + length - 1][1]
            if not text[start].isupper() or _overlaps(taken, start, end):
                continue
            if text[end - 1] == "." and re.search(r"\w\w\.$", text[start:end]):
                end -= 1  # "... met Roman Vasilenko.": the sentence's full stop is no part of the name
            window = text[start:end]
            if "\n" in window:
                continue
            if (
                i + length < len(words)
                and text[end : words[i + length][0]] == " "
                and (text[words[i + length][0]].isupper())
            ):
                continue  # "Michael Siebert" is no near spelling of "Michel": a longer name goes on
            spelled = NearSpelling(_romanized(window), FUZZY_SCORE / 100)
            scored = [(ratio, -k) for k, name in enumerate(choices) if (ratio := spelled(name)) is not None]
            if scored:
                ratio, k = max(scored)  # the closest; at a tie, the first name
                entry = entries[-k]
                yield EntityMention(start, end, window, entry.id, entry.kind, entry.name, ratio * 100)


def entities(text: str, dataset: Dataset) -> list[EntityMention]:
    """Every official, organization and country of `dataset` that `text` names, in order.

    Where names overlap the longest wins ("Council of the European Union" over "European
    Union"); at equal length an official or organization wins over a country.

    >>> import eucentralasia as eca
    >>> [(e.text, e.id) for e in entities("Deputy Minister Roman Vasilenko met the EBRD in Astana, "
    ...                                   "Kazakhstan.", eca.load())]
    [('Roman Vasilenko', 'roman-vassilenko'), ('EBRD', 'ebrd'), ('Kazakhstan', 'KZ')]
    """
    names = _names(dataset)
    named: dict[str, bool] = {}  # a country -> whether the text names it (asked once)
    found = sorted(
        _exact(text, names),
        key=lambda m: (m.start, -(m.end - m.start), m.kind == "country"),
    )
    chosen = _disjoint(found)
    taken = [(m.start, m.end) for m in chosen]
    chosen.extend(_fuzzy(text, names, taken))
    chosen = _disjoint(sorted(chosen, key=lambda m: (m.start, -(m.end - m.start))))
    # A country or the EU may stand inside an event's name ("Central Asia - EU Summit")
    taken = [(m.start, m.end) for m in chosen if m.kind != "country" and m.id != "european-union"]
    agreements = frozenset((m.start, m.end) for m in chosen if m.kind == "agreement")
    chosen.extend(_shortened(text, dataset, taken, agreements))
    chosen.extend(_agreement_on(text, dataset, chosen))
    chosen.extend(_the_commission(text, chosen, dataset))
    chosen.extend(_the_bloc(text, chosen))
    chosen.extend(_the_executive(text, chosen, dataset))
    chosen.extend(_defined_acronyms(text, chosen))
    chosen.extend(_brussels(text, chosen))
    chosen.extend(_the_body(text, chosen))
    chosen.extend(_by_topic(text, dataset, chosen))
    chosen.extend(_renewed(text, dataset, chosen))
    chosen.extend(_of_its_kind(text, dataset, chosen))
    chosen.extend(_the_visit(text, dataset, chosen))
    chosen.extend(_a_country_s_body(text, dataset))
    chosen.extend(_the_ministry(text, dataset, chosen))
    chosen.extend(_council_configuration(text, dataset))
    chosen.extend(_country_reforms(text, dataset, chosen))
    chosen = _disjoint(sorted(chosen, key=lambda m: (m.start, -(m.end - m.start))))
    chosen = _disjoint(
        sorted([*chosen, *_the_event(text, chosen)], key=lambda m: (m.start, -(m.end - m.start)))
    )
    # "the Global Gateway Investors Forum": an event named after a known agreement names the
    # agreement too, inside its own name (the one overlap kept)
    events = [(m.start, m.end) for m in chosen if m.kind == "event"]
    inside = [
        m
        for m in found
        if m.kind == "agreement"
        and any(a <= m.start and m.end <= b for a, b in _overlapping(events, m.start, m.end))
    ]
    if inside:
        chosen = sorted([*chosen, *inside], key=lambda m: (m.start, -(m.end - m.start)))
    # the known bodies named, with their countries, for the party check
    bodies = [
        (m.start, dataset.organizations.get(m.id).country or "")
        for m in chosen
        if m.kind == "organization" and m.id in dataset.organizations
    ]
    return [
        m
        for m in chosen
        if (m.kind != "agreement" or _party_named(text, m, dataset, bodies))
        and not _qualified(text, m, dataset)
        and not _given_name(text, m)
        and not _another_given_name(text, m, dataset)
        and not _longer_name(text, m)
        and not _another_country(text, m, dataset)
        and not _country_unnamed(text, m, dataset, named)
    ]


_CODES: Final = {name: code for code, name in COUNTRY_NAMES.items()}
# The EU's member states: never the other party of a bilateral agreement of the EU's.
MEMBER_STATES: Final = frozenset(
    {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"}
    | {"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
)
# (a weekday or a month after a surname is no given name: "said Michel Tuesday")
_NAME_WORD_RE: Final = re.compile(
    r"[ \t\u00a0](?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)([A-Z][a-z\u00e0-\u00ff]+)\b(?![\u2019']s\b)"
)
_TITLE_CASE_RE: Final = re.compile(r"\b[A-Z][\w-]*")


def _given_name(text: str, m: EntityMention) -> bool:
    """Whether a known official's surname alone stands before another name: a given name.

    "Michel Voisin told the forum" names Michel Voisin, not Charles Michel; in a headline in
    title case ("Tokayev Meets Michel In Brussels") the capital after it is no name.
    """
    if m.kind != "official" or " " in m.name or m.score != 100.0:
        return False
    after = _NAME_WORD_RE.match(text, m.end)
    return after is not None and not _in_title_case(text, m)


def _in_title_case(text: str, m: EntityMention) -> bool:
    """Whether the line around `m` is a headline in title case: three words in four in capitals."""
    # (looked for within 300 characters either side: linear on a long text)
    low, high = max(0, m.start - 300), min(len(text), m.end + 300)
    line_start = text.rfind("\n", low, m.start) + 1 or low
    line_end = text.find("\n", m.end, high)
    words = text[line_start : line_end if line_end != -1 else high].split()
    capitals = sum(1 for w in words if _TITLE_CASE_RE.match(w))
    return capitals * 4 >= len(words) * 3


_GIVEN_BEFORE_RE: Final = re.compile(r"([A-Z][\w\u2019'-]+)[ \t]+$")


def _another_given_name(text: str, m: EntityMention, dataset: Dataset) -> bool:
    """Whether a known official's surname alone stands after another given name than theirs.

    "Stanislav Vassilenko" is not Roman Vassilenko (not a title, "Ambassador Vassilenko", nor the
    given name spelt otherwise, "Kassym-Zhomart Tokayev").
    """
    if m.kind != "official" or " " in m.text.strip() or m.id not in dataset.officials:
        return False
    given = _GIVEN_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    if given is None or _in_title_case(text, m):
        return False  # ("Tokayev Meets Michel In Brussels": a headline's capitals)
    from eucentralasia.curate._speech import stop_word  # (here, not above: that module reads this one)

    if stop_word(given[1]):
        return False
    official = dataset.officials.get(m.id)
    firsts = {fold(n).split()[0][:2] for n in (official.name, *official.aliases) if " " in n.strip()}
    return bool(firsts) and fold(given[1])[:2] not in firsts


_LONGER_RE: Final = re.compile(r"[ \t]+(?:on|for)[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+")


def _longer_name(text: str, m: EntityMention) -> bool:
    """Whether a known body's name runs on into a longer name: another body's.

    "the European Council on Foreign Relations" is a think tank, not the European Council.
    The EU itself ("support from the EU for Central Asia") and countries are left alone, and
    so is a post's portfolio after the body it is in ("Vice President of the European
    Commission for Economic Affairs").
    """
    return (
        m.kind == "organization"
        and m.id != "european-union"
        and _LONGER_RE.match(text, m.end) is not None
        and _POST_OF_RE.search(text, max(0, m.start - 40), m.start) is None
    )


_POST_OF_RE: Final = re.compile(
    r"\b(?:President|Vice[ -]President|Commissioner|Member|Head|Director(?:-General)?|Secretary(?:-General)?)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_OF_COUNTRY_RE: Final = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w-]+)")
_COUNTRY_S_RE: Final = re.compile(r"([A-Z][\w-]+)[\u2019']s\s+$")


def _another_country(text: str, m: EntityMention, dataset: Dataset) -> bool:
    """Whether a country's body named by its generic name is said to be another country's.

    "Ministry of Foreign Affairs" is Kazakhstan's in the dataset; "the Ministry of Foreign
    Affairs of Uzbekistan" or "Uzbekistan's Ministry of Foreign Affairs" is not.
    """
    if m.kind != "organization" or m.id not in dataset.organizations:
        return False
    country = dataset.organizations.get(m.id).country
    if not country:
        return False
    after = _OF_COUNTRY_RE.match(text, m.end)
    before = _COUNTRY_S_RE.search(text, max(0, m.start - 40), m.start)
    named = [match.group(1) for match in (after, before) if match is not None]
    return any(name in _CODES and _CODES[name] != country for name in named)


def _names_country(text: str, code: str) -> bool:
    """Whether `text` names the country, by its name or a word made from it ("Kazakh", "Kyrgyz")."""
    name = COUNTRY_NAMES.get(code, code)
    return re.search(rf"\b{re.escape(name[:5])}", text) is not None


def _country_unnamed(text: str, m: EntityMention, dataset: Dataset, named: dict[str, bool]) -> bool:
    """Whether a country's body is named by a short form without the country, in a text that never names it.

    "Ministry of Foreign Affairs" is the dataset's Ministry of Foreign Affairs of Kazakhstan
    in a text on Kazakhstan; in a text on Kyrgyzstan alone it is Kyrgyzstan's, and left
    unread (to be drafted) rather than linked to the wrong record.
    """
    if m.kind != "organization" or m.id not in dataset.organizations:
        return False
    body = dataset.organizations.get(m.id)
    country = body.country
    if not country or country == "EU" or country not in COUNTRY_NAMES:
        return False
    stem = COUNTRY_NAMES[country][:5]
    if stem not in body.name or stem in m.name:
        return False  # a proper name ("Majilis") or one that names the country itself
    if country not in named:
        named[country] = _names_country(text, country)
    return not named[country]


# Other names of a body of government, by the name a country's body has in the dataset.
_BODY_FORMS: Final = {"Ministry of Foreign Affairs": ("Foreign Ministry", "Foreign Affairs Ministry", "MFA")}
# (a nationality in lower case too, as a text's typo has it: "the kazakh MFA")
_COUNTRY_WORD_RE: Final = (
    r"(?P<who>[A-Za-z][a-z]{3,}(?:[\u2019']s)?|the\s+country[\u2019']s|[Tt]he(?=\s+[A-Z]))"
)


def _a_country_s_body(text: str, dataset: Dataset) -> Iterator[EntityMention]:
    """A country's body named by the country's adjective or possessive: "the Kazakh MFA".

    "Kazakhstan's Foreign Ministry", "the Kazakh Foreign Ministry", "the Foreign Ministry of
    Kazakhstan", and in a text naming Kazakhstan alone, "the country's Foreign Ministry" or
    "the Foreign Ministry" (capitalized, with no country):
    the dataset's body "Ministry of Foreign Affairs of Kazakhstan". Another country's ("the
    Uzbek Foreign Ministry") is not it.
    """
    for organization in dataset.organizations:
        country = organization.country
        if not country or country not in COUNTRY_NAMES or country == "EU":
            continue
        place = COUNTRY_NAMES[country]
        of = re.fullmatch(
            rf"(?P<body>.+?)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?{re.escape(place)}"
            r"(?P<to>\s+to\s+the\s+\S.*)?",
            organization.name,
        )
        if of is None:
            continue
        # "Kazakhstan's mission to the EU": a permanent mission is its country's mission there
        bare = of["body"].removeprefix("Permanent ")
        forms = tuple(
            f + (of["to"] or "") for f in dict.fromkeys((of["body"], bare, *_BODY_FORMS.get(of["body"], ())))
        )
        # "Kazakhstan's government", "the Kazakh foreign ministry": each word of a body's name in
        # either case (an acronym, "MFA", in capitals only)
        body = "|".join(
            r"\s+".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in f.split())
            if not f.isupper()
            else f
            for f in sorted(forms, key=len, reverse=True)
        )
        before = re.compile(rf"\b{_COUNTRY_WORD_RE}\s+(?:{body})\b")
        after = re.compile(rf"\b(?:{body})\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<who>[A-Z][a-z]{{3,}})")
        for match in (*before.finditer(text), *after.finditer(text)):
            who = match["who"]
            if who.lower().startswith("the"):
                # "the country's" or "the Foreign Ministry": the one country the text named before
                # it, or, before it names any ("ASTANA - ..., the Foreign Ministry said"), the one
                # it names at all (with two, unsure: none)
                named = {
                    m.group()[:5]
                    for m in _COUNTRY_RE.finditer(text, max(0, match.start() - 3000), match.start())
                } or {m.group()[:5] for m in _COUNTRY_RE.finditer(text, match.end(), match.end() + 3000)}
                # "Kazakhstan's ambassador to Belgium and head of the country's mission": with two,
                # the one country the sentence named as an owner before it
                sentence = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
                owners = {
                    m.group()[:5]
                    for m in _COUNTRY_RE.finditer(text, sentence, match.start())
                    if text[m.end() : m.end() + 2] in ("'s", "\u2019s")
                }
                who = named.pop() if len(named) == 1 else owners.pop() if len(owners) == 1 else ""
            if who[:5].lower() != place[:5].lower():
                continue
            start = match.start("who") if match.re is before else match.start()
            if match["who"].lower() == "the":  # "the Foreign Ministry": the name without its article
                start = (
                    match.end("who")
                    + len(text[match.end("who") : match.end()])
                    - len(text[match.end("who") : match.end()].lstrip())
                )
            yield EntityMention(
                start,
                match.end(),
                text[start : match.end()],
                organization.id,
                "organization",
                organization.name,
                95.0,
            )


_THE_MINISTRY_RE: Final = re.compile(r"\bthe\s+(ministry)(?=[\u2019']s\b|\s+(?!of\b))")
_FOREIGN_MINISTER_RE: Final = re.compile(
    r"\b(?P<who>[A-Z][a-z]{3,})(?:[\u2019']s)?\s+(?:[A-Z][\w-]*\s+|and\s+){0,6}?Foreign\s+Minister\b"
)


def _the_ministry(text: str, dataset: Dataset, found: list[EntityMention]) -> Iterator[EntityMention]:
    """ "the ministry" told of just after one country's Foreign Minister: that country's
    Ministry of Foreign Affairs ("Kazakh Foreign Minister X said ..., reported the ministry's
    press service"). Two countries' ministers before it: unsure, none.
    """
    taken = [(m.start, m.end) for m in found]
    for match in _THE_MINISTRY_RE.finditer(text):
        who = {
            m["who"][:5]
            for m in _FOREIGN_MINISTER_RE.finditer(text, max(0, match.start() - 400), match.start())
        }
        if len(who) != 1 or _overlaps(taken, *match.span(1)):
            continue
        (country,) = who
        for organization in dataset.organizations:
            place = COUNTRY_NAMES.get(organization.country or "", "")
            if place[:5] == country and re.fullmatch(
                rf"Ministry\s+of\s+Foreign\s+Affairs\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?{re.escape(place)}",
                organization.name,
            ):
                start, end = match.span(1)
                yield EntityMention(
                    start, end, text[start:end], organization.id, "organization", organization.name, 90.0
                )


_QUALIFIER_RE: Final = re.compile(r"(?<![.!?]\s)\b(?!The\b)[A-Z][\w-]*[ \t]+$")


def _qualified(text: str, m: EntityMention, dataset: Dataset) -> bool:
    """Whether a body's one-word short name follows a capitalized word: another body's name.

    "Parliament" is the Parliament of Kazakhstan in a text on Kazakhstan, but "the
    European Parliament" or "the Kyrgyz Parliament" names a body of its own; such a name
    is left unread (to be drafted) rather than linked to the wrong record.
    """
    return (
        m.kind == "organization"
        and re.fullmatch(r"[A-Z][a-z]+", m.text) is not None
        and m.id in dataset.organizations
        and fold(m.text) != fold(dataset.organizations.get(m.id).name)
        and _QUALIFIER_RE.search(text, max(0, m.start - 40), m.start) is not None
    )


_COMMISSION_RE: Final = re.compile(
    r"\b[Tt]he\s+(Commission)\b(?!\s+(?:of|for|on)\b)|\b(Commission)\s+(?:Vice[- ])?President\b"
)
_OTHER_COMMISSION_RE: Final = re.compile(r"\b(?!European\b)[A-Z][\w-]+\s+Commission\b")


_AGREEMENT_ON_RE: Final = re.compile(
    r"\b[Aa]greement\s+(?:on|of)\s+(?P<words>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+\s+and\s+[A-Za-z-]+)\b"
)


def _agreement_on(text: str, dataset: Dataset, found: list[EntityMention]) -> Iterator[EntityMention]:
    """An agreement named the other way round: "the new agreement on enhanced cooperation and
    partnership" is the Enhanced Partnership and Cooperation Agreement.

    Its words after "agreement on" are all the words before "Agreement" in the name, in any
    order; one word more or fewer ("partnership and cooperation" alone) is another agreement.
    """
    taken = [(m.start, m.end) for m in found]
    forms = [
        (frozenset(_content(name)[:-1]), agreement)
        for agreement in dataset.agreements
        for name in (agreement.name, *agreement.aliases)
        if name.endswith(" Agreement")
    ]
    for match in _AGREEMENT_ON_RE.finditer(text):
        words = frozenset(_content(match["words"]))
        named = {agreement.id: agreement for content, agreement in forms if content == words}
        if len(named) == 1 and not _overlaps(taken, *match.span()):
            (agreement,) = named.values()
            start, end = match.span()
            yield EntityMention(start, end, text[start:end], agreement.id, "agreement", agreement.name, 95.0)


def _the_commission(text: str, found: list[EntityMention], dataset: Dataset) -> Iterator[EntityMention]:
    """ "the Commission" in a text on the EU that names no other commission: the European Commission.

    The EU's own usage ("the agreement of the Commission and the Council"); a text naming
    another commission ("the Electoral Commission") leaves the short form unread.
    """
    if "european-commission" not in dataset or _OTHER_COMMISSION_RE.search(text):
        return
    # "Commission President X" is the EU's wherever it stands; "the Commission" in a text on the EU
    on_the_eu = re.search(r"\bEuropean\s+Union\b|\bEU\b", text) is not None
    taken = [(m.start, m.end) for m in found]
    for match in _COMMISSION_RE.finditer(text):
        group = 1 if match.group(1) else 2  # "the Commission" or "Commission President X"
        start, end = match.span(group)
        if (group == 2 or on_the_eu) and not _overlaps(taken, start, end):
            yield EntityMention(
                start,
                end,
                match.group(group),
                "european-commission",
                "organization",
                "European Commission",
                95.0,
            )


# "the EU executive", "the bloc's executive arm": the European Commission, by the name wire reports give it
_EXECUTIVE_RE: Final = re.compile(
    r"\b(?:EU|European\s+Union|bloc)(?:[\u2019']s)?\s+executive(?:\s+(?:arm|body|branch))?\b"
    r"(?!\s+(?:director|board|officer|secretary|committee|summary|order|vice)\b)"
)


def _the_executive(text: str, found: list[EntityMention], dataset: Dataset) -> Iterator[EntityMention]:
    """ "The EU executive confirmed ...": the European Commission, the EU's executive."""
    if "european-commission" not in dataset:
        return
    taken = [(m.start, m.end) for m in found if m.id != "european-union"]
    for match in _EXECUTIVE_RE.finditer(text):
        if not _overlaps(taken, *match.span()):
            start, end = match.span()
            yield EntityMention(
                start, end, match.group(), "european-commission", "organization", "European Commission", 95.0
            )


_BLOC_RE: Final = re.compile(r"\b[Tt]he\s+(?:[\w-]+?-(?:member|nation|country)\s+)?(bloc)\b")
_BLOCS: Final = frozenset({"european-union", "eurasian-economic-union"})


def _the_bloc(text: str, found: list[EntityMention]) -> Iterator[EntityMention]:
    """ "the bloc", "the 27-member bloc": the EU where the last bloc the text named before it is the EU.

    Wire reports' usual second name for the EU; after the Eurasian Economic Union it is that
    union, which no record of ours has a short form for, so it is left unread.
    """
    blocs = [m for m in found if m.id in _BLOCS]
    for match in _BLOC_RE.finditer(text):
        last = [m for m in blocs if m.end <= match.start()]
        if last and last[-1].id == "european-union":
            start, end = match.span(1)
            yield attrs.evolve(last[-1], start=start, end=end, text=match.group(1), score=95.0)


# "Brussels wants", "Brussels' strategy", "Brussels and Astana agreed": the city standing for the
# EU, as an owner or as the subject of a verb (an auxiliary, a modal, a verb ending in -s or
# -ed); "met in Brussels", "the Brussels talks", "Brussels Airport", "Brussels-based" are the city.
_BRUSSELS_RE: Final = re.compile(
    r"\bBrussels(?![\w-])(?=[\u2019'](?:s\b)?|\s+(?:(?:and|or)\s+[A-Z][a-z]+\s+)?"
    r"(?:(?:is|was|has|had|will|would|can|could|should|must|may|might|does|did|wants?|sees?|saw|"
    r"sought|hopes?|plans?|aims?|seeks?|insists?|urges?|warns?|offers?|pledges?|considers?)\b|"
    r"[a-z]+ed\b|[a-z]+s\b(?!\s+(?:of|with|in|on|and)\b)))"  # "Brussels talks with": a noun
)
_NOT_THE_EU_RE: Final = re.compile(r"\b(?:in|to|from|at|via|near|of|for|into|the|a|an|its|their)\s+$", re.I)


def _brussels(text: str, found: list[EntityMention]) -> Iterator[EntityMention]:
    """ "Brussels" for the EU, in a text that names the EU."""
    eu = next((m for m in found if m.id == "european-union"), None)
    if eu is None:
        return
    for match in _BRUSSELS_RE.finditer(text):
        if _NOT_THE_EU_RE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "from Brussels", "the Brussels summits": the city
        yield attrs.evolve(eu, start=match.start(), end=match.end(), text=match.group(), score=95.0)


_DEFINED_RE: Final = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _defined_acronyms(text: str, found: list[EntityMention]) -> Iterator[EntityMention]:
    """ "the European Commission (EC)": the acronym a text defines, there and wherever it stands after.

    Only the initials of the name's capitalised words ("EC", not "ECX"): a parenthesis holding
    anything else (a country's code, another body) is not the name's.
    """
    for m in found:
        if m.kind in ("country", "official"):
            continue
        defined = _DEFINED_RE.match(text, m.end)
        if defined is None:
            continue
        acronym = defined.group(1)
        if acronym != "".join(w[0] for w in re.findall(r"[A-Z][\w]*", m.text)):
            continue
        for use in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])", text[defined.start(1) :]):
            start = defined.start(1) + use.start()
            yield attrs.evolve(m, start=start, end=start + len(acronym), text=acronym, score=95.0)


_EVENT_HEAD_RE: Final = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(Summit|Forum|Conference|Ministerial)\b")


def _by_topic(text: str, dataset: Dataset, found: list[EntityMention]) -> Iterator[EntityMention]:
    """A known agreement named by its topic: its name without the head noun, in two constructions.

    "visa facilitation and readmission agreements" (names sharing one plural head) and
    "negotiations on visa facilitation", "talks on Monday for EU visa facilitation" (the
    talks' topic) name the Visa Facilitation Agreement; the mention is the topic's words.
    """
    topics: dict[str, tuple[str, str, str]] = {}  # folded topic -> (topic, head, id)
    for agreement in dataset.agreements:
        for name in (agreement.name, *agreement.aliases):
            words = name.split()
            if len(words) >= 3 and words[-1].lower() == "agreement":
                topics.setdefault(
                    " ".join(words[:-1]).lower(), (" ".join(words[:-1]), words[-1], agreement.id)
                )
    if not topics:
        return
    taken = [(m.start, m.end) for m in found]
    topic = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(topics, key=len, reverse=True))
    other = r"[\w-]+(?:\s+[\w-]+)?"
    shared = re.compile(
        rf"\b(?P<a>{topic})(?:\s*,\s*{other})*\s+(?:and|or)\s+{other}\s+agreements\b"
        rf"|\b{other}\s+(?:and|or)\s+(?P<b>{topic})\s+agreements\b"
        rf"|\b(?:negotiations?|talks)(?:\s+[^\s;]+){{0,3}}?\s+(?:on|for|over|about)\s+(?:(?:the|an?|EU)\s+)?(?P<c>{topic})\b(?!\s+agreement)"
        # "a new agreement on enhanced partnership and cooperation": the name with its head first
        rf"|\bagreements?\s+on\s+(?:the\s+)?(?P<d>{topic})\b(?!\s+agreement)",
        re.IGNORECASE,
    )
    for match in shared.finditer(text):
        group = next(g for g in ("a", "b", "c", "d") if match.group(g))
        start, end = match.span(group)
        if _overlaps(taken, start, end):
            continue
        topic, head, id = topics[" ".join(match.group(group).split()).lower()]
        yield EntityMention(start, end, match.group(group), id, "agreement", f"{topic} {head}", 90.0)


# The first word of an agreement's name that says it renews an earlier one ("Enhanced Partnership and
# Cooperation Agreement"), and the words a text may say it with
_RENEWING: Final = frozenset({"enhanced", "new", "updated", "renewed", "revised", "expanded", "extended"})
_RENEWED: Final = r"(?:new|updated|renewed|revised|enhanced|expanded|extended|moderni[sz]ed)"


def _renewed(text: str, dataset: Dataset, found: list[EntityMention]) -> Iterator[EntityMention]:
    """A known agreement whose name begins with a word of renewal, named without it after another
    such word: "an updated and well-advanced Partnership and Cooperation Agreement" is the
    Enhanced Partnership and Cooperation Agreement (the party check still applies); "a new deal
    and the Partnership ..." (an article between) is another."""
    rests: dict[str, tuple[str, str]] = {}  # the name without its first word -> (id, name)
    for agreement in dataset.agreements:
        first, _, rest = agreement.name.partition(" ")
        if first.lower() in _RENEWING and len(rest.split()) >= 3:
            rests.setdefault(rest, (agreement.id, agreement.name))
    if not rests:
        return
    taken = [(m.start, m.end) for m in found]
    names = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(rests, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?i:{_RENEWED})(?:,?\s+(?:and\s+)?(?!(?:the|a|an|its|their|this|that)\b)[a-z][\w-]*){{0,2}}\s+(?P<n>{names})\b"
    )
    for match in pattern.finditer(text):
        start, end = match.span("n")
        if not _overlaps(taken, start, end):
            id, name = rests[" ".join(match.group("n").split())]
            yield EntityMention(start, end, match.group("n"), id, "agreement", name, 85.0)


# The nouns of the kinds of agreement one region's sole instrument of the kind is told by.
_KIND_NOUNS: Final = {"roadmap": r"road\s?map"}
# The region by name ("EU-Central Asia", "the Central Asian states"), and the EU by its own.
CENTRAL_ASIA_RE: Final = re.compile(
    r"\bCentral\s+Asia(?!n)\b|\bCentral\s+Asian\s+(?:countries|states|republics|nations|leaders)\b"
)
EU_RE: Final = re.compile(r"\b(?:EU|European\s+Union)\b")


def _of_its_kind(text: str, dataset: Dataset, found: list[EntityMention]) -> Iterator[EntityMention]:
    """A known agreement told by its kind and its parties: 'a joint "roadmap" aimed at expanding
    relations between the EU and Central Asia' is the Joint Roadmap, the one roadmap of the EU
    and the five Central Asian countries the dataset knows.

    The sentence must name the EU and Central Asia, and the dataset hold one agreement of
    that kind with those parties; a roadmap of the EU and one country is another.
    """
    taken = [(m.start, m.end) for m in found]
    for kind, noun in _KIND_NOUNS.items():
        regional = [
            a for a in dataset.agreements if a.kind.value == kind and set(a.parties) == {"EU", *CENTRAL_ASIA}
        ]
        if len(regional) != 1:
            continue
        (agreement,) = regional
        # (not a roadmap with a name of its own: "the Roadmap on Raw Materials")
        for match in re.finditer(rf"\b{noun}\b(?!\s+(?:on|for|of)\s+[A-Z])", text, re.IGNORECASE):
            start, end = match.span()
            low = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
            high = min(
                (i for i in (text.find(". ", end), text.find("\n", end)) if i != -1), default=len(text)
            )
            sentence = text[low:high]
            eu = EU_RE.search(sentence) is not None  # ("EU-Central Asia")
            if eu and CENTRAL_ASIA_RE.search(sentence) and not _overlaps(taken, start, end):
                yield EntityMention(
                    start, end, match.group(), agreement.id, "agreement", agreement.name, 85.0
                )


# A country's reforms of a kind, as a known event's title words them ("Kazakhstan's comprehensive
# political reforms"), and the words a text tells them with
_REFORM_TITLE_RE: Final = re.compile(r"\b(?P<kind>political|economic)\s+reforms?\b", re.IGNORECASE)
_REFORMS_TOLD: Final = {
    # "political and socio-economic reforms" names both
    "political": re.compile(r"\bpolitical(?=(?:\s+and\s+(?:socio[-\s]?)?economic)?\s+reforms?\b)", re.I),
    "economic": re.compile(
        r"\b(?:socio[-\s]?)?economic(?=\s+reforms?\b)|\breform(?:s|ing)?\s+(?:of\s+)?the\s+economy\b", re.I
    ),
}


def _country_reforms(text: str, dataset: Dataset, found: list[EntityMention]) -> Iterator[EntityMention]:
    """A country's known reforms told in a sentence about that country: "the political reforms led
    by President Kassym-Jomart Tokayev" are Kazakhstan's comprehensive political reforms.

    Of the known events whose title names a country's political or economic reforms, the one of
    the kind the words tell, where the sentence names the country or one of its officials the
    dataset knows (an official whose role is in it); never another country's reforms.
    """
    reforms: dict[tuple[str, str], list[Event]] = {}
    for event in dataset.events:
        titled = _REFORM_TITLE_RE.search(event.title)
        countries = [
            code for code, name in COUNTRY_NAMES.items() if re.search(rf"\b{re.escape(name)}\b", event.title)
        ]
        if titled is not None and len(countries) == 1:
            reforms.setdefault((titled["kind"].lower(), countries[0]), []).append(event)
    officials = {o.id: {r.country for r in o.roles if r.country is not None} for o in dataset.officials}
    for (kind, country), events in reforms.items():
        if len(events) != 1:
            continue
        (event,) = events
        for match in _REFORMS_TOLD[kind].finditer(text):
            start, end = match.span()
            low = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
            high = min(
                (i for i in (text.find(". ", end), text.find("\n", end)) if i != -1), default=len(text)
            )
            about = {
                m.id if m.kind == "country" else country
                for m in found
                if low <= m.start < high
                and (m.kind == "country" or (m.kind == "official" and country in officials.get(m.id, ())))
            }
            if about == {country}:
                yield EntityMention(start, end, match.group(), event.id, "event", event.title, 85.0)


# The Council of the EU meeting in one of its configurations: "the Foreign Affairs Council", "the EU
# Council on Foreign Affairs", "the external relations Council" (not "the UN Security Council" or "the
# European Council on Foreign Relations")
_CONFIGURATION_RE: Final = re.compile(
    r"\b(?:(?:Foreign|General|Economic\s+and\s+Financial|Justice\s+and\s+Home)\s+Affairs\s+Council"
    # its foreign ministers' configuration before 2009: "an informal external relations Council meeting"
    r"|(?:General\s+Affairs\s+and\s+)?[Ee]xternal\s+[Rr]elations\s+Council"
    r"|(?:EU|European\s+Union)\s+Council\s+(?:on|for)\s+(?:Foreign|General)\s+Affairs"
    # in lower case only after the EU's name: "the EU foreign affairs council conclusions"
    r"|(?<=EU\s)foreign\s+affairs\s+council"
    r"|Council\s+on\s+foreign\s+affairs\s+of\s+the\s+European\s+Union"
    # the Council itself as the press names it: "the EU Council adopted guidelines", "the
    # Commission and the Council of Ministers"; not the European Council's head ("the head of the
    # EU Council Charles Michel") nor a government's cabinet ("Council of Ministers of Uzbekistan")
    r"|(?<!\bhead\sof\sthe\s)(?<![Pp]resident\sof\sthe\s)(?:EU|European\s+Union)\s+Council"
    r"(?:\s+of\s+Ministers)?(?!\s+(?:[Pp]resident|chief|head)\b)"
    r"|(?<!\bof\sthe\s)Council\s+of\s+Ministers(?!\s+(?:of|for)\b))\b"
)
_COUNCIL_OF_THE_EU: Final = "Council of the European Union"


# The EU's ministers deciding are the Council of the EU: "adopted by EU foreign ministers", "EU
# foreign ministers lifted the sanctions" (meeting others, "EU foreign ministers met ...", they are not)
_MINISTERS: Final = r"(?:EU|European\s+Union|[Tt]he\s+(?:EU|bloc)[\u2019']s)\s+(?:foreign\s+)?ministers"
_DECIDED: Final = r"(?:adopted|decided|approved|endorsed|lifted|imposed|extended|renewed)"
_MINISTERS_RE: Final = re.compile(
    rf"\b{_DECIDED}\s+by\s+(?:the\s+)?(?P<a>{_MINISTERS})\b"
    rf"|(?<![\w-])(?P<b>{_MINISTERS})\s+(?:(?:have|has|had)\s+)?{_DECIDED}\b"
)


def _council_configuration(text: str, dataset: Dataset) -> Iterator[EntityMention]:
    """The Council of the EU by the name of one of its configurations ("the Foreign Affairs Council"),
    by the press's name for it ("the EU Council") or by its members deciding ("adopted by EU foreign
    ministers")."""
    council = next((o for o in dataset.organizations if o.name == _COUNCIL_OF_THE_EU), None)
    if council is None:
        return
    for match in _CONFIGURATION_RE.finditer(text):
        yield EntityMention(
            match.start(), match.end(), match.group(), council.id, "organization", council.name, 90.0
        )
    for match in _MINISTERS_RE.finditer(text):
        group = "a" if match.group("a") else "b"
        start, end = match.span(group)
        if match.group(group)[:4].lower() == "the ":
            start += len("The ")
        yield EntityMention(start, end, text[start:end], council.id, "organization", council.name, 85.0)


# "the visit of the President of the European Council, Charles Michel": titles and commas between
_VISIT_OF_RE: Final = re.compile(r"\bvisit\s+of\s+(?:(?:the|of|[A-Z][\w-]*)[\s,]+)*$")
_VISIT_TO_RE: Final = re.compile(r"[\s,]+(?:to|in)\s+(?:the\s+)?([A-Z][\w-]+)")
_S_VISIT_RE: Final = re.compile(r"[\u2019']s\s+(?:[a-z]+\s+)?(visit)\b")


def _the_visit(text: str, dataset: Dataset, found: list[EntityMention]) -> Iterator[EntityMention]:
    """ "the visit of Charles Michel", "Charles Michel's recent visit": the known official's one visit.

    Where the dataset holds exactly one visit by the official named, the word "visit" names
    it; with two or none it names no known event.
    """
    visits: dict[str, list[str]] = {}
    for event in dataset.events:
        if event.kind.value == "visit":
            for who in event.participants:
                # the visitor, whom the title names ("Charles Michel's visit to Astana"), not the host
                official = dataset.officials.get(who) if who in dataset.officials else None
                if official is not None and fold(official.name.split()[-1]) in fold(event.title):
                    visits.setdefault(who, []).append(event.id)
    taken = [(m.start, m.end) for m in found]
    for m in found:
        if m.kind != "official" or len(visits.get(m.id, ())) != 1:
            continue
        before = _VISIT_OF_RE.search(text, max(0, m.start - 80), m.start)
        after = _S_VISIT_RE.match(text, m.end)
        if before is not None:
            start, end = before.start(), before.start() + len("visit")
        elif after is not None:
            start, end = after.span(1)
        else:
            continue
        event = dataset.events.get(visits[m.id][0])
        # "a visit to Uzbekistan" is another visit than the one to Astana
        to = _VISIT_TO_RE.match(text, end if after is not None else m.end)
        places = {COUNTRY_NAMES.get(c, c)[:5] for c in event.countries} | (
            {event.location.place[:5]} if event.location else set()
        )
        if to is not None and to.group(1)[:5] not in places:
            continue
        if not _overlaps(taken, start, end):
            yield EntityMention(start, end, text[start:end], event.id, "event", event.title, 85.0)


def _the_body(text: str, found: list[EntityMention]) -> Iterator[EntityMention]:
    """ "the Cooperation Council" after "the EU-Kazakhstan Cooperation Council": the body named last.

    A known body's name of three words or more, shortened to its last two after "the"
    once the text has named it in full; "the EU-Uzbekistan Cooperation Council" (another
    word before them) is another body.
    """
    named = sorted((m for m in found if m.kind == "organization" and m.score == 100.0), key=lambda m: m.start)
    tails: dict[str, list[EntityMention]] = {}
    for m in named:
        words = m.text.split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words[-2:]):
            tails.setdefault(" ".join(words[-2:]), []).append(m)
    if not tails:
        return
    taken = [(m.start, m.end) for m in found]
    pattern = "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
    ends = {tail: [m.end for m in ms] for tail, ms in tails.items()}  # in order of position
    for match in re.finditer(rf"\b[Tt]he\s+({pattern})\b", text):
        start, end = match.span(1)
        at = bisect.bisect_right(ends[match.group(1)], start) - 1  # the body named last before it
        if at >= 0 and not _overlaps(taken, start, end):
            last = tails[match.group(1)][at]
            yield EntityMention(start, end, match.group(1), last.id, "organization", last.name, 90.0)


def _the_event(text: str, found: list[EntityMention]) -> Iterator[EntityMention]:
    """ "the Summit", capitalised, where the text's last "Summit" before it names a known event.

    The text's own short name for the event it named in full ("the first EU-Central Asia
    Summit in Samarkand ... At the Summit, we will ..."); where the last "Forum" before it
    is another forum's, not a known event's, it is left unread.
    """
    named = [m for m in found if m.kind == "event"]  # in order of position
    starts = [m.start for m in named]
    read: list[EntityMention] = []  # "the Summit"s read so far, in order too
    taken = [(m.start, m.end) for m in found]
    for match in _EVENT_HEAD_RE.finditer(text):
        start, end = match.span(1)
        head = match.group(1)
        before = text.rfind(head, 0, start)
        at = bisect.bisect_right(starts, before) - 1
        holder = named[at] if at >= 0 and named[at].start <= before < named[at].end else None
        if holder is None and read and read[-1].start == before:
            holder = read[-1]  # "the Summit ... the Summit": the same as the one before
        if holder is not None and not _overlaps(taken, start, end):
            read.append(EntityMention(start, end, head, holder.id, "event", holder.name, 85.0))
            yield read[-1]


_CONNECTORS: Final = frozenset({"of", "for", "in", "and", "the", "on", "between", "to"})
_RUN_RE: Final = re.compile(
    r"[A-Z][\w+\u2019'\u2010-\u2013-]*(?:(?:(?:\s+(?:of|for|in|and|the|on|between|to))*\s+|\s+[-\u2013]\s+)"
    r"[A-Z][\w+\u2019'\u2010-\u2013-]*)*"
)  # "Central Asia - EU Summit": a spaced dash joins the parts of a name, and so does an unspaced en dash


# (after the name's closing quotation mark too: 'the first "Central Asia - EU" summit')
_LOWER_WORDS: Final = re.compile(
    r"[\"\u201d\u00bb]?(?:\s+(?!(?:of|for|in|and|the|on|between|to)\b)[a-z][\w-]*){1,2}"
)


def _content(words: str) -> list[str]:
    # ("the “Central Asia - European Union” Summit" is the EU-Central Asia Summit: the Union by name)
    folded = re.sub(r"\beuropean\s+union\b", "eu", fold(words).translate(_DASHES))
    return [
        _TRANSLATED.get(w, w) for w in re.findall(r"[\w+-]+", folded) if w not in _CONNECTORS and w != "first"
    ]


# One word translated several ways from Russian ("расширенное партнёрство": an "Enhanced",
# "Extended" or "Expanded" Partnership and Cooperation Agreement): one word in a name.
_TRANSLATED: Final = {"extended": "enhanced", "expanded": "enhanced"}


def _parted(words: list[str]) -> set[str]:
    """The words with hyphenated ones parted: "EU-Central Asia" and "Central Asia - EU" alike."""
    return {part for word in words for part in word.split("-") if part}


def _shortened(
    text: str, dataset: Dataset, taken: list[tuple[int, int]], agreements: frozenset[tuple[int, int]]
) -> Iterator[EntityMention]:
    """Agreements and events named by a shorter form of their name.

    "Trans-Caspian Transport Corridor" for the Trans-Caspian International Transport
    Corridor, "the first EU-Central Asia Summit in Samarkand" for the First EU-Central Asia
    Summit, Samarkand: the words of the run, in the name, ending as the name ends (or
    starting it), and most of the name's words.
    """
    forms: list[_Form] = []
    for agreement in dataset.agreements:
        for name in (agreement.name, *agreement.aliases):
            forms.append(_Form(_content(name), agreement.id, "agreement", name))
    for event in dataset.events:
        forms.append(_Form(_content(event.title), event.id, "event", event.title))
    forms = [f for f in forms if len(f.content) >= 2]
    named_forms = [f for f in forms if f.kind == "agreement"]
    heads = {f.content[-1] for f in named_forms}  # the last word of each name: its head noun
    # The names found that an event's longer name may hold: all but the agreements'.
    others = [span for span in taken if span not in agreements]
    named = sorted(agreements)
    # (quotation marks around a name are no break in it: 'the "Central Asia - EU" Summit')
    for match in _RUN_RE.finditer(text.translate(_QUOTES_AS_SPACES)):
        # "the X Corridor and the Y Forum": each part on its own when the whole names nothing
        parts = [match.span()]
        for part in re.finditer(r"(?:(?!\s+and\s).)+", match.group()):
            start = match.start() + part.start()
            lead = re.match(r"(?:and\s+)?(?:the\s+)?", part.group())
            parts.append((start + (lead.end() if lead else 0), match.start() + part.end()))
        # "the EU for the Trans-Caspian Corridor", "Kazakhstan's Enhanced ...": the name after a
        # preposition or a possessive
        for tail in re.finditer(r"\s(?:of|for|in|on|between|to)\s+(?:the\s+)?|[\u2019']s\s+", match.group()):
            parts.append((match.start() + tail.end(), match.end()))
        # "the first-ever EU-Central Asia Summit in April": a month or weekday after the name is its
        # time, no word of it
        when = _WHEN_RE.search(match.group())
        if when is not None:
            parts.insert(1, (match.start(), match.start() + when.start()))
        for start, end in parts:
            found = _named_by(
                text, start, end, forms, _overlaps(taken, start, end), not _overlaps(others, start, end)
            )
            if found is not None:
                yield found
                break
        else:
            # "the strategic Trans-Caspian corridor": an agreement's head noun in lower case after
            # its name (an event's, "the Central Asia forum", could be any such forum)
            head = _HEAD_RE.match(text, match.end())
            if head is not None and head.group(1) in heads:
                start, end = match.start(), head.end()
                found = _named_by(text, start, end, named_forms, _overlaps(taken, start, end), False)
                if found is not None:
                    yield found
                    continue
            # "a new Global Gateway investment package": the name's first words, the last ones
            # in lower case; taken only as the name's beginning (at least three words)
            more = re.match(_LOWER_WORDS, text[match.end() : match.end() + 40])
            # (its two lower-case words, else an event's head alone: "... summit were discussed";
            # not an agreement's first words: "our Global Gateway investment agenda" is no package)
            ends = [w.end() for w in re.finditer(r"[a-z][\w-]*", more.group())][::-1] if more else []
            for tried, more_end in enumerate(ends):
                start, end = match.start(), match.end() + more_end
                # a shorter name inside it ("Global Gateway") gives way to the longer
                blocked = _overlaps(others, start, end) or any(
                    not match.start() <= a < b <= match.end() for a, b in _overlapping(named, start, end)
                )
                candidates = forms if not tried else [f for f in forms if f.kind == "event"]
                found = _named_by(text, start, end, candidates, blocked, False, prefix_only=True)
                if found is not None:
                    yield found
                    break


_HEAD_RE: Final = re.compile(r"\s+([a-z][\w-]*)(?![\w-])")
_QUOTES_AS_SPACES: Final = str.maketrans(dict.fromkeys('"\u201c\u201d\u00ab\u00bb', " "))
_WHEN_RE: Final = re.compile(
    r"\s+(?:in|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


@attrs.frozen
class _Form:
    """A name of a known agreement or event: its content words, parted once."""

    content: list[str]
    id: str
    kind: Kind
    name: str
    parted: frozenset[str] = attrs.field(init=False)

    head: frozenset[str] = attrs.field(init=False)  # an event title's words before its first comma

    @parted.default
    def _parted_default(self) -> frozenset[str]:
        return frozenset(_parted(self.content))

    @head.default
    def _head_default(self) -> frozenset[str]:
        return frozenset(_parted(_content(self.name.split(",")[0]))) if "," in self.name else frozenset()


_ORDINAL_RE: Final = re.compile(r"(\d+(?:st|nd|rd|th))\s+$")


def _ordinal_before(text: str, start: int) -> set[str]:
    """The ordinal right before a name ("19th "), as a content word, or none."""
    found = _ORDINAL_RE.search(text, max(0, start - 8), start)
    return {found.group(1).lower()} if found else set()


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The disjoint, sorted `spans` that overlap ``[start, end)``: a binary search, then a walk."""
    i = max(0, bisect.bisect_left(spans, (start, start)) - 1)
    found = []
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] > start:
            found.append(spans[i])
        i += 1
    return found


def _named_by(
    text: str,
    start: int,
    end: int,
    forms: list[_Form],
    blocked: bool,
    free: bool,
    prefix_only: bool = False,
) -> EntityMention | None:
    """The known agreement or event ``text[start:end]`` names, if any.

    `blocked`: another name is found there already; `free`: none but an agreement's (which
    gives way to an event's longer name, "Global Gateway Investors Forum ...").
    """
    words = _content(text[start:end])
    if len(words) < 2 or len(set(words)) < len(words):
        return None
    parted = _parted(words)
    for form in forms:
        content, id, kind, name = form.content, form.id, form.kind, form.name
        # Every distinctive word of an event's title, its head noun among them, in a longer name:
        # "Global Gateway Investors Forum for EU-Central Asia Transport Connectivity" names the
        # Central Asia Investors Forum.
        if (
            kind == "event"
            and free
            and not prefix_only
            and len(form.parted) >= 3
            and form.parted < parted
            and content[-1] in words
        ):
            return EntityMention(start, end, text[start:end], id, kind, name, 85.0)
        if blocked or not parted <= form.parted:
            continue
        prefix = len(words) >= 3 and content[: len(words)] == words
        # all its words in another order: "Central Asia - EU Summit in Samarkand"; or all those of
        # an event's title before its first comma, the ordinal before the name included: "the 19th
        # Central Asia-EU Ministerial Meeting" for "19th EU-Central Asia Ministerial meeting,
        # Luxembourg, with ..." (R10b)
        every = len(parted) >= 4 and (
            parted == form.parted or (kind == "event" and _ordinal_before(text, start) | parted == form.head)
        )
        if prefix_only:
            # (or, for an event, its title's words before the comma in another order: 'the first
            # "Central Asia - EU" summit' for "First EU-Central Asia Summit, Samarkand")
            # (or an agreement's first and last words, most of them: "the Trans-Caspian transport
            # corridor", three words at least: "the Trans-Caspian route" may be a pipeline's)
            if (
                prefix
                or (kind == "event" and len(parted) >= 4 and parted == form.head)
                or (
                    kind == "agreement"
                    and len(words) >= 3
                    and words[0] == content[0]
                    and words[-1] == content[-1]
                    and len(words) / len(content) >= 0.5
                )
            ):
                return EntityMention(start, end, text[start:end], id, kind, name, 90.0)
            continue
        if (
            prefix
            or every
            or (
                # "Trans-Caspian Corridor" for the Trans-Caspian International Transport Corridor
                words[0] == content[0] and words[-1] == content[-1] and len(words) / len(content) >= 0.5
            )
        ):
            return EntityMention(start, end, text[start:end], id, kind, name, 90.0)
    return None


# The head nouns of names many parties' agreements share ("Partnership and Cooperation Agreement").
_SHARED_HEAD_RE: Final = re.compile(
    r"\b(?:Agreement|Memorandum(?:\s+of\s+Understanding)?|Treaty|Accord|Declaration|Roadmap|Statement|"
    r"Protocol|Convention|Programme|Program)$|^EPCA$",
    re.IGNORECASE,
)


def _party_named(text: str, mention: EntityMention, dataset: Dataset, bodies: list[tuple[int, str]]) -> bool:
    """Whether a bilateral agreement named by a name any such agreement has is this one.

    "Enhanced Partnership and Cooperation Agreement" is Kazakhstan's EPCA in a sentence
    that names Kazakhstan or one of its known bodies (`bodies`: each known body's position
    and country, in order; "The Majilis ratified ..."), and another country's in one that
    names only that country.
    """
    agreement = dataset.agreements.get(mention.id)
    others = [c for c in agreement.parties if c != "EU"]
    if len(others) != 1 or COUNTRY_NAMES.get(others[0], "") in mention.text:
        return True
    if not _SHARED_HEAD_RE.search(mention.name):
        return True  # "the Belt and Road Initiative": a name of its own, which no other party's shares
    low = max(0, mention.start - 3000)
    line_start = max(low - 1, text.rfind(". ", low, mention.start), text.rfind("\n", low, mention.start)) + 1
    line_end = min(
        i
        for i in (
            text.find(". ", mention.end, mention.end + 3000),
            text.find("\n", mention.end, mention.end + 3000),
            len(text),
        )
        if i != -1
    )
    sentence = text[line_start:line_end]
    country = COUNTRY_NAMES.get(others[0], others[0])
    if country[:5] in sentence:
        return True
    # "The Majilis ratified the EPCA": a known body of the party's, in the sentence, names it
    at = bisect.bisect_left(bodies, (line_start, ""))
    while at < len(bodies) and bodies[at][0] < line_end:
        if bodies[at][1] == others[0]:
            return True
        at += 1
    if any(_CODES.get(c.group()) not in MEMBER_STATES for c in _COUNTRY_RE.finditer(sentence)):
        return False
    # A sentence naming no country but the EU's own ("this Enhanced Partnership and Cooperation
    # Agreement"): the country the text named last before it (in the 3000 characters before:
    # linear), a member state aside ("Spain's minister led the EU's delegation").
    before = [
        c
        for c in _COUNTRY_RE.finditer(text, low, mention.start)
        if _CODES.get(c.group()) not in MEMBER_STATES
    ]
    return bool(before) and before[-1].group().startswith(country[:5])


_COUNTRY_RE: Final = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(n)
        for n in sorted(
            {
                *(n for c, n in COUNTRY_NAMES.items() if c != "EU"),
                "Kazakh",
                "Kyrgyz",
                "Tajik",
                "Uzbek",
                "Turkmen",
            },
            key=len,
            reverse=True,
        )
    )
    + ")"
)


def _disjoint(mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions, in order, each kept only if it starts after the last one kept ends."""
    kept: list[EntityMention] = []
    reach = -1
    for mention in mentions:
        if mention.start >= reach:
            kept.append(mention)
            reach = mention.end
    return kept
