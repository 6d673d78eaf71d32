"""Geoparsing, twentieth session (loc19): invented sentences only.

Classes: the hand table's towns weigh their population (West Berlin in prose with no cue); counties of the British
Isles that GeoNames lacks or holds under a newer name (Cheshire, County Armagh, County Kerry) are found, while a
namesake town of the story's own country still wins (Cheshire, Connecticut); a dateline town too small for the index
still places the story in the country its dateline names.
"""
from __future__ import annotations

from eventwire.geo import Gazetteer, find_places

from geo_helpers import place_names


def test_a_hand_table_town_with_its_population_is_found_without_a_cue() -> None:
    found = place_names("West Berlin police detained twenty squatters on Sunday.")
    assert found.get("West Berlin") == "DEU"


def test_east_berlin_is_the_german_city_not_an_american_hamlet() -> None:
    found = place_names("The minister flew to East Berlin for talks with the leadership.")
    assert found.get("East Berlin") == "DEU"


def test_an_english_county_missing_from_geonames_is_found_in_a_british_story() -> None:
    found = place_names("Officers in Cheshire arrested a farmer, police in Britain said.")
    assert found.get("Cheshire") == "GBR"


def test_the_american_namesake_town_wins_when_the_story_is_american() -> None:
    found = place_names("Voters in Cheshire, Connecticut, rejected the school budget.")
    assert found.get("Cheshire") == "USA"


def test_counties_of_ireland_north_and_south() -> None:
    found = place_names("A soldier was wounded in County Armagh and a farmer was robbed in County Kerry.")
    assert found.get("County Armagh") == "GBR" and found.get("County Kerry") == "IRL"
    county = next(p for p in find_places("Two men were arrested in County Tyrone.") if p.text == "County Tyrone")
    assert county.resolution == 3


def test_a_bare_given_name_is_no_county() -> None:
    assert "Kerry" not in place_names("Kerry told supporters in Ohio that he would win.")


def test_hand_table_population_column_is_read() -> None:
    gaz = Gazetteer.default()
    assert next(c for c in gaz.lookup("West Berlin") if c.country_code == "DEU").population > 1_000_000


def test_a_dateline_town_too_small_for_the_index_keeps_its_country() -> None:
    text = "ZORBIVILLE, Japan, April 26 - Trade ministers from four countries met here today."
    first = find_places(text, dateline="ZORBIVILLE, Japan")[0]
    assert first.text == "ZORBIVILLE" and first.country_code == "JPN" and first.resolution == 1


def test_a_canadian_province_abbreviation_qualifies_its_town() -> None:
    found = place_names("Miners walked out at the company's Kimberley, B.C. zinc mine and its Sudbury, Ont., smelter.")
    assert found.get("Kimberley") == "CAN" and found.get("Sudbury") == "CAN"


def test_a_canadian_dateline_with_an_abbreviated_province() -> None:
    from eventwire.geo import resolve_dateline

    assert resolve_dateline("HALIFAX, N.S.").country_code == "CAN"
    assert resolve_dateline("ROCKY HILL, Conn.").country_code == "USA"


def test_the_county_after_a_town_is_that_county() -> None:
    found = place_names("A teenager from Camberley, Surrey, was charged with fraud.")
    assert found.get("Camberley") == "GBR" and found.get("Surrey") == "GBR"


def test_an_english_spelling_ranks_as_the_town_s_own_name() -> None:
    from eventwire.geo import resolve_dateline

    assert resolve_dateline("HANOVER").country_code == "DEU"
    assert place_names("Voters in Hanover, Pennsylvania, approved the levy.").get("Hanover") == "USA"


def test_a_united_nations_dateline_is_filed_from_new_york() -> None:
    from eventwire.geo import resolve_dateline

    assert resolve_dateline("UNITED NATIONS").country_code == "USA"
    found = find_places("UNITED NATIONS, May 2 - Chile asked the United Nations to send observers.",
                        dateline="UNITED NATIONS")
    assert [p.country_code for p in found if p.text == "UNITED NATIONS"] == ["USA"]
    assert not [p for p in found if p.text == "United Nations"]  # in prose the body, never a place


def test_the_short_form_co_names_an_irish_county() -> None:
    found = place_names("A soldier was shot dead in Co Tyrone and a farmer robbed in Co Kerry.")
    assert found.get("Co Tyrone") == "GBR" and found.get("Co Kerry") == "IRL"
