"""Calendar arithmetic and the rule that turns an interval into a DateMention's value.

Every normalised expression is first reduced to an inclusive interval of days plus a precision;
the ISO ``value`` is derived from that interval in one place so that all rules agree on it.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventwire.model import DateMention

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name.lower()[:3]] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
    "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2,
    "few": 3, "a few": 3, "several": 3,
}
# Counts that are a guess rather than a number make the resulting date approximate.
VAGUE_COUNTS = {"few", "a few", "several", "couple", "a couple", "a couple of", "couple of"}

# A month-day or month without a year is taken in the publication year unless that lands this
# many days after publication; news rarely refers that far ahead without naming the year.
FUTURE_HORIZON_DAYS = 183

_PUB_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_published(published: str | None) -> date | None:
    """Read the day of a publication date or datetime string; anything unreadable counts as unknown,
    because a wrong anchor is worse than none (relative expressions then stay unresolved)."""
    if not published:
        return None
    m = _PUB_RE.match(published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift_day(d: date, n: int) -> date:
    return d + timedelta(days=n)


def week_start(d: date) -> date:
    """Monday of the ISO week holding ``d``."""
    return d - timedelta(days=d.weekday())


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_interval(year: int, q: int) -> tuple[date, date]:
    return date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def part_of(a: date, b: date, part: str) -> tuple[date, date]:
    """The early / middle / late third of an interval ("early March", "late last year")."""
    days = (b - a).days + 1
    third = max(days // 3, 1)
    if part == "early":
        return a, a + timedelta(days=third - 1)
    if part == "late":
        return b - timedelta(days=third - 1), b
    if part == "mid":
        return a + timedelta(days=third), b - timedelta(days=third)
    return a, b


def precision_for_length(a: date, b: date) -> str:
    """Precision of a vague interval ("the coming days", "the past decade"), judged by its length."""
    days = (b - a).days + 1
    for limit, name in ((1, "day"), (10, "week"), (45, "month"), (120, "quarter"), (400, "year"), (4000, "decade")):
        if days <= limit:
            return name
    return "century"


def value_for(a: date, b: date, precision: str, vague: bool = False) -> str | None:
    """The ISO value of an interval at ``precision``.

    Calendar units give their own prefix: day ``2024-04-19``, month ``2024-03``, year ``2023``,
    decade ``199`` (TimeML's form for the 1990s), century ``19``, quarter ``2024-Q1`` (still a
    prefix-compatible extension of the year).

    Weeks are given as the ISO month of the week's first day (``2024-04`` for Monday 2024-04-08
    to Sunday 2024-04-14), not ``2024-W15``: consumers compare values as ISO prefixes of days, and
    a week-number string is a prefix of no day. The exact week is kept in start_date/end_date.

    Vague spans ("in the coming days", "over the past year") and spans that straddle calendar
    units get the finest calendar unit that holds the whole interval, or None when even a year
    does not: a value must never claim more than the text says.
    """
    if vague:
        if a == b:
            return a.isoformat()
        if (a.year, a.month) == (b.year, b.month):
            return a.isoformat()[:7]
        if a.year == b.year:
            return str(a.year)
        return None
    if precision == "day":
        return a.isoformat()
    if precision in ("week", "month"):
        return a.isoformat()[:7]
    if precision == "quarter":
        return f"{a.year}-Q{quarter_of(a)}"
    if precision == "year":
        return str(a.year) if a.year == b.year else None
    if precision == "decade":
        return str(a.year)[:3]
    if precision == "century":
        return str(a.year)[:2]
    return None


def reference_for(a: date, b: date, pub: date) -> str:
    if b < pub:
        return "past"
    if a > pub:
        return "future"
    return "present"


def make_mention(text: str, start: int, end: int, a: date | None, b: date | None, precision: str | None,
                 pub: date | None, *, vague: bool = False, approximate: bool = False,
                 reference: str | None = None, value: str | None = "auto") -> DateMention:
    """Build a DateMention from an interval; ``reference`` overrides the one implied by the interval
    (e.g. "since 2018" is past even though its interval runs up to publication)."""
    if a is None or b is None:
        return DateMention(text, start, end, None, None, None, precision, reference, approximate)
    if value == "auto":
        value = value_for(a, b, precision or precision_for_length(a, b), vague)
    if reference is None and pub is not None:
        reference = reference_for(a, b, pub)
    return DateMention(text, start, end, value, a.isoformat(), b.isoformat(),
                       precision or precision_for_length(a, b), reference, approximate or vague)
