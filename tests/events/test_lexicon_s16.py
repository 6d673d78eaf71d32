"""Lexicon rows of the sixteenth session (lex16): CAMEO "verb object" keys that several codes share (their telling
words lost) keep the type the manual gives the bare pair, or none; bare submit, respect, intervene and examine
go; idioms whose noun stands bare ("take issue", "find fault") are marked; approving a request, allowing
visits, phone talks, shared information, handed-down sentences, blocked assets and defeated bills get their PLOVER
types. Invented sentences."""
from __future__ import annotations

import pytest

from eventwire.events._lexicon import Lexicon


def _with_object(lemma: str, obj: str) -> set[str]:
    return {t.plover for t in Lexicon.default().verb_candidates(lemma) if t.obj == obj and not t.prep}


def _bare(lemma: str) -> list[str]:
    return [t.plover for t in Lexicon.default().verb_candidates(lemma) if not (t.particle or t.prep or t.obj)]


@pytest.mark.parametrize(("lemma", "obj", "kept"), [
    ("submit", "proposal", set()), ("submit", "motion", set()), ("call", "election", set()),
    ("provide", "detail", set()), ("launch", "programme", set()), ("call", "strike", set()),
    ("withdraw", "force", {"RETREAT"}), ("stage", "attack", {"ASSAULT"}), ("step", "attack", {"ASSAULT"}),
    ("expel", "diplomat", {"SANCTION"}), ("cancel", "treaty", {"REJECT"}), ("resolve", "dispute", {"AGREE"}),
    ("receive", "weapon", {"AID"}), ("reinforce", "force", {"MOBILIZE"}), ("send", "delegation", {"CONSULT"}),
])
def test_shared_object_keys_keep_one_reading(lemma, obj, kept):
    assert _with_object(lemma, obj) == kept


def test_submit_keeps_only_requests_and_charges():
    assert _bare("submit") == []
    assert {t.plover for t in Lexicon.default().verb_candidates("submit")} <= {"REQUEST", "ACCUSE"}
    assert [t.plover for t in Lexicon.default().light_verb("submit", "resignation")] == ["RETREAT"]


@pytest.mark.parametrize("lemma", ["respect", "intervene", "examine"])
def test_grammatical_or_opinion_verbs_keep_no_bare_row(lemma):
    assert _bare(lemma) == []


def test_defeating_a_bill_rejects_it():
    assert [t.plover for t in Lexicon.default().light_verb("defeat", "amendment")] == ["REJECT"]
    assert "ASSAULT" in _bare("defeat")  # "defeated the rebels" stays fighting


def test_bare_noun_idioms_are_marked():
    import importlib.util
    from pathlib import Path

    from eventwire.events._lexicon import BARE_NOUN_IDIOM
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_lexicon", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.BARE_NOUN_IDIOM == BARE_NOUN_IDIOM
    lex = Lexicon.default()
    assert lex.bare_noun_idiom("take", "issue") and lex.bare_noun_idiom("find", "fault")
    assert not lex.bare_noun_idiom("take", "swipe") and not lex.bare_noun_idiom("level", "criticism")


def test_idle_rows_are_gone():
    assert not _with_object("increase", "reserve")
    assert not [t for t in Lexicon.default().verb_candidates("move") if t.prep == "into" and not t.obj]


def _types(code_all, text: str) -> set[str]:
    return {e.event for e in code_all(text)}


@pytest.mark.parametrize(("text", "absent"), [
    ("Delegates from Uruguay were submitting proposals to the fisheries panel.", "ACCUSE"),
    ("The Danish prime minister called a snap election for November.", "CONCEDE"),
    ("The interior ministry provided further details of the three suspects.", "AID"),
    ("The central bank increased its foreign currency reserves in March.", "MOBILIZE"),
    ("All four Afghan factions had submitted their lists of candidates to the envoy.", "CONCEDE"),
    ("The Peruvian central bank governor is deeply respected by foreign investors.", "SUPPORT"),
    ("The Bank of Korea intervened heavily in the currency market on Friday.", "AID"),
])
def test_pairs_that_report_no_such_event(code_all, text, absent):
    assert absent not in _types(code_all, text)


@pytest.mark.parametrize(("text", "plover"), [
    ("The Mexican Senate defeated an attempt to cut funding for the border police.", "REJECT"),
    ("The Spanish justice minister approved an extradition request from Argentina.", "AGREE"),
    ("Sudan allowed three visits by Egyptian inspectors to the dam site.", "RETREAT"),
    ("Police in Chile and Peru exchanged information on the trafficking network.", "COOPERATE"),
    ("A military court handed down a ten-year sentence to the rebel commander.", "COERCE"),
    ("The Treasury blocked the assets of the Libyan central bank.", "SANCTION"),
    ("The Norwegian minister took issue with the Russian proposal on fishing quotas.", "ACCUSE"),
])
def test_rows_code_the_manuals_type(code_all, text, plover):
    assert plover in _types(code_all, text)


# The coder honours the bare-noun mark (lex16's _triggers patch, applied by the lead).
@pytest.mark.parametrize("text", [
    "The issue was taken up by the regional council on Monday.",
    "Inspectors found faults in the pipeline near the Slovak border.",
])
def test_idiom_words_without_the_idiom_are_no_criticism(code_all, text):
    assert "ACCUSE" not in _types(code_all, text)


@pytest.mark.parametrize(("text", "plover"), [
    ("The Norwegian minister took issue with the Russian proposal on fishing quotas.", "ACCUSE"),
    ("Opposition leaders in Kenya found fault with the budget.", "ACCUSE"),
    ("The army took power in Niger on Wednesday.", "COERCE"),
])
def test_bare_idioms_still_code(code_all, text, plover):
    assert plover in _types(code_all, text)

