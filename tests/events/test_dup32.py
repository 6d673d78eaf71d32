"""dup32: one shared table where stages wrote the same words, one test where two background checks wrote the same
eligibility, a recipient finder table for the stance rules, names that say what a function tests, and one loader for
the precision audits' scripts. Sentences and names are invented."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from eventwire.events import _background, _stance, _triggers
from eventwire.events import _vocabulary as vocab
from story_helpers import background_reason_of

EVAL = Path(__file__).resolve().parents[2] / "eval"


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


# -- shared tables -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("table, own", [
    (_background.STATE_NOUNS, {"regime", "partner", "rival", "neighbour", "neighbor"}),
    (_stance.PAIR_NOUNS, {"side", "party", "capital"}),
])
def test_each_stages_state_nouns_are_the_shared_heads_and_its_own_words(table, own):
    assert table == vocab.STATE_HEADS | own


def test_tables_written_in_several_stages_are_one_object():
    assert _triggers.DEFINITE_DETERMINERS is _background.DEFINITE_DETERMINERS is vocab.DEFINITE_DETERMINERS
    assert _background.OBLIGING_MODALS is vocab.OBLIGING_MODALS


def test_functions_that_mean_other_things_have_other_names():
    # each module's test of "another party" answers its own question; none is called _other_party any more
    assert not hasattr(_triggers, "_other_party") and not hasattr(_stance, "_other_party")
    assert callable(_triggers._names_party_other_than_author) and callable(_stance._asks_another_party)


# -- the "to"-infinitive completing a word: two background checks, one eligibility test -------------------------

@pytest.mark.parametrize("text, word", [
    ("The levy was designed to punish the smaller ports.", "punish"),
    ("The blockade is meant to frighten the river towns.", "frighten"),
    ("Much of the grant was intended to buy loyalty in the hill districts.", "buy"),
])
def test_the_aim_of_a_means_is_background(nlp, text, word):
    assert "the aim of a means" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The Velmoran rules are easier to meet than the old ones.", "meet"),
    ("The northern pass is hard to defend in winter.", "defend"),
])
def test_how_easy_a_thing_is_to_act_on_is_background(nlp, text, word):
    assert "how easy a thing is to act on" in (background_reason_of(nlp, text, word) or "")


@pytest.mark.parametrize("text, word", [
    ("The guards were told to protect the convoy.", "protect"),  # no word of purpose: an order
    ("The minister wants to punish the smaller ports.", "punish"),  # no participle of purpose
    ("The army is ready to defend the northern pass.", "defend"),  # no adjective of ease
])
def test_an_infinitive_completing_another_word_is_left_alone(nlp, text, word):
    reason = background_reason_of(nlp, text, word) or ""
    assert "the aim of a means" not in reason and "how easy a thing is to act on" not in reason


def test_the_completed_word_must_be_in_the_table(nlp):
    doc = nlp("The levy was designed to punish the smaller ports.")
    verb = next(t for t in doc if t.text == "punish")
    assert _background._completed_word(verb, _background.PURPOSE_PARTICIPLES).text == "designed"
    assert _background._completed_word(verb, _background.EASE_ADJECTIVES) is None
    assert _background._completed_word(None, _background.PURPOSE_PARTICIPLES) is None


# -- where the stance rules find their recipient ------------------------------------------------------------------

def test_every_stance_reason_that_names_a_recipient_has_a_finder():
    finders = _stance.RECIPIENT_FINDERS
    assert finders[_stance.EVALUATIVE] is finders[_stance.APPROVING] is _stance.judged_party
    assert {_stance.TIME_FOR, _stance.DETERRENCE, _stance.HOPED, _stance.BACKED_ACT, _stance.PROPOSED,
            _stance.WARNED_OFF} <= set(finders)
    # an ultimatum's or a signed call's recipient is found by the coder itself
    assert _stance.ULTIMATUM not in finders and _stance.SIGNED_CALL not in finders
    assert _stance.stance_target(None, None, "a reason no rule gives") is None


# -- a lexicon row lent to the verbs the stance rules code --------------------------------------------------------

def test_a_borrowed_row_takes_the_verbs_lemma_the_rules_mode_and_reason(nlp):
    from eventwire.events._lexicon import Lexicon

    row = Lexicon.default().plain_row("urge", "REQUEST")
    verb = next(t for t in nlp("Chad pressed Togo to reopen the border.") if t.text == "pressed")
    borrowed, how = _stance._borrowed(row, verb, _stance.HOPED)
    assert (borrowed.lemma, borrowed.mode, borrowed.source, borrowed.plover) == ("press", None, "light", "REQUEST")
    assert how == _stance.HOPED
    assert _stance._borrowed(row, verb, _stance.TIME_FOR, "change")[0].mode == "change"
    assert _stance._borrowed(None, verb, _stance.HOPED) is None  # a lexicon without the row codes nothing


def _coded(code_all, text):
    return [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in code_all(text, published="2024-06-03")]


@pytest.mark.parametrize("text, event", [
    ("Norway said Sweden's decision was unlawful.", ("ACCUSE", "disapprove", ["NOR"], ["SWE"])),
    ("Norway called the Swedish measures unacceptable.", ("ACCUSE", "disapprove", ["NOR"], ["SWE"])),
    ("Mali said it was ready to answer any attack by Niger.", ("THREATEN", "violence", ["MLI"], ["NER"])),
    ("Chad said it was time for the Sudanese president to step down.", ("REQUEST", "change", ["TCD"], ["SDN"])),
])
def test_the_stance_rules_still_code_with_the_rows_they_borrow(code_all, text, event):
    assert event in _coded(code_all, text)


# -- the gazetteer's extra lines name a row the index holds --------------------------------------------------------

def test_an_extra_line_finds_its_place_by_name_country_and_feature():
    from eventwire.geo._gazetteer import Gazetteer

    gaz = Gazetteer.default()
    idx = gaz._held_row("Falkland Islands", "FLK")
    assert idx is not None and gaz.place(idx).name == "Falkland Islands"
    assert gaz._held_row("Falkland Islands", "FLK", "city") is None  # not a city
    assert gaz._held_row("Falkland Islands", "ARG") is None  # not under another country's code


# -- one loader for the precision audits' scripts ------------------------------------------------------------------

@pytest.fixture(scope="module")
def audit_script():
    spec = importlib.util.spec_from_file_location("audit_loading", EVAL / "audit_loading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.audit_script


def test_an_audit_script_is_loaded_under_a_name_of_its_own(audit_script):
    draw = audit_script("precision-audit-s25", "draw")
    assert draw.__name__ == "s25_draw" and draw.__name__ not in sys.modules
    assert os.path.samefile(draw.__file__, EVAL / "precision-audit-s25" / "draw.py")


def test_each_load_is_fresh_so_a_caller_may_set_its_own_constants(audit_script):
    first = audit_script("precision-audit-s25", "draw")
    first.DRAW_SEED = 1
    assert audit_script("precision-audit-s25", "draw").DRAW_SEED == 2528


@pytest.mark.parametrize("folder, chain", [
    ("precision-audit-s26", ["s25_draw"]),
    ("precision-audit-s27", ["s25_draw"]),
    ("precision-audit-s28", ["s27_draw", "s25_draw"]),
    ("precision-audit-s29", ["s28_draw", "s27_draw", "s25_draw"]),
])
def test_later_draws_still_reach_the_first_one_through_each_other(audit_script, folder, chain):
    # a later audit (written before the loader) reaches s25's draw through each earlier audit's function
    module = audit_script(folder, "draw")
    for step in chain:
        module = getattr(module, step)()
    assert module.__name__ == "s25_draw" and callable(module.main)


@pytest.mark.parametrize("folder, chain", [
    ("precision-audit-s26", ["s25_tally"]),
    ("precision-audit-s29", ["s28_tally", "s27_tally", "s25_tally"]),
])
def test_later_tallies_still_reach_the_first_one(audit_script, folder, chain):
    module = audit_script(folder, "tally")
    for step in chain:
        module = getattr(module, step)()
    assert module.__name__ == "s25_tally"


def test_the_audits_find_events_by_the_key_they_were_drawn_by(audit_script):
    row = {"doc": "reu-1", "sent": "Norland recalled its envoy.", "type": "REJECT", "trigger": "recalled",
           "actor": [["NOR", "GOV", "Norland"]], "recipient": []}
    draw, tally = audit_script("precision-audit-s25", "draw"), audit_script("precision-audit-s25", "tally")
    added = audit_script("precision-audit-s28", "added")
    assert draw.event_key(row) == tally.event_key(row) == added.event_key(row)
    assert added.mention_key(row) == tally.mention_key(row) == ("reu-1", "Norland recalled its envoy.", "REJECT",
                                                                 "recalled")
