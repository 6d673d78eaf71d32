"""Choose candidate political stories from reuters21578.jsonl.gz with a fixed seed.
Usage: python3 select_stories.py EXCLUDED_IDS_FILE  (ids one per line)"""
import gzip, json, random, re, sys
CORPUS = "/work/shared/corpus/reuters21578.jsonl.gz"
SEED = 20261128
excluded = set(open(sys.argv[1]).read().split()) if len(sys.argv) > 1 else set()
# Reuters ids already used as world_politics articles (dev gold / other golds)
excluded |= {f"reuters-{n}" for n in (107, 1938, 8675, 8679, 8749, 9209, 10244, 10647)}
POL = re.compile(r"\b(troops|army|war|rebels?|guerrillas?|coup|protest\w*|demonstrat\w*|election|ministers?|"
                 r"president|talks|sanctions?|arrested|killed|attack\w*|hostages?|embassy|diplomat\w*|"
                 r"parliament|opposition|police|military|ceasefire|cease-fire|summit|prime minister)\b", re.I)
ECON = re.compile(r"\b(pct|mln|dlrs|shares|stock|tonnes|bushels|quarter|profit|dividend|crude|prices?|"
                  r"tariffs?|trade|bank|debt|budget|exports?|imports?|inflation|rates?)\b", re.I)
cands = []
for line in gzip.open(CORPUS, "rt"):
    r = json.loads(line)
    if r["id"] in excluded:
        continue
    n = len(r["text"].split())
    if not 150 <= n <= 600:
        continue
    pol = len(POL.findall(r["text"]))
    econ = len(ECON.findall(r["text"]))
    if pol >= 6 and pol > 2 * econ:
        cands.append(r["id"])
rng = random.Random(SEED)
rng.shuffle(cands)
print(len(cands), "candidates", file=sys.stderr)
for c in cands:
    print(c)
