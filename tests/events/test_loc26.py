"""Event location, twenty-fourth session (loc26): invented stories only, each class with paraphrase variants.

Classes (issue 5, event-location country on matched events):
- a visit happens at its goal: a visit noun whose relative clause makes or pays it "to X" ("ahead of a state visit
  he will make to Britain"), and a visit to a person of another state ("will visit Japanese Prime Minister ...") is
  in that person's country, not at the visitor's dateline; a visit "here", or one received ("was visited by"), keeps
  the rules before;
- a body of water has no country: an act on it takes the one shore state its parties point to (the actor's for a
  deployment, the target's for an attack), and a party from off its shores, or an attack on the attacker's own
  ships, leaves it with none;
- a sea that only describes a town ("the Indian Ocean port of Mombasa") gives way to the town;
- a place a gathering or its body is "on" or "for" ("a meeting of the Consultative Group on Kenya") is its topic, not
  its venue: the covered gathering is held at the dateline;
- an act carried out ("conducted a nuclear test", "staged an exercise") is where a later sentence says "the" same
  act was carried out ("The test was carried out at a testing ground in Kazakhstan"), as a document signed is; a
  meeting is where a later sentence has the same people meet ("the donors met at The Hague"), unless that meeting
  is dated apart ("Last year the donors met in Paris").
"""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.model import EventLocation
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    # The verifier off: these are short fixtures of the location rules, not of which events a story keeps.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


def _loc(pipe: Pipeline, text: str, kind: str | None = None) -> EventLocation:
    events = [e for e in pipe.process_text(text, published="1987-04-20").events if kind is None or e.event == kind]
    assert events, f"no {kind or ''} event in {text!r}"
    return events[0].event_loc


# -- a visit happens at its goal ----------------------------------------------------------------------------------

_PLEA = "TOKYO, April 20 - Prime Minister Yasuhiro Nakasone said today Japan wants stable currencies. "


@pytest.mark.parametrize("text", [
    _PLEA + "His plea came ahead of an official visit which he will pay to Canada next week.",
    _PLEA + "His plea came ahead of an official visit that he will make to Canada next week.",
    _PLEA + "His plea came ahead of a state visit he will make to Canada later this month.",
])
def test_a_visit_noun_made_to_a_country_is_there(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text, "CONSULT")
    assert loc.country_code == "CAN" and loc.location_source == "clause"


@pytest.mark.parametrize("text, host", [
    ("SEOUL, April 20 - South Korea's trade minister will visit Japanese Prime Minister Yasuhiro Nakasone next "
     "week, officials said.", "JPN"),
    ("BONN, April 20 - West German Chancellor Helmut Kohl will visit French President Francois Mitterrand on "
     "Friday.", "FRA"),
    ("CANBERRA, April 20 - The Australian foreign minister visited Indonesian President Suharto last month.", "IDN"),
    ("SEOUL, April 20 - South Korea's trade minister will visit his Japanese counterpart next week.", "JPN"),
])
def test_a_visit_to_a_person_is_in_his_country(pipe: Pipeline, text: str, host: str) -> None:
    loc = _loc(pipe, text)
    assert loc.country_code == host and loc.location_source == "recipient"


@pytest.mark.parametrize("text, here", [
    ("SEOUL, April 20 - South Korea's trade minister will visit his Japanese counterpart here next week.", "KOR"),
    ("TOKYO, April 20 - The Japanese prime minister was visited by U.S. Secretary of State George Shultz on "
     "Monday.", "JPN"),
])
def test_a_visit_here_or_received_stays_at_the_dateline(pipe: Pipeline, text: str, here: str) -> None:
    loc = _loc(pipe, text)
    assert loc.country_code == here and loc.location_source == "dateline"


# -- a body of water takes the one shore state its parties point to ---------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("KUWAIT, April 20 - Iranian Revolutionary Guards deployed speedboats along the Strait of Hormuz on Sunday, "
     "shipping sources said.", "IRN"),
    ("BAHRAIN, April 20 - Iranian gunboats attacked a Saudi tanker in the Gulf on Tuesday, shipping sources said.",
     "SAU"),
    ("BAHRAIN, April 20 - A Kuwaiti tanker was attacked by Iranian gunboats in the Gulf on Tuesday, shipping "
     "sources said.", "KWT"),
    ("MOSCOW, April 20 - Soviet warships sailed into the Baltic Sea on Friday, Tass said.", "RUS"),
])
def test_an_act_on_the_water_is_at_its_shore_state(pipe: Pipeline, text: str, code: str) -> None:
    loc = _loc(pipe, text)
    assert loc.country_code == code and loc.location_source == "waters"
    assert loc.extracted_place  # the sea named stays the place


@pytest.mark.parametrize("text", [
    "WASHINGTON, April 20 - American warships sailed into the Gulf on Friday, the Pentagon said.",
    "BAHRAIN, April 20 - Iraqi warplanes attacked two tankers in the Gulf today, shipping sources said.",
])
def test_no_shore_state_leaves_the_water_with_no_country(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text)
    assert loc.country_code is None and loc.location_source != "waters"


def test_the_oceans_have_no_shore_table() -> None:
    from eventwire.geo._gazetteer import Gazetteer

    gaz = Gazetteer.default()
    assert gaz.shores("Indian Ocean") == frozenset()
    assert gaz.shores("Strait of Hormuz") == {"IRN", "OMN", "ARE"}
    assert gaz.spanned("Persian Gulf") == frozenset()  # a sea's shores are no region's spans


# -- a sea that describes a town gives way to the town ------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("LONDON, April 20 - Gunmen shot dead four fishermen near the Red Sea port of Port Sudan, police said.", "SDN"),
    ("NAIROBI, April 20 - Police arrested twelve protesters in the Indian Ocean port of Mombasa on Monday.", "KEN"),
])
def test_a_sea_describing_a_town_gives_way_to_the_town(pipe: Pipeline, text: str, code: str) -> None:
    loc = _loc(pipe, text)
    assert loc.country_code == code and loc.location_source == "clause"
    assert "Sea" not in (loc.extracted_place or "") and "Ocean" not in (loc.extracted_place or "")


# -- a place a gathering is "on" or "for" is its topic, not its venue ----------------------------------------------

@pytest.mark.parametrize("text, venue", [
    ("BRUSSELS, April 20 - Donors pledged 1.2 billion dlrs in new aid to Kenya, a statement issued after a two day "
     "meeting of the Consultative Group on Kenya said.", "BEL"),
    # The type chooser of the twenty-seventh session gave AGREE 0.0495 here, just under CHOOSER_REJECTS (0.05), and
    # the pledge was lost (xfail then); the one retrained in the twenty-eighth session keeps it.
    ("LONDON, April 20 - Donors pledged 900 mln dlrs in new aid to Ghana, a statement issued after a meeting "
     "of the Consultative Group on Ghana said.", "GBR"),
])
def test_a_gathering_on_a_country_is_held_at_the_dateline(pipe: Pipeline, text: str, venue: str) -> None:
    loc = _loc(pipe, text, "AGREE")
    assert loc.country_code == venue and loc.location_source == "story gathering"


# -- where a later sentence says the same act was carried out -------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("MOSCOW, April 20 - The Soviet Union conducted an underground nuclear test on Friday, Tass reported. Tass said "
     "the test was carried out at a testing ground in Kazakhstan.", "KAZ"),
    ("WASHINGTON, April 20 - The United States staged a naval exercise on Monday, the Pentagon said. The exercise was "
     "staged off the coast of Honduras, a spokesman said.", "HND"),
])
def test_an_act_carried_out_is_where_a_later_sentence_says(pipe: Pipeline, text: str, code: str) -> None:
    loc = _loc(pipe, text)
    assert loc.country_code == code and loc.location_source == "later sentence"


def test_another_act_of_the_same_kind_places_nothing(pipe: Pipeline) -> None:
    text = ("MOSCOW, April 20 - The Soviet Union conducted an underground nuclear test on Friday, Tass reported. "
            "A similar test was carried out in Nevada by the United States last week.")
    loc = _loc(pipe, text)
    assert loc.country_code == "RUS" and loc.location_source == "dateline"


@pytest.mark.parametrize("text", [
    "NAIROBI, April 20 - Kenya rejected calls for deep cuts in its budget, as the country's aid donors met to consider "
    "new loans. The finance minister spoke as Kenya's twelve donor nations met in Paris.",
    "NAIROBI, April 20 - Kenya's aid donors met on Monday to consider new loans. The minister spoke as the donors met "
    "in Paris.",
])
def test_a_meeting_is_where_a_later_sentence_has_the_same_people_meet(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text, "CONSULT")
    assert loc.country_code == "FRA" and loc.location_source == "later sentence"


@pytest.mark.parametrize("text", [
    "NAIROBI, April 20 - Kenya's aid donors met on Monday to consider new loans. Last year the donors met in Paris.",
    "NAIROBI, April 20 - Kenya's aid donors met on Monday to consider new loans. In 1985 the donors met in Paris.",
])
def test_a_meeting_dated_apart_is_another_one(pipe: Pipeline, text: str) -> None:
    loc = _loc(pipe, text, "CONSULT")
    assert loc.country_code == "KEN" and loc.location_source == "dateline"
