"""A seeded draw of the events a later code adds on this audit's seeds: the events of the later snapshots that the
starting code's snapshots lack (key as ``draw.py``: doc, sentence, type, trigger, actor, recipient), pooled over both
seeds with an event found in both counted once; each marked 'moved' when the starting code had the same mention
(doc, sentence, type, trigger) with other parties, else 'new'. The seed is fixed before any added event is read.

    python3 eval/precision-audit-s28/added.py OLD_s34 OLD_s35 NEW_s34 NEW_s35 [--n 20 --seed 2841] > added.jsonl
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

# the keys the audits draw and tally by, so that an added event is one this audit's draw could have held
_S25_TALLY = audit_script("precision-audit-s25", "tally")
event_key, mention_key = _S25_TALLY.event_key, _S25_TALLY.mention_key


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old", nargs=2)
    ap.add_argument("new", nargs=2)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2841)
    args = ap.parse_args()
    old_events, old_mentions = set(), set()
    for path in args.old:
        for line in open(path):
            row = json.loads(line)
            old_events.add(event_key(row))
            old_mentions.add(mention_key(row))
    pool, seen = [], set()
    for path in args.new:
        for line in open(path):
            row = json.loads(line)
            if event_key(row) not in old_events and event_key(row) not in seen:
                seen.add(event_key(row))
                pool.append(row)
    pool.sort(key=event_key)
    moved = sum(mention_key(row) in old_mentions for row in pool)
    print(f"{len(pool)} distinct events added ({moved} moved parties, {len(pool) - moved} new); drew "
          f"{min(args.n, len(pool))} with seed {args.seed}", file=sys.stderr)
    picked = sorted(random.Random(args.seed).sample(range(len(pool)), min(args.n, len(pool))))
    for n, i in enumerate(picked):
        row = pool[i]
        print(json.dumps({"n": n, "how": "moved" if mention_key(row) in old_mentions else "new", "doc": row["doc"],
                          "sent": row["sent"], "type": row["type"], "mode": row["mode"], "trigger": row["trigger"],
                          "actor": row["actor"], "recipient": row["recipient"], "modality": row["modality"],
                          "rule": row["rule"], "conf": row["conf"]}))


if __name__ == "__main__":
    main()
