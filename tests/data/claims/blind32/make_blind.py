"""Build claims-blind32.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261270) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind31.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind32.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind31/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a cue that is also the start of a longer word, or a one-word speaker).
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
The strings copy the text's marks and spellings as written (the shadda of "وبيّن" (aleqtisadiya), "منوّهًا" and
"تضرّر" (almadina); the damma of "ويُسعد" (arriyadiyah); the fatha of "مَن" (almadina); the stray comma of
"ميريل، لينش" (okaz); the straight quotes of sabq, arriyadiyah, aleqtisadiya; the curly quotes “ ” of alweeam;
the guillemets « » of almadina; the parentheses of aawsat and alriyadh).
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
    # alyaum al-Fateh camp in Tunis: "واجتمع الراشد بلاعبي الفريق ...، وأكد على أهمية المرحلة الحالية كونها ستساهم
    # ... في الموسم الرياضي القادم" (أكد على أهمية, blind11/blind15/blind28; a finite verb coordinated after the
    # non-claim "واجتمع" with an overt subject, its own subject elided: null, blind7/blind8/blind11-blind31; the
    # "كونها ..." reason kept to the end of the sentence). Not claims: "عمد ... على تنويع"، "ركز"، "لتوجيه التعليمات"،
    # "قدّم ... دعمًا ماديًا" (acts), "وقدمت إدارة نادي الفتح شكرها وتقديرها للراشد" (bare thanks, blind3-blind31)
    0: [("وأكد", None, "على أهمية", "في الموسم الرياضي القادم", False, True)],
    # alwatan Eastern Province chamber report: "وكشفت غرفة الشرقية التجارية والصناعية أخيرا في تقريرها السنوي ... عن
    # بلوغ فائض ... 213.3 مليون ريال" (channel and time left out; "فيما وصل ..." kept, the report's figures,
    # blind26/blind31), "وأشار التقرير إلى بلوغ صافي ... عام 2013" and "وحول عدد المشتركين أفاد التقرير السنوي لغرفة
    # الشرقية بأن عددهم بلغ ... 42.2 ألف مشترك" ("متراجعا عما ... وبزيادة عما ..." its figures, kept; the fronted
    # "وحول ..." left out; ending before "متطرقا") -- the chamber's report: named=true (blind21/blind26/blind31).
    # Not claims: the opening figures (no reporting verb), "والذي رصد" (a report recording topics), "وتضمن التقرير
    # معلومات ... حول ... وفقا لإحصاءات وتقديرات مصلحة الإحصاءات العامة والمعلومات" (a document's contents, blind20/
    # blind24; the phrase names where the report's information comes from and sources no stated content: decided
    # here, unlike blind26's "الترتيب موضوع وفقا لبيانات ..." and blind28's "وفق آخر تحديث للإحصائية ... بلغ ..."),
    # "وتناول"، "وركز ... الضوء على"، "متطرقا إلى" (topics), "واستعرض التقرير" (a review, blind26/blind31)
    1: [("وكشفت", "غرفة الشرقية التجارية والصناعية", "عن بلوغ فائض", "213.3 مليون ريال", False, True),
        ("وأشار", "التقرير", "إلى بلوغ صافي", "41 مليون ريال عام 2013", False, True),
        ("أفاد", "التقرير السنوي لغرفة الشرقية", "بأن عددهم", "بلغ 42.2 ألف مشترك", False, True)],
    # aleqtisadiya green buildings: "أوضح لـ "الاقتصادية" المهندس فيصل الفضل أمين مبادرة خادم الحرمين للأبنية
    # الخضراء، أن أكثر ... مهتمة بالأبنية الخضراء" (the addressee left out, blind31), "وأضاف الفضل، أن الاستثمار ...
    # بشكل كبير", "وأشار الفضل إلى أن المنتدى ... بالتغيرات المناخية", "وبيّن أن برنامج المنتدى ... والصديق للإنسان
    # والبيئة" (null), "وأوضح أن المنتدى ... لا حكومية ولا ربحية" (null), "وقال إنه عند تطبيق ... للإنسان والبيئة"
    # (null), "وشدد الفضل على أنه بات ... وغير مسبوق" and "وذكر أن الأبنية الخضراء ... ومن محيط المشروع" (null).
    # Not claims: "نظام الأبنية الخضراء يفتح آفاقا جديدة في استخدامات الطاقة النظيفة ويسهم في ترشيد الموارد." between
    # "وبيّن" and "وأوضح" (the outlet's sub-headline glued into the text, no reporting verb, blind11/blind31; "وبيّن"
    # ends before it), "يعكف على إصدار" (the forum's act), "التي تعنى بإعداد" (a description)
    2: [("أوضح", "المهندس فيصل الفضل أمين مبادرة خادم الحرمين للأبنية الخضراء", "أن أكثر من 50",
         "مهتمة بالأبنية الخضراء", False, True),
        ("وأضاف", "الفضل", "أن الاستثمار", "في المملكة بشكل كبير", False, True),
        ("وأشار", "الفضل", "إلى أن المنتدى", "بالتغيرات المناخية", False, True),
        ("وبيّن", None, "أن برنامج المنتدى", "والصديق للإنسان والبيئة", False, True),
        ("وأوضح", None, "أن المنتدى السعودي", "لا حكومية ولا ربحية", False, True),
        ("وقال", None, "إنه عند تطبيق", "العامة للإنسان والبيئة", False, True),
        ("وشدد", "الفضل", "على أنه بات", "عملاقا وغير مسبوق", False, True),
        ("وذكر", None, "أن الأبنية الخضراء", "ومن محيط المشروع", False, True)],
    # sabq Bolloni's salary: "وكشفت صحيفة "gsp" الرومانية عن الراتب الذي سيتلقاه المدرب بولوني مع الاتحاد" (a
    # disclosure with its object, blind1/blind10's "كشفت ... عن تفاصيل"; the quotes kept inside the noun phrase,
    # blind28/blind30/blind31), "حيث قالت إنه الراتب الأكبر ... وأخيرًا في الاتحاد السعودي" (elided subject: null;
    # ending before the next reporting word of the same source), "حيث قالت الصحيفة إنه اتفق ... مدة عامين",
    # "وكشفت الصحيفة عن أن المدرب ... في الموسمين" and "حيث قالت إنه تولى في البداية فريق الجزيرة نظير 800 ألف
    # دولار" (null; the next paragraph "وانتقل المدرب ..." is the writer's, no reporting verb: not spanned). Not
    # claims: the byline "محمد السيد - سبق :", "يُنتظر أن تعلن إدارة نادي الاتحاد ... التعاقد" (impersonal
    # expectation of a future act, blind30's "المقرر"), "ونشرت الصحيفة بيانًا بالرواتب" (publication, blind21)
    3: [("وكشفت", "صحيفة \"gsp\" الرومانية", "عن الراتب", "بولوني مع الاتحاد", False, True),
        ("قالت", None, "إنه الراتب الأكبر", "وأخيرًا في الاتحاد السعودي", False, True),
        ("قالت", "الصحيفة", "إنه اتفق", "الاتحاد مدة عامين", False, True),
        ("وكشفت", "الصحيفة", "عن أن المدرب", "دولار في الموسمين", False, True),
        ("قالت", None, "إنه تولى", "نظير 800 ألف دولار", False, True)],
    # aljazirah football veterans' association: "وكشف وكيل وزارة الشؤون الاجتماعية المساعد للتنمية مشوح الحوشان أن
    # الجمعية تضم ... حيث تهدف الجمعية لتقديم ... التي يحتاجونها" (to the end of the sentence, the "حيث" clause
    # continuing the statement), "وأكد وكيل وزارة الشؤون الاجتماعية المساعد للتنمية أن الأنظمة ... بعد الاجتماع
    # التأسيسي" (the title alone, the same identified man: named=true) and "وشدد مشوح الحوشان أن وزارة ... في تنمية
    # المجتمع" (شدد without على, content from أن). Not claims: the photo caption "د. ماجد القصبي" glued to "صدرت"
    # (blind31), "صدرت موافقة ... على تأسيس ... « وأن الوزارة بانتظار ..." (an approval, an act; the "وأن" clause
    # hangs on no reporting word: annotated as written, blind20/blind23's missing verb), "وتأتي هذه الموافقة ضمن
    # استراتيجية ..." (the writer), "وقد بلغ عدد الجمعيات" (data without a reporting verb)
    4: [("وكشف", "وكيل وزارة الشؤون الاجتماعية المساعد للتنمية مشوح الحوشان", "أن الجمعية تضم",
         "الأمور التي يحتاجونها", False, True),
        ("وأكد", "وكيل وزارة الشؤون الاجتماعية المساعد للتنمية", "أن الأنظمة", "بعد الاجتماع التأسيسي", False,
         True),
        ("وشدد", "مشوح الحوشان", "أن وزارة الشؤون", "في تنمية المجتمع", False, True)],
    # almadina malicious lawsuits: "وقال المحامي والمستشار القانوني بدر إسحاق إن التقاضي ... بحسب نوع القضية وجهة
    # اختصاصها" ("بحسب نوع القضية" a non-source, inside), "مبينًا أن البعض ... مع آخرين" and "منوّهًا أن المنظم ...
    # لدى المحاكم الجزئية" (participles after a claim: null; each content to the next reporting word of the same
    # source), "وأشار إلى أن مَن تضرّر ... من أجل إثبات الضرر" (null) and "مبينًا أن المحاكم الجزئية ... بسبب الدعوى
    # الكيدية" (null). Not claims: "يعتقد رافعوها أنهم تعرّضوا لدعاوى كيدية ..." (a belief, cognitive verb:
    # blind23/blind26/blind30), "نظرت المحاكم"، "وجاءت منطقة الرياض في المرتبة الأولى ..." (data without a reporting
    # verb)
    5: [("وقال", "المحامي والمستشار القانوني بدر إسحاق", "إن التقاضي", "وجهة اختصاصها", False, True),
        ("مبينًا", None, "أن البعض", "تعسفية مع آخرين", False, True),
        ("منوّهًا", None, "أن المنظم", "لدى المحاكم الجزئية", False, True),
        ("وأشار", None, "إلى أن مَن", "من أجل إثبات الضرر", False, True),
        ("مبينًا", None, "أن المحاكم الجزئية", "بسبب الدعوى الكيدية", False, True)],
    # alweeam Hijra road accident: "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة المدينة المنورة خالد بن
    # مساعد السهلي: إن عمليات الهيئة ... باتجاه جدة" (colon: direct, blind2-blind31), nested in it "تلقت ... بلاغاً
    # يفيد عن وقوع حادث انقلاب مركبة ... باتجاه جدة" (a received report with "يفيد": cue "يفيد", the caller never
    # named: null, content from عن, blind26/blind30; direct=false as nested, blind31), "وأضاف “السهلي”: تم على
    # الفور ... جميع إصاباتهم خطيرة" (the one-word quoted name spanned without its marks, blind28-blind31; colon:
    # direct) and "وتابع: تم نقل ... عن طريق الفرق الأرضية" (null; colon: direct). Not claims: "اتضح وفاة شخص"
    # (impersonal, inside), the link line
    6: [("وأوضح", "المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة المدينة المنورة خالد بن مساعد السهلي",
         "إن عمليات الهيئة", "مركز اليتمة باتجاه جدة", True, True),
        ("يفيد", None, "عن وقوع حادث", "مركز اليتمة باتجاه جدة", False, True),
        ("وأضاف", "“|السهلي|”", "تم على الفور", "جميع إصاباتهم خطيرة", True, True),
        ("وتابع", None, "تم نقل 4 حالات", "عن طريق الفرق الأرضية", True, True)],
    # aawsat the dollar's three-month peak: "بعد أن قالت جانيت يلين رئيسة مجلس الاحتياطي الاتحادي (البنك المركزي
    # الأميركي) إن أسعار الفائدة ... في وقت لاحق هذا العام" (the apposition with its parenthesised gloss kept in the
    # speaker, blind3/blind9/blind13/blind18/blind26's "(البنتاجون)"، "(الفاو)"، "(جد الطفلة)") and "بعد تقارير نقلت
    # عن رئيس الوزراء قوله إن تراجع العملة ... وإن الاقتصاد ينمو بوتيرة جيدة" (نقل عن X قوله: cue the verb, speaker
    # X, make_gold/blind13/blind26; the prime minister named in the text (جون كي): named=true; content after "قوله").
    # Not claims: "بعد تصريحات لرئيس الوزراء جون كي جعلت المستثمرين يتمهلون ..." (a reporting noun whose content is
    # never given, only its effect: decided here, blind31's "في تصريحات إعلامية سابقة"), "كانت بيانات أميركية قوية
    # ... ساعدت" (data without an issuer, blind23), the market figures
    7: [("قالت", "جانيت يلين رئيسة مجلس الاحتياطي الاتحادي (البنك المركزي الأميركي)", "إن أسعار الفائدة",
         "في وقت لاحق هذا العام", False, True),
        ("نقلت", "رئيس الوزراء", "إن تراجع العملة", "ينمو بوتيرة جيدة", False, True)],
    # 3alyoum Emirati martyrs: "وكانت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن قد أعلنت في بيان لها أمس
    # استشهادهم أثناء أدائهم الواجب في الدفاع عن الشعب اليمني" (cue without قد; the channel and time left out;
    # content the object NP). Not claims: "وجه ... بمعاملة الشهداء ..." (a directive, blind20), the dateline "عين
    # اليوم – الرياض", the tag line "سمات ..." (blind13)
    8: [("أعلنت", "قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن", "استشهادهم أثناء",
         "الدفاع عن الشعب اليمني", False, True)],
    # alriyadh crowds delay the air ambulance: "وأوضح المتحدث الرسمي في هيئة الهلال الأحمر بالمنطقة خالد السهلي بأن
    # عمليات الهيئة ... منها حالتين خطيرة الإصابة وحالة متوسطة" (to the end of the sentence; "وقد تأخر الإسعاف
    # الجوي ..." after it is the writer's), nested in it "تلقت ... بلاغاً عن حادث مروري في الطريق للمنتزه البرى
    # البيضاء وغير معروف عدد الإصابات" (a received report with عن: cue the noun, null, blind20/blind24/blind25/
    # blind28; the unknown toll part of the report; ending before the response "وتم على الفور ..."). Not claims: "الجدير
    # بالذكر بأنه" (editorial), "ودعا ( السهلي ) إلى ضرورة الابتعاد ... كما أن التجمهر يؤخر ..." (an appeal with its
    # reason, no reporting word of its own)
    9: [("وأوضح", "المتحدث الرسمي في هيئة الهلال الأحمر بالمنطقة خالد السهلي", "بأن عمليات الهيئة",
         "خطيرة الإصابة وحالة متوسطة", False, True),
        ("بلاغاً", None, "عن حادث مروري", "وغير معروف عدد الإصابات", False, True)],
    # okaz emerging-market outflows: "أوضح بنك أوف أمريكا ميريل لينش، أمس، أن مستثمرين ... أسواق الأسهم الأوروبية"
    # (the time adverb left out), "مشيرا إلى أنه بلغ صافي ... إلى 83.5 مليار دولار" (null) and "يشار إلى أن
    # التخارجات ... منذ بداية العام ــ وفق تقرير بنك أوف أمريكا ميريل، لينش الذي استند ..." (an "according to"
    # phrase after its clause: cue "وفق", speaker the report without its relative (blind26/blind28), the stray comma
    # of "ميريل، لينش" kept inside the name as written; content before it from "التخارجات": the editorial "يشار إلى
    # أن" left out, blind28's "ويشار إلى أنه وفق ..."). Not claims: "يشار إلى أن" itself (editorial), "الذي استند
    # أيضا إلى أحدث بيانات التدفقات من مؤسسة إي. بي. إف. آر جلوبال" (the report's basis, no content of the data's
    # own: decided here, with alwatan's "وفقا لإحصاءات ...")
    10: [("أوضح", "بنك أوف أمريكا ميريل لينش", "أن مستثمرين", "أسواق الأسهم الأوروبية", False, True),
         ("مشيرا", None, "إلى أنه بلغ", "إلى 83.5 مليار دولار", False, True),
         ("وفق", "تقرير بنك أوف أمريكا ميريل، لينش", "<التخارجات من الأسواق", "منذ بداية العام", False, True)],
    # arriyadiyah al-Ahli's Swiss camp: "أكد مدير الفريق الأول ... باسم أبوداود على نجاح معسكر ... خلال أيام المعسكر",
    # "وقال:" في أولى ... آخر أيام المعسكر"" (null; colon and quotes: direct, the marks kept), "وأشار إلى أن
    # المباريات ... الفنية والتكتيكية"" (null; indirect with a closing mark that opens nowhere, kept: direct=false,
    # blind28) and "متمنياً أن يقدم فريقه ... بتحقيق الانتصارات والبطولات" (a hope about a fact with an أن clause,
    # blind14/blind28, unlike the ritual NP wishes; a participle after the non-claim "وأشاد أبوداود" takes its overt
    # subject, blind5/blind7/blind8/blind10-blind31). Not claims: "وأشاد" (praise), "من جهة أخرى يستأنف ..."
    11: [("أكد", "مدير الفريق الأول لكرة القدم بالنادي الأهلي رئيس بعثة الفريق في معسكر سويسرا باسم أبوداود",
          "على نجاح", "خلال أيام المعسكر", False, True),
         ("وقال", None, "\" في أولى", "آخر أيام المعسكر\"", True, True),
         ("وأشار", None, "إلى أن المباريات", "الفنية والتكتيكية\"", False, True),
         ("متمنياً", "أبوداود", "أن يقدم فريقه", "الانتصارات والبطولات", False, True)],
    # was Okaz tent: "وأوضح المدير التنفيذي لسوق عكاظ الدكتور راشد الغامدي، أنه سيتم ... من داخل وخارج المملكة"
    # (ending before "مشيراً"), "مشيراً إلى أن سمو أمير منطقة مكة ... لسوق عكاظ" (null), "وبين أن المساحة ... من
    # شركة يابانية متخصصة" (null) and "وأفاد المدير التنفيذي لسوق عكاظ أن مشروع الخيمة ... على دعائم معدنية" (the
    # title alone, the same identified man: named=true). Not claims: the dateline, "وافق ... على مشروع" (an
    # approval), "ومن المقرر أن يحتضن ..." (impersonal, blind30), "// انتهى //" and the time line
    12: [("وأوضح", "المدير التنفيذي لسوق عكاظ الدكتور راشد الغامدي", "أنه سيتم", "من داخل وخارج المملكة", False,
          True),
         ("مشيراً", None, "إلى أن سمو", "التطويرية لسوق عكاظ", False, True),
         ("وبين", None, "أن المساحة", "من شركة يابانية متخصصة", False, True),
         ("وأفاد", "المدير التنفيذي لسوق عكاظ", "أن مشروع الخيمة", "على دعائم معدنية", False, True)],
    # alyaum Hadi and the UN envoy: "وأوضحت وكالة الأنباء اليمنية الرسمية أن الجانبين استعرضا ... قرار مجلس الأمن
    # الدولي 2216" (the agency's report of the meeting, blind26's "أن الجانبين تواصلا"), "وأكد الرئيس اليمني، أن
    # مدينة عدن ... والدول الشقيقة والصديقة", "مشيرا إلى أن الهدنة الإنسانية ... في مختلف المحافظات" (null) and "من
    # جهته، أعرب المبعوث الأممي إلى اليمن، عن أمله في أن يقوم ... ذات الصلة" (expressed hope, blind22's identical
    # "وأعرب ... عن أمله في أن"; cue without من جهته). Not claims: "طالب ... باحترام الهدنة" (a demand), "ودعا ...
    # الى زيارة" (an appeal), "وقدم الرئيس هادي ... شرحًا عن الأوضاع" (a briefing, blind15/blind20)
    13: [("وأوضحت", "وكالة الأنباء اليمنية الرسمية", "أن الجانبين", "مجلس الأمن الدولي 2216", False, True),
         ("وأكد", "الرئيس اليمني", "أن مدينة عدن", "الشقيقة والصديقة", False, True),
         ("مشيرا", None, "إلى أن الهدنة", "في مختلف المحافظات", False, True),
         ("أعرب", "المبعوث الأممي إلى اليمن", "عن أمله", "الأمم المتحدة ذات الصلة", False, True)],
    # arreyadi Prince Nawaf in Kuwait: "مشيراً الى أن العلاقات التي تربط بين السعودية والكويت ... بين الشعبين
    # الشقيقين" -- a participle after the non-claim "ونقل الأمير نواف بن فيصل لأمير دولة الكويت تحيات ... وتمنياتهم
    # ..." takes its overt subject (blind5/blind7/blind8/blind10-blind31; located with context). Not claims: the
    # dateline "الرياضي ـ الكويت", "استقبل" (an act), "ونقل ... تحيات ... وتمنياتهم"، "وحمّله تحياته" (greetings and
    # wishes conveyed, blind13/blind18), "ورحب" (a welcome), "متمنياً لهما دوام الصحة والسعادة" (a ritual NP wish,
    # blind28), "تكريم"، "كرم" (acts)
    14: [("مشيراً", "ونقل |الأمير نواف بن فيصل| لأمير", "الى أن العلاقات", "بين الشعبين الشقيقين", False, True)],
    # sabq Maha al-Ureini's blends: "وذكرت "مها" أنها كانت تعمل ... في ظل ظروف المعيشة" (the one-word quoted name
    # spanned without its marks), "وقالت إنها كانت تمارس ... ولمعلمات المدرسة" (null), "وتذكرت حينما طلبت منها معلمة
    # ... حتى وصلت إلى 14 منتجاً" (her recollection told to the paper: a narrated account, blind25's "روى"; decided
    # here, unlike the cognitive verbs of belief (اعتقد، يعتقد); null, content from the adverbial "حينما" to the end of
    # the sentence), "وأضافت "مها": "المصداقية ... بعد انتهاء أي عملية بيع"" (direct) and "وأردفت: "مهرجان أبها ...
    # الأمور الإدارية"" (null; direct; "وأشكر مدير المهرجان" inside the quotes not counted apart). Not claims: the
    # dateline "سبق- أبها:", "تمكنت"، "وأصبحت" (the writer)
    15: [("وذكرت", "\"|مها|\"", "أنها كانت تعمل", "ظل ظروف المعيشة", False, True),
         ("وقالت", None, "إنها كانت تمارس", "ولمعلمات المدرسة", False, True),
         ("وتذكرت", None, "حينما طلبت", "حتى وصلت إلى 14 منتجاً", False, True),
         ("وأضافت", "\"|مها|\"", "\"المصداقية", "أي عملية بيع\"", True, True),
         ("وأردفت", None, "\"مهرجان أبها", "الأمور الإدارية\"", True, True)],
    # almadina Syria and Baghdad: "قتل 12 شخصا ... شمال البلاد، وفق المرصد السوري لحقوق الانسان" (content before the
    # cue from the sentence's first word, blind2/blind31), "وقال المرصد: إن الطيران ... شرق حلب" (colon: direct),
    # "وفي العراق، قتل 21 شخصا ... تبناهما «داعش» الإرهابي بحسب مصادر أمنية وطبية" (content from the sentence's
    # first word with its fronted "وفي العراق،", as blind9's "وعلى هامش اللقاء" and blind22's "وفي عملية أخرى،";
    # unnamed sources: named=false; "تبناهما" a claim of responsibility, an act, blind2/blind13), "وقال ضابط في
    # الشرطة برتبة عقيد: «استشهد ... منطقة البياع»" (direct; the writer's "في غرب العاصمة" after the closing mark
    # left out; unnamed: named=false), "وأكد مصدر في وزارة الداخلية ومصادر طبية حصيلة التفجير" (content the object
    # NP; the coordinated unnamed sources one speaker, claims-gold's "مصادر ... وشهود عيان"), "إلى ذلك، قتل خمسة
    # ... (شمال شرق)، بحسب المصدر نفسه" (from the sentence's first word; "المصدر نفسه" named=false, blind28/blind31),
    # "وقال العقيد في الشرطة والمصدر في وزارة الداخلية: إن الهجوم ... من القوات الأمنية" (direct), "إلا أن المصدر
    # الطبي قال: إن الهجوم كان ... مدنيين" (the speaker before the cue; direct), "واستهدف أكثر التفجيرات دموية ...
    # سوقا تجارية، بحسب مصادر أمنية وطبية" and "كما انفجرت سيارة ... وجرح عشرة، بحسب المصادر نفسها" (from the
    # sentence's first word "كما" (also), kept as the opening of the sourced sentence; decided here). Not
    # claims: "ويشن الجيش السوري ..." (no source), "إلا أن روايات المصادر تباينت عن طبيعة الهجوم" (the accounts
    # differ, no content of their own: decided here), "وتأتي هذه الهجمات غداة ... تبناهما" (no source)
    16: [("وفق", "المرصد السوري لحقوق الانسان", "<قتل 12 شخصا", "محافظة حلب شمال البلاد", False, True),
         ("وقال", "المرصد", "إن الطيران السوري", "60 كلم شرق حلب", True, True),
         ("بحسب", "مصادر أمنية وطبية", "<وفي العراق،", "«داعش» الإرهابي", False, False),
         ("وقال", "ضابط في الشرطة برتبة عقيد", "«استشهد 16", "منطقة البياع»", True, False),
         ("وأكد", "مصدر في وزارة الداخلية ومصادر طبية", "حصيلة التفجير", "حصيلة التفجير", False, False),
         ("بحسب", "المصدر نفسه", "<إلى ذلك، قتل", "الغالبية الشيعية (شمال شرق)", False, False),
         ("وقال", "العقيد في الشرطة والمصدر في وزارة الداخلية", "إن الهجوم نفذه", "من القوات الأمنية", True,
          False),
         ("قال", "المصدر الطبي", "إن الهجوم كان", "مفخخة استهدفت مدنيين", True, False),
         ("بحسب", "مصادر أمنية وطبية", "<واستهدف أكثر", "استهدف سوقا تجارية", False, False),
         ("بحسب", "المصادر نفسها", "<كما انفجرت", "على الأقل وجرح عشرة", False, False)],
    # alriyadh spoiled food in Makkah: "وأوضح نايف الحداد مدير الادارة الفنية ببلدية العمرة ان البلدية شكلت ... وفق
    # الطرق الصحية المتبعة" ("وفق الطرق ..." a non-source, inside) and "مشيراً الى أن البلدية قامت ... الظواهر
    # السلبية" (a participle after the non-claim "ودعا الحداد ..." takes its overt subject, blind31's sabq "ودعا "آل
    # مريع" ...، مبيناً"). Not claims: "ضبطت"، "وتمت ... مداهمته" (acts), "ودعا الحداد المواطنين للتعاون" (an appeal)
    17: [("وأوضح", "نايف الحداد مدير الادارة الفنية ببلدية العمرة", "ان البلدية شكلت", "وفق الطرق الصحية المتبعة",
          False, True),
         ("مشيراً", "الحداد", "الى أن البلدية", "هذه الظواهر السلبية", False, True)],
    # okaz gold: no claim. "بعدما صدرت بيانات أمريكية قوية زادت من تعزيز التكهنات بأن يرفع سعر الفائدة ..." (data
    # without an issuer, blind23; speculation without a source, blind12/blind31's "التوقعات المتزايدة"), the prices
    18: [],
    # arriyadiyah the Super Cup absences: no claim (no reporting word: suspensions, injuries, "فشلت محاولات"، "قرر
    # التجديد"، "سعى لتقوية" are the writer's account of acts)
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind32.jsonl")
