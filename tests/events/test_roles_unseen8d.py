"""Targets named inside an infinitive (audit 8d): the aim of a hostile act ("fired missiles to hit X") and
the act a trigger completes ("refused to allow X to ...", "agreed to meet X") name the target when the
sentence also names other parties. Invented sentences."""
from __future__ import annotations

import pytest


def _in(events, kind):
    found = [e for e in events if e.event == kind]
    assert found, [(e.event, e.sentence[:60]) for e in events]
    return found[0]


@pytest.mark.parametrize("text, kind, target, not_target", [
    # A hostile aim: its object is the target, not a place the sentence also names.
    ("Iran fired missiles near Kuwait to hit a U.S.-owned ship.", "ASSAULT", "USA", "KWT"),
    ("Syria massed tanks near Lebanon to attack Israeli positions.", "MOBILIZE", "ISR", "LBN"),
    # The completed act: who is allowed, or met, is the target.
    ("During the raids on Libya, France refused to allow Soviet troops to cross its territory.", "REJECT", "RUS", "LBY"),
    ("During the raids on Libya, France refused to allow Japan-based Soviet troops to cross its territory.", "REJECT",
     "RUS", "JPN"),  # where they are based is not whose they are
    ("Citing the dispute with Chile, Peru agreed to meet Bolivian envoys.", "AGREE", "BOL", "CHL"),
])
def test_the_infinitives_object_is_the_target(code_all, text, kind, target, not_target):
    codes = {r.code for r in _in(code_all(text), kind).recipient}
    assert target in codes and not_target not in codes, codes


def test_a_protective_aim_names_no_target(code_all):
    # "to escort Kuwaiti tankers": whom the warships are for, not whom they are sent against.
    ev = _in(code_all("The United States sent warships to escort Kuwaiti tankers near Iran."), "MOBILIZE")
    assert "KWT" not in {r.code for r in ev.recipient}, ev.recipient
