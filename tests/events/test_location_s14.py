"""Event location, fourteenth session (loc14): invented stories only, read without a dateline as the golds are.

Classes: a place on the actor's own phrase that says where it is ("EU leaders at a summit in Lisbon pledged",
"Chilean exiles in Madrid demanded") places what it says; a story about one gathering whose place its text names
("a statement issued after a Bonn meeting") has what its members say and agree there, with or without a
dateline, but not what is said of a gathering years ago or done at one still to come; two states' forces that
clash again are where the story has placed their fighting, not in the country of the side on the receiving end;
a signing is where a later sentence says the same document was signed ("The agreement was signed in Bonn").
"""
from __future__ import annotations

import pytest

from eventwire.model import EventLocation
from eventwire.config import Config
from eventwire.pipeline import Pipeline

from story_helpers import location_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are one-sentence fixtures of the coder (see tests/conftest.py's pipeline).
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, word: str, kind: str | None = None) -> EventLocation:
    return location_of(pipe, text, word, kind, published="1987-05-03")


# -- a place on the actor's own phrase

def test_leaders_at_a_summit_in_a_town_speak_there(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Arab leaders at a summit in Tunis pledged to rebuild the camps.", "pledged")
    assert loc.country_code == "TUN"


def test_a_body_in_a_foreign_town_acts_there(pipe: Pipeline) -> None:
    loc = _loc(pipe, "EC farm ministers in Luxembourg endorsed a plan to cut cereal prices.", "endorsed")
    assert loc.country_code == "LUX"


def test_exiles_in_a_foreign_capital_speak_there(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Chilean exiles in Madrid demanded the release of the jailed union leaders.", "demanded")
    assert loc.country_code == "ESP"


def test_officials_in_their_own_capital_stay_at_home(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Kenyan officials in Nairobi rejected the Ugandan claim.", "rejected")
    assert loc.country_code == "KEN"


# -- the gathering a story covers, named in its own text

G7 = ("A statement by the seven industrial nations was issued after a Bonn meeting of their finance ministers "
      "yesterday. The finance ministers of seven countries met for five hours. They agreed that exchange rates "
      "were broadly in line. France welcomed the accord on exchange rates.")


def test_members_of_a_gathering_named_with_its_town_act_there(pipe: Pipeline) -> None:
    assert _loc(pipe, G7, "welcomed").country_code == "DEU"


def test_a_meeting_with_nobody_named_is_at_the_gathering_covered(pipe: Pipeline) -> None:
    assert _loc(pipe, G7, "met for five hours").country_code == "DEU"


def test_a_gathering_of_years_ago_is_not_the_one_covered(pipe: Pipeline) -> None:
    text = ("In 1998, European leaders at a summit in Lisbon pledged to open their energy markets. "
            "France rejected the Commission's new energy plan on Tuesday.")
    assert _loc(pipe, text, "France rejected").country_code == "FRA"


def test_what_will_be_done_at_a_later_meeting_is_not_at_the_one_covered(pipe: Pipeline) -> None:
    text = ("A statement was issued after a Vienna meeting of oil ministers yesterday. Nigeria backed the price "
            "accord. Oil prices rose on the news. Traders expect more gains this week. Saudi Arabia would demand "
            "a bigger quota at the ministers' meeting in June, the Saudi minister said.")
    assert _loc(pipe, text, "Nigeria backed").country_code == "AUT"
    assert _loc(pipe, text, "would demand").country_code == "SAU"


# -- the front two states' forces fight on

FRONT = ("Iraq said its forces repulsed a new Iranian offensive near the southern city of Basra on Monday. "
         "The high command said the attackers lost 3,000 men. "
         "Iraqi forces attacked the Iranian troops again at dawn.")


def test_forces_clashing_again_are_on_the_front_the_story_placed(pipe: Pipeline) -> None:
    assert _loc(pipe, FRONT, "again at dawn", "ASSAULT").country_code == "IRQ"


def test_an_air_raid_on_the_other_side_s_towns_is_in_its_country(pipe: Pipeline) -> None:
    text = ("Iraq said its forces repulsed a new Iranian offensive near the southern city of Basra on Monday. "
            "Iraqi warplanes later bombed three Iranian towns.")
    assert _loc(pipe, text, "bombed", "ASSAULT").country_code == "IRN"


# -- a signing placed by a later sentence of the story

def test_a_signing_is_where_a_later_sentence_says_the_document_was_signed(pipe: Pipeline) -> None:
    text = ("Sudan's rival factions signed a power-sharing agreement on Sunday. The accord was sealed after a "
            "week of talks. The agreement was signed in the Kenyan town of Nakuru.")
    assert _loc(pipe, text, "signed a power-sharing").country_code == "KEN"


def test_an_older_treaty_signed_elsewhere_places_nothing(pipe: Pipeline) -> None:
    text = ("Peru and Ecuador signed a border agreement on Sunday. Both sides praised the mediators. "
            "The treaty was signed in Rio de Janeiro in 1942.")
    assert _loc(pipe, text, "signed a border").country_code != "BRA"


# -- protests where the protesters are

def test_expatriates_protest_where_they_live(pipe: Pipeline) -> None:
    loc = _loc(pipe, "Turkish Kurds in Germany staged hunger strikes against the arrests.", "hunger strikes")
    assert loc.country_code == "DEU"
