"""Checks articles.json against its texts with eval/gold-sixteenth/check_gold.py, imported (not copied): JSON
loads, types, codes, modality and attribution values, every anchor and forbid phrase occurs exactly once in its
text and anchors lie inside one sentence of a rough split, no two forbid phrases share a sentence, dates are ISO
dates, and every place, date, quantity and boilerplate text occurs. Every `file` of this gold is a corpus record
("reuters21578.jsonl.gz#<id>", text: the record's `text`); each text is written to a temporary folder under its
`file` name, so the same check reads it, and gold-nineteenth's record checks are added (a Reuters anchor occurs
once in title + dateline + text; `published` is the record's date).
Usage (from this folder): python3 check_gold.py articles.json"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import check_texts, gold_script  # noqa: E402

check19 = gold_script("check19", "gold-nineteenth", "check_gold.py")


def main(path):
    gold = json.load(open(path))
    files = {a["file"] for a in gold["articles"]}
    records = check19.corpus_records(files)
    missing = sorted(files - set(records))
    for f in missing:
        print("NO TEXT", f)
    rc = check_texts(path, {name: r["text"] for name, r in records.items()})
    bad = check19.headline_problems(gold, records) + len(missing)
    print(f"{bad} record problems (headline anchors, dates, missing texts)")
    return 1 if rc or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
