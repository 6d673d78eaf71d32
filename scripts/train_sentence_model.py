#!/usr/bin/env python3
"""Train the sentence model in ``eventwire/events/data/sentence_model.json.gz`` and measure it.

Run from the project root (needs ``../shared`` or ``--shared``; numpy only)::

    .venv/bin/python scripts/train_sentence_model.py            # write eval/splits.json + weights
    .venv/bin/python scripts/train_sentence_model.py --eval     # also print held-out figures,
                                                                # the no-synthetic ablation and
                                                                # cross-validated thresholds

Data (see ``docs/sentence-model.md``): CASE-2021 task-2 snippets (subtypes mapped to PLOVER with
``eventwire/events/data/case2021_to_plover.tsv``), ConfliBERT quad sentences, the sentences of the
development article golds (each event's sentence with its types, every other sentence of a gold story as
no event; ``ARTICLE_GOLDS``), and the NGEC synthetic stories (first two sentences, lower weight, off by
default). 40% of CASE and of ConfliBERT is held out in ``eval/splits.json`` and never touches training or
threshold choice; ``--hold-out g1,g2`` leaves whole article golds out (a gold is written by one hand, so it is
the unit). Everything is deterministic: fixed seed, full-batch optimisation, no threading-dependent reductions.
"""
from __future__ import annotations

import argparse
import base64
import csv
import dataclasses
import functools
import gzip
import io
import json
import re
import sys
import time
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.events._classifier import (  # noqa: E402
    EVENT_CLASSES, HASH_BITS, NONE, QUAD_CLASSES, TYPE_QUAD, SentenceModel, buckets, tokens,
)
from eventwire.model import PLOVER_TYPES  # noqa: E402

DATA = ROOT / "eventwire" / "events" / "data"
MODEL_PATH = DATA / "sentence_model.json.gz"
# The type chooser: the same model trained on the article golds' sentences too (``--chooser``); the coder asks it only
# whether a candidate's type is all but ruled out (eventwire/events/_classifier.py, ``SentenceModel.chooser``).
CHOOSER_PATH = DATA / "type_chooser.json.gz"
SPLITS_PATH = ROOT / "eval" / "splits.json"
SEED = 2021
TEST_FRACTION = 0.4
VERSION = "sentence-model-1"

QUAD_OF = {t: q for t, q in TYPE_QUAD.items() if t != NONE}
NONE_IDX = EVENT_CLASSES.index(NONE)
# CASE subtypes the map leaves out although they report political events (expulsions, sanctions,
# claimed attacks) of no single type. Calling them "no event" would teach the model to silence
# exactly what the coder must code, so they only say "some event, any type". The rest of the
# unmapped subtypes (disasters, organised crime, OTHER) are the no-event examples.
POLITICAL_UNTYPED = frozenset({"DIPLO", "ATTRIB"})


@dataclass(frozen=True)
class Config:
    # Chosen on a validation fold cut from the TRAIN portion (never the test): the synthetic
    # stories lowered both type and quad accuracy there at every weight tried (0.1-0.3), so the
    # default leaves them out; `--synthetic` puts them back at the best weight found.
    synthetic_weight: float = 0.3
    l2: float = 3e-5
    lr: float = 0.05
    iters: int = 300
    min_df: int = 2
    balance: float = 1.0  # exponent on inverse class frequency: 0 none, 1 fully balanced
    use_synthetic: bool = False
    # The article golds' sentences: news prose as the coder meets it (CASE and ConfliBERT are one-line
    # snippets), with every PLOVER type labelled. Off by default: trained with them, the model doubles its type
    # accuracy on held-out golds' sentences, but the coder turned that into no better events (held-out golds,
    # out-of-fold golds, unseen snapshots: docs/sentence-model.md), and it costs 0.01-0.02 on CASE and ConfliBERT.
    use_articles: bool = False
    article_weight: float = 1.0
    # Whether the article labels may widen the types the event head is trusted to tell apart (``told_apart``).
    articles_tell_apart: bool = True


@dataclass
class Doc:
    text: str
    source: str           # case | conflibert | synthetic
    ident: str
    event: frozenset[str] | None   # allowed event classes (several = partial label); None: unknown
    quad: int | None
    gold: str = ""        # the original label, for reports
    group: str = ""       # the article gold a sentence comes from: the unit of every split of them


# ---------------------------------------------------------------- data


def _case_map() -> dict[str, str]:
    with open(DATA / "case2021_to_plover.tsv", encoding="utf-8", newline="") as fh:
        return {r["subtype"]: r["plover"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def load_case(shared: Path) -> list[Doc]:
    cmap = _case_map()
    path = shared / "gold" / "dev" / "case2021-task2-test-labeled.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        sub = r["SubType"]
        if cmap.get(sub):
            event, quad = frozenset({cmap[sub]}), QUAD_OF[cmap[sub]]
        elif sub in POLITICAL_UNTYPED:
            event, quad = frozenset(PLOVER_TYPES), None
        else:
            event, quad = frozenset({NONE}), 0
        out.append(Doc(r["EventSnippet"], "case", r["id"], event, quad, sub))
    return out


def load_conflibert(shared: Path) -> list[Doc]:
    path = shared / "gold" / "dev" / "conflibert-quad-train.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for i, r in enumerate(rows):
        if len(r) < 2 or not r[-1].strip().isdigit():
            continue
        q = int(r[-1])
        # Quads 1-4 only narrow the type to four candidates: a partial label for the event head.
        event = frozenset({NONE}) if q == 0 else frozenset(t for t, k in QUAD_OF.items() if k == q)
        out.append(Doc(r[0], "conflibert", str(i), event, q, str(q)))
    return out


_SENT_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“A-Z0-9])")


def load_synthetic(shared: Path) -> list[Doc]:
    zpath = next((shared / "reference" / "ngec").glob("gpt_synthetic_events_*.csv.zip"))
    with zipfile.ZipFile(zpath) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(zf.open(name), encoding="utf-8", newline="")))
    out = []
    for i, r in enumerate(rows):
        label = r["label"].strip().upper()
        if label not in QUAD_OF:
            continue
        # The stories carry one label for the whole document; the lead sentences are where the
        # labelled event is told, the rest is background that would teach the wrong words.
        sents = _SENT_END.split(" ".join(r["text"].split()))
        out.append(Doc(" ".join(sents[:2]), "synthetic", str(i), frozenset({label}), QUAD_OF[label], label))
    return out


# The development article golds whose sentences train the model, with the shared dev gold (eval/dev_golds.txt: the
# list the verifier's script reads too).
ARTICLE_GOLDS = ("shared-dev",) + tuple(
    line.strip() for line in (ROOT / "eval" / "dev_golds.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#"))
# Titles and initials a full stop follows without ending the sentence ("U.S. Trade Representative").
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Sgt|Capt|Maj|Adm|Jan|Feb"
                           r"|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Co|Corp|Inc|Ltd|Jr|Sr|vs)\.)$")


def gold_path(shared: Path, gold: str) -> Path:
    return shared / "gold" / "dev" / "articles.json" if gold == "shared-dev" else ROOT / "eval" / gold / "articles.json"


def split_sentences(text: str) -> list[str]:
    """Sentences of an article by punctuation (the model is a bag of words: a boundary a parser would draw a
    few words off costs little, and training stays free of spaCy). Paragraph breaks always end one."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n(?=[ \t]+)", text):
        pieces = _SENT_END.split(" ".join(para.split()))
        for piece in pieces:
            if out and out[-1] is not None and _ABBREVIATION.search(out[-1]):
                out[-1] = out[-1] + " " + piece
            else:
                out.append(piece)
        out.append(None)  # a paragraph break: never merged across
    return [s for s in out if s]


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def load_articles(shared: Path, golds: tuple[str, ...] = ARTICLE_GOLDS) -> list[Doc]:
    """One document per sentence of each gold story: the types of the gold events anchored in it (several
    events or alternative types make a set label, as ConfliBERT's quads do), or no event. A sentence holding
    a forbidden phrase and no event is a no-event example too: the gold's writer said nothing happened there."""
    from eventwire.evaluate import _article_text

    out: list[Doc] = []
    for gold in golds:
        path = gold_path(shared, gold)
        if not path.exists():
            continue
        for art in json.loads(path.read_text("utf-8"))["articles"]:
            text = _article_text(shared, path, art["file"])
            if text is None:
                sys.exit(f"{gold}: no text for {art['file']} (fetch the Lee golds' texts first)")
            sents = split_sentences(text)
            normed = [_norm(s) for s in sents]
            types: dict[int, set[str]] = {}
            for ev in art.get("events", []):
                anchor = _norm(ev["anchor"])
                at = next((i for i, s in enumerate(normed) if anchor in s), None)
                if at is None:
                    # An anchor across a boundary the splitter drew: the two sentences are one example.
                    at = next((i for i in range(len(normed) - 1) if anchor in normed[i] + " " + normed[i + 1]), None)
                    if at is None:
                        continue
                    sents[at] = sents[at] + " " + sents[at + 1]
                    normed[at] = normed[at] + " " + normed[at + 1]
                    sents[at + 1] = normed[at + 1] = ""
                types.setdefault(at, set()).update(t.upper() for t in ev["types"] if t.upper() in QUAD_OF)
            for i, sent in enumerate(sents):
                if len(tokens(sent)) < 3:
                    continue
                label = frozenset(types.get(i) or {NONE})
                quads = {QUAD_OF.get(t, 0) for t in label}
                out.append(Doc(sent, "article", f"{gold}#{art['file']}#{i}", label,
                               quads.pop() if len(quads) == 1 else None, "+".join(sorted(label)), gold))
    return out


def article_group(gold: str, folds: int) -> int:
    """The fold of an article gold when models are cross-fitted by gold: round robin in ``ARTICLE_GOLDS``'
    order, so that golds of one period and source (neighbours in the list) fall into different folds."""
    return ARTICLE_GOLDS.index(gold) % folds


def fold_models(shared: Path, folds: int, cfg: "Config | None" = None,
                held_out: frozenset[str] = frozenset()) -> dict[str, SentenceModel]:
    """For every article gold, a sentence model trained on the committed model's data less the article golds of
    that gold's fold: code a gold with it and the coder's confidences there are what they are on unseen text
    (the verifier learns from them, ``scripts/train_event_verifier.py``). Deterministic, ``folds`` fits.
    ``held_out`` golds train none of them (a measurement on those golds)."""
    cfg = cfg or Config(use_articles=True)
    case, confli = load_case(shared), load_conflibert(shared)
    splits = make_splits(case, confli)
    held = set(splits["case2021"]["test"]) | {f"confli{i}" for i in splits["conflibert"]["test"]}
    base = [d for d in case if d.ident not in held] + [d for d in confli if f"confli{d.ident}" not in held]
    if cfg.use_synthetic:
        base += load_synthetic(shared)
    articles = load_articles(shared, tuple(g for g in ARTICLE_GOLDS if g not in held_out)) if cfg.use_articles else []
    models = [SentenceModel(train(base + [d for d in articles if article_group(d.group, folds) != k], cfg))
              for k in range(folds)]
    return {g: models[article_group(g, folds)] for g in ARTICLE_GOLDS}


def chooser_fold_models(shared: Path, folds: int, held_out: frozenset[str] = frozenset()) -> dict[str, SentenceModel]:
    """For every article gold, a type chooser (``--chooser``: the committed model's data and the article golds'
    sentences) trained without that gold's fold of golds: the verifier's training codes each gold with it, so that
    the chooser's demotions there are what they are on unseen text. Deterministic, ``folds`` fits."""
    return fold_models(shared, folds, Config(use_articles=True), held_out=held_out)


# ---------------------------------------------------------------- splits


def stratified_test(ids_by_label: dict[str, list[str]], rng: np.random.Generator) -> list[str]:
    test = []
    for label in sorted(ids_by_label):
        ids = sorted(ids_by_label[label], key=lambda s: (len(s), s))
        k = int(round(TEST_FRACTION * len(ids)))
        pick = rng.permutation(len(ids))[:k]
        test.extend(ids[j] for j in sorted(pick))
    return sorted(test, key=lambda s: (len(s), s))


def make_splits(case: list[Doc], confli: list[Doc]) -> dict:
    rng = np.random.default_rng(SEED)
    by_sub: dict[str, list[str]] = {}
    for d in case:
        by_sub.setdefault(d.gold, []).append(d.ident)
    by_quad: dict[str, list[str]] = {}
    for d in confli:
        by_quad.setdefault(d.gold, []).append(d.ident)
    return {
        "about": "Held-out TEST parts of the dev gold; everything else (plus the NGEC synthetic "
                 "stories) may train the sentence model. Written by scripts/train_sentence_model.py.",
        "seed": SEED,
        "test_fraction": TEST_FRACTION,
        "case2021": {
            "file": "gold/dev/case2021-task2-test-labeled.tsv",
            "id": "the file's id column (string), stratified by SubType",
            "test": stratified_test(by_sub, rng),
        },
        "conflibert": {
            "file": "gold/dev/conflibert-quad-train.tsv",
            "id": "0-based row index in the file as read by csv.reader(delimiter='\\t', "
                  "quoting=csv.QUOTE_NONE) (= line number - 1; the file has no header), "
                  "stratified by label",
            "test": [int(i) for i in stratified_test(by_quad, rng)],
        },
    }


# ---------------------------------------------------------------- training


@functools.lru_cache(maxsize=None)
def _doc_buckets(text: str) -> tuple[int, ...]:
    # Cross-validation refits on the same texts many times; featurise each once.
    return tuple(sorted(buckets(text)))


class Design:
    """A sparse binary design matrix in coordinate form over a compact feature index."""

    def __init__(self, docs: list[Doc], vocab: np.ndarray | None = None, min_df: int = 2) -> None:
        per_doc = [_doc_buckets(d.text) for d in docs]
        if vocab is None:
            df = Counter(b for bs in per_doc for b in bs)
            vocab = np.array(sorted(b for b, n in df.items() if n >= min_df), dtype=np.int64)
        self.vocab = vocab
        lut = np.full(1 << HASH_BITS, -1, dtype=np.int64)
        lut[vocab] = np.arange(len(vocab))
        rows, cols, vals = [], [], []
        for i, bs in enumerate(per_doc):
            # Normalise by the count of all features, kept or not, exactly as run time does.
            scale = 1.0 / np.sqrt(len(bs)) if bs else 0.0
            c = lut[np.asarray(bs, dtype=np.int64)] if bs else np.zeros(0, np.int64)
            c = c[c >= 0]
            rows.append(np.full(len(c), i))
            cols.append(c)
            vals.append(np.full(len(c), scale))
        self.n = len(docs)
        self.rows = np.concatenate(rows).astype(np.int64)
        self.cols = np.concatenate(cols).astype(np.int64)
        self.vals = np.concatenate(vals)
        self._index()

    def subset(self, idx: list[int]) -> "Design":
        sub = Design.__new__(Design)
        keep = np.isin(self.rows, idx)
        remap = np.full(self.n, -1)
        remap[idx] = np.arange(len(idx))
        sub.vocab, sub.n = self.vocab, len(idx)
        sub.rows, sub.cols, sub.vals = remap[self.rows[keep]], self.cols[keep], self.vals[keep]
        order = np.argsort(sub.rows, kind="stable")
        sub.rows, sub.cols, sub.vals = sub.rows[order], sub.cols[order], sub.vals[order]
        sub._index()
        return sub

    def _index(self) -> None:
        # Segment sums with reduceat (rows sorted one way, columns the other) are an order of
        # magnitude faster than scattering with bincount or add.at.
        self.row_ids, self.row_starts = np.unique(self.rows, return_index=True)
        self.corder = np.argsort(self.cols, kind="stable")
        self.col_ids, self.col_starts = np.unique(self.cols[self.corder], return_index=True)
        self.c_rows = self.rows[self.corder]
        # Every value in a row is the same (binary features, row-normalised), so the scale is
        # applied once per row instead of once per non-zero.
        self.row_scale = np.zeros(self.n, dtype=np.float32)
        self.row_scale[self.rows] = self.vals

    def dot(self, w: np.ndarray) -> np.ndarray:
        out = np.zeros((self.n, w.shape[1]), dtype=np.float32)
        if len(self.cols):
            out[self.row_ids] = np.add.reduceat(w[self.cols], self.row_starts, axis=0)
        return out * self.row_scale[:, None]

    def tdot(self, g: np.ndarray) -> np.ndarray:
        out = np.zeros((len(self.vocab), g.shape[1]), dtype=np.float32)
        if len(self.cols):
            gs = (g * self.row_scale[:, None]).astype(np.float32)
            out[self.col_ids] = np.add.reduceat(gs[self.c_rows], self.col_starts, axis=0)
        return out


def fit(x: Design, heads: list[tuple[np.ndarray, np.ndarray]], cfg: Config) -> list[tuple[np.ndarray, np.ndarray]]:
    """Softmax regression heads sharing one design matrix, each with set-valued labels: the loss
    is -log P(label in allowed set), ordinary cross-entropy when the set has one member; a zero
    sample weight means "no label for this head". Full-batch Adam, fixed iterations."""
    sizes = [m.shape[1] for m, _ in heads]
    edges = np.cumsum([0] + sizes)
    k = edges[-1]
    w = np.zeros((len(x.vocab), k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    sws = [sw / sw.sum() for _, sw in heads]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, cfg.iters + 1):
        zall = x.dot(w) + b
        g = np.empty_like(zall)
        for h, (masks, _) in enumerate(heads):
            z = zall[:, edges[h]:edges[h + 1]]
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            pm = p * masks
            g[:, edges[h]:edges[h + 1]] = (p - pm / np.maximum(pm.sum(axis=1, keepdims=True), 1e-30)) * sws[h][:, None]
        gw = x.tdot(g) + cfg.l2 * w
        gb = g.sum(axis=0)
        for param, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= cfg.lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
    return [(w[:, edges[h]:edges[h + 1]], b[edges[h]:edges[h + 1]]) for h in range(len(heads))]


def _balanced(labels: list[int | None], base: np.ndarray, k: int, power: float) -> np.ndarray:
    """Per-sample weights: source weight times (inverse class frequency)^power over the samples
    whose class is known; samples with a set label keep their source weight."""
    counts = np.zeros(k)
    for lab, s in zip(labels, base):
        if lab is not None:
            counts[lab] += s
    nz = counts[counts > 0]
    ref = np.median(nz) if len(nz) else 1.0
    cw = np.where(counts > 0, (ref / np.maximum(counts, 1e-9)) ** power, 1.0)
    return np.array([s * (cw[lab] if lab is not None else 1.0) for lab, s in zip(labels, base)])


def train(docs: list[Doc], cfg: Config) -> dict:
    docs = [d for d in docs if (cfg.use_synthetic or d.source != "synthetic") and (cfg.use_articles or d.source != "article")]
    source_weight = {"synthetic": cfg.synthetic_weight, "article": cfg.article_weight}
    base = np.array([source_weight.get(d.source, 1.0) for d in docs])

    x = Design(docs, min_df=cfg.min_df)
    n = len(docs)

    masks = np.ones((n, len(EVENT_CLASSES)), dtype=np.float32)
    single: list[int | None] = []
    for i, d in enumerate(docs):
        if d.event is not None:
            masks[i] = 0
            for c in d.event:
                masks[i, EVENT_CLASSES.index(c)] = 1
        single.append(EVENT_CLASSES.index(next(iter(d.event))) if d.event and len(d.event) == 1 else None)
    we = _balanced(single, base, len(EVENT_CLASSES), cfg.balance)
    we[[d.event is None for d in docs]] = 0

    qmask = np.ones((n, len(QUAD_CLASSES)), dtype=np.float32)
    qlab: list[int | None] = [d.quad for d in docs]
    for i, q in enumerate(qlab):
        if q is not None:
            qmask[i] = 0
            qmask[i, q] = 1
    wq = _balanced(qlab, base, len(QUAD_CLASSES), cfg.balance)
    wq[[q is None for q in qlab]] = 0
    (w_ev, b_ev), (w_q, b_q) = fit(x, [(masks, we), (qmask, wq)], cfg)
    return pack(x.vocab, w_ev, b_ev, w_q, b_q, cfg, docs)


def _quantise(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scale = np.abs(w).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    return np.round(w / scale).astype(np.int8), scale


def pack(vocab, w_ev, b_ev, w_q, b_q, cfg: Config, docs: list[Doc]) -> dict:
    # int8 with one scale per class: the rounding error (<0.4% of the largest weight) does not
    # move any held-out prediction we measured, and it keeps the file a fraction of float32's.
    q_ev, s_ev = _quantise(w_ev)
    q_q, s_q = _quantise(w_q)
    keep = (q_ev != 0).any(axis=1) | (q_q != 0).any(axis=1)
    used = vocab[keep].astype(np.uint32)
    deltas = np.diff(np.concatenate([[0], used])).astype(np.uint32)

    def blob(q, s, b):
        return {"int8": base64.b64encode(np.ascontiguousarray(q[keep]).tobytes()).decode("ascii"),
                "scale": [float(v) for v in s], "bias": [round(float(v), 6) for v in b]}

    return {
        "version": VERSION,
        "hash_bits": HASH_BITS,
        "event_classes": list(EVENT_CLASSES),
        "quad_classes": list(QUAD_CLASSES),
        "buckets": base64.b64encode(deltas.tobytes()).decode("ascii"),
        "event": blob(q_ev, s_ev, b_ev),
        "quad": blob(q_q, s_q, b_q),
        "meta": {"config": cfg.__dict__, "features": int(keep.sum()),
                 "train_docs": dict(Counter(d.source for d in docs)),
                 "told_apart": told_apart([d for d in docs if cfg.articles_tell_apart or d.source != "article"])},
    }


def told_apart(docs: list[Doc], min_count: int = 5) -> list[str]:
    """The types the event head learnt to tell from the other types of their quad class: those with
    exact labels, in a class where at least one other type has exact labels too. A class whose
    sentences came only with set labels ("one of these four types", ConfliBERT), or with exact labels
    of a single type, teaches the head that class's total and nothing about how to split it, so the
    split it makes there is arbitrary (docs/sentence-model.md)."""
    exact = Counter(next(iter(d.event)) for d in docs if d.event is not None and len(d.event) == 1)
    by_quad: dict[int, list[str]] = {}
    for t, q in QUAD_OF.items():
        if exact[t] >= min_count:
            by_quad.setdefault(q, []).append(t)
    return sorted(t for ts in by_quad.values() if len(ts) > 1 for t in ts)


def save(payload: dict, path: Path) -> None:
    raw = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    # mtime=0 so that retraining on the same data gives a byte-identical file.
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))


# ---------------------------------------------------------------- measuring


def predict(model: SentenceModel, docs: list[Doc]) -> tuple[np.ndarray, np.ndarray]:
    ev, qd = zip(*(model.scores(d.text) for d in docs)) if docs else ((), ())
    return np.array(ev), np.array(qd)


def held_out_figures(model: SentenceModel, case: list[Doc], confli: list[Doc]) -> dict[str, float]:
    out: dict[str, float] = {}
    _, qd = predict(model, confli)
    gold_q = np.array([d.quad for d in confli])
    out["conflibert.quad_acc"] = float((qd.argmax(1) == gold_q).mean())
    ev, qd_case = predict(model, case)
    typed = np.array([len(d.event) == 1 and NONE not in d.event for d in case])
    nonev = np.array([d.event == frozenset({NONE}) for d in case])
    unknown = ~typed & ~nonev
    says_event = ev[:, NONE_IDX] < 0.5
    clear = typed | nonev
    out["case.event_acc"] = float((says_event[clear] == typed[clear]).mean())
    out["case.event_recall"] = float(says_event[typed].mean())
    out["case.quiet_on_nonevents"] = float((~says_event[nonev]).mean())
    out["case.diplo_attrib_said_event"] = float(says_event[unknown].mean()) if unknown.any() else float("nan")
    gold_t = np.array([EVENT_CLASSES.index(next(iter(d.event))) for d in np.array(case, dtype=object)[typed]])
    types_only = ev[typed][:, :NONE_IDX]
    order = np.argsort(-types_only, axis=1, kind="stable")
    out["case.type_acc"] = float((order[:, 0] == gold_t).mean())
    out["case.type_top2"] = float((order[:, :2] == gold_t[:, None]).any(1).mean())
    out["case.type_top3"] = float((order[:, :3] == gold_t[:, None]).any(1).mean())
    gold_cq = np.array([d.quad for d in np.array(case, dtype=object)[clear]])
    out["case.quad_acc"] = float((qd_case[clear].argmax(1) == gold_cq).mean())
    out["n.conflibert_test"] = len(confli)
    out["n.case_test_typed"] = int(typed.sum())
    out["n.case_test_nonevent"] = int(nonev.sum())
    return out


def cross_validate(train_real: list[Doc], synthetic: list[Doc], cfg: Config, folds: int = 5) -> list[tuple[Doc, np.ndarray, np.ndarray]]:
    """Out-of-fold predictions for the real training documents (synthetic always trains)."""
    rng = np.random.default_rng(SEED + 1)
    fold = rng.permutation(len(train_real)) % folds
    oof = []
    for f in range(folds):
        fit_docs = [d for d, k in zip(train_real, fold) if k != f] + synthetic
        model = SentenceModel(train(fit_docs, cfg))
        held = [d for d, k in zip(train_real, fold) if k == f]
        ev, qd = predict(model, held)
        oof.extend(zip(held, ev, qd))
    return oof


def threshold_report(oof: list[tuple[Doc, np.ndarray, np.ndarray]]) -> None:
    real = [(d, e, q) for d, e, q in oof if d.event is not None]
    is_none = np.array([d.event == frozenset({NONE}) for d, _, _ in real])
    p_none = np.array([e[NONE_IDX] for _, e, _ in real])
    p_q0 = np.array([q[0] for _, _, q in real])
    print("\n  dropping rule events by the model's no-event probability "
          "(5-fold out-of-fold, TRAIN portion only; CASE + ConfliBERT)")
    print(f"  {len(real)} sentences, {is_none.sum()} without a political event")
    print("  signal      thr   drops  no-event caught  events lost  precision of drop")
    for name, p in (("P(NONE)", p_none), ("P(quad 0)", p_q0), ("mean", (p_none + p_q0) / 2)):
        for thr in (0.5, 0.6, 0.7, 0.8, 0.9):
            drop = p > thr
            caught = (drop & is_none).sum() / max(is_none.sum(), 1)
            lost = (drop & ~is_none).sum() / max((~is_none).sum(), 1)
            prec = (drop & is_none).sum() / max(drop.sum(), 1)
            print(f"  {name:10s} {thr:.1f} {drop.sum():6d}   {caught:14.3f}  {lost:11.3f}  {prec:17.3f}")

    typed = [(d, e) for d, e, _ in real if len(d.event) == 1 and NONE not in d.event]
    if typed:
        gold = np.array([EVENT_CLASSES.index(next(iter(d.event))) for d, _ in typed])
        probs = np.array([e[:NONE_IDX] / e[:NONE_IDX].sum() for _, e in typed])
        top = probs.argmax(1)
        conf = probs.max(1)
        print("\n  type re-ranking (CASE train, out-of-fold): accuracy of the model's top type "
              "by its renormalised confidence")
        for lo in (0.0, 0.3, 0.5, 0.7, 0.9):
            sel = conf >= lo
            print(f"    P(top type) >= {lo:.1f}: {sel.mean():.3f} of sentences, accuracy {(top[sel] == gold[sel]).mean():.3f}")
        # The ratio test the coder can use between two rule candidates of different types.
        rank = np.argsort(-probs, axis=1)
        second = rank[:, 1]
        ratio = probs[np.arange(len(top)), top] / probs[np.arange(len(top)), second]
        print("  when the gold type is the model's top or second choice, how often a ratio "
              "P(first)/P(second) >= r picks the right one of the two:")
        pair = (top == gold) | (second == gold)
        for r in (1.0, 1.5, 2.0, 3.0, 5.0):
            sel = pair & (ratio >= r)
            print(f"    r >= {r:.1f}: {sel.sum() / max(pair.sum(), 1):.3f} of pairs decided, "
                  f"right {(top[sel] == gold[sel]).mean() if sel.any() else float('nan'):.3f}")

    confli = [(d, q) for d, _, q in oof if d.source == "conflibert"]
    if confli:
        gold = np.array([d.quad for d, _ in confli])
        pred = np.array([q.argmax() for _, q in confli])
        print(f"\n  ConfliBERT quad accuracy, out-of-fold on TRAIN: {(pred == gold).mean():.3f}")


_PARSED: dict[str, bytes] = {}


def _cached_parse(items, *, model, batch_size):
    """``eventwire.nlp.parse`` with a memo of serialised parses: pipeline cross-validation runs
    the same sentences through the coder once per fold model and setting, and parsing is most of
    the cost. Restored docs are fresh objects, so nothing a stage writes leaks between runs."""
    from spacy.tokens import Doc as SpacyDoc

    from eventwire.nlp import load_nlp

    nlp = load_nlp(model)
    items = list(items)
    todo = [(t, None) for t, _ in items if t not in _PARSED]
    for parsed, _ in nlp.pipe(todo, as_tuples=True, batch_size=batch_size):
        _PARSED[parsed.text] = parsed.to_bytes()
    for text, ctx in items:
        yield SpacyDoc(nlp.vocab).from_bytes(_PARSED[text]), ctx


def pipeline_oof(train_real: list[Doc], cfg: Config, coder: dict | None = None, folds: int = 5,
                 synthetic: list[Doc] | None = None, models: list[SentenceModel] | None = None) -> tuple[dict, list]:
    """The whole pipeline's figures on the TRAIN portion, each sentence coded with a sentence
    model that never saw it (the same 5 folds as ``cross_validate``): the figures
    ``eventwire eval --only case2021,conflibert`` reports on the test part, measured where choices
    may be made. ``coder`` overrides coder constants for the run, wherever they live
    (``eventwire.events._coder`` or ``_triggers``)."""
    import eventwire.nlp as nlp_mod
    from eventwire.config import Config as PipeConfig
    from eventwire.events import _classifier, _coder, _triggers
    from eventwire.pipeline import Pipeline
    from eventwire.model import RawDocument

    rng = np.random.default_rng(SEED + 1)
    fold = rng.permutation(len(train_real)) % folds
    if models is None:
        models = [SentenceModel(train([d for d, k in zip(train_real, fold) if k != f] + (synthetic or []), cfg))
                  for f in range(folds)]
    saved_parse, saved_default = nlp_mod.parse, _classifier.SentenceModel.__dict__["default"]
    home = {k: _coder if hasattr(_coder, k) else _triggers for k in (coder or {})}
    saved_consts = {k: getattr(home[k], k) for k in (coder or {})}
    pipe = Pipeline(PipeConfig.load())
    out: list[tuple[Doc, list]] = []
    try:
        nlp_mod.parse = _cached_parse
        for k, v in (coder or {}).items():
            setattr(home[k], k, v)
        for f in range(folds):
            held = [d for d, k in zip(train_real, fold) if k == f]
            _classifier.SentenceModel.default = staticmethod(lambda m=models[f]: m)
            docs = pipe.process([RawDocument(id=str(i), text=d.text) for i, d in enumerate(held)])
            out.extend((d, doc.events) for d, doc in zip(held, docs))
    finally:
        nlp_mod.parse, _classifier.SentenceModel.default = saved_parse, saved_default
        for k, v in saved_consts.items():
            setattr(home[k], k, v)
    global LAST_CODED
    LAST_CODED = out
    return pipeline_figures(out), models


LAST_CODED: list = []


def pipeline_figures(coded: list[tuple[Doc, list]]) -> dict[str, float]:
    """The figures of ``eventwire eval``'s case2021 and conflibert sections."""
    def top(events):
        return max(events, key=lambda e: e.confidence) if events else None

    tallies: dict[str, list[bool]] = {}

    def add(key, ok):
        tallies.setdefault(key, []).append(bool(ok))

    for d, events in coded:
        if d.source == "case":
            if d.gold in POLITICAL_UNTYPED:
                continue
            if d.event == frozenset({NONE}):
                add("case.quiet", not events)
                continue
            want = next(iter(d.event))
            t = top(events)
            add("case.detect", events)
            add("case.type_any", want in {e.event for e in events})
            add("case.type_top", t is not None and t.event == want)
        else:
            t = top(events)
            pred = t.quad_code if t is not None else 0
            add("confli.quad", pred == d.quad)
            add(f"confli.q{d.quad}", pred == d.quad)
    return {k: float(np.mean(v)) for k, v in sorted(tallies.items())}


def speed(model: SentenceModel, texts: list[str]) -> float:
    texts = (texts * (5000 // max(len(texts), 1) + 1))[:5000]
    start = time.perf_counter()
    for t in texts:
        model.predict_types(t)
    return len(texts) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--eval", action="store_true", help="print held-out figures, ablation, CV thresholds")
    ap.add_argument("--no-write", action="store_true", help="do not overwrite the committed weights or splits")
    ap.add_argument("--synthetic", action="store_true", help="train with the NGEC synthetic stories too")
    ap.add_argument("--cv", action="store_true", help="also run 5-fold CV on the train portion (slower)")
    ap.add_argument("--pipeline-cv", action="store_true",
                    help="also run the whole pipeline out-of-fold on the train portion (~3 min): the "
                         "figures of `eventwire eval --only case2021,conflibert`, where choices may be made")
    ap.add_argument("--hold-out", default="", metavar="G1,G2",
                    help="article golds whose sentences stay out of training (to measure the coder on them)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="where the weights go (default: the committed file)")
    ap.add_argument("--articles", action="store_true", help="train on the article golds' sentences too")
    ap.add_argument("--chooser", action="store_true",
                    help=f"train the type chooser: --articles, written to {CHOOSER_PATH.name} unless --out says otherwise")
    ap.add_argument("--article-weight", type=float, help="weight of an article gold sentence (default: Config's)")
    ap.add_argument("--balance", type=float, help="exponent on inverse class frequency (default: Config's)")
    ap.add_argument("--no-article-types", action="store_true",
                    help="keep the types told apart to those CASE tells apart (the article labels train, but widen nothing)")
    args = ap.parse_args(argv)

    cfg = Config(use_synthetic=True, balance=0.5) if args.synthetic else Config()
    if args.chooser:
        args.articles = True
        if args.out == MODEL_PATH:
            args.out = CHOOSER_PATH
    if args.articles:
        cfg = dataclasses.replace(cfg, use_articles=True)
    if args.article_weight is not None:
        cfg = dataclasses.replace(cfg, article_weight=args.article_weight)
    if args.balance is not None:
        cfg = dataclasses.replace(cfg, balance=args.balance)
    if args.no_article_types:
        cfg = dataclasses.replace(cfg, articles_tell_apart=False)
    case, confli, synthetic = load_case(args.shared), load_conflibert(args.shared), load_synthetic(args.shared)
    held_golds = {g for g in args.hold_out.split(",") if g}
    if held_golds - set(ARTICLE_GOLDS):
        ap.error(f"not article golds of this script: {sorted(held_golds - set(ARTICLE_GOLDS))}")
    articles = load_articles(args.shared, tuple(g for g in ARTICLE_GOLDS if g not in held_golds)) if cfg.use_articles else []
    splits = make_splits(case, confli)
    case_test_ids = set(splits["case2021"]["test"])
    confli_test_ids = {str(i) for i in splits["conflibert"]["test"]}
    case_train = [d for d in case if d.ident not in case_test_ids]
    case_test = [d for d in case if d.ident in case_test_ids]
    confli_train = [d for d in confli if d.ident not in confli_test_ids]
    confli_test = [d for d in confli if d.ident in confli_test_ids]
    print(f"CASE {len(case_train)} train / {len(case_test)} test; ConfliBERT {len(confli_train)} train / "
          f"{len(confli_test)} test; synthetic {len(synthetic)} (train only); article gold sentences "
          f"{len(articles)} ({sum(d.event != frozenset({NONE}) for d in articles)} with events; train only)")

    other = Config() if args.synthetic else Config(use_synthetic=True, balance=0.5)
    start = time.perf_counter()
    payload = train(case_train + confli_train + articles + synthetic, cfg)
    print(f"trained in {time.perf_counter() - start:.1f} s; {payload['meta']['features']} non-zero feature rows")
    if not args.no_write:
        SPLITS_PATH.parent.mkdir(parents=True, exist_ok=True)
        SPLITS_PATH.write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
        save(payload, args.out)
        print(f"wrote {SPLITS_PATH.relative_to(ROOT)} and {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")

    if args.eval:
        model = SentenceModel(payload)
        print("\nheld-out TEST figures (eval/splits.json)")
        figs = held_out_figures(model, case_test, confli_test)
        ablation = held_out_figures(SentenceModel(train(case_train + confli_train + synthetic, other)),
                                    case_test, confli_test)
        print(f"  {'figure':32s} {'this model':>15s} {'synthetic ' + ('out' if args.synthetic else 'in'):>15s}")
        for k, v in figs.items():
            fmt = "{:15d}" if k.startswith("n.") else "{:15.3f}"
            fmt2 = fmt
            print(f"  {k:32s} {fmt.format(v)} {fmt2.format(ablation[k])}")
        print(f"\n  speed: {speed(model, [d.text for d in case_test + confli_test]):,.0f} sentences/s (predict_types, one core)")
    if args.cv:
        threshold_report(cross_validate(case_train + confli_train, synthetic if cfg.use_synthetic else [], cfg))
    if args.pipeline_cv:
        figs, _ = pipeline_oof(case_train + confli_train, cfg, synthetic=synthetic if cfg.use_synthetic else None)
        print("\n  whole pipeline, out-of-fold on TRAIN (5 folds; coder constants as committed):")
        for k, v in figs.items():
            print(f"    {k:16s} {v:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
