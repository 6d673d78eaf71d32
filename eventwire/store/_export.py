"""Exports of event dicts (the shape Store.query_events returns) to JSONL, CSV, POLECAT-style TSV,
Parquet and a terminal table. Column lists are documented in docs/store.md.

Every writer also accepts :class:`eventwire.model.Event` records (converted with ``to_dict``), so a
pipeline can export without a database.
"""
from __future__ import annotations

import csv
import json
from typing import Any, Iterable, TextIO

import duckdb

from eventwire.model import Record

# Several actors (or attributions, contexts) in one flat cell are joined with this; actor columns
# stay position-aligned, an unknown code or sector being an empty slot.
MULTI_SEP = ";"

# (name, DuckDB type for Parquet). CSV and Parquet share these columns.
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("date", "VARCHAR"),
    ("enddate", "VARCHAR"),
    ("event", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("context", "VARCHAR"),
    ("quad_code", "INTEGER"),
    ("actor_codes", "VARCHAR"),
    ("actor_sectors", "VARCHAR"),
    ("actor_text", "VARCHAR"),
    ("actor_ids", "VARCHAR"),
    ("recipient_codes", "VARCHAR"),
    ("recipient_sectors", "VARCHAR"),
    ("recipient_text", "VARCHAR"),
    ("recipient_ids", "VARCHAR"),
    ("place", "VARCHAR"),
    ("resolved_place", "VARCHAR"),
    ("geonameid", "BIGINT"),
    ("country_code", "VARCHAR"),
    ("admin1", "VARCHAR"),
    ("lat", "DOUBLE"),
    ("lon", "DOUBLE"),
    ("location_source", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("attribution", "VARCHAR"),
    ("attribution_types", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("date_text", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("date_source", "VARCHAR"),
    ("size", "VARCHAR"),
    ("source", "VARCHAR"),
    ("published", "VARCHAR"),
    ("title", "VARCHAR"),
    ("text_start", "INTEGER"),
    ("text_end", "INTEGER"),
    ("trigger", "VARCHAR"),
    ("rule", "VARCHAR"),
    ("sentence", "VARCHAR"),
)
CSV_COLUMNS: tuple[str, ...] = tuple(name for name, _ in FLAT_COLUMNS)

# POLECAT-style header -> flat column it is filled from.
POLECAT_MAP: tuple[tuple[str, str], ...] = (
    ("Event ID", "id"),
    ("Event Date", "date"),
    ("Event Type", "event"),
    ("Event Mode", "mode"),
    ("Contexts", "context"),
    ("Quad Code", "quad_code"),
    ("Actor Name", "actor_text"),
    ("Actor Country", "actor_codes"),
    ("Actor Sector", "actor_sectors"),
    ("Actor Wikidata ID", "actor_ids"),
    ("Recipient Name", "recipient_text"),
    ("Recipient Country", "recipient_codes"),
    ("Recipient Sector", "recipient_sectors"),
    ("Recipient Wikidata ID", "recipient_ids"),
    ("Placename", "resolved_place"),
    ("Raw Placename", "place"),
    ("State", "admin1"),
    ("Country", "country_code"),
    ("Latitude", "lat"),
    ("Longitude", "lon"),
    ("GeoNames ID", "geonameid"),
    ("Modality", "modality"),
    ("Attribution", "attribution"),
    ("Confidence", "confidence"),
    ("Source", "source"),
    ("Story ID", "doc_id"),
    ("Story Date", "published"),
    ("Headline", "title"),
    ("Sentence", "sentence"),
)
POLECAT_COLUMNS: tuple[str, ...] = tuple(h for h, _ in POLECAT_MAP)


def _as_dict(ev: Any) -> dict[str, Any]:
    return ev.to_dict() if isinstance(ev, Record) else ev


def _party_columns(role: str, parties: list[dict[str, Any]]) -> dict[str, str]:
    """Flat columns for one side of an event: codes, sectors, texts and ids, ';'-joined."""
    return {f"{role}_{column}": _join(p.get(key) for p in parties)
            for column, key in (("codes", "code"), ("sectors", "sector"), ("text", "entity_text"), ("ids", "identifier_id"))}


def _join(values: Iterable[Any]) -> str:
    return MULTI_SEP.join("" if v is None else str(v) for v in values)


def flatten_event(ev: dict[str, Any] | Record) -> dict[str, Any]:
    """One event as the flat columns of CSV_COLUMNS (None where a value is missing)."""
    e = _as_dict(ev)
    actors = e.get("actor") or []
    recipients = e.get("recipient") or []
    loc = e.get("event_loc") or {}
    info = e.get("text_info") or {}
    expl = e.get("explanation") or {}
    attrs = e.get("attribution") or []
    size = e.get("size") or {}
    return {
        "id": e.get("id"),
        "doc_id": e.get("doc_id"),
        "date": e.get("date"),
        "enddate": e.get("enddate"),
        "event": e.get("event"),
        "mode": e.get("mode"),
        "context": _join(e.get("context") or []),
        "quad_code": e.get("quad_code"),
        **_party_columns("actor", actors),
        **_party_columns("recipient", recipients),
        "place": loc.get("extracted_place"),
        "resolved_place": loc.get("resolved_place"),
        "geonameid": loc.get("geonameid"),
        "country_code": loc.get("country_code"),
        "admin1": loc.get("admin1"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "location_source": loc.get("location_source"),
        "modality": e.get("modality"),
        "attribution": _join(a.get("text") for a in attrs),
        "attribution_types": _join(a.get("type") for a in attrs),
        "confidence": e.get("confidence"),
        "date_text": e.get("date_text"),
        "date_precision": e.get("date_precision"),
        "date_source": e.get("date_source"),
        "size": _join(f"{k}={v}" for k, v in size.items()),
        "source": e.get("source"),
        "published": e.get("published"),
        "title": e.get("title"),
        "text_start": info.get("start"),
        "text_end": info.get("end"),
        "trigger": expl.get("trigger"),
        "rule": expl.get("rule"),
        "sentence": e.get("sentence"),
    }


def write_jsonl(events: Iterable[dict[str, Any] | Record], fh: TextIO) -> int:
    """One JSON object per line, in the PLOVER event shape; returns the number written."""
    n = 0
    for ev in events:
        fh.write(json.dumps(_as_dict(ev), ensure_ascii=False, default=str))
        fh.write("\n")
        n += 1
    return n


def write_csv(events: Iterable[dict[str, Any] | Record], fh: TextIO) -> int:
    """RFC 4180 CSV with a header row of CSV_COLUMNS; open ``fh`` with ``newline=''``."""
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(flatten_event(ev))
        n += 1
    return n


def _tsv_cell(value: Any) -> str:
    # TSV has no quoting: tabs and line breaks inside a value would shift every later column.
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())


def write_polecat_tsv(events: Iterable[dict[str, Any] | Record], fh: TextIO) -> int:
    """Tab-separated, header row of POLECAT_COLUMNS, no quoting (tabs/newlines in values become spaces)."""
    fh.write("\t".join(POLECAT_COLUMNS) + "\n")
    n = 0
    for ev in events:
        flat = flatten_event(ev)
        fh.write("\t".join(_tsv_cell(flat[col]) for _, col in POLECAT_MAP) + "\n")
        n += 1
    return n


def write_parquet(events: Iterable[dict[str, Any] | Record], path: str) -> int:
    """Typed flat columns (FLAT_COLUMNS) to a Parquet file, through an in-memory DuckDB."""
    rows = [flatten_event(ev) for ev in events]
    con = duckdb.connect()
    try:
        cols = ", ".join(f"{name} {typ}" for name, typ in FLAT_COLUMNS)
        con.execute(f"CREATE TEMP TABLE export_events ({cols})")
        if rows:
            unnests = ", ".join(f"unnest(?::{typ}[])" for _, typ in FLAT_COLUMNS)
            con.execute(
                f"INSERT INTO export_events SELECT * FROM (SELECT {unnests})",
                [[r[name] for r in rows] for name, _ in FLAT_COLUMNS],
            )
        con.execute("COPY export_events TO ? (FORMAT PARQUET)", [str(path)])
    finally:
        con.close()
    return len(rows)


def _clip(text: str, width: int) -> str:
    if width <= 0:
        return ""
    if len(text) <= width:
        return text.ljust(width)
    return text[: max(0, width - 3)] + "..." if width > 3 else text[:width]


def _codes(actors: list[dict[str, Any]]) -> str:
    parts = []
    for a in actors:
        code = a.get("code") or "?"
        parts.append(f"{code}/{a['sector']}" if a.get("sector") else code)
    return "+".join(dict.fromkeys(parts)) or "-"


def _short(actors: list[dict[str, Any]]) -> str:
    return ", ".join(" ".join((a.get("entity_text") or "").split()[:3]) for a in actors) or "-"


def _parties(e: dict[str, Any]) -> str:
    # Codes first so that truncation only ever cuts the (secondary) surface text.
    actors, recipients = e.get("actor") or [], e.get("recipient") or []
    return f"{_codes(actors)} -> {_codes(recipients)}: {_short(actors)} -> {_short(recipients)}"


# (header, width); the evidence column takes what is left of the requested width.
_TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("DATE", 10), ("TYPE", 9), ("MODE", 12), ("ACTOR -> RECIPIENT", 40),
    ("PLACE", 16), ("MODALITY", 12), ("CONF", 4),
)


def format_table(events: Iterable[dict[str, Any] | Record], width: int = 160) -> str:
    """A fixed-width table (ASCII rules and arrows) for terminals: one line per event, truncated to ``width``."""
    fixed = sum(w for _, w in _TABLE_COLUMNS) + 2 * len(_TABLE_COLUMNS)
    evidence_w = max(12, width - fixed)
    widths = [w for _, w in _TABLE_COLUMNS] + [evidence_w]
    headers = [h for h, _ in _TABLE_COLUMNS] + ["EVIDENCE"]

    def line(cells: list[str]) -> str:
        return "  ".join(_clip(c, w) for c, w in zip(cells, widths)).rstrip()

    lines = [line(headers), line(["-" * w for w in widths])]
    for ev in events:
        e = _as_dict(ev)
        loc = e.get("event_loc") or {}
        place = loc.get("resolved_place") or loc.get("extracted_place") or ""
        if loc.get("country_code"):
            place = f"{place} ({loc['country_code']})" if place else loc["country_code"]
        conf = e.get("confidence")
        lines.append(line([
            str(e.get("date") or e.get("published") or "")[:10],
            str(e.get("event") or ""),
            str(e.get("mode") or ""),
            _parties(e),
            place,
            str(e.get("modality") or ""),
            "" if conf is None else f"{float(conf):.2f}",
            " ".join(str(e.get("sentence") or "").split()),
        ]))
    if len(lines) == 2:
        lines.append("(no events)")
    return "\n".join(lines)
