"""Event location, loc44, on invented sentences: an act told by the departure that sets out for it ("left for
Canberra for talks", "would leave for Geneva to complete negotiations") is done where the traveller is bound, named
in a "for" phrase on the verb of setting out, not at the dateline he set out from (a withdrawal is not moved: one
pulls out of where one was)."""
from __future__ import annotations

from event_helpers import places_on


def _located(code_all, text: str, prefix: str):
    return places_on(code_all(text, published="1987-05-04"), prefix)


def test_a_trip_set_out_for_talks_is_placed_where_it_is_bound(code_all) -> None:
    text = ("NAIROBI, May 4 - Kenyan Finance Minister George Saitoti left on Sunday for Canberra for talks with "
            "Australian officials on wheat imports, the ministry said.")
    for loc in _located(code_all, text, "left"):
        assert (loc.country_code, loc.extracted_place, loc.location_source) == ("AUS", "Canberra", "clause")


def test_heading_for_a_capital_places_the_talks_there(code_all) -> None:
    text = ("LIMA, May 4 - Peruvian Economy Minister Luis Alva was heading for Ottawa for talks with Canadian "
            "bankers on the country's debt.")
    for loc in _located(code_all, text, "heading"):
        assert (loc.country_code, loc.extracted_place) == ("CAN", "Ottawa")


def test_setting_off_for_a_town_places_the_talks_there(code_all) -> None:
    text = ("ACCRA, May 4 - Ghana's trade minister set off for Geneva on Saturday for talks with Swiss officials "
            "on cocoa exports.")
    for loc in _located(code_all, text, "set"):
        assert (loc.country_code, loc.extracted_place) == ("CHE", "Geneva")
