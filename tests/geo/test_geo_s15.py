"""Geoparsing, fifteenth session (loc15): invented sentences only.

Classes: a region that lies across several countries (Kashmir, the Sahel, Kurdistan) keeps a null country, and the
hand table lists the countries it spans; named with one of them ("Indian Kashmir", "Pakistani-administered
Kashmir", "Turkish Kurdistan") it is that country's part, but not through a possessive ("Pakistan's Kashmir
policy") nor "occupied"; a story naming two of its countries keeps the whole region, even where only one of them
has a province of its name; "Jammu and Kashmir" is India's state; a state's waters, airspace or soil after a
preposition of place ("in Kuwaiti waters", "into Iraqi airspace") is that state, but not as a claim's object
("Iraq holds Iranian territory"); a town a region of several countries owns ("Punjab's Bhatinda") is in one of them,
even inside a span the caller took for a person (a name holds no possessive);
the Swiss and French Alps are in one country each; "Baghram" is Bagram air base.
"""
from __future__ import annotations

from geo_helpers import place_names

from eventwire.geo import Gazetteer


def test_regions_across_several_countries_list_them() -> None:
    gaz = Gazetteer.default()
    assert {"IND", "PAK"} <= gaz.spanned("Kashmir")
    assert "NER" in gaz.spanned("Sahel") and "TUR" in gaz.spanned("Kurdistan")
    assert gaz.spanned("Bavaria") == frozenset() and gaz.spanned(None) == frozenset()


def test_a_bare_region_of_several_countries_has_no_country() -> None:
    assert place_names("Heavy snow cut the roads in Kashmir for a week.") == {"Kashmir": None}
    assert place_names("Aid agencies warned of famine across the Sahel.") == {"the Sahel": None}


def test_a_demonym_names_its_country_s_part_of_the_region() -> None:
    assert place_names("Three soldiers died in Indian Kashmir on Tuesday.") == {"Indian Kashmir": "IND"}
    assert place_names("Floods hit villages in Pakistani-administered Kashmir.") == \
        {"Pakistani-administered Kashmir": "PAK"}
    assert place_names("The army raided camps in Pakistan-held Kashmir.") == {"Pakistan-held Kashmir": "PAK"}
    assert place_names("Curfews were lifted in Turkish Kurdistan.") == {"Turkish Kurdistan": "TUR"}


def test_a_possessive_or_a_country_outside_the_region_does_not() -> None:
    found = place_names("Pakistan's Kashmir policy has not changed, the minister said.")
    assert found.get("Kashmir") is None and "Pakistan's Kashmir" not in found
    # A country the region does not lie across gives it nothing.
    assert place_names("Japanese Kashmir experts met in Delhi.").get("Japanese Kashmir") is None


def test_bare_kashmir_is_indias_province_even_when_pakistan_is_named() -> None:
    # News that says "Kashmir" mostly means the Indian-administered valley, the one place of that name; a named
    # part ("Pakistani-administered Kashmir") is the other country's.
    assert place_names("India and Pakistan have fought two wars over Kashmir.")["Kashmir"] == "IND"
    assert place_names("India said the elections in Kashmir would go ahead.")["Kashmir"] == "IND"


def test_jammu_and_kashmir_is_india_s_state() -> None:
    assert place_names("Police in Jammu and Kashmir arrested four men.") == {"Jammu and Kashmir": "IND"}


def test_a_state_s_waters_and_airspace_after_a_preposition_are_that_state() -> None:
    found = place_names("A freighter was damaged in Omani waters and a drone strayed into Syrian airspace.")
    assert found == {"Omani waters": "OMN", "Syrian airspace": "SYR"}
    assert place_names("The shells fell on Lebanese soil.") == {"Lebanese soil": "LBN"}


def test_territory_as_a_claim_s_object_is_no_place() -> None:
    assert place_names("Ruritania still holds Iranian territory.").get("Iranian territory") is None


def test_the_swiss_and_french_alps_are_one_country_s() -> None:
    assert place_names("Two climbers died in the Swiss Alps.")["Swiss Alps"] == "CHE"
    assert place_names("Skiers were evacuated in the French Alps.")["French Alps"] == "FRA"
    assert place_names("Storms swept the Alps.")["the Alps"] is None


def test_baghram_is_the_air_base_s_other_spelling() -> None:
    assert place_names("The general flew in to the Baghram air base on Monday.") == {"Baghram air base": "AFG"}


def test_a_town_owned_by_a_region_of_several_countries_is_in_one_of_them() -> None:
    # "Bhatinda" is known only as another spelling of Bathinda: the possessive region vouches for India.
    found = place_names("The deportee said he came from Punjab's Bhatinda.")
    assert found["Bhatinda"] == "IND"


def test_a_possessive_span_taken_for_a_person_hides_no_place() -> None:
    text = "The deportee said he came from Punjab's Bhatinda."
    start = text.index("Punjab")
    found = place_names(text, exclude_spans=[(start, text.index("."))])
    assert found.get("Bhatinda") == "IND"
    # A real person's name still hides the town it also names.
    text = "The deportee said he met Jackson Lagos."
    assert "Lagos" not in place_names(text, exclude_spans=[(text.index("Jackson"), text.index("."))])
