"""Pre-registered draw of the thirty-first session's place audit: the toponyms themselves, on unseen text.

Earlier audits (``eval/location-audit-s25`` ... ``-s29``) judged event locations; this one judges the places the
pipeline outputs (``doc.places``) and, on a few whole stories, the places it should have output.

Stories: ``eval/snapshot.py``'s ``draw(300, seed, reread=True)`` for seeds 42 and 43 (150 Reuters-21578 and 150 BBC
stories each, from those earlier audits read and no gold holds); a story in both draws is coded once. They are coded
by the eventwire on ``PYTHONPATH`` (the session's start code S0, eedd291's eventwire).

Pool: one unit per place name per story, as the golds' ``places`` count them and the scorer matches them: the
distinct (story, surface text, geonameid) of ``doc.places``, with its mention count, sorted by story id, then surface
text, then geonameid, so that the draw does not depend on the order stories were coded in.

- Part ``place``: PLACE_DRAW units drawn at random from the whole pool (``random.Random(PLACE_SEED).sample``): the
  precision of output places.
- Part ``story``: STORY_DRAW stories drawn at random from all coded stories, sorted by id, places or none
  (``random.Random(STORY_SEED).sample``): recall and accuracy, every toponym a reader would annotate.
The seeds and sizes were fixed, and this script and the README's design committed, before any pool unit or story
was looked at.

    cd /tmp && PYTHONPATH=/path/to/S0 EVENTWIRE_SHARED=/work/shared python -P .../draw.py pool POOL.jsonl
    python3 .../draw.py draw POOL.jsonl      # writes drawn.jsonl and pool_sizes.json beside this script
"""
import argparse
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOT_SEEDS = (42, 43)
STORIES_PER_SNAPSHOT = 300
PLACE_SEED, PLACE_DRAW = 3151, 100
STORY_SEED, STORY_DRAW = 3152, 20
CONTEXT_CHARS = 160  # each side of a drawn place: enough to find it in its story, not the story itself


def _snapshot():
    spec = importlib.util.spec_from_file_location("snapshot", os.path.join(HERE, "..", "snapshot.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def code_pool(out_path):
    """Code the stories of both snapshot draws and write one line per story: its id, the cleaned text the
    offsets point into, and its places (the pool file; kept outside the repository, it holds the stories)."""
    from eventwire.config import Config
    from eventwire.model import RawDocument
    from eventwire.pipeline import Pipeline

    import eventwire

    print(f"coding with {os.path.dirname(eventwire.__file__)}", file=sys.stderr)
    snapshot = _snapshot()
    stories, drawn_by = {}, {}
    for seed in SNAPSHOT_SEEDS:
        for story_id, text, published in snapshot.draw(STORIES_PER_SNAPSHOT, seed, reread=True):
            stories.setdefault(story_id, (text, published))
            drawn_by.setdefault(story_id, []).append(seed)
    raws = [RawDocument(id=i, text=text, published=published) for i, (text, published) in sorted(stories.items())]
    with open(out_path, "w") as out:
        for doc in Pipeline(Config.load()).process(raws):
            places = [dict(text=p.text, start=p.start, end=p.end, resolved_place=p.resolved_place,
                           geonameid=p.geonameid, lat=p.lat, lon=p.lon, country=p.country_code, admin1=p.admin1,
                           feature=p.feature, resolution=p.resolution) for p in doc.places]
            out.write(json.dumps(dict(doc=doc.id, seeds=drawn_by[doc.id], text=doc.text, places=places)) + "\n")


def pool_units(stories):
    """The distinct (story, surface text, geonameid) units, sorted, each with its mentions' offsets."""
    units = {}
    for story in stories:
        for p in story["places"]:
            key = (story["doc"], p["text"], p["geonameid"] if p["geonameid"] is not None else -1)
            units.setdefault(key, dict(p, doc=story["doc"], mentions=[]))["mentions"].append((p["start"], p["end"]))
    return [units[k] for k in sorted(units)]


def context(text, start, end):
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return " ".join(f"{text[left:start]}[[{text[start:end]}]]{text[end:right]}".split())


def draw(pool_path):
    stories = [json.loads(line) for line in open(pool_path)]
    stories.sort(key=lambda s: s["doc"])
    texts = {s["doc"]: s["text"] for s in stories}
    units = pool_units(stories)
    drawn_units = random.Random(PLACE_SEED).sample(units, PLACE_DRAW)
    drawn_stories = random.Random(STORY_SEED).sample(stories, STORY_DRAW)
    with open(os.path.join(HERE, "drawn.jsonl"), "w") as out:
        for n, unit in enumerate(drawn_units, 1):
            start, end = unit["mentions"][0]
            row = dict(part="place", n=n, doc=unit["doc"], text=unit["text"], geonameid=unit["geonameid"],
                       resolved_place=unit["resolved_place"], country=unit["country"], admin1=unit["admin1"],
                       feature=unit["feature"], resolution=unit["resolution"], lat=unit["lat"], lon=unit["lon"],
                       mentions=len(unit["mentions"]), context=context(texts[unit["doc"]], start, end))
            out.write(json.dumps(row) + "\n")
        for n, story in enumerate(drawn_stories, 1):
            places = [dict(text=u["text"], geonameid=u["geonameid"], resolved_place=u["resolved_place"],
                           country=u["country"], feature=u["feature"], resolution=u["resolution"], lat=u["lat"],
                           lon=u["lon"], mentions=len(u["mentions"]))
                      for u in pool_units([story])]
            out.write(json.dumps(dict(part="story", n=n, doc=story["doc"], places=places)) + "\n")
    sizes = dict(stories=len(stories), stories_with_places=sum(1 for s in stories if s["places"]),
                 units=len(units), mentions=sum(len(s["places"]) for s in stories),
                 reuters_stories=sum(1 for s in stories if s["doc"].startswith("reuters-")),
                 bbc_stories=sum(1 for s in stories if s["doc"].startswith("bbc-")))
    with open(os.path.join(HERE, "pool_sizes.json"), "w") as out:
        json.dump(sizes, out, indent=1)
        out.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("pool").add_argument("out")
    sub.add_parser("draw").add_argument("pool")
    args = ap.parse_args()
    code_pool(args.out) if args.cmd == "pool" else draw(args.pool)


if __name__ == "__main__":
    main()
