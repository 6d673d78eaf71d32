"""The committed sentence model loads fast, gives proper distributions and sensible rankings."""
from __future__ import annotations


import pytest

from eventwire.events._classifier import EVENT_CLASSES, SentenceModel, bucket, buckets, features
from eventwire.model import PLOVER_TYPES

VIOLENT = "Gunmen opened fire on a crowded market, killing 12 civilians and wounding dozens."
NEUTRAL = "The weather was mild and markets were quiet."


@pytest.fixture(scope="module")
def model() -> SentenceModel:
    return SentenceModel.default()


def test_loads_once_and_is_cached():
    # How fast it loads and predicts is measured by `make bench` (its share of the pipeline's time), not
    # asserted here: a timed test fails on a busy machine without anything being wrong.
    SentenceModel.default.cache_clear()
    first = SentenceModel.default()
    assert SentenceModel.default() is first
    assert first.version


def test_distributions_are_complete_and_sum_to_one(model):
    types = model.predict_types(VIOLENT)
    assert set(types) == set(PLOVER_TYPES) | {"NONE"}
    assert sum(types.values()) == pytest.approx(1.0, abs=1e-5)
    quad = model.predict_quad(VIOLENT)
    assert set(quad) == {0, 1, 2, 3, 4}
    assert sum(quad.values()) == pytest.approx(1.0, abs=1e-5)
    assert all(0.0 <= v <= 1.0 for v in [*types.values(), *quad.values()])


def test_empty_and_unknown_text_still_give_distributions(model):
    for text in ("", "zzqx vbnm"):
        assert sum(model.predict_types(text).values()) == pytest.approx(1.0, abs=1e-5)
        assert sum(model.predict_quad(text).values()) == pytest.approx(1.0, abs=1e-5)


def test_violence_ranks_assault_above_agree(model):
    p = model.predict_types(VIOLENT)
    assert p["ASSAULT"] > p["AGREE"]
    assert max(p, key=p.get) == "ASSAULT"
    assert max(model.predict_quad(VIOLENT).items(), key=lambda kv: kv[1])[0] == 4


def test_neutral_statement_is_no_event(model):
    types = model.predict_types(NEUTRAL)
    quad = model.predict_quad(NEUTRAL)
    assert max(types, key=types.get) == "NONE" or max(quad, key=quad.get) == 0


def test_deterministic(model):
    assert model.predict_types(VIOLENT) == model.predict_types(VIOLENT)
    assert model.predict_quad(NEUTRAL) == model.predict_quad(NEUTRAL)
    SentenceModel.default.cache_clear()
    assert SentenceModel.default().predict_types(VIOLENT) == model.predict_types(VIOLENT)


def test_hashed_features_are_stable_across_processes():
    # The committed weights are indexed by these numbers; a change here silently breaks the model.
    assert bucket("w:attack") == bucket("w:attack")
    assert buckets(VIOLENT) == {bucket(f) for f in features(VIOLENT)}
    assert "c:numkill" in features(VIOLENT)
    assert "c:disaster" in features("A flood swept through the valley.")


def test_class_layout():
    assert EVENT_CLASSES[:16] == PLOVER_TYPES and EVENT_CLASSES[16] == "NONE"


def test_joint_prediction_is_a_distribution_and_reduces_to_the_type_head(model):
    text = "The two parliaments signed a pact to share river water next spring."
    joint, quad = model.predict_joint(text)
    assert set(joint) == set(EVENT_CLASSES)
    assert sum(joint.values()) == pytest.approx(1.0, abs=1e-5)
    assert quad == pytest.approx(model.predict_quad(text))
    plain, _ = model.predict_joint(text, quad_weight=0.0)
    assert plain == pytest.approx(model.predict_types(text))


def test_joint_prediction_follows_the_quad_head(model):
    # Each type's share moves by the quad head's opinion of its quad: the types of the quad the
    # quad head favours gain against the others.
    text = "Rebels shelled the border town overnight and the ministry condemned the raid."
    types, quad = model.predict_types(text), model.predict_quad(text)
    joint, _ = model.predict_joint(text)
    from eventwire.events._classifier import TYPE_QUAD
    best_q = max(quad, key=quad.get)
    worst_q = min(quad, key=quad.get)
    a = next(t for t in EVENT_CLASSES if TYPE_QUAD[t] == best_q)
    b = next(t for t in EVENT_CLASSES if TYPE_QUAD[t] == worst_q)
    assert joint[a] / joint[b] == pytest.approx(types[a] / types[b] * quad[best_q] / quad[worst_q], rel=1e-3)
    assert joint[a] / joint[b] > types[a] / types[b]


def test_coder_sentence_probs_follow_quad_weight(model, monkeypatch):
    # The coder's sentence probabilities are the joint ones at its QUAD_WEIGHT (0: type head alone).
    from eventwire.events import _coder

    text = "The envoy promised that his government would send grain to the flooded province."
    for w in (0.0, 2.0):
        monkeypatch.setattr(_coder, "QUAD_WEIGHT", w)
        types, quad = _coder._sentence_probs(text)
        assert types == pytest.approx(model.predict_joint(text, w)[0])
        assert quad == pytest.approx(model.predict_quad(text))
    monkeypatch.setattr(_coder, "QUAD_WEIGHT", 0.0)
    assert _coder._sentence_probs(text)[0] == pytest.approx(model.predict_types(text))


def test_told_apart_types_are_the_ones_with_exact_labels_in_a_shared_class(model):
    # CASE labels the material-conflict types one by one; every other class came as set labels
    # (ConfliBERT quads) or with a single exactly-labelled type, so the head cannot split it.
    assert model.told_apart == {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}


def test_beliefs_share_an_unsplit_class_evenly(model):
    types = model.predict_types("Norway shipped tents and medicine to the refugee camps on Monday.")
    beliefs = model.beliefs(types)
    assert set(beliefs) == set(PLOVER_TYPES)
    p_event = 1 - types["NONE"]
    for t in model.told_apart:
        assert beliefs[t] == pytest.approx(types[t] / p_event)
    # The head's own split of material cooperation is arbitrary; the three types share its total.
    coop = sum(types[t] for t in ("COOPERATE", "AID", "RETREAT")) / p_event
    assert beliefs["AID"] == beliefs["COOPERATE"] == beliefs["RETREAT"] == pytest.approx(coop / 3)
    assert sum(beliefs.values()) == pytest.approx(1.0)


def test_weights_without_the_record_fall_back_to_the_training_layout(model):
    import gzip
    import json
    from importlib import resources

    raw = resources.files("eventwire.events").joinpath("data", "sentence_model.json.gz").read_bytes()
    payload = json.loads(gzip.decompress(raw))
    payload["meta"].pop("told_apart")
    assert SentenceModel(payload).told_apart == model.told_apart


def test_coder_backs_an_aid_event_with_its_class_not_the_heads_split():
    from eventwire.pipeline import Pipeline

    doc = Pipeline().process_text("Germany sent humanitarian aid to Syria on Monday.", published="2024-03-04")
    aid = [e for e in doc.events if e.event == "AID"]
    assert aid
    note = next(n for n in aid[0].explanation.notes if n.startswith("sentence model P(AID)"))
    assert float(note.rsplit("=", 1)[1]) >= 0.1
