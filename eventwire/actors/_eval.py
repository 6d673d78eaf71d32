"""Measure the resolver on ConfliBERT's actor BIO file (source/target actor spans).

The file is one ``token TAG`` pair per line, sentences separated by blank lines, with tags
``B-S/I-S`` (source actor), ``B-T/I-T`` (target actor) and ``O``. It carries no codes, so this
measures *coverage* (how often ``resolve_phrase`` returns a code, or a sector) and a
*consistency proxy* for country codes: for spans whose text contains exactly one country
name, demonym or capital found by the dictionary scan, how often the phrase's code equals that
country's code. The proxy catches resolver mistakes (wrong conjunct, affiliation chosen, a
person's country overriding) but not dictionary mistakes, which need a person to check a sample
(``sample`` lists some spans with their answers for that).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.actors._kb import GEO_KINDS, ActorKB
from eventwire.actors._resolve import resolve_phrase, scan
from eventwire.actors._text import tokenize


def read_bio_spans(path: str | Path) -> list[tuple[str, str]]:
    """(role, text) for every tagged span; role is "S" or "T"."""
    spans: list[tuple[str, str]] = []
    cur: list[str] = []
    role = None

    def close() -> None:
        nonlocal cur, role
        if cur and role:
            spans.append((role, _detokenize(cur)))
        cur, role = [], None

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            close()
            continue
        tok, tag = parts[0], parts[-1]
        if tag.startswith("B-"):
            close()
            cur, role = [tok], tag[2:]
        elif tag.startswith("I-") and role == tag[2:]:
            cur.append(tok)
        else:
            close()
    close()
    return spans


def _detokenize(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        if t in ("s", "S") and out.endswith((" ’", " '")):  # the file splits "Niger’s" as "Niger ’ s"
            out = out[:-2] + out[-1] + t
            continue
        if out and not (t in {",", ".", "'s", "'", ")", ":", ";", "n't"} or out.endswith(("(", "-")) or t.startswith("-")):
            out += " "
        out += t
    return out


def score_conflibert_actors(path: str | Path, *, kb: ActorKB | None = None, sample: int = 25) -> dict[str, Any]:
    kb = kb or ActorKB.default()
    spans = read_bio_spans(path)
    n = len(spans)
    coded = sectored = any_answer = 0
    geo_spans = geo_agree = 0
    codes: Counter[str] = Counter()
    disagreements: list[dict[str, Any]] = []
    examples: list[dict[str, Any]] = []
    for role, text in spans:
        res = resolve_phrase(text, kb=kb)
        if res is not None:
            any_answer += 1
            if res.code:
                coded += 1
                codes[res.code] += 1
            if res.sector:
                sectored += 1
        toks = tokenize(text)
        geo = {m.entries[0].roles[0].code for m in scan(kb, toks, strict_case=True)
               if m.kind == "name" and m.entries[0].kind in GEO_KINDS}
        if len(geo) == 1:
            geo_spans += 1
            want = next(iter(geo))
            if res is not None and res.code == want:
                geo_agree += 1
            elif len(disagreements) < sample:
                disagreements.append({"span": text, "country_in_span": want, "got": res.code if res else None})
        if len(examples) < sample and res is not None and res.code:
            examples.append({"span": text, "code": res.code, "sector": res.sector})
    return {
        "spans": n,
        "source_spans": sum(1 for r, _ in spans if r == "S"),
        "target_spans": sum(1 for r, _ in spans if r == "T"),
        "resolved": any_answer,
        "with_code": coded,
        "with_sector": sectored,
        "coverage_code": round(coded / n, 4) if n else 0.0,
        "coverage_code_or_sector": round(any_answer / n, 4) if n else 0.0,
        "spans_with_one_country": geo_spans,
        "country_consistency": round(geo_agree / geo_spans, 4) if geo_spans else 0.0,
        "top_codes": codes.most_common(15),
        "disagreements": disagreements,
        "examples": examples,
    }
