"""Pre-registered draw of the twenty-ninth session's location audit: half at random, half from the weak sources.

The design is the twenty-sixth session's (``eval/location-audit-s26``), whose key and draw functions this script
imports, on a smaller draw: 100 events.

Pool: the events of the two reread snapshots of the session's starting code 8ee03b3 (``eval/snapshot.py code OUT
--n 300 --seed 36 --reread`` and ``--seed 37``), an event in both counted once (key: doc, sentence, type, trigger,
actor, recipient), sorted by that key so that the draw does not depend on the order the snapshots were written in.

- Part ``random``: RANDOM_SHARE events drawn at random from the whole pool (the audit's unweighted figure).
- Part ``weak``: each source the s25 and s26 audits found weakest is a stratum (WEAK_QUOTAS: on s26's starting code
  story 4/6, recipient 13/16, story gathering 20/22, dateline 29/31, actor 47/49), drawn without replacement from the
  pool events of that source that neither the random part nor an earlier audit (s25, s25b, s26) holds (same doc,
  sentence, type and trigger); a stratum with fewer events than its quota is taken whole and the rest of its quota
  goes to ``actor``, the last and largest.
One seeded generator draws the random part first, then the strata in WEAK_QUOTAS's order. The seed and quotas were
fixed, and this script committed, before any pool event was looked at.

    python3 eval/location-audit-s29/draw.py SNAP_S36.jsonl SNAP_S37.jsonl   # writes drawn.jsonl and pool_sizes.json
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402
DRAW_SEED = 2941
RANDOM_SHARE = 50
WEAK_QUOTAS = {"story": 12, "recipient": 12, "story gathering": 10, "dateline": 8, "actor": 8}
EARLIER_AUDITS = [os.path.join(HERE, "..", name, "drawn.jsonl")
                  for name in ("location-audit-s25", "location-audit-s25b", "location-audit-s26")]


def _s26_draw():
    return audit_script("location-audit-s26", "draw")


S26 = _s26_draw()


def main(snapshots):
    S26.draw(snapshots, DRAW_SEED, RANDOM_SHARE, WEAK_QUOTAS, EARLIER_AUDITS, HERE)


if __name__ == "__main__":
    main(sys.argv[1:] or ["/tmp/ana/snap_T0_s36.jsonl", "/tmp/ana/snap_T0_s37.jsonl"])
