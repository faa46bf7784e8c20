"""Build claims-second45.jsonl: a SECOND, independent annotation of the 20 SaudiNewsNet articles of the forty-fifth
blind claims set (../blind45/sample.jsonl, drawn by ../blind45/sample.py, seed 20261296), made to measure how far two
careful annotators agree (the human ceiling of the claims score).  The first annotation of these articles
(claims-blind45.jsonl, blind45/make_blind.py, SOURCE-blind45.txt) was never opened, read or grepped.

The articles are read from the frozen draw ../blind45/sample.jsonl (as blind_sampler.load_frozen reads it), so later
changes to tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and
the decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind44.txt (the latest set's where the sets differ),
plus those listed in second45/SOURCE.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed by the shared gold_builder.py
and every span is checked with text[start:end] == span text.

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
The strings copy the text's marks and spellings as written (aawsat's «» and "إنّه"/"أنّ"; the straight quotes of sabq
and alwatan, sabq's 'فـ"وان بلاس"' whose opening mark follows a tatweel (written with context, the tatweel being a
word character); the curly quotes of 3alyoum and alweeam; alyaum's "إلى أنه"/"إلى أن" after كشف/أضاف/بين as written;
aljazirah's "وأكَّد"/"مؤكِّداً" with their shadda and fatha/kasra; almadina's "ان" and "«ساما «"; aleqtisadiya's
"مفيدًا"/"لافتًا"/"أقامه" and "الربيعة ،مؤكدا" as written).
Run with python3 -B (no __pycache__); -v prints every claim.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "blind45" / "sample.jsonl"
sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # aawsat Kuwait mosque trial: "اعترف المشتبه به الرئيسي في تفجير مسجد شيعي في الكويت في نهاية يونيو (حزيران)،
    # بانتمائه الى تنظيم «داعش» المتطرف" (a confession, blind10/blind25/blind27/blind43's "اعترف" claims; the full NP
    # of the suspect, identified by name below: named=true; ending before the time clause "، وذلك لدى بدء محاكمة"),
    # "وقال عبد الرحمن صباح عيدان سعود، وهو من البدون، أمام المحكمة، إنّه انضم ... ونحو مائتي جريح" (the clause
    # "وهو من البدون" and the venue "أمام المحكمة" left out), "وكذلك، اعترف بأنه توجه ... تنظيم «داعش» المتطرف" (null),
    # "نقلت الصحافة المحلية أنّ النائب العام ... لـ11 متهما من أصل 29" (the time "وفي منتصف يوليو(تموز)" left out;
    # "الصحافة المحلية" unidentified press, named=false as make_gold's "الصحف الفرنسية"; "يعتزم" inside), "عبد الرحمن
    # سعود الذي أقر بانتمائه إلى «داعش»" (an admission; the antecedent of the relative is the speaker, blind42/blind44)
    # and "نفى المتهمون الآخرون أي ضلوع ... إلى التنظيم المتطرف" (a denial, blind8-blind42's "نفى"; the never-named
    # other defendants, named=false). Not claims: "تبناه تنظيم «داعش»" (claiming an attack, an act: blind2/blind13's
    # "تبنت/تبنى" never annotated), "يشتبه بضلوعهم"، "ويشتبه بأنهما"، "ولم تكشف جنسية" (passives, no source)
    0: [("اعترف", "المشتبه به الرئيسي في تفجير مسجد شيعي في الكويت في نهاية يونيو (حزيران)", "بانتمائه الى",
         "تنظيم «داعش» المتطرف", False, True),
        ("وقال", "عبد الرحمن صباح عيدان سعود", "إنّه انضم", "ونحو مائتي جريح", False, True),
        ("اعترف", None, "بأنه توجه", "الذي تبناه تنظيم «داعش» المتطرف", False, True),
        ("نقلت", "الصحافة المحلية", "أنّ النائب العام", "لـ11 متهما من أصل 29", False, False),
        ("أقر", "عبد الرحمن سعود", "بانتمائه إلى", "بانتمائه إلى «داعش»", False, True),
        ("نفى", "المتهمون الآخرون", "أي ضلوع", "انتماءهم إلى التنظيم المتطرف", False, False)],
    # alriyadh companies' profits (Argaam report): "وعزا التقرير الذي اصدرته " ارقام " التراجع نتيجة انخفاض ... خلال
    # عام 2014" (attributing a cause, blind1/blind14/blind27/blind42's "أرجع/عزا" claims; content the object with its
    # cause to the end of the sentence; speaker "التقرير", its relative left out, blind32/blind44; identified by
    # Argaam: named=true) and "ووفقا للتقرير فقد ساهم قطاع "البنوك" ... مقارنة ب 11.11 مليار ريال" (a fronted relay
    # with فقد, content from "فقد", blind44; the speaker "لتقرير" spanned inside "للتقرير", blind21/blind44). Not
    # claims: "أظهرت الحصيلة الإجمالية لنتائج الشركات السعودية تراجع الأرباح" (results that show, blind34/blind36's
    # "أظهرت"; no publication), the later figures without a reporting word
    1: [("وعزا", "التقرير", "التراجع نتيجة", "أرباحا استثنائية قدرها 2.6 مليار ريال خلال عام 2014", False, True),
        ("ووفقا", "ل|لتقرير| فقد", "فقد ساهم", "مقارنة ب 11.11 مليار ريال", False, True)],
    # alyaum al-Ahsa family counselling: no claim (figures without a reporting word; "يذكر ان" editorial; "أسهم
    # الهاتف الاستشاري" an effect; "قدر عدد المستفيدين" a passive)
    2: [],
    # 3alyoum ATM withdrawals: "وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد ... عن بلوغ عدد مراكز الحوالات
    # ... بشهر أبريل الماضي" (a bulletin, a publication of an issuer, as blind12's "التقرير الإحصائي الشهري" and
    # blind22's "الإحصائية"; its relative "التي تصدرها ... وأطلعت عليها ..." left out; "عن شهر مايو الماضي" the period
    # it covers, not its content; content from "عن بلوغ"), "وفي السياق ذاته أشارت النشرة إلى أن عدد أجهزة ... 67 مليار
    # ريال" and "وأوضحت النشرة أن عدد البطاقات ... تجاوزت 67 مليار ريال" (to the end of the sentence). Not claims:
    # the opening figures (no reporting word), "يذكر أن" (editorial), the byline, the tag line "سمات ..."
    3: [("وكشفت", "النشرة الإحصائية", "عن بلوغ", "مقارنة بشهر أبريل الماضي", False, True),
        ("أشارت", "النشرة", "إلى أن عدد أجهزة", "هذه الأجهزة في مايو الماضي 67 مليار ريال", False, True),
        ("وأوضحت", "النشرة", "أن عدد البطاقات", "بقيمة سحوبات إجمالية تجاوزت 67 مليار ريال", False, True)],
    # alweeam land forces admission: "أعلنت قيادة القوات البرية الملكية السعودية ( اللجنة المركزية لقبول طلبة القوات
    # البرية ) عن فتح باب القبول ... دبلوم تقنية الحاسب الآلي" (an announcement; the parenthesised committee kept in
    # the speaker, as blind3/blind9/blind13's "(البنتاجون)"، "(الفاو)"), "وأوضحت اللجنة المركزية أنه يمنح للمتعين رتبة
    # ( وكيل رقيب / عريف )" (ending before "، مشيرة") and "مشيرة إلى أنه سيتم استقبال ... الموضحة في الموقع" (null).
    # Not claims: "حسب الشروط الموضحة" (a non-source), the link line
    4: [("أعلنت", "قيادة القوات البرية الملكية السعودية ( اللجنة المركزية لقبول طلبة القوات البرية )",
         "عن فتح باب القبول", "دبلوم تقنية الحاسب الآلي", False, True),
        ("وأوضحت", "اللجنة المركزية", "أنه يمنح", "( وكيل رقيب / عريف )", False, True),
        ("مشيرة", None, "إلى أنه سيتم", "حسب الشروط الموضحة في الموقع", False, True)],
    # sabq dead camel: "كشف مواطن نفوق "ناقة" ... عن خطورة حفرة مكشوفة ... قرب المنطقة" (decided here: the words as
    # written make "مواطن" the subject of كشف ... عن, a disclosure -- the headline's "نفوق ناقة يكشف" is not read;
    # content from "عن", the disclosure verb's preposition, blind44's "كشفت دراسة ... عن أن"; the citizen is named
    # in the next sentence, named=true), 'وقال صاحب الناقة "نواف العتيبي"، في شكواه: إنه فقد ناقته ... شرقي مركز ظلم'
    # (the channel "في شكواه" left out; colon + إن: direct, blind3-blind44; "يتوقع أنها" inside his words, not
    # nested), 'وأضاف: "عثرت ... طريق ظلم-عفيف"' (null; direct) and "وتساءل المواطن عن المسؤولين ... عن الموقع" (a
    # question, blind27/blind31/blind37's "تساءل عن" claims; ending before "، مطالبًا"). Not claims: "مطالبًا بالتحقيق
    # في الحادثة" (an appeal), the byline
    5: [("كشف", "مواطن", "عن خطورة", "صحراوية قرب المنطقة", False, True),
        ("وقال", "صاحب الناقة \"نواف العتيبي\"", "إنه فقد", "شرقي مركز ظلم", True, True),
        ("وأضاف", None, "\"عثرت", "طريق ظلم-عفيف\"", True, True),
        ("وتساءل", "المواطن", "عن المسؤولين", "الجهة المعنية عن الموقع", False, True)],
    # okaz Ittihad fans: "أبدت جماهير الاتحاد تفاؤلها الكبير بعودة ... وتحقيق البطولات" (an attitude with أبدى + NP,
    # blind40/blind43/blind44; the fans unidentified, named=false, blind14's "الجماهير"; ending before the praise
    # "، وأشادت"), "أكد محمد محسن، وعلي العطاس، ومحمد القحطاني أن الفريق ... محليا وقاريا بإذن الله" (cue without
    # "بداية،"; first-person "نتابعه"، "يقودنا" inside, indirect), "فيما اتفق أحمد العريف، ... وإبراهيم القبي على أن
    # معسكر إيطاليا ... في الموسم المقبل" (agreeing on a proposition, blind40's "واتفق مندوب رابع على أنه"; unlike
    # blind36's meeting outcomes "اتفق المجتمعون على أهمية") and "وتمنى عبدالرحمن النويسي ... أن يكون معسكر ميلانو ...
    # للمرة الثانية" (a wish with a proposition, blind32/blind41's "تمنى أن" claims, unlike ritual NP wishes). Not
    # claims: "وأشادت بالعمل"، "وأثنت كثيرا على الصفقات" (praise), "مما تؤكد أن هناك عملا جادا" (deals that prove,
    # blind44), "وجدنا الجدية" and "وإليكم آراء الجماهير" (the writer's voice), "التي نرجو أن" (inside a content)
    6: [("أبدت", "جماهير الاتحاد", "تفاؤلها الكبير", "في الموسم الحالي، وتحقيق البطولات", False, False),
        ("أكد", "محمد محسن، وعلي العطاس، ومحمد القحطاني", "أن الفريق الكروي", "محليا وقاريا بإذن الله", False, True),
        ("اتفق", "أحمد العريف، وفيصل ميلاد، وبكري الجفري، وعبدالرحمن عبدالغني، وإبراهيم القبي", "على أن معسكر",
         "البطولات في الموسم المقبل", False, True),
        ("وتمنى", "عبدالرحمن النويسي وعبدالمطلب عبده، وعبدالله فضل ومحمد الجهني", "أن يكون معسكر ميلانو",
         "بإذن الله للمرة الثانية", False, True)],
    # alwatan Susiya: "وقال بايبر إن: هدم الممتلكات ... تلبية احتياجاتهم" (decided here: "إن:" with its colon -- content
    # from إن as for "قال ...: إن ...", direct, blind3-blind44; "إنني أدعو" his first person inside, not an appeal of
    # its own), "ولفت في تصريح أرسله لـ"الوطن" إلى أنه تواجه ... خطرا وشيكا بالهدم" (null; the channel left out),
    # 'وزار بايبر القرية ... وقال "أتيت هنا اليوم ... ومصادر معيشتهم' (a coordinated verb: null; direct, the mark never
    # closed, the final stop excluded), "وكانت السلطات الإسرائيلية أعلنت عن هذا الموقع في السابق موقعا أثريا" (decided
    # here: declaring a status is an announcement, make_gold's "وأعلنت ... حالة الاستنفار"; ending before "في ذلك
    # الوقت" (a time) and "، طالبة" (an appeal)), "وقال بايبر: يعتبر تجمّع سوسيا ... وأن يقف صامتا أمامها" (direct)
    # and "وأكد عريقات أنه بعد أيام ... 906 وحدات استيطانية" (ending before "، ودعا"). Not claims: "دعا منسق ...
    # إسرائيل إلى وقف"، "وبدوره دعا ... عريقات المجتمع الدولي"، "ودعا دول الاتحاد الأوروبي"، "مطالبة الاتحاد
    # الأوروبي"، "طالبة من السكان مغادرته" (appeals), "بسبب رفضها" (a refusal), "ومن المقرر" (impersonal)
    7: [("وقال", "بايبر", "إن: هدم", "تلبية احتياجاتهم", True, True),
        ("ولفت", None, "إلى أنه تواجه", "خطرا وشيكا بالهدم", False, True),
        ("وقال", None, "\"أتيت هنا", "منازلهم ومصادر معيشتهم", True, True),
        ("أعلنت", "السلطات الإسرائيلية", "عن هذا الموقع", "موقعا أثريا", False, True),
        ("وقال", "بايبر", "يعتبر تجمّع", "يقف صامتا أمامها", True, True),
        ("وأكد", "عريقات", "أنه بعد أيام", "لبناء 906 وحدات استيطانية", False, True)],
    # almadina money supply (SAMA statistics): statistics as the SUBJECT of a reporting verb are a source (blind22's
    # "وبينت الإحصائية أن"، "أشارت الإحصائية إلى أن"; blind41's "أظهر مسح، أن" for أظهر + a document with a that-clause;
    # identified as SAMA's: named=true): "أظهرت إحصائيات مصرفية حديثة أن النقد المتداول ... 173.4 مليار ريال"،
    # "وأظهرت الإحصائيات، أن عرض النقد ن3 ... عن شهر مايو الأسبق"، "وتشير الإحصائيات ان مستوى عرض النقد ن2 ...
    # لتلبية احتياجات السفر" ("وهذا التراجع يشير إلى" inside)، "وأشارت الإحصائيات إلى أن السحوبات ... 37,368 مليون
    # ريال" (ending before the next reporting word "وأوضحت") and "وأوضحت الإحصائيات الصادرة عن «ساما» أن إجمالي ...
    # نحو 19,812,468 بطاقة" (the participial descriptor "الصادرة عن «ساما»" left out of the speaker, blind14/blind44).
    # NOT claims (blind44's "حسب الاحصائيات الرسمية لموقع تويتر", a non-source, over blind23/blind26/blind28's relays
    # on data, the latest set's decision): "وبحسب الإحصائيات الصادرة عن مؤسسة النقد العربي السعودي «ساما «" and
    # "وبحسب بيانات «ساما» أيضا"
    8: [("أظهرت", "إحصائيات مصرفية حديثة", "أن النقد المتداول", "ليصل إلى 173.4 مليار ريال", False, True),
        ("وأظهرت", "الإحصائيات", "أن عرض النقد", "عن شهر مايو الأسبق", False, True),
        ("وتشير", "الإحصائيات", "ان مستوى عرض النقد", "لتلبية احتياجات السفر", False, True),
        ("وأشارت", "الإحصائيات", "إلى أن السحوبات", "الشبكة السعودية 37,368 مليون ريال", False, True),
        ("وأوضحت", "الإحصائيات", "أن إجمالي عدد العمليات", "نحو 19,812,468 بطاقة", False, True)],
    # was Korea mines: "بعد اتهامه "بيونجيانج" بزرع ألغام أرضية ... إصابة جنديين الأسبوع الماضي" (an accusation as a
    # verbal noun with the agent a clitic: null, blind5/blind34's "اتهامه"; content from the preposition to the end
    # of the sentence), "وأشار في بيان إلى أن هناك أدلة ... ليزرعوا الألغام" (null; the channel left out; ending
    # before "، واصفاً"), "واصفاً ذلك بأنه عمل استفزازي" (null, blind11/blind17/blind27's "واصفا ... بأنه") and
    # "وقال: ندين بقوة ... 1950 و1953" (null; direct). Not claims: "هدد الجيش الكوري الجنوبي ... بالرد" (a threat,
    # blind8/blind21's "هدد" never annotated), "ومن المرجح" (impersonal), the dateline, "// انتهى //", the time line
    9: [("اتهامه", None, "بزرع ألغام", "إصابة جنديين الأسبوع الماضي", False, True),
        ("وأشار", None, "إلى أن هناك أدلة", "الأخيرة ليزرعوا الألغام", False, True),
        ("واصفاً", None, "بأنه عمل", "بأنه عمل استفزازي", False, True),
        ("وقال", None, "ندين بقوة", "عامي 1950 و1953", True, True)],
    # aleqtisadiya Burmese community: "أوضح ذلك مدير عام العلاقات العامة ... سلطان الدوسري" (the anaphoric content
    # "ذلك", blind14/blind15/blind19/blind33/blind44), "الذي بين أن توجيهاته شملت ... أبناء الجالية البرماوية" (the
    # antecedent of the relative, the full NP, is the speaker, blind42/blind44), "وأفاد الدوسري أن أمير ... اللقاحات
    # الأساسية الأخرى", "وذكر أن مشروع ... أبناء الجالية البرماوية" (null), "وأضاف أنه انطلاقا ... والاجتماعية"
    # (null), "من جهته أوضح رئيس اللجنة الميدانية ... عبدالله آل قراش أن الأمير ... بمنطقة مكة المكرمة" (cue without
    # من جهته), "وأضاف قراش أن المفوضية السامية ... مع الجالية البرماوية", "مؤكدة أنها تجربة رائدة ... على الدول
    # الأخرى" (decided here: after the full stop, a participle whose feminine subject is the UN commission, kept as
    # its own claim with a null speaker, the participle rule; Qarash's content ends at his sentence's stop) and
    # "وأشار إلى أن أول أقامه ... استمرت 4 سنوات" (null). Not claims: "تنفيذا لتوجيهات" (directives), "وجه ...
    # بإعداد دراسة" (inside a content; an order)
    10: [("أوضح", "مدير عام العلاقات العامة والإعلام في إمارة منطقة مكة المكرمة سلطان الدوسري", "^ذلك", "ذلك",
          False, True),
         ("الذي |بين| أن", "مدير عام العلاقات العامة والإعلام في إمارة منطقة مكة المكرمة سلطان الدوسري",
          "أن توجيهاته", "من أجل أبناء الجالية البرماوية", False, True),
         ("وأفاد", "الدوسري", "أن أمير منطقة", "إضافة للقاحات الأساسية الأخرى", False, True),
         ("وذكر", None, "أن مشروع تطوير", "ومن بينهم أبناء الجالية البرماوية", False, True),
         ("وأضاف", None, "أنه انطلاقا", "والمهنية والاجتماعية", False, True),
         ("أوضح", "رئيس اللجنة الميدانية لتصحيح أوضاع الجالية البرماوية عبدالله آل قراش", "أن الأمير خالد",
          "إدارة التعليم بمنطقة مكة المكرمة", False, True),
         ("وأضاف", "قراش", "أن المفوضية", "في التعامل مع الجالية البرماوية", False, True),
         ("مؤكدة", None, "أنها تجربة", "وتعميمها على الدول الأخرى", False, True),
         ("وأشار", None, "إلى أن أول", "استمرت 4 سنوات", False, True)],
    # arreyadi column on Mohammed Noor: "فهو يؤمن أن كرة القدم لعبة جماعية وأن الفوز للكيان والمجموعة" (a belief,
    # blind36/blind42/blind44's beliefs; the subject only the pronoun "هو": null). Not claims: "يثبت محمد نور ... أنه
    # من طينة" and "احتفالية نور ... أكدت أن نور نجم من ذهب" (proof by deeds, blind43/blind44), "كما توقع البعض"
    # (decided here: a comparison clause with no proposition of its own -- what was expected is only implied by the
    # negated main clause), "وشرح له وجهة نظره" (a topic only), "خلاصة القول أن" (the columnist's formula), the byline
    11: [("يؤمن", None, "أن كرة القدم", "للكيان والمجموعة", False, True)],
    # aawsat Hajer camp: no claim (a team report: travel, squad list, training)
    12: [],
    # alyaum border schools: "كشف وزير التعليم الدكتور عزام الدخيل عبر حسابه بتوتير إلى أنه التقى ... سلامة منسوبي
    # التعليم" (the channel left out; content from "إلى" as written), "وكشف مصدر إلى أن إدارة التعليم ... بالشريط
    # الحدودي" (an unnamed source, named=false), "وأضاف إلى أن من ضمن التوصيات ... والأنشطة اللاصفية والصفية" (null;
    # the stray full stop on its own line left out), "ومبينا إلى أن هناك تعليق ... إلى مدارس أخرى" (null), "ومشيرا إلى
    # أن المدارس ... بلغت 49 مدرسة" (null; "وفقا لما تقتضية المصلحة العامة" inside, a non-source) and "وبين إلى أنه
    # من المرجح ... حتى إشعار آخر" (null). Not claims: "يأتي هذا بعد التقاء" (the writer's context)
    13: [("كشف", "وزير التعليم الدكتور عزام الدخيل", "إلى أنه التقى", "بما يحقق سلامة منسوبي التعليم", False, True),
         ("وكشف", "مصدر", "إلى أن إدارة", "منسوبي المدارس بالشريط الحدودي", False, False),
         ("وأضاف", None, "إلى أن من ضمن", "والأنشطة اللاصفية والصفية", False, True),
         ("ومبينا", None, "إلى أن هناك", "إلى مدارس أخرى", False, True),
         ("ومشيرا", None, "إلى أن المدارس", "بلغت 49 مدرسة", False, True),
         ("وبين", None, "إلى أنه من المرجح", "حتى إشعار آخر", False, True)],
    # 3alyoum Bish mosque: "وأكد الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي أن الشاب ... للمرور" and
    # "وكان الشخص قد تم سجنه ... مدعيا أن الصلاة فرضت أربع مرات في اليوم وليست خمسا" (a claimed belief, blind43's
    # "يزعمون أن"; the participle after the overt subject of a non-claim verb takes it as speaker, blind29/blind42/
    # blind44; the never-named man, named=false, blind40/blind44). Not claims: "بحجة أن صلاتهم غير/ليست صحيحة" ×2
    # (pretexts, blind41/blind42/blind43), "وقد تبلغت الشرطة من والده" (inside a content; a received report), the
    # byline, the tag line "سمات ..."
    14: [("وأكد", "الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي", "أن الشاب", "موقع الحادث للمرور",
          False, True),
         ("مدعيا", "الشخص", "أن الصلاة", "في اليوم وليست خمسا", False, False)],
    # aljazirah US-GCC Doha meeting: "أكدت الولايات المتحدة ودول مجلس التعاون في الدوحة أمس على الموقف ... والمجتمع
    # الدولي)" (venue and time left out; the parenthesised position inside, partly marked: direct=false), "واتفق
    # الوزراء على أن خطة العمل ... قدرات نووية عسكرية" (blind40's "اتفق ... على أنه"), "وأكَّد كيري في المؤتمر ...
    # التزام بلاده بأمن واستقرار المنطقة" (content the object NP; the venue left out; ending before "، مؤكِّداً"),
    # "مؤكِّداً في الوقت نفسه أن الاتفاق ... النووية العسكرية" (null), "وقال كيري إن الاتفاقية ... في المنطقة", "وقال
    # هدفنا هو ... من سلوكها" and "وقال لقد ناقشنا ... والأمن البحري" (null; first person without colon or marks:
    # direct=false, blind33/blind41), "وأضاف: سنعمل ... في المنطقة" (null; colon: direct), "وأكَّد كيري أنه تم الاتفاق
    # ... التي يواجهها الناس", "وقال: إنه تم الاتفاق ... أمن المنطقة واستقرارها" (null; direct) and "وبحسب ميخائيل
    # بوغدانوف نائب وزير الخارجية الروسي فقد بحث الاجتماع ... النووي الإيراني" (a fronted relay with فقد, content from
    # فقد, blind44). Not claims: "الموقف الذي تم التعبير عنه" (a passive), "وصدر البيان المشترك" (an act)
    15: [("أكدت", "الولايات المتحدة ودول مجلس التعاون", "على الموقف", "وكذلك الولايات المتحدة والمجتمع الدولي)",
          False, True),
         ("واتفق", "الوزراء", "على أن خطة العمل", "على قدرات نووية عسكرية", False, True),
         ("وأكَّد", "كيري", "التزام بلاده", "بأمن واستقرار المنطقة", False, True),
         ("مؤكِّداً", None, "أن الاتفاق النووي", "على القدرات النووية العسكرية", False, True),
         ("وقال", "كيري", "إن الاتفاقية النووية", "وسلوكها في المنطقة", False, True),
         ("وقال", None, "هدفنا هو", "تخفف إيران من سلوكها", False, True),
         ("وأضاف", None, "سنعمل مع حلفائنا", "لزعزعة الاستقرار في المنطقة", True, True),
         ("وقال", None, "لقد ناقشنا", "التطرف والعنف والأمن البحري", False, True),
         ("وأكَّد", "كيري", "أنه تم الاتفاق", "التي يواجهها الناس", False, True),
         ("وقال", None, "إنه تم الاتفاق", "يعزز أمن المنطقة واستقرارها", True, True),
         ("وبحسب", "ميخائيل بوغدانوف نائب وزير الخارجية الروسي", "فقد بحث", "بالبرنامج النووي الإيراني",
          False, True)],
    # alweeam al-Anad base: "أكد المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر، أنه تم اكتشاف ... داخل
    # القاعدة", "وأوضح في تصريح لصحيفة “السياسة” الكويتية، أن الخبراء ... على العاصمة صنعاء" (null; the channel left
    # out; ending before ", مشيراً"), "مشيراً إلى أن المقاومة رصدت ... أول من أمس" (null), "وحول تأخر ... أوضح نصر
    # “إن ما أخر ... ضواحي مدينة عدن”" (the topic "وحول ..." left out; direct), 'مضيفاً إن “المقاومة تتقدم ... حتى
    # الآن”' (null; the quote after إن: direct, content from إن, blind42's 'وقال ... إن «...»'), "كما أرجع سبب تأخر
    # المقاومة ... إلى عدم تحرير ... دروعاً بشرية" (attributing a cause, blind1/blind27/blind42's "أرجع"; null) and
    # "وأشار إلى أن المقاومة دفعت ... إلى هذه المنطقة" (null). Not claims: the link line with the headline "تقارير :"
    16: [("أكد", "المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر", "أنه تم اكتشاف",
          "سرية تحت الأرض داخل القاعدة", False, True),
         ("وأوضح", None, "أن الخبراء", "سيطرتهم على العاصمة صنعاء", False, True),
         ("مشيراً", None, "إلى أن المقاومة رصدت", "هذه الطريق أول من أمس", False, True),
         ("أوضح", "نصر", "“إن ما أخر", "إحدى ضواحي مدينة عدن”", True, True),
         ("مضيفاً", None, "إن “المقاومة", "لتطهير المدينة حتى الآن”", True, True),
         ("أرجع", None, "سبب تأخر", "وتستخدمهم دروعاً بشرية", False, True),
         ("وأشار", None, "إلى أن المقاومة دفعت", "للتسلل إلى هذه المنطقة", False, True)],
    # sabq OnePlus 2: 'أعلنت شركة "وان بلاس" الصينية الرائدة، عبر مدونتها الرسمية، أنها ستكشف ... من شهر يوليو
    # المقبل' (the channel left out), 'فـ"وان بلاس" أكدت أنها ستتيح ... تقوم بهذا الأمر' (the name with its marks,
    # blind22/blind36; the clitic فـ outside) and 'وكشفت "وان بلاس" أيضاً أنها قامت ... الحالي "وان"'. Not claims: the
    # byline, "ولن يكون يوم الكشف ... عادياً" (the writer)
    17: [("أعلنت", "شركة \"وان بلاس\" الصينية الرائدة", "أنها ستكشف", "من شهر يوليو المقبل", False, True),
         ("أكدت", "فـ|\"وان بلاس\"| أكدت", "أنها ستتيح", "تقوم بهذا الأمر", False, True),
         ("وكشفت", "\"وان بلاس\"", "أنها قامت", "الهاتف الحالي \"وان\"", False, True)],
    # alwatan Tabuk well: 'وأوضح المتحدث الرسمي بمديرية الدفاع المدني بمنطقة تبوك العقيد ممدوح العنزي لـ"الوطن"، أن
    # مركز التحكم ... نتج عنه وفاتهما' (the addressee left out; "تلقى بلاغا" and "تبين أن" inside) and "وأكد العنزي أن
    # فرق الإنقاذ ... حسب الاختصاص" ("حسب الاختصاص" inside, a non-source). Not claims: the background paragraphs
    # ("وتعدّ قصة الطفلة ..." the writer's account)
    18: [("وأوضح", "المتحدث الرسمي بمديرية الدفاع المدني بمنطقة تبوك العقيد ممدوح العنزي", "أن مركز التحكم",
          "واختناق نتج عنه وفاتهما", False, True),
         ("وأكد", "العنزي", "أن فرق الإنقاذ", "لإكمال الإجراءات حسب الاختصاص", False, True)],
    # aleqtisadiya relief plane: "وأوضح المتحدث الرسمي باسم المركز رأفت الصباغ أن مدير الإمداد ... سيرأس الفريق
    # الإغاثي" (ending before ", مفيدًا"), "مفيدًا أن هذه الرحلة ... الدكتور عبدالله الربيعة" (null, blind1-blind44's
    # continuation participles; ending before "،مؤكدا"), "مؤكدا استمرار المركز ... لتصل إلى مستحقيها" (null; content
    # the object NP), "وأبان أن وصول الطائرة ... عبر البحر والبر والجو" (null; ending before ", لافتًا") and "لافتًا
    # الانتباه إلى أن هنالك طائرات ... بوزارة الدفاع" (null; decided here: cue "لافتًا" alone, its object "الانتباه"
    # left out like "لفت" + إلى; content from إلى). Not claims: "إنفاذًا لتوجيهات"، "وأمر ... بتأمين" (orders), "رفع
    # ... الشكر للقيادة" (thanks, blind41), "سائلا الله" (a prayer)
    19: [("وأوضح", "المتحدث الرسمي باسم المركز رأفت الصباغ", "أن مدير الإمداد", "سيرأس الفريق الإغاثي", False, True),
         ("مفيدًا", None, "أن هذه الرحلة", "المركز الدكتور عبدالله الربيعة", False, True),
         ("مؤكدا", None, "استمرار المركز", "لتصل إلى مستحقيها", False, True),
         ("وأبان", None, "أن وصول الطائرة", "عبر البحر والبر والجو", False, True),
         ("لافتًا", None, "إلى أن هنالك", "والعمليات الإنسانية بوزارة الدفاع", False, True)],
}


def load_frozen(path=SAMPLE):
    """The frozen draw (../blind45/sample.jsonl), read as blind_sampler.load_frozen reads it."""
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, load_frozen(), HERE / "claims-second45.jsonl")
