"""Recall on unseen text (rcl35): a party opposing a course of action refuses it (PLOVER REJECT, "all rejections
and refusals"), told with the verb, its passive or its copula, as every row of "oppose" now says (the bare synonym
row inherited ACCUSE disapprove, some object rows CAMEO's criticism or support codes; weights stay, so what was
output before is output, with the type the golds give it). Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on

from eventwire.events._lexicon import Lexicon


def test_the_bare_row_of_oppose_is_a_refusal():
    row = Lexicon.default().plain_row("oppose")
    assert (row.plover, row.source) == ("REJECT", "cameo-syn")


def test_every_object_row_of_oppose_is_a_refusal():
    # CAMEO filed "oppose a bill" under criticism and "oppose sanctions" under support for their target
    rows = [t for t in Lexicon.default().verb_candidates("oppose") if not t.prep]
    assert {t.obj for t in rows} >= {"bill", "sanction", "plan", "proposal"}
    assert {t.plover for t in rows} == {"REJECT"}
    assert next(t.mode for t in rows if t.obj == "talk") == "meet"  # rows of the type keep their mode


@pytest.mark.parametrize("text, word", [
    ("The Japanese government opposes the proposed tariff on rice imports.", "oppos"),
    ("The Finnish foreign minister said Helsinki strongly opposed Moscow's request for transit rights.", "oppos"),
    ("Kenya has opposed Egypt's bid to host the summit.", "oppos"),
    ("Norway is opposed to the new tax on oil imports.", "oppos"),
    ("The Labour opposition opposed the bill in parliament on Tuesday.", "oppos"),
    ("Bonn opposed sanctions against South Africa at the meeting in Brussels.", "oppos"),
    ("The Dutch finance minister said The Hague strongly opposed the transfer of the fund to Brussels.", "oppos"),
])
def test_opposing_a_course_of_action_is_refusing_it(code_all, text, word):
    assert [e.event for e in on(code_all(text), word)] == ["REJECT"]


def test_a_refusal_of_a_partys_bid_is_aimed_at_that_party(code, no_type_chooser):
    # (output as before the change: the row's confidence is the synonym's)
    events = on(code("Kenya has opposed Egypt's bid to host the summit."), "oppos")
    assert [[a.code for a in e.actor] for e in events] == [["KEN"]]
    assert [[r.code for r in e.recipient] for e in events] == [["EGY"]]


def test_a_negated_opposition_is_no_refusal_told(code):
    assert not on(code("Norway did not oppose the sale of the tanker to Iran."), "oppos")


@pytest.mark.parametrize("text", [
    "The opposition party has long opposed the president.",
    "Senator Smith, who opposed the war, retired last year.",
])
def test_a_standing_opposition_is_no_act_output(code, text):
    assert not on(code(text), "oppos")


def test_being_against_a_plan_is_opposing_it(code_all):
    events = [(e.event, sorted(a.code for a in e.actor)) for e in code_all(
        "The Dutch government remains firmly against the Commission's plan.")]
    assert ("REJECT", ["NLD"]) in events
