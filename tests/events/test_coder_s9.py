"""Coder rules of the ninth session, each on sentences written for the test."""
from __future__ import annotations


def test_the_act_done_with_a_means_is_the_event_not_the_using(code_all):
    events = code_all("The air force used helicopters to attack rebel positions near Kidal on Friday, the ministry said.",
                      published="2024-05-06")
    assert [e.event for e in events] == ["ASSAULT"]
    assert events[0].explanation.trigger == "attack" and events[0].modality == "asserted"


def test_using_force_stays_the_attack(code_all):
    events = code_all("Riot police used force to disperse the crowd in Lusaka.", published="2024-05-06")
    assert "ASSAULT" in {e.event for e in events}

