"""Actor tables and phrase resolution, thirteenth session. Invented phrases."""
from __future__ import annotations

import pytest

from eventwire.actors import resolve_phrase


@pytest.mark.parametrize("phrase", ["the U.S. Had", "the U.S. Would", "the U.S. Will", "the U.S. Is"])
def test_a_capitalised_auxiliary_after_a_country_is_no_part_of_a_name(phrase):
    # Wire copy capitalises the word after an abbreviation's full stop: the clause goes on, no longer name begins.
    r = resolve_phrase(phrase)
    assert r is not None and r.code == "USA"


@pytest.mark.parametrize("phrase", ["Chad Wolf", "Jordan Peterson"])
def test_a_place_before_an_unknown_capitalised_word_is_still_part_of_a_name(phrase):
    r = resolve_phrase(phrase)
    assert r is None or r.code not in ("TCD", "JOR")


@pytest.mark.parametrize("phrase, code", [("the U.S. Determines", "USA"), ("the U.S. Sanctions", "USA"),
                                          ("the U.K. Authorities", "GBR")])
def test_a_word_after_an_abbreviation_s_full_stop_is_no_part_of_a_name(phrase, code):
    r = resolve_phrase(phrase)
    assert r is not None and r.code == code


def test_a_party_word_after_a_comma_is_no_foreign_party_name():
    # "Social Democrats" is some other country's party; "the Communists, Republicans" is a list.
    from eventwire.actors._kb import ActorKB
    from eventwire.actors._resolve import scan
    from eventwire.actors._text import tokenize
    kb = ActorKB.default()
    assert "republicans" in [m.key for m in scan(kb, tokenize("the Communists, Republicans and Liberals"))]
    assert "democrats" not in [m.key for m in scan(kb, tokenize("the Social Democrats"))]


def test_a_lone_surname_the_tagger_calls_an_organisation_is_the_person_named_before():
    from eventwire.actors._people import link_people
    from eventwire.model import Entity
    text = "Prime Minister Ichiro Tanaka spoke. On the trade sanctions, Tanaka said nothing."
    full = Entity("Ichiro Tanaka", 15, 28, "PERSON", "JPN", "GOV", None, None, None)
    at = text.index("Tanaka said")
    lone = Entity("Tanaka", at, at + 6, "ORG", None, None, None, None, None)
    link_people(text, [full, lone])
    assert (lone.label, lone.code) == ("PERSON", "JPN")


def test_a_lone_organisation_name_no_person_has_is_left_alone():
    from eventwire.actors._people import link_people
    from eventwire.model import Entity
    text = "Prime Minister Ichiro Tanaka spoke. Meanwhile Toyota said nothing."
    full = Entity("Ichiro Tanaka", 15, 28, "PERSON", "JPN", "GOV", None, None, None)
    at = text.index("Toyota")
    org = Entity("Toyota", at, at + 6, "ORG", None, None, None, None, None)
    link_people(text, [full, org])
    assert org.label == "ORG" and org.code is None
