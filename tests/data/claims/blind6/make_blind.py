"""Build claims-blind6.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261218) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind5.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind6.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind5/make_blind.py, unchanged):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker glued to a clitic or written in quotes).
* Whitespace in a string matches any run of whitespace in the text (the texts contain NBSPs and newlines).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue: the occurrence nearest before the cue (word
  start) is used, and the content must end before the cue.
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it: the first
  occurrence (word start) after the cue is used.
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
    # alyaum poetry evening in Bahrain ("يذكر ان" = editorial; "قدم قصائد"، "قرأ قصائد" = recitals): no claim
    0: [],
    # aleqtisadiya Libyan House of Representatives ("في تصريح" not counted again; "يذكر أنه" = editorial)
    1: [("وأوضح", "مقرر مجلس النواب ، النائب صالح قلمة", "أنه تم التصويت", "116 / صوتاً", False, True),
        ("وقال", None, "من المحتمل", "من قبل مجلس النواب", True, True)],
    # alweeam Champions League results: no claim
    2: [],
    # aawsat Carter in Erbil ("لم يعلن عنها" = passive; "من المتوقع" = impersonal; "دأبوا ... على امتداح" =
    # praise; "مطالب الاكراد" = demands; "يذكر أنّ" = editorial)
    3: [("عبر", "مسؤولو وزارة الدفاع الاميركية (البنتاغون)", "عن أسفهم", "العام الماضي", False, False),
        ("قال", "كارتر", "إن القوات الكردية", "قوية وناجحة»", False, True),
        ("وصرح", None, "بأنه يتطلع", "إلى لقاء بارزاني", False, True),
        ("قال", "كارتر", "إن «الاكراد", "والحفاظ عليها»", True, True),
        ("أفاد", "البنتاغون", "بأنه يدرس", "للألغام الارضية", False, True)],
    # was (SPA) Jazan University pavilion at Souq Okaz
    4: [("وأوضح", "مدير المركز الإعلامي بالجامعة والمشرف على الجناح موسى بن يحيى محرق", "أن المشاركة",
         "في خدمة المجتمع", False, True),
        ("مشيراً", None, "إلى تنوع الفعاليات", "وما واكبها من تطور", False, True)],
    # alriyadh "غذائي علاجي" ambassador ("ودعت" = appeal; "ونوهت ... بالدعم" = commendation, praise;
    # "ونفذت بناءً على دراسة" = basis of an act; "ويعتبر محوريًا"، "تعتبر أحد" = passive)
    5: [("وأكدت", "السفيرة عبير خليل", "أن مهرجان جدة", "ورئيس اللجنة العليا", False, True),
        ("وقالت", None, "إن سموه أولى", "وأبوة حانية", False, True),
        ("وأعربت", "السفيرة عبير خليل", "عن سعادتها", "لقب سفيرة", False, True),
        ("مشيرة ً", None, "إلى أهمية دعم", "تجاه أطفال التوحد", False, True),
        ("وقالت", None, "إن سموه كان", "مهاراتهم المختلفة", False, True),
        ("يشدد", "سموه", "على أهمية دعم", "مهاراتهم المختلفة", False, True),
        ("وشددت", "السفيرة عبير خليل", "على أن مبادرة", "على أطفال التوحد", False, True),
        ("وخلصت", None, "إلى وجود نتائج", "على أطفال التوحد", False, True)],
    # okaz Hail religious police members sue their branch ("الشكوى التي تقدم بها"، "اعتراض ... على القرارات" =
    # acts; "وتضمنت الشكوى اعتراضا" = a document's contents, as "وتضمن البيان" in claims-gold; "التي وجه بها"
    # = directive; "تدل على ذلك" = non-source subject; "قبل أن يرشحه" = act)
    6: [("مبينين", None, "أن رؤساء المراكز", "ليكون مساعدا له", False, True),
        ("رأى", None, "أن القرار المتخذ", "غير صحيحة", False, True),
        ("نشرت", "عكاظ", "تفاصيل اعتراض", "والنهي عن المنكر", False, True)],
    # sabq (SPA) execution in Qassim: the Interior Ministry statement (as blind4's aleqtisadiya one; court acts
    # "أسفر التحقيق"، "صك شرعي يقضي"، "ما نُسب إليه" are not claims)
    7: [("البيان", None, "قال الله تعالى", "سواء السبيل", True, True),
        ("قال", "الله", "{يا أيها", "في القتلى}", True, True),
        ("وقال", None, "{ولكم في", "لعلكم تتقون}", True, True),
        ("تعلن", "و|وزارة الداخلية| إذ تعلن", "عن ذلك", "عن ذلك", False, True),
        ("لتؤكد", "و|وزارة الداخلية| إذ تعلن", "حرص حكومة", "ويسفك دماءهم", False, True),
        ("وتحذر", None, "بأن العقاب", "سيكون مصيره", False, True)],
    # arriyadiyah Real Madrid training: no claim
    8: [],
    # almadina Renaissance Dam talks ("في تصريحات" not counted again; "كشفت عن رفض" = non-source subject;
    # "اوصي من قبل" = recommendation)
    9: [("وقال", "الدكتور حسام مغازى وزير الموارد المائية والري", "إن التفاصيل", "سينفذان الدراسات", False, True),
        ("وقال", "مغازي", "إنه تجرى", "عالية من الثقة", False, True),
        ("وكشف", "وزير الري الاسبق محمد مهدي علام", "ان اثيوبيا تعرقل", "لاستكمال بناء السد", False, True),
        ("وقال", None, "إن الخلافات", "وبخاصة مصر للاذي", False, True),
        ("وقال", "الدكتور علام", "إن اثيوبيا ترغب", "الخاصة بسد النهضة", False, True)],
    # arreyadi disciplinary fine ("واعتبرته قرارا قابلا للاستئناف"، "قررت"، "واعتبار القرار" = the committee's
    # rulings; "احتجاج"، "الاعتراض" = acts; "المنصوص عليها في المادة" = a rule)
    10: [("وفقاً", "ل|تقارير حكم و مراقب المباراة ومقيم الحكام|", "<وعند الدقيقة", "وعلى حكم المساعد", False, True)],
    # 3alyoum Tabuk student ("سائلا الله" = prayer; "للكشف عن ملابسات" = purpose)
    11: [("أوضح", "المتحدث الرسمي باسم وزارة التعليم مبارك العصيمي", "قيام وزير التعليم", "في كلية الطب", False,
          True),
         ("تناقلت", "وسائل الإعلام", "وفاة والدتها", "في كلية الطب", False, False),
         ("مشيرا", None, "إلى أنه وبناء", "لذوي المتوفاة", False, True),
         ("وأكد", "العصيمي", "أن اللجنة المشكلة", "بدرجات مرتفعة", False, True),
         ("وأضاف", "العصيمي", "أن وزير التعليم", "تقديمها على الجامعة", False, True)],
    # alyaum Dammam Medical Complex ("والتي أوضحت انسدادا" = the x-rays, non-source; "تبين"، "ويتوقع خروجه" =
    # impersonal / passive)
    12: [("وأكد", "مدير مجمع الدمام الطبي الدكتور عصام الخرساني", "انه تم استقبال", "التخدير الدكتورة رشيدة",
          False, True),
         ("موضحا", None, "أن المريض", "الأيام القليلة المقبلة", False, True)],
    # aleqtisadiya Gazprom and the EU ("بإبلاغ ... باحتجاجاتها"، "قدمت ... جملة من التظلمات"، "وأمهلت" = acts;
    # "واحتج" = protest, like condemnation)
    13: [("يتهمها", None, "بإساءة استخدام", "مكانتها المهيمنة", False, True),
         ("إقرارها", None, "بأن خلافات", "مع المفوضية الأوروبية", False, True),
         ("وصفته", "جازبروم", "بأنه", "\"بن\u0651\u064eاء\"", False, True),
         ("وبحسب", "الفرنسية", "فقد نقل", "في أوروبا", False, True),
         ("نقل", "مدفيديف", "إنه من البدهي", "في أوروبا", False, True),
         ("وأضاف", "مدفيديف", "أننا نفضل", "مقبول لكل الأطراف", False, True),
         ("ويتهم", "الاتحاد الأوروبي", "بأنها أقامت", "\"غير منصفة\"", False, True),
         ("اعتبرتها", None, "\"غير منصفة\"", "\"غير منصفة\"", True, True),
         ("ورأت", "جازبروم", "أن هذه الاتهامات", "\"لا أساس لها\"", False, True),
         ("اعتبره", None, "ممارسات", "إزاء روسيا", False, True)],
    # alweeam Riyadh municipality and productive families
    14: [("كشفت", "أمانة منطقة الرياض", "عن تخصيص", "احتفالات عيد الفطر", False, True),
         ("وأوضحت", "أمانة الرياض", "أنه تقرر", "الملك سلمان الاجتماعي", False, True),
         ("وأكدت", "وأكدت |الأمان| حرصها", "حرصها على", "بفعاليات العيد", False, True)],
    # aawsat Maserati in India ("انطلاقا من قناعتها" = belief, no statement)
    15: [("واستنادًا إلى", "مدير عام «مازيراتي» في الشرق الأوسط والهند وأفريقيا، أمبرتو سيني", "فسوف تستهدف",
          "من رقمين»", False, True)],
    # was (SPA) Queensland honours a Saudi scholar ("يذكر أن" = editorial): no claim
    16: [],
    # alriyadh Council of Senior Scholars ("وأهابت ... بكشف" = appeal; "ما سبق أن صدر من بيانات" = passive;
    # "نشرها حساب وزارة الداخلية" = publication, no content of its own)
    17: [("أكدت", "الأمانة العامة لهيئة كبار العلماء", "على ما سبق", "الشرعي العادل", False, True),
         ("وشددت", None, "على الجميع", "الفكر الخارجي الخبيث", False, True),
         ("شددت", "هيئة كبار العلماء", "على ضرورة", "ما لا تحمد عقباه", False, True),
         ("وقالت", "الهيئة", "\"مجتمعنا", "الدخيلة عليه\"", True, True)],
    # aljazirah Al-Ahsa school clubs (speeches "كلمة ..." without content, "ورشة عمل تناولت" = topic): no claim
    18: [],
    # okaz condolences to the Juffali family ("سائلا الله"، "راجيين الله" = prayers; "وقدم ... أصدق المواساة" =
    # condolence act; "يذكر أن" = editorial)
    19: [("وأبدى", "الأمير خالد الفيصل", "عميق حزنه", "عميق حزنه", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind6.jsonl")
