"""Modality for the rule coder: whether an event is asserted, future, negated, hypothetical or
historical, and the clause cues read with it (obligation, subjunctive, willingness, conditions,
refusals)."""
from __future__ import annotations

from typing import Any

from . import _syntax as syn
from ._context import _Ctx, _is_agent_noun
from ._triggers import shortfall
from ..time import reference_year, years_back


WILLINGNESS = frozenset({"willing", "ready", "prepared", "eager", "keen", "open", "determined",
                         # "says he would be happy to meet Mr Allawi": a readiness stated, not a meeting held
                         "happy", "glad"})


def _willingness(verb: Any) -> str | None:
    """"is willing to provide", "stands ready to help": the adjective that frames the act as an offer."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in WILLINGNESS and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return head.lower_
    return None


# trg44: a party's stated unwillingness to cooperate is its refusal ("Brazil has been unwilling to accept any
# proposal", "Israel is not prepared to withdraw"). Not "not ready" ("not yet ready to sign" tells timing) nor
# "reluctant" or "not keen" (a hesitation, no refusal).
UNWILLING_ADJECTIVES = frozenset({"unwilling"})
REFUSABLE_WILLINGNESS = frozenset({"willing", "prepared"})


def _unwillingness(verb: Any) -> str | None:
    """"is unwilling to provide", "was not willing to negotiate", "is not prepared to withdraw": the words that
    frame the act as refused by the clause's subject, or None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.pos_ != "ADJ" or not syn.to_infinitive(verb):
        return None
    word = head.lower_
    if word in UNWILLING_ADJECTIVES:
        return word
    if word in REFUSABLE_WILLINGNESS and head.dep_ == "acomp" and any(
            c.dep_ == "neg" for c in (*head.children, *head.head.children)):
        return f"not {word}"
    return None


def _obligation(verb: Any) -> str | None:
    """The deontic modal of a clause ("must ensure", "should withdraw"), which makes it a demand;
    in reported speech also "has to" / "had to" ("said the minister had to resign": the past tense
    is the speech's, not a report that he did)."""
    modal = next((c.lower_ for v in (verb, *syn.verb_chain(verb)) for c in v.children
                  if c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")), None)
    if modal is None and verb.dep_ == "xcomp" and verb.head.lower_ == "ought" and syn.to_infinitive(verb):
        modal = "ought"  # "we ought to impose sanctions": the parser makes "ought" the head verb
    if modal is None and _reported_need(verb):
        modal = f"{verb.head.lower_} to"
    return modal


def _reported_need(verb: Any) -> bool:
    """"(X said) Y has to / had to / needs to <verb>", the need inside someone's speech."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need") and head.i != verb.i
            and syn.to_infinitive(verb)
            and not _hedged_need(head)
            and syn.governing_reporter(head) is not None)


# prc44: modals that make a need a forecast: "Italy would have to abandon the wider band", "his officers would have
# to find other evidence", "may need to raise rates" say what a course will require, and ask it of no one.
HEDGING_MODALS = frozenset({"would", "could", "might", "may"})


def _hedged_need(head: Any) -> bool:
    """Whether the need verb ("have", "need") carries a hedging modal ("would have to", "may need to")."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in head.children)


# Verbs whose bare-infinitive complement is an act seen or brought about, not wished: "saw soldiers
# shoot protesters", "let the prisoners go", "made the refugees leave".
SEEING_OR_CAUSING_VERBS = frozenset({"see", "watch", "hear", "notice", "observe", "witness", "feel", "let", "make",
                                     "help", "have"})


def _subjunctive(verb: Any) -> bool:
    """"adamant that Yoon be removed", "demanded that he resign": a that-clause in the subjunctive
    (a bare "be" or a bare verb with no auxiliary) asks for the act rather than reports it."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    if verb.head.lemma_.lower() in SEEING_OR_CAUSING_VERBS and not any(c.dep_ == "mark" for c in verb.children) \
            and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.head.children):
        # a bare infinitive after a verb of seeing or causing: no "that", no wish (but "a pact which could
        # see India invest" stays open, as the subjunctive reading has it)
        return False
    auxes = [c for v in (verb, *syn.verb_chain(verb)) for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes) or (
        not auxes and (verb.tag_ == "VB" or (verb.tag_ == "VBP" and _singular_subject(verb))))


def _singular_subject(verb: Any) -> bool:
    """Whether a present-tense verb's subject is one third person ("that Guatemala withdraw"): such a verb
    without its -s is the bare form, whatever the tagger calls it (not "that the rebels withdraw", which
    may be told as fact)."""
    subj = syn.first_child(verb, "nsubj")
    # ("Mugabe, his wife and two aides are under house arrest": subjects joined by "and" are plural, and
    # "are" is never a bare form)
    return subj is not None and subj.tag_ in ("NN", "NNP") and subj.lower_ not in ("i", "you") and \
        verb.lemma_ != "be" and not any(c.dep_ in ("conj", "cc") for c in subj.children)


# Verbs of trying: "would not even attempt to reach agreement at this meeting" declines an attempt, a step of
# procedure, and turns down nothing another party put forward.
ATTEMPT_VERBS = frozenset({"attempt", "try", "bother", "endeavour", "endeavor"})


def _refused_future(verb: Any) -> bool:
    """"will not lift the ban", "won't accept refugees": a cooperative act refused for the future."""
    if any(v.lemma_.lower() in ATTEMPT_VERBS for v in syn.verb_chain(verb)):
        return False
    auxes = [c for v in (verb, *syn.verb_chain(verb)) for c in v.children if c.dep_ == "aux"]
    negs = [c for v in (verb, *syn.verb_chain(verb)) for c in v.children if c.dep_ == "neg"]
    return bool(negs) and any(a.lower_ in ("will", "wo", "shall", "would") for a in auxes)


def _state_told_by_be(cur: Any, verb: Any) -> bool:
    """"The United States is not opposed to short-term measures", "was not involved in the attack": a
    participle trigger that is the complement of "be" tells a state, and the negation sits on "be"."""
    return cur is verb and cur.dep_ in ("acomp", "oprd") and cur.tag_ == "VBN" and cur.head.lemma_ == "be"


# "will not hesitate to use force": a negated hesitation affirms the act (trg24), so the negation stops there.
UNHESITATING_HEADS = frozenset({"hesitate"})


def _modality(verb: Any, ctx: _Ctx, date: Any) -> tuple[str, list[str]]:
    notes = []
    chain = list(syn.verb_chain(verb))
    auxes = [c for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")]
    # Negation reaches down into complements ("did not agree to withdraw") but not across
    # coordination ("denied attacking the city and accused the army").
    scope = [verb]
    cur = verb
    # "were not prepared to negotiate", "is not willing to help": the negation sits on "be", above
    # the adjective whose complement the trigger is, so the climb passes through that adjective.
    while (cur.dep_ in ("xcomp", "ccomp") or (cur.dep_ == "conj" and cur.head.dep_ in ("xcomp", "ccomp")
                                               and not syn.reported_state_clause(cur.head, cur))
           or (cur.dep_ == "acomp" and len(scope) > 1 and scope[-2].dep_ == "xcomp")
           or _state_told_by_be(cur, verb)) \
            and cur.head.i != cur.i and len(scope) < 5 and cur.head.lemma_.lower() not in UNHESITATING_HEADS:
        # "is not working to dismantle X and (to) arrest Y": a conjunct inside a complement shares its negation;
        # not a verb that is the speaker's own act ("said his remarks were not hostile and refused to ...").
        cur = cur.head
        scope.append(cur)
    # "have never before overturned": the parser hangs "never" on the adverb beside the verb.
    neg = any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" and g.lower_ == "never" for g in c.children))
              for v in scope for c in v.children)
    reporter = syn.governing_reporter(verb)
    if neg and not shortfall(verb):  # "has not done enough" blames; it denies no act
        return "negated", ["negation on the trigger's clause"]
    nobody = next((s for v in scope for s in v.children if s.dep_ in ("nsubj", "nsubjpass") and _no_one(s)), None)
    if nobody is not None:
        return "negated", [f"its subject says no one did it ('{nobody.text}')"]
    for v in scope[1:]:
        if v.lemma_ in syn.NEGATING_VERBS:
            return "negated", [f"governed by '{v.lemma_}'"]
        # "were unable to agree", "is loath to abandon": the adjective says the act was not done (the
        # parser hangs it on the trigger's head or beside it, on "be").
        unable = next((a for a in (v, *(c for c in v.children if c.dep_ == "acomp"))
                       if a.lower_ in UNABLE_ADJECTIVES and a.pos_ == "ADJ"), None)
        if unable is not None:
            return "negated", [f"governed by '{unable.lower_}'"]
    if reporter is not None and reporter.lemma_ in ("deny",) and verb.dep_ != "conj":
        return "negated", ["reported as denied"]
    denied = _denied_report(scope[-1])
    if denied is not None:
        return "negated", [f"what a denied '{denied.lemma_}' says"]
    unfounded = _unfounded(scope[-1])
    if unfounded is not None:
        return "negated", [f"what 'no {unfounded.lemma_}' says"]
    # "had made no demands", "held no talks": the event noun that a light verb carries is denied; so is the
    # passive's ("no complaint had been made against him", nom25)
    if any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           and ctx.lexicon.noun_candidates(c.lemma_.lower()) for c in verb.children):
        return "negated", ["its event noun is denied with 'no' ('made no demands')"]
    # "cut taxes without asking people to pay more", "ended the inquiry without prosecuting anyone":
    # an act that a "without" phrase says was left undone (a gerund, or a conjunct of one).
    if _without_gerund(verb):
        return "negated", ["an act done 'without'"]
    doubt = next((d for v in scope if (d := _doubted(v)) is not None), None)
    if doubt is not None:
        return "hypothetical", [f"what '{doubt}' doubts"]
    condition = _condition_clause(verb)
    if condition is not None:
        return "hypothetical", [f"inside a condition ('{condition}')"]
    proviso = _proviso(verb)
    if proviso is not None:
        return "hypothetical", [f"on a proviso ('{proviso}')"]
    ahead = _ahead_time_clause(verb)
    if ahead is not None:
        return "future", [f"a present tense after '{ahead}' under a past verb: still to come"]
    conditioned = _conditioned_head(verb)
    if conditioned is not None:
        return "hypothetical", [f"the act of a clause conditioned on '{conditioned}'"]
    judged = _judged_act(verb)
    if judged is not None:
        return "hypothetical", [judged]
    hedge = next((c.lower_ for v in chain for c in v.children if c.dep_ == "advmod" and c.lower_ in HEDGING_ADVERBS), None)
    if hedge is not None and any(a.lower_ in syn.MODAL_FUTURE | syn.MODAL_HYPOTHETICAL for a in auxes):
        # "a substitute probably would be offered", "may possibly meet": a guess at what will happen,
        # not a stated plan (tenth audit)
        return "hypothetical", [f"hedged modal ('{hedge}')"]
    if any(a.lower_ in syn.MODAL_FUTURE for a in auxes):
        # "will stun Westminster if he fails to act": a consequence promised on a condition has not
        # happened and may not (the "would ... if" rule below, for "will"; ninth audit, second round).
        # The condition may hang on a verb joined to the trigger ("will stun X and break Y if ..."): it covers both.
        joined = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for v in joined for c in v.children):
            return "hypothetical", ["conditional clause ('will ... if')"]
        return "future", ["future auxiliary"]
    if any(a.lower_ in syn.MODAL_HYPOTHETICAL for a in auxes):
        if "if" in {t.lower_ for t in verb.subtree} or any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in verb.children):
            return "hypothetical", ["conditional clause"]
        if any(a.lower_ == "would" for a in auxes) and reporter is not None:
            return "future", ["'would' in reported speech"]
        return "hypothetical", ["modal auxiliary"]
    if _subjunctive(verb):
        return "hypothetical", ["subjunctive ('that ... be removed'): wanted, not done"]
    if verb.dep_ == "xcomp" and verb.head.lemma_ in syn.FUTURE_HEADS and any(c.lower_ == "to" for c in verb.children) \
            and not _said_in_wanting(verb.head, verb):
        return "future", [f"'{verb.head.lemma_} to'"]
    first = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    if first is not None and first.dep_ == "xcomp" and first.head.lemma_ in syn.FUTURE_HEADS and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in first.children):
        return "future", [f"'{first.head.lemma_} to ... and'"]  # "proposed to take the post and abolish it"
    # "he is due to meet bankers", "is likely to defend": an act scheduled or expected, not done.
    if verb.dep_ == "xcomp" and verb.head.lower_ in EXPECTED_ADJECTIVES and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return "future", [f"'{verb.head.lower_} to'"]
    # "will extend his tour, flying to Japan": a participle shares the future of the verb it hangs on.
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ in syn.MODAL_FUTURE for c in verb.head.children):
        return "future", ["participle of a future verb"]
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and verb.head.lemma_ == "be":
        return "future", ["'is to'"]
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes) and any(a.lower_ in ("going",) for a in auxes):
        return "future", ["'going to'"]
    timed = date if date is not None else _when_clause_date(verb, ctx)
    # without a publication date, the sentence's date must be the trigger's own ("urged an inquiry into the
    # death of X, who hanged himself in 2002": the urging is today's), and a present perfect reaches the story's
    # own day ("has since been criticised", "has opened missions since 1997"); a "when" clause is the act's own
    own = date is None or ctx.document.published or (_own_date(verb, ctx, date) and not _present_perfect(verb))
    if timed is not None and timed.reference != "future" and own \
            and (dated := _years_before_story(ctx, timed)) is not None:
        back, against = dated
        if back >= HISTORICAL_YEARS:
            return "historical", [f"dated years before {against}"]
    if date is not None and date.reference == "future" and _own_date(verb, ctx, date):
        return "future", ["future time expression"]
    return "asserted", notes


# An act dated this many calendar years before the story is background told as history, not its news.
HISTORICAL_YEARS = 2


def _present_perfect(verb: Any) -> bool:
    """"has since been criticised", "have opened missions since 1997": a perfect in the present tense tells an act
    that reaches the story's own day, so no date of its sentence makes it history."""
    return any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")
               for v in (verb, *syn.verb_chain(verb)) for a in v.children)


def _when_clause_date(verb: Any, ctx: _Ctx) -> Any:
    """The time expression of a "when" clause on the verb, which times the verb's own act: "promised
    to end the war when he was elected two years ago", "when Iraq invaded Kuwait in 1990, the US sent troops"."""
    # on the verb or its complement: "promised to end the war when he was elected ..."
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for clause in (c for head in heads for c in head.children):
        if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in clause.children):
            return next((ctx.date_at[t.i] for t in clause.subtree if t.i in ctx.date_at), None)
    return None


def _years_before_story(ctx: _Ctx, date: Any) -> tuple[int, str] | None:
    """How many calendar years before the story an event's date lies, and what it is measured against:
    the publication date when known; else, for "two years ago" / "a decade ago", the span the words
    themselves state; else the latest year the story itself writes (``time.reference_year``, a lower
    bound on its publication year, so the count is never too large for a story that recounts its own
    year). None when nothing dates it."""
    published = ctx.document.published
    try:
        if published and date.end_date:
            return int(published[:4]) - int(date.end_date[:4]), "publication"
        if published:
            return None
        if (back := years_back(date)) is not None:
            return back, "the story (its own words)"
        if date.end_date and (year := _story_year(ctx)) is not None:
            return year - int(date.end_date[:4]), f"the latest year the story writes ({year})"
    except ValueError:
        pass
    return None


def _story_year(ctx: _Ctx) -> int | None:
    """The reference year of an undated story, read once per document (kept on its coding context)."""
    if ctx.story_year is None:
        ctx.story_year = (reference_year(ctx.document.text or "", list(ctx.document.dates or ())),)
    return ctx.story_year[0]


# Adverbs that make a modal clause a guess: "probably would be offered", "may perhaps meet".
HEDGING_ADVERBS = frozenset({"probably", "possibly", "perhaps", "maybe", "conceivably",
                             "likely"})  # "will likely recommend" (tenth audit, second round)
# Adjectives that say an act was not (or will not be) done: "unable to agree", "loath to give up".
UNABLE_ADJECTIVES = frozenset({"unable", "loath", "loth", "loathe"}) | UNWILLING_ADJECTIVES
# Adjectives that schedule or expect an act: "is due to meet", "is likely to defend".
EXPECTED_ADJECTIVES = frozenset({"due", "likely", "unlikely", "poised", "set", "bound", "expected", "scheduled"})


# Nouns whose content a denial denies: "denied reports that he planned to meet the rebels".
REPORT_NOUNS = frozenset({"report", "claim", "allegation", "suggestion", "rumour", "rumor", "accusation", "speculation",
                          "story", "charge"})


NOBODY_WORDS = frozenset({"nobody", "none", "no-one", "neither"})


def _no_one(subj: Any) -> bool:
    """"Neither Sarney nor Funaro accepted", "no country has recognised", "none of the parties agreed",
    "nobody attacked": a subject that denies the act was done by anyone (eleventh audit)."""
    if subj.lower_ in NOBODY_WORDS:
        return True
    if not (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.lower_ == "one" or _is_agent_noun(subj)):
        return False  # "no progress had been made in talks": a thing denied, not the act's party
    return any((c.dep_ in ("preconj", "det", "cc") and c.lower_ == "neither" and c.i < subj.i)
               or (c.dep_ == "det" and c.lower_ == "no" and not any(  # not "no fewer than twenty soldiers"
                   t.tag_ in ("JJR", "RBR") or t.lower_ == "than" for t in subj.doc[c.i + 1:subj.i]))
               for c in subj.children)


def _denied_report(top: Any) -> Any:
    """The report noun whose that-clause holds ``top`` when the noun is the object of "deny"."""
    if top.dep_ not in ("acl", "ccomp", "relcl") or top.head.i == top.i:
        return None
    noun = top.head
    if noun.lemma_.lower() not in REPORT_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "deny":
        return None
    if not any(m.dep_ == "mark" and m.lower_ == "that" for m in top.children) and top.dep_ == "relcl":
        return None  # "denied the report he had read": a relative clause, not the report's content
    return noun


# Adjectives of certainty: negated ("not sure we will capture it") they doubt what their clause says.
CERTAINTY_ADJECTIVES = frozenset({"sure", "certain", "confident", "convinced", "clear"})
# Words that doubt their clause outright: "unsure whether they will attack", "doubted that Tokyo would retaliate".
DOUBTING_WORDS = frozenset({"unsure", "uncertain", "doubtful", "unclear", "doubt"})


def _doubted(top: Any) -> str | None:
    """The words that doubt the clause ``top`` heads: the complement of a negated adjective of certainty ("I am not
    sure we will capture it") or of a doubting word ("it is unclear whether the army will withdraw", "doubts that
    Tokyo will retaliate"). The speaker does not say the act will happen."""
    if top.dep_ != "ccomp" or top.head.i == top.i:
        return None
    head = top.head
    if (head.lower_ in DOUBTING_WORDS or head.lemma_.lower() in DOUBTING_WORDS) and head.pos_ != "NOUN":
        return head.lower_  # (the noun: "there is no doubt that they attacked" asserts the act)
    if head.pos_ == "ADJ" and head.lower_ in CERTAINTY_ADJECTIVES:
        holders = [head, head.head] if head.dep_ == "acomp" else [head]
        neg = next((c for h in holders for c in h.children if c.dep_ == "neg"), None)
        if neg is not None:
            return f"{neg.lower_} {head.lower_}"
    return None


# Nouns of grounds for believing a thing: "there was no evidence that he was tortured", "found no sign that the
# army shelled the town".
GROUNDS_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "trace", "suggestion", "hint", "record", "confirmation"})


def _unfounded(top: Any) -> Any:
    """The noun of grounds, denied by "no", whose that-clause holds ``top`` ("there was no evidence that any
    detainee was tortured"): the clause says what nobody can show happened, not that it happened."""
    if top.dep_ not in ("acl", "ccomp") or top.head.i == top.i:
        return None
    noun = top.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GROUNDS_NOUNS:
        return None
    if not any(m.dep_ == "mark" and m.lower_ == "that" for m in top.children):
        return None  # "no evidence he had read": a relative clause, not the content
    if not any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children):
        return None  # "there was evidence that ..." asserts it
    return noun


# "it was difficult to negotiate with the banks": an act judged easy or hard is not reported as done.
JUDGING_ADJECTIVES = frozenset({"difficult", "hard", "easy", "impossible", "possible", "important", "necessary",
                                "vital", "essential", "crucial", "tough",
                                # an act judged fair or wise (ninth audit, fourth round): "it is only
                                # reasonable to ask them to open up" weighs the request, it makes none
                                "reasonable", "unreasonable", "fair", "unfair", "right", "wrong", "sensible",
                                "wise", "unwise", "appropriate", "inappropriate", "legitimate"})
# Spans of time allowed for an act: "has 30 days to veto".
ALLOWED_SPANS = frozenset({"day", "week", "month", "year", "hour", "minute"})
# "opposed the idea of seeking his help": the act is the content of a notion, not something done.
NOTION_NOUNS = frozenset({"idea", "notion", "prospect", "possibility", "thought", "option", "suggestion"})


def _judged_act(verb: Any) -> str | None:
    """Why the trigger is an act weighed rather than done: the infinitive of "it is difficult to ..."
    (an extraposed subject) or the gerund of "the idea of ...ing"."""
    head = verb.head
    # The parser hangs the infinitive on "be" or on the adjective itself ("difficult to negotiate").
    adj = head if head.dep_ == "acomp" else next((c for c in head.children if c.dep_ == "acomp"), None)
    be = head.head if head.dep_ == "acomp" else head
    if verb.dep_ == "xcomp" and head.i != verb.i and adj is not None and adj.lemma_.lower() in JUDGING_ADJECTIVES \
            and be.lemma_ == "be" and any(a.lower_ == "to" and a.dep_ == "aux" for a in verb.children) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return "'it is ... to': an act judged, not done"
    if verb.dep_ == "xcomp" and head.lower_ == "able" and head.dep_ == "acomp" and any(
            a.dep_ == "aux" and a.lower_ in ("must", "should", "would", "could", "might", "may") for a in head.head.children) \
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in verb.children):
        return "'must / should be able to': an ability called for, not an act done"  # tenth audit
    # "Congress would then have 30 days to veto the sale", "has 60 days to reject the treaty": a time
    # allowed for an act (a procedure) is no act done (tenth audit, second round).
    if verb.dep_ in ("relcl", "acl") and head.lemma_.lower() in ALLOWED_SPANS and head.dep_ in ("dobj", "nsubjpass") \
            and head.head.lemma_.lower() in ("have", "give", "get", "allow") \
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in verb.children):
        return f"'{head.head.lemma_} ... {head.lower_} to': a time allowed for the act, not the act"
    if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in NOTION_NOUNS:
        return f"the content of '{head.head.lemma_} of'"
    return None


def _condition_clause(verb: Any) -> str | None:
    """The word that makes the trigger's own clause a condition: "if they give themselves up",
    "unless the rebels surrender", or the inverted counterfactual "had he denied the charge".
    What a condition supposes has not happened (it is not the conditioned main clause)."""
    cur = verb
    for _ in range(8):
        if cur.dep_ == "advcl":
            mark = next((m.lower_ for m in cur.children if m.dep_ == "mark"), None)
            if mark in ("if", "unless"):
                return mark
            # "would lift the tariffs as soon as Tokyo complied", "will resign once the term ends":
            # a time clause that waits on a future act has not happened either.
            if (mark in ("once", "when", "until", "till", "before", "after") or (mark == "as" and cur.head.lower_ == "soon")) \
                    and (_future_head(cur.head) or _pending_head(cur, mark)):
                return "as soon as" if mark == "as" else mark
            subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            inverted = next((a for a in cur.children if a.dep_ in ("aux", "auxpass") and a.lower_ in ("had", "were", "should")
                             and subj is not None and a.i < subj.i), None)
            if mark is None and inverted is not None:
                return inverted.lower_
            if mark is None and cur.tag_ == "VBG" and cur.head.i != cur.i:
                cur = cur.head  # "if Washington takes steps ..., blockading its shipping": a participle of the condition
                continue
            return None
        if cur.dep_ == "prep" and cur.lower_ in ("before", "until", "till") and _future_head(cur.head):
            return cur.lower_  # "before agreeing to a deal, the president would insist on cuts": not yet agreed
        # "if Washington takes bolder steps, such as blockading its ports": an act named inside the
        # condition's phrases (a gerund in "such as", a conjunct) is supposed with it; a reported or
        # relative clause ("if he says that ...") is left to its own reading.
        # "until the army was able to withdraw": the act hangs on the adjective of the time clause's "be"
        if cur.dep_ not in ("conj", "xcomp", "pcomp", "pobj", "prep", "appos", "dobj", "acomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


PROVISO_WORDS = frozenset({"provided", "providing"})


def _proviso(verb: Any) -> str | None:
    """The proviso an act hangs on: "enough states appear opposed to block its adoption provided they all stand
    firm", "Seoul will lift the ban so long as Tokyo cuts its tariffs": like "if", the act is supposed, not told as
    done. The parser hangs "provided" or "(so / as) long as" on the act or on a verb above it (often the reporting
    verb); an act inside the proviso ("providing that Hamas frees the soldier") is supposed too."""
    heads, cur = [verb], verb
    while cur.head.i != cur.i and len(heads) < 8:
        cur = cur.head
        heads.append(cur)
    inside = next((h for h in heads[1:] if h.lower_ in PROVISO_WORDS and h.dep_ in ("advcl", "prep")), None)
    if inside is not None:
        return inside.lower_  # "providing that Hamas frees the soldier": what the proviso supposes
    # (or on the act's object: "will free the fishermen providing that Syria returns the boat")
    hosts = [*heads, *(o for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))]
    for head in hosts:
        for c in head.children:
            if verb in c.subtree:
                continue
            if c.lower_ in PROVISO_WORDS and c.dep_ in ("advcl", "prep", "acl") and any(
                    g.dep_ in ("ccomp", "nsubj", "mark") or g.pos_ == "VERB" for g in c.children):
                return c.lower_
            if c.lower_ == "long" and c.dep_ == "advmod" and any(
                    g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children) for g in c.children):
                return "as long as"
    return None


def _ahead_time_clause(verb: Any) -> str | None:
    """A present tense in a "before"/"until"/"once" clause under a past verb ("spoke to reporters before he attends
    next month's summit"): English puts an act still to come in the present there, so it has not happened yet."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or verb.head.tag_ != "VBD":
        return None
    mark = next((m.lower_ for m in verb.children if m.dep_ == "mark"), None)
    return mark if mark in ("before", "until", "till", "once") else None


def _future_head(verb: Any) -> bool:
    """Whether the clause that ``verb`` heads (or its "soon" modifies) is future: "would lift", "will meet"."""
    head = verb.head if verb.lower_ == "soon" and verb.dep_ == "advmod" else verb
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in head.children)


# Modals under which a present-tense time clause looks ahead: "talks can resume once Turkey withdraws".
PENDING_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "ca"})


def _pending_head(clause: Any, mark: str) -> bool:
    """Whether the time clause ``clause`` (marked ``mark``) waits on an act not yet done, beyond a
    "will"/"would" head (tenth audit, second round): in English a present tense after "until", "once",
    "when" under a modal refers to the future ("talks could not resume until Turkey withdraws its
    troops"), and "until"/"once" under an infinitive waits on the act ("vowed to stay until the
    government frees them", "refused to leave until the government met their demands"). A past
    clause under a plain verb did happen ("did not leave until the troops attacked")."""
    head = clause.head.head if clause.head.lower_ == "soon" and clause.head.dep_ == "advmod" else clause.head
    auxes = [c for c in head.children if c.dep_ == "aux"]
    if any(a.lower_ in PENDING_MODALS for a in auxes) and clause.tag_ in ("VBZ", "VBP"):
        return True
    return mark in ("until", "till", "once", "as") and head.dep_ == "xcomp" and any(
        a.lower_ == "to" for a in auxes) and head.head.i != head.i


def _conditional(verb: Any) -> bool:
    """Whether the verb's clause carries an 'if'/'unless' condition. For an act expected on a condition
    ("if X closed its ports, Y would be likely to retaliate") the condition hangs on "be", above the
    adjective that expects the act (tenth audit, second round)."""
    clause = [verb, *syn.verb_chain(verb)]
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and (
            head.lower_ in EXPECTED_ADJECTIVES or any(c.dep_ == "acomp" and c.lower_ in EXPECTED_ADJECTIVES
                                                      for c in head.children)):
        clause.append(head)
        if head.dep_ == "acomp" and head.head.lemma_ == "be":
            clause.append(head.head)
    for v in clause:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children if m.dep_ == "mark"):
                return True
    return False


def _without_gerund(verb: Any) -> bool:
    """Whether the trigger is the gerund of a "without" phrase ("without apologising"), or a
    conjunct of such a gerund ("without consulting or informing them")."""
    cur = verb
    if cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.tag_ == "VBG":
        cur = cur.head
    return cur.tag_ == "VBG" and cur.dep_ in ("pcomp", "pobj") and cur.head.lower_ == "without"


# Clause heads a time expression can hang on.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "csubj", "pcomp"})


def _own_date(verb: Any, ctx: _Ctx, date: Any) -> bool:
    """Whether a time expression is in the trigger's own clause, so that its being ahead makes
    the act future. "denied suggestions there will be a giveaway on 16 March", "urged them to
    cut the deficit for the 1988 financial year", "the record he will defend in the coming
    months, he said, urging voters ...": the date belongs to another clause, and the denial or
    the urging is made now. Noun triggers keep the sentence's date."""
    if verb.pos_ not in ("VERB", "AUX"):
        return True
    toks = [i for i, d in (getattr(ctx, "date_at", None) or {}).items() if d is date]
    if not toks:
        return True
    doc = verb.doc
    mine = {verb.i, *(v.i for v in syn.verb_chain(verb))}
    for i in toks:
        cur = doc[i]
        for _ in range(12):
            if cur.pos_ in ("VERB", "AUX") and (cur.dep_ in _CLAUSE_DEPS or cur.dep_ in ("ROOT", "conj")
                                                 or cur.head.i == cur.i) and cur.dep_ not in ("aux", "auxpass"):
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
        if cur.i in mine:
            return True
        if ((cur.dep_ == "conj" and cur.head.i in mine) or (verb.dep_ == "conj" and verb.head.i == cur.i)) \
                and not _own_past(verb, cur):
            return True
        # the sentence's own date on the sentence's root
        if cur.i == verb.i:
            return True
    return False


def _own_past(verb: Any, other: Any) -> bool:
    """"have been meeting privately and will continue discussions on Tuesday": a verb in the past or the
    perfect, joined to a conjunct with a modal of its own, does not take that conjunct's date ahead (the
    future of the second verb is no plan of the first)."""
    past = verb.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)
    modal = any(a.dep_ == "aux" and a.lower_ in syn.MODAL_FUTURE | syn.MODAL_HYPOTHETICAL for a in verb.children)
    return past and not modal and any(a.dep_ == "aux" and a.lower_ in syn.MODAL_FUTURE for a in other.children)


# Verbs of speech and stance whose own act is done now, whatever condition their content carries ("threatened to
# strike unless ...", "warned that it would retaliate if ...", "offered to resign if ...").
SPEECH_ACTS = syn.REPORTING_VERBS | frozenset({"threaten", "warn", "vow", "pledge", "promise", "offer", "demand", "ask",
                                               "urge", "call", "propose", "insist", "reject", "refuse", "agree"})


def _unrealised(head: Any) -> bool:
    """A clause whose act has not happened: a modal ("will seek", "could take") or an expectation ("is likely to")."""
    if any(c.dep_ == "aux" and c.lower_ in syn.MODAL_FUTURE | syn.MODAL_HYPOTHETICAL for c in head.children):
        return True
    return head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in EXPECTED_ADJECTIVES for c in head.children)


def _if_clause(head: Any) -> str | None:
    """The mark of an "if" or "unless" clause on ``head`` ("even if" sets no condition)."""
    for c in head.children:
        if c.dep_ == "advcl" and not any(a.dep_ == "advmod" and a.lower_ == "even" for a in c.children):
            mark = next((m.lower_ for m in c.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)
            if mark:
                return mark
    return None


def _conditioned_head(verb: Any) -> str | None:
    """The condition on a clause that the trigger is the complement of, or on its own clause, when that clause
    has not happened: "the industry will seek to have the government retaliate if its complaints are upheld",
    "if the talks go well, he is likely to meet Moi when he pays a visit", "they retaliate if attacked". The
    supposed consequence is hypothetical (a condition that a party sets on its own future harm is coded THREATEN
    by the coder). A verb of speech or stance stops the climb: "threatened to strike unless" is a threat made."""
    cur = verb
    for _ in range(5):
        if cur.lemma_.lower() in SPEECH_ACTS:
            return None
        mark = _if_clause(cur)
        # on the trigger's own clause, only a present tense supposes ("they retaliate if attacked"); a past one with
        # an "if" clause is usually a comma splice the parser joined ("has taken measures, if war is thrust on it")
        own = cur.i == verb.i and verb.tag_ in ("VB", "VBP", "VBZ") and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if mark is not None and (own or _unrealised(cur)):
            return f"{mark} ... {cur.text}"
        # climb through complements, a "when" clause of the conditioned act ("... when he pays a visit") and a
        # purpose infinitive ("... to attend the ceremonies")
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "acomp") and not (cur.dep_ == "advcl" and any(
                (m.dep_ in ("mark", "advmod") and m.lower_ == "when") or (m.dep_ == "aux" and m.lower_ == "to")
                for m in cur.children)) or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# Verbs that state by being said: wanting (or wishing) to say them, the speaker says them there and then.
STATING_VERBS = frozenset({"point", "stress", "emphasise", "emphasize", "underline", "reiterate", "reaffirm", "express",
                           "convey", "assure", "state", "say", "declare", "voice", "register", "record", "thank",
                           "welcome", "congratulate", "extend", "make"})


def _said_in_wanting(want: Any, clause: Any) -> bool:
    """"We want to point out our continued support for Egypt", "I wish to express our condolences", "we want
    to make clear our opposition": a first-person wish to state something, said, states it (a politeness);
    "wants to make a deal" or "Japan wants to express" reported of another stays a wish."""
    if want.lemma_.lower() not in ("want", "wish", "like") or clause.dep_ != "xcomp" or not syn.to_infinitive(clause) \
            or clause.lemma_.lower() not in STATING_VERBS:
        return False
    if clause.lemma_.lower() == "make" and not any(c.lower_ in ("clear", "plain") for c in clause.children):
        return False
    if clause.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.children):
        return False
    wanter = syn.subject_of(want)
    return wanter is not None and wanter.lower_ in ("we", "i")


# fut37: words that make an act a forecast, someone's guess at what another will do ("is expected to attack",
# "are likely to give in", "it was likely the government would lift the ban"), unlike the schedule that "due",
# "set" or "to" announce and the plan that "plans to" or "will" state for the actor.
FORECAST_WORDS = frozenset({"expected", "likely", "unlikely", "bound", "probable"})
# Verbs that make a readiness an impression ("appears ready to drop the plan", "seems set to approve").
SEEMING_VERBS = frozenset({"appear", "seem", "look"})


def _forecast(verb: Any) -> str | None:
    """What makes a future act a forecast, if anything: a forecasting adjective or passive over it or over the
    clause it is the content of ("is expected to reassure them that the administration will reach agreement"), or a
    seeming over its readiness ("appears ready to drop"); None for a stated plan ("Japan expected to sign", the
    actor's own) or a schedule ("is due to", "is set to"). (Analysts' and economists' forecasts are left to
    _relevance's commentators; bankers and dealers often report a plan as a fact, "bankers said Mexico would seek a
    loan".)"""
    cur = verb
    for _ in range(4):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "conj"):
            break
        if cur.dep_ == "xcomp" and _forecasting(head):
            return f"'{head.lower_} to'"
        if cur.dep_ == "xcomp" and head.lemma_.lower() in WILLINGNESS | EXPECTED_ADJECTIVES \
                and head.head.i != head.i and head.head.lemma_.lower() in SEEMING_VERBS:
            return f"'{head.head.lemma_.lower()} {head.lower_} to'"
        if cur.dep_ == "xcomp" and head.lemma_.lower() in SEEMING_VERBS:
            return f"'{head.lemma_.lower()} to'"
        if cur.dep_ == "ccomp" and (_forecasting(head)
                                    or any(c.dep_ == "acomp" and _forecasting(c) for c in head.children)):
            return "'it is likely that'"
        cur = head
    return None


def _forecasting(word: Any) -> bool:
    """"likely", "unlikely", "bound", or "expected" in the passive ("is expected to"); not the active "Japan expected
    to sign", the actor's own plan."""
    if word.lower_ == "expected":
        return any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in word.children)
    return word.lower_ in FORECAST_WORDS


# spc46: adjectives of a speaker's expectation of an outcome: "was confident of a prompt accord", "were optimistic
# the two sides could reach agreement", "hopeful that a settlement can be reached". What they govern is a guess at
# what will come, not an act done or announced (PLOVER codes events, not a commenter's or a party's mood about them).
EXPECTATION_ADJECTIVES = frozenset({"confident", "optimistic", "hopeful", "pessimistic", "upbeat", "sanguine"})


def _expectation_word(word: Any) -> bool:
    return word.pos_ == "ADJ" and word.lower_ in EXPECTATION_ADJECTIVES


def _expected_outcome(tok: Any) -> str | None:
    """The adjective of expectation whose content the event word ``tok`` (a verb, or an event noun) is, if any: the
    object of its "of" or "about" ("confident of a prompt accord", "hopeful of reaching an accord", "optimistic
    about a deal") or its that-clause ("optimistic the two sides could reach agreement"; the parser hangs the clause
    on the adjective or on the "be" beside it), reached through the clause's conjuncts and complements."""
    cur = tok
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("of", "about") \
                and _expectation_word(head.head):
            return head.head.lower_
        if cur.dep_ == "ccomp":
            adj = head if _expectation_word(head) else next(
                (c for c in head.children if c.dep_ == "acomp" and _expectation_word(c)), None)
            if adj is not None:
                return adj.lower_
            # "said he was cautiously optimistic an accord would be reached": the parser may hang the clause on the
            # verb of saying, beside the "be" of the adjective that it directly follows
            adj = next((a for b in head.children if b.dep_ == "ccomp" and b.i < cur.i for a in b.children
                        if a.dep_ == "acomp" and _expectation_word(a) and a.right_edge.i + 1 == cur.left_edge.i), None)
            if adj is not None:
                return adj.lower_
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "dobj"):
            break
        cur = head
    return None
