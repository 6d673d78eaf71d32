"""Trigger senses (twentieth session, rc20). A violent verb whose blow lands on a plan, a tax, a text, a difficulty
or a legal instrument carried out ("fired both barrels at the plans", "slaughter the tax", "wrestling with a
crisis", "executed a search warrant") is a figure of speech, no PLOVER ASSAULT; forces, weapons and people struck
keep the literal sense. Workers of any trade are people who act ("miners went on strike"), and a noun ending in
"-worker" names a labour party ("carworkers", "autoworkers"). Every sentence here is written for the test."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

PUBLISHED = "2021-03-09"


def _types(code_all, text):
    return [e.event for e in code_all(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The opposition leader fired both barrels at the mayor's housing plans on Tuesday.",
    "The party said it would slaughter the council tax.",
    "The party said it would tear up the government's school policies.",
    "Detectives executed a search warrant at the farmhouse on Tuesday.",
    "The finance ministry is already wrestling with a budget crisis.",
])
def test_a_blow_at_a_plan_tax_warrant_or_crisis_is_no_assault(code_all, text):
    assert "ASSAULT" not in _types(code_all, text)


@pytest.mark.parametrize("text", [
    "Soldiers fired shells at the rebel camp on Tuesday.",
    "The militia executed two hostages near the border.",
])
def test_force_against_people_and_places_stays_assault(code_all, text):
    assert "ASSAULT" in _types(code_all, text)


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text, word", [
    ("Thousands of autoworkers stayed home.", "autoworkers"),
    ("The carworkers met on Friday.", "carworkers"),
    ("Miners gathered at the gate.", "Miners"),
])
def test_workers_of_any_trade_are_a_labour_party(nlp, text, word):
    from eventwire.events._triggers import labour_party

    tok = next(t for t in nlp(text) if t.text == word)
    assert labour_party(SimpleNamespace(entity_at={}), tok)


def test_workers_are_no_thing_subject(nlp):
    from eventwire.events._triggers import _thing_subject

    doc = nlp("Miners went on strike at the smelter.")
    verb = next(t for t in doc if t.text == "went")
    assert not _thing_subject(SimpleNamespace(entity_at={}, lexicon=None), verb)


@pytest.mark.parametrize("text", [
    "The changes sparked strikes in the province on April 7. Under them, injured workers would lose a third of their pay.",
    "A strike on the city's tram network has caused long queues. The staff want a wage rise of 15 percent.",
])
def test_a_bare_strike_in_a_story_of_pay_and_workers_is_no_attack(code_all, text):
    assert "ASSAULT" not in _types(code_all, text)


def test_a_strike_in_a_story_of_forces_and_weapons_stays_an_attack(code_all):
    text = "The air force carried out a strike on an arms depot outside the port. Two warehouses were destroyed."
    assert "ASSAULT" in _types(code_all, text)


@pytest.mark.parametrize("text", [
    "A trade delegation left Ankara on Monday after two days of talks.",
    "Investigators said the two brothers have left Peru.",
    "The merger will leave the brewer with its domestic business.",
])
def test_a_journey_from_a_place_is_no_withdrawal(code_all, text):
    assert "RETREAT" not in _types(code_all, text)


@pytest.mark.parametrize("text", [
    "Government troops left the northern town on Sunday.",
    "Vietnam left Cambodia after a decade of occupation.",
    "The junior minister left the coalition on Friday.",
])
def test_forces_and_states_giving_up_ground_still_withdraw(code_all, text):
    assert "RETREAT" in _types(code_all, text)


def test_hitting_back_at_a_claim_stays_criticism(code_all):
    assert "ACCUSE" in _types(code_all, "The minister hit back at the senator's claim that the new road would cut journeys.")
