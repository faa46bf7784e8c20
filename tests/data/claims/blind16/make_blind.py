"""Build claims-blind16.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261238) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind15.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind16.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind15/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's mark order (tanwin before the final alif in "مبينًا"، "لافتًا"، "دولارًا", after it in
"عاداً"، "ووفقاً").
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
    # was (SPA) Egyptian bourse: no claim. Market figures with no source ("سجلت مؤشرات البورصة"، "مدعومة بعمليات
    # شراء"), the dateline, "// انتهى //" and the time line
    0: [],
    # aljazirah column on al-Othaim: "فإن من أطلعني على بعضها أكد لي عدم التصريح بها دون استئذان الشيخ العثيم" IS a
    # claim (أكد + a normative content, blind5's "أكدت ... ضرورة", blind6's "وشددت على الجميع ... أن يكشف", blind15's
    # "التأكيد على أهمية"); speaker the headless relative "من أطلعني على بعضها" (the one who told me; claims-gold's
    # "منهم من" spanned as a speaker), unidentified: named=false; the addressee "لي" left out; content the object NP
    # to "الشيخ العثيم" -- the writer's inference "مما يتوقع معه عدم موافقته" (impersonal, blind2's "من المتوقع")
    # and his "وصلًا لنهجه ..." left out. Not claims: "لا أعرف"، "ما علمته"، "ما أود التعبير عنه ... هو الإشارة
    # الموجزة إلى" (the columnist's present voice, the first set's "وأقول:"), "عدم التصريح بها" (a negated
    # disclosure inside the content), "رغبةٍ في الإعلان" (none made), "رغبةً في قول أحسنت للمحسنين" (praise),
    # "فبارك الله"، "جعل الله" (prayers), "أتمنى أن أتمكن ... من كتابة" (the writer's wish about his own writing)
    1: [("أكد", "من أطلعني على بعضها", "عدم التصريح بها", "استئذان الشيخ العثيم", False, False)],
    # aawsat Houthis in Sanaa: "كشفت مصادر مطلعة عن أن تحالف الحوثي - صالح، شرع ..." (content from عن, blind3),
    # "وقالت المصادر لـ«الشرق الأوسط» إن ..." (anaphoric unidentified sources: named=false, blind8's "المصدر",
    # blind11; the addressee left out), "قالت مصادر فرنسية إن ..." (named=false) and "وأوضحت أن باريس تريد أن «تجس
    # النبض» ..." (null; quoted fragments: direct=false). Not claims: "هدنة إنسانية هشة أعلنها التحالف العربي" (the
    # proclamation of a truce, an act whose only content would be the object clitic, blind7's "كما أعلنها
    # التنظيم"), "دعا كل من ... الحوثيين، إلى احترام الهدنة" (appeal), "اطلع المنسق الإنساني ... على أوضاعها" (an
    # act), "جاءت هذه التطورات" (the writer), the tag "...المزيد"
    2: [("كشفت", "مصادر مطلعة", "عن أن تحالف", "من قبضتهم", False, False),
        ("وقالت", "المصادر", "إن المتمردين", "المقاتلين والمخبرين", False, False),
        ("قالت", "مصادر فرنسية", "إن لقاء", "إلى طهران", False, False),
        ("وأوضحت", None, "أن باريس", "في أزمة اليمن", False, True)],
    # okaz tweeters on the Jeddah harassment: "واعتبر المغردون في الهاشتاق عبر موقع التواصل الاجتماعي «تويتر» أن ..."
    # (speaker with its identifying PP, blind4's "فئة من مشجعي النادي على مواقع التواصل الاجتماعي"; the means "عبر
    # موقع ... «تويتر»" left out, blind13/blind15's "عبر"; unidentified tweeters: named=false, blind4) and "معتبرين
    # كل من شاهد الموقف ... مشاركا في الحادثة" (null, after a claim; content the object and its complement, blind11's
    # "معتبرا ذلك “تطورا مهما جدا”"). "وطالب عدد من المغردين بإنشاء هيئة نسائية ..." is a demand; its participle
    # "مشيرين إلى الجهود الكبيرة التي يبذلها رجال هيئة الأمر بالمعروف ..." takes the overt subject of the non-claim
    # verb (blind5/blind7/blind8/blind10-blind14, the latest decision; claims-gold's "طالب ... مشدداً" null not
    # followed), "عدد من المغردين" named=false (claims-gold's "عدد من الجهات المختصة"); content from إلى + NP to
    # the end of its sentence (blind12/blind15). Not claims: "طالب عدد من المواطنين بالتشهير" (demand)
    3: [("واعتبر", "المغردون في الهاشتاق", "أن هذا التصرف", "وعادات السعوديين", False, False),
        ("معتبرين", None, "كل من شاهد", "مشاركا في الحادثة", False, True),
        ("مشيرين", "عدد من المغردين", "إلى الجهود الكبيرة", "خلال أيام الأعياد", False, False)],
    # sabq al-Khobar restaurant: "وقال رئيس بلدية محافظة الخبر المهندس عصام بن عبداللطيف الملا: "..."" (colon and
    # quotes: direct), "وأضاف: "..."" (null, direct) and "وأردف "الملا": "الوزير وجّه ... وسلامتهم." -- a quotation
    # opened and never closed: direct, content from the opening mark to the last word, final stop excluded
    # (blind2/blind3/blind14/blind15); the speaker quoted as a whole spanned without the marks (blind1/blind10).
    # Not claims: "أغلقت بلدية ... مطعماً وفرضت عليه غرامة" (acts), inside the quotes "البلدية قررت"، "وقد قرر
    # وزير الشؤون البلدية ... تحميل المسؤولية كاملة لصاحب المطعم" (a decision, not blind4's blame "وحملت فئة ثالثة
    # اللاعبين المسؤولية"), "الوزير وجّه بإغلاق" (directive), "لوحة "تشهير" نصّها (أغلق بسبب التسمم الغذائي)" (a
    # sign's wording, non-source: blind8's "تنبيه يُخبر", blind15's trucks' labels), the dateline "سبق- الدمام:"
    4: [("وقال", "رئيس بلدية محافظة الخبر المهندس عصام بن عبداللطيف الملا", "\"البلدية قررت", "لأقسام المطعم\"",
         True, True),
        ("وأضاف", None, "\"رفع تقرير", "تسمم المواطنين\"", True, True),
        ("وأردف", "\"|الملا|\"", "\"الوزير وجّه", "شفائهم وسلامتهم", True, True)],
    # 3alyoum Aden airport: "أكد مسؤولون يمنيون إعادة فتح مطار عدن الدولي ... طيلة هذه الفترة" (unidentified
    # officials: named=false, blind2/blind8/blind11; content the object NP to the end of its sentence, the حيث clause
    # included, blind13/blind15). "ووفقا لسكاي نيوز أفادت مصادر هبوط أول طائرة عسكرية سعودية ..." -- two claims:
    # ووفقا (speaker "سكاي نيوز" without the glued لـ, named=true as blind12's "سكاي نيوز"; content after the cue,
    # the whole sentence with its nested claim: blind12's "وبحسب بيان المنظمة ...، أكدت"، blind6's "وبحسب
    # "الفرنسية"، فقد نقل البيان عن مدفيديف") and أفادت ("مصادر" named=false; content the object NP). "وأكد وزير
    # النقل اليمني بدر محمد باسلمه في تصريحات صحيفة أن ..." ("في تصريحات صحيفة" not counted again; content to the
    # end of its sentence, the final relative "الذي استعادته المقاومة ..." kept, blind9/blind11). Not claims:
    # "بدأ فنيون متخصصون ... العمل" (an act), the dateline "عين اليوم – متابعات", the tag line "سمات اليمن"
    5: [("أكد", "مسؤولون يمنيون", "إعادة فتح", "طيلة هذه الفترة", False, False),
        ("ووفقا", "ل|سكاي نيوز|", "أفادت مصادر", "بعد إعادة تشغيله", False, True),
        ("أفادت", "مصادر", "هبوط أول طائرة", "بعد إعادة تشغيله", False, False),
        ("وأكد", "وزير النقل اليمني بدر محمد باسلمه", "أن هبوط", "مع الحوثيين", False, True)],
    # almadina Awamiya court ruling: no claim. "أصدرت المحكمة ... حكماً ابتدائياً ... جاء فيه إدانة المدعى عليه
    # الأول ..." -- a court judgment's operative content is a ruling, not a statement (blind4/blind6's "صدر بحقه صك
    # شرعي يقضي بثبوت"، blind3's "ونص القرار الوزاري"; unlike the first set's "جاء في الخبر ما نصه"), "وعزرته
    # المحكمة"، "وأدانت المحكمة" (sentencing, convicting: acts), "وبإعلان الحكم قرر المدعي العام والمدعى عليهما
    # الاعتراض" (a decision, an objection as an act, blind5/blind6), "وجرى إفهامهم بتعليمات الاستئناف", the
    # convictions' "ترديد الهتافات المناوئة للدولة"، "وعدم الإبلاغ عنه" (no content)
    6: [],
    # alwatan column on al-Dosari and the broadcasters' hearts: no claim. "نايف المعاني الذي سبق أن نعى نفسه على
    # الهواء مباشرة" (mourning oneself, a ritual speech act like condolences, blind2/blind3, whose only content would
    # be the object "نفسه", blind7's "كما أعلنها التنظيم"; decided here), "فهم باقون في سرد خصاله الحميدة" (praise,
    # a topic), "كان يشكو مرض قلبه" (complaint of an illness, blind7/blind10/blind12), "حيث علم بأمر وفاته"
    # (passive), the columnist's questions
    7: [],
    # alweeam sovereign bonds: "قالت ثلاثة مصادر مطلعة اليوم الثلاثاء إن ..." (named=false; time adverb left out);
    # "والذي يقدره صندوق النقد الدولي بنحو 150 مليار دولار هذا العام" -- a named source's estimate with its figure
    # IS a claim (decided here: a prediction/estimate like توقع, blind2's "توقعات المحللين لمتوسط ربح قدره ...";
    # unlike the passive "يقدر" of claims-gold and blind8's content-less "رفع ... تقديراتهم"); cue with its object
    # clitic (blind8's "واتهمه", blind10's "وتعتبره"), speaker the overt subject (the relative "والذي" is the
    # object), content from بـ (blind2/blind14's "وصف X بـ"). "وبينما لم يتم بعد الكشف عن حجم الإصدار حددت مؤسسة
    # النقد ... المشابه وفق المصادر السعودية الثلاثة التي طلبت عدم الكشف عن هويتها" -- content before the cue, the
    # whole sentence with its first word (blind2's rule, blind7/blind9/blind13), the relative left out of the
    # speaker (named=false); "أضافت المصادر أنه ..." to the end of its sentence. Not claims: "لم يتم بعد الكشف"
    # (passive, negated), "حددت مؤسسة النقد ... السعر النهائي" (an act, inside a content), "التي طلبت عدم الكشف عن
    # هويتها" (request), "ولم يتسن الوصول ... للحصول على تعليق", the link line "رابط الخبر بصحيفة الوئام: ..."
    8: [("قالت", "ثلاثة مصادر مطلعة", "إن أحدث إصدار", "تسعير السندات أمس", False, False),
        ("يقدره", "صندوق النقد الدولي", "بنحو 150", "هذا العام", False, True),
        ("وفق", "المصادر السعودية الثلاثة", "<وبينما لم يتم", "الاستحقاق المشابه", False, False),
        ("أضافت", "المصادر", "أنه تم تسعير", "الخزانة الأمريكية المشابهة", False, False)],
    # alriyadh open letter to the Football Association: no claim. "فقط تصريحات من المتحدث الرسمي ووعود بلا نتيجة"
    # (statements and promises named without a content, blind3's "تصريح الإدانة من مون"), "البرامج التي
    # عرضتموها" (an act), "ويبدو ان" (impersonal), "الاتهامات الخطيرة" (no source, no content), the writer's
    # questions, demands and imperatives ("نريد"، "انفضوا"، "لاتكونوا"), "تشكرون عليها" (thanks)
    9: [],
    # alyaum Arab Monetary Fund paper on shale: "قال صندوق النقد العربي: إن ..." (colon + complementizer: direct,
    # blind3/blind4), "وبين أن ..." (null; the quoted «التكسير الهيدروليكي» a fragment), "وأضاف الصندوق في ورقة بحثية
    # بعنوان «...» إن ..." (the paper's title not counted again, "في بيان"), "وبيّن أن ...", "وأظهرت الدراسة أن ..."
    # (the Fund's paper just named: named=true; to the end of its sentence, the passive "بينما يقدر متوسط ..."
    # inside), "وأوضحت أن ..." (null), "وقال صندوق النقد العربي في ورقته البحثية: إن ..." (direct; the حيث clause
    # kept), "وأشار إلى ارتفاع إنتاج ... عام 2025" (null; content from إلى + NP, blind12/blind15; the source phrase
    # "وذلك بحسب ..." not part of it, blind7's "وذلك بحسب ما أكد") and the nested "بحسب إدارة معلومات الطاقة
    # الأمريكية" with the same content before its cue (the source of the projection the Fund cites: blind2's
    # "استنادا إلى الدراسة" and blind3's "بحسب “العربية نت”", same content as the claim they source; blind14's
    # "خلافا لما ذكره" -- not the Fund's verb, which the agency did not report; "وذلك" left out, blind7), "وبين أن
    # الإنتاج الأمريكي سيبدأ في الانخفاض ...، وذلك نتيجة زيادة المعروض ..." (null; the reason kept,
    # blind9/blind13-blind15)
    10: [("قال", "صندوق النقد العربي", "إن إنتاج", "مخزونها الجوفي", True, True),
         ("وبين", None, "أن عملية إنتاج", "مثل تلوث المياه الجوفية", False, True),
         ("وأضاف", "الصندوق", "إن التقنيات", "دولارًا أمريكيًا للبرميل", False, True),
         ("وبيّن", None, "أن النفط الأحفوري", "تكلفة الإنتاج والنقل", False, True),
         ("وأظهرت", "الدراسة", "أن تكلفة إنتاج", "حوالي 82 دولارًا للبرميل", False, True),
         ("وأوضحت", None, "أن الفرق", "حوالي 71 دولارًا للبرميل", False, True),
         ("وقال", "صندوق النقد العربي", "إن الولايات المتحدة", "العالمي عام 2014", True, True),
         ("وأشار", None, "إلى ارتفاع", "العالمي عام 2025", False, True),
         ("بحسب", "إدارة معلومات الطاقة الأمريكية", "<إلى ارتفاع", "العالمي عام 2025", False, True),
         ("وبين", None, "أن الإنتاج الأمريكي", "المنتج محليًا", False, True)],
    # was (SPA) engineers' portal: "وأوضح الأمين العام للهيئة السعودية للمهندسين الدكتور حسين الفاضلي في تصريح له
    # اليوم أن ..." ("في تصريح له" not counted again; content to the end of its sentence, the relatives included).
    # Not claims: "دشن" (an act), "كما تم مراعاة"، "كما تم إبراز" (passive), the dateline, "//انتهى//", the time line
    11: [("وأوضح", "الأمين العام للهيئة السعودية للمهندسين الدكتور حسين الفاضلي", "أن تدشين الموقع",
          "في جميع القطاعات الحكومية", False, True)],
    # aljazirah spicy food: "أكد علماء أن ..."، "وأوضح العلماء أن ..."، "وأشارت دراسة إلى أن ..."، "وأضاف العلماء أن
    # مادة الكابسيسين، وهي مادة كيميائية ...، تتميز بخواص ..." (the mid-content "وهي ..." kept, blind8/blind9) and
    # "ووفقاً للدراسة، التي شملت 487 ألف صيني ...، فإن ..." (speaker without the glued preposition, blind14's
    # "لدراسة"; relative left out; content from فإن, blind6/blind9/blind10). The scientists and their study are
    # never identified (no institution, authors or journal; only the sample of the study): named=false throughout,
    # as blind9's "أحدث الدراسات العلمية"/"الدراسة" and blind11's "الخبراء", unlike blind7/blind14's studies named by
    # their universities
    12: [("أكد", "علماء", "أن الأشخاص", "للوفاة المبكرة", False, False),
         ("وأوضح", "العلماء", "أن الطعام الحار", "ومشكلات التنفس", False, False),
         ("وأشارت", "دراسة", "إلى أن نحو", "بشكل منتظم", False, False),
         ("وأضاف", "العلماء", "أن مادة الكابسيسين", "وخصائص مقاومة للسرطان", False, False),
         ("ووفقاً", "ل|لدراسة|", "فإن من تناولوا", "أقل من مرة يومياً", False, False)],
    # aleqtisadiya al-Radf park: "ثم ألقى أمين محافظة الطائف ... المخرج كلمة رحب فيها بسمو أمير ..." (a speech and a
    # bare welcome: not claims, blind9/blind10) then "وأوضح أن أمانة الطائف تحتفي ...، وتأتي رعاية سمو أمير ...
    # في دعم القطاع السياحي بالمنطقة" (new sentence, elided subject: null, blind5's "وأصدرت بيانا ذكرت فيه"; the
    # coordinated "وتأتي رعاية ..." continues his words; the prayer "- حفظه الله -" inside; the welcome "مرحباً بكل
    # من شاركهم" left out); "وبين المهندس المخرج أن ..." to "التجدد والتطور" (the doubled comma left out);
    # "مبينًا أن ..." (null, after a claim); "عاداً منتزه الردف أحد أكبر المشروعات ... ورعاية سمو الأمير خالد
    # الفيصل" (عدّ = considered, like اعتبر; null; content the object and its complement, blind11's "معتبرا ذلك
    # ..."); "لافتًا النظر إلى أن ..." (cue the participle alone, "النظر" left out, blind13; the descriptive
    # "مشتملاً على ..." kept); "وأشار المهندس المخرج إلى أن ...". Not claims: "افتتح"، "تجول"، "وشاهد" (acts),
    # "وكان في استقبال"، "وبدئ الحفل بآيات" (ceremony), "مرحباً" (welcome)
    13: [("وأوضح", None, "أن أمانة الطائف", "القطاع السياحي بالمنطقة", False, True),
         ("وبين", "المهندس المخرج", "أن الطائف", "وتعشق التجدد والتطور", False, True),
         ("مبينًا", None, "أن منتزه الردف", "وتركيبات صخرها", False, True),
         ("عاداً", None, "منتزه الردف أحد", "سمو الأمير خالد الفيصل", False, True),
         ("لافتًا", None, "إلى أن المنتزه", "والترويحية والتثقيفية", False, True),
         ("وأشار", "المهندس المخرج", "إلى أن الأمانة", "الطاقة الصديقة للبيئة", False, True)],
    # aawsat column on al-Abadi: no claim. "دعا رئيس الوزراء العراقي حيدر العبادي إلى إلغاء ..."، "بدعوة السيد
    # العبادي هذه"، "بدعوة المرجع الشيعي الأعلى ... السيستاني للعبادي لفعل المزيد، والضرب «بيد من حديد» ..."
    # (appeals), "المؤكد أن"، "وعندما نقول إشكالية" (the columnist's voice), "حيث يبدو أن" (impersonal), "لا آلية، ولا
    # ضمانات واضحة، تقول إن"، "كل ما يحدث بالعراق ... يقول إن" (non-source subjects, blind2's "المنطق يقول"),
    # "فلماذا يصدق العراقيون الآن أن" (belief, a rhetorical question), "كما يقول المثل!" (a proverb,
    # blind10/blind13), "من يضمن أن" (rhetorical), the e-mail line
    14: [],
    # okaz colleague's operation: "قال الدكتور طارق إن حالة مصطفى مستقرة حاليا" (the ".." after the content left
    # out; the full name stands in the PP of the phone call "بالدكتور طارق محمود أمين ..." -- the speaker is the
    # subject as written), "وأضاف: إن ..." (colon + complementizer: direct), "وبين الدكتور طارق أن ...". Not claims:
    # "خضع ... إلى عملية" (an act), "للاطمئنان على الحالة" (purpose), "يذكر أن" (editorial), "تمنياتنا ... بالشفاء
    # العاجل" (a get-well wish, blind9/blind13)
    15: [("قال", "الدكتور طارق", "إن حالة مصطفى", "مستقرة حاليا", False, True),
         ("وأضاف", None, "إن هذا النوع", "تحسين حالة المريض", True, True),
         ("وبين", "الدكتور طارق", "أن هذه العملية", "في المستقبل القريب", False, True)],
    # sabq Taif eardrum complaint: "تقدم مواطن ... بشكوى للشؤون الصحية يتهم فيها طبيبا ... بالتسبب بثقب طبلة أذن
    # زوجته، ...، وتعرضها للإغماء ... من جراء هذا الثقب" -- the complaint is an act (blind6/blind7), the accusation
    # in it a claim (blind4/blind10; content from بـ to the end of the sentence); its subject is the pronoun of a
    # relative clause on "شكوى": null (blind5's "وأصدرت بيانا ذكرت فيه", blind6's relatives, blind11's "بيان ...
    # شرحت فيه"). "من جهته، ذكر المتحدث الرسمي لصحة الطائف بالنيابة، عيضة بن ربيع الهذلي، أنه بناء على
    # استفساركم بشأن شكوى مواطن يفيد فيه بأنه راجع بزوجته ...، وقام طبيب ... بالتسبب بمضاعفات لها" (the apposition
    # kept, blind12; content to the end of the sentence, which is left unfinished) nests "يفيد فيه بأنه ..." (the
    # citizen's statement in his complaint: relative clause, pronoun subject: null; content from بـ). "وقال إن
    # الزوج راجع ... وفق نظام مزاولة المهن الصحية" (null, coordinated; to the end, the spokesman's first-person
    # "لتزويدنا" and the rule "وفق نظام ..." inside). Not claims: "واتضح أنها تعاني" (impersonal, inside), "تم إحالة"
    # (passive), the byline "سعود الدعجاني- سبق- الطائف:"
    16: [("يتهم", None, "بالتسبب بثقب", "من جراء هذا الثقب", False, True),
         ("ذكر", "المتحدث الرسمي لصحة الطائف بالنيابة، عيضة بن ربيع الهذلي", "أنه بناء على", "بمضاعفات لها",
          False, True),
         ("يفيد", None, "بأنه راجع", "بمضاعفات لها", False, True),
         ("وقال", None, "إن الزوج", "مزاولة المهن الصحية", False, True)],
    # arreyadi Ittihad v al-Fayha: no claim. "اعلن بعدها مباشرة حكم المباراة صافرة النهاية بفوز اتحادي كبير ..."
    # (blowing the final whistle, a performative act of the referee, not an announcement of a proposition; decided
    # here, unlike blind12's "أعلنت مسؤوليتها" and blind10's "أعلن ... وفاة"), "احتسبها حكم المباراة"، "واحتسب
    # حكم المباراة دقيقتين" (rulings, acts)
    17: [],
    # almadina Tunisia: "قالت وزارة الداخلية التونسية أمس: إن ..." (colon + complementizer: direct; the time adverb
    # left out), "وقالت وزارة الداخلية في بيان: «...»" ("في بيان" not counted again; direct, the final stop inside
    # the quotes kept, blind11/blind15) and "واضاف البيان: إن ..." (glued to the closing »; speaker the statement,
    # claims-gold's "البيان"; direct). Not claims: "يجري تحديد هويته" (passive, inside the quote)
    18: [("قالت", "وزارة الداخلية التونسية", "إن قواتها", "مساء أمس الأحد", True, True),
         ("وقالت", "وزارة الداخلية", "«تمكنت", "أخرى.»", True, True),
         ("واضاف", "البيان", "إن قوات الأمن", "من المواد المتفجرة", True, True)],
    # alwatan Yanbu and al-Ais floods: "فيما توقعت الأرصاد استمرار هطول الأمطار، حيث لا تزال السماء ملبدة بالغيوم"
    # (cue without فيما, blind13/blind14; "الأرصاد" named=true, blind7; content the object NP to the end of its
    # sentence, the حيث clause included, blind13/blind15) and "وكشف المتحدث الرسمي بمديرية الدفاع المدني في منطقة
    # المدينة المنورة العقيد خالد الجهني أن ...". Not claims: "تسبب هطول الأمطار"، "قام المواطنون ... بإعادة فتح
    # طرق" (events, acts), "ولم تسجل أي خسائر" (passive, inside the content)
    19: [("توقعت", "الأرصاد", "استمرار هطول", "ملبدة بالغيوم", False, True),
         ("وكشف", "المتحدث الرسمي بمديرية الدفاع المدني في منطقة المدينة المنورة العقيد خالد الجهني",
          "أن الأمطار", "خلال الأيام الماضية", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind16.jsonl")
