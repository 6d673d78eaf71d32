"""Seeded candidate list for the sixteenth article gold: political news stories of the Lee background corpus
(ABC, Australia, late 2001; gensim's test_data/lee_background.cor, one story a line, 300 lines).
Usage (from /work/main; the corpus file is inside the gensim 4.3.3 wheel that fetch_texts.py pins):
    python3 eval/gold-sixteenth/select_stories.py [PATH/TO/lee_background.cor]   (no path: download the wheel)

Filter: 80-600 words; at least 3 hits of the shared political pattern (eval/gold_selection.py POL) and more of
them than economic hits (ECON). The threshold is lower than the Reuters draws' 5 because Lee stories are short
(200 words on average, against 150-600 for the Reuters draws). Excluded: the 25 lines already in
shared/corpus/world_politics (lee_NNN.txt, NNN the 0-based line), and any line whose opening (first 300
characters, punctuation and case ignored) occurs in, or starts with the opening of, a world_politics text.
The candidates are sorted by line number and shuffled with random.Random(20261129); the list was walked in
that order (WALK below and README.md give each one's reason)."""
import glob
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_selection import ECON, POL  # noqa: E402

SHARED = "/work/shared"
SEED = 20261129
MIN_POL = 3

# The walk, in the order printed: (line, taken, reason). A story was taken when it is political news (conflict
# and security, protest, diplomacy, domestic politics, aid, sanctions, or law enforcement against public
# figures), reports at least two events, and is not the same story as one already taken.
WALK = [
    (91, False, "a motorway route through a WW1 battlefield in Belgium: planning and heritage, not political news"),
    (142, False, "a minister on what the Government knows of David Hicks: statements, fewer than two events"),
    (102, True, "the Law Council says the proposed ASIO detention powers need safeguards: domestic politics"),
    (24, False, "police escort stranded tourists: a rescue, not political"),
    (57, False, "Afghan interim cabinet to meet after its inauguration: a ceremony and a speech, no interaction"),
    (75, True, "Bush calls on allies to freeze the assets of two groups, accuses them: sanctions, accusations"),
    (226, False, "three US soldiers killed by a misdirected US bomb: an accident, identification of the dead"),
    (133, True, "the hunt for bin Laden around Tora Bora; commanders threaten villagers: conflict and security"),
    (79, False, "roof collapse at a South African shopping centre: an accident"),
    (249, True, "Australian SAS troops arrive in Afghanistan; the Bonn talks: conflict and diplomacy"),
    (156, True, "bank staff strike, Westpac calls it unjustified: protest and unrest (labour)"),
    (131, True, "Solomon Islands prime minister elected; Arafat's call to halt attacks welcomed: politics, diplomacy"),
    (145, True, "Israel cuts ties with Arafat and strikes Palestinian cities: conflict"),
    (268, True, "anti-Taliban forces take half of Kandahar airport; US bombing near Jalalabad: conflict"),
    (138, False, "the Solomon Islands parliament meets to choose a prime minister: the story of line 131"),
    (267, True, "Sharon blames Arafat, Israeli strikes, Hamas calls for attacks, arrests, Amnesty: conflict"),
    (107, False, "the Tora Bora cave search goes on: the story of line 133"),
    (265, True, "unions attack a department report on outsourcing IT work to India: domestic politics"),
    (162, True, "Truss lobbies in Washington against US farm subsidies, criticises them: diplomacy (trade)"),
    (49, False, "European monarchs' Christmas messages: speeches, no events"),
    (86, True, "Argentina: Cavallo reported to resign, police teargas protesters: protest and unrest"),
]


def key(text):
    return re.sub(r"\W+", " ", text).lower().strip()


def world_politics_lee():
    """Line numbers and normalised texts of every world_politics text (Lee or not)."""
    lines, texts = set(), []
    for f in glob.glob(f"{SHARED}/corpus/world_politics/*.txt"):
        m = re.search(r"lee_(\d+)\.txt$", f)
        if m:
            lines.add(int(m.group(1)))
        texts.append(key(open(f, encoding="utf-8").read()))
    return lines, texts


def candidates(stories):
    used_lines, used = world_politics_lee()
    out = []
    for n, text in enumerate(stories):
        if n in used_lines or not 80 <= len(text.split()) <= 600:
            continue
        opening = key(text)[:300]
        if any(opening in u or (u and u[:300] in key(text)) for u in used):
            continue
        pol = len(POL.findall(text))
        if pol >= MIN_POL and pol > len(ECON.findall(text)):
            out.append(n)
    out.sort()
    random.Random(SEED).shuffle(out)
    return out


def read_cor(path):
    stories = open(path, encoding="utf-8").read().split("\n")
    assert len(stories) == 300, len(stories)
    return stories


if __name__ == "__main__":
    if len(sys.argv) > 1:
        stories = read_cor(sys.argv[1])
    else:  # no path: read the corpus from the pinned wheel, as fetch_texts.py does
        from fetch_texts import cor_from_wheel
        stories = cor_from_wheel().decode("utf-8").split("\n")
    order = candidates(stories)
    print(len(order), "candidates", file=sys.stderr)
    reasons = {n: ("TAKEN" if taken else "skipped") + ": " + why for n, taken, why in WALK}
    for i, n in enumerate(order, 1):
        print(i, n, len(stories[n].split()), stories[n][:90])
        print("   ", reasons.get(n, "not walked"))
