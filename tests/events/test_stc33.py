"""stc33: the other country of a two-country story stands in for an act's target only where the clause names
none of its own; people or a body that is no state's agent ("pleaded with fans", "urged shareholders to") is
one (invented stories)."""
from __future__ import annotations

import pytest
from story_helpers import inferred as _inferred

PUBLISHED = "2005-03-01"
BORDER_ROW = ("Kenya and Tanzania have argued over a border crossing for weeks. Kenyan officials say Tanzanian guards "
              "closed the crossing in May. Tanzania denies the charge. Kenyan and Tanzanian ministers met in Arusha in "
              "June without result. ")


def _event_of(events, sentence):
    found = [e for e in events if e.sentence.strip() == sentence]
    assert found, [(e.event, e.sentence) for e in events]
    return found[0]


@pytest.mark.parametrize("sentence", [
    "Kenyan police have pleaded with stranded traders not to block the road.",
    "Kenya's sports minister pleaded with fans to stay at home.",
    "Kenyan police appealed to fans not to travel to the match.",
    "Kenya's finance minister urged shareholders to hold on to their stakes.",
])
def test_people_the_clause_names_are_the_target_not_the_other_country(code_all, sentence):
    ev = _event_of(code_all(BORDER_ROW + sentence), sentence)
    assert ev.event == "REQUEST" and [a.code for a in ev.actor] == ["KEN"]
    assert not _inferred(ev.recipient)
    assert any("no state" in n for n in ev.explanation.notes)


@pytest.mark.parametrize("sentence", [
    "Kenya urged calm on Tuesday.",
    "Kenya pleaded with the authorities to reopen the crossing.",
    # force in a two-country conflict falls on the other side's people
    "Kenyan troops clashed with stone-throwing youths at the crossing.",
    # a bare noun of the act is what is done, not whom it is aimed at
    "Kenya's trade minister expressed opposition to the plan.",
])
def test_with_no_target_or_a_state_s_agents_the_other_country_stays(code_all, sentence):
    ev = _event_of(code_all(BORDER_ROW + sentence), sentence)
    assert [a.code for a in ev.actor] == ["KEN"]
    assert _inferred(ev.recipient) == [("TZA", None)]
