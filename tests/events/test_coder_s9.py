"""Coder rules of the ninth session, each on sentences written for the test."""
from __future__ import annotations

import pytest


def test_the_act_done_with_a_means_is_the_event_not_the_using(code_all):
    events = code_all("The air force used helicopters to attack rebel positions near Kidal on Friday, the ministry said.",
                      published="2024-05-06")
    assert [e.event for e in events] == ["ASSAULT"]
    assert events[0].explanation.trigger == "attack" and events[0].modality == "asserted"


def test_using_force_stays_the_attack(code_all):
    events = code_all("Riot police used force to disperse the crowd in Lusaka.", published="2024-05-06")
    assert "ASSAULT" in {e.event for e in events}



@pytest.mark.parametrize("text, want", [
    ("The strike by teachers entered its third week in Nairobi.", "PROTEST"),
    ("A three-day strike by transport unions shut down Lagos.", "PROTEST"),
    ("An air strike killed six militants in Helmand.", "ASSAULT"),
])
def test_the_noun_strike_is_a_walkout_by_who_holds_it_or_how_long_it_lasts(code_all, text, want):
    assert [e.event for e in code_all(text, published="2024-05-06")] == [want]


@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile and Peru meet regularly to discuss fishing rights.",
    "Police in Minsk routinely arrest opposition activists.",
    "Every year thousands of farmers march through Lima to demand higher prices.",
])
def test_what_is_done_by_habit_is_no_event(code_all, text):
    assert not [e for e in code_all(text, published="2024-05-06") if e.confidence >= 0.45]


def test_an_act_done_again_is_still_an_event(code_all):
    assert [e.event for e in code_all("The rebels attacked the town again on Tuesday.", published="2024-05-06")] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Six workers at a fertiliser plant were hurt when a tank at the plant exploded on Thursday night.",
    "At least 40 people died of alcohol poisoning in Punjab last week.",
    "A number of gas and propane containers exploded during a fire in a garage in Verona on Monday.",
])
def test_blasts_and_deaths_nobody_caused_are_no_attack(code_all, text):
    assert not [e for e in code_all(text, published="2024-05-06") if e.event == "ASSAULT" and e.confidence >= 0.45]


def test_a_bomb_or_an_armys_tank_exploding_stays_an_attack(code_all):
    for text in ("Three soldiers were killed when a roadside bomb exploded in Kandahar.",
                 "Two people were hurt when a tank exploded near the frontline in Donetsk."):
        assert "ASSAULT" in {e.event for e in code_all(text, published="2024-05-06")}


def test_the_second_verb_of_a_called_for_act_is_its_content(code_all):
    events = code_all("The opposition leader attacked the minister, calling for him to apologise and withdraw the remarks.",
                      published="2024-05-06")
    assert "RETREAT" not in {e.event for e in events} and "REQUEST" in {e.event for e in events}


def test_a_second_act_of_the_same_actor_is_still_coded(code_all):
    events = code_all("Rebels seized the town of Kidal and withdrew from two villages.", published="2024-05-06")
    assert "RETREAT" in {e.event for e in events}


@pytest.mark.parametrize("text", [
    "DETROIT, March 4 (Reuters) - The union and the carmaker agreed on a new contract.",
    "DETROIT, MARCH 4 (Reuters) - The union and the carmaker agreed on a new contract.",
])
def test_a_dateline_with_the_date_before_the_agency_is_no_party(code_all, text):
    agreed = [e for e in code_all(text, published="1987-03-04") if e.event == "AGREE"]
    assert agreed and "DETROIT" not in {a.entity_text for a in agreed[0].actor}


def test_a_narrators_he_steps_over_a_quoted_sentence_to_the_narrators_subject(code_all):
    text = ("Opposition leader Michael Howard attacked Chancellor Gordon Brown over the budget on Tuesday. "
            "\"How can it be fair that pensioners pay more?\" he asked. He demanded an apology from the chancellor.")
    demanded = [e for e in code_all(text, published="2005-02-15") if e.explanation.trigger == "demanded"]
    assert demanded and [a.sector for a in demanded[0].actor] == ["OPP"]


def test_a_summits_venue_says_nothing_of_whose_agents_meet_there(code_all):
    met = [e for e in code_all("Mr Okafor will meet allied leaders at next week's Venice summit.", published="1987-06-01")
           if e.explanation.trigger == "meet"]
    assert met and "ITA" not in {a.code for a in met[0].actor + met[0].recipient}
    assert met[0].event_loc.country_code == "ITA"


def test_a_parallel_clause_with_its_own_subject_is_no_aim_of_the_protest(code_all):
    text = ("Thousands of Hungarian farmers marched through Budapest burning effigies of the farm minister "
            "while in Austria growers blocked roads in protest at low prices.")
    marched = [e for e in code_all(text, published="1987-06-01") if e.explanation.trigger == "marched"]
    assert marched and "AUT" not in {r.code for r in marched[0].recipient}


@pytest.mark.parametrize("text", [
    "\"We need a proper trade agreement with Chile,\" the senator said.",
    "Economists expect weaker consumer demand to slow growth in Austria.",
])
def test_a_want_or_a_commentators_expectation_is_no_event(code_all, text):
    assert not [e for e in code_all(text, published="2024-05-06") if e.confidence >= 0.45]


def test_a_party_expecting_another_to_act_still_asks_it_to(code_all):
    events = code_all("Beijing expects Washington to lift the tariffs, officials said.", published="2024-05-06")
    assert "REQUEST" in {e.event for e in events}


def test_officials_meeting_while_others_protest_are_no_crowd(code_all):
    events = code_all("The protest came as EU foreign ministers met in Brussels to discuss the crisis.", published="2024-05-06")
    met = [e for e in events if e.explanation.trigger == "met"]
    assert met and met[0].event == "CONSULT"
    crowd = code_all("Thousands of people gathered in the main square of Minsk in a peaceful protest on Sunday.",
                     published="2024-05-06")
    assert [e.event for e in crowd] == ["PROTEST"]


def test_the_writers_own_advice_is_no_event_but_a_speakers_is_a_request(code_all):
    assert not [e for e in code_all("The West should impose tougher sanctions on Moscow.", published="2024-05-06")
                if e.confidence >= 0.45]
    said = code_all("The West should impose tougher sanctions on Moscow, the senator said.", published="2024-05-06")
    assert "REQUEST" in {e.event for e in said}


def test_an_ex_officeholder_keeps_the_prefix_and_is_elite(code_all):
    events = code_all("Labour MPs criticised ex-Home Secretary David Blunkett over the visa affair.", published="2005-02-15")
    accused = [e for e in events if e.event == "ACCUSE"]
    assert accused and [(r.code, r.sector) for r in accused[0].recipient] == [("GBR", "ELI")]


def test_brussels_in_a_story_naming_the_eu_is_the_union(code_all):
    text = "The EU summit ended in Brussels on Friday. French farmers accused Brussels of betraying them."
    accused = [e for e in code_all(text, published="2005-02-15") if e.event == "ACCUSE"]
    assert accused and [r.code for r in accused[0].recipient] == ["EUR"]


def test_a_phrasal_verb_does_not_match_a_row_of_its_bare_verb_with_a_preposition(code_all):
    events = code_all("A scuffle broke out with police outside the Peruvian embassy in Quito.", published="2024-05-06")
    assert "THREATEN" not in {e.event for e in events}


@pytest.mark.parametrize("text", [
    "The Danish government imposed 20 pct anti-dumping duties on Swedish cheese.",
    "Washington slapped tariffs on Japanese electronics on Friday.",
])
def test_duties_and_tariffs_imposed_or_slapped_are_sanctions(code_all, text):
    assert "SANCTION" in {e.event for e in code_all(text, published="1987-05-02")}


@pytest.mark.parametrize("text, want", [
    ("Pakistan expressed regret over the Indian decision to close the border.", "ACCUSE"),
    ("Japan voiced deep regret at the U.S. decision to impose tariffs.", "ACCUSE"),
    ("The minister expressed regret for the killing of two protesters.", "CONCEDE"),
])
def test_regret_over_anothers_decision_disapproves_and_for_ones_own_act_concedes(code_all, text, want):
    assert [e.event for e in code_all(text, published="2024-05-06")] == [want]


@pytest.mark.parametrize("text, mode", [
    ("Opposition supporters held violent demonstrations in Dhaka on Sunday.", "riot"),
    ("Violent protests broke out in Dhaka on Sunday.", "riot"),
    ("Thousands held peaceful demonstrations in Dhaka on Sunday.", "demo"),
])
def test_a_violent_protest_is_a_riot(code_all, text, mode):
    protest = [e for e in code_all(text, published="2024-05-06") if e.event == "PROTEST"]
    assert protest and protest[0].mode == mode


def test_a_one_word_subject_after_a_dateline_stays_in_its_sentence(code_all):
    events = code_all("BRASILIA, March 5 - Brazil asked its creditor banks to delay interest payments.", published="1987-03-05")
    asked = [e for e in events if e.event == "REQUEST"]
    assert asked and [a.code for a in asked[0].actor] == ["BRA"]


def test_defending_a_countrys_position_is_support_not_a_deployment(code_all):
    events = code_all("The foreign minister strongly defended Chile's position at the talks.", published="2024-05-06")
    assert "MOBILIZE" not in {e.event for e in events}
