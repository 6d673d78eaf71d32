"""Checks articles.json against its texts with eval/gold-sixteenth/check_gold.py, imported (not copied): JSON
loads, types, codes, modality and attribution values, every anchor and forbid phrase occurs exactly once in its
text and anchors lie inside one sentence of a rough split, no two forbid phrases share a sentence, dates are ISO
dates, and every place, date and quantity text occurs. This gold mixes the two kinds of `file`: Lee texts
(texts/lee_bg_NNN.txt beside the gold, which gold-sixteenth's check opens itself) and corpus records
("reuters21578.jsonl.gz#<id>", "bbc-news-2225.jsonl.gz#<id>", whose `text` is what the offsets refer to). The
records' texts are written to a temporary folder under their `file` names, so the same check reads them; a
Reuters anchor must also occur once in title + dateline + text (headline events are not annotated), as
eval/gold-wire/check_gold.py requires.
Usage (from this folder): python3 check_gold.py articles.json"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import check_texts, count  # noqa: E402

CORPUS = "/work/shared/corpus"


def corpus_records(files):
    """The corpus records named by ``files`` ("<corpus file>#<id>"), by that name."""
    out = {}
    for corpus in sorted({f.split("#")[0] for f in files}):
        for line in gzip.open(os.path.join(CORPUS, corpus), "rt"):
            r = json.loads(line)
            if f"{corpus}#{r['id']}" in files:
                out[f"{corpus}#{r['id']}"] = r
    return out


def headline_problems(gold, records):
    """Anchors that a record's title or dateline repeats, and `published` that is not the record's date."""
    bad = 0
    for a in gold["articles"]:
        r = records.get(a["file"])
        if r is None:
            continue
        if r.get("published") and a["published"] != r["published"][:10]:
            bad += 1
            print("PUBLISHED", a["file"], a["published"], r["published"])
        full = "\n".join(x for x in (r["title"], r.get("dateline") or "", r["text"]) if x)
        for e in a["events"]:
            if count(full, e["anchor"]) != 1:
                bad += 1
                print("ANCHOR IN HEADLINE", a["file"], repr(e["anchor"]))
    return bad


def main(path):
    gold = json.load(open(path))
    records = corpus_records({a["file"] for a in gold["articles"] if "#" in a["file"]})
    missing = {a["file"] for a in gold["articles"] if "#" in a["file"]} - set(records)
    for f in sorted(missing):
        print("NO RECORD", f)
    rc = check_texts(path, {name: r["text"] for name, r in records.items()}, copy_dirs=("texts",))
    bad = headline_problems(gold, records) + len(missing)
    print(f"{bad} record problems (headline anchors, dates, missing records)")
    return 1 if rc or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
