"""Score the HTML extraction against a benchmark of pages with their article body.

The benchmark layout is that of scrapinghub/article-extraction-benchmark: ``html/<id>.html.gz``
and ``ground-truth.json`` mapping ``<id>`` to ``{"articleBody": ...}``. The measure is a bag of
lower-cased word tokens: precision is the share of extracted tokens that are in the article,
recall the share of article tokens extracted. It ignores order, which is what the event coder
cares least about, and punishes both lost paragraphs and kept boilerplate.
"""
from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter

from ._decode import decode
from ._html import DEFAULT_MODE, extract_html

_TOKEN = re.compile(r"\w+")


def _tokens(text: str | None) -> Counter[str]:
    return Counter(_TOKEN.findall((text or "").casefold()))


def _prf(overlap: int, got: int, want: int) -> tuple[float, float, float]:
    p = overlap / got if got else (1.0 if not want else 0.0)
    r = overlap / want if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_html_extraction(
    bench_dir: str, *, mode: str = DEFAULT_MODE, cleaned: bool = False, limit: int | None = None
) -> dict:
    """Token precision/recall/F1 of ``extract_html`` over a benchmark folder.

    ``cleaned`` scores the text after :func:`eventwire.clean.clean_text`, as the pipeline sees it.

    Returns macro averages over pages (``precision``, ``recall``, ``f1``), micro figures over
    all tokens (``micro``), the number of ``pages`` scored, and ``empty``: pages where nothing
    was extracted (they score 0 recall, not skipped).
    """
    with open(os.path.join(bench_dir, "ground-truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    html_dir = os.path.join(bench_dir, "html")
    sums = [0.0, 0.0, 0.0]
    micro = [0, 0, 0]
    pages = empty = missing = 0
    for key in sorted(truth)[:limit]:
        path = os.path.join(html_dir, f"{key}.html.gz")
        if not os.path.exists(path):
            missing += 1
            continue
        with gzip.open(path, "rb") as fh:
            html, _ = decode(fh.read())
        got_text = extract_html(html, url=truth[key].get("url"), mode=mode).text if html else None
        if cleaned and got_text:
            from eventwire.clean import clean_text  # only the eval needs the next stage

            got_text = clean_text(got_text).text
        if not got_text:
            empty += 1
        got, want = _tokens(got_text), _tokens(truth[key].get("articleBody"))
        overlap = sum((got & want).values())
        for i, v in enumerate(_prf(overlap, sum(got.values()), sum(want.values()))):
            sums[i] += v
        micro[0] += overlap
        micro[1] += sum(got.values())
        micro[2] += sum(want.values())
        pages += 1
    n = max(pages, 1)
    mp, mr, mf = _prf(*micro)
    return {
        "mode": mode,
        "cleaned": cleaned,
        "pages": pages,
        "empty": empty,
        "missing": missing,
        "precision": round(sums[0] / n, 4),
        "recall": round(sums[1] / n, 4),
        "f1": round(sums[2] / n, 4),
        "micro": {"precision": round(mp, 4), "recall": round(mr, 4), "f1": round(mf, 4)},
    }
