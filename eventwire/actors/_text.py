"""One tokeniser for dictionary keys and for text, so both sides normalise identically.

Keys are lower-case, accent-free tokens joined by single spaces. Abbreviations lose their dots
("U.S." -> "us"), a possessive "'s" is its own token ("Niger's" -> "niger 's") and hyphens and
other punctuation separate tokens ("al-Qaeda" -> "al qaeda"). British spellings of institution words take the American form
("organisation" -> "organization").
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?|\w+(?:['’]\w+)*(?:['’](?=\s|$))?")
_POSSESSIVE = ("'s", "’s")


class Token(NamedTuple):
    key: str  # normalised form
    start: int
    end: int
    text: str  # as written


# British and American spellings of the words institutions are named with fold to one key, so
# "the World Health Organisation" finds "World Health Organization" ("Labour"/"Labor" stay apart:
# they name different parties).
_SPELLING = {"organisation": "organization", "organisations": "organizations", "centre": "center",
             "centres": "centers"}


def _fold(s: str) -> str:
    s = s.replace("’", "'").lower()
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return _SPELLING.get(s, s)


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw, start, end = m.group(), m.start(), m.end()
        if "." in raw:
            key = _fold(raw.replace(".", ""))
            out.append(Token(key, start, end, raw))
            continue
        low = raw.lower()
        if len(raw) > 2 and low.endswith(_POSSESSIVE):
            out.append(Token(_fold(raw[:-2]), start, end - 2, raw[:-2]))
            out.append(Token("'s", end - 2, end, raw[-2:]))
            continue
        if raw.endswith(("'", "’")):  # plural possessive: "rebels'"
            out.append(Token(_fold(raw[:-1]), start, end - 1, raw[:-1]))
            continue
        out.append(Token(_fold(raw), start, end, raw))
    return out


def norm_key(text: str) -> str:
    return " ".join(t.key for t in tokenize(text))
