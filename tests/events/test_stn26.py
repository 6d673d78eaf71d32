"""Stances without a stance verb (stn26): a verdict reported of an act, approving (SUPPORT), condemning (ACCUSE) or
refusing an offer (REJECT), with the verdict adjectives of scripts/build_polarity.py. Sentences written for the test."""
from __future__ import annotations

import pytest

from eventwire.events._stance import verdict_polarity

PUBLISHED = "2024-06-03"


def _events(code_all, text):
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in code_all(text)]


def test_the_derived_table_holds_verdicts_not_feelings_or_harms():
    table = verdict_polarity()
    assert table["dangerous"] == -1 and table["positive"] == 1 and table["unfair"] == -1
    assert not {"deadly", "happy", "angry", "killed", "war", "ambitious"} & set(table)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Japan's trade minister said the American package was a positive step.", "JPN", "USA"),
    ("The Kenyan government described the Ugandan proposal as constructive.", "KEN", "UGA"),
    ("Moscow said the American move was a step in the right direction.", "RUS", "USA"),
    ("The Brazilian finance minister said Argentina's decision was correct.", "BRA", "ARG"),
])
def test_approving_another_partys_act_is_support(code_all, text, actor, recipient):
    assert ("SUPPORT", [actor], [recipient]) in _events(code_all, text)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Greek foreign minister said the Turkish plan was dangerous.", "GRC", "TUR"),
    ("Chile's president said the Peruvian tariff increase was not helpful.", "CHL", "PER"),
    ("The French minister called the German decision destructive.", "FRA", "DEU"),
    ("Peru's foreign minister described the Chilean president's speech as very disappointing.", "PER", "CHL"),
])
def test_condemning_another_partys_act_is_an_accusation(code_all, text, actor, recipient):
    assert ("ACCUSE", [actor], [recipient]) in _events(code_all, text)


@pytest.mark.parametrize("text", [
    "The Liberal Democrats said the scheme was deeply flawed.",
    "Norway's fisheries minister said the quota plan was unfair.",
])
def test_a_verdict_on_an_act_the_story_names_needs_no_named_owner(code_all, text):
    assert any(e == "ACCUSE" for e, _, _ in _events(code_all, text))


@pytest.mark.parametrize("text, actor, recipient", [
    ("A spokesman for Britain's Cable and Wireless said the latest Japanese proposals were unacceptable.", "GBR", "JPN"),
    ("The Polish union said the German employers' offer was not enough.", "POL", "DEU"),
])
def test_an_offer_judged_unacceptable_is_refused(code_all, text, actor, recipient):
    assert ("REJECT", [actor], [recipient]) in _events(code_all, text)


@pytest.mark.parametrize("text", [
    "Peru said Chile's decision would be disastrous.",  # a hypothetical act
    "Peru said Chile's army was powerful.",  # a quality of a party, not a verdict on its act
    "Peru said our plan was a positive step.",  # the speaker's own act
    "Peru said protectionism was dangerous.",  # a kind of act, no act the story tells of
    "Peru said the attack was deadly.",  # a harm described, not judged
    "Peru said the weather was good.",  # no act
    "Peru said Chile's decision was not dangerous.",  # a condemnation denied
])
def test_no_verdict_no_stance(code_all, text):
    assert not any(e in ("SUPPORT", "ACCUSE", "REJECT") for e, _, _ in _events(code_all, text))
