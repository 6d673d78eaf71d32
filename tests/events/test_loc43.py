"""Event location, loc43, on invented sentences: a continent or other region that lies in no one country ("Europe",
"Africa", "Scandinavia") that an event is about or goes to is no event place, since it tells no country; the event is
placed as if its sentence named none (by its parties, its story, its dateline). One told as the event's scene ("In
Europe, ...") stays, and a region across a known few countries (Kashmir) still goes to the one its parties point to."""
from __future__ import annotations

from event_helpers import places_on


def _located(pipeline, text: str, prefix: str):
    return places_on(pipeline.process_text(text, published="2005-02-15").events, prefix)


def test_a_continent_talked_about_leaves_the_speaker_at_home(pipeline) -> None:
    text = ("Former Tory minister Robert Hale said he respected the prime minister's leadership, but he bitterly "
            "criticised the Conservatives stance on Europe.")
    for loc in _located(pipeline, text, "critici"):
        assert loc.country_code == "GBR" and loc.extracted_place != "Europe"


def test_a_visit_to_a_continent_is_placed_in_the_country_visited(pipeline) -> None:
    text = "Chancellor Gordon Brown has toured a Nairobi hospital as he opened a week-long visit to Africa."
    for loc in _located(pipeline, text, ""):  # (the tour and the visit, one event each)
        assert loc.country_code == "KEN" and loc.extracted_place != "Africa"


def test_a_region_of_a_few_countries_still_goes_to_the_one_of_its_parties(pipeline) -> None:
    loc, *_ = _located(pipeline, "Indian troops killed three militants in Kashmir on Monday.", "killed")
    assert (loc.country_code, loc.extracted_place, loc.location_source) == ("IND", "Kashmir", "clause")


def test_a_continent_told_as_the_scene_stays_the_place(pipeline) -> None:
    for region in ("Europe", "Western Europe"):
        text = f"In {region}, British trade unions staged protests against the new labour rules on Monday."
        for loc in _located(pipeline, text, ""):
            assert (loc.country_code, loc.extracted_place) == (None, region)
