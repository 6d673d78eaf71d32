"""Datelines: the place a wire story was filed from, at the very start of its text."""
from __future__ import annotations

import re

# Wires write the month in capitals too ("BRASILIA, MARCH 5 -", "LOS ANGELES, OCT 19 -"), and may flag an item with
# leading asterisks ("****LIMA, March 5 -").
_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
_WORD = r"[A-Z][A-Za-z'’.\-]*"
_DATELINE = re.compile(
    rf"""\A[ \t\r\n*]*
    (?P<place>(?P<city>{_WORD}(?:[ ]{_WORD}){{0,3}})
              (?:,[ ]*(?!{_MONTH}[ ]+\d)(?P<qual>{_WORD}(?:[ ]{_WORD}){{0,3}}))?)
    (?P<date>,?[ ]*{_MONTH}[ ]+\d{{1,2}})?
    (?P<agency>[ ]*\([^()\n]{{1,40}}\))?
    [ ]*[-–—:]""",
    re.VERBOSE,
)


def parse_dateline(text: str) -> tuple[str, int, int] | None:
    """The place of a leading dateline ("BAGHDAD, March 29 -", "HANOI, Vietnam (AP) —",
    "LONDON (Reuters) -") as (place text, start, end), or None when the text opens otherwise."""
    m = _DATELINE.match(text[:160])
    if not m:
        return None
    city = m.group("city")
    # Without a date or an agency only an all-capitals city marks a dateline, not "Hello World -".
    if not (m.group("date") or m.group("agency")) and not city.replace(" ", "").replace(".", "").isupper():
        return None
    if not any(ch.isalpha() for ch in city) or len(city) < 2:
        return None
    return m.group("place"), m.start("place"), m.end("place")
