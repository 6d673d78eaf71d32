"""How well datelines resolve, measured on Reuters-21578 (which lists each story's countries)."""
from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from ._dateline import parse_dateline
from ._gazetteer import Gazetteer
from ._parser import resolve_dateline

# Reuters-21578 place labels whose ISO alpha-3 code cannot be found by name (historical states, short forms).
_REUTERS_PLACES = {
    "usa": "USA", "uk": "GBR", "ussr": "RUS", "west-germany": "DEU", "east-germany": "DEU", "uae": "ARE",
    "kampuchea": "KHM", "zaire": "COD", "congo": "COG", "yemen-arab-republic": "YEM",
    "yemen-demo-republic": "YEM", "yugoslavia": "SRB", "czechoslovakia": "CZE", "trinidad-tobago": "TTO",
    "antigua": "ATG", "burma": "MMR", "ivory-coast": "CIV", "swaziland": "SWZ", "us-virgin-islands": "VIR",
    "hong-kong": "HKG", "guam": "GUM", "bermuda": "BMU", "aruba": "ABW", "cayman-islands": "CYM",
    "netherlands-antilles": "ANT",
}


def reuters_place_code(label: str) -> str | None:
    """ISO alpha-3 of a Reuters-21578 ``places`` label ("west-germany" -> "DEU")."""
    if label in _REUTERS_PLACES:
        return _REUTERS_PLACES[label]
    for c in Gazetteer.default().lookup(label.replace("-", " ")):
        if c.feature == "country":
            return c.country_code
    return None


def score_reuters_datelines(corpus_path: str | Path) -> dict:
    """Share of Reuters stories whose dateline city resolves to a country in the story's ``places``.

    Counts only stories that have both a dateline and at least one place label."""
    scored = hits = unresolved = 0
    misses: Counter[str] = Counter()
    opener = gzip.open if str(corpus_path).endswith(".gz") else open
    with opener(corpus_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            codes = {reuters_place_code(p) for p in rec.get("places") or []} - {None}
            if not codes:
                continue
            found = parse_dateline(rec.get("dateline") or "") or parse_dateline(rec.get("text") or "")
            if not found:
                continue
            scored += 1
            place = resolve_dateline(found[0])
            if place is None or place.country_code is None:
                unresolved += 1
                misses[f"{found[0]} -> ?"] += 1
            elif place.country_code in codes:
                hits += 1
            else:
                misses[f"{found[0]} -> {place.country_code} not in {sorted(codes)}"] += 1
    return {
        "articles": scored,
        "correct": hits,
        "unresolved": unresolved,
        "accuracy": round(hits / scored, 4) if scored else None,
        "top_misses": misses.most_common(15),
    }
