"""``eventwire bench``: pipeline speed as a ratio to bare ``nlp.pipe`` on the same texts, same run.

Machines are noisy, so absolute words/s are printed for information only; the claim is the ratio,
and both sides are timed alternately (bare, full, bare, full) to share the same noise.
"""
from __future__ import annotations

import gzip
import json
import time

from ..config import Config


def load_texts(corpus: str | None, n: int) -> tuple[list[str], str]:
    from . import REPO, default_shared

    if corpus is None:
        shared = default_shared()
        if shared is not None and (shared / "corpus" / "bbc-news-2225.jsonl.gz").exists():
            corpus = str(shared / "corpus" / "bbc-news-2225.jsonl.gz")
    texts: list[str] = []
    if corpus is not None:
        opener = gzip.open if corpus.endswith(".gz") else open
        with opener(corpus, "rt", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("text"):
                    texts.append(rec["text"])
                if len(texts) >= n:
                    break
        return texts, corpus
    for p in sorted((REPO / "samples").glob("*.txt")):
        texts.append(p.read_text("utf-8"))
    return (texts * (n // max(1, len(texts)) + 1))[:n], "samples/ (no ../shared BBC corpus found)"


def _load_times() -> dict[str, float]:
    """Seconds to build each shipped resource from its package data (the gazetteer must stay < 1 s)."""
    from ..actors import ActorKB
    from ..events._classifier import SentenceModel
    from ..events._lexicon import Lexicon
    from ..geo import Gazetteer

    out = {}
    for name, build in (("gazetteer", Gazetteer), ("actor KB", ActorKB.load), ("lexicon", Lexicon._load),
                        ("sentence model", SentenceModel.default.__wrapped__.__get__(SentenceModel))):
        t0 = time.perf_counter()
        build()
        out[name] = time.perf_counter() - t0
    return out


def run_bench(*, corpus: str | None, n: int, config: Config, rounds: int = 3) -> int:
    from ..model import RawDocument
    from ..nlp import load_nlp
    from ..pipeline import Pipeline

    loads = _load_times()
    texts, name = load_texts(corpus, n)
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp(config["nlp.model"])
    pipeline = Pipeline(config)
    batch = config["nlp.batch_size"]
    list(pipeline.process([RawDocument(id="warm", text=texts[0])]))  # load lexicons, gazetteer, KB
    bare_t, full_t = [], []
    for _ in range(rounds):
        # The bare side is the spaCy pipeline alone: our sentence-break component counts as ours.
        with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("eventwire_")]):
            t0 = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=batch):
                pass
            bare_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        events, failed = 0, 0
        for doc in pipeline.process(RawDocument(id=str(i), text=t, published="2005-01-01") for i, t in enumerate(texts)):
            events += len(doc.events)
            failed += bool(doc.errors)  # a stage that fails on a real story shows here, not only in the timing
        full_t.append(time.perf_counter() - t0)
    pipeline.timings = {}
    list(pipeline.process(RawDocument(id=str(i), text=t, published="2005-01-01") for i, t in enumerate(texts)))
    stage_times, pipeline.timings = pipeline.timings, None
    bare, full = min(bare_t), min(full_t)
    print("load times (fresh objects): " + ", ".join(f"{k} {v:.2f} s" for k, v in loads.items()))
    print(f"corpus: {name}: {len(texts)} documents, {words} words")
    print(f"bare nlp.pipe ({config['nlp.model']}, batch {batch}): {bare:.2f} s, {words / bare:,.0f} words/s")
    print(f"eventwire pipeline (clean, parse, mentions, events): {full:.2f} s, {words / full:,.0f} words/s, {events} events, "
          f"{failed} documents with a stage error")
    ratios = sorted(f / b for f, b in zip(full_t, bare_t))
    print(f"ratio pipeline/bare time: {full / bare:.3f}  (overhead {100 * (full / bare - 1):+.1f}%; best of {rounds} each)")
    print(f"per-round ratios (bare and full timed back to back): median {ratios[len(ratios) // 2]:.3f}, "
          f"range {ratios[0]:.3f}-{ratios[-1]:.3f}")
    print("time outside the model, by stage (a separate pass): " +
          ", ".join(f"{name.removeprefix('eventwire.')} {sec:.2f} s ({100 * sec / bare:.1f}%)"
                    for name, sec in sorted(stage_times.items(), key=lambda kv: -kv[1])))
    return 0
