"""Geoparsing, sixteenth session (loc16): invented sentences only.

Classes: a province or a big town of two or three words that the tagger took for a person's name ("Mato Grosso",
"Cap Haitien") is a place when the person span is exactly the name, it opens with no given name or title, a
preposition of place comes before it or a common noun of a site after it, and the story never uses its last word
alone (a surname is: "Cruz said"); a town's name before one capitalised word and a
common noun of a site or gathering ("a Toowoomba Anglican school", "the Townsville Peace conference") is the town,
but not before a firm's word ("the Toyota Motor plant"); Woomera and Lucas Heights are sites the index knows.
"""
from __future__ import annotations

from geo_helpers import place_names


def _person(text: str, name: str) -> list[tuple[int, int]]:
    """The span the tagger would give as a PERSON: ``name`` where it first occurs."""
    start = text.index(name)
    return [(start, start + len(name))]


def test_a_province_taken_for_a_person_is_still_the_province() -> None:
    text = "Landless farmers clashed with ranchers from Para to Mato Grosso last year."
    assert place_names(text, exclude_spans=_person(text, "Mato Grosso")).get("Mato Grosso") == "BRA"


def test_a_big_town_taken_for_a_person_is_still_the_town() -> None:
    text = "Troops dispersed the marchers, a priest at the Cap Haitien mission told reporters."
    assert place_names(text, exclude_spans=_person(text, "Cap Haitien")).get("Cap Haitien") == "HTI"


def test_a_name_whose_last_word_stands_alone_is_a_person() -> None:
    text = "Fans cheered for Santa Cruz on Sunday. Cruz said the win mattered to the whole team."
    assert "Santa Cruz" not in place_names(text, exclude_spans=_person(text, "Santa Cruz"))


def test_a_name_where_no_place_is_expected_is_a_person() -> None:
    text = "The veteran Santa Cruz captained the side again."
    assert "Santa Cruz" not in place_names(text, exclude_spans=_person(text, "Santa Cruz"))


def test_a_given_name_or_title_keeps_the_person() -> None:
    text = "Parents wrote to Mr San Jose about the closure of the ward."
    assert "San Jose" not in place_names(text, exclude_spans=_person(text, "San Jose"))
    text = "The court heard from George Town, a local builder, on Monday."
    assert "George Town" not in place_names(text, exclude_spans=_person(text, "George Town"))


def test_a_town_before_a_site_or_gathering_is_the_town() -> None:
    assert place_names("Parents complained about a Toowoomba Catholic school last month.") == {"Toowoomba": "AUS"}
    assert place_names("He chaired the Townsville Peace conference in 2000.") == {"Townsville": "AUS"}


def test_a_town_before_a_firm_s_words_is_not() -> None:
    assert "Toyota" not in place_names("Workers walked out at the Toyota Motor plant on Friday.")
    assert "Sydney" not in place_names("The Sydney Morning Herald printed the letter.")


def test_defence_and_detention_sites() -> None:
    assert place_names("Detainees set fire to buildings at the Woomera Detention Centre.") == \
        {"Woomera Detention Centre": "AUS"}
    assert place_names("Campaigners climbed the fence at Lucas Heights on Sunday.") == {"Lucas Heights": "AUS"}
