"""What a request or an aim holds, less the facts it tells on the way (trg23, ana21's fix 2c); a counted sum of
aid received keeps the giver as actor. Invented sentences."""
from __future__ import annotations

import pytest


def _found(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


@pytest.mark.parametrize("text", [
    pytest.param("The governor asked the army to restore order after 14 people died in clashes in Jos.", id="request_after"),
    pytest.param("Police were sent to evacuate residents after rebels attacked the town.", id="aim_after"),
])
def test_a_past_time_clause_inside_a_request_or_aim_is_told(code, text):
    assert _found(code(text), "ASSAULT"), [(e.event, e.modality) for e in code(text)]


def test_what_is_asked_for_stays_content(code):
    assert not _found(code("The United Nations asked both sides to stop attacking villages in the north."), "ASSAULT")


def test_a_sum_of_aid_received_keeps_the_giver_as_actor(code):
    ev = _found(code("Zambia received 30 mln dlrs of aid from Sweden last year."), "AID")
    assert ev and "SWE" in _codes(ev[0].actor) and "ZMB" in _codes(ev[0].recipient), [(e.actor, e.recipient) for e in ev]
