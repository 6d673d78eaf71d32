"""Reading text, HTML and odd files: one RawDocument per document, errors per document."""
import gzip
import os
import shutil
import time
from pathlib import Path

import pytest

import eventwire.ingest
from eventwire.errors import InputError
from eventwire.ingest import read_inputs, read_path, read_text_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

LEDE = (
    "Officials in the capital said on Thursday that the border crossing would reopen next week.\n\n"
    "Traders welcomed the decision, which follows two months of closures.\n"
)


def codes(doc):
    return [e.code for e in doc.errors]


def test_public_names_are_exact():
    assert sorted(eventwire.ingest.__all__) == ["DEFAULT_MAX_BYTES", "read_inputs", "read_path", "read_text_document"]


def test_text_file_keeps_text_and_detects_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Border crossing to reopen\n\n" + LEDE, encoding="utf-8")
    [doc] = read_inputs([str(path)])
    assert doc.errors == []
    assert doc.title == "Border crossing to reopen"
    assert doc.text.startswith("Border crossing to reopen\n\nOfficials")
    assert doc.id == str(path) and doc.source == str(path)
    assert doc.html is None


@pytest.mark.parametrize(
    "first",
    [
        "Officials in the capital said the crossing would reopen.",  # ends with a period: a lede
        "x" * 200,  # too long for a headline
    ],
)
def test_no_headline_when_first_line_is_prose(tmp_path, first):
    path = tmp_path / "story.txt"
    path.write_text(first + "\n\n" + LEDE, encoding="utf-8")
    [doc] = read_inputs([str(path)])
    assert doc.title is None


def test_headline_needs_a_blank_line_after_it():
    doc = read_text_document("Short line\nstraight into text.\n", id="d")
    assert doc.title is None


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text(LEDE)
    (tmp_path / "a.txt").write_text(LEDE)
    (tmp_path / "c.text").write_text(LEDE)
    (tmp_path / ".hidden.txt").write_text(LEDE)
    (tmp_path / ".git" / "config.txt").write_text(LEDE)
    ids = [d.id for d in read_inputs([str(tmp_path)])]
    assert ids == ["a.txt", "b/two.txt", "c.text"]


def test_bad_files_become_error_records_and_the_batch_goes_on(tmp_path):
    (tmp_path / "01-good.txt").write_text(LEDE)
    (tmp_path / "02-empty.txt").write_text("")
    (tmp_path / "03-blank.txt").write_text("  \n\t\n")
    (tmp_path / "04-nul.txt").write_bytes(b"abc\x00\x00\x01\x02def" * 10)
    (tmp_path / "05-scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "06-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "07-zipped.txt").write_bytes(gzip.compress(LEDE.encode()))
    (tmp_path / "08-big.txt").write_text("word " * 400)
    (tmp_path / "09-good.txt").write_text(LEDE)
    docs = list(read_inputs([str(tmp_path)], max_bytes=1000))
    assert [(d.id, codes(d)) for d in docs] == [
        ("01-good.txt", []),
        ("02-empty.txt", ["E101"]),
        ("03-blank.txt", ["E101"]),
        ("04-nul.txt", ["E102"]),
        ("05-scan.pdf", ["E102"]),
        ("06-image.txt", ["E102"]),
        ("07-zipped.txt", ["E102"]),
        ("08-big.txt", ["E106"]),
        ("09-good.txt", []),
    ]
    for doc in docs:
        if doc.errors:
            assert doc.text is None and doc.html is None
            assert doc.errors[0].stage == "ingest"
            assert doc.errors[0].message.startswith(f"[{doc.errors[0].code}]")
    assert "2000 bytes" in docs[7].errors[0].message and "1000" in docs[7].errors[0].message


def test_missing_path_is_e108_and_later_paths_are_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(LEDE)
    docs = list(read_inputs([str(tmp_path / "nope.txt"), str(good)]))
    assert codes(docs[0]) == ["E108"]
    assert docs[1].text == LEDE


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind")
def test_unreadable_file_is_e108(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(LEDE)
    path.chmod(0)
    try:
        [doc] = read_inputs([str(path)])
    finally:
        path.chmod(0o644)
    assert codes(doc) == ["E108"]


def test_encodings_utf8_bom_latin1_cp1252_utf16(tmp_path):
    (tmp_path / "a-bom.txt").write_bytes(b"\xef\xbb\xbf" + "Caf\u00e9 talks resumed in Montr\u00e9al.".encode())
    (tmp_path / "b-latin1.txt").write_bytes("Caf\u00e9 talks resumed in Montr\u00e9al.".encode("latin-1"))
    (tmp_path / "c-cp1252.txt").write_bytes("\u201cWe will not leave,\u201d he said \u2013 firmly.".encode("cp1252"))
    (tmp_path / "d-utf16.txt").write_bytes("Talks in S\u00e3o Paulo.".encode("utf-16"))
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.text for d in docs] == [
        "Caf\u00e9 talks resumed in Montr\u00e9al.",
        "Caf\u00e9 talks resumed in Montr\u00e9al.",
        "\u201cWe will not leave,\u201d he said \u2013 firmly.",
        "Talks in S\u00e3o Paulo.",
    ]


def test_unknown_extension_that_decodes_is_text_and_html_content_is_html(tmp_path):
    (tmp_path / "note.md").write_text(LEDE)
    shutil.copy(FIXTURES / "article.html", tmp_path / "page.dat")
    note, page = read_inputs([str(tmp_path)])
    assert note.text == LEDE
    assert page.title == "Harbour talks resume in Port Vela"
    assert "<p>" not in page.text


def test_html_file_text_and_metadata():
    [doc] = read_inputs([str(FIXTURES / "article.html")])
    assert doc.errors == []
    assert doc.html is None  # the page is reduced to text at read time
    assert doc.title == "Harbour talks resume in Port Vela"
    assert doc.published == "2023-06-14"
    assert doc.author == "Mara Lindqvist"
    assert doc.site == "The Coastal Ledger"
    assert doc.url == "https://ledger.example.org/world/harbour-talks"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("Negotiators from the two island governments")
    assert any(p.startswith("Fishermen gathered") for p in paragraphs)
    assert "Storm closes airport" not in doc.text
    assert "var tracking" not in doc.text


def test_gzipped_html_file(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((FIXTURES / "article.html").read_bytes()))
    [doc] = read_inputs([str(path)])
    assert doc.errors == [] and "Port Vela" in doc.text


def test_gzip_bomb_is_caught_by_the_uncompressed_limit(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>" + b"a" * 200_000 + b"</p></body></html>"))
    assert path.stat().st_size < 5_000
    [doc] = read_inputs([str(path)], max_bytes=50_000)
    assert codes(doc) == ["E106"]


def test_html_without_article_text_is_e107(tmp_path):
    path = tmp_path / "index.html"
    path.write_text("<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    [doc] = read_inputs([str(path)])
    assert codes(doc) == ["E107"]


def test_hostile_html_neither_crashes_nor_hangs(tmp_path):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 50_000 + "<p>Deep text.</p>" + "</div>" * 50_000 + "</body></html>")
    scripts = tmp_path / "scripts.html"
    scripts.write_text("<html><body>" + "<script>while(true){}</script>" * 5_000 + "<p>" + "Words here. " * 50
                       + "</p><div><span><b><i>" * 2_000 + "</body></html>")
    huge = tmp_path / "huge.html"
    huge.write_text("<html><body>" + "<p>filler</p>" * 200_000 + "</body></html>")
    start = time.monotonic()
    docs = list(read_inputs([str(deep), str(scripts), str(huge)], max_bytes=1_000_000))
    assert time.monotonic() - start < 30
    assert len(docs) == 3
    assert codes(docs[2]) == ["E106"]  # refused before it is parsed
    for doc in docs[:2]:
        assert doc.errors == [] or codes(doc) == ["E107"]


def test_default_published_fills_documents_without_a_date(tmp_path):
    (tmp_path / "a.txt").write_text(LEDE)
    [doc] = read_inputs([str(tmp_path)], published="2024-04-20")
    assert doc.published == "2024-04-20"
    [page] = read_inputs([str(FIXTURES / "article.html")], published="2024-04-20")
    assert page.published == "2023-06-14"  # the page's own date wins


@pytest.mark.parametrize("bad", ["20-04-2024", "2024-02-30", "yesterday", "2024-4-20"])
def test_invalid_default_published_is_e110(bad):
    with pytest.raises(InputError) as info:
        read_inputs(["whatever.txt"], published=bad)
    assert info.value.code == "E110"


def test_read_path_single_file(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(LEDE)
    [doc] = read_path(str(path))
    assert doc.id == str(path)


def test_read_text_document():
    doc = read_text_document("Ceasefire holds\n\n" + LEDE, id="x1", source="api", published="2024-04-19T23:10:00Z")
    assert (doc.id, doc.source, doc.title, doc.published) == ("x1", "api", "Ceasefire holds", "2024-04-19")
    assert doc.text.startswith("Ceasefire holds\n\n")
    assert codes(read_text_document("   ", id="x2")) == ["E101"]
    assert read_text_document(LEDE, id="x3", title="Given").title == "Given"
