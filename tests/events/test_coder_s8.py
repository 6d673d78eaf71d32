"""Coder rules of the eighth session, each on sentences written for the test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Mr Blake praised the plan in a telephone call with the Kenyan president on Monday.",
    "The Danish foreign minister's talks with his Swedish counterpart ran late.",
])
def test_the_party_met_with_is_the_recipient_of_a_meeting_noun(code_all, text):
    consult = [e for e in code_all(text, published="2024-05-06") if e.event == "CONSULT"]
    assert consult and {r.code for r in consult[0].recipient} & {"KEN", "SWE"}
    assert not {a.code for a in consult[0].actor} & {"KEN", "SWE"}


def test_parties_after_between_stay_actors_of_a_meeting_noun(code_all):
    consult = [e for e in code_all("Talks between Peru and Chile resumed in Lima.", published="2024-05-06")
               if e.event == "CONSULT"]
    assert consult and {a.code for a in consult[0].actor} == {"PER", "CHL"}


def test_protesters_hold_the_protest_the_police_clash_with(code_all):
    events = code_all("Riot police clashed with protesters outside the parliament in Dhaka on Sunday.", published="2024-05-06")
    protest = [e for e in events if e.event == "PROTEST"]
    assert protest and [a.sector for a in protest[0].actor] == ["CVL"]
    assert [r.sector for r in protest[0].recipient] == ["COP"]


def test_those_invited_to_talks_are_their_recipients(code_all):
    events = code_all("Representatives from Kenya, Ghana and Peru were invited to attend some of the sessions.",
                      published="2024-05-06")
    invited = [e for e in events if e.explanation.trigger == "invited"]
    assert invited and not invited[0].actor and {r.code for r in invited[0].recipient} == {"KEN", "GHA", "PER"}



def test_a_capital_spoken_to_is_no_place_of_the_request(code_all):
    events = code_all("Washington has asked Seoul to cut tariffs on 40 items, officials said on Tuesday.", published="1987-05-02")
    asked = [e for e in events if e.event == "REQUEST"]
    assert asked and asked[0].event_loc.country_code != "KOR"


def test_a_town_attacked_or_visited_is_still_where_it_happened(code_all):
    events = code_all("Troops shelled Basra on Monday. The Pope visited Kabul on Tuesday.", published="1987-05-02")
    assert {e.event: e.event_loc.country_code for e in events if e.event in ("ASSAULT", "CONSULT")} == \
        {"ASSAULT": "IRQ", "CONSULT": "AFG"}


@pytest.mark.parametrize("text", [
    "Labour attacks on the Tory leader grew sharper on Monday.",
])
def test_attacks_by_a_party_are_verbal(code_all, text):
    events = [e for e in code_all(text, published="2019-11-20") if e.explanation.trigger == "attacks"]
    assert events and {e.event for e in events} == {"ACCUSE"}


def test_party_attacks_brushed_aside_are_rejected_words_not_force(code_all):
    # (since the fourteenth session "brushed aside" is read as the phrasal verb: the attacks are what is
    # rejected, content of the REJECT like denied accusations, and never an ASSAULT)
    events = code_all("The senator brushed aside Republican attacks on his loyalty and his record.", published="2019-11-20")
    assert "REJECT" in {e.event for e in events} and "ASSAULT" not in {e.event for e in events}


def test_an_armed_groups_attacks_stay_assaults(code_all):
    events = [e for e in code_all("Hezbollah attacks on Israeli posts continued.", published="2019-11-20")
              if e.explanation.trigger == "attacks"]
    assert events and events[0].event == "ASSAULT"


def test_defying_a_ban_to_march_reports_the_march(code_all):
    events = code_all("Hundreds of workers defied a police ban to take to the streets in Lahore on Friday.", published="2024-05-06")
    assert "PROTEST" in {e.event for e in events}


def test_confident_material_conflict_is_reported_with_nobody_named(code):
    # No attacker, no resolvable place: still an analyst's row (the town is unknown to the gazetteer).
    events = code("Shops were looted and several vehicles were torched in Xyzzyville late on Saturday.", published="2024-05-06")
    assert {e.quad_code for e in events} == {4}


def test_a_count_of_injured_after_an_attack_is_its_toll(code):
    events = code("Israeli jets struck Gaza City on Monday. Two people were killed in the strikes and 40 injured.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 1


def test_what_talks_are_about_is_no_party_to_them(code_all):
    events = code_all("The Swedish envoy talked with Mr Ivanov about Afghanistan on Monday.", published="1987-05-02")
    talks = [e for e in events if e.event == "CONSULT"]
    assert talks and "AFG" not in {r.code for r in talks[0].recipient}


def test_a_recipient_is_carried_only_to_the_same_actor(code_all):
    text = ("Ghana's president praised the minister on Thursday. The opposition leader Mr Mahama then demanded "
            "a public inquiry.")
    demands = [e for e in code_all(text, published="2024-05-06") if e.event == "REQUEST"]
    assert demands and not any("minister" in r.entity_text for r in demands[0].recipient)


@pytest.mark.parametrize("text, plover", [
    ("Leaders of the Belgian coalition parties agreed to meet on Friday to try to settle their differences.", "AGREE"),
    ("The Belgian government agreed to release the prisoners.", "CONCEDE"),
])
def test_a_concession_is_the_act_agreed_not_its_purpose(code_all, text, plover):
    agreed = [e for e in code_all(text, published="2024-05-06") if e.explanation.trigger == "agreed"]
    assert agreed and agreed[0].event == plover


def test_never_before_negates_the_act():
    from eventwire.config import Config
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(Config.load().with_overrides({"events": {"min_confidence": 0.0, "report_negated": True, "verifier_min": 0.0}}))
    events = pipeline.process_text("The courts have never before overturned a ban on protests.", published="2024-05-06").events
    assert events and {e.modality for e in events} == {"negated"}


def test_an_attack_on_a_place_names_its_recipient(code_all):
    events = code_all("An attack on the Chilean embassy killed a guard.", published="2024-05-06")
    attack = [e for e in events if e.event == "ASSAULT"]
    assert attack and [r.code for r in attack[0].recipient] == ["CHL"]


def test_a_place_east_of_a_town_is_where_it_happened(code_all):
    events = code_all("KHARTOUM, May 4 - Rebels attacked an army post east of the town of Kassala.", published="1987-05-04")
    attack = [e for e in events if e.event == "ASSAULT"]
    assert attack and attack[0].event_loc.extracted_place == "Kassala"


def test_who_will_not_receive_aid_refuses_nothing(code):
    events = code("Syria will not receive any money from the fund, officials said.", published="2024-05-06")
    assert "REJECT" not in {e.event for e in events}


def test_who_came_under_attack_suffered_it(code_all):
    events = code_all("A Kenyan army convoy came under attack from Somali militiamen on Tuesday.", published="2024-05-06")
    attack = [e for e in events if e.event == "ASSAULT"]
    assert attack and "KEN" not in {a.code for a in attack[0].actor}
    assert "KEN" in {r.code for r in attack[0].recipient}
