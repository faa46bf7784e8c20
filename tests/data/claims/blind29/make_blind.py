"""Build claims-blind29.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261264) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind28.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind29.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind28/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the tanwin of "مشيراً"، "مؤكداً"; the unvowelled
"مؤكدا"، "معتبرا"، "مشيرا"، "مشددا"، "لافتا"، "عازيا"; the hamza-less "اوضح"، "ان"، "الاسلاك"، "الاطراف" of alyaum
and alriyadh; "لجنه" of was; the shadda of "دوريّات"; the tatweel of "بـ"; the straight quotes of alwatan, alyaum,
sabq, the curly “ ” of 3alyoum and alweeam, the guillemets « » of alriyadh).
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
    # alwatan Al-Ahsa literary club regrets three weak books: "أبدى رئيس نادي الأحساء الأدبي الدكتور ظافر الشهري
    # أسفه وأعضاء مجلس إدارة النادي في دورته الحالية، لطباعة النادي ثلاثة إصدارات ... والثقافية" (a verb of
    # expression + stance noun, blind4/blind6/blind11/blind14/blind18/blind20/blind24's "أبدى ... رضاه/سعادته"; content
    # the object NP to the end of the clause; the co-subject "وأعضاء مجلس إدارة النادي ..." stands after the object
    # and stays inside the contiguous content), nesting "إصدارات وصفها بـ"الضعيفة"" (blind2's "مواطن وصفته
    # بالكريم": cue the verb, null, content from بـ; the coordinated "ولا ترتقي ..." is a second attribute of
    # "إصدارات", not the object of وصف; decided here), "مشيراً إلى أنها لا تزال متكدسة ... بأعداد كبيرة" (null; the
    # next sentence "في وقت نفدت نسخ بقية الإصدارات ..." after the full stop is left out, blind12/blind27's new
    # sentence with no cue), "وأشار الشهري لـ"الوطن" إلى أنه لا يلقي باللائمة ... رئيسا للنادي" (the addressee left
    # out; his reason "فقد كان ..." inside, to the next reporting word of the same source), "عازيا طباعة تلك الكتب
    # إلى أن النادي كان في بداياته، ... طباعة هذه الكتب "الضعيفة"" (blind14's "وعزا ذلك إلى": content from the
    # object; null), "وأبان أن 11 إصدارا ... مع المؤلفين" and "مؤكدا أن كتابي ... بـ"المجان"" (null), and "وأضاف
    # "تتولى لجنة المطبوعات ... متنوعة، لافتا إلى أن 90% ... مع التركيز على الشباب"" -- one pair of marks that the
    # paper interrupts with its own "لافتا": TWO claims, both direct (blind20's "وقال سموه " ... ، مؤكداً سموه أن ...
    # "" applied), the first from the opening mark to "متنوعة", the second from "إلى أن" to the closing mark; null.
    0: [("أبدى", "رئيس نادي الأحساء الأدبي الدكتور ظافر الشهري", "أسفه وأعضاء", "الأدبية والثقافية", False, True),
        ("وصفها", None, "بـ\"الضعيفة\"", "بـ\"الضعيفة\"", False, True),
        ("مشيراً", None, "إلى أنها لا تزال", "بأعداد كبيرة", False, True),
        ("وأشار", "الشهري", "إلى أنه لا يلقي", "رئيسا للنادي", False, True),
        ("عازيا", None, "طباعة تلك الكتب", "الكتب \"الضعيفة\"", False, True),
        ("وأبان", None, "أن 11 إصدارا", "مع المؤلفين", False, True),
        ("مؤكدا", None, "أن كتابي", "يوزعان بـ\"المجان\"", False, True),
        ("وأضاف", None, "\"تتولى لجنة", "أدبية وثقافية متنوعة", True, True),
        ("لافتا", None, "إلى أن 90%", "التركيز على الشباب\"", True, True)],
    # arreyadi Hilal 3-0 al-Ain match report: no claim. "يعتبر حارس العين ... هو الأسوأ" (impersonal, the writer's
    # rating), "وظنهم أن لاعبا بحجم عموري قد يكون مخيفا" (a belief, blind9's "ظنا منه"، blind20/blind28's "ظنوا")
    1: [],
    # alyaum Qatif corniche litter: "اشتكى عمال النظافة في كورنيش القطيف من تزايد النفايات ... ، مؤكدين أن اهمال
    # بعض الأسر هو السبب، ما يزيد الاعباء عليهم خلال ساعات العمل" (the complaint is not a claim, blind7/blind10/
    # blind12/blind28; the participle after it takes its overt subject, as blind12's almost identical "شكا سكان حي
    # أبو مرخة ... مؤكدين": the identifying PP kept, an unnamed group: named=false, blind4's "سكان قرى غرب القصيم";
    # ending before "، وطالبوا بضرورة", a demand), "وأبدى محمد غلام "عامل" انزعاجه" (expression + stance noun,
    # content "انزعاجه"; the workers' and citizens' quoted tag kept inside the speaker, as blind24's 'المواطن
    # "مشري الصريع"' and the title "المواطن" of blind15/blind25/blind27 -- a role noun, not an age (blind20/blind21);
    # decided here), "معتبرا ان هذه الظاهرة ... طوال العام" (null, after the claim "وأبدى"; "مطالبا بضرورة" between
    # them a demand), "وقال حبيب الصادق "مواطن": ان الكورنيش ... وعلى نظافته" (colon + complementizer: direct,
    # blind3/blind7/blind22), "مشيرا الى أن عامل النظافة ... مخلفات الآخرين" (null), "وبدوره، اوضح حسين التاروتي
    # "مواطن" ان انتشار النفايات ... هناك" (cue without "وبدوره،"), "مشددا على ضرورة ابداء ... المرافق العامة"
    # (blind6/blind9/blind19/blind28; null; "منتقدا ترك المخلفات" before it is criticism, not a claim), "لافتا الى ان
    # حاويات النفايات ... للمواقع العامة" (null), "أوضح رئيس بلدية محافظة القطيف المهندس زياد مغربل ان البلدية
    # أعدّت ... خلال العيد" and "وقال: إن خطة أعمال النظافة ... خلال فترة العيد" (null; colon: direct). Not claims:
    # "اشتكى" (complaint), "وطالبوا"، "مطالبا بضرورة" (demands), "منتقدا" (criticism)
    2: [("مؤكدين", "عمال النظافة في كورنيش القطيف", "أن اهمال", "خلال ساعات العمل", False, False),
        ("وأبدى", "محمد غلام \"عامل\"", "انزعاجه", "انزعاجه", False, True),
        ("معتبرا", None, "ان هذه الظاهرة", "العطل الاسبوعية طوال العام", False, True),
        ("وقال", "حبيب الصادق \"مواطن\"", "ان الكورنيش", "المحافظة عليها وعلى نظافته", True, True),
        ("مشيرا", None, "الى أن عامل", "وراء مخلفات الآخرين", False, True),
        ("اوضح", "حسين التاروتي \"مواطن\"", "ان انتشار", "مكان نظيف هناك", False, True),
        ("مشددا", None, "على ضرورة ابداء", "والمحافظة على المرافق العامة", False, True),
        ("لافتا", None, "الى ان حاويات", "تخريبا للمواقع العامة", False, True),
        ("أوضح", "رئيس بلدية محافظة القطيف المهندس زياد مغربل", "ان البلدية", "الأهالي خلال العيد", False, True),
        ("وقال", None, "إن خطة", "بها خلال فترة العيد", True, True)],
    # 3alyoum Windows 10 updates compulsory: "وحسب موقع “فوربس”، يمكن للمستخدم فقط التحكم ... فور صدورها" (a named
    # source phrase before its clause: cue "وحسب", content the clause after it to the end of its sentence, blind22;
    # the quotes kept inside the longer noun phrase, blind10/blind28), "ولفت رأي آخر إلى عدم المبالغة ... دون حدوث
    # أي مشكلات" (a reporting verb with its content; "another view" stands for its unidentified holders: named=false,
    # blind18's "كثيرون"/"آخرون"; decided here) and "وأعلنت “مايكروسوفت” عن نيتها توفير “ويندوز 10″ ... يوليو
    # الجاري" (the one-word name quoted as a whole spanned without its marks, blind28's "موبايلي"). Not claims:
    # "حملت اتفاقية الاستعمال ... التي أصدرتها شركة “مايكروسوفت” مفاجأة ..." (a document's contents, blind6/blind17),
    # "وتباينت الآراء ... بين مرحب بها" (views differing, blind4/blind14's "تباينت"), "فيما تتحدث الآراء الرافضة
    # للخطوة عن فقدان المستخدم السيطرة ..." (talk as topic, blind21's almost identical "تقارير ... تتحدث بكثافة عن
    # قرب صدور"; blind17/blind18's rule), the tag line "سمات ..."
    3: [("وحسب", "موقع “فوربس”", "يمكن للمستخدم", "فور صدورها", False, True),
        ("ولفت", "رأي آخر", "إلى عدم المبالغة", "دون حدوث أي مشكلات", False, False),
        ("وأعلنت", "“|مايكروسوفت|” عن", "عن نيتها", "29 من يوليو الجاري", False, True)],
    # alweeam Zuckerberg expects a daughter: "قال مارك زوكربيرغ، الرئيس التنفيذي لشركة فيسبوك، على صفحته ...،
    # الجمعة، إنه وزوجته ... مولودتهما الأولى" (the apposition after the comma kept, blind2/blind13/blind23/blind28;
    # the channel and the day left out), "وتزوج زوكربيرغ وتشان في 2012، وكتب على صفحته على فيسبوك إنهما سبق ...
    # ثلاث مرات" (كتب, a verb of writing (make_gold.py); coordinated with an elided subject: null; the channel left
    # out), "لكنه قال إن حمل زوجته ... محدودا" (pronoun subject: null), "وكتب مؤسس أكبر شبكة للتواصل الاجتماعي في
    # العالم: “نأمل ... حكاياتهم”" (colon and quotes: direct; the founder identified by his description: named=true)
    # "وتحدث زوكربيرغ عن المشاعر التي كانت تنتابه هو وزوجته -وهي طبيبة- خلال سعيهما لإنجاب طفل" and "وكتب عن
    # الأمل الذي كان يحدوهما عند معرفتهما بحمل تشان في كل مرة" (talk and writing of one's own feelings: the stance-
    # noun exception to "talk as topic" -- blind7's "يتحدث ... عن ثقته", kept apart by blind18 from blind15/blind17/
    # blind18's topics of talk; content from عن, the writer's dashed aside inside; the second null, coordinated;
    # decided here for feelings recounted) and "وأوضح زوكربيرغ أن تشان (30 عاما) ... موعد الولادة". Not claims:
    # "ولم يذكر زوكربيرغ (31 عاما) الموعد المتوقع" (negated, blind11's "ولم تكشف الشركة عن سعرها", blind26), the
    # link line (blind10/blind11)
    4: [("قال", "مارك زوكربيرغ، الرئيس التنفيذي لشركة فيسبوك", "إنه وزوجته", "مولودتهما الأولى", False, True),
        ("وكتب", None, "إنهما سبق", "للإجهاض ثلاث مرات", False, True),
        ("لكنه |قال| إن", None, "إن حمل", "الإجهاض محدودا", False, True),
        ("وكتب", "مؤسس أكبر شبكة للتواصل الاجتماعي في العالم", "“نأمل", "مشاركة حكاياتهم”", True, True),
        ("وتحدث", "زوكربيرغ", "عن المشاعر", "خلال سعيهما لإنجاب طفل", False, True),
        ("وكتب", None, "عن الأمل", "بحمل تشان في كل مرة", False, True),
        ("وأوضح", "زوكربيرغ", "أن تشان", "يقترب موعد الولادة", False, True)],
    # alriyadh prosthetic hand with smart wires: "وتشرح الاستاذة الجامعية شتيفان سيلكه من جامعة سارلاند التقنية قائلة
    # «هذا ... حافظة للذاكرة.»" (cue the participle "قائلة" after the intransitive "وتشرح", as blind27's "وتصف الصحيفة
    # حال الأسد قائلة:" -- a verb of explaining used alone, blind20's "شرحا عن/حول" briefings; the overt subject its
    # speaker, the identifying PP kept; direct, the stop inside the marks kept; decided here), "وقالت المهندسة
    # فيلومينا سايمون التي تحضر الدكتوراه ... ان فريقها حاكى ... لمحاكاة الانسجة البشرية" (the relative left out of
    # the speaker; "وهذه الشبكة من الاسلاك توفر ..." after the full stop left out, a new sentence with no cue),
    # "وقالت سايمون «الاسلاك ... على حدة.»" (direct), "وأضافت ان شريحة واحدة ... لتعمل" (null; "وهذا يعني انه ..."
    # left out), "يأمل الباحثون في استخدام ... كالاطراف الطبيعية" (an expressed hope, blind2/blind14/blind15/
    # blind25; the fronted "وعلى الرغم من ان ..." left out; the researchers identified by their university,
    # Saarland: named=true, blind7/blind10/blind14), "ويرون ان تصميمهم الجديد ... الاطراف الصناعية" (a verb of
    # opinion, blind26; null) and "وتأمل سيلكه أن يجيء اليوم ... للإنسان". Not claims: "صنع"، "صمم"، "وقدم
    # الباحثون نموذجا" (acts), "وتعبير الحافظة للذاكرة يعني"، "وهذا يعني" (definitions, non-source subjects)
    5: [("قائلة", "الاستاذة الجامعية شتيفان سيلكه من جامعة سارلاند التقنية", "«هذا يمكننا", "حافظة للذاكرة.»",
         True, True),
        ("وقالت", "المهندسة فيلومينا سايمون", "ان فريقها", "لمحاكاة الانسجة البشرية", False, True),
        ("وقالت", "سايمون", "«الاسلاك", "كل مجموعة على حدة.»", True, True),
        ("وأضافت", None, "ان شريحة", "المقاومة الكهربائية لتعمل", False, True),
        ("يأمل", "الباحثون", "في استخدام", "تعمل كالاطراف الطبيعية", False, True),
        ("ويرون", None, "ان تصميمهم", "لمعظم الاطراف الصناعية", False, True),
        ("وتأمل", "سيلكه", "أن يجيء", "العصبي للإنسان", False, True)],
    # almadina UEFA awards Legia the match: "أعلن الاتحاد الأوربي لكرة القدم (يويفا) أمس، الثلاثاء، احتساب فريق
    # ليجيا وارسو ... بسبب أعمل شغب من جانب جماهير كوكيزي" (an announced decision with its object NP, blind13/
    # blind15/blind22; the parenthesis kept in the speaker, blind3/blind6/blind18; the time adverbs left out; the
    # relative "والتي كانت قد توقفت ..." inside, to the end of the sentence). Not claims: "كذلك عوقب" (passive),
    # "سيجرى وقف تنفيذ"، "وسيدفع" (passive, the writer), "ومن المقرر" (impersonal)
    6: [("أعلن", "الاتحاد الأوربي لكرة القدم (يويفا)", "احتساب فريق", "من جانب جماهير كوكيزي", False, True)],
    # okaz column "هل تتذوقون نفس المرارة؟": "لتكون نتيجة السؤال والجواب، قول الوزارة للمرشحين إن الدبلوم التربوي
    # ... غير مقبول!" IS a claim (the reporting noun "قول" with its complementizer clause, as blind5/blind22/blind28's
    # "بلاغاً"/"بياناً" nouns; the ministry (of Education, named just before) its genitive subject: named=true; the
    # addressee "للمرشحين" left out; the final "!" excluded; decided here). Not claims: "الوظائف التعليمية المعلن
    # عنها من وزارة الخدمة المدنية" (a passive participle whose object is its head noun, no content: blind17's "المعلن
    # عنها", blind22's "التي أعلنتها"), "تلزم وزارة التعليم التراجع عما أقرته" (a decision), "أقول ذلك"، "سوف أتناول"
    # (the columnist's voice), "رفض الترشيح يؤكد أن" (a non-source subject, blind21), the questions
    7: [("|قول| الوزارة للمرشحين", "قول |الوزارة| للمرشحين", "إن الدبلوم", "المفتوحة غير مقبول", False, True)],
    # sabq Najran street lights: "كشف أمين منطقة نجران، المهندس فارس بن مياح الشفق، عن إطلاق التيار الكهربائي ...
    # وحي الفواز" (the apposition with its commas kept, blind2/blind13/blind23; "وشملت الأعمدة ..." after the full
    # stop left out, the writer), "وقال وكيل الأمين للتعمير والمشاريع المهندس علي بن محمد آل حرفش: "... المواصفات""
    # (colon and quotes: direct; "وندعو المقاولين" inside) and "وذكر "آل حرفش" أن الأمانة ... الطرقات السريعة" (the
    # name quoted as a whole spanned without its marks, blind28's "موبايلي"). Not claims: the byline
    8: [("كشف", "أمين منطقة نجران، المهندس فارس بن مياح الشفق", "عن إطلاق", "رجلاء، وحي الفواز", False, True),
        ("وقال", "وكيل الأمين للتعمير والمشاريع المهندس علي بن محمد آل حرفش", "\"أعمال الإنارة",
         "بأفضل المواصفات\"", True, True),
        ("وذكر", "\"|آل حرفش|\" أن", "أن الأمانة", "وعلى الطرقات السريعة", False, True)],
    # aawsat the best age for marriage: "ووجد الباحثون أن أفضل سن ... ما بين 25 و32 عاما" (a finding verb, blind7/
    # blind10/blind22; the researchers "الذين ينتمون لجامعة ولاية يوتاه الأميركية": identified by their university,
    # named=true, blind7/blind10/blind14/blind19), "مؤكدين أن الأشخاص الذين يتزوجون تحت سن العشرين ... بين 30 و34
    # عاما" (a participle after the claim "ووجد": null), "وأوضحت الدراسة أن ... إلى 19 في المائة" (the identified
    # study, named=true, blind19), "وقال الباحثون إنه في حين ... دون زواج" (the cognitive "يعتقدون" inside, not
    # counted apart, blind23/blind26) and "وأوضحوا أن أولئك الأشخاص ... في الزواج بهم" (null). Not claims:
    # "يتساءل الكثير من الأشخاص" (a question), "قام ... ببحثه ودراسته"، "وقام الباحثون ... بجمع بيانات" (acts)
    9: [("ووجد", "الباحثون", "أن أفضل سن", "بين 25 و32 عاما", False, True),
        ("مؤكدين", None, "أن الأشخاص الذين يتزوجون تحت", "بين 30 و34 عاما", False, True),
        ("وأوضحت", "الدراسة", "أن الأشخاص الذين يتزوجون بعد", "إلى 19 في المائة", False, True),
        ("وقال", "الباحثون", "إنه في حين", "لهذه السن دون زواج", False, True),
        ("وأوضحوا", None, "أن أولئك", "يرغب في الزواج بهم", False, True)],
    # aljazirah breastfeeding awareness campaign in Medina: "ومن جهتها أوضحت نهلة السحيمي ، قائدة فريق (لأمتنا نحيا)
    # التطوعي أن المشاركة ... منذ بداياته" (the apposition after the comma kept, the parenthesis inside) and
    # "وأضافت، إن انخراط الإنسان ... أن أجره على الله وحده" (null; a comma, not a colon: indirect). Inside the first,
    # "يعتبر من أولويات الفريق" (impersonal) and "الفريق الذي يَعتبر تثقيف الناس ... من أهم الركائز التي قام عليها"
    # are not claims apart: the team's founding principle, a characterisation of the team in her words (blind14's
    # "كل التنظيمات التي تعتبر العنف ... من ضرورات": a standing principle, not an opinion on a matter as blind18/
    # blind19/blind28's "ما اعتبره"/"التي يعتبرها"; decided here). Not claims: the caption "قائدة الفريق أثناء
    # شرحها للحملة", "نظم الفريق"، "شارك" (acts), "والتي تهدف إلى" (purpose)
    10: [("أوضحت", "نهلة السحيمي ، قائدة فريق (لأمتنا نحيا) التطوعي", "أن المشاركة", "عليها منذ بداياته", False,
          True),
         ("وأضافت", None, "إن انخراط", "على الله وحده", False, True)],
    # aleqtisadiya al-Rabeeah receives the Yemeni information minister: no claim ("استقبل"، "وجرى خلال الاستقبال
    # استعراض عمل المركز ..." -- a reception and a review, blind11/blind15's "جرى استعراض")
    11: [],
    # alwatan the 7% brokers' commission in Buraidah's date market: "وبحسب أحد الدلالين الموجودين في سوق مدينة
    # التمور ببريدة فإن نسبة 7% ... في الدلال نفسه" (a source phrase before its clause: cue "وبحسب", content from the
    # ف, blind12/blind16/blind19/blind21; an unidentified broker: named=false, blind2's "أحد الموظفين"). Not claims:
    # "ما تسمى عند بعض المجتمعات بالدِّلالة" (naming), "بوصفه سوقا عاما"، "باعتبارها حلقة" (the writer's "as"),
    # "ويعد سوق مدينة التمور" (impersonal)
    12: [("وبحسب", "أحد الدلالين الموجودين في سوق مدينة التمور ببريدة", "فإن نسبة", "في الدلال نفسه", False,
          False)],
    # was Duba festival rowing and fishing contests: "وأوضح عضو لجنه التنمية السياحية بالمحافظة محمد عواد شاويش , أن
    # مسافة السباق ... وعدد من المتخصصين" and "مشيراً إلى أن السباق تخلله ... السمك المشارك بها" (null; the "حيث
    # وضع للجنة مقر ..." elaboration kept, blind22/blind26/blind28). Not claims: "انطلقت" (an act), the dateline,
    # "// انتهى //" and the time line
    13: [("وأوضح", "عضو لجنه التنمية السياحية بالمحافظة محمد عواد شاويش", "أن مسافة", "وعدد من المتخصصين", False,
          True),
         ("مشيراً", None, "إلى أن السباق", "السمك المشارك بها", False, True)],
    # arriyadiyah Nassr and Hilal in London for the Super Cup: "ويأمل كل فريق في التتويج بلقبها للمرة الأولى ...
    # على حساب النصر" and "ويأمل الهلال بطل الكأس في التتويج باللقب ... إلى 56 بطولة" (the verb of hope ascribed
    # by the writer is a claim, blind25's "لذا يأمل فينجر في أن ..." and blind15's "وتأمل أكبر شبكة تواصل اجتماعي";
    # content from في to the end of the sentence; "كل فريق" = the two named clubs: named=true; the apposition "بطل
    # الكأس" kept). Not claims: "حيث يطمح النصر بطل الدوري في تحقيق اللقب ..." (an ambition, an aim as blind25's
    # "يسعى ... إلى تحقيق بداية جيدة" and blind10's "تطلع"; only the hope verb counts; decided here), "واتخذ
    # الاتحاد السعودي قراره" (a decision), "من المتوقع ان"، "ومن المتوقع أن"، "بينما يتوقع أن" (impersonal and
    # passive), "وتعتبر البطولة مهمة" (impersonal), "وركز مدربه ... على"، "ركز خلاله المدرب ... على" (training)
    14: [("ويأمل", "كل فريق", "في التتويج بلقبها", "على حساب النصر", False, True),
         ("ويأمل", "الهلال بطل الكأس", "في التتويج باللقب", "البطولات إلى 56 بطولة", False, True)],
    # alyaum competition for Arab writers' first books: "بمبادرة من ...، أعلنت جمعية “القلم الحر” بدولة الإمارات
    # العربية المتحدة عن إطلاق الدورة الثانية ... من مختلف الدول العربية" (the quotes kept inside the longer noun
    # phrase, blind10/blind25/blind28; the identifying PP kept; the fronted initiative phrase left out). Not claims:
    # "تخص المسابقة"، "تشترط المسابقة" (a competition's rules and stipulations), "وتعلن النتائج" (passive, future)
    15: [("أعلنت", "جمعية “القلم الحر” بدولة الإمارات العربية المتحدة", "عن إطلاق", "من مختلف الدول العربية",
          False, True)],
    # 3alyoum Taif highway patrols catch a man with 400 pills: "وذكرت مصادر لـ”عين اليوم” أن دوريّات ... وتم تسليم
    # الحالة لجهة الاختصاص" (to the end of its sentence; the findings "اتضح"، "تبين" inside; unidentified sources:
    # named=false; the addressee left out). Not claims: "أطاحت" (an act), the byline, the tag line "سمات ..."
    16: [("وذكرت", "مصادر", "أن دوريّات", "الحالة لجهة الاختصاص", False, False)],
    # alweeam the Bahraini information minister on Decisive Storm: "أكد معالي وزير شؤون الإعلام بمملكة البحرين عيسى
    # بن عبدالرحمن الحمادي أن الوقفة الخليجية ... نحو الاتحاد الخليجي" (the honorific kept in the speaker, blind27/
    # blind28's "معاليه"), "وأعرب عن شكره وتقديره لجميع المشاركين ... واستقرار المنطقة" (expression + stance noun;
    # null), "مؤكداً اعتزازه بحرص قادة ... أبناء البلد الواحد" (content the object NP; null) and, after "جاء ذلك لدى
    # استقباله ..." (the editorial link, blind18), "،مؤكداً أن الإعلام البحريني والخليجي ... والمنطقة الخليجية" (its
    # subject elided: null, blind17/blind21). Not claims: "وأشاد معاليه" (praise), "جاء ذلك" (editorial), the link
    # line with its headline "وزير الإعلام البحريني : ..." (blind10/blind11)
    17: [("أكد", "معالي وزير شؤون الإعلام بمملكة البحرين عيسى بن عبدالرحمن الحمادي", "أن الوقفة",
          "نحو الاتحاد الخليجي", False, True),
         ("وأعرب", None, "عن شكره", "أمن واستقرار المنطقة", False, True),
         ("مؤكداً", None, "اعتزازه بحرص", "بين أبناء البلد الواحد", False, True),
         ("مؤكداً", None, "أن الإعلام البحريني", "اليمن والمنطقة الخليجية", False, True)],
    # alriyadh one sleepless night changes clock genes: "وقد وجد الباحثون أن عدم النوم سبب ... في الأنسجة" and "كما
    # وجد الباحثون أن ليلة من عدم النوم زادت مقاومة الجسم للأنسولين" (finding verbs, blind7/blind10/blind22; cue
    # without وقد/كما; the Swedish scientists are identified by no institution or author, only by their journal:
    # named=false, blind11/blind16/blind18/blind22). Not claims: "دراسة جديدة ... أظهرت نتائج مثيرة حول الأضرار
    # الصحية لنقص ساعات النوم" (no content: results named by their topic "حول ...", the findings themselves reported
    # after with "وجد"; blind18's talk as topic, blind26's "عن الكوكب" naming a topic; decided here), "ونشرت ... في
    # مجلة" (publication), "فقد درس الباحثون"، "وأجرى الباحثون ... وأخذوا" (acts), "ويعتقد الباحثون أن ..." (a
    # cognitive verb, blind23/blind26's "ويعتقد العلماء أن")
    18: [("وقد |وجد| الباحثون", "الباحثون", "أن عدم النوم", "البيولوجية في الأنسجة", False, False),
         ("كما |وجد| الباحثون", "الباحثون", "أن ليلة", "مقاومة الجسم للأنسولين", False, False)],
    # okaz poem "لا تلتمس الظل" (a translated Hindi poem with the poet's note): no claim ("امضِ"، "لا تلتمس"، "واقسم
    # أن تكمِل" imperatives of the poem; "وهذا المقطع «طريق النار» من أشهر ما كتب" the note's characterisation;
    # "كتب الكثير من الأشعار" an act)
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind29.jsonl")
