"""The ``entities`` component: named entities (PER, ORG, LOC, MISC) with canonical names.

Spans come from the CRF tagger in :mod:`rasd.analyze.ner` and index ``article.text`` exactly, attached
clitics included (بدمشق). ``canonical`` is the name without them: proclitics stripped from the first
word (للجيش السوري → الجيش السوري, بدمشق → دمشق, وداعش → داعش), diacritics and tatweel removed,
hamza-on-alef and ى/ي variants unified, الأمريكية → الأميركية, and known aliases mapped through the
actor table of :mod:`rasd.analyze.lang_ar.actors` (تنظيم الدولة الإسلامية → داعش; للجيش الأمريكي → الجيش
الأميركي, a row seeded from Universal-PETRARCH). :func:`actor_of` gives the actor itself (country, sector,
QID); the events component attaches those to event actors.

Actor-table names the tagger missed are added as spans too: ANERcorp, the tagger's training corpus,
leaves ministries untagged (وزارة is ``O`` in 97 of its 99 occurrences), which news analysis
cannot afford.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.analyze import ner
from rasd.analyze.lang_ar import actors
from rasd.analyze.pipeline import component
from rasd.article import Article

_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat and tatweel
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
# Spelling variants of loan names unified to the form most common in SaudiNewsNet / the seed article.
_SPELLINGS = (("امريك", "اميرك"), ("الامريك", "الاميرك"))


def _norm_key(text: str) -> str:
    """Comparison key: no marks, alef variants unified, ى→ي, ة→ه, single spaces."""
    return " ".join(ner.normalize(text).split())


def _alias_index() -> dict[str, actors.Actor]:
    return actors.index_by(_norm_key)


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    return frozenset(_alias_index())


def _strip_clitic(word: str, known: frozenset[str]) -> str:
    """The first word of a span (marks already removed) without its proclitic, when one is attached.

    Uses the tagger's own split (:meth:`rasd.analyze.ner.FeatureTables.split`): clitics carrying the
    article are always split and the article kept (والعراق → العراق, للجيش → الجيش); a bare و/ف/ب/ل/ك
    is split when the rest is more frequent in news than the whole (بدمشق → دمشق, but بغداد stays),
    or when the rest is a known actor name.
    """
    key = _norm_key(word)
    if key in known:
        return word
    pre, _ = ner.load_model().tables.split(key)  # normalization keeps lengths: same split on ``word``
    if pre in ("", "ال"):
        for short in ("و", "ف", "ب", "ل", "ك"):
            if key.startswith(short) and key[len(short):] in known:
                return word[len(short):]
        return word
    rest = word[len(pre):]
    if "ال" in pre or pre.endswith("لل"):
        return "ال" + rest
    return rest


def _resolve(span_text: str) -> tuple[actors.Actor | None, str]:
    """(the actor the span names or ``None``, the span text without marks and leading proclitic)."""
    text = " ".join(_MARKS_RE.sub("", span_text).split())
    index = _alias_index()
    hit = index.get(_norm_key(text))
    if hit is not None:
        return hit, text
    words = text.split(" ")
    words[0] = _strip_clitic(words[0], _known_names())
    text = " ".join(words)
    return index.get(_norm_key(text)), text


def actor_of(span_text: str) -> actors.Actor | None:
    """The actor of the table (curated or seeded) an entity span names, if any.

    Args:
        span_text: The text of a span, as in the article (``للجيش الأمريكي``).

    Returns:
        The :class:`rasd.analyze.lang_ar.actors.Actor` (canonical name, country, sector, QID), or ``None``.
    """
    return _resolve(span_text)[0]


def canonical_name(span_text: str) -> str:
    """Canonical form of an entity span's text.

    Args:
        span_text: The text of a span, as in the article.

    Returns:
        The actor table's canonical name when the span is a known alias, else the span text without a
        leading proclitic, diacritics or tatweel, with alef variants unified and الأمريكية → الأميركية.
    """
    hit, text = _resolve(span_text)
    if hit is not None:
        return hit.canonical
    text = text.translate(_ALEF)
    for old, new in _SPELLINGS:
        text = text.replace(old, new)
    return text


@lru_cache(maxsize=1)
def _actor_gazetteer() -> tuple[dict, int, frozenset]:
    gaz: dict[tuple[str, ...], frozenset[str]] = {}
    for actor in actors.all_actors():
        for name in (actor.canonical, *actor.aliases):
            key = tuple(ner.normalize(t) for t, _, _ in ner.tokenize(name))
            gaz.setdefault(key, frozenset([actor.label]))  # a curated row's label wins a shared name
    return gaz, max(len(k) for k in gaz), frozenset(k[0] for k in gaz)


def actor_spans(text: str) -> list[dict]:
    """Spans of ``text`` that are full names or aliases in the actor table (first word may carry a clitic).

    Args:
        text: Raw text.

    Returns:
        ``{"start", "end", "text", "label"}`` spans, leftmost-longest, non-overlapping.
    """
    toks = ner.tokenize(text)
    gaz, max_len, starts = _actor_gazetteer()
    marks = ner._match([ner.normalize(t) for t, _, _ in toks], gaz, max_len, starts, "")
    tags = [next((m for m in ms if m[:2] in ("B-", "I-")), "O") for ms in marks]
    out = []
    for a, b, label in ner.spans_from_tags(tags):
        start, end = toks[a][1], toks[b - 1][2]
        out.append({"start": start, "end": end, "text": text[start:end], "label": label})
    return out


# One-word actor names that are also common words (فتح "opening", القاعدة "the rule"): added only when
# the tagger marks them, never from the table alone (in the bundled sample, 12 of 13 untagged فتح were
# the noun or verb).
_COMMON_WORD_NAMES = frozenset(_norm_key(w) for w in ("فتح", "القاعدة"))
# Words after which a one-word country name ending like an adjective (السعودية، سورية) is the country:
# prepositions and conjunctions. After a noun it is the adjective: المرأة السعودية, مناطق سورية.
_BEFORE_COUNTRY = frozenset(_norm_key(w) for w in (
    "في", "إلى", "الى", "من", "عن", "على", "مع", "بين", "ضد", "نحو", "تجاه", "لدى", "حول", "و", "أو", "او",
    "داخل", "خارج", "عبر", "بلاد", "دولة", "حكومة", "شعب", "قال", "زار", "أعلنت", "أكدت", "قالت"))
_PREV_WORD_RE = re.compile(r"(\S+)\s*$")


def _plausible_alone(text: str, span: dict) -> bool:
    """Whether a one-word actor name the tagger left untagged is the name here, not a common word."""
    if " " in span["text"]:
        return True  # a multi-word name (وزارة الدفاع الروسية) is not a common phrase
    key = _norm_key(span["text"])
    stem = key if key in _known_names() else _norm_key(_strip_clitic(span["text"], _known_names()))
    if stem in _COMMON_WORD_NAMES:
        return False
    if span["label"] == "LOC" and stem.endswith(("يه", "ي")) and key == stem:
        prev = _PREV_WORD_RE.search(text, 0, span["start"])
        return prev is None or _norm_key(prev.group(1)) in _BEFORE_COUNTRY
    return True


@component("entities", assigns=["entities"])
def entities(article: Article) -> Article:
    """Fill ``article.entities`` with ``{start, end, text, label, canonical}`` spans of ``article.text``.

    The CRF tagger finds the entities; names of the actor table that it left untagged are added (the
    training corpus, ANERcorp, rarely marks ministries or armies as ORG, while news analysis needs them).
    """
    text = article.text
    spans = ner.find_entities(text)
    taken = [(s["start"], s["end"]) for s in spans]
    for span in actor_spans(text):
        if not any(span["start"] < e and s < span["end"] for s, e in taken) and _plausible_alone(text, span):
            spans.append(span)
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for span in spans:
        span["canonical"] = canonical_name(span["text"])
    article.entities = spans
    return article
