"""The event verifier's two heads: an event is dropped only when both its parties and its type look wrong."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.events._verifier import EventVerifier, Head, features, keep_mask, verdicts
from eventwire.pipeline import Pipeline

STORY = ("OSLO, May 9 - Norway's foreign minister met her Swedish counterpart in Oslo on Friday, the ministry said. "
         "The two ministers discussed fishing quotas in the Barents Sea. "
         "Fishermen in the north staged a protest outside parliament on Thursday. "
         "Analysts think the talks could resume if the weather allows. "
         "Sweden has not said when its minister will return.")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def story():
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(
        STORY, published="2025-05-10")


def _verifier(full_bias: float, type_bias: float, floor: float = 0.5, type_floor: float = 0.5) -> EventVerifier:
    return EventVerifier(Head({}, full_bias), Head({}, type_bias), floor, type_floor, "test")


def test_an_event_whose_type_is_likely_right_is_kept_however_doubtful_its_parties():
    apart = [(0, "ASSAULT"), (50, "ASSAULT"), (100, "PROTEST")]
    assert keep_mask([0.02, 0.02, 0.6], [0.98, 0.3, 0.1], apart, 0.5, 0.5) == [True, False, True]
    # (the third: the full head alone may keep it too)


def test_the_type_head_does_not_keep_a_second_event_of_a_type_its_sentence_reports_already():
    same_sentence = [(0, "ASSAULT"), (0, "ASSAULT"), (0, "PROTEST")]
    assert keep_mask([0.9, 0.02, 0.02], [0.9, 0.98, 0.98], same_sentence, 0.5, 0.5) == [True, False, True]
    # with neither trusted on its parties, both stay on their type
    assert keep_mask([0.02, 0.02], [0.98, 0.98], same_sentence[:2], 0.5, 0.5) == [True, True]


def test_the_shipped_model_has_both_heads_and_their_floors():
    shipped = json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))
    assert set(shipped["heads"]) == {"full", "type"}
    assert 0.0 < shipped["type_threshold"] < 1.0
    verifier = EventVerifier.default()
    assert verifier.type_threshold == shipped["type_threshold"]
    assert verifier.full.weights and verifier.type.weights


def test_the_type_head_is_at_least_as_sure_as_the_full_head_on_average(story):
    # "Type right" is the weaker claim (the full label needs the parties as well), so it should not be rarer.
    verifier = EventVerifier.default()
    full = [verifier.probability(ev, story) for ev in story.events]
    typed = [verifier.type_probability(ev, story) for ev in story.events]
    assert story.events and sum(typed) >= sum(full)


def test_the_explanation_gives_both_probabilities(story):
    ev = dataclasses.replace(story.events[0], explanation=dataclasses.replace(
        story.events[0].explanation, notes=list(story.events[0].explanation.notes)))
    verdicts([ev], story, 0.3)
    note = ev.explanation.notes[-1]
    assert "P(right) = " in note and "P(type right) = " in note


def test_an_event_both_heads_doubt_is_kept_back_with_both_floors_named(story, monkeypatch):
    doubtful = _verifier(full_bias=-5.0, type_bias=-5.0, floor=0.3, type_floor=0.5)
    monkeypatch.setattr(EventVerifier, "default", classmethod(lambda cls: doubtful))
    ev = dataclasses.replace(story.events[0], explanation=dataclasses.replace(
        story.events[0].explanation, notes=list(story.events[0].explanation.notes)))
    assert verdicts([ev], story, 0.3) == [False]
    assert "both below their floors (0.30, 0.50)" in ev.explanation.notes[-1]


def test_both_heads_read_the_same_word_free_features(story):
    verifier = EventVerifier.default()
    names = set(verifier.full.weights) | set(verifier.type.weights)
    assert all("=" in n or n.startswith(("sentence_", "party_")) for n in names)
    for ev in story.events:
        assert set(features(ev, story)) & names


def test_training_uses_gold_nineteenth_and_no_held_out_gold():
    spec = importlib.util.spec_from_file_location("train_event_verifier", ROOT / "scripts" / "train_event_verifier.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert "gold-nineteenth" in script.DEV_GOLDS
    assert not {"gold-heldout", "gold-last", "gold-wire"} & set(script.DEV_GOLDS)
    shipped = json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))
    assert shipped["trained_on"] == ["shared/gold/dev"] + [f"eval/{g}" for g in script.DEV_GOLDS]
