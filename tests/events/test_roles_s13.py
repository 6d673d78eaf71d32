"""Role resolution, thirteenth session: the order in which a subject pronoun's antecedents are tried,
and "the two countries" / "both sides" as the pair of parties just named. Invented sentences."""
from __future__ import annotations


def _find(events, type_):
    return [e for e in events if e.event == type_]


def _codes(parties):
    return {p.code for p in parties}


# --- a subject pronoun tries the clauses above it before those nested further in ------------------

def test_it_is_the_subject_one_clause_up_not_the_one_inside_its_finding(code_all):
    events = _find(code_all("The minister said that once Canada finds that Brazil has stopped dumping steel "
                            "it will lift the tariffs it imposed on Brazilian mills."), "SANCTION")
    assert events and _codes(events[0].actor) == {"CAN"}


def test_it_still_takes_the_nearest_subject_of_a_level_clause(code_all):
    # No clause above another here: the nearer subject of the same level still wins.
    events = _find(code_all("While Canada needs steel, Brazil has imposed quotas and it has threatened "
                            "to raise tariffs on Canadian cars."), "THREATEN")
    assert events and _codes(events[0].actor) == {"BRA"}


def test_a_second_it_goes_on_with_the_first(code_all):
    events = _find(code_all("The trade office said Canada believes Mexico cheated, but it will lift the duties "
                            "it imposed on Mexican avocados."), "SANCTION")
    assert events and _codes(events[0].actor) == {"CAN"}


# --- "the two countries", "both sides": the pair just named ----------------------------------------

def test_the_two_countries_are_the_pair_named_before(code_all):
    events = [e for e in code_all("Kenya and Uganda held talks in Nairobi on Monday. "
                                  "The two countries agreed to reopen their border.")
              if any(a.entity_text == "countries" for a in e.actor)]
    assert events and _codes(events[0].actor) == {"KEN", "UGA"}


def test_both_sides_accusing_each_other_are_both_actors(code_all):
    events = _find(code_all("Kenya and Uganda held talks in Nairobi on Monday. "
                            "Later both sides accused each other of breaking the truce."), "ACCUSE")
    assert events and _codes(events[0].actor) == {"KEN", "UGA"}


def test_a_coordinated_pair_wins_over_a_later_third_party(code_all):
    events = code_all("Kenya and Uganda held talks in Nairobi on Monday. The United States welcomed the "
                      "meeting. Both governments then signed a trade pact.")
    got = [e for e in events if any(a.entity_text == "governments" for a in e.actor)]
    assert got and _codes(got[0].actor) == {"KEN", "UGA"}
    assert all(a.sector == "GOV" for a in got[0].actor)


def test_a_pair_phrase_that_names_its_own_members_keeps_them(code_all):
    events = _find(code_all("Turkey welcomed the plan. The two states that border the lake, Chad and Niger, "
                            "condemned the plan."), "ACCUSE")
    assert not [e for e in events if "TUR" in _codes(e.actor)]


def test_a_war_feared_between_the_two_countries_is_not_a_clause_of_theirs(code_all):
    events = code_all("Kenya and Uganda held talks on Monday, as fears grew of a war between the two countries.")
    assert not [e for e in events if e.event == "ASSAULT" and _codes(e.actor) == {"KEN", "UGA"}]


def test_the_two_parties_of_a_home_story_are_not_a_pair_of_countries(code_all):
    events = code_all("Labour and the Conservatives argued in parliament. Both parties accused the Speaker of bias.")
    assert not [e for e in events for a in e.actor if a.entity_text == "parties" and a.code != "GBR"]


def test_both_sides_of_a_thing_are_no_pair_of_parties(code_all):
    events = code_all("Kenya and Uganda held talks on Monday. The minister said the rules apply on both sides "
                      "of the lake and urged traders to obey them.")
    assert not [e for e in events for a in e.actor + e.recipient if a.entity_text == "sides"]
