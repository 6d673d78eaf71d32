"""Tally of the precision audit: event right, type right and full right (type + actor + recipient countries), with
Wilson 95% intervals, and the wrong events by class.

    python3 eval/precision-audit-s25/tally.py [judged.tsv] [--against drawn.jsonl --snapshots A.jsonl B.jsonl]

A judgement is F (full right), P (event and type right, a party wrong), T (a real event, wrong type), W (no event:
the class says why) or U (unsure, left out of the ratios). With --snapshots (two snapshots coded by later code on
the same seeds), an audited event the later code no longer outputs is counted as removed: a removed W is a gain,
a removed F/P/T a loss, and the ratios are recomputed over the events still output (see README.md).
"""
import argparse
import collections
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

# A class of wrong events grouped with its kin, for the summary line
CLASS_GROUPS = {
    "commercial": "not a political act", "private": "not a political act", "crime": "not a political act",
    "sport": "not a political act", "market": "not a political act", "disaster": "not a political act",
    "background": "background", "standing": "background",
    "restatement": "restatement",
    "sense": "word sense or figure of speech",
    "forecast": "not told as done", "hypothetical": "not told as done", "content": "not told as done",
    "obligation": "not told as done", "policy": "not told as done",
}


def wilson(k, n, z=1.96):
    if not n:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


# an audited event is found again in later snapshots by the key it was drawn by
event_key = audit_script("precision-audit-s25", "draw").event_key


def mention_key(row):
    """The event without its parties: a later code that moves an actor keeps the event, whose parties need judging
    again."""
    return (row["doc"], row["sent"], row["type"], row["trigger"])


def party_codes(row):
    return (tuple(sorted(str(a[0]) for a in row["actor"])), tuple(sorted(str(a[0]) for a in row["recipient"])))


def read_judged(path):
    judged = {}
    with open(path) as f:
        next(f)
        for line in f:
            n, verdict, cls, reason = line.rstrip("\n").split("\t", 3)
            judged[int(n)] = (verdict, cls, reason)
    return judged


def ratios(verdicts, label):
    counted = [v for v in verdicts if v != "U"]
    n = len(counted)
    print(f"{label}: {len(verdicts)} events, {len(verdicts) - n} unsure, {n} judged")
    for name, ok in (("event right", "FPT"), ("type right", "FP"), ("full right", "F")):
        k = sum(v in ok for v in counted)
        lo, hi = wilson(k, n)
        print(f"  {name:12s} {k:3d}/{n} = {k / n if n else 0:.3f} (95% {lo:.2f}-{hi:.2f})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("judged", nargs="?", default=os.path.join(HERE, "judged.tsv"))
    ap.add_argument("--against", default=os.path.join(HERE, "drawn.jsonl"))
    ap.add_argument("--snapshots", nargs=2)
    args = ap.parse_args()
    judged = read_judged(args.judged)
    drawn = [json.loads(line) for line in open(args.against)]
    assert set(judged) == {row["n"] for row in drawn}, "every drawn event needs a judgement"
    ratios([judged[row["n"]][0] for row in drawn], "audit (code the events were drawn from)")
    wrong = collections.Counter(judged[row["n"]][1] for row in drawn if judged[row["n"]][0] == "W")
    groups = collections.Counter()
    for cls, k in wrong.items():
        groups[CLASS_GROUPS.get(cls, cls)] += k
    print("  no event, by group: " + ", ".join(f"{g} {k}" for g, k in groups.most_common()))
    print("  no event, by class: " + ", ".join(f"{c} {k}" for c, k in wrong.most_common()))
    parties = collections.Counter(judged[row["n"]][1] for row in drawn if judged[row["n"]][0] == "P")
    print("  party wrong: " + ", ".join(f"{c} {k}" for c, k in parties.most_common()))
    if args.snapshots:
        kept, parties = set(), {}
        for path in args.snapshots:
            for line in open(path):
                row = json.loads(line)
                kept.add(event_key(row))
                parties.setdefault(mention_key(row), set()).add(party_codes(row))
        still = [row for row in drawn if event_key(row) in kept or mention_key(row) in parties]
        gone = [row for row in drawn if row not in still]
        moved = [row for row in still if event_key(row) not in kept]
        print(f"later code: {len(gone)} audited events no longer output, {len(moved)} output with other parties")
        for row in gone:
            verdict, cls, reason = judged[row["n"]]
            print(f"  removed [{row['n']}] {verdict} {cls or '-'}: {row['type']} {reason}")
        for row in moved:
            verdict, cls, reason = judged[row["n"]]
            now = sorted(parties[mention_key(row)] - {party_codes(row)})
            print(f"  parties moved [{row['n']}] {verdict} {party_codes(row)} -> {now}: judge again")
        ratios([judged[row["n"]][0] for row in still], "audit on the events the later code still outputs")


if __name__ == "__main__":
    main()
