"""Pre-registered draw of the twenty-fifth session's precision audit: 150 events at random from two snapshots of
re-read stories (``eval/snapshot.py code OUT --n 300 --seed 28|29 --reread``) coded on the session's starting code
31ccb7b. An event found in both snapshots (same doc, sentence, type, trigger, actor and recipient) counts once.
The draw seed was fixed, and this script written, before any event was read.

    python3 eval/precision-audit-s25/draw.py SNAP_s28.jsonl SNAP_s29.jsonl > eval/precision-audit-s25/drawn.jsonl
"""
import json
import random
import sys

DRAW_SEED = 2528
N = 150


def event_key(row):
    return (row["doc"], row["sent"], row["type"], row["trigger"], json.dumps(row["actor"]), json.dumps(row["recipient"]))


def main(paths):
    pool, seen = [], set()
    for path in paths:
        for line in open(path):
            row = json.loads(line)
            if event_key(row) not in seen:
                seen.add(event_key(row))
                pool.append(row)
    pool.sort(key=event_key)  # the order of the snapshots' lines must not decide the draw
    picked = sorted(random.Random(DRAW_SEED).sample(range(len(pool)), N))
    for n, i in enumerate(picked):
        row = pool[i]
        print(json.dumps({"n": n, "doc": row["doc"], "sent": row["sent"], "type": row["type"], "mode": row["mode"],
                          "trigger": row["trigger"], "actor": row["actor"], "recipient": row["recipient"],
                          "modality": row["modality"], "rule": row["rule"], "conf": row["conf"]}))
    print(f"pool {len(pool)} distinct events; drew {N} with seed {DRAW_SEED}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
