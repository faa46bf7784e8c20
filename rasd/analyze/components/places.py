"""The places layer: toponym mentions found in the text and placed on the map.

Mentions come from two sources: a longest-match of the shipped gazetteer
(``rasd/models/gazetteer/gazetteer.sqlite``, built by ``python -m rasd.models.scripts.build_gazetteer``)
over the text's tokens, trying each token's clitic readings (``بدير الزور`` → ``دير الزور``,
``للعراق`` → ``العراق``); and the ``LOC`` spans of ``article.entities`` when an NER component ran
before. Mentions inside ``ORG`` entities, after organisation nouns (``جامعة``, ``صحيفة``, ``أنصار``),
inside document and event names (``إعلان القاهرة``, ``قمة الرياض``: see ``EVENT_HEADS`` for the rule)
or quoted after ``لـ`` (``قال لـ«الشرق الأوسط»``, a newspaper) are skipped, and so is a newspaper's name alone
in quotes anywhere (``في اتصال مع «الشرق الأوسط»``, ``علمت "الرياض"``: ``MEDIA_NAMES``); demonyms are not in the
gazetteer.

Saudi news names regions by adjectives and verb-like words: ``الرياض والشرقية`` (bare الشرقية in a
list, after a preposition or أمير: ``_region_adjectives``), ``في نجد`` (``VERB_NAMES``), and ``المنطقة``
+ a direction, which is the Saudi region unless the article is about a country that has such a part
(المنطقة الشرقية of a Libyan story is eastern Libya: ``_direction_area``).

Each mention is resolved among its candidates by evidence, in two passes: population (or curated
importance), kind (a country beats a same-named town), the article's country focus (the countries of
the mentions that are unambiguous), containment (a governorate named in the article), closeness to the
other places, and the outlet's home country as a weak prior. Language data (stoplist, trigger nouns)
lives in :mod:`rasd.analyze.lang_ar.places_stoplist`.

Every place is ``{start, end, text, name, country, admin1, kind, lat, lon, geonameid}`` with
``text == article.text[start:end]``; a LOC entity with no good candidate is kept with
``"unresolved": True`` and null coordinates. A district, village or mountain the gazetteer lacks,
named after a local place noun (``منطقة الضباب``), is placed at the closest town named near it:
``kind: "local"``, ``approximate: True``, ``near`` = that town's name, ``geonameid`` null. A foreign town
spelled otherwise than in GeoNames (سوروج for سروج، لفوف for لفيف), tagged or after a town noun, is the
most populous town meeting it in the loose spelling in a country the article names (``_foreign_towns``);
after another place, و + a much bigger city beats a town spelled with و (الرياض وجدة: Jeddah, not Oujda).

Speed (``bench/places.py``, ~0.35 ms per SaudiNewsNet article given its entities): the text is
normalized and split into words once, in C loops; the words that may begin a name are found by one set
intersection with every clitic form of every name's first word (:attr:`Gazetteer.clitic_forms`); only
those words and their neighbours get original offsets and clitic readings (:class:`rasd.analyze.arabic.LazyTokens`).
"""

from __future__ import annotations

import math
import sqlite3
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count
from pathlib import Path
from typing import Any

from rasd.analyze.arabic import LazyTokens, readings
from rasd.analyze.lang_ar.clitics import CONJUNCTIONS, PROCLITIC_LETTERS
from rasd.analyze.lang_ar.places_stoplist import (
    ADJECTIVE_COUNTRY_KEYS,
    NISBA_COUNTRY_KEYS,
    COMMON_WORD_NAMES,
    DIRECTION_AREA_KEYS,
    EVENT_HEADS,
    GENERIC_HEADS,
    LOCAL_HEADS,
    LOCAL_NAME_STARTS,
    LOCAL_NOT_NAMES,
    MEDIA_NAMES,
    ORG_HEADS,
    ORG_TAILS,
    NOT_PLACE_AFTER,
    ORG_OF_HEADS,
    PLACE_TRIGGERS,
    PLACE_TRIGGERS_PLURAL,
    REGION_ADJECTIVE_HEADS,
    REGION_ADJECTIVE_NAMES,
    VERB_NAME_HEADS,
    VERB_NAMES,
)
from rasd.analyze.pipeline import component
from rasd.article import Article
from rasd.errors import PipelineError

#: Gazetteer ids from here up are the generated "direction + country" regions (build_gazetteer.direction_regions).
GENERATED_IDS = 2_100_000_000
GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "models" / "gazetteer" / "gazetteer.sqlite"

#: One-word GeoNames names (not curated) need this many people: below it, most such names in
#: SaudiNewsNet are common words or village homonyms (GeoNames' own "cities15000" cut-off).
MIN_POPULATION_ONE_WORD = 15_000
#: Splitting off a one-letter proclitic is a guess (``لجنة`` is not ``ل`` + ``جنة``): such a reading
#: is trusted only for curated names, countries and places this big whose one-word name news uses
#: bare (:attr:`Gazetteer.clitic_prefixes`: ``كريم`` is not ك + Rome, ``وكيل`` not و + Kiel).
MIN_POPULATION_CLITIC_GUESS = 50_000
#: Names this short (letters) are not looked up by loose spelling: too many short words meet there.
LOOSE_MIN_LETTERS = 5
#: ... and only towns this big are found that way: on 3,000 SaudiNewsNet articles the matches of
#: smaller towns were as often another place (لوريان, Lorient, met Lorain, Ohio) as the right one.
LOOSE_MIN_POPULATION = 100_000
_LOOSE_KINDS = frozenset({"country", "admin1", "region", "sea", "river"})
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
#: Two places this many degrees of latitude apart are further than NEAR_KM (1.35° at 111.2 km a
#: degree; 1.5 leaves room for rounding): their distance need not be computed.
_NEAR_DEGREES = 1.5
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
#: Clitics that may stand before a name's first word, as :func:`rasd.analyze.arabic.readings` splits
#: them: conjunction, then preposition, then the article (``وبالرقه``); and ``لل`` = ل + ال, whose
#: alef is dropped (``للعراق`` → ``العراق``). A superset: a few combinations never occur.
_PREFIXES = tuple(conj + prep + art for conj in ("", *CONJUNCTIONS) for prep in ("", *PROCLITIC_LETTERS)
                  for art in ("", "ال")) + tuple(conj + "لل" for conj in ("", *CONJUNCTIONS))
_LL_PREFIXES = tuple(conj + "لل" for conj in ("", *CONJUNCTIONS))
_QUOTES_OPEN = "«\"“'‘"
_QUOTES_CLOSE = "»\"”'’"
#: Normalized words that begin with ال but are particles, not definite nouns: إلى، إلا، الذي، التي...
_AL_PARTICLES = frozenset("الي الا الذي التي الذين اللذين اللتين اللاتي اللواتي الان".split())
#: Letters dropped from a name's loose spelling (:func:`loose_key`): the long vowels, which
#: transliterations add or leave out (كابول / كابل, زيوريخ / زيورخ, شنغهاي / شانغهاي).
_LOOSE_DROP = str.maketrans("", "", "اوي")
#: ... and the letters that write a foreign g: غ (Levantine/Gulf) and ج (Egyptian) meet, as in
#: ناغازاكي / ناجازاكي (Nagasaki) and سالزبورغ / سالزبورج (Salzburg).
_LOOSE_G = str.maketrans("جق", "غك")  # a foreign g (ج/غ) and k (ك/ق): ناجازاكي/ناغازاكي، شيرناك/شرناق
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
            #: one-word name -> the proclitic letters that may be split off right before it (see
            #: ``build_gazetteer.clitic_prefixes``); an uncurated one-word name missing here takes none
            self.clitic_prefixes: dict[str, str] = dict(db.execute("SELECT key, prefixes FROM clitic_prefixes"))
            #: words not taken for an unknown place's name after a local place noun (see
            #: ``build_gazetteer.local_common_words``)
            self.local_common_words: frozenset[str] = frozenset(
                w for (w,) in db.execute("SELECT word FROM local_common_words"))
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
        #: the resolution score of every place before context (see :func:`_base_score`)
        self.scores: dict[int, float] = {pid: _base_score(p) for pid, p in self.places.items()}
        #: every word form that has a clitic reading among :attr:`start_words` (and a few more): a
        #: text's words outside it begin no name. ~257,000 forms, built in 0.06 s, ~30 MB: it replaced a
        #: cache of every word form seen, which grew with the corpus (~100,000 forms in 3,000 articles)
        #: and cost twice as much to query, since most words of a text are found in it but not here.
        self.clitic_forms: frozenset[str] = frozenset(chain(
            (prefix + word for word in self.start_words for prefix in _PREFIXES),
            (prefix + word[2:] for word in self.start_words if word.startswith("ال") for prefix in _LL_PREFIXES)))
        self._could_start: dict[str, tuple[bool, bool, frozenset[str], int]] = {}
        self._loose: dict[str, list[tuple[str, int]]] | None = None  # loose key -> (name, place); on first use
        self._nisba: dict[str, str] | None = None  # nisba stem -> country; on first use
        self._country_keys: dict[str, list[str]] | None = None  # country code -> its name keys; on first use

    def country_keys(self, code: str) -> list[str]:
        """The name keys of the country ``code`` (``LY`` -> ``ليبيا``, ``دوله ليبيا``...)."""
        if self._country_keys is None:
            index: dict[str, list[str]] = {}
            for key, entries in self.names.items():
                for pid, _ in entries:
                    place = self.places[pid]
                    if place.kind == "country" and place.country:
                        index.setdefault(place.country, []).append(key)
            self._country_keys = index
        return self._country_keys.get(code, [])

    def could_start(self, norm_word: str) -> tuple[bool, bool, frozenset[str], int]:
        """A cheap pre-test of whether a word may begin a place mention (cached per word form).

        Returns:
            ``(loose, strict, nexts, longest)``: some clitic reading is a one-word name or begins a
            longer one; some reading is a one-word name that stands without a trigger word; the second
            words of the longer names some reading begins (they match only if the next word is one of
            them); the most words a name beginning with a reading has.
        """
        known = self._could_start.get(norm_word)
        if known is None:
            stems = [stem for _, stem in readings(norm_word)]
            known = self._could_start[norm_word] = (
                any(st in self.start_words for st in stems),
                any(st in self.strict_single for st in stems),
                frozenset().union(*(self.second_words[st] for st in stems if st in self.second_words)),
                max(self.first_words.get(st, 1) for st in stems),
            )
        return known

    def starters(self, norm_words: Iterable[str]) -> dict[str, tuple[bool, bool, frozenset[str], int]]:
        """The words of ``norm_words`` that may begin a place mention, with their :meth:`could_start`."""
        found = {word: self.could_start(word) for word in self.clitic_forms.intersection(norm_words)}
        return {word: known for word, known in found.items() if known[0] or known[1] or known[2]}

    def _loose_index(self) -> dict[str, list[tuple[str, int]]]:
        """Loose key (:func:`loose_key`) -> (name, place id) of every name; built on first use."""
        if self._loose is None:
            index: dict[str, list[tuple[str, int]]] = {}
            for name, entries in self.names.items():
                index.setdefault(loose_key(name), []).extend((name, pid) for pid, _ in entries)
            self._loose = index
        return self._loose

    def loose_candidates(self, key: str) -> list[Place]:
        """Places whose name has the loose spelling of ``key`` (:func:`loose_key`): countries, first-level
        divisions, regions, seas and rivers, and towns of :data:`LOOSE_MIN_POPULATION` people or more.
        A fallback for a LOC entity no spelling matched; a common word (:data:`COMMON_WORD_NAMES`) or a
        name shorter than :data:`LOOSE_MIN_LETTERS` gets none."""
        if len(key.replace(" ", "")) < LOOSE_MIN_LETTERS or key in COMMON_WORD_NAMES:
            return []
        out: list[Place] = []
        for name, pid in self._loose_index().get(loose_key(key), ()):
            p = self.places[pid]
            # one spelling only adds vowels to the other (شانغهاي / شنغهاي), it does not swap them
            # (جيانا is not جنوا, Genoa)
            g_name, g_key = name.translate(_LOOSE_G), key.translate(_LOOSE_G)
            if p not in out and (_is_subsequence(g_name, g_key) or _is_subsequence(g_key, g_name)) and (
                    p.kind in _LOOSE_KINDS or p.population >= LOOSE_MIN_POPULATION):
                out.append(p)
        return out

    def nisba_countries(self) -> dict[str, str]:
        """Nisba stem (:func:`_nisba_stem`) -> country code, for the one-word names of countries whose stem
        is no other country's."""
        if self._nisba is None:
            stems: dict[str, set[str]] = {}
            for name, entries in self.names.items():
                if " " in name:
                    continue
                for pid, _ in entries:
                    p = self.places[pid]
                    if p.kind == "country" and p.country:
                        stems.setdefault(_nisba_stem(name), set()).add(p.country)
            self._nisba = {k: next(iter(v)) for k, v in stems.items() if len(v) == 1 and len(k) >= 3}
        return self._nisba

    def foreign_candidates(self, key: str) -> list[Place]:
        """Towns (kind city) whose name meets ``key`` in the loose spelling, whatever their size, long vowels
        swapped too (لفوف / لفيف, Lviv): the caller asks for a country the article names."""
        out: list[Place] = []
        for _, pid in self._loose_index().get(loose_key(key), ()):
            p = self.places[pid]
            if p.kind == "city" and p not in out:
                out.append(p)
        return out

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


def loose_key(name: str) -> str:
    """A normalized name without the long vowels inside its words (first and last letters kept), ج written
    غ: the key under which spellings that differ only in them meet (``كابول`` and ``كابل`` → ``كبل``,
    ``ناجازاكي`` and ``ناغازاكي``); a final vowel stays, since it makes another word (``قصر``, a palace, is
    not ``قصري``)."""
    return " ".join(w[:1] + w[1:-1].translate(_LOOSE_DROP) + w[-1:] if len(w) > 2 else w
                    for w in name.translate(_LOOSE_G).split(" "))


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


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
    first: int  # index of the first word
    last: int  # index of the last word
    candidates: list[Place]
    from_entity: bool = False
    guessed_clitic: str = ""  # the proclitic letter split off right before the name, if that is a guess


def _find_mentions(words: LazyTokens, gaz: Gazetteer) -> list[_Mention]:
    """Longest gazetteer matches over the words, left to right, with clitic readings of the first word."""
    found: list[_Mention] = []
    norm = words.words
    n = len(norm)
    # the words that may begin a name, by a set intersection: most words begin none
    starters = gaz.starters(norm)
    if not starters:
        return found
    i = 0  # the first word not yet inside a mention
    for k in compress(count(), map(starters.__contains__, norm)):
        if k < i:
            continue
        i = k
        loose, strict, nexts, longest = starters[norm[i]]
        if not (strict or (loose and i > 0 and (norm[i - 1] in PLACE_TRIGGERS or norm[i - 1] in PLACE_TRIGGERS_PLURAL))
                or (i + 1 < n and norm[i + 1] in nexts)):
            continue
        best = None  # (number of words, start offset, key, guessed clitic)
        tok = words.token(i)
        # the next words a name may span: on the same line, separated by spaces only
        following = []
        for j in range(i + 1, min(n, i + longest)):
            if not words.joined(j):
                break
            following.append(norm[j])
        for start, stem in tok.readings:
            if stem not in gaz.start_words:
                continue  # no name begins with this reading
            if stem == tok.stem and tok.stem != tok.norm and not stem.startswith("ال"):
                continue  # السورية is not سورية: names without the article never take it
            key_words = [stem, *following[:gaz.first_words.get(stem, 1) - 1]]
            for length in range(len(key_words), 0, -1):
                if best is not None and (length < best[0] or length == best[0] and not (
                        found and found[-1].last == i - 1  # «الرياض وجدة»: a place, then و + place
                        and _conjunction_reads_better(gaz, tok, best, start, " ".join(key_words[:length])))):
                    break
                key = " ".join(key_words[:length])
                if key in gaz.names:
                    guessed = ""
                    if start != tok.start and stem != tok.stem and not stem.startswith("ال"):
                        guessed = tok.norm[len(tok.norm) - len(stem) - 1]  # the letter before the stem
                    best = (length, start, key, guessed)
                    break
        if best is None:
            continue
        length, start, key, guessed = best
        last = i + length - 1
        found.append(_Mention(start, words.span(last)[1], key, i, last, [], guessed_clitic=guessed))
        i = last + 1
    return found


#: Right after another place, a conjunction + name reading beats a whole-word name of the same length when
#: its place is this many times bigger: وجدة in «الرياض وجدة» is "and Jeddah" (3.4 million people), not
#: Oujda (0.5 million); «زار وجدة المغربية» stays Oujda.
CONJUNCTION_READING_RATIO = 3


def _conjunction_reads_better(gaz: Gazetteer, tok, best: tuple, start: int, key: str) -> bool:
    """Whether ``key`` read after a split-off و/ف (``start`` past the word's start) should replace the
    whole-word match ``best`` of the same length (see :data:`CONJUNCTION_READING_RATIO`)."""
    if best[1] != tok.start or start != tok.start + 1 or tok.norm[:1] not in "وف" or key not in gaz.names:
        return False

    def size(k: str) -> int:
        return max((p.population for p in gaz.candidates(k, strict=True)), default=0)
    return size(key) >= CONJUNCTION_READING_RATIO * max(size(best[2]), 1)


def _prev_norm(words: LazyTokens, idx: int, back: int = 1) -> str:
    k = idx - back
    return words.words[k] if k >= 0 else ""


def _blocked_by_context(words: LazyTokens, m: _Mention, org_starts: list[int], org_reach: list[int]) -> bool:
    """Org-name and media contexts in which a place name is not a place mention.

    ``org_starts`` are the sorted starts of the ORG entities, ``org_reach[k]`` the furthest end of
    the first ``k + 1`` of them: some ORG contains the mention if one starting before it reaches its end.
    """
    k = bisect_right(org_starts, m.start)
    if k and org_reach[k - 1] >= m.end:
        return True
    prev = _prev_norm(words, m.first)
    located = words.text[m.start - 1:m.start] == "ب" and m.start > words.span(m.first)[0]
    if (prev in ORG_HEADS or (prev[:1] in "وبل" and prev[1:] in ORG_HEADS)) and not located:
        return True  # (but شركة أرامكو بجدة: "in Jeddah")
    if prev in EVENT_HEADS or (prev[:1] in "وبلف" and prev[1:] in EVENT_HEADS):
        return True
    if _org_of(words, m.first) or (words.words[m.first][:1] == "و" and m.first and _org_of(words, m.first - 1)):
        return True  # الهيئة الملكية للجبيل وينبع: the commission's name
    nxt = words.words[m.last + 1] if m.last + 1 < len(words.words) else ""
    if nxt in ORG_TAILS:
        return True  # مصر للطيران (EgyptAir), السعودية للكهرباء: a company named after its country
    if nxt in NOT_PLACE_AFTER.get(m.key, ()):
        return True  # حماه الله، النيل منه
    # told to a newspaper: لـ«الشرق الأوسط» / لـ"سبق"
    before = words.text[max(0, m.start - 3):m.start]
    if before and before[-1] in _QUOTES_OPEN and ("ل" in before[:-1]):
        return True
    if _quoted_medium(words, m):
        return True
    if m.key in NISBA_COUNTRY_KEYS and prev in ("غير", "الغير"):
        return True  # من جنسيات غير سورية: "non-Syrian"
    if m.key in ADJECTIVE_COUNTRY_KEYS and m.first and not _has_conjunction(words, m):
        # an adjective agrees with its noun: السعودية after a definite noun (العاصمة السعودية), سورية also
        # after an indefinite feminine one (منطقة سورية); not after a verb with its pronoun (تقوده
        # السعودية), a particle (إلى السعودية), a noun it completes (بقيادة السعودية), nor as the next
        # item of a list (الأردن والسعودية)
        feminine = words.text[words.span(m.first - 1)[1] - 1] == "ة"
        if _definite(prev) or (feminine and m.key in NISBA_COUNTRY_KEYS
                               and (not m.key.startswith("ال") or prev in load_gazetteer().names)):
            return True  # ... but after a feminine place name it is one: جدة السعودية
    if m.key in ADJECTIVE_COUNTRY_KEYS and m.first and _has_conjunction(words, m) and prev.startswith("ال") \
            and prev.endswith("يه") and prev not in load_gazetteer().names:
        return True  # the second of two adjectives: وجهتي النظر المصرية والسعودية
    return False




def _quoted_medium(words: LazyTokens, m: _Mention) -> bool:
    """A newspaper named alone in quotes (:data:`MEDIA_NAMES`): في اتصال مع «الشرق الأوسط», علمت "الرياض"; not
    العاصمة "الرياض"."""
    return (m.key in MEDIA_NAMES and words.text[m.start - 1:m.start] in tuple(_QUOTES_OPEN)
            and words.text[m.end:m.end + 1] in tuple(_QUOTES_CLOSE) and not _place_noun(_prev_norm(words, m.first)))


def _place_noun(norm: str) -> bool:
    """A place noun, with or without the article or a proclitic (العاصمة، بمدينة، ومنطقة)."""
    for w in (norm, norm[1:] if norm[:1] in "وبلف" else ""):
        if w in PLACE_TRIGGERS or w in PLACE_TRIGGERS_PLURAL or (w.startswith("ال") and w[2:] in PLACE_TRIGGERS):
            return True
    return False


def _nisba_stem(word: str) -> str:
    """الاردنيه، الاردني -> اردن; تركيا -> ترك; العراق -> عراق: what a country name and its adjective share."""
    w = word[2:] if word.startswith("ال") else word
    for suffix in ("يين", "يون", "يه", "ي", "يا", "ا", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[:-len(suffix)]
    return w


def _nisba_country(gaz: Gazetteer, word: str) -> str | None:
    """The country of a definite nisba adjective (الأردنية، العراقي، التركية), or ``None``."""
    if not (word.startswith("ال") and word.endswith(("يه", "ي"))) or word in gaz.names:
        return None
    return gaz.nisba_countries().get(_nisba_stem(word))


#: Direction words of "X east of Y" (شرقي الرمادي، جنوب بغداد, with بـ too).
_DIRECTION_WORDS = frozenset(pre + d + suf for d in ("شرق", "غرب", "شمال", "جنوب") for suf in ("", "ي")
                             for pre in ("", "ب"))
#: A town said to lie in a direction of another (حصيبة شرقي الرمادي) farther than this from it is a
#: homonym: the place is a local one near the second town.
RELATIVE_MAX_KM = 150.0


def _relative_to_town(words: LazyTokens, found: list[dict]) -> list[dict]:
    """"X east of Y" (حصيبة شرقي الرمادي): when X resolved to a town more than :data:`RELATIVE_MAX_KM` from
    the town Y, X is a local place near Y (``kind: "local"``, ``approximate``, ``near``), as an analyst
    pins a village the gazetteer lacks."""
    by_start = {r["start"]: r for r in found if not r.get("unresolved")}
    out = list(found)
    for r in found:
        if r.get("unresolved") or r.get("kind") != "city":
            continue
        k = words.between(r["start"], r["end"])
        if not k or k[-1] + 2 >= len(words.words) or words.words[k[-1] + 1] not in _DIRECTION_WORDS:
            continue
        q = by_start.get(words.span(k[-1] + 2)[0])
        if q is None or q.get("kind") != "city" or q is r:
            continue
        if great_circle_km(r["lat"], r["lon"], q["lat"], q["lon"]) > RELATIVE_MAX_KM:
            local = dict(r, name=r["text"], country=q["country"], admin1=q["admin1"], kind="local",
                         lat=q["lat"], lon=q["lon"], geonameid=None, approximate=True, near=q["name"])
            out = [local if x is r else x for x in out]
    return out


def _capitals_in_city_lists(words: LazyTokens, gaz: Gazetteer, mentions: list[_Mention],
                            chosen: list[Place | None]) -> None:
    """A country named like its capital (تونس، الكويت، جيبوتي) is the city when the list item before it is a
    city (بجنيف وبيروت وتونس، والقاهرة وإسطنبول وبيروت والكويت ودبي)."""
    for k in range(1, len(mentions)):
        m, p, prev = mentions[k], chosen[k], chosen[k - 1]
        if p is None or p.kind != "country" or prev is None or prev.kind != "city":
            continue
        if mentions[k - 1].last != m.first - 1 or not words.words[m.first].startswith("و"):
            continue
        city = next((c for c in gaz.candidates(m.key, strict=False) if c.kind == "city" and c.country == p.country
                     and c.population >= MIN_POPULATION_CLITIC_GUESS), None)
        if city is not None:
            chosen[k] = city


def _narrow_to_named_country(words: LazyTokens, gaz: Gazetteer, mentions: list[_Mention]) -> None:
    """A name followed by the country it is in (عمان في الأردن، طرابلس في لبنان، لفوف (أوكرانيا)) keeps the
    places of that country named so, when there are some (even those the clitic guess had set aside:
    وعمان is mostly "and Oman", but not before في الأردن)."""
    by_first = {m.first: m for m in mentions}
    norm = words.words
    for m in mentions:
        if m.last + 1 >= len(norm) or all(p.kind == "country" for p in m.candidates) and len(m.candidates) < 2 \
                and m.candidates and not m.guessed_clitic:
            continue
        j = m.last + 1
        gap = words.text[words.span(m.last)[1]:words.span(j)[0]]
        nisba = _nisba_country(gaz, norm[j]) if gap.isspace() and not m.guessed_clitic else None
        if nisba:  # مدينة عمان الأردنية، بغداد العراقية
            named = {nisba}
        else:
            if norm[j] == "في" and gap.isspace():
                j += 1
            elif gap.strip() != "(":
                continue
            n = by_first.get(j)
            if n is None or not n.candidates or any(p.kind != "country" for p in n.candidates):
                continue
            named = {c.country for c in n.candidates}
        inside = [p for p in gaz.candidates(m.key, strict=False) if p.country in named and p.kind != "country"]
        if inside:
            m.candidates = inside


def _org_of(words: LazyTokens, i: int) -> bool:
    """Whether word ``i`` is ل + a name going on an organisation's name (:data:`ORG_OF_HEADS` within the three
    words before it, no punctuation between)."""
    w = words.words[i]
    if not (w.startswith("ل") and len(w) > 3) or i == 0:
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        gap = words.text[words.span(k)[1]:words.span(k + 1)[0]]
        if not gap.isspace():
            return False
        w = words.words[k]
        if w in ORG_OF_HEADS or (w[:1] in "وبل" and w[1:] in ORG_OF_HEADS):
            return True
    return False


def _definite(word: str) -> bool:
    """Whether a normalized word is a definite noun, clitics allowed (العاصمه, بالشركه, للجمعيه)."""
    if word in _AL_PARTICLES:
        return False
    if word[:1] in CONJUNCTIONS:
        word = word[1:]
    if word.startswith("لل"):
        return True
    if word[:1] in PROCLITIC_LETTERS:
        word = word[1:]
    return word.startswith("ال") and word not in _AL_PARTICLES


def _has_conjunction(words: LazyTokens, m: _Mention) -> bool:
    """Whether the mention's first word carries a conjunction before the name (والسعودية)."""
    head = words.text[words.span(m.first)[0]:m.start]
    return bool(head) and head[0] in CONJUNCTIONS


# --- resolution --------------------------------------------------------------------------------


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _km(a: Place, b: Place) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _base_score(p: Place) -> float:
    weight = p.population or (DEFAULT_IMPORTANCE if p.id >= 2_000_000_000 else 0)
    score = math.log10(weight + 1000)
    if p.kind == "country":
        score += COUNTRY_BONUS
    if p.id >= 2_000_000_000:
        score += CURATED_BONUS
    return score


def _resolve(mentions: list[_Mention], text: str, home: str | None,
             scores: dict[int, float]) -> list[Place | None]:
    # pass 1: anchors, the mentions whose best candidate is clear on its own
    anchors: list[tuple[int, Place]] = []
    for idx, m in enumerate(mentions):
        if len(m.candidates) == 1:
            anchors.append((idx, m.candidates[0]))
            continue
        ranked = sorted(m.candidates, key=lambda p: scores[p.id], reverse=True)
        if ranked and scores[ranked[0].id] - scores[ranked[1].id] >= ANCHOR_MARGIN:
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
            memo[key] = _choose(m, [p for j, p in anchors if j != idx and p.country], home, dateline, scores)
        chosen.append(memo[key])
    return chosen


def _choose(m: _Mention, others: list[Place], home: str | None, dateline: bool,
            scores: dict[int, float]) -> Place | None:
    """The best candidate of one mention given the other anchored places of the article."""
    focus = Counter(p.country for p in others)
    total = sum(focus.values())
    admins = {(p.country, p.admin1) for p in others if p.kind == "admin1"}
    near_pool = [q for q in others if q.kind not in ("country", "continent", "region", "sea")]
    best, best_score = None, -1e9
    for p in m.candidates:
        s = scores[p.id]
        if total and p.country:
            s += FOCUS_WEIGHT * focus[p.country] / total
        if p.kind != "admin1" and (p.country, p.admin1) in admins:
            s += CONTAINMENT_BONUS
        if p.kind not in ("country", "continent") and any(
                q.id != p.id and abs(q.lat - p.lat) < _NEAR_DEGREES and _km(p, q) < NEAR_KM for q in near_pool):
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
    words = LazyTokens(text)
    labelled = [(str(e.get("label") or e.get("type") or "").upper(), e) for e in entities or ()]
    orgs = sorted((e["start"], e["end"]) for label, e in labelled if label in ("ORG", "ORGANIZATION"))
    org_starts, org_reach = [a for a, _ in orgs], list(accumulate((b for _, b in orgs), max))
    mentions = []
    for m in _find_mentions(words, gaz):
        if _blocked_by_context(words, m, org_starts, org_reach):
            continue
        if m.key in VERB_NAMES and not _verb_name_is_place(words, gaz, m):
            continue  # لا نجد "we do not find"
        if m.key in DIRECTION_AREA_KEYS and _part_of_next_place(words, gaz, m):
            continue  # المنطقة الشمالية من المدينة: a part of the place named next, not a region's name
        prev = _prev_norm(words, m.first)
        if prev in PLACE_TRIGGERS:
            m.candidates = gaz.candidates(m.key, strict=False)
        elif prev in PLACE_TRIGGERS_PLURAL and m.key not in COMMON_WORD_NAMES:
            m.candidates = gaz.candidates(m.key, strict=False)
        else:
            m.candidates = gaz.candidates(m.key, strict=True)
        head, _, rest = m.key.partition(" ")
        if rest and head in PLACE_TRIGGERS:  # "مدينة زنجبار": Zanzibar's Arabic name, and Zinjibar too
            m.candidates += [p for p in gaz.candidates(rest, strict=False) if p not in m.candidates]
        if m.guessed_clitic:
            allowed = gaz.clitic_prefixes.get(m.key)
            if allowed is not None and m.guessed_clitic not in allowed:  # للحج is not ل + لحج
                m.candidates = [p for p in m.candidates if p.kind == "country"]
            elif allowed is None and " " not in m.key:  # uncurated one-word names news rarely uses bare
                m.candidates = [p for p in m.candidates if p.id >= 2_000_000_000 or p.kind == "country"]
            m.candidates = [p for p in m.candidates if p.id >= 2_000_000_000 or p.kind == "country"
                            or p.population >= MIN_POPULATION_CLITIC_GUESS]
        if m.candidates:
            mentions.append(m)
    mentions += _list_items(words, gaz, mentions, org_starts, org_reach)
    mentions += _list_heads(words, gaz, mentions)
    mentions += _region_adjectives(words, gaz, mentions, org_starts, org_reach)

    # one sense per discourse: "جبال مران" lets a later bare "مران" through
    heads = {}
    for m in mentions:
        head, _, rest = m.key.partition(" ")
        if rest and head in GENERIC_HEADS and rest not in COMMON_WORD_NAMES and rest not in gaz.local_common_words:
            heads[rest] = m.candidates  # (not جزيرة العرب -> العرب "the Arabs")
    if heads:
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        for m in _find_mentions_for_keys(words, heads, covered):
            if not _quoted_medium(words, m):  # not حصلت «الشرق الأوسط» after منطقة الشرق الأوسط
                mentions.append(m)
        mentions.sort(key=lambda m: m.start)

    # LOC entities the gazetteer did not see: resolve their words, else keep them unresolved
    extra: list[dict] = []
    for label, e in labelled:
        if label not in ("LOC", "LOCATION", "GPE"):
            continue
        e_start, e_end = e["start"], e["end"]
        if any(m.start < e_end and e_start < m.end for m in mentions):
            continue
        inside = words.between(e_start, e_end)
        if not inside:
            continue
        ent_tokens = [words.token(k) for k in inside]
        first = inside.start
        # the tagger's word does not lift the gazetteer's guards: a name after an organisation noun or
        # quoted after لـ, a country adjective (العاصمة السعودية) and a name that is a common word
        # (بأمان "safely") stay out unless a place noun stands before it. Small towns are let through:
        # the tagger read a place there (بعنيزة: Unaizah has no population in GeoNames).
        trigger = _prev_norm(words, first) in PLACE_TRIGGERS
        for start, stem in ent_tokens[0].readings:
            key = " ".join([stem] + [t.norm for t in ent_tokens[1:]])
            if key not in gaz.names:
                continue
            m = _Mention(start, ent_tokens[-1].end, key, first, first + len(ent_tokens) - 1,
                         gaz.candidates(key, strict=False) if trigger or key not in COMMON_WORD_NAMES else [],
                         from_entity=True)
            if not _blocked_by_context(words, m, org_starts, org_reach) and m.candidates:
                mentions.append(m)
            break
        else:
            # no spelling matched: try the loose spelling (زيوريخ → Zürich, written زيورخ in GeoNames); not
            # after a local place noun, where an unknown word is a district's name (حي المغاير is not المجر)
            local_name = _prev_norm(words, first) in _LOCAL_HEAD_FORMS
            for start, stem in ent_tokens[0].readings:
                key = " ".join([stem] + [t.norm for t in ent_tokens[1:]])
                m = _Mention(start, ent_tokens[-1].end, key, first, first + len(ent_tokens) - 1,
                             [] if local_name else gaz.loose_candidates(key), from_entity=True)
                if m.candidates:
                    if not _blocked_by_context(words, m, org_starts, org_reach):
                        mentions.append(m)
                    break
            else:
                extra.append(_record(ent_tokens[0].start, ent_tokens[-1].end, text, None))
    mentions.sort(key=lambda m: m.start)

    _narrow_to_named_country(words, gaz, mentions)
    # a GeoNames town inside a person's name (مايكل فالون is not Falun, الشيخ سلمان صباح السالم) is the name
    persons = [(e["start"], e["end"]) for label, e in labelled if label in ("PER", "PERSON")]
    if persons:
        for m in mentions:
            if any(a <= m.start and m.end <= b for a, b in persons) and _prev_norm(words, m.first) not in PLACE_TRIGGERS:
                m.candidates = [p for p in m.candidates if p.id >= 2_000_000_000 or p.kind == "country"]
        mentions = [m for m in mentions if m.candidates]
    home = OUTLET_COUNTRY.get((outlet or "").lower())
    chosen = _resolve(mentions, text, home, gaz.scores)
    _capitals_in_city_lists(words, gaz, mentions, chosen)
    for k, m in enumerate(mentions):
        direction = DIRECTION_AREA_KEYS.get(m.key)
        if direction and chosen[k] is not None:
            chosen[k] = _direction_area(gaz, direction, chosen[k],
                                        [p for j, p in enumerate(chosen) if j != k and p is not None])
    out = [_record(m.start, m.end, text, p) for m, p in zip(mentions, chosen)] + extra
    out = _foreign_towns(words, gaz, out)
    out = _relative_to_town(words, out)
    local = _local_places(words, gaz, out)
    if local:  # a local name the tagger saw replaces its unresolved record
        out = [r for r in out if not (r.get("unresolved") and any(
            q["start"] < r["end"] and r["start"] < q["end"] for q in local))] + local
    out.sort(key=lambda r: r["start"])
    return out


#: Town nouns after which an unknown word is looked up as a foreign town spelled another way.
def _with_clitics(heads: Iterable[str]) -> frozenset[str]:
    """Head nouns with the proclitics that may stand before them (بمنطقة، وحي، لقرية)."""
    return frozenset(pre + h for h in heads for pre in ("", "و", "ب", "ل", "ف", "وب", "ول", "فب"))


_TOWN_HEAD_FORMS = _with_clitics(("مدينه", "بلده", "ولايه", "اقليم", "محافظه", "قريه", "بلدات"))
#: A foreign town found by its other spelling has at least this many letters (shorter words meet too many).
FOREIGN_MIN_LETTERS = 4
_FOREIGN_PREFIXES = frozenset({"و", "ب", "ل", "ف", "وب", "ول", "فب"})
#: Countries whose towns have native Arabic names (the Arab League's members).
ARABIC_COUNTRIES = frozenset("SA AE OM KW QA BH YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM".split())


def _foreign_towns(words: LazyTokens, gaz: Gazetteer, found: list[dict]) -> list[dict]:
    """Towns of a country the article names, spelled otherwise than in the gazetteer.

    ``سوروج`` (سروج)، ``شيرناك`` (شرناق)، ``لفوف`` (لفيف): a tagged location that no spelling matched, or an
    unknown word after a town noun (مدينة، بلدة، ولاية، إقليم، محافظة، قرية), is the most populous town
    whose name meets it in the loose spelling (:func:`loose_key`: long vowels, the letters of a foreign g
    and k) and that lies in a country the article's resolved places are in. Without such a country it stays
    as it was: a name spelled loosely alone is too often another town.
    """
    # Arabic names are native in the Arab countries: another spelling there is another village
    countries = {r["country"] for r in found if not r.get("unresolved") and r.get("country")} - ARABIC_COUNTRIES
    if not countries:
        return found
    norm = words.words
    taken = [(r["start"], r["end"]) for r in found if not r.get("unresolved")]
    spots = [(r["start"], r["end"], r) for r in found if r.get("unresolved")]
    for i in compress(count(), map(_TOWN_HEAD_FORMS.__contains__, norm[:-1])):
        if words.joined(i + 1):
            a, b = words.span(i + 1)[:2]
            if not any(s < b and a < e for s, e in taken) and not any(s < b and a < e for s, e, _ in spots):
                spots.append((a, b, None))
    if not spots:
        return found
    out = list(found)
    for a, b, rec in spots:
        best = None
        for k in words.between(a, b)[:1]:
            tok = words.token(k)
            if rec is None and not _local_name_ok(gaz, "مدينه", tok.norm, first=True):
                continue  # بلدة حدودية: an adjective, not a name
            for start, stem in tok.readings:
                # the word itself, or without a conjunction or preposition (not ك: كلورادو is not ك + لورادو)
                if start != tok.start and tok.norm[:len(tok.norm) - len(stem)] not in _FOREIGN_PREFIXES:
                    continue
                key = " ".join([stem] + [norm[j] for j in words.between(a, b)[1:]])
                if len(key.replace(" ", "")) < FOREIGN_MIN_LETTERS or key in COMMON_WORD_NAMES \
                        or key in gaz.local_common_words:
                    continue
                for p in gaz.foreign_candidates(key):
                    if p.country in countries and (best is None or p.population > best[1].population):
                        best = (start, p)
        if best is None:
            continue
        new = _record(best[0], b, words.text, best[1])
        out = [r for r in out if r is not rec] + [new]
    return out


def _list_items(words: LazyTokens, gaz: Gazetteer, mentions: list[_Mention],
                org_starts: list[int], org_reach: list[int]) -> list[_Mention]:
    """Names the strict test dropped that follow a town or governorate in a list of places.

    ``أبين، وعدن، والضالع، والمحويت، وعمران، وذمار، وحجة، والحديدة``: a one-word town below the population
    bar (المحويت) is a place when it continues a list whose previous item is a town or governorate of the
    same country; one named like a common word (عمران a first name, حجة "argument") also needs the list to
    go on with a place after it, or to follow a plural place noun (``محافظات المحويت وعمران وحجة``). Items are
    separated by a comma, or joined by the conjunction و; the chain runs rightwards from each mention.
    """
    norm, text = words.words, words.text
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    out: list[_Mention] = []
    for m in mentions:
        prev, j = m, m.last + 1
        # محافظات المحويت وعمران وحجة: after a plural place noun every item is a place
        head = _prev_norm(words, m.first)
        headed = head in PLACE_TRIGGERS_PLURAL
        # a dual names two: محافظتي تعز والبيضاء أصبحتا ... (the second item needs no list end after it)
        dual = headed and head.endswith("ي")
        while j < len(norm) and j not in covered:
            countries = {p.country for p in prev.candidates if p.kind in ("city", "admin1")}
            if not countries:
                break
            gap = text[words.span(j - 1)[1]:words.span(j)[0]].strip()
            if gap not in ("،", ",") and not (gap == "" and norm[j].startswith("و")):
                break
            tok = words.token(j)
            item = None
            for start, stem in tok.readings:
                if stem == tok.stem and tok.stem != tok.norm and not stem.startswith("ال"):
                    continue  # as in _find_mentions: names without the article never take it
                if stem in COMMON_WORD_NAMES and not (headed or _next_item_is_place(words, j, covered)):
                    continue  # عمران a first name, حجة "argument": only inside a list of places
                cands = [p for p in gaz.candidates(stem, strict=False)
                         if p.country in countries and p.kind in ("city", "admin1")]
                if cands:
                    item = _Mention(start, tok.end, stem, j, j, cands)
                    break
            if item is None or not (_ends_list_item(words, j) or (dual and prev is m)) \
                    or _blocked_by_context(words, item, org_starts, org_reach):
                break
            out.append(item)
            covered.add(j)
            prev, j = item, j + 1
            if dual:
                break
    return out


def _list_heads(words: LazyTokens, gaz: Gazetteer, mentions: list[_Mention]) -> list[_Mention]:
    """The first item of a list of three or more places when it is a town named like a common word
    (``من بينها مخمور والرمادي وبيجي``): the items after it, joined by و, are towns of its country."""
    by_first = {m.first: m for m in mentions}
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    norm = words.words
    out = []
    for m in mentions:
        nxt = by_first.get(m.last + 1)
        j = m.first - 1
        if j < 0 or j in covered or nxt is None or not (norm[m.first].startswith("و") and norm[nxt.first].startswith("و")):
            continue
        countries = {p.country for p in m.candidates if p.kind in ("city", "admin1")} & \
                    {p.country for p in nxt.candidates if p.kind in ("city", "admin1")}
        if not countries or not words.joined(m.first):
            continue
        tok = words.token(j)
        cands = [p for p in gaz.candidates(tok.norm, strict=False) if p.country in countries and p.kind == "city"]
        if cands:
            out.append(_Mention(tok.start, tok.end, tok.norm, j, j, cands))
            covered.add(j)
    return out


def _verb_name_is_place(words: LazyTokens, gaz: Gazetteer, m: _Mention) -> bool:
    """Whether a name that is also a verb (:data:`VERB_NAMES`, ``نجد``) is a place here: after a preposition
    or a place noun (``في نجد``, ``أهل نجد``), with ب attached (``بنجد``), or next to another place in a
    list (``نجد والحجاز``, ``الحجاز ونجد``)."""
    prev = _prev_norm(words, m.first)
    head = words.text[words.span(m.first)[0]:m.start]
    if prev in VERB_NAME_HEADS or "ب" in head:
        return True
    nxt = words.words[m.last + 1] if m.last + 1 < len(words.words) else ""
    return (nxt.startswith("و") and _is_area(gaz, nxt[1:])) or (head.startswith("و") and _is_area(gaz, prev))


def _is_area(gaz: Gazetteer, key: str) -> bool:
    """Whether ``key`` names a country, region or first-level division (not a village named like a word)."""
    return any(p.kind in ("country", "region", "admin1") for p in gaz.candidates(key, strict=True))


#: After ``المنطقة الشرقية من``, these name Saudi Arabia itself: the region is the Saudi one.
_SAUDI_WHOLE = frozenset({"المملكه", "السعوديه", "البلاد"})


def _part_of_next_place(words: LazyTokens, gaz: Gazetteer, m: _Mention) -> bool:
    """``المنطقة الشمالية من المدينة``, ``المنطقة الشمالية لمدينة عدن``, ``المنطقة الوسطى الإسرائيلية``: the
    area is a part of the place named next (not ``... من المملكة``, nor ``بالمنطقة الشرقية من إحباط``, where
    من opens the next phrase)."""
    norm = words.words
    k = m.last + 1
    if k >= len(norm) or not words.joined(k):
        return False
    nxt = norm[k]
    if nxt.startswith("ال") and nxt.endswith("يه") and nxt != "السعوديه":
        return True  # قائد المنطقة الوسطى الإسرائيلية: another country's region, by its adjective
    if nxt.startswith("ل") and (nxt[1:] in PLACE_TRIGGERS or nxt[1:] in gaz.names):
        return True  # المنطقة الشمالية لمدينة عدن
    return (k + 1 < len(norm) and nxt == "من" and norm[k + 1] not in _SAUDI_WHOLE
            and norm[k + 1] in gaz.names)


#: Every clitic form of the regional adjectives (والشرقيه, بالشرقيه, للشرقيه) -> the adjective.
_REGION_ADJ_FORMS = {pre + key: key for key in REGION_ADJECTIVE_NAMES for pre in ("", "و", "ب", "وب", "ف", "فب")} | {
    pre + "ل" + key[1:]: key for key in REGION_ADJECTIVE_NAMES for pre in ("", "و", "ف")}


def _region_adjectives(words: LazyTokens, gaz: Gazetteer, mentions: list[_Mention],
                       org_starts: list[int], org_reach: list[int]) -> list[_Mention]:
    """Bare regional adjectives that name a region (:data:`REGION_ADJECTIVE_NAMES`).

    ``الشرقية`` is the Eastern Province (or Egypt's governorate, by the article's focus) with a preposition
    attached (``بالشرقية``), after a preposition, a plural of منطقة or أمير (``المنطقتين الشرقية و الرياض``,
    ``أمير الشرقية``), or as an item of a list whose neighbour is a place of those countries (``الرياض
    والشرقية``, ``و الشرقية و الرياض``); elsewhere it is an adjective (``الغوطة الشرقية``) or part of an
    institution's name (``غرفة الشرقية``), and is left alone.
    """
    norm = words.words
    found = list(compress(count(), map(_REGION_ADJ_FORMS.__contains__, norm)))
    if not found:
        return []
    covered = {i: m for m in mentions for i in range(m.first, m.last + 1)}
    out: list[_Mention] = []
    for i in found:
        if i in covered:
            continue
        key = _REGION_ADJ_FORMS[norm[i]]
        cands = [p for k in REGION_ADJECTIVE_NAMES[key] for p in gaz.candidates(k, strict=False)
                 if p.kind in ("admin1", "admin2")]
        countries = {p.country for p in cands}
        tok = words.token(i)
        start = next((s for s, stem in tok.readings if stem == key), tok.start)
        head = words.text[tok.start:start]
        prev = _prev_norm(words, i)
        ok = "ب" in head or "ل" in head or prev in REGION_ADJECTIVE_HEADS
        if not ok and (head.startswith("و") or prev == "و" or _gap_is_comma(words, i)):
            before = covered.get(i - 2 if prev == "و" else i - 1)  # الرياض والشرقية
            ok = before is not None and _list_neighbour(before, countries)
        if not ok and i + 1 < len(norm):
            j = i + 2 if norm[i + 1] == "و" else i + 1  # الشرقية و الرياض
            after = covered.get(j)
            ok = (after is not None and after.first == j and (j == i + 2 or norm[j].startswith("و"))
                  and _list_neighbour(after, countries))
        if not ok or not cands:
            continue
        m = _Mention(start, tok.end, key, i, i, cands)
        if not _blocked_by_context(words, m, org_starts, org_reach):
            out.append(m)
    return out


def _list_neighbour(m: _Mention, countries: set[str | None]) -> bool:
    """Whether ``m`` may be the next item of a list of those countries' places (not a guessed clitic reading:
    ``وبابها`` "and its door" is not Abha)."""
    return not m.guessed_clitic and any(
        p.country in countries and p.kind in ("city", "admin1", "admin2", "region") for p in m.candidates)


def _gap_is_comma(words: LazyTokens, i: int) -> bool:
    return i > 0 and words.text[words.span(i - 1)[1]:words.span(i)[0]].strip() in ("،", ",")


def _direction_area(gaz: Gazetteer, direction: str, saudi: Place, others: list[Place]) -> Place:
    """``المنطقة`` + a direction (:data:`DIRECTION_AREA_KEYS`): the Saudi region, unless the article's places
    are more often in one other country that has such a part in the gazetteer (``شرق ليبيا``)."""
    focus = Counter(p.country for p in others if p.country and p.kind not in ("continent", "sea"))
    if not focus:
        return saudi
    top, n = focus.most_common(1)[0]
    if top == saudi.country or n <= focus[saudi.country]:
        return saudi
    for key in gaz.country_keys(top):
        for p in gaz.candidates(f"{direction} {key}", strict=False):
            # curated parts only (شرق ليبيا، the regions news names so), not every country's generated
            # direction regions (the article's "المنطقة الشرقية" is not eastern Guinea)
            if p.country == top and p.kind == "region" and p.id < GENERATED_IDS:
                return p
    return saudi  # a country without such a region (البحرين): Saudi outlets mostly mean their own


#: Local place nouns with the clitics that may stand before them (بمنطقة، وحي، لقرية).
_LOCAL_HEAD_FORMS = _with_clitics(LOCAL_HEADS) | {"احياء", "واحياء", "باحياء", "فاحياء"}  # not لإحياء "to revive"
_DUAL_HEADS = frozenset({"منطقتي", "قريتي", "بلدتي"})
#: Plural nouns naming a list of districts or villages (أحياء الخالدية والبلد ...) and the most items taken.
_LIST_HEADS = frozenset({"احياء"})
MAX_LIST_NAMES = 12
#: Feminine heads (and plurals of things): an indefinite word in ة after them is an adjective
#: (منطقة عازلة، قرية نائية، جبال شاهقة).
_FEMININE_HEADS = frozenset(h for h in LOCAL_HEADS if h.endswith("ه")) | {"جبال"}  # جبال شاهقة
#: Kinds of resolved places precise enough to stand for a district or village named near them.
_LOCAL_ANCHOR_KINDS = frozenset({"city", "admin1", "admin2", "district", "landmark", "crossing", "mountain", "island"})
#: The anchor is the closest such place within this many characters of the local name.
LOCAL_ANCHOR_CHARS = 400


def _local_places(words: LazyTokens, gaz: Gazetteer, found: list[dict]) -> list[dict]:
    """Districts, villages and mountains the gazetteer lacks, named after a local place noun.

    ``منطقة الضباب``, ``جبل صبر``, ``بلدة كفريا``, ``منطقتي الوهط وصبر``: the word after the noun is a
    name when it is not a common word (:attr:`Gazetteer.local_common_words`, :data:`LOCAL_NOT_NAMES`),
    not an adjective agreeing with the noun (``منطقة عازلة``, ``حي سكني``), and not already a place.
    It is placed at the closest town of the article (``kind: "local"``, ``approximate: True``,
    ``near``: that town's name), the way an analyst would pin it; with no town within
    :data:`LOCAL_ANCHOR_CHARS` characters it is kept unresolved.
    """
    norm, text = words.words, words.text
    heads = list(compress(count(), map(_LOCAL_HEAD_FORMS.__contains__, norm[:-1])))
    if not heads:
        return []
    taken = [(r["start"], r["end"]) for r in found if not r.get("unresolved")]
    anchors = [r for r in found if r.get("kind") in _LOCAL_ANCHOR_KINDS]
    regions = [r for r in found if r.get("kind") == "region" and r.get("country")]
    countries = [r for r in found if r.get("kind") == "country"]
    out: list[dict] = []
    for i in heads:
        heads_all = LOCAL_HEADS | _LIST_HEADS
        head = norm[i] if norm[i] in heads_all else norm[i][1:] if norm[i][1:] in heads_all else norm[i][2:]
        if head == "وادي" and words.text[slice(*words.span(i)[:2])].endswith(("ى", "أدي")):
            continue  # وأدى "he performed", not وادي "valley"
        names = []
        j = i + 1
        # a plural noun names a list: أحياء الخالدية والبلد والجامعة والنميص والمنسك، والبديع والموظفين
        listing = head in _LIST_HEADS

        def next_item(k: int) -> bool:
            return words.joined(k) or (listing and bool(names) and words.text[
                words.span(k - 1)[1]:words.span(k)[0]].strip() in ("،", ","))
        while j < len(norm) and next_item(j) and len(names) < (MAX_LIST_NAMES if listing else 2):
            last = j + 1 if norm[j] in LOCAL_NAME_STARTS and j + 1 < len(norm) and words.joined(j + 1) else j
            # (the first item of a list passes the strict test: not أحياء المدينة)
            if not (_list_name_ok(norm[last], first=False) if listing and names
                    else _local_name_ok(gaz, head, norm[last], first=not names)):
                break
            names.append((j, last))
            # a dual or plural noun may name two: منطقتي الوهط وصبر
            j = last + 1
            if not ((head in _DUAL_HEADS or listing) and j < len(norm) and next_item(j) and norm[j].startswith("و")):
                break
        for a, b in names:
            start = words.span(a)[0] + (1 if a > i + 1 else 0)  # the و of a second name is not in it
            end = words.span(b)[1]
            if any(s < end and start < e for s, e in taken):
                continue
            near = None
            # a country named closer than any town decides the country (بمنطقة الصوابر في الكويت)
            country = min(countries, key=lambda r: abs(r["start"] - start), default=None)
            for pool in (anchors, regions):  # a region (شمال العراق) only when no town is near
                near = min(pool, key=lambda r: abs(r["start"] - start), default=None)
                if (near is not None and country is not None and near["country"] != country["country"]
                        and abs(country["start"] - start) < abs(near["start"] - start)):
                    near = min((r for r in pool if r["country"] == country["country"]),
                               key=lambda r: abs(r["start"] - start), default=None)
                if near is not None and abs(near["start"] - start) <= LOCAL_ANCHOR_CHARS:
                    break
                near = None
            rec = _record(start, end, text, None)
            if near is not None:
                rec.update(name=text[start:end], country=near["country"], admin1=near["admin1"], kind="local",
                           lat=near["lat"], lon=near["lon"], approximate=True, near=near["name"])
                del rec["unresolved"]
            out.append(rec)
            taken.append((start, end))
    return out


def _list_name_ok(word: str, first: bool) -> bool:
    """Whether ``word`` may be an item of a list of districts after a plural noun (أحياء ...): any word
    but a place noun, a set phrase, a preposition and very short ones (البلد، الجامعة are districts there)."""
    stem = word[1:] if not first and word.startswith("و") else word
    return (len(stem) >= 3 and stem not in LOCAL_NOT_NAMES and stem not in LOCAL_HEADS and stem not in _LIST_HEADS
            and not stem.startswith("لل") and not (first and stem.startswith("و"))
            and (stem.startswith("ال") or not stem.endswith(("ه", "ي"))))  # not أحياء فقيرة، أحياء سكنية


def _local_name_ok(gaz: Gazetteer, head: str, word: str, first: bool) -> bool:
    """Whether ``word``, after the local place noun ``head``, may be a place's name (see _local_places)."""
    stem = word[1:] if not first and word.startswith("و") else word
    if len(stem) < 3 or stem in gaz.local_common_words or stem in LOCAL_NOT_NAMES or stem in LOCAL_HEADS:
        return False
    if stem.startswith("لل") or (first and stem.startswith("و")):
        return False  # للنازحين، وتجمع: a preposition or a conjunction opens the next phrase
    if not stem.startswith("ال") and stem.endswith("ه" if head in _FEMININE_HEADS else "ي"):
        return False  # an indefinite adjective agreeing with the noun: منطقة نائية، حي سكني
    return True


def _next_item_is_place(words: LazyTokens, j: int, covered: set[int]) -> bool:
    """Whether the list goes on after word ``j`` with a place already found (``وعمران، وذمار``)."""
    if j + 1 >= len(words.words) or j + 1 not in covered:
        return False
    gap = words.text[words.span(j)[1]:words.span(j + 1)[0]].strip()
    return gap in ("،", ",") or (gap == "" and words.words[j + 1].startswith("و"))


def _ends_list_item(words: LazyTokens, j: int) -> bool:
    """Whether word ``j`` closes a list item: punctuation, a line break or the end follows, or the next
    word begins with و (the next item). ``عدن ورصد ما يحدث``: رصد is a verb that opens a clause."""
    if j + 1 >= len(words.words):
        return True
    gap = words.text[words.span(j)[1]:words.span(j + 1)[0]]
    return not gap.isspace() or "\n" in gap or words.words[j + 1].startswith("و")


def _find_mentions_for_keys(words: LazyTokens, keys: dict[str, list[Place]], covered: set[int]) -> list[_Mention]:
    """Mentions of ``keys`` (with their candidates) starting on words outside ``covered``."""
    out = []
    firsts = {key.split(" ", 1)[0] for key in keys}
    # a reading is a suffix of its word, or ال + a suffix (للعراق -> العراق): test the words ending right
    ends = tuple({first[2:] if first.startswith("ال") else first for first in firsts})
    forms = {w for w in set(words.words) if w.endswith(ends) and any(stem in firsts for _, stem in readings(w))}
    norm = words.words
    for i in compress(count(), map(forms.__contains__, norm)):
        if i in covered:
            continue
        tok = words.token(i)
        for start, stem in tok.readings:
            for key, cands in keys.items():
                key_words = key.split(" ")
                if key_words[0] != stem or i + len(key_words) > len(norm):
                    continue
                if all(norm[i + k] == w for k, w in enumerate(key_words[1:], 1)):
                    last = i + len(key_words) - 1
                    out.append(_Mention(start, words.span(last)[1], key, i, last, cands))
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
                           "country": p["country"], "kind": p["kind"], "start": p["start"], "end": p["end"],
                           **({"approximate": True, "near": p.get("near")} if p.get("approximate") else {})},
        })
    return features
