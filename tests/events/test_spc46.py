"""An act that is the content of a speaker's expectation (spc46): "confident of an accord", "optimistic the sides
could reach agreement", "hopeful that Egypt would sign". PLOVER codes what happened or is announced, not a guess at
what will come, so no event is coded on it. A party's own stated plan ("expects to sign") or readiness ("ready to
sign") stays. Sentences written for the test."""
from __future__ import annotations

import pytest
from event_helpers import types_on


@pytest.mark.parametrize("text, trigger", [
    ("The Brazilian finance minister said he was confident of a prompt accord with the creditor banks.", "accord"),
    ("Senior French officials said they were optimistic that Germany and Italy could reach agreement on a pact.",
     "reach"),
    ("Israeli officials said they were hopeful that Egypt would sign the agreement next week.", "sign"),
    ("Officials in Cairo were pessimistic that Israel would withdraw its troops from Gaza.", "withdraw"),
    ("Indian officials said they were hopeful of reaching an accord with Pakistan.", "reach"),
    # the parser hangs the clause on "said", beside the "be" of the adjective
    ("Peru's finance minister said he was cautiously optimistic an accord on rescheduling would be reached with "
     "the creditor banks.", "reached"),
])
def test_expected_outcome_is_no_event(code_all, text, trigger):
    assert types_on(code_all(text), trigger) == []


@pytest.mark.parametrize("text, trigger, plover", [
    ("Japan's trade minister said he expects to sign the trade agreement with South Korea next week.", "sign",
     "AGREE"),
    ("Iran said it was ready to sign the agreement with Russia.", "sign", "AGREE"),
])
def test_stated_plan_stays(code_all, text, trigger, plover):
    assert plover in types_on(code_all(text), trigger)


def test_act_in_a_clause_beside_the_expectation_stays(code_all):
    # the signing is told as done; only the mood after it is the adjective's
    text = "Russian President Vladimir Putin was confident after he signed the agreement with Iran."
    assert types_on(code_all(text), "signed")
