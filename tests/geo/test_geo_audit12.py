"""Event-location audit of the twelfth session (l12): invented stories only.

A traveller a story filed at home has setting out ("Fenwick, who leaves for South Korea tomorrow") meets the
people of the country visited there, and does there what the sentence says is done on the trip ("during his
visit", "during the trip"). Guards: the traveller's state acting at home, and "we" (the nation) in a sentence about
the trip.

A place in the press audience a report is made to ("the oil minister told a news conference in Tehran") is not
where the reported event happened when the story has placed its events elsewhere; a place in the reported clause
itself still wins. A place in the object of "since" ("for the first time since their meeting in Geneva") is the
place of the earlier event, unless the event is told inside that phrase ("since their talks in Paris, where they
agreed ...").

``location_source`` says which story-level rule placed an event: "story visit", "story gathering", "story".
"""
from __future__ import annotations

import pytest
from geo_helpers import by_trigger

from eventwire.model import EventLocation
from eventwire.config import Config
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are one-sentence fixtures of the coder (see tests/conftest.py's pipeline).
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, trigger: str) -> EventLocation:
    return by_trigger(pipe.process_text(text, published="1987-05-03").events, trigger).event_loc


TRIP = ("LONDON, April 3 - British Trade Minister John Fenwick, who leaves for South Korea tomorrow, said he would "
        "seek wider access for British banks during his visit. During the trip Fenwick will meet South Korean "
        "finance officials. Britain has protested against Seoul's curbs on foreign insurers. Fenwick added that "
        "during his visit he would be making plain that we allow Korean banks free access to our markets.")


def test_what_a_traveller_will_do_during_his_visit_is_done_in_the_country_visited(pipe: Pipeline) -> None:
    loc = _loc(pipe, TRIP, "seek")
    assert loc.country_code == "KOR" and loc.location_source == "story visit"


def test_a_traveller_leaving_for_a_country_meets_its_officials_there(pipe: Pipeline) -> None:
    assert _loc(pipe, TRIP, "meet").country_code == "KOR"


def test_the_travellers_state_protesting_at_home_stays_at_the_dateline(pipe: Pipeline) -> None:
    assert _loc(pipe, TRIP, "protested").country_code == "GBR"


def test_we_the_nation_in_a_sentence_about_the_trip_stays_at_home(pipe: Pipeline, no_type_chooser) -> None:
    assert _loc(pipe, TRIP, "allow").country_code == "GBR"


def test_a_press_conference_at_home_does_not_place_a_shelling_at_sea(pipe: Pipeline) -> None:
    text = ("NICOSIA, May 2 - Iraqi jets attacked an oil platform in the Gulf on Sunday. Another platform was "
            "shelled by three American destroyers on Monday, the oil minister told a news conference in Tehran.")
    loc = _loc(pipe, text, "shelled")
    assert loc.country_code != "IRN" and "Tehran" not in (loc.extracted_place or "")


def test_a_place_in_the_reported_clause_beats_the_press_conference(pipe: Pipeline) -> None:
    text = ("NICOSIA, May 2 - Iraqi jets attacked an oil platform in the Gulf on Sunday. Another platform was "
            "shelled by three American destroyers near Bushehr on Monday, the oil minister told a news conference "
            "in Tehran.")
    assert _loc(pipe, text, "shelled").extracted_place == "Bushehr"


def test_the_place_of_an_earlier_meeting_counted_from_is_not_the_talks_place(pipe: Pipeline) -> None:
    text = ("TOKYO, May 2 - Japanese and American negotiators resumed talks on Monday for the first time since their "
            "meeting in Geneva in March.")
    assert _loc(pipe, text, "resumed").country_code == "JPN"


def test_an_event_told_inside_the_since_phrase_keeps_its_place(pipe: Pipeline) -> None:
    text = ("WASHINGTON, May 2 - The finance ministers met in Paris in February. They will meet again on Tuesday for "
            "the first time since their talks in Paris, where they agreed to keep the dollar stable.")
    assert _loc(pipe, text, "agreed").country_code == "FRA"


def test_the_gathering_a_story_covers_is_named_as_the_source(pipe: Pipeline) -> None:
    text = ("GENEVA, May 3 - A special meeting of the GATT council ended in deadlock today. Australia accused the "
            "United States of dumping subsidised wheat.")
    loc = _loc(pipe, text, "accused")
    assert loc.country_code == "CHE" and loc.location_source == "story gathering"


def test_a_visit_a_story_without_dateline_tells_is_named_as_the_source(pipe: Pipeline) -> None:
    text = ("Venezuelan President Carlos Perez, who is visiting China, said on Tuesday that Venezuela would sell "
            "more oil to Asian buyers. Perez also criticised the United States for its new oil import fee.")
    loc = _loc(pipe, text, "criticised")
    assert loc.country_code == "CHN" and loc.location_source == "story visit"


SUMMIT = ("WASHINGTON, April 9 - The United States will urge Japan to cut farm subsidies at the June economic summit "
          "in Venice, officials said. President Reagan will also ask the allies at the summit to back new trade talks, "
          "they said.")


def test_the_summit_named_again_is_the_one_the_story_placed_before(pipe: Pipeline) -> None:
    loc = _loc(pipe, SUMMIT, "ask")
    assert loc.country_code == "ITA" and loc.location_source == "story gathering"


def test_the_summit_with_no_place_named_before_stays_at_the_dateline(pipe: Pipeline) -> None:
    assert _loc(pipe, SUMMIT.replace(" in Venice", ""), "ask").country_code == "USA"


SUMMITS = ("WASHINGTON, April 9 - The United States will push for a statement on farm trade at the June economic "
           "summit in Venice, officials said. Last year's Tokyo summit gave only weak backing to farm reform. At the "
           "same time the U.S. is rejecting the Australian plan, Wallis said the U.S. will press at the summit for a "
           "declaration. Reagan will urge the allies at the summit to back new trade talks, Wallis said.")


def test_last_years_summit_is_not_the_one_named_again(pipe: Pipeline) -> None:
    assert _loc(pipe, SUMMITS, "urge").country_code == "ITA"


def test_a_clause_beside_the_one_at_the_summit_is_not_placed_there(pipe: Pipeline) -> None:
    assert _loc(pipe, SUMMITS, "rejecting").country_code == "USA"
