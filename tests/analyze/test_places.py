"""The places layer: traps, the seed article, and the quality gate on tests/data/places."""

from __future__ import annotations

import json
import math
from itertools import product
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.analyze.arabic import _TABLE, LazyTokens, normalize, tokenize, word_spans
from rasd.analyze.components.places import (
    load_gazetteer, places, resolve_text, to_geojson_features,
)
from rasd.analyze.pipeline import Pipeline, check_spans
from rasd.article import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "places"
DEV = [json.loads(line) for line in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
SEED = next(r for r in DEV if r["id"].startswith("seed"))

#: Quality floors of the held-out half (measured 0.976 recall / 0.976 precision, 2 of 85 and
#: 2 of 85 wrong), rounded down so one more miss on a future change is allowed, two are not.
HELDOUT_MIN_RECALL = 0.95
HELDOUT_MIN_PRECISION = 0.95
#: A mention is placed right when within 161 km (100 miles) of the gold point, the usual
#: toponym-resolution tolerance (Leidner 2007; Gritta et al. 2018).
TOLERANCE_KM = 161.0


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _hit(p, g) -> bool:
    return p["start"] < g["end"] and g["start"] < p["end"] and km(p["lat"], p["lon"], g["lat"], g["lon"]) <= TOLERANCE_KM


def evaluate(records) -> tuple[float, float]:
    """(recall, precision) of resolve_text against gold mentions (see tests/data/places/SOURCE.txt)."""
    found = n_gold = right = n_pred = 0
    for r in records:
        pred = [p for p in resolve_text(r["text"], outlet=r["outlet"]) if not p.get("unresolved")]
        n_gold += len(r["gold"])
        found += sum(any(_hit(p, g) for p in pred) for g in r["gold"])
        n_pred += len(pred)
        right += sum(any(_hit(p, g) for g in r["gold"]) for p in pred)
    return found / n_gold, right / n_pred


def by(text, name):
    return [p for p in resolve_text(text) if p["text"] == name]


def test_places_quality_gate_on_heldout_half():
    recall, precision = evaluate([r for r in DEV if r["split"] == "heldout"])
    assert recall >= HELDOUT_MIN_RECALL, f"held-out recall {recall:.3f}"
    assert precision >= HELDOUT_MIN_PRECISION, f"held-out precision {precision:.3f}"


def test_dev_set_has_two_halves_of_real_articles():
    splits = [r["split"] for r in DEV]
    assert splits.count("tuning") >= 10 and splits.count("heldout") >= 10
    for r in DEV:
        for g in r["gold"]:
            assert r["text"][g["start"]:g["end"]] == g["text"]


@pytest.mark.parametrize("record", DEV, ids=[r["id"] for r in DEV])
def test_places_spans_index_the_text_exactly(record):
    article = places(Article(text=record["text"], outlet=record["outlet"]))
    assert check_spans(article) == []
    for p in article.places:
        assert record["text"][p["start"]:p["end"]] == p["text"]


def test_seed_deir_ez_zor_iraq_and_euphrates():
    found = resolve_text(SEED["text"])
    dez = [p for p in found if p["text"] == "دير الزور"]
    assert dez and all(km(p["lat"], p["lon"], 35.33, 40.14) <= 10 for p in dez)
    iraq = [p for p in found if p["text"] == "العراق"]
    assert iraq and all(p["kind"] == "country" and p["country"] == "IQ" for p in iraq)
    euphrates = [p for p in found if "الفرات" in p["text"]]
    assert euphrates and euphrates[0]["kind"] == "river" and euphrates[0]["name"] == "Euphrates"


def test_russian_ministry_is_not_russia():
    assert resolve_text("رصدت وزارة الدفاع الروسية انخفاضاً حاداً في الغارات") == []


@pytest.mark.parametrize("text, country", [
    ("قصفت طائرات التحالف مواقع التنظيم في الرقة شمال سوريا", "SY"),
    ("اندلعت اشتباكات في طرابلس شمال لبنان بين جبل محسن وباب التبانة، وقال مصدر في بيروت", "LB"),
    ("قالت حكومة الوفاق في طرابلس إن الوضع في ليبيا يتحسن", "LY"),
    ("وصل الوفد إلى عمان للقاء العاهل الأردني، ثم غادر الأردن", "JO"),
    ("زار الوزير مسقط وصلالة ثم عاد إلى عمان", "OM"),
])
def test_ambiguous_names_follow_the_article_context(text, country):
    ambiguous = {"الرقة", "طرابلس", "عمان"}
    hits = [p for p in resolve_text(text) if p["text"] in ambiguous]
    assert hits and all(p["country"] == country for p in hits)


def test_aljazeera_channel_is_not_a_place_but_the_syrian_jazira_is():
    assert resolve_text("قالت قناة الجزيرة في تقرير لها") == []
    jazira = by("تقدمت القوات في الجزيرة السورية", "الجزيرة السورية")
    assert jazira and jazira[0]["country"] == "SY" and jazira[0]["kind"] == "region"


@pytest.mark.parametrize("text", ["قال الجيش السوري إن", "أكدت الحكومة العراقية", "العاصمة السعودية", "في منطقة سورية أخرى"])
def test_demonyms_are_not_places(text):
    assert resolve_text(text) == []


def test_country_names_are_places():
    assert [p["country"] for p in resolve_text("عاد اللاجئون إلى سوريا وسورية")] == ["SY", "SY"]
    assert [p["country"] for p in resolve_text("أعلنت السعودية")] == ["SA"]


@pytest.mark.parametrize("text", ["قال في حديثه إن الخبر صحيح", "اجتمعت اللجنة يوم الخميس في المدينة", "لجنة التحقيق"])
def test_common_words_that_are_village_names_are_not_places(text):
    assert resolve_text(text) == []


def test_org_entity_blocks_the_place_inside_it():
    text = "أعلنت مؤسسة قطر للتربية برنامجا جديدا"
    assert [p["country"] for p in resolve_text(text)] == ["QA"]
    org = {"start": text.index("مؤسسة"), "end": text.index(" برنامجا"), "label": "ORG"}
    assert resolve_text(text, entities=[org]) == []


def test_organisation_heads_and_quoted_newspapers_block_places():
    assert resolve_text("أعلنت جامعة المجمعة عن برامج") == []
    assert resolve_text("وقال لـ«الشرق الأوسط» إن المفاوضات مستمرة") == []
    assert [p["kind"] for p in resolve_text("الأوضاع في الشرق الأوسط")] == ["region"]


@pytest.mark.parametrize("text, span", [
    ("وصلت التعزيزات بدير الزور أمس", "دير الزور"),
    ("سيطر التنظيم على مدينة تدمر والرقة", "الرقة"),
    ("تحدث المبعوث للعراق عن الأزمة", "عراق"),
    ("أرسلت واشنطن قوات إلى العراق", "العراق"),
])
def test_clitics_stay_outside_the_span(text, span):
    found = {p["text"]: p["start"] for p in resolve_text(text)}
    assert found.get(span) == text.index(span)


def test_one_sense_per_discourse_for_generic_heads():
    found = resolve_text("تقع جبال مران في صعدة، وتحصن الحوثيون في مران")
    assert [p["text"] for p in found] == ["جبال مران", "صعدة", "مران"]


def test_loc_entity_missing_from_the_gazetteer_is_unresolved():
    text = "وصلت القافلة إلى زمبلاوي صباحا"
    loc = {"start": text.index("زمبلاوي"), "end": text.index("زمبلاوي") + len("زمبلاوي"), "label": "LOC"}
    (p,) = resolve_text(text, entities=[loc])
    assert p["unresolved"] is True and p["lat"] is None and p["text"] == "زمبلاوي"


def test_dateline_city_beats_same_named_country():
    (first, *_rest) = resolve_text("الجزائر 25 شوال 1436 هـ واس\nتابعت الصحف في الجزائر")
    assert first["name"] == "Algiers"


def test_geojson_features_one_per_resolved_mention():
    article = places(Article(text="قصف في حلب وزمبلاوي", id="a1"))
    features = to_geojson_features(article.to_record())
    assert [f["properties"]["name"] for f in features] == ["Aleppo"]
    lon, lat = features[0]["geometry"]["coordinates"]
    assert km(lat, lon, 36.2, 37.16) < 20 and features[0]["properties"]["article"] == "a1"


def test_places_runs_as_a_pipeline_component():
    pipeline = Pipeline(only=["places"])
    article = pipeline(Article(text="زار الوزير بغداد"))
    assert [p["name"] for p in article.places] == ["Baghdad"] and not pipeline.failures


def test_gazetteer_is_small_and_complete():
    gaz = load_gazetteer()
    assert (Path(__file__).resolve().parents[2] / "rasd/models/gazetteer/gazetteer.sqlite").stat().st_size < 50e6
    kinds = {p.kind for p in gaz.places.values()}
    assert {"country", "city", "admin1", "river", "sea", "region", "crossing", "district"} <= kinds
    assert "محافظه دير الزور" in gaz.names and "معبر نصيب" in gaz.names


# --- the fast word layer equals rasd.analyze.arabic ----------------------------------------------

# Words (with clitics, marks, tatweel, ligatures) and the gaps between them (spaces, line breaks,
# invisible and removed marks, punctuation), plus any character.
arabic_text = st.lists(
    st.one_of(
        st.sampled_from(["دير", "الزور", "العراق", "بالرقة", "للعراق", "مدينة", "نهر", "الفرات", "أيضاً", "الـــعراق",
                         "مُحمّد", "ﻻ", "\ufdfc", "٢٠١٥", "CNN"]),
        st.text(alphabet=st.characters(min_codepoint=0x0620, max_codepoint=0x0670), min_size=1, max_size=6),
        st.text(alphabet=" \n\t\u200f\u200c\u064b\u0651\u0640\u00ad\ufeff.،«", min_size=1, max_size=3),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
        st.characters(),
    ),
    max_size=40,
).map("".join)


def test_no_normalization_output_is_itself_normalized_away():
    # what lets arabic.normalize replace one character at a time and still equal str.translate
    changed = {chr(cp) for cp in _TABLE}
    assert not any(set(out) & changed for out in _TABLE.values() if out)


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_fast_normalize_is_the_translation_table(text):
    assert normalize(text) == text.translate(_TABLE)


def test_fast_normalize_of_a_text_in_presentation_forms_is_normalize():
    text = "".join(chr(cp) for cp in range(0xFE70, 0xFEFD)) + " بغداد ٢٠١٥ ﻻ"
    assert normalize(text) == text.translate(_TABLE)


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_words_are_the_word_spans_and_tokens(text):
    words, spans, tokens = LazyTokens(text), word_spans(text), tokenize(text)
    assert words.words == [w for _, _, w in spans] and len(words) == len(spans)
    for i in reversed(range(len(spans))):  # any order: offsets are computed on demand
        assert words.span(i) == spans[i] and words.token(i) == tokens[i]
    for j in range(1, len(spans)):
        gap = text[spans[j - 1][1]:spans[j][0]]
        assert words.joined(j) == (gap.isspace() and "\n" not in gap)
    for a in range(0, len(text) + 1, 7):
        for b in (a + 3, a + 20, len(text)):
            lo = next((i for i, sp in enumerate(spans) if sp[0] >= a), len(spans))
            hi = lo
            while hi < len(spans) and spans[hi][1] <= b:
                hi += 1
            assert LazyTokens(text).between(a, b) == range(lo, hi)


@pytest.mark.parametrize("name", ["العراق", "دير", "بغداد", "الرقه", "لبنان", "فلسطين", "كابل", "اللاذقيه"])
def test_clitic_forms_hold_every_word_that_may_start_a_name(name):
    # every string of up to 4 clitic letters before the name, or before it without its article
    gaz = load_gazetteer()
    assert name in gaz.start_words
    for size in range(5):
        for letters in product("وفبلكا", repeat=size):
            for word in ("".join(letters) + name, "".join(letters) + name[2:]):
                assert not any(gaz.could_start(word)[:3]) or word in gaz.clitic_forms, word


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_clitic_forms_hold_clitic_readings_of_any_name(data):
    gaz = load_gazetteer()
    name = data.draw(st.sampled_from(sorted(gaz.start_words)))
    prefix = data.draw(st.text(alphabet="وفبلكا", max_size=5))
    for word in {prefix + name, prefix + name[2:]} - {""}:
        assert not any(gaz.could_start(word)[:3]) or word in gaz.clitic_forms, word


def test_clitic_forms_hold_every_starting_word_of_the_dev_set():
    gaz = load_gazetteer()
    for r in DEV:
        for word in set(LazyTokens(r["text"]).words):
            assert not any(gaz.could_start(word)[:3]) or word in gaz.clitic_forms, word


# --- blind-set error classes (issue #4 review): coverage, country points, regions, formal names, traps ---


@pytest.mark.parametrize("text, name, lat, lon", [
    ("دعت هيئة الري والصرف بالأحساء المزارعين إلى العمل", "الأحساء", 25.36, 49.59),
    ("أطلق مسلحون النار على سيدة سعودية بمحافظة حفر الباطن وأصيبت بطلقة", "محافظة حفر الباطن", 28.43, 45.97),
    ("وقال جريج ابوت حاكم ولاية تكساس في تصريحات صحافية", "ولاية تكساس", 31.25, -99.25),
    ("ونشأت أندرسون في كاليفورنيا حيث بدأت مسيرتها", "كاليفورنيا", 37.25, -119.75),
    ("تجمع المتظاهرون في ميدان التحرير وسط القاهرة", "ميدان التحرير", 30.044, 31.236),
    ("خرج المحتجون إلى ساحة التحرير في بغداد", "ساحة التحرير", 33.33, 44.42),
    ("بدأت تعود تدريجيا لأحياء خور مكسر والمعلا وكريتر والتواهي", "كريتر", 12.78, 45.04),
    ("وفي سهل الغاب الذي تقع أجزاء منه في ريف إدلب الجنوبي", "سهل الغاب", 35.6, 36.35),
    # regions and towns SaudiNewsNet names often that GeoNames' Arabic names lack (curated.tsv)
    ("ير البرازيلي فيليبي لويس لترك تشلسي بطل انكلترا", "انكلترا", 52.5, -1.5),
    ("وهي مديرة جامعة سانت آندروز في اسكوتلندا", "اسكوتلندا", 56.8, -4.2),
    ("انفجار هز بلدة سروج بجنوب شرق تركيا قرب الحدود", "سروج", 36.98, 38.42),
    ("جمعت الأمم المتحدة طرفي الأزمة في مدينة الصخيرات الساحلية المغربية", "الصخيرات", 33.85, -7.03),
])
def test_governorates_states_squares_and_front_lines_are_in_the_gazetteer(text, name, lat, lon):
    hits = by(text, name)
    assert hits and km(hits[0]["lat"], hits[0]["lon"], lat, lon) < 30


@pytest.mark.parametrize("text, name, lat, lon", [
    # country spellings of Arab news that CLDR lacks
    ("يا الفيضانات وتزايد حوادث انهيارات التربة في بورما مع استمرار هطول الامطار", "بورما", 19.75, 96.1),
    ("تسعة عالميين من دول مثل أمريكا وبريطانيا والدنمارك وبمشاركة مميزة", "الدنمارك", 56.0, 10.0),
    ("ولحكومة وشعب كوت ديفوار الشقيق المزيد من التقدم والازدهار", "كوت ديفوار", 8.0, -5.0),
    # seas, oceans and straits news names
    ("قطع المحيط الأطلسي والهبوط في لندن في رحلة", "المحيط الأطلسي", 0.0, -25.0),
    ("ومحاولات عبور نفق بحر المانش في الأيام الأخيرة تدل على", "بحر المانش", 50.0, -2.0),
    ("أعرب الاربعاء للصين عن قلقه ازاء انشطتها في بحر الصين الجنوبي المتنازع عليه", "بحر الصين الجنوبي", 12.0, 113.0),
    # bases, landmarks and the next tier of frequent unresolved towns (12,000 SaudiNewsNet articles)
    ("من المتوقع أن تقوم تركيا خلال أيام بفتح قاعدة انجرليك الجوية جنوبي البلاد", "قاعدة انجرليك", 37.0, 35.43),
    ("في المراحل الاخيرة من خطة اغلاق معتقل غوانتانامو", "معتقل غوانتانامو", 19.9, -75.1),
    ("وشملت الأمطار جميع قرى الباحة وبلجرشي والمندق والعقيق والمخواة", "بلجرشي", 19.86, 41.56),
    ("لإغاثة المحتاجين في سيئون ومحافظات حضرموت", "سيئون", 15.94, 48.79),
    ("ثلاثة جنود أتراك في هجوم على كتيبة للجيش في إقليم شرناق بجنوب شرق البلاد", "إقليم شرناق", 37.51, 42.45),
])
def test_countries_seas_bases_and_towns_news_names_are_in_the_gazetteer(text, name, lat, lon):
    hits = by(text, name)
    assert hits and km(hits[0]["lat"], hits[0]["lon"], lat, lon) < 30


def test_a_long_sea_is_placed_at_the_middle_of_its_axis():
    # the annotators' Red Sea (20 N 38.5 E); Wikipedia's 22 N 38 E is on the Sudanese coast, 230 km off
    [red] = by("يكون الطقس معتدلا على الأجزاء الساحلية الجنوبية من البحر الأحمر", "البحر الأحمر")
    assert km(red["lat"], red["lon"], 20.0, 38.5) < 60


@pytest.mark.parametrize("text", ["وقال كبيش: أسفرت التحقيقات", "أكد بيش أرجيال المختص في المؤسسة"])
def test_a_town_named_like_a_person_needs_its_place_noun(text):
    assert [p for p in resolve_text(text) if not p.get("unresolved")] == []


def test_every_country_sits_on_its_factbook_point():
    # Nigeria and Ghana were 203 and 190 km off (mean of their cities); now every country not in
    # curated.tsv sits on its country_points.tsv point
    assert by("في نيجيريا", "نيجيريا")[0]["lat"] == 10.0 and by("في غانا", "غانا")[0]["lon"] == -2.0
    table = Path(__file__).resolve().parents[2] / "rasd/models/gazetteer/country_points.tsv"
    points = {c[0]: (float(c[1]), float(c[2])) for c in
              (ln.split("\t") for ln in table.read_text(encoding="utf-8").splitlines()[5:])}
    countries = [p for p in load_gazetteer().places.values() if p.kind == "country"]
    assert len(countries) > 240
    # curated.tsv points agree too: the furthest is South Sudan (8 N 30 E against 7 N 30 E, 111 km)
    off = [p.country for p in countries if p.country in points and km(p.lat, p.lon, *points[p.country]) > 120]
    assert off == []


@pytest.mark.parametrize("text, name, lat, lon", [
    ("وواصلت المقاومة الشعبية عملياتها في جنوب اليمن ومحافظة تعز", "جنوب اليمن", 13.3, 45.3),
    ("اشتباكات عنيفة في شرق ليبيا بين الجيش والمتشددين", "شرق ليبيا", 31.5, 22.0),
    ("لجأ مقاتلو حزب العمال إلى المناطق الجبلية في شمال العراق", "شمال العراق", 36.2, 43.9),
    ("شنت طائرات إسرائيلية غارات على الجنوب اللبناني", "الجنوب اللبناني", 33.27, 35.4),
    ("تقدمت قوات العشائر في غرب العراق", "غرب العراق", 33.4, 42.0),
])
def test_direction_and_country_is_the_region(text, name, lat, lon):
    (hit,) = by(text, name)
    assert hit["kind"] == "region" and km(hit["lat"], hit["lon"], lat, lon) < 10


@pytest.mark.parametrize("text, country", [
    ("بعد اشتباه الجمارك في سيارة قادمة من مملكة البحرين عبر جسر الملك فهد", "BH"),
    ("وقع الاتفاق مع الجمهورية الفرنسية", "FR"),
    ("رئيس جمهورية كولومبيا بمناسبة ذكرى استقلال بلاده", "CO"),
    ("التعاقد مع عدد من الأطباء بالمملكة الأردنية الهاشمية", "JO"),
    ("وسلطنة عمان ودولة قطر ودولة الكويت", "KW"),
])
def test_formal_state_names_are_the_country(text, country):
    assert country in [p["country"] for p in resolve_text(text) if p["kind"] == "country"]


@pytest.mark.parametrize("text", [
    "فرقاطة من نوع «فريم» متعددة الاستخدامات يفترض أن تسلم",  # ف + ريم is not Rome
    "تلا ذلك اجتماع موسع",  # the verb, not Tallaght
    "قال نائب وكيل الوزارة",  # و + كيل is not Kiel
    "وهو نفس الرئيس المستقيل سيب بلاتر",  # ب + لاتر is not Latur
    "نائب رئيس اللجنة الوطنية للحج والعمرة",  # ل + الحج, not ل + لحج
    "أعلنت جماعة أنصار بيت المقدس مسؤوليتها",  # a group
    "أكد الوزراء التزامهم بإعلان القاهرة",  # a document
    "عميد معهد ابن سيناء للعلوم",  # a person
])
def test_words_organisations_and_documents_are_not_places(text):
    assert resolve_text(text) == []


def test_clitic_split_still_works_for_places_news_names_bare():
    found = resolve_text("يربط بين مدن ردفان والضالع وتعز ولحج بعدن، وقصف بحلب")
    assert {"لحج", "عدن", "حلب", "تعز"} <= {p["text"] for p in found}


@pytest.mark.parametrize("text", [
    # bundled SaudiNewsNet sample sentences: bare واشنطن is the US capital, not a small US town
    "خلال زيارة وفد يمثل محافظة الأنبار إلى واشنطن تعهد المسؤولون الأميركيون بتقديم كل وسائل الدعم",
    "جماعات الحشد الشعبي المدعومة من إيران والتي ترفض واشنطن التنسيق معها لم تشارك في عملية الجامعة",
])
def test_washington_is_the_us_capital(text):
    [place] = by(text, "واشنطن")
    assert place["name"] == "Washington, D.C." and km(place["lat"], place["lon"], 38.895, -77.036) < 10


# Sentences below are from SaudiNewsNet articles (not in the dev or blind sets).

@pytest.mark.parametrize("text, name, country", [
    ("في المدن الكبيرة مثل طرابلس وبنغازي ومصراتة وصبراتة، وهي المدن التي تتركز فيها", "صبراتة", "LY"),
    ("في أسوان وبنها والفيوم وبني سويف", "بنها", "EG"),
    ("عسكرية في الخط الرابط بين محافظتي قعطبة وإب، كما استهدف", "قعطبة", "YE"),
])
def test_a_small_town_continuing_a_list_of_places_is_a_place(text, name, country):
    [place] = [p for p in resolve_text(text) if name in p["text"]]
    assert place["country"] == country


@pytest.mark.parametrize("text, word", [
    ("للتوجه إلى عدن ورصد ما يحدث فيها", "رصد"),  # a verb opening a clause, not the village
    ("ذات مرة نزلت في لندن، وكان يعجبني تفكيره", "كان"),  # a common word
])
def test_a_verb_after_a_list_of_places_is_not_a_place(text, word):
    assert not [p for p in resolve_text(text) if word in p["text"]]


def test_dual_and_plural_place_nouns_let_small_towns_through_but_not_common_words():
    found = resolve_text("مناطق في الطريق الواصلة بين بلدتي المسيفرة وأم ولد بريف درعا")
    assert [p["country"] for p in found if p["text"] == "المسيفرة"] == ["SY"]
    assert not [p for p in resolve_text("وتدخل مناطق جديدة للموجة الحارة") if not p.get("unresolved")]


def _with_entities(text, outlet=None):
    from rasd.analyze.components.entities import entities
    return places(entities(Article(text=text, outlet=outlet))).places


@pytest.mark.parametrize("text, word, is_place", [
    ("تصدر خبر التفجير عناوين الصحف السعودية، وتناول الكتاب", "السعودية", False),  # adjective
    ("ونقلت وكالة أنباء الإمارات عن اللجنة المكلفة", "الإمارات", False),  # news agency
    ("قال وزير النقل لـ«الشرق الأوسط» إن الوفد أصر", "الشرق الأوسط", False),  # newspaper
    ("يتوجه إلى الأردن والسعودية الأسبوع المقبل", "السعودية", True),  # a list, not an adjective
    ("أزمات استقدام العمالة المنزلية إلى السعودية واستغلالها", "السعودية", True),  # إلى is not a noun
])
def test_tagger_locations_keep_the_gazetteer_guards(text, word, is_place):
    resolved = [p for p in _with_entities(text) if p["text"].endswith(word) and not p.get("unresolved")]
    assert bool(resolved) == is_place, resolved


@pytest.mark.parametrize("text, word, name", [
    ("لانتخابات رئاسة الفيفا في 26 فبراير في زيوريخ، ويعد موعد الانتخابات", "زيوريخ", "Zürich"),
    ("ز تابعة لشركة إير فرانس بعيد إقلاعها من شنغهاي. وقالت بوينغ", "شنغهاي", "Shanghai"),
])
def test_a_tagged_location_spelled_with_other_long_vowels_is_found(text, word, name):
    [place] = [p for p in _with_entities(text) if p["text"] == word]
    assert place["name"] == name


@pytest.mark.parametrize("spelling, other", [("كابول", "كابل"), ("زيوريخ", "زيورخ"), ("شنغهاي", "شانغهاي")])
def test_loose_key_meets_spellings_that_differ_in_long_vowels(spelling, other):
    from rasd.analyze.components.places import loose_key
    assert loose_key(spelling) == loose_key(other)
    assert loose_key("قصر") != loose_key("قصري")  # a final vowel makes another word


def test_a_tagged_town_without_population_is_still_found():
    # GeoNames gives Unaizah no population: the tagger's LOC lets it past the population bar, and the
    # Saudi outlet prefers it to the Qatari Al 'Unayzah
    text = "والملك فهد التخصصي والملك سعود بعنيزة والأسياح العام"
    [place] = [p for p in _with_entities(text, outlet="alriyadh") if p["text"] == "عنيزة"]
    assert place["country"] == "SA"


def test_a_town_listed_twice_in_geonames_gets_its_twins_population():
    from rasd.models.scripts.build_gazetteer import fill_missing_populations
    # the two GeoNames rows of Unaizah (cities15000 2025, cities500 2023): the seat has no population
    rows = {
        101732: {"country": "SA", "ascii": "Unaizah", "lat": 26.1, "lon": 44.0, "population": 183319},
        100768: {"country": "SA", "ascii": "Unaizah", "lat": 26.08793, "lon": 43.96368, "population": 0},
        1: {"country": "SA", "ascii": "Unaizah", "lat": 28.0, "lon": 43.98, "population": 0},  # 200 km away
    }
    assert fill_missing_populations(rows) == 1
    assert rows[100768]["population"] == 183319 and rows[1]["population"] == 0


# --- local places the gazetteer lacks (SaudiNewsNet sentences) ------------------------------------

@pytest.mark.parametrize("text, word, near", [
    ("بقصف متعمد لمنطقة سد الجبلين في منطقة الضباب التي يوجد بها مقر اللواء في محافظة تعز", "الضباب", "Taiz"),
    ("ومدفعية سقطت على بلدتي الفوعة وكفريا في محافظة إدلب في شمال سوريا", "كفريا", "Idlib"),
    ("ومدفعية سقطت على بلدتي الفوعة وكفريا في محافظة إدلب في شمال سوريا", "الفوعة", "Idlib"),
    ("وذلك في مقر الجمعية بقرية المفتاحة بأبها", "المفتاحة", "Abha"),
])
def test_a_district_or_village_after_a_place_noun_is_placed_near_its_town(text, word, near):
    [place] = [p for p in resolve_text(text) if p["text"] == word]
    assert place["kind"] == "local" and place["approximate"] and near in place["near"]
    assert place["lat"] is not None and text[place["start"]:place["end"]] == word


@pytest.mark.parametrize("text", [
    "ودفع زعماء منطقة اليورو اليونان إلى القبول في أثينا",  # a set phrase
    "وطالبت تركيا بإقامة منطقة عازلة في شمال حلب",  # an adjective
    "وصف المتحدث منطقة الحادث في الرياض",  # a common word
    "فيما ارتدى اللبس الحجازي في جدة وأدى الرقصة الشعبية",  # وأدى "performed", not وادي
    "اكتشاف صخور ووديان وجبال شاهقة على بلوتو قرب لندن",  # plural of things + adjective
])
def test_common_words_and_adjectives_after_a_place_noun_are_not_local_places(text):
    assert not [p for p in resolve_text(text) if p.get("kind") == "local"]


def test_a_local_name_with_no_town_near_stays_unresolved():
    [place] = [p for p in resolve_text("وقال إن الاشتباكات تركزت في منطقة الضباب") if p["text"] == "الضباب"]
    assert place["unresolved"] and place["lat"] is None


def test_geojson_marks_approximate_local_places():
    text = "وذلك في مقر الجمعية بقرية المفتاحة بأبها"
    record = {"id": "a1", "places": resolve_text(text)}
    [feature] = [f for f in to_geojson_features(record) if f["properties"]["text"] == "المفتاحة"]
    assert feature["properties"]["approximate"] and feature["properties"]["near"] == "Abha"


def test_a_local_name_takes_a_town_of_the_country_named_next_to_it():
    # SaudiNewsNet: Lyon is named earlier, but the district is in Kuwait
    text = "وشدد على وجود مصنع للغاز قرب مدينة ليون. وأدى تفجير مسجد الإمام الصادق بمنطقة الصوابر في الكويت إلى مقتل 27"
    [place] = [p for p in resolve_text(text) if p["text"] == "الصوابر"]
    assert place.get("unresolved") or place["country"] == "KW"


def test_a_local_name_with_only_a_region_near_takes_the_region():
    # a blind2 sentence (that set has been scored and is no longer blind); جبال قنديل is now in the gazetteer,
    # جبل كاره (Gara mountain, Duhok) is not
    text = "شنت الطائرات غارات على مواقع لحزب العمال الكردستاني في جبال قنديل في شمال العراق"
    [place] = [p for p in resolve_text(text) if "قنديل" in p["text"]]
    assert place["kind"] == "mountain" and place["name"] == "Qandil Mountains"
    text = "شنت الطائرات غارات على مواقع لحزب العمال الكردستاني في جبل كاره في شمال العراق"
    [place] = [p for p in resolve_text(text) if p["text"] == "كاره"]
    assert place["kind"] == "local" and place["near"] == "Northern Iraq"


@pytest.mark.parametrize("text, is_place", [
    ("بدعم من طيران التحالف العربي بقيادة السعودية في اليمن", True),  # a noun it completes
    ("خلل بالمغذي الرئيسي التابع للشركة السعودية للكهرباء", False),  # definite noun with a clitic
    ("الذي يقام في مدينة جدة السعودية كل عام", False),  # after a feminine place name
])
def test_saudi_adjective_or_country_after_feminine_and_clitic_nouns(text, is_place):
    assert bool(by(text, "السعودية")) == is_place


def test_a_district_seat_without_population_in_geonames_is_found_bare():
    # a blind3 sentence (scored once, then its error classes fixed): Tall Afar is a PPLA2 with population 0
    [place] = by("ووفقا لبيان الجيش فإن نحو عشر غارات نفذت بالقرب من تلعفر حيث دمرت مبنى", "تلعفر")
    assert place["country"] == "IQ" and km(place["lat"], place["lon"], 36.38, 42.45) < 15


# --- Saudi regions as news names them (issue #4, blind3 review) ---


@pytest.mark.parametrize("text", [
    "تمتد حتى شمال غرب المملكة و الشرقية و الرياض فيما يتوقع هطول امطار",
    "على الأجزاء الجنوبية والغربية من منطقتي الشرقية والرياض",
    "قوات الأمن بعمليات متزامنة في مناطق الرياض والشرقية والقصيم وحائل",
    "مخالفة يضبطها فرع وزارة العمل بالشرقية لقرار منع العمل",
    "نقل الوكيل تحيات سمو امير الشرقية وسمو محافظ الاحساء",
])
def test_bare_sharqia_in_a_saudi_list_or_after_a_preposition_is_the_eastern_province(text):
    [p] = [p for p in resolve_text(text, outlet="alriyadh") if "شرقي" in p["text"]]
    assert p["name"] == "Eastern Province (Saudi Arabia)"


@pytest.mark.parametrize("text", [
    "سيطرت المعارضة على الغوطة الشرقية قرب دمشق",
    "وكان العراق حامي البوابة الشرقية وبابها الموصد",
    "أعلنت غرفة الشرقية عن برنامج تدريبي",
    "في الضاحيتين الشمالية والشرقية لعدن",
])
def test_sharqia_as_an_adjective_or_an_institution_name_is_not_the_province(text):
    assert not [p for p in resolve_text(text) if p.get("name") == "Eastern Province (Saudi Arabia)"]


def test_bare_sharqia_in_an_egyptian_story_is_egypts_governorate():
    [p] = by("عبوة ناسفة أمام مجلس مدينة أبو حماد بالشرقية في مصر", "الشرقية")
    assert p["country"] == "EG"


def test_the_eastern_region_of_a_libyan_story_is_eastern_libya():
    text = ("قال مسؤول عسكري في بنغازي إن سفنا تنقل مقاتلين من مصراتة وطرابلس لدعم الإرهاب في المنطقة الشرقية."
            " وتقع المريسة قرب بنغازي في ليبيا")
    [p] = by(text, "المنطقة الشرقية")
    assert p["country"] == "LY" and km(p["lat"], p["lon"], 31.0, 22.0) < 161
    [p] = by("عاد إلى الدمام في المنطقة الشرقية", "المنطقة الشرقية")
    assert p["country"] == "SA"


@pytest.mark.parametrize("text, name, is_place", [
    ("بعد أن سبقهم المبدعون في نجد والمنطقة الغربية حيث كانت مشاركاتهم", "نجد", True),
    ("تمسك بها أهل نجد وأكثر مناطق الجزيرة", "نجد", True),
    ("في جملة واحدة، نجد وصفا لجوهر شخص", "نجد", False),
    ("لا نجد أي مبرر لهذا القرار", "نجد", False),
    ("بعد أن سبقهم المبدعون في نجد والمنطقة الغربية حيث كانت مشاركاتهم", "المنطقة الغربية", True),
    ("وأصيب بطلق ناري في المنطقة الشمالية من المدينة على", "المنطقة الشمالية", False),
    ("وأوضح أن المنطقة الشمالية لمدينة عدن أصبحت آمنة", "المنطقة الشمالية", False),
    ("يسجل الجنرال عوزي ناركيس، قائد المنطقة الوسطى الإسرائيلية", "المنطقة الوسطى", False),
])
def test_najd_and_the_direction_regions_of_saudi_news(text, name, is_place):
    assert bool([p for p in by(text, name) if not p.get("unresolved")]) == is_place


@pytest.mark.parametrize("text, word", [
    ("هي أبين، وعدن، والضالع، والمحويت، وعمران، وذمار، وحجة، والحديدة، ولحج، وصنعاء", "حجة"),
    ("هي أبين، وعدن، والضالع، والمحويت، وعمران، وذمار، وحجة، والحديدة، ولحج، وصنعاء", "عمران"),
    ("يعود أغلبهم إلى محافظات صعدة، وحجة، وعمران، إذ قامت الميليشيا", "عمران"),
    ("ونفذت 11 غارة بالقرب من مدن الحبانية وحديثة ومخمور والموصل والرمادي", "مخمور"),
])
def test_a_town_named_like_a_common_word_inside_a_list_of_places_is_a_place(text, word):
    assert [p for p in by(text, word) if not p.get("unresolved")]


@pytest.mark.parametrize("text", ["وصل إلى عدن وعمران يرافقه", "زار تعز وحجة قوية لديه"])
def test_a_common_word_ending_a_list_without_a_plural_place_noun_is_not_a_place(text):
    assert not [p for p in resolve_text(text) if p["text"] in ("عمران", "حجة")]


@pytest.mark.parametrize("spelling, other", [("ناغازاكي", "ناجازاكي"), ("سالزبورج", "سالزبورغ"), ("هامبورج", "هامبورغ")])
def test_loose_key_meets_the_two_letters_of_a_foreign_g(spelling, other):
    from rasd.analyze.components.places import loose_key
    assert loose_key(normalize(spelling)) == loose_key(normalize(other))


def test_a_tagged_city_written_with_the_other_g_letter_is_found():
    text = "احيت ناغازاكي اليوم الاحد الذكرى السبعين لقصفها"
    ent = {"start": text.index("ناغازاكي"), "end": text.index("ناغازاكي") + len("ناغازاكي"), "label": "LOC"}
    [p] = [p for p in resolve_text(text, entities=[ent]) if p["text"] == "ناغازاكي"]
    assert p["name"] == "Nagasaki"
    # after a local place noun an unknown word is a district, not a loosely spelled country (المجر)
    text = "سقط الصاروخ على حي المغاير الشعبي في حلب القديمة"
    ent = {"start": text.index("المغاير"), "end": text.index("المغاير") + len("المغاير"), "label": "LOC"}
    assert all(p["country"] != "HU" for p in resolve_text(text, entities=[ent]))


@pytest.mark.parametrize("text, phrase, country, near", [
    # SaudiNewsNet sentences (shortened): a direction before a country names that part of it
    ("قتل شخص في هجوم على حافلة ايرانية في شرق تركيا", "شرق تركيا", "TR", (39.0, 42.0)),
    ("في بلدة سروج جنوب شرقي تركيا مما أسفر عن مقتل 32 شخصا", "جنوب شرقي تركيا", "TR", (37.6, 40.0)),
    ("استهدفت الغارات مواقع حزب العمال الكردستاني في شمالي العراق", "شمالي العراق", "IQ", (36.2, 43.9)),
    ("تدفق أسلحة ثقيلة إلى داخل جنوب شرقي أوكرانيا من روسيا", "جنوب شرقي أوكرانيا", "UA", (48.0, 37.8)),
])
def test_direction_and_country_is_that_part_of_the_country(text, phrase, country, near):
    [p] = by(text, phrase)
    assert p["kind"] == "region" and p["country"] == country
    assert km(p["lat"], p["lon"], *near) <= 161


def test_a_country_named_with_a_direction_stays_the_country():
    # جنوب أفريقيا, جنوب السودان are countries, not the south of one; a curated region keeps its point
    assert by("زار الرئيس جنوب أفريقيا ثم جنوب السودان", "جنوب أفريقيا")[0]["kind"] == "country"
    assert by("زار الرئيس جنوب أفريقيا ثم جنوب السودان", "جنوب السودان")[0]["kind"] == "country"
    assert by("تقدمت القوات في شمال العراق", "شمال العراق")[0]["lat"] == 36.2


def test_the_arabs_are_not_arabia():
    # one sense per discourse does not carry a common word: جزيرة العرب, then العرب "the Arabs"
    found = resolve_text("تعترف بقيام مملكة العرب في جزيرة العرب، وقال العرب إن")
    assert [p["text"] for p in found] == ["جزيرة العرب"]


def test_the_eastern_region_of_a_saudi_outlet_is_not_another_country_s_east():
    found = resolve_text("قال مسؤول أمريكي في واشنطن إن الولايات المتحدة تتابع الوضع في المنطقة الشرقية")
    assert [p["name"] for p in found if p["text"] == "المنطقة الشرقية"] == ["Eastern Province (Saudi Arabia)"]


def test_a_national_team_names_its_country():
    # tests/data/places/SOURCE-blind.txt: a national or regional team is named after the place it stands for
    found = by("حقق لاعب منتخب اليمن فوزه على منتخب مصر بمجموعتين", "مصر")
    assert found and found[0]["country"] == "EG"


def test_a_dual_place_noun_names_two_places():
    assert [p["name"] for p in resolve_text("كما أن محافظتي تعز والبيضاء أصبحتا شبه محررتين")] == ["Taiz", "Al Bayda"]


def test_a_park_is_placed_near_its_town():
    found = by("كسر متنزه الردف العام في محافظة الطائف الرقم القياسي", "الردف")
    assert found and found[0]["kind"] == "local" and found[0]["near"] == "Ta’if"


@pytest.mark.parametrize("text, names", [
    # SaudiNewsNet (shortened): after another place, وجدة is "and Jeddah", not Oujda
    ("وذلك في مدينتي الرياض وجدة لمدة أسبوع", ["Riyadh", "Jeddah"]),
    ("في ثلاثة مراكز تسوق بالرياض وجدة والظهران", ["Riyadh", "Jeddah", "Dhahran"]),
    ("زار الوفد وجدة المغربية", ["Oujda"]),
])
def test_conjunction_and_a_big_city_beats_a_small_town_spelled_with_waw(text, names):
    assert [p["name"] for p in resolve_text(text)] == names


def test_direction_of_the_kingdom_is_not_a_place_mention():
    # tests/data/places/SOURCE-blind3.txt: "شرق ووسط المملكة" is not annotated, like المملكة alone
    assert resolve_text("أمطار على جنوب وغرب المملكة تمتد حتى شمال غرب المملكة") == []


def test_level_is_not_upper_egypt():
    assert resolve_text("على الصعيد الإقليمي والعالمي، وعلى نفس الصعيد") == []
    assert [p["name"] for p in resolve_text("ارتفعت الحرارة في صعيد مصر")] == ["Upper Egypt"]


@pytest.mark.parametrize("text", [
    "قتل 32 شخصا في بلدة حدودية تركية أمس في تركيا",  # an adjective after the town noun
    "ذهب إلى دنفر (ولاية كلورادو) في الولايات المتحدة",  # كلورادو is not ك + لورادو (Laredo)
    "وقعت الحادثة في قرية الدالوة بالأحساء في السعودية",  # Arabic names are native: another spelling is another village
])
def test_no_foreign_town_from_an_adjective_a_clitic_guess_or_an_arab_country(text):
    assert not [p for p in resolve_text(text) if p.get("kind") == "city" and p["country"] not in ("SA",)
                and p["text"] not in ("تركيا", "دنفر")]


def test_a_province_is_placed_at_its_seat():
    # the annotation convention of tests/data/places (a region at its seat): Xinjiang at Ürümqi
    [p] = by("تدربهم مع متطرفين في شينجيانغ", "شينجيانغ")
    assert km(p["lat"], p["lon"], 43.80, 87.60) < 30


@pytest.mark.parametrize("text, kept", [
    ("عبر شهور على الجبهة الشرقية لبنغازي", "بنغازي"),  # the front, not an organisation
    ("أحد منسوبي شركة أرامكو بجدة وسط حضور الأهل", "جدة"),  # in Jeddah
    ("نفذت غارات بالقرب من مدن من بينها مخمور والرمادي وبيجي", "مخمور"),  # first of a list of towns
    ("وصل الوفد إلى مدينة القائم غرب العراق", "القائم"),
])
def test_places_next_to_organisation_words_and_list_heads_stay_places(text, kept):
    assert kept in [p["text"] for p in resolve_text(text)]


def test_countries_in_a_list_of_countries_stay_countries():
    assert [p["kind"] for p in resolve_text("وصل الوفد إلى الأردن والكويت ولبنان")] == ["country"] * 3


def test_a_person_named_like_a_town_is_not_the_town():
    text = "وقال وزير الدفاع البريطاني مايكل فالون إن بلاده ستواصل"
    start = text.index("مايكل")
    assert resolve_text(text, [{"start": start, "end": start + len("مايكل فالون"), "label": "PER"}]) == []


def test_a_plural_district_noun_names_each_district_of_the_list():
    text = "هطلت أمطار على مدينة أبها وشملت أحياء الخالدية والبلد والجامعة والنميص، ومتنزه السودة."
    local = [p["text"] for p in resolve_text(text) if p.get("kind") == "local"]
    assert local == ["الخالدية", "البلد", "الجامعة", "النميص"]
    assert [p["text"] for p in resolve_text("اشتباكات في عدد من أحياء المدينة في عدن")] == ["عدن"]
    assert [p["text"] for p in resolve_text("في محاولة لإحياء العملية السياسية في اليمن")] == ["اليمن"]


def test_a_town_far_from_the_town_it_is_said_to_be_near_is_a_local_place():
    # blind3 (no longer blind): حصيبة east of Ramadi is not Husaybah at al-Qa'im, 300 km away
    [p] = by("هجوم شنه التنظيم في حصيبة شرقي الرمادي وقتل 12 من عناصر الشرطة", "حصيبة")
    assert p["kind"] == "local" and p["near"] == "Ramadi"
    assert by("وصل إلى الفلوجة شرق الرمادي", "الفلوجة")[0]["name"] == "Fallujah"


def test_non_syrian_is_not_syria():
    assert resolve_text("من جنسيات غير سورية حاولوا الفرار") == []


@pytest.mark.parametrize("text, word, name", [
    ("سيتم طرح الهاتف للبيع في أميركا اللاتينية في وقت لاحق", "أميركا اللاتينية", "Latin America"),
    ("يحمل 52 راكبًا أغلبهم من شرق آسيا", "شرق آسيا", "East Asia"),
    ("الأسواق خارج شمال أميركا", "شمال أميركا", "North America"),
    ("يضم جغرافية بلاد العرب والفصل الأول", "بلاد العرب", "Arabian Peninsula"),
    ("زعزعة أمن بلاد الحرمين أو العبث بوحدة شعبها", "بلاد الحرمين", "Land of the Two Holy Mosques"),
    # SaudiNewsNet sentences (shortened): a foreign town spelled otherwise than in GeoNames' Arabic names,
    # after a town noun, in a country the article names
    ("قتل 32 شخصا في بلدة سوروج جنوب شرقي تركيا", "سوروج", "Suruç"),
    ("خلال عرض عسكري في مدينة لفوف (أوكرانيا)", "لفوف", "Lviv"),
    ("احتفل مبتعثو جامعة جنوب إلينوي في مدينة كاربونديل الأمريكية بالعيد في الولايات المتحدة", "كاربونديل", "Carbondale"),
    ("أدى النادي السعودي في مدينة شيفلد البريطانية صلاة العيد في بريطانيا", "شيفلد", "Sheffield"),
    # SaudiNewsNet (shortened): a name followed by the country it is in takes that country's place
    ("إلى 13 وجهة منها الإسكندرية في مصر وعمان في الأردن", "عمان", "Amman"),
    ("اندلعت اشتباكات في طرابلس في لبنان", "طرابلس", "Tripoli"),
    # SaudiNewsNet (shortened): a nisba after a name, the country's city in a list of cities
    ("تقام حالياً على ملعب البتراء بمدينة عمان الأردنية بمشاركة خمسة منتخبات", "عمان", "Amman"),
    ("إلى لندن وباريس والدار البيضاء وتونس والقاهرة وإسطنبول وبيروت والكويت ودبي", "تونس", "Tunis"),
    ("إلى لندن وباريس والدار البيضاء وتونس والقاهرة وإسطنبول وبيروت والكويت ودبي", "الكويت", "Kuwait City"),
])
def test_a_mention_resolves_to_the_place_its_words_and_context_name(text, word, name):
    # world regions and historical names; a foreign town spelled otherwise, in a country the article names; a
    # name followed by its country or nisba; a country's capital in a list of cities
    assert [p["name"] for p in by(text, word)] == [name]


@pytest.mark.parametrize("text, allowed", [
    ("سيرت مصر للطيران ثاني أيام العيد 84 رحلة داخلية", None),
    ("وتلاه الانماء طوكيو للتأمين في قائمة الأسهم", None),
    ("هذا البلد الذي حماه الله ويحكم بالكتاب والسنة", 'سوريا'),  # "God protected it", not Hama
    ("لم تدع أي نزيه وشريف لتحاول النيل منه ومن أمنه", 'سوريا'),  # "harming him", not the Nile
    ("أن فعلهم السافل لم يزد هذه البلاد إلا تكاتفاً", 'سوريا'),  # "did not increase", not Yazd
    ("وهناك توجه لجسر بري وبحري لجعلها مركز إغاثة", 'سوريا'),  # "a land bridge", not Brea
    ("وأكد تطابق وجهتي النظر المصرية والسعودية بشأن التحديات", 'سوريا'),  # two adjectives, not Saudi Arabia
    ("الأزمة في سوريا وفقاً لمقررات جنيف", 'سوريا'),  # a document named after Geneva
    ("أصدرت مكتبة الإسكندرية أسطوانتين مدمجتين", 'سوريا'),  # an institution
    ("وجه رئيس الهيئة الملكية للجبيل وينبع صاحب السمو", 'مصر'),  # a commission's name
    ("في 1971 التحق بجبهة التحرير الوطني لتشاد التي تولى قيادتها", 'مصر'),  # a front's name
    ("نظمت الشؤون الحكومية بشركة أرامكو السعودية أمس", 'مصر'),  # a company's name
    ("أشاد بالتعاون العسكري القائم بين البلدين", 'مصر'),  # القائم "existing"
    ("قالت قوة المهام المشتركة المجمعة التي تقود العمليات", 'مصر'),  # المجمعة "combined"
    ("ورد ذكره في كتاب عن فرعون مصر رمسيس الثاني", 'مصر'),  # Pharaoh, not Feraoun
])
def test_words_that_name_no_place_here(text, allowed):
    # companies, documents and institutions named after a place, idioms and verbs, adjectives, organisation
    # names going on with ل + a place (``allowed``: a real place mention elsewhere in the sentence)
    assert [p["text"] for p in resolve_text(text) if p["text"] != allowed] == []


# SaudiNewsNet sentences (aawsat, alriyadh): a newspaper named alone in quotes is no place; a quoted place is one.
@pytest.mark.parametrize("text, name, is_place", [
    ("ديمقراطي الكردستاني، في اتصال مع «الشرق الأوسط» من جبال قنديل المعقل الرئيسي", "الشرق الأوسط", False),
    ("وعلمت «الشرق الأوسط» من مصادر مطلعة أن اثنين من القادة غادروا", "الشرق الأوسط", False),
    ("* أثينا - «الشرق الأوسط»: أعلنت إدارة مكافحة الحرائق في اليونان", "الشرق الأوسط", False),
    ("وقالت القوات المسلحة المصرية، في بيان رسمي حصلت «الشرق الأوسط» على نسخة منه، إن الأمن والاستقرار بمنطقة "
     "الشرق الأوسط أولوية", "الشرق الأوسط", False),  # the region named before does not let the paper through
    ("من جهة أخرى، علمت مصادر \"الرياض\" إن إدارة النادي جددت مفاوضاتها", "الرياض", False),
    ("بمناسبة تعيينكم رئيساً لتحرير جريدة «الرياض» وأنتم أهل لها", "الرياض", False),
    ("لإسعاد زوار العاصمة \"الرياض\" آراء المواطنين", "الرياض", True),  # a place noun heads it
    ("يعي تماماً أن «مكة» تجمع بعثرته", "مكة", True),  # the city: مكة is not read as the Makkah paper
    ("للوقوف على التفجير الذي ضرب بلدة «سوروج» الحدودية التابعة للولاية", "سوروج", True),
])
def test_a_newspaper_named_in_quotes_is_no_place(text, name, is_place):
    assert bool([p for p in resolve_text(text) if p["text"] == name]) is is_place
