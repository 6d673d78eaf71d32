"""Role resolution, sixteenth session: an uncoded opposition is the opposition of the state whose government
the story names; a title before a surname repeats the person named in full before; the bare "Labor" of an
Australian story acts. Invented sentences."""
from __future__ import annotations


def _codes(parties):
    return {p.code for p in parties}


def test_the_opposition_is_of_the_state_whose_government_the_story_names(code_all):
    events = code_all("Prime Minister John Howard announced new spending on Monday after visiting troops bound for "
                      "Afghanistan. The Opposition has demanded that the Government release the full costs.")
    hits = [e for e in events if any("Opposition" in a.entity_text for a in e.actor)]
    assert hits and _codes(hits[0].actor) == {"AUS"}


def test_an_opposition_named_before_keeps_its_state(code_all):
    events = code_all("Kenya's opposition leader Raila Odinga met diplomats from Britain in Nairobi. Later the "
                      "opposition demanded a recount of the votes.")
    hits = [e for e in events if any(a.entity_text.lower().startswith("the opposition") for a in e.actor)]
    assert hits and "GBR" not in _codes(hits[0].actor)


def test_a_title_before_a_surname_repeats_the_person_named_before(code_all):
    events = code_all("Australian Senator Mark Quill met French officials in Paris on Monday. On Tuesday, Senator Quill "
                      "urged France to end its nuclear tests in the Pacific.")
    hits = [e for e in events if e.event == "REQUEST"]
    assert hits and _codes(hits[0].actor) == {"AUS"}


def test_bare_labor_acts_in_an_australian_story(code_all):
    events = code_all("Prime Minister John Howard defended the budget in Canberra. Labor has demanded a "
                      "parliamentary inquiry into the spending.")
    hits = [e for e in events if e.event == "REQUEST"]
    assert hits and _codes(hits[0].actor) == {"AUS"}
