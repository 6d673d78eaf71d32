"""Tally of the thirtieth session's precision audit: the twenty-fifth session's tally, reached through the
twenty-ninth session's (``eval/precision-audit-s29/tally.py``, imported, which reaches s28's, s27's and s25's), run
on this folder's judgements and draw; then event right and full right by the event's calibrated confidence (bands
< 0.7, 0.7-0.85, >= 0.85, and at or above each candidate floor: would a higher ``events.min_confidence`` reach 0.8
real?) and by source (Reuters, BBC politics, BBC business). The bands and floors were fixed with the draw, before
any event was read.

    python3 eval/precision-audit-s30/tally.py [judged.tsv] [--against drawn.jsonl --snapshots A.jsonl B.jsonl]

With --snapshots, give two snapshots coded by later code on this audit's seeds (38 and 39).
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

CONFIDENCE_BANDS = ((0.0, 0.7), (0.7, 0.85), (0.85, 1.01))
CANDIDATE_FLOORS = (0.7, 0.8, 0.85, 0.9)


def s29_tally():
    return audit_script("precision-audit-s29", "tally")


def story_source(row):
    """reuters, bbc-politics or bbc-business: the snapshot tool's ids carry the corpus and the BBC category."""
    return row["doc"].rsplit("-", 1)[0]


def share_line(tally, label, verdicts):
    """Event right and full right over the judged (not unsure) verdicts, with Wilson intervals."""
    counted = [v for v in verdicts if v != "U"]
    n = len(counted)
    parts = []
    for name, ok in (("event right", "FPT"), ("full right", "F")):
        k = sum(v in ok for v in counted)
        lo, hi = tally.wilson(k, n)
        parts.append(f"{name} {k}/{n} = {k / n if n else 0:.3f} ({lo:.2f}-{hi:.2f})")
    print(f"  {label:22s} " + ", ".join(parts))


def breakdowns(tally, judged, drawn):
    print("by calibrated confidence (band):")
    for lo, hi in CONFIDENCE_BANDS:
        label = f"conf < {hi}" if lo == 0 else (f"conf >= {lo}" if hi > 1 else f"{lo} <= conf < {hi}")
        share_line(tally, label, [judged[r["n"]][0] for r in drawn if lo <= r["conf"] < hi])
    print("by calibrated confidence (at or above a floor):")
    for floor in CANDIDATE_FLOORS:
        share_line(tally, f"conf >= {floor}", [judged[r["n"]][0] for r in drawn if r["conf"] >= floor])
    print("by source:")
    for source in ("reuters", "bbc-politics", "bbc-business"):
        share_line(tally, source, [judged[r["n"]][0] for r in drawn if story_source(r) == source])
    share_line(tally, "bbc (both)", [judged[r["n"]][0] for r in drawn if r["doc"].startswith("bbc-")])


if __name__ == "__main__":
    tally = s29_tally().s28_tally().s27_tally().s25_tally()
    tally.HERE = HERE  # this folder's judged.tsv and drawn.jsonl are the defaults
    tally.main()
    ap = argparse.ArgumentParser()
    ap.add_argument("judged", nargs="?", default=os.path.join(HERE, "judged.tsv"))
    ap.add_argument("--against", default=os.path.join(HERE, "drawn.jsonl"))
    ap.add_argument("--snapshots", nargs=2)
    args = ap.parse_args()
    breakdowns(tally, tally.read_judged(args.judged), [json.loads(line) for line in open(args.against)])
