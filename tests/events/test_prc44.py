"""prc44: a need hedged by "would", "could", "might" or "may" in reported speech ("said Italy would have to abandon
the wider band") forecasts what a course will require and asks it of no one: no REQUEST. Invented sentences."""
from __future__ import annotations

import pytest

from event_helpers import events_on


@pytest.mark.parametrize("text", [
    "The Ghanaian finance minister said Togo would eventually have to abandon its fixed exchange rate.",
    "President Kofi Mensah said Ghana might have to suspend cocoa exports for three months because of the floods.",
])
def test_a_hedged_need_in_reported_speech_asks_nothing(code_all, text):
    assert not [e for e in code_all(text) if e.event == "REQUEST"]


@pytest.mark.parametrize("text", [
    "The Ghanaian opposition leader said the prime minister had to resign over the cocoa scandal.",
    "The Ghanaian opposition leader said the prime minister must resign over the cocoa scandal.",
])
def test_an_unhedged_need_in_reported_speech_still_demands(code_all, text):
    assert any(e.event == "REQUEST" for e in events_on(code_all(text), "resign"))
