"""Build claims-blind26.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261258) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind25.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind26.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind25/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the tanwin of "وفقاً"، "لافتاً"، "متوقعاً" and its
absence in "وفقا"، "لافتا"، "مبينا"، "مضيفا"; the shadda of "وأكّد" (sabq) and of "الخاصّة"، "الطبيعيّة"; the
spellings without hamza "واكد"، "واوضح"، "ان"، "اي"، "الى"، "انقرة"، "الاركان"، "بان ايدسون"، "اكن"، "لانني"; "مساهمتم"
(for مساهمتهم) and "بغصه" as written; the detached "و بين" of alriyadh; the straight quotes of alyaum, sabq,
almadina and alwatan, the guillemets « » of almadina and aawsat, the right and left marks ” “ of 3alyoum; the
hashtag "#تفجير_طوارئ_عسير" and "؟”" of the tweet; the Arabic-Indic digits "(٩٩٧)"; the Latin "(Distimo)").
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
    # alyaum the Gulf Cup meetings in Kuwait: no claim. "يشارك ... في اجتماعات" (an act), "وسيتم خلال الاجتماعات
    # حسم موعد ..." (a plan, impersonal), "الاطلاع على"، "ومناقشة" (topics of a meeting)
    0: [],
    # alriyadh 70,857 tons of dates at the Buraidah festival: "بلغ عدد السيارات ... حتى صباح أمس الجمعة وفقاً لفريق
    # الإحصاء بالمهرجان 1800 سيارة ... والاشتراطات المحددة" -- a source phrase INSIDE its sentence: content after the
    # phrase to the end of the sentence (contiguous spans), cue "وفقاً" alone, speaker without the glued preposition:
    # blind22's almost identical was "بلغ عدد السيارات ... وفقاً لتقرير فريق الإحصاء بالمهرجان 1554 سيارة ... لأسواق
    # المملكة" (blind12/blind14/blind19); the "بينما تم ضبط فريق الجودة 35 كرتونا ..." clause kept, as blind22 kept
    # "حيث استمرت ..." (and blind22's statistics reported the quality teams' seizures too); the team by its name:
    # named=true. "وأعرب مدير عام فرع الهيئة ... المكلف إبراهيم بن علي المشيقح عن سعادته بما شاهده ... والفعاليات
    # المصاحبة" (a verb of expression + stance noun, blind3-and-later; "المكلف" part of the title, blind7), then the
    # participles and continuation verbs with his elided subject: null -- "لافتاً النظر إلى أن ذلك أسهم ...
    # والنخلة" (cue "لافتاً" alone, blind13/blind16's "لافتاً النظر إلى"), "وأضاف أن أمانة ... المميزة"، "مبينا أن
    # الجانبين ... تدعمها الهيئة"، "وأفاد أنه يوجد ... للترويج للمهرجان"، "متوقعاً أن يزيد ..." (a prediction).
    # Not claims: "تم ضبط" (an act, passive, inside)
    1: [("وفقاً", "وفقاً ل|فريق الإحصاء بالمهرجان| 1800", "1800 سيارة", "والاشتراطات المحددة", False, True),
        ("وأعرب", "مدير عام فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة القصيم المكلف إبراهيم بن علي المشيقح",
         "عن سعادته", "والفعاليات المصاحبة", False, True),
        ("لافتاً", None, "إلى أن ذلك", "بمنتجات التمور والنخلة", False, True),
        ("وأضاف", None, "أن أمانة", "هذه النتائج المميزة", False, True),
        ("مبينا", None, "أن الجانبين", "التي تدعمها الهيئة", False, True),
        ("وأفاد", None, "أنه يوجد", "للترويج للمهرجان", False, True),
        ("متوقعاً", None, "أن يزيد", "مع تطور فعاليات المهرجان", False, True)],
    # sabq the third stage of Aramco's initiative for Insan's orphans: no claim (the writer's account of an
    # initiative). "وتهدف"، "وتتلخص أهداف المبادرة"، "وتضمنت متطلبات"، "وتنوعت أنشطة" (aims, contents), "وقعت ...
    # اتفاقية تقتضي بتقديم دعما ماليا" (an act; an agreement's provisions, blind23's "a law's provisions"), "وسوف يتم
    # البدء" (a plan, impersonal)
    2: [],
    # aleqtisadiya the King Salman Centre flies Yemeni volunteer doctors to Aden: "أوضح المتحدث الرسمي لمركز الملك
    # سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أنه استجابة ... انطلاقا من مستشفى عدن" (one sentence, to its
    # end). Not claims: "لدعوة ... الدكتور عبدالله الربيعة ، الأطباء اليمنيين ... إلى التعاون مع المركز" (an appeal,
    # inside the content)
    3: [("أوضح", "المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ", "أنه استجابة",
         "انطلاقا من مستشفى عدن", False, True)],
    # 3alyoum Khashoggi on the Abha bombing: "وقال خاشقجي عبر حسابه على موقع التواصل الإجتماعي ” تويتر”:”#تفجير_طوارئ
    # _عسير يجب ... وطنه ؟”" (colon and quotes: direct; "عبر حسابه ..." left out; the tweet's hashtag kept inside
    # the marks) and "وأضاف: “لا تستمعوا ... المكفراتية”" (null, direct). Not claims: the lead "علق الكاتب السعودي
    # جمال خاشقجي على تفجير مسجد قوات الطوارئ ... 25 أخرين." (its only object a topic, the event commented on; the
    # comment itself is the next sentence's "وقال": blind18's "علق ... على قرعة البطولة" was counted only with the
    # quote its "قائلاً" introduced, and "على قرعة البطولة" was its topic; blind3/blind18/blind21's topics of talk;
    # blind25's "أدلى ... بتصريح" not counted apart; decided here for a standalone "علق على"), inside the quote
    # "وهم يبررون قتلهم وتكفيرهم لنا" (a generic, habitual justification without a reason given, blind7's "كل
    # نادٍ يبرر شكواه"), "ودعا عبر تدوينتة ... إلى محاربة الإرهاب، ولكن ... أوقفوا ...، فهي من وفر بيئة ازدهار
    # الاٍرهاب" (an appeal with its imperative and its reason inside, blind25's alwatan "ودعا ... ولا تزال الفرصة
    # ... مهيأة"), the byline and the tag line "سمات ..."
    4: [("وقال", "خاشقجي", "”#تفجير_طوارئ_عسير", "وشجعان وطنه ؟”", True, True),
        ("وأضاف", None, "“لا تستمعوا", "وقف انتاج المكفراتية”", True, True)],
    # aljazirah Riyadh's cleaning campaign: no claim. "واصلت ... حملتها" (an act), "قد أعدت خطة" (an act),
    # "وناشدت الإدارة العامة للنظافة الجميع التعاون ..." (an appeal, make_gold's "دعا إلى، طالب بـ")
    5: [],
    # almadina a new Earth-like planet: "ونقلت وكالة (رويترز) للأنباء ما قاله جيف كوفلين العالم في أبحاث كبلر بمعهد
    # سيتي في «ماونتنفيو» بولاية كاليفورنيا: «إنه لتقدم ... يشبه الشمس»" -- ONE claim, the relay verb as cue and the
    # one who said it as speaker (make_gold's نقل عن X قوله, claims-gold/blind13/blind21/blind25; "ما قاله X" read
    # as "X's words", blind15's "مما قاله الشيخ ...:" where no other verb stood; the agency not counted apart,
    # blind25's "ونقلت وكالة ... "شينخوا" ... عن مسؤولين"); his title after his name kept as an apposition; colon and
    # marks: direct. Not claims: "وأوردت وسائل الإعلام البريطانية ما قاله العلماء في المؤتمر الصحفي عن الكوكب الذي
    # يعتقد أنه أكبر ... مجموعة الدجاجة" (what was said is named only by its topic, the planet, an entity: a topic of
    # talk, blind3/blind18/blind21's "تحدث عن"، "تنبيهاً ... عن حالة الطقس"; unlike blind25's "تصريح ... عن ضبط 4
    # ملايين حبة", whose عن phrase is an event reported; the description in the relative is the passive "يعتقد
    # أنه" (blind8/blind13's "يُعتقد أنه"، "يعتقد أنها"); decided here), "ويعتقد العلماء أن «كبلر-452 بي» كوكب صخري
    # ..." (a cognitive verb of scientists, NOT a claim: blind23's almost identical "ويعتقد العلماء أن المشروع
    # ..."), "يذكر أنه سبق أن رصدت ..." (editorial), "تمكن علماء ... من اكتشاف" (an act), "تعرف باسم"، "المعروف
    # باسم" (naming)
    6: [("ونقلت", "جيف كوفلين العالم في أبحاث كبلر بمعهد سيتي في «ماونتنفيو» بولاية كاليفورنيا", "«إنه لتقدم",
         "حول نجم يشبه الشمس»", True, True)],
    # alwatan al-Haqbani in the quarter-finals: no claim. "يذكر أن الحقباني لم يخسر ... ما يدل على ..." (editorial,
    # the writer's inference), "اتسمت" (the writer)
    7: [],
    # okaz a nose rebuilt with rib bone: "وبين مدير المستشفى عبدالعزيز الخمسان أن استشاري جراحة التجميل ... 30
    # سنة", then with his elided subject (null) "لافتا إلى أن المريض ... عندما أصبح شابا"، "وذكر أن صعوبة تلك
    # الحالة ... من أشد أنواع التشوه" ("يعد" passive, inside) and "لافتا إلى أن عظام الأنف ... المجري الهوائي للأنف"
    # (its coordinated "واحتاج إلى اخذ جزء ..." kept, the same statement). Not claims: "نجح فريق طبي ..." (the writer)
    8: [("وبين", "مدير المستشفى عبدالعزيز الخمسان", "أن استشاري", "يبلغ من العمر 30 سنة", False, True),
        ("لافتا", None, "إلى أن المريض", "عندما أصبح شابا", False, True),
        ("وذكر", None, "أن صعوبة", "من أشد أنواع التشوه", False, True),
        ("لافتا", None, "إلى أن عظام", "المجري الهوائي للأنف", False, True)],
    # alweeam Yemeni resistance retakes positions near Aden: "قال مسؤولون محليون اليوم الخميس إن القوات اليمنية
    # ... المدينة الساحلية الجنوبية" (unnamed officials: named=false, blind2's "مسؤولون"; the time adverb left out)
    # and "وقال المسؤولون إن المقاتلين ... وقرية الفلاحي" (the same unnamed officials: named=false, blind15's
    # "المسؤولون"). Not claims: "وسيطرت ..."، "وكانت قد انتزعت ..." (the writer; new sentences), "الذين يطلقون على
    # أنفسهم اسم المقاومة الجنوبية" (naming, inside), "ولا يزال الاقتتال دائرا"، "وكانت غارات التحالف استهدفت"
    # (the writer), the link line
    9: [("قال", "مسؤولون محليون", "إن القوات", "المدينة الساحلية الجنوبية", False, False),
        ("وقال", "المسؤولون", "إن المقاتلين", "البساتين وقرية الفلاحي", False, False)],
    # alyaum Pele leaves hospital: "وأعلن مستشفى "البرت اينشتاين" في ساو باولو بان ايدسون ... في عموده الفقري" (the
    # quotes kept inside the longer noun phrase, blind14/blind24/blind25; the locative "في ساو باولو" kept, as
    # claims-gold's "مصادر فلسطينية محلية في الخليل"; content from "بان" = بـ + ان), "واكد المستشفى في تقريره
    # الطبي حينها ان الفحوصات اظهرت عدم وجود اي مرض خبيث" ("في تقريره الطبي حينها" left out; the nested "الفحوصات
    # اظهرت" is not counted: tests are not a source, blind4's "الفحوصات أكدت"، blind11's "وأظهرت النتائج"، blind15's
    # "الاختبارات الوراثية ... بينت"), "وعلق بيليه سابقا على خروجه من المستشفى في احدى المرات "لم اكن ... بثلاثة
    # قلوب"" (a comment WITH its words: cue "وعلق", content the quote, its topic "على خروجه من المستشفى" and the
    # adverbs left out, blind18's "علق ... على قرعة البطولة قائلاً : "..."": direct). Not claims: "في اشارة مازحة
    # منه الى مسقط رأسه" (the writer's gloss, blind10's "في إشارة"), "المعروف ببيليه" (naming), "وكانت العملية
    # تهدف" (an aim)
    10: [("وأعلن", "مستشفى \"البرت اينشتاين\" في ساو باولو", "بان ايدسون", "في عموده الفقري", False, True),
         ("واكد", "المستشفى", "ان الفحوصات", "عدم وجود اي مرض خبيث", False, True),
         ("وعلق", "بيليه", "\"لم اكن", "رجل بثلاثة قلوب\"", True, True)],
    # alriyadh the Red Crescent saves a choking man by phone: "وتأتي تفاصيل الخبر حسب ما ذكر خالد السهلي المتحدث
    # الرسمي في الهيئة بأن عمليات الهيئة ... وعودة الحالة الطبيعيّة لوالده" (a "حسب ما" cue phrase, claims-gold's
    # "بحسب ما ذكر"; content after it from بأن to the end of the sentence; the name with its title as apposition),
    # nesting "تلقت بلاغاً من مواطن يفيد بأن والده أصيب بغصه أثناء تناوله الطعام" (a report received: cue "يفيد",
    # its subject the pronoun of a clause on the noun: null, blind21's "تنبيهاً من الرئاسة العامة للأرصاد ... يفيد
    # برؤية" and blind16's "شكوى مواطن يفيد فيه"; the caller stands only in the PP "من مواطن"; "بلاغاً" not counted
    # apart, its content hanging on يفيد -- unlike blind9/blind25's "بلاغا من ... عن"، "تصريح من ... عن" whose content
    # hangs on the noun; ending before "وعلى الفور تم ترحيل البلاغ", the operations' acts), and "و بين السهلي بأن
    # الاتصال ... المقدمة لهم من العمليات" (cue "بين": the "و" stands apart, written detached, and is not part of
    # the word; decided here). Not claims: "قام مستقبل البلاغ بتهدئة المبلغ وتوجيهه بالتدابير ..." (instructions,
    # an act), "وقام بتقديم الشكر البالغ لمسعف ..." (bare thanks, an act, blind18/blind25's bare acts)
    11: [("حسب ما ذكر", "خالد السهلي المتحدث الرسمي في الهيئة", "بأن عمليات", "الحالة الطبيعيّة لوالده", False, True),
         ("يفيد", None, "بأن والده", "أثناء تناوله الطعام", False, True),
         ("و |بين| السهلي", "السهلي", "بأن الاتصال", "المقدمة لهم من العمليات", False, True)],
    # sabq an agricultural company's solar power in Basita: "وقال رئيس شركة الوطنية الزراعية المهندس إبراهيم أبوعباة:
    # "الوطنية بدأت ... الخاصّة بالشركة"" and "وأضاف أبو عباة: "الشركتان ... الشركة الأولى"" (colon and quotes:
    # direct), "وأكّد سعي "الوطنية الزراعية" لإنتاج محطة ضخمة ... حيث تستهلك الشركة ما يقارب 40 ميغاواط" (أكد + NP,
    # blind23/blind24/blind25; its elided subject: null; the reason "حيث تستهلك ..." kept, blind22/blind25's reasons),
    # ending before "، وقال: "هي اليوم ... في المملكة"" (a new cue, null, direct). Not claims: "تُذكر" (the idiom
    # "worth mentioning", inside the quote), "ويعتمد مبدأ عمل الخلايا ..." (the writer), the byline
    12: [("وقال", "رئيس شركة الوطنية الزراعية المهندس إبراهيم أبوعباة", "\"الوطنية بدأت", "الخاصّة بالشركة\"",
          True, True),
         ("وأضاف", "أبو عباة", "\"الشركتان", "مهندسي الشركة الأولى\"", True, True),
         ("وأكّد", None, "سعي \"الوطنية الزراعية\"", "ما يقارب 40 ميغاواط", False, True),
         ("وقال", None, "\"هي اليوم", "العمل المؤسسي في المملكة\"", True, True)],
    # aleqtisadiya 1,539 factories in the Eastern Province: "ارتفع عدد المصانع ... بـ23.5 في المائة، وذلك وفقاً
    # لتقرير أصدرته غرفة الشرقية أمس" (a source phrase after the clause it sources: content before the cue from the
    # sentence's first word, blind2/blind16/blind22/blind25; cue "وفقاً" alone, "وذلك" left out, blind16/blind18;
    # speaker the noun without the glued preposition and without its relative "أصدرته غرفة الشرقية أمس", identified
    # by it: named=true, blind25's "التحقيقات التي تجريها ..."، blind19's "تقرير للأمم المتحدة"), "فيما قدر التقرير
    # صافي الفائض ... بنحو 29.5 مليون ريال" (an estimate, blind16's "يقدره ... بنحو"، blind23's "قدرت"; cue without
    # فيما; content the object with its complement), "أفاد التقرير بأن عددهم بلغ ... 42.2 ألف مشترك", "فيما كشفت قائمة
    # الدخل والإيرادات الخاصة في الغرفة عن بلوغ ... 213.3 مليون ريال" (the chamber's income statement, an issued
    # document: named=true, blind22's "الإحصائية"; the adjective "الخاصة في الغرفة" kept; to the end of the sentence
    # with its "فيما بلغ الفائض ...", the same statement, blind25's "فيما مازال ...") and "كما أوضحت القائمة بلوغ صافي
    # ... عام 2013" (أوضح + NP; cue without كما). Not claims: "وتناول التقرير ... المؤشرات"، "كما سلط التقرير الضوء
    # على"، "كما استعرض التقرير كذلك جهود الغرفة ... المشتركين" (topics of a report, a review, blind5/blind22/
    # blind25's "استعرض")
    13: [("وفقاً", "ل|تقرير| أصدرته", "<ارتفع عدد", "بـ23.5 في المائة", False, True),
         ("فيما |قدر| التقرير", "قدر |التقرير| صافي", "صافي الفائض", "بنحو 29.5 مليون ريال", False, True),
         ("أفاد", "التقرير", "بأن عددهم", "42.2 ألف مشترك", False, True),
         ("فيما |كشفت| قائمة", "قائمة الدخل والإيرادات الخاصة في الغرفة", "عن بلوغ", "213.3 مليون ريال", False, True),
         ("كما |أوضحت| القائمة", "القائمة", "بلوغ صافي", "بنحو 41 مليون ريال عام 2013", False, True)],
    # aawsat the week's most downloaded apps: "الترتيب موضوع وفقا لبيانات موقع «ديستيمو» (Distimo)" (a source phrase
    # with a named source's data, blind23's "وفقا لبيانات بورصة كوريا (KRX )", not the issuer-less "بيانات" of
    # blind7/blind12/blind13 nor an "according to" a non-source; content before the cue limited to the clause it
    # sources, blind23/blind25; speaker without the glued preposition, the Latin name in parentheses kept as
    # blind23 kept "(KRX )"; decided here: the lists themselves are no clause and are not spanned). Not claims:
    # "نقدم لكم" (the writer), "ويمكن الحصول على ... بزيارة الموقع" (the writer's tip), the lists
    14: [("وفقا", "ل|بيانات موقع «ديستيمو» (Distimo)|", "<الترتيب موضوع", "الترتيب موضوع", False, True)],
    # 3alyoum the Saudi Falcons' display season: no claim. "الذي لاقى إستحسان اللجنة" (approval), "وتم منح ...
    # التصريح لبداية موسم العروض" (a permit, not a statement), "يرمز لها" (symbolising), "مما يذكر أن" (editorial),
    # "ويشار لها بالبنان" (idiom, impersonal), "وهذا يدل على" (the writer), the byline with "Next Previous"
    15: [],
    # aljazirah the Abha festival's blood-donation corner: "واعتبر زوار المعرض أن مساهمتم بدمائهم ... من كل حاقد
    # وحاسد" (an opinion, claims-gold's "اعتبرت", blind7/blind13/blind16; unidentified visitors: named=false,
    # blind16's "المغردون في الهاشتاق"; "مساهمتم" as written; the coordinated "وتعبيرا عن تقديرهم ..." is part of
    # the content, the donation as an expression, not counted apart). Not claims: "توافد العديد من زوار المهرجان
    # لتأكيد وقوفهم صفا واحدا ..." (affirming by deed, the purpose of an act; unlike blind15/blind22's stated
    # "التأكيد على"; decided here), "داعين الله" (a prayer), "يذكر أن"، "علما أنه سيواصل" (editorial)
    16: [("واعتبر", "زوار المعرض", "أن مساهمتم", "من كل حاقد وحاسد", False, False)],
    # almadina Turkey strikes IS in Syria: "هجوم انتحاري دامٍ نسبته انقرة الى التنظيم المتطرف" (blame, blind13's
    # "نسبت هيئة أركان الجيش التركي الهجوم إلى ..."; here the object is the clitic of the relative's verb: cue with
    # its clitic, content the complement, as blind25's "وصفها" + "بأنها ..."; ending before the coordinated
    # "واستهدف ناشطين ...", the writer's), "فيما قالت صحيفة وول ستريت جورنال الخميس نقلا عن مسؤولين في وزارة الدفاع
    # إن تركيا ... إنجرليك التركية" -- TWO claims with one content, as blind7/blind13/blind18/blind21's "قالت X نقلا
    # عن Y ان ...": "قالت" (the paper, cue without فيما, "الخميس" left out) and "نقلا عن" (unnamed officials:
    # named=false); "وقالت رئاسة الاركان التركية في بيان إن عسكريا ... بين البلدين" ("في بيان" left out) and "واوضح
    # الجيش في بيان نشره على موقعه على الانترنت ان العنف ... للجيش التركي" (the circumstantial left out; the next
    # sentence "وادى ذلك الى مقتل ..." has no cue of its own: not spanned). Not claims: "ردا على" (an act),
    # "تبحث الحكومة التركية تنفيذ اجراءات" (deliberation)
    17: [("نسبته", "انقرة", "الى التنظيم", "الى التنظيم المتطرف", False, True),
         ("فيما |قالت| صحيفة", "صحيفة وول ستريت جورنال", "إن تركيا", "في إنجرليك التركية", False, True),
         ("نقلا عن", "مسؤولين في وزارة الدفاع", "إن تركيا", "في إنجرليك التركية", False, False),
         ("وقالت", "رئاسة الاركان التركية", "إن عسكريا", "على الحدود بين البلدين", False, True),
         ("واوضح", "الجيش", "ان العنف", "موقع متقدم للجيش التركي", False, True)],
    # alwatan a body at Demi Moore's house: "قالت متحدثة باسم الممثلة الأميركية ديمي مور والشرطة إنه عثر ... في
    # مدينة لوس أنجلوس" (two coordinated sources in one speaker span, claims-gold's "مصادر ... وشهود عيان"; a
    # spokeswoman by title and the police: named=true, claims-gold's "متحدث باسم ..."), "وأكدت مور في بيان عبر ممثل
    # لها "أنا مصدومة ... المروعة"" (the whole content quoted: direct, claims-gold's "وقال جوارديولا في تصريحات
    # صحفية «...»"; the channel left out), "وتابعت "إن فقد شاب ... وأصدقائه"" (null, direct), "ونقلت صحيفة "لوس
    # أنجلوس تايمز" عن مكتب الطبيب الشرعي للمقاطعة قوله إن الرجل غرق ... ببيفرلي هيلز" (نقل عن X قوله: speaker X,
    # make_gold; indirect), "وقال أصدقاء الشاب وأسرته للسلطات إنه لم يكن يتقن السباحة" (the addressee left out; an
    # unnamed group: named=false, blind13's "أهالي الأطفال"), "أما شرطة لوس أنجلوس فأكدت للصحيفة أن مور ... "ولم
    # يكن أي من أفراد العائلة الخاصة بالنجمة في المكان"" (cue with its ف, as written, blind3's "فيقول"; the
    # speaker before it after أما; "للصحيفة" left out; an indirect content ending with a quoted fragment:
    # direct=false). Not claims: "عندما سمعت بالأنباء" (inside the quote), "واشتهرت مور ..." (the writer)
    18: [("قالت", "متحدثة باسم الممثلة الأميركية ديمي مور والشرطة", "إنه عثر", "في مدينة لوس أنجلوس", False, True),
         ("وأكدت", "مور", "\"أنا مصدومة", "بالأنباء المروعة\"", True, True),
         ("وتابعت", None, "\"إن فقد", "هذا الشاب وأصدقائه\"", True, True),
         ("ونقلت", "مكتب الطبيب الشرعي للمقاطعة", "إن الرجل", "ببيفرلي هيلز", False, True),
         ("وقال", "أصدقاء الشاب وأسرته", "إنه لم يكن", "يتقن السباحة", False, False),
         ("فأكدت", "شرطة لوس أنجلوس", "أن مور", "بالنجمة في المكان\"", False, True)],
    # okaz medical advice delays Zainab's departure: "بعد أن رأى الفريق المعالج لها ضرورة استكمال مرحلة «الكورس
    # العلاجي»؛ للاطمئنان على حالتها الصحية" (an opinion, رأى with its object NP, claims-gold's "ويرى", blind5's
    # "أكدت اللجنة ... ضرورة تطبيق"; the purpose after the semicolon kept; the team treating her, identified:
    # named=true, the participle "المعالج لها" kept in the speaker as an adjective; decided here: a verb of opinion
    # stating a necessity, not a recommendation verb like blind4/blind15's "أوصت"، "ونصحت"), "وأوضح محمد أبو الرحى
    # (جد الطفلة) أن التقارير الطبية لم تشر ... أول من أمس" (the parenthetical apposition kept, blind20's "(أوروجوياني
    # )"), then with his elided subject (null) "لافتا إلى أن أسرتها ... إلى المملكة"، "وبين أن الأسرة ... المحطة
    # الأخيرة"، "مضيفا أن الطفلة ... يوم الوصول", and "وعبر أبو الرحى عن شكره لسفارة المملكة ... على وقوفها معهم"
    # (a verb of expression + stance noun, blind3/blind7/blind9's "أعرب ... عن شكره"). Not claims: "أجلت نصيحة طبية
    # مغادرة ..." (advice, an act without content of its own), the nested "التقارير الطبية لم تشر إلى وجود مضاعفات"
    # (a negated indication, blind9/blind11's "ولم توضح"، "ولم تكشف"; medical reports not a source, blind4's
    # "الفحوصات أكدت"), "مشيدا بجهود"، "مثمنا دور" (praise, blind13's "مثمنا دور رجال الأمن")
    19: [("رأى", "الفريق المعالج لها", "ضرورة استكمال", "على حالتها الصحية", False, True),
         ("وأوضح", "محمد أبو الرحى (جد الطفلة)", "أن التقارير", "أول من أمس", False, True),
         ("لافتا", None, "إلى أن أسرتها", "قبل العودة إلى المملكة", False, True),
         ("وبين", None, "أن الأسرة", "التي كانت المحطة الأخيرة", False, True),
         ("مضيفا", None, "أن الطفلة", "يوم الوصول", False, True),
         ("وعبر", "أبو الرحى", "عن شكره", "على وقوفها معهم", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind26.jsonl")
