"""Recall of speech acts (say36): a party saying it will not, or cannot, accept or yield to what another put to it
refuses it (PLOVER REJECT, "all rejections and refusals"), whatever it is refusing, where the lexicon has no row of
"accept" for that object ("will not accept the plan" already had one). The 'not' is the refusal: the event is
asserted, not a negated acceptance. A condition, a past "did not accept" and a subject that is no party stay uncoded.
Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import events_on as on


@pytest.mark.parametrize("text, word", [
    ("The Brazilian finance minister said Brazil will not accept interference by the IMF in its economy.", "accept"),
    ("Ankara said it could never accept Greek claims to the continental shelf.", "accept"),
    ("\"We cannot accept that Athens should decide our borders,\" the Turkish premier told reporters.", "accept"),
    ("Seoul will not yield to American pressure on beef imports, the trade minister said.", "yield"),
    ("The Polish government would never succumb to pressure from Solidarity, a spokesman said.", "succumb"),
    ("Tokyo won't accept any limits on its car exports to Europe, the trade minister told parliament.", "accept"),
    ("The dockers' union said it would not budge from its demand for a shorter week.", "budge"),
])
def test_a_refusal_told_by_a_negated_acceptance_is_reject(code_all, text, word):
    events = on(code_all(text), word)
    assert [e.event for e in events] == ["REJECT"]
    assert [e.modality for e in events] == ["asserted"]


def test_the_refusal_is_the_partys_own_and_aimed_at_the_one_refused(code_all):
    events = on(code_all("Ankara said it could never accept Greek claims to the continental shelf."), "accept")
    assert [[a.code for a in e.actor] for e in events] == [["TUR"]]
    assert [[r.code for r in e.recipient] for e in events] == [["GRC"]]


@pytest.mark.parametrize("text, word", [
    ("The foreign ministry did not accept the trade figures published by Peking.", "accept"),  # past: no refusal announced
    ("If the miners would not accept the new pay scales, the board would close the pits.", "accept"),  # a condition
    ("The premier said that if Washington had a hand in the crisis, Athens would not accept it.", "accept"),
    ("The new rules will not accept late applications for farm aid.", "accept"),  # a thing, not a party
    ("The shop does not accept credit cards from foreign banks.", "accept"),
    # what a party cannot take in, not what it refuses to another (jdg37's unseen wrong event, paraphrased)
    ("The opposition leader said the government could not accept the simple truth that the war was lost.", "accept"),
    ("Ministers in Bonn will never accept the fact that the mark is too strong, the bank chief said.", "accept"),
])
def test_no_refusal_without_a_party_announcing_it(code_all, text, word):
    assert "REJECT" not in [e.event for e in on(code_all(text), word)]


def test_an_accepting_row_keeps_its_own_rule(code_all):
    # "accept the demands" has a row (CONCEDE): the coder's negated-cooperation rule codes it, as before
    events = on(code_all("Japan will not accept the American demands on rice, the farm minister said."), "accept")
    assert [e.event for e in events] == ["REJECT"]
    assert "light verb 'accept demand'" in events[0].explanation.rule


# Axis 2: "dismiss" with what a rival said or put forward is a rejection (the rows listed claims, charges, criticism,
# reports ...; a verbal attack and a rival's figures were missing).
@pytest.mark.parametrize("text", [
    "The home secretary dismissed the latest opposition attack on his asylum plans.",
    "The finance minister dismissed the opposition's figures on tax rises.",
])
def test_dismissing_a_rivals_attack_or_figures_is_reject(code_all, text):
    assert [e.event for e in on(code_all(text), "dismiss")] == ["REJECT"]


def test_dismissing_an_official_stays_a_sanction(code_all):
    assert [e.event for e in on(code_all("The prime minister dismissed his finance minister on Tuesday."), "dismiss")] \
        == ["SANCTION"]
