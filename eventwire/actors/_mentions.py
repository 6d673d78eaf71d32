"""Whole-text dictionary scan for actor mentions, and definite-description coreference."""
from __future__ import annotations

import copy
from typing import Sequence

from eventwire.actors._kb import GEO_KINDS, KIND_LABEL, NONSTATE_CODES, ActorKB
from eventwire.actors._resolve import (CARRIER_KEYS, FORMER, NAMESAKE_KINDS, PARTY_ROLES, Match, _as_family,
                                       _as_monarch, _crowned, _inside_name, _office_text, _pick_entry,
                                       addressed_as_woman, other_people_surnames, _unknown_firm_officer,
                                       bare_labor_elsewhere, civilian_seamen, naval_story, own_party_family,
                                       resolve_tokens, scan,
                                       story_country_of)
from eventwire.actors._text import norm_key, tokenize
from eventwire.model import Entity

# Agent nouns too vague to list as entities on their own; they still resolve inside phrases
# and as coreference anaphors ("the group").
_VAGUE_AGENTS = frozenset({"UNK"})
_DETERMINERS = ("the ", "this ", "that ", "these ", "those ", "its ", "their ", "his ", "her ")
# Descriptions that name a government body rather than an officeholder.
_BODY_DESCRIPTIONS = frozenset({"department", "ministry", "agency", "bureau"})


# "Latin American", "South American", "Central American", "North American": a region's people, not the US.
_AMERICAS = frozenset({"latin", "south", "central", "north"})


def _regional_american(tokens: Sequence, m: Match) -> bool:
    """Whether the match is "American(s)" written as the end of a regional demonym ("a Latin American tour")."""
    word = tokens[m.i].text
    return m.kind == "name" and word.lower().startswith("american") and m.i > 0 and \
        tokens[m.i - 1].text[:1].isupper() and tokens[m.i - 1].text.lower() in _AMERICAS


# Currencies named after a country or people ("U.S. dlrs", "Canadian dollars", "Zambian kwacha"). Words that are
# also common verbs or titles ("won", "real", "mark", "crown") are left out: "the U.S. won the vote" names a party.
_CURRENCY_WORDS = frozenset({"dollar", "dollars", "dlr", "dlrs", "pound", "pounds", "franc", "francs", "yen", "yuan",
                             "rupee", "rupees", "peso", "pesos", "lira", "lire", "kwacha", "shilling", "shillings",
                             "schilling", "schillings", "krona", "kronor", "krone", "kroner", "cruzado", "cruzados",
                             "escudo", "escudos", "riyal", "riyals", "dinar", "dinars", "ringgit", "baht", "naira",
                             "cedi", "cedis", "drachma", "drachmas", "guilder", "guilders", "peseta", "pesetas",
                             "rouble", "roubles", "ruble", "rubles", "zloty", "zlotys", "forint", "forints", "sterling",
                             "stg", "rand", "austral", "australes", "sucre", "sucres", "bolivar", "bolivars", "rupiah",
                             "currency", "currencies"})


def _currency_name(tokens: Sequence, m: Match) -> bool:
    """Whether a country or its adjective only names a currency ("300 mln U.S. dlrs", "Canadian dollars"):
    money, not a party, so it is no mention of the state (nor does it make a story about that state)."""
    # ("the U.S. Dollar", "against the U.S. currency": with its article the name is read as a place, still money)
    return m.kind == "name" and m.j < len(tokens) and tokens[m.j].key in _CURRENCY_WORDS and \
        m.entries[0].kind in ("country", "norp", "place")


def find_actor_mentions(text: str, *, date: str | None = None, kb: ActorKB | None = None) -> list[Entity]:
    """Every dictionary mention in ``text``, longest match first, in text order.

    Proper names must be capitalised (short ones like "US" fully); agent nouns match in any case.
    A country or demonym directly before an agent noun ("Iranian security forces", "Niger's
    junta") is merged into one AGENT entity carrying both the code and the sector.
    A name several countries' parties or bodies share ("the Conservatives", "the House of Commons")
    is the one of the country the text is clearly about, if the tables list one for it."""
    kb = kb or ActorKB.default()
    tokens = tokenize(text)
    matches = scan(kb, tokens, strict_case=True)
    others = other_people_surnames(kb, tokens)
    if others:
        # "First Minister Jack McConnell ... Mr McConnell": the bare surname is Jack's all through.
        matches = [m for m in matches if not (m.kind == "name" and m.j - m.i == 1 and m.key in others)]
    _the_community(kb, text, tokens, matches)
    matches = _the_commission(kb, text, tokens, matches)
    covered = {k for m in matches for k in range(m.i, m.j)}
    titles = {k for m in matches if m.kind == "agent" for k in range(m.i, m.j)}
    matches = [m for m in matches if not _regional_american(tokens, m) and not _currency_name(tokens, m)
               and not _inside_name(text, tokens, m, covered, titles)]
    story = story_country_of(kb, matches, date)
    named = _named_states(kb, matches, date) if story else set()
    out: list[Entity] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        start, end = tokens[m.i].start, tokens[m.j - 1].end
        if m.kind == "name" and bare_labor_elsewhere(tokens, m, story, _country_before(kb, text, tokens, matches, k)):
            # "Labor executives for GM and Ford": outside a story about a state with a Labor party, a
            # capitalised "Labor" opens a sentence or a title; it names no party.
            k += 1
            continue
        if m.kind == "name":
            written = _country_before(kb, text, tokens, matches, k)
            entry = _pick_entry(m.entries, None, date if m.j - m.i == 1 else None, story_country=written or story)
            res = kb.resolution(entry, text[start:end], date)
            if not written and own_party_family(m.entries, m.key, story, named):
                res.code = story  # "the Conservatives" in a story about Finland (docs/actors.md "Namesakes")
            elif written and res.code is None and entry.kind == "party":
                res.code = written  # "the French Greens": a party no one country owns, of the country written before it
            if not written and m.key in SHARED_GROUP_NAMES:
                _shared_group_name(kb, m, res, matches, date)
            if entry.kind == "person" and _crowned(tokens, m):
                entry, res = _as_monarch(kb, entry, res, m.key, text[start:end], date)  # "King Hassan" in 1987
            if addressed_as_woman(tokens, m, entry):
                _as_family(res)  # "Mrs Blair"
            elif entry.kind == "person" and res.sector in (None, "ELI") and k > 0:
                res = _with_title(kb, text, tokens, matches, k, res, date)
            elif entry.kind == "person" and not date and k > 0:
                # A story with no date: the title written before the name picks which of the person's recorded roles
                # is meant, as it does in a phrase ("Conservative shadow chancellor Oliver Letwin" is the opposition's
                # spokesman of 2001-05, not the minister of 2010 the tables record last), and a party office is the
                # party's ("Tory co-chairman Liam Fox", not his later cabinet post: ``_resolve._undated_party_officer``).
                titled = _with_title(kb, text, tokens, matches, k, copy.copy(res), date)
                if titled.sector != res.sector and (titled.sector == "PTY"
                                                    or titled.sector in {r.sector for r in entry.roles}):
                    res = titled
            nxt = matches[k + 1] if k + 1 < len(matches) else None
            gap = nxt.i - m.j if nxt is not None else 99
            possessive = gap == 1 and tokens[m.j].key == "'s"
            # Only words (or "'s") may join them: "CAIRO — Gunmen" is a dateline, then the gunmen.
            adjacent = gap == 0 and nxt is not None and not text[end:tokens[nxt.i].start].strip()
            if ((entry.kind in GEO_KINDS or entry.kind == "party") and nxt is not None and nxt.kind == "agent"
                    and (adjacent or possessive) and nxt.agent[0] not in NONSTATE_CODES | _VAGUE_AGENTS):
                a_sector, a_secondary, _ = nxt.agent
                if a_sector == "MIL" and nxt.key in CARRIER_KEYS and not naval_story(text):
                    a_sector, a_secondary = "BUS", None  # "U.S. carriers" in a story with no navy: airlines
                elif a_sector == "MIL" and civilian_seamen(nxt.key.split(" "), text):
                    a_sector, a_secondary = "LAB", None  # "Brazilian seamen" on strike: workers
                if entry.kind == "party":
                    # "Tory leader" is a party role (PTY); "Labour MP" keeps the title's sector.
                    if nxt.key.split(" ")[-1] in PARTY_ROLES:
                        a_sector, a_secondary = "PTY", None
                    elif a_sector != "PTY":
                        a_secondary = "PTY"
                a_end = tokens[nxt.j - 1].end
                out.append(Entity(text=text[start:a_end], start=start, end=a_end, label="AGENT",
                                  code=res.code, sector=a_sector, canonical=res.canonical,
                                  office=_office_text(tokens, nxt, kb, text), secondary_sector=a_secondary))
                k += 2
                continue
            out.append(Entity(text=text[start:end], start=start, end=end, label=KIND_LABEL.get(entry.kind, "ORG"),
                              code=res.code, sector=res.sector, canonical=res.canonical,
                              identifier_id=res.identifier_id, office=res.office,
                              secondary_sector=res.secondary_sector))
        else:
            a_sector, a_secondary, _ = m.agent
            if a_sector == "MIL" and m.key in CARRIER_KEYS and not naval_story(text):
                # "The carrier cut jobs" in a story with no navy in it: a company, not a warship.
                a_sector, a_secondary = "BUS", None
            elif a_sector == "MIL" and civilian_seamen(m.key.split(" "), text):
                a_sector, a_secondary = "LAB", None  # "the seamen are demanding a pay rise": workers
            if a_sector == "GOV" and _unknown_firm_officer(tokens, m, covered):
                # "Qantas Chief Executive Geoff Dixon": the state title written with a firm's name.
                a_sector, a_secondary = "BUS", None
            if a_sector not in _VAGUE_AGENTS:
                code = a_sector if a_sector in NONSTATE_CODES else None
                out.append(Entity(text=text[start:end], start=start, end=end, label="AGENT", code=code,
                                  sector=None if code else a_sector, office=_office_text(tokens, m, kb, text),
                                  secondary_sector=a_secondary))
        k += 1
    return out


# Armed groups' names that groups of two countries have used: "Islamic Jihad" was a Lebanese group's
# cover name in the 1980s (the tables file it under Hezbollah) and is the Palestinian movement's short
# name. The group is the one of the country the text otherwise names, when it names only one of them.
SHARED_GROUP_NAMES = {"islamic jihad": ("LBN", "PSE")}


def _shared_group_name(kb: ActorKB, m, res, matches, date: str | None) -> None:
    """Recode ``res`` (a shared group name) to the one of its countries the rest of the text names."""
    codes = SHARED_GROUP_NAMES[m.key]
    if res.code not in codes:
        return
    named = _named_states(kb, [x for x in matches if x is not m], date) | {
        e.roles[0].code for x in matches if x is not m and x.kind == "name"
        for e in x.entries[:1] if e.kind == "org" and e.roles}
    present = [c for c in codes if c in named]
    if len(present) == 1 and present[0] != res.code:
        res.code, res.canonical, res.identifier_id = present[0], None, None


def _named_states(kb: ActorKB, matches, date: str | None) -> set[str]:
    """States the text names by a country, a demonym or a person (not a city: "a London-based analyst" in a
    story about Finland says nothing about British parties)."""
    out = set()
    for m in matches:
        if m.kind == "name" and m.entries[0].kind in ("country", "norp", "person"):
            code = kb.resolution(_pick_entry(m.entries, None, date), m.key, date).code
            if code:
                out.add(code)
    return out


def _country_before(kb: ActorKB, text: str, tokens, matches, k: int) -> str | None:
    """"Canada's opposition Conservatives": a country or demonym just before a name several countries'
    parties or bodies share (only "'s" and lower-case words between) says whose it is."""
    m = matches[k]
    if k == 0 or len(m.entries) < 2 or not all(e.kind in NAMESAKE_KINDS for e in m.entries):
        return None
    prev = matches[k - 1]
    # (Also a place entry such as "The U.S." in "The U.S. Treasury": the tables list that spelling as a place.)
    if prev.kind != "name" or prev.entries[0].kind not in GEO_KINDS or m.i - prev.j > 3:
        return None
    if any(c in text[tokens[prev.j - 1].end:tokens[m.i].start] for c in ",;:.()\"“”\n") or \
            any(not (t.key == "'s" or t.text.islower()) for t in tokens[prev.j:m.i]):
        return None
    code = kb.resolution(_pick_entry(prev.entries, None), prev.key, None).code
    return code if code and code not in NONSTATE_CODES else None


# Names of the European Community; once a text has used one, "the Community" is that bloc.
_EC_KEYS = frozenset({"european community", "the european community", "european economic community",
                      "the european economic community", "european communities", "ec", "the ec", "eec", "the eec"})
# Capitalised words that are no part of a name before "Community" ("On Friday Community ministers ...").
_NOT_NAME_WORDS = frozenset({"the", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "but", "and", "when", "if", "in",
                             "on", "at", "as", "after", "before", "while", "both", "all", "other", "senior", "two",
                             "three", "four", "several", "many", "some", "twelve", "most"})


def _the_community(kb: ActorKB, text: str, tokens, matches: list) -> None:
    """After a text has named the European Community, "the Community" and "Community farm ministers"
    are that bloc (EUR), not a community (CVL): the matches are changed in place.

    Only a capital that is not just the first word of a sentence counts ("Community leaders in
    Brixton ..." stays civilian), unless "the" comes before it; and not the last word of another
    capitalised name ("the Andean Community")."""
    entries = kb.names.get("european community")
    if not entries:
        return
    named = None
    for k, m in enumerate(matches):
        if m.kind == "name" and named is None and m.key in _EC_KEYS:
            named = m.i
        if (named is None or m.kind != "agent" or m.key != "community" or m.j - m.i != 1 or m.i <= named
                or tokens[m.i].text != "Community"):
            continue
        prev = tokens[m.i - 1]
        between = text[prev.end:tokens[m.i].start]
        if any(c in between for c in ".!?:;\"“”\n") or (
                not between.strip() and prev.text[:1].isupper() and prev.key not in _NOT_NAME_WORDS):
            continue  # a sentence's first word, or the end of another name ("the Andean Community")
        matches[k] = Match("name", m.i, m.j, "european community", entries=[kb.entries[x] for x in entries])


# Names of the European Union and its Commission (besides _EC_KEYS).
_EU_KEYS = _EC_KEYS | frozenset({"european union", "the european union", "eu", "the eu", "european commission",
                                 "the european commission", "ec commission", "the ec commission"})


def _the_commission(kb: ActorKB, text: str, tokens, matches: list) -> list:
    """After a text has named the European Community or Union, a capitalised "Commission" standing on
    its own ("the Commission said", "Commission proposals") is the European Commission (EUR), as long
    as no other named commission ("the Securities and Exchange Commission") came in between; the end
    of a longer name ("the Kissinger Commission") never is."""
    entries = kb.names.get("european commission")
    if not entries:
        return matches
    covered = {k: m for m in matches for k in range(m.i, m.j)}
    named = next((m.i for m in matches if m.kind == "name" and m.key in _EU_KEYS), None)
    if named is None:
        return matches
    added = []
    other = False  # another named commission came in between
    for k in range(named + 1, len(tokens)):
        t = tokens[k]
        if t.key != "commission" or t.text != "Commission":
            continue
        if k in covered:
            other = other or covered[k].key not in _EU_KEYS  # "the Securities and Exchange Commission"
            continue
        prev = tokens[k - 1]
        between = text[prev.end:t.start]
        if not between.strip() and prev.text[:1].isupper() and prev.key not in _NOT_NAME_WORDS:
            # the end of a longer name: "EC Commission" (known already) or another body's
            # ("the Securities and Exchange Commission"), which "the Commission" may mean from here on
            other = other or prev.key not in ("ec", "eec", "european", "eu")
            continue
        if other:
            continue
        added.append(Match("name", k, k + 1, "european commission", entries=[kb.entries[x] for x in entries]))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.i)


def _with_title(kb: ActorKB, text: str, tokens, matches, k: int, res, date: str | None):
    """A person the tables know only as a former official (or not yet in office), written after a
    title chain ("Tory co-chairman Liam Fox", "U.S. Treasury Secretary James Baker"): resolve the
    chain and the name together, as a phrase would be."""
    lo = k
    while lo > 0:
        prev = matches[lo - 1]
        between = text[tokens[prev.j - 1].end:tokens[matches[lo].i].start]
        if matches[lo].i - prev.j > 2 or any(c in between for c in ",;:.()\"“”\n"):
            break
        lo -= 1
    if lo == k:
        return res
    chain = matches[lo:k + 1]
    if any(x.kind == "name" and x.entries[0].kind == "person" for x in chain[:-1]):
        return res
    first = chain[0].i
    # "former independent MP Martin Bell": "former" may stand one or two plain words before the title.
    j = first
    while j > 0 and first - j < 2 and tokens[j - 1].key.isalpha() and tokens[j - 1].key not in FORMER \
            and not any(c in text[tokens[j - 1].end:tokens[j].start] for c in ",;:.()\"“”\n"):
        j -= 1
    if j > 0 and j < first and tokens[j - 1].key in FORMER \
            and not any(c in text[tokens[j - 1].end:tokens[j].start] for c in ",;:.()\"“”\n"):
        first = j
    while first > 0 and tokens[first - 1].key in FORMER:  # "Former Treasury Secretary ..."
        first -= 1
    if first > 0 and tokens[first - 1].key == "shadow" and not text[tokens[first - 1].end:tokens[first].start].strip():
        first -= 1  # "Shadow Defence Minister Chris Evans": the opposition's spokesman (OPP), not a minister
    sub = text[tokens[first].start:tokens[chain[-1].j - 1].end]
    sub_tokens = tokenize(sub)
    whole = resolve_tokens(kb, sub, sub_tokens, date=date, head=None, context_country=None,
                           matches=scan(kb, sub_tokens, strict_case=True))
    if whole is None or whole.sector in (None, "ELI") or (whole.code != res.code and whole.code not in NONSTATE_CODES):
        return res
    res.code, res.sector, res.secondary_sector = whole.code, whole.sector, whole.secondary_sector
    res.office = whole.office or res.office
    return res


def _compatible(sector: str | None, secondary: str | None, ent: Entity) -> bool:
    if ent.code is None:
        return False
    have = {ent.sector, ent.secondary_sector}
    if sector == "UNK":  # "the group", "the organization"
        return ent.code in NONSTATE_CODES or bool(have & {"REB", "UAF", "PRM", "CRM", "PTY", "SOC"}) or ent.label == "ORG"
    if sector in ("MIL", "GOV") and secondary in ("MIL", "GOV"):  # "the junta"
        return have >= {"MIL", "GOV"} or (bool(have & {"MIL"}) and ent.label not in ("PERSON", "GPE", "COUNTRY"))
    if sector in ("REB", "UAF"):
        return bool(have & {"REB", "UAF", "PRM"}) or ent.code == "IMG"
    if sector in ("IGO", "NGO"):
        return ent.code in (sector, "UNO", "EUR") if sector == "IGO" else ent.code == "NGO"
    return sector in have and ent.label != "PERSON"


def name_heads(text: str) -> set[str]:
    """The words a short description of a full name may repeat: its last word, and the word before
    "of" ("the Zimbabwe National Chamber of Commerce" is a chamber, "the Bank of England" a bank)."""
    key = norm_key(text)
    return {key.rsplit(" ", 1)[-1], key.split(" of ", 1)[0].rsplit(" ", 1)[-1]} if key else set()


def coref_resolve(mention_text: str, prior_entities: Sequence[Entity], *, kb: ActorKB | None = None) -> Entity | None:
    """The antecedent of a definite description or pronoun: the most recent compatible full mention.

    "the junta" -> latest entity with a code and a MIL/GOV sector; "the group" -> latest armed
    group/organisation; "the militants" -> latest REB/UAF; "the ministry" -> latest GOV;
    "the country" -> latest COUNTRY; "he"/"she" -> latest PERSON. Returns the antecedent itself."""
    kb = kb or ActorKB.default()
    key = norm_key(mention_text)
    for det in _DETERMINERS:
        if key.startswith(det):
            key = key[len(det):]
            break
    recent = [e for e in reversed(prior_entities) if e.code is not None]
    if key in ("he", "she", "him", "her"):
        return next((e for e in recent if e.label == "PERSON"), None)
    if key in ("country", "nation", "state"):
        return next((e for e in recent if e.label in ("COUNTRY", "GPE")), None)
    # The head word: the last, or the one before "of" ("the ministry of national defense" is a ministry).
    last = key.split(" of ", 1)[0].rsplit(" ", 1)[-1]
    if last not in ("country", "nation", "state", "government", "people"):
        # "the UN Security Council ... the council", "the Labour Party ... the party": a description whose
        # head word ends a recent full name is that name, whatever its sector.
        named = next((e for e in recent if e.label != "PERSON" and " " in e.text.strip()
                      and last in name_heads(e.text)), None)
        if named is not None:
            return named
    if key in ("bloc", "alliance", "organisation", "organization", "body", "union") and key not in kb.agents:
        return next((e for e in recent if e.code in ("IGO", "UNO", "EUR")), None)
    agent = kb.agents.get(key)
    if agent is None:
        return None
    sector, secondary, _ = agent
    if key in ("bloc", "alliance") or sector == "IGO":
        return next((e for e in recent if e.code in ("IGO", "UNO", "EUR")), None)
    if any(w in kb.office_words for w in key.split(" ")):
        # "the chancellor", "the minister": an officeholder refers back to a government, body or
        # title, not to a city that only stood for (or was only the site of) a government.
        recent = [e for e in recent if e.label != "GPE"]
    elif last in _BODY_DESCRIPTIONS:
        # "The U.S. Treasury said ... West German Finance Minister Gerhard Stoltenberg in Bonn. The
        # department rejected ...": a department or ministry is a body, never one official's title, nor a
        # city that only stood for a government or was where someone met.
        recent = [e for e in recent if norm_key(e.text).rsplit(" ", 1)[-1] not in kb.office_words and e.label != "GPE"]
    return next((e for e in recent if _compatible(sector, secondary, e)), None)
