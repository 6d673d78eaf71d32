"""Seeded candidate lists for the thirteenth article gold: political Reuters-21578 items and BBC politics stories.
Usage (from /work/main): python3 eval/gold-thirteenth/select_stories.py /tmp/ana/used_ids_s11b.json

Exclusions are those of eval/gold-tenth/select_stories.py (every record named by an eval/gold*/articles.json,
the world_politics Reuters ids and the given used-id list). The gold-tenth keyword filter leaves only 26 Reuters
items after earlier sessions, most of them trade or corporate, so this script widens it: 150-600 words, at least
5 hits of a wider political pattern and more political than economic hits. BBC: politics and business categories (politics stories outside earlier audits are nearly used up; world-ish business
stories such as international disputes are taken by hand), duplicate
texts dropped, 150-600 words. Both lists are sorted and shuffled with this gold's own seed."""
import glob, gzip, json, random, re, sys

SHARED, SEED = "/work/shared/corpus", 20261202
excluded = set(json.load(open(sys.argv[1]))) if len(sys.argv) > 1 else set()
for g in glob.glob("eval/gold*/articles.json"):
    if g.startswith("eval/gold-thirteenth/"):
        continue  # this gold's own records, so that the draw re-runs the same after the gold was written
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
POL = re.compile(r"\b(troops|soldiers|army|war|rebels?|guerrillas?|coup|protest\w*|demonstrat\w*|strikes?|"
                 r"riots?|election|ministers?|president|talks|sanctions?|arrest\w*|killed|attack\w*|hostages?|"
                 r"embassy|diplomat\w*|parliament|opposition|police|military|ceasefire|cease-fire|summit|"
                 r"prime minister|retaliat\w*|accus\w*|warned|condemn\w*|negotiat\w*|aid|visit\w*|"
                 r"government|bomb\w*|clash\w*|expel\w*|refugees?)\b", re.I)
ECON = re.compile(r"\b(pct|mln|dlrs|shares|stock|tonnes|bushels|quarter|profit|dividend|crude|prices?|"
                  r"bank|debt|budget|inflation|rates?|earnings|revenue|trade|tariffs?|exports?|imports?)\b", re.I)
reu, bbc, seen = [], [], set()
for line in gzip.open(f"{SHARED}/reuters21578.jsonl.gz", "rt"):
    r = json.loads(line)
    if r["id"] in excluded or not 150 <= len(r["text"].split()) <= 600:
        continue
    pol, econ = len(POL.findall(r["text"])), len(ECON.findall(r["text"]))
    if pol >= 5 and pol > econ:
        reu.append(r["id"])
for line in gzip.open(f"{SHARED}/bbc-news-2225.jsonl.gz", "rt"):
    r = json.loads(line)
    if r["id"] in excluded or r["category"] not in ("politics", "business"):
        continue
    k = re.sub(r"\W+", " ", r["text"][:300]).lower()
    if k in seen:
        continue
    seen.add(k)
    if 150 <= len(r["text"].split()) <= 600:
        bbc.append(r["id"])
key = lambda i: (i.rsplit("-", 1)[0], int(i.rsplit("-", 1)[1]))
reu.sort(key=key)
bbc.sort(key=key)
rng = random.Random(SEED)
rng.shuffle(reu)
rng.shuffle(bbc)
print(len(reu), "reuters candidates,", len(bbc), "bbc candidates,", len(excluded), "excluded", file=sys.stderr)
for c in reu:
    print(c)
print("--")
for c in bbc:
    print(c)
