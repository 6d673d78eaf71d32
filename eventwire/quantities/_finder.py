"""Finding quantities: a number core, then what surrounds it (qualifier, currency, unit, noun).

The core is found by one regular expression; everything around it is read by looking left and right
of the core, which keeps each decision (is this a year? a time? a name like "201 Air Force Base"?)
in one small, testable place. Spans that the date finder claims are never quantities.
"""
from __future__ import annotations

import re

from eventwire.model import Quantity
from eventwire.quantities._numbers import (
    DIGIT_NUMBER, VAGUE_NUMBER, WORD_NUMBER, digit_value, scaled, vague_value, word_value,
)

_F = re.IGNORECASE

CORE = re.compile(
    rf"(?<![\w.,/#+-])(?:(?P<vague>{VAGUE_NUMBER})|(?P<word>{WORD_NUMBER})|(?P<digit>{DIGIT_NUMBER})"
    rf"(?:(?P<attached>bn|mln|m|k)|(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bln|bn|mn)))?)(?!\w)"
    rf"(?!,\d)", _F)

_QUALIFIERS = [
    ("more_than", r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above"),
    ("at_least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"),
    ("at_most", r"up\s+to|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under|as\s+many\s+as|a\s+maximum\s+of"),
    ("about", r"about|around|some|approximately|roughly|nearly|almost|an\s+estimated|estimated|close\s+to|"
              r"just\s+under|just\s+over|an\s+approximate|circa"),
    ("range", r"between|from"),
]
_QUAL_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _QUALIFIERS) + r")\s+$", _F)

_CURRENCY_BEFORE = re.compile(r"(?P<cur>US\s?\$|U\.S\.\s?\$|A\$|C\$|HK\$|\$|€|£|¥)\s*$")
_CURRENCY_SYMBOL = {"$": "USD", "us$": "USD", "u.s.$": "USD", "us $": "USD", "u.s. $": "USD", "a$": "AUD",
                    "c$": "CAD", "hk$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_AFTER = re.compile(
    r"\s*(?P<cur>(?:U\.?S\.?\s+)?dollars?|dlrs?|euros?|pounds\s+sterling|sterling|stg|yen|(?:Swiss\s+)?francs|"
    r"(?:French\s+)?francs|(?:West\s+German\s+)?marks|rupees|yuan|roubles|rubles|naira|riyals|dinars)\b", _F)
_CURRENCY_WORD = {"dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "euro": "EUR", "euros": "EUR",
                  "pounds sterling": "GBP", "sterling": "GBP", "stg": "GBP", "yen": "JPY", "swiss francs": "CHF",
                  "francs": "FRF", "french francs": "FRF", "marks": "DEM", "west german marks": "DEM",
                  "rupees": "INR", "yuan": "CNY", "roubles": "RUB", "rubles": "RUB", "naira": "NGN",
                  "riyals": "SAR", "dinars": "dinar"}

_MEASURE_AFTER = re.compile(
    r"(?P<sep>\s*-\s*|\s*)(?P<unit>kg|kilograms?|kilos?|km|kilomet(?:er|re)s?|square\s+kilomet(?:er|re)s?|sq\s+km|"
    r"miles?|tonnes?|tons?|pct|percent|per\s+cent|%|metres?|meters?|feet|foot|ft|lbs?|pounds|hectares?|acres?|"
    r"mm|cm|m|barrels|bpd)(?!\w)", _F)
_UNIT_NAME = {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "km": "km",
              "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "sq km": "km2",
              "square kilometers": "km2", "square kilometres": "km2", "square kilometer": "km2",
              "square kilometre": "km2", "mile": "mi", "miles": "mi", "tonne": "t", "tonnes": "t", "ton": "t",
              "tons": "t", "pct": "percent", "percent": "percent", "per cent": "percent", "%": "percent",
              "metre": "m", "metres": "m", "meter": "m", "meters": "m", "m": "m", "feet": "ft", "foot": "ft",
              "ft": "ft", "lb": "lb", "lbs": "lb", "pounds": "lb", "hectare": "ha", "hectares": "ha",
              "acre": "acre", "acres": "acre", "mm": "mm", "cm": "cm", "barrels": "barrels", "bpd": "bpd"}

_TIME_AFTER = re.compile(r"\s*(?:a\.?m\b\.?|p\.?m\b\.?|GMT|EST|EDT|BST|CET|UTC|hrs\b|local\s+time|o'clock)", _F)
_PHONE = re.compile(r"\d{3}[-.\s]\d{4}\b|\(\d{3}\)|\+\d")
_ID_BEFORE = re.compile(r"(?:\b(?:No|no|Nos|number|Number|page|paragraph|article|Article|room|Room|route|Route|"
                        r"line|flight|Flight|Resolution|resolution|section|Section|chapter|Chapter|Highway|"
                        r"model|Model|version|Version|Level|level|Phase|phase|Gate|gate)\.?|#)\s*$")
_NAME_HEADS = {"Base", "Airbase", "Street", "Avenue", "Road", "Division", "Brigade", "Regiment", "Squadron",
               "Battalion", "Wing", "Resolution", "Flight", "Highway", "Route", "Building", "Tower", "Plaza",
               "Square", "Corps", "Army", "Fleet", "Group", "Park", "Bridge", "Boulevard"}
_CAP_RUN = re.compile(r"(?:\s+[A-Z][\w.'-]*){1,4}")

# Words that end a counted noun phrase: what follows them is not the counted thing.
_STOP = {
    "of", "in", "at", "on", "for", "to", "from", "with", "by", "and", "or", "but", "were", "was", "are", "is",
    "be", "been", "have", "has", "had", "who", "that", "which", "said", "will", "would", "could", "as", "than",
    "per", "a", "an", "the", "this", "these", "those", "their", "his", "her", "its", "into", "during", "after",
    "before", "since", "while", "when", "where", "there", "it", "they", "we", "he", "she", "not", "also",
    "each", "more", "less", "ago", "later", "earlier", "against", "across", "near", "about", "around",
    "under", "over", "among", "between", "through", "out", "up", "down", "did", "do", "does", "can", "may",
    "might", "must", "should", "if", "so", "such", "all", "both", "including", "vs", "v", "versus",
}
_COLLECTIVE = {"people", "police", "personnel", "children", "men", "women", "staff", "militia", "crew", "youth",
               "infantry", "cattle", "livestock", "clergy", "population"}
_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'-]*)")


def _noun_run(text: str, pos: int) -> tuple[str | None, int]:
    """The head noun of the phrase starting at ``pos`` and where it ends.

    Without a tagger, the head is taken as the last word of a short run of words before a stop
    word, a participle or punctuation: "1,269 Libyan soldiers were" → "soldiers".
    """
    words: list[tuple[str, int]] = []
    p = pos
    while len(words) < 3:
        m = _WORD.match(text, p)
        if not m or re.search(r"\n\s*\n|\n {2,}", m.group(0)):
            break  # a new paragraph or table row is not part of the phrase
        w = m.group(1)
        lw = w.lower()
        if lw in _STOP or lw.endswith("ly"):
            break
        if words and (lw.endswith("ed") or lw.endswith("ing")) and lw not in ("wing", "building"):
            break  # "1,000 US troops stationed": the participle starts a new phrase
        words.append((w, m.end()))
        p = m.end()
        if not lw[0].isalpha():
            break
    if not words:
        return None, pos
    # A plural or a collective noun heads the phrase even when a verb follows it ("people took");
    # otherwise the first lower-case word ("bomb exploded"), else a capitalised one ("Marines").
    lower = [(w, end) for w, end in words if w[0].islower()]
    for w, end in lower:  # "two police officers": the plural after a collective heads the phrase
        if w.endswith("s") and not w.endswith("ss"):
            return w, end
    for w, end in lower:
        if w in _COLLECTIVE:
            return w, end
    if lower:
        return lower[0]
    return words[-1]


def _is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n\"'“”:;"


def find(text: str, masked: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    consumed = 0
    for m in CORE.finditer(text):
        s, e = m.start(), m.end()
        if s < consumed or any(a <= s < b for a, b in masked):
            continue
        q = _read(text, m)
        if q is None:
            continue
        if any(a < q.end and q.start < b and not (a <= s and e <= b) for a, b in masked) and q.of is None:
            continue
        out.append(q)
        consumed = q.end
    return out


def _read(text: str, m: re.Match) -> Quantity | None:
    s, e = m.start(), m.end()
    before, after = text[max(0, s - 30):s], text[e:e + 40]
    # identifiers, times, phone numbers and ordinals are numbers but not quantities
    if _ID_BEFORE.search(before) or _TIME_AFTER.match(after) or re.match(r"[:/]\d", after):
        return None
    if m["digit"] and (_PHONE.match(text, s) or re.search(r"[:]\s*$", before)):
        return None
    prev = re.search(r"([A-Z][\w-]*)\s+$", before)
    if m["digit"] and prev and not _is_sentence_start(text, s - len(before) + prev.start()):
        if not re.fullmatch(r"(?:US|U\.S\.|UN|EU)", prev.group(1)):
            return None  # "Boeing 747", "Resolution 242": a name with a number in it
    run = _CAP_RUN.match(text, e)
    if run and any(w.strip(".,") in _NAME_HEADS for w in run.group(0).split()):
        return None  # "201 Air Force Base"
    if re.match(r"-(?:year|month|week|day)s?-old\b", after, _F):
        return None  # "the 20-year-old man": an age, not a count

    if m["vague"]:
        value, qual = vague_value(m["vague"]), "about"
    elif m["word"]:
        value, qual = word_value(m["word"]), "exact"
        if m["word"].lower() in ("one",) and (re.match(r"\s+(?:of|another|day|time|way|thing|side)\b", after, _F)
                                             or re.search(r"\b(?:no|any|every|each|the)\s+$", before, _F)):
            return None  # "one of them", "no one": the pronoun, not a count
    else:
        if re.match(r"(?:st|nd|rd|th)\b", after):
            return None
        value = scaled(digit_value(m["digit"]), m["attached"] or m["scale"])
        qual = "exact"
    if value is None:
        return None
    start, end = s, e
    unit: str | None = None
    of: str | None = None
    upper: int | float | None = None

    cur = _CURRENCY_BEFORE.search(text[max(0, s - 6):s])
    if cur and m["digit"]:
        unit = _CURRENCY_SYMBOL.get(re.sub(r"\s+", " ", cur["cur"].lower()), "USD")
        start = s - (len(text[max(0, s - 6):s]) - cur.start())

    # ranges: "between 20 and 30", "20 to 30", "20-30"
    rng = re.match(rf"\s*(?:-|–|to|and)\s*(?P<n2>(?:{DIGIT_NUMBER})(?![\w,])|(?:{WORD_NUMBER})(?!\w))(?:\s*(?P<sc2>thousand|million|billion|mln|bn))?"
                   r"(?!\w)", text[e:e + 40], _F)
    qm = _QUAL_RE.search(text[max(0, start - 30):start])
    if rng:
        n2 = rng["n2"]
        v2 = digit_value(n2) if n2[0].isdigit() else word_value(n2)
        connector = rng.group(0).strip().split()[0] if rng.group(0).strip() else ""
        is_between = bool(qm and qm["range"])
        if v2 is not None and (is_between or connector in ("-", "–", "to")) and not (connector == "and" and not is_between):
            v2 = scaled(v2, rng["sc2"] or m["attached"] or m["scale"])
            if m["digit"] and not (m["attached"] or m["scale"]) and rng["sc2"]:
                value = scaled(value, rng["sc2"])
            if v2 > value:
                upper, qual = v2, "range"
                e = e + rng.end()
    if qm:
        name = next(k for k, v in qm.groupdict().items() if v)
        if name != "range" or upper is not None:
            qual = name if name != "range" else "range"
            start = start - (len(text[max(0, start - 30):start]) - qm.start())
    end = e

    ca = _CURRENCY_AFTER.match(text, end)
    if ca and unit is None:
        unit = _CURRENCY_WORD.get(re.sub(r"\s+", " ", ca["cur"].lower()).replace("u.s. ", "").replace("us ", "")
                                  .replace("u.s ", ""), "USD")
        end = ca.end()
    elif ca and unit is not None:
        end = ca.end()  # "$5 million dollars"
    if unit is None:
        mu = _MEASURE_AFTER.match(text, end)
        if mu and not (mu["unit"].lower() in ("m", "pounds") and not mu["sep"].strip() and mu["sep"] == ""):
            unit = _UNIT_NAME.get(re.sub(r"\s+", " ", mu["unit"].lower()))
            end = mu.end()
    if unit and unit.isupper():
        of = unit
    elif unit == "percent":
        pass  # "5.9 pct nominal": what a share is of is not the next word
    else:
        pos = end
        strong = re.match(r"-strong\b", text[pos:], _F)
        if strong:
            pos += strong.end()  # "a 5,000-strong force": the force is what is counted
        partitive = re.match(rf"\s+of\s+(?:the|those)\s+(?:(?:{DIGIT_NUMBER}|{WORD_NUMBER})\s+)?", text[pos:], _F)
        if re.match(r"\s+of\b", text[pos:], _F) and (m["vague"] or unit or (m["word"] or "").lower().endswith(("dozen",))):
            pos = re.match(r"\s+of(?:\s+the)?\b", text[pos:], _F).end() + pos
        elif partitive and not unit:
            pos += partitive.end() - 1  # "six of the 10 hostages": six hostages
        noun, nend = _noun_run(text, pos)
        if noun is None and unit is None:
            part = re.match(r"\s+([a-z]+ed)\b", text[pos:])
            if part:
                noun = part.group(1)  # "at least 12 killed": the count of the killed
        if noun is not None:
            of = noun
            if nend > end:
                end = nend
    # bare word numbers with nothing counted are too often idiom ("the two", "one") to report
    if m["word"] and of is None and unit is None and qual == "exact":
        return None
    if m["word"] and of is not None and of[0].isupper() and unit is None:
        return None  # "Two Sessions", "Seven Sisters"
    return Quantity(text[start:end], start, end, value, unit, of, qual, upper)
