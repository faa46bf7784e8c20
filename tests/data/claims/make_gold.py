"""Build ``claims-gold.jsonl`` from SaudiNewsNet articles and the attribution annotations below.

Run from the repository root with ``../shared`` present::

    python tests/data/claims/make_gold.py

Annotations are written as strings (cue, speaker, first and last words of the content) and turned into
exact code-point offsets here, so nobody counts characters by hand; every span is checked with
``text[start:end] == span_text``. Guidelines (Rasd, 2025):

* A claim is a statement (or announcement, opinion, prediction, expressed feeling) attributed to a source
  with a reporting verb or noun: قال، أكد، أعلن، ذكر، أوضح، أشار، توقع، رأى، أعرب/عبّر عن، كتب ...،
  بحسب / وفق ما / حسب ما / نقلاً عن.
* Not claims: editorial formulas (يذكر أن، الجدير بالذكر)، prayers (داعين الله أن)، appeals and demands
  (دعا إلى، طالب بـ)، condemnations and praise (أدان، أشاد) -- those are events --, imperatives (أخبر ...)
  and "according to" a non-source (وفقاً للمعدلات الحالية).
* cue: the reporting word as written with its clitics (وقال، مشيراً، بحسب ما ذكر). For نقل عن X قوله the cue
  is the verb نقل and the speaker X (who said it).
* speaker: the noun phrase of the source, titles included; null when the subject is only a pronoun or
  relative (وأضاف أن، والتي اعتبرت). speaker_named is false for unidentified sources (مصادر، شهود عيان،
  مسؤولون أميركيون، الصحف الفرنسية، عدد من الجهات المختصة).
* direct: the content is quoted (« » " " “ ”) or introduced by a colon as the speaker's own words.
"""

from __future__ import annotations

import collections
import glob
import json
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared" / "data" / "news" / "saudinewsnet" / "dataset"
SEED = 20251125  # the sample's seed; changing it invalidates ANNOTATIONS

# (cue, speaker or None, content first words, content last words, direct, named)
# per index of sample() (26 articles, seeded round-robin over the outlets).
ANNOTATIONS: dict[int, list[tuple]] = {
    0: [("وأعرب", "مدير الجامعة", "عن تقديره", "الممكنة", False, True)],
    1: [("ونقلت", "متحدث باسم وزارة الدفاع الروسية", "إن تحطم", "في روسيا", False, True)],
    2: [],
    3: [("حسبما قال", "نجل المرسل إليه المتوفى", "وصلت بطاقة", "على ارسالها من على بعد 13 كلم", False, True),
        ("وقال", "الابن", "إن البطاقة", "لمزارع في الجبل", False, True),
        ("وقال", "متحدث باسم البريد السويسري", "إنه من غير", "في وسط سويسرا", False, True),
        ("واضاف", None, "إنه من الممكن", "داخل مكتب البريد", False, True),
        ("ونقلت", "ابن المزارع", '"ربما', 'ذلك"', True, True)],
    4: [("أشاروا", None, "إلى أن الوثيقة", "والقضائية", False, True),
        ("ويرى", "المشاركون في اللقاء", "أن ما تم", "من قبل مرجعياتهما", False, True),
        ("حسب ما جاء في", "البيان", "توصل الطرفان", "من قبل مرجعياتهما", False, True),
        ("اعتبرت", None, "أن من حضر", "يمثل نفسه فقط", False, True)],
    5: [("شدد", "المدرب الروماني ريجيكامب مدرب نادي الهلال", "على أهمية", "أمام العين", False, True),
        ("وقال", "ريجي", "أتأمل الفوز", "للتعويض مكانه", True, True),
        ("قال", "المدرب الروماني", "نيفيز لاعب", "على تكتيكي", True, True),
        ("بقوله", "المدرب الهلالي", "يجب أن نركز", "على الكرات الثابتة", True, True),
        ("أكد", "لاعب خط وسط نادي الهلال حمد الحمد", "أن موقعة", "على نتيجة إيجابية", False, True),
        ("بقوله", "الحمد", "أنا رهن", "المهم ان ننتصر", True, True)],
    6: [("وكتب", "المشجع الهلالي هاني الدهيمان", "أنه بعد", "يا نصراوية”", False, True),
        ("قالوا", "منهم من", "إن المشجع", "ونفذ وعده", False, False),
        ("وقالوا", None, "إن الموقف", "كل ذلك", False, True)],
    7: [],
    8: [("وأفادت", "مصادر فلسطينية محلية في الخليل وشهود عيان", "أن يعالون", "جنود الاحتلال", False, False),
        ("ونقلت", "صاحب المبنى إبراهيم أبو دياب", '" إن جرافات', 'مكاتب تجارية "', True, True),
        ("وأفاد", "أبو دياب", "أن حجة", "الطابق الثالث", False, True)],
    9: [("وقال", "عبدالرحمن القرني", '"وقع حادث', 'ووالدته"', True, True),
        ("وأضاف", None, '"وقع الحادث', 'ضيق الطريق"', True, True),
        ("وأردف", None, '"شاركت', 'الهلال الأحمر"', True, True),
        ("وتابع", None, '"كان أحد', 'في وقته المحدد"', True, True)],
    10: [("وأوضح", "عبدالعزيز بن محمد السديس الرئيس التنفيذي للشركة", "أن بادرة", "أنشطتها المجتمعية", False, True)],
    11: [],
    12: [("بحسب ما ذكر", "وكيل اعماله", "استبعد المدرب", "الفرنسي لكرة القدم", False, True),
         ("وقال", "مارك كوسيتسكي", '"اظهر', 'الى الملاعب"', True, True),
         ("واشارت", "الصحف الفرنسية", "الى ان مرسيليا", "افتتاح الدوري", False, False)],
    13: [("ذكرت", "وزارة الصحة العامة في تايلند", "أن قانونا", "في البلاد الخميس", False, True),
         ("وذكر", "بيان لوزارة الصحة العامة", "أن الأطباء", "إلى عشرة أعوام", False, True),
         ("وقال", "الرجل", "إنه يرغب", "تحسين العالم»", False, True)],
    14: [],
    15: [("وأعلنت", "عدد من الجهات المختصة", "حالة الاستنفار", "في عدد من المستشفيات", False, False)],
    16: [("توقع", "الأسباني جوسيب جوارديولا المدير الفني لنادي بايرن ميونيخ حامل لقب الدوري الألماني",
          "أن يحقق", "مع الإصابات", False, True),
         ("وقال", "جوارديولا", "«مقتنع", "يونايتد»", True, True),
         ("وأضاف", None, "«إنه لاعب", "الإصابات»", True, True),
         ("وأشار", "جوارديولا", "«عندما", "مفيدا حقا»", True, True)],
    17: [],
    18: [],
    19: [],
    20: [("أعلن", "اليوناني جورجيوس دونيس المدير الفني للهلال", "عن موافقته", "الزعيم حالياً", False, True)],
    21: [("وأكدت", "الأمانة", "أن ماوصل", "عَذَابٌ عَظِيمٌ )", False, True),
         ("وأضافت", None, "لا يخفى", "الصارم بحقهم", True, True)],
    22: [("وأوضح", "مدير عام النشاطات الشبابية بالرئاسة عبدالعزيز البتال", "أن الإدارة", "الخدمة المجتمعية", False, True),
         ("وأبان", None, "أنه تم توجيه", "والقطاعات الكشفية الأخرى", False, True),
         ("مشيراً", None, "إلى أن الحفل", "في المجال الكشفي", False, True)],
    23: [("وعبّر", "بالبيد", "عن سعادته", "الوطن المعطاء", False, True)],
    24: [("ويقول", None, "لا أدري", "أم لا؟", False, True)],
    25: [("يصفه", "مسؤولون أميركيون", "بأنه الفرع", "الأخطر للقاعدة", False, False),
         ("ويقول", "موقع قناة (سي إن إن) الإخباري", "إن خبير", '"أميركا أولا"', False, True),
         ("مشدداً", None, "على استهداف", '"أميركا أولا"', False, True),
         ("وفق ما نقله", 'موقع "سايت"', "إلى تنفيذ", 'الأخرى"', False, True)],
}


def sample(dataset_dir: Path = SHARED, n: int = 26) -> list[dict]:
    """The annotated sample: articles of 400-1300 characters, seeded round-robin over the outlets."""
    by = collections.defaultdict(list)
    for z in sorted(glob.glob(str(dataset_dir / "*.zip"))):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.load(zf.open(name)):
                    if 400 <= len(rec.get("content") or "") <= 1300:
                        by[rec["source"]].append(rec)
    rng = random.Random(SEED)
    outlets = sorted(by)
    rng.shuffle(outlets)
    out = []
    for i in range(n):
        pool = by[outlets[i % len(outlets)]]
        out.append(pool.pop(rng.randrange(len(pool))))
    return out


def _find_word(text: str, needle: str, near: int) -> int:
    """Start of the occurrence of ``needle`` nearest to ``near`` (as a whole word at its start)."""
    best, pos = -1, text.find(needle)
    while pos != -1:
        if (pos == 0 or not text[pos - 1].isalnum()) and (best == -1 or abs(pos - near) < abs(best - near)):
            best = pos
        pos = text.find(needle, pos + 1)
    if best == -1 and needle in text:  # a clitic before the annotated words (ومنهم من)
        best = min((p for p in range(len(text)) if text.startswith(needle, p)), key=lambda p: abs(p - near))
    if best == -1:
        raise ValueError(f"{needle!r} not found")
    return best


def span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def build(records: list[dict]) -> list[dict]:
    out = []
    for idx, rec in enumerate(records):
        text = rec["content"]
        claims, cursor = [], 0
        for cue, speaker, first, last, direct, named in ANNOTATIONS[idx]:
            c0 = _find_word(text, cue, cursor)  # annotations are in text order: nearest after cursor
            while c0 < cursor - 1:
                c0 = text.find(cue, c0 + 1)
            cursor = c0 + len(cue)
            sp = None
            if speaker:
                s0 = _find_word(text, speaker, c0)
                sp = span(text, s0, s0 + len(speaker))
            k0 = _find_word(text, first, c0)
            k1 = text.find(last, k0) + len(last)
            assert k1 > k0 + len(first) - 1, (idx, cue, last)
            claims.append({"speaker": sp, "speaker_named": named, "cue": span(text, c0, c0 + len(cue)),
                           "content": span(text, k0, k1), "direct": direct})
        for c in claims:
            for key in ("speaker", "cue", "content"):
                if c[key]:
                    assert text[c[key]["start"]:c[key]["end"]] == c[key]["text"]
        out.append({"id": f"saudinewsnet-{idx:02d}", "outlet": rec["source"], "url": rec["url"],
                    "date": rec["date_extracted"][:10], "text": text, "claims": claims})
    return out


if __name__ == "__main__":
    records = sample(Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED)
    rows = build(records)
    with open(HERE / "claims-gold.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "articles,", sum(len(r["claims"]) for r in rows), "claims")
