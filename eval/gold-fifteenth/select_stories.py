"""Seeded candidate list for the fifteenth article gold: political news pages of the HTML extraction benchmark
(shared/corpus/html/article-extraction-benchmark/ground-truth.json, 181 pages crawled in 2019).
Usage (from /work/main): python3 eval/gold-fifteenth/select_stories.py

Filter: an articleBody of 150-1,000 words; at least 5 hits of the shared political pattern (eval/gold_selection.py
POL) plus a domestic-politics and law-enforcement pattern (DOMESTIC below: the benchmark's US pages speak of
senators, governors, courts and charges more than of troops), and more of those hits than economic ones (ECON);
excluded: every page that is one of the 20 corpus/html/scrapinghub pages (they are world_politics articles
already in golds), and every page whose opening (first 300 characters, punctuation and case ignored) occurs in,
or starts with the opening of, a world_politics text, a readability test page, the seed, or a record named by any
eval/gold*/articles.json (only the `file` fields are read). The candidates are sorted by id and shuffled with
random.Random(20261204); the list was walked in that order (WALK below and README.md give each one's reason)."""
import glob
import gzip
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_selection import ECON, POL  # noqa: E402

SHARED = "/work/shared"
BENCH = f"{SHARED}/corpus/html/article-extraction-benchmark/ground-truth.json"
SEED = 20261204
DOMESTIC = re.compile(r"\b(senate|senators?|congress\w*|lawmakers?|legislat\w*|governor|attorney general|court|"
                      r"investigat\w*|prosecutors?|charges?|pleaded|campaign|vote|voters?|rally|union|"
                      r"administration|federal|state)\b", re.I)

# The walk, in the order printed: (page id prefix, taken, reason). A page was taken when it is political news
# (conflict and security, protest, diplomacy, domestic politics, aid, sanctions, or law enforcement by public
# authorities against public figures or firms), reports at least two events, is not the story of a page already
# taken, and is not a second analysis or opinion piece.
WALK = [
    ("70cb2d5bca75", False, "Taylor Swift's dispute with her former label: entertainment business"),
    ("921019755f4a", False, "football manager appointment: sport"),
    ("33fe2471fd55", False, "Amsterdam light festival: culture"),
    ("3f65af7b6b98", False, "jokes about South Dakota's anti-meth slogan: entertainment"),
    ("776a1c046798", False, "governor says the anti-meth ad campaign works: no interaction between political actors"),
    ("1ace8c85aaee", True, "New York Attorney General investigates WeWork: law enforcement against a firm"),
    ("abd9d6291b6b", True, "doctors offer flu shots to detained migrants, CBP declines: aid, migration"),
    ("ef4e67b66d63", True, "CNN analysis of Trump's Walter Reed visit: the one analysis/opinion piece"),
    ("961bd85ca85a", False, "six local drug arrests: ordinary crime"),
    ("d1c57d7821e5", False, "NASA lunar lander contracts: space business"),
    ("7a457a4f7173", True, "guilty plea for threatening to kill Rep. Omar: security and law enforcement"),
    ("51d066b0602c", False, "rescue of a kidnapped girl: ordinary crime"),
    ("06e5123e4ef7", False, "the WeWork inquiry again (Reuters via VentureBeat): the story of 1ace8c85aaee"),
    ("a6968f427cdb", False, "Deval Patrick's campaign stop: no interaction between political actors"),
    ("9e8c9f082a8d", False, "fact check of a congressman's border-drugs figure: a statistic"),
    ("ea25dd7edff4", False, "plague cases in China: health"),
    ("5caf91b8a442", False, "stabbing on a commuter train: ordinary crime"),
    ("fde930b01859", False, "tech news digest: business"),
    ("e7301133baab", True, "Nigerian senators sue the police chief after a protest march: domestic politics"),
    ("d0382c0d9573", False, "utility power shutoff for fire weather: not political"),
    ("87bf60570e6e", False, "opinion on Prince Andrew: opinion, not political"),
    ("87438a0dacbe", False, "advice column"),
    ("156770d676ce", False, "governor defends the anti-meth slogan: the topic of 776a1c046798"),
    ("1f765c487806", False, "column on Prince Andrew: opinion"),
    ("c13b9c0e04fb", False, "ad agencies on the anti-meth slogan: the topic of 776a1c046798"),
    ("2c46804d9db4", False, "kidnapping video and sentence: ordinary crime, the story of 51d066b0602c"),
    ("0dd135704572", False, "Nigerian Senate adjourns over two deaths: a ceremony, no event between political actors"),
    ("6ebac05f637e", False, "the Omar threat plea again (The Hill): the story of 7a457a4f7173"),
    ("04a6711caa7c", False, "opinion on elections and impeachment: a second opinion piece"),
    ("7de5241947a5", True, "Indiana teachers rally at the Statehouse: protest"),
    ("aec5deeaada8", False, "questions before a presidential debate: speculation, a second analysis piece"),
]


def key(text):
    return re.sub(r"\W+", " ", text).lower().strip()


def used_texts():
    """Normalised texts of everything a gold of this project already holds or may hold."""
    texts = [open(f).read() for f in glob.glob(f"{SHARED}/corpus/world_politics/*.txt")]
    texts += [open(f).read() for f in glob.glob(f"{SHARED}/corpus/html/readability/*/expected.txt")]
    texts.append(open(f"{SHARED}/seed/niger-withdrawal.txt").read())
    named = set()
    for g in glob.glob("eval/gold*/articles.json") + [f"{SHARED}/gold/dev/articles.json"]:
        if g.startswith("eval/gold-fifteenth/"):
            continue
        d = json.load(open(g))
        for a in d["articles"] if isinstance(d, dict) else d:
            named.add(a["file"])
    for corpus in ("reuters21578.jsonl.gz", "bbc-news-2225.jsonl.gz"):
        for line in gzip.open(f"{SHARED}/corpus/{corpus}", "rt"):
            r = json.loads(line)
            if f"{corpus}#{r['id']}" in named:
                texts.append(r["text"])
    return [key(t) for t in texts]


def candidates():
    pages = json.load(open(BENCH))
    scrapinghub = {e["id"] for e in json.load(open(f"{SHARED}/corpus/html/scrapinghub/manifest.json"))}
    used = used_texts()
    out = []
    for pid in sorted(pages):
        body = pages[pid]["articleBody"]
        if pid in scrapinghub or not 150 <= len(body.split()) <= 1000:
            continue
        opening = key(body)[:300]
        if any(opening in u or (u and u[:300] in key(body)) for u in used):
            continue
        pol = len(POL.findall(body)) + len(DOMESTIC.findall(body))
        if pol >= 5 and pol > len(ECON.findall(body)):
            out.append(pid)
    random.Random(SEED).shuffle(out)
    return out, pages


if __name__ == "__main__":
    order, pages = candidates()
    print(len(order), "candidates", file=sys.stderr)
    reasons = {prefix: ("TAKEN" if taken else "skipped") + ": " + why for prefix, taken, why in WALK}
    for n, pid in enumerate(order, 1):
        print(n, pid[:12], len(pages[pid]["articleBody"].split()), pages[pid]["url"])
        print("   ", reasons.get(pid[:12], "not walked"))
