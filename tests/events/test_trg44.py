"""Trigger session trg44: a party's stated unwillingness to cooperate ("is unwilling to accept", "was not prepared
to withdraw") is a refusal (REJECT), as "will not accept" is. Sentences written for these tests."""
from __future__ import annotations

import pytest
from event_helpers import roles_on, types_on

PUBLISHED = "1987-05-12"


# --- unwillingness -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, actor", [
    ("Peru has so far been unwilling to accept any offer that would cut its fishing quota.", "accept", "PER"),
    ("Chile is unwilling to negotiate with Bolivia over the corridor.", "negotiat", "CHL"),
    ("Greece is not prepared to withdraw its objections to the Turkish plan.", "withdraw", "GRC"),
    ("Norway was not willing to discuss the cod quotas with Iceland.", "discuss", "NOR"),
])
def test_a_stated_unwillingness_to_cooperate_is_a_refusal(code_all, text, trigger, actor):
    got = roles_on(code_all(text), trigger)
    assert got and all(t == "REJECT" for t, _, _ in got), got
    assert any(actor in a for _, a, _ in got), got


def test_willingness_stays_an_offer(code_all):
    assert types_on(code_all("Norway is willing to discuss the cod quotas with Iceland."), "discuss") == ["AGREE"]


@pytest.mark.parametrize("text, trigger", [
    ("Chile is not ready to sign the accord with Bolivia yet.", "sign"),  # timing, no refusal
    ("Peru is reluctant to accept the offer from Ecuador.", "accept"),  # a hesitation
])
def test_hesitation_is_no_refusal(code_all, text, trigger):
    assert "REJECT" not in types_on(code_all(text), trigger)
