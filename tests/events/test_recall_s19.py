"""Recall and types, nineteenth session (rc19). A party that stops or cuts what it sends another party ("cut
off electricity to", "halted oil exports to") curtails a material exchange: PLOVER SANCTION 'discontinue', for
any thing sent, not only the objects the lexicon lists; a price, a figure or an event stopped is no such flow.
"Meet" with a thing a party owns ("to meet the island's unpaid bills") is no meeting. Invented sentences."""
from __future__ import annotations

import pytest

PUBLISHED = "2006-07-03"


def _events(code_all, text):
    return [(e.event, e.mode, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text)]


def test_power_cut_off_to_a_territory_is_a_sanction(code_all):
    got = _events(code_all, "Armenia cut off electricity to Azerbaijan on Sunday.")
    assert ("SANCTION", "discontinue", ["ARM"], ["AZE"]) in got, got


def test_exports_halted_to_a_country_are_a_sanction(code_all):
    got = _events(code_all, "Ukraine halted grain exports to Belarus last week.")
    assert any(e == "SANCTION" and a == ["UKR"] and r == ["BLR"] for e, _, a, r in got), got


def test_the_flow_itself_as_object_is_a_sanction(code_all):
    got = _events(code_all, "Algeria stopped the flow of gas to Morocco.")
    assert any(e == "SANCTION" and "MAR" in r for e, _, a, r in got), got


def test_meeting_a_party_s_envoy_is_still_a_meeting(code_all):
    got = _events(code_all, "The Chilean minister met Peru's delegation in Lima on Monday.")
    assert any(e == "CONSULT" and "PER" in r for e, _, a, r in got), got


@pytest.mark.parametrize("text, event", [
    pytest.param("Egypt reduced cotton imports to two million tonnes.", "SANCTION",
                 id="a_figure_after_to_is_no_receiver"),
    pytest.param("Peru cut taxes to Chile's level.", "SANCTION", id="a_price_cut_is_no_sanction"),
    pytest.param("Police in Lima halted the march to parliament.", "SANCTION",
                 id="an_event_halted_keeps_its_own_coding"),
    pytest.param("French loans were used to meet Niger's unpaid bills.", "CONSULT",
                 id="meeting_a_party_s_bills_is_no_meeting"),
])
def test_no_flow_cut_and_no_meeting(code_all, text, event):
    got = _events(code_all, text)
    assert not any(e == event for e, *_ in got), got
