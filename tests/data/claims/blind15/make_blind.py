"""Build claims-blind15.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261236) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind14.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind15.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind14/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker glued to a clitic or written in quotes).
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
The 3alyoum labour-office article writes a ZERO WIDTH SPACE (U+200B) before the speaker's family name ("أحمد
\u200bالعطاس"); it is kept in the speaker string, as blind8 kept the RLM of its okaz speaker.
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
    # sabq Adham mass wedding: "أعلنت جمعية البر الخيرية بمركز ربوع العين بمحافظة أضم التابعة لمنطقة مكة المكرمة، تأجيل
    # الزواج الجماعي ..." (the participial descriptor "التابعة لمنطقة مكة المكرمة" left out, blind10's "جماعة ...
    # التابعة لحركة طالبان" over blind2's "التابع لوزارة النقل"; content the object NP to the end of its sentence, the
    # relatives and the reason "وذلك تضامناً مع ..." included, blind9/blind13/blind14) and "وأوضحت الجمعية أن ..."
    # (to "إلى وقت يحدد لاحقاً", "فقد تقرر" inside). Not claims: "فقد تقرر تأجيل" (passive decision), "وكان حادث
    # مروري قد وقع" (no source), the byline
    0: [("أعلنت", "جمعية البر الخيرية بمركز ربوع العين بمحافظة أضم", "تأجيل الزواج الجماعي", "من أسرة واحدة",
         False, True),
        ("وأوضحت", "الجمعية", "أن حفل الزواج", "إلى وقت يحدد لاحقاً", False, True)],
    # aljazirah Cabinet secretariat Eid party: no claim. "تبادل الجميع التهاني" (congratulations, an act, blind3),
    # "داعين الله" (prayer), "شرَّف الحفل" (attendance)
    1: [],
    # almadina MoH: "أكدت وزارة الصحة عبر موقعها الاليكتروني عدم تسجيل ..." (the means "عبر موقعها" left out, blind13's
    # "عبر اتصالات"; content the object NP to the end of its sentence, the حيث clause included, blind13's arreyadi)
    # and "وبينت أن ..." (coordinated, elided subject: null). "وجدّدت وزارة الصحة ممثلة في الوكالة للصحة العامة
    # التأكيد على أهمية الالتزام ..." -- renewing an emphasis is a claim (blind6's reaffirmation "أكدت ... على ما سبق
    # أن صدر", claims-gold's "شدد على أهمية"); cue the reporting noun "التأكيد", speaker the subject of the support
    # verb "جدد" (blind8's "يأسف ... الإعلان", blind12's "دفع بنك إنجلترا للإعلان"; see SOURCE-blind15.txt), the
    # participial "ممثلة في الوكالة ..." left out; content from على to "للحج هذا العام". "حيث لا تزال منظمة الصحة
    # العالمية تؤكد استمرار تفشي ..." (content the object NP). "أوضح ذلك المتحدث الرسمي لوزارة الصحة الدكتور خالد بن
    # محمد المرغلاني" -- anaphoric content "ذلك" between cue and speaker (the "^" rule, blind5/blind9/blind14);
    # "وقال: إن ..." (null; colon + complementizer: direct); "مشيرًا إلى أن ... ، وهي الحمى الصفراء، ..." (null; the
    # list of axes included); "وبيّن أن الاشتراطات نصت على أن الدول الموبوءة ... هي: دول إفريقيا: ... رواندا. دول
    # أمريكا الجنوبية والوسطى: ... باراجواي" (null; runs over the full stop, the verbless continuation of the list,
    # blind3/blind11/blind12; the inner "نصت على" is a rule's provision, blind5/blind13). Not claims: "وطالبت كافة
    # القادمين" (demand), "كما أوصت الوزارة" (recommendation, blind4/blind11), "ونصحت الوزارة" (advice, blind4's
    # "وتنصح"), "فقد طلبت الوزارة" (request, blind11), "وتتطلب الاجراءات ... طبقًا للوائح الصحية الدولية، تفيد
    # تطعيمه" (a rule, "according to" a non-source; a certificate as subject), "وسيتم إبلاغ" (inside a content)
    2: [("أكدت", "وزارة الصحة", "عدم تسجيل اي حالات", "وحالته مستقرة", False, True),
        ("وبينت", None, "أن هناك 6 حالات", "في مناطق متفرقة", False, True),
        ("التأكيد", "وزارة الصحة", "على أهمية الالتزام", "للحج هذا العام", False, True),
        ("تؤكد", "منظمة الصحة العالمية", "استمرار تفشي وباء", "(الإيبولا) فيها", False, True),
        ("أوضح", "المتحدث الرسمي لوزارة الصحة الدكتور خالد بن محمد المرغلاني", "^ذلك", "ذلك", False, True),
        ("وقال", None, "إن الوزارة تتابع", "على تلك الاشتراطات", True, True),
        ("مشيرًا", None, "إلى أن الاشتراطات الصحية", "فيروس الإنفلونزا الموسمية", False, True),
        ("وبيّن", None, "أن الاشتراطات نصت", "الأرجنتين- باراجواي", False, True)],
    # 3alyoum "#ختم" episode: no claim. "تحدث الإعلامي هادي الشيباني عن سياحة السعوديين ..."، "كما تحدث عن قضايا
    # التحرش" (topics of talk, blind3's "تحدث عن دعوة الطرفين"), "واستعرضت الحلقة"، "سلطت الضوء على" (a programme's
    # topics, non-source), "جاء ذلك" (the writer), the tag line "سمات ..."
    3: [],
    # okaz Zaatari milk: "وقال المدير الطبي للعيادات التخصصية السعودية الدكتور محمد اسماعيل الزعبي إن «...»"
    # (entirely quoted after the complementizer: direct, blind2), "مؤكدا أنه ..." (null, after a claim), "من جهته
    # أوضح المدير الاقليمي للحملة الدكتور بدر عبدالرحمن السمحان أن ..." and "وأكد السمحان أن ...". Not claims:
    # "أنهت الحملة ..." (an act), "من المخطط أن" (impersonal)
    4: [("وقال", "المدير الطبي للعيادات التخصصية السعودية الدكتور محمد اسماعيل الزعبي", "إن «الحملة",
         "عند الأمهات»", True, True),
        ("مؤكدا", None, "أنه يتم صرف", "التنشئة الصحيحة السليمة", False, True),
        ("أوضح", "المدير الاقليمي للحملة الدكتور بدر عبدالرحمن السمحان", "أن البرنامج", "للأطفال السوريين الرضع",
         False, True),
        ("وأكد", "السمحان", "أن الحملة حريصة", "التي تعانيها بلادهم", False, True)],
    # alwatan column "بالونة أغاني العيد": no claim. "ولا أدري"، "ما زلت أقول إنه لا يمكن ..." and "إلى فضائنا
    # التلفزيوني العربي أقول: كفانا ..." are the columnist's present authorial voice (the first set's "وأقول:",
    # blind13's "هنا أقول يا أيها المسؤولون"; "ما زلت أقول" = I still say, present, unlike blind4's past "قلت"),
    # "وهو ما يعزز السؤال" (non-source), the song titles
    5: [],
    # alriyadh Wadiah relief: no claim. "تشرف"، "وقدمت الوزارة"، "فقد خصصت الجمعية" (acts), "ورصد فريق العمل
    # الإغاثي الاحتياجات الفعلية" (an assessment, an act: blind10's "ورصدت الكاميرا"), "يذكر أن" (editorial)
    6: [],
    # arreyadi Neymar and the City fan: "ليعبر المشجع الشاب عن فرحه بالتصدي" (verb of expression + stance noun,
    # blind3/blind10/blind11; a result, not a purpose: blind12's "دفع بنك إنجلترا للإعلان", unlike blind5's
    # "ليعلن"; cue with its clitic; the story's fan, identified though unnamed: named=true, blind10's "العامل",
    # blind14's "المواطن"). "وقام بإطلاق عبارات استفزازية تضمنت إشارات بتمثيل لاعبي البرسا للحصول على ركلة جزاء"
    # -- the reporting noun "إشارات" (insinuations, of أشار) with a propositional content from بـ (see
    # SOURCE-blind15.txt; unlike the "تضمن" of a document's topics, blind6's "وتضمنت الشكوى اعتراضا"); the fan is the
    # elided subject of قام: null. "في الوقت الذي أصر فيه المشجع على اتهام لاعبي البرسا بالتمثيل من خلال حركة
    # يديه" -- the reporting noun of an accusation, its agent the overt subject of the governing أصر (blind13's
    # "واعتمد الحوثي سياسة ... واتهام المقاومة بارتكاب القتل"); content from بـ, the means left out. Not claims:
    # "وتعرض لاستفزازات"، "وقام بتعنيفه" (acts), "استدعى المشجع" (an act), "وأثار تصرف نيمار استغراب العديد من مرتادي
    # مواقع التواصل الاجتماعي" (a noun of feeling without a verb of expression, blind9's "مخاوف", blind10's "تطلع"),
    # "ما توجب ضبط الأعصاب" (the writer)
    7: [("ليعبر", "المشجع الشاب", "عن فرحه بالتصدي", "عن فرحه بالتصدي", False, True),
        ("إشارات", None, "بتمثيل لاعبي البرسا", "للحصول على ركلة جزاء", False, True),
        ("اتهام", "المشجع", "بالتمثيل", "بالتمثيل", False, True)],
    # alyaum Facebook: "وتأمل أكبر شبكة تواصل اجتماعي من خلال اتاحة الوصول المباشر للزبائن أن تظهر ان ..." (a hope,
    # blind2's "ويأمل سايتو أن", blind14's "متمنين"; speaker the epithet for Facebook, named=true; the means between
    # speaker and content left out); "وكتبت فيسبوك في تدوينة على الإنترنت ان الميزات ستتاح بشكل خاص في جنوب شرق
    # آسيا" ends there (the following "ويستخدم نحو ضعفي عدد المستخدمين ..." is a new clause with a new subject and
    # no complementizer: blind12's Tadawul figures; "في تدوينة" not counted again); "وقالت فيسبوك إنها تستضيف ...".
    # Not claims: "أطلقت فيسبوك ميزات" (an act), "ستمنح فيسبوك شارات" (a plan, no reporting verb), "وهذه الميزات جزء
    # من جهود" (the writer)
    8: [("وتأمل", "أكبر شبكة تواصل اجتماعي", "أن تظهر ان الإعلان", "لزيادة المبيعات", False, True),
        ("وكتبت", "فيسبوك", "ان الميزات ستتاح", "في جنوب شرق آسيا", False, True),
        ("وقالت", "فيسبوك", "إنها تستضيف", "زيارة تصفح كل شهر", False, True)],
    # arriyadiyah Blind: "إلا أن لاعب وسط مانشستر يونايتد الذي ينافس ... أكد على أنه يملك ..." (relative left out);
    # "وبدا بليند في غاية السعادة" (appearance, not a claim) "كما أبدى قدرا كبيرا من السعادة لإبقاء ..." (أبدى +
    # stance noun, blind4/blind11-blind14; cue without كما, blind14; coordinated, elided subject: null); "وقال بليند
    # لموقع يونايتد على الانترنت "..."" (the addressee left out; direct; final stop inside the quotes kept,
    # blind11); "وأضاف "قلت عدة مرات من قبل أنني أريد أن ألعب."" (direct) nests "قلت ... أنني أريد أن ألعب" (his
    # report of his own earlier statements, the first set's "حذرت، وكتبت", blind4's "قلت"; null; direct=false, blind5's
    # "ثم قالوا" inside a quote; the adverbs "عدة مرات من قبل" left out); "وتابع "..."" and "واستطرد "..."" (null,
    # direct). Not claims: "يقول الناس دوما أنني لا أملك الطول أو القوة" inside the quote (generic, impersonal
    # people, blind2's "كما يقال", blind7's "يصادق الجميع"; see SOURCE-blind15.txt), "اعتقد أنني"، "اعتقد أننا"
    # (his own words, inside the direct contents), "ودفع لويس فان جال ... باللاعب" (an act), the headline "يرى"
    9: [("أكد", "لاعب وسط مانشستر يونايتد", "على أنه يملك", "في مركز قلب الدفاع", False, True),
        ("أبدى", None, "قدرا كبيرا من السعادة", "لمدة 90 دقيقة", False, True),
        ("وقال", "بليند", "\"حصلت على الفرصة", "لشغل هذا الموقع.\"", True, True),
        ("وأضاف", None, "\"قلت عدة مرات", "أن ألعب.\"", True, True),
        ("قلت", None, "أنني أريد أن ألعب", "أنني أريد أن ألعب", False, True),
        ("وتابع", None, "\"إذا ما رأيت", "كل لاعب على مركزه.\"", True, True),
        ("واستطرد", None, "\"اعتقد أننا أدينا", "فانني سعيد بهذا.\"", True, True)],
    # was (SPA) Riyadh emir: "من جانبه أكد سمو الأمير فيصل بن بندر, أهمية دور القطاع الخاص ..." (content the object
    # NP, blind5's "أكدت ... ضرورة") and "مشيراً إلى التنامي المتزايد للسكان، والحاجة إلى استثماره ..." (null, after
    # a claim; content from إلى + NP, blind12's "وأشار المسلم إلى الجاهزية"). Not claims: "استقبل" (an act), "وقدّم
    # الدكتور الخنيزان , شرحًا ... حول عمل اللجنة التنسيقي ..." (a briefing about a topic, "حول", blind3's "تحدث ...
    # عن استعدادات", blind11's "جرى استعراض"; unlike blind11's "شرحت فيه تفاصيل الإصابة"), the dateline, "// انتهى
    # //" and the time line
    10: [("أكد", "سمو الأمير فيصل بن بندر", "أهمية دور القطاع الخاص", "في بناء النهضة التعليمية", False, True),
         ("مشيراً", None, "إلى التنامي المتزايد", "علمياً وعملياً", False, True)],
    # alweeam Civil Defence promotions: "وأوضح نائب المتحدث الرسمي للدفاع المدني بمنطقة المدينة المنورة نقيب نايف محمد
    # الجهني أن الضباط هم: ..." (the list's colon inside an indirect content: direct=false), "وتابع أن اللواء منصور
    # هنأ الضباط وحثهم ..." (null; the nested congratulation and exhortation are acts), "من جهتهم، عبر الضباط
    # المترقون عن عظيم شكرهم وامتنانهم ... وأن هذه الثقة دافع ..." (verb of expression + stance noun, blind3's "أعرب
    # ... عن شكره"; an identified group, the promoted officers listed: named=true, blind11's "مديرو التعليم";
    # content to the end of its sentence). Not claims: "قلد ... رتبهم" (an act), "بعد صدور الأمر السامي" (an
    # order), the link line "رابط الخبر بصحيفة الوئام: ..."
    11: [("وأوضح", "نائب المتحدث الرسمي للدفاع المدني بمنطقة المدينة المنورة نقيب نايف محمد الجهني",
          "أن الضباط هم", "والرائد أحمد الأنصاري", False, True),
         ("وتابع", None, "أن اللواء منصور", "وولاة أمرهم", False, True),
         ("عبر", "الضباط المترقون", "عن عظيم شكرهم", "والمليك والوطن", False, True)],
    # aawsat al-Nassr camp: "وكان فابيان يلمح منذ نهاية الموسم الماضي برغبته في الاستمرار بالنصر" -- hinting is a
    # statement (an implied one, like أشار; decided here, see SOURCE-blind15.txt); cue the verb after وكان
    # (blind12-blind14), speaker the subject of كان, the time adverb left out, content from بـ; "وبدأ التصريح بهذه
    # الرغبة" -- the reporting noun with anaphoric content (blind5/blind9's "صرح بذلك", blind4's "تعلن عن ذلك"), the
    # agent the elided subject of بدأ: null. Not claims: "بدأ ... فابيان إيستويانوف في التغزل بالنصر عبر حسابه
    # الشخصي في «تويتر»" (flirting with the club = praise, blind2/blind6), "ويعتبر فابيان أحد الأسماء المرشحة"
    # (passive), "وينتظر أن"، "وتقرر أن" (impersonal, decision), "تجدر الإشارة إلى أن" (editorial), "مما يعني"
    # (the writer), the quoted list of players (no reporting verb)
    12: [("يلمح", "فابيان", "برغبته في الاستمرار", "برغبته في الاستمرار بالنصر", False, True),
         ("التصريح", None, "بهذه الرغبة", "بهذه الرغبة", False, True)],
    # aleqtisadiya Ebola in Liberia: "وقال تولبرت نينسواه مدير وحدة مكافحة الايبولا في ليبيريا إن وحدة علاج الايبولا
    # "..."" (the subject outside the quotes: a quoted fragment, direct=false, blind6/blind11; content to the closing
    # mark; its "هذا ما يمكننا قوله" is modal with no content, not a claim); "وقال مريض آخر من الاربعة عمره 19 عاما
    # ويدعى اوتويللو مياه "..."" (the asyndetic relative with age and name left out of the speaker, blind2/blind12/
    # blind14; named in it: named=true; direct); "بعد ان اعلنت حكومة مونروفيا في التاسع من مايو ايار الماضي خلو
    # البلاد من المرض" and "لكن ليبيريا اعلنت بعد نحو شهرين من ذلك اكتشاف اصابة جديدة" (time adverbs left out,
    # blind7/blind11; the writer's "فيما لاتزال الاصابات تظهر ..." left out, blind6/blind7); "ويرى المسؤولون ان ...
    # لان الفيروس يبقى ... 90 يوما" (unidentified officials: named=false, blind2/blind8; the reason included,
    # blind7's "لأنه"). Not claims: "ما يعني" (the writer), "وسط هتافات وصيحات الاستحسان" (noun, no source
    # statement), "وصافح"، "وقدموا لهم الطعام" (acts), "يدعى" (naming), "ولم يتوصل خبراء الصحة بعد لماذا" (negated
    # finding, blind9's "ولم توضح"), "الاختبارات الوراثية ... بينت ان" (tests, non-source, blind4's "الفحوصات
    # أكدت"), "ولا يعلن خلو اي بلد"، "موعد الاعلان عن" (passive / no source), "والتي اكتشفت" (passive)
    13: [("وقال", "تولبرت نينسواه مدير وحدة مكافحة الايبولا في ليبيريا", "إن وحدة علاج", "عاودت الايبولا الظهور\"",
          False, True),
         ("وقال", "مريض آخر من الاربعة", "\"والآن وبعد", "الالم في جسمي\"", True, True),
         ("اعلنت", "حكومة مونروفيا", "خلو البلاد من المرض", "خلو البلاد من المرض", False, True),
         ("اعلنت", "ليبيريا", "اكتشاف اصابة جديدة", "اكتشاف اصابة جديدة", False, True),
         ("ويرى", "المسؤولون", "ان الاتصال الجنسي", "فترة تصل الى 90 يوما", False, False)],
    # sabq Jazan elections: "وبين الشايع أن مهام المشرفين ..." and "لافتاً إلى أن هذه المهام ..." (null, after a
    # claim). Not claims: "اعتمد ... التقسيم الجغرافي" (approval, blind13's "اعتمد ... أوقات الزيارة"), the byline,
    # "إعلان النتائج" inside a content (no source statement)
    14: [("وبين", "الشايع", "أن مهام المشرفين", "على الناخبين والمرشحين", False, True),
         ("لافتاً", None, "إلى أن هذه المهام", "إلى يوم إعلان النتائج", False, True)],
    # aljazirah reader's letter on al-Zulfi: no claim. "قرأت ما كتب في جريدة الجزيرة ... عن محافظة الزلفي وأنها
    # ستحتفل ..." (passive "كُتب", the newspaper a location: blind4's "ونشرت هذه النتائج على الموقع ...", blind11's
    # "ما ذكر في البيان"), "كل ما قرأت عن احتفالهم كل عام قلت ما شاء الله عليهم" (a habitual ritual invocation in the
    # writer's own voice -- like prayers and get-well wishes, blind9/blind13 -- not a reported statement; see
    # SOURCE-blind15.txt), "وهذا شيء مؤكّد" (the writer), "وقد قرّرت ... أن أحضر" (a decision), "شد انتباهي"،
    # "ومعجب" (authorial), the signature
    15: [],
    # almadina column on Madinah health: "مقطع فيديو ينتشر ... (ومديرية الصحة بالمنطقة تَـعِـد بالتحقيق)، هذا ما بثته
    # صحيفة الوطن يوم الأربعاء الماضي" -- a newspaper's report with its content before the cue (blind2's "لما نشرته
    # "سبق" عن الوضع المزري", blind6's "وكانت «عكاظ» نشرت"; content the preceding sentence, blind2's rule; cue phrase
    # "ما بثته" spanned to the word before the speaker, blind13's "على ما أعلنته", blind14's "خلافا لما ذكره"; unlike
    # blind11's "وهو ما نشرته «عكاظ»" whose content already had its own claim; the nested "تَـعِـد بالتحقيق" is a
    # promise); "والصحيفة نفسها تؤكد الأحد الفارط بأن (طفلةً) ..." (speaker without the glued و, blind4/blind6; the
    # emphatic "نفسها" kept; time adverb left out); "و(المديرية) أيضاً تشير إلى أنها بِـصَـدد نَـقْـلِ الطفلة ...!"
    # (speaker in parentheses as a whole spanned without them, blind1/blind2; "!" kept, blind3); "وبحسب (واس): لجنة من
    # إمارة ... بسرعة معالجتها" (content after the colon: direct, blind8's "وجاء في خبر الوكالة:(..."; speaker
    # without its parentheses); "... إلا أن الأرقام حول (صحتها) مؤلمة، ولا تكذب ولا تتجمّـل (كما ذكرتُ سابقاً)" --
    # the columnist's report of his own earlier statement (blind5's "ذَكرتُ في مَقالِ يَوم أَمس"; null), content before
    # the cue: its clause after the semicolon (blind2's rule), cue "كما ذكرتُ" (blind3/blind7's "كما يقول/قالت").
    # Not claims: "يرصد" (a video, non-source), "وحسب إحصاءات عام 1433هـ" (statistics without an issuing source,
    # blind7/blind12/blind13; unlike blind10's "بيانات مصلحة الجمارك"), "يعقب ذلك توجيه عاجل" (a directive, inside a
    # content), "نعم صدقوا"، "ولاحظوا" (imperatives), "وقد كان هذا مطروحاً" (passive proposal), "لابد من حلول" (the
    # columnist's demand), the contact lines
    16: [("ما بثته", "صحيفة الوطن", "<مقطع فيديو ينتشر", "تَـعِـد بالتحقيق)", False, True),
         ("تؤكد", "الصحيفة نفسها", "بأن (طفلةً)", "في مستشفى الأطفال بطيبة", False, True),
         ("تشير", "(|المديرية|)", "إلى أنها", "لمستشفى الحرس بجدة!", False, True),
         ("وبحسب", "(|واس|)", "لجنة من إمارة", "بسرعة معالجتها", True, True),
         ("كما ذكرتُ", None, "<فرغم ما توليه", "ولا تتجمّـل", False, True)],
    # 3alyoum labour-office visit: "حيث قال المواطن أحمد \u200bالعطاس “أن مثل هذه الحملات ... بالمراة." -- a quotation
    # opened and never closed: direct, content from the opening mark to the last word before the full stop and the
    # tag line (blind2/blind3/blind14); the ZWSP kept in the speaker; its "ونرحب بما تقوم به" is inside the quote.
    # Not claims: "قام مكتب العمل ... بزيارة" (an act), "رصدت كاميرا “عين اليوم”" (a camera, non-source, blind10),
    # "للتأكد من" (purpose), the tag line "سمات ..."
    17: [("قال", "المواطن أحمد \u200bالعطاس", "“أن مثل هذه الحملات", "المستلزمات الخاصة بالمراة", True, True)],
    # okaz column on the hashtag against women in the municipal elections: "أفتى بعضهم، من النكرات، أن مثل هذه الخطوة
    # باب للفساد والإفساد" (issuing a religious opinion = a claim; "بعضهم" named=false, the first set's "جزم
    # بعضهم"; the columnist's "من النكرات" left out, blind14's "ومقره لندن"); "وحذروا، دون أن يقدموا دليلا واحدا،
    # من (خطر ) الفساد من جراء هذه الانتخابات" (a warning; coordinated, elided subject: null; the inserted "دون أن
    # ..." left out, blind10/blind13); "بأفضل من مما قاله الشيخ والداعية أحمد ديدات، رحمه الله، ذات يوم: «...»" (cue
    # phrase "مما قاله" to the word before the speaker, blind13/blind14; the prayer and time adverb left out; colon and
    # quotes: direct) nests "يقول أحدهم النساء سبب الفساد" (the anecdote's typical utterance, blind5's "فيتّصل بِكَ
    # أحدُهم ... قَائلاً"; "أحدهم" named=false; no quotes or colon: direct=false). Not claims: "ذكرني هاشتاق" (a
    # reminder), "تلفت نظرنا على حاوياتها بأن" (trucks' labels, non-source), "يبدو أن البعض فعلا يعتبرون المرأة
    # شاحنة وقود" (the columnist's inference of a belief, blind9/blind14), "من غير أن يقول لنا" (negated, no
    # content), "حق أقرته الدولة" (approval), "لا أستكثر ولا أستبعد أن يخرج علينا أحدهم بفتوى"، "أو ربما يأتون لنا"
    # (hypothetical, authorial), "فتوى (المبايض) الشهيرة" (a fatwa named, no content), "لينصح" (advice, purpose),
    # "ولست أرى" (authorial), "تبرعوا بآرائهم الشخصية فيما يخص" (topic), "وأنا أقول ﻻ أنكر ذلك" (Deedat's present
    # voice inside his own direct content, the first set's "وأقول:"), "ليقول النساء سبب الفساد" (result clause in the
    # anecdote, the same saying again, blind5's purpose "ليعلن")
    18: [("أفتى", "بعضهم", "أن مثل هذه الخطوة", "للفساد والإفساد", False, False),
         ("وحذروا", None, "من (خطر", "من جراء هذه الانتخابات", False, True),
         ("مما قاله", "الشيخ والداعية أحمد ديدات", "«يقول أحدهم", "سبب الفساد»", True, True),
         ("يقول", "أحدهم", "النساء سبب الفساد", "النساء سبب الفساد", False, False)],
    # alwatan poem "خطاب إلى الوطن": no claim (imperatives and vocatives, no reporting verb)
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind15.jsonl")
