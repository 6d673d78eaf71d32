"""Passive readings the parse hides (rol45): a participle with a "by" agent parsed with an active subject and no
perfect "have" is a passive whose subject is hit; a passive verb coordinated after another, with no subject of its
own, is done to the shared subject; a casualty participle set off by a comma after a noun ("a farmer, killed in a
gunbattle with X") tells of that noun even where the parser hangs it on the main verb. Every sentence is invented."""
from __future__ import annotations

import pytest
from event_helpers import roles_on


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Three Greek freighters attacked near the strait by Somali pirates on Monday have reached port, officials said.",
     "attacked", "SOM", "GRC"),
    ("The Turkish soldier was badly wounded near the border and was later shot dead by Syrian troops.",
     "shot", "SYR", "TUR"),
    ("Calm in the region was broken by the death of an Iraqi farmer, killed in a gunbattle with Turkish troops "
     "near the border.", "killed", "TUR", "IRQ"),
])
def test_hidden_passive_keeps_doer_and_victim_apart(code, text, trigger, actor, recipient):
    assert ("ASSAULT", [actor], [recipient]) in roles_on(code(text), trigger)


def test_perfect_with_agent_like_phrase_stays_active(code):
    # "have attacked": a perfect, not a passive; the subject acts
    assert ("ASSAULT", ["RUS"], ["UKR"]) in roles_on(
        code("Russian forces have attacked Ukrainian positions near the river, the army said."), "attacked")
