"""Geoparsing, twenty-third session (loc23): invented sentences only.

A wire's weekday after a town named after a preposition of place ("reached in Vienna Saturday set a ceiling",
"arrived in Lima Monday for talks") is a date, not the next word of a name, whatever word follows it; a weekday
after a town with no such preposition and a lower-case noun after it may still be a name ("the Sheffield
Wednesday manager").
"""
from __future__ import annotations

import pytest
from geo_helpers import place_names


@pytest.mark.parametrize("text, town, code", [
    ("The accord reached by ministers in Vienna Saturday set a ceiling on output.", "Vienna", "AUT"),
    ("The minister arrived in Lima Monday for talks on the debt.", "Lima", "PER"),
    ("Delegates gathered in Geneva Tuesday ahead of the vote.", "Geneva", "CHE"),
    ("The envoy flew to Nairobi Sunday carrying a message.", "Nairobi", "KEN"),
])
def test_a_day_after_a_town_named_after_a_preposition_is_a_date(text: str, town: str, code: str) -> None:
    assert place_names(text).get(town) == code


def test_a_day_that_names_a_club_is_still_no_town() -> None:
    assert "Sheffield" not in place_names("The Sheffield Wednesday manager resigned after the defeat.")
