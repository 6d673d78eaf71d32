"""Coder (seventeenth session, rec17 patch): the other side of talks stays the recipient when the subject is a
party the tables cannot code; an opposition presses its own state's officials; one who fell in a fight with a
named side was struck by that side. Invented sentences."""
from __future__ import annotations

PUBLISHED = "2002-03-01"


def _codes(parties):
    return {p.code for p in parties}


def test_talks_partner_stays_recipient_when_the_subject_has_no_code(code_all):
    events = code_all("Five military advisers held discussions with a Somali militia near Baidoa.")
    hits = [e for e in events if e.event == "CONSULT"]
    assert hits and "SOM" not in _codes(hits[0].actor) and "SOM" in _codes(hits[0].recipient)


def test_an_opposition_presses_an_official_of_its_own_state(code_all):
    events = code_all("The Australian opposition says Senator Brandt must explain the delays at the port.")
    hits = [e for e in events if e.event == "REQUEST"]
    assert hits and _codes(hits[0].recipient) == {"AUS"}


def test_the_side_fought_struck_those_who_fell(code_all):
    events = code_all("Three policemen were wounded in a gunbattle with Chechen rebels near Grozny.")
    hits = [e for e in events if e.event == "ASSAULT"]
    assert hits and any(a.sector == "REB" for a in hits[0].actor)
    assert all(r.sector != "REB" for r in hits[0].recipient)
