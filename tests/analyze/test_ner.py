"""Tests of the Arabic NER model (rasd.analyze.ner) and the ``entities`` component."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasd.analyze import ner
from rasd.analyze.components.entities import actor_spans, canonical_name, entities
from rasd.article import Article

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"
ANERCORP = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_train.txt"

# Dev micro-F1 of the shipped model (meta.json), rounded down by ~0.01 so that a rebuild that is
# equal within noise still passes while a real regression fails.
DEV_F1_FLOOR = 0.75  # shipped model: 0.7515 (rasd/models/ner/meta.json); the bar is 0.75
# Micro-F1 on the hand-annotated seed article (tests/data/ner/seed-article.conll, 39 entities, never
# trained on): 0.7826 measured; one more miss on 39 entities costs ~0.015.
SEED_F1_FLOOR = 0.76


# ---------------------------------------------------------------------------------------------- quality


@pytest.mark.shared
def test_shipped_model_dev_f1_is_above_floor():
    if not ANERCORP.exists():
        pytest.skip(f"needs ../shared/data (ANERcorp) at {ANERCORP}")
    sents = ner.read_conll(ANERCORP)
    dev = sents[len(sents) - int(len(sents) * 0.10):]  # last 10% of sentences, as train_ner.py
    pred = ner.tag_sentences([[w for w, _ in s] for s in dev])
    scores = ner.evaluate(dev, pred)
    assert scores["micro"]["f1"] >= DEV_F1_FLOOR, scores


def test_shipped_model_f1_on_the_annotated_seed_article():
    gold = ner.read_conll(DATA / "ner" / "seed-article.conll")
    pred = ner.tag_sentences([[w for w, _ in s] for s in gold])
    scores = ner.evaluate(gold, pred)
    assert scores["micro"]["support"] == 39
    assert scores["micro"]["f1"] >= SEED_F1_FLOOR, scores


# ---------------------------------------------------------------------------------------------- seed article

SEED_EXPECTED = [
    ("وزارة الدفاع الروسية", "ORG"),
    ("إيغور كوناشينكوف", "PER"),
    ("التحالف الدولي", "ORG"),
    ("داعش", "ORG"),
    ("العراق", "LOC"),
    ("دير الزور", "LOC"),
    ("الفرات", "LOC"),
    ("الجيش السوري", "ORG"),
    ("الولايات المتحدة الأميركية", "LOC"),
    ("مسعود البرزاني", "PER"),
]


@pytest.fixture(scope="module")
def seed_article() -> Article:
    path = DATA / "seed-article.txt"
    if not path.exists():
        path = SHARED / "examples" / "seed-article.txt"
    if not path.exists():
        pytest.skip("seed article missing: neither tests/data/seed-article.txt nor ../shared/examples")
    return entities(Article(text=path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("name", "label"), SEED_EXPECTED)
def test_entities_finds_seed_article_actor(seed_article, name, label):
    found = {(e["text"], e["label"]) for e in seed_article.entities}
    assert (name, label) in found, sorted(found)


def test_entities_spans_index_seed_article_text(seed_article):
    for e in seed_article.entities:
        assert seed_article.text[e["start"]:e["end"]] == e["text"]
        assert e["label"] in ner.LABELS
        assert e["canonical"]


# ---------------------------------------------------------------------------------------------- canonical


@pytest.mark.parametrize(("span", "expected"), [
    ("للجيش السوري", "الجيش السوري"),
    ("بدمشق", "دمشق"),
    ("وداعش", "داعش"),
    ("تنظيم الدولة الإسلامية", "داعش"),
    ("الدولة الإسلامية في العراق والشام", "داعش"),
    ("وبغداد", "بغداد"),
    ("بغداد", "بغداد"),
    ("لبنان", "لبنان"),
    ("الولايات المتحدة الأمريكية", "الولايات المتحدة"),
    ("القوات الأمريكية", "القوات الاميركية"),
    ("سوريّـا", "سوريا"),
])
def test_canonical_name_strips_clitics_and_unifies_variants(span, expected):
    assert canonical_name(span) == expected


def test_actor_spans_match_aliases_with_clitics_and_index_text():
    text = "أعلنت وزارة الدفاع الروسية أن وتنظيم الدولة الإسلامية انسحب."
    spans = actor_spans(text)
    assert [(s["text"], s["label"]) for s in spans] == [
        ("وزارة الدفاع الروسية", "ORG"), ("وتنظيم الدولة الإسلامية", "ORG")]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    assert canonical_name(spans[1]["text"]) == "داعش"


def test_entities_component_is_registered():
    from rasd.analyze import pipeline

    comp = pipeline._load("entities")  # just this component: others may be in progress elsewhere
    assert comp is not None and comp.assigns == ("entities",)
    assert comp.fn is entities


# ---------------------------------------------------------------------------------------------- CoNLL

CONLL = """\
وقال O
الرئيس O
جورج B-PERS
بوش I-PERS
في O
واشنطن B-LOC

إن O
الأمم B-ORG
المتحدة I-ORG
"""


def test_read_conll_maps_pers_and_keeps_sentences():
    sents = ner.read_conll(io.StringIO(CONLL))
    assert [len(s) for s in sents] == [6, 3]
    assert sents[0][2] == ("جورج", "B-PER")
    unlabelled = ner.read_conll(["كلمة\n", "\n", "أخرى\n"])
    assert unlabelled == [[("كلمة", None)], [("أخرى", None)]]
    extra = ner.read_conll(["كلمة NN B-LOC\n"])
    assert extra == [[("كلمة", "B-LOC")]]


def test_conll_round_trip_keeps_tokens_and_sentence_breaks():
    sents = ner.read_conll(io.StringIO(CONLL))
    tags = [ner.tag_tokens([w for w, _ in s]) for s in sents]
    out = io.StringIO()
    ner.write_conll(sents, tags, out)
    back = ner.read_conll(io.StringIO(out.getvalue()))
    assert [[w for w, _ in s] for s in back] == [[w for w, _ in s] for s in sents]
    assert [[t for _, t in s] for s in back] == tags
    assert out.getvalue().count("\n\n") == len(sents)


def test_evaluate_matches_hand_computed_scores():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    # PER exact (tp), LOC predicted as ORG (fp ORG, fn LOC), ORG cut short (fp + fn), one extra MISC (fp)
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O", "B-MISC"]]
    s = ner.evaluate(gold, pred)
    assert s["PER"]["f1"] == 1.0
    assert s["LOC"]["recall"] == 0.0 and s["LOC"]["support"] == 1
    assert s["ORG"]["precision"] == 0.0 and s["ORG"]["recall"] == 0.0
    assert s["micro"]["precision"] == pytest.approx(1 / 4)  # 1 correct of 4 predicted
    assert s["micro"]["recall"] == pytest.approx(1 / 3)  # 1 found of 3 gold
    assert s["micro"]["f1"] == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))


def test_evaluate_treats_orphan_i_tag_as_entity_start():
    # conlleval: an I- after O starts an entity; I-LOC after B-PER starts another one
    assert ner.spans_from_tags(["O", "I-PER", "I-PER", "I-LOC"]) == [(1, 3, "PER"), (3, 4, "LOC")]
    s = ner.evaluate([["O", "B-PER", "I-PER"]], [["O", "I-PER", "I-PER"]])
    assert s["micro"]["f1"] == 1.0


# ---------------------------------------------------------------------------------------------- offsets


def test_tokenize_splits_punctuation_and_keeps_clitics():
    text = "قال «داعش» وبدمشق 112.5 مليون."
    toks = ner.tokenize(text)
    assert [t for t, _, _ in toks] == ["قال", "«", "داعش", "»", "وبدمشق", "112.5", "مليون", "."]
    assert all(text[s:e] == t for t, s, e in toks)


def test_tokenize_skips_invisible_marks():
    text = "بيروت\u200f، لبنان"
    assert [t for t, _, _ in ner.tokenize(text)] == ["بيروت", "،", "لبنان"]


def _saudinewsnet_texts() -> list[str]:
    path = DATA / "saudinewsnet-sample.json"
    if not path.exists():
        pytest.skip("tests/data/saudinewsnet-sample.json missing")
    return [r["content"] for r in json.loads(path.read_text(encoding="utf-8"))]


def test_find_entities_spans_index_real_articles():
    texts = _saudinewsnet_texts()
    total = 0
    for text in texts:
        for span in ner.find_entities(text):
            assert text[span["start"]:span["end"]] == span["text"]
            assert span["label"] in ner.LABELS
            total += 1
    assert total > len(texts)  # news articles name things: more than one entity per article on average


def test_find_entities_on_empty_text():
    assert ner.find_entities("") == []
    assert ner.find_entities("   \n ") == []


@pytest.mark.parametrize("text, expected", [
    # real sentences of the bundled SaudiNewsNet sample: the adjective is not the country ...
    ("لتدلل على أن إبداعات المرأة السعودية لم تعد محصورة محلياً، بل أصبحت عالمية.", []),
    ("أتاح لهم فتح مراكز جديدة للتنمية الاجتماعية.", []),  # فتح "opening", not the movement
    # ... while the country after a preposition and the movement with its head noun are kept
    ("وصل الوفد إلى السعودية أمس في زيارة رسمية.", [("السعودية", "المملكة العربية السعودية")]),
    ("قال امين سر المجلس الثوري لحركة فتح إن الوضع صعب.", [("لحركة فتح", "حركة فتح")]),
])
def test_actor_names_that_are_common_words_need_context(text, expected):
    found = [(e["text"], e["canonical"]) for e in entities(Article(text=text)).entities if e["label"] != "PER"]
    assert found == expected
