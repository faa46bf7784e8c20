"""Build claims-blind48.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261314) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind47.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind48.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind47/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the guillemets of okaz and aawsat, the curly quotes of
3alyoum, the straight quotes of aawsat's Taliban story, alriyadh, aleqtisadiya, sabq and arriyadiyah, alyaum's
"الاوليه"/"اوضح" and aawsat's "اكدته"/"افاد"/"اشار"/"الى انه" without hamza, sabq's "وبيّن" with its shadda, was's
"المُعمرين" with its damma, alriyadh's 'أن :"' and arriyadiyah's ':" ' and ' ."' spacing).
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
    # okaz "اصنع مهارة" (the story of blind47's alwatan article in other words): "وأوضح محمد الخميس رئيس اللجنة
    # الاجتماعية الاجتماعية الأهلية لحي الروضة أن ثلاث جهات ... لمزاحمة الدولة المتقدمة" (the doubled word kept as
    # written; to the end of the sentence) and "وكشف الخميس عن حزمة ... مليونا وثلاثمئة ألف ريال" (to the end of the
    # sentence, its impersonal "حيث رصدت للبرنامج ... ميزانية" inside -- blind47's separate "مبينا عن رصد ميزانية" has
    # no reporting word here). Not claims: "تنطلق اليوم فعاليات ... والذي تقيمه لجنة" (an event)
    0: [("وأوضح", "محمد الخميس رئيس اللجنة الاجتماعية الاجتماعية الأهلية لحي الروضة", "أن ثلاث جهات",
         "لمزاحمة الدولة المتقدمة", False, True),
        ("وكشف", "الخميس", "عن حزمة", "مليونا وثلاثمئة ألف ريال", False, True)],
    # aawsat Taliban political office: "وأعلنت طالبان الجمعة تعيين الملا أختر منصور ... خلفا للملا عمر" (object NP; the
    # day left out), "اللذين دانا هذه الخطوة واعتبرا انها متسرعة وغير توافقية" (speaker the antecedent "نجل الملا عمر
    # وشقيقه" of the relative, blind35's "الدكتور عبدالله الفهد، الذي أشاد بالمشاركة واعتبرها مميزة"; ending before
    # "وشككا"), "وجاء في بيان صدر ... ان طيب آغا ... استقال من منصبه" (make_gold's "حسب ما جاء في البيان"; the
    # statement's words are quoted next, named=true) and, sharing that content, "واكدته مصادر من طالبان" (decided here:
    # a confirmation whose object pronoun stands for the statement, its content the following "ان" clause; named=false;
    # make_gold's shared contents), 'وقال البيان "من اجل ... السياسي"' and 'واضاف "لا اريد ... داخل الحركة"' (direct;
    # null, the coordinated verb), "وأوضح مصدر في حركة التمرد ان مقربين ... في صفوف طالبان" (named=false), "بينما توفي
    # في ابريل (نيسان) في مستشفى في كراتشي في باكستان، كما اعلنت الاستخبارات الافغانية الاسبوع الماضي" (a source-last
    # "كما اعلنت", blind30/blind37; content from "توفي", the writer's "بينما" left out), 'وقال طيب اغا ان "موت ... خطأ
    # تاريخيا"' (the whole content quoted after ان: direct, blind39/blind45/blind46) and "معبرا عن أسفه لأن القادة ...
    # المتشددة" (an expressed feeling, null). Not claims: "دانا هذه الخطوة" (condemnation), "وشككا في شرعية "امير
    # المؤمنين" الجديد" (decided here: casting doubt on a bare NP, like criticism and condemnation), "ينتقد كوادر
    # وقادة ... قيادة طالبان" (criticism, blind46), "عبر نسب تصريحات اليه" (attributing unnamed statements, no
    # content), "وجميعهم معروفون" (the writer's)
    1: [("وأعلنت", "طالبان", "تعيين الملا", "خلفا للملا عمر", False, True),
        ("واعتبرا", "نجل الملا عمر وشقيقه", "انها متسرعة", "متسرعة وغير توافقية", False, True),
        ("وجاء في", "بيان", "ان طيب آغا", "استقال من منصبه", False, True),
        ("واكدته", "مصادر من طالبان", "ان طيب آغا", "استقال من منصبه", False, False),
        ("وقال", "البيان", "\"من اجل", "كرئيس للمكتب السياسي\"", True, True),
        ("واضاف", None, "\"لا اريد", "في النزاع الحالي داخل الحركة\"", True, True),
        ("وأوضح", "مصدر في حركة التمرد", "ان مقربين", "الانقسامات في صفوف طالبان", False, False),
        ("كما اعلنت", "الاستخبارات الافغانية", "<توفي في ابريل", "في كراتشي في باكستان", False, True),
        ("وقال", "طيب اغا", "ان \"موت", "واعتبر ذلك خطأ تاريخيا\"", True, True),
        ("معبرا", None, "عن أسفه", "زعيم شبكة حقاني المتشددة", False, True)],
    # sabq Asir wheat festival: "وشدد مدير عام الهيئة العامة للسياحة والتراث الوطني، أمين عام مجلس التنمية السياحية
    # بمنطقة عسير، المهندس محمد العمرة، أن هذا المهرجان ... الأمير سلطان بن سلمان بن عبدالعزيز" ("شدد أن" without
    # على; the titles with their commas, blind46's "المتحدث الرسمي ...، العميد ..."). Not claims: "كما استمع إلى شرح
    # مطول من مزارعي البُرّ عن بداية زراعة البُرّ" (an explanation of a topic only, blind40/blind46), "افتتح"، "وتجول"
    2: [("وشدد", "مدير عام الهيئة العامة للسياحة والتراث الوطني، أمين عام مجلس التنمية السياحية بمنطقة عسير، المهندس "
         "محمد العمرة", "أن هذا المهرجان", "الأمير سلطان بن سلمان بن عبدالعزيز", False, True)],
    # alriyadh Kariri misses the Super Cup: "أعلن مصدر مطلع بنادي الهلال غياب قائد الفريق ... بالعاصمة البريطانية
    # لندن" (object NP; named=false), 'وذكرت مصادر أن :"كريري ... يقدر ذلك بالتأكيد "' (named=false; the whole content
    # quoted after أن and a colon: direct, content from أن, blind46's 'اكد ان "..."'; the first-person "وقد حاولنا"
    # inside) and "قبل أن يعلن اعتزاله اللعب دوليا مطلع مارس الماضي" (blind's "وأعلن اعتزاله للكرة" and blind24's
    # "أعلن اعتزاله اللعب دوليا"; null, the subject elided in the subordinate clause; the time left out). Not claims:
    # "ويستعد الهلال"، "وخاض كريري"
    3: [("أعلن", "مصدر مطلع بنادي الهلال", "غياب قائد", "بالعاصمة البريطانية لندن", False, False),
        ("وذكرت", "مصادر", "أن :\"كريري", "والجهاز الفني يقدر ذلك بالتأكيد \"", True, False),
        ("يعلن", None, "اعتزاله اللعب", "اعتزاله اللعب دوليا", False, True)],
    # aleqtisadiya Hilal sponsorship: 'نفى لـ "الاقتصادية" مصدر مسؤول في نادي الهلال، أن يكون هناك ... في الفترة
    # الحالية' (a denial, blind14/blind23/blind37's "نفى/نفت"; the addressee before the speaker left out; named=false),
    # "مؤكداً أن العقود الجديدة ... في نهاية العام الميلادي" (null; ending before "، وذلك بعد", the writer's context),
    # "الأحاديث التي تؤكد وجود مفاوضات جادة ... لرعاية قمصان النادي" (decided here: talk as a source, blind14's "الأنباء
    # التي أكدت" and blind40's "أنباء تقول"; speaker the antecedent of the relative, blind36-blind46; named=false; object
    # NP), 'وأضاف "في الحزمتين ... سيتم تدشينها"' (null, direct) and 'وحول قيمة العقود ...، أجاب "الموارد ... يتجاوز
    # الضعف"' (a reply, blind30/blind46's "أجاب"; null, direct; the inner "موبايلي" marks inside). Not claims: "إثر
    # التقارير التي رفعها المدرب اليوناني دونيس" (reports with no content), "لعدم القناعة الفنية بهما"
    4: [("نفى", "مصدر مسؤول في نادي الهلال", "أن يكون هناك", "في الفترة الحالية", False, False),
        ("مؤكداً", None, "أن العقود الجديدة", "في نهاية العام الميلادي", False, True),
        ("تؤكد", "الأحاديث", "وجود مفاوضات", "لرعاية قمصان النادي", False, False),
        ("وأضاف", None, "\"في الحزمتين", "العام الحالي سيتم تدشينها\"", True, True),
        ("أجاب", None, "\"الموارد", "وبفارق يتجاوز الضعف\"", True, True)],
    # was Medina bus guides: "وأكد مدير مكتب المدينة المنورة مروان خاشقجي, في كلمة له في مستهل البرنامج, على مضامين
    # ... إلى طيبة الطيبة" (the channel between commas left out; the final " ." excluded) and "وأشار خاشقجي إلى ضرورة
    # تدريب ... بإشراف من فرع وزارة الحج بالمنطقة". Not claims: "قدّم ... ندوة ... استعرض فيها أبرز المحاور" and
    # "استعرض ... الحوافز" (reviewing topics, blind46), "نظّم"، the dateline, "// انتهى //" and the time line
    5: [("وأكد", "مدير مكتب المدينة المنورة مروان خاشقجي", "على مضامين", "عند وصولهم إلى طيبة الطيبة", False, True),
        ("وأشار", "خاشقجي", "إلى ضرورة", "بإشراف من فرع وزارة الحج بالمنطقة", False, True)],
    # alyaum Taif harassment clip: "وقد رجحت المعلومات الاوليه انه يتوقع من بالطائف" (blind14's "رجح"; information as a
    # source, blind46's "وتشير المعلومات"; named=false; cue without وقد; the garbled clause as written) and "اوضح
    # الناطق الاعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطيه القرشي بأن الجهات ... لجهة الاختصاص" (to the
    # end; its passives "يعتقد انه" and "يتم تداوله" inside). Not claims: "بدات الجهات الامنيه ... في التحقق",
    # "يتم تدواله" (passives)
    6: [("رجحت", "المعلومات الاوليه", "انه يتوقع", "انه يتوقع من بالطائف", False, False),
        ("اوضح", "الناطق الاعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطيه القرشي", "بأن الجهات",
         "وتقديمهما لجهة الاختصاص", False, True)],
    # okaz Lebanon: "وقال، في تصريح له أمس: «كونوا ... السلم الأهلي»" (null: a coordinated verb after the non-claim
    # "طالب قائد الجيش ...", blind44-blind47; direct; imperative words are still his statement, blind45), "وأضاف: «بلغ
    # ... الجيوش الكبرى»" (null, direct), "وتوجه إلى العسكريين بالقول: «تصديتم ... الوفاق الوطني»" (make_gold's
    # "بقوله"; null; direct; over the two sentences inside the marks), "حيث أكد الوزير ريمون عريجي أن الحكومة ... قبل
    # جلسة الخميس المقبل" (cue without حيث), "فيما قال عضو حزب القوات أنطوان زهرا: «اليوم ... للجمهورية»" (cue without
    # فيما; direct), "مشيرا إلى أن «هناك ... والسياسية»" and "من جهة أخرى، لفت إلى أن «ما نحن ... مجلس الوزراء»" (null;
    # the whole content quoted after "إلى أن": direct). Not claims: "طالب قائد الجيش ... بالجهوزية" (a demand), "المادة
    # 62 التي تقول إنه في حال الفراغ ..." (decided here: a provision's wording, as blind5's "أشارت المادة (28) إلى
    # أنه" and blind19/blind40/blind41's "تنص/ينص على" unannotated; inside Zahra's quotation), "تكثفت الاتصالات"
    7: [("وقال", None, "«كونوا", "ومسيرة السلم الأهلي»", True, True),
        ("وأضاف", None, "«بلغ الجيش", "مستوى الجيوش الكبرى»", True, True),
        ("بالقول", None, "«تصديتم", "التزامها وثيقة الوفاق الوطني»", True, True),
        ("أكد", "الوزير ريمون عريجي", "أن الحكومة", "قبل جلسة الخميس المقبل", False, True),
        ("قال", "عضو حزب القوات أنطوان زهرا", "«اليوم", "من دون رئيس للجمهورية»", True, True),
        ("مشيرا", None, "إلى أن «هناك", "الاقتصادية والاجتماعية والسياسية»", True, True),
        ("لفت", None, "إلى أن «ما نحن", "رئيس الجمهورية إلى مجلس الوزراء»", True, True)],
    # 3alyoum Birmingham Quran leaves: "ويقول خبير المخطوطات في المكتبة البريطانية الدكتور محمد عيسى والي، إن هذا
    # “الاكتشاف المذهل” ... المسلمين" (partly quoted: direct=false), "وبحسب البي بي سي، خضع المخطوط ... المفاجأة
    # “المثيرة”" (a fronted relay: content after the cue to the end of the sentence), "وقالت مديرة المجموعات الخاصة في
    # الجامعة، سوزان ورال، إن الباحثين ... إلى هذا الحد" (partly quoted) and "وأضافت: “امتلاك ... غاية في الإثارة”"
    # (null, direct). Not claims: "بين فحصها بتقنية الكربون المشع، أن عمرها ..." and "وبين الفحص الذي أجري ... أن
    # النص مكتوب ..." (decided here: a test's results, things that show, blind38's "أثبتت الكشوفات الطبية" and
    # blind47's "أدلة تثبت" unannotated; unlike a survey or a study), "دون أن يعرف أحد أنه", the tag line "سمات ..."
    8: [("ويقول", "خبير المخطوطات في المكتبة البريطانية الدكتور محمد عيسى والي", "إن هذا",
         "“السعادة في قلوب” المسلمين", False, True),
        ("وبحسب", "البي بي سي", "خضع المخطوط", "فحدثت المفاجأة “المثيرة”", False, True),
        ("وقالت", "مديرة المجموعات الخاصة في الجامعة، سوزان ورال", "إن الباحثين", "قديمة إلى هذا الحد", False,
         True),
        ("وأضافت", None, "“امتلاك", "أمر غاية في الإثارة”", True, True)],
    # aawsat column "الكاميرا القاتلة" (an episode of a US series retold, then a Louisiana shooting): "يصر الكاتب أنه
    # مجرد كاتب خيال، لا علاقة له بأي جريمة" (decided here: insisting that = maintaining; a character of the episode,
    # named=true as blind46's "والدهُ"), "ولكنه يسأله، هل لاحظت ... قد يكون صبيًا مراهقًا؟" (a question with its words,
    # blind4/blind46; null, the pronoun; after a comma, no colon or marks: direct=false, blind40/blind45; the "؟"
    # kept), "يبدو أن الصبي المختل أخبرهم عن نيته فعل شيء هذا اليوم" (decided here: أخبر عن with a propositional NP,
    # blind46's "فأخبرنا أن" and blind14's "أعلنت ... عن نيتها"; inside the columnist's "يبدو أن"), "مع صرخة الضابطة:
    # لقد منحوه جمهورًا" (decided here: the noun "صرخة" + colon, blind39's noun "كلام" + colon; direct; the
    # columnist's gloss "تعني الإعلام" left out) and "كما قال قائد شرطة مدينة لافاييت: «إننا ندرس هذه الفرضية»"
    # (blind14's "وكما قال ... «...»": cue with كما, content after it; direct). Not claims: "يقتنع الضابط أن الرجل ..."
    # (a conviction reached, not expressed, blind19's "مقتنع جداً بأن" unannotated), "يقال إن لديه نزعات نازية" (an
    # impersonal passive, blind30's "يقال بأن"), "كتب عنها الحكاء الخيالي" (writing about a topic), "يتم التوصل إلى
    # أن"، "من بين الفرضيات التي تدرس" (passives), "السؤال ما هو ...؟" and "كيف الخلاص؟" (the columnist), the e-mail line
    9: [("يصر", "الكاتب", "أنه مجرد", "لا علاقة له بأي جريمة", False, True),
        ("يسأله", None, "هل لاحظت", "قد يكون صبيًا مراهقًا؟", False, True),
        ("أخبرهم", "الصبي المختل", "عن نيته", "فعل شيء هذا اليوم", False, True),
        ("صرخة", "الضابطة", "لقد منحوه", "لقد منحوه جمهورًا", True, True),
        ("كما قال", "قائد شرطة مدينة لافاييت", "«إننا", "ندرس هذه الفرضية»", True, True)],
    # sabq Hajj preparations: "وأوضح المتحدث الرسمي لوزارة الصحة الدكتور خالد مرغلاني، أنه تم في الاجتماع ... ومثلها في
    # مشعر منى", 'وأضاف "مرغلاني"، أن المجتمعين ... حول الحرم النبوي الشريف' (a name alone in quotes spanned without
    # them, blind46's "الحذيفي"), 'وبيّن: "تم مناقشة ... والجوية والبرية"' (null, direct; ending at the closing mark
    # before "؛ مشيراً") and "مشيراً إلى أنه تم استعراض ... في الحج" (null). Not claims: "استمع المجتمعون ... إلى تقرير
    # موجز عن سير العمل" and "ناقش الاجتماع تقارير" (topics only), "وعَرَض ... السياسات" and "وقدّم ... استعراضاً
    # شاملاً" (presenting, blind46's "استعرض"), "التي توصي بها منظمة الصحة العالمية" (a recommendation, blind46's
    # "وأوصى"), "حيث من المتوقع" (impersonal)
    10: [("وأوضح", "المتحدث الرسمي لوزارة الصحة الدكتور خالد مرغلاني", "أنه تم في الاجتماع", "ومثلها في مشعر منى",
          False, True),
         ("وأضاف", "مرغلاني", "أن المجتمعين", "حول الحرم النبوي الشريف", False, True),
         ("وبيّن", None, "\"تم مناقشة", "الجوية والبحرية والبرية\"", True, True),
         ("مشيراً", None, "إلى أنه تم استعراض", "فعاليات وخدمات الوزارة في الحج", False, True)],
    # alwatan Al-Wehda board: no claim ("أقر مجلس إدارة الوحدة ... توزيع المهام" -- a decision, an act)
    11: [],
    # aleqtisadiya column on women and sustainability: "فإن الدراسات المتخصصة في مجال الاستدامة تشير أيضا إلى أن خلف
    # كل شركة ... امرأة" (blind27's "وتشير الدراسات إلى أن", named=false), 'سيجد دراسة قيمة من "هاس للأعمال" من جامعة
    # كاليفورنيا أجريت في 2012 تخلص إلى ترابط ... أسهم الشركة' (decided here: "تخلص إلى" = concludes, blind6's
    # "وخلصت إلى"; the PPs of the name kept with their marks, the participle clause "أجريت في 2012" left out;
    # named=true), "دراسة نفذها باحثون في كلية إدارة الأعمال في جماعة هارفارد ومنظمة Catalyst، أوضحت أن الشركات ...
    # للمبادرات المسؤولة" (speaker "دراسة", its relative clause left out and named=true, blind44's "كشفت دراسة أجراها
    # المركز ..."), "وهو المجال الذي لا يزال يسيطر عليه الرجال ــ حسب آخر المعطيات" (decided here: data as a
    # source-last relay, blind45's "وبحسب الإحصائيات"; unidentified: named=false; content the clause before the cue,
    # unlike make_gold's non-source "وفقاً للمعدلات الحالية"), "دراسة سابقة لـ Catalyst، أوضحت أن تلك الشركات ...
    # العليا" (named=true) and "الشاهد، مثلما أثبتت النظريات أن وراء كل رجل عظيم امرأة عظيمة" (decided here: theories
    # as a source, blind3's "أثبت العلماء" and blind27's "الأبحاث تؤكد"; named=false; cue with مثلما, content after it,
    # blind14's "وكما قال"). Not claims: 'المقولة الأشهر "وراء كل رجل عظيم امرأة عظيمة"' (a saying, no reporting word),
    # "ولعلي أشعل القنديل، بالتطرق إلى أن"، "ومع الإشارة إلى أن"، "في رأيي أن" (the columnist), "ويؤكد واقع ذلك التأثير
    # ..." (reality that shows), "بعض مواضيع الدراسات تركز على" (topics), "علما بأنه يلاحظ" (a passive)
    12: [("تشير", "الدراسات المتخصصة في مجال الاستدامة", "إلى أن خلف", "في أدائها المسؤول امرأة", False, False),
         ("تخلص", "دراسة قيمة من \"هاس للأعمال\" من جامعة كاليفورنيا", "إلى ترابط", "وازدياد قيمة أسهم الشركة",
          False, True),
         ("أوضحت", "دراسة", "أن الشركات", "الكمي والنوعي للمبادرات المسؤولة", False, True),
         ("حسب", "آخر المعطيات", "<وهو المجال", "لا يزال يسيطر عليه الرجال", False, False),
         ("أوضحت", "دراسة سابقة لـ Catalyst", "أن تلك الشركات", "في المناصب القيادية العليا", False, True),
         ("مثلما أثبتت", "النظريات", "أن وراء", "رجل عظيم امرأة عظيمة", False, False)],
    # was Okaz market play on Labid: "وقال كاتب النص صالح زمانان : إن المسرحية ... والشعراء العرب" (colon: direct,
    # blind46's "قال ...: إن ..."), "وأكد سعادته باختيار نصه ... الثقافية العربية" (an expressed feeling with an object
    # NP; null, the coordinated verb; ending before "، مشيراً"), "مشيراً إلى أن مسرحية لبيد ... التاريخية", "وبين أنه
    # اعتمد ... وتحاوره في حضوره" and "مؤكداً أن العمل ... الشاعر بن ربيعة" (null). Not claims: "وأقرّت أمانة سوق عكاظ
    # ... تقديم عرض مسرحية" (decided here: "أقرّ" = approved, a decision, unlike blind46's admission "أقرَّ والدهُ
    # أنه"), "التي تعبر عن تطورها" (characters of the play, inside), the dateline-less "// انتهى //" and time line
    13: [("وقال", "كاتب النص صالح زمانان", "إن المسرحية", "من أشهر المُعمرين والشعراء العرب", True, True),
         ("وأكد", None, "سعادته باختيار", "من أشهر الملتقيات الثقافية العربية", False, True),
         ("مشيراً", None, "إلى أن مسرحية", "ذاكرة المكان التاريخية", False, True),
         ("وبين", None, "أنه اعتمد", "وتحاوره في حضوره", False, True),
         ("مؤكداً", None, "أن العمل", "في تناول الشاعر بن ربيعة", False, True)],
    # alweeam tanks leave Aden: "وحسب شريط فيديو ظهرت الدبابات ... ، وإن اللجان الشعبية استعادت ... من المسلحين
    # الحوثيين" (decided here: a fronted relay whose source is a video; content after the cue to the end of the
    # sentence, its reported "وإن" clause inside; an unidentified video: named=false). Not claims: "التي قدّمها
    # التحالف", "وستتجه المقاومة" (the writer's), the link line
    14: [("وحسب", "شريط فيديو", "ظهرت الدبابات", "من المسلحين الحوثيين", False, False)],
    # okaz decomposed child: "وأوضح لـ «عكاظ» المتحدث الرسمي لصحة المنطقة عبدالوهاب شلبي، أنه تم بتوجيه ... للطفلة
    # المتوفاة" (the addressee before the speaker left out), "وأشار شلبي الى أنه تم التنسيق ... مع الطب الشرعي" and
    # "وأبان أن الطفلة ... يبدو أنه من أقاربها" (null; to the end of the sentence, the next sentences the writer's
    # account). Not claims: "تحقق الشؤون الصحية"، "حيث اتضح أنها توفيت" and "واتضح بعد الرجوع للصور" (findings,
    # blind46's "اتضح"), "وكان موظفون في المستشفى لاحظوا" (noticing), "يبدو أنه" (an appearance)
    15: [("وأوضح", "المتحدث الرسمي لصحة المنطقة عبدالوهاب شلبي", "أنه تم بتوجيه", "في ما حدث للطفلة المتوفاة",
          False, True),
         ("وأشار", "شلبي", "الى أنه تم", "الإجراءات النظامية مع الطب الشرعي", False, True),
         ("وأبان", None, "أن الطفلة", "يبدو أنه من أقاربها", False, True)],
    # 3alyoum oil prices: "وأظهر مسح شهري تجريه رويترز لانتاج المنظمة أنه بلغ ... مقارنة مع يونيو حزيران" (blind21/
    # blind23/blind41's "أظهر مسح"; speaker "مسح شهري", its relative clause left out as blind44's "دراسة أجراها ...",
    # named=true: Reuters' survey, blind21/blind23's "مسح لرويترز") and "وأظهر المسح أن انتاج السعودية ... ملء صهاريج
    # التخزين" (to the end of the sentence). Not claims: "بعد صدور بيانات أضعف من المتوقع" (data with no content),
    # the price sentences, the tag line "سمات ..."
    16: [("وأظهر", "مسح شهري", "أنه بلغ", "مقارنة مع يونيو حزيران", False, True),
         ("وأظهر", "المسح", "أن انتاج السعودية", "ودعم عمليات ملء صهاريج التخزين", False, True)],
    # arriyadiyah Al-Ittihad's former director: "أكد مدير الكرة السابق بالفريق الأول لكرة القدم بنادي الاتحاد محمد
    # السليمان أن الموسم ... عن السابق" (ending before " ، مشيرا"), "مشيرا إلى أن الجماهير ... خالي الوفاض" (null),
    # 'وقال السليمان في تصريحات لبرنامج "صدى الملاعب" التليفزيوني :" الاتحاد ... الماضية."' (the channel left out;
    # direct, the stop inside the marks kept), 'وأضاف :"جماهير ... أفضل للاتحاد."' (null, direct) and 'وختم السليمان
    # تصريحاته قائلا :"محمد جحفلي ... بالفترة المقبلة ."' (speaker the overt subject of the non-claim "وختم ...
    # تصريحاته", make_gold's "واختتم المدرب الهلالي حديثه بقوله"; direct)
    17: [("أكد", "مدير الكرة السابق بالفريق الأول لكرة القدم بنادي الاتحاد محمد السليمان", "أن الموسم",
          "لناديه عن السابق", False, True),
         ("مشيرا", None, "إلى أن الجماهير", "بخروج الفريق خالي الوفاض", False, True),
         ("وقال", "السليمان", "\" الاتحاد دعم", "عن المواسم الماضية.\"", True, True),
         ("وأضاف", None, "\"جماهير الاتحاد", "سيكون أفضل للاتحاد.\"", True, True),
         ("قائلا", "السليمان", "\"محمد جحفلي", "بالفترة المقبلة .\"", True, True)],
    # aawsat Aden airport: "حطت اليوم (الخميس) أول طائرة ... وتصاعد العنف في المدينة، بحسب ما افاد مسؤول ملاحي" (a
    # source-last relay: the whole sentence before the cue; named=false), 'وقال مدير مطار عدن طارق عبده لوكالة الصحافة
    # الفرنسية ان "طائرة ... من جيبوتي"' (the addressee left out; direct, the whole content quoted after ان), 'وقال
    # عبده ان "المطار ... الانسانية"' (direct) and 'إلا ان المسؤول الملاحي اشار الى انه "لا يمكن ... لذلك"' (cue
    # without "إلا ان"; the whole clause quoted after "الى انه": direct, blind46's 'إلى أن "..."'; named=false, the
    # unnamed official above). Not claims: "وكان مطار عدن أغلق" (the writer's)
    18: [("بحسب ما افاد", "مسؤول ملاحي", "<حطت اليوم", "وتصاعد العنف في المدينة", False, False),
         ("وقال", "مدير مطار عدن طارق عبده", "ان \"طائرة", "قادمة من جيبوتي\"", True, True),
         ("وقال", "عبده", "ان \"المطار", "ونقل المساعدات الانسانية\"", True, True),
         ("اشار", "المسؤول الملاحي", "الى انه \"لا يمكن", "غير جاهز لذلك\"", True, False)],
    # sabq Jazan women-only shops: "وأوضح مدير فرع وزارة العمل بمنطقة جازان علي بن أحمد الحربي، أن إدارته ... بالمحلات
    # المخالفة" (ending before "؛ مؤكداً") and "مؤكداً أن الجهود ... عليها" (null). Not claims: "قام فرع وزارة العمل
    # ... بجولة"، "حيث تم توجيه إنذارات" (acts, passives), the byline
    19: [("وأوضح", "مدير فرع وزارة العمل بمنطقة جازان علي بن أحمد الحربي", "أن إدارته",
          "وإبلاغ البلدية بالمحلات المخالفة", False, True),
         ("مؤكداً", None, "أن الجهود", "بمحلات المستلزمات النسائية عليها", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind48.jsonl")
