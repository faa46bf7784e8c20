"""Build claims-blind55.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261327) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind54.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind55.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind54/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (also the line breaks and no-break spaces).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (aleqtisadiya's straight quotes '"بي.سي ماجازين"' and
'"الاقتصادية"', aawsat's guillemets «...», alyaum's '"الخضر لصور"', '"لصور"' and the spaced quotes '" البورصة ...
رأس مالها "', sabq's '"الشولي"' and '"د. عزام الدخيل"', 3alyoum's and alweeam's curly quotes “...”, arreyadi's
parentheses and "واصفاً", almadina's "مشيرا الى ان" and "انه", alweeam's "لـ 2620" and "إلى إنه").
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
    # 3alyoum King Salman and Nawaz Sharif: no claim (talks "عقد ... جلسة مباحثات"، "وجرى خلال الجلسة بحث العلاقات" a
    # discussion without content, the attendance lists; the dateline "عين اليوم – واس" and the "Next Previous" line)
    0: [],
    # aleqtisadiya tablets and TV: "أظهرت دراسة حديثة أن الأطفال ... شكلا من أشكال العقاب" (the study identified later
    # by the institute that made it, "التي أجرتها مؤسسة "ماينر آند كو ستوديو" البحثية": named=true, blind10's "أظهرت
    # دراسة حديثة"; the children's "أصبحوا يعتبرون" left inside it, decided here: a habitual attitude in the finding,
    # not a speech), 'ويقول موقع "بي.سي ماجازين" المتخصص في موضوعات التكنولوجيا، إنه قبل سنوات ... فترة من الوقت' (the
    # attributive phrase kept, blind53's "وكالة أنباء فارس المقربة من ..."; to the end of its sentence), 'وقال نحو نصف
    # الآباء الذين شملتهم الدراسة، إنه "عندما ... كنوع من العقاب"' (decided here: the respondents' answers given with
    # "قال" ARE claims, blind25's "40% من الآباء المستطلع آراؤهم اعترفوا"; the restrictive relative kept as blind25's
    # "المستطلع آراؤهم"; named=false; 'إنه "..."' direct, blind12-blind53's 'إن "..."'), "وقال 57 في المائة من الآباء
    # إن أطفالهم ... على التلفزيون" (named=false), "يقول الأطفال إنهم يحبون ... مرة بعد أخرى" (named=false) and
    # "وأشارت الدراسة إلى أن نحو 58 ... الكمبيوتر اللوحي" (named=true as above). Not claims: "شملت الدراسة ... 800
    # أب وأم" (the study's scope), "فلماذا؟" (the writer's question)
    1: [("أظهرت", "دراسة حديثة", "أن الأطفال الذين", "شكلا من أشكال العقاب", False, True),
        ("ويقول", "موقع \"بي.سي ماجازين\" المتخصص في موضوعات التكنولوجيا", "إنه قبل سنوات", "فترة من الوقت",
         False, True),
        ("وقال", "نحو نصف الآباء الذين شملتهم الدراسة", "إنه \"عندما", "كنوع من العقاب\"", True, False),
        ("وقال", "57 في المائة من الآباء", "إن أطفالهم", "على التلفزيون", False, False),
        ("يقول", "الأطفال", "إنهم يحبون", "مرة بعد أخرى", False, False),
        ("وأشارت", "الدراسة", "إلى أن نحو 58", "لتشغيل الكمبيوتر اللوحي", False, True)],
    # alriyadh KFU registration glitch: no claim ("يذكر أن" an editorial formula, "فيما طالب عدد من المتقدمين تمديد
    # الفترة" a demand, "تظهر رسالة خاطئة عن (حالة خرق)" a system message, not a source speaking -- decided here, as
    # blind53's app suggestion)
    2: [],
    # aljazirah elegy for Prince Saud Al-Faisal: no claim (a poem in the poet's own voice, "أرى الدنيا ..."، "به اعترفَ
    # المُخالفُ" an acknowledgement of a person without content; the poet's signature line)
    3: [],
    # alwatan Jeddah poetry contest: 'وبحسب بيان النادي الذي تسلمت "الوطن" نسخة منه، فإن من أهم شروط ... حددته إدارة
    # المسابقة' (a fronted relay with "فإن", blind.jsonl-blind54; the statement's relative left out of the speaker,
    # blind44/blind53; named=true) and "وذكر المشرف على المسابقة عضو إدارة النادي الدكتور عبدالرحمن السلمي أنهم رصدوا
    # ... على اختلاف أعمارهم" (to the end of its sentence). Not claims: "والتي تقوم فكرتها على أن ..." (the contest's
    # idea), "قصائد شعرية قالها شعراء" (poems said, no content), "مع العلم أنها" (an editorial formula)
    4: [("وبحسب", "بيان النادي", "فإن من أهم شروط", "الذي حددته إدارة المسابقة", False, True),
        ("وذكر", "المشرف على المسابقة عضو إدارة النادي الدكتور عبدالرحمن السلمي", "أنهم رصدوا", "على اختلاف أعمارهم",
         False, True)],
    # aawsat Czechs kidnapped in the Bekaa: "أكد أكثر من مصدر في لبنان اختطاف 5 مواطنين ... بشرق البلاد" (the object NP;
    # named=false), "وحسب المعلومات عثر على السيارة ... وأوراق مبعثرة" (blind35's "وبحسب المعلومات الأولية":
    # named=false; content the clause it credits), "مصادر ميدانية في المنطقة أبلغت «الشرق الأوسط» أن أهالي ... للمرة
    # الثانية»" (the addressee left out; partly quoted: direct=false; the "information" inside the quote not a nested
    # source), "وتحدثت المصادر عن «احتمال ... الإفراج عنه»" (blind29's "وتحدث ... عن": content from عن; decided here:
    # the whole object after عن quoted, direct=true, as blind38/blind40/blind42's 'بـ«...»' and blind14/blind46's 'إلى أن
    # "..."') and "وأفادت معلومات صحافية بأن شقيق ... في تشيكيا" (named=false). Not claims: "ونفذت قوة من الجيش ...
    # عمليات دهم" (an act), "لإسقاط فرضية أنّهم يتجولون" (a purpose)
    5: [("أكد", "أكثر من مصدر في لبنان", "اختطاف 5 مواطنين", "البقاع الغربي بشرق البلاد", False, False),
        ("وحسب", "المعلومات", "عثر على السيارة", "وأوراق مبعثرة", False, False),
        ("أبلغت", "مصادر ميدانية في المنطقة", "أن أهالي السائق", "للمرة الثانية»", False, False),
        ("وتحدثت", "المصادر", "عن «احتمال", "باتجاه الإفراج عنه»", True, False),
        ("وأفادت", "معلومات صحافية", "بأن شقيق", "منذ سنة في تشيكيا", False, False)],
    # alyaum Aden casualties: "أوضح مسؤول يمني بمحافظة عدن، جنوب البلاد، اليوم، إن حصيلة القتلى ... بلغت ألفاً"
    # (the apposition "جنوب البلاد" of the place and the time left out; named=false), 'وقال مدير عام مكتب الصحة والسكان
    # بالمحافظة "الخضر لصور" سقط ألف قتيل ... وجميعهم من المدنيين"' (the name with its quotes, blind22-blind54; the
    # statement's own opening mark missing: blind47/blind49-blind51's closing mark without its opening one, kept in the
    # span, direct=false), 'وأضاف في تصريح نشرته وكالة الانباء اليمنية "سبأ" أن "القتلى ... ثلاثة اشهر"' (null; the
    # channel left out, the agency's publication not a nested claim; 'أن "..."' direct), 'لافتاً إلى أن "المنشئات الطبية
    # تعرضت للتدمير"' (null; direct, blind14/blind46) and 'وأشار "لصور" إلى "أن الوضع ... والمصابين"' (the name with
    # its quotes; content from إلى, the rest quoted: direct)
    6: [("أوضح", "مسؤول يمني بمحافظة عدن", "إن حصيلة القتلى", "في المدينة بلغت ألفاً", False, False),
        ("وقال", "مدير عام مكتب الصحة والسكان بالمحافظة \"الخضر لصور\"", "سقط ألف قتيل", "وجميعهم من المدنيين\"",
         False, True),
        ("وأضاف", None, "أن \"القتلى", "منذ أكثر من ثلاثة اشهر\"", True, True),
        ("لافتاً", None, "إلى أن \"المنشئات", "تعرضت للتدمير\"", True, True),
        ("وأشار", "\"لصور\"", "إلى \"أن الوضع", "للجرحى والمصابين\"", True, True)],
    # arreyadi Al-Ittihad training: "واشارت مصادر ان القروني ينوي ... بخطة جديدة" (named=false). Not claims: the
    # sub-heading "إغلاق التدريبات.. والقروني يجهز مفاجأة للسويح", "وسمح القروني لوسائل الاعلام" (an act), "وسجل
    # العديد من الملاحظات التي شرحها للاعبين" (notes explained, no content; blind20/blind37's "شرحاً"), the byline
    7: [("واشارت", "مصادر", "ان القروني ينوي", "بخطة جديدة", False, False)],
    # alweeam Umm Al-Qura admission: "أعلنت جامعة أم القرى بدء التقديم ... لـ 2620 طالبا وطالبة" (the object NP),
    # "وأوضح عميد كلية خدمة المجتمع والتعليم المستمر الدكتور حامد بن صالح الربيعي أن القبول ... بالليث", "وقال الدكتور
    # الربيعي : إن الكليات ... قسم الاقتصاد" (direct by the colon, blind7-blind54's ": إن") and "وأشار إلى أن القبول
    # ... واللغة العربية" (null; to the end of its sentence). Not claims: the link line
    8: [("أعلنت", "جامعة أم القرى", "بدء التقديم", "لـ 2620 طالبا وطالبة", False, True),
        ("وأوضح", "عميد كلية خدمة المجتمع والتعليم المستمر الدكتور حامد بن صالح الربيعي", "أن القبول على درجة",
         "والكلية الجامعية بالليث", False, True),
        ("وقال", "الدكتور الربيعي", "إن الكليات المشاركة", "من خلال قسم الاقتصاد", True, True),
        ("وأشار", None, "إلى أن القبول سيكون", "الدراسات الاسلامية واللغة العربية", False, True)],
    # sabq Tayma hospital: "كشفت مستشفى تيماء العام أنها نقلت ... في ذات الفترة" (the dateline left out), "وأوضح مدير
    # مستشفى تيماء العام عبدالعزيز سليمان الشولي، أن المستشفى العام أنجز ... 2864 مراجعاً شهرياً", 'وأضاف: "نوّم في
    # المستشفى ... 50 ولادة في الشهر' (null; a colon quote never closed: direct, blind51; the final stop left out,
    # blind5), 'وتابع "الشولي": بلغ عدد ... 35% شهرياً' (the name with its quotes; direct by the colon) and "وأوضح أن
    # عدد القوى العاملة ... 204 عمال" (null)
    9: [("كشفت", "مستشفى تيماء العام", "أنها نقلت", "في ذات الفترة", False, True),
        ("وأوضح", "مدير مستشفى تيماء العام عبدالعزيز سليمان الشولي", "أن المستشفى العام أنجز", "2864 مراجعاً شهرياً",
         False, True),
        ("وأضاف", None, "\"نوّم في المستشفى", "50 ولادة في الشهر", True, True),
        ("وتابع", "\"الشولي\"", "بلغ عدد الفحوصات", "الأسرّة 35% شهرياً", True, True),
        ("وأوضح", None, "أن عدد القوى العاملة", "والتغذية 204 عمال", False, True)],
    # almadina Al-Batha: "يقول شمس الدين من الهند ويعمل في احد المحلات التجارية: أعمل ... لرخص البضائع" (decided here:
    # the attributive "من الهند" kept, the coordinated clause "ويعمل ..." left out of the speaker; direct by the colon),
    # "بينما قال يوسف وهو عامل باكستاني: أتيت ... تصليح الاحذية" (the circumstantial clause "وهو عامل باكستاني" left
    # out; direct; ending before "، مشيرا"), "مشيرا الى ان العمل ... الأيام العادية" (null), "من جهته يقول حسين العصيمي
    # : أتيت ... بالجملة" (direct), "وحول تكدس الأجانب ... قال انه من الطبيعي ... كل الجنسيات" (null; the topic left
    # out), "يقول بسام من الجنسية اليمنية ويعمل في بيع ...: أعمل في السعودية ... 1500 ريال" (as Shams al-Din's) and
    # "ويضيف : لقد قضيت ... بالأجواء العيدية" (null, direct). Workers named by their first names: named=true (make_gold's
    # identified "الرجل"). Not claims: "جرّب أن تسير ..." (the writer's imperative)
    10: [("يقول", "شمس الدين من الهند", "أعمل في المملكة", "لرخص البضائع", True, True),
         ("قال", "يوسف", "أتيت للمملكة", "في تصليح الاحذية", True, True),
         ("مشيرا", None, "الى ان العمل", "عن الأيام العادية", False, True),
         ("يقول", "حسين العصيمي", "أتيت إلى أسواق البطحاء", "تباع بالجملة", True, True),
         ("قال", None, "انه من الطبيعي", "يجمع كل الجنسيات", False, True),
         ("يقول", "بسام من الجنسية اليمنية", "أعمل في السعودية", "تصل إلى 1500 ريال", True, True),
         ("ويضيف", None, "لقد قضيت", "ولا أشعر بالأجواء العيدية", True, True)],
    # 3alyoum Al-Mandaq charity: "وأوضح مدير الجمعية عوض بن أحمد الزهراني أن المساعدات ... حتى نهاية شهر رمضان المبارك"
    # (ending before "، مشيراً"), "مشيراً إلى أنه تم صرف ... من داخل وخارج المنطقة", "وأبان أنه تم تنفيذ ... ألف ريال في
    # الشهر" (ending before "، مفيداً"), "مفيداً أن الجمعية اعتمدت ... 10 كيلو للفرد" (null, blind4/blind40's "مفيدا")
    # and 'وقال الزهراني: “وزعت ... من خدمات الجمعية' (a colon quote never closed: direct, blind51; the final stop and
    # the tag line "سمات المندق" left out). Not claims: "نفذت جمعية البر ... المشروعات" (an act), the byline
    11: [("وأوضح", "مدير الجمعية عوض بن أحمد الزهراني", "أن المساعدات المصروفة", "حتى نهاية شهر رمضان المبارك", False,
          True),
         ("مشيراً", None, "إلى أنه تم صرف", "من داخل وخارج المنطقة", False, True),
         ("وأبان", None, "أنه تم تنفيذ", "ألف ريال في الشهر", False, True),
         ("مفيداً", None, "أن الجمعية اعتمدت", "بواقع 10 كيلو للفرد", False, True),
         ("وقال", "الزهراني", "“وزعت الجمعية", "للمستفيدين من خدمات الجمعية", True, True)],
    # aleqtisadiya Aden: 'قال لـ"الاقتصادية" مصدر عسكري في اليمن، إنه تم القبض ... القيادة العسكرية في عدن' (the
    # channel left out; named=false), 'من جهته، قال لـ"الاقتصادية" مختار الرحبي السكرتير الصحافي ...، إن يوم أمس ...
    # بشكل كامل"' (a closing mark without its opening one, kept, direct=false, blind47/blind49-blind51), 'وأشار الرحبي
    # "إلى أن المقاومة ... وقذائف الهاون"', 'وأضاف الرحبي "أن هناك ترتيبات ... السكن لهم"' and 'وأوضح الرحبي "أن
    # الوضع ... في عدن"' (the whole content quoted, "أن"/"إلى أن" inside the quote: direct, blind13/blind54). Not
    # claims: "وهي تعتبر من أهم القواعد" (a passive inside his quote)
    12: [("قال", "مصدر عسكري في اليمن", "إنه تم القبض", "في قبضة القيادة العسكرية في عدن", False, False),
         ("قال", "مختار الرحبي السكرتير الصحافي في مكتب الرئيس اليمني عبد ربه منصور هادي", "إن يوم أمس الأحد",
          "وتوقف المعارك بشكل كامل\"", False, True),
         ("وأشار", "الرحبي", "\"إلى أن المقاومة", "على القصف وقذائف الهاون\"", True, True),
         ("وأضاف", "الرحبي", "\"أن هناك ترتيبات", "لحين توافر السكن لهم\"", True, True),
         ("وأوضح", "الرحبي", "\"أن الوضع في عدن", "بشكل كامل في عدن\"", True, True)],
    # aljazirah Al-Raed's coach: no claim ("رفض ... عمراني خوض فريقه المباراة الودية" a refusal, an act -- decided here;
    # "جاء قرار عمراني بالرفض نظراً ..." the writer's account of a decision; "وطالب بأن يخوض الرائد أربع مواجهات" a
    # demand)
    13: [],
    # alwatan handball friendly: no claim (results and a programme)
    14: [],
    # aawsat novel "غائب عن العشاء الأخير": no claim (a publication notice and the reviewer's summary of the plot)
    15: [],
    # alyaum Athens bourse: "وقال كوستاس بوتوبولوس ، رئيس لجنة هيلينيك كابيتال ماركت لتلفزيون سكاي إنه يتوقع ... لمدة
    # شهر" (the apposition after the comma kept, blind52/blind54; the channel "لتلفزيون سكاي" left out; his "يتوقع"
    # inside the content, blind24's "مبينا أنه يتوقع"), 'وأضاف " البورصة ... رأس مالها "' (null; direct; the spaced
    # quotes kept) and "وأوضح بوتوبولوس أن الحكومة ... بالدفع نقدا". Not claims: the writer's background ("وكان قد تم
    # إغلاق البورصة ..."، "وكان اليونانيون قد سحبوا ...")
    16: [("وقال", "كوستاس بوتوبولوس ، رئيس لجنة هيلينيك كابيتال ماركت", "إنه يتوقع", "بعد إغلاق البورصة لمدة شهر",
          False, True),
         ("وأضاف", None, "\" البورصة", "رأس مالها \"", True, True),
         ("وأوضح", "بوتوبولوس", "أن الحكومة فرضت", "أو بالدفع نقدا", False, True)],
    # arreyadi Al-Malki and Asiri: "استند الفنان فايز المالكي ... وقال: (أنا مو فاضي ... جريدة الرياضي)" (null: the
    # coordinated finite verb after the non-claim "استند", blind51-blind54; direct by the colon and the parentheses,
    # blind40), "ووجه نقداً حاداً واصفاً إياه بالممثل الفاشل ... عن مسلسلاته" (null; content from بـ, the described
    # "إياه" left out, blind11's "واصفا إياه بـ"; the criticism "ووجه نقداً" itself no claim), "وقال المالكي في لقائه مع
    # علي العلياني إنه مل المناكفات الفنية" (the occasion left out; ending before "مطالباً") and, inside the editorial
    # formula "يذكر أن", "اتهم حسن عسيري زميله المالكي باستنساخ ... (خميس بن جمعة)" (an accusation: content from بـ,
    # the accused left out, blind4-blind53; claims inside "يذكر أن" annotated, blind11/blind42). Not claims: the
    # sub-heading "المالكي يهاجم حسن عسيري ويصفه بالفاشل" (blind53's sub-headings), "الهجوم الذي شنه عليه" (an act),
    # "مطالباً زميله بأن ينشغل" (a demand), "يذكر أن" itself, the byline
    17: [("وقال", None, "(أنا مو فاضي", "في جريدة الرياضي)", True, True),
         ("واصفاً", None, "بالممثل الفاشل", "شيئاً عن مسلسلاته", False, True),
         ("وقال", "المالكي", "إنه مل المناكفات", "إنه مل المناكفات الفنية", False, True),
         ("اتهم", "حسن عسيري", "باستنساخ شخصياته", "(خميس بن جمعة)", False, True)],
    # alweeam Al-Munif at Asilah: "قال أمجد المنيف، المستشار في قطاع الاتصال والإعلام الجديد والكاتب في صحيفة الرياض،
    # أنه لا زال ... التقليدي والرقمي" (the appositions kept; ending before "، مضيفا"), 'مضيفا: “قبل أن ... في العالم”'
    # (null, direct), "وأشار المنيف خلال إحدى جلسات النقاش ...؛ إلى إنه من المفترض ... والتحديث، والتمدد" (the occasion
    # and the session's title left out), 'وأضاف: “يجب أن نأخذ ... ماهية التأثير.”' (null, direct; the stop inside the
    # quote kept), "وأكد المنيف على ضرورة استثمار ... في الإعلام الرقمي" (ending before "، مؤكدا"), "مؤكدا أن لديها
    # فرصا ... والمعلوماتية" (null) and "مختتما بأن العملية ... منصات الإعلان الحديثة" (null; the hedge "– بحسب وصفه
    # –" left inside the content, not a claim, blind38/blind53). Not claims: "تحت عنوان: “...”" (a title), "يعتبر
    # الأهم" (a passive inside his quote), the link line
    18: [("قال", "أمجد المنيف، المستشار في قطاع الاتصال والإعلام الجديد والكاتب في صحيفة الرياض", "أنه لا زال",
          "بين الإعلام التقليدي والرقمي", False, True),
         ("مضيفا", None, "“قبل أن نتحدث", "علماء الاتصال الجماهيري في العالم”", True, True),
         ("وأشار", "المنيف", "إلى إنه من المفترض", "والتحديث، والتمدد", False, True),
         ("وأضاف", None, "“يجب أن نأخذ", "قبل تحديد ماهية التأثير.”", True, True),
         ("وأكد", "المنيف", "على ضرورة استثمار", "التقليدية في الإعلام الرقمي", False, True),
         ("مؤكدا", None, "أن لديها فرصا", "والبشرية والمعلوماتية", False, True),
         ("مختتما", None, "بأن العملية الاستثمارية", "لاختلاف منصات الإعلان الحديثة", False, True)],
    # sabq the education minister in Jazan: 'أكد وزير التعليم "د. عزام الدخيل" أهمية التقنية ... عموماً' (the name with
    # its quotes; the object NP; the dateline left out). Not claims: "جاء ذلك خلال زيارة" (context), "وناقش "الدخيل" مع
    # ... إمكانية توظيف" (a discussion, an act), 'وقدم "الحكمي" خلال الزيارة شرحاً لوزير التعليم عن تجربة جازان ...'
    # (a briefing on a topic, no content: blind20/blind37's "شرحاً عن", unannotated)
    19: [("أكد", "وزير التعليم \"د. عزام الدخيل\"", "أهمية التقنية الحديثة", "والمجتمع التعليمي عموماً", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind55.jsonl")
