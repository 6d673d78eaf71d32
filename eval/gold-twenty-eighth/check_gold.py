"""Checks articles.json with gold-twenty-second's check_gold.py, imported (not copied), as gold-twenty-third does:
every `file` here is a Reuters-21578 record ("reuters21578.jsonl.gz#<id>"), so the same check applies unchanged:
gold-sixteenth's check on the records' texts (JSON loads, types, codes, modality and attribution values, every
anchor and forbid phrase occurs exactly once and anchors lie inside one sentence of a rough split, no two forbid
phrases share a sentence, ISO dates, every place, date, quantity and boilerplate text occurs) and gold-nineteenth's
record checks (a Reuters anchor occurs once in title + dateline + text; `published` is the record's date).
Usage (from this folder): python3 check_gold.py articles.json"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import gold_script  # noqa: E402

check22 = gold_script("check22", "gold-twenty-second", "check_gold.py")

if __name__ == "__main__":
    sys.exit(check22.main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "articles.json")))
