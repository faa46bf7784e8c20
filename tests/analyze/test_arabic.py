"""The Arabic text layer: normalization with offsets, tokens with clitics, sentences, search keys."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.analyze.arabic import (
    index_text, iter_words, normalize, normalize_with_map, query_variants, search_key, sentences, tokenize,
)
from tests.conftest import SAMPLES

SEED = (SAMPLES / "seed-article.txt").read_text(encoding="utf-8")

# Arabic letters, marks, invisible characters, digits, presentation forms, punctuation and spaces.
arabic_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list("\u200f\u200e\u200d\u200c\u0640\ufeff\u061c \n.،؛؟!«»\"'()-0123456789abcXYZ")),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
        st.characters(),
    ),
    max_size=200,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("العِرَاقُ", "العراق"),  # diacritics
        ("الـــعراق", "العراق"),  # tatweel
        ("إعلان أحمد آمال ٱلله", "اعلان احمد امال الله"),  # alef/hamza forms
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("الدولة", "الدوله"),  # teh marbuta
        ("عام ٢٠١٧ و۱۴۰۰", "عام 2017 و1400"),  # Eastern Arabic and Persian digits
        ("دير\u200f الزور\u200d", "دير الزور"),  # RLM, ZWJ
        ("ﻻ", "لا"),  # presentation-form ligature
        ("CNN", "cnn"),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_normalize_map_points_every_character_back_to_its_origin(text):
    norm, offsets = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)
    assert offsets == sorted(offsets)
    for i, ch in enumerate(norm):
        assert ch in normalize(text[offsets[i]])


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_token_offsets_survive_any_input(text):
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text
        assert normalize(tok.text) == tok.norm
        assert tok.start <= tok.stem_start <= tok.end
        for start, stem in tok.readings:
            assert tok.start <= start <= tok.end and stem


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_index_text_is_the_key_of_each_word(text):
    assert index_text(text).split() == [search_key(w) for _, _, w in iter_words(text)]


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_sentences_are_ordered_trimmed_spans(text):
    prev = 0
    for a, b in sentences(text):
        assert prev <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev = b


@pytest.mark.parametrize("text, parts", [
    # claims-blind13.jsonl: a one-letter title's period ends no sentence; a year's م. and هـ. do
    ("وأضاف م. جديع أن اللائحة شددت على التسهيلات.", 1),
    ("قال د. محمد إن الوضع جيد. وأضاف أ. علي أن الأمر انتهى.", 2),
    ("الموافق 10 اغسطس 2015 م. وقال الوزير إن العمل مستمر.", 2),
    ("انتهى العام 1436 هـ. وبدأ عام جديد.", 2),
])
def test_sentences_keep_one_letter_titles(text, parts):
    assert len(sentences(text)) == parts


@pytest.mark.parametrize(
    "word, stem_text, stem",
    [
        ("والعراق", "عراق", "عراق"),
        ("بالعراق", "عراق", "عراق"),
        ("للجيش", "جيش", "جيش"),
        ("وَالعِرَاقِ", "عِرَاقِ", "عراق"),
        ("وللمرأة", "مرأة", "مراه"),
        ("الله", "له", "له"),
        ("داعش", "داعش", "داعش"),
    ],
)
def test_tokens_split_certain_proclitics_and_article(word, stem_text, stem):
    (tok,) = tokenize(word)
    assert tok.stem == stem
    assert word[tok.stem_start:tok.end] == stem_text


def test_readings_offer_single_letter_proclitic_splits_for_lexicons():
    (tok,) = tokenize("بدير")
    assert [s for _, s in tok.readings] == ["بدير", "دير"]
    (tok,) = tokenize("والرقة")
    stems = [s for _, s in tok.readings]
    assert "الرقه" in stems and "رقه" in stems
    start = dict((s, st) for st, s in tok.readings)["الرقه"]
    assert "والرقة"[start:] == "الرقة"


def test_query_variants_cover_reader_forms():
    variants = query_variants("العراق")
    assert {"عراق", "وعراق", "بعراق"} <= set(variants)
    assert search_key("والعراق") in variants and search_key("بالعراق") in variants
    assert "دمشق" in query_variants("بدمشق")


def test_seed_sentences_and_tokens():
    spans = sentences(SEED)
    first_body = next(SEED[a:b] for a, b in spans if SEED[a:b].startswith("رصدت"))
    assert first_body.endswith("في العراق.")
    assert SEED[spans[0][0]:spans[0][1]] == "التحالف الأميركي يُغطّي تعزيزات «داعش» في دير الزور"
    words = [t.text for t in tokenize(SEED)]
    assert "كوناشينكوف" in words and "«داعش»" not in words and "داعش" in words


def test_decimal_points_do_not_end_sentences():
    text = "بلغ النمو 3.5 في المئة. وقال الوزير ذلك!"
    assert [text[a:b] for a, b in sentences(text)] == ["بلغ النمو 3.5 في المئة.", "وقال الوزير ذلك!"]


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_lazy_tokens_are_the_tokens(text):
    from rasd.analyze.arabic import LazyTokens

    lazy = LazyTokens(text)
    assert list(lazy) == tokenize(text)
    assert [(t.start, t.end, t.norm) for t in lazy] == lazy.spans
    for tok_index, tok in enumerate(lazy):
        assert tok_index in lazy.between(tok.start, tok.end)


def _sentence_views_agree(text):
    from bisect import bisect_left, bisect_right

    from rasd.analyze.arabic import LazyTokens
    from rasd.analyze.components.claims import Document
    toks = tokenize(text)
    starts, ends = [t.start for t in toks], [t.end for t in toks]
    sents = sentences(text)
    doc = Document(text)
    assert doc.sents == sents
    assert doc.norms == LazyTokens(text).words == [t.norm for t in toks]  # split by sentence, the whole text's words
    for i, (a, b) in enumerate(sents):
        inside = toks[bisect_left(starts, a):bisect_right(ends, b)]
        assert tokenize(text, a, b) == inside  # a sentence's tokens, made alone
        # ... and from the words the document split (the claims and events layers' way)
        made = doc.tokens(i)
        assert [(t.start, t.end, t.text, t.norm, t.stem_start, t.stem, t.readings) for t in made] == \
            [(t.start, t.end, t.text, t.norm, t.stem_start, t.stem, t.readings) for t in inside]
        # a sentence holds a word exactly when one of its tokens is that word
        for word in {t.norm for t in inside} | {"غير_موجودة"}:
            assert (i in doc.with_words({word})) == any(t.norm == word for t in inside)
    assert sum(len(doc.tokens(i)) for i in range(len(sents))) == len(toks)  # no word outside the sentences


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_document_sentence_tokens_and_words_equal_the_whole_text_views(text):
    _sentence_views_agree(text)


@pytest.mark.parametrize("text", [
    "ﷺ قال: «نعم»ً.",  # a ligature expanding to a phrase opens the text; a tanwin after a closing quote
    "قال الوزيرُ. ـــ إنّ ﻻ شيءَ. كلمةً\nأخرى ًً. ـالقول",  # marks inside, between and right after words
    "الخبر الأول. وقال الـــوزير إنه بخير. ثم انتهى الاجتماع.",  # tatweel inside one sentence, none in the last
])
def test_sentence_tokens_around_length_changing_characters(text):
    _sentence_views_agree(text)


def test_document_sentence_tokens_and_words_on_the_seed_and_the_bundled_sample():
    import json
    _sentence_views_agree(SEED)
    with open(SAMPLES / "saudinewsnet-sample.jsonl", encoding="utf-8") as f:
        for line in list(f)[:100]:
            _sentence_views_agree(json.loads(line)["content"])


def test_normalization_removes_every_trailing_mark():
    # word_spans finds where a word's span runs over its trailing marks from this (arabic._word_offsets)
    from rasd.analyze.arabic import TRAILING_MARKS
    assert [m for m in TRAILING_MARKS if normalize(m) != ""] == []
