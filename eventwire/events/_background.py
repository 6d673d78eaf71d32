"""Background, description and commentary: clauses that tell no event of the story.

A news story mixes the events it reports with sentences that only set the scene: a state of affairs
that lasted for years ("the province was ruled for decades by generals"), what a body does by its
nature ("the commission, which supervises elections, ..."), and a reading of what an event brings
about ("the decision leaves the alliance isolated"). PLOVER codes events, acts one party does to
another at a time; none of these is one. Each check is a pure function of the spaCy token of a
trigger and returns the reason it is background (for the trace and the tests), or None.

The coder already drops habits ("met frequently": ``habitual_act``) and commentators' readings
("analysts say"), and dates an act years before publication as ``historical`` (which the golds
accept as optional background events); these checks add what those miss and drop nothing they keep.
"""
from __future__ import annotations

import re
from datetime import date as _day
from typing import Any

from . import _syntax as syn
from ._context import EQUIPMENT_NOUNS, QUANTITY_HEADS, WEAPON_WORDS, _armed, _is_agent_noun
from ._location import _PARAGRAPH_BREAK
from ._triggers import VOICE_NOUNS
from ._vocabulary import DEFINITE_DETERMINERS, MEETING_HEADS, OBLIGING_MODALS, STATE_HEADS

# Spans so long that an act said to last "for" them is a state of affairs: "for decades", "for years".
LONG_SPANS = frozenset({"decade", "decades", "years", "centuries", "century", "generations", "generation", "ages"})
# Modifiers that keep a span vague and long: "for many years", "for so many years". A counted span is a
# measure of the act ("jailed for five years", "banned for two years"), which stays an event.
MANY_WORDS = frozenset({"many", "several", "long", "countless", "so"})

# Nouns that name an event, a measure or a situation rather than a party: as the subject of a
# consequence verb they make the clause a reading of effects ("the decision puts X at odds").
SITUATION_NOUNS = frozenset({
    "decision", "move", "step", "war", "deal", "policy", "event", "events", "development", "developments",
    "measure", "measures", "plan", "tactic", "tactics", "strategy", "situation", "crisis", "agreement",
    "conflict", "dispute", "standoff", "stand-off", "rift", "row", "approach", "shift", "change", "outcome",
    "result", "vote", "victory", "defeat", "ruling", "verdict", "announcement", "law", "bill", "legislation",
    "ban", "tariff", "tariffs", "sanctions", "embargo", "truce", "ceasefire", "accord", "pact", "treaty",
})
# Verbs that say what a situation brings about or means, not an act anyone does: "offers X advantages",
# "puts X at odds", "could signal a change", "leaves X isolated", "gives X leverage".
CONSEQUENCE_VERBS = frozenset({
    "offer", "give", "put", "leave", "allow", "let", "signal", "mean", "mark", "represent", "risk",
    "hand", "provide", "pose", "bring", "make", "help", "hurt", "threaten", "spell", "herald", "reflect",
    "undermine", "complicate", "deepen", "strengthen", "weaken", "underscore", "highlight", "show", "break",
})


def long_standing_state(verb: Any) -> str | None:
    """A verb whose act is said to have lasted years: "the island was governed for decades by
    colonels", "the kingdom has backed the rebels for many years". A situation of long standing is the
    story's background, not an event it reports (PLOVER codes acts at a time)."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for span in prep.children:
            if span.dep_ != "pobj":
                continue
            word = span.lower_
            mods = [c for c in span.children if c.dep_ in ("amod", "nummod", "det", "quantmod")]
            if any(c.dep_ == "nummod" or c.like_num for c in mods):
                continue  # "for two decades" is vague enough, but "for five years" measures a sentence or a ban
            many = any(c.lower_ in MANY_WORDS for c in mods) or (word == "years" and not mods)
            if word in ("decades", "centuries", "generations", "ages") or (word in LONG_SPANS and many):
                words = " ".join(t.text for t in span.lefts if t.dep_ in ("amod", "nummod", "det", "quantmod"))
                return f"'for {words + ' ' if words else ''}{span.text}': a state of long standing, not an event"
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children) and \
            any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return "'has long': a state of long standing, not an event"  # "Iran has long backed the rebels"
    return None


def descriptive_relative(verb: Any) -> str | None:
    """A simple-present relative clause on a named party says what that party is or does by its
    nature: "the election commission, which supervises party funding, said ...", "a charity that helps
    refugees". News reports its events in the past or the perfect; such a clause describes."""
    if verb is None or verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None  # "which has attacked", "which will meet", "which does not recognise": told, not described
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("WDT", "WP"):
        return None  # "the plan, which Iran rejects": the head noun is not the doer described
    return f"'{subj.text} {verb.text}': a present-tense relative clause describes '{verb.head.text}'"


def situation_consequence(verb: Any) -> str | None:
    """A consequence verb whose subject is an event, measure or situation, not a party: "a long trade
    war offers the president some advantages", "the ruling puts the country at odds with its allies",
    "the events could signal a change". The sentence reads what a situation brings about; the act, if any,
    is the decision or the war itself, told elsewhere."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in CONSEQUENCE_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "puts X at odds and breaks with"
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in SITUATION_NOUNS and subj.lower_ not in SITUATION_NOUNS:
        return None
    if subj.ent_type_:
        return None
    if any(c.dep_ == "prt" for c in verb.children) or not any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd") for c in verb.children):
        return None  # "a border war broke out": a situation that begins is itself told, and it acts on nothing
    return f"'{subj.text} {verb.text}': what a {subj.lemma_.lower()} brings about is commentary, not an act"


# Verbs that pass a judgement on something already told: "described the meeting as important", "the deal
# is seen as part of a plan", "viewed the move as a provocation".
JUDGING_VERBS = frozenset({"describe", "see", "view", "regard", "consider", "deem", "term", "characterise",
                           "characterize", "portray", "interpret", "read"})


def vague_past(verb: Any) -> str | None:
    """An act placed only "in the past" ("Tehran had in the past held back ships", "has maintained in
    the past that ..."): a reminder of earlier conduct, no dated event of the story. ("in the past week"
    names a recent span and is left alone: there "past" only modifies "week".)"""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and any(
                c.dep_ == "pobj" and c.lower_ == "past" and not any(m.dep_ != "det" for m in c.children)
                for c in prep.children):
            return "'in the past': earlier conduct recalled, not an event of the story"
    for c in verb.children:  # "Tehran in the past had held back": the phrase may hang on the subject
        if c.dep_ == "nsubj":
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ == "in" and any(
                        p.dep_ == "pobj" and p.lower_ == "past" and not any(m.dep_ != "det" for m in p.children)
                        for p in prep.children):
                    return "'in the past': earlier conduct recalled, not an event of the story"
    return None


# Verbs by which a sentence says what a known event means: "the U.S. attack represents a shift", "the strike marks
# a new phase", "the move signals a change".
MEANING_VERBS = frozenset({"represent", "mark", "signal", "signify", "reflect", "underscore", "underline", "herald",
                           "symbolise", "symbolize", "mean", "constitute"})


def judged_event(noun: Any) -> str | None:
    """An event noun that a sentence judges ("the Israelis described the meeting as important", "the
    deal is seen as part of a wider plan", "the U.S. attack represents a distinct shift"): the judgement
    refers back to an event told before; the sentence reports the view, not the event."""
    if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in MEANING_VERBS and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) and any(
            c.dep_ in ("dobj", "attr") for c in noun.head.children):
        return f"'{noun.text} {noun.head.text}': what a known event means, not its report"
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_VERBS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in [*verb.children, *noun.children]):
        return None
    return f"'{verb.lemma_} {noun.text} as': a view of an event told before, not its report"


def gerund_subject(verb: Any) -> str | None:
    """An act named by a gerund that is the subject of a judgement or a prediction: "backing his
    party was not a wasted vote", "allowing the evidence would remove the need for detention". The
    sentence weighs the act in general; nobody is said to have done it."""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "csubjpass"):
        return None
    if any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return None  # "what I am asking for is a veto": a progressive with its own subject tells the act
    return f"'{verb.text} ...' is the subject of '{verb.head.text}': an act weighed, not reported"


# Auxiliaries of a prediction or a possibility: "will make it worse", "could only achieve".
PREDICTING_AUX = frozenset({"will", "would", "could", "might", "may", "can", "'ll", "wo", "ca"})


def means_of_prediction(verb: Any) -> str | None:
    """An act named by a gerund after "by" as the means of a predicted outcome: "by cutting border
    staff they will make the problem worse", "could only catch up by freeing its labour markets". An
    argument about what an act would bring, not a report that it was done."""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return None
    outcome = verb.head.head
    if outcome.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ in PREDICTING_AUX for c in outcome.children):
        return None
    return f"'by {verb.text}': the means of an outcome '{outcome.text}' predicted, not an act reported"


# Nouns of a measured quantity: a clause whose subject is one ("the number of people in work increased
# by 296,000", "demand rose") or that changes one by a figure ("increased its capacity by 12.6%") reports
# a statistic, not an act of one party towards another.
AGGREGATE_NOUNS = frozenset({
    "number", "rate", "level", "share", "total", "figure", "amount", "proportion", "percentage", "growth", "output",
    "demand", "capacity", "price", "prices", "cost", "costs", "sales", "profit", "profits", "turnover", "revenue",
    "revenues", "earnings", "index", "inflation", "unemployment", "production", "exports", "imports", "deficit",
    "surplus", "spending", "investment", "value", "stake", "margin", "margins",
})


# What a market prices: "the U.S. unit eased to 1.8205 marks", "shares fell by 5%" (the words as written, since
# wire copy capitalises "Unit" and the tagger then calls it a name).
MARKET_NOUNS = frozenset({"dollar", "dollars", "yen", "currency", "currencies", "unit", "pound", "sterling", "mark",
                          "marks", "franc", "francs", "euro", "rouble", "ruble", "peso", "rupee", "share", "shares", "stock",
                          "stocks", "bond", "bonds", "yield", "yields", "index", "market", "markets", "gold", "crude"})


# Verbs of a change in a quantity: with an aggregate subject they tell a statistic ("demand rose"), while
# "a growing number of senators oppose the plan" tells what the senators do.
CHANGE_VERBS = frozenset({"increase", "rise", "fall", "grow", "drop", "decline", "double", "treble", "triple", "halve",
                          "climb", "jump", "soar", "slump", "plunge", "reach", "exceed", "drive", "boost", "fuel",
                          "shrink", "slow", "ease", "edge", "top", "surge", "dip", "tumble"})


def _figure(tok: Any) -> bool:
    return tok.like_num or tok.lower_ in ("%", "percent", "pct", "per") or any(
        c.like_num or c.dep_ == "nummod" for c in tok.children)


def _between_parties(tokens: list[Any]) -> bool:
    """A quantity that flows to, from or between named parties ("exports to Iraq rose", "increased its aid
    to Sudan by 10%", "trade with China"): a flow between parties, which PLOVER may code as cooperation."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with", "between", "from", "for", "into")
               and any(p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or p.pos_ == "PROPN")
                       for p in c.children)
               for t in tokens for c in t.children)


def aggregate_statement(verb: Any) -> str | None:
    """A statistic told with a verb: a measured quantity that changes ("the number of people in work
    increased", "growth was driven by orders"), or a quantity changed by a figure ("increased its
    generating capacity by 12.6%")."""
    if verb is None or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if _between_parties([verb, *(t for t in (subj, obj) if t is not None)]):
        return None
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in AGGREGATE_NOUNS and not subj.ent_type_ \
            and verb.lemma_.lower() in CHANGE_VERBS:
        return f"'{subj.text} {verb.text}': a statistic, not an act"
    by_figure = any(c.dep_ == "prep" and c.lower_ in ("by", "to") and any(_figure(p) for p in c.children if p.dep_ == "pobj")
                    for c in verb.children)
    if subj is not None and subj.lower_ in MARKET_NOUNS and verb.lemma_.lower() in CHANGE_VERBS and by_figure:
        return f"'{subj.text} {verb.text}' to a figure: a market price, not an act"
    if obj is not None and obj.lemma_.lower() in AGGREGATE_NOUNS and by_figure:
        return f"'{verb.text} {obj.text}' by a figure: a statistic, not an act"
    return None


# Verbs of keeping clear of an act: "avoided criticism of the teachers", "refrained from attacking the union",
# "stopped short of endorsing", "evaded capture". The act they name was not done.
AVOIDING_VERBS = frozenset({"avoid", "refrain", "evade", "escape", "sidestep", "shun", "dodge", "forgo", "forego",
                            "eschew"})
# "stop short of", "shy away from", "steer clear of": a verb and a particle or preposition that say the same
AVOIDING_PHRASES = frozenset({("stop", "short"), ("shy", "away"), ("steer", "clear"), ("hold", "back")})


def _avoiding(verb: Any) -> bool:
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in AVOIDING_VERBS or any((lemma, c.lower_) in AVOIDING_PHRASES
                                          for c in verb.children if c.dep_ in ("prt", "advmod", "acomp", "dobj"))


def averted_act(tok: Any) -> str | None:
    """An act named as what a party kept clear of: the object of "avoid" ("have avoided direct criticism of
    teachers"), or a gerund after "refrain from", "stop short of", "shy away from". PLOVER codes acts that
    happened or are announced; one a party is said to have avoided did not happen (and "escaped arrest"
    tells no arrest)."""
    if tok.dep_ in ("dobj", "xcomp", "nsubjpass") and _avoiding(tok.head):
        return f"'{tok.head.text} {tok.text}': an act kept clear of, not done"
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ in ("prep", "prt", "advmod", "acomp") and \
            tok.head.lower_ in ("from", "of") and (_avoiding(tok.head.head) or _avoiding(tok.head.head.head)):
        return f"'{tok.head.head.text} {tok.head.text} {tok.text}': an act kept clear of, not done"
    return None


def _name_like(noun: Any) -> bool:
    """A capitalised word that the story writes as a name elsewhere, or capitalised inside a sentence: a name
    the tagger missed ("Jopling also criticized the proposal" after "Michael Jopling warned")."""
    if not noun.text[:1].isupper():
        return False
    if not noun.is_sent_start:
        return True
    return any(t.lower_ == noun.lower_ and t.i != noun.i and (t.ent_type_ or (t.text[:1].isupper() and not t.is_sent_start))
               for t in noun.doc)


def _thing(noun: Any) -> bool:
    """A common noun for a thing, a quantity or a state of affairs ("spending", "the energy shortage",
    "profit margins"), not a party, a group of people, a weapon or an event the lexicon knows ("the
    bombing", "the strike"), nor a name or a pronoun."""
    from ._lexicon import Lexicon

    if noun.pos_ != "NOUN" or noun.ent_type_ or _name_like(noun):
        return False
    lemma = noun.lemma_.lower()
    if lemma in QUANTITY_HEADS or lemma in WEAPON_WORDS or lemma in EQUIPMENT_NOUNS or _armed(noun):
        return False
    return not _is_agent_noun(noun) and not Lexicon.default().noun_candidates(lemma)


# Endings of nouns formed from verbs and adjectives, which name an act, a process or a state, never a
# person or a body: "spending", "legislation", "shortage", "performance", "payment", "weakness".
ABSTRACT_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "age", "ance", "ence")


# Collective nouns for bodies of people that end like abstract nouns ("the coalition attacked the plan", "the
# commission criticised the agency"): parties, whatever their ending says.
BODY_NOUNS = frozenset({"coalition", "federation", "confederation", "alliance", "association", "commission", "mission",
                        "delegation", "nation", "opposition", "administration", "organisation", "organization",
                        "establishment", "movement", "resistance", "defence", "defense", "prosecution", "congregation",
                        "management", "government", "parliament", "corporation", "foundation", "institution",
                        "legation", "convention", "assemblage", "entourage", "presidency", "agency", "union"})


def _abstract(noun: Any) -> bool:
    """A doer that can only be a thing: a measured quantity or a situation (those tables above) or an abstract
    noun by its ending; a common noun for a person or a body ("a panel", "his ally", "the force") is not one,
    though no table of agents may know it."""
    lemma = noun.lemma_.lower()
    if lemma in BODY_NOUNS:
        return False
    return _thing(noun) and (lemma in AGGREGATE_NOUNS or lemma in SITUATION_NOUNS or lemma.endswith(ABSTRACT_ENDINGS))


def _with_conjuncts(tok: Any) -> list[Any]:
    return [tok, *(c for c in tok.children if c.dep_ == "conj")]


def between_things(verb: Any) -> str | None:
    """A clause whose doer and whose undergoer are both things: "card spending has overtaken cash", "the
    energy shortage influenced oil prices", "margins were helped by a strong performance in Asia". PLOVER
    events are acts of one party towards another; a verb between two things (a market, a quantity, a
    state of affairs) reports how they move, whatever the verb would mean between parties."""
    if verb is None or verb.pos_ != "VERB":
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        doer = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        undergoer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    else:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        undergoer = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if doer is None or undergoer is None:
        return None
    if not all(_thing(t) for t in (*_with_conjuncts(doer), *_with_conjuncts(undergoer))):
        return None
    if not all(_abstract(t) for t in _with_conjuncts(doer)):
        return None  # "a panel rejected the claim", "the head of the market criticised the watchdog": bodies and people
    return f"'{doer.text} {verb.text} {undergoer.text}': things, not parties, on both sides"


# Verbs of warning: a threat when the warner says what it or its side will do, or what the warned must do.
WARNING_VERBS = frozenset({"warn", "caution"})
# Arguments of a clause's verb that may name the act it speaks of ("any attack would be met", "face arrest").
ACT_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "oprd", "xcomp", "pcomp"})


def _clause_words(head: Any) -> list[Any]:
    """A clause's verb, the verbs coordinated with it and their arguments, with the objects of their
    prepositions ("met with force"); not what hangs deeper ("could go under if it did not secure a loan")."""
    heads = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    words = list(heads)
    for h in heads:
        for c in h.children:
            if c.dep_ in ACT_ARGUMENTS or c.dep_ in ("aux", "auxpass"):
                words.append(c)
            elif c.dep_ in ("prep", "agent"):
                words.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return words


def _names_an_act(clause: Any) -> bool:
    """Whether a clause speaks of an act the lexicon knows ("would face sanctions", "any attack would be met
    with force", "will retaliate"), or of an obligation ("must open its markets")."""
    from ._lexicon import Lexicon

    lex = Lexicon.default()
    for t in _clause_words(clause):
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and any(r.source != "cameo-syn" for r in lex.verb_candidates(lemma)):
            return True
        if t.pos_ == "NOUN" and lex.noun_candidates(lemma):
            return True
        # obligation in a warning's content: "warned Tokyo its package must be significant" demands
        if t.dep_ == "aux" and (lemma in OBLIGING_MODALS or (lemma in ("have", "need") and t.head.lower_ == "to")):
            return True
        if lemma == "resort" and _resorts_to_force(t):
            return True  # "warned it would resort to all means": no table lists the idiom (trg24)
        if lemma == "retaliate" and t.pos_ == "VERB":
            return True  # "warned that it would retaliate": only a synonym row lists the verb (trg41)
    return False


def _resorts_to_force(verb: Any) -> bool:
    """"resort to force / any action / all means": turning to force is an act, though the verb has no row."""
    from ._triggers import RESORTED_MEANS

    return any(o.lemma_.lower() in RESORTED_MEANS for o in syn.prep_objects(verb, ("to",)))


def _conditional_conduct(clause: Any) -> bool:
    """"(warned that) the government will not sit on its hands if the situation becomes uncontrollable": what a
    party will do on a condition is a threat whatever the words of the act; "even if" sets no condition."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") and not (subj.ent_type_ or _is_agent_noun(subj)):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall", "would") for c in clause.children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               and not any(a.dep_ == "advmod" and a.lower_ == "even" for a in c.children) for c in clause.children)


QUOTE_MARKS = frozenset({":", '"', "\u201c", "\u201d", "'", "\u2018"})


def _quoted_after(verb: Any, clause: Any) -> bool:
    """Whether the words of ``clause`` follow ``verb`` as direct speech, after a colon or a quotation mark
    ('warning: "they are already there"'). A quotation that ends with its verb ('"we are close to war," the
    envoy warned') is the usual report of a view and is read like "warned that"."""
    start = min(t.i for t in clause.subtree)
    return start > verb.i and any(t.text in QUOTE_MARKS for t in verb.doc[verb.i + 1:start + 1])


# Verbs that tell what a party is, has, sees or thinks: a warning that a party does one of these tells no act.
NON_ACTS = frozenset({"be", "have", "seem", "appear", "see", "feel", "know", "think", "believe", "become", "remain"})


def _party_acts(clause: Any) -> bool:
    """"(warned that) Swedish troops are massing on the border": a named party or a body of people doing
    something is a warning of an act, though the lexicon may lack the verb; "he has seen complacency" and
    "the bloc will have a deficit" tell what a party sees or has."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or clause.lemma_.lower() in NON_ACTS | STATIVE_VERBS:
        return False
    return subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _is_agent_noun(subj)


def _own_conduct_to_warned(verb: Any, clause: Any) -> bool:
    """"(Turkey warned Greece that) it would respond to any provocation": a warning put to a named party about
    what the warner will do is a threat, whatever the words of the act; "warned investors it would go under"
    tells a state to come, not conduct."""
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PRON" or (warner is not None and subj.lower_ == warner.lower_)):
        return False
    if clause.lemma_.lower() in NON_ACTS | STATIVE_VERBS | BECOMING_VERBS | {"be", "have"}:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall", "would") for c in clause.children)


# Pronouns a warner uses for itself or its own side ("warned that it would ...", "warned we will ...").
WARNER_SIDE_PRONOUNS = frozenset({"it", "we", "they", "i", "he", "she"})
# Modals of what the warner's side will or may do.
INTENT_MODALS = frozenset({"will", "wo", "'ll", "shall", "would", "could", "may", "might"})
# Prepositions that aim a power, a measure or a step at a party ("powers against countries", "action on Japan").
AIMING_PREPOSITIONS = frozenset({"against", "on", "upon"})


# Common nouns for states and their governments, which no actor table lists as agents ("countries not offering").
STATE_NOUNS = STATE_HEADS | {"regime", "partner", "rival", "neighbour", "neighbor"}


def _party_noun(tok: Any) -> bool:
    """A named party, a state or a body of people ("Japan", "countries not offering access", "the importers")."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.lemma_.lower() in STATE_NOUNS or (
        tok.pos_ in ("NOUN", "PROPN") and _is_agent_noun(tok))


def _own_side_aimed_at_party(verb: Any, clause: Any) -> bool:
    """"(Thatcher warned that) it would soon have new powers against countries not offering reciprocal access": what
    the warner's own side will have or do, aimed at another party, is a threat whatever its verb; a state of the
    warner's own ("warned it would go under", "warned it could post a loss") aims at nobody and stays a forecast."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in WARNER_SIDE_PRONOUNS
                            or (warner is not None and subj.lower_ == warner.lower_)):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in INTENT_MODALS for c in clause.children):
        return False
    aimed = [o for t in _clause_words(clause) for p in t.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPOSITIONS
             for o in p.children if o.dep_ == "pobj"]
    return any(_party_noun(o) and o.i != subj.i for o in aimed)


def forecast_warning(verb: Any) -> str | None:
    """A warning that only foretells a state of affairs: "the doctors warned that others are at risk too",
    "economists cautioned against reading too much into the figures", "the firm warned it could go under".
    PLOVER's THREATEN is a coercive or forceful warning with serious repercussions; a forecast with no act
    in it (nobody is to do anything, nobody is told what to do) warns of nothing a party would do."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in WARNING_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    against = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
               for p in c.children if p.dep_ in ("pobj", "pcomp")]
    if any(c.dep_ in ("dobj", "dative") for c in verb.children) and not content:
        return None  # "warned the rebels against any attack": the warned party is named, the act with it
    # ("warned of reprisals" is left alone: the lexicon does not know every word of a threatened act)
    if any(_quoted_after(verb, c) for c in content):
        return None  # 'warning: "they are already there"': a warning quoted word for word may threaten by implication
    said = content or against
    if not said or any(_names_an_act(c) or _conditional_conduct(c) or _party_acts(c) or _own_conduct_to_warned(verb, c)
                       or _own_side_aimed_at_party(verb, c) for c in said):
        return None
    if any(c.dep_ == "xcomp" for c in content):
        return None  # "warned them to leave": an order
    return f"'{verb.text}' foretells a state of affairs, no act: a forecast, not a threat"


# Verbs of a state, not of an act: having, being somewhere, consisting of, being worth ("possessed a handgun",
# "half the population live below the poverty line", "owns 30% of the group").
STATIVE_VERBS = frozenset({"possess", "own", "live", "reside", "exist", "belong", "comprise", "consist", "lack",
                           "resemble", "cost", "weigh", "equal", "deserve"})
# Verbs that join a subject to an adjective of its new state: "went bankrupt", "fell silent", "grew rich".
BECOMING_VERBS = frozenset({"go", "become", "fall", "grow", "turn", "get", "remain", "stay", "seem", "appear"})


# Verbs whose past participle with "with" tells what a party carries: "a retooled military, armed with hi-tech
# weapons", "gunmen armed with rifles" (the act of arming someone has an object or a "by").
EQUIPPING_VERBS = frozenset({"arm", "equip"})


def stative_verb(verb: Any) -> str | None:
    """A verb of a state ("possessed a handgun", "are living below the poverty line") or a verb that only
    links its subject to an adjective ("the firm went bankrupt"): PLOVER codes acts, and these tell what a
    party has or is."""
    if verb is None or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in EQUIPPING_VERBS and verb.tag_ == "VBN" and not any(c.dep_ in ("agent", "dobj") for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) and \
            (verb.dep_ in ("acl", "amod", "advcl") or not any(c.dep_ == "auxpass" for c in verb.children)):
        return f"'{verb.text} with': how a party is equipped, not an act"  # "a military armed with hi-tech weapons"
    if lemma in STATIVE_VERBS:
        return f"'{verb.text}': a verb of a state, not an act"
    if lemma in BECOMING_VERBS and any(c.dep_ == "acomp" for c in verb.children) and \
            not any(c.dep_ in ("dobj", "prt", "xcomp") for c in verb.children):
        adj = next(c for c in verb.children if c.dep_ == "acomp")
        return f"'{verb.text} {adj.text}': a change of state, not an act"
    return None


# Verbs that put a participle as the state a party comes to be in ("became repulsed by him", "seemed
# humiliated"); not "get", whose passive tells an act done ("got arrested").
STATE_LINKS = frozenset({"become", "grow", "seem", "appear", "feel", "look"})
# their forms, for the tagger lemmatises a linking verb it takes for an auxiliary as itself ("became", "grew")
STATE_LINK_FORMS = STATE_LINKS | frozenset({"becomes", "became", "becoming", "grows", "grew", "grown", "growing",
                                            "seems", "seemed", "appears", "appeared", "feels", "felt", "looks",
                                            "looked"})


def state_participle(verb: Any) -> str | None:
    """A participle told as the state its subject comes to be in ("the public becomes repulsed by him", "the envoy
    seemed humiliated by the minister", "he becomes morally compromised"): a state, not an act, even when a doer
    is named with "by". "remained surrounded by troops" is left: a siege that goes on."""
    if verb is None or verb.tag_ != "VBN":
        return None
    link = next((c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.lower_ in STATE_LINK_FORMS), None)
    if link is None and verb.dep_ == "acomp" and verb.head.lower_ in STATE_LINK_FORMS:
        link = verb.head
    return f"'{link.text} {verb.text}': a state a party is in, not an act" if link is not None else None


# Nouns of a charge made or a claim put about: what follows "that" is what is alleged, not an act the story reports
# ("their charges that the general had bombed the villages", "rejected claims that police beat protesters"). Not
# "reports", which a story tells as news of what happened.
CHARGE_NOUNS = frozenset({"charge", "charges", "allegation", "allegations", "accusation", "accusations", "claim",
                          "claims", "rumour", "rumours", "rumor", "rumors", "insinuation", "insinuations", "smear",
                          "smears", "speculation", "theory", "theories", "suspicion", "suspicions"})


def alleged_content(tok: Any) -> str | None:
    """The trigger lies in the content clause of a charge or a claim ("charges that X bombed Y"): the charge is the
    event (ACCUSE, or the denial of it), as with a verb of alleging; what it alleges is no event of its own."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and \
                head.lower_ in CHARGE_NOUNS and any(m.dep_ == "mark" and m.lower_ == "that" for m in cur.children):
            return f"'{head.text} that ... {tok.text}': what a {head.lemma_.lower()} alleges, not an act reported"
        if cur.dep_ == "ccomp" and head.dep_ == "acl" and head.lemma_.lower() in CHARGING_VERBS and \
                head.head.lower_ in CHARGE_NOUNS:
            # "theories suggesting he had been murdered", "rumours claiming the army fired first"
            return f"'{head.head.text} {head.text} ... {tok.text}': what a {head.head.lemma_.lower()} alleges, not an act reported"
        # (the parser sometimes hangs such a "that" clause as a relative one; "that" as its mark tells it apart)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("acl", "ccomp", "relcl") and head.lower_ in UNCHECKED_NOUNS and \
                _checked(head) and any(m.dep_ == "mark" and m.lower_ == "that" for m in cur.children):
            # "investigating reports that a citizen fought for the rebels": what is being checked is not told as done
            return f"'{head.text} that ... {tok.text}': a report being checked, not an act reported"
        if _charge_of(cur):
            # "denied charges of shelling the villages", "rumours of sending troops": the gerund names the act
            # charged, the same as a "that" clause does
            return f"'{head.head.text} of {cur.text}': what a {head.head.lemma_.lower()} alleges, not an act reported"
        if cur.dep_ in ("relcl", "parataxis") or (head.dep_ == "ROOT" and head.pos_ in ("VERB", "AUX")):
            return None  # a clause of its own, or the sentence's main verb reached: no charge above the trigger
        cur = head
    return None


# Participles that put a charge or a claim's content: "theories suggesting that ...", "reports alleging ...".
CHARGING_VERBS = frozenset({"suggest", "claim", "allege", "say", "assert", "insinuate", "hold"})


# Nouns of hearsay: reports whose content the story does not vouch for while someone is still checking it.
UNCHECKED_NOUNS = frozenset({"report", "reports", "account", "accounts", "word", "indications", "information"})
# Verbs of checking: what one investigates is not yet established ("investigating reports that ...").
CHECKING_VERBS = frozenset({"investigate", "probe", "check", "verify", "examine", "study", "review", "look"})


def _checked(noun: Any) -> bool:
    """Whether a report noun is what a verb of checking acts on ("investigating reports", "looking into reports")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return noun.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" and head.lemma_.lower() in CHECKING_VERBS


def _charge_of(verb: Any) -> bool:
    """A gerund after "of" on a noun of charge or claim ("charges of bombing the town")."""
    prep = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and prep.lower_ == "of" and prep.dep_ == "prep" \
        and prep.head.pos_ == "NOUN" and prep.head.lower_ in CHARGE_NOUNS


def pleaded_charge(tok: Any) -> str | None:
    """The trigger lies in what a plea answers ("pleaded guilty to threatening to assault a judge", "pleaded not
    guilty to bribing officials"): the plea is the court's business and the act it names is the charge, told
    as charged, not as an act the story reports. (The parser hangs the "to" on "guilty" as often as on "plead".)"""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i or cur.dep_ in ("relcl", "parataxis"):
            return None
        if cur.dep_ == "prep" and cur.lower_ == "to":
            plea = head.head if head.lower_ in ("guilty", "innocent") and head.dep_ == "acomp" else head
            if plea.lemma_.lower() == "plead":
                return f"'{plea.text} ... to ... {tok.text}': the charge a plea answers, not an act reported"
        cur = head
    return None


# Words of finding out, or of not knowing: an indirect question under one asks about an act, it does not report
# it ("an inquiry into who ordered the raid", "police are investigating whether guards beat the inmates", "it is
# unclear who fired first").
INQUIRY_WORDS = frozenset({"inquiry", "enquiry", "investigation", "probe", "review", "investigate", "examine", "determine",
                           "establish", "ascertain", "ask", "wonder", "question", "query", "unclear", "unknown",
                           "uncertain", "mystery", "speculate", "debate", "discuss", "decide"})
# Not "why" and "how": they ask the reason or the manner of an act the question takes as done ("was asked why the
# United States had chosen to attack the platform").
QUESTION_WORDS = frozenset({"whether", "who", "whom", "whose", "what", "which", "when", "where"})


def _indirect_question(clause: Any) -> bool:
    """A clause opened by a question word or "whether" ("who started the riots", "whether the guards beat them")."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in QUESTION_WORDS and first.i <= clause.i


def _asks(head: Any) -> bool:
    """Whether ``head`` (the word a question clause hangs on, through a preposition for a noun) asks or does not
    know: "inquiry into", "investigating", "it is unclear", "it is not known"."""
    if head.dep_ == "prep":
        head = head.head
    if head.lemma_.lower() in INQUIRY_WORDS or head.lower_ in INQUIRY_WORDS:
        return True
    if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in INQUIRY_WORDS for c in head.children):
        return True  # "it is unclear who fired first"
    return head.lemma_ == "know" and any(c.dep_ == "neg" for c in head.children)  # "it is not known who ..."


def open_question(tok: Any) -> str | None:
    """The trigger lies in an indirect question that a word of inquiry or of not knowing opens ("an inquiry into
    who started the war", "investigating whether police beat protesters", "it is unclear who fired first"): the
    sentence asks about the act; the act, if told, is told as a fact elsewhere."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ccomp", "pcomp", "csubj") and _indirect_question(cur) \
                and _asks(cur.head):
            return f"'{cur.doc[cur.left_edge.i].text} ... {tok.text}': an act asked about, not reported"
        if cur.dep_ in ("relcl", "parataxis", "advcl") or (cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ccomp", "csubj")):
            return None  # a clause of its own (not a question): the act is told there
        cur = cur.head
    return None


# Verbs of harm a person can do to himself: "hanged himself", "shot himself", "killed herself". (Not "blew himself
# up", a suicide bombing that harms others.)
SELF_HARM_VERBS = frozenset({"kill", "hang", "shoot", "stab", "poison", "drown", "strangle", "wound", "injure",
                             "slash", "electrocute"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "ourselves", "yourself", "oneself"})
# Words that make a "suicide" an attack on others: "a suicide bomber", "a suicide attack", "suicide car bomb".
SUICIDE_ATTACK_WORDS = frozenset({"bomb", "bomber", "bombers", "bombing", "bombings", "attack", "attacks", "attacker",
                                  "attackers", "mission", "operation", "operations", "car", "truck", "vest", "belt",
                                  "squad", "blast", "explosion"})


def _plain_suicide(noun: Any) -> bool:
    """"suicide" naming a person's taking his own life, not a suicide attack ("a suicide bomber", "suicide
    attacks")."""
    if noun.lower_ not in ("suicide", "suicides"):
        # "an apparent suicide attempt": the attempt of a plain suicide
        return noun.lower_ in ("attempt", "bid") and any(c.dep_ == "compound" and _plain_suicide(c) for c in noun.children)
    near = {noun.head.lower_, *(c.lower_ for c in noun.children)} if noun.dep_ == "compound" else \
        {c.lower_ for c in noun.children}
    return not near & SUICIDE_ATTACK_WORDS


def self_inflicted(verb: Any) -> str | None:
    """Harm a person does to himself ("the prisoner hanged himself", "died in an apparent suicide"): PLOVER's
    ASSAULT and COERCE are done by one party to another; a suicide is no event between parties."""
    if verb is None or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in SELF_HARM_VERBS and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return f"'{verb.text} {next(c.text for c in verb.children if c.dep_ == 'dobj')}': harm done to oneself, no event"
    if lemma in DEATH_VERBS and any(p.dep_ == "prep" and p.lower_ in ("in", "by", "of", "from", "after") and any(
            o.dep_ == "pobj" and _plain_suicide(o) for o in p.children) for p in verb.children):
        return f"'{verb.text} in ... suicide': a death by one's own hand, no event"
    return None


# The stoppages and protests whose effects a story tells: what they hit or halt is their effect, not an attack
# ("the strike hit ferry services", "the walkout paralysed the ports").
PROTEST_NOUNS = frozenset({"strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages", "protest", "protests",
                           "demonstration", "demonstrations", "boycott", "boycotts", "blockade", "blockades",
                           "shutdown", "unrest", "sit-in", "go-slow", "work-to-rule"})
# Verbs of what such a stoppage does to services and trade.
DISRUPTING_VERBS = frozenset({"hit", "disrupt", "paralyse", "paralyze", "cripple", "halt", "hamper", "hurt", "affect",
                              "ground", "shut", "close", "stop", "slow", "idle", "strand", "cut", "delay"})


# Words that make a "strike" a stoppage of work rather than an attack from the air or the sea.
LABOUR_SIGNS = frozenset({"union", "unions", "worker", "workers", "employee", "employees", "staff", "teacher",
                          "teachers", "miner", "miners", "docker", "dockers", "driver", "drivers", "pilot", "pilots",
                          "nurse", "nurses", "doctors", "wage", "wages", "pay", "walkout", "general", "hunger",
                          "labour", "labor"})


def _labour_strike(noun: Any) -> bool:
    """A strike of workers: a labour word in the noun's own phrase ("a strike by dock workers", "the general
    strike", "the teachers' strike"); a strike with none may be one from the air ("the air strike hit a school")."""
    return any(t.lower_ in LABOUR_SIGNS for t in noun.subtree if t.i != noun.i)


def effect_of_protest(verb: Any) -> str | None:
    """A stoppage or a protest as the doer of a disruption ("a strike by public employees disrupted transport and hit
    ferry services"): the protest is the event (PROTEST), its effects on services are none of their own."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in DISRUPTING_VERBS:
        return None
    subj = _clause_subject(verb)
    if subj is None or subj.lower_ not in PROTEST_NOUNS:
        return None
    if subj.lemma_.lower() == "strike" and not _labour_strike(subj):
        return None  # "the air strike hit a school": a strike from the air is an attack
    return f"'{subj.text} {verb.text}': what a {subj.lemma_.lower()} disrupts, not an act against a party"


# Participles that give a thing's purpose: "the attack was meant to frighten tourists", "the law is designed to
# punish".
# (Not "used to": "the funds will be used to increase aid" announces what a party will do with them.)
PURPOSE_PARTICIPLES = frozenset({"mean", "design", "intend", "aim", "calculate", "supposed", "suppose"})


PORTION_WORDS = frozenset({"much", "some", "most", "part", "all", "half", "little", "none"})


def _completed_word(verb: Any, words: frozenset[str]) -> Any:
    """The word a "to"-infinitive completes ("meant to threaten", "hard to defend") when that word, by its lemma or
    its form, is one of ``words``; else None. What the infinitive then tells is said of a thing, not done."""
    if verb is None or verb.pos_ != "VERB" or verb.dep_ != "xcomp" or not syn.to_infinitive(verb):
        return None
    word = verb.head
    return word if word.lemma_.lower() in words or word.lower_ in words else None


def purpose_of_means(verb: Any) -> str | None:
    """An infinitive that gives what a thing or an act is for: "this attack is meant to threaten the authorities",
    "the bill is designed to punish Moscow", "much of the aid was intended to buy votes". It names an aim ascribed to a
    means, not an act done; a party meant to act ("the troops are meant to protect civilians") is left alone."""
    part = _completed_word(verb, PURPOSE_PARTICIPLES)
    if part is None or part.tag_ != "VBN":
        return None
    subj = next((c for c in part.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is not None and subj.lower_ in PORTION_WORDS:
        # "much of the aid was intended to": the thing is the portion's "of" object
        subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"), subj)
    if subj is None or subj.pos_ != "NOUN" or _party_word(subj) or subj.ent_type_:
        return None
    return f"'{subj.text} {part.text} to {verb.text}': the aim of a means, not an act done"


# Adjectives of how often a kind of event happens: "protests have become common", "such raids are rare".
FREQUENCY_ADJECTIVES = frozenset({"common", "commonplace", "frequent", "rare", "routine", "regular", "widespread",
                                  "familiar", "usual", "unusual", "uncommon", "infrequent", "endemic", "rife"})


def frequency_statement(noun: Any) -> str | None:
    """An event noun that is the subject of a statement of how often such events happen ("protests by farmers have
    become common", "attacks on convoys are rare"): a general statement about a kind of event, not a report of one."""
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_ not in ("be", "become", "grow", "remain", "seem", "get"):
        return None
    adj = next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.lower_ in FREQUENCY_ADJECTIVES), None)
    if adj is None:
        return None
    return f"'{noun.text} ... {adj.text}': how often such events happen, not one of them"


# Compounds that make "attack" a bout of illness: "a heart attack", "a panic attack".
MEDICAL_ATTACKS = frozenset({"heart", "panic", "asthma", "anxiety", "epileptic", "gout", "migraine", "coughing"})


def medical_attack(noun: Any) -> str | None:
    """"the poor man has had a heart attack": an attack of illness, which no party does."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("attack", "seizure", "fit"):
        return None
    kind = next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.lower_ in MEDICAL_ATTACKS), None)
    return None if kind is None else f"'{kind.text} {noun.text}': illness, not an attack"


def purpose_of_thing(verb: Any) -> str | None:
    """An infinitive that says what a thing is for: "tools to fight militants", "the right to protest", "powers
    to round up suspects", "money to buy arms". It names what the thing serves, not an act anyone did; an
    infinitive on a party ("troops to patrol the border") or on a decision or plan is left to the coder."""
    if verb is None or verb.pos_ != "VERB" or verb.dep_ not in ("acl", "relcl"):
        return None
    if not syn.to_infinitive(verb) or any(
            c.dep_ in ("nsubj", "mark") for c in verb.children):
        return None
    thing = verb.head
    if thing.lemma_.lower() in SITUATION_NOUNS or not _thing(thing):
        return None
    return f"'{thing.text} {verb.text}': what a {thing.lemma_.lower()} is for, not an act"


# Nouns of a record or a measurement: what they "show" or "criticise" is read off a document, not done by a party
# ("the latest figures show", "the survey found", "the report criticised the ministry").
RECORD_NOUNS = frozenset({"report", "study", "survey", "poll", "data", "statistics", "figures", "findings", "audit",
                          "review", "analysis", "index", "budget", "forecast", "estimate", "estimates", "evidence"})


# Verbs whose subject undergoes or draws an act rather than doing it: "came under attack", "faced criticism",
# "drew protests", "met resistance".
UNDERGOING_VERBS = frozenset({"come", "face", "suffer", "receive", "undergo", "draw", "attract", "meet", "win", "earn",
                              "get", "gain", "spark", "trigger", "provoke", "prompt", "cause"})


def _clause_subject(verb: Any) -> Any:
    """The verb's nominal subject, or the one it shares with the verb it is coordinated with ("the plan
    cuts spending and raises taxes")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ == "nsubjpass" for c in verb.children):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


# Natural hazards: what they do, or what a warning is of, is no party's act ("an earthquake killed one person",
# "issued warnings of tidal waves").
HAZARD_NOUNS = frozenset({"earthquake", "quake", "tremor", "aftershock", "tsunami", "wave", "flood", "flooding",
                          "storm", "hurricane", "typhoon", "cyclone", "tornado", "avalanche", "landslide", "mudslide",
                          "eruption", "volcano", "drought", "blizzard", "monsoon", "heatwave", "wildfire"})


def natural_hazard(tok: Any) -> str | None:
    """A natural hazard as the doer ("A very strong earthquake which struck the coast killed one person and injured
    three") or as what a warning is of ("officials issued warnings of tidal waves", "warned of floods"): a
    disaster and a safety notice, no attack and no threat by anyone."""
    if tok.pos_ == "VERB" and (subj := _clause_subject(tok)) is not None and subj.lemma_.lower() in HAZARD_NOUNS:
        return f"'{subj.text} {tok.text}': a natural hazard, no party's act"
    warning = tok if tok.lemma_.lower() in ("warn", "warning") else next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "warning"), None)
    if warning is not None and any(o.lemma_.lower() in HAZARD_NOUNS
                                   for o in syn.prep_objects(warning, ("of", "about"))):
        return f"'{tok.text} ... of' a natural hazard: a safety notice, no threat"
    return None


def thing_as_doer(verb: Any) -> str | None:
    """An act whose doer is a thing: a decision, a measure, a situation or a record ("the decision should
    support the dollar", "the budget cuts aid to the regions", "the report criticised the ministry", "the figures
    show"). PLOVER's actor is a party that acts; what a measure brings about or a document says is its effect or
    its content, and the act, if any, is the party's (told by its own clause)."""
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if verb.lemma_.lower() in UNDERGOING_VERBS:
        return None  # "the plan came under attack from the unions", "the bill drew criticism": the thing undergoes it
    subj = _clause_subject(verb)
    if subj is None or subj.pos_ != "NOUN" or not _thing(subj):
        return None
    lemma = subj.lemma_.lower()
    if lemma not in SITUATION_NOUNS and lemma not in AGGREGATE_NOUNS and lemma not in RECORD_NOUNS \
            and subj.lower_ not in RECORD_NOUNS:
        return None  # only a measure, a situation or a record: not "the commission", a body no table may know
    if _authored(subj):
        return None  # "an Amnesty report accused the police": a document speaks for the party named as its author
    return f"'{subj.text} {verb.text}': a {lemma} is no party that acts"


def _party_word(tok: Any) -> bool:
    return tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or tok.pos_ == "PROPN" or _is_agent_noun(tok)


def _authored(noun: Any) -> bool:
    """Whether a party is named as the author or owner of the thing ("Amnesty's report", "a UN study", "the report
    by the inspectors", "Israel's decision")."""
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return True  # "the report by the inspectors": whoever wrote it
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
               for p in c.children if p.dep_ == "pobj"]
    return any(_party_word(t) for o in owners for t in o.subtree)


# Nouns of what a party means to do or is charged with: the act they name is an aim, not an act done ("the
# group's aim is to topple the government", "their focus will be on attacking bases").
# (Not "plan": "the plan is to withdraw by May" announces what a party will do, which PLOVER codes as future.)
AIM_NOUNS = frozenset({"aim", "goal", "focus", "priority", "task", "role", "job", "objective", "purpose", "intention",
                       "ambition", "duty", "mandate", "idea", "hope", "wish", "dream", "mission", "remit"})


def _aim_noun(tok: Any) -> Any:
    return tok if tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in AIM_NOUNS else None


def aimed_act(verb: Any) -> str | None:
    """An act that a sentence names as an aim or a charge: the complement of "be" whose subject is an aim ("the
    priority is to arrest the leaders", "the focus will be on attacking bases") or what a role is defined or seen
    as ("defines the force's role as assisting the government"). What a party means or is set to do has not been
    done; the announcement, if any, is told by its own verb ("vowed", "plans")."""
    if verb is None or verb.pos_ != "VERB":
        return None
    head = verb.head
    if head.dep_ == "prep" and verb.dep_ in ("pcomp", "pobj"):
        prep, head = head, head.head
        if prep.lower_ == "as" and head.pos_ == "VERB":
            aim = _aim_noun(next((c for c in head.children if c.dep_ == "dobj"), None))
            if aim is not None:
                return f"'{aim.text} as {verb.text}': the act named as a {aim.lemma_.lower()}, not done"
    elif verb.dep_ not in ("xcomp", "attr", "ccomp", "advcl"):
        return None
    if head.lemma_ != "be" or head.i == verb.i:
        return None
    aim = _aim_noun(next((c for c in head.children if c.dep_ == "nsubj"), None))
    if aim is None:
        return None
    return f"'{aim.text} is ... {verb.text}': the act named as the {aim.lemma_.lower()}, not done"


# Verbs of talking, which tell a meeting only when someone is talked with.
TALKING_VERBS = frozenset({"talk", "speak"})
PLURAL_PRONOUNS = frozenset({"we", "they", "both", "all"})


def _several(subj: Any) -> bool:
    """A subject of more than one party: "the two leaders", "Blair and Chirac", "they"."""
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in PLURAL_PRONOUNS or any(c.dep_ == "conj" for c in subj.children)


def speech_on_topic(verb: Any) -> str | None:
    """One party talking about a topic with nobody named to talk with ("the president spoke about the threat of
    terrorism", "she talked of the risks"): a speech, not a meeting. PLOVER's CONSULT needs a second party; "talked
    with the envoy about ...", "spoke to reporters" and "the two leaders talked about ..." stay."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TALKING_VERBS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("about", "of", "on") for c in verb.children):
        return None
    if any((c.dep_ == "prep" and c.lower_ in ("with", "to")) or c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    subj = _clause_subject(verb)
    if subj is None or _several(subj):
        return None
    return f"'{verb.text} about' a topic with no one named to talk with: a speech, not a meeting"


# Verbs of fighting whose object may be a foe or only an ill: "fought the rebels" is an attack, "fought all
# forms of racism", "combat inflation", "tackle poverty" is a policy against an ill, which PLOVER does not code.
FIGHTING_VERBS = frozenset({"fight", "combat", "battle", "tackle", "counter", "confront"})
# Objects of "fight" that are themselves fights: "fought gun battles", "fought a war".
FIGHT_NOUNS = frozenset({"battle", "battles", "gunbattle", "gunbattles", "war", "wars", "clash", "clashes", "fight",
                         "fights", "skirmish", "skirmishes", "duel", "campaign", "offensive", "insurgency", "rearguard"})


# Endings of nouns for doers ("aggressor", "smuggler", "extremist"), which the tables may lack, and hostile acts
# one fights off ("repel any attack", "tackle the threat").
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent")
HOSTILE_WORDS = frozenset({"attack", "aggression", "invasion", "incursion", "threat", "enemy", "foe", "offensive",
                           "assault", "uprising", "rebellion", "revolt", "mutiny", "occupation", "occupier"})


def _foe(noun: Any) -> bool:
    """A party, a place, a weapon or a fight that one can fight: a name, an agent noun ("the insurgents", "any
    aggressors"), a pronoun, a cognate noun ("gun battles")."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ or _name_like(noun) or _is_agent_noun(noun):
        return True
    lemma = noun.lemma_.lower()
    if lemma.endswith(AGENT_ENDINGS) or lemma in HOSTILE_WORDS:
        return True  # "any aggressors", "the smugglers", "the invasion": people, or what they do to one
    return lemma in FIGHT_NOUNS or noun.lower_ in FIGHT_NOUNS or lemma in WEAPON_WORDS or lemma in EQUIPMENT_NOUNS \
        or lemma in QUANTITY_HEADS or _armed(noun)


def fight_against_ill(verb: Any) -> str | None:
    """A verb of fighting whose object is an ill or a course of action, not a foe: "Labour fought all forms of
    racism", "measures to combat inflation", "was fighting opening its markets". PLOVER's ASSAULT is force used on
    a party; a stand against an abstraction is a policy (the act, if any, is told by its own verb)."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in FIGHTING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if len(objects) != 1:
        return None  # "fighting near Kandahar", "fought for the Taliban": no object, the fight itself is told
    obj = objects[0]
    if obj.dep_ != "dobj" and obj.tag_ != "VBG":
        return None
    if obj.dep_ == "dobj" and (obj.pos_ != "NOUN" or _foe(obj)):
        return None
    if any(_foe(c) for c in obj.subtree if c.dep_ in ("conj", "appos") and c.head.i == obj.i):
        return None  # "fought poverty and the rebels": a foe among the objects
    return f"'{verb.text} {obj.text}': a stand against an ill, not force used on a party"


# Adjectives of how easy an act is: "the rules are easier to meet", "a border hard to defend".
EASE_ADJECTIVES = frozenset({"easy", "hard", "difficult", "tough", "impossible", "simple", "tricky", "awkward"})


def ease_of_act(verb: Any) -> str | None:
    """An infinitive that says how easy a thing is to act on ("Tokyo's rules are easier to meet", "a city hard to
    defend"): a property of the thing, and nobody is said to act. (The extraposed "it is hard to negotiate" is
    re-moded by the modality reading; this one has a thing as the subject of "be".)"""
    adj = _completed_word(verb, EASE_ADJECTIVES)
    if adj is None or adj.pos_ != "ADJ":
        return None
    if any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return None  # "hard for him to resist", "difficult to win the vote": the act has its own parties
    holder = adj.head if adj.dep_ == "acomp" else adj
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "expl")), None)
    if subj is not None and subj.lower_ == "it":
        return None  # the extraposed "it is hard to ...": left to the modality reading (an act judged)
    return f"'{adj.text} to {verb.text}': how easy a thing is to act on, not an act"


# Verbs of a death undergone; with no word of force or of custody in the sentence, a named person's death is a
# natural one ("died at his home", "died before he could take office"), which PLOVER does not code.
DEATH_VERBS = frozenset({"die", "pass"})
FORCE_WORDS = frozenset({
    "kill", "killed", "shoot", "shot", "attack", "attacked", "bomb", "bombing", "blast", "explosion", "wound", "wounds",
    "injury", "injuries", "clash", "clashes", "fighting", "battle", "gunfire", "fire", "violence", "riot", "raid",
    "strike", "airstrike", "shelling", "ambush", "assault", "murder", "murdered", "assassination", "assassinated",
    "execution", "executed", "torture", "tortured", "beating", "beaten", "stabbed", "stabbing", "custody", "detention",
    "prison", "jail", "cell", "hunger", "police", "troops", "soldiers", "army", "militants", "rebels", "gunmen",
    "war", "siege", "massacre", "crackdown", "unrest", "protest", "protests", "dispute", "disputes", "mine", "grenade",
    "suicide", "hostage", "hostages", "kidnappers", "abduction", "lynching", "mob", "landmine", "rocket", "missile",
})


def _shared_subject(verb: Any) -> Any:
    """The subject of ``verb`` or of the first verb of the chain of conjuncts it ends ("he was 84, had been ill,
    and died at home")."""
    cur = verb
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or cur.dep_ != "conj" or cur.head.pos_ not in ("VERB", "AUX"):
            return subj
        cur = cur.head
    return None


def natural_death(verb: Any) -> str | None:
    """The death of one person told with no word of force, custody or conflict in its sentence: "he died at his
    London home", "Neves died before he could take office". PLOVER's ASSAULT needs force used by someone; a death
    from age or illness is no event (a death in a clash, in custody or in a blast keeps its words)."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in DEATH_VERBS:
        return None
    if verb.lemma_.lower() == "pass" and not any(c.dep_ == "prt" and c.lower_ == "away" for c in verb.children):
        return None
    subj = _shared_subject(verb)
    if subj is None or (subj.tag_ in ("NNS", "NNPS") and not _name_like(subj)) \
            or subj.lower_ in PLURAL_PRONOUNS | {"many", "some", "dozens"} \
            or any(c.dep_ in ("nummod", "conj") for c in subj.children) or subj.like_num:
        return None  # "200 people died", "two soldiers and a policeman died": a toll, told with its cause elsewhere
    if subj.pos_ not in ("PROPN", "PRON") and subj.ent_type_ != "PERSON" and not _is_agent_noun(subj):
        return None
    described = _description_of(subj)
    if any((t.lemma_.lower() in FORCE_WORDS or t.lower_ in FORCE_WORDS) and t.i not in described
           and medical_attack(t) is None for t in verb.sent):
        return None
    return f"'{subj.text} {verb.text}': a death with no force told, not an attack"


def _description_of(person: Any) -> set[int]:
    """The tokens of the clauses and appositions that describe a person ("Lord Smith, who led the inquiry into the
    riots, has died"): what he did in his life, not how he died. A passive clause tells what was done to him ("who
    was shot in the riots"), which may be how he died, so its words count."""
    return {t.i for c in person.children if c.dep_ in ("relcl", "appos", "acl")
            and not any(g.dep_ in ("nsubjpass", "auxpass") for g in c.children) for t in c.subtree}


# Verbs of keeping to a standing agreement or rule, with the preposition that takes what is kept to (None: a
# direct object): "complied with the rules", "was living up to its pact", "had been implementing the accord".
COMPLIANCE_VERBS = {"comply": "with", "abide": "by", "adhere": "to", "conform": "to", "stick": "to", "keep": "to",
                    "live": "to", "implement": None, "honour": None, "honor": None, "observe": None, "fulfil": None,
                    "fulfill": None, "obey": None, "respect": None}
# What a party keeps to: an agreement made before, or a law or rule it is bound by.
STANDING_TERMS = frozenset({
    "pact", "pacts", "agreement", "agreements", "accord", "accords", "deal", "treaty", "treaties", "law", "laws",
    "rule", "rules", "regulation", "regulations", "resolution", "resolutions", "commitment", "commitments",
    "obligation", "obligations", "promise", "promises", "pledge", "pledges", "terms", "undertaking", "undertakings",
    "guidelines", "requirements", "standards", "convention", "conventions", "understanding", "quota", "quotas",
})


def _kept_term(verb: Any) -> Any:
    """The agreement or rule a verb of compliance says is kept to ("complied with [the rules]",
    "living up to [its pact]", "implementing [the accord]"), or None."""
    prep = COMPLIANCE_VERBS.get(verb.lemma_.lower(), "")
    if prep is None:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        objs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == prep and prep
                for o in c.children if o.dep_ == "pobj"]
    return next((o for o in objs if o.lower_ in STANDING_TERMS), None)


def _compliance_verb(tok: Any) -> Any:
    """The verb of compliance the trigger is, or whose kept agreement it names ("its pact" under "living up to")."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok if _kept_term(tok) is not None else None
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "dobj" else None
    if head is None or head.pos_ != "VERB":
        return None
    kept = _kept_term(head)
    return head if kept is not None and kept.i == tok.i else None


# Nouns of an agreement as an event noun ("reached an agreement", "the pact signed today").
AGREEMENT_NOUNS = frozenset({"agreement", "agreements", "pact", "pacts", "accord", "accords", "deal", "treaty",
                             "treaties", "understanding"})
# Verbs and nouns that treat an agreement as one already standing: broken or at risk ("for breaking its trade
# agreement", "violations of the accord", "to save the pact"). Not "extend" or "renew": renewing is agreeing anew;
# keeping to one is `compliance_claim`'s, which leaves a pledge to keep it ("will honour the pact") alone.
STANDING_VERBS = frozenset({"break", "violate", "breach", "flout", "save", "preserve", "scrap", "abrogate", "renounce",
                            "undermine", "torpedo", "jeopardise", "jeopardize", "wreck", "ignore", "contravene"})
STANDING_NOUNS = frozenset({"violation", "violations", "breach", "breaches", "implementation", "spirit", "terms",
                            "letter", "collapse", "breakdown", "breaking", "abrogation"})


def standing_agreement(noun: Any) -> str | None:
    """An agreement noun that names an agreement already made, as what is kept to, broken or saved ("Japan, for
    breaking its chip agreement", "violations of the ceasefire accord", "asked the firms to cut output to save the
    pact"): the act is the keeping or the breaking (an accusation, a claim), not a new agreement (PLOVER AGREE)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in AGREEMENT_NOUNS:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    word = head.lemma_.lower()
    if (head.pos_ == "VERB" and word in STANDING_VERBS) or (head.pos_ == "NOUN" and head.lower_ in STANDING_NOUNS):
        return f"'{head.text} ... {noun.text}': an agreement already standing, not a new one"
    return None


def _dated(verb: Any) -> bool:
    """Whether a time expression hangs on the verb ("implemented the accord on Monday"): a dated act is told as one."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for t in c.subtree)


def _pledged_or_denied(verb: Any) -> bool:
    """A compliance still to come or only possible ("will honour", "agreed to implement", "could comply") or denied
    ("had not complied"): a pledge or an accusation, which the coder reads as such."""
    return syn.to_infinitive(verb) or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in syn.MODAL_FUTURE | syn.MODAL_HYPOTHETICAL)
        for c in verb.children)


def compliance_claim(tok: Any) -> str | None:
    """A party's reported claim that it (or another) has kept to an agreement or a rule made before ("the ministry
    insisted the country was living up to its pact", "said it complied with all relevant laws", "officials said
    Spain had been implementing the accord"): an account of conduct, usually a rebuttal, not a new agreement
    (PLOVER AGREE is agreeing to act). A pledge to comply ("will honour", "agreed to implement") is one, and so
    is a denial of compliance (an accusation), so neither is touched."""
    verb = _compliance_verb(tok)
    reporter = syn.governing_reporter(verb) if verb is not None else None
    if reporter is None or reporter.i > verb.i or _dated(verb):
        return None  # "Peru implemented the accord on Monday, officials said": an act told, then attributed
    if _pledged_or_denied(verb):
        return None
    return f"'{verb.text} ... {_kept_term(verb).text}': a claim of keeping to an agreement or rule, not a new one"


def _governing_verbs(tok: Any) -> list[Any]:
    """The verbs ``tok`` is inside, nearest first (itself when it is one): what a clause of long standing
    or a reading of consequences says all belongs to it ("governed for decades by autocrats who imposed")."""
    verbs, cur = [], tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX"):
            verbs.append(cur)
        if cur.head.i == cur.i or cur.dep_ == "parataxis" or (
                cur.dep_ in ("conj", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                                                      for c in cur.children)):
            # "the decision puts X at odds, and Britain condemned it", "the plan could let ..., while Labour
            # criticised ...": a clause with a subject of its own tells its own act
            break
        cur = cur.head
    return verbs


# Verbs of winning a game: with a score they tell a match, not a battle ("beating the Netherlands 3-0").
WINNING_VERBS = frozenset({"beat", "defeat", "thrash", "trounce", "overcome", "edge", "outplay", "whitewash", "crush"})
# Things a vote defeats, by a tally that looks like a score: "defeated the amendment 9-6".
VOTED_THINGS = frozenset({"bill", "amendment", "motion", "measure", "proposal", "resolution", "legislation", "plan",
                          "vote", "law"})
# A score written as the wire writes it ("3-0", "2-1"); the tokenizer splits it, so it is read in the text.
SCORE = re.compile(r"(?<![\d.,-])\d{1,2}-\d{1,2}(?![\d.,]*\d)(?!\s*(pct|per|%))")
SCORE_REACH = 80  # characters after the verb within which its score is written


def match_result(verb: Any) -> str | None:
    """A verb of winning with a score ("the United States defeated Australia 2-1", "after beating Group B rivals the
    Netherlands 3-0"): a game's result, no act of force (PLOVER codes no sport). A tally of votes on a bill ("the
    Senate defeated the amendment 9-6") is left to the vote."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in WINNING_VERBS:
        return None
    sent = verb.sent
    after = syn.doc_text(verb.doc)[verb.idx + len(verb.text): min(sent.end_char, verb.idx + len(verb.text) + SCORE_REACH)]
    score = SCORE.search(after)
    if score is None:
        return None
    reach = verb.idx + len(verb.text) + score.end()
    if any(t.lemma_.lower() in VOTED_THINGS for t in sent if verb.i < t.i and t.idx < reach):
        return None
    return f"'{verb.text} ... {score.group(0)}': a game's score, not an attack"


# Words that place an act on an earlier occasion than the story's: "Last time, the banks sent their responses",
# "the previous time they met". ("last week", "last year" date an act of the story and are left to the dates.)
OCCASION_NOUNS = frozenset({"time", "occasion", "round"})
EARLIER_WORDS = frozenset({"last", "previous", "prior", "earlier"})


def _earlier_occasion(phrase: Any) -> bool:
    """Whether ``phrase`` (an adverbial noun, or a preposition's object) is "(the) last time", "on the previous
    occasion", "in the last round": an earlier occasion than the one the story reports."""
    return phrase.lemma_.lower() in OCCASION_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in phrase.children) and not any(
        c.dep_ in ("relcl", "acl") for c in phrase.children)  # "the last time the two sides met was in 1985": its own


def earlier_occasion(verb: Any) -> str | None:
    """An act told on an earlier occasion than the story's ("Last time, the banks sent their responses to Leutwiler
    who in turn notified the South Africans", "on the previous occasion the talks broke down"): how things went
    before, background to the present round, no event of the story."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ == "npadvmod" and _earlier_occasion(c):
            return f"'{c.text}': an act of an earlier occasion, background to the story"
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "at") and any(
                p.dep_ == "pobj" and _earlier_occasion(p) for p in c.children):
            return f"'{c.text} an earlier occasion': an act of an earlier occasion, background to the story"
    return None


# Words by which a profile says what a person or a body is remembered or known for: "will be remembered for the
# inquiry he led", "best known for his opposition to the war", "famed for negotiating the accord".
# (Not "praised for", "credited with": praise is an act of its own, and what it is for may be the day's event.)
PROFILE_WORDS = frozenset({"remember", "remembered", "know", "known", "famous", "famed", "renowned", "noted",
                           "notorious", "celebrated"})


def profile_of_deeds(tok: Any) -> str | None:
    """An act named as what someone is remembered or known for ("Lord Scarman will be remembered for the public
    inquiry he led into the riots", "best known for leading the 1981 strike"): an obituary's or a profile's account
    of a life, not an event the story reports. Only a passive participle or an adjective takes "for" this way
    ("the minister praised the troops for their work" is an act of praise, told by its verb)."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "prep" and cur.lower_ == "for" and head.lower_ in PROFILE_WORDS and (
                head.tag_ in ("VBN", "JJ") or head.pos_ == "ADJ") and (
                head.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in head.children) or head.dep_ in ("acl", "amod")
                or head.pos_ == "ADJ"):
            return f"'{head.text} for ...': what someone is remembered or known for, a profile, not an event"
        if cur.dep_ in ("ccomp", "parataxis") or (cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX")):
            return None  # a clause of its own ("known for his views, he said he would resign")
        cur = head
    return None


# Verbs of a standing position, told in the simple present: "the group advocates free farm trade", "Britain favours
# a negotiated settlement". The golds list such positions as optional background; an act of support or opposition
# is told in the past or the perfect ("backed the plan on Monday") or reported as said.
POSITION_VERBS = frozenset({"advocate", "espouse", "champion", "favour", "favor", "support", "oppose", "back"})


def standing_position(verb: Any) -> str | None:
    """A stance verb in the simple present with no auxiliary, in a clause of the writer's own (no reporting verb
    over it) and not the story's headline: a position the party holds, told as background ("The group, which
    includes Australia and Malaysia, advocates free farm trade"). A headline's present tells the day's act ("Blair
    backs the plan"), so the story's first line is left alone."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in POSITION_VERBS or \
            verb.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or verb.dep_ in ("xcomp", "ccomp", "relcl"):
        return None
    if syn.governing_reporter(verb) is not None or "\n" not in syn.doc_text(verb.doc)[:verb.sent.start_char].lstrip():
        return None
    subj = syn.subject_of(verb)
    if subj is None or subj.lower_ in ("i", "we", "you"):
        return None  # "I favour the reforms": the speaker's own word, said now
    if subj.lemma_.lower() in VOICE_NOUNS:
        return None  # "the resolution supports negotiations": the voice of the body that adopts it, told as it does
    return f"'{subj.text} {verb.text}': a standing position in the simple present, background"


# Adjectives by which a sentence forecasts an act rather than tells a plan: "the brokers are likely to give in", "it
# is highly unlikely that the two leaders will agree". ("due", "set", "scheduled" tell a plan: left to modality.)
FORECAST_ADJECTIVES = frozenset({"likely", "unlikely"})


def forecast_frame(verb: Any) -> str | None:
    """An act forecast with "likely" or "unlikely" ("bond brokers are likely to give in to pressure within 18
    months", "Poland is unlikely to seek compensation", "it is thought highly unlikely that they will agree", "the
    United States will likely impose sanctions"): a guess at what may happen, no act and no party's stated plan."""
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _set_for_a_day(verb) or _conditioned(verb):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ in FORECAST_ADJECTIVES and syn.to_infinitive(verb):
        return f"'{head.text} to {verb.text}': a forecast, not an act"
    if verb.dep_ == "ccomp" and head.lower_ in FORECAST_ADJECTIVES:
        return f"'{head.text} that ...': a forecast, not an act"
    if any(c.dep_ == "advmod" and c.lower_ in FORECAST_ADJECTIVES for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in PREDICTING_AUX | {"will", "would"} for c in verb.children):
        return f"'will likely {verb.text}': a forecast, not an act"
    return None


# Words that set an act for a named day: "in a vote on Friday", "meets tomorrow".
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                       "tomorrow", "tonight"})


def _set_for_a_day(verb: Any) -> bool:
    """Whether the act is set for a named day ("is likely to oppose the proposal in a vote on Friday"): a scheduled
    act whose outcome is forecast, which the golds code; a vague span ("within 18 months") is no schedule."""
    return any(t.lower_ in DAY_WORDS and t.ent_type_ in ("DATE", "TIME") for c in verb.children
               if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)


def _conditioned(verb: Any) -> bool:
    """Whether a condition governs the forecast ("If Chile closed its ports, Argentina would be likely to
    retaliate"): a consequence promised on a condition is a threat or a hypothetical, read by the modality."""
    clause = verb
    for _ in range(3):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in clause.children):
            return True
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


# A body of terms an act is set under: "Under a pact reached last July, Japan was to stop dumping".
TERMS_NOUNS = frozenset({"pact", "agreement", "accord", "deal", "treaty", "plan", "law", "scheme", "arrangement",
                         "terms", "programme", "program", "rules"})


def terms_of_earlier_pact(verb: Any) -> str | None:
    """An act set out in the past tense as the terms of a pact or plan ("Under a pact reached last July, Japan was
    to stop dumping chips"): what the parties were to do, told as the story's background, not an act done (a
    reported "said he was to meet ..." is a plan still pending, left alone)."""
    if verb is None:
        return None
    # the act to do ("was to stop"), or the "was" itself, on which the pact named hangs ("Under a pact ... was")
    be = verb.head if verb.dep_ == "xcomp" and verb.pos_ == "VERB" and syn.to_infinitive(verb) else verb
    if be.lemma_ != "be" or be.tag_ != "VBD" or syn.governing_reporter(be) is not None or not any(
            c.dep_ == "xcomp" and syn.to_infinitive(c) for c in be.children):
        return None
    under = next((c for c in be.children if c.dep_ == "prep" and c.lower_ == "under" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in TERMS_NOUNS for p in c.children)), None)
    if under is None:
        return None
    return f"'under ... {be.text} to': the terms of a pact told as background"


# Verbs of inquiry that name a body by its task when they modify it as a participle: "a Senate committee
# investigating the scandal", "the two committees probing the affair".
INQUIRING_VERBS = frozenset({"investigate", "probe", "examine", "review", "study", "scrutinise", "scrutinize",
                             "audit", "check"})


def body_named_by_task(verb: Any) -> str | None:
    """A present participle of inquiry on a noun ("a special Senate committee investigating the Iran scandal said
    ...", "the committees probing the affair plan to ..."): the inquiry names which body is meant, a standing task
    the story takes as known; the story's act is the clause's own verb. (A relative clause, "the committee, which
    is investigating ...", is left to the other checks.)"""
    if verb is None or verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    if verb.lemma_.lower() not in INQUIRING_VERBS or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return None
    return f"'{verb.head.text} {verb.text}': a body named by its standing task, not an act reported"


def background_reason(tok: Any) -> str | None:
    """Why the trigger ``tok`` (a verb, or an event noun) tells background rather than an event of the
    story; None when it may report one. The checks on a clause apply to what is said inside it too."""
    if tok.pos_ in ("NOUN", "PROPN") and (why := judged_event(tok)):
        return why
    if tok.pos_ == "NOUN" and (why := medical_attack(tok) or frequency_statement(tok)):
        return why
    if why := match_result(tok) or profile_of_deeds(tok):
        return why
    if why := averted_act(tok) or alleged_content(tok) or open_question(tok) or pleaded_charge(tok) \
            or compliance_claim(tok) or standing_agreement(tok):
        return why
    verbs = _governing_verbs(tok)
    # the trigger's own verb: itself, or the verb an event noun is the object or subject of ("which holds appeal")
    own = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if own is not None and (why := descriptive_relative(own)):
        return why
    if tok.pos_ in ("VERB", "AUX") and (why := gerund_subject(tok) or means_of_prediction(tok) or aggregate_statement(tok)
                                        or between_things(tok) or forecast_warning(tok) or stative_verb(tok)
                                        or purpose_of_thing(tok) or aimed_act(tok)
                                        or speech_on_topic(tok) or fight_against_ill(tok) or ease_of_act(tok)
                                        or natural_death(tok) or purpose_of_means(tok) or state_participle(tok)
                                        or effect_of_protest(tok) or self_inflicted(tok)
                                        or body_named_by_task(tok) or natural_hazard(tok)):
        return why
    standing = False
    for verb in verbs:
        why = long_standing_state(verb) or (None if standing else vague_past(verb)) or situation_consequence(verb) \
            or earlier_occasion(verb) or standing_position(verb) or forecast_frame(verb) or terms_of_earlier_pact(verb)
        if why:
            return why
        # "has maintained in the past that he will not negotiate": a stance on what one will do, told
        # before and still held, is the party's present position, not only a past one
        standing = standing or (verb.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall") for c in verb.children))
    # last, so that the readings above name their own reason ("the ruling puts X at odds": a consequence)
    return thing_as_doer(tok) if tok.pos_ in ("VERB", "AUX") else None


# A modifier clause dated this many days or more before the story's publication (a week by its middle) tells the
# party's or the thing's past ("which last month called for", "two weeks ago"); within them it may be the story's
# news ("the delegation, which visited Israel this week, issued ...", "Alvite, who arrived in Caracas last night").
BACKGROUND_DAYS = 5
# Without a publication date, a time named by its month or year ("in December", "last year", "in 1985") is no day of
# the story's news, which a story dates by the day or the week ("on Monday", "last week").
COARSE_PRECISIONS = frozenset({"month", "quarter", "year", "decade", "century"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# the clause-level links a trigger may climb through to the verb of the modifier clause it sits in
INNER_LINKS = frozenset({"dobj", "pobj", "prep", "xcomp", "conj", "attr", "oprd", "dative", "acomp", "compound",
                         "amod", "nmod", "poss", "npadvmod", "agent"})


def _modifier_clause(tok: Any) -> Any:
    """The verb of the relative clause (or reduced participle) the trigger sits in, when that clause modifies a
    noun and its act is the noun's own ("X, who issued an injunction", "accords signed in 1965"), else None."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "relcl" and cur.pos_ in ("VERB", "AUX") and cur.head.pos_ in ("NOUN", "PROPN"):
            # the relative pronoun is the clause's subject: the party or the thing modified is the doer or the one
            # acted on, not a place or a time ("the region where Iran launched ...", "the duties it imposed")
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in cur.children):
                return cur
            return None
        if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cur.children):
            # after a name, only a participle set off by a comma ("the Stark, damaged last month"): "Lord Greaves
            # called last week for observers" is the sentence's own verb, misread as a participle
            if cur.head.pos_ == "PROPN" and not any(t.text == "," for t in cur.doc[cur.head.i + 1: cur.i]):
                return None
            return cur
        if cur.dep_ not in INNER_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _past_clause(verb: Any) -> bool:
    """A past or pluperfect clause ("who issued", "which had reaffirmed", "who was observing", "signed"); not a
    present perfect, a present or a modal, which reach the story's own day or beyond it."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "'ve", "'s") or a.tag_ == "MD" or a.lower_ in ("is", "are", "am", "'re")
           for a in auxes):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(a.lower_ in ("was", "were", "had") for a in auxes)


def _before_the_news(date: Any, published: str | None, finite: bool) -> bool:
    """Whether a time expression lies before the story's news: ending (a week: its middle) BACKGROUND_DAYS or more
    before the publication day, or, in a story without one, naming a past month or year rather than a day or a
    week. A weekday alone ("on Thursday") is the story's own time, whatever day it falls on; a month without a year
    in an undated story is past only in a finite past clause ("who blocked the sale in December"; "albums scheduled
    for March" may be ahead)."""
    if date is None or date.reference in ("future", "present"):
        return False
    if date.precision == "day" and not any(ch.isdigit() for ch in date.text):
        return False
    if not published:
        if date.precision not in COARSE_PRECISIONS:
            return False
        return finite or date.reference == "past" or any(ch.isdigit() for ch in date.text) or \
            "last" in date.text.lower().split()  # "in 1985", "March last year"
    if not date.end_date:
        return False
    try:
        day, ended = _day.fromisoformat(published[:10]), _day.fromisoformat(date.end_date[:10])
        began = _day.fromisoformat(date.start_date[:10]) if date.start_date else ended
    except ValueError:
        return False
    # A past week counts by its middle: "last week" lies a week back in a Thursday's story, but in a Monday's it ended
    # the day before and its acts are the story's news ("the minister, who visited South Korea last week, said ...");
    # not a weekend, which a story tells as its own news ("met over the weekend")
    if date.precision == "week" and "weekend" not in date.text.lower():
        ended = began + (ended - began) / 2
    return (day - ended).days >= BACKGROUND_DAYS


def dated_past_of_modified(tok: Any, date_at: dict[int, Any], published: str | None) -> str | None:
    """An act told in a clause that modifies a party or a thing and is dated BACKGROUND_DAYS or more before the story
    ("Brazil, which two weeks ago suspended debt payments, should ...", "the commission which visited Yugoslavia last
    December", "the Stark, damaged last month in an Iraqi attack, left Bahrain", "Deaver, who resigned in 1985,
    faces ..."): the clause says who or what is meant by its past, background to the sentence's own assertion.
    The clause's own time expression decides; without one, or within the week, it may be the news itself."""
    clause = _modifier_clause(tok)
    if clause is None or not _past_clause(clause):
        return None
    finite = clause.dep_ == "relcl"
    for t in clause.subtree:
        date = date_at.get(t.i)
        if date is None or _in_nested_clause(t, clause):
            continue
        if _before_the_news(date, published, finite):
            return (f"'{clause.head.text} ... {clause.text} ... {date.text}': a past act dated before the story, "
                    f"told to say who or what '{clause.head.text}' is")
    return None


def _in_nested_clause(tok: Any, clause: Any) -> bool:
    """Whether ``tok`` sits in a clause of its own inside ``clause`` (its time is that clause's, not the act's)."""
    cur = tok
    while cur.i != clause.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "advcl", "ccomp") and cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


# Adverbs that set a modifier clause's act in the party's past without a date: "Baglini, who was recently observing
# negotiations", "the general, who once led the coup", "a firm that formerly supplied the army".
PAST_ADVERBS = frozenset({"once", "formerly", "previously", "recently"})


def past_of_modified_by_adverb(tok: Any) -> str | None:
    """An act told in a past clause that modifies a party or a thing and is set in its past by an adverb ("Baglini,
    who was recently observing negotiations, spoke to reporters"): as a dated one, it says who is meant."""
    clause = _modifier_clause(tok)
    if clause is None or not _past_clause(clause):
        return None
    cue = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS), None)
    if cue is None:
        return None
    return f"'{clause.head.text} ... {cue.text} {clause.text}': a past act of the party, told to say who is meant"


# A main assertion dated by a month or a year ending this many days or more before the story's publication tells an
# act weeks old ("Sarney last month suspended interest payments"): background to a story whose news is of its own
# days. Wider than a modifier clause's BACKGROUND_DAYS: "earlier this month" may still be the story's news.
STORY_PAST_DAYS = 14
# Clause roles of a main assertion: the sentence's verb, one joined to it, or what a reporting verb says
MAIN_ROLES = frozenset({"ROOT", "conj", "ccomp"})
# How many opening sentences state a story's news (a wire story's lead): when the lead dates it weeks back too, the
# old act is the news (a report published later, a review of last month's trade), and nothing weeks old is background
LEAD_SENTENCES = 1


def _own_clause_verb(tok: Any) -> Any:
    """The verb whose clause times the trigger: the trigger itself, or the verb an event noun is the subject or
    object of ("held talks last month"); None for a noun further down (its own date may still apply)."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    return tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else None


def _dates_before(head: Any, date_at: dict[int, Any], published: str | None, days: int) -> Any:
    """The first time expression in ``head``'s own clause (not one nested in it) that lies ``days`` or more before
    publication, or in an undated story names a past month or year; None when there is none."""
    for t in head.subtree:
        date = date_at.get(t.i)
        if date is None or _in_nested_clause(t, head) or not _times_verb(t, head, date_at):
            continue
        if _weeks_before(date, published, days):
            return date
    return None


# Prepositions that set an act at a time ("in February", "during the early 1980s", "at last year's meeting"); not those
# of a span the act speaks of or follows ("disputed the accounts from January 1980", "after the 1984 election").
TIMING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "between", "by", "over", "throughout"})


def _times_verb(tok: Any, verb: Any, date_at: dict[int, Any]) -> bool:
    """Whether the time expression at ``tok`` times the verb's act: it hangs on the verb itself ("last month"), or
    through a preposition of time ("in February"); not one that dates a noun ("condemned the May 17 attack")."""
    top = tok
    while top.head.i != top.i and date_at.get(top.head.i) is date_at[tok.i]:
        top = top.head
    if top.head.i == verb.i:
        return True
    return top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ in TIMING_PREPOSITIONS \
        and top.head.head.i == verb.i


def _weeks_before(date: Any, published: str | None, days: int, finite: bool = True) -> bool:
    """Whether a time expression names a past month or year ("last month", "in 1985", "March last year", "late last
    year") that ends ``days`` or more before the story's publication (any, in an undated story). A day ("on October
    2", "the May 17 attack") dates a particular act that the story may tell as the ground of its news, and the
    golds list such acts as events of the story; a month or a year tells a period recalled. Without a publication
    date, a month with no year dates a past act only in a finite past clause ("In October, it reached an agreement");
    on a noun it may be ahead ("July's summit will use the report")."""
    if date.precision not in COARSE_PRECISIONS:
        return False
    if not published:
        return _before_the_news(date, published, finite)
    return _before_the_news(date, published, finite) and _days_back(date, published) >= days


def _days_back(date: Any, published: str) -> int:
    """Days from a time expression's end to the publication day; 0 when unreadable."""
    try:
        return (_day.fromisoformat(published[:10]) - _day.fromisoformat(date.end_date[:10])).days
    except (TypeError, ValueError):
        return 0


def _old_news_story(doc: Any, date_at: dict[int, Any], published: str | None) -> bool:
    """Whether the story's lead dates its own news weeks back ("Japan's exports in February rose ...", "a report
    released today says the army shelled the town last October"): then an act of those weeks is the news."""
    # a dateline the parser splits off ("JAKARTA, May 4 -") or a headline fragment with no verb states no news
    leads = [sent for sent in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in sent)][:LEAD_SENTENCES]
    return any(t.i in date_at and _weeks_before(date_at[t.i], published, STORY_PAST_DAYS)
               for sent in leads for t in sent)


# Force and coercion of the story's last year or so (the coup behind a withdrawal, the abduction behind an appeal) are
# what a story of conflict builds on: the golds list them as its events, unlike recalled talks, accords, loans and
# sanctions. Only those dated this many calendar years back are recalled history.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
FORCE_HISTORY_YEARS = 2


def _recent_force(plover: str | None, date: Any, published: str | None) -> bool:
    """Whether an act of force or coercion lies within FORCE_HISTORY_YEARS calendar years of the story (or the story
    is undated, so that it may)."""
    if plover not in FORCE_TYPES:
        return False
    try:
        return not published or int(published[:4]) - int(date.end_date[:4]) < FORCE_HISTORY_YEARS
    except (TypeError, ValueError):
        return True


def dated_past_of_story(tok: Any, date_at: dict[int, Any], published: str | None,
                        plover: str | None = None) -> str | None:
    """An act told as the sentence's own assertion but dated by a month or a year weeks before a story whose news is
    of its own days ("Sarney last month suspended interest payments", "last November's elections", "the accord
    reached by OPEC last December", "the council had voted in February to ...", "said Japan agreed in Paris last
    month"): recalled background. Kept when the story's
    opening dates its news as old too (its news is the dated act), when the act has no date of its own, one within
    the story's days ("said on Tuesday") or a day's date, in a present perfect ("has held talks since May"), and for
    force or coercion of the story's last year or so (``plover``, the event type: FORCE_TYPES). The same holds for an
    act set on a dated occasion ("During a visit to Tokyo in April, the minister presented ...") and for one told in
    a temporal clause that frames the news ("after Brasilia suspended interest payments last month")."""
    dated = None
    if tok.pos_ in ("NOUN", "PROPN"):
        # an event noun dated by its own words: "last November's elections", "February's agreement"
        dated = next((date_at[t.i] for t in tok.subtree if t.i in date_at and t.i != tok.i
                      and t.dep_ in ("compound", "nmod", "poss", "npadvmod", "amod") and t.head.i == tok.i
                      and _weeks_before(date_at[t.i], published, STORY_PAST_DAYS, finite=False)), None)
        dated = dated or _own_participle_date(tok, date_at, published)
    verb = _own_clause_verb(tok)
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "mark") for c in verb.children):
        verb = verb.head  # "shelled the town last October, killing dozens": the participle shares its verb's time
    if dated is None and verb is not None and verb.dep_ in MAIN_ROLES and _past_clause(verb):
        dated = _dates_before(verb, date_at, published, STORY_PAST_DAYS) or _framing_phrase_date(verb, date_at,
                                                                                                  published)
    if dated is None and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in FRAMING_PHRASES:
        dated = _framing_phrase_date(tok.head.head, date_at, published)  # the visit itself: "during a visit in April"
    if dated is None and verb is not None and _framing_clause(verb) and _past_clause(verb):
        dated = _dates_before(verb, date_at, published, STORY_PAST_DAYS)
    if dated is None or _recent_force(plover, dated, published) or _old_news_story(tok.doc, date_at, published):
        return None
    return f"'{tok.text}' dated '{dated.text}', weeks before the story's news: recalled background"


def _own_participle_date(noun: Any, date_at: dict[int, Any], published: str | None) -> Any:
    """The date, by a month or a year weeks before the story, that a past participle of an event noun's own phrase
    gives its act ("the accord reached by OPEC last December", "the sanctions imposed in January"): the participle
    tells the noun's act, so its time is the act's. None otherwise; a day's date ("the accord reached in Vienna on
    Saturday") dates an act the story may build its news on, as a day does on a verb."""
    for part in noun.children:
        if part.dep_ != "acl" or part.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                            for c in part.children):
            continue
        for t in part.subtree:
            date = date_at.get(t.i)
            if date is not None and not _in_nested_clause(t, part) and _times_verb(t, part, date_at) and \
                    _weeks_before(date, published, STORY_PAST_DAYS, finite=False):
                return date
    return None


# Conjunctions of a temporal clause that sets the scene for the sentence's news ("after Brasilia suspended interest
# payments last month, the banks ...", "when he refused to back the leader in 1968, he said ..."): dated weeks back,
# its act is the story's history, as the same act told as the sentence's own assertion is (dated_past_of_story).
FRAMING_CONJUNCTIONS = frozenset({"after", "when", "since", "following", "once"})
# Prepositions of a phrase that frames the news by an occasion ("during a visit to Tokyo in April, he presented")
FRAMING_PHRASES = frozenset({"during"})


def _framing_clause(verb: Any) -> bool:
    """Whether the verb heads a temporal clause that frames another verb's act ("after X suspended payments")."""
    # the parser reads "when" as an adverb of the clause, "after" and "since" as its marker. A "when" clause that
    # follows its verb tells the moment of the news itself ("they were near a deal when the president scuttled the
    # talks in September"); one that opens the sentence sets its scene ("When he refused ... in 1968, he said").
    if verb.dep_ != "advcl":
        return False
    cue = next((c for c in verb.children if c.dep_ in ("mark", "advmod") and c.lower_ in FRAMING_CONJUNCTIONS
                and c.i < verb.i), None)
    return cue is not None and (cue.lower_ != "when" or verb.i < verb.head.i)


def _framing_phrase_date(verb: Any, date_at: dict[int, Any], published: str | None) -> Any:
    """The date of an occasion that frames the verb's act ("during a visit to Tokyo in April"), when it lies
    STORY_PAST_DAYS or more before publication; None otherwise. The act is set on that occasion, so it has its date."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in FRAMING_PHRASES:
            continue
        for t in prep.subtree:
            date = date_at.get(t.i)
            if date is not None and not _in_nested_clause(t, verb) and _weeks_before(date, published,
                                                                                      STORY_PAST_DAYS):
                return date
    return None


# Adverbs that set a profile clause's act after another act of the story ("Moi, who afterwards appealed for
# investment"): the story's own sequence, not the person's past
SEQUENCE_ADVERBS = frozenset({"afterwards", "afterward", "later", "then", "subsequently", "since", "also", "now"})
SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass"})


def profile_of_person(tok: Any, date_at: dict[int, Any]) -> str | None:
    """An act told, undated and in the simple past, in a clause set off by commas on the person who is the subject
    of the sentence's own verb ("Jane Doe, who quit the cabinet over the war, said ..."): it says who the speaker
    or doer is, by a past deed; the sentence's news is the verb the person is the subject of. A dated clause is
    dated_past_of_modified's to judge (within the week it may be the news: "who arrived last night")."""
    clause = _modifier_clause(tok)
    if clause is None or clause.dep_ != "relcl" or clause.tag_ != "VBD":
        return None
    person = clause.head
    if person.dep_ not in SUBJECT_ROLES or person.ent_type_ != "PERSON" or person.head.i == person.i:
        return None
    if not any(c.dep_ in SUBJECT_ROLES and c.lower_ == "who" for c in clause.children):
        return None
    if not any(t.text == "," for t in tok.doc[person.i + 1: clause.i]) or any(
            c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    # any date in the clause, even in one nested in it ("who chaired a meeting which ended today"), may set the
    # deed in the story's days
    if any(t.i in date_at or (t.dep_ == "advmod" and t.lower_ in SEQUENCE_ADVERBS) for t in clause.subtree):
        return None
    # a state is no deed ("who was on the same picket line"); a definite object is the story's own occasion, which
    # the person's clause tells as the person's part in the news ("who signed the contract", "who led the delegation")
    if clause.lemma_ == "be" or any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS
                                                             for d in c.children) for c in clause.children):
        return None
    return f"'{person.text}, who {clause.text} ...': an undated past deed told to say who '{person.text}' is"


# Adverbs that carry a narrative on from the sentence before ("The government then ...", "It also ...",
# "They later ..."): the act follows the one told there, at its time.
CARRYING_ADVERBS = frozenset({"then", "also", "later", "subsequently", "afterwards", "afterward", "thereafter"})
# Phrases that refer back to the time or the deal just told: "at the time", "at that time" (the time told there),
# "in return", "in exchange" (the other side of the deal told there)
BACK_REFERRING_PHRASES = frozenset({("at", "time"), ("in", "return"), ("in", "exchange")})
# Subjects that take up the previous sentence's party: a personal pronoun ("It urged ...", "They agreed ...")
ANAPHORIC_SUBJECTS = frozenset({"he", "she", "it", "they"})
# Determiners of a noun phrase that counts again the parties told just before ("the two countries", "both sides")
ANAPHORIC_DETERMINERS = frozenset({"the", "both", "these"})
# How many sentences a carried date may run through (a date told, then two sentences of the same narrative)
CARRY_SENTENCES = 2


def _asserting_verb(tok: Any) -> Any:
    """The verb that tells the trigger's act as the sentence's own assertion and carries its tense: the trigger
    itself or the verb an event noun is the subject or object of, when that verb is the sentence's root or is joined
    to it; for a joined verb with no tense or subject of its own ("seized the mines and expelled the engineers"),
    the root. None for an act inside a reported, modifier or framing clause (the sentence's own speech or frame may
    be the news), and for an event noun a speech verb names ("had said the meeting would ...": the report's
    content)."""
    verb = _own_clause_verb(tok)
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "mark") for c in verb.children):
        verb = verb.head  # "urged X, saying ...": the participle shares its verb's time
    if verb is None or (tok.i != verb.i and verb.lemma_ in syn.REPORTING_VERBS):
        return None
    top, own = verb, None
    while top.dep_ == "conj":
        if own is None and any(c.dep_ in ("aux", "auxpass", *SUBJECT_ROLES) for c in top.children):
            own = top  # "had written to them and would now discuss", "... but de Abreu praised": its own tense
        top = top.head
    if top.dep_ != "ROOT" or top.pos_ not in ("VERB", "AUX"):
        return None
    return own or top


def _subject(verb: Any) -> Any:
    """The verb's own subject, active or passive, or None."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_ROLES), None)


def _narrative_link(verb: Any, earlier: Any) -> str | None:
    """How the sentence of ``verb`` tells on the narrative of the sentence whose root is ``earlier``: "adverb" for a
    carrying adverb ("then", "also") or a phrase that refers back ("at the time", "in return"), "subject" for a
    pronoun subject, the same party named again, or a count of the parties told before ("The two countries urged
    ...", "Both sides agreed ..."); None when it does not."""
    if any(c.dep_ == "advmod" and c.lower_ in CARRYING_ADVERBS for c in verb.children) or any(
            c.dep_ == "prep" and (c.lower_, o.lower_) in BACK_REFERRING_PHRASES and (o.lower_ != "time" or any(
                d.dep_ == "det" and d.lower_ in ("the", "that") for d in o.children))
            for c in verb.children for o in c.children if o.dep_ == "pobj"):
        return "adverb"
    subj = _subject(verb)
    if subj is None or any(c.dep_ == "prep" and c.i < subj.i for c in verb.children):
        return None  # a phrase that opens the sentence sets a frame of its own: "For the new survey, they asked ..."
    before = _subject(earlier)
    if subj.lower_ in ANAPHORIC_SUBJECTS or (before is not None and _same_party_named(subj, before)):
        return "subject"
    # a count of the parties just told ("the two countries", "both sides"); "the Chilean government" names a new one
    if subj.pos_ == "NOUN" and subj.tag_ == "NNS" and any(
            c.dep_ in ("det", "predet") and c.lower_ in ANAPHORIC_DETERMINERS for c in subj.children) and (
            any(c.lower_ == "both" for c in subj.children) or any(c.dep_ == "nummod" for c in subj.children)):
        return "subject"
    return None


def _same_party_named(subj: Any, before: Any) -> bool:
    """Whether a subject names again the party an earlier subject named: the same name ("Peru ... Peru", "President
    Garcia ... Garcia"), a bare definite description of a name ("Acme ... the firm") or the same definite noun phrase
    ("the government ... the government"; not "the Chilean government", a party of its own)."""
    if subj.pos_ == "PROPN" and before.pos_ == "PROPN":
        return subj.lower_ == before.lower_
    if subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False
    if before.pos_ == "PROPN":
        # a bare definite description of a named party ("Acme ... The firm agreed"): no word of its own names another
        return subj.tag_ == "NN" and all(c.dep_ == "det" for c in subj.children)
    phrase = lambda t: [w.lower_ for w in t.doc[t.left_edge.i: t.i + 1]]  # noqa: E731
    return before.pos_ == "NOUN" and phrase(subj) == phrase(before)


def _same_paragraph(earlier: Any, sent: Any) -> bool:
    """Whether no paragraph break (a blank line, or an indented line as wire copy starts one) lies between two
    sentences: a new paragraph may return from an aside on a party's past to the story's news ("Last July, Mr Doe
    won the seat." / "Mr Doe rejected the allegation ...")."""
    end = max((t.idx + len(t.text) for t in earlier if not t.is_space), default=earlier.start_char)
    return not _PARAGRAPH_BREAK.search(syn.doc_text(sent.doc), end, sent.start_char)


def _told_date(sent: Any, date_at: dict[int, Any], published: str | None, fronted: bool) -> Any:
    """The date, weeks before publication, of a sentence's own past assertion ("In 1985, Peru defaulted"), or None;
    with ``fronted``, only a date that opens the sentence before its subject: such a date sets the scene of the
    narrative that follows, where one after the verb ("Fernandez founded the bank in 1960") dates that act alone."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or not _past_clause(root):
        return None
    date = _dates_before(root, date_at, published, STORY_PAST_DAYS) or _framing_phrase_date(root, date_at, published)
    if date is None or not fronted:
        return date
    subj = _subject(root)
    opening = subj.left_edge.i if subj is not None else root.i
    return date if any(date_at.get(t.i) is date for t in sent.doc[sent.start: opening]) else None


def carried_date_of_story(tok: Any, date_at: dict[int, Any], published: str | None,
                          plover: str | None = None) -> str | None:
    """An act told as the sentence's own past assertion, with no date of its own, in a sentence that carries on the
    narrative of one dated weeks before the story ("Early last year, Peru and Chile agreed to cut duties. The two
    countries urged others to follow suit.", "The junta seized the mines in 2019. It then expelled the foreign
    engineers."): the date told there is the act's, and the act is recalled background as the dated one is
    (dated_past_of_story's exceptions hold: an old-news lead, recent force). The narrative is carried by "then",
    "also", "later", or by a subject that takes up the party told before (a pronoun, the same name, "the two
    countries") after a date that opens its sentence, within one paragraph. A sentence with a date of its own, a
    reported or framing clause, and a sentence that does not take up the narrative (a new subject, no "then"; a
    subject that opens a new paragraph) stay."""
    verb = _asserting_verb(tok)
    if verb is None or not _past_clause(verb) or verb.lemma_ == "be":
        return None
    sent = verb.sent
    if any(t.i in date_at for t in sent):
        return None
    sents = list(tok.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start == sent.start), 0)
    current = verb
    for k in range(at - 1, max(at - 1 - CARRY_SENTENCES, -1), -1):
        earlier = sents[k].root
        link = _narrative_link(current, earlier)
        # a subject that takes up a party carries the narrative within its paragraph; "then", "also" across one
        if link is None or (link == "subject" and not _same_paragraph(sents[k], current.sent)):
            return None
        dated = _told_date(sents[k], date_at, published, fronted=link != "adverb")
        if dated is not None:
            if _recent_force(plover, dated, published) or _old_news_story(tok.doc, date_at, published):
                return None
            return f"'{tok.text}' carries on a narrative dated '{dated.text}', weeks before the story: recalled background"
        if earlier.pos_ not in ("VERB", "AUX") or not _past_clause(earlier) or any(t.i in date_at for t in sents[k]):
            return None
        current = earlier
    return None


# Nouns of an occasion at which a party's acts are told ("a March 16 meeting ... After that meeting, ministers
# deplored ...", "his last news conference on November 19 ... During that session, he denied ...")
# (lemmas: "those talks" is "talk")
GATHERING_OCCASION_NOUNS = MEETING_HEADS | {"talk", "talks", "visit", "trip", "gathering", "negotiation", "discussion",
                                           "consultation", "encounter", "hearing", "debate"}
# Verbs that tell an occasion a later "that meeting" points back to ("the ministers last met in February")
MEETING_VERBS = frozenset({"meet", "confer", "convene", "gather", "visit"})
# Determiners that point back to an occasion told before ("that meeting", "those talks"); "the talks" as often names
# the story's own
BACK_POINTING_DETERMINERS = frozenset({"that", "those"})
# Prepositions that set an act at an occasion or on its close ("at that meeting", "after those talks")
OCCASION_PREPOSITIONS = frozenset({"at", "during", "after", "following", "in"})


def _timed_by_occasion(occasion: Any) -> Any:
    """The verb an occasion's phrase times ("ministers deplored ... after that meeting", "In a statement issued after
    that meeting, ministers deplored ...": through a participle of its own phrase), or None: not out of a clause with
    a subject or a tense of its own."""
    prep = occasion.head
    if occasion.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPOSITIONS:
        return None
    cur = prep.head
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "acl":
            return cur
        if not (cur.dep_ in ("pobj", "prep") or (cur.dep_ == "acl" and cur.tag_ == "VBN")) or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _weeks_back_any_precision(date: Any, published: str | None) -> bool:
    """Whether a time expression lies STORY_PAST_DAYS or more before publication, a day's date included (an occasion
    pointed back to is dated by its day: "a March 16 meeting"); in an undated story, a past month or year."""
    if published:
        return _before_the_news(date, published, False) and _days_back(date, published) >= STORY_PAST_DAYS
    return _weeks_before(date, published, STORY_PAST_DAYS, finite=False)


def _occasion_date(occasion: Any, date_at: dict[int, Any], published: str | None) -> Any:
    """The date, weeks before the story, of an occasion told: by its own words ("a March 16 meeting", "a news
    conference on November 19, 1986") or by the verb it is told with ("spoke at a news conference on March 3", "the
    ministers last met in February"); None otherwise."""
    verb = occasion
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr") \
            and verb.head.i != verb.i:
        verb = verb.head
    for t in occasion.subtree:
        if t.i in date_at and not _in_nested_clause(t, occasion) and _weeks_back_any_precision(date_at[t.i], published):
            return date_at[t.i]
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for t in verb.subtree:
        if t.i in date_at and not _in_nested_clause(t, verb) and _times_verb(t, verb, date_at) and \
                _weeks_back_any_precision(date_at[t.i], published):
            return date_at[t.i]
    return None


def occasion_told_before(tok: Any, date_at: dict[int, Any], published: str | None,
                         plover: str | None = None) -> str | None:
    """An act told as the sentence's own past assertion at an occasion the story points back to ("that meeting",
    "those talks") when the nearest occasion told in the two sentences before is dated weeks before the story ("since
    a March 16 meeting of foreign ministers ... In a statement issued after that meeting, ministers deplored ...",
    "During his last news conference on November 19, 1986 ... During that session, he denied ..."): the occasion's
    date is the act's, recalled background (dated_past_of_story's exceptions hold: an old-news lead, recent force).
    Kept: a sentence with a date of its own, "the meeting" (as often the story's own), an occasion told undated or of
    the story's days, and a present perfect or a reported clause."""
    verb = _asserting_verb(tok)
    if verb is None or not _past_clause(verb) or verb.lemma_ == "be":
        return None
    sent = verb.sent
    if any(t.i in date_at for t in sent):
        return None
    pointed = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in GATHERING_OCCASION_NOUNS and any(
        c.dep_ == "det" and c.lower_ in BACK_POINTING_DETERMINERS for c in t.children)
        and getattr(_timed_by_occasion(t), "i", None) == verb.i]
    if not pointed:
        return None
    sents = list(tok.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start == sent.start), 0)
    for k in range(at - 1, max(at - 1 - CARRY_SENTENCES, -1), -1):
        told = [t for t in sents[k] if (t.pos_ == "NOUN" and t.lemma_.lower() in GATHERING_OCCASION_NOUNS) or (
            t.pos_ == "VERB" and t.lemma_.lower() in MEETING_VERBS)]
        if not told:
            continue
        dated = _occasion_date(told[-1], date_at, published)  # the nearest occasion told is the one pointed back to
        if dated is None or _recent_force(plover, dated, published) or _old_news_story(tok.doc, date_at, published):
            return None
        phrase = " ".join(w.text for w in tok.doc[pointed[0].head.i: pointed[0].i + 1])
        return f"'{phrase}' points back to an occasion dated '{dated.text}', weeks before the story: recalled " \
               "background"
    return None


# Finite forms of "have" that make a perfect reaching back from the story's time ("has already ruled out", "had
# already pleaded guilty"); not the infinitive ("is reported to have already held talks": the report is the news)
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "'s", "'d"})
# Adverbs that tell a perfect as a party's record, set before what the story reports: "has already ruled out", "has
# previously promised", "have repeatedly denied", "has consistently refused", "has long opposed", "has twice vetoed"
RECORD_ADVERBS = frozenset({"already", "previously", "repeatedly", "consistently", "persistently", "long", "once",
                            "formerly", "twice", "before"})
# Nouns of a phrase that does the same: "had promised ... in the past", "has cut spending in recent years", "has
# refused on several occasions"
RECORD_SPANS = LONG_SPANS | frozenset({"past", "occasions"})
# Spans of months that tell a record only uncounted: "have expressed their displeasure in recent months", "have been
# attending board meetings over the past year"; a counted one dates a recent step ("has released in the last two
# months half of the loan"), and weeks and days may be the story's own ("in the past week", "over the past few days")
MONTH_SPANS = frozenset({"months", "year"})
# Modifiers that make such a span reach back over a record ("in recent years", "over the past decade", "on several
# occasions"); a bare "in years" or "in the coming years" does not
RECORD_SPAN_MODIFIERS = MANY_WORDS | frozenset({"past", "recent", "last", "numerous", "repeated"})
# Verbs of a commitment whose help is still to come ("has already agreed to lend", "had already made pledges", "aid
# had already been secured"): the promise stands at the story's time, and the golds list it as the story's event
STANDING_COMMITMENT_VERBS = frozenset({"agree", "pledge", "promise", "commit", "offer", "secure", "make"})
# Event types of a readiness that lasts into the story's days ("have already put their forces on standby")
STANDING_READINESS_TYPES = frozenset({"MOBILIZE"})
# How far a trigger may climb, through a verb it completes or is joined to, to the verb the record adverb sits on
RECORD_REACH = frozenset({"xcomp", "conj"})


def _in_lead(tok: Any) -> bool:
    """Whether the trigger sits in the story's lead, the sentences that state its news (a dateline or headline
    fragment with no verb does not count, as in _old_news_story)."""
    leads = [sent for sent in tok.doc.sents if any(t.pos_ in ("VERB", "AUX") for t in sent)][:LEAD_SENTENCES]
    return any(sent.start == tok.sent.start for sent in leads)


def _record_phrase(head: Any) -> str | None:
    """A phrase on ``head`` that reaches back over a record ("in the past", "in recent years", "over the past decade",
    "on several occasions", "in recent months", "over the past year"), lower-cased, or None."""
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "over", "on"):
            continue
        for o in c.children:
            if o.dep_ != "pobj" or o.lower_ not in RECORD_SPANS | MONTH_SPANS or (
                    o.lower_ in MONTH_SPANS and any(d.dep_ == "nummod" for d in o.children)):
                continue
            if o.lower_ == "past" and any(d.lower_ == "the" for d in o.children):
                return f"{c.lower_} the past"
            if any(d.lower_ in RECORD_SPAN_MODIFIERS for d in o.children):
                return " ".join(w.lower_ for w in head.doc[c.i: o.i + 1])
    return None


def _record_cue(verb: Any) -> str | None:
    """The adverb on ``verb`` ("previously", "repeatedly") or the phrase on it or on its complement that tells it as a
    record ("had promised to open its markets in the past", "has accused Peru of overfishing on several occasions":
    the parser hangs a closing phrase on the last verb), lower-cased, or None."""
    # the parser may hang a word between the auxiliary and the participle on the auxiliary ("has in the past accused")
    own = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    for c in (c for head in own for c in head.children):
        # a bare "before" ("has done so before"); one with a span is a date ("had agreed two days before")
        if c.dep_ == "advmod" and c.lower_ in RECORD_ADVERBS and (c.lower_ != "before" or not any(c.children)):
            return c.lower_
    # (and on a verb joined to the complement: "had promised to stimulate its economy and open its markets in the past")
    infinitives = [c for c in verb.children if c.dep_ == "xcomp"]
    joined = [j for c in infinitives for j in c.children if j.dep_ == "conj" and j.pos_ == "VERB"]
    gerunds = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pcomp"]
    complements = infinitives + joined + gerunds
    return next((cue for head in (*own, *complements) if (cue := _record_phrase(head)) is not None), None)


def _finite_perfect(verb: Any, auxes: list[Any]) -> bool:
    """Whether the verb is a finite perfect or past perfect, simple ("has denied", "had promised") or progressive
    ("have been attending", "has been lobbying": the same record told as a run of acts)."""
    if not any(a.lower_ in PERFECT_AUXILIARIES and a.tag_ in ("VBZ", "VBP", "VBD") for a in auxes):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBG" and any(a.lower_ == "been" for a in auxes))


def _perfect_with_record(verb: Any) -> tuple[Any, str] | None:
    """The verb, or one it completes or is joined to without a subject of its own ("has already agreed to lend"), that
    a record adverb sits on in a finite perfect ("has already ruled out", "had previously pleaded guilty"), with the
    adverb; None otherwise."""
    cur = verb
    for _ in range(4):
        auxes = [c for c in cur.children if c.dep_ == "aux"]
        if _finite_perfect(cur, auxes) and (cue := _record_cue(cur)) is not None:
            return cur, cue
        # a joined verb shares the perfect only as a participle ("has already cut spending and frozen credit"); one
        # with a tense of its own tells its own time ("has already frozen the lines but needs to request ...")
        if cur.dep_ not in RECORD_REACH or any(c.dep_ in SUBJECT_ROLES for c in cur.children) or (
                cur.dep_ == "conj" and cur.tag_ != "VBN"):
            return None
        cur = cur.head
    return None


def _of_story_days(date: Any, published: str | None) -> bool:
    """Whether a time expression begins within the story's days ("this week", "on Tuesday", "since Monday"); not a
    span from weeks back to now ("since 2019"). Without a publication date, a day or a week."""
    if not published:
        return date.precision in ("day", "week")
    try:
        began = _day.fromisoformat((date.start_date or date.end_date)[:10])
        return (_day.fromisoformat(published[:10]) - began).days < STORY_PAST_DAYS
    except (TypeError, ValueError):
        return False


def _timed_in_story_days(verb: Any, date_at: dict[int, Any], published: str | None) -> bool:
    """Whether a time expression of the story's own days times the verb ("has twice accused Peru this week", "have
    repeatedly clashed since Monday"): a record kept within them is the story's news. Anywhere in the verb's own
    clause: the parser may hang it on the last word ("accused Peru of overfishing this week")."""
    return any(t.i in date_at and not _in_nested_clause(t, verb) and _of_story_days(date_at[t.i], published)
               for t in verb.subtree)


def done_already(tok: Any, plover: str | None = None, date_at: dict[int, Any] | None = None,
                 published: str | None = None) -> str | None:
    """An act told in the perfect with an adverb of a record ("Blair has already ruled out a debate", "the party has
    previously promised tax cuts", "officials have repeatedly denied the charge", "the firm, which has already
    settled the charges"): the adverb sets it before what the story reports, a step or a record the story's news
    builds on, not the news itself. Kept: a commitment with "already" whose help is still to come ("has already
    agreed to lend", "had already made pledges": a promise told as a record, "has previously promised", is the
    party's past), forces made ready (``plover`` MOBILIZE), which stand at the story's time; an act in the story's
    opening sentence, which states its news; a record timed within the story's days (``date_at``, ``published``:
    "has twice accused Peru this week")."""
    verb = _own_clause_verb(tok)
    if verb is None or plover in STANDING_READINESS_TYPES:
        return None
    found = _perfect_with_record(verb)
    if found is None:
        return None
    perfect, cue = found
    if cue == "already" and any(t.lemma_.lower() in STANDING_COMMITMENT_VERBS for t in (perfect, verb)):
        return None
    if cue != "already" and date_at and _timed_in_story_days(perfect, date_at, published):
        return None
    if _in_lead(tok):
        return None
    return f"'{cue} {perfect.text}': an act told as done before the story's news, background"


# Conjunctions of a framing clause whose act comes before, or with, the act of the clause it frames ("resigned last
# year after being accused", "when he refused in 1968"): dated by that clause when it states no date of its own
PRIOR_FRAMING_WORDS = frozenset({"after", "following", "when", "once"})
# Links a trigger climbs through to the clause or phrase that frames it ("after being accused", "following Peru's
# decision to expel"): within a phrase, not out of a relative or reported clause of its own
FRAMED_LINKS = INNER_LINKS | frozenset({"pcomp", "acl"})


def _prior_framing(tok: Any) -> Any:
    """The clause or phrase of prior or simultaneous time the trigger sits in ("after the opposition accused him",
    "after being accused", "following Peru's decision to expel ..."): the adverbial clause's verb or the framing
    preposition, whose head is the framed verb; None otherwise."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "advcl" and cur.pos_ in ("VERB", "AUX"):
            framing = any(c.dep_ in ("mark", "advmod") and c.lower_ in PRIOR_FRAMING_WORDS and c.i < cur.i
                          for c in cur.children)
            return cur if framing else None
        if cur.dep_ == "prep" and cur.lower_ in PRIOR_FRAMING_WORDS and cur.i < tok.i:
            return cur
        if cur.dep_ not in FRAMED_LINKS or cur.head.i == cur.i:
            return None
        # a noun's clause within the phrase is its infinitive ("decision to expel"); a participle after a comma is as
        # often the sentence's own verb misread ("struck last year after months of negotiations, called on Japan")
        if cur.dep_ == "acl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return None
        cur = cur.head
    return None


def framed_by_dated_past(tok: Any, date_at: dict[int, Any], published: str | None,
                         plover: str | None = None) -> str | None:
    """An act in an undated clause that frames a past assertion dated weeks before the story ("Last year, he was
    forced to resign after being accused of falsifying the accounts"): the framed act is that old, or older, and is
    the story's history as the dated act is (dated_past_of_story's exceptions hold: an old-news lead, recent force).
    A clause with a date of its own is dated_past_of_story's to judge; "before" and "until" clauses may reach the
    story's days and stay."""
    framing = _prior_framing(tok)
    if framing is None or framing.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(t.i in date_at for t in framing.subtree):
        return None
    head = framing.head
    # the framed clause may be the sentence's own assertion or one joined to it ("was forced to resign": the head)
    main = head
    while main.dep_ in ("xcomp", "conj") and not any(c.dep_ in SUBJECT_ROLES for c in main.children):
        main = main.head
    if main.dep_ not in MAIN_ROLES or not _past_clause(main):
        return None
    dated = _dates_before(main, date_at, published, STORY_PAST_DAYS) or _framing_phrase_date(main, date_at, published)
    if dated is None or _recent_force(plover, dated, published) or _old_news_story(tok.doc, date_at, published):
        return None
    return f"'{tok.text}' frames '{main.text}', dated '{dated.text}' weeks before the story's news: recalled background"


# Adverbs that set a perfect at the story's own moment ("has now backed", "has just endorsed"), or tell it as a fresh
# act ("has recently backed"): an act of the story, not a position held
FRESH_ADVERBS = frozenset({"now", "just", "today", "recently", "finally", "also", "again", "formally", "officially"})


def standing_stance(tok: Any, date_at: dict[int, Any]) -> str | None:
    """A stance verb in the present perfect on a party, undated, in the writer's own clause after the story's opening
    ("Tehran has supported the rebel guerrillas", "Kuwait has backed Iraq in the war"): an alignment the party holds,
    told as background, as standing_position reads the simple present. Kept: a measure backed ("the boards have backed
    the deal"), a perfect dated or set at the story's moment ("has now backed Iraq"), a progressive ("has been
    backing": a campaign of the story's days), a reported clause and the story's opening sentence, which tell the
    day's act."""
    verb = _own_clause_verb(tok)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in POSITION_VERBS or verb.tag_ != "VBN":
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in ("has", "have", "'ve") and a.tag_ in ("VBZ", "VBP") for a in auxes) or any(
            a.dep_ == "auxpass" or a.tag_ == "MD" for a in auxes):
        return None
    if verb.dep_ not in ("ROOT", "conj") or syn.governing_reporter(verb) is not None:
        return None
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in FRESH_ADVERBS | {"not", "n't", "never"} for c in verb.children):
        return None
    if any(t.i in date_at for t in verb.sent):
        return None
    if _in_lead(tok):
        return None
    subj = syn.subject_of(verb)
    if subj is None or subj.lower_ in ("i", "we", "you"):
        return None
    # a party backed or opposed is a standing alignment ("Kuwait has backed Iraq in the war"); a measure backed ("the
    # boards have backed the deal") is the story's own step on it
    if not any(c.dep_ == "dobj" and _party_word(c) for c in verb.children):
        return None
    return f"'{subj.text} has {verb.text}' a party: a standing position in the present perfect, background"


def told_as_story_past(tok: Any, date_at: dict[int, Any], published: str | None, plover: str | None = None) -> str | None:
    """Why the trigger tells the story's past without a date of its own (a date carried from the narrative before, from
    the clause it frames or from an occasion pointed back to, or an adverb of a record in a perfect), or None. The
    background step's one entry for acts whose time the sentence does not state."""
    return carried_date_of_story(tok, date_at, published, plover) or framed_by_dated_past(
        tok, date_at, published, plover) or done_already(tok, plover, date_at, published) or standing_stance(
        tok, date_at) or occasion_told_before(tok, date_at, published, plover)
