"""Seeded candidate lists for the twentieth article gold (written blind): the last unread stories of three of the
engine's sources. Usage (from the repository root): python3 eval/gold-twentieth/select_stories.py

Excluded everywhere: every record named by any eval/gold*/articles.json or the shared dev gold (file fields only;
this folder's own left out, so the lists re-run the same), the world_politics Reuters ids (used_records) and every
id of eval/audited_ids.json (audited_records: stories read in snapshot audits).
(a) modern pages of the HTML extraction benchmark: not a corpus/html/scrapinghub page, no opening shared with a
    world_politics text, a readability page, the seed or a gold's corpus record (gold-fifteenth's used_texts and
    key, imported), not named by a gold, not one of the 31 pages gold-fifteenth's WALK names; at least 3 hits of
    POL plus gold-fifteenth's DOMESTIC pattern and more of them than ECON hits, any length (gold-fifteenth's walk
    used all pages of its 150-1,000 word, 5-hit filter).
(b) BBC politics: every record left, any length (eval/gold_selection.bbc_candidates: repeated texts dropped).
(c) Reuters-21578: 80-1,200 words, at least 3 POL hits and more POL than ECON hits.
Each list is sorted by id and shuffled with random.Random(SEED). They were walked in order with the earlier golds'
rules: political news (conflict and security, protest, diplomacy, domestic politics, aid, sanctions, law
enforcement against public figures, officials or firms), at least two events, not the same news story as one an
earlier gold took or one already taken, at most three stories on one conflict, at most one analysis/opinion piece;
at most 5 pages, at most 2 BBC, Reuters up to 12 stories in all. WALK_* give each position's reason."""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import ECON, POL, audited_records, bbc_candidates, used_records  # noqa: E402
import gold_selection  # noqa: E402

SEED = 20261217
SHARED = "/work/shared"
OWN = "eval/gold-twentieth/"
select15 = gold_script("select15", "gold-fifteenth", "select_stories.py")

WALK_PAGES = [
    ("4648a420af99", False, "a company blog introducing its new chief executive: business"),
    ("e1c7023ee214", False, "hibernating astronauts and smaller spacecraft: science"),
    ("3d8f3404cf97", False, "an awards-season piece on a film song: entertainment"),
    ("cc4aa22b8212", False, "a gift guide for technology: shopping"),
    ("374ac9a59a85", False, "an airline orders jets and talks of expansion: business"),
    ("d48aeb9cf2f2", False, "Instagram business-account analytics: technology"),
    ("16c30add7e96", False, "an explainer on the causes of Delhi's air pollution: environment and health, no "
                            "event between political actors"),
    ("eecd2575093b", False, "a basketball game: sport"),
    ("e372e42c0a3d", False, "a physician (a former president's son) stabbed to death, a suspect arrested: ordinary "
                            "crime, the victim no public figure"),
    ("e7d77f186980", False, "Black Friday deals: shopping"),
    ("3cb22bfabed8", False, "an electric car unveiled: business"),
    ("05844573ca7e", False, "new cars at a motor show: business"),
    ("c00962aabe7b", False, "a space-policy essay on lunar landers: space industry analysis, no news event"),
    ("f5c90a6d5253", True, "National Review column on the impeachment inquiry: the one analysis/opinion piece "
                           "(political; tests must-not-code, with past acts as optional background)"),
    ("3ce1c8fdf6ad", False, "state swimming results: sport"),
    ("63db31a161b3", False, "a video game review: entertainment"),
    ("076f4f33bf75", False, "a fact check of an oxygen bar in Delhi: not political"),
    ("c58aa507c4de", True, "USA Today: two federal prison officers charged over Epstein's unchecked cell, plead not "
                           "guilty; senators criticise the Bureau of Prisons' director: law enforcement against "
                           "officials, domestic politics"),
    ("851498a2b9f4", False, "books on a film director: culture"),
    ("eb62ac8425e5", False, "a music-industry feud: entertainment (gold-fifteenth skipped the same dispute)"),
    ("0e014df693f1", False, "bottled water on mountain hikes: not news"),
]
WALK_BBC = [
    ("bbc-politics-397", False, "Blunkett hints at the election date: speculation about an announcement, no event"),
    ("bbc-politics-250", False, "an essay on what the election should be about: opinion (the one opinion piece "
                                "is taken), no news event"),
    ("bbc-politics-406", False, "a profile of Gordon Brown: no news event"),
    ("bbc-politics-293", True, "Kilroy-Silk launches Veritas after quitting UKIP; UKIP's leaders criticise him and "
                               "call on a defecting Assembly member to stand down: domestic politics (news part, "
                               "then readers' comments)"),
    ("bbc-politics-290", False, "a thriller writer's essay against control orders, with readers' comments: opinion "
                                "(a second opinion piece)"),
    ("bbc-politics-380", False, "the minimum wage increased: an economic policy announcement, no interaction (as "
                                "gold-nineteenth skipped Brown's budget)"),
    ("bbc-politics-111", False, "Kilroy-Silk launches Veritas: the story of bbc-politics-293 (another version)"),
]
WALK_REUTERS = [
    ("reuters-19025", True, "South Korea threatens emergency measures if violent protests continue; demonstrators "
                            "battle riot police: protest and security"),
    ("reuters-19092", True, "a one-day strike by Belgian public employees against a pay offer: protest"),
    ("reuters-18000", True, "US and Soviet negotiators complete a draft missile treaty text: diplomacy"),
    ("reuters-2229", True, "Baldrige may recommend retaliation against Japan over the Kansai airport; Nakasone's "
                           "commitment: diplomacy (a trade threat between governments)"),
    ("reuters-17953", False, "the Venice economic summit's prospects: economic-policy forecasts, no event"),
    ("reuters-20459", True, "Iran and the Soviet Union agree to hold oil talks, agreed during a ministerial visit: "
                            "diplomacy"),
    ("reuters-11389", True, "guerrillas attack an army base in El Salvador, a US adviser among the dead: conflict "
                            "(El Salvador 1)"),
    ("reuters-14825", True, "the French government wins a confidence vote, the opposition votes against: domestic "
                            "politics"),
    ("reuters-3567", True, "Japan's foreign minister cancels a US trip; the opposition accuses the ruling party of "
                           "railroading the budget: domestic politics and diplomacy"),
    ("reuters-5031", False, "an industry group to file trade petitions: trade lobbying, no act between political "
                            "actors"),
    ("reuters-16732", False, "an opinion poll: no event"),
    ("reuters-9183", True, "Zhao says the threat behind last December's student demonstrations is curbed and "
                           "accuses party leaders of laxity: domestic politics"),
]


def named_files():
    """gold_selection.named_files for this gold (imported by the later golds that walk its lists on)."""
    return gold_selection.named_files(OWN, f"{SHARED}/gold/dev/articles.json")


def shuffled(ids):
    key = lambda i: (i.rsplit("-", 1)[0], int(i.rsplit("-", 1)[1])) if "-" in i else (i, 0)  # noqa: E731
    out = sorted(ids, key=key)
    random.Random(SEED).shuffle(out)
    return out


def page_candidates(named):
    pages = json.load(open(select15.BENCH))
    scrapinghub = {e["id"] for e in json.load(open(f"{SHARED}/corpus/html/scrapinghub/manifest.json"))}
    walked15 = {prefix for prefix, _, _ in select15.WALK}
    used = select15.used_texts()
    out = []
    for pid in sorted(pages):
        body = pages[pid]["articleBody"]
        if pid in scrapinghub or pid in named or pid[:12] in walked15:
            continue
        k = select15.key(body)
        if any(k[:300] in u or (u and u[:300] in k) for u in used):
            continue
        pol = len(POL.findall(body)) + len(select15.DOMESTIC.findall(body))
        if pol >= 3 and pol > len(ECON.findall(body)):
            out.append(pid)
    return shuffled(out), pages


def reuters_candidates(excluded):
    out = []
    for line in gzip.open(f"{SHARED}/corpus/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or not 80 <= len(r["text"].split()) <= 1200:
            continue
        pol, econ = len(POL.findall(r["text"])), len(ECON.findall(r["text"]))
        if pol >= 3 and pol > econ:
            out.append(r["id"])
    return shuffled(out)


def print_walk(label, order, walk, describe):
    reasons = {n: ("TAKEN" if t else "skipped") + ": " + why for n, t, why in walk}
    assert [n for n, _, _ in walk] == [o[:len(n)] for o, (n, _, _) in zip(order, walk)], label + ": the list moved"
    for i, n in enumerate(order, 1):
        print(label, i, describe(n))
        print("   ", reasons.get(n[:12] if label == "page" else n, "not walked"))


def main():
    os.chdir(os.path.dirname(EVAL))
    named = named_files()
    excluded = used_records(own_folder=OWN) | audited_records() | named
    pages_order, pages = page_candidates(named)
    bbc = shuffled(bbc_candidates(excluded, ("politics",), (1, 100000)))
    reu = reuters_candidates(excluded)
    print(len(pages_order), "page,", len(bbc), "bbc,", len(reu), "reuters candidates;", len(excluded), "excluded",
          file=sys.stderr)
    print_walk("page", pages_order, WALK_PAGES,
               lambda p: f"{p[:12]} {len(pages[p]['articleBody'].split())} {pages[p]['url']}")
    print_walk("bbc", bbc, WALK_BBC, lambda n: n)
    print_walk("reuters", reu[:len(WALK_REUTERS)], WALK_REUTERS, lambda n: n)
    taken = [n for walk in (WALK_PAGES, WALK_BBC, WALK_REUTERS) for n, t, _ in walk if t]
    print(len(taken), "taken:", taken, file=sys.stderr)


if __name__ == "__main__":
    main()
