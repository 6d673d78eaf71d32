"""Find and normalise time expressions in news text, anchored on the publication date.

Pure functions of text: no NLP model. ``find_dates`` scans a whole article; ``normalize`` reads one
expression the caller has already isolated; ``resolve_event_date`` picks the date of an event from
the mentions the event coder attached to its clause.

Values are ISO prefixes at the expression's precision ("2024", "2024-03", "2024-04-19"; decades
"199", centuries "19", quarters "2024-Q1"). Weeks are reported as the month holding the week's first
day, with the exact week in start_date/end_date; see :func:`eventwire.time._calendar.value_for`.
Relative expressions get a value only when the publication date is known.
"""
from __future__ import annotations

from eventwire.model import DateMention
from eventwire.time._resolve import publication_from_dateline, reference_year, resolve_event_date, years_back
from eventwire.time._rules import run as _run

__all__ = ["find_dates", "normalize", "resolve_event_date", "publication_from_dateline", "reference_year", "years_back"]


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """All time expressions in ``text``, sorted by start and non-overlapping.

    ``published`` is a YYYY-MM-DD date (a datetime string is cut to its day); with None only
    expressions that carry their own year get values. Whether a bare weekday, month or quarter
    points forward is read from future cues ("will", "scheduled", ...) earlier in its clause.
    """
    if not text:
        return []
    return _run(text, published)


def normalize(expr: str, published: str | None, *, tense: str | None = None,
              anchor: str | None = None) -> DateMention | None:
    """Normalise one expression; offsets are into ``expr``.

    ``tense`` ("past" | "future") settles bare weekdays, months and quarters the way the verb of
    the clause would; ``anchor`` (YYYY-MM-DD) resolves offsets from another event such as
    "two weeks later" or "the next day", which otherwise get no value. Returns the longest
    expression found in ``expr``, or None when there is none.
    """
    if not expr or not expr.strip():
        return None
    found = _run(expr, published, tense=tense, anchor=anchor)
    if not found:
        return None
    return max(found, key=lambda d: (d.end - d.start, -d.start))
