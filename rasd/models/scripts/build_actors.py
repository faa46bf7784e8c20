"""Build ``rasd/models/actors/actors.tsv``: actors seeded from the Universal-PETRARCH Arabic dictionary.

Run from the repository root with ``../shared`` present (about a minute and a half; deterministic, no
randomness)::

    python -m rasd.models.scripts.build_actors [--report]

``--report`` prints every dictionary name with its counts and why it was kept or dropped.

Sources (all under ``../shared/data``):

* ``events/universalpetrarch_arabic/dictionaries/actor_dict_ar_v4.txt`` (github.com/openeventdata/
  UniversalPetrarch, branch ``arabic``, commit a0af422b; MIT, (c) 2016 Open Event Data Alliance): 4,445
  lemmatised Arabic names (``وزارة_دفاع_أميركي_``) with CAMEO actor codes, some with date ranges;
* ``news/saudinewsnet`` (CC BY-NC-SA 4.0): where the names occur, and how news writes them;
* ``geo/geonames_cities15000_2025/countryInfo.tsv`` (CC BY 4.0): the ISO 3166 alpha-3 codes;
* the shipped NER model (``rasd/models/ner``): what a name is in context (so this runs after train_ner).

How a dictionary name becomes a row, or why it does not (the counts are printed at the end of a run):

1. Names are grouped by :func:`name_key`. Their CAMEO codes are decoded into a country and a sector:
   ``IRQGOVELI`` -> IRQ, GOV (the first sector code; a generic CVL gives way to the code after it). IGO,
   NGO, IMG (transnational militarized group, as REB) and MNC (as BUS) have no country, as in the
   curated table; INT has none and takes the next code. Of several codes the one with the latest start
   date wins (the first listed on a tie); codes marked ``?`` are skipped.
2. Dropped from the code and words alone: no readable code; a country and no sector (toponyms and
   nationality adjectives: ``جدة [SAU]``, ``سوري [SYR]``: places are the gazetteer's); a sector and no
   country (generic agents: ``جيش [MIL]``, ``وزارة_صحة_ [GOVHLH]``: the events agent lexicon has those);
   role descriptions (``رئيس_وزير_عراقي_``, :data:`ROLE_WORDS`: an office, not an actor); a common noun
   with a nationality (``شركة_صيني_``) unless the noun heads an institution (``جيش_تركي_``,
   :data:`INSTITUTION_HEADS`); a ministry without a nationality (``وزارة_عمل_``, coded LBN: whose
   ministry depends on the article); the :data:`EXCLUDED` dictionary errors.
3. Names are matched in SaudiNewsNet (31,030 articles) on the key (the first word may carry a proclitic;
   a word ending in ة in the lemma must in the text too; words separated by spaces only), leftmost-
   longest, not counting matches right after a role word (وزير الخارجية الإيراني is the minister).
   Dropped: names in fewer than :data:`MIN_ARTICLES` articles, and names of curated actors (the
   curated rows win).
4. The NER model tags the sentences of the first :data:`NER_SAMPLE` occurrences. Dropped: names tagged
   LOC (:data:`PLACE_SHARE`); short names mostly inside longer ones (:data:`PART_SHARE`: سلمان of محمد بن
   سلمان); one-word names the tagger mostly does not mark PER or ORG (``أفضل [USAGOV]``); one-word family
   names (المالكي); given names (:data:`KIN_SHARE`); names that start with a nationality (مصري الجنسية)
   and are no person; indefinite descriptions (محكمة أمريكية).
5. A kept name's row: the canonical name is the surface form most often found, without proclitic or
   diacritics (``الجيش الأميركي``, not the lemma), spelled أميركي like the curated rows; the aliases are
   the other forms found at least :data:`MIN_ALIAS_COUNT` times; the label is PER after a title (أمير
   قطر), ORG after an organisation word, else the NER model's most frequent label, else ORG; no QID;
   ``source`` is ``up:`` and the CAMEO code read.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasd.analyze import arabic, ner
from rasd.analyze.lang_ar import actors
from rasd.analyze.lang_ar.clitics import ARTICLE_PREFIX_RE
from rasd.models.scripts.build_samples import SHARED, load_saudinewsnet

DICTIONARY = SHARED / "data" / "events" / "universalpetrarch_arabic" / "dictionaries" / "actor_dict_ar_v4.txt"
COUNTRY_INFO = SHARED / "data" / "geo" / "geonames_cities15000_2025" / "countryInfo.tsv"
OUT = actors.SEEDED_PATH
SOURCE_TAG = "up:"  # + the CAMEO code read, in the ``source`` column

#: A name must occur in this many SaudiNewsNet articles (of 31,030). At 1 or 2, mostly accidental
#: matches of short lemmas come in (``قام_دبابة_إسرائيلي_``-like junk, single common words).
MIN_ARTICLES = 3
#: Occurrences per name whose sentences the NER model tags (the first ones in corpus order).
NER_SAMPLE = 20
#: Share of those the tagger must mark PER/ORG for a one-word name to count as a name.
NAME_SHARE = 0.5
#: Share of pieces of longer names that drops a name of one or two words (سلمان, الملك فهد of مجمع الملك
#: فهد: 0.65; distinctive names: نتنياهو 0.05, ساركوزي 0.2).
PART_SHARE = 0.25
#: Share tagged LOC that makes a name a place (الشرق الأوسط, both a region and a newspaper: 0.4), and
#: how much of the name a LOC span must cover to count (a place inside a name does not: أمير قطر).
PLACE_SHARE = 0.3
PLACE_COVER = 0.9
#: Share of a person's mentions after one of KIN_WORDS that makes the name a given name (سلمان 0.28,
#: عبد العزيز 0.45, مشعل بن سعود 1.0: all his son's; بوش 0.04, نتنياهو 0).
KIN_SHARE = 0.1
#: ... for names of at most this many words: a longer one is the full name (سلمان بن عبد العزيز also
#: follows بن in محمد بن سلمان بن عبد العزيز, his son's full name, which the tagger finds whole).
KIN_WORDS_MAX = 3

#: An NER span may start this many characters before a name: its proclitics (وبال).
CLITIC_CHARS = 4
#: A surface form found this many times becomes an alias; at most MAX_ALIASES, most frequent first.
MIN_ALIAS_COUNT = 2
MAX_ALIASES = 8

#: CAMEO agent (sector) codes read after the country code; PLOVER v0.8 keeps most of them. The codes
#: are kept as CAMEO writes them (MED = media, HLH = health) like the events agent lexicon.
SECTORS = frozenset("GOV MIL REB COP SPY PTY BUS MED NGO IGO ELI CVL OPP JUD LEG REF EDU HLH LAB AGR CRM "
                    "RAD HRI DEV ENV MOD UAF REL".split())
#: Non-state "country" codes (CAMEO / PLOVER table 2): no country, and the sector they stand for.
NON_STATE = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS", "INT": None}

# ---------------------------------------------------------------------------------------------- keys

# Spelling variants of loan names, one key (SaudiNewsNet has أمريك 6,622 times, أميرك 5,664).
_SPELLINGS = (("امريك", "اميرك"),)
_HAMZA_SEATS = str.maketrans({"ؤ": "ء", "ئ": "ء"})


@lru_cache(maxsize=262144)
def word_key(word: str) -> str:
    """Key of one word that ignores what lemmatised dictionaries and news prose disagree on.

    Normalized (:func:`rasd.analyze.arabic.normalize`, and ؤ ئ → ء), without a certain article prefix
    (والعراقية → عراقيه), أمريك → أميرك, and without a final ta marbuta, so that the masculine lemma
    and the feminine or definite form meet: الأمريكية, الأميركية, أميركي → ``اميركي``; المكرمة, مكرم → ``مكرم``.
    """
    norm = arabic.normalize(word).translate(_HAMZA_SEATS)
    article = ARTICLE_PREFIX_RE.match(norm)
    if article:
        norm = norm[article.end():]
    for old, new in _SPELLINGS:
        norm = norm.replace(old, new)
    if len(norm) > 2 and norm.endswith("ه"):
        norm = norm[:-1]
    return norm


def name_key(name: str) -> str:
    """Key of a name: the :func:`word_key` of each word, one-letter words left out.

    ``وزارة_دفاع_أميركي_`` (a Universal-PETRARCH lemma), ``وزارة الدفاع الأمريكية`` and ``وزارة الدفاع
    الأميركية`` share the key ``وزار دفاع اميركي``; the separate ``ل``/``و`` of lemmas (``أمين_عام_ل_أمة``)
    are left out as the text writes them attached (للأمم). A leading proclitic without the article
    (وحزب) is the caller's to strip: only a lexicon tells it from a root letter.

    Only the build matches on this key: it is too coarse for running text, where it would take
    الدول الإسلامية (Islamic states) for الدولة الإسلامية. The table keeps the surface forms found.
    """
    words = arabic.WORD_RE.findall(arabic.normalize(name).replace("_", " "))
    return " ".join(word_key(w) for w in words if len(w) > 1)


# ---------------------------------------------------------------------------------------------- rules

_W = word_key
#: First words that make a name a role description (an office, whoever holds it).
ROLE_WORDS = frozenset(_W(w) for w in (
    "رئيس رئيسة نائب وزير وزيرة سفير سفيرة مسؤول مسؤولة قائد أمين متحدث ناطق مستشار مصدر مدير ضابط عضو ممثل "
    "مفوض مساعد جندي رجل مبعوث عاهل زعيم حاكم جنرال دكتور ولي محافظ مندوب سكرتير مراسل طالب طالبة "
    "مواطن لاعب فنان دبلوماسي سياسي خبير مفتي مقاتل سيناتور نائبة"
).split())
#: Heads of institutions, which a nationality adjective alone makes a named actor (الجيش التركي).
INSTITUTION_HEADS = frozenset(_W(w) for w in (
    "جيش حكومة وزارة برلمان نظام شرطة قوات قوة بحرية سلاح خارجية داخلية رئاسة إدارة سفارة مجلس حرس "
    "مخابرات استخبارات جهاز قيادة كونغرس بنك محكمة هيئة وكالة حزب حركة جماعة جبهة تنظيم سلطة ديوان "
    "مفوضية اتحاد منظمة لجنة مؤسسة بيت"
).split())
#: Heads of the ministries every state has: named without a nationality (وزارة العمل), the country is
#: the article's, not the dictionary's (which codes وزارة_عمل_ as LBN).
STATE_HEADS = frozenset(_W(w) for w in "وزارة إدارة".split())
#: Nationality adjectives (masculine; the key also covers the feminine): with one, a common noun
#: describes (شركة صينية) and a ministry is named (وزارة الخارجية الإيرانية).
NATIONALITIES = frozenset(_W(w) for w in (
    "سوري عراقي لبناني أردني فلسطيني إسرائيلي مصري سعودي يمني عماني إماراتي قطري بحريني كويتي إيراني تركي "
    "ليبي تونسي جزائري مغربي موريتاني سوداني صومالي جيبوتي أفغاني باكستاني هندي صيني ياباني كوري روسي "
    "أوكراني أميركي كندي مكسيكي برازيلي أرجنتيني فنزويلي كوبي بريطاني فرنسي ألماني إيطالي إسباني برتغالي "
    "هولندي بلجيكي سويسري سويدي نرويجي دنماركي فنلندي نمساوي يوناني بولندي صربي بوسني روماني بلغاري مجري "
    "تشيكي أوروبي عربي خليجي أفريقي آسيوي أسترالي إثيوبي إريتري كيني نيجيري تشادي أوغندي إندونيسي ماليزي "
    "فلبيني تايلاندي بنغلاديشي سريلانكي نيبالي كردي أرمني غربي"
).split())
#: Words before a given name inside a longer one (normalized): محمد بن سلمان, أبو بكر.
KIN_WORDS = frozenset(arabic.normalize(w) for w in "بن ابن بنت أبو أبي أبا أم عبد آل".split())
#: Words that may stand before a name inside its NER span without making it a longer name: titles
#: (خادم الحرمين الشريفين الملك سلمان بن عبد العزيز), the NER model's person triggers and ROLE_WORDS.
TITLE_WORDS = (ROLE_WORDS | frozenset(_W(w) for w in ner.PER_TRIGGERS) | frozenset(_W(w) for w in (
    "خادم الحرمين الشريفين الملك الملكة الأمير الشيخ الملا السمو صاحب سمو الملكي الإمام العهد ولي المشير سماحة "
    "فخامة"
).split())) - frozenset(_W(w) for w in KIN_WORDS)
#: First words of organisation names: INSTITUTION_HEADS and the NER model's organisation triggers.
ORG_HEADS = INSTITUTION_HEADS | frozenset(_W(w) for w in ner.ORG_TRIGGERS)
#: Dictionary errors seen when reviewing the output (name keys): نجاد coded IGO; أخ_مسلم (the lemma
#: of الإخوان المسلمون) matching "الأخ المسلم".
EXCLUDED = frozenset({("نجاد",), ("اخ", "مسلم")})

_CODE_RE = re.compile(r"^([A-Z0-9]+)\s*(?:(\d{8})\s*-\s*\d{8}|>\s*(\d{8})|<\s*\d{8})?$")
_DICT_CODE_RE = re.compile(r"\[([^\]]*)\]")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f]")


# ---------------------------------------------------------------------------------------------- dictionary


def read_dictionary(path: Path) -> dict[str, list[str]]:
    """``{lemma: [raw code, ...]}`` in file order: ``name  [CODE]`` lines, or a name line followed by
    indented ``[CODE date-date]`` lines; a name listed twice gathers all its codes."""
    entries: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        m = _DICT_CODE_RE.search(line)
        name = (line[:m.start()] if m else line).strip()
        if name:
            current = name
            entries.setdefault(current, [])
        if m and current is not None:
            entries[current].extend(c.strip() for c in _DICT_CODE_RE.findall(line))
    return entries


def read_iso3(path: Path) -> frozenset[str]:
    """ISO 3166 alpha-3 codes of GeoNames ``countryInfo.tsv``."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) > 1 and len(cols[1]) == 3:
            out.add(cols[1])
    return frozenset(out)


def parse_code(raw: str) -> tuple[str, int] | None:
    """(code, start date as YYYYMMDD or 0) of one ``[...]`` cell; ``None`` for junk or uncertain (``?``)."""
    m = _CODE_RE.match(raw.strip())
    if not m or "?" in raw:
        return None
    return m[1], int(m[2] or m[3] or 0)


def decode(code: str, iso3: frozenset[str]) -> tuple[str | None, str | None, bool] | None:
    """(country, sector, has_actor_type) of a CAMEO actor code, ``None`` when not readable.

    ``has_actor_type`` is False for a bare sector code (``MIL``, ``GOVHLH``): a generic agent.
    """
    if len(code) % 3:
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    head, rest = chunks[0], chunks[1:]
    if head in iso3:
        country, sectors = head, [c for c in rest if c in SECTORS]
    elif head in NON_STATE:
        country = None
        sectors = ([NON_STATE[head]] if NON_STATE[head] else []) + [c for c in rest if c in SECTORS]
    elif head in SECTORS:
        return None, head, False
    else:
        return None
    if not sectors:
        return country, None, True
    sector = sectors[1] if sectors[0] == "CVL" and len(sectors) > 1 else sectors[0]
    return country, sector, True


@dataclass
class Candidate:
    """Lemmas sharing one name key, the code chosen for them, and what the news says about them."""

    key: tuple[str, ...]
    lemmas: list[str]
    code: str
    country: str | None
    sector: str | None
    actor_type: bool
    articles: int = 0
    mentions: int = 0
    forms: Counter = field(default_factory=Counter)
    after_kin: int = 0  # mentions right after بن / ابن / أبو ... (a given name inside a longer name)
    samples: list[tuple[int, int, int]] = field(default_factory=list)  # (record, start, end)
    labels: Counter = field(default_factory=Counter)
    reason: str | None = None  # why dropped
    ta_marbuta: tuple[bool, ...] = ()  # per word: ends in ة in every lemma (so must in the text)


def candidates(entries: dict[str, list[str]], iso3: frozenset[str]) -> dict[tuple[str, ...], Candidate]:
    """Group lemmas by name key and pick each group's code (latest start date, first listed on a tie)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for lemma in entries:
        key = tuple(name_key(lemma).split())
        if key:
            groups.setdefault(key, []).append(lemma)
    out = {}
    for key, lemmas in groups.items():
        ta = tuple(all(flags) for flags in zip(*(_ta_marbuta(lemma) for lemma in lemmas)))
        best = None
        for lemma in lemmas:
            for raw in entries[lemma]:
                parsed = parse_code(raw)
                decoded = parsed and decode(parsed[0], iso3)
                if decoded and (best is None or parsed[1] > best[0]):
                    best = (parsed[1], parsed[0], decoded)
        if best is None:
            cand = Candidate(key, lemmas, "", None, None, False, reason="no readable CAMEO code")
        else:
            _, code, (country, sector, actor_type) = best
            cand = Candidate(key, lemmas, code, country, sector, actor_type)
        cand.ta_marbuta = ta
        out[key] = cand
    for cand in out.values():
        if cand.reason is None:
            cand.reason = structural_reason(cand)
    return out


def _ta_marbuta(lemma: str) -> tuple[bool, ...]:
    """Per word of the name key of ``lemma``: does it end in ة (ه once normalized)?"""
    words = arabic.WORD_RE.findall(arabic.normalize(lemma).replace("_", " "))
    return tuple(w.endswith("ه") for w in words if len(w) > 1)


def _described(words: tuple[str, ...]) -> bool:
    """A noun followed by nationality adjectives only (شركة صينية، الحكومة العراقية)."""
    return len(words) > 1 and all(w in NATIONALITIES for w in words[1:])


def structural_reason(cand: Candidate) -> str | None:
    """Why a candidate is not a named actor, from its code and words alone (``None``: keep looking)."""
    if not cand.actor_type:
        return "sector only: a generic agent"
    if cand.sector is None:
        return "country only: a place or nationality"
    words = cand.key
    if words[0] in ROLE_WORDS:
        return "a role description"
    if _described(words) and words[0] not in INSTITUTION_HEADS:
        return "a common noun with a nationality"
    if words[0] in STATE_HEADS and not any(w in NATIONALITIES for w in words[1:]):
        return "a ministry without a nationality"
    if words in EXCLUDED:
        return "a dictionary error"
    return None


# ---------------------------------------------------------------------------------------------- news


def _clean(text: str) -> str:
    """A surface form as it reads: no diacritics, tatweel or invisible marks; presentation forms
    (ﻷ) as base letters; single spaces."""
    text = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
    return " ".join(_MARKS_RE.sub("", text).split())


def scan(records: list[dict], cands: dict[tuple[str, ...], Candidate]) -> None:
    """Count where each candidate occurs in the news, its surface forms and its first occurrences.

    Matches are leftmost-longest; a match right after a role word (وزير الخارجية الإيراني) is a role
    description, not a mention of the institution, and is not counted.
    """
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...]]]] = {}
    for key, cand in cands.items():
        by_first.setdefault(key[0], []).append((key, cand.ta_marbuta))
    for keys in by_first.values():
        keys.sort(key=lambda kt: len(kt[0]), reverse=True)
    for rec_no, rec in enumerate(records):
        text = _record_text(rec)
        toks = arabic.LazyTokens(text)
        spans = toks.spans
        keys = [word_key(w) for _, _, w in spans]
        seen: set[tuple[str, ...]] = set()
        i, n = 0, len(spans)
        while i < n:
            hit = _match_at(text, toks, keys, i, by_first)
            if hit is None:
                i += 1
                continue
            key, start, article_added = hit
            length = len(key)
            if i and _is_role(keys[i - 1]):
                i += length
                continue
            end = spans[i + length - 1][1]
            cand = cands[key]
            cand.mentions += 1
            cand.forms[_clean(("ال" if article_added else "") + text[start:end])] += 1
            if i and spans[i - 1][2] in KIN_WORDS:
                cand.after_kin += 1
            if key not in seen:
                seen.add(key)
                cand.articles += 1
            if len(cand.samples) < NER_SAMPLE:
                cand.samples.append((rec_no, start, end))
            i += length


def _is_role(key: str) -> bool:
    """A role word, maybe with a proclitic (ووزير، لوزير)."""
    return key in ROLE_WORDS or (key[:1] in "وفبلك" and (key[1:] in ROLE_WORDS or key[2:] in ROLE_WORDS))


def _record_text(rec: dict) -> str:
    return (rec.get("title") or "") + "\n" + (rec.get("content") or "")


def _first_word_readings(text: str, toks: arabic.LazyTokens, keys: list[str], i: int) -> dict[str, tuple[int, bool]]:
    """``{word key: (surface start, article restored)}`` of word ``i`` read with and without proclitics.

    The surface starts at the article when the word has one (والجيش → الجيش; للجيش → الجيش, the alef
    of the article restored), and after a bare proclitic (ووزارة → وزارة).
    """
    start, _, word = toks.spans[i]
    if word[0] not in "وفبلك":  # no proclitic (an article is in the word key already): as written
        return {keys[i]: (start, False)}
    out: dict[str, tuple[int, bool]] = {}
    for at, stem in toks[i].readings:
        key = word_key(stem)
        has_article = stem.startswith("ال")
        if key not in out or (has_article and not out[key][2]):
            restored = has_article and arabic.normalize(text[at:at + 2]) != "ال"
            out[key] = (at, restored, has_article)
    return {k: (at, restored) for k, (at, restored, _) in out.items()}


def _match_at(text, toks, keys, i, by_first) -> tuple[tuple[str, ...], int, bool] | None:
    """(key, surface start, article restored) of the longest candidate starting at word ``i``.

    ``by_first`` maps a first word key to ``(key, ta marbuta flags)``, longest first: a word that ends
    in ة in the lemma must end in ة in the text too (the masculine lemma of an adjective matches the
    feminine, but جامعة_ملك_فهد_ is no جامع الملك فهد).
    """
    spans = toks.spans
    word = spans[i][2]
    if keys[i] not in by_first and word_key(word[1:]) not in by_first and word_key(word[2:]) not in by_first:
        return None  # no reading of the word (at most two proclitic letters: وب، لل) starts a name
    best = None
    for first, (start, restored) in _first_word_readings(text, toks, keys, i).items():
        for key, ta in by_first.get(first, ()):
            if best and len(key) <= len(best[0]):
                break
            length = len(key)
            if i + length <= len(spans) and all(
                    keys[i + k] == key[k] and not _MARKS_RE.sub("", text[spans[i + k - 1][1]:spans[i + k][0]]).strip()
                    for k in range(1, length)) and all(
                    spans[i + k][2].endswith("ه") for k in range(length) if ta[k]):
                best = (key, start, restored)
                break
    return best


# ---------------------------------------------------------------------------------------------- NER


def tag_samples(records: list[dict], cands: list[Candidate]) -> None:
    """Label each sampled occurrence with the NER label of the span covering most of it (``O``: none)."""
    cache: dict[tuple[int, int], list[dict]] = {}
    sentence_spans: dict[int, list[tuple[int, int]]] = {}
    for cand in cands:
        for rec_no, start, end in cand.samples:
            text = _record_text(records[rec_no])
            if rec_no not in sentence_spans:
                sentence_spans[rec_no] = arabic.sentences(text)
            sent = next(((a, b) for a, b in sentence_spans[rec_no] if a <= start < b), (start, end))
            if (rec_no, sent[0]) not in cache:
                cache[(rec_no, sent[0])] = [
                    {**e, "start": e["start"] + sent[0], "end": e["end"] + sent[0]}
                    for e in ner.find_entities(text[sent[0]:sent[1]])
                ]
            cand.labels[_label_at(text, cache[(rec_no, sent[0])], start, end, _name_words(cand.key))] += 1


def _name_words(key: tuple[str, ...]) -> int:
    """Words of a name after its leading titles: 1 for الأمير نايف, 3 for الأمير محمد بن نايف."""
    k = 0
    while k < len(key) - 1 and key[k] in TITLE_WORDS:
        k += 1
    return len(key) - k


def _label_at(text: str, ents: list[dict], start: int, end: int, words: int) -> str:
    """The NER label of an occurrence ``[start, end)`` of a name of ``words`` words after its titles.

    ``part`` when the name is a piece of a longer one: an entity starts before it (جامعة الملك فهد,
    نوري المالكي; titles may stand before it: الأمير خالد الفيصل), or, for a one-word name, runs on
    after it (باراك أوباما, الأمير سلمان بن عبد العزيز); a longer name may run on (خالد الفيصل بن
    عبد العزيز). Full names of three words or more are never ``part``: the son's name محمد بن سلمان بن
    عبد العزيز is found whole by the tagger, so it is no risk for the father's. ``inner`` when only a
    place inside the name is tagged (حكومة إقليم كردستان); ``O`` when nothing is.
    """
    best, label = 0, "O"
    for e in ents:
        overlap = min(end, e["end"]) - max(start, e["start"])
        if overlap <= 0:
            continue
        starts_before = e["start"] < start - CLITIC_CHARS and not _titles_only(text[e["start"]:start])
        if words < 3 and (starts_before or (words == 1 and e["end"] > end)):
            return "part"
        if overlap > best:
            best, label = overlap, e["label"]
    if label == "LOC" and best < PLACE_COVER * (end - start):
        return "inner"
    return label


def _titles_only(text: str) -> bool:
    """True when every word of ``text`` is a title (the first may carry a proclitic: وخادم)."""
    words = arabic.WORD_RE.findall(arabic.normalize(text))
    return all(word_key(w) in TITLE_WORDS or (k == 0 and word_key(w[1:]) in TITLE_WORDS)
               for k, w in enumerate(words))


def post_reason(cand: Candidate) -> str | None:
    """Why a candidate found in the news is still dropped (``None``: kept)."""
    total = max(sum(cand.labels.values()), 1)
    share = {lab: n / total for lab, n in cand.labels.items()}
    if share.get("LOC", 0) >= PLACE_SHARE:
        return "tagged as a place"
    if share.get("part", 0) >= PART_SHARE:
        return "mostly a piece of a longer name"
    if len(cand.key) == 1 and share.get("PER", 0) + share.get("ORG", 0) < NAME_SHARE:
        return "one word, mostly not a name"
    if cand.key[0] in NATIONALITIES and label_of(cand) != "PER":  # تركي الفيصل is a prince
        return "a nationality (مصري الجنسية)"
    canonical = row_of(cand)[0].split()  # الحكومة العراقية names one; حكومة عراقية describes one
    if len(canonical) == 1 and canonical[0].startswith("ال") and label_of(cand) == "PER":
        return "one word, a family name many share (المالكي)"
    if label_of(cand) == "PER" and len(cand.key) <= KIN_WORDS_MAX and cand.after_kin / cand.mentions >= KIN_SHARE:
        return "a given name (often after بن، أبو ...)"
    if _described(cand.key) and not canonical[-1].startswith("ال"):
        return "indefinite: a description (محكمة أمريكية)"
    return None


def label_of(cand: Candidate) -> str:
    """PER after a title (أمير قطر), ORG after an organisation word (جامعة، حكومة), else the label the
    NER model gives most often, else ORG (the tagger leaves ministries and armies untagged)."""
    head = cand.key[0]
    if head in ORG_HEADS:
        return "ORG"
    if head in TITLE_WORDS:
        return "PER"
    tagged = [(n, lab) for lab, n in cand.labels.items() if lab in ("PER", "ORG", "LOC")]
    return max(tagged, key=lambda t: (t[0], t[1] == "ORG"))[1] if tagged else "ORG"


# ---------------------------------------------------------------------------------------------- output


def _house_spelling(form: str) -> str:
    """أمريكي → أميركي: the spelling of the curated canonical names and of the entities component's
    canonical names, so that one actor has one name whichever spelling an article uses."""
    return form.replace("أمريك", "أميرك").replace("امريك", "اميرك")


def row_of(cand: Candidate) -> list[str]:
    """The TSV row: canonical name, aliases, label, qid (empty), country, sector, source."""
    by_spelling: Counter = Counter()
    for form, count in cand.forms.items():
        by_spelling[_house_spelling(form)] += count
    canonical = min(by_spelling.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    seen = {arabic.normalize(canonical)}
    aliases = []
    for form, count in sorted(cand.forms.items(), key=lambda kv: (-kv[1], kv[0])):
        norm = arabic.normalize(form)
        if count >= MIN_ALIAS_COUNT and norm not in seen and len(aliases) < MAX_ALIASES:
            seen.add(norm)
            aliases.append(form)
    return [canonical, "|".join(aliases), label_of(cand), "", cand.country or "", cand.sector,
            SOURCE_TAG + cand.code]


def build(shared: Path = SHARED) -> tuple[str, dict[tuple[str, ...], Candidate]]:
    """The TSV text of the seeded table, and every candidate with its counts and drop reason."""
    dictionary = shared / DICTIONARY.relative_to(SHARED)
    entries = read_dictionary(dictionary)
    cands = candidates(entries, read_iso3(shared / COUNTRY_INFO.relative_to(SHARED)))
    curated = {tuple(name_key(n).split()) for a in actors.ACTORS for n in (a.canonical, *a.aliases)}
    live = {k: c for k, c in cands.items() if c.reason is None}
    records = load_saudinewsnet(shared)
    scan(records, live)
    for cand in live.values():
        if cand.articles < MIN_ARTICLES:
            cand.reason = f"in fewer than {MIN_ARTICLES} articles"
        elif cand.key in curated:
            cand.reason = "a curated actor (curated row wins)"
    found = [c for c in live.values() if c.reason is None]
    tag_samples(records, found)
    for cand in found:
        cand.reason = post_reason(cand)
    rows = sorted(row_of(c) for c in found if c.reason is None)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(actors.COLUMNS)
    writer.writerows(rows)
    return buf.getvalue(), cands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output TSV (default {OUT})")
    parser.add_argument("--report", action="store_true", help="print why each dropped name was dropped")
    args = parser.parse_args(argv)
    if not (args.shared / DICTIONARY.relative_to(SHARED)).exists():
        print(f"needs {args.shared / DICTIONARY.relative_to(SHARED)} (the shared data folder)", file=sys.stderr)
        return 2
    text, cands = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    reasons = Counter(c.reason or "kept" for c in cands.values())
    lemmas = sum(len(c.lemmas) for c in cands.values())
    print(f"{args.out}: {text.count(chr(10)) - 1} actors from {lemmas} dictionary names ({len(cands)} name keys)")
    for reason, n in reasons.most_common():
        print(f"  {n:5d}  {reason}")
    if args.report:
        for c in sorted(cands.values(), key=lambda c: (c.reason or "", -c.articles)):
            print(c.reason or "kept", c.articles, " ".join(c.key), c.code, c.country, c.sector,
                  dict(c.labels), f"kin={c.after_kin}/{c.mentions}", c.forms.most_common(1), sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
