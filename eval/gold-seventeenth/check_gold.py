"""Checks articles.json against its texts with eval/gold-sixteenth/check_gold.py, imported (not copied): JSON
loads, types, codes, modality and attribution values, every anchor and forbid phrase occurs exactly once in its
text (texts/lee_bg_NNN.txt beside the gold) and anchors lie inside one sentence of a rough split, no two forbid
phrases share a sentence, dates are ISO dates, and every place, date and quantity text occurs.
Usage (from this folder): python3 check_gold.py articles.json"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import gold_script  # noqa: E402

if __name__ == "__main__":
    check16 = gold_script("check16", "gold-sixteenth", "check_gold.py")
    sys.exit(check16.main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
