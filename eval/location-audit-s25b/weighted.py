"""The stratified audit's pooled figure: each stratum's right share weighted by its pool size (pool_sizes.json).

    python3 eval/location-audit-s25b/weighted.py [JUDGEMENTS.tsv] [DRAWN_OR_RESCORED.jsonl]

The strata are the drawn events' ``stratum`` (the source each was drawn for), so a re-scored file (``rescore.py match
--audit eval/location-audit-s25b --out``) is weighted the same way whatever sources the later code gives.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402


def _tally_module():
    return audit_script("location-audit-s25", "tally")


def main(judgements_path, drawn_path):
    tally = _tally_module()
    judged = tally.read_judgements(judgements_path)
    sizes = json.load(open(os.path.join(HERE, "pool_sizes.json")))
    counts = collections.defaultdict(collections.Counter)
    for row in map(json.loads, open(drawn_path)):
        verdict = row.get("verdict") or judged[row["n"]][0]
        counts[row["stratum"]][verdict] += 1
    pooled, weight = 0.0, 0
    for stratum, size in sizes.items():
        c = counts[stratum]
        judged_here = c["R"] + c["W"]
        if not judged_here:
            continue
        low, high = tally.wilson(c["R"], judged_here)
        share = c["R"] / judged_here
        print(f"{stratum:20s} pool {size:4d}  {c['R']}/{judged_here} = {share:.3f} (95% {low:.2f}-{high:.2f})"
              f"  unsure {c['U']}  gone {c['gone']}")
        pooled += size * c["R"] / judged_here
        weight += size
    print(f"{'weighted by pool':20s} pool {weight:4d}  {pooled / weight:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "judgements.tsv"),
         sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "drawn.jsonl"))
