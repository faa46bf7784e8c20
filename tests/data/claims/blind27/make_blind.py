"""Build claims-blind27.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261260) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind26.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind27.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind26/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the tanwin of "مشيراً"، "مبيناً" and its place in
"مؤكدًا"، "مضيفًا"; the shadda of "وبيّن" (was); "منطقه" (for منطقة) and "لايسر" as written; the typo "وقالت
الصحفيون" of sabq kept as written; the straight quotes of sabq, aleqtisadiya, alriyadh and alwatan, the
guillemets « » of aawsat).
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
    # sabq Airbus's hypersonic aircraft patent: "وتتوقع "إيرباص" أن تفوق سرعة طائرتها الجديدة سرعة الصوت بأربع
    # مرات ونصف" (a prediction; the one-word name quoted as a whole is spanned without its marks, the first set;
    # ending before "، ما يعني أنها ستكون قادرة على قطع المسافة بين الرياض وجدة ..." -- the writer's gloss
    # localising the figure, blind15's "مما يعني"، "ما يعني" (the writer), blind11/blind21's final "وهو ما"),
    # "وبحسب صحيفة "بيزنس إنسايدر"، فإنه وللإقلاع من الأرض؛ ... مثل المركبات الفضائية" (content from "فإنه", as
    # blind6's "وبحسب "الفرنسية"، فقد نقل ..." and the first set's "وبحسب شبكة تعز الإخبارية فإنه"; the quotes kept
    # inside the longer noun phrase), "وقالت الصحفيون: "قبل الوصول ... بالسرعة المطلوبة"" (colon and quotes:
    # direct; the speaker as written -- the feminine singular verb shows the paper just named is meant, a typo for
    # "الصحيفة": named=true, decided here) and "وتقول الشركة إن التصاميم ... سرعة الصوت". Not claims: "وافق مكتب
    # براءات الاختراع ... على منح" (an act), "وستقطع الطائرة ..." and "والطائرة الجديدة عبارة عن ..." (the writer)
    0: [("وتتوقع", "\"|إيرباص|\" أن", "أن تفوق", "بأربع مرات ونصف", False, True),
        ("وبحسب", "صحيفة \"بيزنس إنسايدر\"", "فإنه وللإقلاع", "مثل المركبات الفضائية", False, True),
        ("وقالت", "الصحفيون", "\"قبل الوصول", "بالسرعة المطلوبة\"", True, True),
        ("وتقول", "الشركة", "إن التصاميم", "تفوق سرعة الصوت", False, True)],
    # aleqtisadiya column "عشاق السلبية": the three Qur'anic verses "ذلك ما حذر منه ربنا في قوله تعالى "خذ العفو ...
    # الجاهلين" وقوله "فمن عفا ... على الله" وقوله "الذين ينفقون ... المحسنين"" ARE claims (verses quoted with a
    # reporting noun, blind4/blind6/blind17/blind23/blind24): the cue is "قوله", which carries the words, as blind19's
    # "حيث علل ذلك بقوله بأنها ..." and blind3's "كما يصف كونديرا حياة هذا العصر بقوله :" (a verb whose object is
    # anaphoric or a topic, then the words given by "قوله"), not "حذر" whose only object is the relative "ما"
    # (blind14's "التي يبشر بها": only an anaphoric object); the speaker of the first the subject of that verb,
    # "ربنا" (claims-gold's "واختتم المدرب الهلالي حديثه بقوله", blind3's "كونديرا"), "تعالى" left out (blind24);
    # the next two "وقوله" null (blind4/blind6's "وقال تعالى"); quotes: direct. Not claims: "النصوص الصريحة التي
    # أكدت أهمية الإيجابية ..." (a generic characterisation of unspecified scriptures in the columnist's argument,
    # blind14's "كل التنظيمات التي تعتبر"، blind15's "يقول الناس دوما"; decided here), "الحكماء الذين يقولون: كفى"
    # (generic, the kind of people needed), "أقول: اخرج منها ..." (the columnist's present voice, the first set's
    # "وأقول:"), "ما يمكن أن نسميه"، "تعرف بـ" (naming)
    1: [("قوله", "ربنا", "\"خذ العفو", "عن الجاهلين\"", True, True),
        ("وقوله", None, "\"فمن عفا", "على الله\"", True, True),
        ("وقوله", None, "\"الذين ينفقون", "يحب المحسنين\"", True, True)],
    # alwatan the end of Riyadh's Eid festivities: no claim. "تناولت مشكلة"، "ناقشت ... مشكلات"، "وتناولت
    # المشكلات" (the plays' themes, topics), "تهدف إلى" (an aim), "اختتمت"، "واحتضنت" (acts)
    2: [],
    # was Najran's grape orchards: "وأوضح المزارع حسين بن مانع الوايلي لـ"واس" أنه يمتلك مزرعة ... على نفس
    # المنوال" (the addressee left out; "المزارع" kept as his title, blind24's 'المواطن "مشري الصريع"'), "مشيراً إلى
    # أنواع العنب في نجران هي نوعين, ... وهو فصل الصيف" (null; its "وهذا ما يجعل الطلب ..." kept, the farmer's
    # own account, blind24) and "وبيّن الوايلي أن موسم الإنتاج ... وبساتينه المتعددة". Not claims: "وخلال جولة
    # لوكالة الأنباء السعودية ... وجدت بساتين العنب" (a finding on the spot), "ويعــد"، "الذي يعــد" (passive), the
    # dateline, the credits, "// يتبع //" and the time line
    3: [("وأوضح", "المزارع حسين بن مانع الوايلي", "أنه يمتلك", "على نفس المنوال", False, True),
        ("مشيراً", None, "إلى أنواع", "وهو فصل الصيف", False, True),
        ("وبيّن", "الوايلي", "أن موسم", "وبساتينه المتعددة", False, True)],
    # okaz column on legislation: "يشير وكيل سابق لوزارة العدل إلى أن عدم كفاءة الأنظمة القضائية حرم البلاد من
    # ثلاثة تريليونات ريال" (an unnamed individual known only by a former post: named=false, blind4's "مسؤول كبير
    # في بنك بيريوس", blind23's "مسؤول من وزارة الخارجية الاسبانية", blind25's "مسؤول بالشرطة"; ending before the
    # columnist's "فكيف عندما نتحدث ..."). Not claims: "في اعتقادي أن ..." (the columnist's present voice,
    # blind10's "ففي اعتقادي"), "واحفظوا هذا العنوان عني" (imperative), "وعندما نتحدث عن التشريع، فإننا نعني"
    # (the columnist, blind16's "وعندما نقول"), the e-mail and contact lines
    4: [("يشير", "وكيل سابق لوزارة العدل", "إلى أن عدم", "ثلاثة تريليونات ريال", False, False)],
    # 3alyoum the Mecca police stop a stolen car: "أوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي
    # بن عطية القرشي أن الجهات الأمنية ... لجميع الجهات الأمنية" (to the end of its run-on sentence, as blind17's
    # same spokesman's "صرح ... بأن ..."), nesting "بلاغا مفاده تعرض مركبة للسرقة" (blind5/blind17's "بلاغاً مفاده":
    # cue the noun, the caller never mentioned: null; ending before the run-on "تم التعميم", the police's act),
    # and "وأكد العقيد القرشي أنها شوهدت ... مواصلا السير" (ending at its full stop: the next sentence "وتطلب الأمر
    # استخدام القوه ..." has no cue of its own, blind26's "وادى ذلك"). Not claims: "واتضح أنه مواطن" (a finding,
    # outside), the byline and the tag line "سمات ..."
    5: [("أوضح", "الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي", "أن الجهات",
         "لجميع الجهات الأمنية", False, True),
        ("بلاغا", None, "تعرض مركبة", "تعرض مركبة للسرقة", False, True),
        ("وأكد", "العقيد القرشي", "أنها شوهدت", "مواصلا السير", False, True)],
    # alyaum Mohammed bin Salman's call with President Hadi: no claim. "تلقى ... اتصالاً هاتفيًا" (an act), "وجرى
    # خلال الاتصال بحث تطورات الأوضاع ..."، "استعراض مجالات الإغاثة" (topics of a call, impersonal)
    6: [],
    # aawsat beating the midday slump: "ويرجع العلماء ذلك إلى تعرض نسبة كبيرة ... مستويات الطاقة" (attributing a
    # cause, the first set's "أرجع" and blind14's "وعزا ذلك إلى ..." with the object "ذلك" in the content; a
    # statement, not a cognitive verb like blind23/blind26's "يعتقد العلماء"; unidentified scientists: named=false,
    # blind16/blind18's "العلماء"), "وحسب صحيفة «الديلي ميل» البريطانية، ينصح الدكتور سال نورتون ببعض الأشياء
    # ... خلال الظهيرة" (the paper as source of the sentence after the phrase; the nested "ينصح" is advice, not a
    # claim, blind4/blind11/blind15's "أوصت"، "ونصحت"; ending before "ومنها:", which opens the list: lists are not
    # spanned, blind26's aawsat apps), "على الرغم أن الأبحاث تؤكد أن المزيد ... المزيد من الإنتاج" and "وتشير
    # الدراسات إلى أن قليلا ... إلى الأفضل" (unidentified research: named=false, blind9's "أحدث الدراسات العلمية"
    # and blind25's "الدراسة"). Not claims: "فالاعتقاد الرائج" (a belief, no source), "يفضل"، "ينصح بأخذ"، "ينصح
    # بتجنب" (impersonal advice), "قد يعد" (passive)
    7: [("ويرجع", "العلماء", "ذلك إلى", "وتراجع مستويات الطاقة", False, False),
        ("وحسب", "صحيفة «الديلي ميل» البريطانية", "ينصح الدكتور", "خلال الظهيرة", False, True),
        ("تؤكد", "الأبحاث", "أن المزيد", "لا تعني المزيد من الإنتاج", False, False),
        ("وتشير", "الدراسات", "إلى أن قليلا", "الحالة المزاجية إلى الأفضل", False, False)],
    # alweeam Al-Ahli arrive in Switzerland: no claim. "وطالبهم بضرورة بذل أقصى الجهد ..." (a demand), "استقبل"،
    # "اجتمع" (acts), the link line
    8: [],
    # alriyadh the Tabuk police deny a pardon: "نفت شرطة تبوك صدور عفو عن متهم ... بل تم إطلاق سراحه ... لإحالة
    # أوراق القضية للقضاء" (a denial, the first set's "نفى شائعة ..."، blind2's "نفت إصابة"; content the object
    # with its correction "بل ..."; ending before "، وذلك رداً على مقطع فيديو ...", the writer's context, blind26's
    # "ردا على"), "لامرأة تذكر من خلاله دخول أحد الأشخاص ... وأنه تم إطلاق سراحه بالعفو" (the woman stands only in
    # the PP "لامرأة": null, blind18/blind24/blind25; "من خلاله" left out), "وقال المقدم خالد الغبان الناطق الرسمي
    # لشرطة تبوك إن المرأة ... بعد ساعات من وقوع الحادثة", nesting "تقدمت ببلاغ ... تفيد فيه قيام أحد الأشخاص ...
    # وهروبه من المنزل" (blind16's "شكوى مواطن يفيد فيه بأنه": cue the verb, its subject a pronoun: null;
    # "ببلاغ" not counted apart, blind26; ending before "، وبناء على ذلك جرى البحث", the police's acts), "وأضاف:
    # "تبين ... هروبه"" (null, direct; "وبسماع أقواله اتضح" a finding inside), "وأوضح المقدم الغبان أنه أُحيل ...
    # لمحاكمته" and "وأكد الناطق الرسمي لشرطة تبوك أن إطلاق سراح الشاب ليس بالعفو كما تدعي المرأة" (ending
    # before "، علماً بأنه اتضح أيضاً ...", an editorial formula, blind13/blind19/blind26's "علما بأن"). Not claims:
    # "كما تدعي المرأة" (it names the woman's claim, counted above, under the spokesman's negation: no content of
    # its own in the text, blind19's "على حد زعمه"; decided here), "الأوراق ... والتي تذكر إطلاق سراح الجاني
    # بموجب العفو" (papers shown as evidence, not a source: blind26's "التقارير الطبية"، blind4's "الفحوصات أكدت";
    # decided here), "اتضح" (findings)
    9: [("نفت", "شرطة تبوك", "صدور عفو", "لإحالة أوراق القضية للقضاء", False, True),
        ("تذكر", None, "دخول أحد", "إطلاق سراحه بالعفو", False, True),
        ("وقال", "المقدم خالد الغبان الناطق الرسمي لشرطة تبوك", "إن المرأة", "بعد ساعات من وقوع الحادثة", False,
         True),
        ("تفيد", None, "قيام أحد", "وهروبه من المنزل", False, True),
        ("وأضاف", None, "\"تبين أنه", "ومن ثم هروبه\"", True, True),
        ("وأوضح", "المقدم الغبان", "أنه أُحيل", "القضية للقضاء لمحاكمته", False, True),
        ("وأكد", "الناطق الرسمي لشرطة تبوك", "أن إطلاق", "كما تدعي المرأة", False, True)],
    # aljazirah King Abdulaziz Library's reading train: "وأوضحت إدارة مكتبة الملك عبدالعزيز العامة أن برنامج قطار
    # القراءة ... والمتعة الهادفة" and "وأشارت إدارة المكتبة إلى أن قطار القراءة «3» ... كافة مراحل الطفولة" (one
    # sentence each). Not claims: "تدشن"، "تنظمه" (acts), "يتم إقامتها" (passive, inside)
    10: [("وأوضحت", "إدارة مكتبة الملك عبدالعزيز العامة", "أن برنامج", "للتسلية والمتعة الهادفة", False, True),
         ("وأشارت", "إدارة المكتبة", "إلى أن قطار", "كافة مراحل الطفولة", False, True)],
    # sabq a citizen's rent claim against the Tabuk prisons: "في حين أرجعت المديرية العامة للسجون ذلك إلى أن المواطن
    # لم يلتزم ببنود العقد" (attributing a cause, the first set's "أرجع", blind14's "وعزا ذلك إلى": content the
    # object "ذلك" with its complement; cue without "في حين", as without فيما/كما), "وقال المواطن سليمان الصعب
    # لــ "سبق": استأجرت ... زيادة للمباني" (colon before his first-person words, no marks: direct, claims-gold's
    # "بقوله: يجب أن نركز"; the addressee left out), "مضيفًا: بعد مرور ... قيمة الإيجار"، "وتابع: عند موعد ... قبل
    # ثلاثة أشهر"، "وأضاف: توجهت ... لم يتواصل معي أحد" (null, direct), and "قال المتحدث الإعلامي للمديرية العامة
    # للسجون العميد أيوب بن حجاب بن نحبت لــ "سبق" إنه تم تطبيق ... من قيمة الإيجار". Not claims: "مطالبًا بحقوق
    # مالية" (a demand), "ووعدوا بالاتصال" (a promise inside his words, blind12/blind20/blind24's promises), "وناشد
    # "المواطن" مدير عام السجون" (an appeal), "وهو ما يعد مخالفًا" (passive, inside), the byline
    11: [("أرجعت", "المديرية العامة للسجون", "ذلك إلى أن", "لم يلتزم ببنود العقد", False, True),
         ("وقال", "المواطن سليمان الصعب", "استأجرت السجون", "أو زيادة للمباني", True, True),
         ("مضيفًا", None, "بعد مرور", "ورفع قيمة الإيجار", True, True),
         ("وتابع", None, "عند موعد", "قبل ثلاثة أشهر", True, True),
         ("وأضاف", None, "توجهت إلى", "لم يتواصل معي أحد", True, True),
         ("قال", "المتحدث الإعلامي للمديرية العامة للسجون العميد أيوب بن حجاب بن نحبت", "إنه تم تطبيق",
          "خصم المبلغ من قيمة الإيجار", False, True)],
    # aleqtisadiya the dollar falls after US data: "كان بعض المحللين يتوقعون ارتفاعا لا يقل عن 0.5 بالمئة في مؤشر
    # تكلفة العمالة" (a prediction; blind13's "وكان الخبراء يتوقعون": cue the verb, unnamed analysts: named=false;
    # content the object; ending before "وهو ما كان من شأنه أن يعزز ...", the writer's gloss, blind11/blind12/
    # blind21's final "وهو ما"). Not claims: "بعد بيانات أظهرت"، "بيانات مخيبة للآمال أظهرت" (issuer-less data,
    # blind7/blind12/blind13), "وقللت من الرهانات على أن" (bets, no source), the market figures (the writer)
    12: [("يتوقعون", "بعض المحللين", "ارتفاعا لا", "في مؤشر تكلفة العمالة", False, False)],
    # alwatan the world press on the Asir bombing (a press review: every paragraph one outlet's account):
    # "وقالت صحيفة "ديلي ميل" البريطانية إن الإرهابيين ... بدأوا في استهداف رجال الأمن" (to the end of the sentence:
    # "مركزة في طرحها على ..." is a topic participle, not a reporting word of its own, kept inside as blind26 kept
    # the appeal inside the Aden spokesman's sentence; its "وأن الإرهابيين ..." is the paper's), "وتساءلت الصحيفة
    # عن الهدف ... داخل المنشأة الأمنية" (a question reported, the first set's, blind5's and blind19's "وتساءل",
    # blind2's "أتساءل فيها عن": content from "عن"), "موردة الإجابة بقولها إن العدد ... التي سبقتها" (cue "بقولها",
    # which carries the words after a verb with an object, blind3's "يصف ... بقوله"، blind19's "علل ذلك بقوله";
    # its subject elided: null), "أما صحيفة "الجارديان" البريطانية فأكدت في تقرير عبر موقعها الإلكتروني أن
    # الهجمات ... في المنطقة الشرقية" (cue with its ف, blind26; the channel left out), "صحيفة "نيويورك تايمز"
    # الأميركية من جانبها قالت إنها المرة الأولى ... في خطاباته الأخيرة" (the speaker before the cue, "من جانبها"
    # left out; its "ما يدل على ... إذ إنه سبق ..." kept as the paper's analysis in a press review, blind24's
    # "part of the source's account"; decided here), "كما أشارت الصحيفة إلى الاعتداءات الأخيرة ... خلال
    # الأسابيع الأخيرة" (أشار إلى + NP, blind3/blind15), nested in CNN's recap "أعلنت المملكة عن القبض على نحو 431
    # شخصا ... في المنطقة الشرقية" and "وأعلن تنظيم "داعش" مسؤوليته عنها" (claiming responsibility, blind12's
    # "أعلنت مسؤوليتها عن التفجير"), "صحيفة الإندبندنت البريطانية قالت إن الإرهاب ... من خلال المساجد أيضا" and
    # "أما صحيفة "وول ستريت" الأميركية فحددت أن الهدف ... بعد أن كانوا المدنيين" (a statement specifying; cue with
    # its ف). Not claims: "اهتمت الصحف العالمية أمس بتناول حادثة"، "واهتمت قناة "سي إن إن" الأميركية بتغطية تفاصيل
    # التفجير" (topics of coverage), "مسترجعة ما حدث قبل أسابيع" (a recap, blind5/blind22/blind25/blind26's
    # "استعرض"; the events it recalls carry their own claims; decided here), "سبق لزعيم تنظيم داعش الدعوة لذلك"
    # (an appeal, inside)
    13: [("وقالت", "صحيفة \"ديلي ميل\" البريطانية", "إن الإرهابيين", "بدأوا في استهداف رجال الأمن", False, True),
         ("وتساءلت", "الصحيفة", "عن الهدف", "داخل المنشأة الأمنية", False, True),
         ("بقولها", None, "إن العدد", "أو في التي سبقتها", False, True),
         ("فأكدت", "صحيفة \"الجارديان\" البريطانية", "أن الهجمات", "من المساجد في المنطقة الشرقية", False, True),
         ("قالت", "صحيفة \"نيويورك تايمز\" الأميركية", "إنها المرة", "في خطاباته الأخيرة", False, True),
         ("أشارت", "الصحيفة", "إلى الاعتداءات", "خلال الأسابيع الأخيرة", False, True),
         ("أعلنت", "المملكة", "عن القبض", "مساجد في المنطقة الشرقية", False, True),
         ("وأعلن", "تنظيم \"داعش\"", "مسؤوليته عنها", "مسؤوليته عنها", False, True),
         ("قالت", "صحيفة الإندبندنت البريطانية", "إن الإرهاب", "من خلال المساجد أيضا", False, True),
         ("فحددت", "صحيفة \"وول ستريت\" الأميركية", "أن الهدف", "بعد أن كانوا المدنيين", False, True)],
    # was Sheikh bin Humaid at the Jeddah youth forum: "معبرا في الوقت نفسه عن أسفه لوضع الأمة بالجملة" (a verb of
    # expression + stance noun; "في الوقت نفسه" left out), "واصفا حالها بأنه لايسر بسبب التشتت والفرقة" (content
    # from "بأنه", the object left out, blind11/blind17's "واصفاً ... بأنه"), "كما أوضح معاليه أن المملكة ...
    # أصحاب التوجهات السيئة" (the honorific "معاليه" as speaker: named=true, blind9/blind10/blind20's "سموه"; cue
    # without كما), "مؤكدًا أن المملكة ستظل ... والعمار والزوار" and "مبيناً أن الحجاج والزوار ... شكر الله عليه"
    # (null; its "وهو مايوجب ..." kept, his own words). Not claims: "حث ... الذين زلت بهم القدم أن يعودوا إلى
    # الله ... لأنه تبين للجميع أن ..." (an exhortation, an appeal; "تبين للجميع" impersonal, inside), "جاء ذلك
    # في كلمة ألقاها" (the formula), "ودعا الله عز وجل أن يوفق ..." (a prayer), "مما يذكر أن" (editorial), the
    # dateline, "// انتهى //" and the time line
    14: [("معبرا", None, "عن أسفه", "لوضع الأمة بالجملة", False, True),
         ("واصفا", None, "بأنه لايسر", "التشتت والفرقة", False, True),
         ("أوضح", "معاليه", "أن المملكة", "أصحاب التوجهات السيئة", False, True),
         ("مؤكدًا", None, "أن المملكة", "والعمار والزوار", False, True),
         ("مبيناً", None, "أن الحجاج", "يوجب شكر الله عليه", False, True)],
    # okaz the Credit Bank's Twitter account hacked: "وأعلنت المجموعة عن اختراقها للموقع بحجة التضامن ... من
    # القروض" (the group identified by its handle "@Cyber__Emotion": named=true, blind22), "والذين أكدوا أنهم لا
    # يلجأون ... وسائل التواصل الاجتماعية" (a relative: null, claims-gold's "والتي اعتبرت") and "زاعمين أن الملايين
    # تصرف ... أو اهتمام" (a claim verb, null; blind7's "تدعي", blind10's "ادعت"). Not claims: "تطلق على نفسها"
    # (naming), "ناشرة هاشتاق" (an act), "ومطالبة"، "وطالبت البنك"، "مطالبين بالاهتمام" (demands), "كما قدمت
    # اعتذارها على الاختراق" (an apology offered, a bare act like blind18/blind25/blind26's "قام بتقديم الشكر" and
    # blind17's "وتقدم ... بخالص العزاء"), "تواصلت «عكاظ» مع" (an act), "يذكر أن" (editorial)
    15: [("وأعلنت", "المجموعة", "عن اختراقها", "لإعفائهم من القروض", False, True),
         ("أكدوا", None, "أنهم لا", "حسابات وسائل التواصل الاجتماعية", False, True),
         ("زاعمين", None, "أن الملايين", "دون جدوى أو اهتمام", False, True)],
    # almadina Baish border guards save two from drowning: "وأوضح المتحدث الرسمي بقيادة منطقه جازان الرائد حسن بن
    # بدر القصيبي أن حالة الشخصين ... العلاج اللازم" ("منطقه" as written) and "وذكر القصيبي بأن حرس الحدود يهيب
    # ... على مدار الأربع وعشرين ساعة" (his report of the guards' appeal: content to the end of the sentence; the
    # nested "يهيب" is an appeal, not a claim, and "والتي توضح المناطق" signs, not a source). Not claims: "تمكنت
    # فرقة البحث والإنقاذ ... من إنقاذ"، "تمت مشاهدتهما"، "وتم نقلهما" (acts, passive)
    16: [("وأوضح", "المتحدث الرسمي بقيادة منطقه جازان الرائد حسن بن بدر القصيبي", "أن حالة",
          "بعد تلقي العلاج اللازم", False, True),
         ("وذكر", "القصيبي", "بأن حرس", "وعلى مدار الأربع وعشرين ساعة", False, True)],
    # 3alyoum a lion flees buffaloes up a tree: "وتصف الصحيفة حال الأسد قائلة: بغض النظر ... حتى يسقط" (cue
    # "قائلة", which carries the words after a verb whose object is a topic, blind3's "كما يصف كونديرا حياة هذا
    # العصر بقوله :" with the verb's subject as speaker; colon: direct). Not claims: "نشرت صحيفة” الديلي ميل”
    # البريطانية صوراً ... تظهر أسداً" (a publication, blind9/blind10/blind14; photos showing, not a source), the
    # byline with "Next Previous"
    17: [("قائلة", "الصحيفة", "بغض النظر", "أسفل الشجرة حتى يسقط", True, True)],
    # alyaum the Al-Ahsa technical college's intensive English course: "أعلنت إدارة برنامج اللغة الإنجليزية بالكلية
    # التقنية بالأحساء عن بدء انطلاق ... في 8/11/1436هـ" (ending before "، علماً بأن التقديم يتم ...", an editorial
    # formula, blind13/blind19/blind26), "من جانبه أوضح مشرف البرنامج بالأحساء سعد بن عبدالرحمن اليمني أن من
    # مميزات البرنامج ... اللغة الإنجليزية" and "وأشار اليمني إلى شروط الالتحاق بالبرنامج بأن يكون المتقدم ...
    # أكثر من ثلاث سنوات" (أشار إلى + NP with its specification, blind3/blind15). Not claims: "علماً بأن"
    # (editorial)
    18: [("أعلنت", "إدارة برنامج اللغة الإنجليزية بالكلية التقنية بالأحساء", "عن بدء", "في 8/11/1436هـ", False, True),
         ("أوضح", "مشرف البرنامج بالأحساء سعد بن عبدالرحمن اليمني", "أن من مميزات", "لغتهم الأصلية اللغة الإنجليزية",
          False, True),
         ("وأشار", "اليمني", "إلى شروط", "أكثر من ثلاث سنوات", False, True)],
    # aawsat Jamaica v Mexico in the Gold Cup final: "ولخص مهاجم المنتخب الجامايكي جايل بارنز الأجواء داخل صفوف
    # فريقه بقوله: «لقد أخرجنا ... المباراة النهائية»" (cue "بقوله" after a verb with an object, claims-gold's
    # "واختتم المدرب الهلالي حديثه بقوله:", the verb's subject as speaker; direct; "وهذا يؤكد أننا" inside the quote,
    # a non-source), "أما مدرب بنما داريو غوميز فقال: «لقد لطخت ... جماليها وإثارتها»" (cue with its ف; the
    # writer's parenthesis inside the quote kept), "حتى مدرب المكسيك ميغيل هيريرا اعترف بالخطأ الذي ارتكبه الحكم
    # لمصلحة فريقه" (an admission, blind10/blind25's "اعترف"), "وقال «كان الحكم ... من صنيعنا»" (null, direct),
    # "واعتبر مدرب جامايكا الألماني وينفريد شايفر أن المكسيك تملك الأفضلية"، "وقال في هذا الصدد: «...»" and
    # "وأضاف: «...»" (null, direct; "في هذا الصدد" left out; "تعتبر المكسيك" inside, passive). Not claims: "يريد
    # منتخب جامايكا" (a wish), "يطلق عليه لقب" (naming), "وقد طلب الفريقان ... فتح تحقيق"، "طالب بإعادة المباراة"
    # (demands), "يذكر أن" (editorial)
    19: [("بقوله", "مهاجم المنتخب الجامايكي جايل بارنز", "«لقد أخرجنا", "قبل خوض المباراة النهائية»", True, True),
         ("فقال", "مدرب بنما داريو غوميز", "«لقد لطخت", "جماليها وإثارتها»", True, True),
         ("اعترف", "مدرب المكسيك ميغيل هيريرا", "بالخطأ", "لمصلحة فريقه", False, True),
         ("وقال", None, "«كان الحكم", "ليس من صنيعنا»", True, True),
         ("واعتبر", "مدرب جامايكا الألماني وينفريد شايفر", "أن المكسيك", "تملك الأفضلية", False, True),
         ("وقال", None, "«تعتبر المكسيك", "تقدم عروضا رائعة»", True, True),
         ("وأضاف", None, "«لكن معنويات", "في المباراة النهائية»", True, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind27.jsonl")
