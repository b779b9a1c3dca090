"""PartialDate and DateRange: parsing, EDTF text, precision, ordering and overlap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import edtf
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eucentralasia import DateRange, PartialDate, Precision, Season, describe_date, parse_date
from eucentralasia._errors import shown as quoted
from eucentralasia.testing import date_ranges, date_values, partial_dates


class TestParse:
    @pytest.mark.parametrize(
        ("text", "precision", "start", "end"),
        [
            ("2025", Precision.YEAR, "2025-01-01", "2025-12-31"),
            ("2025-02", Precision.MONTH, "2025-02-01", "2025-02-28"),
            ("2024-02", Precision.MONTH, "2024-02-01", "2024-02-29"),
            ("2025-02-24", Precision.DAY, "2025-02-24", "2025-02-24"),
            ("2022-21", Precision.SEASON, "2022-03-01", "2022-05-31"),
            ("2022-22", Precision.SEASON, "2022-06-01", "2022-08-31"),
            ("2022-23", Precision.SEASON, "2022-09-01", "2022-11-30"),
            ("2023-24", Precision.SEASON, "2023-12-01", "2024-02-29"),
            ("2023-10~", Precision.MONTH, "2023-10-01", "2023-10-31"),
        ],
    )
    def test_span_and_precision(self, text: str, precision: Precision, start: str, end: str) -> None:
        date = PartialDate.parse(text)
        assert date.precision is precision
        assert str(date.start()) == start
        assert str(date.end()) == end
        assert str(date) == text

    def test_autumn_2022_is_a_season(self) -> None:
        assert PartialDate.parse("2022-23") == PartialDate(2022, season=Season.AUTUMN)

    @pytest.mark.parametrize(
        ("text", "approximate", "uncertain"),
        [("2023-10~", True, False), ("2023-10?", False, True), ("2023-10%", True, True)],
    )
    def test_qualifiers(self, text: str, approximate: bool, uncertain: bool) -> None:
        date = PartialDate.parse(text)
        assert (date.approximate, date.uncertain) == (approximate, uncertain)

    @pytest.mark.parametrize(
        "value",
        [dt.date(2025, 3, 27), dt.datetime(2025, 3, 27, 10, 30), pendulum.date(2025, 3, 27)],
    )
    def test_from_date_objects(self, value: dt.date) -> None:
        assert PartialDate.parse(value) == PartialDate(2025, 3, 27)

    @pytest.mark.parametrize(
        ("text", "complaint"),
        [
            ("2025-02-30", "February 2025 has no day 30"),
            ("2023-02-29", "February 2023 has no day 29"),
            ("2025-13", "month 13"),
            ("2025-00", "month: expected a month from 1 to 12"),
            ("2025-02-00", "expected a day of the month"),
            ("2025-23-01", "a season (23) takes no day"),
            ("2025-25", "month 25"),
            ("0000", "year"),
            ("25", "expected EDTF"),
            ("2025-2", "expected EDTF"),
            ("", "expected EDTF"),
            ("2025-02-24T10:00", "expected EDTF"),
            ("2025~?", "expected EDTF"),
            (" 2025", "expected EDTF"),
            ("2022-23~", "a season cannot be marked approximate"),
            ("\uff12\uff10\uff12\uff15", "expected EDTF"),  # full-width digits are not EDTF
        ],
    )
    def test_impossible_dates_are_rejected_quoting_the_text(self, text: str, complaint: str) -> None:
        with pytest.raises(ValueError, match="not a valid date") as info:
            PartialDate.parse(text)
        assert repr(text) in str(info.value)
        assert complaint in str(info.value)

    def test_not_text(self) -> None:
        with pytest.raises(TypeError):
            PartialDate.parse(2025)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "complaint"),
        [
            ("2025/..", "its end (after the '/') is open ('..'): expected a date such as 2025-05-29"),
            ("/", "its start (before the '/') is empty: expected a date such as 2025-05-29"),
            ("2025/", "its end (after the '/') is empty"),
            (
                "2025-05-29/2025-13-01",
                "its end (after the '/'), '2025-13-01', is not a valid date: month 13 is neither",
            ),
            ("2025-02-30/2025-03", "its start (before the '/'), '2025-02-30', is not a valid date: day: Feb"),
            ("25/2026", "its start (before the '/'), '25', is not a valid date: expected EDTF such as"),
            ("2025/2026/2027", "expected two dates joined by '/', found 2 '/'"),
        ],
    )
    def test_range_messages_quote_the_whole_text_and_name_the_end(self, text: str, complaint: str) -> None:
        for parse in (DateRange.parse, parse_date):
            with pytest.raises(ValueError, match="is not a valid date range") as info:
                parse(text)
            message = str(info.value)
            assert message.startswith(f"{text!r} is not a valid date range: "), message
            assert complaint in message

    def test_range(self) -> None:
        r = DateRange.parse("2025-05-29/2025-05-30")
        assert (str(r.start()), str(r.end())) == ("2025-05-29", "2025-05-30")
        assert r.precision is Precision.DAY
        assert DateRange.parse("2025/2026-03").precision is Precision.YEAR

    @pytest.mark.parametrize(
        ("text", "complaint"),
        [
            ("2025-05-30/2025-05-29", "must not end before it starts"),
            ("2025-05/2025-04-30", "must not end before it starts"),
            ("2025-06/2024", "must not end before it starts"),
            ("2025-05-29", "two dates joined by '/'"),
            ("2025/2026/2027", "two dates joined by '/'"),
            ("2025/2025-02-30", "has no day 30"),
        ],
    )
    def test_bad_ranges(self, text: str, complaint: str) -> None:
        with pytest.raises(ValueError, match=complaint):
            DateRange.parse(text)

    @pytest.mark.parametrize(
        ("text", "start", "end"),
        [
            ("2025/2025-06", "2025-01-01", "2025-06-30"),
            ("2024-24/2025-01", "2024-12-01", "2025-01-31"),
            ("2025-21/2025-04", "2025-03-01", "2025-04-30"),
            ("2025-05-10/2025-05", "2025-05-10", "2025-05-31"),
        ],
    )
    def test_ranges_whose_ends_differ_in_precision(self, text: str, start: str, end: str) -> None:
        r = DateRange.parse(text)
        assert (str(r.start()), str(r.end())) == (start, end)
        assert str(r) == text

    def test_winter_9999_is_refused(self) -> None:
        # It would end in February 10000, past the last representable day.
        with pytest.raises(ValueError, match="winter 9999"):
            PartialDate.parse("9999-24")
        assert str(PartialDate.parse("9998-24").end()) == "9999-02-28"

    def test_parse_date_dispatches(self) -> None:
        assert isinstance(parse_date("2025"), PartialDate)
        assert isinstance(parse_date("2025/2026"), DateRange)
        date = PartialDate(2025)
        assert parse_date(date) is date


class TestSemantics:
    def test_month_overlaps_its_days(self) -> None:
        assert parse_date("2025-02").overlaps(parse_date("2025-02-24"))
        assert not parse_date("2025-02").overlaps(parse_date("2025-03-01"))

    def test_year_contains_a_range_within_it(self) -> None:
        assert parse_date("2025").contains(parse_date("2025-05-29/2025-05-30"))
        assert not parse_date("2025-05").contains(parse_date("2025-05-29/2025-06-01"))

    def test_winter_spans_the_new_year(self) -> None:
        assert parse_date("2024-24").overlaps(parse_date("2025-01-15"))

    def test_ordering_by_start_then_end(self) -> None:
        dates = [parse_date(t) for t in ["2025-02-24", "2025", "2025-01", "2024-23", "2025-01-01"]]
        assert [str(d) for d in sorted(dates)] == ["2024-23", "2025-01-01", "2025-01", "2025", "2025-02-24"]

    def test_not_comparable_with_other_types(self) -> None:
        with pytest.raises(TypeError):
            _ = PartialDate(2025) < "2025"  # type: ignore[operator]


@given(date_values())
def test_text_round_trip(date: PartialDate | DateRange) -> None:
    assert parse_date(str(date)) == date
    assert type(date).parse(str(date)) == date


@given(date_values())
def test_start_not_after_end(date: PartialDate | DateRange) -> None:
    assert date.start() <= date.end()


@given(date_values())
def test_first_and_last_day_are_pendulum_s(date: PartialDate | DateRange) -> None:
    # The days are computed with the standard library (a load needs no pendulum); pendulum's
    # own calendar arithmetic is the oracle.
    lower, upper = (date.lower, date.upper) if isinstance(date, DateRange) else (date, date)
    start = pendulum.Date(lower.year, lower.month or 1, lower.day or 1)
    if lower.season is not None:
        start = pendulum.Date(lower.year, {21: 3, 22: 6, 23: 9, 24: 12}[lower.season.value], 1)
    if upper.day is not None:
        end = pendulum.Date(upper.year, upper.month or 1, upper.day)
    elif upper.season is not None:
        first = {21: 3, 22: 6, 23: 9, 24: 12}[upper.season.value]
        end = pendulum.Date(upper.year, first, 1).add(months=2).end_of("month")
    else:
        end = pendulum.Date(upper.year, upper.month or 12, 1).end_of("month")
    assert (date.start(), date.end()) == (start, end)
    assert type(date.start()) is pendulum.Date


@given(date_values(), date_values(), date_values())
def test_order_is_total_and_consistent_with_start(a: object, b: object, c: object) -> None:
    a_, b_, c_ = (parse_date(str(x)) for x in (a, b, c))
    assert (a_ <= b_) or (b_ <= a_)
    assert (a_ <= b_ and b_ <= a_) == (a_ == b_)
    if a_ <= b_ and b_ <= c_:
        assert a_ <= c_
    if a_ < b_:
        # Ordered by first day, then last day; the text only breaks ties between equal spans.
        assert (a_.start(), a_.end()) <= (b_.start(), b_.end())


@given(date_values(), date_values())
def test_contains_implies_overlaps_and_overlaps_is_symmetric(a: object, b: object) -> None:
    a_, b_ = parse_date(str(a)), parse_date(str(b))
    if a_.contains(b_):
        assert a_.overlaps(b_)
    assert a_.overlaps(b_) == b_.overlaps(a_)
    assert a_.contains(a_)


@given(date_values(), st.dates())
def test_overlaps_a_day_iff_day_within_span(a: object, day: dt.date) -> None:
    a_ = parse_date(str(a))
    single = PartialDate.parse(day)
    assert a_.overlaps(single) == (a_.start() <= single.start() <= a_.end())


# Text that is nearly EDTF (its characters, valid dates joined with junk) reaches every
# check, where arbitrary text mostly fails at the first character.
_EDTF_CHARS = "0123456789-/~?%."
_nearly_edtf = st.one_of(
    st.text(alphabet=_EDTF_CHARS, max_size=25),
    st.lists(
        st.one_of(date_values().map(str), st.text(alphabet=_EDTF_CHARS, max_size=8), st.text(max_size=4)),
        min_size=1,
        max_size=3,
    ).map("/".join),
    st.text(),
)
# A message quotes at most 80 characters of the text and of one of its ends, each of which
# repr writes in at most 10 characters ("\U0001f600"); the rest of the message is short.
_QUOTED = 80
_MESSAGE_LIMIT = 2 * (10 * _QUOTED + 40) + 400


def _check_message(text: str, parse: Callable[[str], object]) -> None:
    try:
        parse(text)
    except ValueError as exc:
        message = str(exc)
    else:
        return
    assert repr(text[:_QUOTED]) in message
    assert message.startswith(repr(text[:_QUOTED]))
    if len(text) > _QUOTED:
        assert f"... ({len(text)} characters)" in message
    assert len(message) <= _MESSAGE_LIMIT


@given(_nearly_edtf)
def test_every_parse_error_quotes_the_whole_text(text: str) -> None:
    for parse in (PartialDate.parse, DateRange.parse, parse_date):
        _check_message(text, parse)


@pytest.mark.parametrize(
    "text",
    [
        "2" * 1_000_000,
        "/" * 1_000_000,
        "2025/" + "x" * 1_000_000,
        "2025-05-29/" + "2" * 1_000_000,
        "\U0001f600" * 1_000_000 + "/2025",
    ],
    ids=["digits", "slashes", "junk-end", "long-end", "emoji-start"],
)
def test_messages_stay_short_for_a_megabyte_of_text(text: str) -> None:
    for parse in (PartialDate.parse, DateRange.parse, parse_date):
        with pytest.raises(ValueError, match=r"is not a valid date") as info:
            parse(text)
        assert len(str(info.value)) <= _MESSAGE_LIMIT
        assert str(info.value).startswith(repr(text[:_QUOTED]) + f"... ({len(text)} characters) is not")


def _edtf_span(text: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    parsed = edtf.parse_edtf(text)
    return tuple(parsed.lower_strict()[:3]), tuple(parsed.upper_strict()[:3])  # type: ignore[return-value]


@given(st.one_of(partial_dates(1000, 2999), date_ranges(1000, 2999)))
def test_every_edtf_string_we_emit_means_the_same_to_the_edtf_package(date: PartialDate | DateRange) -> None:
    lower, upper = _edtf_span(str(date))
    assert lower == (date.start().year, date.start().month, date.start().day)
    expected_upper = date.end()
    ends_in_winter = (date.upper if isinstance(date, DateRange) else date).season is Season.WINTER
    if ends_in_winter:
        # The edtf package cuts winter at 31 December; we keep meteorological winter,
        # which runs to the end of February. Both agree on where it starts.
        expected_upper = pendulum.Date(expected_upper.year - 1, 12, 31)
    assert upper == (expected_upper.year, expected_upper.month, expected_upper.day)
    flagged = edtf.parse_edtf(str(date))
    single = date if isinstance(date, PartialDate) else None
    if single is not None:
        both = single.approximate and single.uncertain
        assert bool(flagged.is_uncertain_and_approximate) == both
        assert bool(flagged.is_approximate) == (single.approximate and not both)
        assert bool(flagged.is_uncertain) == (single.uncertain and not both)


@given(date_values(), date_values())
def test_every_comparison_orders_by_the_sort_key(a: object, b: object) -> None:
    assert isinstance(a, (PartialDate, DateRange))
    assert isinstance(b, (PartialDate, DateRange))
    ka, kb = a.sort_key(), b.sort_key()
    assert ((a < b), (a <= b), (a > b), (a >= b)) == (ka < kb, ka <= kb, ka > kb, ka >= kb)
    with pytest.raises(TypeError, match="cannot order"):
        assert a > "2025"  # type: ignore[operator]
    with pytest.raises(TypeError, match="cannot order"):
        assert a >= "2025"  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("2025-02-03", "3 Feb 2025"),
        ("2025-02", "Feb 2025"),
        ("2022-21", "spring 2022"),
        ("2022-23", "autumn 2022"),
        ("2022-24", "winter 2022\u201323"),
        ("1999-24", "winter 1999\u201300"),
        ("2025", "2025"),
        ("2025?", "2025?"),
        ("2025~", "c. 2025"),
        ("2025-02-03%", "c. 3 Feb 2025?"),
        ("2025-05-29/2025-05-30", "29\u201330 May 2025"),
        ("2025-05-29/2025-06-02", "29 May \u2013 2 Jun 2025"),
        ("2025-12-30/2026-01-02", "30 Dec 2025 \u2013 2 Jan 2026"),
        ("2025-01/2025-03", "Jan\u2013Mar 2025"),
        ("2025-02/2025-04", "Feb\u2013Apr 2025"),
        ("2025-01/2025-03~", "Jan 2025 \u2013 c. Mar 2025"),
        ("2025-01?/2025-03", "Jan 2025? \u2013 Mar 2025"),
        ("2020/2022", "2020\u20132022"),
        ("2020~/2022", "c. 2020 \u2013 2022"),
        ("2024/2025-03", "2024 \u2013 Mar 2025"),
        ("2025-02-03/2025-02-03", "3 Feb 2025"),
    ],
)
def test_describe_date_writes_each_precision_and_range_shape(text: str, described: str) -> None:
    assert describe_date(parse_date(text)) == described


def test_the_fields_bounds_and_the_messages_name_what_was_given() -> None:
    assert PartialDate(year=9999, month=12).end() == dt.date(9999, 12, 31)
    with pytest.raises(ValueError, match="year: expected a year from 1 to 9999, got 10000"):
        PartialDate(year=10000)
    with pytest.raises(ValueError, match="month: expected a month from 1 to 12, got 13"):
        PartialDate(year=2025, month=13)
    with pytest.raises(TypeError, match="approximate: expected true or false, got 'yes'"):
        PartialDate(year=2025, approximate="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^cannot order a PartialDate against str$"):
        assert PartialDate(year=2025) < "2025"  # type: ignore[operator]
    with pytest.raises(TypeError, match=r"^expected EDTF text or a date, got 2025$"):
        parse_date(2025)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^expected EDTF text, got 2025$"):
        DateRange.parse(2025)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"found no '/'$"):
        DateRange.parse("2025")
    with pytest.raises(ValueError, match=r"found 2 '/'$"):
        DateRange.parse("2025/2026/2027")
    assert quoted("x" * 80) == repr("x" * 80)
    assert quoted("x" * 81) == repr("x" * 80) + "... (81 characters)"


def test_a_range_ending_before_it_starts_is_refused_naming_the_text() -> None:
    expected = r"^'2025-05/2024' is not a valid date range: upper: a range must not end before it starts"
    with pytest.raises(ValueError, match=expected):
        DateRange.parse("2025-05/2024")
