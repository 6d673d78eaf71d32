"""Phrase resolution: a noun phrase -> country/organisation code + PLOVER sector, with reasons.

The phrase is tokenised once and scanned left to right for the longest known name or agent noun
at each position. The code comes from one named match (the head, or the first that is not a
mere affiliation like "al-Qaeda-affiliated"), the sector from the named entry when it has its
own (Hamas REB, the Pentagon MIL) and otherwise from the agent noun nearest the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from eventwire.actors._kb import GEO_KINDS, NONSTATE_CODES, ActorKB, Entry, Resolution
from eventwire.actors._text import Token, norm_key, tokenize

# A name right before one of these is an affiliation, not the actor: "Iran-backed rebels".
AFFILIATION = frozenset(
    "affiliated linked backed allied aligned inspired sponsored funded supported trained armed "
    "based born owned run controlled brokered mediated friendly leaning".split()
)
# A name right after one of these is the other party, not the actor: "strikes on Gaza".
OBJECT_PREPS = frozenset("against on onto with to toward towards into over than versus vs pro anti".split())
COORDINATORS = frozenset({"and", "or", "&", "nor"})
# Words that turn an officeholder into a former one (PLOVER ELI).
FORMER = frozenset({"former", "ex", "exiled", "ousted", "deposed", "late", "erstwhile"})
# Title modifiers kept in the reported office: "Deputy Secretary of State".
OFFICE_MODIFIERS = frozenset({"deputy", "vice", "assistant", "under", "acting", "interim", "senior",
                              "chief", "principal", "special", "top", "foreign", "defense", "defence"})
# Portfolio words inside a title: "Deputy Finance Minister", "deputy energy minister", "Agriculture secretary".
PORTFOLIO = frozenset(
    "finance foreign interior home justice defence defense agriculture trade commerce industry energy oil "
    "petroleum mines mining health education economy economic economics labour labor transport information "
    "culture environment treasury planning security public works water housing tourism communications "
    "immigration fisheries forestry budget development cooperation international affairs national homeland "
    "trade finance social welfare employment science technology sports youth women family religious "
    "internal external european legal parliamentary cabinet state".split()
)
# Agent words that only modify the title after them: "Deputy [Finance] Minister" is a minister, not a
# sheriff's deputy (COP).
TITLE_PREFIXES = frozenset({"deputy", "vice", "assistant", "acting", "interim", "senior", "chief", "principal",
                            "special", "junior", "under"})
# Roles inside a party: "Tory leader", "Labour spokesman" are PTY; "Labour MP", "Republican Gov." keep
# the title's own sector.
PARTY_ROLES = frozenset(
    "leader leaders leadership spokesman spokeswoman spokesperson chairman chairwoman chair president "
    "member members activist activists candidate candidates official officials supporters supporter "
    "whip whips campaigner campaigners grandee grandees figures figure colleagues rebels "
    # audit 4: "Labour bosses", "Tory defector", "Tory co-chairman", "party treasurer"
    "boss bosses chief chiefs defector defectors chairman chairwoman treasurer founder founders".split()
)
# Country names that are also given names: "Chad Wolf", "Jordan Peterson", "Georgia Meloni".
GIVEN_NAME_COUNTRIES = frozenset({"chad", "jordan", "georgia", "israel", "kenya", "india", "ireland"})
# Capitalised words that may follow a place without making it part of a longer name ("Moscow Tuesday").
_NOT_NAME_PARTS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december on in at and or but the a as said says "
    # facilities and bodies named after their place still point to its country ("Kabul Airport")
    "airport international university hospital city province provincial district region regional "
    "governorate county municipality municipal base camp prison jail square street road highway bridge "
    "port harbour harbor stadium mosque church cathedral temple market hotel embassy consulate council "
    "police military army security central general national state police stock exchange refinery "
    "station valley river mountains mountain desert border crossing checkpoint zone area village "
    "town gate court palace house ministry office department".split()
)
# Words that may stand before a leader's bare surname without making it someone else's surname
# ("Mr McConnell", "Dr Fox", "Sir Menzies"); any other unknown capitalised word right before it is
# taken as a given name ("Jack McConnell" is not Mitch McConnell).
_HONORIFICS = frozenset(
    "mr mrs ms miss mister madam madame dr sir dame lord lady prof professor rev reverend sheikh shaikh "
    "ayatollah imam mullah emir prince princess king queen crown marshal field comrade col colonel gen "
    "general lt maj major capt captain cmdr adm admiral sgt president premier chancellor vice deputy "
    "senator sen rep gov governor mayor secretary minister speaker leader chairman judge justice "
    "monsieur herr frau senor senora signor don dona uncle brother sister father saint st".split()
)
# "Mrs Blair", "Ms Brown": a woman addressed by the surname of a man in the tables is not that man;
# PLOVER files an official's family under ELI. Only plainly male given names count, so a woman leader
# ("Mrs Thatcher", "Mrs Gandhi") is never touched.
_FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame"})
_MALE_GIVEN_NAMES = frozenset(
    "john david peter joseph michael george james charles william robert richard paul martin thomas henry "
    "edward stephen mark anthony tony andrew kenneth alan roger philip ronald christopher simon frank arthur "
    "donald benjamin brian fred harry ian gordon bill jim tom steve norman gary dennis geoffrey colin trevor "
    "lawrence leonard herbert frederick ralph raymond eric jacques pierre michel francois emmanuel nicolas "
    "alain bernard henri laurent philippe hubert georges gerard claude yves vincent helmut gerhard hans "
    "karl lars vladimir boris mikhail sergey sergei dmitry dmitri viktor aleksandr alexander igor leonid "
    "yuriy nikolay pavel ivan petr volodymyr oleksandr jose juan carlos luis jorge antonio francisco "
    "fernando manuel pedro eduardo roberto miguel rafael alberto alfredo oscar jaime hector javier julio "
    "raul ricardo guillermo alejandro alvaro andres gustavo ernesto sergio hugo cesar augusto rodrigo "
    "diego santiago pablo gonzalo enrique luiz joao paulo silvio romano giuseppe mario muhammad mohamed "
    "mohammad mohammed ahmad ahmed ali hassan hasan abdullah abdallah ibrahim khalid mahmoud mahmud omar "
    "mustafa yusuf ismail hamid saddam hosni yasser yasir bashar hafez muammar anwar recep nawaz pervez "
    "manmohan rajiv narendra atal jawaharlal ariel benjamin ehud shimon yitzhak menachem nelson thabo "
    "jacob kofi robert junichiro shinzo yasuhiro yoshihiko naoto taro fumio barack joe ronald gerald "
    "jimmy lyndon dwight richard mitch newt nick boris keir rishi jeremy tony".split()
)
# Party names that are only generic words: "Social Democrats" or "Free Democrats" are not the US
# Democratic Party, but "House Democrats" are.
_GENERIC_PARTY_KEYS = frozenset({"democrats", "democrat", "dems", "republicans", "republican"})
_US_PARTY_MODIFIERS = frozenset(
    "house senate congressional progressive moderate centrist conservative liberal leading top many some "
    "fellow other key state young new former blue red establishment mainstream both all most few several "
    "two three four five six seven eight nine ten dozens hundreds".split()
)
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split())


# Capitalised words that open a sentence or clause, not given names ("But McConnell said").
_FUNCTION_WORDS = frozenset(
    "but and when if as after before while since then so yet also now today yesterday though although "
    "because where whether why how what who meanwhile however still even only instead later earlier "
    "under with without for from by of to in on at against between among about over besides senior junior "
    "vote elect says said told asks".split()
)


def _someone_elses_surname(kb: "ActorKB", tokens: Sequence[Token], m: "Match", lo: int, hi: int) -> bool:
    """A leader's bare surname right after an unknown capitalised given name is another person:
    "First Minister Jack McConnell" is not Mitch McConnell, "Leila Abbas" not Mahmoud Abbas.
    The word before must be no known name, agent noun, honorific or function word ("Republican
    McConnell", "Senator McConnell", "But McConnell" stay the leader)."""
    if m.kind != "name" or m.j - m.i != 1 or m.i <= lo or not m.entries:
        return False
    if not all(e.kind == "person" and " " in e.canonical.strip() for e in m.entries):
        return False
    prev = tokens[m.i - 1]
    if any(w[:3] == prev.key[:3] for e in m.entries for k in e.keys for w in k.split(" ")):
        return False  # the leader's own given name, or another spelling of it ("Tayyip", "Yassir Arafat")
    return _after_given_name(kb, tokens, m.i, lo, hi)


def _particle_surname(kb: "ActorKB", tokens: Sequence[Token], m: "Match", lo: int) -> bool:
    """A leader's bare surname after a lower-case name particle that follows an unknown capitalised word
    is another person's longer name: "Commissioner William von Raab" is not Dominic Raab. (A leader
    whose keys hold the particle, "de Gaulle", matched it with the particle already.)"""
    k = m.i - 1
    if m.kind != "name" or m.j - m.i != 1 or k <= lo or not m.entries:
        return False
    if not all(e.kind == "person" for e in m.entries) or tokens[k].key not in _PARTICLES or not tokens[k].text.islower():
        return False
    given = tokens[k - 1]
    if not given.text[:1].isupper() or given.text.isupper() or not given.text.isalpha():
        return False
    if any(w[:3] == given.key[:3] for e in m.entries for key in e.keys for w in key.split(" ")):
        return False  # the leader's own given name ("Ursula von der Leyen" written in part)
    return given.key not in kb.names and given.key not in kb.agents and given.key not in _HONORIFICS and \
        given.key not in _FUNCTION_WORDS and given.key not in _NOT_NAME_PARTS


def _longer_name(tokens: Sequence[Token], m: "Match", starts: dict[int, "Match"], lo: int, hi: int) -> bool:
    """A person's name directly followed by an unknown capitalised word, or by another person whose
    name begins with its last word, is part of a longer name: "President Petro Poroshenko" is not
    Gustavo Petro ("president petro" is one of his keys; "petro poroshenko" is Poroshenko's)."""
    if m.kind != "name" or m.j >= hi or not m.entries or not all(e.kind == "person" for e in m.entries):
        return False
    if m.j in starts:
        nxt_m = starts[m.j]
        joined = f"{tokens[m.j - 1].key} {nxt_m.key}"
        return nxt_m.kind == "name" and any(e.kind == "person" and joined in e.keys for e in nxt_m.entries or ())
    if sum(tokens[k].key not in _HONORIFICS and tokens[k].key not in _PARTICLES for k in range(m.i, m.j)) > 1:
        return False  # a full name already ("President Salva Kiir Mayardit")
    cur, nxt = tokens[m.j - 1], tokens[m.j]
    if nxt.start - cur.end != 1 or not nxt.text[:1].isupper() or nxt.text.isupper() or not nxt.text.isalpha():
        return False
    if nxt.key in _NOT_NAME_PARTS or nxt.key in _FUNCTION_WORDS or nxt.key in _HONORIFICS or nxt.key in _PARTICLES \
            or nxt.key in _AFTER_A_NAME:
        return False
    return not _title_case_context(tokens, m.i, m.j, lo, hi)


# Capitalised words that follow a person's own name ("James Baker Jr", "the Kissinger Commission").
_AFTER_A_NAME = frozenset("jr sr junior senior commission doctrine plan era report years presidency "
                          "administration government camp team campaign".split())


def other_people_surnames(kb: "ActorKB", tokens: Sequence[Token]) -> set[str]:
    """Bare leader surnames that this text also writes after another given name ("Jack McConnell"):
    every bare mention of them in the text is taken to be that other person."""
    out: set[str] = set()
    companies: set[str] = set()
    for i in range(1, len(tokens)):
        key = tokens[i].key
        idx = kb.names.get(key)
        if idx and key not in kb.stop and tokens[i].text[:1].isupper():
            m = Match("name", i, i + 1, key, entries=[kb.entries[x] for x in idx])
            if _someone_elses_surname(kb, tokens, m, 0, len(tokens)):
                out.add(key)
            elif _company_surname(kb, tokens, m, 0, len(tokens)):
                companies.add(key)  # "Kenji Honda ... Honda said": the man, not the carmaker
    if out:
        # ... unless the text also names the leader in full ("Tony Blair ... Cherie Blair ... Blair said").
        grams = {" ".join(t.key for t in tokens[i:i + n]) for n in (2, 3, 4) for i in range(len(tokens) - n + 1)}
        out = {key for key in out
               if not any(k in grams for x in kb.names[key] for k in kb.entries[x].keys if " " in k)}
    return out | companies


def _foreign_party(tokens: Sequence[Token], m: "Match", out: list["Match"], lo: int) -> bool:
    """"Social Democrats", "Free Democrats": a generic US party word after an unknown capitalised word
    names some other country's party (no code), unlike "House Democrats"."""
    if m.kind != "name" or m.key not in _GENERIC_PARTY_KEYS or m.i <= lo or not m.entries \
            or m.entries[0].kind != "party":
        return False
    prev = tokens[m.i - 1]
    if any(o.j == m.i for o in out) or not prev.text[:1].isupper() or prev.text.isupper():
        return False
    if tokens[m.i].start - prev.end > 1:
        return False  # "the Communists, Republicans and Liberals": a list, no one name
    return prev.key not in _US_PARTY_MODIFIERS and prev.key not in _FUNCTION_WORDS and prev.key not in _NOT_NAME_PARTS


# Kinds whose one-word names are proper names of people and bodies: written in lower case inside a phrase
# they are the everyday word, not the name ("expressed solidarity with the strikers" is not the union
# Solidarity, "a bush fire" no president). Countries, demonyms, seats, places and international bodies
# keep matching in any case, and so do names of several words, which descriptions of a body may be ("the
# euro zone", "a human rights organization").
CAPITALISED_KINDS = frozenset({"person", "org"})
# Short keys that are also everyday words: only match when written in capitals ("US", "IS", "AU").
_SHORT = 3
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "de", "del", "da", "di", "la", "le", "van", "von", "bin", "ibn", "abu"})


@dataclass(slots=True)
class Match:
    kind: str  # "name" | "agent"
    i: int  # first token
    j: int  # one past the last token
    key: str
    entries: list[Entry] | None = None
    agent: tuple[str, str | None, str] | None = None
    demoted: bool = False


def _case_ok(tokens: Sequence[Token], i: int, j: int, key: str, strict: bool) -> bool:
    """Proper names must look like names: capitals for short keys always, a capital first letter in running text."""
    first = i
    while first < j - 1 and tokens[first].key == "the":
        first += 1
    raw = tokens[first].text
    if j - i == 1 or (j - first == 1):
        k = tokens[first].key
        # "the Fed": a short name written with a capital after "the" is a name, unlike "us" or "is".
        titled = first > i and raw[:1].isupper() and raw[1:].islower()
        if len(k) <= _SHORT and not (raw.isupper() or "." in raw or titled):
            return False
    if strict:
        # Arabic and European name particles are written lower-case: "al-Qaeda", "de Gaulle".
        if tokens[first].key in _PARTICLES and j - first > 1:
            raw = tokens[first + 1].text
        return raw[:1].isupper() or raw[:1].isdigit()
    return True


def _short_surname(tokens: Sequence[Token], i: int, j: int, key: str, entries: list[Entry]) -> bool:
    """A short leader surname ("Xi", "Li") is written with a capital, like any name; in capitals it is
    usually a Roman numeral ("class XI", "Phase II"), unless the words around it are capitals too."""
    raw = tokens[i].text
    if not raw[:1].isupper():
        return False
    if not raw.isupper() and not any(key in e.canonical.lower().split() for e in entries):
        return False  # initials ("MBS", "JFK") must stay in capitals
    if raw.isupper() and key in _ROMAN:
        near = [t.text for t in tokens[max(0, i - 2):i + 3] if t is not tokens[i] and t.text[:1].isalpha()]
        return bool(near) and all(w.isupper() for w in near)
    return True


# Names made of an everyday head noun and a number ("the Group of Five", "Group of 24"): "a group of five MPs"
# in lower case counts people, so the name needs its capital like a party's.
_EVERYDAY_HEADS = frozenset({"group"})


def _everyday_phrase(key: str) -> bool:
    words = key.split()
    head = words[1] if words[:1] == ["the"] and len(words) > 1 else words[0]
    return head in _EVERYDAY_HEADS and len(words) > 1


def scan(kb: ActorKB, tokens: Sequence[Token], *, strict_case: bool = False,
         lo: int = 0, hi: int | None = None) -> list[Match]:
    """Greedy longest match over ``tokens[lo:hi]``; names win ties with agent nouns."""
    hi = len(tokens) if hi is None else hi
    out: list[Match] = []
    i = lo
    names, agents, nspan, aspan, stop = kb.names, kb.agents, kb.name_span, kb.agent_span, kb.stop
    while i < hi:
        t0 = tokens[i].key
        best: Match | None = None
        n = min(nspan.get(t0, 0), hi - i)
        while n > 0:
            key = " ".join(t.key for t in tokens[i:i + n])
            if key in names and key not in stop:
                entries = [kb.entries[x] for x in names[key]]
                # Party names are everyday words ("labour", "conservative"): capitals even inside a phrase.
                # So are names several countries' bodies share ("the Treasury", "the Commons").
                strict = strict_case or any(e.kind == "party" for e in entries) or _everyday_phrase(key) or \
                    (len({e.roles[0].code for e in entries}) > 1 and all(e.kind in NAMESAKE_KINDS for e in entries)) or \
                    (n == 1 and all(e.kind in CAPITALISED_KINDS for e in entries))
                if _short_surname(tokens, i, i + n, key, entries) if n == 1 and len(key) <= _SHORT and \
                        all(e.kind == "person" for e in entries) else _case_ok(tokens, i, i + n, key, strict):
                    best = Match("name", i, i + n, key, entries=entries)
                    break
            n -= 1
        n = min(aspan.get(t0, 0), hi - i)
        while n > 0 and (best is None or n > best.j - best.i):
            key = " ".join(t.key for t in tokens[i:i + n])
            if key in agents and key not in stop:
                best = Match("agent", i, i + n, key, agent=agents[key])
                break
            n -= 1
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.j
    out = _drop_embedded(kb, tokens, out, lo, hi)
    starts = {m.i: m for m in out}
    out = [m for m in out if not _someone_elses_surname(kb, tokens, m, lo, hi) and not _foreign_party(tokens, m, out, lo)
           and not _particle_surname(kb, tokens, m, lo)
           and not _surname_agent(kb, tokens, m, lo, hi)
           and not _longer_name(tokens, m, starts, lo, hi)
           and not _named_after(tokens, m, hi) and not _truncated_org(tokens, m, hi)
           and not _company_surname(kb, tokens, m, lo, hi)
           and not _place_surname(kb, tokens, m, lo, hi) and not _geo_feature(tokens, m, hi)
           and not _new_namesake(tokens, m, lo) and not _town_named_firm(tokens, m, hi)
           and not _labour_as_work(tokens, m, hi) and not _european_named_body(tokens, m, hi)]
    out = _drop_title_prefixes(tokens, out)
    for m in out:
        if m.kind == "agent" and _shadow_title(tokens, m, lo):
            # "Shadow Defence Minister": the opposition's spokesman for the portfolio (OPP), not a minister.
            m.agent = ("OPP", None, f"{m.agent[2]}+rule:shadow")
        if m.kind != "name":
            continue
        if m.j < hi and tokens[m.j].key in AFFILIATION:
            m.demoted = True
        elif m.i > lo and tokens[m.i - 1].key in OBJECT_PREPS:
            m.demoted = True
        elif m.i > lo and _is_verb_ing(tokens[m.i - 1], out):
            m.demoted = True  # "the coalition fighting Houthi rebels": the object of a participle
    return out


# Agent words that are also common surnames: "American Kevin King" is no king, "Jane Bishop" no bishop.
_SURNAME_AGENTS = frozenset({"king", "bishop", "judge", "major", "general", "sheriff", "dean", "prince"})


def _after_given_name(kb: "ActorKB", tokens: Sequence[Token], k: int, lo: int, hi: int) -> bool:
    """Whether capitalised token ``k`` directly follows an unknown capitalised word, as a surname does."""
    if k <= lo:
        return False
    prev, cur = tokens[k - 1], tokens[k]
    if not cur.text[:1].isupper() or cur.text.isupper() or cur.start - prev.end != 1:
        return False
    if not prev.text[:1].isupper() or prev.text.isupper() or not prev.text.isalpha():
        return False
    if prev.key in _HONORIFICS or prev.key in _NOT_NAME_PARTS or prev.key in _PARTICLES or prev.key in _FUNCTION_WORDS:
        return False
    if prev.key in kb.names or prev.key in kb.agents or prev.key in kb.stop:
        return False
    if k - 1 > lo and tokens[k - 2].key in _HONORIFICS and tokens[k - 2].text[:1].isupper():
        return True  # "Sir Ian Blair", "Dr Liam Fox": after an honorific, a first name, headline or not
    return not _title_case_context(tokens, k, k + 1, lo, hi)


def _surname_agent(kb: "ActorKB", tokens: Sequence[Token], m: "Match", lo: int, hi: int) -> bool:
    """An agent word written as a surname, right after an unknown capitalised given name ("American
    Kevin King" is no king); a later bare "King" is linked to that person by the coder."""
    if m.kind != "agent" or m.j - m.i != 1 or tokens[m.i].key not in _SURNAME_AGENTS:
        return False
    return _after_given_name(kb, tokens, m.i, lo, hi)


# Capitalised words after a person's name that make the name an institution's ("the Nelson Mandela
# Foundation", "the Carter Center", "Olof Palme Prize"): the institution, not the person, is meant.
_INSTITUTION_WORDS = frozenset(
    "foundation foundations institute institution centre center university college school academy library "
    "museum prize award trust fund memorial hospital airport stadium street avenue square bridge society "
    "brigade brigades lecture scholarship".split()
)


def _named_after(tokens: Sequence[Token], m: "Match", hi: int) -> bool:
    """A person's name written right before an institution word names the institution."""
    if m.kind != "name" or m.j >= hi or not m.entries or not all(e.kind == "person" for e in m.entries):
        return False
    nxt = tokens[m.j]
    return nxt.key in _INSTITUTION_WORDS and nxt.text[:1].isupper() and nxt.start - tokens[m.j - 1].end <= 1


_ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
# Capitalised body words that end an organisation's name ("the National Resistance Council").
_NAME_ENDING_BODIES = frozenset(
    "council committee movement front party army union assembly congress alliance league organisation "
    "organization association federation government".split()
)


def _truncated_org(tokens: Sequence[Token], m: "Match", hi: int) -> bool:
    """An armed group's shortened name (several words of its full name, "National Resistance" for the "Armed
    Forces of National Resistance") written right before a capitalised body word its own name lacks is the
    start of another body's longer name: "the National Resistance Council" (Uganda's parliament) is not El
    Salvador's rebels. Such short names are everyday political words. A group's full name ("Shining Path",
    "Islamic Jihad", filed under Hezbollah) keeps its match before a body word, and so do one-word names,
    acronyms ("the PLO Executive Committee") and states' and other bodies' names ("the U.S. House")."""
    if m.kind != "name" or m.j - m.i < 2 or m.j >= hi or not m.entries or not all(
            e.kind == "org" and any(r.sector in _ARMED_GROUP_SECTORS or r.code == "IMG" for r in e.roles)
            for e in m.entries):
        return False
    nxt = tokens[m.j]
    if nxt.key not in _NAME_ENDING_BODIES or not nxt.text[:1].isupper() or nxt.text.isupper() \
            or nxt.start - tokens[m.j - 1].end > 1:
        return False
    if not all(norm_key(e.canonical) != m.key and f" {m.key} " in f" {norm_key(e.canonical)} " for e in m.entries):
        return False  # a full name, or a name that is no part of the full one
    own = {w for e in m.entries for k in list(e.keys) + [norm_key(e.canonical)] for w in k.split(" ")}
    return nxt.key not in own


def _company_surname(kb: "ActorKB", tokens: Sequence[Token], m: "Match", lo: int, hi: int) -> bool:
    """A one-word company name ("Honda", "Ford") right after an unknown capitalised given name is that
    person's surname: "Trade official Kenji Honda" is no carmaker."""
    if m.kind != "name" or m.j - m.i != 1 or not m.entries:
        return False
    if not all(e.kind == "org" and any(r.code == "MNC" for r in e.roles) for e in m.entries):
        return False
    return _after_given_name(kb, tokens, m.i, lo, hi)


# Capitalised words that qualify a place rather than give a person's first name ("North Waziristan",
# "Greater Manchester", "Occupied Jerusalem").
_PLACE_QUALIFIERS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest "
    "northeastern northwestern southeastern southwestern greater upper lower inner outer old new downtown "
    "occupied rural suburban coastal metropolitan mid middle far near little great".split()
)


# Courtesy titles that only ever stand before a person's name (audit 9b: "Mr Houston" is a man, not Texas).
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "madam", "madame"})


def _place_surname(kb: "ActorKB", tokens: Sequence[Token], m: "Match", lo: int, hi: int) -> bool:
    """A one-word town or region name right after an unknown capitalised given name is a surname:
    "Gavin Murray", "the law firm Baird Murray" name no place (and no country). So is one written
    right after a courtesy title: "Mr Houston", "Mrs Lincoln"."""
    if m.kind != "name" or m.j - m.i != 1 or not m.entries:
        return False
    if not all(e.kind in ("place", "seat") for e in m.entries):
        return False
    if m.i > lo and tokens[m.i - 1].key in _COURTESY_TITLES and tokens[m.i - 1].text[:1].isupper():
        return True
    if m.i > lo and tokens[m.i - 1].key in _PLACE_QUALIFIERS:
        return False
    return _after_given_name(kb, tokens, m.i, lo, hi)


# Words after a country name or demonym that make it part of a sea's or land mass's name: "the Indian
# Ocean", "the Persian Gulf", "the South China Sea", "the English Channel", "the Korean peninsula" name
# waters and regions, not the state (audit 8b).
_GEO_FEATURES = frozenset("ocean sea gulf channel strait straits peninsula subcontinent basin".split())


def _shadow_title(tokens: Sequence[Token], m: "Match", lo: int) -> bool:
    """A government title after "shadow" and at most two portfolio words ("the shadow foreign secretary",
    "the shadow health minister") is the opposition's."""
    if m.agent is None or m.agent[0] not in ("GOV", "MIL"):
        return False
    for k in range(m.i - 1, max(lo, m.i - 3) - 1, -1):
        if tokens[k].key == "shadow":
            return True
        if not tokens[k].text.isalpha():
            return False
    return False


# Nouns that make "Labour"/"Labor" the economy's labour, not the party, even written with a capital
# (a sentence's first word, a headline, a holiday): "Labor costs rose", "Labour shortages", "Labor Day".
_LABOUR_NOUNS = frozenset(
    "cost costs market markets force forces shortage shortages shortfall productivity day relations law laws "
    "unrest practices camp camps rights supply standards intensive contract contracts dispute disputes "
    "agreement agreements movement".split()
)


def _labour_as_work(tokens: Sequence[Token], m: "Match", hi: int) -> bool:
    """A one-word "Labour"/"Labor" before a labour-economy noun is work, not the party."""
    if m.kind != "name" or m.j - m.i != 1 or m.j >= hi or tokens[m.i].key not in ("labour", "labor"):
        return False
    nxt = tokens[m.j]
    return nxt.key in _LABOUR_NOUNS and nxt.start - tokens[m.i].end <= 1


# States whose own Labor party the bare word "Labor" (so spelt) names: Australia's, and Israel's as
# wire copy spells it. Elsewhere ("Labor executives for GM and Ford", "Labor said" in a US story) the
# capital comes from a sentence's start or a title.
LABOR_STATES = frozenset({"AUS", "ISR"})


def bare_labor_elsewhere(tokens: Sequence[Token], m: "Match", story_country: str | None, written: str | None) -> bool:
    """A one-word "Labor" in a text not about a state whose party it names, with no country written before it."""
    return m.kind == "name" and m.j - m.i == 1 and m.key == "labor" and bool(m.entries) \
        and all(e.kind == "party" for e in m.entries) and story_country not in LABOR_STATES and written is None


def _labor_country(kb: "ActorKB", matches: Sequence["Match"], m: "Match") -> str | None:
    """The state of a country or demonym written right before ``m`` ("the Israeli Labor party")."""
    geo = next((g for g in matches if g.kind == "name" and g.j == m.i and g.entries
                and g.entries[0].kind in ("country", "norp")), None)
    return geo.entries[0].roles[0].code if geo is not None else None


def _geo_feature(tokens: Sequence[Token], m: "Match", hi: int) -> bool:
    """A country name or demonym that opens the proper name of a sea, strait or peninsula."""
    if m.kind != "name" or m.j >= hi or not m.entries or not all(e.kind in ("country", "norp") for e in m.entries):
        return False
    nxt = tokens[m.j]
    if nxt.key not in _GEO_FEATURES:
        return False
    # "the Korean peninsula", "the Indian subcontinent" are written in lower case too; a capital is needed
    # for the others ("Iranian gulf ports" keeps Iran).
    return nxt.text[:1].isupper() or nxt.key in ("peninsula", "subcontinent")


def _european_named_body(tokens: Sequence[Token], m: "Match", hi: int) -> bool:
    """act44: "European" (EUR) opening a name the tables lack ("the European Monetary System", "the European Free
    Trade Association", "the European Space Agency") names that body or thing, not the European Union's side; the
    Union's own bodies ("the European Commission", "the European Parliament") are entries of their own and win
    the greedy match before this test is asked. A capitalised word right after it, even an agent word ("the
    European Court of Human Rights", a Council of Europe court), is the rest of such a name. Nor is "pan-European"
    (a firm across Europe) the Union's, nor are "European countries" (the states of a region, left to the coder's
    rules for groups of states)."""
    if m.kind != "name" or not m.entries or not all(e.kind == "norp" and any(r.code == "EUR" for r in e.roles)
                                                    for e in m.entries):
        return False
    if m.i > 0 and tokens[m.i - 1].key == "pan" and tokens[m.i].start - tokens[m.i - 1].end <= 1:
        return True  # "the pan-European bourse": a firm or body across Europe, not the Union's side
    k = m.j
    if k < hi and tokens[k].key in _STATES_AS_A_REGION:
        return True  # "other European countries": the states of a region, which the coder's group rules weigh
    return k < hi and tokens[k].text[:1].isupper() and tokens[k].start - tokens[k - 1].end <= 1


# Nouns for the states themselves: "European countries" are the states of a region, not the European Union, and
# "a tour of European capitals" goes to several of those states.
_STATES_AS_A_REGION = frozenset({"country", "countries", "nation", "nations", "state", "states", "capital", "capitals"})


def _new_namesake(tokens: Sequence[Token], m: "Match", lo: int) -> bool:
    """A country's name after a capitalised "New" names the land settlers named after it ("New England",
    "New Guinea", "New Britain"), not the country; the tables know such places they code as wholes ("New South
    Wales", "New Mexico"), and these win the greedy match before this test is asked."""
    if m.kind != "name" or m.i <= lo or not m.entries or not all(e.kind == "country" for e in m.entries):
        return False
    prev = tokens[m.i - 1]
    return prev.text == "New" and tokens[m.i].start - prev.end == 1


# The last word of a firm's name ("Manufacturers Hanover Trust Co", "United Coconut Planters Bank").
FIRM_NAME_ENDINGS = frozenset({"co", "corp", "corporation", "inc", "ltd", "plc", "holdings", "ag", "nv", "sa", "spa",
                               "bank", "banking", "trust", "bancorp", "company", "industries", "airlines", "airways"})


def _town_named_firm(tokens: Sequence[Token], m: "Match", hi: int) -> bool:
    """pty29: a town's name that opens a firm's name ("the Hanover Merchant Trust Co", "Lisbon Commercial Bank Corp")
    names the firm, not the town's country: the capitalised words right after it, two or three, end in a firm's
    word.
    (A country's or a people's name, "German Trust Co", keeps its code; so does a lower-case "a Lisbon bank".)"""
    if m.kind != "name" or not m.entries or not all(e.kind in ("place", "seat") for e in m.entries) or \
            m.key.startswith("the "):
        return False
    k = m.j
    while k < min(hi, m.j + 3) and tokens[k].text[:1].isupper() and tokens[k].key != "and" and \
            tokens[k].start - tokens[k - 1].end <= 1:  # a comma between them ends the name
        k += 1
    # the name ends in the firm's word: "Sao Paulo State Industries Federation" is no firm
    return k > m.j + 1 and tokens[k - 1].key.rstrip(".") in FIRM_NAME_ENDINGS and \
        not (k < hi and tokens[k].text[:1].isupper())


# Nouns naming the other side of a relation: "Brazil's creditors" are the banks Brazil owes, "Iran's
# allies" and "Japan's trading partners" are other states. A country written as their possessor (or after
# "of") does not give them its code (audit 8b).
RELATION_NOUNS = frozenset(
    "creditor creditors lender lenders ally allies enemy enemies foe foes adversary adversaries "
    "neighbour neighbours neighbor neighbors partner partners donor donors".split()
)


def _relation_possessor(tokens: Sequence[Token], primary: "Match", head_key: str | None) -> bool:
    """The named country is the possessor of a relation noun that heads the phrase."""
    if not primary.entries or primary.entries[0].kind not in ("country", "norp", "seat"):
        return False
    if primary.j < len(tokens) and tokens[primary.j].key == "'s":
        rel = [k for k in range(primary.j + 1, len(tokens)) if tokens[k].key in RELATION_NOUNS]
        # the relation noun ends the phrase, or is the head, or qualifies its last word: "Brazil's bank
        # creditors", "Brazil's creditor banks"
        return bool(rel) and (rel[-1] >= len(tokens) - 2 or (head_key is not None and tokens[rel[-1]].key == head_key))
    return (primary.i >= 2 and tokens[primary.i - 1].key == "of" and tokens[primary.i - 2].key in RELATION_NOUNS
            and primary.i - 2 == min(k for k, t in enumerate(tokens) if t.key in RELATION_NOUNS))


def addressed_as_woman(tokens: Sequence[Token], m: "Match", entry: Entry) -> bool:
    """Whether a man in the tables is written with a woman's honorific: "Mrs Blair" (not Tony Blair)."""
    if entry.kind != "person" or not entry.canonical.strip():
        return False
    k = m.i  # the honorific may be inside the match ("mrs blair") or right before it
    while k < m.j - 1 and tokens[k].key in _HONORIFICS:
        k += 1
    if k == 0:
        return False
    return tokens[k - 1].key in _FEMALE_HONORIFICS and entry.canonical.split()[0].lower() in _MALE_GIVEN_NAMES


def _as_family(res: Resolution) -> None:
    res.explanation += "; written with a woman's honorific: a family member, ELI"
    res.secondary_sector, res.office = None, None
    res.sector = "ELI"


def _title_case_context(tokens: Sequence[Token], i: int, j: int, lo: int, hi: int) -> bool:
    """Whether the words around tokens[i:j] are nearly all capitalised (a headline in title case)."""
    words = [t.text for t in tokens[max(lo, i - 5):min(hi, j + 6)] if t.text[:1].isalpha() and len(t.text) > 1]
    if len(words) < 5:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# Words that make a "seat" row an office rather than a place ("Chancellor of the Exchequer"): a name
# written after such a title is its holder, not the rest of a longer place name.
_OFFICE_SEAT_WORDS = frozenset({"chancellor", "secretary", "minister"})


def _country_with_article(kb: ActorKB, m: Match) -> bool:
    """"the US", "the UK": a country's short name with its article, which the tables file as a place. Before
    a capitalised word it opens one of that state's bodies ("the US Customs Service", "the UK Border
    Agency"), not a longer proper name as a town's name does ("Washington Post")."""
    if not m.key.startswith("the "):
        return False
    bare = kb.names.get(m.key[4:], ())
    return bool(bare) and all(kb.entries[x].kind == "country" for x in bare)


def _drop_embedded(kb: ActorKB, tokens: Sequence[Token], out: list[Match], lo: int, hi: int) -> list[Match]:
    """A place name directly followed by an unknown capitalised word is part of a longer proper name:
    "Alexandria Ocasio-Cortez", "Ben Murray-Bruce", "Chad Wolf", "Washington Post" are not Egypt,
    Australia, Chad or the US government. An office filed as a seat ("Chancellor of the Exchequer
    Jim Hale") is no place name, so it stays."""
    if not out:
        return out
    starts = {m.i for m in out}
    keep = []
    for m in out:
        if m.kind == "name" and m.j < hi and m.j not in starts:
            kinds = {e.kind for e in m.entries}
            if _country_with_article(kb, m):
                kinds = {"country"}
            nxt = tokens[m.j]
            gap = nxt.start - tokens[m.j - 1].end
            if ((kinds <= {"place", "seat"} or (kinds <= {"country", "place", "seat"} and m.key in GIVEN_NAME_COUNTRIES))
                    and nxt.text[:1].isupper() and not (nxt.text.isupper() and len(nxt.text) > 1)
                    and nxt.key not in _NOT_NAME_PARTS and nxt.key not in _FUNCTION_WORDS
                    and nxt.key not in _AUXILIARIES and nxt.key != "'s"
                    and not tokens[m.j - 1].text.endswith(".")
                    and gap <= 1 and not _title_case_context(tokens, m.i, m.j, lo, hi)
                    and not any(tokens[k].key in _OFFICE_SEAT_WORDS for k in range(m.i, m.j))):
                continue
        keep.append(m)
    return keep


# Auxiliaries begin a clause, never go on with a name ("Jordan Will" is no one). Nor does a word after
# a name that ends in an abbreviation's full stop: wire copy capitalises the word after any full stop
# ("the U.S. Had offered", "the U.S. Determines", "the U.S. Sanctions"), so its capital says nothing.
_AUXILIARIES = frozenset("will would shall should can could may might must had has have is are was were "
                         "do does did".split())


_MINISTER_WORDS = frozenset({"minister", "ministers", "ministry", "ministries"})


# Words naming a body made of its members: "the Council of Mortgage Lenders" is lenders (BUS), "the Royal
# College of Physicians" physicians (MED), not a government council or a school. ("union" stays labour.)
_MEMBER_BODIES = frozenset({"council", "association", "college", "federation", "confederation", "league",
                            "society", "institute", "chamber", "guild"})


def _drop_title_prefixes(tokens: Sequence[Token], out: list[Match]) -> list[Match]:
    """"Deputy Finance Minister": the prefix agent ("deputy", COP on its own) yields to the title after it,
    and so does "Deputy" before a titled body ("Deputy U.S. Trade Representative Michael Smith"). A body word
    followed by "of" and its members' agent noun yields to the members ("the Council of Mortgage Lenders")."""
    drop = set()
    for k, m in enumerate(out[:-1]):
        nxt = out[k + 1]
        if (m.kind == "agent" and nxt.kind == "name" and nxt.i == m.j and m.key in TITLE_PREFIXES
                and nxt.entries[0].kind in ("org", "igo")):
            drop.add(k)
            continue
        if (m.kind == "agent" and nxt.kind == "agent" and m.key in _MEMBER_BODIES and m.j < len(tokens)
                and tokens[m.j].key == "of" and nxt.agent[0] not in ("UNK", None) and nxt.i - m.j <= 3
                and all(t.text[:1].isupper() for t in tokens[m.j + 1:nxt.i])):
            drop.add(k)
            continue
        if m.kind == "agent" and nxt.kind == "agent" and nxt.i == m.j and nxt.key in _MINISTER_WORDS:
            drop.add(k)  # "Armed Forces Minister", "Police Minister": a portfolio; a minister governs (GOV)
            continue
        if (m.kind == "agent" and nxt.kind == "agent" and m.key.split(" ")[-1] in TITLE_PREFIXES
                and nxt.i - m.j <= 3 and all(t.key in PORTFOLIO or t.key in TITLE_PREFIXES for t in tokens[m.j:nxt.i])):
            drop.add(k)
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


# Party roles that, held by the party in power, are its government's head: "Labour leader Tony Blair" as prime minister.
_LEADING_PARTY_ROLES = frozenset({"leader", "leaders", "leadership"})


def _undated_party_officer(entry: Entry, sector: str | None, date: str | None, role_words: Sequence[str]) -> bool:
    """Whether a person written after a party office below its leader ("Tory co-chairman Liam Fox", "Lib Dem
    spokesman Vince Cable") in a story with no date holds that party office rather than the government post that
    is the latest role the tables record (Fox's and Cable's cabinet posts of 2010, years after the BBC's 2005
    stories): with no date, the office written beside the name is the better witness. Not for a party's leader,
    who heads the government when the party is in power ("Labour leader Tony Blair"), nor for a person the tables
    record with a party or opposition role (the title picks that one)."""
    return not date and entry.kind == "person" and sector == "GOV" \
        and not any(r.sector in ("PTY", "OPP") for r in entry.roles) \
        and any(w in PARTY_ROLES for w in role_words) and not any(w in _LEADING_PARTY_ROLES for w in role_words)


def _role_of_title(entry: Entry, sector: str | None):
    """The latest of a person's recorded roles in the sector a written title gives; None if none is."""
    fits = [r for r in entry.roles if sector and r.sector == sector]
    return max(fits, key=lambda r: (r.end is None, r.start or "", r.end or "")) if fits else None


def _is_verb_ing(tok: Token, matches: list[Match]) -> bool:
    k = tok.key
    return (len(k) > 5 and k.endswith("ing") and tok.text.islower()
            and k not in ("during", "including", "regarding", "concerning", "following", "ruling", "governing"))


_DEPENDENT_PREPS = frozenset({"of", "for", "under", "from", "by", "against", "with", "to"})
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children"}


def _is_head(key: str, head: str) -> bool:
    """Whether token ``key`` is the head word the caller named, which may be its lemma ("forces"/"force")."""
    return key == head or key in (head + "s", head + "es") or _IRREGULAR_PLURALS.get(head) == key \
        or (head.endswith("y") and key == head[:-1] + "ies")


# Titles of a British peer ("Lady" is also a courtesy title of a wife, so it is not one).
_PEER_TITLES = frozenset({"lord", "baroness", "viscount", "earl", "baron", "marquess"})

# Kinds whose names several countries share ("the Conservatives", "the House of Commons", "the
# Democratic Party"): the knowledge base lists the best-known one first and its namesakes after it.
NAMESAKE_KINDS = frozenset({"party", "org"})


def _pick_entry(entries: list[Entry], context_country: str | None, date: str | None = None,
                story_country: str | None = None) -> Entry:
    if date and len(entries) > 1 and all(e.kind == "person" for e in entries):
        # "Bush" in 2001 is the sitting president, not his father: a role valid on the day wins.
        d = date[:10]
        current = [e for e in entries if any((not r.start or r.start <= d) and (not r.end or d < r.end)
                                             for r in e.roles if r.start or r.end)]
        if current:
            entries = current
    if context_country:
        for e in entries:
            if any(r.code == context_country for r in e.roles):
                return e
    if story_country and len(entries) > 1 and all(e.kind in NAMESAKE_KINDS for e in entries):
        # "the Conservatives" in a story about Canada are Canada's party, not Britain's.
        for e in entries:
            if any(r.code == story_country for r in e.roles):
                return e
    return entries[0]


# Party families: conservatives, labour, liberals, socialists, greens, communists and centre parties
# stand in elections in many states, so a story clearly about one state whose own party of that family
# the tables lack still means that state's party ("the Conservatives" in a story about Finland are
# Finland's), not the best-known namesake abroad. Proper names of one state's party system ("the
# Democrats", "the Republicans") are not families and keep their entries.
_PARTY_FAMILIES = frozenset({"conservative", "conservatives", "labour", "labor", "liberal", "liberals",
                             "socialist", "socialists", "communist", "communists", "green", "greens",
                             "centre", "center"})


def own_party_family(entries: Sequence[Entry], key: str, story_country: str | None,
                     named: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a party name several states share is, in a text about ``story_country``, that state's own
    party of the family although the tables list none for it (see ``_PARTY_FAMILIES``). ``named`` holds the
    states the text names by country, demonym or person: a text that names the best-known namesake's state
    ("The Tories accused Tony Blair ... Iraq ...") keeps that state's party. Only the text scan, which has
    the whole text, applies this; ``resolve_phrase`` keeps the best-known namesake."""
    if not story_country or story_country in NONSTATE_CODES or len(entries) < 2:
        return False
    if not all(e.kind == "party" for e in entries) or not any(w in _PARTY_FAMILIES for w in key.split(" ")):
        return False
    if any(r.code in named for r in entries[0].roles):
        return False
    return not any(r.code == story_country for e in entries for r in e.roles)


def _phrase_country(kb: ActorKB, names: Sequence[Match], primary: Match, context_country: str | None) -> str | None:
    """"Canada's opposition Conservatives", "South Korea's ruling Democratic Party": a country or demonym
    written before a name that several countries' parties or bodies share says whose it is."""
    if len(primary.entries) < 2 or not all(e.kind in NAMESAKE_KINDS for e in primary.entries):
        return None
    geo = next((m for m in reversed(names) if m.j <= primary.i and not m.demoted
                and m.entries[0].kind in ("country", "norp")), None)
    if geo is None:
        return None
    code = kb.resolution(_pick_entry(geo.entries, context_country), geo.key, None).code
    return code if code and code not in NONSTATE_CODES else None


def story_country_of(kb: ActorKB, matches: Sequence[Match], date: str | None) -> str | None:
    """The state a text is clearly about, from its unambiguous names (countries, demonyms, seats of
    government, people, bodies): most mentions, at least two, and half as many again as any other.
    Names that several countries' entries share ("the Conservatives") are what it decides, so they
    do not count."""
    counts: dict[str, int] = {}
    for m in matches:
        if m.kind != "name" or not m.entries:
            continue
        if len({r.code for e in m.entries for r in e.roles}) > 1 and any(e.kind in NAMESAKE_KINDS for e in m.entries):
            continue
        role, _ = _pick_entry(m.entries, None, date if m.j - m.i == 1 else None).role_at(date)
        code = role.code
        if code and len(code) == 3 and code not in NONSTATE_CODES:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=counts.get)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    return best if ranked[0] >= 2 and ranked[0] >= 1.5 * runner_up else None


def _name_rank(m: Match) -> int:
    # Specific entries (people, organisations) beat the country or demonym beside them:
    # "US President Joe Biden" is Biden's role; "U.S. Deputy Secretary ..." stays USA.
    if not m.entries:
        return 2
    kind = m.entries[0].kind
    return 0 if kind == "person" else (2 if kind in GEO_KINDS else 1)


def _office_text(tokens: Sequence[Token], m: Match, kb: ActorKB, phrase: str) -> str | None:
    words = m.key.split(" ")
    if not any(w in kb.office_words for w in words):
        return None
    i = m.i
    while i > 0 and (tokens[i - 1].key in OFFICE_MODIFIERS or tokens[i - 1].key in TITLE_PREFIXES
                     or tokens[i - 1].key in PORTFOLIO):
        i -= 1
    return phrase[tokens[i].start:tokens[m.j - 1].end]


# Lower-case particles inside people's names ("Eduardo de Los Angeles", "Pieter van Breda").
_NAME_PARTICLES = frozenset({"de", "del", "della", "da", "do", "dos", "das", "di", "du", "van", "von", "der", "la"})
# The last words of a company's name ("Anglo American Platinum Corp", "General American Oil Co").
_COMPANY_ENDINGS = frozenset({"co", "corp", "corporation", "inc", "ltd", "plc", "group", "holdings", "ag", "nv"})


def _inside_name(text: str, tokens: Sequence, m: Match, covered: set[int], titles: set[int]) -> bool:
    """Whether a place or people's name is only a word inside someone's or some firm's own name: after a
    given name and a particle, itself after a title ("Senator Eduardo de Los Angeles", "Mr Juan de Chile"), or
    a people's adjective after another capitalised word of a company's name that goes on to "Co", "Corp",
    "Ltd" and the like ("Anglo American Gold Investment Co"). Such a word says nothing of anyone's country."""
    if m.kind != "name" or not m.entries or m.entries[0].kind not in GEO_KINDS or m.i == 0:
        return False

    def joined(a: int, b: int) -> bool:
        return not text[tokens[a].end:tokens[b].start].strip()

    def name_word(k: int) -> bool:
        w = tokens[k].text
        return w[:1].isupper() and w.isalpha() and k not in covered and w.lower() not in ("the", "a", "an")

    k = m.i - 1
    p = k
    while p >= 0 and tokens[p].text in _NAME_PARTICLES and joined(p, p + 1):
        p -= 1
    if p < k and p >= 1 and joined(p, p + 1) and name_word(p) and joined(p - 1, p) and \
            (p - 1 in titles or tokens[p - 1].key in _HONORIFICS):
        return True  # (not "Banco Central de Chile": no title before it)
    if m.entries[0].kind != "norp" or not (joined(k, m.i) and name_word(k)):
        return False
    for q in range(m.j, min(m.j + 4, len(tokens))):
        if not (joined(q - 1, q) and tokens[q].text[:1].isupper()):
            return False
        if tokens[q].key in _COMPANY_ENDINGS:
            return True
    return False


# Titles of a reigning monarch written before the name ("King Hassan", "Emir Jaber").
_MONARCH_TITLES = frozenset({"king", "queen", "emir", "amir", "sultan", "shah", "emperor"})
_REGNAL_NUMBERS = ("ii", "i", "iii", "iv", "v", "vi")


def _crowned(tokens: Sequence[Token], primary: Match) -> bool:
    """Whether a monarch's title stands right before the name."""
    return primary.i > 0 and tokens[primary.i - 1].key in _MONARCH_TITLES


def _reigns(entry: Entry, date: str | None) -> bool:
    """Whether the tables give the person a governing role on ``date`` (any, when there is no date)."""
    return entry.role_at(date)[0].sector == "GOV" if date else any(r.sector == "GOV" for r in entry.roles)


def _as_monarch(kb: ActorKB, entry: Entry, res: Resolution, key: str, matched: str,
                date: str | None) -> tuple[Entry, Resolution]:
    """"King Hassan" in 1987: the tables' "Hassan" is Jordan's crown prince (never a king); the king is
    filed with his regnal number ("Hassan II", Morocco). A monarch's title before a name whose holder
    does not govern on the day means the reigning namesake when the tables list one; a name whose holder
    never governed anywhere is someone else's, so its country is no witness. A deposed king keeps his
    own entry (he did govern)."""
    if _reigns(entry, date):
        return entry, res
    for number in _REGNAL_NUMBERS:
        reigning = [e for e in kb.candidates(f"{key} {number}") if e.kind == "person" and _reigns(e, date)]
        if reigning:
            new = kb.resolution(reigning[0], matched, date)
            new.explanation += f"; a monarch's title before {matched!r}: the reigning {reigning[0].canonical!r}"
            return reigning[0], new
    if not any(r.sector == "GOV" for r in entry.roles):
        res.code = None
        res.explanation += f"; a monarch's title before {matched!r}, whom the tables never give a governing role: " \
                           "someone else of that name, no country"
    return entry, res


# Titles that head any body, whose sector is then the body's: "the president of the chamber of commerce".
_BODY_HEAD_TITLES = frozenset({"president", "vice president", "leader", "secretary general", "spokesman", "spokeswoman",
                               "spokesperson", "boss"})
# The sectors of bodies that are neither a state's nor armed: business, labour, farmers, professions, press.
_CIVIL_BODY_SECTORS = frozenset({"BUS", "LAB", "AGR", "MED", "EDU", "JRN"})


def _body_of_title(tokens: Sequence[Token], agent: Match, agents: Sequence[Match], names: Sequence[Match]) -> Match | None:
    """The agent noun of the body a bare head title leads ("president of the Teamsters union", "spokesman for the
    growers", "the company's president"): the first agent after "of"/"for", or the owner before "'s", when its
    sector is a civil body's; None when the body is a named organisation (its own entry decides), a state's, or
    no body is named."""
    if agent.key not in _BODY_HEAD_TITLES:
        return None
    if agent.j < len(tokens) and tokens[agent.j].key in ("of", "for"):
        body = next((m for m in agents if m.i > agent.j), None)
    else:  # "the company's president", "the union's leader"
        body = next((m for m in agents if m.j + 1 == agent.i and tokens[m.j].key == "'s"), None)
    if body is None or body.agent[0] not in _CIVIL_BODY_SECTORS:
        return None
    if any(n.i > agent.j and n.entries[0].kind not in GEO_KINDS for n in names):
        return None  # "the president of the Confederation of British Industry": the named body's own entry
    return body


# Commercial banks named "Bank of" a state whose central bank is called otherwise (the Central Bank of Ireland,
# of Cyprus, the Reserve Bank of India).
COMMERCIAL_STATE_BANKS = frozenset({"IRL", "CYP", "IND"})
# Words before "Bank of X" that make it another bank than the state's own ("the Commercial Bank of Ethiopia",
# "the National Bank of Greece", "the Industrial Bank of Japan"); "Central"/"Reserve" keep it the state's.
_CENTRAL_BANK_WORDS = frozenset({"central", "reserve", "the", "state"})


def _central_bank(tokens: Sequence[Token], agent: Match, primary: Match) -> bool:
    """Whether ``agent`` is "Bank" directly followed by "of" and a country's own name, with no other capitalised
    word of the bank's name before it (in lower case, with only "the" before it): the state's central bank."""
    if agent.key != "bank" or agent.j - agent.i != 1:
        return False
    if not tokens[agent.i].text[:1].isupper() and not (agent.i > 0 and tokens[agent.i - 1].key == "the"):
        return False  # (wire copy in lower case still writes "the bank of Mexico"; "a bank of Japan" is any bank)
    if primary.i != agent.j + 1 or tokens[agent.j].key != "of" or primary.entries[0].kind != "country":
        return False
    if primary.j < len(tokens) and tokens[primary.j].key in ("and", "&"):
        return False  # "the Bank of Bahrain and Kuwait": a firm named after two states
    if "dependency" in primary.entries[0].source:
        return False  # "the Bank of Bermuda": a territory's bank is no state's central bank
    code = primary.entries[0].roles[0].code if primary.entries[0].roles else None
    if not code or code in COMMERCIAL_STATE_BANKS or code in NONSTATE_CODES:
        return False
    k = agent.i - 1
    if not tokens[agent.i].text[:1].isupper():
        return tokens[k].key == "the"
    return k < 0 or tokens[k].key in _CENTRAL_BANK_WORDS or not tokens[k].text[:1].isupper()


def resolve_tokens(kb: ActorKB, phrase: str, tokens: Sequence[Token], *, date: str | None,
                   head: str | None, context_country: str | None,
                   matches: list[Match] | None = None, story_country: str | None = None) -> Resolution | None:
    if matches is None:
        matches = scan(kb, tokens)
    covered = {k for m in matches for k in range(m.i, m.j)}
    titles = {k for m in matches if m.kind == "agent" for k in range(m.i, m.j)}
    matches = [m for m in matches if not _inside_name(phrase, tokens, m, covered, titles)
               and not bare_labor_elsewhere(tokens, m, story_country or context_country, _labor_country(kb, matches, m))
               and not _adjective_general(tokens, m)]
    region = _regional_description(tokens)
    if region is not None and not any(m.kind == "name" and (m.j <= region[0] or m.i >= region[1]) for m in matches):
        # "the central African country", "the South American nation": a country described by its region
        # is the one the story is about, not a state whose name holds the region's words (the Central
        # African Republic, the United States); an agent after it is that state's ("the west African
        # nation's army").
        lo, hi = region
        matches = [m for m in matches if m.j <= lo or m.i >= hi]
        if not matches:
            return _regional_resolution(phrase, tokens, story_country or context_country, lo, hi)
        context_country = story_country or context_country
    names = [m for m in matches if m.kind == "name"]
    if not names and (committee := _chamber_committee(tokens, head, story_country)) is not None:
        return committee
    epithet = _epithet(tokens, story_country) if not names else None
    if not matches and epithet is None:
        return _titled_justice(phrase, tokens, head, context_country or story_country)
    head_key = head.lower() if head else None
    agents = [m for m in matches if m.kind == "agent"]
    notes: list[str] = []
    if epithet is not None:
        code, lo, hi = epithet
        if head_key is None or any(_is_head(tokens[k].key, head_key) for k in range(lo, hi)) or \
                not any(m.i >= hi or m.j <= lo for m in agents):
            return _epithet_resolution(phrase, tokens, code, lo, hi)
        # "the Jewish state's army": the epithet gives the country of the agent after it.
        context_country = code
        matches = [m for m in matches if m.i >= hi or m.j <= lo]
        agents = [m for m in agents if m.i >= hi or m.j <= lo]

    primary: Match | None = None
    if head_key:
        primary = next((m for m in names if any(_is_head(tokens[k].key, head_key) for k in range(m.i, m.j))), None)
    if primary is None:
        active = [m for m in names if not m.demoted]
        if active:
            primary = min(active, key=lambda m: (_name_rank(m), m.i))
        elif names:
            primary = names[0]
            notes.append(f"only an affiliation/object name found: {phrase[tokens[primary.i].start:tokens[primary.j - 1].end]!r}")

    # "the Bank of Zambia", "Bank of Korea": a state's bank named "Bank of" the state is its central bank, which
    # PLOVER's agents (CENTRAL_BANK, RESERVE_BANK [~GOVBUS]) file as government with a business secondary, like
    # "the Zambian central bank"; not a private firm.
    agents = [Match("agent", m.i, m.j, m.key, agent=("GOV", "BUS", "rule:central-bank"))
              if any(_central_bank(tokens, m, n) for n in names) else m for m in agents]
    agent: Match | None = None
    if head_key:
        agent = next((m for m in agents if any(_is_head(tokens[k].key, head_key) for k in range(m.i, m.j))), None)
    if agent is None and primary is not None and not agents and primary.entries[0].kind in ("country", "norp") \
            and any(t.key in ("counterpart", "counterparts") for t in tokens[primary.j:primary.j + 3]):
        # "his Spanish counterpart": the opposite number of an official is the other state's official.
        # (Not an agent noun on its own: a bare "his counterparts" is not the speaker's side.)
        k = next(k for k in range(primary.j, primary.j + 3) if tokens[k].key in ("counterpart", "counterparts"))
        agent = Match("agent", k, k + 1, tokens[k].key, agent=("GOV", None, "rule:counterpart"))
    if agent is None and primary is not None and primary.entries[0].kind == "party" \
            and any(t.key in ("peer", "peers") for t in tokens[primary.j:primary.j + 2]):
        # "a Labour peer": a member of the House of Lords, a legislator of the party (LEG, PTY secondary).
        k = next(k for k in range(primary.j, primary.j + 2) if tokens[k].key in ("peer", "peers"))
        agent = Match("agent", k, k + 1, tokens[k].key, agent=("LEG", None, "rule:peer"))
    if agent is None and agents:
        if primary is not None:
            after = [m for m in agents if m.i >= primary.j]
            before = [m for m in agents if m.j <= primary.i]
            agent = after[0] if after else (before[-1] if before else None)
        else:
            agent = agents[0]
    if agent is not None and (body := _body_of_title(tokens, agent, agents, names)) is not None:
        # "the president of the Kenya Chamber of Commerce", "the leader of the mineworkers' union": a title
        # that heads a business, labour or professional body is that body's (PLOVER BUS, LAB, ...), not a
        # government's, whatever sector the bare title ("president", "leader") has in the agents table.
        agent = Match("agent", agent.i, agent.j, agent.key, agent=(body.agent[0], None, "rule:title-of-body"))
    # A bare "group"/"organization" says nothing when something better is present.
    if agent is not None and agent.agent[0] == "UNK" and (primary is not None or len(agents) > 1):
        better = [m for m in agents if m.agent[0] != "UNK"]
        agent = better[0] if better else (None if primary is not None else agent)

    former = any(t.key in FORMER for t in tokens)
    if former and head_key and agent is not None and any(_is_head(tokens[k].key, head_key) for k in range(agent.i, agent.j)):
        # "victims of a former dictator": a "former" inside a phrase hanging on the head describes that
        # phrase's noun, not the head ("the former head of the army" keeps it).
        former = any(t.key in FORMER and not any(tokens[x].key in _DEPENDENT_PREPS for x in range(agent.j, k))
                     for k, t in enumerate(tokens))
    office = _office_text(tokens, agent, kb, phrase) if agent is not None else None
    if office is None and primary is not None and primary.entries[0].kind == "person":
        # The dictionaries list "President Joe Biden" whole: take the title off the front.
        # ... or in the title-like name right before it ("US President" + "Joe Biden").
        lo = next((m.i for m in names if m.j == primary.i), primary.i)
        for a in range(lo, primary.j - 1):
            for b in range(primary.j - 1, a, -1):
                key = " ".join(t.key for t in tokens[a:b])
                if key in kb.agents:
                    office = _office_text(tokens, Match("agent", a, b, key), kb, phrase)
                    break
            if office:
                break

    if primary is not None:
        written = _phrase_country(kb, names, primary, context_country)
        entry = _pick_entry(primary.entries, context_country, date if primary.j - primary.i == 1 else None,
                            story_country=written or story_country)
        matched = phrase[tokens[primary.i].start:tokens[primary.j - 1].end]
        res = kb.resolution(entry, matched, date)
        if entry.kind in NAMESAKE_KINDS and res.code is None and (written or context_country):
            # "the British National Party", "the Liberals": a party name no one country owns, like the
            # agent noun "party", takes the country written before it, else the caller's (and so does
            # a body no one country owns: "the Treasury", "the Queen").
            res.code = written or context_country
            notes.append(f"a party name no one country owns: country {res.code} "
                         + ("written before it" if written else "from the caller's context"))
        if entry.kind == "person" and _crowned(tokens, primary):
            entry, res = _as_monarch(kb, entry, res, primary.key, matched, date)
        if addressed_as_woman(tokens, primary, entry):
            _as_family(res)
        notes.insert(0, res.explanation)
        entity_has_sector = entry.kind not in GEO_KINDS and res.sector is not None
        if entry.kind in ("org", "party") and res.code and res.code not in NONSTATE_CODES:
            # "China CDC", "Pakistani Taliban": a country written right before an organisation that the
            # tables file under another state names whose branch it is.
            geo = next((m for m in names if m.entries[0].kind in ("country", "norp") and not m.demoted
                        and (m.j == primary.i or (m.j + 1 == primary.i and tokens[m.j].key == "'s"))), None)
            if geo is not None:
                g = kb.resolution(_pick_entry(geo.entries, context_country), geo.key, date)
                if g.code and g.code not in NONSTATE_CODES and g.code != res.code:
                    notes.append(f"{geo.key!r} before it gives the country {g.code} (not {res.code})")
                    res.code = g.code
                    if res.sector in ("GOV", "MIL"):
                        # "the Pakistani Taliban": a branch abroad of a movement that governs at home does
                        # not govern there; it keeps the movement's non-governing sector.
                        other = next((r.sector for r in entry.roles if r.sector not in (None, "GOV", "MIL", "ELI")), None)
                        if other is not None:
                            notes.append(f"not the government of {g.code}: {other}")
                            res.sector, res.secondary_sector = other, None
        if office and "no role covers" in res.explanation and entry.kind != "person":
            # "French Foreign Minister Hubert Vedrine" in 2001: a name the tables file only under a later
            # international post, written with a national title, is that nation's official on the story's date.
            geo = next((m for m in names if m is not primary and m.entries[0].kind in ("country", "norp")
                        and not m.demoted and m.j <= primary.i), None)
            if geo is not None:
                g = kb.resolution(_pick_entry(geo.entries, context_country), geo.key, date)
                if g.code and g.code not in NONSTATE_CODES and g.code != res.code:
                    notes.append(f"no recorded role covers the date; the title's country {g.code} (not {res.code})")
                    res.code = g.code
        party = next((m for m in names if m is not primary and m.entries[0].kind == "party" and not m.demoted), None)
        party_role = agent is not None and agent.key.split(" ")[-1] in PARTY_ROLES
        # A person the tables know only as a former official (or not yet in office) but written with a
        # current title: the title in the text is the better witness ("U.S. Treasury Secretary James Baker").
        idle_person = entry.kind == "person" and res.sector in (None, "ELI") and not former
        if agent is not None:
            a_sector, a_secondary, a_source = agent.agent
            a_text = phrase[tokens[agent.i].start:tokens[agent.j - 1].end]
            # A role inside a party named before it ("Tory leader Michael Howard") is a party office (PTY), not
            # the state office the bare title ("leader", GOV in the agents table) would be: with no date, GOV
            # picked his years as Home Secretary over the opposition leader's role the tables record last.
            title_sector = "PTY" if party is not None and party_role and party.j <= agent.i else a_sector
            if a_sector in NONSTATE_CODES:
                notes.append(f"agent {a_text!r} names an organisation type ({a_sector}); kept {res.code}")
            elif entry.kind == "party":
                if party_role:
                    notes.append(f"{a_text!r} is a role inside the party: PTY")
                else:
                    res.sector, res.secondary_sector = a_sector, "PTY" if a_sector != "PTY" else a_secondary
                    notes.append(f"title {a_text!r} -> {a_sector} (party PTY kept as secondary)")
            elif (party is not None and party_role and entry.kind == "person" and res.sector in (None, "ELI")
                  and not former):
                res.sector, res.secondary_sector = "PTY", None
                notes.append(f"{a_text!r} of the party {party.key!r}: PTY")
            elif (party_role and entry.kind == "person" and res.sector in (None, "ELI") and not former
                  and (body_sector := _sector_of_body_before(kb, tokens, names, agent, date)) is not None):
                # "Solidarity leader Lech Walesa", "Hamas spokesman ...": a role inside a union, movement or
                # firm written before the person is that body's (LAB, REB, ...), not a government's.
                res.sector, res.secondary_sector = body_sector, None
                notes.append(f"{a_text!r} of a body with its own sector: {body_sector}")
            elif (party_role and entry.kind in GEO_KINDS
                  and any(m.agent[0] == "PTY" and m.i >= agent.j for m in agents if m is not agent)):
                res.sector, res.secondary_sector = "PTY", None
                notes.append(f"{a_text!r} of a party named after it: PTY")
            elif res.code == "MNC" and a_sector == "BUS":
                notes.append(f"agent {a_text!r} ignored: PLOVER's BUS excludes multinationals (MNC)")
            elif a_sector == "GOV" and _business_body_title(tokens, agent):
                # "Director General of the British Chambers of Commerce", "chief executive of the London
                # Stock Exchange": the head of an employers' or traders' body is business, not a government.
                res.sector, res.secondary_sector = "BUS", None
                notes.append(f"title {a_text!r} of a business body: BUS, not GOV")
            elif entry.kind in GEO_KINDS and head_key in _MARKET_HEADS and res.sector == "GOV" \
                    and not any(_is_head(tokens[k].key, head_key) for k in range(agent.i, agent.j)):
                res.sector, res.secondary_sector = "BUS", None
                notes.append(f"the {head_key!r} of a place is a market: BUS")
            elif entry.kind == "org" and (res.code == "MNC" or res.sector == "BUS") and a_sector == "GOV":
                # "Microsoft chief executive", "Shell officials": a firm's officers are the firm, not a
                # government ("chief executive" alone is a state's head of government in PLOVER_agents).
                notes.append(f"title {a_text!r} of a firm: the firm's own code and sector, not GOV")
            elif entity_has_sector and entry.kind != "person":
                notes.append(f"agent {a_text!r} ({a_sector}) ignored: {entry.canonical} has its own sector")
            elif title_sector == "PTY" and party is not None and \
                    _undated_party_officer(entry, res.sector, date, [t.key for t in tokens[party.j:primary.i]]):
                res.sector, res.secondary_sector, res.valid_from, res.valid_to = "PTY", None, None, None
                notes.append(f"no date: the party office {a_text!r} written before the name, not the latest recorded "
                             f"(government) role: PTY")
            elif entry.kind == "person" and res.sector not in (None, "ELI") and not date and \
                    (titled := _role_of_title(entry, title_sector)) is not None and titled.sector != res.sector:
                # "Foreign Secretary Jack Straw" in a story with no date: the office written beside the
                # name picks which of the person's recorded roles is meant, not the most recent one.
                res.code, res.sector, res.secondary_sector = titled.code, titled.sector, titled.secondary
                res.valid_from, res.valid_to = titled.start, titled.end
                notes.append(f"no date: title {a_text!r} ({title_sector}) picks the role {titled.start or '…'}–"
                             f"{titled.end or '…'}")
            elif entry.kind == "person" and res.sector not in (None, "ELI"):
                notes.append(f"title {a_text!r} ({title_sector}) agrees with the person's dated role")
                if title_sector != res.sector and res.secondary_sector is None:
                    res.secondary_sector = title_sector
            else:
                if res.sector and res.sector != a_sector and entry.kind == "seat":
                    notes.append(f"seat-of-government default {res.sector} replaced by the agent")
                res.sector, res.secondary_sector = a_sector, a_secondary
                res.source = f"{res.source}+{a_source}"
                rule = "title" if office else "agent"
                notes.append(f"{rule} {a_text!r} -> {a_sector}{'/' + a_secondary if a_secondary else ''} "
                             f"({a_source}, rule:{rule})")
        if agent is None and entry.kind in GEO_KINDS and head_key in _MARKET_HEADS and res.sector == "GOV":
            # "the London exchange", "the Tokyo bourse": a market named after its city or country, not the
            # government that sits there.
            res.sector, res.secondary_sector = "BUS", None
            notes.append(f"the {head_key!r} of a place is a market: BUS")
        if agent is None and party is not None and party.j <= primary.i \
                and (idle_person or _undated_party_officer(entry, res.sector, date,
                                                           [t.key for t in tokens[party.j:primary.i]])) \
                and any(tokens[k].key in PARTY_ROLES for k in range(party.j, primary.i)):
            # "Tory co-chairman Liam Fox": a party role written before the person (with no date, also before one
            # whose latest recorded role is a later government post).
            if not idle_person:
                res.valid_from = res.valid_to = None
            res.sector, res.secondary_sector = "PTY", None
            notes.append(f"party role after {party.key!r}: PTY")
        elif idle_person:
            _title_before_person(kb, tokens, names, agents, primary, res, notes, date)
        if idle_person and agent is None and res.sector is None and res.code == "GBR" \
                and any(tokens[k].key in _PEER_TITLES for k in range(max(0, primary.i - 1), primary.j)):
            # "Lord Strathclyde" before the office the tables give him: a peer sits in the House of Lords.
            res.sector = "LEG"
            notes.append("a British peer with no office on this date: a member of the House of Lords (LEG)")
        if res.code and entry.kind in ("country", "norp", "seat") and _relation_possessor(tokens, primary, head_key):
            notes.append(f"{matched!r} owns a relation noun (creditors, allies, ...) naming the other side: not its code")
            res.code = None
        if office:
            res.office = office
        if former and res.sector not in ("ELI", None) and entry.kind != "org" and entry.kind != "igo":
            notes.append("'former' -> ELI")
            res.secondary_sector = res.sector if res.secondary_sector is None else res.secondary_sector
            res.sector = "ELI"
        res.explanation = "; ".join(notes)
        return res

    # No name: an agent noun alone ("the junta", "hundreds of people").
    assert agent is not None
    if agent.key == "community" and len(matches) == 1 and tokens[agent.i].text == "Community" \
            and agent.i > 0 and tokens[agent.i - 1].key == "the":
        # "the Community" with a capital is the short form of a name the text gave before (the European
        # Community, the Andean Community), not the civilians of a community (CVL): the document's own
        # mention of that name decides, not the phrase alone.
        return None
    a_sector, a_secondary, a_source = agent.agent
    a_text = phrase[tokens[agent.i].start:tokens[agent.j - 1].end]
    if a_sector in NONSTATE_CODES:
        code, sector = a_sector, None
        why = f"agent {a_text!r} names an organisation type -> {a_sector}"
    elif a_sector == "GOV" and (_business_body_title(tokens, agent) or (
            agent.key in _FIRM_OR_STATE_TITLES and "HKG" not in (context_country, story_country)
            and not any(t.key in ("hong", "kong", "macau", "macao") for t in tokens)
            and not any(t.key in _PUBLIC_BODY_WORDS for k, t in enumerate(tokens) if not agent.i <= k < agent.j)
            and not any(t.key == "," for t in tokens[:agent.i]))):
        # "the Director General of the employers' confederation", "Chief executive Jane Roe": a business
        # title with no state named. PLOVER's agents file "chief executive" under GOV for Hong Kong's (and
        # Macau's) head of government; anywhere else it heads a firm, whose country is not known here.
        code, sector = None, "BUS"
        why = f"agent {a_text!r}: a business title (BUS), not a government's"
    elif a_sector == "MIL" and agent.key in ("officers", "officer") and _firm_officers(tokens, agent, covered):
        # "certain Acme Widget officers", "the company's officers": a firm's officers, not an army's.
        code, sector = None, "BUS"
        why = f"agent {a_text!r} of a firm: a firm's officers (BUS), not an army's"
    elif a_sector == "GOV" and _unknown_firm_officer(tokens, agent, covered):
        # "Qantas Chief Executive Geoff Dixon", "the chief executive of Acme Ltd": the state title
        # "chief executive" (Hong Kong's) held in a body the tables do not know is a firm's office: a
        # known state or place would have been a name here. The firm's country is not known either.
        code, sector = None, "BUS"
        why = f"agent {a_text!r} of an unknown body {_firm_word(tokens, agent, covered)!r}: a firm's officer (BUS)"
    elif context_country is None and story_country and story_country not in NONSTATE_CODES \
            and a_sector in HOME_TITLE_SECTORS and _title_of_unknown_person(kb, tokens, agent, head, phrase):
        # "Judge Barrington Parker threw out the suit", "Police Commissioner Ann Roe said" in a story about
        # one state: a judge or police officer the tables do not know serves where the story is set; the
        # courts and police of a state act at home (a foreign one is written with its country). (Other
        # state titles are not: "meetings with Trade Secretary Eric Ho" in a story about a US envoy's tour
        # is Hong Kong's, not the story's state; measured on snapshot 2511, session 25.)
        code, sector = story_country, a_sector
        why = f"title {a_text!r} -> {a_sector} ({a_source}) before a person no table knows; country " \
              f"{story_country}, the state the story is about"
    elif agent.key in EU_SEAT_AGENTS and not any(t.text[:1].isupper() for t in tokens[agent.j:]):
        # "two MEPs backed the draft": members of the European Parliament with no party or country
        # written sit in an EU body (PLOVER's EUR), whatever country the story is about.
        code, sector = "EUR", a_sector
        why = f"agent {a_text!r} -> {a_sector} ({a_source}); a seat in the European Parliament: EUR"
    else:
        code, sector = context_country, a_sector
        why = (f"agent {a_text!r} -> {a_sector} ({a_source}); "
               + (f"country {context_country} from the caller's context" if context_country else "no country in the phrase"))
    if former and sector not in (None, "ELI"):
        a_secondary, sector = sector, "ELI"
        why += "; 'former' -> ELI"
    return Resolution(code=code, sector=sector, secondary_sector=a_secondary, canonical=None,
                      identifier_id=None, office=office, matched=a_text,
                      source=f"{a_source}" + ("+context" if context_country and code == context_country else ""),
                      explanation=why, kind="agent")


def _sector_of_body_before(kb: ActorKB, tokens: Sequence[Token], names: Sequence[Match], agent: Match,
                           date: str | None) -> str | None:
    """The own sector of an organisation named right before a role word ("Solidarity leader", "the union's
    chairman"), when it is no government's (GOV) or former officials' (ELI)."""
    body = next((m for m in names if m.entries and m.entries[0].kind == "org" and not m.demoted
                 and (m.j == agent.i or (m.j + 1 == agent.i and tokens[m.j].key == "'s"))), None)
    if body is None:
        return None
    sector = kb.resolution(body.entries[0], body.key, date).sector
    return sector if sector not in (None, "GOV", "ELI") else None


# Sectors of offices that act only at home: a titled judge or police officer of no written country is of
# the state the story is about.
HOME_TITLE_SECTORS = frozenset({"JUD", "COP"})


def _hyphen_part(phrase: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is the lower-case second half of a hyphenated name ("Chi-cheng", "Yu-lin")."""
    return k > 0 and tokens[k].start == tokens[k - 1].end + 1 and phrase[tokens[k - 1].end:tokens[k].start] == "-" \
        and tokens[k - 1].text[:1].isupper()


def _title_of_unknown_person(kb: ActorKB, tokens: Sequence[Token], agent: Match, head: str | None,
                             phrase: str = "") -> bool:
    """Whether a capitalised title is followed, to the end of the phrase, by a person's name that no table
    knows ("Judge Barrington Parker", "Chief Prosecutor Ali Veli", "Judge Lin Po-wen", whose hyphenated
    given name ends in a lower-case part); the phrase's head, if given, is in it (or in its hyphenated parts)."""
    rest = range(agent.j, len(tokens))
    if not rest or len(rest) > 4 or not tokens[agent.i].text[:1].isupper():
        return False
    if not all((tokens[k].text[:1].isupper() or (phrase and _hyphen_part(phrase, tokens, k)))
               and tokens[k].text.replace("-", "").replace("'", "").isalpha() and tokens[k].key not in kb.agents
               and tokens[k].key not in _NOT_NAME_PARTS and tokens[k].key not in _FUNCTION_WORDS for k in rest):
        return False
    parts = head.lower().split("-") if head else ()
    return head is None or any(_is_head(tokens[k].key, p) for k in rest for p in parts)


# Chambers that name a legislature ("the House", "a Senate Foreign Relations subcommittee") and the states whose
# chambers English calls so, by their constitutions' names (shared/reference holds no list of chambers: checked by
# hand); elsewhere the words mean the US chambers, as American wire copy writes them. The roles' bare "the House"
# reads the same table. Upper houses English calls otherwise (Russia's Federation Council, Algeria's Council of the
# Nation, Morocco's House of Councillors) are left out, and so are South Africa (no Senate 1980-94, a National
# Council of Provinces since 1997) and Tunisia (none), whose wire stories' "Senate" is the US one. "the House" is
# listed only where it is the domestic usage (Westminster-style Houses of Commons and Representatives), not for
# Japan or Indonesia, whose wire copy means the US House.
CHAMBER_STATES = {
    "house": frozenset({"USA", "GBR", "AUS", "CAN", "NZL", "IND", "MYS", "NGA", "LBR", "JAM", "TTO", "BHS", "BRB",
                        "BLZ", "FJI", "MLT", "CYP"}),
    "senate": frozenset({"USA", "AUS", "CAN", "FRA", "ITA", "BEL", "NLD", "POL", "CZE", "ROU", "IRL", "ESP", "BRA",
                         "ARG", "CHL", "COL", "MEX", "PHL", "PAK", "NGA", "KEN", "BOL", "DOM", "PRY", "URY",
                         "HTI", "LBR", "JAM", "THA", "KHM", "JOR", "EGY", "ZWE", "RWA", "BDI", "CMR", "GAB",
                         "COG", "COD", "MDG", "SEN", "CIV", "BFA", "KAZ", "MYS", "TTO", "BRB", "BHS", "BLZ",
                         "ATG", "GRD", "LCA", "LSO", "SWZ", "UZB", "GNQ", "PLW", "FJI", "VEN", "PER"}),
}
_COMMITTEE_WORDS = frozenset({"committee", "committees", "subcommittee", "subcommittees", "panel", "panels"})
# Lower-case words that may stand inside a committee's name ("Ways and Means", "Select Committee on ...").
_NAME_JOINERS = frozenset({"and", "of", "on", "for", "&"})


def _chamber_committee(tokens: Sequence[Token], head: str | None, story_country: str | None) -> Resolution | None:
    """A committee of a chamber written by the chamber's bare title and no country: a legislature (LEG) of
    the story's state where its chamber is so called, else the US one. Only capitals and name joiners may
    stand between the chamber and the committee word ("the House Select committee", "the Senate Armed
    Services Committee", "a special House committee"; not "a House-Senate conference committee", which
    the coder's own rules leave to the caller's context)."""
    for c, t in enumerate(tokens):
        if t.text not in ("House", "Senate"):
            continue
        if c > 0 and tokens[c - 1].text[:1].isupper() and tokens[c - 1].key not in ("the", "a", "an") \
                and tokens[c - 1].key not in ("house", "senate"):
            return None  # "the White House", "State House", "Government House": another building or body
        for k in range(c + 1, min(c + 7, len(tokens))):
            w = tokens[k]
            if w.key in _COMMITTEE_WORDS:
                if head is not None and not _is_head(w.key, head.lower()):
                    return None
                states = CHAMBER_STATES[t.key]
                # (With no one state to the story, the caller's context decides, as for any bare agent.)
                code = None if story_country is None else story_country if story_country in states else "USA"
                text = " ".join(x.text for x in tokens[c:k + 1])
                return Resolution(code=code, sector="LEG", secondary_sector=None, canonical=None,
                                  identifier_id=None, office=None, matched=text, source="rule:chamber-committee",
                                  explanation=f"{text!r} is a committee of a chamber called {t.text!r}: a legislature "
                                  f"(LEG) of {code or 'no country yet'}" + (
                                      ", the state the story is about" if code and code == story_country
                                      else ", the US one as wire copy writes it" if code else ""),
                                  kind="agent")
            if not (w.text[:1].isupper() or w.key in _NAME_JOINERS):
                break
    return None


def _titled_justice(phrase: str, tokens: Sequence[Token], head: str | None, country: str | None) -> Resolution | None:
    """"Justice Anne Roe": the title of a judge of a high court, capitalised before a name (the lower-case
    word is no actor); of the state the story is about, as a judge is."""
    for k, t in enumerate(tokens[:-1]):
        if t.text != "Justice" or (k > 0 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].key != "the"):
            continue
        rest = tokens[k + 1:]
        if len(rest) > 4 or not all(r.text[:1].isupper() and r.text.replace("-", "").replace("'", "").isalpha()
                                    and r.key not in _NOT_NAME_PARTS and r.key not in _FUNCTION_WORDS for r in rest):
            return None
        if head is not None and not any(_is_head(r.key, head.lower()) for r in rest):
            return None
        text = phrase[t.start:rest[-1].end]
        return Resolution(code=country if country not in NONSTATE_CODES else None, sector="JUD", secondary_sector=None,
                          canonical=None, identifier_id=None, office="Justice", matched=text, source="rule:justice",
                          explanation=f"{text!r}: the title Justice before a name, a judge (JUD)"
                          + (f" of {country}, the state the story is about" if country else ""), kind="agent")
    return None


# Agent nouns for members of an EU body: with no country or party written, a group of them is the EU's
# parliament at work; one MEP ("was made an MEP") is a person with a country, left to the context.
EU_SEAT_AGENTS = frozenset({"meps"})


# Epithets that name one state ("the Jewish state" is Israel, "the Hermit Kingdom" North Korea), so a
# description the tables would read as a religion or a government noun is that country, not whichever
# state was named last. "The Islamic republic" is Iran unless the story is about another Islamic republic.
_EPITHETS = {("jewish", "state"): "ISR", ("zionist", "state"): "ISR", ("zionist", "entity"): "ISR",
             ("hermit", "kingdom"): "PRK", ("islamic", "republic"): "IRN"}
_OTHER_ISLAMIC_REPUBLICS = frozenset({"PAK", "AFG", "MRT"})
_EPITHET_NAMES = {"ISR": "Israel", "PRK": "North Korea", "IRN": "Iran", "PAK": "Pakistan", "AFG": "Afghanistan",
                  "MRT": "Mauritania"}


def _epithet(tokens: Sequence[Token], story_country: str | None) -> tuple[str, int, int] | None:
    """(code, start, end) of a one-state epithet in the phrase; not when a name follows ("the Islamic
    Republic of Pakistan" is named by its name) nor for a plural ("Islamic republics")."""
    for k in range(len(tokens) - 1):
        code = _EPITHETS.get((tokens[k].key, tokens[k + 1].key))
        if code is None or (k + 2 < len(tokens) and tokens[k + 2].key == "of"):
            continue
        if code == "IRN" and story_country in _OTHER_ISLAMIC_REPUBLICS:
            code = story_country
        return code, k, k + 2
    return None


# "the [central] [African] [country]": a compass word, a continent's adjective and a word for a state.
REGIONAL_SOURCE = "rule:regional-description"
_REGION_WORDS = frozenset("central south north east west southern northern eastern western southeast southwest "
                          "northeast northwest latin sub-saharan".split())
_CONTINENT_ADJECTIVES = frozenset({"african", "american", "asian", "european"})
_STATE_NOUNS = frozenset({"country", "nation", "state"})


def _regional_description(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """(start, end) of a region-and-continent description of a state in the phrase ("the central African
    country"); not "the Central African Republic", which is a name."""
    for k in range(len(tokens) - 2):
        if tokens[k].key in _REGION_WORDS and tokens[k + 1].key in _CONTINENT_ADJECTIVES and \
                tokens[k + 2].key in _STATE_NOUNS:
            return k, k + 3
    return None


def _regional_resolution(phrase: str, tokens: Sequence[Token], code: str | None, lo: int, hi: int) -> Resolution:
    text = phrase[tokens[lo].start:tokens[hi - 1].end]
    why = f"{text!r} describes a state by its region: " + \
        (f"the country the story is about ({code})" if code else "no country known from the story")
    return Resolution(code=code, sector=None, secondary_sector=None, canonical=None, identifier_id=None,
                      office=None, matched=text, source=REGIONAL_SOURCE, explanation=why,
                      kind="country")


def _epithet_resolution(phrase: str, tokens: Sequence[Token], code: str, lo: int, hi: int) -> Resolution:
    text = phrase[tokens[lo].start:tokens[hi - 1].end]
    return Resolution(code=code, sector=None, secondary_sector=None, canonical=_EPITHET_NAMES.get(code),
                      identifier_id=None, office=None, matched=text, source="rule:epithet",
                      explanation=f"{text!r} is an epithet of one state: {code}", kind="country")


# Titles that PLOVER's agents list files under GOV (a state's "Chief Executive") but that firms use for
# their heads.
_FIRM_OR_STATE_TITLES = frozenset({"chief executive", "chief executives"})


# Head words of public bodies and charities, whose chief executives are no firm's ("the Refugee
# Council", "the Environment Agency", "the Health Service"): those keep the tables' answer.
_PUBLIC_BODY_WORDS = frozenset(
    "council councils association society trust foundation institute federation union confederation commission "
    "authority agency service board office fund league committee chamber college university school hospital "
    "charity campaign organization alliance forum partnership executive assembly parliament ministry "
    "department police nhs bbc".split())


def _unknown_body_word(tok: Token | None, k: int, known: frozenset[int] | set[int]) -> bool:
    """A capitalised word no table knows that may name a body: not a title, weekday, or opening word."""
    return tok is not None and k not in known and tok.text[:1].isupper() and tok.key not in _HONORIFICS \
        and tok.key not in TITLE_PREFIXES and tok.key not in OFFICE_MODIFIERS and tok.key not in FORMER \
        and tok.key not in _FUNCTION_WORDS and tok.key not in _NOT_NAME_PARTS


def _firm_word(tokens: Sequence[Token], agent: "Match", known: frozenset[int] | set[int] = frozenset()) -> str | None:
    """The capitalised word naming whose office ``agent`` is, when no table knows it (``known``: the
    tokens a table matched): right before the title ("Qantas Chief Executive", "Acme's chief
    executive") or after "of" ("chief executive of Acme")."""
    k = agent.i - 1
    if k >= 0 and tokens[k].key == "'s":
        k -= 1
    # Written right against the title ("Maeve Roe, chief executive of ..." has a comma between).
    if k >= 0 and _unknown_body_word(tokens[k], k, known) and tokens[k + 1].start - tokens[k].end <= 1:
        return None if tokens[k].key in _PUBLIC_BODY_WORDS else tokens[k].text
    j = agent.j
    if j + 1 < len(tokens) and tokens[j].key == "of":
        k = j + 1 if tokens[j + 1].key != "the" else j + 2
        if k < len(tokens) and _unknown_body_word(tokens[k], k, known):
            run = [t for t in tokens[k:k + 6]]
            run = run[:next((n for n, t in enumerate(run) if not t.text[:1].isupper()), len(run))]
            return None if any(t.key in _PUBLIC_BODY_WORDS for t in run) else tokens[k].text
    return None


# Nouns after which "general" is an adjective, not an army officer ("general manager", "annual general
# meeting", "general counsel", "general election").
_GENERAL_ADJECTIVE_BEFORE = frozenset(
    "manager managers management counsel meeting meetings assembly assemblies partner partners election elections "
    "practitioner practitioners agreement strike store stores public secretary council motors electric "
    "accounting insurance contractor contractors".split())


def _adjective_general(tokens: Sequence[Token], m: "Match") -> bool:
    """Whether an agent match "general" is the adjective of a civil noun right after it (not MIL)."""
    return m.kind == "agent" and m.key in ("general", "generals") and m.j < len(tokens) \
        and tokens[m.j].key in _GENERAL_ADJECTIVE_BEFORE


# Titles that head an employers' or traders' body as well as a state's office.
_BUSINESS_BODY_TITLES = frozenset({"chief executive", "chief executives", "director general", "director generals"})
# Words naming an employers', traders' or exchange body ("British Chambers of Commerce", "Confederation of
# British Industry", "Institute of Directors", "Stock Exchange").
_BUSINESS_BODY_WORDS = frozenset(
    "commerce industry industries employers employer directors manufacturers retailers bankers exchange bourse "
    "business businesses firm firms company companies corporation".split())
# Heads that make a city or country named before them a market ("the London exchange").
_MARKET_HEADS = frozenset({"exchange", "exchanges", "bourse", "bourses"})


def _business_body_title(tokens: Sequence[Token], agent: "Match") -> bool:
    """"Director General of the British Chambers of Commerce", "the CBI's director general": a state-or-
    business title whose body (after "of", or right before) is an employers' or traders' one."""
    if agent.key not in _BUSINESS_BODY_TITLES:
        return False
    j = agent.j
    if j < len(tokens) and tokens[j].key == "of":
        run = tokens[j + 1:j + 9]
        return any(t.key in _BUSINESS_BODY_WORDS for t in run)
    before = tokens[max(0, agent.i - 4):agent.i]
    return any(t.key in _BUSINESS_BODY_WORDS for t in before)


# Capitalised words before "officers" that name a state's uniformed service, not a firm.
_SERVICE_WORDS = frozenset("customs prison prisons immigration border frontier fire coastguard police army navy "
                           "military naval air armed security intelligence".split())


def _firm_officers(tokens: Sequence[Token], agent: "Match", known: frozenset[int] | set[int] = frozenset()) -> bool:
    """"certain Acme Widget officers", "the company's officers": officers of a firm (a capitalised body no
    table knows written right before them, or a firm noun), not of an army."""
    k = agent.i - 1
    if k >= 0 and tokens[k].key == "'s":
        k -= 1
    if k < 0:
        return False
    if tokens[k].key in ("company", "firm", "bank", "corporate", "corporation", "group"):
        return True
    return _unknown_body_word(tokens[k], k, known) and tokens[k].key not in _SERVICE_WORDS \
        and tokens[k].key not in _PUBLIC_BODY_WORDS and k > 0 and tokens[k - 1].key not in _SERVICE_WORDS


def _unknown_firm_officer(tokens: Sequence[Token], agent: "Match", known: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether a "chief executive" is written with the name of a body no table knows (a firm)."""
    return agent.key in _FIRM_OR_STATE_TITLES and _firm_word(tokens, agent, known) is not None


def _title_before_person(kb: ActorKB, tokens: Sequence[Token], names: list[Match], agents: list[Match],
                         primary: Match, res: Resolution, notes: list[str], date: str | None) -> None:
    """"U.S. Treasury Secretary James Baker" (tables: ELI then), "European Parliament's negotiator Guy
    Verhofstadt" (tables: Belgian, ELI): a body and title written before the person give the sector,
    and an international body its code, in place."""
    title = [m for m in agents if m.j <= primary.i]
    title_word = bool(title) or any(tokens[k].key in kb.office_words for k in range(0, primary.i))
    if not title_word:
        return
    body = next((m for m in reversed(names) if m.j <= primary.i and not m.demoted
                 and m.entries[0].kind in ("org", "igo", "country", "norp")), None)
    if body is None:
        return
    # Only a title chain may separate the body from the person ("'s lead Brexit negotiator").
    if any(not (tokens[k].key in kb.office_words or tokens[k].key in ("'s", "of", "the")
                or any(a.i <= k < a.j for a in title) or tokens[k].text[:1].isupper()
                or tokens[k].key in OFFICE_MODIFIERS or tokens[k].key in PORTFOLIO or tokens[k].key in TITLE_PREFIXES
                or tokens[k].key == "lead")
           for k in range(body.j, primary.i)):
        return
    geo = body.entries[0].kind in ("country", "norp")
    g = kb.resolution(_pick_entry(body.entries, None) if geo else body.entries[0], body.key, date)
    if g.code in NONSTATE_CODES and g.code != res.code and not geo:
        notes.append(f"title of {g.canonical!r} before the person: code {g.code} (not {res.code})")
        res.code = g.code
    elif g.code and g.code not in NONSTATE_CODES and g.code != res.code and res.code not in NONSTATE_CODES:
        # "Deputy U.S. Trade Representative Michael Smith", "French Foreign Minister ...": the tables know
        # the name only without a role on this date (another man's, or before his office); the country
        # written in the title is the better witness.
        notes.append(f"the title's country {g.code} before the person (tables: {res.code or 'no code'}, "
                     "no role on this date)")
        res.code = g.code
    if geo and not title:
        return
    if res.sector in (None, "ELI"):
        sector = title[-1].agent[0] if title and title[-1].agent[0] not in NONSTATE_CODES else (g.sector or "GOV")
        notes.append(f"current title before the person: {sector} (tables: {res.sector or 'no sector'} on this date)")
        res.secondary_sector = None
        res.sector = sector


def _split_coordination(kb: ActorKB, phrase: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the conjuncts: split at and/or/commas outside any matched name."""
    matches = scan(kb, tokens)
    covered, inner = set(), set()
    for m in matches:
        covered.update(range(m.i, m.j))
        inner.update(range(m.i + 1, m.j))
    cuts: list[tuple[int, int]] = []  # (end of left part, start of right part)
    for k, t in enumerate(tokens):
        if t.key in COORDINATORS and 0 < k < len(tokens) - 1 and k not in covered:
            cuts.append((k, k + 1))
        elif k > 0 and k not in inner and any(c in phrase[tokens[k - 1].end:t.start] for c in ",;"):
            cuts.append((k, k))
    for k in range(1, len(tokens)):  # "as well as", "along with", "together with"
        pair = (tokens[k - 1].key, tokens[k].key)
        if pair in {("along", "with"), ("together", "with"), ("well", "as")} and k not in covered:
            s = k - 2 if pair == ("well", "as") and k >= 2 and tokens[k - 2].key == "as" else k - 1
            cuts.append((s, k + 1))
    cuts.sort()
    parts, lo = [], 0
    for end, start in cuts:
        if end > lo:
            parts.append((lo, end))
        lo = max(lo, start)
    if lo < len(tokens):
        parts.append((lo, len(tokens)))
    return parts


def resolve_all(phrase: str, *, date: str | None = None, head: str | None = None,
                context_country: str | None = None, kb: ActorKB | None = None,
                story_country: str | None = None) -> list[Resolution]:
    """One resolution per conjunct of a coordination ("Washington and Paris" -> USA GOV, FRA GOV)."""
    kb = kb or ActorKB.default()
    tokens = tokenize(phrase)
    if not tokens:
        return []
    parts = _split_coordination(kb, phrase, tokens)
    out: list[tuple[Resolution, list[Match]]] = []
    for lo, hi in parts:
        matches = scan(kb, tokens, lo=lo, hi=hi)
        res = resolve_tokens(kb, phrase, tokens, date=date, head=head, context_country=context_country,
                             matches=matches, story_country=story_country)
        if res is not None:
            out.append((res, matches))
    # "Russian and Iranian officials": a bare demonym borrows the sector of the conjunct that has one.
    # "U.S. and Japanese companies": a bare country does too, when the other conjunct is a demonym and noun.
    for idx, (res, matches) in enumerate(out):
        if res.kind in ("norp", "country") and res.sector is None and not any(m.kind == "agent" for m in matches):
            donor = next((r for r, ms in out[idx + 1:] if any(m.kind == "agent" for m in ms) and r.sector
                          and (res.kind == "norp" or r.kind == "norp")), None)
            if donor is not None:
                res.sector, res.secondary_sector = donor.sector, donor.secondary_sector
                res.explanation += f"; sector {donor.sector} shared from the coordinated head"
    return [r for r, _ in out]


# Legal-form words that end a registered company's name: "Harbour Cranes Limited", "Nordwind GmbH".
# Written with capitals only ("limited access" is no firm). Audit 8b.
_COMPANY_FORMS = frozenset({"Limited", "Ltd", "LTD", "PLC", "Plc", "plc", "Inc", "INC", "Corp", "CORP",
                            "Corporation", "GmbH", "AG", "SpA", "NV", "BV", "LLC", "LLP"})


def _registered_company(phrase: str, tokens: Sequence[Token], context_country: str | None) -> Resolution | None:
    """An unknown capitalised name ending in a company's legal form is a business (BUS); its country is
    the caller's context, if any (the tables know nothing else about it)."""
    words = [t for t in tokens if t.text not in (".", ",") and t.key != "the"]
    if len(words) < 2 or words[-1].text.rstrip(".") not in _COMPANY_FORMS:
        return None
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.key in ("the", "&", "and", "of") for t in words):
        return None
    return Resolution(code=context_country, sector="BUS", secondary_sector=None, canonical=None,
                      identifier_id=None, office=None, matched=phrase.strip(), source="rule:company_form",
                      explanation=f"{words[-1].text!r} is a company's legal form: a business (BUS)"
                      + (f"; country {context_country} from the caller's context" if context_country else ""),
                      kind="org")


# "Iran-backed", "Russian-supported": the named country backs a group (the group is not that country's).
BACKING_WORDS = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained", "financed"})


def _backer_only(tokens: Sequence[Token], res: Resolution) -> bool:
    """Whether the only country in the phrase is named as a sponsor: right before "backed" (and the like) or
    right after "pro", with a group noun after it ("Iran-backed militias", "pro-Russian separatists")."""
    keys = [t.key for t in tokens]
    matched = (res.matched or "").lower().split()
    if not matched or matched[-1] not in keys:
        return False
    i = keys.index(matched[-1])
    before = keys[i - len(matched)] if i - len(matched) >= 0 else None
    if i + 2 < len(keys) and keys[i + 1] in BACKING_WORDS:
        return True  # a group named after "Iran-backed"
    return before == "pro" and i + 1 < len(keys)  # a group named after "pro-Russian"


# Words that make a "carrier" an airline.
AIRLINE_WORDS = frozenset({"low-cost", "low", "budget", "national", "flag", "state-owned", "no-frills", "cargo", "air",
                           "regional", "charter", "long-haul", "domestic"})


# Words that show a story is about navies, where a bare "carrier" is a warship.
NAVAL_CONTEXT = re.compile(r"\b(?:navy|navies|naval|warships?|aircraft[- ]carriers?|battle[- ]groups?|strike groups?|"
                           r"flotillas?|destroyers?|frigates?|admirals?)\b|\bUSS\b", re.I)
CARRIER_KEYS = frozenset({"carrier", "carriers"})


def naval_story(text: str) -> bool:
    """Whether a text talks of navies or warships, so that a bare "carrier" in it is an aircraft carrier."""
    return bool(NAVAL_CONTEXT.search(text or ""))


def carrier_in_context(res: Resolution | None, phrase: str, story_text: str) -> Resolution | None:
    """A bare "carrier(s)" read by its story: the agents table files it as an aircraft carrier (MIL), but
    in a story with no navy or warship in it a carrier is a company that carries passengers, freight or
    calls ("the carrier cut 500 jobs", "U.S. carriers captured the traffic"): business (BUS)."""
    words = phrase.lower().split()
    if res is not None and res.sector == "MIL" and words and civilian_seamen(words, story_text):
        return replace(res, sector="LAB", explanation=res.explanation + "; seamen of no navy (a story with no navy "
                       "in it, or about their strike or union) are merchant seamen, workers: LAB")
    if res is None or res.sector != "MIL" or not words or words[-1] not in CARRIER_KEYS or naval_story(story_text) \
            or (len(words) > 1 and words[-2] == "aircraft"):
        return res
    return replace(res, sector="BUS", explanation=res.explanation + "; a carrier in a story with no navy in it is a "
                   "company (airline, shipper, telephone carrier): BUS")


SEAMEN_KEYS = frozenset({"seamen", "seaman"})
# A labour dispute told of seamen: their strike, stoppage, union or pay ("striking seamen", "the seamen's union").
_SEAMEN_DISPUTE = re.compile(r"\bseam[ae]n(?:'s)?\b(?:\W+\w+){0,12}?\W+(?:strik\w*|stoppages?|walk-?outs?|unions?|wages?|pay)\b|"
                             r"\b(?:strik\w*|stoppages?|walk-?outs?|unions?)\b(?:\W+\w+){0,4}?\W+seam[ae]n\b", re.I)


def civilian_seamen(words: Sequence[str], story_text: str) -> bool:
    """Whether "seamen" (filed MIL by the agents table, a navy's ratings) are merchant seamen, civilian workers
    (PLOVER LAB): the phrase names no navy, and the story has no navy in it or tells of the seamen's strike,
    union or pay ("striking seamen blocked the port"). "Navy seamen", "37 seamen" of a hit frigate stay MIL."""
    if words[-1].strip(".,'") not in SEAMEN_KEYS or any(w in ("navy", "naval", "navy's") for w in words):
        return False
    return not naval_story(story_text) or bool(_SEAMEN_DISPUTE.search(story_text or ""))


def resolve_phrase(phrase: str, *, date: str | None = None, head: str | None = None,
                   context_country: str | None = None, kb: ActorKB | None = None,
                   story_country: str | None = None) -> Resolution | None:
    """The actor a noun phrase names: code, PLOVER sector, office, with an explanation; None if unknown.

    ``story_country`` is the state the whole text is about (if any): it only chooses among namesakes,
    names that several countries' parties or bodies share ("the Conservatives" in a story about Canada)."""
    kb = kb or ActorKB.default()
    tokens = tokenize(phrase)
    if not tokens:
        return None
    res = resolve_tokens(kb, phrase, tokens, date=date, head=head, context_country=context_country,
                         story_country=story_country)
    if res is None:
        return _registered_company(phrase, tokens, context_country)
    if res.code and _backer_only(tokens, res):
        # "Iran-backed militias", "pro-Russian separatists": the country named is the group's backer, not the group
        res = replace(res, code=context_country if context_country != res.code else None, canonical=None,
                      explanation=res.explanation + f"; {res.matched!r} only backs the group: no code of its own")
    if res.sector == "MIL" and (res.matched or "").lower() == "carrier" and any(t.key in AIRLINE_WORDS for t in tokens):
        # "low-cost carrier Virgin Blue", "the national carrier": an airline, not an aircraft carrier
        res = replace(res, sector="BUS", explanation=res.explanation + "; a low-cost, national or flag carrier is an "
                      "airline (BUS)")
    if head and "," in phrase:
        # "RAMALLAH, Dec 14 (Prensa Latina) Israeli occupation forces": a dateline place before the
        # head noun's own part is not the actor; the part holding the head is.
        head_key = head.lower()
        parts = _split_coordination(kb, phrase, tokens)
        first = scan(kb, tokens, lo=parts[0][0], hi=parts[0][1]) if len(parts) > 1 else []
        if first and all(m.kind == "name" and m.entries[0].kind in ("seat", "place") for m in first) \
                and not any(_is_head(tokens[k].key, head_key) for k in range(*parts[0])):
            for lo, hi in parts[1:]:
                if any(_is_head(tokens[k].key, head_key) for k in range(lo, hi)):
                    own = resolve_tokens(kb, phrase, tokens, date=date, head=head, context_country=context_country,
                                         matches=scan(kb, tokens, lo=lo, hi=hi), story_country=story_country)
                    if own is not None and own.code:
                        own.explanation += f"; the place before the comma ({first[0].key!r}) is a dateline or setting"
                        return own
                    break
    # A coordination resolves to its first conjunct ("Washington and Paris" -> Washington).
    if any(t.key in COORDINATORS for t in tokens) or "," in phrase:
        every = resolve_all(phrase, date=date, head=head, context_country=context_country, kb=kb,
                            story_country=story_country)
        if every and (every[0].code is not None or res.code is None):
            return every[0]
        # "Troops and aircraft from the United States": the country belongs to the whole phrase.
    return res
