"""Actor tables and phrase resolution, fifteenth session: a firm's "chief executive" that no table knows is a
business officer, and epithets that stand for one state. Invented phrases."""
from __future__ import annotations

import pytest

from eventwire.actors import resolve_phrase


@pytest.mark.parametrize("phrase", ["Zentrix Chief Executive Paul Varga", "Zentrix's chief executive",
                                    "the chief executive of Zentrix Holdings"])
def test_a_chief_executive_of_an_unknown_body_is_a_business_officer(phrase):
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is not None and r.sector == "BUS" and r.code is None


@pytest.mark.parametrize("phrase", ["Chief Executive Paul Varga", "the chief executive", "Deputy Chief Executive Ann Roe",
                                    "Ann Roe, chief executive"])
def test_a_bare_chief_executive_is_a_business_title(phrase):
    # PLOVER's agents list the title under GOV (Hong Kong's head of government); with no body and no
    # territory named beside it, it is far more often a firm's head (changed by act42: unseen stories coded
    # unnamed firms' chief executives as governments).
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is not None and r.sector == "BUS"


@pytest.mark.parametrize("phrase", ["Ann Roe, chief executive of the Migrant Council",
                                    "Harbour Trust chief executive Ann Roe"])
def test_a_public_body_s_or_charity_s_chief_executive_or_a_name_before_a_comma_is_no_firm_s(phrase):
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is None or r.sector != "BUS"


def test_a_known_state_before_chief_executive_keeps_its_code():
    r = resolve_phrase("Hong Kong Chief Executive Tung Chee-hwa", date="2000-03-01")
    assert r is not None and (r.code, r.sector) == ("HKG", "GOV")


@pytest.mark.parametrize("phrase, code", [("the Jewish state", "ISR"), ("the Hermit Kingdom", "PRK"),
                                          ("the Islamic Republic", "IRN"), ("the Zionist entity", "ISR")])
def test_an_epithet_of_one_state_is_that_state(phrase, code):
    r = resolve_phrase(phrase)
    assert r is not None and r.code == code and r.sector is None


def test_the_islamic_republic_follows_a_story_about_another_islamic_republic():
    r = resolve_phrase("the Islamic republic", story_country="PAK")
    assert r is not None and r.code == "PAK"


def test_an_epithet_gives_the_country_of_the_agent_after_it():
    r = resolve_phrase("the Jewish state's army", head="army")
    assert r is not None and (r.code, r.sector) == ("ISR", "MIL")


@pytest.mark.parametrize("phrase", ["the Jewish community", "Islamic republics", "the Islamic Republic of Pakistan"])
def test_no_epithet_without_the_whole_phrase(phrase):
    r = resolve_phrase(phrase)
    assert r is None or r.code in (None, "PAK")


def _jihad_code(text):
    from eventwire.actors import find_actor_mentions
    return [e.code for e in find_actor_mentions(text) if e.text == "Islamic Jihad"]


def test_a_group_name_two_countries_used_follows_the_country_the_text_names():
    assert _jihad_code("Hamas and Islamic Jihad claimed the shooting near Gaza City.") == ["PSE"]
    assert _jihad_code("Islamic Jihad said it still holds the two hostages seized in Beirut.") == ["LBN"]


def test_a_group_name_two_countries_used_keeps_the_tables_answer_when_the_text_names_neither():
    assert _jihad_code("Islamic Jihad said it would free two hostages.") == ["LBN"]
