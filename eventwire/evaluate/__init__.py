"""``eventwire eval``: every accuracy figure eventwire claims comes from here.

Sections run when their data is present and skip (saying so) when it is not, so a user's fresh
clone without ``../shared`` can still score its own gold. Figures are compared with the floors
pinned in ``eval/floors.json``: a figure below its floor makes the command fail, so quality never
drops silently.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

from ..config import Config
from ..errors import ConfigError
from ._articles import ArticleReport, score_article

REPO = Path(__file__).resolve().parents[2]


def default_shared() -> Path | None:
    for cand in (os.environ.get("EVENTWIRE_SHARED"), REPO.parent / "shared", Path.cwd().parent / "shared"):
        if cand and Path(cand, "README.md").exists():
            return Path(cand)
    return None


def _article_text(shared: Path | None, gold_path: Path, rel: str) -> str | None:
    roots = [gold_path.parent]
    if shared is not None:
        roots = [shared / "corpus", shared] + roots
    for root in roots:
        p = root / rel
        if p.exists():
            return p.read_text("utf-8")
    return None


def coder_results(articles: list[dict[str, Any]], texts: dict[str, str], config: Config) -> dict[str, dict[str, Any]]:
    from ..model import RawDocument
    from ..pipeline import Pipeline

    raws = [RawDocument(id=a["file"], text=texts[a["file"]], published=a.get("published")) for a in articles if a["file"] in texts]
    return {d.id: d.to_dict() for d in Pipeline(config).process(raws)}


def eval_articles(gold: Path, shared: Path | None, config: Config, verbose: bool = False) -> dict[str, Any]:
    try:
        articles = json.loads(gold.read_text("utf-8"))["articles"]
    except (KeyError, ValueError) as exc:
        raise ConfigError("E904", path=str(gold), detail=str(exc)) from exc
    texts = {a["file"]: t for a in articles if (t := _article_text(shared, gold, a["file"])) is not None}
    out: dict[str, Any] = {}
    for coder in (config["events.coder"], "eventwire.keyword_baseline.v1"):
        cfg = Config.load(overrides={"events": {"coder": coder}})
        cfg.data["nlp"] = config.data["nlp"]
        results = coder_results(articles, texts, cfg)
        total = ArticleReport()
        for art in articles:
            if art["file"] in results:
                total.merge(score_article(art, results[art["file"]]))
        p, r, f = total.prf("full")
        tp, tr, tf = total.prf("type")
        row = {"events_p": p, "events_r": r, "events_f1": f, "type_p": tp, "type_r": tr, "type_f1": tf,
               "forbidden": total.forbidden, "articles": len(results)}
        for name, t in total.tallies.items():
            row[name] = t.rate
            row[name + "_n"] = f"{t.hit}/{t.total}"
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
        if key.endswith("_n") or key == "articles":
            continue
        extra = f"  [{main.get(key + '_n')}]" if key + "_n" in main else ""
        print(f"  {key:34} {_fmt(main[key]):>10} {_fmt(base.get(key, '-')):>10}{extra}")
    return {f"articles.{k}": v for k, v in main.items() if isinstance(v, float)}


def _optional(module: str, attr: str) -> Callable | None:
    import importlib

    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return None


@section("html")
def _html(ctx: dict[str, Any]) -> dict[str, float] | str:
    shared = ctx["shared"]
    fn = _optional("eventwire.ingest._htmleval", "score_html_extraction")
    bench = shared / "corpus" / "html" / "article-extraction-benchmark" if shared else None
    if fn is None or bench is None or not bench.exists():
        return "skipped: needs ../shared/corpus/html/article-extraction-benchmark"
    res = fn(str(bench))
    print("  HTML main-text extraction: " + ", ".join(f"{k} {_fmt(v)}" for k, v in res.items()))
    return {f"html.{k}": v for k, v in res.items() if isinstance(v, float)}


def run_eval(*, gold: str | None, shared: str | None, config: Config, verbose: bool = False, only: str | None = None,
             floors_path: Path | None = None) -> int:
    shared_dir = Path(shared) if shared else default_shared()
    gold_path = Path(gold) if gold else (shared_dir / "gold" / "dev" / "articles.json" if shared_dir else None)
    if gold_path is not None and not gold_path.exists():
        gold_path = None
    ctx = {"gold": gold_path, "shared": shared_dir, "config": config, "verbose": verbose}
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
            if key in figures and figures[key] + 1e-9 < floor:
                broken.append(f"{key} {figures[key]:.3f} < floor {floor}")
    if broken:
        print("FLOORS BROKEN: " + "; ".join(broken))
        return 1
    return 0
