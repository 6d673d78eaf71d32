"""Helpers every reader shares: error records and publication-date normalisation."""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from eventwire.errors import message
from eventwire.model import ErrorRecord, RawDocument


def failed(doc_id: str, doc_source: str | None, code: str, /, **fields: object) -> RawDocument:
    """A RawDocument that stands for a document we could not read: the batch carries it on.

    ``fields`` fill the message of ``code``; its ``source`` defaults to ``doc_source``.
    """
    fields.setdefault("source", doc_source or doc_id)
    return RawDocument(
        id=doc_id,
        source=doc_source,
        errors=[ErrorRecord(stage="ingest", code=code, message=message(code, **fields))],
    )


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s]|\d{4,6}\b)")  # WARC/1.0 and Heritrix style
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")]
    )
    for m in names
}
# "26-FEB-1987 15:01:01.79" (Reuters-21578), "19 April 2024", "19 Apr. 2024"
_DAY_MONTH_YEAR = re.compile(r"^\s*(?:[A-Za-z]+,?\s+)?(\d{1,2})[\s\-/]+([A-Za-z]{3,9})\.?[\s\-/,]+(\d{4})\b")
# "April 19, 2024", "Apr. 19 2024", "Friday, April 19, 2024"
_MONTH_DAY_YEAR = re.compile(r"^\s*(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalise_published(value: object) -> str | None:
    """Return ``value`` as an ISO day ``YYYY-MM-DD``, or None when it is not a full calendar date.

    Only complete dates count: a bare year or month would give the time stage a false day
    precision, so those are dropped rather than padded with the first of the month.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    for pattern in (_ISO, _COMPACT):
        hit = pattern.match(text)
        if hit:
            return _iso(int(hit[1]), int(hit[2]), int(hit[3]))
    hit = _DAY_MONTH_YEAR.match(text)
    if hit and hit[2].lower() in _MONTHS:
        return _iso(int(hit[3]), _MONTHS[hit[2].lower()], int(hit[1]))
    hit = _MONTH_DAY_YEAR.match(text)
    if hit and hit[1].lower() in _MONTHS:
        return _iso(int(hit[3]), _MONTHS[hit[1].lower()], int(hit[2]))
    try:  # RFC 2822, as in HTTP headers and RSS
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


_STRICT_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def valid_day(value: str) -> bool:
    """True when ``value`` is exactly ``YYYY-MM-DD`` and a real calendar day."""
    return bool(_STRICT_DAY.match(value)) and _iso(*map(int, value.split("-"))) is not None
