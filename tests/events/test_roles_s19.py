"""Roles, nineteenth session (rec19): the party that reports an act is no target of it. When the clause
names no recipient, the other party looked for in the sentence skips the subject of the reporting clause
and every word inside it ("..., the Chadian army said": Chad owns the speaker). A party named in the
trigger's own clause is still found. A bare "the movement", "the alliance" repeats the group the story named
in full before (an alliance of states: the international body named before), and a capitalised "the North"
the divided country named before ("North Korea"). One who speaks or works for a body no state owns ("a
lawyer for Greenpeace", "officials at the IMF") is that body, not the country around; after a coordination
the body is the last conjunct's ("ministers and officials of the IMF"). Invented sentences."""
from __future__ import annotations

import pytest

PUBLISHED = "2003-05-12"


def _events(code_all, text):
    return [(e.event, sorted({a.code for a in e.actor if a.code}), sorted({r.code for r in e.recipient if r.code}))
            for e in code_all(text)]


@pytest.mark.parametrize("text, reporter", [
    pytest.param("Pyongyang threatened to shell the islands again, South Korea's defence ministry said.", "KOR",
                 id="the_country_of_the_reporting_speaker"),
    pytest.param("Baghdad threatened to close the river crossings, Iran's state news agency reported.", "IRN",
                 id="the_reporting_news_agency_s_country"),
])
def test_the_reporter_s_country_is_no_recipient(code_all, text, reporter):
    got = _events(code_all, text)
    threats = [(a, r) for e, a, r in got if e == "THREATEN"]
    assert threats and all(reporter not in r for _, r in threats), got


def test_a_party_in_the_trigger_s_own_clause_is_still_the_recipient(code_all):
    got = _events(code_all, "Officials said the Syrian minister had threatened Lebanon with new border closures.")
    assert any(e == "THREATEN" and "LBN" in r for e, a, r in got), got


def test_the_north_is_the_northern_half_named_before(code_all):
    got = _events(code_all, "North Korea announced a missile test on Friday. Tokyo protested. The North rejected the protest.")
    assert any(e == "REJECT" and a == ["PRK"] for e, a, r in got), got


def test_the_north_with_no_northern_state_named_before_stays_uncoded(code_all):
    got = _events(code_all, "Kenya announced new grain quotas on Friday. The North rejected the quotas at once.")
    assert not any(e == "REJECT" and a for e, a, r in got), got


def test_officials_at_a_lender_are_the_lender(code_all):
    got = _events(code_all, "Officials at the IMF urged Malawi to cut spending.")
    assert any(e == "REQUEST" and a == ["IGO"] and r == ["MWI"] for e, a, r in got), got


def test_after_a_coordination_the_body_is_the_last_conjunct_s(code_all):
    got = _events(code_all, "Trade ministers and officials of the IMF met in Lilongwe.")
    consults = [a for e, a, r in got if e == "CONSULT"]
    assert consults and all("MWI" in a and "IGO" in a for a in consults), got


@pytest.mark.parametrize("text, event", [
    pytest.param("NATO defence ministers gathered in Brussels. The alliance accused Moscow of breaking the treaty.",
                 ("ACCUSE", ["IGO"], ["RUS"]), id="the_alliance_repeats_the_body_named_before"),
    pytest.param("A lawyer for Greenpeace accused the Dutch navy of ramming the campaign ship.",
                 ("ACCUSE", ["NGO"], ["NLD"]), id="a_lawyer_for_a_campaign_group_is_the_group"),
])
def test_the_body_a_party_stands_for(code_all, text, event):
    got = _events(code_all, text)
    assert event in got, got
