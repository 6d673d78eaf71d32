"""Trigger session trg41: proposals put to another party are offers (AGREE), a government's own proposed measure
is no event; credit lines granted are AID; bombs that rock or rip through a place are attacks with explosives;
installations sabotaged are attacked; being named in an indictment is being charged; retaliation said of the
future is a THREATEN. Sentences written for these tests."""
from __future__ import annotations

import pytest
from event_helpers import codes
from event_helpers import events_on as on

PUBLISHED = "1987-05-12"


# --- proposals -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Norway made a proposal to Iceland on cod quotas on Monday.", "made", "ISL"),
    ("Greece put forward a proposal to Turkey on the air corridors.", "put", "TUR"),
    ("Kenya proposed new border talks with Tanzania.", "propos", "TZA"),
    ("Thailand proposed to Malaysia a joint patrol of the straits.", "propos", "MYS"),
])
def test_a_proposal_put_to_another_party_is_an_offer(code_all, text, trigger, recipient):
    got = on(code_all(text), trigger)
    assert got and all(e.event == "AGREE" for e in got), [(e.event, e.explanation.trigger) for e in got]
    assert any(recipient in codes(e.recipient) for e in got), [codes(e.recipient) for e in got]


@pytest.mark.parametrize("text, trigger", [
    ("The Danish government proposed a new tax on heating oil.", "propos"),
    ("The cabinet made a proposal to raise the retirement age.", "made"),
])
def test_a_government_proposing_its_own_measure_is_no_event(code_all, text, trigger):
    assert not on(code_all(text), trigger)


@pytest.mark.parametrize("text", [
    "Negotiators from Bolivia and Paraguay initialled a draft treaty on the river.",
    "Hungary and Austria initialled a joint declaration on the border.",
])
def test_initialling_a_text_is_agreeing_on_it(code_all, text):
    got = on(code_all(text), "initial")
    assert got and all(e.event == "AGREE" for e in got), [e.event for e in got]


# --- credit ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Kuwait extended a 200 mln dlr credit line to Jordan.", "KWT", "JOR"),
    ("A 50 mln dlr credit line was extended to Ghana by Italy.", "ITA", "GHA"),
    ("Sweden extended a line of credit to Zambia last week.", "SWE", "ZMB"),
])
def test_a_credit_line_granted_is_aid(code_all, text, actor, recipient):
    got = on(code_all(text), "extend")
    assert got and got[0].event == "AID", [e.event for e in got]
    assert actor in codes(got[0].actor) and recipient in codes(got[0].recipient)


def test_a_production_line_extended_is_no_aid(code_all):
    assert not [e for e in code_all("The carmaker extended its production line in Ohio.") if e.event == "AID"]


# --- bombs, sabotage, indictments ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("A bomb rocked the headquarters of the ruling party in Dhaka.", "rock"),
    ("A car bomb ripped through the main bus station in Colombo.", "rip"),
    ("A bomb exploded outside the French consulate in Beirut.", "explod"),
    ("A bomb went off near the army barracks in Belfast.", "went"),
])
def test_a_bomb_blast_is_an_attack_with_explosives(code_all, text, trigger):
    got = on(code_all(text), trigger)
    assert got and all((e.event, e.mode) == ("ASSAULT", "explosives") for e in got), \
        [(e.event, e.mode) for e in got]


@pytest.mark.parametrize("text", [
    "An explosion rocked the refinery near the port.",
    "A gas blast ripped through the apartment block on Sunday.",
])
def test_an_explosion_without_a_bomb_is_no_attack(code_all, text):
    assert not [e for e in code_all(text) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Rebels sabotaged an oil pipeline in the north of the country.",
    "The power line was sabotaged by guerrillas near the border.",
])
def test_an_installation_sabotaged_is_attacked(code_all, text):
    got = on(code_all(text), "sabotag")
    assert got and all(e.event == "ASSAULT" for e in got), [e.event for e in got]


def test_named_in_an_indictment_is_charged(code_all):
    got = on(code_all("Two former customs officers were named in an indictment returned by a grand jury in Texas."),
             "named")
    assert got and got[0].event == "ACCUSE", [e.event for e in got]
    assert not got[0].actor or "officers" not in " ".join(a.text for a in got[0].actor)


# --- retaliation -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Brazil said it would retaliate against American duties on its shoes.",
    "Seoul would retaliate against any new trade restrictions, a senior official said.",
])
def test_retaliation_said_of_the_future_is_a_threat(code_all, text):
    got = on(code_all(text), "retaliat")
    assert got and all(e.event == "THREATEN" for e in got), [(e.event, e.modality) for e in got]


def test_a_warning_that_it_would_retaliate_is_a_threat(code_all):
    assert [e for e in code_all("Argentina warned that it would retaliate.") if e.event == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Officials said no list of goods on which Washington might retaliate has been drawn up.",
])
def test_a_thing_described_by_a_retaliation_is_no_threat(code_all, text):
    assert not [e for e in on(code_all(text), "retaliat") if e.event == "THREATEN"]


def test_surinam_is_suriname(code_all):
    got = [e for e in code_all("Surinam accused the Netherlands of arming the rebels.") if e.event == "ACCUSE"]
    assert got and "SUR" in codes(got[0].actor) and "NLD" in codes(got[0].recipient)
