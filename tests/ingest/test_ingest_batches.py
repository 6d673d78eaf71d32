"""JSONL, WARC and stdin batches: streamed, one error record per bad entry, the rest read."""
import gzip
import io
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_inputs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PAGE = (FIXTURES / "article.html").read_bytes()


def codes(doc):
    return [e.code for e in doc.errors]


def test_jsonl_batch_survives_bad_lines():
    path = str(FIXTURES / "batch.jsonl")
    docs = list(read_inputs([path]))
    assert [(d.id, codes(d)) for d in docs] == [
        ("a1", []),
        (f"{path}:2", ["E104"]),
        ("a3", ["E105"]),
        (f"{path}:5", []),
        (f"{path}:6", ["E104"]),
    ]
    good, malformed, missing, unnamed, array = docs
    assert good.title == "Water plan approved"
    assert good.published == "2022-11-07"
    assert good.url == "https://news.example.net/a1"
    assert good.source == "Example Wire"
    assert "line 2" in malformed.errors[0].message
    assert "line 3" in missing.errors[0].message
    assert unnamed.published == "2021-03-05"
    assert unnamed.source == path
    assert "found an array" in array.errors[0].message


def test_jsonl_gz_with_html_field_and_default_date(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    lines = [
        b'{"id": "h1", "html": ' + __import__("json").dumps(PAGE.decode()).encode() + b"}",
        b'{"id": "t1", "text": "Plain text record about the harbour talks in Port Vela."}',
        b'{"id": "e1", "text": ""}',
        b'{"id": "n1", "text": 42}',
    ]
    path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    docs = list(read_inputs([str(path)], published="2024-01-02"))
    assert [(d.id, codes(d)) for d in docs] == [("h1", []), ("t1", []), ("e1", ["E101"]), ("n1", ["E104"])]
    assert docs[0].title == "Harbour talks resume in Port Vela"
    assert docs[0].published == "2023-06-14" and docs[0].html is None
    assert docs[1].published == "2024-01-02"


def test_jsonl_line_over_max_bytes_is_e106_and_next_line_is_read(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"id": "big", "text": "' + "x" * 5000 + '"}\n{"id": "small", "text": "Fine."}\n')
    docs = list(read_inputs([str(path)], max_bytes=1000))
    assert [(d.id, codes(d)) for d in docs] == [(f"{path}:1", ["E106"]), ("small", [])]


def test_truncated_jsonl_gz_keeps_what_was_read(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(b"".join(b'{"id": "r%d", "text": "Record %d here."}\n' % (i, i) for i in range(2000)))
    path.write_bytes(data[: len(data) // 2])
    docs = list(read_inputs([str(path)]))
    assert docs[0].id == "r0" and docs[0].errors == []
    assert codes(docs[-1]) == ["E108"]
    assert all(not d.errors for d in docs[:-1])


def _warc(path, *, with_garbage=False):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))

        def response(uri, body, content_type="text/html; charset=utf-8", status="200 OK"):
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": "2021-09-10T12:00:00Z"})
            writer.write_record(rec)

        undated = b"<html><body><article><p>" + b"The assembly voted to extend the emergency decree by ninety days. " * 6 + b"</p></article></body></html>"
        response("https://ledger.example.org/world/harbour-talks", PAGE)
        response("https://ledger.example.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
        response("https://ledger.example.org/missing", b"<html><body>Not found</body></html>", status="404 Not Found")
        response("https://ledger.example.org/assembly", undated)
        response("https://ledger.example.org/empty", b"<html><body><nav>Home</nav></body></html>")
        req = writer.create_warc_record("https://ledger.example.org/assembly", "request",
                                        payload=io.BytesIO(b"GET /assembly HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        if with_garbage:
            fh.write(b"this is not a warc record at all\r\n\r\n")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_become_documents(tmp_path, name):
    path = tmp_path / name
    _warc(path)
    docs = list(read_inputs([str(path)]))
    assert [codes(d) for d in docs] == [[], [], ["E107"]]
    page, undated, empty = docs
    assert page.url == "https://ledger.example.org/world/harbour-talks"
    assert page.title == "Harbour talks resume in Port Vela"
    assert page.published == "2023-06-14"  # the page's own date
    assert undated.url == "https://ledger.example.org/assembly"
    assert undated.published == "2021-09-10"  # from WARC-Date
    assert "emergency decree" in undated.text
    assert page.id.startswith("urn:uuid:") and page.id != undated.id


def test_corrupt_warc_tail_is_one_error_after_the_good_records(tmp_path):
    path = tmp_path / "bad.warc"
    _warc(path, with_garbage=True)
    docs = list(read_inputs([str(path)]))
    assert [codes(d) for d in docs[:3]] == [[], [], ["E107"]]
    assert codes(docs[-1]) == ["E102"]


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (b'{"id": "s1", "text": "One."}\nnot json\n{"id": "s3", "text": "Three."}\n', [("s1", []), ("-:2", ["E104"]), ("s3", [])]),
        (gzip.compress(b'{"id": "z1", "text": "Zipped."}\n'), [("z1", [])]),
        (b"Plain text from a pipe about the harbour talks.\n", [("-", [])]),
        (PAGE, [("-", [])]),
        (b"", [("-", ["E101"])]),
        (b"\x00\x01\x02\x03" * 100, [("-", ["E102"])]),
    ],
)
def test_stdin_format_is_sniffed(monkeypatch, data, expect):
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    docs = list(read_inputs(["-"]))
    assert [(d.id, codes(d)) for d in docs] == expect


def test_stdin_html_is_extracted(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(PAGE))
    [doc] = read_inputs(["-"])
    assert doc.title == "Harbour talks resume in Port Vela" and "<p>" not in doc.text


def test_read_inputs_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Story number {i}.")
    it = read_inputs([str(tmp_path)])
    assert next(it).id == "0.txt"
