"""Scoring the date normaliser on hand-annotated Reuters-21578 expressions (eval/dates-reuters.tsv).

The TSV holds offsets and values only (``article_id  start  end  expression  value``); the article
text is read from the corpus at scoring time, so no article prose is stored in the project.
``sample_expressions`` is how the rows to annotate were drawn; it uses a deliberately broad
pattern of its own, not the normaliser's rules, so that what the normaliser misses is sampled too.
"""
from __future__ import annotations

import csv
import gzip
import json
import random
import re
from pathlib import Path
from typing import Iterator

from eventwire.time import find_dates

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_BROAD = re.compile(
    rf"\b(?:(?:early|mid|late|end)[\s-]+)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?\b"
    r"|\b(?:(?:early|late|last|next|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:today|tonight|yesterday|tomorrow|overnight)\b"
    r"|\b(?:(?:earlier|later|early|late)\s+)?(?:last|this|next|the\s+past|the\s+coming|the\s+next)\s+"
    r"(?:\w+\s+)?(?:week|weeks|month|months|year|years|quarter|decade)\b"
    r"|\b\w+\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier)\b"
    r"|\b(?:first|second|third|fourth)\s+quarter\b"
    r"|\b(?:the\s+)?(?:19|20)\d0s\b"
    r"|\b(?:since\s+|in\s+|mid-|end-)?(?:19[5-9]\d|20[0-2]\d)\b")

_POLITICS = {"acq", "trade", "crude", "money-fx", "interest", "ship", "grain", "gnp", "bop", "jobs", "reserves"}


def iter_corpus(corpus_path: str | Path) -> Iterator[dict]:
    with gzip.open(corpus_path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def sample_expressions(corpus_path: str | Path, n_articles: int = 100, per_article: int = 2,
                       seed: int = 1987) -> list[tuple[str, int, int, str]]:
    """Draw ``per_article`` candidate expressions from each of ``n_articles`` random articles that
    have at least that many; articles with topics of public affairs are preferred."""
    rng = random.Random(seed)
    arts = [a for a in iter_corpus(corpus_path) if a.get("text")]
    rng.shuffle(arts)
    arts.sort(key=lambda a: not (set(a.get("topics") or []) & _POLITICS))  # stable: shuffled within groups
    rows: list[tuple[str, int, int, str]] = []
    for a in arts:
        found = [m for m in _BROAD.finditer(a["text"]) if m.group(0)[0].isupper() or not m.group(0)[:3].istitle()]
        if len(found) < per_article:
            continue
        picked = sorted(rng.sample(found, per_article), key=lambda m: m.start())
        # "Mar 25.1" in a commodity table is a number, not a date: drop after drawing, so that
        # the draws of every other article stay as they were
        picked = [m for m in picked if not re.match(r"\.\d", a["text"][m.end():m.end() + 2])]
        for m in picked:
            rows.append((a["id"], m.start(), m.end(), m.group(0)))
        if len(rows) >= n_articles * per_article:
            break
    return rows


def score_reuters_dates(tsv_path: str | Path, corpus_path: str | Path) -> dict:
    """Accuracy of ``find_dates`` on the gold rows.

    A row is correct when a predicted mention overlaps its span and either the gold value is
    non-empty and the predicted value starts with it, or both values are empty. Returns counts,
    accuracy and the wrong rows (id, expression, gold, predicted) for inspection.
    """
    gold: dict[str, list[dict]] = {}
    with open(tsv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold.setdefault(row["article_id"], []).append(row)
    total = correct = found = 0
    wrong: list[tuple[str, str, str, str | None]] = []
    for art in iter_corpus(corpus_path):
        rows = gold.get(art["id"])
        if not rows:
            continue
        preds = find_dates(art["text"], (art.get("published") or "")[:10] or None)
        for row in rows:
            s, e, gv = int(row["start"]), int(row["end"]), row["value"].strip()
            total += 1
            hits = [d for d in preds if d.start < e and s < d.end]
            found += bool(hits)
            ok = any((gv and (d.value or "").startswith(gv)) or (not gv and not d.value) for d in hits)
            correct += ok
            if not ok:
                wrong.append((row["article_id"], row["expression"], gv, hits[0].value if hits else "<missed>"))
    return {"total": total, "correct": correct, "found": found,
            "accuracy": round(correct / total, 4) if total else 0.0, "wrong": wrong}
