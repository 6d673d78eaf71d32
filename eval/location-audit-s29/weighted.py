"""The audit's figures: the random part alone, and all drawn events weighted by the pool's location sources.

The twenty-sixth session's script (``eval/location-audit-s26/weighted.py``) run on this folder's files.

    python3 eval/location-audit-s29/weighted.py [JUDGEMENTS.tsv] [DRAWN_OR_RESCORED.jsonl]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402


def _s26_weighted():
    module = audit_script("location-audit-s26", "weighted")
    module.HERE = HERE  # read this folder's drawn.jsonl and pool_sizes.json; its tally path ../location-audit-s25 holds
    return module


if __name__ == "__main__":
    _s26_weighted().main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "judgements.tsv"),
                         sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "drawn.jsonl"))
