"""Choosing an event's date among candidate mentions, and reading wire datelines."""
from __future__ import annotations

import re

from eventwire.clean import match_dateline
from eventwire.model import DATE_PRECISIONS, DateMention
from eventwire.time._calendar import MONTHS, safe_date


def resolve_event_date(candidates: list[DateMention], published: str | None) -> tuple[DateMention | None, str]:
    """The best date of an event among the mentions attached to its clause, and where it came from.

    Returns ``(mention, "clause")`` for the chosen mention, ``(None, "publication")`` when no
    candidate has a value but the publication date is known (the caller then dates the event by
    publication, the usual wire-story convention), and ``(None, "none")`` otherwise.

    A candidate with a value beats one without; then the finer precision (a day says more than
    a year); then an exact one over an approximate one; then the earlier in the text, because the
    coder lists the clause's own mentions first.
    """
    usable = [(i, d) for i, d in enumerate(candidates) if d is not None and d.value]
    if usable:
        def rank(item: tuple[int, DateMention]) -> tuple[int, int, int]:
            i, d = item
            prec = DATE_PRECISIONS.index(d.precision) if d.precision in DATE_PRECISIONS else len(DATE_PRECISIONS)
            return prec, int(d.approximate), i
        return min(usable, key=rank)[1], "clause"
    if published:
        return None, "publication"
    return None, "none"


def publication_from_dateline(text: str, feed_year: int | None) -> str | None:
    """The publication day read from a wire dateline ("BAGHDAD, March 29 -") near the top of ``text``.

    Datelines carry no year, so ``feed_year`` (the year of the feed or archive) must be given;
    without it, or without a readable dateline in the first lines, the answer is None.
    """
    if feed_year is None or not text:
        return None
    head = text[:600]
    # The dateline may follow a headline line: any line of the head may open with it.
    found = next((d for line in re.finditer(r"^.*$", head, re.MULTILINE)
                  if (d := match_dateline(line.group())) is not None and d.month), None)
    month = MONTHS.get(found.month.lower()[:3]) if found else None  # "Marhc 4" is March; "Juen 19" is no month
    if month is None:
        return None
    d = safe_date(feed_year, month, found.day)
    return d.isoformat() if d else None


# Two nominal "today"s a year apart less a day: a relative expression read from both says how many
# calendar years back it reaches whatever the real publication day (the smaller count is kept, so
# "18 months ago" counts one year, never two).
_NOMINAL_DAYS = ("2001-01-01", "2001-12-31")


def years_back(date: DateMention) -> int | None:
    """How many calendar years before the story's own day a relative past expression lies ("two years ago"
    2, "more than 20 years ago" 20, "last year" 1, "last month" 0; "a decade ago", which the time stage reads
    as the whole earlier decade, to that decade's end), read without a publication date; None for an expression
    that carries its own year or does not point back."""
    from eventwire.time._rules import run

    if date.value or date.reference == "future":
        return None  # a year written out ("in 2000") needs the story's date to be measured against
    counts = []
    for nominal in _NOMINAL_DAYS:
        found = [d for d in run(date.text, nominal) if d.end_date and d.reference == "past"]
        if not found:
            return None
        longest = max(found, key=lambda d: d.end - d.start)
        counts.append(int(nominal[:4]) - int(longest.end_date[:4]))
    return min(counts)


# Words before a year that make it a deadline or plan rather than a date the story has reached:
# "by 2010", "until 2008", "elections due in 2006", "will take over in 2007".
_AHEAD_CUES = re.compile(r"\b(by|until|till|before|through|due|will|would|shall|plans?|planned|expected|target\w*|"
                         r"next|to\s+be|scheduled|set\s+to)\b[^.;]{0,40}$", re.IGNORECASE)


def reference_year(text: str, dates: list[DateMention]) -> int | None:
    """The latest year a story without a publication date says it has reached: its latest written year
    (with or without day and month), leaving out years told as deadlines or plans ("by 2010", "due in 2006").
    A lower bound on the publication year (a story is rarely written before the last year it recounts), so
    an act dated two years before it is at least two years old; None when the story writes no usable year."""
    years = []
    for d in dates:
        if not d.value or not d.end_date or d.reference == "future" or d.precision in ("decade", "century"):
            continue
        before = text[max(0, d.start - 60):d.start]
        if _AHEAD_CUES.search(before):
            continue
        years.append(int(d.end_date[:4]))
    return max(years) if years else None
