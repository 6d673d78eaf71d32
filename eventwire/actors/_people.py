"""Within-article person coreference: later mentions of a person take the full mention's identity."""
from __future__ import annotations

import re

from eventwire.model import Entity


def link_people(text: str, entities: list[Entity]) -> list[Entity]:
    """Give short person mentions the code of the earlier full mention, in place, and return the
    surname mentions the NER missed ("South Korean President Yoon Suk Yeol ... Yoon said").

    ``entities`` must be sorted by start offset.
    """
    known = _link(entities)
    return _later_mentions(text, known, entities)


def _later_mentions(text: str, known: dict[str, Entity], found: list[Entity]) -> list[Entity]:
    """Surname mentions the NER missed ("Yoon urged ..."), after the person was introduced in full."""
    out = []
    taken = [(e.start, e.end) for e in found]
    for name, ref in known.items():
        if len(name) < 3:
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if m.start() < ref.end or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            out.append(Entity(name, m.start(), m.end(), "PERSON", ref.code, ref.sector, ref.canonical, None, ref.office))
            taken.append((m.start(), m.end()))
    return out


def _link(entities: list[Entity]) -> dict[str, Entity]:
    """Later short mentions of a person take the code of the earlier full mention
    ("South Korean President Yoon Suk Yeol ... Yoon said"), as a reader would."""
    known: dict[str, Entity] = {}
    prev: Entity | None = None
    for ent in entities:
        words = [w for w in ent.text.replace("’s", "").replace("'s", "").split() if w[:1].isupper()]
        if ent.label == "PERSON" and not ent.code and prev is not None and prev.code and 0 <= ent.start - prev.end <= 1:
            if prev.label == "AGENT" and prev.sector:
                # "South Korean President | Yoon Suk Yeol": the title in front names the office holder.
                ent.code, ent.sector, ent.office = prev.code, prev.sector, prev.office or prev.text
            elif prev.label == "NORP" and len(prev.code) == 3:
                # "American | Kevin King": a nationality in front names a citizen.
                ent.code, ent.sector = prev.code, "CVL"
        prev = ent
        if ent.code and ent.label in ("PERSON", "AGENT") and len(words) >= 2:
            for w in words[-3:]:
                known.setdefault(w, ent)
        elif ent.label == "PERSON" and not ent.code and words:
            ref = known.get(words[-1]) or known.get(words[0])
            if ref is not None:
                ent.code, ent.sector, ent.office, ent.canonical = ref.code, ref.sector, ref.office, ref.canonical
    return known
