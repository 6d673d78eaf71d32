"""The verifier of the twenty-first session's retraining (vrf23): the trigger's source table as a feature, 23
development golds, and the training script's leave-one-gold-out choice of floors."""
from __future__ import annotations

import dataclasses
import numpy as np
import pytest

from eventwire.config import Config
from eventwire.events._verifier import EventVerifier, _trigger_source, features
from eventwire.pipeline import Pipeline

from script_helpers import load_script, shipped_verifier

# My own story: a meeting, a refusal in reported speech and a clash, four sentences so that the verifier reads it.
STORY = ("OSLO, May 4 - The Norwegian foreign minister met his Finnish counterpart in Oslo on Monday to discuss fishing "
         "quotas. Finland said it would not accept any cut to its northern catch. "
         "Border guards from both countries clashed with smugglers near the river on Sunday, police said. "
         "Talks are due to resume next month.")


@pytest.fixture(scope="module")
def story():
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(STORY, published="2024-05-06")


def test_every_event_names_the_table_its_trigger_came_from(story):
    assert story.events
    for ev in story.events:
        source = _trigger_source(ev)
        assert f"source={source}" in features(ev, story)
        assert source == ev.explanation.lexicon_entry.split(":", 1)[0]


def test_an_event_without_an_explanation_has_source_none(story):
    bare = dataclasses.replace(story.events[0], explanation=None)
    assert _trigger_source(bare) == "none"
    assert "source=none" in features(bare, story)


def test_shipped_heads_weigh_the_source_and_were_trained_on_23_golds():
    shipped = shipped_verifier()
    assert len(shipped["trained_on"]) >= 23  # later sessions add golds
    assert {"eval/gold-twenty-seventh", "eval/gold-twenty-eighth"} <= set(shipped["trained_on"])
    for head in ("full", "type"):
        assert any(f.startswith("source=") for f in shipped["heads"][head]["weights"])


def test_the_held_out_golds_never_train_the_verifier():
    assert not {g for g in load_script("train_event_verifier").DEV_GOLDS if g in ("gold-heldout", "gold-last", "gold-wire")}


def test_floors_are_the_best_events_f1_that_keeps_type_f1():
    choose = load_script("train_event_verifier").choose_floors
    off = (0.60, 0.78)
    # (floor, type floor, events F1, type F1): the best events F1 spends type F1, so the next best is chosen.
    table = [(0.0, 0.0) + off, (0.4, 0.8, 0.66, 0.781), (0.45, 0.9, 0.68, 0.76), (0.45, 0.8, 0.6595, 0.785)]
    assert choose(off, table) == (0.45, 0.8)  # a tie on events F1 (within F1_TIE) goes to the higher floors
    table[3] = (0.45, 0.8, 0.65, 0.785)
    assert choose(off, table) == (0.4, 0.8)  # a clearly better events F1 wins


def test_verifier_keeps_more_of_a_story_when_its_floor_is_lower(story):
    verifier = EventVerifier.default()
    for ev in story.events:
        p = verifier.probability(ev, story)
        q = verifier.type_probability(ev, story)
        assert 0.0 < p < 1.0 and 0.0 < q < 1.0
    loose = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.05}})).process_text(STORY, published="2024-05-06")
    strict = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.95}})).process_text(STORY, published="2024-05-06")
    assert len(strict.events) <= len(loose.events) <= len(story.events)


def test_per_gold_table_pools_the_golds(capsys):
    script = load_script("train_event_verifier")
    # Two one-article "golds", each with one required event; the verifier drops the wrong one in the second.
    arts = [{"file": "a", "events": [{"anchor": "met", "types": ["CONSULT"], "required": True, "actor": ["NOR"]}]},
            {"file": "b", "events": [{"anchor": "clashed", "types": ["ASSAULT"], "required": True}]}]
    docs = [{"text": "They met.", "events": [{"event": "CONSULT", "sentence": "They met.", "actor": [{"code": "NOR"}],
                                              "text_info": {"start": 0, "end": 9}}]},
            {"text": "They clashed.", "events": [
                {"event": "ASSAULT", "sentence": "They clashed.", "text_info": {"start": 0, "end": 13}},
                {"event": "PROTEST", "sentence": "They clashed.", "text_info": {"start": 0, "end": 13}}]}]
    coded = [("g1", arts[0], docs[0], []), ("g2", arts[1], docs[1], [])]
    script.per_gold_table("test", coded, [np.array([True]), np.array([True, False])])
    out = capsys.readouterr().out
    assert "pooled" in out and "1 / 0" in out
