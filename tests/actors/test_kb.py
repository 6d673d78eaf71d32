"""Knowledge base loading, lookup, user files, listing and explanations."""
from __future__ import annotations


import pytest

from eventwire.actors import ActorKB, add_actor, explain_lookup, list_actors
from eventwire.errors import ConfigError


def test_default_is_a_singleton():
    # Load time is measured by `eventwire bench`, not asserted here (timed tests flake on busy CI).
    assert ActorKB.default() is ActorKB.default()
    assert len(ActorKB.default()) > 20000


def test_lookup_is_explainable():
    rs = ActorKB.default().lookup("Nigerien")
    assert rs and rs[0].code == "NER"
    assert ActorKB.default().lookup("Nigerian")[0].code == "NGA"
    assert all(r.explanation and r.source for r in rs)
    agent = ActorKB.default().lookup("junta")
    assert agent[-1].kind == "agent" and agent[-1].sector == "MIL"


def test_lookup_dates():
    r = ActorKB.default().lookup("Joe Biden", date="2024-04-19")[0]
    assert (r.code, r.sector, r.valid_from, r.valid_to) == ("USA", "GOV", "2021-01-20", "2025-01-20")


def test_user_yaml_overrides(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text(
        "- name: Zorbania Liberation Front\n  code: NER\n  sector: REB\n  aliases: [ZLF, the Front]\n"
        "- name: Amadou Testeur\n  code: NER\n  sector: GOV\n  office: Minister of Tests\n"
        "  valid_from: 2023-08-01\n  valid_to: 2025-01-01\n",
        encoding="utf-8")
    kb = ActorKB.load(extra_paths=[p])
    assert kb.lookup("ZLF")[0].code == "NER"
    from eventwire.actors import resolve_phrase

    r = resolve_phrase("Amadou Testeur", date="2024-04-19", kb=kb)
    assert (r.code, r.sector, r.office) == ("NER", "GOV", "Minister of Tests")
    assert resolve_phrase("Amadou Testeur", date="2026-01-01", kb=kb).sector == "ELI"
    assert ActorKB.default().lookup("ZLF") == []  # the shared default is untouched


def test_user_csv_and_add_actor(tmp_path):
    p = tmp_path / "mine.csv"
    add_actor(p, name="Sahel Watch", code="NGO", aliases="SW|Sahel Watchers")
    add_actor(p, name="Colonel Test", code="MLI", sector="MIL", valid_from="2020-01-01")
    kb = ActorKB.load(extra_paths=[p])
    assert kb.lookup("Sahel Watchers")[0].code == "NGO"
    assert kb.lookup("Colonel Test", date="2024-01-01")[0].sector == "MIL"
    rows = list_actors(kb, source="user:", limit=None)
    assert {r["name"] for r in rows} == {"Sahel Watch", "Colonel Test"}


def test_add_actor_validates(tmp_path):
    with pytest.raises(ConfigError) as e:
        add_actor(tmp_path / "x.yaml", name="Bad", code="NIGER")
    assert e.value.code == "E902"
    with pytest.raises(ConfigError):
        add_actor(tmp_path / "x.yaml", name="Bad", code="NER", sector="ARMY")
    with pytest.raises(ConfigError):
        add_actor(tmp_path / "x.yaml", name="Bad", code="NER", valid_from="19 April 2024")


def test_list_actors_filters():
    rows = list_actors(code="NER", limit=None)
    assert rows and all(r["code"] == "NER" for r in rows)
    assert any(r["name"] == "Mohamed Bazoum" for r in list_actors(name_contains="bazoum"))


def test_explain_lookup_known_and_unknown():
    text = explain_lookup("Kurt Campbell", "2024-04-19")
    assert "USA GOV" in text and "2021-01-20" in text
    text = explain_lookup("Jane Doerington", "2024-04-19")
    assert "not in the dictionaries" in text and "title rule" in text and "USA GOV" in text
