"""Build claims-blind28.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261262) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind27.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind28.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind27/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the tanwin of "معبراً"، "مؤكداً"، "مشيرةً"، "بلاغاً"
and its place in "مشددًا"; the unvowelled "معربا"، "مؤكدا"، "مشيرا"; "اعلنت"، "انها"، "اطلقت"، "اخرى" of alriyadh
without hamza; "المركبه" of alweeam as written; the straight quotes of aleqtisadiya and alriyadh, the
guillemets « » of okaz and aawsat).
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
    # arreyadi column "منصور البلوي الأفضل": no claim. "خرجوا علينا بمصطلح (التكديس)" (a label, naming: blind27's
    # "تطلق على نفسها"، "يطلق عليه لقب"), "وظنوا أنه سيذهب ..." (a belief, a cognitive verb: blind9's "ظنا منه أن",
    # blind20's "ظن"), "حضر منصور في أكبر استفتاء أجرته إذاعة ... ليحصل على المركز الأول" (the columnist's account
    # of a poll's result, no reporting word), "مبروك" (congratulations), "نسيت أن أخبركم" (the columnist's voice,
    # blind11's arreyadi column "نسيت أن أخبركم، أن")
    0: [],
    # almadina theatre course in Dammam: no claim ("تقيم"، "يقدمها"، "يتلقى" acts; "منها:" a list)
    1: [],
    # aleqtisadiya column on Saudisation in contracting and maintenance: "نشرت جريدة "الجزيرة" أن وزارة العمل تشرع
    # ... سوق العمل" (a newspaper's report with its content, blind2's "لما نشرته "سبق" عن ..."، blind6's "وكانت
    # «عكاظ» نشرت سابقا تفاصيل"، blind15's "ما بثته صحيفة الوطن"; the quotes kept inside the longer noun phrase;
    # "تحت عنوان "..."" left out), "كما أكدت المصادر ذاتها تشكيل لجنة حكومية ... السعودية" (cue without كما; content
    # the object NP; "المصادر ذاتها": named=false as blind19's identical okaz "وذكرت المصادر ذاتها") and "وكان خبراء
    # ومتخصصون وقياديون في كبريات الشركات ... بقطاع المقاولات قد أجمعوا على أهمية بناء ... ونقل وتوطين التقنية""
    # (blind7's "وأجمعوا على أن": an opinion; cue the verb without "قد"، as blind13's "وكان الخبراء يتوقعون"; the
    # identifying PPs kept in the speaker, blind16's "المغردون في الهاشتاق"; unidentified experts: named=false; the
    # closing quote that opens nowhere kept, blind3/blind10/blind14, direct=false). Not claims: "أود الإشادة"
    # (praise, the columnist), "لأتناول وجهة نظري"، "حيث أتفق معهم ... وأختلف معهم"، "سأوضح لماذا"، "لا أعلم"،
    # "أختتم بضرورة" (the columnist's present voice, the first set's "وأقول:"، blind15's "ما زلت أقول"), "وفق
    # التخصصات" (a non-source), "يجب ..." (the columnist), "تشعرها بأنها المسؤول" (a feeling caused, no source)
    2: [("نشرت", "جريدة \"الجزيرة\"", "أن وزارة العمل", "يحتاج إليها سوق العمل", False, True),
        ("أكدت", "المصادر ذاتها", "تشكيل لجنة", "استراتيجية التوظيف السعودية", False, False),
        ("أجمعوا", "خبراء ومتخصصون وقياديون في كبريات الشركات العاملة في قطاع البناء والتشييد والمقاولات، وكذلك في "
         "المؤسسات المعنية بإدارة وتطوير قطاع التدريب والتأهيل المرتبط بقطاع المقاولات",
         "على أهمية بناء", "ونقل وتوطين التقنية\"", False, False)],
    # okaz Yanbu hospital video: "بينما والدها يتذمر مما يعتبره سوء في الخدمة الصحية المقدمة لها بالمستشفى" (a
    # relative "ما" with a verb of opinion, blind6's "على ما اعتبره ممارسات ..."، blind18's "وقلل راجح مما اعتبره
    # محاولات ...": cue the verb, null, content the predicate NP; "يتذمر" a complaint, not a claim), "وأفاد القطاع
    # الصحي في بيان أنه اتضح من التحقيق أن مواطنا ... عما بدر منه تجاه التمريض المرافق لابنته»" (the statement's
    # whole account: its content runs over the full stops through the series of passive "وتم ..." sentences to the
    # closing » that opens nowhere, kept (blind3/blind10/blind14) -- blind2's sabq Asir fire "the whole account",
    # blind12's alweeam Tabuk "the same series"; the hospital's own voice ("ولي أمرهن") throughout; decided here;
    # "في بيان" left out; direct=false), and inside "يذكر أن" (editorial) "في ما اعتبره إهمالا ... مصابة بوعكة
    # صحية" (null, as above) and "مشيرا إلى أنها ظلت ... اللازمة لها" (a participle after the non-claim verbs
    # "ظهر ... وهو يناشد" with the overt subject "والد الطفلة": that subject is its speaker, blind14/blind16/blind17/
    # blind21/blind24; the story's father, identified though unnamed: named=true, blind10/blind14). Not claims:
    # "أجرى ... تحقيقا حول ما ورد في مقطع فيديو ... وتظهر فيه طفلة" (a topic; a video showing, blind27's photos),
    # "يتذمر" (a complaint), "يذكر أن" (editorial), "يناشد المسؤولين ... التحقيق" (an appeal), "اتضح" (a finding,
    # inside), "والتوصية بالمتابعة" (a recommendation, inside)
    3: [("يعتبره", None, "سوء في", "المقدمة لها بالمستشفى", False, True),
        ("وأفاد", "القطاع الصحي", "أنه اتضح", "المرافق لابنته»", False, True),
        ("اعتبره", None, "إهمالا من", "مصابة بوعكة صحية", False, True),
        ("مشيرا", "والد الطفلة", "إلى أنها ظلت", "الرعاية الصحية اللازمة لها", False, True)],
    # alriyadh GCC secretariat on the Asir mosque bombing: "دانت الأمانة العامة ... ووصفه بأنه جريمة بشعة ...
    # الإسلامية والإنسانية كافة" (the condemnation is an event; "ووصفه ... بأنه" a claim, blind11/blind17/blind25's
    # "وصف ... بأنه", content from "بأنه"; a coordinated verb with an elided subject: null), "وأعرب الأمين العام لمجلس
    # التعاون الدكتور عبداللطيف الزياني عن وقوف دول المجلس ... منتهكة حرمة بيوت العبادة" (expression + stance noun;
    # "منتهكة" describes the groups, inside), "معربا عن ثقته في كفاءة ... إلى القضاء العادل" (null), "وأكد تصميم دول
    # مجلس التعاون ... مصادر تمويلها" (null; content the object NP) and "معبراً عن تعازيه الحارة لذوي الشهداء ...
    # وزارة الداخلية" (expressed condolences are claims, blind3/blind21/blind25's "أعرب عن تعازيه"; null). Not
    # claims: "دانت" (condemnation), "متمنيا للجرحى الشفاء العاجل" (a get-well wish, blind9/blind13/blind16/blind17)
    4: [("ووصفه", None, "بأنه جريمة", "الإسلامية والإنسانية كافة", False, True),
        ("وأعرب", "الأمين العام لمجلس التعاون الدكتور عبداللطيف الزياني", "عن وقوف", "منتهكة حرمة بيوت العبادة",
         False, True),
        ("معربا", None, "عن ثقته", "وتقديمهم إلى القضاء العادل", False, True),
        ("وأكد", None, "تصميم دول", "وتجفيف مصادر تمويلها", False, True),
        ("معبراً", None, "عن تعازيه", "وكافة منسوبي وزارة الداخلية", False, True)],
    # aljazirah Al-Ahsa health team visits the Khurais bus accident's injured: "ويشار إلى أنه وفق آخر تحديث للإحصائية
    # التي سجلت بصحة الأحساء بلغ مجمل عدد المصابين (50) حالة ... بواسطة هيئة الهلال الأحمر السعودي" (a named
    # directorate's statistics, its issuer in the relative clause: blind22's "وفقاً لتقرير فريق الإحصاء" and "وبينت
    # الإحصائية" (an issued document: named=true), blind23's "البيانات التي جمعتها بورصة كوريا", blind26's "تقرير"
    # without its relative; unlike blind15's issuer-less "وحسب إحصاءات عام 1433هـ"; decided here for "وفق ...
    # للإحصائية التي سجلت بصحة الأحساء"; cue "وفق" alone; speaker the noun phrase without its relative; content
    # the main clause after the phrase to the end of its sentence; "ويشار إلى أنه" editorial, left out), "وأشار
    # سعادته إلى أن معظم الحالات ... من باقي المستشفيات" (the honorific as speaker: named=true, blind27's "معاليه")
    # and "وأكد في نهاية الزيارة على ضرورة استمرار ومواصلة العمل لحين انتهاء الأزمة" (blind6/blind9/blind19's "شدد
    # على ضرورة"; null; "في نهاية الزيارة" left out; ending before "،كما وجه", a directive). Not claims: "بتكليف"،
    # "قام فريق ... بزيارة"، "تم خلال الزيارة الوقوف والتأكد" (acts), "ووجه بسرعة نقل"، "كما وجه باستمرار"
    # (directives), "شاكرا ... المبادرات" (bare thanks, blind18/blind25/blind26)
    5: [("وفق", "آخر تحديث للإحصائية", "بلغ مجمل", "بواسطة هيئة الهلال الأحمر السعودي", False, True),
        ("وأشار", "سعادته", "إلى أن معظم", "من باقي المستشفيات", False, True),
        ("وأكد", None, "على ضرورة", "لحين انتهاء الأزمة", False, True)],
    # sabq Gulf Cup 23 decided in the secretaries' meeting tomorrow: no claim. "تحسم اللجنة ... مصير" (a decision to
    # come), "حيث سيتم الاطلاع"، "ستشهد الاجتماعات مناقشة" (passive, topics), "ويشارك" (an act). The same story as
    # blind26's alyaum 4081529 (no claim there either), see SOURCE-blind28.txt
    6: [],
    # was the Holy Mosque institute resumes its lessons: "أعلن معهد الحرم المكي الشريف عن استئناف برنامج ( ... )
    # ... بتوسعة الملك فهد - رحمه الله" (to the end of the sentence, the "وذلك" tail included, blind3/blind4/blind17/
    # blind23; the closing dash after the formula excluded, blind24's "حفظهم الله") and "وأوضح مدير المعهد الشيخ
    # سلمان بن صالح المقوشي أن هذه البرامج ... والمسجد النبوي" (its "- وفقها الله -" kept inside). Not claims: the
    # dateline, "// انتهى //" and the time line
    7: [("أعلن", "معهد الحرم المكي الشريف", "عن استئناف", "فهد - رحمه الله", False, True),
        ("وأوضح", "مدير المعهد الشيخ سلمان بن صالح المقوشي", "أن هذه البرامج", "الحرام والمسجد النبوي", False,
         True)],
    # aawsat the UAE foreign minister on the Asir bombing: "وأكد الشيخ عبد الله بن زايد أمس في تصريح له تضامن دولة
    # الإمارات ... بكل صوره وأشكاله" (content the object NP; "أمس في تصريح له" left out), "مشددًا أن دولة الإمارات
    # تقف ... في أمن واستقرار المنطقة" (null), "وقال: «إن هذه ... المتطرفة»" (null, direct), "مؤكدا أن «هذه
    # الجرائم ... واستئصاله»" (the whole clause quoted after the complementizer: direct, blind12/blind13/blind21's
    # "وأكد أن «...»"; null), "وشدد على ضرورة تضافر ... أي حرمة" (blind6/blind9/blind19; null) and "وأعرب عن تعازي
    # دولة الإمارات الحارة ... وتمنياتها بالشفاء العاجل للجرحى والمصابين" (expressed condolences, blind21/blind25;
    # the coordinated get-well wish inside its object; null). Not claims: "أدان" (condemnation), "داعيا الله أن"
    # (a prayer)
    8: [("وأكد", "الشيخ عبد الله بن زايد", "تضامن دولة", "بكل صوره وأشكاله", False, True),
        ("مشددًا", None, "أن دولة الإمارات", "في أمن واستقرار المنطقة", False, True),
        ("وقال", None, "«إن هذه", "الإرهابية المتطرفة»", True, True),
        ("مؤكدا", None, "أن «هذه", "ودحره واستئصاله»", True, True),
        ("وشدد", None, "على ضرورة", "وأماكن العبادة أي حرمة", False, True),
        ("وأعرب", None, "عن تعازي", "للجرحى والمصابين", False, True)],
    # alyaum the Interior Ministry's training programme for spokesmen: "وأوضح مدير عام الإدارة العامة للعلاقات
    # العامة والإعلام بالوزارة اللواء الدكتور محمد بن عبدالله المرعول، أن البرنامج ... لوسائل الإعلام المختلفة"
    # (the directives "توجيهات ... بضرورة" inside) and "وبين البرنامج يشتمل على ... في وزارة الداخلية" (the
    # complementizer missing in the text: "وبين [أن] البرنامج ..." -- a coordinated verb with an elided subject,
    # null, content from "البرنامج" as written, blind2's sabq Asir fire without complementizer; not "the programme
    # showed", which leaves "يشتمل" without a link; decided here). Not claims: "تعقد" (an act)
    9: [("وأوضح", "مدير عام الإدارة العامة للعلاقات العامة والإعلام بالوزارة اللواء الدكتور محمد بن عبدالله المرعول",
         "أن البرنامج", "لوسائل الإعلام المختلفة", False, True),
        ("وبين", None, "البرنامج يشتمل", "الإعلامي في وزارة الداخلية", False, True)],
    # alweeam Jazan police on a killing in Abu Arish: "تلقت بلاغاً بعد صلاة الجمعه الماضي ، العثور على سيارة احترقت
    # ... وبجانبها قائد المركبه" (a received report, counted since blind7/blind9 (blind25's rule): cue the noun, the
    # caller never named: null; here without "عن"/"مفاده", the content NP after the time adverb and comma, annotated
    # as written -- the noun بلاغ is in the text, unlike blind23's "عن حادث مفاده"; ending before "، وبعد رفع
    # المعلومات", the police's acts; decided here). Not claims: "بعد تهديده" (a threat, an act), "تبين أن"، "اتضح
    # بأنه" (findings), "تشير لهم اصابع الاتهام" (an idiom, suspicion), the link line with its headline "تكشف
    # تفاصيل" (blind24)
    10: [("بلاغاً", None, "العثور على", "وبجانبها قائد المركبه", False, True)],
    # alwatan column "النفوس المشرقة": no claim. "أرسل إليَّ أحد الإخوة رسالة طويلة كلها تشاؤم من ..." (a message
    # sent, characterised by the columnist, no content of its own: blind11's "وهو ما نشرته «عكاظ»"; decided here),
    # "فرددتُّ عليه بمقطع" (the columnist's act), "وهذه رسالة عظيمة من رسائل القادة والمفكرين والمصلحين "إن أريد إلا
    # الإصلاح ما استطعت" هود/88" (a verse quoted without a verb of saying of its source, with its reference: blind23's
    # almadina opening verse; "رسالة" the columnist's characterisation), "عملًا بهدي معلمنا" (no statement), the
    # columnist's "نحن ..."، "أفلا نتعلم"، "نحن مطالبون"
    11: [],
    # arriyadiyah Saudi youth basketball beat Algeria: no claim. "أشاد ... بالمستوى المميز" (praise), "مقدماً التهنئة"
    # (congratulations), "ومتمنياً التوفيق في حصد كأس البطولة" (a ritual good wish with an NP object, as the get-well
    # wishes of blind9/blind13/blind16/blind17; unlike blind14's "متمنين أن تساهم ..." a hope about a fact; decided
    # here), "اعتمد المدرب ... على" (tactics)
    12: [],
    # arreyadi Fernando's dues and the Shabab crisis: "فرناندو الذي غرد عبر حسابه ... تويتر من أنه يتصل على خالد
    # البلطان ... عن الشباب" (a verb of writing, as كتب; the relative subject: null, claims-gold's "والتي اعتبرت",
    # blind8/blind14's "الذي قال"; content from the explicative "من" as blind8's "ما أعلنت عنه ... من إقرار" and
    # blind20's "لما عبرت عنه ... من إدانة"; the means "عبر حسابه ..." left out; his threat "فسيكشف" inside),
    # "وتؤكد ذات المصادر أن خالد البلطان تبرأ ... بالتواكب مع مستحقات ناصر" (to the end of its sentence, nesting
    # "الذي اعتبره غير لائق" -- blind19's "التي يعتبرها "مارك" تافهة": cue the verb, null (the relative), content
    # the predicate; "بخصوص المستحقات ..." qualifies "تصرف" -- and "مؤكداً ربط هذه الدفعة ... مستحقات ناصر" after
    # "ورفض أيضاً", whose subject is elided: null, blind17/blind21; content the object NP); "ذات المصادر" with no
    # antecedent in the text: named=false (blind19's "المصادر ذاتها"), "وشددت المصادر على أن الأمير عبدالرحمن ...
    # في نادي الشباب" (named=false) and "لكن الأول رفض ذلك مؤكداً أن تصرف الرئيس الشبابي ... هذا التصرف" (a
    # participle after the non-claim "رفض" with the overt subject "الأول" = البلطان: that subject, anaphoric to a
    # named man, named=true as blind21's "الأخير"). Not claims: "يتوقع أن تتفجر" (passive, blind9/blind10/blind11),
    # "واستاء البلطان" (a feeling narrated, no verb of expression), "يطلب منه سداد" (a request), "رفض" (refusals)
    13: [("غرد", None, "من أنه يتصل", "اللاعبين الأجانب عن الشباب", False, True),
         ("وتؤكد", "ذات المصادر", "أن خالد البلطان", "بالتواكب مع مستحقات ناصر", False, False),
         ("اعتبره", None, "غير لائق", "غير لائق", False, True),
         ("مؤكداً", None, "ربط هذه", "بالتواكب مع مستحقات ناصر", False, True),
         ("وشددت", "المصادر", "على أن الأمير", "الآنية في نادي الشباب", False, False),
         ("مؤكداً", "لكن |الأول| رفض", "أن تصرف", "تحمل تبعات هذا التصرف", False, True)],
    # almadina the Qassim emir thanks the Islamic Affairs ministry: "أعرب صاحب السمو الملكي الأمير الدكتور فيصل بن
    # مشعل بن سعود بن عبدالعزيز أمير منطقة القصيم عن شكره وتقديره لوزير ... من خلال هذين البرنامجين" (verb of
    # expression + stance noun, blind3/blind7/blind9/blind20/blind26's "أعرب/عبر عن شكره"), "وأوضحت وزارة الشؤون
    # الإسلامية في بيان صحفي امس أن ذلك جاء في خطاب شكر ... والإشراف عليهما" ("في بيان صحفي امس" left out; "خطاب
    # شكر" a letter, not counted apart), "وأفاد البيان أن سمو أمير منطقة القصيم قال في خطابه : نشكر ... الفلسطينية"
    # (a statement as speaker, claims-gold's "بيان لوزارة الصحة العامة"; content to the end, the nested quote
    # inside: direct=false) and the nested "قال في خطابه : نشكر معاليكم ... والأسر الفلسطينية" (colon before his
    # first-person words: direct; "في خطابه" left out). Not claims: "تلقاه"، "بعد اطلاع سموه" (acts), "وفقهم الله"
    # and "ولله الحمد" (formulas, inside)
    14: [("أعرب", "صاحب السمو الملكي الأمير الدكتور فيصل بن مشعل بن سعود بن عبدالعزيز أمير منطقة القصيم",
          "عن شكره", "من خلال هذين البرنامجين", False, True),
         ("وأوضحت", "وزارة الشؤون الإسلامية", "أن ذلك جاء", "بتنفيذهما والإشراف عليهما", False, True),
         ("وأفاد", "البيان", "أن سمو", "ذوي الشهداء والأسر الفلسطينية", False, True),
         ("قال", "سمو أمير منطقة القصيم", "نشكر معاليكم", "ذوي الشهداء والأسر الفلسطينية", True, True)],
    # aleqtisadiya US Supreme Court fines Abercrombie & Fitch: "حيث أكدت المحكمة في قرارها، الذي جاء بتأييد 8 أعضاء
    # مقابل 1، أن على الشركة ... تأدية عباداتهم" (cue without حيث; the channel and its relative left out) and
    # "مشيرةً أنه لا يحق للشركة، ... بسبب معتقداته الدينية" (null). Not claims: "قضت"، "قضت سابقاً"، "أصدرت حكماً"
    # (rulings, acts), "رفضت طلبها بداعي "مخالفتها للسياسة ..."" (a pretext, blind5's "بدعوى"، blind9/blind21's
    # "بحجة"), "تجدر الإشارة إلى أن"، "جدير بالذكر أن" (editorial), "يحظر" (a law's provision)
    15: [("أكدت", "المحكمة", "أن على الشركة", "تأدية عباداتهم", False, True),
         ("مشيرةً", None, "أنه لا يحق", "بسبب معتقداته الدينية", False, True)],
    # alriyadh Mobily first with 4G data roaming: "وقالت "موبايلي" انها اطلقت ... في دول اخرى" (the one-word name
    # quoted as a whole, spanned without its marks, the first set/blind10/blind27), "كما اعلنت موبايلي مسبقا عن
    # اطلاق خدمات ... في دولة قطر" (cue without كما; "مسبقا" left out) and "وكانت "موبايلي" قد أعلنت في نهاية العام
    # 2012 عن نجاحها ... كأول شركة بالمنطقة، حيث أجرت الشركة عملية الربط مع هونج كونج" (cue without قد; the time
    # adverb left out; its "حيث ..." elaboration kept, blind22/blind26; ending before "، واستمرت جهود موبايلي ...",
    # a new clause with a new subject, the writer's account of the later launch: blind15/blind17/blind20). Not
    # claims: "تصدرت"، "وقد حرصت"، "وتواكب" (the release's narrative), "وفقا لأحدث تقنيات" (a non-source),
    # "ويعكس"، "يضع"، "دفع ذلك المنظمات ... إلى توجيه الدعوة" (the writer; an invitation), the subscription lines
    16: [("وقالت", "\"|موبايلي|\" انها", "انها اطلقت", "الشبكات المفضلة في دول اخرى", False, True),
         ("اعلنت", "موبايلي", "عن اطلاق", "اوريدو في دولة قطر", False, True),
         ("أعلنت", "\"|موبايلي|\" قد", "عن نجاحها", "عملية الربط مع هونج كونج", False, True)],
    # aljazirah Wadi al-Dawasir education ends the interviews: "وأوضح مساعد مدير التعليم للشؤون المدرسية الأستاذ ناصر
    # العشوان، أن عدد المرشحين ... 18 مرشحاً", "وأكد مشرف شؤون المعلمين الأستاذ مبارك الوديان، أن مختلف المهام ...
    # الفنية والإدارية" and "وشدد على ضرورة استكمال المرشحين ... في القطاع التعليمي" (null; blind6/blind9/blind19).
    # Not claims: the caption, "اختتمت" (an act)
    17: [("وأوضح", "مساعد مدير التعليم للشؤون المدرسية الأستاذ ناصر العشوان", "أن عدد", "الشخصية 18 مرشحاً", False,
          True),
         ("وأكد", "مشرف شؤون المعلمين الأستاذ مبارك الوديان", "أن مختلف", "الفنية والإدارية", False, True),
         ("وشدد", None, "على ضرورة", "عملهم في القطاع التعليمي", False, True)],
    # sabq fire at a wedding hall in al-Qunfudhah: "وأوضح المتحدث الرسمي باسم الدفاع المدني بمنطقة مكة المكرمة،
    # المقدم محمد عثمان القرني، أن مركز التحكم ... بالإضافة إلى المعدات المساندة" (the apposition after the comma
    # kept in the speaker, blind2/blind3/blind13/blind23; to the end of the sentence, the dispatch "وعلى الفور جرى
    # تحريك" inside as blind7's "وتم تحريك"), nesting "بلاغاً مفاده انقطاع التيار الكهربائي عن إحدى قاعات الأفراح"
    # (blind5/blind17/blind27's "بلاغاً مفاده": cue the noun, null; ending before "، وعلى الفور", the operations'
    # acts), "وبين أنه عند الوصول ... التابعة للدفاع المدني" ("اتضح" a finding inside), "وأشار إلى أنه تم استدعاء ...
    # للقاعة" and "وذكر أن الضباط المختصين ... ولله الحمد" (the formula kept, blind5/blind23/blind24) (null). Not
    # claims: "تسبب"، "أخمد"، "وأنقذ ... وزود" (the writer's account), the byline
    18: [("وأوضح", "المتحدث الرسمي باسم الدفاع المدني بمنطقة مكة المكرمة، المقدم محمد عثمان القرني", "أن مركز",
          "إلى المعدات المساندة", False, True),
         ("بلاغاً", None, "انقطاع التيار", "إحدى قاعات الأفراح", False, True),
         ("وبين", None, "أنه عند", "التابعة للدفاع المدني", False, True),
         ("وأشار", None, "إلى أنه تم", "الكهربائي للقاعة", False, True),
         ("وذكر", None, "أن الضباط", "إصابات، ولله الحمد", False, True)],
    # was Abha literary club's poetry evening: no claim. "وتناول الشاعران الحادث الأليم" (a topic), "وقرأ الشاعران
    # ... النصوص" (reading poems, titles), "وختم الرشيد الأمسية بقصيدتا" (an act), "وكرّم" (an act); the dateline,
    # "// انتهى //" and the time line
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind28.jsonl")
