"""Checks articles.json against its texts with eval/gold-sixteenth/check_gold.py, imported (not copied): JSON
loads, types, codes, modality and attribution values, every anchor and forbid phrase occurs exactly once in its
text and anchors lie inside one sentence of a rough split, no two forbid phrases share a sentence, dates are ISO
dates, and every place, date, quantity and boilerplate text occurs. This gold mixes two kinds of `file`: entries
of the HTML benchmark's ground-truth.json (text: the entry's articleBody, as gold-fifteenth) and corpus records
("reuters21578.jsonl.gz#<id>", "bbc-news-2225.jsonl.gz#<id>", text: the record's `text`). Every text is written
to a temporary folder under its `file` name, so the same check reads it; gold-nineteenth's record checks are
added (a Reuters anchor occurs once in title + dateline + text; `published` is the record's date).
Usage (from this folder): python3 check_gold.py articles.json"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import check_texts, gold_script  # noqa: E402

CORPUS = "/work/shared/corpus"
check19 = gold_script("check19", "gold-nineteenth", "check_gold.py")


def page_bodies(files):
    """The articleBody of each benchmark entry named by ``files`` ("<json path>#<page id>"), by that name."""
    out, objects = {}, {}
    for f in files:
        path, key = f.split("#")
        if path not in objects:
            objects[path] = json.load(open(os.path.join(CORPUS, path)))
        out[f] = objects[path][key]["articleBody"]
    return out


def main(path):
    gold = json.load(open(path))
    files = {a["file"] for a in gold["articles"]}
    pages = {f for f in files if f.startswith("html/")}
    records = check19.corpus_records(files - pages)
    texts = {name: r["text"] for name, r in records.items()}
    texts.update(page_bodies(pages))
    missing = sorted(files - set(texts))
    for f in missing:
        print("NO TEXT", f)
    rc = check_texts(path, texts)
    bad = check19.headline_problems(gold, records) + len(missing)
    print(f"{bad} record problems (headline anchors, dates, missing texts)")
    return 1 if rc or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
