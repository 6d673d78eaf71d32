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


# --- "another" as an object: one more of the first object's kind ------------------------------------

def test_another_has_the_owner_of_the_object_before(code_all):
    events = _find(code_all("Kenya hosted Egyptian officials on Monday. Ugandan jets bombed one Sudanese army "
                            "depot and destroyed another."), "ASSAULT")
    assert len(events) >= 2 and all(_codes(e.recipient) == {"SDN"} for e in events)


def test_another_of_something_names_its_own(code_all):
    # "another of ..." carries its own noun: it is not borrowed from the object before.
    from eventwire.events._roles import _elided_object
    from eventwire.nlp import load_nlp
    doc = load_nlp()("The army shelled one village and burnt another of the rebels' camps.")
    another = next(t for t in doc if t.lower_ == "another")
    assert _elided_object(another) is None


# --- a place that only says where a body sits is no party ------------------------------------------

def test_a_body_s_seat_is_no_recipient(code_all):
    events = _find(code_all("Brazil said it could take Canada to the WTO, the Geneva-based trade body, "
                            "if Ottawa imposed the tariffs."), "SANCTION")
    assert events and "CHE" not in _codes(events[0].recipient)


def test_a_town_that_is_no_seat_can_still_be_the_recipient(code_all):
    events = _find(code_all("Washington imposed tariffs on goods from Geneva on Monday."), "SANCTION")
    assert events and "CHE" in _codes(events[0].recipient)


# --- an actor the report calls unidentified has no country --------------------------------------------

def test_unidentified_attackers_take_no_country_from_the_story(code_all):
    events = _find(code_all("Egyptian warships entered the Red Sea on Sunday. Unidentified jets attacked "
                            "three Sudanese oil rigs early on Monday."), "ASSAULT")
    assert events and not {a.code for a in events[0].actor} - {None}
    assert "SDN" in _codes(events[0].recipient)


def test_named_attackers_keep_their_country(code_all):
    events = _find(code_all("Egyptian warships entered the Red Sea on Sunday. Sudanese jets attacked "
                            "three Eritrean oil rigs early on Monday."), "ASSAULT")
    assert events and _codes(events[0].actor) == {"SDN"}


# --- a party family's namesake: the Republicans of an Italian story ----------------------------------

def test_the_republicans_of_a_story_about_italy_are_italian():
    from eventwire.actors import find_actor_mentions
    text = ("Italian President Francesco Cossiga met party leaders in Rome. Italy faces a government crisis. "
            "Cossiga will hold talks with the Communists, Republicans and Liberals.")
    assert {e.code for e in find_actor_mentions(text) if e.text == "Republicans"} == {"ITA"}


def test_the_republicans_of_a_story_about_the_us_stay_american():
    from eventwire.actors import find_actor_mentions
    text = "Republicans in Congress criticised President Reagan's budget on Monday."
    assert {e.code for e in find_actor_mentions(text) if e.text == "Republicans"} == {"USA"}


# --- a bare "Congress" ----------------------------------------------------------------------------------

def test_a_bare_congress_in_a_story_about_a_state_with_a_diet_is_the_us_congress(code_all):
    events = _find(code_all("Japan's trade minister said on Monday that tariffs would hurt exports. "
                            "Congress is pressing for sanctions against Japan."), "REQUEST")
    assert events and _codes(events[0].actor) == {"USA"}


def test_a_bare_congress_in_a_story_about_brazil_is_brazil_s(code_all):
    events = _find(code_all("Brazil's president met Argentine officials on Monday. "
                            "Congress later voted to impose sanctions on Paraguay."), "SANCTION")
    assert events and _codes(events[0].actor) == {"BRA"}


def test_a_congress_that_names_its_country_keeps_it(code_all):
    events = _find(code_all("Prime Minister Shinzo Abe pressed the Congress in Japan to revise the constitution."),
                   "REQUEST")
    assert not [e for e in events if "USA" in _codes(e.recipient)]


# --- "He said he ...": the second pronoun goes on with the first -----------------------------------

def test_he_inside_his_own_report_is_the_one_reporting(code_all):
    events = [e for e in code_all("Prime Minister Ichiro Tanaka of Japan arrived in Ottawa on Monday. He said he "
                                  "hopes to hold talks with Prime Minister Jean Tremblay of Canada. He said he "
                                  "plans to discuss fishing quotas.")
              if any(a.entity_text == "he" for a in e.actor)]
    assert events and all(_codes(e.actor) == {"JPN"} for e in events)


# --- a first-person possessive is the speaker's --------------------------------------------------------

def test_my_is_the_speaker(code_all):
    events = code_all('"My visit to Canada will be the most important of all," the Japanese prime minister said.')
    assert events and all("JPN" in _codes(e.actor) for e in events)


def test_a_verbless_piece_cut_off_by_a_line_break_is_stepped_over(code_all):
    # Wire copy broken across lines can leave "leaders." as a sentence of its own; the pronoun after it
    # goes on with the subject of the sentence that piece ends.
    text = ("Prime Minister Ichiro Tanaka of Japan arrived in Ottawa on Monday.\n"
            "    While in Ottawa, he said he hopes to have candid and\n"
            "frank discussions with Prime Minister Jean Tremblay and provincial\n"
            "leaders. He said he plans to discuss fishing quotas.\n")
    events = [e for e in code_all(text) if e.explanation.trigger == "discuss"]
    assert events and _codes(events[0].actor) == {"JPN"}


# --- r13's coder rule (in _coder._fill_parties): a pair's hostile act with no target named -----------------

def test_a_pair_s_hostile_act_with_no_target_is_at_each_other(code_all):
    events = [e for e in code_all("India and Pakistan traded fire on Monday. Both countries massed troops along "
                                  "the border.") if e.event == "MOBILIZE"]
    assert events and {a.code for a in events[0].actor} == {"IND", "PAK"}
    assert {r.code for r in events[0].recipient} == {"IND", "PAK"}


def test_a_pair_s_cooperative_act_keeps_no_recipient(code_all):
    events = [e for e in code_all("India and Pakistan held talks on Monday. Both countries agreed to expand trade.")
              if e.event in ("SUPPORT", "AGREE", "COOPERATE")]
    assert events and not [r for r in events[0].recipient if r.code in ("IND", "PAK")]


def test_a_pair_that_signs_together_is_each_others_recipient(code_all):
    # rec21: what two parties sign with each other binds each to the other (the article golds list both
    # sides of a signing on both sides), unlike an agreement to act that may stay in prospect.
    events = [e for e in code_all("India and Pakistan held talks on Monday. Both countries signed a trade pact.")
              if e.event in ("SUPPORT", "AGREE", "COOPERATE")]
    assert events and {r.code for r in events[0].recipient} == {"IND", "PAK"}
