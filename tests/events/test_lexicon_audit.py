"""Lexicon rows changed after an audit of false events on unseen politics news (docs/lexicon.md,
"Audit of unseen politics text"). One invented sentence per fix, coded with no confidence floor
so a row that still fired would show up, plus a guard for the reading each verb keeps."""
from __future__ import annotations

import pytest

from eventwire.events._lexicon import Lexicon


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


def fired(events, lemma_prefix: str):
    """Events a lexicon row coded on a trigger word starting with ``lemma_prefix`` (decided,
    deciding). The coder's sentence-model fallback on a main verb ("model:") is no lexicon row
    and is left out: these tests pin the lexicon, not that fallback."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(lemma_prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


def types(events) -> set[str]:
    return {e.event for e in events}


# --- bare verbs that describe rather than report (BARE_DROP) ------------------------------------

@pytest.mark.parametrize("sentence, trigger", [
    ("The cabinet decided to review the pension rules on Monday.", "decid"),
    ("The ministry intends to publish the figures in March.", "intend"),
    ("Italians voted for stability in Sunday's election.", "vot"),
    ("No other minister was involved in the decision.", "involv"),
    ("The government unveiled its new housing plans on Tuesday.", "unveil"),
    ("The finance minister introduced a new currency last year.", "introduc"),
    ("Pupils will learn the skills of speech writers.", "learn"),
    ("The minister hinted that further reforms could follow.", "hint"),
    ("Supporters tried to persuade voters to back the party.", "persuad"),
    ("The new rules ensure the smooth running of the union.", "ensur"),
    ("The president authorised the trade council to resume its work.", "authori"),
    ("The troops were stabilising their new positions on Sunday.", "stabilis"),
    ("Both governments should approach the trade imbalance calmly.", "approach"),
    ("The ministry plans to merge the two state banks.", "merg"),
    ("The party will finance its spending plans with higher taxes.", "financ"),
    ("Parliament debated the housing bill on Tuesday.", "debat"),
    ("The visiting ministers were greeted by large crowds in the capital.", "greet"),
    ("The company was pressured by the government to accept the offer.", "pressur"),
])
def test_a_bare_descriptive_verb_is_no_event(code_all, sentence, trigger):
    assert not fired(code_all(sentence), trigger)


def test_dropped_verbs_keep_their_constrained_rows(lex):
    for lemma in ("decide", "vote", "involve", "dismiss", "introduce"):
        rows = lex.verb_candidates(lemma)
        assert rows and all(t.particle or t.prep or t.obj for t in rows), lemma


def test_fighting_that_involves_a_country_is_still_assault(lex):
    assert any(t.prep == "in" and t.obj == "fighting" and t.plover == "ASSAULT" for t in lex.verb_candidates("involve"))


# --- dismiss: a claim is rejected, an official is sacked ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "The prime minister dismissed the claim as nonsense.",
    "The foreign ministry dismissed the reports of a rift between the two leaders.",
    "The minister dismissed them as lies on Friday.",
])
def test_dismissing_a_claim_is_reject_not_accuse(code_all, sentence):
    events = fired(code_all(sentence), "dismiss")
    assert events and types(events) == {"REJECT"}


def test_dismissing_an_official_is_sanction(code_all):
    events = fired(code_all("The president dismissed the defence minister on Friday."), "dismiss")
    assert events and types(events) == {"SANCTION"}


# --- attack: a policy is attacked in words -------------------------------------------------------

def test_attacking_a_policy_is_criticism(code_all):
    events = fired(code_all("The opposition leader attacked the government's tax plans on Monday."), "attack")
    assert events and types(events) == {"ACCUSE"}


def test_attacking_positions_is_still_assault(code_all):
    events = fired(code_all("Rebels attacked army positions near the town on Monday."), "attack")
    assert "ASSAULT" in types(events)


# --- verb + object pairs that are no event (IDLE_PATTERNS) ---------------------------------------

@pytest.mark.parametrize("sentence, trigger", [
    ("Britain will hold a poll on the treaty next year.", "hold"),
    ("The unions are aiming to send a message to the government.", "send"),
    ("Backbench MPs raised concerns about the housing plans.", "rais"),
    ("Italian election results dealt a big blow to the Communist party.", "dealt"),
])
def test_routine_or_figurative_pairs_are_no_event(code_all, sentence, trigger):
    assert not fired(code_all(sentence), trigger)


def test_idle_pairs_are_gone_from_the_table(lex):
    assert not [t for t in lex.verb_candidates("hold") if t.obj in ("poll", "election", "referendum")]
    assert not [t for t in lex.verb_candidates("send") if t.obj == "message"]
    assert not lex.light_verb("deal", "blow")


# --- set up: only military sites are mobilisation ------------------------------------------------

def test_setting_up_an_office_is_no_mobilisation(code_all):
    assert "MOBILIZE" not in types(fired(code_all("The opposition party set up a new campaign office in the capital."), "set"))


def test_setting_up_a_military_base_is_mobilisation(code_all):
    events = fired(code_all("The Turkish army set up a new military base near the border on Thursday."), "set")
    assert "MOBILIZE" in types(events)


def test_announcing_sanctions_swapping_hostages_and_regaining_ground_are_acts():
    from eventwire.config import Config
    from eventwire.pipeline import Pipeline

    pipe = Pipeline(Config.load())

    def types(text):
        return {e.event for e in pipe.process_text(text).events}

    assert "SANCTION" in types("The Kenyan foreign minister announced a set of new sanctions against Somalia.")
    assert "RETREAT" in types("The rebels swapped two Dutch hostages for three of their commanders.")
    assert "ASSAULT" in types("Malian troops regained control of the town from the rebels on Monday.")
