"""eventwire.geo and event locations: fixes from a second event-location audit on unseen news (Reuters-21578
items about wars, coups and diplomacy, BBC politics/business stories naming foreign places); every sentence here
is made up."""
from __future__ import annotations

import pytest

from geo_helpers import by_trigger as _by_trigger
from geo_helpers import event_country as _event_country
from geo_helpers import place_names as _names


@pytest.fixture(scope="module")
def pipe(no_floor_pipeline):
    return no_floor_pipeline


def test_a_trip_called_off_does_not_place_the_calling_off(pipe):
    # A trip that is cancelled or put off never reaches its end: the decision is taken at home.
    text = ("OTTAWA, April 9 - The Canadian foreign minister has cancelled a trip to Brazil because of a cabinet "
            "crisis, his office said.")
    assert _event_country(pipe, text, "1987-04-09", "cancelled") == "CAN"
    from eventwire.events._location import _aimed
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The minister called off his visit to Kenya on Monday.")
    assert _aimed(next(t for t in doc if t.text == "Kenya"))
    doc = load_nlp()("The minister began his visit to Kenya on Monday.")
    assert not _aimed(next(t for t in doc if t.text == "Kenya"))


def test_a_warning_to_a_capital_is_not_given_there(pipe):
    # "a warning to Washington" names whom it is addressed to, even when the parse makes "warning" a verb.
    from eventwire.events._location import _aimed
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The ministers are expected to back a Commission warning to Washington that the bill would "
                     "provoke retaliation.")
    assert _aimed(next(t for t in doc if t.text == "Washington"))


def test_leading_asterisks_do_not_hide_a_dateline():
    from eventwire.geo import parse_dateline

    got = parse_dateline("****LIMA, March 5 - Peru's finance minister said talks would resume.")
    assert got is not None and got[0] == "LIMA"
    assert parse_dateline("** Hello World - nothing here") is None


def test_normandy_the_gulf_states_and_the_frontline_states_are_regions():
    got = _names("Allied troops landed in Normandy in 1944, a British veteran recalled in London.")
    assert got.get("Normandy") == "FRA"
    got = _names("Oil ministers of six Gulf states met in Riyadh on Monday.")
    assert "Gulf" not in got and got.get("Gulf states") is None and "Gulf states" in got
    got = _names("Pretoria has raided guerrilla camps in the so-called Frontline states, the radio said.")
    assert "Frontline states" in got and got["Frontline states"] is None


def test_a_former_states_capital_is_its_own():
    from eventwire.geo import find_places

    places = {p.text: p.resolved_place for p in find_places("Police sealed off the centre of the West German "
                                                              "capital on Friday.")}
    assert places.get("the West German capital") == "Bonn"
    places = {p.text: p.resolved_place for p in find_places("Crowds gathered in the Haitian capital.")}
    assert places.get("the Haitian capital") == "Port-au-Prince"


def test_a_visit_still_to_come_is_not_carried_to_the_next_sentence(pipe):
    # "when its trade minister visits Washington next month" says where he will go, not where the story's
    # people are: the next sentence is not placed in Washington.
    text = ("SEOUL, May 4 - The U.S. farm secretary opens talks with South Korean officials today. Seoul will offer "
            "concessions when its trade minister visits Washington next month, a U.S. official said. The U.S. "
            "secretary plans to ask South Korea to lift its ban on beef imports.")
    events = pipe.process_text(text, published="1987-05-04").events
    ask = _by_trigger(events, "ask")
    assert ask.event_loc.location_source != "previous sentence"
    assert ask.event_loc.extracted_place != "Washington"


def test_people_meeting_here_tomorrow_speak_at_the_dateline(pipe):
    # "talks by the ministers here tomorrow": the story's people are at the dateline, so what they back there is
    # done there, not in the capital their warning is addressed to.
    text = ("LISBON, May 6 - Trade and textiles are expected to dominate talks by the alliance's ministers here "
            "tomorrow. Diplomats said the ministers will strongly back a warning to Washington that the "
            "bill would provoke retaliation.")
    assert _event_country(pipe, text, "1987-05-06", "back") == "PRT"


def test_visitors_are_found_by_the_storys_own_name_for_the_dateline_country():
    # "his first visit to Britain" under a LONDON dateline is a visit to the dateline's country, and the lead
    # ends at its line break, so a third country named in the next sentence is no visitor.
    from types import SimpleNamespace as NS

    from eventwire.events._location import _visitors

    text = ("LONDON, May 5 - President Alvarez of Peru begins a three-day state visit on Monday.\n    Officials said "
            "he may raise trade with Chile.\n    Alvarez will meet the prime minister during the visit, his first to "
            "Britain since he took office.\n")
    ents = [NS(code="PER", start=text.index("Peru")), NS(code="CHL", start=text.index("Chile")),
            NS(code="GBR", start=text.index("Britain"))]
    places = [NS(text="Britain", country_code="GBR", feature="country", start=text.index("Britain")),
              NS(text="Chile", country_code="CHL", feature="country", start=text.index("Chile"))]
    doc = NS(text=text, dateline="LONDON", places=places, entities=ents)
    ctx = NS(document=doc, dateline_place=NS(text="LONDON", resolved_place="London", country_code="GBR"))
    assert _visitors(ctx) == frozenset({"PER"})
