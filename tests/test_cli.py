"""The CLI runs through the same functions as the Python API; these drive it in-process."""
from __future__ import annotations

import json

from eventwire.cli import main

ARTICLE = ("Japan will send emergency aid to Turkey after the earthquake, a government spokesman said on Monday.\n\n"
           "See also: Ten best beaches in Turkey\n")


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_extract_prints_one_json_object_per_document(tmp_path, capsys):
    a = _write(tmp_path, "a.txt", ARTICLE)
    empty = _write(tmp_path, "empty.txt", "")
    assert main(["extract", str(a), str(empty), "--published", "2024-02-12"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    good, bad = (rows if rows[0]["text"] else rows[::-1])
    assert good["published"] == "2024-02-12" and good["events"]
    assert bad["errors"] and bad["errors"][0]["stage"] == "ingest"


def test_code_prints_plover_events(tmp_path, capsys):
    a = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["code", str(a), "--published", "2024-02-12"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events and all(e["event"] and e["doc_id"] for e in events)
    aid = [e for e in events if e["event"] in ("AID", "AGREE")]
    assert aid and aid[0]["modality"] == "future"


def test_ingest_then_query_events_and_reingest_is_idempotent(tmp_path, capsys):
    a = _write(tmp_path, "a.txt", ARTICLE)
    db = str(tmp_path / "t.duckdb")
    assert main(["ingest", str(a), "--db", db, "--published", "2024-02-12"]) == 0
    assert main(["ingest", str(a), "--db", db, "--published", "2024-02-12"]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and len(rows) == len({r["id"] for r in rows})
    assert main(["events", "--db", db, "--actor", "JPN", "--format", "table"]) == 0
    assert "JPN" in capsys.readouterr().out


def test_ingest_replace_recodes_without_duplicating(tmp_path, capsys):
    a = _write(tmp_path, "a.txt", ARTICLE)
    db = str(tmp_path / "t.duckdb")
    assert main(["ingest", str(a), "--db", db, "--published", "2024-02-12"]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    first = capsys.readouterr().out.splitlines()
    assert main(["ingest", str(a), "--db", db, "--published", "2024-02-12", "--replace"]) == 0
    assert "1 replaced" in capsys.readouterr().err
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(first)


def test_bad_date_option_is_a_usage_error(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["extract", str(_write(tmp_path, "a.txt", ARTICLE)), "--published", "12/02/2024"])
    assert "E905" in capsys.readouterr().err


def test_explain_says_why(capsys):
    assert main(["explain", "Japan will send emergency aid to Turkey.", "--published", "2024-02-12"]) == 0
    out = capsys.readouterr().out
    assert "AGREE" in out and "trigger" in out and "future" in out


def test_actors_lookup_explains_and_user_file_extends_the_kb(tmp_path, capsys):
    assert main(["actors", "lookup", "Kurt", "Campbell", "--date", "2024-04-19", "--file", str(tmp_path / "none.yaml")]) == 0
    assert "Campbell" in capsys.readouterr().out
    user = tmp_path / "mine.yaml"
    assert main(["actors", "add", "Zorblat", "Quenn", "--code", "KEN", "--sector", "GOV", "--office", "Interior Minister",
                 "--file", str(user)]) == 0
    capsys.readouterr()
    assert main(["actors", "list", "Zorblat", "--file", str(user)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and rows[0]["code"] == "KEN"
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(f'[actors]\nextra_files = ["{user}"]\n')
    assert main(["--config", str(cfg), "code", str(_write(tmp_path, "z.txt", "Zorblat Quenn accused Ethiopia of shelling the border town.")),
                 "--published", "2024-06-14"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(a["code"] == "KEN" for e in events for a in e["actor"])


def test_bench_reports_a_ratio(capsys):
    from eventwire.config import Config
    from eventwire.evaluate.bench import run_bench

    assert run_bench(corpus=None, n=4, config=Config.load(), rounds=1) == 0
    out = capsys.readouterr().out
    assert "ratio pipeline/bare time" in out and "0 documents with a stage error" in out


def test_bad_inputs_each_get_an_error_record_and_the_batch_goes_on(tmp_path, capsys):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a-good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b-empty.txt").write_text("")
    (d / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (d / "d-invalid.txt").write_bytes(b"Caf\xe9 \xff\xfe\xfd\x81\x8d\x8f\x90\x9d broken " * 10)
    (d / "e-feed.jsonl").write_text('{"id": "j1", "text": "Japan will send aid to Turkey."}\n{not json\n', encoding="utf-8")
    with open(d / "f-huge.html", "wb") as fh:  # a 21 MB page
        fh.write(b"<html><body>" + b"<p>" + b"x" * (21 * 1024 * 1024) + b"</p></body></html>")
    assert main(["extract", str(d), "--published", "2024-02-12"]) == 0
    rows = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    by_name = {k.rsplit("/", 1)[-1]: v for k, v in rows.items()}
    assert by_name["a-good.txt"]["events"] and not by_name["a-good.txt"]["errors"]
    assert rows["j1"]["events"]
    codes = {name: [e["code"] for e in r["errors"]] for name, r in by_name.items()}
    assert "E101" in codes["b-empty.txt"]
    assert "E102" in codes["c-binary.txt"]
    assert "E106" in codes["f-huge.html"]
    assert any("E104" in c for c in codes.values())
    # undecodable bytes fall back to a single-byte encoding: read, never a crash
    assert by_name["d-invalid.txt"]["text"] or by_name["d-invalid.txt"]["errors"]


def test_jobs_gives_the_same_results_in_the_same_order(tmp_path, capsys):
    for i in range(5):
        _write(tmp_path, f"a{i}.txt", ARTICLE.replace("Turkey", ["Chad", "Peru", "Fiji", "Oman", "Laos"][i]))
    assert main(["extract", str(tmp_path), "--published", "2024-02-12"]) == 0
    one = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", str(tmp_path), "--published", "2024-02-12", "--jobs", "2"]) == 0
    two = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["id"] for d in one] == [d["id"] for d in two]
    assert [len(d["events"]) for d in one] == [len(d["events"]) for d in two]
