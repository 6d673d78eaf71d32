"""Lexicon rows of the fifteenth session (lex15): verbs that only inherit a CAMEO synset's code and whose news
sense is another thing (a change in amount, surpassing a rival, tabling a motion) lose their bare rows; facing
charges, leading a delegation, attacking an opponent's words, arranging a meeting, contributing troops, handing
over intelligence, guarding a border and warships sailing into contested water get the type the PLOVER manual
gives them. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.events._lexicon import Lexicon


def _bare(lemma: str) -> list[str]:
    return [t.plover for t in Lexicon.default().verb_candidates(lemma)
            if not (t.particle or t.prep or t.obj)]


def _with_object(lemma: str, obj: str) -> set[tuple[str, str | None]]:
    return {(t.plover, t.mode) for t in Lexicon.default().verb_candidates(lemma) if t.obj == obj}


@pytest.mark.parametrize("lemma", ["overtake", "increase", "improve", "control", "prefer", "table",
                                   "speculate", "interfere", "bid", "plague"])
def test_synonym_only_verbs_keep_no_bare_row(lemma):
    assert _bare(lemma) == []


@pytest.mark.parametrize("lemma", ["ridicule", "hail", "hit", "torch", "oppose", "applaud", "irritate", "disappoint",
                                   "defeat"])
def test_synonyms_that_name_their_event_keep_it(lemma):
    assert _bare(lemma)


def test_constrained_rows_of_dropped_verbs_stay():
    assert ("MOBILIZE", "troops") in _with_object("increase", "troop")
    assert any(t.plover == "ASSAULT" for t in Lexicon.default().light_verb("overtake", "town"))


def test_object_rows_get_the_manuals_type():
    assert ("ACCUSE", "allege") in _with_object("face", "charge")
    assert ("CONSULT", "visit") in _with_object("lead", "delegation")
    assert ("ACCUSE", "disapprove") in _with_object("attack", "pledge")
    assert ("AGREE", None) in _with_object("arrange", "meeting")
    assert {p for p, _ in _with_object("contribute", "contingent")} <= {"AID"}
    assert not _with_object("heighten", "tension") and not _with_object("give", "notice")
    assert ("COOPERATE", None) in _with_object("provide", "intelligence")
    assert ("MOBILIZE", "troops") in _with_object("guard", "border")
    assert ("ASSAULT", "destroy") in _with_object("burn", "village")
    assert not _with_object("raise", "money")
    assert _bare("assist")[0] == "AID" and _bare("grant")[0] == "CONCEDE"  # heaviest first
    assert ("AID", None) in _with_object("grant", "asylum")


def _types(code_all, text: str) -> set[str]:
    return {e.event for e in code_all(text)}


@pytest.mark.parametrize(("text", "absent"), [
    ("Brazil overtook Germany as the largest buyer of Chilean copper last year.", "ASSAULT"),
    ("The Kenyan finance minister has steadily improved revenue collection in Kenya.", "COOPERATE"),
    ("The Dutch economy was plagued by strikes and shortages last year.", "PROTEST"),
    ("The Irish opposition tabled an amendment to the Irish budget bill.", "ACCUSE"),
])
def test_figurative_uses_code_no_event_of_that_type(code_all, text, absent):
    assert absent not in _types(code_all, text)


@pytest.mark.parametrize(("text", "plover"), [
    ("The Polish prime minister attacked the Hungarian government's pledges as empty.", "ACCUSE"),
    ("The Chilean trade minister led a delegation to Argentina on Monday.", "CONSULT"),
    ("Ghana contributed a contingent of soldiers to the UN force in Liberia.", "AID"),
    ("Indian and Pakistani officials arranged a meeting between the two foreign ministers.", "AGREE"),
    ("Uzbekistan provided intelligence about the militants to Russia.", "COOPERATE"),
    ("Tajik troops are guarding the border with Afghanistan.", "MOBILIZE"),
    ("Chinese warships sailed into the disputed waters near Vietnam.", "MOBILIZE"),
    ("Iranian engineers assisted the Syrian army in building the airstrip.", "AID"),
    ("Japan requires further concessions from South Korea before any deal.", "REQUEST"),
    ("Greece wants an apology from Turkey over the incident.", "REQUEST"),
])
def test_rows_code_the_manuals_type(code_all, text, plover):
    assert plover in _types(code_all, text)
