"""The type chooser (sel27): a second sentence model, trained on the article golds' sentences too, that only demotes
an event whose type it all but rules out while it reads the sentence as another type. Every sentence here is
invented."""
from __future__ import annotations

import pytest

from eventwire.events import _coder
from eventwire.events._classifier import SentenceModel, chooser_beliefs


def _beliefs(**backed: float) -> dict[str, float]:
    """Beliefs over a few types; the rest share nothing (the demotion only reads the favourite and the event's)."""
    return dict(backed)


def test_chooser_is_its_own_model_and_tells_more_types_apart():
    chooser, blended = SentenceModel.chooser(), SentenceModel.default()
    assert chooser is not blended
    assert "article" in chooser.meta.get("train_docs", {})
    assert len(chooser.told_apart) > len(blended.told_apart)


def test_chooser_beliefs_are_over_the_types_only():
    beliefs = chooser_beliefs("The two governments signed a trade agreement in the capital on Tuesday.")
    assert "NONE" not in beliefs
    assert sum(beliefs.values()) == pytest.approx(1.0, abs=0.01)


@pytest.mark.parametrize("beliefs, judged, demoted", [
    (_beliefs(THREATEN=0.02, SUPPORT=0.6), ("THREATEN",), True),  # read as another type, its own all but ruled out
    (_beliefs(THREATEN=0.08, SUPPORT=0.6), ("THREATEN",), False),  # its own type keeps some backing
    (_beliefs(THREATEN=0.02, SUPPORT=0.2), ("THREATEN",), False),  # no type is backed enough to rule one out
    (_beliefs(THREATEN=0.7, SUPPORT=0.02), ("THREATEN",), False),  # the favourite is the event's own type
    (_beliefs(CONCEDE=0.01, AGREE=0.5), ("CONCEDE", "AGREE", "RETREAT"), False),  # a promised concession reads as the promise
])
def test_demotion_only_where_the_chooser_rules_the_type_out(beliefs, judged, demoted):
    notes: list[str] = []
    after = _coder._chooser_demotion(beliefs, judged, 0.8, notes)
    assert (after == pytest.approx(0.8 - _coder.CHOOSER_DEMOTION)) is demoted
    assert bool(notes) is demoted


def test_a_demoted_event_says_which_type_the_chooser_read(code_all, monkeypatch):
    text = "The minister welcomed the new border agreement with Chile on Monday."
    assert not any("type chooser" in n for e in code_all(text) for n in e.explanation.notes)
    monkeypatch.setattr(_coder, "chooser_beliefs", lambda _text: {"SUPPORT": 0.01, "AGREE": 0.01, "ASSAULT": 0.9})
    events = code_all(text)
    assert events and all(any("it reads ASSAULT" in n for n in e.explanation.notes) for e in events)


@pytest.mark.parametrize("text", [
    "Rebels attacked an army post near the northern border on Sunday.",
    "The foreign minister met his Kenyan counterpart in Nairobi to discuss trade.",
    "Thousands of nurses marched through the capital to demand higher pay.",
])
def test_the_chooser_leaves_plain_reports_alone(code_all, text):
    events = code_all(text)
    assert events
    assert not any("type chooser" in n for e in events for n in e.explanation.notes)


def test_a_word_of_one_type_keeps_it_whatever_the_sentence_reads_as(code_all, monkeypatch):
    # "prisoners" makes a bag of words read arrests; "pardon" can only be a concession.
    monkeypatch.setattr(_coder, "chooser_beliefs", lambda _text: {"CONCEDE": 0.01, "COERCE": 0.9})
    events = code_all("The military council pardoned 120 jailed opposition activists.")
    assert "CONCEDE" in [e.event for e in events]
    assert not any("type chooser" in n for e in events for n in e.explanation.notes)
