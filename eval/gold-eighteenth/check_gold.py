"""Checks articles.json against its texts with eval/gold-sixteenth/check_gold.py, imported (not copied): JSON
loads, types, codes, modality and attribution values, every anchor and forbid phrase occurs exactly once in its
text (texts/lee_bg_NNN.txt beside the gold) and anchors lie inside one sentence of a rough split, no two forbid
phrases share a sentence, dates are ISO dates, and every place, date and quantity text occurs.
Usage (from this folder): python3 check_gold.py articles.json"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    spec = importlib.util.spec_from_file_location("check16", os.path.join(HERE, "..", "gold-sixteenth", "check_gold.py"))
    check16 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check16)
    sys.exit(check16.main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
