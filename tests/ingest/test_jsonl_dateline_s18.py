"""A JSON Lines record's own ``dateline`` field (as Reuters-21578 records keep it) is put back in front of its text,
so that the story is coded with the place it was filed from; invented records only."""
import json

from eventwire.ingest import read_inputs


def _read(tmp_path, record: dict):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return list(read_inputs([str(path)]))


def test_a_dateline_field_opens_the_text(tmp_path):
    (doc,) = _read(tmp_path, {"id": "w1", "dateline": "NAIROBI, May 4 -", "text": "Ministers met on Monday."})
    assert doc.text.startswith("NAIROBI, May 4 - Ministers met")


def test_a_text_that_already_opens_with_its_dateline_is_kept(tmp_path):
    text = "NAIROBI, May 4 - Ministers met on Monday."
    (doc,) = _read(tmp_path, {"id": "w2", "dateline": "NAIROBI, May 4 -", "text": text})
    assert doc.text.count("NAIROBI") == 1


def test_a_dateline_that_is_not_a_string_is_e104(tmp_path):
    (doc,) = _read(tmp_path, {"id": "w3", "dateline": 7, "text": "Ministers met on Monday."})
    assert [e.code for e in doc.errors] == ["E104"]
