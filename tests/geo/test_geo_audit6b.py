"""eventwire.geo and event locations: fixes from a further audit on unseen news (17 Reuters-21578 wire stories
with datelines, 8 BBC politics/business stories); every sentence here is made up."""
from __future__ import annotations

import pytest

from eventwire.geo import find_places, is_metonymic
from geo_helpers import by_trigger as _by_trigger
from geo_helpers import place_names as _names


def test_a_number_counting_time_after_a_town_is_not_part_of_its_name():
    # "London 13 years ago": the number counts years, it does not make "London 13" a longer name.
    assert _names("She settled in London 12 years ago after fleeing the war.").get("London") == "GBR"
    assert _names("The envoys met in Moscow 10 days later to sign it.").get("Moscow") == "RUS"


def test_a_famous_town_beats_its_namesake_in_the_story_country():
    # A story naming the United States does not turn Venice or Geneva into their small American namesakes.
    text = ("The U.S. delegation said Washington would raise the matter at the summit in Venice and at the "
            "arms talks in Geneva.")
    got = _names(text)
    assert got.get("Venice") == "ITA" and got.get("Geneva") == "CHE"
    # Nor does its use in a name elsewhere in the story ("the Venice Economic Summit") make it no place.
    text = ("WASHINGTON, May 3 - U.S. officials will raise farm subsidies at the Venice Economic Summit.\n"
            "The U.S. will push for reform at the Venice meeting, they said.\n")
    assert _names(text, dateline="WASHINGTON").get("Venice") == "ITA"
    # A qualifier still picks the namesake.
    assert _names("Retirees in Naples, Florida, voted early.").get("Naples") == "USA"


def test_a_small_town_named_before_index_is_a_share_index():
    got = _names("In Frankfurt the Dax index slipped, while France's Cac index rose.")
    assert "Dax" not in got and got.get("Frankfurt") == "DEU"


def test_a_seat_of_power_before_a_gathering_is_where_it_met():
    text = "The Downing Street talks ended late, and a crowd waited near 10 Downing Street for news."
    places = find_places(text)
    seats = [p for p in places if p.text == "Downing Street"]
    assert len(seats) == 2 and not any(is_metonymic(p, text) for p in seats)
    # Speaking, it is still the government.
    said = "Downing Street said the talks had failed."
    assert all(is_metonymic(p, said) for p in find_places(said) if p.text == "Downing Street")


@pytest.fixture(scope="module")
def pipe(no_floor_pipeline):
    return no_floor_pipeline


def test_pressure_from_a_country_is_not_where_the_act_happened(pipe):
    text = ("SEOUL, May 3 - South Korea agreed last month, under pressure from the United States, to cut tariffs "
            "on farm goods.\n")
    event = _by_trigger(pipe.process_text(text, published="1988-05-04").events, "agreed")
    assert event.event_loc.country_code == "KOR"


def test_an_international_body_speaks_at_the_dateline(pipe):
    text = ("KUALA LUMPUR, May 3 - Trade ministers of the Association of South-east Asian Nations (ASEAN) said "
            "they expect closer trade ties with Canada.\n")
    event = _by_trigger(pipe.process_text(text, published="1988-05-04").events, "expect")
    assert event.event_loc.country_code == "MYS"


def test_a_deed_is_not_moved_to_the_dateline_by_words_spoken_here(pipe):
    # The minister speaks "here" (at the dateline), but an arrest at home happened at home.
    text = ("BONN, May 3 - Ruritania's finance minister told reporters here that aid talks went well.\n"
            "He said the loans were needed because Thai troops arrested opposition leaders last year.\n")
    event = _by_trigger(pipe.process_text(text, published="1988-05-04").events, "arrested")
    assert event.event_loc.country_code == "THA"
