"""Build claims-blind45.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261296) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind44.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind45.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind44/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the guillemets of aawsat, the curly quotes of alweeam,
the straight quotes of sabq, "إنّه" and "أنّ" with their shadda in aawsat, "وأكَّد"/"مؤكِّداً" with theirs in
aljazirah, the stray "إن:" of alwatan, the unpaired "«ساما «" of almadina, "اصدرته"، "ان"، "أقامه" as written, and
the speaker "لتقرير" spanned inside "للتقرير" as blind21/blind44).  The almadina money-supply article carries
right-to-left marks (U+200F) inside its lines; no annotated string crosses one.
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
    # aawsat Kuwait mosque trial: "اعترف المشتبه به الرئيسي في تفجير مسجد شيعي في الكويت في نهاية يونيو (حزيران)،
    # بانتمائه الى تنظيم «داعش» المتطرف" (a confession, blind43's "اعترف"; the whole NP the speaker -- "في نهاية يونيو"
    # dates the bombing, not the confession; identified below as Abdul Rahman Saud: named=true; ending before "، وذلك
    # لدى بدء محاكمة ...", the occasion), "وقال عبد الرحمن صباح عيدان سعود، وهو من البدون، أمام المحكمة، إنّه انضم ...
    # ونحو مائتي جريح" (the clause "وهو من البدون" and the venue left out), "وكذلك، اعترف بأنه توجه ... تنظيم «داعش»
    # المتطرف" (null, a new sentence with an elided subject; cue without وكذلك), "نقلت الصحافة المحلية أنّ النائب العام
    # ... من أصل 29" (the time left out; "الصحافة المحلية" named=false, make_gold's "الصحف الفرنسية"; "يعتزم" inside),
    # "عبد الرحمن سعود الذي أقر بانتمائه إلى «داعش»" (an admission in a relative clause, speaker the antecedent,
    # blind42) and "نفى المتهمون الآخرون أي ضلوع لهم ... إلى التنظيم المتطرف" (a denial, object NP; the defendants of
    # this trial: named=true, blind43's "المقبوضُ عليهم"). Not claims: "الذي تبناه تنظيم «داعش»" (claiming an attack,
    # an act: blind2/blind13's "تبنت/تبنى" never annotated), "يشتبه بضلوعهم"، "ويشتبه بأنهما" (passives), "ولم تكشف
    # جنسية" (a passive), "علمًا أنه" (editorial)
    0: [("اعترف", "المشتبه به الرئيسي في تفجير مسجد شيعي في الكويت في نهاية يونيو (حزيران)", "بانتمائه الى",
         "تنظيم «داعش» المتطرف", False, True),
        ("وقال", "عبد الرحمن صباح عيدان سعود", "إنّه انضم", "ونحو مائتي جريح", False, True),
        ("اعترف", None, "بأنه توجه", "الذي تبناه تنظيم «داعش» المتطرف", False, True),
        ("نقلت", "الصحافة المحلية", "أنّ النائب العام", "لـ11 متهما من أصل 29", False, False),
        ("أقر", "عبد الرحمن سعود", "بانتمائه إلى «داعش»", "بانتمائه إلى «داعش»", False, True),
        ("نفى", "المتهمون الآخرون", "أي ضلوع لهم", "انتماءهم إلى التنظيم المتطرف", False, True)],
    # alriyadh second-quarter earnings: "أظهرت الحصيلة الإجمالية لنتائج الشركات السعودية تراجع الأرباح المجمعة ... عن
    # الفترة المقابلة من العام السابق" (decided here: the compiled tally of results shows, as blind23's "وأظهرت البيانات
    # التي جمعتها بورصة كوريا" and blind25's "أظهر الترتيب"; named=true, the tally being that of the Argaam report
    # named in the next sentence; object NP content, blind23), "وعزا التقرير الذي اصدرته " ارقام " التراجع نتيجة ...
    # خلال عام 2014" (re-attributing a cause, content from the object, blind42; the relative left out; to the end of the
    # sentence, its "حيث ..." the report's explanation) and "ووفقا للتقرير فقد ساهم ... مقارنة ب 11.11 مليار ريال"
    # (a fronted relay with فقد, content from فقد, blind44; the speaker "لتقرير" after "لل", blind21). Not claims: the
    # later figures with no reporting word
    1: [("أظهرت", "الحصيلة الإجمالية لنتائج الشركات السعودية", "تراجع الأرباح المجمعة",
         "عن الفترة المقابلة من العام السابق", False, True),
        ("وعزا", "التقرير", "التراجع نتيجة", "استثنائية قدرها 2.6 مليار ريال خلال عام 2014", False, True),
        ("ووفقا", "ل|لتقرير| فقد", "فقد ساهم", "مقارنة ب 11.11 مليار ريال", False, True)],
    # alyaum Ahsa family-counselling centre: no claim (figures with no source; "يذكر ان" editorial)
    2: [],
    # 3alyoum ATM withdrawals: "وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد العربي السعودي ... عن بلوغ عدد
    # مراكز الحوالات ... بشهر أبريل الماضي" (the SAMA bulletin, identified: named=true, blind22's "الإحصائية"; its
    # relatives "التي تصدرها ..." and "وأطلعت عليها وكالة الأنباء السعودية “واس”" left out, blind3/blind26/blind40;
    # content from "عن بلوغ", the month "عن شهر مايو الماضي" belonging to the bulletin), "وفي السياق ذاته أشارت النشرة
    # إلى أن ... 67 مليار ريال" (cue without the PP) and "وأوضحت النشرة أن عدد البطاقات ... تجاوزت 67 مليار ريال" (to
    # the end of the sentence, over "،كما شهد"). Not claims: "يذكر أن" (editorial), the byline, the tag line "سمات ..."
    3: [("وكشفت", "النشرة الإحصائية", "عن بلوغ", "مقارنة بشهر أبريل الماضي", False, True),
        ("أشارت", "النشرة", "إلى أن عدد", "عبر هذه الأجهزة في مايو الماضي 67 مليار ريال", False, True),
        ("وأوضحت", "النشرة", "أن عدد البطاقات", "بقيمة سحوبات إجمالية تجاوزت 67 مليار ريال", False, True)],
    # alweeam Land Forces admission: "أعلنت قيادة القوات البرية الملكية السعودية ( اللجنة المركزية لقبول طلبة القوات
    # البرية ) عن فتح باب القبول ... دبلوم تقنية الحاسب الآلي" (the parenthesised committee kept inside the speaker, as
    # blind39's fronted subject with its parentheses), "وأوضحت اللجنة المركزية أنه يمنح للمتعين رتبة ( وكيل رقيب / عريف )"
    # and "مشيرة إلى أنه سيتم استقبال ... الموضحة في الموقع" (null; "حسب الشروط" a non-source inside). Not claims: the
    # link line
    4: [("أعلنت", "قيادة القوات البرية الملكية السعودية ( اللجنة المركزية لقبول طلبة القوات البرية )",
         "عن فتح باب القبول", "دبلوم تقنية الحاسب الآلي", False, True),
        ("وأوضحت", "اللجنة المركزية", "أنه يمنح", "( وكيل رقيب / عريف )", False, True),
        ("مشيرة", None, "إلى أنه سيتم", "حسب الشروط الموضحة في الموقع", False, True)],
    # sabq dead camel: "كشف مواطن نفوق "ناقة" في مركز ظلم بمحافظة المويه، عن خطورة حفرة مكشوفة ... قرب المنطقة"
    # (decided here: read as written, the citizen the subject of "كشف" and the disclosure "عن خطورة ..." its content;
    # the headline's "نفوق ناقة يكشف" is not the text; the citizen is named in the next sentence: named=true, as
    # blind40/blind41's sources identified below), 'وقال صاحب الناقة "نواف العتيبي"، في شكواه: إنه فقد ... شرقي مركز
    # ظلم' (the name's quotation marks kept inside the speaker, blind43; the channel left out; colon + إن: direct;
    # "يتوقع أنها" inside), 'وأضاف: "عثرت ... ظلم-عفيف"' (null, direct) and "وتساءل المواطن عن المسؤولين ... عن الموقع"
    # (a question, blind27/blind37's "وتساءلت/وتساءلوا عن"; named=true; ending before "، مطالبًا"). Not claims:
    # "مطالبًا بالتحقيق" (an appeal), the byline
    5: [("كشف", "مواطن", "عن خطورة حفرة", "في منطقة صحراوية قرب المنطقة", False, True),
        ("وقال", "صاحب الناقة \"نواف العتيبي\"", "إنه فقد", "شرقي مركز ظلم", True, True),
        ("وأضاف", None, "\"عثرت بعد", "طريق ظلم-عفيف\"", True, True),
        ("وتساءل", "المواطن", "عن المسؤولين", "من الجهة المعنية عن الموقع", False, True)],
    # okaz Ittihad fans: "أبدت جماهير الاتحاد تفاؤلها الكبير بعودة الفريق ... وتحقيق البطولات" (an expressed attitude,
    # blind40/blind44's "أبدى", object NP; the fans named=false, blind14's "الجماهير"; ending before "، وأشادت"),
    # "بداية، أكد محمد محسن، وعلي العطاس، ومحمد القحطاني أن الفريق ... بإذن الله" (cue without بداية), "فيما اتفق أحمد
    # العريف، ... وإبراهيم القبي على أن معسكر إيطاليا امتداد ... في الموسم المقبل" (an agreement THAT, blind40's "واتفق
    # مندوب رابع على أنه"; unlike blind36/blind43's agreements on an action) and "وتمنى عبدالرحمن النويسي ... أن يكون
    # معسكر ميلانو خير إعداد ... للمرة الثانية" (a hope with أن, blind41; to the end of the sentence, "وسنواصل" their
    # own first person). Not claims: "وأشادت بالعمل الجبار"، "وأثنت كثيرا على الصفقات" (praise), "مما تؤكد أن هناك
    # عملا جادا" (things that show, blind42/blind44), "وجدنا الجدية" (the writer), "وإليكم آراء الجماهير" (a lead-in)
    6: [("أبدت", "جماهير الاتحاد", "تفاؤلها الكبير", "في الموسم الحالي، وتحقيق البطولات", False, False),
        ("أكد", "محمد محسن، وعلي العطاس، ومحمد القحطاني", "أن الفريق الكروي", "محليا وقاريا بإذن الله", False, True),
        ("اتفق", "أحمد العريف، وفيصل ميلاد، وبكري الجفري، وعبدالرحمن عبدالغني، وإبراهيم القبي", "على أن معسكر",
         "البطولات في الموسم المقبل", False, True),
        ("وتمنى", "عبدالرحمن النويسي وعبدالمطلب عبده، وعبدالله فضل ومحمد الجهني", "أن يكون معسكر",
         "بإذن الله للمرة الثانية", False, True)],
    # alwatan Susiya: "وقال بايبر إن: هدم ... تلبية احتياجاتهم" (the colon introduces his own words: direct; decided
    # here for the stray "إن:", the content from إن as "قال: إن", over the paragraph's two sentences as blind30/
    # blind31's colon speech; "إنني أدعو" his own first person inside, a statement whose content is an appeal, blind42),
    # "ولفت في تصريح أرسله لـ"الوطن" إلى أنه تواجه ... وشيكا بالهدم" (null; the channel left out), 'وزار بايبر
    # القرية ... وقال "أتيت هنا ... ومصادر معيشتهم' (a coordinated finite verb: null, blind24/blind33/blind34/blind44;
    # the quotation never closed: direct, the stop excluded, blind18-blind40), "وكانت السلطات الإسرائيلية أعلنت عن هذا
    # الموقع في السابق موقعا أثريا" (decided here: declaring a site archaeological, an official declaration as
    # make_gold's "وأعلنت ... حالة الاستنفار" and blind36/blind39's "أعلن قيام/استقلال"; "السلطات الإسرائيلية"
    # named=true, blind37's "السلطات الأمريكية"; the trailing time "في ذلك الوقت" left out, blind42), "وقال بايبر:
    # يعتبر تجمّع سوسيا ... صامتا أمامها" (direct) and "وأكد عريقات أنه بعد أيام ... 906 وحدات استيطانية" (ending before
    # "، ودعا", an appeal). Not claims: "دعا منسق الشؤون الإنسانية ... إسرائيل إلى وقف"، "وبدوره دعا ... عريقات"،
    # "ودعا دول الاتحاد الأوروبي" (appeals), "طالبة من السكان مغادرته" (a demand), "بسبب رفضها" (a refusal), "ومن
    # المقرر" (impersonal)
    7: [("وقال", "بايبر", "إن: هدم", "تتيح لهم تلبية احتياجاتهم", True, True),
        ("ولفت", None, "إلى أنه تواجه", "خطرا وشيكا بالهدم", False, True),
        ("وقال", None, "\"أتيت هنا", "ومصادر معيشتهم", True, True),
        ("أعلنت", "السلطات الإسرائيلية", "عن هذا الموقع", "موقعا أثريا", False, True),
        ("وقال", "بايبر", "يعتبر تجمّع", "يقف صامتا أمامها", True, True),
        ("وأكد", "عريقات", "أنه بعد أيام", "لبناء 906 وحدات استيطانية", False, True)],
    # almadina money supply: "أظهرت إحصائيات مصرفية حديثة أن النقد المتداول ... 173.4 مليار ريال" (statistics
    # identified below as SAMA's: named=true, blind41's "أظهر مسح" and blind40's "تقرير اقتصادي" identified below,
    # blind10/blind22's "بيانات مصلحة الجمارك"/"الإحصائية"; unlike blind12/blind13's "بيانات" never identified),
    # "وبحسب الإحصائيات الصادرة عن مؤسسة النقد العربي السعودي «ساما « ارتفع حجم النقد ... من العام الجاري" (a fronted
    # relay without فإن: content the main clause from its verb, blind31/blind37; the participial descriptor "الصادرة عن
    # ..." left out of the speaker, blind14/blind44), "وأظهرت الإحصائيات، أن عرض النقد ن3 ... عن شهر مايو الأسبق",
    # "وبحسب بيانات «ساما» أيضا، ارتفع مستوى عرض النقد ن2 ... 1630.1 مليار ريال" (blind19/blind23's "بيانات X" as
    # speaker), "وتشير الإحصائيات ان مستوى عرض النقد ن2 ... لتلبية احتياجات السفر" (to the end of the sentence, as
    # blind41's "أظهر مسح" kept its "ما يشير إلى أن ..."; "وهذا التراجع يشير إلى" things that show, inside), "وأشارت
    # الإحصائيات إلى أن السحوبات ... 37,368 مليون ريال" (to the next reporting word) and "وأوضحت الإحصائيات الصادرة عن
    # «ساما» أن إجمالي عدد العمليات ... 19,812,468 بطاقة"
    8: [("أظهرت", "إحصائيات مصرفية حديثة", "أن النقد", "ليصل إلى 173.4 مليار ريال", False, True),
        ("وبحسب", "الإحصائيات", "ارتفع حجم النقد", "عن شهر مايو من العام الجاري", False, True),
        ("وأظهرت", "الإحصائيات", "أن عرض النقد ن3", "عن شهر مايو الأسبق", False, True),
        ("وبحسب", "بيانات «ساما»", "ارتفع مستوى", "ليستقر عند 1630.1 مليار ريال", False, True),
        ("وتشير", "الإحصائيات", "ان مستوى", "لتلبية احتياجات السفر", False, True),
        ("وأشارت", "الإحصائيات", "إلى أن السحوبات", "عن طريق الشبكة السعودية 37,368 مليون ريال", False, True),
        ("وأوضحت", "الإحصائيات", "أن إجمالي عدد", "نحو 19,812,468 بطاقة", False, True)],
    # was Korean mine: "بعد اتهامه "بيونجيانج" بزرع ألغام أرضية ... إصابة جنديين الأسبوع الماضي" (the verbal noun with
    # its possessive: null, blind5/blind34's "بعد اتهامه له"; content from بـ, blind40), "وأشار في بيان إلى أن هناك أدلة
    # ... ليزرعوا الألغام" (null; the channel left out), "واصفاً ذلك بأنه عمل استفزازي" (null; from بأن, blind40) and
    # "وقال: ندين بقوة ... و1953" (null; colon: direct; a statement whose content is a condemnation, blind42's statement
    # of an appeal). Not claims: "هدد الجيش الكوري الجنوبي ... بالرد" (decided here: a threat, like a promise --
    # blind8's "هدد «داعش» ... بالرد" and blind21's "وهدد أوباما باستخدام" never annotated), "ومن المرجح أن"
    # (impersonal), the dateline, "// انتهى //" and the time line
    9: [("اتهامه", None, "بزرع ألغام", "إصابة جنديين الأسبوع الماضي", False, True),
        ("وأشار", None, "إلى أن هناك أدلة", "ليزرعوا الألغام", False, True),
        ("واصفاً", None, "بأنه عمل", "بأنه عمل استفزازي", False, True),
        ("وقال", None, "ندين بقوة", "بين عامي 1950 و1953", True, True)],
    # aleqtisadiya Burmese community: "أوضح ذلك مدير عام العلاقات العامة والإعلام في إمارة منطقة مكة المكرمة سلطان
    # الدوسري" (the anaphoric content "ذلك", blind14-blind44) with "الذي بين أن توجيهاته شملت ... أبناء الجالية
    # البرماوية" (speaker the relative's antecedent, blind42/blind44), "وأفاد الدوسري أن أمير منطقة مكة المكرمة وجه أيضا
    # ... الأساسية الأخرى", "وذكر أن مشروع ... أبناء الجالية البرماوية" (null), "وأضاف أنه انطلاقا ... والمهنية
    # والاجتماعية" (null), "من جهته أوضح رئيس اللجنة الميدانية ... عبدالله آل قراش أن الأمير ... بمنطقة مكة المكرمة"
    # (cue without من جهته), "وأضاف قراش أن المفوضية السامية ... كرمت المملكة ... البرماوية. مؤكدة أنها تجربة رائدة ...
    # على الدول الأخرى" (decided here: the content runs over the stray full stop into the participle clause that
    # continues the sentence, blind44's content over a full stop) with, nested, "مؤكدة أنها تجربة ..." (speaker the
    # overt subject of the non-claim verb "كرمت", blind29/blind42; direct=false) and "وأشار إلى أن أول أقامه ... 4
    # سنوات" (null). Not claims: "تنفيذا لتوجيهات"، "وجه ... بتقديم"، "وجه الأمير خالد الفيصل بإعداد دراسة" (directives,
    # inside contents), "كرمت" (an act)
    10: [("أوضح", "مدير عام العلاقات العامة والإعلام في إمارة منطقة مكة المكرمة سلطان الدوسري", "^ذلك", "ذلك",
          False, True),
         ("الذي |بين| أن", "مدير عام العلاقات العامة والإعلام في إمارة منطقة مكة المكرمة سلطان الدوسري",
          "أن توجيهاته", "الإنسان من أجل أبناء الجالية البرماوية", False, True),
         ("وأفاد", "الدوسري", "أن أمير منطقة", "إضافة للقاحات الأساسية الأخرى", False, True),
         ("وذكر", None, "أن مشروع تطوير", "ومن بينهم أبناء الجالية البرماوية", False, True),
         ("وأضاف", None, "أنه انطلاقا", "والمهنية والاجتماعية", False, True),
         ("أوضح", "رئيس اللجنة الميدانية لتصحيح أوضاع الجالية البرماوية عبدالله آل قراش", "أن الأمير خالد",
          "تحت مظلة إدارة التعليم بمنطقة مكة المكرمة", False, True),
         ("وأضاف", "قراش", "أن المفوضية", "وتعميمها على الدول الأخرى", False, True),
         ("مؤكدة", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "أنها تجربة", "وتعميمها على الدول الأخرى",
          False, True),
         ("وأشار", None, "إلى أن أول", "استمرت 4 سنوات", False, True)],
    # arreyadi column "كبير يا نور": "فهو يؤمن أن كرة القدم لعبة جماعية وأن الفوز للكيان والمجموعة" (decided here: a
    # belief THAT, blind36/blind42/blind44's beliefs in columns; null, the subject only the pronoun هو, make_gold;
    # unlike blind18's "لا زال يؤمن بالتفوق", a bare NP). Not claims: "كما توقع البعض" (decided here: the expectation
    # is the opposite of the negated clause it follows, "نور لم يتذمر أو يغضب", so no content of it is written --
    # blind9's "ليست دليلاً على نقص الكالسيوم كما يعتقد البعض" likewise unannotated), "يثبت محمد نور ... أنه من طينة
    # اللاعبين الكبار" (proof by deeds, blind43's "أثبت أنه مصر"), "احتفالية نور ... أكدت أن نور نجم" (things that
    # show), "تحدث معه"، "شرح له وجهة نظره من استبداله" (talk with a topic only, blind41/blind44), "خلاصة القول أن" (the
    # columnist's formula), the byline
    11: [("يؤمن", None, "أن كرة القدم", "للكيان والمجموعة", False, True)],
    # aawsat Hajer camp: no claim (a squad list and a training report)
    12: [],
    # alyaum border schools: "كشف وزير التعليم الدكتور عزام الدخيل عبر حسابه بتوتير إلى أنه التقى ... سلامة منسوبي
    # التعليم" (the channel left out; content from إلى as written), "وكشف مصدر إلى أن إدارة التعليم ... بالشريط
    # الحدودي" (named=false), "وأضاف إلى أن من ضمن التوصيات ... اللاصفية والصفية", "ومبينا إلى أن هناك تعليق ... إلى
    # مدارس أخرى", "ومشيرا إلى أن المدارس ... 49 مدرسة" and "وبين إلى أنه من المرجح ... حتى إشعار آخر" (all null,
    # continuations of the source; "وفقا لما تقتضية المصلحة العامة" a non-source inside). Not claims: "يأتي هذا بعد
    # التقاء" (the writer)
    13: [("كشف", "وزير التعليم الدكتور عزام الدخيل", "إلى أنه التقى", "بما يحقق سلامة منسوبي التعليم", False, True),
         ("وكشف", "مصدر", "إلى أن إدارة", "منسوبي المدارس بالشريط الحدودي", False, False),
         ("وأضاف", None, "إلى أن من ضمن", "والأنشطة اللاصفية والصفية", False, True),
         ("ومبينا", None, "إلى أن هناك", "إلى مدارس أخرى", False, True),
         ("ومشيرا", None, "إلى أن المدارس", "بلغت 49 مدرسة", False, True),
         ("وبين", None, "إلى أنه من المرجح", "حتى إشعار آخر", False, True)],
    # 3alyoum Bish mosque: "وأكد الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي أن الشاب ... للمرور" (to the end
    # of the sentence; "تبلغت الشرطة من والده" inside) and "مدعيا أن الصلاة فرضت أربع مرات في اليوم وليست خمسا"
    # (alleging, blind10's "ادعت"; speaker the overt subject "الشخص" of the non-claim "وكان ... قد تم سجنه", blind29/
    # blind42; the never-named man: named=false, blind40/blind44). Not claims: "بحجة أن صلاتهم غير صحيحة" ×2
    # (pretexts, blind41), "فتحت الجهات الأمنية ... تحقيقاً" (an act), the byline, the tag line "سمات ..."
    14: [("وأكد", "الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي", "أن الشاب", "وتسليم موقع الحادث للمرور",
          False, True),
         ("مدعيا", "الشخص", "أن الصلاة", "وليست خمسا", False, False)],
    # aljazirah Doha meeting: "أكدت الولايات المتحدة ودول مجلس التعاون في الدوحة أمس على الموقف ... بـ (أن اتفاقاً ...
    # والمجتمع الدولي)" (venue and time left out; partly quoted: direct=false; "تم التعبير عنه" a passive inside),
    # "واتفق الوزراء على أن خطة العمل ... نووية عسكرية" (an agreement THAT, blind40; the ministers identified:
    # named=true), "وأكَّد كيري في المؤتمر الصحفي ... التزام بلاده بأمن واستقرار المنطقة" (object NP; venue left out;
    # ending before "، مؤكِّداً"), "مؤكِّداً في الوقت نفسه أن الاتفاق ... النووية العسكرية" (null), "وقال كيري إن
    # الاتفاقية ... في المنطقة", "وقال هدفنا هو ... من سلوكها" (null; no colon, no marks: direct=false, blind40),
    # "وأضاف: سنعمل ... في المنطقة" (null, direct), "وقال لقد ناقشنا ... والأمن البحري" (null, direct=false), "وأكَّد
    # كيري أنه تم الاتفاق ... يواجهها الناس", "وقال: إنه تم الاتفاق ... واستقرارها" (null, direct) and "وبحسب ميخائيل
    # بوغدانوف نائب وزير الخارجية الروسي فقد بحث الاجتماع ... النووي الإيراني" (a fronted relay with فقد, blind44).
    # Not claims: "وصدر البيان المشترك" (an act), "ونأمل أن" (first person inside Kerry's words)
    15: [("أكدت", "الولايات المتحدة ودول مجلس التعاون", "على الموقف", "الولايات المتحدة والمجتمع الدولي)", False,
          True),
         ("واتفق", "الوزراء", "على أن خطة", "قدرات نووية عسكرية", False, True),
         ("وأكَّد", "كيري", "التزام بلاده", "بأمن واستقرار المنطقة", False, True),
         ("مؤكِّداً", None, "أن الاتفاق النووي", "على القدرات النووية العسكرية", False, True),
         ("وقال", "كيري", "إن الاتفاقية", "وسلوكها في المنطقة", False, True),
         ("وقال", None, "هدفنا هو", "إيران من سلوكها", False, True),
         ("وأضاف", None, "سنعمل مع", "يسعى لزعزعة الاستقرار في المنطقة", True, True),
         ("وقال", None, "لقد ناقشنا", "والأمن البحري", False, True),
         ("وأكَّد", "كيري", "أنه تم الاتفاق", "التي يواجهها الناس", False, True),
         ("وقال", None, "إنه تم الاتفاق", "أمن المنطقة واستقرارها", True, True),
         ("وبحسب", "ميخائيل بوغدانوف نائب وزير الخارجية الروسي", "فقد بحث", "بالبرنامج النووي الإيراني", False,
          True)],
    # alweeam al-Anad: "أكد المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر، أنه تم اكتشاف ... داخل القاعدة",
    # "وأوضح في تصريح لصحيفة “السياسة” الكويتية، أن الخبراء ... العاصمة صنعاء" (null; the channel left out; ending
    # before ", مشيراً"), "مشيراً إلى أن المقاومة رصدت ... أول من أمس" (null), "وحول تأخر ...، أوضح نصر “إن ما أخر ...
    # مدينة عدن”" (cue without وحول ...; wholly quoted: direct), "مضيفاً إن “المقاومة تتقدم ... حتى الآن”" (null; the
    # statement wholly quoted after إن: direct, blind42), "كما أرجع سبب تأخر المقاومة ... دروعاً بشرية" (null;
    # re-attributing a cause, content from the object, blind42) and "وأشار إلى أن المقاومة دفعت ... هذه المنطقة"
    # (null). Not claims: the link line
    16: [("أكد", "المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر", "أنه تم اكتشاف", "تحت الأرض داخل القاعدة",
          False, True),
         ("وأوضح", None, "أن الخبراء", "بعد سيطرتهم على العاصمة صنعاء", False, True),
         ("مشيراً", None, "إلى أن المقاومة رصدت", "مرت عبر هذه الطريق أول من أمس", False, True),
         ("أوضح", "نصر", "“إن ما أخر", "إحدى ضواحي مدينة عدن”", True, True),
         ("مضيفاً", None, "إن “المقاومة", "لتطهير المدينة حتى الآن”", True, True),
         ("أرجع", None, "سبب تأخر المقاومة", "وتستخدمهم دروعاً بشرية", False, True),
         ("وأشار", None, "إلى أن المقاومة دفعت", "للتسلل إلى هذه المنطقة", False, True)],
    # sabq OnePlus 2: 'أعلنت شركة "وان بلاس" الصينية الرائدة، عبر مدونتها الرسمية، أنها ستكشف ... يوليو المقبل' (the
    # channel left out), 'فـ"وان بلاس" أكدت أنها ستتيح ... تقوم بهذا الأمر' (a name alone in quotes without them,
    # blind40/blind41; to the end of the sentence) and 'وكشفت "وان بلاس" أيضاً أنها قامت ... الحالي "وان"'. Not
    # claims: "يوم الكشف عن الهاتف" (a noun without a source), the byline
    17: [("أعلنت", "شركة \"وان بلاس\" الصينية الرائدة", "أنها ستكشف", "من شهر يوليو المقبل", False, True),
         ("أكدت", "وان بلاس", "أنها ستتيح", "في العالم تقوم بهذا الأمر", False, True),
         ("وكشفت", "وان بلاس", "أنها قامت", "لمُلّاك الهاتف الحالي \"وان\"", False, True)],
    # alwatan Tabuk well: "وأوضح المتحدث الرسمي بمديرية الدفاع المدني بمنطقة تبوك العقيد ممدوح العنزي لـ"الوطن"، أن
    # مركز التحكم ... نتج عنه وفاتهما" (the addressee left out; "تلقى بلاغا" and "تبين أن" inside) and "وأكد العنزي أن
    # فرق الإنقاذ ... حسب الاختصاص" ("حسب الاختصاص" a non-source inside). Not claims: the background paragraphs
    # ("أشغلت الرأي العام" no statement)
    18: [("وأوضح", "المتحدث الرسمي بمديرية الدفاع المدني بمنطقة تبوك العقيد ممدوح العنزي", "أن مركز التحكم",
          "واختناق نتج عنه وفاتهما", False, True),
         ("وأكد", "العنزي", "أن فرق الإنقاذ", "لإكمال الإجراءات حسب الاختصاص", False, True)],
    # aleqtisadiya relief plane: "وأوضح المتحدث الرسمي باسم المركز رأفت الصباغ أن مدير الإمداد ... الفريق الإغاثي"
    # (ending before ", مفيدًا"), "مفيدًا أن هذه الرحلة ... الدكتور عبدالله الربيعة" (null), "مؤكدا استمرار المركز ...
    # إلى مستحقيها" (null; object NP), "وأبان أن وصول الطائرة ... والبر والجو" (null) and "لافتًا الانتباه إلى أن هنالك
    # طائرات ... بوزارة الدفاع" (null; cue "لافتًا", content from "إلى أن"). Not claims: "إنفاذًا لتوجيهات"، "وأمر ...
    # بتأمين" (directives and orders), "رفع ... الشكر للقيادة" (thanks), "سائلا الله" (a prayer)
    19: [("وأوضح", "المتحدث الرسمي باسم المركز رأفت الصباغ", "أن مدير الإمداد", "سيرأس الفريق الإغاثي", False, True),
         ("مفيدًا", None, "أن هذه الرحلة", "المشرف العام على المركز الدكتور عبدالله الربيعة", False, True),
         ("مؤكدا", None, "استمرار المركز", "لتصل إلى مستحقيها", False, True),
         ("وأبان", None, "أن وصول الطائرة", "عبر البحر والبر والجو", False, True),
         ("لافتًا", None, "إلى أن هنالك", "الإنسانية بوزارة الدفاع", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind45.jsonl")
