"""Pre-registered draw of the thirtieth session's precision audit: 100 events at random from two snapshots of
re-read stories (``eval/snapshot.py code OUT --n 300 --seed 38|39 --reread``) coded on the session's starting code
7274b8e (code as 41d93df). The pooling, dedupe and draw are the twenty-fifth session's, reached through the
twenty-ninth session's draw (``eval/precision-audit-s29/draw.py``, imported, which reaches s28's, s27's and s25's);
only the seeds, the inputs and the sample size differ. The draw seed was fixed, and this script written and
committed, before any event was read.

    python3 eval/precision-audit-s30/draw.py SNAP_s38.jsonl SNAP_s39.jsonl > eval/precision-audit-s30/drawn.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

DRAW_SEED = 3040
DRAWN = 100


def s29_draw():
    return audit_script("precision-audit-s29", "draw")


if __name__ == "__main__":
    draw = s29_draw().s28_draw().s27_draw().s25_draw()
    draw.DRAW_SEED = DRAW_SEED
    draw.N = DRAWN
    draw.main(sys.argv[1:])
