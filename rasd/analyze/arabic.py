"""The Arabic text layer: normalization for matching, tokens with clitics, sentences.

Everything here keeps an exact way back to the original text: :func:`normalize_with_map` returns
the original offset of every normalized character, and every :class:`Token` carries original
``start``/``end`` offsets (``text[start:end] == token.text``). Search, places and entities all match
through the same functions, so ``العراق`` = ``والعراق`` = ``بالعراق`` everywhere.

What normalization does (the usual light normalization of Arabic IR, Larkey et al. 2002):
diacritics, Quranic marks, tatweel and invisible marks are removed; أ إ آ ٱ → ا; ى → ي; ة → ه;
Persian ی ک → ي ك; Eastern Arabic and Persian digits → ASCII; presentation forms → base letters;
ASCII upper case → lower case.
"""

from __future__ import annotations

import re
import unicodedata
import bisect
from collections import _tuplegetter  # the C attribute getter of namedtuple fields
from itertools import accumulate
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial

from rasd.analyze.lang_ar.clitics import ARTICLE_PREFIX_RE, CONJUNCTIONS, PROCLITIC_LETTERS, QUERY_PREFIXES

# --- the character table -------------------------------------------------------------------

_REMOVE = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, shadda, sukun, small marks
    + ["\u0670"]  # superscript (dagger) alef
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation marks
    + [chr(c) for c in range(0x0610, 0x061B)]  # honorific / Quranic signs above letters
    + ["\u0640"]  # tatweel
    + [chr(c) for c in range(0x200B, 0x2010)]  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings and overrides
    + [chr(c) for c in range(0x2066, 0x206A)]  # bidi isolates
    + ["\u061C", "\uFEFF", "\u00AD"]  # Arabic letter mark, BOM / ZWNBSP, soft hyphen
)
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه",
    "ک": "ك",
}
_MAP.update({chr(0x0660 + i): str(i) for i in range(10)})  # Eastern Arabic digits
_MAP.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits
_MAP.update({chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _REMOVE}
    table.update({ord(k): v for k, v in _MAP.items()})
    # Arabic presentation forms (A: U+FB50-FDFF, B: U+FE70-FEFF): decompose, then normalize.
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        base = unicodedata.normalize("NFKC", ch)
        out = "".join(_MAP.get(b, b) for b in base if b not in _REMOVE and not b.isspace())
        if out != ch:
            table[cp] = out or None
    return table


_TABLE = _build_table()
# Characters whose normalization is not exactly one character (removed or expanded): when a
# text has none of them, the offset map is the identity and is built without a Python loop.
_LENGTH_CHANGING = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp, v in _TABLE.items() if v is None or len(v) != 1) + "]"
)
#: Marks that belong to the word before them (diacritics, tatweel): spans extend over them.
TRAILING_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}

#: A word of normalized text: letters, digits (and underscore, as in Python's ``\\w``).
WORD_RE = re.compile(r"\w+")
_WORD_SPLIT_RE = re.compile(r"(\w+)")


#: Letters normalization changes that are frequent in news (ة أ إ ى آ): tested with ``in`` first.
_FREQUENT_CHANGES = tuple((ch, _TABLE[ord(ch)]) for ch in "ةأإىآ")
#: Every other character normalization changes or removes (diacritics, digits, ligatures...).
_RARE_CHANGES_RE = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in _TABLE if chr(cp) not in "ةأإىآ") + "]")
#: Past this many distinct such characters in a text, one ``str.translate`` pass is cheaper than a
#: ``str.replace`` pass each (on SaudiNewsNet, translate costs as much as 30 to 70 replace passes).
_MAX_REPLACED = 30


def normalize(text: str) -> str:
    """Normalize Arabic (and ASCII) text for matching.

    Equal to ``text.translate(_TABLE)`` but about 7x faster on news: ``str.translate`` looks every
    character up in a dict, while a text holds few distinct characters that change, so one
    ``str.replace`` each is cheaper. Equal because no replacement contains a character that is itself
    replaced (tested), which also lets a text with many (presentation forms) fall back to translate.

    Args:
        text: Any string.

    Returns:
        The normalized string (see the module docstring for what changes).
    """
    for ch, out in _FREQUENT_CHANGES:
        if ch in text:
            text = text.replace(ch, out)
    rare = set(_RARE_CHANGES_RE.findall(text))
    if len(rare) > _MAX_REPLACED:
        return text.translate(_TABLE)
    for ch in rare:
        text = text.replace(ch, _TABLE[ord(ch)] or "")
    return text


def without_conjunction(norm: str) -> str:
    """A normalized word without a leading و/ف conjunction (وقتل -> قتل), when more than two letters are left."""
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and keep the way back to it.

    Returns:
        ``(norm, offsets)`` where ``len(offsets) == len(norm) + 1``, ``offsets[i]`` is the index in
        ``text`` of the character that produced ``norm[i]`` and ``offsets[-1] == len(text)``.
        A normalized span ``norm[a:b]`` (``b > a``) comes from ``text[offsets[a]:offsets[b - 1] + 1]``.
    """
    changes = [m.start() for m in _LENGTH_CHANGING.finditer(text)]
    if not changes:
        return normalize(text), list(range(len(text) + 1))
    # identity runs between the length-changing characters are copied as ranges (fast path for
    # diacritized text, where a few hundred marks sit in thousands of plain letters)
    offsets: list[int] = []
    pos = 0
    table = _TABLE
    for i in changes:
        offsets.extend(range(pos, i))
        out = table[ord(text[i])]
        if out:
            offsets.extend([i] * len(out))
        pos = i + 1
    offsets.extend(range(pos, len(text) + 1))
    return normalize(text), offsets  # (text.translate(_TABLE), only faster)


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a span of normalized text (``end > start``) back to original offsets."""
    return offsets[start], offsets[end - 1] + 1


# --- tokens ----------------------------------------------------------------------------------


class Token(tuple):
    """A word of the original text: a tuple ``(start, end, text, norm)``; its stem and clitic readings are read
    from the word form when asked (cached per word), so a token costs no Python code to build.

    Attributes:
        start, end: Original offsets (``text[start:end] == token.text``).
        text: The word as written (with its diacritics and clitics).
        norm: The normalized word.
        stem_start: Original offset where the stem begins after a *certain* proclitic prefix
            (conjunction/preposition before the article, and the article itself: ``والعراق``,
            ``بالعراق``, ``للعراق``); equals ``start`` when the word has no article.
        stem: The normalized word without that prefix (``عراق``); this is also the search key.
        readings: Every plausible split ``(stem_start, stem)``, longest stem first: adds the splits
            of single-letter proclitics و ف ب ل ك that cannot be told from root letters without a
            lexicon (``بدير`` → ``بدير`` or ``دير``). Lexicon matchers (places, actors) try them in order.
    """

    __slots__ = ()

    start = _tuplegetter(0, "Original start offset.")
    end = _tuplegetter(1, "Original end offset.")
    text = _tuplegetter(2, "The word as written.")
    norm = _tuplegetter(3, "The normalized word.")

    def __new__(cls, start: int, end: int, text: str, norm: str) -> Token:
        return tuple.__new__(cls, (start, end, text, norm))

    @property
    def stem(self) -> str:
        return _word_info(self[3])[1]

    @property
    def stem_start(self) -> int:
        return _token_splits(*self)[0]

    @property
    def readings(self) -> tuple[tuple[int, str], ...]:
        return _token_splits(*self)[1]

    def __repr__(self) -> str:
        return f"Token(start={self[0]}, end={self[1]}, text={self[2]!r}, norm={self[3]!r})"


@lru_cache(maxsize=262144)
def _article_prefix_len(norm_word: str) -> int:
    m = ARTICLE_PREFIX_RE.match(norm_word)
    return m.end() if m else 0


# every proclitic and article prefix starts with one of these letters (see lang_ar.clitics)
_PREFIX_INITIALS = frozenset("وفبكال" + CONJUNCTIONS + PROCLITIC_LETTERS)


@lru_cache(maxsize=262144)
def _readings(norm_word: str) -> tuple[tuple[int, str], ...]:
    """All (prefix length in normalized chars, stem) splits of a normalized word, longest stem first."""
    if norm_word[:1] not in _PREFIX_INITIALS:  # most words: no clitic or article can start them
        return ((0, norm_word),)
    found: dict[str, int] = {norm_word: 0}
    art = _article_prefix_len(norm_word)
    if art:
        rest = norm_word[art:]
        found.setdefault(rest, art)
        if norm_word[:art].endswith("ال"):  # keep the article: والرقه -> الرقه (names carry it)
            found.setdefault(norm_word[art - 2:], art - 2)
        else:  # لل = ل + ال with the alef dropped: للعراق -> العراق, located at the stem
            found.setdefault("ال" + rest, art)
    # single-letter proclitics (و/ف, then ب/ل/ك) that only a lexicon can tell from root letters
    i = 0
    if len(norm_word) > 3 and norm_word[0] in CONJUNCTIONS:
        i = 1
        found.setdefault(norm_word[1:], 1)
    if len(norm_word) - i > 3 and norm_word[i] in PROCLITIC_LETTERS:
        found.setdefault(norm_word[i + 1:], i + 1)
    return tuple(sorted(((k, s) for s, k in found.items()), key=lambda r: (-len(r[1]), r[0])))


#: All (prefix length, stem) splits of a normalized word, longest stem first (cached per word form).
readings = _readings


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text`` as ``(start, end, normalized word)`` with original offsets.

    Punctuation and spaces are not words. A word's trailing diacritics and tatweel stay inside its
    span; invisible marks between words stay outside.
    """
    return list(zip(*_word_offsets(text)))


def _word_offsets(text: str) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and normalized words of :func:`word_spans`, as three lists."""
    identity = not _LENGTH_CHANGING.search(text)
    norm, offsets = (normalize(text), None) if identity else normalize_with_map(text)
    # split + accumulated lengths locate every word in C loops (3x faster than a finditer loop)
    parts = _WORD_SPLIT_RE.split(norm)
    ends = list(accumulate(map(len, parts)))
    words = parts[1::2]
    starts = ends[0::2][: len(words)]
    ends = ends[1::2]
    if offsets is None:  # no marks anywhere: normalized offsets are the original ones
        return starts, ends, words
    # back to the original offsets, in C too: a word starts where its first character came from and ends after
    # the character its last one came from, then runs over the trailing marks right after it. Normalization
    # removes every trailing mark, so that character is no mark: the word's end is where a run of marks starts.
    starts = list(map(offsets.__getitem__, starts))
    ends = list(map((1).__add__, map(offsets.__getitem__, map((-1).__add__, ends))))
    runs = {m.start(): m.end() for m in _TRAILING_RUN_RE.finditer(text)}
    if runs:
        ends = list(map(runs.get, ends, ends))
    return starts, ends, words


#: A run of trailing marks (:data:`TRAILING_MARKS`).
_TRAILING_RUN_RE = re.compile("[" + "".join(sorted(TRAILING_MARKS)) + "]+")


def iter_words(text: str) -> Iterator[tuple[int, int, str]]:
    """Iterate :func:`word_spans`."""
    return iter(word_spans(text))


@lru_cache(maxsize=262144)
def _word_info(word: str) -> tuple[int, str, tuple[tuple[int, str], ...], bool]:
    """Per word form: article prefix length, stem, readings, and whether there is more than one reading."""
    readings = _readings(word)
    art = _article_prefix_len(word)
    return art, word[art:], readings, len(readings) > 1


def stem_of(norm: str) -> str:
    """The stem of a normalized word: :attr:`Token.stem` without a token."""
    return _word_info(norm)[1]


#: ``Token`` built from a 4-tuple in C (no Python frame per word: tokens are made by the hundred thousand)
_new_token = partial(tuple.__new__, Token)


@lru_cache(maxsize=65536)
def _token_splits(start: int, end: int, text: str, word: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """A token's ``stem_start`` and ``readings``, from its offsets and word form."""
    art, _, readings, several = _word_info(word)
    if end - start == len(word):  # no marks inside the word: offsets are start + k
        return start + art, tuple([(start + k, s) for k, s in readings]) if several else ((start, word),)
    local = _local_offsets(text, 0, end - start, len(word))  # ``text`` is the word as written
    return start + local[art], tuple((start + local[k], s) for k, s in readings)


def _make_token(text: str, start: int, end: int, word: str) -> Token:
    return _new_token((start, end, text[start:end], word))


def _tokens_at(text: str, starts: list[int], stops: list[int], words: list[str]) -> list[Token]:
    """The tokens of ``words`` at the original offsets ``starts`` / ``stops`` of ``text``, built in C."""
    return list(map(_new_token, zip(starts, stops, map(text.__getitem__, map(slice, starts, stops)), words)))


def tokenize(text: str, start: int = 0, end: int | None = None, parts: list[str] | None = None) -> list[Token]:
    """Split ``text`` into word tokens with original offsets and clitic-aware stems (see :class:`Token`).

    With ``start``/``end``, only the words of ``text[start:end]`` (a sentence), offsets still in
    ``text``: the same tokens as ``tokenize(text)`` gives there when no word crosses those bounds.
    ``parts``, when given, is :func:`split_normalized` of that span, already made by the caller.
    """
    part = text if start == 0 and end is None else text[start:end]
    if _LENGTH_CHANGING.search(part):
        starts, ends, words = _word_offsets(part)
        if start:
            starts, ends = list(map(start.__add__, starts)), list(map(start.__add__, ends))
        return _tokens_at(text, starts, ends, words)
    # nothing changes length: the normalized offsets are the original ones, and every step runs in C
    if parts is None:
        parts = _WORD_SPLIT_RE.split(normalize(part))
    ends = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    return _tokens_at(text, ends[1::2][: len(words)], ends[2::2], words)


def split_normalized(text: str) -> list[str]:
    """``[gap, word, gap, word, ..., gap]`` of ``normalize(text)``: its normalized words (``[1::2]``, the words of
    :func:`word_spans`) and what stands between them, split in C."""
    return _WORD_SPLIT_RE.split(normalize(text))


class LazyTokens(Sequence):
    """The tokens of a text for scanners that look at few of them: normalized words at once, original
    offsets and full tokens on demand.

    ``words[i]``, ``span(i)`` and ``self[i]`` (or ``token(i)``) equal ``word_spans(text)[i][2]``,
    ``word_spans(text)[i]`` and ``tokenize(text)[i]`` (tested), but :func:`word_spans` maps every word
    back to the original text in a Python loop while a scan looks at a few dozen of them. Here the
    offsets come from the normalized ones and the few characters that normalization removes or expands
    (diacritics, tatweel, ligatures: a median of 2 per SaudiNewsNet article).
    """

    __slots__ = ("text", "words", "_parts", "_bounds", "_marks", "_spans", "_tokens", "_all")

    def __init__(self, text: str):
        self.text = text
        self._parts = split_normalized(text)  # [gap, word, gap, word, ..., gap]
        #: the normalized words, in text order
        self.words: list[str] = self._parts[1::2]
        self._bounds: list[int] = []  # normalized start of word i at [2i], its end at [2i + 1]
        # (original offset, normalized offset, output length, shift after it) of each length-changing char
        self._marks: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
        self._spans: dict[int, tuple[int, int, str]] = {}
        self._tokens: dict[int, Token] = {}
        self._all: list[tuple[int, int, str]] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def _locate(self) -> None:
        """Normalized word offsets and the length-changing characters, computed when first needed."""
        self._bounds = list(accumulate(map(len, self._parts)))
        origs, norms, sizes, shifts = self._marks
        shift = 0
        for m in _LENGTH_CHANGING.finditer(self.text):
            out = _TABLE[ord(m.group())]
            size = len(out) if out else 0
            origs.append(m.start())
            norms.append(m.start() + shift)
            sizes.append(size)
            shift += size - 1
            shifts.append(shift)

    def _original(self, p: int) -> int:
        """The original offset of the character that produced normalized character ``p``."""
        origs, norms, sizes, shifts = self._marks
        i = bisect.bisect_right(norms, p) - 1
        if i < 0:
            return p
        if p < norms[i] + sizes[i]:  # inside the expansion of a ligature
            return origs[i]
        return p - shifts[i]

    def span(self, i: int) -> tuple[int, int, str]:
        """``(start, end, norm)`` of word ``i``, offsets in the original text."""
        known = self._spans.get(i)
        if known is not None:
            return known
        if not self._bounds:
            self._locate()
        if self._marks[0]:
            a, b = self._mapped(i, len(self.text))
        else:
            a, b = self._bounds[2 * i], self._bounds[2 * i + 1]
        known = self._spans[i] = (a, b, self.words[i])
        return known

    def _mapped(self, i: int, limit: int) -> tuple[int, int]:
        """Original offsets of word ``i``, its trailing marks (diacritics, tatweel) up to ``limit`` included."""
        a, b = self._original(self._bounds[2 * i]), self._original(self._bounds[2 * i + 1] - 1) + 1
        text = self.text
        while b < limit and text[b] in TRAILING_MARKS:
            b += 1
        return a, b

    def joined(self, j: int) -> bool:
        """Whether only spaces, no line break, stand between words ``j - 1`` and ``j`` in the text."""
        gap = self._parts[2 * j]  # the normalized gap: the original one unless a removed mark is in it
        if not gap.isspace() or "\n" in gap:
            return False  # the original gap holds what made these characters too
        if not self._bounds:
            self._locate()
        norms = self._marks[1]
        if norms:
            k = bisect.bisect_left(norms, self._bounds[2 * j - 1])
            if k < len(norms) and norms[k] <= self._bounds[2 * j]:
                gap = self.text[self.span(j - 1)[1]:self.span(j)[0]]
                return gap.isspace() and "\n" not in gap
        return True

    def token(self, i: int) -> Token:
        """The full :class:`~rasd.analyze.arabic.Token` of word ``i`` (with its clitic readings)."""
        tok = self._tokens.get(i)
        if tok is None:
            tok = self._tokens[i] = _make_token(self.text, *self.span(i))
        return tok

    def between(self, start: int, end: int) -> range:
        """Indices of the words lying inside ``text[start:end]``."""
        if not self._bounds:
            self._locate()
        # the first word starting at or after ``start``: found among the normalized offsets (exact when
        # nothing before ``start`` changed length), then checked against the original ones
        origs, _, _, shifts = self._marks
        k = bisect.bisect_left(origs, start)
        lo = (bisect.bisect_left(self._bounds, start + (shifts[k - 1] if k else 0)) + 1) // 2
        n = len(self.words)
        while lo > 0 and self.span(lo - 1)[0] >= start:
            lo -= 1
        while lo < n and self.span(lo)[0] < start:
            lo += 1
        hi = lo
        while hi < n and self.span(hi)[1] <= end:
            hi += 1
        return range(lo, hi)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.token(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self.words)
        if not 0 <= i < len(self.words):
            raise IndexError(i)
        return self.token(i)

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        """``(start, end, norm)`` of every word: :func:`word_spans` of the text (built once)."""
        if self._all is None:
            self._all = [self.span(i) for i in range(len(self.words))]
        return self._all


def _local_offsets(text: str, start: int, end: int, size: int) -> list[int]:
    """Original offset of each normalized character of the word ``text[start:end]`` (plus its end)."""
    if end - start == size:
        return list(range(start, end + 1))
    _, offs = normalize_with_map(text[start:end])
    return [start + o for o in offs]


# --- search keys -------------------------------------------------------------------------------

_ARTICLE_IN_TEXT_RE = re.compile(r"(?<!\S)" + ARTICLE_PREFIX_RE.pattern.lstrip("^"))


def index_text(text: str) -> str:
    """The search-index form of ``text``: one key per word, space-separated.

    A key is the normalized word with a certain article prefix removed (``والعراق`` → ``عراق``).
    Equal to ``" ".join(search_key(w) for w in words)``, computed in one pass for speed.
    """
    words = WORD_RE.findall(normalize(text))
    return _ARTICLE_IN_TEXT_RE.sub("", " ".join(words))


@lru_cache(maxsize=65536)
def search_key(word: str) -> str:
    """The index key of one word (see :func:`index_text`)."""
    norm = normalize(word)
    return norm[_article_prefix_len(norm):]


def query_variants(word: str) -> list[str]:
    """Index keys that count as the same word for a reader typing ``word``.

    The word's own key, the key with each single-letter proclitic combination in front
    (``بيروت`` also finds ``وبيروت``, ``لبيروت``), and, for a query word that itself carries a
    single-letter proclitic (``بدمشق``), the same for its bare stem.
    """
    norm = normalize(word)
    stems = [search_key(norm)]
    for k, stem in _readings(norm):
        if k and stem not in stems and len(stem) >= 4 and k <= 2:
            stems.append(stem)
    out: list[str] = []
    for stem in stems:
        for prefix in ("", *QUERY_PREFIXES):
            variant = prefix + stem
            if variant not in out:
                out.append(variant)
    return out


# --- sentences -----------------------------------------------------------------------------------

# A sentence ends at . ! ? ؟ … (not a decimal point: 3.5) followed by space, or at a line break.
# The leading lookahead lets the regex engine skip to candidate characters (4x faster, same matches).
_SENT_END_RE = re.compile(r"(?=[.!?؟…\n])(?:(?:(?<!\d)\.(?!\d)|[!?؟…]|\.(?=\s))+[\"'»”)\]]*(?=\s|$)|\n+)")


#: One-letter title abbreviations (م. مهندس، د. دكتور، أ. أستاذ) whose period ends no sentence: وأضاف م. جديع أن.
_TITLE_LETTERS = frozenset("مدأا")


def _title_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes a one-letter title (وأشار م. القحطاني), not a sentence: the letter stands
    alone after a space, the word before it is no number (2015 م. is a year), and a word follows on the line."""
    if dot < 1 or text[dot] != "." or text[dot - 1] not in _TITLE_LETTERS or (dot >= 2 and not text[dot - 2].isspace()):
        return False
    before = text[:dot - 1].rstrip().rsplit(None, 1)
    if before and (before[-1][-1:].isdigit() or before[-1][-1:] in "هـ"):
        return False
    after = text[dot + 1:dot + 3]
    return after[:1] == " " and after[1:2].isalpha()


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, trimmed of surrounding white space."""
    spans = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        if m.end() - m.start() == 1 and _title_abbreviation(text, m.start()):
            continue
        end = m.end() if text[m.start()] != "\n" else m.start()
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
