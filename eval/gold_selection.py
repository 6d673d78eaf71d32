"""What the seeded story draws of the blind golds (eval/gold-*/select_stories.py) share: the records no new
gold may take, BBC stories with repeated texts dropped, and the printed candidate lists. Each script keeps
its own seed and filters, so a draw re-runs the same."""
import glob
import gzip
import json
import random
import re
import sys

SHARED = "/work/shared/corpus"
DEV_GOLD = "/work/shared/gold/dev/articles.json"  # the shared development gold, whose records no draw may take
# The world_politics texts that are Reuters-21578 records under another name.
WORLD_POLITICS_REUTERS = (107, 1938, 8675, 8679, 8749, 9209, 10244, 10647)


# The golds in the order they were written. A draw excludes only the golds written before it: a later gold's
# records must not reshuffle an earlier draw's filtered list when the earlier script is re-run.
GOLD_ORDER = ("gold", "gold-heldout", "gold-fresh", "gold-more", "gold-extra", "gold-last", "gold-wire", "gold-tenth",
              "gold-eleventh", "gold-twelfth", "gold-thirteenth", "gold-fourteenth", "gold-fifteenth",
              "gold-sixteenth", "gold-seventeenth", "gold-eighteenth", "gold-nineteenth", "gold-twentieth",
              "gold-twenty-first", "gold-twenty-second", "gold-twenty-third", "gold-twenty-fourth",
              "gold-twenty-fifth", "gold-twenty-sixth", "gold-twenty-seventh", "gold-twenty-eighth",
              "gold-twenty-ninth", "gold-thirtieth", "gold-thirty-first", "gold-thirty-second",
              "gold-thirty-third", "gold-thirty-fourth", "gold-thirty-fifth", "gold-thirty-sixth",
              "gold-thirty-seventh", "gold-thirty-eighth", "gold-thirty-ninth", "gold-fortieth",
              "gold-forty-first", "gold-forty-second", "gold-forty-third", "gold-forty-fourth",
              "gold-forty-fifth", "gold-forty-sixth", "gold-forty-seventh", "gold-forty-eighth",
              "gold-forty-ninth", "gold-fiftieth", "gold-fifty-first", "gold-fifty-second",
              "gold-fifty-third", "gold-fifty-fourth", "gold-fifty-fifth", "gold-fifty-sixth",
              "gold-fifty-seventh", "gold-fifty-eighth", "gold-fifty-ninth", "gold-sixtieth",
              "gold-sixty-first", "gold-sixty-second", "gold-sixty-third", "gold-sixty-fourth",
              "gold-sixty-fifth", "gold-sixty-sixth", "gold-sixty-seventh", "gold-sixty-eighth",
              "gold-sixty-ninth", "gold-seventieth")


def _folder_name(path):
    return path.rstrip("/").split("/")[-1] if "/" in path.rstrip("/") else path.rstrip("/")


def golds_written_after(own_folder):
    """The eval/gold*/articles.json files of the golds written after ``own_folder`` (none if it is not listed)."""
    own = _folder_name(own_folder)
    if own not in GOLD_ORDER:
        return []
    later = set(GOLD_ORDER[GOLD_ORDER.index(own) + 1:])
    return [g for g in glob.glob("eval/gold*/articles.json") if g.split("/")[-2] in later]


def records_of(gold_files):
    """Corpus ids and file names the given articles.json files hold."""
    held = set()
    for g in gold_files:
        for a in json.load(open(g))["articles"]:
            f = a["file"]
            if "#" in f:
                held.add(f.split("#")[1])
            m = re.search(r"(reuters21578|bbc)_(\w+?)_?(\d+)\.txt$", f)
            if m and m.group(1) == "reuters21578":
                held.add(f"reuters-{int(m.group(3))}")
            elif m:
                held.add(f"bbc-{m.group(2)}-{m.group(3)}")
    return held


def named_files(own_folder, dev_gold):
    """The `file` ids (after '#', or the whole field) of every gold written before ``own_folder`` (every other gold
    when it is not in GOLD_ORDER) and of the shared dev gold ``dev_gold``: a later gold's records would reshuffle
    the filtered lists of an earlier draw."""
    named, later = set(), set(golds_written_after(own_folder))
    for g in glob.glob("eval/gold*/articles.json") + [dev_gold]:
        if g.startswith(own_folder) or g in later:
            continue
        d = json.load(open(g))
        for a in d["articles"] if isinstance(d, dict) else d:
            named.add(a["file"].split("#")[-1])
    return named


def used_records(used_ids_path=None, own_folder=None):
    """Ids of every record a gold of this project already holds (file names and corpus ids), the world_politics
    Reuters ids and the ids in ``used_ids_path``; ``own_folder`` (e.g. "eval/gold-twelfth/") and the golds written
    after it are left out, so that a draw re-runs the same after its gold (and later ones) were written."""
    excluded = set(json.load(open(used_ids_path))) if used_ids_path else set()
    skip = set(golds_written_after(own_folder)) if own_folder else set()
    golds = [g for g in glob.glob("eval/gold*/articles.json")
             if not (own_folder and g.startswith(own_folder)) and g not in skip]
    return excluded | records_of(golds) | {f"reuters-{n}" for n in WORLD_POLITICS_REUTERS}


def audited_records(first=None):
    """Corpus ids whose eventwire output a session's audits read (eval/audited_ids.json, from the thirteenth
    session on; earlier sessions' samples were not kept). A new blind gold should leave them out too:
    ``used_records(...) | audited_records()``. Kept apart from ``used_records`` so that older draws re-run
    the same. The file only ever grows at its end, so ``first`` (the number of ids it held when a draw was made)
    gives that draw's set back after later audits added ids."""
    import os

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "audited_ids.json")
    ids = json.load(open(path)) if os.path.exists(path) else []
    return set(ids[:first] if first is not None else ids)


def bbc_candidates(excluded, categories=("politics",), words=(150, 600)):
    """BBC stories of 150-600 words (``words``) in ``categories``, in file order, the same story under a second
    id dropped."""
    out, seen = [], set()
    for line in gzip.open(f"{SHARED}/bbc-news-2225.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or r["category"] not in categories:
            continue
        key = re.sub(r"\W+", " ", r["text"][:300]).lower()
        if key in seen:
            continue
        seen.add(key)
        if words[0] <= len(r["text"].split()) <= words[1]:
            out.append(r["id"])
    return out


def print_candidates(reu, bbc, excluded):
    print(len(reu), "reuters candidates,", len(bbc), "bbc candidates,", len(excluded), "excluded", file=sys.stderr)
    for c in reu:
        print(c)
    print("--")
    for c in bbc:
        print(c)


# The widened political filter of the twelfth and later golds (their READMEs say why it is wider than the tenth's).
POL = re.compile(r"\b(troops|soldiers|army|war|rebels?|guerrillas?|coup|protest\w*|demonstrat\w*|strikes?|"
                 r"riots?|election|ministers?|president|talks|sanctions?|arrest\w*|killed|attack\w*|hostages?|"
                 r"embassy|diplomat\w*|parliament|opposition|police|military|ceasefire|cease-fire|summit|"
                 r"prime minister|retaliat\w*|accus\w*|warned|condemn\w*|negotiat\w*|aid|visit\w*|"
                 r"government|bomb\w*|clash\w*|expel\w*|refugees?)\b", re.I)
ECON = re.compile(r"\b(pct|mln|dlrs|shares|stock|tonnes|bushels|quarter|profit|dividend|crude|prices?|"
                  r"bank|debt|budget|inflation|rates?|earnings|revenue|trade|tariffs?|exports?|imports?)\b", re.I)


def political_draw(seed, excluded, bbc_categories=("politics",), wide=False):
    """Reuters items of 150-600 words with at least 5 political hits and more political than economic ones,
    and BBC candidates; both sorted by id, then shuffled with ``seed``. ``wide`` takes 100-900 words and 3
    political hits: by the fifteenth session the audits had read all but a few dozen of the narrow pool."""
    words, min_pol = ((100, 900), 3) if wide else ((150, 600), 5)
    reu = []
    for line in gzip.open(f"{SHARED}/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or not words[0] <= len(r["text"].split()) <= words[1]:
            continue
        pol, econ = len(POL.findall(r["text"])), len(ECON.findall(r["text"]))
        if pol >= min_pol and pol > econ:
            reu.append(r["id"])
    bbc = bbc_candidates(excluded, bbc_categories, words)
    key = lambda i: (i.rsplit("-", 1)[0], int(i.rsplit("-", 1)[1]))  # noqa: E731
    reu.sort(key=key)
    bbc.sort(key=key)
    rng = random.Random(seed)
    rng.shuffle(reu)
    rng.shuffle(bbc)
    return reu, bbc


def held_now(own_folder, dev_gold=DEV_GOLD):
    """Every record a gold holds now (``own_folder``'s left out), the shared dev gold's and every audited record:
    what a draw's taken stories must stay clear of, whenever it is re-run."""
    golds = [g for g in glob.glob("eval/gold*/articles.json") if not g.startswith(own_folder)]
    named = set()
    for g in golds + [dev_gold]:
        d = json.load(open(g))
        for a in d["articles"] if isinstance(d, dict) else d:
            named.add(a["file"].split("#")[-1])
    return used_records(own_folder=own_folder) | audited_records() | named | records_of(golds)


def positions_asked(argv):
    """How many list positions a draw's command line asks to print (``[script, N]``); None: the walked ones."""
    return None if len(argv) < 2 else int(argv[1])


def print_walk(order, records, walk, start, held, show=None):
    """Check a walk of a shuffled Reuters list and print it: the walk is the list's order from position ``start``
    (1-based), no taken story is in ``held``; each position with its words, title and reason (stdout), the
    taken ids (stderr)."""
    taken = [n for n, t, _ in walk if t]
    clash = set(taken) & held
    assert not clash, f"taken records held elsewhere: {sorted(clash)}"
    walked = order[start - 1:start - 1 + len(walk)]
    assert [n for n, _, _ in walk] == walked, "the walk is not the list's order"
    reasons = {n: ("TAKEN" if t else "skipped") + ": " + why for n, t, why in walk}
    for i, n in enumerate(order[start - 1:start - 1 + (len(walk) if show is None else show)], start):
        print("reuters", i, n, len(records[n]["text"].split()), records[n]["title"])
        print("   ", reasons.get(n, "not walked"))
    print(len(taken), "taken:", taken, file=sys.stderr)


def print_list_walks(walks, held=frozenset()):
    """Check and print walks of several shuffled lists, each ``(label, order, walk, start)``: ``walk`` must be
    ``order`` from position ``start`` (1-based) on, and no walked record may be in ``held`` (what the project
    excludes now). Prints each walked position as "label position id" and its reason (stdout), then the ids taken
    from all the lists (stderr). Like ``print_walk``, for draws that walk a BBC list beside a Reuters one."""
    walked = {n for _, _, walk, _ in walks for n, _, _ in walk}
    clash = walked & set(held)
    assert not clash, "a walked record is excluded: " + ", ".join(sorted(clash))
    for label, order, walk, start in walks:
        left = order[start - 1:]
        assert [n for n, _, _ in walk] == left[:len(walk)], label + ": the list moved"
        reasons = {n: ("TAKEN" if t else "skipped") + ": " + why for n, t, why in walk}
        for i, n in enumerate(left[:max(len(walk), 1)], start):
            print(label, i, n)
            print("   ", reasons.get(n, "not walked"))
    taken = [n for _, _, walk, _ in walks for n, t, _ in walk if t]
    print(len(taken), "taken:", taken, file=sys.stderr)


def _excluded_before(own_folder, audited):
    """What a list declared for the gold ``own_folder`` leaves out, as it was drawn: the golds written before it, the
    shared dev gold, ``used_records`` and the first ``audited`` audited records."""
    return used_records(own_folder=own_folder) | audited_records(audited) | named_files(own_folder, DEV_GOLD)


def _unheld_reuters(excluded, first_test=None):
    """Reuters-21578 records outside ``excluded`` (and passing ``first_test`` on their text, when given), a text whose
    first 200 characters repeat an earlier such record's dropped."""
    seen = set()
    for line in gzip.open(f"{SHARED}/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or (first_test is not None and not first_test(r["text"])):
            continue
        key = re.sub(r"\W+", " ", r["text"][:200]).lower()
        if key not in seen:
            seen.add(key)
            yield r


def _by_number_shuffled(ids, rng):
    """``ids`` sorted by their record number, then shuffled in place with ``rng``."""
    ids.sort(key=lambda i: int(i.rsplit("-", 1)[1]))
    rng.shuffle(ids)
    return ids


# The list the twenty-eighth session's blind golds walk (gold-forty-ninth, -fiftieth, -fifty-first, in disjoint
# stretches declared in advance: 1-300, 301-600, 601-900; walked to 155, 486 and 884) and the twenty-ninth session's
# (gold-fifty-second 885-1,134, gold-fifty-third 1,135-1,384, gold-fifty-fourth 212-300 then 487-600, the stretches
# nobody walked, declared before any was read): by the twenty-seventh session gold-twenty-second's business list and
# gold-thirty-sixth's one-keyword list were walked to within a few dozen positions of their ends.
ONE_KEYWORD_BUSINESS_SEED = 20261130
ONE_KEYWORD_BUSINESS_AUDITED = 2322  # eval/audited_ids.json's length when the list was drawn


def one_keyword_business_list():
    """Reuters-21578 ids of 80-1,200 words with exactly 1 hit of POL and at least 1 of ECON (so disjoint from the
    business list, which needs 2 POL hits, and from gold-thirty-sixth's one-keyword list, which needs none of
    ECON), outside what a gold written before gold-forty-ninth, the shared dev gold, ``used_records`` and the audits
    (as the list was drawn) held; sorted by number and shuffled with ONE_KEYWORD_BUSINESS_SEED. Returns the order
    and the records by id. Defined once here so that the three golds walking it rebuild the same list."""
    excluded = _excluded_before("eval/gold-forty-ninth/", ONE_KEYWORD_BUSINESS_AUDITED)
    out, records = [], {}
    for line in gzip.open(f"{SHARED}/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or not 80 <= len(r["text"].split()) <= 1200:
            continue
        if len(POL.findall(r["text"])) == 1 and ECON.findall(r["text"]):
            out.append(r["id"])
            records[r["id"]] = r
    return _by_number_shuffled(out, random.Random(ONE_KEYWORD_BUSINESS_SEED)), records


# The thirtieth session's blind golds. By then the BBC politics and business stories were all held by a gold or an
# audit (six politics stories left, two of them over 1,200 words), so the BBC gold walks what is left of BBC with
# political words in it, the politics remainder first; the Reuters golds walk a new list disjoint from every earlier
# Reuters list (those all need at least one political keyword hit): no political keyword, but a government body
# named twice and two countries named, the stories where states deal with each other in business words.
# Declared before any was read: gold-fifty-fifth walks the whole BBC list; gold-fifty-sixth the cross-border list's
# positions 1-104; gold-fifty-seventh 105-208, then the one-keyword business list's 573-600 and 1,282-1,384.
BBC_REMAINDER_SEED = 20261201
CROSS_BORDER_SEED = 20261202
THIRTIETH_SESSION_AUDITED = 2322  # eval/audited_ids.json's length when these lists were drawn
GOVERNMENT_BODY = re.compile(
    r"\b(congress|senate|ministry|treasury|central bank|federal reserve|commission|opec|gatt|regulators?|"
    r"legislat\w*|court|officials?|administration|lawmakers?|congressional|authorities|state department|"
    r"white house|agency)\b", re.I)
COUNTRY_WORD = re.compile(
    r"\b(U\.S\.|United States|American|Washington|Japan\w*|Tokyo|Brit\w*|U\.K\.|London|Franc\w*|French|Paris|"
    r"German\w*|Bonn|Ital\w*|Canad\w*|Ottawa|Chin\w*|Peking|Soviet|Moscow|Brazil\w*|Mexic\w*|Argentin\w*|Indi\w*|"
    r"Indonesi\w*|Malaysi\w*|Thai\w*|Philippin\w*|Korea\w*|Taiwan\w*|Australi\w*|Zealand|Saudi|Iran\w*|Iraq\w*|"
    r"Kuwait\w*|Egypt\w*|Israel\w*|Turk\w*|Greece|Greek|Spai\w*|Spanish|Portug\w*|Dutch|Netherlands|Belgi\w*|"
    r"Swiss|Switzerland|Swed\w*|Norw\w*|Denmark|Danish|Finland|Finnish|Austria\w*|Poland|Polish|Venezuel\w*|"
    r"Nigeria\w*|Ecuador\w*|Colombia\w*|Chile\w*|Peru\w*|Pakistan\w*|South Africa\w*|Zambia\w*|Zimbabwe\w*|"
    r"Kenya\w*|Bangladesh\w*|Sri Lanka\w*|Hong Kong|Singapore\w*|EC|European Community)\b")


def _thirtieth_session_excluded():
    """What the thirtieth session's lists leave out, as they were drawn (a later gold's records must not reshuffle
    them)."""
    return _excluded_before("eval/gold-fifty-fifth/", THIRTIETH_SESSION_AUDITED)


def bbc_remainder_list():
    """BBC ids of 80-1,200 words with at least 3 political keyword hits, outside what a gold written before
    gold-fifty-fifth, the shared dev gold, ``used_records`` and the audits (as the list was drawn) held, the same
    story under a second id dropped: the politics stories first in file order, then the other categories' sorted
    by id and shuffled with BBC_REMAINDER_SEED. Returns the order and the records by id."""
    excluded = _thirtieth_session_excluded()
    politics, others, records, seen = [], [], {}, set()
    for line in gzip.open(f"{SHARED}/bbc-news-2225.jsonl.gz", "rt"):
        r = json.loads(line)
        key = re.sub(r"\W+", " ", r["text"][:300]).lower()
        if r["id"] in excluded or key in seen:
            continue
        seen.add(key)
        if not 80 <= len(r["text"].split()) <= 1200 or len(POL.findall(r["text"])) < 3:
            continue
        (politics if r["category"] == "politics" else others).append(r["id"])
        records[r["id"]] = r
    others.sort(key=lambda i: (i.rsplit("-", 1)[0], int(i.rsplit("-", 1)[1])))
    random.Random(BBC_REMAINDER_SEED).shuffle(others)
    return politics + others, records


def cross_border_list():
    """Reuters-21578 ids of 80-1,200 words with no political keyword hit, at least two GOVERNMENT_BODY hits and at
    least two different COUNTRY_WORDs (by their first five letters), outside what ``bbc_remainder_list`` leaves
    out; sorted by number and shuffled with CROSS_BORDER_SEED. Returns the order and the records by id."""
    excluded = _thirtieth_session_excluded()
    out, records = [], {}
    for line in gzip.open(f"{SHARED}/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        text = r["text"]
        if r["id"] in excluded or not 80 <= len(text.split()) <= 1200 or POL.search(text):
            continue
        if len(GOVERNMENT_BODY.findall(text)) >= 2 and len({m.lower()[:5] for m in COUNTRY_WORD.findall(text)}) >= 2:
            out.append(r["id"])
            records[r["id"]] = r
    return _by_number_shuffled(out, random.Random(CROSS_BORDER_SEED)), records


# The thirty-first session's blind golds. Every earlier Reuters list needs at least 80 words, so the short wire
# briefs were never walked: the new list holds the 40-79-word records with at least two political keyword hits (one
# hit is mostly a company's "president"), the same text under a second id dropped. Declared before any was read:
# gold-fifty-eighth walks the short list's positions 1-137, gold-fifty-ninth 138-273 (its end); gold-sixtieth the
# cross-border list's unwalked 89-104 and 189-208, then the one-keyword business list's 573-600 and 1,282-1,384.
# The first two stopped at 25 stories (positions 98 and 238), so a fourth gold, gold-sixty-first, declared after
# they were committed and before any of it was read, walks the short list's 99-137 and then 239-273.
SHORT_POLITICAL_SEED = 20261203
THIRTY_FIRST_SESSION_AUDITED = 2322  # eval/audited_ids.json's length when the list was drawn


def short_political_list():
    """Reuters-21578 ids of 40-79 words with at least two POL hits, outside what a gold written before
    gold-fifty-eighth, the shared dev gold, ``used_records`` and the audits (as the list was drawn) held, a text whose
    first 200 characters repeat an earlier record's dropped; sorted by number and shuffled with SHORT_POLITICAL_SEED.
    Returns the order and the records by id."""
    excluded = _excluded_before("eval/gold-fifty-eighth/", THIRTY_FIRST_SESSION_AUDITED)
    records = {r["id"]: r for r in _unheld_reuters(excluded, lambda text: 40 <= len(text.split()) < 80)
               if len(POL.findall(r["text"])) >= 2}
    return _by_number_shuffled(list(records), random.Random(SHORT_POLITICAL_SEED)), records


# The thirty-second session's blind golds. Every list before it walked records by length and keyword bands that left
# out, or skipped, what a walk found off its bounds: a conflict already three times in the gold, or a story that its
# list's filter (more political than economic hits) did not let through. The remainder list holds every Reuters-21578
# record of 80-399 words with at least three political keyword hits that no gold, audit or use holds yet (economic
# hits not counted), the same text under a second id dropped. Declared before any was read: gold-sixty-second walks
# positions 1-166, gold-sixty-third 167-333, gold-sixty-fourth 334 to the end; each stops at 20 stories.
REMAINDER_SEED = 20261204
THIRTY_SECOND_SESSION_AUDITED = 2322  # eval/audited_ids.json's length when the list was drawn


def remainder_list():
    """Reuters-21578 ids of 80-399 words with at least three POL hits, outside what a gold written before
    gold-sixty-second, the shared dev gold, ``used_records`` and the audits (as the list was drawn) held, a text whose
    first 200 characters repeat an earlier record's dropped; sorted by number and shuffled with REMAINDER_SEED.
    Returns the order and the records by id."""
    excluded = _excluded_before("eval/gold-sixty-second/", THIRTY_SECOND_SESSION_AUDITED)
    records = {r["id"]: r for r in _unheld_reuters(excluded)
               if 80 <= len(r["text"].split()) < 400 and len(POL.findall(r["text"])) >= 3}
    return _by_number_shuffled(list(records), random.Random(REMAINDER_SEED)), records


# A fourth blind gold of the thirty-second session, declared after gold-sixty-second and -sixty-third were committed
# (their walks found 16 and 11 stories) and before any of it was read: the shortest wire items no list reached,
# Reuters-21578 records of 20-39 words with at least two political keyword hits, then those of 20-79 words with at
# most one hit but a government body and two different country words (the cross-border list's filter, for briefs).
# gold-sixty-fifth walks it all and stops at 20 stories.
BRIEF_REMAINDER_SEED = 20261205


def brief_remainder_list():
    """Reuters-21578 ids of 20-39 words with at least two POL hits, then of 20-79 words with at most one POL hit, a
    GOVERNMENT_BODY hit and two different COUNTRY_WORDs (by their first five letters), outside what a gold written
    before gold-sixty-fifth, the shared dev gold, ``used_records`` and the audits (as the list was drawn) held, a text
    whose first 200 characters repeat an earlier record's dropped; each part sorted by number and shuffled with
    BRIEF_REMAINDER_SEED. Returns the order and the records by id."""
    excluded = _excluded_before("eval/gold-sixty-fifth/", THIRTY_SECOND_SESSION_AUDITED)
    political, cross_border, records = [], [], {}
    for r in _unheld_reuters(excluded):
        text = r["text"]
        words, hits = len(text.split()), len(POL.findall(text))
        if 20 <= words < 40 and hits >= 2:
            political.append(r["id"])
        # (country words by their first five letters as written: unlike cross_border_list's, not lower-cased; the
        # list was drawn and walked so)
        elif (20 <= words < 80 and hits <= 1 and GOVERNMENT_BODY.search(text)
              and len({m[:5] for m in COUNTRY_WORD.findall(text)}) >= 2):
            cross_border.append(r["id"])
        else:
            continue
        records[r["id"]] = r
    rng = random.Random(BRIEF_REMAINDER_SEED)
    return _by_number_shuffled(political, rng) + _by_number_shuffled(cross_border, rng), records


# The thirty-third session's blind golds. By then every Reuters-21578 record of 80-399 words with three political
# keyword hits was held, audited or skipped by a walk. The long list holds every unheld record of 400 words or more
# with at least three hits (long stories: more events each, retold and nested); the two-hit list every unheld record
# of 80-399 words with exactly two hits (mostly markets; the walk skips what is not political news). Declared before
# any was read: gold-sixty-sixth walks the long list's positions 1-68, gold-sixty-seventh 69-136, gold-sixty-eighth
# 137 to the end, each stopping at 8 stories; gold-sixty-ninth walks the two-hit list from 1 and stops at 20.
LONG_REMAINDER_SEED = 20261206
TWO_HIT_SEED = 20261207
THIRTY_THIRD_SESSION_AUDITED = 2322  # eval/audited_ids.json's length when the lists were drawn


def long_remainder_list():
    """Reuters-21578 ids of 400 words or more with at least three POL hits, outside what a gold written before
    gold-sixty-sixth, the shared dev gold, ``used_records`` and the audits (as the list was drawn) held, a text whose
    first 200 characters repeat an earlier record's dropped; sorted by number and shuffled with LONG_REMAINDER_SEED.
    Returns the order and the records by id."""
    excluded = _excluded_before("eval/gold-sixty-sixth/", THIRTY_THIRD_SESSION_AUDITED)
    records = {r["id"]: r for r in _unheld_reuters(excluded)
               if len(r["text"].split()) >= 400 and len(POL.findall(r["text"])) >= 3}
    return _by_number_shuffled(list(records), random.Random(LONG_REMAINDER_SEED)), records


def two_hit_list():
    """Reuters-21578 ids of 80-399 words with exactly two POL hits, outside what a gold written before
    gold-sixty-sixth (the list was drawn before any of the session's golds existed), the shared dev gold, ``used_records`` and the audits (as the list was drawn) held, a text whose
    first 200 characters repeat an earlier record's dropped; sorted by number and shuffled with TWO_HIT_SEED.
    Returns the order and the records by id."""
    excluded = _excluded_before("eval/gold-sixty-sixth/", THIRTY_THIRD_SESSION_AUDITED)
    records = {r["id"]: r for r in _unheld_reuters(excluded)
               if 80 <= len(r["text"].split()) < 400 and len(POL.findall(r["text"])) == 2}
    return _by_number_shuffled(list(records), random.Random(TWO_HIT_SEED)), records


# The thirty-fourth session's blind gold, drafted at the end of the thirty-third after gold-sixty-sixth ... -sixty-ninth
# were committed (the long list's stretches held 4, 3 and 5 political stories, the two-hit list 12), and committed
# before any of it was read: the unheld records of 400 words or more with exactly two political keyword hits.
# gold-seventieth walks it all and stops at 10 stories.
LONG_TWO_HIT_SEED = 20261208


def long_two_hit_list():
    """Reuters-21578 ids of 400 words or more with exactly two POL hits, outside what a gold written before
    gold-sixty-sixth, the shared dev gold, ``used_records`` and the audits (as the list was drawn) held, a text whose
    first 200 characters repeat an earlier record's dropped; sorted by number and shuffled with LONG_TWO_HIT_SEED.
    Returns the order and the records by id."""
    excluded = _excluded_before("eval/gold-sixty-sixth/", THIRTY_THIRD_SESSION_AUDITED)
    records = {r["id"]: r for r in _unheld_reuters(excluded)
               if len(r["text"].split()) >= 400 and len(POL.findall(r["text"])) == 2}
    return _by_number_shuffled(list(records), random.Random(LONG_TWO_HIT_SEED)), records
