"""Tests of the actor table: the curated rows, the rows seeded from Universal-PETRARCH, their use by entities."""

from __future__ import annotations

import re

import pytest

from rasd.analyze.arabic import normalize
from rasd.analyze.components.entities import actor_of, canonical_name, entities
from rasd.analyze.lang_ar import actors
from rasd.article import Article
from rasd.models.scripts import build_actors
from tests.conftest import SHARED, need_shared

# ---------------------------------------------------------------------------------------------- the table


def test_seeded_table_loads_after_the_curated_rows():
    seeded = actors.seeded_actors()
    assert len(seeded) >= 400  # 415 when built; the build's report says why the other names went
    assert actors.all_actors() == actors.ACTORS + seeded
    assert all(a.source == "curated" for a in actors.ACTORS)


def test_seeded_rows_carry_the_country_and_sector_of_their_cameo_code():
    for a in actors.seeded_actors():
        code = a.source.removeprefix("up:")
        assert a.source.startswith("up:") and a.qid is None and a.canonical
        assert a.label in ("PER", "ORG", "LOC")
        assert re.fullmatch("[A-Z]{3}", a.sector)
        if a.country is not None:
            assert code.startswith(a.country), a
        else:
            assert code[:3] in build_actors.NON_STATE, a


def test_no_seeded_name_is_a_curated_one():
    curated = {normalize(n) for a in actors.ACTORS for n in (a.canonical, *a.aliases)}
    for a in actors.seeded_actors():
        assert not curated & {normalize(n) for n in (a.canonical, *a.aliases)}, a


def test_curated_rows_win_every_name_they_list():
    index = actors.index_by(normalize)
    for a in actors.ACTORS:
        for name in (a.canonical, *a.aliases):
            assert index[normalize(name)].source == "curated", name


# ---------------------------------------------------------------------------------------------- in text

# Real sentences of SaudiNewsNet (CC BY-NC-SA 4.0): the bundled sample rasd/data/samples/ and
# tests/data/saudinewsnet-sample.jsonl (alyaum.com 2015-08-06).
REAL = [
    ("قال الجيش الأميركي أمس الاثنين إن قوات التحالف الذي تقوده الولايات المتحدة نفذت يوم السبت 18 غارة "
     "جوية على مواقع تابعة لتنظيم داعش في العراق وست غارات في سورية.",  # alriyadh.com/1070221
     "الجيش الأميركي", "USA", "MIL"),
    ("وقالت وزارة العدل الأمريكية إن هذه أكبر جهود دولية منسقة لتطبيق القانون على الإطلاق توجه لمنتدى "
     "للأنشطة الإجرامية الالكترونية.",  # alweeam.com.sa/347693
     "وزارة العدل الأميركية", "USA", "GOV"),
    ("منذ بداية تموز (يوليو) والحكومة الصينية تستخدم إجراءات غير مسبوقة بهدف وقف تراجع أسعار الأسهم، "
     "تضمنت برنامجا لشراء الأسهم، وإيقاف عمليات الإدراج للأسهم الجديدة في البورصة.",  # aleqt.com 977653
     "الحكومة الصينية", "CHN", "GOV"),
    ("وشدد المرصد على أن تقريره لا يضم مصير نحو 20 ألف شخص يقال إنهم محتجزون في سجون النظام السوري ونحو "
     "9500 شخص تحتجزهم جماعات جهادية ومقاتلون آخرون من المعارضة.",  # alyaum.com/article/4082405
     "النظام السوري", "SYR", "GOV"),
    ("على سبيل المثال، حذر صندوق النقد الدولي أخيرا من أن طموحات وتوقعات منطقة اليورو معتدلة ومتواضعة.",
     "صندوق النقد الدولي", None, "IGO"),  # aleqt.com 977639, first clause
    ("ورفع القاضي الجلسة للدراسة والتأمل ومخاطبة الجهات المختصة لتتبع حسابات وأرصدة المتهم في الإمارات "
     "والهند والصين، والتحقق من بعض الحسابات من مؤسسة النقد العربي السعودي، وأمر القاضي بالإبقاء على "
     "المتهم وعدم إطلاق سراحه.",  # okaz.com.sa Con20150724785287
     "مؤسسة النقد العربي السعودي", "SAU", "BUS"),
    ("وقالت الحكومة اليمنية إنها لن تبحث سوى انسحاب المتمردين من كافة المناطق التي سيطروا عليها منذ العام "
     "الماضي بما يتوافق مع قرار تبناه مجلس الأمن الدولي في نيسان/ إبريل.",  # tests/data sample, alyaum
     "الحكومة اليمنية", "YEM", "GOV"),
]


@pytest.mark.parametrize(("sentence", "canonical", "country", "sector"), REAL)
def test_entities_name_seeded_actors_in_real_sentences(sentence, canonical, country, sector):
    art = entities(Article(text=sentence))
    found = [e for e in art.entities if e["canonical"] == canonical]
    assert found, [(e["text"], e["label"], e["canonical"]) for e in art.entities]
    assert set(found[0]) == {"start", "end", "text", "label", "canonical"}  # the layer's shape is unchanged
    actor = actor_of(found[0]["text"])
    assert actor.source.startswith("up:")
    assert (actor.canonical, actor.country, actor.sector) == (canonical, country, sector)


@pytest.mark.parametrize(("span", "canonical", "country", "sector", "source"), [
    ("للجيش الأمريكي", "الجيش الأميركي", "USA", "MIL", "up:USAMIL"),
    ("والحكومة العراقية", "الحكومة العراقية", "IRQ", "GOV", "up:IRQGOV"),
    ("لوكالة رويترز", "وكالة رويترز", "GBR", "MED", "up:GBRMED"),
    ("بالبنك الدولي", "البنك الدولي", None, "IGO", "up:IGO"),
    # curated rows win: chosen canonical names, QIDs
    ("وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية", "USA", "MIL", "curated"),
    ("الحوثيين", "الحوثيون", "YEM", "REB", "curated"),
    ("وتنظيم الدولة الإسلامية", "داعش", None, "REB", "curated"),
])
def test_span_text_maps_to_its_actor(span, canonical, country, sector, source):
    actor = actor_of(span)
    assert (actor.canonical, actor.country, actor.sector, actor.source) == (canonical, country, sector, source)
    assert canonical_name(span) == canonical


def test_a_curated_actor_keeps_its_wikidata_id():
    assert actor_of("حركة حماس").qid == "Q38799"


def test_running_text_is_not_matched_on_the_lemma_key():
    # The build's key is too coarse for running text: "Islamic states" would be the Islamic State.
    assert build_actors.name_key("الدول الإسلامية") == build_actors.name_key("الدولة الإسلامية")
    assert actor_of("الدول الإسلامية") is None
    assert canonical_name("الدول الإسلامية") == "الدول الاسلامية"


# ---------------------------------------------------------------------------------------------- build


def test_lemmas_and_news_forms_share_a_name_key():
    key = build_actors.name_key("وزارة_دفاع_أميركي_")  # as in actor_dict_ar_v4.txt
    assert key == build_actors.name_key("وزارة الدفاع الأمريكية") == build_actors.name_key("وزارة الدفاع الأميركية")
    assert build_actors.name_key("أمين_عام_ل_أمة_المتحدة_") == build_actors.name_key("أمين عام أمة المتحدة")


@pytest.mark.parametrize(("code", "decoded"), [
    ("IRQGOVELI", ("IRQ", "GOV", True)),
    ("PSECVLELI", ("PSE", "ELI", True)),  # a generic CVL gives way to the code after it
    ("IGOJUDHRI", (None, "IGO", True)),
    ("IMGREB", (None, "REB", True)),
    ("INTMED", (None, "MED", True)),
    ("SAU", ("SAU", None, True)),  # a place
    ("MIL", (None, "MIL", False)),  # a generic agent
    ("000GOV", None),
])
def test_cameo_codes_decode_to_country_and_sector(code, decoded):
    assert build_actors.decode(code, frozenset({"IRQ", "PSE", "SAU"})) == decoded


def test_dictionary_entries_take_their_latest_code(tmp_path):
    path = tmp_path / "actors.txt"  # lines of actor_dict_ar_v4.txt
    path.write_text("نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n\t[IRQELI 20140908-20161010]\n"
                    "وزارة_دفاع_أميركي_  [USAGOV]\nجيش  [MIL]\n", encoding="utf-8")
    cands = build_actors.candidates(build_actors.read_dictionary(path), frozenset({"IRQ", "USA"}))
    maliki = cands[("نوري", "مالكي")]
    assert (maliki.code, maliki.country, maliki.sector, maliki.reason) == ("IRQELI", "IRQ", "ELI", None)
    assert cands[("جيش",)].reason == "sector only: a generic agent"
    assert cands[("وزار", "دفاع", "اميركي")].code == "USAGOV"


@pytest.mark.shared
@pytest.mark.slow
def test_build_reproduces_the_shipped_table():
    need_shared("data", "events", "universalpetrarch_arabic", "dictionaries", "actor_dict_ar_v4.txt")
    need_shared("data", "news", "saudinewsnet", "dataset")
    text, _ = build_actors.build(SHARED)
    assert text.encode("utf-8") == actors.SEEDED_PATH.read_bytes()
