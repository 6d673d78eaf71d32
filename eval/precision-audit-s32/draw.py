"""Pre-registered draw of the thirty-second session's precision audit: 100 events at random from two snapshots of
re-read stories (``eval/snapshot.py code OUT --n 300 --seed 58|59 --reread``) coded on the session's starting code
(the frozen copy the lead calls S0). The pooling, dedupe and draw are the twenty-fifth session's, reached through
the thirty-first session's draw (``eval/precision-audit-s31/draw.py``, imported, which reaches s30's, s29's, s28's,
s27's and s25's); only the seeds, the inputs and the draw seed differ. The draw seed was fixed, and this script
written and committed, before any event was read.

    python3 eval/precision-audit-s32/draw.py SNAP_s58.jsonl SNAP_s59.jsonl > eval/precision-audit-s32/drawn.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

DRAW_SEED = 3142
DRAWN = 100


def s31_draw():
    return audit_script("precision-audit-s31", "draw")


if __name__ == "__main__":
    draw = s31_draw().s30_draw().s29_draw().s28_draw().s27_draw().s25_draw()
    draw.DRAW_SEED = DRAW_SEED
    draw.N = DRAWN
    draw.main(sys.argv[1:])
