"""Fixes from the blind gold-twelfth audit (eleventh session), each pinned on invented sentences."""
from __future__ import annotations

import pytest
from event_helpers import type_modes_on as on


# P2: a decision a named party has taken commits it to the act, as "decided to" does; an open one does not.
def test_a_decision_taken_by_a_party_to_lift_a_ban(code):
    text = "The Chilean government welcomed a decision by the Argentine dockers' union to lift its ban on shipments to Chile."
    lifted = [e for e in code(text) if e.explanation and e.explanation.trigger == "lift"]
    assert [(e.event, [a.code for a in e.actor]) for e in lifted] == [("CONCEDE", ["ARG"])]


@pytest.mark.parametrize("text, trigger", [
    ("Chile said any decision to lift the ban would be welcomed.", "lift"),
    ("Peru criticised the Chilean plan to close the border.", "close"),
])
def test_an_open_decision_or_a_plan_is_no_act(code, text, trigger):
    assert on(code(text), trigger) == []


# P3: a strike "at" an airline, a company or a mine is a walkout (manual PROTEST 'strike'), not an armed strike.
def test_strikes_at_airlines_are_a_walkout(code):
    text = "A Spanish rail stoppage, coinciding with strikes at two airlines next Friday, was certain to be confirmed."
    assert on(code(text), "strike") == [("PROTEST", "strike")]


def test_air_strikes_at_a_bank_stay_attacks(code):
    text = "Israeli air strikes at a Gaza bank killed two people."
    assert "ASSAULT" in [e.event for e in code(text)]


# P1: manual ACCUSE 'allege' covers "sue, indict, or charge": an offence named after "charged with",
# "accused of", "indicted for/on" (also as a gerund) is the accusation's content and lifts it over the floor.
@pytest.mark.parametrize("text, trigger", [
    ("Jorge Rojas, who resigned last month as mayor of Valparaiso, was charged with extorting money from a builder.",
     "charged"),
    ("Two Peruvian senators were indicted for taking bribes from a Chilean company.", "indicted"),
])
def test_charged_with_an_offence_is_an_accusation(code, text, trigger):
    assert on(code(text), trigger) == [("ACCUSE", "allege")]


def test_charging_a_party_with_an_act_still_accuses_it(code):
    # guard: the task reading is only for a body "charged with" doing something
    text = "Two former employees filed a suit against the Chilean firm, charging it with overbilling the army."
    assert ("ACCUSE", "allege") in on(code(text), "charging")


def test_a_body_charged_with_a_task_accuses_nobody(code):
    text = "The Chilean commission charged with overseeing the vote met on Monday."
    assert on(code(text), "charged") == []


# P4: punishment announced in advance ("will teach them a lesson") is a forceful warning (manual THREATEN);
# a lesson learnt in the past is none.
def test_a_lesson_promised_is_a_threat(code):
    text = "The Peruvian defence minister said his army would teach Chile a lesson if it crossed the border."
    assert on(code(text), "teach") == [("THREATEN", "")]


def test_a_lesson_learnt_is_no_threat(code):
    text = "The election defeat taught the Peruvian socialists a hard lesson."
    assert on(code(text), "taught") == []
