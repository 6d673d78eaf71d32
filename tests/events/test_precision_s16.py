"""Precision (sixteenth session, prec16): acts that a story supposes or that no party does. The consequence of a
condition ("if the talks go well, he is likely to meet ...") is hypothetical (_modality); an act whose doer is a
decision, a measure or a record ("the budget cuts aid", "the audit criticised the agency"), an act named as an aim
("the priority is to arrest the leaders") and one party talking about a topic ("spoke about the threat") are no
events (_background); a firm changing hands with no political party in the deal is commerce (_relevance). Every
sentence here is written for the test."""
from __future__ import annotations

import pytest

from story_helpers import background_reason_of

PUBLISHED = "2024-06-03"


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


def _modalities(code_all, text, word):
    return [e.modality for e in code_all(text) if e.explanation.trigger.startswith(word)]


@pytest.mark.parametrize("text, word", [
    # the consequence of a condition, on a clause the trigger is the complement of
    ("If the talks go well, the president is likely to meet the Kenyan leader in Nairobi.", "meet"),
    # an act inside the condition itself
    ("Brazil said it could take Canada to court if Ottawa imposed the tariffs.", "imposed"),
    # a "when" clause of the conditioned clause
    ("If the talks go well, the president is likely to have a meeting with the Kenyan leader when he pays a visit "
     "to Nairobi.", "meeting"),
])
def test_a_conditioned_act_is_hypothetical(code_all, text, word):
    got = _modalities(code_all, text, word)
    assert got and all(m == "hypothetical" for m in got), got


@pytest.mark.parametrize("text, word", [
    # a threat is made now, whatever condition its content carries
    ("The rebels threatened to attack the capital unless the army withdrew.", "threatened"),
    ("The union has threatened to strike on Thursday unless it reaches a settlement.", "threatened"),
    # a clause that reports what was done
    ("The minister met the envoy on Monday, a spokesman said.", "met"),
    # a past act with an "if" of doubt, or a comma splice the parser joins to an "if" clause
    ("The minister flew to Paris to attend the summit, if reports are right.", "flew"),
])
def test_an_act_done_now_stays_asserted(code_all, text, word):
    got = _modalities(code_all, text, word)
    assert got and all(m == "asserted" for m in got), got


@pytest.mark.parametrize("text, word", [
    ("The audit criticised the agency for its lax controls.", "criticised"),
    ("The new budget cuts aid to the northern provinces.", "cuts"),
    ("The decision will support farmers in the north.", "support"),
    ("The survey criticised the ministry's handling of the floods.", "criticised"),
])
def test_a_thing_is_no_doer(nlp, text, word):
    assert "no party that acts" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    # bodies whose names end like abstract nouns act
    ("The commission criticised the agency for its lax controls.", "criticised"),
    ("The alliance condemned the raid on the village.", "condemned"),
    ("The coalition attacked the government's plan.", "attacked"),
    # a document with a named author speaks for it
    ("A report by the inspectors criticised the ministry.", "criticised"),
    ("An Amnesty International report accused the police of torture.", "accused"),
    # a party's act, and a thing that undergoes the act
    ("The government cut the budget by a tenth.", "cut"),
])
def test_parties_and_authored_documents_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("The group's aim is to topple the government in the capital.", "topple"),
    ("The militants' focus will be on attacking army bases in the north.", "attacking"),
    ("The charter defines the force's role as assisting the interim government.", "assisting"),
    ("The priority now is to arrest the leaders of the uprising.", "arrest"),
])
def test_an_act_named_as_an_aim_is_not_done(nlp, text, word):
    assert "the act named as" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The plan is to withdraw the troops by May.", "withdraw"),  # a plan announced: future, left to the coder
    ("The army attacked the bases that were its main target.", "attacked"),
])
def test_announced_plans_and_acts_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


def _types(code_all, text):
    return [e.event for e in code_all(text)]


def test_a_firm_changing_hands_is_commerce(code_all):
    assert _types(code_all, "The brewer Hollins has agreed to buy a rival wine maker for $300m in cash.") == []
    assert _types(code_all, "Two regional banks have agreed plans to merge into the largest lender in the west.") == []
    assert _types(code_all, "Hollins, the spirits company, agreed to buy the wine company Marrow for $90m.") == []


def test_deals_of_states_and_public_undertakings_stay(code_all):
    assert "AGREE" in _types(code_all, "The government agreed to sell its stake in the national airline to a Gulf investor.")
    assert "AGREE" in _types(code_all, "Russia agreed to buy fighter jets from France.")
    assert _types(code_all, "The firm agreed to pay compensation to the victims of the spill.") == \
        _types(code_all, "The firm agreed to pay compensation to the victims of the spill on Monday.")


@pytest.mark.parametrize("text, word", [
    ("The minister talked of the risks facing the farms.", "talked"),
    ("The governor spoke about the danger of floods in a speech at the harbour.", "spoke"),
])
def test_one_party_talking_about_a_topic_is_a_speech(nlp, text, word):
    assert "a speech, not a meeting" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The two leaders talked about the threat posed by the militias.", "talked"),
    ("The president talked with the envoy about the crisis.", "talked"),
    ("The minister spoke to the ambassador about the border.", "spoke"),
    ("Blair and Chirac spoke about the crisis on Monday.", "spoke"),
])
def test_talking_with_someone_stays(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


# A labour strike told as a series ("a week of strikes") or by its grievance ("strikes against redundancies") is
# PROTEST strike, not ASSAULT.
@pytest.mark.parametrize("text", [
    "Unions are planning a week of state-wide strikes to protest against a plan to cut sick pay.",
    "The port was quiet after a campaign of lightning strikes against redundancies ended last month.",
])
def test_a_series_of_labour_strikes_is_a_protest(code_all, text):
    kinds = {e.event for e in code_all(text) if e.explanation.trigger.startswith("strike")}
    assert kinds and "ASSAULT" not in kinds, kinds


def test_a_series_of_air_strikes_stays_an_attack(code_all):
    kinds = {e.event for e in code_all("The air force carried out a wave of strikes against rebel positions.")}
    assert "ASSAULT" in kinds, kinds
