"""The sentence model's training data from the article golds (scripts/train_sentence_model.py) and its use in the
verifier's training (each gold coded with a sentence model that never saw it). Sentences are invented."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from eventwire.events._classifier import NONE, SentenceModel

from script_helpers import load_script

ROOT = Path(__file__).resolve().parents[2]



@pytest.fixture(scope="module")
def trainer():
    return load_script("train_sentence_model")


def test_sentences_split_at_stops_not_at_titles_or_initials(trainer):
    text = ("ROME, May 4 - Mr. Rossi met U.S. Trade Representative Jane Ames on Monday. They discussed tariffs.\n"
            "    Dr. Bianchi said talks would resume in June.")
    assert trainer.split_sentences(text) == [
        "ROME, May 4 - Mr. Rossi met U.S. Trade Representative Jane Ames on Monday.",
        "They discussed tariffs.",
        "Dr. Bianchi said talks would resume in June.",
    ]


def test_a_paragraph_break_always_ends_a_sentence(trainer):
    assert trainer.split_sentences("Strikers marched in Lyon\n\nThe union said more would follow.") == [
        "Strikers marched in Lyon", "The union said more would follow."]


def _write_gold(tmp_path: Path, events: list[dict], text: str, forbid: list | None = None) -> Path:
    (tmp_path / "story.txt").write_text(text, "utf-8")
    path = tmp_path / "articles.json"
    path.write_text(json.dumps({"articles": [{"file": "story.txt", "events": events, "forbid": forbid or []}]}), "utf-8")
    return path


def test_gold_sentences_carry_their_events_types_and_the_rest_is_no_event(trainer, tmp_path, monkeypatch):
    text = ("Farmers blocked the main road into Tarvel on Friday. The harvest was late this year. "
            "The mayor asked the farmers to leave and promised to meet their leaders.")
    path = _write_gold(tmp_path, [
        {"types": ["PROTEST"], "anchor": "Farmers blocked the main road"},
        {"types": ["REQUEST"], "anchor": "asked the farmers to leave"},
        {"types": ["AGREE", "CONSULT"], "anchor": "promised to meet their leaders", "required": False},
    ], text)
    monkeypatch.setattr(trainer, "gold_path", lambda shared, gold: path)
    docs = trainer.load_articles(tmp_path, ("gold-invented",))
    by_text = {d.text: d for d in docs}
    assert by_text["Farmers blocked the main road into Tarvel on Friday."].event == frozenset({"PROTEST"})
    assert by_text["The harvest was late this year."].event == frozenset({NONE})
    assert by_text["The harvest was late this year."].quad == 0
    mayor = by_text["The mayor asked the farmers to leave and promised to meet their leaders."]
    # Two events (one with alternative types) make a set label; their quads differ, so no quad label.
    assert mayor.event == frozenset({"REQUEST", "AGREE", "CONSULT"})
    assert mayor.quad is None
    assert {d.group for d in docs} == {"gold-invented"} and {d.source for d in docs} == {"article"}


def test_an_anchor_across_a_drawn_boundary_joins_the_two_sentences(trainer, tmp_path, monkeypatch):
    text = "The envoy of Gen. Marlow met St. Ives officials. Nothing else happened."
    path = _write_gold(tmp_path, [{"types": ["CONSULT"], "anchor": "Marlow met St. Ives officials"}], text)
    monkeypatch.setattr(trainer, "gold_path", lambda shared, gold: path)
    docs = trainer.load_articles(tmp_path, ("gold-invented",))
    assert [d.event for d in docs if "Marlow" in d.text] == [frozenset({"CONSULT"})]


def test_article_folds_are_fixed_and_cover_every_gold(trainer):
    folds = [trainer.article_group(g, 5) for g in trainer.ARTICLE_GOLDS]
    assert folds == [trainer.article_group(g, 5) for g in trainer.ARTICLE_GOLDS]
    assert set(folds) == set(range(5))
    # Neighbours in the list (golds of one period and source) fall in different folds.
    assert all(a != b for a, b in zip(folds, folds[1:]))


def test_the_held_out_golds_never_train_the_model(trainer):
    assert not {"gold-heldout", "gold-last", "gold-wire"} & set(trainer.ARTICLE_GOLDS)


class _Shipped:
    """A stand-in for the shipped sentence model, trained on the sources its meta names."""

    def __init__(self, sources: dict[str, int]) -> None:
        self.meta = {"train_docs": sources}


def _code_two_golds(monkeypatch, tmp_path, shipped: _Shipped) -> tuple[dict, dict, list]:
    """Run the verifier script's ``code_golds`` on two invented golds with a pipeline that records the sentence
    model each gold is coded with. Returns (what each gold saw, the fold models offered, fold_models' calls)."""
    from eventwire.events import _classifier

    verifier = load_script("train_event_verifier")
    seen: dict[str, object] = {}
    models = {"gold-more": object(), "gold-extra": object()}
    calls: list = []

    class Recorder:
        def __init__(self, config):
            pass

        def process(self, raws):
            seen[raws[0].id] = _classifier.SentenceModel.default()
            return []

    monkeypatch.setattr(verifier, "gold_paths", lambda shared, held_out=frozenset(): [
        (g, tmp_path / f"{g}.json") for g in models])
    for g in models:
        (tmp_path / f"{g}.json").write_text(json.dumps({"articles": [{"file": g}]}), "utf-8")
    monkeypatch.setattr(verifier, "_article_text", lambda shared, path, file: "A story.")
    monkeypatch.setattr(verifier, "Pipeline", Recorder)
    trainer = load_script("train_sentence_model")
    monkeypatch.setitem(sys.modules, "train_sentence_model", trainer)
    monkeypatch.setattr(trainer, "fold_models", lambda shared, folds, held_out=frozenset(): calls.append(folds) or models)
    monkeypatch.setattr(_classifier.SentenceModel, "default", staticmethod(lambda: shipped))
    with pytest.raises(KeyError):  # the recorder codes nothing: the script stops at the first article
        verifier.code_golds(tmp_path, 5)
    # Whatever happens while coding, the shipped model is the default again afterwards.
    assert _classifier.SentenceModel.default() is shipped
    return seen, models, calls


def test_the_verifier_codes_each_gold_with_a_model_that_never_saw_it(monkeypatch, tmp_path):
    seen, models, calls = _code_two_golds(monkeypatch, tmp_path, _Shipped({"case": 1, "article": 1}))
    assert calls == [5] and seen["gold-more"] is models["gold-more"]


def test_a_shipped_model_that_never_saw_the_golds_codes_them_itself(monkeypatch, tmp_path):
    shipped = _Shipped({"case": 1, "conflibert": 1})
    seen, _, calls = _code_two_golds(monkeypatch, tmp_path, shipped)
    assert calls == [] and seen["gold-more"] is shipped


def test_the_article_sentences_train_only_when_asked(trainer):
    # Measured and not adopted (docs/sentence-model.md): the default trains the committed model as before.
    assert trainer.Config().use_articles is False
    assert "article" not in SentenceModel.default().meta.get("train_docs", {})
