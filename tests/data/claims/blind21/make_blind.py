"""Build claims-blind21.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261248) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind20.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind21.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind20/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks as written (the reversed opening mark of '” أنه في أعنف' and '” تلك الأسلحة',
the shadda of "توقّع"، "حذّرت", the tanwin of "مشيراً"، "مؤكداً"، "معاً"، "مصرفاً" and its absence in "مشيرا"،
"مبينا"، "مضيفا"، the spellings "يؤدى"، "الى ميلان"، "ان الفريقين"، "ان الإعلان"، "من جل"، "ادريانو"، the glued
"كتابه»" and "التالي.يقول", and the figures "33,5"، "187,4"، "18:00 (م)"، "99%" as written).
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
    # alweeam Human Rights Watch on the Houthis: "اتهمت منظمة “هيومن رايتس ووتش” المتمردين الحوثيين بارتكاب جرائم
    # حرب ... جنوبي البلاد" (an accusation, blind4's "واتهم ... بالمماطلة", blind8's "واتهمه بأنه"; content from بـ,
    # the accused object left out; its "وذلك من خلال ..." kept; the inner quotes of the name kept in the speaker,
    # blind19's 'رئيس شركة "إل جي إلكترونيكس"'), "وأفادت المنظمة في أحدث تقرير لها عن انتهاكات ... ” أنه في أعنف
    # هجوم ... 19 يوليو 2015م”" (the complementizer inside the marks: direct, content from the opening mark, blind13/
    # blind19; "في أحدث تقرير لها عن ..." left out and not counted again, blind2), "وأوضح التقرير نقلاً عن أحد موظفي
    # الطوارئ من فريق عملها قوله “أمطرت ... على الفور.”" -- TWO claims with one content, the report's and the
    # employee's (blind7's "وقالت صحيفة ... نقلا عن مدير المتجر", blind18's "واضافت القناة نقلا عن الشرطة"; cue "نقلاً
    # عن", "قوله" not a cue of its own: claims-gold's "نقل عن X قوله"; an unnamed staff member: named=false; the
    # quote whole: direct, the stop inside the marks kept), "وقالت المنظمة الحقوقية : إن التحقيقات ... بمساحات
    # واسعة" (colon + complementizer: direct, blind3/blind4/blind12/blind19) and "وأكدت أن ” تلك الأسلحة ...
    # بالمدنيين”" (everything after the complementizer quoted: direct, blind2/blind19; null). Not claims: "التحقيقات
    # ... بينت استخدام" (investigations as a non-source, blind4's "الفحوصات أكدت", blind15's "الاختبارات الوراثية
    # ... بينت"), the link line
    0: [("اتهمت", "منظمة “هيومن رايتس ووتش”", "بارتكاب جرائم", "جنوبي البلاد", False, True),
        ("وأفادت", "المنظمة", "” أنه في أعنف", "يوليو 2015م”", True, True),
        ("وأوضح", "التقرير", "“أمطرت", "على الفور.”", True, True),
        ("نقلاً عن", "أحد موظفي الطوارئ من فريق عملها", "“أمطرت", "على الفور.”", True, False),
        ("وقالت", "المنظمة الحقوقية", "إن التحقيقات", "بمساحات واسعة", True, True),
        ("وأكدت", None, "أن ” تلك الأسلحة", "مأهولة بالمدنيين”", True, True)],
    # alyaum al-Wehda's bank transfers and camp: "حيث أكد الجهاز الطبي أن اللاعب بخير وأن إصابته ... في تدريبات
    # الفريق" (the club's medical staff, an identified body: named=true). Not claims: "طمأن الجهاز الطبي بالفريق
    # أنصار النادي على اللاعب ..." (reassuring the fans ABOUT the player: a topic, whose content is the following
    # "حيث أكد"; decided here, as blind15's "شرحًا ... حول"), "وينتظر أن تحسم اللجنة" (impersonal), "التي يهدف
    # لتطبيقها" (intention), training acts ("عاود"، "ركز"، "أخضع")
    1: [("أكد", "الجهاز الطبي", "أن اللاعب بخير", "في تدريبات الفريق", False, True)],
    # aljazirah the new Suez Canal: nine claims of the unnamed experts ("خبراء اقتصاديون"، "الخبراء": named=false,
    # blind11/blind13's "الخبراء"): "توقّع خبراء اقتصاديون، أن يساهم ... من الحاويات العملاقة في العالم" (the final
    # "وهو ما ينعكس بشكل مباشر على الاقتصاد المصري" is the writer's gloss, left out: blind6/blind7/blind10/blind11),
    # "وتوقّع الخبراء أن يؤدى ... لدى البنك المركزي" (the mid-content "وهو يعادل إيرادات السياحة ..." kept, blind8/
    # blind10/blind11, as "مما يؤدى ..." continues the prediction), "مشيرين إلى أن زيادة ... حركة التجارة العالمية",
    # "وأضاف الخبراء أن القناة الجديدة ... للاقتصاد المصري" (its "كما سيعزِّز ... فضلاً عن ..." kept), "متوقعين أن يصل
    # ... الـ10 سنوات المقبلة", "وأوضح الخبراء أن مشروع ... للتجارة الدولية", "وأكدوا أن العائد ... وغيرها",
    # "وأضافوا أن افتتاح ... زيادة في الإيرادات" and "لافتين إلى أنه لا بد ... على المحور" (participles after a
    # claim and coordinated verbs with an elided subject: null). The headline "توقّعات" is not part of the text
    2: [("توقّع", "خبراء اقتصاديون", "أن يساهم", "الحاويات العملاقة في العالم", False, False),
        ("وتوقّع", "الخبراء", "أن يؤدى", "لدى البنك المركزي", False, False),
        ("مشيرين", None, "إلى أن زيادة", "حركة التجارة العالمية", False, True),
        ("وأضاف", "الخبراء", "أن القناة الجديدة", "القيمة المضافة للاقتصاد المصري", False, False),
        ("متوقعين", None, "أن يصل", "الـ10 سنوات المقبلة", False, True),
        ("وأوضح", "الخبراء", "أن مشروع ازدواج", "للتجارة الدولية", False, False),
        ("وأكدوا", None, "أن العائد", "الضريبية وغيرها", False, True),
        ("وأضافوا", None, "أن افتتاح", "زيادة في الإيرادات", False, True),
        ("لافتين", None, "إلى أنه لا بد", "للعمل على المحور", False, True)],
    # aawsat Buhari in Cameroon: "وأكد المتحدث باسم الرئاسة النيجيرية فهمي عاديسينا لوكالة الصحافة الفرنسية، أن
    # «...، وأن مسألة (بوكو حرام) ستكون في صلب محادثاتهما»" (addressee left out; all quoted after the complementizer:
    # direct, content from أن, blind2/blind11/blind12), "وأضاف أن «...»" (null, direct), "قال متحدث آخر باسم الرئاسة
    # هو جربا شيهو، إن «...»" (the name given in apposition with "هو" kept in the speaker: titles and appositions
    # included; decided here; direct), "وأكد أن عملية «الانتشار ستتم آخر الشهر»" (null; a quoted fragment after
    # "عملية": direct=false, blind19's "بأن «معرض وظائف 2015» يهدف"), "أعرب الاتحاد الأوروبي أول من أمس عن دعمه
    # للعمليات ... ضد «بوكو حرام»" (verb of expression + stance noun, blind3/blind4; the adverb left out), "وجاء في
    # بيان أن «...»" (cue "وجاء في", the first set's "جاء في الخبر", blind8's "وجاء في خبر الوكالة"; the EU's
    # statement in context: named=true; direct), "مضيفا أن «...»" (null, direct; "من جل" as written), "وسيعود بخاري
    # إلى أبوجا غدا، حسب مكتبه" (content before its cue, the whole clause with its first word, blind2; "مكتبه" the
    # president's office, blind13's "مكتب محافظ ديار بكر": named=true), "وأفاد تقرير عرضه تلفزيون وإذاعة الكاميرون
    # دون أن يحدد تفاصيل دقيقة للعملية بأن نحو ألفي جندي إضافي «سيتم نشرهم ... نيجيريا»" (speaker the noun without
    # its relative, blind12's "بيان المنظمة الصحفي", blind14's "خطاب موجه"; identified by its broadcaster:
    # named=true, blind4's "تقرير صحفي"; the inserted "دون أن يحدد ..." left out and no claim -- a non-disclosure,
    # blind12's "لكن لم يُفصح"; quoted fragment: direct=false) and "وقال مسؤولون أمنيون إن «...»" (named=false,
    # claims-gold's "مسؤولون أميركيون"; direct). Not claims: "ولكنه لم يعط تفاصيل حول انتشار قوات إقليمية" (a
    # non-disclosure), "ويفترض أن" (impersonal), "لبحث"، "لإجراء محادثاته" (purposes), events
    3: [("وأكد", "المتحدث باسم الرئاسة النيجيرية فهمي عاديسينا", "أن «الرئيس بخاري", "في صلب محادثاتهما»", True, True),
        ("وأضاف", None, "أن «هذه الزيارة", "تمرد (بوكو حرام)»", True, True),
        ("قال", "متحدث آخر باسم الرئاسة هو جربا شيهو", "إن «الزيارة", "لمواجهة (بوكو حرام)»", True, True),
        ("وأكد", None, "أن عملية «الانتشار", "ستتم آخر الشهر»", False, True),
        ("أعرب", "الاتحاد الأوروبي", "عن دعمه", "تشن ضد «بوكو حرام»", False, True),
        ("وجاء في", "بيان", "أن «الكاميرون", "الإرهاب في المنطقة»", True, True),
        ("مضيفا", None, "أن «الاتحاد الأوروبي", "لمواجهة هذه التحديات»", True, True),
        ("حسب", "مكتبه", "<وسيعود بخاري", "إلى أبوجا غدا", False, True),
        ("وأفاد", "تقرير", "بأن نحو ألفي", "مع شمال شرقي نيجيريا»", False, True),
        ("وقال", "مسؤولون أمنيون", "إن «المهاجمين", "ثلاثة من القتلى»", True, False)],
    # was Souq Okaz (second addition): "ونوه الدكتور جريدي المنصوري إلى أن سوق عكاظ مشروع ... وتأصيله في المجتمع"
    # (نوّه إلى أن = pointed out, blind11; unlike blind4/blind6's praise "نوه بجهود"), "وشدد على أن سوق عكاظ يتطور
    # ... البنية التحتية" (null), "مشيراً في هذا السياق إلى قرار سمو الأمير خالد الفيصل بتشكيل فريق ... المقبلة"
    # (أشار إلى + NP, blind20's "مشيراً إلى جاهزية"; the decision is what he points to, not a claim of its own; "في
    # هذا السياق" left out), "وقال الدكتور جريدي المنصوري إن سوق عكاظ سيقدم ... والحاضر والمستقبل", "مشيرا إلى تكاتف
    # جهود ... وجامعة الطائف", "مؤكداً حرص جميع هذه الجهات على ... في آن معاً" (أكد + NP, blind19/blind20) and
    # "مشيراً إلى أن برنامج الأنشطة ... بعنوان ( سراة الشعر والكهولة )" (the final " ." excluded) -- participles
    # after a claim: null. Not claims: "تعبر عن رؤية سوق عكاظ" (the programme as a non-source, inside), "ويشتمل على"
    # (contents, inside), "بعنوان" (a title), "// انتهى //" and the time line
    4: [("ونوه", "الدكتور جريدي المنصوري", "إلى أن سوق عكاظ", "وتأصيله في المجتمع", False, True),
        ("وشدد", None, "على أن سوق عكاظ", "تطوير البنية التحتية", False, True),
        ("مشيراً", None, "إلى قرار سمو", "للخمسة الأعوام المقبلة", False, True),
        ("وقال", "الدكتور جريدي المنصوري", "إن سوق عكاظ", "والحاضر والمستقبل", False, True),
        ("مشيرا", None, "إلى تكاتف جهود", "وأمانة وجامعة الطائف", False, True),
        ("مؤكداً", None, "حرص جميع", "في آن معاً", False, True),
        ("مشيراً", None, "إلى أن برنامج الأنشطة", "( سراة الشعر والكهولة )", False, True)],
    # arriyadiyah Romagnoli's medical at Milan: "خضع قلب الدفاع ... لانتقاله الى ميلان بحسب ما ذكر الأخير يوم
    # الثلاثاء" (content before its cue, the whole sentence with its first word, blind2; "الأخير" = Milan, an
    # anaphoric noun for an identified source: named=true, as blind7/blind17/blind19's anaphoric "المصدر" of a named
    # one; the adverb left out), "وقال اللاعب لموقع ميلان: "أريد ... ما عندي"" (direct; the addressee left out; the
    # stop after the closing mark excluded), "وذكرت تقارير ان الفريقين اتفقا ... الى مكافآت" (unspecified reports:
    # named=false, the first set's "تقارير صحفية") and "وكان مدير عام ميلان ادريانو غالياني قال في وقت سابق أن
    # الصفقة أنجزت بنسبة 99%" (cue the verb after وكان with its subject before it, blind12/blind13; "في وقت سابق"
    # left out). Not claims: "وحصل ... على أذن"، "وكان ميلان تعاقد" (acts), the age "(20 عاما)"
    5: [("بحسب ما ذكر", "الأخير", "<خضع قلب الدفاع", "لانتقاله الى ميلان", False, True),
        ("وقال", "اللاعب", "\"أريد أن", "أفضل ما عندي\"", True, True),
        ("وذكرت", "تقارير", "ان الفريقين", "الى مكافآت", False, False),
        ("قال", "مدير عام ميلان ادريانو غالياني", "أن الصفقة", "بنسبة 99%", False, True)],
    # almadina column on the Brotherhood: "يذكر الكاتب صالح زهر الدين في كتابه» الحركات ... الآخر» أن مؤسس الجماعة
    # ... الاقتراب منها" (an author's statement in his book: ذكر with an overt subject, not the editorial "يذكر
    # أن", blind3's "يذكر لي صديق أن"; "في كتابه ..." left out, as "في بيانه"; decided here) and "يقول القيادي
    # السابق في الجماعة أحمد عادل كمال في كتابه «النقط على الحروف» إن المرشد العام أمر ... أصدر المرشد العام
    # للجماعة بيانا بعنوان «ليسوا إخوانا وليسوا مسلمين»" (to the end of its sentence with the quoted title: direct=
    # false; the mid-content "وهي نسف ..." kept; the next "أي أنهم ..." is the columnist's conclusion). Not claims:
    # "أصدر المرشد العام للجماعة بيانا بعنوان «...»" (issuing a statement with a title: a publication, blind4's
    # "أصدرت ... بياناً بشأن", blind18/blind20's titles; inside), "أمر بنفسه" (an order, inside), "ثم يُنكرها
    # ويستنكرها في اليوم التالي" (a habitual characterisation whose only object is a clitic, blind7/blind14), "من
    # حيث كذبهم وتملقهم من أنهم يريدون الإصلاح" (a generic, habitual characterisation in the reader's "عندما ترى
    # بعض الإخونجية ..." scenario: blind7's "كل نادٍ يبرر شكواه بان", blind14's "كل التنظيمات التي تعتبر", blind18's
    # generic writer -- unlike blind20's specific "أكاذيبهم بأنهم يسيطرون على المطار"; decided here), "من المعروف
    # أن" (impersonal), "معادلة «نحن الإسلام والإسلام نحن»"، "فكرة «عدم الاعتراف بالدولة»" (slogans, no reporting
    # word), "دون جدال أن"، "يجب أن نقول إن" (the columnist's present voice), "فلا تعجب عزيزي القارئ" (imperative)
    6: [("يذكر", "الكاتب صالح زهر الدين", "أن مؤسس الجماعة", "الاقتراب منها", False, True),
        ("يقول", "القيادي السابق في الجماعة أحمد عادل كمال", "إن المرشد العام", "وليسوا مسلمين»", False, True)],
    # alwatan blood donors in Abha and Khamis Mushait: "على تناقل وسائل الإعلام خبر الجريمة الإرهابية التي استهدفت
    # ... بمنطقة عسير" (media reports, blind6's "التي تناقلت وسائل الإعلام خبر وفاة والدتها ...": cue the verbal noun,
    # content from after the reporting noun "خبر", named=false), "مؤكدة لهم أنها ستكتفي ... على استمارات" (the
    # participle after the bare thanks "وشكرتهم", whose subject is elided: null, blind17's "وختم حديثه واصفاً";
    # the addressee left out), "وأكد بعض المتبرعين لـ"الوطن"، أنهم لا يعرفون ... لإنقاذ المصابين" (named=false;
    # addressee left out) and "معتبرين أن تبرعهم هو أقل واجب ... واستقرار الوطن" (null). Not claims: "في صورة تؤكد
    # اللحمة الوطنية" and "ورسالة للعدو تؤكد على لحمتهم" (non-sources, blind20's "ترسل رسالة بليغة"), "دون دعوة أو
    # نداء" (appeals), "وشكرتهم" (a bare thanks act), "مصرين على التبرع" (insisting on an act), "ولاحظت "الوطن"،
    # أن" (the outlet's own observation on the spot, blind8's "علمت "الوطن""، blind17/blind18/blind20's "لاحظ"),
    # "عن الدعاء" (prayers)
    7: [("تناقل", "وسائل الإعلام", "الجريمة الإرهابية", "الخاصة بمنطقة عسير", False, False),
        ("مؤكدة", None, "أنها ستكتفي", "حصلوا على استمارات", False, True),
        ("وأكد", "بعض المتبرعين", "أنهم لا يعرفون", "تقديم دمائهم لإنقاذ المصابين", False, False),
        ("معتبرين", None, "أن تبرعهم", "أمن واستقرار الوطن", False, True)],
    # arreyadi FIFA and Najran: "وأشار برنامج دورينا الذي يبث عبر إذاعة MBC FM مع الزميل ثامر الحميد والذي انفرد
    # بتفاصيل الشكوى أنه خلال أسبوعين ... دوري عبداللطيف جميل السعودي" (the two relatives left out of the speaker;
    # "انفرد بتفاصيل الشكوى" is part of the speaker's description, its details being the content of أشار: not a
    # claim of its own, as "في تصريح" is not counted again; decided here). Not claims: "أصدر ... فيفا قرار إلزاميا"
    # (a decision), "يلجأ النادي الأردني بشكوى رسمية" (a complaint, blind7's "الشكوى التي تقدم بها")
    8: [("وأشار", "برنامج دورينا", "أنه خلال أسبوعين", "عبداللطيف جميل السعودي", False, True)],
    # aleqtisadiya Tevez and Boca: "وقال تيفيز للصحفيين "كانت مباراة ... غير معقولة."" and "وأضاف تيفيز الذي عاد
    # لناديه الأول ... "من المفترض ... بوكا لم يقدم مباراة جيدة."" (direct; the stop inside the marks kept; the
    # relative left out of the speaker). Not claims: "بسبب الاعتراض على قرارات الحكم" (a protest, blind6), match
    # narration
    9: [("وقال", "تيفيز", "\"كانت مباراة", "غير معقولة.\"", True, True),
        ("وأضاف", "تيفيز", "\"من المفترض", "مباراة جيدة.\"", True, True)],
    # 3alyoum oil: "... في الوقت الذي وصل فيه انتاج أوبك إلى أعلى مستوى شهري في التاريخ الحديث في يوليو تموز حسبما
    # أظهر مسح لرويترز" (content before its cue limited to what the survey reported, the temporal clause with its
    # first word -- not "ولم تبد السعودية ... علامة": blind19's "حسب بيانات وزارة الصحة الكويتية"; a Reuters survey:
    # named=true, blind12's "استطلاع لوكالة رويترز"), "وقال وزير النفط الإيراني بيجن زنغنه في تصريحات أذيعت يوم الأحد
    # إن من المتوقع ... في غضون أشهر" ("في تصريحات أذيعت ..." left out, not counted again) and "وأظهر مسح رسمي يوم
    # السبت توقف النمو ... بعد هبوط الطلب في الداخل والخارج" (a survey, as blind12's "كشف استطلاع للرأي" -- not the
    # issuer-less "بيانات" of blind7/blind12/blind13 --, its issuer unnamed: named=false; the adverb left out; the
    # writer's "ليُضاف ذلك إلى مخاوف ..." left out; decided here). Not claims: "أثارت بيانات صينية ضعيفة مخاوف"
    # (data, non-source), "ولم تبد السعودية ... علامة" (no expression), "من المتوقع" (impersonal, inside), the
    # byline and the tag line "سمات ..."
    10: [("حسبما أظهر", "مسح لرويترز", "<في الوقت الذي وصل فيه انتاج أوبك", "في يوليو تموز", False, True),
         ("وقال", "وزير النفط الإيراني بيجن زنغنه", "إن من المتوقع", "في غضون أشهر", False, True),
         ("وأظهر", "مسح رسمي", "توقف النمو", "في الداخل والخارج", False, False)],
    # alriyadh al-Nassr's stars of the 1390s (a photo caption): no claim. "يظهر عدد من تلك الاسماء" (in the photo),
    # "- رحمه الله -"، "شفاه الله" (prayers)
    11: [],
    # okaz column "فين أذنك يا شورى": "بدأت الصحف تؤكد لنا ذلك" (content the anaphoric "ذلك", blind19's "أكد ذلك",
    # blind14/blind15's "أوضح ذلك"; cue after the support verb بدأت, blind19's "مضى قائلا"; unspecified papers:
    # named=false, blind19's "الأنباء"), "تقريرا يفيد بأن ما نحاول التشكيك في صحته داخل المجلس هو حقيقة بالفعل"
    # (blind8's "التقرير ... يفيد بوجود"; the pronoun subject of a clause on a noun: null, blind5/blind16/blind20's
    # "بياناً أوضحت فيه", "شكوى مواطن يفيد فيه"; ends before the columnist's gloss "أي أن ...", blind19; "نشرت ...
    # تقريرا" a publication) and, in that gloss, "هناك من يرى أن أي نظام لمكافحة التحرش ... الكوارث الماحقة" (an
    # opinion held by unnamed members: speaker "من", named=false, claims-gold's "منهم من", blind15's "ويرى
    # المسؤولون"). Not claims: "يشعرني ... بأنه" (the columnist's feeling), "لأننا ... نعتبر الفلسفة ..."، "لا يقوله
    # إلا الحمقى"، "نرد عليهم ...: بطلوا الفلسفة" (generic characterisations and an imperative, blind10/blind14),
    # "سمعنا أنها تدور"، "فقد سمعنا أن المجلس يتحفظ" (hearsay without a source, blind2's "سمعت قصصا", blind10's
    # "سمعت أن"), "لولا أن وسائل الإعلام تؤكدها" (its only content the object clitic, in a counterfactual: blind5/
    # blind7/blind14), "بحجة أنه يشرع للاختلاط" (a pretext, blind3's "بذريعة أن", blind9's "بحجة أن"), "واعتبرنا أن
    # هذا القول ليس إلا تقولا" (the columnist's past disbelief, a cognitive verb as blind18's "فقد اعتقدت" and "لم
    # يصدق"; decided here), "يتحفظ بعض أعضاء المجلس على إصدار نظام" (a position on an act), "المثل الشهير: فين أذنك
    # يا..." (a proverb in the columnist's voice, blind10/blind13), "نقترح" (a proposal), the contact lines
    12: [("بدأت الصحف |تؤكد| لنا", "الصحف", "ذلك", "ذلك", False, False),
         ("يفيد", None, "بأن ما نحاول", "حقيقة بالفعل", False, True),
         ("يرى", "هناك |من| يرى", "أن أي نظام", "الكوارث الماحقة", False, False)],
    # sabq weather in al-Baha: "حذّرت الرئاسة العامة للأرصاد وحماية البيئة، من عوالق ترابية ... الرؤية الأفقية" (a
    # warning, blind7/blind10/blind12/blind19; content from من), "وأوضح الناطق الإعلامي بمديرية الدفاع المدني بمنطقة
    # الباحة العقيد جمعان بن دايس الغامدي؛ أن مركز القيادة ... 18:00 (م)" ("- بمشيئة الله تعالى -" inside kept) and,
    # nested, "تنبيهاً من الرئاسة ... عن حالة الطقس المتوقعة ... يفيد برؤية غير جيدة؛ ... 18:00 (م)" (blind8's
    # "يفيد"; the pronoun subject of a clause on the noun "تنبيهاً": null, as blind16's "يفيد فيه"; "تنبيهاً ... عن
    # حالة الطقس" names a topic only and is not counted apart, blind20's "إعلان الهيئة ... بخصوص"; decided here).
    # Not claims: "وأهاب الغامدي؛ بجميع الإخوة ..." (an appeal), "المتوقعة" (impersonal), the byline
    13: [("حذّرت", "الرئاسة العامة للأرصاد وحماية البيئة", "من عوالق ترابية", "الرؤية الأفقية", False, True),
         ("وأوضح", "الناطق الإعلامي بمديرية الدفاع المدني بمنطقة الباحة العقيد جمعان بن دايس الغامدي",
          "أن مركز القيادة", "الساعة 18:00 (م)", False, True),
         ("يفيد", None, "برؤية غير جيدة", "الساعة 18:00 (م)", False, True)],
    # alweeam Samsung's Orbis watch: "وبدأت شركة سامسونغ العالمية بالفعل في الكشف عن عدد قليل من مواصفات الساعة
    # الجديدة" (revealing details, the first set/blind10's "كشفت ... عن تفاصيل", blind20's "أدلى بمعلومات"; cue the
    # verbal noun after the support verb بدأت, blind8's "الإعلان"; the channel "من خلال المطور الرسمي “SDK”" left
    # out like "في بيان لها"; decided here), "وكشفت بعض التسريبات أن ساعة أوربيس ... واجهة المستخدم" (unnamed leaks:
    # named=false) and "هذا وتؤكد العديد من التقارير الإعلامية ان الإعلان ... السابقة للشركة" (named=false; "هذا"
    # left out). Not claims: "ازدياد وتيرة الأخبار ... بخصوص قرب صدور" (a topic), "تقارير جديدة ... بدأت تتحدث
    # بكثافة عن قرب صدور “أوربس”" (a topic of talk, تحدث عن: blind3/blind15/blind17/blind18), "وتدل جميع المواصفات
    # على أن" (non-source), "وتتعاون سامسونغ" (an act), the link line
    14: [("الكشف", "شركة سامسونغ العالمية", "عن عدد قليل", "مواصفات الساعة الجديدة", False, True),
         ("وكشفت", "بعض التسريبات", "أن ساعة أوربيس", "أدوات واجهة المستخدم", False, False),
         ("وتؤكد", "العديد من التقارير الإعلامية", "ان الإعلان", "الإصدارات السابقة للشركة", False, False)],
    # alyaum SAMA's 51st report on SARIE: "وأوضح التقرير الـ 51 لمؤسسة النقد العربي السعودي الصادر مؤخرًا، أن توزيع
    # ... 3457 مليار ريال" (the participial descriptor "الصادر مؤخرًا" left out), "وأكد أن النظام السعودي ... 22
    # مصرفاً في النظام" (null), "وأشار التقرير إلى أن عدد العمليات المجمعة ... 33,5 مليار ريال" (ends at its sentence:
    # "وفي مجال تصنيف ... فقد ارتفعت ..." is a new sentence without a reporting verb, blind12's Tadawul figures),
    # "وتطرق تقرير مؤسسة النقد إلى نظام «سداد» ... مبينا أن عدد المفوترين ... 187,4 مليار ريال" (تطرق إلى = a topic,
    # not a claim; the participle after it takes its overt subject, blind5/blind7/blind8/blind10-blind19; "تم الاتفاق"
    # inside), "ووفقاً للتقرير فقد قام المعهد ... والسوق المالي" (speaker spanned "لتقرير" with the article's lam,
    # as blind7's "لفرنسية", blind14/blind16's "لدراسة"; content from the ف, blind12/blind16/blind19) and "مشيراً إلى
    # أنه خلال الربع الأخير ... وتمويل المؤسسات الصغيرة والمتوسطة" (after a claim: null)
    15: [("وأوضح", "التقرير الـ 51 لمؤسسة النقد العربي السعودي", "أن توزيع", "3457 مليار ريال", False, True),
         ("وأكد", None, "أن النظام السعودي", "22 مصرفاً في النظام", False, True),
         ("وأشار", "التقرير", "إلى أن عدد العمليات", "33,5 مليار ريال", False, True),
         ("مبينا", "تقرير مؤسسة النقد", "أن عدد المفوترين", "187,4 مليار ريال", False, True),
         ("ووفقاً", "ووفقاً ل|لتقرير| فقد", "فقد قام المعهد", "والتمويل والسوق المالي", False, True),
         ("مشيراً", None, "إلى أنه خلال الربع", "وتمويل المؤسسات الصغيرة والمتوسطة", False, True)],
    # aljazirah GOIC meeting on SME evaluation: no claim. "عقدت ... اجتماعاً لمناقشة" (an act, a purpose), "بطلب من
    # وزارة الصناعة والتجارة" (a request), "وقدم ممثلو البنك الدولي ... عرضاً حول وثيقة تعريف المشروع" (a
    # presentation about a topic, blind15's "شرحًا ... حول", blind20), "ناقش المجتمعون"، "وشرح وثيقة التعريف"،
    # "تبادل المجتمعون الآراء في ضوء ..." (topics of a meeting, blind20's "وناقش الاجتماع"), "ليتم بعدها تحديد"
    # (passive)
    16: [],
    # was ambassador in Kuwait: "وأكد السفير الفايز في تصريح لوكالة الأنباء السعودية أن مثل هذه الأعمال ... واستقرار
    # المملكة" ("في تصريح ..." left out) and "وأعرب باسمه ونيابة عن منسوبي السفارة عن أحر التعازي وصادق المواساة إلى
    # خادم الحرمين الشريفين ... - حفظهم الله - وإلى أسر الشهداء" (verb of expression + condolence nouns: a claim,
    # blind3's "وأعرب بان كي مون عن تعازيه لأسرة الرضيع"; unlike the bare act "رفع ... التعازي" of blind10/blind20;
    # coordinated, elided subject: null; content from the second عن, "باسمه ونيابة عن منسوبي السفارة" left out;
    # the formula inside kept). Not claims: "استنكر ... العمل الإرهابي" (a condemnation), "سائلًا الله" (a prayer),
    # the dateline, "// انتهى //" and the time line
    17: [("وأكد", "السفير الفايز", "أن مثل هذه", "واستقرار المملكة", False, True),
         ("وأعرب", None, "عن أحر التعازي", "وإلى أسر الشهداء", False, True)],
    # almadina Obama and Congress: "وقال للحضور في الجامعة الأمريكية: إن تبديد هذه الفرصة سيكون بمثابة خطأ تاريخي"
    # (coordinated with أطلق, elided subject: null; colon + complementizer: direct; the addressee left out) and
    # "وحذر أوباما أنه إذا رفض المشرعون الاتفاق فإن «الكونجرس ... سوف يسرع بذلك»" (a warning, blind2's "حذر الرئيس
    # الاميركي من ان"; quoted fragment: direct=false). Not claims: "أطلق ... حملة شاملة لإقناع" (an act, a purpose),
    # "وهدد أوباما باستخدام حق النقض" (a threat), "ومارست ... ضغوطًا" (an act), "في محاولة لإقناعهم" (purpose),
    # "وطلب النواب ... توضيح دور الوكالة" (a request), "لإصدار قرار" (a decision)
    18: [("وقال", None, "إن تبديد", "خطأ تاريخي", True, True),
         ("وحذر", "أوباما", "أنه إذا رفض", "سوف يسرع بذلك»", False, True)],
    # alwatan Mobily's ISO certificate: "وأوضح المدير العام التنفيذي لعمليات تقنية المعلومات عبدالعزيز الغفيلي أن
    # الاهتمام ... في تقنية المعلومات". Not claims: "حصلت"، "وقد سلم المعهد البريطاني ... الشهادة" (acts), "وتعد
    # شهادة الأيزو" (impersonal)
    19: [("وأوضح", "المدير العام التنفيذي لعمليات تقنية المعلومات عبدالعزيز الغفيلي", "أن الاهتمام",
          "الحلول العملية في تقنية المعلومات", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind21.jsonl")
