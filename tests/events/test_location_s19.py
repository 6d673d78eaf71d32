"""Event location, twentieth session (loc19): invented stories only.

Classes: "here" in the event's clause is the dateline's town, whoever the parties are; talks between a traveller
and his hosts, in a story filed at home about his trip abroad, are held where the trip goes (its one named town);
words and decisions are not placed on a sea or gulf their sentence names; a dateline town the index lacks still
places a "here" in its country.
"""
from __future__ import annotations

import pytest

from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None) -> EventLocation:
    return location_of(pipe, text, word, kind, published="1987-04-20")


def test_here_under_a_dateline_is_the_dateline_town(pipe: Pipeline) -> None:
    text = "ZURICH, April 20 - Argentina's economy minister met a group of creditor banks here on Monday."
    loc = _loc(pipe, text, "met", "CONSULT")
    assert loc.country_code == "CHE" and loc.location_source == "dateline"


def test_a_quoted_here_is_not_the_dateline(pipe: Pipeline) -> None:
    text = ('WASHINGTON, April 20 - "We will never meet them here or anywhere," the Iranian envoy told a '
            'newspaper in Tehran.')
    loc = _loc(pipe, text, "meet")
    assert loc.location_source != "dateline" or loc.country_code != "USA"


def test_talks_of_the_traveller_with_his_host_are_held_where_the_trip_goes(pipe: Pipeline) -> None:
    text = ("BONN, May 4 - Chancellor Helmut Kohl leaves on Sunday on a four-day visit to Washington. "
            "Talks between Kohl and President Reagan will centre on arms control.")
    loc = _loc(pipe, text, "centre")
    assert loc.country_code == "USA" and loc.extracted_place == "Washington" and loc.resolution == 4


def test_a_fight_at_sea_keeps_the_sea(pipe: Pipeline) -> None:
    text = "BAHRAIN, April 20 - Unidentified jets attacked two tankers in the Red Sea on Monday, shippers said."
    loc = _loc(pipe, text, "attacked", "ASSAULT")
    assert loc.extracted_place == "the Red Sea" or loc.extracted_place == "Red Sea"


# Stories whose event is placed in one country, each test's id the rule it pins.
PLACED_IN = [
    pytest.param("OTTAWA, April 20 - The Australian minister spoke after lengthy talks with the French and Italian "
                 "farm ministers here.", "talks", "CONSULT", "CAN", id="here_on_a_noun_the_event_governs"),
    pytest.param("BONN, May 4 - Chancellor Helmut Kohl leaves on Sunday on a four-day visit to Washington. "
                 "On Saturday Kohl met West German industrialists to discuss tax reform.", "industrialists", None,
                 "DEU", id="home_talks_in_a_trip_story_stay_home"),
    pytest.param("ATHENS, April 20 - Greece warned Turkey not to send its survey ship into the Aegean Sea, "
                 "a government spokesman said.", "warned", None, "GRC",
                 id="a_warning_is_not_placed_on_the_sea_it_names"),
    pytest.param("ROME, April 20 - The Italian premier voiced deep concern over the rising tension in the Red Sea.",
                 "concern", None, "ITA", id="concern_over_tension_on_a_sea_is_voiced_ashore"),
    pytest.param("ZORBIVILLE, Japan, April 20 - The Canadian minister said after informal talks with the American "
                 "and European trade ministers here that progress was possible.", "talks", "CONSULT", "JPN",
                 id="here_in_a_dateline_town_the_index_lacks"),
    pytest.param("LONDON, May 3 - The Swiss bank pleaded guilty in a U.S. court to hiding the dictator's assets.",
                 "pleaded", None, "USA", id="a_suit_brought_in_a_country_s_court_is_placed_there"),
]


@pytest.mark.parametrize("text, word, kind, country", PLACED_IN)
def test_the_event_is_placed_in_the_country(pipe: Pipeline, text: str, word: str, kind: str | None,
                                            country: str) -> None:
    assert _loc(pipe, text, word, kind).country_code == country
