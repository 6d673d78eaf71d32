"""Tally of the thirty-first session's precision audit: the twenty-fifth session's tally, reached through the
thirtieth session's (``eval/precision-audit-s30/tally.py``, imported, which reaches s29's ... s25's), run on this
folder's judgements and draw, with s30's breakdowns by calibrated confidence (bands < 0.7, 0.7-0.85, >= 0.85 and
the floors 0.7 ... 0.9) and by source (Reuters, BBC politics, BBC business); then one breakdown added here, by the
kind of trigger the coder's rule names (verb, light verb, event noun, idiom, other), which tests on fresh events
the thirtieth audit's reading that event-noun triggers are the weakest (27/55 real over s25-s30). All breakdowns
were fixed with the draw, before any event was read.

    python3 eval/precision-audit-s31/tally.py [judged.tsv] [--against drawn.jsonl --snapshots A.jsonl B.jsonl]

With --snapshots, give two snapshots coded by later code on this audit's seeds (44 and 45).
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

# the rule's description after the rule set's name starts with one of these when it names the trigger's kind
TRIGGER_KINDS = (("light verb", "light verb"), ("event noun", "event noun"), ("idiom", "idiom"), ("verb", "verb"))


def s30_tally():
    return audit_script("precision-audit-s30", "tally")


def trigger_kind(row):
    """verb, light verb, event noun, idiom or other (constructions such as "'resume' + event noun 'talk'" or
    "approval of a party's act", which name no single trigger kind first)."""
    described = row["rule"].split(": ", 1)[-1]
    for prefix, kind in TRIGGER_KINDS:
        if described.startswith(prefix + " "):
            return kind
    return "other"


if __name__ == "__main__":
    s30 = s30_tally()
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
        s30.share_line(tally, kind, [judged[r["n"]][0] for r in drawn if trigger_kind(r) == kind])
