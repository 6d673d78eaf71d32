"""Rule-based finder and normaliser of time expressions.

Each rule is a regular expression plus a handler that turns a match into a DateMention anchored on
the publication day. All rules run over the whole text; overlapping candidates are settled by
keeping the longest (then the earliest rule), which lets "Jan. 9, 1987" beat "1987" and
"late last year" beat "last year" without the rules having to know about each other.

Reuters-style text wraps lines inside phrases ("early\\nJanuary"), so every gap is ``\\s+``.
Month and weekday names must be capitalised: lower-case "march" or "may" are verbs far more often.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from eventwire.model import DateMention
from eventwire.time._calendar import (
    FUTURE_HORIZON_DAYS, MONTHS, NUMBER_WORDS, VAGUE_COUNTS, WEEKDAYS, add_months, make_mention,
    month_end, parse_published, part_of, quarter_interval, quarter_of, safe_date, value_for, week_start,
)

_F = re.IGNORECASE

MON = (r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
       r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
FULLMON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?!,\d{3}(?!\d))"
YEAR = r"(?P<year>(?:1[5-9]|20)\d{2})(?![\d%])"
WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
PART = (r"early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|end|"
        r"earlier|later|(?:the\s+)?(?:rest|remainder)\s+of")
NUM = (r"\d{1,3}|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|an?|one|two|three|four|five|"
       r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
       r"nineteen|twenty|thirty|forty|fifty|sixty")
UNIT = r"(?P<unit>day|week|month|year|decade)s?"

# Words that make a four-digit number a count or an amount rather than a year.
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|pct|percent|per\s*cent|dlrs?|dollars|usd|yen|marks|francs|pounds|tonnes?|tons?|shares|"
    r"barrels|bpd|units|people|troops|soldiers|km|kms|kilomet|miles|metres|meters|feet|kg|mln|"
    r"billion|million|hours|votes|points|[-–]\s*(?:kg|km|mile|ton|tonne|pound))\b", _F)
_YEAR_CUE_BEFORE = re.compile(r"(?:\b(?:in|since|of|by|until|till|from|before|after|during|year|early|"
                              r"late|mid|end)[\s-]+)$", _F)

_FUTURE_CUE = re.compile(r"\b(?:will|won't|shall|'ll|scheduled|due\s+to|is\s+to|are\s+to|to\s+be\s+held|"
                         r"plans?\s+to|planned|expected\s+to|intends?\s+to|set\s+to)\b", _F)
_PAST_CUE = re.compile(r"\b(?:said|says|told|announced|reported|was|were|had|did|has|have|ago)\b", _F)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")


@dataclass(slots=True)
class _Ctx:
    text: str
    pub: date | None
    tense: str | None  # forced tense (normalize); None = read cues from the text
    anchor: date | None = None

    def tense_at(self, start: int) -> str | None:
        if self.tense:
            return self.tense
        return local_tense(self.text, start)


def local_tense(text: str, start: int) -> str | None:
    """'future' when the clause before ``start`` has a future cue after its last past cue.

    Only the text before the expression is read: "said on Friday it will ..." is past, and a
    reporting verb resets the clause ("X said it will meet on Monday" stays future).
    """
    window = text[max(0, start - 100):start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    last_future = max((m.end() for m in _FUTURE_CUE.finditer(window)), default=-1)
    last_past = max((m.end() for m in _PAST_CUE.finditer(window)), default=-1)
    return "future" if last_future > last_past else None


_WOULD = re.compile(r"\bwould(?!\s+have)\b", _F)


def _would_before(text: str, start: int) -> bool:
    """"would not be allowed ... from January 1": a future-in-the-past. Used only to choose the
    year of a far-off month and day; for weekdays "would" is too often narrated past."""
    window = text[max(0, start - 100):start]
    ends = list(_SENTENCE_END.finditer(window))
    return bool(_WOULD.search(window[ends[-1].end():] if ends else window))


def _cap_ok(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _count(word: str) -> tuple[int, bool]:
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w), False
    return NUMBER_WORDS.get(w, 1), w in VAGUE_COUNTS


def _part(mod: str | None) -> str | None:
    if not mod:
        return None
    m = re.sub(r"\s+", " ", mod.lower())
    if m in ("early", "earlier") or "beginning" in m or "start" in m:
        return "early"
    if m in ("late", "later", "end") or "end of" in m:
        return "late"
    if m == "mid" or "middle" in m:
        return "mid"
    if "rest" in m or "remainder" in m:
        return "rest"
    return None


def _apply_part(a: date, b: date, mod: str | None, pub: date | None) -> tuple[date, date, bool]:
    """Narrow a unit to the part a modifier names; 'earlier'/'later' cut at publication when the
    unit holds it ("earlier this month" ends the day before publication)."""
    part = _part(mod)
    if part is None:
        return a, b, False
    m = mod.lower() if mod else ""
    if pub is not None and a <= pub <= b:
        if m == "earlier" and pub > a:
            return a, pub - timedelta(days=1), False
        if m == "later" and pub < b:
            return pub + timedelta(days=1), b, False
        if part == "rest":
            return pub, b, False
    if part == "rest":
        return a, b, True
    pa, pb = part_of(a, b, part)
    return pa, pb, True


def _year_for_month_day(month: int, day: int, ctx: _Ctx, start: int) -> int | None:
    """Publication year, unless the date would fall far after publication (previous year), or the
    clause speaks of the future and the date fell far before it (next year)."""
    pub = ctx.pub
    if pub is None:
        return None
    d = safe_date(pub.year, month, min(day, 28) if month == 2 and day == 29 else day)
    if d is None:
        return None
    if (d - pub).days > FUTURE_HORIZON_DAYS:
        return pub.year - 1
    if (pub - d).days > FUTURE_HORIZON_DAYS and (ctx.tense_at(start) == "future" or _would_before(ctx.text, start)):
        return pub.year + 1
    return pub.year


# ---------------------------------------------------------------- handlers
Handler = Callable[[re.Match, _Ctx], "DateMention | None"]


def _span(m: re.Match, ctx: _Ctx, start: int | None = None) -> tuple[str, int, int]:
    s = m.start() if start is None else start
    return ctx.text[s:m.end()], s, m.end()


def h_iso(m: re.Match, ctx: _Ctx) -> DateMention | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return make_mention(*_span(m, ctx), d, d, "day", ctx.pub)


def h_slash(m: re.Match, ctx: _Ctx) -> DateMention | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 >= b:
        d = safe_date(y, b, a)
    elif b > 12 >= a or a == b:
        d = safe_date(y, a, b)
    else:
        return None  # 03/04/2024: day-month order unknowable, so no mention at all
    if d is None:
        return None
    return make_mention(*_span(m, ctx), d, d, "day", ctx.pub)


def h_month_day(m: re.Match, ctx: _Ctx) -> DateMention | None:
    if not _cap_ok(m["mon"]) or (m["wd"] and not _cap_ok(m["wd"])):
        return None
    month, day = _month(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    year = int(m["year"]) if m["year"] else _year_for_month_day(month, day, ctx, m.start())
    if year is None:
        return DateMention(*_span(m, ctx), precision="day") if safe_date(2000, month, day) else None
    d = safe_date(year, month, day)
    if d is None:
        return None
    return make_mention(*_span(m, ctx), d, d, "day", ctx.pub)


def _month_interval(m: re.Match, ctx: _Ctx, year: int | None) -> DateMention | None:
    month = _month(m["mon"])
    if year is None:
        return DateMention(*_span(m, ctx), precision="month", approximate=bool(m["mod"]))
    a, b = date(year, month, 1), month_end(year, month)
    pa, pb, approx = _apply_part(a, b, m["mod"], ctx.pub)
    return make_mention(*_span(m, ctx), pa, pb, "month", ctx.pub, approximate=approx,
                        value=a.isoformat()[:7])


def h_month_year(m: re.Match, ctx: _Ctx) -> DateMention | None:
    if not _cap_ok(m["mon"]):
        return None
    return _month_interval(m, ctx, int(m["year"]))


def h_month(m: re.Match, ctx: _Ctx) -> DateMention | None:
    if not _cap_ok(m["mon"]):
        return None
    rel = (m["rel"] or "").lower()
    if m["mon"] == "May" and not rel and not m["mod"] and not re.search(
            r"\b(?:in|of|by|until|till|from|through|during|before|after|since|mid|early|late|the|last|next|"
            r"this)[\s-]+$",
            ctx.text[max(0, m.start() - 10):m.start()], _F):
        return None  # "May" alone is usually the modal verb or a name
    month = _month(m["mon"])
    pub = ctx.pub
    if pub is None:
        return _month_interval(m, ctx, None)
    if m["yrel"]:
        year = _rel_year(m["yrel"], pub)
    elif rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        year = _year_for_month_day(month, 15, ctx, m.start())
    return _month_interval(m, ctx, year)


def h_year(m: re.Match, ctx: _Ctx) -> DateMention | None:
    y = int(m["year"])
    before = ctx.text[max(0, m.start() - 12):m.start()]
    after = ctx.text[m.end():m.end() + 14]
    if _NOT_YEAR_AFTER.match(after) or re.search(r"(?:\bNo\.?|#|\bnumber|\bflight|\bRoute)\s*$", before, _F):
        return None
    cued = bool(m["mod"] or m["fiscal"] or _YEAR_CUE_BEFORE.search(before))
    hi = (ctx.pub.year + 30) if ctx.pub else 2099
    if y > hi or (y < 1900 and not cued):
        return None
    a, b = date(y, 1, 1), date(y, 12, 31)
    if m["y2"]:
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y // 100) * 100 + int(m["y2"])
        if y2 <= y or y2 - y > 10:
            return None
        return make_mention(*_span(m, ctx), a, date(y2, 12, 31), "year", ctx.pub)
    pa, pb, approx = _apply_part(a, b, m["mod"], None)
    return make_mention(*_span(m, ctx), pa, pb, "year", ctx.pub, approximate=approx, value=str(y))


def h_decade(m: re.Match, ctx: _Ctx) -> DateMention | None:
    if m["dec"]:
        y = int(m["dec"])
    else:
        base = (ctx.pub.year // 100) * 100 if ctx.pub else 1900
        y = base + int(m["dd"])
        if ctx.pub and y > ctx.pub.year:
            y -= 100
    a, b = date(y, 1, 1), date(y + 9, 12, 31)
    pa, pb, approx = _apply_part(a, b, m["mod"], None)
    return make_mention(*_span(m, ctx), pa, pb, "decade", ctx.pub, approximate=approx, value=str(y)[:3])


_ORD_CENTURY = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def h_century(m: re.Match, ctx: _Ctx) -> DateMention | None:
    n = int(m["n"]) if m["n"] else _ORD_CENTURY[re.sub(r"\s+", " ", m["w"].lower())]
    if not 1 <= n <= 21:
        return None
    # TimeML convention: the 20th century is 1900-1999, value "19".
    a, b = date(max((n - 1) * 100, 1), 1, 1), date((n - 1) * 100 + 99, 12, 31)
    return make_mention(*_span(m, ctx), a, b, "century", ctx.pub, value=f"{n - 1:02d}")


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
        "last": 4}


def _rel_year(rel: str | None, pub: date | None) -> int | None:
    if pub is None:
        return None
    r = re.sub(r"\s+", " ", (rel or "").lower()).replace("the ", "")
    return {"this": pub.year, "current": pub.year, "last": pub.year - 1, "previous": pub.year - 1,
            "next": pub.year + 1}.get(r, pub.year)


def h_quarter(m: re.Match, ctx: _Ctx) -> DateMention | None:
    q = int(m["qn"]) if m["qn"] else _ORD[(m["ord"] or m["ord2"]).lower()]
    explicit = m["year"] or (m["y2"] if "y2" in m.re.groupindex else None)
    if explicit:
        year = int(explicit)
    elif m["rel"]:
        year = _rel_year(m["rel"], ctx.pub)
    elif ctx.pub is None:
        return DateMention(*_span(m, ctx), precision="quarter")
    else:
        pub = ctx.pub
        # The latest such quarter that has begun (earnings talk is mostly about the past) unless
        # the clause looks ahead, then the first that has not ended.
        year = pub.year if quarter_interval(pub.year, q)[0] <= pub else pub.year - 1
        if ctx.tense_at(m.start()) == "future" and quarter_interval(year, q)[1] < pub:
            year += 1
    if year is None:
        return DateMention(*_span(m, ctx), precision="quarter")
    a, b = quarter_interval(year, q)
    return make_mention(*_span(m, ctx), a, b, "quarter", ctx.pub)


def h_half(m: re.Match, ctx: _Ctx) -> DateMention | None:
    h = 1 if m["h"].lower() == "first" else 2
    if m["year"]:
        year = int(m["year"])
    elif ctx.pub is None:
        return DateMention(*_span(m, ctx), precision="year")
    elif m["rel"]:
        year = _rel_year(m["rel"], ctx.pub)
    else:
        pub = ctx.pub
        year = pub.year if date(pub.year, 6 * h - 5, 1) <= pub else pub.year - 1
        if ctx.tense_at(m.start()) == "future" and month_end(year, 6 * h) < pub:
            year += 1
    a, b = date(year, 6 * h - 5, 1), month_end(year, 6 * h)
    return make_mention(*_span(m, ctx), a, b, "year", ctx.pub, value=str(year))


_DEICTIC_OFFSET = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
                   "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
                   "before yesterday": -2, "after tomorrow": 2}


def h_deictic(m: re.Match, ctx: _Ctx) -> DateMention | None:
    word = re.sub(r"\s+", " ", m["w"].lower())
    off = _DEICTIC_OFFSET[word]
    later = (m["m"] or "").lower()
    ref = "past" if off < 0 else "future" if off > 0 else None
    if later == "later" and off == 0:
        ref = "future"
    elif later == "earlier" and off == 0:
        ref = "past"
    if ctx.pub is None:
        return DateMention(*_span(m, ctx), precision="day", reference=ref or "present")
    d = ctx.pub + timedelta(days=off)
    if word == "overnight":
        # The night before the story ran, reported on the publication day.
        return make_mention(*_span(m, ctx), d - timedelta(days=1), d, "day", ctx.pub, value=d.isoformat(),
                            approximate=True, reference="past")
    return make_mention(*_span(m, ctx), d, d, "day", ctx.pub, reference=ref)


def h_weekday(m: re.Match, ctx: _Ctx) -> DateMention | None:
    if not _cap_ok(m["wd"]):
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower())
    ref_hint = "past" if pre in ("last", "this past", "past") else "future" if pre in ("next", "coming", "this coming") else None
    pub = ctx.pub
    if pub is None:
        return DateMention(*_span(m, ctx), precision="day", reference=ref_hint)
    back = (pub.weekday() - wd) % 7  # days back to the most recent such day, 0 = publication day
    if pre in ("last", "this past", "past"):
        d = pub - timedelta(days=back or 7)
    elif pre in ("next", "coming", "this coming"):
        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif pre == "this":
        d = week_start(pub) + timedelta(days=wd)
    elif ctx.tense_at(m.start()) == "future":
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
    else:
        d = pub - timedelta(days=back)
    return make_mention(*_span(m, ctx), d, d, "day", ctx.pub, approximate=pre in ("early", "late"))


def _unit_interval(unit: str, offset: int, pub: date) -> tuple[date, date]:
    """The calendar ``unit`` holding publication, moved by ``offset`` units."""
    if unit == "week":
        ws = week_start(pub) + timedelta(days=7 * offset)
        return ws, ws + timedelta(days=6)
    if unit == "weekend":
        sat = week_start(pub) + timedelta(days=5 + 7 * offset)
        return sat, sat + timedelta(days=1)
    if unit == "month":
        y, mo = add_months(pub.year, pub.month, offset)
        return date(y, mo, 1), month_end(y, mo)
    if unit == "quarter":
        y, mo = add_months(pub.year, 3 * (quarter_of(pub) - 1) + 1, 3 * offset)
        return quarter_interval(y, quarter_of(date(y, mo, 1)))
    if unit == "year":
        return date(pub.year + offset, 1, 1), date(pub.year + offset, 12, 31)
    if unit == "decade":
        y = (pub.year // 10 + offset) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    y = (pub.year // 100 + offset) * 100
    return date(max(y, 1), 1, 1), date(y + 99, 12, 31)


# Publication weekdays (Monday 0, Tuesday 1) on which "this weekend" told without a look ahead is the one just past.
EARLY_WEEK_DAYS = 2

_UNIT_PRECISION = {"weekend": "week", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                   "decade": "decade", "century": "century"}


def h_unit(m: re.Match, ctx: _Ctx) -> DateMention | None:
    """last/this/next week, late last year, earlier this month, the end of the year, ..."""
    unit = m["unit"].lower()
    rel = re.sub(r"\s+", " ", (m["rel"] or "this").lower())
    offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "the current": 0, "next": 1, "coming": 1,
              "the": 0}[rel]
    ref_hint = "past" if offset < 0 else "future" if offset > 0 else "present"
    pub = ctx.pub
    prec = _UNIT_PRECISION[unit]
    if pub is None:
        return DateMention(*_span(m, ctx), precision=prec, reference=ref_hint, approximate=bool(m["mod"]))
    if unit == "weekend" and rel == "the":
        # Bare "the weekend": the one just past, or the coming one when the clause looks ahead.
        sat = week_start(pub) + timedelta(days=5)
        if sat > pub and ctx.tense_at(m.start()) != "future":
            sat -= timedelta(days=7)
        a, b = sat, sat + timedelta(days=1)
    elif unit == "weekend" and offset < 0:
        sat = week_start(pub) + timedelta(days=5)
        if sat >= pub:
            sat -= timedelta(days=7)
        a, b = sat, sat + timedelta(days=1)
    elif unit == "weekend" and rel == "this" and pub.weekday() < EARLY_WEEK_DAYS and \
            ctx.tense_at(m.start()) != "future":
        # "OPEC agreed this weekend" in a Monday's story: the weekend a day or two behind, not the one five days
        # ahead where the Monday-first week would put it; a clause that looks ahead ("will meet this weekend")
        # keeps the coming one.
        sat = week_start(pub) - timedelta(days=2)
        a, b = sat, sat + timedelta(days=1)
    else:
        a, b = _unit_interval(unit, offset, pub)
    value_a, value_b = a, b
    a, b, approx = _apply_part(a, b, m["mod"], pub)
    return make_mention(*_span(m, ctx), a, b, prec, pub, approximate=approx,
                        value=value_for(value_a, value_b, prec))


def _shift(d: date, unit: str, n: int) -> tuple[date, date, str]:
    """The unit-sized interval ``n`` units from ``d`` (negative = back)."""
    if unit == "day":
        x = d + timedelta(days=n)
        return x, x, "day"
    if unit == "week":
        x = week_start(d + timedelta(days=7 * n))
        return x, x + timedelta(days=6), "week"
    if unit == "month":
        y, mo = add_months(d.year, d.month, n)
        return date(y, mo, 1), month_end(y, mo), "month"
    if unit == "year":
        return date(d.year + n, 1, 1), date(d.year + n, 12, 31), "year"
    y = (d.year + 10 * n) // 10 * 10
    return date(y, 1, 1), date(y + 9, 12, 31), "decade"


def h_ago(m: re.Match, ctx: _Ctx) -> DateMention | None:
    n, vague = _count(m["n"])
    unit = m["unit"].lower()
    if ctx.pub is None:
        return DateMention(*_span(m, ctx), precision=unit, reference="past", approximate=vague)
    a, b, prec = _shift(ctx.pub, unit, -n)
    return make_mention(*_span(m, ctx), a, b, prec, ctx.pub, approximate=vague, reference="past")


_DIRECTION = {"later": 1, "after": 1, "afterwards": 1, "afterward": 1, "following": 1, "next": 1,
              "earlier": -1, "before": -1, "previously": -1, "previous": -1, "preceding": -1, "prior": -1,
              "same": 0}


def h_anchored(m: re.Match, ctx: _Ctx) -> DateMention | None:
    """Offsets from an event the text names elsewhere ("two weeks later", "the next day"): resolvable
    only against an anchor date, which the caller must supply."""
    unit = (m["unit"] or "day").lower()
    n, vague = _count(m["n"]) if m["n"] else (1, False)
    sign = _DIRECTION[m["dir"].lower()]
    prec = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}[unit]
    if ctx.anchor is None:
        return DateMention(*_span(m, ctx), precision=prec, approximate=vague)
    a, b, prec = _shift(ctx.anchor, unit, sign * n)
    return make_mention(*_span(m, ctx), a, b, prec, ctx.pub, approximate=vague)


_VAGUE_DEFAULT = {"days": 7, "weeks": 28, "months": 183, "years": 3 * 365, "decades": 3650}
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30, "years": 365, "decades": 3652, "day": 1, "week": 7,
              "month": 30, "year": 365, "decade": 3652}


def h_vague(m: re.Match, ctx: _Ctx) -> DateMention | None:
    """in the coming days, the next few months, over the past two years, in recent weeks."""
    unit = m["unit"].lower()
    direction = m["dir"].lower()
    if direction in ("following", "previous", "preceding"):
        return DateMention(*_span(m, ctx), approximate=True)
    future = direction in ("coming", "next")
    if m["n"]:
        days = _count(m["n"])[0] * _UNIT_DAYS[unit]
    else:
        days = _VAGUE_DEFAULT[unit] if unit in _VAGUE_DEFAULT else _UNIT_DAYS[unit]
    ref = "future" if future else "past"
    pub = ctx.pub
    if pub is None:
        return DateMention(*_span(m, ctx), reference=ref, approximate=True)
    if future:
        a, b = pub + timedelta(days=1), pub + timedelta(days=days)
    else:
        a, b = pub - timedelta(days=days), pub - timedelta(days=1)
    # A span reaching back or ahead from publication has no single calendar value at any count
    # ("the next two years" is not 2025), so its value stays vague whatever the number.
    return make_mention(*_span(m, ctx), a, b, None, pub, vague=True, approximate=True, reference=ref)


def h_year_end(m: re.Match, ctx: _Ctx) -> DateMention | None:
    unit = m["unit"].lower()
    if ctx.pub is None:
        return DateMention(*_span(m, ctx), precision=unit, approximate=True)
    a, b = _unit_interval(unit, 0, ctx.pub)
    pa, pb = part_of(a, b, "late")
    prec = unit
    return make_mention(*_span(m, ctx), pa, pb, prec, ctx.pub, approximate=True, value=value_for(a, b, prec))


# ---------------------------------------------------------------- the rule table
RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"), h_iso),
    ("slash", re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])"), h_slash),
    ("month_day", re.compile(rf"\b(?:{WD},?\s+)?{MON}\s*{DAY}(?:\s*[-–]\s*\d{{1,2}}(?!\d))?(?:,?\s+{YEAR})?", _F),
     h_month_day),
    ("day_month", re.compile(rf"\b(?<![\d,.])(?:{WD},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MON}(?:,?\s+{YEAR})?", _F),
     h_month_day),
    ("month_year", re.compile(rf"\b(?:(?P<mod>{PART})[\s-]+)?{MON},?\s+(?:of\s+)?{YEAR}", _F), h_month_year),
    ("month", re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?(?:(?P<mod>{PART})[\s-]+)?{FULLMON}"
                         rf"(?:,?\s+(?P<yrel>last|this|next)\s+year\b)?", _F), h_month),
    ("year", re.compile(rf"\b(?<![\d,.$£€#/-])(?:(?P<mod>{PART})[\s-]+)?(?:(?P<fiscal>fiscal|FY)\s*)?{YEAR}"
                        rf"(?:/(?P<y2>\d{{2}}|\d{{4}})(?!\d))?", _F), h_year),
    ("decade", re.compile(r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d0)|'(?P<dd>\d0))"
                          r"'?s\b", _F), h_decade),
    ("century", re.compile(r"\b(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>eighteenth|nineteenth|twentieth|"
                           r"twenty[\s-]first))[\s-]+century\b", _F), h_century),
    ("quarter", re.compile(rf"\b(?:the\s+)?(?:{YEAR}\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
                           rf"(?:[\s-]+(?:fiscal|calendar))?[\s-]+quarter(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?"
                           rf"(?:(?P<y2>(?:19|20)\d\d)|(?P<rel>this|last|next|the\s+current|the\s+previous|the)\s+"
                           rf"year))?(?P<ord2>)(?P<qn>)", _F), h_quarter),
    ("quarter_q", re.compile(rf"\bQ(?P<qn>[1-4])(?:\s+|/|-)?{YEAR}(?P<ord>)(?P<ord2>)(?P<rel>)", 0), h_quarter),
    ("half", re.compile(rf"\b(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR}|"
                        rf"(?P<rel>this|last|next|the\s+current|the)\s+year))?", _F), h_half),
    ("deictic", re.compile(r"\b(?:(?P<m>earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|overnight|"
                           r"last\s+night|this\s+(?:morning|afternoon|evening))\b(?:\s+(?:morning|afternoon|"
                           r"evening|night)\b)?", _F), h_deictic),
    ("deictic2", re.compile(r"\bthe\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)\b(?P<m>)", _F), h_deictic),
    ("weekday", re.compile(rf"\b(?:(?P<pre>last|next|this\s+past|past|this\s+coming|this|coming|early|late|earlier|later)"
                           rf"(?:\s+on)?\s+)?{WD}(?:\s+(?:morning|afternoon|evening|night)\b)?", _F), h_weekday),
    ("unit", re.compile(rf"\b(?:(?P<mod>{PART})[\s-]+)?(?P<rel>last|this|next|(?:the\s+)?current)\s+"
                        rf"(?P<unit>week|weekend|month|year|quarter|decade|century)\b", _F), h_unit),
    ("unit_of_the", re.compile(r"\b(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of)\s+"
                               r"(?P<rel>the)\s+(?P<unit>week|month|year|decade|century)\b", _F), h_unit),
    ("weekend", re.compile(r"\b(?:(?:over|at|during)\s+)?(?P<rel>the)\s+(?P<unit>weekend)\b(?P<mod>)", _F), h_unit),
    ("ago", re.compile(rf"\b(?P<n>{NUM})\s+{UNIT}\s+ago\b", _F), h_ago),
    ("anchored", re.compile(rf"\b(?P<n>{NUM})\s+{UNIT}\s+(?P<dir>later|earlier|before|after|afterwards?|"
                            rf"previously)\b", _F), h_anchored),
    ("anchored_day", re.compile(r"\b(?:the\s+)?(?P<dir>next|following|previous|preceding|same|prior)\s+(?P<unit>day)"
                                r"\b(?P<n>)", _F), h_anchored),
    ("anchored_unit", re.compile(r"\bthe\s+(?P<dir>following|previous|preceding|prior)\s+(?P<unit>week|month|year)"
                                 r"\b(?P<n>)", _F), h_anchored),
    ("day_before", re.compile(r"\bthe\s+(?P<unit>day)\s+(?P<dir>before|after)\b(?!\s+(?:yesterday|tomorrow))(?P<n>)",
                              _F), h_anchored),
    ("vague", re.compile(rf"\b(?:(?:in|over|during|within|for)\s+)?the\s+(?P<dir>coming|next|past|last|previous|"
                         rf"following|preceding)\s+(?:(?P<n>{NUM})\s+)?(?P<unit>days|weeks|months|years|decades|"
                         rf"week|month|year|decade)\b", _F), h_vague),
    ("recent", re.compile(r"\b(?:(?:in|over)\s+)?(?P<dir>recent|coming)\s+(?P<unit>days|weeks|months|years|decades)\b"
                          r"(?P<n>)", _F), h_vague),
    ("year_end", re.compile(r"\b(?:the\s+)?(?P<unit>year|month)[\s-]end\b", _F), h_year_end),
]


_SINCE = re.compile(r"\bsince\s+$", _F)


# A rule can only match when its key word occurs in the text: one cheap search per family
# decides whether the (much costlier) rule patterns run at all.
_MONTHS_HINT = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_UNITS_HINT = re.compile(r"\b(?:day|week|month|year|decade|weekend|fortnight|quarter|hour|night)", re.I)
_GATES: dict[str, re.Pattern[str]] = {
    "slash": re.compile(r"\d/\d"),
    "month_day": _MONTHS_HINT, "day_month": _MONTHS_HINT, "month_year": _MONTHS_HINT, "month": _MONTHS_HINT,
    "year": re.compile(r"\d\d"), "decade": re.compile(r"\d0s|'\d0"), "century": re.compile(r"centur", re.I),
    "quarter": re.compile(r"quarter", re.I), "quarter_q": re.compile(r"Q[1-4]"), "half": re.compile(r"half", re.I),
    "deictic": re.compile(r"today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|night|now", re.I),
    "deictic2": re.compile(r"\bday\b", re.I), "day_before": re.compile(r"\bday\b", re.I),
    "anchored_day": re.compile(r"\bday\b", re.I),
    "weekday": re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", re.I),
    "unit": _UNITS_HINT, "unit_of_the": _UNITS_HINT, "weekend": re.compile(r"weekend", re.I),
    "ago": re.compile(r"\bago\b", re.I), "anchored": _UNITS_HINT, "anchored_unit": _UNITS_HINT,
    "vague": _UNITS_HINT, "recent": _UNITS_HINT, "year_end": re.compile(r"(?:year|month)[\s-]end", re.I),
}


def _candidates(ctx: _Ctx) -> list[tuple[int, DateMention]]:
    out: list[tuple[int, DateMention]] = []
    for prio, (name, pattern, handler) in enumerate(RULES):
        gate = _GATES.get(name)
        if gate is not None and not gate.search(ctx.text):
            continue
        for m in pattern.finditer(ctx.text):
            dm = handler(m, ctx)
            if dm is not None and dm.end > dm.start:
                out.append((prio, dm))
    return out


def _since(dm: DateMention, ctx: _Ctx) -> DateMention:
    """'since 2018' names the start of a period that runs to publication: keep the value of 2018,
    widen the interval to publication and mark it past."""
    before = ctx.text[max(0, dm.start - 8):dm.start]
    m = _SINCE.search(before)
    if not m:
        return dm
    s = dm.start - (len(before) - m.start())
    dm.text, dm.start = ctx.text[s:dm.end], s
    dm.reference = "past"
    if dm.start_date and ctx.pub is not None and dm.end_date and dm.end_date < ctx.pub.isoformat():
        dm.end_date = ctx.pub.isoformat()
    return dm


def run(text: str, published: str | None, tense: str | None = None, anchor: str | None = None) -> list[DateMention]:
    ctx = _Ctx(text, parse_published(published), tense, parse_published(anchor))
    cands = _candidates(ctx)
    cands.sort(key=lambda c: (-(c[1].end - c[1].start), c[0], c[1].start))
    taken: list[DateMention] = []
    for _prio, dm in cands:
        if all(dm.end <= t.start or dm.start >= t.end for t in taken):
            taken.append(dm)
    taken.sort(key=lambda d: d.start)
    return [_since(d, ctx) for d in taken]
