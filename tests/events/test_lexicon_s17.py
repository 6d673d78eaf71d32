"""Lexicon rows of the seventeenth session (lex17): words of approval tendered ("offered full approval",
"extended congratulations") are verbal support and an apology offered is a concession; forces combing ground
show force (CAMEO's "comb area"); a pact or body withdrawn from is SANCTION 'withdraw', now that a row naming
the preposition's object outranks the bare preposition's row; insisting on one's own right holds out (REJECT);
the last verb + object keys whose rows tied across types keep the manual's reading; a court plea and a relief
operation have their rows (the coder reads them with the lead's _triggers patch). Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.events._lexicon import Lexicon


def _types(code_all, text: str) -> set[str]:
    return {e.event for e in code_all(text)}


def _with_object(lemma: str, obj: str) -> set[str]:
    return {t.plover for t in Lexicon.default().verb_candidates(lemma) if t.obj == obj and not t.prep}


def test_a_row_naming_the_object_outranks_the_prepositions_row():
    lex = Lexicon.default()
    assert [t.plover for t in lex.light_verb("withdraw", "from", pobj="treaty")][:1] == ["SANCTION"]
    assert [t.plover for t in lex.light_verb("withdraw", "from", pobj="pacts")][:1] == ["SANCTION"]
    assert [t.plover for t in lex.light_verb("withdraw", "from", pobj="village")][:1] == ["RETREAT"]
    # Without the object named, a caller still gets the preposition's row first.
    assert lex.light_verb("withdraw", "from")[0].obj is None


@pytest.mark.parametrize(("lemma", "obj", "kept"), [
    ("approve", "proposal", {"SUPPORT"}), ("approve", "motion", {"SUPPORT"}), ("approve", "contract", {"AGREE"}),
    ("close", "office", {"SANCTION"}), ("stage", "exercise", {"MOBILIZE"}), ("deliver", "attack", {"ACCUSE"}),
])
def test_tied_object_keys_keep_the_manuals_reading(lemma, obj, kept):
    assert _with_object(lemma, obj) == kept


def test_plea_and_relief_operation_rows():
    lex = Lexicon.default()
    assert [t.plover for t in lex.light_verb("plead", "guilty")] == ["CONCEDE"]
    assert [t.plover for t in lex.light_verb("plead", "innocent")] == ["REJECT"]
    assert [t.plover for t in lex.light_verb("mount", "relief operation")] == ["AID"]
    # The bare plea keeps its appeal: "pleaded with the ministry to reconsider".
    assert "REQUEST" in {t.plover for t in lex.verb_candidates("plead") if not (t.obj or t.prep or t.particle)}


@pytest.mark.parametrize(("text", "plover"), [
    ("The Kenyan government offered its full approval to the regional peace plan.", "SUPPORT"),
    ("The Chilean president extended his congratulations to the new Bolivian leader.", "SUPPORT"),
    ("The Danish premier sent condolences to the Turkish people after the earthquake.", "SUPPORT"),
    ("The Japanese government offered an apology to Seoul for the wartime abuses.", "CONCEDE"),
    ("Malian soldiers combed the hills near the border for the kidnappers.", "MOBILIZE"),
    ("Venezuela withdrew from the regional trade pact on Tuesday.", "SANCTION"),
    ("Hungary withdrew from the international court treaty last year.", "SANCTION"),
    ("Tehran insisted on its right to enrich uranium for power plants.", "REJECT"),
])
def test_rows_code_the_manuals_type(code_all, text, plover):
    assert plover in _types(code_all, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The Kenyan government offered its full approval to the regional peace plan.", "AGREE"),
    ("Venezuela withdrew from the regional trade pact on Tuesday.", "RETREAT"),
    ("Tehran insisted on its right to enrich uranium for power plants.", "REQUEST"),
])
def test_rows_replace_the_old_reading(code_all, text, absent):
    assert absent not in _types(code_all, text)


@pytest.mark.parametrize(("text", "plover"), [
    ("Russian troops withdrew from the village after the truce.", "RETREAT"),  # leaving ground stays RETREAT
    ("The Bolivian opposition insisted on a recount of the votes.", "REQUEST"),  # a demand on another party
    ("The minister offered support to the striking farmers.", "AGREE"),  # support offered may be material
])
def test_neighbouring_readings_stay(code_all, text, plover):
    assert plover in _types(code_all, text)
# Tests for triggers_lex17.patch (the coder reads court pleas and relief operations); append to
# tests/events/test_lexicon_s17.py once the patch is in. Invented sentences.


@pytest.mark.parametrize(("text", "plover"), [
    ("A former Peruvian governor pleaded guilty to bribery charges in a Lima court on Monday.", "CONCEDE"),
    ("A Bosnian militia leader pleaded guilty Tuesday to ordering the shelling of the town.", "CONCEDE"),
    ("The rebel commander pleaded not guilty to war crimes at the tribunal in The Hague.", "REJECT"),
    ("The United Nations is launching a relief operation for flood victims in Mozambique.", "AID"),
    ("Turkish aid agencies mounted a humanitarian operation in the besieged Syrian city.", "AID"),
    ("The Indonesian president sent a congratulatory letter to the new Australian premier.", "SUPPORT"),
])
def test_pleas_and_relief_operations(code_all, text, plover):
    assert plover in _types(code_all, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("A former Peruvian governor pleaded guilty to bribery charges in a Lima court on Monday.", "REQUEST"),
    ("The United Nations is launching a relief operation for flood victims in Mozambique.", "ASSAULT"),
])
def test_pleas_and_relief_operations_lose_the_old_reading(code_all, text, absent):
    assert absent not in _types(code_all, text)


def test_a_military_operation_stays_an_attack(code_all):
    assert "ASSAULT" in _types(code_all, "The Nigerian army launched a military operation against the rebels.")


def test_a_plain_letter_stays_a_contact(code_all):
    assert "SUPPORT" not in _types(code_all, "The Greek minister sent a letter to the European Commission.")
