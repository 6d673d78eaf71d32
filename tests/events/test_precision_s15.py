"""Precision (fifteenth session, prec15): clauses of opinion, business and analysis text that tell no act.
An act a party is said to have kept clear of, a verb between two things (a quantity, a situation), a
warning that only foretells a state of affairs, a verb of a state and what a thing is for (_background). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from story_helpers import background_reason_of


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text, word", [
    ("The governor has avoided open criticism of the nurses over the walkout.", "criticism"),
    ("The senator refrained from attacking the union in her speech.", "attacking"),
    ("The president stopped short of endorsing the plan.", "endorsing"),
    ("The rebels evaded capture by fleeing into the hills.", "capture"),
])
def test_an_act_kept_clear_of_is_no_event(nlp, text, word):
    assert "kept clear of" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The mayor criticised the police chief on Monday.", "criticised"),
    ("The governor avoided the capital and criticised the nurses.", "criticised"),
])
def test_acts_done_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("The fuel shortage influenced world prices for grain last year.", "influenced"),
    ("Higher spending helped the bank's profits last year.", "helped"),
    ("The bank's margins were helped by strong growth in the north.", "helped"),
])
def test_a_verb_between_things_is_no_event(nlp, text, word):
    assert "things" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    # a body or a person the agent tables lack is no thing
    ("An appeal panel rejected the claim on Friday.", "rejected"),
    ("The head of the insurance market criticised the watchdog.", "criticised"),
    # a name the tagger takes for a noun, told as a name earlier in the story
    ("Minister Tom Wexling spoke in Leeds. Wexling criticized a proposal for a tax on oils.", "criticized"),
    ("The bombing destroyed the station on Monday.", "destroyed"),
])
def test_parties_and_attacks_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("The nurses warned that patients in the north are also at risk.", "warned"),
    ("Analysts cautioned against reading too much into the weak figures.", "cautioned"),
    ("The airline warned it could go under without fresh money.", "warned"),
    ("The airline warned it could go under if it did not find fresh money.", "warned"),
    ("The airline warned its lenders that it would go under without fresh money.", "warned"),
    ("The commissioner warned that the bloc will run a deficit even if the package is cut.", "warned"),
    ('"We are closer than ever to a full war between the two sides," the envoy warned.', "warned"),
])
def test_a_warning_that_foretells_is_no_threat(nlp, text, word):
    assert "forecast" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The minister warned that any attack on the border would be met with force.", "warned"),
    ("The army warned the rebels that they would face arrest.", "warned"),
    ("Washington warned Tokyo that its spending package must be large.", "warned"),
    ("The general warned the villagers to leave the area.", "warned"),
    ("The union warned it would strike next week.", "warned"),
    ("The minister warned of reprisals if the bank did not open its doors.", "warned"),
    # a body of people or a named party doing something is a warning of an act the lexicon may lack
    ("The minister warned that enemy tanks are gathering near the pass.", "warned"),
    # what a party will do on a condition is a threat whatever the words of the act
    ("The envoy warned that the government will not sit on its hands if the unrest grows.", "warned"),
    # a warning quoted word for word may threaten by implication
    ('The general said troops could be sent to the capital, warning: "they are already there in the garrison."',
     "warning"),
    # a party told what the warner will do is threatened, whatever the words of the act (a probe since session 6)
    ("Freedonia warned Sylvania that it would answer any provocation.", "warned"),
])
def test_warnings_of_acts_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("The suspect possessed two rifles and a pistol, police said.", "possessed"),
    ("Most of the villagers are living below the poverty line.", "living"),
    ("The airline went bankrupt in 2003.", "went"),
    ("The group owns 40% of the carmaker.", "owns"),
])
def test_a_verb_of_a_state_is_no_event(nlp, text, word):
    assert "state" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("Thousands of dock workers went on strike on Monday.", "went"),
    ("The protesters remained in the square overnight.", "remained"),
])
def test_acts_with_verbs_of_motion_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("Lawmakers are drafting a bill to give the police more tools to fight the gangs.", "fight"),
    ("The court gave the farmers the right to protest.", "protest"),
])
def test_what_a_thing_is_for_is_no_event(nlp, text, word):
    assert "is for" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The army sent troops to patrol the border.", "patrol"),
    ("The cabinet announced its decision to withdraw the troops.", "withdraw"),
])
def test_an_infinitive_on_a_party_or_a_decision_stays(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


def _types(code_all, text):
    return [e.event for e in code_all(text)]


def test_coder_drops_what_was_avoided_and_keeps_what_was_done(code_all):
    assert "ACCUSE" not in _types(code_all, "The governor has avoided open criticism of the nurses over the walkout.")
    assert "ACCUSE" in _types(code_all, "The mayor criticised the police chief on Monday.")
    assert "THREATEN" in _types(code_all, "The army warned the rebels that they would face arrest.")
