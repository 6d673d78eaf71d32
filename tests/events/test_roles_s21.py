"""Roles, twentieth session (rec21): an object pronoun of the second of two coordinated verbs is the
first verb's object ("intercepted a fighter and shot it down"); a proper name whose own words make it a
union or a farmers' body ("the Federation of Sugar Growers") is a party with the story's country; a state
described by its region is the story's state or the one named last; a group of MEPs acts for the EU.
Invented sentences."""
from __future__ import annotations


def _sides(code_all, text, event):
    return [(sorted({a.code for a in e.actor if a.code}), sorted({a.code for a in e.recipient if a.code}))
            for e in code_all(text) if e.event == event]


def test_it_after_a_coordinated_verb_is_the_first_object(code_all):
    text = ("Syrian jets took off from a base near Damascus on Monday. During the patrol, Syrian jets met an "
            "Israeli drone over the valley and shot it down, the army said.")
    got = _sides(code_all, text, "ASSAULT")
    assert got and any(rec == ["ISR"] for _, rec in got), got


def test_a_named_union_takes_the_story_country(code_all):
    text = ("Prices of bread and fuel rose sharply in Hungary this month. The Hungarian government says the "
            "rises are needed. The National Federation of Workers Unions warned on Tuesday it would fight the "
            "price rises. Hungary's unions say wages have not kept pace.")
    got = [(sorted({a.code for a in e.actor if a.code})) for e in code_all(text)
           if any("Federation" in a.entity_text for a in e.actor)]
    assert got and all(codes == ["HUN"] for codes in got), got


def test_region_description_takes_the_state_named_before(code_all):
    text = ("Chad's army fought rebels near the eastern border on Monday. The central African country accused "
            "Sudan of arming the rebels.")
    got = _sides(code_all, text, "ACCUSE")
    assert got and all(act == ["TCD"] for act, _ in got), got


def test_a_group_of_meps_is_the_eu(code_all):
    text = "Only three MEPs backed the draft directive at the committee meeting on Wednesday."
    got = _sides(code_all, text, "SUPPORT")
    assert got and all(act == ["EUR"] for act, _ in got), got


def test_parties_that_sign_together_are_each_others_recipients(code_all):
    got = _sides(code_all, "Ghana and the World Bank signed a 90 million dollar credit for rural roads on Monday.",
                 "SUPPORT")
    assert got and any(act == ["GHA", "IGO"] and rec == ["GHA", "IGO"] for act, rec in got), got


def test_states_that_establish_ties_are_each_others_recipients(code_all):
    got = _sides(code_all, "Fiji and Chile established diplomatic relations in March.", "SUPPORT")
    assert got and any(act == ["CHL", "FJI"] and rec == ["CHL", "FJI"] for act, rec in got), got


def test_signing_a_text_aimed_at_a_third_state_keeps_its_target(code_all):
    got = _sides(code_all, "Norway and Denmark signed a joint letter of protest to Iran.", "SUPPORT")
    assert all(rec != ["DNK", "NOR"] for _, rec in got), got


def test_a_person_introduced_as_an_igo_official_keeps_that_body(code_all):
    text = ("Lena van Holt, a senior director of the World Health Organization, arrived in Lima on Monday for "
            "talks on the outbreak. Van Holt criticised the Peruvian government over its slow response.")
    got = [sorted({a.code for a in e.actor if a.code}) for e in code_all(text)
           if e.event == "ACCUSE" and any("Holt" in a.entity_text for a in e.actor)]
    assert got and all(codes == ["IGO"] for codes in got), got  # the WHO, a UN agency: IGO (session 24)
