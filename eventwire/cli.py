"""The command line: each command is a thin wrapper over a plain function of the package."""
from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
from datetime import datetime, timezone
from typing import Any, Iterator

from .config import Config
from .errors import ConfigError, EventwireError
from .model import Document

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EXPORT_FORMATS = {"jsonl": "eventwire.export.jsonl.v1", "csv": "eventwire.export.csv.v1",
                  "tsv": "eventwire.export.polecat_tsv.v1"}


def _date_arg(option: str):
    def parse(value: str) -> str:
        if not _DATE.match(value):
            raise argparse.ArgumentTypeError(str(ConfigError("E905", value=value, option=option)))
        return value
    return parse


def _documents(args: argparse.Namespace, config: Config) -> Iterator[Document]:
    from .ingest import read_inputs
    from .pipeline import Pipeline

    raws = read_inputs(args.inputs, published=args.published, max_bytes=config["ingest.max_bytes"],
                       feed_year=getattr(args, "feed_year", None))
    if getattr(args, "jobs", 1) and args.jobs > 1:
        from .scale import process_parallel

        yield from process_parallel(raws, jobs=args.jobs, config=config, published=args.published)
    else:
        yield from Pipeline(config).process(raws, published=args.published)


def _write_line(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_extract(args: argparse.Namespace, config: Config) -> int:
    for doc in _documents(args, config):
        _write_line(doc.to_dict())
    return 0


def cmd_code(args: argparse.Namespace, config: Config) -> int:
    for doc in _documents(args, config):
        for ev in doc.events:
            row = ev.to_dict()
            row["doc_id"] = doc.id
            _write_line(row)
    return 0


def cmd_ingest(args: argparse.Namespace, config: Config) -> int:
    from .store import Store

    run_id = uuid.uuid4().hex[:12]
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    counts = {"documents": 0, "events": 0, "errors": 0, "skipped": 0, "replaced": 0}
    with Store(args.db) as store:
        batch: list[Document] = []

        def flush() -> None:
            summary = store.write_documents(batch, run_id=run_id, replace=args.replace)
            counts["skipped"] += summary.skipped_duplicates
            counts["replaced"] += summary.replaced
            counts["errors"] += len(summary.errors)
            for err in summary.errors:
                print(f"error: {err}", file=sys.stderr)
            batch.clear()

        for doc in _documents(args, config):
            counts["documents"] += 1
            counts["events"] += len(doc.events)
            if doc.errors:
                counts["errors"] += 1
                for err in doc.errors:
                    print(f"{doc.id}: {err.message}", file=sys.stderr)
            batch.append(doc)
            if len(batch) >= 64:
                flush()
        if batch:
            flush()
        store.record_run(run_id, config.to_dict(), started, datetime.now(timezone.utc).isoformat(timespec="seconds"), counts)
    print(f"ingested {counts['documents']} documents ({counts['skipped']} already stored, {counts['replaced']} replaced, "
          f"{counts['errors']} with errors), {counts['events']} events into {args.db}", file=sys.stderr)
    return 0


def cmd_events(args: argparse.Namespace, config: Config) -> int:
    from .registry import exporters
    from .store import EventQuery, Store, format_table

    with Store(args.db, read_only=True) as store:
        rows = store.query_events(EventQuery(type=args.type, actor=args.actor, recipient=args.recipient,
                                             since=args.since, until=args.until, limit=args.limit))
    if args.format == "table":
        print(format_table(rows))
    else:
        exporters.get(EXPORT_FORMATS[args.format]).factory(rows, sys.stdout)
    return 0


def cmd_explain(args: argparse.Namespace, config: Config) -> int:
    from .explain import explain_text

    text = " ".join(args.text) if args.text else sys.stdin.read()
    print(explain_text(text, published=args.published, config=config, as_json=args.json))
    return 0


def cmd_eval(args: argparse.Namespace, config: Config) -> int:
    from .evaluate import run_eval

    return run_eval(gold=args.gold, shared=args.shared, config=config, verbose=args.verbose, only=args.only,
                    part=args.part)


def cmd_bench(args: argparse.Namespace, config: Config) -> int:
    from .evaluate.bench import run_bench

    return run_bench(corpus=args.corpus, n=args.n, config=config)


def cmd_actors(args: argparse.Namespace, config: Config) -> int:
    import os

    from . import actors

    extra = [p for p in [args.file, *config["actors.extra_files"]] if p and os.path.exists(p)]
    kb = actors.ActorKB.load(extra_paths=extra) if extra else actors.ActorKB.default()
    if args.action == "lookup":
        print(actors.explain_lookup(" ".join(args.name), args.date, kb))
    elif args.action == "list":
        for row in actors.list_actors(kb, name_contains=" ".join(args.name) if args.name else None,
                                      code=args.code, sector=args.sector, date=args.date):
            _write_line(row)
    elif args.action == "add":
        actors.add_actor(args.file, name=" ".join(args.name), code=args.code, sector=args.sector, office=args.office,
                         valid_from=args.valid_from, valid_to=args.valid_to)
        print(f"added {' '.join(args.name)!r} to {args.file}")
    return 0


def cmd_info(args: argparse.Namespace, config: Config) -> int:
    from . import __version__, registry
    from .nlp import model_info

    print(json.dumps({"eventwire": __version__, "model": model_info(config["nlp.model"]),
                      "registry": registry.snapshot(), "config": config.to_dict()}, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eventwire", description="Turn news articles into PLOVER event records.")
    p.add_argument("--config", help="TOML file overriding the shipped defaults (only the keys it sets)")
    sub = p.add_subparsers(dest="command", required=True)

    def inputs(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("inputs", nargs="+", help="files, directories, JSONL(.gz), WARC, or - for stdin")
        sp.add_argument("--published", type=_date_arg("--published"), help="publication date for inputs that carry none")
        sp.add_argument("--feed-year", type=int, default=None,
                        help="year of a wire feed: documents without a date are dated by their dateline "
                             "('BAGHDAD, March 29 -') in that year, before --published applies")
        sp.add_argument("--jobs", type=int, default=1, help="worker processes")

    sp = sub.add_parser("extract", help="print one JSON result per document (the output contract)")
    inputs(sp)
    sp.set_defaults(func=cmd_extract)
    sp = sub.add_parser("code", help="print the events as PLOVER JSONL, one per line")
    inputs(sp)
    sp.set_defaults(func=cmd_code)
    sp = sub.add_parser("ingest", help="process inputs and store them in DuckDB")
    inputs(sp)
    sp.add_argument("--db", default=None, help="database file (default: store.path, eventwire.duckdb)")
    sp.add_argument("--replace", action="store_true",
                    help="re-code documents already stored under the same id (e.g. after an upgrade) instead of skipping them")
    sp.set_defaults(func=cmd_ingest)
    sp = sub.add_parser("events", help="query stored events")
    sp.add_argument("--db", default=None)
    sp.add_argument("--type", help="PLOVER type, e.g. ASSAULT")
    sp.add_argument("--actor", help="actor code (ISO alpha-3 or IGO/NGO/IMG...)")
    sp.add_argument("--recipient", help="recipient code")
    sp.add_argument("--since", type=_date_arg("--since"))
    sp.add_argument("--until", type=_date_arg("--until"))
    sp.add_argument("--limit", type=int, default=1000)
    sp.add_argument("--format", choices=("table", *EXPORT_FORMATS), default="table")
    sp.set_defaults(func=cmd_events)
    sp = sub.add_parser("explain", help="code a sentence or text and explain every event")
    sp.add_argument("text", nargs="*", help="text (default: stdin)")
    sp.add_argument("--published", type=_date_arg("--published"))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_explain)
    sp = sub.add_parser("eval", help="score the engine on gold (article gold, CASE-2021, ConfliBERT, ...)")
    sp.add_argument("--gold", help="article gold JSON, or a .txt list of golds scored pooled (eval/dev_golds.txt); default: ../shared/gold/dev/articles.json when present")
    sp.add_argument("--shared", help="folder of the shared material (default: ../shared)")
    sp.add_argument("--only", help="comma-separated sections to run")
    sp.add_argument("--part", choices=("test", "train"), default="test",
                    help="CASE-2021 / ConfliBERT part to score: the held-out test part (default) or the training part")
    sp.add_argument("-v", "--verbose", action="store_true")
    sp.set_defaults(func=cmd_eval)
    sp = sub.add_parser("bench", help="speed of the whole pipeline as a ratio to bare nlp.pipe")
    sp.add_argument("--corpus", help="JSONL(.gz) with a text field (default: ../shared BBC corpus, else the samples)")
    sp.add_argument("--n", type=int, default=300, help="documents to time")
    sp.set_defaults(func=cmd_bench)
    sp = sub.add_parser("actors", help="look up, list or add actors in the knowledge base")
    sp.add_argument("action", choices=("lookup", "list", "add"))
    sp.add_argument("name", nargs="*")
    sp.add_argument("--date", type=_date_arg("--date"))
    sp.add_argument("--file", default="actors.yaml", help="user actor file (YAML or CSV) to add to and read")
    sp.add_argument("--code")
    sp.add_argument("--sector")
    sp.add_argument("--office")
    sp.add_argument("--valid-from", dest="valid_from")
    sp.add_argument("--valid-to", dest="valid_to")
    sp.set_defaults(func=cmd_actors)
    sp = sub.add_parser("info", help="versions, model, registry and effective configuration")
    sp.set_defaults(func=cmd_info)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = Config.load(args.config)
        if getattr(args, "db", "unset") is None:
            args.db = config["store.path"]
        return args.func(args, config)
    except EventwireError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
