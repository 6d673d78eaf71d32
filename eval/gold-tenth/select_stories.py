"""Seeded candidate lists for the tenth article gold: political Reuters-21578 items and BBC politics stories.
Usage (from /work/main): python3 eval/gold-tenth/select_stories.py [/tmp/ana/used_ids_s10.json]
Prints the shuffled Reuters candidates, then the shuffled BBC politics candidates."""
import glob, gzip, json, random, re, sys
SHARED = "/work/shared/corpus"
SEED = 20261129
excluded = set()
if len(sys.argv) > 1:
    excluded |= set(json.load(open(sys.argv[1])))
# every record already used by a gold of this project (file names and corpus ids)
for g in glob.glob("eval/gold*/articles.json"):
    for a in json.load(open(g))["articles"]:
        f = a["file"]
        if "#" in f:
            excluded.add(f.split("#")[1])
        m = re.search(r"(reuters21578|bbc)_(\w+?)_?(\d+)\.txt$", f)
        if m and m.group(1) == "reuters21578":
            excluded.add(f"reuters-{int(m.group(3))}")
        elif m:
            excluded.add(f"bbc-{m.group(2)}-{m.group(3)}")
excluded |= {f"reuters-{n}" for n in (107, 1938, 8675, 8679, 8749, 9209, 10244, 10647)}
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
bbc, seen = [], set()
for line in gzip.open(f"{SHARED}/bbc-news-2225.jsonl.gz", "rt"):
    r = json.loads(line)
    if r["id"] in excluded or r["category"] != "politics":
        continue
    key = re.sub(r"\W+", " ", r["text"][:300]).lower()
    if key in seen:          # same story under another id
        continue
    seen.add(key)
    if 150 <= len(r["text"].split()) <= 600:
        bbc.append(r["id"])
rng.shuffle(bbc)
print(len(reu), "reuters candidates,", len(bbc), "bbc candidates,", len(excluded), "excluded", file=sys.stderr)
for c in reu: print(c)
print("--")
for c in bbc: print(c)
