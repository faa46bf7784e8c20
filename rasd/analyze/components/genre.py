"""The ``genre`` component: is an article a news report or an opinion piece?

Sets ``article.genre`` to ``"news"``, ``"opinion"`` or ``None`` (unsure), in two steps:

1. **URL rule.** A URL whose path has an opinion-section word (``/opinion/``, ``/Articles/``,
   ``/columns/``, ``/kuttab/``, ``/maqalat/``, مقالات، آراء ... see
   :data:`rasd.analyze.lang_ar.genre_cues.URL_OPINION_WORDS`) gives ``"opinion"``. The rule only ever
   says opinion: a news-section URL is not evidence enough (columns sit on news pages too).
2. **Model.** Otherwise a logistic regression over interpretable features -- byline shape (empty,
   bare personal name, dateline or agency credit), stance markers (first and second person,
   rhetorical and modal words, questions, exclamations), reporting markers (attribution verbs and
   nouns, news time words, agency datelines at the start), length and punctuation (line breaks are not used: they depend on the
   scraper) -- gives the
   probability of opinion. Below :attr:`GenreModel.low` it is news, above :attr:`GenreModel.high`
   opinion, in between ``None``. The URL is never a model feature, so the held-out scores of
   ``rasd/models/genre/genre.json`` (trained and evaluated by ``rasd.models.scripts.train_genre``)
   are not circular.

Texts of fewer than :attr:`GenreModel.min_words` words get ``None`` unless the URL rule fires.
Pure Python at run time: the weights are a small JSON file read once.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from rasd.analyze.arabic import WORD_RE, normalize
from rasd.analyze.lang_ar import genre_cues
from rasd.analyze.pipeline import component
from rasd.article import Article

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "genre" / "genre.json"

#: Longest first line of the text taken as a byline when ``author`` is empty ("عبير الدخيل",
#: "داليا أبوالعيش – عين اليوم"); the same bound as the text ingester's author line.
MAX_BYLINE_WORDS = 6
#: Longest bare personal name, in words, honorifics removed ("سعد بن عبدالقادر القويعي" has 4;
#: five allows a double family name).
MAX_NAME_WORDS = 5
#: Cap on words per sentence: texts without punctuation would otherwise give one huge "sentence".
MAX_SENTENCE_WORDS = 80.0

#: Standardized feature values are clipped to +-CLIP (in training too), so one text with an unusual
#: rate of a rare word cannot decide alone.
CLIP = 6.0

# Separators of a dateline or desk credit: "الرياض: واس", "جدة - واس", "المدينة ـ جدة", "عكاظ (جدة)".
_BYLINE_SEP_RE = re.compile(r"[:\-–—ـ(/|،,]")
_SENT_SPLIT_RE = re.compile(r"[.!?؟…\n]+")
_QUOTE_CHARS = "«»“”\""


def _norm_set(words) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


_GROUP_SETS = {name: _norm_set(words) for name, words in genre_cues.GROUPS.items()}
#: Every cue word, each a feature of its own (``w=<word>``), in a stable order.
_CUE_WORDS = tuple(sorted(set().union(*_GROUP_SETS.values())))
_CUE_SET = frozenset(_CUE_WORDS)
_REPORTING = _GROUP_SETS["reporting_verbs"]
# An honorific at the start of a name: an abbreviation with its dot (د. / أ.د. / م.) or a title word.
_HONORIFIC_RE = re.compile(
    r"^(?:[\W\d_]*(?:(?:" + "|".join(re.escape(normalize(h)) for h in genre_cues.HONORIFIC_ABBREVIATIONS)
    + r")\s*\.|(?:" + "|".join(re.escape(normalize(h)) for h in genre_cues.HONORIFIC_WORDS) + r")(?=\s))\s*)+"
)
_AGENCY_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(
        sorted((re.escape(normalize(a)).replace(r"\ ", r"\s*").replace(r"\.", r"\.?\s*")
                for a in genre_cues.AGENCIES), key=len, reverse=True)
    ) + r")(?!\w)"
)
_URL_WORDS = _norm_set(genre_cues.URL_OPINION_WORDS)


def url_says_opinion(url: str | None) -> bool:
    """True when a segment of the URL path (or a word of it) names an opinion section.

    Args:
        url: The article URL, or ``None``.

    Returns:
        Whether the path has one of :data:`~rasd.analyze.lang_ar.genre_cues.URL_OPINION_WORDS` as a
        segment or as a ``-``/``_``/``.``-separated word of a segment (``/opinion-columns/``).
    """
    if not url:
        return False
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return False
    for segment in normalize(path).split("/"):
        if segment in _URL_WORDS or any(part in _URL_WORDS for part in re.split(r"[-_.]", segment)):
            return True
    return False


def _first_line_byline(text: str) -> str:
    """The first non-empty line of ``text`` when it looks like a byline (short, no sentence end)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line.split()) <= MAX_BYLINE_WORDS and not line.endswith((".", "؟", "?", "!", "،")):
                return line
            return ""
    return ""


def byline_features(byline: str) -> dict[str, float]:
    """Shape of a byline: empty, bare personal name, dateline/desk credit, agency, honorific.

    A "byline" longer than :data:`MAX_BYLINE_WORDS` + 2 words is a scraping accident (Al-Jazirah's
    author field sometimes holds the first sentence) and gives no byline feature at all.
    """
    raw = byline.replace("\xa0", " ").strip().rstrip(":").strip()
    norm = normalize(raw)
    words = WORD_RE.findall(norm)
    if len(words) > MAX_BYLINE_WORDS + 2:
        return {}
    has_sep = bool(_BYLINE_SEP_RE.search(raw))
    agency = bool(_AGENCY_RE.search(norm))
    honorific = _HONORIFIC_RE.match(norm)
    name_words = WORD_RE.findall(norm[honorific.end():] if honorific else norm)
    bare = (0 < len(name_words) <= MAX_NAME_WORDS and not has_sep and not agency
            and not any(ch.isdigit() for ch in raw))
    return {
        "byline_empty": float(not words),
        "byline_bare_name": float(bare),
        "byline_separator": float(has_sep),
        "byline_agency": float(agency),
        "byline_honorific": float(honorific is not None and bool(name_words)),
    }


def _count(tokens: list[str], vocab: frozenset[str]) -> dict[str, int]:
    """Hits of ``vocab`` among ``tokens``, also after a leading و or ف (وقال → قال)."""
    hits: dict[str, int] = {}
    for tok in tokens:
        if tok in vocab:
            hits[tok] = hits.get(tok, 0) + 1
        elif len(tok) > 2 and tok[0] in "وف" and tok[1:] in vocab:
            hits[tok[1:]] = hits.get(tok[1:], 0) + 1
    return hits


def features(text: str, author: str | None = None, title: str | None = None) -> dict[str, float]:
    """The model's features of one article (the URL is deliberately not one of them).

    Args:
        text: The article body.
        author: The byline, if known; when empty, a short first line of ``text`` is used instead.
        title: The headline, if known.

    Returns:
        Feature name -> value. Rates are per 100 words; absent features are simply missing (0).
    """
    text = text or ""
    byline = (author or "").strip() or _first_line_byline(text)
    feats: dict[str, float] = byline_features(byline)

    norm = normalize(text)
    tokens = WORD_RE.findall(norm)
    n = len(tokens)
    per100 = 100.0 / max(n, 1)
    sentences = [s for s in _SENT_SPLIT_RE.split(text) if s.strip()]
    n_sent = max(len(sentences), 1)

    hits = _count(tokens, _CUE_SET)
    for word, k in hits.items():
        feats[f"w={word}"] = k * per100
    for name, vocab in _GROUP_SETS.items():
        feats[f"group={name}"] = sum(k for w, k in hits.items() if w in vocab) * per100
    feats["suffix_na"] = sum(1 for t in tokens if len(t) >= 4 and t.endswith("نا")) * per100

    head = normalize(text.lstrip()[:120])
    if byline and not (author or "").strip():
        head = normalize(text.lstrip()[len(byline):][:120])  # the byline line was taken from the text
    head_tokens = WORD_RE.findall(head)
    feats["start_agency"] = float(bool(_AGENCY_RE.search(head[:80])))
    feats["start_reporting_verb"] = float(bool(head_tokens) and head_tokens[0] in _REPORTING)

    feats["log_words"] = math.log1p(n)
    feats["words_per_sentence"] = min(n / n_sent, MAX_SENTENCE_WORDS)
    feats["questions_per_sentence"] = (text.count("?") + text.count("؟")) / n_sent
    feats["exclamations_per_sentence"] = text.count("!") / n_sent
    feats["ellipses_per_sentence"] = (text.count("..") + text.count("…")) / n_sent
    feats["quotes"] = sum(text.count(c) for c in _QUOTE_CHARS) * per100
    feats["parentheses"] = text.count("(") * per100
    feats["digits"] = sum(1 for t in tokens if any(c.isdigit() for c in t)) * per100

    title = (title or "").strip()
    feats["title_question"] = float(title.endswith(("?", "؟")) or "؟" in title)
    feats["title_exclamation"] = float("!" in title)
    feats["title_ellipsis"] = float(".." in title or "…" in title)
    feats["title_words"] = float(len(title.split()))
    return feats


@dataclass(frozen=True, slots=True)
class GenreModel:
    """A standardized logistic regression over :func:`features`.

    Attributes:
        names: Feature names, in weight order.
        mean, scale: Standardization of each feature (from the training set).
        weights, bias: Coefficients on standardized features; positive means opinion.
        low, high: The unsure band: probabilities strictly between them give ``None``.
        min_words: Shorter texts give ``None`` (too little evidence).
        meta: Training outlets, held-out scores, seed (see the JSON file).
    """

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    low: float
    high: float
    min_words: int
    meta: dict

    @classmethod
    def from_json(cls, data: dict) -> "GenreModel":
        return cls(
            names=tuple(data["features"]), mean=tuple(data["mean"]), scale=tuple(data["scale"]),
            weights=tuple(data["weights"]), bias=float(data["bias"]), low=float(data["unsure_band"][0]),
            high=float(data["unsure_band"][1]), min_words=int(data["min_words"]), meta=data.get("meta", {}),
        )

    def probability(self, feats: dict[str, float]) -> float:
        """Probability of opinion for a feature dict."""
        z = self.bias
        for name, mu, sd, w in zip(self.names, self.mean, self.scale, self.weights):
            z += w * max(-CLIP, min(CLIP, (feats.get(name, 0.0) - mu) / sd))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def decide(self, probability: float) -> str | None:
        """``"opinion"`` above the band, ``"news"`` below it, ``None`` inside it."""
        if probability >= self.high:
            return "opinion"
        if probability <= self.low:
            return "news"
        return None


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> GenreModel:
    """The shipped model (read once)."""
    with open(path, encoding="utf-8") as f:
        return GenreModel.from_json(json.load(f))


def opinion_probability(article: Article) -> float | None:
    """The model's probability that ``article`` is opinion, or ``None`` when its text is too short."""
    model = load_model()
    text = article.text or ""
    if len(WORD_RE.findall(text)) < model.min_words:
        return None
    return model.probability(features(text, article.author, article.title))


@component("genre", assigns=["genre"])
def genre(article: Article) -> Article:
    """Set ``article.genre`` to ``"news"``, ``"opinion"`` or ``None`` (unsure); see the module doc."""
    if url_says_opinion(article.url):
        article.genre = "opinion"
        return article
    p = opinion_probability(article)
    article.genre = None if p is None else load_model().decide(p)
    return article
