"""Event-location audit of the eleventh session (l11): invented stories only.

A visitor the story has at its dateline with no gathering named ("Chilean Trade Minister Luis Ortega, in Brussels
for talks, said", "who is in Cairo for talks", "arrived in Caracas last night", "visited the Netherlands last
week") says, asks and decides there, not at home. Guards: a visitor somewhere that is not the dateline's town or
country, and someone back from it ("on his return from Brussels"). The gazetteer knows a Dutch dateline town
(Leidschendam) and the older spelling "Bosnia and Hercegovina".

A story that has placed an attack outside its dateline's country ("Iraqi warplanes struck two tankers in the Gulf"
under BAGHDAD) has the same belligerents' later attacks with no place named there too, not at the capital it was
filed from. Guards: ground forces (who may fight at home) and attacks on people or places of the dateline's country.
"""
from __future__ import annotations

import pytest
from geo_helpers import by_trigger

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _loc(pipe: Pipeline, text: str, trigger: str) -> str | None:
    return by_trigger(pipe.process_text(text, published="1987-05-03").events, trigger).event_loc.country_code


def test_a_minister_in_the_dateline_town_for_talks_speaks_there(pipe: Pipeline) -> None:
    text = ("BRUSSELS, May 3 - Chilean Trade Minister Luis Ortega, in Brussels for two days of talks with the "
            "European Commission, said Chile would cut duties on European machinery. Ortega also urged the "
            "Commission to open its market to Chilean fruit.")
    assert _loc(pipe, text, "urged") == "BEL"


def test_a_visitor_who_is_in_the_dateline_town_accuses_from_there(pipe: Pipeline) -> None:
    text = ("CAIRO, May 3 - Sudanese Foreign Minister Ali Hassan, who is in Cairo for talks with Egyptian leaders, "
            "accused Ethiopia of arming southern rebels.")
    assert _loc(pipe, text, "accused") == "EGY"


def test_an_arrival_two_sentences_back_still_places_the_visitor(pipe: Pipeline) -> None:
    text = ("CARACAS, May 3 - Peru's deputy finance minister Jorge Vega arrived in Caracas last night. Venezuelan "
            "officials said the banks would study the plan. Creditor banks meet next month in New York. Vega asked "
            "Venezuela for a bridging loan of 50 mln dlrs.")
    assert _loc(pipe, text, "asked") == "VEN"


def test_a_visitor_in_the_dateline_country_by_name(pipe: Pipeline) -> None:
    text = ("TOKYO, May 3 - Australian Trade Minister John Dawkins, in Japan for talks on beef quotas, accused "
            "Tokyo's farm lobby of shutting out Australian goods.")
    assert _loc(pipe, text, "accused") == "JPN"


def test_guard_back_from_the_visit_is_at_home(pipe: Pipeline) -> None:
    text = ("SANTIAGO, May 3 - Chilean Trade Minister Luis Ortega, on his return from Brussels, said Chile would "
            "cut duties on European machinery. He urged the European Commission to open its market to Chilean "
            "fruit.")
    assert _loc(pipe, text, "urged") == "CHL"


def test_guard_a_visitor_elsewhere_than_the_dateline_stays_put(pipe: Pipeline) -> None:
    text = ("TOKYO, May 3 - Australian Trade Minister John Dawkins, in Canberra for talks with farm leaders, accused "
            "Japan of shutting out Australian beef.")
    assert _loc(pipe, text, "accused") == "AUS"


def test_leidschendam_dateline_places_a_firms_words(pipe: Pipeline) -> None:
    doc = pipe.process_text("LEIDSCHENDAM, May 3 - A Dutch bauxite company urged Guyana to lower its export tax, "
                            "a company spokesman said.", published="1987-05-03")
    assert doc.dateline and doc.dateline.startswith("LEIDSCHENDAM")
    loc = by_trigger(doc.events, "urged").event_loc
    assert loc.country_code == "NLD" and loc.location_source == "dateline" and loc.admin1 == "South Holland"


def test_bosnia_and_hercegovina_is_bosnia() -> None:
    from eventwire.geo import resolve_place

    for name in ("Bosnia and Hercegovina", "Bosnia-Hercegovina"):
        place = resolve_place(name)
        assert place is not None and place.country_code == "BIH"


GULF = ("BAGHDAD, May 5 - Iraq said its warplanes struck two large naval targets in the Gulf this morning. A military "
        "spokesman said the pilots scored direct hits. ")


def test_a_later_raid_of_the_same_war_is_in_the_theatre_not_the_capital(pipe: Pipeline) -> None:
    text = GULF + ("He said that during one of the raids, Iraqi planes intercepted an Iranian fighter and shot it "
                   "down.")
    doc = pipe.process_text(text, published="1987-05-05")
    loc = by_trigger(doc.events, "shot").event_loc
    assert loc.country_code != "IRQ" and loc.extracted_place == "the Gulf"


def test_guard_ground_forces_are_not_moved_to_the_sea(pipe: Pipeline) -> None:
    text = GULF + "He said Iraqi troops also killed 300 Iranian soldiers overnight."
    assert _loc(pipe, text, "killed") == "IRQ"


def test_guard_a_raid_on_the_datelines_country_stays_there(pipe: Pipeline) -> None:
    text = GULF + "He said Iranian jets later bombed three Iraqi towns, killing 12 civilians."
    assert _loc(pipe, text, "bombed") == "IRQ"


def test_a_later_hit_on_a_ship_is_in_the_theatre(pipe: Pipeline) -> None:
    text = GULF + "He said Iraqi jets later hit an Iranian tanker."
    assert by_trigger(pipe.process_text(text, published="1987-05-05").events, "hit").event_loc.extracted_place == "the Gulf"


def test_guard_a_states_oil_platform_stays_in_that_state(pipe: Pipeline) -> None:
    text = GULF + "He said Iraqi jets also destroyed an Iranian oil platform."
    assert _loc(pipe, text, "destroyed") == "IRN"


def test_guard_a_raid_on_the_other_state_is_in_that_state(pipe: Pipeline) -> None:
    text = GULF + "He said Iraqi jets later raided Iran for the third time this week."
    assert _loc(pipe, text, "raided") == "IRN"


@pytest.mark.parametrize("text, trigger, want", [
    # (a 1987 Bosnian town is coded YUG since loc47, as the Belgrade dateline is: test_loc47 keeps that case)
    ("PRAGUE, May 3 - Strikes spread across Czechoslovakia. In the eastern republic of Slovakia "
     "1,700 workers struck.", "struck", "SVK"),
    ("MOSCOW, May 3 - In the southern republic of Georgia, police arrested 40 protesters.", "arrested", "GEO"),
    ("LONDON, May 3 - Gunmen attacked a bus at the Nairobi airport terminal on Sunday.", "attacked", "KEN"),
    ("BAGHDAD, May 3 - Fighting raged near Basra. Iraqi warplanes later destroyed a pumping station at Iran's "
     "Ahvaz field.", "destroyed", "IRN"),
])
def test_a_terminal_airport_or_republic_of_a_place_is_where_it_happened(pipe: Pipeline, text: str, trigger: str,
                                                                        want: str) -> None:
    # "republic", "terminal", "airport", "jetty", "refinery" ... head a place phrase as "city" does (eleventh session)
    assert _loc(pipe, text, trigger) == want
