"""Precision (fourteenth session, prec14): events that are no political event. Firms' dealings with firms
(_relevance), an act weighed as the subject of a judgement or as the means of a predicted outcome, and a
statistic told with a verb (_background). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from eventwire.events import _coder
from eventwire.events import _relevance as rel
from eventwire.model import Actor
from story_helpers import background_reason_of

# The relevance check is called from the coder once the lead applies the wiring patch (prec14).
WIRED = hasattr(_coder, "unpolitical_reason")

PUBLISHED = "2024-06-03"


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()




class _Doc:
    def __init__(self, entities=()):
        self.entities = list(entities)


class _Ent:
    def __init__(self, text, label):
        self.text, self.label = text, label


@pytest.mark.parametrize("party, kind", [
    (Actor("(the story's country)", "GBR", "GOV"), "guess"),
    (Actor("the ministry", "GBR", "GOV"), "political"),
    (Actor("the union", "FRA", "LAB"), "political"),
    (Actor("Oxfam", "NGO", None), "political"),
    (Actor("the firm", "GBR", "BUS"), "business"),
    (Actor("Acme", "MNC", None), "business"),
    (Actor("Norland's Brightwater Pharmaceuticals", "NOR", None), "business"),
    (Actor("the passengers", "GBR", "CVL"), "private"),
])
def test_party_kinds(party, kind):
    assert rel.party_kind(_Doc(), party) == kind


def test_a_country_is_a_state_and_a_named_person_is_private():
    doc = _Doc([_Ent("Norland", "GPE"), _Ent("Mr Vell", "PERSON"), _Ent("Quarrymax", "ORG")])
    assert rel.party_kind(doc, Actor("Norland", "NOR", None)) == "political"
    assert rel.party_kind(doc, Actor("Mr Vell", "NOR", None)) == "private"
    # an organisation no table codes may be a firm or a movement: it counts neither way
    assert rel.party_kind(doc, Actor("Quarrymax", None, None)) == "unknown"


@pytest.mark.parametrize("text, word", [
    ("He said backing his party was not a wasted vote.", "backing"),
    ("She said banning the party would be a grave mistake.", "banning"),
])
def test_an_act_weighed_as_a_subject_is_no_event(nlp, text, word):
    assert "weighed" in (background_reason_of(nlp, text, word) or "")


def test_the_means_of_a_predicted_outcome_is_no_event(nlp):
    text = "By cutting the number of border guards, the ministers will make the problem worse."
    assert "predicted" in (background_reason_of(nlp, text, "cutting") or "")
    # the means of an act reported in the past is left alone
    assert background_reason_of(nlp, "The rebels took the town by surrounding its barracks.", "surrounding") is None


@pytest.mark.parametrize("text, word", [
    ("The number of people in work increased by 200,000 last year.", "increased"),
    ("Norland increased its generating capacity by 9% to 120,000 megawatts.", "increased"),
])
def test_a_statistic_is_no_event(nlp, text, word):
    assert "statistic" in (background_reason_of(nlp, text, word) or "")


def test_a_progressive_in_a_cleft_still_asks(nlp):
    assert background_reason_of(nlp, "What I am asking for is a veto over every appointment.", "asking") is None


@pytest.mark.parametrize("text, word", [
    ("The government increased its aid to the flood victims.", "increased"),
    ("A growing number of senators oppose the president's plan.", "oppose"),
    # a flow between named parties may be cooperation, not a bare statistic
    ("Norland increased its aid to Sudan by 10% last year.", "increased"),
    ("The army increased its patrols along the border on Monday.", "increased"),
    ("The minister backed the new border law on Tuesday.", "backed"),
])
def test_acts_of_parties_stay(nlp, text, word):
    assert background_reason_of(nlp, text, word) is None


def _types(code_all, text):
    return [e.event for e in code_all(text)]


@pytest.mark.skipif(not WIRED, reason="_relevance is not yet called by the coder")
def test_coder_drops_deals_between_firms(code_all):
    assert _types(code_all, "The carmaker rejected a takeover offer from its rival on Tuesday.") == []
    assert _types(code_all, "Brightwater Motors signed a supply agreement with the carmaker Kelvane.") == []


@pytest.mark.skipif(not WIRED, reason="_relevance is not yet called by the coder")
def test_coder_keeps_firms_with_a_political_party(code_all):
    # a firm's act towards a government, or an authority acting on a firm, stays political
    assert _types(code_all, "The mining company urged the government of Chad to lower its export tax.")
    assert _types(code_all, "Police raided the offices of the Kelvane company in Lagos on Monday.")
    # an employer's offer in a labour dispute is one between labour and employers
    assert _types(code_all, "The steel workers' union went on strike. The company offered the union a 3% rise.")
    # an act that bears on a protest is political whoever does it
    assert _types(code_all, "The Kelvane company agreed to postpone Saturday's demonstration outside its plant.")


def test_a_labour_dispute_is_told_by_nouns(nlp):
    assert rel._labour_word(next(t for t in nlp("The strike entered its third week.") if t.text == "strike"))
    assert not rel._labour_word(next(t for t in nlp("The carmaker struck a deal with its rival.") if t.text == "struck"))
