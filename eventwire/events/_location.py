"""Where an event happened: the place attached to its clause, else the sentence's, else the previous
sentence's (or the scene an event-less sentence of the paragraph set) or the dateline's when the parties agree,
else a party's country, each with the rule
that placed it (``location_source``, one of ``LOCATION_SOURCES``) so a country-centroid pin is never mistaken for a
city."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable

from ..actors import state_on, todays_states
from ..model import Actor, EventLocation
from . import _syntax as syn
from ._vocabulary import FIRM_CODE, INTERNATIONAL_BODY_CODES, MEETING_HEADS, NON_STATE_CODES, STATE_HEADS, VISIT_HEADS

# The rules an event's place can come from (``EventLocation.location_source``). Before the eighteenth audit "story"
# also named the two story-level rules now called "story visit" and "story gathering"; a stored "story" still reads
# as "from the story", which all three are.
LOCATION_SOURCES = {
    "clause": "a place attached to the event's own clause",
    "sentence": "another place of the event's sentence",
    "previous sentence": "the place an earlier sentence put the same people, the same fighting or the same suit in",
    "scene": "the town or region an event-less sentence just before it in the paragraph set the scene in",
    "later sentence": "the place a later sentence gives the same act (\"The agreement was signed in Bonn\", \"the offer "
                      "will be made in Geneva\")",
    "dateline": "the town the story was filed from",
    "actor": "the actor's country or seat",
    "recipient": "the recipient's country, or the country visited when the recipient is from there",
    "story": "the country the story is mostly about",
    "story visit": "the country the story has the actor visiting, or travelling to",
    "story gathering": "the venue of the gathering the story covers",
    "seat": "the town an international body that acts itself sits in (the EC in Brussels, the IMF in Washington)",
    "waters": "a sea, strait or gulf named for the event, in the one state of its parties on its shores",
}


def attached(ctx_map: dict[int, Any], verb: Any, sentence: Any, locative: bool = False,
           exclude: set[int] | frozenset[int] = frozenset(), noun: Any = None) -> tuple[Any | None, Any | None]:
    """The mention attached to ``verb``'s own clause, and the first one elsewhere in the sentence. For an event
    named by a noun (``noun``: "a summit in Venice", "the Geneva talks"), a place on the noun itself comes
    first, before any other place of the clause around it."""
    if locative and any(c.dep_ == "advmod" and c.lower_ == "here" for c in (noun if noun is not None else verb).children):
        # "a visit here next week by Japanese officials and a visit to Tokyo by ...", "met here": the event is
        # where the story was filed, not at another place of its sentence.
        return None, None
    if locative and noun is not None:
        on_noun = _on_noun(ctx_map, noun, sentence, exclude)
        if on_noun is not None:
            return on_noun, None
    own, other = None, None
    own_tok = None  # the token that placed ``own`` by the clause rule, for `_finer_in_owned`
    hosted = None  # the place of a visit the event is told as done within, when its own clause names none
    chain = (verb, *syn.verb_chain(verb))
    # "will push for a statement at the summit in Venice, urging talks begin": a bare participle tells more of the
    # same act as the verb it hangs on, so that verb's own places are the participle's too.
    twin = verb.head if _bare_participle(verb) else None
    twinned = None  # the first place of ``twin``'s clause, when the participle's own names none
    # "Foreign Secretary Jack Straw, who will hold talks in Beijing, said ...": an event that is itself a relative
    # clause inside the excluded (the actor's) phrase keeps the places of its own clause.
    inside = verb.i in exclude
    for i in range(sentence.start, sentence.end):
        item = ctx_map.get(i)
        if item is None:
            continue
        if locative and i in exclude:
            # ("the first U.S. official to visit Japan since ...", "Howard, who will also be visiting South Korea,
            # said": the place a visit on the subject visits, when that visit is the event, past or still ahead, as a
            # visit told in a clause of its own is; a visit under way, "who is visiting China", is the story's visit,
            # `_abroad_visit`'s)
            if inside and verb.left_edge.i <= i <= verb.right_edge.i and \
                    (_plainly_at(sentence.doc[i], verb) or (_visited(sentence.doc[i], chain) and not _under_way(verb))):
                own = own or item
            continue
        if locative and _came_from(sentence.doc[i], chain):
            continue  # "met the premier after returning from Mexico City": one is no longer where one came from
        if locative and _at_gathering(sentence.doc[i], chain, item):
            own = own or item  # "will meet them at the Venice summit", "at the summit, which takes place in Venice"
            continue
        if locative and _visit_hosts(sentence.doc[i], verb):
            hosted = hosted or item  # "ended a visit to Morocco after signing an accord": done on the visit, there
            continue
        if locative and not syn.is_locative(sentence.doc[i]):
            if _visited(sentence.doc[i], chain) or _left_after(sentence.doc[i], chain):
                own = own or item  # "when he visits the U.S.": a visit happens in the place visited
            continue
        if locative and _bearing_from(sentence.doc[i], item):
            continue  # "shelled two Iranian oil platforms east of Bahrain": the platforms are Iran's, not Bahrain's
        if locative and noun is None and _judged(sentence.doc[i], verb):
            continue  # "denounced a raid on an airfield near Sirte": a place in what is judged is not where one speaks
        if locative and _since(sentence.doc[i], verb):
            continue  # "will gather for the first time since their talks in Paris": the place of the earlier event
        if locative and _told_audience(sentence.doc[i], verb) and _placed_before(ctx_map, sentence, item, exclude):
            # "Two platforms in the Gulf were hit. One was shelled by destroyers, the minister told a news
            # conference in Tehran": where the report was made to the press, in a story that has placed its events
            # elsewhere, is not where the reported event happened.
            continue
        if locative and (_reported_content(sentence.doc[i], chain) or _topic(sentence.doc[i])
                         or _source(sentence.doc[i]) or _aimed(sentence.doc[i])
                         or _compared(sentence.doc[i], chain) or _described(sentence.doc[i], chain, noun)
                         or _conditional(sentence.doc[i], chain)):
            continue
        if locative and twin is not None and _twin_place(sentence.doc[i], twin):
            twinned = twinned or item
        if syn.clause_head(sentence.doc[i]) in chain:
            if own is None or (locative and (_finer_in_owned(own, own_tok, item, sentence.doc[i])
                                             or _finer_than_water(own, own_tok, item, sentence.doc[i]))):
                own, own_tok = item, sentence.doc[i]
        if not locative or _governs(sentence.doc[i], verb):
            other = other or item
    return own or twinned or hosted, other


def _bare_participle(verb: Any) -> bool:
    """Whether ``verb`` is a present participle hung on another verb with no subject or conjunction of its own
    ("attacked the town, killing five", "will push for a statement, urging talks"): the same act told further."""
    return getattr(verb, "dep_", "") == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i and \
        verb.lower_ not in _PREP_PARTICIPLES and syn.first_child(verb, "nsubj", "nsubjpass", "mark") is None


def _twin_place(tok: Any, twin: Any) -> bool:
    """Whether ``tok`` is a place of ``twin``'s own clause that is where ``twin`` was done, not what it judges,
    reports or describes ("condemned the raid on a village in Somalia, saying ...": the raid's place is not the
    speaker's)."""
    chain = (twin, *syn.verb_chain(twin))
    return syn.clause_head(tok).i == twin.i and not _judged(tok, twin) and not _reported_content(tok, chain) and \
        not _described(tok, chain) and not _compared(tok, chain) and not _conditional(tok, chain)


def _under_way(verb: Any) -> bool:
    """Whether ``verb`` is a present progressive with no modal ("who is visiting China"): a visit going on, which
    the story's visit rules place, rather than one told as done or to come."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and any(a in ("is", "are", "was", "were") for a in aux) and \
        not any(a in _MODALS for a in aux)


def _finer_in_owned(kept: Any, kept_tok: Any, item: Any, tok: Any) -> bool:
    """Whether ``item`` is a town or site inside the country ``kept`` that owns the phrase it is named in ("hit the
    jetty at Iran's Kharg island oil terminal", "raided Iran's southwestern Ahvaz field"): the possessive country
    says whose the site is, the place named after it says where in that country the act was."""
    if kept_tok is None or kept_tok.dep_ != "poss" or (getattr(kept, "resolution", None) or 0) != 1:
        return False
    code = getattr(kept, "country_code", None)
    if not code or getattr(item, "country_code", None) != code or (getattr(item, "resolution", None) or 0) <= 1:
        return False
    owned = kept_tok.head
    return tok.i > kept_tok.i and owned.left_edge.i <= tok.i <= owned.right_edge.i


def _finer_than_water(kept: Any, kept_tok: Any, item: Any, tok: Any) -> bool:
    """Whether ``item`` is a town with a country named in the phrase that the body of water ``kept`` only describes
    ("near the Indian Ocean city of Durban", "the Red Sea port of Jeddah", "the Gulf port of Bandar Abbas"): the
    sea says which coast the town is on; the town is where the act was."""
    if kept_tok is None or not _at_sea(kept) or not getattr(item, "country_code", None):
        return False
    described = kept_tok
    while described.dep_ == "compound" and described.head.pos_ == "PROPN":  # "Indian" -> "Ocean"
        described = described.head
    if described.dep_ not in ("compound", "amod", "nmod") or described.head.pos_ != "NOUN":
        return False
    noun = described.head
    return noun.left_edge.i <= tok.i <= noun.right_edge.i and tok.i > kept_tok.i


# Sites fixed on the ground or in the waters of the state that owns them: a state's port, oil platform or town is
# where that state is (a ship or an army base may be anywhere, whatever its flag).
FIXED_SITES = frozenset({"platform", "platforms", "rig", "rigs", "oilfield", "oilfields", "field", "fields",
                         "terminal", "terminals", "refinery", "refineries", "port", "ports", "harbour", "harbor",
                         "jetty", "island", "islands", "town", "towns", "village", "villages", "city", "airport",
                         "site", "sites"})


def _site_state(site: Any) -> str | None:
    """The state a fixed site is said to be of ("two Iranian oil platforms", "Kuwait's main port"), else None."""
    if site is None or site.lower_ not in FIXED_SITES:
        return None
    from ..actors import resolve_phrase

    for c in site.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.text[:1].isupper():
            res = resolve_phrase(c.text.removesuffix("'s").removesuffix("’s"))
            code = getattr(res, "code", None) if res is not None else None
            if code and len(code) == 3 and code.isalpha() and code not in NON_STATE_CODES and \
                    getattr(res, "kind", None) in ("norp", "country"):
                return code
    return None


def _bearing_from(tok: Any, item: Any) -> bool:
    """Whether ``tok`` names only the town a bearing is taken from ("about 120 miles east of Bahrain") for a
    fixed site that the sentence gives to another state ("destroyed two Iranian oil platforms ... east of
    Bahrain"): the site lies in its own state's ground or waters, which the bearing does not change."""
    cur = _phrase_head(tok)
    if cur.dep_ != "pobj" or cur.head.lower_ != "of" or cur.head.head.lower_ not in syn.COMPASS_WORDS:
        return False
    compass = cur.head.head
    host = compass.head
    if host.pos_ in ("VERB", "AUX"):
        sites = [c for c in host.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        sites = [host]
    code = getattr(item, "country_code", None)
    return any((state := _site_state(_phrase_head(s, 4))) is not None and state != code for s in sites)


def _governs(tok: Any, verb: Any) -> bool:
    """Whether the clause ``tok`` is in is the event's own or one the event's clause hangs under: a clause it is a
    participle, adverbial or relative clause of ("clashed with police in Lagos, killing two", "began talks in Bonn
    that will include ..."), or a conjunct of the event's verb sharing its subject ("killed five people and set
    ablaze shops in Punjab"). A place in a clause below the event's ("will propose a summit to take place in
    Caracas", "wants its firms to compete in Japan") or beside it (a relative clause on the subject, "Smith, who
    flies to Brussels today, said ...") is where another act happens. Above a report of the event, only a place
    in what the reporting clause acts on counts ("reported gains near Basra, saying its forces had captured a
    line"), not where or about what the report was made ("In London, the insurers said the tanker was hit", "in
    a statement on Japan, the ministers said they deplore ..."). Kept below the event, each by its check: relative
    clauses on people and on gatherings held, a bare participle of the event's verb, a relative clause on its
    object, and a present participle closing on one of its clause's nouns."""
    head = syn.clause_head(tok)
    if head.dep_ == "conj" and head.head.i == verb.i and syn.first_child(head, "nsubj", "nsubjpass") is None and \
            _coordinated(verb, head):
        return True
    if head.dep_ == "relcl" and head.i != verb.i and _kept_relative(head) and _governs(head.head, verb):
        return True
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i == verb.i and head.lower_ not in _PREP_PARTICIPLES \
            and syn.first_child(head, "nsubj", "nsubjpass", "mark") is None:
        # "launched their first ambushes, wounding three settlers ... in the West Bank": a bare participle of the
        # event's own verb tells what the same act did, at the same place
        return True
    if _on_object_told(tok, head, verb):
        return True
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.i != verb.i and _governs(head.head, verb):
        # "were abducted by gunmen wearing uniforms in the heart of Kabul": a place closing a present participle on
        # one of the clause's own nouns is, as often as not, the clause's own (the parser hangs it on the nearest verb)
        return True
    cur, reported = verb, False
    for _ in range(16):
        if cur.i == head.i:
            return not reported or _in_object(tok, head)
        if cur.dep_ in ("ccomp", "parataxis"):
            reported = True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _coordinated(verb: Any, conj: Any) -> bool:
    """Whether a verb the parser calls a conjunct of the event's verb is joined to it by a conjunction ("killed five
    people and set ablaze shops"): one with none is the parser's guess at a clause it could not place ("are meeting
    to discuss progress made since the round was launched in Punta del Este", the subject of "was launched" taken
    into "since"), another act with its own time and place."""
    return any(c.dep_ in ("cc", "preconj") for c in (*verb.children, *conj.children))


# The press a report is made to: "told a news conference in Tehran", "told reporters in Kabul".
_AUDIENCE = frozenset({"conference", "reporters", "journalists", "newsmen", "correspondents", "briefing", "press",
                       "newspaper", "newspapers"})


def _told_audience(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` sits in the press audience that the event is reported to ("the minister told a news
    conference in Tehran", "told reporters in Kabul"): the direct object of a verb above the event's clause, the
    event being what that verb reports."""
    head = syn.clause_head(tok)
    if head.i == verb.i:
        return False
    cur, reported = verb, False
    for _ in range(16):
        if cur.i == head.i:
            break
        if cur.dep_ in ("ccomp", "parataxis"):
            reported = True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    else:
        return False
    if not reported:
        return False
    cur = tok
    for _ in range(16):
        if cur.head.i == head.i:
            return cur.dep_ == "dobj" and cur.lower_ in _AUDIENCE
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _placed_before(ctx_map: dict[int, Any], sentence: Any, item: Any, exclude: set[int] | frozenset[int]) -> bool:
    """Whether the story names, before ``sentence`` and outside its dateline, a place of another country than
    ``item``'s (or one of no country, a sea): a story about events elsewhere, whose reports are made at home."""
    code = getattr(item, "country_code", None)
    return any(j not in exclude and other is not item and getattr(other, "country_code", None) != code
               for j, other in ctx_map.items() if j < sentence.start)


# Nouns of an act answering an earlier one: "in response to", "in retaliation for", "in reprisal for". Not what
# answers a question ("in reply to questions in Tokyo, he said"): one answers where one is asked.
_ANSWER_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "riposte"})
_ASKED = frozenset({"question", "query", "reporter", "journalist", "questioner", "interviewer"})


def _since(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` is in the object of "since" ("the first time since their February talks in Paris", "the
    worst fighting since the offensive near Basra"), or of what an act answers ("shelled two platforms in response
    to Friday's attack on a ship in Kuwaiti waters", "in retaliation for the raid on Basra"): the place of an
    earlier event the time is counted from or that is answered, unless the event is told inside that phrase
    ("since their talks in Paris, where they agreed ...")."""
    cur = _phrase_head(tok)
    for _ in range(8):
        if cur.dep_ == "prep" and (cur.lower_ == "since" or (
                cur.lower_ in ("to", "for") and cur.head.lower_ in _ANSWER_NOUNS and cur.head.i != verb.i
                and not any(o.dep_ == "pobj" and o.lemma_.lower() in _ASKED for o in cur.children))):
            return not cur.left_edge.i <= verb.i <= cur.right_edge.i
        if cur.dep_ not in ("pobj", "prep", "compound", "nmod", "poss", "amod") or cur.head.i == cur.i:
            return False
        cur = _phrase_head(cur.head)
    return False


_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "'ll", "can"})
# Participles used as prepositions: "suspended a year ago following a drought in Brazil".
_PREP_PARTICIPLES = frozenset({"following", "including", "regarding", "concerning", "according", "excluding",
                               "pending", "considering", "involving", "using"})


def _on_object_told(tok: Any, head: Any, verb: Any) -> bool:
    """Whether ``tok`` is in a relative clause, not hypothetical, on the object of the event's verb ("claimed
    responsibility for shooting down the helicopter, which it said crashed in Logar province"), itself or through a
    report inside it: where the thing acted on was ("a meeting, which could take place in Caracas" is not yet)."""
    cur = head
    for _ in range(4):
        if cur.dep_ == "relcl":
            break
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    else:
        return False
    noun = _phrase_head(cur.head, 4)
    return noun.dep_ == "dobj" and noun.head.i == verb.i and \
        not any(c.dep_ == "aux" and c.lower_ in _MODALS for r in (cur, head) for c in r.children)


def _kept_relative(head: Any) -> bool:
    """Whether the relative clause ``head`` keeps its place for the clause its noun is in (`_described`'s
    exceptions): a clause on people ("arrested two men who had planted a bomb in Lyon", "discussed the loan with
    Knox, who is in Buenos Aires") or one saying where a gathering was held ("spoke after talks which were held
    in Geneva"); not a gathering that may still be held somewhere ("a meeting, which could take place in
    Caracas")."""
    rel = [d for d in head.subtree if d.i < head.i and d.tag_ in ("WDT", "WP", "WP$", "WRB")]
    if any(d.lower_ in ("who", "whom") for d in rel):
        return True
    return head.lemma_.lower() in HELD_VERBS and \
        not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)


def _in_object(tok: Any, head: Any) -> bool:
    """Whether ``tok`` sits inside the direct object of ``head``."""
    cur = tok
    for _ in range(16):
        if cur.head.i == head.i:
            return cur.dep_ == "dobj"
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


NOUN_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on", "off"})


def _phrase_head(tok: Any, steps: int = 10) -> Any:
    """The head of the phrase ``tok`` belongs to, through compounds, conjuncts and appositions (a long
    list, "from Brazil, Mexico, ..., Costa Rica and Nicaragua", chains its conjuncts)."""
    return syn.climb(tok, ("compound", "conj", "appos"), steps)


def _plainly_at(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` (or the head of its coordination) is the object of "in / at / near ..." on ``verb`` itself
    or on its object ("who will hold talks in Beijing"), the plainest way to say where the act is; not "supported
    Iraq over Iran", nor "declined to attend the meeting in Paris", a place of another act."""
    cur = _phrase_head(tok)
    if cur.dep_ != "pobj" or cur.head.lower_ not in NOUN_PLACE_PREPS - {"on"}:
        return False
    host = cur.head.head
    return host.i == verb.i or (host.dep_ == "dobj" and host.head.i == verb.i)


# Gatherings of talk whose sessions a wire covers from where it was filed ("at the conference", "during the talks").
MEETING_NOUNS = MEETING_HEADS | {"talks", "negotiations", "consultations", "ministerial", "gathering", "congress",
                                 "assembly", "forum", "parley"}
# Gatherings an act may be done at: "at next week's Venice summit", "at the talks, which were held in Geneva"; the
# meetings of talk and the gatherings of a crowd or a show.
GATHERING_NOUNS = MEETING_NOUNS | {"rally", "convention", "symposium", "seminar", "ceremony", "celebrations", "funeral",
                                   "games", "show", "fair", "exhibition"}
# Verbs of attending whose object is the gathering itself ("will attend the Lisbon summit").
GATHERING_VERBS = frozenset({"attend", "host", "hold", "chair", "address", "open", "join", "boycott", "skip"})


def _at_gathering(tok: Any, chain: tuple[Any, ...], item: Any) -> bool:
    """Whether ``tok`` says where a gathering is held that the event's own clause is at ("will discuss it with
    allied leaders at next month's Lisbon summit", "will meet them at the summit, which will take place in
    Lisbon", "will attend the Geneva talks"): one acts at a gathering where it is held. The gathering is the
    object of "at / in / during" on the event's verb (or on its object), or the object of a verb of attending.
    A town compounded into the gathering's name counts (a country compounded into it names a party or topic:
    "the Iran talks"), and so does the place of a relative clause of holding on it ("which was held in X")."""
    gathering = None
    if tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in GATHERING_NOUNS | {"talk", "negotiation"} \
            and (getattr(item, "resolution", 0) or 0) >= 3:
        gathering = tok.head
    else:
        head = syn.clause_head(tok)
        if head.dep_ == "relcl" and head.lemma_.lower() in HELD_VERBS and head not in chain and \
                head.head.lemma_.lower() in GATHERING_NOUNS | {"talk", "negotiation"} and syn.is_locative(tok):
            gathering = head.head
    if gathering is None:
        return False
    gathering = _phrase_head(gathering, 4)
    if gathering.dep_ == "dobj":
        return gathering.head in chain and gathering.head.lemma_.lower() in GATHERING_VERBS
    if gathering.dep_ != "pobj" or gathering.head.lower_ not in ("at", "in", "during"):
        return False
    host = gathering.head.head
    return host in chain or (host.dep_ == "dobj" and host.head in chain)


def gathering_venue(ctx_map: dict[int, Any], verb: Any, sentence: Any, place: Any) -> bool:
    """Whether ``place`` is in ``sentence`` only as the venue of a gathering the event is at ("allied leaders at
    next week's Venice summit"): where they meet, which says nothing of whose agents they are. For callers that
    give bare agents the country of the event's place."""
    chain = (verb, *syn.verb_chain(verb))
    return place is not None and any(
        item is place and _at_gathering(sentence.doc[i], chain, item)
        for i in range(sentence.start, sentence.end) if (item := ctx_map.get(i)) is not None)


# Verbs and nouns of coming back or arriving: "after returning from X", "on arriving from X", "back from X".
_COMING = frozenset({"return", "arrive", "come", "fly", "get", "travel", "arrival", "back"})


def _came_from(tok: Any, chain: tuple[Any, ...]) -> bool:
    """Whether ``tok`` sits in where the event's actor came back or arrived from, said in a clause subordinate to
    the event ("gave the advice at a meeting soon after returning from a U.S. visit designed to pave the way for
    the premier's visit to Washington", "met the premier after arriving from Mexico City"): one is no longer
    there. A return that is itself the event ("returned from exile in Paris") is not subordinate to it."""
    cur = tok
    for _ in range(16):
        if cur.head.i == cur.i or cur in chain:
            return False
        if cur.dep_ == "prep" and cur.lower_ == "from" and cur.head.lemma_.lower() in _COMING and \
                chain[0].dep_ == "conj" and chain[0].head.i == cur.head.i and chain[0].i > cur.head.i:
            # "arrived from Helsinki and went straight into a meeting with Shevardnadze": what one does next,
            # after coming, is no longer done where one came from
            return True
        if cur.dep_ == "prep" and cur.lower_ == "from" and cur.head.lemma_.lower() in _COMING \
                and cur.head not in chain:
            coming = cur.head
            up = coming
            for _ in range(8):  # the coming must hang below the event's own verb
                if up in chain:
                    return True
                if up.head.i == up.i or up.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    break
                up = up.head
                if up.pos_ in ("VERB", "AUX") and up.left_edge.i <= chain[0].i <= up.right_edge.i \
                        and up in list(chain[0].ancestors):
                    # "Dauster told reporters on his return from London that no decisions would be made before
                    # he had held talks": a coming said as an adverbial of a verb the event's clause hangs under
                    # (not of its subject, "refugees arriving from Iraq said the army killed ...") leaves the
                    # place it came from behind for the reported event too.
                    return True
            return False
        cur = cur.head
    return False


# Agreements and plans named after a town ("the Louvre Agreement", "the Paris accord") keep the name wherever they
# are later welcomed, broken or discussed: the town is no place of those events.
NAMED_DOCUMENTS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "protocol", "declaration", "convention",
                             "round", "plan", "process", "communique", "charter", "statement", "consensus"})


def _on_noun(ctx_map: dict[int, Any], noun: Any, sentence: Any, exclude: set[int] | frozenset[int]) -> Any:
    """A place that the event's noun itself carries: the object of "in / at / near ..." on it ("attended a summit
    in Venice", "talks in Geneva", "an attack near Basra") or a town compounded into it ("the Geneva talks");
    a country compounded into it names a party or topic ("the Iran talks"), and a town compounded into an
    agreement names the agreement ("welcomed the Louvre Agreement"), not the place."""
    for i in range(sentence.start, sentence.end):
        item = ctx_map.get(i)
        if item is None or i in exclude:
            continue
        cur = syn.climb(sentence.doc[i], ("conj", "appos"))
        if cur.dep_ == "compound" and cur.head.i == noun.i and (getattr(item, "resolution", 0) or 0) >= 3 \
                and noun.lemma_.lower() not in NAMED_DOCUMENTS:
            return item
        if cur.dep_ == "compound" and cur.head.dep_ == "pobj":
            cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ in NOUN_PLACE_PREPS and cur.head.head.i == noun.i \
                and not _topic(sentence.doc[i]) and not _aimed(sentence.doc[i]):
            return item
        if cur.dep_ == "pobj" and cur.head.lower_ in NOUN_PLACE_PREPS and _done_participle(cur.head.head, noun):
            return item  # "under an agreement reached today in London": where the agreement itself was reached
        if cur.dep_ == "pobj" and cur.head.lower_ in NOUN_PLACE_PREPS and _doers_of(cur.head.head, noun):
            return item  # "the accord reached by OPEC ministers in Vienna": the doers were there doing it
        if _held_at(sentence.doc[i], noun):
            return item  # "The meeting is due to take place in Zurich": the gathering's own predicate places it
    return None


# Predicates that say where the gathering that is their subject is held: "The talks will be held in Geneva", "The
# meeting is due to take place in Zurich", "The conference opens in Nairobi on Monday".
_HOLDING_VERBS = frozenset({"hold", "convene", "reconvene", "open", "begin", "start", "resume", "end", "close",
                            "conclude", "continue"})


def _held_at(tok: Any, noun: Any) -> bool:
    """Whether ``tok`` is a place on the predicate of the gathering ``noun`` names as its subject, that predicate
    being one of holding ("will be held in", "is due to take place in", "opened in"), reached from the subject's
    verb through the verbs and adjectives that control it ("is due to", "is expected to"): where the gathering
    itself is, which its own predicate tells, not another place of its sentence."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or \
            noun.lemma_.lower() not in GATHERING_NOUNS | {"talk", "negotiation"} or not syn.is_locative(tok):
        return False
    predicate = [syn.clause_head(tok)]
    while (last := predicate[-1]).i != noun.head.i:
        if len(predicate) > 3 or last.dep_ not in ("xcomp", "acomp") or last.head.i == last.i:
            return False
        predicate.append(last.head)
    return any(v.lemma_.lower() in _HOLDING_VERBS
               or (v.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in v.children))
               for v in predicate)


def _doers_of(tok: Any, noun: Any) -> bool:
    """Whether ``tok`` is the agent of a participle that tells ``noun``'s own act done ("the accord reached by OPEC
    ministers", "talks held by the two foreign ministers"; the coder's `done_by_agent`, from the lexicon's light-verb
    rows): a place on the doers says where they did it."""
    from ._triggers import done_by_agent

    done = done_by_agent(noun) if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
    return done is not None and done.i == tok.head.head.i


def _done_participle(tok: Any, noun: Any) -> bool:
    """Whether ``tok`` is a bare past participle on ``noun`` that tells the noun's own act done there ("an agreement
    reached in London", "talks held in Rome", "the accord signed in Bonn"): the noun's light verb in the lexicon
    ("reach an accord", "hold talks"), as the coder's `done_by_agent` reads it, with or without a "by" phrase."""
    from ._lexicon import Lexicon
    from ._triggers import UNREALIZED_PARTICIPLES

    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.i != noun.i or \
            tok.lemma_.lower() in UNREALIZED_PARTICIPLES or any(c.dep_ == "neg" for c in tok.children):
        return False
    return any(t.obj for t in Lexicon.default().light_verb(tok.lemma_, noun.lemma_))


# Verbs whose direct object is the place the act happens in ("visited Canada", "toured the region", "left Bonn":
# one leaves from where one is).
VISIT_VERBS = frozenset({"visit", "tour", "leave", "depart", "enter", "invade", "occupy", "abandon", "evacuate",
                         "capture", "seize",
                         "besiege", "storm", "overrun", "recapture", "liberate", "encircle", "surround", "blockade"})


def _visited(tok: Any, chain: tuple[Any, ...]) -> bool:
    """Whether ``tok`` (or the head of its coordination, "visits Canada and Mexico") is the direct object of a
    visiting verb of the event's own clause."""
    cur = syn.climb(tok, ("conj",))
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN":
        cur = cur.head.head  # "abandoning the oasis of Faya-Largeau", "captured the port of Umm Qasr"
    elif cur.dep_ == "poss" and cur.head.pos_ == "NOUN":
        cur = cur.head  # "visited Uganda's biggest refugee camp", "toured Iraq's southern oilfields"
    return cur.dep_ == "dobj" and cur.head in chain and cur.head.lemma_.lower() in VISIT_VERBS


# Words that put an event inside a visit a verb ends ("ended a visit to X after signing ...", "... by meeting ...")
# or begins ("began a visit to X by meeting ..."): what comes after the beginning or before the end of it.
_VISIT_ENDS = frozenset({"wind", "end", "conclude", "wrap", "finish", "round"})
_WITHIN_VISIT = {True: frozenset({"after", "by", "with"}), False: frozenset({"by", "with", "while", "during"})}


def _visit_hosts(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` is the place of a visit that a finite verb begins or ends ("ended a visit to Morocco",
    "began a three-day visit to China") and the event is told as done within it, in an adverbial of that verb
    ("... after signing a fishing accord", "... by meeting the president"): one does on a visit where the visit
    is, not at home. A place of the event's own clause still comes first ("ended a visit to Morocco before he
    criticised Britain in Madrid"), and what follows a visit's end is not inside it."""
    cur = _phrase_head(tok, 4)
    if cur.dep_ != "pobj" or cur.head.lower_ not in ("to", "of", "in"):
        return False
    noun = cur.head.head
    if noun.lemma_.lower() not in _VISIT_NOUNS or noun.dep_ != "dobj" or \
            noun.head.lemma_.lower() not in _VISIT_UNDER_WAY:
        return False
    host = noun.head
    if verb.i == host.i:
        return False
    within = _WITHIN_VISIT[host.lemma_.lower() in _VISIT_ENDS]
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in within:
        return verb.head.head.i == host.i  # "after signing", "by meeting"
    return verb.dep_ == "advcl" and verb.head.i == host.i and \
        any(c.dep_ == "mark" and c.lower_ in within for c in verb.children)  # "after he had signed"


def _left_after(tok: Any, chain: tuple[Any, ...]) -> bool:
    """Whether ``tok`` is the place the event's actor leaves only after the event ("repeated the threat before
    leaving Tokyo", "met the president before departing Lima"): one leaves from where one is, so the act before
    the leaving was done there."""
    cur = _phrase_head(tok, 4)
    if cur.dep_ != "dobj" or cur.head.lemma_.lower() not in ("leave", "depart"):
        return False
    verb = cur.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "before":
        return verb.head.head in chain  # "before leaving Tokyo"
    return verb.dep_ == "advcl" and verb.head in chain and \
        any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children)  # "before he left Tokyo"


def _reported_content(tok: Any, chain: tuple[Any, ...]) -> bool:
    """Whether ``tok`` sits in a clause that spells out what a noun says ("following claims that US forces had
    worked inside Iran", "fears that troops would enter Kosovo"): that clause is what was claimed, not where the
    event around it took place. The event's own clause is never such content."""
    cur = tok
    for _ in range(12):
        head = syn.clause_head(cur)
        if head in chain or head.head.i == head.i:
            return False
        if head.dep_ == "acl" and head.head.pos_ == "NOUN" and \
                any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in head.children):
            return True
        cur = head.head
    return False


# Verbs of judging, backing and asking: their object or complement is what is judged or asked for, so a place
# inside it ("denounced a raid on an airfield near Sirte", "asked for minesweepers to clear the lanes in the Red
# Sea", "called for him to travel to Nairobi") is where that thing is, not where the words were said.
JUDGING_VERBS = frozenset({"denounce", "condemn", "criticize", "criticise", "deplore", "deny", "accuse", "blame",
                           "praise", "hail", "welcome", "back", "support", "endorse", "oppose", "reject", "dismiss",
                           "urge", "ask", "call", "demand", "appeal", "warn"})
# The verb's dependents that hold what it is about; "for", "against", "of" and "about" phrases ("criticised
# Britain for sending warships into the Adriatic", "warned of war in the Gulf") too.
JUDGED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd"})
JUDGED_PREPS = frozenset({"for", "against", "of", "about"})


def _judged(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` sits in the object or complement of a verb of judging or asking (``JUDGING_VERBS``) that
    is the event's own verb. A place on the verb itself ("condemned the raid in a statement in Moscow",
    "protested in Lyon") is kept."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_VERBS or \
            any(c.dep_ == "prt" for c in verb.children):
        return False  # "called off a stoppage in Barcelona" is no call for anything
    cur = tok
    for _ in range(14):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == verb.i:
            if cur.dep_ in JUDGED_DEPS:
                return cur.i != tok.i  # "denied Iraq's claims" names the party, handled elsewhere
            if cur.dep_ == "advcl" and any((c.dep_ == "mark" and c.lower_ == "for") or (c.dep_ == "aux" and c.lower_ == "to")
                                           for c in cur.children):
                return True  # "called for the minister to travel to Nairobi", "backed a pact to ban missiles from Europe"
            return cur.dep_ == "prep" and cur.lower_ in JUDGED_PREPS and cur.i != tok.head.i
        cur = cur.head
    return False


# Nouns of talk and dispute whose "on X" / "over X" names a subject, not a place ("a dialogue on Kashmir",
# "the dispute over Cyprus"); "fighting on the border" or "a base on Crete" keep their place.
TOPIC_NOUNS = frozenset({"talk", "talks", "dialogue", "negotiation", "agreement", "accord", "deal", "treaty", "debate",
                         "discussion", "consultation", "vote", "referendum", "resolution",
                         "report", "statement", "position", "stance", "policy", "dispute", "row", "quarrel",
                         "disagreement", "difference", "tension", "tensions", "standoff", "stand-off", "claim",
                         "sanction", "sanctions", "embargo", "proposal", "plan", "compromise", "concession",
                         "initiative", "question", "issue", "inquiry", "ruling", "decision"})


# Verbs of talk whose "on X" / "over X" names a subject ("talked on Kashmir", "argued over Cyprus"); "about X" names
# one after any word ("talked about the situation in the Middle East").
TALK_VERBS = frozenset({"talk", "speak", "argue", "comment", "remark", "write", "report", "brief", "testify", "agree",
                        "disagree", "negotiate", "confer", "consult", "debate", "differ", "clash", "quarrel",
                        "wrangle", "haggle", "bargain", "deliberate", "reflect", "focus", "touch", "dwell"})


# Matters put to talks, which lie nowhere: "resume talks on the price fixing issue in Luxembourg" is held in
# Luxembourg (the parse hangs the place on the matter), while "talks on the situation in Kashmir" are about it.
_MATTER_NOUNS = frozenset({"issue", "question", "matter", "subject", "proposal", "plan", "package", "point", "item",
                           "agenda", "idea", "measure", "draft", "text", "offer"})


def _topic(tok: Any) -> bool:
    """Whether ``tok`` is what a noun of talk or dispute is about ("resume a dialogue on Kashmir", "talks over
    the future of Cyprus"), or sits in what a verb of talk is about ("had talked about Afghanistan and the
    situation in the Middle East")."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("compound", "conj", "appos") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN":
            cur = cur.head.head  # "over the future of Cyprus"
            continue
        if cur.dep_ == "pobj" and cur.head.lower_ in ("in", "at", "on", "near", "inside") and \
                cur.head.head.pos_ == "NOUN" and cur.head.head.dep_ in ("pobj", "conj", "appos") and \
                cur.head.head.lemma_.lower() not in _MATTER_NOUNS:
            cur = cur.head.head  # "about the situation in the Middle East": a thing somewhere, itself talked about
            continue
        break
    if cur.dep_ != "pobj" or cur.head.lower_ not in ("on", "over", "about"):
        return False
    host = cur.head.head
    if cur.head.lower_ == "about" and host.pos_ in ("VERB", "NOUN"):
        return True
    if host.pos_ == "VERB":
        return host.lemma_.lower() in TALK_VERBS
    return host.pos_ == "NOUN" and host.lemma_.lower() in TOPIC_NOUNS


# "a park like those at Orlando", "unlike Japan", "similar to those in France": a place named to compare with
# is not where the act happens.
def _compared(tok: Any, chain: tuple[Any, ...]) -> bool:
    """Whether ``tok`` sits inside a "like / unlike / similar to" comparison."""
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i or cur in chain:
            return False
        if cur.dep_ == "prep" and (cur.lower_ == "unlike" or (cur.lower_ == "like" and any(
                c.dep_ == "pobj" and c.pos_ in ("PRON", "DET") for c in cur.children))):
            return True  # "like those at Orlando" compares; "cities like Beijing" gives examples
        if cur.dep_ == "prep" and cur.lower_ == "to" and cur.head.lower_ in ("similar", "comparable", "akin"):
            return True
        cur = cur.head
    return False


def _conditional(tok: Any, chain: tuple[Any, ...]) -> bool:
    """Whether ``tok`` sits in a condition ("threatened to stop the ship if it sailed into the Aegean", "will
    retaliate unless troops leave Kosovo"): what might happen there is no place of the act."""
    cur = tok
    for _ in range(12):
        head = syn.clause_head(cur)
        if head in chain or head.head.i == head.i:
            return False
        # (the parse may hang an "if" clause as a complement: "asked if troops were in Kosovo" is no place either)
        if head.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                   for c in head.children):
            return True
        cur = head.head
    return False


# Verbs of a relative clause that says where a gathering or stay was ("the talks, which were held in Geneva",
# "a meeting which ended in Washington"): those still place what is said there.
HELD_VERBS = frozenset({"hold", "take", "meet", "gather", "convene", "open", "end", "begin", "start", "close",
                        "conclude", "sit", "stay", "arrive", "be", "attend", "host", "speak", "say", "talk"})


def _described(tok: Any, chain: tuple[Any, ...], noun: Any = None) -> bool:
    """Whether ``tok`` sits in a relative clause ("which ...", "whose ...", "under which ...") that describes a
    thing of the sentence other than the event ("supporting the dollar, whose slide could hurt growth in Japan",
    "breaching the agreement under which both sides keep the status quo in the Aegean"): that clause tells the
    thing's story, not where the event happened. Clauses on people ("militants who had attacked a post in X")
    and clauses of holding or meeting ("talks which ended in Geneva") keep their places."""
    cur = tok
    for _ in range(12):
        head = syn.clause_head(cur)
        if head in chain or head.head.i == head.i:
            return False
        if head.dep_ == "relcl" and (noun is None or head.head.i != noun.i) and \
                head.lemma_.lower() not in HELD_VERBS:
            rel = [d for d in head.subtree if d.i < head.i and d.tag_ in ("WDT", "WP", "WP$", "WRB")]
            if rel and all(d.lower_ in ("which", "whose", "that") for d in rel):
                return True
        cur = head.head
    return False


# Nouns whose "from X" names the party something comes from, not a place ("under pressure from the United
# States", "criticism from Paris", "a loan from Japan").
SOURCE_NOUNS = frozenset({"pressure", "pressures", "criticism", "criticisms", "support", "backing", "aid", "help",
                          "assistance", "loan", "loans", "credit", "credits", "opposition", "objection", "objections",
                          "demand", "demands", "call", "calls", "request", "requests", "complaint", "complaints",
                          "protest", "protests", "condemnation", "threat", "threats", "warning", "warnings",
                          "offer", "offers", "approval", "permission", "invitation", "appeal", "appeals",
                          # what a party does to others from where it is: "trade harassment from the U.S."
                          "harassment", "interference", "intimidation", "meddling", "hostility", "resistance",
                          "competition", "response", "reaction", "signal", "signals", "overture", "overtures"})


def _source(tok: Any) -> bool:
    """Whether ``tok`` is the party a noun of pressure, help or criticism comes from ("under pressure from
    Washington", "a loan from Japan")."""
    cur = _phrase_head(tok)
    if cur.dep_ != "pobj" or cur.head.lower_ != "from":
        return False
    return cur.head.head.pos_ == "NOUN" and cur.head.head.lower_ in SOURCE_NOUNS


# "on X" after a verb or noun that aims at a party names that party, not a place: "called on Britain to open its
# markets", "blamed the bombing on Syria", "sanctions on Iran", "pressure on Tokyo".
AIM_VERBS = frozenset({"call", "blame", "pin", "impose", "place", "put", "exert", "levy", "slap", "declare", "focus",
                       "concentrate", "rely", "depend", "prevail", "insist", "comment", "decide", "vote", "rule",
                       "agree", "report", "lean", "turn", "crack", "clamp", "retaliate", "wage"})
# Of those, the ones whose "on X" the parse may hang from their object ("blamed the bombing on Syria").
AIM_OBJECT_VERBS = frozenset({"blame", "pin", "impose", "levy", "slap", "place", "exert", "declare", "wage"})
AIM_NOUNS = frozenset({"sanction", "sanctions", "pressure", "embargo", "ban", "tariff", "tariffs", "duty", "duties",
                       "tax", "taxes", "levy", "restriction", "restrictions", "curb", "curbs", "limit", "limits",
                       "quota", "quotas", "blame", "demand", "demands", "call", "calls", "crackdown", "boycott",
                       "freeze", "moratorium", "dependence", "reliance", "influence", "hold", "grip", "claim",
                       "claims", "spending", "focus", "war", "retaliation"})

# "from X" after a verb of getting goods or money names where they come from ("to import gas from Iran", "bought
# arms from France"); so does it after a noun of people, goods or reports ("representatives from Brazil", "imports
# from Japan", "reports from Europe"). After other nouns it may still be where they were ("on his return from
# Belgrade", "said by telephone from Milwaukee", "the withdrawal from Lebanon").
GETTING_VERBS = frozenset({"import", "buy", "purchase", "receive", "obtain", "get", "borrow", "order", "source",
                           "acquire", "accept", "collect", "raise", "seek", "win", "secure", "hear", "learn",
                           "charter", "lease", "hire", "rent"})
ORIGIN_NOUNS = frozenset({"representative", "delegate", "delegation", "official", "minister", "leader", "envoy",
                          "diplomat", "member", "participant", "observer", "expert", "businessman", "executive",
                          "investor", "troop", "soldier", "force", "refugee", "immigrant", "migrant", "worker",
                          "student", "visitor", "tourist", "people", "citizen", "national", "team", "firm", "company",
                          "bank", "producer", "exporter", "importer", "creditor", "supplier", "buyer", "counterpart",
                          "import", "export", "good", "product", "shipment", "supply", "delivery", "arrival", "oil",
                          "gas", "investment", "fund", "money", "competition", "demand", "report", "news", "word"})

REMOVAL_VERBS = frozenset({"evacuate", "withdraw", "pull", "remove", "expel", "deport", "rescue", "airlift", "fly",
                           "free", "release", "extract", "evict", "drive", "oust", "bring", "take", "move", "recall"})

# "to X" after a verb of selling or shipping names where the goods go ("agreed to export ore to Japan", "a deal to
# supply gas to Europe"), not where the deal was made.
SELLING_VERBS = frozenset({"export", "re-export", "sell", "supply", "ship", "resell", "market"})

# "to X" after a verb of saying or giving names whom it is said or given to ("would signal to Moscow", "said to
# Japan", "gave the wrong signals to China", "offered access to China", "extended loans to Warsaw"), not where it is
# said or given.
ADDRESS_VERBS = frozenset({"say", "suggest", "signal", "explain", "write", "speak", "talk", "complain", "appeal",
                           "apologise", "apologize", "announce", "declare", "describe", "propose", "pledge", "promise",
                           "give", "hand", "offer", "lend", "grant", "donate", "present", "submit", "report", "reply",
                           "respond", "admit", "confess", "mention", "convey", "communicate", "indicate",
                           "warn", "caution", "extend", "provide"})

# Nouns of a message sent to someone: "to X" after them names whom it is for.
MESSAGE_NOUNS = frozenset({"warning", "message", "letter", "note", "appeal", "protest", "request", "demand", "ultimatum",
                           "signal", "invitation", "plea", "complaint", "reply", "response", "apology", "greeting",
                           "greetings", "condolence", "condolences", "congratulations", "telegram", "cable", "petition"})

# "to X" after a noun names where something goes ("cover for exports to Nigeria", "the ambassador to Iraq", "aid to
# the rebels"), not where the event happens, except after a noun of travel, which ends there ("a visit to Kenya").
TRAVEL_NOUNS = frozenset({"visit", "visits", "trip", "trips", "journey", "tour", "mission", "return", "travel",
                          "voyage", "pilgrimage", "deployment", "arrival", "way", "road", "route", "invasion",
                          "incursion", "march", "move", "transfer", "flight", "flights", "expedition", "stopover"})


# Verbs that call a trip off or put it back ("cancelled a trip to Australia", "his visit to Kenya was postponed"):
# the trip does not happen, so its end is no place of the event; "call off" and "put off" count with their particle.
CALL_OFF_VERBS = frozenset({"cancel", "postpone", "scrap", "defer", "delay", "shelve", "suspend", "abandon", "drop",
                            "scrub", "axe", "ax", "reschedule"})


def _called_off(noun: Any) -> bool:
    """Whether ``noun`` (a trip, visit or tour) is what a verb of cancelling or postponing acts on."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in ("call", "put"):
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in CALL_OFF_VERBS


def _aimed(tok: Any) -> bool:
    """Whether ``tok`` is a party an act aims at or a thing comes from or goes to, rather than where the act
    happens: "called on Britain to", "blamed it on Syria", "sanctions on Iran", "to import gas from Iran",
    "representatives from Brazil", "exports to Nigeria"."""
    cur = _phrase_head(tok)
    if cur.dep_ != "pobj":
        return False
    prep, head = cur.head, cur.head.head
    word = prep.lower_
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN"):
        if word == "on":
            # "blamed the bombing on Syria", "imposed duties on Japan": the parse may hang "on" from the object
            return lemma in AIM_NOUNS or head.lower_ in AIM_NOUNS or \
                (head.dep_ == "dobj" and head.head.lemma_.lower() in AIM_OBJECT_VERBS)
        if word == "from":
            # "evacuate several hundred citizens from Ivory Coast": the parse may hang the place a removal
            # happens in from its object
            if head.dep_ == "dobj" and head.head.lemma_.lower() in REMOVAL_VERBS:
                return False
            if head.dep_ == "dobj" and head.head.lemma_.lower() in GETTING_VERBS:
                return True  # "to charter tankers from the Soviet Union": the parse may hang it from the goods
            return lemma in ORIGIN_NOUNS or head.lower_ in ORIGIN_NOUNS
        if word == "to":
            return lemma not in TRAVEL_NOUNS and head.lower_ not in TRAVEL_NOUNS or _called_off(head)
        return False
    if head.pos_ in ("VERB", "AUX"):
        if word == "on":
            return lemma in AIM_VERBS
        if word == "from":
            return lemma in GETTING_VERBS
        if word == "to":
            # "sent a message to Moscow", "back a warning to Washington": the parse may hang the addressee of a
            # message from the verb that carries the message
            return lemma in SELLING_VERBS or lemma in ADDRESS_VERBS or \
                any(c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in head.children)
    return False


# Event types that happen where their actor is when nothing else places them: statements,
# decisions, protests, arrests and mobilisation (attacks, aid and withdrawals happen at the recipient).
ACTOR_SITED = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
                         "PROTEST", "COERCE", "MOBILIZE"})


# Of the actor-sited types, those that are words (statements, demands, accusations): a story whose people speak
# "here" has them said at the dateline. Deeds (seizures, sanctions, protests, mobilisation) stay where done.
SPOKEN = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


# Acts a state does on others' ground: they happen at their recipient, else where the story is.
ABROAD_TYPES = frozenset({"AID", "ASSAULT", "RETREAT"})


# Words naming a state's armed forces in an actor ("U.S. naval forces", "Iraqi planes", "Israeli gunships"); of
# them, its air arm, whose raids with no target named are not on home ground.
_ARMED = re.compile(r"\b(?:forces?|troops|army|navy|naval|air\s+force|warplanes?|planes|jets|aircraft|bombers|"
                    r"gunships|helicopters|artillery|warships|ships|marines|soldiers|commandos|paratroopers|"
                    r"missiles)\b", re.I)
_AIR = re.compile(r"\b(?:air\s+force|warplanes?|planes|jets|aircraft|bombers|gunships|helicopters)\b", re.I)
# A target that is people or forces ("thousands of Iranians", "the Iranians", "Iraqi troops", "enemy positions"):
# they are met wherever the fighting is, on either side's ground.
_PEOPLE_TARGET = re.compile(r"(?:\b(?:troops|forces?|guards?|brigades?|divisions?|units?|corps|soldiers|men|people|"
                            r"civilians|positions|lines|fronts?|army|armies|navy|fleet|militias?|rebels|guerrillas|"
                            r"fighters|invaders|attackers|enemy)|[a-z](?:ians|is|ese|ans|ites|ers))\W*$", re.I)


def _strike_abroad(ctx: Any, actors: list[Actor], recipients: list[Actor], plover: str) -> bool:
    """Whether the event is a state's armed forces striking another state's installations or ground than the
    dateline's ("U.S. naval forces destroyed an Iranian oil platform" under WASHINGTON), or its air arm raiding
    with no target named in a story about another country: such a strike happens at its target, so a home
    dateline says only where the story was filed. Forces fighting another state's troops ("its troops killed
    thousands of Iranians" under BAGHDAD) may be doing so at home, and keep the dateline."""
    place = getattr(ctx, "dateline_place", None)
    if plover != "ASSAULT" or place is None:
        return False
    armed = [a.entity_text for a in actors if a.code not in NON_STATE_CODES and a.entity_text]
    targets = _state_codes(recipients)
    at_people = any(a.entity_text and _PEOPLE_TARGET.search(a.entity_text) for a in recipients)
    if not any(_ARMED.search(t) for t in armed):
        # "U.S. warships destroyed an Iranian oil platform. ... Reagan said he ordered the strike": the same state's
        # strike on the same state's ground, told again by who ordered it, is where the story's first telling had it
        pair = (frozenset(_state_codes(actors)), frozenset(targets))
        theatre = getattr(ctx, "theatre", None)
        told = pair in getattr(ctx, "strikes_abroad", ()) or \
            (theatre is not None and bool(pair[0]) and pair[0] | pair[1] <= theatre[1])
        return bool(targets) and told and place.country_code not in targets and not at_people
    if targets:
        abroad = place.country_code not in targets and not at_people
        if abroad:
            _note_strike_abroad(ctx, actors, recipients)
        return abroad
    # "The last Israeli Air Force attack was on March 23" under TEL AVIV in a story about raids on Lebanon: with
    # nobody on the receiving end, an air raid is where the story is, when that is not the raiders' country.
    story = getattr(ctx, "doc_country", None)
    return any(_AIR.search(t) for t in armed) and bool(story) and story != place.country_code \
        and story not in _state_codes(actors)


def _note_strike_abroad(ctx: Any, actors: list[Actor], recipients: list[Actor]) -> None:
    """Remember that the story has one state's forces strike another state's ground, away from the dateline, for
    `_strike_abroad`'s later tellings of the same strike."""
    pair = (frozenset(_state_codes(actors)), frozenset(_state_codes(recipients)))
    if pair[0] and pair[1]:
        ctx.strikes_abroad = getattr(ctx, "strikes_abroad", frozenset()) | {pair}


def _party_codes(parties: list[Actor]) -> set[str]:
    """The codes of states and international bodies among ``parties`` (not firms, rebels or regions)."""
    return _state_codes(parties) | {a.code for a in parties if a.code in INTERNATIONAL_CODES}


# One person ("a Swiss engineer", "the man", "a French diplomat", "Tadao Sawaki"), not a people, a force or a state.
_ONE_PERSON = re.compile(r"^(?:(?:a|an|the|one)\s+)?(?:[\w.'-]+\s+){0,4}?[a-z][\w-]*[^s\W]$"  # "a Swiss engineer"
                         r"|^(?:[A-Z][\w.'-]+\s+){1,3}[A-Z][\w'-]+$")  # "Tadao Sawaki"


_COLLECTIVE = STATE_HEADS | {"regime", "people", "military", "population", "economy", "territory", "side",
                             "leadership", "administration", "authorities",
                             # ships, planes and installations are no persons: a tanker is hit at sea or in its
                             # own waters, an oil platform or base on its owner's ground, wherever the story was filed
                             "tanker", "supertanker", "ship", "vessel", "freighter", "carrier", "boat", "frigate",
                             "destroyer", "warship", "submarine", "trawler", "barge", "tug", "ferry", "liner", "plane",
                             "aircraft", "airliner", "jet", "helicopter", "platform", "rig", "field", "terminal",
                             "refinery", "pipeline", "plant", "base", "station", "port", "installation", "facility",
                             "factory", "mine", "dam", "bridge", "town", "city", "village", "border", "post",
                             "outpost", "convoy", "train", "truck", "target", "targets"}


def _lone_foreigner(actors: list[Actor], recipients: list[Actor]) -> bool:
    """Whether an attack with no place named falls on one person of a state ("Gunmen shot a Swiss engineer near
    his home", "kidnapped a French diplomat" under LIMA or BEIRUT), by no state's armed forces: a person's
    nationality says nothing of where he was, so the dateline of a story about the attack places it (a story
    filed elsewhere about another country keeps the recipient's country)."""
    people = [a for a in recipients if a.code and a.code.isalpha() and a.code not in NON_STATE_CODES]
    if not people or len(people) != len(recipients):
        return False
    if any(a.entity_text and _ARMED.search(a.entity_text) for a in actors if a.code not in NON_STATE_CODES):
        return False
    from ..geo import resolve_place

    for a in people:
        text = (a.entity_text or "").strip()
        if not _ONE_PERSON.match(text) or not a.sector or _ARMED.search(text) or \
                text.lower().split()[-1] in _COLLECTIVE or \
                ((bare := re.sub(r"^the\s+", "", text, flags=re.I))[:1].isupper() and resolve_place(bare) is not None):
            return False  # (a place named as the party, "Saudi Arabia", "West Germany", is no person)
    return True


def _state_codes(parties: list[Actor]) -> set[str]:
    return {a.code for a in parties if a.code and a.code.isalpha() and a.code not in NON_STATE_CODES}


def _party_place(ctx: Any, other: Any, actors: list[Actor], recipients: list[Actor], plover: str) -> Any:
    """Of the sentence's places, one in the country of the party the event happens at, before the sentence's
    first place: "back in London after returning from Ukraine, where he helped Yushchenko" is aid given in
    Ukraine. Only locative places count, and only when the first one lies elsewhere."""
    first, second = (actors, recipients) if plover in ACTOR_SITED else (recipients, actors)
    want = _state_codes(first) or _state_codes(second)
    if not want or other.country_code in want:
        return other
    exclude = getattr(ctx, "dateline_tokens", frozenset())
    for tok in getattr(ctx, "sent_tokens", ()):
        place = ctx.place_at.get(tok.i)
        # "withdrew a request to Washington": a party addressed, aimed at or talked about is no place either
        if place is not None and place.country_code in want and tok.i not in exclude and syn.is_locative(tok) \
                and not (hasattr(tok, "dep_") and (_aimed(tok) or _topic(tok) or _source(tok))):
            return place
    if plover in ACTOR_SITED and _state_codes(actors) and other.country_code and \
            other.country_code not in _state_codes([*actors, *recipients]):
        # "were deported by Mexican authorities for entering the country to sneak into the US": a place in
        # another clause, in neither party's country, does not move a state's own act abroad.
        return None
    return other


# "told reporters here", "a meeting with donors beginning here tomorrow", "talks by the ministers here tomorrow": the
# story's people speak where it was filed, whatever their country.
_HERE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|reporters|conference|meeting|meetings|speech|address|"
                   r"briefing|talks|visit|arrived|beginning|begins|opened|opens|held|interview)\s+here\b"
                   # "talks by EC foreign ministers here tomorrow": something happens here on a day of the story
                   r"|\bhere\s+(?:today|tomorrow|tonight|this\s+week|next\s+week)\b", re.I)


def _filed_here(ctx: Any) -> bool:
    """Searched once per document, not once per event: the answer is the story's."""
    if getattr(ctx, "filed_here", None) is None:
        document = getattr(ctx, "document", None)
        ctx.filed_here = bool(document is not None and document.dateline and _HERE.search(document.text or ""))
    return ctx.filed_here


def _here_people(ctx: Any) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
    """The sentences that have something said or held "here" and the codes of the parties they name (else, for
    "the meeting here ended" with nobody named, the parties of the story's lead): the people the story has at the
    dateline. Searched once per document."""
    if getattr(ctx, "here_people", None) is None:
        spans: list[tuple[int, int]] = []
        codes: set[str] = set()
        document = getattr(ctx, "document", None)
        if _filed_here(ctx) and document is not None:
            text = document.text or ""
            entities = [e for e in getattr(document, "entities", ()) if e.code and len(e.code) == 3
                        and e.code.isalpha()]
            lead = _SENTENCE_END.search(text, text.find(document.dateline) + len(document.dateline))
            lead_end = lead.start() + 1 if lead else len(text)
            for m in _HERE.finditer(text):
                lo = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()),
                         text.rfind("\n\n", 0, m.start()), text.rfind("\n ", 0, m.start())) + 1
                end = _SENTENCE_END.search(text, m.end())
                hi = end.start() + 1 if end else len(text)
                spans.append((lo, hi))
                named = {e.code for e in entities if lo <= e.start < hi}
                codes |= named or {e.code for e in entities if e.start < lead_end}
        ctx.here_people = (tuple(spans), frozenset(codes))
    return ctx.here_people


def _spoken_here(ctx: Any, actors: list[Actor]) -> bool:
    """Whether the event's words are spoken where the story was filed because the story has its speaker "here":
    its own sentence says something was said or held here ("he told reporters here"), or its speaker is one of the
    parties of such a sentence ("At meetings here, Bank of England officials pressed their Japanese counterparts"
    has the British and the Japanese at the dateline). Another party of the story ("Japanese officials say the Fed
    has held up applications") is not brought there by someone else's meeting."""
    spans, people = _here_people(ctx)
    if not spans:
        return False
    toks = getattr(ctx, "sent_tokens", ())
    if not toks or not hasattr(toks[0], "idx"):
        return True  # (the event's sentence unknown: the story's answer)
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
    if any(a < hi and lo < b for a, b in spans):
        return True
    return bool({a.code for a in actors if a.code} & people)


def _visitors(ctx: Any) -> frozenset[str]:
    """The countries of the people the story has visiting the dateline's town or country ("Ugandan President
    Yoweri Museveni ... ended a three-day visit to Kenya" under a NAIROBI dateline, "on a visit here"): those
    named in the story's lead or in the sentence of the visit. The visitors then act there, not at home; others
    of their story (a third country's leader it quotes) do not move. Searched once per document."""
    if getattr(ctx, "visited_here", None) is None:
        document = getattr(ctx, "document", None)
        place = getattr(ctx, "dateline_place", None)
        found: set[str] = set()
        here: set[str] = set()
        if document is not None and document.dateline and place is not None:
            from ..geo import country_name

            text = document.text or ""
            names = {n for n in (place.text, place.resolved_place,
                                 country_name(place.country_code) if place.country_code else None) if n}
            # the story's own name for the dateline's country ("his first visit to Britain" under LONDON)
            names |= {p.text for p in getattr(document, "places", ()) if p.country_code == place.country_code
                      and p.feature == "country" and p.text}
            # and its own name for the dateline's town ("visiting the Swedish capital" under STOCKHOLM)
            town = getattr(place, "geonameid", None)
            names |= {p.text for p in getattr(document, "places", ()) if p.text and town
                      and getattr(p, "geonameid", None) == town}
            alts = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
            # (a name may end in its own period, "the U.S.", after which no word boundary follows: "(?!\w)", not "\b")
            visit = re.compile(rf"\b(?:visit(?:s|ed|ing)?\b[^.;\n]{{0,30}}?\b(?:to|in)\s+(?:the\s+)?(?:{alts})(?!\w)|"
                               rf"visit(?:s|ed|ing)\s+(?:the\s+)?(?:{alts})(?!\w)|"
                               # ("a two-week trade mission here", "his stay here")
                               rf"(?:visit(?:s|ing)?|trip|tour|mission|stay|stopover)\s+here\b)", re.I)
            # there with no visit named (seventeenth audit): "Ortega, in Brussels for talks with the Commission,
            # said", "who is in Cairo for talks", "arrived in Caracas last night", "arrived here", "who was here". Not "on his
            # return from Tokyo": back home.
            present = re.compile(rf"(?:,|\bwho\s+(?:is|are|was|were)|\b(?:is|are)(?:\s+now|\s+currently)?)\s+in\s+"
                                 rf"(?:the\s+)?(?:{alts})\s+(?:for|to\s+attend|on\s+(?:a|an|his|her|their))\b|"
                                 rf"\barriv(?:ed|es|ing)\s+(?:in\s+(?:the\s+)?(?:{alts})|here)(?!\w)|"
                                 # "Abe, who was here paving the way for Nakasone's visit"
                                 rf"\bwho\s+(?:is|are|was|were)\s+(?:now\s+|currently\s+|also\s+)?here\b", re.I)

            def named_near(pattern: Any) -> set[str]:
                spans = []
                for m in pattern.finditer(text):
                    # (a wire's sentence may end at a line break: ".\n", not ". ")
                    lo = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()),
                             text.rfind("\n\n", 0, m.start()), text.rfind("\n ", 0, m.start()))
                    end = _SENTENCE_END.search(text, m.end())
                    spans.append((lo + 1, end.start() + 1 if end else len(text)))
                if not spans:
                    return set()
                lead = _SENTENCE_END.search(text, text.find(document.dateline) + len(document.dateline))
                spans.append((0, lead.start() + 1 if lead else len(text)))
                return {e.code for e in document.entities if e.code and len(e.code) == 3 and e.code.isalpha()
                        and e.code not in NON_STATE_CODES and any(lo <= e.start < hi for lo, hi in spans)}

            found = named_near(visit)
            here = named_near(present) - {place.country_code}
            # "TOKYO - The visiting U.S. trade envoy accused Tokyo ...": a sentence that opens on a visitor named by
            # nationality has that visitor where the story was filed (not "Rafsanjani told a visiting Nicaraguan
            # delegation ...", a visit somewhere the story only reports); only the nationality's country counts.
            for m in _VISITING_OPENER.finditer(text):
                found |= {e.code for e in document.entities if e.code and len(e.code) == 3 and e.code.isalpha()
                          and e.code not in NON_STATE_CODES and m.start(1) <= e.start < m.end(1)}
            # "The agreement was signed by the visiting Indonesian Finance Minister and Takashi Tanaka, president of
            # Japan's Export-Import Bank" under TOKYO: a visitor his sentence has with a host of the dateline's
            # country is visiting there (not "Rafsanjani told a visiting Nicaraguan delegation" under NICOSIA, whose
            # host is of another country).
            for m in _VISITING_WITHIN.finditer(text):
                lo = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()),
                         text.rfind("\n\n", 0, m.start()), text.rfind("\n ", 0, m.start())) + 1
                end = _SENTENCE_END.search(text, m.end())
                hi = end.start() + 1 if end else len(text)
                in_sentence = [e for e in document.entities if e.code and len(e.code) == 3 and e.code.isalpha()
                               and e.code not in NON_STATE_CODES and lo <= e.start < hi]
                if any(e.code == place.country_code and not m.start(1) <= e.start < m.end(1) for e in in_sentence):
                    found |= {e.code for e in in_sentence if m.start(1) <= e.start < m.end(1)}
            found.discard(place.country_code)
        ctx.visited_here = frozenset(found)
        ctx.present_here = frozenset(here)
    return ctx.visited_here


# "told a news conference", "told reporters", "told a group of Japanese members of parliament", "asked at a news
# conference", "in a speech to the Milan Chamber": words spoken to the press or to an audience that the story was
# filed among, with no other place named for them.
_BRIEFING = re.compile(r"\b(?:(?:told|addressed|briefed|telling|addressing|briefing)\s+(?:(?:a|an|the)\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:conference|reporters|journalists|newsmen|correspondents|group|meeting|"
                       r"seminar|symposium|luncheon|audience|gathering|forum)"
                       r"|\b(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:news|press)\s+conference)\b", re.I)
# Words put to the wire's own reporter face to face: "told Reuters", "told a Reuters correspondent", "said in an
# interview", "in an interview with Reuter", "Talking to reporters, Funaro said". Weaker than a briefing as a sign of
# who spoke (a spokesman or "one official" with no country tells Reuters as often as the story's protagonist does),
# so only a speaker the sentence names counts (`_wire_speakers`).
_TO_THE_WIRE = re.compile(r"\btold\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?Reuters?\b"
                          r"|\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?interview\b"
                          r"|\binterview\s+with\s+Reuters?\b"
                          r"|\b(?:talking|speaking)\s+to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:reporters|journalists|newsmen|correspondents|conference)\b", re.I)
# ... but not an interview given over a wire, on the air or in print: "in a telephone interview", "in a television
# interview", "said in an interview published here", "in an interview with the newspaper Al-Rai".
_AT_A_DISTANCE = re.compile(r"\b(?:(?:tele)?phone|televis\w*|TV|radio|satellite|written|published|newspaper|"
                            r"magazine|daily|weekly|paper|journal|agency|broadcast\w*)\b", re.I)
# ... unless the sentence says it was elsewhere or at a distance: "told a news conference in Washington", "told
# reporters by telephone from Bonn", "in a statement issued in Paris".
# (the town must be a capitalised name: "said at a news conference that top officials in the area ..." is no
# other place)
_BRIEFED_ELSEWHERE = re.compile(r"^[^.;\n]{0,40}?\b(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])|by\s+(?:tele)?phone|"
                                r"telephone|television|radio|satellite|via\b)")
# ... but an embassy, consulate or high commission is in the town it is posted to: "told reporters at the Brazilian
# Embassy" under WASHINGTON is a briefing where the story was filed.
_BRIEFED_AT_MISSION = re.compile(r"^[^.;\n]{0,10}?\b(?:in|at)\s+(?:the\s+|his\s+|her\s+|its\s+)?"
                                 r"(?:[A-Z][\w.'-]*\s+){0,3}(?i:embassy|consulate|high\s+commission|legation)\b"
                                 r"(?!\s+(?:in|at)\s+(?:the\s+)?[A-Z])")


def _briefed_here(ctx: Any) -> frozenset[str]:
    """The countries of the speakers the story has telling a news conference, reporters or an audience with no
    place named ("Corrigan ... told a news conference" under OSAKA, "Wayne Bennett ... told a news conference" under
    BONN): a wire's reporter hears a briefing where he files from, so its speaker speaks at the dateline, whatever
    his country. The speaker is whoever the sentence names before the briefing, else (for "he told a news
    conference") the story's lead. Searched once per document."""
    if getattr(ctx, "briefed_here", None) is None:
        document = getattr(ctx, "document", None)
        place = getattr(ctx, "dateline_place", None)
        found: set[str] = set()
        if document is not None and document.dateline and place is not None:
            text = document.text or ""
            lead = _SENTENCE_END.search(text, text.find(document.dateline) + len(document.dateline))
            lead_end = lead.start() + 1 if lead else len(text)

            def coded(a: int, b: int) -> list[Any]:
                return sorted((e for e in getattr(document, "entities", ()) if e.code and len(e.code) == 3
                               and e.code.isalpha() and e.code not in NON_STATE_CODES and a <= e.start < b),
                              key=lambda e: e.start)

            for m in _BRIEFING.finditer(text):
                after = text[m.end():m.end() + 60]
                if _BRIEFED_ELSEWHERE.search(after) and not _BRIEFED_AT_MISSION.search(after):
                    continue
                lo = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()),
                         text.rfind("\n\n", 0, m.start()), text.rfind("\n ", 0, m.start()))
                # (the speaker is named after any quotation he opens with: '"Join us," Watanabe told reporters')
                lo = max(lo, text.rfind('"', lo + 1, m.start()), text.rfind("”", lo + 1, m.start()))
                # The speaker is the party named last before the briefing ("... should be appreciated by the U.S.,
                # Japan's Abe told reporters" briefs no American), else the lead's parties.
                # (not the dateline's own place, named as where the speaker is: "Glenn and Warner, in Kuwait as part
                # of a Gulf tour, said at a news conference" under KUWAIT briefs Americans; a speaker of the
                # dateline's country, "Japan's trade minister told a press conference" under TOKYO, stays the one)
                before = [e for e in coded(lo + 1, m.start()) if e.code != place.country_code
                          or text[max(0, e.start - 3):e.start].lower() not in ("in ", "at ")]
                found |= {before[-1].code} if before else {e.code for e in coded(0, lead_end)}
            ctx.told_wire_here = frozenset(_wire_speakers(text, coded, lead_end) - {place.country_code})
            found.discard(place.country_code)
        ctx.briefed_here = frozenset(found)
    return ctx.briefed_here


_PLACED_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+(?:the\s+)?[A-Z]")
_SPEAKING_PRONOUN = re.compile(r"^\W*(?:he|she)\s+(?:also\s+|later\s+|earlier\s+)?(?:said|says|told)?\s*$", re.I)


def _wire_speakers(text: str, coded: Callable[[int, int], list[Any]], lead_end: int) -> set[str]:
    """The countries of those who spoke to the wire's reporter face to face (``_TO_THE_WIRE``) with no other place
    named for it: the party named last before the words in their sentence ("Lim told Reuters in an interview"), the
    one named just after when the words open it ("Talking to reporters, Funaro said"), the lead's parties for "he"
    or "she" ("He said in an interview with Reuter that"); nobody for a speaker of no country ("one official told
    Reuters", "a spokesman told Reuters"), who is as often a local source as the story's protagonist."""
    found: set[str] = set()
    for m in _TO_THE_WIRE.finditer(text):
        after = text[m.end():m.end() + 60]
        if _AT_A_DISTANCE.search(m.group(0)) or _AT_A_DISTANCE.search(after[:40]) or \
                (_BRIEFED_ELSEWHERE.search(after) and not _BRIEFED_AT_MISSION.search(after)):
            continue
        lo = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()),
                 text.rfind("\n\n", 0, m.start()), text.rfind("\n ", 0, m.start()))
        lo = max(lo, text.rfind('"', lo + 1, m.start()), text.rfind("\u201d", lo + 1, m.start()))
        if _PLACED_BEFORE.search(text[lo + 1:m.start()]):
            continue  # "In New Delhi, Indian officials told Reuters": the sentence has them elsewhere
        end = _SENTENCE_END.search(text, m.end())
        hi = end.start() + 1 if end else len(text)
        if before := coded(lo + 1, m.start()):
            found.add(before[-1].code)
        elif not text[lo + 1:m.start()].strip(" \n,\"") and (named := coded(m.end(), hi)):
            found.add(named[0].code)
        elif _SPEAKING_PRONOUN.match(text[lo + 1:m.start()]):
            found |= {e.code for e in coded(0, lead_end)}
    return found


def _told_wire_here(ctx: Any) -> frozenset[str]:
    """The countries of those the story has speaking to the wire's reporter at the dateline (``_wire_speakers``)."""
    _briefed_here(ctx)
    return getattr(ctx, "told_wire_here", frozenset())


def _told_of_the_past(ctx: Any) -> bool:
    """Whether the event's sentence dates what it tells to before the news ("Last year's U.S. offer was rejected,
    Melnikov said", "in 1985", "two months ago"): an earlier act the speaker recounts, done where it was done, not
    where he recounts it."""
    published = str(getattr(getattr(ctx, "document", None), "published", None) or "")[:4]
    for tok in getattr(ctx, "sent_tokens", ()):
        if not hasattr(tok, "lemma_"):
            return False
        if tok.lemma_.lower() in _PAST_UNITS and any(c.lower_ in ("last", "previous") for c in tok.children):
            return True
        if tok.lower_ == "ago" or (tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("18", "19", "20")
                                   and published.isdigit() and tok.text < published):
            return True
    return False


def _present(ctx: Any) -> frozenset[str]:
    """The countries of the people the story has at the dateline's town or country with no visit named ("in
    Brussels for talks", "arrived here"): weaker than a visit, so only their words count as spoken there; what
    they decided or did ("Funaro, who suspended payments two months ago") may have been done at home."""
    _visitors(ctx)
    return getattr(ctx, "present_here", frozenset())


# A sentence (or the story after its dateline) opening on "The visiting <nationality> ...".
_VISITING_OPENER = re.compile(r"(?:^|[.!?\"]\s+|\n\s*|\s-{1,2}\s+)(?:The|A|An)\s+visiting\s+((?:[A-Z][\w.'-]*\s+){1,3})")
# "the visiting <nationality> ..." anywhere in a sentence.
_VISITING_WITHIN = re.compile(r"\b(?:the|a|an)\s+visiting\s+((?:[A-Z][\w.'-]*\s+){1,3})", re.I)


# "Mr Chavez, who is visiting China, said", "on a three-day visit to Kenya": someone the story has on a visit now.
# A visit that is over ("visited China last year") or to come ("will visit") places nobody.
_ON_VISIT = re.compile(r"(?:\b(?:is|are)\s+(?:currently\s+|now\s+)?visiting|\b(?:on|in\s+the\s+middle\s+of|on\s+the\s+(?:first|second|third|last|final)\s+day\s+of)\s+(?:a|an|his|her|"
                       r"their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+(?:to|of))\s+(?:the\s+)?$", re.I)


def _abroad_visit(ctx: Any) -> tuple[Any, frozenset[str]]:
    """In a story with no dateline, the place it has someone visiting now ("Mr Chavez, who is visiting China,
    said ...") and the countries of the visitors: those named before the visit in its sentence, else in the
    story's lead, less the visited country. A story with visits to several countries, or a tour of a list of
    places, has none. Searched once per document."""
    if getattr(ctx, "abroad_visit", None) is None:
        document = getattr(ctx, "document", None)
        found: tuple[Any, frozenset[str]] = (None, frozenset())
        if document is not None and not document.dateline:
            # A story with a dateline says where it was filed; its visits to the dateline are `_visitors`'.
            text = document.text or ""
            visits = [p for p in getattr(document, "places", ()) if p.country_code
                      and _ON_VISIT.search(text[max(0, p.start - 60):p.start])
                      and not re.match(r"\s*(?:,|and\b|or\b)\s*[A-Z]", text[p.end:p.end + 12])]
            if visits and len({p.country_code for p in visits}) == 1:
                place = visits[0]
                lo = max(text.rfind(". ", 0, place.start), text.rfind("\n", 0, place.start))
                lead_end = text.find(". ")

                def named(a: int, b: int) -> set[str]:
                    return {e.code for e in getattr(document, "entities", ()) if e.code and len(e.code) == 3 and e.code.isalpha()
                            and e.code not in NON_STATE_CODES and a <= e.start < b} - {place.country_code}

                # The visitor is named before the visit in its sentence ("Mr Chavez, who is visiting China"),
                # else in the story's lead.
                codes = named(lo + 1, place.start) or named(0, lead_end if lead_end >= 0 else len(text))
                if codes:
                    found = (place, frozenset(codes))
        ctx.abroad_visit = found
    return ctx.abroad_visit


# "leaves on Saturday on a 10-day trip to the Far East ... with China, South Korea and the Philippines", "will
# begin a tour of Asia": someone setting out (or out now) on a trip. A trip that is over ("back from a visit") is
# not one.
_TRIP = re.compile(r"\b(?:(?:leaves?|leaving|left|sets?\s+(?:off|out)|setting\s+(?:off|out)|embarks?|embarking|"
                   r"begins?|began|beginning|starts?|started|starting|will\s+(?:make|begin|start|go))\s+"
                   r"(?:on\s+)?(?:\w+\s+){0,2}?(?:on\s+)?|is\s+making\s+|\bon\s+)"
                   r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|tour|mission)\s+(?:to|of)\b"
                   # "Howard, who leaves for Japan tomorrow", "flew to Seoul on Monday", "will travel to Tokyo": going
                   # there with no trip named (only a time between the verb and "for / to": "left little room for")
                   r"|\b(?:leaves|leaving|left|departs|departing|departed|flies|flew|flying|heads|headed|heading|"
                   r"travels|travelled|traveled|travelling|traveling|will\s+(?:leave|fly|travel|go|head))\s+"
                   r"(?:(?:tomorrow|today|tonight|soon|later\s+today|next\s+\w+|this\s+\w+|on\s+[A-Z]\w+)\s+)?"
                   r"(?:for|to)\b", re.I)
# A sentence that says its act is done on the trip: "during his visit", "during the trip", "will use his trip to
# push for ...", "on his Tokyo visit" (not "after / before his visit").
_ON_TRIP = re.compile(r"\b(?:during|on|use|using|throughout)\s+(?:his|her|their|the|this)\s+(?:[\w'-]+\s+){0,2}?"
                      r"(?:visit|trip|tour|stay)\b", re.I)
# A trip told as over: "soon after returning from a U.S. visit", "back from a tour of Asia", "has just returned from
# a trip to Moscow". Its traveller is home now, but what a sentence says he did "during his visit" was done there.
_TRIP_OVER = re.compile(r"\b(?:return(?:s|ed|ing)?|back|home)\s+(?:home\s+)?from\s+(?:a|an|his|her|their)\s+"
                        r"(?:[\w.'-]+\s+){0,3}?(?:trip|visit|tour|mission)\b(?:\s+(?:to|of)\b)?", re.I)
_SENTENCE_END = re.compile(r"[a-z0-9)\"'”’]\.(?:\s|$)")
# Meetings, deals and cooperation: what a traveller does with the people of the countries visited.
TRIP_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


def _trip_abroad(ctx: Any) -> frozenset[str]:
    """In a story filed at home, the countries its people are setting out to ("Baldrige leaves on Saturday on a
    trip to the Far East ... with China, South Korea and the Philippines" under a WASHINGTON dateline): those
    named after the trip in its sentence, less the dateline's. Searched once per document, with the trips the
    story tells as over (``_TRIP_OVER``), kept apart: ``trip_over_to``, ``trip_over_by``."""
    if getattr(ctx, "trip_to", None) is None:
        found, names, towns = _trips(ctx, _TRIP)
        over, over_by, over_towns = _trips(ctx, _TRIP_OVER, own_words=True)
        ctx.trip_to = frozenset(found)
        ctx.trip_by = frozenset(names)
        ctx.trip_over_to = frozenset(over)
        ctx.trip_over_by = frozenset(over_by)
        # the one town the trip names in a country ("a mission to Washington"), by the geonameid it resolves to
        ctx.trip_towns = {code: ps[0] for code, ps in over_towns.items()
                          if code in over and len({p.geonameid or p.text for p in ps}) == 1}
        ctx.trip_towns.update({code: ps[0] for code, ps in towns.items()
                               if code in found and len({p.geonameid or p.text for p in ps}) == 1})
    return ctx.trip_to


def _trips(ctx: Any, pattern: Any, own_words: bool = False) -> tuple[set[str], set[str], dict[str, list[Any]]]:
    """The countries of the trips ``pattern`` finds in the story, less the dateline's: those named after the trip
    in its sentence, or with ``own_words`` and no "to / of" after the trip, those inside its own words ("returning
    from a U.S. visit designed to pave the way for ...": not the places the rest of the sentence names); the
    travellers' names; the towns named there."""
    document = getattr(ctx, "document", None)
    place = getattr(ctx, "dateline_place", None)
    found: set[str] = set()
    names: set[str] = set()
    towns: dict[str, list[Any]] = {}
    if document is None or not document.dateline or place is None or not place.country_code:
        return found, names, towns
    text = document.text or ""
    for m in pattern.finditer(text):
        if own_words and not m.group(0).lower().endswith((" to", " of")):
            hi = m.end()
        else:
            end = _SENTENCE_END.search(text, m.end())  # not at "U.S." inside the sentence
            hi = end.start() if end else len(text)
        named = [p for p in getattr(document, "places", ()) if p.country_code
                 and m.start() <= p.start < hi and p.country_code not in NON_STATE_CODES]
        here = {p.country_code for p in named}
        found |= here
        for p in named:
            if (p.resolution or 0) >= 4:
                towns.setdefault(p.country_code, []).append(p)
        if here:
            # the travellers: the names before the trip in its sentence ("Prime Minister Bob Hawke sets
            # out on a trip to Japan"), less titles and the country words ("Australian")
            lo = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()),
                     text.rfind(" - ", 0, m.start()) + 1)
            # (a name's last word: "Bob Hawke" is Hawke; a lone capital before a common noun is an
            # adjective, "Australian officials")
            for run in re.finditer(r"\b[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*(?=(\s+[a-z])?)", text[lo + 1:m.start()]):
                words = run.group(0).split()
                if len(words) == 1 and run.group(1):
                    continue
                if words[-1].lower().rstrip(".") not in _TITLE_WORDS:
                    names.add(words[-1].rstrip(".,"))
    found.discard(place.country_code)
    return found, names, towns


def _trip_location(ctx: Any, code: str, source: str) -> EventLocation | None:
    """Where in ``code`` the story's trip goes: the one town its trip sentence names there ("sets out on a mission
    to Washington"), else the whole country."""
    town = getattr(ctx, "trip_towns", {}).get(code)
    if town is None:
        return _whole_country(code, source)
    return EventLocation(extracted_place=town.text, resolved_place=town.resolved_place, geonameid=town.geonameid,
                         lat=town.lat, lon=town.lon, country_code=code, admin1=town.admin1,
                         resolution=town.resolution, location_source=source)


def _with_hosts(ctx: Any, actors: list[Actor]) -> bool:
    """Whether the actors are the people of the dateline's country, alone or with those of the countries the
    story's trip abroad is to ("talks between Reagan and Nakasone" in a TOKYO story of Nakasone's mission to
    Washington): a meeting of the traveller with the hosts is held where the trip goes."""
    codes = _state_codes(actors)
    home = ctx.dateline_place.country_code
    # (a trip told as over counts only in a story with no trip being made: ``_trip_hosts``)
    return home in codes and codes - {home} <= (_trip_abroad(ctx) or ctx.trip_over_to)


def _trip_hosts(ctx: Any, actors: list[Actor], recipients: list[Actor], plover: str) -> list[str]:
    """The countries of the story's trip abroad the event is done in: the recipients' that the trip is to, for a
    meeting or deal (``TRIP_TYPES``), and for any act of the traveller in person (named, or "he", "his") whose
    sentence says it is done on the trip ("during his visit", "will use his trip to push for ..."), else the trip's
    one country. "We allow access to our markets" in such a sentence is the traveller's country, not the trip."""
    trip = _trip_abroad(ctx)
    told_on_trip = bool(_ON_TRIP.search(" ".join(t.text for t in getattr(ctx, "sent_tokens", ()))))
    if not trip:
        # "Abe met President Reagan during his visit" after "soon after returning from a U.S. visit": a trip told
        # as over places only what its traveller is said to have done on it, in the one country it went to.
        over = ctx.trip_over_to
        if told_on_trip and len(over) == 1 and _travelling(ctx, actors, _PERSONS, ctx.trip_over_by):
            return list(over)
        return []
    on_trip = told_on_trip and _travelling(ctx, actors, _PERSONS)
    if plover not in TRIP_TYPES and not on_trip:
        return []
    hosts = [a.code for a in recipients if a.code in trip]
    if not hosts and on_trip and len(trip) == 1:
        hosts = list(trip)
    return hosts


# Words of a traveller's title, no part of the traveller's own name.
_TITLE_WORDS = frozenset({"prime", "minister", "president", "vice", "secretary", "foreign", "trade", "finance",
                          "state", "defence", "defense", "chancellor", "premier", "king", "queen", "prince", "general",
                          "mr", "mrs", "ms", "dr", "the", "a", "his", "her", "former", "deputy", "chief", "commerce",
                          "treasury", "economics", "economy", "agriculture", "energy", "senator", "sen", "gov",
                          "governor", "leader", "party", "on", "in", "to", "and", "of", "u.s", "us"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "his", "her", "their"})
_PERSONS = frozenset({"he", "she", "his", "her"})  # one traveller, not the nation ("we", "they")


def _travelling(ctx: Any, actors: list[Actor], pronouns: frozenset[str] = _PRONOUNS,
               travellers: frozenset[str] | None = None) -> bool:
    """Whether the event's actor is one of the people the story has setting out on a trip ("Hawke will meet ..."
    after "Prime Minister Bob Hawke sets out on a trip to Japan"), or a pronoun standing for them; a state or
    its government ("Japan plans to increase imports", "the government agreed") acts at home."""
    names = {w.lower() for w in (getattr(ctx, "trip_by", frozenset()) if travellers is None else travellers)}
    for a in actors:
        words = re.findall(r"[\w'-]+", (a.entity_text or "").lower())
        if len(words) == 1 and words[0] in pronouns:
            return True
        if any(w in names for w in words if w not in _TITLE_WORDS):
            return True
    return False


# Words that put a visit still to come: "when he visits Washington later in the month", "before she visits Paris",
# "plans to visit Tokyo", "will visit Seoul".
_AHEAD_MARKS = frozenset({"when", "before", "once", "until", "till", "whenever"})
_AHEAD_HEADS = frozenset({"plan", "intend", "expect", "hope", "want", "schedule", "due", "aim", "prepare", "propose"})


def _visit_ahead(ctx: Any, place: Any) -> bool:
    """Whether ``place`` is the goal of a visit still to come. Such a place tells where the visitor will go, not
    where the story's people are, so it is not carried to the next sentence."""
    tok = next((t for t in getattr(ctx, "sent_tokens", ()) if getattr(ctx, "place_at", {}).get(t.i) is place
                and hasattr(t, "dep_")), None)
    if tok is None or not _visited(tok, (syn.clause_head(tok),)):
        return False
    verb = syn.clause_head(tok)
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in verb.children):
        return True
    if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and \
            any(c.dep_ in ("mark", "advmod") and c.lower_ in _AHEAD_MARKS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AHEAD_HEADS


# Modals that put what a clause tells still to come or only possible ("will be charged", "could be arrested").
_NOT_YET = frozenset({"will", "'ll", "shall", "would", "could", "may", "might"})


# Verbs a visit is made or paid with, whose own "to X" is the visit's goal ("a state visit he will make to Britain",
# "the trip she is to take to Japan").
_VISIT_MADE = frozenset({"make", "pay", "take", "undertake"})


def _visit_goal(ctx: Any, trigger: Any) -> Any:
    """The place a visit-noun event goes to, named on a relative clause of the noun that makes or pays it ("ahead
    of a state visit he will make to Britain"): the visit happens there, not where the story was filed. A visit
    called off, or one told to happen "here", has no goal for this rule."""
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in _VISIT_NOUNS or \
            _called_off(trigger) or any(c.lower_ == "here" for c in trigger.subtree):
        return None
    for made in trigger.sent:
        if made.pos_ != "VERB" or made.lemma_.lower() not in _VISIT_MADE or \
                any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("which", "that") for c in made.children):
            continue
        clause = made.head if made.dep_ == "xcomp" else made  # "the trip she is to take to Japan"
        # the relative clause on the noun, which the parser may hang elsewhere when it has no "which": it begins
        # right after the noun ("a state visit he will make to Britain")
        if not ((clause.dep_ in ("relcl", "acl") and clause.head.i == trigger.i)
                or clause.left_edge.i == trigger.i + 1):
            continue
        for prep in made.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                goal = next((ctx.place_at[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in ctx.place_at),
                            None)
                if goal is not None and goal.country_code:
                    return goal
    return None


# Verbs of setting out whose "for X" is where the traveller is bound ("left for Washington", "was heading for
# Moscow", "set off for Geneva"), and the particles that go with "set".
DEPARTING_VERBS = frozenset({"leave", "depart", "head", "set", "sail", "fly", "embark", "start"})
_SETTING_OUT = frozenset({"off", "out"})


def _bound_for(ctx: Any, trigger: Any) -> Any:
    """The place the event's own verb of setting out is bound for ("left at the weekend for the United States",
    "heading for Washington"), named in a "for" phrase on that verb, when it is a place of a known country; else
    None. "Set" and "start" only with "off" or "out" ("set off for Geneva"), and not a setting out called off or
    told as not made ("did not leave for Paris")."""
    if trigger is None or getattr(trigger, "pos_", None) != "VERB" or trigger.lemma_.lower() not in DEPARTING_VERBS:
        return None
    if trigger.lemma_.lower() in ("set", "start") and \
            not any(c.dep_ == "prt" and c.lower_ in _SETTING_OUT for c in trigger.children):
        return None
    if any(c.dep_ == "neg" for c in trigger.children):
        return None
    place_at = getattr(ctx, "place_at", {})
    for obj in syn.prep_objects(trigger, ("for",)):
        cur = obj
        if cur.i not in place_at and cur.lemma_.lower() in syn.PLACE_HEADS:
            # "left for the capital, Nairobi", "set off for the city of Basra"
            cur = next((t for t in cur.subtree if t.i in place_at), cur)
        goal = place_at.get(cur.i)
        if goal is not None and goal.country_code:
            return goal
    return None


def _visited_party(ctx: Any, trigger: Any, actors: list[Actor], recipients: list[Actor]) -> str | None:
    """The country of the person an actor visits ("the minister will visit U.S. Treasury Secretary James Baker",
    "visited the Pope"): a visit to someone is made where that person is, which with no place named is his own
    country, not the visitor's home nor the dateline's. Only a visit verb of active voice whose object is the one
    recipient of another state than the actors', and not one told to happen "here"."""
    if trigger is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() != "visit" or syn.is_passive(trigger) or \
            any(c.dep_ == "advmod" and c.lower_ == "here" for c in trigger.children):
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i in ctx.place_at:
        return None  # a place visited is the clause's own place already ("will visit Washington")
    hosts = _state_codes(recipients) - _state_codes(actors)
    if len(hosts) != 1 or not _state_codes(actors) or \
            not any(r.code in hosts and r.entity_text and obj.text in r.entity_text for r in recipients):
        return None
    return next(iter(hosts))


# A wire digest: items that each open on a dateline of their own ("CAIRO - Egypt's opposition charged ...",
# "FREETOWN, Sierra Leone - Sierra Leone's former vice-president ... has been detained"), of which the story's dateline
# is only the first item's.
_ITEM_DATELINE = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3})"
                            r"(?:,[ \t]+([A-Z][\w.]+(?:[ \t]+[A-Z][\w.]+){0,2}))?[ \t]+-[ \t]+(?=[A-Z\"])")
_DIGEST_ITEMS = 3  # the story's own dateline's item and two more, at least


def _digest_items(ctx: Any) -> tuple[tuple[int, Any], ...]:
    """The items of a wire digest, each as (where its dateline begins, its place), in text order; none for a story
    with one dateline. An item's dateline is a line that opens on a town in capitals and " - " ("ZEEBRUGGE, Belgium
    - "), resolved in the country it names. Searched once per document."""
    if getattr(ctx, "digest_items", None) is None:
        from ..geo import resolve_place

        items: list[tuple[int, Any]] = []
        document = getattr(ctx, "document", None)
        if document is not None and document.dateline and getattr(ctx, "dateline_place", None) is not None:
            text = document.text or ""
            named = {p.start: p for p in getattr(document, "places", ()) if p.country_code}
            for m in _ITEM_DATELINE.finditer(text):
                place = named.get(m.start(1))
                if place is None:
                    country = resolve_place(m.group(2)) if m.group(2) else None
                    hint = (country.country_code,) if country is not None and country.country_code else ()
                    place = resolve_place(m.group(1).title(), doc_countries=hint)
                if place is not None and place.country_code:
                    items.append((m.start(1), place))
        ctx.digest_items = tuple(items) if len(items) >= _DIGEST_ITEMS else ()
    return ctx.digest_items


def _digest_item(ctx: Any) -> tuple[int, Any] | None:
    """The digest item the event's sentence is in (its start and its dateline's place), else None."""
    items = _digest_items(ctx)
    toks = getattr(ctx, "sent_tokens", ())
    if not items or not toks or not hasattr(toks[0], "idx"):
        return None
    start = toks[0].idx
    return next((item for item in reversed(items) if item[0] <= start), None)


def locate(ctx: Any, own: Any, other: Any, recipients: list[Actor], actors: list[Actor], sent_index: int,
           plover: str) -> EventLocation:
    """Event place by rule, most specific first; ``location_source`` says which rule placed it so a
    country-centroid pin is never mistaken for a city. In a wire digest each item is a story of its own, filed
    from its own dateline: "BAHRAIN - Iran reported ... FREETOWN, Sierra Leone - Sierra Leone's former vice-president
    ... has been detained" has the detention in Sierra Leone, not in Bahrain, and no item's place carries to the
    next item."""
    item = _digest_item(ctx)
    if item is None:
        return _held_then(ctx, _locate(ctx, own, other, recipients, actors, sent_index, plover))
    if getattr(ctx, "digest_item_at", None) != item[0]:
        ctx.digest_item_at = item[0]
        ctx.last_place = ctx.speaker_abroad = None
    story_dateline = ctx.dateline_place
    ctx.dateline_place = item[1]
    try:
        return _held_then(ctx, _locate(ctx, own, other, recipients, actors, sent_index, plover))
    finally:
        ctx.dateline_place = story_dateline


def _held_then(ctx: Any, loc: EventLocation) -> EventLocation:
    """The event's place in the state that held it when the story was published: the gazetteer knows only today's
    states, so "BELGRADE, March 23 - Yugoslavia was seeking to refinance ..." (1987) is placed in Yugoslavia (YUG),
    as the place named "Yugoslavia" and the story's Yugoslav actors are, not in Serbia; a 2011 Belgrade event stays
    SRB. (``actors.state_on``: only Yugoslavia's lands are dated.) With no publication date, today's state."""
    published = str(getattr(getattr(ctx, "document", None), "published", None) or "")
    then = state_on(loc.country_code, published[:10]) if loc.country_code and published[:4].isdigit() else None
    return replace(loc, country_code=then) if then and then != loc.country_code else loc


def _locate(ctx: Any, own: Any, other: Any, recipients: list[Actor], actors: list[Actor], sent_index: int,
            plover: str) -> EventLocation:
    """``locate`` for a story of one dateline (or one digest item)."""
    # "he bitterly criticised the Conservatives' stance on Europe", "as he opened a week-long visit to Africa": a
    # continent, or another region of no one country nor of a known few, that the event is about or goes to tells no
    # country it is in; it is placed as if the sentence named no place (by its parties, its story, its dateline), not
    # in no country. One it is told as happening in ("In Asia, its products came under attack") is its place.
    own, other = (None if _countryless_region(p) and not _scene_of(ctx, p) else p for p in (own, other))
    if own is None and plover in SPOKEN and (uttered := _uttered_at(ctx, actors)) is not None:
        # "At Reykjavik, Gorbachev insisted that research be confined to laboratories": a demand or claim coded on
        # the verb of what was said is made where its speaker said it.
        own = uttered
    if plover in DECIDED:
        # "voted to cut aid to Honduras", "suspended its cover on Kenya", "attacked the government over Iraq": what
        # words and decisions are aimed at or about is no place they were said or taken in.
        own, other = (None if p is not None and _aimed_place(ctx, p) else p for p in (own, other))
    if plover in SPOKEN:
        # "Iran warned the U.S. not to interfere in the Gulf", "expressed concern over tension in the Gulf": words
        # and decisions are not made on a sea, strait or gulf; a body of water in their sentence is what they are
        # about, and the speaker is ashore (in his capital, at the dateline).
        own, other = (None if _at_sea(p) else p for p in (own, other))
    trigger = getattr(ctx, "event_trigger", None)
    if own is None and (goal := _visit_goal(ctx, trigger)) is not None:
        # "His plea came ahead of a state visit he will make to Britain" under RIYADH: a visit happens at its goal.
        own = goal
    if own is None and plover != "RETREAT" and (goal := _bound_for(ctx, trigger)) is not None:
        # "BUENOS AIRES - The economy minister left at the weekend for the United States for talks with creditor
        # banks", "a delegation would leave for Washington to complete negotiations": an act told by the departure
        # that sets out for it (talks, an agreement) is done where the traveller is bound, not where he set out from.
        # (Not a withdrawal: one pulls out of where one was.)
        own = goal
    if own is None and (host := _visited_party(ctx, trigger, actors, recipients)) is not None and \
            (whole := _whole_country(host, "recipient")) is not None:
        # "SEOUL - The finance minister will visit U.S. Treasury Secretary James Baker next week": in the visited
        # person's country.
        return whole
    if own is None and other is not None:
        other = _party_place(ctx, other, actors, recipients, plover)
    place, source = (own, "clause") if own is not None else ((other, "sentence") if other is not None else (None, None))
    if place is not None and _countryless_region(place) and (later := _signed_later(ctx)) is not None:
        # "will present a draft treaty calling for elimination of all missiles in Europe. ... The draft treaty will
        # be handed over ... in Geneva": a region of no one country is the coarsest of places; the town a later
        # sentence gives the same act is where it was done.
        place, source = later, "later sentence"
    if place is None and plover in GATHERING_TYPES and (club := _paris_club(ctx, actors, recipients)) is not None:
        # "Yugoslavia has reached an agreement with Western creditors", "Western creditor governments have reached
        # agreement in principle on easing African debts": the creditor states agree debt relief as the Paris
        # Club, at its seat, not in the debtor's capital nor where the story was filed.
        place, source = club, "seat"
    if place is None and plover in ACTOR_SITED | {"CONSULT"} and \
            (there := _whereabouts(ctx, plover, actors)) is not None:
        # "The French minister, in Washington for talks, condemned the attack", "Chirac, speaking in London,
        # said": what a speaker says or whom he meets is where the sentence has him, not at home; what a body
        # says, where it is based ("the Paris-based OECD said"). So are protests and other acts done where the
        # actor is ("Iranian students in London demonstrated outside the embassy").
        place, source = there, "sentence"
    if place is None and ctx.dateline_place is not None and _done_here(ctx):
        # "Brazil's central bank governor met senior bankers here", "EC ministers meeting here issued a statement"
        # under a dateline: "here" is the town the story was filed from, whoever the parties are.
        place, source = ctx.dateline_place, "dateline"
    if place is None and plover == "ASSAULT" and (site := _site_target(recipients)) is not None:
        # "An Iranian missile attack on a Kuwaiti port damaged a U.S.-flagged tanker" under WASHINGTON: an attack
        # on a state's port, oil terminal or town is made where that site is, in its state, whoever else was hit
        # and wherever the story was filed.
        if (whole := _whole_country(site, "recipient")) is not None:
            if ctx.dateline_place is not None and site != ctx.dateline_place.country_code:
                _note_strike_abroad(ctx, actors, recipients)
            return whole
    countries = _state_codes([*actors, *recipients])
    if plover in ACTOR_SITED and _state_codes(actors):
        # A state's own act ("deported by Mexican authorities") stays in its country unless told otherwise:
        # a New Delhi dateline on a story about the deportees does not move it to India.
        countries = _state_codes(actors)
    # "BELGRADE - Yugoslavia was swept by strikes": the gazetteer knows only today's states, so a state that is gone
    # (YUG in a 1987 story) is at home on the lands of its successors (Belgrade, SRB), not nowhere.
    countries = {today for code in countries for today in todays_states(code)}
    # An attack, aid or withdrawal with nobody on its receiving end does not point home: "UK troops will fly
    # Britons out of Ivory Coast. France has begun evacuating its citizens too" stays in Ivory Coast.
    abroad = plover in ABROAD_TYPES and not _state_codes(recipients)
    if place is not None:
        # A meeting or visit that places its parties ("flew to Washington for talks") keeps them there for
        # the next sentence: they are the travellers.
        # (international bodies too: "EU leaders are holding talks in Brussels" has them there)
        travellers = frozenset(_party_codes([*actors, *recipients])) if plover == "CONSULT" else frozenset()
        if not _visit_ahead(ctx, place):
            ctx.last_place = (place, sent_index, travellers)
        if plover in SPOKEN and source == "clause" and place.country_code and \
                (homes := _state_codes(actors)) and place.country_code not in homes:
            # "In London on Thursday, India's finance minister lashed out at ...": a speaker his own clause has abroad
            ctx.speaker_abroad = (place, sent_index, frozenset(homes))
    elif ctx.last_place is not None and sent_index - ctx.last_place[1] <= 1 and \
            (not countries or abroad or ctx.last_place[0].country_code in countries
             # (a state's sanction or mobilisation is decided at home, wherever its envoy has just been placed)
             or (len(ctx.last_place) > 2 and ctx.last_place[0].country_code and countries & ctx.last_place[2]
                 and plover not in ("SANCTION", "MOBILIZE"))
             # "EU leaders are holding talks in Brussels. Blair is meeting his EU counterparts": a meeting of
             # the people just placed at a meeting is that meeting
             or (plover == "CONSULT" and len(ctx.last_place) > 2 and ctx.last_place[0].country_code
                 and _party_codes([*actors, *recipients]) & ctx.last_place[2])
             # "Syrian troops marched into the Shatila camp in Beirut. They would deploy at points around the
             # camp": "the camp" is the place just named, whoever the parties are
             or _back_to_place(ctx)
             # "A tanker was set ablaze off Dubai. The Liberian-flagged tanker was hit in the area": a ship known
             # only by its flag is hit where the story's fighting just was
             or (plover == "ASSAULT" and bool(recipients) and all(_unflagged(r) is None for r in recipients
                                                                  if r.code))):
        # The story stays where the previous sentence put it ("Protesters gathered in Niamey.
        # They demanded ..."), as long as the parties do not point elsewhere; a party that has just been
        # placed at talks abroad ("The minister arrived in Washington on Sunday. He will meet ...") is
        # still there.
        place, source = ctx.last_place[0], "previous sentence"
    if place is None and plover in SPOKEN and (there := getattr(ctx, "speaker_abroad", None)) is not None and \
            sent_index - there[1] == 1 and _state_codes(actors) and _state_codes(actors) <= there[2] and \
            all((a.entity_text or "").strip().lower() in _PERSONS for a in actors if a.code):
        # "In London on Thursday, India's finance minister lashed out at the G7's trade policies. He objected to farm
        # subsidies": the same speaker, told by a pronoun in the next sentence, still speaks where he was placed, not
        # at home (a state or its government named again acts from home).
        place, source = there[0], "previous sentence"
        ctx.speaker_abroad = (there[0], sent_index, there[2])
    if place is None and (theatre := _theatre(ctx, actors, recipients, plover)) is not None:
        # "BAGHDAD - Iraqi warplanes attacked two tankers in the Gulf today. ... During one of the raids, Iraqi
        # planes shot down an Iranian fighter": the same belligerents' later attacks, with no place named, are
        # in the theatre the story has already placed their fighting in, not at the capital it was filed from.
        place, source = theatre, "previous sentence"
    if place is None and (front := _same_fighting(ctx, actors, recipients, plover)) is not None:
        # "Iran reported an offensive east of Basra, while Baghdad said its forces had repulsed the attack": one
        # side's account of the fighting places the other side's account of it too.
        place, source = front, "sentence"
    if place is None and (later := _signed_later(ctx)) is not None:
        # "Rival Afghan factions signed an historic power-sharing agreement. ... The agreement was signed in the
        # German city of Bonn": a later sentence of the story that tells where the same document was signed
        # places the signing.
        place, source = later, "later sentence"
    if place is None and (front := _front(ctx, actors, recipients, plover, sent_index)) is not None:
        # "Iraq said its forces were battling to dislodge Iranian troops from territory they gained near Basra. ...
        # Iraqi forces were continuing counter-attacks to drive the Iranians from the few positions they held":
        # the same two states' forces meet where the story has placed their fighting, not in the country of the
        # side that is on the receiving end.
        place, source = front, "previous sentence"
    if place is None and plover in ACTOR_SITED:
        # "Tokyo rejected the demands", "the Kremlin condemned ...": a government named by its capital or seat
        # acts there, wherever the story was filed or is mostly about.
        seat = _seat(actors)
        if seat is not None:
            place, source = seat, "actor"
    if place is None and ctx.dateline_place is None and _done_here(ctx):
        # "Japanese envoys met Chinese officials here" in a story whose dateline is lost: "here" is where the story
        # was written, which its own scene (the place its events were last put in), else the country it is mostly
        # about, tells better than the home of whoever is on the receiving end. Not the visitors' own country ("a
        # visit here by Ecuador's minister"): that is where "here" is not, and the host's is where it is.
        visitors = _state_codes(actors) if _visiting(ctx) or \
            any("visiting" in (a.entity_text or "").lower() for a in actors) else set()
        scene_here = ctx.last_place[0] if ctx.last_place is not None else None
        code_here = scene_here.country_code if scene_here is not None else getattr(ctx, "doc_country", None)
        hosts = _state_codes(recipients) - visitors
        if code_here and code_here not in visitors:
            if scene_here is not None:
                place, source = scene_here, "story"
            elif (whole := _whole_country(code_here, "story")) is not None:
                return whole
        elif visitors and len(hosts) == 1 and (whole := _whole_country(next(iter(hosts)), "recipient")) is not None:
            return whole
    if place is None and plover in SCENE_TYPES and (scene := _scene(ctx, sent_index, countries, abroad)) is not None:
        # "Fighting flared again in the south, near Kandahar. Government troops shelled rebel positions": a
        # sentence with no event of its own that sets the paragraph's scene places the events that follow it in
        # the same paragraph, as long as the parties do not point elsewhere.
        place, source = scene, "scene"
    story = getattr(ctx, "doc_country", None)
    if place is None and plover in TRIP_TYPES | ACTOR_SITED and ctx.dateline_place is not None and \
            _with_hosts(ctx, actors) and \
            (hosts := _trip_hosts(ctx, actors, recipients, plover)) and \
            (_travelling(ctx, actors) if ctx.trip_to else _travelling(ctx, actors, _PERSONS, ctx.trip_over_by)):
        # "Baldrige will meet South Korean President Chun" in a WASHINGTON story of his trip to South Korea: a
        # traveller meets and deals with the people of the countries visited there, not at home; and what the
        # sentence says is done on the trip ("he will press for access for British banks during his visit") is
        # done in the one country the trip is to, also when the story tells the trip as over ("Abe met Reagan
        # during his visit" after "returning from a U.S. visit"; only the traveller himself, named or "he").
        source = "recipient" if hosts[0] in _state_codes(recipients) else "story visit"
        if (there := _trip_location(ctx, hosts[0], source)) is not None:
            return there
    if place is None and plover in GATHERING_TYPES | SPOKEN and (named := _named_before(ctx)) is not None:
        # "The United States will push for a statement at the June economic summit in Venice. ... the U.S. will
        # press at the summit for a declaration": "the summit" is the one the story has already placed.
        place, source = named, "story gathering"
    if place is None and plover in SPOKEN and (filed := _suit_placed_before(ctx)) is not None:
        # "NEW YORK - British Printing said it filed a lawsuit in U.S. district court ... British Printing said it
        # filed the suit after consultation with its advisers": "the suit" is the one the story has already placed,
        # filed and argued where its court sits, not in the filer's country.
        place, source = filed, "previous sentence"
    if place is None and plover in GATHERING_TYPES and (attended := _attended(ctx)) is not None and \
            (venue := _placed_in_story(ctx, attended)) is not None:
        # "Mr Chidambaram is attending the G7 meeting" in a story that has "the G7 meeting taking place in London":
        # the gathering attended is where the story places it, not in the attender's country nor the story's.
        place, source = venue, "story gathering"
    if place is None and plover in GATHERING_TYPES and _attending(ctx):
        # "A Panamanian representative attended the meeting", "the US Air Force will attend the air show": one
        # attends a gathering where it is held, which the story's dateline (else the country the story is
        # about) tells better than the attender's own country.
        if ctx.dateline_place is not None:
            place, source = ctx.dateline_place, "dateline"
        elif story and (whole := _whole_country(story, "story")) is not None:
            return whole
    if place is None and plover in GATHERING_TYPES | SPOKEN and ctx.dateline_place is not None and _at_meeting(ctx):
        # "Delegates at the conference reached agreement", "Throughout the talks, producers opposed ...", "At a
        # meeting of EC foreign ministers, Britain called for ...": a gathering the story covers, with no place
        # named, is where the story was filed; what its members say and agree there is not done at home.
        place, source = ctx.dateline_place, "dateline"
    if place is None and plover in SPOKEN | {"CONSULT"} and (venue := _story_meeting(ctx)) is not None and \
            venue.country_code not in _state_codes(actors) and not _sent_from_afar(ctx) and \
            not _other_gathering(ctx) and not _describes_party(ctx) and not _gathering_elsewhere(ctx, venue) and \
            not _dated_apart(ctx) and \
            (plover == "CONSULT" or not _covered_from_afar(ctx, venue) or _named_at(ctx, actors, venue)) and \
            not (plover in SPOKEN and not _covered_from_afar(ctx, venue) and _standing_position(ctx)):
        # "GENEVA - Australia accused the U.S. of ... Australia's delegate made the appeal at a special meeting of
        # GATT": a story about one gathering, named in its opening sentences, has what its members say, agree and
        # discuss there, at its venue, unless a sentence names another place; not at the speaker's home. Words
        # sent in a letter or over the air are where the sender is; deeds (exports, aid) are not done at a meeting.
        # Its members with no country ("The finance ministers of seven countries met today", "the G-7 agreed") are
        # there too. A gathering the story covers from another country ("TOKYO - At a meeting this week in Paris,
        # officials are considering an OECD report", "BELGRADE - ... talks with banks began in Washington") places
        # its talks only: what the story's parties say and decide is told from where they are ("The IMF staff has
        # also cast doubt on ...", "the EC has so far refused a Yugoslav request"), by the rules below; those whom
        # the sentence placing the gathering puts there stay there ("at a meeting with de Mel in Washington").
        # A position told in the present perfect after the lead ("Seoul has urged its steelmakers to hold down
        # shipments" in an OTTAWA story of members' meeting with the trade minister) is held, not taken at the
        # meeting: it is placed where its holder is.
        place, source = venue, "story gathering"
    if place is None and plover in SPOKEN and (venue := _story_meeting(ctx)) is not None and \
            len(homes := _state_codes(actors)) == 1 and venue.country_code not in homes and _dated_apart(ctx) and \
            (whole := _whole_country(next(iter(homes)), "actor")) is not None:
        # "BUENOS AIRES - ... The United States said last week it would back a bridge loan to Argentina" in a story
        # of a meeting there: one state's words dated before the gathering the story covers were said at home, not
        # at the gathering, nor in the country they are about (which the dateline's rule below would take from "to
        # Argentina").
        return whole
    if place is None and plover in ACTOR_SITED and _international(actors) and \
            (seat := _body_seat(ctx, actors)) is not None:
        # "BELGRADE - The European Community has refused a Yugoslav request", "The IMF approved Sri Lanka's
        # standby credit" under COLOMBO, "The EU has announced it will open talks with Croatia": an international
        # body itself decides and speaks at its seat (the EC in Brussels, the IMF in Washington), not where the
        # story was filed nor in the country it addresses; its team, mission or envoy abroad, or a body the story
        # has at a meeting or in the dateline's town, stays with the rules above and below.
        place, source = seat, "seat"
    if place is None and plover in ACTOR_SITED and _state_codes(actors):
        # "Mr Chavez, who is visiting China, said his country would ...": the visitors' words and decisions are
        # where they are visiting, not at home.
        visited, visitors = _abroad_visit(ctx)
        if visited is not None and _state_codes(actors) & visitors:
            place, source = visited, "story visit"
    if place is None and ctx.dateline_place is not None and not _strike_abroad(ctx, actors, recipients, plover) and \
            ((not countries and (not story or story == ctx.dateline_place.country_code
                                 or any(a.code for a in actors)))
             or ctx.dateline_place.country_code in countries
             or (plover in SPOKEN and _spoken_here(ctx, actors))
             or (plover in SPOKEN and _addressed_body_here(ctx))
             # "KUWAIT - The leaders of a U.S. Senate team said they favored a multinational force" in a story that
             # has them "said at a news conference", "STRASBOURG - The Parliament voted a resolution condemning ..."
             # in one whose member "told reporters": words whose speaker has no country, in a story whose people
             # speak where the reporter is, are heard there, not in the country the story mentions most (a regional
             # bureau's story of another country, "CAIRO - ... rejected the IMF's terms", has nobody briefing there)
             or (plover in SPOKEN and not any(a.code for a in actors)
                 and (_filed_here(ctx) or bool(_briefed_here(ctx))))
             or _names_dateline_country(ctx)
             or (plover in ABROAD_TYPES and _lone_foreigner(actors, recipients)
                 and story in (None, ctx.dateline_place.country_code, *_state_codes(recipients)))
             or (plover in ACTOR_SITED and (_international(actors) or _firm(actors)
                                            or bool(_state_codes(actors) & _visitors(ctx))))
             # "PHILADELPHIA - Argentine President Raul Alfonsin met with IMF Managing Director Michel Camdessus" in a
             # story of his visit to the U.S.: the story's visitors meet a body's chief or a firm where they are, not
             # at home; a meeting with another state's people is left to the guest and host rules below. So do those
             # it has there with no visit named ("Lim, in Brussels on a tour of Europe ... Lim earlier met EC farm
             # commissioner Andriessen"): a meeting is had where one is.
             or (plover == "CONSULT" and bool(homes := _state_codes(actors))
                 and homes <= _visitors(ctx) | _present(ctx) and not _state_codes(recipients) - homes)
             or (plover in ACTOR_SITED and _posted_here(ctx, actors))
             or (plover in SPOKEN and bool(_state_codes(actors) & (_present(ctx) | _briefed_here(ctx))))
             # ("Kamau told Reuters in an interview": so does one who talks to the wire's reporter, of the news he
             # tells, not of a past act he recounts)
             or (plover in SPOKEN and bool(_state_codes(actors) & _told_wire_here(ctx))
                 and not _told_of_the_past(ctx))):
        # The dateline places a local story; a Washington dateline on a story about Iran and
        # Iraq says where the reporter was, not where the event happened; so does a Cairo dateline on a
        # story mostly about Sudan when the event's actor is unknown (an international body acting from
        # a Brussels dateline stays there). A story that has its people
        # speak "here" ("the U.S. Commerce Secretary told reporters here") has their words at the dateline; so
        # does one that has the actor's country on a visit to the dateline's town or country. An international
        # body ("the ASEAN ministers said", "the IMF agreed") speaks and decides at the dateline, not in the
        # country of whoever it addresses; so does a firm ("Disney said it will seek investors from France"
        # under a BURBANK dateline).
        place, source = ctx.dateline_place, "dateline"
    if place is not None:
        if plover == "ASSAULT" and source in ("clause", "sentence"):
            _note_theatre(ctx, place, actors, recipients)
            _note_front(ctx, place, actors, recipients, sent_index)
        # "Indian troops killed three militants in Kashmir": a region that lies across several countries is, for an
        # event there, the one of them its parties (else its story) point to.
        code = place.country_code or _region_country(ctx, place, actors, recipients, plover)
        if code is None and _at_sea(place) and (coast := _coast_country(place, actors, recipients, plover)) is not None:
            # "Iran has deployed missiles near the Strait of Hormuz": a sea has no country, but the act on it is
            # done from, or to, one state's coast; the place named stays.
            code, source = coast, "waters"
        return EventLocation(extracted_place=place.text, resolved_place=place.resolved_place, geonameid=place.geonameid,
                             lat=place.lat, lon=place.lon, country_code=code, admin1=place.admin1,
                             resolution=place.resolution, location_source=source)
    if plover in SPOKEN and (court := _addressed_court(ctx, actors, recipients)) is not None and \
            (whole := _whole_country(court, "recipient")) is not None:
        # "Yukos has asked the US court to ...", "the US court's jurisdiction has been challenged by Gazpromneft":
        # what is put to a court is put where the court sits, whoever puts it.
        return whole
    parties = ((recipients, "recipient"), (actors, "actor"))
    if plover in ACTOR_SITED:
        parties = parties[::-1]  # words, decisions, protests and arrests happen where the actor is
        if story and not any(a.code for a in actors):
            # Words of a speaker of no known country ("the association urged Muslims ...") are spoken
            # where the story is, not in the country of whoever they are addressed to.
            parties = ()
        elif _international(actors) and not any(_BODY_PART.search(a.entity_text or "") for a in actors):
            # "The UNECE warned that cutting the US deficit could cause difficulties": an international body speaks
            # and decides at its own seats (placed above when the story tells which), not in the state it
            # addresses or talks about; with no seat told, no place rather than that state's. Its people ("an IMF
            # team", "EC ministers") act where they are, which the state they deal with may well be.
            parties = ((actors, "actor"),)
        elif plover in UNDERGONE_TYPES and _done_to_named(ctx, actors, recipients):
            # "Mr Khodorkovsky ... is in prison, having been charged with fraud": done to the one named, where he is
            parties = ((recipients, "recipient"), (actors, "actor"))
    if story and abroad and _state_codes(actors) and story not in _state_codes(actors):
        # "France began evacuating its citizens" in a story about Ivory Coast: an act done to others (an
        # attack, aid, a withdrawal) with nobody on its receiving end and no place named happens where the
        # story is, not at home.
        if (whole := _whole_country(story, "story")) is not None:
            return whole
    if plover == "CONSULT" and _state_codes(actors) and not _state_codes(recipients) and _visiting(ctx):
        # "Weizsaecker arrived for a four-day visit": a visit is made away from home, so with nobody visited
        # and no place named the visitor's own country is the one place it is not. The country the story
        # has the visitor in, else the one it is about, else none.
        visited, visitors = _abroad_visit(ctx)
        if visited is not None and _state_codes(actors) & visitors:
            return EventLocation(extracted_place=visited.text, resolved_place=visited.resolved_place,
                                 geonameid=visited.geonameid, lat=visited.lat, lon=visited.lon,
                                 country_code=visited.country_code, admin1=visited.admin1,
                                 resolution=visited.resolution, location_source="story visit")
        if story and story not in _state_codes(actors) and (whole := _whole_country(story, "story")) is not None:
            return whole
        return EventLocation()
    if plover == "ASSAULT" and any(_FLAG.search(r.entity_text or "") for r in recipients):
        # "an Iranian missile attack on a U.S.-flagged Kuwaiti tanker": a ship's flag is its registry, no place;
        # the ship's own nationality ("Kuwaiti") is the best guess left, and with none ("the U.S.-owned Liberian
        # flag tanker"), neither the flag's country nor the attacker's is where it was hit.
        kept = [_unflagged(r) for r in recipients]
        recipients = [r for r in kept if r is not None]
        if not _state_codes(recipients):
            return EventLocation()
        else:
            parties = tuple((recipients, src) if src == "recipient" else (party, src) for party, src in parties)
    if plover not in ABROAD_TYPES and any(_guest(ctx, r) for r in recipients if r.code):
        # "held talks with the visiting Polish leader": a guest is met away from home, where the host is; with
        # no host country coded, where the story was filed.
        if _state_codes(actors):
            parties = ((actors, "actor"),)
        elif ctx.dateline_place is not None:
            place = ctx.dateline_place
            return EventLocation(extracted_place=place.text, resolved_place=place.resolved_place,
                                 geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                                 country_code=place.country_code, admin1=place.admin1,
                                 resolution=place.resolution, location_source="dateline")
    shared = _state_codes(actors) & _state_codes(recipients)
    if shared and plover not in ACTOR_SITED and plover != "ASSAULT":
        # "Cossiga meets Christian Democrat and Republican leaders": a party of the actor's own country on the
        # receiving end makes the act a home one; a foreign party beside it is the guest, not the host. (Not an
        # attack: "chose to attack an Iranian platform" is where the target is, whoever else the sentence names.)
        parties = (([a for a in recipients if a.code in shared], "recipient"), *parties)
    if plover in ACTOR_SITED and (local := _local_body(ctx, actors)) is not None:
        # "LA PAZ - ... The government has sacked 20,000 miners", "TOKYO - ... The government has imposed a five pct
        # cut": in a story filed from the country it is about, a body the sentence does not name ("the government",
        # "the ministry of trade", "ministers") is that country's, acting there, whatever state the actor coding has
        # taken it for from the rest of the story.
        return EventLocation(extracted_place=local.text, resolved_place=local.resolved_place, geonameid=local.geonameid,
                             lat=local.lat, lon=local.lon, country_code=local.country_code, admin1=local.admin1,
                             resolution=local.resolution, location_source="dateline")
    for party, src in parties:
        for a in party:
            if a.code and a.code.isalpha() and a.code not in NON_STATE_CODES:
                if (whole := _whole_country(a.code, src)) is not None:
                    return whole
    if story and _international(actors) and plover in ACTOR_SITED | {"CONSULT", "COOPERATE"}:
        # "The European Commission has written to ...", "the IMF rejected ..." in a story about one country: an
        # international body speaks, decides and meets at its own seats, so with no place named it is placed
        # nowhere rather than in the story's country.
        return EventLocation()
    if story and (whole := _whole_country(story, "story")) is not None:
        return whole  # nobody with a country and no place named: the country the story is mostly about
    return EventLocation()


# Words that open an actor's phrase without saying whose it is ("the government", "about 9,000 miners", "no minister").
_UNNAMING = frozenset({"the", "a", "an", "about", "some", "no", "all", "several", "many", "most", "other", "both"})
_NUMBER = re.compile(r"[\d.,]+")
# ... and words that take up someone named elsewhere ("his government", "it"): whose they are is known.
_TAKING_UP = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "my", "this",
                        "these", "that", "those", "which", "who"})


def _unnamed(party: Actor, sentence_tokens: Any) -> bool:
    """Whether ``party`` is told by common nouns alone ("The government", "the ministry of trade", "Ministers"):
    no name, no nationality, no pronoun or possessive that takes up a party named elsewhere."""
    text = (party.entity_text or "").strip()
    words = re.findall(r"[\w.'-]+", text)
    # (not a party the coder inferred, "(the story's other country)": its sentence may well name it, uncoded)
    if not words or text.startswith("(") or any(w.lower() in _TAKING_UP for w in words):
        return False
    # (a capital only on the phrase's first word, where the sentence may open it, and only on a common noun or a
    # determiner: "Ministers", "The government", not "German", "A Turkish research ship", "the Soviet leader")
    nouns = {t.text for t in sentence_tokens if getattr(t, "pos_", "") == "NOUN"}
    if not all(w[:1].islower() or _NUMBER.fullmatch(w) or (i == 0 and (w.lower() in _UNNAMING or w in nouns))
               for i, w in enumerate(words)):
        return False
    return any(w.lower() not in _UNNAMING and not _NUMBER.fullmatch(w) for w in words)


# Acts a person or body undergoes at the hands of the law or of power: charged, accused, investigated, arrested,
# detained ("the offer was rejected" is done to a thing, by whoever rejected it, where he is).
UNDERGONE_TYPES = frozenset({"ACCUSE", "COERCE"})
# Verbs whose object undergoes what a noun names: "is facing charges", "faces a probe".
_UNDERGOING_VERBS = frozenset({"face", "undergo"})


def _done_to_named(ctx: Any, actors: list[Actor], recipients: list[Actor]) -> bool:
    """Whether the event is told from the side of whoever undergoes it, with no doer named: a passive with no "by"
    ("Mr Khodorkovsky ... having been charged with fraud", "A second U.S. Marine has been charged with spying") or
    an act its recipient faces ("Both men are facing criminal charges"), whose actor the coder only guessed from the
    story ("(the story's other country)"). The guess says nothing of where it happened; the one it happened to, named,
    does: a person is charged, tried or held where he is, in his country rather than in a state the story also
    mentions. A doer named after "by" ("a probe by the US Securities and Exchange Commission") is no guess."""
    coded = [a for a in actors if a.code]
    if not coded or not all((a.entity_text or "").startswith("(") for a in coded):
        return False
    # (named, not "he": "he feels he has been denied a pension" of a Russian who has lived in London for years says
    # nothing of where he is; a name the story gives its subject is the story's own person, in his country)
    undergoing = [r for r in recipients if _state_codes([r])]
    if not undergoing or any(set(re.findall(r"[\w'-]+", (r.entity_text or "").lower())) & _TAKING_UP
                             or (r.entity_text or "").startswith("(") for r in undergoing):
        return False
    tok = getattr(ctx, "event_trigger", None)
    if tok is None or not hasattr(tok, "dep_"):
        return False
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in _UNDERGOING_VERBS:
        # (not what is only threatened or to come: "Canada said any French fishermen caught there would be
        # arrested" is Canada's threat, made at home)
        return syn.is_passive(tok) and syn.agent_of(tok) is None and \
            not any(c.dep_ == "aux" and c.lower_ in _NOT_YET for c in tok.children)
    faced = tok.head if tok.pos_ not in ("VERB", "AUX") else tok
    return faced.lemma_.lower() in _UNDERGOING_VERBS and (faced is tok or tok.dep_ == "dobj") and \
        not any(t.lower_ == "by" and t.dep_ in ("prep", "agent") for t in faced.subtree)


def _local_body(ctx: Any, actors: list[Actor]) -> Any:
    """The dateline's place when the story was filed from the country it is about and every coded actor of the event
    is an unnamed body coded as another state; else None."""
    place = getattr(ctx, "dateline_place", None)
    here = place.country_code if place is not None else None
    story = getattr(ctx, "doc_country", None)
    coded = [a for a in actors if a.code]
    if not here or story not in (None, here) or not coded:
        return None
    toks = list(getattr(ctx, "sent_tokens", ()))
    if not all(a.code != here and a.code.isalpha() and a.code not in NON_STATE_CODES and _unnamed(a, toks)
               for a in coded):
        return None
    return place


# A legal action that the story follows from one sentence to the next: "filed a lawsuit in U.S. district court ...
# The suit alleges ...".
SUIT_NOUNS = frozenset({"suit", "lawsuit"})
_FILING_VERBS = frozenset({"file", "bring", "lodge", "launch", "start", "begin", "enter", "institute"})


def _suit_place(tok: Any, place_at: dict[int, Any]) -> Any:
    """The place a sentence gives the suit ``tok``: in or at a court or town on the noun itself ("a suit in Manhattan
    federal court"), on the verb that filed it ("filed a lawsuit in U.S. district court") or on a participle of the
    noun ("The suit, filed in Manhattan"); None when it gives none."""
    holders = [tok]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _FILING_VERBS:
        holders.append(tok.head)
    holders += [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _FILING_VERBS]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "before"):
                continue
            named = next((place_at[t.i] for t in prep.subtree if t.i in place_at and place_at[t.i].country_code), None)
            if named is not None:
                return named
    return None


def _suit_placed_before(ctx: Any) -> Any:
    """The place of the suit the event's verb files or has speak ("British Printing said it filed the suit after
    consultation", "The suit alleges ...", "Its lawsuit also alleges ..."), named with "the" or a possessive and no
    place of its own, that an earlier sentence of the story placed: the nearest such place, else None. A suit is
    filed where its court sits, whatever the country of the party that filed it or the town the story was filed
    from."""
    place_at = getattr(ctx, "place_at", {})
    verb = getattr(ctx, "event_verb", None)
    toks = list(getattr(ctx, "sent_tokens", ()))
    if verb is None or not toks or not place_at or not hasattr(toks[0], "doc"):
        return None
    for tok in toks:
        if tok.lemma_.lower() not in SUIT_NOUNS or tok.head.i != verb.i or \
                tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or \
                not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in tok.children) or \
                any(t.i in place_at for t in tok.subtree):
            continue
        for earlier in reversed(tok.doc[:toks[0].i]):
            if earlier.lemma_.lower() in SUIT_NOUNS and (named := _suit_place(earlier, place_at)) is not None:
                return named
    return None


def _uttered_at(ctx: Any, actors: list[Actor]) -> Any:
    """The place of the saying clause above the event's verb when the event is what its subject, an actor of the
    event, said, insisted or demanded ("At Reykjavik, Gorbachev insisted that ...", "In Paris, the minister told
    reporters Libya must ..."): the words are spoken there. Not a place of the said content itself, and not the
    saying of someone who is not the event's actor ("Iraq said in Baghdad that Iran had demanded ...")."""
    verb = getattr(ctx, "event_verb", None)
    if verb is None or getattr(verb, "dep_", "") != "ccomp" or verb.head.i == verb.i:
        return None
    head = verb.head
    subj = syn.first_child(head, "nsubj")
    names = [(a.entity_text or "").lower() for a in actors if a.code]
    # (the subject's head word is a word of the actor's name: "Gorbachev", "the Soviet leader", "he")
    if subj is None or not any(subj.lower_ in n.split() for n in names if n):
        return None
    if not hasattr(head, "sent"):
        return None
    exclude = frozenset(t.i for t in subj.subtree) | getattr(ctx, "dateline_tokens", frozenset())
    own, _ = attached(getattr(ctx, "place_at", {}), head, head.sent, locative=True, exclude=exclude)
    return own


# Words and decisions: where they are made is not where what they aim at lies.
DECIDED = SPOKEN | {"SANCTION"}
# Prepositions that, after a word or a decision, name its goal, target or topic ("aid to Honduras", "cover on Kenya",
# "a row over Iraq", "a case against Iran", "policy towards Cuba"), not a place it was made in.
GOAL_PREPS = frozenset({"to", "on", "over", "against", "toward", "towards"})
# Verbs of going: their "to X" is where the mover ends up ("flew to Beijing to demand ...").
MOTION_VERBS = frozenset({"go", "come", "fly", "travel", "return", "head", "move", "journey", "sail", "drive", "rush",
                          "hurry", "arrive", "get", "walk", "march", "retreat", "flee", "escape", "withdraw", "send"})


def _place_token(ctx: Any, place: Any) -> Any:
    """The token of the event's sentence that ``place`` was found at, else None."""
    place_at = getattr(ctx, "place_at", {})
    return next((tok for tok in getattr(ctx, "sent_tokens", ()) if place_at.get(getattr(tok, "i", -1)) is place), None)


def _aimed_place(ctx: Any, place: Any) -> bool:
    """Whether ``place`` is what a word or decision is aimed at or about, named after a preposition of goal, target
    or topic (``GOAL_PREPS``): "cut aid to Honduras", "suspended cover on Kenya", "attacked the government over Iraq".
    Not a named site ("on the border", "to the capital"), nor a journey's end ("flew to Beijing", "a visit to
    Kenya"), nor "on" a town or island ("signed the accord on Corfu"): only a whole country is a target there."""
    tok = _place_token(ctx, place)
    if tok is None or not hasattr(tok, "dep_"):
        return False  # (no parse to read)
    cur = _phrase_head(tok)
    for _ in range(3):
        # "criticised the prime minister over the war in Iraq": a place on the thing aimed at is aimed at too
        # (not on a matter put to talks: "resume talks on the price fixing issue in Luxembourg" are held there)
        if not (cur.dep_ == "pobj" and cur.head.lower_ in ("in", "of", "at", "near") and cur.head.head.pos_ == "NOUN"
                and cur.head.head.dep_ == "pobj" and cur.head.head.head.lower_ in GOAL_PREPS
                and cur.head.head.lemma_.lower() not in _MATTER_NOUNS):
            break
        cur = _phrase_head(cur.head.head)
    if cur.dep_ != "pobj" or cur.head.lower_ not in GOAL_PREPS or cur.lemma_.lower() in syn.PLACE_HEADS:
        return False
    word, host = cur.head.lower_, cur.head.head
    if word == "to" and (host.lemma_.lower() in MOTION_VERBS | TRAVEL_NOUNS or host.lower_ in TRAVEL_NOUNS):
        return False
    if word == "on" and (getattr(place, "resolution", None) or 0) > 1:
        return False
    return True


_VISITING_WORD = re.compile(r"\bvisiting\s", re.I)


def _guest(ctx: Any, party: Actor) -> bool:
    """Whether the sentence names ``party`` as on a visit: "the visiting Polish leader", "a visiting U.S. trade
    delegation"."""
    toks = list(getattr(ctx, "sent_tokens", ()))
    text = (party.entity_text or "").strip()
    if not toks or not text or not hasattr(toks[0], "doc"):
        return False
    sentence = syn.doc_text(toks[0].doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
    # (the pattern below is built per party: most sentences have no "visiting" and are let go before it)
    if _VISITING_WORD.search(sentence) is None:
        return False
    return re.search(rf"\bvisiting\s+(?:[\w.'-]+\s+){{0,2}}?{re.escape(text)}", sentence, re.I) is not None


def _addressed_court(ctx: Any, actors: list[Actor], recipients: list[Actor]) -> str | None:
    """The state of a court the event's verb acts on directly ("asked the US court to", "challenged the US court's
    jurisdiction"), when it is not the actor's own; None for a court only mentioned ("would not abide by the rulings
    of the US courts")."""
    verb = getattr(ctx, "event_verb", None)
    if verb is None or not hasattr(verb, "children"):
        return None
    courts = {a.code for a in recipients if a.sector == "JUD" and _COURT.search(a.entity_text or "")
              and a.code and a.code.isalpha() and a.code not in NON_STATE_CODES} - _state_codes(actors)
    if len(courts) != 1:
        return None
    # the court itself, put to directly or "to" / "before" it ("asked the US court to", "appealed to security and
    # intelligence tribunals", "took the case before the court"), or its jurisdiction challenged before it (not
    # "criticised the Hong Kong court's ruling", words said about a court from afar)
    put = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "before")
         for o in c.children if o.dep_ == "pobj"]
    for c in put:
        if c.lower_ in _COURT_NOUNS or (c.lemma_.lower() in ("jurisdiction", "competence") and any(
                g.dep_ == "poss" and g.lower_ in _COURT_NOUNS for g in c.children)):
            return next(iter(courts))
    return None


_COURT_NOUNS = frozenset({"court", "courts", "tribunal", "tribunals"})
_COURT = re.compile(r"\b(?:court|tribunal)s?\b", re.I)


def _coast_country(place: Any, actors: list[Actor], recipients: list[Actor], plover: str) -> str | None:
    """The one shore state of the body of water ``place`` that an act on it is done from or to: the actor's for
    what an actor does where he is (deploying, seizing, protesting), the target's for an attack, aid or withdrawal
    (not a target of the attacker's own country, nor the flag a ship flies: a flag is a registry), else the one
    state all the parties share. None when that state is not on its shores, or the parties disagree."""
    from ..geo._gazetteer import Gazetteer

    shores = Gazetteer.default().shores(getattr(place, "resolved_place", None))
    if not shores:
        return None
    if plover in ACTOR_SITED:
        codes = _state_codes(actors)
    elif plover in ABROAD_TYPES:
        if any(_FLAG.search(r.entity_text or "") for r in recipients):
            return None
        codes = _state_codes(recipients) - _state_codes(actors)
    else:
        codes = _state_codes([*actors, *recipients])
    return next(iter(codes)) if len(codes) == 1 and codes <= shores else None


def _at_sea(place: Any) -> bool:
    """Whether ``place`` is a body of water (a sea, gulf, strait or canal in the gazetteer)."""
    return place is not None and getattr(place, "feature", None) == "water"


# A ship's registry or owner in its description: "a U.S.-flagged tanker", "a Liberian flag tanker", "Greek-owned".
_FLAG = re.compile(r"\bflag(?:ged)?\b", re.I)
_FLAG_OR_OWNER = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:-|\s+)(?i:flag(?:ged)?|owned|registered)\b")


def _unflagged(party: Actor) -> Actor | None:
    """``party`` coded by the nationality its description gives beside the flag and the owner ("a U.S.-flagged
    Kuwaiti tanker" is Kuwait's), None when it gives no other; a party with no flag is kept as it is."""
    text = party.entity_text or ""
    if not _FLAG.search(text):
        return party
    from dataclasses import replace

    from ..actors import resolve_phrase

    rest = _FLAG_OR_OWNER.sub(" ", text)
    for word in re.findall(r"\b[A-Z][\w.]*", rest):
        res = resolve_phrase(word.rstrip("."))
        code = getattr(res, "code", None) if res is not None else None
        if code and len(code) == 3 and code.isalpha() and code not in NON_STATE_CODES and \
                getattr(res, "kind", None) in ("norp", "country"):
            return replace(party, code=code)
    return None


# Verbs and nouns of a visit: "arrived for a four-day visit", "is visiting", "began a tour".
_VISIT_WORDS = frozenset({"visit", "arrive", "tour", "trip", "stopover", "arrival"})


def _visiting(ctx: Any) -> bool:
    """Whether the event's clause is a visit or an arrival ("Weizsaecker arrived for a four-day visit", "the
    minister is on a visit"): its verb, or a noun it takes, is a word of visiting."""
    verb = getattr(ctx, "event_verb", None)
    if verb is None or not hasattr(verb, "lemma_"):
        return False
    if verb.lemma_.lower() in _VISIT_WORDS:
        return True
    for c in verb.children:
        # ("back from a visit", "after his visit" are over: only "for / on / during a visit" is one now)
        objs = [c] if c.dep_ in ("dobj", "attr") else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("for", "on", "during") else []
        if any(o.lemma_.lower() in _VISIT_WORDS for o in objs):
            return True
    return False


def _off_bearing(tok: Any) -> bool:
    """Whether ``tok`` is the town a bearing is taken from ("east of Iraq's southern city of Basra"), through
    "the city of": the parse may make the compass word the object of the verb ("launching an offensive east
    of ..."), which the locative test does not read."""
    cur = _phrase_head(tok, 4)
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.lower_ != "of":
            return False
        host = cur.head.head
        if host.lower_ in syn.COMPASS_WORDS:
            return True
        if host.lemma_.lower() not in syn.PLACE_HEADS:
            return False
        cur = host
    return False


# Participles that put their subject somewhere: "speaking in London", "visiting Tokyo", "attending the talks in Bonn".
_BEING_THERE = frozenset({"speak", "talk", "address", "visit", "stay", "attend", "arrive", "appear"})
# Future or unreal being somewhere ("who will be in Paris next week") is not being there now.
_NOT_NOW = _MODALS | {"ought", "must"}


def _whereabouts(ctx: Any, plover: str, actors: list[Actor] | None = None) -> Any:
    """Where the sentence has the event's speaker while acting, said on the subject itself: "in X" set off by
    commas ("The minister, in Washington for talks, said"), a participle of speaking or being there ("Chirac,
    speaking in London, said"), a relative clause of being there ("the minister, who is in London, said"), or a
    gathering the subject is at ("EU leaders at a summit in Lisbon pledged"). A bare "in X" with no commas
    tells which actor when X is the actor's own country ("juntas in neighbouring Mali", left alone: the actor's
    country places it anyway); outside it, it says where the actor is ("EC ministers in Luxembourg endorsed",
    "the Iraqi ambassador in London said"). For words (``SPOKEN``), a body's seat said on it counts too ("the
    Paris-based OECD said", "the agency, which is based in Vienna, said"): a body speaks from its seat; it may
    meet anywhere."""
    verb = getattr(ctx, "event_verb", None)
    if verb is None or not hasattr(verb, "children"):
        return None
    place_at = getattr(ctx, "place_at", {})
    chain = (verb, *syn.verb_chain(verb))
    # (for words coded on the verb of what was said, the saying verb's subject is the speaker: "The minister,
    # speaking in Rome, said Britain must ...")
    sayers = (verb.head,) if plover in SPOKEN and verb.dep_ == "ccomp" else ()
    subjects = [c for v in (*chain, *sayers) for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    home = _state_codes(actors or [])
    speaker = verb.head if plover in SPOKEN and verb.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children) else None
    # "Clark, winding up a visit to Washington, said he expected ...": words he reports as his own are his there.
    visited = _visit_under_way(verb, subjects, place_at) or (
        _visit_under_way(speaker, [c for c in speaker.children if c.dep_ == "nsubj"], place_at)
        if speaker is not None else None)
    if visited is not None:
        return visited
    # "Speaking in Rome, the minister demanded ...", "Speaking in Rome, he said Britain must ...": a participle of
    # being there on the event's verb, or on the saying verb above it, has the speaker there.
    for v in (*chain, *sayers):
        for part in v.children:
            if part.dep_ == "advcl" and part.tag_ == "VBG" and part.lemma_.lower() in _BEING_THERE and \
                    syn.first_child(part, "nsubj", "nsubjpass", "mark") is None:
                for p in part.children:
                    for o in p.children:
                        place = place_at.get(o.i) if p.dep_ == "prep" and p.lower_ in ("in", "at") else None
                        if o.dep_ == "pobj" and place is not None and place.country_code and (place.resolution or 0) >= 3:
                            return place
    for subj in subjects:
        for c in subj.children:
            preps = []
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i > 0 and c.doc[c.i - 1].text == ",":
                preps = [c]
            elif c.dep_ == "prep" and c.lower_ == "at" and (venue := _gathering_place(c, place_at)) is not None:
                return venue  # "EU leaders at a summit in Lisbon pledged": one speaks at a gathering where it is held
            elif c.dep_ == "prep" and c.lower_ == "in" and (abroad := _bare_in_abroad(c, place_at, home)) is not None:
                return abroad
            elif (c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _BEING_THERE) or \
                    (c.dep_ == "relcl" and c.lemma_.lower() in ("be", "stay", "speak") and c.tag_ in ("VBZ", "VBP", "VBD")
                     and not any(a.dep_ == "aux" and a.lower_ in _NOT_NOW for a in c.children)) or \
                    (plover in SPOKEN and c.dep_ in ("acl", "relcl") and c.lower_ == "based"):
                preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]
            elif plover in SPOKEN and c.dep_ == "amod" and c.lower_ == "based":
                # "the London-based group": the seat is the word before the hyphen
                seat = next((place_at[g.i] for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")
                             and g.i in place_at), None)
                if seat is not None and seat.country_code:
                    return seat
            for p in preps:
                for o in p.children:
                    place = place_at.get(o.i)
                    if o.dep_ == "pobj" and place is not None and place.country_code and (place.resolution or 0) >= 3:
                        return place
    return None


# Participles of a visit under way: "winding up a two-day visit to Washington", "ending a trip to China", "making
# the first visit to Egypt by a British minister".
_VISIT_UNDER_WAY = frozenset({"wind", "end", "conclude", "wrap", "finish", "begin", "start", "open", "make", "pay",
                              "round"})
_VISIT_NOUNS = VISIT_HEADS  # (not _roles' stopover or mission: a delegation's mission is no traveller's stay)


def _visit_under_way(verb: Any, subjects: list[Any], place_at: dict[int, Any]) -> Any:
    """The place of a visit the speaker is in the middle of, said by a participle on the verb or on its subject
    ("Clark, winding up a two-day visit to Washington, said", "Shultz, ending a visit to China, praised ..."):
    one speaks where one is visiting. The visit's "to X" or "in X" gives the place."""
    for head in (verb, *subjects):
        for c in head.children:
            if c.dep_ not in ("advcl", "acl") or c.tag_ != "VBG" or c.lemma_.lower() not in _VISIT_UNDER_WAY:
                continue
            for noun in c.children:
                if noun.dep_ != "dobj" or noun.lemma_.lower() not in _VISIT_NOUNS:
                    continue
                for p in noun.children:
                    if p.dep_ == "prep" and p.lower_ in ("to", "in"):
                        place = next((place_at[o.i] for o in p.children if o.dep_ == "pobj" and o.i in place_at), None)
                        if place is not None and place.country_code:
                            return place
    return None


def _gathering_place(prep: Any, place_at: dict[int, Any]) -> Any:
    """The town or country a gathering is held in, for "at" + a gathering with its place ("at a summit in
    Lisbon", "at the Venice summit"), else None."""
    gathering = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in GATHERING_NOUNS | {"talk"}),
                     None)
    if gathering is None:
        return None
    for c in gathering.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            place = next((place_at[g.i] for g in c.children if g.dep_ == "pobj" and g.i in place_at), None)
        elif c.dep_ in ("compound", "nmod"):
            place = place_at.get(c.i)
            place = place if place is not None and (place.resolution or 0) >= 3 else None  # "the Iran talks": a topic
        else:
            place = None
        if place is not None and place.country_code:
            return place
    return None


def _bare_in_abroad(prep: Any, place_at: dict[int, Any], home: set[str]) -> Any:
    """The place of a bare "in X" on the subject when X lies outside the actor's own country ("EC ministers in
    Luxembourg", "the Soviet embassy in Washington"): where that actor is now. Within its own country ("juntas in
    neighbouring Mali") it only tells which actor is meant, and the actor's country places the event anyway. An
    actor of no state (an international body, a party the coder gave no country) is wherever the phrase says."""
    place = next((place_at[g.i] for g in prep.children if g.dep_ == "pobj" and g.i in place_at), None)
    if place is None or not place.country_code or place.country_code in home or (place.resolution or 0) < 1:
        return None
    return place


def _same_fighting(ctx: Any, actors: list[Actor], recipients: list[Actor], plover: str) -> Any:
    """For an attack between two states with no place of its own, the place another clause of its sentence
    gives their fighting ("Iran reported launching an offensive east of Basra, while Baghdad said its forces had
    repulsed the attack"): a locative place in one of the two states, outside the clauses that report the event
    (not "said in Baghdad"), and the only such country in the sentence."""
    verb = getattr(ctx, "event_verb", None)
    if plover != "ASSAULT" or verb is None or not hasattr(verb, "ancestors"):
        return None
    sides = _state_codes(actors), _state_codes(recipients)
    if not sides[0] or not sides[1] or sides[0] & sides[1]:
        return None
    # the clauses that report the event ("Baghdad said its forces had repulsed ...", "a spokesman said in
    # Baghdad"): where a report is made is no place of the fighting
    above, cur = set(), verb
    for _ in range(8):
        if cur.dep_ not in ("ccomp", "parataxis", "xcomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
        above.add(cur.i)
    exclude = getattr(ctx, "dateline_tokens", frozenset())
    found = []
    for tok in getattr(ctx, "sent_tokens", ()):
        place = getattr(ctx, "place_at", {}).get(tok.i)
        if place is None or tok.i in exclude or not hasattr(tok, "dep_") or \
                not (syn.is_locative(tok) or _off_bearing(tok)):
            continue
        if syn.clause_head(tok).i in above or _aimed(tok) or _topic(tok) or _source(tok) or _since(tok, verb) or \
                _compared(tok, (verb,)) or _conditional(tok, (verb,)):
            continue
        found.append(place)
    countries = {p.country_code for p in found}
    if len(countries) != 1 or not found[0].country_code or not countries <= sides[0] | sides[1]:
        return None
    return found[0]


# Ground forces, police and irregulars fight on land, perhaps at home: the story's fighting at sea or abroad does
# not place them.
_GROUND = re.compile(r"\b(?:troops|army|armies|soldiers|infantry|artillery|tanks|guards|militia\w*|police|"
                     r"guerrillas?|rebels?|gunmen|mobs?|demonstrators|protesters)\b", re.I)
# Ships and aircraft: hit wherever they are, not in their flag's country.
_CRAFT = frozenset({"tanker", "tankers", "supertanker", "ship", "ships", "vessel", "vessels", "freighter", "carrier",
                    "boat", "boats", "frigate", "destroyer", "warship", "submarine", "helicopter", "helicopters",
                    "plane", "planes", "aircraft", "jet", "jets", "fighter", "fighters", "airliner", "phantom"})
# Recipients that only stand in for a party named elsewhere ("shot it down", a party the coder took from the story).
_STAND_INS = frozenset({"it", "them", "they", "him", "her", "its", "their"})


def _note_theatre(ctx: Any, place: Any, actors: list[Actor], recipients: list[Actor]) -> None:
    """Remember where the story has placed an attack outside the dateline's country (at sea, "in the Gulf", or
    abroad), with the states on both sides of it: the story's theatre for their later attacks."""
    dateline = getattr(ctx, "dateline_place", None)
    if dateline is None or (place.country_code and place.country_code == dateline.country_code):
        return
    parties = _state_codes([*actors, *recipients])
    if parties:
        ctx.theatre = (place, frozenset(parties))


def _theatre(ctx: Any, actors: list[Actor], recipients: list[Actor], plover: str) -> Any:
    """The place of the story's earlier attack outside the dateline's country, for a later attack with no place
    named by one of the same belligerents, when it has no ground forces among its actors ("Iraqi troops repulsed
    an attack" may be at home) and nobody named on its receiving end but ships and aircraft ("Iranian jets raided
    Iraqi towns" is in Iraq, "destroyed an Iranian oil platform" in Iran: the recipient rule places them); that is,
    where the dateline would otherwise place it at the attacker's own capital."""
    seen = getattr(ctx, "theatre", None)
    dateline = getattr(ctx, "dateline_place", None)
    if plover != "ASSAULT" or seen is None or dateline is None:
        return None
    place, parties = seen
    mine = _state_codes(actors)
    if not mine or not mine <= parties or any(a.entity_text and _GROUND.search(a.entity_text) for a in actors):
        return None
    for r in recipients:
        text = (r.entity_text or "").strip().lower()
        if text in _STAND_INS or text.startswith("(") or not r.code or r.code in NON_STATE_CODES:
            continue  # a pronoun or a party the coder took from the story: it says nothing of where
        if r.code == dateline.country_code or not text or text.split()[-1] not in _CRAFT:
            # a state, its people or its sites ("an Iranian oil platform", "an offensive against Iraq") are
            # placed by the recipient rule; only ships and aircraft may be anywhere, whatever their flag
            return None
    return place


# Verbs of making a document final ("signed", "sealed", "initialled"), and how many sentences on a story may tell
# where the document its sentence has signed was signed.
SIGNING_VERBS = frozenset({"sign", "seal", "initial", "initialle", "conclude", "ink"})
_SIGNED_REACH = 6
# What else is signed as a document ("signed a 50 mln dlr loan", "signed up for a loan", "signed the contract"): the
# later sentence may name it by itself or as the agreement it is.
_SIGNED_FOR = frozenset({"loan", "credit", "contract", "grant", "memorandum"})


# Verbs that carry out an act named by their object ("conducted a nuclear test", "staged an exercise", "held talks"),
# and the particle "carry" needs for it ("carried out").
DOING_VERBS = frozenset({"conduct", "carry", "stage", "hold", "perform", "detonate", "explode"})


def _done_verb(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "carry":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    return lemma in DOING_VERBS


def _signed_later(ctx: Any) -> Any:
    """Where a later sentence says the act the event does was done: the document it signs ("signed an historic
    power-sharing agreement. ... The agreement was signed in the German city of Bonn") or the act its verb carries
    out ("The Soviet Union conducted an underground nuclear test. ... The test was carried out at the testing ground
    in Kazakhstan"). The event's verb signs a document (``NAMED_DOCUMENTS``) or carries out its object
    (``DOING_VERBS``), and within a few sentences a passive of the same kind has "the" + that document (for an act,
    the same noun) as its subject and a place of its own clause; not one dated by a bare year (another, older one)."""
    verb = getattr(ctx, "event_verb", None)
    doc = getattr(ctx, "doc", None)
    if verb is None or doc is None or not hasattr(verb, "lemma_"):
        return None
    signing = verb.lemma_.lower() in SIGNING_VERBS
    done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() in PUTTING_FORWARD:
        return _handed_later(ctx, verb, done)
    if done is None and verb.lemma_.lower() in GATHER_VERBS:
        return _met_later(ctx, verb)
    if signing and done is None:
        # "Yugoslavia has signed up for a 550 mln ECU loan from the EC ... the agreement ... was signed last night in
        # Brussels": what is signed up for is the document a later sentence has signed
        done = next(iter(syn.prep_objects(verb, ("for",))), None)
    if done is None or not (signing and done.lemma_.lower() in NAMED_DOCUMENTS | _SIGNED_FOR
                            or not signing and _done_verb(verb)):
        return None
    for sent in _sentences_after(ctx):
        for tok in sent:
            if not (tok.lemma_.lower() in SIGNING_VERBS if signing else _done_verb(tok)) or _in_a_year(tok):
                continue
            subj = syn.first_child(tok, "nsubjpass")
            same = subj is not None and (subj.lemma_.lower() in NAMED_DOCUMENTS | {done.lemma_.lower()} if signing
                                         else subj.lemma_.lower() == done.lemma_.lower())
            if not same or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
                continue
            if (place := _own_clause_place(ctx, sent, tok)) is not None:
                return place
    return None


# Verbs that put a document or an offer forward ("will present a draft treaty", "is to offer Argentina compensation",
# "have proposed deregulating air fares"), each with the noun a later sentence may take the act up by ("the offer",
# "the proposal"); and the verbs a later sentence tells the handing over with ("will be handed over to the American
# team during talks at the U.S. mission in Geneva", "the offer will be made next week in Geneva").
PUTTING_FORWARD = {"offer": "offer", "propose": "proposal", "present": None, "submit": "submission", "table": None}
HANDING_VERBS = frozenset({"hand", "present", "submit", "deliver", "make", "table", "give", "put"})
# What is put forward, when the verb's object names it ("a draft treaty", "new proposals"), besides the documents.
_PUT_FORWARD = NAMED_DOCUMENTS | {"draft", "proposal", "offer", "bid", "package", "text", "document", "list"}


def _handed_later(ctx: Any, verb: Any, done: Any) -> Any:
    """Where a later sentence says the offer or document the event's verb puts forward was handed over ("The Soviet
    Union will present a draft treaty today ... The draft treaty will be handed over to the American team during
    talks at the U.S. Diplomatic mission in Geneva", "Denmark, Norway and Sweden have jointly proposed ... The
    proposal, handed to federal aviation authorities in Washington"): a verb of handing (``HANDING_VERBS``) in a
    passive or a participle on "the" or "this" + the verb's object (a document or offer) or the noun of its act,
    with a place under it (`_handing_place`); not one dated by a bare year, nor when the event's own verb is
    negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    act = PUTTING_FORWARD.get(verb.lemma_.lower())
    nouns = {act} if act else set()
    if done is not None and done.lemma_.lower() in _PUT_FORWARD:
        nouns.add(done.lemma_.lower())
    if not nouns:
        return None
    for sent in _sentences_after(ctx):
        for tok in sent:
            if tok.lemma_.lower() not in HANDING_VERBS or tok.pos_ != "VERB" or _in_a_year(tok):
                continue
            subj = syn.first_child(tok, "nsubjpass")
            if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
                subj = tok.head  # "The proposal, handed to federal aviation authorities in Washington, ..."
            if subj is None or subj.lemma_.lower() not in nouns or \
                    not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
                continue
            if (place := _handing_place(ctx, sent, tok)) is not None:
                return place
    return None


def _handing_place(ctx: Any, sent: Any, verb: Any) -> Any:
    """The first place with a country in a locative phrase under the handing verb ``verb``, with only nouns,
    prepositions and participles that describe a noun between ("handed over to the American team negotiating ...
    during talks at the U.S. Diplomatic mission in Geneva": those it is handed to are there); not one in another
    clause."""
    def under_handing(tok: Any) -> bool:
        cur = tok.head
        for _ in range(10):
            if cur.i == verb.i:
                return True
            if (cur.pos_ in ("VERB", "AUX") and cur.dep_ != "acl") or cur.head.i == cur.i:
                return False
            cur = cur.head
        return False
    return _first_located(ctx, sent, under_handing)


def _sentences_after(ctx: Any) -> list[Any]:
    """The few sentences after the event's own (``_SIGNED_REACH``), where a later one may tell where it was done."""
    if getattr(ctx, "_sent_list", None) is None:
        ctx._sent_list = list(ctx.doc.sents)
    index = getattr(ctx, "sent_index", 0)
    return ctx._sent_list[index + 1: index + 1 + _SIGNED_REACH]


def _own_clause_place(ctx: Any, sent: Any, verb: Any) -> Any:
    """The first place with a country that ``sent`` names in a locative phrase of ``verb``'s own clause, or None."""
    return _first_located(ctx, sent, lambda tok: syn.clause_head(tok).i == verb.i)


def _first_located(ctx: Any, sent: Any, under: Any) -> Any:
    """The first place with a country that ``sent`` names in a locative phrase whose token ``under`` accepts."""
    place_at = getattr(ctx, "place_at", {})
    for i in range(sent.start, sent.end):
        place = place_at.get(i)
        if place is not None and place.country_code and syn.is_locative(ctx.doc[i]) and under(ctx.doc[i]):
            return place
    return None


def _met_later(ctx: Any, verb: Any) -> Any:
    """Where a later sentence has the same people meet ("Indonesia rejected the recommendations, as the country's
    aid donors met to consider ... Indonesia's 14 foreign donor nations met at The Hague"): the meeting verb's
    subject noun (``donors``) is in the later meeting verb's subject, and that verb's own clause names the place;
    not a later meeting with a date of its own ("Last year the donors met in Paris"), which is another one."""
    subject = syn.first_child(verb, "nsubj")
    if subject is None or subject.pos_ != "NOUN" or _in_a_year(verb):
        return None
    doc = ctx.doc
    for sent in _sentences_after(ctx):
        for tok in sent:
            later = syn.first_child(tok, "nsubj") if tok.lemma_.lower() in GATHER_VERBS else None
            if later is None or _in_a_year(tok) or \
                    not any(t.lemma_.lower() == subject.lemma_.lower() for t in later.subtree):
                continue
            if any(i in ctx.date_at and syn.clause_head(doc[i]).i == tok.i for i in range(sent.start, sent.end)) or \
                    any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month", "week", "time")
                        for c in tok.children):
                continue  # "Last year the donors met in Paris": a meeting dated apart is another one
            if (place := _own_clause_place(ctx, sent, tok)) is not None:
                return place
    return None


# How many sentences on a front the story has placed still places the same two states' later fighting.
_FRONT_REACH = 5


def _note_front(ctx: Any, place: Any, actors: list[Actor], recipients: list[Actor], sent_index: int) -> None:
    """Remember where the story has placed fighting between two states on one of their grounds ("an offensive
    near Basra" between Iran and Iraq), with the sentence it was placed in: the front of their later clashes."""
    sides = _state_codes(actors), _state_codes(recipients)
    if sides[0] and sides[1] and not sides[0] & sides[1] and place.country_code in sides[0] | sides[1]:
        ctx.front = (place, frozenset(sides[0] | sides[1]), sent_index)


def _front(ctx: Any, actors: list[Actor], recipients: list[Actor], plover: str, sent_index: int) -> Any:
    """For an attack with no place of its own by one state's forces on another's troops, forces or men ("drive
    the Iranians from the few positions they held", "repulsed the invading force"), the front the story placed
    the same two states' fighting on a few sentences before; None for a target that is a state, its towns or
    sites (the recipient rule places those in its country) or ships and aircraft (anywhere)."""
    seen = getattr(ctx, "front", None)
    if plover != "ASSAULT" or seen is None or not 0 < sent_index - seen[2] <= _FRONT_REACH:
        return None
    sides = _state_codes(actors), _state_codes(recipients)
    if not sides[0] or not sides[1] or sides[0] & sides[1] or not (sides[0] | sides[1]) <= seen[1]:
        return None
    for r in recipients:
        text = (r.entity_text or "").strip()
        if not r.code or r.code in NON_STATE_CODES or text.lower() in _STAND_INS or text.startswith("("):
            continue  # a pronoun or a side the coder took from the story says nothing of what was hit
        if not _PEOPLE_TARGET.search(text) or text.lower().split()[-1] in _CRAFT:
            return None
    return seen[0]


def _done_here(ctx: Any) -> bool:
    """Whether the event's clause says it happened "here" ("met here", "a visit here by ...", "talks with the
    ministers here"): "here" under the event's verb or noun with no other verb between; not inside a quotation,
    where "here" is wherever the speaker stood."""
    verb = getattr(ctx, "event_verb", None)
    if verb is None:
        return False
    from ._roles import _quoted

    quoted = _quoted(ctx) if getattr(ctx, "doc", None) is not None else frozenset()
    for tok in getattr(ctx, "sent_tokens", ()):
        if getattr(tok, "lower_", "") == "here" and tok.dep_ == "advmod" and tok.i not in quoted and \
                _within_clause(tok, verb):
            return True
    return False


def _within_clause(tok: Any, verb: Any, steps: int = 8) -> bool:
    """Whether ``verb`` (or the event's noun) is above ``tok`` with only nouns and prepositions between ("met
    here", "a visit here by ...", "talks with the trade ministers here"): no other verb's clause in the way."""
    cur = tok.head
    for _ in range(steps):
        if cur == verb:
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return False
        cur = cur.head
    return False


# Acts done on the ground where a story's scene is (fighting, arrests, protests, troop moves, aid, meetings); words
# are spoken where the speaker is, which a scene does not tell.
SCENE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "CONSULT"})
# How many sentences back a scene set by an event-less sentence still places events, inside its paragraph.
_SCENE_REACH = 2
# A paragraph break in a wire (an indented line) or a web page (an empty line).
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+")


def _sentences(ctx: Any) -> list[Any]:
    """The parsed story's sentences, listed once per document."""
    if getattr(ctx, "scene_sents", None) is None:
        ctx.scene_sents = list(ctx.doc.sents) if getattr(ctx, "doc", None) is not None else []
    return ctx.scene_sents


def _scene_place(ctx: Any, sentence: Any) -> Any:
    """The place a sentence sets its scene in: a town or region (not a whole country, which says little) in a
    locative phrase of the sentence's main clause ("Tension rose in Kirkuk", "In Gaza, crowds filled the streets"),
    not the dateline's, not one that only describes a party ("Iraqi troops") and not one of a clause about someone
    ("Brown, whose father preached at a church in Kirkcaldy")."""
    place_at = getattr(ctx, "place_at", {})
    exclude = getattr(ctx, "dateline_tokens", frozenset())
    for i in range(sentence.start, sentence.end):
        place = place_at.get(i)
        if place is None or i in exclude or (place.resolution or 0) < 2:
            continue
        tok = sentence.doc[i]
        if syn.clause_head(tok) == sentence.root and syn.is_locative(tok) and \
                not (_topic(tok) or _source(tok) or _aimed(tok)):
            return place
    return None


def _scene(ctx: Any, sent_index: int, countries: set[str], abroad: bool) -> Any:
    """The scene a sentence just before the event's, in the same paragraph, has set without placing an event of its
    own there: the events that follow with no place of their own happen there when their parties agree (none with a
    country, one of the scene's country, or an act done to nobody's state). A sentence whose own event was placed
    ends the search (the previous-sentence rule has had its say), and so does a paragraph break (measured on
    snapshot seed 1721: the same countries as with no such stop, and fewer towns carried into the next paragraph)."""
    sents = _sentences(ctx)
    if not sents or sent_index >= len(sents):
        return None
    text = syn.doc_text(sents[0].doc)
    last = getattr(ctx, "last_place", None)
    start = sents[sent_index].start_char
    for j in range(sent_index - 1, max(-1, sent_index - 1 - _SCENE_REACH), -1):
        before = sents[j]
        # (a blank line may be parsed as a sentence of its own, or as the tail of the one before it)
        end = max((t.idx + len(t.text) for t in before if not t.is_space), default=None)
        if end is None:
            continue
        if _PARAGRAPH_BREAK.search(text, end, start):
            return None
        if last is not None and last[1] == j:
            return None
        place = _scene_place(ctx, before)
        if place is not None:
            if place.country_code:
                return place if not countries or abroad or place.country_code in countries else None
            return place if not countries or abroad else None
    return None


def _site_target(recipients: list[Actor]) -> str | None:
    """The state of a fixed site on the receiving end ("a Kuwaiti port", "Iran's offshore oilfields"), when the
    recipients name sites of one state only."""
    codes = {a.code for a in recipients if a.code and a.code.isalpha() and a.code not in NON_STATE_CODES
             and (words := re.findall(r"[\w-]+", (a.entity_text or "").lower())) and words[-1] in FIXED_SITES}
    return next(iter(codes)) if len(codes) == 1 else None


def _names_dateline_country(ctx: Any) -> bool:
    """Whether the sentence names, as a place, somewhere else in the dateline's country ("has withdrawn a request
    to Ottawa to suspend flights at a base near Bergen" under OSLO): a local story, even when that place belongs to
    another clause than the event's, so the dateline places the event (the town itself, "In London" under LONDON,
    says no more than the dateline)."""
    dateline = getattr(ctx, "dateline_place", None)
    if dateline is None or not dateline.country_code:
        return False
    exclude = getattr(ctx, "dateline_tokens", frozenset())
    for tok in getattr(ctx, "sent_tokens", ()):
        place = getattr(ctx, "place_at", {}).get(tok.i)
        if place is None or tok.i in exclude or place.country_code != dateline.country_code or \
                (getattr(place, "geonameid", None) is not None
                 and getattr(place, "geonameid", None) == getattr(dateline, "geonameid", None)) or \
                (place.text or "").lower() == (dateline.text or "").lower():
            continue
        if hasattr(tok, "dep_") and syn.is_locative(tok) and not (_aimed(tok) or _topic(tok) or _source(tok)):
            return True
    return False


# "in Kuwaiti waters", "into Iraqi airspace", "on Pakistani soil" (geo's demonym grounds): a state's waters, air or
# ground, named for the state it belongs to.
_STATE_GROUND = re.compile(r"\b(?:waters|airspace|air\s+space|territory|soil)$", re.I)


def state_ground(loc: EventLocation) -> bool:
    """The event's place is a state's waters, airspace or soil: it says where the act happened but, unlike a town,
    nothing of who did it (a missile that hit a tanker in Kuwaiti waters was no Kuwaiti's)."""
    return bool(loc.extracted_place and _STATE_GROUND.search(loc.extracted_place))


def _region_country(ctx: Any, place: Any, actors: list[Actor], recipients: list[Actor], plover: str) -> str | None:
    """The country of a region lying across several (Kashmir, the Sahel, Kurdistan) that an event there is in: the
    one country of the region among the event's state parties ("Indian troops in Kashmir" are India's; an act done
    where the actor is, the actor's when the parties disagree), else the story's or the dateline's when that is one
    of the region's. None when nothing settles it ("Indian and Pakistani troops exchanged fire in Kashmir")."""
    from ..geo._gazetteer import Gazetteer

    span = Gazetteer.default().spanned(getattr(place, "resolved_place", None))
    if not span:
        return None
    own = (_state_codes(actors) | _state_codes(recipients)) & span
    if len(own) == 1:
        return next(iter(own))
    if own:
        sited = _state_codes(actors) & span if plover in ACTOR_SITED else set()
        return next(iter(sited)) if len(sited) == 1 else None
    dateline = getattr(ctx, "dateline_place", None)
    for code in (getattr(ctx, "doc_country", None), getattr(dateline, "country_code", None)):
        if code in span:
            return code
    return None


def _countryless_region(place: Any) -> bool:
    """Whether ``place`` is a region that lies in no one country and across no countries the gazetteer's hand table
    lists (Europe, Africa, the Middle East; not Kashmir, whose few countries `_region_country` chooses among)."""
    from ..geo._gazetteer import Gazetteer

    return place is not None and getattr(place, "feature", None) == "region" and not place.country_code and \
        not Gazetteer.default().spanned(getattr(place, "resolved_place", None))


def _scene_of(ctx: Any, place: Any) -> bool:
    """Whether ``place`` is told as where something is or happens: the object of "in", "across" or "throughout"."""
    tok = _place_token(ctx, place)
    for _ in range(3):  # ("fears in North Africa": from the name's first word to its head)
        if tok is None or tok.dep_ not in ("compound", "amod") or not 0 < tok.head.i - tok.i <= 3:
            break
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "throughout")


def _whole_country(code: str, source: str) -> EventLocation | None:
    """A whole country as an event location (resolution 1), placed by the rule ``source`` names."""
    country = country_place(code)
    if country is None:
        return None
    return EventLocation(resolved_place=country.resolved_place, geonameid=country.geonameid, lat=country.lat,
                         lon=country.lon, country_code=code, resolution=1, location_source=source)


# A body named for the seat of power it sits in: "the White House Economic Policy Council", "the Kremlin's Security
# Council", "the Downing Street Policy Unit"; not the people who speak for it ("White House officials"), who travel.
_SEAT_BODY = r"^(?:[Tt]he\s+)?{seat}(?:'s)?\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:Council|Office|Committee|Board|Unit)$"


def _seat_of_body(name: str, seats: Any) -> str | None:
    """The seat of power (one of ``seats``) that the body ``name`` is named for, else None."""
    return next((seat for seat in seats if re.match(_SEAT_BODY.format(seat=re.escape(seat)), name)), None)


def _seat(actors: list[Actor]) -> Any:
    """The capital or seat of power an actor is named by ("Tokyo", "the Kremlin"), when it is its own
    country's."""
    from ..geo import resolve_place
    from ..geo._gazetteer import Gazetteer
    from ..geo._parser import _SEATS

    for a in actors:
        if not a.code or len(a.code) != 3 or a.code in NON_STATE_CODES or not a.entity_text:
            continue
        name = a.entity_text.strip()
        # "the White House Economic Policy Council was recommending sanctions" under TOKYO: a council or office named
        # for its seat sits there (its spokesmen and officials travel, and stay with the rules above)
        name = _seat_of_body(name, _SEATS) or name
        if not any(w[:1].isupper() for w in name.split()) or len(name.split()) > 3:
            continue
        place = resolve_place(name)
        if place is None or place.country_code != a.code or (place.text or "").lower() != name.lower():
            continue
        if place.resolved_place in _SEATS:
            return place
        capital = Gazetteer.default().capital(a.code) if place.feature == "city" else None
        if capital is not None and capital.geonameid == place.geonameid:
            return place
    return None


# Being at a gathering: the sentence's main verb attends "the" gathering the story is about ("attended the
# meeting", "are attending the show", "will take part in the talks").
ATTEND_VERBS = frozenset({"attend", "participate"})
GATHERING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


def _attending(ctx: Any) -> bool:
    """Whether the sentence's main verb is attending a gathering named with "the" ("attended the meeting as an
    observer"; not "will attend a summit in June", which says nothing of where)."""
    return _attended(ctx) is not None


def _attended(ctx: Any) -> Any:
    """The gathering, named with "the", that the sentence's main verb attends ("attended the meeting"), else None."""
    for tok in getattr(ctx, "sent_tokens", ()):
        if tok.dep_ != "ROOT":
            continue
        verb = tok.lemma_.lower()
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if verb in ("take", "participate"):
            objs += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                     if o.dep_ == "pobj"]
        if verb in ATTEND_VERBS or (verb == "take" and any(c.lower_ == "part" for c in tok.children)):
            return next((o for o in objs if any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)), None)
        return None
    return None


def _name_words(noun: Any) -> frozenset[str]:
    """The proper words that name a gathering ("the G7 meeting", "the Commonwealth summit"): capitalised modifiers
    of the noun, not its determiner nor a plain adjective ("the annual meeting" has none)."""
    return frozenset(c.lower_ for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "poss") and c.i < noun.i
                     and c.text[:1].isupper() and (c.pos_ == "PROPN" or c.i != noun.sent.start))


def _placed_in_story(ctx: Any, noun: Any) -> Any:
    """The place another sentence of the story gives the gathering ``noun`` names ("Mr Chidambaram is attending the
    G7 meeting" ... "the G7 meeting taking place in London on Friday"): a mention of the same kind of gathering with
    the same name words, placed by its own phrase or by a predicate of holding on it, as subject ("the summit will
    be held in Lisbon") or as participle ("the meeting taking place in London", "the talks being held in Geneva").
    None when the gathering has no name words, when no mention is placed, or when mentions are placed in
    different countries (the same series held in several places)."""
    if noun.lemma_.lower() not in GATHERING_NOUNS:
        return None
    names = _name_words(noun)
    place_at = getattr(ctx, "place_at", {})
    if not names or not place_at:
        return None
    found = []
    for other in noun.doc:
        if other.sent == noun.sent or other.lemma_.lower() != noun.lemma_.lower() or not names & _name_words(other) or \
                any(t.lower_ in _NOT_COVERED | _AHEAD_WORDS or t.like_num for t in other.subtree if t.i < other.i):
            continue  # "last year's G7 meeting", "next year's G7 summit" is another one
        where = _on_noun(place_at, other, other.sent, frozenset())
        if where is None:
            for held in other.children:
                if held.dep_ != "acl" or not (held.lemma_.lower() in _HOLDING_VERBS or (
                        held.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                              for c in held.children))):
                    continue
                where = next((place_at[o.i] for p in held.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                              for o in p.children if o.dep_ == "pobj" and o.i in place_at), None)
                if where is not None:
                    break
        if where is not None and where.country_code:
            found.append(where)
    if not found or len({p.country_code for p in found}) != 1:
        return None
    return found[0]


# Common nouns of a place that, with "the" and no name of their own, point back to the place just named ("around
# the camp", "in the town", "near the village").
BACK_NOUNS = frozenset({"camp", "town", "village", "city", "port", "island", "district", "site", "scene"})


def _back_to_place(ctx: Any) -> bool:
    """Whether the sentence names a place only as "the camp" / "the town" (``BACK_NOUNS``): a bare definite
    place noun with no name, no "of" phrase and no other modifier, so the place the previous sentence named."""
    for tok in getattr(ctx, "sent_tokens", ()):
        if tok.lower_ not in BACK_NOUNS or tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass"):
            continue
        kids = list(tok.children)
        if any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and \
                not any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
                        for c in kids):
            return True
    return False


# A gathering still to come ("at next month's summit") is not yet anywhere.
_AHEAD_WORDS = frozenset({"next", "coming", "upcoming", "forthcoming", "planned", "future", "proposed"})


def _named_before(ctx: Any) -> Any:
    """The place of a gathering the sentence has its people at ("will press at the summit for a declaration"), named
    with "the" and no place of its own, that an earlier sentence of the story named with its place ("at the June
    economic summit in Venice", "the Venice summit"): the nearest such place, else None."""
    place_at = getattr(ctx, "place_at", {})
    toks = list(getattr(ctx, "sent_tokens", ()))
    if not toks or not place_at:
        return None
    for tok in toks:
        if tok.dep_ != "pobj" or tok.lemma_.lower() not in GATHERING_NOUNS or \
                tok.head.lower_ not in ("at", "during", "throughout") or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                any(t.i in place_at for t in tok.subtree):
            continue
        host = tok.head.head
        if host.dep_ not in ("ROOT", "ccomp") and \
                not (host.dep_ in ("nsubj", "nsubjpass") and host.head.dep_ in ("ROOT", "ccomp")):
            continue
        if host.dep_ in ("nsubj", "nsubjpass"):
            host = host.head
        # the sentence's events are all at the gathering only when no clause of its own subject stands beside the
        # one that is ("At the same time the U.S. is rejecting the plan, Wallis said the U.S. will press at the
        # summit for ...": the rejecting is not done at the summit)
        # The event that is itself the clause at the gathering is there, whatever stands beside it.
        ancestors = {a.i for a in host.ancestors}
        event = getattr(ctx, "event_verb", None)
        own = event is not None and event.doc is tok.doc and host.left_edge.i <= event.i <= host.right_edge.i \
            and (event.i == host.i or host.i in {a.i for a in event.ancestors})
        if not own and any(v.i != host.i and v.i not in ancestors and not host.left_edge.i <= v.i <= host.right_edge.i
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.pos_ in ("VERB", "AUX")
               for v in toks):
            continue
        for earlier in reversed(tok.doc[:toks[0].i]):
            if earlier.lemma_.lower() != tok.lemma_.lower() or \
                    any(t.lower_ in _NOT_COVERED or t.like_num for t in earlier.subtree if t.i < earlier.i) or \
                    any(t.lower_ in _NOT_COVERED for t in earlier.doc[earlier.i + 1:earlier.i + 3]):
                # "last year's Tokyo summit", "the 1986 summit in Tokyo", "at the Tokyo summit last year" is another one
                continue
            for c in earlier.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    named = next((place_at[g.i] for g in c.children if g.dep_ == "pobj" and g.i in place_at), None)
                elif c.dep_ in ("compound", "nmod"):
                    named = place_at.get(c.i)
                    named = named if named is not None and (named.resolution or 0) >= 3 else None
                else:
                    named = None
                if named is not None and named.country_code:
                    return named
    return None


def _gathering_words(tok: Any) -> list[Any]:
    """The words that name the gathering ``tok`` itself ("a meeting next week", "the planned talks"), without a
    relative clause in its phrase that tells what it or its members do ("a meeting of EC ministers, which
    discussed the future of EC finances"): whether the gathering is still to come is told by the former only."""
    told = {t.i for c in tok.subtree if c.dep_ == "relcl" and c.i != tok.i for t in c.subtree}
    return [t for t in tok.subtree if t.i not in told]


def _at_meeting(ctx: Any) -> bool:
    """Whether the sentence has its people at, during or throughout a gathering of talk that is not still to come
    ("Delegates at the renegotiation conference", "Throughout the talks", "At a meeting of EC ministers")."""
    for tok in getattr(ctx, "sent_tokens", ()):
        if tok.dep_ != "pobj" or tok.lower_ not in MEETING_NOUNS or \
                tok.head.lower_ not in ("at", "during", "throughout"):
            continue
        if any(t.lower_ in _AHEAD_WORDS for t in _gathering_words(tok)):
            continue
        host = tok.head.head
        # on the sentence's main verb (or the reported one) or on its subject ("Delegates at the conference reached
        # ...", "Throughout the talks, Brazil had opposed ..., delegates said"); not on a
        # modifier elsewhere ("Other countries represented at today's talks were Italy, which refused ...")
        if host.dep_ in ("ROOT", "ccomp") or (host.dep_ in ("nsubj", "nsubjpass") and host.head.dep_ in ("ROOT", "ccomp")):
            return True
    return False


# What a gathering the story covers is doing or having done to it: "Speaking to the IMF's Interim Committee meeting",
# "told the conference", "chaired a meeting of EC farm ministers", "A special meeting ... ended in deadlock".
_TO_MEETING_VERBS = frozenset({"speak", "say", "tell", "report", "present", "submit", "propose", "give", "deliver",
                               "make", "address"})
_MEETING_OBJ_VERBS = frozenset({"tell", "address", "chair", "attend", "open", "host", "brief", "close"})
_MEETING_SUBJ_VERBS = frozenset({"end", "open", "begin", "close", "conclude", "break", "adopt", "agree", "approve",
                                 "hear", "continue", "resume", "reach", "fail", "decide", "review", "discuss"})
# A gathering still to come or a second one ("next week's meeting", "another session") makes the story one about
# what is ahead; one long over ("last year's meeting") or a news conference is no gathering the story covers.
_STILL_AHEAD = _AHEAD_WORDS | {"tomorrow", "further", "another"}
_NOT_COVERED = frozenset({"last", "previous", "earlier", "press", "news"})
_STORY_LEAD = 4  # the gathering is named in the dateline's sentence or the next few
_AHEAD = "ahead"


def _covered_gathering_venue(ctx: Any, tok: Any) -> Any:
    """Where the gathering ``tok`` names is held, when the story covers it as going on or just over: its own
    place ("the meeting in Geneva", "talks which were held in Rome"), else the dateline's; ``_AHEAD`` for a
    gathering still to come ("next week's meeting", "will attend the meeting", "is expected to attend the
    meeting", "ought to do at the summit"); None for one long past ("last year's summit"), a news conference, or
    one only mentioned in passing."""
    if tok.lower_ not in MEETING_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    before = [t.lower_ for t in tok.subtree if t.i <= tok.i]
    if any(w in _NOT_COVERED for w in before):
        return None
    host = tok.head
    town = _town_named(ctx, tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "throughout", "after", "following"):
        # ("a statement issued after a Washington meeting yesterday": a gathering just over, which the story covers)
        host = tok.head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
            tok.head.head.lemma_.lower() in _TO_MEETING_VERBS | {"speech", "statement", "report"}:
        host = tok.head.head
    elif not ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in _MEETING_OBJ_VERBS)
              or (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _MEETING_SUBJ_VERBS)):
        if town is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        # "the London meeting of the world's seven richest nations would be remembered as ...": the gathering the
        # story's lead names by its town, whatever is said of it (so the tense of that is no sign it is ahead)
        return _AHEAD if any(w in _STILL_AHEAD for w in before) or _dated_ahead(ctx, tok) else town
    if any(w in _STILL_AHEAD for w in before) or _dated_ahead(ctx, tok):
        return _AHEAD
    verb = host if host.pos_ in ("VERB", "AUX") else syn.clause_head(host)
    if _in_a_year(verb):
        return None  # "In 2000, EU leaders at a summit in Lisbon pledged ...": a gathering of years ago
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS | {"ought", "must"} for c in cur.children) or \
                cur.lemma_.lower() in _AHEAD_HEADS or \
                any(c.lower_ in ("tomorrow", "next") for c in cur.children if c.dep_ in ("npadvmod", "advmod")):
            return _AHEAD
        if cur.dep_ not in ("xcomp", "ccomp", "advcl", "csubj") or cur.head.i == cur.i:
            break
        cur = cur.head
    # its own place: "the meeting in Geneva", "talks, which were held in Rome", "a Washington meeting" (a town
    # compounded into it: a country there names a party or topic, "the Iran talks")
    if town is not None:
        return town
    # ("The talks began in Washington yesterday": a gathering that is the subject is placed by its verb)
    on_verb = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and
               tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i for t in c.subtree]
    for t in [*tok.subtree, *on_verb]:
        place = getattr(ctx, "place_at", {}).get(t.i)
        if place is not None and t.i not in getattr(ctx, "dateline_tokens", frozenset()) and syn.is_locative(t) and \
                syn.clause_head(t) in {verb, tok.head, *(c for c in tok.children if c.dep_ == "relcl")} and \
                not _not_venue(t):
            return place
    return getattr(ctx, "dateline_place", None)


# Prepositions a gathering's venue is named with ("the meeting in Geneva", "talks at Camp David", "near Bonn").
_VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _not_venue(tok: Any) -> bool:
    """Whether the place ``tok`` is named after a preposition no venue takes: what a body or gathering is on or
    for ("a meeting of the Inter-Governmental Group on Indonesia", "the conference on Afghanistan"), where
    someone came from or went to."""
    head = _phrase_head(tok, 4)
    return head.dep_ == "pobj" and head.head.lower_ not in _VENUE_PREPS


def _town_named(ctx: Any, tok: Any) -> Any:
    """The town compounded into the gathering noun ``tok`` ("a Washington meeting", "the London talks"), else None:
    a country there names a party or a topic ("the Iran talks"), not the venue."""
    for c in tok.children:
        place = getattr(ctx, "place_at", {}).get(c.i)
        if c.dep_ in ("compound", "nmod") and place is not None and (place.resolution or 0) >= 3 and place.country_code:
            return place
    return None


def _dated_ahead(ctx: Any, tok: Any) -> bool:
    """Whether the gathering ``tok`` is dated after the story was published ("at the summit in Venice on June 8-10"
    in a story of June 2): one the story previews, not one it covers, whatever tense its sentence is in."""
    published = str(getattr(getattr(ctx, "document", None), "published", None) or "")[:10]
    if len(published) != 10:
        return False
    date_at = getattr(ctx, "date_at", {})
    # (the parse may hang the date on the clause's verb: "needs no strengthening at the summit in Venice on June 8")
    clause = syn.clause_head(tok)
    dates = [date_at[t.i] for head in (tok, clause) for t in head.subtree if t.i in date_at and _dates_head(t, head)]
    return any((getattr(d, "start_date", None) or "") > published for d in dates)


def _dates_head(tok: Any, head: Any) -> bool:
    """Whether the date at ``tok`` belongs to ``head`` itself, with no verb between ("the summit on June 8", "met
    on Monday"); not one of a clause inside it ("a meeting ... to pave the way for a visit starting next week")."""
    cur = tok.head
    for _ in range(12):
        if cur.i == head.i:
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _gathered_here(ctx: Any, sent: Any) -> Any:
    """The dateline's place when ``sent`` has people gather "here" ("EC farm ministers meet for a third day of
    discussions here", "finance ministers reconvened here this afternoon", "talks here"): a story about a gathering
    where it was filed; ``_AHEAD`` when that gathering is still to come ("will meet here next week"); else None."""
    dateline = getattr(ctx, "dateline_place", None)
    if dateline is None:
        return None
    for tok in sent:
        if tok.lower_ != "here" or tok.dep_ != "advmod":
            continue
        host = tok.head
        for _ in range(2):
            if host.lemma_.lower() in GATHER_VERBS or \
                    (host.pos_ == "NOUN" and host.lower_ in MEETING_NOUNS | {"discussions"}):
                break
            host = host.head
        else:
            continue
        verb = host if host.pos_ in ("VERB", "AUX") else syn.clause_head(host)
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) or \
                any(t.lower_ in _STILL_AHEAD for t in sent) or _dated_ahead(ctx, verb):
            return _AHEAD
        return dateline
    return None


# Verbs of people gathering: "ministers meet here", "delegates reconvened here".
GATHER_VERBS = frozenset({"meet", "gather", "convene", "reconvene", "assemble", "confer", "negotiate"})


def _in_a_year(verb: Any) -> bool:
    """Whether ``verb``'s clause is dated by a bare year ("In 2000, ... pledged", "agreed in 1985"): a story's
    background, not its news."""
    for c in verb.children:
        dated = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ == "npadvmod" else []
        if any(g.like_num and len(g.text) == 4 and g.text[:2] in ("18", "19", "20") for g in dated):
            return True
    return False


# Words sent from afar: "objections were put in a letter from Kohl", "said in a radio broadcast".
_FROM_AFAR = frozenset({"letter", "letters", "message", "messages", "telegram", "cable", "broadcast", "radio",
                        "television", "newspaper", "telephone", "phone", "communique"})


def _sent_from_afar(ctx: Any) -> bool:
    """Whether the sentence or the one before it has words sent by letter, message or broadcast ("West Germany's
    objections were put in a letter from Chancellor Kohl. Kohl reiterated ..."): the sender is not at the
    gathering the story covers."""
    doc = getattr(ctx, "doc", None)
    toks = list(getattr(ctx, "sent_tokens", ()))
    index = getattr(ctx, "sent_index", 0)
    if doc is not None and index > 0 and hasattr(doc, "sents"):
        if getattr(ctx, "_sent_list", None) is None:
            ctx._sent_list = list(doc.sents)
        if index - 1 < len(ctx._sent_list):
            toks += list(ctx._sent_list[index - 1])
    return any(t.lower_ in _FROM_AFAR for t in toks if hasattr(t, "lower_"))


def _other_gathering(ctx: Any) -> bool:
    """Whether the sentence names a gathering long past or still to come ("Spain, which refused to attend last
    month's meeting", "will raise it at next week's session"): its act belongs to that gathering, not to the one
    the story covers."""
    for tok in getattr(ctx, "sent_tokens", ()):
        if hasattr(tok, "lower_") and tok.lower_ in MEETING_NOUNS and \
                any(t.lower_ in (_STILL_AHEAD | _NOT_COVERED) - {"press", "news"} for t in tok.subtree if t.i <= tok.i):
            return True
        # "would discuss Gulf oil supplies at their bi-annual meeting on June 19": what will be done at a meeting
        # is done at one still to come
        if hasattr(tok, "lower_") and tok.lower_ in MEETING_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "at" \
                and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in syn.clause_head(tok.head).children):
            return True
    return False


def _gathering_elsewhere(ctx: Any, venue: Any) -> bool:
    """Whether the sentence names a gathering held in another country than ``venue``, by a town compounded into it
    or a place of its own ("Italy refused to attend the Paris G-7 meeting" in a story about the Tokyo summit, "the
    talks in Geneva"): its act belongs to that gathering, not to the one the story covers."""
    place_at = getattr(ctx, "place_at", {})
    verb = getattr(ctx, "event_verb", None)
    for tok in getattr(ctx, "sent_tokens", ()):
        if not hasattr(tok, "lower_") or tok.lower_ not in MEETING_NOUNS or not _in_own_clause(tok, verb):
            continue
        # ("the Paris G-7 meeting": the town may be compounded into another word before the noun)
        own = [place_at[t.i] for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "nmod") and t.i in place_at]
        own += [place_at[g.i] for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for g in c.children if g.dep_ == "pobj" and g.i in place_at]
        if any((p.resolution or 0) >= 3 and p.country_code and p.country_code != venue.country_code for p in own):
            return True
    return False


def _in_own_clause(tok: Any, verb: Any) -> bool:
    """Whether the noun ``tok`` belongs to the event's own clause, or to a clause the event verb governs through
    "to" ("refused to attend the Paris meeting"), rather than to a participle or relative clause of its own
    ("reaffirmed the approach agreed at the recent Paris meeting")."""
    if verb is None or not hasattr(verb, "i"):
        return False
    head = tok.head
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") or head.i == head.head.i:
            break
        head = head.head
    return head.i == verb.i or (head.dep_ == "xcomp" and head.head.i == verb.i) or \
        (verb.dep_ == "xcomp" and verb.head.i == head.i)


def _describes_party(ctx: Any) -> bool:
    """Whether the event is told in a relative clause on the sentence's subject ("President Sarney, who strongly
    backed the council's founding in 1980, said ..."): what describes a party is no act at the gathering covered."""
    verb = getattr(ctx, "event_verb", None)
    if verb is None or getattr(verb, "dep_", "") != "relcl":
        return False
    return _phrase_head(verb.head, 4).dep_ in ("nsubj", "nsubjpass")


# Words that date a clause to before the gathering a story covers: "said last week", "agreed in February", "promised
# two months ago". Not a day ("yesterday", "earlier today", "two days ago"): a gathering the story covers may have
# begun days before ("EC farm ministers meet for a third day ... The West German minister indicated yesterday he
# would veto the plan" is said at the meeting).
_PAST_UNITS = frozenset({"week", "month", "year", "weekend", "autumn", "spring", "summer", "winter"})
_MONTH_NAMES = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                          "november", "december"})  # ("may" is left out: it is mostly the modal)
# How far up a clause's own time is looked for: through what it reports or controls ("said last week it would").
_DATING_CHAIN = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def _past_time(word: Any) -> bool:
    """Whether the modifier ``word`` of a verb dates it to weeks or months before the story's news ("last week",
    "in February", "two months ago")."""
    if word.dep_ in ("advmod", "npadvmod") and word.lower_ == "ago":
        return any(c.lemma_.lower() in _PAST_UNITS for c in word.children)
    if word.dep_ in ("npadvmod", "obl", "tmod", "advmod") and word.lemma_.lower() in _PAST_UNITS:
        return any(c.lower_ in ("last", "previous") for c in word.children)
    if word.dep_ == "prep" and word.lower_ in ("in", "on") and \
            any(g.dep_ == "pobj" and g.lower_ in _MONTH_NAMES for g in word.children):
        return True
    return False


def _dated_apart(ctx: Any) -> bool:
    """Whether the event's clause, or the clause that reports it, is dated to before the story's news by words of its
    own ("The United States said last week it would back a loan", "Venezuela agreed in February with its banks"), in
    a sentence that names no gathering: a statement or deal told as what led up to the news is not one made at the
    gathering the story covers. (A sentence that has its people at a gathering, "Last week Australia told the
    conference", is the gathering's.)"""
    verb = getattr(ctx, "event_verb", None)
    if verb is None or not hasattr(verb, "children"):
        return False
    if any(hasattr(t, "lower_") and t.lower_ in MEETING_NOUNS | GATHERING_NOUNS for t in getattr(ctx, "sent_tokens", ())):
        return False
    cur = verb
    for _ in range(4):
        if any(_past_time(c) for c in cur.children):
            return True
        if cur.dep_ not in _DATING_CHAIN or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _covered_from_afar(ctx: Any, venue: Any) -> bool:
    """Whether the story was filed from another country than the one its covered gathering (at ``venue``) is held in:
    a bureau's account of a meeting abroad, not the reporter's own at the meeting."""
    dateline = getattr(ctx, "dateline_place", None)
    return dateline is not None and bool(dateline.country_code) and bool(venue.country_code) and \
        dateline.country_code != venue.country_code


def _named_at(ctx: Any, parties: list[Actor], venue: Any) -> bool:
    """Whether an actor of the event is named (by its head word) in the story's sentence that places its covered
    gathering at ``venue`` ("Bank President Conable at a meeting with Sri Lanka's Finance Minister de Mel in
    Washington ... de Mel asked the World Bank", "officials are considering an OECD staff report ... the OECD staff
    has urged"): those the story puts at the gathering act there, even in a story filed from elsewhere."""
    place_at = getattr(ctx, "place_at", {})
    doc = getattr(ctx, "doc", None)
    if doc is None or not hasattr(doc, "sents"):
        return False
    heads = set()
    for a in parties:
        words = re.findall(r"[\w'-]+", a.entity_text or "")
        if words and len(words[-1]) > 2 and words[-1].lower() not in _STAND_INS | _PRONOUNS:
            heads.add(words[-1].lower())
        # (a body named in full here and by its initials there: "The International Monetary Fund", "IMF")
        initials = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in ("the", "of", "for", "and"))
        if len(initials) >= 2:
            heads.add(initials.lower())
    for n, sent in enumerate(doc.sents):
        if n >= _STORY_LEAD:
            break
        if any(t.i in place_at and place_at[t.i].geonameid == venue.geonameid for t in sent):
            return any(t.lower_ in heads and not _topic_word(t) for t in sent)
    return False


def _standing_position(ctx: Any) -> bool:
    """Whether the event's verb is in the present perfect ("has urged", "have asked", "has been criticised", "have
    said ... and have asked") after the story's lead: a position its holder has taken and holds, told as background
    to the story's news, not an act done at the gathering the story covers. (The lead tells the news itself in the
    present perfect: "GENEVA - Australia has appealed for a freeze on farm export subsidies".)"""
    verb = getattr(ctx, "event_verb", None)
    if verb is None or not hasattr(verb, "children") or verb.tag_ != "VBN":
        return False
    # (the lead is the first sentence with a verb: a dateline parsed as a sentence of its own has none)
    if not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[:verb.sent.start]):
        return False
    holders = [verb] + ([verb.head] if verb.dep_ == "conj" and verb.head.tag_ == "VBN" and
                        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) else [])
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
               for holder in holders for c in holder.children)


_PEOPLE_AT_GATHERINGS = frozenset({"representative", "delegate", "delegation", "official", "minister", "leader",
                                   "envoy", "diplomat", "ambassador", "negotiator", "spokesman", "spokeswoman",
                                   "president", "premier", "chancellor", "team", "counterpart", "observer"})


def _topic_word(tok: Any) -> bool:
    """Whether ``tok`` names what a gathering is about rather than who is at it: a possessive ("a report on Japan's
    surplus") or a word under "on", "about", "over" or "against". A possessive on one of the people who go to
    gatherings ("Kenya's delegate told the conference") names who is there."""
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() not in _PEOPLE_AT_GATHERINGS
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.lower_ in ("on", "about", "over", "against", "concerning", "regarding"):
            return True
        if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


def _story_meeting(ctx: Any) -> Any:
    """The venue of the one gathering a story is about, named in its opening sentences ("GENEVA - ... made the
    appeal at a special annual meeting", "Speaking to the IMF's Interim Committee meeting", "told the conference",
    "a statement issued after a Washington meeting"): the gathering's own place, else the dateline's; None when
    they name none, one still to come, or gatherings in several countries. Searched once per document."""
    if getattr(ctx, "story_meeting", None) is None:
        found: Any = None
        doc = getattr(ctx, "doc", None)
        if doc is not None and hasattr(doc, "sents"):
            # (with no dateline, only a gathering whose place the text itself names has a venue: a story read
            # without its dateline, as the golds are, says where it is held or nothing)
            venues = []
            for n, sent in enumerate(doc.sents):
                if n >= _STORY_LEAD:
                    break
                venues += [v for t in sent if (v := _covered_gathering_venue(ctx, t)) is not None]
                if (here := _gathered_here(ctx, sent)) is not None:
                    venues.append(here)
            # (a story about a gathering to come, or one that names gatherings in several countries, has none)
            if venues and _AHEAD not in venues and len({v.country_code for v in venues}) == 1 and \
                    venues[0].country_code:
                found = venues[0]
        ctx.story_meeting = (found,)
    return ctx.story_meeting[0]


# The creditor states as one party, named as such ("Western creditors", "the creditor governments", "the Paris Club"):
# not the banks ("creditor banks", "its creditors"), nor something of theirs ("the Paris Club offer").
_PARIS_CLUB = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:(?:Western|official)\s+(?:government\s+)?creditors|"
                         r"(?:(?:Western|official)\s+)?creditor\s+(?:governments|nations|countries|states))"
                         r"(?:\s+of\s+the\s+Paris\s+Club)?|(?:the\s+)?Paris\s+Club(?:\s+of\s+[\w\s-]+)?", re.I)


def _paris_club(ctx: Any, actors: list[Actor], recipients: list[Actor]) -> Any:
    """Paris, when the creditor states are the event's actor or the party it is done with ("reached an agreement with
    Western creditors", "talks with creditor governments"); else None. A debtor that accepts their offer or owes
    them does so at home."""
    from ..geo import resolve_place

    toks = list(getattr(ctx, "sent_tokens", ()))
    sentence = " ".join(t.text for t in toks)
    named = [a for a in actors if _PARIS_CLUB.fullmatch((a.entity_text or "").strip())] + \
        [r for r in recipients if _PARIS_CLUB.fullmatch(text := (r.entity_text or "").strip())
         and re.search(rf"\bwith\s+{re.escape(text)}", sentence)]
    return resolve_place("Paris") if named else None


INTERNATIONAL_CODES = INTERNATIONAL_BODY_CODES

# International bodies and the town each sits in: where the body itself (its commission, council, board or
# secretariat) decides and speaks when nothing places it elsewhere. Bodies that meet wherever their members choose
# (OPEC, ASEAN, the G-7) have no seat here: their acts are where the meeting is.
_BODY_SEATS = (
    (r"European\s+(?:Economic\s+)?Communit(?:y|ies)|European\s+Union|European\s+Commission|European\s+Council|"
     r"E\.?E\.?C\.?|E\.?C\.?|E\.?U\.?|(?:EC|EU|EEC|executive)\s+Commission|Council\s+of\s+Ministers", "Brussels"),
    (r"NATO|North\s+Atlantic\s+(?:Treaty\s+Organi[sz]ation|Alliance|Council)", "Brussels"),
    (r"IMF|International\s+Monetary\s+Fund|World\s+Bank|International\s+Finance\s+Corporation|"
     r"Inter-American\s+Development\s+Bank|IDB|Organi[sz]ation\s+of\s+American\s+States|OAS", "Washington"),
    (r"OECD|Organi[sz]ation\s+(?:for|of)\s+Economic\s+Co-?operation(?:\s+and\s+Development)?|Paris\s+Club|"
     r"UNESCO|International\s+Energy\s+Agency|IEA", "Paris"),
    (r"GATT|General\s+Agreement\s+on\s+Tariffs(?:\s+and\s+Trade)?|WTO|World\s+Trade\s+Organi[sz]ation|"
     r"World\s+Health\s+Organi[sz]ation|WHO|UNHCR|UN\s+High\s+Commissioner\s+for\s+Refugees|UNCTAD|"
     r"International\s+Labou?r\s+Organi[sz]ation|ILO|UNECE|(?:UN|U\.N\.|United\s+Nations)\s+Economic\s+Commission\s+"
     r"for\s+Europe", "Geneva"),
    # the UN's regional economic commissions other than Europe's
    (r"ESCAP|Economic\s+and\s+Social\s+Commission\s+for\s+Asia(?:\s+and\s+the\s+Pacific)?", "Bangkok"),
    (r"ECLAC?|Economic\s+Commission\s+for\s+Latin\s+America(?:\s+and\s+the\s+Caribbean)?", "Santiago"),
    (r"(?:UN|U\.N\.|United\s+Nations)\s+Economic\s+Commission\s+for\s+Africa|UNECA", "Addis Ababa"),
    (r"(?:UN|U\.N\.|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly)|Security\s+Council|"
     r"General\s+Assembly", "New York"),
    (r"FAO|Food\s+and\s+Agriculture\s+Organi[sz]ation|World\s+Food\s+Programm?e|WFP|IFAD", "Rome"),
    (r"IAEA|International\s+Atomic\s+Energy\s+Agency|UNIDO", "Vienna"),
    (r"Asian\s+Development\s+Bank|ADB", "Manila"),
)
_BODIES = tuple((re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), town) for names, town in _BODY_SEATS)
# What a body has abroad or sends to others: its people and missions act where they are, not at its seat.
_ABROAD_PARTS = (r"team|teams|mission|missions|delegation|delegations|delegates?|representatives?|envoys?|"
                 r"ambassadors?|office|offices|officials?|experts?|negotiators?|staff|president|chairman|chief|head|"
                 r"director|managing\s+director|secretary-general|commissioners?|monitors?|observers?|inspectors?|"
                 r"troops|forces|peacekeepers|ministers|leaders")
_PART_OF_BODY = re.compile(rf"\W*(?:[\w.'-]+\s+){{0,2}}?(?:{_ABROAD_PARTS})\b", re.I)
_PART_BEFORE = re.compile(rf"\b(?:{_ABROAD_PARTS})\s+(?:of|from)\s+(?:the\s+)?$", re.I)
# (both are tried at a body's name: ``match`` at its end, ``search`` on the text before it)
# Any part of a body named in a party ("an IMF team", "EC farm ministers"): its people, not the body itself.
_BODY_PART = re.compile(rf"\b(?:{_ABROAD_PARTS})\b", re.I)


def _bodies_named(text: str) -> list[tuple[Any, str]]:
    """The seated bodies a text names, each with its match and its seat's town, in text order."""
    found = [(m, town) for pattern, town in _BODIES for m in pattern.finditer(text)]
    return sorted(found, key=lambda f: f[0].start())


def _body_abroad(ctx: Any, town: str) -> bool:
    """Whether the story has people or a mission of a body seated in ``town`` ("an IMF team arrived here", "the head
    of the EC delegation in Washington", "World Bank President Conable, in Tokyo for talks"): such a body may act
    through them wherever the story is, so its seat is no safe guess. Searched once per document and town."""
    cache = getattr(ctx, "bodies_abroad", None)
    if cache is None:
        cache = ctx.bodies_abroad = {}
    if town not in cache:
        document = getattr(ctx, "document", None)
        text = (document.text or "") if document is not None else ""
        cache[town] = any(t == town and (_PART_OF_BODY.match(text, m.end()) or _PART_BEFORE.search(text[:m.start()]))
                          for m, t in _bodies_named(text))
    return cache[town]


def _body_seat(ctx: Any, actors: list[Actor]) -> Any:
    """The seat of the international body that acts, itself and not its mission ("The EC Commission", "the IMF";
    a pronoun standing for the one body its sentence names): None when the actor is the body's people ("an IMF
    team", "EC ministers"), when the story has the body's people abroad, when the dateline already lies in the
    seat's country, or when the bodies named do not agree on one seat."""
    from ..geo import resolve_place

    towns = set()
    for a in actors:
        name = (a.entity_text or "").strip()
        named = _bodies_named(name)
        if not named and name.lower() in _STAND_INS | {"it", "its"}:
            named = _bodies_named(" ".join(t.text for t in getattr(ctx, "sent_tokens", ())))
        if not named or _PART_OF_BODY.match(name, named[-1][0].end()) or _PART_BEFORE.search(name[:named[0][0].start()]):
            return None
        towns |= {town for _, town in named}
    if len(towns) != 1:
        return None
    town = towns.pop()
    if _body_abroad(ctx, town):
        return None
    seat = resolve_place(town)
    if seat is None or not seat.country_code:
        return None
    dateline = getattr(ctx, "dateline_place", None)
    if dateline is not None and dateline.country_code == seat.country_code:
        return None  # (filed from the seat's country: the dateline rules place it, often more exactly)
    return seat


# The United Nations itself, named as the one words are addressed to: its seat is New York (its agencies, named
# otherwise, have their own seats in ``_BODY_SEATS``).
_UNITED_NATIONS = re.compile(r"(?<![\w-])(?:United\s+Nations|U\.N\.|UN|Secretary[- ]General)(?![\w-])")


def _addressed_body_here(ctx: Any) -> bool:
    """Whether the event's verb addresses its words to an international body seated in the dateline's town
    ("UNITED NATIONS - Pakistan complained to the United Nations", "GENEVA - Australia protested to GATT"): a story
    filed from a body's seat has what is put to that body said there, not in the speaker's capital."""
    from ..geo import resolve_place

    verb, dateline = getattr(ctx, "event_verb", None), getattr(ctx, "dateline_place", None)
    if verb is None or dateline is None or not hasattr(verb, "children") or not dateline.geonameid:
        return False
    addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + \
        [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    for obj in addressed:
        # the body must be the object itself, not what it only qualifies ("rejected an IMF program", "ruled out
        # a program of IMF-sponsored reforms": a decision taken at home about the body's offer)
        name = " ".join(t.text for t in obj.subtree if t.i <= obj.i)
        ends = len(name)
        named = [(m, town) for m, town in _bodies_named(name) if m.end() == ends]
        un = _UNITED_NATIONS.search(name)
        towns = {town for _, town in named} or ({"New York"} if un and un.end() == ends else set())
        seat = resolve_place(towns.pop()) if len(towns) == 1 else None
        if seat is not None and seat.geonameid == dateline.geonameid:
            return True
    return False


def _international(actors: list[Actor]) -> bool:
    """Whether the event's coded actors are international bodies only (the UN, the EU, NATO, the IMF)."""
    codes = {a.code for a in actors if a.code}
    return bool(codes) and codes <= INTERNATIONAL_CODES


# A state's mission abroad, named as the actor: "the U.S. Embassy", "a Soviet embassy spokesman", "the British High
# Commission".
_ENVOY_POST = re.compile(r"\b(?:embass(?:y|ies)|consulate|legation|high\s+commission)\b", re.I)


def _posted_here(ctx: Any, actors: list[Actor]) -> bool:
    """Whether the event's coded actors are one foreign state's embassy or consulate: "PEKING - The U.S. Embassy
    replied that Chinese figures were inaccurate". A state's mission speaks from the country it is posted to, which a
    dateline of another state's town tells (the mission under its own state's dateline, "WASHINGTON - The U.S.
    embassy said", has its host untold)."""
    place = getattr(ctx, "dateline_place", None)
    coded = [a for a in actors if a.code]
    return bool(place is not None and coded and all(_ENVOY_POST.search(a.entity_text or "") for a in coded)
                and len({a.code for a in coded}) == 1 and coded[0].code != place.country_code
                and coded[0].code not in NON_STATE_CODES)


def _firm(actors: list[Actor]) -> bool:
    """Whether the event's coded actors are firms only ("Disney said it will ...")."""
    codes = {a.code for a in actors if a.code}
    return codes == {FIRM_CODE}




def country_place(code: str) -> Any:
    from ..geo import country_name, resolve_place

    name = country_name(code)
    return resolve_place(name) if name else None
