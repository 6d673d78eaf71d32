"""The lead's rules of the thirteenth session, from gold-fifteenth's misses (docs/lexicon.md, "Thirteenth
session: pleas, turned-down offers, suits"). Invented sentences."""
from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def types(events) -> set[str]:
    return {e.event for e in events}


@pytest.mark.parametrize("text", [
    "A Texas man pleaded guilty on Monday to threatening a state senator.",
    "A Texas man pleaded not guilty on Monday to threatening a state senator.",
])
def test_the_charge_pleaded_to_is_no_new_event(code_all, text):
    assert "THREATEN" not in types(code_all(text, published=PUBLISHED))


def test_pleading_with_a_party_stays_an_appeal(code_all):
    events = code_all("Kenya's opposition leader pleaded with the government to release the detainees.",
                      published=PUBLISHED)
    assert "REQUEST" in types(events)


@pytest.mark.parametrize("text", [
    "Kenya's labour ministry did not accept the union's offer, a spokesman said on Tuesday.",
    "Ghana's parliament did not approve the government's plan to cut pensions on Tuesday.",
])
def test_an_offer_or_plan_not_accepted_is_rejected(code_all, text):
    events = code_all(text, published=PUBLISHED)
    assert "REJECT" in types(events)
    assert all(e.modality == "asserted" for e in events if e.event == "REJECT")


def test_an_offer_accepted_is_agreement(code_all):
    events = code_all("Kenya's labour ministry accepted the union's offer on Tuesday.", published=PUBLISHED)
    assert "AGREE" in types(events) and "REJECT" not in types(events)


def test_dragging_someone_to_court_is_suing(code_all):
    events = code_all("Three Nigerian senators have dragged the police chief to court over the summons.",
                      published=PUBLISHED)
    assert any(e.event == "ACCUSE" and e.mode == "allege" for e in events)
