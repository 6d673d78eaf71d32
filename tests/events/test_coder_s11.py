"""Rules and lexicon rows pinned in the eleventh session, each on sentences written for the test."""
from __future__ import annotations

import pytest


def _coded(code_all, text):
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in code_all(text, published="2024-06-03") if e.confidence >= 0.45]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Sweden shipped rifles and ammunition to the Latvian army last week.", "SWE", "LVA"),
    ("The United States supplied weapons to Kyiv in March.", "USA", "UKR"),
    ("Japan donated 40 million yen to Nepal after the floods.", "JPN", "NPL"),
    ("France has earmarked 12 million euros for Chad.", "FRA", "TCD"),
])
def test_arms_and_money_handed_over_are_aid(code_all, text, actor, recipient):
    assert ("AID", [actor], [recipient]) in _coded(code_all, text)


def test_arms_given_up_are_no_aid(code_all):
    assert "AID" not in {e for e, _, _ in _coded(code_all, "The militia gave up their arms in Goma.")}


@pytest.mark.parametrize("text, want", [
    ("The army ended the curfew in Kandahar on Sunday.", "CONCEDE"),
    ("Morocco downgraded diplomatic relations with Algeria on Friday.", "SANCTION"),
])
def test_ending_restrictions_and_downgrading_ties(code_all, text, want):
    assert want in {e for e, _, _ in _coded(code_all, text)}


@pytest.mark.parametrize("text", [
    "Canada returned the looted antiquities to the government of Iraq.",
    "Spain returned the seized assets to Venezuela on Tuesday.",
])
def test_returning_seized_property_is_a_retreat(code_all, text):
    assert "RETREAT" in {e for e, _, _ in _coded(code_all, text)}


def test_coming_home_is_no_retreat(code_all):
    assert not _coded(code_all, "The minister returned to Ottawa on Tuesday.")


def test_lifting_a_boycott_yields(code_all):
    assert "CONCEDE" in {e for e, _, _ in _coded(code_all, "The farmers' union lifted its boycott of the ministry on Friday.")}


def test_what_is_asked_from_a_party_asks_that_party(code_all):
    coded = _coded(code_all, "Bolivia is seeking emergency credit from multilateral lenders after the floods.")
    assert ("REQUEST", ["BOL"], ["IGO"]) in coded


def test_a_verdict_on_charges_is_no_new_accusation(code_all):
    assert "ACCUSE" not in {e for e, _, _ in _coded(code_all, "Peru said the Chilean accusations were baseless.")}


def test_raising_a_tariff_curtails_trade(code_all):
    assert "SANCTION" in {e for e, _, _ in _coded(code_all, "Canada raised tariffs on Chinese steel on Monday.")}


def test_the_speakers_own_refusal_is_not_negated_by_the_reported_clause(code_all):
    events = code_all("CAIRO, May 4 - Egyptian Foreign Minister Amr Kamal said his comments were not hostile and "
                      "refused to apologise to Israel.", published="2024-05-04")
    refusals = [e for e in events if e.event == "REJECT"]
    assert refusals and refusals[0].modality == "asserted" and [a.code for a in refusals[0].actor] == ["EGY"]


@pytest.mark.parametrize("text", [
    "Iranian hackers launched a cyber attack on the Albanian parliament on Monday.",
    "Hackers linked to Moscow hacked the Polish ministry's computers.",
    "North Korean hackers carried out a ransomware attack on British hospitals.",
])
def test_attacks_on_computers_are_coerce_cyber(code_all, text):
    events = [e for e in code_all(text, published="2024-06-03") if e.event in ("COERCE", "ASSAULT")]
    assert events and all((e.event, e.mode) == ("COERCE", "cyber") for e in events)
    assert "cyber" in events[0].context


def test_hacked_to_death_stays_violence(code_all):
    assert "ASSAULT" in {e for e, _, _ in _coded(code_all, "Militiamen hacked two farmers to death in Ituri.")}


@pytest.mark.parametrize("text, want", [
    # not the weak synonym row's meeting (the retreat announced for the future is CONCEDE, as the manual says)
    ("Russian troops will leave Armenia next year.", "CONCEDE"),
    ("Japanese carmakers protested against the new import rules.", "ACCUSE"),  # the verb's own pattern
])
def test_a_rival_row_needs_more_than_a_class_share(code_all, text, want):
    assert want in {e.event for e in code_all(text, published="2024-06-03")}
