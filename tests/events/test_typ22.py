"""PLOVER types at the sense level (typ22): a government voted out in a censure or no-confidence vote is rejected
(REJECT), not deported; an order that a place or outlet be shut is the closure (COERCE), not a request to the
place; letting people stay in one's territory shelters them (AID: asylum); a party's decided exit from a
government stays a withdrawal (RETREAT), not an announced concession. Invented sentences."""
from __future__ import annotations

import pytest

PUBLISHED = "1988-05-10"


def _types(code_all, text):
    return [(e.event, e.modality) for e in code_all(text)]


@pytest.mark.parametrize("text", [
    pytest.param("The Norwegian cabinet was ousted in a parliamentary censure vote on Thursday.", id="ousted_in_censure_vote"),
    pytest.param("Lawmakers toppled the Greek government in a no-confidence vote last night.", id="toppled_in_no_confidence_vote"),
    pytest.param("The Danish cabinet was brought down by a vote of no confidence in parliament.", id="brought_down_by_vote_of_no_confidence"),
])
def test_a_government_voted_out_is_rejected(code_all, text):
    got = _types(code_all, text)
    assert any(e == "REJECT" for e, _ in got) and not any(e == "COERCE" for e, _ in got), got


def test_a_coup_that_ousts_is_no_rejection(code_all):
    got = _types(code_all, "Soldiers ousted the president of Chad in a coup at dawn.")
    assert not any(e == "REJECT" for e, _ in got), got


@pytest.mark.parametrize("text", [
    pytest.param("The military council ordered all colleges in the province closed after the riots.", id="colleges_closed"),
    pytest.param("The interior ministry ordered the frontier with Benin shut on Saturday.", id="frontier_shut"),
    pytest.param("The governor ordered the harbour to be closed to shipping.", id="harbour_to_be_closed"),
])
def test_an_order_that_a_place_be_shut_is_coercion(code_all, text):
    got = _types(code_all, text)
    assert any(e == "COERCE" for e, _ in got) and not any(e == "REQUEST" for e, _ in got), got


@pytest.mark.parametrize("text", [
    pytest.param("Austria allowed four Hungarian deserters to stay, officials said.", id="allowed_deserters_to_stay"),
    pytest.param("Greece let the Albanian refugees remain in the country.", id="let_refugees_remain"),
])
def test_letting_people_stay_is_aid(code_all, text):
    got = _types(code_all, text)
    assert any(e == "AID" for e, _ in got) and not any(e == "CONCEDE" for e, _ in got), got


def test_staying_in_office_is_no_asylum(code_all):
    got = _types(code_all, "The generals allowed the prime minister to remain in office until the election.")
    assert not any(e == "AID" for e, _ in got), got


def test_a_party_leaving_a_government_is_no_concession(code_all):
    got = _types(code_all, "The Liberal party decided to withdraw its ministers from the Danish government.")
    assert any(e == "RETREAT" for e, _ in got) and not any(e == "CONCEDE" for e, _ in got), got


def test_a_future_retreat_from_territory_is_still_a_concession(code_all):
    got = _types(code_all, "Syria will withdraw its troops from northern Lebanon next month.")
    assert any(e == "CONCEDE" for e, _ in got), got
