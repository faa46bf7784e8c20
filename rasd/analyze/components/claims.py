"""The ``claims`` component: attributed statements -- who said what, with which reporting word.

Each claim is ``{speaker, speaker_named, cue, content, direct, speaker_entity}``: ``speaker``, ``cue`` and
``content`` are spans of ``article.text`` (``speaker`` is ``None`` when the subject is only a pronoun:
وأضاف أنّ ...), ``speaker_named`` is false for unidentified sources (مصادر، تقارير استخبارية، شهود
عيان، مسؤول رفض الكشف عن اسمه), ``direct`` is true for quoted or colon-introduced speech, and
``speaker_entity`` is the canonical name of the entity (from the ``entities`` layer, else the actor
table) that the speaker phrase names, or ``None``.

The rules work on the clitic-aware tokens of :mod:`rasd.analyze.arabic`, one sentence at a time, with the
word lists of :mod:`rasd.analyze.lang_ar.reporting`. They cover the positions Arabic news puts a source in:

* verb first: ``وأعلن الناطق باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف أنّ ...``
  (the speaker runs from the verb to the complement, a preposition, an adjunct or an accusative object);
* subject first: ``الوزير قال إنّ ...`` (a short noun phrase before an unprefixed verb);
* source last or first: ``... بحسب وكالة رويترز``، ``وفق ما نقله موقع "سايت"``، ``نقلاً عن مصادر``
  (a source preposition, accepted only before a source noun or a named entity);
* reported through another: ``نقلت الوكالة عن صاحب المبنى قوله "..."`` (the speaker follows عن);
* circumstantial participles ``..., مشيراً إلى أنّ ...`` (speaker ``None``).

Quoted content runs to its closing quotation mark, across sentences of the same paragraph.
"""

from __future__ import annotations

import heapq
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import chain, compress, count
from typing import Any

from rasd.analyze.arabic import Token, normalize, sentences, split_normalized, tokenize, without_conjunction
from rasd.analyze.lang_ar import actors
from rasd.analyze.lang_ar import reporting as R
from rasd.analyze.pipeline import component
from rasd.article import Article

#: A speaker phrase longer than this many words is not a phrase but a clause (the longest in the
#: annotated SaudiNewsNet sample has 12: a name, a title and a club; claims-blind7 has 15: المشرف على كرسي
#: الأمير محمد بن ناصر لدراسات قضايا المجتمع الدكتور علي بن يحيى العريشي).
MAX_SPEAKER_WORDS = 16
#: How far (in words) after the speaker the complement (أنّ، إنّ، :، «) may start: adjuncts such as
#: "في مؤتمر صحفي عقده أمس في الرياض" sit between them (12 covers the annotated sample).
MAX_ADJUNCT_WORDS = 12
#: A subject before its verb (الوزير قال إنّ) has at most this many words; longer left contexts are
#: clauses of their own.
MAX_LEFT_SUBJECT_WORDS = 6
#: Quoted content may run over sentences, up to this many characters, within one paragraph.
MAX_QUOTE_CHARS = 3000

_FORM_TO_VERB: dict[str, str] = {}
for _lemma, (_forms, _prep) in R.REPORTING_VERBS.items():
    for _f in _forms:
        _FORM_TO_VERB.setdefault(_f, normalize(_lemma))
_VERB_PREP = {normalize(k): v for k, (_, v) in R.REPORTING_VERBS.items()}
_OPEN_QUOTES = "«\"“„"
_norm_of = operator.itemgetter(3)  # Token.norm, read in C
_COMMA_RE = re.compile("[،,]")
_PUNCT_STOP_RE = re.compile(r"[^\s«»\"“”„()\u200f\u200e\-–]")


class Document:
    """The sentences of a text, their words, and the tokens of the sentences a layer asks for.

    Claims and events read only the sentences holding one of their cue or trigger words: each sentence's
    normalized words are split at once in C (:func:`~rasd.analyze.arabic.split_normalized`), and its tokens are made
    on demand from those words (:func:`~rasd.analyze.arabic.tokenize` of the sentence, which splits a sentence holding a
    character that changes length again, with the map back to its original offsets): the same tokens a whole-text
    tokenization gives there (tested). Split by sentence, no word offsets of the whole text are needed to tell which
    sentence a word is in.
    Callers must not mutate the returned lists.
    """

    __slots__ = ("text", "sents", "norms", "_parts", "_words", "_tokens")

    def __init__(self, text: str):
        self.text = text
        #: sentence spans ``(start, end)`` (:func:`rasd.analyze.arabic.sentences`)
        self.sents: list[tuple[int, int]] = sentences(text)
        self._parts = [split_normalized(text[a:b]) for a, b in self.sents]
        self._words: list[list[str]] = [parts[1::2] for parts in self._parts]
        #: the normalized words of the text, in order (those of :func:`~rasd.analyze.arabic.word_spans`)
        self.norms: list[str] = list(chain.from_iterable(self._words))
        self._tokens: dict[int, list[Token]] = {}

    def with_words(self, wanted) -> list[int]:
        """Indices of the sentences holding a word of ``wanted`` (a set of normalized words)."""
        present = wanted.intersection(self.norms)
        if not present:
            return []
        return [i for i, words in enumerate(self._words) if not present.isdisjoint(words)]

    def tokens(self, i: int) -> list[Token]:
        """The tokens of sentence ``i``."""
        toks = self._tokens.get(i)
        if toks is None:
            toks = self._tokens[i] = tokenize(self.text, *self.sents[i], self._parts[i])
        return toks


@lru_cache(maxsize=4)
def document(text: str) -> Document:
    """The :class:`Document` of ``text``, cached for the few latest texts: claims and events share it."""
    return Document(text)


#: The source prepositions by their first word, in their order: a word is tried against the few it may open (على is
#: frequent and opens two), not against all of them.
_PREPS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {
    first: [seq for seq in R.SOURCE_PREPOSITIONS if seq[0] == first]
    for first in dict.fromkeys(seq[0] for seq in R.SOURCE_PREPOSITIONS)}
_PREP_FIRST = frozenset(_PREPS_BY_FIRST)


@lru_cache(maxsize=65536)
def _verb_of(norm: str) -> str | None:
    """The reporting verb (normalized lemma) a word is a form of, a leading و/ف allowed."""
    for cand in (norm, norm[1:] if norm[:1] in "وف" else ""):
        if not cand:
            continue
        if cand in _FORM_TO_VERB:
            return _FORM_TO_VERB[cand]
    return None


@lru_cache(maxsize=65536)
def _participle(norm: str) -> str | None:
    for cand in (norm, norm[1:] if norm[:1] in "وف" else ""):
        if cand in R.PARTICIPLES:
            return cand
    return None


#: اتهم and its forms, with an object pronoun maybe (واتهمه، يتهمها): an accusation is a claim (the news sets count
#: every one), its content the charge after بـ.
_ACCUSE_VERBS = ("اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "يتهمان", "تتهمان")
_ACCUSE_FORMS = frozenset(p + v + o for v in _ACCUSE_VERBS for o in ("", "ه", "ها", "هم", "هما", "ني", "نا", "ك", "كم")
                          for p in ("", "و", "ف"))
#: Rejecting an accusation is a denial (ورفض الجيش النيجيري هذه الاتهامات), as نفى is: these forms, when an
#: accusation noun (:data:`R.ACCUSATION_NOUNS`) follows in the clause.
_REJECT_FORMS = frozenset(p + v for v in ("رفض", "رفضت", "رفضوا", "رفضا", "يرفض", "ترفض", "يرفضون")
                          for p in ("", "و", "ف"))
# Every word that can start a claim (what _sentence_claims looks at): editorial markers, the first
# words of source prepositions, saying nouns, accusations, and verb/participle forms with or without و/ف.
_REPORT_NOUN_FORMS = frozenset(p + f for f in R.REPORT_NOUNS for p in ("", "و", "ف"))
#: Forecasts made by experts (توقعات المحللين التي تحدثت عن، متفوقة على توقعات المحللين لـ 47 سنتا).
_FORECAST_FORMS = frozenset(p + f for f in ("توقعات", "تقديرات") for p in ("", "و", "ب", "ل", "وب", "ول"))
_CUE_WORDS = frozenset(
    {*R.EDITORIAL, *_PREP_FIRST, *R.SAYING_NOUNS, *_ACCUSE_FORMS, *_REJECT_FORMS, *_REPORT_NOUN_FORMS, *_FORECAST_FORMS}
    | {p + f for f in (*_FORM_TO_VERB, *R.PARTICIPLES) for p in ("", "و", "ف")}
)


_OTHER_CUES = frozenset({*R.EDITORIAL, *R.SAYING_NOUNS} | {p + f for f in (*_FORM_TO_VERB, *R.PARTICIPLES)
                                                            for p in ("", "و", "ف")})
#: First words of source prepositions that start a claim only with their next word (على لسان, كما جاء في),
#: and are no other cue: very frequent words (على is in a third of all sentences) ...
_PAIR_FIRST = frozenset(
    w for w in _PREP_FIRST - _OTHER_CUES
    if all(len(seq) > 1 and seq[1] != "ل" for seq in R.SOURCE_PREPOSITIONS if seq[0] == w))
#: ... so a sentence is read for claims when it has a cue word, the second word of such a pair standing
#: for the first (a superset of the sentences where a claim can start).
#: The pair stands by its rarer word: its first (نقلا عن by نقلا, استنادا الى by استنادا: إلى and عن are in a third
#: and an eighth of all sentences), but its second after a common first word (على لسان by لسان, كما جاء في by جاء).
#: (A second word as common as في or ما would send most sentences to the reader: جاء في stands by جاء, and على ما
#: by the announcing verbs that must follow it, object suffix included: على ما أعلنته.)
_COMMON_FIRST = frozenset({"علي", "كما"})
_COMMON_SECOND = frozenset({"في", "ما"})
_SENTENCE_WORDS = (_CUE_WORDS - _PAIR_FIRST) | frozenset(
    seq[0] if seq[0] not in _COMMON_FIRST or seq[1] in _COMMON_SECOND else seq[1]
    for seq in R.SOURCE_PREPOSITIONS if seq[0] in _PAIR_FIRST and seq[0] != "علي" or seq[:2] == ("علي", "لسان")) \
    | frozenset(form + end for lemma, (forms, _) in R.REPORTING_VERBS.items() if normalize(lemma) in R.ANNOUNCING_VERBS
                for form in forms for end in ("", "ه", "ها", "هم"))


class _Sentence:
    """Tokens of one sentence and the text between them."""

    __slots__ = ("text", "toks", "start", "end")

    def __init__(self, text: str, toks: list[Token], start: int, end: int):
        self.text, self.toks, self.start, self.end = text, toks, start, end

    def toks_norm_at(self, offset: int) -> str | None:
        """Normalized word starting at character ``offset``, if any."""
        return next((t.norm for t in self.toks if t.start == offset), None)

    def gap(self, k: int) -> str:
        """Text between word ``k - 1`` and word ``k`` (sentence start before the first word)."""
        left = self.toks[k - 1].end if k > 0 else self.start
        right = self.toks[k].start if k < len(self.toks) else self.end
        return self.text[left:right]


@lru_cache(maxsize=4096)
def _stops_phrase(gap: str) -> bool:
    """Whether the text between two words holds a clause mark (punctuation other than quotes, brackets, dashes);
    cached: the gaps of a text are a few strings (" ", "، ", ". ") over and over."""
    return bool(_PUNCT_STOP_RE.search(gap))


def _noun_phrase(s: _Sentence, j: int, limit: int = MAX_SPEAKER_WORDS) -> int:
    """End index (exclusive) of the speaker phrase starting at word ``j`` (``j`` when there is none)."""
    toks = s.toks
    k = j
    while k < len(toks) and k - j < limit:
        gap = s.gap(k)
        if k == j:
            if ":" in gap or toks[k].norm in R.ADDRESSEE_WORDS or toks[k].norm.startswith("لل"):
                return j  # وتؤكد للمجتمع الدولي ...: an addressee, no speaker
            if toks[k].norm[:1] == "ب" and toks[k].text.endswith(("ه", "ها", "هم")) and len(toks[k].norm) >= 6 \
                    and not toks[k].norm.startswith(("بن", "بال")):
                return j  # اعترف باشتراكه: what is admitted, no speaker (a pronoun ending; not باسلمة, a name)
            if toks[k].norm in R.CONDITIONAL_OPENERS:
                return j
            if any(q in gap for q in _OPEN_QUOTES):
                return _quoted_name(s, j)
        elif (_stops_phrase(gap) and not (gap == ". " and toks[k - 1].norm in R.TITLE_LETTERS)) or (
                "(" in gap and _parenthesized_words(s.text, s.toks[k - 1].end + gap.index("("), s.end)) \
                or _opens_quotation(s, k):
            break  # a clause mark, or the speaker's words in parentheses or quotes (وقال الأصبحي "الميليشيات ..."),
            # but not the period of a title (وأضاف م. جديع)
        n = toks[k].norm
        if n == "من" and k == j + 1 and toks[j].norm in ("عدد", "العديد") and k + 1 < len(toks):
            k += 1  # عدد من ملاك الفنادق: a number of them, then who they are
            continue
        if n == "بان" and k + 1 < len(toks) and toks[k + 1].norm == "كي":
            k += 1  # بان كي مون: a name, not بأنّ
            continue
        if n in R.COMPLEMENTIZERS or n in R.SAYING_NOUNS or n in R.SPEECH_OBJECTS or (
                k > j and (n in R.EMPHASIS_OBJECTS or n in R.DENIED_OBJECTS
                           or (k == j + 1 and toks[j].norm in R.HONORIFIC_SUBJECTS))):
            break  # (وأكد الوزير أهمية، ونفت اسبانيا ارتكاب: the object; ونوّه سموه بمستوى: the honorific alone)
        if n in R.SPEAKER_STOPS and not (k > j and (n in R.SPEAKER_JOINERS
                                                    or R.TITLE_PREPOSITIONS.get(toks[k - 1].norm) == n
                                                    or (n == "علي" and toks[k].text.endswith("علي")
                                                        and (toks[k - 1].norm in R.SPEAKER_TITLES
                                                             or toks[k - 1].norm in R.TITLE_LETTERS)))) \
                and not (k == j and n == "علي" and toks[k].text.endswith("علي") and k + 1 < len(toks)
                         and not toks[k + 1].norm.startswith("ال") and toks[k + 1].norm not in R.NOT_AFTER_NAME_ALI):
            break  # (المشرف على كرسي ...: a title's preposition goes on; الدكتور علي: a name)
        if k > j and (n in R.SPEECH_NOUNS or (n in _PREP_FIRST and n != "علي" and _match_preposition(s, k))):
            break  # (وكالة دوغان للأنباء نقلا عن شهود: a second source)
        if n in ("ل", "لـ") or (n.startswith("ل") and not n.startswith("لل") and n[1:] in R.SOURCE_NOUNS):
            if not (k > j and toks[k - 1].norm in R.GENITIVE_HOSTS):
                break  # the addressee: قال لـ«سبق»، لوكالة الأنباء (but: بيان لوزارة الصحة)
        if k > j:
            if toks[k].text.endswith(("اً", "ًا", "ً")):
                break  # an accusative object: رصدت الوزارة انخفاضاً
            if (n[:1] == "و" and not n.startswith("وال") and n[1:] not in R.SOURCE_NOUNS
                    and n not in R.WAW_INITIAL):
                break
            if _verb_of(n) or _participle(n) or n in R.MODAL_OPENERS:
                break  # (وأضاف الوزير يجب أن نعمل: the words open with a modal)
        if n.isdigit():
            break
        k += 1
    return k


def _opening_quote(gap: str, k: int) -> int | None:
    """Index in ``gap`` (the gap before word ``k``) of a quote mark that opens a quotation: not one glued to the
    word before it and followed by a space, which closes a quoted name ("صحة جازان" في)."""
    return next((i for i, ch in enumerate(gap) if ch in _OPEN_QUOTES
                 and not (i == 0 and k > 0 and i + 1 < len(gap) and gap[i + 1].isspace())), None)


def _opens_quotation(s: _Sentence, k: int) -> bool:
    """Whether the gap before word ``k`` opens a quotation of more than three words (a shorter quoted run is a
    name inside the phrase: صحيفة "فيلت أم زونتاج" الألمانية)."""
    gap = s.gap(k)
    q = _opening_quote(gap, k)
    if q is None:
        return False
    start = s.toks[k - 1].end + q if k > 0 else s.start + q
    close = s.text.find(R.QUOTES.get(gap[q], gap[q]), start + 1)
    return close == -1 or len(s.text[start:close].split()) > MAX_QUOTED_NAME_WORDS


#: A quoted source name (وأكد "البلوي" أن، بحسب "شبكة تعز الإخبارية") has at most this many words.
MAX_QUOTED_NAME_WORDS = 4


def _quoted_name(s: _Sentence, j: int) -> int:
    """End of a quoted name opening at word ``j`` (``j`` when the quote is speech, not a name): a short
    quotation closed before a complementizer, a colon, the sentence end or a clause break."""
    toks = s.toks
    gap = s.gap(j)
    q = next(ch for ch in gap if ch in _OPEN_QUOTES)
    left = toks[j - 1].end if j > 0 else s.start
    close = s.text.find(R.QUOTES.get(q, q), left + gap.index(q) + 1, s.end)
    if close == -1:
        return j
    k = j
    while k < len(toks) and toks[k].end <= close:
        k += 1
    if not 0 < k - j <= MAX_QUOTED_NAME_WORDS:
        return j
    nxt = toks[k].norm if k < len(toks) else ""
    if nxt and not {nxt, nxt[1:]} & R.COMPLEMENTIZERS and nxt not in R.ADJUNCT_PREPOSITIONS \
            and nxt not in R.RELATIVE_PRONOUNS and not re.search(r"[:،,.]", s.gap(k)):
        return j  # بحسب "شبكة تعز" فإنه، وأكد "البلوي" أن، وقالت "كلير" التي: a name; قال "شكراً لكم": speech
    return k


def _source_like(text: str, s: _Sentence, spk: tuple[int, int], entities: list[dict]) -> bool:
    """Whether a speaker phrase can be a source: it names an entity or an actor, or its head is a source,
    an anonymous-source or a human plural noun (not رصدت الوزارة انخفاضاً's object but يوضح الأعمال's)."""
    start, end = s.toks[spk[0]].start, s.toks[spk[1] - 1].end
    if _speaker_entity(text, start, end, entities) is not None:
        return True
    nouns = _SOURCE_HEADS
    for head in (s.toks[spk[0]].norm, s.toks[spk[0]].norm[1:]):  # وزارة or و+المدرب
        if head in nouns or (head.startswith("ال") and head[2:] in nouns):
            return True
    return False


_SOURCE_HEADS = R.SOURCE_NOUNS | R.ANONYMOUS_HEADS | R.HUMAN_PLURALS | R.SPEAKER_TITLES | R.INSTITUTION_NOUNS


def _content_start(s: _Sentence, j: int, prep: str | None, limit: int = MAX_ADJUNCT_WORDS) -> tuple[int, bool] | None:
    """Where the reported content starts at or after word ``j``: ``(character offset, direct)``."""
    toks = s.toks
    for k in range(j, min(len(toks), j + limit) + 1):
        gap = s.gap(k)
        if ":" in gap:
            q = next((i for i, ch in enumerate(gap) if ch in _OPEN_QUOTES or ch == "("), None)
            left = toks[k - 1].end if k > 0 else s.start
            return (left + q if q is not None else (toks[k].start if k < len(toks) else -1)), True
        if k == j and "(" in gap:
            left = toks[k - 1].end if k > 0 else s.start
            paren = left + gap.index("(")
            if _parenthesized_words(s.text, paren, s.end):
                return paren, True  # وقال أحد المشجعين (المدرب أخطأ بلا شك ...): words in parentheses
        q = _opening_quote(gap, k)
        if q is not None and k > j - 1:
            left = toks[k - 1].end if k > 0 else s.start
            # a quoted name inside a phrase («داعش») is not a quotation: it must run past three words
            close = s.text.find(R.QUOTES.get(gap[q], gap[q]), left + q + 1)
            if close == -1 or len(s.text[left + q:close].split()) > 3:
                return left + q, True
        if k >= len(toks):
            return None
        n = toks[k].norm
        if n in R.COMPLEMENTIZERS and not (k and toks[k - 1].norm in R.SUBORDINATORS):
            return toks[k].start, False
        if k == j and n in R.STATEMENT_OPENERS:
            return toks[k].start, False  # وقال لقد ناقشنا ...: the words, unquoted, right after the verb
        if prep and (n == prep or (prep == "ب" and n.startswith("ب") and len(n) > 3)):
            if n == prep and k + 1 < len(toks) and toks[k + 1].norm in R.NOT_CONTENT_AFTER:
                return -2, False  # an idiom (عن طريق): no claim at all
            return toks[k].start, False
        if n in R.SAYING_NOUNS and k + 1 <= len(toks):
            nxt = _content_start(s, k + 1, None, 4)
            return nxt if nxt else ((toks[k + 1].start, False) if k + 1 < len(toks) else None)
    return None


#: Words in parentheses right after the speaker are the speaker's words when there are more than this many (an
#: aside is short: (وسط)، (100 كلم شمال بغداد)); with a digit inside, more than PAREN_WORDS_WITH_DIGIT.
PAREN_WORDS = 3
PAREN_WORDS_WITH_DIGIT = 5


def _parenthesized_words(text: str, paren: int, limit: int) -> bool:
    """Whether the parenthesis at ``paren`` opens quoted words rather than an aside (see :data:`PAREN_WORDS`)."""
    close = text.find(")", paren + 1, limit + 1)
    if close == -1:
        return False
    inner = text[paren + 1:close].strip("( ")
    words = len(inner.split())
    return words > (PAREN_WORDS_WITH_DIGIT if any(ch.isdigit() for ch in inner) else PAREN_WORDS)


def _content_end(text: str, start: int, sent_end: int) -> int:
    """End of content starting at ``start``: the closing quote or parenthesis of a quotation, else the sentence
    end."""
    ch = text[start]
    if ch == "(":
        close = text.find(")", start + 1, sent_end + 1)
        while close != -1 and close + 1 < len(text) and text[close + 1] == ")":
            close += 1  # (( ... )): a verse
        if close != -1:
            return close + 1
    if ch in _OPEN_QUOTES:
        closing = R.QUOTES[ch]
        para_end = text.find("\n", start)
        para_end = len(text) if para_end == -1 else para_end
        close = text.find(closing, start + 1, min(para_end, start + MAX_QUOTE_CHARS))
        if close != -1:
            return max(close + 1, min(sent_end, close + 1))
    end = sent_end
    while end > start and text[end - 1] in " .،,؛;":
        end -= 1
    return end


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _actor_index() -> dict[str, actors.Actor]:
    return actors.index_by(normalize)


def _speaker_entity(text: str, start: int, end: int, entities: list[dict]) -> str | None:
    """Canonical name of the entity the speaker phrase names: a person first, then an organisation."""
    best = None
    rank = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
    for ent in entities:
        if ent["start"] < end and ent["end"] > start:
            key = (rank.get(ent.get("label"), 4), -(ent["end"] - ent["start"]))
            if best is None or key < best[0]:
                best = (key, ent.get("canonical") or ent["text"])
    if best:
        return best[1]
    words = normalize(text[start:end]).split()
    index = _actor_index()
    for size in range(min(5, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            key = " ".join(words[i:i + size])
            for cand in (key, key[1:] if key[:1] in "وفبل" else None):
                if cand and cand in index:
                    return index[cand].canonical
    return None


def _is_named(text: str, start: int, end: int, toks: list[Token], entities: list[dict]) -> bool:
    """False for unidentified sources: an anonymous head without a named person or organisation."""
    norm = normalize(text[start:end])
    if any(p in norm for p in R.ANONYMITY_PHRASES):
        return False
    head = toks[0].norm if toks else ""
    head = head[1:] if head[:1] in "وف" and head[1:] in R.ANONYMOUS_HEADS else head
    if head not in R.ANONYMOUS_HEADS and head[2:] not in R.ANONYMOUS_HEADS - {"الصحف", "وسائل"}:
        return True
    if head in ("متحدث", "مسؤول") and len(toks) > 1 and toks[1].norm == "باسم":
        return True  # a spokesman of a named body speaks for it
    return any(e["start"] < end and e["end"] > start and e.get("label") in ("PER", "ORG") for e in entities)


def find_claims(text: str, entities: list[dict] | None = None) -> list[dict[str, Any]]:
    """Find attributed statements in ``text``.

    Args:
        text: The article text.
        entities: The ``entities`` layer of the same text (spans with ``label`` and ``canonical``), used
            for ``speaker_entity`` and to accept source prepositions before names; may be empty.

    Returns:
        Claims ``{speaker, speaker_named, cue, content, direct, speaker_entity}`` in text order; every
        span indexes ``text`` exactly.
    """
    entities = entities or []
    claims: list[dict[str, Any]] = []
    doc = document(text)
    near = _touching(entities)
    for i in doc.with_words(_SENTENCE_WORDS):  # a claim starts on a cue word: most sentences have none
        toks = doc.tokens(i)
        if toks:
            a, b = doc.sents[i]
            # a sentence's rules ask only about entities at its words: they read the few that touch it
            claims.extend(_sentence_claims(text, _Sentence(text, toks, a, b), near(a, b)))
    claims = [c for c in _dedupe(claims) if not _abstract_speaker(c["speaker"])]
    before = _cues_before(claims)
    claims = [c for c in claims if not _told_by_the_verb_before(c, before)]
    _link_pronoun_speakers(claims, doc, entities)
    _relative_speakers(text, claims, entities)
    return claims


#: Relative pronouns that may stand between a speaker and its verb (الناقد طارق الشناوي الذي قال إن).
_SPEAKER_RELATIVES = frozenset({"الذي", "التي", "الذين", "والذي", "والتي", "والذين"})
_RELATIVE_BEFORE_RE = re.compile(r"(\S+)\s+$")
_RELATIVE_WORDS = frozenset(R.RELATIVE_PRONOUNS)


def _touching(spans: list[dict]) -> Callable[[int, int], list[dict]]:
    """A function giving the spans of ``spans`` (dicts with ``start`` and ``end``) that overlap or touch ``[a, b]``
    (``start <= b`` and ``end >= a``), in their order: by bisection when they are in text order (as the layers write
    them), else by a scan."""
    starts = [s["start"] for s in spans]
    if not all(map(operator.le, starts, starts[1:])):
        return lambda a, b: [s for s in spans if s["start"] <= b and s["end"] >= a]
    reach = max((s["end"] - s["start"] for s in spans), default=0)  # a span starts at most this far before a

    def touching(a: int, b: int) -> list[dict]:
        return [s for s in spans[bisect_left(starts, a - reach):bisect_right(starts, b)] if s["end"] >= a]

    return touching


def _relative_speakers(text: str, claims: list[dict], entities: list[dict]) -> None:
    """A claim with no speaker whose cue follows a relative pronoun (X الذي قال، البيان، الذي أوضح) takes up, as its
    ``speaker_ref``, the noun the pronoun refers back to: the speaker of another claim ending right before it (بحسب
    ما نقلت الصحيفة عن متحدث باسم الشرطة الذي اكد ان؛ حسب البيان، الذي أوضح أن) or a person or organisation named
    right before it, with the title words just before the name (الناقد طارق الشناوي الذي قال). ``speaker`` stays
    ``None``, as for a pronoun: the relative is the clause's subject (the blind sets 1-34 leave it null; the sets
    since the thirty-fifth name the antecedent as the speaker -- this layer keeps the one convention and links it)."""
    # the first speaker phrase and the first person or organisation ending at each offset, made when first asked
    speakers_by_end: dict[int, dict] | None = None
    names_by_end: dict[int, dict] = {}
    for c in claims:
        if c["speaker"] is not None or c.get("speaker_ref") is not None:
            continue
        m = _RELATIVE_BEFORE_RE.search(text, max(0, c["cue"]["start"] - 12), c["cue"]["start"])
        if m is None or normalize(m.group(1)) not in _SPEAKER_RELATIVES:
            continue
        before = text[:m.start()].rstrip(" \t،,")  # (a comma may stand before the relative: البيان، الذي)
        end = len(before)
        if end == 0 or m.start() - end > 3 or "\n" in text[end:m.start()]:
            continue
        if speakers_by_end is None:  # (the speaker of c is None: no claim with one is c)
            speakers_by_end, names_by_end = {}, {}
            for o in claims:
                if o["speaker"] is not None:
                    speakers_by_end.setdefault(o["speaker"]["end"], o["speaker"])
            for e in entities:
                if e.get("label") in ("PER", "ORG"):
                    names_by_end.setdefault(e["end"], e)
        ref = speakers_by_end.get(end)
        if ref is None:
            ent = names_by_end.get(end)
            if ent is None:
                continue
            start = ent["start"]
            # the title words right before the name (الناقد طارق الشناوي، رئيس نادي كوتبوس كريستيان بيك)
            for w in reversed(list(re.finditer(r"\S+", text[max(0, start - 40):start]))[-3:]):
                word = normalize(w.group())
                if word in R.SPEAKER_TITLES or (word.startswith("ال") and word not in R.SPEAKER_STOPS
                                                and word not in _RELATIVE_WORDS):
                    start = max(0, start - 40) + w.start()
                else:
                    break
            ref = _span(text, start, end)
        c["speaker_ref"] = ref
        c["speaker_named"] = _is_named(text, ref["start"], ref["end"], [], entities)
        c["speaker_entity"] = _speaker_entity(text, ref["start"], ref["end"], entities)


def _told_by_the_verb_before(claim: dict, cues_before: Callable[[int, int], list[dict]]) -> bool:
    """Whether ``claim`` is a saying noun (بقوله) inside the words of a verb's claim just before it (صرح المتحدث
    لـ"عين اليوم" عن حقيقة الفيديو بقوله: "..."): the verb's one statement, not a second. ``cues_before`` is
    :func:`_cues_before` of the article's claims."""
    if normalize(claim["cue"]["text"]) not in R.SAYING_NOUNS:
        return False
    x = claim["cue"]["start"]
    return any(o is not claim and o["speaker"] is not None and o["cue"]["start"] < x
               and o["content"]["start"] <= x < o["content"]["end"] and x - o["cue"]["end"] <= 120
               for o in cues_before(x, 120))


def _cues_before(claims: list[dict]) -> Callable[[int, int], list[dict]]:
    """A function giving the claims whose cue starts before offset ``x`` and ends at most ``within`` characters before
    it (and maybe a few more, never fewer), found by bisection: an article of thousands of claims is not scanned
    for each."""
    order = sorted(claims, key=lambda c: c["cue"]["start"])
    starts = [c["cue"]["start"] for c in order]
    longest = max((c["cue"]["end"] - c["cue"]["start"] for c in claims), default=0)

    def cues_before(x: int, within: int) -> list[dict]:
        return order[bisect_left(starts, x - within - longest):bisect_left(starts, x)]

    return cues_before


def _abstract_speaker(speaker: dict | None) -> bool:
    """Whether the speaker is an abstraction that "says" or "shows" nothing anyone said (المنطق يقول، كما تشير
    الصورة، الشواهد تشير إلى): an essayist's figure of speech, no source."""
    if speaker is None:
        return False
    words = normalize(speaker["text"]).split()
    return bool(words) and len(words) <= 2 and without_conjunction(words[0]) in R.ABSTRACT_SUBJECTS


#: A pronoun subject (وأضاف، مشيراً) is looked for among this many claims before it ...
MAX_REF_CLAIMS = 3
#: ... whose cue starts at most this many characters before its own (about three news sentences: the
#: continuation verbs of the annotated sample sit 1-2 sentences after their speaker's claim).
MAX_REF_CHARS = 1200


@lru_cache(maxsize=4096)
def _cue_agreement(cue: str) -> str | None:
    """Gender/number a reporting cue shows for its subject: ``m`` (قال، أضاف، مشيراً), ``f`` (قالت، تقول،
    مشيرةً), ``p`` (قالوا، يقولون، قائلين), or ``None`` (a noun or preposition cue, or unknown). Cached: an article's
    claims ask it of each cue and of the cues before it, and a verb's forms are found by a scan of the lexicon."""
    norm = normalize(cue)
    w = norm[1:] if norm[:1] in "وف" and (_verb_of(norm) or _participle(norm)) and (
        norm[1:] in _FORM_TO_VERB or norm[1:] in R.PARTICIPLES) else norm
    if w in R.PARTICIPLES:
        return "p" if w.endswith("ين") else "f" if w.endswith("ه") else "m"
    lemma = _FORM_TO_VERB.get(w)
    if lemma is None:
        return None
    forms = next(f for f, _ in R.REPORTING_VERBS.values() if w in f)
    if w.endswith(("وا", "ون")):
        return "p"
    if w != forms[0] and (w.endswith("ت") or (w[:1] == "ت" and "ي" + w[1:] in forms)):
        return "f"
    return "m" if w == forms[0] or w[:1] == "ي" else None


@lru_cache(maxsize=4096)
def _speaker_agreement(speaker: str) -> frozenset[str]:
    """The agreements (see :func:`_cue_agreement`) a pronoun taking up this speaker phrase may show: a
    feminine head (الوزارة، الأمانة) or a non-human plural (المصادر، التقارير) is ``f``, a sound masculine
    plural (المسؤولون، المشاركين) is ``p``, other heads ``m`` (a name, a title, الجيش)."""
    words = normalize(speaker).split()
    if words and words[0].isdigit() and len(words) > 1:
        words = words[1:]  # 19 منظمة: the counted noun
    if not words:
        return frozenset({"m", "f", "p"})
    head = words[0]
    for pre in ("وال", "ال", "و"):
        if head.startswith(pre) and len(head) - len(pre) >= 3:
            head = head[len(pre):]
            break
    if head in R.INDEFINITE_SPEAKERS:
        return frozenset()  # ومنهم من قالوا ...، ومنهم من سخروا وقالوا: the next pronoun may be the other group
    if head == "عدد":
        return frozenset({"m", "p"})  # وطالب عدد من المغردين ...، مشيرين
    if head in R.NONHUMAN_PLURALS or head.endswith(("ه", "ات")):
        return frozenset({"f"})
    if head.endswith("ون") or (head.endswith("ين") and len(head) >= 6) or head in R.HUMAN_PLURALS:
        return frozenset({"p"})
    return frozenset({"m"})


def _link_pronoun_speakers(claims: list[dict], doc: Document, entities: list[dict]) -> None:
    """Give each claim whose subject is only a pronoun the speaker it takes up (``speaker_ref``).

    * A continuation verb (وأضاف، وأردف، وتابع) takes up the speaker of a claim before it: the nearest of
      the last :data:`MAX_REF_CLAIMS` within :data:`MAX_REF_CHARS` characters whose speaker agrees in
      gender and number (وأضافت after الأمانة, not after البيان), through chains of such verbs.
    * A circumstantial participle (مشيراً، قائلاً) takes up the subject of its sentence's main verb: the
      speaker of a claim earlier in the sentence (or in the sentence before, when the participle opens its
      sentence: writers put a full stop before "مشيراً"), else the named subject after the sentence's first
      word (ودعا العميد السحيباني ...، مبيناً؛ ودافع مورينيو عن الحارس قائلاً) -- a main verb that says nothing,
      whose subject is then the participle's ``speaker`` itself (the blind sets' convention), not a reference.
    * A continuation verb in the same sentence as such a named subject and no claim (ألقى رئيس البلدية
      كلمة ... وأعرب) takes that subject up too.

    Claims inside the content of an earlier claim (reported speech) are not antecedents. ``speaker``
    stays ``None`` (no words of this clause name the source); ``speaker_ref`` is the antecedent's span,
    and ``speaker_named`` and ``speaker_entity`` are the antecedent's. Claims with a speaker, and pronouns
    with no agreeing antecedent, get ``speaker_ref: None``.
    """
    text, starts = doc.text, [a for a, _ in doc.sents]

    def sent_of(pos: int) -> int:
        return bisect_left(starts, pos + 1) - 1

    embedded = _embedded(claims)
    near = _touching(entities)
    first_in_sentence: dict[int, int] = {}  # sentence -> the first claim (in list order) with its cue there
    for k, c in enumerate(claims):
        first_in_sentence.setdefault(sent_of(c["cue"]["start"]), k)
    # the agreements each claim's speaker may take: its head's, and its own verb's (وقال هنية: masculine,
    # though هنية ends like a feminine noun; a pronoun verb agrees fully: وأضافوا is plural)
    agrees: dict[int, set[str]] = {}
    main_subject: set[int] = set()  # participles whose speaker is their main verb's subject
    for k, c in enumerate(claims):
        c["speaker_ref"] = None
        agree = _cue_agreement(c["cue"]["text"])
        if c["speaker"] is not None:
            own = _speaker_agreement(c["speaker"]["text"])
            agrees[id(c)] = own | ({agree} if agree and own else set())
            continue
        if agree is None:
            continue
        agrees[id(c)] = {agree}
        participle = _participle(normalize(c["cue"]["text"])) is not None
        sent = sent_of(c["cue"]["start"])
        if participle and not text[starts[sent]:c["cue"]["start"]].strip(" \n\t،,.") and sent:
            sent -= 1  # "... . مشيراً": the participle continues the sentence before
        found = None
        for prev in [p for p in claims[max(0, k - MAX_REF_CLAIMS - 2):k] if id(p) not in embedded][::-1][:MAX_REF_CLAIMS]:
            if c["cue"]["start"] - prev["cue"]["start"] > MAX_REF_CHARS:
                break
            if participle and sent_of(prev["cue"]["start"]) != sent:
                break
            ref = prev["speaker"] or prev["speaker_ref"]
            if ref is None:
                if participle or _cue_agreement(prev["cue"]["text"]) in (agree, None):
                    break  # the same unknown subject (or maybe it): no guess past it
                continue
            if agree in agrees.get(id(prev), ()):
                found = (ref, prev["speaker_named"], prev["speaker_entity"])
                if participle and id(prev) in main_subject:
                    main_subject.add(id(c))  # ...، مؤكداً ...، مشيراً: the same main verb's subject
                break
            if participle:
                break
        if found is None and first_in_sentence.get(sent, k) >= k:  # no claim before it in its sentence
            found = _sentence_subject(doc, sent, c["cue"]["start"], agree, entities, near(*doc.sents[sent]))
            if found is not None and participle:
                main_subject.add(id(c))
        if found is not None and id(c) in main_subject:
            # ودعا العميد السحيباني ...، مبيناً: the main verb says nothing, so its subject is the participle's
            # speaker (the convention of the blind sets since the fifth)
            c["speaker"], c["speaker_named"], c["speaker_entity"] = found
        elif found is not None:
            c["speaker_ref"], c["speaker_named"], c["speaker_entity"] = found


def _embedded(claims: list[dict]) -> set[int]:
    """The ``id`` of each claim inside reported speech: its cue lies in the content of a claim whose cue comes before
    it. One sweep over the cues in text order, the contents opened so far in a heap by their claim's cue start (the
    one closing first is dropped once behind the cue): an article of thousands of claims took minutes when every pair
    was compared."""
    contents = sorted((c["content"]["start"], c["content"]["end"], c["cue"]["start"]) for c in claims)
    open_contents: list[tuple[int, int]] = []  # (cue start, content end) of contents starting at or before the cue
    out: set[int] = set()
    j = 0
    for c in sorted(claims, key=lambda c: c["cue"]["start"]):
        x = c["cue"]["start"]
        while j < len(contents) and contents[j][0] <= x:
            heapq.heappush(open_contents, (contents[j][2], contents[j][1]))
            j += 1
        while open_contents and open_contents[0][1] <= x:
            heapq.heappop(open_contents)  # closed before x, and before every later cue
        if open_contents and open_contents[0][0] < x:
            out.add(id(c))
    return out


#: Words that open a sentence without being its verb (a preposition or particle before the clause).
_NOT_OPENING_VERBS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "كما", "وفي", "ومن", "وعلي",
                                "ان", "لكن", "ولكن", "حيث", "اذ", "وقد", "قد", "وكان", "كان", "وكانت", "كانت",
                                "هذا", "وهذا", "ذلك", "وذلك", "الا", "ثم", "لم", "ولم", "لا", "ولا", "وهو", "وهي"})


def _sentence_subject(doc: Document, i: int, before: int, agree: str, entities: list[dict],
                      local: list[dict]) -> tuple[dict, bool, str | None] | None:
    """The named subject of sentence ``i``'s main verb, when the sentence opens verb-first: the noun
    phrase after its first word, if a person or organisation entity starts in its first five words and
    it ends before ``before`` and agrees with ``agree``; as ``(span, named, entity)``. ``entities`` is the article's
    entities layer (a surname may take up a person named in an earlier sentence), ``local`` the entities touching the
    sentence (:func:`_touching`), which its other rules read: an article of thousands of claims would read all of its
    entities for each."""
    toks = doc.tokens(i)
    # the verb opens the sentence, or follows a two-word opener (وفي الحفل ألقى، وبهذه المناسبة رفع)
    a, b = doc.sents[i]
    s = _Sentence(doc.text, toks, a, b)
    v = 2 if toks and toks[0].norm in _OPENERS else 0
    if v and len(toks) > 3 and _stops_phrase(s.gap(3)) and not _stops_phrase(s.gap(2)):
        v = 3  # من جهة أخرى، أدان الأمين العام: a three-word opener, then the verb
    if toks and toks[0].norm in _ONE_WORD_OPENERS:
        v = 1  # كما تقدمت البحاثة ...، وقد وجه قائد ...
    if len(toks) < v + 3 or (toks[v].norm in _NOT_OPENING_VERBS and toks[v].norm not in _KANA) \
            or _participle(toks[v].norm):
        return None
    if _stops_phrase(s.gap(v + 1)) or (v and _stops_phrase(s.gap(1))):
        return None
    end = _noun_phrase(s, v + 1, MAX_SPEAKER_WORDS)
    if end == v + 1 and toks[v + 1].text.isdigit():
        end = _noun_phrase(s, v + 2, MAX_SPEAKER_WORDS)  # ونددت 19 منظمة غير حكومية: the number, then the noun
    end = next((k for k in range(v + 2, end) if toks[k].norm.startswith(("بال", "لل"))), end)  # وأشاد ايمري بالمدير
    end = _subject_end(toks, v + 1, end, local)
    if end == v + 1 and any(q in s.gap(v + 1) for q in _OPEN_QUOTES):
        end = _quoted_subject(s, v + 1, local)  # ودعا "آل مريع" جميع الراغبين
    end = next((k + 1 for k in range(v + 2, end - 1) if toks[k].text.isascii() and toks[k].text.isalpha()), end)
    # (رشحت وكالة الأنباء الفرنسية AFP فريق الهلال: a Latin acronym ends the name; the object follows)
    if end >= v + 2 and toks[v + 1].norm == "عدد" and v + 3 < len(toks) and toks[v + 2].norm == "من":
        end = v + 4  # وطالب عدد من المغردين (then the object)
    if end <= v + 1 or toks[end - 1].end > before:
        return None
    first3 = toks[min(max(end, v + 7), len(toks)) - 1].end  # a name in the phrase or its first six words
    if not any(e.get("label") in ("PER", "ORG") and toks[v + 1].start <= e["start"] < first3 for e in local):
        head = toks[v + 2 if toks[v + 1].text.isdigit() else v + 1].norm  # ونددت 19 منظمة غير حكومية
        if head.startswith("ال") and head[2:] in R.INSTITUTION_SOURCES:
            end = v + 2  # an institution alone: وطالبت الجامعة المتقدمات ...، لافتة إلى أن
        elif end == v + 2 and head.startswith("ال") and any(
                e.get("label") == "PER" and e["start"] < toks[v].start and normalize(e["text"]).split()[-1] == head
                for e in entities):
            pass  # the surname of a person named before (نايف الحداد ... ودعا الحداد المواطنين)
        elif head.startswith("ال") and head[2:] in R.SOURCE_NOUNS:
            pass  # واستعرض التقرير جانباً ...، مشيراً
        elif not (head in R.HUMAN_PLURALS or head in _GROUP_HEADS or head in R.SPEAKER_TITLES or head in R.SOURCE_NOUNS):
            return None
    st, en = toks[v + 1].start, toks[end - 1].end
    span = _span(doc.text, st, en)
    if agree not in _speaker_agreement(span["text"]) | {"m" if _speaker_agreement(span["text"]) == {"f"} else ""}:
        return None  # (a masculine pronoun may take up a name ending in ة: هنية، حمزة)
    return span, _is_named(doc.text, st, en, toks[v + 1:end], local), _speaker_entity(doc.text, st, en, local)


#: Definite adjectives that are not relative (nisba) adjectives, after a definite head (الأمين العام، الوزير السابق).
_DEFINITE_ADJECTIVES = frozenset({
    "العام", "السابق", "الاسبق", "الخاص", "المساعد", "المتحده", "الاعلي", "الاول", "الثاني", "الاحمر", "الابيض",
    "الحر", "الجديد", "الكبير", "العليا", "المكلف", "المناوب", "المنتخب", "الموحد", "المشترك", "المستقل",
    "الشقيق", "الشقيقه", "الدائم", "المعتمد", "الشهير", "الراحل", "الحاكم", "المعارض", "المضيف", "الزائر",
    "المنتهيه", "المقبل", "الحالي", "المركزي", "الاكبر", "الاخير", "الوطني", "الاهلي"})


def _subject_end(toks: list[Token], j: int, end: int, entities: list[dict]) -> int:
    """Where the subject after a sentence's first verb ends inside the phrase :func:`_noun_phrase` gives
    (it reads a speaker phrase, which a verb-first sentence continues with its object): after a sound
    plural in -ون, which no noun follows in a construct (آخرون دولةَ الإمارات); before an accusative
    (التقرير جانباً); before a definite noun that is no adjective after a definite head (الحداد المواطنين)."""
    def in_entity(t: Token) -> bool:
        return any(e["start"] <= t.start < e["end"] for e in entities)

    for k in range(j + 1, end):
        prev, w = toks[k - 1].norm, toks[k].norm
        if prev.endswith("ون") and len(prev) >= 5 and not in_entity(toks[k - 1]):
            return k
        if prev.startswith("ال") and not in_entity(toks[k]):
            if not w.startswith("ال") and toks[k].text.endswith(("ا", "اً", "ًا")) and len(w) >= 4:
                return k
            if w.startswith("ال") and not w.endswith(("ي", "يه", "يين", "يون", "يات")) \
                    and w not in _DEFINITE_ADJECTIVES:
                return k
    return end


def _quoted_subject(s: _Sentence, j: int, entities: list[dict]) -> int:
    """End of a quoted name right after a sentence's first verb (ودعا "آل مريع" جميع ...): the words up to
    the closing quote, at most three, when a person's name begins among them (``j`` otherwise)."""
    toks = s.toks
    gap = s.gap(j)
    q = next(ch for ch in gap if ch in _OPEN_QUOTES)
    close = s.text.find(R.QUOTES.get(q, q), toks[j].start, s.end)
    k = j
    while k < len(toks) and toks[k].end <= close:
        k += 1
    if close == -1 or not 0 < k - j <= 3 or not any(
            e.get("label") == "PER" and toks[j].start <= e["start"] < toks[k - 1].end for e in entities):
        return j
    return k


def _after_verb_and_subject(s: _Sentence, v: int, i: int) -> bool:
    """Whether the words from verb ``v`` up to word ``i`` are the verb and its subject only: no clause mark
    between, and the subject phrase after the verb ends at ``i``."""
    return v + 1 < i and not any(_stops_phrase(s.gap(k)) for k in range(v + 1, i + 1)) and _noun_phrase(s, v + 1) == i


def _after_dashes(s: _Sentence, k: int) -> int | None:
    """The word after an aside between dashes that opens before word ``k`` (``- الذي انضم ... -``), if the aside
    closes within :data:`MAX_DASH_ASIDE_WORDS` words."""
    if k >= len(s.toks) or not _DASH_GAP_RE.fullmatch(s.gap(k)):
        return None
    return next((m for m in range(k + 1, min(len(s.toks), k + MAX_DASH_ASIDE_WORDS))
                 if _DASH_GAP_RE.fullmatch(s.gap(m))), None)


#: A dash between spaces (an aside's bounds: وأضاف الرجل - الذي انضم ... - أنه).
_DASH_GAP_RE = re.compile(r"\s+[-–]\s+")


#: The longest aside between dashes after a speaker.
MAX_DASH_ASIDE_WORDS = 30

#: Words with فـ that open the content after a source phrase (بحسب X فقد / فإن).
_FA_OPENERS = frozenset({"فقد", "فان", "فانه", "فانها", "فانهم"})
#: What a source told, before التي / الذي and its verb (بحسب التفاصيل التي ذكرتها الصحيفة).
_TOLD_NOUNS = frozenset({"التفاصيل", "المعلومات", "البيانات", "الارقام", "الروايه"})
#: One's account in a construct after بحسب / حسب / وفق (بحسب وصف المدعي العام، حسب رواية شهود).
_ACCOUNT_NOUNS = frozenset({"وصف", "روايه", "تعبير", "تقدير", "تقديرات", "افاده", "شهاده", "تصريح", "تصريحات",
                            "كلام"})

#: Auxiliaries of a passive told by a verbal noun (تم رصد، يتم الإعلان، جرى الكشف).
_PASSIVE_AUXILIARIES = frozenset({"تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "جري", "وجري", "يجري"})

#: Parts of the day before أمس / اليوم right after a verb (قال مساء أمس الوزير): a time, not the speaker.
_DAY_PARTS = frozenset({"مساء", "صباح", "ظهر", "ليل", "فجر", "عصر", "ليله"})


#: One-word openers before a sentence's verb (كما تقدمت، وقد وجه).
_ONE_WORD_OPENERS = frozenset({"كما", "وكما", "وقد", "قد"})
#: كان opening a sentence (وكان الوزير قد حسم ...): its subject is the sentence's.
_KANA = frozenset({"وكان", "كان", "وكانت", "كانت"})
#: Heads of a group subject (شكا سكان الحي، وطالب عدد من المغردين، شارك أهالي الأطفال).
_GROUP_HEADS = frozenset({"عدد", "اهالي", "اهل", "سكان", "مواطنون", "مواطنين", "اخرون"})
#: First words of a two-word opener before a sentence's verb (وفي الحفل، وبهذه المناسبة، ومن جهته).
_OPENERS = frozenset({"وفي", "في", "وبهذه", "بهذه", "ومن", "من", "وخلال", "خلال", "وبدوره", "وعلي"})


def _dedupe(claims: list[dict]) -> list[dict]:
    seen, out = set(), []
    for c in sorted(claims, key=lambda c: c["cue"]["start"]):
        key = (c["cue"]["start"], c["cue"]["end"])
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _clause_start(s: _Sentence, i: int) -> int:
    """Index of the first word of the clause that word ``i`` is in (after the last punctuation)."""
    k = i
    while k > 0 and not _stops_phrase(s.gap(k)):
        k -= 1
    return k


def _make(text: str, s: _Sentence, entities: list[dict], cue: tuple[int, int], spk: tuple[int, int] | None,
          content: tuple[int, int], direct: bool) -> dict[str, Any]:
    speaker = None
    named = True
    entity = None
    if spk and spk[1] > spk[0]:
        st, en = s.toks[spk[0]].start, s.toks[spk[1] - 1].end
        speaker = _span(text, st, en)
        named = _is_named(text, st, en, s.toks[spk[0]:spk[1]], entities)
        entity = _speaker_entity(text, st, en, entities)
    return {
        "speaker": speaker,
        "speaker_named": named,
        "cue": _span(text, s.toks[cue[0]].start, s.toks[cue[1] - 1].end),
        "content": _span(text, content[0], content[1]),
        "direct": direct,
        "speaker_entity": entity,
    }


def _match_preposition(s: _Sentence, i: int) -> int:
    """Number of words of a source preposition starting at word ``i`` (0 when none)."""
    toks = s.toks
    for seq in _PREPS_BY_FIRST.get(toks[i].norm, ()):
        ok = True
        for m, word in enumerate(seq):
            if i + m >= len(toks):
                ok = False
                break
            n = toks[i + m].norm
            if word == "ل":
                if m == len(seq) - 1 and n.startswith("ل") and n not in ("لا", "لم", "لن"):
                    return len(seq) if n == "ل" else -len(seq)  # negative: the ل is attached to the next word
                ok = False
                break
            if n != word:
                ok = False
                break
        if ok:
            return len(seq)
    return 0


def _sentence_claims(text: str, s: _Sentence, entities: list[dict]) -> list[dict[str, Any]]:
    toks = s.toks
    out: list[dict[str, Any]] = []
    used: set[int] = set()
    for i in list(compress(count(), map(_CUE_WORDS.__contains__, map(_norm_of, toks)))):  # most have none
        if i in used:
            continue
        n = toks[i].norm
        if n in R.EDITORIAL:
            used.update(range(i, min(len(toks), i + 2)))
            continue
        # --- source prepositions: بحسب وكالة ...، وفق ما نقله موقع ...
        width = _match_preposition(s, i) if n in _PREP_FIRST else 0
        if width:
            claim = _preposition_claim(text, s, entities, i, width, used)
            if claim:
                out.append(claim)
            continue
        if n in _ACCUSE_FORMS:
            claim = _accusation_claim(text, s, entities, i)
            if claim:
                out.append(claim)
            continue
        if n in _REJECT_FORMS:
            claim = _rejection_claim(text, s, entities, i)
            if claim:
                out.append(claim)
            continue
        if n in _FORECAST_FORMS:
            claim = _forecast_claim(text, s, entities, i)
            if claim:
                out.append(claim)
                continue
        if n in _REPORT_NOUN_FORMS:
            claim = _report_noun_claim(text, s, entities, i, used)
            if claim:
                used.add(i)
                out.append(claim)
            continue
        lemma = _verb_of(n)
        part = None if lemma else _participle(n)
        if not lemma and not part and n not in R.SAYING_NOUNS:
            continue
        if n in R.SAYING_NOUNS:
            claim = _saying_noun_claim(text, s, entities, i)
            if claim:
                used.add(i)
                out.append(claim)
            continue
        if part:
            bare_alif = toks[i - 1].text.endswith("ا") and len(toks[i - 1].norm) >= 4 and toks[i - 1].norm.isalpha() \
                and not toks[i - 1].norm.startswith("ال") and toks[i - 1].norm not in R.SPEAKER_STOPS \
                and not any(e["start"] <= toks[i - 1].start < e["end"] for e in entities) if i else False
            if i and (toks[i - 1].text.endswith(("اً", "ًا")) or (bare_alif and toks[i].norm.endswith("ه"))) \
                    and not _stops_phrase(s.gap(i)) and i + 1 < len(toks) \
                    and toks[i + 1].norm not in R.COMPLEMENTIZERS and (
                        toks[i + 1].norm != R.PARTICIPLES[part] or not toks[i - 1].text.endswith(("اً", "ًا"))):
                continue  # سجلوا حضورًا لافتًا في السوق، فرضت قيودا مشددة على دخول: an adjective of the noun before it
                # (not أخلاقيًا مؤكدين أن; a feminine participle after a bare -ا noun even before its own preposition)
            honorific = i + 1 < len(toks) and toks[i + 1].norm in R.HONORIFIC_SUBJECTS and not _stops_phrase(s.gap(i + 1))
            start = _content_start(s, i + 2 if honorific else i + 1, R.PARTICIPLES[part], 6)
            if honorific and start and start[0] >= 0:
                # مؤكداً سموه أن: the honorific pronoun after the participle is its subject
                end = _content_end(text, start[0], s.end)
                if end > start[0]:
                    out.append(_make(text, s, entities, (i, i + 1), (i + 1, i + 2), (start[0], end), start[1]))
                continue
            if (start is None and part in R.PARTICIPLE_OBJECT and i + 1 < len(toks)
                    and not _stops_phrase(s.gap(i + 1)) and toks[i + 1].norm not in R.SPEAKER_STOPS
                    and (toks[i + 1].norm[:1] != "و" or toks[i + 1].norm in R.WAW_INITIAL)):
                start = (toks[i + 1].start, False)  # مؤكداً حاجته إلى ...: a bare object (not وجهة نظر معتبرة ومقدرة)
            if start and start[0] >= 0:
                end = _content_end(text, start[0], s.end)
                if end > start[0]:
                    out.append(_make(text, s, entities, (i, i + 1), None, (start[0], end), start[1]))
            continue
        claim = _verb_claim(text, s, entities, i, lemma, used)
        if claim:
            out.append(claim)
    return out


#: How far (in words) after the verb the charge (بـ...) may start.
MAX_CHARGE_WORDS = 12


def _accusation_claim(text: str, s: _Sentence, entities: list[dict], i: int) -> dict | None:
    """``اتهم X Y بـ...``: the charge after بـ is the content; of the phrases between the verb and it, the first is
    the speaker when another (the accused) follows it or the verb carries the accused as a pronoun (يتهمها); a
    lone phrase is the accused (ثم اتهم زوجته السابقة باختلاس: the speaker is unsaid)."""
    toks = s.toks
    first = _noun_phrase(s, i + 1)  # a ب- word inside the first phrase is a name's (محمدو بوخاري)
    k = next((k for k in range(i + 1, min(len(toks), i + 1 + MAX_CHARGE_WORDS))
              if toks[k].norm.startswith("با") and len(toks[k].norm) > 3
              or toks[k].norm.startswith("بت") and len(toks[k].norm) > 4
              or (k >= first and toks[k].norm[:1] == "ب" and len(toks[k].norm) > 3 and toks[k].norm not in R.NOT_CHARGE
                  and not _verb_of(toks[k].norm))), None)
    # باختلاس، بالمماطلة، بأنه، بتعطيل (a verbal noun, even where the noun phrase runs on: اتهم الوزير المعارضة بتعطيل);
    # بدعم after the phrase
    gaps = [s.gap(t) for t in range(i + 1, k + 1)] if k is not None else []
    if k is None or any(_stops_phrase(g) and g.strip() not in ("،", ",") for g in gaps) \
            or sum(_stops_phrase(g) for g in gaps) > 1:
        return None  # (one comma may set the speaker off: اتهم الرئيس النيجيري محمدو بوخاري، الولايات المتحدة بدعم)
    has_object = without_conjunction(toks[i].norm) not in _ACCUSE_VERBS  # يتهمها: the accused is the pronoun
    speaker = None
    if k > i + 1:
        end = min(_noun_phrase(s, i + 1), k)
        # a quoted name or a named entity opens the accused (ويتهم الاتحاد الأوروبي "جازبروم" بأنها، وتتهم
        # المعارضة إردوغان بإعاقة، واتهمت ميليشيا وحدات الحماية الكردية تنظيم داعش بإطلاق)
        named = [t for t in range(i + 2, end) if any(q in s.gap(t) for q in _OPEN_QUOTES)
                 or any(e["start"] == toks[t].start and e.get("label") in ("PER", "ORG", "LOC") for e in entities)]
        comma = next((t for t in range(i + 2, k) if _stops_phrase(s.gap(t))), None)
        if comma is not None:
            end, named = comma, []  # اتهم الرئيس النيجيري محمدو بوخاري، الولايات المتحدة: the comma ends the speaker
        if named and not has_object:
            end = named[-1] - (named[-1] - 1 > i + 1 and toks[named[-1] - 1].norm in R.GROUP_HEADS)
        if end > i + 1 and (has_object or end < k):
            speaker = (i + 1, end)
    end = _content_end(text, toks[k].start, s.end)
    if end <= toks[k].start:
        return None
    return _make(text, s, entities, (i, i + 1), speaker, (toks[k].start, end), False)


def _forecast_claim(text: str, s: _Sentence, entities: list[dict], i: int) -> dict | None:
    """``توقعات المحللين التي تحدثت عن 3.99 مليار``: experts' forecasts are their claim (the blind sets count them);
    the experts are the speaker, what follows them in the clause the content. Only forecasts of named kinds of experts
    (:data:`R.FORECASTERS`), not forecasts as such (توقعات الطقس، التوقعات)."""
    toks = s.toks
    j = i + 1
    if j >= len(toks) or without_conjunction(toks[j].norm) not in R.FORECASTERS or _stops_phrase(s.gap(j)):
        return None
    k = j + 1
    if k >= len(toks) or not (toks[k].norm in ("التي", "الذي", "بان", "ان") or toks[k].norm[:1] in "لب"
                              or toks[k].text[:1].isdigit()):
        return None  # (تقديرات المحللين تتنوع: estimates told of, no figure forecast)
    start = toks[k].start
    end = _content_end(text, start, s.end)
    comma = re.search("[،,؛;]", text[start:end])
    end = start + comma.start() if comma else end
    if end <= start:
        return None
    return _make(text, s, entities, (i, i + 1), (j, j + 1), (start, end), False)


def _report_noun_claim(text: str, s: _Sentence, entities: list[dict], i: int, used: set[int]) -> dict | None:
    """``تلقت الشرطة بلاغاً مفاده ...``، ``بلاغاً من الدفاع المدني عن حادث``: a report received tells what it says;
    its source is the phrase after من, if any (else unsaid). Only an indefinite report (not البلاغ, told of). A verb
    after it (بلاغاً يفيد عن وقوع حادث) is the cue, as the blind sets have it, and speaks for the report (no speaker)."""
    toks = s.toks
    j = i + 1
    spk = None
    if j < len(toks) and toks[j].norm == "من" and not _stops_phrase(s.gap(j)):
        end = _noun_phrase(s, j + 1)
        if end > j + 1:
            spk, j = (j + 1, end), end
    for k in range(j, min(len(toks), j + 5)):
        if k > i + 1 and _stops_phrase(s.gap(k)) and "،" not in s.gap(k) and "," not in s.gap(k):
            return None
        if toks[k].norm in R.REPORT_CONTENT_OPENERS:
            start = toks[k + 1].start if toks[k].norm in ("مفاده", "مفادها", "يفيد", "تفيد") and k + 1 < len(toks) \
                else toks[k].start
            end = _content_end(text, start, s.end)
            comma = re.search("[،,؛;]", text[start:end])
            end = start + comma.start() if comma else end  # ...، وفور تلقي البلاغ: the narrative goes on
            if end <= start:
                return None
            cue = (i, i + 1)
            if toks[k].norm in ("يفيد", "تفيد"):
                cue, spk = (k, k + 1), None  # (its subject is the report: بلاغاً من مواطن يفيد بأن, no speaker)
                used.add(k)
            return _make(text, s, entities, cue, spk, (start, end), False)
    return None


def _rejection_claim(text: str, s: _Sentence, entities: list[dict], i: int) -> dict | None:
    """``رفض X الاتهامات``: a denial. The accusation noun (with its demonstrative) opens the content; the phrase
    between the verb and it, if any, is the speaker (ورفض الجيش النيجيري هذه الاتهامات، رفضت الاتهامات)."""
    toks = s.toks
    k = next((k for k in range(i + 1, min(len(toks), i + 1 + MAX_SPEAKER_WORDS))
              if without_conjunction(toks[k].norm) in R.ACCUSATION_NOUNS), None)
    if k is None or any(_stops_phrase(s.gap(t)) for t in range(i + 1, k + 1)):
        return None
    start = k - 1 if k - 1 > i and toks[k - 1].norm in R.DEMONSTRATIVES else k
    speaker = (i + 1, start) if start > i + 1 else None
    end = _content_end(text, toks[start].start, s.end)
    comma = re.search("[،,؛;]", text[toks[start].start:end])
    end = toks[start].start + comma.start() if comma else end  # the rejected thing, not the next clause
    if end <= toks[start].start:
        return None
    return _make(text, s, entities, (i, i + 1), speaker, (toks[start].start, end), False)


#: Object pronouns a form of وصف may carry (وصفه، وصفتها، يصفونهم): the described is the pronoun.
_DESCRIBED_SUFFIXES = ("ه", "ها", "هم", "هما")


def _description_claim(text: str, s: _Sentence, entities: list[dict], i: int) -> dict | None:
    """``وصف X Y بالجيد``، ``وصفته بالكريم``، ``وصف المستخدم الشركة بـ"لصوص"``: a description is a claim (every news set
    that has one codes it), its content the بـ phrase naming it, within the clause. Between the verb and it stand the
    speaker and the described; with an object pronoun on the verb only the speaker (or nothing: a pronoun subject).
    ``بأنّ`` is left to the verb reading (``_verb_claim``)."""
    toks = s.toks
    c_end = next((k for k in range(i + 1, len(toks)) if _stops_phrase(s.gap(k))), len(toks))
    k = next((k for k in range(i + 1, min(c_end, i + 1 + MAX_ADJUNCT_WORDS))
              if toks[k].norm.startswith(("بال", "بان")) and len(toks[k].norm) > 3
              or (toks[k].norm == "ب" and k + 1 < c_end)), None)  # بالجيد، بأنه، بـ "لصوص"
    if k is None or toks[k].norm.startswith("بان"):
        return None
    bare = without_conjunction(toks[i].norm)
    pronoun_object = bare.endswith(_DESCRIBED_SUFFIXES)
    if (i and (toks[i - 1].norm in R.MODALS or toks[i - 1].norm in ("يمكنني", "نستطيع"))) \
            or (i + 1 < len(toks) and toks[i + 1].text[:1].isdigit()) \
            or (k == i + 1 and not pronoun_object and bare in ("وصفت",)):
        return None  # لا يمكن وصفها إلا بالبلطجة (a verbal noun); ووصفت 15 حالة بالحرجة، ووصفت بالاحتراف (passives)
    speaker = None
    if k > i + 1:
        if pronoun_object:
            end = _noun_phrase(s, i + 1)
            speaker = (i + 1, min(end, k)) if end > i + 1 else None
        else:
            end = _subject_end(toks, i + 1, min(_noun_phrase(s, i + 1), k), entities)
            if end >= k:
                return None  # one phrase only: the described, the describer unsaid -- left to the verb reading
            speaker = (i + 1, end)
    end_c = _content_end(text, toks[k].start, s.end)
    if end_c <= toks[k].start:
        return None
    return _make(text, s, entities, (i, i + 1), speaker, (toks[k].start, end_c), False)


def _verb_claim(text: str, s: _Sentence, entities: list[dict], i: int, lemma: str,
                used: set[int]) -> dict | None:
    toks = s.toks
    bare_text = toks[i].text[1:] if toks[i].text[:1] in "وف" and len(toks[i].text) > 4 else toks[i].text
    if bare_text.startswith(("أعت", "أنت", "أست")):
        return None  # أعترف بأنني تجنيت، أعتبر أن: the writer's own word, in the first person (past اعترف has no hamza)
    if i and lemma in R.AMBIGUOUS and (toks[i - 1].norm in R.SPEAKER_TITLES or toks[i - 1].norm in R.NAME_TITLES):
        return None  # وقال البريغادير جنرال روي الكابيتس: a name after a title (روي), not a verb
    if lemma == "كشف" and i and toks[i - 1].norm in ("لم", "ولم", "لا", "ولا", "لن", "ولن"):
        return None  # ولم يكشف سكوفيرينغ عن جنسية الطاقم: nothing disclosed
    if i and toks[i - 1].norm in _PASSIVE_AUXILIARIES:
        return None  # تم رصد قاربين، جرى الإعلان عن: a passive verbal noun, no one speaks (no blind set counts one)
    prep = _VERB_PREP.get(lemma)
    j = i + 1
    after_addressee = -1
    if j + 1 < len(toks) and toks[j].norm in ("ل", "لـ") and any(q in s.gap(j + 1) for q in _OPEN_QUOTES + "”"):
        # أكد لـ"سبق"، مدير الشؤون الصحية بجدة: the addressee and a comma, then the speaker (a ” may open the name)
        m = _after_closing_quote(s, j + 2, 4)
        if m is not None and (re.search("[،,]", s.gap(m)) or (
                toks[m].norm not in R.COMPLEMENTIZERS and toks[m].norm not in R.SPEAKER_STOPS
                and s.gap(m).strip() in _CLOSING_MARKS)):
            # (or no comma: كشفت لـ "الاقتصادية" مصادر مطلعة، أكد لـ"عين اليوم" المتحدث الرسمي لأمانة الطائف)
            j = after_addressee = m
    if j < len(toks) and toks[j].norm in R.IDIOM_OBJECTS.get(lemma, ()):
        return None  # لفتت انتباه ابنته: "caught her attention", no statement
    if lemma in ("اضاف", "اعلن") and _score_object(s, j):
        return None  # وأضاف المحترف العاجي الهدف الثاني، أعلن الحكم صافرة النهاية: a goal, a whistle
    if lemma == "وصف":
        claim = _description_claim(text, s, entities, i)
        if claim is not None:
            used.add(i)
            return claim
    if lemma in R.NEEDS_PREPOSITION:
        # نقلت الوكالة عن X قوله: the speaker is X, after عن
        k = next((k for k in range(j, min(len(toks), j + 8)) if toks[k].norm == prep), None)
        if k is None:
            return None
        spk_end = _noun_phrase(s, k + 1)
        if spk_end == k + 1:
            return None
        if lemma == "نسب" and (spk_end >= len(toks) or toks[spk_end].norm not in R.SAYING_NOUNS):
            return None  # نسبت يونهاب إلى مصدر قوله (its words), not نسبت الشرطة إلى المتهم ارتكاب الجريمة (a charge)
        start = _content_start(s, spk_end, None)
        if not start or start[0] < 0:
            return None
        used.update(t for t in range(i, len(toks)) if toks[t].start < start[0])
        end = _content_end(text, start[0], s.end)
        return _make(text, s, entities, (i, i + 1), (k + 1, spk_end), (start[0], end), start[1])
    left = _comma_subject(text, s, entities, i) or _kana_qad_subject(text, s, entities, i)
    if left:
        # وكان جهاز الاستخبارات الأفغاني، أعلن الأربعاء الماضي، وفاة ...: the subject before the comma speaks, and
        # what follows the verb (after its adjuncts' comma, if any) is the content
        start = _content_start(s, j, prep)
        if start is None or start[0] < 0:
            k = next((t for t in range(j + 1, min(len(toks), j + 4)) if re.search("[،,]", s.gap(t))), j)
            if k >= len(toks):
                return None
            start = (toks[k].start, False)
        end = _content_end(text, start[0], s.end)
        if end <= start[0]:
            return None
        used.add(i)
        return _make(text, s, entities, (i, i + 1), left, (start[0], end), start[1])
    if lemma == "كشف" and ((i and toks[i - 1].norm in ("من", "في")) or (j < len(toks) and toks[j].norm in R.LIST_OBJECTS)):
        return None  # صورة من كشف الدرجات: "a transcript", not "revealed"
    if lemma == "ذكر" and i and toks[i].norm == "ذكر" and toks[i - 1].norm in R.MENTION_PREPOSITIONS:
        return None  # متحفظاً على ذكر اسمه: the noun "mention"
    if toks[i].norm == "ذكر" and i and toks[i - 1].norm in ("ما", "مما") and j < len(toks) and toks[j].norm == "في":
        return None  # جل ما ذُكر في البيان: "what was mentioned", a passive

    if lemma == "اصر" and not any(t.norm in R.COMPLEMENTIZERS for t in toks[j:j + 3]):
        return None  # أصرت على الوصول: insisted on doing, not that something is so
    if i and toks[i].norm not in R.OBJECT_VIEW_FORMS and (toks[i - 1].norm == "مما" or (
            toks[i - 1].norm in ("ما", "وما") and toks[i].norm[:1] in "يت")):
        return None  # ... ارتفع السهم، مما يشير إلى ازدهار، وهو ما يؤكد: a consequence, no one speaks (but: على ما
        # اعتبره ممارسات، وهذا ما أكد عليه الوزير)
    if j < len(toks) and toks[j].norm in ("اي", "غير") and toks[i].norm not in R.OBJECT_VIEW_FORMS:
        return None  # ولم تعلن أي جهة مسؤوليتها (no one, nothing); بحركة اعتبرت غير مقبولة ("was deemed")
    if i and toks[i - 1].norm in ("ان", "لا", "ولا") and (
            (toks[i].norm[:1] == "ا" and toks[i].norm == lemma and not (i > 1 and toks[i - 2].norm in R.TIME_BEFORE_AN))
            or (toks[i - 1].norm == "ان" and toks[i].norm[:1] in "يت" and i > 1 and toks[i - 2].norm in R.MODALS)):
        return None  # فضلت أن أوضح، لا أستبعد (the first person: an intent, a view), لابد أن يستبعد (a subjunctive);
        # not بعد أن أعلنت
    if lemma == "رصد" and j < len(toks) and toks[j].norm in R.CREDIT_WORDS:
        return None  # رصد وتصوير: أحمد حجازي: a photo credit
    if lemma in R.IMPERSONAL and (j >= len(toks) or toks[j].norm in R.COMPLEMENTIZERS) and (
            (i and toks[i - 1].norm in R.RELATIVE_PRONOUNS) or without_conjunction(toks[i].norm)[:1] == "ي"):
        return None  # الجولة التي يتوقع أن تؤدي إلى، ويتوقع أن تحدث: "(which) is expected to", no one speaks
    if j + 1 < len(toks) and toks[j].norm in ("ذلك", "هذا") and lemma in R.THAT_SAID_VERBS \
            and i == _clause_start(s, i):
        # أوضح ذلك لـ "اليوم" الباحث في بحيرة الأصفر عبدالله العلي: what was said is "that" (the sentence before);
        # the speaker follows it and the addressee
        k = j + 1
        if toks[k].norm in ("ل", "لـ") or (toks[k].norm.startswith("ل") and toks[k].norm[1:] in R.SOURCE_NOUNS):
            k += 1
            if k < len(toks) and any(q in s.gap(k) for q in "«\"“"):  # لـ "اليوم": the addressee's quoted name
                k = _after_closing_quote(s, k + 1, 4) or k
        end = _noun_phrase(s, k) if k < len(toks) else k
        if end == k and k < len(toks) and toks[k].norm not in R.SPEAKER_STOPS:  # (after the closing quote)
            end = _phrase_after_mark(s, k)
        if end > k and _source_like(text, s, (k, end), entities):
            used.update(range(i, end))
            return _make(text, s, entities, (i, i + 1), (k, end), (toks[j].start, toks[j].end), False)
    in_it = j < len(toks) and (toks[j].norm in R.IN_IT_WORDS or toks[j].norm in R.ON_IT_WORDS) and ":" not in s.gap(j)
    if in_it:
        j += 1  # أصدر بيانا أشاروا فيه إلى، كشف فيه مصدر أمني: the speaker (if any) follows "in it"
    if j + 1 < len(toks) and toks[j].norm in R.TIME_NOUNS and toks[j + 1].norm in R.TIME_NOUN_ADJECTIVES:
        j += 2  # قالت الشهر الماضي إن: a time, not the speaker
    elif j + 2 < len(toks) and toks[j].norm in _DAY_PARTS and toks[j + 1].norm in ("امس", "اليوم") \
            and not _stops_phrase(s.gap(j + 1)) and not _stops_phrase(s.gap(j + 2)):
        j += 2  # كما قال مساء أمس وزير البيئة: a time, then the speaker
    if lemma == "اكد" and j + 1 < len(toks) and toks[j].norm == "في" and toks[j + 1].norm in R.SPEECH_NOUNS:
        # وأكد في بيان صحفي اليوم، أهمية هذه الخطوة: the statement it came in, then the emphasised object
        comma = next((k for k in range(j + 2, min(len(toks), j + 7)) if re.search("[،,]", s.gap(k))), None)
        if comma is not None and toks[comma].norm in R.EMPHASIS_OBJECTS:
            j = comma
    if lemma in R.POSSESSED_OBJECT_VERBS and j < len(toks) and (
            _possessed_object(text, s, entities, j) or (lemma == "اكد" and toks[j].norm in R.EMPHASIS_OBJECTS)
            or (lemma in ("اكد", "نفي", "اعلن") and toks[j].norm in R.EVENT_OBJECTS)
            or (lemma == "ابدي" and toks[j].norm.endswith("ه") and toks[j].norm[:-1] in R.EXPRESSED_NOUNS)) \
            and not (lemma == "ابدي" and without_conjunction(toks[i].norm)[:1] in "يت"):  # (أتمنى أن يبدي قدرته)
        # أكدت التزامها بمكافحة التطرف، أعلنت مسؤوليتها عن التفجير: the object is what is said; the subject is unsaid
        end = _content_end(text, toks[j].start, s.end)
        if end <= toks[j].start:
            return None
        used.add(i)
        return _make(text, s, entities, (i, i + 1), _left_subject(s, i) if toks[i].norm[:1] not in "وف" else None,
                     (toks[j].start, end), False)
    spk_end = _noun_phrase(s, j)
    if spk_end == j == after_addressee and toks[j].norm not in R.SPEAKER_STOPS:  # (the phrase after the comma)
        spk_end = _phrase_after_mark(s, j)
    if spk_end == j and (lemma == "وصف" or lemma in R.OBJECT_WITH_NAMED_SPEAKER) and j < len(toks) \
            and _opening_quote(s.gap(j), j) is not None:
        # ووصف "مارك" إدارة المدرسة بأنها: a quoted name, then the object
        spk_end = _after_closing_quote(s, j + 1, MAX_QUOTED_NAME_WORDS) or j
    if j < len(toks) and toks[j].norm in R.PROVERB_WORDS:
        return None  # كما يقول المثل: a proverb, no source
    if j < len(toks) and toks[j].norm in R.CONDITIONAL_OPENERS and lemma in ("قال", "اضاف", "تابع"):
        end = _content_end(text, toks[j].start, s.end)  # ويقول إذا أراد ...: the words themselves
        used.update(range(i, j))
        return _make(text, s, entities, (i, i + 1), None, (toks[j].start, end), False) if end > toks[j].start else None
    written = lemma in ("كتب", "عبر") and (spk_end > j or lemma == "كتب") and spk_end + 1 < len(toks) \
        and toks[spk_end].norm in ("في", "علي") and toks[spk_end + 1].norm in R.WRITINGS
    # وكتبت فيسبوك في تدوينة على الإنترنت أن، وعبّر الرئيس في بيان اليوم عن، وكتب على صفحته على فيسبوك إنهما
    held = None  # وأبدى الثنائي عبد الغني والعنزي جاهزيتهما، وأعلن اللاعب محمد نور اعتزاله: a name, then what is said
    if lemma in R.POSSESSED_OBJECT_VERBS and spk_end > j + 1 and not (
            lemma == "ابدي" and without_conjunction(toks[i].norm)[:1] in "يت"):
        held = next((k for k in range(j + 1, spk_end) if not toks[k].norm.startswith(("ال", "وال"))
                     and any(e.get("label") in ("PER", "ORG") and e["end"] == toks[k - 1].end for e in entities)
                     and _possessed_object(text, s, entities, k)), None)
        if held is not None:
            spk_end = held
    start = _content_start(s, spk_end, prep, 2 if lemma in R.AMBIGUOUS and not written else MAX_ADJUNCT_WORDS)
    if start is None and spk_end > j:
        after_dashes = _after_dashes(s, spk_end)  # وأضاف الرجل - الذي انضم للجنة ... - أنه: an aside between dashes
        if after_dashes is not None:
            start = _content_start(s, after_dashes, prep, 0)
    if held is not None:
        start = (toks[held].start, False)
    speaker = (j, spk_end) if spk_end > j else None
    if speaker is not None and _participle(toks[j].norm) in R.SAYING_PARTICIPLES:
        speaker = None  # حينما صرح قائلاً "...": the participle only introduces the words, it is no speaker
    if lemma == "عبر" and speaker is not None and any(_participle(toks[k].norm)
                                                      for k in range(j, min(len(toks), spk_end + 1))):
        return None  # يظهر الكابتن نايف عبر صفحات الجرائد نافياً: "via"; the participle is the saying
    if start is not None and start[0] == -2:
        return None
    if lemma == "اتفق":
        k0 = next((k for k, t in enumerate(toks) if start and t.start == start[0]), None)
        after = toks[k0 + 1].norm if k0 is not None and k0 + 1 < len(toks) else None
        if k0 is None or start[1] or not (toks[k0].norm in R.COMPLEMENTIZERS
                                          or (toks[k0].norm == "علي" and after in R.COMPLEMENTIZERS)) \
                or (speaker is not None and toks[speaker[0]].norm[:1] == "و"):
            return None  # واتفق مندوب رابع على أنه (a view shared), not اتفق الطرفان على تعزيز التعاون (an agreement)
            # nor اتفق ونظراؤه على أنه (he and his counterparts: an agreement reached together)
    if lemma == "زاد" and not (start is not None and start[0] >= 0 and start[1]):
        return None  # وزاد: "..." (he added), not كما زاد مؤشر الأسهم ("rose")
    if lemma == "اقر" and start is not None and start[0] >= 0 and not start[1] and not (
            (s.toks_norm_at(start[0]) or "") in R.COMPLEMENTIZERS or (
                (s.toks_norm_at(start[0]) or "")[:1] == "ب" and spk_end < len(toks) and toks[spk_end].start == start[0])):
        return None  # بعد أن أقرت في لندن ... على ملعب بارك: "was approved", not an admission (أقر بـ، أقر بأن)
    if lemma == "اجمع" and toks[i].norm == "اجمع" and i and toks[i - 1].norm.startswith("ال") \
            and not _stops_phrase(s.gap(i)):
        return None  # أبناء العالم أجمع: "the whole world", no consensus
    if lemma == "نوه" and spk_end < len(toks) and toks[spk_end].norm[:1] == "ب" and toks[spk_end].norm not in R.COMPLEMENTIZERS:
        return None  # ونوّه سموه بمستوى التأثيث: praise (نوّه بـ), not a remark (نوّه إلى أنّ)
    if lemma == "بين" and start is not None and start[0] >= 0 and any(
            s.gap(t) and _stops_phrase(s.gap(t)) for t in range(spk_end, len(toks)) if toks[t].start <= start[0]):
        return None  # بين المدن اليمنية، فيجب أن: a clause mark between them, "between"
    if lemma in R.COMPLEMENTIZER_ONLY and start is not None and (
            start[1] or (start[0] >= 0 and text[start[0]:start[0] + 1] == "ف")):
        return None  # بين الثقة والسيطرة": "between", not "showed"; بين الحدود ومدينة فان: Van, not فإنّ
    if lemma in R.NEEDS_RESEARCH and (speaker is None or without_conjunction(toks[j].norm) not in R.RESEARCH_NOUNS):
        return None  # ووجد الباحثون أن (not وجدت نفسها أن)
    if lemma in R.NEEDS_SOURCE and (speaker is None or not _source_like(text, s, speaker, entities)):
        return None
    if lemma in R.NEEDS_INSTITUTION and (speaker is None or not _institution_like(text, s, speaker, entities)):
        return None  # قدّر التقرير / منظمة الصحة (not قدّر الأمير جهود العاملين، لا يقدر على)
    if lemma in R.NEEDS_OWN_PREPOSITION:
        if start is None or start[0] < 0 or start[1] or not s.toks_norm_at(start[0]) == prep:
            return None
    if start is None and lemma == "ابدي" and speaker is not None:
        # أبدت هيئة الطيران المدني في بيان صحافي أسفها: what is expressed may follow an adjunct after the speaker; the
        # speaker phrase may have run into it (أبدت جماهير الاتحاد تفاؤلها الكبير، وأبدت لاجارد أيضاً تفاؤلاً)
        expressed = next((k for k in range(j + 1, min(len(toks), spk_end + 6))
                          if any(toks[k].norm.endswith(x) and toks[k].norm[:-len(x)] in R.EXPRESSED_NOUNS
                                 for x in ("ها", "هم", "هما", "ه", "ا"))), None)
        if expressed is not None and not any(_stops_phrase(s.gap(k)) for k in range(j + 1, expressed + 1)):
            start = (toks[expressed].start, False)
            if expressed < spk_end:
                spk_end = expressed
                speaker = (j, spk_end)
    if (start is None and speaker is not None and i and toks[i - 1].norm in R.AS_SAID and i >= 2
            and (spk_end >= len(toks) or _stops_phrase(s.gap(spk_end))
                 or (spk_end + 1 < len(toks) and toks[spk_end].norm in ("في", "خلال")
                     and toks[spk_end + 1].norm in R.SPEECH_NOUNS))):
        # (كما قال الوزير في تصريح نشرته الوكالة: the statement it came in)
        # ... لأسباب غير معروفة كما قالت الشرطة.: the words before كما are the content
        used.update(range(i, spk_end))
        return _make(text, s, entities, (i - 1, i + 1), speaker, (toks[0].start, toks[i - 2].end), False)
    if start is None or start[0] < 0:
        if toks[i].norm in R.OBJECT_VIEW_FORMS and j < len(toks) and (
                speaker is None or not _source_like(text, s, speaker, entities)) and not _stops_phrase(s.gap(j)):
            speaker, spk_end = None, j  # واعتبر وجوده ... من الأخطاء: the view is the object; the subject is unsaid
        elif lemma in R.OBJECT_WITH_NAMED_SPEAKER and speaker is not None:
            # اعتبر الشيخ عبدالعزيز الفوزان الاكتتاب ...: the object follows the named speaker
            ent_end = max((e["end"] for e in entities if e.get("label") in ("PER", "ORG")
                           and toks[j].start <= e["start"] < toks[spk_end - 1].end), default=None)
            if ent_end is None and toks[j].norm.startswith("ال") and (
                    toks[j].norm[2:] in R.INSTITUTION_SOURCES or toks[j].norm[2:] in R.REPORT_HEADS):
                ent_end = toks[j].end  # كما توقعت الأرصاد هطولاً للأمطار، قدّر التقرير صافي الفائض: then the object
            if ent_end is None and without_conjunction(toks[j].norm) in _ORGANISATION_HEADS:
                # وتقدر مؤسسة النقد حجم الودائع: a construct ends at its definite words (النقد، النقد الدولي), and a
                # word without ال after them cannot describe them: the object starts there
                k = j + 1
                while k < spk_end and toks[k].norm.startswith("ال") and not _stops_phrase(s.gap(k)):
                    k += 1
                if j + 1 < k <= spk_end < len(toks):
                    ent_end = toks[k - 1].end
            if ent_end is None and toks[j].norm in R.ANONYMOUS_HEADS:
                # توقعت مصادر إعلامية يمنية في العاصمة صنعاء، حدوث انشقاقات: the sources up to the comma, then the object
                comma = next((k for k in range(j + 1, min(len(toks), j + MAX_SPEAKER_WORDS))
                              if re.search("[،,]", s.gap(k))), None)
                ent_end = toks[comma - 1].end if comma else None
            if ent_end is None and lemma in ("ارجع", "عزا"):
                cause = _cause_to(s, j)
                if cause is None:
                    return None
                if toks[j].norm in R.CAUSE_OBJECTS or toks[j].norm.startswith(("سبب", "اسباب")):
                    ent_end = toks[j].start  # وعزا ذلك إلى: the cause is the object; the subject is unsaid
                elif cause > j + 1:
                    # أرجع برنامج الأغذية العالمي في العراق خفض كمية الطعام إلى: the subject, then the object
                    ent_end = toks[_noun_phrase(s, j, cause - j - 1) - 1].end
            if ent_end is None:
                return None
            spk_end = next((k for k in range(j, len(toks)) if toks[k].start >= ent_end), len(toks))
            speaker = (j, spk_end) if spk_end > j else None
            if without_conjunction(toks[i].norm) in ("يعتبر", "تعتبر") and spk_end < len(toks) \
                    and toks[spk_end].norm in R.RANKING_WORDS:
                return None  # ويعتبر العطاس أحد قيادات الحراك: "is considered", a passive (not a view someone holds)
        elif lemma in ("ارجع", "عزا") and speaker is None and j < len(toks) and _cause_to(s, j) is not None:
            pass  # وعزا ذلك إلى: the cause attributed is the object; the subject is unsaid
        elif lemma in R.NEEDS_COMPLEMENT or speaker is None:
            return None
        if lemma == "نفي" and speaker is not None and spk_end >= len(toks) and not in_it \
                and not _source_like(text, s, speaker, entities):
            speaker, spk_end = None, j  # لكن اسبانيا نفت ارتكاب أي مخالفات.: what is denied ends the sentence
        if spk_end >= len(toks):
            return None
        if speaker is not None and not (lemma == "قال" and spk_end - j <= 3) \
                and not _source_like(text, s, speaker, entities) and not _institution_like(text, s, speaker, entities):
            if lemma != "نفي" or in_it:
                return None  # يوضح الأعمال، كشفت آفاق: an object, no source (but وقال العطية خلال ...: a name)
            speaker, spk_end = None, j  # كما نفت إصابة أشخاص على الأرض: what is denied; the subject is unsaid
        start = (toks[spk_end].start, False)  # an object: رصدت الوزارة انخفاضاً ...
    if lemma == "وصف" and not toks[min(spk_end, len(toks) - 1)].norm.startswith("بان") and not (
            start[0] >= 0 and (s.toks_norm_at(start[0]) or "").startswith("بان")):
        return None  # (وصفته "جازبروم" في بيان بأنه: after an adjunct)
    if speaker is not None and toks[speaker[0]].norm == "غير" and toks[i].norm in R.OBJECT_VIEW_FORMS:
        start = (toks[speaker[0]].start, False)  # أسعاراً اعتبرتها "غير منصفة": the view, not a quoted name
        speaker = None
    if lemma in ("وصف", "حذر") and speaker is not None and not _source_like(text, s, speaker, entities) \
            and toks[speaker[0]].norm not in R.INDEFINITE_SPEAKERS and _opening_quote(s.gap(speaker[0]), speaker[0]) is None:
        # ووصفت الجريمة بأنها، وحذر الأسر من: what is described, whom he warns; the subject is unsaid
        speaker = None
    if speaker is None and toks[i].norm[:1] == "ف" and not in_it:
        # أما شرطة لوس أنجلوس فأكدت للصحيفة أن: the topic after أمّا is the subject of the verb after فـ
        amma = next((k for k in range(i - 1, max(-1, i - MAX_LEFT_SUBJECT_WORDS - 2), -1)
                     if toks[k].norm in ("اما", "واما")), None)
        if amma is not None and 0 < i - amma - 1 <= MAX_LEFT_SUBJECT_WORDS and not any(
                _stops_phrase(s.gap(k)) for k in range(amma + 2, i)):
            speaker = (amma + 1, i)
    if speaker is None and (toks[i].norm[:1] not in "وف" or toks[i].norm in _FORM_TO_VERB) and not in_it \
            and not (i and toks[i - 1].norm in ("ما", "مما", "عما", "بما", "لما")):  # (مما اعتبره: "what he deemed")
        left = _left_subject(s, i)
        if left:
            speaker = left
    if lemma == "ارجع" and without_conjunction(toks[i].norm)[:1] in "يت" and (
            speaker is None or not _source_like(text, s, speaker, entities)):
        return None  # ويرجع ذلك إلى، السبب في ذلك يرجع إلى: "is due to"; يرجع تاريخ المسجد إلى: "dates back" -- no one
        # attributes (but ويرجع العلماء ذلك إلى)
    if lemma in ("تحدث", "تكلم") and (speaker is None or without_conjunction(toks[speaker[0]].norm) not in R.TALK_SOURCES) \
            and (s.toks_norm_at(start[0]) != "عن" or _talked_of(s, start[0]) not in R.TALK_EVENTS):
        return None  # تحدث الإعلامي عن سياحة السعوديين: a topic of talk (the blind sets since the seventeenth); but
        # تحدثت تقارير استخبارية عن انتقال، يتحدث الروس عن تعزيزات داعشية: reports of something happening
    if lemma == "عبر" and without_conjunction(toks[i].norm)[:1] in "تي" and (
            speaker is None or not _source_like(text, s, speaker, entities)):
        return None  # أغنية ... التي تعبر عن الحب، هي حركة تعبر عن: a thing "expresses", no one speaks
    if speaker is not None and without_conjunction(toks[speaker[0]].norm) in R.LAW_PARTS:
        return None  # وأكدت المادة (29) على أنه، اللائحة شددت على: a text's provisions, no one speaks
    if lemma == "بين" and speaker is None and without_conjunction(toks[i].norm) == "تبين":
        return None  # تبين أنه حادث: "it turned out", no one speaks (but الأرقام تبين أن ...)
    end = _content_end(text, start[0], s.end)
    if end <= start[0]:
        return None
    used.update(range(i, spk_end))
    # a participle of saying right before the content is this claim's (وأوضح المتحدث قائلاً: ... is one claim)
    last = next((t for t in range(len(toks) - 1, spk_end - 1, -1) if toks[t].start < start[0]), None)
    if last is not None and (_participle(toks[last].norm) in R.SAYING_PARTICIPLES
                             or (start[1] and last >= spk_end and _participle(toks[last].norm))):
        used.add(last)  # ... or any participle right before quoted words: يقول البروفيسور ... موضحا: «...»
    return _make(text, s, entities, (i, i + 1), speaker, (start[0], end), start[1])


def _sentence_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence that ends right before ``start`` (on the same line), without its final mark."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == 0 or text[end - 1] not in ".!؟?":
        return None
    while end > 0 and text[end - 1] in ".!؟?»\"”' \t":
        end -= 1
    begin = max(text.rfind(m, 0, end) for m in (".", "!", "؟", "?", "\n")) + 1
    while begin < end and text[begin] in " \t":
        begin += 1
    return (begin, end) if end - begin >= 20 else None


def _institution_like(text: str, s: _Sentence, spk: tuple[int, int], entities: list[dict]) -> bool:
    """Whether the speaker words are an organisation, an institution or a report, not a person."""
    st, en = s.toks[spk[0]].start, s.toks[spk[1] - 1].end
    if any(e["start"] < en and e["end"] > st and e.get("label") == "PER" for e in entities):
        return False
    head = without_conjunction(s.toks[spk[0]].norm)
    head = head[2:] if head.startswith("ال") else head
    return head in R.INSTITUTION_SOURCES or head in R.REPORT_HEADS or head in _ORGANISATION_HEADS \
        or any(e["start"] < en and e["end"] > st and e.get("label") == "ORG" for e in entities)


#: Heads of organisations that estimate (قدّرت منظمة الصحة العالمية، يقدره صندوق النقد الدولي).
_ORGANISATION_HEADS = frozenset({"منظمه", "هيئه", "صندوق", "بنك", "وكاله", "مركز", "مؤسسه", "وزاره", "مصادر"})


def _cause_to(s: _Sentence, j: int) -> int | None:
    """The index of the إلى that a cause is attributed to, in the clause from word ``j`` (عزا / أرجع X إلى Y)."""
    for k in range(j, min(len(s.toks), j + MAX_SPEAKER_WORDS + 6)):
        if k > j and _stops_phrase(s.gap(k)):
            return None
        if s.toks[k].norm in ("الي", "لي"):
            return k
    return None


#: The closing quote marks (after a quoted name: لـ"سبق"، لـ”عين اليوم”).
_CLOSING_MARKS = frozenset("»\"”")


def _after_closing_quote(s: _Sentence, k: int, limit: int) -> int | None:
    """The first word from ``k`` (at most ``limit`` words on) whose gap before it has a closing quote mark: the word
    after a quoted name (لـ"سبق"، ...)."""
    return next((m for m in range(k, min(len(s.toks), k + limit)) if any(q in s.gap(m) for q in _CLOSING_MARKS)), None)


def _phrase_after_mark(s: _Sentence, k: int) -> int:
    """End of the phrase that starts at word ``k`` right after punctuation or a quote mark (which :func:`_noun_phrase`
    reads as a stop): at least that word, then the phrase after it."""
    return k + 1 if k + 1 >= len(s.toks) or _stops_phrase(s.gap(k + 1)) else max(k + 1, _noun_phrase(s, k + 1))


def _talked_of(s: _Sentence, offset: int) -> str:
    """The bare noun after the عن at character ``offset`` (without ال): what a talk is of."""
    k = next((k for k, t in enumerate(s.toks) if t.start == offset), None)
    if k is None or k + 1 >= len(s.toks):
        return ""
    w = s.toks[k + 1].norm
    return w[2:] if w.startswith("ال") else w


def _score_object(s: _Sentence, j: int) -> bool:
    """Whether a goal or a whistle (:data:`R.SCORE_OBJECTS`) is the object within the five words from ``j``, before
    any complementizer, colon or quote (not وأضاف أن الهدف من البرنامج ...)."""
    for k in range(j, min(len(s.toks), j + 6)):
        if s.toks[k].norm in R.COMPLEMENTIZERS or any(q in s.gap(k) for q in ":«\"“"):
            return False
        if s.toks[k].norm in R.SCORE_OBJECTS:
            return True
    return False


def _comma_subject(text: str, s: _Sentence, entities: list[dict], i: int) -> tuple[int, int] | None:
    """A source set off by a comma before an unprefixed verb, after كان / إنّ (وكان جهاز الاستخبارات الأفغاني،
    أعلن ...؛ إن أوساط الاستخبارات الأمريكية، أكدت ...): the words between the particle and the comma."""
    if not i or s.toks[i].norm[:1] in "وف" or not _COMMA_RE.search(s.gap(i)):
        return None
    c = next((m for m in range(i - 2, _clause_start(s, i - 1) - 1, -1)
              if without_conjunction(s.toks[m].norm) in R.COMMA_SUBJECT_OPENERS), None)
    if c is None or i - c - 1 > MAX_LEFT_SUBJECT_WORDS + 2:
        return None
    if any(_verb_of(t.norm) or t.norm in R.COMPLEMENTIZERS or t.norm == "شاء" for t in s.toks[c + 1:i]):
        return None  # (إن شاء الله، قال الله تعالى: a formula, and the verb has its own subject)
    return (c + 1, i) if _source_like(text, s, (c + 1, i), entities) else None


def _possessed_object(text: str, s: _Sentence, entities: list[dict], j: int) -> bool:
    """Whether word ``j`` right after a verb is its object with a possessive ending (التزامها، مسؤوليتها): not an
    entity, and no source noun under the ending (مديرها, a source, is the subject)."""
    tok = s.toks[j]
    norm = without_conjunction(tok.norm)
    end = next((e for e in R.OBJECT_POSSESSIVES if norm.endswith(e) and len(norm) - len(e) >= 3), None)
    if end is None or _verb_of(norm) or norm.startswith(R.QUANTIFIER_HEADS) or norm in R.COMPLEMENTIZERS \
            or _speaker_entity(text, tok.start, tok.end, entities) is not None:
        return False
    stem = norm[:-len(end)] + ("ه" if end[0] == "ت" else "")
    if any(h in _SOURCE_HEADS or h in R.PERSON_NOUNS for h in (stem, stem[2:] if stem.startswith("ال") else stem)):
        return False
    after = s.toks[j + 1:j + 4]  # كما تؤكد أرملته سهى عرفات: a name after it makes it the subject
    return not any(a.start <= e["start"] < a.end for a in after for e in entities if e.get("label") in ("PER", "ORG"))


#: Words of a subject framed by كان ... قد (وكانت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن قد أعلنت).
MAX_KANA_QAD_SUBJECT_WORDS = 12


def _kana_qad_subject(text: str, s: _Sentence, entities: list[dict], i: int) -> tuple[int, int] | None:
    """The subject between كان and the verb (وكانت منظمة العفو الدولية قد قالت ...، وكان الخبراء يتوقعون أن ...،
    وكانت إدارة المطار صرحت ...): the verb is pluperfect or past continuous and its subject stands before it."""
    qad = i >= 3 and s.toks[i - 1].norm == "قد"
    if not qad and (i < 2 or s.toks[i].norm[:1] in "وف"):
        return None  # (or no قد: وكان الخبراء يتوقعون أن، وكانت إدارة المطار صرحت)
    last = i - 1 if qad else i
    span = MAX_KANA_QAD_SUBJECT_WORDS if qad else MAX_LEFT_SUBJECT_WORDS  # (كان ... قد frames a long subject)
    c = next((m for m in range(last - 2, max(_clause_start(s, last - 1), last - 2 - span) - 1, -1)
              if without_conjunction(s.toks[m].norm) in R.KANA_FORMS), None)
    if c is None or any(_verb_of(t.norm) or t.norm in R.COMPLEMENTIZERS or t.norm == "قد" for t in s.toks[c + 1:last]):
        return None  # (وكان الوزير قد حسم الأمر عبر تغريدة: قد belongs to another verb)
    return (c + 1, last) if _source_like(text, s, (c + 1, last), entities) else None


def _left_subject(s: _Sentence, i: int) -> tuple[int, int] | None:
    """A short subject before an unprefixed verb (الوزير قال إنّ)، particles (كما، فيما) skipped."""
    c = _clause_start(s, i)
    if any(s.toks[k].norm in R.TOPIC_OPENERS for k in range(c, min(i, c + 2))):
        return None  # وعن استعدادات فريقه للمباراة قال: a fronted topic; the subject is the verb's pronoun
    for k in range(i - 1, c - 1, -1):  # a conjunction opens the subject's clause: ومنهم من قالوا
        if s.toks[k].norm in R.CLAUSE_OPENERS:
            c = k + 1  # ... تداعيات اقتصادية لكن محافظ البنك المركزي حذر
            break
        if s.toks[k].norm[:1] in "وف" and len(s.toks[k].norm) > 3 and not _verb_of(s.toks[k].norm):
            c = k
            break
    while c < i and s.toks[c].norm in R.CLAUSE_PARTICLES:
        c += 1
    after = next((k + 1 for k in range(i - 1, c - 1, -1) if s.toks[k].norm in R.COMPLEMENTIZERS), None)
    if after is not None:
        c = after  # غير أنّ مسؤولين محليين وصفوهم، لدرجة أن أحد الموظفين قال: the embedded clause's subject
    if c >= i or i - c > MAX_LEFT_SUBJECT_WORDS:
        return None
    words = [t.norm[1:] if t.norm[:1] in "وف" and t.norm[1:4] in ("الت", "الذ") else t.norm for t in s.toks[c:i]]
    if words and words[-1] in R.PRONOUN_SUBJECTS:
        return None  # فهو يقول: a pronoun, no speaker phrase
    if any(w in R.COMPLEMENTIZERS or w in ("الذي", "التي", "الذين", "ما", "اللذين", "اللتين", "اللي", "حيث")
           or _verb_of(w) or w in R.TIME_CONJUNCTIONS for w in words):
        return None  # (المعتمدة فيها حيث أوضح: حيث opens the clause; واللي يقول: "whoever says")
    first = words[0][1:] if words[0][:1] in "وف" and words[0][1:] in R.SPEAKER_STOPS else words[0]
    if first in R.SPEAKER_STOPS and first not in ("من",):
        return None  # وعن مواعيد الحجز أكد، واليوم الأربعاء قال: no subject
    return c, i


def _saying_noun_claim(text: str, s: _Sentence, entities: list[dict], i: int) -> dict | None:
    """``واختتم المدرب حديثه بقوله: ...``: the speaker stands between the clause's verb and its object."""
    by_saying = s.toks[i].norm == "بالقول"  # (not بقوله: no pronoun tells whose saying it is)
    start = _content_start(s, i + 1, None, 4)
    if not start or start[0] < 0:
        if i + 1 >= len(s.toks) or by_saying:
            return None  # (ثبتها بالقول الثابت: "the firm word", nothing said after it)
        start = (s.toks[i + 1].start, False)
    c = _clause_start(s, i)
    if by_saying and c == i and c > 0:
        c = _clause_start(s, c - 1)  # وأيد مغردو التواصل هذا التحليل، بالقول: the clause before the comma
    while c < i and s.toks[c].norm in R.CLAUSE_PARTICLES:
        c += 1
    while by_saying and c < i and s.toks[c].norm in ("الا", "غير"):
        c += 1  # إلا أنّ الولايات المتحدة كانت تسارع ...، بالقول: the subject right after أنّ, as after a verb
    spk = None
    if c + 1 < i:
        k = c + 1
        end = k
        while end < i and s.toks[end].norm not in R.SPEECH_OBJECTS:
            end += 1
        if by_saying:
            # ومضى قطان بالقول، ونفى اللاعب التهم ... بالقول: the verb's subject phrase only, not its object after it
            end = min(end, _noun_phrase(s, k))
        if k < end <= k + MAX_LEFT_SUBJECT_WORDS and not (end == k + 1 and s.toks[k].norm in R.DEMONSTRATIVES):
            spk = (k, end)  # (not علل ذلك بقوله: "that" is the object)
    end_c = _content_end(text, start[0], s.end)
    if end_c <= start[0]:
        return None
    return _make(text, s, entities, (i, i + 1), spk, (start[0], end_c), start[1])


def _preposition_claim(text: str, s: _Sentence, entities: list[dict], i: int, width: int,
                       used: set[int]) -> dict | None:
    toks = s.toks
    attached = width < 0
    width = abs(width)
    cue_end = i + width - (1 if attached else 0)
    j = i + width - (1 if attached else 0)
    if attached:
        j = i + width - 1  # the word carrying لـ starts the speaker: وفقا لوكالة
    extended = False
    if attached and j < len(toks) and toks[j].norm == "لما" and j + 1 < len(toks):
        attached = False  # وفقاً لما نقلته "الشرق الأوسط": لـ + ما, then the verb as below
        cue_end = j
    if j < len(toks) and toks[j].norm in R.WHAT | {"لما"} and j + 1 < len(toks):
        nxt = toks[j + 1].norm
        if _verb_of(nxt) or _verb_of(nxt[:-1]) or _verb_of(nxt[:-2]) or nxt.startswith("جاء"):
            extended = True
            cue_end = j + 2
            j += 2
            if nxt.startswith("جاء") and j < len(toks) and toks[j].norm == "في":
                cue_end = j = j + 1
    elif j + 2 < len(toks) and toks[j].norm in _TOLD_NOUNS and toks[j + 1].norm in ("التي", "الذي") \
            and any(map(_verb_of, (toks[j + 2].norm, toks[j + 2].norm[:-1], toks[j + 2].norm[:-2]))):
        extended = True  # وبحسب التفاصيل التي ذكرتها صحيفة "ذا ناشيونال": as بحسب ما ذكرته
        cue_end = j = j + 3
    elif j + 1 < len(toks) and toks[j].norm in _ACCOUNT_NOUNS and not _stops_phrase(s.gap(j + 1)):
        extended = True  # وبحسب وصف المدعي العام، حسب رواية شهود: the account, then whose it is
        cue_end = j = j + 1
    elif toks[i].norm in ("حسبما",) and j < len(toks) and _verb_of(toks[j].norm):
        extended = True
        cue_end = j = j + 1
    elif toks[i].norm == "علي" and toks[i + 1].norm == "ما":
        nxt = toks[j].norm if j < len(toks) else ""
        if not ({_verb_of(nxt), _verb_of(nxt[:-1]), _verb_of(nxt[:-2])} & R.ANNOUNCING_VERBS):
            return None  # على ما يبدو، على ما هو عليه، احتج على ما اعتبره: no source
        extended = True
        cue_end = j = j + 1
    spk_end = _noun_phrase(s, j)
    if attached and spk_end == j:
        # وفقا لوكالة الأنباء السعودية: the word carrying لـ, then the rest of its phrase
        spk_end = _phrase_after_mark(s, j)
    if spk_end == j:
        return None
    if extended and _verb_of(toks[cue_end - 1].norm) == "نقل" and spk_end + 1 < len(toks) \
            and toks[spk_end].norm == "عن" and not _stops_phrase(s.gap(spk_end)):
        source_end = _noun_phrase(s, spk_end + 1)
        if source_end > spk_end + 1:
            # بحسب ما نقلت الصحيفة عن متحدث باسم الشرطة: the paper relays; the spokesman is the source
            used.update(range(j, spk_end + 1))
            j, spk_end = spk_end + 1, source_end
    head = toks[j].norm
    head = ("ال" + head[2:] if head.startswith("لل") else head[1:]) if attached and head.startswith("ل") else head
    # (وفقا للدراسة: لـ + الدراسة)
    head_bare = head[2:] if head.startswith("ال") else head
    if head_bare not in R.SOURCE_NOUNS and head_bare.endswith(("ه", "ها", "هم")):
        head_bare = next((head_bare[:-len(x)] for x in ("هم", "ها", "ه") if head_bare.endswith(x)
                          and head_bare[:-len(x)] in R.SOURCE_NOUNS), head_bare)  # حسب مكتبه: his office
    st, en = toks[j].start, toks[spk_end - 1].end
    named_entity = any(e["start"] < en and e["end"] > st and e.get("label") in ("PER", "ORG") for e in entities)
    quoted = any(q in text[st:en] or (q in s.gap(j) and not attached) for q in "«\"“")  # بحسب "الفرنسية"
    place_entity = without_conjunction(toks[i].norm) in ("بحسب", "حسب") and any(
        e["start"] == st and e.get("label") == "LOC" for e in entities)  # وبحسب مدريد: a capital for its government
    people = len(head) >= 6 and head.endswith(("ين", "ون")) and not head.startswith("ال") \
        and toks[i].norm in ("بحسب", "وبحسب", "حسب", "وحسب")  # وبحسب متعاملين في السوق: people who tell
    if not (extended or head in R.SOURCE_NOUNS or head_bare in R.SOURCE_NOUNS or named_entity or quoted or people
            or without_conjunction(head) in R.OWN_ACCOUNTS
            or head_bare in R.INSTITUTION_SOURCES  # بحسب إدارة معلومات الطاقة الأمريكية
            or head in R.SPEAKER_TITLES or head in R.AGENCY_NAMES or place_entity):  # بحسب الدكتور الصعدي، وفقاً للفرنسية
        return None
    if place_entity and not named_entity:
        ent_end = next(e["end"] for e in entities if e["start"] == st and e.get("label") == "LOC")
        spk_end = next((k for k in range(j, len(toks)) if toks[k].start >= ent_end), len(toks))  # the place alone
    if without_conjunction(toks[i].norm) in ("جاء", "ورد") and head_bare == "مركز":
        return None  # الذي جاء في المركز الثاني: a ranking, not a source
    used.update(range(i, spk_end))
    # content: the clause before the cue, or after the speaker when the cue opens the sentence
    c = 0
    while c < i and toks[c].norm in ("و", "وذلك", "ذلك"):
        c += 1
    if i - c <= 1:
        if spk_end >= len(toks):
            prev = _sentence_before(text, s.start) if i == c else None
            if prev is None:
                return None
            cstart, cend = prev  # "... غير المشروع”. بحسب رويترز.": the source of the sentence before
        else:
            fa = next((k for k in range(spk_end, min(len(toks), spk_end + 4)) if toks[k].norm in _FA_OPENERS
                       and not any(_stops_phrase(s.gap(m)) for m in range(spk_end + 1, k))), None)
            if fa is not None and fa > spk_end:
                spk_end = fa  # وبحسب وصف المدعي العام في القضية فقد اجتمع: the source's phrase runs up to فـ
            cstart = toks[spk_end].start
            cend = _content_end(text, cstart, s.end)
    elif _verb_of(toks[c].norm) and _after_verb_and_subject(s, c, i) and spk_end < len(toks) and (
            after := _content_start(s, spk_end, _VERB_PREP.get(_verb_of(toks[c].norm)), 1)) \
            and after[0] >= 0:
        # ويشير الخبير بحسب البوابة العربية إلى أن ...، وقال الوزير بحسب وكالة الأنباء إن ...: a second source between
        # a verb's subject and its words, which are this source's too
        cstart, cend = after[0], _content_end(text, after[0], s.end)
    else:
        first = c
        while first < i and toks[first].norm in R.CLAUSE_PARTICLES and first + 1 < i:
            first += 1
        cstart = toks[first].start
        last = i - 1
        while last > first and toks[last].norm in ("وذلك", "ذلك", "و"):
            last -= 1
        cend = toks[last].end
        while cend < toks[i].start and text[cend] in "»\"”')":
            cend += 1
    if cend <= cstart:
        return None
    if attached:
        cue = (i, i + width - 1)
        speaker_words = (j, spk_end)
        claim = _make(text, s, entities, cue, speaker_words, (cstart, cend), False)
        return claim
    if without_conjunction(toks[j].norm) in R.OWN_ACCOUNTS:
        # حسب روايته للشيخ محمد الحزمي: "by his own account" -- the account is the cue, and its pronoun no speaker
        return _make(text, s, entities, (i, j + 1), None, (cstart, cend), False)
    return _make(text, s, entities, (i, cue_end), (j, spk_end), (cstart, cend), False)


@component("claims", assigns=["claims"])
def claims(article: Article) -> Article:
    """Fill ``article.claims`` with the attributed statements of ``article.text`` (see the module docstring)."""
    article.claims = find_claims(article.text, article.entities)
    return article
