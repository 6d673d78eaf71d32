"""Modality (twenty-third session, prec23): a negation on "be" above a participle trigger ("is not opposed to")
denies it; "would be happy / glad to meet" states a readiness (AGREE), not a meeting held; "would not even attempt
to reach agreement" declines a step of procedure and turns down no one (no REJECT); an act on a proviso ("provided
they stand firm", "so long as Tokyo cuts") is supposed, like one on "if". Every sentence here is written for the
test."""
from __future__ import annotations

import pytest


def _coded(code_all, text, word):
    return [(e.event, e.modality) for e in code_all(text) if e.explanation.trigger.lower().startswith(word)]


@pytest.mark.parametrize("text, word", [
    ("Canada is not opposed to a short freeze on farm subsidies, the minister said.", "opposed"),
    ("The spokesman said Oslo was not involved in the decision to expel the diplomats.", "involved"),
])
def test_not_on_be_denies_a_participle_trigger(code_all, text, word):
    assert all(m == "negated" for _, m in _coded(code_all, text, word))


def test_an_affirmed_participle_stays_asserted(code_all):
    got = _coded(code_all, "Canada is opposed to a short freeze on farm subsidies, the minister said.", "opposed")
    assert got and all(m == "asserted" for _, m in got)


@pytest.mark.parametrize("text", [
    "The Greek premier said he would be happy to meet the Turkish leader in Geneva.",
    "Lima says it would be glad to meet the rebels' envoys.",
])
def test_happy_to_meet_is_a_readiness(code_all, text):
    assert "AGREE" in [e.event for e in code_all(text)]
    assert "CONSULT" not in [e.event for e in code_all(text)]


def test_declining_to_attempt_is_no_refusal(code_all):
    text = "The chairman told the ministers he would not even attempt to reach agreement at this session."
    assert "REJECT" not in [e.event for e in code_all(text)]


def test_will_not_accept_stays_a_refusal(code_all):
    assert "REJECT" in [e.event for e in code_all("Tokyo said it will not accept the American proposal.")]


@pytest.mark.parametrize("text, word", [
    ("Jordan will free the detained fishermen providing that Syria returns the seized boat.", "free"),
    ("Seoul will lift the import ban so long as Tokyo cuts its rice tariffs.", "lift"),
])
def test_an_act_on_a_proviso_is_supposed(code_all, text, word):
    got = _coded(code_all, text, word)
    assert got and all(m == "hypothetical" for _, m in got)


def test_an_act_told_without_a_proviso_keeps_its_modality(code_all):
    got = _coded(code_all, "Seoul will lift the import ban next month.", "lift")
    assert got and all(m == "future" for _, m in got)


def test_a_bare_verb_after_insist_that_is_demanded_not_done(code_all):
    # a singular subject without the -s: the subjunctive, a demand (the tagger calls the verb present tense)
    events = code_all("Chile insisted that Bolivia recall its ambassador before the talks.")
    assert not any(e.event == "SANCTION" and e.modality == "asserted" for e in events), events
    assert any(e.event == "REQUEST" for e in events), events


def test_insist_that_with_a_past_tense_claim_stays_told(code_all):
    events = code_all("Chile insisted that Bolivia had recalled its ambassador before the talks.")
    assert not any(e.event == "REQUEST" for e in events), events


def test_a_coordinated_subject_is_no_singular_bare_form(code_all):
    # "X and Y are held ...": a plural subject, told as fact after "said"
    events = code_all("The former president and his wife are under house arrest in the capital, a source said.")
    assert not any(e.event == "REQUEST" for e in events), events
