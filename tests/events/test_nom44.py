"""A meeting's sides named in the text count as evidence of it (nom44). A meeting's noun that names, in its own
phrase, a coded side it is held with ("negotiations with Peru", "talks between Chile and the World Bank") is scored
as a verb with its object is; and two sides of different codes named together as a meeting's parties are each
other's recipients as evidence, not as a guess. Agreement nouns ("an accord with Peru") are left as they were.
Sentences written for the test."""
from __future__ import annotations

import pytest
from event_helpers import events_on, roles_on

from eventwire.events._coder import _joint_sides
from eventwire.events._context import CONTEXT_GUESS
from eventwire.model import Actor


def _confidence_on(code_all, text: str, trigger: str, plover: str) -> float:
    found = [e for e in events_on(code_all(text), trigger) if e.event == plover]
    assert found, text
    return found[0].confidence


@pytest.mark.parametrize("named, unnamed, trigger", [
    ("The banker said negotiations with Peru on the debt were difficult.",
     "The banker said Peru's negotiations on the debt were difficult.", "negotiations"),
    ("The minister said talks this week with Kenya had helped clear up several misunderstandings.",
     "The minister said Kenya's talks this week had helped clear up several misunderstandings.", "talks"),
])
def test_a_meeting_named_with_its_counterpart_scores_higher(code_all, named, unnamed, trigger):
    # the same party, once as the side the talks are held with, once as their owner
    assert _confidence_on(code_all, named, trigger, "CONSULT") > _confidence_on(code_all, unnamed, trigger, "CONSULT")


def test_the_counterpart_is_in_the_explanation(code_all):
    ev = [e for e in events_on(code_all("The banker said negotiations with Peru on the debt were difficult."),
                               "negotiations") if e.event == "CONSULT"][0]
    assert any("'with Peru' names who the negotiations are held with" in n for n in ev.explanation.notes)


def test_an_accord_named_with_a_party_gets_no_counterpart(code_all):
    for ev in events_on(code_all("The minister said an accord with Peru on the debt was near."), "accord"):
        assert not any("held with" in n for n in ev.explanation.notes)


def test_a_meeting_of_two_named_sides_is_reported_with_both(code):
    # both sides read from the noun's own phrase: each is the other's recipient, and the meeting clears the floor
    got = roles_on(code("Officials said talks between Chile and the World Bank on the loan were still going on."), "talks")
    assert ("CONSULT", ["CHL", "IGO"], ["CHL", "IGO"]) in got


@pytest.mark.parametrize("two, one", [
    ("Chile and the World Bank completed another round of talks on Tuesday.",
     "Chile completed another round of talks on Tuesday."),
    ("Kenya and Uganda held a meeting on the border dispute on Tuesday.",
     "Kenya held a meeting on the border dispute on Tuesday."),
])
def test_two_sides_named_together_score_higher_than_one(code_all, two, one):
    assert _confidence_on(code_all, two, "", "CONSULT") > _confidence_on(code_all, one, "", "CONSULT")


def _copies(actors):
    return [Actor(a.entity_text, a.code, a.sector, office=CONTEXT_GUESS) for a in actors]


def test_joint_sides_of_two_codes_count():
    actors = [Actor("Chile", "CHL"), Actor("the World Bank", "IGO")]
    recipients = _copies(actors)
    assert [r.code for r in _joint_sides(actors, recipients, {id(r) for r in recipients}, set())] == ["CHL", "IGO"]


def test_joint_sides_of_one_code_do_not_count():
    # a group meeting among itself names no second side
    actors = [Actor("Chilean officials", "CHL", "GOV"), Actor("Chilean bankers", "CHL", "BUS")]
    recipients = _copies(actors)
    assert _joint_sides(actors, recipients, {id(r) for r in recipients}, set()) == []


def test_joint_sides_guessed_from_the_story_do_not_count():
    actors = [Actor("Chile", "CHL"), Actor("(the story's other country)", "PER", office=CONTEXT_GUESS)]
    recipients = [Actor("Chile", "CHL")]
    assert _joint_sides(actors, recipients, {id(actors[1])}, {id(actors[1])}) == []


def test_a_recipient_of_another_code_is_no_joint_side():
    actors = [Actor("Chile", "CHL"), Actor("Peru", "PER")]
    recipients = [Actor("Bolivia", "BOL", office=CONTEXT_GUESS)]
    assert _joint_sides(actors, recipients, {id(recipients[0])}, set()) == []
