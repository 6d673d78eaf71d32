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


@pytest.mark.parametrize("text, event", [
    # a violent verb whose blow lands on a plan, a tax, a text, a difficulty or a warrant carried out
    ("The opposition leader fired both barrels at the mayor's housing plans on Tuesday.", "ASSAULT"),
    ("The party said it would slaughter the council tax.", "ASSAULT"),
    ("The party said it would tear up the government's school policies.", "ASSAULT"),
    ("Detectives executed a search warrant at the farmhouse on Tuesday.", "ASSAULT"),
    ("The finance ministry is already wrestling with a budget crisis.", "ASSAULT"),
    # a bare "strike" in a story of pay and workers, with no force or weapon
    ("The changes sparked strikes in the province on April 7. Under them, injured workers would lose a third of "
     "their pay.", "ASSAULT"),
    ("A strike on the city's tram network has caused long queues. The staff want a wage rise of 15 percent.",
     "ASSAULT"),
    # a journey from a place is no withdrawal
    ("A trade delegation left Ankara on Monday after two days of talks.", "RETREAT"),
    ("Investigators said the two brothers have left Peru.", "RETREAT"),
    ("The merger will leave the brewer with its domestic business.", "RETREAT"),
])
def test_a_figure_of_speech_or_a_journey_is_no_event_of_that_type(code_all, text, event):
    assert event not in _types(code_all, text)


@pytest.mark.parametrize("text, event", [
    # force against people, places and depots stays an attack
    ("Soldiers fired shells at the rebel camp on Tuesday.", "ASSAULT"),
    ("The militia executed two hostages near the border.", "ASSAULT"),
    ("The air force carried out a strike on an arms depot outside the port. Two warehouses were destroyed.",
     "ASSAULT"),
    # forces and states giving up ground still withdraw
    ("Government troops left the northern town on Sunday.", "RETREAT"),
    ("Vietnam left Cambodia after a decade of occupation.", "RETREAT"),
    ("The junior minister left the coalition on Friday.", "RETREAT"),
    # hitting back at a claim stays criticism
    ("The minister hit back at the senator's claim that the new road would cut journeys.", "ACCUSE"),
])
def test_the_literal_sense_keeps_its_type(code_all, text, event):
    assert event in _types(code_all, text)


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
