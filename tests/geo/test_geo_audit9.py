"""eventwire.geo and event locations: fixes from a fourth event-location audit on unseen stories (Reuters-21578
items with datelines and BBC politics/business stories); every sentence here is made up."""
from __future__ import annotations

import pytest

from geo_helpers import event_country as _event_country
from geo_helpers import place_names


@pytest.fixture(scope="module")
def pipe(no_floor_pipeline):
    return no_floor_pipeline


def test_a_town_naming_the_gathering_places_what_is_done_at_it(pipe):
    # "at next month's Lisbon summit": one acts at a gathering where it is held, even when the town is only
    # part of the gathering's name.
    text = ("LONDON, May 2 - British Prime Minister Margaret Thatcher said she would discuss farm subsidies with "
            "allied leaders at next month's Lisbon economic summit.")
    assert _event_country(pipe, text, "1987-05-02", "discuss") == "PRT"


def test_a_relative_clause_of_holding_places_what_is_done_at_the_gathering(pipe):
    # "at the summit, which will take place in Lisbon": the clause says where the gathering is.
    text = ("LONDON, May 2 - British Prime Minister Margaret Thatcher will meet the leaders of France and Germany "
            "at the summit, which will take place in Lisbon next week.")
    assert _event_country(pipe, text, "1987-05-02", "meet") == "PRT"


def test_a_date_after_a_town_does_not_glue_it_into_a_name():
    # "in Venice June 8-10", like "in London Monday": the month is the date, not part of a name.
    assert place_names("The summit will take place in Lisbon June 8-10, officials said.").get("Lisbon") == "PRT"
    assert place_names("Talks resume in Geneva March 3 between the two sides.").get("Geneva") == "CHE"


def test_where_the_actor_arrived_from_is_not_where_he_acts(pipe):
    # One is no longer where one has come back or arrived from.
    text = ("OTTAWA, May 2 - Canadian Trade Minister Pat Carney met Prime Minister Brian Mulroney on Friday after "
            "arriving from Mexico City.")
    assert _event_country(pipe, text, "1987-05-02", "met") == "CAN"


def test_the_country_owning_the_visited_place_is_where_the_visit_is(pipe):
    # "visited Uganda's biggest refugee camp": the camp is in Uganda, whatever region the trip is to.
    text = ("Danish Foreign Minister Uffe Ellemann-Jensen has visited Uganda's biggest refugee camp as he opened a "
            "five-day visit to Africa.")
    assert _event_country(pipe, text, "1987-05-02", "visited") == "UGA"


def test_a_states_own_plan_stays_home_while_its_leader_travels(pipe):
    # The trip rule moves the traveller's meetings and deals abroad, not the home state's own plans.
    text = ("CANBERRA, May 2 - Australian Prime Minister Bob Hawke sets out on Monday on a trade mission to Japan. "
            "Australia plans to lift its ban on Japanese machinery imports and give more help to poor countries, "
            "officials said.")
    # (The plan was "to increase imports of Japanese machinery" until the fifteenth session dropped bare
    # "increase", a CAMEO synonym row, from the lexicon; lifting a ban is an act the lexicon codes.)
    assert _event_country(pipe, text, "1987-05-02", "lift") == "AUS"


def test_the_traveller_still_deals_where_he_travels(pipe):
    text = ("CANBERRA, May 2 - Australian Prime Minister Bob Hawke sets out on Monday on a trade mission to Japan. "
            "He will sign a beef accord with Japanese Prime Minister Yasuhiro Nakasone.")
    assert _event_country(pipe, text, "1987-05-02", "sign") == "JPN"


def test_a_meeting_of_those_just_placed_at_talks_is_there(pipe):
    # "EU leaders are holding talks in Brussels. X is meeting his EU counterparts": the same gathering.
    text = ("European Union leaders are holding talks in Brussels on farm prices. Irish Prime Minister Bertie "
            "Ahern is meeting his EU counterparts to press for higher milk quotas.")
    assert _event_country(pipe, text, "2005-02-15", "meeting") == "BEL"


def test_a_statement_after_talks_abroad_is_not_carried_there(pipe):
    # The carry is for a meeting of the same people; a state's own words stay at home.
    text = ("European Union leaders are holding talks in Brussels on farm prices. Irish Prime Minister Bertie "
            "Ahern said Ireland would veto any cut in milk quotas.")
    assert _event_country(pipe, text, "2005-02-15", "veto") == "IRL"


def test_an_attack_on_one_foreigner_is_where_the_story_was_filed(pipe):
    # A victim's nationality says nothing of where he was attacked.
    text = "LIMA, May 2 - Gunmen shot and wounded a Swiss engineer near his home this morning, police said."
    assert _event_country(pipe, text, "1987-05-02", "wounded") == "PER"
    text = "BEIRUT, May 2 - Gunmen kidnapped a French diplomat outside his home today, police said."
    assert _event_country(pipe, text, "1987-05-02", "kidnapped") == "LBN"


def test_a_ship_hit_is_not_placed_at_the_dateline_as_a_person_would_be(pipe):
    # A tanker is no person: it is hit at sea or in its own waters, not where the story was filed.
    text = ("BAGHDAD, May 2 - An Iranian tanker was hit by a missile south of Iran's Kharg island oil terminal on "
            "Friday, shipping sources said.")
    assert _event_country(pipe, text, "1987-05-02", "hit") == "IRN"


def test_a_gatherings_venue_is_told_apart_for_callers():
    # The coder gives bare agents the country of the event's place; a summit's town is no such country.
    from eventwire.events._location import gathering_venue
    from eventwire.nlp import load_nlp

    class Town:
        resolution = 4

    doc = load_nlp()("She said she would discuss farm subsidies with allied leaders at next month's Lisbon summit.")
    town = Town()
    where = {next(t.i for t in doc if t.text == "Lisbon"): town}
    assert gathering_venue(where, next(t for t in doc if t.text == "discuss"), doc[:], town)
    doc = load_nlp()("Allied leaders held talks on farm subsidies in Lisbon.")
    where = {next(t.i for t in doc if t.text == "Lisbon"): town}
    assert not gathering_venue(where, next(t for t in doc if t.text == "held"), doc[:], town)


def test_one_person_is_told_from_a_place_a_thing_or_a_force():
    # "the man" is a person although Man is also a town; a country, a ship or troops are not one person.
    from eventwire.events._location import _lone_foreigner
    from eventwire.model import Actor

    assert _lone_foreigner([], [Actor(entity_text="the man", code="JPN", sector="UNK")])
    assert _lone_foreigner([], [Actor(entity_text="a Dutch journalist", code="NLD", sector="JRN")])
    assert not _lone_foreigner([], [Actor(entity_text="West Germany", code="DEU", sector="GOV")])
    assert not _lone_foreigner([], [Actor(entity_text="an Iranian tanker", code="IRN", sector="BUS")])
    assert not _lone_foreigner([], [Actor(entity_text="Iraqi troops", code="IRQ", sector="MIL")])
    assert not _lone_foreigner([Actor(entity_text="Israeli warplanes", code="ISR", sector="MIL")],
                               [Actor(entity_text="a Lebanese farmer", code="LBN", sector="CVL")])
