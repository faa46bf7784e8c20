"""Build claims-blind44.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261294) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind43.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind44.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

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
The strings copy the text's marks and spellings as written (the curly quotes of 3alyoum Aden, the guillemets of
aawsat and almadina, the straight quotes of alriyadh and sabq, the opening mark glued to alriyadh's 'وأضاف"', the
hamza-less "انها"/"انه"/"ان" of 3alyoum and alyaum, "الحيطة"، "الصحيّة"، "متخصّص"، "كليّات"، "مبيّنا" as written, and
the speaker "لدراسة" spanned inside "للدراسة" as blind14/blind16/blind21/blind42).
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
    # was Yemeni president: "وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته ... وتعز" (an expressed feeling; the
    # venue left out; ending before "، مشيداً", praise, blind38's end before a non-claim of the same source), "وشدد على
    # أهمية المضي قدماً ... الانقلابية" (make_gold's "شدد على أهمية"; null), "وأكد الرئيس اليمني أن الحكومة ...
    # والاستقرار", "لكنه أكد أيضاً أن مرتكز ... ذات الصلة" (null, the subject a clitic on لكن; cue without لكنه) and
    # "وقال إن أي حوارات ... رقم 2216" (null). Not claims: "مشيداً بالدور" (praise), "عقد ... اجتماعاً" (an act), the
    # dateline, "// انتهى //" and the time line
    0: [("وعبر", "الرئيس هادي", "عن سعادته", "ولحج وأبين وتعز", False, True),
        ("وشدد", None, "على أهمية", "وقوات صالح الانقلابية", False, True),
        ("وأكد", "الرئيس اليمني", "أن الحكومة", "والأمن والاستقرار", False, True),
        ("أكد", None, "أن مرتكز", "الامن الدولي ذات الصلة", False, True),
        ("وقال", None, "إن أي حوارات", "القرار رقم 2216", False, True)],
    # alyaum Jazan education director: "أعرب المدير العام للتعليم بمنطقة جازان، عيسى بن أحمد الحكمي، عن استنكاره
    # لحادث التفجير ... بمدينة أبها" (expression verb + stance noun, blind25's identical "وعبّر ... عن استنكاره ...،
    # مؤكدًا", blind40/blind42; unlike the bare verb "استنكر", blind42; the apposition between commas kept; ending
    # before "، مقدماً"), "مؤكدا أن هذا الاعتداء ... والوطن وأبنائه" (null, blind25), "وبين أن مثل هذا ... عن الدين"
    # (null) and "وشدد الحكمي على أن الأحداث ... ومكتسباته". Not claims: "مقدماً أحر التعازي والمواساة ..." (offering
    # condolences, a bare act: blind40's "وقدم أعمق تعازيه", blind41's "رفع ... أحر التعازي")
    1: [("أعرب", "المدير العام للتعليم بمنطقة جازان، عيسى بن أحمد الحكمي", "عن استنكاره", "بمدينة أبها",
         False, True),
        ("مؤكدا", None, "أن هذا الاعتداء", "والوطن وأبنائه", False, True),
        ("وبين", None, "أن مثل هذا", "مارقة عن الدين", False, True),
        ("وشدد", "الحكمي", "على أن الأحداث", "ومقدساته ومكتسباته", False, True)],
    # alwatan column "ضيف الخطوط": "وبحسب مديرها العام فإنها بدأت ... المسمى الجديد" (a fronted relay with فإن: content
    # from فإن, blind16/blind21/blind42; "مديرها العام" the director-general of Saudia, identified by his office:
    # named=true, blind41's "مسيروه"). Not claims: "اعتمدت الخطوط السعودية تغيير مسمى" (a decision, an act), the
    # columnist's "أعلم أن"، "أخشى أن"، "ولا أسخر لو قلت إن" (his own voice, blind40-blind43), "كثير من الرحلات تشكو
    # ضعف السعة المقعدية" (figurative: flights that suffer, no source and no statement), "يخاطبونني به"
    2: [("وبحسب", "مديرها العام", "فإنها بدأت", "لاعتماد المسمى الجديد", False, True)],
    # aawsat column on Saud al-Dosari: "وقبل شهر من وفاته غرد في 8 يوليو (تموز): «بعد الزواجات ... على أرضنا»"
    # (decided here: posting a tweet is a reporting verb like make_gold's "وكتب"; null, the subject elided; the time
    # left out; direct, colon and marks), "لكن أستاذي الزميل مطر الأحمدي يذكرني في اتصاله ... أنني كنت قد اتصلت
    # عليه ... وأوصيه به خيرا" (decided here: reminding the writer THAT, a statement; the cue with its object clitic,
    # blind8's "واتهمه", blind14's "أبلغتاها"; the channel "في اتصاله من دبي للتعزية في الفقيد" left out; ending
    # before the writer's "، وقد فعل") and "يكفي أن سعود ظنها فرحا ولو على غير الأرض ... وتشعله بعطائه لها"
    # (decided here: a belief, blind36/blind42's "ظن البعض أن" applied to ظن with an object complement as اعتبر;
    # cue with its object clitic; content from the complement to the end of the clause, before the writer's
    # "، فقدم"). Not claims: "أشار لها «الرجل المطر» في مقالة" (a reporting verb with a topic only, blind41's
    # "وأشارت إلى ما دار") and "قال فيها عن سعود ما أعرفه وما لا أعرفه، إلا اتفاقنا على أنه ..." (decided here: what
    # was said only characterised by the columnist, a topic "عن سعود", and the shared view "اتفاقنا" in the
    # columnist's first person), "يعبر عن حالة كاشفة" (what a question reveals, things that show), "أرسل إشارات تعبه"
    # (a noun without content), "يلهج بالدعاء والسؤال «ليطمئن قلبي»" (prayer; the programme's title), the columnist's
    # own voice ("لا أجد ميلا"، "لم أنس"، "لن أترك"), the writer's prayer "رحم الله سعود"
    3: [("غرد", None, "«بعد الزواجات", "على أرضنا»", True, True),
        ("يذكرني", "أستاذي الزميل مطر الأحمدي", "أنني كنت", "وأوصيه به خيرا", False, True),
        ("ظنها", "سعود", "فرحا ولو", "وتشعله بعطائه لها", False, True)],
    # aleqtisadiya alternative-medicine study: "كشفت دراسة أجراها المركز الوطني للطب البديل والتكميلي بالرياض, عن أن
    # الكليات ... لكلياتها الصحيّة" (speaker "دراسة", its relative "أجراها ..." left out, blind3/blind26/blind40;
    # identified by the centre: named=true, blind25/blind31/blind41; content from عن), "وأفادت الدراسة أن 11 كلية ...
    # في الطب البديل" and "ووفقا للدراسة فقد بلغ عدد ... في كليّات الصيدلة" (the speaker "لدراسة" after "لل" as
    # blind14/blind16/blind42; decided here: a fronted relay with فقد takes the content from فقد, as from فإن,
    # blind16/blind21/blind42). Not claims: "وأوصت الدراسة بتطوير ..."، "كما أوصت بتعزيز ..." (recommendations, like
    # appeals: blind4/blind11/blind15's "وأوصت الدراسة/الوزارة" not annotated), "واستهدفت الدارسة"، "وشارك فيها"
    # (acts), "الذي ثبت عالميًا أهميته" (impersonal)
    4: [("كشفت", "دراسة", "عن أن الكليات", "ضمن الخطط الدراسية المستقبلية لكلياتها الصحيّة", False, True),
        ("وأفادت", "الدراسة", "أن 11 كلية", "أي مسار متخصّص في الطب البديل", False, True),
        ("ووفقا", "ل|لدراسة| فقد", "فقد بلغ", "يعملون في كليّات الصيدلة", False, True)],
    # 3alyoum Aden deployment: "نشر مئات الجنود ... لتأمين كبرى مدن جنوب اليمن، وفق مصدر عسكري" (a postposed relay,
    # content before its cue from the sentence's first word, blind40-blind42; an unnamed source: named=false), 'وقال
    # المصدر “نزل ... لتأمينها”' (direct), "ورفض المصدر اعطاء المزيد ... مكتفيا بالقول انها “اكبر قوة ... ارض اليمن”
    # منذ بدء الحملة الجوية ... في اذار/مارس الماضي" (cue "بالقول" with the overt subject of the non-claim verb
    # "رفض", blind29/blind42; content to the end of the sentence, partly quoted: direct=false) and "ولكن صحيفة الحياة
    # ذكرت الاثنين انه تم ارسال 1500 جندي ... الامارات العربية المتحدة" (the time left out). Not claims: "ورفض
    # المصدر اعطاء المزيد من التفاصيل" (a refusal, blind42), "وتمت الاشارة مرارا الى" (a passive), the byline and
    # the tag line "سمات ..."
    5: [("وفق", "مصدر عسكري", "<نشر مئات الجنود", "كبرى مدن جنوب اليمن", False, False),
        ("وقال", "المصدر", "“نزل المئات", "حول المدينة لتأمينها”", True, False),
        ("بالقول", "المصدر", "انها “اكبر قوة", "في اذار/مارس الماضي", False, False),
        ("ذكرت", "صحيفة الحياة", "انه تم ارسال", "من الامارات العربية المتحدة", False, True)],
    # okaz Prince Mohammed bin Fahd foundation: no claim -- "حسب الاحصائيات الرسمية لموقع تويتر" is according to
    # statistics, a non-source (blind15's "وحسب إحصاءات عام 1433هـ", blind32's "وفقا لإحصاءات وتقديرات مصلحة
    # الإحصاءات العامة" not annotated); "وتعتبر المؤسسة" (impersonal), "وافق على إنشاء"، "أطلقت" (acts), "يذكر أن"
    # (editorial)
    6: [],
    # alweeam Argentine goal: no claim (a match report; "أذهل به الأسطورة مارادونا الذي صفق"; the link line)
    7: [],
    # alriyadh Al-Ahli and the competitions committee: "أعلن الأهلي اليوم الجمعة بأن مجلس إدارة النادي عقد ...
    # لموسم 2015/2016م" (the time left out; "طالب فيه بإعادة النظر" an appeal inside the content), 'وذكر الأهلي في
    # بيان المركز الإعلامي بالنادي "أنه وبعد ... بمدينة جدة"' (the channel left out; the statement wholly quoted with
    # its أنه: direct, blind38/blind40/blind43), 'وأضاف" أبدى خالد المقرن ... خلال المنافسات المحلية"' (null;
    # direct; the opening mark glued to the cue, the content from the mark with its space kept, blind10/blind14) with,
    # nested, "أبدى خالد المقرن رئيس لجنة المسابقات تفهما لرغبة ... خلال إجازة نهاية الأسبوع" (an expressed attitude,
    # blind40's "أبدى"، blind43's "مبديا"; the object NP; nested: direct=false; ending before "، واعدا"). Not claims:
    # "واعدا بإيجاد حلول ..." (a promise, blind41's "ووعد ... بعودة حكومته"), "وخلص الاجتماع إلى تحديد آليات" (an
    # outcome of a meeting, an act)
    8: [("أعلن", "الأهلي", "بأن مجلس إدارة", "لموسم 2015/2016م", False, True),
        ("وذكر", "الأهلي", "\"أنه وبعد", "الرياضية بمدينة جدة\"", True, True),
        ("وأضاف", None, "\" أبدى", "خلال المنافسات المحلية\"", True, True),
        ("أبدى", "خالد المقرن رئيس لجنة المسابقات", "تفهما لرغبة", "خلال إجازة نهاية الأسبوع", False, True)],
    # arriyadiyah column "السوبر الضبابي": no claim (the columnist's own analysis; "يبقى القول أن"، "وتبقى إشارة أن"
    # his formulas; "لا أحد يستطيع التنبؤ" a negation without a source; "من المؤكد" impersonal)
    9: [],
    # sabq Abdo Khal's column: "أكد الكاتب الصحفي عبده خال أن المواطن السعودي ... على كورنيش جدة" (ending before
    # "، مطالبا", an appeal), 'وفي مقاله ... بصحيفة "عكاظ" قال خال: "مقطع ... التحرش الجماعي"' (the channel left
    # out; direct), 'ويعلق خال قائلا: "لو كان ... سيد الموقف"' and 'وينهي خال مقاله مطالبا بوضع قانون للتحرش قائلا:
    # "أعتقد أن ... والتشهير بهم"' (cue "قائلا" with the subject of the governing non-claim verb "ويعلق"/"وينهي", as
    # blind42's "بالقول" with "وعلق"/"واختتمت"; direct) and 'وأضاف الكاتب: "لأن الحادثة ... في موقع الحدث"' (direct;
    # "وأعتقد أن محافظة جدة سوف تعلن" his own first person inside, not nested, blind41/blind42). Not claims: "مطالبا
    # بسرعة وضع قانون"، "مطالبا بوضع قانون" (appeals), the byline, "كما يظهر في المقطع"
    10: [("أكد", "الكاتب الصحفي عبده خال", "أن المواطن السعودي", "على كورنيش جدة", False, True),
         ("قال", "خال", "\"مقطع الفيديو", "ذلك التحرش الجماعي\"", True, True),
         ("قائلا", "خال", "\"لو كان", "سيد الموقف\"", True, True),
         ("وأضاف", "الكاتب", "\"لأن الحادثة", "بالجلد في موقع الحدث\"", True, True),
         ("قائلا", "خال", "\"أعتقد أن", "المتحرشين والتشهير بهم\"", True, True)],
    # was engineers' council: "وأوضح رئيس مجلس ادارة الهيئة السعودية للمهندسين الدكتور جميل البقعاوي، أن الهيئة
    # ... والمهندسين الوطنية", "وأكد مدير العلاقات العامة المتحدث الرسمي للهيئة المهندس عبدالناصر العبداللطيف في
    # تصريح صحفي اليوم أن إنشاء ... جميع المشاريع" (channel and time left out) and "مبيّنا أن اللجنة ... تمتلكها
    # الهيئة" (null). Not claims: "تعتزم الهيئة" (an intention, blind40), the dateline, "// انتهى //", the time line
    11: [("وأوضح", "رئيس مجلس ادارة الهيئة السعودية للمهندسين الدكتور جميل البقعاوي", "أن الهيئة تسعى",
          "مهنة الهندسة والمهندسين الوطنية", False, True),
         ("وأكد", "مدير العلاقات العامة المتحدث الرسمي للهيئة المهندس عبدالناصر العبداللطيف", "أن إنشاء هذه اللجنة",
          "وعلى مستوى جميع المشاريع", False, True),
         ("مبيّنا", None, "أن اللجنة ستكون", "التي تمتلكها الهيئة", False, True)],
    # alyaum University of Dammam: "شدد وكيل عمادة القبول والتسجيل بجامعة الدمام، الدكتور تركي العنزي، على الطلاب
    # المستجدين بضرورة حضور ايام التهيئة ... وكذا الالتزام بحضور اختبار ... بالقطيف والدمام" (شدد on a necessity,
    # blind6-blind38's "شدد على ضرورة" always a claim; the addressees "على الطلاب المستجدين" left out, blind43's
    # "المواطنين"; content from بضرورة; decided here: the content runs over the full stop into "وكذا الالتزام ...",
    # a verbless continuation of the same object, to the next reporting word "مؤكدا"), "مؤكدا ان الحضور الزامي ...
    # بتسجيل المقررات" (null), "وقال وكيل جامعة الدمام للشؤون الاكاديمية الدكتور غازي العتيبي خلال حفل ...: إن
    # الجامعة ... 38 الف متقدم ومتقدمة" (venue left out; colon + إن: direct, blind3-blind43) and "من جانبه، قال مدير
    # مكتب عميد القبول والتسجيل نائب رئيس لجنة علاقات القبول تركي التركي: إن خطوات ... ومواعيد تسجيل المقررات"
    # (cue without من جانبه; direct; ending before "، ودعت", another source). Not claims: "ودعت وكيل عمادة ... لبنى
    # العسوم، الطالبات ... الى الحرص" (an appeal), "اقامته عمادة القبول" (an act)
    12: [("شدد", "وكيل عمادة القبول والتسجيل بجامعة الدمام، الدكتور تركي العنزي", "بضرورة حضور",
          "كليتي المجتمع بالقطيف والدمام", False, True),
         ("مؤكدا", None, "ان الحضور الزامي", "لارتباطه بتسجيل المقررات", False, True),
         ("وقال", "وكيل جامعة الدمام للشؤون الاكاديمية الدكتور غازي العتيبي", "إن الجامعة شكلت",
          "38 الف متقدم ومتقدمة", True, True),
         ("قال", "مدير مكتب عميد القبول والتسجيل نائب رئيس لجنة علاقات القبول تركي التركي", "إن خطوات تسجيل",
          "تواريخ ومواعيد تسجيل المقررات", True, True)],
    # alwatan Medina farmers: "من جهته، أوضح رئيس اللجنة الزراعية بغرفة المدينة الصناعية الدكتور حامد الفريدي أن
    # المزارعين ... كما يحصل في سوق الخضار" (cue without من جهته), "وقال الفريدي إن المزارع ... وبحسب اختياره"
    # ("وبحسب اختياره" is no relay) and 'مضيفا: "هذه ميزة ... المزرعة والسوق"' (null; direct). Not claims: "ووجد
    # المزارعون في تسويق منتجاتهم ... عوائد مالية" (finding a benefit by experience, no statement), "لجاء"، "اقتطع"
    13: [("أوضح", "رئيس اللجنة الزراعية بغرفة المدينة الصناعية الدكتور حامد الفريدي", "أن المزارعين",
          "كما يحصل في سوق الخضار", False, True),
         ("وقال", "الفريدي", "إن المزارع استفاد", "وبحسب اختياره", False, True),
         ("مضيفا", None, "\"هذه ميزة", "ما بين المزرعة والسوق\"", True, True)],
    # almadina Rooney: "وبعد أن أكد لويس فان جال مدرب مانشستر يونايتد على إشراك روني ... كمهاجم صريح" (a confirmation
    # in a subordinate clause; cue without "وبعد أن"; content from على), "وقال روني للصحفيين خلال جولة ... «أفضل مركز
    # ... منطقة الجزاء»" (addressee and venue left out; direct), "وأضاف «أفضل موسمين ... تكرار ذلك»" and "وتابع «لعبت
    # ... مع إنجلترا»" (null; direct; "كما سبق أن قلت"، "أتمنى أن" his own first person inside). Not claims: "وضع وين
    # روني لنفسه هدفًا"، "يتطلع اللاعب إلى تسجيل" (the writer's account of an aim, no reporting word of a statement)
    14: [("أكد", "لويس فان جال مدرب مانشستر يونايتد", "على إشراك روني", "كمهاجم صريح", False, True),
         ("وقال", "روني", "«أفضل مركز", "نحو منطقة الجزاء»", True, True),
         ("وأضاف", None, "«أفضل موسمين", "في تكرار ذلك»", True, True),
         ("وتابع", None, "«لعبت في مراكز", "كمهاجم مع إنجلترا»", True, True)],
    # aawsat column "لافروف وتسويق الأسد": "فإن الدول العربية الموالية للمعارضة سبق أن أبلغت موسكو استعدادها للتعاون
    # ... من جانبها" (أبلغ, blind19/blind41; cue after the support verb "سبق أن", blind21; the addressee left out;
    # content the object NP; an unnamed group of states: named=false, make_gold's "الصحف الفرنسية", blind40's "الدول
    # المنتجة"), "وروسيا ... دائمًا تكرر أمامهم أنها لا تهتم ... ورفض زيارة دمشق" (repeating a statement; the
    # addressees left out; the speaker written "و|روسيا| حتى", its clitic و outside the span), 'وردد المسؤولون هذه التأكيدات، «الأسد لا يهمنا» أمام زوار الكرملين' (blind5's "وردد
    # المشاركون"; decided here: "هذه التأكيدات،" the lead-in, as blind40's "ما نصه:" and blind41's "ما يلي", the
    # content the quoted words: direct; unnamed officials: named=false) and "إيران، التي تعتقد أنها قادرة على اكتساح
    # المنطقة، وفرض هيمنتها، كما نجحت في العراق" (a belief, blind36/blind42; speaker the antecedent of the relative,
    # blind42's "الذي قال"; content to the end of the sentence). Not claims: "وتعرف إيران أنه من دون ..." (knowledge,
    # blind17/blind31/blind42's "يعلمون أنهم"), "إلا أن الروس يصرون على ضرورة التعاون مع النظام" (decided here:
    # insistence, blind42's "أصر ... على أن يكون"; no set annotated أصر), "وتصر ... على المحافظة" (likewise), "ولم
    # تُبْدِ موسكو أي قلق" (a negated attitude without a proposition, blind43's "لم تبديا حماساً"), "للتأكيد على دعمها"
    # (affirming by a naval display, proof by deeds, blind43), "قد يفسر موقفهم بأنه"، "وقد يفسر الموقف الروسي بأنه"
    # (passives without a source), "من الدفاع عن نظام بشار الأسد" (a deed), the contact line
    15: [("أبلغت", "الدول العربية الموالية للمعارضة", "استعدادها للتعاون", "كل ما يحدث من جانبها", False, False),
         ("تكرر", "و|روسيا| حتى", "أنها لا تهتم", "ورفض زيارة دمشق", False, True),
         ("وردد", "المسؤولون", "«الأسد لا يهمنا»", "«الأسد لا يهمنا»", True, False),
         ("تعتقد", "إيران", "أنها قادرة", "كما نجحت في العراق", False, True)],
    # aleqtisadiya column "رحلة في عقل إرهابي (1)": "فكيف لشاب، بل طفل يفعل كل ذلك بعد تجنيد لا يتجاوز أياما أو بضعة
    # أشهر حسب اعترافاتهم" (decided here: a postposed relay of confessions, blind42's "وفقاً لاتهامات ..." with the noun
    # as speaker, named=false -- the young recruits never identified; content before the cue limited to the clause it
    # qualifies, "تجنيد لا يتجاوز أياما أو بضعة أشهر", the rest of the sentence being the columnist's question). Not
    # claims: "إلا أن التاريخ والوثائق تثبت وجودها" (things that prove, blind42's "تدل على"), "الذي تكلمنا عنه في مقال
    # سابق" (the columnist, a topic), "انظر ... ودقق" (imperatives), "أمضى الباحثون عشرات السنين لتطويرها" (an act)
    16: [("حسب", "اعترافاتهم", "<تجنيد لا يتجاوز", "أو بضعة أشهر", False, False)],
    # 3alyoum Jeddah missing girls (the story of blind14's sabq G5Dgde in other words): "أبلغ مواطن قادم من الرياض
    # مركز شرطة النزهة ... عن اختفاء ابنتيه ... وسط ظروف غامضة" (blind3/blind14/blind24's "أبلغ ... عن" a claim;
    # blind14's participial descriptor "القادم من الرياض" left out; the addressee left out; the never-named citizen:
    # named=false, blind40's "المواطن" over blind14's named=true for the same father), "وقال الوالد: عندما استيقظنا
    # ... سوى عباءتيهما" (colon: direct; a family role, named=true, make_gold's "الابن", blind14's "والدها"/"الوالد")
    # and "من جانبها، ذكرت شرطة منطقة مكة أنه لا يزال ... بحي النزهة". Not claims: "وطالب المواطن الجهات الأمنية
    # بتكثيف البحث" and "وناشد والدهما ... بتوجيه من يلزم" (appeals), the byline, the tag line
    17: [("أبلغ", "مواطن", "عن اختفاء ابنتيه", "وسط ظروف غامضة", False, False),
         ("وقال", "الوالد", "عندما استيقظنا", "سوى عباءتيهما", True, True),
         ("ذكرت", "شرطة منطقة مكة", "أنه لا يزال", "التابعة لهم بحي النزهة", False, True)],
    # okaz editorial "ارتفاع كلفة التأمين": "الارتفاعات الأخيرة التي يرى البعض أنها جاءت ردة فعل ... بشكل عام"
    # (an opinion; "البعض" named=false, blind39/blind42/blind43). Not claims: "الشكاوى من ارتفاع أسعاره" (a noun
    # without source or content), "رغم القناعة الكبيرة بمراقبة" (a belief without a source), "همسة يجب أن نطلقها"
    # and "لا تبالغوا" (the editorial's own voice)
    18: [("يرى", "البعض", "أنها جاءت", "للواقع الاقتصادي بشكل عام", False, False)],
    # alriyadh Abha fall: "أوضح ذلك المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي" (the
    # anaphoric content "ذلك" between cue and speaker, blind14/blind15/blind19/blind33) and "منوها إلى أهمية أخذ
    # الحيطة والحذر ... على تواصل معهم" (stressing an importance, blind40's "منوها", blind43's "ونوهت بالدور"; null).
    # Not claims: "تلقى مركز التوجيه ... بلاغا عن حادث سقوط" (a received report naming a topic, blind42/blind43),
    # "اتضح أنه متوفيا" (impersonal), "فيما نقل مدير الدفاع المدني ... تعازيه لذوي المتوفى" (conveying condolences, a
    # bare act, blind40's "وقدم أعمق تعازيه"), "سائلا الله" (a prayer), "..متمنيا السلامة للجميع" (a ritual NP wish,
    # blind40's "وتمنى الشفاء العاجل" over blind35's)
    19: [("أوضح", "المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي", "^ذلك", "ذلك",
          False, True),
         ("منوها", None, "إلى أهمية", "على تواصل معهم", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind44.jsonl")
