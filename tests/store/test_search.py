import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.article import Article
from rasd.errors import QueryError
from rasd.store.search import search


def _add(store, *articles):
    with store.transaction():
        for a in articles:
            store.add(a)


@pytest.fixture
def small(store):
    _add(
        store,
        Article(id="diac", text="قال مسؤول إنّ العِراقَ يواجه تحدّيات كبيرة.", title="تقرير", outlet="a", published="2015-07-21"),
        Article(id="waw", text="زار الوزير سوريا والعراق الأسبوع الماضي.", title="زيارة", outlet="b", published="2015-07-25"),
        Article(id="bi", text="انعقد المؤتمر بالعراق في بغداد.", title="مؤتمر", outlet="a", published="2015-08-02"),
        Article(id="hamza", text="صدر إعلان رسمي عن الحكومة.", title="بيان", outlet="b", published="2015-08-03"),
        Article(id="deir", text="اشتباكات عنيفة بدير الزور شرق سوريا.", title="دير الزور", outlet="c", published="2015-08-04"),
        Article(id="zor", text="الزور ليس اسماً هنا. دير قديم في الجبل.", title="أخبار", outlet="c", published="2015-08-05"),
    )
    return store


def ids(hits):
    return {h.id for h in hits}


def test_query_without_diacritics_finds_diacritized_text(small):
    assert "diac" in ids(search(small, "العراق"))


def test_bare_word_finds_forms_with_proclitics(small):
    assert ids(search(small, "العراق")) == {"diac", "waw", "bi"}


def test_query_without_hamza_finds_hamza_spelling(small):
    assert ids(search(small, "اعلان")) == {"hamza"}
    assert ids(search(small, "إعلان")) == {"hamza"}


def test_phrase_query_needs_the_words_together(small):
    assert ids(search(small, '"دير الزور"')) == {"deir"}
    assert ids(search(small, "دير الزور")) == {"deir", "zor"}


def test_excluded_word_and_or(small):
    assert ids(search(small, "العراق -بغداد")) == {"diac", "waw"}
    assert ids(search(small, "بغداد OR إعلان")) == {"bi", "hamza"}


def test_filters_by_outlet_and_date_range(small):
    assert ids(search(small, "العراق", outlet="a")) == {"diac", "bi"}
    assert ids(search(small, "العراق", date_from="2015-07-22", date_to="2015-08-01")) == {"waw"}


def test_title_hits_rank_first_and_snippets_highlight_the_original_words(small):
    hits = search(small, "دير الزور")
    assert hits[0].id == "deir"
    assert "<mark>بدير</mark>" in hits[0].snippet
    for h in hits:
        for m in h.matches:
            assert m["text"] and m["end"] > m["start"]


def test_highlight_spans_index_the_original_text(small):
    hit = search(small, "العراق")
    texts = {"diac": "قال مسؤول إنّ العِراقَ يواجه تحدّيات كبيرة."}
    diac = next(h for h in hit if h.id == "diac")
    assert [m["text"] for m in diac.matches] == ["العِراقَ"]
    m = diac.matches[0]
    assert texts["diac"][m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("query", ['"', "-", "OR", "()", "*", "؟؟", "-العراق", '""', "- - -"])
def test_queries_with_no_searchable_word_raise_query_error(small, query):
    with pytest.raises(QueryError):
        search(small, query)


@pytest.mark.parametrize("query", ['العراق"', 'title:العراق', "العراق*", "العراق) OR (", "a AND b NOT c", '"العراق',
                                   "NEAR(", "' OR 1=1; DROP TABLE articles; --", "العراق OR", "OR العراق", "^العراق"])
def test_fts_syntax_in_user_queries_is_just_text(small, query):
    search(small, query)  # never a raw SQLite error
    assert small.count() == 6


def test_bad_filters_raise_query_error(small):
    with pytest.raises(QueryError, match="--from"):
        search(small, "العراق", date_from="yesterday")
    with pytest.raises(QueryError, match="limit"):
        search(small, "العراق", limit=0)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_query_either_searches_or_raises_query_error(small, query):
    try:
        search(small, query)
    except QueryError:
        pass


def test_search_on_real_sample(filled_store):
    hits = search(filled_store, "داعش", limit=5)
    assert len(hits) == 5
    assert all("<mark>" in h.snippet for h in hits)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


_words = st.sampled_from(["العراق", "والعراق", "بالعراق", "للعراق", "عراق", "العِراقَ", "وعراق", "دير", "بدير",
                          "الزور", "إعلان", "اعلان", "الله", "لله", "في", "ﻻ", "\u200f", "ـ", " ", "،", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_words, max_size=30), st.sampled_from(["العراق", "دير", "اعلان", "الله", "في"]))
def test_highlight_finds_exactly_the_words_whose_key_matches(words, query):
    from rasd.analyze.arabic import iter_words, query_variants, search_key
    from rasd.store.search import highlight

    text = " ".join(words)
    keys = set(query_variants(query))
    _, matches = highlight(text, keys)
    expected = [(a, b) for a, b, w in iter_words(text) if search_key(w) in keys]
    assert [(m["start"], m["end"]) for m in matches] == expected
    assert all(text[m["start"]:m["end"]] == m["text"] for m in matches)
