"""The twentieth session's verifier: trained on all 21 development golds (the nineteenth session's two blind golds
included) with a stronger penalty, chosen by scoring every gold out of fold; the keep rule and floors as before."""
from __future__ import annotations

from eventwire.config import Config
from eventwire.events._verifier import EventVerifier, keep_mask
from eventwire.pipeline import Pipeline

from script_helpers import default_floor_fits, load_script, shipped_verifier

# Written for this test: a story of five sentences with a meeting whose other side is not named, a criticism and
# a conditional.
STORY = ("Farm ministers from the five member states met in Vienna on Tuesday, officials said. "
         "The ministers discussed a common tariff on imported grain. "
         "A farmers' union criticised the plan as too timid. "
         "If the tariff is agreed, grain prices could rise next year, traders said. "
         "Talks resume in March.")


def test_training_covers_all_development_golds_and_no_held_out_one():
    trainer = load_script("train_event_verifier")
    assert {"gold-twenty-fifth", "gold-twenty-sixth", "gold-twenty-seventh", "gold-twenty-eighth"} <= set(trainer.DEV_GOLDS)
    assert len(set(trainer.DEV_GOLDS)) == len(trainer.DEV_GOLDS) >= 22  # later sessions add golds
    assert not {"gold-heldout", "gold-last", "gold-wire"} & set(trainer.DEV_GOLDS)
    assert shipped_verifier()["trained_on"] == ["shared/gold/dev"] + [f"eval/{g}" for g in trainer.DEV_GOLDS]


def test_the_penalty_is_the_one_the_sweep_chose():
    assert load_script("train_event_verifier").L2 == 10.0


def test_the_config_floor_is_still_the_trained_floor():
    shipped = shipped_verifier()
    assert default_floor_fits(shipped)
    assert 0.0 < shipped["type_threshold"] < 1.0


def test_a_stronger_penalty_keeps_the_weights_small():
    # With about 150 features and a thousand events, no single piece of evidence should decide an event alone.
    for head in shipped_verifier()["heads"].values():
        assert max(abs(w) for w in head["weights"].values()) < 1.5


def test_the_keep_rule_is_unchanged_either_head_vouches():
    places = [(0, "CONSULT"), (50, "ACCUSE"), (90, "AGREE")]
    kept = keep_mask([0.2, 0.6, 0.1], [0.85, 0.5, 0.6], places, 0.45, 0.8)
    assert kept == [True, True, False]


def test_every_story_event_has_a_probability_as_confidence():
    doc = Pipeline(Config.load()).process_text(STORY, published="2025-02-11")
    verifier = EventVerifier.default()
    assert verifier.threshold == shipped_verifier()["threshold"]
    assert doc.events
    for ev in doc.events:
        assert 0.0 < ev.confidence < 1.0
        assert any("P(type right)" in note for note in ev.explanation.notes)
