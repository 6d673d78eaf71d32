"""Event location, twentieth session (loc20): invented stories only.

Classes: a speaker the story has telling a news conference, reporters or an audience with no place named speaks at
the dateline, whatever his country; a place in a clause inside the subject that visits it ("the first envoy to
visit Japan") places the visit; "extended loans to Warsaw" names whom the loans go to, not a place; a sentence
that names a gathering held in another country is not placed at the gathering the story covers;
"harassment from the U.S." names where it comes from.
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


def test_a_foreign_speaker_at_a_news_conference_speaks_at_the_dateline(pipe: Pipeline) -> None:
    text = ("VIENNA, April 20 - A senior U.S. Treasury official criticised the Austrian tax on imported steel. "
            '"The tax harms our producers," he told a news conference.')
    loc = _loc(pipe, text, "criticised", "ACCUSE")
    assert loc.country_code == "AUT" and loc.location_source == "dateline"


def test_a_news_conference_elsewhere_does_not_move_the_speaker(pipe: Pipeline) -> None:
    text = ("VIENNA, April 20 - A senior U.S. Treasury official criticised the Austrian tax on imported steel. "
            '"The tax harms our producers," he told a news conference in Washington.')
    loc = _loc(pipe, text, "criticised", "ACCUSE")
    assert loc.country_code != "AUT"


def test_a_state_acting_from_home_keeps_its_country(pipe: Pipeline) -> None:
    text = ("VIENNA, April 20 - The United States rejected the Austrian tax on imported steel, "
            "American officials said.")
    loc = _loc(pipe, text, "rejected", "REJECT")
    assert loc.country_code == "USA"


def test_a_visit_told_inside_the_subject_is_placed_where_it_goes(pipe: Pipeline) -> None:
    text = ("OTTAWA, April 20 - He is the first Canadian minister to visit Brazil since the two countries "
            "quarrelled over trade last year.")
    loc = _loc(pipe, text, "visit", "CONSULT")
    assert loc.country_code == "BRA"


def test_loans_extended_to_a_capital_name_no_place(pipe: Pipeline) -> None:
    text = ("TOKYO, April 20 - Japan will sign an accord with Hungary next month. "
            "Tokyo extended new loans to Budapest last year. "
            "Prime Minister Nakasone held talks with the visiting Hungarian premier.")
    loc = _loc(pipe, text, "talks", "CONSULT")
    assert loc.country_code == "JPN"


def test_a_gathering_named_in_another_country_is_not_the_story_s_gathering(pipe: Pipeline) -> None:
    text = ("MADRID, April 20 - Finance ministers meeting at the Tokyo summit agreed to steady the dollar. "
            "Spain refused to attend the Paris OECD meeting last month because it was not consulted.")
    loc = _loc(pipe, text, "refused", "REJECT")
    assert loc.country_code != "JPN"


def test_harassment_from_a_country_is_no_place(pipe: Pipeline) -> None:
    text = ('OTTAWA, April 20 - A Canadian opposition leader denounced the ruling as more "harassment from the '
            'U.S." and attacked the minister.')
    loc = _loc(pipe, text, "denounced")
    assert loc.country_code == "CAN"


def test_an_agreement_reached_elsewhere_beats_the_dateline(pipe: Pipeline) -> None:
    text = ("LISBON, April 20 - Portugal will repay part of its arrears to the banks over five years under an "
            "agreement reached today in Paris, the finance minister said.")
    loc = _loc(pipe, text, "agreement", "AGREE")
    assert loc.country_code == "FRA" and loc.extracted_place == "Paris"


def test_talks_on_an_issue_in_a_town_are_held_there(pipe: Pipeline) -> None:
    text = ("GENVAL, Belgium, April 20 - EC farm ministers ended an informal meeting. "
            "The ministers will resume talks on the cereals pricing issue in Strasbourg on May 12.")
    loc = _loc(pipe, text, "resume")
    assert loc.country_code == "FRA" and loc.extracted_place == "Strasbourg"


def test_talks_on_a_situation_somewhere_are_about_it(pipe: Pipeline) -> None:
    text = "OTTAWA, April 20 - Canadian and Mexican officials held talks on the situation in Haiti, officials said."
    loc = _loc(pipe, text, "talks", "CONSULT")
    assert loc.country_code != "HTI"


def test_what_is_put_to_a_foreign_court_is_put_where_it_sits(pipe: Pipeline) -> None:
    text = "The Russian government has asked the US court to drop the damages claim against its oil firms."
    loc = _loc(pipe, text, "asked", "REQUEST")
    assert loc.country_code == "USA"


def test_a_court_only_mentioned_does_not_place_the_speaker(pipe: Pipeline) -> None:
    text = "Russia said it would not obey the rulings of the US courts."
    loc = _loc(pipe, text, "obey")
    assert loc.country_code != "USA"
