"""Pre-registered draw of the twenty-sixth session's precision audit: 150 events at random from two snapshots of
re-read stories (``eval/snapshot.py code OUT --n 300 --seed 30|31 --reread``) coded on the session's starting code
6d53bc1. The pooling, dedupe and draw are the twenty-fifth session's (``eval/precision-audit-s25/draw.py``,
imported); only the seeds and the inputs differ. The draw seed was fixed, and this script written, before any event
was read.

    python3 eval/precision-audit-s26/draw.py SNAP_s30.jsonl SNAP_s31.jsonl > eval/precision-audit-s26/drawn.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402

DRAW_SEED = 2630


def s25_draw():
    return audit_script("precision-audit-s25", "draw")


if __name__ == "__main__":
    draw = s25_draw()
    draw.DRAW_SEED = DRAW_SEED
    draw.main(sys.argv[1:])
