"""The audit's figures: the random part alone, and all drawn events weighted by the pool's location sources.

    python3 eval/location-audit-s26/weighted.py [JUDGEMENTS.tsv] [DRAWN_OR_RESCORED.jsonl]

Events are grouped by the source the starting code gave them (``drawn.jsonl``), so a re-scored file (``rescore.py
match --audit eval/location-audit-s26 --out``) is weighted the same way whatever sources the later code gives. Each
source's right share over all its drawn events (random and weak parts together) is weighted by its size in the pool
(``pool_sizes.json``); sources no event was drawn from are left out of the weight.
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


def _share(tally, c):
    judged = c["R"] + c["W"]
    if not judged:
        return "-"
    low, high = tally.wilson(c["R"], judged)
    return f"{c['R']}/{judged} = {c['R'] / judged:.3f} (95% {low:.2f}-{high:.2f})  unsure {c['U']}  gone {c['gone']}"


def main(judgements_path, scored_path):
    tally = _tally_module()
    judged = tally.read_judgements(judgements_path)
    drawn = {row["n"]: row for row in map(json.loads, open(os.path.join(HERE, "drawn.jsonl")))}
    sizes = json.load(open(os.path.join(HERE, "pool_sizes.json")))
    by_source, random_part = collections.defaultdict(collections.Counter), collections.Counter()
    for row in map(json.loads, open(scored_path)):
        verdict = row.get("verdict") or judged[row["n"]][0]
        first = drawn[row["n"]]
        by_source[str(first["loc"][2] if first.get("loc") else None)][verdict] += 1
        if first["stratum"] == "random":
            random_part[verdict] += 1
    print(f"{'random part':20s} {_share(tally, random_part)}")
    pooled, weight = 0.0, 0
    for source, c in sorted(by_source.items(), key=lambda item: -sizes.get(item[0], 0)):
        print(f"{source:20s} pool {sizes.get(source, 0):4d}  {_share(tally, c)}")
        if c["R"] + c["W"]:
            pooled += sizes[source] * c["R"] / (c["R"] + c["W"])
            weight += sizes[source]
    print(f"{'weighted by pool':20s} pool {weight:4d} of {sizes['pool']}  {pooled / weight:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "judgements.tsv"),
         sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "drawn.jsonl"))
