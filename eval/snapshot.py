"""Snapshots of unseen stories, for judging a coder change on text no gold holds.

``code`` draws N stories (half Reuters-21578 political items, half BBC politics/business) that no gold holds and no
earlier audit read (``gold_selection.used_records() | audited_records()``), shuffled with a seed, codes them with
the eventwire on ``PYTHONPATH`` and writes one JSON line per event; ``diff`` prints the events only one of two
snapshots has (``--date``: or whose date moved). Use one seed for the stories you read and judge and a fresh one to
check a change, and add the ids you read to eval/audited_ids.json (``--ids-out``) so that later blind golds leave them
out.

BBC records carry no date, and their stories are coded with none: all that is known is that the corpus is of 2004-05
(shared/README.md), and a nominal day would resolve "last year", "on Monday" or "in March" against a day nobody knows
(the golds give BBC stories the nominal 2005-02-15, ``gold_authoring.BBC_PUB``, and list no relative date). So a BBC
event here has a date only where its story writes the year; scored on a gold, the same event gets the nominal day.

    cd /tmp && PYTHONPATH=/path/to/tree python -P /work/main/eval/snapshot.py code OUT.jsonl --n 300 --seed 14 [--wide | --reread]
    python3 eval/snapshot.py diff A.jsonl B.jsonl [--loc] [--date] [--sectors]
"""
import argparse
import gzip
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def draw(n, seed, wide=False, reread=False, exclude=()):
    # Loaded by path: putting the repository on sys.path would shadow the eventwire tree given on PYTHONPATH.
    spec = importlib.util.spec_from_file_location("gold_selection", os.path.join(HERE, "gold_selection.py"))
    gs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gs)
    SHARED, audited_records, political_draw, used_records = gs.SHARED, gs.audited_records, gs.political_draw, gs.used_records

    cwd = os.getcwd()
    os.chdir(os.path.dirname(HERE))  # used_records globs eval/gold*/ from the repository root
    try:
        if reread:
            reu, bbc = reread_draw(seed, audited_records() - used_records() - set(exclude))
        else:
            reu, bbc = political_draw(seed, used_records() | audited_records(), ("politics", "business"), wide)
    finally:
        os.chdir(cwd)
    ids = reu[: n // 2] + bbc[: n - n // 2]
    if len(ids) < n and not reread:
        print(f"only {len(ids)} unread stories in the {'wide' if wide else 'narrow'} pool"
              + ("" if wide else "; --wide draws from a larger one; --reread from stories audits read before"),
              file=sys.stderr)
    want, texts = set(ids), {}
    for name in ("reuters21578", "bbc-news-2225"):
        for line in gzip.open(f"{SHARED}/{name}.jsonl.gz", "rt"):
            r = json.loads(line)
            if r["id"] in want:
                # (a Reuters record keeps the dateline that opens its story in a field of its own: put it back, as
                # the wire printed it, so that the story is coded with the place it was filed from)
                text = f'{r["dateline"].strip()} {r["text"].lstrip()}' if (r.get("dateline") or "").strip() else r["text"]
                texts[r["id"]] = (text, (r.get("published") or "")[:10] or None)
    return [(i, *texts[i]) for i in ids if i in texts]


def reread_draw(seed, audited):
    """The stories earlier audits read and no gold holds, Reuters and BBC apart, sorted and shuffled with ``seed``.
    By the seventeenth session both unread pools were used up; judging a change on re-read stories keeps what is
    left unread for blind golds."""
    import random

    key = lambda i: (i.rsplit("-", 1)[0], int(i.rsplit("-", 1)[1]))  # noqa: E731
    reu = sorted((i for i in audited if i.startswith("reuters-")), key=key)
    bbc = sorted((i for i in audited if i.startswith("bbc-")), key=key)
    rng = random.Random(seed)
    rng.shuffle(reu)
    rng.shuffle(bbc)
    return reu, bbc


def code(args):
    from eventwire.config import Config
    from eventwire.model import RawDocument
    from eventwire.pipeline import Pipeline

    import eventwire

    print(f"coding with {os.path.dirname(eventwire.__file__)}", file=sys.stderr)
    exclude = [line.strip() for line in open(args.exclude)] if args.exclude else ()
    stories = draw(args.n, args.seed, args.wide, args.reread, exclude)
    if args.ids_out:
        with open(args.ids_out, "w") as f:
            f.write("\n".join(i for i, _, _ in stories) + "\n")
    raws = [RawDocument(id=i, text=text, published=published) for i, text, published in stories]
    with open(args.out, "w") as out:
        for d in Pipeline(Config.load()).process(raws):
            for ev in d.events:
                row = dict(doc=d.id, sent=" ".join(ev.sentence.split()), type=ev.event, mode=ev.mode, modality=ev.modality,
                           conf=round(ev.confidence, 2),
                           actor=[(x.code, x.sector, x.entity_text) for x in ev.actor],
                           recipient=[(x.code, x.sector, x.entity_text) for x in ev.recipient],
                           loc=(ev.event_loc.country_code, ev.event_loc.extracted_place, ev.event_loc.location_source),
                           date=(ev.date, ev.date_text, ev.date_source),
                           rule=ev.explanation.rule if ev.explanation else None,
                           trigger=ev.explanation.trigger if ev.explanation else None)
                out.write(json.dumps(row) + "\n")


def _key(row, loc, date=False, sectors=False):
    # (with sectors, a party reads "USA/GOV": a change of sector alone, BUS -> GOV, is then a changed event)
    party = (lambda x: f"{x[0]}/{x[1]}") if sectors else (lambda x: str(x[0]))
    k = (row["doc"], row["sent"], row["type"], row["modality"], tuple(sorted(party(x) for x in row["actor"])),
         tuple(sorted(party(x) for x in row["recipient"])))
    # (snapshots written before the date column was added have none: their dates read as unknown, not as absent;
    # as strings, so that an undated event sorts beside a dated one)
    when = tuple(str(x) for x in row.get("date") or ("?",))
    return k + ((tuple(row["loc"]),) if loc else ()) + ((when,) if date else ())


def diff(args):
    a, b = ({_key(json.loads(line), args.loc, args.date, args.sectors): line for line in open(p)}
            for p in (args.a, args.b))
    print(f"A {len(a)} B {len(b)} only-A {len(set(a) - set(b))} only-B {len(set(b) - set(a))}")
    for sign, only in (("-", sorted(set(a) - set(b))), ("+", sorted(set(b) - set(a)))):
        for k in only:
            print(sign, k[2], k[3], list(k[4]), "->", list(k[5]), *k[6:], "|", k[0], "|", k[1][:200])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("code")
    c.add_argument("out")
    c.add_argument("--n", type=int, default=300)
    c.add_argument("--seed", type=int, default=14)
    c.add_argument("--ids-out")
    c.add_argument("--wide", action="store_true", help="100-900 words, 3 political hits (the narrow pool is read)")
    c.add_argument("--reread", action="store_true",
                   help="stories earlier audits read (eval/audited_ids.json) that no gold holds; the unread pools are "
                        "kept for blind golds")
    c.add_argument("--exclude", help="a file of story ids (one a line) to leave out of a --reread draw: the stories of a "
                                     "pre-registered audit, kept unread by the changes it will judge")
    d = sub.add_parser("diff")
    d.add_argument("a")
    d.add_argument("b")
    d.add_argument("--loc", action="store_true", help="an event whose location moved counts as changed")
    d.add_argument("--date", action="store_true",
                   help="an event whose date (value, words, source) moved counts as changed")
    d.add_argument("--sectors", action="store_true", help="a party whose sector changed counts as changed")
    args = ap.parse_args()
    (code if args.cmd == "code" else diff)(args)


if __name__ == "__main__":
    main()
