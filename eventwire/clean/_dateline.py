"""Wire-style datelines: "BAGHDAD, March 29 - ", "HANOI, Vietnam (AP) — ", "LONDON (Reuters) -",
"DETROIT, March 4 (Reuters) -".

One pattern serves every stage that reads a dateline (clean names the story's dateline, nlp keeps it out
of the first sentence, geo resolves its place, time reads its day), so that they never disagree on what
is one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Wires write the month in capitals too ("BRASILIA, MARCH 5 -"), and misspell it ("Marhc 4"): any short word
# before a day number is read as the date, but only a real month name vouches for a mixed-case place.
_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
_ANY_MONTH = r"\b[A-Za-z]{3,9}\.?"
_WORD = r"[A-Z][A-Za-z'’.\-]*"
_NEXT_WORD = r"[A-Za-z][A-Za-z'’.\-]*"  # "Mexico city, april 1 -": the rest of a name may be in lower case


def _date(prefix: str) -> str:
    return rf"[ ]*,?[ ]*(?P<{prefix}month>{_ANY_MONTH})[ ]+(?P<{prefix}day>\d{{1,2}})(?:,[ ]*\d{{4}})?"


_PATTERN = re.compile(
    rf"""[ \t\r\n*]*(?:RPT[ ]*-+[ ]*)?               # a flagged ("****LIMA, March 5 -") or repeated item
    (?:\d[ \t]+)?                                 # a stray digit the wire left before the town ("0    LONDON, April 29 -")
    (?P<place>(?P<city>{_WORD}(?:[ ]{_NEXT_WORD}){{0,3}})
              (?:[ ]*,[ ]*(?!{_ANY_MONTH}[ ]+\d)(?P<region>{_WORD}(?:[ ]{_NEXT_WORD}){{0,3}}))?)
    (?:{_date("")})?
    (?:[ ]*\((?P<agency>[^()\n]{{1,40}})\))?
    (?:{_date("late_")})?    # the date may follow the agency
    [ ]*(?:--|[-–—:])(?=\s|\Z)""",
    re.VERBOSE,
)
_REAL_MONTH = re.compile(_MONTH)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a text: its place, the day it gives (month and day, no year) and
    the agency, with ``end`` just after its dash."""

    place: str
    start: int
    end_place: int
    month: str | None
    day: int | None
    agency: str | None
    end: int


# Words that head a story's label, not its place: "Exclusive – ...", "Analysis — ...".
_LABELS = frozenset({"exclusive", "analysis", "opinion", "update", "updated", "breaking", "editorial", "comment",
                     "commentary", "review", "interview", "explainer", "factbox", "live", "watch", "video", "photos",
                     "correction", "clarification", "advisory", "feature", "insight", "podcast", "news", "sponsored"})


def _bare_place_dash(text: str, m: re.Match, place: str) -> bool:
    words = place.replace(",", " ").split()
    return (text[m.end() - 1] in "–—" and len(words) <= 3 and all(w[:1].isupper() for w in words)
            and words[0].lower() not in _LABELS and re.match(r"\s+[\"“A-Z]", text[m.end():]) is not None)


def match_dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text``, or None when the text opens otherwise."""
    m = _PATTERN.match(text[:200])
    if not m:
        return None
    city, place = m["city"], m["place"]
    month, day = (m["month"], m["day"]) if m["month"] else (m["late_month"], m["late_day"])
    if sum(ch.isalpha() for ch in city) < 2:
        return None
    if not month and any(ch.isdigit() for ch in text[:m.start("place")]):
        return None  # a stray digit is read past only before a dated dateline, not before a headline ("3 KILLED -")
    if not city.replace(" ", "").replace(".", "").isupper():
        # A place not in capitals needs a date or an agency ("Hello World -" is no dateline), and one
        # with a word in lower case a real month ("New york, March 2 -", not "Officials said (AP) -");
        # local papers also write a bare "Indianapolis – Several thousand teachers ...": a typographic
        # dash after a capitalised name that no label word heads, before a sentence.
        real_month = bool(month and _REAL_MONTH.fullmatch(month))
        if not (real_month or m["agency"] or _bare_place_dash(text, m, place)) or (
                not real_month and any(w[:1].islower() for w in place.split())):
            return None
    return Dateline(place=m["place"], start=m.start("place"), end_place=m.end("place"), month=month,
                    day=int(day) if day else None, agency=m["agency"], end=m.end())


def find_dateline(paragraphs: list[str]) -> str | None:
    """The dateline place of an article, looked for at the start of its first body paragraphs.

    A headline above the lede (short, no full stop) is skipped over; the search stops at the
    first paragraph that reads like prose, since a dateline only ever opens the lede.
    """
    for para in paragraphs[:3]:
        found = match_dateline(para)
        if found:
            return found.place.strip(" ,")
        if len(para.split()) > 12 or para.endswith("."):
            return None
    return None
