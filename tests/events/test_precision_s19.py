"""Precision (nineteenth session, prec19): what a charge names with "of" ("charges of shelling the villages") or a
speculating participle puts ("theories suggesting he was poisoned"), an act asked about in an indirect question ("an
inquiry into who began the war", "investigating whether guards beat the inmates") and harm a person does to himself
("hanged himself", "died in an apparent suicide") are no events of their own (_background); attacks told beside them
stay. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from story_helpers import background_reason_of


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text, word", [
    ("Kabul has rejected earlier charges of shelling villages across the border.", "shelling"),
    ("The army dismissed accusations of torturing the detainees.", "torturing"),
    ("Online theories suggesting the judge had been poisoned spread quickly.", "poisoned"),
])
def test_what_a_charge_names_is_no_act_reported(nlp, text, word):
    assert "alleges" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The UN envoy proposed a truce and an inquiry into who began the border war.", "began"),
    ("Police are investigating whether guards beat the inmates.", "beat"),
    ("It is unclear who fired the first shots at the checkpoint.", "fired"),
    ("It is not known who ordered the raid on the village.", "raid"),
])
def test_an_act_asked_about_is_no_act_reported(nlp, text, word):
    assert "asked about" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("A man from Ohio pleaded guilty to threatening to assault and murder a federal judge.", "murder"),
    ("The two officers pleaded not guilty to beating the prisoner.", "beating"),
])
def test_what_a_plea_answers_is_no_act_reported(nlp, text, word):
    assert "plea answers" in (background_reason_of(nlp, text, word) or "")


def test_a_plea_for_an_act_stays(nlp):
    assert background_reason_of(nlp, "The bishop pleaded with the rebels to release the hostages.", "release") is None


@pytest.mark.parametrize("text, word", [
    ("The prisoner hanged himself in his cell last week.", "hanged"),
    ("The minister died in an apparent suicide attempt on Friday, police said.", "died"),
    ("The banker shot himself at his country house.", "shot"),
])
def test_harm_done_to_oneself_is_no_event(nlp, text, word):
    assert "oneself" in (background_reason_of(nlp, text, word) or "") or \
        "own hand" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("A suicide bomber killed twelve soldiers in Kandahar on Monday.", "killed"),
    ("The attacker blew himself up outside the police station.", "blew"),
    ("Rebels shelled the villages across the border on Sunday.", "shelled"),
    ("The police said guards beat the inmates during the riot.", "beat"),
    ("The general, who ordered the raid, was arrested on Monday.", "ordered"),
    ("He said when the troops attacked the town, the mayor fled.", "attacked"),
    ("The minister was asked why the navy had chosen to shell the port.", "shell"),
])
def test_acts_told_as_facts_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


# --- a business offering its wares (_relevance) ------------------------------------------------------------------

PUBLISHED = "1987-05-12"


def _types(code_all, text):
    return [e.event for e in code_all(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Smaller rival firms offered cheaper machines and won customers from the company.",
    "When it was founded the airline offered tickets that were half the price of its rivals.",
])
def test_a_firm_offering_its_goods_is_commerce(code_all, text):
    assert "AGREE" not in _types(code_all, text)


@pytest.mark.parametrize("text", [
    "The Italian government offered a new tax deal to the striking truck drivers.",
    "Japan offered emergency aid to the Philippines after the typhoon.",
])
def test_an_offer_by_or_to_a_political_party_stays(code_all, text):
    assert "AGREE" in _types(code_all, text)


# --- modality: acts still to come in a time clause (_modality) ----------------------------------------------------

def _modality_of(code_all, text, trigger):
    ev = next(e for e in code_all(text, published=PUBLISHED)
              if e.explanation and e.explanation.trigger.lower().startswith(trigger))
    return ev.modality


@pytest.mark.parametrize("text, trigger, want", [
    ("Before agreeing to any budget deal, the president would insist on spending cuts.", "agreeing",
     ("hypothetical", "future")),
    ("The rebels said they would not disarm until the army was able to withdraw from the valley.", "withdraw",
     ("hypothetical", "future")),
    ("The envoy spoke to reporters before he meets the rebel leaders in Geneva.", "meets", ("future",)),
])
def test_an_act_still_to_come_in_a_time_clause_is_not_asserted(code_all, text, trigger, want):
    assert _modality_of(code_all, text, trigger) in want


def test_a_past_act_in_a_time_clause_stays_asserted(code_all):
    assert _modality_of(code_all, "He resigned before the party expelled him.", "expelled") == "asserted"
