"""Who says so: the source an event is attributed to, and what kind of source it is."""
from __future__ import annotations

import re
from typing import Any

from ..model import Attribution
from ._syntax import REPORTING_VERBS, first_child, governing_reporter, in_separate_clause, prep_objects, sentences_back

_ANONYMOUS = re.compile(
    r"\b(person|people|sources?|officials?|diplomats?|insiders?|aides?|someone|one official)\b[^.]{0,60}?"
    r"\b(familiar with|close to|briefed on|knowledge of|declined to be (named|identified)|speaking on condition|"
    r"who asked not to be|not authori[sz]ed|requested anonymity|on condition of anonymity)"
    r"|\b(sources?|insiders?)\b|\bon condition of anonymity\b|\banonymous\b", re.I)
_MEDIA = re.compile(
    r"\b(reuters|associated press|ap|afp|agence france|bbc|cnn|al jazeera|new york times|washington post|"
    r"times|guardian|radio|television|tv|news agency|state media|state television|newspaper|daily|"
    r"agency|press|reports?|media|irna|xinhua|tass|ria|interfax|wafa|sana|kcna|yonhap|bloomberg|"
    r"financial times|ft|wall street journal|journal|magazine|broadcaster|website|networks?|"
    r"(?-i:[A-Z][\w.'’]* News|Evening Standard|Herald|Gazette|Tribune|Chronicle|Telegraph|Shimbun))\b", re.I)
_OFFICIAL = re.compile(
    r"\b(ministry|minister|ministers|government|president|prime minister|spokes(man|woman|person)|"
    r"pentagon|white house|kremlin|state department|department|army|military|police|embassy|ambassador|"
    r"officials?|authorities|junta|council|commander|general|secretary|chancellor|premier|king|"
    r"statement|office|presidency|cabinet|parliament|foreign office)\b", re.I)
_ORGANIZATION = re.compile(
    r"\b(amnesty|human rights watch|united nations|un|red cross|red crescent|unicef|(?-i:WHO)|unhcr|nato|"
    r"european union|eu|african union|ecowas|organi[sz]ations?|group|committee|foundation|institute|"
    r"associations?|unions?|federations?|confederations?|league|movements?|party|observatory|watchdog|ngo|"
    r"charity|agency|"
    r"chambers? of commerce)\b", re.I)

# An individual the story does not name, known only by a role ("officials said", "a senior banker said",
# "Trade Ministry officials here said", "the diplomat said"): an unnamed source. The role must end the phrase
# (what follows is only where they are or whom they serve), so that "Treasury official John Smith" stays named;
# a spokesman speaks on the record for an office and stays official.
_UNNAMED_ROLE = re.compile(
    r"^(?:[\w.'’&-]+\s+){0,6}?(officials?|diplomats?|bankers?|negotiators?|delegates?|dealers?|traders?)"
    r"(?:\s+(?:here|there|(?:in|at|of|from|with|for|close to|familiar)\b.*))?$", re.I)


# A firm and those who speak for it ("a company spokesman", "the airline said", "Acme Corp said").
_COMPANY = re.compile(
    r"\b(company|companies|firms?|corporations?|corp|inc|ltd|plc|airlines?|carriers?|conglomerates?)\b", re.I)
_FEDERATION = re.compile(r"\bfederation\b", re.I)
_STATE_OWNED = re.compile(r"\b(state|national|government|ministry|central)\b", re.I)


# People who saw or suffered it speak for themselves, not for an office.
_WITNESS = re.compile(
    r"\b(witness(es)?|eyewitness(es)?|residents?|locals?|villagers?|survivors?|relatives?|families|doctors?|"
    r"medics?|nurses?|analysts?|experts?|economists?|strategists?|activists?|passers-by|bystanders?|neighbou?rs?|"
    r"(?:worker|teacher|miner|farmer|student|protester|demonstrator|employee|pensioner|voter|consumer)s?|"
    r"public(?=\s*$))\b",
    re.I)


# A government's press secretary or press office speaks for the government, not for the press.
_PRESS_OFFICER = re.compile(r"\bpress\s+(secretary|secretaries|officer|office|spokes\w+|attach\w+|aide)\b", re.I)
# Nor does a minister whose portfolio names the press ("Culture, Media and Sport Secretary", "the Broadcasting
# Ministry"): the portfolio words before an office title are the office's.
_PORTFOLIO = re.compile(r"\b(?:media|press|radio|television|broadcasting)\b(?=[\w\s,&]{0,30}?\b(?:secretary|minister|"
                        r"ministry|department|committee)\b)", re.I)


# A relative clause on the source says more of it, not who it is ("Proxmire, whose staff prepared the report").
_RELATIVE_TAIL = re.compile(r",?\s+(?-i:who|whose|which)\b.*$", re.S)
# Whom a spokesman speaks for decides what kind of source he is ("a spokesman for the Textile Federation").
_SPEAKS_FOR = re.compile(
    r"^(?:[\w.'’&-]+\s+){0,3}?spokes(?:man|woman|person|men|women|people)\s+(?:for|of)\s+(.+)$", re.I)
# Words that open a common noun phrase, never a personal name ("The European Community", "It").
_NOT_A_NAME = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "which"})
_STATE_LABELS = ("COUNTRY", "GPE", "NORP", "AGENT", "SEAT", "CAPITAL")


def classify_source(text: str, entity: Any | None = None) -> str:
    """Map a source phrase to anonymous | media | official | organization | person."""
    text = _RELATIVE_TAIL.sub("", text) or text
    served = _SPEAKS_FOR.match(text.strip())
    if served is not None:
        kind = classify_source(served.group(1))  # (the entity found may be a place in its name: "Taiwan")
        return kind if kind in ("organization", "media") else "official"
    if _ANONYMOUS.search(text):
        return "anonymous"
    if _UNNAMED_ROLE.match(text.strip()) and getattr(entity, "label", None) != "PERSON":
        return "anonymous"
    sector = getattr(entity, "sector", None)
    code = getattr(entity, "code", None)
    state = bool(code) and len(code) == 3 and getattr(entity, "label", None) in _STATE_LABELS
    if _WITNESS.search(text) and not _OFFICIAL.search(text) and not _MEDIA.search(text) and \
            not _ORGANIZATION.search(text) and not _COMPANY.search(text) and not state:
        return "person"  # (the farmers' union, the workers' party, "the biggest consumer, China" are no witnesses)
    if sector == "JRN" or _MEDIA.search(_PORTFOLIO.sub("", _PRESS_OFFICER.sub("", text))):
        return "media"
    if _COMPANY.search(text) and not _STATE_OWNED.search(text):
        return "organization"  # "a company spokesman": a firm speaks as an organization, not as an office
    if code in ("IGO", "NGO") or sector in ("IGO", "NGO", "REB", "UAF", "PTY") or \
            _ORGANIZATION.search(text) and not _OFFICIAL.search(text) and not (state and _FEDERATION.search(text)):
        return "organization"  # (a federation that is a state, "the Russian Federation", speaks officially)
    if sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY") or _OFFICIAL.search(text):
        return "official"
    if state:
        return "official"  # "Iran said": a state speaking is an official source
    label = getattr(entity, "label", None)
    words = text.split()
    if label == "PERSON" or (text[:1].isupper() and len(words) <= 4 and words[0].lower() not in _NOT_A_NAME):
        return "person"
    return "official"


def _left_phrase(verb: Any) -> str:
    """Words just before a reporting verb back to the previous comma: the source of an
    inverted or mis-parsed report ("..., a person familiar with the matter said")."""
    doc = verb.doc
    i = verb.i - 1
    words = []
    while i >= verb.sent.start and doc[i].text not in (",", ";", "—", "–", "(", '"', "“", "”") and len(words) < 12:
        words.append(doc[i])
        i -= 1
    return " ".join(t.text for t in reversed(words)).strip()


def _manner_of(reporter: Any) -> str:
    """How the source spoke: the reporting clause without what was reported ("said on condition of
    anonymity", "who asked not to be named")."""
    content = {t.i for c in reporter.children if c.dep_ in ("ccomp", "xcomp", "parataxis") for t in c.subtree}
    return " ".join(t.text for t in reporter.subtree if t.i not in content and t.i != reporter.i)


def _noun_phrase(noun: Any) -> str:
    """A source noun with its words, without a relative clause on it, which says more of the source, not who it
    is ("the source, who said he had spoken to people inside"; "Johnston, whose staff prepared the report")."""
    end = min([c.left_edge.i for c in noun.children if c.dep_ == "relcl" and c.i > noun.i] + [noun.right_edge.i + 1])
    return noun.doc[noun.left_edge.i: end].text.rstrip(" ,")


def _source_phrase(reporter: Any) -> str:
    subj = first_child(reporter, "nsubj")
    if subj is None and reporter.dep_ == "conj" and any(
            t.dep_ == "cc" for t in reporter.doc[reporter.head.i + 1:reporter.i]):
        # "Earnest condemned the attack and said ...": coordinated verbs share the subject. (Without
        # "and", "X will withdraw, a person familiar with the matter said" is a report misparsed as
        # coordination: its source is the phrase before the verb.)
        subj = first_child(reporter.head, "nsubj")
    if subj is None and reporter.tag_ == "VBG" and reporter.dep_ in ("advcl", "conj", "xcomp"):
        # "..., a person familiar with the matter said late Friday, adding that ...": a subjectless
        # participle reports for the reporting verb before it, whatever the parser hung it on.
        before = next((t for t in reversed(list(reporter.doc[reporter.sent.start:reporter.i]))
                       if t.lemma_ in REPORTING_VERBS and t.pos_ == "VERB"), None)
        if before is not None:
            return _source_phrase(before)
    if subj is not None and subj.lower_ not in ("it", "he", "she", "they", "which", "who", "that"):
        return _noun_phrase(subj)
    if subj is not None:
        return subj.text
    return _left_phrase(reporter)


# A report that names no reporter: "is reported to have resigned" comes from the press ("reports
# said"), "is said / understood / believed to" from people the story does not name.
_PRESS_HEARSAY = frozenset({"report"})
_ANONYMOUS_HEARSAY = frozenset({"say", "believe", "think", "understand", "know", "rumour", "rumor"})
_HEARSAY_ADVERBS = {"reportedly": "media"}


def _unnamed_report(reporter: Any) -> Attribution | None:
    """"X is reported to have resigned", "Y was said to have fled": a passive reporting verb with no
    "by" agent tells the report without its teller; the kind of source is the verb's (press or unnamed)."""
    lemma = reporter.lemma_.lower()
    if lemma not in _PRESS_HEARSAY and lemma not in _ANONYMOUS_HEARSAY:
        return None
    if not any(c.dep_ == "auxpass" for c in reporter.children) or any(c.dep_ == "agent" for c in reporter.children):
        return None
    aux = next(c for c in reporter.children if c.dep_ == "auxpass")
    kind = "media" if lemma in _PRESS_HEARSAY else "anonymous"
    return Attribution(text=f"{aux.text} {reporter.text}", type=kind, verb=lemma)


def _hearsay_adverb(verb: Any) -> Attribution | None:
    """"WeWork is reportedly being investigated": the adverb puts the act on the press's word."""
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _HEARSAY_ADVERBS), None)
    if adverb is None:
        return None
    return Attribution(text=adverb.text, type=_HEARSAY_ADVERBS[adverb.lower_], verb=None)


# Pronouns a reporting clause names its source by: the source is whom they stand for.
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})
# "It said ...": a pronoun for a body that speaks (a ministry, a firm, a state), never a person.
_SPEAKING_PRONOUNS = _PERSONAL_PRONOUNS | {"it"}
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Marks that open a closing reporting clause ("..., a Senate source said."; "... -- the army said").
_CLAUSE_OPENERS = frozenset({",", "—", "–", "--", "-"})
_QUOTES = frozenset({'"', "“", "”", "''", "``"})


def _opens_clause(tok: Any) -> bool:
    """A comma or a dash set apart by spaces ("... - the army said"), not the hyphen inside a name ("al-Nuaimi")."""
    if tok.text in _QUOTES:  # a quotation closed after its comma: '"We will retaliate," a senior official said'
        return tok.i > 0 and tok.doc[tok.i - 1].text in (",", "?", "!")
    if tok.text != "-":
        return tok.text in _CLAUSE_OPENERS
    return tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _closing_report(sentence: Any) -> tuple[Any, str, Any] | None:
    """The reporting verb of a clause that closes the sentence after a comma, with its source phrase and the
    phrase's head ("..., a Senate source said on Tuesday.", "..., the official news agency Tass reported.",
    "..., said a senior banker."): whatever the sentence told before it is that source's, however the parser
    hung the clauses together. Nothing after the verb may be a verb of its own (then the clause reports what
    follows, not what went before)."""
    reporter = None
    for tok in reversed(sentence):
        if tok.is_punct or tok.is_space:
            continue
        if tok.pos_ in ("VERB", "AUX"):
            if tok.lemma_ in REPORTING_VERBS and tok.pos_ == "VERB":
                reporter = tok
            break
    if reporter is None:
        return None
    doc = reporter.doc
    subj = first_child(reporter, "nsubj")
    if subj is not None and subj.i > reporter.i:  # "..., said a senior banker."
        start, end = reporter.i + 1, subj.right_edge.i + 1
        opener = reporter.i - 1
    else:
        end = reporter.i
        if doc[end - 1].text == ",":
            # "..., the source, who said he had spoken to people inside, told Reuters.": the source phrase
            # stands before a relative clause on it that ends at the comma
            noun = next((t for t in doc[sentence.start:end] if any(
                c.dep_ == "relcl" and c.right_edge.i == end - 2 and c.left_edge.lower_ in _RELATIVE_PRONOUNS
                for c in t.children)), None)
            if noun is not None:
                end = noun.i + 1
        start = end
        while start > sentence.start and not _opens_clause(doc[start - 1]) and end - start < 12:
            start -= 1
        opener = start - 1
    if start >= end or opener < sentence.start or not _opens_clause(doc[opener]):
        return None
    words = doc[start:end]
    if words[0].lower_ in _RELATIVE_PRONOUNS or words[0].pos_ in ("CCONJ", "SCONJ") or \
            not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # a clause of its own ("..., but they declined to disclose"), not a source phrase
    head = subj if subj is not None and start <= subj.i < end else words[-1]
    return reporter, words.text, head


def _antecedent_source(reporter: Any, pronoun: Any) -> Any | None:
    """The source a pronoun reporter stands for ("..., police sources said. ... they said"): the subject of
    the nearest reporting clause in the two sentences before whose number agrees with the pronoun."""
    doc = reporter.doc
    plural = pronoun.lower_ == "they"

    def agrees(tok: Any) -> bool:
        many = tok.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in tok.children)
        if pronoun.lower_ == "it":
            return not many and tok.ent_type_ != "PERSON"
        # "he" and "she" stand for people, not for a state or a firm the tagger named
        return many == plural and (plural or tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and not tok.ent_type_))

    # First the sentence itself: "Reagan has denied knowing about it, although he has admitted ...", but not what
    # the pronoun reports ("The rebels seized two towns, they said": the rebels are told of, not telling)
    told = {t.i for t in reporter.subtree}
    in_closing_clause = pronoun.left_edge.i > reporter.sent.start and _opens_clause(doc[pronoun.left_edge.i - 1])
    for tok in [] if in_closing_clause else reversed(doc[reporter.sent.start:pronoun.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("PROPN", "NOUN") and tok.i not in told and agrees(tok):
            return tok
    for tok in reversed(doc[sentences_back(reporter, 2):reporter.sent.start]):
        if tok.lemma_ not in REPORTING_VERBS or tok.pos_ != "VERB":
            continue
        subj = first_child(tok, "nsubj")
        if subj is None or subj.lower_ in _PERSONAL_PRONOUNS | _RELATIVE_PRONOUNS or subj.pos_ == "PRON":
            continue
        if agrees(subj):
            return subj
    return None


def _named_source(reporter: Any) -> tuple[str, Any | None]:
    """The reporter's source phrase and the token to find its entity by, a pronoun read as what it stands for
    (a relative pronoun as the noun its clause hangs on, a personal one as the last source of its number)."""
    subj = first_child(reporter, "nsubj")
    if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and reporter.dep_ == "relcl":
        # the words just before the pronoun, back to a comma or a preposition ("..., the source, who said";
        # "backed by Culture, Media and Sport Secretary Tessa Jowell, who said"), whatever the parser hung it on
        doc, end = reporter.doc, reporter.left_edge.i
        if end > reporter.sent.start and doc[end - 1].text == ",":
            end -= 1
        start = end
        while start > reporter.sent.start and not _opens_clause(doc[start - 1]) and \
                doc[start - 1].dep_ not in ("agent", "prep") and end - start < 12:
            start -= 1
        if start < end:
            return doc[start:end].text, doc[end - 1]
        return reporter.head.text, reporter.head
    if subj is not None and subj.lower_ in _SPEAKING_PRONOUNS:
        antecedent = _antecedent_source(reporter, subj)
        if antecedent is not None:
            return _noun_phrase(antecedent), antecedent
    return _source_phrase(reporter), subj


# Beyond the reporting verbs the clause walk knows: a verb that tells ("Officials divulged that ..."), a hearsay
# verb in the passive with no teller ("It is understood that ...", "it is known that ..."), and a noun that
# reports what its "that" clause says ("an announcement by the Foreign Office that Britain had withdrawn ...").
_TELLING_VERBS = frozenset({"divulge", "leak"})
_HEARSAY_ONLY = _ANONYMOUS_HEARSAY - REPORTING_VERBS
_REPORT_NOUNS = frozenset({"announcement", "statement", "declaration", "communique", "confirmation", "disclosure",
                           "report"})
_FRAME_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "conj")


def _wider_frame(verb: Any) -> Any | None:
    """The telling verb or report noun whose "that" clause holds ``verb``, where no reporting verb governs it."""
    cur = verb
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in _FRAME_DEPS and head.pos_ == "VERB" and (
                head.lemma_ in _TELLING_VERBS or head.lemma_ in _HEARSAY_ONLY and _unnamed_report(head) is not None):
            return head
        if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_ in _REPORT_NOUNS and \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            return head
        if cur.dep_ not in _FRAME_DEPS:
            return None
        cur = head
    return None


def _report_noun_source(noun: Any) -> tuple[str, Any | None, str | None]:
    """Who a report noun is by ("an announcement by the Foreign Office", "the ministry's statement", "a
    statement from the army"): its phrase and head; reports by no one named are the press's ("reports that ...")."""
    teller = next((c for c in noun.children if c.dep_ == "poss"), None)
    if teller is None:
        teller = next(iter(prep_objects(noun, ("by", "from"))), None)
    if teller is not None:
        return _noun_phrase(teller), teller, None
    if noun.lemma_ == "report":
        return noun.text, None, "media"
    return "", None, None


def _reports_elsewhere(reporter: Any, verb: Any) -> bool:
    """A reporting verb that tells only its own clause, not the event's: one in a relative clause ("the source,
    who said he had spoken to people inside"), or one heading a clause coordinated after the event's with a
    subject of its own ("The Pentagon rejected the accusations, and analysts told Polygraph.info ...")."""
    if reporter.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in reporter.children):
        # unless the clause hangs on the act's own doer ("was seized by the government, which claims ...";
        # "the charge was denied by Mr Mandelson, who said ..."): the doer speaks for its act
        doer = reporter.head
        return not (doer.dep_ == "pobj" and doer.head.dep_ == "agent" and doer.head.head.i == verb.i or
                    doer.dep_ == "nsubj" and doer.head.i == verb.i)
    if reporter.i > verb.i and any(c.dep_ == "nsubj" for c in reporter.children):
        between = reporter.doc[verb.i:reporter.i]
        return reporter.dep_ == "conj" and any(t.dep_ == "cc" for t in between) and in_separate_clause(verb, reporter)
    return False


def attribute(verb: Any, sentence: Any, entity_at: dict[int, Any]) -> list[Attribution]:
    """Attributions for an event triggered by ``verb`` in ``sentence``."""
    out: list[Attribution] = []
    seen = set()

    def add(text: str, tok: Any | None, verb_lemma: str | None = None) -> None:
        text = text.strip(" ,")
        if not text or text.lower() in seen:
            return
        seen.add(text.lower())
        ent = entity_at.get(tok.i) if tok is not None else None
        if ent is None and tok is not None:
            ent = next((entity_at[t.i] for t in tok.subtree if t.i in entity_at), None)
        out.append(Attribution(text=text, type=classify_source(text, ent), verb=verb_lemma))

    reporter = governing_reporter(verb)
    closing = _closing_report(sentence)
    if closing is not None and verb.i >= closing[0].i - len(closing[1].split()):
        closing = None  # the closing clause's own words are not reported by it
    if reporter is None and closing is not None:
        reporter = closing[0]
    report_noun = None
    if reporter is None:
        frame = _wider_frame(verb)
        if frame is not None and frame.pos_ == "NOUN":
            report_noun = frame
        else:
            reporter = frame
    if reporter is None:
        # A reporting verb anywhere else in the sentence still attributes the whole sentence
        # ("X will withdraw, a person familiar with the matter said").
        for tok in sentence:
            if tok.lemma_ in REPORTING_VERBS and tok.pos_ == "VERB" and tok.i != verb.i and \
                    tok.lemma_ not in ("show", "believe", "think") and not _reports_elsewhere(tok, verb):
                reporter = tok
                break
    unnamed = _unnamed_report(reporter) if reporter is not None else None
    if unnamed is not None:
        out.append(unnamed)
        seen.add(unnamed.text.lower())
    tellers = [reporter] if unnamed is None and reporter is not None else []
    if closing is not None and (reporter is None or closing[0].i != reporter.i):
        tellers.append(closing[0])
    for teller in tellers:
        phrase, head = _named_source(teller)
        if closing is not None and teller.i == closing[0].i and closing[2].lower_ not in _SPEAKING_PRONOUNS:
            phrase, head = closing[1], closing[2]  # the words of the closing clause, however its subject was parsed
        before = len(out)
        add(phrase, head, teller.lemma_.lower())
        if len(out) > before and _ANONYMOUS.search(_manner_of(teller)):
            out[-1] = Attribution(text=out[-1].text, type="anonymous", verb=out[-1].verb)  # "diplomats said on condition of anonymity"
        for medium in prep_objects(teller, ("to",)) + [c for c in teller.children if c.dep_ == "dobj"]:
            text = teller.doc[medium.left_edge.i: medium.right_edge.i + 1].text
            if _MEDIA.search(text) and text.lower() not in seen:
                seen.add(text.lower())
                out.append(Attribution(text=text, type="media"))
    if report_noun is not None:
        text, teller_tok, kind = _report_noun_source(report_noun)
        if kind is not None:
            out.append(Attribution(text=text, type=kind, verb=None))
            seen.add(text.lower())
        else:
            add(text, teller_tok, report_noun.lemma_.lower())
    hearsay = _hearsay_adverb(verb)
    if hearsay is not None and not out:
        out.append(hearsay)
    low = sentence.text.lower()
    idx = low.find("according to")
    if idx >= 0:
        rest = sentence.text[idx + len("according to"):].strip()
        src = re.split(r"[,.;]", rest, maxsplit=1)[0].strip()
        if src:
            add(src, None)
    return out
