"""The DuckDB schema of the store, as constants.

Table and column names live only here and are the only identifiers ever formatted into SQL;
every value travels as a bound parameter. docs/store.md documents the same schema for humans:
keep the two in step, and bump SCHEMA_VERSION on any change that an older reader would misread.
"""
from __future__ import annotations

import json

import duckdb

SCHEMA_VERSION = 1

# (column, DuckDB type, constraint). Column order is the insert order used by the writer.
Columns = tuple[tuple[str, str, str], ...]

TABLES: dict[str, Columns] = {
    "meta": (
        ("key", "VARCHAR", "PRIMARY KEY"),
        ("value", "VARCHAR", ""),
    ),
    "documents": (
        ("doc_id", "VARCHAR", "PRIMARY KEY"),
        # NULL for documents without text: every failed document would otherwise share sha256('').
        ("content_hash", "VARCHAR", "UNIQUE"),
        ("source", "VARCHAR", ""),
        ("title", "VARCHAR", ""),
        ("published", "VARCHAR", ""),
        ("url", "VARCHAR", ""),
        ("site", "VARCHAR", ""),
        ("author", "VARCHAR", ""),
        ("language", "VARCHAR", ""),
        ("text", "VARCHAR", "NOT NULL"),
        ("dateline", "VARCHAR", ""),
        ("ingested_at", "TIMESTAMP", "NOT NULL"),
        ("run_id", "VARCHAR", ""),
    ),
    "removed_lines": (
        ("doc_id", "VARCHAR", "NOT NULL"),
        ("position", "INTEGER", "NOT NULL"),
        ("text", "VARCHAR", ""),
        ("reason", "VARCHAR", ""),
    ),
    "errors": (
        ("doc_id", "VARCHAR", "NOT NULL"),
        ("position", "INTEGER", "NOT NULL"),
        ("stage", "VARCHAR", ""),
        ("code", "VARCHAR", ""),
        ("message", "VARCHAR", ""),
    ),
    # One table for all four mention kinds: the typed columns serve filters and joins, ``data``
    # holds the complete record so a round trip never depends on which fields got a column.
    "mentions": (
        ("doc_id", "VARCHAR", "NOT NULL"),
        ("kind", "VARCHAR", "NOT NULL"),  # entity | place | date | quantity
        ("position", "INTEGER", "NOT NULL"),
        ("text", "VARCHAR", ""),
        ("char_start", "INTEGER", ""),
        ("char_end", "INTEGER", ""),
        ("label", "VARCHAR", ""),
        ("code", "VARCHAR", ""),
        ("sector", "VARCHAR", ""),
        ("country_code", "VARCHAR", ""),
        ("lat", "DOUBLE", ""),
        ("lon", "DOUBLE", ""),
        ("value", "VARCHAR", ""),
        ("data", "JSON", "NOT NULL"),
    ),
    "events": (
        ("event_id", "VARCHAR", "PRIMARY KEY"),
        ("doc_id", "VARCHAR", "NOT NULL"),
        ("position", "INTEGER", "NOT NULL"),
        ("type", "VARCHAR", "NOT NULL"),
        ("mode", "VARCHAR", ""),
        ("quad_code", "INTEGER", ""),
        ("context", "JSON", ""),
        ("date", "VARCHAR", ""),
        ("enddate", "VARCHAR", ""),
        # First 10 characters of the event date, else of the document's published date: the
        # value since/until and the ordering use, precomputed so no query needs the join for it.
        ("sort_date", "VARCHAR", ""),
        ("modality", "VARCHAR", ""),
        ("confidence", "DOUBLE", ""),
        ("date_text", "VARCHAR", ""),
        ("date_precision", "VARCHAR", ""),
        ("date_source", "VARCHAR", ""),
        ("sentence", "VARCHAR", ""),
        ("text_start", "INTEGER", ""),
        ("text_end", "INTEGER", ""),
        ("loc_extracted_place", "VARCHAR", ""),
        ("loc_resolved_place", "VARCHAR", ""),
        ("loc_geonameid", "BIGINT", ""),
        ("loc_lat", "DOUBLE", ""),
        ("loc_lon", "DOUBLE", ""),
        ("loc_country_code", "VARCHAR", ""),
        ("loc_admin1", "VARCHAR", ""),
        ("loc_resolution", "INTEGER", ""),
        ("loc_location_source", "VARCHAR", ""),
        ("attribution", "JSON", ""),
        ("explanation", "JSON", ""),
        ("size", "JSON", ""),
    ),
    "event_actors": (
        ("event_id", "VARCHAR", "NOT NULL"),
        ("doc_id", "VARCHAR", "NOT NULL"),
        ("role", "VARCHAR", "NOT NULL"),  # actor | recipient
        ("position", "INTEGER", "NOT NULL"),
        ("entity_text", "VARCHAR", ""),
        ("code", "VARCHAR", ""),
        ("sector", "VARCHAR", ""),
        ("identifier_id", "VARCHAR", ""),
        ("office", "VARCHAR", ""),
    ),
    "runs": (
        ("run_id", "VARCHAR", "PRIMARY KEY"),
        ("started", "VARCHAR", ""),
        ("finished", "VARCHAR", ""),
        ("config", "JSON", ""),
        ("counts", "JSON", ""),
    ),
}

# Child tables are written only together with their document, in the same transaction, so their
# composite keys hold by construction; they are documented, not enforced, because every enforced
# key is another index to maintain on each insert.
KEYS: dict[str, tuple[str, ...]] = {
    "removed_lines": ("doc_id", "position"),
    "errors": ("doc_id", "position"),
    "mentions": ("doc_id", "kind", "position"),
    "event_actors": ("event_id", "role", "position"),
}

# The actor-code index makes "events involving USA" an index lookup on event_actors followed by
# a key join, instead of a scan of every event's JSON.
INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("idx_event_actors_code", "event_actors", ("code",)),
    ("idx_event_actors_event", "event_actors", ("event_id",)),
    ("idx_events_doc", "events", ("doc_id",)),
)

DOC_CHILD_TABLES: tuple[str, ...] = ("removed_lines", "errors", "mentions", "events", "event_actors")


def column_names(table: str) -> tuple[str, ...]:
    return tuple(name for name, _, _ in TABLES[table])


def create_table_sql(table: str) -> str:
    cols = ", ".join(f"{name} {typ} {constraint}".strip() for name, typ, constraint in TABLES[table])
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


def bulk_insert_sql(table: str) -> str:
    """An INSERT of a whole batch from one bound JSON document ``{column: [values...]}``, typed by
    a second bound parameter (json_structure). Converting one string in DuckDB's JSON reader is
    several times faster than binding Python lists value by value, and JSON columns travel as
    nested JSON instead of being encoded twice."""
    cols = TABLES[table]
    names = ", ".join(f'"{name}"' for name, _, _ in cols)
    unnests = ", ".join(f'unnest(j."{name}")' for name, _, _ in cols)
    return f"INSERT INTO {table} ({names}) SELECT {unnests} FROM (SELECT from_json(?, ?) AS j)"


def bulk_insert_structure(table: str) -> str:
    return json.dumps({name: [typ] for name, typ, _ in TABLES[table]})


def existing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("BEGIN")
    try:
        for table in TABLES:
            con.execute(create_table_sql(table))
        for name, table, cols in INDEXES:
            con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(cols)})")
        con.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
            ["schema_version", str(SCHEMA_VERSION)],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    if "meta" not in existing_tables(con):
        return None
    row = con.execute("SELECT value FROM meta WHERE key = ?", ["schema_version"]).fetchone()
    return int(row[0]) if row else None
