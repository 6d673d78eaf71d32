"""The lexical tail along its axes (nom25, issue 3): event nouns derived from the verb lexicon by their regular
suffixes, light verbs by class (any verb that lodges a complaint, holds an objection, approves a package or issues a
joint text), and a counted object of a verb whose row names it. Invented sentences; each construction is checked in more than one wording (noun and verb form, plural,
another head noun or verb of the same class)."""
from __future__ import annotations

import importlib.util

import pytest

from eventwire.events._lexicon import Lexicon


def _build_script():
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "build_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_lexicon", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _noun_types(lemma: str) -> set[tuple[str, str | None]]:
    return {(t.plover, t.mode) for t in Lexicon.default().noun_candidates(lemma)}


def _light_types(verb: str, noun: str) -> set[str]:
    return {t.plover for t in Lexicon.default().light_verb(verb, noun) if t.obj}


def _coded(code_all, text: str, plover: str) -> list[tuple[list, list]]:
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in code_all(text) if e.event == plover]


# --- derived nouns -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb, nouns", [
    ("retaliate", ["retaliation"]), ("object", ["objection"]), ("declare", ["declaration"]),
    ("expel", ["expulsion"]), ("denounce", ["denunciation"]), ("seize", ["seizure"]), ("refuse", ["refusal"]),
    ("withdraw", ["withdrawal"]), ("deny", ["denial"]), ("invade", ["invasion"]), ("detain", ["detention"]),
    ("imprison", ["imprisonment"]), ("ratify", ["ratification"]), ("resume", ["resumption"]),
])
def test_regular_suffixes_make_the_act_noun(verb, nouns):
    assert set(nouns) <= set(_build_script().nominalisations(verb))


def test_suffixes_are_not_applied_where_they_make_another_word():
    build = _build_script()
    # -al after a stem that is no -ve/-se verb, -age and -y are left out: sign/signal, host/hostage, arm/army
    assert "signal" not in build.nominalisations("sign")
    assert "hostage" not in build.nominalisations("host")
    assert "army" not in build.nominalisations("arm")


@pytest.mark.parametrize("noun, plover, mode", [
    # the manual files objections under ACCUSE 'disapprove', a prosecution under ACCUSE 'allege'
    ("objection", "ACCUSE", "disapprove"), ("prosecution", "ACCUSE", "allege"),
    ("seizure", "COERCE", "seize"), ("censure", "ACCUSE", "disapprove"), ("repudiation", "REJECT", None),
    ("imprisonment", "COERCE", "arrest"), ("rebuke", "ACCUSE", "disapprove"), ("stoppage", "PROTEST", "strike"),
])
def test_derived_nouns_carry_the_verbs_type(noun, plover, mode):
    assert (plover, mode) in _noun_types(noun)
    assert (plover, mode) in _noun_types(noun + "s")  # surface plurals find the row too


@pytest.mark.parametrize("noun", ["probation", "conversion", "convention", "signal", "hostage", "suggestion",
                                  "opposition", "pledge", "contribution", "denunciation"])
def test_look_alike_forms_are_no_event_nouns(noun):
    assert not _noun_types(noun)


def test_a_noun_listed_by_hand_keeps_its_own_row():
    # "withdrawal" is derived from "withdraw" too; the hand row (RETREAT withdraw) is the one kept
    assert _noun_types("withdrawal") == {("RETREAT", "withdraw")}


@pytest.mark.parametrize("text, actor, recipient", [
    ("The seizure of a Greek freighter by Turkish gunboats angered Athens.", "TUR", "GRC"),
    ("Peru announced the seizure of three Ecuadorean trawlers in its waters.", "PER", "ECU"),
])
def test_a_derived_noun_is_coded_with_its_maker(code_all, text, actor, recipient):
    assert any(actor in a and recipient in r for a, r in _coded(code_all, text, "COERCE"))


# --- light verbs by class ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["lodge", "file", "register", "raise", "submit", "deliver", "make"])
@pytest.mark.parametrize("noun", ["protest", "complaint", "objection", "grievance"])
def test_any_delivering_verb_lodges_any_complaint(verb, noun):
    assert "ACCUSE" in _light_types(verb, noun)


@pytest.mark.parametrize("verb", ["have", "hold", "maintain", "harbour"])
@pytest.mark.parametrize("noun", ["objection", "reservation", "misgiving"])
def test_objections_held_are_disapproval(verb, noun):
    assert _light_types(verb, noun) == {"ACCUSE"}


def test_concern_held_is_not_disapproval():
    # investors "have concerns" about prices: no party's act
    assert not _light_types("have", "concern")


@pytest.mark.parametrize("verb", ["approve", "adopt", "ratify"])
@pytest.mark.parametrize("noun", ["package", "programme", "communique"])
def test_approving_a_package_is_support(verb, noun):
    assert "SUPPORT" in _light_types(verb, noun)


def test_ones_own_measures_are_no_support():
    assert not _light_types("adopt", "measure")
    assert not _light_types("approve", "budget")


@pytest.mark.parametrize("text, actors, recipient", [
    ("Kenya lodged strong objections to the Ugandan border tax on Monday.", {"KEN"}, "UGA"),
    ("The Indian government filed a formal complaint with Pakistan over the border firing.", {"IND"}, "PAK"),
    ("Britain and France still have strong objections to the proposed Dutch levy.", {"GBR", "FRA"}, "NLD"),
    ("Italy harbours serious reservations to the Spanish fishing quota.", {"ITA"}, "ESP"),
    # ("about" names no recipient of an ACCUSE today: the party resolver's business, not the row's)
    ("Italy harbours serious reservations about the Spanish fishing quota.", {"ITA"}, None),
])
def test_complaints_lodged_or_held_are_coded(code_all, text, actors, recipient):
    assert any(actors <= set(a) and (recipient is None or recipient in r) for a, r in _coded(code_all, text, "ACCUSE"))


@pytest.mark.parametrize("text", [
    "Peru and Bolivia signed a joint communique at the end of the talks.",
    "The foreign ministers of Peru and Bolivia released a joint statement on Tuesday.",
])
def test_a_joint_text_issued_tells_an_agreement(code_all, text):
    assert any("PER" in a for a, _r in _coded(code_all, text, "AGREE"))


def test_a_loan_package_approved_agrees_to_lend(code_all):
    coded = _coded(code_all, "The IMF approved a 22-month loan package for Mexico last year.", "AGREE")
    assert any("IGO" in a and "MEX" in r for a, r in coded)
    assert "AID" in _light_types("approve", "aid package")


def test_a_package_delayed_is_no_sanction(code_all):
    # only approving verbs have rows for a loan or aid package, not every verb that has rows for "aid"
    assert not _coded(code_all, "The Japanese aid package for Manila was delayed until April.", "SANCTION")


# --- counted objects -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru concluded two accords with Chile in March.", "PER", "CHL"),
    ("Mexico has so far concluded eight bilateral accords with creditor governments.", "MEX", "IGO"),
])
def test_a_counted_object_of_a_done_act_is_told(code_all, text, actor, recipient):
    assert any(actor in a and recipient in r for a, r in _coded(code_all, text, "AGREE"))


def test_a_share_of_events_is_no_new_event(code_all):
    assert not _coded(code_all, "Most of the stoppages were in the north, the union said.", "PROTEST")
    assert not _coded(code_all, "Many of the protests in the capital were peaceful, police said.", "PROTEST")


def test_a_count_of_acts_in_general_stays_an_aggregate(code_all):
    # no verb with a row on the noun: "eight coups in four years" sums up earlier acts
    assert not _coded(code_all, "The country has seen eight coups in four years.", "COERCE")
