"""Parties of an event (s23, with col23's patch to events/_coder.py): a visit noun's "to" names the host, its
recipient, and the visitor is the actor ("during a visit to Argentina"); aid "worth N dlrs for victims in X"
goes to X although the parser hangs "for" on the amount. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

PUBLISHED = "1987-05-04"


def codes(side):
    return sorted(p.code for p in side if p.code)


def test_a_visit_noun_names_its_host_as_recipient(code_all):
    events = code_all("BUENOS AIRES, May 4 - Chilean President Augusto Pinochet signed a trade pact on Monday "
                      "during a visit to Argentina.")
    visit = by_trigger(events, "visit")
    assert codes(visit.actor) == ["CHL"], visit.actor
    assert codes(visit.recipient) == ["ARG"], visit.recipient


def test_aid_worth_an_amount_for_victims_goes_to_their_country(code_all):
    approved = by_trigger(code_all("ROME, May 4 - The FAO said it approved emergency food aid worth 2.7 mln dlrs "
                                   "for flood victims in Bangladesh."), "approved")
    assert codes(approved.recipient) == ["BGD"], approved.recipient
