"""``eventwire.plover_rules.v1``: dependency-rule PLOVER coder over a derived trigger lexicon.

For each sentence: find triggers (lexicon verbs, light-verb + noun constructions, event nouns),
choose the PLOVER type whose pattern the trigger's particle, preposition and object satisfy, read
actor and recipient off the parse (voice, coordination, control, relative clauses), then modality,
attribution, date and place from the trigger's clause. Every event carries the trigger, the rule
and the roles that produced it, so an analyst can see why and correct it.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Actor, Attribution, Entity, Event, Explanation, TextInfo
from . import _syntax as syn
from . import reportable
from ._attribution import attribute
from ._lexicon import Lexicon, Trigger
from ._location import NON_STATE_CODES
from ._location import attached as _attached
from ._location import locate as _locate

RULE = "eventwire.plover_rules.v1"

# Where each type's recipient is found besides the direct object, by preposition.
RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "AGREE": ("with", "between", "to"), "CONSULT": ("with", "between", "to"), "SUPPORT": ("for", "to"),
    "CONCEDE": ("to", "for", "from"), "COOPERATE": ("with", "between"), "AID": ("to", "for"),
    "RETREAT": ("from", "out"), "REQUEST": ("on", "from", "to"), "ACCUSE": ("against", "of"),
    "REJECT": ("with", "from", "to"), "THREATEN": ("against", "with"), "PROTEST": ("against", "outside", "at"),
    "SANCTION": ("against", "on", "with", "from"), "MOBILIZE": ("against", "near", "along", "to", "into"),
    "COERCE": ("against", "from"), "ASSAULT": ("against", "on", "in", "at"),
}
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# PLOVER: cooperative actions reported in the future tense are intentions, coded AGREE.
FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Nouns that name accidents or disasters: killings "in a helicopter crash" are not ASSAULTs.
ACCIDENT_NOUNS = frozenset({"crash", "accident", "collision", "earthquake", "flood", "storm", "fire", "avalanche",
                            "landslide", "explosion", "disease", "illness", "outbreak", "heatwave", "drowning", "derailment"})
WEAPON_WORDS = frozenset({"grenade", "bomb", "mine", "landmine", "ied", "mortar", "rocket", "missile", "shell", "car",
                          "suicide", "roadside", "truck", "explosive", "artillery", "drone", "arson", "incendiary"})


def _armed(noun: Any) -> bool:
    """"a grenade explosion", "a car bomb blast", "an arson fire": an attack's weapon, not an accident."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in WEAPON_WORDS for c in noun.children)


ACCIDENT_VERBS = frozenset({"crash", "collide", "capsize", "derail", "overturn", "plunge", "sink", "drown", "ground"})
# Subjects that make a sentence a natural or technical disaster report.
DISASTER_NOUNS = ACCIDENT_NOUNS | frozenset({"tsunami", "tremor", "quake", "cyclone", "hurricane", "typhoon", "wildfire",
                                             "blaze", "drought", "eruption", "volcano", "flooding", "rain", "snow",
                                             "virus", "pandemic", "epidemic", "covid", "covid-19", "spill", "leak",
                                             "wave", "heat", "lightning", "mudslide", "tornado", "blizzard"})
# Prepositions that make an event noun a reference to a known event, not a new report.
REFERENCE_PREPS = frozenset({"before", "after", "since", "during", "following", "amid", "despite", "until", "ahead",
                             "on", "about", "over", "regarding", "concerning"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "them", "him"})

CONTEXT_CUES: dict[str, tuple[str, ...]] = {
    "military": ("military", "troops", "army", "defense", "defence", "soldiers", "base", "forces", "drone"),
    "economic": ("economic", "trade", "tariff", "tariffs", "finance", "investment", "oil", "export", "imports", "economy"),
    "diplomatic": ("diplomatic", "embassy", "ambassador", "envoy", "talks", "summit"),
    "pro_autocracy": ("coup", "junta"),
    "terrorism": ("terrorist", "terrorism", "islamic state", "al-qaeda", "al qaeda"),
    "election": ("election", "vote", "ballot", "campaign"),
    "human_rights": ("human rights",),
    "repression": ("crackdown",),
}


@dataclass
class _Ctx:
    doc: Any
    document: Any
    lexicon: Lexicon
    entity_at: dict[int, Entity] = field(default_factory=dict)
    place_at: dict[int, Any] = field(default_factory=dict)
    date_at: dict[int, Any] = field(default_factory=dict)
    last_actor: list[Actor] = field(default_factory=list)
    dateline_place: Any = None
    dateline_tokens: frozenset[int] = frozenset()  # the dateline's place is not a place of its sentence
    quantity_at: dict[int, Any] = field(default_factory=dict)
    type_probs: dict[str, float] | None = None  # the sentence model's P(type) for the current sentence
    current_actors: list[Actor] = field(default_factory=list)
    current_plural: bool = False
    current_person: bool = False  # the current event's actor is a person ("its" cannot point at it)
    doc_country: str | None = None
    home_country: str | None = None  # the one country a story is overwhelmingly about (its people's, by default)
    kb: Any = None
    sent_tokens: list[Any] = field(default_factory=list)
    sent_index: int = 0
    last_place: tuple[Any, ...] | None = None  # the latest event place, its sentence and the parties it placed (events/_location.py)
    last_dyad: tuple[set, list, int] | None = None  # the latest event's actor codes, recipients, sentence
    last_event_date: str | None = None  # the latest day-precise date of an event, for "a day after"
    dated_noun: dict[int, int] = field(default_factory=dict)  # id(date) -> the noun it modifies ("a 1996 siege")
    filed_here: bool | None = None  # the story's people speak "here", at the dateline (events/_location.py)
    story_pair: tuple[str, str] | None = None  # the two countries of a story about two countries
    assaults_before: bool = False  # an ASSAULT was coded in an earlier sentence of the story


OWN_ASSET = "\x00own"  # marks "its troops" resolved to the actor itself; never output
UNRESOLVED = "\x00name"  # marks a named party without a code; never output
HOME_GUESS = "\x00home"  # marks a person coded only by the story's country; never output


def _dominant_country(document: Any, *, share: float = 0.4, least: int = 2) -> str | None:
    """The country an article is mostly about, when one clearly dominates its mentions."""
    # The dateline says where the reporter filed from, not what the story is about ("CAIRO — Gunmen
    # opened fire ... at Tunisia's museum").
    at = document.text.find(document.dateline) if document.dateline else -1
    skip_before = at + len(document.dateline) if 0 <= at < 200 else 0
    counts = _country_counts(item for item in [*document.places, *document.entities] if item.start >= skip_before)
    if not counts:
        return None
    best, n = max(counts.items(), key=lambda kv: kv[1])
    return best if n >= least and n / sum(counts.values()) >= share else None


def _home_country(document: Any) -> str | None:
    """The one country a story is overwhelmingly about: most mentions, and no other country named
    even a third as often (a British politics story that mentions Brussels twice)."""
    best = _dominant_country(document, share=0.6, least=3)
    if best is None:
        return None
    counts = _country_counts([*document.places, *document.entities])
    runner_up = max((n for code, n in counts.items() if code != best), default=0)
    return best if runner_up * 3 <= counts.get(best, 0) else None


def _country_counts(items: Any) -> dict[str, int]:
    """Mentions per country code among places and parties (non-state codes left out)."""
    counts: dict[str, int] = {}
    for item in items:
        code = getattr(item, "country_code", None) or getattr(item, "code", None)
        if code and len(code) == 3 and code not in NON_STATE_CODES:
            counts[code] = counts.get(code, 0) + 1
    return counts


def _country_pair(document: Any) -> tuple[str, str] | None:
    """The two countries a bilateral story is about: both often named and, together, most mentions."""
    counts = _country_counts(document.entities)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2:
        return None
    (a, na), (b, nb) = ranked[:2]
    total = sum(counts.values())
    return (a, b) if nb >= PAIR_MIN_MENTIONS and (na + nb) / total >= PAIR_MIN_SHARE else None


PAIR_MIN_MENTIONS, PAIR_MIN_SHARE = 4, 0.8


def _dated_nouns(date_at: dict[int, Any], parsed: Any) -> dict[int, int]:
    """Dates that modify a noun ("a 1996 hostage siege", "the March vote"), with that noun: they date
    the thing named, not the clause around it."""
    spans: dict[int, list[int]] = {}
    for i, item in date_at.items():
        spans.setdefault(id(item), []).append(i)
    out: dict[int, int] = {}
    for key, idx in spans.items():
        inside = set(idx)
        root = next((parsed[i] for i in idx if parsed[i].head.i not in inside), None)
        if root is not None and root.dep_ in ("compound", "nummod", "amod", "poss") and \
                root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ not in ("DATE", "TIME"):
            out[key] = root.head.i
    return out


def _token_index(parsed: Any, items: list[Any]) -> dict[int, Any]:
    out: dict[int, Any] = {}
    for item in items:
        span = parsed.char_span(item.start, item.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            out.setdefault(tok.i, item)
    return out


def _actor(text: str, code: str | None, sector: str | None, *, identifier_id=None, office=None) -> Actor:
    return Actor(entity_text=text, code=code, sector=sector, identifier_id=identifier_id, office=office)


def _path(tok: Any, root: Any) -> list[Any]:
    """Tokens from ``tok`` up to (not including) ``root``."""
    out = []
    cur = tok
    while cur.i != root.i and cur.head.i != cur.i and len(out) < 30:
        out.append(cur)
        cur = cur.head
    return out


def _resolve_head(ctx: _Ctx, tok: Any, *, context_country: str | None, role: str = "recipient") -> list[Actor]:
    """Actors named by the noun phrase headed by ``tok``, its conjuncts and "along with" partners."""
    from ..actors import coref_resolve, resolve_phrase

    heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i]
    heads += syn.prep_objects(tok, ("along", "with")) if tok.dep_ in ("nsubj", "nsubjpass") else []
    out: list[Actor] = []
    for h in heads:
        if h.lower_ in PRONOUNS:
            reporter = syn.governing_reporter(syn.clause_head(h)) if h.dep_ in ("nsubj", "nsubjpass", "poss") else None
            rep_subj = syn.subject_of(reporter) if reporter is not None else None
            if rep_subj is not None and rep_subj.lower_ not in PRONOUNS:
                # "the junta said it was revoking ...": the pronoun is the speaker.
                got = _resolve_head(ctx, rep_subj, context_country=context_country, role="actor")
                if got:
                    out.extend(_actor(h.text, a.code, a.sector) for a in got)
                    continue
            if h.lower_ == "we":
                # "We will vote against the bill," he said: "we" is the speaker's side, never simply the
                # last party coded (a campaign group's "we" is not the country named before it).
                speaker = _speaker(h)
                if speaker is not None and speaker.i != h.i:
                    out.extend(_actor(h.text, a.code, a.sector)
                               for a in _resolve_head(ctx, speaker, context_country=context_country, role="actor"))
                continue
            if h.lower_ in ("it", "they") and h.dep_ in ("nsubj", "nsubjpass"):
                earlier = _subject_antecedent(ctx, h)
                if earlier is not None:
                    out.append(_actor(h.text, earlier.code, earlier.sector))
                    continue
            prior = coref_resolve(h.text, [e for e in ctx.document.entities if e.end <= h.idx and e.code], kb=ctx.kb) \
                if h.lower_ not in ("it", "its", "they", "their", "them") else None
            out.extend([_actor(h.text, a.code, a.sector) for a in (ctx.last_actor if prior is None else [])]
                       or ([_actor(h.text, prior.code, prior.sector)] if prior is not None else []))
            continue
        if role == "actor" and ctx.lexicon.noun_candidates(h.lemma_.lower()):
            # "its offensive ended after dealing blows": the offensive's owner is the actor.
            owner_tok = next((c for c in h.children if c.dep_ == "poss"), None) or \
                next(iter(syn.prep_objects(h, ("by",))), None)
            if owner_tok is not None:
                out.extend(_resolve_head(ctx, owner_tok, context_country=context_country, role="actor"))
                continue
        start, end = syn.core_phrase(h)
        text = syn.span_text(ctx.doc, start, end)
        named = _earlier_person(ctx, h) if end - start == 1 else None
        if named is not None:
            # "American Kevin King ... King and Weeks were abducted": the bare surname is that person.
            out.append(_actor(text, named.code, named.sector))
            continue
        res = resolve_phrase(text, date=ctx.document.published, head=h.lemma_.lower(), context_country=None, kb=ctx.kb)
        if (res is None or not res.code) and any(c.dep_ == "appos" for c in h.children):
            appos = next(c for c in h.children if c.dep_ == "appos")
            alt = resolve_phrase(syn.span_text(ctx.doc, appos.left_edge.i, appos.right_edge.i + 1),
                                 date=ctx.document.published, head=appos.lemma_.lower(), kb=ctx.kb)
            if alt is not None and alt.code and not _anonymous_source(appos):
                res = alt
        if res is not None and res.code:
            out.append(_actor(text, res.code, res.sector, identifier_id=res.identifier_id, office=res.office))
            continue
        if res is not None and not _is_agent_noun(h):
            res = None  # "military agreements": a modifier's sector does not make a thing an actor
        # A bare agent ("juntas", "people") takes its country from an attached place or entity.
        # Subjects look only inside their own phrase (incl. "juntas in Mali"); objects also into
        # relative clauses that describe them ("an agreement that allowed U.S. personnel ...").
        scope = syn.argument_tokens(h) if h.dep_ not in ("nsubj", "nsubjpass", "relcl") and role != "actor" \
            else [t for t in h.subtree if t.i < h.i or not any(a.dep_ in ("relcl", "acl", "advcl") for a in _path(t, h))]
        agent = _is_agent_noun(h)
        inner = [ctx.entity_at[t.i] for t in scope if _names_party(ctx, t, agent)]
        seen = set()
        coded = []
        for ent in inner:
            if ent.code not in seen:
                seen.add(ent.code)
                coded.append(ent)
        owner = _possessive_pronoun(h)
        if owner is not None and role == "actor" and res is not None and res.sector and not res.code:
            # "Iran said its forces had liberated ...": the speaker, else the nearest party before.
            got = _resolve_head(ctx, owner, context_country=context_country, role="actor")
            if not got:
                prev = _previous_entity(ctx, owner, exclude=set())
                got = [_actor(prev.text, prev.code, prev.sector)] if prev is not None else []
            if got:
                out.extend(_actor(text, a.code, res.sector) for a in got if a.code)
                continue
        if owner is not None and owner.lower_ in ("its", "their") and ctx.current_actors and \
                ((owner.lower_ == "their") != ctx.current_plural or (owner.lower_ == "its" and ctx.current_person)):
            # "militants who attacked one of its vehicles": "its" cannot be the plural actor, so it
            # points at the nearest singular party mentioned before.
            prev = _previous_entity(ctx, owner, exclude={a.code for a in ctx.current_actors},
                                    not_person=owner.lower_ == "its" and ctx.current_person)
            if prev is not None:
                out.append(_actor(text, prev.code, res.sector if res is not None and res.sector else prev.sector))
                continue
        if res is not None and res.sector and not res.code and owner is not None and ctx.current_actors:
            # "withdraw its troops": the possessive pronoun points back at the actor.
            # The actor's own troops are not a recipient: mark them so the caller drops them.
            # "his opponents" are the actor's compatriots, not his assets: a domestic recipient.
            own = None if res.sector == "OPP" or h.lemma_.lower() in ADVERSARY_NOUNS else OWN_ASSET
            out.extend(_actor(text, a.code, res.sector, office=own) for a in ctx.current_actors if a.code)
            continue
        if res is not None and res.sector and not res.code and not coded and h.lemma_.lower() in ENVOY_WORDS:
            # "the ambassador dialed up the president from Kyiv": an envoy serves abroad, so neither
            # the place in the sentence nor the latest official says whose envoy it is.
            out.append(_actor(text, None, res.sector))
            continue
        if res is not None and res.sector and not res.code and not coded and \
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
            # "the junta", "the group": the most recent compatible full mention earlier in the article.
            prior = coref_resolve(text, [e for e in ctx.document.entities if e.end <= h.idx and e.code], kb=ctx.kb)
            if prior is not None:
                out.append(_actor(text, prior.code, res.sector or prior.sector))
                continue
        if res is not None and res.sector in PRIVATE_SECTORS and not res.code and not coded and h.pos_ == "PROPN":
            # "a Spanish judge accused Riggs Bank": a named firm or association the tables do not know is
            # not from the country the sentence names; only a story about one country lends it that one.
            home = ctx.home_country if ctx.story_pair is None else None  # as for people (see below)
            out.append(_actor(text, home, res.sector, office=HOME_GUESS if home else UNRESOLVED))
            continue
        if res is not None and res.sector and not res.code:
            countries = [e for e in coded if e.code and len(e.code) == 3 and e.code.isalpha() and e.code not in ("IGO", "NGO", "IMG", "UNO", "MNC")]
            if any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in h.children) and _foreigners(text):
                # "foreign tourists in Sousse", "overseas workers" are precisely not the country around them.
                out.append(_actor(text, None, res.sector))
            elif countries:
                out.extend(_actor(text, e.code, res.sector) for e in countries)
            else:
                out.append(_actor(text, context_country, res.sector))
            continue
        if coded:
            out.extend(_actor(ent.text, ent.code, ent.sector) for ent in coded)
        elif h.pos_ == "PROPN" and h.ent_type_ in ("PERSON", "ORG") and not _anonymous_source(h):
            # A named party the knowledge base does not know ("Prime Minister Andrej Babis", "Black
            # Widow") still acts: keep the name, with the sector its title gives, and no code.
            sector = next((ctx.entity_at[i].sector for i in range(min(start, h.left_edge.i), end) if i in ctx.entity_at), None)
            if h.ent_type_ == "PERSON" and ctx.home_country and ctx.story_pair is None:
                # "Trump attacked Williams" in a story about American politics: a person no table
                # knows is, short of other evidence, one of the story's own people.
                out.append(_actor(text, ctx.home_country, sector, office=HOME_GUESS))
                continue
            out.append(_actor(text, None, sector, office=UNRESOLVED))
    return out


def _headline_svo(ctx: _Ctx, verb: Any) -> tuple[Any, Any] | None:
    """"Trump assailed Williams" parsed as a noun phrase (Trump/nmod, assailed/amod, Williams): a verb
    between a named party and the noun both hang on is subject-verb-object."""
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.i == 0 or verb.head.i <= verb.i:
        return None
    before = ctx.doc[verb.i - 1]
    named = before.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or before.i in ctx.entity_at
    if not named or before.head.i != verb.head.i or before.dep_ not in ("nmod", "compound", "amod"):
        return None
    return before, verb.head


def _people_figures(tok: Any) -> bool:
    """"two key figures from her faction", "opposition figures": people, not numbers."""
    return tok.lemma_.lower() == "figure" and (
        any(c.lower_ in ("key", "senior", "leading", "top", "prominent", "political", "opposition", "public", "party")
            for c in tok.children) or any(p.lower_ == "from" for p in tok.children))


CLAIM_VERBS = frozenset({"claim", "take", "admit", "accept", "assume"})  # ... responsibility for X


def _claimed_act(tok: Any) -> bool:
    """Whether ``tok`` is the act in "claimed responsibility for shooting down the helicopter"."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return False
    noun = tok.head.head
    return noun.lemma_.lower() == "responsibility" and noun.head.lemma_.lower() in CLAIM_VERBS


def _earlier_person(ctx: _Ctx, h: Any) -> Any:
    """A coded person named in full earlier whose surname ``h`` repeats, capitalised and bare."""
    if not h.text[:1].isupper() or h.text.isupper() or any(c.dep_ in ("det", "poss") for c in h.children):
        return None
    key = h.text.lower()
    return next((e for e in reversed(ctx.document.entities) if e.end <= h.idx and e.label == "PERSON" and e.code
                 and " " in e.text.strip() and e.text.split()[-1].lower() == key), None)


def _thing_subject(ctx: _Ctx, verb: Any) -> bool:
    """Whether the verb's subject is a thing rather than a party ("their dream shattered", "prices
    soared"): a verb that reports an event only as a synonym is then a figure of speech."""
    subj = syn.first_child(verb, "nsubj")
    if subj is None or subj.pos_ != "NOUN" or subj.i in ctx.entity_at:
        return False
    lemma = subj.lemma_.lower()
    # Groups of people, weapons and vehicles do things ("two groups pelted stones", "a rocket hit the car").
    people_or_arms = lemma in QUANTITY_HEADS or lemma in WEAPON_WORDS or lemma in EQUIPMENT_NOUNS or _armed(subj)
    return not people_or_arms and not _is_agent_noun(subj) and not ctx.lexicon.noun_candidates(lemma)


def _speaker(tok: Any) -> Any:
    """Who speaks the words ``tok`` is in: the subject of a reporting verb in its sentence, else the
    latest one in the two sentences before (a quotation running on after "... the spokesman said.")."""
    doc, sent = tok.doc, tok.sent
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    spans = [list(sent), list(doc[start:sent.start])[::-1]]
    for tokens in spans:
        for t in tokens:
            subj = syn.subject_of(t) if t.lemma_ in syn.REPORTING_VERBS and t.i != tok.head.i else None
            if subj is not None and subj.lower_ not in ("we", "i", "us") and subj.i != tok.i:
                return subj
    return None


ENFORCER_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})


def _implied_enforcer(ctx: _Ctx, tok: Any, verb: Any, context_country: str | None) -> list[Actor]:
    """Who arrested or seized, when the passive names nobody: a "by" inside the clause ("seized in an
    operation carried out by security forces"), else the police, army or officials reporting it ("nine
    men were detained, police said")."""
    undergoer = {t.i for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree}
    candidates = [t for t in tok.subtree if t.i not in undergoer and t.dep_ == "pobj" and t.head.lower_ == "by"]
    reporter = syn.governing_reporter(verb) if verb.pos_ in ("VERB", "AUX") else None
    if reporter is None:
        reporter = next((t for t in tok.sent if t.lemma_ in syn.REPORTING_VERBS and t.i != tok.i and
                         (t.dep_ == "ROOT" or t.head.i == tok.i)), None)
    speaker = syn.subject_of(reporter) if reporter is not None else None
    if speaker is not None:
        candidates.append(speaker)
    for cand in candidates:
        got = _resolve_head(ctx, cand, context_country=context_country, role="actor")
        if got and all(a.sector in ENFORCER_SECTORS for a in got):
            return got
    return []


def _anonymous_source(tok: Any) -> bool:
    return tok.lemma_.lower() in ("person", "source", "official", "people", "diplomat", "insider")


_AGENT_CACHE: dict[str, bool] = {}
QUANTITY_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                            "scores", "tens", "number", "group", "crowd", "crowds", "some", "many", "most", "all", "several"})


def _is_agent_noun(tok: Any) -> bool:
    """Whether the head noun itself names a kind of actor ("junta", "protesters"), as opposed to a
    thing an actor word merely modifies ("military agreements")."""
    from ..actors import resolve_phrase

    if tok.lemma_.lower() in QUANTITY_HEADS or tok.pos_ == "NUM":
        # "Hundreds of people", "dozens of protesters": the counted noun is the agent.
        of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
        return of is not None and _is_agent_noun(of)
    compounds = [c for c in tok.lefts if c.dep_ == "compound"]
    # "Coast Guard", "Border Police": the agent is the compound, not its last word.
    key = " ".join([*(c.text for c in compounds), tok.text]) if compounds else tok.lemma_.lower()
    if key not in _AGENT_CACHE:
        whole = resolve_phrase(key) if compounds else None
        if whole is not None and (whole.sector or whole.code) and (whole.matched or "").lower().endswith(tok.lower_):
            _AGENT_CACHE[key] = True  # not "U.S. attack", where only the modifier is a party
        else:
            res = resolve_phrase(tok.text) or resolve_phrase(tok.lemma_.lower())
            _AGENT_CACHE[key] = bool(res is not None and (res.sector or res.code))
    return _AGENT_CACHE[key]


FOREIGN_WORDS = frozenset({"foreign", "overseas", "expatriate", "expat", "western", "international", "visiting"})
_OFFICE_AFTER_FOREIGN = frozenset({"minister", "ministry", "ministers", "secretary", "office", "affairs", "policy", "service"})


def _foreigners(text: str) -> bool:
    """"foreign tourists", "overseas workers" (but not a "foreign minister")."""
    words = text.lower().split()
    return any(w in FOREIGN_WORDS and (k + 1 == len(words) or words[k + 1] not in _OFFICE_AFTER_FOREIGN)
               for k, w in enumerate(words))
ADVERSARY_NOUNS = frozenset({"opponent", "rival", "critic", "enemy", "foe", "adversary", "detractor"})
ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "emissary"})
FOREIGNER_WORDS = ("ambassador", "envoy", "diplomat", "embassy", "consul", "attache", "attaché", "nationals",
                   "tourist", "foreigner", "expatriate")
# Sanctions named by what they restrict: "visa restrictions", "a travel ban", "export controls".
SANCTION_KINDS = frozenset({"visa", "travel", "trade", "export", "import", "investment", "arms", "financial", "asset"})
VOW_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame"})
# Nouns of someone's going: demanding them aims the demand at that someone.
REMOVAL_NOUNS = frozenset({"resignation", "ouster", "removal", "impeachment", "dismissal", "departure", "withdrawal",
                           "exit", "overthrow", "downfall", "sacking", "firing", "expulsion"})
# "faces suspension", "suffered sanctions", "came under criticism from": the subject receives the act.
UNDERGOING_VERBS = frozenset({"face", "suffer", "endure", "incur"})
# Verbs whose subject undergoes the event ("soldiers died in an ambush"): never its actor.
VICTIM_VERBS = frozenset({"die", "perish", "succumb"})
CASUALTY_VERBS = VICTIM_VERBS | frozenset({"kill", "wound", "injure", "hurt", "maim"})
GATHERING_VERBS = frozenset({"gather", "assemble", "congregate", "converge", "throng", "take", "join", "meet"})
PROTESTER_WORDS = ("protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher", "student", "activist", "supporter")


def _protesters(actors: list[Actor]) -> bool:
    return any(a.sector == "CVL" and any(w in a.entity_text.lower() for w in PROTESTER_WORDS) for a in actors)


def _mentions_protest(ctx: "_Ctx") -> bool:
    """Whether the sentence names a protest ("gathered ... in a peaceful protest")."""
    for t in ctx.sent_tokens:
        if t.pos_ == "NOUN":
            cands = ctx.lexicon.noun_candidates(t.lemma_.lower())
            if cands and cands[0].plover == "PROTEST":
                return True
    return False


def _possessive_pronoun(h: Any) -> Any:
    """The possessive pronoun of a phrase, looking through "one of its vehicles"."""
    for c in h.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    inner = next((x for x in p.children if x.dep_ == "poss" and x.pos_ == "PRON"), None)
                    if inner is not None:
                        return inner
    return None


def _someone_else(recipient: Actor, actors: list[Actor]) -> bool:
    """Whether a recipient of the actor's own country and sector is another named person or body
    ("Blair criticised Gordon Brown"): its last word is a name none of the actors carries."""
    words = recipient.entity_text.replace("'s", "").split()
    if not words or not words[-1][:1].isupper() or recipient.entity_text.lower() in PRONOUNS or \
            words[-1].rstrip("s").isupper():
        return False  # "MPs", "MEPs": a kind of people, not a name
    name = words[-1].strip(".,").lower()
    return not any(name in a.entity_text.lower().replace("'s", "").split() for a in actors)


def _subject_antecedent(ctx: "_Ctx", pron: Any) -> Any:
    """The party a subject "it" or "they" continues: the subject of an earlier clause of the same
    sentence ("While China needs soybeans, it has balked"), else the subject of the previous
    sentence's main clause. A subject pronoun keeps the topic of the discourse, which need not be the
    actor of the latest coded event. "it" is never a person; "they" needs a plural or a pair."""
    def compatible(subj: Any) -> Any:
        ent = ctx.entity_at.get(subj.i)
        if ent is None or not ent.code or subj.lower_ in PRONOUNS:
            return None
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        if pron.lower_ == "it" and (plural or ent.label == "PERSON" or subj.ent_type_ == "PERSON" or ent.office):
            return None
        if pron.lower_ == "they" and not plural:
            return None
        return ent

    sent = pron.sent
    same = [t for t in sent if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and not _path_has_quote(t, pron)]
    for subj in reversed(same):
        ent = compatible(subj)
        if ent is not None:
            return ent
    if same or sent.start == 0:
        return None  # an incompatible nearer subject: leave the choice to the older rules
    prev = pron.doc[sent.start - 1].sent
    subj = syn.subject_of(prev.root) if prev.root.pos_ in ("VERB", "AUX") else None
    return compatible(subj) if subj is not None else None


def _path_has_quote(a: Any, b: Any) -> bool:
    """Whether quotation marks stand between two tokens (a quoted speaker's words start a new voice)."""
    return any(t.is_quote for t in a.doc[a.i:b.i])


def _previous_entity(ctx: "_Ctx", tok: Any, exclude: set[str | None], *, not_person: bool = False) -> Any:
    """The nearest coded party before ``tok`` whose code is not excluded; with ``not_person`` ("its"
    after a person's act), any non-person party, even a compatriot: "Arafat ... arresting its militants"."""
    for i in range(tok.i - 1, -1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or not ent.code:
            continue
        if not_person and ent.label != "PERSON" and not ent.office:
            return ent
        if not not_person and ent.code not in exclude:
            return ent
    return None


EQUIPMENT_NOUNS = frozenset({"bomber", "helicopter", "tank", "jet", "plane", "aircraft", "missile", "rifle", "gun",
                             "weapon", "vehicle", "drone", "fighter", "warship", "submarine", "launcher", "rocket"})


def _made_in(t: Any) -> bool:
    """"Soviet MI-24 helicopters", "Czechoslovak-made L-39 bombers": where equipment came from, not a party."""
    if any(n.lower_ in ("made", "-made", "built") for n in t.doc[t.i + 1:t.i + 3]):
        return True
    head = t.head
    for _ in range(3):
        if head.lemma_.lower() in EQUIPMENT_NOUNS:
            return t.dep_ in ("amod", "compound", "npadvmod", "nmod") or t.head.dep_ in ("amod", "compound", "nmod")
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _locative_place(ctx: "_Ctx", t: Any) -> bool:
    """"talks in Caracas", "a summit at Camp David": a town after a locative preposition is where, not
    who. (A country there, "strikes in northern Syria", still names the side hit, by convention.)"""
    place = ctx.place_at.get(t.i)
    return place is not None and (place.resolution or 0) >= 3 and t.dep_ == "pobj" and \
        t.head.lower_ in ("in", "at", "near", "inside")


def _entities_in(ctx: "_Ctx", root: Any) -> list[Actor]:
    found = []
    agent = _is_agent_noun(root)
    for t in syn.argument_tokens(root):
        if _names_party(ctx, t, agent) and ctx.entity_at[t.i] not in found:
            found.append(ctx.entity_at[t.i])
    return [_actor(e.text, e.code, e.sector) for e in found]


def _names_party(ctx: "_Ctx", t: Any, in_agent_phrase: bool) -> bool:
    """Whether a coded mention inside a phrase names a party to the event. Not when it says where
    equipment was made, nor when it is a town after "in" unless the phrase names people
    ("militants in northern Syria" are Syrian-based; "talks in Caracas" are not Venezuela's)."""
    ent = ctx.entity_at.get(t.i)
    return ent is not None and bool(ent.code) and not _made_in(t) and (in_agent_phrase or not _locative_place(ctx, t))


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen = set()
    out = []
    for a in actors:
        key = (a.code, a.sector, a.entity_text if a.office == UNRESOLVED else None)
        if key in seen or (a.code is None and a.sector is None and a.office != UNRESOLVED):
            continue
        seen.add(key)
        out.append(a)
    return out


# Whether a lexicon row "verb prep object" ("accuse of abuse") may match the object of its
# preposition; off until the rows that would come alive are audited (docs/lexicon.md).
PREP_OBJECT_ROWS = True


def _choose(cands: list[Trigger], *, particle: str | None, preps: set[str], obj: str | None,
            type_probs: dict[str, float] | None = None,
            prep_objects: dict[str, set[str]] | None = None) -> tuple[Trigger | None, str]:
    """The lexicon pattern the trigger's particle, preposition and object satisfy, most specific
    first. When the sentence model prefers another satisfied type by a factor of two or more,
    that type wins (the ratio rule measured in docs/sentence-model.md)."""
    scored: list[tuple[float, Trigger]] = []
    for t in cands:
        if t.particle and t.particle != particle:
            continue
        if t.prep and t.prep not in preps:
            continue
        if t.obj and t.obj != obj and not (
                PREP_OBJECT_ROWS and t.prep and prep_objects and t.obj in prep_objects.get(t.prep, ())):
            continue
        scored.append((t.weight + (1.0 if t.particle else 0) + (1.0 if t.prep else 0) + (2.0 if t.obj else 0), t))
    if not scored:
        return None, ""
    scored.sort(key=lambda st: -st[0])
    best = scored[0][1]
    if type_probs and not (best.obj or best.prep or best.particle):
        rival = max((t for _, t in scored if t.plover != best.plover), key=lambda t: type_probs.get(t.plover, 0.0), default=None)
        if rival is not None and type_probs.get(rival.plover, 0.0) >= RIVAL_RATIO * max(type_probs.get(best.plover, 0.0), 1e-6):
            return rival, f"; sentence model prefers {rival.plover} over {best.plover}"
    return best, ""


def _verbal_attack(ctx: _Ctx, verb: Any, objs: list[Any], lemma: str) -> bool:
    """Whether an attack is made with words: delivered somewhere words are ("on Twitter", "in a
    speech"), justified by a reason ("for blocking the bill", "over the new tax"), aimed at what only
    words can hit ("the plan"), or, for verbs other than "attack", aimed at a party with no weapon named.
    Forces and weapons attack with force whatever follows ("jets attacked villages over the border")."""
    subj = syn.subject_of(verb)
    if subj is not None and (subj.lemma_.lower() in FORCE_NOUNS or subj.lemma_.lower() in EQUIPMENT_NOUNS
                             or subj.lemma_.lower() in WEAPON_WORDS or _armed(subj)):
        return False
    # The parser often hangs "on Twitter" or "over the tax" on the object instead of the verb.
    for prep in (c for h in [verb, *objs[:1]] for c in h.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            if prep.lower_ in ("on", "in", "at", "during", "via", "through") and pobj.lemma_.lower() in SPEAKING_VENUES:
                return True
            if prep.lower_ == "for" and (pobj.tag_ == "VBG" or pobj.dep_ == "pcomp" or
                                         any(c.dep_ == "poss" for c in pobj.children)):
                return True  # "for blocking the bill", "for his handling of the crisis"
            if prep.lower_ in ("over", "about") and pobj.i not in ctx.place_at and pobj.i not in ctx.date_at and \
                    pobj.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME") and pobj.pos_ in ("NOUN", "PROPN"):
                return True  # "blasted the government over the new tax"
    if not objs:
        return False
    target = objs[0]
    if target.lemma_.lower() in DISCOURSE_NOUNS:
        return True
    if lemma == "attack" or target.i in ctx.place_at or any(t.lemma_.lower() in WEAPON_WORDS for t in verb.subtree):
        return False  # "after blasting Gaza City and Jenin": a place is hit with force
    return target.i in ctx.entity_at or target.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
        target.lemma_.lower() in PERSON_NOUNS or _is_agent_noun(target)


def _verb_trigger(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    # A preposition that only dates the verb ("on Tuesday") or follows a direct object ("called
    # Aoun on ...") is not the one a "call on X to ..." pattern needs.
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent", "dative")
             and not (c.lower_ in ("on", "upon") and any(o.dep_ == "dobj" for o in objs))
             and not all(p.i in ctx.date_at or p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj")}
    obj = objs[0].lemma_.lower() if objs else None
    lex = ctx.lexicon
    if objs:
        wrapped = _wrapped_object(objs[0])
        if wrapped is not None:
            obj = wrapped.lemma_.lower()  # "declared a state of emergency", "launched a mediation effort"
    lemma = PHRASAL_SYNONYMS.get((verb.lemma_.lower(), particle), verb.lemma_.lower())
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    subject = syn.subject_of(verb)
    if subject is not None and subject.lower_ == "it" and (
            (not objs and any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children))
            or (objs and objs[0].lower_ == "that" and objs[0].dep_ == "dobj")):
        return None  # "it's striking that ...": a comment on a fact, not an act
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return None  # "Scissors, who consults with officials", "the government, which controls the port": a description
    if lemma in STOPPING_VERBS and objs and (
            any(c.dep_ == "det" and c.lower_ in ("all", "any", "every") for c in objs[0].children)
            or verb.head.lemma_.lower() in PREVENTING_WORDS):
        return None  # "unable to stop all attacks": preventing others' violence, not ending one's own
    if lemma == "agree" and clauses and not any(a.dep_ == "aux" and a.lower_ in MODAL_WORDS for c in clauses for a in c.children):
        return None  # "businesses agree that China has taken advantage": sharing a view, not an agreement
    if lemma in STRIVING_VERBS and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return None  # "parties battle to win votes", "fought to keep his seat": striving, not fighting
    if objs and obj in ("restriction", "ban", "curb", "control", "limit", "freeze") and \
            any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in SANCTION_KINDS for c in objs[0].children):
        sanction = [t for t in lex.noun_candidates("sanction")]
        if sanction:
            return replace(sanction[0], lemma=verb.lemma_.lower(), source="light"), f"'{verb.lemma_}' + sanctions named by kind ('{obj}')"
    # "438 Libyans were taken prisoner": the passive subject comes first, the predicate noun second.
    for cand in [obj] + [o.lemma_.lower() for o in objs[1:] if o.dep_ in ("oprd", "attr", "dobj")]:
        light = lex.light_verb(lemma, cand) if cand else None
        if light and (lemma, cand) == ("take", "part"):
            # "took part in talks" is consultation; "taking part in patrols" is whatever the patrols are.
            joined = next(iter(syn.prep_objects(objs[0], ("in",)) + syn.prep_objects(verb, ("in",))), None)
            what = lex.noun_candidates(joined.lemma_.lower()) if joined is not None else []
            if not what:
                return None
            return replace(what[0], lemma=lemma, source="light"), f"'take part in' + event noun '{joined.lemma_}'"
        if light:
            return light[0], f"light verb '{verb.lemma_}{' ' + particle if lemma != verb.lemma_.lower() else ''} {cand}'"
    if (lemma, obj) in IDIOMS_NOT_EVENTS:
        return None  # "the helicopter caught fire", "took refuge", "sent mixed signals"
    if obj in MEDIA_NOUNS and lemma in PUBLISHING_VERBS:
        return None  # "the Taliban released two videos": publishing, not releasing anyone
    if lemma in ("ask", "request", "speak") and any(t.lower_ in ("anonymous", "anonymity", "named", "identified")
                                                   for c in verb.children if c.dep_ in ("xcomp", "prep") for t in c.subtree):
        return None  # "who asked not to be named": a sourcing formula
    if objs and lemma in GIVING_VERBS and any(t.ent_type_ == "MONEY" for t in objs[0].subtree):
        aid = lex.noun_candidates("aid")
        if aid:
            return replace(aid[0], lemma=verb.lemma_.lower(), source="light"), f"'{verb.lemma_}' + a sum of money"
    named = objs and objs[0].dep_ == "oprd" and objs[0].ent_type_ == "PERSON"  # the parser's "called X" misread as naming
    if lemma in CALLING_VERBS and objs and (not particle or (particle == "up" and lemma != "call")) and (objs[0].dep_ == "dobj" or named) and \
            not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "oprd" and not named) for c in verb.children) and \
            (objs[0].i in ctx.entity_at or objs[0].ent_type_ in ("PERSON", "NORP", "GPE", "ORG")
             or objs[0].lemma_.lower() in PERSON_NOUNS or _is_agent_noun(objs[0])):
        phone = [t for t in lex.verb_candidates("phone") if t.plover == "CONSULT"]
        if phone:
            return replace(phone[0], lemma=verb.lemma_.lower(), source="light"), f"'{verb.lemma_}' + a person: a phone call"
    by_phone = any(c.dep_ == "prep" and c.lower_ in ("by", "over", "on") and
                   any(p.lemma_.lower() in ("telephone", "phone") for p in c.children if p.dep_ == "pobj")
                   for c in verb.children)
    hearer = objs[0] if objs else next((c for c in verb.children if c.dep_ == "dative"), None)
    if by_phone and lemma in ("tell", "speak", "talk", "say", "inform", "brief", "assure", "discuss") and not (
            hearer is not None and (getattr(ctx.entity_at.get(hearer.i), "sector", None) == "JRN"
                                    or hearer.lemma_.lower() in PRESS_WORDS or hearer.ent_type_ == "ORG")):
        phone = [t for t in lex.verb_candidates("phone") if t.plover == "CONSULT"]
        if phone:  # "had told President Zuma by telephone": a phone call (but "told Reuters by telephone" is an interview)
            return replace(phone[0], lemma=lemma, source="light"), f"'{verb.lemma_}' by telephone: a phone call"
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
        if not pobjs and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].head.i == verb.i:
            pobjs = [prep.doc[prep.i + 1]]  # "put their forces on standby", parsed with "standby" as an adverb
        for pobj in pobjs:
            if pobj.i in ctx.date_at or pobj.ent_type_ in ("DATE", "TIME") or \
                    (objs and prep.lower_ in ("on", "upon") and verb.lemma_.lower() in CALLING_VERBS):
                continue  # "called Aoun on Tuesday" is a phone call, not "call on X to ..."
            light = lex.light_verb(verb.lemma_.lower(), prep.lower_, pobj=pobj.lemma_.lower())
            if light:
                return light[0], f"idiom '{verb.lemma_} {prep.lower_} {pobj.lemma_}'"
    if particle:
        light = [t for t in lex.light_verb(verb.lemma_.lower(), particle) if not t.obj]
        if light:
            return light[0], f"phrasal verb '{verb.lemma_} {particle}'"
    if verb.lemma_.lower() in ASPECTUAL_VERBS and objs:
        # "resume its attacks", "stepped up shelling": the event is what is resumed or intensified.
        resumed = lex.noun_candidates(objs[0].lemma_.lower())
        if resumed:
            return resumed[0], f"'{verb.lemma_}' + event noun '{objs[0].lemma_}'"
    if verb.lemma_.lower() in ORDER_VERBS and objs:
        # "ordered the arrest of politicians", "ordered the destruction of the air force": an
        # authority's order is coded as the action it orders.
        ordered = lex.noun_candidates(objs[0].lemma_.lower())
        if ordered:
            return ordered[0], f"order of '{objs[0].lemma_}'"
    if lemma in MOTION_VERBS and not objs:
        mover = syn.subject_of(verb)
        if mover is not None and (mover.lemma_.lower() in FORCE_NOUNS or any(
                c.dep_ == "compound" and c.lemma_.lower() in FORCE_NOUNS for c in mover.children)):
            mobilize = [t for t in lex.light_verb("deploy", "troop") if t.plover == "MOBILIZE"]
            if mobilize:
                return replace(mobilize[0], lemma=lemma, obj=None, source="light"), f"forces on the move ('{mover.text} {verb.lemma_}')"
    # Asking another party to act, looked up only for the verbs that can ask.
    request = [t for t in lex.light_verb("call", "for") if t.plover == "REQUEST"] if lemma in ASKING_VERBS else []
    if request and lemma in ("call", "appeal", "press", "push") and any(
            c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for c in verb.children):
        # "calling for US envoy Anthony Zinni to return": the parser reads "for" as a clause mark
        return replace(request[0], lemma=lemma, source="light"), f"'{verb.lemma_} for' another party to act"
    if request and lemma in WANTING_VERBS and not objs and syn.subject_of(verb) is not None:
        wanted = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and syn.first_child(c, "nsubj") is not None
                       and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
        if wanted is not None:
            return replace(request[0], lemma=lemma, prep=None, source="light"), \
                f"'{verb.lemma_}' another party to act ('{syn.first_child(wanted, 'nsubj').text} ... {wanted.lemma_}')"
    cands = lex.verb_candidates(verb.lemma_.lower())
    if not cands:
        return None
    prep_objects: dict[str, set[str]] = {}
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            prep_objects.setdefault(c.lower_, set()).update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
    best, why = _choose(cands, particle=particle, preps=preps, obj=obj, type_probs=ctx.type_probs,
                        prep_objects=prep_objects)
    if best is None:
        return None
    if best.plover in ("SUPPORT", "AGREE", "CONCEDE") and lemma in ("recognize", "recognise", "acknowledge", "accept",
                                                                   "admit", "concede") and not objs and \
            any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "governments have recognized that Austrians were also perpetrators": a statement
    if best.plover == "ASSAULT" and lemma in VERBAL_ATTACK_VERBS and _verbal_attack(ctx, verb, objs, lemma):
        accuse = [t for t in lex.verb_candidates("criticize") if t.plover == "ACCUSE"]
        if accuse:
            return replace(accuse[0], lemma=lemma, source="light"), f"'{verb.lemma_}' with words: criticism, not force"
    if best.plover == "CONSULT" and lemma == "meet" and objs and objs[0].pos_ == "NOUN" and \
            objs[0].lemma_.lower() not in PERSON_NOUNS and not _is_agent_noun(objs[0]) and \
            not any(t.i in ctx.entity_at for t in objs[0].subtree):
        return None  # "met his golden rule", "meet the target": a thing met is no meeting
    if best.plover == "REQUEST" and lemma in ("ask", "wonder", "query") and not objs and any(
            c.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
                                   or any(t.tag_ in ("WDT", "WP", "WRB") and t.i < c.i for t in c.subtree))
            for c in verb.children):
        return None  # "asked whether the talks would resume": a question, not a request
    if lemma == "leave" and not (objs and (objs[0].i in ctx.place_at or getattr(ctx.entity_at.get(objs[0].i), "code", None)
                                           or objs[0].lemma_.lower() in LEFT_BEHIND)):
        return None  # "lawmakers left en masse", "left thousands homeless": no ground or office given up
    return best, f"verb '{verb.lemma_}'" + (f" + '{best.obj}'" if best.obj else "") + (f" + '{best.prep}'" if best.prep else "") + why


NON_FACTIVE = frozenset({"hope", "wish", "fear", "want", "worry", "doubt", "dream", "imagine", "suppose", "prefer",
                         "consider", "mull", "contemplate", "weigh", "ponder"})
# "call off a strike" is cancelling it; the light-verb table is looked up under the synonym.
PHRASAL_SYNONYMS = {("call", "off"): "cancel", ("pull", "out"): "withdraw", ("cut", "off"): "cut"}
GIVING_VERBS = frozenset({"provide", "donate", "give", "send", "allocate", "disburse", "pledge", "grant"})
CALLING_VERBS = frozenset({"call", "ring", "phone", "telephone", "dial"})
PERSON_NOUNS = frozenset({"counterpart", "leader", "president", "minister", "premier", "chancellor", "king", "emir",
                          "prince", "secretary", "envoy", "ambassador", "chief", "head", "mayor", "governor"})
# Nouns that wrap another: "a state of emergency", "a mediation effort", "a peace bid".
WRAPPER_NOUNS = frozenset({"state", "effort", "bid", "initiative", "drive", "process", "attempt", "campaign",
                           "mission", "move", "plan", "programme", "program"})
ASPECTUAL_VERBS = frozenset({"resume", "continue", "intensify", "escalate", "renew", "launch", "begin", "start",
                             "step", "carry", "conduct", "stage", "mount", "wage", "unleash"})
ORDER_VERBS = frozenset({"order", "command", "authorize", "authorise", "direct", "approve"})
MEDIA_NOUNS = frozenset({"video", "footage", "recording", "tape", "photo", "photograph", "image", "picture", "report",
                         "statement", "document", "figure", "data", "detail", "list", "album", "book", "film", "poll",
                         "survey", "transcript", "audio", "message", "communique", "letter", "study"})
# Sectors of private bodies: a named one takes no country from the sentence around it.
PRIVATE_SECTORS = frozenset({"BUS", "NGO", "MED", "JRN", "EDU", "HLH", "CRM"})
# Verbs of attack that politicians use with words more often than with weapons.
VERBAL_ATTACK_VERBS = frozenset({"attack", "assail", "blast", "lash", "savage", "lambast", "lambaste", "slam", "rip"})
# Where words are delivered: "attacked X on Twitter", "in a speech", "at a rally".
SPEAKING_VENUES = frozenset({"twitter", "tweet", "speech", "statement", "interview", "rally", "remark", "post",
                             "letter", "article", "editorial", "op-ed", "column", "briefing", "conference", "debate",
                             "television", "radio", "broadcast", "facebook", "blog", "video", "address", "book",
                             "memoir", "podcast", "hearing", "testimony", "comment", "message", "social"})
# What only words can attack: "blasted the plan", "attacked the decision".
DISCOURSE_NOUNS = frozenset({"policy", "plan", "decision", "proposal", "bill", "law", "legislation", "remark",
                             "comment", "statement", "claim", "report", "idea", "move", "handling", "approach",
                             "stance", "record", "hearing", "inquiry", "investigation", "budget", "reform", "deal",
                             "agreement", "strategy", "rhetoric", "speech", "ruling", "verdict", "view", "response",
                             "tax", "proposals", "measure", "treatment", "idea", "leadership", "performance"})
PUBLISHING_VERBS = frozenset({"release", "publish", "issue", "post", "air", "broadcast", "show", "circulate", "leak"})
IDIOMS_NOT_EVENTS = frozenset({("catch", "fire"), ("take", "refuge"), ("take", "shelter"), ("send", "signal"),
                               ("give", "signal"), ("fuel", "speculation"), ("receive", "treatment"),
                               ("take", "note")})
PRESS_WORDS = frozenset({"reporter", "journalist", "newspaper", "agency", "radio", "television", "broadcaster",
                         "press", "media", "correspondent", "interviewer", "newswire", "channel"})
STOPPING_VERBS = frozenset({"stop", "end", "halt", "suspend", "cease", "renounce", "abandon", "prevent"})
PREVENTING_WORDS = frozenset({"unable", "able", "try", "help", "prevent", "struggle", "fail", "seek", "attempt"})
MODAL_WORDS = frozenset({"will", "would", "should", "shall", "must", "could", "can", "may", "might"})
STRIVING_VERBS = frozenset({"battle", "fight", "struggle", "compete", "scramble", "race", "vie"})
# What is given up by leaving it: ground, a post, an alliance.
LEFT_BEHIND = frozenset({"country", "territory", "area", "region", "province", "town", "city", "village", "base",
                         "post", "office", "power", "government", "coalition", "alliance", "bloc", "cabinet", "party",
                         "presidency", "job", "position", "seat", "capital", "border", "zone", "island"})
# Forces on the move are mobilised: "troop reinforcements have started arriving", "tanks massed".
MOTION_VERBS = frozenset({"arrive", "move", "head", "pour", "roll", "mass", "land", "converge", "redeploy", "reinforce"})
FORCE_NOUNS = frozenset({"troop", "reinforcement", "soldier", "force", "tank", "marine", "warship", "unit", "battalion",
                         "brigade", "convoy", "paratrooper", "commando", "division", "regiment", "contingent",
                         "peacekeeper", "gunboat", "frigate", "destroyer", "carrier", "fleet", "armour", "armor"})
# "Beijing wants Trump to eliminate tariffs": wanting another party to act is asking it to.
WANTING_VERBS = frozenset({"want", "wish", "expect", "need"})
ASKING_VERBS = WANTING_VERBS | {"call", "appeal", "press", "push"}
CONTENT_TAKING = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
PROMISED_CONCESSION = "a promised concession is CONCEDE"
# "a set of new sanctions", "a wave of protests": the event noun is the report itself.
VOICED_AIMS = frozenset({"demand", "protest", "call", "press", "urge", "denounce", "condemn", "oppose", "demonstrate",
                         "express", "voice", "show", "mourn", "commemorate"})
PROPOSAL_NOUNS = frozenset({"offer", "proposal", "plan", "idea", "prospect", "possibility", "chance", "promise",
                            "pledge", "willingness", "readiness", "hope", "threat", "risk", "fear", "danger"})
COLLECTIVE_NOUNS = frozenset({"set", "series", "wave", "string", "spate", "round", "package", "raft", "number", "host",
                              "day", "days", "week", "weeks", "night", "nights", "flurry", "rash", "campaign",
                              "exchange", "outbreak", "burst", "volley", "hail",
                              # "discovered a large amount of ammunition", "seized a batch of weapons"
                              "amount", "quantity", "batch", "lot", "haul", "stash", "consignment", "pile",
                              "assortment", "variety", "collection", "range", "array"})
STATISTIC_NOUNS = frozenset({"toll", "tally", "statistic", "statistics", "figure", "percent", "average", "total"})


WILLINGNESS = frozenset({"willing", "ready", "prepared", "eager", "keen", "open", "determined"})


def _willingness(verb: Any) -> str | None:
    """"is willing to provide", "stands ready to help": the adjective that frames the act as an offer."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in WILLINGNESS and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return head.lower_
    return None


def _fallback_subject(ctx: _Ctx, verb: Any) -> Any:
    """A root verb the parser left without a subject ("USAID had announced ..." with USAID read as
    an adverb): the first coded party before it that is not inside a prepositional phrase."""
    for t in verb.sent:
        if t.i >= verb.i:
            return None
        ent = ctx.entity_at.get(t.i)
        if ent is not None and ent.code and not any(a.dep_ == "prep" for a in t.ancestors):
            return t
    return None


def _obligation(verb: Any) -> str | None:
    """The deontic modal of a clause ("must ensure", "should withdraw"), which makes it a demand."""
    return next((c.lower_ for v in (verb, *syn.verb_chain(verb)) for c in v.children
                 if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)


def _subjunctive(verb: Any) -> bool:
    """"adamant that Yoon be removed", "demanded that he resign": a that-clause in the subjunctive
    (a bare "be" or a bare verb with no auxiliary) asks for the act rather than reports it."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    auxes = [c for v in (verb, *syn.verb_chain(verb)) for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes) or (verb.tag_ == "VB" and not auxes)


def _refused_future(verb: Any) -> bool:
    auxes = [c for v in (verb, *syn.verb_chain(verb)) for c in v.children if c.dep_ == "aux"]
    negs = [c for v in (verb, *syn.verb_chain(verb)) for c in v.children if c.dep_ == "neg"]
    return bool(negs) and any(a.lower_ in ("will", "wo", "shall", "would") for a in auxes)


def _wrapped_object(obj: Any) -> Any:
    """The noun a wrapper object stands for: "state of emergency" → emergency, "mediation effort" → mediation."""
    if obj.lemma_.lower() in QUANTITY_HEADS or obj.lemma_.lower() in COLLECTIVE_NOUNS or obj.like_num:
        # "dispatched hundreds of troops", "announced a set of new sanctions": what is counted.
        return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if obj.lemma_.lower() not in WRAPPER_NOUNS:
        return None
    if obj.lemma_.lower() == "state":
        return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    return next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


def _purpose_of_protest(ctx: _Ctx, verb: Any) -> bool:
    """"took to the streets to demand X": the demand is what the protest is about, not a second event."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    head = verb.head
    hit = _verb_trigger(ctx, head) if head.pos_ == "VERB" else None
    return hit is not None and hit[0].plover == "PROTEST"


def _is_reference(noun: Any) -> bool:
    """An event noun used as a time reference or an aggregate, not a new report."""
    if noun.dep_ == "pobj" and noun.head.lower_ in REFERENCE_PREPS:
        informative = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        # "after the attack" points back; "following a gas attack by rebels on the capital" reports one.
        return not (noun.head.lower_ in ("after", "following", "during", "amid") and informative)
    if noun.dep_ == "pobj" and noun.head.lower_ not in ("by",) and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.lemma_.lower() not in COLLECTIVE_NOUNS:
        # "victories in the offensive", "an agreement for troop withdrawal", "talks on a ceasefire":
        # an event noun inside another noun's phrase is its topic or a reference, not a report.
        return True
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "a", "1") for c in noun.children):
        return True
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in noun.children):
        return True  # "any U.S. attack would ...": a hypothetical or generic event, not a report
    return False


def _modality(verb: Any, ctx: _Ctx, date: Any) -> tuple[str, list[str]]:
    notes = []
    chain = list(syn.verb_chain(verb))
    auxes = [c for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")]
    # Negation reaches down into complements ("did not agree to withdraw") but not across
    # coordination ("denied attacking the city and accused the army").
    scope = [verb]
    cur = verb
    while (cur.dep_ in ("xcomp", "ccomp") or (cur.dep_ == "conj" and cur.head.dep_ in ("xcomp", "ccomp"))) \
            and cur.head.i != cur.i and len(scope) < 5:
        # "is not working to dismantle X and (to) arrest Y": a conjunct inside a complement shares its negation.
        cur = cur.head
        scope.append(cur)
    neg = any(c.dep_ == "neg" for v in scope for c in v.children)
    reporter = syn.governing_reporter(verb)
    if neg:
        return "negated", ["negation on the trigger's clause"]
    for v in scope[1:]:
        if v.lemma_ in syn.NEGATING_VERBS:
            return "negated", [f"governed by '{v.lemma_}'"]
    if reporter is not None and reporter.lemma_ in ("deny",) and verb.dep_ != "conj":
        return "negated", ["reported as denied"]
    if any(a.lower_ in syn.MODAL_FUTURE for a in auxes):
        return "future", ["future auxiliary"]
    if any(a.lower_ in syn.MODAL_HYPOTHETICAL for a in auxes):
        if "if" in {t.lower_ for t in verb.subtree} or any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in verb.children):
            return "hypothetical", ["conditional clause"]
        if any(a.lower_ == "would" for a in auxes) and reporter is not None:
            return "future", ["'would' in reported speech"]
        return "hypothetical", ["modal auxiliary"]
    if _subjunctive(verb):
        return "hypothetical", ["subjunctive ('that ... be removed'): wanted, not done"]
    if verb.dep_ == "xcomp" and verb.head.lemma_ in syn.FUTURE_HEADS and any(c.lower_ == "to" for c in verb.children):
        return "future", [f"'{verb.head.lemma_} to'"]
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and verb.head.lemma_ == "be":
        return "future", ["'is to'"]
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes) and any(a.lower_ in ("going",) for a in auxes):
        return "future", ["'going to'"]
    if date is not None and ctx.document.published and date.end_date and date.reference != "future":
        try:
            if int(ctx.document.published[:4]) - int(date.end_date[:4]) >= 2:
                return "historical", ["dated years before publication"]
        except ValueError:
            pass
    if date is not None and date.reference == "future":
        return "future", ["future time expression"]
    return "asserted", notes


_WEEKS_AGO = re.compile(r"\b(last|past|previous)\s+week\b|\ba\s+week\s+ago\b", re.I)


def _event_day(date: Any, published: str | None) -> str | None:
    """The event's date at its precision; "last week" is read as about seven days before
    publication (its mention keeps the calendar-week interval)."""
    if date.precision == "week" and published and _WEEKS_AGO.search(date.text or ""):
        from datetime import date as _date, timedelta

        try:
            return (_date.fromisoformat(published[:10]) - timedelta(days=7)).isoformat()
        except ValueError:
            return date.value
    return date.value


SIZE_VERBS = {"kill": "dead", "die": "dead", "slay": "dead", "execute": "dead", "massacre": "dead",
              "wound": "injured", "injure": "injured", "hurt": "injured",
              "arrest": "arrested", "detain": "arrested", "capture": "arrested", "jail": "arrested", "round": "arrested"}
SIZE_NOUNS = {"dead": "dead", "death": "dead", "fatality": "dead", "casualty": "dead", "body": "dead",
              "injury": "injured", "wounded": "injured", "arrest": "arrested", "prisoner": "arrested", "detainee": "arrested"}
SIZE_FIELDS_BY_TYPE = {"ASSAULT": ("dead", "injured", "arrested"), "COERCE": ("arrested", "dead", "injured"),
                       "PROTEST": ("crowd", "dead", "injured", "arrested")}


def _sizes(ctx: _Ctx, sent: Any, plover: str) -> dict[str, int]:
    """PLOVER size fields from the sentence's quantities: "troops killed 1,269 Libyan soldiers"
    (dead), "29 were killed and 58 wounded" (dead, injured), "hundreds of protesters" (crowd)."""
    wanted = SIZE_FIELDS_BY_TYPE.get(plover)
    if not wanted:
        return {}
    out: dict[str, int] = {}
    seen = set()
    for i in range(sent.start, sent.end):
        q = ctx.quantity_at.get(i)
        if q is None or id(q) in seen or not isinstance(q.value, (int, float)) or q.unit not in (None, "people"):
            continue
        seen.add(id(q))
        tok = sent.doc[i]
        field_name = None
        cur = tok
        for _ in range(5):  # from the number up to the verb or noun that says what happened to them
            lemma = cur.lemma_.lower()
            if lemma in SIZE_NOUNS and cur.i != tok.i:
                field_name = SIZE_NOUNS[lemma]
                break
            if cur.pos_ in ("VERB", "AUX", "ADJ") and lemma in SIZE_VERBS:
                field_name = SIZE_VERBS[lemma]
                break
            if cur.pos_ == "VERB" and cur.dep_ == "conj" and cur.head.lemma_.lower() in SIZE_VERBS and lemma in ("wound", "injure"):
                field_name = "injured"
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
        if field_name is None and plover == "PROTEST" and q.of and any(w in q.of.lower() for w in PROTESTER_WORDS + ("people",)):
            field_name = "crowd"
        if field_name in wanted and field_name not in out:
            out[field_name] = int(q.value)
    return out


THREAT_MODES = {"ASSAULT": "violence", "COERCE": "arrest", "SANCTION": "relations", "MOBILIZE": "violence"}


def _conditional(verb: Any) -> bool:
    """Whether the verb's clause carries an 'if'/'unless' condition."""
    for v in (verb, *syn.verb_chain(verb)):
        for c in v.children:
            if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children if m.dep_ == "mark"):
                return True
    return False


# Conflict and demand events are between two parties; when the syntax names only the actor, the
# other state named in the same sentence is almost always the recipient.
DYADIC = frozenset({"SANCTION", "THREATEN", "ACCUSE", "REJECT", "REQUEST", "ASSAULT", "COERCE"})


def _other_party(ctx: _Ctx, sent: Any, tok: Any, actors: list[Actor], skip: set[int] | frozenset[int] = frozenset()) -> Entity | None:
    mine = {a.code for a in actors}
    for i in range(sent.start, sent.end):
        if i in skip:
            continue
        ent = ctx.entity_at.get(i)
        if ent is None or not ent.code or ent.code in mine or len(ent.code) != 3 or ent.code in NON_STATE_CODES:
            continue
        place = ctx.place_at.get(i)
        if place is not None and len(place.text) > len(ent.text) and place.country_code != ent.code:
            continue  # "China" in "the East China Sea" names a sea, not a party
        tok_i = sent.doc[i]
        if tok_i.dep_ in ("nsubj", "nsubjpass") and tok_i.head.i != tok.i:
            continue  # the subject of another clause is that clause's actor
        return ent
    return None


def _context(sentence_text: str) -> list[str]:
    low = sentence_text.lower()
    out = []
    for name, cues in CONTEXT_CUES.items():
        if any(f" {c}" in f" {low}" for c in cues):
            out.append(name)
    return out


def _event_id(doc_id: str, start: int, plover: str) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{plover}".encode()).hexdigest()[:16]


def _confidence(trigger: Trigger, how: str, actors: list[Actor], recipients: list[Actor], modality: str, noun: bool) -> float:
    score = 0.45 if noun else 0.55
    if "light verb" in how or trigger.obj or trigger.prep:
        score += 0.15
    # A coded party is strong evidence; a party known only by its kind ("government troops") is some.
    if any(a.code for a in actors):
        score += 0.15
    elif any(a.sector for a in actors):
        score += 0.08
    if any(a.code for a in recipients):
        score += 0.1
    elif any(a.sector for a in recipients):
        score += 0.05
    if modality in ("hypothetical",):
        score -= 0.1
    elif modality == "negated":
        # What did not happen is rarely what an analyst counts (1 of 8 negated events matched our
        # development gold): such events stay visible below the default threshold.
        score -= 0.15
    if trigger.source == "cameo-syn":
        score -= 0.1  # a WordNet-style synonym of a CAMEO verb, not the verb itself: 9 of 26 right in development
    return round(max(0.05, min(0.95, score)), 2)


def code_document(work: Any, config: Any) -> list[Event]:
    parsed = work.parsed
    document = work.doc
    ctx = _Ctx(parsed, document, Lexicon.default(), kb=work.notes.get("kb"))
    ctx.entity_at = _token_index(parsed, [e for e in document.entities if e.code or e.sector])
    ctx.place_at = _token_index(parsed, document.places)
    ctx.date_at = _token_index(parsed, document.dates)
    ctx.dated_noun = _dated_nouns(ctx.date_at, parsed)
    ctx.doc_country = _dominant_country(document)
    ctx.home_country = _home_country(document)
    ctx.story_pair = _country_pair(document)
    ctx.quantity_at = _token_index(parsed, document.quantities)
    if document.dateline:
        ctx.dateline_place = next((p for p in document.places if p.start < 80 and document.dateline.startswith(p.text[:3])), None)
        ctx.dateline_tokens = frozenset(i for i, p in ctx.place_at.items() if p is ctx.dateline_place)
    events: list[Event] = []
    # Only attacks that will be output have tolls ("two people were killed in the strikes").
    floor = config["events.min_confidence"] if config is not None else 0.0
    keep = config["events.keep_unresolved"] if config is not None else True
    sents = list(parsed.sents)
    for i, sent in enumerate(sents):
        ctx.sent_index = i
        found = _code_sentence(ctx, sent)
        events.extend(found)
        ctx.assaults_before = ctx.assaults_before or any(
            e.event == "ASSAULT" and reportable(e, min_confidence=floor, keep_unresolved=keep, report_negated=False)
            for e in found)
    _mark_disputes(events, document.text)
    return events


_CONTRARY = re.compile(r"\b(but|however|while|whereas)\b[^.]{0,160}\b(said|says|denied|denies|dismissed|rejected|"
                       r"insisted|maintained)\b|\b(denied|denies|dismissed|rejected|disputed)\b", re.I)


def _mark_disputes(events: list[Event], text: str) -> None:
    """A claimed event is disputed when the article gives a contrary account right after it
    ("the Taliban claimed they shot it down, but the military said there was no enemy fire")."""
    for ev in events:
        if ev.claim_status != "claimed":
            continue
        after = text[ev.explanation.trigger_end if ev.explanation else ev.text_info.start: ev.text_info.end + 400]
        if _CONTRARY.search(after):
            ev.claim_status = "disputed"
            if ev.explanation is not None:
                ev.explanation.notes.append("disputed: a contrary account follows in the article")


def _claimed_event(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"The Taliban claimed responsibility for the attack": the claimant is the actor of the
    attack, and the event is only claimed (``claim_status``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    obj = syn.first_child(verb, "dobj")
    if obj is None or obj.lemma_.lower() != "responsibility":
        return None
    for target in syn.prep_objects(obj, ("for",)) + syn.prep_objects(verb, ("for",)):
        cands = ctx.lexicon.noun_candidates(target.lemma_.lower())
        if cands:
            return cands[0], f"claim of responsibility for '{target.lemma_}'"
    return None


# Veto thresholds measured by cross-validation on the training part (docs/sentence-model.md):
# about 95% of the sentences they drop report no event, and they drop ~0.2% of real ones.
VETO_QUAD0 = 0.8
VETO_EXEMPT = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# Share of the sentence model in an event's confidence (tuned on the training part only).
MODEL_WEIGHT = 0.3
RETYPE_MIN = 0.7
FALLBACK_MIN = 0.7
VETO_NONE = 0.7
# The quad head may reshape the type probabilities (P(type) * P(quad of type) ** QUAD_WEIGHT). Off:
# out of fold (scripts/train_sentence_model.py --pipeline-cv) 2.0 picks better top events, but
# the same sharper probabilities let more fallback events through and cost article precision
# (docs/sentence-model.md).
QUAD_WEIGHT = 0.0
# _choose's ratio rule: the model's preferred rival type wins by this factor or more.
RIVAL_RATIO = 2.0


def _sentence_probs(text: str) -> tuple[dict[str, float], dict[int, float]]:
    from ._classifier import SentenceModel

    return SentenceModel.default().predict_joint(text, QUAD_WEIGHT)  # one featurisation for both heads


def _model_trigger(ctx: _Ctx, sent: Any) -> tuple[Any, Trigger, str, bool] | None:
    """When no lexicon trigger fired but the sentence model is confident of a type, the main
    verb carries that type (recall for wordings the lexicon lacks); roles still come from the parse."""
    probs = ctx.type_probs or {}
    p_event = 1.0 - probs.get("NONE", 0.0)
    best = max((t for t in probs if t != "NONE"), key=lambda t: probs[t], default=None)
    if best is None or p_event < 0.5 or probs[best] / max(p_event, 1e-6) < FALLBACK_MIN:
        return None
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in syn.REPORTING_VERBS:
        root = next((t for t in ctx.sent_tokens if t.pos_ == "VERB" and t.lemma_.lower() not in syn.REPORTING_VERBS
                     and t.dep_ not in ("amod", "compound")), None)
    if root is None or root.lemma_.lower() in ("be", "have"):
        return None
    trig = Trigger(root.lemma_.lower(), None, None, None, best, None, ctx.lexicon.quad(best), None, 0.5, "model")
    return root, trig, f"sentence model ({best}, P = {probs[best] / p_event:.2f}) on the main verb '{root.lemma_}'", False


def _reciprocal_object(verb: Any) -> bool:
    """"attacked each other", "accused one another"."""
    objects = [*verb.children, *(p for prep in verb.children if prep.dep_ == "prep" for p in prep.children)]
    objects += [p for o in objects if o.dep_ == "dobj" for p in o.children if p.dep_ == "poss"]  # "each other's policies"
    return any(c.dep_ in ("dobj", "pobj", "poss") and {c.lower_, *(d.lower_ for d in c.children if d.dep_ != "case")} in
               ({"other", "each"}, {"another", "one"}) for c in objects)


def _shouting(toks: list[Any]) -> bool:
    """All-capitals headlines parse as noise; their events are repeated in the body anyway."""
    letters = [t for t in toks if t.is_alpha and len(t) > 1]
    return len(letters) >= 3 and sum(t.is_upper for t in letters) / len(letters) > 0.6


def _code_sentence(ctx: _Ctx, sent: Any) -> list[Event]:
    found: list[tuple[Any, Trigger, str, bool]] = []
    consumed: set[int] = set()
    toks = list(sent)  # one Token object per token: iterating a Span builds new ones every time
    ctx.sent_tokens = toks
    if _shouting(toks):
        return []
    if sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return []  # "What charges does Assange face?": a question (often a subheading) reports nothing
    lex = ctx.lexicon
    has_party = any(i in ctx.entity_at or i in ctx.place_at for i in range(sent.start, sent.end))
    if not has_party and not any((t.pos_ == "VERB" and lex.verb_candidates(t.lemma_.lower())) or
                                 (t.pos_ == "NOUN" and lex.noun_candidates(t.lemma_.lower())) for t in toks):
        # No trigger and nobody to act: nothing could be coded, so the sentence model is not consulted.
        return []
    ctx.type_probs, quad_probs = _sentence_probs(sent.text)
    # When the sentence model is confident the sentence reports no event, only triggers with
    # specific evidence (an idiom, a light verb with its object, a constrained pattern) survive.
    veto = quad_probs.get(0, 0.0) > VETO_QUAD0 or ctx.type_probs.get("NONE", 0.0) > VETO_NONE
    statistics = any(t.lemma_.lower() in STATISTIC_NOUNS and not _people_figures(t) for t in toks)
    for tok in toks:
        # Participles used as modifiers ("enemy-occupied territory", "government-held city") describe.
        claim = _claimed_event(ctx, tok)
        if claim is not None:
            found.append((tok, claim[0], claim[1], False))
            continue
        if tok.pos_ == "VERB" and (tok.dep_ not in ("amod", "compound") or _headline_svo(ctx, tok) is not None) \
                and tok.lower_ != "according":
            reporting = tok.lemma_.lower() in syn.REPORTING_VERBS
            if not reporting and _purpose_of_protest(ctx, tok):
                consumed.update(c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
                continue
            hit = _verb_trigger(ctx, tok)
            if hit and reporting and hit[0].source != "light":
                hit = None  # a reporting verb reports, unless its object makes an act: "declared a state of siege"
            if hit:
                found.append((tok, hit[0], hit[1], False))
                for c in tok.children:
                    if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                        consumed.add(c.i)
                    if c.dep_ == "prep":
                        consumed.update(p.i for p in c.children if p.dep_ == "pobj")
    for tok in toks:
        if tok.pos_ != "NOUN" or tok.i in consumed or _is_reference(tok) or statistics:
            continue
        cands = ctx.lexicon.noun_candidates(tok.lemma_.lower())
        if not cands:
            continue
        if tok.lemma_.lower() == "call" and (syn.prep_objects(tok, ("with",)) or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("telephone", "phone") for c in tok.children)):
            # "in separate calls with Prime Minister Sharon", "a telephone call": a conversation, not an appeal
            cands = [replace(t, mode="phone") for t in ctx.lexicon.noun_candidates("conversation")] or cands
        if tok.dep_ in ("nsubj", "attr") and tok.head.lemma_ == "be" and \
                not any(c.dep_ == "expl" for c in tok.head.children) and \
                not (tok.head.i > 0 and ctx.doc[tok.head.i - 1].lower_ == "there") and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            continue  # "a nuclear terrorist attack is the main danger": a kind of event, not one event
        if tok.lemma_.lower() == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                not any(c.dep_ == "det" for c in tok.children):
            continue  # "he was in charge of Ukraine": command, not an indictment
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in tok.head.children):
            continue  # "It was the most deadly attack in a decade": a judgement on an event already told
        # An event noun counts only as the content of a clause ("talks took place", "in a coup"),
        # not inside an argument of an already coded event.
        head_verb = syn.clause_head(tok)
        if head_verb.lemma_.lower() in syn.REPORTING_VERBS and any(a.dep_ in ("nsubj", "nsubjpass") for a in _path(tok, head_verb)):
            continue  # "two officials familiar with the talks said": the source, not an event
        if any(head_verb.i == f[0].i and (tok.dep_ != "nsubj" or f[1].plover == cands[0].plover) for f in found):
            continue
        found.append((tok, cands[0], f"event noun '{tok.lemma_}'", True))
    # What is requested, threatened, promised or refused is the content of that event, not an
    # event of its own: "called on Baghdad's allies to discontinue support", "agreed to reopen".
    content: set[int] = set()
    for k, (tok, trig, how, noun) in enumerate(found):
        # Manual: a promise or decision to make a concession ("decided to stop suicide attacks",
        # "agreed to release the prisoners") is itself CONCEDE, not AGREE.
        if trig.plover == "AGREE" and not noun:
            inner = {t.i for c in tok.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree}
            yielded = next((f for f in found if f[0].i in inner and f[1].plover in ("CONCEDE", "RETREAT")), None)
            if yielded is not None:
                found[k] = (tok, replace(trig, plover="CONCEDE", mode=None, quad=lex.quad("CONCEDE"), source="light"),
                            f"{how}; {PROMISED_CONCESSION} ('{yielded[0].lemma_}')", noun)
    for tok, trig, how, noun in found:
        if noun:
            continue
        for c in tok.children:
            infinitive = any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            if trig.plover in CONTENT_TAKING and (c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and infinitive)):
                if tok.lemma_.lower() in syn.NEGATING_VERBS and trig.plover == "REJECT" and not infinitive:
                    continue  # "denied carrying out the strike": the strike is coded too, as negated
                content.update(t.i for t in c.subtree)
            elif trig.plover in ("ACCUSE",) and c.dep_ == "prep" and c.lower_ in ("of", "for"):
                content.update(t.i for t in c.subtree)  # "accused X of attempting to sabotage": the allegation
            elif c.dep_ in ("advcl", "xcomp") and infinitive and trig.plover != "PROTEST":
                content.update(t.i for t in c.subtree)  # "put forces on standby to evacuate": an aim, not an event
    for tok in toks:
        lemma = tok.lemma_.lower()
        wished = lemma in ("like", "love") and any(c.lower_ in ("would", "'d") for c in tok.children)
        obliged = lemma == "have" and tok.tag_ != "VBD" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                                   for c in tok.children)
        if (lemma in NON_FACTIVE or wished or obliged) and tok.pos_ in ("VERB", "AUX"):
            # "hoped the swap would pave the way for talks", "fears an attack", "would like to see China
            # agree", "will have to make a deal": wished for or required, not asserted
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and lemma in NON_FACTIVE):
                    content.update(t.i for t in c.subtree)
        elif tok.dep_ == "acl" and tok.pos_ == "VERB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in tok.children):
            content.update(t.i for t in tok.subtree)  # "a plan to impeach", "the only way to resign": intentions
        elif tok.dep_ == "advcl" and tok.pos_ == "VERB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in tok.children) \
                and tok.head.pos_ in ("VERB", "AUX") and lemma not in VOICED_AIMS:
            # "is working to dismantle X and arrest Y": an aim; but turning out "to demand justice"
            # voices the demand there and then.
            content.update(t.i for t in tok.subtree)
        elif any(m.dep_ == "mark" and m.lower_ == "whether" for m in tok.children):
            content.update(t.i for t in tok.subtree)  # "whether Trump will agree to remove tariffs": open
        elif lemma in PROPOSAL_NOUNS and tok.pos_ == "NOUN":
            # "his offer of holding talks", "the prospect of sanctions": what is offered or in prospect
            # has not happened; the offer is the event.
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                    content.update(t.i for t in c.subtree)
    found = [f for f in found if f[0].i not in content and not (f[1].source == "cameo-syn" and not f[3]
                                                                and _thing_subject(ctx, f[0]))]
    if veto:
        # Appeals and accusations are PLOVER events even where the training labels call such
        # statements neutral (ConfliBERT's convention), so the veto spares them.
        # So does a claim of responsibility, as explicit as reporting gets.
        found = [f for f in found if f[1].plover in VETO_EXEMPT or "claim of responsibility" in f[2]
                 or _claimed_act(f[0]) or (not f[3] and (f[1].source == "light" or f[1].obj or f[1].prep or f[1].particle))]
    if not found and not veto and ctx.type_probs:
        fallback = _model_trigger(ctx, sent)
        if fallback is not None:
            found.append(fallback)
    events = []
    for tok, trig, how, noun in found:
        ev = _build_event(ctx, sent, tok, trig, how, noun)
        if ev is not None:
            events.append(ev)
    return events


def _build_event(ctx: _Ctx, sent: Any, tok: Any, trig: Trigger, how: str, noun: bool) -> Event | None:
    notes: list[str] = []
    verb = tok if not noun else syn.clause_head(tok)
    # Accidents and disasters are not political events: "killed in a helicopter crash",
    # "an earthquake struck Lombok, killing two".
    if trig.plover == "ASSAULT" and any(t.lemma_.lower() in ACCIDENT_NOUNS and t.dep_ == "pobj" and not _armed(t)
                                       for t in ctx.sent_tokens) \
            and tok.lemma_ in ("kill", "die", "injure", "wound", "death"):
        return None
    if trig.plover == "ASSAULT" and any(v.lemma_.lower() in ACCIDENT_VERBS and not (v.i == verb.i and trig.obj) for v in [
            verb, *syn.verb_chain(verb), verb.head, *(c for c in verb.children if c.dep_ == "advcl")]):
        return None  # "a helicopter crashed, killing two soldiers", "were killed when their helicopter crashed"
    causer = syn.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if causer is not None and (causer.lemma_.lower() in DISASTER_NOUNS or
                               any(c.lemma_.lower() in DISASTER_NOUNS for c in causer.children if c.dep_ in ("compound", "amod"))):
        return None
    date_own, date_other = (d if d is None or ctx.dated_noun.get(id(d), tok.i) == tok.i else None
                            for d in _attached(ctx.date_at, verb, sent))
    if date_own is None and verb.dep_ == "relcl":
        # "a 1996 siege in which 200 people died": the relative clause shares its noun's date.
        date_own = next((d for i, d in ctx.date_at.items() if ctx.dated_noun.get(id(d)) == verb.head.i), None) or date_own
    place_own, place_other = _attached(ctx.place_at, verb, sent, locative=True, exclude=ctx.dateline_tokens)
    if trig.plover == "ASSAULT" and ctx.assaults_before and not noun and tok.lemma_.lower() in CASUALTY_VERBS and \
            (tok.lemma_.lower() in VICTIM_VERBS or (syn.is_passive(tok) and syn.agent_of(tok) is None)):
        # After the story has reported an attack, "two people were killed in the strikes" or "about
        # 50 other people were wounded" is its toll, not a new attack: unless a new event ("in an
        # ambush") or a place of its own is named.
        refs = [r for r in syn.prep_objects(tok, ("in", "during")) if ctx.lexicon.noun_candidates(r.lemma_.lower())]
        if tok.dep_ == "relcl":  # "an exchange of gunfire in which two sailors were injured"
            refs += [r for r in [tok.head, *syn.prep_objects(tok.head, ("of",))]
                     if ctx.lexicon.noun_candidates(r.lemma_.lower())]
        definite = any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
                       for r in refs for c in r.children)
        if definite or (not refs and place_own is None):
            return None
    context_country = (place_own or place_other).country_code if (place_own or place_other) is not None else None
    if context_country is None:
        # An agent without a country ("troops", "gunmen") belongs to the reporting party's country
        # ("Chad's high command said troops killed ..."), else to the country the article is about.
        reporter = syn.governing_reporter(verb) if verb.pos_ in ("VERB", "AUX") else None
        rep_subj = syn.subject_of(reporter) if reporter is not None else None
        rep_ent = ctx.entity_at.get(rep_subj.i) if rep_subj is not None else None
        if rep_ent is None and rep_subj is not None:
            rep_ent = next((ctx.entity_at[t.i] for t in rep_subj.subtree if t.i in ctx.entity_at and ctx.entity_at[t.i].code), None)
        context_country = (rep_ent.code if rep_ent is not None and rep_ent.code and len(rep_ent.code) == 3
                           and rep_ent.code not in NON_STATE_CODES else None) or ctx.doc_country

    actors: list[Actor] = []
    recipients: list[Actor] = []
    subj_tokens: set[int] = set()
    subj = None
    if not noun:
        passive = syn.is_passive(tok)
        subj = syn.agent_of(tok) if passive else syn.subject_of(tok)
        if passive and subj is None:
            # "X was attacked when gunmen from Hamas infiltrated": the 'when' clause names the attacker.
            for c in tok.children:
                if c.dep_ == "advcl" and any(m.lower_ in ("when", "as", "after") for m in c.children if m.dep_ == "mark"):
                    subj = syn.first_child(c, "nsubj")
                    if subj is not None:
                        notes.append(f"actor from the '{c.text}' clause")
                        break
        headline = _headline_svo(ctx, tok)
        if subj is None and headline is not None:
            subj = headline[0]
            notes.append(f"'{subj.text} {tok.text} {headline[1].text}' misparsed as a name: read as subject-verb-object")
        if subj is None and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN") \
                and syn.first_child(tok, "dobj") is not None:
            # "The leader of Ennahda, Rachid Ghannouchi, condemned the attack" parsed as a noun with a
            # participle: a verb with an object of its own, in a sentence with no other verb, is the main one.
            subj = tok.head
            notes.append(f"no parsed main verb: '{subj.text}' is the subject")
        if subj is None and _claimed_act(tok):
            # "the Taliban claimed responsibility for shooting down the helicopter": the claimant acts.
            subj = syn.subject_of(tok.head.head.head)
            if subj is not None:
                how += f"; claim of responsibility by '{subj.text}'"
                notes.append(f"actor: '{subj.text}' claimed responsibility")
        if subj is None and not passive and tok.dep_ == "ROOT":
            subj = _fallback_subject(ctx, tok)
            if subj is not None:
                notes.append(f"no parsed subject: the named party before the verb ('{subj.text}')")
        if subj is not None and trig.quad in (1, 2) and subj.pos_ == "NOUN" and subj.i not in ctx.entity_at and \
                not (trig.obj or trig.prep or trig.particle or trig.source == "light") and \
                (ctx.lexicon.noun_candidates(subj.lemma_.lower()) or subj.lemma_.lower() in WRAPPER_NOUNS):
            return None  # "a prolonged trade war offers Trump advantages", "the attack would unite Tunisians"
        if subj is not None and subj.i < tok.i:
            subj_tokens = {t.i for t in subj.subtree}
        # "X, along with Y, have ended ..., withdrawn ... and forged ...": the partners hang on the
        # subject's own verb and act in every coordinated event.
        hosts = {tok.i: tok}
        if subj is not None and subj.head.pos_ in ("VERB", "AUX"):
            hosts[subj.head.i] = subj.head
        partners = [p for h in hosts.values() for a in h.children if a.dep_ == "prep" and a.lower_ == "along"
                    for w in a.children if w.dep_ == "prep" and w.lower_ == "with" for p in syn.children(w, "pobj")]
        subj_tokens.update(t.i for p in partners for t in p.subtree)
        victim = None
        if subj is not None and not passive and tok.lemma_.lower() in VICTIM_VERBS:
            # "Four protesters died from gunfire": the subject of 'die' suffered the event.
            victim, subj = subj, None
            notes.append(f"'{tok.lemma_}': its subject '{victim.text}' is the victim")
        if subj is not None:
            actors = _resolve_head(ctx, subj, context_country=context_country, role="actor")
            notes.append(f"actor from {'agent' if passive else subj.dep_} '{subj.text}'")
        for partner in partners:
            actors.extend(_resolve_head(ctx, partner, context_country=context_country, role="actor"))
        between = syn.prep_objects(tok, ("between", "among"))
        if between and trig.plover in RECIPROCAL:
            # "an agreement was reached between X and Y": every party is an actor.
            for b in between:
                actors.extend(_entities_in(ctx, b) or _resolve_head(ctx, b, context_country=context_country))
            notes.append("reciprocal: parties after 'between' are actors")
        ctx.current_actors = actors
        ctx.current_plural = subj is not None and (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children))
        ctx.current_person = subj is not None and (subj.ent_type_ == "PERSON" or getattr(ctx.entity_at.get(subj.i), "label", None) == "PERSON")
        objs = [c for c in tok.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))
                or (c.dep_ == "oprd" and c.ent_type_ == "PERSON")]  # "called [named] Erdogan": a misparsed object
        if victim is not None:
            objs.append(victim)
        if not objs and _headline_svo(ctx, tok) is not None:
            # The object's parsed phrase swallows subject and verb: take only its own named party.
            ent = ctx.entity_at.get(tok.head.i)
            if ent is not None and ent.code:
                recipients.append(_actor(ent.text, ent.code, ent.sector))
            elif tok.head.pos_ == "PROPN":
                recipients.append(_actor(tok.head.text, None, None, office=UNRESOLVED))  # named, not guessed
        if passive and not objs and tok.dep_ in ("advcl", "xcomp", "pcomp") and tok.head.pos_ in ("VERB", "AUX", "ADP"):
            # "... before being killed by the army": the undergoer is the main clause's subject.
            head_subj = syn.subject_of(syn.clause_head(tok.head))
            if head_subj is not None:
                objs = [head_subj]
        if trig.plover == "MOBILIZE":
            # "deploy 200 police officers": what is mobilised is the actor's own, not a recipient;
            # "Pakistani troops were deployed along the border": without an agent, the forces act.
            if passive and not actors and objs:
                actors = _resolve_head(ctx, objs[0], context_country=context_country, role="actor")
                if actors:
                    notes.append(f"actor: the mobilised '{objs[0].text}'")
            objs = []
        # A light verb's object carries the target: "dealt blows on the Iraqi war machine".
        for o in list(objs):
            if ctx.lexicon.noun_candidates(o.lemma_.lower()) or o.lemma_.lower() in ("blow", "fire", "strike"):
                objs.extend(syn.prep_objects(o, ("against", "on", "at", "to", "with")))
            elif trig.obj and o.lemma_.lower() == trig.obj:
                # "attacked the government's plans": whose thing it is; "expressed support for Israel",
                # "lodged a protest with Tokyo": the object's own prepositions name whom it is aimed at.
                owners = [c for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                objs.extend(owners or syn.prep_objects(o, RECIPIENT_PREPS.get(trig.plover, ()) + ("against", "with")))
        if not objs and not passive and tok.dep_ == "relcl" and syn.first_child(tok, "nsubj") is not None \
                and syn.first_child(tok, "nsubj").tag_ not in ("WDT", "WP"):
            objs = [tok.head]  # "officials it accuses of rigging": the head noun is the object
        rprep = RECIPIENT_PREPS.get(trig.plover, ())
        if trig.plover == "ACCUSE" and objs:
            rprep = tuple(p for p in rprep if p != "of")  # "accused his rivals of sympathizing with X": X is the allegation
        preps = [o for o in syn.prep_objects(tok, rprep + ("such as",)) if o not in between]
        object_country = context_country
        home = next((a.code for a in actors if a.code and len(a.code) == 3 and a.code.isalpha()
                     and a.code not in NON_STATE_CODES), None) if trig.plover == "COERCE" else None
        if home is not None:
            # "Arafat ... arrested dozens of militants": a state arrests, bans and closes down on its
            # own ground, so a bare agent it acts on is its own national, wherever else the sentence points.
            object_country = home
        for o in preps + objs:
            got = _resolve_head(ctx, o, context_country=object_country)
            if got and all(a.office == OWN_ASSET for a in got):
                # "recalled its ambassador from Canada", "moved its troops into Syria": the actor's own
                # people or forces are no recipient, but where they are sent from or to names one.
                for p in syn.prep_objects(o, ("from", "to", "in", "into")):
                    got = got + _resolve_head(ctx, p, context_country=context_country)
            if not got:
                # The object may be a thing whose attachments name the party:
                # "ended agreements with Washington", "revoked an agreement that allowed U.S. personnel".
                got = _entities_in(ctx, o)
            recipients.extend(got)
            if got:
                notes.append(f"recipient from '{o.text}'")
        if trig.plover == "REQUEST" and not recipients:
            # "Beijing wants Trump to eliminate tariffs", "demanded that Israel withdraw": the party
            # asked to act is the subject of what is asked.
            for c in tok.children:
                asked = syn.first_child(c, "nsubj") if c.dep_ in ("ccomp", "xcomp") or (
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)) else None
                if asked is not None and asked.tag_ not in ("WDT", "WP"):
                    got = _resolve_head(ctx, asked, context_country=context_country)
                    recipients.extend(got)
                    if got:
                        notes.append(f"recipient: '{asked.text}' is asked to {c.lemma_}")
        if trig.plover in ("REQUEST", "PROTEST") and not recipients:
            # "demanded the resignation of Carrie Lam", "called for Yoon's ouster": who is to go is
            # whom the demand is aimed at.
            for o in objs + syn.prep_objects(tok, ("for",)):
                if o.lemma_.lower() in REMOVAL_NOUNS:
                    whom = [c for c in o.children if c.dep_ == "poss"] + syn.prep_objects(o, ("of",))
                    for w in whom:
                        got = _resolve_head(ctx, w, context_country=context_country) or _entities_in(ctx, w)
                        recipients.extend(got)
                        if got:
                            notes.append(f"recipient: whose '{o.lemma_}' is demanded ('{w.text}')")
        if trig.plover == "PROTEST" and not recipients:
            # "took to the streets to demand the withdrawal of U.S. troops": the demand names the target.
            for c in tok.children:
                if c.dep_ in ("advcl", "xcomp"):
                    got = _entities_in(ctx, c)
                    recipients.extend(got)
                    if got:
                        notes.append(f"target from the purpose clause '{c.text}'")
    else:
        # Event nouns: the possessor or modifier acts ("Iran's offensive"), "against"/"with" names the other side.
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod") and (c.i in ctx.entity_at or (c.dep_ == "poss" and c.pos_ == "PRON")):
                actors.extend(_resolve_head(ctx, c, context_country=context_country, role="actor"))
        partners = syn.prep_objects(tok, ("with",)) if trig.plover in RECIPROCAL else []
        for o in syn.prep_objects(tok, RECIPIENT_PREPS.get(trig.plover, ()) + ("between", "by", "among")):
            got = _resolve_head(ctx, o, context_country=context_country) or _entities_in(ctx, o)
            if trig.plover in RECIPROCAL or o.head.lower_ in ("by", "between", "among"):
                actors.extend(got)
            else:
                recipients.extend(got)
        host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") else None
        if partners and host is not None and host.pos_ in ("VERB", "AUX"):
            # "Chirac said ..., in separate calls with Sharon": who speaks in the calls takes part in them.
            speaker = syn.agent_of(host) if syn.is_passive(host) else syn.subject_of(host)
            if speaker is not None:
                got = _resolve_head(ctx, speaker, context_country=context_country, role="actor")
                actors.extend(a for a in got if a.code not in {x.code for x in actors})
                if got:
                    notes.append(f"'{speaker.text}' takes part in the {tok.lemma_} it happened in")
        undergoes = tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.i == verb.i
        if undergoes and not recipients:
            # "are under house arrest", "came under attack": the subject suffers the event.
            subj = syn.subject_of(verb)
            if subj is not None:
                recipients = _resolve_head(ctx, subj, context_country=context_country)
                notes.append(f"recipient: '{subj.text}' is under {tok.lemma_}")
        elif not actors and tok.dep_ in ("dobj", "pobj") and verb.i != tok.i:
            subj = syn.subject_of(verb) or (_fallback_subject(ctx, verb) if verb.dep_ == "ROOT" else None)
            root_party = ctx.entity_at.get(verb.i) if subj is None and verb.pos_ == "PROPN" and verb.dep_ == "ROOT" else None
            if root_party is not None and root_party.code:
                # "ECOWAS imposed sanctions" misparsed with ECOWAS as the root: the party acts.
                actors = [_actor(root_party.text, root_party.code, root_party.sector)]
            elif subj is not None:
                actors = _resolve_head(ctx, subj, context_country=context_country, role="actor")
    if not noun and tok.lemma_.lower() in UNDERGOING_VERBS and actors:
        # "Zimbabwe faces suspension from the Commonwealth", "faced criticism from Washington": the
        # subject undergoes the act; the party after "from" or "by" does it.
        doers = [p for o in [tok, *(c for c in tok.children if c.dep_ == "dobj")] for p in syn.prep_objects(o, ("from", "by"))]
        recipients = actors
        actors = [a for d in doers for a in (_resolve_head(ctx, d, context_country=context_country, role="actor")
                                             or _entities_in(ctx, d))]
        notes[:] = [n for n in notes if not n.startswith(("actor from", "recipient from"))]
        notes.append(f"'{tok.lemma_}': its subject undergoes the act; the actor is whoever it comes from")
    if trig.plover in RECIPROCAL and not actors and recipients:
        actors, recipients = recipients, []
    weak = noun or not (trig.source == "light" or trig.obj or trig.prep or trig.particle)
    if weak and ctx.type_probs:
        # A bare trigger word says little about the type ("hit", "took", "attack"): when the
        # sentence model is confident of another type (≥ 0.7, right 94% of the time in
        # cross-validation) and gives the lexicon's type almost nothing, the model's type wins.
        p_none = ctx.type_probs.get("NONE", 0.0)
        best_type = max((t for t in ctx.type_probs if t != "NONE"), key=lambda t: ctx.type_probs[t])
        p_best = ctx.type_probs[best_type] / max(1e-6, 1 - p_none)
        p_rule = ctx.type_probs.get(trig.plover, 0.0) / max(1e-6, 1 - p_none)
        same_kind = ctx.lexicon.quad(best_type) == trig.quad
        # Only within the same quad class: "accused X of shelling" stays an accusation however violent
        # the sentence sounds, and a slaughter never becomes a withdrawal.
        # A meeting that took place stays CONSULT: the model, trained on stories where meetings end in
        # agreements, reads "met" as AGREE (PLOVER codes only future meetings as AGREE).
        met = trig.plover == "CONSULT" and best_type == "AGREE" and not noun
        if best_type != trig.plover and same_kind and p_best >= RETYPE_MIN and p_rule < 0.1 and not met:
            notes.append(f"retyped {trig.plover} -> {best_type}: sentence model P = {p_best:.2f}")
            trig = Trigger(trig.lemma, trig.particle, trig.prep, trig.obj, best_type, None, ctx.lexicon.quad(best_type),
                           trig.cameo, trig.weight, trig.source)
    if trig.plover == "ASSAULT" and tok.lemma_.lower() == "attack" and not noun and actors and \
            all(a.sector in ("PTY", "LEG") for a in actors):
        # "Labour and Conservative candidates attacked each other": politicians attack with words.
        trig = Trigger(trig.lemma, trig.particle, trig.prep, trig.obj, "ACCUSE", "disapprove", ctx.lexicon.quad("ACCUSE"),
                       trig.cameo, trig.weight, trig.source)
        notes.append("an attack by politicians is verbal: ACCUSE")
    elif trig.plover in ("ASSAULT", "COERCE") and _protesters(actors):
        # Protesters who throw rocks or torch shops are rioting: PLOVER's PROTEST riot.
        trig = Trigger(trig.lemma, trig.particle, trig.prep, trig.obj, "PROTEST", "riot", ctx.lexicon.quad("PROTEST"),
                       trig.cameo, trig.weight, trig.source)
        notes.append("violence by protesters is PROTEST riot")
    elif trig.plover == "REQUEST" and _protesters(actors):
        trig = Trigger(trig.lemma, trig.particle, trig.prep, trig.obj, "PROTEST", "demo", ctx.lexicon.quad("PROTEST"),
                       trig.cameo, trig.weight, trig.source)
        notes.append("protesters' demands are coded as their PROTEST")
    elif trig.plover == "CONSULT" and not noun and tok.lemma_.lower() in GATHERING_VERBS and (
            _protesters(actors) or _mentions_protest(ctx)):
        # "20,000 people gathered ... in a peaceful protest": a crowd assembling to protest.
        trig = Trigger(trig.lemma, trig.particle, trig.prep, trig.obj, "PROTEST", "demo", ctx.lexicon.quad("PROTEST"),
                       trig.cameo, trig.weight, trig.source)
        notes.append("a crowd gathering to protest is a PROTEST")
    if noun and trig.plover == "PROTEST" and not actors:
        # "Violent protests erupted in Colombia": the protesters are civilians of the place.
        place = place_own or place_other
        actors = [_actor(tok.text, place.country_code if place is not None else None, "CVL")]
        notes.append("protest noun without a named actor: civilians" + (f" of {place.country_code}" if place is not None and place.country_code else ""))
    if trig.plover == "THREATEN" and not noun and subj is not None and subj.pos_ == "NOUN" and not _is_agent_noun(subj):
        # "Iran said any U.S. attack would meet a strong response": the speaker threatens the attacker.
        reporter = syn.governing_reporter(tok)
        speaker = syn.subject_of(reporter) if reporter is not None else None
        if speaker is not None:
            recipients = _entities_in(ctx, subj)
            actors = _resolve_head(ctx, speaker, context_country=context_country, role="actor")
            notes.append("the speaker threatens the party whose action 'would meet' the response")
    demanded = _obligation(tok) if not noun and subj is not None and trig.plover != "REQUEST" else None
    wisher = tok.head if not demanded and not noun and trig.plover != "REQUEST" and _subjunctive(tok) else None
    if wisher is not None:
        demanded = "that"
    if demanded:
        # "HRW said the authorities must ensure security": the speaker demands it of the subject;
        # "lawmakers are adamant that Yoon be removed": the subjunctive's wisher demands it.
        reporter = wisher if wisher is not None else syn.governing_reporter(tok)
        speaker = syn.subject_of(reporter) if reporter is not None else None
        speakers = _resolve_head(ctx, speaker, context_country=context_country, role="actor") if speaker is not None else []
        if speakers and {a.code for a in speakers} != {a.code for a in actors}:
            notes.append(f"subjunctive 'that ... {tok.lemma_}' after '{wisher.text}': its subject demands it (REQUEST)"
                         if wisher is not None else
                         f"'{demanded} {tok.lemma_}' in reported speech: the speaker demands it (REQUEST)")
            recipients, actors = (actors or recipients), speakers
            trig = replace(trig, plover="REQUEST", mode=None, quad=ctx.lexicon.quad("REQUEST"))
        else:
            demanded = None
    if not recipients and actors and trig.plover in DYADIC and not noun:
        # What someone is accused of is not who is accused: "accused his rivals of siding with X".
        allegation = {t.i for c in tok.children if trig.plover == "ACCUSE" and c.dep_ == "prep"
                      and c.lower_ in ("of", "for") for t in c.subtree}
        other = _other_party(ctx, sent, tok, actors, allegation)
        if other is not None:
            recipients = [_actor(other.text, other.code, other.sector)]
            notes.append(f"recipient inferred: the other country named in the sentence ('{other.text}')")

    if not recipients and actors and trig.plover in DYADIC and ctx.last_dyad is not None:
        prev_actors, prev_recipients, prev_sent = ctx.last_dyad
        if ctx.sent_index - prev_sent <= 1 and {a.code for a in actors if a.code} & prev_actors:
            # "Israel demanded the arrests ... The army will resume its attacks": the same actor's
            # next move in the story is aimed at the same party unless another is named.
            recipients = [_actor(r.entity_text, r.code, r.sector) for r in prev_recipients]
            notes.append("recipient carried over from the same actor's previous event")
    if not actors and recipients and trig.quad == 4 and ctx.story_pair is not None and subj is not None and \
            subj.lemma_.lower() in EQUIPMENT_NOUNS | {"gunship", "warplane", "drone", "artillery"}:
        theirs = {r.code for r in recipients if r.code}
        if len(theirs) == 1 and theirs <= set(ctx.story_pair):
            (other_code,) = set(ctx.story_pair) - theirs
            actors = [_actor(subj.text, other_code, "MIL")]
            notes.append(f"actor inferred: military hardware in a two-country story belongs to the other side ({other_code})")
    if not recipients and actors and trig.plover in DYADIC and ctx.story_pair is not None and not noun:
        mine = {a.code for a in actors if a.code}
        if len(mine) == 1 and mine <= set(ctx.story_pair):
            (other_code,) = set(ctx.story_pair) - mine
            recipients = [_actor("(the story's other party)", other_code, None)]
            notes.append(f"recipient inferred: the other country of a two-country story ({other_code})")
    actors = _dedupe(actors)
    # An uncoded agent on one side ("accused the army") belongs to the other side's country when
    # that side names exactly one: domestic conflicts are the commonest case.
    for side, other in ((recipients, actors), (actors, recipients)):
        if any(w in a.entity_text.lower() for a in other for w in FOREIGNER_WORDS):
            continue  # "expelled the French ambassador": a diplomat's country is not the expeller's
        countries = {a.code for a in other if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES}
        if len(countries) == 1:
            (only,) = countries
            for i, a in enumerate(side):
                if a.code is None and a.sector and a.office != UNRESOLVED and \
                        not any(w in a.entity_text.lower() for w in ENVOY_WORDS) and \
                        not _foreigners(a.entity_text):
                    side[i] = _actor(a.entity_text, only, a.sector, identifier_id=a.identifier_id, office=a.office)
    # Same-country recipients stay (government vs. rebels, police vs. protesters are domestic events);
    # only the actor itself and its own assets ("its troops") are dropped.
    recipients = [r for r in _dedupe(recipients) if ((r.code, r.sector) not in {(a.code, a.sector) for a in actors}
                                                     or _someone_else(r, actors))
                  and r.office != OWN_ASSET and not (r.code and r.sector is None and r.code in {a.code for a in actors})]
    if not noun and not recipients and actors and _reciprocal_object(tok):
        # "the parties attacked each other": every actor is also on the receiving end.
        recipients = [_actor(a.entity_text, a.code, a.sector) for a in actors]
        notes.append("'each other': the actors are also the recipients")
    # A person coded only by the story's country is no evidence that the sentence reports an event.
    guessed = {id(a) for a in (*actors, *recipients) if a.office == HOME_GUESS}
    for a in (*actors, *recipients):
        if a.office in (UNRESOLVED, HOME_GUESS):
            a.office = None
    if actors and recipients and any(r.code for r in recipients):
        ctx.last_dyad = ({a.code for a in actors if a.code}, [r for r in recipients if r.code], ctx.sent_index)
    if actors:
        # A pronoun that continues a person coded only by the story's country stays uncoded: the
        # guess is for the named person, not for whatever "it" or "they" turns out to mean.
        ctx.last_actor = [_actor(a.entity_text, None, a.sector) if id(a) in guessed else a for a in actors]

    date = date_own
    date_source = "clause" if date_own is not None else None
    reporter = syn.governing_reporter(verb) if verb.pos_ in ("VERB", "AUX") else None
    rep_date = _attached(ctx.date_at, reporter, sent)[0] if reporter is not None else None
    if rep_date is not None:
        date_other = next((ctx.date_at[i] for i in range(sent.start, sent.end)
                           if i in ctx.date_at and ctx.date_at[i] is not rep_date), None)
    if date is None and date_other is not None:
        # "said today troops killed 1,269 soldiers in routing a force ... on Sunday": a date elsewhere
        # in the sentence beats the day it was reported, which is only an upper bound.
        date, date_source = date_other, "sentence"
    if date is None and rep_date is not None:
        date, date_source = rep_date, "report"
    modality, mod_notes = _modality(verb, ctx, date)
    if demanded:
        modality, mod_notes = "asserted", []  # the demand is made now; what is demanded is its content
    notes.extend(mod_notes)
    plover, mode, quad = trig.plover, trig.mode, trig.quad
    if trig.plover == "THREATEN" and modality == "future" and any(a.lower_ in ("would", "could") for a in verb.children):
        modality = "hypothetical"  # a conditional threat: the threatened response is hypothetical
    if plover in THREAT_MODES and modality in ("future", "hypothetical") and _conditional(verb):
        # "If they are not rounded up, the army will resume its attacks": a future harmful act made
        # conditional on the other side's behaviour is a THREATEN.
        notes.append(f"conditional future {plover} is a THREATEN")
        plover, mode, quad = "THREATEN", THREAT_MODES[plover], ctx.lexicon.quad("THREATEN")
    elif plover in THREAT_MODES and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOW_VERBS:
        # "Iran vowed to retaliate against Israel": a promise to harm is a threat, made now.
        notes.append(f"'{verb.head.lemma_} to' {plover}: a vow to harm is a THREATEN")
        plover, mode, quad, modality = "THREATEN", THREAT_MODES[plover], ctx.lexicon.quad("THREATEN"), "asserted"
    if plover == "MOBILIZE" and (trig.obj in EXERCISE_NOUNS or tok.lemma_.lower() in EXERCISE_NOUNS) and (
            len({a.code for a in actors if a.code}) >= 2 or any(t.lower_ == "joint" for t in ctx.sent_tokens)):
        # Manual: drills held together are cooperation; one country's drills are a show of force.
        notes.append("joint exercises are COOPERATE")
        plover, mode, quad = "COOPERATE", None, ctx.lexicon.quad("COOPERATE")
    if modality == "future" and plover in FUTURE_AS_AGREE:
        notes.append(f"PLOVER: future {plover} is coded AGREE (an intention to cooperate)")
        plover, mode, quad = "AGREE", None, ctx.lexicon.quad("AGREE")
    willing = _willingness(verb)
    if willing and modality in ("asserted", "future") and plover != "AGREE":
        # PLOVER: AGREE covers any stated willingness to cooperate; a readiness to harm is a THREATEN.
        if quad in (1, 2):
            notes.append(f"'{willing} to' {plover}: a stated willingness to cooperate is AGREE")
            plover, mode, quad, modality = "AGREE", None, ctx.lexicon.quad("AGREE"), "asserted"
        elif plover in THREAT_MODES:
            notes.append(f"'{willing} to' {plover}: a stated readiness to act is THREATEN")
            plover, mode, quad, modality = "THREATEN", THREAT_MODES[plover], ctx.lexicon.quad("THREATEN"), "asserted"
    if modality == "negated" and quad in (1, 2) and _refused_future(verb):
        # "will not lift the ban", "won't accept refugees": announcing one will not cooperate is REJECT.
        notes.append(f"'will not' {plover}: a refusal to cooperate is REJECT")
        plover, mode, quad, modality = "REJECT", None, ctx.lexicon.quad("REJECT"), "asserted"
    if date is None and ctx.document.published:
        date_value, date_source, precision = ctx.document.published, "published", "day"
    else:
        date_value = _event_day(date, ctx.document.published) if date is not None else None
        precision = date.precision if date is not None else None
        if date is not None and date.value is None and ctx.last_event_date is not None:
            # "a day after", "two weeks later": an offset from the story's previous dated event.
            from ..time import normalize

            anchored = normalize(date.text, ctx.document.published, anchor=ctx.last_event_date)
            if anchored is not None and anchored.value:
                date_value, precision, date_source = anchored.value, anchored.precision, "anchored"
                notes.append(f"'{date.text}' counted from the previous dated event ({ctx.last_event_date})")
    if date_source in ("clause", "sentence", "anchored") and date_value and len(date_value) == 10:
        ctx.last_event_date = date_value

    if subj_tokens:
        # A place inside the actor's own phrase ("juntas in neighbouring Mali") does not locate the event.
        place_own, place_other = _attached(ctx.place_at, verb, sent, locative=True, exclude=subj_tokens | ctx.dateline_tokens)
    struck = tok if not noun else (verb if tok.dep_ == "nsubj" else None)
    if place_own is None and struck is not None:
        # "a grenade attack rocked Cotabato City", "shelled Basra": a town that is the object is where it happened.
        place_own = next((ctx.place_at[c.i] for c in struck.children if c.dep_ in ("dobj", "nsubjpass") and c.i in ctx.place_at
                          and (ctx.place_at[c.i].resolution or 0) >= 2), None)
    if not actors and plover == "COERCE" and not noun and syn.is_passive(tok) and syn.agent_of(tok) is None:
        enforcer = _implied_enforcer(ctx, tok, verb, context_country)
        if enforcer:
            actors = enforcer
            notes.append(f"actor: '{enforcer[0].entity_text}' did it (named in the clause or reporting it)")
    loc = _locate(ctx, place_own, place_other, recipients, actors, ctx.sent_index, plover)
    inferred_actor = False
    if not actors and plover in ("ASSAULT", "COERCE") and loc.country_code and \
            loc.location_source in ("clause", "sentence", "previous sentence", "dateline") and \
            (noun or syn.is_passive(tok) or tok.lemma_.lower() in VICTIM_VERBS):
        # "Some of the gunmen have been arrested", "were killed during an attempted coup in Haiti":
        # with nobody named, arrests are the local authorities' and violence is coded to the
        # country where it happened (marked as inferred in the explanation).
        actors = [_actor("(unnamed)", loc.country_code, "COP" if plover == "COERCE" else None)]
        inferred_actor = True
        notes.append(f"actor inferred: nobody named, coded to the country where it happened ({loc.country_code})")
    attribution = attribute(verb, sent, ctx.entity_at)
    if "claim of responsibility" in how and subj is not None:
        from ._attribution import classify_source

        claimant = syn.span_text(ctx.doc, subj.left_edge.i, subj.right_edge.i + 1)
        attribution = [Attribution(claimant, classify_source(claimant, actors[0] if actors else ctx.entity_at.get(subj.i)),
                                   verb.lemma_.lower())]
    speech_act = (verb.lemma_.lower() in syn.REPORTING_VERBS or ctx.lexicon.quad(plover) in (1, 3)) and \
        verb.lemma_.lower() not in UNDERGOING_VERBS  # who faces criticism does not announce it
    announcer = subj if not noun else (syn.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None)
    if not attribution and speech_act and announcer is not None and actors and actors[0].code:
        # "Pakistan's Foreign Ministry has announced sanctions", "UNITA has offered to reopen the
        # railroad": an announcement or offer is its own source.
        from ._attribution import classify_source

        speaker = syn.span_text(ctx.doc, announcer.left_edge.i, announcer.right_edge.i + 1)
        attribution = [Attribution(speaker, classify_source(speaker, ctx.entity_at.get(announcer.i)), verb.lemma_.lower())]
        notes.append("the actor's own announcement is its source")
    claim_status = "claimed" if ("claim of responsibility" in how or
                                 any(a.verb in ("claim", "allege") for a in attribution)) else None
    def evidence(parties: list[Actor]) -> list[Actor]:
        return [_actor(a.entity_text, None, a.sector) if id(a) in guessed else a for a in parties]

    confidence = _confidence(trig, how, [] if inferred_actor else evidence(actors), evidence(recipients), modality, noun)
    if ctx.type_probs:
        # Blend the rule's evidence with the sentence model's belief in this type (renormalised
        # over the 16 types), so the top event of a sentence is the one both agree on.
        judged = (plover, "AGREE", "RETREAT") if PROMISED_CONCESSION in how else (plover,)
        # A promised concession reads to a bag of words as the promise or the act promised.
        p_type = max(ctx.type_probs.get(t, 0.0) for t in judged) / max(1e-6, 1.0 - ctx.type_probs.get("NONE", 0.0))
        confidence = round((1 - MODEL_WEIGHT) * confidence + MODEL_WEIGHT * p_type, 2)
        notes.append(f"sentence model P({plover}) = {p_type:.2f}")
    start, end = sent.start_char, sent.end_char
    text = ctx.document.text
    while end > start and text[end - 1].isspace():
        end -= 1
    return Event(
        id=_event_id(ctx.document.id, tok.idx, plover), event=plover, mode=mode or None,
        context=_context(sent.text), quad_code=quad, actor=actors, recipient=recipients,
        date=date_value, enddate=(date.end_date if date is not None and date.end_date != date.start_date else None),
        event_loc=loc, text_info=TextInfo(start, end), sentence=text[start:end], modality=modality,
        attribution=attribution or [Attribution(text="", type="unattributed")],
        date_text=date.text if date is not None else None, date_precision=precision, date_source=date_source,
        confidence=confidence, claim_status=claim_status, size=_sizes(ctx, sent, plover),
        explanation=Explanation(trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
                                rule=f"{RULE}: {how}", lexicon_entry=f"{trig.source}:{trig.cameo or ''}", notes=notes),
    )
