"""Build claims-blind41.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261288) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind40.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind41.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind40/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the tanwin of "مؤكدًا" (alweeam) against "مؤكداً"/
"مشيراً"/"مبيناً" (alriyadh, 3alyoum) and "موضحاً" (alriyadh), the bare "مبينا"/"مشيرا" of aleqtisadiya, the
hamza-less "واوضح"/"انه"/"ان" of arriyadiyah, the tanwin of "جارٍ" and "بيانٍ", the curly quotes “ ” of 3alyoum
(also the reversed opening ” of "وأنّ ” الميليشيات"), the guillemets « » of aljazirah, the straight quotes of alriyadh
and aleqtisadiya, the Arabic decimal "56ر2" of alyaum).
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
    # alweeam Souq Okaz street theatre: "إلى ذلك، أكد مخرج العرض ممدوح سالم، أنه وبرغم ... وبضيوف الحدث الكبير" (the
    # comma after the speaker outside; to the end of the sentence), "وأضاف سالم أن فريق العمل ... ولو بسيطة للغاية"
    # (ending before the next reporting word of the same source) and "مؤكدًا أن النتائج ... في دورته التاسعة" (null,
    # blind7/blind8/blind11-blind40; "الذي كتب قصته المؤلف" inside it, writing without content). Not claims: "التي
    # تعتبر باكورة" (a passive "is considered", no source), "والطريف أن" (the writer), "قُوبل بترحاب"، "وحرص بعضهم على
    # التقاط الصور" (acts), "وأشادوا ... بأهمية هذه النوعية من الأعمال" (praise, make_gold), the link line
    0: [("أكد", "مخرج العرض ممدوح سالم", "أنه وبرغم", "وبضيوف الحدث الكبير", False, True),
        ("وأضاف", "سالم", "أن فريق العمل", "ولو بسيطة للغاية", False, True),
        ("مؤكدًا", None, "أن النتائج", "في دورته التاسعة", False, True)],
    # arriyadiyah West Brom signs Rondon: "أعلن وست بروميتش البيون الانكليزي لكرة القدم يوم الاثنين انه ضم ... (19
    # مليون دولار)" (the club's name with its appositions; the time left out; the parenthesis inside, the stop outside)
    # and "واوضح النادي الانكليزي ان روندون (25 عاما) وقع على عقد مدته 4 سنوات" (ending before the writer's "، ويأتي
    # هذا الإعلان ..."). Not claims: "ويأتي هذا الإعلان" (a noun, the writer), "وكان أعلى رقم دفعه" (the writer)
    1: [("أعلن", "وست بروميتش البيون الانكليزي لكرة القدم", "انه ضم", "(19 مليون دولار)", False, True),
        ("واوضح", "النادي الانكليزي", "ان روندون", "عقد مدته 4 سنوات", False, True)],
    # alriyadh Yemeni pilgrims: "أبلغ "الرياض" من قلب العاصمة اليمنية صنعاء وكيل وزارة الحج اليمنية لقطاع العمرة والحج
    # منير محمد دبوان أن ... في بلاده" (blind19's "وأبلغت (عكاظ) مصادر مطلعة أن": addressee and venue left out), "وقال
    # دبوان إن ... عن العام الماضي" ("حيث تم تسجيل ..." inside), "مشيراً إلى أن حصة اليمن ... 22 محافظة" and "مؤكداً
    # عدم استثناء ... من أداء الحج" (null; the object NP), "وحول آلية ... أوضح دبوان أنه تم التنسيق ... الحجاج
    # اليمنيين" (the topic phrase left out) with "مبيناً أنه جارٍ ..." (null), "وكشف دبوان أن وفد ... للسيارات",
    # "وألمح دبوان أن تسجيل ... عبر مسار وزارة الحج" (ألمح a reporting verb, blind30/blind31) with "مبيناً أن هناك
    # مقترحا ..." (null), and 'وقال وكيل وزارة الحج اليمنية "إجراءات ... نتيجة الأحداث الجارية، مشيراً إلى أن الجهات
    # ... في أداء الحج"' -- the writer's participle stands inside the quotation marks: two claims, "وقال" from the
    # opening mark to "الأحداث الجارية" and the null "مشيراً" to the closing mark, both direct (blind20's was "وقال سموه
    # " إن ...، مؤكداً سموه أن ... "" and blind29's alwatan 'وأضاف "...، لافتا إلى أن ..."', the latest). "التي
    # أعتبرها قادرة" is the speaker's own first-person view inside his words, not a nested claim (blind3/blind12/
    # blind20/blind33's "نعتبر/أعتبر/أعتقد" inside quotes)
    2: [("أبلغ", "وكيل وزارة الحج اليمنية لقطاع العمرة والحج منير محمد دبوان", "أن 20 ألف",
         "في ظل الأحداث الجارية في بلاده", False, True),
        ("وقال", "دبوان", "إن معظم الحجاج", "1000 حاج عن العام الماضي", False, True),
        ("مشيراً", None, "إلى أن حصة اليمن", "البالغ عددها 22 محافظة", False, True),
        ("مؤكداً", None, "عدم استثناء", "من أداء الحج", False, True),
        ("أوضح", "دبوان", "أنه تم التنسيق", "قوافل الحجاج اليمنيين", False, True),
        ("مبيناً", None, "أنه جارٍ", "ضمانا لقدوم الحجاج", False, True),
        ("وكشف", "دبوان", "أن وفد", "والنقابة العامة للسيارات", False, True),
        ("وألمح", "دبوان", "أن تسجيل", "عبر مسار وزارة الحج", False, True),
        ("مبيناً", None, "أن هناك مقترحا", "داخل الأراضي اليمنية", False, True),
        ("وقال", "وكيل وزارة الحج اليمنية", "\"إجراءات", "نتيجة الأحداث الجارية", True, True),
        ("مشيراً", None, "إلى أن الجهات", "في أداء الحج\"", True, True)],
    # almadina Prince Naif bin Thunayan: "وقال سموه: إن هذا العمل ... واستقرار بلادنا" ("سموه" named=true, blind9/
    # blind10/blind19/blind20/blind22; a colon before "إن": direct) and "وأكد سموه أنه بفضل الله ... في كل مكان". Not
    # claims: "رفع ... أحر التعازي" (condolences, a bare act), "ودعا ... الله عز وجل أن يتغمد ..." (a prayer), "يحاول
    # فيها الأعداء" (inside the content, an attempt)
    3: [("وقال", "سموه", "إن هذا العمل", "أمن واستقرار بلادنا", True, True),
        ("وأكد", "سموه", "أنه بفضل الله", "التخريبية في كل مكان", False, True)],
    # was the Foreign Minister meets Lavrov (second part): "وبشأن الوضع في العراق، أكد معاليه أنه جرى التطرق ...
    # داعش الإرهابي" ("معاليه" named=true, blind27/blind35), "واختتم معالي وزير الخارجية تصريحه بأنه جرى مناقشة ...
    # لمستقبل شعوبنا" (decided here: a claim, cue the reporting noun "تصريحه" -- "ختم/اختتم" never a cue, blind35 --
    # speaker the overt subject of the verb governing it, blind22's "أرسل عسيري بياناً"; content from بأنه),
    # "من جانبه أكد معالي وزير الخارجية الروسي أن بلاده ... المجالات المختلفة" (the spaced stop outside) and "وقال
    # إننا ... حول هذه المسألة" (null; first person without marks or colon: direct=false, blind12/blind31). Not
    # claims: "//انتهى//" and the time line
    4: [("أكد", "معاليه", "أنه جرى التطرق", "تنظيم داعش الإرهابي", False, True),
        ("تصريحه", "معالي وزير الخارجية", "بأنه جرى مناقشة", "لمستقبل شعوبنا", False, True),
        ("أكد", "معالي وزير الخارجية الروسي", "أن بلاده", "في كل المجالات المختلفة", False, True),
        ("وقال", None, "إننا في اجتماع", "حول هذه المسألة", False, True)],
    # alwatan clubs' camps in Europe: "حيث يأمل مسيروه أن يكون بداية حقيقية لعودة العميد" (a hope with أن, blind2/
    # blind15/blind25/blind29/blind34's يأمل; cue without حيث; "مسيروه" the managers of the named club: named=true,
    # blind22's "القائمون على شركة الصدف"; ending before the editorial "، يذكر أن"). Not claims: "قررت"، "وقرر"، "اختار"،
    # "فضلت"، "فضل" (decisions, choices), "بناء على طلب مدرب الفريق" (a request), "بعدما حدد مدربه ... هولندا" (a
    # choice), "يذكر أن" (editorial), "خطوات أخرى يتطلع أن تكون مدروسة" (impersonal, the writer's own hope)
    5: [("يأمل", "مسيروه", "أن يكون بداية", "لعودة العميد", False, True)],
    # 3alyoum Riyadh conference on Yemen: "ثم ألقى أكد رئيس الهيئة الاستشارية ... كلمة أعرب في مستهلها عن تمنياته
    # للمؤتمر ... مؤتمر الحوار الوطني الشامل" (a verb of expression + noun is a claim whatever the noun, blind28's
    # "وأعرب عن ... وتمنياتها", blind40; the verb of a clause on "كلمة": null, blind22/blind33/blind40; decided here: the
    # stray "أكد" between "ألقى" and its subject is an editing leftover with no content, not a claim), "بدوره قال الرئيس
    # اليمني عبدربه منصور هادي أن ... الميليشيات الظالم" (the spaced stop outside), ". مشيراً إلى أن مصير الهمجية ..."
    # (null, after a full stop), "وأضاف “سننتصر ... سيكون قريبا”" (null, direct; "نعد الشعب اليمني بأن ..." the
    # speaker's own words, not nested), "مؤكداً بأنه لن نسمح ... في اليمن” وأنّ ” الميليشيات ... للسلطة”" (null; decided
    # here: partly quoted -- "بأنه"/"وأنّ" outside the marks, the first closing mark unpaired -- so direct=false) and
    # "ولفت إلى أنه نحن نناضل ... مجلس التعاون" (null). Not claims: "ووعد الرئيس اليمني مواطني بلاده بعودة حكومته ..."
    # (a promise, blind3/blind12/blind20's "وعد"), "ووجه هادي الشكر" (thanks, blind39), "دعا المبعوث الدولي ... إلى
    # تمديد الهدنة" (an appeal), the dateline "Next Previous عين اليوم – الرياض"
    6: [("أعرب", None, "عن تمنياته", "مؤتمر الحوار الوطني الشامل", False, True),
        ("قال", "الرئيس اليمني عبدربه منصور هادي", "أن مؤتمر إنقاذ", "الميليشيات الظالم", False, True),
        ("مشيراً", None, "إلى أن مصير", "مزبلة التاريخ", False, True),
        ("وأضاف", None, "“سننتصر", "سيكون قريبا”", True, True),
        ("مؤكداً", None, "بأنه لن نسمح", "الانتقال السلمي للسلطة”", False, True),
        ("ولفت", None, "إلى أنه نحن", "شعوب دول مجلس التعاون", False, True)],
    # aljazirah Al-Taee camp: "وتمنى المهيلب أن تنعكس ثمار المعسكر في قادم الاستحقاقات" (a hope with أن about a fact,
    # blind14/blind28/blind32's "متمنياً أن", unlike ritual NP wishes). Not claims: "أشاد ... بالانضباطية" (praise),
    # "منح الجهاز الفني ... إجازة ... على أن يعودوا" (an act and its condition)
    7: [("وتمنى", "المهيلب", "أن تنعكس", "في قادم الاستحقاقات", False, True)],
    # alyaum BMW profits: "أعلنت شركة بي.إم.دبليو الألمانية لصناعة السيارات الفارهة اليوم الثلاثاء تراجع أرباحها ...
    # العملات الرئيسية الأخرى" (object NP; the time left out) and "كان المحللون الذين استطلعت وكالة "د.ب.أ-أيه.إف.إكس"
    # للأنباء الاقتصادية يتوقعون وصول أرباح ... من العام الحالي" (blind13/blind27's "يتوقعون"; unnamed analysts:
    # named=false; the relative on the speaker left out and not counted apart, blind40's "التقرير الذي نقلته ...").
    # Not claims: the figures (the writer), "جاء تراجع الأرباح"
    8: [("أعلنت", "شركة بي.إم.دبليو الألمانية لصناعة السيارات الفارهة", "تراجع أرباحها", "العملات الرئيسية الأخرى",
         False, True),
        ("يتوقعون", "المحللون", "وصول أرباح", "الثاني من العام الحالي", False, False)],
    # sabq rain in Qiya: no claim ("زود "سبق" ... صوراً" an act, "وطالبوا البلدية بمعالجة ..." a demand with its purpose,
    # the byline)
    9: [],
    # aleqtisadiya the five suspended players: "وكانت "الاقتصادية" قد كشفت الثغرة في لائحة الانضباط" (a disclosure
    # with an NP object, blind25's "كشفت التحقيقات ... تورط", blind40; the name alone in quotes spanned without them),
    # "وأكد فهد بارباع أن الصيغة الحالية، ... نزال لندن", 'مبينا: "..."', 'وزاد: "..."' (decided here: "زاد" a
    # continuation verb of speech like "وأردف"/"وتابع"), 'وعن الخيارات ... أجاب: "..."' (blind30's "أجاب"; the topic
    # phrase left out) -- all three null, colon and quotes: direct; "أتوقع"/"وأعتقد" inside the answer are the speaker's
    # own words, not nested (as in 2), "تنص على أن" inside a quote a provision -- and "، مشيرا إلى أن أي عقوبة ...
    # تعديل اللائحة" (null). Not claims: "رفضت لجنة الانضباط رفع الإيقاف"، "رأت تثبيت العقوبة" (decisions), "التماسا
    # ... يطلبان"، "وطلب النصر" (requests), "بحجة أن المباراة ستلعب خارج السعودية ..." (a pretext, blind9/blind21/
    # blind28), "يشار إلى أن" (editorial)
    10: [("كشفت", "الاقتصادية", "الثغرة", "في لائحة الانضباط", False, True),
         ("وأكد", "فهد بارباع", "أن الصيغة الحالية", "في يوم نزال لندن", False, True),
         ("مبينا", None, "\"مهما بدر", "بحق المخالفين\"", True, True),
         ("وزاد", None, "\"المادة السادسة", "بعد أن أقر في لندن\"", True, True),
         ("أجاب", None, "\"أتوقع", "لا يتسع لذلك\"", True, True),
         ("مشيرا", None, "إلى أن أي عقوبة", "لم يتم تعديل اللائحة", False, True)],
    # aawsat Al-Ahli training: no claim ("وينتظر أن" ×2 impersonal, "طالب الجهاز الفني ... بأن تكون المباراة" a demand,
    # "حيث يهدف مدرب الأهلي أن" an aim, "أجرت ... عدد من الاتصالات" an act, "وينتظر الرد")
    11: [],
    # alweeam youth programme closes: no claim ("اختتمت"، "وتوج"، "تكريم"، "شهدت" acts; the link line)
    12: [],
    # okaz column "زاد !!": "كانت حجتها أن القرآن الكريم ... على الذكر والأنثى" (decided here: the argument noun with
    # its possessive and a proposition, blind40's "مبررهم أن"; null, the possessor a clitic; unlike the adverbial
    # pretext "بحجة أن", blind9/blind21/blind28). Not claims: "توقعت أن"، "كما توقعت"، "شكري الجزيل" (the columnist's
    # own voice, blind40's "لم أتوقع"), "مثل رأيها في تعدد الزوجات ..." (opinions named by topic), "كتبته تشكك فيه في
    # صحة الاعتقاد الشائع بأن ..." (casting doubt on a target NP, blind10/blind18; "الاعتقاد الشائع" a belief without a
    # source), "مستنكرين مخطئين" (condemnation without content), "أوردت الكاتبة ردودهم" (including texts, an act),
    # "وأشارت إلى ما دار بينها وبينهم من سجال" (decided here: a reporting verb with a topic only, no proposition,
    # blind14's "تحدثت عن", blind40's news naming a topic)
    13: [("حجتها", None, "أن القرآن الكريم", "على الذكر والأنثى", False, True)],
    # alriyadh Taiz: "وقال مصدر من المقاومة الشعبية: إن المقاومة ... بجبل صبر" (an unnamed source: named=false; colon:
    # direct), "وأكد المصدر أن المقاومة غنمت ... وقوات صالح" (the same source: named=false) and "موضحاً أن الاشتباكات
    # ... الحوثيين وقوات صالح" (null; "حيث تسعى المقاومة ..." inside). Not claims: "نفذت المقاومة الشعبية هجوماً"
    # (an act), the writer's account
    14: [("وقال", "مصدر من المقاومة الشعبية", "إن المقاومة سيطرت", "على قرية حدنان بجبل صبر", True, False),
         ("وأكد", "المصدر", "أن المقاومة غنمت", "للحوثيين وقوات صالح", False, False),
         ("موضحاً", None, "أن الاشتباكات", "من قبضة الحوثيين وقوات صالح", False, True)],
    # was Barcelona-Sevilla Super Cup: "ويتطلع برشلونة إلى أن يبدأ ... عام 2009" and "ويتطلع برشلونة إلى تكرار ما حققه
    # ... بستة ألقاب مجتمعين" (decided here: "يتطلع إلى" an aspiration = a hope, as blind29's preview "ويأمل كل فريق في
    # التتويج"/"ويأمل الهلال ... في التتويج", unlike an aim "يهدف"; the second ending before the writer's "، حيث يستطيع
    # تكرار هذا ..."). Not claims: "كما تحوم الشكوك حول مشاركة ..." (doubts without a source), the dateline, "//
    # انتهى //" and the time line
    15: [("ويتطلع", "برشلونة", "إلى أن يبدأ", "بعدما نجح في هذا عام 2009", False, True),
         ("ويتطلع", "برشلونة", "إلى تكرار", "بستة ألقاب مجتمعين", False, True)],
    # 3alyoum Neymar mumps: "أعلن برشلونة غياب نجمه ... بالنكاف" (object NP), "وفي بيانٍ مقتضب نُشر على موقع برشلونة
    # جاء ما يلي “...”" (decided here: blind21's "وجاء في بيان أن «...»" with the PP fronted -- cue "جاء", speaker
    # "بيانٍ مقتضب" (the club's statement, named=true), its relative left out; "ما يلي" the lead-in, content the quoted
    # words, direct, blind40's "ما نصه:") and nested in it "الجهاز الطبي للفريق الأول أعلن اليوم الأحد غياب نيمار ...
    # ضد هذا الفيروس" (the time left out; nested: direct=false, blind40's almadina "يفيد"). Not claims: the byline, the
    # tag line "سمات ..."
    16: [("أعلن", "برشلونة", "غياب نجمه", "تشخيص إصابته بالنكاف", False, True),
         ("جاء", "بيانٍ مقتضب", "“الجهاز الطبي", "ضد هذا الفيروس”", True, True),
         ("أعلن", "الجهاز الطبي للفريق الأول", "غياب نيمار", "ضد هذا الفيروس", False, True)],
    # aljazirah Neymar mumps: "وأوضح برشلونة عبر موقعه الرسمي «الجهاز الطبي لبرشلونة أعلن أن نيمار ... النكفية»" (the
    # channel left out; wholly quoted: direct) and nested "أعلن أن نيمار سيغيب ... الغدة النكفية" (direct=false).
    # Not claims: "بعد تأكد غيابه" (a passive noun), the caption "نيمار"
    17: [("وأوضح", "برشلونة", "«الجهاز الطبي", "التهاب الغدة النكفية»", True, True),
         ("أعلن", "الجهاز الطبي لبرشلونة", "أن نيمار سيغيب", "التهاب الغدة النكفية", False, True)],
    # sabq Sharma and Khuraiba civil defence: 'وقال عيد سالم لـ "سبق" نحن نناشد أمير تبوك ... بأسرع وقت ممكن' (a
    # statement with قال whose content is an appeal, blind12's 'وقال فهد المرواني نطالب ...'; the addressee left out;
    # no colon, no marks: direct=false). Not claims: "طالب سكان ... بضرورة توفير" (a demand), "وجاءت هذه المطالب"
    # (a noun), "وبادر الأهالي بالاتصال" (an act), the byline
    18: [("وقال", "عيد سالم", "نحن نناشد", "بأسرع وقت ممكن", False, True)],
    # aleqtisadiya Japanese manufacturing: "أظهر مسح، أن نشاط المصانع ... في الربع الثاني" (blind21/blind23's "أظهر
    # مسح"; the survey is the Markit/Nikkei index named in the next sentence: named=true, blind40's report identified
    # below; "ما يشير إلى" inside), 'وبلغت القراءة الأولية ... والبالغة 50.1، حسبما نقلت "رويترز"' and 'ويبقى المؤشر
    # ... الإنفاق الرأسمالي، حسبما نقلت "رويترز"' (postposed relays, blind23's "حسبما نقلت وكالة الأنباء الكورية":
    # content before the cue from the sentence's first word; the name spanned without its quotes; "بيانات صدرت أخيرا
    # تظهر أن" inside, data without an issuing source, blind12/blind13/blind23), "وأظهر استطلاع، أن من المتوقع ...
    # وإنتاج المصانع" (a poll never identified: named=false, blind12's "استطلاع للرأي", blind21's "مسح رسمي") and
    # "وأشار الاستطلاع إلى أن ... في الربع الحالي" (the same poll: named=false, blind25's "الدراسة"), 'وكان مصنع
    # "ميتسوبيشي" ... ويعمل به 1250 عاملا، بحسب الشركة اليابانية' (content before the cue). Not claims: "يتوقع أن
    # تتوقف شركة "ميتسوبيشي"" (impersonal, blind9), "ما يدعم مجددا أدلة" (a thing that shows), the writer's account
    19: [("أظهر", "مسح", "أن نشاط المصانع", "تباطؤ متوقع في الربع الثاني", False, True),
         ("حسبما نقلت", "رويترز", "<وبلغت القراءة", "والبالغة 50.1", False, True),
         ("حسبما نقلت", "رويترز", "<ويبقى المؤشر", "تزايد الإنفاق الرأسمالي", False, True),
         ("وأظهر", "استطلاع", "أن من المتوقع", "وإنتاج المصانع", False, False),
         ("وأشار", "الاستطلاع", "إلى أن ثالث", "سنوي في الربع الحالي", False, False),
         ("بحسب", "الشركة اليابانية", "<وكان مصنع", "ويعمل به 1250 عاملا", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind41.jsonl")
