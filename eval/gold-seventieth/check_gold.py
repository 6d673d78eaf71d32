"""Checks articles.json with eval/gold-twenty-second/check_gold.py (imported, not copied; its docstring lists
the checks): every `file` here is a Reuters-21578 record ("reuters21578.jsonl.gz#<id>"), as there.
Usage (from this folder): python3 check_gold.py articles.json"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import check_with  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_with("gold-twenty-second", sys.argv, os.path.join(HERE, "articles.json")))
