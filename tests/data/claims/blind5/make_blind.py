"""Build claims-blind5.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261216) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt, SOURCE-blind2.txt, SOURCE-blind3.txt and SOURCE-blind4.txt
(blind4's where the sets differ), plus those listed in SOURCE-blind5.txt; they are written as strings (cue,
speaker or None, content first words, content last words, direct, named), in text order of the cues.  Offsets
are computed here and every span is checked with text[start:end] == span text.

Locating rules (those of blind2/, blind3/ and blind4/make_blind.py, plus the "^" prefix below):
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
* New in this set: a "first" prefixed with "^" marks content standing between the cue and a speaker that
  follows it ("صرح بذلك المتحدث ..."): the first occurrence (word start) after the cue is used.
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
    # alwatan King Salman Centre / WFP / Yemeni human rights minister ("وعرض الأصبحي صورة واقعية" = topic, no
    # content clause; "ودعا" = appeal: not claims)
    0: [("وقال", "المدير الإقليمي للبرنامج لمنطقة الشرق الأوسط وشمال أفريقيا، مهنّد هادي", '"نحن نتحدى',
         'إطعام أطفالها"', True, True),
        ("وقال", "الأصبحي", '"الميليشيات الانقلابية', "على الأحياء السكنية", True, True),
        ("وأضاف", None, "أن محافظة تعز", "إلى القرى المجاورة", False, True)],
    # okaz al-Qarni on "scientific swelling" ("يظن" = belief, cognitive verb; "ردوا على أهل البدع" = act)
    1: [("رأى", "الداعية الدكتور عايض القرني", "أن العقيدة", "تملأ صالات فخمة", False, True),
        ("وقال", "القرني", "«الفقه في عهد", "ثم شرحوها»", True, True),
        ("قالوا", None, "لا بد من أصول", "لهذا الفقه", False, True),
        ("وأضاف", "القرني", "«ألفوا في القواعد", "والتكلف»", True, True),
        ("وتساءل", "القرني", "هل هذه الطريقة", "صحية؟", True, True),
        ("ويجيب", None, "«إذا ما جرت", "نشعر بالأسى»", True, True),
        ("لافتا", None, "إلى أن كثيرا", "ولا تعليم ولا نشر", False, True),
        ("ويؤكد", "القرني", "أن الصحابة", "وكتيبة الإيمان", False, True)],
    # alriyadh China launches two navigation satellites
    2: [("ذكرت", "وسائل إعلام رسمية", "أن الصين نجحت", 'تحديد المواقع العالمي"', False, False),
        ("وقالت", 'وكالة أنباء الصين الجديدة "شينخوا"', "إنه جرى إطلاق", "مدارهما في الفضاء", False, True),
        ("وقالت", "شينخوا", "إن عملية إطلاق", '"لونغ مارش" الصينية', False, True)],
    # 3alyoum the Crown Prince arrives in Asir (arrivals and receptions): no claim
    3: [],
    # aleqtisadiya editorial "الإغاثة والتحرير" (the militias' acts "تثبت ... وتؤكد للمجتمع الدولي" = evidence,
    # not speech; "بدعوى" = pretext, no source statement; "هذه دعوة" = editorial appeal): no claim
    4: [],
    # almadina burnt model's wedding ("نقلتها عدة وسائل إعلام ... منها جريدة الديلي ميل" = provenance, no content
    # clause; "كي ... ويقنعها بأن" = purpose, no statement made; بإشادات = praise): no claim
    5: [],
    # was (SPA) Najran religious awareness
    6: [("وأوضح", "مدير العلاقات والإعلام الصحي بصحة نجران بالنيابة معروف بن محمد الشاهر", "أن إدارة التوعية",
         "العلاجية للمرضى", False, True)],
    # arreyadi column "الراعي الرسمي للنصر" ("ليعلن الجمهور" = purpose; لا أتوقع، أتوقع، نسيت أن أخبركم، أزعم =
    # authorial voice): no claim
    7: [],
    # sabq fire in al-Umra, Makkah
    8: [("بلاغاً", None, "اشتعال النار", "خلف صحيفة أم القرى", False, True),
        ("صرح", 'المتحدث الرسمى للإدارة العامة للدفاع المدني بالعاصمة المقدسة "الرائد نايف الشريف"', "^بذلك",
         "بذلك", False, True),
        ("مبيناً", None, "أنه جرى إخراج", "ولله الحمد", False, True)],
    # alyaum Ferguson march ("وكتب على لافتة" = passive, an appeal; "في اشارة الى" = no source)
    9: [("وردد", "المشاركون", '"ارفعوا ايديكم!', 'من اجل مايك براون"', True, False),
        ("وقال", "والد مايكل براون", "انه يبذل", 'من اجل اقليتنا"', False, True),
        ("واضاف", None, '"لم يتغير', 'هذه المحنة"', True, True)],
    # aljazirah Khobar bridge ("وتهيب" = appeal)
    10: [("أعلنت", "أمانة المنطقة الشرقية", "إغلاق طريق", "بمحافظة الخبر", False, True),
         ("وأوضح", "المدير العام لإدارة العلاقات العامة والإعلام المتحدث الإعلامي بأمانة المنطقة محمد الصفيان",
          "أنه سيتم إنشاء", "إنشاء جسر", False, True),
         ("وأضاف", "الصفيان", "بأنه سيتم إغلاق", "لمنطقة العمل", False, True)],
    # alweeam Turkey: US jets to Turkish bases ("وافقت" = act)
    11: [("قال", "وزير الخارجية التركي مولود تشاووش أوغلو", "إن مقاتلات", "ستنطلق قريبا", False, True),
         ("وقال", "تشاووش أوغلو", "“في إطار", "انجرليك.”", True, True),
         ("وأضاف", None, "“تصل طائرات", "الإسلامية سويا", True, True)],
    # aawsat Mullah Mansour succeeds Mullah Omar ("يفضلون"، "ينتقده"، "ينتقد" = preference / criticism; "يعتبر"
    # = passive; "رافضا الكشف" = refusal; "أرجأتها بسبب «الغموض»" = act)
    12: [("أعلنت", "حركة طالبان الأفغانية المتطرفة", "تعيين الملا", "خلفا للملا عمر", False, True),
         ("وأعلنت", "الحركة", "تعيين نائبين", "الاستخبارات الباكستانية", False, True),
         ("وقالت", "الحركة", "إن «مجلس الشورى»", "أفغانستان الإسلامية»", False, True),
         ("وتابع", "البيان", "أن الملا منصور", "«أمير المؤمنين»", False, True),
         ("وأكد", None, "أنه «أهل", "المسؤوليات الجسام»", False, True),
         ("وأوضح", "عضو في «مجلس شورى كويتا»", "«اتخذ القرار", "تعيين أختر منصور»", True, False),
         ("وأضاف", "أحد القيادات الوسيطة في الحركة", "«الملا منصور", "قيادة طالبان»", True, False),
         ("وقال", "جواد كوهيستاني المحلل العسكري في كابل", "إن «تعيينه", "فصائل طالبان»", True, True),
         ("اعتبرت", "الولايات المتحدة", "أن وفاة", "مع الحكومة الأفغانية»", False, True)],
    # alwatan execution in Qassim (court acts "أسفر التحقيق"، "صك شرعي يقضي" and the passive "نسب إليه": not
    # claims)
    13: [("ذكرت", None, "أن ساير", "خلاف حصل بينهما", False, True),
         ("وأضاف", "البيان", "أنه تم القبض", "بالقتل قصاصا", False, True)],
    # okaz column on housing (المطالب = demands; "تم الإعلان عن جاهزيتها"، "المعلنة" = passive; "وأعتقد" =
    # authorial voice)
    14: [("أعلنت", "الوزارة", "عن توفرها", "عن توفرها", False, True),
         ("تعلن", "الوزارة", "^عنها", "عنها", False, True)],
    # alriyadh Salem bin Mahfouz foundation grants ("بعد الإعلان عن" = no source; "يذكر بأن" = editorial)
    15: [("وأوضح", "بسام يماني نائب المدير التنفيذي لمؤسسة سالم بن محفوظ الخيرية", "بأن المؤسسة أعلنت",
          "المقابلات الشخصية", False, True),
         ("أعلنت", "المؤسسة", "عن تقديم 160", "والدراسات العليا", False, True),
         ("مبيناً", None, "بأن المؤسسة تواصلت", "خمس آلاف متقدم", False, True),
         ("وأضاف", "يماني", "بأن المنح المقدمة", "والقطاع الثالث", False, True),
         ("وأكد", "نائب المدير التنفيذي لمؤسسة سالم بن محفوظ الخيرية", "بأن المنح التعليمية",
          "التي تحددها المؤسسة", False, True),
         ("مضيفاً", None, "بأن البرنامج", "على مقاعد الدراسة", False, True),
         ("وأوضح", "يماني", "بأن المؤسسة تسعى", "عصر نهضة التعليم", False, True)],
    # 3alyoum Mahayel municipality job announcement (the announcement runs over its list of conditions)
    16: [("أعلنت", "بلدية محايل عسير", "عن وجود وظائف", "خطية من ولي الأمر", False, True),
         ("وأوضح", "رئيس بلدية محايل حمد آل درهم", "أنه سيكون مقر", "بلدية محافظة محايل", False, True)],
    # aleqtisadiya Maradona vs his ex-wife ("واكتشف" = discovery, not speech)
    17: [("اتهامه", None, "باختلاس بعض", "بعض أمواله", False, True),
         ("وقال", "ماتياس مورلا المستشار القانوني لمارادونا", '" لقد طالبنا', 'باستعادة النقود"', True, True),
         ("وكشف", "محامي النجم الأرجنتيني، ولاعب منتخب الأرجنتين السابق", "أن هناك جلسة", "أغسطس المقبل",
          False, True),
         ("وأضاف", None, '"سنحيل', 'أمام القاضي"', True, True),
         ("وتابع", None, '"دييجو مارادونا', 'في النزاعات"', True, True),
         ("وقال", "مارادونا", '"كل ما', 'هو أموالي"', True, True),
         ("وطبقا لما أفادت به", "بعض وسائل الإعلام", "فإن النجم", "حتى العام الماضي", False, False),
         ("اتهم", None, "باختلاس هذا", "هذا المبلغ", False, True)],
    # almadina column "النجاح العظيم محفوف بالتحطيم" ("شرحتُ ... بعض أوجه" = topic; "يحذّر من آفة"، "يكتب عن"،
    # "يشرح ... فوائد" = topics; "بقي أن نشير" = authorial voice; "صاحب عبارة" = re-mention, no verb)
    18: [("ذَكرتُ", None, "أنَّ التَّحطيم", "والتَّحطيم اللَّفظي", False, True),
         ("قَائلاً", "أحدُهم", "«خَلاص،", "عن الحيوَان؟»", True, False),
         ("قَائلاً", None, "نَعم، انتَهَت", "هَذا المَوضوع»", True, True),
         ("قَال", "أُستَاذنا وأَديبنَا المُثمر «ميخائيل نعيمة»", "(المَقَال", "كُتب لغَيرك)", True, True)],
    # was (SPA) municipal elections candidates (the regulation's articles -- نصت، أشارت، وأكدت، وأوضحت المادة،
    # التي نصت -- are provisions of a rule, not source statements; "وتضمنت الإجراءات/التعليمات" likewise)
    19: [("أكدت", "اللجنة العامة للانتخابات البلدية", "ضرورة تطبيق", "نزاهة العملية الانتخابية", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind5.jsonl")
