"""Rules pinned in the twelfth session, each on sentences written for the test."""
from __future__ import annotations

import pytest


def _coded(code_all, text):
    return [(e.event, e.mode, [a.code for a in e.actor], e.modality)
            for e in code_all(text, published="2024-06-03") if e.confidence >= 0.45]


@pytest.mark.parametrize("text, actor, mode", [
    ("Chilean union leaders said there will be a wave of strikes if the government rejects the plan.", "CHL", "restrict"),
    ("Landless farmers in Brazil said there would be wave upon wave of land occupations.", "BRA", "territory"),
    ("Peasant leaders in Bolivia said a rejection would be the signal for land invasions.", "BOL", "territory"),
    ("The Chilean army said there will be arrests if the protesters return.", "CHL", "arrest"),
])
def test_mass_action_a_party_foretells_is_a_threat(code_all, text, actor, mode):
    assert ("THREATEN", mode, [actor], "asserted") in _coded(code_all, text)


@pytest.mark.parametrize("text", [
    "Analysts said there will be strikes in the spring.",  # a forecast by commentators
    "Chilean union leaders said there will be no strikes this year.",
    "Chilean union leaders said there will not be strikes.",
    "Chile's president said the result would be an attack on democracy.",  # a judgement, not an act
])
def test_forecasts_and_denials_of_mass_action_are_no_threat(code_all, text):
    assert "THREATEN" not in {e for e, _, _, _ in _coded(code_all, text)}


def test_past_existential_is_not_foretold(code_all):
    coded = _coded(code_all, "Bolivian police said there were clashes in La Paz.")
    assert "THREATEN" not in {e for e, _, _, _ in coded}


@pytest.mark.parametrize("text, actor", [
    ("Chilean soldiers killed a farmer yesterday. Seven men were arrested after the shootings.", "CHL"),
    ("Peruvian police beat Bolivian traders on Monday. Twenty of them were detained.", "PER"),
])
def test_arrests_after_the_forces_own_act_are_theirs(code_all, text, actor):
    arrests = [e for e in code_all(text, published="2024-06-03") if e.event == "COERCE" and e.mode == "arrest"]
    assert arrests and [a.code for a in arrests[0].actor] == [actor]
    assert "forces that acted just before" in " ".join(arrests[0].explanation.notes)


def test_arrests_after_rebels_act_are_not_given_to_the_rebels(code_all):
    text = "Rebels killed a farmer yesterday. Seven men were arrested after the shootings."
    arrests = [e for e in code_all(text, published="2024-06-03") if e.event == "COERCE"]
    assert all("forces that acted just before" not in " ".join(e.explanation.notes) for e in arrests)
