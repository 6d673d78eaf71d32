"""Checks articles.json with eval/gold-sixteenth/check_gold.py (imported, not copied; its docstring lists the
checks): this gold's `file`s are Lee texts beside it (texts/lee_bg_NNN.txt, written by fetch_texts.py), as there.
Usage (from this folder): python3 check_gold.py articles.json"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import check_with  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_with("gold-sixteenth", sys.argv))
