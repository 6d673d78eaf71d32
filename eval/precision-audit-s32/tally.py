"""Tally of the thirty-second session's precision audit: the thirty-first session's tally (s25's ratios, s30's
breakdowns by calibrated confidence band and floor and by source, s31's by trigger kind), reached through
``eval/precision-audit-s31/tally.py`` (imported), run on this folder's judgements and draw. No breakdown is added:
this audit repeats s31's on fresh events, and all breakdowns were fixed with the draw, before any event was read.

    python3 eval/precision-audit-s32/tally.py [judged.tsv] [--against drawn.jsonl --snapshots A.jsonl B.jsonl]

With --snapshots, give two snapshots coded by later code on this audit's seeds (58 and 59).
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402


def s31_tally():
    return audit_script("precision-audit-s31", "tally")


if __name__ == "__main__":
    s31 = s31_tally()
    s30 = s31.s30_tally()
    tally = s30.s29_tally().s28_tally().s27_tally().s25_tally()
    tally.HERE = HERE  # this folder's judged.tsv and drawn.jsonl are the defaults
    tally.main()
    ap = argparse.ArgumentParser()
    ap.add_argument("judged", nargs="?", default=os.path.join(HERE, "judged.tsv"))
    ap.add_argument("--against", default=os.path.join(HERE, "drawn.jsonl"))
    ap.add_argument("--snapshots", nargs=2)
    args = ap.parse_args()
    judged = tally.read_judged(args.judged)
    drawn = [json.loads(line) for line in open(args.against)]
    s30.breakdowns(tally, judged, drawn)
    print("by trigger kind:")
    for kind in ("verb", "light verb", "event noun", "idiom", "other"):
        s30.share_line(tally, kind, [judged[r["n"]][0] for r in drawn if s31.trigger_kind(r) == kind])
