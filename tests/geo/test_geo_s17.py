"""Geoparsing, eighteenth session (loc17): invented sentences only.

Classes: the Bardo museum is a Tunisian site; the Amazon rainforest is a region of several countries (its Brazilian
part Brazil's); the Kalahari is a desert of several; a newspaper named for its town ("the Melbourne Sun") is no place;
a delta is its own country's, not the country its river's word names ("the Niger Delta" is Nigeria's); a waterway
between two states (the Shatt al-Arab) has no one country; plain-word spellings of named features ("the Senkaku
islands") are found.
"""
from __future__ import annotations

from eventwire.geo._gazetteer import Gazetteer

from geo_helpers import place_names


def test_the_bardo_museum_is_in_tunisia() -> None:
    assert place_names("Two gunmen opened fire on tourists at the Bardo museum yesterday.").get("Bardo museum") == "TUN"


def test_the_amazon_is_a_region_of_several_countries() -> None:
    found = place_names("Illegal miners have poisoned rivers across Amazonia, the report said.")
    assert "Amazonia" in found and found["Amazonia"] is None
    assert Gazetteer.default().spanned("Amazon rainforest") >= {"BRA", "PER", "COL"}


def test_the_brazilian_amazon_is_brazil() -> None:
    assert place_names("Ranchers burned forest in the Brazilian Amazon last month.").get("Brazilian Amazon") == "BRA"


def test_the_kalahari_spans_three_countries() -> None:
    found = place_names("San hunters were moved out of the Kalahari by the authorities.")
    assert "the Kalahari" in found and found["the Kalahari"] is None
    assert Gazetteer.default().spanned("Kalahari Desert") == {"BWA", "NAM", "ZAF"}


def test_a_newspaper_named_for_its_town_is_not_a_place() -> None:
    assert "Melbourne" not in place_names("The Melbourne Sun printed the leaked cabinet papers on its front page.")


def test_a_firm_named_amazon_is_not_the_rainforest() -> None:
    assert not place_names("Amazon raised its sales forecast on Thursday.")


def test_the_niger_delta_is_nigeria_not_niger() -> None:
    found = place_names("Gunmen seized two oil workers from a barge in the Niger Delta on Sunday.")
    assert found.get("the Niger Delta") == "NGA" and "Niger" not in found


def test_the_nile_delta_is_egypt() -> None:
    assert place_names("Cotton growers in the Nile Delta blocked a road.").get("the Nile Delta") == "EGY"


def test_a_waterway_between_two_states_spans_both() -> None:
    found = place_names("Artillery duels went on across the Shatt al-Arab through the night.")
    assert "Shatt al-Arab" in found and found["Shatt al-Arab"] is None
    assert Gazetteer.default().spanned("Shatt al-Arab") == {"IRQ", "IRN"}


def test_a_mountain_pass_and_plain_word_spellings() -> None:
    assert place_names("Trucks queued at the Khyber Pass for a week.").get("the Khyber Pass") == "PAK"
    assert place_names("Patrol boats circled the Senkaku islands again.").get("Senkaku islands") == "JPN"
