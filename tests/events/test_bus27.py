"""Acts of business and debt stories the coder never proposed (bus27): seeking to get credit or new debt terms asks
the lenders; raising the money one gives is aid; records turned over are shared; envoys present somewhere for a
purpose visit it; what one says in a telephone conversation or call is said in talks. Every sentence here is
invented."""
from __future__ import annotations

import pytest
from event_helpers import types_on as on


@pytest.mark.parametrize("text", [
    "Peru is seeking to reschedule 800 mln dlrs of its foreign debt with the Paris Club.",
    "Zambia sought to secure fresh credit from the International Monetary Fund.",
    "Peru is seeking to obtain new loans from the Paris Club.",
    "Mexico will seek to renegotiate the interest on its debt with commercial banks.",
])
def test_seeking_credit_asks_lenders(code, text):
    assert "REQUEST" in on(code(text), "s")


@pytest.mark.parametrize("text", [
    "Peru sought to breach the divide with Chile.",
    "The company is seeking to raise 50 mln dlrs through a share issue.",
])
def test_seeking_to_act_alone_asks_no_one(code, text):
    assert "REQUEST" not in on(code(text), "s")


@pytest.mark.parametrize("text, trigger", [
    ("Japan doubled its investment in Thailand last year.", "doubled"),
    ("Washington is increasing its funding to the International Development Association.", "increasing"),
    ("Sweden has stepped up its lending to Tanzania.", "stepped"),
])
def test_more_money_given_is_aid(code, text, trigger):
    assert on(code(text), trigger) == ["AID"]


def test_more_money_promised_stays_agree(code):
    assert on(code("The Asian Development Bank will raise its lending to Indonesia to 900 mln dlrs."), "raise") == ["AGREE"]


def test_funds_raised_are_collected(code):
    assert on(code("Argentina raised funding of 300 mln dlrs on the bond market."), "raise") == []


@pytest.mark.parametrize("text", [
    "Nicaragua turned over the information to the United States.",
    "Honduras turned the bank records over to Panama.",
])
def test_records_turned_over_are_shared(code, text):
    assert on(code(text), "turn") == ["COOPERATE"]


@pytest.mark.parametrize("text, recipient", [
    ("A Japanese trade delegation is in Washington for talks with U.S. officials.", "USA"),
    ("Brazilian Finance Minister Dilson Funaro was in London on the first leg of a tour of European capitals.", "GBR"),
])
def test_envoys_present_for_a_purpose_visit(code, text, recipient):
    events = [e for e in code(text) if e.event == "CONSULT"]
    assert events and events[0].mode == "visit" and recipient in [r.code for r in events[0].recipient]


@pytest.mark.parametrize("text", [
    "A World Bank mission is due in Lagos next week.",
    "Two World Bank review teams are in the Philippines to assess the government's requests for loans.",
])
def test_envoys_due_or_present_are_coded(code, text):
    assert {e.event for e in code(text)} & {"CONSULT", "AGREE"}


@pytest.mark.parametrize("text", [
    "The Brazilian finance minister is in Brasilia to present the budget.",
    "The minister is due to report to parliament next week.",
    "An IMF team is not due in Nairobi until June.",
    "The U.S. ambassador is in the hospital.",
])
def test_presence_without_a_visit(code, text):
    assert not [e for e in code(text) if e.mode == "visit"]


@pytest.mark.parametrize("text, trigger", [
    ("In a telephone conversation on Monday, the French president told the German chancellor that he backed the plan.", "told"),
    ("Reagan told Nakasone in a telephone call that the sanctions would stay.", "told"),
])
def test_said_in_a_telephone_conversation_is_talks(code, text, trigger):
    assert on(code(text), trigger) == ["CONSULT"]


def test_an_interview_is_no_talks(code):
    assert on(code("The minister told Reuters in a telephone interview that prices would rise."), "told") == []


@pytest.mark.parametrize("text", [
    "The provincial government has increased investment in grain this year.",
    "They do not expect to take action on further boosting school funding until next year.",
])
def test_more_spending_at_home_is_no_aid(code, text):
    assert "AID" not in [e.event for e in code(text)]


def test_aid_obtained_comes_from_the_lender(code):
    events = [e for e in code("Kenya obtained a 40 mln dlr loan from the World Bank.") if e.event == "AID"]
    assert events and [a.code for a in events[0].actor] == ["IGO"] and [r.code for r in events[0].recipient] == ["KEN"]


def test_information_handed_over_is_shared(code):
    assert on(code("Nicaragua handed over the information to the United States."), "hand") == ["COOPERATE"]


@pytest.mark.parametrize("text, host", [
    ("A World Bank team arrived in Uganda on Monday for talks with the government.", "UGA"),
    ("Two World Bank review teams are in the Philippines to assess the government's requests for loans.", "PHL"),
    ("KAMPALA, March 3 - An International Monetary Fund team is due here next week, a central bank official said.", "UGA"),
])
def test_an_international_body_visits_its_host(code, text, host):
    events = [e for e in code(text) if e.event in ("CONSULT", "AGREE")]
    assert events and host in [r.code for r in events[0].recipient]
