"""Build claims-blind47.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261300) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind46.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind47.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind46/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the guillemets of aawsat and almadina's "«ما بعد
الحداثة”", the curly quotes of 3alyoum and alweeam, the straight quotes of alriyadh, sabq, aleqtisadiya and alwatan,
almadina's parentheses, "إدعاءات" and "انه" as spelled in alriyadh, the shadda of aleqtisadiya's "بيَّن", alyaum's
"مبينًا" with its tanwin, the mixed-case "MBc" of 3alyoum, and the speaker "صحيفة ديلي ميل البريطانية" spanned
inside "لصحيفة" as blind46's "لخبراء").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample as sampler  # noqa: E402

sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # 3alyoum hijabi student: "توجت فلسطينية مسلمة ... وقد نالت اللقب عن طريق تصويت زملائها حسب موقع MBc." (a
    # source-last relay: the content is the whole sentence before the cue, blind11's "..., حسب موقع «تيك كرونش»";
    # the site named=true). Not claims: "ولا تعتبر الحجاب عائقًا أمامها" (decided here: a negated attitude the writer
    # describes, coordinated with "تحرص أبرار على الظهور", blind9's "ولا يرى غضاضة في أن" unannotated), "وتسعي
    # الطالبة" (an intention), "ويعد اللقب دليلًا" (a passive, the writer's), the byline and the tag line "سمات ..."
    0: [("حسب", "موقع MBc", "<توجت فلسطينية", "عن طريق تصويت زملائها", False, True)],
    # alriyadh Frimpong: "قال الاتحاد الروسي لكرة القدم الأربعاء إنه رفض إدعاءات ... في الأسبوع الماضي" (the day left
    # out) with, nested, "إدعاءات لاعب الوسط الغاني إيمانويل فريمبونج بأنه تعرض لإهانة عنصرية ... في الأسبوع الماضي"
    # (an allegation noun with its content, blind8's "وفق ادعاءات الشهود", blind30's "والادعاء بأن"; the claimant
    # named, his club "لاعب فريق أوفا" given later), "وأضاف الاتحاد أن لجنة الانضباط ... يوم الجمعة الماضي" ("لم
    # تتوصل لأي أدلة تثبت" evidence that shows, inside), "ردا على الإساءة العنصرية حسبما يدعي" (decided here: the
    # source-last "حسبما يدعي", make_gold's "حسبما قال"; null, the player the elided subject; content the part before
    # the cue that he alleges, the gesture and the sending-off being facts), "وقال الاتحاد الروسي في بيان انه عاقب
    # ... لمباراتين" (the channel left out), 'وقال ارتور جريجوريانتس رئيس لجنة الانضباط للصحفيين "مفتش ... خلال
    # المباراة."' (the addressee "للصحفيين" left out; direct, the stop inside the marks kept), 'وأضاف المسؤول الروسي
    # "لم نجد ... للجماهير"' (direct), "وقال الكسندر ميتين مسؤول الأمن في الدوري الروسي إنه لم يثبت ... ضد
    # فريمبونج" and 'وقال ميتين في مقابلة ... "كاميرات المراقبة ... من جانب المشجعين."' (the channel left out;
    # direct). Not claims: "كما سألنا المراقبين داخل الملعب" (a first-person question with no words, inside the quote)
    1: [("قال", "الاتحاد الروسي لكرة القدم", "إنه رفض", "سبارتاك موسكو في الأسبوع الماضي", False, True),
        ("إدعاءات", "لاعب الوسط الغاني إيمانويل فريمبونج", "بأنه تعرض", "سبارتاك موسكو في الأسبوع الماضي", False,
         True),
        ("وأضاف", "الاتحاد", "أن لجنة الانضباط", "الممتاز يوم الجمعة الماضي", False, True),
        ("حسبما يدعي", None, "<ردا على الإساءة", "ردا على الإساءة العنصرية", False, True),
        ("وقال", "الاتحاد الروسي", "انه عاقب", "بالإيقاف لمباراتين", False, True),
        ("وقال", "ارتور جريجوريانتس رئيس لجنة الانضباط", "\"مفتش المباراة", "فريمبونج خلال المباراة.\"", True,
         True),
        ("وأضاف", "المسؤول الروسي", "\"لم نجد", "التي وجهها للجماهير\"", True, True),
        ("وقال", "الكسندر ميتين مسؤول الأمن في الدوري الروسي", "إنه لم يثبت", "أي إساءة عنصرية ضد فريمبونج",
         False, True),
        ("وقال", "ميتين", "\"كاميرات المراقبة", "من جانب المشجعين.\"", True, True)],
    # okaz Jubeir and Shoukry in Cairo: "أكد وزير الخارجية عادل الجبير في مؤتمر صحفي ...، أن المملكة ومصر اتفقتا ...
    # بينهما" (the channel and its relative left out; ending before "، مشددا"), "مشددا على توجيهات ... في جميع
    # المجالات" (make_gold's "شدد على"; null; he stresses the directives -- the directives themselves are not a claim),
    # "وشدد الوزير الجبير في مؤتمر صحفي مشترك بين الوزيرين على التعاون بين البلدين" (the channel left out; ending before
    # "ووصفها"), "ووصفها بجناحي الأمة ... لحمايته" (a description, null, content from بـ, blind46's "وصفها بالداعم"),
    # "لافتا إلى وجود تواصل ... المشتركة" (null), "مؤكدا أن هذا الاجتماع ... في مجالات عدة" (speaker the overt subject
    # "وزير الخارجية" of the non-claim "ونوه ... بالاجتماع", blind29/blind42/blind45/blind46's "وطالبت لاجارد ...،
    # مشيرة"), "أكد شكري على أهمية العلاقات بين مصر والمملكة" (cue without من جهته), "مشيرا إلى أنها كانت ... عن
    # مصالحها" and "لافتا إلى أن تضامن ... العربي" (null). Not claims: "ونوه وزير الخارجية بالاجتماع الذي جمع ..."
    # (commendation of a meeting: blind4/blind6/blind11/blind43's praise "نوه بجهود/بالدعم", unlike "نوه إلى أن" and
    # blind43's "نوه بالدور المهم")
    2: [("أكد", "وزير الخارجية عادل الجبير", "أن المملكة ومصر", "تعزيز التعاون العسكري بينهما", False, True),
        ("مشددا", None, "على توجيهات", "العلاقة المشتركة في جميع المجالات", False, True),
        ("وشدد", "الوزير الجبير", "على التعاون بين البلدين", "على التعاون بين البلدين", False, True),
        ("ووصفها", None, "بجناحي الأمة", "على الوطن العربي لحمايته", False, True),
        ("لافتا", None, "إلى وجود تواصل", "لإنشاء القوة العربية المشتركة", False, True),
        ("مؤكدا", "وزير الخارجية", "أن هذا الاجتماع", "بين البلدين في مجالات عدة", False, True),
        ("أكد", "شكري", "على أهمية العلاقات", "العلاقات بين مصر والمملكة", False, True),
        ("مشيرا", None, "إلى أنها كانت", "لهذه الأمة والدفاع عن مصالحها", False, True),
        ("لافتا", None, "إلى أن تضامن", "الحفاظ على الأمن القومي العربي", False, True)],
    # alyaum Volkswagen US sales: "أعلنت مجموعة فولكس فاجن الألمانية للسيارات عن استمرار ارتفاع ... السيارات الجولف"
    # (blind46's "أعلن ... عن") and "وأوضحت فولكس فاجن اليوم الاثنين أن مبيعاتها ... في يونيو و مايو الماضيين" (the
    # day left out; to the end of the sentence, its "وعلى الرغم من ... إلا أنه جاء أضعف ..." inside). The Audi and
    # US-market sentences have no reporting word
    3: [("أعلنت", "مجموعة فولكس فاجن الألمانية للسيارات", "عن استمرار", "بفضل تنامي مبيعات السيارات الجولف", False,
         True),
        ("وأوضحت", "فولكس فاجن", "أن مبيعاتها", "تحققا في يونيو و مايو الماضيين", False, True)],
    # aljazirah Northern Borders honour: no claim ("تم تكريم ... بوصفه الشخصية الثقافية" -- a passive act, "بوصفه" =
    # "as"; "تبنتها عدة جهات" an act; the rest the writer's report)
    4: [],
    # almadina US-Cuba embassies: no claim ("عملا باتفاق اعلن عنه في 30 يونيو" -- a passive; "ما يسجل" the writer's)
    5: [],
    # sabq father of two disabled children: 'وقال المواطن لـ "سبق": "لدي طفلان ... الطبية"' (the addressee left out;
    # "المواطن" named in the lead, named=true as blind45's; direct), 'وأضاف: "كل هذه العمليات ... من المستشفى"' and
    # 'وأردف: "ديوني ... 054189492"' (null, direct; his "أناشد" first person inside). Not claims: "ناشد المواطن ...
    # الجهات المختصة مساعدته" (an appeal, blind2/blind11/blind14's "ناشد")
    6: [("وقال", "المواطن", "\"لدي طفلان", "مدينة الملك فهد الطبية\"", True, True),
        ("وأضاف", None, "\"كل هذه", "على الموافقة من المستشفى\"", True, True),
        ("وأردف", None, "\"ديوني", "رقمي 054189492\"", True, True)],
    # aleqtisadiya academics on the Asir mosque bombing: "قال أكاديميون إن ما حدث ... ولن يفرقنا هؤلاء" (named=false,
    # unidentified academics, make_gold's "مسؤولون أميركيون"), "وقالت الدكتورة هدى الحليسي نائبة رئيس لجنة الشؤون
    # الخارجية في مجلس الشورى، نسأل الله الرحمة ... لذويهم" (a statement whose content is a prayer, blind4/blind36's
    # "وقال ... وأسأل الله", blind45's "وقال: ندين"; first person after a comma, no colon or marks: indirect, blind40/
    # blind45; ending before "، مضيفة"), "مضيفة أن الإرهاب ... ولا الحق" (null), "وبينت الدكتورة الحليسي أنه لا بد ...
    # برامج المناصحة", 'وزادت الدكتورة الحليسي "نسأل الله ... من التطرف والإرهاب' (decided here: "زاد" = "added", a
    # reporting verb like أضاف/أردف/تابع; the quotation is never closed: direct, ending before the stop and "من
    # جانبه"'s new source, blind45), "أكد الدكتور أحمد اليوسف عضو هيئة التدريس ...، أن ما حدث ... ولا حتى أسرته" (cue
    # without من جانبه), "وأضاف الدكتور اليوسف أن المجتمع ... استقرارا وتماسكا", "وأشار الدكتور اليوسف إلى أن المجتمع
    # ... مهما حصل", "بيَّن صالح البكيري أستاذ الصحافة في جامعة الملك عبدالعزيز، أن حادثة ... من هذه الفئات" (cue
    # without ومن ناحيته), 'وأضاف البكيري "هذه الحادثة ... ومفسد"' and 'وزاد البكيري "المواطن ... خاسرين"' (direct) and
    # "وبين البكيري أن المناظر ... بأمنه واستقراره". Not claims: "كما يزعم المغرر بهم من هذه الفئات" (decided here: "as
    # they claim" with no content of its own, blind9's "كما يعتقد البعض" and blind45's "كما توقع البعض"), "أكدت ترابط
    # مجتمعنا"، "وبين أن أمن الوطن" inside the quote (the incident as subject: things that show, blind45), "وإعلانه أن
    # كل فرد ..." (decided here: a declaration made by deeds, which the scenes show, blind45's proof by deeds), "يقدر
    # الجهود" (appreciates, not an estimate)
    7: [("قال", "أكاديميون", "إن ما حدث", "ولن يفرقنا هؤلاء", False, False),
        ("وقالت", "الدكتورة هدى الحليسي نائبة رئيس لجنة الشؤون الخارجية في مجلس الشورى", "نسأل الله الرحمة",
         "والسلوان والأجر لذويهم", False, True),
        ("مضيفة", None, "أن الإرهاب", "من الدين ولا الحق", False, True),
        ("وبينت", "الدكتورة الحليسي", "أنه لا بد", "في برامج المناصحة", False, True),
        ("وزادت", "الدكتورة الحليسي", "\"نسأل الله عز وجل", "من التطرف والإرهاب", True, True),
        ("أكد", "الدكتور أحمد اليوسف عضو هيئة التدريس في كلية الاتصال والإعلام في جامعة الملك عبدالعزيز",
         "أن ما حدث خسارة", "ولا حتى أسرته", False, True),
        ("وأضاف", "الدكتور اليوسف", "أن المجتمع السعودي", "إلا استقرارا وتماسكا", False, True),
        ("وأشار", "الدكتور اليوسف", "إلى أن المجتمع", "لن ينجحوا فيها مهما حصل", False, True),
        ("بيَّن", "صالح البكيري أستاذ الصحافة في جامعة الملك عبدالعزيز", "أن حادثة",
         "كما يزعم المغرر بهم من هذه الفئات", False, True),
        ("وأضاف", "البكيري", "\"هذه الحادثة", "أي مرجف ومفسد\"", True, True),
        ("وزاد", "البكيري", "\"المواطن رجل", "على أعقابهم خاسرين\"", True, True),
        ("وبين", "البكيري", "أن المناظر", "العبث بأمنه واستقراره", False, True)],
    # alwatan "اصنع مهارة": "وأوضح رئيس اللجنة الاجتماعية الأهلية بحي الروضة محمد الخميس أن ثلاث جهات ... تقني ومهني",
    # "وكشف الخميس عن حزمة من البرامج ... في برنامج "اصنع مهارة"" (ending before "، مبينا") and "مبينا عن رصد ميزانية
    # ... 1.3 مليون ريال" (null; "مبينا عن" as written)
    8: [("وأوضح", "رئيس اللجنة الاجتماعية الأهلية بحي الروضة محمد الخميس", "أن ثلاث جهات", "لإعداد جيل تقني ومهني",
         False, True),
        ("وكشف", "الخميس", "عن حزمة", "دورة تدريبية في برنامج \"اصنع مهارة\"", False, True),
        ("مبينا", None, "عن رصد ميزانية", "هذا العام بلغت 1.3 مليون ريال", False, True)],
    # was Institute of Public Administration: "أعلن معهد الإدارة العامة أسماء الدفعة الأولى ... الذي سيبدأ يوم 8 /11
    # /1436هـ" (an announcement with an object NP, make_gold's "وأعلنت ... حالة الاستنفار", blind43's "معلنا انطلاق";
    # the final " ." excluded). Not claims: "ونشر المعهد أسماء" (an act), "وحدد يوم الثلاثاء ... موعدًا" (setting a
    # date, blind10's "وحدد المجتمعون موعد"), "وأهاب المعهد بالمتقدمين" (an appeal, blind6/blind21), "التي سيتم الإعلان
    # عنها" ×2 (passives), the dateline, "// انتهى //" and the time line
    9: [("أعلن", "معهد الإدارة العامة", "أسماء الدفعة", "الذي سيبدأ يوم 8 /11 /1436هـ", False, True)],
    # aawsat Bouteflika's cable: "برقية تهنئة ...، أكد خلالها ضرورة تكريس التشاور ... في المنطقة" (null, the sender the
    # elided subject, blind30/blind33's "أكد فيها"; object NP), "أكد عمر أبو العيش السفير المصري لدى الجزائر، أن بلاده
    # ... محمد مرسي" (cue without وعلى صعيد آخر), "وقال الرئيس الجزائري في برقيته: «يطيب ... التمنيات»" (the channel
    # left out; direct), "وأضاف بوتفليقة: «أؤكد لكم ... الشقيقين»" (direct; his first-person "أؤكد لكم" inside, no
    # claim of its own, blind45), "وشدد الرئيس الجزائري على أن الظروف ... في المنطقة", "أكد السفير المصري لدى
    # الجزائر عمر أبو العيش في تصريحات لوسائل إعلام جزائرية أن الأخبار ... غير صحيحة" (cue without بينما; the channel
    # left out; "الأخبار التي وردت" received reports, inside) and "وكان راشد الغنوشي رئيس حركة النهضة التونسية اعترف
    # بأنه طلب ... في مصر" (an admission; ending before "، وهو الطلب نفسه", the writer's). Not claims: "تلقى ... برقية
    # تهنئة"، "يهنئ" (congratulations, acts), "الذي تقدم به عبد الرزاق مقري" (a request)
    10: [("أكد", None, "ضرورة تكريس", "دعائم السلم والاستقرار في المنطقة", False, True),
         ("أكد", "عمر أبو العيش السفير المصري لدى الجزائر", "أن بلاده", "الرئيس المصري الأسبق محمد مرسي", False,
          True),
         ("وقال", "الرئيس الجزائري", "«يطيب لي", "وأطيب التمنيات»", True, True),
         ("وأضاف", "بوتفليقة", "«أؤكد لكم", "لشعبينا الشقيقين»", True, True),
         ("وشدد", "الرئيس الجزائري", "على أن الظروف", "دعائم السلم والاستقرار في المنطقة", False, True),
         ("أكد", "السفير المصري لدى الجزائر عمر أبو العيش", "أن الأخبار", "في قضية إعدام مرسي، غير صحيحة", False,
          True),
         ("اعترف", "راشد الغنوشي رئيس حركة النهضة التونسية", "بأنه طلب", "لمنع الإعدامات في مصر", False, True)],
    # 3alyoum heat advice: "ذكر موقع popular science الأمريكي، أن هناك عددًا ... نتائج سلبية" (ending before "، وأوضح
    # العلماء", a new main clause with its own source; "وهناك تخوفات من علماء المناخ" a noun of feeling with no reporting
    # word, inside), "وأوضح العلماء أن الحر الشديد ... من التبخر" (named=false: unidentified climate scientists,
    # blind46's "المحللون"), "قال الدكتور سليم دهب إستشاري أمراض الباطنة لـ”عين اليوم” إن ارتفاع ... التشنجات العضلية"
    # (cue without ومن جانبه; the addressee left out) and "وأوضح دهب عدة نصائح ... منها: - ... امتصاص الحرارة" (decided
    # here: أوضح with an object NP and the list it introduces, to the end of the list before ". سمات"; direct=false, the
    # colon following the writer's "منها" rather than the verb, blind46's partly-own-words contents). Not claims: "ومن
    # المتوقع أن" (impersonal), "يمكن أن يوصف بالمرعب" (a passive), the byline and the tag line
    11: [("ذكر", "موقع popular science الأمريكي", "أن هناك عددًا", "يكون له نتائج سلبية", False, True),
         ("وأوضح", "العلماء", "أن الحر الشديد", "منع العرق من التبخر", False, False),
         ("قال", "الدكتور سليم دهب إستشاري أمراض الباطنة", "إن ارتفاع", "يسبب التشنجات العضلية", False, True),
         ("وأوضح", "دهب", "عدة نصائح", "لتقلل امتصاص الحرارة", False, True)],
    # alriyadh Suqairi diwan: no claim (decided here: the poem is given after "التي أبدع في نظمها الصقيري:" -- composing,
    # not a reporting word; blind20's column quoting "قصيدة قالها شاعرها" unannotated, unlike blind9's "وتقول كلمات
    # القصيدة:"; "احتوى على" and "نقف مع هذه القصيدة" the writer's)
    12: [],
    # okaz column "اقتصادنا غير الحر": no claim ("حتى وإن قلنا بأن اقتصادنا مفتوح" -- the columnist's hypothetical
    # "we", blind46's "ولو قلنا إن"; "الشعار الكبير الذي ترفعه البلاد" a slogan, no content; "لكنني توقفت" the columnist)
    13: [],
    # alyaum Red Crescent course: "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بالمنطقة الشرقية فهد الغامدي أن
    # الهيئة ... الحكومية والأهلية" (ending before ", مبينًا"), "مبينًا أن الدورة ... إلى أقرب مستشفى" and "وأفاد أن
    # المتجاوزين ... لمدة عامين" (null). Not claims: "واثنى الغامدي على الجهات" (praise)
    14: [("وأوضح", "المتحدث الرسمي لهيئة الهلال الأحمر السعودي بالمنطقة الشرقية فهد الغامدي", "أن الهيئة تنفذ",
          "المؤسسات الحكومية والأهلية", False, True),
         ("مبينًا", None, "أن الدورة", "نقلها إلى أقرب مستشفى", False, True),
         ("وأفاد", None, "أن المتجاوزين", "الأولية للمصابين لمدة عامين", False, True)],
    # aljazirah teacher interviews (the story of blind33's sabq kJCgde in other words): "أكد مدير شؤون المعلمين
    # بالإدارة عبدالله خضران، أهمية إحضار ... المُعدة لذلك" (cue without من جهته; object NP; to the end of the sentence,
    # its "فيما يتعين ..." inside, exactly as blind33 annotated the same sentence). Not claims: "هنأ ... المعلمين"
    # (congratulations), "متمنياً لهم التوفيق" (a wish with a bare NP, blind28/blind33's "متمنياً التوفيق")
    15: [("أكد", "مدير شؤون المعلمين بالإدارة عبدالله خضران", "أهمية إحضار", "وفق آلية المفاضلة المُعدة لذلك", False,
          True)],
    # almadina column on media: "ألقى رئيس مركز أسبار الدكتور فهد العرابي الحارثي كلمة عن عصر «ما بعد الحداثة”، ...
    # مما ننتج من معرفة ومن معلومات.)" (decided here: the columnist reproduces the speech -- its closing ")" ends words
    # whose opening mark is missing, and "ويضيف الدكتور فهد" continues them -- so the noun "كلمة" is the cue, as
    # blind39's noun "كلام" + colon and blind46's "انطباعاته"; content from "عن" to the closing ".)"; partly marked:
    # direct=false) and "ويضيف الدكتور فهد: (إن الثورة الرقمية ... وعمّمت إعادة إنتاجها.)" (colon and parentheses, his
    # own words: direct; over the two paragraphs; the stop inside the parenthesis kept). Not claims: "لم أحظَ من قبل
    # بقراءة ..." and "رأيي أن المشوار ما زال طويلاً ..." (the columnist's own voice, blind31's "رأيي أن"), the e-mail and
    # SMS lines
    16: [("كلمة", "رئيس مركز أسبار الدكتور فهد العرابي الحارثي", "عن عصر", "مما ننتج من معرفة ومن معلومات.)", False,
          True),
         ("ويضيف", "الدكتور فهد", "(إن الثورة", "وعمّمت إعادة إنتاجها.)", True, True)],
    # sabq Tuwal martyr's funeral: 'وأضاف: "نحمد الله ... وإحقاقا للحق"' (null: a coordinated verb after the non-claim
    # "وشارك الدكتور السويد ...، ناقلا تعازي", blind44-blind46; direct) and "وتحدث والد الشهيد بأنه وأبناءه فداء
    # للوطن" (decided here: تحدث with a content clause "بأنه", unlike the topic-only "تحدث عن"; the father of the named
    # martyr: named=true, blind46's "والدهُ"; ending before "، وقدم شكره"). Not claims: "ناقلا تعازي ..." (conveying
    # condolences, blind4's "تقدم التعازي"), "وقدم شكره" (thanks), "متمنيا له الشفاء العاجل" (a wish with a bare NP)
    17: [("وأضاف", None, "\"نحمد الله", "وإحقاقا للحق\"", True, True),
         ("وتحدث", "والد الشهيد", "بأنه وأبناءه", "بأنه وأبناءه فداء للوطن", False, True)],
    # aleqtisadiya column on corporate responsibility: "إلا أن أحد أهم الأسباب لتبنيها هي استجابة لمتطلبات قانونية
    # وتنظيمية، كما جاء في استطلاع رأي شمل مديرين ماليين لشركات أمريكية" (a source-last relay, blind3's "كما جاء في
    # الرواية"; content the finding before the cue, from "أحد" -- "إلا أن" is the columnist's concession --, the
    # following "إضافة إلى ..." after the cue left out; speaker "استطلاع رأي", its descriptive clause "شمل مديرين ..."
    # left out; named=false, blind12/blind41's unidentified "استطلاع للرأي"/"استطلاع"). Not claims: "في رأيي" (the
    # columnist), "طرح السؤال نفسه ... هل تهتم ...؟" (decided here: an impersonal verbal noun, no asker), "كما تزعم" (no
    # content of its own, as the academics article's "كما يزعم"), "كما تبدو" (an appearance), "تخيل عزيزي القارئ" (an
    # imperative to the reader)
    18: [("كما جاء في", "استطلاع رأي", "<أحد أهم الأسباب", "لمتطلبات قانونية وتنظيمية", False, False)],
    # alweeam bin Laden plane crash: "أكدت وزيرة النقل الاردنية لينا شبيب أن طيارا ... في بريطانيا", "وأعلنت السفارة
    # السعودية في لندن أن أفرادا ... إلى الدعجة" (the city inside the embassy's name), "وقالت شبيب إن هيئة الطيران ...
    # بالسعودية", "ووفقاً لصحيفة ديلي ميل البريطانية، فإن الطائرة ... السعودية" (a fronted relay with فإن: content from
    # فإن, blind46; the speaker after the clitic "لـ", blind2's "ووفقا لتقارير صحافية بريطانية") and "وأما الأربع أشخاص
    # ... وبحسب أنباء صحفية ومواقع التواصل الإجتماعي فهم “والدة ... وقائد الطائرة”" (a mid-sentence relay: content
    # after the cue only, from its "فهم", blind46's "وفقا للخبراء"; named=false, blind2's "تقارير صحافية"; partly quoted:
    # direct=false; ending at the closing mark). Not claims: "وملخص المعلومات عما حدث للطائرة أنها أقلعت ..." (decided
    # here: the writer's summary with no reporting word, blind45's "خلاصة القول أن"), "يدعي مازن الدعجة" (a passive
    # naming), the link line
    19: [("أكدت", "وزيرة النقل الاردنية لينا شبيب", "أن طيارا", "يوم أمس الجمعة في بريطانيا", False, True),
         ("وأعلنت", "السفارة السعودية في لندن", "أن أفرادا", "وعددهم 3 بالإضافة إلى الدعجة", False, True),
         ("وقالت", "شبيب", "إن هيئة الطيران", "يعمل لدى شركة خاصة بالسعودية", False, True),
         ("ووفقاً", "ل|صحيفة ديلي ميل البريطانية|،", "فإن الطائرة", "تعود إلى عائلة بن لادن السعودية", False,
          True),
         ("وبحسب", "أنباء صحفية ومواقع التواصل الإجتماعي", "فهم “والدة", "وقائد الطائرة”", False, False)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind47.jsonl")
