"""Rules pinned in the thirteenth session (c13: verdicts, 'time for', readiness to answer any attack,
deadlines), each on sentences written for the test."""
from __future__ import annotations

import pytest


def _events(code_all, text):
    return [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in code_all(text, published="2024-06-03")]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru said Chile's decision was illegal.", "PER", "CHL"),
    ("The Egyptian foreign minister said the Israeli measures were not forceful enough.", "EGY", "ISR"),
    ("Argentina called the British sanctions unacceptable.", "ARG", "GBR"),
    ("The Syrian envoy said the Turkish raid was a violation of international law.", "SYR", "TUR"),
    ("Kenyan lawmakers said Uganda's response was inadequate.", "KEN", "UGA"),
])
def test_a_reported_verdict_on_a_partys_act_is_an_accusation(code_all, text, actor, recipient):
    assert ("ACCUSE", "disapprove", [actor], [recipient]) in _events(code_all, text)


@pytest.mark.parametrize("text", [
    "Peru said the weather was unacceptable.",  # no party's act is judged
    "Peru said Chile's decision was not illegal.",  # a verdict denied
    "Peru said our decision was flawed.",  # the speaker's own act
    "Peru said Chile's decision would be illegal.",  # a hypothetical act: a warning, not a verdict
    "Peru said Chile's decision was legal.",  # an approval
    "Analysts called the proposal unacceptable.",  # no party's act
])
def test_no_verdict_on_a_partys_act_no_accusation(code_all, text):
    assert not any(e == "ACCUSE" for e, _, _, _ in _events(code_all, text))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Egypt said it was time for the Libyan prime minister to resign.", "EGY", "LBY"),
    ("Kenya's president said it was time for Uganda to withdraw its troops.", "KEN", "UGA"),
    ("Officials in Cairo said it was time for a new Palestinian leader.", "EGY", "PSE"),
])
def test_time_for_a_party_to_act_is_a_request(code_all, text, actor, recipient):
    events = _events(code_all, text)
    assert any(e == "REQUEST" and a == [actor] and r == [recipient] for e, _, a, r in events)
    # what is asked for is the content of the request, not an act done
    assert not any(e in ("CONCEDE", "RETREAT") for e, _, _, _ in events)


@pytest.mark.parametrize("text", [
    "The Kenyan minister said it was time for us to leave.",  # the speaker's own plan
    "Brazil's science minister said it was time for Brazil to do likewise.",  # his own country
    "It was time for the Libyan prime minister to resign.",  # nobody says it
    "Egypt said it was not time for the Libyan prime minister to resign.",
])
def test_time_for_without_another_party_addressed_is_no_request(code_all, text):
    assert not any(e == "REQUEST" for e, _, _, _ in _events(code_all, text))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran said it was ready to respond to any attack by Iraq.", "IRN", "IRQ"),
    ("Greece said it was prepared to repel any aggression by Turkey.", "GRC", "TUR"),
])
def test_readiness_to_answer_any_attack_is_a_threat(code_all, text, actor, recipient):
    assert ("THREATEN", "violence", [actor], [recipient]) in _events(code_all, text)


@pytest.mark.parametrize("text", [
    "Iran said it was ready to respond to the letter from Iraq.",  # a reply offered
    "Iran said it was not ready to respond to any attack by Iraq.",
    "Iran said it was ready to respond to the attack by Iraq.",  # a past attack answered: no open warning
])
def test_readiness_without_an_open_attack_is_no_threat(code_all, text):
    assert not any(e == "THREATEN" and m == "violence" for e, m, _, _ in _events(code_all, text))


def test_a_deadline_set_by_a_party_is_a_threat(code_all):
    events = _events(code_all, "Nigeria gave Chad a week to withdraw its soldiers from the border.")
    assert any(e == "THREATEN" and a == ["NGA"] and r == ["TCD"] for e, _, a, r in events)


@pytest.mark.parametrize("text", [
    "The new law gives Chad six months to negotiate a settlement.",  # a document grants time
    "Nigeria granted Chad a loan last month to build roads.",  # a date, not a span given
    "A decree would have given Chad six months to negotiate.",  # never set
    "Chad has been given five weeks to stop the violence.",  # nobody named to have set it
])
def test_no_deadline_set_by_a_named_party_no_threat(code_all, text):
    assert not any(e == "THREATEN" for e, _, _, _ in _events(code_all, text))


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Iranian president called the American envoy a liar.", "IRN", "USA"),
    ("Maduro called the Colombian president a criminal.", "VEN", "COL"),
    ("Peru said Chile's president was irresponsible.", "PER", "CHL"),
    ("Kenya said Uganda had broken its pledge to withdraw.", "KEN", "UGA"),
])
def test_an_insult_or_a_charge_of_bad_faith_is_an_accusation(code_all, text, actor, recipient):
    assert ("ACCUSE", "disapprove", [actor], [recipient]) in _events(code_all, text)


@pytest.mark.parametrize("text", [
    "He called the Israeli minister a friend.",
    "Washington called the Iranian group a terrorist organisation.",  # a designation, left to the lexicon
    "Kenya said Uganda had not broken its pledge.",
])
def test_names_that_do_not_insult_and_kept_promises_are_no_accusation(code_all, text):
    assert not any(e == "ACCUSE" for e, _, _, _ in _events(code_all, text))


def test_a_partys_hope_that_a_foreign_party_will_act_is_a_request(code_all):
    events = _events(code_all, "The British finance minister said he hoped Germany would cut its taxes.")
    assert any(e == "REQUEST" and a == ["GBR"] and r == ["DEU"] for e, _, a, r in events)


@pytest.mark.parametrize("text", [
    "The British finance minister said he hoped the talks would resume.",  # no party asked
    "The British finance minister said he hoped the British cabinet would cut taxes.",  # his own side
    "The British finance minister said he did not hope Germany would cut its taxes.",
])
def test_hopes_that_ask_no_other_party_are_no_request(code_all, text):
    assert not any(e == "REQUEST" for e, _, _, _ in _events(code_all, text))
