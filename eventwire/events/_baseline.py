"""``eventwire.keyword_baseline.v1``: the comparison coder for ``eventwire eval``.

It does what dictionary coders without syntax do: every lexicon verb is an event of its most
common type, the first coded entity before it is the actor and the first after it the recipient.
It shows how much the parse-based roles, modality and filters of the main coder add.
"""
from __future__ import annotations

import hashlib
from typing import Any

from ..model import Actor, Event, TextInfo
from ._lexicon import Lexicon
from ._syntax import REPORTING_VERBS


def code_document(work: Any, config: Any) -> list[Event]:
    lex = Lexicon.default()
    doc = work.doc
    parsed = work.parsed
    ents = [e for e in doc.entities if e.code]
    events = []
    for sent in parsed.sents:
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() in REPORTING_VERBS:
                continue
            cands = lex.verb_candidates(tok.lemma_.lower())
            if not cands:
                continue
            trig = max(cands, key=lambda t: t.weight)
            before = [e for e in ents if sent.start_char <= e.start < tok.idx]
            after = [e for e in ents if tok.idx < e.start < sent.end_char]
            actor = [Actor(before[-1].text, before[-1].code, before[-1].sector)] if before else []
            recipient = [Actor(after[0].text, after[0].code, after[0].sector)] if after else []
            events.append(Event(id=hashlib.sha1(f"{doc.id}|{tok.idx}".encode()).hexdigest()[:16], event=trig.plover,
                                mode=trig.mode, quad_code=lex.quad_code(trig.plover), actor=actor, recipient=recipient,
                                text_info=TextInfo(sent.start_char, sent.end_char), sentence=sent.text.strip(),
                                date=doc.published, confidence=0.5))
    return events
