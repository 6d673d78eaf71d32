"""Measurements and the build script: need ../shared, skip without it."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
BIO = SHARED / "gold" / "dev" / "conflibert-actor-bio-train.txt"


@pytest.mark.shared
def test_conflibert_coverage():
    if not BIO.exists():
        pytest.skip("../shared is absent")
    from eventwire.actors._eval import score_conflibert_actors

    r = score_conflibert_actors(BIO)
    assert r["spans"] > 2000
    assert r["coverage_code"] > 0.75
    assert r["country_consistency"] > 0.95


def test_bio_reader(tmp_path):
    from eventwire.actors._eval import read_bio_spans

    p = tmp_path / "x.txt"
    p.write_text("Niger O\n’ O\ns O\nThe B-S\njunta I-S\nexpelled O\nFrench B-T\ntroops I-T\n. O\n\n", encoding="utf-8")
    assert read_bio_spans(p) == [("S", "The junta"), ("T", "French troops")]


def test_shipped_data_is_versioned():
    import gzip
    import json

    from eventwire.actors._kb import DATA_FILE, KB_VERSION

    path = Path(__file__).resolve().parents[2] / "eventwire" / "actors" / "data" / DATA_FILE
    first = json.loads(gzip.open(path, "rt", encoding="utf-8").readline())
    assert first["meta"]["version"] == KB_VERSION
    assert path.stat().st_size < 3_000_000
