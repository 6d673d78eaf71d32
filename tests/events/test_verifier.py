"""The event verifier: word-free features, a probability in the explanation, a floor that only drops."""
from __future__ import annotations

import dataclasses
import json
from importlib import resources

import pytest

from eventwire.config import Config
from eventwire.events._verifier import EventVerifier, features, keep_mask
from eventwire.pipeline import Pipeline

from script_helpers import default_floor_fits

TEXT = ("KABUL, March 3 - Afghan troops attacked a rebel camp near the border on Tuesday, the defence ministry said. "
        "The rebels said they had lost two fighters. Farmers in the valley have fled to the city. "
        "If the talks fail, the rebels could one day meet the envoy, some analysts think. "
        "The government has not commented on the raid.")
SNIPPET = "Afghan troops attacked a rebel camp near the border on Tuesday, the defence ministry said."


@pytest.fixture(scope="module")
def coded():
    pipe = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))
    doc = pipe.process_text(TEXT, published="2024-03-05")
    return doc


def test_features_describe_evidence_not_the_words_of_a_story(coded):
    ev = next(e for e in coded.events if e.event == "ASSAULT")
    found = features(ev, coded)
    assert "type=ASSAULT" in found and "modality=asserted" in found and "dateline=yes" in found
    assert any(f.startswith("attribution=") for f in found)
    # Nothing in the features names a word of the sentence: the model must carry over to unseen news.
    words = {w.strip(".,").lower() for w in TEXT.split()} - {"yes", "no", "none"}
    assert not [f for f in found if f.split("=")[-1].lower() in words]


def test_probability_is_a_probability_and_deterministic(coded):
    verifier = EventVerifier.default()
    for ev in coded.events:
        p = verifier.probability(ev, coded)
        assert 0.0 < p < 1.0 and p == verifier.probability(ev, coded)


def test_the_default_floor_is_the_one_the_training_chose():
    shipped = json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))
    assert default_floor_fits(shipped)
    assert EventVerifier.default().version == shipped["version"]


def test_a_floor_only_drops_events_and_says_why_in_the_explanation(coded):
    verifier = EventVerifier.default()
    probs = {ev.id: (verifier.probability(ev, coded), verifier.type_probability(ev, coded)) for ev in coded.events}
    assert probs
    floor = max(p for p, _ in probs.values())  # the full head keeps only the likeliest event
    strict = Pipeline(Config.load().with_overrides({"events": {"verifier_min": floor}}))
    doc = strict.process_text(TEXT, published="2024-03-05")
    # The rest stay only when the type head finds their type likely right.
    events = coded.events
    kept = keep_mask([probs[ev.id][0] for ev in events], [probs[ev.id][1] for ev in events],
                     [(ev.text_info.start, ev.event) for ev in events], floor, verifier.type_threshold)
    assert {ev.id for ev in doc.events} == {ev.id for ev, keep in zip(events, kept) if keep}
    assert all(any(n.startswith("verifier (") for n in ev.explanation.notes) for ev in doc.events)


def test_floor_zero_turns_the_verifier_off(coded):
    assert not any(n.startswith("verifier (") for ev in coded.events for n in ev.explanation.notes)


def test_explain_shows_what_the_verifier_keeps_back(monkeypatch):
    from eventwire.explain import explain_text

    # With the type head's floor out of reach only the full head decides, so the top floor keeps some event back.
    verifier = dataclasses.replace(EventVerifier.default(), type_threshold=1.01)
    monkeypatch.setattr(EventVerifier, "default", classmethod(lambda cls: verifier))
    pipe = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))
    doc = pipe.process_text(TEXT, published="2024-03-05")
    top = max(verifier.probability(ev, doc) for ev in doc.events)
    config = Config.load().with_overrides({"events": {"verifier_min": top}})
    shown = explain_text(TEXT, published="2024-03-05", config=config)
    assert len(doc.events) > 1  # so that the floor at the top probability keeps some event back
    assert "not output by default" in shown and "P(right) = " in shown


def test_a_snippet_is_left_to_the_coder():
    # Its features describe events in stories; a sentence or three is outside what it was trained on.
    strict = Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.99}}))
    doc = strict.process_text(SNIPPET, published="2024-03-05")
    assert doc.events and not any(n.startswith("verifier (") for ev in doc.events for n in ev.explanation.notes)
