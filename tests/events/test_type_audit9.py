"""Type fixes from a ninth audit of 30 unseen stories (issue 3: a real event counts only with its
PLOVER type right): BBC politics items and Reuters 1987 political items. The fixes are lexicon
classes (scripts/build_lexicon.py), each checked against the PLOVER manual; every case here is an
invented sentence."""
from __future__ import annotations

import pytest
from event_helpers import type_modes_on as on


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # a clash over a policy is a dispute in words (ACCUSE), not violence
    ("The governing party and the opposition clashed over the pension plan on Monday.", "clash", "ACCUSE",
     "disapprove"),
    ("Conservatives and Liberals clashed on immigration policy in a heated debate.", "clash", "ACCUSE", "disapprove"),
    # manual CONCEDE: expressions of regret or remorse (CAMEO 055 apologize and bare "regret")
    ("The Kenyan foreign minister said he regretted the deaths of the fishermen and apologised to Tanzania.",
     "regret", "CONCEDE", ""),
    ("The Thai interior minister issued an apology to the families of the victims.", "issue", "CONCEDE", ""),
    ("The Belgian police chief said: \"I deeply regret this and apologise to the families.\"", "regret", "CONCEDE",
     ""),
    # a policy or act defended in words is supported; a place defended is a military move
    ("The Turkish president defended the crackdown on journalists in a speech to parliament.", "defend",
     "SUPPORT", ""),
    ("Estonian troops defended the border against the raiders.", "defend", "MOBILIZE", "troops"),
    ("Armenian soldiers are defending the frontier near the village.", "defend", "MOBILIZE", "troops"),
    # manual ASSAULT primitive: knives and similar instruments
    ("A Somali trader was stabbed by unknown attackers in Nairobi.", "stab", "ASSAULT", "primitive"),
    # manual SUPPORT: approving a policy (agreeing with a plan commits to nothing)
    ("The Danish farmers' union said it agreed with the government's plan to cut subsidies.", "agree", "SUPPORT",
     ""),
    # manual ACCUSE disapprove: "express disapproval; condemn; complain"
    ("The Greek government complained to the European Commission about the new quotas.", "complain", "ACCUSE",
     "disapprove"),
    # aircraft sent are a deployment, not an investigation
    ("Russia sent helicopters to the border region.", "sent", "MOBILIZE", "weapons"),
    # seeking is asking (manual REQUEST), not a commitment (AGREE)
    ("The Dutch government is seeking deep cuts in the European farm budget.", "seek", "REQUEST", ""),
    ("Cuban exiles sought dialogue with Havana last year.", "sought", "REQUEST", "meet"),
    # a strike named by its span is a walkout, like a general strike
    ("A nationwide strike by Korean doctors shut clinics on Monday.", "strike", "PROTEST", "strike"),
])
def test_type(code, text, trigger, plover, mode):
    assert on(code(text), trigger) == [(plover, mode)]


@pytest.mark.parametrize("text, trigger", [
    # a law coming into force is no concession
    ("The Bulgarian ban on grain exports is due to take effect in May.", "take"),
    # using an aircraft investigates no one; taking office or a post seizes nothing
    ("Rebels used helicopters to carry the wounded to the coast.", "use"),
    ("Mr Kohl's deputy took over when the chancellor fell ill.", "took"),
    # paying compensation accuses no one
    ("The Nigerian government compensated the families of the victims.", "compensat"),
])
def test_not_this_event(code, text, trigger):
    assert on(code(text), trigger) == []


@pytest.mark.parametrize("text, trigger, plover, mode", [
    # guards: armed clashes stay ASSAULT; a building taken over is still seized
    ("Government troops and rebels clashed near the border, killing four people.", "clash", "ASSAULT", ""),
    ("Chilean police took over the radio station.", "took", "COERCE", "seize"),
    # regretting another party's decision stays diplomatic disapproval
    ("The Egyptian foreign ministry said it regretted the Sudanese decision to close the border.", "regret",
     "ACCUSE", "disapprove"),
    ("Italian rail workers staged a national strike on Friday.", "staged", "PROTEST", "strike"),
])
def test_still_coded(code, text, trigger, plover, mode):
    assert on(code(text), trigger) == [(plover, mode)]
