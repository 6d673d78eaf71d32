"""Political acts inside business news (eighteenth session, biz18), each rule pinned on sentences written for
the test. A court issuing or granting an injunction restrains a party by court order (manual SANCTION convict);
reprisals or countermeasures taken are a punitive measure (SANCTION), and announced on a condition a THREATEN;
an agreement to impose a harmful measure unless the other side gives way is a THREATEN, not cooperation;
backing or joining another's call for a party to act makes the same appeal (REQUEST); barring or blocking
negotiations refuses them (REJECT)."""
from __future__ import annotations

import pytest

PUBLISHED = "1987-05-12"


def _events(code_all, text, published=PUBLISHED):
    return [(e.event, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text, published=published)]


def _types(code_all, text):
    return [e for e, _, _ in _events(code_all, text)]


# --- courts restraining a party ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A court in Madrid issued an injunction barring the power company from selling the shares.",
    "A Delhi judge granted an injunction against the state electricity board on Friday.",
])
def test_an_injunction_issued_by_a_court_is_a_sanction(code_all, text):
    assert "SANCTION" in _types(code_all, text)


def test_a_party_seeking_an_injunction_is_not_sanctioning(code_all):
    assert "SANCTION" not in _types(code_all, "The farmers' union said it would seek an injunction next month.")


# --- reprisals and countermeasures ---------------------------------------------------------------------------

def test_reprisals_announced_on_a_condition_are_a_threat(code_all):
    got = _events(code_all, "Canada said it will take trade reprisals if Brazil keeps its ban on imported beef.")
    assert any(e == "THREATEN" and a == ["CAN"] for e, a, r in got), got


def test_countermeasures_taken_are_a_sanction(code_all):
    got = _events(code_all, "Ottawa took countermeasures against American lumber exporters last year.")
    assert any(e == "SANCTION" and a == ["CAN"] for e, a, r in got), got


# --- an agreement to harm on a condition ---------------------------------------------------------------------

def test_an_agreement_to_impose_duties_unless_the_other_side_yields_is_a_threat(code_all):
    got = _events(code_all, "Ministers of the European Community agreed on Monday to impose duties on American "
                            "steel unless Washington dropped its farm subsidies.")
    assert any(e == "THREATEN" and a == ["EUR"] for e, a, r in got), got
    assert "AGREE" not in [e for e, _, _ in got]


def test_an_agreement_to_lift_tariffs_on_a_condition_stays_cooperation(code_all):
    types = _types(code_all, "The ministers agreed to lift the tariffs if Tokyo opened its market.")
    assert "THREATEN" not in types


def test_an_agreement_to_impose_a_measure_without_condition_is_no_threat(code_all):
    assert "THREATEN" not in _types(code_all, "The council agreed to impose a curfew in the capital.")


# --- backing another's call -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Senate backed a call for Germany to raise its military spending.",
    "Opposition parties joined calls for the interior minister to resign.",
    "The European Parliament endorsed a demand that Turkey release the journalists.",
])
def test_backing_a_call_for_a_party_to_act_is_a_request(code_all, text):
    types = _types(code_all, text)
    assert "REQUEST" in types and "AGREE" not in types, types


# --- barring negotiations -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The finance ministry barred negotiations with the unions until the strike ended.",
    "Moscow blocked talks on the new treaty for a second week.",
])
def test_barring_or_blocking_negotiations_is_a_refusal(code_all, text):
    assert "REJECT" in _types(code_all, text)


def test_blocking_a_road_is_no_refusal_of_talks(code_all):
    assert "REJECT" not in _types(code_all, "Police blocked the road to the capital.")
