"""Tests of the ``genre`` component (news / opinion / unsure) and its shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.analyze.components.genre import (
    byline_features,
    genre,
    load_model,
    opinion_probability,
    url_says_opinion,
)
from rasd.analyze.pipeline import Pipeline
from rasd.article import Article
from rasd.ingest.text import parse_text

DATA = Path(__file__).resolve().parents[1] / "data"
HELDOUT = DATA / "genre" / "heldout.jsonl"

# Floors for the committed held-out sample (120 SaudiNewsNet articles never trained on, silver labels
# from URL sections; see tests/data/genre/SOURCE.txt), scored with the URL withheld so the URL rule
# cannot help. Measured with the shipped model: accuracy 1.0 and opinion F1 1.0 on the sample (80
# al-jazirah + 40 dev), 0.958 of it decided outside the unsure band. On all 540 labelled al-jazirah
# articles the same model scores accuracy 0.983, opinion F1 0.970 (genre.json meta), so the floors are
# pinned below *that*, not below the lucky sample: a retrain equal within noise passes, a real
# regression fails.
ALJAZIRAH_ACCURACY_FLOOR = 0.95
ALJAZIRAH_OPINION_F1_FLOOR = 0.93
ALL_ACCURACY_FLOOR = 0.95
ALL_OPINION_F1_FLOOR = 0.93
DECIDED_FLOOR = 0.93

WIRE_STORY = (
    "قال المرصد السوري لحقوق الإنسان يوم الأربعاء إن طائرات حربية نفذت أكثر من عشرين غارة على مواقع "
    "لتنظيم داعش في ريف دير الزور الشرقي أمس، ما أسفر عن مقتل 15 مسلحا على الأقل. وأضاف المرصد، الذي "
    "يتخذ من بريطانيا مقرا له، أن الجيش السوري وحلفاءه تقدموا نحو بلدة الميادين. وذكرت وكالة الأنباء "
    "السورية الرسمية (سانا) أن وحدات الجيش سيطرت على عدة تلال مشرفة على الطريق. ولم يتسن لرويترز التحقق "
    "من صحة هذه الأنباء من مصدر مستقل. وقال مصدر عسكري إن العمليات مستمرة."
)


def _heldout() -> list[dict]:
    with open(HELDOUT, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _scores(rows: list[dict]) -> tuple[float, float, float]:
    """(accuracy at 0.5, opinion F1 at 0.5, share decided by the component) with the URL withheld."""
    model = load_model()
    correct = tp = fp = fn = decided = 0
    for r in rows:
        art = Article(text=r["content"], author=r["author"], title=r["title"])  # no url: model only
        p = opinion_probability(art)
        pred = p is not None and p >= 0.5
        gold = r["label"] == "opinion"
        correct += pred == gold
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
        decided += p is not None and model.decide(p) is not None
    return correct / len(rows), 2 * tp / (2 * tp + fp + fn), decided / len(rows)


# ---------------------------------------------------------------------------------------------- quality


def test_heldout_sample_is_what_its_source_says():
    rows = _heldout()
    assert 100 <= len(rows) <= 200
    assert {r["split"] for r in rows} == {"heldout", "dev"}
    assert {r["source"] for r in rows if r["split"] == "heldout"} == {"aljazirah"}
    assert {r["label"] for r in rows} == {"news", "opinion"}
    meta = load_model().meta
    assert "aljazirah" not in meta["training_outlets"]
    assert meta["heldout_outlets"] == ["aljazirah"]


def test_quality_gate_on_heldout_outlet():
    rows = [r for r in _heldout() if r["split"] == "heldout"]
    accuracy, f1, _ = _scores(rows)
    assert accuracy >= ALJAZIRAH_ACCURACY_FLOOR
    assert f1 >= ALJAZIRAH_OPINION_F1_FLOOR


def test_quality_gate_on_whole_heldout_sample():
    accuracy, f1, decided = _scores(_heldout())
    assert accuracy >= ALL_ACCURACY_FLOOR
    assert f1 >= ALL_OPINION_F1_FLOOR
    assert decided >= DECIDED_FLOOR


# ---------------------------------------------------------------------------------------------- behaviour


def test_seed_article_is_opinion():
    art = parse_text((DATA / "seed-article.txt").read_bytes(), "seed-article.txt")
    assert genre(art).genre == "opinion"


@pytest.mark.parametrize("author", ["دمشق - رويترز", "الرياض: واس", "القاهرة - أ ف ب:", "لندن - د ب أ"])
def test_wire_story_with_agency_dateline_is_news(author):
    art = Article(text=WIRE_STORY, author=author, title="غارات على مواقع داعش في ريف دير الزور")
    assert genre(art).genre == "news"


def test_wire_story_without_byline_is_still_news():
    assert genre(Article(text="دمشق (رويترز) - " + WIRE_STORY)).genre == "news"


@pytest.mark.parametrize(
    "article",
    [
        Article(text=""),
        Article(text="   \n  "),
        Article(text="نص", author=None, title=None),
        Article(text=WIRE_STORY, author=None, title=None, url=None),
        Article(text=WIRE_STORY, author="", title="", url=""),
        Article(text="؟!..«»", author=":", title="؟"),
        Article(text=WIRE_STORY, url="http://[bad"),
    ],
    ids=["empty", "blank", "one-word", "no-metadata", "empty-metadata", "punctuation", "bad-url"],
)
def test_genre_never_raises(article):
    out = genre(article)
    assert out is article
    assert out.genre in ("news", "opinion", None)


def test_short_text_is_unsure():
    assert genre(Article(text="أعلنت الوزارة اليوم نتائج القبول.")).genre is None


@pytest.mark.parametrize(
    "url",
    [
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27169",
        "http://www.3alyoum.com/opinion/articles/a/عبير-الدخيل/",
        "https://example.com/ar/kuttab/123",
        "https://example.com/opinion-columns/2017/10/11/x",
        "https://example.com/مقالات/123",
    ],
)
def test_url_rule_says_opinion_for_opinion_sections(url):
    assert url_says_opinion(url)
    assert genre(Article(text="", url=url)).genre == "opinion"


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "http://www.alyaum.com/article/4079430",
        "http://aawsat.com/home/article/422976/x",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229720&CategoryID=1",
        "http://www.al-jazirah.com/2015/20150724/ar1.htm",
    ],
)
def test_url_rule_is_silent_elsewhere(url):
    assert not url_says_opinion(url)


@pytest.mark.parametrize(
    ("byline", "shape"),
    [
        ("معن حمية", "byline_bare_name"),
        ("أ. د.عثمان بن صالح  العامر", "byline_bare_name"),
        ("الرياض: واس", "byline_agency"),
        ("زوريخ\xa0- أ ف ب:", "byline_agency"),
        ("\xa0عكاظ (جدة)", "byline_separator"),
        ("", "byline_empty"),
    ],
)
def test_byline_shapes(byline, shape):
    assert byline_features(byline)[shape] == 1.0


def test_genre_runs_in_the_pipeline():
    art = Pipeline(only=["genre"])(Article(text=WIRE_STORY, author="الرياض: واس"))
    assert art.genre == "news"
