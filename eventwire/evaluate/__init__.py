"""``eventwire eval``: every accuracy figure eventwire claims comes from here.

Sections run when their data is present and skip (saying so) when it is not, so a user's fresh
clone without ``../shared`` can still score its own gold. Figures are compared with the floors
pinned in ``eval/floors.json``: a figure below its floor makes the command fail, so quality never
drops silently.
"""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any, Callable

from ..config import Config
from ..errors import ConfigError
from ..ingest._jsonl import with_dateline
from ._articles import ArticleReport, Tally, score_article

REPO = Path(__file__).resolve().parents[2]


def default_shared() -> Path | None:
    for cand in (os.environ.get("EVENTWIRE_SHARED"), REPO.parent / "shared", Path.cwd().parent / "shared"):
        if cand and Path(cand, "README.md").exists():
            return Path(cand)
    return None


def _article_text(shared: Path | None, gold_path: Path, rel: str) -> str | None:
    """The text a gold article names: a file ("world_politics/lee_001.txt"), one record of a JSON
    Lines corpus ("reuters21578.jsonl.gz#reuters-123") or one entry of a JSON object keyed by id whose
    values hold an ``articleBody`` (the HTML benchmark's "ground-truth.json#<id>"), looked for in
    ../shared/corpus, ../shared and beside the gold file."""
    rel, _, record = rel.partition("#")
    roots = [gold_path.parent]
    if shared is not None:
        roots = [shared / "corpus", shared] + roots
    for root in roots:
        p = root / rel
        if p.exists():
            return _corpus_index(p).get(record) if record else p.read_text("utf-8")
    return None


@functools.lru_cache(maxsize=4)
def _corpus_index(path: Path) -> dict[str, str]:
    import gzip

    opener = gzip.open if path.suffix == ".gz" else open
    out: dict[str, str] = {}
    if path.suffix == ".json":
        # One JSON object of records keyed by id (the benchmark's ground truth), not JSON Lines.
        with opener(path, "rt", encoding="utf-8") as fh:
            whole = json.load(fh)
        return {str(k): v["articleBody"] for k, v in whole.items()
                if isinstance(v, dict) and isinstance(v.get("articleBody"), str)} if isinstance(whole, dict) else {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and "id" in row and isinstance(row.get("text"), str):
                # As the product's reader does: a wire record's dateline field is put back in front of its text.
                out[str(row["id"])] = with_dateline(row["text"], row.get("dateline"))
    return out


def coder_results(articles: list[dict[str, Any]], texts: dict[str, str], config: Config) -> dict[str, dict[str, Any]]:
    from ..model import RawDocument
    from ..pipeline import Pipeline

    raws = [RawDocument(id=_key(a), text=texts[_key(a)], published=a.get("published")) for a in articles if _key(a) in texts]
    docs = list(Pipeline(config).process(raws))
    _warn_errors(docs)
    return {d.id: d.to_dict() for d in docs}


def _warn_errors(docs: list[Any]) -> None:
    """A stage that crashed on a document costs it its events: never let that pass unseen."""
    failed = [(d.id, e.message) for d in docs for e in d.errors if e.stage not in ("ingest", "clean")]
    if failed:
        print(f"  WARNING: {len(failed)} stage errors, e.g. {failed[0][0]}: {failed[0][1][:160]}")


def _key(article: dict[str, Any]) -> str:
    """An article's id within a pooled run: its file, prefixed by its gold when several golds are pooled."""
    return article.get("_key") or article["file"]


def gold_files(gold: Path) -> list[Path]:
    """The article gold files ``--gold`` names: one JSON file, or a list (a ``.txt`` file naming one gold per
    line, as a folder holding ``articles.json`` or as the file itself, relative to the list; ``#`` starts a
    comment) whose golds are scored pooled, as one set."""
    if gold.suffix != ".txt":
        return [gold]
    out = []
    for line in gold.read_text("utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            p = gold.parent / name
            out.append(p / "articles.json" if p.is_dir() else p)
    missing = [str(p) for p in out if not p.exists()]
    if missing:
        raise ConfigError("E904", path=str(gold), detail=f"the list names golds that do not exist: {', '.join(missing)}")
    return out


def _load_articles(gold: Path, shared: Path | None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    files = gold_files(gold)
    articles: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for path in files:
        try:
            these = json.loads(path.read_text("utf-8"))["articles"]
        except (KeyError, ValueError) as exc:
            raise ConfigError("E904", path=str(path), detail=str(exc)) from exc
        for a in these:
            if len(files) > 1:
                a = {**a, "_key": f"{path.parent.name}/{a['file']}"}
            articles.append(a)
            if (t := _article_text(shared, path, a["file"])) is not None:
                texts[_key(a)] = t
    return articles, texts


def eval_articles(gold: Path, shared: Path | None, config: Config, verbose: bool = False) -> dict[str, Any]:
    articles, texts = _load_articles(gold, shared)
    out: dict[str, Any] = {}
    for coder in (config["events.coder"], "eventwire.keyword_baseline.v1"):
        cfg = config.with_overrides({"events": {"coder": coder}})  # the user's config, only the coder swapped
        results = coder_results(articles, texts, cfg)
        total = ArticleReport()
        for art in articles:
            if _key(art) in results:
                total.merge(score_article(art, results[_key(art)]))
        p, r, f = total.prf("full")
        tp, tr, tf = total.prf("type")
        row = {"events_p": p, "events_r": r, "events_f1": f, "type_p": tp, "type_r": tr, "type_f1": tf,
               "forbidden": total.forbidden, "articles": len(results),
               "events_r_n": f"{total.found_full}/{total.required}", "events_p_n": f"{total.good_full}/{total.predicted}"}
        for name, t in total.tallies.items():
            row[name] = t.rate
            row[name + "_n"] = f"{t.hit}/{t.total}"
        bands, ece = total.reliability("type")
        row["confidence_ece"] = round(ece, 3)
        row["confidence_ece_with_parties"] = round(total.reliability("full")[1], 3)
        row["_bands"] = bands
        out[coder] = row
        if verbose and coder == config["events.coder"]:
            for line in total.misses + total.extras:
                print("   ", line)
    return out


def _fmt(v: Any) -> str:
    return f"{v:.2f}" if isinstance(v, float) else str(v)


SECTIONS: dict[str, Callable[..., Any]] = {}


def section(name: str) -> Callable:
    def wrap(fn: Callable) -> Callable:
        SECTIONS[name] = fn
        return fn
    return wrap


@section("articles")
def _articles(ctx: dict[str, Any]) -> dict[str, float] | str:
    gold = ctx["gold"]
    if gold is None:
        return "skipped: no article gold (pass --gold FILE)"
    res = eval_articles(gold, ctx["shared"], ctx["config"], ctx["verbose"])
    main = res[ctx["config"]["events.coder"]]
    base = res["eventwire.keyword_baseline.v1"]
    print(f"  article gold: {gold}  ({main['articles']} articles)")
    print(f"  {'metric':34} {'eventwire':>10} {'baseline':>10}")
    for key in main:
        if key.endswith("_n") or key in ("articles", "_bands"):
            continue
        extra = f"  [{main.get(key + '_n')}]" if key + "_n" in main else ""
        print(f"  {key:34} {_fmt(main[key]):>10} {_fmt(base.get(key, '-')):>10}{extra}")
    print("  confidence reliability (band: events, mean confidence -> share whose type the gold has in that sentence): " +
          "; ".join(f"{b}: {n}, {c:.2f} -> {p:.2f}" for b, n, c, p in main["_bands"]))
    return {f"articles.{k}": v for k, v in main.items() if isinstance(v, float)}


def _report(prefix: str, title: str, res: dict[str, Any]) -> dict[str, float]:
    """Print a scorer's numeric results on one line and return its rates as named figures."""
    shown = {k: v for k, v in res.items() if isinstance(v, (int, float))}
    print(f"  {title}: " + ", ".join(f"{k} {_fmt(v)}" for k, v in shown.items()))
    return {f"{prefix}.{k}": float(v) for k, v in shown.items() if isinstance(v, float)}


def _in_shared(ctx: dict[str, Any], relative: str) -> Path | None:
    """``../shared/<relative>`` when the shared folder is there and holds it, else None: the section is skipped."""
    shared = ctx["shared"]
    path = shared / relative if shared else None
    return path if path is not None and path.exists() else None


def _needs_shared(relative: str) -> str:
    return f"skipped: needs ../shared/{relative}"


@section("html")
def _html(ctx: dict[str, Any]) -> dict[str, float] | str:
    from ..ingest._htmleval import score_html_extraction as fn

    bench = _in_shared(ctx, "corpus/html/article-extraction-benchmark")
    if bench is None:
        return _needs_shared("corpus/html/article-extraction-benchmark")
    return _report("html", "HTML main-text extraction", fn(str(bench)))


def run_eval(*, gold: str | None, shared: str | None, config: Config, verbose: bool = False, only: str | None = None,
             floors_path: Path | None = None, part: str = "test") -> int:
    """``part``: which part of the sentence-level sets (CASE-2021, ConfliBERT) to score: "test", the
    held-out 40% (the figures to report), or "train", the 60% the sentence model learned from (in-sample
    for the model, so optimistic; the part where coder rules may be developed)."""
    shared_dir = Path(shared) if shared else default_shared()
    gold_path = Path(gold) if gold else (shared_dir / "gold" / "dev" / "articles.json" if shared_dir else None)
    if gold_path is not None and not gold_path.exists():
        gold_path = None
    if part not in ("test", "train"):
        raise ConfigError("E902", key="--part", detail=f"unknown part {part!r}; valid: test, train")
    ctx = {"gold": gold_path, "shared": shared_dir, "config": config, "verbose": verbose, "part": part}
    wanted = [s.strip() for s in only.split(",")] if only else list(SECTIONS)
    figures: dict[str, float] = {}
    for name in wanted:
        fn = SECTIONS.get(name)
        if fn is None:
            raise ConfigError("E902", key="--only", detail=f"unknown section {name!r}; valid: {', '.join(SECTIONS)}")
        print(f"[{name}]")
        res = fn(ctx)
        if isinstance(res, str):
            print(f"  {res}")
        else:
            figures.update(res)
    floors_path = floors_path or REPO / "eval" / "floors.json"
    broken = []
    if floors_path.exists():
        floors = json.loads(floors_path.read_text("utf-8"))["floors"]
        for key, floor in floors.items():
            if key.startswith("articles.") and gold is not None:
                continue  # article floors pin the shipped dev gold, not a user's own gold file
            if part == "train" and key.split(".")[0] in ("case2021", "conflibert"):
                continue  # floors pin the held-out part
            if key in figures and figures[key] + 1e-9 < floor:
                broken.append(f"{key} {figures[key]:.3f} < floor {floor}")
    if broken:
        print("FLOORS BROKEN: " + "; ".join(broken))
        return 1
    return 0


# CASE subtypes that are political events without one PLOVER type (expulsions, sanctions,
# claims of responsibility): an event should be coded, any type.
ANY_EVENT_SUBTYPES = frozenset({"DIPLO", "ATTRIB"})


def _held_out(name: str) -> set | None:
    """Ids of the held-out test part (eval/splits.json): the sentence model never trained on them."""
    path = REPO / "eval" / "splits.json"
    if not path.exists():
        return None
    return set(json.loads(path.read_text("utf-8"))[name]["test"])


def _part_label(ctx: dict[str, Any], held_out: set | None) -> str:
    if held_out is None:
        return ""
    return "training-part (in-sample for the sentence model) " if ctx.get("part", "test") == "train" else "held-out "


def _snippet_docs(texts: list[str], config: Config) -> list[Any]:
    from ..model import RawDocument
    from ..pipeline import Pipeline

    raws = [RawDocument(id=str(i), text=t) for i, t in enumerate(texts)]
    docs = list(Pipeline(config).process(raws))
    _warn_errors(docs)
    return docs


def _top(events: list[Any]) -> Any:
    return max(events, key=lambda e: e.confidence) if events else None


@section("case2021")
def _case2021(ctx: dict[str, Any]) -> dict[str, float] | str:
    """CASE-2021 task 2 snippets, subtypes mapped to PLOVER (eventwire/events/data/case2021_to_plover.tsv).
    The sentence model trains on part of them, so only the held-out part (eval/splits.json) is scored."""
    import csv

    from ..events._lexicon import Lexicon

    path = _in_shared(ctx, "gold/dev/case2021-task2-test-labeled.tsv")
    if path is None:
        return _needs_shared("gold/dev/case2021-task2-test-labeled.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    held_out = _held_out("case2021")
    if held_out is not None:
        rows = [r for r in rows if (r["id"] in held_out) == (ctx.get("part", "test") == "test")]
    lex = Lexicon.default()
    docs = _snippet_docs([r["EventSnippet"] for r in rows], ctx["config"])
    detect, any_type, top_type, quiet, any_event = Tally(), Tally(), Tally(), Tally(), Tally()
    confusion: dict[tuple[str, str], int] = {}
    for row, doc in zip(rows, docs):
        mapped = lex.case2021(row["SubType"])
        want = mapped[0] if mapped else ""
        types = {e.event for e in doc.events}
        if row["SubType"] in ANY_EVENT_SUBTYPES:
            any_event.add(bool(doc.events))  # expulsions, claimed attacks: political, but no single type
            continue
        if not want:
            quiet.add(not doc.events)
            continue
        detect.add(bool(doc.events))
        any_type.add(want in types)
        top = _top(doc.events)
        top_type.add(top is not None and top.event == want)
        if top is not None and top.event != want:
            confusion[(want, top.event)] = confusion.get((want, top.event), 0) + 1
    print(f"  {len(rows)} {_part_label(ctx, held_out)}snippets; {detect.total} with a PLOVER type, "
          f"{any_event.total} political without one type (DIPLO, ATTRIB), {quiet.total} non-political (disasters, crime, other)")
    print(f"  events coded on DIPLO/ATTRIB snippets       {any_event}")
    print(f"  detection recall (any event coded)      {detect}")
    print(f"  type accuracy, gold type among events   {any_type}")
    print(f"  type accuracy, top-confidence event     {top_type}")
    print(f"  no event on non-political snippets      {quiet}")
    worst = sorted(confusion.items(), key=lambda kv: -kv[1])[:6]
    print("  most common confusions (gold -> top): " + ", ".join(f"{g}->{p} {n}" for (g, p), n in worst))
    return {"case2021.detection_recall": detect.rate, "case2021.type_accuracy_any": any_type.rate,
            "case2021.type_accuracy_top": top_type.rate, "case2021.quiet_on_nonevents": quiet.rate}


@section("probes")
def _probes(ctx: dict[str, Any]) -> dict[str, float] | str:
    """Invented one-construction sentences (eval/probes.tsv): a type (and modality) some event must
    have, or no event at all, and actor/recipient codes. Development data, so optimistic; it needs
    nothing from ../shared."""
    import csv

    path = REPO / "eval" / "probes.tsv"
    if not path.exists():
        return "skipped: needs eval/probes.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    # Probes test what the coder detects, negated events included (the default output leaves those out).
    docs = _snippet_docs([r["sentence"] for r in rows], ctx["config"].with_overrides({"events": {"report_negated": True}}))
    typed, roles = Tally(), Tally()
    for row, doc in zip(rows, docs):
        if row["type"] == "-":
            ok = not doc.events
            typed.add(ok)
            if not ok and ctx["verbose"]:
                print(f"    no event expected: {row['sentence']} -> {[e.event for e in doc.events]}")
        elif row["type"]:
            ok = any(e.event == row["type"] and (not row.get("modality") or e.modality == row["modality"]) for e in doc.events)
            typed.add(ok)
            if not ok and ctx["verbose"]:
                print(f"    type {row['type']} {row.get('modality') or ''}: {row['sentence']} -> "
                      f"{[(e.event, e.modality) for e in doc.events]}")
        if row["actor"]:
            want = set(filter(None, row["recipient"].split("|")))
            ok = any(row["actor"] in {a.code for a in e.actor} and (not want or want & {r.code for r in e.recipient})
                     for e in doc.events)
            roles.add(ok)
            if not ok and ctx["verbose"]:
                print(f"    roles {row['actor']}->{row['recipient']}: {row['sentence']} -> "
                      f"{[(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]}")
    print(f"  invented probes: type {typed}; actor and recipient {roles}")
    return {"probes.type": typed.rate, "probes.roles": roles.rate}


@section("conflibert")
def _conflibert(ctx: dict[str, Any]) -> dict[str, float] | str:
    """ConfliBERT quad labels: 0 no event, 1 verbal coop, 2 material coop, 3 verbal conflict,
    4 material conflict. The prediction is the quad of the top-confidence event (0 when none).
    The sentence model trains on part of the file, so only the held-out part (eval/splits.json) is scored."""
    import csv

    path = _in_shared(ctx, "gold/dev/conflibert-quad-train.tsv")
    if path is None:
        return _needs_shared("gold/dev/conflibert-quad-train.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        indexed = list(enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)))
    held_out = _held_out("conflibert")
    train = ctx.get("part", "test") == "train"
    rows = [r for i, r in indexed if len(r) >= 2 and r[-1].strip().isdigit() and (held_out is None or (i in held_out) != train)]
    print(f"  {len(rows)} {_part_label(ctx, held_out)}sentences")
    docs = _snippet_docs([r[0] for r in rows], ctx["config"])
    acc = Tally()
    per: dict[int, Tally] = {}
    for row, doc in zip(rows, docs):
        gold = int(row[-1])
        top = _top(doc.events)
        pred = top.quad_code if top is not None else 0
        acc.add(pred == gold)
        per.setdefault(gold, Tally()).add(pred == gold)
    print(f"  quad accuracy {acc}; per gold quad: " + ", ".join(f"{q}: {t}" for q, t in sorted(per.items())))
    return {"conflibert.quad_accuracy": acc.rate}


@section("synthetic")
def _synthetic(ctx: dict[str, Any]) -> dict[str, float] | str:
    """Type recall on the lead sentence of NGEC's synthetic stories, which carry one PLOVER type per
    story: is the story's type among the events coded in its first sentence? A lead need not tell the
    labelled event, so the figure is a floor on recall, by type, for all 16 types (the real golds are
    thin on most of them). DEVELOPMENT data: lexicon rows were added from its misses (docs/lexicon.md)."""
    import csv
    import io
    import re
    import zipfile

    shared = ctx["shared"]
    zpath = next((shared / "reference" / "ngec").glob("gpt_synthetic_events_*.csv.zip"), None) if shared else None
    if zpath is None:
        return "skipped: needs ../shared/reference/ngec/gpt_synthetic_events_*.csv.zip"
    with zipfile.ZipFile(zpath) as zf:
        rows = list(csv.DictReader(io.TextIOWrapper(zf.open(zf.namelist()[0]), encoding="utf-8")))
    per_type = 60
    by_label: dict[str, list[str]] = {}
    for row in rows:
        if row.get("text", "").strip():
            by_label.setdefault(row.get("label", "").strip().upper(), []).append(row["text"].strip())
    sentence_end = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“A-Z0-9])")
    picked: dict[str, list[str]] = {}
    for label, texts in by_label.items():
        # Every k-th story of the type: the file runs through one headline template after another,
        # so a stride spreads the sample over templates without a random draw.
        stride = max(1, len(texts) // per_type)
        picked[label] = [sentence_end.split(t, maxsplit=1)[0] for t in texts[::stride][:per_type]]
    items = [(label, lead) for label, leads in sorted(picked.items()) for lead in leads]
    docs = _snippet_docs([lead for _, lead in items], ctx["config"])
    total = Tally()
    per: dict[str, Tally] = {}
    for (label, _), doc in zip(items, docs):
        hit = label in {e.event for e in doc.events}
        total.add(hit)
        per.setdefault(label, Tally()).add(hit)
    print(f"  {len(items)} leads (up to {per_type} per type, spread over the file); story type among the lead's events {total}")
    print("  per type: " + ", ".join(f"{t} {v.rate:.2f}" for t, v in sorted(per.items(), key=lambda kv: kv[1].rate)))
    return {"synthetic.type_recall": total.rate}


@section("actors")
def _actors(ctx: dict[str, Any]) -> dict[str, float] | str:
    from ..actors._eval import score_conflibert_actors as fn

    path = _in_shared(ctx, "gold/dev/conflibert-actor-bio-train.txt")
    if path is None:
        return _needs_shared("gold/dev/conflibert-actor-bio-train.txt")
    return _report("actors", "ConfliBERT actor spans (resolver coverage)", fn(str(path)))


@section("dates")
def _dates(ctx: dict[str, Any]) -> dict[str, float] | str:
    from ..time._eval import score_reuters_dates as fn

    tsv = REPO / "eval" / "dates-reuters.tsv"
    corpus = _in_shared(ctx, "corpus/reuters21578.jsonl.gz")
    if corpus is None or not tsv.exists():
        return _needs_shared("corpus/reuters21578.jsonl.gz") + " and eval/dates-reuters.tsv"
    return _report("dates", "Reuters-21578 date expressions (hand-annotated)", fn(str(tsv), str(corpus)))


@section("datelines")
def _datelines(ctx: dict[str, Any]) -> dict[str, float] | str:
    from ..geo._eval import score_reuters_datelines as fn

    corpus = _in_shared(ctx, "corpus/reuters21578.jsonl.gz")
    if corpus is None:
        return _needs_shared("corpus/reuters21578.jsonl.gz")
    return _report("datelines", "Reuters-21578 dateline city -> a country in the article's places", fn(str(corpus)))


def _bio_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    out, toks, tags = [], [], []
    for line in path.read_text("utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) != 2 or not line.strip():
            if toks:
                out.append((toks, tags))
                toks, tags = [], []
            continue
        toks.append(parts[0])
        tags.append(parts[1])
        if parts[0] in (".", "!", "?") and parts[1] == "O":
            out.append((toks, tags))
            toks, tags = [], []
    if toks:
        out.append((toks, tags))
    return out


def _bio_spans(tags: list[str], role: str) -> list[set[int]]:
    spans, cur = [], None
    for i, t in enumerate(tags):
        if t == f"B-{role}":
            cur = {i}
            spans.append(cur)
        elif t == f"I-{role}" and cur is not None:
            cur.add(i)
        else:
            cur = None
    return spans


@section("actor_spans")
def _actor_spans(ctx: dict[str, Any]) -> dict[str, float] | str:
    """Source/target actor spans of the coded events against ConfliBERT's BIO tags (lenient:
    a span matches when it shares a token), and country agreement on matched spans that name
    exactly one country. The tags carry no codes; the country a gold span names is read off it
    with the actor knowledge base."""
    path = _in_shared(ctx, "gold/dev/conflibert-actor-bio-train.txt")
    if path is None:
        return _needs_shared("gold/dev/conflibert-actor-bio-train.txt")
    from ..actors import find_actor_mentions

    sents = _bio_sentences(path)
    texts, offsets = [], []
    for toks, _ in sents:
        pos, offs = 0, []
        for t in toks:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        texts.append(" ".join(toks))
        offsets.append(offs)
    docs = _snippet_docs(texts, ctx["config"])
    res: dict[str, list[int]] = {"S": [0, 0, 0], "T": [0, 0, 0]}  # matched gold, gold, predicted
    country = Tally()
    for (toks, tags), offs, doc in zip(sents, offsets, docs):
        for role, key in (("S", "actor"), ("T", "recipient")):
            gold = _bio_spans(tags, role)
            pred: list[tuple[set[int], str | None]] = []
            for ev in doc.events:
                for party in getattr(ev, key):
                    at = doc.text.find(party.entity_text) if party.entity_text else -1
                    if at < 0:
                        continue
                    span = {i for i, (a, b) in enumerate(offs) if a < at + len(party.entity_text) and at < b}
                    if span and all(span != p for p, _ in pred):
                        pred.append((span, party.code))
            res[role][1] += len(gold)
            res[role][2] += len(pred)
            for g in gold:
                hit = next((code for p, code in pred if p & g), "none")
                if hit != "none":
                    res[role][0] += 1
                    named = {e.code for e in find_actor_mentions(" ".join(toks[i] for i in sorted(g)))
                             if e.code and len(e.code) == 3 and e.label in ("COUNTRY", "NORP", "GPE", "AGENT")}
                    if len(named) == 1:
                        country.add(hit in named)
    out: dict[str, float] = {}
    for role, name in (("S", "source"), ("T", "target")):
        m, g, p = res[role]
        r = m / g if g else 0.0
        pr = min(1.0, m / p) if p else 0.0
        f = 2 * pr * r / (pr + r) if pr + r else 0.0
        print(f"  {name} actor spans: P {pr:.2f} R {r:.2f} F1 {f:.2f}  (gold {g}, predicted {p}, lenient token overlap)")
        out[f"actor_spans.{name}_f1"] = f
    print(f"  code agrees with the one country a matched gold span names: {country}")
    out["actor_spans.country_agreement"] = country.rate
    return out
