"""The verifier of the twenty-fourth session (vrf24): 25 development golds (gold-twenty-ninth and gold-thirtieth
added), the blind golds kept out, and the training script's comparison with the weights it replaces."""
from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.events._verifier import EventVerifier, features, keep_mask
from eventwire.pipeline import Pipeline

from script_helpers import BLIND_NOW as BLIND_THIS_SESSION
from script_helpers import HELD_OUT, load_script, shipped_verifier

# My own story, five sentences so that the verifier reads it: a visit, a promise of aid, a refusal, a protest.
STORY = ("LUSAKA, June 9 - The Zambian president flew to Harare on Tuesday for talks with his Zimbabwean counterpart. "
         "Zimbabwe promised to send maize to Zambia before the end of the month, officials said. "
         "Zambia refused to reopen the disputed rail crossing until the maize arrives. "
         "Traders protested outside the border post on Wednesday. "
         "Both governments are due to meet again in July.")
# (the blind golds of the session now running: the twenty-fourth's, gold-thirty-first ... -third, and the
# twenty-fifth's, gold-thirty-fourth ... -sixth, train it since)


def test_the_two_golds_of_the_last_session_train_the_verifier():
    golds = load_script("train_event_verifier").DEV_GOLDS
    assert {"gold-twenty-ninth", "gold-thirtieth"} <= set(golds)
    assert len(set(golds)) == len(golds) >= 24  # and the shared dev gold: 25 folds then, more since


def test_no_blind_or_held_out_gold_trains_it():
    assert not (set(BLIND_THIS_SESSION) | set(HELD_OUT)) & set(load_script("train_event_verifier").DEV_GOLDS)


def test_every_gold_path_is_one_fold_with_the_shared_dev_gold_first(tmp_path):
    paths = load_script("train_event_verifier").gold_paths(tmp_path)
    assert paths[0] == ("shared-dev", tmp_path / "gold" / "dev" / "articles.json")
    assert [name for name, _ in paths[1:]] == list(load_script("train_event_verifier").DEV_GOLDS)
    assert all(path.parent.name == name for name, path in paths[1:])


def test_the_shipped_weights_name_the_golds_the_script_trains_on():
    assert shipped_verifier()["trained_on"] == ["shared/gold/dev"] + [f"eval/{g}" for g in load_script("train_event_verifier").DEV_GOLDS]


@pytest.fixture(scope="module")
def story():
    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}})).process_text(STORY, published="2024-06-10")


def test_the_package_weights_by_the_keep_rule_give_what_the_pipeline_outputs(story):
    """The script's comparison with the weights in the package applies them by ``keep_mask``, as the pipeline does."""
    assert story.events
    verifier = EventVerifier.default()
    found = [features(ev, story) for ev in story.events]
    places = [(ev.text_info.start, ev.event) for ev in story.events]
    kept = keep_mask([verifier.full.probability(f) for f in found], [verifier.type.probability(f) for f in found],
                     places, verifier.threshold, verifier.type_threshold)
    on = Pipeline(Config.load()).process_text(STORY, published="2024-06-10")
    assert len(on.events) == sum(kept)


def test_a_story_event_states_both_heads_and_its_confidence_is_calibrated():
    doc = Pipeline(Config.load()).process_text(STORY, published="2024-06-10")
    floor = Config.load()["events.min_confidence"]
    for ev in doc.events:
        notes = " ".join(ev.explanation.notes)
        assert "P(right)" in notes and "P(type right)" in notes
        assert floor <= ev.confidence <= 1.0
