from __future__ import annotations

import hashlib

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.model import Document, ErrorRecord
from eventwire.store import EventQuery, Store, _store
from eventwire.store._schema import SCHEMA_VERSION, TABLES

from store_factories import make_doc


def test_schema_created_and_versioned(tmp_path):
    path = str(tmp_path / "s.duckdb")
    with Store(path) as s:
        assert s.stats()["schema_version"] == SCHEMA_VERSION
    con = duckdb.connect(path, read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert set(TABLES) <= tables
    with Store(path) as s:  # reopening an existing store is a no-op
        assert s.stats()["documents"] == 0


def test_round_trip(store):
    doc = make_doc(1, errors=[ErrorRecord(stage="geo", message="gazetteer miss", code="E601")])
    doc.content_hash = "abc123"
    summary = store.write_documents([doc], run_id="run-1")
    assert (summary.inserted, summary.skipped_duplicates, summary.errors) == (1, 0, [])
    assert store.get_document(doc.id) == doc
    assert store.get_document("nope") is None


def test_round_trip_fills_content_hash(store):
    doc = make_doc(2)
    store.write_documents([doc])
    back = store.get_document(doc.id)
    assert back.content_hash == hashlib.sha256(doc.text.encode()).hexdigest()
    back.content_hash = None
    assert back == doc


def test_query_shape_matches_event_to_dict(store):
    doc = make_doc(3, n_events=1)
    store.write_documents([doc])
    [got] = store.query_events(EventQuery())
    expected = doc.events[0].to_dict()
    expected.update(doc_id=doc.id, source=doc.source, published=doc.published, title=doc.title)
    assert got == expected
    assert list(got)[: len(doc.events[0].to_dict())] == list(doc.events[0].to_dict())


def test_idempotent_by_id(store):
    docs = [make_doc(i) for i in range(3)]
    assert store.write_documents(docs).inserted == 3
    again = [make_doc(i, text=f"changed text {i}") for i in range(3)]
    summary = store.write_documents(again)
    assert (summary.inserted, summary.skipped_duplicates) == (0, 3)
    st = store.stats()
    assert st["documents"] == 3 and st["events"] == 18


def test_idempotent_by_content_hash(store):
    store.write_documents([make_doc(1, text="Same body.")])
    twin = make_doc(99, text="Same body.")
    summary = store.write_documents([twin])
    assert (summary.inserted, summary.skipped_duplicates) == (0, 1)
    assert store.has_document("doc1")
    assert not store.has_document("doc99")
    assert store.has_document("doc99", hashlib.sha256(b"Same body.").hexdigest())


def test_duplicates_within_one_batch(store):
    a, b = make_doc(1, text="X"), make_doc(1, text="Y")
    c = make_doc(2, text="X")
    summary = store.write_documents([a, b, c])
    assert (summary.inserted, summary.skipped_duplicates) == (1, 2)


def test_failed_documents_without_text_are_stored_and_not_merged(store):
    failed = [Document(id=f"bad{i}", source=f"f{i}.html", text="",
                       errors=[ErrorRecord(stage="ingest", message="empty", code="E101")])
              for i in range(3)]
    summary = store.write_documents(failed)
    assert summary.inserted == 3
    back = store.get_document("bad1")
    assert back.text == "" and back.errors == failed[1].errors and back.content_hash is None
    st = store.stats()
    assert st["documents_with_errors"] == 3 and st["errors_by_code"] == {"E101": 3}


@pytest.mark.parametrize("batch_size", [1, 2, 100])
def test_failing_document_mid_batch(store, monkeypatch, batch_size):
    store.batch_size = batch_size
    real = _store._doc_rows

    def flaky(doc, *args):
        if doc.id == "doc2":
            raise RuntimeError("boom")
        return real(doc, *args)

    monkeypatch.setattr(_store, "_doc_rows", flaky)
    summary = store.write_documents([make_doc(i) for i in range(5)])
    assert summary.inserted == 4
    [err] = summary.errors
    assert err.doc_id == "doc2" and err.code == "E802" and "[E802]" in err.message and "boom" in err.message
    assert [store.has_document(f"doc{i}") for i in range(5)] == [True, True, False, True, True]
    monkeypatch.setattr(_store, "_doc_rows", real)
    resumed = store.write_documents([make_doc(i) for i in range(5)])
    assert (resumed.inserted, resumed.skipped_duplicates) == (1, 4)


def test_database_error_rolls_back_only_that_document(store):
    store.batch_size = 10
    bad = make_doc(2)
    bad.events[1].id = bad.events[0].id  # primary-key violation inside the batch's transaction
    summary = store.write_documents([make_doc(1), bad, make_doc(3)])
    assert summary.inserted == 2 and [e.doc_id for e in summary.errors] == ["doc2"]
    assert not store.has_document("doc2")
    st = store.stats()
    assert st["documents"] == 2 and st["events"] == 12  # nothing half-written from doc2
    assert st["mentions"]["entity"] == 50


def test_interrupted_input_keeps_what_was_read(store):
    store.batch_size = 2

    def docs():
        for i in range(5):
            yield make_doc(i)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.write_documents(docs())
    assert store.stats()["documents"] == 5
    assert store.write_documents([make_doc(i) for i in range(7)]).inserted == 2


def test_record_run_stores_config(store):
    store.record_run("r1", {"geo": {"min_population": 1000}, "db": "x.duckdb"}, "2024-05-01T10:00:00", None, {})
    store.record_run("r1", {"geo": {"min_population": 1000}, "db": "x.duckdb"}, "2024-05-01T10:00:00",
                     "2024-05-01T10:05:00", {"documents": 10, "events": 31})
    run = store.get_run("r1")
    assert run["config"]["geo"]["min_population"] == 1000
    assert run["finished"] == "2024-05-01T10:05:00" and run["counts"]["events"] == 31
    assert store.stats()["runs"] == 1
    store.write_documents([make_doc(1)], run_id="r1")
    assert store._con.execute("SELECT run_id FROM documents").fetchall() == [("r1",)]


def test_read_only(tmp_path):
    path = str(tmp_path / "ro.duckdb")
    with Store(path) as s:
        s.write_documents([make_doc(1)])
    with Store(path, read_only=True) as ro:
        assert len(ro.query_events(EventQuery())) == 6
        with pytest.raises(StoreError) as exc:
            ro.write_documents([make_doc(2)])
        assert exc.value.code == "E805"


def test_open_errors(tmp_path):
    foreign = str(tmp_path / "foreign.duckdb")
    con = duckdb.connect(foreign)
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError) as exc:
        Store(foreign)
    assert exc.value.code == "E804"
    newer = str(tmp_path / "newer.duckdb")
    Store(newer).close()
    con = duckdb.connect(newer)
    con.execute("UPDATE meta SET value = ? WHERE key = ?", [str(SCHEMA_VERSION + 1), "schema_version"])
    con.close()
    with pytest.raises(StoreError) as exc:
        Store(newer)
    assert exc.value.code == "E803"
    with pytest.raises(StoreError) as exc:
        Store(str(tmp_path / "missing" / "dir" / "x.duckdb"))
    assert exc.value.code == "E801"


def test_nan_confidence_fails_alone_or_stores(store):
    bad = make_doc(2)
    bad.events[0].confidence = float("nan")
    summary = store.write_documents([make_doc(1), bad])
    assert summary.inserted + len(summary.errors) == 2 and store.has_document("doc1")


def test_second_process_gets_e801_while_a_writer_holds_the_file(tmp_path):
    import subprocess
    import sys

    path = str(tmp_path / "locked.duckdb")
    with Store(path):
        code = (
            "import sys\n"
            "from eventwire.errors import StoreError\n"
            "from eventwire.store import Store\n"
            "try:\n"
            f"    Store({path!r}, read_only=True)\n"
            "except StoreError as exc:\n"
            "    print(exc.code)\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "E801", out.stderr


def test_read_only_missing_file_is_e801(tmp_path):
    with pytest.raises(StoreError) as exc:
        Store(str(tmp_path / "absent.duckdb"), read_only=True)
    assert exc.value.code == "E801"


def test_interrupt_during_a_write_leaves_no_open_transaction(store, monkeypatch):
    real = _store._insert
    calls = {"n": 0}

    def interrupted(con, table, rows):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(con, table, rows)

    monkeypatch.setattr(_store, "_insert", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.write_documents([make_doc(1)])
    monkeypatch.setattr(_store, "_insert", real)
    assert store.stats()["documents"] == 0
    assert store.write_documents([make_doc(1)]).inserted == 1
    assert store.get_document("doc1").events == make_doc(1).events


def test_replace_recodes_a_stored_document_and_drops_its_old_rows(store):
    store.write_documents([make_doc(1, n_events=3), make_doc(2, n_events=2)])
    newer = make_doc(1, n_events=1, text="Re-coded text.")
    summary = store.write_documents([newer], replace=True)
    assert (summary.inserted, summary.replaced, summary.skipped_duplicates) == (1, 1, 0)
    assert store.get_document("doc1").text == "Re-coded text."
    st = store.stats()
    assert st["documents"] == 2 and st["events"] == 3  # 1 new for doc1 + doc2's 2


def test_replace_keeps_the_old_version_when_the_new_one_fails(store, monkeypatch):
    import eventwire.store._store as store_module

    store.write_documents([make_doc(1, n_events=2)])
    real_insert = store_module._insert

    def failing_insert(con, table, rows):
        if table == "events" and rows:
            raise RuntimeError("disk full")
        real_insert(con, table, rows)

    monkeypatch.setattr(store_module, "_insert", failing_insert)
    summary = store.write_documents([make_doc(1, n_events=1, text="New text.")], replace=True)
    assert summary.errors and summary.inserted == 0
    assert store.get_document("doc1").text != "New text." and store.stats()["events"] == 2


def test_replace_still_skips_another_id_with_the_same_content(store):
    store.write_documents([make_doc(1, text="Same body.")])
    summary = store.write_documents([make_doc(2, text="Same body.")], replace=True)
    assert (summary.inserted, summary.skipped_duplicates) == (0, 1)
