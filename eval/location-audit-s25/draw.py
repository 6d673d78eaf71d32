"""Pre-registered draw of the twenty-fifth session's location audit: 150 events at random from two reread snapshots.

The snapshots are ``eval/snapshot.py code OUT --n 300 --seed 28 --reread`` and ``--seed 29`` on the session's starting
code (31ccb7b). Events in both (same doc, sentence, type, trigger, actor and recipient) count once; the pool is sorted
by that key so the draw does not depend on the order the snapshots were written in. The seed was fixed before any
event was looked at.

    python3 eval/location-audit-s25/draw.py SNAP_S28.jsonl SNAP_S29.jsonl   # writes drawn.jsonl beside this file
"""
import json
import os
import random
import sys

DRAW_SEED = 2525
N_EVENTS = 150
HERE = os.path.dirname(os.path.abspath(__file__))
KEPT = ("doc", "sent", "type", "mode", "modality", "trigger", "actor", "recipient", "loc")


def event_key(row):
    return (row["doc"], row["sent"], row["type"], row["trigger"], json.dumps(row["actor"]),
            json.dumps(row["recipient"]))


def main(snapshots):
    pool, seen = [], set()
    for path in snapshots:
        for line in open(path):
            row = json.loads(line)
            if event_key(row) not in seen:
                seen.add(event_key(row))
                pool.append(row)
    pool.sort(key=event_key)
    picked = sorted(random.Random(DRAW_SEED).sample(range(len(pool)), N_EVENTS))
    with open(os.path.join(HERE, "drawn.jsonl"), "w") as out:
        for n, i in enumerate(picked):
            out.write(json.dumps({"n": n, "pool_index": i, **{k: pool[i][k] for k in KEPT}}) + "\n")
    print(f"pool {len(pool)} unique events; drew {N_EVENTS} with seed {DRAW_SEED}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["/tmp/ana/snap_T0_s28.jsonl", "/tmp/ana/snap_T0_s29.jsonl"])
