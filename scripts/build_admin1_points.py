"""Compile eventwire/geo/data/admin1_points.tsv: the area centre of each state or province (maintainers only).

The gazetteer's own admin1 point is the median of the area's towns (scripts/build_gazetteer.py), which leans to
where people live: Ontario's lies near Toronto, 800 km south of the province's middle, and British Columbia's near
Vancouver. A reader, and the article golds, place a state at its centre. Natural Earth's 1:50m admin-1 layer (public
domain) gives each state and province of Australia, Brazil, Canada and the United States a label point inside its
largest part; the Debian package r-cran-rnaturalearthdata (CC0) carries that layer as an R data file, which this
script reads without R (a reader of R's serialisation format, below).

Input, fetched at build time only: `apt-get download r-cran-rnaturalearthdata` (or --deb PATH to a downloaded
.deb, or --rdata DIR to an unpacked package's data/ folder). Needs dpkg-deb; nothing at run time.

Output: a tab-separated table, one admin1 the index holds a row, keyed as the index names it:
  country (ISO alpha-3)  admin1 (the gazetteer's name)  lat  lon  Natural Earth's name
Areas whose name matches no admin1 of the index are reported and left out; those keep the towns' median.
"""
from __future__ import annotations

import argparse
import bz2
import gzip
import lzma
import struct
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eventwire.geo._gazetteer import name_key

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "eventwire" / "geo" / "data" / "gazetteer.tsv.gz"
OUT = ROOT / "eventwire" / "geo" / "data" / "admin1_points.tsv"
PACKAGE = "r-cran-rnaturalearthdata"
LAYER = "states50"
# The label point lies in an area's largest part; it stands for the whole only where that part is most of it.
# Newfoundland and Labrador's lies in Labrador, Nunavut's on Baffin Island, Hawaii's on the Big Island.
MIN_LARGEST_SHARE = 0.8

# R serialisation type codes (R Internals, "Serialization formats") this layer uses.
_NIL, _SYM, _PAIRLIST, _CHAR, _LGL, _INT, _REAL, _STR, _LIST, _S4 = 254, 1, 2, 9, 10, 13, 14, 16, 19, 25
_REF, _GLOBALENV, _BASEENV, _EMPTYENV = 255, 253, 241, 242
_LATIN1 = 1 << 2  # a CHARSXP's encoding bit, among its levels


class _RReader:
    """Reads one object in R's XDR serialisation: vectors, pairlists (attributes), symbols and S4 objects, which
    is all an sp SpatialPolygonsDataFrame holds. Vectors come back as {"v": values, "attr": {name: object}}."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos, self.symbols = data, 0, []

    def _int(self) -> int:
        (value,) = struct.unpack_from(">i", self.data, self.pos)
        self.pos += 4
        return value

    def read(self) -> object:
        if self.data[:2] != b"X\n":
            raise ValueError("not an R XDR serialisation")
        self.pos = 2
        version = self._int()
        self._int(), self._int()
        if version == 3:  # the native encoding's name follows
            length = self._int()
            self.pos += length
        return self._item()

    def _item(self) -> object:
        flags = self._int()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind in (_NIL, _GLOBALENV, _BASEENV, _EMPTYENV):
            return None
        if kind == _REF:
            return self.symbols[(flags >> 8 or self._int()) - 1]
        if kind == _SYM:
            symbol = ("symbol", self._item())
            self.symbols.append(symbol)
            return symbol
        if kind == _CHAR:
            n = self._int()
            if n == -1:
                return None
            # R marks a string's encoding in its flags; Natural Earth's older names are Latin-1 ("Québec").
            encoding = "latin-1" if (flags >> 12) & _LATIN1 else "utf-8"
            text = self.data[self.pos:self.pos + n].decode(encoding, "replace")
            self.pos += n
            return text
        if kind == _PAIRLIST:
            attr = self._item() if has_attr else None
            tag = self._item() if has_tag else None
            head, tail = self._item(), self._item()
            return [(tag[1] if tag else None, head), *(tail or [])]
        if kind in (_STR, _LIST):
            values = [self._item() for _ in range(self._int())]
        elif kind == _REAL:
            n = self._int()
            values = list(struct.unpack_from(f">{n}d", self.data, self.pos))
            self.pos += 8 * n
        elif kind in (_INT, _LGL):
            n = self._int()
            values = list(struct.unpack_from(f">{n}i", self.data, self.pos))
            self.pos += 4 * n
        elif kind == _S4:
            values = None
        else:
            raise ValueError(f"R type {kind} is not read here")
        attrs = dict(self._item() or []) if has_attr else {}
        return {"v": values, "attr": attrs}


def _decompress(record: bytes) -> bytes:
    # A lazy-load record: 4 bytes of length, then a method byte for R's type-3 compression, else plain zlib.
    method, body = record[4:5], record[5:]
    if method == b"Z":
        return lzma.decompress(body, format=lzma.FORMAT_RAW,
                               filters=[{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}])
    if method == b"2":
        return bz2.decompress(body)
    if method == b"1":
        return zlib.decompress(body)
    if method == b"0":
        return body
    return zlib.decompress(record[4:])


def read_layer(data_dir: Path, name: str) -> dict:
    """One object of an R package's lazy-load data base (data/Rdata.rdx + Rdata.rdb)."""
    index = _RReader(gzip.decompress((data_dir / "Rdata.rdx").read_bytes())).read()
    variables = index["v"][0]
    pos = variables["attr"]["names"]["v"].index(name)
    offset, length = variables["v"][pos]["v"]
    with open(data_dir / "Rdata.rdb", "rb") as fh:
        fh.seek(offset)
        record = fh.read(length)
    return _RReader(_decompress(record)).read()


def label_points(layer: dict) -> list[dict]:
    """Each feature's attributes, its label point (sp's labpt: the centroid of its largest ring) and the share of
    its area that ring holds (in square degrees, near enough to compare the parts of one area)."""
    table = layer["attr"]["data"]
    columns = table["attr"]["names"]["v"]
    rows = [dict(zip(columns, values)) for values in zip(*(col["v"] for col in table["v"]))]
    for row, polygons in zip(rows, layer["attr"]["polygons"]["v"]):
        row["lon"], row["lat"] = polygons["attr"]["labpt"]["v"]
        areas = [part["attr"]["area"]["v"][0] for part in polygons["attr"]["Polygons"]["v"]
                 if not part["attr"]["hole"]["v"][0]]
        row["largest_share"] = max(areas) / sum(areas)
    return rows


def fetch(deb: Path | None, workdir: Path) -> Path:
    if deb is None:
        subprocess.run(["apt-get", "download", PACKAGE], cwd=workdir, check=True)
        deb = next(workdir.glob(f"{PACKAGE}_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(deb), str(workdir / "x")], check=True)
    return next((workdir / "x").glob("usr/lib/R/site-library/rnaturalearthdata/data"))


def gazetteer_admin1() -> dict[tuple[str, str], str]:
    """(country, name key) -> the admin1's own name, for every admin1 row of the committed index."""
    text = gzip.decompress(GAZETTEER.read_bytes()).decode("utf-8")
    rows = text.split("@rows\n", 1)[1].split("\n@names\n", 1)[0].split("\n")
    out = {}
    for line in rows:
        if line.startswith("admin1\t"):
            _, _, name, cc, *_ = line.split("\t")
            out[(cc, name_key(name))] = name
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--deb", type=Path, help=f"a downloaded {PACKAGE} .deb (default: apt-get download it)")
    ap.add_argument("--rdata", type=Path, help="the package's unpacked data/ folder (skips the fetch)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.rdata or fetch(args.deb, Path(tmp))
        features = label_points(read_layer(data_dir, LAYER))
    index = gazetteer_admin1()
    matched: Counter[str] = Counter()
    total: Counter[str] = Counter()
    lines = []
    for f in features:
        cc = f["sr_adm0_a3"]
        total[cc] += 1
        # Natural Earth's name, else one of its alternate names ("Québec" / "Quebec", "Yukon Territory").
        names = [f["name"], *((f.get("name_alt") or "").split("|"))]
        own = next((index[(cc, name_key(n))] for n in names if n and (cc, name_key(n)) in index), None)
        if own is None:
            print(f"no admin1 of the index: {cc} {f['name']!r}", file=sys.stderr)
            continue
        if f["largest_share"] < MIN_LARGEST_SHARE:
            print(f"in parts, left to the towns' median: {cc} {f['name']!r} ({f['largest_share']:.2f})",
                  file=sys.stderr)
            continue
        matched[cc] += 1
        lines.append(f"{cc}\t{own}\t{f['lat']:.4f}\t{f['lon']:.4f}\t{f['name']}")
    header = ("# Admin1 area centres: Natural Earth 1:50m admin-1 label points (public domain), via the Debian\n"
              f"# package {PACKAGE} (CC0). Written by scripts/build_admin1_points.py; do not edit.\n"
              "# country\tadmin1 (as the gazetteer names it)\tlat\tlon\tNatural Earth's name\n")
    OUT.write_text(header + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    for cc in sorted(total):
        print(f"{cc}: {matched[cc]} of {total[cc]} areas matched an admin1 of the index", file=sys.stderr)
    print(f"wrote {OUT} ({len(lines)} areas)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
