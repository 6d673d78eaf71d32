"""Checks articles.json against its texts with eval/gold-twentieth/check_gold.py, imported (not copied): every
`file` here is a corpus record ("bbc-news-2225.jsonl.gz#<id>", "reuters21578.jsonl.gz#<id>", text: the record's
`text`), which that check writes to a temporary folder under its `file` name and runs gold-sixteenth's check on
(JSON loads, types, codes, modality and attribution values, anchors and forbid phrases occur exactly once, anchors
inside one sentence of a rough split, no two forbid phrases in one sentence, ISO dates, places, dates, quantities
and boilerplate occur), plus gold-nineteenth's record checks (an anchor occurs once in title + dateline + text;
`published` is a Reuters record's date).
Usage (from this folder): python3 check_gold.py articles.json"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import gold_script  # noqa: E402

if __name__ == "__main__":
    check20 = gold_script("check20", "gold-twentieth", "check_gold.py")
    sys.exit(check20.main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
