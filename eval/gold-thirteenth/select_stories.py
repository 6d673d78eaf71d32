"""Seeded candidate lists for the thirteenth article gold: political Reuters-21578 items and BBC politics stories.
Usage (from /work/main): python3 eval/gold-thirteenth/select_stories.py /tmp/ana/used_ids_s11b.json

Exclusions are those of eval/gold-tenth/select_stories.py (every record named by an eval/gold*/articles.json,
the world_politics Reuters ids and the given used-id list). The gold-tenth keyword filter leaves only 26 Reuters
items after earlier sessions, most of them trade or corporate, so this script widens it: 150-600 words, at least
5 hits of a wider political pattern and more political than economic hits. BBC: politics and business categories (politics stories outside earlier audits are nearly used up; world-ish business
stories such as international disputes are taken by hand), duplicate
texts dropped, 150-600 words. Both lists are sorted and shuffled with this gold's own seed."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_selection import political_draw, print_candidates, used_records  # noqa: E402

excluded = used_records(sys.argv[1] if len(sys.argv) > 1 else None, own_folder="eval/gold-thirteenth/")
print_candidates(*political_draw(20261202, excluded, ("politics", "business")), excluded)
