"""A calibrated confidence: the type head's P(type right) in stories, a map of the coder's figure in snippets."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.events._verifier import (RULE_FLOOR, EventVerifier, Head, RuleMap, calibrate, features,
                                        story_confidence)
from eventwire.pipeline import Pipeline

STORY = ("LISBON, June 4 - Portugal's prime minister met union leaders in Lisbon on Wednesday, his office said. "
         "Dock workers in Porto marched to the harbour office on Tuesday to demand higher pay. "
         "Police arrested three marchers near the gates, a spokesman said. "
         "The union says it could call a general strike if talks fail. "
         "The minister has not said when he will meet the dockers again.")
SNIPPET = "Dock workers in Porto marched to the harbour office on Tuesday to demand higher pay."
ROOT = Path(__file__).resolve().parents[2]


def _shipped() -> dict:
    return json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))


def _copy(ev):
    """An event with its own notes list, so that a test's notes do not leak into the module's fixture."""
    return dataclasses.replace(ev, explanation=dataclasses.replace(ev.explanation, notes=list(ev.explanation.notes)))


@pytest.fixture(scope="module")
def story():
    # The verifier off: the events keep the coder's own figure, as the training reads them.
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(
        STORY, published="2025-06-05")


def test_the_snippet_map_is_a_probability_that_keeps_the_coders_ranking():
    mapped = RuleMap.from_dict(_shipped()["rule_map"])
    values = [mapped.probability(c) for c in (0.45, 0.55, 0.65, 0.75, 0.85, 0.95)]
    assert all(0.0 < v < 1.0 for v in values)
    assert values == sorted(values) and values[0] < values[-1]


def test_the_coders_figure_is_under_confident_so_the_map_raises_its_floor():
    # Out of fold the coder's 0.5-0.6 band had its type right about three times in four: the map lifts it.
    assert RuleMap.from_dict(_shipped()["rule_map"]).probability(0.55) > 0.55


def test_in_a_story_confidence_becomes_the_type_heads_probability(story):
    verifier = EventVerifier.default()
    events = [_copy(ev) for ev in story.events]
    expected = [round(story_confidence(verifier, features(ev, story)), 3) for ev in events]
    rule = [ev.confidence for ev in events]
    calibrate(events, story, story=True)
    assert events and [ev.confidence for ev in events] == expected
    for ev, figure in zip(events, rule):
        assert f"the coder's own figure {figure:.2f}" in ev.explanation.notes[-1]
        assert "P(type right)" in ev.explanation.notes[-1]


def test_a_storys_confidence_is_never_below_the_full_heads_probability():
    # Right with its parties implies right on its type; heads fitted apart may disagree, the larger counts.
    unsure_type = EventVerifier(Head({}, 1.0), Head({}, -1.0), 0.4, 0.8, "test")
    assert story_confidence(unsure_type, ["type=PROTEST"]) == pytest.approx(unsure_type.full.probability([]))
    sure_type = EventVerifier(Head({}, -1.0), Head({}, 1.0), 0.4, 0.8, "test")
    assert story_confidence(sure_type, ["type=PROTEST"]) == pytest.approx(sure_type.type.probability([]))


def test_in_a_snippet_confidence_is_the_coders_figure_mapped(story):
    mapped = EventVerifier.default().rules
    events = [_copy(ev) for ev in story.events]
    rule = [ev.confidence for ev in events]
    calibrate(events, story, story=False)
    assert [ev.confidence for ev in events] == [round(mapped.probability(c), 3) for c in rule]
    assert "snippet" in events[0].explanation.notes[-1]


def test_without_a_snippet_map_a_snippet_keeps_the_coders_figure(story, monkeypatch):
    bare = EventVerifier(Head({}, 0.0), Head({}, 0.0), 0.4, 0.8, "test")
    monkeypatch.setattr(EventVerifier, "default", classmethod(lambda cls: bare))
    events = [_copy(ev) for ev in story.events]
    rule = [ev.confidence for ev in events]
    calibrate(events, story, story=False)
    assert [ev.confidence for ev in events] == rule


def test_calibration_reads_the_coders_figure_before_it_writes():
    # The heads weigh the coder's figure as a feature: a second call must not read its own output back as one.
    doc = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(
        STORY, published="2025-06-05")
    once = [_copy(ev) for ev in doc.events]
    calibrate(once, doc, story=True)
    fresh = [_copy(ev) for ev in doc.events]
    calibrate(fresh, doc, story=True)
    assert [ev.confidence for ev in once] == [ev.confidence for ev in fresh]


def test_the_rule_floor_is_the_shipped_min_confidence():
    # The heads and the snippet map are fitted on the events the coder's figure lets through at the default floor.
    assert RULE_FLOOR == Config.load()["events.min_confidence"]


def test_training_uses_gold_twentieth_and_writes_the_snippet_map():
    spec = importlib.util.spec_from_file_location("train_event_verifier", ROOT / "scripts" / "train_event_verifier.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert "gold-twentieth" in script.DEV_GOLDS
    assert not {"gold-heldout", "gold-last", "gold-wire"} & set(script.DEV_GOLDS)
    shipped = _shipped()
    assert set(shipped["rule_map"]) == {"slope", "offset"} and shipped["rule_map"]["slope"] > 0


def _calibrating(doc) -> bool:
    return any("calibrated" in n for ev in doc.events for n in ev.explanation.notes)


def test_a_snippets_events_get_the_mapped_confidence_through_the_pipeline():
    doc = Pipeline(Config.load()).process_text(SNIPPET, published="2025-06-05")
    rule = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(
        SNIPPET, published="2025-06-05")
    assert _calibrating(doc)
    mapped = EventVerifier.default().rules
    assert [ev.confidence for ev in doc.events] == [round(mapped.probability(ev.confidence), 3) for ev in rule.events]


def test_a_storys_output_confidence_is_calibrated_and_at_least_the_floor():
    doc = Pipeline(Config.load()).process_text(STORY, published="2025-06-05")
    assert _calibrating(doc)
    floor = Config.load()["events.min_confidence"]
    assert doc.events and all(ev.confidence >= floor for ev in doc.events)
    assert all(any("the coder's own figure" in n for n in ev.explanation.notes) for ev in doc.events)
