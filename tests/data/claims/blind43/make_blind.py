"""Build claims-blind43.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261292) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind42.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind43.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind42/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the partial vocalisation of the almadina Bahrain
story: "إحباطُ"، "والذخائرِ"، "وطيرانِ"، "المقبوضُ عليهم"، "بتورطِهم"، "قواربَ"; sabq's "قطاريْن"، "مُجهّزين"، "قُبيل";
the curly quotes of aleqtisadiya's column, with its reversed opening ” in "و”داعش”"; the straight quotes of alriyadh,
aawsat, aleqtisadiya's study, sabq and alwatan; the hamza-less "انه"/"ان" of aawsat and almadina).
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
    # 3alyoum Taif rain: "حذرت الإدارة العامة للدفاع المدني بمحافظة الطائف المواطنين ... من التنزه ... والمراكز
    # التابعة لها اليوم" (a warning, blind12's identical sabq sentence "وحذرت الإدارة العامة ... من التنزه", blind9/
    # blind19/blind22/blind25: content from من to the end of the clause, the addressees left out) and "وصرح المتحدث
    # الإعلامي ... العقيد ناصر بن سلطان الشريف بأن اليوم الأحد هطلت ... والمنطقة الصناعية" (content from بأن). Not
    # claims: the byline, the tag line "سمات ..."
    0: [("حذرت", "الإدارة العامة للدفاع المدني بمحافظة الطائف", "من التنزه", "والمراكز التابعة لها اليوم",
         False, True),
        ("وصرح", "المتحدث الإعلامي بالإدارة العامة للدفاع المدني بمحافظة الطائف العقيد ناصر بن سلطان الشريف",
         "بأن اليوم الأحد", "والمنطقة الصناعية", False, True)],
    # was Medina chamber branch: "وأوضح نائب الأمين العام لغرفة المدينة أمير سليهم ،أن افتتاح ... والجهات ذات
    # العلاقة". Not claims: "عززت"، "افتتحه" (acts), the dateline, "// انتهى //" and the time line
    1: [("وأوضح", "نائب الأمين العام لغرفة المدينة أمير سليهم", "أن افتتاح", "والجهات ذات العلاقة", False, True)],
    # alriyadh Lexus hoverboard: 'وقال مارك تيمبلين، نائب الرئيس التنفيذي، لشركة لكزس العالمية: "نحن ... والخيال"'
    # (decided here: the stray comma before "لشركة" is inside the title, so the whole apposition is kept, blind29-
    # blind42's apposition between commas; "لشركة" is no addressee) and 'ومن جانبه قال تاكايوكي يوشيتسوغو، الممثل
    # الرئيسي ... وشمال إفريقيا: "يسلط ... على مدى السنوات الماضية"' (cue without "ومن جانبه"; the nested title
    # "مدهشة في الحركة" inside; "ويعد"، "ونود ان نتوجه بجزيل الشكر" the speakers' own words). Not claims: the
    # subtitle line, the writer's description, "وستجري اختبارات"
    2: [("وقال", "مارك تيمبلين، نائب الرئيس التنفيذي، لشركة لكزس العالمية", "\"نحن في لكزس",
         "والتصميم والخيال\"", True, True),
        ("قال", "تاكايوكي يوشيتسوغو، الممثل الرئيسي للمكتب التمثيلي لشركة تويوتا في منطقة الشرق الأوسط وشمال إفريقيا",
         "\"يسلط لوح", "السنوات الماضية\"", True, True)],
    # aawsat Carter before Congress: "ومثل كبار المسؤولين في الادارة ... محاولين التشديد على ان ما تم التوصل اليه
    # ... تسوية تاريخية" (the verbal noun as cue, blind15/blind22/blind35's "التأكيد على", blind24's "تشديده على",
    # blind22's "بالكشف" with the subject of the governing verb "وقام"; here that of "ومثل" before "محاولين"; unnamed
    # officials: named=false, blind11-blind36's "مسؤولون"; content from على), 'وقال كارتر "سنواصل ... المؤذي"'، 'مضيفا
    # "سنحتفظ ... المؤذي"' (null after a full stop, blind41/blind42) and 'وتابع وزير الدفاع انه "اتفاق ... من أي
    # خيار"' (the words after انه wholly quoted: direct, blind38/blind40/blind42). Not claims: 'ندد ... بـ"الانشطة
    # المؤذية" لايران' (a condemnation, make_gold/blind3/blind24/blind37), "واستمعت لجنة ... الى كارتر" (an act),
    # "؛ في اشارة الى احتمال ..." (the writer's gloss, blind5/blind10/blind26's "في إشارة إلى" not annotated),
    # "ضمانات بأن طهران ..." (a noun of an agreement, no source), "لكن يجدر بالذكر أن" (editorial)
    3: [("التشديد", "كبار المسؤولين في الادارة", "على ان ما تم", "تسوية تاريخية", False, False),
        ("وقال", "كارتر", "\"سنواصل", "نشاط ايران المؤذي\"", True, True),
        ("مضيفا", None, "\"سنحتفظ", "نفوذ ايران المؤذي\"", True, True),
        ("وتابع", "وزير الدفاع", "انه \"اتفاق", "من أي خيار\"", True, True)],
    # alyaum al-Ettifaq friendly: "لكن مدرب الفريق ستامب لم تعنِ له تلك الخسائر أي أهمية حيث أكد أن التجارب ...
    # في المباريات الثلاث" (cue without حيث, blind21/blind28/blind31; null: the subject of أكد elided, "مدرب الفريق
    # ستامب" only the topic of the non-claim "لم تعنِ له"; the unquoted first person "ونحن لا نبحث"/"وأعمل" stays
    # inside an indirect content: direct=false). Not claims: the match report
    4: [("أكد", None, "أن التجارب", "في المباريات الثلاث", False, True)],
    # aleqtisadiya blood pressure study: "أثبت دراسة جديدة وجدت أن أخطار ... على حد سواء" (decided here: one claim,
    # cue "وجدت", the verb that governs the content, blind7/blind10/blind22/blind29/blind31's "وجد"; the lead verb
    # "أثبت" has no content of its own; the study identified by the article (Northwestern, the team led by
    # Colangelo): named=true, blind10/blind31's "دراسة حديثة"), 'وقالت لورا إيه. كولانجيلو من كلية طب ... في
    # شيكاغو، التي قادت فريق الباحثين "بعض الدراسات ... بارتفاع ضغط الدم"' (the relative left out; direct) with,
    # nested, "بعض الدراسات ... أشارت إلى أن النحفاء ... بارتفاع ضغط الدم" (unidentified studies: named=false,
    # blind27's "الدراسات"; the relative left out; direct=false), 'وأضافت أن هذا "قد يدفع ... الطبيعي"' (null; "أن
    # هذا" outside the marks: partly quoted, direct=false), 'وقالت لـ "رويترز" هيلث "ارتفاع ... أوزانهم"' (null; the
    # addressee left out; direct), "وكتب فريق الباحثين في دورية ارتفاع ضغط الدم هذا الشهر، إن في المجمل ... ممن لا
    # يعانون ارتفاع ضغط الدم" (the channel and time left out; "وتبين أن" inside, impersonal) and "ووجد الباحثون أن
    # أصحاب الوزن السليم ... بالقدر نفسه" (blind29/blind31: researchers identified by their university:
    # named=true). Not claims: "للاستنتاج خطأ أن" (a conclusion inside the quotation, no source), "وشملت الدراسة"،
    # "وحلل الباحثون" (acts)
    5: [("وجدت", "دراسة جديدة", "أن أخطار", "على حد سواء", False, True),
        ("وقالت", "لورا إيه. كولانجيلو من كلية طب فاينبرج في جامعة نورث ويسترن في شيكاغو", "\"بعض الدراسات",
         "المفرطة المصابين بارتفاع ضغط الدم\"", True, True),
        ("أشارت", "بعض الدراسات", "إلى أن النحفاء", "المفرطة المصابين بارتفاع ضغط الدم", False, False),
        ("وأضافت", None, "أن هذا \"قد", "وأصحاب الوزن الطبيعي\"", False, True),
        ("وقالت", None, "\"ارتفاع ضغط", "بغض النظر عن أوزانهم\"", True, True),
        ("وكتب", "فريق الباحثين", "إن في المجمل", "ممن لا يعانون ارتفاع ضغط الدم", False, True),
        ("ووجد", "الباحثون", "أن أصحاب الوزن", "بالقدر نفسه", False, True)],
    # aljazirah Medina photo exhibition: "وأوضح مدير إدارة الخدمات الاجتماعية ... محمد المردف، أن المعرض ... التصوير
    # الضوئي بالمنطقة". Not claims: "جسد معرض" (an exhibition), "نالت إعجاب واستحسان" (a reception, no source)
    6: [("وأوضح", "مدير إدارة الخدمات الاجتماعية والسلامة بأمانة المدينة المنورة محمد المردف", "أن المعرض",
         "التصوير الضوئي بالمنطقة", False, True)],
    # almadina Bahrain explosives: "أعلنت وزارة الداخلية البحرينية انه تم إحباطُ ... والذخائرِ" (the spaced stop
    # outside), "وقالت في بيان اليوم إن دوريات ... وطيرانِ الشرطة" (null; channel and time left out; to the end of the
    # sentence, the next paragraph standing apart), "وأوضحت الوزارة انه تبينَ ... التهريب عبرَ البحر", "وقد اعترف
    # المتهمان أنه بتنسيقٍ ... قاما بإلقاءِ الشُحنةِ في البحر" (a confession, blind10/blind25/blind27's اعترف; cue
    # without وقد, blind29's "وجد"; decided here: the content ends before "، وعلى إثرِ ذلك، تمكنت دورياتُ خَفَرِ
    # السواحل ..." -- the recovery of the bags is no part of what the accused confessed -- as blind42's contents end
    # before words that are not the source's), "وأكدت الوزارة ان المقبوضُ عليهم أقروا ... من قواربَ ايرانية" with,
    # nested, "أقروا في أقوالِهم بتورطِهم ... من قواربَ ايرانية" (an admission, blind24/blind42's "أقر ... بـ", blind25's
    # nested "واعترف بتورطه"; the channel "في أقوالِهم" left out; the identified accused: named=true; the colon
    # opens a list: direct=false). Not claims: "تبينَ" (impersonal), "تم رصدُ"، "تم تدريبُه"، "تم تجنيدُه" (passives),
    # "تسجيلُ أقوالِهم" (a noun), "للكشفِ عن المزيدِ" (an aim)
    7: [("أعلنت", "وزارة الداخلية البحرينية", "انه تم إحباطُ", "الأوتوماتيكية والذخائرِ", False, True),
        ("وقالت", None, "إن دوريات", "وطيرانِ الشرطة", False, True),
        ("وأوضحت", "الوزارة", "انه تبينَ", "التهريب عبرَ البحر", False, True),
        ("اعترف", "المتهمان", "أنه بتنسيقٍ", "الشُحنةِ في البحر", False, True),
        ("وأكدت", "الوزارة", "ان المقبوضُ عليهم", "من قواربَ ايرانية", False, True),
        ("أقروا", "المقبوضُ عليهم", "بتورطِهم", "من قواربَ ايرانية", False, True)],
    # alwatan Yanbu drowning: "وأوضح الناطق الإعلامي بقيادة حرس الحدود ... العقيد البحري شبنان القرني أن غرفة
    # العمليات ... شواطئ ينبع الصناعية" and "مضيفا أن فرق البحث ... الهيئة الملكية بينبع" (null). Not claims:
    # "تلقت بلاغا ... عن غرق" inside the content (a report naming a topic, blind42), "رغم وجود تحذيرات بمنع السباحة"
    # (a noun)
    8: [("وأوضح", "الناطق الإعلامي بقيادة حرس الحدود في منطقة المدينة المنورة العقيد البحري شبنان القرني",
         "أن غرفة العمليات", "شواطئ ينبع الصناعية", False, True),
        ("مضيفا", None, "أن فرق البحث", "مستشفى الهيئة الملكية بينبع", False, True)],
    # okaz Medina derby press conference: "ثم أشار إلى أن هذه المباراة ... الهواية المحببة إليهم" (null: coordinated
    # after "بدأ المؤتمر بترحيب من ... صالح عباس شكر فيه"; "الذي طالب بإشراك" an appeal and "تعتبر" a passive inside;
    # "لذا كان حريا بنا" the speaker's own words) and "كما طالب صالح عباس الشباب بضرورة الحضور ... مبديا تفاؤله
    # بالحضور الكبير المتوقع" (an expressed feeling, blind6-blind24's أبدى/مبديا; the participle takes the overt
    # subject of the non-claim "طالب", blind29/blind42; content the object NP). Not claims: "شكر فيه كافة الحضور"
    # (thanks, blind35/blind39), "طالب ... بضرورة الحضور" (an appeal), "عقدت ... مؤتمرا صحفيا" (an act)
    9: [("أشار", None, "إلى أن هذه المباراة", "الهواية المحببة إليهم", False, True),
        ("مبديا", "صالح عباس", "تفاؤله", "بالحضور الكبير المتوقع", False, True)],
    # sabq Indian trains: "قالت الحكومة الهندية يوم الأربعاء: إن قطاريْن ... وإصابة 100 آخرين" (colon + إن: direct,
    # blind3/blind16/blind18/blind22; the time left out), "وقال مسؤولون: إن غواصين ... التي اجتاحتها المياه"
    # (named=false; direct), 'وقال المتحدث باسم الوزارة "أنيل ساكسين": "نحن نحاول ... محصورين"' (the quoted name kept
    # inside the longer noun phrase, blind10/blind31/blind39's 'المتحدث باسم الجماعة “قاري حمزة”'; direct), "وقالت
    # وزارة السكك الحديدية: إن 12 عربة ... قُبيل منتصف الليل" (direct) and "وأضافت أن ست عربات ... تقريباً" (null).
    # Not claims: the dateline "رويترز- نيودلهي:", "وسارعت سيارات إسعاف"، "وقتلت أمطار" (the writer)
    10: [("قالت", "الحكومة الهندية", "إن قطاريْن", "وإصابة 100 آخرين", True, True),
         ("وقال", "مسؤولون", "إن غواصين", "التي اجتاحتها المياه", True, False),
         ("وقال", "المتحدث باسم الوزارة \"أنيل ساكسين\"", "\"نحن نحاول", "عن ركاب محصورين\"", True, True),
         ("وقالت", "وزارة السكك الحديدية", "إن 12 عربة", "قُبيل منتصف الليل", True, True),
         ("وأضافت", None, "أن ست عربات", "في نفس الوقت تقريباً", False, True)],
    # was Saudi stock market: no claim (market figures, the dateline, "// انتهى //", the time line)
    11: [],
    # alriyadh Nissan rally: 'وفي هذا السياق، قال خنيصر: "كان الرالي ... ممتاز جداً"' ("أعتقد أن" his own words)
    # and 'أما سمير شرفان، المدير التنفيذي ل نيسان الشرق الأوسط والذي كان سعيداً ...، فقد قال: "لم يتوقف ... على
    # أحر من الجمر"' (the apposition kept as written with "ل نيسان", the relative "والذي كان سعيداً ..." left out;
    # cue without فقد). Not claims: "إلا أنه أثبت أنه مصر على تحقيق نتيجة مشرفة وأنه يسير ..." (proof by deeds,
    # blind2's "وأثبت اللاعب براعته"; blind42's insistence in deeds), "والذي كان سعيداً للغاية بالنتيجة" (a state)
    12: [("قال", "خنيصر", "\"كان الرالي", "ممتاز جداً\"", True, True),
         ("قال", "سمير شرفان، المدير التنفيذي ل نيسان الشرق الأوسط", "\"لم يتوقف", "على أحر من الجمر\"", True, True)],
    # aawsat Russian helicopter: 'من جهتها، نسبت وكالة الاعلام الروسية الى الكولونيل جنرال فيكتور بونداريف قائد
    # القوات الجوية الروسية، قوله "القائد توفي. ... سبب الحادث"' (blind30's "ونسبت يونهاب الي مصدر ... قوله "..."",
    # make_gold's "نقل عن X قوله": cue the verb, speaker the original source; direct) with, nested, "قال الطيار الثاني
    # ان عطلا في الاجهزة سبب الحادث" (an identified person: named=true; nested: direct=false). Not claims: "أظهرت
    # لقطات صورتها وكالة أنباء "رويترز" شخصا ..." (footage that shows, blind42's things that show)
    13: [("نسبت", "الكولونيل جنرال فيكتور بونداريف قائد القوات الجوية الروسية", "\"القائد توفي",
          "سبب الحادث\"", True, True),
         ("قال", "الطيار الثاني", "ان عطلا", "سبب الحادث", False, True)],
    # alyaum Qaisumah Eid party: "ثم ألقى رئيس مجلس لجنة التنمية الاجتماعية نايف القضاب كلمة ... رفع فيها التهاني
    # ...، معلنا انطلاق فعاليات حفل الأهالي" (decided here: a declaration made in a speech, as make_gold's "وأعلنت ...
    # حالة الاستنفار", blind12's "للإعلان عن بدء استخدام", blind36/blind39's "أعلن قيام/استقلال"; unlike blind25's
    # referee "أطلق صافرته معلناً نهاية الشوط", a signal; the participle takes the overt subject of the non-claim
    # "ألقى", blind29/blind42; content the object NP). Not claims: "رفع فيها التهاني لخادم الحرمين الشريفين ..."
    # (raising congratulations, make_gold's "رفع الحضور التهنئة", blind11/blind35's "رفع ... التهنئة", unlike blind42's
    # "أعرب عن أصدق التهاني"), "وشكر القضاب ... على الدعم" (thanks, blind35/blind39), "نظمت"، "دشنت"، "كرمت" (acts)
    14: [("معلنا", "رئيس مجلس لجنة التنمية الاجتماعية نايف القضاب", "انطلاق فعاليات", "حفل الأهالي", False, True)],
    # aleqtisadiya column "حمقى "داعش" أيضا": "فأخذوا يروجون أن تحرير فلسطين ... أو مصر.. إلى آخره" (decided here:
    # promoting a proposition, a claim like زعم; null -- the subject of "أخذوا" elided, "كل الحمقى ..." the topic of
    # the preceding clause; the writer's "إلى آخره" ends the listed claim), "إلا إن “القاعدة” و”داعش” ومن سار على
    # نهجهما ارتأوا أن قتل المسلمين طريقا لتحرير فلسطين" (an opinion, make_gold's رأى; the coordinated named
    # organisations: named=true; the marks kept inside the longer noun phrase, blind36), "وكانت “القاعدة” ومن بعدها
    # “داعش” تزعم أنها تحارب لإعلاء كلمة الله" (blind30/blind40's زعم; ending before the columnist's "، ثم رأيناهم"),
    # "ويزعمون أن هذا الفعل ... بالحور العين" (null) and "شهدنا البعض يزعم إن وجود “داعش” ... صمام أمان للناس هناك"
    # (named=false, blind39/blind42's "البعض"; ending before the columnist's "، وهذا إفك عظيم"). Not claims: "فقد بدأوا
    # بزعم استهداف الطوائف غير المسلمة" (decided here: "under the claim of", a pretext, blind42's "بدعوى أن",
    # blind41's "بحجة أن"; its object a deed), "هذا ما فعله صدام حسين" (no reporting word), "رأيناهم"، "ترى" (seeing),
    # "ليعطينا دروسا عن"، "ليبرر حرق طيار" (topics and justifications without content), "جهود وآراء" (nouns),
    # "وينتقدون بعضها الآخر" (criticism without content), the columnist's verdicts
    15: [("يروجون", None, "أن تحرير فلسطين", "إلى آخره", False, True),
         ("ارتأوا", "“القاعدة” و”داعش” ومن سار على نهجهما", "أن قتل المسلمين", "طريقا لتحرير فلسطين", False, True),
         ("تزعم", "“القاعدة” ومن بعدها “داعش”", "أنها تحارب", "لإعلاء كلمة الله", False, True),
         ("ويزعمون", None, "أن هذا الفعل", "والفوز بالحور العين", False, True),
         ("يزعم", "البعض", "إن وجود", "صمام أمان للناس هناك", False, False)],
    # alweeam Gulf Cup postponed: "قال الاتحاد الكويتي أن الشيخ طلال الفهد ... رؤساء الاتحادات الخليجية", "وأضاف أن
    # الكويت ... يناير كانون الثاني 2017" (null) and "وعزت المصادر السبب لعدم جاهزية ... ليست كافية لتنظيم البطولة"
    # (a re-attribution of a cause, blind14/blind27/blind42's عزا: content from the object to the end of the
    # sentence; "المصادر" named=false, blind22/blind39). Not claims: "اتفق ... على تأجيل"، "واتفق مجلس أمناء ... على
    # تأجيل" (agreements, acts), "وكان من المقرر" (impersonal), "لم تبديا حماساً" (a negated attitude inside the
    # content, no proposition), the link line
    16: [("قال", "الاتحاد الكويتي", "أن الشيخ طلال", "رؤساء الاتحادات الخليجية", False, True),
         ("وأضاف", None, "أن الكويت", "يناير كانون الثاني 2017", False, True),
         ("وعزت", "المصادر", "السبب لعدم", "ليست كافية لتنظيم البطولة", False, False)],
    # aljazirah Mawhiba summer programme: "وأوضحت رئيس البرنامج شذى الصقر أن المعرض ... والمحتوى العلمي" and "ونوهت
    # بالدور المهم الذي يمكن لأولياء الأمور تقديمه ... في بداية البرنامج" (decided here: stressing the importance of a
    # role parents CAN play, as make_gold's "شدد على أهمية" and blind35's "مع التأكيد على ضرورة", not praise of an
    # actor's deeds as blind4/blind6's "ونوه ... بجهود"، "ونوهت السفيرة ... بالدعم" -- those stay events; null: a
    # finite verb after a full stop, its subject elided; content from بـ). Not claims: "أشادت المشرفة ... على الدور
    # التربوي ..." (praise), "وخُصص اليوم الأول" (a passive)
    17: [("وأوضحت", "رئيس البرنامج شذى الصقر", "أن المعرض", "والمحتوى العلمي", False, True),
         ("ونوهت", None, "بالدور المهم", "في بداية البرنامج", False, True)],
    # almadina column "بل قصرتم وأسأتم": "وكل منهم يقول ما قصرتم" (the disabled children's line in the
    # advertisement, a reported utterance, blind42's typical utterances; "كل منهم" an unidentified member of the
    # group: named=false, make_gold's "منهم من"; no marks and no colon: direct=false). Not claims: "طالبين الدعم لها"
    # (an appeal), "أقول لهم جميعهم : لقد قصرتم ..." (the columnist's own voice, blind42's "بَقي أنْ أَصرُخ قَائلاً"),
    # "وتحلو تسميته ... الإشهار" (a naming), "حتى ترى أن" (perception, the generic "you"), "وصى بها الله" (no
    # content), "ونتداول معانيها" (a topic), the contact lines
    18: [("يقول", "كل منهم", "ما قصرتم", "ما قصرتم", False, False)],
    # alwatan flynas one million guests: "أعلن طيران ناس، الناقل الوطني السعودي، عن تحقيق إنجاز ... عالية الجودة
    # للضيوف" (the apposition between commas kept; content from عن to the end of the sentence) and 'وقال المدير العام
    # للتسويق والاتصالات بمجموعة ناس القابضة يزيد الرشيد: "لا شك ... للشركة"' (direct)
    19: [("أعلن", "طيران ناس، الناقل الوطني السعودي", "عن تحقيق إنجاز", "عالية الجودة للضيوف", False, True),
         ("وقال", "المدير العام للتسويق والاتصالات بمجموعة ناس القابضة يزيد الرشيد", "\"لا شك",
          "مسيرة النمو للشركة\"", True, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind43.jsonl")
