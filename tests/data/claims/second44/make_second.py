"""Build claims-second44.jsonl: a SECOND, independent annotation of the 20 SaudiNewsNet articles of the forty-fourth
blind claims set (../blind44/sample.jsonl, drawn by ../blind44/sample.py, seed 20261294), made to measure how far two
careful annotators agree (the human ceiling of the claims score).  The first annotation of these articles
(claims-blind44.jsonl, blind44/make_blind.py, SOURCE-blind44.txt) was never opened, read or grepped.

The articles are read from the frozen draw ../blind44/sample.jsonl (as blind_sampler.load_frozen reads it), so later
changes to tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and
the decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind43.txt (the latest set's where the sets differ),
plus those listed in second44/SOURCE.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed by the shared gold_builder.py
and every span is checked with text[start:end] == span text.

Locating rules (those of blind43/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (3alyoum's curly quotes and hamza-less "انها"/"انه"/
"اكبر"/"ارسال"; alyaum's "ان الحضور الزامي"; aleqtisadiya's "الصحيّة"/"كليّات"; was's "مبيّنا"; aawsat's «» and
"يلتقيك"; the straight quotes of alriyadh and sabq, alriyadh's 'وأضاف" أبدى' with its space inside the mark).
Run with python3 -B (no __pycache__); -v prints every claim.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "blind44" / "sample.jsonl"
sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # was Yemeni president and his advisers: "وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته ... وأبين وتعز"
    # (an expressed feeling with عبر عن; the channel "في الاجتماع" left out; ending before the praise "مشيداً"),
    # "وشدد على أهمية المضي قدماً ... الانقلابية" (make_gold's "شدد على أهمية"; null), "وأكد الرئيس اليمني أن الحكومة
    # ... والاستقرار" (ending before the next reporting word of the same source), "لكنه أكد أيضاً أن مرتكز ... ذات
    # الصلة" (cue without لكنه; only a clitic: null) and "وقال إن أي حوارات ... رقم 2216" (null). Not claims: "مشيداً
    # بالدور الإيجابي ..." (praise), "عقد ... اجتماعاً" (an act), the dateline, "// انتهى //", the time line
    0: [("وعبر", "الرئيس هادي", "عن سعادته", "ولحج وأبين وتعز", False, True),
        ("وشدد", None, "على أهمية المضي", "وقوات صالح الانقلابية", False, True),
        ("وأكد", "الرئيس اليمني", "أن الحكومة", "في السلام والأمن والاستقرار", False, True),
        ("أكد", None, "أن مرتكز", "ذات الصلة", False, True),
        ("وقال", None, "إن أي حوارات", "رقم 2216", False, True)],
    # alyaum Jazan education director on the Abha bombing: "أعرب المدير العام للتعليم بمنطقة جازان، عيسى بن أحمد
    # الحكمي، عن استنكاره لحادث التفجير ... بمدينة أبها" (blind20/blind25's "أعرب/عبر عن استنكاره": a feeling
    # expressed with أعرب عن is a claim, unlike a bare condemnation; the apposition between commas kept), "مؤكدا أن
    # هذا الاعتداء ... والوطن وأبنائه" (a participle after a claim: null), "وبين أن مثل هذا ... مارقة عن الدين" (null)
    # and "وشدد الحكمي على أن الأحداث ... ومقدساته ومكتسباته" ("- بإذن الله -" inside). Not claims: "مقدماً أحر
    # التعازي والمواساة ..." (offering condolences, blind20/blind34/blind40's "قدم تعازيه"; unlike "أعرب عن تعازيه")
    1: [("أعرب", "المدير العام للتعليم بمنطقة جازان، عيسى بن أحمد الحكمي", "عن استنكاره", "بمدينة أبها", False, True),
        ("مؤكدا", None, "أن هذا الاعتداء", "والوطن وأبنائه", False, True),
        ("وبين", None, "أن مثل هذا", "مارقة عن الدين", False, True),
        ("وشدد", "الحكمي", "على أن الأحداث", "ومقدساته ومكتسباته", False, True)],
    # alwatan column "ضيف الخطوط": "وبحسب مديرها العام فإنها بدأت ... المسمى الجديد" (a fronted relay with فإن: content
    # from فإن, blind35/blind39/blind42; the airline's director general, an identified office-holder: named=true).
    # Not claims: "اعتمدت الخطوط السعودية تغيير مسمى" (a decision), the columnist's own voice ("أعلم أن"، "لكني أخشى
    # أن"، "ولا أسخر لو قلت إن ..."), "كثير من الرحلات تشكو ضعف السعة" (flights that "suffer", no source speaking),
    # "يخاطبونني به" (no content)
    2: [("وبحسب", "مديرها العام", "فإنها بدأت", "لاعتماد المسمى الجديد", False, True)],
    # aawsat column on Saud al-Dosari: "وقبل شهر من وفاته غرد في 8 يوليو (تموز): «بعد الزواجات ... على أرضنا»"
    # (blind28's "غرد": a tweet is a statement; the subject elided: null; the date left out; colon and marks: direct)
    # and "لكن أستاذي الزميل مطر الأحمدي يذكرني في اتصاله من دبي للتعزية في الفقيد أنني كنت قد اتصلت ... وأوصيه به
    # خيرا" (decided here: "reminded me that ..." reports a statement with a content clause, unlike blind15/blind31's
    # "ذكرني/يذكرني ب" + NP, an association; cue with its object clitic as blind14's "أبلغتاها"; the channel "في اتصاله
    # ..." left out; ending before the columnist's "، وقد فعل"). Not claims: "أشار لها «الرجل المطر» في مقالة" (a
    # mention whose only object is a pronoun: a topic), "قال فيها عن سعود ما أعرفه وما لا أعرفه، إلا اتفاقنا على أنه
    # ..." (decided here: what was said is only characterised -- the topic "عن سعود" and a free relative --, and the
    # proposition after "اتفاقنا على" is the columnist's and his colleague's shared view, the columnist's own voice),
    # "أرسل إشارات تعبه" (signs, no content), "يلهج بالدعاء والسؤال «ليطمئن قلبي»" (a prayer), "يعبر عن حالة كاشفة"
    # (a thing that shows), the columnist's own voice ("لا أجد ميلا"، "لم أنس")
    3: [("غرد", None, "«بعد الزواجات", "على أرضنا»", True, True),
        ("يذكرني", "أستاذي الزميل مطر الأحمدي", "أنني كنت", "وأوصيه به خيرا", False, True)],
    # aleqtisadiya alternative-medicine study: "كشفت دراسة أجراها المركز الوطني ... بالرياض, عن أن الكليات ...
    # لكلياتها الصحيّة" (the relative "أجراها ..." left out of the speaker, blind21/blind26's "تقرير عرضه/أصدرته";
    # the study identified by its author: named=true; "الذي ثبت عالميًا أهميته" an impersonal passive inside),
    # "وأفادت الدراسة أن 11 كلية ... في الطب البديل" and "ووفقا للدراسة فقد بلغ ... في كليّات الصيدلة" (a fronted relay
    # with فقد: content from فقد, blind21's "ووفقاً للتقرير فقد"; the speaker after "لل" spanned "لدراسة", blind14/
    # blind16/blind21/blind42). Not claims: "وأوصت الدراسة بتطوير ..."، "كما أوصت بتعزيز ..." (recommendations, as
    # blind4/blind11/blind15's "أوصت الدراسة/الوزارة", never annotated), "واستهدفت الدارسة"، "وشارك فيها" (acts)
    4: [("كشفت", "دراسة", "عن أن الكليات", "لكلياتها الصحيّة", False, True),
        ("وأفادت", "الدراسة", "أن 11 كلية", "مسار متخصّص في الطب البديل", False, True),
        ("ووفقا", "لدراسة", "فقد بلغ", "يعملون في كليّات الصيدلة", False, True)],
    # 3alyoum coalition troops in Aden: "نشر مئات الجنود ... لتأمين كبرى مدن جنوب اليمن، وفق مصدر عسكري" (a postposed
    # relay of an account that is no claim: its sentence from the first word, blind42; "مصدر عسكري" named=false),
    # 'وقال المصدر “نزل ... لتأمينها”' (direct; "المصدر" named=false, blind42), "ورفض المصدر اعطاء المزيد ...
    # مكتفيا بالقول انها “اكبر قوة ...” منذ بدء الحملة ... في اذار/مارس الماضي" (cue "بالقول", blind39/blind42, the
    # support participle "مكتفيا" as blind19's "مضى"; speaker the overt subject of the non-claim "رفض", blind19/blind29/
    # blind42; partly quoted: direct=false; to the end of the sentence) and "ولكن صحيفة الحياة ذكرت الاثنين انه تم
    # ارسال ... الامارات العربية المتحدة" (the time left out). Not claims: "ورفض المصدر اعطاء المزيد من التفاصيل" (a
    # refusal, blind42), "وتمت الاشارة مرارا الى" (a passive without source), the byline, the tag line "سمات ..."
    5: [("وفق", "مصدر عسكري", "<نشر مئات الجنود", "كبرى مدن جنوب اليمن", False, False),
        ("وقال", "المصدر", "“نزل المئات", "حول المدينة لتأمينها”", True, False),
        ("بالقول", "المصدر", "انها “اكبر", "في اذار/مارس الماضي", False, False),
        ("ذكرت", "صحيفة الحياة", "انه تم ارسال", "الامارات العربية المتحدة", False, True)],
    # okaz Prince Mohammed bin Fahd foundation account: "حقق حساب مؤسسة ... خلال شهر يونيو الماضي، حسب الاحصائيات
    # الرسمية لموقع تويتر" (figures relayed from a named body's statistics, blind10/blind19/blind22/blind23's "بيانات
    # .../الإحصائية": named=true; a postposed relay of an account that is no claim: content from the first word of the
    # sentence to the words the statistics source, ending before the writer's "بعد أن فرض وجوده ...", blind19). Not
    # claims: "وترمي"، "وتعتبر المؤسسة محركا" (aims, a passive), "وافق على إنشاء جائزة"، "أطلقت ... مسابقة" (acts),
    # "هادفة إلى" (an aim), "يذكر أن" (editorial)
    6: [("حسب", "الاحصائيات الرسمية لموقع تويتر", "<حقق حساب", "خلال شهر يونيو الماضي", False, True)],
    # alweeam Argentine goal: no claim (a match report; "أذهل"، "صفق" are no reports; the link line)
    7: [],
    # alriyadh Al-Ahli and the competitions committee: "أعلن الأهلي اليوم الجمعة بأن مجلس إدارة النادي عقد ... لموسم
    # 2015/2016م" (the time left out; the appeal "طالب فيه" inside), 'وذكر الأهلي في بيان المركز الإعلامي بالنادي
    # "أنه وبعد ... بمدينة جدة"' (the channel left out; the whole content quoted, "أنه" inside the marks: direct),
    # 'وأضاف" أبدى ... المنافسات المحلية"' (null; direct) with, nested, "أبدى خالد المقرن رئيس لجنة المسابقات تفهما
    # لرغبة ... خلال إجازة نهاية الأسبوع" (an expressed attitude, blind4-blind40's أبدى + NP; nested: direct=false;
    # ending before the promise). Not claims: "طالب فيه بإعادة النظر" (an appeal), "واعدا بإيجاد حلول ..." (a
    # promise, blind3/blind12/blind20's "وعد ... بـ/أن" never annotated), "وخلص الاجتماع إلى تحديد آليات" (a
    # meeting's outcome, an act), "عقد اجتماع" (an act)
    8: [("أعلن", "الأهلي", "بأن مجلس", "لموسم 2015/2016م", False, True),
        ("وذكر", "الأهلي", "\"أنه وبعد", "بمدينة جدة\"", True, True),
        ("وأضاف", None, "\" أبدى", "المنافسات المحلية\"", True, True),
        ("أبدى", "خالد المقرن رئيس لجنة المسابقات", "تفهما لرغبة", "خلال إجازة نهاية الأسبوع", False, True)],
    # arriyadiyah column "السوبر الضبابي": no claim (the columnist's analysis; "يبقى القول أن" and "وتبقى إشارة أن"
    # are editorial formulas; "لا أحد يستطيع التنبؤ"، "من المؤكد" impersonal; the fans' "تتطلع ... بأمل أن" is the
    # columnist's description, no reporting word)
    9: [],
    # sabq Abdu Khal's column: "أكد الكاتب الصحفي عبده خال أن المواطن السعودي ... على كورنيش جدة" (ending before the
    # appeal "، مطالبا ..."), 'قال خال: "مقطع الفيديو ... التحرش الجماعي"' (the channel "وفي مقاله ... بصحيفة "عكاظ""
    # left out; direct), 'ويعلق خال قائلا: "لو كان ... سيد الموقف"' (ONE claim, cue the verb of commenting, blind18's
    # "علق ... قائلاً"; direct), 'وأضاف الكاتب: "لأن الحادثة ... في موقع الحدث"' (direct; "وأعتقد أن" his own words
    # inside) and 'وينهي خال مقاله مطالبا بوضع قانون للتحرش قائلا: "أعتقد ... والتشهير بهم"' (cue "قائلا" after the
    # non-claims "ينهي"/"مطالبا", taking their overt subject, blind7/blind11/blind19; direct). Not claims: "مطالبا
    # بسرعة وضع قانون ..."، "مطالبا بوضع قانون للتحرش" (appeals), the article's title 'بعنوان "ننتظر معاقبة
    # المتحرشين"' (a title, blind42's "تقريراً عنوانه"), the byline "أيمن حسن – سبق:"
    10: [("أكد", "الكاتب الصحفي عبده خال", "أن المواطن السعودي", "على كورنيش جدة", False, True),
         ("قال", "خال", "\"مقطع الفيديو", "ذلك التحرش الجماعي\"", True, True),
         ("ويعلق", "خال", "\"لو كان", "قانون التحرش سيد الموقف\"", True, True),
         ("وأضاف", "الكاتب", "\"لأن الحادثة", "بالجلد في موقع الحدث\"", True, True),
         ("قائلا", "خال", "\"أعتقد أن هذه", "المتحرشين والتشهير بهم\"", True, True)],
    # was Saudi Council of Engineers: "وأوضح رئيس مجلس ادارة الهيئة ... الدكتور جميل البقعاوي، أن الهيئة تسعى ...
    # والمهندسين الوطنية", "وأكد مدير العلاقات العامة المتحدث الرسمي للهيئة المهندس عبدالناصر العبداللطيف في تصريح
    # صحفي اليوم أن إنشاء ... وعلى مستوى جميع المشاريع" (channel and time left out; ending before the participle) and
    # "مبيّنا أن اللجنة ... تمتلكها الهيئة" (null). Not claims: "تعتزم الهيئة ... أنشاء لجنة" (an intention reported by
    # the writer, no reporting word), the dateline, "// انتهى //", the time line
    11: [("وأوضح", "رئيس مجلس ادارة الهيئة السعودية للمهندسين الدكتور جميل البقعاوي", "أن الهيئة تسعى",
          "مهنة الهندسة والمهندسين الوطنية", False, True),
         ("وأكد", "مدير العلاقات العامة المتحدث الرسمي للهيئة المهندس عبدالناصر العبداللطيف", "أن إنشاء هذه اللجنة",
          "وعلى مستوى جميع المشاريع", False, True),
         ("مبيّنا", None, "أن اللجنة ستكون", "الخبرات التي تمتلكها الهيئة", False, True)],
    # alyaum University of Dammam: "شدد وكيل عمادة القبول والتسجيل بجامعة الدمام، الدكتور تركي العنزي، على الطلاب
    # المستجدين بضرورة حضور ايام التهيئة ... وكذا الالتزام بحضور اختبار تحديد المستوى ... بالقطيف والدمام" (stressing a
    # necessity, blind6/blind9/blind19/blind28/blind29's "شدد على ضرورة", blind5/blind11's "أكد/مؤكدا ضرورة"; the
    # addressees "على الطلاب المستجدين" left out; decided here: the content runs across the full stop into "وكذا
    # الالتزام ...", which still depends on "بضرورة" and is no sentence of its own, to the participle), "مؤكدا ان
    # الحضور الزامي ... بتسجيل المقررات" (null), "وقال وكيل جامعة الدمام للشؤون الاكاديمية الدكتور غازي العتيبي خلال
    # حفل ...: إن الجامعة شكلت ... 38 الف متقدم ومتقدمة" (the occasion left out; colon + إن: direct, blind3-blind43) and
    # "من جانبه، قال مدير مكتب عميد القبول والتسجيل نائب رئيس لجنة علاقات القبول تركي التركي: إن خطوات ... ومواعيد
    # تسجيل المقررات" (cue without من جانبه; direct; ending before another speaker's appeal). Not claims: "ودعت وكيل
    # عمادة ... الدكتور لبنى العسوم، الطالبات ... الى الحرص" (an appeal), "حفل اقامته عمادة" (an act)
    12: [("شدد", "وكيل عمادة القبول والتسجيل بجامعة الدمام، الدكتور تركي العنزي", "بضرورة حضور",
          "بالقطيف والدمام", False, True),
         ("مؤكدا", None, "ان الحضور الزامي", "لارتباطه بتسجيل المقررات", False, True),
         ("وقال", "وكيل جامعة الدمام للشؤون الاكاديمية الدكتور غازي العتيبي", "إن الجامعة شكلت",
          "38 الف متقدم ومتقدمة", True, True),
         ("قال", "مدير مكتب عميد القبول والتسجيل نائب رئيس لجنة علاقات القبول تركي التركي", "إن خطوات تسجيل",
          "تواريخ ومواعيد تسجيل المقررات", True, True)],
    # alwatan Medina farmers: "من جهته، أوضح رئيس اللجنة الزراعية بغرفة المدينة الصناعية الدكتور حامد الفريدي أن
    # المزارعين ... كما يحصل في سوق الخضار" (cue without من جهته), "وقال الفريدي إن المزارع ... وبحسب اختياره" and
    # 'مضيفا: "هذه ميزة ... المزرعة والسوق"' (null; direct). Not claims: "ووجد المزارعون في تسويق منتجاتهم ... عوائد
    # مالية" (they obtained returns: no finding reported, unlike blind29/blind43's "وجد أن"), "فقدوا ثقتهم" (a state)
    13: [("أوضح", "رئيس اللجنة الزراعية بغرفة المدينة الصناعية الدكتور حامد الفريدي", "أن المزارعين الذين",
          "كما يحصل في سوق الخضار", False, True),
         ("وقال", "الفريدي", "إن المزارع استفاد", "وبحسب اختياره", False, True),
         ("مضيفا", None, "\"هذه ميزة", "ما بين المزرعة والسوق\"", True, True)],
    # almadina Rooney: "وبعد أن أكد لويس فان جال مدرب مانشستر يونايتد على إشراك روني في مركزه المفضل كمهاجم صريح"
    # (a confirmation in a subordinate clause, content the object after على), "وقال روني للصحفيين خلال جولة ...
    # «أفضل مركز ... منطقة الجزاء»" (addressee and occasion left out; direct; "كما سبق أن قلت" his own words inside),
    # "وأضاف «أفضل موسمين ... تكرار ذلك»" and "وتابع «لعبت ... مع إنجلترا»" (null; direct). Not claims: "وضع وين روني
    # لنفسه هدفًا"، "يتطلع اللاعب إلى تسجيل 20 هدفًا" (aims, no reporting word)
    14: [("أكد", "لويس فان جال مدرب مانشستر يونايتد", "على إشراك روني", "كمهاجم صريح", False, True),
         ("وقال", "روني", "«أفضل مركز", "نحو منطقة الجزاء»", True, True),
         ("وأضاف", None, "«أفضل موسمين", "في تكرار ذلك»", True, True),
         ("وتابع", None, "«لعبت في مراكز", "كمهاجم مع إنجلترا»", True, True)],
    # aawsat column "لافروف وتسويق الأسد": "فإن الدول العربية الموالية للمعارضة سبق أن أبلغت موسكو استعدادها للتعاون
    # ... من جانبها" (blind3/blind14/blind18/blind19/blind41's "أبلغ"; the addressee left out; content the object NP;
    # unidentified states: named=false, make_gold's "الصحف الفرنسية"), "إلا أن الروس يصرون على ضرورة التعاون مع النظام
    # هناك" (decided here: a stated position answering that offer, stressing a necessity as "شدد على ضرورة"; unlike
    # blind42's insistence in deeds and this column's "وتصر ... على المحافظة على كامل نظام الأسد"; "الروس" = Russia:
    # named=true), "وروسيا ... دائمًا تكرر أمامهم أنها لا تهتم ... ورفض زيارة دمشق" (the addressees left out), "وردد
    # المسؤولون هذه التأكيدات، «الأسد لا يهمنا» أمام زوار الكرملين" (blind5's 'وردد المشاركون "..."'; content the
    # quoted words the NP announces: direct; unnamed officials: named=false) and "إيران، التي تعتقد أنها قادرة ... كما
    # نجحت في العراق" (a belief, blind36/blind42; speaker the relative's antecedent, blind42). Not claims: "وتعرف إيران
    # أنه ..." (knowledge, blind17/blind31/blind42's "يعلمون أنهم"), "وتصر بشكل غريب على المحافظة على كامل نظام
    # الأسد" and "حرصت ... على استعراض قوتها البحرية ... للتأكيد على دعمها" (insistence and affirmation in deeds),
    # "قد يفسر موقفهم بأنه"، "وقد يفسر الموقف الروسي بأنه" (passives without source), "ولم تُبْدِ موسكو أي قلق" (a
    # negated attitude), "لم يكل ... من الدفاع عن"، "وكانت موسكو صريحة في تأييده" (no content), "يفرض ... شروطهم"
    # (demands), the columnist's own voice
    15: [("أبلغت", "الدول العربية الموالية للمعارضة", "استعدادها للتعاون", "كل ما يحدث من جانبها", False, False),
         ("يصرون", "الروس", "على ضرورة التعاون", "مع النظام هناك", False, True),
         ("تكرر", "و|روسيا| حتى", "أنها لا تهتم", "ورفض زيارة دمشق", False, True),
         ("وردد", "المسؤولون", "«الأسد لا يهمنا»", "«الأسد لا يهمنا»", True, False),
         ("تعتقد", "إيران", "أنها قادرة", "كما نجحت في العراق", False, True)],
    # aleqtisadiya column "رحلة في عقل إرهابي (1)": "بعد تجنيد لا يتجاوز أياما أو بضعة أشهر حسب اعترافاتهم" (decided
    # here: a postposed relay whose content is limited to what the source reports, blind19's "حسب بيانات ...": the NP
    # "تجنيد لا يتجاوز أياما أو بضعة أشهر"; speaker the noun phrase "اعترافاتهم", unidentified recruits:
    # named=false). Not claims: "التاريخ والوثائق تثبت وجودها" (things that show), "الذي تكلمنا عنه في مقال سابق"
    # (the columnist's topic), "انظر إلى" (an imperative), "أمضى الباحثون عشرات السنين لتطويرها" (an act), the
    # columnist's own voice
    16: [("حسب", "اعترافاتهم", "<تجنيد لا يتجاوز", "أو بضعة أشهر", False, False)],
    # 3alyoum two missing girls: "أبلغ مواطن قادم من الرياض مركز شرطة النزهة بمحافظة جدة عن اختفاء ابنتيه ... وسط
    # ظروف غامضة" (blind3/blind14/blind18's "أبلغ ... عن"; blind14's same report: participial descriptor left out,
    # the story's father identified though unnamed: named=true), "وقال الوالد: عندما استيقظنا ... سوى عباءتيهما" (colon
    # and first person: direct) and "من جانبها، ذكرت شرطة منطقة مكة أنه لا يزال ... بحي النزهة". Not claims: "وطالب
    # المواطن الجهات الأمنية بتكثيف البحث"، "وناشد والدهما ... بتوجيه" (appeals), the byline, the tag line "سمات ..."
    17: [("أبلغ", "مواطن", "عن اختفاء ابنتيه", "وسط ظروف غامضة", False, True),
         ("وقال", "الوالد", "عندما استيقظنا", "سوى عباءتيهما", True, True),
         ("ذكرت", "شرطة منطقة مكة", "أنه لا يزال", "بحي النزهة", False, True)],
    # okaz editorial on insurance: "الارتفاعات الأخيرة التي يرى البعض أنها جاءت ... للواقع الاقتصادي بشكل عام"
    # ("البعض" named=false). Not claims: "الشكاوى من ارتفاع أسعاره" and "القناعة الكبيرة بمراقبة" (nouns without
    # source), "فاقت التوقعات" (no source), "همسة يجب أن نطلقها ..."، "لا تبالغوا" (the editorial's own voice)
    18: [("يرى", "البعض", "أنها جاءت", "للواقع الاقتصادي بشكل عام", False, False)],
    # alriyadh Abha fall: "أوضح ذلك المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي" (anaphoric
    # content "ذلك" between cue and speaker, blind14/blind15/blind19/blind33; the "^" rule) and "منوها إلى أهمية أخذ
    # الحيطة ... على تواصل معهم" (stressing an importance, blind43's "ونوهت بالدور المهم", make_gold's "شدد على أهمية";
    # a participle after a claim: null). Not claims: "تلقى مركز التوجيه ... بلاغا عن حادث سقوط" (a report naming a
    # topic, blind42/blind43), "اتضح أنه متوفيا" (impersonal), "نقل ... تعازيه لذوي المتوفى" (condolences conveyed, no
    # expression verb), "سائلا الله له الرحمه" (a prayer), "متمنيا السلامة للجميع" (a formulaic wish, blind28/blind33's
    # "متمنيا للجرحى الشفاء"، "متمنياً التوفيق للجميع"), "حسب الاختصاص" (a non-source, blind42)
    19: [("أوضح", "المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي", "^ذلك", "ذلك", False, True),
         ("منوها", None, "إلى أهمية", "على تواصل معهم", False, True)],
}


def load_frozen(path=SAMPLE):
    """The frozen draw (../blind44/sample.jsonl), read as blind_sampler.load_frozen reads it."""
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, load_frozen(), HERE / "claims-second44.jsonl")
