"""Existential reports and a gathering's members (exi46): "there had been a meeting of the factions", "there were
clashes between X and Y" tell the event as having been (a past "there was/were/had been" standing alone or said by a
report, not a future, a denial, a condition or a feeling); the "of" phrase of a meeting or a summit names who
gathered, where it names coded parties that are no firms. Ending an accord, a pact or a treaty is
coded as ending an agreement is (SANCTION 'discontinue'). Sentences written for the test."""
from __future__ import annotations

import pytest
from event_helpers import events_on, roles_on, type_modes_on, types_on


def test_meeting_of_parties_names_who_met(code_all):
    text = "There had been a meeting of the foreign ministers of Iran and Iraq in Geneva on Monday."
    assert roles_on(code_all(text), "meeting") == [("CONSULT", ["IRN", "IRQ"], ["IRN", "IRQ"])]


def test_summit_of_leaders_names_who_met(code_all):
    text = "A summit of Nigerian and Ghanaian leaders took place in Abuja on Monday."
    roles = roles_on(code_all(text), "summit")
    assert roles and roles[0][0] == "CONSULT" and {"NGA", "GHA"} <= set(roles[0][1])


@pytest.mark.parametrize("text, trigger", [
    ("There had been a meeting of the foreign ministers of Iran and Iraq in Geneva on Monday.", "meeting"),
    ("There were clashes between Indian and Pakistani troops in Kashmir on Monday.", "clashes"),
])
def test_past_existential_tells_the_event_as_happened(code_all, text, trigger):
    found = events_on(code_all(text), trigger)
    assert found and all("told as happening" in e.explanation.rule for e in found)


@pytest.mark.parametrize("text, trigger", [
    ("There will be a meeting of OPEC ministers in Vienna next week.", "meeting"),
    ("If there were clashes between Indian and Pakistani troops, the talks would fail.", "clashes"),
    ("The bill will pass only if the Indian ministers felt there was support from Pakistan.", "support"),
])
def test_future_or_conditional_existential_is_not_told_as_happened(code_all, text, trigger):
    assert all("told as happening" not in e.explanation.rule for e in events_on(code_all(text), trigger))


def test_denied_existential_codes_nothing(code_all):
    assert not types_on(code_all("There was not a meeting of the two leaders in Geneva."), "meeting")


@pytest.mark.parametrize("noun", ["agreement", "accord", "pact", "treaty"])
def test_ending_an_accord_by_any_name_is_discontinue(code_all, noun):
    text = f"Russia ended its {noun} with Ukraine on gas transit."
    assert ("SANCTION", "discontinue") in type_modes_on(code_all(text), "ended")
