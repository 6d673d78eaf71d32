"""Verbal conflict that no listed verb carries (thirteenth session): a named party's reported verdict on
another party's act ("Moscow said Washington's move was illegal": ACCUSE 'disapprove'; since stn26 also an
approving one, "said Japan's package was a positive step", SUPPORT, and an offer refused, "said the proposals
were unacceptable", REJECT), a declared readiness to answer any attack ("Cairo is ready to respond to any
aggression": THREATEN 'violence') and a deadline given to a party ("gave the rebels a week to surrender":
THREATEN, an ultimatum).

Each rule returns the trigger row and the reason, like ``_stance_adjective``; the coder builds the event on
the returned verb. ``judged_party`` names the token whose parties are the recipient of a verdict."""
from __future__ import annotations

import csv
import io
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from . import _syntax as syn
from ._context import WEAPON_WORDS, _Ctx, _is_agent_noun
from ._lexicon import Trigger
from ._triggers import REBUTTING_WORDS, rebutted_charge
from ._vocabulary import PROMISE_NOUNS, STATE_HEADS


def _borrowed(row: Trigger | None, verb: Any, how: str, mode: str | None = None) -> tuple[Trigger, str] | None:
    """A lexicon row lent to a verb the rules here code ("said the move was illegal" codes as "criticize"): under
    the verb's own lemma, marked light, with the rule's reason ``how``; None where the lexicon lacks the row."""
    return None if row is None else (replace(row, lemma=verb.lemma_.lower(), mode=mode, source="light"), how)


# Words that pass a verdict by themselves: said of a party's act they disapprove of it, whoever says it.
CONDEMNING_WORDS = frozenset({
    "illegal", "unlawful", "illegitimate", "unacceptable", "irresponsible", "provocative", "outrageous", "deplorable",
    "reprehensible", "shameful", "disgraceful", "unjustified", "unjustifiable", "unwarranted", "reckless",
    "hypocritical", "intolerable", "inexcusable", "scandalous", "misguided", "counterproductive", "inadequate",
    "insufficient", "flawed", "destabilising", "destabilizing", "regrettable", "deceitful", "dishonest",
    # a verdict of unfairness or excess ("called the sentence harsh", "described the charge as absurd")
    "harsh", "absurd", "ridiculous", "laughable", "unfair", "excessive", "draconian", "disproportionate",
    "unconstitutional", "discriminatory", "baseless", "groundless", "arbitrary", "inhumane", "appalling",
    "disastrous", "incompetent",
    # a plan's failings ("said the budget plan was seriously deficient")
    "deficient", "unworkable",
    # a judgement of no grounds ("said the claims were unfounded")
    "unfounded",
})
# Nouns that pass the same verdict as the complement of "be", "call" or "describe as" ("a violation of").
CONDEMNING_NOUNS = frozenset({"violation", "mistake", "provocation", "insult", "disgrace", "travesty", "blunder",
                              "affront", "outrage", "breach", "betrayal", "farce", "sham"})
# Names that insult whoever they are given to ("called the envoy a liar", "called him a stupid man").
INSULT_NOUNS = frozenset({"liar", "criminal", "thug", "dictator", "puppet", "traitor", "murderer", "fool", "idiot",
                          "butcher", "tyrant", "gangster", "racist", "fascist", "coward", "hypocrite", "clown",
                          "warmonger", "crook", "bully", "madman"})
INSULT_ADJECTIVES = frozenset({"stupid", "incompetent", "corrupt", "dishonest", "pathetic", "ignorant", "foolish"})
# Approving words that disapprove when negated ("was not acceptable", "were not forceful enough").
NEGATED_APPROVALS = frozenset({"acceptable", "legal", "legitimate", "sufficient", "adequate", "helpful", "constructive",
                               "serious", "credible", "forceful", "enough"})
# What a verdict can be passed on: a party itself or one of its acts, words or policies.
JUDGED_NOUNS = frozenset({"decision", "move", "step", "policy", "plan", "action", "actions", "announcement", "statement",
                          "remark", "comment", "measure", "ruling", "vote", "stance", "position", "refusal", "failure",
                          "attitude", "behaviour", "behavior", "conduct", "approach", "response", "reaction", "proposal",
                          "offer", "demand", "claim", "law", "legislation", "bill", "sanction", "embargo",
                          "ban", "blockade", "raid", "strike", "attack", "operation", "occupation", "annexation",
                          "deployment", "handling", "treatment", "crackdown", "detention", "arrest", "expulsion",
                          "recognition", "withdrawal", "settlement", "test", "launch", "election", "referendum"})
# A party's word and figures, which a condemning or rebutting word judges when the party is named ("said the Chinese
# figures were inaccurate"); unowned ("the figures were wrong") they may be the speaker's own correction, and an
# approving word on them ("Japan's figures were encouraging") says how things go, not that an act is approved.
CLAIM_NOUNS = frozenset({"argument", "figure", "estimate", "assessment", "assertion", "account", "version", "data",
                         "statistic", "contention", "forecast", "projection", "calculation", "sum", "number",
                         "arithmetic"})
# Verdicts said of a party's act only ("said Japan's package was positive", "called the US move disastrous"): the
# adjectives of scripts/build_polarity.py (raters' valence, read as adjectives by the parser), with the approving
# words that table misses because the parser also reads them as verbs or nouns ("welcome", "encouraging").
APPROVING_WORDS = frozenset({"welcome", "encouraging", "constructive", "positive", "right", "correct", "wise",
                             "sensible", "reasonable", "realistic", "commendable", "laudable", "praiseworthy"})
# Nouns that approve an act as the complement of "be" ("the accord was a breakthrough"); any act noun approves
# or condemns with such an adjective on it ("a positive step", "a dangerous precedent") or "in the right direction".
APPROVING_NOUNS = frozenset({"breakthrough", "milestone", "achievement"})
ACT_VERDICT_NOUNS = frozenset({"step", "move", "development", "sign", "signal", "precedent", "gesture",
                               "contribution", "decision", "measure", "initiative", "example"})
APPROVING = "approval of a party's act"


@lru_cache(maxsize=1)
def verdict_polarity() -> dict[str, int]:
    """The derived verdict adjectives: word -> +1 (approving) or -1 (condemning)."""
    text = resources.files("eventwire.events").joinpath("data", "verdict_polarity.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return {r["word"]: 1 if r["polarity"] == "+" else -1 for r in rows}


def _word_sign(word: Any) -> int:
    """+1 for an approving adjective, -1 for a condemning one, 0 for any other word."""
    lower = word.lower_
    if lower in APPROVING_WORDS:
        return 1
    if lower in CONDEMNING_WORDS:
        return -1
    return verdict_polarity().get(lower, 0) if word.pos_ == "ADJ" else 0


def _act_verdict_sign(word: Any) -> int:
    """The verdict a predicate word passes on a party's act: +1 approves ("was encouraging", "a positive step",
    "a step in the right direction", "a breakthrough"), -1 condemns ("was dangerous", "a dangerous precedent",
    "a mistake", "not helpful"); a condemnation negated passes none ("was not illegal")."""
    negs = [c for c in (*word.children, *word.head.children) if c.dep_ == "neg" or c.lower_ in ("never", "hardly")]
    if word.pos_ == "ADJ":
        sign = _word_sign(word)
    elif word.pos_ == "NOUN" and word.dep_ == "attr":
        lemma = word.lemma_.lower()
        mods = [c for c in word.children if c.dep_ == "amod"]
        if lemma in CONDEMNING_NOUNS:
            sign = -1
        elif lemma in APPROVING_NOUNS:
            sign = 1
        elif lemma in ACT_VERDICT_NOUNS and any(_word_sign(m) for m in mods):
            sign = next(_word_sign(m) for m in mods if _word_sign(m))
        elif lemma in ACT_VERDICT_NOUNS and any(d.lower_ == "right" for p in syn.prep_objects(word, ("in",))
                                               if p.lower_ == "direction" for d in p.children):
            sign = 1
        else:
            sign = 0
    else:
        sign = 0
    if negs:
        return -1 if sign > 0 else 0
    return sign


def _owned_act(ctx: _Ctx, noun: Any) -> bool:
    """A party's act, not the party itself nor one of its people ("Japan's package", "the US decision")."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in JUDGED_NOUNS | ACT_NOUNS_OWNED or
                                    noun.lower_ in JUDGED_NOUNS | ACT_NOUNS_OWNED) and _party_owned(ctx, noun)


# Acts a story names that a verdict is passed on without naming whose they are ("said the scheme was flawed").
UNOWNED_ACT_NOUNS = frozenset({"scheme", "view", "moratorium", "tax", "detentions", "proposals", "plans", "contract",
                               "cuts", "increases", "idea", "changes", "change", "verdict", "sentence", "address",
                               "speech", "words"})
# Acts a verdict is often passed on besides JUDGED_NOUNS: a package of measures, a rise in rates, a programme.
ACT_NOUNS_OWNED = frozenset({"package", "programme", "program", "initiative", "rise", "cut", "increase", "tariff",
                             "tariffs", "reform", "reforms", "budget", "agreement", "accord", "deal", "pact",
                             "policies", "tone", "declaration", "declarations", "intervention"})


VERDICT_VERBS = frozenset({"say", "call", "describe", "brand", "term", "label", "declare", "insist", "argue",
                           "state", "tell", "add", "stress", "maintain", "charge", "complain", "warn",
                           # an answer to another party's claim ("the embassy replied that the figures are false")
                           "reply", "respond", "retort", "counter", "contend", "assert"})
OWN_WORDS = frozenset({"our", "my", "we", "i", "us"})
EVALUATIVE = "verdict on a party's act"


def _party_in(ctx: _Ctx, tok: Any) -> bool:
    return tok.i in ctx.entity_at or tok.i in ctx.place_at


def _judged(ctx: _Ctx, noun: Any) -> bool:
    """A party ("Washington was irresponsible") or a party's act ("Israel's decision", "the Israeli measures",
    "the sanctions imposed by the United States"); a first-person act is the speaker's own."""
    if noun.pos_ == "PRON" or noun.lower_ in OWN_WORDS:
        return False
    if _party_in(ctx, noun):
        return True
    if noun.lemma_.lower() not in JUDGED_NOUNS | CLAIM_NOUNS and noun.lower_ not in JUDGED_NOUNS and \
            not _is_agent_noun(noun):
        return False  # an act of a party, or one of its people ("Colombia's president")
    return _party_owned(ctx, noun)


def _party_owned(ctx: _Ctx, noun: Any) -> bool:
    """Whether a party owns ``noun`` ("Israel's", "the Israeli", "by the United States"), not the speaker."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    owners += syn.prep_objects(noun, ("by", "of"))
    # "a budget plan drafted by Senator Chiles", "the figures issued by Peking": the one who made it owns it
    owners += [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in [syn.agent_of(c)] if a is not None]
    if any(c.lower_ in OWN_WORDS for c in owners):
        return False
    return any(_party_in(ctx, o) or any(_party_in(ctx, t) for t in o.subtree) for o in owners)


def _labelled(ctx: _Ctx, noun: Any) -> bool:
    """What a verb of labelling ("called", "described as", "branded") can judge: a party or a party's act, as
    any verdict, and besides any other thing named by a noun that is not the speaker's own ("described the
    explanation as insufficient", "called the sentence harsh"): labelling it so is itself the criticism."""
    if _judged(ctx, noun):
        return True
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in OWN_WORDS:
        return False
    return not any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in noun.children)


def _verdict_word(word: Any) -> str | None:
    """The verdict a predicate word passes: condemning outright, or an approval negated."""
    negs = [c for c in (*word.children, *word.head.children) if c.dep_ == "neg" or c.lower_ in ("never", "hardly")]
    lower = word.lower_ if word.pos_ == "ADJ" else word.lemma_.lower()
    # calling another's word untrue ("said the Chinese figures were inaccurate", "described his argument as
    # nonsense") charges it with misleading: the rebuttal's words, said of what is no charge against the speaker
    if lower in CONDEMNING_WORDS or lower in CONDEMNING_NOUNS or lower in REBUTTING_WORDS:
        return None if negs else lower
    if lower in NEGATED_APPROVALS and negs:
        return f"not {lower}"
    if word.pos_ == "NOUN" and word.dep_ in ("oprd", "appos", "attr") and (lower in INSULT_NOUNS or any(
            c.dep_ == "amod" and c.lower_ in INSULT_ADJECTIVES for c in word.children)):
        return lower  # "called the envoy a liar", "a very stupid guy": an insult names no act, but disapproves
    return None


# Breaking one's word (PROMISE_NOUNS): "broke its promises", "betrayed its pledge", "reneged on its commitments".


def _broken_promise(clause: Any) -> bool:
    """"(X said) Y had broken its promises / reneged on its pledge": the clause charges Y with breaking its
    word (a reproach by itself); "did not break its promise" and "would break" charge nobody."""
    lemma = clause.lemma_.lower()
    if lemma in ("break", "betray"):
        objs = [c for c in clause.children if c.dep_ == "dobj"]
    elif lemma == "renege":
        objs = syn.prep_objects(clause, ("on",))
    else:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will"))
           for c in clause.children):
        return False
    return any(o.lemma_.lower() in PROMISE_NOUNS for o in objs)


# A judgement of wrongdoing that no verdict word carries (acc43): the act breaks a rule ("was contrary to
# international law", "was not in keeping with the accords", "was in breach of the treaty"), amounts to a wrong
# ("said the words amounted to a declaration of war") or rests on false grounds ("was based on inaccurate data").
RULE_NOUNS = frozenset({"agreement", "accord", "accords", "pact", "treaty", "law", "rule", "principle", "charter",
                        "constitution", "resolution", "ceasefire", "truce", "convention", "obligation", "commitment",
                        "understanding", "protocol", "norm", "regulation", "spirit", "letter"})
# Said of an act and a rule: these say it breaks the rule; the conforming ones say so when negated.
BREAKING_WORDS = frozenset({"violation", "breach", "contravention", "defiance", "contrary", "inconsistent",
                            "incompatible", "odds"})
CONFORMING_WORDS = frozenset({"keeping", "line", "accordance", "conformity", "compliance", "consistent",
                              "compatible"})
# Wrongs an act can amount to besides CONDEMNING_NOUNS; "declaration" and "act" only of war or aggression.
WRONG_NOUNS = frozenset({"interference", "aggression", "blackmail", "meddling", "sabotage", "piracy", "theft",
                         "terrorism", "lie", "falsehood"})
WAR_NOUNS = frozenset({"war", "aggression", "terrorism", "piracy", "sabotage"})
# Grounds that are false or faulty ("based on flawed research", "on inaccurate data").
FAULTY_WORDS = frozenset({"flawed", "inaccurate", "false", "wrong", "faulty", "erroneous", "misleading",
                          "incorrect", "distorted", "exaggerated", "fabricated", "mistaken", "baseless", "unfounded"})


def _rule_breaking(word: Any, negated: bool) -> bool:
    """Whether ``word`` (a predicate of "be") puts an act against a rule: "in violation of the treaty", "contrary
    to the law", "at odds with the accord"; "in keeping / in line with the accords" only negated."""
    lower = word.lower_
    if lower in BREAKING_WORDS:
        wanted = not negated
    elif lower in CONFORMING_WORDS:
        wanted = negated
    else:
        return False
    return wanted and any(o.lemma_.lower() in RULE_NOUNS or o.lower_ in RULE_NOUNS
                          for o in syn.prep_objects(word, ("with", "of", "to")))


def _wrong_noun(noun: Any) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in CONDEMNING_NOUNS or lemma in WRONG_NOUNS:
        return True
    return lemma in ("declaration", "act") and any(o.lemma_.lower() in WAR_NOUNS
                                                   for o in syn.prep_objects(noun, ("of",)))


def _wrongdoing_clause(clause: Any) -> bool:
    """Whether a reported clause judges its subject's act a wrong (see RULE_NOUNS); a negated one judges none
    ("did not amount to a violation"), except a conformity denied ("was not in line with the accords")."""
    negated = any(c.dep_ == "neg" or c.lower_ in ("never", "hardly") for c in clause.children)
    lemma = clause.lemma_.lower()
    if lemma in ("amount", "constitute"):
        objs = syn.prep_objects(clause, ("to",)) + [c for c in clause.children if c.dep_ == "dobj"]
        return not negated and any(_wrong_noun(o) for o in objs)
    if lemma == "base":
        return not negated and any(
            o.lemma_.lower() in ("lie", "falsehood", "misinformation", "disinformation") or
            any(a.dep_ == "amod" and a.lower_ in FAULTY_WORDS for a in o.children)
            for o in syn.prep_objects(clause, ("on", "upon")))
    if lemma == "add" and any(c.dep_ == "prt" and c.lower_ == "up" for c in clause.children):
        return negated  # "said the party's sums do not add up": its figures are charged with misleading
    if lemma != "be":
        return False
    if not negated and any(
            (c.dep_ == "attr" and c.pos_ == "NOUN" and _wrong_noun(c)) or
            (c.dep_ == "acomp" and c.lower_ in ("tantamount", "equivalent") and
             any(_wrong_noun(o) for o in syn.prep_objects(c, ("to",))))
            for c in clause.children):
        return True  # "said the raid was an act of aggression", "was tantamount to a declaration of war"
    preds = [c for c in clause.children if c.dep_ == "acomp"]
    preds += [o for o in syn.prep_objects(clause, ("in", "at")) if o.lower_ in BREAKING_WORDS | CONFORMING_WORDS]
    return any(_rule_breaking(p, negated) for p in preds)


def judged_party(ctx: _Ctx, verb: Any) -> Any:
    """The phrase whose parties a verdict ``verb`` carries judges, or None: the subject of the copular
    complement ("said [Israel's decision] was illegal") or the object of "call"/"describe" ("called [the
    sanctions] unacceptable", "described [the raid] as a violation")."""
    found = _verdict(ctx, verb)
    return found[0] if found is not None else None


def _verdict(ctx: _Ctx, verb: Any) -> tuple[Any, int] | None:
    """The phrase judged and the verdict's sign (-1 condemns, +1 approves), or None (see ``judged_party``)."""
    lemma = verb.lemma_.lower()
    if lemma not in VERDICT_VERBS or verb.pos_ != "VERB":
        return None
    if rebutted_charge(verb) is not None:
        return None  # "said / called the charges baseless": refusing the charge is REJECT (_triggers._rebuttal)
    if lemma in ("call", "describe", "brand", "term", "label"):
        obj = syn.first_child(verb, "dobj")
        if obj is None or not _labelled(ctx, obj):
            return None
        preds = [c for c in verb.children if c.dep_ in ("oprd", "acomp") or (c.dep_ == "attr" and c.pos_ == "NOUN")]
        preds += [c for c in obj.children if c.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in c.children)]
        preds += [p for a in syn.prep_objects(verb, ("as",)) for p in [a]]
        preds += syn.prep_objects(obj, ("as",))  # the parser may hang "as" on the object ("X's argument as nonsense")
        preds += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for c in c.children
                  if c.dep_ in ("amod", "acomp")]
        # the parser hangs a verdict that follows the object on it ('labelled the court "illegal"')
        preds += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
        preds += [c for p in list(preds) for c in syn.conjuncts(p)]  # "illegal and incompetent"
        if any(_verdict_word(p) for p in preds):
            return obj, -1
        # a party's act labelled with a verdict adjective ("described Japan's package as positive")
        signs = [_act_verdict_sign(p) for p in preds] if _owned_act(ctx, obj) or _named_act(obj) else []
        sign = next((x for x in signs if x), 0)
        return (obj, sign) if sign else None
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis") and _broken_promise(clause):
            subj = syn.first_child(clause, "nsubj")
            if subj is not None and subj.pos_ != "PRON" and _party_in(ctx, subj):
                return subj, -1  # "said the state had broken its promises": a reproach of the one who broke them
        if clause.dep_ in ("ccomp", "parataxis") and _wrongdoing_clause(clause) and not any(
                a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "may", "will", "can")
                for a in clause.children):
            subj = syn.first_child(clause, "nsubj") or syn.first_child(clause, "nsubjpass")
            if subj is not None and (_judged(ctx, subj) or _owned_act(ctx, subj) or _named_act(subj)):
                return subj, -1  # "said the Israeli statement amounted to a declaration of war"
        if clause.dep_ not in ("ccomp", "parataxis") or clause.lemma_.lower() != "be":
            continue
        subj = syn.first_child(clause, "nsubj")
        if subj is None or any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "may", "will", "can")
                               for a in clause.children):
            continue  # "would be illegal": a hypothetical act is a warning, not a verdict
        preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if _judged(ctx, subj) and any(_verdict_word(p) for p in preds):
            return subj, -1
        # a party's act judged by a verdict adjective or noun ("said Japan's package was a positive step"), or an
        # act the story names without its owner ("said the proposed tax was unacceptable")
        if _owned_act(ctx, subj) or _named_act(subj):
            sign = next((x for x in map(_act_verdict_sign, preds) if x), 0) or (
                -1 if any(_verdict_word(p) for p in preds) else 0)
            if sign:
                return subj, sign
    return None


def _named_act(noun: Any) -> bool:
    """An act noun with a determiner that points at one act the story tells of ("the offer", "this plan", "the
    proposed tax"), not a kind of act ("protectionism", "trade retaliation") nor the speaker's own ("our plan")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in JUDGED_NOUNS | ACT_NOUNS_OWNED | UNOWNED_ACT_NOUNS:
        return False
    if any(c.lower_ in OWN_WORDS for c in noun.children if c.dep_ in ("poss", "det")):
        return False
    if any(c.dep_ in ("acl", "ccomp", "relcl") and any(t.lower_ in OWN_WORDS and t.dep_ == "nsubj" for t in c.subtree)
           for c in noun.children):
        return False  # "the idea that I would allow such a charge is outrageous": the speaker's own act supposed
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "some") for c in noun.children)


# What is put to a party to accept or refuse, and the verdicts that refuse it ("not acceptable", "not enough").
OFFER_NOUNS = frozenset({"offer", "proposal", "demand", "terms", "bid", "contract", "condition", "settlement"})
REFUSING_WORDS = frozenset({"unacceptable", "inadequate", "insufficient", "not acceptable", "not enough",
                            "not sufficient", "not adequate"})


def _refused_offer(judged: Any, verb: Any) -> bool:
    """Whether the verdict passed under ``verb`` refuses an offer or a demand put to the speaker."""
    if judged.lemma_.lower() not in OFFER_NOUNS:
        return False
    preds = [c for c in judged.head.children if c.dep_ in ("acomp", "attr", "oprd")] if judged.head != verb else \
        [c for c in verb.children if c.dep_ in ("oprd", "acomp")] + syn.prep_objects(verb, ("as",))
    return any(_verdict_word(p) in REFUSING_WORDS for p in preds)


def evaluative_report(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"Russia said Washington's decision was illegal", "Beijing called the American sanctions unacceptable",
    "the minister said the Israeli measures were not forceful enough", "said Kenya had broken its promises":
    the speaker disapproves of the judged party's act (manual ACCUSE 'disapprove': "condemn, decry a policy
    or an action; criticize"). Only a word that condemns by itself, said of a party or a party's act, by a
    speaker who is the reporting verb's subject ("said the weather was unacceptable", "said our plan was
    flawed" are no accusation)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VERDICT_VERBS:
        return None  # the cheap test first: this runs on every token
    speaker = syn.subject_of(verb)
    found = _verdict(ctx, verb) if speaker is not None and speaker.lower_ not in OWN_WORDS else None
    if found is None:
        return None
    if _refused_offer(found[0], verb):
        # "said the latest proposals were unacceptable", "said the offer was not enough": an offer or a demand
        # judged unacceptable is refused (manual REJECT: "reject a proposal, demand or offer"), not criticised
        row = ctx.lexicon.plain_row("reject", "REJECT")
        return _borrowed(row, verb, EVALUATIVE)
    if found[1] > 0:
        # "said Japan's package was a positive step": approving another party's act (manual SUPPORT: "express
        # support for, commend, approve policy, action, or actor")
        row = ctx.lexicon.plain_row("praise", "SUPPORT")
        return _borrowed(row, verb, APPROVING)
    row = ctx.lexicon.plain_row("criticize", "ACCUSE")
    return _borrowed(row, verb, EVALUATIVE, "disapprove")


# Answering force with force: "ready to respond to any attack", "prepared to crush any aggressor".
ANSWERING_VERBS = frozenset({"respond", "retaliate", "react", "tackle", "repel", "crush", "repulse", "confront",
                             "counter", "defend", "hit", "strike", "fight", "punish", "answer"})
HOSTILE_NOUNS = frozenset({"attack", "aggression", "aggressor", "attacker", "invasion", "incursion", "provocation",
                           "violation", "intrusion", "assault", "threat", "act"})
READY_WORDS = frozenset({"ready", "prepared", "determined"})
DETERRENCE = "readiness to answer any attack"


def deterrent_readiness(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"Iran said it was ready to respond to any attack", "the forces are prepared to tackle any aggressors":
    a declared readiness to answer any hostile act with force warns off whoever might commit it (manual
    THREATEN 'violence': "coercive or forceful warnings with serious potential repercussions"). The act
    answered is open ("any", "every"); "ready to respond to the letter" offers a reply, not a threat."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING_VERBS or verb.dep_ != "xcomp":
        return None
    if verb.head.lower_ not in READY_WORDS or not syn.to_infinitive(verb):
        return None
    if any(c.dep_ == "neg" for c in (*verb.head.children, *verb.head.head.children)):
        return None
    targets = [c for c in verb.children if c.dep_ == "dobj"] + syn.prep_objects(verb, ("to", "against", "on"))
    if not any(t.lemma_.lower() in HOSTILE_NOUNS and any(d.lower_ in ("any", "every", "all") for d in t.children)
               for t in targets):
        return None
    row = ctx.lexicon.plain_row("threaten", "THREATEN")
    return _borrowed(row, verb, DETERRENCE, "violence")


# A span of time given to act: "a week", "48 hours", "until Friday" is a date the parser finds separately.
SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
ULTIMATUM = "deadline given to a party"


def ultimatum(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"The army gave the rebels a week to lay down their arms", "the strikers were given 48 hours to return
    to work": a deadline set for another party's act carries the threat of what follows if it is missed (an
    ultimatum: manual THREATEN, "coercive or forceful warnings"). The act demanded is its content; a span
    given for one's own work ("gave itself a year to finish") or with no act named is no deadline."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("give", "grant"):
        return None
    if any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "may", "should") for a in verb.children):
        return None  # "a decree that would have given the company six months": no deadline was set
    passive = syn.is_passive(verb)
    given = syn.first_child(verb, "nsubjpass") if passive else \
        next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() not in SPAN_NOUNS), None)
    if given is None or not _party_in(ctx, given):
        return None  # "gave itself a year", "gave the programme a month": a party is given the deadline
    # Whoever sets it is a party or an agent, not a document ("the legislation gives the administration six
    # months to negotiate" grants time; it threatens nobody).
    giver = syn.agent_of(verb) if passive else syn.subject_of(verb)
    if giver is not None and not (_party_in(ctx, giver) or _is_agent_noun(giver)):
        return None
    span = next((c for c in verb.children if c.dep_ in ("npadvmod", "dobj", "attr") and c.lemma_.lower() in SPAN_NOUNS
                 and any(d.dep_ == "nummod" or (d.dep_ == "det" and d.lower_ in ("a", "an")) for d in c.children)
                 and not any(d.lower_ in ("last", "next", "past", "this", "previous", "same") for d in c.children)), None)
    if span is None:
        return None  # "granted Indonesia a loan last month to help": a date, not a span given
    act = next((c for c in (*verb.children, *span.children) if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None:
        return None
    row = ctx.lexicon.plain_row("threaten", "THREATEN")
    return _borrowed(row, verb, ULTIMATUM)


# Heads of a polity or movement: "time for a new leader" asks for a change of them.
LEADER_NOUNS = frozenset({"leader", "leadership", "government", "president", "premier", "chairman", "regime",
                          "administration", "cabinet", "minister"})
TIME_FOR = "'time for' a party to act"


def _time_clause(verb: Any) -> Any:
    """The "be" clause of "(said) it was time for ...", reported under ``verb``."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.lemma_.lower() == "be" and \
                any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children) and \
                not any(c.dep_ == "neg" for c in clause.children):
            time = next((c for c in clause.children if c.dep_ == "attr" and c.lower_ == "time"), None)
            if time is not None and not any(c.dep_ in ("amod", "det") and c.lower_ not in ("the", "high", "now")
                                            for c in time.children):
                return time
    return None


def addressed_party(ctx: _Ctx, verb: Any) -> Any:
    """Who is told it is time to act: the subject of "for X to <verb>" ("said it was time for [Arafat] to
    go"), or the party named with "a new leader" ("time for a new [Palestinian] leader")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in syn.REPORTING_VERBS:
        return None
    time = _time_clause(verb)
    if time is None:
        return None
    for act in time.children:
        if act.dep_ in ("relcl", "acl", "advcl") and act.pos_ == "VERB" and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children) and \
                any(m.dep_ == "mark" and m.lower_ == "for" for m in act.children):
            subj = syn.first_child(act, "nsubj")
            return subj if subj is not None and subj.lower_ not in OWN_WORDS and subj.pos_ != "PRON" else None
    for leader in syn.prep_objects(time, ("for",)):
        if leader.lemma_.lower() in LEADER_NOUNS and any(c.lower_ == "new" for c in leader.children) and \
                any(_party_in(ctx, c) for c in leader.children if c.dep_ in ("amod", "compound", "poss")):
            return leader
    return None


def time_for(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"Egypt said it was time for the Libyan prime minister to resign", "officials said it was time for a new
    Palestinian leader": telling another party that the time has come for an act asks for it (manual REQUEST,
    and REQUEST 'change' "includes calls for dismissal of officials"). The act asked for is the content, not
    an act done; "it is time for us to leave" is the speaker's own plan."""
    target = addressed_party(ctx, verb)
    if target is None or syn.subject_of(verb) is None:
        return None
    row = ctx.lexicon.plain_row("urge", "REQUEST")
    change = target.lemma_.lower() in LEADER_NOUNS or any(
        v.lemma_.lower() in ("resign", "quit", "go", "step", "leave") for v in [target.head])
    return _borrowed(row, verb, TIME_FOR, "change" if change else None)


def deterred_party(ctx: _Ctx, verb: Any) -> Any:
    """Who a readiness to answer "any attack" warns, where the attack names them ("any attack by Iraq");
    else the coder's usual recipient stands (the rival the story is about)."""
    targets = [c for c in verb.children if c.dep_ == "dobj"] + syn.prep_objects(verb, ("to", "against", "on"))
    return next((o for t in targets for o in syn.prep_objects(t, ("by", "from"))), None)


HOPED = "a party's hope that another will act"


def hoped_actor(ctx: _Ctx, verb: Any) -> Any:
    """The other party a speaker hopes will act ("Washington hopes [Tokyo] will open its markets"), or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "hope" or any(c.dep_ == "neg" for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or any(c.dep_ == "neg" for c in clause.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in clause.children):
            continue
        subj = syn.first_child(clause, "nsubj")
        if subj is not None and subj.pos_ != "PRON" and _party_in(ctx, subj):
            return subj
    return None


def hope_of_another(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"The United States hopes Japan will open its markets": a party's stated hope that another named party
    will act is an appeal to it (manual REQUEST: "all requests"); "hopes the talks will resume" (no party),
    "hopes it will win" (itself), "does not hope" and a hope about one's own side ("the minister hoped the
    cabinet would approve the tax cut": a wish or forecast, _coder._stance_parties) are no appeal."""
    if hoped_actor(ctx, verb) is None or syn.subject_of(verb) is None:
        return None
    row = ctx.lexicon.plain_row("urge", "REQUEST")
    return _borrowed(row, verb, HOPED)  # the verb is "hope" (hoped_actor)


# Stance verbs over another party's act (s24): the verb is the event, the act it takes a stand on is content.
BACKING_VERBS = frozenset({"support", "back", "endorse", "second"})
BACKED_ACT = "backing another party's act"


def _owner_parties(ctx: _Ctx, noun: Any) -> list[Any]:
    """The party tokens that own an act noun: a possessor ("Bolivia's protest"), a party word before it ("the
    EC complaint", "the Bolivian protest") or the maker after "by"/"of" ("the protest by Bolivia")."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    owners += syn.prep_objects(noun, ("by", "of", "from"))
    return [t for o in owners for t in o.subtree if _party_in(ctx, t)]


def _backed_noun(ctx: _Ctx, verb: Any) -> Any:
    """The act noun a backing verb takes a stand on, when another party owns it ("supported Bolivia's
    protest", "the EC complaint was backed by seven nations"), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BACKING_VERBS or \
            (verb.lemma_.lower() == "back" and any(c.dep_ == "prt" for c in verb.children)):
        return None  # "backed down", "backed off": a retreat, not a stand
    noun = syn.first_child(verb, "nsubjpass" if syn.is_passive(verb) else "dobj")
    if noun is None or noun.pos_ != "NOUN" or not ctx.lexicon.noun_candidates(noun.lemma_.lower()):
        return None
    backer = syn.agent_of(verb) if syn.is_passive(verb) else syn.subject_of(verb)
    mine = {t.i for t in backer.subtree} if backer is not None else set()
    owners = [t for t in _owner_parties(ctx, noun) if t.i not in mine]
    return noun if owners else None


def backed_act(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"Chile supported Bolivia's protest", "seven nations had backed the EC complaint": taking a stand for an
    act another party made backs that party (manual SUPPORT: "express support for ... a policy or action");
    the backer neither protests nor complains itself. The act backed is content: its owner is the recipient.
    An act nobody is named to own ("supported the strike") keeps the verb's lexicon row (joining it)."""
    if _backed_noun(ctx, verb) is None:
        return None
    row = ctx.lexicon.plain_row("support", "SUPPORT")
    return _borrowed(row, verb, BACKED_ACT)


def backed_owner(ctx: _Ctx, verb: Any) -> Any:
    """The token whose parties a backed act belongs to (its recipient)."""
    noun = _backed_noun(ctx, verb)
    owners = _owner_parties(ctx, noun) if noun is not None else []
    return owners[0] if owners else None


# Proposing an act: "suggested the two countries could set up a commission", "proposed that Peru withdraw".
PROPOSING_VERBS = frozenset({"suggest", "propose", "recommend"})
JOINT_WORDS = frozenset({"joint", "both", "together", "jointly", "mutual", "common"})
PAIR_NOUNS = STATE_HEADS | {"side", "party", "capital"}
PROPOSED = "a proposal of an act"
# "could" and "should" put an act forward; "may", "might" and "would" guess ("suggested Russia may decide ...")
MODAL_WORDS = frozenset({"could", "should"})


def proposed_clause(verb: Any) -> Any:
    """The act a proposing verb puts forward: a clause with a modal ("suggested the two countries could
    ...") or a bare subjunctive ("proposed that Peru withdraw"), else None ("suggested he had lied" claims)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PROPOSING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "xcomp" and clause.tag_ == "VBG":
            return clause  # "proposed setting up a joint commission": the proposer's own act
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or syn.first_child(clause, "nsubj") is None:
            continue
        if any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in clause.children):
            continue  # "suggested the army could have fired first": a guess about the past
        modal = any(a.dep_ == "aux" and a.lower_ in MODAL_WORDS for a in clause.children)
        bare = not any(a.dep_ in ("aux", "auxpass") for a in clause.children)
        # "proposed that the two sides set up a panel": the tagger reads a bare "set", "cut" or "put" as a past
        # tense; after "propose" or "recommend" a that-clause is the act put forward, after "suggest" a claim
        marked = verb.lemma_.lower() != "suggest" and clause.tag_ in ("VB", "VBP", "VBD")
        if modal or (bare and (clause.tag_ == "VB" or marked)):
            return clause
    return None


def _joint_object(verb: Any) -> Any:
    """"suggested a joint investigation", "proposed joint patrols": an act proposed to be done together."""
    obj = syn.first_child(verb, "dobj")
    return obj if obj is not None and any(c.lower_ in JOINT_WORDS for c in obj.children) else None


def _joint_act(ctx: _Ctx, speaker: Any, clause: Any) -> bool:
    """Whether the act proposed includes the proposer's own side: "the two countries", "both sides", "we",
    a joint body or act ("set up a joint commission")."""
    subj = syn.first_child(clause, "nsubj")
    if subj is None or subj.lower_ in OWN_WORDS:
        return True  # a gerund's act is the proposer's own
    if subj.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in subj.children):
        return True
    return any(t.lower_ in JOINT_WORDS for t in clause.subtree)


def _codes_in(ctx: _Ctx, tok: Any) -> set[str]:
    return {ctx.entity_at[t.i].code for t in tok.subtree if t.i in ctx.entity_at and ctx.entity_at[t.i].code}


def _asks_another_party(ctx: _Ctx, speaker: Any, subj: Any) -> bool:
    """Whether the party asked to act is coded and another than the (coded) proposer: "Washington suggested that
    Beijing resume buying"; a physician's advice that "the president change his diet" asks no other party."""
    mine, theirs = _codes_in(ctx, speaker), _codes_in(ctx, subj)
    return bool(mine and theirs and not theirs & mine)


def proposal(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"Kuroda suggested the two countries could conduct a joint investigation": proposing an act the proposer
    takes part in is an offer of cooperation (manual AGREE: "promises, offers ... of future cooperation");
    proposing that another party act ("suggested that Beijing resume buying") asks it to (REQUEST). Either
    way the act proposed is content, never told as done. A pronoun subject other than "we" is no party."""
    clause = proposed_clause(verb)
    speaker = syn.subject_of(verb)
    if speaker is None or syn.is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not (_party_in(ctx, speaker) or _is_agent_noun(speaker) or (speaker.pos_ == "PRON" and speaker.lower_ not in
                                                                     ("it", "this", "that", "they"))):
        return None  # "the guidelines recommend holding people no longer": a document proposes nothing
    if clause is None and verb.pos_ == "VERB" and verb.lemma_.lower() in PROPOSING_VERBS and _joint_object(verb) is not None:
        row = ctx.lexicon.plain_row("offer", "AGREE") or ctx.lexicon.plain_row("agree", "AGREE")
        return _borrowed(row, verb, PROPOSED)
    if clause is None:
        return None
    subj = syn.first_child(clause, "nsubj")
    if _joint_act(ctx, speaker, clause):
        row = ctx.lexicon.plain_row("offer", "AGREE") or ctx.lexicon.plain_row("agree", "AGREE")
    elif (subj.pos_ != "PRON" and any(_party_in(ctx, t) for t in subj.subtree)
          and _asks_another_party(ctx, speaker, subj)):
        row = ctx.lexicon.plain_row("urge", "REQUEST")
    else:
        return None
    return _borrowed(row, verb, PROPOSED)


def proposal_target(ctx: _Ctx, verb: Any) -> Any:
    """Whom a proposal asks to act: the other party named as the proposed act's subject, or None."""
    clause = proposed_clause(verb)
    speaker = syn.subject_of(verb)
    if clause is None or speaker is None or _joint_act(ctx, speaker, clause):
        return None
    return syn.first_child(clause, "nsubj")


# A signed text that calls for an act: "signed a motion calling for sanctions", "tabled a petition demanding".
PETITION_NOUNS = frozenset({"motion", "petition", "resolution", "letter", "appeal", "declaration", "statement",
                            "manifesto", "memorandum"})
SIGNING_VERBS = frozenset({"sign", "table", "submit", "present", "file", "deliver", "launch", "circulate", "send"})
SIGNED_CALL = "a signed text that calls for an act"


def signed_call_clause(ctx: _Ctx, verb: Any) -> Any:
    """The verb of the call a signed text makes ("signed a motion [calling] for sanctions"), or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SIGNING_VERBS:
        return None
    text = syn.first_child(verb, "nsubjpass" if syn.is_passive(verb) else "dobj")
    if text is None or text.lemma_.lower() not in PETITION_NOUNS:
        return None
    for clause in text.children:
        if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB" and \
                any(t.plover == "REQUEST" for t in ctx.lexicon.verb_candidates(clause.lemma_.lower())):
            return clause
    return None


def signed_call(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"100 MPs signed a motion calling for sanctions against Japan": signing (or tabling) a text that calls
    for an act is the signers' own call (manual REQUEST), not support for anyone; the call's participle has
    no subject of its own, so it is the signing verb that carries the request, and the participle is content."""
    if signed_call_clause(ctx, verb) is None or syn.subject_of(verb) is None:
        return None
    row = ctx.lexicon.plain_row("urge", "REQUEST")
    return _borrowed(row, verb, SIGNED_CALL)


# Warning a party off its own act: "warned Uganda not to close the border", "warned Kenya against closing it".
WARNING_VERBS = frozenset({"warn", "caution"})
CONSEQUENCE_WORDS = frozenset({"or", "else", "otherwise", "consequence", "consequences", "risk", "face", "retaliate",
                               "retaliation", "response", "respond", "punish", "punishment", "sanction", "sanctions",
                               "force", "action", "measures"})
WARNED_OFF = "a party warned off its own act"
ATTEMPT_NOUNS = frozenset({"attempt", "move", "plan", "effort", "step", "decision", "bid"})


def _warned_act(ctx: _Ctx, verb: Any) -> tuple[Any, Any] | None:
    """The party warned and the act it is warned off: "warned [Uganda] not to [close] the border", "warned
    Uganda against [closing] it", "warned that [Uganda] must not [close] it"; None if no such act."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WARNING_VERBS:
        return None
    warned = syn.first_child(verb, "nsubjpass" if syn.is_passive(verb) else "dobj")
    act = None
    if warned is not None:
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and syn.to_infinitive(c)
                    and any(n.dep_ == "neg" for n in c.children)), None)
        if act is None:
            # "warned Kenya against closing the border", "against any attempt to close it"
            act = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children
                        if (g.dep_ == "pcomp" and g.tag_ == "VBG") or (g.dep_ == "pobj" and g.lemma_.lower() in ATTEMPT_NOUNS)),
                       None)
    else:
        # "warned that Uganda should not close the border": a duty not to act, told to the party named
        act = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ in ("should", "must") for a in c.children)
                    and any(n.dep_ == "neg" for n in c.children)), None)
        warned = syn.first_child(act, "nsubj") if act is not None else None
    if act is None or warned is None or warned.lower_ in OWN_WORDS or warned.lower_ == "me" or \
            not (_party_in(ctx, warned) or (warned.pos_ == "PRON" and warned.dep_ != "nsubj")) or \
            any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her") for c in warned.children):
        return None  # "warned its citizens not to travel": advice to one's own people
    return warned, act


ARMED_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
# The speaker's own tolerance named in the act warned off: "not to test its patience" warns of what follows.
TOLERANCE_WORDS = frozenset({"patience", "resolve", "tolerance"})


def _armed_act(ctx: _Ctx, act: Any, words: set[int]) -> bool:
    """Whether the act warned off is force or arms ("against using the missiles", "not to attack") or tries the
    speaker's patience: such a warning is read as a threat, as before."""
    toks = [t for t in act.doc if t.i in words]
    if any(t.lower_ in TOLERANCE_WORDS or t.lemma_.lower() in WEAPON_WORDS for t in toks):
        return True
    plain = [c for t in toks if t.pos_ == "VERB" for c in ctx.lexicon.verb_candidates(t.lemma_.lower())
             if not (c.obj or c.prep or c.particle)]
    plain += [c for t in toks if t.pos_ == "NOUN" for c in ctx.lexicon.noun_candidates(t.lemma_.lower())[:1]]
    return any(c.plover in ARMED_TYPES for c in plain)


def warned_off(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"The IMF warned Brazil not to squander the time", "Kenya warned Uganda against closing the border": telling
    a named party not to do its own act, with no harm of the speaker's named, is advice or a demand (manual
    REQUEST); THREATEN needs "serious potential repercussions" from the speaker ("warned Uganda it would
    retaliate", "not to close the border or face sanctions" stay threats)."""
    found = _warned_act(ctx, verb)
    if found is None:
        return None
    warned, act = found
    # the act warned off itself, less a harm joined to it ("not to block the river or face sanctions")
    joined = {t.i for c in act.children if c.dep_ == "conj" for t in c.subtree}
    act_words = {t.i for t in act.subtree} - joined
    speaker = syn.agent_of(verb) if syn.is_passive(verb) else syn.subject_of(verb)
    told = {t.i for t in warned.subtree} | ({t.i for t in speaker.subtree} if speaker is not None else set())
    if any(t.lower_ in CONSEQUENCE_WORDS for t in verb.subtree if t.i not in act_words and t.i not in told):
        return None  # a harm named beside the act warned off: a threat
    if any(c.dep_ in ("ccomp", "advcl") and c.i != act.i for c in verb.children):
        return None  # "warned Uganda not to close the border, saying it would respond": more than advice
    if _armed_act(ctx, act, act_words):
        return None  # "warned Tehran against using the missiles": warning off force is read as a threat
    row = ctx.lexicon.plain_row("urge", "REQUEST")
    return _borrowed(row, verb, WARNED_OFF)


# A government's plan to coerce: "drawing up contingency plans to force Japan to open its market".
PLAN_NOUNS = frozenset({"plan", "plans", "scheme", "option", "options", "proposal", "measure", "measures"})
PLAN_MAKING_VERBS = frozenset({"draw", "prepare", "draft", "announce", "unveil", "make", "work", "devise",
                               "consider", "study", "outline"})
COERCING_VERBS = frozenset({"force", "punish", "compel", "coerce", "pressure", "pressurise", "pressurize",
                            "retaliate", "penalise", "penalize"})
PLANNED_COERCION = "a plan made to coerce another party"


def planned_coercion(ctx: _Ctx, verb: Any) -> tuple[Trigger, str] | None:
    """"The government was drawing up contingency plans to force Japan to open its market", "is preparing plans
    to punish Japan": a party's plan, made known, to coerce another party into an act is a forceful warning
    (manual THREATEN "coercive or forceful warnings with serious potential repercussions"); the coercion is
    the plan's content, not done. Planned sanctions or deployments stay the acts they name (not here)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PLAN_MAKING_VERBS or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    plan = syn.first_child(verb, "nsubjpass" if syn.is_passive(verb) else "dobj")
    if plan is None or plan.lemma_.lower() not in PLAN_NOUNS or syn.subject_of(verb) is None:
        return None
    act = next((c for c in plan.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and syn.to_infinitive(c)
                and c.lemma_.lower() in COERCING_VERBS), None)
    if act is None or not any(_party_in(ctx, t) for t in act.subtree if t.i != act.i):
        return None
    row = ctx.lexicon.plain_row("threaten", "THREATEN")
    return _borrowed(row, verb, PLANNED_COERCION)


def _warned_party(ctx: _Ctx, verb: Any) -> Any:
    found = _warned_act(ctx, verb)
    return found[0] if found is not None else None


# Where each rule of this module finds the recipient of the event it coded, by the reason it gave.
RECIPIENT_FINDERS = {
    EVALUATIVE: judged_party, APPROVING: judged_party, TIME_FOR: addressed_party, DETERRENCE: deterred_party,
    HOPED: hoped_actor, BACKED_ACT: backed_owner, PROPOSED: proposal_target, WARNED_OFF: _warned_party,
}


def stance_target(ctx: _Ctx, verb: Any, how: str) -> Any:
    """The token whose parties are the recipient of an event this module coded on ``verb``, or None."""
    finder = RECIPIENT_FINDERS.get(how)
    return finder(ctx, verb) if finder is not None else None


def stance_claim(ctx: _Ctx, tok: Any) -> tuple[Trigger, str] | None:
    """The first of this module's rules that ``tok`` carries."""
    if tok.pos_ != "VERB":
        return None  # every rule here hangs on a verb
    return evaluative_report(ctx, tok) or time_for(ctx, tok) or deterrent_readiness(ctx, tok) or ultimatum(ctx, tok) \
        or hope_of_another(ctx, tok) or backed_act(ctx, tok) or proposal(ctx, tok) or signed_call(ctx, tok) \
        or warned_off(ctx, tok) or planned_coercion(ctx, tok)
