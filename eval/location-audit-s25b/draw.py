"""Pre-registered stratified draw of the twenty-fifth session's second location audit (the weak location sources).

Pool: the events of the two reread snapshots of code 7bbd61e (``eval/snapshot.py code OUT --n 300 --seed 28
--reread`` and ``--seed 29``) whose ``location_source`` is one of STRATA, an event in both counted once (key: doc,
sentence, type, trigger, actor, recipient), less the events the first audit (eval/location-audit-s25/drawn.jsonl)
already judged (matched by doc, sentence, type and trigger). Each stratum is sorted by the key and drawn on its own
with one seeded generator, up to its quota; what a stratum cannot fill goes to ``actor``, the largest. The seed and
quotas were fixed before any pool event was looked at.

    python3 eval/location-audit-s25b/draw.py SNAP_S28.jsonl SNAP_S29.jsonl   # writes drawn.jsonl and pool_sizes.json
"""
import json
import os
import random
import sys

DRAW_SEED = 2526
QUOTAS = {"story gathering": 25, "previous sentence": 15, "story": 20, "actor": 40}
STRATA = tuple(QUOTAS)
HERE = os.path.dirname(os.path.abspath(__file__))
FIRST_AUDIT = os.path.join(HERE, "..", "location-audit-s25", "drawn.jsonl")
KEPT = ("doc", "sent", "type", "mode", "modality", "trigger", "actor", "recipient", "loc")


def event_key(row):
    return (row["doc"], row["sent"], row["type"], row["trigger"], json.dumps(row["actor"]),
            json.dumps(row["recipient"]))


def audited_before():
    return {(r["doc"], r["sent"], r["type"], r["trigger"]) for r in map(json.loads, open(FIRST_AUDIT))}


def main(snapshots):
    judged_already = audited_before()
    pools, seen = {source: [] for source in STRATA}, set()
    for path in snapshots:
        for line in open(path):
            row = json.loads(line)
            source = row["loc"][2] if row.get("loc") else None
            if source not in pools or event_key(row) in seen:
                continue
            seen.add(event_key(row))
            if (row["doc"], row["sent"], row["type"], row["trigger"]) not in judged_already:
                pools[source].append(row)
    generator = random.Random(DRAW_SEED)
    quotas = dict(QUOTAS)
    for source in STRATA[:-1]:  # a short stratum's unfilled quota goes to the last (actor)
        spare = max(0, quotas[source] - len(pools[source]))
        quotas[source] -= spare
        quotas["actor"] += spare
    drawn = []
    for source in STRATA:
        pool = sorted(pools[source], key=event_key)
        picked = sorted(generator.sample(range(len(pool)), min(quotas[source], len(pool))))
        drawn += [{"stratum": source, "pool_index": i, **{k: pool[i][k] for k in KEPT}} for i in picked]
    with open(os.path.join(HERE, "drawn.jsonl"), "w") as out:
        for n, row in enumerate(drawn):
            out.write(json.dumps({"n": n, **row}) + "\n")
    sizes = {source: len(pools[source]) for source in STRATA}
    json.dump(sizes, open(os.path.join(HERE, "pool_sizes.json"), "w"), indent=1)
    print(f"pool sizes {sizes}; drew {len(drawn)} with seed {DRAW_SEED}: {quotas}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["/tmp/ana/snap_T1_s28.jsonl", "/tmp/ana/snap_T1_s29.jsonl"])
