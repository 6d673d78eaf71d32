"""normalize(): one expression at a time, anchored on an invented publication day."""
import pytest

from eventwire.time import normalize

PUB = "2024-04-20"  # a Saturday


@pytest.mark.parametrize("expr, value, reference", [
    ("late Friday", "2024-04-19", "past"),
    ("early Friday", "2024-04-19", "past"),
    ("Friday", "2024-04-19", "past"),
    ("Saturday", "2024-04-20", "present"),
    ("on Sunday", "2024-04-14", "past"),
    ("earlier on Monday", "2024-04-15", "past"),
    ("next Friday", "2024-04-26", "future"),
    ("last Saturday", "2024-04-13", "past"),
    ("this past Monday", "2024-04-15", "past"),
    ("today", "2024-04-20", "present"),
    ("tonight", "2024-04-20", "present"),
    ("yesterday", "2024-04-19", "past"),
    ("tomorrow", "2024-04-21", "future"),
    ("last night", "2024-04-19", "past"),
    ("Last year", "2023", "past"),
    ("this year", "2024", "present"),
    ("next year", "2025", "future"),
    ("late last year", "2023", "past"),
    ("Last month", "2024-03", "past"),
    ("next month", "2024-05", "future"),
    ("earlier this month", "2024-04", "past"),
    ("since 2018", "2018", "past"),
    ("in 2018", "2018", "past"),
    ("3 days ago", "2024-04-17", "past"),
    ("two months ago", "2024-02", "past"),
    ("five years ago", "2019", "past"),
    ("in mid-March", "2024-03", "past"),
    ("the 1990s", "199", "past"),
    ("the mid-1980s", "198", "past"),
    ("the 20th century", "19", "past"),
    ("Jan. 9, 1987", "1987-01-09", "past"),
    ("9 January 2024", "2024-01-09", "past"),
    ("March 1987", "1987-03", "past"),
    ("2024-03-05", "2024-03-05", "past"),
    ("13/03/2024", "2024-03-13", "past"),
    ("first quarter of 2023", "2023-Q1", "past"),
    ("April last year", "2023-04", "past"),
])
def test_values(expr, value, reference):
    dm = normalize(expr, PUB)
    assert dm is not None
    assert dm.value == value
    assert dm.reference == reference
    assert 0 <= dm.start < dm.end <= len(expr)


def test_last_week_is_the_calendar_week_before():
    dm = normalize("last week", PUB)
    assert dm.value.startswith("2024-04")
    assert (dm.start_date, dm.end_date, dm.precision) == ("2024-04-08", "2024-04-14", "week")


def test_this_week_and_weekend():
    assert normalize("this week", PUB).start_date == "2024-04-15"
    dm = normalize("over the weekend", "2024-04-22")  # a Monday
    assert (dm.start_date, dm.end_date) == ("2024-04-20", "2024-04-21")


@pytest.mark.parametrize("expr", ["in the coming days", "the next few months", "in the next few months"])
def test_vague_future(expr):
    dm = normalize(expr, PUB)
    assert dm.reference == "future" and dm.approximate
    assert dm.start_date > PUB


def test_past_decade_has_an_interval_but_no_single_value():
    dm = normalize("the past decade", PUB)
    assert dm.value is None and dm.reference == "past" and dm.precision == "decade"
    assert dm.start_date.startswith("2014")


def test_overnight_is_the_night_before_publication():
    dm = normalize("overnight", PUB)
    assert dm.value == PUB and dm.approximate


@pytest.mark.parametrize("expr", ["two weeks later", "a day after", "the next day", "a year earlier"])
def test_anchored_offsets_need_an_anchor(expr):
    dm = normalize(expr, PUB)
    assert dm is not None and dm.value is None


def test_anchored_offset_with_anchor():
    assert normalize("two weeks later", PUB, anchor="2024-01-03").start_date == "2024-01-15"
    assert normalize("a day after", PUB, anchor="2024-01-03").value == "2024-01-04"


def test_tense_turns_a_weekday_forward():
    assert normalize("Friday", PUB, tense="future").value == "2024-04-26"
    assert normalize("Friday", "2024-04-19").value == "2024-04-19"  # a Friday story about Friday


def test_month_day_without_year():
    assert normalize("January 9", "1987-02-26").value == "1987-01-09"
    assert normalize("October 2", "2001-12-28").value == "2001-10-02"
    assert normalize("December 2", "2001-12-28").value == "2001-12-02"
    assert normalize("December 2", "2002-02-10").value == "2001-12-02"  # far ahead → previous year


def test_without_publication_only_absolute_dates_get_values():
    assert normalize("9 January 2024", None).value == "2024-01-09"
    assert normalize("2018", None).value == "2018"
    assert normalize("yesterday", None).value is None
    assert normalize("last year", None).reference == "past"


def test_ambiguous_slash_date_is_not_a_date():
    assert normalize("12/03/2024", PUB) is None


def test_nothing_temporal():
    assert normalize("the troops", PUB) is None
    assert normalize("", PUB) is None


def test_datetime_publication_is_cut_to_its_day():
    assert normalize("tonight", "1987-02-26T15:01:01").value == "1987-02-26"
