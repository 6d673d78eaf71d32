"""The embedded DuckDB store: idempotent batched writes, filtered event queries, round trips.

DuckDB lets exactly one process hold a database file open for writing, and while it does no other
process can open the file at all; any number of processes may open it read-only when nobody
writes. Ingest therefore owns the file for the length of a run, and readers (the CLI's query
commands, the HTTP API) should open it with ``read_only=True``.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

import duckdb

from eventwire.errors import StoreError, message
from eventwire.model import (
    MODALITIES,
    PLOVER_TYPES,
    Actor,
    Attribution,
    DateMention,
    Document,
    Entity,
    ErrorRecord,
    Event,
    EventLocation,
    Explanation,
    Place,
    Quantity,
    Removed,
    TextInfo,
)
from eventwire.store import _schema
from eventwire.store._schema import DOC_CHILD_TABLES, SCHEMA_VERSION, TABLES

_INGESTED_AT = _schema.column_names("documents").index("ingested_at")
_INSERT_SQL = {t: _schema.bulk_insert_sql(t) for t in TABLES}
_INSERT_STRUCTURE = {t: _schema.bulk_insert_structure(t) for t in TABLES}
_EMPTY_HASH = hashlib.sha256(b"").hexdigest()
_DATE_FILTER = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Doc-level extras merged into each event dict returned by query_events.
EVENT_DOC_FIELDS: tuple[str, ...] = ("doc_id", "source", "published", "title")


@dataclass(slots=True)
class WriteError:
    doc_id: str
    message: str
    code: str = "E802"

    def to_dict(self) -> dict[str, str]:
        return {"doc_id": self.doc_id, "code": self.code, "message": self.message}


@dataclass(slots=True)
class WriteSummary:
    inserted: int = 0
    skipped_duplicates: int = 0
    replaced: int = 0  # of the inserted, how many took the place of a stored version (replace=True)
    errors: list[WriteError] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "inserted": self.inserted,
            "skipped_duplicates": self.skipped_duplicates,
            "replaced": self.replaced,
            "errors": [e.to_dict() for e in self.errors],
        }


@dataclass(slots=True)
class EventQuery:
    """Filters for :meth:`Store.query_events`; every field is optional and they combine with AND.

    ``actor`` matches the actor side only, ``recipient`` the recipient side only, ``party``
    either side. ``since``/``until`` are inclusive ISO prefixes (YYYY, YYYY-MM or YYYY-MM-DD)
    compared on the event date, or the published date when the event has none.
    """

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    party: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    doc_id: str | None = None
    text: str | None = None
    min_confidence: float | None = None
    limit: int = 1000
    offset: int = 0


@dataclass(slots=True)
class _Pending:
    doc: Document
    doc_id: str
    content_hash: str | None


@dataclass(slots=True)
class _DocRows:
    doc_id: str
    content_hash: str | None
    rows: dict[str, list[tuple]]


def content_hash_of(doc: Document) -> str | None:
    """The dedup key: the given hash, else sha256 of the text; None for documents without text,
    which are then deduplicated by id alone (all failed documents would share the empty hash)."""
    given = doc.content_hash
    if given and given != _EMPTY_HASH:
        return given
    if not doc.text:
        return None
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _flat(rec: Any) -> dict[str, Any]:
    """to_dict for records without nested records; dataclasses.asdict deep-copies every value and
    was most of the write time."""
    names = _FIELDS.get(type(rec))
    if names is None:
        names = _FIELDS[type(rec)] = tuple(f.name for f in dataclasses.fields(rec))
    return {n: getattr(rec, n) for n in names}


def _identity(doc: Document) -> tuple[str, str | None]:
    doc_id = doc.id
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError(f"document id must be a non-empty string, got {doc_id!r}")
    return doc_id, content_hash_of(doc)


def _doc_rows(doc: Document, run_id: str | None, chash: str | None) -> _DocRows:
    """Turn a Document into rows for every table, in TABLES column order (ingested_at is filled
    in at write time)."""
    doc_id = doc.id
    rows: dict[str, list[tuple]] = {t: [] for t in ("documents", *DOC_CHILD_TABLES)}
    rows["documents"].append((
        doc_id, chash, doc.source, doc.title, doc.published, doc.url, doc.site, doc.author,
        doc.language, doc.text or "", doc.dateline, None, run_id,
    ))
    for i, r in enumerate(doc.removed):
        rows["removed_lines"].append((doc_id, i, r.text, r.reason))
    for i, e in enumerate(doc.errors):
        rows["errors"].append((doc_id, i, e.stage, e.code, e.message))
    mentions = rows["mentions"]
    for i, m in enumerate(doc.entities):
        mentions.append((doc_id, "entity", i, m.text, m.start, m.end, m.label, m.code, m.sector,
                         None, None, None, m.canonical, _flat(m)))
    for i, p in enumerate(doc.places):
        mentions.append((doc_id, "place", i, p.text, p.start, p.end, p.feature, None, None,
                         p.country_code, p.lat, p.lon, p.resolved_place, _flat(p)))
    for i, d in enumerate(doc.dates):
        mentions.append((doc_id, "date", i, d.text, d.start, d.end, d.precision, None, None,
                         None, None, None, d.value, _flat(d)))
    for i, q in enumerate(doc.quantities):
        mentions.append((doc_id, "quantity", i, q.text, q.start, q.end, q.unit, None, None,
                         None, None, None, None if q.value is None else str(q.value),
                         _flat(q)))
    for i, ev in enumerate(doc.events):
        base = ev.date or doc.published
        loc = ev.event_loc
        rows["events"].append((
            ev.id, doc_id, i, ev.event, ev.mode, ev.quad_code, list(ev.context),
            ev.date, ev.enddate, base[:10] if base else None, ev.modality, ev.confidence,
            ev.date_text, ev.date_precision, ev.date_source, ev.sentence,
            ev.text_info.start, ev.text_info.end,
            loc.extracted_place, loc.resolved_place, loc.geonameid, loc.lat, loc.lon,
            loc.country_code, loc.admin1, loc.resolution, loc.location_source,
            [_flat(a) for a in ev.attribution],
            None if ev.explanation is None else _flat(ev.explanation),
            dict(ev.size),
        ))
        for role, actors in (("actor", ev.actor), ("recipient", ev.recipient)):
            for j, a in enumerate(actors):
                rows["event_actors"].append((ev.id, doc_id, role, j, a.entity_text, a.code,
                                             a.sector, a.identifier_id, a.office))
    return _DocRows(doc_id, chash, rows)


class Store:
    """A DuckDB file holding documents, their mentions and events, and the runs that wrote them."""

    # Documents per transaction. A failed batch is rolled back and retried one document per
    # transaction, so batching costs nothing in isolation; it only bounds how much uncommitted
    # work an interruption (a kill, a power cut) can lose.
    batch_size: int = 200

    def __init__(self, path: str = "eventwire.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError("E801", path=self.path, detail=str(exc).strip()) from exc
        try:
            self._init_schema()
        except BaseException:
            self._con.close()
            raise

    def _init_schema(self) -> None:
        con = self._con
        version = _schema.stored_version(con)
        if version is None:
            tables = _schema.existing_tables(con)
            if tables:
                raise StoreError("E804", path=self.path,
                                 detail=f"it has tables ({', '.join(sorted(tables))}) but no eventwire meta table")
            if self.read_only:
                raise StoreError("E804", path=self.path,
                                 detail="it is empty; open it for writing once to create the schema")
            _schema.create_schema(con)
        elif version > SCHEMA_VERSION:
            raise StoreError("E803", path=self.path, found=version, supported=SCHEMA_VERSION)
        # Older versions would be migrated here; version 1 is the first.

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _conn(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError("E801", path=self.path, detail="the store has been closed")
        return self._con

    def _require_writable(self, operation: str) -> None:
        if self.read_only:
            raise StoreError("E805", path=self.path, operation=operation)

    # -- writing -----------------------------------------------------------------------------

    def write_documents(self, docs: Iterable[Document], *, run_id: str | None = None,
                        replace: bool = False) -> WriteSummary:
        """Write documents not yet stored; skip (and count) those whose id or content hash is.

        With ``replace``, a document whose id is stored takes the place of the stored version and
        its rows (re-coding a corpus after an upgrade); the old rows are deleted in the same
        transaction as the new ones are written, so a failure leaves the old version in place.
        A different id with the same content is still a duplicate.

        Documents are committed in batches of ``batch_size``. If the input iterator raises, the
        documents read so far are committed before the exception propagates, so a re-run resumes.
        """
        self._require_writable("write_documents")
        summary = WriteSummary()
        pending: list[_Pending] = []
        with self._lock:
            try:
                for doc in docs:
                    try:
                        doc_id, chash = _identity(doc)
                    except Exception as exc:  # a malformed record must not stop the batch
                        summary.errors.append(_write_error(getattr(doc, "id", "?"), exc))
                        continue
                    pending.append(_Pending(doc, doc_id, chash))
                    if len(pending) >= max(1, int(self.batch_size)):
                        self._flush(pending, summary, run_id, replace)
                        pending = []
            finally:
                if pending:
                    self._flush(pending, summary, run_id, replace)
        return summary

    def _flush(self, batch: list[_Pending], summary: WriteSummary, run_id: str | None, replace: bool = False) -> None:
        fresh: list[_DocRows] = []
        stored: set[str] = set()
        # Duplicates are dropped before conversion: re-running a finished ingest costs a lookup.
        for item in self._drop_duplicates(batch, summary, replace, stored):
            try:
                fresh.append(_doc_rows(item.doc, run_id, item.content_hash))
            except Exception as exc:
                summary.errors.append(_write_error(item.doc_id, exc))
        if not fresh:
            return
        if self._write_transaction(fresh, replace=stored):
            summary.inserted += len(fresh)
            summary.replaced += sum(1 for rows in fresh if rows.doc_id in stored)
            return
        # Something in the batch failed: find which document by writing each on its own.
        for rows in fresh:
            try:
                self._write_transaction([rows], raise_errors=True, replace=stored)
            except Exception as exc:
                summary.errors.append(_write_error(rows.doc_id, exc))
            else:
                summary.inserted += 1
                summary.replaced += rows.doc_id in stored

    def _drop_duplicates(self, batch: list[_Pending], summary: WriteSummary, replace: bool = False,
                         stored: set[str] | None = None) -> list[_Pending]:
        ids = [b.doc_id for b in batch]
        hashes = [b.content_hash for b in batch if b.content_hash is not None]
        found = self._conn().execute(
            "SELECT doc_id, content_hash FROM documents "
            "WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) "
            "OR content_hash IN (SELECT unnest(?::VARCHAR[]))",
            [ids, hashes],
        ).fetchall()
        seen_ids = {r[0] for r in found}
        seen_hashes = {r[1] for r in found if r[1] is not None}
        if replace:
            # A stored id is replaced, not skipped; its own content hash does not make it a duplicate.
            own = {r[0]: r[1] for r in found}
            if stored is not None:
                stored.update(i for i in ids if i in own)
            seen_hashes -= {own[i] for i in ids if i in own}
            seen_ids = set()
        fresh: list[_Pending] = []
        for item in batch:
            if item.doc_id in seen_ids or (item.content_hash is not None and item.content_hash in seen_hashes):
                summary.skipped_duplicates += 1
                continue
            seen_ids.add(item.doc_id)
            if item.content_hash is not None:
                seen_hashes.add(item.content_hash)
            fresh.append(item)
        return fresh

    def _write_transaction(self, items: list[_DocRows], *, raise_errors: bool = False,
                           replace: set[str] | frozenset[str] = frozenset()) -> bool:
        con = self._conn()
        now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        con.execute("BEGIN")
        try:
            gone = [item.doc_id for item in items if item.doc_id in replace]
            if gone:
                for table in (*DOC_CHILD_TABLES[::-1], "documents"):
                    con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [gone])
            for table in ("documents", *DOC_CHILD_TABLES):
                rows = [row for item in items for row in item.rows[table]]
                if table == "documents":
                    rows = [r[:_INGESTED_AT] + (now,) + r[_INGESTED_AT + 1:] for r in rows]
                _insert(con, table, rows)
            con.execute("COMMIT")
        except BaseException as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the transaction is already gone; the original error is the one to report
            # Ctrl-C must not leave a transaction open, nor be swallowed as a document failure.
            if raise_errors or not isinstance(exc, Exception):
                raise
            return False
        return True

    def has_document(self, doc_id: str, content_hash: str | None = None) -> bool:
        with self._lock:
            row = self._conn().execute(
                "SELECT count(*) FROM documents WHERE doc_id = ? OR (? IS NOT NULL AND content_hash = ?)",
                [doc_id, content_hash, content_hash],
            ).fetchone()
        return bool(row and row[0])

    def record_run(self, run_id: str, config: dict, started: str, finished: str | None, counts: dict) -> None:
        """Store (or update: a run is typically recorded at start and again at the end) a run."""
        self._require_writable("record_run")
        with self._lock:
            try:
                self._conn().execute(
                    "INSERT OR REPLACE INTO runs (run_id, started, finished, config, counts) "
                    "VALUES (?, ?, ?, ?::JSON, ?::JSON)",
                    [run_id, started, finished, _json(config), _json(counts)],
                )
            except duckdb.Error as exc:
                raise StoreError("E802", doc_id=f"(run {run_id})", detail=str(exc).strip()) from exc

    def get_run(self, run_id: str) -> dict | None:
        with self._lock:
            row = self._conn().execute(
                "SELECT run_id, started, finished, config, counts FROM runs WHERE run_id = ?", [run_id]
            ).fetchone()
        if row is None:
            return None
        return {"run_id": row[0], "started": row[1], "finished": row[2],
                "config": _loads(row[3]), "counts": _loads(row[4])}

    # -- reading -----------------------------------------------------------------------------

    def query_events(self, q: EventQuery) -> list[dict]:
        where, params = _event_filters(q)
        limit, offset = _int_param("limit", q.limit), _int_param("offset", q.offset)
        cols = ", ".join(f"e.{c}" for c in _schema.column_names("events"))
        sql = (
            f"SELECT {cols}, d.source, d.published, d.title "
            "FROM events e JOIN documents d ON d.doc_id = e.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY e.sort_date NULLS LAST, e.doc_id, e.position LIMIT ? OFFSET ?"
        )
        with self._lock:
            con = self._conn()
            rows = con.execute(sql, [*params, limit, offset]).fetchall()
            actors = self._actors_of([r[0] for r in rows])
        ncol = len(TABLES["events"])
        out = []
        for r in rows:
            ev = _event_from_row(r[:ncol], actors.get(r[0], {}))
            d = ev.to_dict()
            d["doc_id"] = r[1]
            d["source"], d["published"], d["title"] = r[ncol:ncol + 3]
            out.append(d)
        return out

    def _actors_of(self, event_ids: list[str]) -> dict[str, dict[str, list[Actor]]]:
        if not event_ids:
            return {}
        rows = self._conn().execute(
            "SELECT event_id, role, entity_text, code, sector, identifier_id, office "
            "FROM event_actors WHERE event_id IN (SELECT unnest(?::VARCHAR[])) "
            "ORDER BY event_id, role, position",
            [event_ids],
        ).fetchall()
        out: dict[str, dict[str, list[Actor]]] = {}
        for event_id, role, text, code, sector, ident, office in rows:
            out.setdefault(event_id, {}).setdefault(role, []).append(
                Actor(entity_text=text, code=code, sector=sector, identifier_id=ident, office=office))
        return out

    def get_document(self, doc_id: str) -> Document | None:
        with self._lock:
            con = self._conn()
            row = con.execute(
                "SELECT doc_id, source, title, published, language, text, url, site, author, "
                "content_hash, dateline FROM documents WHERE doc_id = ?", [doc_id]
            ).fetchone()
            if row is None:
                return None
            removed = con.execute(
                "SELECT text, reason FROM removed_lines WHERE doc_id = ? ORDER BY position", [doc_id]
            ).fetchall()
            errors = con.execute(
                "SELECT stage, message, code FROM errors WHERE doc_id = ? ORDER BY position", [doc_id]
            ).fetchall()
            mentions = con.execute(
                "SELECT kind, data FROM mentions WHERE doc_id = ? ORDER BY kind, position", [doc_id]
            ).fetchall()
            cols = ", ".join(_schema.column_names("events"))
            ev_rows = con.execute(
                f"SELECT {cols} FROM events WHERE doc_id = ? ORDER BY position", [doc_id]
            ).fetchall()
            actors = self._actors_of([r[0] for r in ev_rows])
        doc = Document(
            id=row[0], source=row[1], title=row[2], published=row[3], language=row[4], text=row[5],
            url=row[6], site=row[7], author=row[8], content_hash=row[9], dateline=row[10],
            removed=[Removed(text=t, reason=r) for t, r in removed],
            errors=[ErrorRecord(stage=s, message=m, code=c) for s, m, c in errors],
        )
        kinds = {"entity": (Entity, doc.entities), "place": (Place, doc.places),
                 "date": (DateMention, doc.dates), "quantity": (Quantity, doc.quantities)}
        for kind, data in mentions:
            cls, target = kinds[kind]
            target.append(cls(**_loads(data)))
        doc.events = [_event_from_row(r, actors.get(r[0], {})) for r in ev_rows]
        return doc

    def stats(self) -> dict:
        with self._lock:
            con = self._conn()

            def scalar(sql: str, params: list | None = None) -> Any:
                return con.execute(sql, params or []).fetchone()[0]

            out: dict[str, Any] = {
                "path": self.path,
                "schema_version": int(scalar("SELECT value FROM meta WHERE key = ?", ["schema_version"])),
                "documents": scalar("SELECT count(*) FROM documents"),
                "documents_with_errors": scalar("SELECT count(DISTINCT doc_id) FROM errors"),
                "documents_without_text": scalar("SELECT count(*) FROM documents WHERE text = ''"),
                "events": scalar("SELECT count(*) FROM events"),
                "event_actors": scalar("SELECT count(*) FROM event_actors"),
                "errors": scalar("SELECT count(*) FROM errors"),
                "removed_lines": scalar("SELECT count(*) FROM removed_lines"),
                "runs": scalar("SELECT count(*) FROM runs"),
            }
            out["mentions"] = dict(con.execute(
                "SELECT kind, count(*) FROM mentions GROUP BY kind ORDER BY kind").fetchall())
            out["events_by_type"] = dict(con.execute(
                "SELECT type, count(*) FROM events GROUP BY type ORDER BY type").fetchall())
            out["events_by_modality"] = dict(con.execute(
                "SELECT modality, count(*) FROM events GROUP BY modality ORDER BY modality").fetchall())
            out["errors_by_code"] = dict(con.execute(
                "SELECT coalesce(code, ''), count(*) FROM errors GROUP BY 1 ORDER BY 1").fetchall())
            first, last = con.execute("SELECT min(sort_date), max(sort_date) FROM events").fetchone()
            out["first_event_date"], out["last_event_date"] = first, last
        return out


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    if not rows:
        return
    names = _schema.column_names(table)
    payload = json.dumps(dict(zip(names, map(list, zip(*rows)))), ensure_ascii=False, default=str)
    con.execute(_INSERT_SQL[table], [payload, _INSERT_STRUCTURE[table]])


def _write_error(doc_id: Any, exc: BaseException) -> WriteError:
    detail = f"{type(exc).__name__}: {str(exc).strip()}"
    return WriteError(doc_id=str(doc_id), message=message("E802", doc_id=doc_id, detail=detail))


def _loads(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _event_from_row(r: tuple, actors: dict[str, list[Actor]]) -> Event:
    (event_id, _doc_id, _pos, etype, mode, quad, context, date, enddate, _sort, modality, conf,
     date_text, date_precision, date_source, sentence, tstart, tend, lx, lr, lg, llat, llon, lcc,
     la1, lres, lsrc, attribution, explanation, size) = r
    expl = _loads(explanation)
    return Event(
        id=event_id, event=etype, mode=mode, context=_loads(context) or [], quad_code=quad,
        actor=actors.get("actor", []), recipient=actors.get("recipient", []),
        date=date, enddate=enddate,
        event_loc=EventLocation(extracted_place=lx, resolved_place=lr, geonameid=lg, lat=llat,
                                lon=llon, country_code=lcc, admin1=la1, resolution=lres,
                                location_source=lsrc),
        text_info=TextInfo(start=tstart, end=tend), sentence=sentence, modality=modality,
        attribution=[Attribution(**a) for a in (_loads(attribution) or [])],
        date_text=date_text, date_precision=date_precision, date_source=date_source,
        confidence=conf, size=_loads(size) or {},
        explanation=None if expl is None else Explanation(**expl),
    )


def _int_param(name: str, value: Any) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise StoreError("E806", detail=f"{name} must be an integer, got {value!r}") from None
    if n < 0:
        raise StoreError("E806", detail=f"{name} must be >= 0, got {n}")
    return n


def _event_filters(q: EventQuery) -> tuple[list[str], list[Any]]:
    """WHERE fragments (constants only) and their bound values, in order."""
    where: list[str] = []
    params: list[Any] = []
    # Enumerated filters: validated against the model's vocabularies before they reach SQL.
    for value, allowed, what, sql in ((q.type and str(q.type).strip().upper(), PLOVER_TYPES, "event type", "upper(e.type) = ?"),
                                      (q.modality and str(q.modality).strip().lower(), MODALITIES, "modality",
                                       "lower(e.modality) = ?")):
        if value is None:
            continue
        if value not in allowed:
            raise StoreError("E806", detail=f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
        where.append(sql)
        params.append(value)
    # Actor filters are key lookups on the indexed event_actors.code, joined back by event_id.
    for role, value in (("actor", q.actor), ("recipient", q.recipient)):
        if value is not None:
            where.append("e.event_id IN (SELECT event_id FROM event_actors WHERE code = ? AND role = ?)")
            params.extend([str(value).strip().upper(), role])
    if q.party is not None:
        where.append("e.event_id IN (SELECT event_id FROM event_actors WHERE code = ?)")
        params.append(str(q.party).strip().upper())
    for name, value, op in (("since", q.since, ">="), ("until", q.until, "<=")):
        if value is None:
            continue
        value = str(value).strip()
        if not _DATE_FILTER.match(value):
            raise StoreError("E806", detail=f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        # Comparing the prefix of the same length makes until=2024-03 include 2024-03-31.
        where.append(f"left(e.sort_date, ?) {op} ?")
        params.extend([len(value), value])
    if q.doc_id is not None:
        where.append("e.doc_id = ?")
        params.append(str(q.doc_id))
    if q.text is not None and str(q.text) != "":
        # strpos, not LIKE: user text containing % or _ must match literally.
        where.append("strpos(lower(e.sentence), lower(?)) > 0")
        params.append(str(q.text))
    if q.min_confidence is not None:
        try:
            conf = float(q.min_confidence)
        except (TypeError, ValueError):
            raise StoreError("E806", detail=f"min_confidence must be a number, got {q.min_confidence!r}") from None
        where.append("e.confidence >= ?")
        params.append(conf)
    return where, params

