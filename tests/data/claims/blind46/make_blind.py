"""Build claims-blind46.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261298) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind45.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind46.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind45/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the guillemets of okaz, aljazirah and aawsat, the curly
quotes of 3alyoum and alweeam, the straight quotes of alyaum, aleqtisadiya and alwatan, "اكد"/"واضاف"/"ان"/"انه"
without hamza in alyaum and alriyadh, the shadda and damma of alweeam's "أقرَّ"/"والدهُ"/"سألتُ", the speaker
"لخبراء" spanned inside "للخبراء" as blind21/blind44/blind45's "لتقرير", and "رابعة الزيات" inside "ورابعة").
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
    # was Aqiq da'wa forum: "من جانبه أعرب البرقي عن شكره للقائمين على المكتب ... الأنشطة الهادفة" (an expressed
    # feeling, make_gold's "وأعرب ... عن تقديره", blind3/blind7/blind20/blind31's "أعرب عن شكره"; cue without من جانبه;
    # the final " ." excluded). Not claims: "كلمة ... استعرض فيها مناشط المكتب" (reviewing a topic: استعرض never
    # annotated, blind5-blind40), "كرم الداعمين" (an act), the dateline, "// انتهى //" and the time line
    0: [("أعرب", "البرقي", "عن شكره", "العديد من الأنشطة الهادفة", False, True)],
    # aljazirah Ahli coach: no claim ("تنفيذ طلب المدرب ... بتوفير لقاء ودي"، "حيث جاء طلب جروس" -- a request, an
    # appeal; "نظراً لرغبته في اختبار" a motive; the rest the writer's report)
    1: [],
    # aawsat column "رحالة الصيف": "هذه بعض انطباعاته، ويلاحظ ركاكة اللغة: وبهذه العاصمة ... وسوء سيرهم" (decided here:
    # the columnist introduces the prince's own written account with the noun "انطباعاته" and a colon -- blind39's noun
    # "كلام" + colon, blind40's "مبررهم أن" (null, the possessor a clitic), blind21's "يذكر الكاتب ... في كتابه";
    # direct (colon, his own words); the excerpt runs to the end of the column, over its three paragraphs, blind30/
    # blind31/blind45's colon speech over several sentences; the final " ." excluded) with, nested, "فأخبرنا أن هذا اليوم
    # ... على هؤلاء المنتظرين" (a report told to the traveller, blind19's "أخبره بأنه"; the informer unexpressed: null;
    # ending before "، فانتظرنا", the traveller's act). Not claims: "فسألنا عن سبب ذلك الانتظار" (a question by topic,
    # no content: blind10's "وعندما سألوه عن مراقبة البلدية لمحله", blind39's "سألت اللاعب عن الوصفة"), "ويلاحظ ركاكة
    # اللغة" (the columnist's impersonal remark), "وددت أن أزور" (the traveller's own wish, first person inside his
    # content), "علموا بقدوم الملكة" (knowledge), "تسمى: ..."، "كانت تسمى: «إيدوجو»" (passive naming)
    2: [("انطباعاته", None, "وبهذه العاصمة", "من دناءتهم وسوء سيرهم", True, True),
        ("فأخبرنا", None, "أن هذا اليوم", "ولأجل المرور على هؤلاء المنتظرين", False, True)],
    # alriyadh Colombia arrest: "قالت الشرطة الإيطالية إن تاجر المخدرات الدولي ... ألقي القبض عليه في كولومبيا",
    # "وذكر البيان انه تم إلقاء القبض ... كولومبية مشتركة" (the police statement: named=true, make_gold's "البيان"),
    # "وقالت السلطات الإيطالية إن اسمه كان مدرجا ... الست الماضية" (blind37/blind45's "السلطات الأمريكية/
    # الإسرائيلية" named=true) and "وقالت الشرطة انه ظل في أوروبا ... للمرة الثانية" (bare "الشرطة", the Italian police
    # above: named=true as blind2-blind30's "الشرطة"; to the end of the sentence). Not claims: the background sentences
    # "وكان مولينا فيجا ..."، "واعتقل ... افتعل إصابته ..." (no reporting word)
    3: [("قالت", "الشرطة الإيطالية", "إن تاجر", "ألقي القبض عليه في كولومبيا", False, True),
        ("وذكر", "البيان", "انه تم", "خلال عملية إيطالية كولومبية مشتركة", False, True),
        ("وقالت", "السلطات الإيطالية", "إن اسمه", "طوال السنوات الست الماضية", False, True),
        ("وقالت", "الشرطة", "انه ظل", "حيث تم القبض عليه للمرة الثانية", False, True)],
    # almadina counterfeit appliances: "كشف عضو لجنة الأجهزة الكهربائية بغرفة جدة محمد ماطر، أن نسبة التقليد ... 15 %
    # سنويا" (ending before "، مشيرا"; "بسبب الطلب" inside), "مشيرا إلى أن تجار الشنطة ... بالمنتج الرديء" (null),
    # "وأضاف الأحمري لـ»المدينة» أن سوق الأجهزة ... للمنتج الأصلي" (decided here: the surname as written, though the
    # first paragraph names "محمد ماطر" -- the text, not a correction; named=true; the addressee left out), "مشيرا إلى أن
    # كبار التجار ... لإدخالها السوق" (null), "وقال إن هناك عددًا ... في السوق السعودي" (a coordinated finite verb:
    # null, blind44/blind45), "وقال مصدر مطلع في مصلحة الجمارك: إن التقرير الصادر ... من السلع المغشوشة والمقلدة"
    # (colon + إن: direct, blind45; named=false, blind36's "مصدر مطلع"; over the paragraph, its "فيما كانت ..." after a
    # stray full stop, blind45; the next paragraph "وبلغ عدد ..." has no reporting word and is left out, blind45's
    # "later figures with no reporting word") with, nested, "التقرير ... قد بين أن إجمالي ... من السلع المغشوشة
    # والمقلدة" (speaker "التقرير", its participial descriptor "الصادر مؤخرا في مجال المضبوطات للربع الثاني من عام
    # 2015" left out, blind45; named=true, identified by that descriptor; direct=false, nested; over the same stray
    # stop into "فيما كانت ...", blind45's content over a full stop), "ويرى متعاملون في سوق الإلكترونيات والأجهزة
    # المنزلية أن المملكة ... من المستثمرين" (named=false, unidentified dealers; ending before "، مشيرين"),
    # "مشيرين إلى أن الشركات ... المتخصصة المحدودة" and "مؤكدين أن السوق ... ومعقولية الأسعار" (null)
    4: [("كشف", "عضو لجنة الأجهزة الكهربائية بغرفة جدة محمد ماطر", "أن نسبة التقليد", "يرتفع 15 % سنويا", False,
         True),
        ("مشيرا", None, "إلى أن تجار الشنطة", "السوق بالمنتج الرديء", False, True),
        ("وأضاف", "الأحمري", "أن سوق الأجهزة", "وتقليد للمنتج الأصلي", False, True),
        ("مشيرا", None, "إلى أن كبار التجار", "القطعة الواحدة لإدخالها السوق", False, True),
        ("وقال", None, "إن هناك عددًا", "ويقوم ببيعها في السوق السعودي", False, True),
        ("وقال", "مصدر مطلع في مصلحة الجمارك", "إن التقرير", "ما تم ضبطه من السلع المغشوشة والمقلدة", True, False),
        ("قد |بين| أن", "التقرير", "أن إجمالي", "ما تم ضبطه من السلع المغشوشة والمقلدة", False, True),
        ("ويرى", "متعاملون في سوق الإلكترونيات والأجهزة المنزلية", "أن المملكة", "باهتمام متزايد من المستثمرين",
         False, False),
        ("مشيرين", None, "إلى أن الشركات", "مع الشركات المتخصصة المحدودة", False, True),
        ("مؤكدين", None, "أن السوق في حاجة", "جودة المنتج ومعقولية الأسعار", False, True)],
    # alyaum OPEC: 'أعلن الأمين العام المنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري الخميس ان المنظمة "ليست
    # مستعدة" ... الى السوق' (the speaker as written, "العام المنظمة"; the day left out; partly quoted: direct=false;
    # ending before "، وقال"), 'وقال البدري بعد لقاء ... "لسنا مستعدين لخفض انتاجنا"' (direct; the occasion left out),
    # 'أكدت اوبك وروسيا انهما تتوقعان "وضعا ..." في 2016' (the channel "وفي بيان نشر بعد اللقاء" left out; their own
    # expectation "تتوقعان" inside, as blind24's "مبينا أنه يتوقع"), 'وقال الكسندر نوفاك ان مسألة التنسيق ... "لم
    # تناقش بالتفصيل"' (partly quoted), 'لكنه اكد ان "تقييمهما ... المواضيع"' (null, the subject a clitic on لكن, cue
    # without لكنه, blind44; wholly quoted after ان: direct, blind39/blind45), 'واضاف ان "قضية خفض الانتاج ... ليست
    # ضرورية"' (null, direct) with, nested, "وكثير من الدول تعتبر انها ليست ضرورية" (decided here: the countries' view
    # relayed inside the quotation, as blind40's nested "الدول المنتجة تتوقع أن", not blind38's generic beliefs;
    # "كثير من الدول" named=false; direct=false), "وقال الوزير الروسي ان الطلب العالمي ... بحلول 2020", "يقدر المحللون
    # بشكل عام زيادة العرض ... مليون برميل يوميا" (an estimate, blind11/blind13/blind41's "الخبراء/المحللون
    # يتوقعون"; named=false; the object NP, make_gold/blind27's "تقدر"; cue without ونتيجة لذلك; "بشكل عام" left out),
    # 'توقعت اوبك وروسيا "وضعا ..." في 2016 ما "يشكل ... الاستثمارات"' (partly quoted; the channel left out), "وتراجع
    # الاسعار سببه وفقا للخبراء استمرار الدول ... الطلب سيتحسن" (a mid-sentence relay: content after the cue only, the
    # subject before it left out, blind14's "وفقا للدراسة، 1 لكل 12 رجلا"; speaker "لخبراء" inside "للخبراء",
    # named=false; "ثقة منها بأن" the countries' motive, inside), 'واعتبر أمين عام أوبك ان المنظمة "يمكنها استيعاب"
    # هذا العرض' (partly quoted), 'واضاف "اننا مسرورون ... لعقوبات"' (null, direct) and 'وقال ان "المشكلة الوحيدة
    # ... سبعة بالمئة"' (null: a coordinated verb after the non-claim "بدا المسؤول مطمئنا", blind44/blind45; direct).
    # Not claims: "وطالب بعض اعضاء اوبك بخفض ... رسالة ... مفادها ان" (a demand and its purpose), "بدا المسؤول
    # مطمئنا" (an appearance), "يضاف الى ذلك" (the writer)
    5: [("أعلن", "الأمين العام المنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري", "ان المنظمة",
         "بكميات كبيرة الى السوق", False, True),
        ("وقال", "البدري", "\"لسنا", "لخفض انتاجنا\"", True, True),
        ("أكدت", "اوبك وروسيا", "انهما تتوقعان", "واستقرارا\" في 2016", False, True),
        ("وقال", "الكسندر نوفاك", "ان مسألة التنسيق", "\"لم تناقش بالتفصيل\"", False, True),
        ("اكد", None, "ان \"تقييمهما", "في الكثير من المواضيع\"", True, True),
        ("واضاف", None, "ان \"قضية", "انها ليست ضرورية\"", True, True),
        ("تعتبر", "كثير من الدول", "انها ليست", "انها ليست ضرورية", False, False),
        ("وقال", "الوزير الروسي", "ان الطلب العالمي", "بحلول 2020", False, True),
        ("يقدر", "المحللون", "زيادة العرض", "الى 1,5 مليون برميل يوميا", False, False),
        ("توقعت", "اوبك وروسيا", "\"وضعا", "لاستمرارية الاستثمارات\"", False, True),
        ("وفقا", "ل|لخبراء| استمرار", "استمرار الدول", "بأن الطلب سيتحسن", False, False),
        ("واعتبر", "أمين عام أوبك", "ان المنظمة", "استيعاب\" هذا العرض", False, True),
        ("واضاف", None, "\"اننا مسرورون", "خاضعة لعقوبات\"", True, True),
        ("وقال", None, "ان \"المشكلة", "تبلغ سبعة بالمئة\"", True, True)],
    # aleqtisadiya Jubeir: 'أكد وزير الخارجية السعودي عادل الجبير اليوم أن المملكة "ترغب ... مع روسيا"' (the day left
    # out; partly quoted), 'وأشار في مؤتمر صحفي في موسكو ... إلى وجود "مصالح ..." مثل ... والطاقة' (null; the venue left
    # out), "وقال الجبير إن محادثاته مع لافروف تطرقت إلى الأوضاع في سورية" (ending before "، مؤكدا"), 'مؤكدا أن "موقف
    # السعودية ... هو غير صحيح"' (null; wholly quoted after أن: direct, blind39/blind45) with, nested, "وما تورده وسائل
    # الإعلام عن تغير موقف المملكة بالنسبة لسورية" (decided here: a report with its source and reporting verb inside the
    # quotation, as blind6/blind21's "تناقلت وسائل الإعلام" and blind9's "حسبما أورد"; named=false; content from عن,
    # the reported change; direct=false, nested; unlike blind11's sourceless "ما يتم تداوله") and 'من جانبه ، أشار
    # لافروف إلى أن "أغلب ... حول سورية"' (cue without من جانبه; decided here: wholly quoted after "إلى أن", direct as
    # after أن/إن)
    6: [("أكد", "وزير الخارجية السعودي عادل الجبير", "أن المملكة", "علاقاتها مع روسيا\"", False, True),
        ("وأشار", None, "إلى وجود", "وقطاعات البترول والطاقة", False, True),
        ("وقال", "الجبير", "إن محادثاته", "تطرقت إلى الأوضاع في سورية", False, True),
        ("مؤكدا", None, "أن \"موقف", "هو غير صحيح\"", True, True),
        ("تورده", "وسائل الإعلام", "عن تغير موقف", "المملكة بالنسبة لسورية", False, False),
        ("أشار", "لافروف", "إلى أن \"أغلب", "تتطابق حول سورية\"", True, True)],
    # alwatan plays: 'وحكى العرض المسرحي "النجم العالمي" بأنه بعد مرور عدة أعوام ... الذي كان يلعب له' (decided here:
    # a work narrating with a content clause, as blind9/blind12's "وتقول كلمات القصيدة/الأغنية" and blind3's "كما جاء
    # في الرواية", blind25's "وروى ... أنه"; the play's title in quotes kept inside the speaker, blind45; named=true; to
    # the end of the sentence; "بدأ يفكر ماذا سيقول الناس عنه؟" a thought, inside). Not claims: "وناقشت المسرحية ...
    # قضايا"، "وتحدث العرض المسرحي عن شاب" (topics only, blind40's "أنباء تحدثت عن"), "وجسد أبطال المسرحية"، "وعكست
    # فصول العرض" (acts, things that show), "واختتم العرض المسرحي بإيصال عدة رسائل"، "كما قدم أبطالها رسائل للجهات
    # المعنية بضرورة الالتفات ... والتأكيد على أهمية تكاتف الجميع" (messages of necessity: appeals), "وسط مطالب"
    # (demands), "يذكر أن" (editorial)
    7: [("وحكى", "العرض المسرحي \"النجم العالمي\"", "بأنه بعد مرور", "والنادي الذي كان يلعب له", False, True)],
    # alweeam New York mosques: no claim ("وتعتبر ولاية نيويورك من الولايات"، "التي تعرف بكثافة" -- passives; the link
    # line)
    8: [],
    # okaz Aden: "أكد وزير الداخلية اليمني عبده الحذيفي سيطرة الأجهزة الأمنية ... على مدينة عدن" (object NP; ending
    # before "، لافتا"), "لافتا إلى أن هذه الأجهزة ... التحالف العربي" (null), 'وقال «الحذيفي» في اتصال هاتفي بـ«عكاظ»
    # والذي يزور عدن ضمن أعضاء الحكومة: «الوضع ... العاجل»' (a name alone in quotes without them, blind40/blind45; the
    # channel and the relative left out; direct), "وعن حجم الجرائم قال: «الجرائم الحوثية ... الجرحى»" (null, direct;
    # cue without وعن ...), "متوعداً من ارتكب تلك الجرائم بالجزاء قائلا: «من ارتكب ... العادل»" (the threat "متوعداً" is
    # not a claim, blind45's "هدد"; "قائلا" is, null, direct, blind37's "أشاد ...، قائلا"), "قوات التحالف العربي التي
    # وصفها بالداعم العظيم وصاحبة الموقف الأقوى والناجح" (a description, null: the describer the elided subject of
    # "وأشاد", blind2's "وصفته بالكريم"; content from بـ), "قائلا: «الشكر الكبير ... مدينة عدن»" (null, direct; a
    # statement whose content is thanks, blind45's "وقال: ندين") and "وتشير المعلومات والإحصائيات غير الرسمية إلى أن
    # أكثر من 3500 يمني ... الماضية" (information and statistics as a source, blind34's "تؤكد المعلومات", blind35's
    # "وبحسب المعلومات الأولية"; unofficial and unidentified: named=false). Not claims: "متوعداً ... بالجزاء" (a
    # threat), "وأشاد بدور قوات التحالف" (praise)
    9: [("أكد", "وزير الداخلية اليمني عبده الحذيفي", "سيطرة الأجهزة", "الشرعية على مدينة عدن", False, True),
        ("لافتا", None, "إلى أن هذه الأجهزة", "كبيرة من قوات التحالف العربي", False, True),
        ("وقال", "الحذيفي", "«الوضع في عدن", "في القريب العاجل»", True, True),
        ("قال", None, "«الجرائم الحوثية", "وآلاف الجرحى»", True, True),
        ("قائلا", None, "«من ارتكب", "جزاءه العادل»", True, True),
        ("وصفها", None, "بالداعم العظيم", "الموقف الأقوى والناجح", False, True),
        ("قائلا", None, "«الشكر الكبير", "إلى مدينة عدن»", True, True),
        ("وتشير", "المعلومات والإحصائيات غير الرسمية", "إلى أن أكثر", "خلال الأربعة الأشهر الماضية", False,
         False)],
    # aljazirah Delta Awards: "ورابعة الزيات عن برنامج «بعدنا مع رابعة» على الجديد والتي أعلنت عن ختام سلسلته هذا
    # العام ... في الدورة المقبلة" (an announcement in a relative clause, speaker the antecedent, blind36/blind42/
    # blind45; "أعلنت" feminine, so Rabia, not the programme; spanned inside "ورابعة"). Not claims: "حيث تم الاستفتاء"
    # (a passive), "إن الجمهور حدد وسجل صوته" (the writer), "دون الإعلام عن الأسباب" (a negated verbal noun, no
    # content), "اتضح أنهما تلقيا خبر وفاة" (a finding and a received report)
    10: [("أعلنت", "رابعة الزيات", "عن ختام سلسلته", "بعنوان «مع رابعة» في الدورة المقبلة", False, True)],
    # sabq Twitter clubs: no claim ("الذي عرف عنه أنه الأكثر نشاطاً" a passive; "أن يعبر برأيه" a generic ability;
    # follower figures with no source; the byline)
    11: [],
    # aawsat Ahli friendly: "كشف موقع «مكاني» الإلكتروني الخاص بحجز وشراء تذاكر المباريات عن البطاقة ... للمنصة
    # بالدرجتين)" (a product disclosure, blind38/blind40's "كشف ... عن" + NP; decided here: the adjective phrase "الخاص
    # بحجز ..." kept inside the speaker as blind9's 'موقع "إنجادجيت" التقني المختص' -- an adjective, not a participial
    # descriptor or a relative; cue without من جهة أخرى; to the end of the sentence, its "والتي تترقب ..."، "حيث تتزين
    # ..." inside) and "إحدى الخطوات الرائدة التي أعلنت عنها الإدارة في وقت سابق" (an announcement in a relative clause
    # whose content is the resumptive "عنها", blind5's "التي أعلنت الوزارة عن توفرها"/"تعلن الوزارة عنها"; the time left
    # out). Not claims: "وعلمت «الشرق الأوسط» بتلقي ..." (the paper's own knowledge, blind13's "وعلمت "الوطن""), "حيث طرح
    # مسيرو الفريق إمكانية خوض المباراة" (decided here: a proposal of an action, like an appeal), "لقيت موافقة الجهاز
    # الفني" (an approval), "وكان الجهاز الفني قد وضح تركيزه"، "كما وضح في المواجهة" (وضح "became evident": things that
    # show), "وتمت مخاطبة" (a passive)
    12: [("كشف", "موقع «مكاني» الإلكتروني الخاص بحجز وشراء تذاكر المباريات", "عن البطاقة",
          "وذهبية للمنصة بالدرجتين)", False, True),
         ("أعلنت", "الإدارة", "^عنها", "عنها", False, True)],
    # almadina Ajmi tracker: "وفيما أكد الباحث الجيولوجي الأمريكي ماكس استاينكي القادم للجزيرة العربية للتنقيب عن
    # البترول، أنه يوجد نفط ... بعملية الحفر والتنقيب" (cue without وفيما; the participial descriptor "القادم ..." left
    # out, blind45). Not claims: "وسرد قصته للزوار مشرف جناح الشركة ..." (decided here: narrating with only the topic
    # noun "قصته" as object, blind41/blind44/blind45's talk with a topic only; the following "فقد كان ..." is the
    # writer's narration with no reporting word), "لكن الدلائل كانت تشير إلى وجود الزيت والغاز" (signs that show,
    # blind45's "وهذا التراجع يشير إلى"), "أطلق عليها اسم"، "عرف ببئر رقم 7" (naming, passives)
    13: [("أكد", "الباحث الجيولوجي الأمريكي ماكس استاينكي", "أنه يوجد نفط", "بعملية الحفر والتنقيب", False, True)],
    # alyaum prisons meeting: "وأكد مدير عام السجون، على التزام المديرية العامة ... أو المراجعين بشكل عام" (the
    # director general named above: named=true), "وأوضح أن توجيهات ... إنهاء ما يتطلب مراجعتهم" (null; "تؤكد في مجملها
    # على جميع الأجهزة الأمنية اتباع" a directive, inside), "وقال المتحدث الرسمي للمديرية العامة للسجون، العميد الدكتور
    # أيوب بن نحيت : إن مساعد ... حالت دون ذلك" (the comma apposition inside the speaker; colon + إن: direct), "وقال :
    # تلا ذلك بدء أولى أوراق العمل ... والمتغيرات الزمانية والمكانية" (null, direct; decided here: over the stray
    # full stop and line break into "والبحث في اختصار ...", which continues the object of "تطرق فيها ... الى الطرق
    # المثلى", blind45's stray full stop; ending before "وشهدت الورقة", the writer's voice again -- it names "ابن نحيت"
    # in the third person; "وتطرق فيها" a topic, inside) and "كما أبدى بعضا من الملاحظات الهامة" (blind4-blind45's
    # أبدى with any object, as "وأبدى محمد غلام انزعاجه"; null, a new sentence with an elided subject). Not claims:
    # "وطالب الجميع بسرعة تنفيذ توصيات الاجتماع" (a demand), "أثنى فيها "ابن نحيت" على تميز البحث" (praise), "وأوصى
    # بأهمية إخضاع الدراسة للتحكيم العلمي" (decided here: a recommendation to act, like an appeal)
    14: [("وأكد", "مدير عام السجون", "على التزام", "أو المراجعين بشكل عام", False, True),
         ("وأوضح", None, "أن توجيهات", "إنهاء ما يتطلب مراجعتهم", False, True),
         ("وقال", "المتحدث الرسمي للمديرية العامة للسجون، العميد الدكتور أيوب بن نحيت", "إن مساعد",
          "والأسباب التي حالت دون ذلك", True, True),
         ("وقال", None, "تلا ذلك", "والمتغيرات الزمانية والمكانية", True, True),
         ("أبدى", None, "بعضا من الملاحظات", "بعضا من الملاحظات الهامة", False, True)],
    # aleqtisadiya wheat tender: "قالت المؤسسة العامة لصوامع الغلال ومطاحن الدقيق في السعودية اليوم الخميس إنها طرحت
    # ... القمح الصلد" (the country inside the name, the day left out), "وقالت المؤسسة إن الموعد النهائي ... السابع من
    # أغسطس آب" (ending before "مضيفة"), "مضيفة أنها تريد شحن ... نوفمبر تشرين الثاني" (null), "وقال أحمد الفارس المدير
    # العام للمؤسسة إنها تريد شحنات ... 110 آلاف طن" and "وأضاف أنه يشترط ... 12.5 بالمئة" (null; the next sentence
    # "ويمكن توريد القمح ..." has no reporting word). Not claims: "وتعتزم المملكة" (an intention), "المعلن عنها" (a
    # passive participle), the background sentences
    15: [("قالت", "المؤسسة العامة لصوامع الغلال ومطاحن الدقيق في السعودية", "إنها طرحت", "طن من القمح الصلد", False,
          True),
         ("وقالت", "المؤسسة", "إن الموعد النهائي", "السابع من أغسطس آب", False, True),
         ("مضيفة", None, "أنها تريد شحن", "إلى نوفمبر تشرين الثاني", False, True),
         ("وقال", "أحمد الفارس المدير العام للمؤسسة", "إنها تريد شحنات", "سيتسلم 110 آلاف طن", False, True),
         ("وأضاف", None, "أنه يشترط", "البروتين 12.5 بالمئة", False, True)],
    # 3alyoum cleaner honoured: "وحسبما ذكرت صحيفة “عكاظ”، فإن عامل نظافة ... وشكر العامل ومالك الوحدات" (a fronted
    # relay with فإن: content from فإن, blind9's "وحسبما أورد ...؛ فإن", blind36/blind38; cue the phrase as make_gold's
    # "حسبما قال" with its clitic; the paper's name in quotes kept inside the speaker; "تبين أنه غادر" a finding and
    # "وشكر" thanks, inside). Not claims: "كرمت الهيئة"، "كما شكرت مالك الوحدات" (acts, thanks), "بناءً على توجيه"
    # (a directive), the dateline, the tag line "سمات ..."
    16: [("وحسبما ذكرت", "صحيفة “عكاظ”", "فإن عامل", "وشكر العامل ومالك الوحدات", False, True)],
    # alwatan column on housing: no claim ('وقد كتب على لوحتها التذكارية ...: "هذا المشروع افتتحه ..."' -- a passive
    # inscription, blind5's "وكتب على لافتة رفعها المتظاهرون "..."" unannotated; "ويمكن القول إن" impersonal, blind39;
    # "ولو قلنا إن" the columnist's hypothetical; "فتخيل" an imperative)
    17: [],
    # alweeam column on "داعش": "قوله تعالى : “ارْجِعْ إِلَيْهِمْ ”" (a cited verse: cue "قوله", null, the possessive,
    # blind36's "قوله تعالى ... «...»"; direct; the apposition "نصّ الخطاب الذي وجههُ سليمان ..." describes the same
    # words and is no claim of its own), "سألتُ أحد الأصدقاء : ما شعورك تجاه الخوارج ؟" (decided here: the columnist's
    # report of his own past question with its words, blind7's "وقلت لن أخرج", blind15's "كما ذكرتُ", blind4's "بسؤال
    # البائعين: "..."" -- null, the first person; colon: direct; the question mark kept), "فكانت إجابته : شعور اشمئزاز"
    # (the reply noun with a colon, blind4's "بسؤال", blind9/blind30/blind41's "أجاب"; null, the possessor a clitic,
    # blind40's "مبررهم"; direct; the "!!" excluded) and "الابن الدبشة ... الذي أقرَّ والدهُ أنه طوال عمره غبي" (an
    # admission inside the episode, speaker the overt subject; the father of a named character of the story:
    # named=true, blind15's identified characters). Not claims: "ونتفق على أنَّ المنتمين لها هم خوارج العصر" (the
    # columnist's present "we", not a report), "ما رأيكم ..."، "هل تستشعرون ..."، "صدقوني" (questions and imperatives to
    # the reader), "الذي أيقن مِن خسارته" (a conviction with a bare NP, blind18's "يؤمن بالتفوق"), "كما عُبِّرَ عنها في
    # جمل الحوار ؛ ” ... ”" (a passive), the link line
    18: [("قوله", None, "“ارْجِعْ", "إِلَيْهِمْ ”", True, True),
         ("سألتُ", None, "ما شعورك", "تجاه الخوارج ؟", True, True),
         ("إجابته", None, "شعور اشمئزاز", "شعور اشمئزاز", True, True),
         ("أقرَّ", "والدهُ", "أنه طوال عمره", "طوال عمره غبي", False, True)],
    # aljazirah IMF: "قالت مديرة صندوق النقد الدولي كريستين لاجارد، إن الاقتصاد العالمي ... المخاطر السلبية", "ووصفت
    # لاجارد في مؤتمر صحفي عبر الإنترنت الولايات المتحدة بأنها «صاحبة أداء قوي» والصين بالدولة «القادرة على التعافي»
    # ... سوق الأسهم الصيني" (a description: content from بأن, the object left out, blind19/blind40; the second object
    # and its description inside, to the end of the sentence; partly quoted: direct=false; the channel left out),
    # "وأبدت لاجارد أيضاً تفاؤلاً تجاه ... تستخدم اليورو" (blind45's أبدى, object NP), 'وقالت إن «منطقة اليورو ... قبل
    # فترة طويلة.»' (null; wholly quoted after إن: direct; the stop inside the marks kept), "مشيرة إلى أن صندوق النقد قد
    # يتعاون ... سياسات الصندوق" (speaker the overt subject "لاجارد" of the non-claim "وطالبت", blind29/blind42/
    # blind45) and 'وقالت: «هناك الكثير ... على الأرض»' (null, direct; the final stop outside the marks excluded).
    # Not claims: "وطالبت لاجارد دائني اليونان ... بخفض عبئها" (a demand), "التي تنتقد سياسات الصندوق" (criticism,
    # never annotated), "قد تقولها «كنوع من السياسة»" (generic, inside her quotation)
    19: [("قالت", "مديرة صندوق النقد الدولي كريستين لاجارد", "إن الاقتصاد", "بعض المخاطر السلبية", False, True),
         ("ووصفت", "لاجارد", "بأنها «صاحبة", "في سوق الأسهم الصيني", False, True),
         ("وأبدت", "لاجارد", "تفاؤلاً تجاه", "دولة تستخدم اليورو", False, True),
         ("وقالت", None, "إن «منطقة اليورو", "قبل فترة طويلة.»", True, True),
         ("مشيرة", "لاجارد", "إلى أن صندوق النقد", "التي تنتقد سياسات الصندوق", False, True),
         ("وقالت", None, "«هناك الكثير", "تفعله على الأرض»", True, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind46.jsonl")
