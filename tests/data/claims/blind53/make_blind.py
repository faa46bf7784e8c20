"""Build claims-blind53.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261323) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind52.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind53.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind52/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (also the line breaks and no-break spaces).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (alweeam's ":”" after "أن" and its curly quotes
"“وكالة فارس”", aawsat's guillemets, the straight quotes of alwatan, alyaum, sabq and aleqtisadiya, alyaum's
hamza-less "ادانتها"/"اشار"/"واضاف" and "وعبّر" with its shadda, almadina's "مبينًا", aljazirah's "مبدياً"/"لافتاً"/
"مشدداً", 3alyoum's "مبيناً").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample as sampler  # noqa: E402

sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # alweeam Indian shelling of Pakistani villages: "وأوضح بيان صادر عن مكتب العلاقات العامة للقوات المسلحة
    # الباكستانية أن القوات الهندية ... وطفلين" (the statement's source phrase kept in the speaker, make_gold's "بيان
    # لوزارة الصحة العامة"; named=true) and 'وأضاف البيان أن :”قوات حرس الحدود ... وقف إطلاق النار”' (the whole
    # content quoted after "أن :", blind48's 'وذكرت مصادر أن :"..."': direct). Not claims: the title's "يعلن", the link
    # line
    0: [("وأوضح", "بيان صادر عن مكتب العلاقات العامة للقوات المسلحة الباكستانية", "أن القوات الهندية",
         "ثلاثة نساء وطفلين", False, True),
        ("وأضاف", "البيان", "أن :”قوات", "وقف إطلاق النار”", True, True)],
    # aljazirah workshop of the Khalid Al-Faisal chair: no claim ("ودعا الدكتور جريدي المنصوري ... المسؤولين ...
    # لحضور ورشة العمل" an invitation/appeal, make_gold's "دعا إلى"; "بعنوان «...»" and "تحت شعار» ...»" titles and
    # slogans; "وتستهدف الحملة"، "حيث تنظم" acts)
    1: [],
    # okaz Jerusalem music festival: "وحسب مديرة الحفل رانيا الياس فإن مهرجان القدس ينظم ... على الهوية الوطنية
    # فيها" (a fronted relay with "فإن", blind.jsonl/blind35/blind39/blind51: content from "فإن" to the end of its
    # sentence; the following "كما يهدف للانفتاح ..." sentence, which has no reporting word, left out, blind13/blind52's
    # end of the first sentence) and "قالت إلياس: إن معزوفاتها ... في العالم العربي فقط" (introduced by a colon: direct,
    # blind7-blind52's "وأضاف: إن"; the topic "وعن فرقة ..." left out). Not claims: "رسالة مفادها أنه ما زال هناك
    # شعب ..." (the festival's aim, inside the relay's second sentence, no speaker)
    2: [("وحسب", "مديرة الحفل رانيا الياس", "فإن مهرجان القدس", "على الهوية الوطنية فيها", False, True),
        ("قالت", "إلياس", "إن معزوفاتها", "في العالم العربي فقط", True, True)],
    # arreyadi MBC suhoor: no claim ("وقد علمنا بأن وليد البراهيم هو من طلب إيقاف ..." the outlet's own news,
    # blind13/blind22/blind46/blind51's unannotated "وعلمت «الوطن»/"دنيا الرياضة" ان"; "وصلته تعليمات بإيقاف الفقرة"
    # a directive; "طلب إيقاف" a request; "الأمر الذي يدل على" a fact that shows; "شعروا بسعادة كبيرة" an unspoken
    # feeling; "دون أي كلمات رسمية" no statement; the sub-headings and byline)
    3: [],
    # was joint training applications: "وبينت مديرة الإدارة العامة لبرامج التدريب المشترك بإدارة التدريب التقني
    # للبنات فائزة الغامدي أن الإدارة دعت ... بعد إجراء المقابلات الوظيفية" (to the end of its sentence; the nested
    # "دعت الشركات" is an appeal, not a claim). Not claims: "بدأت إدارة التدريب التقني للبنات في استقبال" (an act),
    # "الجدير بالذكر أن" (an editorial formula), "حيث يكفل البرنامج" (a programme's provision), the dateline,
    # "// انتهى //" and the time line
    4: [("وبينت", "مديرة الإدارة العامة لبرامج التدريب المشترك بإدارة التدريب التقني للبنات فائزة الغامدي",
         "أن الإدارة دعت", "بعد إجراء المقابلات الوظيفية", False, True)],
    # aawsat Lord Sewel resigns: "نشرت صحيفة «ذا صن» اللقطة واتهمته بتعاطي الكوكايين
    # واستئجار مومسات" (an accusation, blind4-blind51: content from بـ, the accused -- here the object pronoun in the
    # cue, blind51's "عدوه" -- left out; null: the coordinated finite verb after the non-claim "نشرت", blind51/
    # blind52's "وأكد"/"وعدّه" after "وحث"/"رحّب"), 'وقالت البارونة فرانسيس ديسوزا رئيسة مجلس اللوردات إن «سيويل
    # قرر ترك منصبه وسيمثل لتحقيق الشرطة' (decided here: the quote's closing mark stands after the writer's "ولم توضح
    # ما إذا كان اعترف أم أنكر المزاعم", which is not her words; the content ends at her sentence, the stray mark and
    # the writer's sentence left out; direct, the whole content being inside the opened quote, blind51's quote never
    # closed), "لكن بعض ساسة اليسار يرون أنه ميراث نخبوي ويجب أن يلغى" (an opinion, blind30's "لكن محللين يرون";
    # named=false), 'وقالت ديسوزا في بيان إن «سلوك سيويل صادم وغير مقبول»' (blind12/blind13's 'إن «...»': content
    # from "إن", direct), 'وأضافت «استقال ... هذه المعايير»' and 'وتابعت قائلة «ستحال ... بصفة عاجلة»' (null, direct;
    # the cue the finite verb, blind18/blind52's "صرح قائلا"). Not claims: "نشرت صحيفة على موقعها الإلكتروني
    # تسجيلا مصورا" and "نشرت صحيفة «ذا صن» اللقطة" (publishing a video, acts), "ولم يتسن على الفور الوصول إلى
    # سيويل ... للتعليق" (the unobtained comment, blind51), "ولم توضح ما إذا كان" (a negated reporting verb, nothing
    # stated), "أنكر المزاعم" (a possibility inside it), "بدأت الشرطة التحقيق" (an act)
    5: [("واتهمته", None, "بتعاطي الكوكايين", "واستئجار مومسات", False, True),
        ("وقالت", "البارونة فرانسيس ديسوزا رئيسة مجلس اللوردات", "إن «سيويل", "وسيمثل لتحقيق الشرطة", True, True),
        ("يرون", "بعض ساسة اليسار", "أنه ميراث", "ويجب أن يلغى", False, False),
        ("وقالت", "ديسوزا", "إن «سلوك", "صادم وغير مقبول»", True, True),
        ("وأضافت", None, "«استقال", "على هذه المعايير»", True, True),
        ("وتابعت", None, "«ستحال", "بصفة عاجلة»", True, True)],
    # alyaum patient-service committee at Qatif Central: 'وقال الناطق الإعلامي بصحة الشرقية اسعد سعود: شملت الجولة
    # ... ومركز أمراض الدم' (introduced by a colon: direct), "مشيرا الى ان اللجنة رصدت الملاحظات ... وتقديم أفضل
    # الخدمات لهم" (null; to the end of its sentence), "وبين أن اللجنة رفعت تقريرها ... في بيئة نظيفة" and "وذكر أن
    # اللجنة قامت ... بشكل جيد" (null), "اشار سعود الى التوجيه بمراجعة عاجلة ... حيال ذلك" (the topic "وفيما يتعلق
    # ..." left out), "وأكد المواطن عبدالعزيز آل ابراهيم وجود ملاحظات عديدة ... من المرضى" (the object NP after أكد,
    # blind51), "ولفت إلى عدم تواجد موظفي التسجيل ... من الليل" (null), "واضاف: إنه من المحزن ... ستة اشهر" (null,
    # direct by the colon), "وقال المراجع حسن عبدالله: لاحظت حضور ... ومتعبة للمريض" (direct by the colon) and "ولفت
    # إلى أن الممرضين ... وتضرره" (null). Not claims: "رصدت لجنة "تحسين خدمة المريض" ... ملاحظات" (an inspection
    # that recorded observations, an act, blind15/blind33/blind52's "رصدت"), "حيث وجه بتلافي" and "مع التوجيه بضرورة"
    # (directives), "التوصيات التي صدرت" (recommendations), "قام عدد من مرضى فقر الدم المنجلي ... برفع ملاحظات"
    # (complaints submitted without content) and "مطالبين فيها بتحسين" (a demand)
    6: [("وقال", "الناطق الإعلامي بصحة الشرقية اسعد سعود", "شملت الجولة", "ومركز أمراض الدم", True, True),
        ("مشيرا", None, "الى ان اللجنة", "وتقديم أفضل الخدمات لهم", False, True),
        ("وبين", None, "أن اللجنة رفعت", "في بيئة نظيفة", False, True),
        ("وذكر", None, "أن اللجنة قامت", "لضمان استمرار عمله بشكل جيد", False, True),
        ("اشار", "سعود", "الى التوجيه", "واتخاذ اللازم حيال ذلك", False, True),
        ("وأكد", "المواطن عبدالعزيز آل ابراهيم", "وجود ملاحظات", "الاعداد الكبيرة من المرضى", False, True),
        ("ولفت", None, "إلى عدم تواجد", "المتأخرة من الليل", False, True),
        ("واضاف", None, "إنه من المحزن", "تزيد على ستة اشهر", True, True),
        ("وقال", "المراجع حسن عبدالله", "لاحظت حضور", "ومتعبة للمريض", True, True),
        ("ولفت", None, "إلى أن الممرضين", "لا سمح الله وتضرره", False, True)],
    # 3alyoum Kuwait's deficit: "أعلن نائب رئيس مجلس الوزراء وزير المالية بدولة الكويت أنس خالد الصالح أن البيانات
    # النهائية ... 1998 / 1999", "وأفاد الصالح في تصريح صحفي اليوم أن تلك البيانات ... العامة للدولة" (the channel
    # and time left out), "وتوقع أن تشهد السنة المالية ... لأسعار النفط" (null; ending before "، مبيناً") and "مبيناً
    # أنه بهذا الشكل ... تقريبا" (null). Not claims: the data that "أظهرها"/"أظهرت" inside the minister's statements
    # (decided here: the evidence he cites, not a further source, blind51's "تكشف هي الأخرى عن" inside the study's
    # content), "التي أقرها مجلس الوزراء" (an approval), the tag line "سمات ..."
    7: [("أعلن", "نائب رئيس مجلس الوزراء وزير المالية بدولة الكويت أنس خالد الصالح", "أن البيانات النهائية",
         "منذ السنة المالية 1998 / 1999", False, True),
        ("وأفاد", "الصالح", "أن تلك البيانات", "الإيرادات العامة للدولة", False, True),
        ("وتوقع", None, "أن تشهد", "الحالي لأسعار النفط", False, True),
        ("مبيناً", None, "أنه بهذا الشكل", "الناتج المحلي الإجمالي تقريبا", False, True)],
    # alwatan Raghad's death: 'وقال سعد العازمي والد الطفلة لـ"الوطن" إن "ابنتي عانت ... مراجعتي لها"' (the channel
    # left out; the whole content quoted after إن: direct, content from "إن", blind18/blind19/blind40), 'وأضاف: إن
    # "ابنتي أصيبت ... نفس الإهمال"' (null, direct), 'وقال العازمي إني "قدمت ... أسطوانة الأكسجين"' (decided here:
    # "إني" -- إن with the speaker's own first-person pronoun -- opens the content as "إن" does; the quote covers the
    # rest: direct), "مشيرا إلى أنها أدخلت ... التهاب رئوي" (null), "وأكد العازمي اعتزامه على الشكوى والمطالبة
    # بمحاسبة المقصرين في حالة ابنتي" (an announced intention, the object NP after أكد) and "مشيرا إلى إن ما حدث ...
    # منطقة المدينة المنورة" (null)
    8: [("وقال", "سعد العازمي والد الطفلة", "إن \"ابنتي عانت", "خلال مراجعتي لها\"", True, True),
        ("وأضاف", None, "إن \"ابنتي أصيبت", "وجدت نفس الإهمال\"", True, True),
        ("وقال", "العازمي", "إني \"قدمت", "لتغيير أسطوانة الأكسجين\"", True, True),
        ("مشيرا", None, "إلى أنها أدخلت", "بسبب التهاب رئوي", False, True),
        ("وأكد", "العازمي", "اعتزامه على الشكوى", "في حالة ابنتي", False, True),
        ("مشيرا", None, "إلى إن ما حدث", "مستشفيات منطقة المدينة المنورة", False, True)],
    # aljazirah Al-Taawoun back from the Netherlands: "مبدياً رضاه التام على النتائج النهائية ... المنضمة حديثاً
    # للفريق" (an expressed feeling, blind50's "مبديا رضاه"; the speaker the overt subject of the non-claim "أشاد",
    # blind52's "وقدّم سمو الأمير ... الشكر ...، عادّاً" -> the overt subject; ending before "، وعن صفقات ..."), "أكد
    # مدير الفريق الأول أن التعاقدات الأخيرة ... بحتة" (the title of the Al-Dakhil named before: named=true, blind51's
    # "مدير عام فرع الوزارة بحائل"; the topic "وعن صفقات الفريق ..." left out), "لافتاً أن العامل الفني ... للفريق"
    # and "مشدداً على أن هناك اشتراطات ... لخدماته" (null; ending before the next topic phrase "وعن مدى انسجام ..."),
    # "أوضح الدخيل أن المعسكر ... المسابقات السعودية" (the dangling topic "وفيما يخص اللاعبين ..." left out) and "ولفت
    # مدير الفريق الأول بالنادي عبدالله الدخيل أن المدير الفني ... كأس ولي العهد السعودي". Not claims: "أشاد ...
    # بالدور الكبير" (praise of an NP), "كما قدم شكره لرئيس النادي ..." (thanks given, blind47/blind52's "وقدم شكره"/
    # "وقدّم ... الشكر"), "سعى معها المدرب"، "طالبهم بالبحث عن لقاء تجريبي" (a demand inside Al-Dakhil's content)
    9: [("مبدياً", "مدير الفريق الأول بالنادي الأستاذ عبدالله الدخيل", "رضاه التام", "المنضمة حديثاً للفريق",
         False, True),
        ("أكد", "مدير الفريق الأول", "أن التعاقدات", "على رؤية فنيه بحتة", False, True),
        ("لافتاً", None, "أن العامل الفني", "الذي يستقطب للفريق", False, True),
        ("مشدداً", None, "على أن هناك", "ومدى حاجة الفريق لخدماته", False, True),
        ("أوضح", "الدخيل", "أن المعسكر", "وبقية المسابقات السعودية", False, True),
        ("ولفت", "مدير الفريق الأول بالنادي عبدالله الدخيل", "أن المدير الفني", "كأس ولي العهد السعودي", False,
         True)],
    # okaz Sisi invites King Salman: "وقال السفير علاء يوسف المتحدث الرسمي باسم الرئاسة المصرية، إن الرئيس السيسي سلم
    # ... زيارة رسمية إلى مصر" (ending before "، مؤكداً") and "مؤكداً أن الترحيب بجلالته ... في مواجهة التحديات
    # الإقليمية" (null; to the end of its sentence). Not claims: "وجه الرئيس المصري ... الدعوة" and "دعاه فيها للقيام
    # بزيارة" (an invitation, an act/appeal), "للتأكيد على متانة العلاقات" (a purpose noun), "تعبيراً عن امتنان" (what
    # the welcome will express, inside the content)
    10: [("وقال", "السفير علاء يوسف المتحدث الرسمي باسم الرئاسة المصرية", "إن الرئيس السيسي",
          "بزيارة رسمية إلى مصر", False, True),
         ("مؤكداً", None, "أن الترحيب", "في مواجهة التحديات الإقليمية", False, True)],
    # was Najran schools: "أكد مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع أن الدراسة ستنطلق ... منسوبي
    # التعليم", "وأبان المنيع خلال الاجتماع ... أن إدارة تعليم نجران ستبذل ... تعليمية آمنة" (the occasion left out)
    # and "وأفاد أن البدائل التقنية ... العام الدراسي الجديد" (null). Not claims: "وتم خلال الاجتماع تشكيل لجنة" (an
    # act), "الجدير بالذكر أن" (an editorial formula), the dateline, "// انتهى //" and the time line
    11: [("أكد", "مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع", "أن الدراسة ستنطلق",
          "حرصا على سلامة منسوبي التعليم", False, True),
         ("وأبان", "المنيع", "أن إدارة تعليم نجران", "وسط بيئة تعليمية آمنة", False, True),
         ("وأفاد", None, "أن البدائل التقنية", "مع بداية العام الدراسي الجديد", False, True)],
    # almadina Saudi clinics at Zaatari: "وأوضح المدير الفني للعيادات الدكتور محمد إسماعيل، أن عيادة الطب العام ...
    # 259 حالة", "وأكد إسماعيل أن الصيدلة الطبية ... لقسم الأشعة" (ending before "، مبينًا"), "مبينًا أن الخدمات
    # المقدمة ... المهنية العالية" (null), "وأبان المدير الإقليمي للحملة الدكتور بدر السمحان أن الحملة تولي ...
    # برعاية صحية كاملة" and "ولفت الانتباه إلى تركيز الحملة ... المشرف العام على الحملة" (decided here: cue the verb
    # "ولفت" without its object "الانتباه", as "وأعرب" without "عن"; null; to the end of its sentence). Not claims:
    # "استقبلت العيادات"، "وتنوعت الحالات" (facts), "وقدّم السمحان شكره للشعب السعودي ..." (thanks given, blind47/
    # blind52)
    12: [("وأوضح", "المدير الفني للعيادات الدكتور محمد إسماعيل", "أن عيادة الطب العام", "الجلدية المتخصصة 259 حالة",
          False, True),
         ("وأكد", "إسماعيل", "أن الصيدلة الطبية", "49 مراجعًا لقسم الأشعة", False, True),
         ("مبينًا", None, "أن الخدمات المقدمة", "والمهنية العالية", False, True),
         ("وأبان", "المدير الإقليمي للحملة الدكتور بدر السمحان", "أن الحملة تولي", "برعاية صحية كاملة", False, True),
         ("ولفت", None, "إلى تركيز الحملة", "المشرف العام على الحملة", False, True)],
    # aawsat Merkel's fourth run: "ذكرت تقارير صحافية في ألمانيا أمس أن المستشارة ... لفترة رابعة" (named=false,
    # blind31/blind52's "تقارير إخبارية"; the time left out), "وأوضحت المصادر الصحافية أن ميركل ... عام ونصف العام"
    # and "وأضافت المصادر الصحافية أن ميركل كانت قد بحثت ... بالحملة الانتخابية" (named=false), "مشيرة إلى أن زيهوفر
    # أبدى تأييده ... قبل مطلع عام 2016" (null; the sources' account runs through "بينما أبدت ميركل ..." and
    # "وأفصحت ..." and ends before the impersonal "، ولم يتضح بعد ...") and, nested in it, "أبدى تأييده لإنفاق التحالف
    # ... الانتخابات المقبلة" (Seehofer's expressed support, blind35/blind52's "أبدى رغبة": the object NP), "أبدت ميركل
    # تشككها حيال ذلك" (decided here: an expressed attitude with أبدى, like أعرب/عبّر عن, is a claim, unlike the bare
    # verb "شكك في" below) and "وأفصحت على نطاق داخلي في الحزب أنها لن تعلن ... 2016" (blind18/blind25/blind50's
    # "أفصح"; null, the coordinated verb; the channel left out), "أظهرت نتائج استطلاع للرأي تأييد نحو ثلثي الألمان ...
    # سنة 2017" and "وأوضحت نتائج الاستطلاع، الذي أجري لصالح مجلة «فوكوس» ...، أن 64 في المائة ... في هذا الموضوع"
    # (a poll as a source, blind12/blind41/blind47: named=false; the relative left out of the speaker). Not claims:
    # "قررت، فيما يبدو" (a decision), "ومن المنتظر أن" (impersonal), "اتفق المجتمعون على ألا تكون ..." (an agreement,
    # a decision), "كما فعل ..." (an act), "أسفر هذا الاجتماع عن مخاطبة" (an act), "يذكر أن" (an editorial formula),
    # "عارض ذلك 21 في المائة"/"لم يبد 15 في المائة رأيا" (poll answers inside the poll's content), "كان قد شكك ... في
    # فرص فوز الحزب، كما شكك في حاجة الحزب إلى ..." (doubt cast on a bare NP, blind41/blind48's "تشكك فيه في صحة"/
    # "وشككا في شرعية")
    13: [("ذكرت", "تقارير صحافية في ألمانيا", "أن المستشارة", "لفترة رابعة", False, False),
         ("وأوضحت", "المصادر الصحافية", "أن ميركل", "أكثر من عام ونصف العام", False, False),
         ("وأضافت", "المصادر الصحافية", "أن ميركل كانت", "المتعلقة بالحملة الانتخابية", False, False),
         ("مشيرة", None, "إلى أن زيهوفر", "قبل مطلع عام 2016", False, True),
         ("أبدى", "زيهوفر", "تأييده لإنفاق", "في الانتخابات المقبلة", False, True),
         ("أبدت", "ميركل", "تشككها", "حيال ذلك", False, True),
         ("وأفصحت", None, "أنها لن تعلن", "قبل مطلع عام 2016", False, True),
         ("أظهرت", "نتائج استطلاع للرأي", "تأييد نحو ثلثي", "المقبلة في خريف سنة 2017", False, False),
         ("وأوضحت", "نتائج الاستطلاع", "أن 64 في المائة", "رأيا في هذا الموضوع", False, False)],
    # sabq Al-Mahdar villages: "وقالوا إنهم ينتظرون ... دون جدوى", "واتهموا بلدية محافظة أضم بتجاهل قراهم وعدم
    # الاهتمام بها" (content from بـ, the accused left out), 'وقالوا إنهم يتكبدون ... وإنهم ينتظرون عاماً بعد الآخر'
    # (the officials' repeated reply "الطريق ضمن المشروع القادم" kept inside it), "وقالوا إن بلدية محافظة أضم، قامت
    # ... من المحافظة" and "وقالوا: إن المتضرر ... والأطفال" (direct by the colon) -- all null: coordinated finite
    # verbs after the non-claim "طالَبَ أهالي قرى المحضر ..." (blind51/blind52) --, and 'وتساءل الأهالي في شكواهم
    # لـ"سبق": لا نعرف لماذا كل هذا التجاهل؟' (a question, blind.jsonl/blind19's 'وتساءل ...:'; direct by the colon;
    # residents named=false, blind4/blind12/blind50/blind51; the channel left out). Not claims: "طالَبَ ... بسفلتة
    # الطريق" (a demand), "وناشدوا المسؤولين حل مشكلتهم" (an appeal), "إجابة مكررة "الطريق ضمن المشروع القادم""
    # (decided here: a reply reported as a noun inside the residents' statement, the answering officials only the
    # addressees of "مراجعتهم"; not a claim of its own), the dateline "سبق- الرياض:"
    14: [("وقالوا", None, "إنهم ينتظرون", "منذ أكثر من 10 سنوات دون جدوى", False, True),
         ("واتهموا", None, "بتجاهل قراهم", "وعدم الاهتمام بها", False, True),
         ("وقالوا", None, "إنهم يتكبدون", "ينتظرون عاماً بعد الآخر", False, True),
         ("وتساءل", "الأهالي", "لا نعرف", "كل هذا التجاهل؟", True, False),
         ("وقالوا", None, "إن بلدية", "نسبياً من المحافظة", False, True),
         ("وقالوا", None, "إن المتضرر", "والنساء والأطفال", True, True)],
    # alyaum Kuwait and Qatar condemn the Asir mosque bombing: "أعربت دولة الكويت عن ادانتها واستنكارها الشديدين ...
    # من رجال الأمن" (condemnation expressed with أعرب/عبّر عن, blind25's "عبر ... عن إدانته واستنكاره" and "وعبّر ...
    # عن استنكاره": a claim; content from عن), 'وقال مصدر مسؤول في وزارة الخارجية الكويتية في تصريح صحفي إن "هذه
    # الجريمة ... الفشل والاندحار"' (named=false; direct), 'وأكد "وقوف دولة الكويت ... واستقرارها"' (null; the whole
    # object quoted: direct), "وعبر المصدر عن خالص التعازي وصادق المواساة لأسر الضحايا" (condolences, blind21/blind25/
    # blind28; named=false; ending before the prayer "متضرعا إلى الله"), "كما أعربت دولة قطر عن إدانتها ... وإصابة
    # آخرين" (cue without "كما", blind11-blind51), "وأكدت وزارة الخارجية القطرية وفقاً لوكالة الأنباء القطرية في بيان
    # اليوم وقوف دولة قطر ... لزعزعة الأمن" and its wedged relay "وفقاً لوكالة الأنباء القطرية" (blind37/blind40/
    # blind50-blind52's relay sharing the content of the statement it credits; the speaker after the clitic لـ),
    # "مشددة على تأييدها الكامل ... واستقرارها" (null) and "وعبّر البيان عن تعازي دولة قطر ... بالشفاء العاجل للمصابين"
    # (blind28's "وأعرب عن تعازي دولة الإمارات ... وتمنياتها بالشفاء ...": the wishes kept). Not claims: "متضرعا إلى
    # الله ... أن يتغمد" (a prayer)
    15: [("أعربت", "دولة الكويت", "عن ادانتها", "عدد من رجال الأمن", False, True),
         ("وقال", "مصدر مسؤول في وزارة الخارجية الكويتية", "إن \"هذه الجريمة", "الفشل والاندحار\"", True, False),
         ("وأكد", None, "\"وقوف دولة الكويت", "على أمنها واستقرارها\"", True, True),
         ("وعبر", "المصدر", "عن خالص التعازي", "لأسر الضحايا", False, False),
         ("أعربت", "دولة قطر", "عن إدانتها", "وإصابة آخرين", False, True),
         ("وأكدت", "وزارة الخارجية القطرية", "وقوف دولة قطر", "التي تهدف لزعزعة الأمن", False, True),
         ("وفقاً", "ل|وكالة الأنباء القطرية|", "وقوف دولة قطر", "التي تهدف لزعزعة الأمن", False, True),
         ("مشددة", None, "على تأييدها", "للحفاظ على أمنها واستقرارها", False, True),
         ("وعبّر", "البيان", "عن تعازي دولة قطر", "بالشفاء العاجل للمصابين", False, True)],
    # 3alyoum Yono earbuds: "ويقول منتجو الجهاز إنه الأكثر دقة ... طريقة استعماله" (the makers, unidentified:
    # named=false). Not claims: "ويقترح الفترة المثالية" (an app, no source), "بعد أن طلب منها طبيبها" (a request),
    # "فلاحظت أنه من الصعب ..." (a perception, blind15/blind17/blind21's unannotated "لاحظ"), "ومن المتوقع أن"
    # (impersonal), "ابتكر"، "وصمم"، "وبدأت شركة ... بحملة" (acts), the tag line "سمات ..."
    16: [("ويقول", "منتجو الجهاز", "إنه الأكثر دقة", "من ناحية طريقة استعماله", False, False)],
    # alwatan Najran club leaves for Turkey: 'وقال "الحمد لله ... على الخارطة النجرانية"' (null: the coordinated finite
    # verb after the non-claim "طمأن مدافع الفريق الأول نواف الصبحي جميع محبي النادي على وضع إصابته" -- decided here:
    # reassuring about a topic, without content, like blind51's "كما تحدث عن رحيل ..."; direct). Not claims: the
    # departure and the squad (facts)
    17: [("وقال", None, "\"الحمد لله", "على الخارطة النجرانية\"", True, True)],
    # aleqtisadiya Zain's "Khateer" bundle: "حيث أعلنت الشركة في أعقاب ذلك منح المستخدمين تخفيضا ... للشبكات الأخرى"
    # (the object NP after أعلنت, blind52; the time left out) and 'وأكدت "زين السعودية" أن المشتركين ...
    # 0590000959' (the name with its quotes as the speaker, blind22/blind36/blind43). Not claims: "لقيت باقة ...
    # إقبالا" and "قرار هيئة الاتصالات ... تخفيض" (a decision), "قد أطلقت الباقة" (an act), "تتيح الباقة" (a
    # product's features)
    18: [("أعلنت", "الشركة", "منح المستخدمين", "دقيقة الاتصال للشبكات الأخرى", False, True),
         ("وأكدت", "\"زين السعودية\"", "أن المشتركين", "على الرقم 0590000959", False, True)],
    # alweeam Soleimani's condolences: "قالت وكالة أنباء فارس المقربة من الحرس الثوري الإيراني، إن قائد فيلق القدس
    # ... بمدينة الفلوجة في العراق" (the agency's adjective phrase kept in the speaker, blind52's "صحيفة «ذا صن»
    # البريطانية"), "عزاه مراقبون لأسباب أمنية ... ضد تنظيم الدولة هناك" (an explanation, blind14/blind42/blind43's
    # "وعزا"; the object pronoun in the cue, blind51's "عدوه"; named=false), 'وبحسب “وكالة فارس” قال سليماني إن العراق
    # ... أبي منتظر المحمداوي' (a fronted relay sharing the statement's content, blind52's 'وحسب وكالة الأنباء
    # الألمانية ...، قال'), "قال سليماني" itself, "ونوه سليماني إلى أن المحمداوي ... التكفيري الداعشي" (blind17/
    # blind43's "منوها بتطبيق"/"ونوهت بالدور" with a proposition; ending before "، على حد وصفه", blind8's
    # unannotated "(على حد وصفها)"), "وأعرب سليماني عن ثقته بأن أهداف ... ضد الباطل" and the trailing relay "بحسب
    # البرقية" (blind40/blind50's relay sharing the content of the statement it credits: content before the cue;
    # "البرقية" named=true as make_gold's "البيان"). Not claims: "أرسل برقية تعزية" (an act, inside the agency's
    # content), "ويعد هذا الظهور الأول" (impersonal), "من الجدير بالذكر أن" (an editorial formula), the link line
    19: [("قالت", "وكالة أنباء فارس المقربة من الحرس الثوري الإيراني", "إن قائد فيلق القدس",
          "بمدينة الفلوجة في العراق", False, True),
         ("عزاه", "مراقبون", "لأسباب أمنية", "ضد تنظيم الدولة هناك", False, False),
         ("وبحسب", "“وكالة فارس”", "إن العراق", "كالقائد الشهيد أبي منتظر المحمداوي", False, True),
         ("قال", "سليماني", "إن العراق", "كالقائد الشهيد أبي منتظر المحمداوي", False, True),
         ("ونوه", "سليماني", "إلى أن المحمداوي", "وتيار الإلحاد التكفيري الداعشي", False, True),
         ("وأعرب", "سليماني", "عن ثقته", "لجبهة الحق ضد الباطل", False, True),
         ("بحسب", "البرقية", "<عن ثقته", "لجبهة الحق ضد الباطل", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind53.jsonl")
