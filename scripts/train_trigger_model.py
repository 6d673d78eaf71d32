#!/usr/bin/env python3
"""An experiment: can a token model trained on the development golds' event anchors propose the triggers the
lexicon misses? Measured leave one gold out; see ``docs/trigger-model.md`` for the question and the answer.

Run from the project root (needs ``../shared`` or ``--shared``, and the Lee golds' texts as for
``scripts/train_event_verifier.py``)::

    .venv/bin/python scripts/train_trigger_model.py --cache /tmp/trigger-cache.pkl   # parse once, then the tables

Steps:

1. Every development gold article is coded by the engine as shipped (the same parse the coder sees). Each token
   that is the syntactic head of a gold event's anchor is a positive with the event's types; every other content
   token (verb, noun, adjective) is a negative. The parses, the coded events, the actor mentions and the
   sentence model's beliefs are cached (``--cache``): coding 28 golds takes minutes, training seconds.
2. A softmax regression over PLOVER's 16 types and NONE (numpy, full-batch Adam, fixed start: deterministic) reads
   features that can carry to words no gold holds: affixes, the lexicon types of the word, of a verb or noun it
   derives from or into ("retaliation" ~ "retaliate"), of its head and its objects, its dependency relation, coded
   actors among its arguments, the sentence model's beliefs and spaCy's contextual vector (``doc.tensor``).
3. Each gold is scored by the model fitted on the others (the verifier's folds). The table counts, in sentences
   where the engine reports no event, the proposals (one per sentence and type) whose sentence holds a gold event
   of that type (the scorer's type match), and the required gold events they recover, at several thresholds.

Development golds only: the held-out golds (gold-heldout, gold-last, gold-wire) are never read.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# Appended, not put first: a PYTHONPATH copy of the package (a frozen tree being measured) wins.
sys.path.append(str(ROOT))

from eventwire.config import Config  # noqa: E402
from eventwire.evaluate import _article_text  # noqa: E402
from eventwire.model import RawDocument  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402

# The verifier's folds, taken from its script so that both experiments read the same golds: the shared dev gold
# and DEV_GOLDS, each one fold.
_spec = importlib.util.spec_from_file_location("train_event_verifier", ROOT / "scripts" / "train_event_verifier.py")
_verifier_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_verifier_script)
DEV_GOLDS, gold_paths = _verifier_script.DEV_GOLDS, _verifier_script.gold_paths
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ"})


def _token_rows(parsed) -> dict:
    """The parse as plain columns (a spaCy Doc does not pickle its tensor with it)."""
    toks = list(parsed)
    return {
        "text": [t.text for t in toks], "lemma": [t.lemma_.lower() for t in toks], "pos": [t.pos_ for t in toks],
        "tag": [t.tag_ for t in toks], "dep": [t.dep_ for t in toks], "head": [t.head.i for t in toks],
        "idx": [t.idx for t in toks], "sent": _sentence_ids(parsed),
        "tensor": np.asarray(parsed.tensor, dtype=np.float16) if parsed.tensor is not None and len(parsed.tensor)
        else np.zeros((len(toks), 0), np.float16),
    }


def _sentence_ids(parsed) -> list[int]:
    out = [0] * len(parsed)
    for k, sent in enumerate(parsed.sents):
        for i in range(sent.start, sent.end):
            out[i] = k
    return out


def _event_row(ev) -> dict:
    ex = ev.explanation
    return {"type": ev.event, "start": ev.text_info.start, "end": ev.text_info.end,
            "trigger": (ex.trigger_start, ex.trigger_end) if ex else None, "rule": ex.rule if ex else "",
            "actor": [a.code for a in ev.actor if a.code], "recipient": [a.code for a in ev.recipient if a.code],
            "confidence": ev.confidence, "modality": ev.modality}


def code_golds(shared: Path) -> list[dict]:
    """Every development gold article coded by the engine as shipped, with its parse kept as plain columns."""
    from eventwire.events._classifier import SentenceModel
    from eventwire.nlp import parse

    pipeline = Pipeline(Config.load())
    model = SentenceModel.default()
    out = []
    for fold, path in gold_paths(shared):
        articles = json.loads(path.read_text("utf-8"))["articles"]
        raws = []
        for a in articles:
            text = _article_text(shared, path, a["file"])
            if text is None:
                sys.exit(f"{fold}: the text of {a['file']} is missing (fetch the Lee texts first)")
            raws.append(RawDocument(id=a["file"], text=text, published=a.get("published")))
        works = [pipeline._start(raw, None) for raw in raws]
        for parsed, work in parse(((w.doc.text, w) for w in works), model=pipeline.config["nlp.model"],
                                  batch_size=pipeline.config["nlp.batch_size"]):
            if not work.doc.text:
                continue
            work.parsed = parsed
            pipeline._run(pipeline._post, work)
            art = next(a for a in articles if a["file"] == work.doc.id)
            out.append({
                "fold": fold, "file": art["file"], "gold": art.get("events", []), "forbid": art.get("forbid", []),
                "text": work.doc.text, "tokens": _token_rows(parsed),
                "sentences": [(s.start, s.end, s.start_char, s.end_char) for s in parsed.sents],
                "beliefs": [model.predict_joint(s.text, 0.0)[0] for s in parsed.sents],
                "entities": [(e.start, e.end, e.code, e.sector) for e in work.doc.entities if e.code or e.sector],
                "events": [_event_row(ev) for ev in work.doc.events],
            })
        print(f"  coded {fold}: {len(articles)} articles", file=sys.stderr, flush=True)
    return out


def cached_golds(shared: Path, cache: Path | None) -> list[dict]:
    return _verifier_script.cached_golds(shared, cache, code=code_golds)


# ---------------------------------------------------------------------------------------------- labels

def _anchor_spans(text: str, anchor: str) -> list[tuple[int, int]]:
    """Every place the anchor stands in the text (the scorer compares lower-cased, whitespace-normalised)."""
    words = anchor.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def _depth(heads: list[int], i: int) -> int:
    d = 0
    while heads[i] != i and d < 50:
        i, d = heads[i], d + 1
    return d


def anchor_head(toks: dict, start: int, end: int) -> int | None:
    """The syntactic head of the content words an anchor covers: the one nearest the sentence root."""
    inside = [i for i, x in enumerate(toks["idx"]) if start <= x < end]
    # "after talks with", "is to visit": the event word, not the preposition or auxiliary above it.
    content = [i for i in inside if toks["pos"][i] in CONTENT_POS] or inside
    if not content:
        return None
    return min(content, key=lambda i: (_depth(toks["head"], i), i))


def token_labels(art: dict, span: bool = False, named: frozenset[int] = frozenset()) -> dict[int, set[str]]:
    """Token index -> the gold types of the events it heads the anchor of; with ``span``, every verb and noun
    of the anchor that is not part of a name ("continue to have strong objections": "objections" too)."""
    out: dict[int, set[str]] = {}
    toks = art["tokens"]
    for g in art["gold"]:
        for start, end in _anchor_spans(art["text"], g.get("anchor") or ""):
            head = anchor_head(toks, start, end)
            words = {head} if head is not None else set()
            if span:
                words |= {i for i, x in enumerate(toks["idx"]) if start <= x < end
                          and toks["pos"][i] in ("VERB", "NOUN") and i not in named}
            for i in words:
                out.setdefault(i, set()).update(t.upper() for t in g["types"])
    return out


# -------------------------------------------------------------------------------------------- features

_DERIVING = ("ations", "ation", "ition", "ution", "ment", "ance", "ence", "ures", "ure", "age", "ion", "als", "al",
             "ing", "ive", "ate", "ers", "er", "ies", "ied", "ed", "es", "s", "e", "y")


def stem(lemma: str) -> str:
    """A crude common stem of a verb and the nouns made from it: retaliate / retaliation -> "retali",
    object / objection -> "object", stop / stoppage -> "stop", declare / declaration -> "declar"."""
    w = lemma.lower()
    for suf in _DERIVING:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    if len(w) >= 5 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


class LexiconView:
    """The lexicon's types for a word, read directly and through the stem it shares with other rows."""

    def __init__(self) -> None:
        from eventwire.events._lexicon import Lexicon

        self.lex = Lexicon.default()
        self.by_stem: dict[str, set[str]] = {}
        for table in (self.lex._verbs, self.lex._nouns):
            for lemma, rows in table.items():
                if " " not in lemma:
                    self.by_stem.setdefault(stem(lemma), set()).update(t.plover for t in rows)

    def verb(self, lemma: str, bare: bool = False) -> set[str]:
        return {t.plover for t in self.lex.verb_candidates(lemma)
                if not bare or not (t.obj or t.prep or t.particle)}

    def noun(self, lemma: str) -> set[str]:
        return {t.plover for t in self.lex.noun_candidates(lemma)}

    def light(self, verb: str, arg: str, pobj: str | None = None) -> set[str]:
        return {t.plover for t in self.lex.light_verb(verb, arg, pobj)}

    def derived(self, lemma: str) -> set[str]:
        return self.by_stem.get(stem(lemma), set())


def _children(heads: list[int]) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in heads]
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(i)
    return kids


def _coded_at(art: dict) -> dict[int, tuple[str, str]]:
    """Token index -> (code, sector) of the actor mention that covers it."""
    out: dict[int, tuple[str, str]] = {}
    idx = art["tokens"]["idx"]
    for start, end, code, sector in art["entities"]:
        for i, x in enumerate(idx):
            if start <= x < end:
                out[i] = (code or "", sector or "")
    return out


ARG_DEPS = ("nsubj", "nsubjpass", "dobj", "poss", "agent", "prep", "prt", "neg", "aux", "auxpass", "xcomp",
            "ccomp", "amod", "compound", "pobj", "attr", "acomp", "dative")


def token_features(art: dict, i: int, kids: list[list[int]], coded: dict, view: LexiconView) -> list[str]:
    """Feature names of one token: what can carry to a word no gold holds, and the word itself."""
    t = art["tokens"]
    lemma, pos, dep, head = t["lemma"][i], t["pos"][i], t["dep"][i], t["head"][i]
    f = ["bias", f"w={lemma}", f"pos={pos}", f"tag={t['tag'][i]}", f"dep={dep}", f"dp={dep}|{pos}",
         f"s3={lemma[-3:]}", f"s4={lemma[-4:]}", f"p3={lemma[:3]}"]
    if head == i:
        f.append("root")
    direct = view.verb(lemma) if pos == "VERB" else view.noun(lemma) if pos == "NOUN" else set()
    f += [f"lex={x}" for x in direct] or ["lex=none"]
    if pos == "VERB":
        f += [f"lexbare={x}" for x in view.verb(lemma, bare=True)]
    other = (view.noun(lemma) if pos == "VERB" else view.verb(lemma)) - direct
    f += [f"lexother={x}" for x in other]
    f += [f"deriv={x}" for x in view.derived(lemma)]
    hl, hp = t["lemma"][head], t["pos"][head]
    if head != i:
        f += [f"hw={hl}", f"hd={t['dep'][head]}", f"hp={hp}", f"rel={dep}>{hp}"]
        f += [f"hlex={x}" for x in (view.verb(hl) if hp == "VERB" else view.noun(hl))]
        if hp in ("VERB", "AUX") and dep in ("dobj", "nsubjpass", "attr"):
            f += [f"lightobj={x}" for x in view.light(hl, lemma)]
        if dep == "pobj" and t["dep"][head] == "prep":
            gov = t["head"][head]
            f.append(f"pp={t['lemma'][head]}>{t['pos'][gov]}")
            if t["pos"][gov] == "VERB":
                f += [f"lightpp={x}" for x in view.light(t["lemma"][gov], t["lemma"][head], lemma)]
    for c in kids[i]:
        cd, cl = t["dep"][c], t["lemma"][c]
        if cd not in ARG_DEPS:
            continue
        f.append(f"c={cd}")
        if cd in ("dobj", "prt", "prep", "aux", "neg", "nsubj", "nsubjpass", "agent", "xcomp", "attr", "acomp"):
            f.append(f"c={cd}:{cl}")
        if cd == "dobj" and pos == "VERB":
            f += [f"light={x}" for x in view.light(lemma, cl)]
            f += [f"objlex={x}" for x in view.noun(cl)]
        if cd == "prt" and pos == "VERB":
            f += [f"light={x}" for x in view.light(lemma, cl)]
        if cd in ("prep", "agent"):
            for g in kids[c]:
                if t["dep"][g] == "pobj":
                    f.append(f"pobj={cl}:{t['lemma'][g]}")
                    if pos == "VERB":
                        f += [f"light={x}" for x in view.light(lemma, cl, t["lemma"][g])]
                    if g in coded:
                        f += [f"arg=pp:{cl}:coded", f"arg=pp:coded:{coded[g][1]}"]
        if c in coded and cd in ("nsubj", "nsubjpass", "dobj", "poss", "dative"):
            f += [f"arg={cd}:coded", f"arg={cd}:coded:{coded[c][1]}"]
    return f


def sentence_dense(art: dict, k: int) -> np.ndarray:
    from eventwire.events._classifier import EVENT_CLASSES

    b = art["beliefs"][k]
    return np.array([b.get(c, 0.0) for c in EVENT_CLASSES], dtype=np.float32)


def build(coded: list[dict], span: bool = False, word: bool = True) -> dict:
    """Candidate tokens of every article with their features, labels and the dense block."""
    from eventwire.events._classifier import EVENT_CLASSES

    view = LexiconView()
    rows: list[list[str]] = []
    dense: list[np.ndarray] = []
    labels: list[set[str]] = []
    where: list[tuple[int, int, int]] = []  # (article, token, sentence)
    missed_heads = 0
    for a, art in enumerate(coded):
        t = art["tokens"]
        kids = _children(t["head"])
        coded_at = _coded_at(art)
        gold = token_labels(art, span, frozenset(coded_at))
        missed_heads += sum(1 for i in gold if t["pos"][i] not in CONTENT_POS)
        tensor = np.asarray(art["tokens"]["tensor"], np.float32)
        for i, pos in enumerate(t["pos"]):
            if pos not in CONTENT_POS:
                continue
            feats = token_features(art, i, kids, coded_at, view)
            # Without the word itself (and the head's), only what could carry to unseen words is left.
            rows.append(feats if word else [f for f in feats if not f.startswith(("w=", "hw="))])
            k = t["sent"][i]
            dense.append(np.concatenate([tensor[i] if tensor.shape[1] else np.zeros(0, np.float32),
                                         sentence_dense(art, k)]))
            labels.append(gold.get(i, set()))
            where.append((a, i, k))
    print(f"{len(rows)} candidate tokens, {sum(1 for x in labels if x)} anchor heads among them, "
          f"{missed_heads} anchor heads of another part of speech", flush=True)
    classes = list(EVENT_CLASSES)
    y = np.zeros((len(rows), len(classes)), np.float32)
    for r, types in enumerate(labels):
        types = [c for c in types if c in classes]
        if types:
            for c in types:
                y[r, classes.index(c)] = 1.0 / len(types)
        else:
            y[r, classes.index("NONE")] = 1.0
    return {"rows": rows, "dense": np.vstack(dense).astype(np.float64), "y": y.astype(np.float64), "where": where,
            "classes": classes}


# ------------------------------------------------------------------------------------------------- model

class Sparse:
    """Rows of binary features as flat column indices (numpy has no sparse matrix)."""

    def __init__(self, rows: list[list[str]], vocab: dict[str, int]) -> None:
        cols = [[vocab[f] for f in set(r) if f in vocab] for r in rows]
        self.n, self.d = len(rows), len(vocab)
        self.indptr = np.cumsum([0] + [len(c) for c in cols])
        self.indices = np.array([c for cs in cols for c in cs], dtype=np.int64)
        self.row_of = np.repeat(np.arange(self.n), np.diff(self.indptr))

    def dot(self, w: np.ndarray) -> np.ndarray:
        # Every row holds the bias feature, so no row is empty and reduceat sums each row's weights.
        return np.add.reduceat(w[self.indices], self.indptr[:-1], axis=0)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.stack([np.bincount(self.indices, weights=g[self.row_of, k], minlength=self.d)
                         for k in range(g.shape[1])], axis=1)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(xs: Sparse, xd: np.ndarray, y: np.ndarray, l2: float, steps: int = 150, lr: float = 0.05):
    """Softmax regression, full-batch Adam from zero weights (deterministic)."""
    ws, wd, b = np.zeros((xs.d, y.shape[1])), np.zeros((xd.shape[1], y.shape[1])), np.zeros(y.shape[1])
    params = [ws, wd, b]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    n = len(y)
    for step in range(1, steps + 1):
        g = (softmax(xs.dot(ws) + xd @ wd + b) - y) / n
        grads = [xs.tdot(g) + l2 / n * ws, xd.T @ g + l2 / n * wd, g.sum(axis=0)]
        for p, gr, mm, vv in zip(params, grads, m, v):
            mm *= 0.9
            mm += 0.1 * gr
            vv *= 0.999
            vv += 0.001 * gr * gr
            p -= lr * (mm / (1 - 0.9 ** step)) / (np.sqrt(vv / (1 - 0.999 ** step)) + 1e-8)
    return ws, wd, b


def vocabulary(rows: list[list[str]], least: int = 2) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r):
            counts[f] = counts.get(f, 0) + 1
    return {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= least))}


def fit_heads(rows: list[list[str]], xd: np.ndarray, y: np.ndarray, l2: float, steps: int) -> dict:
    """Two heads: is the token an event's trigger (all tokens), and of which type (the triggers only). A single
    17-way head over every token costs eight times the arithmetic for the same answer."""
    vocab = vocabulary(rows)
    xs = Sparse(rows, vocab)
    event = 1.0 - y[:, -1]
    det = fit(xs, xd, np.column_stack([1.0 - event, event]), l2, steps)
    pos = np.flatnonzero(event > 0)
    pos_rows = [rows[i] for i in pos]
    typ = fit(Sparse(pos_rows, vocab), xd[pos], y[pos, :-1], l2, steps)
    return {"vocab": vocab, "detect": det, "type": typ}


def predict(heads: dict, rows: list[list[str]], xd: np.ndarray) -> np.ndarray:
    """P(type) = P(trigger) * P(type | trigger) for the 16 types, then P(NONE)."""
    xs = Sparse(rows, heads["vocab"])
    ws, wd, b = heads["detect"]
    p_event = softmax(xs.dot(ws) + xd @ wd + b)[:, 1]
    ws, wd, b = heads["type"]
    p_type = softmax(xs.dot(ws) + xd @ wd + b)
    return np.column_stack([p_type * p_event[:, None], 1.0 - p_event])


def standardise(dense: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return dense.mean(axis=0), dense.std(axis=0) + 1e-6


def out_of_fold(coded: list[dict], data: dict, l2: float, steps: int) -> np.ndarray:
    """Each article's candidate tokens scored by the heads fitted on the other golds."""
    folds = np.array([coded[a]["fold"] for a, _, _ in data["where"]])
    probs = np.zeros_like(data["y"])
    for fold in sorted(set(folds)):
        train = np.flatnonzero(folds != fold)
        test = np.flatnonzero(folds == fold)
        mu, sd = standardise(data["dense"][train])
        heads = fit_heads([data["rows"][i] for i in train], (data["dense"][train] - mu) / sd, data["y"][train],
                          l2, steps)
        probs[test] = predict(heads, [data["rows"][i] for i in test], (data["dense"][test] - mu) / sd)
        print(f"  {fold}: {len(train)} training tokens, {len(heads['vocab'])} features", file=sys.stderr, flush=True)
    return probs


# --------------------------------------------------------------------------------------------- measure

def _sentence_of(art: dict, start: int) -> int:
    return next((k for k, (_, _, s, e) in enumerate(art["sentences"]) if s <= start < e), -1)


def gold_by_sentence(art: dict) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for g in art["gold"]:
        ks = {_sentence_of(art, s) for s, _ in _anchor_spans(art["text"], g.get("anchor") or "")}
        for k in ks:
            out.setdefault(k, []).append(g)
    return out


def coded_sentences(art: dict) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for ev in art["events"]:
        out.setdefault(_sentence_of(art, ev["start"]), set()).add(ev["type"])
    return out


def lexicon_silent(data: dict) -> np.ndarray:
    """Rows whose word the lexicon does not code as it stands (no verb or noun row, no light-verb row with its
    object or preposition): the words only a model could propose."""
    hit = ("lex=", "lexbare=", "light=", "lightobj=", "lightpp=")
    return np.array([not any(f.startswith(hit) and f != "lex=none" for f in r) for r in data["rows"]])


def proposals(coded: list[dict], data: dict, probs: np.ndarray, threshold: float,
              only_empty: bool = True, mask: np.ndarray | None = None) -> dict[tuple[int, int], dict[str, float]]:
    """(article, sentence) -> {type: best probability} over its tokens at or above the threshold, in sentences
    with no event of the engine (``only_empty``) or for types the engine did not code there."""
    classes = data["classes"]
    done = [coded_sentences(art) for art in coded]
    out: dict[tuple[int, int], dict[str, float]] = {}
    for r, (a, i, k) in enumerate(data["where"]):
        have = done[a].get(k, set())
        if (only_empty and have) or (mask is not None and not mask[r]):
            continue
        for c, p in enumerate(probs[r]):
            if classes[c] == "NONE" or p < threshold or classes[c] in have:
                continue
            slot = out.setdefault((a, k), {})
            slot[classes[c]] = max(p, slot.get(classes[c], 0.0))
    return out


def _party_reachable(art: dict, k: int, g: dict) -> bool:
    """Upper bound on the parties: every gold party list has a code among the sentence's actor mentions."""
    _, _, s, e = art["sentences"][k]
    codes = {code for start, _, code, _ in art["entities"] if code and s <= start < e}
    return all(not g.get(side) or set(g[side]) & codes for side in ("actor", "recipient"))


def _silent_anchor(art: dict, k: int, g: dict, silent_at: set[tuple[int, int]], a: int) -> bool:
    """Whether the gold event's anchor head in sentence ``k`` is a word the lexicon does not code."""
    s, e = art["sentences"][k][2:]
    heads = [anchor_head(art["tokens"], x, y) for x, y in _anchor_spans(art["text"], g.get("anchor") or "")
             if s <= x < e]
    return any(h is not None and ((a, h) in silent_at or art["tokens"]["pos"][h] not in CONTENT_POS) for h in heads)


def measure(coded: list[dict], data: dict, probs: np.ndarray, thresholds, only_empty: bool = True,
            silent: bool = False) -> list[dict]:
    """The proposals' precision (a gold event of their type in their sentence, required or optional, as the
    scorer counts precision) and the required misses they recover. ``silent``: only words the lexicon does not
    code propose, and only misses whose anchor is such a word count (the engine's true no-trigger misses)."""
    golds = [gold_by_sentence(art) for art in coded]
    done = [coded_sentences(art) for art in coded]
    mask = lexicon_silent(data) if silent else None
    silent_at = {(a, i) for (a, i, _), m in zip(data["where"], mask) if m} if silent else set()
    # The misses the proposer could reach: required gold events whose sentence the engine left without an
    # event (only_empty) or without an event of their type.
    misses = [(a, k, g) for a, art in enumerate(coded) for k, gs in golds[a].items() for g in gs
              if g.get("required", True) and (not done[a].get(k) if only_empty
                                               else not set(g["types"]) & done[a].get(k, set()))
              and (not silent or _silent_anchor(coded[a], k, g, silent_at, a))]
    missed = {id(g) for _, _, g in misses}
    rows = []
    for thr in thresholds:
        props = proposals(coded, data, probs, thr, only_empty, mask)
        right = recovered = reachable = 0
        # One-to-one over the article, as the scorer matches: a gold event whose anchor recurs ("said") is
        # matched once, and not by a proposal in a sentence whose own event the engine already reports.
        used: dict[int, set[int]] = {a: {id(g) for k, gs in golds[a].items() for g in gs
                                         if set(g["types"]) & done[a].get(k, set())} for a in range(len(coded))}
        for (a, k), types in sorted(props.items()):
            for typ in sorted(types, key=lambda c: -types[c]):
                hit = next((g for g in golds[a].get(k, []) if id(g) not in used[a] and typ in g["types"]), None)
                if hit is None:
                    continue
                used[a].add(id(hit))
                right += 1
                if id(hit) in missed:  # a required event of the class measured (not one a silent word hit by chance)
                    recovered += 1
                    reachable += _party_reachable(coded[a], k, hit)
        n = sum(len(t) for t in props.values())
        rows.append({"threshold": thr, "proposed": n, "right": right, "precision": right / n if n else 0.0,
                     "recovered": recovered, "misses": len(misses), "recall": recovered / len(misses),
                     "parties_reachable": reachable})
    return rows


def print_table(title: str, rows: list[dict]) -> None:
    print(title)
    print("threshold  proposed  right  precision  recovered/misses  share  parties reachable")
    for r in rows:
        print(f"{r['threshold']:9.2f}  {r['proposed']:8d}  {r['right']:5d}  {r['precision']:9.2f}  "
              f"{r['recovered']:5d}/{r['misses']:<5d}     {r['recall']:5.2f}  {r['parties_reachable']:5d}")


def _event_dict(typ: str, start: int, end: int, actor: list[str], recipient: list[str]) -> dict:
    return {"event": typ, "actor": [{"code": c} for c in actor], "recipient": [{"code": c} for c in recipient],
            "text_info": {"start": start, "end": end}}


def simulate(coded: list[dict], data: dict, probs: np.ndarray, threshold: float, only_empty: bool = True):
    """The scorer's pooled report with the proposals added as events to the engine's own. Each proposal gets the
    parties of a gold event of its type in its sentence when the sentence's coded mentions hold them (an oracle,
    so an upper bound on what a resolver could do), else none."""
    from eventwire.evaluate._articles import ArticleReport, score_article

    golds = [gold_by_sentence(art) for art in coded]
    events = [[_event_dict(e["type"], e["start"], e["end"], e["actor"], e["recipient"]) for e in art["events"]]
              for art in coded]
    if threshold < 1.0:
        for (a, k), types in proposals(coded, data, probs, threshold, only_empty).items():
            art = coded[a]
            start, end = art["sentences"][k][2:]
            codes = {c for s, _, c, _ in art["entities"] if c and start <= s < end}
            for typ in types:
                g = next((g for g in golds[a].get(k, []) if typ in g["types"] and _party_reachable(art, k, g)), {})
                events[a].append(_event_dict(typ, start, end, sorted(set(g.get("actor") or []) & codes)[:1],
                                             sorted(set(g.get("recipient") or []) & codes)[:1]))
    total = ArticleReport()
    for art, evs in zip(coded, events):
        gold = {"file": art["file"], "events": art["gold"], "forbid": art["forbid"]}
        total.merge(score_article(gold, {"text": art["text"], "events": evs}))
    return total


def print_simulation(coded: list[dict], data: dict, probs: np.ndarray) -> None:
    print("Proposals added as events with oracle parties, pooled (1.00 = the engine alone):")
    for only_empty in (True, False):
        for thr in (1.0, 0.3, 0.4, 0.5, 0.6):
            rep = simulate(coded, data, probs, thr, only_empty)
            (p, r, f1), (tp, tr, tf1) = rep.prf("full"), rep.prf("type")
            print(f"{'no-event sentences' if only_empty else 'types not coded':>18} {thr:.2f}  predicted "
                  f"{rep.predicted:5d}  events {p:.3f} / {r:.3f} / {f1:.3f}  type {tp:.3f} / {tr:.3f} / {tf1:.3f}"
                  f"  forbidden {rep.forbidden}")


THRESHOLDS = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--steps", type=int, default=150)
    ap.add_argument("--span", action="store_true", help="label every verb and noun of an anchor, not its head only")
    ap.add_argument("--no-word", action="store_true", help="leave the word and its head's word out of the features")
    ap.add_argument("--save-probs", type=Path, default=None, help="write the out-of-fold probabilities (.npy)")
    args = ap.parse_args()
    coded = cached_golds(args.shared, args.cache)
    data = build(coded, args.span, word=not args.no_word)
    probs = out_of_fold(coded, data, args.l2, args.steps)
    if args.save_probs is not None:
        np.save(args.save_probs, probs)
    for title, how in (("Sentences with no event of the engine", {}),
                       ("Types the engine did not code in the sentence", {"only_empty": False}),
                       ("Sentences with no event, words the lexicon does not code", {"silent": True}),
                       ("Types not coded, words the lexicon does not code", {"only_empty": False, "silent": True})):
        print_table(f"{title} (leave one gold out, L2 {args.l2}, {args.steps} steps):",
                    measure(coded, data, probs, THRESHOLDS, **how))
    print_simulation(coded, data, probs)


if __name__ == "__main__":
    main()
