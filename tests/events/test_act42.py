"""act42: business people are not governments or armies; figurative clashes and attacks in politics are not
ASSAULTs. Invented phrases and sentences."""
from __future__ import annotations

import pytest

from eventwire.actors import resolve_phrase


@pytest.mark.parametrize("phrase", ["Quorvex general manager Ann Roe", "the annual general meeting",
                                    "the general counsel of Quorvex"])
def test_general_as_an_adjective_is_no_army_officer(phrase):
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is None or r.sector != "MIL"


@pytest.mark.parametrize("phrase", ["the general", "General Ann Roe"])
def test_a_general_alone_or_before_a_name_is_still_military(phrase):
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is not None and r.sector == "MIL"


@pytest.mark.parametrize("phrase", ["the Director General of the Ruritanian Chambers of Commerce",
                                    "the chief executive of the Confederation of Ruritanian Industry",
                                    "Chief executive Ann Roe"])
def test_a_business_body_s_head_is_business(phrase):
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is not None and r.sector == "BUS"


def test_hong_kong_s_chief_executive_stays_a_government():
    r = resolve_phrase("Hong Kong Chief Executive Tung Chee-hwa", date="2000-03-01")
    assert r is not None and (r.code, r.sector) == ("HKG", "GOV")


def test_a_city_s_exchange_is_a_market():
    r = resolve_phrase("the London exchange", head="exchange", date="2004-05-01")
    assert r is not None and (r.code, r.sector) == ("GBR", "BUS")


@pytest.mark.parametrize("phrase", ["certain Quorvex Widget officers", "the company's officers"])
def test_a_firm_s_officers_are_business(phrase):
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is not None and r.sector == "BUS"


@pytest.mark.parametrize("phrase", ["Army officers", "the officers", "Customs officers"])
def test_service_officers_are_not_business(phrase):
    r = resolve_phrase(phrase, date="2004-05-01")
    assert r is not None and r.sector != "BUS"


from eventwire.pipeline import Pipeline  # noqa: E402


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _types(pipe, text):
    doc = pipe.process_text(text, published="2005-02-15")
    return [ev.event for ev in doc.events]


@pytest.mark.parametrize("text", ["The former minister also attacked the way the budget was presented to voters.",
                                  "The senator attacked the lack of money for rural schools."])
def test_an_attack_on_a_manner_or_a_lack_is_verbal(pipe, text):
    types = _types(pipe, text)
    assert "ASSAULT" not in types


def test_figures_of_speech_are_no_assault(pipe):
    assert "ASSAULT" not in _types(pipe, "Mr Quorn fired both barrels at the finance minister.")
    assert "ACCUSE" not in _types(pipe, "The Whigs are beating a retreat on pension reform.")


def test_legislators_clashing_with_each_other_is_verbal(pipe):
    types = _types(pipe, "Whig and Tory MPs clashed in the chamber on Monday.")
    assert "ASSAULT" not in types


def test_legislators_clashing_with_police_stays_a_clash(pipe):
    types = _types(pipe, "Whig MPs clashed with police outside the parliament.")
    assert "ACCUSE" not in types


def test_a_firm_suing_firms_is_no_accusation(pipe):
    assert "ACCUSE" not in _types(pipe, "Quorvex Corp sued Blandco Inc over the supply contract.")


def test_a_firm_suing_a_government_stays(pipe):
    assert "ACCUSE" in _types(pipe, "Quorvex Corp sued the Russian government for damages.")
