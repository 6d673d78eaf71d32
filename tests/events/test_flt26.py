"""Events the coder finds and then drops (session 24, flt26). A meeting noun in a time adjunct of a clause told as
fact ("after two days of talks with Lima") took place, as "talks took place" does, and is scored so; a finite verb
the parser joins to an infinitive ("urged Japan to act and called for sanctions") is the speaker's own act, not
content asked for; and the coder's debug hook records the triggers each filter step drops. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.events import _coder
from eventwire.pipeline import Pipeline

TOLD = "told as happening"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _rules(pipe, text, kind):
    doc = pipe.process_text(text, published="1987-05-04")
    return [ev.explanation.rule for ev in doc.events if ev.event == kind]


@pytest.mark.parametrize("text,word", [
    ("The Peruvian envoy flew home after two days of talks with the Chilean foreign minister.", "after"),
    ("Ecuador lifted the ban on Colombian coffee after a three-day meeting of Andean ministers in Quito.", "after"),
    ("The communique was issued after talks between the Kenyan and Ugandan trade ministers.", "after"),
])
def test_a_meeting_framing_a_past_act_is_told_as_happening(pipe, text, word):
    rules = _rules(pipe, text, "CONSULT")
    assert any(f"{TOLD} ('{word}')" in r for r in rules), rules


@pytest.mark.parametrize("text", [
    "The Peruvian envoy will fly home after talks with the Chilean foreign minister.",
    "The Peruvian envoy may fly home after talks with the Chilean foreign minister.",
    "Tension grew during the summer's negotiations between the Swedish union and the carmakers.",
    "The Peruvian envoy did not fly home after talks with the Chilean foreign minister.",
])
def test_a_meeting_framing_a_foreseen_act_or_a_stretch_of_time_is_not(pipe, text):
    assert not any(TOLD in r for r in _rules(pipe, text, "CONSULT") + _rules(pipe, text, "AGREE"))


def _kinds(pipe, text):
    return [(ev.event, ev.explanation.trigger) for ev in pipe.process_text(text, published="1987-05-04").events]


@pytest.mark.parametrize("text,kind,word", [
    ("The Italian minister urged Japan to act and called for sanctions against Iran.", "REQUEST", "called"),
    ("The Italian minister urged Japan to help the refugees and called for an emergency meeting of the council.",
     "REQUEST", "called"),
    ("The Kenyan government asked Uganda to close the border and has offered aid to the refugees.", "AGREE", "offered"),
])
def test_a_finite_verb_joined_to_an_infinitive_is_an_act_of_its_own(pipe, text, kind, word):
    assert (kind, word) in _kinds(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The court ordered the rebels to be arrested and charged with treason.", "charged"),
    ("Egypt urged Israel to withdraw and return the occupied land.", "return"),
    ("Egypt urged Israel to withdraw from the land and release the prisoners.", "release"),
])
def test_an_infinitive_going_on_is_still_content(pipe, text, word):
    assert word not in [w for _, w in _kinds(pipe, text)]


def test_the_drop_trace_is_off_by_default_and_records_each_step(pipe):
    assert _coder.DROP_TRACE is None
    _coder.DROP_TRACE = []
    try:
        pipe.process_text("Farm unions urged the Belgian government to release the detained truckers.", published="1987-05-04")
        drops = list(_coder.DROP_TRACE)
    finally:
        _coder.DROP_TRACE = None
    # what is urged is the appeal's content, not an act done: dropped at the content step, and recorded there
    assert ("release", "RETREAT", "content or thing subject") in [d[1:] for d in drops], drops
