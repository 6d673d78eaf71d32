"""Trigger gaps by class (lex26): hyphened act compounds, particles parted from their verb, verbs of setting
out, addresses to a body, settling, and force verbs the CAMEO lists lack. Every sentence here is
invented."""
from __future__ import annotations

import pytest
from event_helpers import type_modes_on as on


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # a hyphened verb whose first part names the act is coded as that act, with the compound's object
    ("Iran has test-fired a new anti-ship missile in the Gulf, officials said.", "fired", "MOBILIZE", "weapons"),
    ("North Korea test-launched two ballistic missiles on Tuesday.", "launched", "MOBILIZE", "weapons"),
    ("Two missiles were test-fired by India on Friday.", "fired", "MOBILIZE", "weapons"),
    # a particle parted from its verb by the object is still the verb's particle
    ("The Soviet navy pulled warships back from the Gulf on Monday.", "pull", "RETREAT", "withdraw"),
    ("The Indian army rolled back its troops from the frontier.", "roll", "RETREAT", "withdraw"),
    ("The Polish government rolled back the fuel price increase after protests.", "roll", "CONCEDE", ""),
    # the other verbs of setting out for a named place make a visit
    ("The Chinese premier left for Moscow on Monday.", "left", "CONSULT", "visit"),
    ("The Brazilian delegation headed for Moscow on Sunday.", "head", "CONSULT", "visit"),
    # an address to a deliberating body is a meeting with it
    ("The German chancellor addressed the European Parliament in Strasbourg.", "address", "CONSULT", ""),
    # settling a dispute or a case ends the quarrel
    ("Seoul has settled the trade row with Washington.", "settle", "AGREE", ""),
    # force verbs the CAMEO lists lack
    ("Government forces routed the rebels near the border town on Monday.", "rout", "ASSAULT", ""),
    ("Jets strafed the rebel-held village on Monday.", "strafe", "ASSAULT", "aerial"),
])
def test_coded(code, text, trigger, plover, mode):
    assert (plover, mode) in on(code(text), trigger)


@pytest.mark.parametrize("text, trigger", [
    # a compound used as a modifier, and a test of no weapon
    ("The test-fired missile landed in the sea.", "fired"),
    ("The Japanese carmaker test-drove the new car in the desert.", "drove"),
    # setting out for no named place is no visit
    ("The workers left for home after the shift ended.", "left"),
    ("The opposition leader headed to the polls on Sunday.", "head"),
    ("The Italian economy is heading for a recession, the central bank said.", "head"),
    ("A first shipment of Venezuelan crude oil will leave for Ecuador this weekend.", "leave"),
    ("The Nigerian finance minister left Paris today for London.", "left"),
    # a party's own tax abolished yields to no one (the abolishing verbs were tried as CONCEDE and dropped)
    ("The Liberal Democrats promised to abolish the council tax.", "abolish"),
    # an issue or a crowd addressed is no meeting
    ("The Dutch minister addressed the issue at a press conference.", "address"),
])
def test_not_coded(code, text, trigger):
    assert on(code(text), trigger) == []


def test_troops_setting_out_are_no_visit(code):
    # forces on the move are a show of force (the existing rule), not a visit to the host
    assert ("CONSULT", "visit") not in on(code("Canadian troops headed for Cyprus in 1964."), "head")
