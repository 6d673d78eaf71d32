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
