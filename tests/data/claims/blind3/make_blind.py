"""Build claims-blind3.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261212) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt and SOURCE-blind2.txt (the earlier blind sets), plus those listed
in SOURCE-blind3.txt; they are written as strings (cue, speaker or None, content first words, content last
words, direct, named), in text order of the cues.  Offsets are computed here and every span is checked with
text[start:end] == span text.

Locating rules (those of blind2/make_blind.py, unchanged):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker glued to a clitic: "ل|لعلماء|", or written in quotes: '“|العربية نت|”').
* Whitespace in a string matches any run of whitespace in the text (the texts contain NBSPs and newlines).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (sentence-final بحسب ما ذكر / بهذه العبارة وصف):
  the occurrence nearest before the cue (word start) is used, and the content must end before the cue.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample as sampler  # noqa: E402

sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # okaz column "مون.. الإدانة لا تكفي!!"
    0: [("أعلن", "الأمين العام للأمم المتحدة مون", "عن إدانته", "الطفل الرضيع", False, True),
        ("وأعرب", "بان كي مون", "عن تعازيه", "لأسرة الرضيع", False, True)],
    # alriyadh Abha shopping festival
    1: [("أعرب", 'مدير "مهرجان أبها للتسوق" إبراهيم بن محمد الجارالله', "عن شكره وتقديره", "في يومه الأول",
         False, True),
        ("مؤكداً", None, "أن ذلك يأتي", "على مستوى مناطق المملكة", False, True)],
    # alwatan column "شكل ومضمون"
    2: [("يذكر", "صديق", "أن مجموعة قصصية", "بقية الشخوص بها", False, False),
        ("ورأى", "المحكم", "أن القصة يجب", "شخصيتين إلى ثلاث", False, False),
        ("يقول", "الروائي الفلسطيني أسامة العيسة", '"كل مضمون', 'شكله الأنسب"', True, True)],
    # aljazirah al-Kharj festival
    3: [("بيّن", None, "حرص اللجنة", "يليق بمحافظة الخرج", False, True),
        ("بيّن", None, "بداية عمل اللجنة", "بالإشراف عليها", False, True)],
    # arreyadi Hilal - Al Ain preview: no claim
    4: [],
    # arriyadiyah Hernandez contract
    5: [("أعلن", "اتلتيكو مدريد ثالث الدوري الاسباني لكرة القدم", "انه مدد", "حتى 2019", False, True)],
    # alyaum Imam university director on the Abha attack
    6: [("واضاف", "الفوزان", "إن هذا العمل", "عذاب عظيم)", True, True),
        ("يقول", "الله", "(ومن أظلم", "عذاب عظيم)", True, True)],
    # 3alyoum five things to avoid (entrepreneurs)
    7: [("وصف", "الدكتور الحسن الصعدي، المشرف العام على مركز الإبداع وريادة الأعمال في جامعة الملك عبدالعزيز في جدة",
         "<يعيش رياديو الأعمال", "فكرته التجارية", False, True),
        ("بحسب", "“|العربية نت|”", "<يعيش رياديو الأعمال", "فكرته التجارية", False, True),
        ("يقول", "الدكتور الصعدي", "إن هذا السبب", "أي مشاكل تواجهه", False, True),
        ("بحسب", "الدكتور الصعدي", "الكثير من رياديي", "وتخدم الفكرة التجارية", False, True),
        ("ويضيف", "الصعدي", "“هذا أمر", "لقيام مشاريعهم”", True, True),
        ("ويقول", None, "إذا أراد", "ويهدد مستقبل مشاريعهم", False, True),
        ("كما يقول", "الدكتور الصعدي", "يتسببون في خسارتهم", "مشروع وفكرة جديدة", False, True)],
    # alweeam obituary: no claim
    8: [],
    # aleqtisadiya al-Saher and al-Jassmi duet
    9: [("وقال", "الساهر", "إن الأغنية", 'شعوبهم وبلادهم"', False, True),
        ("مضيفا", None, '"هذه رسالة', 'في بلادنا"', True, True),
        ("وأضاف", None, '"نعتبر', 'بلادنا العربية"', True, True),
        ("قال", "الجسمي", '"أعتبر', 'دبي وحكومتها"', True, True),
        ("ويقول", "مقطع من الاغنية", '"حيوا القيادة', 'بالكراسي تنشغل"', True, True)],
    # aawsat cola study
    10: [("أشارت", "دراسة", "إلى الأضرار", "ساعة كاملة من تناوله", False, False),
         ("وأوضحت", "الصحيفة", "المحاذير المؤدية", "330 مليلترا", False, True),
         ("كما تقول", "الصحيفة", "فإن المشروب", "والسمنة", False, True)],
    # sabq teacher's death at Tabuk university
    11: [("وقال", "زوج المعلمة", "إن ابنته", "ولم تُقبل في الطب!", False, True),
         ("وأضاف", None, "راجعنا الجامعة", "رغبة ابنتها", True, True),
         ("وتابع", None, "سقطت داخل", "بنتيجة الصدمة", True, True),
         ("مشيراً", None, "إلى أنها تم نقلها", "لمعرفة تفاصيلها", False, True)],
    # was (SPA) contractor classification
    12: [("وأشار", "وكيل وزارة الشؤون البلدية والقروية لشؤون تصنيف المقاولين المهندس عبدالله بن محمد المطيري",
          "إلى قيام الوزارة", "لاختبار البرنامج", False, True),
         ("وأضاف", None, "أن الوزارة قامت", "1 /6 /1437هـ", False, True)],
    # almadina Aleppo rocket / Spanish journalists / Fadhli
    13: [("بحسب ما ذكر", "المرصد السوري لحقوق الإنسان", "<قتل 18 شخصًا", "في شمال سوريا", False, True),
         ("وقال", "مدير المرصد رامي عبدالرحمن", "«سقط الصاروخ", "عشرات الجرحى»", True, True),
         ("أعلنت", "رئيسة اتحاد جمعيات الصحافيين الإسبان", "أن ثلاثة", "نحو عشرة أيام", False, True),
         ("وقالت", "السا غونزاليس", "«في الوقت", "عن اختفاء»", True, True),
         ("موضحة", None, "أنه لا اخبار", "(شمال غرب سوريا)", False, True),
         ("قالت", "وزارة الدفاع الأمريكية (البنتاجون)", "إن العضو البارز", "في الثامن من يوليو", True, True),
         ("وقال", "المتحدث باسم البنتاجون جيف ديفيس", "إن الفضلي", "عام 2001»", True, True)],
    # okaz Native Americans from Siberia
    14: [("أثبت", "العلماء", "أن البدو الرحل", "سكن القارة الأمريكية", False, True),
         ("واستنتج", "علماء من جامعة كاليفورنيا في بيركلي ومن جامعة كوبنهاغن", "أن بدو سيبيريا",
          "سكان أمريكا الأصليون", False, True),
         ("وحدد", "العلماء", "أن أول من استوطن", "الشمالية والجنوبية", False, True),
         ("اتضح", "ل|لعلماء|", "أن الاختلافات", "حضارة الهنود الحمر", False, True),
         ("يقول", "البروفيسور راسموس نيلسون من جامعة كاليفورنيا", "«المقصود هنا", "ووسط أمريكا)", True, True)],
    # alriyadh Kundera review
    15: [("يقول", None, '"الجميع', 'بإرادتك"', True, True),
         ("فيقول", None, '" تتبدى', 'نتعلم حبها"', True, True),
         ("ليكشف", "كونديرا", "بأن التفاهة", "الحياة المعاصرة", False, True),
         ("بقوله", "كونديرا", '"عصر أفول', 'المزاحات!"', True, True),
         ("ويعلن", None, "عن فقدانها", "لسلطتها", False, True),
         ("كما جاء في", "الرواية", '"أدركنا', 'فقدت سلطتها"', True, True),
         ("بقوله", "كونديرا", '" الزمن قصير', 'ذكرى واقعية"', True, True),
         ("بقوله", None, '" إنهم مستعدون', 'يفعلون به"', True, True)],
    # alwatan stabbing at Hafr al-Batin
    16: [("تبلغ", "أحد الأشخاص", "بأنه عثر", "في محطة للوقود", False, False),
         ("وأكد", "الناطق الاعلامي لشرطة المنطقة الشرقية العقيد زياد الرقيطي", "الواقعة", "الواقعة", False, True),
         ("مضيفاً", None, "أنه", "للكشف عن ملابساتها", False, True),
         ("أبلغ", "مقيم عربي أربعيني", "عن تعرض ابنه", "مراكز التزود بالوقود", False, False)],
    # aljazirah National Water Company e-branch
    17: [("وأضحت", "الشركة", "تنفيذ جهود", "المعايير العالمية", False, True),
         ("لافتا", None, "إلى أنها أطلقت", "مكة المكرمة والطائف", False, True),
         ("وبينت", "الشركة", "أن الفرع الإلكتروني يقدم", "المطلوبة على الموقع", False, True),
         ("مشيراً", None, "إلى أن الموقع", "عوضاً عن الورقية", False, True),
         ("وقالت", "الشركة", "أن الموقع يمكّن", "الاعتراض عليها إلكترونياً", False, True),
         ("وشددت", "الشرطة", "على أن الفرع", "المعايير عالمية", False, True)],
    # arreyadi Kenyan runner: no claim
    18: [],
    # alyaum group wedding in al-Baha
    19: [("أعرب", None, "عن شكره", "من خدمات للمجتمع", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind3.jsonl")
