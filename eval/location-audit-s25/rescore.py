"""Re-score the audit's drawn events on the eventwire on PYTHONPATH.

    cd /tmp && PYTHONPATH=/path/to/tree python -P /path/to/tree/eval/location-audit-s25/rescore.py code NEW.jsonl
    python3 eval/location-audit-s25/rescore.py match NEW.jsonl [--out RESCORED.jsonl]

Both take ``--audit FOLDER`` to re-score another audit kept in the same files (eval/location-audit-s25b).

``code`` recodes the drawn stories (read by id from the shared corpus, dateline put back as eval/snapshot.py does) and
writes one snapshot-style JSON line per event. ``match`` finds each drawn event in NEW by doc, sentence, type and
trigger (the same actor and recipient first, when several match) and scores its new location against the country
judged right in judgements.tsv: an event whose country moved is scored from that column, so no new reading is
needed unless the judged country itself is in doubt; an event no longer coded is reported apart ("gone").
"""
import argparse
import gzip
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from audit_loading import audit_script  # noqa: E402


def drawn_events(folder=HERE):
    return [json.loads(line) for line in open(os.path.join(folder, "drawn.jsonl"))]


def story_texts(ids):
    """The drawn stories' texts, as eval/snapshot.py reads them (a Reuters dateline put back before its story)."""
    spec = importlib.util.spec_from_file_location("gold_selection", os.path.join(HERE, "..", "gold_selection.py"))
    selection = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(selection)
    want, texts = set(ids), {}
    for name in ("reuters21578", "bbc-news-2225"):
        for line in gzip.open(f"{selection.SHARED}/{name}.jsonl.gz", "rt"):
            record = json.loads(line)
            if record["id"] in want:
                dateline = (record.get("dateline") or "").strip()
                text = f'{dateline} {record["text"].lstrip()}' if dateline else record["text"]
                texts[record["id"]] = (text, (record.get("published") or "")[:10] or None)
    return texts


def code(args):
    from eventwire.config import Config
    from eventwire.model import RawDocument
    from eventwire.pipeline import Pipeline

    import eventwire

    print(f"coding with {os.path.dirname(eventwire.__file__)}", file=sys.stderr)
    ids = sorted({row["doc"] for row in drawn_events(args.audit)})
    texts = story_texts(ids)
    raws = [RawDocument(id=i, text=texts[i][0], published=texts[i][1]) for i in ids if i in texts]
    with open(args.new, "w") as out:
        for doc in Pipeline(Config.load()).process(raws):
            for ev in doc.events:
                row = dict(doc=doc.id, sent=" ".join(ev.sentence.split()), type=ev.event, mode=ev.mode,
                           modality=ev.modality, actor=[(x.code, x.sector, x.entity_text) for x in ev.actor],
                           recipient=[(x.code, x.sector, x.entity_text) for x in ev.recipient],
                           loc=(ev.event_loc.country_code, ev.event_loc.extracted_place, ev.event_loc.location_source),
                           trigger=ev.explanation.trigger if ev.explanation else None)
                out.write(json.dumps(row) + "\n")


def _parties(row):
    return json.dumps([x[0] for x in row["actor"]]), json.dumps([x[0] for x in row["recipient"]])


def judged_countries(folder=HERE):
    """n -> (verdict on the starting code, the country judged right: a code, '-' for none to be told, '?' unsure)."""
    judged = {}
    for line in open(os.path.join(folder, "judgements.tsv")):
        if line.startswith("n\t") or not line.strip():
            continue
        n, verdict, country, *_ = line.rstrip("\n").split("\t")
        judged[int(n)] = (verdict, country)
    return judged


def match(args):
    new_rows = {}
    for row in map(json.loads, open(args.new)):
        new_rows.setdefault((row["doc"], row["sent"], row["type"], row["trigger"]), []).append(row)
    judged = judged_countries(args.audit)
    rescored, moved, gone = [], [], []
    for old in drawn_events(args.audit):
        candidates = new_rows.get((old["doc"], old["sent"], old["type"], old["trigger"]), [])
        same_parties = [row for row in candidates if _parties(row) == _parties(old)]
        new = (same_parties or candidates or [None])[0]
        verdict, country = judged[old["n"]]
        if new is None:
            gone.append(old)
            rescored.append({**old, "loc": None, "verdict": "gone"})
            continue
        if country == "?":
            new_verdict = "U"
        else:
            new_verdict = "R" if (new["loc"][0] or "-") == country else "W"
        if list(new["loc"]) != list(old["loc"]):
            moved.append((old, new, verdict, new_verdict))
        rescored.append({**old, "loc": new["loc"], "verdict": new_verdict})
    for old, new, verdict, new_verdict in moved:
        print(f"moved [{old['n']}] {old['doc']} {old['type']}: {old['loc']} {verdict} -> {new['loc']} {new_verdict} "
              f"| {old['sent'][:140]}")
    for old in gone:
        print(f"gone [{old['n']}] {old['doc']} {old['type']} {old['loc']} | {old['sent'][:140]}")
    if args.out:
        with open(args.out, "w") as out:
            out.writelines(json.dumps(row) + "\n" for row in rescored)
    right = sum(row["verdict"] == "R" for row in rescored)
    wrong = sum(row["verdict"] == "W" for row in rescored)
    unsure = sum(row["verdict"] == "U" for row in rescored)
    low, high = _wilson(right, right + wrong)
    print(f"{len(moved)} moved, {len(gone)} gone; right {right}, wrong {wrong}, unsure {unsure}: "
          f"{right}/{right + wrong} = {right / (right + wrong):.3f} (Wilson 95% {low:.2f}-{high:.2f})")


def _wilson(right, judged):
    return audit_script("location-audit-s25", "tally").wilson(right, judged)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    coding = sub.add_parser("code")
    coding.add_argument("new")
    matching = sub.add_parser("match")
    matching.add_argument("new")
    matching.add_argument("--out")
    for command in (coding, matching):
        # another audit kept the same way (its drawn.jsonl and judgements.tsv), e.g. eval/location-audit-s25b
        command.add_argument("--audit", default=HERE, help="the audit's folder (default: this one)")
    args = parser.parse_args()
    (code if args.cmd == "code" else match)(args)


if __name__ == "__main__":
    main()
