"""prc43: precision rules from a judged snapshot: "call on" a person as a visit; "should have done" as blame, not a
request; a fight with no force between bodies as no assault. Invented sentences."""
from __future__ import annotations

import pytest

from event_helpers import events_on

PUBLISHED = "1987-04-02"


def test_calling_on_a_person_with_nothing_asked_is_a_visit(code):
    events = code("The Peruvian envoy will call on President Anton Varga and Foreign Minister Ilse Brandt in the "
                  "Chilean capital on Tuesday.")
    called = events_on(events, "call")
    assert called and all(e.event in ("CONSULT", "AGREE") for e in called)


@pytest.mark.parametrize("text", [
    "Chilean opposition leader Anton Varga called on the prime minister to resign over the scandal.",
    "The Peruvian president called on both governments for restraint along the border.",
    "Peruvian legislators called on Chile to open its markets to foreign banks.",
])
def test_calling_on_someone_to_act_is_still_a_request(code, text):
    assert any(e.event == "REQUEST" for e in events_on(code(text), "call"))


def test_should_have_done_faults_the_past_and_asks_nothing(code_all):
    events = code_all("Chilean opposition leader Anton Varga said the Peruvian government should have used the "
                      "loans to build schools.")
    assert not [e for e in events if e.event == "REQUEST"]


def test_should_do_still_demands(code_all):
    events = code_all("Chilean opposition leader Anton Varga said the Peruvian government should use the "
                      "loans to build schools.")
    assert any(e.event == "REQUEST" for e in events)


@pytest.mark.parametrize("text", [
    "After battling the President all year over the budget, the Chilean Congress is about to pass it.",
    "The Labour MP said the two most senior ministers in the government were fighting each other.",
    "The clash between the oil firm Exxon and the Peruvian government came to a head over its tax bill.",
])
def test_a_fight_with_no_force_between_bodies_is_no_assault(code_all, text):
    assert not [e for e in code_all(text) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Chilean police clashed with stone-throwing students in Santiago on Friday.",
    "Peruvian troops battled rebels near the town of Ayacucho on Monday.",
])
def test_fights_with_forces_or_crowds_stay_force(code_all, text):
    events = [e for e in code_all(text) if e.explanation and e.explanation.trigger.lower().startswith(("battl", "clash"))]
    assert events and all(e.event != "ACCUSE" for e in events)
