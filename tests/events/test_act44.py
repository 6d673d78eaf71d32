"""act44: wrong actors. "Our forces" in a speaker's words are the speaker's side, not the party named last.
Invented sentences."""
from __future__ import annotations

from event_helpers import roles_on

PUBLISHED = "1987-05-18"


def test_our_forces_are_the_speaker_s_not_the_party_named_last(code_all):
    text = ("Iraq said it repelled an Iranian assault near its port of Basra. An Iraqi field commander said two "
            "Iranian brigades were destroyed. He said \"Our forces are still repelling the enemy offensive.\"")
    roles = [r for r in roles_on(code_all(text), "repelling") if r[0] == "ASSAULT"]
    assert roles and "IRN" not in roles[0][1]
