"""Checks articles.json against its corpus entries, adapted from eval/gold-wire/check_gold.py for pages that are
entries of a JSON object of article bodies ('html/article-extraction-benchmark/ground-truth.json#<id>', text =
the entry's "articleBody"): JSON loads, 'published' is a date, types are PLOVER 2.0 types, codes are three capital
letters, modality and attribution take known values, every anchor and forbid phrase occurs exactly once in the
text (case-insensitive, whitespace collapsed) with no sentence-final punctuation inside an anchor, and every
place, date, quantity and boilerplate text occurs. Usage (from this folder): python3 check_gold.py articles.json"""
import datetime, json, os, re, sys

SHARED = "/work/shared/corpus"
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import assert_event_values, count, print_counts  # noqa: E402


def body_of(file, objects):
    path, key = file.split("#")
    if path not in objects:
        objects[path] = json.load(open(f"{SHARED}/{path}"))
    return objects[path][key]["articleBody"]


def main(path):
    g = json.load(open(path))
    objects, bad = {}, 0
    for a in g["articles"]:
        body = body_of(a["file"], objects)
        datetime.date.fromisoformat(a["published"])
        for e in a["events"]:
            assert_event_values(e)
            if count(body, e["anchor"]) != 1 or re.search(r"[.?!]\s", e["anchor"]):
                bad += 1
                print("ANCHOR", a["file"][-64:][:12], repr(e["anchor"]), count(body, e["anchor"]))
        for f in a["forbid"]:
            if count(body, f["phrase"]) != 1:
                bad += 1
                print("FORBID", a["file"][-64:][:12], repr(f["phrase"]), count(body, f["phrase"]))
        for k in ("places", "dates", "quantities", "boilerplate"):
            for x in a.get(k, []):
                t = x if isinstance(x, str) else x["text"]
                if count(body, t) < 1:
                    bad += 1
                    print("MISSING", k, a["file"][-64:][:12], repr(t))
    print_counts(g["articles"], bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
