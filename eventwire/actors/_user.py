"""User extension files (YAML or CSV) and the functions behind `eventwire actors add|list|lookup`.

A user file holds rows with the columns ``name, code, sector, office, valid_from, valid_to,
aliases`` (optional: ``secondary_sector``, ``kind``). Rows with the same name are one actor with
several dated roles. ``aliases`` is a list in YAML and "|"-separated in CSV.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from eventwire.actors._kb import NONSTATE_CODES, PLOVER_SECTORS, ActorKB, Entry, Role
from eventwire.actors._text import norm_key
from eventwire.errors import ConfigError

FIELDS = ("name", "code", "sector", "office", "valid_from", "valid_to", "aliases", "secondary_sector", "kind")
_KINDS = {"person", "org", "igo", "country", "place", "seat", "norp", "party"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _bad(key: str, detail: str) -> ConfigError:
    return ConfigError("E902", key=key, detail=detail)


def _clean_row(row: dict[str, Any], where: str) -> dict[str, Any]:
    row = {k.strip().lower(): v for k, v in row.items() if k}
    unknown = set(row) - set(FIELDS)
    if unknown:
        raise _bad(f"{where}: {sorted(unknown)[0]}", f"unknown column; use {', '.join(FIELDS)}")
    name = str(row.get("name") or "").strip()
    if not name:
        raise _bad(f"{where}: name", "every actor row needs a name")
    code = str(row.get("code") or "").strip().upper() or None
    if code is not None and not re.fullmatch(r"[A-Z]{3}", code):
        raise _bad(f"{where}: code", f"{code!r} is not a 3-letter ISO alpha-3 or {'/'.join(sorted(NONSTATE_CODES))} code")
    out: dict[str, Any] = {"name": name, "code": code}
    for col in ("sector", "secondary_sector"):
        val = str(row.get(col) or "").strip().upper() or None
        if val is not None and val not in PLOVER_SECTORS:
            raise _bad(f"{where}: {col}", f"{val!r} is not a PLOVER sector ({' '.join(sorted(PLOVER_SECTORS))})")
        out[col] = val
    for col in ("valid_from", "valid_to"):
        val = str(row.get(col) or "").strip() or None
        if val is not None and not _DATE.fullmatch(val):
            raise _bad(f"{where}: {col}", f"{val!r} is not a YYYY-MM-DD date")
        out[col] = val
    if out["code"] is None and out["sector"] is None:
        raise _bad(f"{where}: code", "give at least a code or a sector")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in re.split(r"[|;]", aliases) if a.strip()]
    out["aliases"] = [str(a) for a in aliases]
    out["office"] = str(row.get("office") or "").strip() or None
    kind = str(row.get("kind") or "").strip().lower() or None
    if kind is not None and kind not in _KINDS:
        raise _bad(f"{where}: kind", f"{kind!r}; use one of {', '.join(sorted(_KINDS))}")
    out["kind"] = kind
    return out


def read_rows(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise ConfigError("E902", key="actors file", detail=f"{path} does not exist")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        import yaml

        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if isinstance(data, dict):
            data = data.get("actors", [])
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise _bad(str(path), "expected a list of actor mappings (or {actors: [...]})")
        raw = data
    elif suffix in (".csv", ".tsv"):
        with path.open(newline="", encoding="utf-8") as fh:
            raw = list(csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ","))
    else:
        raise _bad(str(path), "actor files must be .yaml/.yml, .csv or .tsv")
    return [_clean_row(r, f"{path.name} row {i + 1}") for i, r in enumerate(raw)]


def read_user_file(path: Path) -> list[Entry]:
    """Rows -> entries; rows sharing a name become one actor with several roles."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in read_rows(path):
        grouped.setdefault(row["name"], []).append(row)
    entries = []
    for name, rows in grouped.items():
        roles = tuple(Role(r["code"], r["sector"], r["secondary_sector"], r["valid_from"], r["valid_to"]) for r in rows)
        aliases = [name] + [a for r in rows for a in r["aliases"]]
        keys = tuple(dict.fromkeys(k for k in (norm_key(a) for a in aliases) if k))
        kind = next((r["kind"] for r in rows if r["kind"]), None)
        if kind is None:
            code = rows[0]["code"]
            dated = any(r["valid_from"] or r["valid_to"] for r in rows)
            kind = "igo" if code in ("IGO", "UNO", "EUR") else ("person" if dated or rows[0]["office"] else "org")
        office = next((r["office"] for r in rows if r["office"]), None)
        entries.append(Entry(name, kind, roles, f"user:{path.name}", keys, office))
    return entries


def add_actor(path: str | Path, **fields: Any) -> dict[str, Any]:
    """Validate one actor row and append it to a YAML or CSV file (created if missing)."""
    path = Path(path)
    row = _clean_row(dict(fields), "add_actor")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        import yaml

        rows = []
        if path.exists():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            rows = data.get("actors", []) if isinstance(data, dict) else data
        rows.append({k: v for k, v in row.items() if v not in (None, [])})
        path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True), encoding="utf-8")
    elif suffix in (".csv", ".tsv"):
        new = not path.exists() or path.stat().st_size == 0
        with path.open("a", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(FIELDS), delimiter="\t" if suffix == ".tsv" else ",")
            if new:
                w.writeheader()
            w.writerow({**{k: row.get(k) or "" for k in FIELDS}, "aliases": "|".join(row["aliases"])})
    else:
        raise _bad(str(path), "actor files must be .yaml/.yml, .csv or .tsv")
    return row


def list_actors(kb: ActorKB | None = None, *, code: str | None = None, sector: str | None = None,
                name_contains: str | None = None, source: str | None = None, date: str | None = None,
                limit: int | None = 100) -> list[dict[str, Any]]:
    """Entries filtered by code/sector/name/source, as plain dicts (sector as valid on ``date``)."""
    kb = kb or ActorKB.default()
    needle = name_contains.lower() if name_contains else None
    out = []
    for e in kb.entries:
        if source and not e.source.startswith(source):
            continue
        if needle and needle not in e.canonical.lower() and not any(needle in k for k in e.keys):
            continue
        role, _ = e.role_at(date)
        if code and role.code != code.upper():
            continue
        if sector and role.sector != sector.upper():
            continue
        out.append({"name": e.canonical, "kind": e.kind, "code": role.code, "sector": role.sector,
                    "secondary_sector": role.secondary, "valid_from": role.start, "valid_to": role.end,
                    "office": e.office, "source": e.source, "aliases": len(e.keys)})
        if limit is not None and len(out) >= limit:
            break
    return out


def explain_lookup(name: str, date: str | None = None, kb: ActorKB | None = None) -> str:
    """Human-readable account of how ``name`` resolves on ``date``, including the rules that would apply."""
    from eventwire.actors._resolve import resolve_phrase

    kb = kb or ActorKB.default()
    lines = [f"lookup {name!r}" + (f" on {date}" if date else " (no date)")]
    exact = kb.lookup(name, date)
    if exact:
        lines.append(f"{len(exact)} dictionary candidate(s), best first:")
        for r in exact[:8]:
            lines.append(f"  - {r.code or '-'} {r.sector or '-'}"
                         + (f"/{r.secondary_sector}" if r.secondary_sector else "")
                         + f"  [{r.source}] {r.explanation}")
    else:
        lines.append("not in the dictionaries as a whole name.")
    res = resolve_phrase(name, date=date, kb=kb)
    if res is not None:
        lines.append(f"as a phrase: {res.code or '-'} {res.sector or '-'}"
                     + (f" office={res.office!r}" if res.office else "") + f"  because {res.explanation}")
    if not exact:
        lines.append("rules that would apply: a title with a country resolves by the title rule, e.g. "
                     f"'U.S. Deputy Secretary of State {name}' -> USA GOV (country from 'U.S.', sector from the title); "
                     f"a nationality or possessive works the same way ('Iran's foreign minister {name}' -> IRN GOV). "
                     "Add the person with `eventwire actors add` to code the bare name.")
    return "\n".join(lines)
