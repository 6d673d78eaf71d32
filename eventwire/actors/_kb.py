"""The actor knowledge base: shipped tables plus user files, indexed by normalised name.

Every name is stored under the key ``norm_key`` gives it, so a lookup is one dict access per
n-gram; nothing at run time loops over the tables with a regex.
"""
from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from collections.abc import Sequence
from typing import Iterable, NamedTuple

from eventwire.actors._text import norm_key

DATA_FILE = "actors.jsonl.gz"
KB_VERSION = 1

#: PLOVER 2.0 sector codes (manual, "Sector Codes").
PLOVER_SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)
#: Actor "country" codes that are not states (manual, "Non-state international actors").
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

# Entry kinds -> Entity labels.
KIND_LABEL = {
    "country": "COUNTRY", "place": "GPE", "seat": "GPE", "norp": "NORP", "person": "PERSON",
    "org": "ORG", "igo": "IGO", "party": "ORG",
}
GEO_KINDS = frozenset({"country", "place", "seat", "norp"})


@dataclass(slots=True)
class Resolution:
    """One explainable answer: what a name or phrase codes to, and why."""

    code: str | None
    sector: str | None
    secondary_sector: str | None
    canonical: str | None
    identifier_id: str | None
    office: str | None
    matched: str
    source: str  # table or rule that gave the answer, e.g. "phoenix:countries", "hand:seats", "rule:title"
    valid_from: str | None = None
    valid_to: str | None = None
    explanation: str = ""
    kind: str | None = None  # entry kind: country, norp, seat, place, person, org, igo, agent

    def to_dict(self) -> dict:
        return {f: getattr(self, f) for f in self.__slots__}  # type: ignore[attr-defined]


class Role(NamedTuple):
    code: str | None
    sector: str | None
    secondary: str | None
    start: str | None  # ISO day, inclusive
    end: str | None  # ISO day, exclusive


@dataclass(slots=True)
class Entry:
    canonical: str
    kind: str
    roles: tuple[Role, ...]
    source: str
    keys: Sequence[str]
    office: str | None = None
    identifier_id: str | None = None

    def role_at(self, date: str | None) -> tuple[Role, str]:
        """The role valid on ``date`` and a short reason; see docs/actors.md for the rules."""
        roles = self.roles
        dated = [r for r in roles if r.start or r.end]
        undated = [r for r in roles if not (r.start or r.end)]
        if date and dated:
            d = date[:10]
            hits = [r for r in dated if (not r.start or r.start <= d) and (not r.end or d < r.end)]
            if hits:
                # An office beats the "elite" filler ranges the dictionaries put around it.
                hits.sort(key=lambda r: (r.sector != "ELI", r.start or ""), reverse=True)
                return hits[0], f"valid on {d} ({hits[0].start or '…'}–{hits[0].end or '…'})"
            if undated:
                return undated[0], f"no dated role covers {d}; undated default"
            last = max(dated, key=lambda r: r.end or "9999")
            first = min(dated, key=lambda r: r.start or "0000")
            if self.kind == "person" and last.end and d >= last.end:
                return (Role(last.code, "ELI", None, last.end, None),
                        f"former office holder: last role ended {last.end}, so ELI on {d}")
            if self.kind == "person" and dated and all(r.end and r.end <= d or r.start and r.start > d for r in dated):
                if any(r.end and r.end <= d for r in dated):
                    prev = max((r for r in dated if r.end and r.end <= d), key=lambda r: r.end or "")
                    return (Role(prev.code, "ELI", None, prev.end, None),
                            f"between offices on {d}: previous role ended {prev.end}, so ELI")
                return (Role(first.code, None, None, None, first.start),
                        f"before any dated role ({first.start}); country only")
            return first, f"no role covers {d}; nearest recorded role used"
        if undated and not (self.kind == "person" and dated):
            return undated[0], "undated"
        # No date (people: their latest office, not the "elite" filler around it): the most recent role the tables know.
        best = max(dated, key=lambda r: (r.end is None, r.start or "", r.end or ""))
        return best, "no document date; most recent recorded role"


_make_role = Role._make


def _entry_from_row(a: dict) -> Entry:
    return Entry(a["n"], a["k"], tuple(map(_make_role, a["r"])), a["s"], a["a"], a.get("o"))


class _Entries(Sequence):
    """Entries built on first access: loading stays a JSON parse plus one index pass."""

    __slots__ = ("_rows", "_cache")

    def __init__(self, rows: list) -> None:
        self._rows = rows
        self._cache: list[Entry | None] = [r if isinstance(r, Entry) else None for r in rows]

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        e = self._cache[i]
        if e is None:
            e = self._cache[i] = _entry_from_row(self._rows[i])
        return e

    def rows(self) -> list:
        return self._rows

    def keys_of(self, i: int) -> Sequence[str]:
        r = self._rows[i]
        return r.keys if isinstance(r, Entry) else r["a"]

    def kind_code_name(self, i: int) -> tuple[str, str | None, str, str]:
        r = self._rows[i]
        if isinstance(r, Entry):
            return r.kind, r.roles[0].code if r.roles else None, r.canonical, r.source
        return r["k"], r["r"][0][0], r["n"], r["s"]


class ActorKB:
    """Names -> entries and agent nouns -> sectors, loaded once.

    ``ActorKB.default()`` is the shared, lazily loaded instance over the shipped data;
    ``ActorKB.load(extra_paths=[...])`` builds a new one with user YAML/CSV files merged over it
    (user rows win ties on the same name).
    """

    _default: "ActorKB | None" = None
    _lock = threading.Lock()

    def __init__(self, entries: "Sequence[Entry] | _Entries", agents: dict[str, tuple[str, str | None, str]],
                 stop: Iterable[str] = (), meta: dict | None = None) -> None:
        self.entries = entries if isinstance(entries, _Entries) else _Entries(list(entries))
        self.agents = agents
        self.stop = frozenset(stop)
        self.meta = meta or {}
        self.office_words = frozenset(self.meta.get("office_words", ()))
        names: dict[str, list[int]] = {}
        span: dict[str, int] = {}
        keys_of = self.entries.keys_of
        for i in range(len(self.entries)):
            for k in keys_of(i):
                lst = names.get(k)
                if lst is None:
                    names[k] = [i]
                    # Longest key (in tokens) per first token bounds the n-gram scan.
                    n = k.count(" ") + 1
                    first = k.partition(" ")[0] if n > 1 else k
                    if span.get(first, 0) < n:
                        span[first] = n
                else:
                    lst.append(i)
        self.names, self.name_span = names, span
        self.agent_span: dict[str, int] = {}
        for k in agents:
            self._note_span(self.agent_span, k)
        self.country_names: dict[str, str] = {}
        for i in range(len(self.entries)):
            kind, code, name, source = self.entries.kind_code_name(i)
            if kind == "country" and source == "pycountry" and code:
                self.country_names.setdefault(code, name)

    @staticmethod
    def _note_span(spans: dict[str, int], key: str) -> None:
        n = key.count(" ") + 1
        first = key.partition(" ")[0]
        if spans.get(first, 0) < n:
            spans[first] = n

    # ---------------------------------------------------------------- loading
    @classmethod
    def default(cls) -> "ActorKB":
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls._from_shipped()
        return cls._default

    @classmethod
    def load(cls, extra_paths: Sequence[str | Path] = (), data_path: str | Path | None = None) -> "ActorKB":
        from eventwire.actors._user import read_user_file

        base = cls._from_shipped(data_path)
        if not extra_paths:
            return base
        user: list[Entry] = []
        for p in extra_paths:
            user.extend(read_user_file(Path(p)))
        return cls(_Entries(user + base.entries.rows()), base.agents, base.stop, base.meta)

    @classmethod
    def _from_shipped(cls, data_path: str | Path | None = None) -> "ActorKB":
        if data_path is None:
            raw = resources.files("eventwire.actors").joinpath("data", DATA_FILE).read_bytes()
        else:
            raw = Path(data_path).read_bytes()
        tables: dict = {}
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if line.strip():
                tables.update(json.loads(line))
        meta = tables.get("meta", {})
        if meta.get("version") != KB_VERSION:
            raise ValueError(f"actor data version {meta.get('version')!r}, expected {KB_VERSION}; "
                             "rebuild with scripts/build_actors.py")
        entries = _Entries(tables["actors"])
        agents = {k: tuple(v) for k, v in tables["agents"].items()}
        return cls(entries, agents, tables.get("stop", ()), meta)

    # ---------------------------------------------------------------- queries
    def candidates(self, key: str) -> list[Entry]:
        return [self.entries[i] for i in self.names.get(key, ())]

    def canonical_for(self, entry: Entry, role: Role) -> str:
        if entry.kind in ("norp", "place") and role.code in self.country_names:
            return self.country_names[role.code]
        return entry.canonical

    def resolution(self, entry: Entry, matched: str, date: str | None) -> Resolution:
        role, why = entry.role_at(date)
        return Resolution(
            code=role.code, sector=role.sector, secondary_sector=role.secondary,
            canonical=self.canonical_for(entry, role), identifier_id=entry.identifier_id,
            office=entry.office, matched=matched, source=entry.source,
            valid_from=role.start, valid_to=role.end,
            explanation=f"{matched!r} is {entry.kind} {entry.canonical!r} in {entry.source}: "
                        f"{role.code or '-'} {role.sector or '-'}; {why}",
            kind=entry.kind,
        )

    def lookup(self, name: str, date: str | None = None) -> list[Resolution]:
        """Every exact-name candidate (names first, then agent nouns), best first."""
        key = norm_key(name)
        out = [self.resolution(e, name, date) for e in self.candidates(key)]
        if not out and key.startswith("the "):
            out = [self.resolution(e, name, date) for e in self.candidates(key[4:])]
        agent = self.agents.get(key) or (self.agents.get(key[4:]) if key.startswith("the ") else None)
        if agent:
            sector, secondary, source = agent
            code = sector if sector in NONSTATE_CODES else None
            out.append(Resolution(
                code=code, sector=None if code else sector, secondary_sector=secondary, canonical=None,
                identifier_id=None, office=None, matched=name, source=source,
                explanation=f"{name!r} is an agent noun in {source}: sector {sector}"
                            + (f"/{secondary}" if secondary else "") + "; no country",
                kind="agent"))
        return out

    def __len__(self) -> int:
        return len(self.entries)
