"""Seeded candidate lists for the fourteenth article gold: political Reuters-21578 items and BBC stories.
Usage (from /work/main): python3 eval/gold-fourteenth/select_stories.py /tmp/ana/used_ids_s12.json

gold-thirteenth's draw with this gold's own seed and the session's used-id list: every record named by another
eval/gold*/articles.json, the world_politics Reuters ids and the given used-id list are excluded; Reuters items
of 150-600 words with at least 5 hits of the widened political pattern and more political than economic hits;
BBC politics and business stories (politics stories outside earlier audits are nearly used up; world-ish
business stories are taken by hand), duplicate texts dropped, 150-600 words. Both lists are sorted and shuffled
with the seed."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_selection import political_draw, print_candidates, used_records  # noqa: E402

excluded = used_records(sys.argv[1] if len(sys.argv) > 1 else None, own_folder="eval/gold-fourteenth/")
print_candidates(*political_draw(20261203, excluded, ("politics", "business")), excluded)
