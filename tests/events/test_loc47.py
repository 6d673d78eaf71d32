"""Event location, loc47, on invented sentences: an event placed in a town of a state that is gone is coded to the
state that held the town when the story was published (a 1987 Belgrade event is Yugoslavia's, YUG; a 2011 one
Serbia's), as the place named "Yugoslavia" and the story's Yugoslav actors are."""
from __future__ import annotations

from event_helpers import places_on


def test_a_town_of_a_gone_state_is_placed_in_the_state_that_held_it(code_all) -> None:
    text = ("BELGRADE, March 23 - Yugoslavia rejected the latest demands of its creditor banks, the official news "
            "agency said.")
    for loc in places_on(code_all(text, published="1987-03-23"), "rejected"):
        assert (loc.country_code, loc.location_source) == ("YUG", "dateline")


def test_the_same_town_after_the_state_ended_stays_in_todays_state(code_all) -> None:
    text = ("BELGRADE, March 23 - Serbia rejected the latest demands of its creditor banks, the official news "
            "agency said.")
    for loc in places_on(code_all(text, published="2011-03-23"), "rejected"):
        assert (loc.country_code, loc.location_source) == ("SRB", "dateline")



def test_a_republic_of_a_gone_state_is_the_place_coded_to_that_state(code_all) -> None:
    text = ("BELGRADE, May 3 - Strikes spread across Yugoslavia. In the central republic of Bosnia and Hercegovina "
            "1,700 workers struck.")
    for loc in places_on(code_all(text, published="1987-05-03"), "struck"):
        assert (loc.country_code, loc.extracted_place, loc.location_source) == ("YUG", "Bosnia and Hercegovina", "clause")
