"""Parties inferred from the story (audit r8b): where the story's country is no stand-in (invented stories)."""
from __future__ import annotations

import pytest
from story_helpers import by_trigger as _by_trigger
from story_helpers import inferred as _inferred

# A story about one country (Ghana), naming no second country often enough to make a pair.
GHANA = ("Ghana's finance minister presented the budget in Accra on Wednesday. Ghana will raise spending on "
         "clinics and rural roads, the minister said. The Ghanaian government also pledged 20 million dollars "
         "to an international fund for malaria research. The minister urged other donors to contribute. "
         "Ghana's opposition criticised the budget. Ghana's president praised the minister. "
         "Ghanaian farmers welcomed the plan.")
ZAMBIA = ("Zambia's opposition held rallies across Lusaka on Saturday as anger over fuel prices grew. "
          "Zambian police said 40 protesters were arrested. Zambia's former vice-president has died at his "
          "home near Lusaka. Zambia's president has called for calm. The Zambian government raised fuel prices "
          "last month.")




@pytest.mark.parametrize("trigger", ["pledged", "urged"])
def test_a_target_outside_the_storys_country_is_not_filled_with_it(code_all, trigger):
    # "pledged money to an international fund", "urged other donors": the sentence says the target is
    # abroad or another party, so the story's own country is no stand-in for it.
    ev = _by_trigger(code_all(GHANA), trigger)
    assert [a.code for a in ev.actor] == ["GHA"]
    assert _inferred(ev.recipient) == []
    assert "GHA" not in {r.code for r in ev.recipient}


def test_a_domestic_move_on_a_domestic_target_is_still_filled(code_all):
    # The fill itself stays: the opposition's criticism is aimed at the government.
    ev = _by_trigger(code_all(GHANA), "criticised")
    assert {r.code for r in ev.recipient} == {"GHA"}


def test_the_government_is_not_guessed_as_the_agent_of_a_death(code_all):
    # "the former vice-president has died": the subject is the one affected and no one is said to have
    # acted on him; the story's government is no guess for an agent (at most its country is).
    # (Whether a death is an event at all is the type rules' business.)
    events = code_all(ZAMBIA)
    died = [e for e in events if e.explanation.trigger == "died"]
    for ev in died:
        assert ("ZMB", "GOV") not in _inferred(ev.actor), ev.actor


def test_an_agentless_passive_still_takes_the_government(code_all):
    # "40 protesters were arrested": arresting is what the state does; the guess stays.
    ev = _by_trigger(code_all(ZAMBIA), "arrested")
    assert {a.code for a in ev.actor} == {"ZMB"}


def test_an_uncoded_subject_is_one_of_the_storys_people_not_its_government(code_all):
    # "Many blame ...": the actor is the unnamed many, of the story's country; the government is no guess.
    ev = _by_trigger(code_all(ZAMBIA + " Many blame the opposition leader Mr Hichilema for the violence."), "blame")
    assert _inferred(ev.actor) == [("ZMB", None)]


def test_a_countrys_own_foreign_policy_is_no_target_abroad(code_all):
    # "criticised the foreign policy": the country's own policy, aimed at by its opposition; the
    # government stays the guess.
    ev = _by_trigger(code_all(ZAMBIA + " The opposition leader Mr Hichilema condemned the foreign policy in a "
                              "speech on Monday."), "condemned")
    assert _inferred(ev.recipient) == [("ZMB", "GOV")]
