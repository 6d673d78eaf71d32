""""His country", "its nation": the state the possessive's referent speaks for (trg23, ana21's fix 2d). Invented
sentences."""
from __future__ import annotations

import pytest


def _codes(parties):
    return {p.code for p in parties}


@pytest.mark.parametrize("text, state", [
    pytest.param("The Venezuelan minister said his country would supply part of Colombia's oil imports.", "VEN", id="supply"),
    pytest.param("The Iraqi envoy said his country would retaliate against any attack.", "IRQ", id="retaliate"),
])
def test_his_country_is_the_speakers_state(code, text, state):
    ev = code(text)
    assert ev and state in _codes(ev[0].actor), [(e.event, e.actor) for e in ev]
