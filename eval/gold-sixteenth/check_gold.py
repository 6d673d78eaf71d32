"""Checks articles.json against its texts, adapted from eval/gold-fifteenth/check_gold.py for plain text files
beside the gold ('texts/lee_bg_NNN.txt', written by fetch_texts.py): JSON loads, 'published' is a date, types are
PLOVER 2.0 types, codes are three capital letters, modality and attribution take known values, every anchor and
forbid phrase occurs exactly once in its text (case-insensitive, whitespace collapsed) with no sentence-final
punctuation inside an anchor, no two forbid phrases share a sentence (the scorer would count an event there
twice), event dates are ISO dates, and every place, date and quantity text occurs.
Usage (from this folder): python3 check_gold.py articles.json"""
import datetime, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import assert_event_values, count, norm, print_counts  # noqa: E402


def sentences(text):
    """A rough split (after . ? ! or a closing quote, before a capital or a quote), enough to see two forbid
    phrases in one sentence."""
    return [norm(s) for s in re.split(r'(?:(?<=[.?!])|(?<=[.?!]"))\s+(?=["A-Z])', text.strip())]


def iso(value):
    """'2001', '2001-12' or '2001-12-22'."""
    parts = value.split("-")
    datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def main(path):
    g = json.load(open(path))
    here = os.path.dirname(os.path.abspath(path))
    bad = 0
    for a in g["articles"]:
        body = open(os.path.join(here, a["file"]), encoding="utf-8").read()
        name = os.path.basename(a["file"])
        datetime.date.fromisoformat(a["published"])
        for e in a["events"]:
            assert_event_values(e)
            if "date" in e:
                iso(e["date"])
            if count(body, e["anchor"]) != 1 or re.search(r"[.?!]\s", e["anchor"]):
                bad += 1
                print("ANCHOR", name, repr(e["anchor"]), count(body, e["anchor"]))
            elif not any(norm(e["anchor"]) in s for s in sentences(body)):
                bad += 1
                print("ANCHOR ACROSS SENTENCES", name, repr(e["anchor"]))
        for f in a["forbid"]:
            if count(body, f["phrase"]) != 1:
                bad += 1
                print("FORBID", name, repr(f["phrase"]), count(body, f["phrase"]))
        for s in sentences(body):
            inside = [f["phrase"] for f in a["forbid"] if norm(f["phrase"]) in s]
            if len(inside) > 1:
                bad += 1
                print("TWO FORBID PHRASES IN ONE SENTENCE", name, inside)
        for k in ("places", "dates", "quantities", "boilerplate"):
            for x in a.get(k, []):
                t = x if isinstance(x, str) else x["text"]
                if count(body, t) < 1:
                    bad += 1
                    print("MISSING", k, name, repr(t))
            for x in a.get(k, []):
                if k == "dates":
                    iso(x["value"])
    print_counts(g["articles"], bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "articles.json"))
