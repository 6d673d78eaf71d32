"""Coder rules pinned in the tenth session, each on sentences written for the test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Three provinces were ravaged by wildfires last week.",
    "Homes along the coast were destroyed by the storm.",
])
def test_damage_done_by_a_disaster_is_no_attack(code_all, text):
    assert not [e for e in code_all(text, published="2024-05-06") if e.event == "ASSAULT"]


def test_damage_done_by_fighters_stays_an_attack(code_all):
    events = code_all("Three villages were destroyed by rebel fighters last week.", published="2024-05-06")
    assert "ASSAULT" in {e.event for e in events}


@pytest.mark.parametrize("text, want", [
    ("A boycott by Sunni parties delayed the vote in Baghdad.", "PROTEST"),
    ("Fighting between the army and rebels delayed the vote in Kabul.", "ASSAULT"),
])
def test_what_an_event_did_is_no_second_event(code_all, text, want):
    assert [e.event for e in code_all(text, published="2024-05-06")] == [want]


def test_a_party_that_halts_something_still_acts(code_all):
    assert "COERCE" in {e.event for e in code_all("The army halted the convoy near the border.", published="2024-05-06")}


@pytest.mark.parametrize("text", [
    "\"Chile will retaliate against Peru,\" the Chilean minister said.",
    "\"We will strike back at the rebels,\" the Malian army spokesman said.",
])
def test_force_announced_by_its_own_side_is_a_threat(code_all, text):
    got = [e.event for e in code_all(text, published="2024-05-14") if e.confidence >= 0.45]
    assert "THREATEN" in got and "ASSAULT" not in got


@pytest.mark.parametrize("text, want", [
    ("Chilean troops will attack the border post tomorrow, Peruvian officials said.", "ASSAULT"),  # others' report
    ("The European Union will impose sanctions on Belarus next week, EU diplomats said.", "SANCTION"),
])
def test_a_future_act_reported_by_others_or_a_set_sanction_keeps_its_type(code_all, text, want):
    assert want in {e.event for e in code_all(text, published="2024-05-14")}


@pytest.mark.parametrize("text, absent", [
    ("Kenya's top spokesman on Monday called the U.S. Raids on its ports an outrage.", {"REQUEST", "CONSULT"}),
    ("Kenya's foreign minister on Tuesday called the U.S. Attacks on two of its ships an escalation.", {"CONSULT"}),
    ("The Kenyan ministry announced via press release a review of the tax laws.", {"RETREAT"}),
    ("The Peruvian president is seeking a second term in office.", {"REQUEST"}),
])
def test_naming_a_press_release_and_standing_for_office_are_no_events(code_all, text, absent):
    assert not {e.event for e in code_all(text, published="2024-05-14") if e.confidence >= 0.45} & absent


@pytest.mark.parametrize("text, want", [
    ("The Kenyan president called the Ugandan president on Tuesday.", "CONSULT"),
    ("The Kenyan president called on Uganda to withdraw its troops.", "REQUEST"),
])
def test_calls_and_appeals_stay(code_all, text, want):
    assert want in {e.event for e in code_all(text, published="2024-05-14")}


@pytest.mark.parametrize("text", [
    "Turkish troops are on high alert along the border.",
    "Greek armed forces are in a state of alert, the defence minister said.",
])
def test_forces_on_alert_are_mobilized(code_all, text):
    assert "MOBILIZE" in {e.event for e in code_all(text, published="2024-05-14")}


def _coded(code_all, text):
    return [(e.event, {a.code for a in e.actor}, {a.code for a in e.recipient})
            for e in code_all(text, published="2026-11-20") if e.confidence >= 0.45]


@pytest.mark.parametrize("text, plover, actor, recipient", [
    ("The Swedish charge d'affaires was summoned by the Norwegian foreign ministry on Monday.", "ACCUSE", "NOR", "SWE"),
    ("The Norwegian ministry summoned Swedish envoy Lars Berg on Monday.", "ACCUSE", "NOR", "SWE"),
    ("Two Kuwaiti tankers came under Iraqi attack in the northern Gulf.", "ASSAULT", "IRQ", "KWT"),
    ("The Zambian government took control of the British-owned copper company on Monday.", "COERCE", "ZMB", None),
    ("Bolivian troops took control of the border town after heavy fighting.", "ASSAULT", "BOL", None),
    ("Ecuador said it would defend its fishing rights against Peru.", "THREATEN", "ECU", None),
])
def test_summons_attackers_named_on_the_attack_seizures_and_own_rights(code_all, text, plover, actor, recipient):
    assert any(t == plover and actor in a and (recipient is None or recipient in r)
               for t, a, r in _coded(code_all, text)), _coded(code_all, text)


def test_opposing_a_demand_rejects_it(code_all):
    got = {t for t, _, _ in _coded(code_all, "Danish employers said they would oppose the union's demand for a shorter "
                                                "working week.")}
    assert "REJECT" in got and "ACCUSE" not in got


@pytest.mark.parametrize("text", [
    "The Swedish agency is helping to make Finnish workplaces safer.",
    "Ecuador defended its rights in the disputed waters at the meeting.",
])
def test_helping_to_do_something_and_defending_ones_own_rights_are_no_events(code_all, text):
    assert not _coded(code_all, text)


def test_hopes_is_read_as_hoped_is(code_all):
    assert _coded(code_all, "The Chilean minister said he hopes Peru will lift its sanctions soon.") == \
        _coded(code_all, "The Chilean minister said he hoped Peru would lift its sanctions soon.")
