"""Dates in a text: stated ones read as they stand, relative ones resolved against publication.

`dates` finds explicit days, day ranges ("May 29-30, 2025", hyphen or en dash), months,
seasons and years (basis ``stated`` when the text gives the year), and relative expressions ("last year",
"five years ago", "three days ago", "in January", "in mid-October", "on 7-8 November", "on Friday",
"Dec. 1", "this morning") that it resolves
against the publication date (basis ``derived``, with a note saying how). The tense of
the sentence decides whether a bare month or day lies before or after publication: a
sentence that says "will", "to be held", "will be held", "upcoming", "scheduled", ... looks forward.

A publication date may be an interval (``2023-10-23/2023-11-12``): an expression is
resolved against both of its ends, and where the two readings differ the date is the
range between them, so it says no more than the text and the publication window do;
a weekday left open that way is pinned by the day the text gave before it ("on Friday,
April 4 ... on Thursday"), and "today" gives no day at all.

"Today" and "this week" inside quotation marks are the speaker's, read from the day the
paragraph gives for the speaking (or the day the text itself calls "today"), never simply
from publication; "a day earlier", "two days later" and "the next day" count from the last
day the text gave.

The patterns find the spans; no date library guesses at the rest of the text (a general
date search reads "we" as Wednesday and "80% of" as 1980).
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import pendulum

from eucentralasia._dates import (
    MONTH_NAMES,
    DateBasis,
    DateRange,
    DateValue,
    PartialDate,
    Precision,
    Season,
    parse_date,
)
from eucentralasia.curate._figures import MEASURE_UNITS

__all__ = ["DateMention", "dates"]


@attrs.frozen
class DateMention:
    """A date a text gives: the span of its words, its value and how it was obtained.

    `text` is ``source_text[start:end]``; `basis` is ``stated`` when the words give the
    date outright and ``derived`` when it was resolved against the publication date,
    which `note` then explains; `rule` names the pattern that read it.
    """

    start: int
    end: int
    text: str
    value: DateValue
    basis: DateBasis
    rule: str
    note: str | None = None


# The months as the articles in other languages write them: Russian (of a day, "24 ноября", and
# alone, "ноябрь"), German ("am 17. Juni") and Italian ("il 3 aprile").
_FOREIGN_MONTHS: Final = (
    ("января", "январь", "Januar", "gennaio"),
    ("февраля", "февраль", "Februar", "febbraio"),
    ("марта", "март", "März", "marzo"),
    ("апреля", "апрель", "April", "aprile"),
    ("мая", "май", "Mai", "maggio"),
    ("июня", "июнь", "Juni", "giugno"),
    ("июля", "июль", "Juli", "luglio"),
    ("августа", "август", "August", "agosto"),
    ("сентября", "сентябрь", "September", "settembre"),
    ("октября", "октябрь", "Oktober", "ottobre"),
    ("ноября", "ноябрь", "November", "novembre"),
    ("декабря", "декабрь", "Dezember", "dicembre"),
)
_MONTHS: Final = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
_MONTHS.update({name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)})
_MONTHS["sept"] = 9
_MONTHS.update({name.lower(): i for i, names in enumerate(_FOREIGN_MONTHS, 1) for name in names})
# Datelines and headlines write months in capitals ("OCT. 8-9 2014", "MAY 14"); "may" in lower
# case is a verb and stays out. (Russian and Italian write months in lower case, German as a noun.)
_MONTH = (
    r"(?:"
    + "|".join([*MONTH_NAMES, *(name.upper() for name in MONTH_NAMES)])
    + "|"
    + "|".join(
        sorted(
            {form for names in _FOREIGN_MONTHS for name in names for form in (name, name.capitalize())}
            - set(MONTH_NAMES),
            key=len,
            reverse=True,
        )
    )
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    + r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
# (U+2212, the minus sign, stands for a dash too; "January through July" is a range as "to" is, and
# the Russian "по" of "from the 20th to the 26th of August")
_DASH = r"\s*(?:-|\u2013|\u2014|\u2212|to|until|through|\s\u043f\u043e\s)\s*"
_SEASONS: Final = {
    "spring": Season.SPRING,
    "summer": Season.SUMMER,
    "autumn": Season.AUTUMN,
    "fall": Season.AUTUMN,
    "winter": Season.WINTER,
}
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)"
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100,
}  # fmt: skip
# (in any case: "Ten years ago" opens a sentence)
_COUNT = r"(?:\d{1,3}|(?i:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))"
_B = r"(?<![\w-])"  # a word starts here
_E = r"(?![\w-])"  # and ends here

_FUTURE_RE: Final = re.compile(
    r"\b(?:will|shall|won[\u2019']t|to be held|is to|are to|to take place|scheduled|upcoming|forthcoming|"
    r"plans? to|planned|expected to|is expected|are expected|looking forward|looks? forward|would|"
    r"is due|are due|due(?=\s+(?:in|on|by|at|next|this|later|early|to\s+be)\b)|set to|"
    r"(?:enters?|comes?)\s+into\s+force|takes?\s+effect|"
    # the present of a timetable: "the forum takes place on 3 June", "the mission ends in December"
    r"takes\s+place|opens|starts|begins|ends|runs|closes|kicks\s+off)\b|[\u2019']ll\b",
    re.IGNORECASE,
)
_PAST_RE: Final = re.compile(
    # ("..., followed by the summit on April 3-4": "followed by" tells the order, no tense)
    r"\b(?:was|were|had|did|has|have|ago|held|met|began|took|made|saw|came|went|gave|(?!followed\s+by\b)[a-z]{2,}ed)\b"
)
# "will be held", "must be signed": a participle after a modal and "be" is no past tense.
_FUTURE_PASSIVE_RE: Final = re.compile(
    r"\b(?:will|shall|would|could|may|might|must|to)\s+be\s+(?:[a-z]+ly\s+)?$"
)
# A verb of reporting frames the words it reports: it dates only what stands right by it
# ("said on Tuesday"), not the reported clause ("will meet on Dec. 1, the ministry said").
_REPORTING_RE: Final = re.compile(r"\b(?:said|told|announced|stated|reported|added|noted)\b")

# A clause opening with a past participle: ", re-elected as president in November 20,"
_PARTICIPLE_CLAUSE_RE: Final = re.compile(r"[,;]\s+(?:[a-z]+-)?[a-z]{2,}ed\b")
_WEEKDAY_BESIDE_RE: Final = re.compile(rf"(?P<d>{_WEEKDAY}),?\s*\(?\s*$")
_WEEKDAY_AFTER_RE: Final = re.compile(rf"\s*[,(]\s*(?P<d>{_WEEKDAY})\b")
_INTENT_RE: Final = re.compile(r"\b(?:agreed|decided|resolved)\s+to\s+(?!the\b|an?\b|this\b)(?=[a-z])")
_THIS_YEAR_RE: Final = re.compile(r"\bthis\s+year\b(?![\u2019']s)", re.IGNORECASE)
_HEDGE_RE: Final = re.compile(
    r"\b(more than|over|less than|under|about|around|some|nearly|almost|roughly|approximately)\s+$",
    re.IGNORECASE,
)

Anchor = pendulum.Date


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _month(text: str) -> int:
    return _MONTHS[text.rstrip(".").lower()]


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``: from the last full stop or line break before it to the next."""
    left, right = _sentence_span(text, start, end)
    return text[left:right]


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    # A sentence is not longer than a few thousand characters: looking further is quadratic.
    low, high = max(0, start - 3000), min(len(text), end + 3000)
    left = max(
        low - 1, text.rfind("\n", low, start), *(text.rfind(p, low, start) for p in (". ", "? ", "! "))
    )
    right_candidates = [i for i in (text.find(p, end, high) for p in ("\n", ". ", "? ", "! ")) if i != -1]
    return left + 1, min(right_candidates, default=high)


def looks_forward(text: str, start: int, end: int) -> bool:
    """Whether the verb nearest the span, in its sentence, looks forward (will, to be held, ...).

    The nearest marker decides, so that "agreed on Friday ... over the next five years"
    reads Friday as past and "said on Tuesday that they will meet" reads Tuesday as past.
    """
    future, past = _tenses(text, start, end)
    if not future:
        return False
    return not past or min(future) <= min(past)


def _looks_back(text: str, start: int, end: int) -> bool:
    """Whether the verb nearest the span, in its sentence, is in the past ("had fallen by ...")."""
    future, past = _tenses(text, start, end)
    return bool(past) and (not future or min(past) < min(future))


def _tenses(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """How far from the span each marker of the future and of the past stands in its sentence."""
    sentence = _sentence(text, start, end)
    offset = text.find(sentence, max(0, start - len(sentence))) if sentence else start
    here, there = start - offset, end - offset

    def distance(match: re.Match[str]) -> int:
        return max(match.start() - there, here - match.end(), 0)

    # "Tokayev, re-elected as president in November 20, will serve ...": a clause set off by commas
    # that has a tense of its own dates the span inside it, not the sentence's main verb
    opens = max(sentence.rfind(",", 0, here), sentence.rfind(";", 0, here))
    closes = min((i for i in (sentence.find(",", there), sentence.find(";", there)) if i != -1), default=-1)
    if opens != -1 and closes != -1:
        clause = sentence[opens:closes]
        inside = [m for m in _PAST_RE.finditer(clause) if m.start() < here - opens]
        if inside and not _FUTURE_RE.search(clause) and _PARTICIPLE_CLAUSE_RE.match(clause):
            return [], [max(here - opens - m.end(), 0) for m in inside]
    future = [distance(m) for m in _FUTURE_RE.finditer(sentence)]
    past = [
        distance(m)
        for m in _PAST_RE.finditer(sentence)
        if not any(f.start() <= m.start() < f.end() for f in _FUTURE_RE.finditer(sentence))
        and not _FUTURE_PASSIVE_RE.search(sentence, max(0, m.start() - 20), m.start())
    ]
    # "agreed to hold a meeting by the end of this year": what was agreed is still to come,
    # for the words after it (before it, "On Monday they agreed to ..." tells when they agreed)
    future += [distance(m) for m in _INTENT_RE.finditer(sentence) if m.end() <= here]
    past += [d for d in map(distance, _REPORTING_RE.finditer(sentence)) if d <= 2]
    # "said in his speech at the summit on Friday", "told reporters in Brussels on Monday":
    # the verb of reporting before the span, with no clause between them, is what it dates,
    # whatever the reported clause after it says ("... on Monday that a deal would be signed")
    past += [
        0
        for m in _REPORTING_RE.finditer(sentence, max(0, here - 100), here)
        if not re.search(r"[,;:\"\u201c\u201d\u00ab\u00bb]|\bthat\b", sentence[m.end() : here])
        and not _FUTURE_RE.search(sentence, m.end(), here)
    ]
    return future, past


# Each resolver takes the match, the anchor day and whether the sentence looks forward,
# and returns the date read against that anchor.
Resolver = Callable[[re.Match[str], Anchor, bool], DateValue]


def _resolve_month(month: int, anchor: Anchor, future: bool) -> PartialDate:
    if future:
        return PartialDate(anchor.year if month >= anchor.month else anchor.year + 1, month)
    return PartialDate(anchor.year if month <= anchor.month else anchor.year - 1, month)


def _resolve_day(
    month: int, day: int, anchor: Anchor, future: bool, until: tuple[int, int] | None = None
) -> PartialDate:
    """The day in the year the tense gives; `until`, the (month, day) a range it opens ends on."""
    year = anchor.year
    # (a range still running on the publication day is this year's: "is now on a mission from
    # August 1 to August 3" on 3 August)
    published = (anchor.month, anchor.day)
    if future and (month, day) < published and (until or (month, day)) < published:
        year += 1
    elif (
        not future and (month, day) > (anchor.month, anchor.day) and not _days_after(month, day, anchor) <= 7
    ):
        # a day up to a week after publication is this year's, whatever the tense: "the forum held
        # on 25-26 October" in a release dated the 23rd (a year back would name its year)
        year -= 1
    return PartialDate(year, month, day)


def _days_after(month: int, day: int, anchor: Anchor) -> int:
    """How many days after the anchor the day (of the anchor's year) falls."""
    try:
        return (pendulum.date(anchor.year, month, day) - anchor).days
    except ValueError:  # 29 February in a common year
        return 366


def _season_of(anchor: Anchor) -> tuple[int, Season]:
    """The season (and its year: winter is the year it starts) a day falls in."""
    month = anchor.month
    if month in (1, 2):
        return anchor.year - 1, Season.WINTER
    if month == 12:
        return anchor.year, Season.WINTER
    return anchor.year, (Season.SPRING, Season.SUMMER, Season.AUTUMN)[(month - 3) // 3]


def _resolve_season(season: Season, which: str, anchor: Anchor, future: bool) -> PartialDate:
    order = list(Season)
    year, current = _season_of(anchor)
    if which == "this":
        delta = 0
    else:
        delta = order.index(season) - order.index(current)
        if which in ("next", "coming") or (which == "" and future):
            if delta <= (0 if which else -1):
                year += 1
        elif delta >= (0 if which == "last" else 1):
            year -= 1
    return PartialDate(year, season=season)


def _resolve_weekday(weekday: int, which: str, anchor: Anchor, future: bool) -> PartialDate:
    # pendulum: Monday is 0
    ahead = which in ("next", "coming") or (which in ("on", "this", "") and future)
    if ahead:
        days = (weekday - anchor.day_of_week) % 7 or (7 if which == "next" else 0)
        day = anchor.add(days=days)
    else:
        days = (anchor.day_of_week - weekday) % 7 or (7 if which == "last" else 0)
        day = anchor.subtract(days=days)
    return PartialDate(day.year, day.month, day.day)


@attrs.frozen
class _Rule:
    name: str
    pattern: re.Pattern[str]
    stated: Callable[[re.Match[str]], DateValue] | None = None
    relative: Resolver | None = None
    describe: str = ""


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)


def _range(lower: DateValue, upper: DateValue) -> DateValue:
    """The date from `lower`'s start to `upper`'s end (one of them, when they are the same)."""
    if lower == upper:
        return lower
    first = lower if isinstance(lower, PartialDate) else lower.lower
    last = upper if isinstance(upper, PartialDate) else upper.upper
    return first if first == last else DateRange(first, last)


def _day_range(first: PartialDate, last_day: int) -> DateRange:
    """From `first` to the day `last_day` of its month."""
    return DateRange(first, attrs.evolve(first, day=last_day))


def _days_of_month(m: re.Match[str], anchor: Anchor, future: bool) -> DateRange:
    """ "on 7-8 November", "April 3 and 4": days of one month, in the year the tense gives."""
    month, last = _month(m["m"]), _day(m["d2"])
    return _day_range(_resolve_day(month, _day(m["d1"]), anchor, future, (month, last)), last)


_DAYS_OF_MONTH: Final = "the days of the month, in the year the tense and the publication date give"


def _days_across_months(m: re.Match[str], anchor: Anchor, future: bool) -> DateRange:
    """ "January 29 to February 2": the first day as the tense gives it, the last the next after it."""
    first = _resolve_day(_month(m["m1"]), _day(m["d1"]), anchor, future, (_month(m["m2"]), _day(m["d2"])))
    assert first.year is not None
    last = PartialDate(first.year, _month(m["m2"]), _day(m["d2"]))
    if last.start() < first.start():
        last = attrs.evolve(last, year=first.year + 1)
    return DateRange(first, last)


def _months_ahead(m: re.Match[str], anchor: Anchor, future: bool) -> PartialDate:
    """ "will meet in three months": that many months on; "grew 5% in three months" is a span."""
    # (the verb it ends: "will end in three months, it was ..." looks forward though "was" is nearer)
    clause = m.string[max(0, m.start() - 40) : m.start()].rsplit(",", 1)[-1]
    if not (future or _FUTURE_RE.search(clause)):
        raise ValueError("a span of months, not a date")
    later = anchor.add(months=_count(m["n"]))
    return PartialDate(later.year, later.month)


def _within(m: re.Match[str], anchor: Anchor, future: bool) -> DateRange:
    """ "will be completed within a month": no later than a month after publication, from it on.

    Looking back ("trade grew within a year") it is a span of time, no date.
    """
    clause = m.string[max(0, m.start() - 80) : m.start()].rsplit(",", 1)[-1]
    if not (future or _FUTURE_RE.search(clause)):
        raise ValueError("a span of time, not a date")
    unit = m["one"] or m["unit"].rstrip("s")
    count = 1 if m["one"] else _count(m["n"])
    later = anchor.add(**{f"{unit}s": count})
    return DateRange(_day_of(anchor), _day_of(later))


def _months_from(first: PartialDate, last_month: int) -> DateRange:
    """From `first` to the next month numbered `last_month` (in the year after, when earlier)."""
    assert first.year is not None
    assert first.month is not None
    year = first.year if last_month >= first.month else first.year + 1
    return DateRange(first, PartialDate(year, last_month))


class _EitherWayRound(ValueError):
    """A numeric date whose day and month could be either way round ("10/03/2023")."""

    def __init__(self, readings: tuple[PartialDate, ...]) -> None:
        super().__init__("day and month could be either way round")
        self.readings = readings


def _numeric_day(m: re.Match[str]) -> PartialDate:
    day_first = PartialDate(int(m["y"]), int(m["mo"]), int(m["d"]))
    if m["sep"] == "/" and int(m["d"]) <= 12:
        readings: tuple[PartialDate, ...] = (day_first,)
        with contextlib.suppress(ValueError):
            readings += (PartialDate(int(m["y"]), int(m["d"]), int(m["mo"])),)
        raise _EitherWayRound(readings)
    return day_first


def _months_range(m: re.Match[str]) -> DateRange:
    """A range of days over a month's end, its year given once after the last day."""
    first, last = _month(m["m1"]), _month(m["m"])
    year = int(m["y"])
    return DateRange(
        PartialDate(year - 1 if first > last else year, first, _day(m["d1"])),
        PartialDate(year, last, _day(m["d2"])),
    )


def _year_range(m: re.Match[str]) -> DateRange:
    first = int(m["y1"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if last <= first:
        raise ValueError("not a range of years")
    return DateRange(PartialDate(first), PartialDate(last))


_PARTS: Final = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_WHICH_YEAR: Final = {
    "the": 0, "this": 0, "current": 0, "outgoing": 0, "last": -1, "previous": -1, "next": 1, "coming": 1,
}  # fmt: skip
# A year named from publication: "this", "the current", "the outgoing" (the year ending as the
# text is written), "last", "next", "the coming".
_REL_YEAR = r"(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+(?:current|outgoing|next|coming))"


def _which_year(words: str) -> int:
    return _WHICH_YEAR[words.split()[-1].lower()]


def _part_of_year(year: int, part: str, months: int) -> DateRange:
    """The `part`-th quarter (`months` 3) or half (`months` 6) of `year`."""
    first = (_PARTS[part.lower()] - 1) * months + 1
    return DateRange(PartialDate(year, first), PartialDate(year, first + months - 1))


def _week_before(weeks: int, anchor: Anchor) -> DateRange:
    monday = anchor.subtract(days=anchor.day_of_week).subtract(weeks=weeks)
    sunday = monday.add(days=6)
    return DateRange(
        PartialDate(monday.year, monday.month, monday.day), PartialDate(sunday.year, sunday.month, sunday.day)
    )


def _week(which: str, anchor: Anchor) -> DateRange:
    monday = anchor.subtract(days=anchor.day_of_week)
    monday = monday.add(days=7 * {"last": -1, "past": -1, "this": 0, "next": 1}[which.lower()])
    sunday = monday.add(days=6)
    return DateRange(
        PartialDate(monday.year, monday.month, monday.day), PartialDate(sunday.year, sunday.month, sunday.day)
    )


_PART = r"(?P<part>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<size>quarter|half)"


def _day_of(day: Anchor) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def _end_of_year(m: re.Match[str], anchor: Anchor, future: bool) -> DateValue:
    """ "will adopt it by the end of the year": no later than its last day, from publication on.

    "at the end of the year" (or one looking back, "had grown by the end of the year") is
    its last month.
    """
    if future and m["w"].lower() in ("by", "before", "until"):
        return _range(_day_of(anchor), _day_of(anchor.end_of("year")))
    return PartialDate(anchor.year, 12)


def _before_or_after(which: str, unit: str, anchor: Anchor, quoted: bool = False) -> DateValue:
    """ "earlier this month": from the month's first day to the day before publication; "later": after it.

    "Later this week" inside a quotation was said before publication, on a day the report
    relays as still to come: from the day of publication itself.
    """
    if which.lower() == "earlier":
        first, last = anchor.start_of(unit), anchor.subtract(days=1)
    else:
        first, last = (anchor if quoted else anchor.add(days=1)), anchor.end_of(unit)
    if last < first:
        raise ValueError(f"publication on the {'first' if which.lower() == 'earlier' else 'last'} day")
    return _range(_day_of(first), _day_of(last))


# "Today" as "nowadays": a state compared or lasting ("is one of the most topical today", "still
# relevant today", "even today"), or "than ever"; "signed more deals today" is a day.
_NOWADAYS_RE: Final = re.compile(
    r"\b(?:is|are|remains?|becomes?|seems?)\s+(?:[\w-]+\s+){0,5}?(?:most|more|less|still|even)\s+(?:[\w-]+\s+){0,2}"
    r"[Tt]oday\b|\b(?:[Ss]till|[Ee]ven)\s+[Tt]oday\b|\b[Tt]oday,?\s+(?:more\s+)?than\s+ever\b"
)
_PRESENT_RE: Final = re.compile(r"\b(?:is|are|has|have|remains?)\b")


def _that_today_is(text: str, start: int, end: int) -> bool:
    """Whether "today" opens a reported clause in the present tense ("said that today X are ...").

    Such a clause tells how things stand, not what happened on a day: with "is", "are", "has"
    or "remains" and no verb of the past or the future before the sentence ends.
    """
    if not re.search(r"\bthat\s+$", text[max(0, start - 8) : start]):
        return False
    stop = [i for i in (text.find(p, end, end + 400) for p in (". ", ".\n", "; ")) if i != -1]
    rest = text[end : min(stop, default=min(len(text), end + 400))]
    return bool(_PRESENT_RE.search(rest)) and not _PAST_RE.search(rest) and not _FUTURE_RE.search(rest)


# "is", "has", "remains" and the word they govern (adverbs and "today" itself passed over)
_STATE_RE: Final = re.compile(
    r"\b(?:is|are|am|has|have|remains?)\s+(?:(?:today|now|still|also|already|[a-z]+ly)\s+)*(?P<next>[\w\u2019'-]+)"
)
_PAST_ONLY_RE: Final = re.compile(
    r"\b(?:was|were|had|did|ago|held|met|began|took|made|saw|came|went|gave|[a-z]{2,}ed)\b"
)


def _stative_today(text: str, start: int, end: int) -> bool:
    """Whether "today" stands in a clause that tells how things are ("today we have 40 projects").

    The clause's verb is "is", "are", "has", "have" or "remains" governing no participle
    ("are today opening", "have today adopted" are what happened that day), with no verb of
    the past or the future; "Today is a historic day", "today" as the subject, is a day.
    """
    low = max(0, start - 200)
    left = max((text.rfind(p, low, start) for p in (". ", "; ", ": ", "\n", "? ", "! ", ", ")), default=-1)
    head = text[left + 1 : start] if left >= 0 else text[low:start]
    if not head.strip(' "\u201c') and re.match(r"\s*(?:is|marks|was)\b", text[end : end + 8]):
        return False
    stops = [
        i for i in (text.find(p, end, end + 200) for p in (". ", ".\n", "; ", "? ", "! ", ", ")) if i != -1
    ]
    clause = head + text[start : min(stops, default=min(len(text), end + 200))]
    if _PAST_ONLY_RE.search(clause) or _FUTURE_RE.search(clause):
        return False
    state = _STATE_RE.search(clause)
    return state is not None and not re.search(r"(?:ing|ed|en)$", state["next"])


# The words of the "today" rule that name the day of publication itself.
_PRESENT: Final = re.compile(r"(?i:today|this\s+(?:morning|afternoon|evening)|tonight)")
_RULES: Final[tuple[_Rule, ...]] = (
    _Rule(
        "day-range",
        # "31 January - 1 February 2005": over a month's end, the year given once, at the end (a year
        # earlier for the first day when its month comes later: "30 December to 2 January 2025")
        _p(
            rf"{_B}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}){_DASH}(?P<d2>{_DAY})\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR}){_E}"
        ),
        stated=lambda m: _months_range(m),
    ),
    _Rule(
        "day-range",
        # "January 31 - February 1, 2005"
        _p(
            rf"{_B}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<m>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR}){_E}"
        ),
        stated=lambda m: _months_range(m),
    ),
    _Rule(
        "day-range",
        _p(rf"{_B}(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: DateRange(
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d1"])),
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d2"])),
        ),
    ),
    _Rule(
        "day-range",
        _p(rf"{_B}(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: DateRange(
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d1"])),
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d2"])),
        ),
    ),
    _Rule(
        "day-range",
        # "April 3 and 4, 2025"
        _p(rf"{_B}(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s+and\s+(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: DateRange(
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d1"])),
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d2"])),
        ),
    ),
    _Rule(
        "day-range",
        # "the 29th and 30th of January 2024"
        _p(
            rf"{_B}(?:the\s+)?(?P<d1>{_DAY})\s+and\s+(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?"
            rf"\s+(?P<y>{_YEAR}){_E}"
        ),
        stated=lambda m: DateRange(
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d1"])),
            PartialDate(int(m["y"]), _month(m["m"]), _day(m["d2"])),
        ),
    ),
    _Rule(
        "day",
        # ("January 1,2023": a comma with no space after it)
        _p(rf"{_B}(?P<m>{_MONTH})\s*(?P<d>{_DAY})(?:,\s*|\s+)(?P<y>{_YEAR}){_E}"),
        stated=lambda m: PartialDate(int(m["y"]), _month(m["m"]), _day(m["d"])),
    ),
    _Rule(
        "month-range",
        # "April-May 2024", "from March to June 2023"
        _p(rf"{_B}(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH}),?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: DateRange(
            PartialDate(int(m["y"]), _month(m["m1"])), PartialDate(int(m["y"]), _month(m["m2"]))
        ),
    ),
    _Rule(
        "month-range",
        # "from January 2022 till December 2025": a month of a year to a month of another
        _p(
            rf"{_B}(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})\s*(?:-|\u2013|\u2014|to|until|till|through)\s*"
            rf"(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}){_E}"
        ),
        stated=lambda m: DateRange(
            PartialDate(int(m["y1"]), _month(m["m1"])), PartialDate(int(m["y2"]), _month(m["m2"]))
        ),
    ),
    _Rule(
        "day",
        # "1 August 2024", "1. August 2024" (the full stop of an ordinal, as German writes it)
        _p(rf"{_B}(?P<d>{_DAY})\.?\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: PartialDate(int(m["y"]), _month(m["m"]), _day(m["d"])),
    ),
    _Rule(
        "numeric-day",
        # 2025-06-03: the ISO 8601 order, year first
        _p(rf"(?<![\w./-])(?P<y>{_YEAR})-(?P<mo>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?![\w/-]|\.\d)"),
        stated=lambda m: PartialDate(int(m["y"]), int(m["mo"]), int(m["d"])),
    ),
    _Rule(
        "month-range",
        # "between January and March 2026"
        _p(rf"(?<=[Bb]etween\s)(?P<m1>{_MONTH})\s+and\s+(?P<m2>{_MONTH}),?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: DateRange(
            PartialDate(int(m["y"]), _month(m["m1"])), PartialDate(int(m["y"]), _month(m["m2"]))
        ),
    ),
    _Rule(
        "month-range-of-relative-year",
        # "January-July this year", "from March to May last year": the months of the year before,
        # of or after publication ("this year" is no date of its own beside them)
        _p(rf"{_B}(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH}),?\s+(?:of\s+)?(?P<w>{_REL_YEAR})\s+year{_E}"),
        relative=lambda m, a, f: DateRange(
            PartialDate(a.year + _which_year(m["w"]), _month(m["m1"])),
            PartialDate(a.year + _which_year(m["w"]), _month(m["m2"])),
        ),
        describe="the months from the first to the last, in the year before, of or after publication",
    ),
    _Rule(
        "month-range-without-year",
        # "from January to March", "in January-March", "between May and July": the first month as
        # the tense gives it, the last the next of its name after it
        _p(
            rf"(?:(?<=[Ff]rom\s)|(?<=[Bb]etween\s)|(?<=[Ii]n\s))(?P<m1>{_MONTH})(?:{_DASH}|\s+and\s+)"
            rf"(?P<m2>{_MONTH}){_E}(?!\.?\s*,?\s*(?:of\s+)?\d)"
        ),
        relative=lambda m, a, f: _months_from(_resolve_month(_month(m["m1"]), a, f), _month(m["m2"])),
        describe="the months from the first to the last, in the year the tense and the publication date give",
    ),
    _Rule(
        "numeric-day",
        # 23/11/2018 or 19.11.2022: day first, as European texts write; a first number of 12
        # or less with a slash could be a month (US order) and is left alone, unless one
        # reading is the publication day ("10/03/2023" heading a release of 10 March 2023).
        _p(
            rf"(?<![\w./-])(?P<d>3[01]|[12]\d|0?[1-9])(?P<sep>[./-])(?P<mo>1[0-2]|0?[1-9])(?P=sep)(?P<y>{_YEAR})(?![\w/-]|\.\d)"
        ),
        stated=lambda m: _numeric_day(m),
    ),
    _Rule(
        "numeric-day",
        # "01.06.21", "24.10.23": a news agency's dateline, the year's last two digits after dots
        _p(
            r"(?<![\w./-])(?P<d>3[01]|[12]\d|0[1-9])\.(?P<mo>1[0-2]|0[1-9])\.(?P<yy>[0-3]\d)(?![\w/-]|[.,]\d)"
        ),
        stated=lambda m: PartialDate(2000 + int(m["yy"]), int(m["mo"]), int(m["d"])),
    ),
    _Rule(
        "year-range",
        _p(rf"(?<![\w$€£-])(?P<y1>{_YEAR})\s*(?:-|\u2013|\u2014|/)\s*(?P<y2>{_YEAR}|\d\d)(?![\w%/-])"),
        stated=lambda m: _year_range(m),
    ),
    _Rule(
        "year-range",
        # "from 2021 to 2027": the years a period runs over
        # ("between 2021 and 2027", "the period 2021 to 2027": a year to a year is a range)
        _p(
            rf"(?<![\w$€£.,-])(?P<y1>{_YEAR})\s+(?:to|until|through|(?<=[Bb]etween\s{_YEAR}\s)and)"
            rf"\s+(?P<y2>{_YEAR})(?![\w%/-]|[.,]\d|\s*(?:%|per\s?cent|million|billion|bn|mn))"
        ),
        stated=lambda m: _year_range(m),
    ),
    _Rule(
        "day-range-without-year",
        _p(rf"(?<=[Bb]etween\s)(?P<d1>{_DAY})\s+and\s+(?P<d2>{_DAY})\s+(?P<m>{_MONTH}){_E}(?!,?\s*\d)"),
        relative=_days_of_month,
        describe=_DAYS_OF_MONTH,
    ),
    _Rule(
        "day-range-without-year",
        # "on 7-8 November", "the 29th and 30th of January"
        _p(
            rf"{_B}(?:the\s+)?(?P<d1>{_DAY})(?:{_DASH}|\s+and\s+(?:the\s+)?)(?P<d2>{_DAY})\s+(?:of\s+)?"
            rf"(?P<m>{_MONTH}){_E}(?!,?\s*\d)"
        ),
        relative=_days_of_month,
        describe=_DAYS_OF_MONTH,
    ),
    _Rule(
        "days-ago",
        _p(rf"{_B}(?P<n>{_COUNT})\s+days?\s+ago{_E}"),
        relative=lambda m, a, f: (lambda d: PartialDate(d.year, d.month, d.day))(
            a.subtract(days=_count(m["n"]))
        ),
        describe="the day of publication less the days counted",
    ),
    _Rule(
        "weeks-ago",
        _p(rf"{_B}(?P<n>{_COUNT})\s+weeks?\s+ago{_E}"),
        relative=lambda m, a, f: _week_before(_count(m["n"]), a),
        describe="Monday to Sunday of the week that many weeks before publication",
    ),
    _Rule(
        "end-of-a-year",
        # "at the end of 2025": its December; "the start of 2026": its January; "will be paid by
        # the end of 2018" is a deadline, the year itself (whatever is due may come in any month
        # of it); "had fallen by the end of 2023", looking back, is its December
        _p(
            rf"{_B}(?:(?P<by>(?i:by|before|until))\s+)?(?:the\s+)?(?P<w>end|start|beginning)\s+of\s+"
            rf"(?P<y>{_YEAR}){_E}"
        ),
        stated=lambda m: (
            PartialDate(int(m["y"]))
            if m["by"] and m["w"] == "end" and not _looks_back(m.string, m.start(), m.end())
            else PartialDate(int(m["y"]), 12 if m["w"] == "end" else 1)
        ),
    ),
    _Rule(
        "end-of-year",
        _p(rf"{_B}(?P<w>(?i:by|before|until|at|towards?))\s+the\s+end\s+of\s+(?:the|this)\s+year{_E}"),
        relative=_end_of_year,
        describe="from publication to the last day of its year (at the year's end: December)",
    ),
    _Rule(
        "end-of-relative-year",
        # "at the start of next year", "the end of last year": that year's first or last month
        _p(rf"{_B}(?:[Tt]he\s+)?(?P<e>end|start|beginning)\s+of\s+(?P<w>{_REL_YEAR})\s+year{_E}"),
        relative=lambda m, a, f: PartialDate(a.year + _which_year(m["w"]), 12 if m["e"] == "end" else 1),
        describe="the first or last month of the year before, of or after publication",
    ),
    _Rule(
        "month-of-relative-year",
        # "January of this year", "January next year", "October 23 this year", "23 October last year"
        _p(
            rf"{_B}(?:(?P<d1>{_DAY})\s+(?:of\s+)?)?(?P<m>{_MONTH})(?:\s+(?P<d2>{_DAY}))?,?\s+(?:of\s+)?"
            rf"(?P<w>{_REL_YEAR})\s+year{_E}"
        ),
        relative=lambda m, a, f: PartialDate(
            a.year + _which_year(m["w"]), _month(m["m"]), _day(day) if (day := m["d1"] or m["d2"]) else None
        ),
        describe="the month (or day), in the year before, of or after publication the text names",
    ),
    _Rule(
        "weekday",
        # "Sunday morning", "Thursday's meeting": a weekday the tense places before or after publication
        _p(rf"{_B}(?P<d>{_WEEKDAY})(?:\s+(?:night|morning|afternoon|evening)|[\u2019']s){_E}"),
        relative=lambda m, a, f: _resolve_weekday(_WEEKDAYS.index(m["d"].lower()), "", a, f),
        describe="the weekday before or after publication, as the tense says",
    ),
    _Rule(
        "day-range-without-year",
        _p(rf"{_B}(?P<m>{_MONTH}),?\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}){_E}(?!,?\s*\d)"),  # "April, 3-4"
        relative=_days_of_month,
        describe=_DAYS_OF_MONTH,
    ),
    _Rule(
        "day-range-without-year",
        # "on April 3 and 4"
        _p(rf"{_B}(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s+and\s+(?P<d2>{_DAY}){_E}(?!,?\s*\d)"),
        relative=_days_of_month,
        describe=_DAYS_OF_MONTH,
    ),
    _Rule(
        "day-range-without-year",
        # "from January 29 to January 30", "January 29 - February 2"
        _p(rf"{_B}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}){_E}(?!,?\s*\d)"),
        relative=_days_across_months,
        describe="the days from the first to the last, in the year the tense and the publication date give",
    ),
    _Rule(
        "day-range-without-year",
        # "from 29 March to 1 April": the day before the month
        _p(rf"{_B}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}){_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}){_E}(?!,?\s*\d)"),
        relative=_days_across_months,
        describe="the days from the first to the last, in the year the tense and the publication date give",
    ),
    _Rule(
        "day-without-year",
        _p(rf"{_B}(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_E}(?!,?\s*\d)"),
        relative=lambda m, a, f: _resolve_day(_month(m["m"]), _day(m["d"]), a, f),
        describe="the day of the month, in the year the tense and the publication date give",
    ),
    _Rule(
        "day-without-year",
        # ("am 17. Juni": the full stop of a German ordinal)
        _p(rf"{_B}(?P<d>{_DAY})\.?\s+(?:of\s+)?(?P<m>{_MONTH}){_E}(?!,?\s*\d)"),
        relative=lambda m, a, f: _resolve_day(_month(m["m"]), _day(m["d"]), a, f),
        describe="the day of the month, in the year the tense and the publication date give",
    ),
    _Rule(
        "month",
        _p(rf"{_B}(?P<m>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: PartialDate(int(m["y"]), _month(m["m"])),
    ),
    _Rule(
        "part-of-year",
        _p(rf"{_B}(?:the\s+)?{_PART}\s+of\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: _part_of_year(int(m["y"]), m["part"], 3 if m["size"] == "quarter" else 6),
    ),
    _Rule(
        "part-of-year",
        # "Q1 2026", "H2 2025", "Q3'25": the business press's quarters and halves
        _p(rf"{_B}(?P<size>[QH])(?P<part>[1-4])[\s\u2019']+(?P<y>{_YEAR}|\d\d){_E}"),
        stated=lambda m: _part_of_year(
            int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"]),
            m["part"] + ("st", "nd", "rd", "th")[int(m["part"]) - 1],
            3 if m["size"] == "Q" else 6,
        ),
    ),
    _Rule(
        "part-of-year",
        # "the first month of 2023", "the last month of 2015": the year's January or December
        # (before "last month", the month before publication, can read its first words)
        _p(rf"{_B}(?:[Tt]he\s+)?(?P<w>first|last|final)\s+month\s+of\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: PartialDate(int(m["y"]), 1 if m["w"] == "first" else 12),
    ),
    _Rule(
        "part-of-year",
        # "the last three months of 2025": the year's months counted back from December
        _p(rf"{_B}(?:the\s+)?(?:last|final)\s+(?P<n>{_COUNT})\s+months\s+of\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: DateRange(
            PartialDate(int(m["y"]), 13 - _count(m["n"])), PartialDate(int(m["y"]), 12)
        ),
    ),
    _Rule(
        "part-of-year",
        # "the first nine months of 2025", "in 11 months of 2025": the year's months up to the last counted
        # (not "the last three months of 2025")
        _p(
            rf"{_B}(?<!last\s)(?<!past\s)(?<!final\s)(?:the\s+)?(?:first\s+)?(?P<n>{_COUNT})\s+months\s+of\s+(?P<y>{_YEAR}){_E}"
        ),
        stated=lambda m: DateRange(PartialDate(int(m["y"]), 1), PartialDate(int(m["y"]), _count(m["n"]))),
    ),
    _Rule(
        "part-of-year-without-year",
        _p(
            # ("Over the first nine months this year": "of" left out)
            rf"{_B}(?<!last\s)(?<!past\s)(?<!final\s)(?:the\s+)?(?:first\s+)?(?P<n>{_COUNT})\s+months\s+(?:of\s+)?(?P<w>{_REL_YEAR})\s+year{_E}"
        ),
        relative=lambda m, a, f: DateRange(
            PartialDate(a.year + _which_year(m["w"]), 1),
            PartialDate(a.year + _which_year(m["w"]), _count(m["n"])),
        ),
        describe="the year's months up to the last counted, in the year before, of or after publication",
    ),
    _Rule(
        "part-of-year-without-year",
        _p(rf"{_B}(?:the\s+)?{_PART}\s+of\s+(?P<w>the|this|last|next)\s+year{_E}"),
        relative=lambda m, a, f: _part_of_year(
            a.year + _WHICH_YEAR[m["w"]], m["part"], 3 if m["size"] == "quarter" else 6
        ),
        describe="that part of the year the publication date gives",
    ),
    _Rule(
        "week",
        _p(rf"{_B}(?P<w>[Ll]ast|[Pp]ast|[Tt]his|[Nn]ext)\s+week{_E}"),
        relative=lambda m, a, f: _week(m["w"], a),
        describe="Monday to Sunday of the week before, of or after publication",
    ),
    _Rule(
        "season",
        _p(rf"{_B}(?P<s>{_SEASON}|[Ff]all)(?:\s+of)?\s+(?P<y>{_YEAR}){_E}"),
        stated=lambda m: PartialDate(int(m["y"]), season=_SEASONS[m["s"].lower()]),
    ),
    _Rule(
        "season-of-relative-year",
        # "in the spring of this year", "summer next year": the season of the year named from publication
        _p(
            rf"{_B}(?:(?:[Ii]n|[Dd]uring)\s+)?(?:the\s+)?(?P<s>{_SEASON}|fall)\s+(?:of\s+)?(?P<w>{_REL_YEAR})"
            rf"\s+year{_E}"
        ),
        relative=lambda m, a, f: PartialDate(a.year + _which_year(m["w"]), season=_SEASONS[m["s"].lower()]),
        describe="the season of the year before, of or after publication the text names",
    ),
    _Rule(
        "season-without-year",
        _p(
            # (not "in the fall of 2021": that season's year is stated)
            rf"{_B}(?P<w>[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|(?:[Ii]n|[Dd]uring)(?:\s+the)?)\s+(?P<s>{_SEASON}|(?<![Ii]n\s)(?<![Dd]uring\s)fall){_E}"
            rf"(?!\s+(?:of\s+)?{_YEAR})"
        ),
        relative=lambda m, a, f: _resolve_season(
            _SEASONS[m["s"].lower()],
            "" if m["w"].lower().startswith(("in", "during")) else m["w"].lower(),
            a,
            f,
        ),
        describe="the season, in the year the tense and the publication date give",
    ),
    _Rule(
        "month-without-year",
        _p(
            rf"(?:(?<=[Ii]n\s)|(?<=[Ss]ince\s)|(?<=[Uu]ntil\s)|(?<=[Bb]y\s)|(?<=[Ff]rom\s)|(?<=[Oo]f\s)"
            rf"|(?<=[Ee]arly\s)|(?<=[Ll]ate\s)|(?<=[Dd]uring\s)|(?<=[Tt]his\s)|(?<=[Ll]ast\s)|(?<=[Nn]ext\s)"
            rf"|(?<=[Mm]id-)|(?<=[Mm]id\s)|(?<=[Bb]efore\s)|(?<=[Aa]fter\s)|(?<=[Tt]ill\s)|(?<=[Tt]hrough\s)"
            rf"|(?<=\bas\s))"  # "as early as September"
            rf"(?P<m>{_MONTH}){_E}"
        ),
        relative=lambda m, a, f: _resolve_month(_month(m["m"]), a, f),
        describe="the month, in the year the tense and the publication date give",
    ),
    _Rule(
        "month-without-year",
        # a month that names what happened in it: "the January events", "January's unrest"
        _p(
            rf"(?:(?<=[Tt]he\s)(?P<m>{_MONTH})(?=\s+(?:events|unrest|protests|riots|violence|tragedy|crisis|elections?)\b)"
            rf"|{_B}(?P<m2>{_MONTH})(?=[\u2019']s\s+(?:events|unrest|protests|riots|violence|tragedy|crisis|elections?)\b))"
        ),
        relative=lambda m, a, f: _resolve_month(_month(m["m"] or m["m2"]), a, f),
        describe="the month, in the year the tense and the publication date give",
    ),
    _Rule(
        "month-without-year",
        # a month as the subject of a verb of time: "December marks the 10th anniversary", "March
        # saw the first round", "September will bring"; "May see ..." is the modal
        _p(
            rf"{_B}(?!May\b|MAY\b)(?P<m>{_MONTH})"
            r"(?=\s+(?:marks|marked|saw|sees|brings|brought|will\s+(?:mark|see|bring))\b)"
        ),
        relative=lambda m, a, f: _resolve_month(_month(m["m"]), a, f),
        describe="the month, in the year the tense and the publication date give",
    ),
    _Rule(
        "years-ago",
        _p(rf"{_B}(?P<n>{_COUNT})\s+years?\s+ago{_E}"),
        relative=lambda m, a, f: PartialDate(a.year - _count(m["n"])),
        describe="the publication year less the years counted",
    ),
    _Rule(
        "decades-ago",
        _p(rf"{_B}(?P<n>{_COUNT})\s+decades?\s+ago{_E}"),
        relative=lambda m, a, f: PartialDate(a.year - 10 * _count(m["n"])),
        describe="the publication year less the decades counted",
    ),
    _Rule(
        "months-ahead",
        # "in three months": the month that many after publication ("in three months of talks" is a span)
        _p(rf"(?<=[Ii]n\s)(?P<n>{_COUNT})\s+months{_E}(?!\s+(?:of|to|and|or)\b)"),
        relative=_months_ahead,
        describe="the publication month plus the months counted",
    ),
    _Rule(
        "within",
        # "will be completed within a month": from publication to as long after it
        _p(
            rf"{_B}[Ww]ithin\s+(?:(?:a|one|the\s+next)\s+(?P<one>week|month|year)|(?P<n>{_COUNT})\s+(?P<unit>weeks|months)){_E}"
        ),
        relative=_within,
        describe="from publication to the end of the time counted after it",
    ),
    _Rule(
        "months-ago",
        _p(rf"{_B}(?P<n>{_COUNT})\s+months?\s+ago{_E}"),
        relative=lambda m, a, f: (lambda d: PartialDate(d.year, d.month))(a.subtract(months=_count(m["n"]))),
        describe="the publication month less the months counted",
    ),
    _Rule(
        "relative-year",
        # "the upheaval of the last year": the twelve months past, no calendar year
        # ("the previous year" is the calendar year before: "the last year" is not)
        # ("the outgoing year", "the current year" and "the next year" are the calendar's)
        _p(
            rf"{_B}(?P<w>(?<![Tt]he\s)(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Cc]oming)"
            rf"|(?<=[Tt]he\s)(?:previous|current|outgoing|next|coming))\s+year{_E}(?!-)"
        ),
        relative=lambda m, a, f: PartialDate(a.year + _which_year(m["w"])),
        describe="the year before, of or after publication",
    ),
    _Rule(
        "earlier-or-later",
        # "earlier this year" stays the year, as a reader writes it (2024, not 2024-01-01/2024-05-30)
        _p(rf"{_B}(?P<w>[Ee]arlier|[Ll]ater)\s+this\s+(?P<u>week|month){_E}"),
        relative=lambda m, a, f: _before_or_after(m["w"], m["u"], a, _quoted(m.string, m.start())),
        describe="the days of that week or month before or after the day of publication",
    ),
    _Rule(
        "relative-month",
        _p(rf"{_B}(?P<w>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\s+month{_E}"),
        relative=lambda m, a, f: (lambda d: PartialDate(d.year, d.month))(
            a.add(months={"last": -1, "previous": -1, "this": 0, "next": 1}[m["w"].lower()])
        ),
        describe="the month before, of or after publication",
    ),
    _Rule(
        "anniversary",
        _p(
            rf"{_B}(?:[Tt]his\s+year,?\s+)?(?:we\s+)?(?:mark|marks|marked|celebrate|celebrates)\s+(?:the\s+)?"
            rf"(?P<n>\d{{1,3}})(?:st|nd|rd|th)?\s+(?:years|anniversary){_E}"
        ),
        relative=lambda m, a, f: PartialDate(a.year - int(m["n"])),
        describe="the publication year less the years marked: when what is marked began",
    ),
    _Rule(
        "weekday",
        _p(rf"{_B}(?P<w>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<d>{_WEEKDAY}){_E}"),
        relative=lambda m, a, f: _resolve_weekday(_WEEKDAYS.index(m["d"].lower()), m["w"].lower(), a, f),
        describe="the weekday before or after publication, as the tense says",
    ),
    _Rule(
        "weekday",
        # "the delegation stated Friday", "said in a statement Monday": a wire's weekday right after
        # its verb of saying
        _p(
            r"(?:(?<=said\s)|(?<=says\s)|(?<=stated\s)|(?<=told\s)|(?<=announced\s)|(?<=reported\s)|(?<=added\s)|"
            r"(?<=in\sa\sstatement\s)|(?<=called\s)(?=\w+\s+(?:for|on)\b))"
            rf"(?P<d>{_WEEKDAY}){_E}"
        ),
        relative=lambda m, a, f: _resolve_weekday(_WEEKDAYS.index(m["d"].lower()), "on", a, f),
        describe="the weekday before or after publication, as the tense says",
    ),
    _Rule(
        "today",
        _p(
            # "the global challenges of today": the present, no day
            rf"{_B}(?P<w>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|[Yy]esterday|(?<!of\s)[Tt]oday|[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight)"
            rf"{_E}(?!(?<=[Tt]oday)[\u2019']s)"
            # ("Today, November 24, 2016 ...": the day the text names itself, read by its own rule)
            rf"(?!,?\s+(?:{_MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}))"
        ),
        relative=lambda m, a, f: (lambda d: PartialDate(d.year, d.month, d.day))(
            a.add(
                days={
                    "yesterday": -1,
                    "tomorrow": 1,
                    "the day before yesterday": -2,
                    "the day after tomorrow": 2,
                }.get(" ".join(m["w"].lower().split()), 0)
            )
        ),
        describe="the day of publication, or the day before or after it",
    ),
    _Rule(
        "decade",
        # "in the 1990s": the ten years; "the 2020s' challenges" too
        _p(r"(?<![\w$€£-])(?P<y>(?:1[89]|20)\d0)['\u2019]?s\b"),
        stated=lambda m: DateRange(PartialDate(int(m["y"])), PartialDate(int(m["y"]) + 9)),
    ),
    _Rule(
        "year",
        _p(
            # (not "Decree No. 2019", "#2019": a number that numbers)
            rf"(?:(?<=[Mm]id-)|(?<![\w$€£#-]))(?<!\d[,.])(?<![Nn][or]\.\s)(?<![Nn][or]\.)(?<!\#\s)"
            rf"(?<![Nn]umber\s)(?P<y>{_YEAR})"
            rf"(?![\w%-]|[.,]\d|\s*(?:%|per\s?cent|million|billion|bn|mn|{MEASURE_UNITS}))"
        ),
        stated=lambda m: PartialDate(int(m["y"])),
    ),
)


def _ends(published: DateValue) -> tuple[Anchor, Anchor]:
    return published.start(), published.end()


def dates(text: str, published: DateValue | str) -> list[DateMention]:
    """Every date `text` gives, in order of position, relative ones resolved against `published`.

    >>> [(d.text, str(d.value), d.basis.value) for d in dates(
    ...     "On 27 March 2025 the Council agreed; the forum will meet in January.", "2025-04-16")]
    [('27 March 2025', '2025-03-27', 'stated'), ('January', '2026-01', 'derived')]
    """
    when = parse_date(published) if isinstance(published, str) else published
    first, last = _ends(when)
    candidates: list[tuple[int, int, _Rule, re.Match[str]]] = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            candidates.append((match.start(), match.end(), rule, match))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    taken: list[tuple[DateMention, _Rule, re.Match[str]]] = []
    reach = -1
    for start, end, rule, match in candidates:
        if start < reach:
            continue
        mention = _read(text, rule, match, when, first, last)
        if mention is None:
            continue
        taken.append((mention, rule, match))
        reach = end
    return _marked_from(
        text, _same_period(text, _days_from(text, _pinned(_joined(text, _spoken(text, taken)))))
    )


# "In 2023 we marked 30 years", "Next year the EU and Kazakhstan celebrate 30 years": the year
# right before the marking, with only its subject between them, is the year it is marked in
_MARKED_IN_RE: Final = re.compile(r",?\s+(?:(?:[A-Z][\w-]*|the|and|both|our|two|we|they)\s+)*")


def _marked_from(text: str, found: list[DateMention]) -> list[DateMention]:
    """An anniversary counted from the year the sentence marks it in, not the publication's."""
    result = list(found)
    for at, mention in enumerate(found):
        year = found[at - 1] if at else None
        if (
            mention.rule != "anniversary"
            or year is None
            or not isinstance(year.value, PartialDate)
            or not _MARKED_IN_RE.fullmatch(text, year.end, mention.start)
        ):
            continue
        n = re.search(r"\d+", mention.text)
        assert n is not None  # the anniversary rule reads a number
        value = PartialDate(year.value.year - int(n.group()))
        note = (
            f"{mention.text!r} in {year.text!r} ({year.value.year}): the year less the years marked, {value}."
        )
        result[at] = attrs.evolve(mention, value=value, note=note)
    return result


# "compared with the same period of 2010", "the same period last year", "the corresponding
# months of 2022": the months of the
# period the text gave last before it, in the year it names
_SAME_PERIOD_RE: Final = re.compile(
    rf"{_B}(?:[Tt]he\s+)?(?:same|corresponding)\s+(?:period|months)\s+(?:(?:of|in)\s+(?P<y>{_YEAR})"
    rf"|(?:of\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before))){_E}"
    # "the first four months of the previous year", "the initial 7 months of the year prior"
    rf"|{_B}(?:[Tt]he\s+)?(?:first|initial)\s+(?P<n>{_COUNT})\s+months\s+of\s+(?:the\s+)?"
    rf"(?:(?:previous|prior|preceding)\s+year|year\s+(?:prior|before)){_E}"
)


def _months(value: DateValue) -> tuple[int, int, int] | None:
    """The year and first and last month of a month or a run of months within one year, or None."""
    first, last = (value, value) if isinstance(value, PartialDate) else (value.lower, value.upper)
    if (
        first.year != last.year
        or first.month is None
        or last.month is None
        or first.day is not None
        or last.day is not None
    ):
        return None
    return first.year, first.month, last.month


def _same_period(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "The same period of 2010" after "the first half of 2011": those months, in the year named.

    The period is the date the text gave last before it, within 600 characters; when that
    is no month or run of months, the year the words name is left as read.
    """
    added: list[DateMention] = []
    covered: set[int] = set()
    ends = [mention.end for mention in found]
    for match in _SAME_PERIOD_RE.finditer(text):
        at = bisect.bisect_right(ends, match.start())  # found[:at] end before the words
        inside = range(at, bisect.bisect_left(ends, match.end() + 1))
        if not at or match.start() - found[at - 1].end > 600:
            continue
        period = _months(found[at - 1].value)
        if period is None:
            continue
        year = int(match["y"]) if match["y"] else period[0] - 1
        first, last = (1, _count(match["n"])) if match["n"] else period[1:]
        value = _range(PartialDate(year, first), PartialDate(year, last))
        note = (
            f"{match.group()!r}: the months counted, in the year before that of {found[at - 1].text!r} "
            f"({found[at - 1].value}), given before it: {value}."
            if match["n"]
            else f"{match.group()!r}: the months of {found[at - 1].text!r} ({found[at - 1].value}), "
            f"given before it, in {year}: {value}."
        )
        added.append(
            DateMention(
                match.start(), match.end(), match.group(), value, DateBasis.DERIVED, "same-period", note
            )
        )
        covered.update(i for i in inside if found[i].start < match.end())
    if not added:
        return found
    kept = (mention for i, mention in enumerate(found) if i not in covered)
    return sorted([*kept, *added], key=lambda m: m.start)


# "a day earlier", "two days later", "the next day", "the day before,": a day counted from the
# last day the text gave, "on the same day" that day (not "two days before the summit": from a
# happening, not a day)
_DAYS_FROM_RE: Final = re.compile(
    rf"{_B}(?:(?P<n>(?i:{_COUNT}))\s+days?\s+(?P<w>earlier|later)(?!\s+than\b)"
    rf"|(?:[Tt]he\s+)?(?P<x>next|following|previous)\s+day{_E}(?!\s+of\b)"
    rf"|[Tt]he\s+day\s+(?P<y>before|after)(?=\s*[,.;])"
    rf"|[Tt]he\s+(?P<z>same)\s+day{_E}(?!\s+(?:of|as)\b))"
)


def _days_from(text: str, found: list[DateMention]) -> list[DateMention]:
    """Days counted from the day the text gave last, within the 1500 characters before them."""
    added: list[DateMention] = []
    starts = [mention.start for mention in found]
    for match in _DAYS_FROM_RE.finditer(text):
        at = bisect.bisect_left(starts, match.start())
        if (at < len(found) and found[at].start < match.end()) or (at and found[at - 1].end > match.start()):
            continue  # inside a date read already
        day = next(
            (
                m
                for m in reversed(found[max(0, at - 5) : at])
                if isinstance(m.value, PartialDate)
                and m.value.day is not None
                and match.start() - m.end < 1500
            ),
            None,
        )
        if day is None:
            continue
        assert isinstance(day.value, PartialDate)
        if match["z"]:
            shift = 0
        elif match["n"]:
            shift = _count(match["n"]) * (-1 if match["w"] == "earlier" else 1)
        else:
            shift = -1 if (match["x"] or match["y"]) in ("previous", "before") else 1
        moved = day.value.start().add(days=shift)
        value = PartialDate(moved.year, moved.month, moved.day)
        note = (
            f"{match.group()!r}: {shift:+d} day(s) from {day.text!r} ({day.value}), given before it, {value}."
        )
        added.append(
            DateMention(
                match.start(), match.end(), match.group(), value, DateBasis.DERIVED, "days-from", note
            )
        )
    return sorted([*found, *added], key=lambda m: m.start) if added else found


# Words that name a day or a week from the moment they are said: inside quotation marks that
# moment is the speaker's, which a report may give days after.
_SPEAKERS_NOW: Final = frozenset({"today", "week"})


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside quotation marks opened in its own paragraph."""
    start = max(text.rfind("\n", max(0, at - 3000), at) + 1, at - 3000)
    before = text[start:at]
    opened = before.count("\u201c") + before.count("\u00ab") - before.count("\u201d") - before.count("\u00bb")
    return opened > 0 or before.count('"') % 2 == 1


def _spoken(text: str, taken: list[tuple[DateMention, _Rule, re.Match[str]]]) -> list[DateMention]:
    """ "Today" and "this week" inside a quotation, read from the day the text says it was spoken.

    'On 14 May, the minister said: "Today we signed ..."' is 14 May whenever the report
    appeared; the day of speaking is a day the paragraph gives outside the quotation (the
    nearest before it, else after), or else the day the text itself calls "today" outside any
    quotation (a release that says "The Commission today announced ..." quotes that day's
    words). Where the text gives neither the quotation's "today" is no date the text gives: it
    is left out rather than taken for the day of publication.
    """
    starts = [mention.start for mention, _, _ in taken]
    narrator = next(
        (
            mention
            for mention, rule, _ in taken
            if rule.name == "today" and mention.text.lower() == "today" and not _quoted(text, mention.start)
        ),
        None,
    )
    result: list[DateMention] = []
    for mention, rule, match in taken:
        if rule.name not in _SPEAKERS_NOW or not _quoted(text, mention.start):
            result.append(mention)
            continue
        low = max(text.rfind("\n", max(0, mention.start - 3000), mention.start) + 1, mention.start - 3000)
        high = text.find("\n", mention.end, mention.end + 3000)
        high = mention.end + 3000 if high == -1 else high
        frames = [
            other
            for other, _, _ in taken[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]
            if other.end <= high
            and isinstance(other.value, PartialDate)
            and other.value.day is not None
            and not _quoted(text, other.start)
        ]
        frames.sort(key=lambda f: (f.start > mention.start, abs(f.start - mention.start)))
        frame = frames[0] if frames else narrator
        if frame is None:
            continue
        assert rule.relative is not None
        assert isinstance(frame.value, PartialDate)
        value = rule.relative(match, frame.value.start(), looks_forward(text, mention.start, mention.end))
        where = "beside the quotation" if frames else "as the day of its own 'today'"
        note = (
            f"{mention.text!r} inside a quotation: read from the day it was said, {frame.text!r} "
            f"({frame.value}), which the text gives {where}, {value}."
        )
        result.append(attrs.evolve(mention, value=value, note=note))
    return result


def _pinned(found: list[DateMention]) -> list[DateMention]:
    """A weekday the publication date leaves open, pinned by the day the text gave before it.

    "on Friday, April 4 ... will meet the leaders on Thursday" in a text dated April 2025:
    the Thursday of that week, the one nearest the day given (at most three days away).
    """
    pinned: list[DateMention] = []
    day: DateMention | None = None
    for mention in found:
        value = mention.value
        if mention.rule == "weekday" and isinstance(value, DateRange) and day is not None:
            assert isinstance(day.value, PartialDate)
            anchor = day.value.start()
            weekday = re.search(_WEEKDAY, mention.text)
            assert weekday is not None  # a weekday rule matched it
            named = _WEEKDAYS.index(weekday.group().lower())
            shift = (named - anchor.day_of_week + 3) % 7 - 3
            moved = anchor.add(days=shift)
            value = PartialDate(moved.year, moved.month, moved.day)
            note = (
                f"{mention.text!r} in a text whose publication date gives no day: the {weekday.group()} "
                f"nearest {day.text!r} ({day.value}), which the text gives before it, {value}."
            )
            mention = attrs.evolve(mention, value=value, note=note)
        elif isinstance(value, PartialDate) and value.day is not None and mention.rule != "today":
            day = mention
        pinned.append(mention)
    return pinned


def pinned_by_known(
    text: str, found: Sequence[DateMention], known: Sequence[tuple[int, int, str, DateValue]]
) -> list[DateMention]:
    """A weekday the publication date leaves open, pinned by a known event its sentence names.

    "at the EU-Central Asia summit in Samarkand on Friday" in a text dated April 2025: the
    summit's record dates it 3-4 April, of which 4 April alone is a Friday, so the weekday is
    that day, on the public record the record cites (basis ``external``, the note names the
    record). `known` gives each known event named in the text: its span, id and date. An
    event of more than a week, or whose days hold no such weekday or more than one, pins nothing.
    """
    result: list[DateMention] = []
    for mention in found:
        if mention.rule == "weekday" and isinstance(mention.value, DateRange):
            low, high = _sentence_span(text, mention.start, mention.end)
            weekday = re.search(_WEEKDAY, mention.text)
            assert weekday is not None  # a weekday rule matched it
            named = _WEEKDAYS.index(weekday.group().lower())
            days = {
                (id, date, day)
                for start, end, id, date in known
                if low <= start and end <= high and (date.end() - date.start()).days < 7
                for day in (date.start().add(days=n) for n in range((date.end() - date.start()).days + 1))
                if day.day_of_week == named and mention.value.contains(_day_of(day))
            }
            if len(days) == 1:
                ((id, date, day),) = days
                value = _day_of(day)
                note = (
                    f"{mention.text!r} in a text whose publication date gives no day, beside the known "
                    f"event {id} ({date}): the {weekday.group()} of its days, on the public record "
                    f"that record cites, {value}."
                )
                mention = attrs.evolve(mention, value=value, basis=DateBasis.EXTERNAL, note=note)
        result.append(mention)
    return result


def _joined(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday right before the day it names ("on Friday, April 4") is one mention with it, and
    two months of one year, one or the other ("in January or February 2019"), one span of both,
    and "in March and May 2024" two months of 2024."""
    joined: list[DateMention] = []
    for mention in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.rule == "month-without-year"
            and mention.rule == "month"
            and isinstance(mention.value, PartialDate)
            and mention.value.month is not None
            and (joint := re.fullmatch(r"\s+(or|and)\s+", text[previous.end : mention.start])) is not None
        ):
            month = _MONTHS[previous.text.split()[-1].lower().rstrip(".")]
            if joint[1] == "and":
                # "in March and May 2024": two months, both of the year named after them
                joined[-1] = attrs.evolve(
                    previous,
                    value=PartialDate(mention.value.year, month),
                    basis=DateBasis.STATED,
                    note=None,
                )
                joined.append(mention)
                continue
            if month < mention.value.month:
                first = PartialDate(mention.value.year, month)
                joined[-1] = attrs.evolve(
                    mention,
                    start=previous.start,
                    text=text[previous.start : mention.end],
                    value=DateRange(first, mention.value),
                )
                continue
        if (
            previous is not None
            and previous.rule == "weekday"
            and mention.rule in ("day", "day-without-year")
            and re.fullmatch(r"\s*[,(]?\s*", text[previous.end : mention.start])
        ):
            joined[-1] = attrs.evolve(mention, start=previous.start, text=text[previous.start : mention.end])
            continue
        joined.append(mention)
    return joined


def _read(
    text: str, rule: _Rule, match: re.Match[str], when: DateValue, first: Anchor, last: Anchor
) -> DateMention | None:
    start, end = match.span()
    words = match.group()
    hedge = _HEDGE_RE.search(text, max(0, start - 16), start)
    approximate = False
    if rule.name in ("years-ago", "months-ago") and hedge is not None:
        if hedge.group(1).lower() in ("more than", "over", "less than", "under"):
            return None  # "more than 30 years ago": a bound, which no date of ours can say
        approximate = True
    if rule.name == "relative-year":
        ahead = text[max(0, start - 4) : start].lower() == "the " and words.lower().startswith(
            ("next", "coming")
        )
        if (words.lower().startswith("previous") or ahead) and re.search(
            rf"(?<!\d){_YEAR}(?!\d)", _sentence(text, start, end)
        ):
            return None  # "in 2015, up on the previous year": the year before the one stated, not published
        if ahead and re.search(
            r"\b(?:over|within|during|throughout|in)\s+the\s+$", text[max(0, start - 16) : start]
        ):
            return None  # "over the next year": the twelve months to come, no calendar year
    try:
        if rule.stated is not None:
            return DateMention(start, end, words, rule.stated(match), DateBasis.STATED, rule.name)
        assert rule.relative is not None
        future = looks_forward(text, start, end)
        early, late = rule.relative(match, first, future), rule.relative(match, last, future)
        if (
            rule.name.endswith("-without-year")
            and early.start().year != first.year
            and _THIS_YEAR_RE.search(_sentence(text, start, end)) is not None
        ):
            # "agreed to continue contacts this year, ... on May 17 in Brussels, ... in November":
            # the sentence names the year its days and months are of, whatever its tense
            other = rule.relative(match, first, not future), rule.relative(match, last, not future)
            if other[0].start().year == first.year:
                future = not future
                early, late = other
    except _EitherWayRound as either:
        # "10/03/2023" heading a release of 10 March 2023: the reading that is its own date
        own = list({r for r in either.readings if r == when})
        if len(own) != 1:
            return None
        return DateMention(start, end, words, own[0], DateBasis.STATED, rule.name)
    except ValueError:
        return None  # "February 30": no date
    if (
        rule.name == "today"
        and words == "Today"
        and re.search(r"(?<![.!?:])[ \t][A-Z][\w-]+[ \t]+$", text[max(0, start - 40) : start])
    ):
        return None  # "the state news agency Turkmenistan Today reported": a name's last word, no day
    if (
        rule.name == "today"
        and words.lower() == "today"
        and any(
            m.start() <= start and end <= m.end()
            for m in _NOWADAYS_RE.finditer(text, max(0, start - 80), end + 20)
        )
    ):
        return None  # "one of the most topical today", "still relevant today": the present, no day
    if (
        rule.name == "today"
        and words.lower() == "today"
        and (_that_today_is(text, start, end) or _stative_today(text, start, end))
    ):
        return (
            None  # "stressed that today European firms are working", "today we have 40": the present, no day
        )
    if rule.name == "today" and early != late and _PRESENT.fullmatch(words):
        # "today" in a text dated only by month or year: no day, nothing the source's own
        # date does not already say (and as often "nowadays" as a day). "Yesterday" there
        # is still the window shifted by a day, as every relative date is.
        return None
    assumed = False
    if (
        early != late
        and rule.name in ("day-without-year", "day-range-without-year")
        and isinstance(when, PartialDate)
        and when.precision in (Precision.MONTH, Precision.YEAR)
    ):
        inside = [v for v in (early, late) if first <= v.start() <= last]
        if len(inside) == 1:
            # A day of the publication month (or year) itself: the text, published then, most
            # likely speaks of it ("March 30" in an article of March 2016 is 2016-03-30, not a
            # year earlier; "On October 24" in one of 2010 is 2010-10-24; a range opening in it,
            # "from 29 March to 1 April", may end after it). An assumption, not a
            # derivation, so the note says so; a window of known days keeps the range every day
            # of it gives.
            early = late = inside[0]
            assumed = True
    weekday = _WEEKDAY_BESIDE_RE.search(text, max(0, start - 12), start) or _WEEKDAY_AFTER_RE.match(text, end)
    if weekday is not None and isinstance(early, PartialDate) and early.day is not None and early != late:
        named = _WEEKDAYS.index(weekday.group("d").lower())
        pinned = [v for v in (early, late) if isinstance(v, PartialDate) and v.start().day_of_week == named]
        if len(pinned) == 1:
            early = late = pinned[0]
    if approximate and isinstance(early, PartialDate) and isinstance(late, PartialDate):
        early, late = attrs.evolve(early, approximate=True), attrs.evolve(late, approximate=True)
    value = _range(early, late) if early.start() <= late.start() else _range(late, early)
    tense = "looking forward" if future else "looking back"
    when_text = f"published {when}" if first == last else f"published between {first} and {last}"
    note = f"{words!r} ({tense}) in a text {when_text}: {rule.describe}, {value}."
    if assumed:
        note += f" Taken to be the day in the publication {when.precision.value}; check it."
    if isinstance(value, DateRange) and first != last:
        note += (
            " The ends of the publication window give different dates: the date is the range between them."
        )
    return DateMention(start, end, words, value, DateBasis.DERIVED, rule.name, note)
