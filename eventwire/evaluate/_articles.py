"""Article-level gold scoring, a product feature: analysts validate coders on their own gold.

Gold shape (see docs/eval.md): ``{"articles": [{"file", "published", "events": [{"types", "actor",
"recipient", "anchor", "required", "modality", "attribution", "date", "location_country"}], "forbid",
"places", "dates", "quantities", "boilerplate"}]}``. A predicted event matches a gold event when its
evidence sentence contains the anchor (whitespace-collapsed, case-insensitive), its type is one of
the gold types and, for the full match, one of its actor (recipient) codes is among the gold ones
where the gold lists any. Required events are matched one-to-one (maximum bipartite matching), so
one predicted event cannot count for two gold events.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip().lower()


def _codes(parties: list[dict[str, Any]] | None) -> set[str]:
    return {p["code"].upper() for p in parties or [] if isinstance(p, dict) and p.get("code")}


def _sentence(ev: dict[str, Any], text: str) -> str:
    s = ev.get("sentence")
    if not s and ev.get("text_info"):
        s = text[ev["text_info"]["start"]: ev["text_info"]["end"]]
    return _norm(s)


def _matches(g: dict[str, Any], ev: dict[str, Any], sent: str, full: bool) -> bool:
    if _norm(g["anchor"]) not in sent or (ev.get("event") or "").upper() not in g["types"]:
        return False
    if not full:
        return True
    if g.get("actor") and not _codes(ev.get("actor")) & set(g["actor"]):
        return False
    if g.get("recipient") and not _codes(ev.get("recipient")) & set(g["recipient"]):
        return False
    return True


def _max_matching(cands: list[list[int]]) -> dict[int, int]:
    """Gold index → predicted index, maximum one-to-one (Kuhn's augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(cands)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += bool(ok)
        self.total += 1

    @property
    def rate(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.hit}/{self.total}" + (f" ({self.rate:.2f})" if self.total else "")


@dataclass
class ArticleReport:
    found_full: int = 0
    found_type: int = 0
    required: int = 0
    predicted: int = 0
    good_full: int = 0
    good_type: int = 0
    forbidden: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    # Per predicted event: (confidence, a gold event of its type is in its sentence, and with the right parties).
    scored: list[tuple[float, bool, bool]] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def merge(self, other: "ArticleReport") -> None:
        for k in ("found_full", "found_type", "required", "predicted", "good_full", "good_type", "forbidden"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for k, t in other.tallies.items():
            mine = self.tally(k)
            mine.hit += t.hit
            mine.total += t.total
        self.misses += other.misses
        self.extras += other.extras
        self.scored += other.scored

    def reliability(self, level: str = "type", edges: tuple[float, ...] = (0.0, 0.5, 0.6, 0.7, 0.8, 1.01)
                    ) -> tuple[list[tuple[str, int, float, float]], float]:
        """Confidence against the share of events that match the gold, by confidence band, and the
        expected calibration error (the bands' |mean confidence - precision|, weighted by size).
        Confidence estimates the ``type`` level (the event, of its type, is reported); ``full``
        also asks for the right actor and recipient."""
        bands, ece = [], 0.0
        pairs = [(c, t if level == "type" else f) for c, t, f in self.scored]
        for lo, hi in zip(edges, edges[1:]):
            sel = [(c, g) for c, g in pairs if lo <= c < hi]
            if not sel:
                continue
            conf = sum(c for c, _ in sel) / len(sel)
            prec = sum(g for _, g in sel) / len(sel)
            bands.append((f"{lo:.2f}-{min(hi, 1.0):.2f}", len(sel), conf, prec))
            ece += len(sel) * abs(conf - prec)
        return bands, (ece / len(self.scored) if self.scored else 0.0)

    def prf(self, level: str = "full") -> tuple[float, float, float]:
        found = self.found_full if level == "full" else self.found_type
        good = self.good_full if level == "full" else self.good_type
        r = found / self.required if self.required else 0.0
        p = good / self.predicted if self.predicted else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_article(art: dict[str, Any], res: dict[str, Any]) -> ArticleReport:
    rep = ArticleReport()
    text = res.get("text") or ""
    events = res.get("events") or []
    sents = [_sentence(ev, text) for ev in events]
    gold = art.get("events", [])
    req = [g for g in gold if g.get("required", True)]
    rep.required = len(req)
    rep.predicted = len(events)
    for level in ("type", "full"):
        full = level == "full"
        cands = [[j for j, (ev, s) in enumerate(zip(events, sents)) if _matches(g, ev, s, full)] for g in req]
        if not full:
            # Of several events of the right type in a sentence, pair the one whose parties also
            # match, so actor accuracy on type matches judges the best candidate, not the first.
            cands = [sorted(c, key=lambda j, g=g: not _matches(g, events[j], sents[j], True)) for g, c in zip(req, cands)]
        pairs = _max_matching(cands)
        good = sum(1 for ev, s in zip(events, sents) if any(_matches(g, ev, s, full) for g in gold))
        if full:
            rep.found_full, rep.good_full = len(pairs), good
            rep.scored = [(float(ev.get("confidence") or 0.0), any(_matches(g, ev, s, False) for g in gold),
                           any(_matches(g, ev, s, True) for g in gold)) for ev, s in zip(events, sents)]
            for gi, ej in pairs.items():
                g, ev = req[gi], events[ej]
                rep.tally("modality").add((ev.get("modality") or "asserted") == g.get("modality", "asserted"))
                if g.get("attribution"):
                    got = [(a.get("text"), a.get("type")) for a in ev.get("attribution") or []]
                    _check(rep, "attribution", any(t == g["attribution"] for _, t in got),
                           f"{art['file']}: attribution '{g['anchor']}' want {g['attribution']} got {got}")
                if g.get("date"):
                    _check(rep, "event_date", str(ev.get("date") or "").startswith(g["date"]),
                           f"{art['file']}: event date '{g['anchor']}' want {g['date']} got {ev.get('date')} ({ev.get('date_source')})")
                if g.get("location_country"):
                    loc = ev.get("event_loc") or {}
                    _check(rep, "event_location_country", loc.get("country_code") == g["location_country"],
                           f"{art['file']}: event location '{g['anchor']}' want {g['location_country']} got "
                           f"{loc.get('country_code')} ({loc.get('location_source')}: {loc.get('extracted_place')})")
                if g.get("actor"):
                    rep.tally("actor_code").add(bool(_codes(ev.get("actor")) & set(g["actor"])))
                if g.get("recipient"):
                    rep.tally("recipient_code").add(bool(_codes(ev.get("recipient")) & set(g["recipient"])))
            for gi, g in enumerate(req):
                if gi not in pairs:
                    got = [(ev.get("event"), sorted(_codes(ev.get("actor"))), sorted(_codes(ev.get("recipient"))))
                           for ev, s in zip(events, sents) if _norm(g["anchor"]) in s]
                    rep.misses.append(f"{art['file']}: missed {g['types'][0]} '{g['anchor']}' got {got}")
            for ev, s in zip(events, sents):
                if not any(_matches(g, ev, s, False) for g in gold):
                    rep.extras.append(f"{art['file']}: extra {ev.get('event')} {sorted(_codes(ev.get('actor')))}->"
                                      f"{sorted(_codes(ev.get('recipient')))}: {s[:90]}")
        else:
            rep.found_type, rep.good_type = len(pairs), good
            # Actor accuracy is judged on events whose type is right (issue: actors on matched types).
            for gi, ej in pairs.items():
                g, ev = req[gi], events[ej]
                for side in ("actor", "recipient"):
                    if g.get(side):
                        got = _codes(ev.get(side))
                        _check(rep, f"{side}_code_on_type_match", bool(got & set(g[side])),
                               f"{art['file']}: {side} of {g['types'][0]} '{g['anchor']}' want {g[side]} got {sorted(got)}")
    for f in art.get("forbid", []):
        allow = set(f.get("allow_types", []))
        rep.forbidden += sum(1 for ev, s in zip(events, sents) if _norm(f["phrase"]) in s and (ev.get("event") or "") not in allow)
    places = res.get("places") or []
    for gp in art.get("places", []):
        ok = False
        for p in places:
            if not (_norm(gp["text"]) in _norm(p.get("text"))):
                continue
            if gp.get("country") and (p.get("country_code") or "").upper() != gp["country"]:
                continue
            if "lat" in gp and not (isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))
                                    and _km(gp["lat"], gp["lon"], p["lat"], p["lon"]) <= 60):
                continue
            ok = True
        _check(rep, "places", ok, f"{art['file']}: place '{gp['text']}' want {gp.get('country')} got "
               f"{[(p.get('text'), p.get('country_code')) for p in places if _norm(gp['text']) in _norm(p.get('text'))]}")
    dates = res.get("dates") or []
    for gd in art.get("dates", []):
        _check(rep, "dates", any(_norm(gd["text"]) in _norm(d.get("text")) and str(d.get("value") or "").startswith(gd["value"])
                                 for d in dates),
               f"{art['file']}: date '{gd['text']}' want {gd['value']} got "
               f"{[(d.get('text'), d.get('value')) for d in dates if _norm(gd['text']) in _norm(d.get('text')) or _norm(d.get('text')) in _norm(gd['text'])]}")
    for b in art.get("boilerplate", []):
        rep.tally("boilerplate").add(_norm(b) not in _norm(text))
    qs = res.get("quantities") or []
    for gq in art.get("quantities", []):
        _check(rep, "quantities", any(_norm(gq["text"]) in _norm(q.get("text")) and q.get("value") == gq["value"] for q in qs),
               f"{art['file']}: quantity '{gq['text']}' want {gq['value']} got "
               f"{[(q.get('text'), q.get('value')) for q in qs if _norm(q.get('text')) in _norm(gq['text']) or _norm(gq['text']) in _norm(q.get('text'))]}")
    return rep


def _check(rep: ArticleReport, name: str, ok: bool, miss: str) -> None:
    rep.tally(name).add(ok)
    if not ok:
        rep.misses.append(miss)
