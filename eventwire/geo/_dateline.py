"""Datelines: the place a wire story was filed from, at the very start of its text."""
from __future__ import annotations

from eventwire.clean import match_dateline


def parse_dateline(text: str) -> tuple[str, int, int] | None:
    """The place of a leading dateline ("BAGHDAD, March 29 -", "HANOI, Vietnam (AP) —",
    "LONDON (Reuters) -") as (place text, start, end), or None when the text opens otherwise."""
    found = match_dateline(text)
    return (found.place, found.start, found.end_place) if found else None
