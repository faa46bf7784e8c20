"""Build claims-blind33.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261272) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind32.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind33.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind32/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a cue that is also an earlier word of the text, or a one-word speaker).
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
The strings copy the text's marks and spellings as written (the tanween of "مؤكداً" (was) and "مؤكدًا", "عدداً"
(almadina), the bare "مبينا"/"مؤكدا" (okaz); the straight quotes of aleqtisadiya; the guillemets « » of almadina, alyaum and aawsat; the parentheses of okaz,
aawsat and alweeam; the hamza-less "اتيت"/"واضاف" of almadina).
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
    # was Wadi al-Dawasir schools: "وطالب العشوان خلال الجولة تكثيف العمل ...، مثمناً نسب الإنجاز ...، مؤكداً أن
    # التقارير يتم متابعتها بشكل دوري لتذليل أي معوقات أمام إتمام الأعمال" -- the participle after the non-claim
    # "وطالب" (a demand) and "مثمناً" (praise) takes its overt subject "العشوان" (blind5/blind7/blind8/blind10-
    # blind32; the nearer of its two occurrences). Not claims: the dateline, "تفقّد"، "واطلعوا"، "كما زاروا" (acts),
    # "وطالب ... تكثيف العمل" (a demand), "مثمناً" (praise, blind31's "مثنياً"), "// انتهى //" and the time line
    0: [("مؤكداً", "العشوان", "أن التقارير", "أمام إتمام الأعمال", False, True)],
    # aleqtisadiya "Another goal for Germany" day: "وقال جوتا سيلفا إن اليوم يستحق أن "نفكر فيه ... في الثامن من
    # يوليو"" (partly quoted after the complementizer: direct=false, blind21/blind22/blind24/blind30; the writer's
    # gloss "، وهو يوم عام 2014 شهد ..." left out, blind6/blind7/blind10/blind11), "وقال سيلفا "لن يكون عطلة، ...
    # كان الناس يقولون دائما "هدف آخر لألمانيا"" (quoted, no colon: direct, blind15/blind18; the outer mark never
    # closes and the content runs to the last mark, the final stop excluded, blind30/blind31; "كان الناس يقولون دائما"
    # inside is NOT a claim of its own: impersonal "people always say", blind15's "يقول الناس دوما"), "وأضاف "لكن
    # تراجع ... للتفكير مليا"" (null; direct), "وقال سيلفا إنه تحدث ... مساندة لفكرته" and "وكتب رجل يدعى ماركوس
    # ناسيمنتو في صفحة سيلفا على فيسبوك "انتخبت ... يجب أن تفعلها"" (direct; speaker "رجل" without the asyndetic
    # naming relative "يدعى ماركوس ناسيمنتو", named in it: named=true, blind15's "مريض آخر من الاربعة ... ويدعى
    # اوتويللو مياه"; the channel "في صفحة سيلفا على فيسبوك" left out; "وأعتقد" inside the quote a belief, not
    # counted). Not claims: "قدم عضو ... اقتراحا من أجل تحديد يوم ..." (a proposal, an act), "لكن الناخبين ... لا
    # يشعرون بحماس مماثل" (the writer)
    1: [("وقال", "جوتا سيلفا", "إن اليوم يستحق", "في الثامن من يوليو\"", False, True),
        ("وقال", "سيلفا", "\"لن يكون", "\"هدف آخر لألمانيا\"", True, True),
        ("وأضاف", None, "\"لكن تراجع", "للتفكير مليا\"", True, True),
        ("وقال", "سيلفا", "إنه تحدث", "مساندة لفكرته", False, True),
        ("وكتب", "|رجل| يدعى", "\"انتخبت", "يجب أن تفعلها\"", True, True)],
    # almadina Ronaldinho at Fluminense: "وقال رونالدينيو الذي سيرتدي القميص رقم 10 خلال حفل تقديمه: «اتيت ...
    # بجهد»" (the relative and the occasion left out of the speaker; colon and guillemets: direct) and "واضاف
    # رونالدينيو: «سأكون ... بالمنافسة»" (direct). Not claims: "قدم نادي فلومينزي" (an act), "وحدد رونالدينيو ...
    # هدفا له ... وهو الفوز ..." (an aim, blind23's "حدد نادي النصر", blind31's aims), the career paragraphs
    2: [("وقال", "رونالدينيو", "«اتيت", "والعمل معه بجهد»", True, True),
        ("واضاف", "رونالدينيو", "«سأكون", "للبدء بالمنافسة»", True, True)],
    # sabq al-Hilal's sixth day in Austria: no claim (the byline, training acts, "تلقّى ... التهاني والتبريكات" --
    # congratulations received, blind14's "وهنأ")
    3: [],
    # alweeam Saud al-Faisal column: no claim. "«لقد حيرني هذا الرجل ...» ... أنه كان الشخص الذي قيلت فيه" -- a
    # quotation with no source in the text (passive "قيلت", blind11/blind13's passives); "ينشر كلامه"، "وكان يتحدث
    # بقوة المنطق"، "استحضرت كلمته في مجلس الشورى"، "وهو يعلق مازحًا" (talk and a speech named without content,
    # blind3/blind31's "تحدث عن", blind32's reporting noun without content); the columnist's present voice; the
    # link line
    4: [],
    # alwatan youth team in Valencia: no claim ("بتلبية دعوة" -- an invitation accepted, an act)
    5: [],
    # aljazirah Benteke's number nine: no claim ("قرر نادي ليفربول منح ..." -- a decision, an act)
    6: [],
    # alriyadh drunk driver at a police station: "ذكرت الشرطة الألمانية اليوم الأحد أن رجلا مخمورا دخل ... مطالبا
    # بملء خزان الغاز الفارغ لسيارته" (time left out; the man's "مطالبا" inside the content). Not claims: "وطلب من
    # الضباط توفير البنزين" (a request), "فحص الدم، والذي أظهر مستوى الكحول ..." (a test's result: blind4/blind11's
    # "الفحوصات أكدت", blind26's "الفحوصات اظهرت"), the rest the writer's account
    7: [("ذكرت", "الشرطة الألمانية", "أن رجلا مخمورا", "خزان الغاز الفارغ لسيارته", False, True)],
    # okaz Eid prayer grounds in the villages: "وذكر نهاري عبدالله (أحد المعلمين بجدة)، أن فرحته لا توصف ... بين
    # أهله وأقاربه" (the parenthesised gloss kept in the speaker, blind3/blind9/blind13/blind18/blind26/blind32; an
    # expressed feeling), "مبينا أن التفاف ... في هذا العيد المبارك" (a participle after a claim: null), "وأفاد
    # نواف محمد أنه حضر لقريته ... والتقى أقاربه وأصدقاءه" (ending before "مؤكدا") and "مؤكدا أن العيد في القرى ...
    # القادمين مع آبائهم من خارج القرية" (null; "ولا سيما أن ..." and "كما تزيد ..." kept to the next word of the
    # same source). Not claims: "داعيا الله أن يديم الفرح" (a prayer), the opening paragraph (the writer)
    8: [("وذكر", "نهاري عبدالله (أحد المعلمين بجدة)", "أن فرحته", "بين أهله وأقاربه", False, True),
        ("مبينا", None, "أن التفاف", "في هذا العيد المبارك", False, True),
        ("وأفاد", "نواف محمد", "أنه حضر", "والتقى أقاربه وأصدقاءه", False, True),
        ("مؤكدا", None, "أن العيد في القرى", "مع آبائهم من خارج القرية", False, True)],
    # alyaum Giroud: "أكد أرسنال المنتمي للدوري الإنجليزي الممتاز لكرة القدم أن مهاجمه ... في الجولة الأولى
    # للمسابقة" (the participial descriptor "المنتمي ..." left out of the speaker, blind2/blind14), "ونفى تكهنات
    # تتحدث عن فقدان اللاعب ... وعيه بعد الاصطدام" (a denial, content the object NP, blind1/blind2/blind8/blind14/
    # blind23/blind27's "نفى"; a finite verb coordinated after the non-claim "ونشر أرسنال بيانًا": null,
    # blind7/blind8/blind11-blind32; the source-less "تكهنات تتحدث" not a claim of its own, blind12/blind31/blind32's
    # speculation) and "وقال أرسنال: «تطورت ... بشكل طبيعي»" (direct). Not claims: "ونشر أرسنال بيانًا على حسابه في
    # تويتر" (a publication, blind21/blind32), "وتعرض أرسنال لانتقادات حادة في وسائل الإعلام" (criticism without
    # content, blind31), "وبدا أنه يعاني" (impersonal)
    9: [("أكد", "أرسنال", "أن مهاجمه", "الأولى للمسابقة", False, True),
        ("ونفى", None, "تكهنات تتحدث", "وعيه بعد الاصطدام", False, True),
        ("وقال", "أرسنال", "«تطورت", "بشكل طبيعي»", True, True)],
    # 3alyoum Kazakhstan joins the WTO: no claim (the dateline, "وافقت ... على قبول انضمام" -- an approval,
    # blind32; "الذي تمت الموافقة عليه"، "ستستقبل"، "ستخفض" -- acts and plans; the tag line "سمات ...", blind13)
    10: [],
    # arreyadi Fahd bin Khalid alone for al-Ahli: "حيث كشفت المصادر المقربة من البيت الأهلاوي أن نائب الرئيس
    # السابق ... وان الاختيار وقع حتى الآن على خالد باسهل" (cue without حيث; unnamed sources: named=false; the "حيث
    # سيبقى ..." and "وان ..." continuations to the end of the sentence), "وسيحتفل الأهلاويون رسمياً مساء الغد
    # بتنصيب الأمير فهد بن خالد لفترة رئاسة قادمة لأربع سنوات وهو ما كشفته الرياضي في عدد سابق" (a relative "ما"
    # cue resuming the clause before it, blind15's "هذا ما بثته صحيفة الوطن" and blind24's "هذا ما كشفت عنه مصادر
    # عدلية": cue phrase "ما كشفته" to the word before the speaker, content from the sentence's first word; the
    # newspaper's own earlier issue: speaker "الرياضي", named=true; "في عدد سابق" left out) and "حين أكدت أن تنصيب
    # ... عن طريق التزكية" (its statement then; elided subject: null; the writer's "وهو ما سيتم فعلاً مساء الغد"
    # left out, blind6/blind7/blind10/blind11's gloss). Not claims: the byline and the sub-headline "تنصيب رئيس
    # الأهلي على طريقة فيصل بن تركي" (blind11/blind31/blind32), "اعتذر عن الحضور"، "ناقش"، "بحث"، "واطلع" (acts and
    # topics), "الإعلان عن الإدارة الجديدة" (a future announcement, no content of its own), "وتمنى المجلس التوفيق
    # للنادي" (a ritual NP wish, blind28/blind32), "ومن المتوقع أن ينضم" (impersonal, blind21/blind30)
    11: [("كشفت", "المصادر المقربة من البيت الأهلاوي", "أن نائب الرئيس", "على خالد باسهل", False, False),
         ("ما كشفته", "ما كشفته |الرياضي| في", "<وسيحتفل الأهلاويون", "قادمة لأربع سنوات", False, True),
         ("أكدت", None, "أن تنصيب", "عن طريق التزكية", False, True)],
    # aawsat Apple Watch sales: "أقدم كثير من المتابعين على إعلان موت الساعة" (a reporting noun with its object,
    # blind8/blind9/blind12's "الإعلان"، "اعلان"، "للإعلان"; unnamed: named=false), "في وقت توقع كثيرون منهم في
    # البداية أن «آبل» باعت ... ونهاية يونيو (حزيران)" (a prediction; "في البداية" left out; the writer's gloss
    # "وهو تاريخ طرح الساعة للبيع" inside, to the end of the sentence), "حرص كثير من المحللين على مراجعة تقديراتهم
    # وتخفيض توقعات المبيعات بين 1.5 و3 ملايين ساعة" (the forecast noun with its content, blind2/blind12/blind31's
    # "توقعات المحللين لمتوسط ربح ..."، "التوقعات بانخفاضها إلى ..."; speaker the overt subject of "حرص"; content
    # the forecast, from "المبيعات": decided here) and "فإن مجموعة من المحللين يوضحون أن مستقبل ساعة «آبل» لن يعتمد
    # على مبيعات الربع الأول". Not claims: "رفض شركة «آبل» إعلان أرقام المبيعات" (a refused, negated announcement,
    # blind7/blind11's "ولم تكشف"), "سيلاً من التكهنات"، "المراجعات التي تناولت"، "تقديرات المحللين تتنوع"، "تلك
    # التوقعات" (nouns without content), "الملاحظ أن"، "فالملاحظ" (the writer), "يتعرض لانتقادات باعتباره ..."، "تواجه
    # الاتهام بأنها ..." (criticism and accusation without a source), "...المزيد"
    12: [("على |إعلان| موت", "كثير من المتابعين", "موت الساعة", "موت الساعة", False, False),
         ("توقع", "كثيرون منهم", "أن «آبل» باعت", "ونهاية يونيو (حزيران)", False, False),
         ("توقعات", "كثير من المحللين", "المبيعات بين", "و3 ملايين ساعة", False, False),
         ("يوضحون", "مجموعة من المحللين", "أن مستقبل", "مبيعات الربع الأول", False, False)],
    # was prison directors' meeting: "واستهل الحمزي الاجتماع بكلمة أكد فيها على التزام المديرية ... أو المراجعين
    # بشكل عام" (the verb of a relative on "كلمة": null, blind3/blind22/blind30's "كلمة أعرب/أوضح/أكد فيها"; content
    # from على, blind11/blind15/blind28/blind32), "وأوضح مدير عام السجون أن توجيهات ... إنهاء ما يتطلب من
    # مراجعتهم" (the directives' "تؤكد ... على جميع الأجهزة الأمنية بإتباع ..." inside: a directive's contents, not a
    # nested claim, blind11/blind23; ending before the appeal "حاثاً الجميع على ...") and "حيث تشير الورقة إلى أنه
    # بالرغم من أهمية جمع البيانات ... الأمني في السجون" (the identified working paper as source: named=true, as
    # blind21/blind26/blind31's reports; cue without حيث). Not claims: the dateline, "عقد"، "ورأس" (acts), "حاثاً"
    # (an appeal, blind31's "داعيا"), "بعنوان"، "التي ناقشت"، "كما ناقشت ... وتطرقت"، "وتطرقت الورقة الأخيرة"
    # (topics), "يذكر أن" (editorial), "// انتهى //" and the time line
    13: [("أكد", None, "على التزام", "المراجعين بشكل عام", False, True),
         ("وأوضح", "مدير عام السجون", "أن توجيهات", "ما يتطلب من مراجعتهم", False, True),
         ("تشير", "الورقة", "إلى أنه بالرغم", "الوضع الأمني في السجون", False, True)],
    # aleqtisadiya Saudi World Heritage sites: no claim (descriptions; "وتعتبر مقابره ... مثلاً استثنائياً"
    # passive/impersonal, blind11's "إذ تعتبر"; "يحمل موقع الحجر شهادة فريدة" a figure of speech; "جاءت موافقة لجنة
    # التراث العالمي ... باعتماد" an approval)
    14: [],
    # almadina al-Haditha crossing: "شهد منفذ الحديثة ... خلال عشرة أيام، أوضح ذلك الناطق الإعلامي لجوازات منطقة
    # الجوف العقيد عبدالمنعم الحيزان" (the anaphoric "ذلك" as content between cue and speaker, blind5/blind9/
    # blind14/blind15/blind19/blind21's "صرح بذلك"، "أوضح ذلك"، "أكد ذلك"; the "^" rule; "إذ سجلت أجهزة ..." before it
    # is recording, an act, blind23/blind24), "وأشار إلى أن جوازات المنفذ ... بأعداد هائلة" (null), "وبين أن عدد
    # المغادرين ... 6-10-1436هـ" (null; ending before "مؤكدًا"), "مؤكدًا بأن منفذ الحديثة ... ازدحام المسافرين"
    # (null), "وأضاف: أنه وخلال فترة العيد ... خالد بن محمد الهويش" (colon + complementizer: direct, blind3/blind4/
    # blind12/blind16/blind19; null) and "ولفت إلى أن عدداً ... بسكاكا" (null)
    15: [("أوضح", "الناطق الإعلامي لجوازات منطقة الجوف العقيد عبدالمنعم الحيزان", "^ذلك", "ذلك", False, True),
         ("وأشار", None, "إلى أن جوازات", "بأعداد هائلة", False, True),
         ("وبين", None, "أن عدد المغادرين", "6-10-1436هـ", False, True),
         ("مؤكدًا", None, "بأن منفذ الحديثة", "للقضاء على ازدحام المسافرين", False, True),
         ("وأضاف", None, "أنه وخلال", "خالد بن محمد الهويش", True, True),
         ("ولفت", None, "إلى أن عدداً", "متعب بن عبدالعزيز بسكاكا", False, True)],
    # sabq al-Baha teacher interviews: "وأوضح أنه تم تشكيل اللجان ... بالشكل المناسب" (a finite verb after the
    # non-claim "وهنّأ المدير العام ... مخايش" with its subject elided: null, blind7/blind8/blind11-blind32), "وذكر
    # أنه يتم ... داخل المدرسة" (null; ending before "متمنياً التوفيق للجميع", a ritual NP wish, blind28/blind32) and
    # "من جهته أكد مدير شؤون المعلمين عبدالله خضران أهمية إحضار ... وفق آلية المفاضلة المعدة لذلك" (cue without من
    # جهته; content the object NP, blind32's "أكد ... حصيلة التفجير", to the end of the sentence with its "فيما
    # يتعين ..." continuation, blind32's "فيما وصل"). Not claims: the byline, "بدأت"، "تستقبل" (acts), "وهنّأ"
    # (congratulations, blind14)
    16: [("وأوضح", None, "أنه تم تشكيل", "المقر بالشكل المناسب", False, True),
         ("وذكر", None, "أنه يتم", "والتعليمي داخل المدرسة", False, True),
         ("أكد", "مدير شؤون المعلمين عبدالله خضران", "أهمية إحضار", "المفاضلة المعدة لذلك", False, True)],
    # alweeam the Grand Mosque in Ramadan: "لتجسد لهم شعارًا امتثلته الرئاسة العامة لشؤون المسجد الحرام والمسجد
    # النبوي بقولها (خدمتكم وسام فخر لنا)" IS a claim (decided here: an institution's own motto given in its words
    # with the reporting noun "بقولها", claims-gold's "بقوله", blind27's "بقولها"; unlike blind21's slogans without a
    # reporting word and blind24/blind31's chanted slogans "ترديدها"); speaker the overt subject of "امتثلته",
    # whose clitic "ها" it resumes (claims-gold's "واختتم المدرب الهلالي حديثه بقوله"); parentheses as quotes:
    # direct (blind4/blind8/blind19/blind31). Not claims: "رصدت العدسة" (the camera), the writer's blessing
    # "فهنيئًا لك ..." (imperatives), the link line
    17: [("بقولها", "الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي", "(خدمتكم", "وسام فخر لنا)", True, True)],
    # alwatan the Observatory's nine-month toll: "وأضاف نطالب أيضا بإصدار قرار ملزم ... بين مكونات الشعب السوري"
    # IS a claim (a reporting verb before the source's first-person words, blind12's "وقال فهد المرواني نطالب ...":
    # no quotes, no colon: direct=false; a finite verb after the non-claim "وجدد المرصد ... مطالبته" with its subject
    # elided: null). Not claims: "وثق المرصد ... تنفيذ ... 26350 غارة"، "حيث تمكن المرصد من توثيق إلقاء ..."، "في
    # حين وثق المرصد تنفيذ ..."، "وتمكن المرصد ... من توثيق استشهاد 4844 ..." (documenting and recording figures,
    # acts: blind11's "وثقت غرفة الرياض في كتاب", blind23's "سجّلت طوارئ الأطفال ... أكثر 1500 حالة", blind24's
    # "رصدت استيلاء"; decided here for the monitor's "وثق"), "كذلك أسفرت غارات ..." (no source), "وجدد ...
    # مطالبته لمجلس الأمن" (a demand)
    18: [("وأضاف", None, "نطالب أيضا", "بين مكونات الشعب السوري", False, True)],
    # aljazirah Wolfsburg's Super Cup: no claim ("وجاء فوز فولفسبورج ليؤكد عقدة ..." -- a result "confirming" a
    # jinx, no source, blind2's "وهو ما يؤكد"; match report)
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind33.jsonl")
