"""The ``events`` component: who did what to whom, where and when, coded in PLOVER (manual v0.8).

An event is ``{event, mode, actor, recipient, location, date, date_source, trigger, sentence, negated,
hypothetical, historical}``:

* ``event`` is one of the 16 PLOVER categories, ``mode`` a list of PLOVER modes (``["aerial"]``);
* ``actor`` / ``recipient`` are lists of ``{name, country, sector, span}``: canonical entities (from the
  ``entities`` layer and the actor table of :mod:`rasd.analyze.lang_ar.actors`), agent nouns
  (مسلحون، الشرطة) or a nation's weapon or force (دبابة إسرائيلية) with a PLOVER sector and an ISO 3166
  alpha-3 country code when known;
* ``location`` is a resolved place of the ``places`` layer in the event's sentence (or ``None``);
* ``date`` is ``YYYY-MM-DD``: an explicit date in the sentence, a weekday or أمس/اليوم resolved against
  the article date, else the article date (``date_source`` says which);
* ``trigger`` and ``sentence`` are spans of ``article.text``;
* ``negated`` (لم تقصف), ``hypothetical`` (future, condition, appeal, threat, attempt to prevent) and
  ``historical`` (لقد سبق أن نفّذت ...) are the PLOVER auxiliary modes.

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
from bisect import bisect_right
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from rasd.analyze.arabic import Token, normalize, readings
from rasd.analyze.components.claims import document
from rasd.analyze.lang_ar import actors as _actors
from rasd.analyze.lang_ar import events_triggers as T
from rasd.analyze.pipeline import component
from rasd.article import Article
from rasd.ingest.dates import parse_date

LEXICON_PATH = Path(__file__).resolve().parents[2] / "models" / "events" / "lexicon.json"
#: The report filter: logistic-regression weights per category, built by
#: ``python -m rasd.models.scripts.train_event_filter`` from the tuning half of the OEDA Arabic gold.
FILTER_PATH = Path(__file__).resolve().parents[2] / "models" / "events" / "filter.json"
#: Categories whose events must pass the report filter (the two the OEDA gold labels).
FILTERED = ("ASSAULT", "PROTEST")

#: Lengths of the character n-grams of :func:`_char_grams` (3-5 beat 2-4 and 4-6 in cross-validation on
#: the OEDA tuning half, ASSAULT 0.654 vs 0.64).
CHAR_NGRAMS = (3, 4, 5)
#: Triggers of one category closer than this many words are one event (غارات جوية استهدفت ...).
MERGE_WORDS = 6
#: An actor or recipient is looked for this many words around the trigger (a VSO clause with a long
#: subject: "أعلن الناطق باسم ... اللواء ..." has 9; tuned on the OEDA tuning half).
ARGUMENT_WINDOW = 8
#: Recipients kept per trigger mention (مقتل أربعة من عناصر الشرطة وإصابة ستة أشخاص: two victim groups).
MAX_RECIPIENTS = 2
#: A day number, a month name (maybe a second one: آب/أغسطس) and maybe a year, for parse_date.
_EXPLICIT_DATE_RE = re.compile(r"\d{1,2}\s+\S+(?:\s*[/(]\s*\S+\s*\)?)?(?:\s+\d{4})?")

#: Punctuation that ends a clause (between two words).
_CLAUSE_PUNCT = re.compile(r"[،,؛;:()]")
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


def _norm_trigger(norm: str) -> tuple[str, str, str] | None:
    """The trigger (category, mode, part of speech) of a normalized word: that of its first clitic
    reading that is one."""
    hit = _TRIGGER_WORDS.get(norm)
    if hit is None and norm not in _PLAIN_WORDS:
        for _, stem in readings(norm):
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
    words = set(norms)
    new = words.difference(_PLAIN_WORDS, _TRIGGER_SET)
    present = words & _TRIGGER_SET
    if new:
        present.update(filter(_norm_trigger, new))
    return present


class _Ctx:
    """One sentence: its tokens, the entities and places inside it, and the indices of its trigger words."""

    def __init__(self, text: str, toks: list[Token], start: int, end: int, ents: list[dict], places: list[dict],
                 hits: list[int] | None = None):
        self.text, self.toks, self.start, self.end = text, toks, start, end
        self.ents, self.places = ents, places
        self.norms = list(map(_norm_of, toks))
        self.hits = hits if hits is not None else [k for k, t in enumerate(toks) if _word_trigger(t)]
        self._breaks: list[int] | None = None

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
    return tok.stem == "فجرا" and (not nxt or bool(re.search(r"[،,.؛;]", ctx.gap(i + 1))))  # فجراً، at dawn,


def _find_triggers(ctx: _Ctx) -> list[tuple[int, str, str]]:
    """(word index, category, mode) of every accepted trigger in the sentence."""
    toks, norms = ctx.toks, ctx.norms
    out = []
    for i in ctx.hits:
        tok = toks[i]
        cat, mode, pos = _word_trigger(tok)
        prev = norms[i - 1] if i > 0 else ""
        nxt = norms[i + 1] if i + 1 < len(toks) else ""
        if _dawn(ctx, i):
            continue
        if prev in T.UNDO_BEFORE or nxt in T.UNDO_AFTER:
            if prev in T.UNDO_BEFORE and cat == "ASSAULT":
                out.append((i, "RETREAT", "ceasefire"))
            continue
        if pos == "fire":
            if i > 1 and norms[i - 2] in T.UNDO_BEFORE:  # وقف إطلاق النار: a ceasefire
                out.append((i, "RETREAT", "ceasefire"))
                continue
            if prev not in T.FIRE_VERBS and not (i > 1 and norms[i - 2] in T.FIRE_VERBS):
                continue
        elif pos == "move":
            after = {t.norm for t in toks[i + 1:i + 4]} | {t.stem for t in toks[i + 1:i + 4]}
            if not after & T.TROOP_WORDS:
                continue
        elif pos == "phone":
            if "هاتف" not in " ".join(norms[i:i + 3]):
                continue
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


def _bare(norm: str) -> str:
    """A normalized word without a leading و/ف conjunction (وقتل -> قتل), when something is left."""
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


@lru_cache(maxsize=65536)
def _char_grams(stem: str) -> tuple[str, ...]:
    """Character 3- to 5-grams of a stem with word-boundary marks (``<قتل>`` -> ``<قت``, ``قتل``, ...): they
    tie the inflections and clitic forms of a word together (قتلوا، مقتل، قتلى share ``قتل``)."""
    w = f"<{stem}>"
    return tuple(f"c:{w[k:k + n]}" for n in CHAR_NGRAMS for k in range(len(w) - n + 1))


@lru_cache(maxsize=65536)
def _weighted_grams(cat: str, stem: str) -> tuple[str, ...]:
    """The character n-grams of ``stem`` that have a weight in the ``cat`` report filter."""
    weights = _filter_model()[cat]["weights"]
    return tuple(g for g in _char_grams(stem) if g in weights)


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
    toks, norms = ctx.toks, ctx.norms
    stems = [t.stem for t in toks]
    bares = [_bare(n) for n in norms]
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
    feats += [f"o:{c}" for _, c, _ in triggers if c != cat]
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
    if any(_SPEECH_RE.fullmatch(n) for n in norms if n not in ("ان", "انه", "انها", "بان")):
        feats.append("f:speech")
    sent = ctx.text[ctx.start:ctx.end]
    if "؟" in sent or "?" in sent:
        feats.append("f:question")
    if any(q in sent for q in "«\"“"):
        feats.append("f:quote")
    feats.append(f"f:len{min(len(toks) // 10, 5)}")
    feats += _cue_features(cat, bares, stems)
    if chars:
        for w in stems:
            feats += _char_grams(w)
    return feats


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


def _filter_pass(ctx: _Ctx, cat: str, triggers: list[tuple[int, str, list[str]]],
                 flags: list[tuple[bool, bool, bool]]) -> bool | None:
    """Whether the sentence reports a ``cat`` event per the report filter (``None``: no model)."""
    model = _filter_model()
    if model is None or cat not in model:
        return None
    m = model[cat]
    weights = m["weights"]
    feats = filter_features(ctx, cat, triggers, flags)
    if cat == "ASSAULT" and _casualty_report(feats):
        return True
    vec = filter_vector(feats)
    score = m["bias"] + sum(map(operator.mul, map(weights.get, vec, repeat(0.0)), vec.values()))
    if m.get("chars"):
        # the character n-grams of filter_features(chars=True), each counted once as filter_vector does,
        # gathered from the distinct stems without building the feature list (the hot part of the filter)
        grams = set().union(*map(_weighted_grams, repeat(cat), {t.stem for t in ctx.toks}))
        score += sum(map(weights.__getitem__, grams))
    return score >= m["threshold"]


def _merge(triggers: list[tuple[int, str, str]]) -> list[tuple[int, str, list[str]]]:
    merged: list[tuple[int, str, list[str]]] = []
    last: dict[str, int] = {}
    for i, cat, mode in triggers:
        if cat in last and i - merged[last[cat]][0] <= MERGE_WORDS:
            modes = merged[last[cat]][2]
            if mode and mode not in modes:
                modes.append(mode)
            continue
        last[cat] = len(merged)
        merged.append((i, cat, [mode] if mode else []))
    # a generic ASSAULT word (هجوم) given a weapon by its neighbours: keep the specific modes only
    return merged


def _entity_record(ctx: _Ctx, ent: dict) -> dict[str, Any]:
    name = ent.get("canonical") or ent["text"]
    actor = _actor_index().get(normalize(name))
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


def _agent_at(ctx: _Ctx, k: int) -> dict[str, Any] | None:
    armed = _armed_agent(ctx, k)
    if armed:
        return armed
    tok = ctx.toks[k]
    if _bare(tok.norm) in T.GATHER_WORDS:  # تجمع "gathered", not the UP agent تجمع "association"
        return None
    for _, stem in tok.readings:
        bare = stem[2:] if stem.startswith("ال") else stem
        sector = T.AGENTS.get(stem) or T.AGENTS.get(bare) or _lexicon()["agents"].get(bare)
        if sector:
            end = tok.end
            # an agent noun and its adjective/genitive: قوات الأمن، الجيش الإسرائيلي (not a number: الآلاف)
            if k + 1 < len(ctx.toks) and ctx.toks[k + 1].norm.startswith("ال") and not ctx.gap(k + 1).strip() \
                    and ctx.toks[k + 1].norm not in T.NUMBER_WORDS:
                end = ctx.toks[k + 1].end
            start = tok.start
            return {"name": normalize(ctx.text[start:end]), "country": None, "sector": sector,
                    "span": {"start": start, "end": end, "text": ctx.text[start:end]}}
    return None


def _candidates(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int, dict[str, Any]]]:
    """Participants in words [a, b): (first word, last word + 1, record), entities before agent nouns."""
    out = []
    covered = set()
    for ent in ctx.ents:
        if ent.get("label") not in ("PER", "ORG", "LOC"):
            continue
        ks = [k for k in range(a, b) if ctx.toks[k].start < ent["end"] and ctx.toks[k].end > ent["start"]]
        if not ks:
            continue
        if ent.get("label") == "LOC":
            actor = _actor_index().get(normalize(ent.get("canonical") or ent["text"]))
            if not actor:  # a town is a location, not a participant
                continue
        out.append((ks[0], ks[-1] + 1, _entity_record(ctx, ent)))
        covered.update(ks)
    for k in range(a, b):
        if k in covered:
            continue
        agent = _agent_at(ctx, k)
        if agent:
            span_end = agent["span"]["end"]
            last = k
            while last + 1 < b and ctx.toks[last + 1].end <= span_end:
                last += 1
            if not any(s <= k < e for s, e, _ in out):
                out.append((k, last + 1, agent))
    out.sort(key=lambda c: c[0])
    return out


def _counted(ctx: _Ctx, s: int) -> bool:
    """Whether the participant at word ``s`` is counted (ثلاثة أشخاص، أربعة من عناصر الشرطة): victims."""
    def number(k: int) -> bool:
        return k >= 0 and (ctx.norms[k].isdigit() or _bare(ctx.norms[k]) in T.NUMBER_WORDS)
    return number(s - 1) or (s > 1 and ctx.norms[s - 1] == "من" and number(s - 2))


def _arguments(ctx: _Ctx, i: int, cat: str) -> tuple[list[dict], list[dict]]:
    """Actor and recipient of the trigger at word ``i``, from the participants around it.

    After the trigger: a participant after a recipient marker (على، ضد، استهدف، ل...), a counted one
    (مقتل ثلاثة أشخاص) or the object of a verbal noun or of a verb whose subject came first (اغتيال X،
    اغتالوا X) is a recipient; one after على يد / من قبل is the actor; otherwise the nearest one within
    three words is the subject of a verb-first clause (قصفت الطائرات ...). Before the trigger, in its clause
    and not behind a reporting verb: the subject (actor), unless counted (ثمانية أشخاص قتلوا: victims).
    """
    a, b = _clause_bounds(ctx, i)
    lo, hi = max(0, i - ARGUMENT_WINDOW), min(len(ctx.toks), i + ARGUMENT_WINDOW + 1)
    cands = _candidates(ctx, lo, hi)
    actor: list[dict] = []
    recipient: list[dict] = []
    stem, bare = ctx.toks[i].stem, _bare(ctx.norms[i])
    victim_noun = stem in ("مقتل", "قتلي", "قتيل") or ctx.norms[i].startswith("مقتل")
    # a verbal noun (اغتيال X) or a verb with its subject suffix (اغتالوا X): what follows is the object
    takes_object = cat == "ASSAULT" and (stem in T.ASSAULT_OBJECT_NOUNS or bare.endswith("وا"))
    after = [c for c in cands if c[0] > i and not (c[0] > 0 and ctx.norms[c[0] - 1] in ("في", "الي"))
             and not (ctx.norms[c[0] - 1] == "من" and not _counted(ctx, c[0]))
             and not ctx.norms[c[0]].startswith(("من", "في"))]
    # a subject separated from the trigger by a reporting verb or a complementizer is its speaker
    before = [c for c in cands if c[1] <= i and c[0] >= a
              and not any(_SPEECH_RE.fullmatch(n) for n in ctx.norms[c[1]:i])]
    for s, e, rec in after:
        marker = ctx.norms[s - 1] if s > 0 else ""
        first = ctx.toks[s].norm
        if cat == "ASSAULT" and marker in T.AGENT_MARKERS:
            if rec not in actor:
                actor.append(rec)
            continue
        to_recipient = (marker in T.RECIPIENT_MARKERS or any(m in T.RECIPIENT_MARKERS for m in ctx.norms[i + 1:s])
                        or first.startswith(("ل", "علي")) and not first.startswith("ال") or victim_noun
                        or (cat == "ASSAULT" and (_counted(ctx, s) or (takes_object and s - i <= 3))))
        if to_recipient:
            if len(recipient) < MAX_RECIPIENTS:
                recipient.append(rec)
        elif not actor and (s - i <= 3 or (cat == "ASSAULT" and _armed_agent(ctx, s) is not None)) \
                and cat not in ("CONSULT",):
            actor.append(rec)  # the subject of a verb-first clause, or a nation's weapon (جراء ضربة أميركية)
        elif cat == "CONSULT" and not recipient:
            recipient.append(rec)
    if before:
        s, _, rec = before[-1]
        if cat == "ASSAULT" and _counted(ctx, s):
            if len(recipient) < MAX_RECIPIENTS:
                recipient.append(rec)
        elif not actor:
            actor.append(rec)
    if cat == "ASSAULT" and not actor:
        own = _armed_agent(ctx, i)  # the trigger names its nation: ضربة جوية أميركية، غارات إسرائيلية
        if own:
            actor.append(own)
    if cat == "PROTEST":
        own = _agent_at(ctx, i)  # the protesters are the trigger itself: تجمع المتظاهرون، نزل آلاف المحتجين
        if own:
            actor = [own]
    return actor, recipient


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
            0 if p.get("kind") != "country" else 1,  # a city beats the country it is in
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
        for k, n in enumerate(norms):
            if n in T.WEEKDAYS or (n.startswith("و") and n[1:] in T.WEEKDAYS):
                wd = T.WEEKDAYS[n if n in T.WEEKDAYS else n[1:]]
                back = (base.weekday() - wd) % 7
                nxt = norms[k + 1] if k + 1 < len(norms) else ""
                if nxt == "المقبل" or nxt == "القادم":
                    return (base + _dt.timedelta(days=(wd - base.weekday()) % 7 or 7)).isoformat(), "weekday"
                if nxt == "الماضي" and back == 0:
                    back = 7
                return (base - _dt.timedelta(days=back)).isoformat(), "weekday"
        for k, n in enumerate(norms):
            if n in ("امس", "وامس"):
                return (base - _dt.timedelta(days=2 if k and norms[k - 1] == "اول" else 1)).isoformat(), "relative"
        return base.isoformat(), "article"
    return None, "unknown"


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
    hypothetical = future or any(n in T.HYPOTHETICAL or (n[:1] in "وف" and n[1:] in T.HYPOTHETICAL) for n in window)
    historical = historical_from is not None and i > historical_from
    if not historical and year:
        for n in norms[max(0, i - 8):i + 8]:
            if n.isdigit() and len(n) == 4 and 1900 < int(n) < year - 1:
                historical = True
                break
    return negated, bool(hypothetical), historical


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
    present = _trigger_words(doc.words.words)
    if not present:
        return out
    for i in doc.with_words(present):  # only sentences with a trigger word are tokenized
        a, b = doc.sents[i]
        toks = doc.tokens(i)
        ctx = _Ctx(text, toks, a, b, [e for e in entities if a <= e["start"] < b],
                   [p for p in places if a <= p["start"] < b], [k for k, t in enumerate(toks) if t.norm in present])
        triggers = _merge(_find_triggers(ctx))
        if triggers:
            out.append((ctx, triggers))
    return out


def sentence_flags(ctx: _Ctx, triggers: list[tuple[int, str, list[str]]],
                   published: str | None) -> list[tuple[bool, bool, bool]]:
    """``(negated, hypothetical, historical)`` of each trigger of :func:`event_sentences`."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    hist = _historical_start(ctx)
    return [_flags(ctx, i, hist, year) for i, _, _ in triggers]


def find_events(text: str, entities: list[dict] | None = None, places: list[dict] | None = None,
                published: str | None = None) -> list[dict[str, Any]]:
    """Code the events of ``text`` in PLOVER.

    ASSAULT and PROTEST triggers fire on every mention of violence or protest (trials, condemnations,
    commentary), so their events are kept only when the sentence *reports* one: plain events (not
    negated, hypothetical or historical) must pass the report filter (:func:`filter_features`, weights
    in ``rasd/models/events/filter.json``); flagged ones, which the filter was not trained to judge
    (the OEDA "yes" is a reported event that happened, and a past event recalled in commentary -- the
    seed article's coalition strikes -- is still worth its flagged record), keep the rule of
    :func:`_reported`, as do all events when the model file is absent.

    Args:
        text: The article text.
        entities: The ``entities`` layer (spans with ``label`` and ``canonical``), or ``None``.
        places: The ``places`` layer, or ``None``.
        published: The article date ``YYYY-MM-DD``, against which relative dates are resolved.

    Returns:
        Events as described in the module docstring, in text order.
    """
    out: list[dict[str, Any]] = []
    for ctx, triggers in event_sentences(text, entities, places):
        a, b = ctx.start, ctx.end
        flags = sentence_flags(ctx, triggers, published)
        date = date_source = None  # resolved once, for the first event kept
        # one event per category and auxiliary modes: the mentions of one event (غارات ... تلك الغارات ...
        # بالغارات; انفجار ... أسفر عن مقتل) are one record whose participants are the union of theirs
        groups: dict[tuple[str, bool, bool, bool], list[int]] = {}
        for k, ((_, cat, _), fl) in enumerate(zip(triggers, flags)):
            groups.setdefault((cat, *fl), []).append(k)
        verdict: dict[str, bool | None] = {}
        for (cat, negated, hypothetical, historical), ks in groups.items():
            if cat in FILTERED:
                if negated or hypothetical or historical:
                    keep = any(_reported(ctx, triggers[k][0], cat) for k in ks)
                else:
                    if cat not in verdict:
                        verdict[cat] = _filter_pass(ctx, cat, triggers, flags)
                    keep = verdict[cat] if verdict[cat] is not None else \
                        any(_reported(ctx, triggers[k][0], cat) for k in ks)
                if not keep:
                    continue
            modes: list[str] = []
            actor: list[dict] = []
            recipient: list[dict] = []
            for k in ks:
                modes += [m for m in triggers[k][2] if m not in modes]
                act, rec = _arguments(ctx, triggers[k][0], cat)
                _add_participants(actor, act, recipient)
                _add_participants(recipient, rec, actor)
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
            })
    return out


def _add_participants(into: list[dict], new: list[dict], other: list[dict]) -> None:
    """Append the participants of ``new`` not already in ``into`` or ``other`` (by name or span)."""
    seen = {p["name"] for p in into + other} | {(p["span"]["start"], p["span"]["end"]) for p in into + other}
    for p in new:
        if p["name"] not in seen and (p["span"]["start"], p["span"]["end"]) not in seen:
            into.append(p)
            seen.update((p["name"], (p["span"]["start"], p["span"]["end"])))


@component("events", assigns=["events"])
def events(article: Article) -> Article:
    """Fill ``article.events`` with PLOVER events (see the module docstring)."""
    article.events = find_events(article.text, article.entities, article.places, article.published)
    return article


def to_plover_records(article_record: dict[str, Any]) -> list[dict[str, Any]]:
    """PLOVER JSONL records (manual v0.8, "PLOVER JSON" table) for the events of one article record.

    Args:
        article_record: An :meth:`rasd.article.Article.to_record` dict with its ``events`` layer filled.

    Returns:
        One dict per event with the manual's field names: ``id``, ``date``, ``event`` (list), ``mode``,
        ``context``, ``actor`` and ``recipient`` (entity objects: ``code``, ``sector``, ``entity_text``,
        ``identifier_text``), ``event_loc`` (location object), ``event_text``, ``text_info`` (sentence
        ``start``/``end`` and the trigger offsets), ``cite_info`` (article id, outlet, URL, title,
        language), ``coder``, ``comment``. Negated events are left out (the manual: they "can be excluded
        from the final event dataset"); historical and hypothetical ones carry those auxiliary modes in
        ``context``.
    """
    art_id = article_record.get("id") or ""
    records = []
    iso3 = _lexicon()["iso3"]
    for n, ev in enumerate(article_record.get("events") or []):
        if ev.get("negated"):
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
        })
    return records
