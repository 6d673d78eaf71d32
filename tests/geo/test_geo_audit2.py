"""eventwire.geo: fixes from a second audit on unseen world news (15 BBC + 25 Reuters articles, seed 777);
every sentence here is made up."""
from __future__ import annotations

from eventwire.geo import find_places


def by_text(text: str, **kw):
    return {p.text: p for p in find_places(text, **kw)}


def test_demonym_names_the_small_towns_country():
    # Davos (11,000 people) in a story naming no country: "the Swiss resort of" says where it is.
    p = by_text("Bankers gathered in the Swiss resort of Davos on Wednesday.")["Davos"]
    assert p.country_code == "CHE" and p.feature == "city"
    q = by_text("A bus now links the Pakistani city of Lahore with its neighbour.")["Lahore"]
    assert q.country_code == "PAK"


def test_weekday_after_a_place_does_not_glue_it_into_a_name():
    p = by_text("The prime minister is to leave Washington Tuesday evening.")["Washington"]
    assert p.country_code == "USA" and p.feature == "city"
    assert by_text("Talks resumed in Paris Monday.")["Paris"].country_code == "FRA"
    # ... but a day that goes on into a name's noun is part of the name (a football club).
    assert "Sheffield" not in by_text("He would have been sacked if Sheffield Wednesday manager Paul Smith "
                                      "had stayed.")


def test_the_plus_a_common_word_is_no_town_by_alternate_name():
    # "The Bank" is an alternate name of Portsmouth, New Hampshire.
    found = by_text("WASHINGTON, April 3 - The Bank said the loan would help small firms.")
    assert "The Bank" not in found and "WASHINGTON" in found
    assert "the Bank" not in by_text("Governor of the Bank of England Robin Smith spoke.")
    # A nickname of more words stays a place.
    assert by_text("Runners crowded the streets of the Big Apple.")["the Big Apple"].country_code == "USA"


def test_person_span_does_not_block_a_known_region_of_several_words():
    text = "Troops shelled villages in Iraqi Kurdistan overnight."
    start = text.index("Iraqi")
    found = by_text(text, exclude_spans=[(start, start + len("Iraqi Kurdistan"))])
    assert found["Iraqi Kurdistan"].feature == "region"
    # ... but a person's span still blocks a town of several words.
    text2 = "The striker Santa Cruz scored twice."
    s2 = text2.index("Santa")
    assert by_text(text2, exclude_spans=[(s2, s2 + len("Santa Cruz"))]) == {}


def test_a_surname_or_firm_elsewhere_in_the_story_is_no_foreign_town():
    # Napier (New Zealand, 57,000) and Tata (Hungary, 24,000) are a man and a firm here.
    assert "Napier" not in by_text("Lawyers for Daniel Napier appealed. The issues raised in the Napier "
                                   "case are many.")
    assert "Tata" not in by_text("Tata Motors raised its prices. Analysts at Tata expect more.")
    # In a story about its own country the town stays a town.
    found = by_text("Daniel Napier, a farmer, said floods hit New Zealand. Roads in Napier were shut.")
    assert found["Napier"].country_code == "NZL"


def test_a_river_named_like_a_town_is_not_the_town():
    assert "Santiago" not in by_text("Gold lies in a zone between the Cenepa and Santiago rivers.")
    assert "Santiago" not in by_text("Boats sailed up the Santiago River to the mine.")
    assert by_text("Protests spread in Santiago on Friday.")["Santiago"].country_code == "CHL"


def test_line_of_control_is_a_place():
    p = by_text("Kashmiris on both sides of the Line of Control welcomed the bus.")["the Line of Control"]
    assert p.feature == "region"
