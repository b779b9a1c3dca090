"""Precision-aware dates: `PartialDate` and `DateRange`, written as EDTF text.

A news article rarely gives a full calendar date. "In January", "last year" and "Autumn
2022" are dates known to a month, a year or a season, and treating them as a single day
would claim a precision the source never had. These classes keep the precision, compare
and overlap by the whole span they cover, and read and write the Library of Congress
Extended Date/Time Format (EDTF, levels 0 and 1) subset the data uses:

==========================  ==========================================
``2025``                    a year
``2022-23``                 a season (21 spring, 22 summer, 23 autumn, 24 winter)
``2025-02``                 a month
``2025-02-24``              a day
``2023-10~``                approximate (``~``), uncertain (``?``) or both (``%``)
``2025-05-29/2025-05-30``   a closed range of any of the above
==========================  ==========================================

Seasons are northern-hemisphere meteorological seasons: spring is March-May, summer
June-August, autumn September-November and winter December to the end of the following
February.
"""

from __future__ import annotations

import datetime as _dt
import enum
import operator
import re
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs

from ._errors import shown

if TYPE_CHECKING:
    from collections.abc import Callable

    import pendulum

__all__ = [
    "DateBasis",
    "DateRange",
    "DateValue",
    "PartialDate",
    "Precision",
    "Season",
    "describe_date",
    "parse_date",
]


class Precision(enum.Enum):
    """How much of a calendar date is known, from coarsest to finest."""

    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"


class Season(enum.Enum):
    """An EDTF season; the value is its EDTF code, written where a month would stand."""

    SPRING = 21
    SUMMER = 22
    AUTUMN = 23
    WINTER = 24


# First and last month of each season; winter's last month falls in the next year.
_SEASON_MONTHS: dict[Season, tuple[int, int]] = {
    Season.SPRING: (3, 5),
    Season.SUMMER: (6, 8),
    Season.AUTUMN: (9, 11),
    Season.WINTER: (12, 2),
}


# English names, not calendar.month_name: that one follows the process locale.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class DateBasis(enum.Enum):
    """How a record's date was obtained.

    ``STATED``: the source text gives the date outright ("On 27 March 2025").
    ``DERIVED``: computed from the text and the document's own date ("last year" in an
    April 2025 interview is 2024); the record's note says how.
    ``EXTERNAL``: the text does not date it; the date is fixed by the public record,
    which the record's note names.
    """

    STATED = "stated"
    DERIVED = "derived"
    EXTERNAL = "external"


_PARTIAL_RE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<flag>[~?%])?", re.ASCII
)


# A message quotes the text it was given, but at most this many characters of it, so that
# it stays short to read and cheap to build whatever was passed in (a 1 MB string, say).


def _check_year(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or not 1 <= value <= 9999:
        raise ValueError(f"{attribute.name}: expected a year from 1 to 9999, got {value!r}")


def _check_month(instance: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 12):
        raise ValueError(f"{attribute.name}: expected a month from 1 to 12, got {value!r}")


def _check_flag(instance: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if type(value) is not bool:
        raise TypeError(f"{attribute.name}: expected true or false, got {value!r}")


class _Span:
    """Ordering and interval logic shared by every date kind: all rest on `start`/`end`."""

    def start(self) -> pendulum.Date:  # pragma: no cover - overridden
        raise NotImplementedError

    def end(self) -> pendulum.Date:  # pragma: no cover - overridden
        raise NotImplementedError

    def sort_key(self) -> tuple[pendulum.Date, pendulum.Date, str]:
        """The key dates sort by: first day, then last day, then the EDTF text.

        The text breaks ties between dates that cover the same days (``2025-02`` and
        ``2025-02~``), so the order is total and agrees with equality.
        """
        return (self.start(), self.end(), str(self))

    def contains(self, other: DateValue) -> bool:
        """Whether every day `other` may fall on lies within this date."""
        return self.start() <= other.start() and other.end() <= self.end()

    def overlaps(self, other: DateValue) -> bool:
        """Whether this date and `other` may share a day ("2025-02" overlaps "2025-02-24")."""
        return self.start() <= other.end() and other.start() <= self.end()

    def _compare(self, other: object, op: Callable[[Any, Any], bool]) -> bool:
        if not isinstance(other, _Span):
            raise TypeError(f"cannot order a {type(self).__name__} against {type(other).__name__}")
        return bool(op(self.sort_key(), other.sort_key()))

    def __lt__(self, other: object) -> bool:
        return self._compare(other, operator.lt)

    def __le__(self, other: object) -> bool:
        return self._compare(other, operator.le)

    def __gt__(self, other: object) -> bool:
        return self._compare(other, operator.gt)

    def __ge__(self, other: object) -> bool:
        return self._compare(other, operator.ge)


@attrs.frozen(order=False)
class PartialDate(_Span):
    """A calendar date known to a year, a season, a month or a day.

    Build one with `PartialDate.parse` from EDTF text (``"2025-02"``) or from a `date`,
    `datetime` or pendulum object, or from its fields. `start` and `end` give the first
    and last day it may be; comparisons order by those days, so ``2025`` sorts before
    ``2025-01-15`` (same first day, later last day comes after).

    >>> d = PartialDate.parse("2025-02")
    >>> d.precision, str(d.start()), str(d.end())
    (<Precision.MONTH: 'month'>, '2025-02-01', '2025-02-28')
    >>> d.overlaps(PartialDate.parse("2025-02-24"))
    True
    """

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None)
    season: Season | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Season))
    )
    approximate: bool = attrs.field(default=False, validator=_check_flag)
    uncertain: bool = attrs.field(default=False, validator=_check_flag)

    @day.validator
    def _check_day(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            raise ValueError(f"{attribute.name}: a day needs a month, got day {value!r} without one")
        if type(value) is not int or value < 1:
            raise ValueError(f"{attribute.name}: expected a day of the month, got {value!r}")
        try:
            _dt.date(self.year, self.month, value)
        except ValueError:
            month = MONTH_NAMES[self.month - 1]
            raise ValueError(f"{attribute.name}: {month} {self.year} has no day {value}") from None

    @season.validator
    def _check_season(self, attribute: attrs.Attribute[Season | None], value: Season | None) -> None:
        if value is not None and self.month is not None:
            raise ValueError(f"{attribute.name}: a date has a season or a month, not both")
        if value is Season.WINTER and self.year == 9999:
            raise ValueError(f"{attribute.name}: winter 9999 would end in the year 10000")
        if value is not None and (self.approximate or self.uncertain):
            # EDTF level 1 qualifies years, months and days only; a flagged season is level 2.
            raise ValueError(f"{attribute.name}: a season cannot be marked approximate or uncertain")

    @classmethod
    def parse(cls, value: str | _dt.date) -> PartialDate:
        """Read EDTF text, or a `date` / `datetime` / pendulum value (day precision).

        Raises `ValueError` quoting the text (its first 80 characters, if longer) and
        saying what is wrong with it.

        >>> PartialDate.parse("2022-23").season
        <Season.AUTUMN: 23>
        >>> PartialDate.parse("2025-02-30")
        Traceback (most recent call last):
        ...
        ValueError: '2025-02-30' is not a valid date: day: February 2025 has no day 30
        """
        if isinstance(value, _dt.date):
            return cls(value.year, value.month, value.day)
        if not isinstance(value, str):
            raise TypeError(f"expected EDTF text or a date, got {shown(value)}")
        try:
            return cls._read(value)
        except ValueError as exc:
            raise ValueError(f"{shown(value)} is not a valid date: {exc}") from None

    @classmethod
    def _read(cls, text: str) -> PartialDate:
        """Read EDTF text; the `ValueError` raised says what is wrong, without quoting it."""
        match = _PARTIAL_RE.fullmatch(text)
        if match is None:
            raise ValueError(
                "expected EDTF such as 2025, 2025-02, 2025-02-24 or 2022-23, optionally followed by ~, ? or %"
            )
        year, month, day, flag = match.group("year", "month", "day", "flag")
        season: Season | None = None
        month_number = None if month is None else int(month)
        if month_number is not None and month_number > 12:
            if month_number not in {s.value for s in Season}:
                raise ValueError(f"month {month_number} is neither 01-12 nor a season code 21-24")
            if day is not None:
                raise ValueError(f"a season ({month}) takes no day")
            season, month_number = Season(month_number), None
        return cls(
            int(year),
            month_number,
            None if day is None else int(day),
            season,
            approximate=flag in ("~", "%"),
            uncertain=flag in ("?", "%"),
        )

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.season is not None:
            return Precision.SEASON
        return Precision.YEAR

    def start(self) -> pendulum.Date:
        """The first day this date may be."""
        return _pendulum_date(self._first_day())

    def end(self) -> pendulum.Date:
        """The last day this date may be."""
        return _pendulum_date(self._last_day())

    def _first_day(self) -> _dt.date:
        """`start` as a plain `datetime.date`: what the checks compare, without pendulum."""
        if self.season is not None:
            return _dt.date(self.year, _SEASON_MONTHS[self.season][0], 1)
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def _last_day(self) -> _dt.date:
        """`end` as a plain `datetime.date`."""
        if self.day is not None:
            return self._first_day()
        if self.season is not None:
            first, last = _SEASON_MONTHS[self.season]
            return _month_end(self.year + 1 if last < first else self.year, last)
        return _month_end(self.year, self.month or 12)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.season is not None:
            text += f"-{self.season.value}"
        elif self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        if self.approximate and self.uncertain:
            return text + "%"
        if self.approximate:
            return text + "~"
        if self.uncertain:
            return text + "?"
        return text


def _month_end(year: int, month: int) -> _dt.date:
    """The last day of `month` of `year`."""
    if month == 12:
        return _dt.date(year, 12, 31)
    return _dt.date(year, month + 1, 1) - _dt.timedelta(days=1)


def _pendulum_date(day: _dt.date) -> pendulum.Date:
    # pendulum is imported by the first date a caller asks for, not with the package: a
    # load checks its dates with the standard library's and needs none.
    import pendulum

    return pendulum.Date(day.year, day.month, day.day)


def _check_order(instance: DateRange, attribute: attrs.Attribute[PartialDate], value: PartialDate) -> None:
    # As in EDTF, only the span matters: "2025/2025-06" (some time in 2025 until June)
    # is a range; "2025-05-30/2025-05-29" is not.
    lower = instance.lower
    if value._last_day() < lower._first_day():
        raise ValueError(f"{attribute.name}: a range must not end before it starts, got {lower}/{value}")


def _range_end(whole: str, part: str, name: str) -> PartialDate:
    """One end of the range `whole`, read from `part`; `name` says which end it is."""
    if part in ("", ".."):
        # EDTF writes an unknown end as nothing and an open one as "..": the records have neither.
        kind = "empty" if part == "" else "open ('..')"
        raise ValueError(
            f"{shown(whole)} is not a valid date range: its {name} is {kind}: "
            "expected a date such as 2025-05-29; open and unknown ends are not supported"
        )
    try:
        return PartialDate._read(part)
    except ValueError as exc:
        raise ValueError(
            f"{shown(whole)} is not a valid date range: its {name}, {shown(part)}, is not a valid date: {exc}"
        ) from None


@attrs.frozen(order=False)
class DateRange(_Span):
    """A closed range between two `PartialDate` values, ``lower/upper`` in EDTF.

    >>> r = DateRange.parse("2025-05-29/2025-05-30")
    >>> PartialDate.parse("2025").contains(r)
    True
    """

    lower: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))
    upper: PartialDate = attrs.field(validator=[attrs.validators.instance_of(PartialDate), _check_order])

    @classmethod
    def parse(cls, value: str) -> DateRange:
        """Read ``lower/upper`` EDTF text.

        Raises `ValueError` quoting the whole text (its first 80 characters, if longer) and
        saying what is wrong with it: for a bad end, which end it is and what was expected there.

        >>> DateRange.parse("2025-05-29/2025-13-01")
        Traceback (most recent call last):
        ...
        ValueError: '2025-05-29/2025-13-01' is not a valid date range: its end (after the '/'), ...
        """
        if not isinstance(value, str):
            raise TypeError(f"expected EDTF text, got {shown(value)}")
        slashes = value.count("/")
        if slashes != 1:
            raise ValueError(
                f"{shown(value)} is not a valid date range: expected two dates joined by '/', "
                f"found {slashes or 'no'} '/'"
            )
        before, _, after = value.partition("/")
        lower = _range_end(value, before, "start (before the '/')")
        upper = _range_end(value, after, "end (after the '/')")
        try:
            return cls(lower, upper)
        except ValueError as exc:
            raise ValueError(f"{shown(value)} is not a valid date range: {exc}") from None

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        order = list(Precision)
        return min(self.lower.precision, self.upper.precision, key=order.index)

    def start(self) -> pendulum.Date:
        """The first day of the range."""
        return self.lower.start()

    def end(self) -> pendulum.Date:
        """The last day of the range."""
        return self.upper.end()

    def __str__(self) -> str:
        return f"{self.lower}/{self.upper}"


DateValue: TypeAlias = PartialDate | DateRange
"""A record's date: a single `PartialDate` or a `DateRange`."""


def parse_date(value: str | _dt.date | PartialDate | DateRange) -> DateValue:
    """Read a `PartialDate` or, for text holding ``/``, a `DateRange`.

    Accepts EDTF text, `date` / `datetime` / pendulum values, or a date of ours (returned
    as it is). This is what every query bound and every date in a data file goes through.
    Raises `ValueError` as `PartialDate.parse` and `DateRange.parse` do, quoting the
    whole text.

    >>> parse_date("2025-05-29/2025-05-30")
    DateRange(lower=PartialDate(year=2025, month=5, day=29, ...), upper=PartialDate(year=2025, ...))
    """
    if isinstance(value, (PartialDate, DateRange)):
        return value
    if isinstance(value, str) and "/" in value:
        return DateRange.parse(value)
    return PartialDate.parse(value)


MONTH_ABBREVIATIONS: Final = tuple(name[:3] for name in MONTH_NAMES)
_DASH: Final = "\u2013"  # an en dash, as typeset ranges use


def _describe_partial(date: PartialDate) -> str:
    precision = date.precision
    if precision is Precision.DAY:
        text = f"{date.day} {MONTH_ABBREVIATIONS[(date.month or 1) - 1]} {date.year}"
    elif precision is Precision.MONTH:
        text = f"{MONTH_ABBREVIATIONS[(date.month or 1) - 1]} {date.year}"
    elif date.season is Season.WINTER:
        text = f"winter {date.year}{_DASH}{(date.year + 1) % 100:02d}"
    elif date.season is not None:
        text = f"{date.season.name.lower()} {date.year}"
    else:
        text = str(date.year)
    return ("c. " if date.approximate else "") + text + ("?" if date.uncertain else "")


def describe_date(date: DateValue) -> str:
    """A date written for a person, at its precision.

    >>> describe_date(parse_date("2025-02")), describe_date(parse_date("2022-23"))
    ('Feb 2025', 'autumn 2022')
    >>> describe_date(parse_date("2025-05-29/2025-05-30"))
    '29–30 May 2025'
    >>> describe_date(parse_date("2023-10~"))
    'c. Oct 2023'
    """  # noqa: RUF002 - the en dash is the point
    if isinstance(date, PartialDate):
        return _describe_partial(date)
    lower, upper = date.lower, date.upper
    if lower == upper:
        return _describe_partial(lower)
    plain = not (lower.approximate or lower.uncertain or upper.approximate or upper.uncertain)
    if plain and lower.year == upper.year and lower.precision is upper.precision:
        if lower.precision is Precision.DAY:
            if lower.month == upper.month:
                month = MONTH_ABBREVIATIONS[(lower.month or 1) - 1]
                return f"{lower.day}{_DASH}{upper.day} {month} {lower.year}"
            return f"{_describe_partial(lower).rsplit(' ', 1)[0]} {_DASH} {_describe_partial(upper)}"
        if lower.precision is Precision.MONTH:
            return f"{MONTH_ABBREVIATIONS[(lower.month or 1) - 1]}{_DASH}{_describe_partial(upper)}"
    if plain and lower.precision is upper.precision is Precision.YEAR:
        return f"{lower.year}{_DASH}{upper.year}"
    return f"{_describe_partial(lower)} {_DASH} {_describe_partial(upper)}"
