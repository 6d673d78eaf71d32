"""The embedded DuckDB store of documents and PLOVER events, and the event exports.

One process may write a store at a time; readers should open it with ``read_only=True``.
The schema is documented in docs/store.md.
"""
from eventwire.store._export import (
    CSV_COLUMNS,
    FLAT_COLUMNS,
    POLECAT_COLUMNS,
    flatten_event,
    format_table,
    write_csv,
    write_jsonl,
    write_parquet,
    write_polecat_tsv,
)
from eventwire.registry import exporters
from eventwire.store._schema import SCHEMA_VERSION
from eventwire.store._store import EventQuery, Store, WriteError, WriteSummary, content_hash_of

__all__ = [
    "CSV_COLUMNS",
    "FLAT_COLUMNS",
    "POLECAT_COLUMNS",
    "SCHEMA_VERSION",
    "EventQuery",
    "Store",
    "WriteError",
    "WriteSummary",
    "content_hash_of",
    "flatten_event",
    "format_table",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_polecat_tsv",
]


# Exporters by versioned name: `eventwire events --format` picks one from here.
exporters.register("eventwire.export.jsonl.v1")(write_jsonl)
exporters.register("eventwire.export.csv.v1")(write_csv)
exporters.register("eventwire.export.polecat_tsv.v1")(write_polecat_tsv)
