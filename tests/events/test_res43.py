"""res43: who an entity is. A state's "Bank of X" is its central bank (GOV with BUS secondary, as PLOVER's
CENTRAL_BANK); the head of a business or labour body ("the president of the chamber of commerce") is that body's
sector, not a government's."""
from __future__ import annotations

import pytest

from eventwire.actors import resolve_phrase

from event_helpers import events_on

PUBLISHED = "1987-05-04"


def _sides(code_all, text: str, trigger: str):
    evs = events_on(code_all(text), trigger)
    assert evs, text
    return evs[0]


# --- central banks ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase,code", [
    ("the Bank of Uganda", "UGA"),
    ("Bank of Ghana", "GHA"),
    ("the Bank of Thailand", "THA"),
])
def test_bank_of_a_state_is_its_central_bank(phrase, code):
    res = resolve_phrase(phrase)
    assert (res.code, res.sector, res.secondary_sector) == (code, "GOV", "BUS")


@pytest.mark.parametrize("phrase", [
    "Bank of Ireland",             # a commercial bank; Ireland's is the Central Bank of Ireland
    "the Commercial Bank of Ghana",  # another bank named after the state
    "the Bank of Bermuda",         # a territory's commercial bank
    "Bank of Tokyo",               # a city's
])
def test_other_banks_named_after_a_place_stay_firms(phrase):
    res = resolve_phrase(phrase)
    assert res is None or res.sector != "GOV"


def test_the_bank_after_a_central_bank_is_that_bank(code_all):
    ev = _sides(code_all, "ACCRA, May 4 - The Bank of Ghana raised its discount rate. The Bank urged exporters "
                          "to repatriate their earnings.", "urged")
    assert [(a.code, a.sector) for a in ev.actor] == [("GHA", "GOV")]


# --- heads of business and labour bodies --------------------------------------------------------------------

@pytest.mark.parametrize("phrase,sector", [
    ("the president of the Uganda Chamber of Commerce", "BUS"),
    ("the president of the National Association of Exporters", "BUS"),
    ("the leader of the dockworkers' union", "LAB"),
    ("a spokesman for the growers", "AGR"),
    ("the union's president", "LAB"),
])
def test_the_head_of_a_civil_body_is_of_its_sector(phrase, sector):
    assert resolve_phrase(phrase, head=phrase.split()[1]).sector == sector


def test_the_head_of_a_chamber_acts_as_business(code_all):
    ev = _sides(code_all, "KAMPALA, May 4 - The president of the Uganda Chamber of Commerce criticised the new "
                          "sales tax.", "criticised")
    assert [(a.code, a.sector) for a in ev.actor] == [("UGA", "BUS")]


@pytest.mark.parametrize("phrase", ["the president of the Bank of Uganda", "the president of the republic"])
def test_a_head_of_state_bodies_stays_government(phrase):
    assert resolve_phrase(phrase, head="president").sector == "GOV"


@pytest.mark.parametrize("phrase", ["the Greek Cypriot government", "a Turkish Cypriot leader", "Greek Cypriots"])
def test_cypriot_communities_are_cyprus(phrase):
    # Both communities of the island are Cyprus's people (PLOVER codes no state for the north), not Greece or Turkey.
    assert resolve_phrase(phrase, date=PUBLISHED).code == "CYP"
