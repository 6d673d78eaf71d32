"""Actors, twentieth session (rec21): the World Bank is its own international body (IGO), not a UN
organ; a country's short name with its article before a body's name is that state's body ("the US Customs
Service"); a state described by its region ("the central African country") is the story's country, not a
state whose name holds the region's words; a group of MEPs with no country written is the European
Parliament's (EUR); with no date, a title written beside a person picks which recorded role is meant; the
table builder gives a listed plural no second ending. Invented phrases."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eventwire.actors import resolve_phrase

REPO = Path(__file__).resolve().parents[2]


def _code(phrase: str, **kw) -> str | None:
    res = resolve_phrase(phrase, **kw)
    return res.code if res is not None else None


def test_world_bank_is_an_igo_not_the_un():
    assert _code("the World Bank") == "IGO"
    assert _code("a World Bank official") == "IGO"


def test_country_with_article_before_a_body_name_is_that_state():
    assert _code("the US Customs Service") == "USA"
    assert _code("the UK Border Agency") == "GBR"
    # a town's name opening a longer name stays out ("Washington Post" is a paper, coded as one)
    assert _code("the Washington Post") == "USA"


def test_region_description_is_the_story_country():
    assert _code("the central African country", story_country="TCD") == "TCD"
    assert _code("the South American nation", story_country="PRY") == "PRY"
    assert _code("the Central African Republic", story_country="TCD") == "CAF"
    res = resolve_phrase("the west African state's army", story_country="MLI")
    assert res is not None and (res.code, res.sector) == ("MLI", "MIL")


def test_region_description_with_no_story_country_has_no_code():
    assert _code("the central African country") is None


def test_a_group_of_meps_is_the_european_parliament():
    assert _code("three MEPs", context_country="GBR") == "EUR"
    # a written nationality or party wins, and one MEP keeps the context's country
    assert _code("German MEPs", context_country="GBR") == "DEU"
    assert _code("an MEP", context_country="GBR") == "GBR"


def test_undated_title_picks_the_matching_role():
    titled = resolve_phrase("Foreign Secretary Jack Straw", date=None)
    assert titled is not None and (titled.code, titled.sector) == ("GBR", "GOV")
    dated = resolve_phrase("Foreign Secretary Jack Straw", date="2005-03-01")
    assert dated is not None and dated.sector == "GOV"


def _builder():
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location("build_actors", REPO / "scripts" / "build_actors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_builder_gives_a_listed_plural_no_second_ending():
    mod = _builder()
    assert mod.plurals("miners") == []
    assert mod.plurals("armed forces") == []
    assert mod.plurals("miner") == ["miners"]
    assert mod.plurals("boss") == ["bosses"]
    assert mod.plurals("policeman") == ["policemen"]
    assert mod.plurals("party") == ["parties"]


def test_shipped_table_has_no_doubled_plurals():
    from eventwire.actors import ActorKB

    kb = ActorKB.default()
    assert "minerses" not in kb.agents and "soldierses" not in kb.agents
    assert "miners" in kb.agents and "growers" in kb.agents
