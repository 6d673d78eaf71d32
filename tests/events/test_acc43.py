"""Judgements of wrongdoing with no verdict word (acc43): a party says another party's act breaks a rule, amounts to
a wrong, rests on false grounds, or that its figures do not add up: ACCUSE 'disapprove' of the act's owner.
Sentences written for the test."""
from __future__ import annotations

import pytest
from event_helpers import roles_on, types_on


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Kenyan foreign minister said the Ugandan embargo was contrary to international law.", "KEN", "UGA"),
    ("The Peruvian minister said the Chilean tariff increase was not in keeping with the accords.", "PER", "CHL"),
    ("The Greek government said the Turkish deployment was in breach of the treaty.", "GRC", "TUR"),
    ("Hanoi said the Chinese move was inconsistent with the agreement the two sides signed.", "VNM", "CHN"),
    ("The Egyptian minister said the Ethiopian announcement amounted to a declaration of war.", "EGY", "ETH"),
    ("Seoul said the North Korean launch constituted a violation of the ceasefire.", "KOR", "PRK"),
    ("The Indian minister said the Pakistani decision was based on inaccurate data.", "IND", "PAK"),
    ("The Norwegian minister said the Danish figures did not add up.", "NOR", "DNK"),
    ("Baghdad said the Iranian raid was an act of aggression.", "IRQ", "IRN"),
    ("Beijing said the Japanese remarks were interference in its internal affairs.", "CHN", "JPN"),
    ("The Palestinian envoy said the Israeli speech was tantamount to a declaration of war.", "PSE", "ISR"),
])
def test_a_judged_wrong_of_another_party_is_an_accusation(code_all, text, actor, recipient):
    assert ("ACCUSE", [actor], [recipient]) in roles_on(code_all(text), "")


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister said the Ugandan embargo was not contrary to international law.",
    "Lima said the Chilean tariff increase was in keeping with the trade accords.",
    "The Greek minister said the Turkish deployment would be in breach of the treaty.",
    "Seoul said the North Korean launch did not constitute a violation of the ceasefire.",
    "The Kenyan minister said our decision was in line with the agreement.",
    "The Norwegian minister said the Danish figures add up.",
    "Baghdad said the Iranian shelling was not an act of aggression.",
    "Analysts in Oslo said the rise in Danish rates was not in line with expectations.",
])
def test_no_wrong_judged_no_accusation(code_all, text):
    assert "ACCUSE" not in types_on(code_all(text), "")
