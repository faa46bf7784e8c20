"""Build claims-blind36.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261278) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind35.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind36.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind35/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the shadda of "أكّد" and the hamza of "أنّ" (aawsat),
"مضيفًا", "مبيناً", "وبيّن", the Quranic diacritics of almadina, the braces of sabq's verse, the guillemets « » of
aawsat and almadina, the straight quotes of alyaum and alwatan).
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
    # aawsat Israeli officer and Sinai: "أعلن ضابط كبير في الجيش الاسرائيلي، أن حكومته ... مواطنين اسرائيليين" (an
    # officer identified in the next sentence: named=true), "وقال البريغادير جنرال روي الكابيتس أمس، إنّ «خطر ...» تضاعف
    # ..." (partly quoted: indirect), "وأكد الضابط أنّ تنظيم «داعش» ...", "مضيفًا «واجبنا ...»" (null; quoted without
    # colon: direct, blind34/blind35's "وأضاف «...»"), "وأعلنت « ولاية سيناء» الفرع المصري لتنظيم «داعش» مسؤوليتها عن
    # ..." (a claim of responsibility: an announcement with an object NP, blind10/blind22/blind24's "أعلن" + NP),
    # "الذي أعلن قيام «خلافة» ..." (the relative's antecedent as speaker, blind14/blind35), "كما أكّد مسؤول اسرائيلي
    # مطّلع ... أنّ «...»" (unnamed: named=false; the addressee left out; أنّ outside the quotes: indirect) and "وحسب
    # المسؤول، فإنه بعد ... «...»" (blind35's "وحسب"; the same unnamed official: named=false). Not claims: "وجاءت
    # تصريحات الجنرال" (a noun without content), "لتأكيد ولائها" (the purpose of renaming, an act), "يذكر أنّ" (the
    # editorial formula)
    0: [("أعلن", "ضابط كبير في الجيش الاسرائيلي", "أن حكومته", "أو مواطنين اسرائيليين", False, True),
        ("وقال", "البريغادير جنرال روي الكابيتس", "إنّ «خطر", "في السنوات الماضية", False, True),
        ("وأكد", "الضابط", "أنّ تنظيم", "الهجوم على إسرائيل", False, True),
        ("مضيفًا", None, "«واجبنا", "بحزم وتصميم»", True, True),
        ("وأعلنت", "« ولاية سيناء» الفرع المصري لتنظيم «داعش»", "مسؤوليتها عن", "في الاشهر الاخيرة", False, True),
        ("أعلن", "ولائها ل|تنظيم «داعش»| الذي أعلن", "قيام «خلافة»", "في العراق وسوريا", False, True),
        ("أكّد", "مسؤول اسرائيلي مطّلع على الوضع في سيناء", "أنّ «إسرائيل", "والجماعات الارهابية»", False, False),
        ("وحسب", "المسؤول", "فإنه بعد", "استخباراتية إلى مصر»", False, False)],
    # alwatan Somaya al-Khashab: "قالت الفنانة سمية الخشاب إنها ستتفرغ ... "أدري قالو لك عني"" (to the end of the
    # sentence), "وقالت الخشاب لـ"الوطن": سعيدة ... للمشاهدين" (colon: direct; the addressee left out) and "وعن
    # تجربتها في العمل قالت: كنت قلقة ... عرض المسلسل" (null; colon: direct; "لا أنكر سعادتي" inside her words). Not
    # claims: "كرم مهرجان"، "وكرمت" (acts)
    1: [("قالت", "الفنانة سمية الخشاب", "إنها ستتفرغ", "\"أدري قالو لك عني\"", False, True),
        ("وقالت", "الخشاب", "سعيدة بهذا", "إيجابية للمشاهدين", True, True),
        ("قالت", None, "كنت قلقة", "من عرض المسلسل", True, True)],
    # alyaum Android updates: "كشف الباحث الأمني جوشوا دريك عما أسماه نظام قرصنة ... دون فتح الرسالة" (a disclosure;
    # "أسماه" a naming inside, not a claim of its own), "وقال ادريان لودفيج ...، في المؤتمر ...: "أدركنا ... أسرع.""
    # (direct; the stop inside the quotes kept; venue and time left out), "وقال لودفيج: إن التحسينات ..." , "لكن دريك
    # قال: إن المهاجم ..." (speaker before the cue), "وقال دريك: إنه سيطلق ... بحلول 24 أغسطس" (the writer's gloss
    # "مما يشكل ضغطاً ..." left out) and "وقال لودفيج: إنه هواتف نيكساس ... تباعاً" (colon before the complementizer:
    # direct, blind34/blind35). Not claims: "قررت شركتا" (a decision), "بعد الكشف عن ثغرة" (no source)
    2: [("كشف", "الباحث الأمني جوشوا دريك", "عما أسماه", "دون فتح الرسالة", False, True),
        ("وقال", "ادريان لودفيج كبير الخبراء الأمنيين لنظام اندرويد", "\"أدركنا", "بشكل أسرع.\"", True, True),
        ("وقال", "لودفيج", "إن التحسينات", "كل عشرة هواتف", True, True),
        ("قال", "دريك", "إن المهاجم", "تنجح مناوراته", True, True),
        ("وقال", "دريك", "إنه سيطلق", "بحلول 24 أغسطس", True, True),
        ("وقال", "لودفيج", "إنه هواتف", "بذلك تباعاً", True, True)],
    # almadina column "marrying orphan girls": "يظنّ كثيرٌ من الناس أنّ مخالطة اليتامى ... ولا شيء غيره" (decided here: a
    # belief of unnamed people, like "يرى" (blind21's "يرى من"، blind15's "ويرى المسؤولون"): named=false), nested in it
    # "قوله تعالى ... «وَاِنْ تُخَالِطُوهُمْ ...»" (scripture, blind27's "قوله"/"وقوله": the possessive, null; quoted:
    # direct) and "وهنا أدرك شهرزاد الصباح ... قالت إنّ في هذه المبادرة ... منذ الصغر؟!" (decided here: the
    # columnist's Shahrazad formula kept as an attribution to "شهرزاد", named; no colon: indirect). Not claims:
    # "أعجبني اقتراح الأخ كمال محمد قارئ يوسف بأن تبادر ..." (a proposal, like calls and appeals; blind33's "قدم ...
    # اقتراحا" not a claim), the writer's opinions, the contact lines
    3: [("يظنّ", "كثيرٌ من الناس", "أنّ مخالطة", "ولا شيء غيره", False, False),
        ("قوله", None, "«وَاِنْ", "الدّينْ»", True, True),
        ("قالت", "شهرزاد", "إنّ في هذه", "منذ الصغر؟!", False, True)],
    # sabq al-Shabab training: no claim ("وطالبهم" a demand, "كما شكر" bare thanks, the byline, the writer's report)
    4: [],
    # aljazirah Najran University: "أعلنت جامعة نجران عن تمديد ... 13 شوال" (an announcement, blind28's "أعلن ... عن";
    # the speaker located with context: the photo caption repeats the name), "وأكد المتحدث الرسمي للجامعة الدكتور زهير
    # العمري، بأن عملية ..." and "مبينا بأن التمديد ..." (null). Not claims: "وأتاحت" (an act), "يذكر أن" (editorial)
    5: [("أعلنت", "أعلنت |جامعة نجران| عن", "عن تمديد", "يوم الأربعاء 13 شوال", False, True),
        ("وأكد", "المتحدث الرسمي للجامعة الدكتور زهير العمري", "بأن عملية", "العدالة والشفافية", False, True),
        ("مبينا", None, "بأن التمديد", "إجراءات قبولهم", False, True)],
    # aleqtisadiya Zurkala: "وأوضحت تقارير رومانية أن المدافع ..." (unspecified reports: named=false), "لافتة إلى أن
    # خيار ..." (null) and "وأشارت صحيفة برو سبورت الرومانية إلى أن زوركالا ... نادي ليجيا البولندي" (to the end of the
    # sentence). Not claims: "قرر ناديه" (a decision), "رفض زوركالا عرضا" (an act)
    6: [("وأوضحت", "تقارير رومانية", "أن المدافع", "من جانب السعوديين", False, False),
        ("لافتة", None, "إلى أن خيار", "لدوري عبداللطيف جميل", False, True),
        ("وأشارت", "صحيفة برو سبورت الرومانية", "إلى أن زوركالا", "نادي ليجيا البولندي", False, True)],
    # was Asir private health sector: "وأوضح الناطق الإعلامي ... النقير أن الرقابة ... المؤسسات الصحية", "مبيناً أن
    # العقوبات ..." (null), "من جهته أكد مدير إدارة القطاع الصحي الخاص ... الشهري أن الجولات ..." and "وأفاد الشهري أن
    # المخالفات ...". Not claims: the dateline, "نفذت" (an act), "// انتهى //"
    7: [("وأوضح", "الناطق الإعلامي بصحة عسير سعيد بن عبدالله النقير", "أن الرقابة", "مخالفات المؤسسات الصحية",
         False, True),
        ("مبيناً", None, "أن العقوبات", "إغلاقاً تحفظياً", False, True),
        ("أكد", "مدير إدارة القطاع الصحي الخاص الصيدلي محمد بن ظافر الشهري", "أن الجولات", "الأنظمة والتعليمات",
         False, True),
        ("وأفاد", "الشهري", "أن المخالفات", "والوسائل الإسعافية", False, True)],
    # 3alyoum Aflaj accident: "قد تلقت بلاغا مفاده حدوث تصادم ... وتم احتجاز قائد الشاحنة" (a report received,
    # blind17/blind27's "بلاغا مفاده": null; content to the clause's end before "فيما طلبت") and "مبررين ذلك بأن
    # (العجلية) ... فرق الدفاع المدني" (a justification, blind25's "مبررا"; a participle after the non-claim "وطالب"
    # with an overt subject: that subject, blind5/blind7/blind8/blind10-blind35; unnamed: named=false). Not claims:
    # the byline, "وطالب" (a demand), the tag line
    8: [("بلاغا", None, "حدوث تصادم", "وتم احتجاز قائد الشاحنة", False, True),
        ("مبررين", "عدد من الأهالي والمسافرين", "بأن (العجلية)", "فرق الدفاع المدني", False, False)],
    # alweeam Dashti: "كشف مصدر مطلع أن مجلس الأمة ... بلا حصانة" (named=false) and "وأضاف المصدر أن النيابة ... للعطلة
    # البرلمانية" (named=false). Not claims: "يوضح اتخاذ ما تراه مناسبا" (decided here: the letter's request to the
    # prosecution, inside the source's content, no proposition of its own), "من المتوقع" (no source), the link line
    9: [("كشف", "مصدر مطلع", "أن مجلس", "بلا حصانة", False, False),
        ("وأضاف", "المصدر", "أن النيابة", "نظرا للعطلة البرلمانية", False, False)],
    # okaz clerk jobs: "وبينت الهيئة أن التقديم سيكون ... واللغة العربية)" (the text's closing parenthesis kept, the
    # stop excluded). Not claims: "تبدأ هيئة التحقيق ..." (the writer)
    10: [("وبينت", "الهيئة", "أن التقديم", "واللغة العربية)", False, True)],
    # alwatan Taif-Riyadh road accidents: "وأوضح المتحدث الرسمي للهلال الأحمر ... علي الغامدي، أن غرفة عمليات ... من
    # صحة الطائف", nested in it "بلاغا عن حادث سير في منطقة البرك طريق المحاني" (blind20/blind25's "بلاغًا عن ...": null),
    # "وأشار الغامدي إلى أنه تبين ... متوسطة الإصابة", "وأضاف أن غرفة عمليات الطائف ... وحالتي وفاة" (null), nested in
    # it "بلاغا من أمن الطرق عن وجود حادث سير ... بالقرب من رضوان" (decided here: the sender given with من is the
    # speaker, named; the consequence "أسفر عن ..." left to the outer content). Not claims: the first sentence
    11: [("وأوضح", "المتحدث الرسمي للهلال الأحمر بمنطقة مكة المكرمة علي الغامدي", "أن غرفة", "من صحة الطائف", False,
          True),
         ("بلاغا", None, "عن حادث سير", "طريق المحاني", False, True),
         ("وأشار", "الغامدي", "إلى أنه تبين", "متوسطة الإصابة", False, True),
         ("وأضاف", None, "أن غرفة عمليات الطائف", "وحالتي وفاة", False, True),
         ("بلاغا", "أمن الطرق", "عن وجود حادث", "بالقرب من رضوان", False, True)],
    # alriyadh stock index: no claim (the writer's market report)
    12: [],
    # sabq Mufti on the Asir bombing (the same statement as blind4's alwatan article, annotated on its pattern):
    # "وصف مفتي عام المملكة ... آل الشيخ حادثة التفجير ... بالعمل الإجرامي ... ولا دين" (blind4's "وصف"; content from
    # the predicate بـ), "وقال سماحته في مداخلة مع قناة "الإخبارية": المصاب مصاب الجميع ... إن شاء الله" (colon:
    # direct; "سماحته" named like blind34/blind35's "سموه"، "معاليه"; the channel left out; ending before the
    # participle "مستشهدا"), "مستشهدا بقول الله تعالى: {ومن أظلم ... عذاب عظيم}" (decided here: cue "بقول", the verse
    # God's words, blind4's "قال الله", blind27's "قوله ربنا"; speaker "الله تعالى"; braces and colon: direct),
    # "وبيّن أن هذا عمل إجرامي ... وبين قائدنا" (null), "وأضاف أن هذه الأحداث ... واجتماع كلمة" (null; the address
    # "واعلم أيها الأخ المسلم" inside) and "ولفت رئيس هيئة كبار العلماء ... إلى أنه على الدعاة ... في المساجد" (the
    # speaker after the cue). Not claims: the dateline "واس- الرياض:", "وأسأل الله" and "ونحذر شبابنا" inside
    13: [("وصف", "مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ عبدالعزيز"
          " بن عبدالله آل الشيخ", "بالعمل الإجرامي", "إنسان ولا دين", False, True),
         ("وقال", "سماحته", "المصاب مصاب", "بالشفاء العاجل إن شاء الله", True, True),
         ("بقول", "الله تعالى", "{ومن أظلم", "عذاب عظيم}", True, True),
         ("وبيّن", None, "أن هذا عمل", "وبين قائدنا", False, True),
         ("وأضاف", None, "أن هذه الأحداث", "واجتماع كلمة", False, True),
         ("ولفت", "رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء", "إلى أنه على",
          "المصلين في المساجد", False, True)],
    # aljazirah Cairo Opera: "وصرحت الدكتورة إيناس عبد الدايم بأن برنامج حفلات الصيف ... هاني شنودة" (the sentence to
    # its end; the following paragraphs "كما يشارك ..." are the writer's list). Not claims: "تنظم دار الأوبرا" (the writer)
    14: [("وصرحت", "الدكتورة إيناس عبد الدايم", "بأن برنامج", "الموسيقار هاني شنودة", False, True)],
    # was Taif chamber: "وقد أبدى رئيس الغرفة ... الدكتور سامي العبيدي استعداد الغرفة لتنظيم ... تشهدها المحافظة" (أبدى
    # + object NP, blind35's "أبدى رغبته"; readiness expressed). Not claims: "وناقش الاجتماع"، "عُقد"، "اعتماد" (acts),
    # "واتفق المجتمعون على أهمية ..." ×2 (decided here: a meeting's agreement, a joint decision; "اتفق" never a cue in
    # the earlier sets), the dateline and "// انتهى //"
    15: [("أبدى", "رئيس الغرفة التجارية الصناعية بالطائف الدكتور سامي العبيدي", "استعداد الغرفة",
          "تشهدها المحافظة", False, True)],
    # 3alyoum King Salman meets the Emir of Qatar: no claim (the agency's account, attendance lists, "Next Previous")
    16: [],
    # alweeam Riyadh air show: no claim (the writer's account; the link line)
    17: [],
    # okaz column on deposit protection: "وقد كشفت مؤسسة النقد عن بدء تأسيس صندوق ... خصيصا لهذا الغرض" (content from
    # عن, with its coordinated "وأنه سيتم ...") and "وتقدر مؤسسة النقد حجم الودائع ... بحوالى 1673 مليار ريال"
    # (blind31's "وتقدر مؤسسة النقد" on the same figures: an estimate is a claim; content the object NP). Not claims:
    # "وتضمن"، "وتحرص" (acts), "ويأتي تعهد مؤسسة النقد بتوفير السيولة" (decided here: a pledge referred to by the writer,
    # like blind35's "وتأتي تصريحات"; an undertaking, an act), "وتوضح هذه القرارات" (decisions that show, blind27/
    # blind35's "بيانات أظهرت"), "ولا شك أن ..." (the writer), the writer's byline
    18: [("كشفت", "مؤسسة النقد", "عن بدء", "خصيصا لهذا الغرض", False, True),
         ("وتقدر", "مؤسسة النقد", "حجم الودائع", "بحوالى 1673 مليار ريال", False, True)],
    # aawsat Norwegian crew arrested: "وطبقا لمعلومات استخباراتية، صعدت قوة ... تزيد عن الحد، طبقا لما قاله ضابط
    # الشرطة تورليف سكوفيرينغ بمنطقة روميريكي لوكالة الأنباء الألمانية (د.ب.أ)" (cue after the content, blind31's
    # "طبقا لما ذكرته", blind35's "وفقاً لما ذكره"; the whole sentence before the cue; the addressee left out;
    # "وطبقا لمعلومات استخباراتية" -- decided here: the grounds of the police action, not a source of its own -- kept
    # inside), "ونقل موقع صحيفة «في جي» ... عن الركاب قولهم إنه تم إبلاغهم ... الإعياء" (speaker the original source,
    # blind13/blind26/blind32's "نقلت/نقلا عن": unnamed passengers, named=false; "تم إبلاغهم" passive) and "وطبقا
    # لتقرير «في جي»، فقد تم استئجار ... بالرحلة" (blind35's "وحسب"). Not claims: "التي أظهرت" (tests that show),
    # "ولم يكشف سكوفيرينغ عن جنسية الطاقم" (decided here: a negated disclosure without content), "لتأكيد النتائج"
    19: [("طبقا لما قاله", "ضابط الشرطة تورليف سكوفيرينغ بمنطقة روميريكي", "<وطبقا لمعلومات", "تزيد عن الحد",
          False, True),
         ("ونقل", "الركاب", "إنه تم", "من الإعياء", False, False),
         ("وطبقا", "تقرير «في جي»", "فقد تم", "للقيام بالرحلة", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind36.jsonl")
