import pytest

from eventwire.ingest._common import normalise_published, valid_day


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2024-04-19", "2024-04-19"),
        ("2024-04-19T10:15:00Z", "2024-04-19"),
        ("2024-04-19 10:15", "2024-04-19"),
        ("20240419101500", "2024-04-19"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26"),
        ("19 April 2024", "2024-04-19"),
        ("Friday, April 19, 2024", "2024-04-19"),
        ("Apr. 19 2024", "2024-04-19"),
        ("Fri, 19 Apr 2024 10:15:00 GMT", "2024-04-19"),
        ("2024-02-30", None),
        ("2024", None),
        ("last Friday", None),
        ("", None),
        (None, None),
        (20240419, None),
    ],
)
def test_normalise_published(raw, iso):
    assert normalise_published(raw) == iso


def test_valid_day():
    assert valid_day("2024-02-29")
    assert not valid_day("2023-02-29")
    assert not valid_day("2024-02-29T00:00")


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_feed_year_dates_a_wire_story_by_its_dateline(tmp_path):
    from eventwire.ingest import read_inputs

    wire = _write(tmp_path, "wire.txt", "BAGHDAD, March 29 - Iraqi troops shelled Basra on Friday.\n")
    plain = _write(tmp_path, "plain.txt", "Iraqi troops shelled Basra on Friday.\n")
    docs = {d.id.rsplit("/", 1)[-1]: d for d in read_inputs([wire, plain], published="1987-01-01", feed_year=1987)}
    assert docs["wire.txt"].published == "1987-03-29"
    assert docs["plain.txt"].published == "1987-01-01"  # no dateline: the run's default applies


def test_own_date_beats_the_dateline(tmp_path):
    import json

    from eventwire.ingest import read_inputs

    rec = {"id": "a", "text": "BAGHDAD, March 29 - Iraqi troops shelled Basra.", "published": "1987-03-30"}
    feed = _write(tmp_path, "feed.jsonl", json.dumps(rec) + "\n")
    (doc,) = read_inputs([feed], feed_year=1987)
    assert doc.published == "1987-03-30"


def test_without_feed_year_a_dateline_gives_no_date(tmp_path):
    from eventwire.ingest import read_inputs

    wire = _write(tmp_path, "wire.txt", "BAGHDAD, March 29 - Iraqi troops shelled Basra.\n")
    (doc,) = read_inputs([wire])
    assert doc.published is None
