"""Seeded candidate list for the eleventh article gold: political Reuters-21578 items.
Usage (from /work/main): python3 eval/gold-eleventh/select_stories.py /tmp/ana/used_ids_s10b.json

The filtering (exclusions, length 150-600 words, political vs economic keyword counts) is the one of
eval/gold-tenth/select_stories.py, which is run here with the given used-id list rather than copied; its
Reuters candidates are sorted and reshuffled with this gold's own seed, so the walk differs from gold-tenth's."""
import random, subprocess, sys

SEED = 20261130
out = subprocess.run([sys.executable, "eval/gold-tenth/select_stories.py"] + sys.argv[1:2],
                     capture_output=True, text=True, check=True).stdout
reuters = sorted(out.split("--")[0].split(), key=lambda i: int(i.split("-")[1]))
random.Random(SEED).shuffle(reuters)
print(len(reuters), "reuters candidates", file=sys.stderr)
for c in reuters:
    print(c)
