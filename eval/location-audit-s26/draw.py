"""Pre-registered draw of the twenty-sixth session's location audit: half at random, half from the weak sources.

Pool: the events of the two reread snapshots of the session's starting code 6d53bc1 (``eval/snapshot.py code OUT
--n 300 --seed 30 --reread`` and ``--seed 31``), an event in both counted once (key: doc, sentence, type, trigger,
actor, recipient), sorted by that key so that the draw does not depend on the order the snapshots were written in.

- Part ``random``: RANDOM_SHARE events drawn at random from the whole pool (the audit's unweighted figure).
- Part ``weak``: each source the twenty-fifth session's audits found weakest is a stratum (WEAK_QUOTAS), drawn
  without replacement from the pool events of that source that neither the random part nor the twenty-fifth
  session's audits hold (same doc, sentence, type and trigger); a stratum with fewer events than its quota is taken
  whole and the rest of its quota goes to ``actor``, the largest.
One seeded generator draws the random part first, then the strata in WEAK_QUOTAS's order. The seed and quotas were
fixed before any pool event was looked at.

    python3 eval/location-audit-s26/draw.py SNAP_S30.jsonl SNAP_S31.jsonl   # writes drawn.jsonl and pool_sizes.json
"""
import json
import os
import random
import sys

DRAW_SEED = 2626
RANDOM_SHARE = 75
WEAK_QUOTAS = {"story gathering": 20, "story": 20, "recipient": 10, "sentence": 5, "actor": 20}
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER_AUDITS = [os.path.join(HERE, "..", name, "drawn.jsonl")
                  for name in ("location-audit-s25", "location-audit-s25b")]
KEPT = ("doc", "sent", "type", "mode", "modality", "trigger", "actor", "recipient", "loc")


def event_key(row):
    return (row["doc"], row["sent"], row["type"], row["trigger"], json.dumps(row["actor"]),
            json.dumps(row["recipient"]))


def short_key(row):
    return row["doc"], row["sent"], row["type"], row["trigger"]


def source_of(row):
    return row["loc"][2] if row.get("loc") else None


def draw(snapshots, seed, random_share, quotas, earlier_audits, out_dir):
    """The design above, for any audit that takes it up (the twenty-ninth session's imports it): pool the snapshots'
    events, draw ``random_share`` at random and the strata of ``quotas`` (dict order) clear of ``earlier_audits``,
    with one generator seeded ``seed``; write drawn.jsonl and pool_sizes.json in ``out_dir``."""
    pool, seen = [], set()
    for path in snapshots:
        for line in open(path):
            row = json.loads(line)
            if event_key(row) not in seen:
                seen.add(event_key(row))
                pool.append(row)
    pool.sort(key=event_key)
    generator = random.Random(seed)
    drawn = [{"stratum": "random", "pool_index": i, **{k: pool[i][k] for k in KEPT}}
             for i in sorted(generator.sample(range(len(pool)), random_share))]
    judged_already = {short_key(row) for row in drawn}
    for path in earlier_audits:
        judged_already |= {short_key(row) for row in map(json.loads, open(path))}
    strata = {source: [i for i, row in enumerate(pool) if source_of(row) == source
                       and short_key(row) not in judged_already] for source in quotas}
    quotas = dict(quotas)
    for source in list(quotas)[:-1]:  # a short stratum's unfilled quota goes to the last (actor)
        spare = max(0, quotas[source] - len(strata[source]))
        quotas[source] -= spare
        quotas["actor"] += spare
    for source in quotas:
        members = strata[source]
        picked = sorted(generator.sample(range(len(members)), min(quotas[source], len(members))))
        drawn += [{"stratum": source, "pool_index": members[j], **{k: pool[members[j]][k] for k in KEPT}}
                  for j in picked]
    with open(os.path.join(out_dir, "drawn.jsonl"), "w") as out:
        for n, row in enumerate(drawn):
            out.write(json.dumps({"n": n, **row}) + "\n")
    sizes = {"pool": len(pool), **{source: sum(str(source_of(row)) == source for row in pool)
                                   for source in sorted({str(source_of(row)) for row in pool})}}
    json.dump(sizes, open(os.path.join(out_dir, "pool_sizes.json"), "w"), indent=1)
    print(f"pool {len(pool)} unique events; drew {len(drawn)} with seed {seed}: random {random_share}, {quotas}")


def main(snapshots):
    draw(snapshots, DRAW_SEED, RANDOM_SHARE, WEAK_QUOTAS, EARLIER_AUDITS, HERE)


if __name__ == "__main__":
    main(sys.argv[1:] or ["/tmp/ana/snap_T0_s30.jsonl", "/tmp/ana/snap_T0_s31.jsonl"])
