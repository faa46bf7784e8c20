"""The ``events`` component: who did what to whom, where and when, coded in PLOVER (manual v0.8).

An event is ``{event, mode, actor, recipient, location, date, date_source, trigger, sentence, negated,
hypothetical, historical, strict}``:

* ``event`` is one of the 16 PLOVER categories, ``mode`` a list of PLOVER modes (``["aerial"]``);
* ``actor`` / ``recipient`` are lists of ``{name, country, sector, span}``: canonical entities (from the
  ``entities`` layer and the actor table of :mod:`rasd.analyze.lang_ar.actors`), agent nouns
  (مسلحون، الشرطة) or a nation's weapon or force (دبابة إسرائيلية) with a PLOVER sector and an ISO 3166
  alpha-3 country code when known; with ``name`` null, a weapon as the actor of an attack whose agent is not
  named (سيارة مفخخة; sector UNK) or a building, patrol or convoy attacked (دورية للشرطة: the owner's name,
  country and sector when it is named). Victims (شخصا قتل، مقتل أربعة من عناصر الشرطة) are recipients;
* ``location`` is a resolved place of the ``places`` layer in the event's sentence (or ``None``);
* ``date`` is ``YYYY-MM-DD``: an explicit date in the sentence, a weekday or أمس/اليوم resolved against
  the article date, else the article date (``date_source`` says which);
* ``trigger`` and ``sentence`` are spans of ``article.text``;
* ``negated`` (لم تقصف), ``hypothetical`` (future, condition, appeal, threat, attempt to prevent) and
  ``historical`` (لقد سبق أن نفّذت ...) are the PLOVER auxiliary modes;
* ``strict`` is false for an ASSAULT or PROTEST report that passes the news operating point of the report
  filter but not the stricter OEDA one (see :func:`find_events`).

Triggers are the word patterns of :mod:`rasd.analyze.lang_ar.events_triggers`, matched on each word's
clitic readings. A sentence gives one event per category and auxiliary modes: its mentions (غارات ...
تلك الغارات ... بالغارات; انفجار ... أسفر عن مقتل) are one record, the trigger is the first of them, and
the participants of all of them are its actor and recipient lists. Events in the content of a claim are
kept (news reports violence through sources) but events inside appeals are marked hypothetical.
:func:`to_plover_records` turns an article record into PLOVER JSONL records.
"""

from __future__ import annotations

import datetime as _dt
import json
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import chain, compress, count, repeat
from pathlib import Path
from typing import Any

from rasd.analyze.arabic import Token, normalize, readings, stem_of
from rasd.analyze.arabic import without_conjunction as _bare
from rasd.analyze.components import claims as _claims
from rasd.analyze.components.claims import document
from rasd.analyze.lang_ar import actors as _actors
from rasd.analyze.lang_ar import events_triggers as T
from rasd.analyze.lang_ar import reporting as _R
from rasd.analyze.pipeline import component
from rasd.article import Article
from rasd.ingest.dates import parse_date

LEXICON_PATH = Path(__file__).resolve().parents[2] / "models" / "events" / "lexicon.json"
#: The report filter: logistic-regression weights per category, built by
#: ``python -m rasd.models.scripts.train_event_filter`` from the tuning half of the OEDA Arabic gold (and, for ASSAULT,
#: the report judgements of ``tests/data/events/reports``).
FILTER_PATH = Path(__file__).resolve().parents[2] / "models" / "events" / "filter.json"
#: Categories whose events must pass the report filter (the two the OEDA gold labels).
FILTERED = ("ASSAULT", "PROTEST")

#: Lengths of the character n-grams of :func:`_char_grams` (3-5 beat 2-4 and 4-6 in cross-validation on
#: the OEDA tuning half, ASSAULT 0.654 vs 0.64).
CHAR_NGRAMS = (3, 4, 5)
#: Triggers of one category closer than this many words are one event (غارات جوية استهدفت ...).
MERGE_WORDS = 6
#: An agreement noun within this many words after وقّع / أبرم / توصل (same clause) makes it AGREE: a long subject
#: comes between (ووقّع بعض النواب من مجالس بلدية في طرابلس ... على الاتفاق; 9 beat 6, the same from 9 to 16).
PACT_WINDOW = 9
#: The إلى of دعا X إلى must come within this many words (a long subject and addressee: دعا موسى أبو مرزوق نائب رئيس
#: المكتب السياسي لحماس أمس السبت إلى; on sets 1-18, 12 beat 8: set 18 +0.010, set 7 -0.004).
CALL_WINDOW = 12
#: An actor or recipient is looked for this many words around the trigger (a VSO clause with a long
#: subject: "أعلن الناطق باسم ... اللواء ..." has 9; tuned on the OEDA tuning half).
ARGUMENT_WINDOW = 8
#: Recipients kept per trigger mention (مقتل أربعة من عناصر الشرطة وإصابة ستة أشخاص: two victim groups).
MAX_RECIPIENTS = 2
#: A day number, a month name (maybe a second one: آب/أغسطس) and maybe a year, for parse_date.
_EXPLICIT_DATE_RE = re.compile(r"\d{1,2}\s+\S+(?:\s*[/(]\s*\S+\s*\)?)?(?:\s+\d{4})?")

#: Punctuation that ends a clause (between two words).
_CLAUSE_PUNCT = re.compile(r"[،,؛;:()]")
#: Punctuation looked for in the gap between two words (compiled once: the rules ask it of many gaps).
_BREAK_RE = re.compile(r"[،,.؛;:()]")
_BREAK_QUOTE_RE = re.compile(r"[،,.؛;:()«»\"]")
_COMMA_COLON_RE = re.compile(r"[،,.؛;:]")
_COMMA_STOP_RE = re.compile(r"[،,.؛;]")
_STOP_QUOTE_RE = re.compile(r"[.؛;:()«»\"]")
#: Reporting verbs and complementizers (normalized) that separate a speaker from reported events.
_SPEECH_RE = re.compile(r"(?:[وف]?(?:رصد|اعلن|قال|اكد|ذكر|افاد|اوضح|اشار|كشف|تحدث|نقل)(?:ت|وا|ا)?|ان|انه|انها|بان)")


@lru_cache(maxsize=1)
def _trigger_regex() -> tuple[re.Pattern[str], re.Pattern[str], list[tuple[str, str, str]]]:
    """The trigger patterns as one alternation without groups (a fast reject: about 1 stem in 100 is a
    trigger, and group capture makes the alternation 40% slower), and with one named group per pattern."""
    parts, meta = [], []
    for k, (pattern, cat, mode, pos) in enumerate(T.TRIGGERS):
        parts.append(f"(?P<t{k}>{pattern})")
        meta.append((cat, mode, pos))
    plain = re.compile("|".join(f"(?:{pattern})" for pattern, *_ in T.TRIGGERS))
    return plain, re.compile("|".join(parts)), meta


@lru_cache(maxsize=262144)
def _trigger_of(stem: str) -> tuple[str, str, str] | None:
    plain, regex, meta = _trigger_regex()
    if plain.fullmatch(stem) is None:
        return None
    m = regex.fullmatch(stem)
    return meta[int(m.lastgroup[1:])]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    try:
        return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:  # the events still work, without UP agents and alpha-3 codes for places
        return {"agents": {}, "verbs": {}, "iso3": {}}


def _actor_index() -> dict[str, _actors.Actor]:
    return _actors.index_by(normalize)


#: Normalized words known to be triggers (with their trigger), and known not to be: a word's readings
#: depend on its normalized form only, and news repeats its words. Bounded like the other per-word caches.
_TRIGGER_WORDS: dict[str, tuple[str, str, str]] = {}
_TRIGGER_SET: set[str] = set()
_PLAIN_WORDS: set[str] = set()
_WORD_CACHE_MAX = 262144
_norm_of = operator.itemgetter(3)  # Token.norm, read in C


class _PerWord(dict):
    """A bounded per-word cache of ``fn`` (word -> value), read as ``cache[word]`` or ``map(cache.__getitem__, norms)``:
    a hit is a dict read in C, without the Python call of a property or the bookkeeping of an ``lru_cache``."""

    def __init__(self, fn: Callable[[str], Any]):
        super().__init__()
        self.fn = fn

    def __missing__(self, norm: str) -> Any:
        value = self.fn(norm)
        if len(self) < _WORD_CACHE_MAX:
            self[norm] = value
        return value


#: ``Token.stem`` per normalized word (the stem depends on the word form only).
_STEMS = _PerWord(stem_of)
#: :func:`normalize` per name or short span (an entity's, an agent's: the same names come back sentence after sentence).
_NORMALIZED = _PerWord(normalize)


def _norm_trigger(norm: str) -> tuple[str, str, str] | None:
    """The trigger (category, mode, part of speech) of a normalized word: that of its first clitic
    reading that is one."""
    hit = _TRIGGER_WORDS.get(norm)
    if hit is None and norm not in _PLAIN_WORDS:
        for k, stem in readings(norm):
            if stem in T.NOT_DEFINITE and norm[:k].endswith(("ال", "لل")):
                continue
            hit = _trigger_of(stem)
            if hit:
                break
        if hit and len(_TRIGGER_WORDS) < _WORD_CACHE_MAX:
            _TRIGGER_WORDS[norm] = hit
            _TRIGGER_SET.add(norm)
        elif not hit and len(_PLAIN_WORDS) < _WORD_CACHE_MAX:
            _PLAIN_WORDS.add(norm)
    return hit


def _word_trigger(tok: Token) -> tuple[str, str, str] | None:
    return _norm_trigger(tok.norm)


def _trigger_words(norms: list[str]) -> set[str]:
    """The normalized words of ``norms`` that are triggers, found with set operations on the distinct
    words (about 1 word in 100 is a trigger; a per-word loop over every sentence was a quarter of the layer)."""
    rest = set(norms).difference(_PLAIN_WORDS)  # most words are known plain: each distinct word is looked up once
    present = rest & _TRIGGER_SET  # (the two sets are disjoint)
    new = rest - present
    if new:
        present.update(filter(_norm_trigger, new))
    return present


class _Ctx:
    """One sentence: its tokens, the entities and places inside it, and the indices of its trigger words."""

    def __init__(self, text: str, toks: list[Token], start: int, end: int, ents: list[dict], places: list[dict],
                 present: set[str] | None = None):
        """``present``: the trigger words of the text when known (:func:`_trigger_words`), so that the trigger
        words of the sentence are found with one set look-up per word, in C."""
        self.text, self.toks, self.start, self.end = text, toks, start, end
        self.ents, self.places = ents, places
        self.norms = list(map(_norm_of, toks))
        self.hits = (list(compress(count(), map(present.__contains__, self.norms))) if present is not None
                     else [k for k, t in enumerate(toks) if _word_trigger(t)])
        self._breaks: list[int] | None = None
        self._parts: list[tuple[int, int, dict, str]] | None = None  # _participants, built when needed
        self._victims: list[tuple[int, int, dict, str]] | None = None
        self._passive: set[int] = set()  # verbs _victims read passive
        self._args: dict[tuple[int, str], tuple[list[dict], list[dict]]] = {}  # _arguments, per trigger word and category
        self._stems: list[str] | None = None
        self._bares: list[str] | None = None
        self.absorbed: dict[int, list[int]] = {}  # trigger word -> the words of the triggers _merge folded into it

    @property
    def stems(self) -> list[str]:
        """The stem of each word (``Token.stem``), looked up once per sentence: the report filter and the participants
        read every word's stem, and each lookup is a read of a large per-word cache."""
        if self._stems is None:
            self._stems = list(map(_STEMS.__getitem__, self.norms))
        return self._stems

    @property
    def bares(self) -> list[str]:
        """The bare form (:func:`_bare`, a leading و/ف cut) of each normalized word, computed once per sentence: the
        report filter's features, its rules and the victims read every word's."""
        if self._bares is None:
            self._bares = list(map(_bare, self.norms))
        return self._bares

    def breaks(self) -> list[int]:
        """The word indices ``k`` (0 < k < len(toks)) whose gap (:meth:`gap`) has clause punctuation, in
        order: found with one regex pass over the sentence instead of one per gap."""
        if self._breaks is None:
            starts = [t.start for t in self.toks]
            ends = [t.end for t in self.toks]
            out: list[int] = []
            for m in _CLAUSE_PUNCT.finditer(self.text, self.start, self.end):
                k = bisect_right(starts, m.start())
                if 0 < k < len(starts) and ends[k - 1] <= m.start() and (not out or out[-1] != k):
                    out.append(k)
            self._breaks = out
        return self._breaks

    def gap(self, k: int) -> str:
        left = self.toks[k - 1].end if k > 0 else self.start
        right = self.toks[k].start if k < len(self.toks) else self.end
        return self.text[left:right]


def _clause_bounds(ctx: _Ctx, i: int) -> tuple[int, int]:
    """Word range of the clause around word ``i``: between punctuation marks (، ؛ : ( ))."""
    breaks = ctx.breaks()
    k = bisect_right(breaks, i)  # breaks[k - 1] <= i < breaks[k]
    return (breaks[k - 1] if k else 0), (breaks[k] if k < len(breaks) else len(ctx.toks))


def _dawn(ctx: _Ctx, i: int) -> bool:
    """Whether word ``i`` is فجر "dawn" (فجر أمس، فجر الأحد، الفجر، فجراً،), not فجّر "detonated"."""
    tok = ctx.toks[i]
    if tok.stem not in ("فجر", "فجرا"):
        return False
    if tok.norm.endswith("الفجر"):
        return True
    nxt = ctx.norms[i + 1] if i + 1 < len(ctx.toks) else ""
    if _bare(nxt) in T.DAWN_NEXT:
        return True
    if tok.stem == "فجرا" and "\u064b" in tok.text:
        return True  # فجراً with its tanween: an adverb (اعتقلت قوات الاحتلال 15 فلسطينياً فجراً في أنحاء), no verb
    return tok.stem == "فجرا" and (not nxt or bool(_COMMA_STOP_RE.search(ctx.gap(i + 1))))  # فجراً، at dawn,


def _after_in_clause(ctx: _Ctx, i: int, n: int) -> list[str]:
    """The bare forms (:func:`_bare`) of the up to ``n`` words after word ``i`` in its clause."""
    _, stop = _clause_bounds(ctx, i)
    return [_bare(w) for w in ctx.norms[i + 1:min(stop, i + 1 + n)]]


def _forms(norms) -> set[str]:
    """The normalized words ``norms`` with and without a leading و/ف (a word list's entry may begin with one:
    فرضت، وثيقة, which :func:`_bare` would cut to رضت، ثيقة)."""
    return {f for n in norms for f in (n, _bare(n))}


#: The definite noun of a withdrawal or a resignation (الانسحاب، للانسحاب، بالانسحاب، فالانسحاب، الاستقالة).
_DEFINITE_WITHDRAWAL_RE = re.compile(r"[وف]?(?:ال|بال|لل)(?:انسحاب|استقاله)$")


def _truce_started(ctx: _Ctx, first: int, last: int) -> bool:
    """Whether the ceasefire named by words ``first`` to ``last`` (هدنة، وقف إطلاق النار) is told beginning: a start
    or declaring word before it (بدء الهدنة، سريان وقف إطلاق النار، وأعلن الطرفان وقف إطلاق النار) or a start verb after it (الهدنة الإنسانية التي بدأت يوم أمس،
    الهدنة التي دخلت حيز التنفيذ). A ceasefire only named -- in force, asked for, watched, exploited or doubted (the
    news event sets code none of these) -- is no event."""
    before = _forms(ctx.norms[max(0, first - 3):first])
    after = _forms(ctx.norms[last + 1:last + 1 + TRUCE_START_WINDOW])
    return bool(before & T.TRUCE_STARTS or before & _DECLARING_VERBS or after & T.TRUCE_BEGINS)


#: Declaring words before a ceasefire (وأعلن الطرفان وقف إطلاق النار): it begins (عن alone says nothing).
_DECLARING_VERBS = T.DECLARING - {"عن"}


#: Words after a ceasefire noun within which its start verb must come (الهدنة الإنسانية التي بدأت).
TRUCE_START_WINDOW = 4


def _pact_after(ctx: _Ctx, i: int) -> bool:
    """Whether an agreement noun (:data:`T.PACT_WORDS`) follows word ``i`` in its clause within :data:`PACT_WINDOW`
    words, with or without a leading و/ف (وثيقة is no conjunction and ثيقة)."""
    _, stop = _clause_bounds(ctx, i)
    return bool(_forms(ctx.norms[i + 1:min(stop, i + 1 + PACT_WINDOW)]) & T.PACT_WORDS)


def _price_noun(ctx: _Ctx, i: int) -> bool:
    """A bare ثمن (no proclitic, no shadda written) that is the noun "price" (هذا هو ثمن ذلك، بأي ثمن), not the verb
    "praised": neither the first word of its clause nor after an opener of a reported act (كما، وقد، من جانبه)."""
    tok = ctx.toks[i]
    if tok.norm != "ثمن" or "\u0651" in tok.text or i == 0 or i in ctx.breaks():
        return False
    return _bare(ctx.norms[i - 1]) not in T.PRAISE_OPENERS


def _find_triggers(ctx: _Ctx) -> list[tuple[int, str, str]]:
    """(word index, category, mode) of every accepted trigger in the sentence."""
    toks, norms = ctx.toks, ctx.norms
    out = []
    if norms and (norms[0] in T.TAG_LINE_WORDS or norms[:2] == ["الكلمات", "الدلاليه"]) \
            and not any(_CLAUSE_PUNCT.search(ctx.gap(k)) for k in range(1, len(norms))):
        return out  # سمات افغانستان انتحاري كابول هجوم: a line of tags
    for i in ctx.hits:
        tok = toks[i]
        cat, mode, pos = _word_trigger(tok)
        prev = norms[i - 1] if i > 0 else ""
        nxt = norms[i + 1] if i + 1 < len(toks) else ""
        if ("فجر" in tok.norm and _dawn(ctx, i)) or _bare(nxt) in T.NAME_AFTER_TRIGGER:  # (_dawn asks for the stem فجر/فجرا)
            continue  # فجر "dawn"; فجر ليبيا (a coalition's name)
        if any(p["start"] <= tok.start < p["end"] and not p.get("unresolved") for p in ctx.places):
            continue  # مدينة تدمر (Palmyra), not تدمر "destroys" (but an unresolved name the tagger took for a place
            # stays a trigger: تنظيم داعش دمر ملعب الرمادي, "destroyed")
        if (cat == "SUPPORT" and "ثمن" in tok.stem and (not T.PAID_WORDS.isdisjoint(map(_bare, norms[max(0, i - 3):i]))
                                                     or tok.norm.startswith("ب") or _price_noun(ctx, i))) or (
                cat == "SUPPORT" and "بايع" in tok.stem
                and not T.REFUSING_WORDS.isdisjoint(map(_bare, norms[max(0, i - 8):i]))) or (
                cat == "COERCE" and mode == "deport" and (_bare(prev) in T.DIMENSION_WORDS or "\u0623" in tok.text)):
            continue  # يدفع ثمن فاتورة المغامرات (the price); يرفض مبايعة الزعيم (a refusal); ثلاثي الأبعاد, الأبعاد
            # الاجتماعية (dimensions: written with أ, where the deportation الإبعاد has إ)
        if (cat == "ASSAULT" and "عدام" in tok.norm and _bare(prev) in T.PENALTY_WORDS) or (
                cat == "COERCE" and "اعتقال" in tok.norm and _bare(prev) in T.DETENTION_PLACES):
            continue  # الغاء عقوبة الإعدام (the penalty), معسكر الاعتقال (a camp): no execution, no arrest
        if cat == "PROTEST" and _bare(prev) in T.PROTEST_NOTES:
            out.append((i, "REQUEST", ""))  # وقدمت القوى مذكرة احتجاج لرئيس الوزراء: a note, not a demonstration
            continue
        if cat == "ASSAULT" and _bare(tok.norm) in ("القتيل", "القتيله", "للقتيل", "بالقتيل"):
            continue  # إن القتيل يدعى محمد المصري: the dead one of an attack told before, not an attack
        if cat == "ASSAULT" and _bare(tok.norm) == "القتلي" and _bare(prev) in T.TOLL_PARTS:
            continue  # بين القتلى امرأتان، عدد القتلى، حصيلة القتلى، غالبية القتلى: the dead counted or named (the toll
            # of an attack told in the sentence or before), not an attack
        if cat == "COERCE" and (tok.norm == "لتحرير" or _bare(tok.norm) == "التحرير"):
            continue  # عملية لتحرير المنطقة، الجيش الشعبي لتحرير السودان، عمليات التحرير، جيل التحرير، حي التحرير: a
            # purpose, a cause or a name, nothing taken (none of the 19 is coded in the news sets)
        if cat == "COERCE" and "نهب" in tok.norm and _bare(nxt) in T.ABSTRACT_LOOT:
            continue  # نهب حقوقهم، نهب مخصصاتهم الغذائية، ونهب الثقة: rights and pay withheld, nothing seized (none of 6
            # in the news sets is coded)
        if cat == "RETREAT" and _bare(prev) in ("جرائم", "جريمه", "لجرائم", "بجرائم"):
            continue  # عفو عام عن جرائم الفرار: desertion as an offence, no force fleeing
        if cat == "AGREE" and tok.norm == "توافق":
            continue  # وسط توافق على أهمية، عدم توافق دولي، من المرجح أن توافق الحكومة: a consensus named, a stance, a
            # likelihood (none of 7 coded in the news sets); agreed is توافقت، اتفق
        if cat == "ASSAULT" and _bare(tok.stem).startswith(("قتل", "قتيل", "مقتل", "قتلي")) and _toll_over_time(ctx, i):
            continue  # نزاع أوقع أكثر من 40 ألف قتيل في 30 عاما، قتل 19 شخصا منذ بداية الأزمة: a running toll
        if cat == "ASSAULT" and (not T.ANIMAL_WORDS.isdisjoint(ctx.bares[max(0, i - 6):i + 4])
                                 or (tok.stem.startswith("هجوم") and not T.SPORTS_WORDS.isdisjoint(map(_bare, norms)))):
            continue  # خنازير برية قتلت رجلا، دب هاجم (animals); وفي الهجوم هزاع الهزاع (a team's attack)
        if prev in T.UNDO_BEFORE or nxt in T.UNDO_AFTER:
            if prev in T.UNDO_BEFORE and cat == "ASSAULT":
                out.append((i, "RETREAT", "ceasefire"))
            continue
        if pos == "fire":
            if i > 1 and _bare(norms[i - 2]) in T.CEASE_VERBS and prev == "اطلاق":
                out.append((i, "RETREAT", "ceasefire"))  # جماعة «فارك» أوقفت إطلاق النار: a ceasefire done
                continue
            if i > 1 and norms[i - 2] in T.UNDO_BEFORE:  # وقف إطلاق النار: a ceasefire
                before = _forms(norms[max(_clause_bounds(ctx, i)[0], i - 9):i - 2])
                if before & T.TRUCE_BROKEN:
                    continue  # (not بانتهاك آخر لوقف إطلاق النار، تنتهك القوات الهندية مرة أخرى وقف إطلاق النار)
                pact = next((k for k in range(i - 3, max(0, i - 8) - 1, -1) if _forms(norms[k:k + 1]) & T.PACT_WORDS), None)
                if pact is not None:
                    out.append((pact, "AGREE", ""))  # اتفاق لوقف إطلاق النار، اتفاق من حيث المبدأ على وقف إطلاق النار: the
                    continue  # agreement is what is told (the news sets code AGREE, not the ceasefire)
                if _truce_started(ctx, i - 2, i):
                    out.append((i, "RETREAT", "ceasefire"))
                continue
            if prev not in T.FIRE_VERBS and not (i > 1 and norms[i - 2] in T.FIRE_VERBS) \
                    and not (tok.norm[:1] == "ب" and tok.stem != "النار" and tok.stem != "نار"):
                continue  # (قتل برصاص مجهول، أصيب برصاصتين: the fire is the instrument; not بالنار "by fire")
        elif pos == "move":
            after = {t.norm for t in toks[i + 1:i + 4]} | {t.stem for t in toks[i + 1:i + 4]}
            if not after & T.TROOP_WORDS:
                continue
        elif pos == "target":
            if not {_bare(n) for n in norms[i + 1:i + 3]} & T.ARMED_SUBJECTS:
                continue  # استهدفت الحملة 500 أسرة: an aim, not an attack
        elif pos == "down":
            if not {_bare(n) for n in norms[i + 1:i + 4]} & T.AIRCRAFT_WORDS:
                continue  # أسقطت التهم، إسقاط النظام
        elif pos == "seize" and _bare(nxt) in T.HOSTAGE_WORDS:
            out.append((i, "AID", ""))  # تحرير الرهائن: a rescue
            continue
        elif pos == "seize":
            before = _bare(prev)
            if before in T.NOT_SEIZE_BEFORE or (nxt == "التحرير") or (
                    before[:1] in "لب" and before[1:] in T.NOT_SEIZE_BEFORE):  # (لمنظمة التحرير)
                continue  # رئيس التحرير، جبهة تحرير، تحت سيطرة
            if _bare(tok.norm)[:1] in "يتن" and "سيطر" in tok.stem:
                continue  # مناطق يسيطر عليها داعش، التي تسيطر عليها: who holds ground, not its taking
            if tok.norm.endswith(("تحريرها", "تحريره")) and _bare(tok.norm).startswith("ل"):
                continue  # قوة خاصة لتحريرها: a purpose, not its liberation
            if "تحرير" in tok.stem and _bare(nxt) in T.FREED_MARKETS:
                continue  # المطالبون بتحرير أسعار الوقود: prices freed, not ground taken
        elif pos == "pact":
            if tok.stem == "توقيع" and ({_bare(n) for n in norms[max(0, i - 3):i]} & {"بعد", "منذ", "قبل"}
                                         or "مرور" in norms[max(0, i - 5):i]):
                continue  # بعد توقيع الاتفاق النووي، بعد مرور نصف عام على توقيع الاتفاقية: a time, not a signing
            if tok.stem == "توقيع" and _forms(norms[max(0, i - 2):i + 4]) & {"ياتي", "تاتي", "جاء", "جاءت"}:
                continue  # يأتي توقيع الاتفاقية في إطار، أن توقيع هذه الاتفاقية يأتي ضمن: why it was signed, told of
            back = [_bare(n) for n in norms[max(0, i - 4):i]]
            reached = bool({"الذي", "التي"} & set(back)) and not T.PACT_WORDS.isdisjoint(back)  # الاتفاق الذي توصلت إليه
            # وتم أمس التوقيع على اتفاقية، جرى التوقيع على مذكرة تفاهم: a signing done, told in the passive
            done = tok.stem == "توقيع" and not T.SIGNING_DONE.isdisjoint(back[-2:])
            if (tok.norm.startswith(("ال", "لل", "بال", "وال", "فال", "وللت", "والت")) and not done) or \
                    (not _pact_after(ctx, i) and not reached) or \
                    not T.SPORTS_WORDS.isdisjoint(map(_bare, norms)):
                # وقع الحادث "took place", توصل إلى حل: no agreement; وقعت إدارة الاتفاق مع لاعب: a player's contract
                continue
        elif pos == "approve":
            after = _after_in_clause(ctx, i, 8)
            k = next((k for k, w in enumerate(after) if w in T.APPROVED_WORDS), None)
            if tok.norm.startswith(("ال", "وال")) or k is None or any(
                    w in ("بان", "ان") or (w.startswith("ب") and len(w) > 3) for w in after[:k]):
                continue  # أقر مجلس العموم مشروع قانون (not أقر بأنه، أقر نظام الأسد بسقوط قذائف: an admission)
        elif pos == "welcome":
            if tok.norm.startswith(("ال", "وال")) or T.WELCOMED_WORDS.isdisjoint(_after_in_clause(ctx, i, 10)):
                continue  # الرحبة (a place); ورحب المدير العام بزيارة القنصل: a host's welcome, not a position
        elif pos == "defend":
            if "عن" not in _after_in_clause(ctx, i, 4):
                continue  # دافع "motive", دافع الضرائب
        elif pos == "talks":
            before = {_bare(n) for n in norms[max(0, i - 3):i]}
            after = _after_in_clause(ctx, i, 4)
            held = not _bare(tok.norm).startswith(("ال", "بال", "لل")) and not tok.norm.endswith(("ه", "ها")) \
                and not T.LIGHT_VERBS.isdisjoint(
                _bare(n) for n in norms[max(0, i - MEETING_WINDOW):i])  # وعقد مدير المكتب، محمد مارم، اجتماعاً
            c0 = _clause_bounds(ctx, i)[0]
            opened = i - c0 <= 6 and _forms(norms[c0:c0 + 1]) & T.MEETING_HELD_OPENERS \
                and _bare(tok.norm).startswith("ال")  # عقد في الجزائر الاجتماع الثالث (not عقدت اللجنة اجتماعها: its own)
            if before.isdisjoint(T.HOLDING_BEFORE) and T.HOLDING_VERBS.isdisjoint(after) and "مع" not in after \
                    and not held and not opened:
                continue  # talks held (أجرى مباحثات، المباحثات التي أجراها، محادثات مع), not talks mentioned
            if tok.stem.startswith(("اجتماع", "لقاء", "لقائ")) and (
                    (_bare(tok.norm).startswith(("ال", "بال", "لل")) and T.HOLDING_VERBS.isdisjoint(after)
                     and "مع" not in after and not opened) or not T.SPORTS_WORDS.isdisjoint(map(_bare, norms))):
                continue  # خلال الاجتماع (the meeting already told of); اللقاء الودي مع نيوشاتل (a match)
        elif pos == "train":
            around = {_bare(n) for n in norms[max(0, i - 6):i + 6]}
            if around.isdisjoint(T.TRAINED_WORDS) or tok.norm.startswith(("ال", "وال")) or _bare(prev) in _RELATIVES:
                continue  # تدريب نحو 5 آلاف مقاتل سوري (not التدريب الميداني للطلاب، دورة تدريبية, nor the fighters
                # الذين دربتهم الولايات المتحدة: who they are, not a training told)
        elif pos == "aid":
            if T.DELIVERY_WORDS.isdisjoint(
                    w[1:] if w[:1] in "لب" and w[1:] in T.DELIVERY_WORDS else w for w in map(_bare, norms[max(0, i - 3):i])):
                continue  # تسليم شحنة من المساعدات (not يعتمد الكثيرون على المساعدات، عمال المساعدات)
        elif pos == "vote":
            if not {"لصالح", "بالموافقه", "مع"} & set(_after_in_clause(ctx, i, 4)):
                continue  # صوتت روسيا لصالح القرار (not صوت "a voice", صوت ضد: a vote against)
        elif pos == "endorse":
            if _bare(prev) in ("الذين", "الذي", "التي", "من"):
                continue  # المتشددين الذين يؤيدون حلاً عسكرياً: a standing position, not an act of support
        elif pos == "flee":
            if _bare(tok.norm).startswith(("ال", "بال", "لل")) \
                    or T.FLIGHT_WORDS.isdisjoint(_after_in_clause(ctx, i, 2)):
                continue  # هرب قادة التنظيم من الفلوجة (not هرّب المخدرات)
        elif pos == "refuse":
            if tok.text.endswith(("اً", "ًا")):
                continue  # رفضاً لاعتقاله: "in protest at", an adverb
            if not T.DECLINED_WORDS.isdisjoint(_bare(n) for n in norms[i + 1:i + 7]):
                continue  # رفض التعليق، رفضت وزارة الدفاع تأكيد التقارير: declined to comment, no rejection
        elif pos == "call":
            after = _after_in_clause(ctx, i, CALL_WINDOW)
            if tok.norm.startswith(("ال", "وال")) or "الي" not in after or any(
                    w in T.NOT_CALLED or ("ال" + w[2:] if w[:2] == "لل" else w[1:]) in T.NOT_CALLED for w in after):
                continue  # دعا الحكومة إلى (not دعا الله أن، دعا لرابطة "prayed for", يدعو للقلق، الداعية "preacher")
        elif pos == "dismantle":
            after = {_bare(n) for n in norms[i + 1:i + 4] if not n.isdigit()}
            if after.isdisjoint(T.DISMANTLED_DEVICES):
                continue  # تم تفكيك 21 عبوة ناسفة (not تفكيك الخلية "broke up", تفكيك الشركة)
        elif pos == "defuse":
            if "مفعول" not in _after_in_clause(ctx, i, 5):
                continue  # أبطل خبراء متفجرات أتراك مفعول عبوة ناسفة (not أبطلت المحكمة القرار)
        elif pos == "plant":
            if T.PLANTED_DEVICES.isdisjoint(_bare(n) for n in norms[i + 1:i + 4]):
                continue  # زرع ألغام (not زراعة النخيل، زرع الفتنة)
        elif pos == "stones":
            if T.STONE_WORDS.isdisjoint(_bare(n) for n in norms[max(0, i - 2):i + 6]):
                continue  # رشقوا الشرطة بالحجارة (not رشق "nimble")
        elif pos == "loot":
            if "ال" in tok.norm[:4]:
                continue  # نهبوا، قامت بنهب 300 مليون (not عمليات النهب والسرقة: looting in general)
        elif pos == "arson":
            if T.FIRE_WORDS.isdisjoint(_bare(n) for n in norms[i + 1:i + 4]):
                continue  # أضرم النار (not أضرم الفتنة)
        elif pos == "block":
            if T.BLOCKED_WORDS.isdisjoint(_after_in_clause(ctx, i, 6)) or (
                    _bare(tok.norm) == "حجب" and _bare(prev) not in ("قرار", "قرر", "قررت", "امر", "امرت")):
                continue  # بحجب مواقع التواصل، حجبوا الدخول إلى موقع تويتر (not حجب الثقة; أن حجب "تويتر" ليس حلاً: a topic)
        elif pos in ("demand", "pledge", "cordon") and any(
                _word_trigger(toks[k])[0] == "PROTEST" and (k < i + 4 or pos == "cordon") for k in ctx.hits):
            continue  # وطالب المتظاهرون بـ، تعهد بعض المتظاهرين بمواصلة الاحتجاجات: the protest's demands, part of it
            # (a protest word before the verb or as its subject; not وطالب الجبوري ... بعد أسابيع من التظاهرات);
            # a cordon around protesters is their policing, told with the protest (cost OEDA PROTEST CV 0.003)
        elif pos == "cordon":
            if _bare(nxt) not in ("امني", "امنيا") or _bare(prev) in T.UNDO_SIEGE:
                continue  # عقب طوق أمني فرضته الشرطة (not طوق النجاة، رفع الطوق)
        elif pos == "demand":
            c0, _ = _clause_bounds(ctx, i)
            if not (i == c0 or _bare(prev) in T.CLAUSE_OPENING_WORDS) or not any(
                    (w.startswith("ب") and len(w) > 3 and w not in T.NOT_DEMANDED) or w in T.DEMANDED_WORDS
                    for w in _after_in_clause(ctx, i, 12)):
                continue  # وطالب المتحدث ... بالالتزام (a verb opening its clause, then بـ; not طالب "a student")
        elif pos == "discuss":
            if "مع" not in _after_in_clause(ctx, i, 8) or _bare(tok.norm).startswith(("ال", "بال", "لل")):
                continue  # ناقش الوزير مع نظيره (not ناقش المجلس الميزانية: a body's agenda; not البحث "the search")
        elif pos == "ask":
            after = _after_in_clause(ctx, i, 8)
            if tok.norm.startswith(("ال", "وال", "بال", "لل")) or _bare(prev) in T.ASK_NOT_AFTER or not any(
                    w == "من" and (k == 0 or after[k - 1] not in T.COMPARATIVES) for k, w in enumerate(after)):
                continue  # طلب الرئيس هادي من القوات البحرية المصرية (not الطلب، تقديم طلب، حسب الطلب)
        elif pos == "thank":
            c0, _ = _clause_bounds(ctx, i)
            if not ((i == c0 or _bare(prev) in T.CLAUSE_OPENING_WORDS) and tok.norm in ("شكر", "وشكر")) \
                    and _bare(prev) not in T.THANKS_SENT:
                continue  # وشكر رئيس اللجنة الملحق الصحي، بعث برقية شكر (not كلمة شكر وتقدير في الحفل)
        elif pos == "gratitude":
            if _bare(prev) != "عن" and "مع" not in _after_in_clause(ctx, i, 3):
                continue  # أعرب عن امتنانه، تضامن مصر مع أشقائها (not التضامن الاجتماعي as a topic)
        elif pos == "pledge":
            after = _after_in_clause(ctx, i, 8)
            if tok.norm.startswith(("ال", "لل", "بال")) or not any(
                    (w.startswith("ب") and len(w) > 3 and w not in T.NOT_PLEDGED) or w in ("بان", "ان") for w in after):
                continue  # ووعد خامنئي باستمرار الدعم، تعهد بأن (not وعد بلفور، الوعد)
            bares = [_bare(n) for n in norms[i + 1:i + 13]]
            if any(w.startswith("ب") and w[1:] in T.HOSTILE_PLEDGES for w in bares) or any(
                    w in ("بالاستمرار", "بمواصله") and not T.FIGHT_WORDS.isdisjoint(
                        x[2:] if x.startswith("في") else x for x in bares[k + 1:k + 4])
                    for k, w in enumerate(bares)):
                out.append((i, "THREATEN", ""))  # تعهد بارزاني بالانتقام من داعش: a vow to strike, a threat
                continue
        elif pos == "urge":
            if tok.norm.startswith(("ال", "وال")) or not (
                    {"علي", "بان"} if tok.stem.startswith("حث") else {"ب", "بان"}) & {
                        w if w in ("علي", "بان") else w[:1] for w in _after_in_clause(ctx, i, 10)}:
                continue  # حثّ أوبراين الرئيس على، مطالباً بالإفراج (not الحث "urging" as a topic)
        elif pos == "inquiry":
            noun = tok.stem.startswith("تحقيق")
            if _bare(prev) == "مكتب" or not (
                    (_bare(nxt) in T.INQUIRY_AFTER if noun else nxt == "في")
                    or (noun and T.INQUIRY_BEFORE & _forms(norms[max(0, i - 2):i]))):
                continue  # التحقيق معه، فتح تحقيق، يحققون في (not تحقيق الأهداف، يحقق مع الفريق، مكتب التحقيقات)
        elif pos == "blame":
            after = _after_in_clause(ctx, i, 6)
            if not (T.BLAME_WORDS.intersection(after[:6 if tok.stem.startswith("محمل") else 4]) if "حمل" in tok.stem
                    else "الي" in after):
                continue  # حمّلوا النساء مسؤولية، نسبت الهجوم إلى (not حمل السلاح، ينسب إليه القول)
        elif pos == "condemn":
            if _bare(prev) not in T.CONDEMNED_ACTS and not (i > 1 and _bare(norms[i - 2]) in T.CONDEMNED_ACTS) \
                    or not T.NOT_CONDEMNED_BEFORE.isdisjoint(_forms(norms[max(0, i - 4):i])):
                continue  # هذا العمل الإجرامي والشنيع (not البؤر الإجرامية، سجل إجرامي، استبعدت وجود عمل إجرامي)
        elif pos == "crime":
            if _bare(nxt) not in T.CRIME_CHARGES or _bare(prev) in T.CRIME_NOT_AFTER or (
                    i > 1 and _bare(norms[i - 2]) in T.CRIME_NOT_AFTER):
                continue  # جريمة حرب، جرائم ضد الإنسانية (not جرائم السرقة، مكافحة الجريمة)
        elif pos == "siege":
            before = _bare(prev)
            if _bare(tok.norm) == "محاصره" or before in T.UNDO_SIEGE \
                    or (before[:1] in "بل" and before[1:] in T.UNDO_SIEGE):
                continue  # بلدات محاصرة (besieged: a state); رفع الحصار، بسبب الحصار (the siege as a topic)
            if _bare(nxt) in T.ECONOMIC_WORDS:
                out.append((i, "SANCTION", ""))  # فرض حصار اقتصادي وتجاري على إيران: an embargo, not a siege
                continue
        elif pos == "surrender":
            if _bare(prev) in ("لن", "لا", "لم", "ان") or _bare(nxt) in ("لما", "للواقع", "للامر", "للياس"):
                continue  # استسلم عشرات آخرون (not لن أستسلم، يستسلم لما يريده منه: giving in)
        elif pos == "control":
            c0, _ = _clause_bounds(ctx, i)
            if T.CONTROL_TAKEN_BEFORE.isdisjoint(_forms(norms[max(c0, i - 8):i])) and not (
                    _bare(tok.norm) == "بسيطره" and "علي" in _after_in_clause(ctx, i, 5)):
                continue  # نجح الجيش في السيطرة على (not تحت السيطرة، فقدان السيطرة)
        elif pos == "liquidate":
            after = {_bare(n) for n in norms[i + 1:i + 4]}
            if not after & (T.LIQUIDATED_WORDS | T.ARMED_SUBJECTS) and not any(n.isdigit() for n in norms[i + 1:i + 3]):
                continue  # تصفية أحد العناصر، تصفية 5 مسلحين (not تصفية الشركة، تصفية الحسابات)
        elif pos == "praise":
            if not any(w.startswith("ب") and len(w) > 2 for w in _after_in_clause(ctx, i, 1)):
                continue  # نوّه بالجهات (praise), not نوّه إلى (a remark)
        elif pos == "disapproval":
            if _bare(tok.norm).startswith(("ال", "لل", "بال", "كال")):
                continue  # تجمعوا للتنديد بالاتفاق (the aim of a protest), الحد من الانتقادات (criticism as a topic)
        elif pos == "investigators":
            if tok.norm.startswith("لل"):
                continue  # وقال للمحققين: an addressee
        elif pos == "prison":
            if (tok.norm == "والسجن" and "اعدام" not in prev) \
                    or T.PRISON_VERDICT_WORDS.isdisjoint(_bare(n) for n in norms[max(0, i - 8):i]):
                continue  # a prison sentence follows a verdict (حكمت محكمة على مغربيين بالسجن، بالإعدام والسجن المؤبد)
            out.append((i, "COERCE", "arrest"))  # convicted, and jailed
        elif pos == "sanction":
            if T.IMPOSING_WORDS.isdisjoint(_forms(norms[max(0, i - 3):i])) \
                    and T.IMPOSING_WORDS.isdisjoint(_forms(norms[i + 1:min(_clause_bounds(ctx, i)[1], i + 2)])):
                continue  # فرضت عقوبات، عقوبات جديدة (imposed), not عارض العقوبات الدولية (mentioned)
        elif pos == "invitation":
            if not (_forms(norms[max(0, i - 3):i]) & T.INVITATION_VERBS
                    or T.INVITED_TO.intersection(_after_in_clause(ctx, i, 8))):
                continue  # وجه دعوة إلى روحاني لزيارة إيطاليا، تلقى دعوة من الرئيس (not دعوة عامة للأهالي: no party)
        elif pos == "accusing":
            if prev.isdigit() or _bare(prev) in T.NUMBER_WORDS or _bare(prev) in ("من", "عشرات", "مئات") \
                    or not any(w.startswith("ب") and len(w) > 3 for w in _after_in_clause(ctx, i, 6)):
                continue  # متهما قائد الجيش بتسييس المؤسسة (not 11 متهما، أكثر من 20 متهما)
        elif pos == "teargas":
            if not (i and _bare(norms[i - 1]).startswith(("المسيل", "مسيل"))) \
                    or not _forms(norms[max(_clause_bounds(ctx, i)[0], i - 7):i]) & T.GAS_USED:
                continue  # استخدمت الشرطة الغاز المسيل للدموع (not a death blamed on the gas: إثر اختناقه بالغاز)
        elif pos == "emergency":
            back = norms[max(_clause_bounds(ctx, i)[0], i - 5):i - 1]  # the declaring verb and maybe its subject
            if not (i >= 2 and _bare(norms[i - 1]) == "حاله" and _forms(back) & T.EMERGENCY_DECLARED) \
                    or {"الي", "الى"} & set(back):
                continue  # أعلن حالة الطوارئ، وفرضت الحكومة حالة الطوارئ (not تمنح حالة الطوارئ; دعت إلى إعلان حالة الطوارئ)
        elif pos == "sweep":
            before = {_bare(n) for n in norms[max(0, i - 2):i]}
            if T.NOT_SWEPT & set(_after_in_clause(ctx, i, 4)) or before & (T.OBLIGATION_WORDS | {"اهميه", "اجل"}) \
                    or tok.norm.startswith(("ل", "ول")):
                continue  # تطهير قوات المقاومة القصر (not تطهير المناطق من الألغام، أهمية تطهير المحافظة)
        elif pos == "pullout":
            if T.PULLED_TROOPS.isdisjoint(_forms(norms[i + 1:min(_clause_bounds(ctx, i)[1], i + 5)])) \
                    or _bare(prev) in T.OBLIGATION_WORDS:
                continue  # سحبت روسيا قواتها (not سحب الترخيص، سحب القرعة; وعليها سحب قواتها: a demand)
        elif pos == "backed":
            if not (nxt[:1] == "ب" and (nxt[1:] in T.BACKING_FORCES or _bare(nxt[1:]) in T.BACKING_FORCES
                                       or ("ال" + nxt[3:] if nxt.startswith("بال") else "") in T.BACKING_FORCES)):
                continue  # قوات النظام المدعمة بمسلحين (not بالسعر المدعوم، المدعومة من إيران، مدعومين بدبابات)
        elif pos == "vow":
            c0, c1 = _clause_bounds(ctx, i)
            if T.FIGHT_WORDS.isdisjoint(_bare(n)[2:] if _bare(n).startswith("في") else _bare(n)
                                        for n in norms[max(c0, i - 3):min(c1, i + 5)]):
                continue  # سيستمر الجيش في محاربة الشباب (not سيستمر العمل، ستستمر الأمطار)
        elif pos == "impunity":
            if not ({"دون", "بدون"} & {_bare(n) for n in norms[max(0, i - 2):i]}
                    and {"لن", "ولن", "لا", "ولا"} & {_bare(n) for n in norms[max(0, i - 6):i]}):
                continue  # لن يبقى من دون عقاب: a warning (not العقاب "the punishment" as a topic)
        elif pos == "warn":
            after = [_bare(n) for n in norms[i + 1:i + 1 + T.WARNING_WINDOW]]
            if T.WARNED_CONSEQUENCES.isdisjoint(after) and not any(
                    w == "حال" and k and after[k - 1] in ("في", "وفي") for k, w in enumerate(after)):
                continue  # حذر من خطر الخنازير البرية: a danger named, no consequence threatened
        elif pos == "threat":
            if not _forms(norms[max(0, i - 2):i]) & T.THREAT_VERBS:
                continue  # لتطهير المنطقة من تهديدات المسلحين، ضمان عدم تهديد طهران: no threat made
        elif pos == "spoke":
            phone = next((m for m in range(i + 1, min(len(toks), i + 8)) if norms[m].startswith("هاتفي")), None)
            if phone is None or any(ctx.gap(m).strip() for m in range(i + 1, phone + 1)):
                continue  # تحدث أوباما هاتفيا مع إردوغان (not تحدث عن، تحدث للصحفيين)
        elif pos == "phone":
            if "هاتف" not in " ".join(norms[i:i + 3]) and not (
                    tok.stem in ("اتصل", "اتصلت") and "اذا" not in norms[max(0, i - 3):i]
                    and any(w.startswith("ب") and len(w) > 3 and w not in T.NOT_DEMANDED
                            for w in _after_in_clause(ctx, i, 8))):  # (not ما إذا كان اتصل بمتطرفين: a question)
                continue  # اتصال هاتفي، اتصل الرئيس الأميركي بنظيره الصيني (not اتصال "contact, connection")
        if cat == "ASSAULT" and _bare(tok.norm).startswith(("هاجم", "يهاجم", "تهاجم")) \
                and not T.SPEECH_CONTEXT.isdisjoint(_forms(norms[i + 1:i + 20])) \
                and T.ARMED_SUBJECTS.isdisjoint(_bare(n) for n in norms[i + 1:i + 3]):
            out.append((i, "ACCUSE", "disapprove"))  # هاجم الأمير الكاتب بسبب تصريحاته: words, not arms
            continue
        if cat == "ASSAULT" and tok.stem.startswith("هجوم") and (after := _after_in_clause(ctx, i, 3)) and \
                "علي" in after[:2] and after.index("علي") + 1 < len(after) \
                and _bare(after[after.index("علي") + 1]) in T.VERBAL_TARGETS:
            out.append((i, "ACCUSE", "disapprove"))  # شن النجيفي هجوماً على حكومة العبادي: words, not arms
            continue
        if cat == "ACCUSE" and mode == "disapprove" and "ادان" in tok.norm and not T.COURT_WORDS.isdisjoint(_forms(norms)):
            continue  # ثبتت إدانة المتهم، عقوبتهما الإعدام في حال الإدانة: a conviction in court (إدانة), no condemnation
        if cat == "THREATEN" and "هدد" in tok.norm and _bare(tok.norm)[:1] in "يت" and not any(
                w.startswith("ب") and len(w) >= 3 and w not in T.NOT_BI_WORDS for w in _after_in_clause(ctx, i, 5)):
            continue  # الاتفاقية التي تهدد فرص العمل، خطر يهدد العالم: endangers (a threat says with what: يهدد بإعدام)
        if cat == "AGREE" and _bare(tok.norm) == "نتفق" and (nxt in ("ان", "جميعنا", "جميعا", "كلنا") or (
                nxt == "علي" and i + 2 < len(norms) and norms[i + 2] in ("ان", "الحاجه", "ضروره", "اهميه", "ذلك", "هذا"))):
            continue  # يجب أن نتفق على أن التحرش، نتفق على الحاجة لتوحيد الصفوف: the speaker's view, no agreement coded
        if cat == "AGREE" and prev in ("بما", "ما", "مما", "لما") and _bare(tok.norm).startswith(("يتفق", "تتفق")):
            continue  # بما يتفق مع توقعات الأشهر: "in line with", no agreement
        if cat == "RETREAT" and mode == "ceasefire" and tok.stem.startswith("هدن") and (
                T.DECLARING.intersection(_bare(n) for n in norms[max(0, i - (5 if _bare(prev) in T.TRUCE_STARTS else 3)):i])
                or T.DECLARING.intersection(_bare(n) for n in norms[i + 1:i + 4])):
            out.append((i, "CONCEDE", ""))  # أعلنت قيادة التحالف عن هدنة، الهدنة التي تعلنها، أعلنت قيادة قوات التحالف
            continue  # بدء هدنة: a truce declared (the PLOVER manual: declarations, not implementations, of ceasefires)
        if cat == "RETREAT" and mode == "resign" and (tok.norm.startswith("ل") and not tok.norm.startswith("لا")
                                                     or T.RESIGNATION_NOT_DONE & _forms(norms[max(0, i - 3):i])
                                                     or T.RULED_OUT & _forms(norms[max(_clause_bounds(ctx, i)[0], i - 10):i])):
            continue  # يدفعه للاستقالة، تأخير استقالة سلام، استبعد استقالة الحكومة، طالب باستقالة: none resigned
        if cat == "RETREAT" and mode == "withdraw" and (tok.norm in T.FLIGHT_TRIGGERS or (
                tok.norm[:1] in "وب" and tok.norm[1:] in T.FLIGHT_TRIGGERS)) \
                and T.CIVILIANS.intersection(_bare(n) for n in norms[max(0, i - 4):i]):
            continue  # 500 ألف شخص فرّوا إلى الخارج، سكان نغامدو فروا من منازلهم: civilians fleeing, no force retreats
        if cat == "RETREAT" and mode == "ceasefire" and _forms(norms[max(0, i - 4):i]) & T.TRUCE_BROKEN:
            continue  # تنتهك القوات الهندية مرة أخرى وقف إطلاق النار: the ceasefire broken (the breach is the event)
        if cat == "RETREAT" and _DEFINITE_WITHDRAWAL_RE.match(tok.norm):
            continue  # أوامر الانسحاب، أجبر المسلحين على الانسحاب، هددوا بالانسحاب، بعد الاستقالة المفاجئة: the withdrawal or
            # resignation named, ordered, threatened or recalled (none of 20 in the news sets is coded); a withdrawal told
            # done is a verb (انسحبت القوات) or an indefinite or possessed noun (انسحاب القوات، انسحابها)
        if cat == "COERCE" and _bare(tok.norm) in T.CEASE_VERBS and nxt == "اطلاق":
            continue  # جماعة «فارك» أوقفت إطلاق النار: the fire stopped (a ceasefire, read at النار), nobody detained
        if cat == "RETREAT" and mode == "ceasefire" and _bare(prev) in T.TRUCE_ENDED:
            continue  # وانهارت هدنة كان يلتزمها الطرفان: the truce's end
        if cat == "RETREAT" and mode == "ceasefire" and not _truce_started(ctx, i, i):
            continue  # استغلال الحوثيين للهدنة، رغم الهدنة المعلنة، الهدف من الهدنة: a truce named, none begun here
        if cat == "COERCE" and mode == "arrest" and nxt in ("الاداري", "الاداريه") \
                and not tok.norm.startswith("لل") and prev != "تحت":
            continue  # الاعتقال الإداري إجراء عادة ما تتخذه: the policy, not one arrest (but تحويلهما للاعتقال الإداري)
        if mode == "visit" and tok.norm in ("وزارته", "وزارتها", "وزارتهم", "وزارتنا"):
            continue  # مسؤولي وزارته: "his ministry", not و + زارته
        if mode == "visit":
            after = [_bare(n) for n in norms[i + 1:i + 4]]
            if after and (after[0] in T.NOT_VISITED or (len(after) > 1 and after[1] in T.NOT_VISITED)):
                continue  # a tour, a pilgrimage, a site inspection
            if any(n.isdigit() or n in T.NUMBER_WORDS for n in after):
                continue  # استقبل 224 رحلة، تستقبل أكثر من 150 صائماً: counted arrivals, not a guest
            if T.RECEIVED_NOT_GUESTS & set(_after_in_clause(ctx, i, 6)):
                continue  # المستشفى استقبل خلال شهر يوليو جثامين 9 مدنيين: the dead and wounded, not a guest
        if cat == "PROTEST" and tok.stem.startswith("مسير") and _bare(prev) in T.AIRCRAFT_WORDS:
            continue  # طائرة مسيّرة: a drone, not a march
        if cat == "ASSAULT" and _bare(tok.norm) in T.DEATH_SENTENCE_WORDS \
                and not T.VERDICT_WORDS.isdisjoint(_bare(n) for n in norms[max(0, i - 4):i]):
            out.append((i, "SANCTION", "convict"))  # حكمت المحكمة بالإعدام: a sentence, not an execution
            continue
        if cat == "ASSAULT" and mode == "" and _bare(prev) in ("حكم", "احكام"):
            mode = "targeted"  # تنفيذ حكم القتل: an execution
        if cat == "ASSAULT" and mode == "heavy-weapons" and _bare(tok.stem).startswith("قصف") \
                and {_bare(n) for n in norms[max(0, i - 3):i + 4]} & T.AERIAL_WORDS:
            mode = "aerial"  # قصفت طائرات التحالف: bombing from the air, not shelling
        if cat == "ASSAULT" and mode in ("aerial", ""):
            around = set(norms[max(0, i - 3):i + 4])
            if around & T.DRONE_WORDS and mode == "aerial":
                mode = "drone"
            elif mode == "" and around & T.AERIAL_WORDS:
                mode = "aerial"
            elif mode == "aerial" and not around & T.AERIAL_WORDS and tok.stem in ("ضربه", "ضربات"):
                continue  # ضربة/ضربات alone are blows of any kind (ضربة حرة، ضربات الجزاء)
        out.append((i, cat, mode))
    return out


#: An indefinite meeting noun is held when a light verb (عقد، أجرى) stands this many words before it, past a long subject.
MEETING_WINDOW = 10


def _toll_over_time(ctx: _Ctx, i: int) -> bool:
    """Whether the clause of trigger ``i`` counts victims over a period (منذ بداية الأزمة، منذ أكثر من 30 عاما، في 15
    شهرا): a running toll, not one attack (not منذ الصباح, nor a period in another clause)."""
    c0, c1 = _clause_bounds(ctx, i)
    norms = [_bare(n) for n in ctx.norms[c0:c1]]
    for k, w in enumerate(norms):
        nxt = norms[k + 1:k + 4]
        if w == "منذ" and nxt and (nxt[0] in T.TOLL_SINCE or any(x in T.LONG_PERIODS for x in nxt)
                                  or (nxt[0].isdigit() and len(nxt[0]) == 4)):
            return True
        if w in ("في", "خلال") and len(nxt) >= 2 and (nxt[0].isdigit() or nxt[0] in T.NUMBER_WORDS) \
                and nxt[1] in T.LONG_PERIODS:
            return True
    return False


def _reported(ctx: _Ctx, i: int, cat: str) -> bool:
    """Whether the sentence reports the event as having happened (ASSAULT and PROTEST only).

    A report has an outcome word (مقتل، أصيب، تظاهر ...) or a report time (أمس، صباح) in the sentence and
    no trial/condemnation/definition context before the trigger.
    """
    if cat not in ("ASSAULT", "PROTEST"):
        return True
    words = set()
    for t in ctx.toks:
        words.add(t.norm)
        words.add(t.stem)
        if t.norm[:1] in "وف":
            words.add(t.norm[1:])
    mention = any(n in T.MENTION_WORDS or n[1:] in T.MENTION_WORDS for n in ctx.norms[max(0, i - 4):i + 2])
    if mention:
        return False
    outcome = bool(words & T.OUTCOME_WORDS) or any(n.isdigit() for n in ctx.norms)
    timed = bool(words & T.REPORT_TIME)
    return outcome or timed


@lru_cache(maxsize=1)
def _filter_model() -> dict[str, Any] | None:
    try:
        return json.loads(FILTER_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:  # without the model, the rule of _reported decides alone
        return None


@lru_cache(maxsize=65536)
def _char_grams(stem: str) -> tuple[str, ...]:
    """Character 3- to 5-grams of a stem with word-boundary marks (``<قتل>`` -> ``<قت``, ``قتل``, ...): they
    tie the inflections and clitic forms of a word together (قتلوا، مقتل، قتلى share ``قتل``)."""
    w = f"<{stem}>"
    return tuple(f"c:{w[k:k + n]}" for n in CHAR_NGRAMS for k in range(len(w) - n + 1))


def _char_models(cat: str) -> tuple[int, ...]:
    """Which of the ``cat`` report filter's models (0: the report model, 1: its ``strict_model``) were trained with the
    character n-grams of :func:`_char_grams`."""
    m = _filter_model()[cat]
    return tuple(k for k, mm in enumerate((m, m.get("strict_model"))) if mm is not None and mm.get("chars"))


@lru_cache(maxsize=65536)
def _weighted_grams(cat: str, stem: str) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """The character n-grams of ``stem`` that have a weight in one of the ``cat`` models trained with them
    (:func:`_char_models`), each with its weight in every one of those models, in their order (0.0 where a model has
    none: adding it leaves a sum as it was). One look-up serves both operating points of the filter."""
    m = _filter_model()[cat]
    tables = [(m, m.get("strict_model"))[k]["weights"] for k in _char_models(cat)]
    return tuple((g, tuple(w.get(g, 0.0) for w in tables)) for g in _char_grams(stem)
                 if any(g in w for w in tables))


def _scores(m: dict[str, Any], cat: str, ctx: _Ctx, vec: dict[str, float]) -> tuple[float, float | None]:
    """The scores of a sentence's feature vector by the ``cat`` report model ``m`` and by its ``strict_model``
    (``None`` without one): each linear model's bias and feature weights, and the weights of its stems' character
    n-grams when the model was trained with them."""
    sm = m.get("strict_model")
    models = (m,) if sm is None else (m, sm)
    scores = [mm["bias"] + sum(map(operator.mul, map(mm["weights"].get, vec, repeat(0.0)), vec.values()))
              for mm in models]
    chars = _char_models(cat)
    if chars:
        # the character n-grams of filter_features(chars=True), each counted once as filter_vector does,
        # gathered from the distinct stems without building the feature list (the hot part of the filter): each
        # stem's weighted grams come with their weights in every model, so the models' large tables are not
        # read again per gram, and the grams are gathered once for both models. A model's grams are summed in
        # the order of their first appearance, as a dict of its own grams alone would give them.
        grams = dict(chain.from_iterable(map(_weighted_grams, repeat(cat), set(ctx.stems))))
        for j, k in enumerate(chars):
            scores[k] += sum(map(operator.itemgetter(j), grams.values()))
    return scores[0], (scores[1] if sm is not None else None)


def _cue_features(cat: str, bares: list[str], stems: list[str]) -> list[str]:
    """Hand-written report cues of :mod:`rasd.analyze.lang_ar.events_triggers` (crowd gathering vs
    elaboration for PROTEST; counted and caused casualties and bombings for ASSAULT)."""
    feats = []
    n = len(bares)
    if cat == "PROTEST":
        gather = [k for k, w in enumerate(bares) if w in T.GATHER_WORDS]
        if gather:
            feats.append("f:gather")
        crowd = T.CROWD_WORDS | T.PROTESTERS_ANY
        for k in gather:
            lo, hi = max(0, k - 4), k + 5
            if (set(bares[lo:hi]) | set(stems[lo:hi])) & crowd:
                feats.append("f:gather_crowd")
            if {"امس", "اليوم"} & set(bares[lo:k + 6]):
                feats.append("f:gather_time")
        crowd_at = [k for k, w in enumerate(bares) if w in T.PROTESTERS_ANY or stems[k] in T.PROTESTERS_ANY]
        if crowd_at and not gather and any(bares[j] in T.ELABORATION_VERBS for k in crowd_at
                                           for j in range(max(0, k - 2), k)):
            feats.append("f:elaboration")
        if crowd_at and all(bares[k].startswith("ال") for k in crowd_at):
            feats.append("f:def_protesters")
    elif cat == "ASSAULT":
        for k, w in enumerate(bares):
            if w in T.KILL_WORDS or stems[k] in T.KILL_WORDS:
                if any(x.isdigit() or x in T.NUMBER_WORDS for x in bares[max(0, k - 3):k + 4]):
                    feats.append("f:kill_count")
                if any(bares[j] in T.ATTACK_NOUNS or stems[j] in T.ATTACK_NOUNS for j in range(k + 1, min(n, k + 8))):
                    feats.append("f:kill_cause")
                if k < 3:
                    feats.append("f:kill_first")
        if set(zip(bares, bares[1:])) & T.BOMB_PAIRS:
            feats.append("f:bomb")
    if set(bares) & T.SOURCE_WORDS:
        feats.append("f:source")
    return feats


#: Whether a normalized word is a reporting verb of :data:`_SPEECH_RE` (not a complementizer): the ``f:speech`` cue.
_SPEECH_VERBS = _PerWord(lambda n: n not in ("ان", "انه", "انها", "بان") and _SPEECH_RE.fullmatch(n) is not None)


def filter_features(ctx: _Ctx, cat: str, triggers: list[tuple[int, str, list[str]]],
                    flags: list[tuple[bool, bool, bool]], chars: bool = False) -> list[str]:
    """The features of the report filter for the ``cat`` events of one sentence.

    Args:
        ctx: The sentence.
        cat: ``ASSAULT`` or ``PROTEST``.
        triggers: The merged triggers of the sentence (all categories).
        flags: ``(negated, hypothetical, historical)`` of each trigger, in the same order.
        chars: Add the character n-grams of every stem (:func:`_char_grams`); the model of each category
            says whether it was trained with them (cross-validation decides, in the training script).

    Returns:
        Feature names (repeats allowed): the words (stems) and stem bigrams of the sentence, the words
        around each ``cat`` trigger, the trigger words and modes, and the cues of
        :mod:`rasd.analyze.lang_ar.events_triggers` (outcomes, casualty counts, report times, mention
        contexts, reporting verbs, other event categories, auxiliary modes, sentence shape, crowd
        gathering, casualty causes).
    """
    toks, norms, stems, bares = ctx.toks, ctx.norms, ctx.stems, ctx.bares
    feats = [f"u:{w}" for w in stems]
    feats += [f"b:{x}_{y}" for x, y in zip(stems, stems[1:])]
    mine = [(k, modes) for k, (i, c, modes) in enumerate(triggers) if c == cat]
    idx = [triggers[k][0] for k, _ in mine]
    for k, modes in mine:
        i = triggers[k][0]
        feats.append(f"t:{stems[i]}")
        feats.append(f"tb:{bares[i]}")
        feats += [f"m:{m}" for m in modes] or ["m:none"]
        feats += [f"l:{w}" for w in stems[max(0, i - 3):i]]
        feats += [f"r:{w}" for w in stems[i + 1:i + 4]]
        feats.append("f:def" if stems[i] != norms[i] and norms[i].endswith(stems[i]) else "f:bare")
        neg, hyp, hist = flags[k]
        feats += [name for name, on in (("f:neg", neg), ("f:hyp", hyp), ("f:hist", hist)) if on]
        if any(n in T.MENTION_WORDS or n[1:] in T.MENTION_WORDS for n in norms[max(0, i - 4):i + 2]):
            feats.append("f:mention_near")
    feats.append(f"f:ntrig{min(len(idx), 3)}")
    feats.append(f"f:first{min(idx[0] // 3, 4)}" if idx else "f:first_none")
    feats += [f"o:{c}" for _, c, m in triggers if c != cat and m != ["crowd-control"]]  # (tear gas: not an o: cue)
    words = set(norms) | set(stems) | set(bares)
    if words & T.OUTCOME_WORDS:
        feats.append("f:outcome")
    if words & T.CASUALTY_WORDS:
        feats.append("f:casualty")
    if words & T.REPORT_TIME:
        feats.append("f:time")
    if words & T.MENTION_WORDS:
        feats.append("f:mention")
    if words & T.GENERIC_WORDS:
        feats.append("f:generic")
    counted = any((n.isdigit() or n in T.NUMBER_WORDS) and k + 1 < len(bares)
                  and (bares[k + 1] in T.PERSON_WORDS or stems[k + 1] in T.PERSON_WORDS)
                  for k, n in enumerate(bares))
    if counted:
        feats.append("f:count")
    if cat == "PROTEST":
        for k, w in enumerate(stems):
            if w in T.PROTESTER_WORDS or bares[k] in T.PROTESTER_WORDS:
                near = {bares[j] for j in range(max(0, k - 2), min(len(bares), k + 3)) if j != k}
                if near & T.CROWD_VERBS:
                    feats.append("f:crowd_acts")
                if k and (bares[k - 1] in T.NUMBER_WORDS or norms[k - 1].isdigit() or stems[k - 1] in T.NUMBER_WORDS):
                    feats.append("f:crowd_size")
    if any(n.isdigit() and len(n) == 4 for n in norms):
        feats.append("f:year")
    if any(map(_SPEECH_VERBS.__getitem__, norms)):
        feats.append("f:speech")
    sent = ctx.text[ctx.start:ctx.end]
    if "؟" in sent or "?" in sent:
        feats.append("f:question")
    if any(q in sent for q in "«\"“"):
        feats.append("f:quote")
    feats.append(f"f:len{min(len(toks) // 10, 5)}")
    feats += _participant_features(ctx, cat, triggers, flags)
    feats += _cue_features(cat, bares, stems)
    if chars:
        for w in stems:
            feats += _char_grams(w)
    return feats


def _participant_features(ctx: _Ctx, cat: str, triggers: list[tuple[int, str, list[str]]],
                          flags: list[tuple[bool, bool, bool]]) -> list[str]:
    """Who takes part in the sentence's plain ``cat`` events (:func:`_arguments`): an actor (``a:actor``), only a
    weapon or an unnamed agent of sector UNK (``a:weapon``) or none (``a:none``); a recipient or none; both. A
    protest with its protesters and what they protest against is told as news more often than one mentioned
    in passing: cross-validated PROTEST F1 inside the tune half 0.446 -> 0.496 (8 repeats), ASSAULT unchanged."""
    actor = weapon = recipient = False
    for (i, c, _), fl in zip(triggers, flags):
        if c != cat or any(fl):
            continue
        act, rec = _arguments(ctx, i, cat)
        for a in act:
            if a.get("sector") == "UNK":
                weapon = True
            else:
                actor = True
        recipient = recipient or bool(rec)
    out = ["a:actor" if actor else "a:weapon" if weapon else "a:none", "a:rec" if recipient else "a:norec"]
    if actor and recipient:
        out.append("a:both")
    return out


def filter_vector(features: list[str]) -> dict[str, float]:
    """Feature values of :func:`filter_features`: presence (1.0). Scaling the word features by
    1/sqrt(their number) was tried against sentence length and lost cross-validated F1 on the tune half
    (PROTEST 0.42 -> 0.37), so short reports are let through by :func:`_casualty_report` instead."""
    return dict.fromkeys(features, 1.0)


def _casualty_report(feats: list[str]) -> bool:
    """A short (under 20 words) ASSAULT sentence that counts its victims (قتل ثلاثة أشخاص) outside a trial,
    condemnation or question: a report whatever the filter's score, which is low for short sentences (few
    words add little evidence). Without the length limit the rule cost tune F1 (0.70 -> 0.65)."""
    names = set(feats)
    return ({"f:count", "f:casualty"} <= names and bool(names & {"f:len0", "f:len1"})
            and not names & {"f:mention", "f:question"})


def _attack_report(ctx: _Ctx, feats: list[str]) -> bool:
    """An attack told as news: an actor's attack verb in the perfect (شنت طائرات التحالف غارات على،
    أطلقت امرأتان النار على، قصفت المدفعية) with its target after على / ضد, outside a trial, condemnation,
    question or quotation of a threat -- a report whatever the filter's score, which learnt the OEDA
    newswire of 2006-2008 and scores the war reporting of other years low."""
    names = set(feats)
    if names & {"f:question", "f:neg", "f:hyp", "f:hist"}:
        return False
    bares = ctx.bares
    if any(w in ("تنفيذ", "نفذ", "نفذت") and (bares[k + 1], bares[k + 2]) in T.EXECUTION_PAIRS
           and not (k and bares[k - 1] in T.DELAY_WORDS) for k, w in enumerate(bares[:-2])):
        return True  # تنفيذ حكم القتل: an execution (not ارجاء تنفيذ حكم الإعدام)
    if "f:mention" in names:
        return False
    breaks = set(ctx.breaks())
    assault_at = {i for i in ctx.hits if _word_trigger(ctx.toks[i])[0] == "ASSAULT"}
    starts = {0} | breaks
    sport = not T.SPORTS_WORDS.isdisjoint(bares)
    for k, w in enumerate(bares):
        if w in T.BATTLE_VERBS and _battle_near(bares, k, breaks) and not sport:
            return True  # شهدت تعز أمس مواجهات عنيفة، المعارك دارت في، اندلع القتال
        if w in T.ATTACK_OUTCOMES and _attack_subject(bares, k, breaks):
            return True  # غارة جوية أمريكية في أفغانستان قتلت قياديا
        if (w in T.KILL_WORDS or (w[:1] == "ب" and w[1:] in T.KILL_WORDS) or (w[:2] == "ال" and w[2:] in T.KILL_WORDS)) \
                and _casualty_cause(bares, k):
            return True  # أفاد المرصد بمقتل 19 مواطنا جراء غارات جوية
        if w in T.ATTACK_SUBJECT_NOUNS and bares[k + 1:k + 2] in (["الذي"], ["التي"]) \
                and bares[k + 2:k + 3] and bares[k + 2] in T.WAGED_FORMS and k + 2 not in breaks \
                and not T.ARMED_SUBJECTS.isdisjoint(bares[k + 3:k + 5]):
            return True  # الهجوم الذي يشنه الجيش السوري: an attack an armed force wages
        if w in T.DESTROY_VERBS and k and k not in breaks and not _ARMED_BEFORE_DESTROY.isdisjoint(bares[max(0, k - 2):k]):
            return True  # أن تنظيم داعش دمر ملعب الرمادي: an armed subject before the destruction (not الانفجار الذي دمر)
        if w in T.DESTROY_VERBS and not T.ARMED_SUBJECTS.isdisjoint(bares[k + 1:k + 3]):
            return True  # دمر طيران التحالف عربة كاتيوشا: an armed subject's destruction
        if w in _ATTACK_PAIR_FIRSTS and k + 1 < len(bares) \
                and any(w in first and bares[k + 1] in second for first, second in T.ATTACK_PAIRS):
            return True  # أنه قصف قرية، فتح مسلح النار في قاعة، وفجرت نفسها فور نزولها
        if w in T.ATTACK_VERBS_OWN or (w in T.KIDNAP_VERBS_PERFECT and not sport):
            # a clause opening on the attack verb (كما قصفت المقاتلات تعزيزات ...، واستهدفت مقاتلات التحالف ...)
            c = k
            while c > 0 and c not in starts and bares[c - 1] in T.CLAUSE_OPENERS:
                c -= 1
            if c in starts:
                return True
        if w in T.ATTACK_VERBS_PERFECT:
            own = w in T.ATTACK_VERBS_OWN  # قصفت: the verb is the attack; شنت، أطلقت: its object must be
            for j in range(k + 1, min(len(bares), k + 16)):
                if j in breaks:
                    break
                own = own or j in assault_at
                if bares[j] in ("علي", "ضد") and own:
                    return True
    return False


#: The first words of :data:`T.ATTACK_PAIRS` (a fast reject: few words open a pair).
_ATTACK_PAIR_FIRSTS = frozenset().union(*(first for first, _ in T.ATTACK_PAIRS))


def _strike_under_way(ctx: _Ctx, triggers: list[tuple[int, str, list[str]]],
                      flags: list[tuple[bool, bool, bool]]) -> bool:
    """A plain hunger strike or a strike counted in days (الأسرى المضربين عن الطعام، مضربون لليوم الخامس): news,
    whatever the filter's score -- but not in a sentence of trials or laws (مشروع قانون يجيز إطعام الأسرى
    المضربين عن الطعام قسراً), where a prison (سجن) is no trial word: prisoners strike in prisons."""
    if (set(ctx.norms) | set(ctx.bares)) & T.MENTION_WORDS - {"سجن"}:
        return False
    return any(c == "PROTEST" and not any(f) and (_hunger_strike(ctx, i) or (
        "strike" in modes and ctx.norms[i + 1:i + 2] == ["لليوم"])) for (i, c, modes), f in zip(triggers, flags))


def _hunger_strike(ctx: _Ctx, i: int) -> bool:
    """Whether the strike trigger at ``i`` is a hunger strike (المضربين عن الطعام، الإضراب عن الطعام)."""
    return ctx.norms[i + 1:i + 3] == ["عن", "الطعام"]


def _battle_near(bares: list[str], k: int, breaks: set[int]) -> bool:
    """Whether the verb of taking place at ``k`` has a fighting noun as its subject: up to four words after it
    (شهدت محافظة تعز أمس مواجهات) or right before it (المعارك دارت), in the same clause."""
    for j in range(k + 1, min(len(bares), k + 5)):
        if j in breaks:
            break
        if bares[j] in T.BATTLE_NOUNS or (bares[k] in ("وقع", "وقعت") and bares[j] in T.ATTACKS_TAKING_PLACE):
            return True
    return k > 0 and k not in breaks and bares[k - 1] in T.BATTLE_NOUNS


def _attack_subject(bares: list[str], k: int, breaks: set[int]) -> bool:
    """Whether the outcome verb at ``k`` has an attack noun as its subject, up to five words before it in the
    same clause (غارة جوية أمريكية في أفغانستان قتلت، الغارة استهدفت)."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if bares[j] in T.ATTACK_SUBJECT_NOUNS:
            return True
        if j in breaks or bares[j] in T.CONDITIONALS:
            break  # الضربة ستأتي ولو أدى ذلك: a condition, not the noun's outcome
    return False


def _casualty_cause(bares: list[str], k: int) -> bool:
    """Whether an attack gives the casualty word at ``k`` its cause within ten words, after a cause marker
    (بمقتل 19 مواطنا جراء غارات جوية، قتل إثر ضربة جوية). An explosion is no cause here: gas cylinders and
    mines explode too (مقتل شخصين جراء انفجار اسطوانة غاز)."""
    for j in range(k + 1, min(len(bares) - 1, k + 10)):
        if bares[j] in T.CAUSE_MARKERS and bares[j + 1] in T.ATTACK_CAUSES:
            return True
        if bares[j] in ("في", "خلال") and bares[j + 1] in T.BATTLE_NOUNS:
            return True  # سقط عدد من القتلى والجرحى في معارك عنيفة: fighting is no accident
    return False


def _filter_pass(ctx: _Ctx, cat: str, triggers: list[tuple[int, str, list[str]]],
                 flags: list[tuple[bool, bool, bool]]) -> tuple[bool, bool] | None:
    """Whether the sentence reports a ``cat`` event per the report filter, at its two operating points:
    ``(report, strict)`` (``None``: no model). ``strict`` is the OEDA threshold (a sentence every annotator
    of a panel would call a report); ``report`` the lower news threshold (``report_threshold``: the events an
    analyst of today's news codes), so ``strict`` implies ``report``. A category with a ``strict_model`` (a
    second linear model, the one cross-validation prefers on the OEDA sentences) decides ``strict`` by it and
    ``report`` by the first (which ranks news sentences better)."""
    model = _filter_model()
    if model is None or cat not in model:
        return None
    m = model[cat]
    feats = filter_features(ctx, cat, triggers, flags)
    if cat == "ASSAULT" and (_casualty_report(feats) or _attack_report(ctx, feats)):
        return True, True
    if cat == "PROTEST" and _strike_under_way(ctx, triggers, flags):
        return True, True
    vec = filter_vector(feats)
    score, strict_score = _scores(m, cat, ctx, vec)
    above = score >= m["threshold"]
    strict = above if strict_score is None else strict_score >= m["strict_model"]["threshold"]
    # below the OEDA threshold, no trial, condemnation, inquiry, question (يحاكم المتهمون بتهمة قتل ...), sport
    # (خطف موهبة نادي الهدى) or accident (مقتل شخصين جراء انفجار اسطوانة غاز)
    return strict or above or (score >= m.get("report_threshold", m["threshold"])
                      and not {"f:mention", "f:question"}.intersection(feats)
                      and T.SPORTS_WORDS.isdisjoint(bares := set(ctx.bares))
                      and T.ACCIDENT_WORDS.isdisjoint(bares)), strict


def _merge(triggers: list[tuple[int, str, str]], absorbed: dict[int, list[int]] | None = None
           ) -> list[tuple[int, str, list[str]]]:
    """One trigger per category within :data:`MERGE_WORDS` words (the mentions of one event); ``absorbed``, when
    given, receives head word -> the words of the triggers merged into it."""
    merged: list[tuple[int, str, list[str]]] = []
    last: dict[str, int] = {}
    for i, cat, mode in triggers:
        if cat in last and i - merged[last[cat]][0] <= MERGE_WORDS:
            modes = merged[last[cat]][2]
            if mode and mode not in modes:
                modes.append(mode)
            if absorbed is not None:
                absorbed.setdefault(merged[last[cat]][0], []).append(i)
            continue
        last[cat] = len(merged)
        merged.append((i, cat, [mode] if mode else []))
    # a generic ASSAULT word (هجوم) given a weapon by its neighbours: keep the specific modes only
    return merged


def _entity_record(ctx: _Ctx, ent: dict) -> dict[str, Any]:
    name = ent.get("canonical") or ent["text"]
    actor = _actor_index().get(_NORMALIZED[name])
    country, sector = (actor.country, actor.sector) if actor else (None, None)
    if sector is None:
        sector = {"PER": "ELI", "LOC": "GOV"}.get(ent.get("label"), None)
    if country is None and ent.get("label") == "LOC":
        place = next((p for p in ctx.places if p["start"] < ent["end"] and p["end"] > ent["start"]
                      and p.get("kind") == "country"), None)
        if place and place.get("country"):
            country = _lexicon()["iso3"].get(place["country"])
    return {"name": name, "country": country, "sector": sector,
            "span": {"start": ent["start"], "end": ent["end"], "text": ent["text"]}}


def _gentilic(norm: str) -> tuple[str, str | None] | None:
    """``(adjective, alpha-3)`` when ``norm`` is a nationality adjective (الأميركية، إسرائيليون)."""
    w = _bare(norm)
    w = w[2:] if w.startswith("ال") else w
    for cut in ("ه", "ين", "ون", "ان", ""):
        if cut and not w.endswith(cut):
            continue
        adj = w[:len(w) - len(cut)] if cut else w
        if adj in T.GENTILICS:
            return adj, T.GENTILICS[adj]
    return None


def _armed_agent(ctx: _Ctx, k: int) -> dict[str, Any] | None:
    """A weapon or force with its nationality (دبابة إسرائيلية، ضربة جوية أميركية): the nation's military."""
    if ctx.toks[k].stem not in T.ARMED_NOUNS:
        return None
    for j in range(k + 1, min(len(ctx.toks), k + 3)):  # one adjective may come between: ضربة جوية أميركية
        if ctx.gap(j).strip():
            return None
        gent = _gentilic(ctx.norms[j])
        if gent:
            start, end = ctx.toks[k].start, ctx.toks[j].end
            return {"name": normalize(ctx.text[start:end]), "country": gent[1], "sector": "MIL",
                    "span": {"start": start, "end": end, "text": ctx.text[start:end]}}
    return None


@lru_cache(maxsize=65536)
def _agent_sector(norm: str) -> str | None:
    """The PLOVER sector of an agent noun (مسلحون، الشرطة، and the UP agents), from its clitic readings."""
    if _bare(norm) in T.GATHER_WORDS:  # تجمع "gathered", not the UP agent تجمع "association"
        return None
    agents = _lexicon()["agents"]
    for _, stem in readings(norm):
        bare = stem[2:] if stem.startswith("ال") else stem
        sector = T.AGENTS.get(stem) or T.AGENTS.get(bare) or agents.get(bare)
        if sector:
            return sector
    return None


def _agent_at(ctx: _Ctx, k: int) -> dict[str, Any] | None:
    armed = _armed_agent(ctx, k)
    if armed:
        return armed
    tok = ctx.toks[k]
    sector = _agent_sector(tok.norm)
    if not sector and _bare(tok.norm) in T.GROUP_NOUNS and k + 1 < len(ctx.toks) and not ctx.gap(k + 1).strip() \
            and _bare(ctx.norms[k + 1]) in T.ARMED_ADJECTIVES:
        sector = "REB"  # مجموعة إرهابية، جماعات مسلحة، خلية إرهابية: an armed group, unnamed
    if not sector:
        return None
    end, country = tok.end, None
    if k + 1 < len(ctx.toks) and not ctx.gap(k + 1).strip():
        nxt = ctx.norms[k + 1]
        if sector == "MIL" and nxt in ("المدني", "المدنيه"):
            return None  # الطيران المدني: civil aviation
        gent = _gentilic(nxt)
        # an agent noun and its adjective/genitive: قوات الأمن، الجيش الإسرائيلي، جنديين عراقيين (not a
        # number, a preposition or a relative: الآلاف، المتظاهرين الى، المتظاهرين الذين)
        if gent or (nxt.startswith("ال") and nxt not in T.NUMBER_WORDS and nxt not in T.PHRASE_STOPS) \
                or _bare(nxt) in T.ARMED_ADJECTIVES:
            end = ctx.toks[k + 1].end
            country = gent[1] if gent else None
    start = tok.start
    return {"name": _NORMALIZED[ctx.text[start:end]], "country": country, "sector": sector,
            "span": {"start": start, "end": end, "text": ctx.text[start:end]}}


@lru_cache(maxsize=65536)
def _noun_forms(norm: str) -> tuple[str, ...]:
    """A word without و/ف/ب/ل and the article, and without a possessive suffix (دوريتهما -> دوريه):
    the forms looked up in the noun lists of :mod:`rasd.analyze.lang_ar.events_triggers`."""
    w = _bare(norm)
    if w[:1] in "بل" and len(w) > 3:
        w = w[1:]
    if w.startswith("ال") and len(w) > 3:
        w = w[2:]
    out = [w]
    if w.endswith("ا") and len(w) > 3:  # the accusative: مقصفا، حاجزا، شخصا
        out.append(w[:-1])
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[:-len(suffix)]
            out.append(stem[:-1] + "ه" if stem.endswith("ت") else stem)
            break
    return tuple(out)


def _phrase_end(ctx: _Ctx, k: int, limit: int, covered: dict[int, tuple[int, int, dict, str]]
                ) -> tuple[int, dict[str, Any] | None]:
    """End (word + 1) of the phrase headed by word ``k`` -- the head and up to two modifiers, or a named
    owner (دورية للجيش الأميركي، عناصر الشرطة) -- and the owner's record, if one was taken in."""
    e = k + 1
    while e < min(limit, k + 3):
        if ctx.gap(e).strip():
            break
        if e in covered:  # an entity or agent noun: the owner (its whole span), then stop
            s2, e2, rec, role = covered[e]
            if s2 == e and role == "any":
                return e2, rec
            break
        n = ctx.norms[e]
        if n == "من" and e + 1 < limit and e + 1 in covered and not ctx.gap(e + 1).strip():
            # a partitive owner: عشرة عناصر من تنظيم داعش، جنديين من الجيش
            s2, e2, rec, role = covered[e + 1]
            if s2 == e + 1 and role == "any":
                return e2, rec
            break
        if (n in T.PHRASE_STOPS or n.isdigit() or n in T.NUMBER_WORDS or n[:1] in "وفي" and len(n) > 3
                or n in _TRIGGER_SET or _bare(n) in T.AMBIGUOUS_VERBS or _bare(n) in T.PASSIVE_VERBS):
            break
        e += 1
    return e, None


def _person_sector(ctx: _Ctx, k: int, e: int) -> str:
    """The PLOVER sector of a phrase of persons, words [k, e): its head's as an agent noun (جنود MIL, شرطيا
    COP), rebels when a modifier calls them armed (العناصر الإرهابية، مقاتلين متطرفين), else civilians."""
    sector = _agent_sector(ctx.norms[k])
    if sector:
        return sector
    if any(_bare(ctx.norms[j]) in T.ARMED_ADJECTIVES for j in range(k + 1, e)):
        return "REB"
    return "CVL"


def _phrase_record(ctx: _Ctx, s: int, e: int, owner: dict[str, Any] | None, name: str | None,
                   sector: str | None) -> dict[str, Any]:
    """A participant record for words [s, e): an owner's name, country and sector when it has one."""
    start, end = ctx.toks[s].start, ctx.toks[e - 1].end
    country = None
    for j in range(s + 1, e):
        gent = _gentilic(ctx.norms[j])
        if gent:
            country = gent[1]
            break
    if owner:
        name, country, sector = owner["name"], owner["country"] or country, owner["sector"] or sector
    return {"name": name, "country": country, "sector": sector,
            "span": {"start": start, "end": end, "text": ctx.text[start:end]}}


#: Every word that may head a weapon phrase (a fast reject for :func:`_weapon_at`).
_WEAPON_HEADS = T.DEVICE_NOUNS | T.SUICIDE_WORDS | T.WEAPON_NOUNS | {"طائره", "طائرات"}


def _weapon_at(ctx: _Ctx, k: int) -> tuple[int, int] | None:
    """Words [s, e) of a weapon phrase headed at word ``k`` (سيارة مفخخة، عبوة ناسفة، قذائف الهاون، هجوم
    انتحاري), or ``None``."""
    forms = _noun_forms(ctx.norms[k])
    if _WEAPON_HEADS.isdisjoint(forms):
        return None
    n = len(ctx.toks)
    nxt = _noun_forms(ctx.norms[k + 1]) if k + 1 < n and not ctx.gap(k + 1).strip() else ()
    if set(forms) & T.DEVICE_NOUNS and set(nxt) & T.DEVICE_ADJECTIVES:
        return k, k + 2
    if set(forms) & {"طائره", "طائرات"} and k + 2 < n and ctx.norms[k + 1] in ("بلا", "بدون") \
            and ctx.norms[k + 2] == "طيار":
        return k, k + 3  # a drone: طائرة بلا طيار
    if set(forms) & T.SUICIDE_WORDS:
        # the attack noun before belongs to it: هجوم انتحاري، عملية انتحارية، تفجير انتحاري
        if k and not ctx.gap(k).strip() and set(_noun_forms(ctx.norms[k - 1])) & T.ATTACK_HEADS:
            return k - 1, k + 1
        return k, k + 1
    if set(forms) & T.WEAPON_NOUNS and not set(forms) & T.DEVICE_NOUNS - {"عبوه", "عبوات"}:
        # a weapon and its kind: قذائف الهاون، صواريخ كاتيوشا، عبوة ناسفة
        if nxt and set(nxt) & (T.WEAPON_NOUNS | T.DEVICE_ADJECTIVES):
            return k, k + 2
        return k, k + 1
    return None


def _participant_roles(norm: str) -> tuple[bool, str | None, bool]:
    """What a word may start in :func:`_participants`, with one cached look-up per word: whether it may head a weapon,
    an armed force or an agent (a pre-test of :func:`_weapon_at` and :func:`_agent_at`, which most words fail); the
    facility noun it is a form of (:data:`T.FACILITY_NOUNS`); whether it is a noun of persons (:data:`T.PERSON_NOUNS`)."""
    forms = _noun_forms(norm)
    return (stem_of(norm) in T.ARMED_NOUNS or not _WEAPON_HEADS.isdisjoint(forms) or bool(_agent_sector(norm))
            or _bare(norm) in T.GROUP_NOUNS,
            next((f for f in forms if f in T.FACILITY_NOUNS), None), not T.PERSON_NOUNS.isdisjoint(forms))


def _word_roles(norm: str) -> tuple[bool, str | None, bool, bool]:
    """:func:`_participant_roles`, and whether the word is a facility or a noun of persons (the second pass of
    :func:`_participants`)."""
    head, fac, person = _participant_roles(norm)
    return head, fac, person, fac is not None or person


#: :func:`_word_roles` per normalized word, read for every word of a sentence at once.
_ROLES = _PerWord(_word_roles)
_MAY_HEAD, _FACILITY_OR_PERSON = operator.itemgetter(0), operator.itemgetter(3)


def _participants(ctx: _Ctx) -> list[tuple[int, int, dict[str, Any], str]]:
    """Who and what may take part in the sentence's events: ``(first word, last word + 1, record, role)``.

    Roles: ``any`` (entities and agent nouns), ``weapon`` (an actor only when no person or group is named;
    PLOVER sector UNK), ``target`` (a building, patrol, convoy ...: a recipient only) and ``person`` (a
    noun of persons that is no agent: رجل، مدني، أفراد -- a recipient only, as a victim). Built once per
    sentence, in word order.
    """
    if ctx._parts is not None:
        return ctx._parts
    out: list[tuple[int, int, dict[str, Any], str]] = []
    covered: dict[int, tuple[int, int, dict, str]] = {}
    toks = ctx.toks
    n = len(toks)
    ends = [t.end for t in toks]
    for ent in ctx.ents:
        if ent.get("label") not in ("PER", "ORG", "LOC"):
            continue
        ks = []
        for k in range(bisect_right(ends, ent["start"]), n):  # the first word ending after the entity starts
            if toks[k].start >= ent["end"]:
                break
            ks.append(k)
        if not ks:
            continue
        if ent.get("label") == "LOC":
            actor = _actor_index().get(_NORMALIZED[ent.get("canonical") or ent["text"]])
            if not actor and not _country_subject(ctx, ent, ks[0], ks[-1]):  # a town is a location, not a participant
                continue
        part = (ks[0], ks[-1] + 1, _entity_record(ctx, ent), "any")
        out.append(part)
        for k in ks:
            covered.setdefault(k, part)
    k = 0
    norms = ctx.norms
    roles = list(map(_ROLES.__getitem__, norms))
    # only the few words that may head a weapon, force or agent are tried, left to right; a phrase found moves past
    # its words
    for k0 in compress(count(), map(_MAY_HEAD, roles)):
        if k0 < k or k0 in covered:
            continue
        k = k0
        weapon = _weapon_at(ctx, k)
        if weapon and weapon[0] not in covered:
            s, e = weapon
            armed = _armed_agent(ctx, s)  # a nation's weapon: دبابة إسرائيلية
            rec = armed or _phrase_record(ctx, s, e, None, None, "UNK")
            if armed:
                e = max(e, next(j for j in range(s, n) if toks[j].end >= armed["span"]["end"]) + 1)
            part = (s, e, rec, "any" if armed else "weapon")
            out.append(part)
            for j in range(s, e):
                covered.setdefault(j, part)
            k = e
            continue
        agent = _agent_at(ctx, k)
        if agent:
            last = k
            while last + 1 < n and toks[last + 1].end <= agent["span"]["end"]:
                last += 1
            part = (k, last + 1, agent, "any")
            out.append(part)
            for j in range(k, last + 1):
                covered.setdefault(j, part)
            k = last + 1
            continue
        k += 1
    # facilities and persons after the entities and agents, which they may take in as their owner (the
    # owner is then no participant of its own: دورية للجيش الأميركي is the army's patrol, not the army)
    owners = set()
    for k in compress(count(), map(_FACILITY_OR_PERSON, roles)):
        if k in covered:
            continue
        _, fac, person, _ = roles[k]
        if fac is not None:
            e, owner = _phrase_end(ctx, k, n, covered)
            part = (k, e, _phrase_record(ctx, k, e, owner, None, T.FACILITY_NOUNS[fac]), "target")
        elif person:
            e, owner = _phrase_end(ctx, k, n, covered)
            rec = _phrase_record(ctx, k, e, owner, _NORMALIZED[ctx.text[toks[k].start:toks[e - 1].end]],
                                 _person_sector(ctx, k, e))
            part = (k, e, rec, "person")
        else:
            continue
        out.append(part)
        for j in range(k, e):
            covered.setdefault(j, part)
        if owner:
            owners.add(id(owner))
    out = [c for c in out if id(c[2]) not in owners]
    out.sort(key=lambda c: c[0])
    ctx._parts = out
    return out


#: Words after which a verb opens its clause, its subject still to come (وقد رفضت، بعد أن أبرمت واشنطن).
_CLAUSE_OPENERS = frozenset({"و", "ف", "قد", "وقد", "فقد", "لقد", "كما", "ثم", "ان", "بعدما", "حيث", "عندما", "حين", "حينما",
                             "اذ", "لكن", "ولكن", "بينما", "فيما", "كذلك", "لما", "ولما", "حتي", "كلما"})


def _clause_verb(ctx: _Ctx, k: int) -> bool:
    """Whether the verb at word ``k`` opens its clause (the sentence's start, punctuation, a conjunction fused to it or a
    particle before it), so that a noun right after it is its subject, not its object after a subject before it."""
    if k == 0 or _COMMA_COLON_RE.search(ctx.gap(k)) or ctx.norms[k][:1] in "وف" and len(ctx.norms[k]) > 3:
        return True
    return ctx.norms[k - 1] in _CLAUSE_OPENERS or ctx.norms[k - 1] in T.REPORT_TIME  # وفي الشهر الماضي شنت


def _country_subject(ctx: _Ctx, ent: dict, first: int, last: int) -> bool:
    """Whether place entity ``ent`` (words ``first``..``last``) is a country or a capital acting as a subject: right after a trigger
    verb (اتهمت باكستان الهند، ناشدت كوريا الجنوبية) or before one, opening its clause (وكانت بريطانيا قد رفعت). A
    country elsewhere -- after a preposition, a genitive (بلاد المغرب), a destination (زيارة إلى اليمن) -- stays a
    place, unlike the countries of the curated actors."""
    if not any(p["start"] < ent["end"] and p["end"] > ent["start"] and p.get("kind") == "country" for p in ctx.places) \
            and normalize(ent["text"]) not in T.CAPITAL_CITIES:
        return False
    if _BREAK_QUOTE_RE.search(ctx.gap(first)) is None and first:
        prev = ctx.norms[first - 1]
        if first - 1 in ctx.hits and _verb_like(_bare(prev)) and not prev.startswith(("ال", "وال", "بال", "لل")) \
                and _clause_verb(ctx, first - 1):
            return True  # اتهمت باكستان (not وزير خارجية إيران زار الكويت: an object after a subject)
        if _bare(prev) not in ("كانت", "كان", "قد", "ان", "لان") and prev not in ("بان", "وان") \
                and not (first == 1 or _COMMA_COLON_RE.search(ctx.gap(first - 1))):
            return False  # (a complementizer opens the clause too: وأوضح أن الهند اتهمت باكستان)
    nxt = last + 1
    while nxt < len(ctx.toks) and ctx.norms[nxt] in ("قد", "لم", "لن", "لا") and not ctx.gap(nxt).strip():
        nxt += 1
    return nxt < len(ctx.toks) and nxt in ctx.hits and not ctx.gap(nxt).strip() and _verb_like(_bare(ctx.norms[nxt]))


def _candidates(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int, dict[str, Any], str]]:
    """Participants (:func:`_participants`) starting in words [a, b)."""
    return [c for c in _participants(ctx) if a <= c[0] < b]


def _counted(ctx: _Ctx, s: int) -> bool:
    """Whether the participant at word ``s`` is counted (ثلاثة أشخاص، أربعة من عناصر الشرطة): victims."""
    def number(k: int) -> bool:  # a count joined to the noun (not a year before a dash: 1990- القوات العراقية)
        return k >= 0 and not ctx.gap(k + 1).strip() and (ctx.norms[k].isdigit() or _bare(ctx.norms[k]) in T.NUMBER_WORDS)
    return number(s - 1) or (s > 1 and ctx.norms[s - 1] == "من" and number(s - 2))


def _skip_counts(ctx: _Ctx, j: int) -> int:
    """The first word from ``j`` that is not a count or its hedge (ما لا يقل عن ثلاثة من ...)."""
    n = len(ctx.toks)
    counted = False
    for _ in range(6):
        if j >= n or (j and _BREAK_QUOTE_RE.search(ctx.gap(j))):
            break
        w = ctx.norms[j]
        if w.isdigit() or _bare(w) in T.NUMBER_WORDS or w in T.COUNT_HEDGES:
            counted = counted or w not in ("ما", "لا", "يقل", "عن")
        elif not (w == "من" and counted):  # اربعة من عناصر الشرطة; not نجا من محاولة
            break
        j += 1
    return j


def _victim_at(ctx: _Ctx, j: int, by_start: dict[int, tuple]) -> tuple[int, int, dict[str, Any], str] | None:
    """The participant that starts at word ``j`` in a victim's place, or a new one for a plain noun phrase
    there (اغتيل كرامي، خطف موظف بريطاني), or ``None`` (a preposition, a number, a verb ...)."""
    if j >= len(ctx.toks) or (j and _BREAK_QUOTE_RE.search(ctx.gap(j))):
        return None
    if j in by_start:
        part = by_start[j]
        return part if part[3] != "weapon" else None
    n = ctx.norms[j]
    b = _bare(n)
    if (n in T.PHRASE_STOPS or n.isdigit() or n in T.NUMBER_WORDS or n[:1] in "بلي" or n in _TRIGGER_SET
            or b in T.CASUALTY_NOUNS or b in T.PASSIVE_VERBS or b in T.AMBIGUOUS_VERBS or b in T.PHRASE_STOPS
            or (b != n and b.startswith("ال")) or len(n) < 3 or n in _NOT_VICTIMS
            or any(j < p[1] and p[0] <= j for p in by_start.values())
            or any(p["start"] < ctx.toks[j].end and p["end"] > ctx.toks[j].start for p in ctx.places)):
        return None
    e, owner = _phrase_end(ctx, j, len(ctx.toks), {k: p for p in by_start.values() for k in range(p[0], p[1])})
    return j, e, _phrase_record(ctx, j, e, owner, normalize(ctx.text[ctx.toks[j].start:ctx.toks[e - 1].end]),
                                None), "person"


#: Words that are no victim after a casualty word (نجا من محاولة اغتيال، تعرض لمحاولة).
_NOT_VICTIMS = frozenset({"محاوله", "محاولات", "عمليه", "حادث", "حادثه", "انفجار", "هجوم", "رابع", "خامس", "ثالث",
                          "ثان", "اخرين", "اخرون", "اخر", "اخري", "العشرات", "المئات", "عشرات", "مئات"})


def _has_object(ctx: _Ctx, k: int, by_start: dict[int, tuple]) -> bool:
    """Whether the verb at word ``k`` is followed by what can be its object (a participant or a count),
    maybe after a time word (مجهولين خطفوا امس القنصل)."""
    j = k + 1
    if j < len(ctx.toks) and ctx.norms[j] in T.REPORT_TIME and not ctx.gap(j).strip():
        j += 1
    if j >= len(ctx.toks) or ctx.gap(j).strip():
        return False
    w = ctx.norms[j]
    if j in by_start or w.isdigit() or _bare(w) in T.NUMBER_WORDS:
        return True
    tok = ctx.toks[j]  # a country invaded or struck (القوات العراقية تغزو الكويت)
    return any(p["start"] <= tok.start < p["end"] and p.get("kind") == "country" for p in ctx.places)


def _subject_before(ctx: _Ctx, k: int, parts: list[tuple]) -> tuple | None:
    """The participant ending just before word ``k`` (or before الذي/قد there): the subject of the verb."""
    j = k
    while j > 0 and ctx.norms[j - 1] in T.SUBJECT_LINKS and k - j < 2:
        j -= 1
    if j and ("،" in ctx.gap(j) or "," in ctx.gap(j)):
        # a parenthetical between subject and verb: ثمانية أشخاص، بينهم طفلان، قتلوا
        m = j - 1
        while m > 0 and m > j - 5 and not ctx.gap(m).strip():
            m -= 1
        if m > 0 and ctx.norms[m] in ("بينهم", "بينهما", "منهم") and ctx.gap(m).strip() in ("،", ","):
            j = m
    if j and ctx.gap(j).strip() and not ctx.gap(j).strip() in ("«", "\""):
        return None
    return next((p for p in parts if p[1] == j), None)


def _victims(ctx: _Ctx) -> list[tuple[int, int, dict[str, Any], str]]:
    """The victims of the sentence: the genitive of a casualty noun (مقتل ثلاثة أشخاص، اغتيال العميد), the
    subject of a passive verb (أصيب السفير، اغتيل كرامي، شخصا قتل في انفجار) and the one noun phrase after a
    verb that reads active or passive when no second one follows (قتل جندي في انفجار; but in قتل مسلحون
    ثلاثة جنود the soldiers are). A name right after a victim's title is the victim too (وزير الدفاع الياس المر)."""
    if ctx._victims is not None:
        return ctx._victims
    parts = _participants(ctx)
    by_start = {p[0]: p for p in parts}
    out: list[tuple[int, int, dict[str, Any], str]] = []
    passive: set[int] = set()  # the verbs read passive

    def add(v: tuple | None) -> None:
        if v is None or any(v[0] == o[0] for o in out):
            return
        out.append(v)
        nxt = by_start.get(v[1])  # an apposition: title then name
        if nxt and nxt[3] in ("any", "person") and not ctx.gap(v[1]).strip():
            out.append(nxt)

    for k, w in enumerate(ctx.bares):
        if w in ("علي", "ضد") and any(set(_noun_forms(x)) & T.ATTACK_NOUNS for x in ctx.norms[max(0, k - 3):k]):
            add(_victim_at(ctx, k + 1, by_start))  # هجوم انتحاري منسق على الطائفة اليزيدية
            continue
        if w in T.CASUALTY_NOUNS and w not in T.AMBIGUOUS_VERBS or \
                w[:1] in "بل" and (w[1:] in T.CASUALTY_NOUNS):
            if k + 1 < len(ctx.toks) and ctx.norms[k + 1] in T.PHRASE_STOPS:
                continue
            add(_victim_at(ctx, _skip_counts(ctx, k + 1), by_start))
        elif w in T.PASSIVE_VERBS:
            passive.add(k)
            subj = _subject_before(ctx, k, parts)
            add(subj if subj and subj[3] != "weapon" else _victim_at(ctx, _skip_counts(ctx, k + 1), by_start))
        elif w in T.AMBIGUOUS_VERBS:
            subj = _subject_before(ctx, k, parts)
            if subj:
                if subj[3] != "weapon" and not _has_object(ctx, k, by_start) \
                        and (subj[2]["sector"] not in ("REB",) or _counted(ctx, subj[0])):
                    add(subj)  # ثمانية أشخاص قتلوا في ...: passive (but مسلحون قتلوا ...: active)
                    passive.add(k)
                continue
            j = _skip_counts(ctx, k + 1)
            first = _victim_at(ctx, j, by_start)
            if first is None:
                continue
            if j > k + 1:  # counted: قتل 12 شخصا
                add(first)
                continue
            j2 = first[1]
            while j2 < len(ctx.toks) and j2 < first[1] + 3 and ctx.norms[j2] in T.REPORT_TIME and not ctx.gap(j2).strip():
                j2 += 1  # أعدم تنظيم داعش أمس الشيخ: a time between the subject and the object
            j2 = _skip_counts(ctx, j2)
            second = by_start.get(j2) if j2 < len(ctx.toks) and not ctx.gap(j2).strip() else None
            if second is None and first[3] == "any" and first[2]["sector"] in ("REB", "MIL", "COP"):
                second = _victim_at(ctx, j2, by_start)  # وخطف مسلحون مطران الكلدان
            if second is not None and second[3] in ("any", "person", "target") and first[3] == "any" \
                    and first[2]["sector"] in ("REB", "MIL", "COP", "GOV"):
                add(second)  # verb, subject, object: the object suffers
            else:
                add(first)  # verb and one noun phrase: read passive
                passive.add(k)
    ctx._victims = out
    ctx._passive = passive
    return out


#: Prepositions with a pronoun, no participant (منهم، فيها); a noun merely opening with من or في is one (منظمة، منطقة).
_PRONOUN_PPS = frozenset({"منه", "منها", "منهم", "منهما", "فيه", "فيها", "فيهم", "فيهما"})
#: Heads of a subject phrase that a crude test would take for something else: the conjunction-like first letter of
#: فصائل، وزراء، فرق, and the long vowel of نواب، امين that looks like a verbal noun's.
_PERSON_HEADS = T.GROUP_SUBJECTS | _R.HUMAN_PLURALS | _R.SPEAKER_TITLES | T.PERSON_NOUNS
#: A complementizer with a pronoun that takes up the speaker (قال الحلف انه قتل ...).
_RESUMPTIVE = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})


def _speaker(ctx: _Ctx, s: int) -> bool:
    """Whether the participant at word ``s`` is who reports the event (أعلنت الشرطة مقتل ...، مصدر في الشرطة),
    not who did it."""
    prev = ctx.norms[s - 1] if s else ""
    if prev and prev not in ("ان", "انه", "انها", "بان") and _SPEECH_RE.fullmatch(prev):
        return True
    return bool(set(_noun_forms(ctx.norms[s])) & T.SOURCE_NOUNS)


def _arguments(ctx: _Ctx, i: int, cat: str) -> tuple[list[dict], list[dict]]:
    """Actor and recipient of the trigger at word ``i`` (:func:`_find_arguments`), read once per trigger and category
    and kept on the sentence: the report filter's features (:func:`_participant_features`) and the event records ask
    for the same triggers. Callers must not mutate the returned lists."""
    out = ctx._args.get((i, cat))
    if out is None:
        out = ctx._args[i, cat] = _find_arguments(ctx, i, cat)
    return out


def _find_arguments(ctx: _Ctx, i: int, cat: str) -> tuple[list[dict], list[dict]]:
    """Actor and recipient of the trigger at word ``i``, from the participants around it.

    For ASSAULT, the victims of the sentence (:func:`_victims`, nearest first) are recipients and never
    actors, and a trigger verb read passive (شخصا قتل) has no actor before it. After the trigger: a
    participant after a recipient marker (على، ضد، استهدف، ل...), a counted one (مقتل ثلاثة أشخاص) or the
    object of a verbal noun or of a verb whose subject came first (اغتيال X، اغتالوا X) is a recipient; one
    after على يد / من قبل is the actor, and so is a cause (جراء ضربة أميركية); otherwise the nearest one within
    three words is the subject of a verb-first clause (قصفت الطائرات ...). Before the trigger, in its clause
    and not behind a reporting verb: the subject (actor), unless counted (ثمانية أشخاص قتلوا: victims). A
    facility (role ``target``) is a recipient after a target marker (استهدفت دورية، قرب مقر، في سوق) or as the
    object; a noun of persons (``person``) only ever a recipient; a weapon is left to :func:`_weapon_actor`;
    who reports the event (أعلنت الشرطة، مصدر أمني) is not its actor.
    """
    a, b = _clause_bounds(ctx, i)
    lo, hi = max(0, i - ARGUMENT_WINDOW), min(len(ctx.toks), i + ARGUMENT_WINDOW + 1)
    cands = _candidates(ctx, lo, hi)
    if cat == "CONSULT":
        return _consult_arguments(ctx, i, a, cands)
    actor: list[dict] = []
    recipient: list[dict] = []
    targets: list[dict] = []
    victim_targets: list[dict] = []  # buildings attacked (هجوم على المقر), after those marked near the trigger
    victim_starts: set[int] = set()  # every word of a victim's phrase
    passive = False
    if cat == "ASSAULT":
        victims = _victims(ctx)
        victim_starts = {k for v in victims for k in range(v[0], v[1])}
        for v in sorted(victims, key=lambda v: abs(v[0] - i)):
            if v[3] == "target":
                victim_targets.append(v[2])
            elif len(recipient) < MAX_RECIPIENTS:
                recipient.append(v[2])
        passive = i in ctx._passive
    stem = ctx.toks[i].stem
    victim_noun = stem in ("مقتل", "قتلي", "قتيل") or ctx.norms[i].startswith("مقتل")
    takes_object = _takes_object(ctx, i, cat)
    after = [c for c in cands if c[0] > i and c[0] not in victim_starts and c[3] != "weapon"
             and not (c[0] > 0 and ctx.norms[c[0] - 1] in ("في", "الي") and c[3] != "target")
             and not (ctx.norms[c[0] - 1] == "من" and not _counted(ctx, c[0]))
             and ctx.norms[c[0]] not in _PRONOUN_PPS
             and not (cat in FILTERED and set(_noun_forms(ctx.norms[c[0]])) & T.SOURCE_NOUNS)]  # وفقا لمصدر
    # a subject separated from the trigger by a reporting verb or a complementizer is its speaker
    before = [c for c in cands if c[1] <= i and c[0] >= a and c[0] not in victim_starts
              and (c[3] == "any" or c[3] == "person" and cat not in FILTERED)
              and not any(_SPEECH_RE.fullmatch(n) for n in ctx.norms[c[1]:i])
              and not (cat in FILTERED and _speaker(ctx, c[0]))]
    subject_end = None  # the end of a verb-first subject (اغتال الجيش الإسرائيلي عنصرين: then the object)
    # a definite nominative plural right after the verb is its subject (واتهم الانفصاليون الجيش الأوكراني): a
    # participant after it is the object
    first_word = _bare(ctx.norms[i + 1]) if i + 1 < len(ctx.toks) and not ctx.gap(i + 1).strip() else ""
    nominative_first = (first_word.startswith("ال") and first_word.endswith("ون") and len(first_word) >= 7
                        and _clause_verb(ctx, i) and not ctx.norms[i].startswith(("ال", "بال", "لل"))
                        and not any(c[0] == i + 1 for c in cands))
    # a subject right before a verb (وكان نتنياهو حث اعضاء الكونغرس): what follows the verb is its object's words
    subject_first = (bool(before) and before[-1][1] == i and _verb_like(_bare(ctx.norms[i]))
                     and not ctx.norms[i].startswith(("ال", "بال", "لل")) and not ctx.gap(i).strip()
                     and not (ctx.norms[i][:1] in "وف" and len(ctx.norms[i]) > 3))  # (التمرد وانسحب: a new clause)
    # the verb's subject is its suffix (اتهموا القوات الأوكرانية بإطلاق نيران): a party right after it is its object
    # (not so after a verb joined by و with its subject elided, ودعا السلطات إلى: as often its subject, ودعا الرئيس إلى;
    # taking it as the object there cost the pooled sets eight right actors for eight right recipients)
    own_subject = cat in _OBJECT_CATS and cat != "CONSULT" and _bare(ctx.norms[i]).endswith("وا") \
        and not ctx.norms[i].startswith(("ال", "بال", "لل"))
    # an arrest verb right before a person's name reads passive (واعتقل جنيد أحمد خان، أوقفت جمانة حميد): who does
    # the arresting is a force, an authority, not a named person
    arrest_verb = cat == "COERCE" and _verb_like(_bare(ctx.norms[i])) and not ctx.norms[i].startswith(("ال", "بال", "لل")) \
        and not _bare(ctx.norms[i]).endswith("وا")
    for s, e, rec, role in after:
        if own_subject and s == i + 1 and role == "any" and not recipient and _object_then_complement(ctx, e, cat):
            recipient.append(rec)
            continue
        if arrest_verb and s == i + 1 and not actor and not recipient and (role == "person" or any(
                x.get("label") == "PER" and x["start"] == rec["span"]["start"] for x in ctx.ents)):
            recipient.append(rec)
            continue
        if role == "person" and cat not in FILTERED:
            role = "any"  # the victim-only reading of a noun of persons is for attacks
        m = s - 1
        while m > i and (ctx.norms[m].isdigit() or _bare(ctx.norms[m]) in T.NUMBER_WORDS):
            m -= 1  # على يد عشرة متمردين
        marker = ctx.norms[m] if m >= 0 else ""
        first = ctx.toks[s].norm
        if cat == "SUPPORT" and role == "any" and not recipient and s - i <= 6 and (
                _bare(marker)[:1] == "ب" and len(marker) > 3 and marker not in _NOT_PRAISED or first.startswith("بال")):
            recipient.append(rec)  # أشاد بدور المملكة، رحب بالمملكة، أشاد باراك أوباما بجهود قوات الدول: who is praised
            continue
        if role == "target":
            if cat in FILTERED and not targets and (
                    _bare(marker) in T.TARGET_MARKERS or (cat == "ASSAULT" and takes_object and s - i <= 2)
                    or (s > 1 and ctx.norms[s - 2] in T.TARGET_MARKERS and marker in T.REPORT_TIME)):
                targets.append(rec)
            continue
        if cat == "ASSAULT" and role == "any" and (marker in T.AGENT_MARKERS or marker in T.CAUSE_MARKERS):
            if not actor or marker in T.AGENT_MARKERS:
                actor.append(rec)
            continue
        if cat == "ASSAULT" and role == "any" and not actor and s - i <= 3 \
                and not T.STRIKING_FORCES.isdisjoint(_noun_forms(first)):
            actor.append(rec)  # قصف طيران التحالف مواقع للحوثيين: warplanes strike, they are not struck
            subject_end = e
            continue
        if cat == "PROTEST" and role == "person":
            if not actor and s - i <= 4:
                actor.append(rec)  # تظاهر أمس نحو مائتي شخص: the protesters
            continue
        # the object: right after a verbal noun or a verb with its subject suffix, or after a verb-first subject
        object_like = (takes_object and s - i <= 3) or (subject_end is not None and _skip_counts(ctx, subject_end) == s)
        to_recipient = (marker in T.RECIPIENT_MARKERS or any(m in T.RECIPIENT_MARKERS for m in ctx.norms[i + 1:s])
                        or (cat in _WITH_CATS and marker == "مع")  # اتفقت مع إيران: the other party
                        or (cat == "ASSAULT" and marker in ("باتجاه", "اتجاه"))  # رشق الحجارة باتجاه قوات الشرطة
                        # (only for an attack: انسحاب باتجاه المناطق is a direction, not a party)
                        or first.startswith(("ل", "علي")) and not first.startswith("ال") or victim_noun
                        or (cat == "ASSAULT" and (_counted(ctx, s) or object_like))
                        or (cat == "COERCE" and object_like))
        if to_recipient:
            if len(recipient) < MAX_RECIPIENTS:
                recipient.append(rec)
        elif role != "any":
            continue
        elif not actor and (s - i <= 3 or (cat == "ASSAULT" and _armed_agent(ctx, s) is not None)) \
                and cat not in ("CONSULT",) and not (cat in FILTERED and _speaker(ctx, s)) \
                and not (subject_first and s > i + 1) and not nominative_first \
                and not (first[:1] == "ب" and first[1:3] == "ال" and cat != "AID"):  # بالمملكة: a place, an
            # instrument (but مدعومة بالتحالف الدولي: the backer)
            actor.append(rec)  # the subject of a verb-first clause, or a nation's weapon (جراء ضربة أميركية)
            if s - i <= 3:
                subject_end = e
        elif cat == "CONSULT" and not recipient:
            recipient.append(rec)
    if (cat in FILTERED or cat == "COERCE") and not before and not passive and i and ctx.norms[i - 1] in _RESUMPTIVE:
        # قال الحلف انه قتل ...: the speaker is the subject of the reported verb, also past a comma or colon
        # (وذكرت الشرطة الإيطالية أمس، أنها اعتقلت؛ قالت القوات العراقية: إنها سيطرت)
        before = [c for c in cands if c[1] <= i - 1 and c[3] == "any" and _speaker(ctx, c[0])
                  and not set(_noun_forms(ctx.norms[c[0]])) & T.SOURCE_NOUNS]
    if before and not passive:
        s, _, rec, _ = before[-1]
        if cat == "ASSAULT" and _counted(ctx, s):
            if len(recipient) < MAX_RECIPIENTS:
                recipient.append(rec)
        elif not actor:
            actor.append(rec)
    if cat == "ASSAULT":
        # هجوم شنه شخصان، عملية نوعية نفذها رجال المقاومة: the subject of the light verb after the trigger acts
        done_by = next((k for k in range(i + 1, min(i + 4, len(ctx.norms)))
                        if _bare(ctx.norms[k]) in _DONE_BY), None)
        if done_by is not None:
            after = [c for c in cands if done_by < c[0] <= done_by + 2 and c[3] == "any"]
            if after:
                doer = after[0][2]
                recipient = [r for r in recipient if r is not doer]
                actor = [doer]
    if cat == "ASSAULT" and not actor:
        own = _armed_agent(ctx, i)  # the trigger names its nation: ضربة جوية أميركية، غارات إسرائيلية
        if own:
            actor.append(own)
    if cat == "PROTEST":
        own = _agent_at(ctx, i)  # the protesters are the trigger itself: تجمع المتظاهرون، نزل آلاف المحتجين
        if own:
            actor = [own]
    for rec in victim_targets:
        if len(targets) < MAX_RECIPIENTS and rec not in targets:
            targets.append(rec)
    return actor, recipient + targets


#: Words in ب that introduce no one praised (بسبب، بحسب، بعد، بين): a cause, a source, a time, a place.
_NOT_PRAISED = frozenset({"بسبب", "بحسب", "بعد", "بين", "بشان", "بخصوص", "بمناسبه", "بحضور", "بالنسبه"})


def _object_then_complement(ctx: _Ctx, e: int, cat: str) -> bool:
    """Whether the party ending at word ``e``, right after a verb with its subject suffix, reads as its object: for an
    accusation or a request, when what it is accused of or asked to do follows (اتهموا القوات الأوكرانية بإطلاق،
    بأنها، إلى رفع، على); for the other categories, always."""
    if cat not in ("ACCUSE", "REQUEST") or e >= len(ctx.toks) or _BREAK_QUOTE_RE.search(ctx.gap(e)):
        return True
    nxt = ctx.norms[e]
    return (nxt[:1] == "ب" and not nxt.startswith(("بين", "بعد")) and len(nxt) > 2) or nxt in ("الي", "علي", "ان", "بان")


def _takes_object(ctx: _Ctx, i: int, cat: str) -> bool:
    """Whether what follows trigger word ``i`` is its object: a verbal noun (اغتيال X، توقيف الزعيم، باعتقال) or a
    verb with its subject suffix (اغتالوا X)."""
    stem, bare = ctx.toks[i].stem, _bare(ctx.norms[i])
    return (cat == "ASSAULT" and (stem in T.ASSAULT_OBJECT_NOUNS or bare.endswith("وا"))) or (
        cat == "COERCE" and (stem in T.COERCE_OBJECT_NOUNS or bare in T.COERCE_OBJECT_NOUNS
                             or (bare[:1] in "بل" and bare[1:] in T.COERCE_OBJECT_NOUNS)))


def _verbal_noun(w: str) -> bool:
    """Whether ``w`` (without ال) reads as a verbal noun by its long vowel before the last letter (اتفاق، اقتحام،
    توقيع، حصار، حضور) -- not a dual or plural (البرلمان، المسؤولون) nor a word of three letters (قال)."""
    return len(w) >= 4 and w[-2] in "اوي" and not w.endswith(("ان", "ون", "ين"))


def _verb_like(w: str) -> bool:
    """Whether trigger word ``w`` (bare) may be a verb with its subject after it: not a verbal noun, a participle in
    -اً (مطالباً، داعياً، شاكراً), a plural or a noun in ة / ات / ى."""
    return not (_verbal_noun(w) or w.endswith(("ه", "ات", "ها", "هم", "ي", "ين")) or (w.endswith("ا") and len(w) >= 4))


def _title_name_end(ctx: _Ctx, j: int, e: int) -> int | None:
    """The end (word + 1) of the name that follows the title phrase starting at word ``j`` and ending at ``e``
    (التقى وزير الدفاع الأميركي اشتون كارتر امس ...), or ``None``: the claims layer's speaker phrase from ``j``, cut
    where a verb-first subject ends and its object begins, read up to the last person's name inside it."""
    sent = _claims._Sentence(ctx.text, ctx.toks, ctx.start, ctx.end)
    end = _claims._subject_end(ctx.toks, j, _claims._noun_phrase(sent, j), ctx.ents)
    limit = ctx.toks[end - 1].end if end > j else 0
    names = [k for k in range(e, end) if any(
        ent.get("label") == "PER" and ent["end"] == ctx.toks[k].end and ent["end"] <= limit for ent in ctx.ents)]
    return names[-1] + 1 if names else None


def _subject_after(ctx: _Ctx, i: int, cat: str, taken: set[tuple[int, int]]) -> dict[str, Any] | None:
    """The phrase right after trigger word ``i`` as its actor, when no participant was found: the subject of a
    verb-first clause (انتقدت قوى برلمانية عراقية تجاوز معصوم، اعتقلت وحدات خاصة ثلاثة عناصر، اجتمع الجبير مع) or the
    agent after a verbal noun (ترحيب وزيرة المهجرين) -- not after a passive verb or a verbal noun whose next word is its
    object (اغتيال الرئيس), nor a preposition, number, particle or another trigger, nor a span already taken."""
    j = i + 1
    if j >= len(ctx.toks) or ctx.gap(j).strip() or i in ctx._passive or _takes_object(ctx, i, cat):
        return None
    n = ctx.norms[j]
    b = n if n in _PERSON_HEADS else _bare(n)  # فصائل، وزراء: no conjunction to strip
    trig = _bare(ctx.norms[i])
    if trig in _MEET_VERBS:
        trig = "لقي" if trig.endswith("ي") else "لق" + trig[4:]  # التقى is a verb of form VIII, not a definite noun
    if trig.startswith("ال") or ctx.norms[i][:1] in "بلك" or not (_verb_like(trig) or trig in _HM_VERBS):
        return None  # الغارات الجوية، بزيارة لمقر، توقيع الاتفاقية، مطالباً الجهات: a noun's or participle's next word
    nxt = _bare(ctx.norms[j + 1]) if j + 1 < len(ctx.toks) and not ctx.gap(j + 1).strip() else ""
    # a counted group opens the subject of a verb that is no passive-looking attack or arrest (اعتصم عدد من المعلمين،
    # استنكر عدد من المشايخ; but قتل عدد من الجنود، اعتقل عدد من: read passive)
    counted_group = (b in T.QUANTITY_HEADS and nxt == "من" and cat not in ("ASSAULT", "COERCE")
                     and _clause_verb(ctx, i))
    if (n in T.PHRASE_STOPS or b in T.PHRASE_STOPS or n.isdigit() or b in T.NUMBER_WORDS or n in _TRIGGER_SET
            or n.startswith(("بال", "لل", "كال", "وال")) or (b in T.SUBJECT_AFTER_STOPS and not counted_group)
            or len(b) < 3):
        return None
    # an indefinite head with its genitive: the subject of a verb opening its clause (أدانت نقابة الصحفيين)
    construct = counted_group or (not b.startswith("ال") and b[:1] != "ب" and _clause_verb(ctx, i)
                                  and nxt.startswith("ال") and not nxt.startswith("الي"))
    title = n in _R.SPEAKER_TITLES and _clause_verb(ctx, i)  # التقى مدير تعليم ينبع محمد العقيبي
    # a nominative sound plural right after a verb opening its clause is its subject (دعا دبلوماسيون، اقتحم مسلحون)
    nominative = len(b) >= 6 and b.endswith("ون") and _clause_verb(ctx, i)
    if not b.startswith("ال") and b not in T.GROUP_SUBJECTS and not construct and not title and not nominative:
        return None  # غارات عنيفة، إدانة دولية (an adjective), اعتقلت رجلين (an object); but أدانت نقابة الصحفيين، اعتصم عدد من
    head = b[2:] if b.startswith("ال") else b
    if _verbal_noun(head) and not title and head not in _PERSON_HEADS and b not in _PERSON_HEADS:
        return None  # رفض الحضور، رفض الاتفاق النووي: what is refused, not who refuses
    feminine_verb = trig.endswith("ت") or (trig[:1] == "ت" and len(trig) > 3)
    feminine_head = head.endswith(("ه", "ات")) or head in T.FEMININE_PLURAL_HEADS
    if feminine_verb != feminine_head and not head.endswith(("ون", "ان")) and head not in T.GROUP_SUBJECTS:
        return None  # طالبت الحزب، انتقدت التعريف، ويطالب الجهات: a subject agrees with a verb before it
    if counted_group and j + 2 < len(ctx.toks) and not ctx.gap(j + 2).strip():
        e, owner = _phrase_end(ctx, j + 2, len(ctx.toks), {})  # عدد من المعلمين الإيرانيين: the group counted
        owner = None
    else:
        # a named owner after the head ends the phrase with it (الأمين العام لجامعة الدول العربية)
        covered = {k: c for c in _participants(ctx) if c[0] > j for k in range(c[0], c[1])}
        e, owner = _phrase_end(ctx, j, len(ctx.toks), covered)
        if nominative and b.startswith("ال"):
            e, owner = j + 1, None  # الانفصاليون الجيش الأوكراني: a sound plural in -ون takes no genitive after it
        if n in _R.SPEAKER_TITLES or b in _R.SPEAKER_TITLES or n in T.HONORIFICS:
            name_end = _title_name_end(ctx, j, e)
            if name_end is not None:
                e, owner = name_end, None
    rec = _phrase_record(ctx, j, e, owner, normalize(ctx.text[ctx.toks[j].start:ctx.toks[e - 1].end]), None)
    span = (rec["span"]["start"], rec["span"]["end"])
    if any(a < span[1] and span[0] < z and not (span[0] < a and z <= span[1]) for a, z in taken):
        return None  # (a recipient inside the phrase after its head is its genitive: الأمين العام لجامعة الدول العربية)
    return rec


#: Verbs whose last letters read like a pronoun suffix (اتهم "accused": not اتـ + هم) or a noun (لقي، the perfect of
#: التقى taken apart above).
_HM_VERBS = frozenset({"اتهم", "يتهم", "تتهم", "نتهم", "لقي"})
#: The perfect of التقى "met" (normalized), which reads like a definite noun.
_MEET_VERBS = frozenset({"التقي", "التقت", "التقيا", "التقتا", "التقوا"})
#: Armed subjects before a destruction verb: forces and armed groups, not attack nouns (الانفجار الذي دمر منزل).
_ARMED_BEFORE_DESTROY = (T.ARMED_SUBJECTS - T.ATTACK_SUBJECT_NOUNS - {"سياره", "عبوه", "انتحاري"}) | T.ARMED_GROUP_NAMES
#: Relative pronouns (a verb after one describes its noun: المقاتلين الذين دربتهم).
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
#: Light verbs with the attack as their object pronoun (هجوم شنه X، عملية نفذها X): X is the attacker.
_DONE_BY = frozenset({"شنه", "شنها", "شنوه", "شنتها", "شنته", "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها",
                      "نصبه", "نصبها", "نصبوه", "نصبته", "تبناه", "تبنته", "تبناها", "تبنتها"})
#: Verbal nouns of meetings: the noun phrase right after them is their subject (زيارة الأمير، اتصال الرئيس).
_CONSULT_NOUN = re.compile(r"(?:زيار|مباحث|محادث|مشاور|اتصال|لقاء)")
#: Words before a participant that make it the other side of a meeting (مع الملك، إلى الأردن، بالرئيس).
_CONSULT_MARKERS = frozenset({"مع", "الي", "ب", "لدي", "بين", "و"})


#: Light verbs whose object pronoun takes up the event noun before them, with the doer as their subject (هجوم شنه
#: مسلحون، لقاء عقده زعيم التمرد، محادثات أجراها الجبير، الحصار الذي فرضه الحوثي، اعتداء ارتكبه متشددون); normalized.
_DONE_BY_ANY = _DONE_BY | frozenset(
    stem + suffix for stem in ("ارتكب", "عقد", "اجرا", "اجر", "فرض", "نظم", "ابرم", "وقع", "اطلق", "قاد", "نصب")
    for suffix in ("ه", "ها", "ته", "تها", "وه", "وها")) | frozenset({"جمع", "ضم", "جمعت", "ضمت"})
#: Nouns of fighting between two sides: who they are with (مع X) fights too (اشتباكات مع تنظيم داعش).
_FIGHT_NOUNS = frozenset(_bare(w)[2:] if _bare(w).startswith("ال") else _bare(w) for w in T.BATTLE_NOUNS) | {
    "صدامات", "تبادل", "مناوشات", "اشتباكات", "قتال"}
#: A preposition with a pronoun between a light verb and its subject (هجوم شنه عليه مسلحون).
_PRONOUN_OBJECTS = frozenset({"عليه", "عليها", "عليهم", "ضده", "ضدها", "ضدهم", "له", "لها", "لهم", "فيه", "فيها"})
#: Two-word agent markers after an event noun (على يد، على أيدي، من قبل، من طرف، من جانب).
_AGENT_PAIRS = frozenset({("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("من", "طرف"), ("من", "جانب")})


def _told_doers(ctx: _Ctx, cat: str, heads: list[int], recipient: list[dict]) -> tuple[list[dict], list[dict]]:
    """The doer told after an event noun (:func:`_noun_agents`: هجوم شنه مسلحون، مواجهات بين X وY، على يد X) or
    before it as a light verb's subject (شنت الجبهة الجنوبية هجوما); for an attack, any attack noun or weapon of the
    sentence (قتل عشرة جنود في هجوم شنه مسلحون، قذيفة صاروخية أطلقتها فصائل إسلامية). Returns the actors and the
    recipients without them."""
    nouns = list(heads)
    if cat == "ASSAULT":
        weapons = {c[1] - 1 for c in _participants(ctx) if c[3] == "weapon"}  # a weapon phrase's last word
        nouns += [k for k in range(len(ctx.toks)) if k not in nouns
                  and (set(_noun_forms(ctx.norms[k])) & T.ATTACK_NOUNS
                       or _bare(ctx.norms[k]).removeprefix("ال") in _FIGHT_NOUNS or k in weapons)]
    taken = {(r["span"]["start"], r["span"]["end"]) for r in recipient}
    for p in nouns:
        found = [r for r in _noun_agents(ctx, p, cat) if (r["span"]["start"], r["span"]["end"]) not in taken]
        if found:
            return found, _without(recipient, found)
    return [], recipient


#: Words of a result (مما أسفر عن، ما أدى إلى، مما أوقع): what follows was caused by the clause before them.
_RESULT_VERBS = frozenset({"اسفر", "اسفرت", "ادي", "ادت", "اوقع", "اوقعت", "خلف", "خلفت"})


def _armed_participant(ctx: _Ctx, s: int, rec: dict[str, Any]) -> bool:
    """Whether the participant ``rec`` at word ``s`` is an armed force or group (sector MIL, REB or COP, or a nation's
    force: الطيران التركي)."""
    return rec.get("sector") in ("MIL", "REB", "COP") or _armed_agent(ctx, s) is not None


def _cause_subject(ctx: _Ctx, heads: list[int]) -> dict[str, Any] | None:
    """Who caused the casualties an attack word after a result phrase counts (أطلقت الشرطة طلقات لتفريق مثيري الشغب،
    مما أسفر عن مقتل شخص؛ الجيش استهدف مقراً ...، مما أسفر عن مقتل 20): the armed subject of the clause before
    ما / مما -- right after the verb opening that clause, or right before its verb."""
    for i in heads:
        k = next((k for k in range(i - 1, max(-1, i - 4), -1) if ctx.norms[k] in ("ما", "مما")
                  and k + 1 < i and _bare(ctx.norms[k + 1]) in _RESULT_VERBS), None)
        if k is None:
            continue
        for s, e, rec, role in _participants(ctx):
            if e > k or role != "any" or not _armed_participant(ctx, s, rec):
                continue
            if any(_STOP_QUOTE_RE.search(ctx.gap(m)) for m in range(s + 1, e)):
                continue
            verb_first = s > 0 and _clause_verb(ctx, s - 1) and _verb_like(_bare(ctx.norms[s - 1])) \
                and not ctx.norms[s - 1].startswith(("ال", "وال", "بال", "لل")) and not ctx.gap(s).strip()
            subject_first = e < k and _verb_like(_bare(ctx.norms[e])) and not ctx.gap(e).strip() \
                and not ctx.norms[e].startswith(("ال", "وال", "بال", "لل", "ب", "ل", "في")) and len(_bare(ctx.norms[e])) >= 4 \
                and (s == 0 or _clause_verb(ctx, s) or ctx.norms[s - 1] in ("ان", "انه"))
            if verb_first or subject_first:
                return rec
    return None


#: Categories whose verb takes the other party as its object (طالب X، اتهم X، اعتقل X، التقى X، هدد X، ناشد X).
_OBJECT_CATS = frozenset({"REQUEST", "ACCUSE", "COERCE", "CONSULT", "THREATEN", "SUPPORT", "REJECT", "SANCTION"})
#: The verb طلب (to ask), whose other party follows من (طلب حزب الله من الحرس الثوري زيادة عديد الخبراء).
_ASK_FROM = frozenset({"طلب", "طلبت", "طلبوا", "يطلب", "تطلب", "ستطلب", "سيطلب", "يطلبون", "نطلب", "اطلب"})
#: Categories whose other party follows مع (اتفقت مع إيران، أبرمت اتفاقا مع إيران، بحث مع المسؤولين).
_WITH_CATS = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Adverbs that may stand between a verb (or its subject) and its object (رسميا، مجددا، بشدة).
_OBJECT_SKIPS = frozenset({"رسميا", "مجددا", "بشده", "ايضا", "كذلك", "مؤخرا", "حاليا", "فعلا", "اليوم", "امس", "الاثنين",
                           "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "صباح", "مساء", "الليله", "فجر"})


def _object_recipient(ctx: _Ctx, i: int, cat: str, actor: list[dict]) -> dict[str, Any] | None:
    """The other party of the verb at word ``i`` when no recipient was found: its object, right after it (داعيا
    البرلمان، نطالب المجتمع الدولي، حث اعضاء الكونغرس) or after its subject (طالب رئيس مجلس النواب سليم الجبوري
    الاثنين رئيس الوزراء حيدر العبادي، اعتقلت قوات الاحتلال ستة فلسطينيين), or the party after مع for an agreement or
    a meeting (اتفقت مع إيران، أبرمت واشنطن اتفاقا مع إيران). Not a verbal noun's genitive (its actor or its object
    are told otherwise), nor an event noun, nor a place."""
    n = len(ctx.toks)
    norm = ctx.norms[i]
    bare = _bare(norm)
    if cat in _WITH_CATS:
        for k in range(i + 1, min(n, i + 7)):
            if _BREAK_RE.search(ctx.gap(k)):
                break
            if ctx.norms[k] == "مع":
                got = _phrase_at(ctx, k + 1)
                return got[1] if got else None
        return None
    if cat == "COERCE" and _takes_object(ctx, i, cat) and not bare.endswith("وا"):
        # اعتقال عدد من المعلمين، لاعتقال الهاربين: the arrest's genitive is who is arrested, named or not
        got = _phrase_at(ctx, i + 1)
        if got is None or any(p["start"] <= got[1]["span"]["start"] < p["end"] for p in ctx.places):
            return None
        return got[1] if _without([got[1]], actor) else None
    if cat not in _OBJECT_CATS or norm.startswith(("ال", "بال", "لل", "وال")) or norm[:1] in "بل" \
            or not (_verb_like(bare) or bare.endswith("ا") and len(bare) >= 4):
        return None  # a noun (الاعتقال، باعتقال): its genitive is told by the argument rules
    j = i + 1
    after = [a for a in actor if a["span"]["start"] >= ctx.toks[i].end]
    marked = not after
    if after:  # verb, subject, object -- where a time or a count tells where the subject ends
        end = max(a["span"]["end"] for a in after)
        j = next((k for k in range(i + 1, n) if ctx.toks[k].start >= end), n)
        if j > i + 12:
            return None
        name = next((x for x in ctx.ents if x.get("label") == "PER" and j < n and x["start"] == ctx.toks[j].start), None)
        named = any(x.get("label") == "PER" and x["start"] < a["span"]["end"] and a["span"]["start"] < x["end"]
                    for x in ctx.ents for a in after)
        if name is not None and not named and not _BREAK_RE.search(ctx.gap(j)):
            # حذر الرئيس الاميركي باراك اوباما أمس كير ومشار: the name after the subject's title, then the object
            j = next((k for k in range(j, n) if ctx.toks[k].start >= name["end"]), n)
    while j < n and ctx.norms[j] in _OBJECT_SKIPS and not _BREAK_RE.search(ctx.gap(j)):
        j += 1
        marked = True
    if not marked and not (j < n and (ctx.norms[j].isdigit() or _bare(ctx.norms[j]) in T.NUMBER_WORDS)):
        # an accusation's or a request's object is told by what it is accused of or asked to do right after it
        # (اتهم الانفصاليون الجيش الأوكراني بتكثيف هجومه، دعا دبلوماسيون الصين إلى معالجة، اتهم ممثلو ادعاء رجلا أمس
        # بالتآمر): the subject ended before it
        if cat not in ("ACCUSE", "REQUEST"):
            # a party of its own right after the subject (هددت السلطات الإيرانية عائلة يوسف يعقوب، اعتقلت الشرطة
            # رجلين): an entity, an agent or persons, not a plain noun (the subject's genitive or adjective)
            if not any(c[0] == j and c[3] in ("any", "person") for c in _participants(ctx)):
                return None
        got = _phrase_at(ctx, j) if cat in ("ACCUSE", "REQUEST") and j < n else None
        k = got[0] if got else n
        titled = False  # the object is a title and its person's name (رئيس الوزراء الإسرائيلي بنيامين نتنياهو)
        while k < n and not _BREAK_RE.search(ctx.gap(k)):
            if ctx.norms[k] in _OBJECT_SKIPS or _gentilic(ctx.norms[k]):
                k += 1  # أمس; رئيس الوزراء الإسرائيلي
                continue
            name = next((x for x in ctx.ents if x.get("label") == "PER" and x["start"] == ctx.toks[k].start), None)
            if name is None:
                break
            k = next((m for m in range(k, n) if ctx.toks[m].start >= name["end"]), n)  # the title's name
            titled = True
        nxt = ctx.norms[k] if got and k < n and not _BREAK_RE.search(ctx.gap(k)) else ""
        if cat in ("ACCUSE", "REQUEST") and not (
                nxt[:1] == "ب" and not nxt.startswith(("بين", "بعد")) or nxt in ("الي", "علي")
                or titled and not nxt  # انتقد الرئيس الأمريكي باراك أوباما رئيس الوزراء الإسرائيلي بنيامين نتنياهو، بقوله
                or cat == "ACCUSE" and nxt in ("المسؤوليه", "مسؤوليه")):  # حمل الطلاب ميليشيا الحوثي المسؤولية
            return None  # (حث اعضاء الكونغرس الاميركي: an adjective of the subject, or the subject's own genitive)
        if any(e.get("label") == "PER" and e["start"] == ctx.toks[j].start for e in ctx.ents):
            return None  # ندد الرئيس التركي رجب طيب إردوغان بالهجوم: the subject's name after its title
    if j >= n or _BREAK_QUOTE_RE.search(ctx.gap(j)):
        return None
    w = ctx.norms[j]
    if w == "من" and cat == "REQUEST" and (bare in _ASK_FROM or bare[:1] in "وف" and bare[1:] in _ASK_FROM):
        got = _phrase_at(ctx, j + 1)  # طلب حزب الله من الحرس الثوري، ستطلب من الولايات المتحدة: who is asked
        return got[1] if got and _without([got[1]], actor) else None
    named = any(c[0] == j and c[3] == "any" and c[2].get("name") for c in _participants(ctx))
    if not named and (w in _TRIGGER_SET or _verbal_noun(_bare(w).removeprefix("ال"))
                      and _bare(w).removeprefix("ال") not in _PERSON_HEADS):
        return None  # طالب بالإفراج، أدان الهجوم: what is asked or condemned, no party (ميليشيا الحوثي is one)
    if any(p["start"] <= ctx.toks[j].start < p["end"] and p.get("kind") != "country" for p in ctx.places):
        return None
    got = _phrase_at(ctx, j)
    if got is None:
        return None
    rec = got[1]
    if any(rec["span"]["start"] < a["span"]["end"] and a["span"]["start"] < rec["span"]["end"] for a in actor):
        return None
    k = got[0]
    while k < n and _gentilic(ctx.norms[k]) and not _BREAK_RE.search(ctx.gap(k)):
        k += 1
    if k < n and not _BREAK_RE.search(ctx.gap(k)):
        # a title and its person's name (رئيس الوزراء الإسرائيلي بنيامين نتنياهو): the person, by name
        person = next((c[2] for c in _participants(ctx) if c[0] == k and c[3] == "any" and any(
            x.get("label") == "PER" and x["start"] == c[2]["span"]["start"] for x in ctx.ents)), None)
        if person is not None:
            return person
    return rec


def _phrase_at(ctx: _Ctx, j: int) -> tuple[int, dict[str, Any]] | None:
    """The participant starting at word ``j``, or a plain noun phrase there (with a title's name: the claims layer's
    speaker phrase up to its last name); ``(end word, record)`` or ``None`` before a preposition, number or verb."""
    if j >= len(ctx.toks) or (j and _BREAK_RE.search(ctx.gap(j))):
        return None
    counted = _skip_counts(ctx, j)  # نحو 300 من مقاتلي «ولاية سيناء»: the counted group, from the count on
    if counted > j and counted < len(ctx.toks) and not _BREAK_RE.search(ctx.gap(counted)):
        got = _phrase_at(ctx, counted)
        if got is None:
            return None
        end, rec = got
        start = ctx.toks[j].start
        rec = dict(rec, span={"start": start, "end": rec["span"]["end"], "text": ctx.text[start:rec["span"]["end"]]})
        return end, rec
    part = next((c for c in _participants(ctx) if c[0] == j), None)
    if part is not None:
        return (part[1], part[2]) if part[3] != "weapon" else None
    n = ctx.norms[j]
    b = _bare(n)
    if (n in T.PHRASE_STOPS or b in T.PHRASE_STOPS or n.isdigit() or n in _TRIGGER_SET or len(b) < 3
            or b in T.SUBJECT_AFTER_STOPS and b not in T.QUANTITY_HEADS or n[:1] in "بلك" and not n.startswith("ال")):
        return None
    k = j + 2 if b in T.QUANTITY_HEADS and j + 2 < len(ctx.toks) and ctx.norms[j + 1] == "من" else j
    e, owner = _phrase_end(ctx, k, len(ctx.toks), {})
    if n in _R.SPEAKER_TITLES or b in _R.SPEAKER_TITLES:
        name_end = _title_name_end(ctx, j, e)
        if name_end is not None:
            e, owner = name_end, None
    return e, _phrase_record(ctx, j, e, owner, normalize(ctx.text[ctx.toks[j].start:ctx.toks[e - 1].end]), None)


#: Light verbs whose object is an event noun (شن هجوما، نفذت غارات، ارتكب مجزرة، أطلق صواريخ), normalized.
_LIGHT_BEFORE = frozenset({"شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "ارتكب",
                           "ارتكبت", "ارتكبوا", "اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "وجه", "وجهت", "وجهوا",
                           "عقد", "عقدت", "عقدوا", "اجري", "اجرت", "اجروا", "كثف", "كثفت", "كثفوا", "بدا", "بدات", "بداوا",
                           "واصل", "واصلت", "واصلوا", "نصب", "نصبت", "نصبوا", "قام", "قامت", "قاموا", "يقوم", "تقوم",
                           "يقومون"})


#: Counts between a light verb's subject and its event noun (شنت القاعدة العديد من الهجمات، عدة غارات، سلسلة من).
_NOUN_COUNTS = frozenset({"العديد", "عدد", "عدة", "عده", "من", "سلسله", "موجه", "عشرات", "مئات", "سلسلة"})


def _announced_doer(ctx: _Ctx, i: int, cat: str) -> dict[str, Any] | None:
    """The authority that announces its own arrest, seizure or sanction by the verbal noun right after its name
    (أعلن مكتب النائب العام المكسيكي اعتقال 7 مسؤولين، أعلنت الشرطة ضبط): the subject of the reporting verb before it."""
    if cat not in ("COERCE", "SANCTION") or i < 2:
        return None
    for v in range(i - 2, max(-1, i - 10), -1):
        if _BREAK_QUOTE_RE.search(ctx.gap(v + 1)):
            return None
        if _bare(ctx.norms[v]) in ("اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"):
            end = i
            while end > v + 1 and ctx.norms[end - 1] in T.REPORT_TIME:
                end -= 1
            words = ctx.norms[v + 1:end]
            if not words or len(words) > 6 or any(
                    w in T.PHRASE_STOPS or w in _TRIGGER_SET or w.isdigit() or _SPEECH_RE.fullmatch(w) for w in words):
                return None
            return _phrase_record(ctx, v + 1, end, None, normalize(ctx.text[ctx.toks[v + 1].start:ctx.toks[end - 1].end]),
                                  None)
    return None


def _light_verb_subject(ctx: _Ctx, p: int) -> dict[str, Any] | None:
    """The subject between a light verb and the event noun at word ``p`` that is its object (شنت الجبهة الجنوبية
    هجوما، نفذ طيران التحالف غارات، أجرى الوزير محادثات): a participant or a noun phrase right after the verb opening
    its clause, ending right before the noun (a time word or قد may stand between)."""
    for v in range(p - 1, max(-1, p - 9), -1):
        if _BREAK_QUOTE_RE.search(ctx.gap(v + 1)):
            return None
        if _bare(ctx.norms[v]) in _LIGHT_BEFORE or ctx.norms[v] in _LIGHT_BEFORE:
            if "قام" in ctx.norms[v] or "قوم" in ctx.norms[v]:
                if not ctx.norms[p].startswith("ب"):
                    return None  # قام الشبان برشق الحجارة: قام takes its event with بـ
            if v + 1 < p and _clause_verb(ctx, v):
                got = _phrase_at(ctx, v + 1)
                if got is not None:
                    end = got[0]
                    while end < p and (ctx.norms[end] in T.REPORT_TIME or ctx.norms[end] in _NOUN_COUNTS):
                        end += 1  # شنّت منظمة القاعدة العديد من الهجمات
                    if end == p:
                        return got[1]
            return _subject_before_light_verb(ctx, v, p)
    return None


#: Words that may stand between a light verb and its event noun when the subject came first (شن ليل الثلاثاء سلسلة
#: جديدة من الغارات): times, counts and the series they open.
_LIGHT_FILLERS = T.REPORT_TIME | _NOUN_COUNTS | frozenset({"جديده", "اخري", "الاربعاء", "الخميس", "السبت", "الاحد"})


def _subject_before_light_verb(ctx: _Ctx, v: int, p: int) -> dict[str, Any] | None:
    """The subject right before a light verb whose object is the event noun at word ``p``, nothing but times and
    counts between them (أن الطيران الحربي شن ليل الثلاثاء سلسلة جديدة من الغارات، الجيش نفذ غارات): an armed
    participant ending at the verb, in its clause, and no victim."""
    if any(_bare(ctx.norms[k]) not in _LIGHT_FILLERS and ctx.norms[k] not in _LIGHT_FILLERS for k in range(v + 1, p)) \
            or any(_BREAK_QUOTE_RE.search(ctx.gap(k)) for k in range(v, p + 1)):
        return None
    part = next((c for c in _participants(ctx) if c[1] == v and c[3] == "any"), None)
    if part is None or ctx.gap(v).strip() or not _armed_participant(ctx, part[0], part[2]):
        return None
    return part[2]


def _noun_agents(ctx: _Ctx, p: int, cat: str) -> list[dict[str, Any]]:
    """Who does what the event noun at word ``p`` names, told after it: the subject of a light verb taking it up
    (هجوم شنه مسلحون، غارات جوية نفذها الطيران، الحصار الذي فرضه الحوثي، لقاء عقده زعيم التمرد), the two sides after
    بين (مواجهات بين شبان فلسطينيين وقوات الجيش، الاتفاق المبرم بين X وY), an agent marker (على يد، من قبل، من طرف),
    the other side of a fight (اشتباكات مع تنظيم داعش) and an armed source (غارة من طائرات حربية، هجوم للجان المقاومة،
    كمينا لداعش). Up to two modifiers, a relative pronoun and a time may stand between the noun and the marker."""
    norms, n = ctx.norms, len(ctx.toks)
    head = _bare(norms[p])
    head = head[2:] if head.startswith("ال") else head
    before = _light_verb_subject(ctx, p)
    if before is not None:
        return [before]
    j = p + 1
    for _ in range(4):  # غارات جوية، هجوم مباغت الليلة، الاتفاق المرحلي الذي، عملية أمنية
        if j >= n or _BREAK_QUOTE_RE.search(ctx.gap(j)):
            return []
        w = norms[j]
        if w in _RELATIVES or w in T.REPORT_TIME or w == "قد" or (
                w not in T.PHRASE_STOPS and w not in _TRIGGER_SET and not w.startswith(("ب", "ل", "و", "ف"))
                and (w.startswith("ال") or w.endswith(("ه", "ي", "يه", "ين", "يون", "يات")))
                and _bare(w) not in _DONE_BY_ANY and j not in {c[0] for c in _participants(ctx)}):
            j += 1
            continue
        break
    if j >= n or _BREAK_RE.search(ctx.gap(j)):
        return []
    w = _bare(norms[j])
    out: list[dict[str, Any]] = []
    if w in _DONE_BY_ANY or (w in ("قام", "قامت") and j + 1 < n and norms[j + 1] in ("به", "بها")):
        at = j + (2 if w in ("قام", "قامت") else 1)
        if at < n and norms[at] in _PRONOUN_OBJECTS and not ctx.gap(at).strip():
            at += 1  # هجوم شنه عليه مسلحون مجهولون
        got = _phrase_at(ctx, at)
        return [got[1]] if got else []
    if j + 1 < n and (norms[j], norms[j + 1]) in _AGENT_PAIRS:
        got = _phrase_at(ctx, j + 2)
        return [got[1]] if got else []
    if norms[j] == "بين":
        got = _phrase_at(ctx, j + 1)
        if got is None:
            return []
        out.append(got[1])
        e = got[0]
        for k in range(e, min(n, e + 8)):  # the second side, after و (من جهة ... ومن جهة أخرى)
            if _BREAK_RE.search(ctx.gap(k)):
                break
            if norms[k][:1] == "و" and k > e - 1:
                second = next((c for c in _participants(ctx) if c[0] == k and c[3] != "weapon"), None)
                if second is None and norms[k].startswith("وال"):
                    e2, owner = _phrase_end(ctx, k, n, {})
                    second = (k, e2, _phrase_record(ctx, k, e2, owner, normalize(
                        ctx.text[ctx.toks[k].start + 1:ctx.toks[e2 - 1].end]), None), "any")
                    second[2]["span"] = {"start": ctx.toks[k].start + 1, "end": ctx.toks[e2 - 1].end,
                                         "text": ctx.text[ctx.toks[k].start + 1:ctx.toks[e2 - 1].end]}
                if second is not None:
                    out.append(second[2])
                break
        return out
    if cat == "ASSAULT" and norms[j] == "مع" and head in _FIGHT_NOUNS:
        got = _phrase_at(ctx, j + 1)
        return [got[1]] if got else []
    if cat == "ASSAULT" and norms[j] in ("من", "ل") or cat == "ASSAULT" and norms[j][:1] == "ل" and \
            not norms[j].startswith("ال"):
        at = j + 1 if norms[j] in ("من", "ل") else j
        part = next((c for c in _participants(ctx) if c[0] == at and c[3] == "any"), None)
        if part is not None and (part[2]["sector"] in ("REB", "MIL", "COP") or _armed_agent(ctx, part[0])
                                 or not T.STRIKING_FORCES.isdisjoint(_noun_forms(_bare(norms[at]).lstrip("ل")))):
            return [part[2]]
    if cat in ("REQUEST", "THREATEN") and norms[j] == "من" and (
            not _verb_like(_bare(norms[p])) or p and norms[p - 1] in ("علي", "عن", "بعد", "اثر", "في")):
        # بناء على طلب من الرئيس، تهديدات بالقتل من بعض المتشددين (but طلب من بارزاني: the verb's addressee)
        got = _phrase_at(ctx, j + 1)
        return [got[1]] if got else []
    return []


def _appositive(ctx: _Ctx, prev: dict[str, Any], prev_end: int, s: int) -> bool:
    """Whether the participant starting at word ``s`` names the one-word title ``prev`` ending at word
    ``prev_end``: a person's name up to four title words later, with no punctuation between (الأمير محمد بن
    سلمان، نائب خادم الحرمين الشريفين الأمير محمد بن نايف) or a title after honorifics only, not a second
    party (استقبل الأمير السفير)."""
    if " " in prev["span"]["text"].strip() or not 0 <= s - prev_end <= 8:
        return False
    if any(p.strip() for p in (ctx.gap(k) for k in range(prev_end, s + 1))):
        return False
    between = ctx.norms[prev_end:s]
    if any(n in _CONSULT_MARKERS for n in between):
        return False
    if all(n in T.HONORIFICS for n in between):
        return True  # نائب خادم الحرمين الشريفين الأمير: titles of one person
    start = ctx.toks[s].start
    return len(between) <= 4 and any(ent.get("label") == "PER" and ent["start"] == start for ent in ctx.ents)


def _consult_arguments(ctx: _Ctx, i: int, a: int, cands: list[tuple]) -> tuple[list[dict], list[dict]]:
    """Host and guest, visitor and visited, caller and called of a CONSULT trigger at word ``i``.

    The first participant right after a verb (استقبل الأمير، التقى الوزيران) or a verbal noun (زيارة الأمير،
    اتصال الرئيس) is the actor -- the subject of a verb-first clause or the noun's genitive --; one behind a
    marker (مع، إلى، بـ، لـ) or after the actor is the recipient (استقبل الأمير السفيرَ، زيارته لفرنسا). With no
    actor after the trigger, the subject before it in its clause is the actor (أجرى الأمير مباحثات مع الملك),
    unless a reporting verb stands between them (قال الوزير إن الزيارة ...: the speaker is no party).
    """
    norms = ctx.norms
    people = [c for c in cands if c[3] in ("any", "person")]
    noun = bool(_CONSULT_NOUN.match(ctx.toks[i].stem)) or bool(_CONSULT_NOUN.match(_bare(norms[i])))
    own_suffix = noun and ctx.toks[i].stem.endswith(("ته", "تها", "تهم", "اته"))  # زيارته: the visitor is a pronoun
    visit = "زار" in norms[i] or "زيار" in norms[i] or _bare(norms[i]).startswith(("يزور", "تزور", "نزور"))
    actor: list[dict] = []
    recipient: list[dict] = []
    last: tuple[list[dict], int, int] | None = None  # (its list, its index there, its end word)
    for s, e, rec, role in people:
        if s <= i:
            continue
        gap = norms[i + 1:s]
        if any(_SPEECH_RE.fullmatch(n) for n in gap):
            break
        if last is not None and _appositive(ctx, last[0][last[1]], last[2], s):
            into, k, _ = last
            into[k] = rec
            last = (into, k, e)
            continue
        if last is not None and s == last[2]:
            last = (last[0], last[1], e)
            continue  # a second title of the same party
        first = norms[s]
        marked = (norms[s - 1] in _CONSULT_MARKERS or
                  (first[:1] in "بل" and not first.startswith("ال")) or first.startswith("مع"))
        if visit and not actor and not marked and any(p["start"] < rec["span"]["end"] and rec["span"]["start"] < p["end"]
                                                      for p in ctx.places):
            continue  # زار القاهرة، يعتزم زيارة إيران: the place visited (the event's location), not a visitor (but
            # زيارة رسمية إلى المملكة الأردنية: the host country, a recipient)
        if marked or actor or own_suffix or role == "person" or s - i > 3:
            if len(recipient) < MAX_RECIPIENTS and (marked or actor or own_suffix) and s - i <= ARGUMENT_WINDOW:
                recipient.append(rec)
                last = (recipient, len(recipient) - 1, e)
        else:
            actor.append(rec)
            last = (actor, 0, e)
    if not actor and not own_suffix:
        # أجرى الأمير ... مباحثات مع الملك: the subject of the light verb, however long its titles
        light = next((j for j in range(i - 1, -1, -1) if _forms(norms[j:j + 1]) & T.LIGHT_VERBS), None)
        if light is not None and not any(_SPEECH_RE.fullmatch(n) for n in norms[light + 1:i]):
            parts = [c for c in _participants(ctx) if light < c[0] < i and c[3] == "any"]
            if parts:
                rec, end = parts[0][2], parts[0][1]
                for c in parts[1:]:
                    if not _appositive(ctx, rec, end, c[0]):
                        break
                    rec, end = c[2], c[1]
                actor.append(rec)
    if not actor and not own_suffix:
        before = [c for c in people if c[1] <= i and c[0] >= a and c[3] == "any"
                  and not (norms[c[0]][:1] in "بل" and not norms[c[0]].startswith("ال"))
                  and not any(_SPEECH_RE.fullmatch(n) for n in norms[c[1]:i])]
        if before:
            actor.append(before[-1][2])
    return actor, recipient


def _weapon_actor(ctx: _Ctx, heads: list[int]) -> dict[str, Any] | None:
    """The weapon nearest to the event's trigger words (:func:`_participants`), as the actor of an attack
    whose human agent is not named (سيارة مفخخة انفجرت، قتلوا جراء سقوط قذائف هاون)."""
    weapons = [p for p in _participants(ctx) if p[3] == "weapon"]
    if not weapons:
        return None
    return min(weapons, key=lambda p: min(abs(p[0] - h) for h in heads))[2]


#: How wide a kind of place is: of the places around an event, the narrowest is its location (a city, then a country,
#: then a continent: «صندوق أفريقيا 50» بالحي المالي للدار البيضاء is in Casablanca).
_PLACE_RANK = {"country": 1, "continent": 2}


def _location(ctx: _Ctx, i: int, cat: str, actor_spans: set[tuple[int, int]]) -> dict[str, Any] | None:
    best, best_key = None, None
    tstart = ctx.toks[i].start
    for p in ctx.places:
        if p.get("unresolved") or p.get("lat") is None:
            continue
        if (p["start"], p["end"]) in actor_spans:
            continue
        before_word = normalize(ctx.text[max(ctx.start, p["start"] - 6):p["start"]]).split()
        marked = bool(before_word) and before_word[-1] in T.LOCATION_MARKERS or \
            normalize(p["text"])[:1] in "ب" or normalize(p["text"]).startswith(("في", "الي"))
        dest = bool(before_word) and before_word[-1] == "الي"
        after = p["start"] > tstart
        key = (
            0 if (cat == "MOBILIZE" and dest) else 1,
            _PLACE_RANK.get(p.get("kind"), 0),  # a city beats the country it is in, a country its continent
            0 if after else 1,
            0 if marked else 1,
            abs(p["start"] - tstart),
        )
        if best_key is None or key < best_key:
            best, best_key = p, key
    if best is None:
        return None
    return {k: best.get(k) for k in ("start", "end", "text", "name", "country", "admin1", "kind", "lat", "lon",
                                      "geonameid")}


def _date(ctx: _Ctx, published: str | None) -> tuple[str | None, str]:
    sent = ctx.text[ctx.start:ctx.end]
    base = None
    if published:
        try:
            base = _dt.date.fromisoformat(published[:10])
        except ValueError:
            base = None
    for m in _EXPLICIT_DATE_RE.finditer(sent):
        d = parse_date(m.group(), default_year=base.year if base else None)
        if d:
            if base and d > base.isoformat():  # "15 مارس" after the article date: the previous year
                try:
                    d = _dt.date.fromisoformat(d).replace(year=base.year - 1).isoformat()
                except ValueError:
                    pass
            return d, "explicit"
    if base:
        norms = ctx.norms
        # the first weekday (with or without و), then the first أمس, each found in C
        k = next(compress(count(), map(_WEEKDAY_FORMS.__contains__, norms)), None)
        if k is not None:
            wd = _WEEKDAY_FORMS[norms[k]]
            back = (base.weekday() - wd) % 7
            nxt = norms[k + 1] if k + 1 < len(norms) else ""
            if nxt == "المقبل" or nxt == "القادم":
                return (base + _dt.timedelta(days=(wd - base.weekday()) % 7 or 7)).isoformat(), "weekday"
            if nxt == "الماضي" and back == 0:
                back = 7
            return (base - _dt.timedelta(days=back)).isoformat(), "weekday"
        k = next(compress(count(), map(_YESTERDAY.__contains__, norms)), None)
        if k is not None:
            return (base - _dt.timedelta(days=2 if k and norms[k - 1] == "اول" else 1)).isoformat(), "relative"
        return base.isoformat(), "article"
    return None, "unknown"


#: Weekday names with and without a leading و, with their weekday (the name itself when it starts with و).
_WEEKDAY_FORMS = {**{"و" + w: wd for w, wd in T.WEEKDAYS.items()}, **T.WEEKDAYS}
_YESTERDAY = frozenset({"امس", "وامس"})


def _flags(ctx: _Ctx, i: int, historical_from: int | None, year: int | None) -> tuple[bool, bool, bool]:
    norms = ctx.norms
    a, _ = _clause_bounds(ctx, i)
    prev = norms[max(0, i - 2):i]
    negated = any(n in T.NEGATIONS for n in prev)
    tok = ctx.toks[i]
    future = tok.norm.startswith(("سي", "ست", "سن")) and tok.norm[2:] and _trigger_of(tok.norm[1:]) is not None
    window = norms[max(a, i - 6):i]
    if window and _bare(window[-1]) in ("محاوله", "محاولات") and _word_trigger(tok) and _word_trigger(tok)[0] == "ASSAULT":
        window = window[:-1]  # محاولة اغتيال: an attempted attack is an attack (PLOVER codes it)
    hypothetical = future or any(n in T.HYPOTHETICAL or (n[:1] in "وف" and n[1:] in T.HYPOTHETICAL) for n in window) \
        or ("حال" in window and any(_in_case(window, k) for k in range(len(window))))
    historical = historical_from is not None and i > historical_from
    if not historical and year:
        _, c1 = _clause_bounds(ctx, i)
        # a year long gone near the trigger, or later in its clause (اغتيل رابين في الرابع من تشرين الثاني/نوفمبر 1995)
        for n in filter(str.isdigit, norms[max(0, i - 8):max(i + 8, c1)]):
            if len(n) == 4 and 1900 < int(n) < year - 1:
                historical = True
                break
    return negated, bool(hypothetical), historical


def _in_case(norms: list[str], k: int) -> bool:
    """Whether word ``k`` is the حال of في حال / وفي حال "in case (of)": a condition."""
    return norms[k] == "حال" and k > 0 and norms[k - 1] in ("في", "وفي")


def _appeal_or_condition(ctx: _Ctx, i: int) -> bool:
    """Whether the hypothetical marker nearest before trigger ``i`` in its clause is an appeal, a condition or a
    mere possibility (:data:`T.APPEALS_AND_CONDITIONS`: يجب، ينبغي، بضرورة، إذا، لو، احتمال، ربما): no event is told.
    Over the 39 news event sets, 3 of the 29 events these markers flagged had a coded event of their type in their
    sentence; the other markers (a plan, a will, a future: يعتزم، سوف، سيتم) keep their events, flagged."""
    a, _ = _clause_bounds(ctx, i)
    for k in range(i - 1, max(a, i - 6) - 1, -1):
        n = ctx.norms[k]
        if _in_case(ctx.norms, k):
            return True  # في حال رفض الكونغرس الاتفاق: a condition
        w = n if n in T.HYPOTHETICAL else n[1:] if n[:1] in "وف" and n[1:] in T.HYPOTHETICAL else None
        if w is not None:
            return w in T.APPEALS_AND_CONDITIONS and not (w == "اذا" and k and ctx.norms[k - 1] in ("ما", "عما", "فيما"))
            # (ما إذا، عما إذا "whether": what is asked about may have happened)
    return False


def _historical_start(ctx: _Ctx) -> int | None:
    joined = " ".join(ctx.norms)
    for phrase in T.HISTORICAL:
        pos = joined.find(phrase)
        if pos != -1 and (pos == 0 or joined[pos - 1] == " " or joined[pos - 1] in "وف"):
            return joined[:pos].count(" ")
    return None


def event_sentences(text: str, entities: list[dict] | None = None,
                    places: list[dict] | None = None) -> list[tuple[_Ctx, list[tuple[int, str, list[str]]]]]:
    """The sentences of ``text`` that have event triggers, with their merged triggers (rules only).

    Shared by :func:`find_events` and the report-filter training script, so both see the same candidates.
    """
    entities, places = entities or [], places or []
    out: list[tuple[_Ctx, list[tuple[int, str, list[str]]]]] = []
    doc = document(text)  # shared with the claims layer (cached)
    present = _trigger_words(doc.norms)
    if not present:
        return out
    in_entities, in_places = _starting_in(entities), _starting_in(places)
    for i in doc.with_words(present):  # only sentences with a trigger word are tokenized
        a, b = doc.sents[i]
        toks = doc.tokens(i)
        ctx = _Ctx(text, toks, a, b, in_entities(a, b), in_places(a, b), present)
        triggers = _merge(_find_triggers(ctx), ctx.absorbed)
        if triggers:
            out.append((ctx, triggers))
    return out


def _starting_in(spans: list[dict]) -> Callable[[int, int], list[dict]]:
    """A function giving the spans of ``spans`` (dicts with a ``start``) that start in ``[a, b)``, in their order: by
    bisection when they are in text order (as the layers write them), else by a scan."""
    starts = [s["start"] for s in spans]
    if all(map(operator.le, starts, starts[1:])):
        return lambda a, b: spans[bisect_left(starts, a):bisect_left(starts, b)]
    return lambda a, b: [s for s in spans if a <= s["start"] < b]


def sentence_flags(ctx: _Ctx, triggers: list[tuple[int, str, list[str]]],
                   published: str | None) -> list[tuple[bool, bool, bool]]:
    """``(negated, hypothetical, historical)`` of each trigger of :func:`event_sentences`."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    hist = _historical_start(ctx)
    return [_flags(ctx, i, hist, year) for i, _, _ in triggers]


def find_events(text: str, entities: list[dict] | None = None, places: list[dict] | None = None,
                published: str | None = None, strict_only: bool = False, genre: str | None = None
                ) -> list[dict[str, Any]]:
    """Code the events of ``text`` in PLOVER.

    ASSAULT and PROTEST triggers fire on every mention of violence or protest (trials, condemnations,
    commentary), so their events are kept only when the sentence *reports* one: plain events (not
    negated, hypothetical or historical) must pass the report filter (:func:`filter_features`, weights
    in ``rasd/models/events/filter.json``); flagged ones, which the filter was not trained to judge
    (the OEDA "yes" is a reported event that happened, and a past event recalled in commentary -- the
    seed article's coalition strikes -- is still worth its flagged record), keep the rule of
    :func:`_reported`, as do all events when the model file is absent.

    The filter has two operating points. An event is kept at the lower one, the ``report`` threshold
    chosen on the news event sets (an analyst codes the bombing a source tells of, which one OEDA annotator
    of three refused); ``strict`` says whether it also passes the OEDA threshold, which sentence detection
    is scored at (an event every annotator of a panel would accept). Events of the other categories, and
    flagged ones, are ``strict``.

    In a sports article (:func:`_sports_article`), the club business categories (:data:`CLUB_BUSINESS`: a transfer
    agreed, a renewal refused, talks with a club) and ground "taken" (a title regained) are dropped: no political event
    reads that way there.

    In an opinion piece (``genre`` "opinion", the ``genre`` layer), the stances (:data:`OPINION_STANCES`: who rejects,
    accuses, demands, threatens or backs what) are dropped: there they are mostly the writer's own view or a reading of
    a party's position (العقلية العربية ترفض العدالة، الدول التي رفضت الهيمنة الأمريكية), which the annotation codes
    as no event (the column rule: facts coded, views not).

    Args:
        text: The article text.
        entities: The ``entities`` layer (spans with ``label`` and ``canonical``), or ``None``.
        places: The ``places`` layer, or ``None``.
        published: The article date ``YYYY-MM-DD``, against which relative dates are resolved.
        strict_only: Keep only the ``strict`` events (sentence detection, :mod:`rasd.analyze.evaluate`).
        genre: The article's ``genre`` layer ("news", "opinion" or ``None``).

    Returns:
        Events as described in the module docstring, in text order.
    """
    out: list[dict[str, Any]] = []
    for ctx, triggers in event_sentences(text, entities, places):
        a, b = ctx.start, ctx.end
        if _related_link(ctx):
            continue
        flags = sentence_flags(ctx, triggers, published)
        date = date_source = None  # resolved once, for the first event kept
        # one event per category and auxiliary modes: the mentions of one event (غارات ... تلك الغارات ...
        # بالغارات; انفجار ... أسفر عن مقتل) are one record whose participants are the union of theirs
        groups: dict[tuple[str, bool, bool, bool], list[int]] = {}
        for k, ((_, cat, _), fl) in enumerate(zip(triggers, flags)):
            groups.setdefault((cat, *fl), []).append(k)
        verdict: dict[str, tuple[bool, bool] | None] = {}
        for (cat, negated, hypothetical, historical), ks in groups.items():
            if hypothetical and all(_appeal_or_condition(ctx, triggers[k][0]) for k in ks):
                continue  # يجب إدانة الإرهاب، إذا انسحبنا: an appeal or a condition, no event (not يعتزم، سوف)
            strict = True
            if cat == "ASSAULT" and any(triggers[k][2] == ["crowd-control"] for k in ks):
                # tear gas fired or used (a use verb before it, _find_triggers): a report by construction, which the
                # filter, trained on OEDA sentences without tear gas, cannot judge; not at the OEDA operating point
                strict = False
                if strict_only:
                    continue
            elif cat in FILTERED:
                if negated or hypothetical or historical:
                    keep = any(_reported(ctx, triggers[k][0], cat) for k in ks)
                else:
                    if cat not in verdict:
                        verdict[cat] = _filter_pass(ctx, cat, triggers, flags)
                    if verdict[cat] is None:
                        keep = any(_reported(ctx, triggers[k][0], cat) for k in ks)
                    else:
                        keep, strict = verdict[cat]
                if not keep or (strict_only and not strict):
                    continue
            modes: list[str] = []
            actor: list[dict] = []
            recipient: list[dict] = []
            for k in ks:
                own = ["hunger"] if cat == "PROTEST" and _hunger_strike(ctx, triggers[k][0]) else triggers[k][2]
                modes += [m for m in own if m not in modes]
                act, rec = _arguments(ctx, triggers[k][0], cat)
                light = _light_verb_subject(ctx, triggers[k][0]) if cat != "CONSULT" else None
                if light is not None:  # شنت الجبهة الجنوبية هجوما لطرد القوات الحكومية: the light verb's subject
                    act = [light]
                    rec = _without(rec, [light])
                _add_participants(actor, act, recipient)
                _add_participants(recipient, rec, actor)
            if cat == "CONSULT" and not actor and not recipient and not ctx.ents:
                continue  # تستقبل أحداً يوم العيد، تجتمع العائلة: a meeting of no one named is no political contact
            if cat == "AID" and _backed(ctx, triggers[ks[0]][0]):
                # قوات النظام المدعمة بمسلحين موالين لها: the backers (after the trigger) aid the force before it
                at = ctx.toks[triggers[ks[0]][0]].start
                both = actor + recipient
                actor = [r for r in both if r["span"]["start"] > at]
                recipient = [r for r in both if r["span"]["start"] < at]
            if (cat == "ACCUSE" and ctx.toks[triggers[ks[0]][0]].stem.startswith(("محمل", "متهما"))) or (
                    cat == "ASSAULT" and modes == ["crowd-control"]):
                # (the gas's users come before it: استخدمت شرطة مكافحة الشغب الغاز المسيل للدموع لتفريق المتظاهرين)
                # محمّلاً الحكومة المركزية مسؤولية: a participle's subject came before it; who follows is blamed
                at = ctx.toks[triggers[ks[0]][0]].start
                recipient = recipient + [r for r in actor if r["span"]["start"] > at]
                actor = [r for r in actor if r["span"]["start"] < at]
            if not actor:
                doer = _announced_doer(ctx, triggers[ks[0]][0], cat)
                if doer is not None:
                    actor.append(doer)
            if not actor:
                actor, recipient = _told_doers(ctx, cat, [triggers[k][0] for k in ks], recipient)
            if not actor and cat != "CONSULT":
                # قتل خمسة جنود عندما هاجم مقاتلو الدولة الإسلامية نقطة التفتيش: a mention merged into the first one
                # of its event (هاجم into قتل) may name who acted
                for k in ks:
                    for m in ctx.absorbed.get(triggers[k][0], ()):
                        act = _arguments(ctx, m, cat)[0]
                        if act:  # (the head may have read it as a victim: مقتل ستة أشخاص في غارات شنتها الطائرات)
                            recipient = _without(recipient, act)
                            _add_participants(actor, act, recipient)
                            break
                    if actor:
                        break
            if cat == "ASSAULT" and not actor:
                doer = _cause_subject(ctx, [triggers[k][0] for k in ks])
                if doer is not None:
                    actor.append(doer)
                    recipient = _without(recipient, [doer])
            if cat == "ASSAULT" and not actor:
                weapon = _weapon_actor(ctx, [triggers[k][0] for k in ks])
                if weapon and weapon not in recipient:
                    actor.append(weapon)
            if not actor:
                taken = {(r["span"]["start"], r["span"]["end"]) for r in recipient}
                subject = _subject_after(ctx, triggers[ks[0]][0], cat, taken)
                if subject is not None:
                    actor.append(subject)
                    recipient = [r for r in recipient if not (subject["span"]["start"] <= r["span"]["start"]
                                                              and r["span"]["end"] <= subject["span"]["end"])]
            if not recipient and cat != "ASSAULT":
                other = _object_recipient(ctx, triggers[ks[0]][0], cat, actor)
                if other is not None:
                    recipient.append(other)
            spans = {(r["span"]["start"], r["span"]["end"]) for r in actor + recipient}
            head = triggers[ks[0]][0]
            tok = ctx.toks[head]
            if date_source is None:
                date, date_source = _date(ctx, published)
            out.append({
                "event": cat,
                "mode": modes,
                "actor": actor,
                "recipient": recipient,
                "location": next(filter(None, (_location(ctx, triggers[k][0], cat, spans) for k in ks)), None),
                "date": date,
                "date_source": date_source,
                "trigger": {"start": tok.start, "end": tok.end, "text": tok.text},
                "sentence": {"start": a, "end": b, "text": text[a:b]},
                "negated": negated,
                "hypothetical": hypothetical,
                "historical": historical,
                "strict": strict,
            })
    if any(e["event"] in CLUB_BUSINESS or e["mode"] in (["seize"], ["deport"]) for e in out) and _sports_article(text):
        # (واستعاد برشلونة: a title; باستبعاد اللاعب، طرد اللاعب: a player left out or sent off)
        out = [e for e in out if e["event"] not in CLUB_BUSINESS and e["mode"] not in (["seize"], ["deport"])]
    if genre == "opinion":
        out = [e for e in out if e["event"] not in OPINION_STANCES]
    return out


#: Categories that a sports article's club business reads as (وافق النادي على طلب شراء العقد، رفض تجديد العقد، المحادثات
#: مع روما، هدد النادي باللجوء إلى الفيفا): none of them is a political event, and the news event sets code none.
CLUB_BUSINESS = frozenset({"AGREE", "REJECT", "CONSULT", "REQUEST", "SANCTION", "THREATEN"})
#: Categories an opinion piece's events are not taken from (see :func:`find_events`). Over the news event sets 1-77 (187
#: of their 1,353 articles opinion by the ``genre`` layer), the layer found 19 annotated units of these categories in
#: opinion pieces and gave 90 events of them no annotation has (ACCUSE 10 / 33, REJECT 4 / 31, REQUEST 4 / 14,
#: THREATEN 1 / 7, SUPPORT 0 / 5), a precision of 0.17 against 0.62 over the news articles; the facts a column
#: recounts (attacks, arrests, visits, agreements: about a third right) are kept.
OPINION_STANCES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
#: Sports words (:data:`T.SPORTS_WORDS`) that make an article a sports one.
SPORTS_ARTICLE_WORDS = 3


def _backed(ctx: _Ctx, i: int) -> bool:
    """Whether word ``i`` is a "backed" participle (مدعومة، المدعمة), whose AID runs from the words after it."""
    return _bare(ctx.toks[i].norm).lstrip("ل").startswith(("مدعوم", "المدعوم", "مدعم", "المدعم"))


def _related_link(ctx: _Ctx) -> bool:
    """Whether the sentence is an aggregator's link line (رابط الخبر بصحيفة الوئام: مقتل ...): the headline repeated,
    a duplicate of the article's own report (the news event sets since the twentieth code none)."""
    return [t.norm for t in ctx.toks[:2]] == ["رابط", "الخبر"]


def _sports_article(text: str) -> bool:
    """Whether ``text`` has at least :data:`SPORTS_ARTICLE_WORDS` sports words (النادي، المباراة، الدوري ...)."""
    words = document(text).norms  # the normalized words the claims and events layers share (cached)
    return sum(map(_SPORTS_FORMS.__contains__, words)) >= SPORTS_ARTICLE_WORDS  # counted in C


#: Every normalized word form ``w`` with ``_bare(w)`` in :data:`T.SPORTS_WORDS`: a sports word, or one with a
#: leading و/ف that leaves more than two letters (``_bare`` keeps a sports word that itself starts with و/ف whole).
_SPORTS_FORMS = frozenset({w for w in T.SPORTS_WORDS if _bare(w) == w}
                          | {c + w for w in T.SPORTS_WORDS for c in "وف" if _bare(c + w) == w})


def _without(parts: list[dict], taken: list[dict]) -> list[dict]:
    """``parts`` less those overlapping one of ``taken`` (who acts is no victim of the same event)."""
    return [p for p in parts if not any(p["span"]["start"] < t["span"]["end"] and t["span"]["start"] < p["span"]["end"]
                                        for t in taken)]


def _add_participants(into: list[dict], new: list[dict], other: list[dict]) -> None:
    """Append the participants of ``new`` not already in ``into`` or ``other`` (by name or span)."""
    seen = {p["name"] for p in into + other} | {(p["span"]["start"], p["span"]["end"]) for p in into + other}
    seen.discard(None)  # weapons and facilities have no name
    for p in new:
        if (p["name"] is None or p["name"] not in seen) and (p["span"]["start"], p["span"]["end"]) not in seen:
            into.append(p)
            seen.update((p["name"], (p["span"]["start"], p["span"]["end"])))


@component("events", assigns=["events"])
def events(article: Article) -> Article:
    """Fill ``article.events`` with PLOVER events (see the module docstring)."""
    article.events = find_events(article.text, article.entities, article.places, article.published,
                                 genre=article.genre)
    return article


def to_plover_records(article_record: dict[str, Any], *, strict: bool = False) -> list[dict[str, Any]]:
    """PLOVER JSONL records (manual v0.8, "PLOVER JSON" table) for the events of one article record.

    Args:
        article_record: An :meth:`rasd.article.Article.to_record` dict with its ``events`` layer filled.
        strict: Leave out the events below the stricter OEDA operating point of the report filter (an
            event's ``strict: false``: an ASSAULT or PROTEST report kept only at the news operating point).

    Returns:
        One dict per event with the manual's field names: ``id``, ``date``, ``event`` (list), ``mode``,
        ``context``, ``actor`` and ``recipient`` (entity objects: ``code``, ``sector``, ``entity_text``,
        ``identifier_text``), ``event_loc`` (location object), ``event_text``, ``text_info`` (sentence
        ``start``/``end`` and the trigger offsets), ``cite_info`` (article id, outlet, URL, title,
        language), ``coder``, ``comment``, and Rasd's own ``strict`` (the event's flag, as in the ``events``
        layer). Negated events are left out (the manual: they "can be excluded
        from the final event dataset"); historical and hypothetical ones carry those auxiliary modes in
        ``context``.
    """
    art_id = article_record.get("id") or ""
    records = []
    iso3 = _lexicon()["iso3"]
    for n, ev in enumerate(article_record.get("events") or []):
        if ev.get("negated") or (strict and ev.get("strict") is False):
            continue
        context = [flag for flag in ("historical", "hypothetical") if ev.get(flag)]
        loc = ev.get("location")
        event_loc = None
        if loc:
            event_loc = {"extracted_place": loc.get("text"), "resolved_place": loc.get("name"),
                         "geonameid": loc.get("geonameid"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                         "province": loc.get("admin1"), "country_code": iso3.get(loc.get("country") or "", loc.get("country")),
                         "resolution": 1 if loc.get("kind") == "country" else 4}

        def entity(e: dict[str, Any]) -> dict[str, Any]:
            return {"code": e.get("country"), "sector": e.get("sector"), "entity_text": e["span"]["text"],
                    "identifier_text": e.get("name")}

        records.append({
            "id": f"{art_id}-{n}",
            "date": ev.get("date"),
            "actor": [entity(e) for e in ev.get("actor") or []],
            "recipient": [entity(e) for e in ev.get("recipient") or []],
            "event": [ev["event"]],
            "mode": ev.get("mode") or [],
            "context": context,
            "event_loc": event_loc,
            "event_text": [ev["trigger"]["text"]],
            "text_info": {"sequence": n, "start": ev["sentence"]["start"], "end": ev["sentence"]["end"],
                          "trigger_start": ev["trigger"]["start"], "trigger_end": ev["trigger"]["end"]},
            "cite_info": {"citation": art_id, "url": article_record.get("url"),
                          "title": article_record.get("title"), "publication": article_record.get("outlet"),
                          "language": article_record.get("language") or "ar", "coder": "rasd",
                          "codebook": "plover-0.8"},
            "coder": "rasd",
            "comment": f"date from {ev.get('date_source')}",
            "strict": ev.get("strict", True),
        })
    return records
