"""Tally of the audit: right / wrong / unsure by location_source, with Wilson 95% intervals.

    python3 eval/location-audit-s25/tally.py [JUDGEMENTS.tsv] [DRAWN.jsonl]

JUDGEMENTS.tsv: n, verdict (R, W or U), the country judged right, reason (for W and U). The sources are those of the
drawn events unless a re-scored file (``rescore.py --out``) is given as DRAWN.jsonl.
"""
import collections
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def wilson(right, judged, z=1.96):
    share = right / judged
    denominator = 1 + z * z / judged
    centre = share + z * z / (2 * judged)
    half = z * math.sqrt(share * (1 - share) / judged + z * z / (4 * judged * judged))
    return (centre - half) / denominator, (centre + half) / denominator


def read_judgements(path):
    """n -> (verdict, the country judged right: a code, '-' where none can be told, '?' where the story does not say)."""
    judged = {}
    for line in open(path):
        if line.startswith("n\t") or not line.strip():
            continue
        n, verdict, country, *_ = line.rstrip("\n").split("\t")
        judged[int(n)] = (verdict, country)
    return judged


def main(judgements_path, drawn_path):
    events = {row["n"]: row for row in map(json.loads, open(drawn_path))}
    judged = read_judgements(judgements_path)
    missing = set(events) - set(judged)
    if missing:
        sys.exit(f"no judgement for {sorted(missing)}")
    verdicts = {}
    for n, (verdict, country) in judged.items():
        if events[n].get("verdict"):  # a re-scored file carries the verdict on its new location
            verdicts[n] = events[n]["verdict"]
            continue
        coded = (events[n]["loc"][0] if events[n].get("loc") else None) or "-"
        # (the verdict must agree with the country column, which re-scoring on later code relies on)
        if verdict != ("U" if country == "?" else "R" if coded == country else "W"):
            sys.exit(f"event {n}: verdict {verdict} disagrees with the country judged right ({country}, coded {coded})")
        verdicts[n] = verdict
    counts = collections.defaultdict(collections.Counter)
    for n, row in events.items():
        source = row["loc"][2] if row.get("loc") else "(event gone)"
        if verdicts[n] == "gone":
            continue
        counts[str(source)][verdicts[n]] += 1
        counts["ALL"][verdicts[n]] += 1
    print(f"{'location_source':20s}   R   W   U  right/judged")
    for source, c in sorted(counts.items(), key=lambda item: (item[0] == "ALL", -sum(item[1].values()))):
        judged = c["R"] + c["W"]
        interval = "(95% {:.2f}-{:.2f})".format(*wilson(c["R"], judged)) if judged else ""
        share = f"{c['R'] / judged:.3f}" if judged else "-"
        print(f"{source:20s} {c['R']:3d} {c['W']:3d} {c['U']:3d}  {c['R']}/{judged} = {share} {interval}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "judgements.tsv"),
         sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "drawn.jsonl"))
