"""Actor tables and mentions, sixteenth session: the bare "Labor" of Australian politics (not the economy's
labour, nor America's labour movement), shadow ministers as the opposition, the IRA, national airlines and
Macau. Invented phrases and sentences."""
from __future__ import annotations

import pytest

from eventwire.actors import find_actor_mentions, resolve_phrase


def _codes(text, date="2003-03-01"):
    return [(e.text, e.code, e.sector) for e in find_actor_mentions(text, date=date)]


def test_bare_labor_in_an_australian_story_is_the_australian_labor_party():
    found = _codes("Prime Minister John Howard toured Perth on Monday. Labor says the tax will hurt farmers.")
    assert ("Labor", "AUS", "PTY") in found


def test_bare_labor_in_an_israeli_story_is_israel_s_labor_party():
    found = _codes("Israeli officials in Jerusalem met on Sunday. Labor wants an early election in Israel.", "1988-06-01")
    assert ("Labor", "ISR", "PTY") in found


@pytest.mark.parametrize("text", ["Labor costs in Canberra climbed again.", "Labor Day parades filled Sydney.",
                                  "Labour shortages worry farmers near Brisbane."])
def test_labour_before_an_economy_noun_is_no_party(text):
    assert all(e.sector != "PTY" for e in find_actor_mentions(text, date="2003-03-01"))


@pytest.mark.parametrize("text", [
    "President Reagan spoke in Washington on Friday. Labor leaders across the United States attacked the plan.",
    "General Motors and Ford met the union in Detroit. Labor executives for both carmakers oppose the wage demands.",
])
def test_labor_outside_australia_and_israel_is_no_party(text):
    assert all(e.sector != "PTY" and e.code != "AUS" for e in find_actor_mentions(text, date="1987-05-01"))


@pytest.mark.parametrize("text", ["the Labor Department", "Labor Secretary Ann Dole"])
def test_us_labor_offices_stay_government(text):
    r = resolve_phrase(text, date="1988-01-01")
    assert r is not None and r.sector == "GOV"


@pytest.mark.parametrize("phrase", ["Shadow Defence Minister", "the shadow health minister", "Shadow Foreign Minister Ann Roe"])
def test_a_shadow_minister_is_the_opposition(phrase):
    r = resolve_phrase(phrase, date="2003-03-01")
    assert r is not None and r.sector == "OPP"


@pytest.mark.parametrize("phrase", ["the IRA", "the Irish Republican Army", "the Provisional IRA"])
def test_the_ira_is_an_armed_group_of_the_united_kingdom(phrase):
    r = resolve_phrase(phrase, date="1996-05-01")
    assert r is not None and (r.code, r.sector) == ("GBR", "REB")


@pytest.mark.parametrize("phrase, code", [("Qantas", "AUS"), ("Lufthansa", "DEU"), ("Air France", "FRA"),
                                          ("KLM", "NLD"), ("Aeroflot", "RUS")])
def test_a_national_airline_is_its_country_s_business(phrase, code):
    r = resolve_phrase(phrase, date="2001-05-01")
    assert r is not None and (r.code, r.sector) == (code, "BUS")


def test_macau_is_a_place_of_china():
    r = resolve_phrase("Macau", date="2005-05-01")
    assert r is not None and r.code == "CHN"


def test_the_democrats_of_an_australian_story_are_australia_s_party():
    found = _codes("Prime Minister John Howard spoke in Canberra. The Democrats oppose the bill.", "2002-03-01")
    assert ("Democrats", "AUS", "PTY") in found


def test_the_democrats_of_an_american_story_stay_the_us_party():
    found = _codes("President Clinton spoke in Washington. The Democrats in Congress oppose the bill.", "1998-03-01")
    assert ("Democrats", "USA", "PTY") in found


@pytest.mark.parametrize("text, code", [
    ("Chancellor Gerhard Schroeder spoke in Berlin. The Greens want the reactors closed.", "DEU"),
    ("Prime Minister John Howard spoke in Canberra. The Greens want the logging stopped.", "AUS"),
    ("The French Greens want a referendum.", "FRA"),
])
def test_the_greens_are_the_green_party_of_the_story_s_state(text, code):
    found = _codes(text, "2002-03-01")
    assert any(c == code and s == "PTY" and "Greens" in t for t, c, s in found), found
