"""Acts of business and economic-policy stories the coder never proposed (bus28): a traveller "on a visit to" a
country visits it; another party's arguments dismissed are refused; speaking to another state's parliament
addresses it; aid received "in" a sum comes from its giver. Every
sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on


def codes(parties):
    return [p.code for p in parties]


@pytest.mark.parametrize("text, actor, host", [
    ("The Kenyan foreign minister, on a three-day official visit to Egypt, said trade would grow.", "KEN", "EGY"),
    ("Chancellor Kohl, on a state visit to Brazil, told reporters the debt problem needed joint action.", "DEU", "BRA"),
    ("The Spanish king, who is on a visit to Mexico, said ties between the two countries were strong.", "ESP", "MEX"),
])
def test_a_traveller_on_a_visit_visits(code, text, actor, host):
    visits = [e for e in on(code(text), "visit") if e.event == "CONSULT"]
    assert visits and visits[0].mode == "visit"
    assert actor in codes(visits[0].actor) and host in codes(visits[0].recipient)


@pytest.mark.parametrize("text", [
    "The central bank governor, on a visit, said interest rates would fall.",
    "The minister, commenting on the visit to Moscow by his predecessor, said nothing had changed.",
    "Asked about reports on the visit to Cuba, the spokesman said he knew nothing of it.",
])
def test_a_visit_only_talked_about_is_no_visit(code, text):
    assert not on(code(text), "visit")


@pytest.mark.parametrize("text", [
    "The trade minister dismissed arguments made by the American negotiators.",
    "Bonn dismissed the French assertion that the mark was undervalued.",
])
def test_arguments_dismissed_are_refused(code, text):
    assert [e.event for e in on(code(text), "dismiss")] == ["REJECT"]


def test_speaking_to_a_parliament_addresses_it(code):
    events = on(code("The visiting German president, speaking to the Peruvian Congress, said creditors must "
                     "share the burden."), "speaking")
    assert [e.event for e in events] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Speaking to Parliament on his first day in office, the home secretary said the law would be renewed.",
    "The Spanish prime minister spoke to the Spanish parliament about the bases.",
])
def test_speaking_to_ones_own_parliament_is_no_meeting(code, text):
    assert not on(code(text), "spo") and not on(code(text), "speaking")


@pytest.mark.parametrize("text, giver, receiver", [
    ("Tanzania received 30 mln dlrs in aid from Sweden last year.", "SWE", "TZA"),
    ("Kenya has received 40 mln dlrs in loans from Japan.", "JPN", "KEN"),
])
def test_aid_received_in_a_sum_comes_from_the_giver(code, text, giver, receiver):
    aid = [e for e in code(text) if e.event == "AID"]
    assert aid and codes(aid[0].actor) == [giver] and codes(aid[0].recipient) == [receiver]


def test_money_lost_in_an_attack_is_no_aid_nor_new_attack(code):
    # "in" a sum's kind counts for money's kinds only: the attack here is the loss's cause, told before
    events = code("The railway lost 3 mln dlrs in the attack last year.")
    assert not [e for e in events if e.event in ("AID", "ASSAULT") and e.explanation.trigger == "attack"]
