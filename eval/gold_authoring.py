"""Shorthands the gold build scripts (eval/gold-*/build_gold.py) write their annotations with, so that each
script holds only its data. The records follow the format of eval/gold/README.md. The vocabulary and text
matching the gold check scripts (eval/gold-*/check_gold.py) share are here too, and the loader by which a gold's
scripts reuse an earlier gold's (``gold_script``, ``check_with``, ``lee_fetcher``, ``lee_stories``)."""
import importlib.util
import os
import re

EVAL = os.path.dirname(os.path.abspath(__file__))


def gold_script(name, folder, filename):
    """An earlier gold's script (eval/<folder>/<filename>) imported under a name of its own: every gold has its
    own fetch_texts.py, check_gold.py and select_stories.py, so a plain import would find the wrong one."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(EVAL, folder, filename))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_with(folder, argv, default="articles.json"):
    """Run an earlier gold's check (eval/<folder>/check_gold.py, its main()) on the gold named on the command line
    ``argv`` (``default`` without one), for a gold whose `file` kinds that check already reads; returns its exit
    status, for sys.exit."""
    check = gold_script("check_" + folder.replace("-", "_"), folder, "check_gold.py")
    return check.main(argv[1] if len(argv) > 1 else default)


def lee_fetcher(gold_dir, lines):
    """gold-sixteenth's fetch_texts.py aimed at another Lee gold: its functions read LINES and TEXTS at call time,
    so replacing them points every step (the pinned wheel, the sha256 checks, idempotence) at that gold."""
    module = gold_script("fetch16", "gold-sixteenth", "fetch_texts.py")
    module.LINES = lines
    module.TEXTS = os.path.join(gold_dir, "texts")
    return module


def lee_stories(argv):
    """The Lee background corpus, one story a line, that the Lee golds' select_stories.py walk: from the path given
    on their command line, else from the pinned gensim wheel (gold-sixteenth's fetch_texts.py)."""
    select16 = gold_script("select16", "gold-sixteenth", "select_stories.py")
    if len(argv) > 1:
        return select16.read_cor(argv[1])
    fetch16 = gold_script("fetch16", "gold-sixteenth", "fetch_texts.py")
    return fetch16.cor_from_wheel().decode("utf-8").split("\n")

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"historical", "future", "hypothetical"}
ATTRIBUTIONS = {"official", "anonymous", "media", "organization"}


def norm(t):
    """Case and whitespace folded, as the scorer matches anchors and phrases."""
    return re.sub(r"\s+", " ", t).strip().lower()


def count(haystack, needle):
    """How often ``needle`` occurs in ``haystack``, both folded by ``norm``."""
    return len(re.findall(re.escape(norm(needle)), norm(haystack)))


def assert_event_values(e):
    """A gold event's values are known ones: PLOVER 2.0 types, three-capital-letter codes, a modality and an
    attribution of the gold format (the check scripts stop at the first that is not)."""
    assert e["types"] and set(e["types"]) <= TYPES, e
    for side in ("actor", "recipient"):
        assert all(re.fullmatch(r"[A-Z]{3}", c) for c in e.get(side) or []), e
    assert e.get("modality", "historical") in MODALITIES, e
    assert e.get("attribution", "official") in ATTRIBUTIONS, e


def print_counts(articles, bad):
    """The check scripts' summary line: what the gold holds, and ``bad`` problems found."""
    ev = sum(len(a["events"]) for a in articles)
    req = sum(1 for a in articles for e in a["events"] if e.get("required", True))
    print(f"{len(articles)} articles, {ev} events ({req} required), {sum(len(a['forbid']) for a in articles)} forbid, "
          f"{sum(len(a['places']) for a in articles)} places, {sum(len(a['dates']) for a in articles)} dates, "
          f"{sum(len(a['quantities']) for a in articles)} quantities, "
          f"{sum(len(a.get('boilerplate', [])) for a in articles)} boilerplate; {bad} problems")


def check_texts(path, texts, copy_dirs=()):
    """gold-sixteenth's check (which reads each `file` beside the gold) run on the gold at ``path`` whose texts
    are given as ``texts`` (`file` name -> text): each is written under its `file` name to a temporary folder, with
    the gold and the folders ``copy_dirs`` beside it (e.g. Lee texts). Returns that check's exit status."""
    import shutil
    import tempfile

    work = tempfile.mkdtemp()
    try:
        for d in copy_dirs:
            shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(path)), d), os.path.join(work, d))
        for name, text in texts.items():
            target = os.path.join(work, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(text)
        shutil.copy(path, os.path.join(work, "articles.json"))
        return gold_script("check16", "gold-sixteenth", "check_gold.py").main(os.path.join(work, "articles.json"))
    finally:
        shutil.rmtree(work)


def E(types, anchor, actor=None, recipient=None, req=True, **kw):
    """One gold event: acceptable types, its anchor phrase, acceptable actor and recipient codes."""
    e = {"types": types}
    if actor: e["actor"] = actor
    if recipient: e["recipient"] = recipient
    e["anchor"] = anchor
    if not req: e["required"] = False
    e.update(kw)
    return e


def F(phrase, allow=None):
    """A forbid phrase: no event of any type (or of a type outside ``allow``) may be coded there."""
    f = {"phrase": phrase}
    if allow: f["allow_types"] = allow
    return f


def P(text, country, lat=None, lon=None):
    p = {"text": text, "country": country}
    if lat is not None: p["lat"], p["lon"] = lat, lon
    return p


def D(text, value): return {"text": text, "value": value}
def Q(text, value, of): return {"text": text, "value": value, "of": of}


# Modalities and the corpus file prefixes the later golds write events and records with.
H, FUT, HYP = "historical", "future", "hypothetical"
REU, BBC = "reuters21578.jsonl.gz#reuters-", "bbc-news-2225.jsonl.gz#bbc-"
# The codes the golds accept for a kind of actor beside (or instead of) its country.
IGO, IMG, MNC, NGO = "IGO", "IMG", "MNC", "NGO"
# BBC records carry no date: 2005-02-15 as the earlier golds give them; their relative dates are not resolved.
BBC_PUB = "2005-02-15"
# The Lee stories (texts/lee_bg_NNN.txt beside a Lee gold) carry no date either; the world_politics manifest says
# "circa 2001-11..2002-01", and the golds give them 2001-11-01 (each gold says which relative dates it leaves out).
LEE_PUB, LEE_TEXTS = "2001-11-01", "texts/lee_bg_"


def article(file, published, events, forbid=(), places=(), dates=(), quantities=(), boilerplate=()):
    """One article record of the gold format, from records already built with the shorthands above."""
    return {"file": file, "published": published, "events": events, "forbid": list(forbid),
            "places": list(places), "dates": list(dates), "quantities": list(quantities),
            "boilerplate": list(boilerplate)}


def write_gold(articles, script):
    """Write ``articles.json`` beside the build script ``script`` (its ``__file__``), with the folder's
    ``about.txt`` as the gold's "about", and print the counts."""
    import json
    import os

    here = os.path.dirname(os.path.abspath(script))
    about = open(os.path.join(here, "about.txt")).read().strip()
    with open(os.path.join(here, "articles.json"), "w") as fh:
        json.dump({"about": about, "articles": articles}, fh, indent=1, ensure_ascii=False)
    n = sum(len(a["events"]) for a in articles)
    req = sum(1 for a in articles for e in a["events"] if e.get("required", True))
    print(len(articles), "articles,", n, "events,", req, "required")
