#!/usr/bin/env python3
"""Derive ``eventwire/events/data/verdict_polarity.tsv``: the adjectives that pass a verdict, approving or
condemning, when said of a party's act ("said Japan's package was encouraging", "called the US move reckless").

Run from the project root with the build requirements installed::

    .venv/bin/pip download --no-deps vaderSentiment==3.3.2 -d /tmp/vader
    .venv/bin/python scripts/build_polarity.py --vader /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl \
        [--shared ../shared]

(only the wheel's word list is read, so the package, which pulls in an HTTP client, is not a build requirement;
an installed vaderSentiment or an unpacked vader_lexicon.txt serve as well)

Sources (facts only: a word, its mean rating, how often a word occurs):
  * the VADER sentiment lexicon (PyPI ``vaderSentiment``, MIT): ten raters' valence of each word, -4 to +4
  * news-like text the project may read, to keep the words news uses: the NGEC synthetic stories (MIT) and the
    ConfliBERT and CASE-2021 sentences in ``gold/dev``
A word is kept when the raters agree on a clear valence (mean at least ``MIN_VALENCE`` away from zero, spread at
most ``MAX_SPREAD``), news text uses it at least ``MIN_NEWS_COUNT`` times and the coder's parser reads it as a
plain adjective where a verdict stands (the complement of "be", the modifier of a noun) and where a noun would
stand, less the adjectives of a feeling, a harm or a bare quality (``DESCRIPTIVE``): the table then holds evaluations, not the nouns and verbs of harm ("war", "killed") that describe an act instead of
judging it, nor chat words ("lol") no story uses.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "eventwire" / "events" / "data" / "verdict_polarity.tsv"
MIN_VALENCE = 1.5  # a clear valence: "good" 1.9 and "unacceptable" -2.0 pass, "laughable" 0.2 does not
MAX_SPREAD = 1.0   # raters who disagree ("laughable" 1.7) mark a word whose reading depends on the context
MIN_NEWS_COUNT = 3
# Adjectives of a feeling or a state rather than of a judgement: said of an act they describe it ("the attack was
# deadly", "the move was sad") or, of a person, how they feel; the verdict adjectives are kept apart from them.
DESCRIPTIVE = frozenset({
    "dead", "deadly", "fatal", "lethal", "violent", "bloody", "brutal", "killed", "injured", "wounded", "sad",
    "happy", "glad", "angry", "afraid", "scared", "fearful", "nervous", "anxious", "worried", "upset", "hurt",
    "lonely", "tragic", "painful", "sick", "ill", "poor", "rich", "free", "safe", "secure", "strong", "weak",
    "successful", "unsuccessful", "popular", "unpopular", "famous", "lucky", "unlucky", "hopeful", "hopeless",
    "confident", "proud", "ashamed", "excited", "eager", "pleased", "satisfied", "dissatisfied", "disappointed",
    "surprised", "shocked", "stunned", "amazed", "interested", "bored", "tired", "calm", "quiet", "peaceful",
    "true", "false", "sure", "certain", "easy", "difficult", "hard", "serious", "great",
    "huge", "big", "large", "best", "better", "worse", "worst", "fine", "okay", "ok", "nice", "funny", "fun",
    "love", "lovely", "beautiful", "ugly", "warm", "cool", "hot", "cold", "dark", "bright", "clean", "dirty",
    "alive", "healthy", "unhealthy", "rare", "ready", "prepared", "willing", "unwilling", "able", "unable",
    "helpless", "desperate", "delighted", "grateful", "thankful", "outraged", "uneasy", "mad", "keen",
    # qualities that describe a plan or a person without approving it ("an ambitious plan", "a powerful army")
    "ambitious", "powerful", "special", "pretty", "exciting", "interesting", "super", "intellectual", "attractive",
    "dynamic", "creative", "favorite", "smart", "brave", "loyal", "sincere", "earnest", "irritant", "suspicious",
    "unstable", "punishable", "fake",
})


def vader_rows(path: Path | None) -> list[tuple[str, float, float]]:
    """(word, mean, spread) for each single-word entry of the VADER lexicon."""
    if path is None:
        try:
            from importlib import resources

            text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
        except ModuleNotFoundError:
            sys.exit("vaderSentiment is not installed: pass --vader with its wheel (see the module docstring)")
    elif path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            text = wheel.read("vaderSentiment/vader_lexicon.txt").decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].isalpha() and parts[0].islower():
            rows.append((parts[0], float(parts[1]), float(parts[2])))
    return rows


def news_counts(shared: Path) -> Counter:
    """How often each lower-case word occurs in the news-like text of ``shared``."""
    texts = []
    with zipfile.ZipFile(shared / "reference/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip") as z:
        for name in z.namelist():
            with z.open(name) as f:
                texts += [" ".join(row) for row in csv.reader(io.TextIOWrapper(f, encoding="utf-8"))]
    for name in ("conflibert-quad-train.tsv", "case2021-task2-test-labeled.tsv"):
        texts.append((shared / "gold/dev" / name).read_text(encoding="utf-8"))
    return Counter(w for t in texts for w in re.findall(r"[a-z]+(?:-[a-z]+)*", t.lower()))


def read_as_adjective(nlp, words: list[str]) -> set[str]:
    """The words the parser tags as plain adjectives (JJ) after "was", before a noun and where a verb or a noun
    would stand ("We saw his {}": "accept", "doubt" and "gratitude" read as nouns there)."""
    frames = ("The decision was {}.", "It was a {} decision.", "We saw his {} yesterday.")
    kept = set(words)
    for frame in frames:
        docs = nlp.pipe(frame.format(w) for w in words)
        kept &= {w for w, doc in zip(words, docs) if len(doc) > 3 and doc[3].tag_ == "JJ"}
    return kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--vader", type=Path, help="the vaderSentiment wheel or its vader_lexicon.txt "
                                               "(default: the installed package's)")
    args = ap.parse_args()
    import spacy

    sys.path.insert(0, str(ROOT))
    from eventwire.nlp import DEFAULT_MODEL

    news = news_counts(args.shared)
    clear = [(w, m) for w, m, s in vader_rows(args.vader) if abs(m) >= MIN_VALENCE and s <= MAX_SPREAD
             and w not in DESCRIPTIVE and news[w] >= MIN_NEWS_COUNT]
    adjectives = read_as_adjective(spacy.load(DEFAULT_MODEL), [w for w, _ in clear])
    rows = sorted((w, "+" if m > 0 else "-", m) for w, m in clear if w in adjectives)
    with OUT.open("w", encoding="utf-8") as out:
        out.write("word\tpolarity\tvalence\n")
        for word, sign, mean in rows:
            out.write(f"{word}\t{sign}\t{mean:.1f}\n")
    print(f"{len(rows)} verdict adjectives ({sum(r[1] == '+' for r in rows)} approving) -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
