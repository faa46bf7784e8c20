"""Build claims-second46.jsonl: a SECOND, independent annotation of the 20 SaudiNewsNet articles of the forty-sixth
blind claims set (../blind46/sample.jsonl, drawn by ../blind46/sample.py, seed 20261298), made to measure how far two
careful annotators agree (the human ceiling of the claims score).  The first annotation of these articles
(claims-blind46.jsonl, blind46/make_blind.py, SOURCE-blind46.txt) was never opened, read or grepped.

The articles are read from the frozen draw ../blind46/sample.jsonl (as blind_sampler.load_frozen reads it), so later
changes to tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and
the decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind45.txt (the latest set's where the sets differ),
plus those listed in second46/SOURCE.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed by the shared gold_builder.py
and every span is checked with text[start:end] == span text.

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
The strings copy the text's marks and spellings as written (alyaum's straight quotes and "ان"/"اكد"/"واضاف"; the
guillemets of okaz and aljazirah; almadina's 'لـ»المدينة»' and «52»; alweeam's curly quotes and the vowelled
"ارْجِعْ إِلَيْهِمْ"، "أقرَّ"، "والدهُ"; 3alyoum's 'صحيفة “عكاظ”'; the speaker "لخبراء" spanned inside "للخبراء" as
blind21/blind44/blind45's "لتقرير").
Run with python3 -B (no __pycache__); -v prints every claim.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "blind46" / "sample.jsonl"
sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # was Da'wa forum in al-Aqiq: "من جانبه أعرب البرقي عن شكره للقائمين على المكتب ... الأنشطة الهادفة" (an expressed
    # feeling with أعرب عن, annotated in every earlier set: blind3/blind7/blind9/blind20/blind26/blind28/blind29/blind31;
    # cue without "من جانبه"; the stray space and stop left out). Not claims: "كلمة ... استعرض فيها مناشط المكتب"
    # (a review with a topic only), "كرم" (an act), dateline, "// انتهى //" and time line
    0: [("أعرب", "البرقي", "عن شكره", "من الأنشطة الهادفة", False, True)],
    # aljazirah Ahli coach: no claim -- "رغبة في تنفيذ طلب المدرب ... بتوفير لقاء ودي" (a request, a demand) and
    # "رغبته في اختبار" (an intention); the rest is the writer's report
    1: [],
    # aawsat column "رحالة الصيف" (Samir Atallah): the columnist's frame "هذه بعض انطباعاته، ويلاحظ ركاكة اللغة:" has no
    # reporting word ("انطباعاته" names the excerpt; "ويلاحظ" impersonal), so the prince's travel text is not itself a
    # claim (decided here, as the writer's frame "وإليكم آراء الجماهير" listed in SOURCE-blind45.txt); inside it
    # "فسألنا عن سبب ذلك الانتظار" is the
    # narrator's own question (first person), while "فأخبرنا أن هذا اليوم هو يوم عيد ميلاد الملكة ... على هؤلاء
    # المنتظرين" IS a claim (a statement with أن told to the travellers by an unnamed person; null, the subject elided;
    # cue with its clitics). Not claims: "علموا بقدوم الملكة" (knowledge), "وددت أن أزور" (a wish of the narrator)
    2: [("فأخبرنا", None, "أن هذا اليوم", "على هؤلاء المنتظرين", False, True)],
    # alriyadh "Man of a thousand faces": four claims -- "قالت الشرطة الإيطالية إن تاجر المخدرات ... في كولومبيا",
    # "وذكر البيان انه تم إلقاء القبض ... مشتركة" ("البيان" named=true, the police statement), "وقالت السلطات الإيطالية إن
    # اسمه ... الماضية" and "وقالت الشرطة انه ظل في أوروبا ... للمرة الثانية"; the background sentences are the writer's
    3: [("قالت", "الشرطة الإيطالية", "إن تاجر", "ألقي القبض عليه في كولومبيا", False, True),
        ("وذكر", "البيان", "انه تم إلقاء", "إيطالية كولومبية مشتركة", False, True),
        ("وقالت", "السلطات الإيطالية", "إن اسمه", "طوال السنوات الست الماضية", False, True),
        ("وقالت", "الشرطة", "انه ظل", "عليه للمرة الثانية", False, True)],
    # almadina counterfeit appliances: "كشف عضو لجنة ... محمد ماطر، أن نسبة التقليد ... 15 % سنويا" (ending before ",
    # مشيرا"), "مشيرا إلى أن تجار الشنطة ... بالمنتج الرديء" (null), "وأضاف الأحمري لـ»المدينة» أن سوق ... للمنتج الأصلي"
    # (the name as written, another name than Mater's; the addressee left out), "مشيرا إلى أن كبار التجار ... لإدخالها
    # السوق" (null), "وقال إن هناك عددًا ... في السوق السعودي" (null, a coordinated verb), "وقال مصدر مطلع في مصلحة
    # الجمارك: إن التقرير ... من السلع المغشوشة والمقلدة" (direct, the colon; the source unidentified: named=false;
    # over the stop into the "فيما كانت ..." sentence that continues the report's figures, ending with the paragraph,
    # blind44/blind45's content over a stop; the next paragraph "وبلغ عدد مخالفة ..." is the writer's), the nested
    # "التقرير ... قد بين أن إجمالي ... والمقلدة" (speaker "التقرير" without "الصادر مؤخرا ..." -- blind45's participial
    # descriptor left out; identified, named=true; direct=false), "ويرى متعاملون في سوق الإلكترونيات والأجهزة المنزلية أن
    # المملكة ... من المستثمرين" (unidentified dealers: named=false), "مشيرين إلى أن الشركات ... المحدودة" and "مؤكدين أن
    # السوق ... ومعقولية الأسعار" (null)
    4: [("كشف", "عضو لجنة الأجهزة الكهربائية بغرفة جدة محمد ماطر", "أن نسبة التقليد", "الذي يرتفع 15 % سنويا",
         False, True),
        ("مشيرا", None, "إلى أن تجار", "السوق بالمنتج الرديء", False, True),
        ("وأضاف", "الأحمري", "أن سوق الأجهزة", "وتقليد للمنتج الأصلي", False, True),
        ("مشيرا", None, "إلى أن كبار", "الواحدة لإدخالها السوق", False, True),
        ("وقال", None, "إن هناك عددًا", "ويقوم ببيعها في السوق السعودي", False, True),
        ("وقال", "مصدر مطلع في مصلحة الجمارك", "إن التقرير", "من السلع المغشوشة والمقلدة", True, False),
        ("قد |بين| أن", "التقرير", "أن إجمالي", "من السلع المغشوشة والمقلدة", False, True),
        ("ويرى", "متعاملون في سوق الإلكترونيات والأجهزة المنزلية", "أن المملكة", "باهتمام متزايد من المستثمرين",
         False, False),
        ("مشيرين", None, "إلى أن الشركات", "الشركات المتخصصة المحدودة", False, True),
        ("مؤكدين", None, "أن السوق", "ومعقولية الأسعار", False, True)],
    # alyaum OPEC: "أعلن الأمين العام ... عبد الله البدري الخميس ان المنظمة "ليست مستعدة" ... الى السوق" (the time left
    # out; partly quoted: direct=false), 'وقال البدري بعد لقاء مع ... نوفاك "لسنا مستعدين لخفض انتاجنا"' (direct; the
    # occasion left out), "وفي بيان نشر بعد اللقاء أكدت اوبك وروسيا انهما تتوقعان "..." في 2016" (coordinated names as
    # one speaker; "تتوقعان" is their own words in indirect form, not a nested claim: first-person words inside a
    # content), "وقال الكسندر نوفاك ان مسألة التنسيق ... "لم تناقش بالتفصيل"" (partly quoted), 'لكنه اكد ان "تقييمهما
    # ..."' (null, blind44's "لكنه أكد"; wholly quoted after ان: direct, blind40-blind44), 'واضاف ان "قضية خفض الانتاج
    # ... ليست ضرورية"' (null, direct) with the nested "وكثير من الدول تعتبر انها ليست ضرورية" (make_gold's "اعتبرت";
    # nested claims inside quotations annotated, blind44's "أبدى" inside 'وأضاف"...'; unidentified: named=false),
    # "وقال الوزير الروسي ان الطلب العالمي ... بحلول 2020", "يقدر المحللون بشكل عام زيادة العرض ... مليون برميل يوميا"
    # (an estimate, blind16's "يقدره صندوق النقد" and blind31's "وتقدر مؤسسة النقد"; content the object with its
    # figure; named=false, blind41's "المحللون"), 'توقعت اوبك وروسيا "وضعا ..." في 2016 ما "يشكل ..."' (partly quoted),
    # "وتراجع الاسعار سببه وفقا للخبراء استمرار الدول ... بأن الطلب سيتحسن" (a relay inside the sentence: content the
    # part after the relay, blind14's "وفقا للدراسة، 1 لكل 12 رجلا ..."; speaker "لخبراء" inside "للخبراء", blind21/
    # blind44/blind45; unidentified experts: named=false), "واعتبر أمين عام أوبك ان المنظمة "يمكنها استيعاب" هذا العرض"
    # (partly quoted), 'واضاف "اننا مسرورون ... لعقوبات"' (null, direct) and 'وقال ان "المشكلة الوحيدة ... سبعة
    # بالمئة"' (null: a verb coordinated after the non-claim "بدا المسؤول مطمئنا", blind44/blind45; direct). Not
    # claims: "وطالب بعض اعضاء اوبك بخفض ... رسالة الى السوق مفادها ان ..." (a demand; the message is intended, not
    # stated), "يضاف الى ذلك" (editorial), "بدا المسؤول مطمئنا" (an appearance), "ثقة منها بأن" (inside a content)
    5: [("أعلن", "الأمين العام المنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري", "ان المنظمة", "بكميات كبيرة الى السوق",
         False, True),
        ("وقال", "البدري", '"لسنا', 'انتاجنا"', True, True),
        ("أكدت", "اوبك وروسيا", "انهما تتوقعان", 'واستقرارا" في 2016', False, True),
        ("وقال", "الكسندر نوفاك", "ان مسألة", 'بالتفصيل"', False, True),
        ("اكد", None, 'ان "تقييمهما', 'المواضيع"', True, True),
        ("واضاف", None, 'ان "قضية', 'ليست ضرورية"', True, True),
        ("تعتبر", "كثير من الدول", "انها ليست", "انها ليست ضرورية", False, False),
        ("وقال", "الوزير الروسي", "ان الطلب", "بحلول 2020", False, True),
        ("يقدر", "المحللون", "زيادة العرض", "1,5 مليون برميل يوميا", False, False),
        ("توقعت", "اوبك وروسيا", '"وضعا', 'لاستمرارية الاستثمارات"', False, True),
        ("وفقا", "لخبراء", "استمرار الدول", "بأن الطلب سيتحسن", False, False),
        ("واعتبر", "أمين عام أوبك", "ان المنظمة", "هذا العرض", False, True),
        ("واضاف", None, '"اننا', 'خاضعة لعقوبات"', True, True),
        ("وقال", None, 'ان "المشكلة', 'سبعة بالمئة"', True, True)],
    # aleqtisadiya al-Jubeir in Moscow: 'أكد وزير الخارجية السعودي عادل الجبير اليوم أن المملكة "ترغب ..."' (the time
    # left out; partly quoted), 'وأشار في مؤتمر صحفي ... إلى وجود "مصالح ..." مثل ... والطاقة' (null; the venue left
    # out), "وقال الجبير إن محادثاته ... الأوضاع في سورية" (ending before "، مؤكدا"), 'مؤكدا أن "موقف السعودية ... غير
    # صحيح"' (null; wholly quoted after أن: direct) and 'أشار لافروف إلى أن "أغلب المواقف ... حول سورية"' (cue without
    # "من جانبه"; wholly quoted after إلى أن: direct). "وما تورده وسائل الإعلام عن تغير موقف المملكة" inside the quote is
    # a relay with a topic only (blind44), not a claim
    6: [("أكد", "وزير الخارجية السعودي عادل الجبير", "أن المملكة", 'مع روسيا"', False, True),
        ("وأشار", None, "إلى وجود", "قطاعات البترول والطاقة", False, True),
        ("وقال", "الجبير", "إن محادثاته", "إلى الأوضاع في سورية", False, True),
        ("مؤكدا", None, 'أن "موقف', 'هو غير صحيح"', True, True),
        ("أشار", "لافروف", 'إلى أن "أغلب', 'حول سورية"', True, True)],
    # alwatan Medina plays: no claim -- "وتحدث العرض المسرحي عن شاب" (a topic), "وحكى العرض المسرحي "النجم العالمي"
    # بأنه بعد مرور عدة أعوام خسر ..." (a play telling its plot: a work's fiction, like blind1's "ويكشف الفيلم عن" left
    # unannotated; decided here), "ناقشت"، "جسد"، "عكست" (works that show), "قدم أبطالها رسائل ... بضرورة" (appeals),
    # "يذكر أن" (editorial)
    7: [],
    # alweeam New York mosques: no claim ("وتعتبر ولاية نيويورك من الولايات" impersonal, blind44's "وتعتبر المؤسسة";
    # the link line)
    8: [],
    # okaz Aden: "أكد وزير الداخلية اليمني عبده الحذيفي سيطرة الأجهزة الأمنية ... على مدينة عدن" (the object NP; ending
    # before "، لافتا"), "لافتا إلى أن هذه الأجهزة ... التحالف العربي" (null), "وقال «الحذيفي» في اتصال هاتفي بـ«عكاظ»
    # والذي يزور عدن ...: «الوضع ...»" (direct; the name without its marks, blind35-blind45; channel and relative left
    # out), "وعن حجم الجرائم قال: «الجرائم الحوثية ...»" (null, direct; cue without "وعن حجم الجرائم"), "قائلا: «من
    # ارتكب ... العادل»" (null, direct; after the threat "متوعداً ... بالجزاء", not a claim, blind17/blind45),
    # "التي وصفها بالداعم العظيم وصاحبة الموقف الأقوى والناجح" (a description, blind25's "التي وصفها بأنها": cue with its
    # object clitic, null), "قائلا: «الشكر الكبير ... مدينة عدن»" (null, direct: a statement whose content is thanks,
    # as blind45's "وقال: ندين") and "وتشير المعلومات والإحصائيات غير الرسمية إلى أن أكثر من 3500 يمني ... الماضية"
    # (data that state, blind27's "وتشير الدراسات"; no issuer: named=false). Not claims: "متوعداً"، "وأشاد بدور" (praise)
    9: [("أكد", "وزير الداخلية اليمني عبده الحذيفي", "سيطرة الأجهزة", "على مدينة عدن", False, True),
        ("لافتا", None, "إلى أن هذه", "كبيرة من قوات التحالف العربي", False, True),
        ("وقال", "الحذيفي", "«الوضع", "في القريب العاجل»", True, True),
        ("قال", None, "«الجرائم", "وآلاف الجرحى»", True, True),
        ("قائلا", None, "«من ارتكب", "جزاءه العادل»", True, True),
        ("وصفها", None, "بالداعم", "الموقف الأقوى والناجح", False, True),
        ("قائلا", None, "«الشكر", "الحياة إلى مدينة عدن»", True, True),
        ("وتشير", "المعلومات والإحصائيات غير الرسمية", "إلى أن أكثر", "خلال الأربعة الأشهر الماضية", False, False)],
    # aljazirah Delta Awards: "رابعة الزيات ... والتي أعلنت عن ختام سلسلته هذا العام ... في الدورة المقبلة" (an
    # announcement; the antecedent of the relative is the speaker, blind42/blind44/blind45; cue without "والتي"). Not
    # claims: "تم الاستفتاء" (passive), "دون الإعلام عن الأسباب" (negated), "اتضح أنهما تلقيا" (a finding)
    10: [("أعلنت", "رابعة الزيات", "عن ختام", "في الدورة المقبلة", False, True)],
    # sabq Hilal on Twitter: no claim ("الذي عرف عنه أنه الأكثر نشاطاً" impersonal passive; the follower figures carry
    # no source)
    11: [],
    # aawsat Ahli in Lausanne: "كشف موقع «مكاني» الإلكتروني الخاص بحجز وشراء تذاكر المباريات عن البطاقة ... بالدرجتين)"
    # (a disclosure with كشف عن; the descriptor "الخاص بـ..." kept in the speaker as blind26's "قائمة الدخل والإيرادات
    # الخاصة في الغرفة"; cue without "من جهة أخرى"; content to the end of the sentence). Not claims: "وعلمت «الشرق
    # الأوسط»" (the paper's own voice, blind13/blind22), "طرح مسيرو الفريق إمكانية" (a proposal), "لقيت موافقة" (an
    # act), "وكان الجهاز الفني قد وضح تركيزه ... من خلال إجراء تغييرات"، "كما وضح في المواجهة" (shown by deeds),
    # "الخطوات ... التي أعلنت عنها الإدارة" (announced measures as the relative's object, no stated content: blind16's
    # "هدنة ... أعلنها التحالف" unannotated; decided here)
    12: [("كشف", "موقع «مكاني» الإلكتروني الخاص بحجز وشراء تذاكر المباريات", "عن البطاقة", "للمنصة بالدرجتين)",
          False, True)],
    # almadina al-Ajmi: "وفيما أكد الباحث الجيولوجي الأمريكي ماكس استاينكي القادم للجزيرة العربية للتنقيب عن البترول،
    # أنه يوجد نفط ... الحفر والتنقيب" (cue without "وفيما"; the participial descriptor "القادم ..." left out). Not
    # claims: "الدلائل كانت تشير إلى وجود الزيت والغاز" (things that show), "وسرد قصته للزوار مشرف جناح الشركة ..."
    # (a verb of telling with a topic only, "قصته"; the following "فقد كان خميس ..." is the writer's narration; decided
    # here, blind40/blind44's topic-only verbs), "أطلق عليها اسم"، "ويسمى" (naming)
    13: [("أكد", "الباحث الجيولوجي الأمريكي ماكس استاينكي", "أنه يوجد", "بعملية الحفر والتنقيب", False, True)],
    # alyaum prisons directors: "وأكد مدير عام السجون، على التزام ... بشكل عام", "وأوضح أن توجيهات ... إنهاء ما يتطلب
    # مراجعتهم" (null; "تؤكد في مجملها على ... اتباع" inside is a directive), "وقال المتحدث الرسمي للمديرية العامة
    # للسجون، العميد الدكتور أيوب بن نحيت : إن مساعد ... حالت دون ذلك" (direct, "قال ...: إن"), "وقال : تلا ذلك ...
    # الزمانية والمكانية" (null, direct; over the stop and the line break into "والبحث في اختصار ...", which continues
    # "تطرق فيها ... الى الطرق المثلى ... والبحث", blind44/blind45's content over a stop) and "كما أبدى بعضا من
    # الملاحظات الهامة" (blind40/blind44's أبدى + NP; null, a new sentence with an elided subject, blind15's "كما أبدى";
    # ending before "، وأوصى"). Not claims: "وطالب الجميع بسرعة" (a demand), "أثنى فيها "ابن نحيت" على" (praise),
    # "وأوصى بأهمية" (a recommendation, blind44)
    14: [("وأكد", "مدير عام السجون", "على التزام", "أو المراجعين بشكل عام", False, True),
         ("وأوضح", None, "أن توجيهات", "إنهاء ما يتطلب مراجعتهم", False, True),
         ("وقال", "المتحدث الرسمي للمديرية العامة للسجون، العميد الدكتور أيوب بن نحيت", "إن مساعد",
          "والأسباب التي حالت دون ذلك", True, True),
         ("وقال", None, "تلا ذلك", "الزمانية والمكانية", True, True),
         ("أبدى", None, "بعضا من", "الملاحظات الهامة", False, True)],
    # aleqtisadiya wheat tender: "قالت المؤسسة العامة لصوامع الغلال ومطاحن الدقيق في السعودية اليوم الخميس إنها طرحت
    # ... الصلد" (the time left out), "وقالت المؤسسة إن الموعد النهائي ... أغسطس آب" (ending before "مضيفة"), "مضيفة أنها
    # تريد شحن ... تشرين الثاني" (null), "وقال أحمد الفارس المدير العام للمؤسسة إنها تريد شحنات ... 110 آلاف طن" and
    # "وأضاف أنه يشترط ... 12.5 بالمئة" (null). Not claims: "ويمكن توريد القمح ..." (the writer's), "تعتزم" (an
    # intention), "المعلن عنها" (a passive participle)
    15: [("قالت", "المؤسسة العامة لصوامع الغلال ومطاحن الدقيق في السعودية", "إنها طرحت", "من القمح الصلد", False, True),
         ("وقالت", "المؤسسة", "إن الموعد", "السابع من أغسطس آب", False, True),
         ("مضيفة", None, "أنها تريد", "إلى نوفمبر تشرين الثاني", False, True),
         ("وقال", "أحمد الفارس المدير العام للمؤسسة", "إنها تريد", "سيتسلم 110 آلاف طن", False, True),
         ("وأضاف", None, "أنه يشترط", "12.5 بالمئة", False, True)],
    # 3alyoum cleaner honoured: 'وحسبما ذكرت صحيفة “عكاظ”، فإن عامل نظافة ... وشكر العامل ومالك الوحدات' (a fronted
    # relay with فإن: content from فإن, blind9's "وحسبما أورد ...؛ فإن" and blind44/blind45's فقد; "تبين أنه غادر"
    # inside). Not claims: "كرمت"، "شكرت" (acts), "بناءً على توجيه" (a directive), the tag line "سمات ..."
    16: [("وحسبما ذكرت", "صحيفة “عكاظ”", "فإن عامل", "وشكر العامل ومالك الوحدات", False, True)],
    # alwatan column on King Khalid housing: no claim -- 'وقد كتب على لوحتها التذكارية ...: "هذا المشروع ..."' (a
    # passive inscription, blind5's "وكتب على لافتة" unannotated), "ويمكن القول إن"، "ولو قلنا إن" (the writer's voice)
    17: [],
    # alweeam column on "Daesh": "أرغبُ باستحضارِ قوله تعالى : “ارْجِعْ إِلَيْهِمْ ”" (a verse, blind27/blind36's "قوله
    # تعالى" claims: cue the verbal noun, null, direct), "سألتُ أحد الأصدقاء : ... فكانت إجابته : شعور اشمئزاز !!" (the
    # friend's answer: cue the verbal noun with its possessive, null as blind5/blind34/blind45's "اتهامه"; direct, the
    # colon; "!!" left out; the writer's own question "سألتُ" is his voice) and "الابن الدبشة – الذي أقرَّ والدهُ أنه
    # طوال عمره غبي" (an admission in the TV episode; the never-named father: named=false, blind40/blind44/blind45).
    # Not claims: "ونتفق على أنَّ"، "صدقوني" (the writer's voice), "كما عُبِّرَ عنها" (a passive), "الخطاب الذي وجههُ
    # سليمان" (the verse's frame, no content of its own)
    18: [("قوله", None, "“ارْجِعْ", "إِلَيْهِمْ ”", True, True),
         ("إجابته", None, "شعور اشمئزاز", "شعور اشمئزاز", True, True),
         ("أقرَّ", "والدهُ", "أنه طوال", "عمره غبي", False, False)],
    # aljazirah IMF: "قالت مديرة صندوق النقد الدولي كريستين لاجارد، إن الاقتصاد العالمي ... المخاطر السلبية", "ووصفت
    # لاجارد في مؤتمر صحفي عبر الإنترنت الولايات المتحدة بأنها «صاحبة أداء قوي» والصين ... في سوق الأسهم الصيني" (a
    # description: content from "بأنها" as blind19's 'ووصف "مارك" إدارة المدرسة ... بأنها'; the channel left out; partly
    # quoted), "وأبدت لاجارد أيضاً تفاؤلاً ... تستخدم اليورو" (أبدى + NP), "وقالت إن «منطقة اليورو ... طويلة.»" (null;
    # wholly quoted after إن: direct, the stop inside the marks kept), "مشيرة إلى أن صندوق النقد ... سياسات الصندوق"
    # (speaker "لاجارد", the overt subject of the non-claim "وطالبت لاجارد ... بخفض", blind29/blind42/blind45) and
    # "وقالت: «هناك الكثير ... على الأرض»" (null, direct). Not claims: "وطالبت لاجارد دائني اليونان ... بخفض" (a
    # demand), "التي تنتقد سياسات الصندوق" (criticism with no stated content), "قد تقولها" (generic, inside a quote)
    19: [("قالت", "مديرة صندوق النقد الدولي كريستين لاجارد", "إن الاقتصاد", "بعض المخاطر السلبية", False, True),
         ("ووصفت", "لاجارد", "بأنها «صاحبة", "سوق الأسهم الصيني", False, True),
         ("وأبدت", "لاجارد", "تفاؤلاً", "دولة تستخدم اليورو", False, True),
         ("وقالت", None, "إن «منطقة", "قبل فترة طويلة.»", True, True),
         ("مشيرة", "لاجارد", "إلى أن صندوق", "التي تنتقد سياسات الصندوق", False, True),
         ("وقالت", None, "«هناك", "تفعله على الأرض»", True, True)],
}


def load_frozen(path=SAMPLE):
    """The frozen draw (../blind46/sample.jsonl), read as blind_sampler.load_frozen reads it."""
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, load_frozen(), HERE / "claims-second46.jsonl")
