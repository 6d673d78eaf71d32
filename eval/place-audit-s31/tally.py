"""Tally of the thirty-first session's place audit: precision of output places, recall and accuracy on whole stories.

Reads ``drawn.jsonl`` and ``judged.tsv`` beside this script (or the two paths given) and prints
- part ``place``: the share of drawn units judged right, strict (a toponym inside a title such as "Archbishop of
  Canterbury" is not a place) and lenient (it is), by units and weighted by mentions, by source and by class;
- part ``story``: each listed toponym matched against the story's output places by the scorer's rule
  (``shared/eval/score_articles.py``: the listed text inside an output text, its country where one is listed, within
  60 km where coordinates are listed), recall (right / listed) and accuracy (right / found), by class and source, and
  any listed verdict the rule does not reproduce;
- the story outputs that match no listed toponym (part ``extra``), and every unit's verdict together: the precision
  of all output units of the 20 stories;
- the error classes with counts and examples. Intervals are Wilson's at 95%.

    python3 eval/place-audit-s31/tally.py [drawn.jsonl judged.tsv]
"""
import collections
import csv
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WITHIN_KM = 60
LENIENT_CLASSES = {"title"}  # a toponym inside a title, resolved to the place it names


def wilson(k, n, z=1.96):
    if not n:
        return (float("nan"), float("nan"))
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)


def share(k, n):
    low, high = wilson(k, n)
    return f"{k}/{n} = {k / n:.3f} ({low:.2f}-{high:.2f})" if n else f"{k}/0"


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def norm(text):
    return " ".join((text or "").split()).lower()


def scorer_verdict(listed, outputs):
    """R, W or M for one listed toponym against a story's output units, by the scorer's matching rule."""
    found = [u for u in outputs if norm(listed["text"]) in norm(u["text"])]
    for unit in found:
        if listed["country"] not in ("", "-") and (unit["country"] or "") != listed["country"]:
            continue
        if listed["lat"] and not (unit["lat"] is not None
                                  and km(float(listed["lat"]), float(listed["lon"]), unit["lat"], unit["lon"]) <= WITHIN_KM):
            continue
        return "R", found
    return ("W" if found else "M"), found


def source(doc):
    return doc.split("-")[0]


def main(drawn_path, judged_path):
    drawn = [json.loads(line) for line in open(drawn_path)]
    places = {r["n"]: r for r in drawn if r["part"] == "place"}
    stories = {r["n"]: r for r in drawn if r["part"] == "story"}
    judged = list(csv.DictReader(open(judged_path), delimiter="\t", quoting=csv.QUOTE_NONE))
    errors = collections.defaultdict(list)

    print("## Part place: drawn output places (units: one per name per story)")
    rows = [j for j in judged if j["part"] == "place"]
    assert sorted(int(j["n"]) for j in rows) == sorted(places), "every drawn place judged once"
    judgeable = [j for j in rows if j["verdict"] != "U"]
    strict = [j for j in judgeable if j["verdict"] == "R"]
    lenient = [j for j in judgeable if j["verdict"] == "R" or j["class"] in LENIENT_CLASSES]
    print("verdicts:", dict(collections.Counter(j["verdict"] for j in rows)))
    print("precision, strict: ", share(len(strict), len(judgeable)))
    print("precision, lenient:", share(len(lenient), len(judgeable)))
    weight = {j["n"]: places[int(j["n"])]["mentions"] for j in judgeable}
    right_w = sum(weight[j["n"]] for j in strict)
    print(f"weighted by mentions, strict: {right_w}/{sum(weight.values())} = {right_w / sum(weight.values()):.3f}")
    print("right country, where a country is meant:",
          share(sum(1 for j in judgeable if j["verdict"] not in ("WC", "NP")),
                sum(1 for j in judgeable if j["verdict"] != "NP")))
    for name, keyfn in (("source", lambda j: source(places[int(j["n"])]["doc"])),
                        ("class", lambda j: j["class"].split()[0])):
        groups = collections.defaultdict(list)
        for j in judgeable:
            groups[keyfn(j)].append(j)
        print(f"by {name}:", "; ".join(f"{k} {sum(1 for j in g if j['verdict'] == 'R')}/{len(g)}"
                                        for k, g in sorted(groups.items(), key=lambda kv: -len(kv[1]))))
    print("capitals and countries standing for a government (meto), all judged R:",
          sum(1 for j in rows if "meto" in j["class"]))
    for j in rows:
        if j["verdict"] != "R":
            errors[(j["verdict"], j["class"])].append(f"place {j['n']} {j['text']!r}: {j['reason']}")

    print("\n## Part story: every toponym a reader lists, 20 stories")
    listed = [j for j in judged if j["part"] == "story"]
    by_story = collections.defaultdict(list)
    for j in listed:
        by_story[int(j["n"])].append(j)
    mismatched, matched_units = [], collections.defaultdict(set)
    for j in listed:
        outputs = stories[int(j["n"])]["places"]
        verdict, found = scorer_verdict(j, outputs)
        matched_units[int(j["n"])].update((u["text"], u["geonameid"]) for u in found)
        hand = "W" if j["verdict"] in ("WC", "WP") else j["verdict"]
        if verdict != hand:
            mismatched.append(f"story {j['n']} {j['text']!r}: judged {j['verdict']}, scorer rule {verdict}")
        if j["verdict"] != "R":
            errors[(j["verdict"], j["class"])].append(f"story {j['n']} {j['text']!r}: {j['reason']}")
    print(f"stories: {len(stories)}, with a listed toponym: {len(by_story)}; listed: {len(listed)}")
    right = [j for j in listed if j["verdict"] == "R"]
    found = [j for j in listed if j["verdict"] != "M"]
    print("recall (right / listed):  ", share(len(right), len(listed)))
    print("accuracy (right / found): ", share(len(right), len(found)))
    no_sites = [j for j in listed if j["class"] != "site"]
    print("recall without sites:     ", share(sum(1 for j in no_sites if j["verdict"] == "R"), len(no_sites)))
    body = [j for j in listed if j["class"] != "dateline"]
    print("recall without datelines (the golds' body text; sites in, as golds list 'Old Bailey', 'Abu Simbel'):",
          share(sum(1 for j in body if j["verdict"] == "R"), len(body)))
    no_sites_datelines = [j for j in no_sites if j["class"] != "dateline"]
    print("recall without sites and datelines (the golds' body text):",
          share(sum(1 for j in no_sites_datelines if j["verdict"] == "R"), len(no_sites_datelines)))
    for name, keyfn in (("source", lambda j: source(stories[int(j["n"])]["doc"])),
                        ("class", lambda j: j["class"].split()[0])):
        groups = collections.defaultdict(list)
        for j in listed:
            groups[keyfn(j)].append(j)
        print(f"recall by {name}:", "; ".join(f"{k} {sum(1 for j in g if j['verdict'] == 'R')}/{len(g)}"
                                               for k, g in sorted(groups.items(), key=lambda kv: -len(kv[1]))))
    print("verdicts the scorer's rule does not reproduce:", mismatched or "none")

    print("\n## The 20 stories' output units")
    extras = {(int(j["n"]), j["text"]): j for j in judged if j["part"] == "extra"}
    units = right_units = 0
    unjudged = []
    for n, story in stories.items():
        for u in story["places"]:
            units += 1
            if (u["text"], u["geonameid"]) in matched_units[n]:
                right_units += any(j["verdict"] == "R" and norm(j["text"]) in norm(u["text"]) for j in by_story[n])
            elif (n, u["text"]) in extras:
                right_units += extras[(n, u["text"])]["verdict"] == "R"
            else:
                unjudged.append(f"story {n} {u['text']!r}")
    print("precision of all output units:", share(right_units, units))
    print("output units with no verdict:", unjudged or "none")
    for j in extras.values():
        if j["verdict"] != "R":
            errors[(j["verdict"], j["class"])].append(f"extra {j['n']} {j['text']!r}: {j['reason']}")

    print("\n## Error classes (all parts)")
    for (verdict, cls), examples in sorted(errors.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{verdict} {cls}: {len(examples)}")
        for example in examples:
            print("   ", example)


if __name__ == "__main__":
    main(*(sys.argv[1:3] if len(sys.argv) > 2 else (os.path.join(HERE, "drawn.jsonl"), os.path.join(HERE, "judged.tsv"))))
