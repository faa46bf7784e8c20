"""Arabic named-entity recognition: a CRF over clitic-aware, gazetteer and word-cluster features.

Labels are ``PER``, ``ORG``, ``LOC`` and ``MISC`` (ANERcorp's ``PERS`` is read as ``PER``). The model
and its lookup tables are built by ``python -m rasd.models.scripts.train_ner`` into ``rasd/models/ner/``
and loaded lazily, once, by :func:`load_model`; nothing is downloaded.

Tagging runs in two passes when ``ner2.crfsuite`` is shipped: the first CRF tags every sentence of a
text, the second re-tags each sentence knowing what the first found in the neighbouring sentences, so
that a club or party named once after «فريق» or «حزب» is recognised everywhere in the article.

The feature extractor lives here (not in the training script) so that training and tagging can never
disagree about features. Tokens follow ANERcorp's tokenization: punctuation is split off, clitics
(و ف ب ل ك ال) stay attached to the word, decimals stay whole (``112.5``).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TextIO

LABELS = ("PER", "ORG", "LOC", "MISC")

#: Directory of the shipped artefacts (``ner.crfsuite``, ``clusters.tsv.gz``, ``gazetteer.txt.gz``, ``meta.json``).
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"

# --------------------------------------------------------------------------------------------------
# Tokenization and normalization
# --------------------------------------------------------------------------------------------------

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # harakat, Quranic marks, tatweel
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"  # zero-width and bidi controls: never tokens
_TOKEN_RE = re.compile(
    r"\d+(?:[.,٫٬]\d+)*"  # numbers, decimals kept whole as in ANERcorp (112.5)
    rf"|[^\W\d_][\w{_MARKS}]*"  # a word: a letter, then letters/digits/marks (clitics stay attached)
    rf"|[^\s{_INVISIBLE}]"  # any other visible character is a token of its own (« » . ، ...)
)
_STRIP_MARKS_RE = re.compile(f"[{_MARKS}]")
_NORM_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "ء", "ئ": "ء"})


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split raw text into ANERcorp-style tokens with their character offsets.

    Args:
        text: Raw text.

    Returns:
        ``(token, start, end)`` triples with ``text[start:end] == token``; «داعش» gives « داعش ».
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def normalize(word: str) -> str:
    """Orthographic key of a word: no diacritics or tatweel, hamza/alef, ya/alef-maqsura, ta-marbuta unified."""
    return _STRIP_MARKS_RE.sub("", word).translate(_NORM_TABLE).lower()


# Proclitic strings, longest first, on *normalized* words; the remaining stem must keep >= 2 letters
# (the shortest Arabic names, e.g. مصر after ب, have 3; 2 keeps عمر-like stems after و).
_PROCLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
               "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


_CLITIC_INITIALS = frozenset(p[0] for p in _PROCLITICS)


def split_proclitic(norm: str) -> tuple[str, str]:
    """Split a normalized word into (proclitic, stem) with a greedy longest-match rule.

    ``لل`` is ``ل + ال`` with the alef dropped; its stem is returned with ``ال`` restored so that
    للجيش and الجيش share the stem ``جيش`` and the definite form ``الجيش``.

    Args:
        norm: A word already passed through :func:`normalize`.

    Returns:
        ``(proclitic, stem)``; ``("", norm)`` when nothing is stripped.
    """
    for pre in _PROCLITICS:
        if norm.startswith(pre) and len(norm) - len(pre) >= 2:
            return pre, norm[len(pre):]
    return "", norm


@lru_cache(maxsize=65536)  # called for every token by the gazetteer matchers; news vocabulary repeats
def conj_prep_stripped(norm: str) -> str:
    """The word without و/ف/ب/ل/ك (and لل → ال) but keeping the article: the form gazetteers list."""
    for pre in ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 2:
            return "ال" + norm[len(pre):]
    for pre in ("ولل", "فلل", "لل"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 2:
            return "ال" + norm[len(pre):]
    for pre in ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            return norm[len(pre):]
    return norm


# --------------------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------------------

# Trigger words (normalized, after clitic stripping): what precedes or heads a name in news prose.
# Lists written for this project from common Arabic newswire usage.
PER_TRIGGERS = frozenset(normalize(w) for w in (
    "الرئيس رئيس الوزير وزير الشيخ شيخ الملك ملك الأمير أمير السيد السيدة الدكتور د المستشار النائب "
    "الناطق المتحدث العقيد اللواء العميد الجنرال الفريق المشير الرائد النقيب الإمام المرشد القائد "
    "الزعيم المبعوث السفير الأمين الكاتب الصحفي المخرج الفنان اللاعب المدرب الحاج الأستاذ البروفيسور "
    "المهاجم المدافع الحارس النجم السيناتور المطران البابا الرئيسة الملكة الأميرة ولي خادم نائب مساعد مستشار زعيم قائد عاهل "
    "قال وقال وأضاف أضاف وأكد أكد صرح وصرح أعلن وأعلن بن ابن بنت أبو أبي أم"
).split())
ORG_TRIGGERS = frozenset(normalize(w) for w in (
    "وزارة هيئة حركة حزب شركة منظمة مجلس جمعية اتحاد جامعة مؤسسة وكالة مصرف بنك صحيفة جريدة قناة "
    "تنظيم جبهة جماعة لجنة مركز معهد محكمة نادي مجموعة كتائب ميليشيا ميليشيات قوات جيش الجيش الحرس "
    "البنك الحزب الحركة الشركة المنظمة المجلس الاتحاد الجامعة الوكالة الهيئة الجبهة المحكمة "
    "التحالف تحالف الأمم الأمانة برنامج صندوق الصندوق فريق شبكة شركتي نادي منتخب"
).split())
LOC_TRIGGERS = frozenset(normalize(w) for w in (
    "مدينة محافظة ولاية منطقة نهر جبل بحر جزيرة بلدة قرية إقليم مقاطعة العاصمة عاصمة شمال جنوب شرق غرب "
    "شمالي جنوبي شرقي غربي ريف حي مخيم مطار ميناء بحيرة صحراء خليج وادي سهل"
).split())
_QUOTES = frozenset('«"\'“')
# Sentences on each side whose clues a token sees; ANERcorp train has ~13 sentences per article
# (3,973 sentences / 316 articles x 5/6), so ±8 mostly stays inside one article.
DOC_WINDOW = 8
# ~3.2 KB of feature bytes per cached type; two generations of 12k types (<= 80 MB) leave ~20% of
# SaudiNewsNet tokens to compute (the 10k most frequent types alone leave 32%).
_CACHE_TYPES = 12_000
_FEATURE_VERSION = 1  # bump when features change: meta.json records it and load_model checks it


_ARABIC_RUN_RE = re.compile(r"[\u0600-\u06ff]+")


def _utf8(features: list[str]) -> list[bytes]:
    """Features as UTF-8 bytes: CRFsuite takes bytes as they are, but re-encodes str on every call,
    so the per-word features are encoded once and cached (a quarter of the tagging time)."""
    return [f.encode() for f in features]


def _shape(word: str) -> str:
    """A coarse word class: digit, latin, arabic, punct, mixed."""
    if word.isdigit() or word.replace(".", "").replace(",", "").isdigit():
        return "num"
    if _ARABIC_RUN_RE.fullmatch(word):
        return "ar"
    if word.isascii():
        return "lat" if word.isalpha() else ("pun" if not any(c.isalnum() for c in word) else "mix")
    if not any(c.isalnum() for c in word):
        return "pun"
    return "mix"


def _match(norms: Sequence[str], gaz: dict, max_len: int, starts, prefix: str,
           keys: Sequence[str] | None = None) -> list[Sequence[str]]:
    """``{prefix}B-X`` / ``{prefix}I-X`` per token for leftmost-longest, non-overlapping matches of ``gaz``.

    A match may start on a word as written or on its name key (``keys``, default
    :func:`conj_prep_stripped` of each word); later words must match exactly. Tokens outside every
    match share one empty tuple; the returned sequences must not be mutated.
    """
    n = len(norms)
    out: list[Sequence[str]] = [()] * n
    if keys is None:
        keys = [conj_prep_stripped(w) for w in norms]
    # most words start no entry: find the few that may in one pass of set lookups
    cands = [i for i in range(n) if norms[i] in starts or keys[i] in starts]
    free = 0  # first index not inside an earlier match
    for i in cands:
        if i < free:
            continue
        word, key = norms[i], keys[i]
        firsts = [f for f in ((word,) if key == word else (word, key)) if f in starts]
        for length in range(min(max_len, n - i), 0, -1):
            labels: set[str] = set()
            rest = tuple(norms[i + 1:i + length])
            for f in firsts:
                hit = gaz.get((f, *rest))
                if hit:
                    labels |= hit
            if labels:
                ordered = sorted(labels)
                out[i] = [f"{prefix}B-{lab}" for lab in ordered] + [f"{prefix}len={min(length, 4)}"]
                inner = [f"{prefix}I-{lab}" for lab in ordered]
                for j in range(i + 1, i + length):
                    out[j] = inner
                free = i + length
                break
    return out


@dataclass(slots=True)
class FeatureTables:
    """Lookup tables the features need: word clusters and multi-token gazetteers."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: gazetteer entries: tuple of normalized tokens -> set of labels
    gazetteer: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    gaz_max_len: int = 1
    _cache: dict[str, tuple] = field(default_factory=dict)
    _old: dict[str, tuple] = field(default_factory=dict)
    _gaz_firsts: frozenset[str] | None = None
    #: frequency rank of each clustered word (0 = most frequent), from the table's order
    ranks: dict[str, int] = field(default_factory=dict)

    def split(self, norm: str) -> tuple[str, str]:
        """(proclitic, stem) of a normalized word, checked against news-text word frequencies.

        Clitics that contain the article (ال، وال، بال، لل ...) are always split. A bare و/ف/ب/ل/ك (or two)
        is split only when the rest is a more frequent word than the whole in the cluster table, which
        is stored most frequent first: بدمشق → ب + دمشق, but بغداد, لبنان, وزارة stay whole. Without a
        cluster table this is :func:`split_proclitic`.
        """
        if norm[:1] not in _CLITIC_INITIALS:  # most words: no proclitic can start them
            return "", norm
        if not self.ranks:
            return split_proclitic(norm)
        ranks = self.ranks
        for pre in _PROCLITICS:
            if not norm.startswith(pre) or len(norm) - len(pre) < 2:
                continue
            rest = norm[len(pre):]
            if "ال" in pre or pre.endswith("لل"):
                return pre, rest
            r_rest, r_word = ranks.get(rest), ranks.get(norm)
            if r_rest is not None and (r_word is None or r_rest < r_word):
                return pre, rest
        return "", norm

    def word_features(self, word: str) -> tuple:
        """Everything the features need to know about one word type, cached per type.

        Returns a tuple: features as seen from offsets 0, -1, +1, -2, +2 (already prefixed), then the
        normalized form, the trigger classes (``P``/``O``/``L`` letters), the shape, and the name key
        (the word without و/ف/ب/ل/ك, article kept). News text repeats its words, so most tokens cost a
        dict lookup.
        """
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        hit = self._old.get(word)
        if hit is not None:  # seen in the previous generation: still in use, keep it
            self._remember(word, hit)
            return hit
        norm = normalize(word)
        pre, stem = self.split(norm)
        shape = _shape(word)
        cl = self.clusters.get(norm) or ()
        scl = self.clusters.get(stem) or () if stem != norm else cl
        if not scl and stem != norm:
            scl = self.clusters.get("ال" + stem) or ()
        trig = ("P" if stem in PER_TRIGGERS or norm in PER_TRIGGERS else "") + (
            "O" if stem in ORG_TRIGGERS or norm in ORG_TRIGGERS or ("ال" + stem) in ORG_TRIGGERS else "") + (
            "L" if stem in LOC_TRIGGERS or norm in LOC_TRIGGERS or ("ال" + stem) in LOC_TRIGGERS else "")
        core = [f"w={norm}", f"st={stem}", f"pc={pre}", f"sh={shape}", f"tr={trig}"]
        core += [f"c{k}={c}" for k, c in enumerate(cl)]
        core += [f"sc{k}={c}" for k, c in enumerate(scl)]
        rank = self.ranks.get(norm)
        # frequency class in news text (log2 of rank): rare words are more often names
        freq = "oov" if rank is None else str(rank.bit_length())
        own = ["b", f"raw={word}" if word != norm else "raw=", f"len={min(len(stem), 8)}", f"fr={freq}"]
        own += [f"p{n}={stem[:n]}" for n in (1, 2, 3, 4) if len(stem) > n]
        own += [f"s{n}={stem[-n:]}" for n in (1, 2, 3, 4) if len(stem) > n]
        own += [f"wp2={norm[:2]}", f"ws2={norm[-2:]}", f"ws3={norm[-3:]}"]
        if word[-1:] in "يى" and len(stem) > 3:
            own.append("nisba")  # relational adjective (السوري، الأميركي): MISC/LOC-adjacent
        near = [f"w={norm}", f"st={stem}", f"pc={pre}", f"tr={trig}", f"sh={shape}"]
        near += [f"c{k}={c}" for k, c in enumerate(cl)]
        far = [f"st={stem}", f"tr={trig}"] + [f"c{k}={c}" for k, c in enumerate(cl[:2])]
        res = (_utf8(own + core), _utf8(["-1" + x for x in near]), _utf8(["+1" + x for x in near]),
               _utf8(["-2" + x for x in far]), _utf8(["+2" + x for x in far]), norm, trig, shape,
               conj_prep_stripped(norm))
        self._remember(word, res)
        return res

    def _remember(self, word: str, res: tuple) -> None:
        # two generations of _CACHE_TYPES types each, the older dropped when the newer fills up: an
        # approximate LRU without per-hit bookkeeping (a quarter of news tokens are word forms rarer
        # than the 10k most frequent, so a cache that stops growing keeps missing them)
        if len(self._cache) >= _CACHE_TYPES:
            self._old, self._cache = self._cache, {}
        self._cache[word] = res

    def clear_cache(self) -> None:
        """Forget every cached word (benchmarks measure the cold path with it)."""
        self._cache, self._old = {}, {}

    def gazetteer_tags(self, norms: Sequence[str], keys: Sequence[str] | None = None) -> list[list[str]]:
        """BIO gazetteer membership per token: leftmost-longest, non-overlapping matches.

        The first token of a match may carry a proclitic (وبدمشق matches دمشق), others must match exactly.
        """
        if not self.gazetteer:
            return [[] for _ in norms]
        if self._gaz_firsts is None:
            self._gaz_firsts = frozenset(k[0] for k in self.gazetteer)
        return _match(norms, self.gazetteer, self.gaz_max_len, self._gaz_firsts, "g", keys)

    def _evidence(self, tokens: Sequence[str], wf: list, gz: list[list[str]]) -> list[tuple[str, str]]:
        """Clues one sentence gives about its words wherever else they occur: (name key, clue) pairs.

        Clues: the word follows a person/organisation/location trigger (P/O/L), it starts a gazetteer
        match of a label, it opens a quotation. A name introduced as «فريق العربي» or «حركة حماس» is then
        recognised alone elsewhere in the same document (cf. Krishnan & Manning 2006, non-local features).
        """
        out = []
        for i in range(len(tokens)):
            if wf[i][7] != "ar" or len(wf[i][8]) < 2:
                continue
            key = wf[i][8]
            if i > 0:
                for c in wf[i - 1][6]:
                    out.append((key, c))
                if tokens[i - 1] in _QUOTES:
                    out.append((key, "q"))
            for g in gz[i]:
                if g.startswith("gB-"):
                    out.append((key, g[1:]))
        return out

    def word_infos(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple]]:
        """:meth:`word_features` of every token, per sentence: computed once, shared by both passes."""
        wf = self.word_features
        return [[wf(t) for t in tokens] for tokens in sentences]

    def document_features(self, sentences: Sequence[Sequence[str]],
                          word_infos: list[list[tuple]] | None = None) -> list[list[list[bytes]]]:
        """CRF features of every token of a document's sentences (token window ±2, document clues).

        Document clues (:meth:`_evidence`) are pooled over a window of :data:`DOC_WINDOW` sentences on
        each side; that is how training sees ANERcorp (which has no article breaks) and how articles
        are tagged. ``word_infos`` (from :meth:`word_infos`) saves recomputing the per-word part.
        """
        infos = []
        for k, tokens in enumerate(sentences):
            wf = word_infos[k] if word_infos is not None else [self.word_features(t) for t in tokens]
            gz = self.gazetteer_tags([f[5] for f in wf], [f[8] for f in wf])
            infos.append((wf, gz, self._evidence(tokens, wf, gz)))
        out = []
        for k, tokens in enumerate(sentences):
            clues: dict[str, set[str]] = {}
            for j in range(max(0, k - DOC_WINDOW), min(len(sentences), k + DOC_WINDOW + 1)):
                for key, clue in infos[j][2]:
                    clues.setdefault(key, set()).add(clue)
            out.append(self._features(infos[k][0], infos[k][1], clues))
        return out

    def stage2_features(self, sentences: Sequence[Sequence[str]], feats1: list[list[list[bytes]]],
                        tags1: list[list[str]], conf1: list[list[str]] | None = None,
                        word_infos: list[list[tuple]] | None = None) -> list[list[list[bytes]]]:
        """Second-pass features: first-pass features plus what the first pass found in the document.

        For each token: its first-pass tag and its neighbours'; the labels the first pass gave the same
        name (clitics stripped) anywhere in the document window; and whether the token lies in a
        first-pass entity string found elsewhere in the window (a document-level gazetteer, leftmost-
        longest match). This is two-stage stacking for label consistency (Krishnan & Manning 2006).
        """
        infos = []
        for k, (tokens, tags) in enumerate(zip(sentences, tags1)):
            wf = word_infos[k] if word_infos is not None else [self.word_features(t) for t in tokens]
            norms = [f[5] for f in wf]
            keys = [f[8] for f in wf]
            key_labels = [(keys[i], t[2:]) for i, t in enumerate(tags) if t != "O" and wf[i][7] == "ar"]
            ents = [(tuple([conj_prep_stripped(norms[a])] + norms[a + 1:b]), lab)
                    for a, b, lab in spans_from_tags(tags)]
            infos.append((norms, keys, key_labels, ents))
        out = []
        for k, (tokens, tags) in enumerate(zip(sentences, tags1)):
            labels: dict[str, set[str]] = {}
            dyn: dict[tuple[str, ...], set[str]] = {}
            for j in range(max(0, k - DOC_WINDOW), min(len(sentences), k + DOC_WINDOW + 1)):
                for key, lab in infos[j][2]:
                    labels.setdefault(key, set()).add(lab)
                for ent, lab in infos[j][3]:
                    dyn.setdefault(ent, set()).add(lab)
            norms, keys = infos[k][0], infos[k][1]
            dm = _match(norms, dyn, max((len(e) for e in dyn), default=1), {e[0] for e in dyn}, "m",
                        keys) if dyn else None
            n = len(tokens)
            fk = feats1[k]
            ctx = ["BOS", *tags, "EOS"]
            sent_out = []
            for i in range(n):
                extra = ["t1=" + ctx[i + 1], "t1-=" + ctx[i], "t1+=" + ctx[i + 2]]
                if conf1 is not None:
                    extra.append(f"t1c={conf1[k][i]}|{tags[i]}")
                found = labels.get(keys[i])
                if found:
                    extra += ["dl=" + lab for lab in sorted(found)]
                if dm is not None:
                    extra += dm[i]
                    if i > 0 and dm[i - 1]:
                        extra += ["-1" + x for x in dm[i - 1]]
                    if i < n - 1 and dm[i + 1]:
                        extra += ["+1" + x for x in dm[i + 1]]
                sent_out.append(fk[i] + _utf8(extra))
            out.append(sent_out)
        return out

    def sentence_features(self, tokens: Sequence[str]) -> list[list[str]]:
        """CRF features of one sentence taken as a whole document."""
        return self.document_features([tokens])[0]

    @staticmethod
    def _features(wf: list, gz: list[list[str]], clues: dict[str, set[str]]) -> list[list[bytes]]:
        n = len(wf)
        norms = [f[5] for f in wf]
        gzb = [_utf8(g) if g else () for g in gz]
        feats = []
        for i in range(n):
            f = list(wf[i][0])
            f += gzb[i] or [b"g=O"]
            doc = clues.get(wf[i][8])
            if doc:
                f += [("d=" + c).encode() for c in sorted(doc)]
            if i > 0:
                f += wf[i - 1][1]
                if gz[i - 1]:
                    f += [b"-1" + x for x in gzb[i - 1]]
                f.append(f"bg-={norms[i - 1]}|{norms[i]}".encode())
            else:
                f.append(b"BOS")
            if i > 1:
                f += wf[i - 2][3]
            if i < n - 1:
                f += wf[i + 1][2]
                if gz[i + 1]:
                    f += [b"+1" + x for x in gzb[i + 1]]
                f.append(f"bg+={norms[i]}|{norms[i + 1]}".encode())
            else:
                f.append(b"EOS")
            if i < n - 2:
                f += wf[i + 2][4]
            feats.append(f)
        return feats


def read_clusters(lines: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Parse a ``word<TAB>id1<TAB>id2...`` cluster table."""
    table = {}
    ids: dict[str, str] = {}  # one string object per cluster id (there are ~1.3k), not per word
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2:
            table[parts[0]] = tuple(ids.setdefault(p, p) for p in parts[1:])
    return table


def read_gazetteer(lines: Iterable[str]) -> tuple[dict[tuple[str, ...], frozenset[str]], int]:
    """Parse a ``LABEL<TAB>name`` gazetteer; names are normalized and split into tokens."""
    table: dict[tuple[str, ...], set[str]] = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 2:
            continue
        key = tuple(normalize(t) for t, _, _ in tokenize(parts[1]))
        if key:
            table.setdefault(key, set()).add(parts[0])
    frozen = {k: frozenset(v) for k, v in table.items()}
    return frozen, max((len(k) for k in frozen), default=1)


# --------------------------------------------------------------------------------------------------
# Model loading and tagging
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class NerModel:
    """A loaded tagger: the CRF plus its feature tables."""

    tagger: object
    tables: FeatureTables
    meta: dict
    tagger2: object | None = None  # second pass (document consistency), when shipped

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of tokens (the sentence is its own document)."""
        return self.tag_sentences([tokens])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 tags for consecutive sentences of one text; names seen in one sentence help the others."""
        infos = self.tables.word_infos(sentences)  # once: a word type missing from the cache costs ~25 us
        feats = self.tables.document_features(sentences, infos)
        if self.tagger2 is None:
            return [list(self.tagger.tag(f)) if f else [] for f in feats]
        if self.meta.get("crf", {}).get("confidence"):
            tags, conf = first_pass(self.tagger, feats)
        else:
            tags, conf = [list(self.tagger.tag(f)) if f else [] for f in feats], None
        feats2 = self.tables.stage2_features(sentences, feats, tags, conf, infos)
        return [list(self.tagger2.tag(f)) if f else [] for f in feats2]


def _conf_bin(p: float) -> str:
    # marginal probability of the first pass's tag, in three bins (cut points: round values that
    # split first-pass dev tokens tagged as entities roughly into thirds)
    return "lo" if p < 0.6 else "mid" if p < 0.9 else "hi"


def first_pass(tagger, feats: list[list[list[bytes]]]) -> tuple[list[list[str]], list[list[str]]]:
    """First-pass tags of each sentence and the binned marginal probability of each tag."""
    tags, conf = [], []
    for f in feats:
        if not f:
            tags.append([])
            conf.append([])
            continue
        tagger.set(f)
        t = list(tagger.tag())  # tags the sequence just set
        tags.append(t)
        conf.append([_conf_bin(tagger.marginal(y, i)) for i, y in enumerate(t)])
    return tags, conf


_MODEL: NerModel | None = None
_LOCK = threading.Lock()


def load_tables(model_dir: Path) -> FeatureTables:
    """Read the cluster table and gazetteer shipped in ``model_dir``."""
    tables = FeatureTables()
    cl_path = model_dir / "clusters.tsv.gz"
    if cl_path.exists():
        with gzip.open(cl_path, "rt", encoding="utf-8") as fh:
            tables.clusters = read_clusters(fh)
        tables.ranks = {w: i for i, w in enumerate(tables.clusters)}
    gz_path = model_dir / "gazetteer.txt.gz"
    if gz_path.exists():
        with gzip.open(gz_path, "rt", encoding="utf-8") as fh:
            tables.gazetteer, tables.gaz_max_len = read_gazetteer(fh)
    return tables


def load_model(model_dir: str | os.PathLike | None = None) -> NerModel:
    """Load the NER model once (lazily) and return it.

    Args:
        model_dir: Directory holding the artefacts; default: the package's ``rasd/models/ner/``.
            A non-default directory is loaded fresh and not cached.

    Returns:
        The loaded :class:`NerModel`.

    Raises:
        FileNotFoundError: The model has not been built; run ``python -m rasd.models.scripts.train_ner``.
    """
    global _MODEL
    if model_dir is None and _MODEL is not None:
        return _MODEL
    import pycrfsuite  # imported where used: only tagging needs it

    path = Path(model_dir) if model_dir is not None else MODEL_DIR
    crf_path = path / "ner.crfsuite"
    if not crf_path.exists():
        raise FileNotFoundError(
            f"no NER model at {crf_path}; build it with `python -m rasd.models.scripts.train_ner`"
        )
    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    if meta.get("feature_version", _FEATURE_VERSION) != _FEATURE_VERSION:
        raise FileNotFoundError(
            f"NER model at {path} was built with feature version {meta.get('feature_version')}, this code "
            f"uses {_FEATURE_VERSION}; rebuild it with `python -m rasd.models.scripts.train_ner`"
        )
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    tagger2 = None
    if (path / "ner2.crfsuite").exists():
        tagger2 = pycrfsuite.Tagger()
        tagger2.open(str(path / "ner2.crfsuite"))
    model = NerModel(tagger, load_tables(path), meta, tagger2)
    if model_dir is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = model
            return _MODEL
    return model


def tag_tokens(tokens: list[str]) -> list[str]:
    """Tag one sentence of ANERcorp-style tokens.

    Args:
        tokens: The tokens of one sentence (clitics attached, punctuation split off).

    Returns:
        One IOB2 tag per token (``B-PER``, ``I-ORG``, ``O`` ...).
    """
    return load_model().tag(tokens)


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """Tag consecutive sentences of one text (an article, a CoNLL file) together.

    Names introduced in one sentence (``فريق العربي``) help recognise them in the others, so this is
    more accurate than :func:`tag_tokens` sentence by sentence.

    Args:
        sentences: Sentences of ANERcorp-style tokens, in text order.

    Returns:
        One IOB2 tag list per sentence.
    """
    return load_model().tag_sentences(sentences)


# --------------------------------------------------------------------------------------------------
# CoNLL reading, writing, evaluation
# --------------------------------------------------------------------------------------------------


def _fix_label(tag: str) -> str:
    """Map corpus tag spellings onto ours (ANERcorp's PERS -> PER)."""
    if tag.endswith("-PERS"):
        return tag[:-1]
    return tag


def read_conll(path_or_lines: str | os.PathLike | Iterable[str]) -> list[list[tuple[str, str | None]]]:
    """Read ``token [tag]`` lines, a blank line between sentences.

    Extra columns are allowed; the gold tag is the last column when there are two or more.
    ``PERS`` tags are read as ``PER``.

    Args:
        path_or_lines: A file path, or an iterable of lines.

    Returns:
        Sentences, each a list of ``(token, gold_tag_or_None)``.
    """
    if isinstance(path_or_lines, (str, os.PathLike)):
        with open(path_or_lines, encoding="utf-8") as fh:
            return read_conll(fh.readlines())
    sents: list[list[tuple[str, str | None]]] = []
    cur: list[tuple[str, str | None]] = []
    for line in path_or_lines:
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append((parts[0], _fix_label(parts[-1]) if len(parts) > 1 else None))
    if cur:
        sents.append(cur)
    return sents


def write_conll(sentences: Sequence[Sequence], tags: Sequence[Sequence[str]], out: TextIO | str | os.PathLike) -> None:
    """Write ``token PREDICTED_TAG`` lines, a blank line after each sentence.

    Args:
        sentences: Sentences of tokens, or of ``(token, gold)`` pairs as returned by :func:`read_conll`.
        tags: One tag list per sentence, aligned with the tokens.
        out: An open text file, or a path to write.

    Raises:
        ValueError: A sentence and its tags differ in length.
    """
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8") as fh:
            write_conll(sentences, tags, fh)
        return
    for sent, sent_tags in zip(sentences, tags, strict=True):
        if len(sent) != len(sent_tags):
            raise ValueError(f"sentence has {len(sent)} tokens but {len(sent_tags)} tags")
        for tok, tag in zip(sent, sent_tags):
            word = tok[0] if isinstance(tok, tuple) else tok
            out.write(f"{word} {tag}\n")
        out.write("\n")


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end_exclusive, label)`` from IOB2 tags, with conlleval semantics.

    An ``I-X`` that does not continue an ``X`` entity starts a new one; ``PERS`` counts as ``PER``.
    """
    spans = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        tag = _fix_label(tag or "O")
        prefix, _, typ = tag.partition("-")
        if prefix == "O" or not typ:
            begins, typ = False, None
        else:
            begins = prefix == "B" or typ != label
        if label is not None and (typ is None or begins):
            spans.append((start, i, label))
            start, label = None, None
        if typ is not None and begins:
            start, label = i, typ
    return spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": n_gold}


def evaluate(gold_sents: Sequence[Sequence], pred_sents: Sequence[Sequence]) -> dict:
    """CoNLL exact-match entity-level precision, recall and F1, per label and micro-averaged.

    Args:
        gold_sents: Per sentence, gold tags or ``(token, gold_tag)`` pairs.
        pred_sents: Per sentence, predicted tags or ``(token, tag)`` pairs, aligned with gold.

    Returns:
        ``{"micro": {...}, "PER": {...}, ...}``, each ``{"precision", "recall", "f1", "support"}``
        (support = gold entities); labels are those seen in gold or predictions.

    Raises:
        ValueError: Sentence counts or lengths differ.
    """
    if len(gold_sents) != len(pred_sents):
        raise ValueError(f"{len(gold_sents)} gold sentences but {len(pred_sents)} predicted")
    counts: dict[str, list[int]] = {}  # label -> [tp, pred, gold]
    for g, p in zip(gold_sents, pred_sents):
        gt = [x[1] if isinstance(x, tuple) else x for x in g]
        pt = [x[1] if isinstance(x, tuple) else x for x in p]
        if len(gt) != len(pt):
            raise ValueError(f"sentence lengths differ: {len(gt)} gold vs {len(pt)} predicted")
        gs, ps = set(spans_from_tags(gt)), set(spans_from_tags(pt))
        for s in gs:
            counts.setdefault(s[2], [0, 0, 0])[2] += 1
        for s in ps:
            c = counts.setdefault(s[2], [0, 0, 0])
            c[1] += 1
            c[0] += s in gs
    result = {lab: _prf(*counts[lab]) for lab in sorted(counts)}
    result["micro"] = _prf(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return result


# --------------------------------------------------------------------------------------------------
# Raw text
# --------------------------------------------------------------------------------------------------

_SENT_END = frozenset(".!?؟\n")
_MAX_SENT = 150  # tokens; ANERcorp test sentences are at most 146 tokens long (SOURCE.txt)


def _sentences(text: str) -> list[list[tuple[str, int, int]]]:
    """Tokens of ``text`` grouped into sentences (split after . ! ? ؟ and at line breaks)."""
    sents: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    last_end = 0
    for tok in tokenize(text):
        if cur and ("\n" in text[last_end:tok[1]] or len(cur) >= _MAX_SENT):
            sents.append(cur)
            cur = []
        cur.append(tok)
        last_end = tok[2]
        if tok[0] in _SENT_END:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def find_entities(text: str) -> list[dict]:
    """Find named entities in raw Arabic text.

    Args:
        text: Raw text (any length; it is split into sentences at . ! ? ؟ and line breaks).

    Returns:
        Spans ``{"start", "end", "text", "label"}`` in text order, ``text[start:end] == span["text"]``;
        labels are ``PER``, ``ORG``, ``LOC``, ``MISC``. A span includes attached clitics (بدمشق), as
        the training corpus does.
    """
    model = load_model()
    out = []
    sents = _sentences(text)
    all_tags = model.tag_sentences([[t for t, _, _ in sent] for sent in sents])
    for sent, tags in zip(sents, all_tags):
        for s, e, label in spans_from_tags(tags):
            start, end = sent[s][1], sent[e - 1][2]
            out.append({"start": start, "end": end, "text": text[start:end], "label": label})
    return out
