"""Tally of the twenty-sixth session's precision audit: the twenty-fifth session's tally
(``eval/precision-audit-s25/tally.py``, imported) run on this folder's judgements and draw.

    python3 eval/precision-audit-s26/tally.py [judged.tsv] [--against drawn.jsonl --snapshots A.jsonl B.jsonl]

With --snapshots, give two snapshots coded by later code on this audit's seeds (30 and 31).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402


def s25_tally():
    return audit_script("precision-audit-s25", "tally")


if __name__ == "__main__":
    tally = s25_tally()
    tally.HERE = HERE  # this folder's judged.tsv and drawn.jsonl are the defaults
    tally.main()
