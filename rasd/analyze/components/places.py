"""The places layer: toponym mentions found in the text and placed on the map.

Mentions come from two sources: a longest-match of the shipped gazetteer
(``rasd/models/gazetteer/gazetteer.sqlite``, built by ``python -m rasd.models.scripts.build_gazetteer``)
over the text's tokens, trying each token's clitic readings (``بدير الزور`` → ``دير الزور``,
``للعراق`` → ``العراق``); and the ``LOC`` spans of ``article.entities`` when an NER component ran
before. Mentions inside ``ORG`` entities, after organisation nouns (``جامعة``, ``صحيفة``) or quoted
after ``لـ`` (``قال لـ«الشرق الأوسط»``, a newspaper) are skipped; demonyms are not in the gazetteer.

Each mention is resolved among its candidates by evidence, in two passes: population (or curated
importance), kind (a country beats a same-named town), the article's country focus (the countries of
the mentions that are unambiguous), containment (a governorate named in the article), closeness to the
other places, and the outlet's home country as a weak prior. Language data (stoplist, trigger nouns)
lives in :mod:`rasd.analyze.lang_ar.places_stoplist`.

Every place is ``{start, end, text, name, country, admin1, kind, lat, lon, geonameid}`` with
``text == article.text[start:end]``; a LOC entity with no good candidate is kept with
``"unresolved": True`` and null coordinates.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.analyze.arabic import LazyTokens, Token, _readings
from rasd.analyze.lang_ar.places_stoplist import (
    ADJECTIVE_COUNTRY_KEYS,
    COMMON_WORD_NAMES,
    GENERIC_HEADS,
    ORG_HEADS,
    PLACE_TRIGGERS,
)
from rasd.analyze.pipeline import component
from rasd.article import Article
from rasd.errors import PipelineError

GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "models" / "gazetteer" / "gazetteer.sqlite"

#: One-word GeoNames names (not curated) need this many people: below it, most such names in
#: SaudiNewsNet are common words or village homonyms (GeoNames' own "cities15000" cut-off).
MIN_POPULATION_ONE_WORD = 15_000
#: Splitting off a one-letter proclitic is a guess (``لجنة`` is not ``ل`` + ``جنة``): such a reading
#: is trusted only for curated names, countries and places this big.
MIN_POPULATION_CLITIC_GUESS = 50_000
#: Weight given to curated areas/features without a population (rivers, seas, regions): ranks
#: them like a town of ~300,000, above village homonyms, below big cities.
DEFAULT_IMPORTANCE = 300_000
#: Score bonuses (in log10-population units), tuned on the tuning half of tests/data/places.
COUNTRY_BONUS = 1.5  # a country name beats a same-named town (الكويت, تونس, جيبوتي)
CURATED_BONUS = 0.5  # hand-curated entries were added because news means them
FOCUS_WEIGHT = 2.5  # x share of the article's unambiguous places in the candidate's country
CONTAINMENT_BONUS = 1.0  # the candidate's governorate is named in the article
NEAR_BONUS = 0.7  # the candidate is within NEAR_KM of another unambiguous place
NEAR_KM = 150.0
OUTLET_BONUS = 0.3  # the outlet's home country, a weak prior
DATELINE_CITY_BONUS = 3.0  # "الجزائر 25 شوال" at the top of a wire story is the city
#: An anchor (first pass) needs its best candidate this far ahead of the next one.
ANCHOR_MARGIN = 1.0
#: Outlets (SaudiNewsNet source names and common spellings) -> home country.
OUTLET_COUNTRY = {
    "alriyadh": "SA", "aljazirah": "SA", "alyaum": "SA", "aleqtisadiya": "SA", "aawsat": "SA",
    "okaz": "SA", "alwatan": "SA", "almadina": "SA", "alweeam": "SA", "3alyoum": "SA", "sabq": "SA",
    "was": "SA", "arreyadi": "SA", "arriyadiyah": "SA",
}
_QUOTES_OPEN = "«\"“'‘"
_PLACE_KEYS = ("start", "end", "text", "name", "country", "admin1", "kind", "lat", "lon", "geonameid")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: int
    geonameid: int | None
    name: str
    name_ar: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int


class Gazetteer:
    """The gazetteer loaded in memory: name keys -> places.

    Args:
        path: The SQLite file built by ``rasd.models.scripts.build_gazetteer``.

    Raises:
        PipelineError: The file is missing or not a gazetteer.
    """

    def __init__(self, path: Path = GAZETTEER_PATH):
        if not Path(path).is_file():
            raise PipelineError(
                f"gazetteer not found at {path}; build it with `python -m rasd.models.scripts.build_gazetteer`"
            )
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            self.places = {row[0]: Place(*row) for row in db.execute(
                "SELECT id, geonameid, name, name_ar, kind, country, admin1, lat, lon, population FROM places")}
            names: dict[str, list[tuple[int, bool]]] = {}
            for key, pid, curated in db.execute("SELECT key, place, curated FROM names"):
                names.setdefault(key, []).append((pid, bool(curated)))
        except sqlite3.DatabaseError as exc:
            raise PipelineError(f"{path} is not a Rasd gazetteer ({exc}); rebuild it") from exc
        finally:
            db.close()
        self.names = names
        #: first word of every multi-word key -> the most words a key starting with it has
        self.first_words: dict[str, int] = {}
        #: every word a key starts with (single-word keys included)
        self.start_words: frozenset[str] = frozenset(key.split(" ", 1)[0] for key in names)
        for key in names:
            words = key.split(" ")
            if len(words) > 1:
                self.first_words[words[0]] = max(self.first_words.get(words[0], 1), len(words))
        #: first word of a multi-word key -> the words that may follow it
        self.second_words: dict[str, frozenset[str]] = {}
        seconds: dict[str, set[str]] = {}
        for key in names:
            words = key.split(" ")
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
        self.second_words = {w: frozenset(v) for w, v in seconds.items()}
        #: one-word keys that keep a candidate without a trigger word before them (not علي, ان, كان:
        #: villages named like common words, whose bare mentions are always dropped)
        self.strict_single: frozenset[str] = frozenset(
            k for k in names if " " not in k and self.candidates(k, strict=True))
        self._could_start: dict[str, tuple[bool, bool, tuple[str, ...]]] = {}

    def could_start(self, norm_word: str) -> tuple[bool, bool, tuple[str, ...]]:
        """A cheap pre-test of whether a word may begin a place mention (cached per word form).

        Returns:
            ``(loose, strict, firsts)``: some clitic reading is a one-word name or begins a longer one;
            some reading is a one-word name that stands without a trigger word; the readings that begin
            longer names (they match only if the next word fits, see :attr:`second_words`).
        """
        known = self._could_start.get(norm_word)
        if known is None:
            stems = [stem for _, stem in _readings(norm_word)]
            known = self._could_start[norm_word] = (
                any(st in self.start_words for st in stems),
                any(st in self.strict_single for st in stems),
                tuple(st for st in stems if st in self.second_words),
            )
        return known

    def candidates(self, key: str, strict: bool) -> list[Place]:
        """Places named ``key``; ``strict`` drops uncurated names that are common words or villages."""
        entries = self.names.get(key)
        if not entries:
            return []
        if not strict:
            return [self.places[pid] for pid, _ in entries]
        out = []
        common = key in COMMON_WORD_NAMES
        one_word = " " not in key
        for pid, curated in entries:
            place = self.places[pid]
            if curated or (not common and (not one_word or place.population >= MIN_POPULATION_ONE_WORD)):
                out.append(place)
        return out


_GAZETTEER: Gazetteer | None = None
_LOCK = threading.Lock()


def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process (thread-safe)."""
    global _GAZETTEER
    if _GAZETTEER is None:
        with _LOCK:
            if _GAZETTEER is None:
                _GAZETTEER = Gazetteer()
    return _GAZETTEER


# --- mention finding ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    first: int  # index of the first token
    last: int  # index of the last token
    candidates: list[Place]
    from_entity: bool = False
    guessed_clitic: bool = False  # a one-letter proclitic was split off to match


def _adjacent(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return gap.isspace() and "\n" not in gap


def _find_mentions(text: str, tokens: LazyTokens, gaz: Gazetteer) -> list[_Mention]:
    """Longest gazetteer matches over the tokens, left to right, with clitic readings of the first word."""
    found: list[_Mention] = []
    n = len(tokens)
    spans = tokens.spans
    words_at = [sp[2] for sp in spans]
    # cheap pre-test once per distinct word form: most words start no place name
    info = {w: gaz.could_start(w) for w in set(words_at)}
    nothing = (False, False, ())
    i = 0  # the first token not yet inside a mention
    for k in [k for k, w in enumerate(words_at) if info[w] != nothing]:
        if k < i:
            continue
        i = k
        loose, strict, firsts = info[words_at[i]]
        if not (strict or (loose and i > 0 and words_at[i - 1] in PLACE_TRIGGERS)
                or (firsts and i + 1 < n and any(words_at[i + 1] in gaz.second_words[f] for f in firsts))):
            continue
        best = None  # (number of tokens, start offset, key, guessed clitic)
        tok = tokens[i]
        for start, stem in tok.readings:
            if stem == tok.stem and tok.stem != tok.norm and not stem.startswith("ال"):
                continue  # السورية is not سورية: names without the article never take it
            max_len = gaz.first_words.get(stem, 1)
            words = [stem]
            for j in range(i + 1, min(n, i + max_len)):
                if not _adjacent(text, tokens[j - 1], tokens[j]):
                    break
                words.append(tokens[j].norm)
            for length in range(len(words), 0, -1):
                if best is not None and length <= best[0]:
                    break
                key = " ".join(words[:length])
                if key in gaz.names:
                    guessed = start != tok.start and stem != tok.stem and not stem.startswith("ال")
                    best = (length, start, key, guessed)
                    break
        if best is None:
            continue
        length, start, key, guessed = best
        last = i + length - 1
        found.append(_Mention(start, tokens[last].end, key, i, last, [], guessed_clitic=guessed))
        i = last + 1
    return found


def _prev_norm(tokens: LazyTokens, idx: int, back: int = 1) -> str:
    k = idx - back
    return tokens.spans[k][2] if k >= 0 else ""


def _blocked_by_context(text: str, tokens: LazyTokens, m: _Mention, org_spans: list[tuple[int, int]]) -> bool:
    """Org-name and media contexts in which a place name is not a place mention."""
    if any(a <= m.start and m.end <= b for a, b in org_spans):
        return True
    prev = _prev_norm(tokens, m.first)
    if prev in ORG_HEADS or (prev[:1] in "وبل" and prev[1:] in ORG_HEADS):
        return True
    # told to a newspaper: لـ«الشرق الأوسط» / لـ"سبق"
    before = text[max(0, m.start - 3):m.start]
    if before and before[-1] in _QUOTES_OPEN and ("ل" in before[:-1]):
        return True
    if m.key in ADJECTIVE_COUNTRY_KEYS and (prev.startswith("ال") or prev.endswith("ه")):
        return True
    return False


# --- resolution --------------------------------------------------------------------------------


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _base_score(p: Place) -> float:
    weight = p.population or (DEFAULT_IMPORTANCE if p.id >= 2_000_000_000 else 0)
    score = math.log10(weight + 1000)
    if p.kind == "country":
        score += COUNTRY_BONUS
    if p.id >= 2_000_000_000:
        score += CURATED_BONUS
    return score


def _resolve(mentions: list[_Mention], text: str, home: str | None) -> list[Place | None]:
    # pass 1: anchors, the mentions whose best candidate is clear on its own
    anchors: list[tuple[int, Place]] = []
    for idx, m in enumerate(mentions):
        ranked = sorted(m.candidates, key=_base_score, reverse=True)
        if len(ranked) == 1 or (ranked and _base_score(ranked[0]) - _base_score(ranked[1]) >= ANCHOR_MARGIN):
            anchors.append((idx, ranked[0]))
    anchor_of = dict(anchors)
    chosen: list[Place | None] = []
    # the choice depends only on the candidates, on which anchor (if any) the mention itself is, and on
    # the dateline test: repeated mentions of one name (السعودية ten times) are scored once
    memo: dict[tuple, Place | None] = {}
    for idx, m in enumerate(mentions):
        own = anchor_of.get(idx)
        dateline = m.start < 40 and _looks_like_dateline(text, m)
        key = (tuple(p.id for p in m.candidates), own.id if own else None, dateline)
        if key not in memo:
            memo[key] = _choose(m, [p for j, p in anchors if j != idx and p.country], home, dateline)
        chosen.append(memo[key])
    return chosen


def _choose(m: _Mention, others: list[Place], home: str | None, dateline: bool) -> Place | None:
    """The best candidate of one mention given the other anchored places of the article."""
    focus = Counter(p.country for p in others)
    total = sum(focus.values())
    admins = {(p.country, p.admin1) for p in others if p.kind == "admin1"}
    near_pool = [q for q in others if q.kind not in ("country", "continent", "region", "sea")]
    best, best_score = None, -1e9
    for p in m.candidates:
        s = _base_score(p)
        if total and p.country:
            s += FOCUS_WEIGHT * focus[p.country] / total
        if p.kind != "admin1" and (p.country, p.admin1) in admins:
            s += CONTAINMENT_BONUS
        if p.kind not in ("country", "continent") and any(q.id != p.id and _km(p, q) < NEAR_KM for q in near_pool):
            s += NEAR_BONUS
        if home and p.country == home:
            s += OUTLET_BONUS
        if dateline and p.kind == "city":
            s += DATELINE_CITY_BONUS
        if s > best_score:
            best, best_score = p, s
    return best


def _looks_like_dateline(text: str, m: _Mention) -> bool:
    """A wire-story dateline: the name opens the text (or follows ``- ``) and a date or colon follows."""
    head = text[:m.start].strip(" \n-–—")
    if head and not head.endswith(("-", "–")) and len(head) > 25:
        return False
    after = text[m.end:m.end + 4].lstrip()
    return bool(after) and (after[0].isdigit() or after[0] == ":")


def _record(m_start: int, m_end: int, text: str, p: Place | None) -> dict[str, Any]:
    if p is None:
        return {"start": m_start, "end": m_end, "text": text[m_start:m_end], "name": None, "country": None,
                "admin1": None, "kind": None, "lat": None, "lon": None, "geonameid": None, "unresolved": True}
    return {"start": m_start, "end": m_end, "text": text[m_start:m_end], "name": p.name, "country": p.country,
            "admin1": p.admin1, "kind": p.kind, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid}


def resolve_text(text: str, entities: list[dict] | None = None, outlet: str | None = None) -> list[dict]:
    """Find and resolve the toponyms of one text.

    Args:
        text: The article text.
        entities: Optional entity spans (``{start, end, label}``; ``type`` is read too): ``LOC`` spans
            add mentions, ``ORG`` spans block the place names inside them.
        outlet: The outlet's name (``alriyadh``...), used as a weak country prior when known.

    Returns:
        Place dicts in text order (see the module docstring); spans index ``text`` exactly.
    """
    gaz = load_gazetteer()
    tokens = LazyTokens(text)
    entities = entities or []
    label = lambda e: str(e.get("label") or e.get("type") or "").upper()  # noqa: E731
    org_spans = [(e["start"], e["end"]) for e in entities if label(e) in ("ORG", "ORGANIZATION")]
    mentions = []
    for m in _find_mentions(text, tokens, gaz):
        if _blocked_by_context(text, tokens, m, org_spans):
            continue
        trigger = _prev_norm(tokens, m.first) in PLACE_TRIGGERS
        m.candidates = gaz.candidates(m.key, strict=not trigger)
        head, _, rest = m.key.partition(" ")
        if rest and head in PLACE_TRIGGERS:  # "مدينة زنجبار": Zanzibar's Arabic name, and Zinjibar too
            m.candidates += [p for p in gaz.candidates(rest, strict=False) if p not in m.candidates]
        if m.guessed_clitic:
            m.candidates = [p for p in m.candidates if p.id >= 2_000_000_000 or p.kind == "country"
                            or p.population >= MIN_POPULATION_CLITIC_GUESS]
        if m.candidates:
            mentions.append(m)

    # one sense per discourse: "جبال مران" lets a later bare "مران" through
    heads = {}
    for m in mentions:
        words = m.key.split(" ")
        if len(words) > 1 and words[0] in GENERIC_HEADS:
            heads[" ".join(words[1:])] = m.candidates
    if heads:
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        for m in _find_mentions_for_keys(text, tokens, heads, covered):
            mentions.append(m)
        mentions.sort(key=lambda m: m.start)

    # LOC entities the gazetteer did not see: resolve their words, else keep them unresolved
    extra: list[dict] = []
    for e in entities:
        if label(e) not in ("LOC", "LOCATION", "GPE"):
            continue
        if any(m.start < e["end"] and e["start"] < m.end for m in mentions):
            continue
        inside = tokens.between(e["start"], e["end"])
        if not inside:
            continue
        ent_tokens = [tokens[k] for k in inside]
        for start, stem in ent_tokens[0].readings:
            key = " ".join([stem] + [t.norm for t in ent_tokens[1:]])
            cands = gaz.candidates(key, strict=False)
            if cands:
                first = inside.start
                mentions.append(_Mention(start, ent_tokens[-1].end, key, first, first + len(ent_tokens) - 1,
                                         cands, from_entity=True))
                break
        else:
            extra.append(_record(ent_tokens[0].start, ent_tokens[-1].end, text, None))
    mentions.sort(key=lambda m: m.start)

    home = OUTLET_COUNTRY.get((outlet or "").lower())
    chosen = _resolve(mentions, text, home)
    out = [_record(m.start, m.end, text, p) for m, p in zip(mentions, chosen)] + extra
    out.sort(key=lambda r: r["start"])
    return out


def _find_mentions_for_keys(text: str, tokens: LazyTokens, keys: dict[str, list[Place]],
                            covered: set[int]) -> list[_Mention]:
    out = []
    firsts = {key.split(" ", 1)[0] for key in keys}
    for i in range(len(tokens)):
        if i in covered or not any(stem in firsts for _, stem in _readings(tokens.spans[i][2])):
            continue
        tok = tokens[i]
        for start, stem in tok.readings:
            for key, cands in keys.items():
                words = key.split(" ")
                if words[0] != stem or i + len(words) > len(tokens):
                    continue
                if all(tokens.spans[i + k][2] == w for k, w in enumerate(words[1:], 1)):
                    out.append(_Mention(start, tokens[i + len(words) - 1].end, key, i, i + len(words) - 1, cands))
                    break
            else:
                continue
            break
    return out


@component("places", requires=(), assigns=["places"])
def places(article: Article) -> Article:
    """Fill ``article.places`` with the toponyms of ``article.text`` (uses ``article.entities`` if any)."""
    article.places = resolve_text(article.text, article.entities or None, article.outlet)
    return article


def to_geojson_features(article_record: dict[str, Any]) -> list[dict[str, Any]]:
    """GeoJSON Features, one per resolved place mention of an article record.

    Args:
        article_record: An :meth:`Article.to_record` dict with its ``places`` layer filled.

    Returns:
        ``Feature`` dicts with a ``Point`` geometry (``[lon, lat]``) and properties ``article``
        (id), ``text``, ``name``, ``country``, ``kind``, ``start``, ``end``.
    """
    features = []
    for p in article_record.get("places") or []:
        if p.get("unresolved") or p.get("lat") is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
            "properties": {"article": article_record.get("id"), "text": p["text"], "name": p["name"],
                           "country": p["country"], "kind": p["kind"], "start": p["start"], "end": p["end"]},
        })
    return features
