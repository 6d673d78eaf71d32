"""Precision (eighteenth session, prec18): a participle told as the state a party comes to be in ("became
repulsed by him"), what a charge or a claim alleges ("charges that the general bombed the villages") and what a
strike or a protest disrupts ("the strike hit ferry services") are no events of their own (_background); the
acts beside them stay. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from story_helpers import background_reason_of


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text, word", [
    ("The longer the hearings ran, the more the voters became repulsed by the senator.", "repulsed"),
    ("He habitually proves unreliable and becomes morally compromised.", "compromised"),
    ("The envoy seemed humiliated by the minister.", "humiliated"),
])
def test_a_state_a_party_comes_to_be_in_is_no_act(nlp, text, word):
    assert "a state a party is in" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The rebels were repulsed by the army on Sunday.", "repulsed"),
    ("Two activists got arrested by the police at the border.", "arrested"),
    ("The town remained surrounded by government troops.", "surrounded"),
])
def test_an_act_told_in_the_passive_stays(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("The critics repeated their charges that the general had bombed the villages.", "bombed"),
    ("The ministry rejected claims that police beat the protesters.", "beat"),
    ("The party dismissed the allegation that its leaders had bribed the judges.", "bribed"),
])
def test_what_a_charge_alleges_is_no_event(nlp, text, word):
    assert "alleges, not an act reported" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("Amid reports that troops shelled the town, the talks stalled.", "shelled"),
    ("The charges were dropped after the army freed the hostages.", "freed"),
    ("Police said the man who made the claims had attacked a guard.", "attacked"),
])
def test_reported_acts_beside_a_charge_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("A one-day strike by dock workers disrupted shipping and hit ferry services.", "hit"),
    ("The walkout paralysed the ports of the north coast.", "paralysed"),
])
def test_what_a_strike_disrupts_is_no_attack(nlp, text, word):
    assert "what a" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("Striking dock workers hit a policeman with iron bars.", "hit"),
    ("The air strike hit a school in the north of the city.", "hit"),
])
def test_an_attack_by_strikers_or_from_the_air_stays(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None
