"""Geoparsing, twentieth session (loc19): invented sentences only.

Classes: the hand table's towns weigh their population (West Berlin in prose with no cue); counties of the British
Isles that GeoNames lacks or holds under a newer name (Cheshire, County Armagh, County Kerry) are found, while a
namesake town of the story's own country still wins (Cheshire, Connecticut); a dateline town too small for the index
still places the story in the country its dateline names.
"""
from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer, find_places

from geo_helpers import place_names


@pytest.mark.parametrize("text, want", [
    pytest.param("West Berlin police detained twenty squatters on Sunday.", {"West Berlin": "DEU"},
                 id="a_hand_table_town_with_its_population_is_found_without_a_cue"),
    pytest.param("The minister flew to East Berlin for talks with the leadership.", {"East Berlin": "DEU"},
                 id="east_berlin_is_the_german_city_not_an_american_hamlet"),
    pytest.param("Officers in Cheshire arrested a farmer, police in Britain said.", {"Cheshire": "GBR"},
                 id="an_english_county_missing_from_geonames_is_found_in_a_british_story"),
    pytest.param("Voters in Cheshire, Connecticut, rejected the school budget.", {"Cheshire": "USA"},
                 id="the_american_namesake_town_wins_when_the_story_is_american"),
    pytest.param("Miners walked out at the company's Kimberley, B.C. zinc mine and its Sudbury, Ont., smelter.",
                 {"Kimberley": "CAN", "Sudbury": "CAN"}, id="a_canadian_province_abbreviation_qualifies_its_town"),
    pytest.param("A teenager from Camberley, Surrey, was charged with fraud.", {"Camberley": "GBR", "Surrey": "GBR"},
                 id="the_county_after_a_town_is_that_county"),
    pytest.param("A soldier was shot dead in Co Tyrone and a farmer robbed in Co Kerry.",
                 {"Co Tyrone": "GBR", "Co Kerry": "IRL"}, id="the_short_form_co_names_an_irish_county"),
])
def test_the_place_is_found_in_its_country(text: str, want: dict[str, str]) -> None:
    found = place_names(text)
    assert {name: found.get(name) for name in want} == want


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


def test_a_canadian_dateline_with_an_abbreviated_province() -> None:
    from eventwire.geo import resolve_dateline

    assert resolve_dateline("HALIFAX, N.S.").country_code == "CAN"
    assert resolve_dateline("ROCKY HILL, Conn.").country_code == "USA"


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
