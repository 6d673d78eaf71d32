"""The verifier trained on what it will see (vfx29): each development gold is coded with a type chooser that never saw
it, and the chooser's reading of the event's sentence, from that same chooser, is evidence the heads weigh. Sentences
invented."""
from __future__ import annotations

import json
import sys

import pytest

from eventwire.events import _classifier
from eventwire.events._verifier import EventVerifier, _chooser_features, features
from eventwire.model import Actor, Document, Event, Explanation, TextInfo
from script_helpers import BLIND_NOW, HELD_OUT, load_script

SENTENCE = "The finance minister of Ruritania rejected the lenders' demand for new cuts on Friday."


def _event(kind: str = "REJECT") -> Event:
    trigger_at = SENTENCE.index("rejected")
    return Event(id="e1", event=kind, actor=[Actor("The finance minister of Ruritania", code="RUR", sector="GOV")],
                 recipient=[Actor("the lenders", sector="BUS")], sentence=SENTENCE, text_info=TextInfo(0, len(SENTENCE)),
                 explanation=Explanation("rejected", trigger_at, trigger_at + 8, "test: verb"))


@pytest.mark.parametrize("beliefs, told", [
    ({"REJECT": 0.7, "REQUEST": 0.2, "AGREE": 0.1}, ["chooser_rank=first", "chooser_belief=high"]),
    ({"REQUEST": 0.6, "REJECT": 0.3, "AGREE": 0.1}, ["chooser_rank=second", "chooser_belief=some"]),
    ({"REQUEST": 0.5, "AGREE": 0.38, "REJECT": 0.1, "AID": 0.02}, ["chooser_rank=lower", "chooser_belief=low"]),
    ({"REQUEST": 0.9, "AGREE": 0.08, "REJECT": 0.02}, ["chooser_rank=lower", "chooser_belief=nil"]),
    ({}, ["chooser=none"]),
])
def test_the_chooser_says_how_far_it_reads_the_sentence_as_the_events_type(beliefs, told):
    assert _chooser_features(_event(), beliefs) == told


def test_features_take_the_chooser_reading_given_and_ask_the_shipped_chooser_otherwise(monkeypatch):
    monkeypatch.setattr(_classifier, "chooser_beliefs", lambda text: {"AGREE": 0.9, "REJECT": 0.1})
    doc = Document(id="d", text=SENTENCE)
    assert "chooser_rank=second" in features(_event(), doc)
    assert "chooser_rank=first" in features(_event(), doc, beliefs={"REJECT": 0.8, "AGREE": 0.2})


def test_the_shipped_heads_leave_the_chooser_reading_out_as_the_pre_registered_test_chose():
    # The twenty-eighth session's blind golds: heads weighing the reading 0.545, without it 0.555 (LEFT_OUT).
    verifier = EventVerifier.default()
    doc = Document(id="d", text=SENTENCE)
    backed = features(_event(), doc, beliefs={"REJECT": 0.8, "REQUEST": 0.2})
    ruled_out = features(_event(), doc, beliefs={"REQUEST": 0.97, "REJECT": 0.03})
    for head in (verifier.full, verifier.type):
        assert head.probability(backed) == head.probability(ruled_out)
        assert not any(name.startswith("chooser") for name in head.weights)


# ------------------------------------------------------------------ the training script


class _Shipped:
    def __init__(self, sources: dict[str, int]) -> None:
        self.meta = {"train_docs": sources}


def _code_two_golds(monkeypatch, tmp_path, chooser: _Shipped, chooser_folds: int) -> tuple[dict, dict, list, list]:
    """``code_golds`` on two invented golds with a pipeline that records the chooser each gold is coded with.
    Returns (what each gold saw, the fold choosers offered, chooser_fold_models' calls, the coded golds)."""
    verifier = load_script("train_event_verifier")
    seen: dict[str, object] = {}
    choosers = {"gold-more": _Shipped({"case": 1}), "gold-extra": _Shipped({"case": 2})}
    calls: list = []

    class Recorder:
        def __init__(self, config):
            pass

        def process(self, raws):
            seen[raws[0].id] = _classifier.SentenceModel.chooser()
            return [Document(id=raws[0].id, text=raws[0].text)]

    monkeypatch.setattr(verifier, "gold_paths", lambda shared, held_out=frozenset(): [
        (g, tmp_path / f"{g}.json") for g in choosers])
    for g in choosers:
        (tmp_path / f"{g}.json").write_text(json.dumps({"articles": [{"file": g, "events": []}]}), "utf-8")
    monkeypatch.setattr(verifier, "_article_text", lambda shared, path, file: "A quiet day in the capital.")
    monkeypatch.setattr(verifier, "Pipeline", Recorder)
    trainer = load_script("train_sentence_model")
    monkeypatch.setitem(sys.modules, "train_sentence_model", trainer)
    monkeypatch.setattr(trainer, "chooser_fold_models",
                        lambda shared, folds, held_out=frozenset(): calls.append(folds) or choosers)
    monkeypatch.setattr(_classifier.SentenceModel, "chooser", staticmethod(lambda: chooser))
    monkeypatch.setattr(_classifier.SentenceModel, "default", staticmethod(lambda: _Shipped({"case": 1})))
    coded = verifier.code_golds(tmp_path, 5, chooser_folds=chooser_folds)
    assert _classifier.SentenceModel.chooser() is chooser  # the shipped chooser is back afterwards
    return seen, choosers, calls, coded


def test_each_gold_is_coded_with_a_chooser_that_never_saw_it(monkeypatch, tmp_path):
    seen, choosers, calls, coded = _code_two_golds(monkeypatch, tmp_path, _Shipped({"case": 1, "article": 1}), 5)
    assert calls == [5] and seen == choosers
    assert [doc["chooser_beliefs"] for _, _, doc, _ in coded] == [[], []]


def test_without_chooser_folds_or_a_chooser_that_saw_no_gold_the_shipped_one_codes(monkeypatch, tmp_path):
    shipped = _Shipped({"case": 1, "article": 1})
    seen, _, calls, _ = _code_two_golds(monkeypatch, tmp_path, shipped, 0)
    assert calls == [] and set(seen.values()) == {shipped}
    never = _Shipped({"case": 1})
    seen, _, calls, _ = _code_two_golds(monkeypatch, tmp_path, never, 5)
    assert calls == [] and set(seen.values()) == {never}


def test_the_fold_choosers_are_trained_as_the_shipped_chooser_is(monkeypatch):
    trainer = load_script("train_sentence_model")
    asked = []
    monkeypatch.setattr(trainer, "fold_models", lambda shared, folds, cfg, held_out=frozenset(): asked.append(cfg) or {})
    trainer.chooser_fold_models(None, 5)
    assert asked == [trainer.Config(use_articles=True)]


def test_last_sessions_blind_golds_are_development_golds_now_and_this_sessions_are_not():
    golds = load_script("train_event_verifier").DEV_GOLDS
    assert {"gold-forty-third", "gold-forty-fourth", "gold-forty-fifth"} <= set(golds)
    assert not (set(BLIND_NOW) | set(HELD_OUT)) & set(golds)
