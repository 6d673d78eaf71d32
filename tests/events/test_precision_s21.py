"""Precision (twentieth session, prec20): a reported claim that a party has kept to an agreement or a rule made
before ("said it had abided by the treaty", "insists the country is living up to its accord") tells conduct, usually
in rebuttal, not a new agreement; and what a report says while someone is still checking it ("investigating reports
that ...") is no act told as done (_background). A pledge to comply, a denial of compliance and an act told as fact
stay. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from story_helpers import background_reason_of


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text, word", [
    ("The ministry insisted that the kingdom was living up to its fishing pact with Norway.", "pact"),
    ("The bank rejected the charges and said it complied with all relevant rules.", "complied"),
    ("Officials said Peru had been fully implementing the accord.", "implementing"),
    ("The envoy said his government has always honoured the agreement.", "honoured"),
])
def test_a_claim_of_keeping_an_agreement_is_no_new_one(nlp, text, word):
    assert "keeping to an agreement" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("Lima agreed to implement the accord next year.", "implement"),  # an undertaking: AGREE
    ("Ankara said it will honour the ceasefire agreement.", "honour"),  # a pledge
    ("Oslo said the kingdom had not complied with the fishing pact.", "complied"),  # an accusation
    ("The two states signed a fishing pact on Monday.", "pact"),  # a new agreement
    ("Peru implemented the accord on Monday, officials said.", "implemented"),  # told, then attributed
    ("Officials said Peru implemented the accord on Monday.", "implemented"),  # a dated act
])
def test_pledges_denials_and_new_agreements_stay(nlp, text, word):
    reason = background_reason_of(nlp, text, word) or ""
    assert "keeping to an agreement" not in reason


@pytest.mark.parametrize("text, word", [
    ("The government is investigating reports that a Danish citizen has been fighting for the rebels.", "fighting"),
    ("Police are looking into reports that guards beat two inmates.", "beat"),
])
def test_a_report_being_checked_is_no_act_reported(nlp, text, word):
    assert "being checked" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The minister confirmed reports that troops had shelled the town.", "shelled"),
    ("Rebels shelled the town on Monday, according to reports.", "shelled"),
])
def test_reports_nobody_is_checking_stay(nlp, text, word):
    assert "being checked" not in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("Ottawa threatened duties on Chile for breaking its fishing agreement with Canada.", "agreement"),
    ("The talks stalled over violations of the 1994 border accord.", "accord"),
    ("Tokyo asked its chipmakers to cut output to save the pact.", "pact"),
])
def test_an_agreement_already_standing_is_no_new_one(nlp, text, word):
    assert "already standing" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("Chile and Peru signed a fishing agreement on Monday.", "agreement"),
    ("Ministers reached a deal to extend the border accord by a year.", "deal"),
    ("The two sides renewed the pact for five years.", "pact"),
])
def test_new_and_renewed_agreements_stay(nlp, text, word):
    assert "already standing" not in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text", [
    "Judge Brown, who chaired the inquiry into the 1985 riots, has died aged 88.",
    "Ms Adler, who reported on the war for thirty years, died at her home in Vienna.",
])
def test_a_natural_death_stays_natural_whatever_the_dead_did_in_life(nlp, text):
    assert "no force told" in (background_reason_of(nlp, text, "died") or "")


@pytest.mark.parametrize("text", [
    "Mr Jones, who was shot during the riots, died in hospital.",
    "Mr Okafor died in police custody on Monday.",
])
def test_a_death_from_force_or_in_custody_stays(nlp, text):
    assert "no force told" not in (background_reason_of(nlp, text, "died") or "")


class _Ctx:
    entity_at: dict = {}


@pytest.mark.parametrize("text, word, firm", [
    ("The mining company said it was withdrawing its listing.", "withdrawing", True),
    ("Its parent firm, Orlo Holdings, announced that it had asked the bank to unwind the loan.", "asked", True),
    ("The finance ministry said it was withdrawing its tax proposal.", "withdrawing", False),
    ("The company withdrew its listing on Monday.", "withdrew", False),  # told, not in a firm's words
])
def test_a_firms_own_pronoun_in_its_statement_is_the_firm(nlp, text, word, firm):
    from eventwire.events._relevance import _business_speaker

    tok = next(t for t in nlp(text) if t.text == word)
    assert _business_speaker(_Ctx(), tok) is firm
