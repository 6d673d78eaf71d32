"""The committed place index: loaded once per process, on first use, and looked up by folded name."""
from __future__ import annotations

import gzip
import re
import threading
import unicodedata
from importlib import resources
from typing import NamedTuple

# Coarseness of a feature, as Place.resolution spells it.
RESOLUTION = {"site": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 2, "water": 2, "landform": 2, "country": 1}

_TOKEN = re.compile(r"[^\W_]+")


def fold(s: str) -> str:
    """Lower-case and strip diacritics, so 'Zābul' and 'ZABUL' meet 'zabul'."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def name_key(name: str) -> str:
    """The lookup key of a name: folded word tokens joined by one space ('U.S.' and 'U. S.' -> 'u s')."""
    return " ".join(_TOKEN.findall(fold(name)))


def bears_name(c: "Candidate", key: str) -> bool:
    """True when ``key`` is the place's own name, not an alternate one. A metropolis named "X City" is
    called plain "X" too ("New York", "Ho Chi Minh"); a smaller one is not ("Oklahoma" is the state)."""
    own = name_key(c.name)
    if own == key or (c.feature == "city" and c.population >= 1_000_000 and own == key + " city"):
        return True
    # An English spelling the hand table gives the place ("Hanover" for Hannover) is its own name too.
    return c.geonameid is not None and c.geonameid in Gazetteer.default().spellings.get(key, ())


class Candidate(NamedTuple):
    name: str
    geonameid: int | None
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    feature: str
    population: int
    capital: bool

    @property
    def resolution(self) -> int:
        return RESOLUTION.get(self.feature, 4)

    def score(self) -> float:
        """Prior of being the place meant when nothing else is known."""
        if self.feature == "country":
            return 1e12
        if self.feature in ("region", "water", "landform"):
            return 5e11
        if self.feature == "site":
            return 1e11
        if self.feature == "admin1":
            return self.population * 0.5
        if self.feature == "admin2":
            # Below a same-sized town: many admin2 are municipalities, named for a town or standing for one.
            return self.population * 0.1
        # A capital is named in the news far beyond its size ('Washington' the city, not the state).
        return self.population * (20 if self.capital else 1)


class Gazetteer:
    """Place names to candidates. Use :meth:`default`; building one reads ~5.6 MB of gzip TSV."""

    _default: "Gazetteer | None" = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        # Rows stay as raw lines until looked up: parsing 190k rows up front would triple the load time.
        self._rows: list[str | Candidate] = []
        self.names: dict[str, list[int]] = {}  # keys of the hand table (and any unpacked ones)
        self._packed: dict[str, str] = {}
        self.prefixes: set[str] = set()
        # Keys written in lower case in the hand table ('Rafah crossing') may end on a lower-case word.
        self.lower_ok: set[str] = set()
        # Keys the hand table's alias rows add to a place the index holds ("North Yorks" for North Yorkshire).
        self.alias_keys: set[str] = set()
        # English spellings of places' own names ("Hanover" for Hannover), by key: the geonameids they name.
        self.spellings: dict[str, set[int]] = {}
        # Towns the hand table marks as known far beyond their size (Geneva, Venice): no namesake beats them.
        self.prominent: set[int] = set()
        self.capitals: dict[str, int] = {}
        self.countries: dict[str, int] = {}
        # The countries a region without one country lies across (the hand table's "spans" rows), by its name.
        self.spans: dict[str, frozenset[str]] = {}
        # The states on the shores of a sea, strait, lake or river (the hand table's "coasts" rows), by its name.
        self.coasts: dict[str, frozenset[str]] = {}
        self._ranked: dict[str, list[Candidate]] = {}
        data = resources.files("eventwire.geo") / "data"
        self._load_index(gzip.decompress((data / "gazetteer.tsv.gz").read_bytes()).decode("utf-8"))
        # A state's or province's centre where Natural Earth gives one (scripts/build_admin1_points.py): the index's
        # own point, the median of its towns, leans to where people live (Ontario's lies near Toronto). Read before
        # the hand table, whose rows may look up admin1 rows.
        self.admin1_centres: dict[tuple[str, str], tuple[float, float]] = {}
        # ... and the median of its towns, which stays the best guess for an unnamed town inside it.
        self._towns_points: dict[tuple[str, str], tuple[float, float]] = {}
        with open(str(data / "admin1_points.tsv"), encoding="utf-8") as fh:
            for line in fh:
                if line[0] != "#":
                    cc, name, lat, lon = line.split("\t")[:4]
                    self.admin1_centres[(cc, name)] = (float(lat), float(lon))
        with open(str(data / "extra_places.tsv"), encoding="utf-8") as fh:
            self._load_extra(fh)

    @classmethod
    def default(cls) -> "Gazetteer":
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls()
        return cls._default

    def _index_key(self, key: str, idx: int) -> None:
        self.names.setdefault(key, [*self._ids(key)]).append(idx)

    def _ids(self, key: str) -> list[int]:
        ids = self.names.get(key)
        if ids is None:
            packed = self._packed.get(key)
            ids = [int(i) for i in packed.split(",")] if packed else []
        return ids

    def has(self, key: str) -> bool:
        return key in self.names or key in self._packed

    def _load_index(self, text: str) -> None:
        _, rest = text.split("@rows\n", 1)
        rows, rest = rest.split("\n@names\n", 1)
        keys, rest = rest.split("\n@ids\n", 1)
        ids, prefixes = rest.split("\n@prefixes\n", 1)
        self._rows = rows.split("\n")  # type: ignore[assignment]
        # Row numbers stay a comma-separated string until a key is looked up.
        self._packed: dict[str, str] = dict(zip(keys.split("\n"), ids.split("\n")))
        self.prefixes = set(prefixes.split("\n"))
        self.prefixes.discard("")
        for idx, line in enumerate(self._rows):
            if line.startswith("country"):
                self.countries[line.split("\t", 4)[3]] = idx
            elif line.endswith("\tC"):
                self.capitals[line.split("\t", 4)[3]] = idx

    def _held_row(self, name: str, cc: str, feature: str | None = None) -> int | None:
        """The row of a place the index holds under this very name, in country ``cc`` (and of this feature, when
        given): the place an extra line about it means."""
        return next((i for i in self._ids(name_key(name)) if self.place(i).country_code == (cc or None)
                     and self.place(i).name == name and (feature is None or self.place(i).feature == feature)), None)

    def _load_extra(self, fh) -> None:
        for line in fh:
            if not line.strip() or line[0] == "#":
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] in ("spans", "coasts"):
                table = self.spans if cols[0] == "spans" else self.coasts
                table[cols[1].strip()] = frozenset(c.strip() for c in cols[2].split("|") if c.strip())
                continue
            feature, name, cc, admin1, lat, lon = (c.strip() for c in cols[:6])
            aliases = [a for a in (cols[6].split("|") if len(cols) > 6 else []) if a.strip()]
            if feature == "prominent":
                # A town the index holds that the news names far beyond its size ("Venice", "Geneva"): it beats
                # a namesake in the story's country (Venice, California; Geneva, Illinois).
                idx = self._held_row(name, cc, "city")
                if idx is not None:
                    self.prominent.add(self.place(idx).geonameid)
                continue
            if feature == "spelling":
                # The English spelling of a place the index holds under its own language's name ("Hanover",
                # "Hannover"): it ranks as the place's own name, so a small namesake town elsewhere does not
                # beat the city in a dateline or a story with no other country named.
                idx = self._held_row(name, cc)
                if idx is None:
                    continue
                for n in aliases:
                    if idx not in self._ids(name_key(n)):
                        self._index_alias(n, idx)
                    self.spellings.setdefault(name_key(n), set()).add(self.place(idx).geonameid)
                continue
            if feature == "alias":
                # More names for a place the index already holds ("Bosnia" for Bosnia and Herzegovina): the
                # aliases lead to its own row, coordinates and geonameid included.
                idx = self._held_row(name, cc)
                if idx is None:
                    continue
                for n in aliases:
                    self._index_alias(n, idx)
                    self.alias_keys.add(name_key(n))
                continue
            if feature == "former":
                # A state that is gone which the actor table still codes on its own ("Yugoslavia", YUG until 2003):
                # its name is its own, no longer an alternate name of the successor the index files it under
                # (Serbia), so that the place and the story's actors carry one code.
                idx = len(self._rows)
                self._rows.append(Candidate(name, None, float(lat), float(lon), cc, None, "country", 0, False))
                self.countries[cc] = idx
                for n in [name, *aliases]:
                    key = name_key(n)
                    self.names[key] = [i for i in self._ids(key) if self.place(i).feature != "country"]
                    self._index_alias(n, idx)
                continue
            # An optional eighth column gives a town's or county's population: without it a hand-table town
            # weighs nothing and is taken in prose only in a story about its country and after a cue ("in").
            population = int(cols[7]) if len(cols) > 7 and cols[7].strip() else 0
            idx = len(self._rows)
            self._rows.append(Candidate(name, None, float(lat), float(lon), cc or None, admin1 or None,
                                        feature, population, False))
            for n in [name, *aliases]:
                self._index_alias(n, idx)

    def _index_alias(self, n: str, idx: int) -> None:
        key = name_key(n)
        self._index_key(key, idx)
        parts = key.split(" ")
        for k in range(1, len(parts)):
            self.prefixes.add(" ".join(parts[:k]))
        if n.split()[-1].islower():
            self.lower_ok.add(key)

    def place(self, idx: int) -> Candidate:
        row = self._rows[idx]
        if isinstance(row, str):
            feature, gid, name, cc, admin1, lat, lon, pop, flags = row.split("\t")
            point = (float(lat), float(lon))
            if feature == "admin1" and (cc, name) in self.admin1_centres:
                self._towns_points[(cc, name)] = point
                point = self.admin1_centres[(cc, name)]
            row = Candidate(name, int(gid) if gid else None, *point, cc or None, admin1 or None,
                            feature, int(pop or 0), "C" in flags)
            self._rows[idx] = row
        return row

    def lookup(self, name: str) -> list[Candidate]:
        """Every candidate for ``name`` (case- and diacritic-insensitive), most likely first."""
        return list(self.lookup_key(name_key(name)))

    def lookup_key(self, key: str) -> list[Candidate]:
        ranked = self._ranked.get(key)
        if ranked is None:
            cands = [self.place(i) for i in self._ids(key)]
            ranked = self._rank(cands, key)
            self._ranked[key] = ranked
        return ranked

    @staticmethod
    def _rank(cands: list[Candidate], key: str) -> list[Candidate]:
        # An admin1 that shares its name with a big town inside it is usually meant as the town
        # ('Basra', 'Kandahar', 'Agadez'); one with no such town keeps its own weight ('Zabul').
        towns = {(c.country_code, c.admin1): c.population for c in cands if c.feature == "city"}
        # An admin2 (district, county) yields to any town or admin1 of its country bearing the same name:
        # "Karachi" is the city, "Jammu" the town, never the district around it.
        named = {c.country_code for c in cands if c.feature in ("city", "admin1") and bears_name(c, key)}

        def score(c: Candidate) -> float:
            s = c.score()
            if c.feature == "admin1" and towns.get((c.country_code, c.admin1), 0) >= 0.2 * c.population:
                s *= 0.1
            if c.feature == "admin2" and c.country_code in named:
                s *= 0.01
            # A place named by one of its alternate names yields to one that bears the name itself
            # ("Philadelphia" is a historical name of Amman; "Harrison" alone is not Harrison County).
            if c.feature in ("city", "admin1", "admin2") and not bears_name(c, key):
                s *= 0.02
            return s

        return sorted(cands, key=score, reverse=True)

    def standing_for_town(self, c: Candidate) -> Candidate:
        """``c`` standing for a town it holds that the index lacks ("ROCKY HILL, Conn."): a state or province
        then lies where its towns are, not at its area's centre."""
        point = self._towns_points.get((c.country_code or "", c.name)) if c.feature == "admin1" else None
        return c._replace(lat=point[0], lon=point[1]) if point else c

    def country(self, iso3: str) -> Candidate | None:
        idx = self.countries.get(iso3)
        return self.place(idx) if idx is not None else None

    def capital(self, iso3: str) -> Candidate | None:
        idx = self.capitals.get(iso3)
        return self.place(idx) if idx is not None else None

    def shores(self, name: str | None) -> frozenset[str]:
        """The states the hand table says lie on the shores of the body of water ``name`` (as resolved); empty for
        one it does not list (the oceans, whose shores are half the world)."""
        return self.coasts.get(name or "", frozenset())

    def spanned(self, name: str | None) -> frozenset[str]:
        """The countries the hand table says the region ``name`` (its own name, as resolved) lies across; empty
        for a place of one country or one the table does not list."""
        return self.spans.get(name or "", frozenset())
