from __future__ import annotations

import csv
import io
import json

import duckdb

from eventwire.store import (
    CSV_COLUMNS, POLECAT_COLUMNS, EventQuery, format_table, write_csv, write_jsonl, write_parquet,
    write_polecat_tsv,
)

from store_factories import make_doc, make_event


def events(store):
    doc = make_doc(1, n_events=3)
    doc.events[2].sentence = "Line one\twith a tab\nand a newline, \"quotes\"; and a semicolon"
    store.write_documents([doc])
    return store.query_events(EventQuery())


def test_jsonl(store):
    evs = events(store)
    buf = io.StringIO()
    assert write_jsonl(evs, buf) == 3
    lines = buf.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == evs


def test_csv(store):
    evs = events(store)
    buf = io.StringIO(newline="")
    write_csv(evs, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert len(rows) == 3 and tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["actor_codes"] == "USA" and rows[0]["recipient_codes"] == "RUS;RUS"
    assert rows[0]["recipient_sectors"] == "GOV;MIL" and rows[0]["country_code"] == "UKR"
    assert rows[2]["sentence"] == evs[2]["sentence"]
    assert rows[0]["size"] == "dead=3;injured=12"


def test_polecat_tsv(store):
    evs = events(store)
    buf = io.StringIO()
    write_polecat_tsv(evs, buf)
    lines = buf.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 5  # header, 3 rows, trailing newline
    header = lines[0].split("\t")
    assert tuple(header) == POLECAT_COLUMNS
    for wanted in ("Event ID", "Event Date", "Event Type", "Quad Code", "Actor Country",
                   "Recipient Country", "Latitude", "Longitude", "Story ID", "Sentence"):
        assert wanted in header
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:4]]
    assert all(len(line.split("\t")) == len(header) for line in lines[1:4])
    assert rows[0]["Event Type"] == "ACCUSE" and rows[0]["Actor Country"] == "USA"
    assert rows[2]["Sentence"].startswith("Line one with a tab and a newline")


def test_parquet(store, tmp_path):
    evs = events(store)
    path = tmp_path / "it's a file.parquet"  # a quote in the path must not break the COPY
    assert write_parquet(evs, str(path)) == 3
    con = duckdb.connect()
    rows = con.execute("SELECT id, quad_code, lat, actor_codes, confidence FROM read_parquet(?) ORDER BY id",
                       [str(path)]).fetchall()
    assert rows[0] == ("doc1-e0", 3, 50.45466, "USA", 0.8)
    assert len(rows) == 3
    empty = tmp_path / "empty.parquet"
    write_parquet([], str(empty))
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(empty)]).fetchone() == (0,)


def test_format_table(store):
    evs = events(store)
    out = format_table(evs, width=140)
    lines = out.splitlines()
    assert len(lines) == 5
    assert all(len(line) <= 140 for line in lines)
    assert "USA/GOV" in lines[2] and "RUS/GOV" in lines[2] and "ACCUSE" in lines[2]
    assert "2024-04-19" in lines[2] and "0.80" in lines[2] and "Kyiv (UKR)" in lines[2]
    assert "(no events)" in format_table([])


def test_exports_accept_event_records():
    ev = make_event("d", 0)
    buf = io.StringIO()
    write_jsonl([ev], buf)
    assert json.loads(buf.getvalue())["id"] == "d-e0"
    assert "USA" in format_table([ev])
