"""Event nouns that open a wire lede after its dateline (agr47): "LIMA, June 2 - Talks between Peru and Chile ... have
made progress" reports talks between the two, as the same words inside a sentence do (the tagger read the lede's
capital as a name's and the noun was lost). Sentences written for the test."""
from __future__ import annotations

import pytest
from event_helpers import roles_on


@pytest.mark.parametrize("text", [
    "LIMA, June 2 - Talks between Peru and Chile on the border dispute have made progress, officials said.",
    "BONN, May 4 - Talks between Poland and Hungary on trade have made progress, officials said.",
])
def test_talks_opening_a_lede_are_coded(code_all, text):
    roles = roles_on(code_all(text), "talks")
    assert roles and roles[0][0] == "CONSULT" and len(roles[0][1]) == 2
