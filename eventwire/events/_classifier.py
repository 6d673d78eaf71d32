"""A small linear sentence model that helps the rule coder: is there a political event at all,
which PLOVER type is likeliest, and which quad class.

It is deliberately a helper, not a coder: a bag of words cannot tell who did what to whom, and on
its own it gets only a minority of real sentence types right. What it does well is the coarse
judgement the dependency rules are bad at (a disaster or a crime report is not a political event)
and breaking ties between several rule readings of one sentence.

The weights are trained by ``scripts/train_sentence_model.py`` (see ``docs/sentence-model.md``) and
committed as ``data/sentence_model.json.gz``. Only numpy is needed at run time, so the default
engine stays CPU-only and free of torch and scikit-learn.
"""
from __future__ import annotations

import base64
import functools
import gzip
import json
import re
import zlib
from importlib import resources
from typing import Iterable

import numpy as np

from ..model import PLOVER_TYPES

NONE = "NONE"
EVENT_CLASSES: tuple[str, ...] = (*PLOVER_TYPES, NONE)
QUAD_CLASSES: tuple[int, ...] = (0, 1, 2, 3, 4)
# PLOVER's quad class of each type (NONE is quad 0): how the two heads' answers line up.
TYPE_QUAD: dict[str, int] = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
                             "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4,
                             "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, NONE: 0}
HASH_BITS = 18

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*")
# Longest first, so "ations" wins over "s"; the stem must keep three letters so that short
# words ("bus", "red") are not mangled into noise shared by unrelated words.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
_NEGATION = frozenset({"not", "no", "never", "n't", "without", "denied", "denies", "deny",
                       "refused", "refuses", "neither", "nor"})
_MODAL = frozenset({"will", "would", "could", "may", "might", "shall", "should", "'ll",
                    "plans", "planned", "intends", "threatened", "vowed"})
_CASUALTY = frozenset({"killed", "killing", "dead", "died", "wounded", "injured", "injuring",
                       "casualties", "deaths", "bodies"})
# Words that, without any actor doing anything to anyone, mark the reports the coder should keep
# quiet on: nature, accidents and epidemics.
_DISASTER = frozenset({"earthquake", "flood", "floods", "flooding", "cyclone", "hurricane",
                       "storm", "landslide", "tsunami", "drought", "wildfire", "blaze",
                       "collapsed", "collapse", "derailed", "crash", "crashed", "accident",
                       "covid", "virus", "pandemic", "outbreak", "cases", "infections", "rainfall",
                       "weather", "heatwave", "explosion", "leak"})
_CRIME = frozenset({"robbery", "robbers", "smuggling", "smugglers", "drugs", "trafficking",
                    "cartel", "gang", "thieves", "stolen", "murder", "fraud", "heroin", "cocaine"})


def _stem(word: str, _cache: dict[str, str] = {}) -> str:
    # A module-level memo: news vocabulary is small next to the number of tokens featurised.
    hit = _cache.get(word)
    if hit is not None:
        return hit
    out = word
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out = word[: -len(suf)]
            break
    if len(_cache) < 200_000:
        _cache[word] = out
    return out


def tokens(text: str) -> list[str]:
    # Digits collapse to one token: "12 killed" and "40 killed" are the same evidence.
    return ["0" if t[0].isdigit() else t for t in _TOKEN.findall(text.lower())]


def features(text: str) -> list[str]:
    """Feature names of one sentence (unique, order irrelevant). Shared by training and run time,
    so the two can never disagree about what a feature is."""
    toks = tokens(text)
    feats = {"w:" + t for t in toks}
    feats.update("s:" + _stem(t) for t in toks)
    feats.update("b:" + a + " " + b for a, b in zip(toks, toks[1:]))
    seen = set(toks)
    if seen & _NEGATION:
        feats.add("c:neg")
    if seen & _MODAL:
        feats.add("c:modal")
    if seen & _DISASTER:
        feats.add("c:disaster")
    if seen & _CRIME:
        feats.add("c:crime")
    if "0" in seen and seen & _CASUALTY:
        for i, t in enumerate(toks):
            # "12 killed", "killing 12 civilians": a count next to a casualty word either way.
            if t == "0" and any(w in _CASUALTY for w in toks[max(0, i - 2):i + 4]):
                feats.add("c:numkill")
                break
    return list(feats)


def bucket(feature: str) -> int:
    # crc32 rather than hash(): Python salts str hashes per process, and the committed weights
    # must mean the same thing in every interpreter.
    return zlib.crc32(feature.encode("utf-8")) & ((1 << HASH_BITS) - 1)


_MEMO: dict[str, int] = {}


def _memo_bucket(feature: str) -> int:
    # Hashing dominates featurisation; news repeats its words and word pairs, so a bounded memo
    # turns most of it into one dict lookup.
    b = _MEMO.get(feature)
    if b is None:
        b = bucket(feature)
        if len(_MEMO) < 500_000:
            _MEMO[feature] = b
    return b


def buckets(text: str) -> set[int]:
    """The hashed form of ``features(text)``; the unit the weights are indexed by."""
    return {_memo_bucket(f) for f in features(text)}


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max()
    e = np.exp(z)
    return e / e.sum()


def _unpack(blob: dict, rows: int) -> np.ndarray:
    q = np.frombuffer(base64.b64decode(blob["int8"]), dtype=np.int8).reshape(rows, -1)
    return q.astype(np.float32) * np.asarray(blob["scale"], dtype=np.float32)


class SentenceModel:
    """Two softmax heads over hashed sparse features: ``event`` (16 PLOVER types + NONE) and
    ``quad`` (0 no event, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)."""

    def __init__(self, payload: dict) -> None:
        self.version: str = payload["version"]
        if tuple(payload["event_classes"]) != EVENT_CLASSES or payload["hash_bits"] != HASH_BITS:
            raise ValueError("sentence model was trained for a different feature or class layout")
        used = np.cumsum(np.frombuffer(base64.b64decode(payload["buckets"]), dtype=np.uint32))
        n = len(used)
        # Row 0 is all zeros, so unseen buckets cost one lookup and contribute nothing.
        self._row = np.zeros(1 << HASH_BITS, dtype=np.int32)
        self._row[used.astype(np.int64)] = np.arange(1, n + 1, dtype=np.int32)
        self._w_event = np.vstack([np.zeros((1, len(EVENT_CLASSES)), np.float32),
                                   _unpack(payload["event"], n)])
        self._w_quad = np.vstack([np.zeros((1, len(QUAD_CLASSES)), np.float32),
                                  _unpack(payload["quad"], n)])
        self._b_event = np.asarray(payload["event"]["bias"], dtype=np.float32)
        self._b_quad = np.asarray(payload["quad"]["bias"], dtype=np.float32)
        self.meta: dict = payload.get("meta", {})
        self._class_quad = np.array([TYPE_QUAD[c] for c in EVENT_CLASSES], dtype=np.int64)
        # Weights trained before the script recorded it were trained the same way (CASE labels
        # only the material-conflict types apart), so that is the fallback, not "all types".
        self.told_apart: frozenset[str] = frozenset(self.meta.get("told_apart", ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")))

    @classmethod
    @functools.cache
    def default(cls) -> "SentenceModel":
        raw = resources.files("eventwire.events").joinpath("data", "sentence_model.json.gz").read_bytes()
        return cls(json.loads(gzip.decompress(raw)))

    @classmethod
    @functools.cache
    def chooser(cls) -> "SentenceModel":
        """The type chooser: the same kind of model trained on the development article golds' sentences too
        (``scripts/train_sentence_model.py --chooser``). It tells news prose's types apart far better than the
        committed model (twice the top-type accuracy on six golds it never saw), but blended into every event's
        confidence it lifted wrong readings of plausible types as much as right ones (snt27), so the coder asks it
        only one thing: whether an event's type is all but ruled out by a sentence that reads as another type."""
        raw = resources.files("eventwire.events").joinpath("data", "type_chooser.json.gz").read_bytes()
        return cls(json.loads(gzip.decompress(raw)))

    def _rows(self, text: str) -> tuple[np.ndarray, float]:
        b = np.fromiter(buckets(text), dtype=np.int64)
        # Features are binary and L2-normalised over the whole sentence, so long and short
        # sentences sit on the same scale (training used whole CASE snippets and one-line claims).
        return self._row[b], (1.0 / np.sqrt(len(b)) if len(b) else 0.0)

    def scores(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Both heads' probability vectors, in EVENT_CLASSES and QUAD_CLASSES order."""
        rows, scale = self._rows(text)
        ev = _softmax(self._w_event[rows].sum(axis=0) * scale + self._b_event)
        qd = _softmax(self._w_quad[rows].sum(axis=0) * scale + self._b_quad)
        return ev, qd

    def predict_types(self, text: str) -> dict[str, float]:
        rows, scale = self._rows(text)
        p = _softmax(self._w_event[rows].sum(axis=0) * scale + self._b_event)
        return {c: float(v) for c, v in zip(EVENT_CLASSES, p)}

    def predict_quad(self, text: str) -> dict[int, float]:
        rows, scale = self._rows(text)
        p = _softmax(self._w_quad[rows].sum(axis=0) * scale + self._b_quad)
        return {c: float(v) for c, v in zip(QUAD_CLASSES, p)}

    def predict_joint(self, text: str, quad_weight: float = 1.0) -> tuple[dict[str, float], dict[int, float]]:
        """Type probabilities reshaped by the quad head (a product of the two heads' opinions,
        ``P(type) * P(quad of type) ** quad_weight``, renormalised over the 17 classes), and the
        quad probabilities. The quad head learnt from every ConfliBERT sentence with its exact
        class while the type head saw only "one of these four types", so where the type head
        hesitates between types of different quads, the quad head breaks the tie; a sentence
        both heads call eventless gets a firmer NONE."""
        ev, qd = self.scores(text)
        if quad_weight:
            joint = ev * qd[self._class_quad] ** quad_weight
            ev = joint / max(float(joint.sum()), 1e-30)
        return ({c: float(v) for c, v in zip(EVENT_CLASSES, ev)},
                {c: float(v) for c, v in zip(QUAD_CLASSES, qd)})

    def beliefs(self, types: dict[str, float], *, split: bool = True) -> dict[str, float]:
        """How far the model backs each of the 16 types, given ``predict_types``'s answer,
        renormalised without NONE. Where the event head learnt to tell a type from the rest of its
        quad class (``told_apart``), that is the type's own probability. The other types of a class
        were only ever shown as set labels ("one of these four types"), and the head piles their
        mass on one of them at random (a humanitarian aid sentence comes out RETREAT 0.93, AID 0.00),
        so they share what the class holds beyond its told-apart types evenly: the class total is
        what the head knows there, not the split. With ``split=False`` each of those types gets the whole
        share (what the model says for "a type of this class", not for this type)."""
        p_event = max(1e-6, 1.0 - types.get(NONE, 0.0))
        rest: dict[int, float] = {}
        untold: dict[int, int] = {}
        for c, p in types.items():
            if c != NONE and c not in self.told_apart:
                rest[TYPE_QUAD[c]] = rest.get(TYPE_QUAD[c], 0.0) + p / p_event
                untold[TYPE_QUAD[c]] = untold.get(TYPE_QUAD[c], 0) + 1
        return {c: types.get(c, 0.0) / p_event if c in self.told_apart else
                rest[TYPE_QUAD[c]] / (untold[TYPE_QUAD[c]] if split else 1)
                for c in EVENT_CLASSES if c != NONE and c in types}

    def predict_many(self, texts: Iterable[str]) -> list[tuple[dict[str, float], dict[int, float]]]:
        out = []
        for t in texts:
            ev, qd = self.scores(t)
            out.append(({c: float(v) for c, v in zip(EVENT_CLASSES, ev)},
                        {c: float(v) for c, v in zip(QUAD_CLASSES, qd)}))
        return out


def beliefs(types: dict[str, float] | None, *, split: bool = True) -> dict[str, float]:
    """``SentenceModel.beliefs`` of the committed model (empty when there is no answer to judge)."""
    return SentenceModel.default().beliefs(types, split=split) if types else {}


def told_apart() -> frozenset[str]:
    """The types the committed model's event head learnt apart (``SentenceModel.told_apart``)."""
    return SentenceModel.default().told_apart


def chooser_beliefs(text: str) -> dict[str, float]:
    """The type chooser's belief in each of the 16 types for one sentence (``SentenceModel.beliefs``: renormalised
    without NONE, so that "which type" is asked apart from "any event")."""
    return dict(_chooser_reading(SentenceModel.chooser(), text))


@functools.lru_cache(maxsize=4096)
def _chooser_reading(model: SentenceModel, text: str) -> dict[str, float]:
    # The coder reads each sentence once and the verifier each event's sentence again: one reading serves both.
    # Keyed by the model too, since the verifier's training swaps in a chooser per fold of golds.
    return model.beliefs(model.predict_types(text))
