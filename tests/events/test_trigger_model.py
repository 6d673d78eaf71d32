"""The trigger-model experiment's pieces (scripts/train_trigger_model.py): labels, features, the numpy fit.

The experiment itself (a no-go, docs/trigger-model.md) needs the golds; these check the parts on data written here.
"""
from __future__ import annotations

import numpy as np
import pytest

from script_helpers import load_script


@pytest.fixture(scope="module")
def ttm():
    return load_script("train_trigger_model")


@pytest.mark.parametrize("verb,noun", [("retaliate", "retaliation"), ("object", "objection"), ("stop", "stoppage"),
                                       ("declare", "declaration"), ("assess", "assessment"),
                                       ("refuse", "refusal")])
def test_a_verb_and_its_noun_share_a_stem(ttm, verb, noun):
    assert ttm.stem(verb) == ttm.stem(noun)


def test_unrelated_words_keep_apart(ttm):
    # Crude by design (a feature, never a decision): short words are left whole.
    assert ttm.stem("ban") != ttm.stem("bank")
    assert ttm.stem("war") != ttm.stem("warn")
    assert ttm.stem("aid") != ttm.stem("aide")


def _columns(words: list[tuple[str, str, int]]) -> dict:
    """Plain parse columns for a sentence written here: (word, part of speech, head index)."""
    idx, pos = [], 0
    for w, _, _ in words:
        idx.append(pos)
        pos += len(w) + 1
    return {"text": [w for w, _, _ in words], "lemma": [w.lower() for w, _, _ in words],
            "pos": [p for _, p, _ in words], "head": [h for _, _, h in words], "idx": idx}


def test_anchor_head_is_the_event_word_not_the_preposition(ttm):
    # "Ministers spoke after lengthy talks with the rebels"
    toks = _columns([("Ministers", "NOUN", 1), ("spoke", "VERB", 1), ("after", "ADP", 1), ("lengthy", "ADJ", 4),
                     ("talks", "NOUN", 2), ("with", "ADP", 4), ("the", "DET", 7), ("rebels", "NOUN", 5)])
    text = " ".join(toks["text"])
    start = text.index("after")
    assert ttm.anchor_head(toks, start, len(text)) == 4  # "talks", though "after" is above it


def test_anchor_found_whatever_the_case_and_spacing(ttm):
    text = "The envoy  Pressed\nthe junta to free the detainees."
    assert ttm._anchor_spans(text, "pressed the junta") == [(11, 28)]
    assert ttm._anchor_spans(text, "") == []


def test_sparse_products_agree_with_dense(ttm):
    rows = [["bias", "a"], ["bias", "b", "c"], ["bias", "a", "c"]]
    vocab = {"a": 0, "b": 1, "bias": 2, "c": 3}
    xs = ttm.Sparse(rows, vocab)
    dense = np.zeros((3, 4))
    for r, fs in enumerate(rows):
        for f in fs:
            dense[r, vocab[f]] = 1.0
    w = np.arange(8, dtype=float).reshape(4, 2)
    g = np.arange(6, dtype=float).reshape(3, 2)
    assert np.allclose(xs.dot(w), dense @ w)
    assert np.allclose(xs.tdot(g), dense.T @ g)


def test_fit_learns_a_separable_toy_and_is_deterministic(ttm):
    rows = [["bias", "event"], ["bias", "event"], ["bias", "plain"], ["bias", "plain"]] * 5
    y = np.array([[0.0, 1.0], [0.0, 1.0], [1.0, 0.0], [1.0, 0.0]] * 5)
    xd = np.zeros((len(rows), 1))
    vocab = ttm.vocabulary(rows)
    first = ttm.fit(ttm.Sparse(rows, vocab), xd, y, l2=1.0, steps=60)
    again = ttm.fit(ttm.Sparse(rows, vocab), xd, y, l2=1.0, steps=60)
    assert all(np.array_equal(a, b) for a, b in zip(first, again))
    ws, wd, b = first
    p = ttm.softmax(ttm.Sparse(rows, vocab).dot(ws) + xd @ wd + b)
    assert (p[:, 1] > 0.5).tolist() == [True, True, False, False] * 5
