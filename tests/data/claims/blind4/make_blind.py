"""Build claims-blind4.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261214) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt, SOURCE-blind2.txt and SOURCE-blind3.txt (the earlier blind
sets; where blind3 refined blind2 -- reporting verb + noun of stance/feeling -- blind3 is followed), plus those
listed in SOURCE-blind4.txt; they are written as strings (cue, speaker or None, content first words, content
last words, direct, named), in text order of the cues.  Offsets are computed here and every span is checked with
text[start:end] == span text.

Locating rules (those of blind2/ and blind3/make_blind.py, unchanged):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker glued to a clitic: "و|وزارة الداخلية| إذ", or written in quotes:
  '"|باكيز|"').
* Whitespace in a string matches any run of whitespace in the text (the texts contain NBSPs and newlines).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (sentence-final بحسب ما أكده, the nested
  بناءً على): the occurrence nearest before the cue (word start) is used, and the content must end before the cue.
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
    # arriyadiyah billiards referees course (أثنى = praise, مقدماً شكره = thanks act: not claims)
    0: [("واضاف", None, '" الاتحاد حريص', 'الفترة المقبلة "', True, True)],
    # alyaum obituary column "غازي.. غادرت من غير وداع": no claim
    1: [],
    # sabq Jazan health emergency staff
    2: [("تعجّب", "موظفون في إدارة الطوارئ والأزمات", "من تصريح إدارتهم", "إشعارهم بذلك", False, False),
        ("تصريح", "إدارتهم", "بأنها قد رفعت", "بأسمائهم كمرابطين", False, True),
        ("مشيرين", None, "إلى أن إدارتهم", "صوراً من التكليف", False, True),
        ("كشفت", '"|صحة جازان|"', "أنه تم الرفع", "واعتمدت مكافآتهم", False, True),
        ("واتهم", 'موظفون في إدارة الطوارئ والأزمات بـ"صحة جازان"', "بالمماطلة", "حقوقهم المالية جراء ذلك",
         False, False),
        ("وكشف", "الموظفون", "أن زملاءهم", "تكليفهم رسمياً", False, False),
        ("وأوضح", 'مدير إدارة الطوارئ والأزمات بـ"صحة جازان" عبدالرحمن دغريري', "أن طبيعة عمل",
         "إصدار تكليف لخدمته", False, True),
        ("وأشار", None, "إلى أن كل من وقف", "المكافآت المالية لهم", False, True)],
    # alwatan the Mufti on the Asir mosque bombing
    3: [("وصف", "مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ "
         "عبدالعزيز بن عبدالله آل الشيخ", "بالعمل الإجرامي", "إنسان ولا دين", False, True),
        ("وقال", None, "إن المصاب", 'عذاب عظيم"', False, True),
        ("قال", "الله", '"ومن أظلم', 'عذاب عظيم"', True, True),
        ("وأكد", None, "أن هذا عمل إجرامي", "وبين قائدنا", False, True)],
    # alweeam Saudi student killed in Kansas
    4: [("أكد", "القنصل السعودي بأمريكا سلطان العنقري", "أن المبتعث", "الأولية الأمريكية", False, True),
        ("بناءً على", "التحقيقات الأولية الأمريكية", "<أن المبتعث", "كما تردد", False, True),
        ("وأكد", "العنقري", "أن السفارة", "لمعرفة ملابساتها", False, True),
        ("أشار", "مساعد الملحق الثقافي للشؤون القانونية الدكتور مساعد العساف", "إلى أن جميع أوراق",
         "فور وقوع الحادثة", False, True),
        ("ذكرت", "الأجهزة الأمنية الأميركية", "أن ريان", "بأربع طلقات", False, False),
        ("وقالت", None, "انها عملية", "عملية انتحار", False, True),
        ("وبحسب", "مراقبين", "كان اخر عامين", "لبعض الطلاب السعوديين", False, False),
        ("ووصفت", None, "بأنها قضية", "ليست مستغربة", False, True)],
    # arreyadi Ittihad fans split over coach al-Qarouni
    5: [("ورأت", "فئة من مشجعي النادي على مواقع التواصل الاجتماعي", "منح القروني", "حتى مابعد مباراة الإياب",
         False, False),
        ("مؤكدة", None, "أن التغيير", "قبل مواجهةالرد", False, True),
        ("رأت", "فئة أخرى", "أن إدارة النادي", "إقالة المدرب بينات", False, False),
        ("وحملت", "فئة ثالثة", "اللاعبين المسؤولية", "اللاعبين المسؤولية", False, False),
        ("مشيرة", None, "إلى أنهم", "المطلوب منهم", False, True),
        ("وقال", "أحد المشجعين", "(المدرب أخطأ", "شوطي المباراة)", True, False)],
    # okaz Greek banks reopen
    6: [("قالت", "المستشارة الألمانية أنجيلا ميركل", "إنه «ليس", "حياة طبيعية»", True, True),
        ("وقال", "قائمون على البنوك", "إنه قد يكون", "لثلاثة أسابيع", True, False),
        ("توقعوا", None, "استئناف الخدمات", "بشكل كبير", False, True),
        ("وقال", "مسؤول كبير في بنك بيريوس", "لا أتوقع", "الخاصة بهم", True, False)],
    # aleqtisadiya Interior Ministry execution statement
    7: [("بياناً", "وزارة الداخلية", "قال الله تعالى", "سواء السبيل", True, True),
        ("قال", "الله", "(( يا أيها", "في القتلى ))", True, True),
        ("وقال", None, "(( ولكم", "تتقون ))", True, True),
        ("تعلن", "و|وزارة الداخلية| إذ", "عن ذلك", "عن ذلك", False, True),
        ("لتؤكد", "و|وزارة الداخلية| إذ", "حرص حكومة", "ويسفك دماءهم", False, True),
        ("وتحذر", None, "بأن العقاب", "سيكون مصيره", False, True)],
    # aljazirah Yanbu chamber exhibition centre
    8: [("وقال", "الأمين العام المكلف عامر بن سليمان الحمدي", "بأن الغرفة", "النوعية المتخصصة", False, True),
        ("وأشار", None, "إلى أن تفعيل", "الإيرادات بشكل قوي", False, True),
        ("وأوضح", None, "بأنه سيتم", "وأعمال الصيانة اللازمة", False, True),
        ("أشار", None, "إلى أن هناك خطة", "عدد من المعارض", False, True),
        ("مفيداً", None, "بأنه يتم التواصل", "قطع الغيار الصناعية", False, True)],
    # 3alyoum (SPA) Yanbu industrial nursery
    9: [("وأكد", "مدير إدارة التشجير بالهيئة الملكية بينبع الصناعية المهندس صالح الزهراني", "أن الهيئة على",
         "إنتاج جديد من الزهور المختلفة", False, True),
        ("وأوضح", None, "أن هذا التوجه", "لوحة فنية جميلة", False, True),
        ("مؤكداً", None, "أن المشتل", "لهذا العام", False, True)],
    # was (SPA) Buzz Aldrin (أشاد، ونوه = praise: not claims)
    10: [("وقال", None, '"نحرص', 'في الماضي"', True, True)],
    # alriyadh Eid celebration in Abu Arish: no claim
    11: [],
    # almadina al-Atawla field study (ودعت، أوصت، وطالبت، وأوصت = recommendations/demands: not claims)
    12: [("كشفت", "دراسة ميدانية لاحتياجات بلدة الأطاولة بمحافظة القرى", "أن 37 %", "لممتلكاتهم العقارية",
          False, True),
         ("وكشفت", "الدراسة", "عن حاجة سكان", "ونادي نسائي", False, True),
         ("وأظهرت", "الدراسة", "الحاجة الشديدة", "إلى مراجعتها", False, True)],
    # aawsat Luxor tombs open at night
    13: [("وقال", "محافظ الأقصر محمد بدر", "إن افتتاح", "بزيارة تلك المناطق", False, True),
         ("وأضاف", "بدر", "أن تلك الافتتاحات", "الزيارة السياحية", False, True),
         ("مشيرا", None, "إلى أن مشروعا", "في جنوب المحافظة", False, True),
         ("وقال", "المدير العام لمنطقة آثار مصر العليا سلطان عيد", "إن مشروع", "قرض مقدم من إسبانيا",
          False, True)],
    # arriyadiyah national team coach in London: no claim
    14: [],
    # alyaum sofas and back pain ("نتائج جديدة كشفت عنها ... صحيفة «ديلى ميل» ... وفقًا لاستبيان" has no content
    # clause, as blind3's "دراسة عرضتها صحيفة"; وتنصح = advice: not claims)
    15: [("وكشفت", "نتائج الاستبيان", "أن الأرائك", "طوال حياتهم", False, True),
         ("وأظهرت", "نتائج الاستبيان", "أن 20 %", "عضلات الكتف", False, True),
         ("وأكد", "التقرير", "أن هذه الأرائك", "الأوضاع الخاطئة", False, True)],
    # sabq forged Filipino engineering certificates (وأثار الحديث حول = topic; مطالباً = demand: not claims)
    16: [("أكد", "تقرير صحفي", "ثبوت تورط", "هندسية بالسعودية", False, True),
         ("مشيراً", None, "إلى أن عدد", "497 شخصاً في 2015", False, True),
         ("بسؤال", "البائعين", '"كم شهادة', "دبلوم تريد؟", True, False),
         ("منبهاً", None, "أن هذا الأمر", "الشهادات الوهمية", False, True),
         ("وحذر", '"|باكيز|"', "إلى أنه إن لم", "بسبب الشهادات المزورة", False, True),
         ("وقال", None, '"لا بد', 'غير المشروعة"', True, True)],
    # alwatan column on Saud al-Faisal
    17: [("يشرح", None, "كيف كان ذلك الطفل", "الفراق والغربة", False, True),
         ("قلت", None, "إنه ثاني أشهر", "وزير خارجية في التاريخ", False, True)],
    # alweeam power cuts in western Qassim villages
    18: [("أبدى", "سكان قرى غرب القصيم", "استياءهم", "للكهرباء في المنطقة", False, False),
         ("موضحين", None, "أنهم يعيشون", "في ظلام دامس", False, True),
         ("وقال", "أحد سكان مركز سلام (غرب الرس)", "إنهم أصبحوا", "هرمول والقرارة وغيرها", False, False),
         ("وأشار", "سكان تلك القرى", "إلى أنهم عاشوا", "الانقطاع مرة أخرى", False, False),
         ("مضيفين", None, "أنهم معتادون", "ساعتين أو ثلاثًا", False, True),
         ("وأضافوا", None, "أن هناك كبار سن", "الأجهزة الطبية", False, True),
         ("مضيفين", None, "أن الأجهزة المنزلية", "الانقطاعات المتكررة", False, True)],
    # arreyadi Castillo out of the World Cup (الفحوصات أكدت = non-source subject; بحسب نظام فيفا = a rule)
    19: [("بحسب ما أكده", "الاتحاد الإكوادوري لكرة القدم", "<تأكد رسمياً", "التشكيلة النهائية", False, True),
         ("وعبر", "مدرب الإكوادور الكولومبي رينالدو", "عن رغبته", "بخدمات كاستيلو", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind4.jsonl")
