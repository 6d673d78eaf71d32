"""Small, well-named views over a spaCy dependency parse, shared by the event-coding rules."""
from __future__ import annotations

import weakref
from typing import Any, Iterable, Iterator

Token = Any  # spacy.tokens.Token; kept loose so this module imports without spaCy

# Verbs that report speech or cognition: they attribute an event, they are not one.
REPORTING_VERBS = frozenset({
    "say", "tell", "add", "report", "state", "announce", "claim", "note", "explain", "confirm", "write",
    "insist", "stress", "affirm", "reiterate", "acknowledge", "indicate", "declare", "suggest", "believe",
    "think", "quote", "reveal", "disclose", "allege", "assert", "argue", "maintain", "contend", "predict",
    "estimate", "show", "remark", "recall", "testify", "brief", "inform", "mention", "conclude", "admit",
})
NEGATING_VERBS = frozenset({"deny", "refuse", "fail", "decline", "reject_claim"})
FUTURE_HEADS = frozenset({"plan", "intend", "expect", "prepare", "aim", "schedule", "set", "vow", "pledge",
                          "promise", "hope", "want", "seek", "decide", "agree", "propose", "threaten", "prepare"})
MODAL_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
MODAL_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "ca", "can"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


# Each parsed story's text, joined once (weak keys: a story's entry goes with its parse).
_DOC_TEXTS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Any) -> str:
    """``doc.text``, joined once per parse: spaCy joins every token's text anew on each access, and a rule that
    reads it per candidate event pays for the whole story each time."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def first_child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to"-infinitive ("to protest", "meant to threaten", "easier to meet")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def clause_head(tok: Token) -> Token:
    """The verb whose clause ``tok`` belongs to (itself when it is a verb)."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def climb(tok: Token, deps: Iterable[str], steps: int = 4) -> Token:
    """The token reached from ``tok`` by going up to its head while its relation is one of ``deps``
    (at most ``steps`` times): the head of "Bahrain" in "Iran's Kharg island" through "poss" and
    "compound", the first of a list through "conj"."""
    deps = frozenset(deps)
    cur = tok
    for _ in range(steps):
        if cur.dep_ not in deps or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def verb_chain(verb: Token) -> Iterator[Token]:
    """The verb and the verbs it is coordinated with or controlled by, innermost first."""
    cur = verb
    seen = 0
    while seen < 8:
        yield cur
        if cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
            cur = cur.head
            seen += 1
            continue
        break


def _impersonal_that_clause(head: Token) -> bool:
    """"(pointed out) that it was 30 years ...", "(said) that there were no talks": a complement clause
    introduced by "that" whose subject is a dummy "it"/"there" with "be"."""
    subj = first_child(head, "nsubj", "expl")
    return head.dep_ == "ccomp" and head.lemma_.lower() == "be" and subj is not None and \
        subj.lower_ in ("it", "there") and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)


# Subjects that can do an act themselves: people and named parties (and pronouns for them).
AGENT_ENT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def reported_state_clause(head: Token, verb: Token) -> bool:
    """"(said) the budget was balanced [and urged ...]", "(said) his comments were not racist [and refused
    ...]": a complement clause of a speech verb that only says what state a thing is in (a form of "be",
    a passive, or an adjective), whose subject is a thing rather than a person or a named party, with a
    finite verb joined to it in the speech verb's own tense. The parser hangs that verb on the complement,
    but a thing in a state does not urge or refuse: the verb is the speaker's next act."""
    reporter = head.head
    if head.dep_ != "ccomp" or reporter.i == head.i or reporter.lemma_ not in REPORTING_VERBS:
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.tag_ != reporter.tag_:
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return False
    state = head.lemma_.lower() == "be" or is_passive(head) or any(c.dep_ in ("acomp", "attr") for c in head.children)
    subj = first_child(head, "nsubj", "nsubjpass")
    if not state or subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in AGENT_ENT_TYPES or \
            any(t.ent_type_ in AGENT_ENT_TYPES for t in subj.children if t.dep_ in ("compound", "amod", "poss", "nmod")):
        return False
    from ._context import _is_agent_noun  # (late: _context needs the actor tables)

    return not _is_agent_noun(subj)  # "the government was ready and offered talks" may be the government's act


# Verbs that are themselves acts of speech (PLOVER's verbal events: demands, appeals, warnings, verdicts,
# refusals, pledges): what a speaker goes on to do after saying something.
SPEECH_ACT_VERBS = frozenset({
    "demand", "urge", "call", "ask", "appeal", "warn", "threaten", "condemn", "denounce", "criticise", "criticize",
    "accuse", "deny", "reject", "vow", "pledge", "promise", "welcome", "praise", "summon", "protest", "insist",
})


def perfect_break_conjunct(head: Token, verb: Token) -> bool:
    """"(said) Turkey had violated its sovereignty and demanded an apology": a complement in the perfect
    ("had violated") with a speech act joined to it in the speech verb's own simple past, not under the
    same "had". The parser hangs the speech act on the complement, but it is the speaker's next act."""
    reporter = head.head
    if head.dep_ != "ccomp" or reporter.i == head.i or reporter.lemma_ not in REPORTING_VERBS:
        return False
    if verb.lemma_.lower() not in SPEECH_ACT_VERBS or verb.tag_ != "VBD" or reporter.tag_ != "VBD":
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)


# Passive verbs whose subject does the infinitive after them: "was expected to fly", "is scheduled to visit".
RAISING_PASSIVES = frozenset({"expect", "schedule", "due", "slate", "set", "plan", "believe", "say", "report", "tip"})


def subject_of(verb: Token) -> Token | None:
    """Syntactic subject, inherited through coordination ("X ended ..., withdrawn ... and forged ..."),
    control ("X plans to withdraw") and participial adjuncts ("..., terminating an agreement")."""
    cur = verb
    for _ in range(8):
        subj = first_child(cur, "nsubj", "nsubjpass")
        if cur.dep_ == "relcl" and (subj is None or subj.tag_ in ("WDT", "WP")):
            return cur.head  # "the rebels, who attacked ...": the relative pronoun stands for the head noun
        if subj is not None and not (subj.dep_ == "nsubjpass" and cur.i != verb.i):
            return subj
        if subj is not None and subj.pos_ in ("PROPN", "PRON") and cur.lemma_.lower() in RAISING_PASSIVES and any(
                c.dep_ == "xcomp" and c.i in {t.i for t in verb.ancestors} | {verb.i} for c in cur.children):
            # "Kuranari was expected to fly to Washington", "he is scheduled to visit": he flies, he visits (a named
            # party only: "ministers are expected to meet" names no one the coder can place)
            return subj
        controller = _object_controller(cur) if verb.lemma_ in REPORTING_VERBS else None
        if controller is not None:
            # "prompted a donor to say he ...", "asked the minister to confirm ...": an infinitive after
            # a verb's object is the object's act, so the object is the one who speaks. (Only for
            # speaking, which decides whom "he" in the words stands for; other acts after an object,
            # "prompting the Queen to ask Wilson", keep the clause subject, as the event rules expect.)
            return controller
        if cur.dep_ in ("conj", "xcomp", "acomp", "oprd") or (cur.dep_ == "advcl" and cur.tag_ in ("VBG", "VB")):
            if cur.head.i == cur.i:
                return None
            if cur.dep_ == "conj" and _impersonal_that_clause(cur.head) and cur.tag_ in ("VBD", "VBZ", "VBP"):
                # "He pointed out that it was late and urged ...": an impersonal "it/there is" clause
                # has no one to do the next act; the finite verb after it continues the speaker's sentence.
                cur = cur.head.head
                continue
            if cur.dep_ == "conj" and (reported_state_clause(cur.head, cur) or perfect_break_conjunct(cur.head, cur)):
                # "said his remarks were not hostile and refused to apologise": a thing said to be in
                # some state does not act; the verb in the speaker's tense continues the speaker's sentence.
                cur = cur.head.head
                continue
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.lower_ == "by" and cur.tag_ == "VBG":
            cur = clause_head(cur.head)  # "continues its efforts by donating supplies": the means shares the subject
            continue
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in SUBJECT_GERUND_PREPS and \
                cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            # "made the decision after meeting his advisers", "was wrong in attacking the party": a
            # gerund after a time or manner preposition is done by the clause's own subject. (Not "for"
            # or "of": "praised X for helping", "accused X of spying" are the object's acts.)
            cur = clause_head(cur.head)
            continue
        if cur.dep_ == "acl" and cur.head.pos_ == "PROPN" and (cur.tag_ == "VBD" or any(
                c.dep_ == "oprd" and c.ent_type_ == "PERSON" for c in cur.children)):
            return cur.head  # a finite verb the parser hung on its subject: "Trump called Erdogan and urged ..."
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.lemma_.lower() in STATEMENT_NOUNS and \
                cur.head.dep_ in ("dobj", "conj", "appos"):
            # "Hamas issued a statement slamming the plan": what a statement says, its issuer says.
            cur = clause_head(cur.head)
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VB" and cur.head.lemma_.lower() in ("decision", "vote"):
            # "a decision by the union to lift its ban", "the union's decision to lift it": who decided acts (audit 11)
            owner = first_child(cur.head, "poss") or next(
                (p for c in cur.head.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj"), None)
            if owner is not None:
                return owner
        if cur.dep_ == "acl" and is_detached_participle(cur):
            # "X have ended agreements with Y, withdrawn from Z": the parser often hangs the second
            # coordinated participle on the object; after a comma it is the main clause's verb.
            cur = clause_head(cur.head)
            continue
        return None
    return None


def _object_controller(verb: Token) -> Token | None:
    """The object that does the act of a "to"-infinitive complement: "prompted the Queen to ask",
    "forced the donor to say", "asked Israel to withdraw" (object control, plain English grammar).
    Only after verbs that get someone else to act (not "used his Budget to fire", "promised them to
    stay", where the subject acts)."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.i == verb.i or \
            verb.head.lemma_.lower() not in OBJECT_CONTROL or \
            not to_infinitive(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


# Verbs whose object does the act of their infinitive ("urged Israel to withdraw", "prompted the Queen
# to ask"): asking, ordering, causing, allowing and helping someone to act.
OBJECT_CONTROL = frozenset({
    "ask", "urge", "tell", "order", "force", "persuade", "prompt", "invite", "encourage", "allow", "permit",
    "enable", "require", "advise", "warn", "compel", "cause", "lead", "press", "pressure", "pressurise",
    "pressurize", "instruct", "direct", "authorise", "authorize", "empower", "beg", "challenge", "oblige",
    "convince", "induce", "push", "remind", "appoint", "elect", "mandate", "commission", "call", "help",
    "spur", "drive", "get", "want", "expect", "need", "leave", "recruit", "hire", "assign",
    "nominate", "summon", "implore", "entreat", "exhort", "command", "prod", "nudge", "tempt", "provoke",
})

# Prepositions whose gerund shares the subject of the clause it hangs on ("after meeting", "without
# consulting", "in attacking"); "by" has its own rule in ``subject_of``.
SUBJECT_GERUND_PREPS = frozenset({"after", "before", "in", "on", "upon", "without", "while", "since", "through"})

STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "message", "video",
                             "resolution", "note", "speech", "address", "release", "tweet", "post", "editorial",
                             "broadcast", "announcement", "memo", "memorandum", "report"})


def is_detached_participle(verb: Token) -> bool:
    return verb.tag_ in ("VBN", "VBG") and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            return first_child(c, "pobj")
    return None


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of ``tok``'s prepositions named in ``preps`` ("with X", "against Y", "such as Z")."""
    wanted = set(preps)
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted:
            out.extend(children(c, "pobj"))
            for inner in children(c, "prep"):  # compound prepositions: "such as", "along with"
                if inner.lower_ in wanted or not children(c, "pobj"):
                    out.extend(children(inner, "pobj"))
        elif c.dep_ == "prep" and c.lower_ == "such" and "such as" in wanted:
            for inner in children(c, "prep"):
                out.extend(children(inner, "pobj"))
    return out


def conjuncts(tok: Token) -> list[Token]:
    return [c for c in tok.conjuncts if c.i > tok.i] if tok.dep_ != "conj" else []


def core_phrase(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``tok`` without clauses, preps
    or coordinated phrases: "Niger's new authorities", "U.S. Deputy Secretary of State Kurt Campbell"."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod", "quantmod", "case", "npadvmod", "advmod", "punct"):
            start = min(start, c.left_edge.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "case", "nmod"):
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ == "prep" and c.lower_ == "of" and c.i == end:
            # "one of its vehicles" but not "... of its vehicles in Gaza": only the object's own core
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:  # "accused his opponents of sympathizing": no object, not part of the phrase
                end = max(end, core_phrase(pobj)[1])
        elif c.dep_ == "punct" and c.i == end and c.text in ("'s", "’s"):
            end = c.i + 1
    doc = tok.doc
    # "ex-Home Secretary David Blunkett", "the ex-minister": the parser often leaves "ex" and "-" outside
    # the phrase as tokens of their own; the prefix belongs to it (a former officeholder is ELI).
    k = start if doc[start].text == "-" else start - 1
    if k >= 1 and doc[k].text == "-" and doc[k - 1].lower_ == "ex" and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_:
        start = k - 1
    while start < tok.i and doc[start].dep_ in ("punct", "cc", "prep"):
        start += 1
    return start, end


def argument_tokens(root: Token) -> list[Token]:
    """Tokens of an argument's phrase without the clauses hanging off it ("..., after X changed
    strategy"), but with relative clauses that describe it ("an agreement that allowed U.S. personnel")."""
    out = []
    stack = [root]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for c in tok.children:
            if c.dep_ in ("advcl", "parataxis") or (c.dep_ in ("conj", "acl") and c.pos_ in ("VERB", "AUX") and c.i != root.i):
                if c.dep_ == "acl" and not is_detached_participle(c):
                    stack.append(c)
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def is_locative(tok: Token) -> bool:
    """Whether a place token sits in a locative phrase ("in X", "near the capital of Y"), rather than
    modifying an actor ("U.S. troops", "Niger's junta")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("compound", "poss", "amod", "nmod") or cur.dep_ == "conj" or cur.dep_ == "appos":
            if cur.dep_ in ("compound", "poss", "amod", "nmod") and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.lemma_.lower() not in PLACE_HEADS:
                return False
            cur = cur.head
            continue
        if cur.dep_ == "pobj":
            prep = cur.head
            if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lemma_.lower() in PLACE_HEADS:
                cur = prep.head
                continue
            if prep.lower_ == "of" and prep.head.dep_ in ("advmod", "npadvmod") and prep.head.lower_ in COMPASS_WORDS:
                return True  # "attacked a post east of the town of Kassala"
            if (prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in COMPASS_WORDS
                    and prep.head.i != prep.i - 1):
                return True  # the parse hung "of" elsewhere: "repelled an attack east of the port city of Basra"
            if prep.head.dep_ in ("nsubj", "nsubjpass") and prep.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return False  # "juntas in neighbouring Mali" describes the actor, not where it acted
            if prep.head.dep_ == "prep" and prep.head.head.dep_ in ("nsubj", "nsubjpass"):
                return False
            return prep.lower_ in LOCATIVE_PREPS
        return False
    return False


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout", "into", "to",
                            "within", "along", "on", "off", "over", "through", "from", "toward", "towards", "beyond"})
PLACE_HEADS = frozenset({"capital", "city", "town", "village", "street", "province", "region", "district", "border",
                         "outskirts", "north", "south", "east", "west", "centre", "center", "part", "area", "port",
                         "base", "state", "county", "coast", "suburb", "neighbourhood", "neighborhood", "camp",
                         "territory", "island", "heart", "republic", "terminal", "jetty", "oilfield", "refinery",
                         "platform", "harbour", "harbor", "airport", "field", "resort", "enclave", "oasis",
                         # "filed suit in U.S. district court", "in a Madrid court": a court sits in its town or
                         # country, so the place that names it says where the case was brought
                         "court"})


def span_text(doc: Any, start: int, end: int) -> str:
    return doc[start:end].text if end > start else ""


def governing_reporter(verb: Token) -> Token | None:
    """The reporting verb whose complement contains ``verb`` ("X said [that Y withdrew]")."""
    cur = verb
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj") and cur.head.lemma_ in REPORTING_VERBS:
            return cur.head
        if cur.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis"):
            cur = cur.head
            continue
        return None
    return None


# Conjunctions that set a clause beside another as a parallel, separate happening ("while in Austria
# growers blocked roads"), unlike "after", "because" or "although", whose clause is bound up with the act.
PARALLEL_MARKS = frozenset({"while", "whereas", "whilst"})


def _own_clause(tok: Token) -> bool:
    """A verb heading a parallel clause of its own: coordinated ("..., and it warned ...") or set beside
    another by "while"/"whereas" ("... while in Austria growers blocked roads"), with a subject of its own."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return False
    # The mark may hang off a fronted phrase ("while [in France] pig-farmers barricaded roads").
    return tok.dep_ == "conj" or (tok.dep_ == "advcl" and (tok.left_edge.lower_ in PARALLEL_MARKS or any(
        c.dep_ == "mark" and c.lower_ in PARALLEL_MARKS for c in tok.children)))


def in_separate_clause(t: Token, tok: Token) -> bool:
    """Whether ``t`` and ``tok`` sit in different full clauses of one sentence: between them lies a
    coordinated or "while" clause with a subject of its own, which reports an act of its own
    ("farmers marched through Budapest while in Austria growers blocked roads in protest";
    "it warned the government, and it warned any buyer"). A verb coordinated without a subject of its own
    shares the clause's parties ("closed its borders with Syria and blocked the crossing"), and a
    complement clause is what the act says ("warned that sanctions against Russia would follow"), and a
    clause of time, cause or concession is bound up with the act ("retaliated after Iran seized a ship")."""
    above = {a.i: a for a in (tok, *tok.ancestors)}
    cur = t
    for _ in range(60):
        if cur.i in above:
            break
        if _own_clause(cur):
            return True
        if cur.head.i == cur.i:
            return False  # no common root: not one sentence
        cur = cur.head
    else:
        return False
    for a in (tok, *tok.ancestors):
        if a.i == cur.i:
            return False
        if _own_clause(a):
            return True
    return False


def sentences_back(tok: Any, n: int) -> int:
    """The index of the first token of the sentence ``n`` sentences before ``tok``'s own (the story's first
    sentence when there are fewer): where a search for an antecedent in the sentences just before stops."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start
