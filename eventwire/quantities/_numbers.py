"""Reading numbers written in digits or words, including the vague ones news uses for crowds."""
from __future__ import annotations

import re

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "mln": 1_000_000, "mn": 1_000_000,
          "m": 1_000_000, "billion": 1_000_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000}

# A vague plural stands for the smallest number it could mean: "hundreds" is at least 100.
VAGUE = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "tens of thousands": 10_000, "hundreds of thousands": 100_000,
    "tens of millions": 10_000_000, "hundreds of millions": 100_000_000,
}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_SMALL = rf"(?:(?:{_TENS_ALT})(?:[\s-]+(?:{_UNIT_ALT}))?|{_UNIT_ALT})"
# "two dozen", "one hundred and twenty", "three thousand"
WORD_NUMBER = (rf"(?:half\s+a\s+(?:dozen|million|billion)|a\s+dozen|dozen|a\s+hundred|a\s+thousand|{_SMALL}(?:\s+dozen)?)"
               rf"(?:\s+hundred(?:\s+and\s+{_SMALL})?)?(?:\s+(?:thousand|million|billion))?")
VAGUE_NUMBER = (r"(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions|"
                r"(?:several|a\s+few|a\s+couple\s+of|few)\s+(?:dozen|hundred|thousand|million)")
DIGIT_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _norm(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s.lower()).strip()


def word_value(s: str) -> int | None:
    """'twenty-five' → 25, 'three hundred' → 300, 'a dozen' → 12, 'two million' → 2000000."""
    total, current = 0, 0
    half = False
    words = _norm(s).split()
    if not words:
        return None
    for w in words:
        if w == "and":
            continue
        if w == "half":
            half = True
            continue
        if w == "a":
            current = max(current, 1)
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
    return (total + current) // 2 if half else total + current


def vague_value(s: str) -> int | None:
    """'hundreds' → 100, 'tens of thousands' → 10000, 'several hundred' → 100."""
    n = _norm(s)
    if n in VAGUE:
        return VAGUE[n]
    words = n.split()
    if len(words) >= 2 and words[-1] in ("dozen", "hundred", "thousand", "million"):
        return 12 if words[-1] == "dozen" else SCALES[words[-1]]
    return None


def digit_value(s: str) -> int | float:
    v = float(s.replace(",", ""))
    return int(v) if v.is_integer() else v


def scaled(v: int | float, scale: str | None) -> int | float:
    if not scale:
        return v
    r = v * SCALES[scale.lower()]
    return int(r) if float(r).is_integer() else r
