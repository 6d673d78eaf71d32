"""Checks articles.json against the corpus records: JSON loads, anchors and forbid phrases occur exactly once
(case-insensitive, whitespace collapsed) in the record text and in title+dateline+text, inside one sentence
(no sentence-final punctuation inside), places/dates/quantities texts occur, types are PLOVER 2.0 types."""
import gzip, json, re, sys
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
g = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
want = {a["file"] for a in g["articles"]}  # "reuters21578.jsonl.gz#reuters-8440", "bbc-news-2225.jsonl.gz#bbc-..."
recs = {}
for corpus in sorted({f.split("#")[0] for f in want}):
    for line in gzip.open(f"/work/shared/corpus/{corpus}", "rt"):
        r = json.loads(line)
        if f"{corpus}#{r['id']}" in want: recs[f"{corpus}#{r['id']}"] = r
norm = lambda t: re.sub(r"\s+", " ", t).strip().lower()
bad = 0
def count(h, n): return len(re.findall(re.escape(norm(n)), norm(h)))
for a in g["articles"]:
    r = recs[a["file"]]
    assert "published" not in r or a["published"] == r["published"][:10], a["file"]  # BBC records carry no date
    body = r["text"]; full = "\n".join(x for x in (r["title"], r.get("dateline", ""), body) if x)
    for e in a["events"]:
        assert e["types"] and set(e["types"]) <= TYPES, e
        c1, c2 = count(body, e["anchor"]), count(full, e["anchor"])
        if c1 != 1 or c2 != 1 or re.search(r"[.?!]\s", e["anchor"]):
            bad += 1; print("ANCHOR", a["file"], repr(e["anchor"]), c1, c2)
    for f in a["forbid"]:
        if count(body, f["phrase"]) != 1: bad += 1; print("FORBID", a["file"], f["phrase"])
    for k in ("places", "dates", "quantities", "boilerplate"):
        for x in a.get(k, []):
            t = x if isinstance(x, str) else x["text"]
            if count(body, t) < 1: bad += 1; print("MISSING", k, a["file"], t)
n = len(g["articles"]); ev = sum(len(a["events"]) for a in g["articles"])
req = sum(1 for a in g["articles"] for e in a["events"] if e.get("required", True))
print(f"{n} articles, {ev} events ({req} required), "
      f"{sum(len(a['forbid']) for a in g['articles'])} forbid, {sum(len(a['places']) for a in g['articles'])} places, "
      f"{sum(len(a['dates']) for a in g['articles'])} dates, {sum(len(a['quantities']) for a in g['articles'])} quantities; "
      f"{bad} problems")
sys.exit(1 if bad else 0)
