"""Geoparsing, eighteenth session (loc17): invented sentences only.

Classes: the Bardo museum is a Tunisian site; the Amazon rainforest is a region of several countries (its Brazilian
part Brazil's); the Kalahari is a desert of several; a newspaper named for its town ("the Melbourne Sun") is no place.
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
