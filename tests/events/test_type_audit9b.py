"""Type fixes from a second type audit of the trigger lexicon (issue 3: a real event counts only
with its PLOVER type right). The fixes are lexicon classes (scripts/build_lexicon.py), each checked
against the PLOVER manual; every case here is an invented sentence."""
from __future__ import annotations

import pytest
from event_helpers import type_modes_on as on


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # CAMEO 027 (appeal to settle a dispute): a plan or a solution is no meeting (manual REQUEST 'meet'
    # is "meetings and negotiations")
    ("The French president proposed a plan to end the fighting in Chad.", "propos", "REQUEST", ""),
    ("The Ugandan foreign minister put forward a plan for the refugees on Tuesday.", "put", "REQUEST", ""),
    # ordering a resolution of a dispute restricts nobody (CAMEO's solution synset under 172); an order
    # is a REQUEST (manual: "all requests, demands, and orders")
    ("The Hungarian court ordered a resolution of the property dispute within a month.", "order", "REQUEST", ""),
])
def test_type(code, no_type_chooser, text, trigger, plover, mode):
    assert on(code(text), trigger) == [(plover, mode)]


@pytest.mark.parametrize("text, trigger", [
    # an economy heading for a downturn visits nobody
    ("Finance minister Paolo Rossi warned that the Italian economy was heading for a downturn.", "head"),
    # leaving costs out of a budget coerces and sanctions nobody
    ("The Dutch finance ministry excluded pension costs from its budget figures.", "exclud"),
    # a ballot cast against a strike accuses no one
    ("Miners in Poland voted against a strike on Tuesday.", "vot"),
    # a campaign of no named kind is no assault; "action" of no named kind is no arrest or assault
    ("The Irish Labour party launched its election campaign in Dublin on Monday.", "launch"),
    ("The Swedish unions are planning action over pay, their leader said.", "plan"),
    ("The Ukrainian tax office said it would continue its action against evaders.", "continu"),
])
def test_not_this_event(code, text, trigger):
    assert on(code(text), trigger) == []


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # guards: a request for talks keeps its mode; travel "to" a place stays a visit
    ("The Peruvian government sought negotiations with the rebels.", "sought", "REQUEST", "meet"),
    ("The Brazilian president headed to Argentina for a two-day visit.", "head", "CONSULT", "visit"),
    # an offensive launched is still an assault
    ("Sudanese troops launched an offensive against the rebels in Darfur.", "launch", "ASSAULT", ""),
])
def test_still_coded(code, text, trigger, plover, mode):
    assert on(code(text), trigger) == [(plover, mode)]
