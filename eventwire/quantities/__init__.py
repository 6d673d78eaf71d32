"""Find quantities in news text: counts of people and things, money, measures.

``find_quantities`` is a pure function of the text. Each Quantity's ``text`` runs from the
qualifier ("more than", "at least", "between") through the counted noun, so the whole phrase can be
highlighted. Conventions:

* ``value`` is the number as stated; vague plurals take their floor ("hundreds" → 100,
  "tens of thousands" → 10000, "dozens" → 12) with qualifier ``about``.
* ``unit`` is an ISO 4217 code for money (``of`` repeats it, e.g. USD), a measure for measured
  amounts (kg, km, km2, t, percent, ...), and None for plain counts.
* ``of`` is the head noun counted ("troops", "bomb" in "100-kg bomb"), adjectives skipped.
* ranges set ``qualifier="range"``, ``value`` the lower and ``upper`` the higher bound.

Years, dates, clock times, ordinals, phone numbers and numbers inside names
("201 Air Force Base", "Resolution 242") are not quantities.
"""
from __future__ import annotations

from eventwire.model import Quantity
from eventwire.quantities._finder import find as _find

__all__ = ["find_quantities"]


def find_quantities(text: str, *, dates: list | None = None) -> list[Quantity]:
    """All quantities in ``text``, sorted by start and non-overlapping.

    ``dates``: the text's date mentions when the caller already has them (the pipeline does), so
    the date finder is not run twice; numbers inside them are never quantities."""
    if not text:
        return []
    if dates is None:
        from eventwire.time import find_dates

        dates = find_dates(text, None)
    masked = [(d.start, d.end) for d in dates]
    return _find(text, masked)
