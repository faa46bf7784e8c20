"""Build claims-blind50.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261318) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind49.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind50.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind49/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (also the no-break spaces of 3alyoum and sabq).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the straight quotes of aleqtisadiya, arriyadiyah,
alriyadh and sabq, the curly quotes of alweeam and 3alyoum, the guillemets of aawsat, aljazirah and aleqtisadiya's
"«"/"»" where they stand, was's "//" marks, aleqtisadiya's hamza-less "اعلنت"/"ان"/"واضاف"/"مضيفا"/"انه", alweeam's
"ان"/"واضاف" and its ellipsis "…", aljazirah's "مسئولو"/"شئون", almadina's "مشيرًا" with the tanwin on the alif, was's
"العلمية"/"العلميات" as misspelt and "مشيراً", alyaum's "ادوارد", sabq's "أبناءها" and its stray closing quotes).
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
    # 3alyoum Crown Prince meets Hollande: no claim ("هنّأ الرئيس الفرنسي الأمير ... بمناسبة اختياره" a
    # congratulation, an act; "وجرى خلال اللقاء استعراض العلاقات ... بالإضافة إلى بحث تطورات الأوضاع" reviewing and
    # discussing topics; "حضر اللقاء" and "فيما حضره" attendance; the dateline "عين اليوم – واس")
    0: [],
    # aleqtisadiya Pakistan helicopter: "اعلنت مصادر باكستانية رسمية اليوم الجمعة مقتل 12 شخصا الخميس في تحطم مروحية
    # عسكرية في شمال غرب البلاد" (object NP; the time left out; unidentified sources: named=false), 'وقال مسؤول عسكري
    # لوكالة فرانس برس ان "الاشخاص ... لانقاذ جندي جريح"' (the addressee left out; the whole content quoted after ان:
    # direct, blind39-blind48; "مسؤول عسكري" named=false as blind8's "مسؤولون"), 'واضاف "من بين القتلى ... وطاقم
    # المروحية"' (null, direct) and "مضيفا انه تم التعرف على هويات جميع الضحايا" (null). Not claims: "ووقع الحادث ..."
    # and the background "وكان 17 شخصا ..."، "ومطلع ايار/مايو تحطمت ..." (the writer's)
    1: [("اعلنت", "مصادر باكستانية رسمية", "مقتل 12 شخصا", "في شمال غرب البلاد", False, False),
        ("وقال", "مسؤول عسكري", "ان \"الاشخاص", "لانقاذ جندي جريح\"", True, False),
        ("واضاف", None, "\"من بين القتلى", "وطاقم المروحية\"", True, True),
        ("مضيفا", None, "انه تم التعرف", "هويات جميع الضحايا", False, True)],
    # was Madinah administrative-sciences workshop: "بكلمة لمدير إدارة الإشراف التربوي عبدالرحمن حبيب بين من خلالها
    # اهتمام الوزارة لتطوير المناهج ... والتنمية المستدامة" (object NP, to the end of the sentence with its "إضافة إلى
    # التركيز ..."; null: the verb of a clause on "كلمة", blind3's "كلمة أعرب فيها", blind22's "كلمة ... أوضح فيها" and
    # blind33's "بكلمة أكد فيها", all null with the cue the verb alone -- here "بين" without "من خلالها", written with
    # its following words as context since the cue "بين" is a common word) and "من جهته أوضح رئيس قسم العلوم الإدارية
    # بتعليم المدينة رئيس فريق العمل رشيد بن هاشم رشيد أن الورشة ... والروابط المساعدة للفريق" (cue without "من
    # جهته"). Not claims: "نظمت إدارة التخطيط ... ورشة العمل" (an event), the dateline, "// انتهى //" and the time line
    2: [("|بين| من خلالها", None, "اهتمام الوزارة", "الاقتصادي والاستراتيجي والتنمية المستدامة", False, True),
        ("أوضح", "رئيس قسم العلوم الإدارية بتعليم المدينة رئيس فريق العمل رشيد بن هاشم رشيد", "أن الورشة",
         "المراجع والروابط المساعدة للفريق", False, True)],
    # almadina Tabuk election workshop: "وأكد المهندس الغبان على أهمية عمل رئيس المركز ... وتسجيل المرشحين يوم
    # 15/11/1436هـ" (ending before "، مشيرًا") and "مشيرًا إلى أن اللجنة قامت بتحديد المركز ... لتسجيل المرشحات من
    # النساء" (null). Not claims: "شارك (14) رئيس مركز انتخابي ... في ورشة" (an event), "التي أشرفت عليها اللجنة"
    3: [("وأكد", "المهندس الغبان", "على أهمية عمل", "وتسجيل المرشحين يوم 15/11/1436هـ", False, True),
        ("مشيرًا", None, "إلى أن اللجنة", "لتسجيل المرشحات من النساء", False, True)],
    # alyaum Sultan bin Salman supports a craftsman's family: "وعبر أبناء محمد بن مسعد بالمناسبة عن بالغ شكرهم
    # وتقديرهم لسمو رئيس الهيئة العامة للسياحة والتراث الوطني" (expressed thanks, blind3-blind49; "بالمناسبة" left
    # out; the sons named=true, make_gold's "نجل المرسل إليه المتوفى"). Not claims: "قدم ... دعماً مادياً" (an act),
    # "مثمنين عاليا ما حظي به والدهم ... من الدعم والمؤازرة" (appreciation/praise of an NP, blind13/blind20/blind26/
    # blind33/blind40's "مثمنا"/"مثمنين"/"وثمن" unannotated), "يذكر أن" (an editorial formula)
    4: [("وعبر", "أبناء محمد بن مسعد", "عن بالغ شكرهم", "للسياحة والتراث الوطني", False, True)],
    # aljazirah Egyptian FA and Zamalek: "وأوضح مسئولو الجبلاية للزمالك أن الموقف الآن ... بعيداً عن صلاحيات لجنة
    # شئون اللاعبين" (the addressee left out; to the end of the sentence; unidentified officials: named=false, blind6's
    # "مسؤولو وزارة الدفاع الاميركية") and "كانت أنباء قوية ترددت حول أن مرتضى منصور ... لعب دوراً كبيراً ... ومحمود
    # فتح الله" (decided here: news reports that circulated with a content clause, blind19/blind40's "الأنباء"/"أنباء"
    # as speakers, named=false; cue the verb "ترددت"; content from the preposition "حول" it takes, to the end of the
    # sentence). Not claims: "رفضت لجنة ... إعادة النظر" and "واعتمدت لجنة ... جميع القرارات" (decisions), "بعدما تظلم
    # اللاعبون الثلاثة ونادي الزمالك على قرارات" (a formal grievance against an NP, an act)
    5: [("وأوضح", "مسئولو الجبلاية", "أن الموقف", "بعيداً عن صلاحيات لجنة شئون اللاعبين", False, False),
        ("ترددت", "أنباء قوية", "حول أن مرتضى", "وأحمد سمير ومحمود فتح الله", False, False)],
    # arriyadiyah Chevrolet safety event: 'وقال سدودي: "نحن في شفروليه ... خلال القيادة على الطرقات"' (direct; the
    # final stop outside the marks excluded). Not claims: "وتضمنت قائمة المتحدثين ..." (a list), "سلّط سدودي وفاليفسكا
    # الضوء على مجموعة من المواضيع" (presenting topics, blind48), "ويذكر أن" (an editorial formula), the dateline
    6: [("وقال", "سدودي", "\"نحن في شفروليه", "خلال القيادة على الطرقات\"", True, True)],
    # sabq column on harassment cases: no claim (the columnist's own voice: "ولكني أحببت أن أسجل"، "ونحن هنا لا
    # نُبَرّر"، "فنحن نرى أن العقاب القانوني ..." -- the columnist's "we", blind13/blind48 --، "حينما نتهم الشباب" and
    # "لا نسمع عن عقوبات" generic; "الخطأ الأول: ..." the columnist's list)
    7: [],
    # alwatan column on Iran and Saleh: "بمن أعلنوا أنهم سادة البحار والأراضي العربية" (decided here: the columnist's
    # reference to a public claim is still an attributed statement; null: the subject is the relative "من", make_gold's
    # rule for relatives) and "ومن تسميه قبل سنوات عميل السعودية" (decided here: naming = describing, make_gold's
    # "يصفه ... بأنه" and blind31's "وصفه بالجاحد"; null: Iran's pronoun; the time left out; content the name given).
    # Not claims: "لم تقاتل أو تطالب بشرعيته" (a negated demand), "ورفع سقف هجومه على السعودية" (an attack as a topic),
    # "ولن يصرخ الموت لأميركا" (a negated hypothetical), "أرادت إقناع شعبها بأن ..." (wanting to convince), "وبعد
    # الوعد بالاحتفال بتحرير مكة" (a promise noun with no source, the columnist's allusion), the columnist's
    # exclamations ("يا لسوء حظ إيران"، "يا لها من ثورة ...")
    8: [("أعلنوا", None, "أنهم سادة", "البحار والأراضي العربية", False, True),
        ("تسميه", None, "عميل السعودية", "عميل السعودية", False, True)],
    # okaz column "سوبر بـ القانون": no claim ("علت بعض الأصوات من الناديين مطالبة بغير ذلك" a demand; "ما تم تدواله"
    # a passive; "وهي خطوة صادمة رفضها اتحاد القدم" a rejection, a decision; "يسوق لها" impersonal; "وعلى الاتحاد
    # ... الاستفادة" the columnist's demand; the signature)
    9: [],
    # alweeam Benitez on Casillas: "قال رفائيل بنيتز مدرب ريال مدريد ... اليوم الجمعة إن الرحيل ... في أسرع وقت ممكن"
    # (the relative "الذي ينافس ..." and the time left out; partly quoted “انقساما”: direct=false), "ليعلن رحيله عن
    # النادي ... قضاها مع الفريق" (Casillas's announcement, blind48's "قبل أن يعلن اعتزاله": null), "وألقت باللائمة عليه
    # في رحيل الحارس البالغ من العمر 34 عاما" (decided here: blaming = an accusation, blind49's "محملاً ... المسؤولية";
    # null: the coordinated verb after the non-claim "هتفت ... مطالبة", blind44-blind49; content from "باللائمة"),
    # 'وقال بنيتز للصحفيين في ملبورن ... “أريد ... النقاشات.”' (the addressee, place, time and occasion left out;
    # direct), 'وأضاف عبر مترجم “...”' and 'وتابع “...”' (null, direct), "وقال بنيتز ان نافاس يمثل الاختيار الأول
    # بالنسبة للفريق", 'وأضاف “يمثل نافاس ... الآن.”' (null, direct), '“...”وفقا لوكالة رويترز' (a source-last relay,
    # blind37's "-بحسب وكالة الأنباء الفرنسية-" whose content is the quote: content the quote before the cue, direct;
    # speaker after the clitic لـ), "وتشير التقارير أيضا إلى أن ريال يسعى ..." (named=false, blind30-blind37's
    # "تقارير"; "أيضا" left out), 'وقال بنيتز “بالنسبة للحارس ... ودي خيا.”' and 'واضاف “بالنسبة لي ... قوة.”' (null).
    # Not claims: "وتعرض ريال لانتقادات شديدة" (criticism without content), "هتفت ... مطالبة باستقالة" (a demand),
    # "تتحدث عنهما وسائل الإعلام" (talk about two goalkeepers, a topic, blind49's "وكثر الحديث ... عن صفقة"), the link
    # line
    10: [("قال", "رفائيل بنيتز مدرب ريال مدريد", "إن الرحيل", "في أسرع وقت ممكن", False, True),
         ("ليعلن", None, "رحيله عن النادي", "قضاها مع الفريق", False, True),
         ("وألقت", None, "باللائمة عليه", "البالغ من العمر 34 عاما", False, True),
         ("وقال", "بنيتز", "“أريد أن", "في الكثير من النقاشات.”", True, True),
         ("وأضاف", None, "“تحدثنا بشكل", "تمنيت له كل التوفيق.”", True, True),
         ("وتابع", None, "“لا أحب", "هذا الأمر خلف ظهورنا.”", True, True),
         ("وقال", "بنيتز", "ان نافاس", "الاختيار الأول بالنسبة للفريق", False, True),
         ("وأضاف", None, "“يمثل نافاس", "في الواجهة الآن.”", True, True),
         ("وفقا", "وكالة رويترز", "<“يمثل نافاس", "في الواجهة الآن.”", True, True),
         ("وتشير", "التقارير", "إلى أن ريال", "وديفيد دي خيا حارس مانشستر يونايتد", False, False),
         ("وقال", "بنيتز", "“بالنسبة للحارس", "هناك كيكو كاسيا ودي خيا.”", True, True),
         ("واضاف", None, "“بالنسبة لي", "يعني أن هذا المركز يزداد قوة.”", True, True)],
    # alriyadh Hajer football director: "أكد مدير الكرة بنادي هجر فؤاد المسلم جاهزية جميع لاعبي فريقه ... بعد عودة الفريق
    # من تركيا" (object NP; "ومن المتوقع جاهزيتهما" inside, impersonal; ending before "، مبديا"), "مبديا رضاه عن أداء
    # اللاعبين في التدريبات والمباريات الودية" (an expressed feeling, blind20's "مبديا إعجابه"; null) and 'وقال:
    # "حظي معسكر تركيا ... ثمار إعدادنا المتميز"' (null, direct; "بإشادة الجهاز الفني" inside, praise). Not claims:
    # the byline
    11: [("أكد", "مدير الكرة بنادي هجر فؤاد المسلم", "جاهزية جميع", "بعد عودة الفريق من تركيا", False, True),
         ("مبديا", None, "رضاه عن أداء", "في التدريبات والمباريات الودية", False, True),
         ("وقال", None, "\"حظي معسكر", "ثمار إعدادنا المتميز\"", True, True)],
    # 3alyoum Kuwaiti presenter and Iraqi poetess: "قالت الشمري إنها حالياً “الشاعرة ... ممن سبقها من الشاعرات”" (cue
    # without "وعبر ذلك اللقاء،"; partly quoted -- "إنها حالياً" outside the marks --: direct=false, blind48's 'إن هذا
    # “الاكتشاف المذهل”'; the writer's "واعترفت فقط بمن سبقها من الشاعرات" standing inside the marks is kept in the
    # content and not annotated apart: acknowledging people, no content), "لأنه كان قد ذكر أنه لا توجد قصائد شعبية
    # بارزة في العراق" (null) and "إلا أن الإعلامي الكويتي بادر بقوله: “أقوم أبوسها”" (speaker the overt subject of the
    # non-claim "بادر", make_gold's "واختتم المدرب الهلالي حديثه بقوله"; direct). Not claims: "لم يتردّد ... في طلب
    # “قُبلة”" (a request), "طالب مقدم البرنامج المعطش بالاعتذار" (a demand), "في طلب تقبيل مباشر" (the writer's
    # gloss), the dateline, the tag line "سمات ..."
    12: [("قالت", "الشمري", "إنها حالياً", "بمن سبقها من الشاعرات”", False, True),
         ("ذكر", None, "أنه لا توجد", "شعبية بارزة في العراق", False, True),
         ("بقوله", "الإعلامي الكويتي", "“أقوم", "أبوسها”", True, True)],
    # aleqtisadiya dollar: "وقال معهد إدارة التوريدات إن مؤشره ... من 53.5 في الشهر السابق", "دون توقعات كانت تشير إلى
    # استقرار المؤشر عند 53.5 وفقا لاستطلاع أجرته رويترز لآراء الاقتصاديين" (one claim: blind12's "توقعات بنمو قدره
    # 2.6 في المائة في استطلاع لوكالة رويترز" and blind31's "متوسط التوقعات في استطلاع لرويترز", cue the noun
    # "توقعات", speaker the poll -- "استطلاع" after the clitic لـ, its relative clause left out as blind48's "مسح
    # شهري"; named=true --, content from the preposition "إلى" of "كانت تشير", before the speaker) and "وهو ما يتوقع
    # كثيرون أن يبدأ في سبتمبر أيلول" (a prediction; unidentified: named=false, blind33's "كثير من المحللين"). Not
    # claims: "بعد بيانات أظهرت تباطؤ ..." (the same Reuters formula unannotated in blind27 and blind12: data that
    # show), "فسيعزز التكهنات بأن ..." (speculation without a source, blind12/blind32 unannotated), "مع ترقب المستثمرين"
    13: [("وقال", "معهد إدارة التوريدات", "إن مؤشره", "من 53.5 في الشهر السابق", False, True),
         ("توقعات", "استطلاع", "^إلى استقرار", "استقرار المؤشر عند 53.5", False, True),
         ("يتوقع", "كثيرون", "أن يبدأ", "في سبتمبر أيلول", False, False)],
    # was Tabuk tear-duct operation: "وأوضح مدير المستشفى العميد الطبيب عطيه بن محمد الزهراني، أن العملية ... في مجرى
    # الدمع", "وأفاد أن هذه العلمية ... لعملية قسطرة القلب" (null; ending before " , مشيراً"), "مشيراً إلى أنه تم ...
    # كما تم إجراءه بهذه العملية" (null), "وأضاف أن هذه العملية تمت ... الطبيب علي قمحاوي" (null; to the end of the
    # sentence, the team list "وقد ضم الفريق الطبي كل من :" inside, blind49's cast list) and "وقال // إن هذا النجاح ...
    # وفق أعلى المعايير الصحية العالمية //" (null; decided here: SPA's "//" pair used as quotation marks around the
    # director's words, as around blind10's "// عكاظ المستقبل //": kept in the content, direct=true like 'قال إن
    # «...»'). Not claims: "نجح فريق طبي ... محققاً بذلك إنجازاً" (the writer's), the dateline, "// انتهى //" and the
    # time line
    14: [("وأوضح", "مدير المستشفى العميد الطبيب عطيه بن محمد الزهراني", "أن العملية تمثلت", "أماكن في مجرى الدمع",
          False, True),
         ("وأفاد", None, "أن هذه العلمية", "لعملية قسطرة القلب", False, True),
         ("مشيراً", None, "إلى أنه تم", "كما تم إجراءه بهذه العملية", False, True),
         ("وأضاف", None, "أن هذه العملية تمت", "الطبيب علي قمحاوي", False, True),
         ("وقال", None, "// إن هذا النجاح", "المعايير الصحية العالمية //", True, True)],
    # aawsat Harrison Ford crash report: "ذكر تقرير للهيئة الوطنية لسلامة النقل أن الممثل ... بجروح خطيرة" (named=true,
    # blind34's "تقرير التوقعات السكانية العالمية"), "وذكر التقرير الذي نشرته صحيفة «لوس أنجليس تايمز» أن فورد ...
    # (335 مترا)" (the relative left out), "وقال محقق من الهيئة الوطنية لسلامة النقل في التقرير «ذكر (الطيار) ...
    # للممر»" (the channel left out; direct; an unnamed investigator: named=false, blind8-blind43's "مسؤول"), nested
    # in it "ذكر (الطيار) أنه لم يحاول ... غير قادرة على الوصول للممر" (the pilot = Ford, named=true; speaker without
    # its parentheses; indirect inside the quote; "أدرك أن" inside, realising), 'وأضاف المحقق «الطيار لا يتذكر ...
    # بملعب الغولف»' (direct; named=false) and "بعد شكاوى سكان المنطقة المكتظة بالسكان على الشاطئ خارج لوس أنجليس
    # لسنوات من أن المطار يؤثر على نمط حياتهم" (decided here: a complaint noun with an أن clause, blind47's allegation
    # noun and blind49's accusation noun "لاتهامه"; unidentified residents: named=false; "لسنوات" left out; content
    # from the preposition "من"). Not claims: "وكان فورد - الذي قدم أفلاما ... -" (the writer's), "جاء الحادث ..."
    15: [("ذكر", "تقرير للهيئة الوطنية لسلامة النقل", "أن الممثل", "وأدى لإصابته بجروح خطيرة", False, True),
         ("وذكر", "التقرير", "أن فورد كان", "نحو 1100 قدم (335 مترا)", False, True),
         ("وقال", "محقق من الهيئة الوطنية لسلامة النقل", "«ذكر (الطيار)", "على الوصول للممر»", True, False),
         ("ذكر", "الطيار", "أنه لم يحاول", "غير قادرة على الوصول للممر", False, True),
         ("وأضاف", "المحقق", "«الطيار لا يتذكر", "مفتوحة بملعب الغولف»", True, False),
         ("شكاوى", "سكان المنطقة المكتظة بالسكان على الشاطئ خارج لوس أنجليس", "من أن المطار",
          "يؤثر على نمط حياتهم", False, False)],
    # almadina Eid reception of the National Guard: "وتمنى للجميع التوفيق والسداد وأن تعود هذه المناسبة ... باليمن
    # والبركة" (an expressed wish, blind35/blind41/blind45's "وتمنى"; null: the coordinated verb after the non-claim
    # "ونقل المفيز ... تهنئة", blind44-blind49; content all after the cue, blind35's "وتمنى الشفاء العاجل للمصابين").
    # Not claims: "أقام ... حفل معايدة" (an event), "ونقل المفيز ... تهنئة صاحب السمو الملكي ..." (conveying
    # congratulations, blind47/blind49's conveyed condolences), "وسأل الله العزيز القدير أن يحفظ ..." (a prayer),
    # "حضر حفل المعايدة ..." (attendance)
    16: [("وتمنى", None, "للجميع التوفيق", "أعوام عديدة باليمن والبركة", False, True)],
    # alyaum Buckingham Palace photo: "أعرب متحدث بلسان قصر بكنغهام عن شعور ملكة بريطانيا ... بتحية النازية" (an
    # expressed feeling; an unnamed spokesman: named=false, blind35/blind37's "متحدث باسم ..."), "وعبر المتحدث عن
    # الأسف لاستغلال الصحيفة ... منذ نحو ثمانية عقود" (ending before "ولم يعرف القصر كيف ...", a new clause on the
    # palace's not knowing), "وأوضح قصر بكنغهام أن الصورة المعنية ... وعمها الأمير ادوارد الثامن" and "من ناحيتها
    # دافعت صحيفة الصن الشعبية التي نشرت الصورة ... بأنها جزء من فيلم سري ... وذات مغزى تاريخي" (decided here: a
    # defence made with a content clause "بأنها" is a statement, unlike blind49's "دافع اللاعب عن المدرب", defending a
    # person; the relative left out; cue without "من ناحيتها"; ending before "لكنها رفضت"). Not claims: "ولم يعرف
    # القصر كيف ..." (not knowing), "لكنها رفضت الكشف عن مصدرها" (a refusal)
    17: [("أعرب", "متحدث بلسان قصر بكنغهام", "عن شعور", "ترفع يدها بتحية النازية", False, False),
         ("وعبر", "المتحدث", "عن الأسف", "منذ نحو ثمانية عقود", False, False),
         ("وأوضح", "قصر بكنغهام", "أن الصورة", "وعمها الأمير ادوارد الثامن", False, True),
         ("دافعت", "صحيفة الصن الشعبية", "بأنها جزء", "وذات مغزى تاريخي", False, True)],
    # aljazirah Al-Rabie Eid party: "وقال الرئيس التنفيذي للشركة الشريف منذر بن طراد الحارثي، إن تنظيم هذا الاحتفال ...
    # الدين الإسلامي الحنيف" and "وأكد الرئيس التنفيذي، حرص شركة «الربيع السعودية للأغذية» على تنظيم لقاءات ...
    # تجسيداً لشعار «الربيع صحة للجميع»" (object NP, to the end of the sentence; his first-person "التزامنا"/"لنتمكن"
    # inside, unmarked: direct=false). Not claims: "وحث الحارثي، منسوبي الشركة على استشعار ..." (an appeal),
    # "داعياً أن يتقبل الله ..." (a prayer), "عايدت شركة الربيع ..." (an event)
    18: [("وقال", "الرئيس التنفيذي للشركة الشريف منذر بن طراد الحارثي", "إن تنظيم", "أرساها الدين الإسلامي الحنيف",
          False, True),
         ("وأكد", "الرئيس التنفيذي", "حرص شركة", "لشعار «الربيع صحة للجميع»", False, True)],
    # sabq Abha productive families fair: "وأوضحت صاحبة ومنفذة المشروع فاطمة الزامل أن لديها العديد من النماذج التي تعتز
    # بها" (ending before "، منوهة"), "منوهة باستقلالية مشاركة سابقة ... تصل إلى فرنسا ... ولبنان" (decided here:
    # pointing out facts about participants, blind17/blind43's "منوها بتطبيق"/"ونوهت بالدور"; null), "وعن خططها
    # المستقبلية وأفصحت الزامل عن نيتها في استقطاب الشباب ... داعمة لهم"" (a disclosed intention, blind18/blind25's
    # "أفصح عن"; cue without "وعن خططها المستقبلية"; the stray closing quote kept, direct=false, blind47/blind49),
    # "موضحة أنها استوحت هذه الفكرة ... في مثل هذه البرامج" (null), "وأضافت الزامل أن المعرض في دورته الثامنة ... على
    # الصوتيات التراثية" (to the end of the sentence) and "وأكدت أنه من بين المعروضات: ... والإكسسوارات" (null; the
    # colon introduces a list inside an أن clause, not the speaker's words: direct=false; the stray quote after
    # "والشكولاتة" kept). Not claims: "كتب معرض ... قصة نجاح" (a metaphor), the byline
    19: [("وأوضحت", "صاحبة ومنفذة المشروع فاطمة الزامل", "أن لديها", "النماذج التي تعتز بها", False, True),
         ("منوهة", None, "باستقلالية مشاركة", "والإمارات ولبنان", False, True),
         ("وأفصحت", "الزامل", "عن نيتها", "معارض وبرامج داعمة لهم\"", False, True),
         ("موضحة", None, "أنها استوحت", "في مثل هذه البرامج", False, True),
         ("وأضافت", "الزامل", "أن المعرض", "على الصوتيات التراثية", False, True),
         ("وأكدت", None, "أنه من بين", "بعض دول العالم، والإكسسوارات", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind50.jsonl")
