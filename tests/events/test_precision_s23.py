"""Precision (twenty-third session, prec23): words that read as events but tell none, found by reading coded unseen
stories. A duty stated ("their task was to ..."), a forecast ("many expected ...", "I would expect ..."), what
underpins a thing ("was backed by a rise in rates"), a private person's trip, defectors arriving, the second verb of
one attack, a visit during which a meeting told by the verb took place, one body deliberating alone, blame laid on
causes, the wounded named as people cared for, and a view withheld from the press are no acts of their own; an
attack on a measure is criticism; "met with disapproval" is a judgement. Each rule has a paraphrase that must stay
an event. Every sentence here is written for the test."""
from __future__ import annotations

import pytest


def _types(code_all, text, word):
    return [e.event for e in code_all(text) if e.explanation.trigger.lower().startswith(word)]


@pytest.mark.parametrize("text, word", [
    ('"His duty was to give the governor his full backing," the inquiry found.', "give"),
    ("The task of the mission is to protect the refugees in the northern camps, the envoy said.", "protect"),
])
def test_a_duty_stated_is_no_act(code_all, text, word):
    assert _types(code_all, text, word) == []


def test_a_party_giving_backing_stays(code_all):
    assert _types(code_all, "Norway gave the governor its full backing on Monday.", "gave") != []


@pytest.mark.parametrize("text, word", [
    ("Many expected the prime minister to announce the date when she speaks to parliament next week.", "expected"),
    ("Traders said the market now expected the central bank to step in to defend the franc.", "expected"),
    ('"I would expect the bill to be in the autumn," the senator said.', "expect"),
    ("He expects other European carriers to follow suit.", "expects"),
    ("The organiser is expecting thousands of fans to take part in the parade.", "expecting"),
])
def test_a_forecast_is_no_request(code_all, text, word):
    assert "REQUEST" not in _types(code_all, text, word)


def test_a_named_party_expecting_another_to_act_asks_it(code_all):
    assert "REQUEST" in _types(code_all, "Paris expects Rome to close the border crossing by Friday.", "expects")


@pytest.mark.parametrize("text", [
    "Pundits agreed the budget would not be enough to lift growth this year.",
    "Economists agreed that the rate cut will come too late.",
])
def test_commentators_agreeing_share_a_view(code_all, text):
    assert _types(code_all, text, "agreed") == []


def test_parties_agreeing_to_act_stay(code_all):
    assert _types(code_all, "Chile and Peru agreed to reopen the border crossing next month.", "agreed") != []


@pytest.mark.parametrize("text", [
    "The recovery plan was supported by a sharp fall in interest rates.",
    "The currency package was backed by larger swap lines with other central banks.",
])
def test_what_underpins_a_thing_is_no_support(code_all, text):
    assert [e for e in code_all(text) if e.event in ("SUPPORT", "AID", "COOPERATE")] == []


def test_support_from_a_party_stays(code_all):
    assert "SUPPORT" in [e.event for e in code_all("The reform plan was backed by the World Bank.")]


@pytest.mark.parametrize("text, word", [
    ("A survey found that tourists visiting Oslo spend more than 200 dollars a day.", "visiting"),
    ("Many holidaymakers are choosing to visit cheaper resorts in Portugal this summer.", "visit"),
])
def test_private_trips_are_no_visits(code_all, text, word):
    assert _types(code_all, text, word) == []


def test_an_official_visit_stays(code_all):
    assert "CONSULT" in _types(code_all, "The Kenyan foreign minister is visiting Oslo this week.", "visiting")


def test_defectors_arriving_are_no_forces_moving(code_all):
    text = "Sudan let three deserting Chadian airmen who landed a transport plane near Khartoum stay in the country."
    assert "MOBILIZE" not in _types(code_all, text, "landed")


def test_soldiers_landing_stay_a_move_of_force(code_all):
    assert "MOBILIZE" in _types(code_all, "Chadian soldiers landed in Sudan on Tuesday.", "landed")


def test_the_second_verb_of_one_attack_is_no_second_event(code_all):
    text = "Iranian gunboats attacked and hit an oil tanker near the strait today, a spokesman said."
    assert "MOBILIZE" not in [e.event for e in code_all(text)]


def test_a_second_act_after_an_attack_stays(code_all):
    text = "Iraqi troops attacked the border post and withdrew after three hours."
    assert "RETREAT" in [e.event for e in code_all(text)]


def test_a_visit_during_which_the_sides_met_is_one_event(code_all):
    text = "The two trade ministers will discuss farm tariffs during a visit to Canada next week."
    assert [e.event for e in code_all(text) if e.explanation.trigger == "visit"] == []


def test_an_accord_reached_during_a_visit_keeps_the_visit(code_all):
    text = "Officials said the accord had been reached during a visit to Lima by the Chilean foreign minister."
    assert "CONSULT" in [e.event for e in code_all(text)]


@pytest.mark.parametrize("text", [
    "The Danish cabinet discussed the possibility of raising the fuel tax.",
    "Sources say the question has been discussed at length by the administration.",
])
def test_one_body_deliberating_alone_meets_no_one(code_all, text):
    assert [e for e in code_all(text) if e.event == "CONSULT"] == []


@pytest.mark.parametrize("text", [
    "The Danish cabinet discussed the possibility of a fishing deal with Norway.",
    "Denmark and Norway discussed the question of fishing quotas.",
])
def test_a_matter_discussed_with_a_partner_stays_a_meeting(code_all, text):
    assert "CONSULT" in [e.event for e in code_all(text)]


def test_blame_laid_on_causes_accuses_no_one(code_all):
    assert _types(code_all, "The minister blamed the shortfall on bad weather and falling prices.", "blamed") == []


def test_blame_laid_on_a_party_stays(code_all):
    assert "ACCUSE" in _types(code_all, "Tehran blamed the bombing on Iraq.", "blamed")


def test_the_wounded_cared_for_are_no_wounding(code_all):
    text = "Aid workers hoped to evacuate wounded from the besieged camps near Sidon on Sunday."
    assert "ASSAULT" not in _types(code_all, text, "wounded")


def test_a_wounding_stays(code_all):
    assert "ASSAULT" in _types(code_all, "Gunmen wounded four soldiers at a checkpoint near Sidon.", "wounded")


@pytest.mark.parametrize("text", [
    "Argentina declined to state its position on the loan.",
    "The envoy declined to give his view of the new cabinet.",
])
def test_a_view_withheld_turns_down_no_one(code_all, text):
    assert "REJECT" not in [e.event for e in code_all(text)]


def test_refusing_a_party_what_it_asked_stays(code_all):
    assert "REJECT" in [e.event for e in code_all("Israel refused to give the Palestinians a date for the pullout.")]


@pytest.mark.parametrize("text", [
    "Farm leaders in Bonn have joined attacks on the new milk quota.",
    "The opposition launched a fierce attack on the government's budget.",
])
def test_an_attack_on_a_measure_is_criticism(code_all, text):
    events = [e.event for e in code_all(text)]
    assert "ASSAULT" not in events and "ACCUSE" in events


def test_an_attack_on_a_post_stays_force(code_all):
    assert "ASSAULT" in [e.event for e in code_all("Rebels launched an attack on an army post near the border.")]


@pytest.mark.parametrize("text", [
    "Angry MPs bombarded the minister with questions about the missing letter.",
    "The bank fired Mr Hollis in June after the losses came to light.",
])
def test_blows_of_words_and_dismissals_are_no_force(code_all, text):
    assert "ASSAULT" not in [e.event for e in code_all(text)]


@pytest.mark.parametrize("text", [
    "Israeli jets bombarded the camp with rockets overnight.",
    "Troops fired on the crowd, killing three people.",
])
def test_real_bombardment_and_fire_stay(code_all, text):
    assert "ASSAULT" in [e.event for e in code_all(text)]


def test_met_with_disapproval_is_a_judgement(code_all):
    text = "The new asylum rules have met with disapproval from the Labour party."
    events = [e.event for e in code_all(text)]
    assert "CONSULT" not in events and "ACCUSE" in events


def test_met_with_officials_stays_a_meeting(code_all):
    text = "The Kenyan minister met with officials from the World Bank on Tuesday."
    assert "CONSULT" in [e.event for e in code_all(text)]


def test_an_intention_to_retaliate_if_is_a_threat(code_all):
    text = "The minister reiterated Ottawa's firm intention to retaliate if Washington goes ahead with the lumber duties."
    events = [e.event for e in code_all(text)]
    assert "THREATEN" in events and "AGREE" not in events


def test_a_plain_intention_to_cooperate_stays_an_agreement(code_all):
    text = "The government reaffirmed its intention to open its markets to foreign goods."
    assert "AGREE" in [e.event for e in code_all(text)]


def test_a_share_buy_back_is_commerce(code_all):
    text = "The board of the brewer Carlsbrau has agreed a share buy-back to calm its shareholders."
    assert "AGREE" not in [e.event for e in code_all(text)]


def test_warned_against_doing_is_no_act_done(code_all):
    text = "Washington warned Tehran against using the new missiles in the Gulf."
    events = [e.event for e in code_all(text)]
    assert "THREATEN" in events and "ASSAULT" not in events
