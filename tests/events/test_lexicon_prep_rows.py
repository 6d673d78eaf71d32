"""Lexicon rows "verb preposition object" ("accuse of abuse", "abstain from violence") and the
PLOVER type fixes made with them (docs/lexicon.md, "Verb preposition object rows"). With
``_triggers.PREP_OBJECT_ROWS`` the coder matches such a row's object with the object of its
preposition, so each row outranks the bare rows of its verb. The switch stays off for now (see the
docs); the sentence tests for these rows turn it on, so the audited rows are pinned for the day
it goes on. One invented sentence per fix, coded with no confidence floor so that a wrong row
that still fired would show up."""
from __future__ import annotations

from collections import defaultdict

import pytest

from eventwire.events._lexicon import Lexicon


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


@pytest.fixture()
def code_prep(code_all, monkeypatch):
    """Code with the coder matching prepositional objects (``PREP_OBJECT_ROWS`` on)."""
    from eventwire.events import _triggers

    monkeypatch.setattr(_triggers, "PREP_OBJECT_ROWS", True)
    return code_all


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


def fired(events, prefix: str) -> set[str]:
    """Types coded on a trigger word starting with ``prefix`` by a lexicon row (not the
    sentence-model fallback)."""
    return {e.event for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")}


# --- the table ------------------------------------------------------------------------------------

def test_no_prep_object_key_carries_two_types(lex):
    """A key CAMEO coded twice lost the word that told the readings apart ("take part in")."""
    seen: dict[tuple, set[str]] = defaultdict(set)
    for lemma in _lemmas():
        for t in lex.verb_candidates(lemma):
            if t.prep and t.obj and t.source.startswith("cameo"):
                seen[(t.lemma, t.particle, t.prep, t.obj)].add(t.plover)
    assert seen, "no verb preposition object rows loaded"
    assert not {k: v for k, v in seen.items() if len(v) > 1}


def _lemmas() -> set[str]:
    from importlib import resources

    text = resources.files("eventwire.events").joinpath("data", "verb_triggers.tsv").read_text(encoding="utf-8")
    return {line.split("\t", 1)[0] for line in text.splitlines()[1:] if line}


@pytest.mark.parametrize("lemma, prep, obj, want, never", [
    ("engage", "in", "fighting", "ASSAULT", "ACCUSE"),  # CAMEO "engage in {verbal fight}" lost its adjective
    ("call", "for", "inquiry", "REQUEST", "ACCUSE"),  # asking for an inquiry investigates nothing
    ("demonstrate", "in", "solidarity", "PROTEST", "SUPPORT"),
    ("warn", "of", "war", "THREATEN", "ACCUSE"),
    ("lift", "on", "ban", "CONCEDE", "RETREAT"),
    ("allow", "into", "country", "RETREAT", "CONCEDE"),
])
def test_prep_rows_carry_the_verbs_reading(lex, lemma, prep, obj, want, never):
    types = {t.plover for t in lex.verb_candidates(lemma) if t.prep == prep and t.obj == obj}
    assert want in types and never not in types


def test_disputes_are_not_violence(lex):
    rows = [t for t in lex.verb_candidates("engage") if t.prep == "in" and t.obj in ("dispute", "argument", "quarrel")]
    assert all(t.plover != "ASSAULT" for t in rows)


# --- sentences ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, prefix, want", [
    ("The rebels engaged in fierce fighting with government troops on Monday.", "engag", "ASSAULT"),
    ("The opposition leader called for an independent inquiry into the shootings.", "call", "REQUEST"),
    ("Students demonstrated in solidarity with the jailed editor.", "demonstrat", "PROTEST"),
    ("The militia abstained from violence during the count.", "abstain", "RETREAT"),
    ("The two governments engaged in quiet diplomacy over the border.", "engag", "CONSULT"),
])
def test_a_prep_row_fires_with_the_right_type(code_prep, sentence, prefix, want):
    assert fired(code_prep(sentence), prefix) == {want}


@pytest.mark.parametrize("sentence, prefix, wrong", [
    ("The two ministers engaged in a heated dispute over fishing quotas.", "engag", "ASSAULT"),
    ("The coalition partners voted in favor of the budget on Thursday.", "vot", None),
    ("The general warned of war if the border talks fail.", "warn", "ACCUSE"),
    ("The judge resigned in protest over the new security law.", "resign", "PROTEST"),
    ("Two workers died in an explosion at the fuel depot.", "die", "ASSAULT"),
])
def test_a_wrong_prep_row_is_gone(code_prep, sentence, prefix, wrong):
    types = fired(code_prep(sentence), prefix)
    assert (not types) if wrong is None else (wrong not in types)


# --- PLOVER types the manual fixes (AID asylum, RETREAT access, CONCEDE amnesty) --------------------

@pytest.mark.parametrize("sentence, prefix, want", [
    ("The neighbouring republic accepted 2,000 refugees last month.", "accept", "AID"),
    ("The island state took in several hundred migrants in 2019.", "took", "AID"),
    ("The junta allowed international observers into the province.", "allow", "RETREAT"),
    ("The authorities granted the inspectors access to the plant on Friday.", "grant", "RETREAT"),
    ("The president granted an amnesty to the jailed dissidents.", "grant", "CONCEDE"),
    ("Government troops freed three villages from the insurgents on Sunday.", "freed", "ASSAULT"),
    ("The Treasury removed the sanctions on five shipping firms.", "remov", "RETREAT"),
    ("The finance ministry suspended the new digital tax in March.", "suspend", "CONCEDE"),
    ("Ghana sent 300 peacekeepers to the UN mission last year.", "sent", "AID"),
])
def test_plover_type_per_the_manual(code_all, sentence, prefix, want):
    assert want in fired(code_all(sentence), prefix)
