"""Pre-registered draw of the thirty-first session's precision audit: 100 events at random from two snapshots of
re-read stories (``eval/snapshot.py code OUT --n 300 --seed 44|45 --reread``) coded on the session's starting code
eedd291 (code as 4d05c65, the thirtieth session's final code). The pooling, dedupe and draw are the twenty-fifth
session's, reached through the thirtieth session's draw (``eval/precision-audit-s30/draw.py``, imported, which reaches
s29's, s28's, s27's and s25's); only the seeds, the inputs and the draw seed differ. The draw seed was fixed, and this
script written and committed, before any event was read.

    python3 eval/precision-audit-s31/draw.py SNAP_s44.jsonl SNAP_s45.jsonl > eval/precision-audit-s31/drawn.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

DRAW_SEED = 3141
DRAWN = 100


def s30_draw():
    return audit_script("precision-audit-s30", "draw")


if __name__ == "__main__":
    draw = s30_draw().s29_draw().s28_draw().s27_draw().s25_draw()
    draw.DRAW_SEED = DRAW_SEED
    draw.N = DRAWN
    draw.main(sys.argv[1:])
