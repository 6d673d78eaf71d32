"""Within-article person coreference: later mentions of a person take the full mention's identity."""
from __future__ import annotations

import re
from collections import Counter

from eventwire.actors._kb import NONSTATE_CODES, ActorKB
from eventwire.actors._resolve import PORTFOLIO, TITLE_PREFIXES, resolve_tokens, scan
from eventwire.actors._text import tokenize
from eventwire.model import Entity


def link_people(text: str, entities: list[Entity], kb: ActorKB | None = None) -> list[Entity]:
    """Give short person mentions the code of the earlier full mention, in place, and return the
    surname mentions the NER missed ("South Korean President Yoon Suk Yeol ... Yoon said").

    People the tables do not know take the country and sector of the title written before them
    ("Yugoslav Finance Minister Svetozar Rikanovic" SRB GOV); a title without a country ("Attorney
    General William Barr") takes the article's dominant country when one clearly dominates.

    ``entities`` must be sorted by start offset.
    """
    kb = kb or ActorKB.default()
    home = _dominant_country(entities)
    for ent in entities:
        if ent.label == "PERSON" and not ent.code:
            _code_from_title(text, ent, kb, home)
    known = _link(entities)
    return _later_mentions(text, known, entities)


# Sectors a title gives that belong to a state (and so to the article's country when none is written).
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP", "ELI"})
_COUNTED = frozenset({"COUNTRY", "GPE", "NORP", "AGENT", "PERSON", "ORG"})
# Abbreviated titles whose full stop does not end the sentence.
_ABBREVIATIONS = frozenset({"rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
                            "adm", "cmdr", "pres", "sec", "dep", "amb", "atty", "supt", "insp", "det", "dr",
                            "mr", "mrs", "ms", "st", "jr", "hon", "rev", "prof"})
# Titles that usually face another state ("trade representative Clayton Yeutter" in a Tokyo story is
# American): no country is guessed for them.
_FOREIGN_FACING = frozenset({"representative", "representatives", "envoy", "envoys", "ambassador",
                             "ambassadors", "emissary", "negotiator", "delegate", "delegation", "consul"})


def _dominant_country(entities: list[Entity]) -> str | None:
    """The state most mentions point to, if it has 60 % of them (and three or more)."""
    counts = Counter(e.code for e in entities if e.code and len(e.code) == 3 and e.code.isalpha()
                     and e.code not in NONSTATE_CODES and e.label in _COUNTED)
    if not counts:
        return None
    top = counts.most_common(2)
    code, n = top[0]
    if n >= 3 and n >= 0.6 * sum(counts.values()) and (len(top) == 1 or n > top[1][1]):
        return code
    return None


def _code_from_title(text: str, ent: Entity, kb: ActorKB, home: str | None) -> None:
    """Code an unknown person from the title chain right before the name, in place."""
    lo = max(0, ent.start - 160)
    toks = tokenize(text[lo:ent.end])
    first_in_ent = next((k for k, t in enumerate(toks) if lo + t.start >= ent.start), len(toks))
    if first_in_ent == 0:
        return
    matches = scan(kb, toks)
    covered = {}
    for m in matches:
        for k in range(m.i, m.j):
            covered[k] = m
    # Walk back from the name over title words: agents, names, portfolio words, capitalised words.
    k = first_in_ent - 1
    if text[lo + toks[k].end:ent.start].strip(" .-"):
        return  # punctuation between title and name: an apposition or a list, not a title
    start = first_in_ent
    while k >= 0 and first_in_ent - k <= 8:
        t = toks[k]
        between = text[lo + t.end:lo + toks[k + 1].start] if k + 1 < len(toks) else ""
        if between.strip(" .-'’") or ("." in between and t.key not in _ABBREVIATIONS):
            break  # a comma, or a full stop that ends a sentence rather than "Rep." or "Gov."
        if k in covered or t.key in PORTFOLIO or t.key in TITLE_PREFIXES or t.key == "'s" \
                or (t.text[:1].isupper() and k > 0 and not _sentence_start(text, lo + t.start)):
            start = k
            k -= 1
            continue
        if t.text[:1].isupper():  # a capitalised word opening the sentence still belongs to the title
            start = k
        break
    chain = [m for m in matches if m.i >= start and m.j <= first_in_ent]
    if not chain:
        return
    titles = [m for m in chain if m.kind == "agent" and any(w in kb.office_words for w in m.key.split(" "))]
    if not titles:
        return
    res = resolve_tokens(kb, text[lo:ent.end], toks, date=None, head=None, context_country=None,
                         matches=chain)
    if res is None or not res.sector:
        return
    code = res.code
    if code is None and res.sector in _STATE_SECTORS and not any(
            w in _FOREIGN_FACING for m in titles for w in m.key.split(" ")):
        code = home
    if code is None:
        return
    ent.code, ent.sector, ent.secondary_sector = code, res.sector, res.secondary_sector
    ent.office = res.office or ent.office


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n\"“:"


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
