"""Who says so: the source an event is attributed to, and what kind of source it is."""
from __future__ import annotations

import re
from typing import Any

from ..model import Attribution
from ._syntax import REPORTING_VERBS, first_child, governing_reporter, prep_objects

_ANONYMOUS = re.compile(
    r"\b(person|people|sources?|officials?|diplomats?|insiders?|aides?|someone|one official)\b[^.]{0,60}?"
    r"\b(familiar with|close to|briefed on|knowledge of|declined to be (named|identified)|speaking on condition|"
    r"who asked not to be|not authori[sz]ed|requested anonymity|on condition of anonymity)"
    r"|\b(sources?|insiders?)\b|\bon condition of anonymity\b|\banonymous\b", re.I)
_MEDIA = re.compile(
    r"\b(reuters|associated press|ap|afp|agence france|bbc|cnn|al jazeera|new york times|washington post|"
    r"times|guardian|radio|television|tv|news agency|state media|state television|newspaper|daily|"
    r"agency|press|reports?|media|irna|xinhua|tass|ria|interfax|wafa|sana|kcna|yonhap|bloomberg)\b", re.I)
_OFFICIAL = re.compile(
    r"\b(ministry|minister|ministers|government|president|prime minister|spokes(man|woman|person)|"
    r"pentagon|white house|kremlin|state department|department|army|military|police|embassy|ambassador|"
    r"officials?|authorities|junta|council|commander|general|secretary|chancellor|premier|king|"
    r"statement|office|presidency|cabinet|parliament|foreign office)\b", re.I)
_ORGANIZATION = re.compile(
    r"\b(amnesty|human rights watch|united nations|un|red cross|red crescent|unicef|who|unhcr|nato|"
    r"european union|eu|african union|ecowas|organi[sz]ation|group|committee|foundation|institute|"
    r"association|union|league|movement|party|observatory|watchdog|ngo|charity|agency)\b", re.I)


# People who saw or suffered it speak for themselves, not for an office.
_WITNESS = re.compile(
    r"\b(witness(es)?|eyewitness(es)?|residents?|locals?|villagers?|survivors?|relatives?|families|doctors?|"
    r"medics?|nurses?|analysts?|experts?|activists?|passers-by|bystanders?|neighbou?rs?)\b", re.I)


# A government's press secretary or press office speaks for the government, not for the press.
_PRESS_OFFICER = re.compile(r"\bpress\s+(secretary|secretaries|officer|office|spokes\w+|attach\w+|aide)\b", re.I)


def classify_source(text: str, entity: Any | None = None) -> str:
    """Map a source phrase to anonymous | media | official | organization | person."""
    if _ANONYMOUS.search(text):
        return "anonymous"
    if _WITNESS.search(text) and not _OFFICIAL.search(text) and not _MEDIA.search(text):
        return "person"
    sector = getattr(entity, "sector", None)
    code = getattr(entity, "code", None)
    if sector == "JRN" or _MEDIA.search(_PRESS_OFFICER.sub("", text)):
        return "media"
    if code in ("IGO", "NGO") or sector in ("IGO", "NGO", "REB", "UAF", "PTY") or \
            _ORGANIZATION.search(text) and not _OFFICIAL.search(text):
        return "organization"
    if sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY") or _OFFICIAL.search(text):
        return "official"
    if code and len(code) == 3 and getattr(entity, "label", None) in ("COUNTRY", "GPE", "NORP", "AGENT", "SEAT", "CAPITAL"):
        return "official"  # "Iran said": a state speaking is an official source
    label = getattr(entity, "label", None)
    if label == "PERSON" or (text[:1].isupper() and len(text.split()) <= 4):
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
        return reporter.doc[subj.left_edge.i: subj.right_edge.i + 1].text
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


def attribute(verb: Any, sentence: Any, entity_at: dict[int, Any], prior_source: str | None = None) -> list[Attribution]:
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
    if reporter is None:
        # A reporting verb anywhere else in the sentence still attributes the whole sentence
        # ("X will withdraw, a person familiar with the matter said").
        for tok in sentence:
            if tok.lemma_ in REPORTING_VERBS and tok.pos_ == "VERB" and tok.i != verb.i and tok.lemma_ not in ("show", "believe", "think"):
                reporter = tok
                break
    unnamed = _unnamed_report(reporter) if reporter is not None else None
    if unnamed is not None:
        out.append(unnamed)
        seen.add(unnamed.text.lower())
    elif reporter is not None:
        phrase = _source_phrase(reporter)
        subj = first_child(reporter, "nsubj")
        add(phrase, subj, reporter.lemma_.lower())
        if out and _ANONYMOUS.search(_manner_of(reporter)):
            out[-1] = Attribution(text=out[-1].text, type="anonymous", verb=out[-1].verb)  # "diplomats said on condition of anonymity"
        for medium in prep_objects(reporter, ("to",)) + [c for c in reporter.children if c.dep_ == "dobj"]:
            text = reporter.doc[medium.left_edge.i: medium.right_edge.i + 1].text
            if _MEDIA.search(text):
                out.append(Attribution(text=text, type="media"))
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
    if not out and prior_source:
        # "The statement added ..." continues the previous sentence's source.
        return []
    return out
