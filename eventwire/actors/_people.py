"""Within-article person coreference: later mentions of a person take the full mention's identity."""
from __future__ import annotations

import re
from collections import Counter

from eventwire.actors._kb import NONSTATE_CODES, ActorKB
from eventwire.actors._resolve import FORMER, PORTFOLIO, TITLE_PREFIXES, _HONORIFICS, resolve_tokens, scan
from eventwire.actors._text import tokenize
from eventwire.clean import match_dateline
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
    dominant, filed = _dominant_country(entities), filed_state(text, entities)
    # A story filed from one of the two states it is about: the dateline's wins over the count of mentions.
    home = filed if filed and dominant and filed != dominant else dominant
    us_named = any(e.code == "USA" for e in entities)
    peers: dict[str, Entity] = {}
    orgs: dict[str, Entity] = {}
    for ent in entities:
        if ent.label == "PERSON":
            _code_from_party_state(text, ent)
        if ent.label == "PERSON" and not ent.code:
            _code_from_title(text, ent, kb, home,
                             None if home else _sole_state_of_sentence(text, ent, entities) or filed,
                             us_named=us_named)
        if ent.label == "PERSON" and not ent.code:
            _officer_of_body(text, ent, kb)
        if ent.label == "PERSON" and ent.sector in (None, "ELI") and len(ent.text.split()) >= 2:
            # "Alan Brindle, 61, MP for Eastwick": a title written after the name, as an apposition.
            # (A bare surname, "Lee, the leader of ...", is left to the earlier full mention.) A person the
            # tables list only as a former official on the date takes it too, as one after a title written
            # before the name does (rule 10): "Joe Clark, Canadian secretary of state for external affairs,"
            # in 1987 is CAN GOV, not the ELI of Phoenix's filler ranges.
            _code_from_apposition(text, ent, kb, home)
        if ent.label == "PERSON" and not ent.sector:
            _code_from_postnominal(text, ent, home)
        if ent.label == "PERSON" and (not ent.code or (ent.code == "GBR" and ent.sector is None)) \
                and home == "GBR" and _peer(text, ent):
            # "Lord Ashwell" in a British story: a peer, a member of the House of Lords, unless the
            # text gave him an office before ("the Lord Chancellor, Lord Ashwell ... Lord Ashwell said").
            # So is a peer the tables know only as British on this date (a later office, not yet held).
            same = peers.get(ent.text.split()[-1])
            ent.code, ent.sector, ent.office = (same.code, same.sector, same.office) if same else ("GBR", "LEG", None)
        if ent.label == "PERSON" and ent.code and ent.text.split():
            peers.setdefault(ent.text.split()[-1], ent)
        if ent.label == "ORG" and not ent.code:
            same = orgs.get(ent.text)
            if same is not None:
                ent.code, ent.sector, ent.secondary_sector = same.code, same.sector, same.secondary_sector
            else:
                _org_from_apposition(text, ent, kb)
                if not ent.code:
                    _org_from_acronym(text, ent, kb)
                if not ent.code:
                    _org_from_initials(ent, entities)
            if ent.code:
                orgs.setdefault(ent.text, ent)
    known = _link(entities, text)
    return _later_mentions(text, known, entities)


# Sectors a title gives that belong to a state (and so to the article's country when none is written).
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP", "ELI"})
# ... and the domestic economy's ("jailed tycoon Ivan Petrov" in a story about Russia is Russian).
_HOME_SECTORS = _STATE_SECTORS | {"BUS", "LAB"}
_COUNTED = frozenset({"COUNTRY", "GPE", "NORP", "AGENT", "PERSON", "ORG"})
# Abbreviated titles whose full stop does not end the sentence.
_ABBREVIATIONS = frozenset({"rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
                            "adm", "cmdr", "pres", "sec", "dep", "amb", "atty", "supt", "insp", "det", "dr",
                            "mr", "mrs", "ms", "st", "jr", "hon", "rev", "prof"})
# The U.S. Congress's titles as American wire copy abbreviates them before a name.
_CONGRESS_TITLES = frozenset({"sen", "sens", "rep", "reps"})
# Titles that usually face another state ("trade representative Clayton Yeutter" in a Tokyo story is
# American): no country is guessed for them.
FOREIGN_FACING_TITLES = frozenset({"representative", "representatives", "envoy", "envoys", "ambassador",
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


def filed_state(text: str, entities: list[Entity]) -> str | None:
    """The state a story was filed from, when the story names it again twice or more: a wire writes the country of
    the dateline's own officials nowhere ("TOKYO - Former Foreign Minister Shintaro Abe ...") and a foreign one's
    always, so the dateline's state wins over a count of mentions that a story about two states' dealings can tip
    the other way. A state named only in the dateline (a London story about Kenya) is not the story's."""
    dateline = match_dateline(text)
    if dateline is None:
        return None
    states = [e for e in entities if e.code and len(e.code) == 3 and e.code.isalpha() and e.code not in NONSTATE_CODES
              and e.label in _COUNTED]
    filed = {e.code for e in states if e.end <= dateline.end and e.label in ("GPE", "COUNTRY")}
    if len(filed) != 1:
        return None
    code = filed.pop()
    return code if sum(e.code == code for e in states if e.start >= dateline.end) >= 2 else None


_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“])")


def _sole_state_of_sentence(text: str, ent: Entity, entities: list[Entity]) -> str | None:
    """The one state the person's sentence names before him, if exactly one ("Ecuador will ask OPEC to raise its
    quota, deputy Energy Minister Jose Ruiz said"): a state's title written with no country is that state's,
    as Reuters leaves the country out when the sentence has just named it. Used only where no country
    dominates the whole story (a story about two states' dealings)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, ent.start)]
    lo = ends[-1] if ends else 0
    dateline = match_dateline(text) if lo == 0 else None
    if dateline is not None:
        lo = dateline.end  # "CARACAS, March 11 - Ecuador will ...": where the story was filed, not a party
    # Only a state named before the title, as the sentence's own news; not one after it, which the person
    # talks about, nor a birthplace ("the Saudi-born dissident").
    # Nor one governed by a preposition: a place or a counterpart ("talks with Japan", "arrived in Caracas",
    # "aid to Peru"), not the state whose news it is.
    codes = {e.code for e in entities if lo <= e.start and e.end <= ent.start and e.label in ("GPE", "NORP", "COUNTRY")
             and e.code and len(e.code) == 3 and e.code.isalpha() and e.code not in NONSTATE_CODES
             and not text.startswith("-", e.end) and not _GOVERNED.search(text, max(0, e.start - 20), e.start)
             and not _in_a_name(text, e, entities)}
    return codes.pop() if len(codes) == 1 else None


def _in_a_name(text: str, e: Entity, entities: list[Entity]) -> bool:
    """Whether a state's name is part of a longer name ("The China Times", "the Bank of Japan") or written
    before another capitalised word ("China Airlines"): a paper's or firm's name, not the state."""
    return bool(re.match(r"\s+[A-Z]", text[e.end:e.end + 3])) or any(
        o is not e and o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start) for o in entities)


# A preposition right before a name (with "the" between, or not).
_GOVERNED = re.compile(r"\b(?:in|at|to|from|with|for|against|into|toward|towards|over|between|via|near|across|"
                       r"inside|outside|on|about|than|visiting)\s+(?:the\s+)?$", re.I)


def _code_from_title(text: str, ent: Entity, kb: ActorKB, home: str | None,
                     sentence_state: str | None = None, *, us_named: bool = False) -> None:
    """Code an unknown person from the title chain right before the name, in place. A state's title with
    no country takes the story's dominant country, else ``sentence_state``: the one state the sentence
    names before it (a firm's or union's title does not: "union president X" is no one state's)."""
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
    name_start = ent.start
    while k > 0 and toks[k].key in _NAME_HONORIFICS and text[lo + toks[k].end:name_start] == " ":
        name_start, k = lo + toks[k].start, k - 1  # "the Lord Chancellor, Lord | Falconer"
    gap = text[lo + toks[k].end:name_start]
    if name_start != ent.start and not gap.strip(" .-"):
        k, name_start = first_in_ent - 1, ent.start  # "Foreign Secretary Sir Alan Budd": walk as before
        gap = text[lo + toks[k].end:name_start]
    name_k = k + 1
    appos = False
    if gap.strip(" .-"):
        # "The Transport Secretary, Alan Brindle, said": a title and the name between commas.
        # Any other punctuation between title and name is a list, not a title.
        if gap.strip() != "," or not re.match(r"\s*[,;.]", text[ent.end:ent.end + 3]):
            return
        appos = True
    start = first_in_ent
    while k >= 0 and first_in_ent - k <= 8:
        t = toks[k]
        between = text[lo + t.end:lo + toks[k + 1].start] if k + 1 < len(toks) else ""
        if appos and k == name_k - 1:
            between = ""
        if between.strip(" .-'’") or ("." in between and t.key not in _ABBREVIATIONS):
            break  # a comma, or a full stop that ends a sentence rather than "Rep." or "Gov."
        if k in covered or t.key in PORTFOLIO or t.key in TITLE_PREFIXES or t.key == "'s" or t.key in FORMER \
                or t.key in _CORPORATE_TITLES \
                or (t.text[:1].isupper() and k > 0 and not _sentence_start(text, lo + t.start)):
            start = k
            k -= 1
            continue
        if t.text[:1].isupper():  # a capitalised word opening the sentence still belongs to the title
            start = k
        break
    chain = [m for m in matches if m.i >= start and m.j <= name_k]
    if appos and not (toks[start].key == "the" or (start > 0 and toks[start - 1].key == "the")
                      or _state_possessive(toks, matches, start, name_k)):
        return  # only "the <title>, <name>," or "Peru's <title>, <name>," is an apposition
    if not chain:
        return
    if _officer_of_firm(kb, toks, chain, name_k, ent) or _officer_of_acronym(text, kb, toks, start, name_k, ent):
        return
    titles = [m for m in chain if m.kind == "agent" and (any(w in kb.office_words for w in m.key.split(" "))
                                                         or m.agent[0] in _HOME_SECTORS)]
    if not titles:
        return
    # Only the chain's own words may say "former" ("ex-senior civil servant"), not the sentence before it.
    sub = toks[start:first_in_ent]
    chain = [type(m)(m.kind, m.i - start, m.j - start, m.key, m.entries, m.agent, m.demoted) for m in chain]
    res = resolve_tokens(kb, text[lo:ent.end], sub, date=None, head=None, context_country=None,
                         matches=chain)
    if res is None or not res.sector:
        return
    code = res.code
    facing = any(w in FOREIGN_FACING_TITLES for m in titles for w in m.key.split(" "))
    if code is None and us_named and any(toks[m.i].key in _CONGRESS_TITLES and text.startswith(".", lo + toks[m.i].end)
                                         for m in titles):
        # "KUWAIT - ... Sen. John Glenn": the abbreviated titles of the U.S. Congress ("Sen.", "Rep.") in a
        # text that names the United States are American, whatever state the story was filed from or is about.
        code = "USA"
    if code is None and res.sector in _HOME_SECTORS and not facing:
        code = home
    if code is None and res.sector in _STATE_SECTORS and not facing:
        code = sentence_state
    if code is None:
        return
    ent.code, ent.sector, ent.secondary_sector = code, res.sector, res.secondary_sector
    ent.office = res.office or ent.office


# Posts an international body gives its own people ("EC farm commissioner", "IMF managing director", "GATT
# spokesman"). Not "minister" or "ambassador": a state's posts, whatever body the state meets in.
_BODY_OFFICES = frozenset({"commissioner", "president", "vice", "chairman", "chairwoman", "director", "general",
                           "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "official", "chief",
                           "head", "negotiator", "economist", "coordinator", "administrator", "managing"})
# Bodies no state owns: their officers take the body's code.
_BODY_CODES = frozenset({"EUR", "UNO", "IGO"})
# Lower-case words that cannot sit inside an office's title ("the EC member states' envoy"): a body's portfolio
# word ("farm", "competition") can.
_NOT_IN_TITLE = frozenset({"the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "by", "with", "at", "from",
                           "as", "that", "member", "members", "state", "states", "country", "countries", "nation",
                           "nations", "government", "governments", "said", "says", "told", "former", "ex"})


def _officer_of_body(text: str, ent: Entity, kb: ActorKB) -> None:
    """"EC farm commissioner Frans Andriessen", "the IMF's managing director Ana Ruiz": a person the tables
    lack, written right after an international body's name and one of its posts, is that body's officer and
    takes its code, in place; later bare mentions of the surname then follow him (PLOVER codes an IGO's
    officials as the IGO). Before, the title before the name gave nothing and the person stayed uncoded."""
    lo = max(0, ent.start - 100)
    toks = tokenize(text[lo:ent.start])
    if not toks or text[lo + toks[-1].end:ent.start].strip() or toks[-1].key not in _BODY_OFFICES:
        return
    k = len(toks) - 1
    while k > 0 and len(toks) - k <= 4 and _joined(text, lo, toks[k - 1], toks[k]):
        prev = toks[k - 1]
        if prev.key in _BODY_OFFICES or prev.key in TITLE_PREFIXES or prev.key in PORTFOLIO \
                or (prev.text.isalpha() and prev.text.islower() and prev.key not in _NOT_IN_TITLE):
            k -= 1
            continue
        break
    if k > 0 and toks[k - 1].key == "'s":
        k -= 1  # "the EC's farm commissioner"
    body = next((m for m in scan(kb, toks[:k]) if m.j == k and m.kind == "name"), None)
    if body is None or k == len(toks) or body.entries[0].kind != "igo":
        return
    res = kb.resolution(body.entries[0], body.key, None)
    if res.code not in _BODY_CODES:
        return
    ent.code, ent.sector, ent.secondary_sector = res.code, res.sector, None
    ent.office = ent.office or " ".join(t.text for t in toks[k:] if t.key != "'s")


def _joined(text: str, lo: int, a, b) -> bool:
    """Whether two title words are written together: spaces or a hyphen between, no punctuation or line end
    of a paragraph ("director-general", but not "the EC. President ...")."""
    gap = text[lo + a.end:lo + b.start]
    return gap.strip() in ("", "-") and "\n\n" not in gap


# Words of a firm's offices ("Microsoft founder", "Acme chief executive", "Acme boss").
_CORPORATE_TITLES = frozenset({"founder", "co", "cofounder", "chairman", "chairwoman", "chief", "executive", "ceo",
                               "boss", "president", "director", "managing", "head", "owner", "officer",
                               "operating", "financial", "spokesman", "spokeswoman"})


def _officer_of_firm(kb: ActorKB, toks, chain, name_k: int, ent: Entity) -> bool:
    """"Microsoft founder Bill Gates", "Deutsche Boerse chief executive Hans Roth": a person the tables
    lack, written after a firm's name and one of its offices, is the firm's officer: the firm's code (a
    multinational's MNC, or a national firm's country with BUS), in place. PLOVER codes a company's
    people as the company."""
    firm = next((m for m in reversed(chain) if m.kind == "name" and m.entries[0].kind == "org"), None)
    if firm is None or firm.j >= name_k:
        return False
    if not _firm_titles(toks, firm.j, name_k):
        return False
    return _as_firm_officer(ent, kb.resolution(firm.entries[0], firm.key, None), toks, firm.j, name_k)


def _firm_titles(toks, lo: int, hi: int) -> bool:
    """Whether the words between a firm and a name are a corporate office ("chief executive", "boss")."""
    words = [t.key for t in toks[lo:hi] if t.key != "'s"]
    return bool(words) and all(w in _CORPORATE_TITLES or w in TITLE_PREFIXES for w in words) \
        and any(w in _CORPORATE_TITLES for w in words)


def _as_firm_officer(ent: Entity, res, toks, lo: int, hi: int) -> bool:
    """Code ``ent`` as the firm's officer: a multinational's MNC or a national firm's country with BUS."""
    if res.code == "MNC":
        ent.code, ent.sector = "MNC", None
    elif res.code and res.sector == "BUS":
        ent.code, ent.sector = res.code, "BUS"
    else:
        return False
    ent.secondary_sector = None
    ent.office = ent.office or " ".join(t.text for t in toks[lo:hi] if t.key != "'s")
    return True


def _officer_of_acronym(text: str, kb: ActorKB, toks, start: int, name_k: int, ent: Entity) -> bool:
    """"the London Stock Exchange (LSE) ... LSE boss Clara Furse": a firm's office after an acronym the text
    defined in brackets is that firm's officer, as after the firm's full name (audit 9b); without this the
    title alone gave the story's dominant country (the bidder's, in a takeover story)."""
    acr = toks[start].text
    if not (2 <= len(acr) <= 8 and acr.isupper() and acr.isalpha()):
        return False
    if not _firm_titles(toks, start + 1, name_k):
        return False
    res = _acronym_body(text, acr, kb)
    return res is not None and _as_firm_officer(ent, res, toks, start + 1, name_k)


def _acronym_body(text: str, acr: str, kb: ActorKB):
    """The resolution of the capitalised name the text writes right before "(ACR)", if any."""
    m = re.search(rf"({_CAPS_NAME})\s*\(\s*{re.escape(acr)}\s*\)", text)
    if m is None:
        return None
    name = re.sub(r"^(?:The|the)\s+", "", m.group(1))
    toks = tokenize(name)
    if not toks or len(toks) > 10:
        return None
    return resolve_tokens(kb, name, toks, date=None, head=None, context_country=None)


_PEERAGE = frozenset({"lord", "baroness"})
# Letters after a name that make its bearer a member of a legislature: "Margaret Hale MP", "Ann Lyle MSP".
_POSTNOMINAL_LEG = re.compile(r"\s(?:MP|MSP|MLA|TD)\b(?![-'’])")


# A member of the US Congress as American wire copy writes one: party and state after the name, "Sen. David Boren
# (D-Okla.)", "John Danforth, R-Mo.,", "Rep. Charles Rangel (D-N.Y.)".
_US_PARTY_STATE = re.compile(r"\s*(?:\(|,\s)[DR]-\s?[A-Z][A-Za-z]{0,5}\.?(?:\s?[A-Z][a-z]{0,4}\.)?\s*[),]")


def _code_from_party_state(text: str, ent: Entity) -> None:
    """A person written with a US legislator's party and state is a US legislator (USA LEG), in place, whatever
    state the story is about ("Rep. Richard Gephardt (D-Mo.)" in a Tokyo story is no Japanese legislator); a
    person the tables know keeps their code."""
    if _US_PARTY_STATE.match(text, ent.end):
        ent.code, ent.sector = ent.code or "USA", ent.sector or "LEG"


def _code_from_postnominal(text: str, ent: Entity, home: str | None) -> None:
    """A person written with a legislator's letters after the name is a legislator (LEG), in place; the
    country is the one the tables give, else the article's dominant one."""
    if not _POSTNOMINAL_LEG.match(text, ent.end):
        return
    ent.sector = "LEG"
    ent.code = ent.code or home


_NAME_HONORIFICS = frozenset({"lord", "baroness", "lady", "sir", "dame", "mr", "mrs", "ms", "dr"})
_AGE = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*(?=,)")


def _peer(text: str, ent: Entity) -> bool:
    """Whether the person is written as a peer: "Lord Ashwell", "Baroness Ferrer"."""
    first = ent.text.split()[0].lower() if ent.text.split() else ""
    before = text[max(0, ent.start - 12):ent.start].split()
    return first in _PEERAGE or (bool(before) and before[-1].lower() in _PEERAGE)


def _code_from_apposition(text: str, ent: Entity, kb: ActorKB, home: str | None) -> None:
    """Code a person from a title written after the name between commas ("Alan Brindle, 61, MP for
    Eastwick,", "Jorge Pardo, a former Peruvian interior minister,"), in place. A person the tables
    know only by country keeps that country and takes the title's sector."""
    rest = text[ent.end:ent.end + 200]
    if not rest.startswith(","):
        return
    age = _AGE.match(rest)
    if age:
        rest = rest[age.end():]
    body = re.split(r"[,;.()\n\"“”]", rest[1:], maxsplit=1)[0].strip()
    if not body or len(body.split()) > 12:
        return
    toks = tokenize(body)
    if not toks or toks[0].text[:1].isupper() and toks[0].key not in ("a", "an", "the") \
            and not any(t.key in kb.office_words for t in toks[:4]):
        return  # the next item of a list of names, not a description
    matches = scan(kb, toks)
    first = toks[0]
    if not (first.key in ("a", "an", "the") or first.text[:1].isupper() or first.key in FORMER
            or first.key in PORTFOLIO or first.key in TITLE_PREFIXES or first.key in kb.office_words
            or any(m.i == 0 for m in matches)):
        return  # a clause ("who co-manages the team"), not a title
    titled = any(m.kind == "agent" and (any(w in kb.office_words for w in m.key.split(" "))
                                        or m.agent[0] in _HOME_SECTORS) for m in matches) \
        or any(t.key in kb.office_words for t in toks)
    if not titled:
        return
    res = resolve_tokens(kb, body, toks, date=None, head=None, context_country=None, matches=matches)
    if res is None or not res.sector:
        return
    # Only a country written in the title names the person's state; a party or body may be another
    # state's namesake ("the leader of the Democratic Party" in a story about Korea).
    code = ent.code or (res.code if res.kind in ("country", "norp") else None)
    if code is None and res.sector in _HOME_SECTORS and not any(t.key in FOREIGN_FACING_TITLES for t in toks):
        code = home
    if code is None:
        return
    ent.code, ent.sector, ent.secondary_sector = code, res.sector, res.secondary_sector
    ent.office = res.office or ent.office


def _org_from_apposition(text: str, ent: Entity, kb: ActorKB) -> None:
    """Code an organisation the tables lack from the description after it between commas: "Kestrel,
    the Danish export credit agency," is Danish and governmental; "Kestrel, a Dutch bank," Dutch and BUS.
    Only a country written in the description counts, and only with a noun that says what the body is."""
    rest = text[ent.end:ent.end + 160]
    if not rest.startswith(","):
        return
    body = re.split(r"[,;.()\n\"“”]", rest[1:], maxsplit=1)[0].strip()
    toks = tokenize(body)
    if not toks or toks[0].key not in ("a", "an", "the") or len(toks) > 8:
        return
    matches = scan(kb, toks)
    if not any(m.kind == "agent" for m in matches):
        return
    res = resolve_tokens(kb, body, toks, date=None, head=None, context_country=None, matches=matches)
    if res is None or res.kind not in ("country", "norp") or not res.code or res.code in NONSTATE_CODES or not res.sector:
        return
    ent.code, ent.sector, ent.secondary_sector = res.code, res.sector, res.secondary_sector


_CAPS_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|on|the|de|[A-Z][\w.&'’-]*))*"


def _org_from_acronym(text: str, ent: Entity, kb: ActorKB) -> None:
    """"the London Stock Exchange (LSE) ... the LSE": an acronym the text defines in brackets after a
    capitalised name is that name, so it takes the name's code and sector, in place. Bodies only (firms,
    exchanges, agencies): party acronyms are left to the party tables and their namesake rules, since one
    acronym names parties in several states ("PPP")."""
    acr = re.sub(r"^the\s+", "", ent.text.strip(), flags=re.I).replace("'s", "").replace("’s", "").strip()
    if not (2 <= len(acr) <= 8 and acr.replace(".", "").isupper() and acr.replace(".", "").isalpha()):
        return
    m = re.search(rf"({_CAPS_NAME})\s*\(\s*{re.escape(acr)}\s*\)", text)
    if m is None:
        return
    name = re.sub(r"^(?:The|the)\s+", "", m.group(1))
    toks = tokenize(name)
    if not toks or len(toks) > 10:
        return
    res = resolve_tokens(kb, name, toks, date=None, head=None, context_country=None)
    if res is None or not res.code or not res.sector and res.code not in NONSTATE_CODES \
            or res.kind in ("person", "party") or "PTY" in (res.sector, res.secondary_sector):
        return
    if res.kind in ("country", "norp", "seat", "place") and res.matched and res.matched.strip() == name.strip():
        return  # "United States (US)": a place, not a body
    ent.code, ent.sector, ent.secondary_sector = res.code, res.sector, res.secondary_sector


def _initials(name: str) -> str:
    """The capitals a body's short form takes from its name: "the Bank of England" -> "BE"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper() and w.lower() != "the")


def _org_from_initials(ent: Entity, entities: list[Entity]) -> None:
    """"the Bank of England ... the BoE", "the European Central Bank ... the ECB": a short form made of
    the initials of a body named in full earlier in the text, with no brackets to define it, is that body;
    it takes the body's code and sector, in place. Only coded bodies of two words or more (not people,
    places or parties), and only a short form of at most one lower-case letter ("BoE")."""
    acr = re.sub(r"^the\s+", "", ent.text.strip(), flags=re.I).replace("'s", "").replace("’s", "").strip()
    caps = "".join(c for c in acr if c.isupper())
    if not (2 <= len(acr) <= 6 and acr.isalpha() and acr[0].isupper() and len(caps) >= 2 and len(acr) - len(caps) <= 1):
        return
    for prior in reversed([e for e in entities if e.end <= ent.start]):
        if prior.code and prior.label in ("ORG", "IGO") and len(prior.text.split()) >= 2 and \
                (prior.sector or prior.code in NONSTATE_CODES) and "PTY" not in (prior.sector, prior.secondary_sector) \
                and _initials(prior.text) == caps:
            ent.code, ent.sector, ent.secondary_sector = prior.code, prior.sector, prior.secondary_sector
            return


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


# The Arabic article written on a family name ("Suleiman al-Shaheen", "Osama el-Baz"): wires name the man again
# by the name without it ("Shaheen said").
_NAME_ARTICLE = re.compile(r"^(?:[aA][lnrstdz]|[eE]l|ash|Ash)-(?=[A-Z][a-z])")


def _article_names(name: str) -> list[str]:
    """The family names of a full name written with the Arabic article, without it ("al-Shaheen": "Shaheen")."""
    return [w[m.end():] for w in name.replace("’s", "").replace("'s", "").split()
            if (m := _NAME_ARTICLE.match(w)) and len(w) - m.end() >= 3]


def _state_possessive(toks, matches, start: int, name_k: int) -> bool:
    """Whether a title chain holds a state's possessive ("Peru's finance minister, Carlos Ruiz,"): the apposition
    then names that state's office holder, as "the finance minister, Carlos Ruiz," names one."""
    return any(m.kind == "name" and start <= m.i and m.j + 1 < name_k and toks[m.j].key == "'s" and m.entries and
               all(e.kind == "country" for e in m.entries) for m in matches)


def _same_name(word: str, ref_words: set[str]) -> bool:
    """Whether a name word is one of a known person's, or the same stem ("Clark" for "Clarke")."""
    return word in ref_words or (len(word) >= 4 and any(
        len(r) >= 4 and (r.startswith(word) or word.startswith(r)) for r in ref_words))


# A courtesy title written right before a single name: that name is a surname ("Mr Howard").
_SURNAME_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")


def _link(entities: list[Entity], text: str | None = None) -> dict[str, Entity]:
    """Later short mentions of a person take the code of the earlier full mention
    ("South Korean President Yoon Suk Yeol ... Yoon said"), as a reader would. The first word of a
    two-word name may be a given name ("Howard Flight"): it links a later bare mention only when no
    other person has it as a surname and no "Mr"/"Mrs" marks the mention as a surname ("Mr Howard")."""
    known: dict[str, Entity] = {}
    given: dict[str, Entity] = {}
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
            elif prev.label == "PERSON" and ent.start - prev.end == 1 and words:
                # "Roberto Abreu | Sodre": the NER cut one long name in two; the rest is the same man.
                ent.code, ent.sector, ent.office = prev.code, prev.sector, prev.office
                ent.canonical, ent.secondary_sector = prev.canonical, prev.secondary_sector
        if (ent.label == "PERSON" and ent.code and prev is not None and prev.label == "PERSON" and prev.code
                and ent.start - prev.end == 1 and len(words) == 1 and (prev.code, prev.sector) == (ent.code, ent.sector)):
            # ... and a later bare "Sodre" is him too.
            known.setdefault(words[0], prev)
        prev = ent
        if ent.code and ent.label == "PERSON" and len(ent.text.split()) >= 2:
            for w in _article_names(ent.text):
                known.setdefault(w, ent)
        if ent.code and ent.label in ("PERSON", "AGENT") and len(words) >= 2:
            names = [w for w in words if w.lower().strip(".") not in _HONORIFICS]
            for w in words[-3:]:
                if w.lower().strip(".") not in _HONORIFICS:  # "Lord", "Sir" are no one's name
                    if ent.label == "PERSON" and len(names) == 2 and w == names[0]:
                        given.setdefault(w, ent)
                    else:
                        known.setdefault(w, ent)
        elif ent.label in ("ORG", "GPE") and not ent.code and len(words) == 1 and ent.text == words[0] and \
                words[0] in known and known[words[0]].label == "PERSON":
            # "Prime Minister Yasuhiro Nakasone ... On the trade sanctions, Nakasone said": a lone word
            # that is the surname of a person the story named in full is that person, whatever the
            # tagger's label (it reads a sentence, the story has named him).
            ref = known[words[0]]
            ent.label = "PERSON"
            ent.code, ent.sector, ent.office, ent.canonical = ref.code, ref.sector, ref.office, ref.canonical
        elif ent.label == "PERSON" and not ent.code and words:
            ref = known.get(words[-1]) or known.get(words[0])
            if ref is None and words[0] in given and (len(words) >= 2 or not (
                    text is not None and _SURNAME_TITLE.search(text, max(0, ent.start - 6), ent.start))):
                ref = given[words[0]]
            if ref is not None and len(words) >= 2 and words[-1] not in known:
                # "Tony Blair ... the writer Tony Hobbes": a full name sharing only its first word with a
                # known person is someone else; the rest of the name must match too ("Yoon Suk-yeol",
                # or a misspelling that keeps its stem: "Charles Clark" for Charles Clarke).
                ref_words = {w.split("-")[0] for w in ref.text.replace("’s", "").replace("'s", "").split()}
                if not any(_same_name(w.split("-")[0], ref_words) for w in words[1:]):
                    ref = None
            if ref is not None:
                ent.code, ent.sector, ent.office, ent.canonical = ref.code, ref.sector, ref.office, ref.canonical
    return known
