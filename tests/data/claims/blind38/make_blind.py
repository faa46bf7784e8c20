"""Build claims-blind38.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261282) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind37.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind38.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind37/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (the no-break space of alweeam's "ذكرتها
  صحيفة" included).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the tanwin of "مؤكدًا" (aleqtisadiya), "لافتاً"،
"مشيراً"، "مؤكداً" against the bare "لافتا"، "موضحا"، "قائلا" of aawsat, the guillemets « » of almadina and aawsat,
the curly quotes “ ” of alweeam, the straight quotes of alwatan, sabq and aleqtisadiya, the "%" after a space of
aljazirah).
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
    # alyaum King Abdullah foundation at the Japan jamboree: no claim (the writer's account; "تشارك"، "ويمثلها"،
    # "تبنى ودعم فكرة" acts; "وتعد مشاركة المؤسسة ..." the writer's view)
    0: [],
    # was Friends of the UN honours: "وأعربوا عن أملهم في أن يتمكنوا ... المحلي والعربي" (an expressed hope with
    # أعرب عن, make_gold's "وأعرب ... عن تقديره", blind22/blind32's "أعرب ... عن أمله في أن"; a coordinated finite
    # verb after the stop with the subject "المكرمون" elided: null, blind33/blind34). Not claims: "كرمت"، "وسمت"،
    # "ومنحت"، "وأهدى المكرمون جوائزهم" (acts), the dateline, "// انتهى //" and the time line
    1: [("وأعربوا", None, "عن أملهم", "على المستوى المحلي والعربي", False, True)],
    # alwatan Ittihad and Morales: "صادقت إدارة الاتحاد على ما نشرته "الوطن" في عددها أمس، بشأن توقفها ... الأرجنتيني
    # موراليس" (decided here: a confirmation of a report with its content, like أكد: a claim of the club's management;
    # content from the preposition the cue takes, "على ما نشرته ...", to the end of the sentence) and, nested in it,
    # "نشرته "الوطن" ... بشأن توقفها عن إتمام صفقة ... موراليس" (blind2's "لما نشرته "سبق" عن الوضع ...": cue the
    # verb, speaker the outlet without its quotation marks, content from the preposition; the time left out).
    # Not claims: "طلب من مدير أعماله مهلة" (a request), "حددها المدرب" (an act), "يذكر أنه" (editorial)
    2: [("صادقت", "إدارة الاتحاد", "على ما نشرته", "الأرجنتيني موراليس", False, True),
        ("نشرته", "الوطن", "بشأن توقفها", "الأرجنتيني موراليس", False, True)],
    # almadina Valdano on Messi: "وقال اللاعب والمدرب ومدير الكرة السابق لنادي ريال مدريد الإسباني في تصريحات لشبكة
    # «تي واي سي سبورتس» التلفزيونية: «هذا الأمر ... نكيل له الاتهامات»" (the description identifies Valdano:
    # named=true; the channel left out; colon and guillemets: direct; the stop after » excluded) and "وأعرب فالدانو
    # عن قلقه من الغياب المحتمل ... اللعب الدولي" (blind12's "وأعرب ايمري عن قلقه من ..."; to the end of the
    # sentence). Not claims: "دافع ... عن مواطنه" (a defence without content, blind2's "دافع فيه عن هذا الاتفاق"),
    # "الانتقادات التي وُجِّهت له" (no source, no content), "الشائعات التي تدور حول ..." (rumours without a cue,
    # blind14's "الشائعات التي تحدثت عن")
    3: [("وقال", "اللاعب والمدرب ومدير الكرة السابق لنادي ريال مدريد الإسباني", "«هذا الأمر", "نكيل له الاتهامات»",
         True, True),
        ("وأعرب", "فالدانو", "عن قلقه", "اللعب الدولي", False, True)],
    # aljazirah "ambassadors of resolve" programme: "ثم ألقت مديرة النادي الثالث الأستاذة عائشة الشهراني كلمة عبرت
    # فيها قائلة كلمات الشكر لا تفي ... أبطال عاصفة الحزم" (decided here: one claim, cue the participle "قائلة" that
    # introduces the words, "عبرت فيها" having no complement of its own; inside the relative "كلمة ... فيها" the
    # subject is elided: null, blind3/blind22/blind33's "ألقى ... كلمة أعرب/أوضح/أكد فيها"; no colon, no marks:
    # indirect; ending before the prayer). Not claims: "متمنية من الله أن يحفظ ..." and "والجنّة للشهداء ... بإذن
    # الله" (a prayer addressed to God, make_gold's "داعين الله أن", blind37's "دعا القرشي الله أن"), "دشنت"، "ألقت
    # ... قصيدة"، "قدمت"، "شاركت" (acts), "تحدثت خلالها طالبات النادي" and "القصص التي ترويها سفيرات الحزم عن الواقع"
    # (talk and stories without content), "قدم الطفل فيصل القحطاني مشاعر مختزلة عما يشعر به" (a performance), the
    # photo caption "أحد مظاهر الترحيب بالسفيرات"
    4: [("قائلة", None, "كلمات الشكر", "أبطال عاصفة الحزم", False, True)],
    # alweeam Northern Borders emirate on Twitter: no claim ("الاعلان عن التدشين" and "اعلان الأمر الملكي بتعين ..."
    # nouns without a source and content, blind5/blind10/blind15's "الإعلان عن" without a claim; "يجدر بالذكر أن"
    # editorial; the link line)
    5: [],
    # aleqtisadiya al-Jouf airport: "وأوضح مدير مطار الجوف أن شركة النيل ... إلى أربع شركات" (identified in the text
    # as عبدالمحسن المضيان: named=true), "مؤكدًا أن مطار الجوف أكمل ... ذات العلاقة" (null) and "وأضاف المضيان أن
    # إحصائيات ... 212 رحلة جوية" (the stop after a space excluded). Not claims: "مرحبا بقدومهم" (a welcome,
    # blind16's "مرحباً بكل من"), "استقبل"، "استقبلت" (acts)
    6: [("وأوضح", "مدير مطار الجوف", "أن شركة النيل", "إلى أربع شركات", False, True),
        ("مؤكدًا", None, "أن مطار الجوف", "الأخرى ذات العلاقة", False, True),
        ("وأضاف", "المضيان", "أن إحصائيات", "على متن 212 رحلة جوية", False, True)],
    # alriyadh UAE social cohesion: "وقال المعهد إن تصدر الإمارات ... وتطوير قطاعات الأعمال" ("المعهد" the named
    # IMD: named=true; ending before the participle), "لافتاً إلى أن التماسك ... بين عشية أو ضحاها" (null), "وأكد
    # البروفيسور ارتو بريس مدير مركز التنافسية الدولي بالمعهد، أن التماسك ... لاستدامة التنافسية" (the apposition
    # kept, the comma after it outside) and "وأضاف بريس أن تصنيف المعهد ... على التوالي" (to the end of the sentence).
    # Not claims: "الذي أشاد بدور التماسك الاجتماعي" (praise, make_gold/blind35/blind37), "الصادر عن المعهد" (an
    # index issued, no statement)
    7: [("وقال", "المعهد", "إن تصدر", "وتطوير قطاعات الأعمال", False, True),
        ("لافتاً", None, "إلى أن التماسك", "بين عشية أو ضحاها", False, True),
        ("وأكد", "البروفيسور ارتو بريس مدير مركز التنافسية الدولي بالمعهد", "أن التماسك", "لاستدامة التنافسية",
         False, True),
        ("وأضاف", "بريس", "أن تصنيف", "على التوالي", False, True)],
    # aawsat Mufti of Uganda: "أكد الشيخ شعبان موباجا مفتي أوغندا أن «فتاوى التكفير ... أو الحزبية»" (أن followed by
    # a wholly quoted statement: direct, blind10-blind12/blind21/blind28's "أن «...»"), "لافتا إلى أن الكارثة ...
    # على حرمة الدماء", "موضحا أن فتاوى إهدار الدم ... الوطن الواحد" (null), "وأضاف مفتي أوغندا لـ«الشرق الأوسط»
    # خلال زيارته الأخيرة للقاهرة، أن «قوى إقليمية ... حتى تضعف الأمة»" (addressee and time left out; direct),
    # "قائلا: «هم الآن ... ينمو ويتمدد»" (null, direct), "وأضاف موباجا، وهو رئيس المجلس الإسلامي الأعلى في بلاده،
    # أن مواجهة الإرهاب ... مجتمعاتنا الإسلامية" (decided here: the parenthetical "وهو ..." left out of the speaker,
    # as blind37's "الرجل - الذي انضم ... -"), "موضحا أنه عندما يفجر ... بحب وشوق", "مؤكدا أن الإيمان ... عند الله",
    # "مشيرا إلى أن كثيرا ... إلى ذلك" (null), "وعما إذا سممت ...، أكد مفتي أوغندا أن الجماعات ... أمر آخر" (the
    # topic phrase left out) and "وحول إلصاق ...، أوضح مفتي أوغندا: «الإسلام يعتبر ... مفسدا في الأرض»" (colon:
    # direct). Not claims, inside the mufti's contents (decided here): "مع أن الإسلام شدد على حرمة الدماء" and
    # "الإسلام يعتبر كل عمل ..." (the religion's rule, not a source's statement), "يعرف أنه"، "يعتقد الإرهابي أنه
    # ..."، "ترى أن المخالفين ..." (the mufti's account of what terrorists know and believe, blind10's nested "لأنها
    # ترى أن" and blind29's nested "يعتقدون أن" unannotated)
    8: [("أكد", "الشيخ شعبان موباجا مفتي أوغندا", "أن «فتاوى", "أو الحزبية»", True, True),
        ("لافتا", None, "إلى أن الكارثة", "على حرمة الدماء", False, True),
        ("موضحا", None, "أن فتاوى", "أبناء الوطن الواحد", False, True),
        ("وأضاف", "مفتي أوغندا", "أن «قوى", "حتى تضعف الأمة»", True, True),
        ("قائلا", None, "«هم الآن", "ينمو ويتمدد»", True, True),
        ("وأضاف", "موباجا", "أن مواجهة", "مجتمعاتنا الإسلامية", False, True),
        ("موضحا", None, "أنه عندما", "بحب وشوق", False, True),
        ("مؤكدا", None, "أن الإيمان", "منزلة أفضل عند الله", False, True),
        ("مشيرا", None, "إلى أن كثيرا", "متى دعت الحاجة إلى ذلك", False, True),
        ("أكد", "مفتي أوغندا", "أن الجماعات", "على رفض الآخر، أمر آخر", False, True),
        ("أوضح", "مفتي أوغندا", "«الإسلام يعتبر", "مفسدا في الأرض»", True, True)],
    # 3alyoum man run over with his chickens: no claim ("وكشف الحادث أن ..." a thing that shows, not a source,
    # blind37's "بثت مشاهد اظهرت"; "تم إبلاغ" passive; the byline "حسن عسيري – عين اليوم" and "Next Previous")
    9: [],
    # okaz al-Nassr training: no claim ("أنباء لم تتأكد بعد حول مشاركته" news without a cue or content, unlike
    # blind19's "وقالت الأنباء إن"; "الجدير بالذكر، أن" editorial; "أشاد به عدد من النقاد" praise; the rest the
    # writer's account)
    10: [],
    # sabq al-Bayda road: "وقال المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة المدينة المنورة خالد بن مساعد
    # السهلي لـ "سبق" إن طريق البيضاء ... خلال أيام العيد" (the addressee left out), "وأكد السهلي أن عدد الإصابات ...
    # إلى الإسعاف الجوي", then after the demand "وجدد عدد من المواطنين مطالبهم ..." the participles "مؤكدين أنه يشكل
    # خطورة ... والمنحنيات الخطرة" and "مشيرين إلى أن الظاهرة ... العديد من الحوادث" (both with the overt subject of
    # the non-claim verb, blind8/blind12's chains "شكا سكان ... مؤكدين ...، مشيرين ..." and "دعا مدير ... مشيرا ...
    # مضيفاً ..."; unnamed citizens: named=false). Not claims: "وسط مطالبات مستمرة من الأهالي" and "وجدد ... مطالبهم"
    # (demands), "يذكر أن" (editorial), the byline and dateline
    11: [("وقال", "المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة المدينة المنورة خالد بن مساعد السهلي",
          "إن طريق البيضاء", "في الطريق خلال أيام العيد", False, True),
         ("وأكد", "السهلي", "أن عدد الإصابات", "إضافة إلى الإسعاف الجوي", False, True),
         ("مؤكدين", "عدد من المواطنين", "أنه يشكل خطورة", "والمنحنيات الخطرة", False, False),
         ("مشيرين", "عدد من المواطنين", "إلى أن الظاهرة", "في العديد من الحوادث", False, False)],
    # alyaum minister of municipalities and the Hajj: "وشدد -خلال جولته التفقدية ...- على ضرورة جاهزية ... خلال حج
    # هذا العام" (a coordinated finite verb with the subject elided: null; "شدد على ضرورة" a claim, blind9/blind19/
    # blind28's; the parenthetical venue between dashes left out) and "وأكد المهندس عبداللطيف آل الشيخ في تصريح عقب
    # جولته ... على وجود تنسيق كامل ... موسم حج هذا العام" (the channel left out; content from the preposition). Not
    # claims: "وجه وزير الشؤون البلدية والقروية ... بتضافر جهود ..." (a directive, blind11/blind28's "ووجه ب")
    12: [("وشدد", None, "على ضرورة جاهزية", "خلال حج هذا العام", False, True),
         ("وأكد", "المهندس عبداللطيف آل الشيخ", "على وجود تنسيق", "خلال موسم حج هذا العام", False, True)],
    # was Arab League on Iraq's reform: "وأكد في بيان صحفي اليوم، أهمية هذه الخطوة ... من الشعب العراقي" (after "رحب
    # الأمين العام ...": elided subject, null; the channel and time left out; the object NP as content; ending before
    # the praise "مشيداً"), nested in the praise "وبما أعلنه رئيس الوزراء العبادي من عزم على تكريس ... عن مؤسسات
    # الدولة" (blind2's "لما نشرته "سبق" عن ...": cue the verb, content from the preposition after the speaker) and,
    # after the condemnation "أدان الأمين العام ...", "مؤكداً تضامن الجامعة العربية ... في ربوع البلاد كافة" (the
    # overt subject of the non-claim verb, blind5/blind7/blind8/blind10-blind37). Not claims: "رحب ... بإقرار" (a
    # welcome, blind9/blind13/blind16's "رحب"), "مشيداً باستجابة" (praise), "ودعا الأمين العام ... إلى التوافق" (a
    # call), "أدان" (a condemnation), the dateline, "// انتهى //" and the time line
    13: [("وأكد", None, "أهمية هذه الخطوة", "من الشعب العراقي", False, True),
         ("أعلنه", "رئيس الوزراء العبادي", "من عزم", "عن مؤسسات الدولة", False, True),
         ("مؤكداً", "الأمين العام", "تضامن الجامعة العربية", "في ربوع البلاد كافة", False, True)],
    # alwatan Hajr training: no claim ("أثبتت الكشوفات الطبية سلامة اللاعب" a thing that shows; "ومن المتوقع مشاركة"
    # impersonal, blind37's "ويتوقع ان")
    14: [],
    # arreyadi Rotana film restoration: "وقال تركي شبانة رئيس شبكة قنوات روتانا والمحرّك الأول لهذا المشروع في تصريح
    # خاص: لدينا أرشيف ... للمرة الأولى" (the channel left out; colon: direct), "وعن اختيار مصر ...، قال: طبيعي جداً
    # ... في السينما المصرية" (null; the topic phrase left out; ending before "وأضاف"), "وأضاف شبانة: مصر هي ...
    # المنطقة العربية كاملة", "وكذلك ألقى ... الأمير الوليد بن طلال كلمة (مسجلة) لهذا الحفل قال فيها: لقد تابعت ...
    # عقول مجتمعاتنا" (inside the relative "كلمة ... قال فيها": null, blind3/blind22/blind33) and "وأضاف الأمير
    # الوليد بن طلال: مجموعة روتانا ... هذا الوطن العظيم" (all colon: direct). Not claims: the headline line and the
    # byline, "توجيهات مباشرة من الأمير الوليد" (directives), "ولن يصدق بأنها أفلام قديمة" (inside Shabana's words),
    # "احتفلت"، "حضر" (acts)
    15: [("وقال", "تركي شبانة رئيس شبكة قنوات روتانا والمحرّك الأول لهذا المشروع", "لدينا أرشيف",
          "يشاهدها للمرة الأولى", True, True),
         ("قال", None, "طبيعي جداً", "في السينما المصرية", True, True),
         ("وأضاف", "شبانة", "مصر هي", "في المنطقة العربية كاملة", True, True),
         ("قال", None, "لقد تابعت", "تنير عقول مجتمعاتنا", True, True),
         ("وأضاف", "الأمير الوليد بن طلال", "مجموعة روتانا", "حدود هذا الوطن العظيم", True, True)],
    # almadina Jazan tannour: no claim (the writer's description; "ما يسمى بـ" a naming, "المعروف بـ")
    16: [],
    # aljazirah Buraidah hospital: "أعلنت المديرية العامة للشؤون الصحية بمنطقة القصيم صباح الاثنين تشغيل المرحلة
    # الأولى ... بأحدث التجهيزات الطبية" (the time left out; the object NP as content, to the end of the sentence),
    # "وأكد الدكتور الشايع أن مراحل ... في الزمن المحدد", ". مشيراً إلى أن المرحلة الأولى ... الخدمات الصحية
    # بالمستشفى" (null, after a stop), "ولفت الرشيدي إلى أن المستشفى ... المرتبطة بها", "من جانبه، أكد مساعد المدير
    # العام للشؤون الهندسية المهندس صالح الرعوجي أن مشروع ... 164 مليون ريال" and "مشيراً إلى أن تشغيل ... إلى 50 %"
    # (null). Not claims: "وقف ميدانياً"، "التقى"، "واطمأن" (acts), "وأطلع ... المدير العام بالإنابة على الإجراءات"
    # (briefing without content, blind10/blind33's "اطلع")، "كما استعرض سير العمل" (a review)
    17: [("أعلنت", "المديرية العامة للشؤون الصحية بمنطقة القصيم", "تشغيل المرحلة", "بأحدث التجهيزات الطبية", False,
          True),
         ("وأكد", "الدكتور الشايع", "أن مراحل", "في الزمن المحدد", False, True),
         ("مشيراً", None, "إلى أن المرحلة", "الخدمات الصحية بالمستشفى", False, True),
         ("ولفت", "الرشيدي", "إلى أن المستشفى", "الطبية المرتبطة بها", False, True),
         ("أكد", "مساعد المدير العام للشؤون الهندسية المهندس صالح الرعوجي", "أن مشروع", "164 مليون ريال", False,
          True),
         ("مشيراً", None, "إلى أن تشغيل", "البنية التحتية إلى 50 %", False, True)],
    # alweeam Senegalese thieves: "وبحسب التفاصيل التي ذكرتها صحيفة “ذا ناشيونال” الإماراتية، فان المتهمين ...
    # للرأس الواحدة" (decided here: the phrase stands for "بحسب ما ذكرته", blind31's "طبقا لما ذكرته", so the cue is
    # the whole phrase; content from "فان", blind1/blind19/blind35's "فإن" after بحسب), "وقالت الصحيفة: “المجني
    # عليهما ... 200 ألف درهم”" (colon: direct) and "وبحسب وصف المدعي العام في القضية فقد اجتمع ... المبلغ والفرار"
    # (a noun of saying kept in the cue, blind2's "حسب إفادة المراجعين", blind8's "وفق ادعاءات الشهود"; a definite
    # official of the case: named=true; content from "فقد", blind21/blind36). Not claims: "صادقت محكمة استئناف دبي على
    # الحكم" (a court's act, blind37's "وافقت محكمة"), "عرضا عليهما صفقة" (an offer), the link line
    18: [("وبحسب التفاصيل التي ذكرتها", "صحيفة “ذا ناشيونال” الإماراتية", "فان المتهمين", "للرأس الواحدة", False,
          True),
         ("وقالت", "الصحيفة", "“المجني عليهما", "بلغ 200 ألف درهم”", True, True),
         ("وبحسب وصف", "المدعي العام في القضية", "فقد اجتمع", "سرقة المبلغ والفرار", False, True)],
    # aleqtisadiya Catalan press on Real Madrid: "وأوضحت صحيفة "سبورت" الإسبانية أن أرقام ريال مدريد ... على تحسين
    # الجانب الدفاعي" (to the end of the sentence; "حسب وصفها" inside it marks the same source's wording and is not a
    # claim of its own, blind8's "(على حد وصفها)"), "واعتبرت صحيفة "موندو ديبورتيفو" أن فاليرينجا ... خاميس
    # رودريجيز", "وأشارت صحيفة "البيريوديكو" إلى أن ريال مدريد ... من دون أي هدف", "وقالت "هذه المرة ... المتواضع""
    # (null; quoted without colon: direct, blind34-blind37), "ورصدت وسائل الإعلام الإسبانية فشل الملكي في التسجيل
    # للمباراة الثانية على التوالي" (decided here: the media reporting a fact, a claim; unnamed media: named=false,
    # make_gold's "الصحف الفرنسية"), "حيث عنونت صحيفة "أس" خبر المباراة بـ "ريال مدريد 180 دقيقة دون أهداف"" (decided
    # here: a headline is the paper's own words, a claim; content from the preposition; the whole headline quoted:
    # direct, as "أن «...»") and "حيث برر التعادل بافتقاد الفريق ... الأهداف عادة" (decided here: a justification is
    # a statement of cause, like "وصفه بأنه"; Benitez only as the possessor of "تصريحات", the verb's subject elided:
    # null; content from the preposition). Not claims: "في سخرية كبرى الصحف الكاتالونية من فشل ..." and "وسخرت
    # الصحيفة الكاتالونية من ريال مدريد ..." (mockery without a proposition, make_gold's "سخروا منه"), "تصريحات رافا
    # بينيتيز ... لم تكن مغايرة لذلك الواقع" (the writer's judgement of statements not given)
    19: [("وأوضحت", "صحيفة \"سبورت\" الإسبانية", "أن أرقام", "على تحسين الجانب الدفاعي", False, True),
         ("واعتبرت", "صحيفة \"موندو ديبورتيفو\"", "أن فاليرينجا", "والكولومبي خاميس رودريجيز", False, True),
         ("وأشارت", "صحيفة \"البيريوديكو\"", "إلى أن ريال مدريد", "من دون أي هدف", False, True),
         ("وقالت", None, "\"هذه المرة", "فالرينجا المتواضع\"", True, True),
         ("ورصدت", "وسائل الإعلام الإسبانية", "فشل الملكي", "للمباراة الثانية على التوالي", False, False),
         ("عنونت", "صحيفة \"أس\"", "بـ \"ريال", "دقيقة دون أهداف\"", True, True),
         ("برر", None, "بافتقاد الفريق", "يحرزون الأهداف عادة", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind38.jsonl")
