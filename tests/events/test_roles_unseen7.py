"""Roles on unseen stories (audit 7): invented sentences pinning who acts and who is acted on."""
from __future__ import annotations

import pytest

from eventwire.model import Actor


def _in(events, kind, words):
    found = [e for e in events if e.event == kind and words in e.sentence]
    assert found, [(e.event, e.sentence[:60]) for e in events]
    return found[0]


def test_first_person_singular_is_the_speaker(code_all):
    # '"I urge ...," the minister said': "I" is the one who speaks, not nobody (nor the story's government).
    ev = _in(code_all('"I urge the Ugandan government to reopen the border," the Kenyan foreign minister said.'),
             "REQUEST", "urge")
    assert [a.code for a in ev.actor] == ["KEN"]
    assert [r.code for r in ev.recipient] == ["UGA"]


@pytest.mark.parametrize("text, trigger", [
    ("The Chilean president cut short his visit after accusing Peru of spying.", "accusing"),
    ("The Chilean foreign minister was wrong in accusing Peru of spying, diplomats said.", "accusing"),
])
def test_a_gerund_after_a_time_or_manner_preposition_shares_the_clause_subject(code_all, text, trigger):
    ev = _in(code_all(text), "ACCUSE", trigger)
    assert [a.code for a in ev.actor] == ["CHL"]
    assert [r.code for r in ev.recipient] == ["PER"]


def test_a_gerund_after_for_is_not_the_subjects_act(code_all):
    # "praised Peru for accusing ...": the praised party accuses; the rule stays off for "for".
    from eventwire.nlp import load_nlp
    from eventwire.events import _syntax as syn

    doc = load_nlp()("The Chilean president praised Peru for accusing Bolivia of spying.")
    accusing = next(t for t in doc if t.text == "accusing")
    subj = syn.subject_of(accusing)
    assert subj is None or subj.text != "president"


def _ctx(sentence: str):
    from eventwire.events._context import _Ctx
    from eventwire.nlp import load_nlp

    doc = load_nlp()(sentence)
    ctx = _Ctx(doc=doc, document=None, lexicon=None)
    ctx.sent_tokens = list(doc)
    ctx.home_country = ctx.focus_country = "GBR"  # an invented story about one country
    return ctx, doc


def test_the_story_fill_keeps_a_named_but_uncoded_target():
    # The story's country must not replace a person the sentence names: the person stays, named.
    from eventwire.events._roles import _story_parties

    ctx, doc = _ctx("The mayor accused Jonathan Pemberley of the Northern Courier of lying about the budget.")
    recipients, notes = [], []
    _story_parties(ctx, [Actor("The mayor", "GBR", "GOV")], recipients, notes,
                   tok=next(t for t in doc if t.text == "accused"))
    assert [r.entity_text.startswith("Jonathan Pemberley") for r in recipients] == [True]
    assert [r.code for r in recipients] == ["GBR"]


def test_the_story_fill_leaves_a_named_thing_empty_and_fills_an_unnamed_one():
    from eventwire.events._roles import _story_parties

    ctx, doc = _ctx("Farmers would reject the European constitution.")
    recipients, notes = [], []
    _story_parties(ctx, [Actor("Farmers", "GBR", "CVL")], recipients, notes, tok=next(t for t in doc if t.text == "reject"))
    assert recipients == []
    ctx, doc = _ctx("Farmers would reject the new plans.")
    _story_parties(ctx, [Actor("Farmers", "GBR", "CVL")], recipients, notes, tok=next(t for t in doc if t.text == "reject"))
    assert [(r.code, r.sector) for r in recipients] == [("GBR", "GOV")]


def test_an_honorific_before_a_hyphenated_surname_marks_a_person():
    # "Mr Lloyd-Pemberton": the parser may hang "Mr" on the first part of the surname, not on its head.
    from spacy.tokens import Doc

    from eventwire.events._roles import _titled
    from eventwire.nlp import load_nlp

    words = ["Mr", "Lloyd", "-", "Pemberton", "lied"]
    doc = Doc(load_nlp().vocab, words=words, spaces=[True, False, False, True, False],
              heads=[1, 3, 3, 4, 4], deps=["compound", "compound", "punct", "nsubj", "ROOT"],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN", "VERB"])
    assert _titled(doc[3])
