"""Seeded candidate lists for the tenth article gold: political Reuters-21578 items and BBC politics stories.
Usage (from /work/main): python3 eval/gold-tenth/select_stories.py [/tmp/ana/used_ids_s10.json]
Prints the shuffled Reuters candidates, then the shuffled BBC politics candidates."""
import gzip, json, os, random, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_selection import SHARED, bbc_candidates, print_candidates, used_records  # noqa: E402

SEED = 20261129
# every record already used by a gold of this project (file names and corpus ids)
excluded = used_records(sys.argv[1] if len(sys.argv) > 1 else None)
POL = re.compile(r"\b(troops|army|war|rebels?|guerrillas?|coup|protest\w*|demonstrat\w*|election|ministers?|"
                 r"president|talks|sanctions?|arrested|killed|attack\w*|hostages?|embassy|diplomat\w*|"
                 r"parliament|opposition|police|military|ceasefire|cease-fire|summit|prime minister|"
                 r"retaliat\w*|accus\w*|warned|condemn\w*|negotiat\w*)\b", re.I)
ECON = re.compile(r"\b(pct|mln|dlrs|shares|stock|tonnes|bushels|quarter|profit|dividend|crude|prices?|"
                  r"bank|debt|budget|inflation|rates?|earnings|revenue)\b", re.I)
rng = random.Random(SEED)
reu = []
for line in gzip.open(f"{SHARED}/reuters21578.jsonl.gz", "rt"):
    r = json.loads(line)
    if r["id"] in excluded:
        continue
    n = len(r["text"].split())
    if 150 <= n <= 600:
        pol, econ = len(POL.findall(r["text"])), len(ECON.findall(r["text"]))
        if pol >= 6 and pol > 2 * econ:
            reu.append(r["id"])
rng.shuffle(reu)
bbc = bbc_candidates(excluded)
rng.shuffle(bbc)
print_candidates(reu, bbc, excluded)
