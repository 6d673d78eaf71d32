"""act44: wrong actors. "Our forces" in a speaker's words are the speaker's side, not the party named last;
"European" names the European side (EUR), not the country the sentence or story is about. Invented phrases and
sentences."""
from __future__ import annotations

import pytest
from event_helpers import roles_on

from eventwire.actors import resolve_phrase

PUBLISHED = "1987-05-18"


def test_our_forces_are_the_speaker_s_not_the_party_named_last(code_all):
    text = ("Iraq said it repelled an Iranian assault near its port of Basra. An Iraqi field commander said two "
            "Iranian brigades were destroyed. He said \"Our forces are still repelling the enemy offensive.\"")
    roles = [r for r in roles_on(code_all(text), "repelling") if r[0] == "ASSAULT"]
    assert roles and "IRN" not in roles[0][1]


@pytest.mark.parametrize("phrase,sector", [("European firms", "BUS"), ("European leaders", "GOV"),
                                           ("West European governments", "GOV"), ("the Europeans", None)])
def test_european_is_the_european_side(phrase, sector):
    r = resolve_phrase(phrase, date="2005-02-15")
    assert r is not None and (r.code, r.sector) == ("EUR", sector)


def test_european_actor_does_not_borrow_the_sentence_s_country(code_all):
    text = "European firms have protested that new US listing rules are too costly."
    roles = [r for r in roles_on(code_all(text), "protested") if r[0] in ("ACCUSE", "PROTEST")]
    assert roles and roles[0][1] == ["EUR"]


def test_the_european_community_keeps_its_entry():
    r = resolve_phrase("the European Community", date="1987-05-18")
    assert r is not None and r.code == "EUR" and r.canonical == "European Community"


def test_european_opening_an_unknown_name_is_no_party():
    r = resolve_phrase("the European Monetary System", date="1987-05-18")
    assert r is None or r.code != "EUR"


@pytest.mark.parametrize("phrase", ["the pan-European bourse", "other European countries",
                                    "the European Court of Human Rights", "a tour of European capitals"])
def test_pan_european_and_european_countries_are_not_the_union(phrase):
    r = resolve_phrase(phrase, date="2005-02-15")
    assert r is None or r.code != "EUR"
