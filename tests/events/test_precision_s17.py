"""Precision (seventeenth session, prec17): acts a sentence does not report as done by a party. A stand against an
ill ("fought racism"), how easy a thing is to act on ("the rules are easy to meet"), a person's death with no force
told, and a market price moving to a figure are no events (_background); what "no evidence" says is negated
(_modality); a public body's word inside a firm's name or goods is no public matter, and an organisation the
tables give a country but no sector counts neither way (_relevance). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from story_helpers import background_reason_of

PUBLISHED = "2024-06-03"


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text, word", [
    ("The party has always fought every form of bigotry.", "fought"),
    ("The new cabinet vowed to combat inflation and waste.", "combat"),
    ("Norland was fighting opening its ports to foreign ships.", "fighting"),
])
def test_a_stand_against_an_ill_is_no_attack(nlp, text, word):
    assert "a stand against an ill" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("Government troops fought the insurgents outside the town.", "fought"),
    ("Militiamen fought fierce gun battles with the border guards.", "fought"),
    ("The navy was ready to tackle any aggressors in its waters.", "tackle"),
    ("The colonel is fighting the Vestian army near the river.", "fighting"),
    ("Two clans were fighting for control of the port.", "fighting"),
])
def test_fighting_a_foe_stays(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("The new licensing rules are easier to meet than the old ones.", "meet"),
    ("A mountain pass like this is hard to defend.", "defend"),
])
def test_how_easy_a_thing_is_to_act_on(nlp, text, word):
    assert "how easy a thing is" in (background_reason_of(nlp, text, word) or "")


def test_an_extraposed_judgement_is_left_to_modality(nlp):
    assert background_reason_of(nlp, "It was hard to negotiate with the lenders.", "negotiate") is None


@pytest.mark.parametrize("text, word", [
    ("The former senator was 91, had been ill for a year, and died at his farm.", "died"),
    ("Ortega died before he could take the oath of office.", "died"),
    ("She passed away in her sleep on Sunday.", "passed"),
])
def test_a_death_with_no_force_is_no_event(nlp, text, word):
    assert "a death with no force" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The activist died after police beat him at the station.", "died"),
    ("A detainee died in custody on Tuesday.", "died"),
    ("Forty villagers died when the rebels shelled the market.", "died"),
    ("Three hundred people died in the land disputes last year.", "died"),
])
def test_deaths_by_force_or_tolls_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


def test_a_market_price_moving_to_a_figure_is_no_act(nlp):
    why = background_reason_of(nlp, "The U.S. unit eased to 1.8205 marks from an early 1.8230.", "eased")
    assert "a market price" in (why or "")
    assert background_reason_of(nlp, "Norland eased restrictions on Vestian imports.", "eased") is None


def _events(code_all, text, word):
    return [(e.event, e.modality) for e in code_all(text) if e.explanation.trigger.startswith(word)]


@pytest.mark.parametrize("text", [
    "The ministry said there was no evidence that any of the prisoners were beaten.",
    "Investigators found no sign that the army had shelled the village.",
])
def test_what_no_evidence_shows_is_not_asserted(code_all, text):
    word = "beaten" if "beaten" in text else "shelled"
    assert all(m != "asserted" for _, m in _events(code_all, text, word))


def test_what_evidence_shows_stays_asserted(code_all):
    got = _events(code_all, "Investigators found evidence that the army had shelled the village.", "shelled")
    assert ("ASSAULT", "asserted") in got


def test_a_body_word_in_a_firm_name_is_no_public_matter(code_all):
    text = "Harbor Dealers said it has agreed to acquire certain assets of Kestrel Government Brokers Inc."
    assert [e for e in code_all(text) if e.event == "AGREE"] == []


def test_a_state_deal_stays(code_all):
    text = "The government agreed to sell its stake in the state railway to a Gulf investor."
    assert "AGREE" in [e.event for e in code_all(text)]


@pytest.mark.parametrize("text, word, reason", [
    ('"This bombing is meant to threaten the authorities," said the director.', "threaten", "the aim of a means"),
    ("Much of the aid was intended to buy votes in the border provinces.", "buy", "the aim of a means"),
    ("Unfortunately the old man has had a heart attack.", "attack", "illness, not an attack"),
    ("The president says the country needs a new military, armed with modern weapons.", "armed", "how a party is equipped"),
])
def test_aims_illness_and_equipment_are_no_acts(nlp, text, word, reason):
    assert reason in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The extra funds will be used to increase aid to the flooded provinces.", "increase"),
    ("The troops are meant to protect civilians in the camps.", "protect"),
    ("The rebels launched an attack on the barracks.", "attack"),
    ("The government armed the militia with rifles.", "armed"),
    ("The militia was armed by the government.", "armed"),
])
def test_attacks_and_arming_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


def test_an_act_the_speaker_is_not_sure_of_is_not_asserted(code_all):
    text = '"We can hope but I am not 100 per cent sure we will capture it by the evening," a spokesman said.'
    assert all(e.modality != "asserted" for e in code_all(text) if e.explanation.trigger.startswith("capture"))


def test_a_firm_taking_over_a_holding_is_commerce(code_all):
    text = "Orbis said it agreed with the retailer Vendex to take over Vendex's 50 pct interest in the courier company."
    assert [e for e in code_all(text) if e.event == "AGREE"] == []
    assert "AGREE" in [e.event for e in code_all("The government agreed to take over the failing bank.")]


def test_no_doubt_keeps_the_act_asserted(code_all):
    got = [e.modality for e in code_all("There is no doubt that the militia attacked the convoy.")
           if e.explanation.trigger.startswith("attacked")]
    assert got and all(m == "asserted" for m in got), got


@pytest.mark.parametrize("text, word", [
    ("Protests by cattle farmers have become common in recent years.", "Protests"),
    ("Raids on the river villages are rare these days.", "Raids"),
])
def test_how_often_events_happen_is_no_event(nlp, text, word):
    assert "how often such events happen" in (background_reason_of(nlp, text, word) or "")


def test_a_protest_reported_stays(nlp):
    assert background_reason_of(nlp, "Protests by cattle farmers blocked the main road on Monday.", "Protests") is None
