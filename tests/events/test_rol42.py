"""Leads of the rol42 helper. A named party that a passive raising verb says will act ("was expected to fly to
Paris", "is scheduled to visit Chile") is the one who acts; a bare common-noun subject ("ministers are expected
to meet") stays unplaced. Invented sentences."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipe(pipeline):
    return pipeline  # the session's shared pipeline (tests/conftest.py): no second model load


def _events(pipe, text):
    doc = pipe.process_text(text, published="1990-05-02")
    return [(ev.event, [a.code for a in ev.actor], [r.code for r in ev.recipient]) for ev in doc.events]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Norwegian Foreign Minister Olsen was expected to fly to Paris on Friday for talks on fishing.", "NOR", "FRA"),
    ("Argentine President Aldana is scheduled to visit Chile next month.", "ARG", "CHL"),
])
def test_named_subject_of_raising_passive_travels(pipe, text, actor, recipient):
    got = [e for e in _events(pipe, text) if e[0] in ("AGREE", "CONSULT")]
    assert got and got[0][1] == [actor] and recipient in got[0][2], got

