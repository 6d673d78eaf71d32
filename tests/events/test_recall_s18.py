"""Recall and types (eighteenth session, rc18), each rule pinned on sentences written for the test.
An answer a party announces to the other side's harmful act, or on a condition, is a THREATEN whose recipient
is the party that would set it off ("if Washington raises tariffs, Beijing will respond"); a reply promised to a
letter is none. Fighting a measure or a charge is opposing it (REJECT), fighting troops stays ASSAULT. Voting
against a bill or a call rejects it, the mass of voters at an election rejects nothing of a party. "Charge" with a
price as its object asks a price and accuses no one."""
from __future__ import annotations

PUBLISHED = "2024-06-03"


def _events(code_all, text, published=PUBLISHED):
    return [(e.event, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
            for e in code_all(text, published=published)]


def _types(code_all, text):
    return [e for e, _, _ in _events(code_all, text)]


# --- an answer announced to the other side's act ------------------------------------------------------------

def test_an_answer_on_a_condition_threatens_the_party_of_the_condition(code_all):
    got = _events(code_all, "If Canberra blocks the grain shipments, Jakarta will respond, the Indonesian trade minister said.")
    assert ("THREATEN", ["IDN"], ["AUS"]) in got, got


def test_an_answer_with_countermeasures_to_a_sanction_is_a_threat(code_all):
    got = _events(code_all, "Norway said it would react with countermeasures if Brussels imposed the new fish duties.")
    assert any(e == "THREATEN" and a == ["NOR"] for e, a, r in got), got


def test_a_reply_promised_to_a_letter_is_no_threat(code_all):
    assert "THREATEN" not in _types(code_all, "The Kenyan cabinet said it would respond to the bishops' letter next week.")


def test_a_past_response_is_no_threat(code_all):
    assert "THREATEN" not in _types(code_all, "Chile responded to the Peruvian sanctions with a formal complaint.")


def test_emergency_calls_answered_are_no_threat(code_all):
    assert "THREATEN" not in _types(code_all, "Brazilian police will respond to emergency calls faster under the new scheme.")


# --- fighting a measure or a charge ---------------------------------------------------------------------------

def test_fighting_a_law_is_a_rejection(code_all):
    got = _types(code_all, "Kenyan farmers' unions vowed to fight the government's new land law.")
    assert "REJECT" in got and "ASSAULT" not in got, got


def test_fighting_the_charges_is_a_rejection(code_all):
    got = _types(code_all, "The two Peruvian ministers said they would fight the corruption charges in court.")
    assert "REJECT" in got and "ASSAULT" not in got, got


def test_fighting_troops_stays_an_assault(code_all):
    got = _events(code_all, "Tuareg rebels fought Malian troops near Kidal on Sunday.")
    assert any(e == "ASSAULT" for e, _, _ in got) and "REJECT" not in [e for e, _, _ in got], got


def test_fighting_an_ill_stays_no_event(code_all):
    assert "REJECT" not in _types(code_all, "The Nigerian government has vowed to fight corruption and inflation.")


# --- voting against ---------------------------------------------------------------------------------------------

def test_voting_against_a_call_is_a_rejection(code_all):
    got = _events(code_all, "Greek Communist deputies voted against the prime minister's call for early elections.")
    assert any(e == "REJECT" for e, _, _ in got) and "REQUEST" not in [e for e, _, _ in got], got


def test_states_voting_against_a_resolution_reject_it(code_all):
    got = _events(code_all, "Poland and Hungary voted against the resolution on migration in Brussels.")
    assert any(e == "REJECT" and a == ["HUN", "POL"] for e, a, r in got), got


def test_voters_at_a_referendum_reject_no_party(code_all):
    assert "REJECT" not in _types(code_all, "Voters in Quebec voted against independence in the referendum.")


# --- "charge" a price ---------------------------------------------------------------------------------------------

def test_charging_a_fee_is_no_accusation(code_all):
    assert "ACCUSE" not in _types(code_all, "The Egyptian canal authority will charge foreign shippers a fee of 3 percent.")


def test_charging_a_person_with_a_crime_stays_an_accusation(code_all):
    got = _events(code_all, "Thai prosecutors charged the former Bangkok governor with fraud on Monday.")
    assert any(e == "ACCUSE" for e, _, _ in got), got
