"""Background, description and commentary (thirteenth session, p13): clauses that tell no event of the
story. The checks are pure functions of a parsed token; every sentence here is written for the test."""
from __future__ import annotations

import pytest

from story_helpers import background_reason_of


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()




@pytest.mark.parametrize("text, word", [
    ("The island was governed for decades by colonels who imposed martial law.", "imposed"),
    ("The kingdom has backed the northern rebels for years.", "backed"),
    ("The kingdom has backed the northern rebels for many years.", "backed"),
    ("Iran has long backed the Kurdish rebels.", "backed"),
])
def test_a_state_of_long_standing_is_background(nlp, text, word):
    assert "long standing" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The opposition leader was jailed for five years.", "jailed"),  # a counted span measures the act
    ("Police have detained the protesters for two days.", "detained"),
    ("The army attacked the northern town on Monday.", "attacked"),
    # a clause of its own after a background one keeps its event
    ("The province was governed for decades by colonels, and on Monday the army seized the capital.", "seized"),
    ("The new law could let the police ban marches, while the opposition condemned the government.", "condemned"),
])
def test_dated_or_measured_acts_stay_events(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("The new ruling puts the government at odds with its allies.", "puts"),
    ("A long trade war offers the president some advantages.", "offers"),
])
def test_what_a_situation_brings_about_is_commentary(nlp, text, word):
    assert "commentary" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The finance minister offered the unions a new deal.", "offered"),  # a party acts
    ("The explosion killed four soldiers near the border.", "killed"),  # force, told by its effect
    ("A border war between the two kingdoms broke out on Friday.", "broke"),  # a situation that begins is told
])
def test_a_party_or_a_blast_still_acts(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


def test_present_relative_clause_describes(nlp):
    assert "describes" in background_reason_of(nlp, "The commission, which supervises party funding, met on Friday.", "supervises")
    assert background_reason_of(nlp, "The commission, which has fined two parties, met on Friday.", "fined") is None


@pytest.mark.parametrize("text, word", [
    ("The ministry described the meeting as useful.", "meeting"),
    ("The merger between the two banks is seen as part of a wider plan.", "merger"),
])
def test_an_event_judged_is_not_reported_again(nlp, text, word):
    assert "view" in (background_reason_of(nlp, text, word) or "")


def test_an_event_reported_is_not_a_judgement(nlp):
    assert background_reason_of(nlp, "The two ministers held a meeting in Oslo on Tuesday.", "meeting") is None


def test_conduct_recalled_in_the_past(nlp):
    assert "in the past" in background_reason_of(nlp, "In the past, the navy has seized fishing boats near the islands.", "seized")
    assert "in the past" in background_reason_of(nlp, "The navy has seized fishing boats in the past.", "seized")
    assert background_reason_of(nlp, "Police arrested twenty people in the past week.", "arrested") is None
    # a stance on future conduct, said before, is still held
    assert background_reason_of(nlp, "The premier has said in the past that he will not negotiate with the rebels.", "negotiate") is None


def test_coder_drops_background_and_keeps_events(code_all):
    def types(text):
        return [e.event for e in code_all(text, published="2024-06-03")]

    assert types("The island was governed for decades by colonels who imposed martial law.") == []
    assert types("The ministry described the meeting as useful.") == []
    assert "ASSAULT" in types("Troops attacked the northern town of Kiro on Monday.")
