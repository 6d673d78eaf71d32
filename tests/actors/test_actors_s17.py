"""Actor mentions, seventeenth session: a bare "carrier" is a company unless the story is about navies; a
title written after "Shadow" makes the person named with it the opposition's; a short form made of a body's
initials ("the BoE") is the body named before; the FAO and the European Central Bank. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.actors import find_actor_mentions, resolve_phrase
from eventwire.actors._resolve import carrier_in_context
from eventwire.model import Entity


def _found(text, date="2002-03-01"):
    return [(e.text, e.code, e.sector) for e in find_actor_mentions(text, date=date)]


@pytest.mark.parametrize("text", [
    "The carrier said it would drop 400 jobs after bookings to Asia fell.",
    "Fares rose as two carriers left the route between Lagos and Accra.",
])
def test_a_bare_carrier_outside_a_naval_story_is_a_company(text):
    sectors = [s for t, _, s in _found(text) if "carrier" in t.lower()]
    assert sectors and all(s == "BUS" for s in sectors)


def test_a_country_s_carriers_outside_a_naval_story_are_its_companies():
    found = _found("Passengers are switching from European airlines to U.S. carriers on the Atlantic routes.")
    assert ("U.S. carriers", "USA", "BUS") in found


def test_a_carrier_in_a_story_about_a_navy_stays_a_warship():
    found = _found("The navy sent a second carrier towards the strait. The carrier launched patrols at dawn.")
    sectors = [s for t, _, s in found if "carrier" in t.lower()]
    assert sectors and all(s == "MIL" for s in sectors)


def test_an_aircraft_carrier_is_military_in_any_story():
    found = _found("An aircraft carrier docked in the harbour on Sunday.")
    assert any(s == "MIL" for t, _, s in found if "carrier" in t.lower())


def test_carrier_in_context_reads_the_story():
    res = resolve_phrase("the carrier", head="carrier")
    assert carrier_in_context(res, "the carrier", "Ticket sales fell in May.").sector == "BUS"
    assert carrier_in_context(res, "the carrier", "Two frigates escorted the carrier.").sector == "MIL"
    assert carrier_in_context(resolve_phrase("the army", head="army"), "the army", "Sales fell.").sector == "MIL"


def test_a_known_person_after_a_shadow_title_is_the_opposition():
    found = _found("In Canberra on Friday, Shadow Immigration Minister Julia Gillard questioned the detention costs.")
    assert ("Julia Gillard", "AUS", "OPP") in found


def _linked(text, date="2005-02-01"):
    from eventwire.actors import link_people

    found = find_actor_mentions(text, date=date)
    # The NER's organisations, as the pipeline adds them: here the short forms, tagged by hand.
    for short in ("BoE", "MPA", "ECB"):
        at = text.find(short)
        if at >= 0 and not any(e.start <= at < e.end for e in found):
            found.append(Entity(short, at, at + len(short), "ORG"))
    found.sort(key=lambda e: (e.start, -e.end))
    found += link_people(text, found)
    return [(e.text, e.code, e.sector) for e in found]


def test_a_short_form_of_a_body_named_before_is_that_body():
    found = _linked("The Bank of England left its rates alone in May. The BoE wants quicker figures from the statistics office.")
    assert ("BoE", "GBR", "GOV") in found


def test_a_short_form_that_matches_no_body_named_before_stays_uncoded():
    found = _linked("The Bank of England left its rates alone in May. The MPA wants quicker figures from the statistics office.")
    assert ("MPA", None, None) in found


@pytest.mark.parametrize("phrase,code", [("the FAO", "IGO"), ("the European Central Bank", "EUR"), ("the ECB", "EUR")])
def test_bodies_named_by_their_short_form_in_the_news(phrase, code):
    r = resolve_phrase(phrase, date="2005-02-01")
    assert r is not None and r.code == code
