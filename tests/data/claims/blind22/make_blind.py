"""Build claims-blind22.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261250) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind21.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind22.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind21/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the tanwin of "وفقاً"، "مبينةً"، "منوهاً"، "طناً"
and the tanwin on the alif of "مؤكدًا"، "لافتًا"، "مشيرًا"، "مضيفًا", its absence in "مؤكدا"، "مشيرا"،
"متوقعا"; the alif maqsura of "فى"، "غذائى"، "صحى"، "العته" as in the text; the spellings "ان"، "الى"،
"ايمانه"، "اهمية"، "ال نهيان"، "تغريده"، "إلة"; the curly marks of “@PlagiarismBad” and “runolgarun”; the
guillemets of «روس نفط» and «الحسيني»; and the figures "1554"، "614.196"، "35"، "119"، "90 %" as written).
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
    # okaz column "لأننا لا نشعر!" (25 years since the invasion of Kuwait): one claim, "لقد هرمنا.. كما قال ذلك
    # العجوز التونسي" (a person's words borrowed by the columnist, with a speaker: blind14's "وكما قال رئيس وزراء
    # البحرين" in a column, not blind16/blind21's speakerless proverbs "كما يقول المثل"; content before its cue,
    # the whole clause with its first word, blind7/blind18's "كما قالت"; cue without the ".." ; not quoted, no
    # colon: direct=false; the demonstrative description of the well-known man, identified though unnamed:
    # named=true, blind10's "العامل", blind14's "المواطن"; decided here). Not claims: "أظن أن"، "اعتقدنا أن"
    # (the columnist's cognitive verbs, blind18/blind21), "شعرت بأن"، "تشعر بأنه" (feelings, blind21's "يشعرني
    # ... بأنه"), "قامت بعض وسائل الإعلام ... بعرض أفلام وتقارير عن ذكرى الغزو" (broadcasting, a topic: blind19/
    # blind21's publications), "فيلما وثائقيا ... يتحدث عن عالم آخر" (a topic of talk), "فنتساءل ببراءة: يا الله
    # ..."، "والجواب: لأننا لا نشعر" (the columnist's generic we, a question), the contact lines
    0: [("كما قال", "ذلك العجوز التونسي", "<لقد هرمنا", "هرمنا", False, True)],
    # alriyadh the Egyptian beggar: "وقد تداولت عدد من المواقع الاجتماعية قصة المتسول الذي رمزت له ... لإيداع غلة
    # اليوم" (websites circulating a story, as blind6/blind21's "تناقلت وسائل الإعلام خبر ...", the latest sets
    # over the first set's rumour "تداول كثيرون فكرة التأجيل" and claims-gold's circulated photos; cue without
    # وقد, blind17/blind19; content after the reporting noun "قصة", as blind21's after "خبر"; unspecified sites:
    # named=false; decided here), "الطريف أن ك.أ قال إنه يكره ... لإغلاق البنوك" (the story's beggar identified by
    # his initials: named=true, blind10's "العامل", blind14's "المواطن") and "مؤكدًا أنه يبيت ... عرق جبينه"
    # (null). Not claims: "ومن المؤكد أن" (impersonal), "الطريف أن" (the writer)
    1: [("تداولت", "عدد من المواقع الاجتماعية", "المتسول الذي رمزت", "لإيداع غلة اليوم", False, False),
        ("قال", "ك.أ", "إنه يكره", "لإغلاق البنوك", False, True),
        ("مؤكدًا", None, "أنه يبيت", "على عرق جبينه", False, True)],
    # sabq al-Shabab's new Uruguayan player: "أعلنت إدارة نادي الشباب أمس الجمعة تعاقدها مع اللاعب ... في الموسم
    # المقبل" (an announcement with an object NP, blind13/blind15's "أعلن ... ترسية"، "أعلنت ... تأجيل"; the
    # adverb left out). Not claims: "بتوصية من مواطنه" (a recommendation), "ويعتبر واحداً من أفضل" (passive,
    # impersonal), "طالب سريعاً بإحضار" (a demand), "اتخذت ضدهم تعهداً" (an act), the byline
    2: [("أعلنت", "إدارة نادي الشباب", "تعاقدها مع", "في الموسم المقبل", False, True)],
    # aleqtisadiya Aden before the truce: "أعلنت القوات الموالية للشرعية في اليمن أنها عززت ... في اليمن"; "وكان
    # التحالف العربي بقيادة السعودية قد أعلن أمس الأول السبت "هدنة إنسانية" ابتداء من ... إلى السكان" (a declared
    # truce with its object NP: blind19's "أعلنت البلاد الحداد", claims-gold/blind13's "حالة الاستنفار" -- unlike
    # blind16's "هدنة ... أعلنها التحالف" whose only content was the object clitic; cue the verb after وكان ...
    # قد, blind12/blind13; the adverbs left out; to the end of its sentence, the asyndetic relative "تتوقف خلالها
    # الغارات ..." included, blind14; quoted fragment: direct=false); "وجدد مصدر مقرب من الرئيس هادي التأكيد على أن
    # وقفا دائما ... "مرتبط بتطبيق القرار 2216 ... حول اليمن"" (cue the verbal noun after the support verb جدد,
    # blind8's "الإعلان", blind21's "الكشف"; decided here; the resolution's gloss "الذي ينص خصوصا على ..." left out,
    # a document's provisions, blind16/blind17; unnamed: named=false; quoted fragment: direct=false); "وأعلنت مصادر
    # عسكرية أن ... من التحالف العربي" and "وأشارت إلى وقوع عشرات القتلى بين صفوف المتمردين" (null); "وأشارت مصادر
    # طبية إلى سقوط ..."; "وأفاد مواطنون أن ..." (named=false); "وفي عملية أخرى، حاولت القوات الموالية تطويق متمردين
    # في شمال عدن من الغرب، حسبما أعلن قائد هذه القوات اللواء فضل حسن" (content before its cue, the whole sentence
    # with its first word, blind2/blind17's rule -- the operation is all the commander announced; cue phrase
    # "حسبما أعلن", blind2); "وأوضح حسن أن "الهدف ... في قاعدة العند"" (all quoted after the complementizer: direct,
    # blind2/blind19/blind21); "أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل أربعة متمردين ... وأسر 119
    # آخرين" (blind10/blind13's "أعلن ... وفاة/مقتل"); "وقالت مصادر محلية لوكالة الأنباء الألمانية، إن غارات ...
    # بمديرية سحار" (addressee left out; named=false) and "وأشارت إلى أن قتلى وجرحى ... في أجواء المدينة" (null).
    # Not claims: "استجابة لطلب الرئيس" (a request), "الذي ينص خصوصا على" (provisions), "ونقلت ثلاث طائرات سعودية
    # ... مساعدات" (transport, not a report), military acts
    3: [("أعلنت", "القوات الموالية للشرعية في اليمن", "أنها عززت", "لخمسة أيام في اليمن", False, True),
        ("قد |أعلن| أمس", "التحالف العربي بقيادة السعودية", "\"هدنة إنسانية\"", "المساعدات الإنسانية إلى السكان",
         False, True),
        ("التأكيد", "مصدر مقرب من الرئيس هادي", "على أن وقفا", "الأمن الدولي حول اليمن\"", False, False),
        ("وأعلنت", "مصادر عسكرية", "أن القوات الموالية للحكومة", "عليها من التحالف العربي", False, False),
        ("وأشارت", None, "إلى وقوع عشرات", "بين صفوف المتمردين", False, True),
        ("وأشارت", "مصادر طبية", "إلى سقوط سبعة", "بجروح في المعارك", False, False),
        ("وأفاد", "مواطنون", "أن المتمردين الحوثيين", "ضحايا بين المدنيين", False, False),
        ("حسبما أعلن", "قائد هذه القوات اللواء فضل حسن", "<وفي عملية أخرى", "في شمال عدن من الغرب", False, True),
        ("وأوضح", "وأوضح |حسن| أن", "أن \"الهدف", "في قاعدة العند\"", True, True),
        ("أعلن", "المتحدث باسم القوات الموالية ناصر الشعيبي", "مقتل أربعة", "وأسر 119 آخرين", False, True),
        ("وقالت", "مصادر محلية", "إن غارات عنيفة", "رحبان بمديرية سحار", False, False),
        ("وأشارت", None, "إلى أن قتلى", "بكثافة في أجواء المدينة", False, True)],
    # alyaum healthy diet and the brain: "كشفت دراسة علمية حديثة، أن اتباع ... مع التقدم فى العمر", "ووجد الباحثون
    # خلال الدراسة، أن كبار السن ... بنسبة 35 فى المائة" (a finding verb, blind7/blind10's "ووجد", blind14/blind18;
    # "خلال الدراسة" left out), "وأوضح الباحثون أن تلك الوظائف ... ومهارات التخطيط", "وقال الباحثون: إن اتباع ...
    # فى المخ" (colon: direct) and "وأضاف الباحثون أنه لم يفت الأوان ... فى سن الشيخوخة" -- the study and its
    # researchers are identified by no institution, author or journal (Carol Derby is quoted as "الباحثة" without
    # being said to be one of its authors): named=false, blind9/blind16/blind18 (unlike blind7/blind10/blind14/
    # blind19's studies named by their universities or authors; decided here); "وقالت الباحثة كارول ديربى أستاذ
    # ... فى مدينة نيويورك، أن اتباع ... والإصابة بالعته" (named=true; her title kept in the speaker)
    4: [("كشفت", "دراسة علمية حديثة", "أن اتباع", "مع التقدم فى العمر", False, False),
        ("ووجد", "الباحثون", "أن كبار السن", "بنسبة 35 فى المائة", False, False),
        ("وأوضح", "الباحثون", "أن تلك الوظائف", "ومهارات التخطيط", False, False),
        ("وقال", "الباحثون", "إن اتباع", "عدة آليات فى المخ", True, False),
        ("وقالت", "الباحثة كارول ديربى أستاذ علم الأعصاب وعلم الأوبئة فى كلية ألبرت أينشتاين للطب فى مدينة نيويورك",
         "أن اتباع", "والإصابة بالعته", False, True),
        ("وأضاف", "الباحثون", "أنه لم يفت", "حتى فى سن الشيخوخة", False, False)],
    # arreyadi the series "كلام الناس": "أكد القائمون على شركة الصدف التي يمتلكها النجم حسن عسيري بأنهم سخروا ...
    # لتصوير مسلسل كلام الناس" (the relative left out of the speaker; those running a named company: named=true,
    # blind7/blind10's "القائمون على الدراسة من جامعة ..." -- unlike blind11's indefinite "قائمون على البنوك"; the
    # explanatory "حيث أرسل ..." is not part of it) and "حيث أرسل عسيري بياناً صحفياً جاء فيه: المتابع ... على كل
    # عناصر الجذب والمتعة" (a statement issued with its text: cue the reporting noun "بياناً", speaker the issuer,
    # blind4's "أصدرت وزارة الداخلية اليوم بياناً ... فيما يلي نصه :", blind5's "بلاغاً مفاده"; "جاء فيه" is the
    # link to the text, not a second claim; colon: direct; the final stop excluded; decided here). Not claims:
    # "الجدير ذكره أن" (editorial)
    5: [("أكد", "القائمون على شركة الصدف", "بأنهم سخروا", "لتصوير مسلسل كلام الناس", False, True),
        ("بياناً", "عسيري", "المتابع لحلقات", "على كل عناصر الجذب والمتعة", True, True)],
    # alweeam Mohammed bin Zayed receives al-Jubeir: "وعبر صاحب السمو الشيخ محمد بن زايد ال نهيان عن ايمانه العميق
    # ... التي تعصف بها" (verb of expression + stance noun, blind3/blind4/blind21), "وأشار صاحب السمو الشيخ محمد بن
    # زايد آل نهيان في هذا الصدد الى اعتزازه بالشراكة ... البلدين والمنطقة" (أشار إلى + NP, blind20/blind21; "في هذا
    # الصدد" left out), "..مؤكدا سموه ان هذا التلاحم ... تعزيزه دوما" (the participle's overt subject "سموه"
    # follows it, blind20; "سموه" named=true, blind6/blind9/blind10/blind19/blind20), "..وقال سموه ان قراءة ...
    # وتنميتها وازدهارها" (first-person words without quotes or colon: direct=false) and "واكد الجانبان على اهمية
    # نجاح الجهود ... على المنطقة" (both identified sides: named=true). Not claims: "وبحث"، "واستعرض" (talks),
    # "وتطرق الحديث إلى"، "تناول اللقاء تبادل وجهات النظر حول" (topics, blind21), "حضر اللقاء", the link line
    6: [("وعبر", "صاحب السمو الشيخ محمد بن زايد ال نهيان", "عن ايمانه", "التي تعصف بها", False, True),
        ("وأشار", "صاحب السمو الشيخ محمد بن زايد آل نهيان", "الى اعتزازه", "على البلدين والمنطقة", False, True),
        ("مؤكدا", "سموه", "ان هذا التلاحم", "والى تعزيزه دوما", False, True),
        ("وقال", "سموه", "ان قراءة", "وتنميتها وازدهارها", False, True),
        ("واكد", "الجانبان", "على اهمية", "أمنا واستقرارا على المنطقة", False, True)],
    # was the Buraidah dates festival: "بلغ عدد السيارات ... أمس, وفقاً لتقرير فريق الإحصاء بالمهرجان 1554 سيارة
    # ... لأسواق المملكة" (a source phrase inside its sentence: content after it to the end of the sentence,
    # contiguous spans, blind12's "حسب تقرير تداول", blind14's "وفقا للدراسة", blind19's "-كما صرح ...-"; cue
    # "وفقاً" alone, blind14/blind21; speaker spanned without the glued preposition, "تقرير فريق الإحصاء بالمهرجان",
    # blind14/blind16), "وبينت الإحصائية أن كميات السكري ... تزن 614.196 طناً" and "كما أشارت الإحصائية إلى أن فرق
    # ضبط الجودة رصدت ... "الكرتون"" ("الإحصائية" = the statistics team's report, an issued document like
    # blind10/blind12's "التقرير الإحصائي": named=true -- not the issuer-less "بيانات" of blind7/blind12/blind13;
    # cue without كما, blind17/blind19) and "مبينةً أن أسعار التمور ... ارتفاعاً نسبياً" (null). Not claims: the
    # dateline, "// انتهى //" and the time line
    7: [("وفقاً", "تقرير فريق الإحصاء بالمهرجان", "1554 سيارة", "لنقلها لأسواق المملكة", False, True),
        ("وبينت", "الإحصائية", "أن كميات السكري", "تزن 614.196 طناً", False, True),
        ("أشارت", "الإحصائية", "إلى أن فرق ضبط", "العبوات \"الكرتون\"", False, True),
        ("مبينةً", None, "أن أسعار التمور", "ارتفاعاً نسبياً", False, True)],
    # 3alyoum Dammam electoral districts: "أعلنت اللجنة المحلية للانتخابات البلدية بأمانة المنطقة الشرقية اليوم ،
    # عن تعديلات ... إلى دوائر أخرى" (the adverb left out; content from عن), "وأوضح مدير عام إدارة العلاقات العامة
    # والإعلام والمتحدث الإعلامي في أمانة المنطقة الشرقية محمد الصفيان ، أن التعديلات ... في الدورة السابقة" and
    # "وأشار الصفيان ، إلى نقل حدود المركز الانتخابي ... إلى الدائرة الثامنة" (أشار إلى + NP; to the end of its
    # sentence). Not claims: "و جاءت التعديلات ..."، "كما تم إنشاء دائرة" (the writer's account of the changes, no
    # reporting word), "وعلى الناخبين ... نقل القيد" (an instruction), the byline and the tag line "سمات ..."
    8: [("أعلنت", "اللجنة المحلية للانتخابات البلدية بأمانة المنطقة الشرقية", "عن تعديلات", "إلى دوائر أخرى",
         False, True),
        ("وأوضح", "مدير عام إدارة العلاقات العامة والإعلام والمتحدث الإعلامي في أمانة المنطقة الشرقية محمد الصفيان",
         "أن التعديلات", "في الدورة السابقة", False, True),
        ("وأشار", "الصفيان", "إلى نقل حدود", "بنقل قيد بياناتهم إلى الدائرة الثامنة", False, True)],
    # aawsat al-Hilal's coach drops al-Hamad and al-Bishi: no claim. "قرر ... الاستغناء" (a decision), "وعلمت «الشرق
    # الأوسط» أن" (the outlet's own information without a source, blind8/blind13's "علمت "الوطن""; unlike
    # blind9's "وعلمت «عكاظ» من مصادرها الخاصة"), "حثت البيشي على البحث" (an exhortation), the squad list
    9: [],
    # almadina CMA refers an investor for investigation: "تود الهيئة إحاطة المتعاملين والمستثمرين في السوق المالية
    # بأنه صدر قرار مجلس الهيئة ... على أسهم بعض الشركات المدرجة" (informing that a decision has been issued: a
    # reporting noun with a complement clause, blind3's "تبلغ ... بأنه", blind5's "بلاغاً"; cue the verbal noun after
    # the support verb تود, blind21's "بدأت ... تؤكد"; addressees left out; decided here). Not claims: "قرار مجلس
    # الهيئة المتضمن إحالة" (a decision and its contents, inside), "انطلاقًا من مسؤوليات ..."، "وبناءً على المادة"
    # (grounds)
    10: [("إحاطة", "الهيئة", "بأنه صدر قرار", "بعض الشركات المدرجة", False, True)],
    # okaz Yemen, rifts between Saleh and the Houthis: ten claims of unnamed sources and witnesses (named=false; the
    # addressee "لـ «عكاظ»" left out; the anaphoric "المصادر" named=false, blind2/blind8/blind9/blind17): "كشفت مصادر
    # مطلعة يمنية ... عن خلافات ... والاتهامات المتبادلة", "وأوضحت المصادر أن المخلوع وجه ... أن يكون زعيمهم
    # متلقيا" (the mid-content "وهو ما أثار ..." kept before the participle, blind8/blind10/blind11/blind21; the
    # refusal inside), "مبينة أن زعيم الانقلابيين ... في محافظة صعدة" (null), "وأوضحت مصادر ميدانية في المقاومة
    # ..." (PP kept, blind18/blind20), "أفادت مصادر محلية يمنية أن الحوثيين ... قبل الوصول إلى عدن" and "مبينة بأن
    # الزوارق العشرة ... الثقيل" (null), "وتتوقع مصادر في المقاومة أن تتم السيطرة ..." (a prediction), "وأبانت
    # المصادر أن ... على معسكر لبوزة", "وأشارت المصادر عن أن عشرات الحوثيين ... في منطقة «الحسيني»" (its "في حين"
    # clause kept, to the end of the sentence: blind10/blind14/blind19) and "وأفاد شهود عيان لـ «عكاظ» أن غارتين
    # ... والمخازن له". Not claims: "بالدعوة للتعبئة العامة" (an appeal, inside), "يأتي ذلك" (the writer), battle
    # narration
    11: [("كشفت", "مصادر مطلعة يمنية", "عن خلافات", "والاتهامات المتبادلة", False, False),
         ("وأوضحت", "المصادر", "أن المخلوع", "أن يكون زعيمهم متلقيا", False, False),
         ("مبينة", None, "أن زعيم الانقلابيين", "في محافظة صعدة", False, True),
         ("وأوضحت", "مصادر ميدانية في المقاومة", "أن هناك غطاء", "بالأرواح والمعدات", False, False),
         ("أفادت", "مصادر محلية يمنية", "أن الحوثيين حاولوا", "قبل الوصول إلى عدن", False, False),
         ("مبينة", None, "بأن الزوارق", "بالعتاد العسكري الثقيل", False, True),
         ("وتتوقع", "مصادر في المقاومة", "أن تتم السيطرة", "الساعات القليلة المقبلة", False, False),
         ("وأبانت", "المصادر", "أن المقاومة سيطرت", "حصارا على معسكر لبوزة", False, False),
         ("وأشارت", "المصادر", "عن أن عشرات", "في منطقة «الحسيني»", False, False),
         ("وأفاد", "شهود عيان", "أن غارتين", "والمخازن له", False, False)],
    # alriyadh Ma'aden hosts Arabal 2015: "وعبر المهندس خالد بن صالح المديفر الرئيس التنفيذي لشركة معادن، عن فخر
    # الشركة واعتزازها باستضافة ... لكبريات شركات الألمنيوم في العالم" (verb of expression + stance noun; the
    # writer's "وهو ما يؤكد على مكانة "معادن" ..." gloss left out, blind6/blind7/blind10/blind11/blind21, its "يؤكد"
    # with a non-source subject), "مشيرا إلى أن المؤتمر سيبحث ... منظومة إعادة تدوير الألمنيوم" (its "كما ستعرض
    # "معادن" ..." continuation kept, blind19/blind21), "وأكد المديفر على أن مؤتمر عربال ... في صناعات الألمنيوم",
    # "مشيرا إلى أنه يعد فرصة ... التقنية العالمية", "متوقعا أن يكون ... على صناعات الألمنيوم" (participles after a
    # claim: null) and "من جانبه أكد رئيس مجلس ادارة سكرتارية عربال الدائمة محمد علي النقي أن المؤتمر سيشهد ...
    # تكنولوجيا الإنتاج في صناعات الألمنيوم". Not claims: "ومن المقرر أن" (impersonal), "يركز المؤتمر على بحث"
    # (a topic), "وهو ما يؤكد" (non-source), "وتعد مؤتمرات "عربال"" (impersonal)
    12: [("وعبر", "المهندس خالد بن صالح المديفر الرئيس التنفيذي لشركة معادن", "عن فخر الشركة",
          "لكبريات شركات الألمنيوم في العالم", False, True),
         ("مشيرا", None, "إلى أن المؤتمر سيبحث", "منظومة إعادة تدوير الألمنيوم", False, True),
         ("وأكد", "المديفر", "على أن مؤتمر عربال", "الفعاليات في صناعات الألمنيوم", False, True),
         ("مشيرا", None, "إلى أنه يعد", "وتوطين التقنية العالمية", False, True),
         ("متوقعا", None, "أن يكون", "إيجابا على صناعات الألمنيوم", False, True),
         ("أكد", "رئيس مجلس ادارة سكرتارية عربال الدائمة محمد علي النقي", "أن المؤتمر سيشهد",
          "تكنولوجيا الإنتاج في صناعات الألمنيوم", False, True)],
    # sabq the Abha shopping festival: "ثم ألقى مدير إدارة المهرجان إبراهيم بن محمد الجار الله كلمة اللجنة العليا
    # للمهرجان أوضح فيها أن مهرجان أبها ... مهرجان أبها للسياحة" (a clause on the noun "كلمة" whose subject is
    # elided: null, blind16's "كلمة رحب فيها", blind20's "بياناً أوضحت فيه"), "لافتًا إلى أن إعلان فوز ... طوال
    # العام" (null) with, nested, "حينما قال : عسير ستكون ... طوال العام" (colon: direct; its subject elided: null --
    # "لما أعلنه سموه" is not counted apart, its only content the relative and clitic, blind7/blind16's "كما أعلنها"),
    # "وأكد الجار الله أن منطقة عسير ... بكل يُسر وسهولة", "مشيرًا إلى أن المهرجان استطاع ... برؤية فنية عالية" and
    # "مضيفًا أن المهرجان سيستضيف ... رئيس اللجنة العليا المنظمة للمهرجان" (null; "بتوجيه من ..." inside). Not
    # claims: "دشن"، "قام بقص الشريط"، "كرّم" (acts), "ألقى ... كلمة" (the speech act, its content counted with
    # "أوضح فيها"), "أوبريت وطنيًا بعنوان "جتك الأخبار""، "تغنت بحب الوطن" (a title, songs), the byline
    13: [("أوضح", None, "أن مهرجان أبها", "سمات مهرجان أبها للسياحة", False, True),
         ("لافتًا", None, "إلى أن إعلان", "طوال العام", False, True),
         ("حينما |قال| :", None, "عسير ستكون", "طوال العام", True, True),
         ("وأكد", "الجار الله", "أن منطقة عسير", "بكل يُسر وسهولة", False, True),
         ("مشيرًا", None, "إلى أن المهرجان", "برؤية فنية عالية", False, True),
         ("مضيفًا", None, "أن المهرجان سيستضيف", "العليا المنظمة للمهرجان", False, True)],
    # alwatan Houthi shells on Jazan and Najran: "وأوضح شاهد عيان أن مواطنا ... وأصاب أحد المواطنين" (named=false),
    # "أوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان بالإنابة الرائد محمد بن حسن آل صمغان أنه في تمام ...
    # لتلقي العلاج اللازم", "وأوضح المتحدث الرسمي لمديرية الدفاع المدني بالمنطقة، المقدم علي عمير آل جرمان في تصريح
    # صحفي، أنه عند الساعة ... لأضرار طفيفة" (apposition after the comma kept, blind3; "في تصريح صحفي" left out),
    # "وأشار إلى أن فرق الدفاع المدني ... محدودة جدا" (null), "حذر آل جرمان الأهالي من التجمهر أو الاقتراب ...
    # حفاظا على سلامتهم" (a warning, blind9's identical "وحذر الدفاع المدني من العبث بالمقذوفات أو الاقتراب منها",
    # blind12/blind18/blind19; the addressee left out), "مؤكدا في تصريح إلى "الوطن" أن أسلوب الانقلابيين ... حوادث
    # سقوط المقذوفات" and "مؤكدا أن الوضع مطمئن في المنطقة" (participles after a claim: null). Not claims: the
    # shelling and evacuation narrative, "ردت القوات المسلحة" (an act)
    14: [("وأوضح", "شاهد عيان", "أن مواطنا", "وأصاب أحد المواطنين", False, False),
         ("أوضح", "المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان بالإنابة الرائد محمد بن حسن آل صمغان",
          "أنه في تمام", "لتلقي العلاج اللازم", False, True),
         ("وأوضح", "المتحدث الرسمي لمديرية الدفاع المدني بالمنطقة، المقدم علي عمير آل جرمان", "أنه عند الساعة",
          "وسيارات لأضرار طفيفة", False, True),
         ("وأشار", None, "إلى أن فرق الدفاع", "محدودة جدا", False, True),
         ("حذر", "آل جرمان", "من التجمهر", "حفاظا على سلامتهم", False, True),
         ("مؤكدا", None, "أن أسلوب الانقلابيين", "حوادث سقوط المقذوفات", False, True),
         ("مؤكدا", None, "أن الوضع مطمئن", "في المنطقة", False, True)],
    # aleqtisadiya al-Zayani on the truce: "قال الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول الخليج
    # العربية، إن احترام الهدنة ... نزيف الدماء اليمنية", "وأكد الزياني خلال اجتماعه ... أن الهدنة ستتيح ... إلى جميع
    # المحافظات" (the circumstantial "خلال اجتماعه ..." between speaker and content left out), "وأعرب الأمين العام
    # لمجلس التعاون خلال اللقاء، عن أمله في أن تحترم ... رئيس اليمن" (an expressed hope, blind2/blind14) and "مؤكدا
    # أن احترام الهدنة ... بعد تحريرهما" (null). Not claims: "وجرى خلال الاجتماع بحث"، "كما تم بحث" (topics,
    # passive), "بناء على طلب الرئيس" (a request, inside), "داعيا منظمات الإغاثة" (an appeal), "أشاد الوزير"
    # (praise), "حضر الاجتماع"
    15: [("قال", "الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول الخليج العربية", "إن احترام",
          "نزيف الدماء اليمنية", False, True),
         ("وأكد", "الزياني", "أن الهدنة ستتيح", "إلى جميع المحافظات", False, True),
         ("وأعرب", "الأمين العام لمجلس التعاون", "عن أمله", "منصور هادي رئيس اليمن", False, True),
         ("مؤكدا", None, "أن احترام الهدنة", "بعد تحريرهما", False, True)],
    # alyaum 267 violations of the midday work ban: "وأكد مدير عام فرع وزارة العمل بالمنطقة الشرقية عمر بن صالح
    # العمري، أن تلك الحملات ... نظرًا لارتفاع درجة حرارة الشمس خلال هذه الفترة". Not claims: "داعيًا أصحاب
    # الأعمال ... وعموم المجتمع بالإبلاغ" (an appeal), "نفذ مراقبون ... حملات"، "وأسفرت الحملات عن ضبط"، "وقد تمت
    # إحالة" (acts, passive)
    16: [("وأكد", "مدير عام فرع وزارة العمل بالمنطقة الشرقية عمر بن صالح العمري", "أن تلك الحملات",
          "الشمس خلال هذه الفترة", False, True)],
    # aljazirah Algeria and Russia: "وقال نوفاك خلال مؤتمر صحفي ... إن البلدين اتفقا ... النفط والغاز المشتركة"
    # (the circumstance left out), "منوهاً إلى اهتمام شركات النفط الروسية ... في قطاع الطاقة الجزائري" (نوّه إلى =
    # pointed out, blind11/blind21; null), "كما أكد نوفاك أن الجزائر ... بين البلدين" (cue without كما), "كشف وزير
    # الطاقة الروسي عن أن شركة ... في الجزائر", "وقال إنها ليست جديدة بالنسبة لـ«روس نفط»" (coordinated with the
    # non-claim "تطرق ... إلى مسألة العقوبات", elided subject: null, blind21's "وقال للحضور") and "وكانت وزارة المالية
    # الأمريكية أعلنت الخميس فرض عقوبات على 15 شركة ... «روس نفط»" (announcing a decision with its object NP,
    # blind13/blind15/blind19; cue the verb after وكانت; the adverb left out). Not claims: "وقعت ... بروتوكولاً"
    # (an act), "كما تطرق الوزير الروسي إلى مسألة" (a topic, blind21)
    17: [("وقال", "نوفاك", "إن البلدين", "النفط والغاز المشتركة", False, True),
         ("منوهاً", None, "إلى اهتمام", "قطاع الطاقة الجزائري", False, True),
         ("أكد", "نوفاك", "أن الجزائر", "التجاري بين البلدين", False, True),
         ("كشف", "وزير الطاقة الروسي", "عن أن شركة", "القطارات في الجزائر", False, True),
         ("وقال", None, "إنها ليست جديدة", "لـ«روس نفط»", False, True),
         ("أعلنت", "وزارة المالية الأمريكية", "فرض عقوبات", "النفط الروسية «روس نفط»", False, True)],
    # alweeam a dead child found in the al-Shisha hospital: "وقد أوضح المتحدث الرسمي بصحة منطقة مكة المكرمة عبد
    # الوهاب شلبي أنه تم تشكيل لجنة ... مع الطب الشرعي" (cue without وقد; "بتوجيه من ..." inside). Not claims:
    # "وجهت الشؤون الصحية ... بتشكيل لجنة" (a directive), "تفاجأ"، "تم العثور" (events, passive), "يذكر أنه"
    # (editorial), "واتضح أنها"، "إذ تبين أن" (findings without a source), the link line
    18: [("أوضح", "المتحدث الرسمي بصحة منطقة مكة المكرمة عبد الوهاب شلبي", "أنه تم تشكيل", "مع الطب الشرعي",
          False, True)],
    # 3alyoum tweet thieves: "وقام المستخدم “@PlagiarismBad” بالكشف عن تغريده لإحدى النكات ... من حساب آخر"
    # (revealing, blind21's "بدأت ... في الكشف عن": cue the verbal noun after the support verb قام, with its glued
    # preposition as written; the handle's inner marks kept in the speaker, blind19/blind21; a user identified by
    # his handle: named=true) and "وذكرت “runolgarun” صاحبة التغريدة الأصلية أنها من طلبت ... لهذا الطلب" (the
    # apposition kept; to the end of its sentence). Not claims: "كثيرا ما نرى ... ينسبونها لأنفسهم" (the writer's
    # generic we, a habitual characterisation, blind21), "بدأت شبكة “تويتر” ... في ملاحظة" (noticing), "طلبت بحذف"
    # (a request, inside), "يشار إلى أنه"، "تجدر الإشارة إلى أن"، "يجب التنويه إلى أنه" (editorial formulas), the
    # byline and the tag line "سمات ..."
    19: [("بالكشف", "المستخدم “@PlagiarismBad”", "عن تغريده", "من حساب آخر", False, True),
         ("وذكرت", "“runolgarun” صاحبة التغريدة الأصلية", "أنها من طلبت", "لهذا الطلب", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind22.jsonl")
