"""The Reuters date set: well-formed always; scored only where ../shared is present."""
import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TSV = ROOT / "eval" / "dates-reuters.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl.gz"


def test_gold_file_shape():
    with open(TSV, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 200
    assert list(rows[0]) == ["article_id", "start", "end", "expression", "value"]
    assert len({r["article_id"] for r in rows}) >= 90
    for r in rows:
        assert int(r["start"]) < int(r["end"])
        assert len(r["expression"]) <= int(r["end"]) - int(r["start"])


@pytest.mark.shared
def test_reuters_accuracy():
    if not CORPUS.exists():
        pytest.skip("../shared is not present")
    from eventwire.time._eval import score_reuters_dates

    result = score_reuters_dates(TSV, CORPUS)
    assert result["total"] == 200
    assert result["accuracy"] >= 0.9, result["wrong"]


def test_publication_day_from_a_capital_month_dateline():
    from eventwire.time._resolve import publication_from_dateline

    assert publication_from_dateline("QUITO, APRIL 7 - Ecuador suspended payments.", 1987) == "1987-04-07"
