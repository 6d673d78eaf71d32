"""A body with a code many bodies share (IGO, NGO) acting on another such body keeps it as recipient (session 25,
blc25): "Warsaw Pact ministers accused NATO" is IGO -> IGO, not an act on itself. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _events(pipe, text, kind):
    doc = pipe.process_text(text, published="1987-05-04")
    return [([a.code for a in ev.actor], [a.code for a in ev.recipient], [a.entity_text for a in ev.recipient])
            for ev in doc.events if ev.event == kind]


@pytest.mark.parametrize("text,kind,code", [
    ("The Arab League condemned the OAU for its silence on the raid.", "ACCUSE", "IGO"),
    ("Comecon leaders accused NATO of preparing for war.", "ACCUSE", "IGO"),
    ("Amnesty International accused the Red Cross of ignoring the prisoners.", "ACCUSE", "NGO"),
])
def test_one_shared_code_body_acting_on_another_keeps_it(pipe, text, kind, code):
    got = _events(pipe, text, kind)
    assert got and got[0][0] == [code] and got[0][1] == [code], got


def test_a_body_acting_on_its_own_members_is_still_no_recipient_of_itself(pipe):
    # "its" people are the actor's own; nothing new is named
    for actors, recipients, texts in _events(pipe, "NATO withdrew its troops from the border zone.", "RETREAT"):
        assert "IGO" not in recipients or any("nato" not in t.lower() and "its" not in t.lower() for t in texts)
