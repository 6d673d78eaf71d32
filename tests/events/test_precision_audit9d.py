"""Precision fixes from a fourth round of the ninth audit (issue p9d: forecasts, conditions and
intentions coded as events) on 30 unseen BBC politics stories and Reuters-21578 wire items. Each case
is an invented sentence, coded with no confidence floor so a trigger that still fired would show up,
plus guards for scheduled acts and stated intentions, which stay (future) events."""
from __future__ import annotations

import pytest

PUBLISHED = "2005-02-15"


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("text, trigger", [
    # a third party's forecast of how someone will react (a stance) is no act
    ("Hungarian officials were certain to oppose the Austrian proposal, diplomats said.", "oppos"),
    ("Most Danish farmers are likely to welcome the Swedish offer.", "welcom"),
    ("The Greek opposition is bound to criticise any deal with Turkey.", "critic"),
    # what terms or conditions say a party will or would do is their content, not an act
    ("The accord sets out the conditions under which Chilean troops would withdraw from the border.", "withdraw"),
    ("The new plan will fix the terms on which Peru will seek a rescheduling of its debt.", "seek"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger", [
    # an act judged fair or reasonable is weighed, not done ("it is difficult to ..." already was)
    ("Danish ministers said it was only reasonable to ask Norway to cut its fishing quotas.", "ask"),
    ("It is only fair to ask Canada to pay for the cleanup, the senator said.", "ask"),
])
def test_judged_act_is_hypothetical(code_all, text, trigger):
    got = [e.modality for e in fired(code_all(text), trigger)]
    assert got and all(m == "hypothetical" for m in got), (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # stated intentions and scheduled acts stay future events
    ("The Irish premier will visit Belgium next week.", "visit", "AGREE"),
    ("The Irish premier plans to meet the Belgian king on Monday.", "meet", "AGREE"),
    ("The Latvian cabinet is expected to approve the treaty with Estonia on Friday.", "approv", "AGREE"),
    # a stance forecast for a set day is a scheduled act (a vote); one reported as taken is an act
    ("The Hungarian parliament is likely to oppose the Austrian proposal in a vote on Friday.", "oppos", "REJECT"),
    ("Hungarian officials opposed the Austrian proposal.", "oppos", "REJECT"),
    # a party's own pledge stays; an act that a relative clause reports of a party stays
    ("Chile said it would withdraw its troops from the border.", "withdraw", "CONCEDE"),  # manual: a future retreat
    ("Peru, which will seek help from the IMF, named a new finance minister.", "seek", "REQUEST"),
    # asking outright is a request
    ("Danish ministers asked Norway to cut its fishing quotas.", "ask", "REQUEST"),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got, (text, got)
