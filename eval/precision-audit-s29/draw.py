"""Pre-registered draw of the twenty-ninth session's precision audit: 100 events at random from two snapshots of
re-read stories (``eval/snapshot.py code OUT --n 300 --seed 36|37 --reread``) coded on the session's starting code
8ee03b3 (code as 013f5b5). The pooling, dedupe and draw are the twenty-fifth session's, reached through the
twenty-eighth session's draw (``eval/precision-audit-s28/draw.py``, imported, which reaches s27's and s25's); only the
seeds, the inputs and the sample size differ. The draw seed was fixed, and this script written and committed, before
any event was read.

    python3 eval/precision-audit-s29/draw.py SNAP_s36.jsonl SNAP_s37.jsonl > eval/precision-audit-s29/drawn.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

DRAW_SEED = 2940
DRAWN = 100


def s28_draw():
    return audit_script("precision-audit-s28", "draw")


if __name__ == "__main__":
    draw = s28_draw().s27_draw().s25_draw()
    draw.DRAW_SEED = DRAW_SEED
    draw.N = DRAWN
    draw.main(sys.argv[1:])
