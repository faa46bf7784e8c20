"""Build claims-blind11.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261228) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind10.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind11.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind10/make_blind.py, unchanged; the shared gold_builder.py):
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
The 3alyoum Washington/Ankara and alweeam Iran articles write their quotes with U+201C/U+201D (“ ”), the alweeam
one opening its quote with a U+201D (” اننا ...”); kept as such below.
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
    # sabq Yanbu smart city: no claim. "اجتمع" (a meeting), "وتطرّق الاجتماع إلى عددٍ من المواضيع"، "كما تطرق الاجتماع
    # لمتابعة ..." (the meeting's topics, blind10's "وناقشوا العديد من الملفات"; a meeting is not a source)
    0: [],
    # 3alyoum Washington/Ankara (AFP): "ذكر مسؤول اميركي كبير الاثنين أن ..." (anonymous official: named=false, blind4's
    # "مسؤول كبير في بنك بيريوس", blind9's "دبلوماسي اميركي"); "وقال المسؤول الاميركي لوكالة فرانس برس ان “...”" (the
    # same anonymous official, anaphoric: named=false as blind8's "المصدر"; statement entirely quoted after the
    # complementizer: direct, blind2; the addressee left out); "القت السلطات بمسؤوليته على حزب العمال ..." (blame, a
    # statement as blind4's "وحملت فئة ثالثة اللاعبين المسؤولية"; the asyndetic relative of "العنف"; content what
    # follows the verb and speaker, from بـ; unspecified authorities: named=false, blind4's "الأجهزة الأمنية الأميركية");
    # "وقال المسؤول الاميركي انه “...” هذه المنطقة" (quoted fragment: direct=false); "الا انه اكد ان “...”" (null,
    # pronoun subject; entirely quoted after ان: direct; the final "وهو ما تريده تركيا منذ فترة طويلة" is the writer's
    # gloss, left out as blind6/blind7/blind10's final "وهو ..."); "الا انه اضاف ان ... “...” الذين يقاتلون ..." (null;
    # the final relative kept, blind9). Not claims: "وجاءت تصريحات المسؤول الاميركي" (noun without content of its
    # own), "الذي طلب عدم الكشف عن هويته" (a request), "ما تريده تركيا" (a wish, inside the writer's gloss); the tag
    # line "سمات ..." (site keywords)
    1: [("ذكر", "مسؤول اميركي كبير", "أن الولايات المتحدة", "من تنظيم الدولة الاسلامية", False, False),
        ("وقال", "المسؤول الاميركي", "ان “الهدف", "التركية مع سوريا”", True, False),
        ("القت", "السلطات", "بمسؤوليته", "وتنظيم الدولة الاسلامية", False, False),
        ("وقال", "المسؤول الاميركي", "انه “لا يزال", "هذه المنطقة", False, False),
        ("اكد", None, "ان “اي جهود", "منطقة حظر طيران”", True, True),
        ("اضاف", None, "ان الاتفاق", "يقاتلون تنظيم الدولة الاسلامية", False, True)],
    # aleqtisadiya Camarillo: "وأبدى خالد الأحمد المدير الوطني ...، سعادته بالاستقبال ..." (verb of expression +
    # stance noun, blind4/blind6's "أبدى"; apposition kept in the speaker; content the object with its PP); the
    # coordinated "وقال "..."" (elided subject: null, blind7/blind8; direct), "وأضاف "..."" (null, direct); "وعن
    # البعثة السعودية، قال الأحمد "..."" (the fronted topic PP left out; direct). Not claims: "احتفل مسؤولو ...
    # ببعثة ..." (a celebration, an act), "وتشارك السعودية ..." (no reporting verb)
    2: [("وأبدى", "خالد الأحمد المدير الوطني للأولمبياد الخاص السعودي", "سعادته", "للبعثة السعودية", False, True),
        ("وقال", None, "\"شكرا لهم", "احتفاء رائعا\"", True, True),
        ("وأضاف", None, "\"استمتعنا", "أكثر من 65 عاما\"", True, True),
        ("قال", "الأحمد", "\"بحمد الله", "هذا الوطن الغالي\"", True, True)],
    # almadina the Crown Prince's meetings: no claim. "التقى"، "حضر"، "اجتمع" (acts), "وجرى خلال اللقاء بحث عدد من
    # المسائل ..." and "وجرى خلال الاجتماع استعراض مستجدات الأوضاع ..." (topics of a meeting, impersonal)
    3: [],
    # aljazirah Al-Azhar conference: no claim. "تتناول محاور المؤتمر عدة نقاط أهمها «...»" (a conference's themes: a
    # topic with a non-source subject, the quotes a title), "ويهدف المؤتمر إلى" (aims, non-source)
    4: [],
    # okaz fish study: "كشفت دراسة لمركز البحوث والدراسات بغرفة الرياض أن ..." (a study identified by its research
    # centre: named=true, blind4's "دراسة ميدانية لاحتياجات ...", blind10's "دراسة حديثة"; the mid-content "وهو ما
    # يعني ..." kept, blind8), "وعن الإنتاج العالمي ...، أشارت الدراسة إلى أنه ..." and "وأشارت الدراسة إلى أنه رغم
    # ..." (the anaphoric "الدراسة" of that identified study: named=true, as blind7's "المصدر" for a named source).
    # Not claims: "وأوصت الدراسة بالعمل ..."، "وخرجت الدراسة بعدة توصيات"، "ومن أبرز تلك التوصيات: الدعوة ..."، "وأوصت
    # كذلك بتنويع ..." (recommendations, blind4's "أوصت الدراسة"), "وثقت غرفة الرياض في كتاب ..." (documenting, a
    # publication), "واشتملت على ملخصات" (a book's contents), "فأجرى عدة بحوث تتناول هذه الصناعة" (research acts, topics)
    5: [("كشفت", "دراسة لمركز البحوث والدراسات بغرفة الرياض", "أن إنتاج المملكة", "تنمية الاستزراع السمكي",
         False, True),
        ("أشارت", "الدراسة", "إلى أنه بلغ", "في عام 2010م", False, True),
        ("وأشارت", "الدراسة", "إلى أنه رغم", "وعدم كفاية التمويل الكافي", False, True)],
    # alweeam Iran nuclear plants: "اعلن رئيس منظمة الطاقة الذرية الايرانية علي اكبر صالحي ان ..." with "كاشفا عن
    # ..." (null, after a claim); "وقال صالحي في تصريح صحافي اليوم ان ..." ("في تصريح" not counted again) with
    # "مشيرا الى امتناع ..." (null); "واضاف انه ... تحت امتياز روسي" (null) with "معتبرا ذلك “تطورا مهما جدا”" (null;
    # content the object and its complement, blind7's "واعتبر وجوده ... من الأخطاء الفادحة"; the quoted complement
    # alone: direct=false); "واوضح صالحي ان ..." with "مؤكدا ضرورة ..." (null; content the object NP); "وذكر ان ..."
    # and "وقال ان ..." (coordinated, elided subject: null); "مضيفا ” اننا ... المقبلة”" (null; direct, the quote
    # opened with a U+201D); "ولفت الى ان ..." (null) with "مشيرا الى ان ..." (null); "يذكر ان مجموعة (5 + 1) التي
    # تضم ... وايران أعلنت قبل ايام توقيع اتفاق ..." -- the editorial formula is not a claim, the announcement
    # nested in it is (blind8's sabq "يُذكر أن ... حسب ما ذكر"; content the object NP, blind10's "أعلن جهاز
    # الاستخبارات الأفغاني وفاة ..."); speaker the head "مجموعة (5 + 1)" -- the relative "التي تضم ... إضافة إلى
    # المانيا" left out, which cuts the coordinated "وايران" (a span is contiguous). Not claims: "صوت بالإجماع"
    # (a vote), "الذي رحب باعتماد خطة ..." (a welcome without a verb of expression, blind9/blind10), "ودعا الى
    # تطبيقها" (appeal); the link line "رابط الخبر بصحيفة الوئام: ..." (the headline, never annotated)
    6: [("اعلن", "رئيس منظمة الطاقة الذرية الايرانية علي اكبر صالحي", "ان روسيا", "في ايران العام الجاري",
         False, True),
        ("كاشفا", None, "عن محادثات", "لبناء محطتين اخريين", False, True),
        ("وقال", "صالحي", "ان ايران ستشهد", "المحطات النووية الاربع", False, True),
        ("مشيرا", None, "الى امتناع", "تحت امتياز روسي", False, True),
        ("واضاف", None, "انه في ضوء", "تحت امتياز روسي", False, True),
        ("معتبرا", None, "ذلك “تطورا", "مهما جدا”", False, True),
        ("واوضح", "صالحي", "ان الحاجة", "و 8 اعوام", False, True),
        ("مؤكدا", None, "ضرورة حفاظ", "من اليورانيوم", False, True),
        ("وذكر", None, "ان ايران بحاجة", "لبعض الانشطة النووية", False, True),
        ("وقال", None, "ان الانجاز الآخر", "في مدينة اراك", False, True),
        ("مضيفا", None, "” اننا ننتج", "السنوات ال30 المقبلة”", True, True),
        ("ولفت", None, "الى ان ايران فتحت", "في الاسواق العالمية", False, True),
        ("مشيرا", None, "الى ان بيع", "في الاسواق الدولية", False, True),
        ("أعلنت", "ان |مجموعة (5 + 1)| التي", "توقيع اتفاق", "استمرت نحو 12 عاما", False, True)],
    # aawsat al-Jubeir in Moscow: "أكد مصدر دبلوماسي سعودي لـ«الشرق الأوسط» أن ..." (anonymous: named=false; the
    # addressee left out), "كما أوضح المصدر أن ..." (anaphoric to the anonymous source: named=false, blind8), "أكدت
    # وزارة الخارجية الروسية أن ..." (to "وليبيا"), "وكان الجبير أكد خلال مؤتمر صحافي ...، أن ...". "....المزيد" (a
    # read-more link) is not text
    7: [("أكد", "مصدر دبلوماسي سعودي", "أن زيارة", "إلى العاصمة الروسية", False, False),
        ("أوضح", "المصدر", "أن محاور", "خصوصا الملف السوري", False, False),
        ("أكدت", "وزارة الخارجية الروسية", "أن مباحثات", "اليمن والعراق وليبيا", False, True),
        ("أكد", "الجبير", "أن المخرج", "في الوسائل السياسية", False, True)],
    # arreyadi column "نعيم.. ياعم نعيم": no claim. "لاأقدح"، "أناقش"، "كنت مشرفاً" (authorial), "ويطلب هو وزميل آخر
    # الدعم" (a request), rhetorical questions and "سبحان الله" (authorial), "تعاملوا ... وكونوا" (imperatives),
    # "مخالفة صريحة لقرار فيفا بعدم إقامة ..." (a rule, blind4's "بحسب نظام فيفا"), "وحتى رأي نادي العروبة لم يوضع في
    # الحسبان" (a noun without content, passive), "نسيت أن أخبركم، أن ..." (present authorial voice, blind5's
    # arreyadi "نسيت أن أخبركم، أن"), "ويجب التحرك" (authorial)
    8: [],
    # alyaum 431 arrested: "أكد المتحدث الأمني لوزارة الداخلية اللواء منصور التركي, أن ..." with "مشيرًا إلى أن ..."
    # (null), "وكشف اللواء التركي, في المؤتمر الصحفي ...، أن ..." (to "في الخزن الاستراتيجي"), "كما أشار التركي إلى أن
    # ...". Not claims: "التي سبق الإعلان عنها" (impersonal, blind5's "تم الإعلان عن"), "يتبنّى أفكارهم ويؤيدهم"
    # (adherence, inside the content), "وتقوم بالدعاية له" (propaganda as an activity, inside the content)
    9: [("أكد", "المتحدث الأمني لوزارة الداخلية اللواء منصور التركي", "أن الجهات الأمنية", "يضم (431) شخصًا",
         False, True),
        ("مشيرًا", None, "إلى أن الجهات", "أفكارهم ويؤيدهم", False, True),
        ("وكشف", "اللواء التركي", "أن التنظيم الإرهابي", "في الخزن الاستراتيجي", False, True),
        ("أشار", "التركي", "إلى أن المجموعة الثالثة", "متورطًا في هذا الشأن", False, True)],
    # was (SPA) Al-Aridah charity: "أعلنت جمعية البر الخيرية بمحافظة العارضة بجازان, تنفيذ دورات ..." (announcement,
    # content the object NP to ""سيهاي""); "وأوضح نائب رئيس مجلس إدارة الجمعية حسين بن أحمد هامل الحريصي, أن ..."; "وبين
    # أن ..." (null, to "أثناء التدريب"). Not claims: "وتشمل الدورات تخصصات ..." (no reporting verb), "داعياً الراغبين
    # ... إلى زيارة مقر الجمعية" (appeal), "// انتهى //" and the time line
    10: [("أعلنت", "جمعية البر الخيرية بمحافظة العارضة بجازان", "تنفيذ دورات", "والأجهزة المنزلية \"سيهاي\"",
          False, True),
         ("وأوضح", "نائب رئيس مجلس إدارة الجمعية حسين بن أحمد هامل الحريصي", "أن المشروع", "أمام الشباب بالمنطقة",
          False, True),
         ("وبين", None, "أن شروط الالتحاق", "أثناء التدريب", False, True)],
    # alwatan Corona family: "لإصدار بيان ... شرحت فيه تفاصيل الإصابة ووفاة الأم" (explaining with its object, the
    # statement later "أعلنتا ... تفاصيل إصابة"; blind4's "يشرح كيف", blind10's "وكشفت الشرطة ... عن تفاصيل"; relative
    # verb with a pronoun subject: null, as blind5's "بيانا ذكرت فيه" -- the noun "بيان" not counted again); "فنّد نجل
    # رب العائلة في تصريح إلى "الوطن" جل ما ذكر في البيان" (refutation of a statement = denial, as "نفى شائعة تأجيل ..."
    # of the first set; content the object; the son identified though named only later: named=true, blind3's "زوج
    # المعلمة"; "في تصريح" not counted again) with "واصفا إياه بـ"التضليل"، ولا يعكس ..." (null after a claim;
    # content from بـ, blind2's "وصفته بالكريم", to the end of the description); "وقال متعب الحربي ... إن ..." with the
    # nested "بيان الصحة ذكر أن والده مخالط للإبل" (his "وهذا الأمر غير صحيح" left out of the nested content);
    # "وأضاف: "..."" (null, direct) with the nested "وقالوا له إنه يعاني ..." and "ذكروا أنه غير مصاب بالفيروس" (the
    # hospital staff, pronoun: null; no quotes of their own: direct=false, blind5's okaz "ثم قالوا"); "وبين الحربي أن
    # ..." with the nested "أخبروهم أنهما غير مصابين بالفيروس" (null); "وتابع: "..."" (null, direct) with the nested
    # "ولكنهم أعلنوا إصابته" (announcement + object, null; the time adverb of the announcing left out, as blind7's
    # "أعلنوا عن إفلاسهم"); "وكانت وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني أعلنتا في بيان مشترك تفاصيل ...،
    # منهم حالتان ... وحالة انتقلت إلى رحمة الله" (the list of cases is the announced details); "وقال البيان إن ...
    # ويتلقى العلاج" (over the full stop: "والحالة الثالثة ... والحالة الرابعة ..." is the verbless continuation of
    # the statement's list of cases, as blind3's NWC and blind8's alriyadh lists); "وأوضحت وزارة الصحة أنها ...".
    # Not claims: "ما ذكر في البيان" (passive relative, no content of its own), "وأظهرت النتائج سلبية الكشف" and "وتبين
    # فيها كلها أنه غير مصاب" (test results, non-source: blind4's "الفحوصات أكدت"), "واتضح أنه مخالط للجمال"
    # (impersonal, inside the البيان content)
    11: [("شرحت", None, "تفاصيل الإصابة", "ووفاة الأم", False, True),
         ("فنّد", "نجل رب العائلة", "جل ما ذكر", "في البيان", False, True),
         ("واصفا", None, "بـ\"التضليل\"", "إصابة والده ووفاة أمه", False, True),
         ("وقال", "متعب الحربي", "إن بيان الصحة", "يشربون حليبها", False, True),
         ("ذكر", "بيان الصحة", "أن والده", "مخالط للإبل", False, True),
         ("وأضاف", None, "\"تعرض والدي", "العائلة والأقارب\"", True, True),
         ("وقالوا", None, "إنه يعاني", "التهاب اللوزتين", False, True),
         ("ذكروا", None, "أنه غير مصاب", "بالفيروس", False, True),
         ("وبين", "الحربي", "أن لجنة", "غير مصابين بالفيروس", False, True),
         ("أخبروهم", None, "أنهما غير مصابين", "بالفيروس", False, True),
         ("وتابع", None, "\"الغريب", "يوم الجمعة الماضي\"", True, True),
         ("أعلنوا", None, "إصابته", "إصابته", False, True),
         ("أعلنتا", "وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني", "تفاصيل إصابة", "إلى رحمة الله", False, True),
         ("وقال", "البيان", "إن الأعراض", "ويتلقى العلاج", False, True),
         ("وأوضحت", "وزارة الصحة", "أنها ليست", "بالجمال ومنتجاتها", False, True)],
    # sabq Hong Kong consulate: no claim. "أقام ... حفل استقبال"، "حضر" (acts), "رفع القنصل العام أسمى آيات التهنئة
    # والتبريكات ..." (congratulations, an act: blind8's "رفع ... التهنئة"); the dateline "سبق- الطائف:"
    12: [],
    # 3alyoum Philips lamp: "... ويُمكن للمستخدم أن يُغير لونها طبقًا لحالته المزاجية، حسب موقع «تيك كرونش»" -- content
    # before its cue, the whole sentence with its first word (blind2's rule, blind7/blind9/blind10), from "المصباح
    # الجديد"; speaker with its quotes (inside a longer phrase, blind2); "الذي يؤكد أن «...» يمكن أن ..." (relative
    # subject: null, blind3's "والذي بيّن"; quoted fragment: direct=false). Not claims: "طورت شركة ..." (an act),
    # "ولم تكشف الشركة عن سعرها" (a negated disclosure, no content: blind7's "ولم تعط الشرطة تفاصيل", blind9's "ولم
    # توضح أي معلومات"), "المُسمى" (naming); the tag line "سمات ..."
    13: [("حسب", "موقع «تيك كرونش»", "<المصباح الجديد", "لحالته المزاجية", False, True),
         ("يؤكد", None, "أن «اللمبة الذكية»", "أو الأخضر", False, True)],
    # aleqtisadiya vaccine fund (Reuters): "وقال جيريمي فارار مدير جمعية ويلكام تراست الخيرية الصحية الذي شارك ...
    # "..."" (the relative left out of the speaker; direct, the final full stop inside the quotes kept); "وقال الخبراء
    # في البحث الذي نشر في دورية نيو إنجلاند جورنال الطبية إن ..." and "ويقول خبراء ان ..." (experts identified only
    # by the journal that published their paper: named=false, blind9's "أحدث الدراسات العلمية"/"الدراسة"; the PP
    # "في البحث ..." is where they said it, not part of the speaker). Not claims: "دعا خبراء عالميون للصحة لانشاء
    # صندوق" and "الورقة البحثية التي دعت لانشاء الصندوق" (appeals), "وسيعمل الصندوق"، "وسيغطي" (no reporting verb)
    14: [("وقال", "جيريمي فارار مدير جمعية ويلكام تراست الخيرية الصحية", "\"ليس بوسعنا", "الموجودة بالفعل.\"",
          True, True),
         ("وقال", "الخبراء", "إن أموال", "التأمين والسياحة", False, False),
         ("ويقول", "خبراء", "ان الصندوق المقترح", "على دعم مادي", False, False)],
    # almadina Natadabbaruh Quran programme: "أعلن المدير العام لجمعية نتدبره ... فضيلة الشيخ محمد بن مبروك البركاتي عن
    # إطلاق ..." (content from عن to "بمجمع النهضة التعليمي") with "مشيرا إلى أن ..." (null); "وعن اختيار مدينة الطائف
    # ... أوضح البركاتي أن ..." (his first-person "حيث عمدنا ..." kept, to the end of the sentence) with "مضيفا: بلغت
    # ..." (null; direct, colon); "وفي نفس السياق أكد المشرف على الطلاب المنتظمين في دورة الصفوة أسامة أحمد المهداوي
    # أن ...". Not claims: "وناشد فاعلي الخير بالتكفل" (appeal), "وأشاد بدور ..." (praise)
    15: [("أعلن", "المدير العام لجمعية نتدبره لتحفيظ القرآن الكريم بمحافظة الليث فضيلة الشيخ محمد بن مبروك البركاتي",
          "عن إطلاق", "بمجمع النهضة التعليمي", False, True),
         ("مشيرا", None, "إلى أن برنامج", "يستمر لـ30 يوما", False, True),
         ("أوضح", "البركاتي", "أن البرنامج", "طوال أيام العام", False, True),
         ("مضيفا", None, "بلغت أكثر", "وترفيهه لهم", True, True),
         ("أكد", "المشرف على الطلاب المنتظمين في دورة الصفوة أسامة أحمد المهداوي", "أن هناك اهتمام",
          "للالتحاق بهذة الدورة", False, True)],
    # alriyadh Ettifaq salaries: no claim. "سلمت إدارة الاتفاق ..."، "أقامت حفل معايدة" (acts), "وتأكدت مشاركته"
    # (impersonal, no source), "ومن المنتظر أن" (impersonal), "ركز فيه المدرب ... على الجوانب اللياقية" (a
    # training's focus, an act)
    16: [],
    # arriyadiyah volleyball: "وقد عبر مدير المنتخب خالد مطر عن سعادته بالاحتفال" (verb of expression + stance noun)
    # and the coordinated "وقال: "..."" (null, direct); "أكد مدرب المنتخب جورج ايفانوف ان ..." with "وصافاً مواجهة
    # تونس اليوم بالصعبة" (the typo for "وواصفاً" spanned as written, blind3/blind6/blind10; null after a claim;
    # content from بـ, blind4's "(content from بـ, as وصف X بـ)") and "وقال: "..."" (null, direct); "أكد لاعب المنتخب
    # وسام حمدان جدارة "الأخضر" بصدارة ..." (content the object NP, quoted fragment: direct=false) with "وقال: "...
    # الماضية "" (null, direct; the closing mark after a space included) and, after "وأشاد" (praise, not a claim),
    # "وأضاف: "..."" (coordinated, elided subject: null). Not claims: "ويتوقع ان تظهر المواجهة" (impersonal, blind9/
    # blind10), "احتفى رئيس البعثة" (an act), the sub-headlines "بتال يحتفي"، "-جورج : القادم أفضل"، "-وسام : هدفنا
    # البطولة" (headlines paraphrasing the quotes that follow, no reporting verb or noun; as the headline link lines of
    # the earlier sets, never annotated), "أقدم له الشكر"، "فلهو كل الشكر" (thanks, inside the quotes)
    17: [("عبر", "مدير المنتخب خالد مطر", "عن سعادته", "بالاحتفال", False, True),
         ("وقال", None, "\"جهود رئيس البعثة", "المستمر للفريق\"", True, True),
         ("أكد", "مدرب المنتخب جورج ايفانوف", "ان المنتخب لديه", "في المباريات الماضية", False, True),
         ("وصافاً", None, "بالصعبة", "بالصعبة", False, True),
         ("وقال", None, "\"المنتخب التونسي", "الدعم والاهتمام\"", True, True),
         ("أكد", "لاعب المنتخب وسام حمدان", "جدارة", "المجموعة الحديدية", False, True),
         ("وقال", None, "\"لن نتخلى", "في المباريات الماضية \"", True, True),
         ("وأضاف", None, "\"بتال لم يقصر", "بذهب البطولة\"", True, True)],
    # aljazirah tourism inspections: "وأوضح المهندس البنيان أن الهدف من الجولة ... آراء النزلاء والمستثمرين" (ends at
    # its sentence: "وتهدف بصورة أساسية ..."، "كما تهدف ..." are new sentences with the tour as subject and no
    # reporting verb, the blind2/blind5/blind10 default; "توجيهات سمو رئيس الهيئة" inside is a directive), "ولفت
    # المهندس البنيان إلى أنه ...", "وأكد المدير العام لإدارة التراخيص بالهيئة المهندس المبارك أهمية ..." (أكد + a
    # normative object, blind5/blind6). Not claims: "قامت ... بزيارات"، "والتقوا" (acts), "إذ تعتبر المنطقة الشرقية
    # وجهة مهمة" (passive, blind6), "كما سجلت الجولة قياس ..." and "والتي عكست معايير ..." (non-source subjects),
    # "اتخذت محاضر مخالفات" (an act)
    18: [("وأوضح", "المهندس البنيان", "أن الهدف", "آراء النزلاء والمستثمرين", False, True),
         ("ولفت", "المهندس البنيان", "إلى أنه تم", "بارز بالمنشأة", False, True),
         ("وأكد", "المدير العام لإدارة التراخيص بالهيئة المهندس المبارك", "أهمية التعاون", "بوثيقة الإجراء المعتمد",
          False, True)],
    # okaz school year: "أكد وزير التعليم الدكتور عزام بن محمد الدخيّل، في اجتماعه ...، على بدء الدراسة ...، وضرورة
    # ..." (content from على); "من جهتهم، أكد مديرو التعليم جاهزية المدارس ..." (the directors at the meeting, an
    # identified group: named=true, claims-gold's "المشاركون في اللقاء", blind9's "أعضاء مجلسي النواب والشورى");
    # "فيما نوه مديرو التعليم في الحد الجنوبي إلى أن ..." (نوّه إلى أن with a content clause = pointed out, unlike the
    # commendation "نوّه بـ" of blind2/blind6); "يذكر أن وزير التعليم بدأ اجتماعه ... بالتركيز على ...، مؤكدا على
    # أهمية ..." (the participle after a non-claim verb with an overt subject takes it, blind5/blind7/blind8 -- the
    # latest decision; nested in the editorial formula as blind8's sabq); "وكان الوزير قد حسم أمر بدء الدراسة عبر
    # تغريدة ... قائلا: «...»" (settling the matter is a decision, not a claim; "قائلا" is the cue after a non-claim
    # verb and takes its overt subject, blind7's "استنكره النادي ... قائلا"; direct); "وأكد وزير التعليم لدى اجتماعه
    # ... على أهمية ..." with "مبينا استمرار التفويض ..." (null, after a claim). Not claims: "وتطرق الاجتماع إلى"،
    # "وتضمن الاجتماع أهمية"، "كما تم مناقشة" (a meeting's topics and contents, passive), "ما تضمنه برنامج «فطن»" (a
    # programme's contents), "ما يتم تداوله" (circulation, passive), "وهو ما نشرته «عكاظ» أمس في طبعتها الثالثة"
    # (publication of the minister's words, no content of its own: blind5's "نقلتها عدة وسائل إعلام", blind10's "نشر
    # على موقع"), "ووجه الدخيل بتأمين ..." (directive)
    19: [("أكد", "وزير التعليم الدكتور عزام بن محمد الدخيّل", "على بدء الدراسة", "١٤٣٦ ــ ١٤٣٧هـ", False, True),
         ("أكد", "مديرو التعليم", "جاهزية المدارس", "العام الدراسي الجديد", False, True),
         ("نوه", "مديرو التعليم في الحد الجنوبي", "إلى أن هناك لجنة", "الحد الجنوبي بشكل منتظم", False, True),
         ("مؤكدا", "يذكر أن |وزير التعليم| بدأ", "على أهمية تنمية", "ذواتهم بإيجابية", False, True),
         ("قائلا", "الوزير", "«إن ما يتم", "غير صحيح»", True, True),
         ("وأكد", "وزير التعليم", "على أهمية مراعاة", "الإجراءات اللازمة لذلك", False, True),
         ("مبينا", None, "استمرار التفويض", "تعليق الدراسة", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind11.jsonl")
