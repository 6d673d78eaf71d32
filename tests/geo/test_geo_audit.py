"""eventwire.geo: fixes from an audit on news outside the gold sets; every sentence here is made up."""
from __future__ import annotations

from eventwire.geo import Gazetteer, find_places, is_metonymic, resolve_dateline


def by_text(text: str, **kw):
    return {p.text: p for p in find_places(text, **kw)}


def test_short_capitalised_dateline_is_a_place():
    found = by_text("LIMA, May 2 - The central bank raised its rate, officials said.")
    assert found["LIMA"].country_code == "PER" and found["LIMA"].feature == "city"


def test_dateline_city_is_the_city_not_the_state():
    p = by_text("NEW YORK, May 2 - Shares of the firm rose.")["NEW YORK"]
    assert p.feature == "city" and p.country_code == "USA"
    q = by_text("VIENNA, Va., May 2 - The contractor won a bid.")["VIENNA"]
    assert q.country_code == "USA" and q.admin1 == "Virginia"


def test_dateline_qualifier_abbreviation_is_not_a_town():
    found = by_text("TAMPA, Fla., May 2 - The bank posted a loss.")
    assert found["TAMPA"].admin1 == "Florida"
    assert "Fla" not in found


def test_dateline_town_missing_from_its_state_is_no_namesake():
    assert by_text("ROCKY HILL, Conn., May 2 - The dividend was unchanged.") == {}
    p = resolve_dateline("ROCKY HILL, Conn.")
    assert p.country_code == "USA" and p.admin1 == "Connecticut"


def test_metropolis_goes_by_its_short_name():
    assert by_text("The bank will hold a meeting in New York next week.")["New York"].feature == "city"
    assert by_text("Voters in Oklahoma went to the polls.")["Oklahoma"].feature == "admin1"
    assert by_text("The governor of New York state signed it.")["New York state"].feature == "admin1"


def test_honorific_makes_a_person():
    text = "Mr Leigh said the plan was sound, and Lady Boothroyd agreed with Dr Houston."
    assert by_text(text) == {}
    assert by_text("Troops of DR Congo crossed the border.")["DR Congo"].country_code == "COD"


def test_rejected_namesake_does_not_shield_a_glued_name():
    # "Ford" is a hamlet and "Union" a stop word: neither vouches for "Mustang" or "Texas" as a place.
    assert by_text("She drove a Ford Mustang to the rally.") == {}
    text = "The fund holds half of Union Texas.\n\nUnion Texas said its loss widened."
    assert by_text(text) == {}


def test_alternate_name_of_a_sentence_initial_word():
    assert by_text("Due to open in 2009, the plant will hire 500. Gold and currency reserves rose.") == {}
    # A spelling variant is still a place there, and a wrapped line is not a sentence start.
    assert by_text("The siege went on. Kiev was shelled again.")["Kiev"].country_code == "UKR"
    assert by_text("Troops advanced on the southern port of\nBasra overnight.")["Basra"].country_code == "IRQ"


def test_seats_of_power_stand_for_governments():
    text = ("Pentagon officials declined to comment. The Kremlin's decision upset Whitehall departments. "
            "Hundreds protested outside the White House.")
    found = by_text(text)
    assert is_metonymic(found["Pentagon"], text)
    assert is_metonymic(found["The Kremlin"], text)
    assert found["Whitehall"].country_code == "GBR" and is_metonymic(found["Whitehall"], text)
    assert not is_metonymic(found["the White House"], text)


def test_westminster_is_london_unless_qualified():
    assert by_text("MPs at Westminster debated the bill.")["Westminster"].country_code == "GBR"
    p = by_text("The firm moved to Westminster, Colorado, last year.")["Westminster"]
    assert p.country_code == "USA" and p.admin1 == "Colorado"


def test_office_after_a_state_does_not_glue_it():
    found = by_text("Former Iowa Congressman John Smith and the Ohio Democrat met Texas Governor Ann Lee.")
    assert {"Iowa", "Ohio", "Texas"} <= set(found)
    assert "Manhattan" in by_text("He pleaded guilty in Manhattan Federal Court on Friday.")


def test_party_names_are_not_towns():
    assert by_text("Liberal Democrat leaders met in the morning.") == {}


def test_town_qualified_by_state_or_province():
    found = by_text("The contractor, of Arlington, Virginia, won. A Beaufort, S.C., cannery was sold. "
                    "Miners struck near Chibougamau, Quebec.")
    assert found["Arlington"].admin1 == "Virginia"
    assert found["Beaufort"].admin1 == "South Carolina"
    assert found["Chibougamau"].country_code == "CAN"
    # A list of states is not a town of the second one.
    assert by_text("Officials in Washington, Oregon and Idaho met.")["Washington"].admin1 != "Oregon"


def test_big_airports():
    found = by_text("Flights from Heathrow and Gatwick were cancelled.")
    assert found["Heathrow"].country_code == "GBR" and found["Heathrow"].feature == "site"
    assert found["Gatwick"].country_code == "GBR"
    assert Gazetteer.default().lookup("Stansted")[0].country_code == "GBR"
