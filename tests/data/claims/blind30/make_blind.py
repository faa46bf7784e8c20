"""Build claims-blind30.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261266) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind29.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind30.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind29/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the shadda of "أنّ"، "أنّهما"، "إنّ"، "محدّد" of aawsat
and alweeam; the tatweel of "الـزهـراني" (sabq), "عــــذب"، "ذقتــــــه" (okaz verse); the hamza-less "ان"، "الي"،
"اطلاق" of aleqtisadiya; the typos "hن" (alriyadh), "النارعلى"، "أسفرعن" (almadina) and "بطريقه" (almadina);
the straight quotes of aleqtisadiya, sabq, alriyadh and arriyadiyah, the curly “ ” of 3alyoum, the guillemets « »
of almadina, aawsat, alyaum and okaz, almadina's reversed "لـ»العربية»").
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
    # aleqtisadiya Hilal's channel has no licence: "كشفت لـ "الاقتصادية" مصادر مطلعة، بأن وزارة الثقافة والإعلام لم
    # تعط ... في الفترة المقبلة" (the addressee left out; content from بأن, blind22's "مبينة بأن"; the coordinated
    # "وأنه ما زالت هناك ..." inside, to the end of the sentence; "والحديث عن تفاصيلها" a topic noun inside;
    # unidentified sources: named=false) and "وأشارت المصادر ذاتها، إلى أن البرامج ... بشكل تقني وفني مميز" (the
    # coordinated "كما أن الطواقم الفنية ..." inside; blind28's "المصادر ذاتها": named=false). Not claims: the
    # training report ("ركز فيهما دونيس على" training, blind29), "وفنيا، يستهل الفريق ..." (a new sentence)
    0: [("كشفت", "مصادر مطلعة", "بأن وزارة", "في الفترة المقبلة", False, False),
        ("وأشارت", "المصادر ذاتها", "إلى أن البرامج", "تقني وفني مميز", False, False)],
    # sabq Baha university book fair: "وقال عميد شؤون المكتبات بالجامعة، الدكتور عبدالرحمن الشرفي: إن عدد الكتب ...
    # والإدارية" and "وأضاف: إن المعرض يستمر ... بكل يسر وسهولة" (colon + complementizer: direct, blind29's "وقال:
    # إن"; the apposition after the comma kept in the speaker), "وأشار " الشرفي" أن العرض يحظى ... الدكتور عبدالله
    # الـزهـراني" (the one-word name quoted as a whole spanned without its marks, blind28/blind29's "آل حرفش"; content
    # ending before the new clause with a new subject "، وتؤمل الجامعة ...", blind15/blind17/blind20/blind24) and
    # "وتؤمل الجامعة أن يحقق أهدافه ... وطلبة العلم" (a verb of hope, blind29's "يأمل"/"وتأمل"; the university named
    # in the text: named=true; the spaced final stop excluded). Not claims: "تقيم" (an act), "ويهدف المعرض إلى"
    # (purpose)
    1: [("وقال", "عميد شؤون المكتبات بالجامعة، الدكتور عبدالرحمن الشرفي", "إن عدد الكتب", "والتربوية والإدارية",
         True, True),
        ("وأضاف", None, "إن المعرض", "بكل يسر وسهولة", True, True),
        ("وأشار", "\" |الشرفي|\" أن", "أن العرض", "الدكتور عبدالله الـزهـراني", False, True),
        ("وتؤمل", "الجامعة", "أن يحقق", "والباحثين وطلبة العلم", False, True)],
    # almadina Kerry on Khamenei: "أكد وزير الخارجية الأمريكي جون كيري، في مقابلة خاصة مع قناة «العربية»، أنه سيلتقي
    # ... لضمان أمن دول الخليج" (the channel between commas left out; "التي تضمنها الاتفاق" a document's contents
    # inside), "واعتبر أن التصدي ... وهي دولة نووية" (null), "وشدد كيري في تصريحاته لـ»العربية» على أن ما تملكه ...
    # بطريقه مؤثرة جدًا" (ending before the next reporting word of the same source, "، وعند سؤاله ... أجاب كيري"),
    # the nested "تصريحات المرشد الأعلى لإيران ... والتي أكد فيها أن إيران ستبقى في حالة حرب مع أمريكا" (a relative
    # "أكد فيها", its subject elided: null, blind12's "بيانا ذكرت فيه", blind22's "كلمة ... أوضح فيها"), "أجاب كيري:
    # «لا أعرف ... عن الواقع»" (an answer, blind9's "وأجابت"; colon and marks: direct), "إلا أن كيري اعتبر أن تصريحات
    # خامنئي هذه «مقلقة للغاية ... في المنطقة»" (the subject of the clause outside the marks: partly quoted,
    # direct=false, blind21/blind22/blind24, though the quoted part is first person), "أجاب كيري: «لا أستطيع ... لكن
    # الرئيس الإيراني حسن روحاني قال في تعليقه على الاتفاق: «إنه مهتم ... مع دول المنطقة»" -- Kerry's quotation
    # has no closing mark of its own: his content runs to the one closing mark, shared with the nested Rouhani
    # quotation (blind3/blind4's verse nested to the same end; both direct; "في تعليقه على الاتفاق" left out). Not
    # claims: "وعند سؤاله حول تصريحات ..."، "وعلى سؤال «هل ستستخدم ...؟»" (the interviewer's questions, no source)
    2: [("أكد", "وزير الخارجية الأمريكي جون كيري", "أنه سيلتقي", "لضمان أمن دول الخليج", False, True),
        ("واعتبر", None, "أن التصدي", "وهي دولة نووية", False, True),
        ("وشدد", "كيري", "على أن ما تملكه", "بطريقه مؤثرة جدًا", False, True),
        ("والتي |أكد| فيها", None, "أن إيران ستبقى", "حرب مع أمريكا", False, True),
        ("أجاب", "كيري", "«لا أعرف", "تختلف التصريحات العلنية عن الواقع»", True, True),
        ("اعتبر", "كيري", "أن تصريحات خامنئي هذه", "أدوارًا مخرِّبة في المنطقة»", False, True),
        ("أجاب", "كيري", "«لا أستطيع", "علاقات مختلفة مع دول المنطقة»", True, True),
        ("روحاني |قال| في", "الرئيس الإيراني حسن روحاني", "«إنه مهتم", "علاقات مختلفة مع دول المنطقة»", True, True)],
    # alweeam NCB subordinated sukuk: "وأوضح البنك في إعلان نشره على موقع السوق المالية”تداول” اليوم أن هذه النوعية
    # ... لكفاية رأس المال" (the bank named just before: named=true; the channel and day left out), "،مبينا إن الصكوك
    # ... مصادر التمويل" (null), "وقال إن هذه الصكوك ... في تاريخ محدّد" (coordinated, elided subject: null) and
    # "،مشيرا إلى أنه تمّ الحصول ... لإصدار الصكوك" (null; ending before "،وعيّن البنك شركة ..." -- a new clause with
    # a new subject, the writer's account of an act, blind15/blind17/blind20/blind28). Not claims: "أنهى البنك"
    # (an act), the link line with its headline (blind10/blind11/blind29)
    3: [("وأوضح", "البنك", "أن هذه النوعية", "لكفاية رأس المال", False, True),
        ("مبينا", None, "إن الصكوك", "مصادر التمويل", False, True),
        ("وقال", None, "إن هذه الصكوك", "تاريخ محدّد", False, True),
        ("مشيرا", None, "إلى أنه", "لإصدار الصكوك", False, True)],
    # aawsat the IKEA killings (the story of blind7's alriyadh 1072055, another text): "تشتبه الشرطة السويدية بتورط
    # اثنين ...، هما شاب ووالدته، كما أعلنت الشرطة اليوم (الثلاثاء)" and "وقتل شخصان طعنًا ... لأسباب غير معروفة،
    # كما قالت الشرطة" (an "as" phrase after its clause: cue with كما, content before it from the sentence's first
    # word, blind7's almost identical "كما قالت الشرطة", blind18/blind22; "تشتبه" inside, not counted apart: a
    # cognitive verb, blind23/blind26; the day left out), "وأضاف المصدر نفسه أنّ الرجل ... اعتقل" (the police:
    # named=true, blind7's "وأضاف المصدر"), "وقالت الناطقة باسم شرطة فاستيراس فكتوريا هولمغرين لوكالة الصحافة الفرنسية
    # اليوم: «...»" (the addressee and day left out; direct), "لكن الصحيفة المحلية «في إل تي» ذكرت أنّهما كانا في
    # فاستيراس «في عطلة ...»" (a quoted fragment: direct=false; the quotes kept inside the longer noun phrase,
    # blind28), "وتابعت أنّهما «كانا في إيكيا ... بسكين»" (everything after the complementizer and its pronoun quoted:
    # direct, blind18's "موضحا انه "لا يملك ..."", blind12/blind13/blind21; null), "وقال المحققون الذين يستندون إلى
    # شهادات، إنّ في حوزتهم ... يشتبهون في شخصين" (the relative left out, blind21; investigators of no named body:
    # named=false, blind8's "مسؤولون"), "وكشف بير اغرين مسؤول الشرطة المحلية وإيفا مورين نائب المدعية المسؤولة عن
    # التحقيق، في مؤتمر صحافي اليوم، أنّهما إريتريان ... المزدوجة" (two coordinated sources in one speaker span,
    # blind26; the channel and day left out) and "وأضافت: «لا نعرف ... معرفتها»" (null, direct, the two sentences
    # inside the marks). Not claims: "ورفضت الناطقة الإدلاء بأي تعليق" (a refusal, blind10), "ولم يحددوا الدور"
    # (negated, blind11/blind26/blind29), "واعتقل رجلان" (passive)
    4: [("كما أعلنت", "الشرطة", "<تشتبه الشرطة السويدية", "هما شاب ووالدته", False, True),
        ("كما قالت", "الشرطة", "<وقتل شخصان", "لأسباب غير معروفة", False, True),
        ("وأضاف", "المصدر نفسه", "أنّ الرجل", "وراء الجريمة اعتقل", False, True),
        ("وقالت", "الناطقة باسم شرطة فاستيراس فكتوريا هولمغرين", "«يمكننا", "العمر 28 سنة»", True, True),
        ("ذكرت", "الصحيفة المحلية «في إل تي»", "أنّهما كانا", "أقرباء في فاستيراس»", False, True),
        ("وتابعت", None, "أنّهما «كانا", "وهوجما بسكين»", True, True),
        ("وقال", "المحققون", "إنّ في حوزتهم", "يشتبهون في شخصين", False, False),
        ("وكشف", "بير اغرين مسؤول الشرطة المحلية وإيفا مورين نائب المدعية المسؤولة عن التحقيق", "أنّهما إريتريان",
         "وقوع الجريمة المزدوجة", False, True),
        ("وأضافت", None, "«لا نعرف", "لنا معرفتها»", True, True)],
    # okaz column "من يحل الأزمة": "التي يقال بأن بعضها قد أقفل أبوابه نتيجة المعوقات التي فرضتها الوزارة، والجهات
    # المسؤولة في دول الاستقدام، وهذا ما يقول به المعنيون في الغرف التجارية" IS a claim -- the passive "يقال" is
    # given its source by "هذا ما يقول به ..." (blind15's "هذا ما بثته صحيفة الوطن", blind24's "هذا ما كشفت عنه مصادر
    # عدلية": cue phrase "ما يقول به" to the word before the speaker; content before the cue, the proposition from
    # "بأن"; those concerned in the chambers, unidentified: named=false). Not claims: the columnist's voice ("ولا
    # ندري"، "وما نعرفه أنها"، "أعتقد بأن"، "أعتقد أنها", blind15/blind21/blind29), "التي تعتبر الأغلى" (impersonal),
    # "فالوزارة تريد تقنين"، "التي تريد أيضا" (wishes), "تحكي قصص" (generic)
    5: [("ما يقول به", "المعنيون في الغرف التجارية", "<بأن بعضها", "والجهات المسؤولة في دول الاستقدام", False,
         False)],
    # 3alyoum Taif municipality did not bar the press: "أكد لـ”عين اليوم” المتحدث الرسمي لأمانة محافظة الطائف إسماعيل
    # إبراهيم أن الأمانة لم تمنع ... كما يشاع ويتم تداوله" (the addressee left out; "كما يشاع" passive, inside),
    # "موضحا في الشأن ذاته أن الأمانة قامت ... وتغطية المناسبات" (null; "في الشأن ذاته" left out), "وأضاف إبراهيم أن
    # الصحفيين ... وقاموا بالتصوير", "مؤكدا أنه لم يمنعهم أحد" (null), "وأشار إبراهيم إلى أن الصحف ... من الحفل" with
    # the nested "المزاعم والادعاء بأن اللجنة المنظمة منعت الإعلاميين من الحفل" (a reporting noun with its content,
    # the allegers never named: null, blind24's "ورود تقارير عن غرق ..."; cue "والادعاء", the noun that governs
    # بأن; decided here -- not yet counted elsewhere, unlike blind27's "كما تدعي المرأة"), "مشيرا إلى أنه إن كان ...
    # علاقة بذلك"
    # (null) and, inside the editorial "يشار إلى أن ...", "غير أن الأمانة قامت بالتوضيح وأكدت أنها لم تمنع أحدا"
    # (claims inside the formula are counted, blind11/blind28; coordinated after a non-claim verb, elided subject:
    # null, blind20-blind25). Not claims: the byline, "يشار إلى أن" (editorial), "وجهوا انتقاداتهم" (criticism),
    # "قامت بالتوضيح" (no content), the tag line "سمات ..."
    6: [("أكد", "المتحدث الرسمي لأمانة محافظة الطائف إسماعيل إبراهيم", "أن الأمانة لم", "كما يشاع ويتم تداوله",
         False, True),
        ("موضحا", None, "أن الأمانة قامت", "وتغطية المناسبات", False, True),
        ("وأضاف", "إبراهيم", "أن الصحفيين", "وقاموا بالتصوير", False, True),
        ("مؤكدا", None, "أنه لم يمنعهم", "لم يمنعهم أحد", False, True),
        ("وأشار", "إبراهيم", "إلى أن الصحف", "الإعلاميين من الحفل", False, True),
        ("والادعاء", None, "بأن اللجنة", "الإعلاميين من الحفل", False, True),
        ("مشيرا", None, "إلى أنه إن كان", "للأمانة علاقة بذلك", False, True),
        ("وأكدت", None, "أنها لم تمنع", "لم تمنع أحدا", False, True)],
    # was the Arab League mourns Saad Dawabsha: "وقال الأمين العام المساعد رئيس قطاع فلسطين والأراضي العربية المحتلة
    # بالجامعة العربية السفير محمد صبيح، في تصريح له اليوم إن هذا الحادث ... لابد أن يدفع الثمن" (the channel left
    # out), "عاداً أن المجرم ليس ... بالتغطية عليه" (a verb of opinion, as معتبرا; null) and "وأضاف أن الحكومة
    # الإسرائيلية ... المتطرفة العنصرية" (null). Not claims: "نعت جامعة الدول العربية المواطن ..." (mourning a person:
    # an act with a person as object, no content, as the condolences "رفع ... التعازي" of blind20/blind25; decided
    # here), "وطالب المحكمة الجنائية الدولية بالتحقيق" (a demand), the dateline, "// انتهى //", the time line
    7: [("وقال", "الأمين العام المساعد رئيس قطاع فلسطين والأراضي العربية المحتلة بالجامعة العربية السفير محمد صبيح",
         "إن هذا الحادث", "لابد أن يدفع الثمن", False, True),
        ("عاداً", None, "أن المجرم", "بالتغطية عليه", False, True),
        ("وأضاف", None, "أن الحكومة الإسرائيلية", "والأفكار المتطرفة العنصرية", False, True)],
    # aljazirah Prince Bandar receives scouting medals: no claim ("تلقى"، "والتقى"، "وتبادل"، "وشاركهم" acts; "وأبرز
    # سمو الأمير ... جهود مؤسسة ... ودورها في نشر قيم التسامح" -- showcasing the foundation's efforts, an object NP and
    # no statement, as blind3's "مستعرضاً أبرز برامج" and blind29's "جرى استعراض"; decided here)
    8: [],
    # alriyadh Balotelli's Liverpool adventure over: "وكشف موقع "اي اس بي ان" المتخصص بأن سفر ليفربول ... إلى فنلندا
    # ايضا" (the quotes kept inside the longer noun phrase, blind28/blind29; "كما هناك توجه ..." after the full stop
    # left out, a new sentence with no cue, blind12/blind27/blind29), "وسبق لليفربول أن ألمح إلى استعداده للاستماع
    # إلى العروض في ما يخص بالوتيلي" (a hint, blind15's "يلمح برغبته"; the club spanned without the glued لـ; content
    # ending before the writer's gloss "الذي يتوجه على الأرجح ... ولاتسيو", blind24's glosses left out) and "وتوجه
    # المهاجم الايطالي الى الذين انتقدوا ...، قائلا: "هل تعرفوني؟ ... اخرسوا!"" (cue the participle after a verb
    # that is not a reporting verb, blind27/blind29's "قائلة"; speaker its overt subject; the questions and the
    # imperative of his quoted words are his statement, as blind5/blind19's quoted questions; direct, the "!" inside
    # the marks kept). Not claims: "يبدو hن" (impersonal), "قرر" (a decision), "قدرت" (passive), "ما يؤكد أن" (a
    # non-source subject, blind21/blind29), "طالبا منهم أن "يخرسوا"" (a demand), "انتقدوا" (criticism), "لا شك بأنها"
    # (the writer)
    9: [("وكشف", "موقع \"اي اس بي ان\" المتخصص", "بأن سفر", "إلى فنلندا ايضا", False, True),
        ("ألمح", "ل|ليفربول| أن ألمح", "إلى استعداده", "في ما يخص بالوتيلي", False, True),
        ("قائلا", "المهاجم الايطالي", "\"هل تعرفوني؟", "اخرسوا!\"", True, True)],
    # alyaum the "Ehsas" group visits an old women's home: "وأوضحت مديرة إدارة لجنة خدمة المجتمع في الجمعية التعاونية
    # للنقل التعاوني «إحساس» نداء القصيبي، أن الهدف من إقامة الاحتفاء ... شاركت فيها الأمهات والمتطوعات" (the
    # quotes kept inside the longer noun phrase; content ending before "، واستقبلت الأمهات بالأهازيج ..." -- a new
    # clause with a new (passive) subject, the writer's account of the reception, blind15/blind17/blind20/blind28).
    # Not claims: "نظمت"، "كرمت"، "قدمت هدايا" (acts), "وأثنت القصيبي، على" (praise), "قدمت ... الشكر لفريق عمل"
    # (bare thanks, blind20's "وقدّم ... شكره وتقديره", blind9/blind28's "مقدما الشكر"/"شاكرا"), "يذكر أن"
    # (editorial), "تهدف إلى" (purpose)
    10: [("وأوضحت", "مديرة إدارة لجنة خدمة المجتمع في الجمعية التعاونية للنقل التعاوني «إحساس» نداء القصيبي",
          "أن الهدف", "فيها الأمهات والمتطوعات", False, True)],
    # aleqtisadiya Yonhap: North Korea builds a launch tower: "قالت وكالة انباء يونهاب الكورية الجنوبية اليوم الاربعاء
    # ان كوريا الشمالية ... في اكتوبر تشرين الاول" (the day left out), "واضاف تقرير الوكالة ان البرج ... ديسمبر
    # كانون الاول 2012" (a report as speaker, claims-gold's "بيان لوزارة الصحة العامة": named=true; the spaced final
    # stop excluded), "واعتبر كثير من المراقبين ان ذلك الاطلاق ... في الفضاء" (unidentified: named=false), "ونسبت
    # يونهاب الي مصدر بالحكومة الكورية الجنوبية قوله "تقييمنا ... اونها-3 ."" (the rule of make_gold.py for "نقل عن X
    # قوله" applied to "نسب الى X قوله": cue the verb, speaker X; an unnamed source: named=false; direct, the spaced
    # stop inside the marks kept; decided here), "ونقلت يونهاب عن المصدر قوله ان عملية الاطلاق ... اكتوبر تشرين
    # الاول" (the same unnamed source: named=false, blind8's "وأشار المصدر"), "لكن مسؤولا قال انهم يسعون للتحقق من
    # صحته" (named=false) and "لكن محللين يرون انها على مبعدة سنوات من اتمام عملية التطوير" (a verb of opinion,
    # blind26/blind29's "ويرون"; named=false; "وهي تعمل ايضا ..." after the full stop left out). Not claims:
    # "وبموجب قرارات للامم المتحدة" (a document's provisions, not a source of a statement), "ويشير اونها-3 الي"
    # (a reference, definitions), "ولم تتمكن وزارة الدفاع ... من تأكيد التقرير" (negated), "ومن المعتقد ان"
    # (impersonal)
    11: [("قالت", "وكالة انباء يونهاب الكورية الجنوبية", "ان كوريا", "اكتوبر تشرين الاول", False, True),
         ("واضاف", "تقرير الوكالة", "ان البرج", "ديسمبر كانون الاول 2012", False, True),
         ("واعتبر", "كثير من المراقبين", "ان ذلك الاطلاق", "في مدار في الفضاء", False, False),
         ("ونسبت", "مصدر بالحكومة الكورية الجنوبية", "\"تقييمنا", "من اونها-3 .\"", True, False),
         ("ونقلت", "المصدر", "ان عملية الاطلاق", "من اكتوبر تشرين الاول", False, False),
         ("قال", "مسؤولا", "انهم يسعون", "للتحقق من صحته", False, False),
         ("يرون", "محللين", "انها على", "اتمام عملية التطوير", False, False)],
    # sabq Empire State Building lit with endangered animals: "صور الأسد سيسيل الأسد، الذي أعلنت السلطات أنه قتل في
    # زيمبابوي، بصورة غير قانونية ... في مطلع الشهر الجاري" (the overt subject inside the relative; "السلطات"
    # unidentified: named=false, blind11's "القت السلطات"). Not claims: "اختارت نيويورك أن تكرم" (a choice), "فقامت
    # بعرض"، "تم عرض" (acts), "والمقرر عرضه" (passive), the byline
    12: [("أعلنت", "السلطات", "أنه قتل", "في مطلع الشهر الجاري", False, False)],
    # almadina Hafr al-Batin shooting: "من جانبه أوضح العقيد زياد الرقيطي الناطق الإعلامي لشرطة المنطقة الشرقية، أنه
    # عند الساعة ... وحالتها الصحية مطمئنة ولله الحمد" (cue without "من جانبه"; "ولله الحمد" kept, blind28) with the
    # nested "ورد بلاغ لشرطة محافظة حفرالباطن يفيد عن قيام ثلاثة أشخاص ... مما أسفرعن اصابتها بالفخذ" (blind26's
    # "تلقت بلاغاً من مواطن يفيد بأن": cue the verb, the caller never named: null; content from عن, ending before
    # the police's "وتم نقلها ..."). Not claims: "أطلق مجهولون" (an act), "وباشر المختصون" (an act), "يذكر أن"
    # (editorial)
    13: [("أوضح", "العقيد زياد الرقيطي الناطق الإعلامي لشرطة المنطقة الشرقية", "أنه عند الساعة", "مطمئنة ولله الحمد",
          False, True),
         ("يفيد", None, "عن قيام", "اصابتها بالفخذ", False, True)],
    # aawsat the famous elder sister (a column on Amal Alamuddin, Kate and Pippa Middleton): no claim ("نجد أن" the
    # writer's voice, "التي وضعت نصب عينيها شيئا وحيدا هو أنها ستصبح ..." a resolve, no utterance)
    14: [],
    # arriyadiyah Riviere's knee: "بعد أن كشف المدرب ستيف مكلارين عن أن مهاجم الفريق ... الشهر الماضي", "وقال مكلارين
    # لصحيفة كرونيكل "اعتقد ... نبحث في هذا الأمر."" (the addressee left out; the first-person "اعتقد" inside the
    # quote), "وقال مكلارين "سيتدرب ... كابيلا."", "وذكرت تقارير أن نيوكاسل مهتم بضم ... كوينز بارك رينجرز" (blind21's
    # "وذكرت تقارير": named=false; ending before "إلا أن مكلارين تباهى ...", a new clause with a new subject), "وقال
    # المدرب السابق لمنتخب انجلترا "..."" (identified by his description: named=true, blind29's "مؤسس أكبر شبكة"),
    # "وأضاف "قلنا أننا نريد ... لذا فإننا نواجه مشكلة حقيقية."" (null, direct, the stops inside the marks kept) and
    # the nested "قلنا أننا نريد تشكيلة كبيرة حقا ونريد أن يتم اختيار الجميع للمشاركة" (his report of his own earlier
    # statement, blind15's "قلت عدة مرات من قبل أنني أريد أن ألعب"; null; direct=false). Not claims: "تباهى أيضا
    # بقوة مقعد البدلاء" (boasting of his own squad: a bare verb with its PP, no stance noun or statement, as praise
    # "أشاد بـ", an event in make_gold.py; decided here), "ركزت على هذا" (inside the quote, training)
    15: [("كشف", "المدرب ستيف مكلارين", "عن أن مهاجم", "لإصابة الشهر الماضي", False, True),
         ("وقال", "مكلارين", "\"اعتقد", "في هذا الأمر.\"", True, True),
         ("وقال", "مكلارين", "\"سيتدرب", "لريمي كابيلا.\"", True, True),
         ("وذكرت", "تقارير", "أن نيوكاسل", "مهاجم كوينز بارك رينجرز", False, False),
         ("وقال", "المدرب السابق لمنتخب انجلترا", "\"الطاقم الفني", "فترة الإعداد.\"", True, True),
         ("وأضاف", None, "\"قلنا", "مشكلة حقيقية.\"", True, True),
         ("قلنا", None, "أننا نريد", "الجميع للمشاركة", False, True)],
    # okaz column "النابغة الذبياني 2" (Ma'arri's Risalat al-Ghufran retold): "فترافع النابغة الذبياني مدافعا عن نفسه
    # بالقول : إنه كان مؤمنا ... عليه الصلاة والسلام" (the reporting noun with بـ as cue, claims-gold's "بقوله", its
    # speaker the overt subject; colon + complementizer: direct, blind29's convention, though in the third person),
    # "يطرح أبو العلاء المعري سؤالا على النابغة الذبياني يقول فيه : يا أبا أمامة ... خاصة وعامة ؟" (a reported
    # question with its source, blind5/blind19/blind27's "وتساءل"; the relative "يقول فيه": null, blind22's "أوضح
    # فيها"; colon: direct; the "؟" kept, blind5) nesting "أن تقول للنعمان بن المنذر : زعم الهمام ... العطش الصدى"
    # (the poet's quoted verse with a verb of saying and a colon, blind20's "يقول السبيعي:"; "you": null; direct)
    # and in the verse "زعم الهمام بأن فاها بارد عــــذب إذا ما ذقتــــــه قلت ازدد" and "زعم الهمام ولم أذقه بأنه
    # يشفى ... العطش الصدى" (words reported in a poem, blind23's "جيت الطبيب وقال"; "الهمام" the king al-Nu'man named
    # in the text: named=true; the poet's aside "ولم أذقه" left out; direct=false), "فيقول النابغة بذكاء وفهم ؛ لقد
    # ظلمني ... وما بعده ؟" (the manner adverbs left out; a semicolon, not a colon, and no marks: direct=false, as
    # claims-gold's "ويقول لا أدري ..."; decided here), "فيقول ــ أرغم الله أنف شانئه ــ ننشد، ... على الخطاب" (the
    # interlocutor's reply, elided subject: null; the prayer between dashes left out; no colon: direct=false) and
    # "فيقول النابغة : قد يسوغ هذا، ... إزراء وتنقص" (colon: direct). Not claims: "وقد تخيل أبو العلاء المعري ...
    # أنه قابل ..." (imagining, a cognitive verb, blind23/blind26), "أنكره عليك" and "من عاب علي" (criticism),
    # "فأمرني أن أذكرها" (an order), "فأدرت ذلك في خلدي فقلت إن وصفتها ..." (speech in his mind = deliberation, a
    # cognitive act, unlike blind7's unmarked "وقلت لن أخرج"; decided here), "وخشيت"، "فرأيت أن أسند"، "لظن السامع"
    # (fear, decision, belief), "فأقول : زعم الهمام" and "لأن قولي : زعم الهمام يؤدي معنى قولنا : قال الهمام" (the
    # phrase mentioned, not asserted: a result clause and metalanguage, blind15's "ليقول النساء سبب الفساد"; decided
    # here), "وكيف ينشدون : «...»" (reciting, blind20; inside), "يحكي عن نفسه" (conditional), "ملاحظة : ... تعني"
    # (a definition), "ما يقال فيها" (passive), "السطر الأخير : أنا الذي ..." (a verse without a verb of saying,
    # blind23)
    16: [("بالقول", "النابغة الذبياني", "إنه كان مؤمنا", "عليه الصلاة والسلام", True, True),
         ("يقول", None, "يا أبا أمامة", "خاصة وعامة ؟", True, True),
         ("تقول", None, "زعم الهمام بأن", "العطش الصدى", True, True),
         ("زعم", "الهمام", "بأن فاها", "قلت ازدد", False, True),
         ("زعم", "الهمام", "بأنه", "العطش الصدى", False, True),
         ("فيقول", "النابغة", "لقد ظلمني", "وما بعده ؟", False, True),
         ("فيقول", None, "ننشد، وإذا", "نزعت على الخطاب", False, True),
         ("فيقول", "النابغة", "قد يسوغ", "إزراء وتنقص", True, True)],
    # 3alyoum citizens' five-hour boycott of stc: "أعلن عدد من المواطنين عن نيتهم في عمل إضراب ... إلى الساعة 10،
    # وذلك رغبة منهم في تكبيد الشركة ... لباقات الإنترنت" (an unnamed group, claims-gold's "عدد من الجهات المختصة":
    # named=false; the "وذلك" tail kept, blind23/blind28; ending before "، حيث كانت الشركة قد ألغت ..." -- the writer's
    # background with a new subject, blind27's "وذلك رداً على ..." context, blind15/blind17/blind20), "ووصف المواطنون
    # ما قامت به الشركة بالجشع الذي يجب أن يواجه ... لما قامت به" (blind2/blind29's "وصفها بـ": content from بـ, the
    # relative of the description inside; named=false) and "مؤكدين أن خدمات الإنترنت ... لسوء الخدمات" (after a
    # claim: null, blind29). Not claims: "مما أثار استياء وضجر" (a reaction), "دشنوا ... هاشتاق ... تعبيراً عن غضبهم"
    # (an act as an expression, blind26's "وتعبيرا عن تقديرهم" not counted apart; a hashtag, no statement), the byline
    17: [("أعلن", "عدد من المواطنين", "عن نيتهم", "أسعارها لباقات الإنترنت", False, False),
         ("ووصف", "المواطنون", "بالجشع", "مماثل لما قامت به", False, False),
         ("مؤكدين", None, "أن خدمات", "نظراً لسوء الخدمات", False, True)],
    # was Abha touristic tent, tenth day: no claim (a marathon, lectures "بعنوان ..."، courses, acts; the dateline,
    # "//انتهى//", the time line)
    18: [],
    # aljazirah Turabah Eid festival closes: "وقال سلمان الدعيجاء، الرئيس التنفيذي للمهرجان: إنه تم السحب ... عبدالمجيد
    # الشراري. وإن فعاليات العيد سجلت ... خلال أيام الفعاليات" (colon + complementizer: direct; ONE claim over the full
    # stop: the second sentence opens with the complementizer "وإن" still governed by قال, blind12/blind28's whole
    # account, unlike blind12/blind27's new sentence with no cue; decided here) and "فيما أوضح الأستاذ مبارك الخصي،
    # رئيس الفعاليات واللجان المنظمة، أن المهرجان حقق ... بمحافظة طبرجل" (the apposition kept, the honorific
    # "الأستاذ" kept; cue without فيما, blind26; his account to the end of its sentence). Not claims: "اختتم" (an act),
    # "وتحدث الخصي نيابة عن المشرف العام ... في الختام" (talk with no content), "وشكر شركاء النجاح ..."، "كما شكر
    # اللجان" (bare thanks, blind20/blind21), "قام ... بتكريم" (an act)
    19: [("وقال", "سلمان الدعيجاء، الرئيس التنفيذي للمهرجان", "إنه تم السحب", "خلال أيام الفعاليات", True, True),
         ("أوضح", "الأستاذ مبارك الخصي، رئيس الفعاليات واللجان المنظمة", "أن المهرجان",
          "التنمية الاجتماعية بمحافظة طبرجل", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind30.jsonl")
