"""Build claims-blind24.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261254) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind23.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind24.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind23/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the shadda of "أكّد" (sabq Aflaj), its absence in
"وأكد"; the tanwin of "مشيراً"، "مبيناً"، "مفيدًا"، "حالياً"، "تراجعاً بطيئاً"، "راكبًا"/"راكباً" as written; the
spellings "اعلن"، "اقر"، "ان"، "اكدوا" without hamza, "واضح" (for وأوضح), "و قت"، "عقيله"؛ the guillemets «» of the
okaz, alyaum and almadina texts and the straight quotes of aleqtisadiya and sabq; the Qur'anic vowel marks of
"(يَحْسَبُهُمُ ... إِلْحَافًا)").
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
    # aljazirah the Umluj heritage festival: no claim. "مرددةً عدداً من الأهازيج التراثية" (chanting songs, reciting:
    # blind20's "يرددانها"), "قدمت"، "ولاقت ... استحسان"، "قام ... بتسليم جوائز" (acts, a reception)
    0: [],
    # aleqtisadiya the World Bank's new lending rules: "اعلن البنك الدولي عن حزمة شروط ... في مجال التنمية
    # الاقتصادية" (an announcement with عن + NP, blind22/blind23; to the end of its sentence with its relatives),
    # "وقال البنك الدولي ان اعتماد ... "حماية البيئة والسكان"" (partly quoted: direct=false), "غير ان منظمات غير
    # حكومية سارعت الى التنديد ...، مؤكدة انها تمثل "عودة خطيرة الى الخلف"" (the condemnation is an event; the
    # participle after a non-claim verb takes its overt subject, blind5/blind7/blind8/blind10-blind21's rule:
    # unspecified NGOs, named=false), "وكان البنك الدولي اقر في مطلع آذار/مارس بأن ... من ديارهم" (an admission,
    # blind10/blind12's "اعترف"، "معترفاً"; cue the verb as written after "وكان", blind22; the time adverb left out),
    # "مع تشديده على ان هذه التعويضات ... "في بعض الحالات"" (a reporting noun with a pronoun possessor: null, blind6's
    # "مع إقرارها بأن"، blind2's "بالتأكيد على أن"; cue without مع; partly quoted: direct=false), "ونددت 19 منظمة غير
    # حكومية بينها اوكسفام بالشروط الجديدة، مؤكدة في بيان مشترك ان ..." (the participle takes the overt subject of
    # the condemnation; "بينها اوكسفام" kept in the speaker and named=true: a group that includes a named member,
    # blind13's "مسؤولون من بينهم الأمين العام ..."; "في بيان مشترك" left out) and "وقالت المنظمات في بيانها ان
    # هذه القواعد "ستضعف ... عالية المخاطر"" (the anaphoric noun of that group: named=true, blind7/blind17/blind23;
    # the quote opens after the complementizer's subject: direct=false). Not claims: "التنديد"، "ونددت"
    # (condemnations), "وتتضمن حزمة القواعد ... ومن بينها شرط" (a document's contents), "وبموجب القواعد الجديدة فان
    # البنك الدولي سيشترط" (a stipulation), "بات البنك يطلب "تعويضات"" (a requirement), "كما عدل البنك اقتراحا"
    # (an act), "اثارت غضب" (a reaction)
    1: [("اعلن", "البنك الدولي", "عن حزمة", "في مجال التنمية الاقتصادية", False, True),
        ("وقال", "البنك الدولي", "ان اعتماد", "\"حماية البيئة والسكان\"", False, True),
        ("مؤكدة", "منظمات غير حكومية", "انها تمثل", "\"عودة خطيرة الى الخلف\"", False, False),
        ("اقر", "البنك الدولي", "بأن بعض", "سكان من ديارهم", False, True),
        ("تشديده", None, "على ان هذه التعويضات", "\"في بعض الحالات\"", False, True),
        ("مؤكدة", "19 منظمة غير حكومية بينها اوكسفام", "ان هذه التعديلات", "المتبعة في البنك", False, True),
        ("وقالت", "المنظمات", "ان هذه القواعد", "عالية المخاطر\"", False, True)],
    # sabq power cut in al-Aflaj: "وسادت حالة من الاستياء الشديد بين مواطني ومشتركي القريتين؛ ...؛ مؤكدين أن
    # الشركة لم تُشعرهم بفترة انقطاع التيار" (the governing verb's subject is "حالة", not the speakers, who stand
    # only in the PP "بين مواطني ومشتركي القريتين": null, blind18's "A verb whose source stands only in a PP",
    # blind6's "من قبل الرئيس العام"; decided here for a participle) and "من جهته، أكّد مصدر من داخل كهرباء الأفلاج
    # لـ"سبق"، أن سبب انقطاع التيار ... في الخط الرئيس للكهرباء" (an unnamed source: named=false; the addressee left
    # out; to the end of its sentence: "وتأثر بذلك جميع مشتركي قرية المودنية لعملية الربط بينهم ..." continues the
    # same explanation, blind8/blind18/blind19's unpunctuated continuations). Not claims: "ومطالبين بوجود حلول"
    # (a demand), "أعادت الشركة السعودية للكهرباء الخدمة" (an act), the byline
    2: [("مؤكدين", None, "أن الشركة", "بفترة انقطاع التيار", False, True),
        ("أكّد", "مصدر من داخل كهرباء الأفلاج", "أن سبب", "في الخط الرئيس للكهرباء", False, False)],
    # okaz a Lebanese analyst on the Crown Prince's visit to Egypt: "رأى الخبير السياسي اللبناني جورج علم أن زيارة
    # ... «تعزيز العلاقات ...»، واستكمالا لزيارة ... الأسبوع الماضي" (an opinion, رأى; partly quoted:
    # direct=false), "واعتبر علم أن «هناك نقطتين ... بالقاهرة»" (all quoted after the complementizer: direct,
    # blind2/blind19/blind21/blind22/blind23) and "وتابع علم لـ«عكاظ»: «الزيارة ... + واحد»" (colon and quotes:
    # direct; the addressee left out). Not claims: "والتي من المتوقع أن يعقد" (impersonal, inside the quote)
    3: [("رأى", "الخبير السياسي اللبناني جورج علم", "أن زيارة", "المملكة الأسبوع الماضي", False, True),
        ("واعتبر", "واعتبر |علم| أن", "أن «هناك", "الجامعة العربية بالقاهرة»", True, True),
        ("وتابع", "وتابع |علم| لـ«عكاظ»", "«الزيارة", "+ واحد»", True, True)],
    # arriyadiyah the taekwondo team in Turkey: "من جهتة قال رئيس اللجنة الفنية ... منصور السعران بأن تحضيرات ...
    # ريوديجانيرو 2016م" and "واضح السعران بأن المنتخب ... للأهداف المنشودة" (the verb as written, "واضح" a
    # misspelling of وأوضح, the sentence admitting no other reading: blind23's "أرجأت"; to the end of its
    # sentence). Not claims: "أجرى"، "وقد ضمت البعثة" (acts), the photo caption "شرح الصور: ..."
    4: [("قال", "رئيس اللجنة الفنية بالاتحاد السعودي للتايكوندو منصور السعران", "بأن تحضيرات",
         "أولمبياد ريوديجانيرو 2016م", False, True),
        ("واضح", "السعران", "بأن المنتخب", "للأهداف المنشودة", False, True)],
    # was the GCC Secretary-General meets the UN envoy to Yemen: no claim. "اجتمع" (an act), "وتم خلال الاجتماع
    # بحث ..."، "كما تم بحث" (topics of a meeting, passive: blind21/blind22), "حضر الاجتماع", the dateline,
    # "// انتهى //" and the time line
    5: [],
    # alwatan column "أين إعلام الحدث؟": no claim. "كثيرون من العامة يتحدثون عن الطائفية من زاويا مختلفة" (a topic
    # of talk, تحدث عن: blind3/blind15/blind17/blind18/blind21, and a generic characterisation), "يبدو أن" (the
    # columnist), "مطالبة بحملات توعية" (an obligation), the rhetorical questions (the columnist's present voice)
    6: [],
    # almadina the media committee's Super Cup booklet: no claim. "أصدرت ... كتيبا" (a publication), "حمل تعريفا"،
    # "وتصريحات لأبرز نجوم الفريقين"، "كما تطرق الكتيب لأبرز الانجازات" (a publication's contents and topics: blind21/
    # blind22's "تطرق إلى"; the noun "تصريحات" without content), "سيتم توزيعه"، "وسيتم إهداء" (passive, future)
    7: [],
    # alyaum oil products prices: "وتوقع عضو اللجنة التجارية ... بالشرقية، شنان الزهراني، أن يتم مناقشة ... ذات
    # الماركات العالمية" (the name an apposition between commas, kept: blind3/blind22/blind23), "مبينا أنه يتوقع
    # تراجع ..." (null; its "يتوقع" the content's own verb, not counted apart), "وأكد الزهراني أن ... كما هو حاصل
    # الآن", "مضيفا: إن عدم انخفاض ... وغيرها" (colon + complementizer: direct, null), "وأشار إلى أن ... بطيئا جدا"
    # and "مؤكدا أن موزعي ... منذ ثلاثة أسابيع بعد" (null), "واستغرب متعاملون في سوق المشتقات البترولية عدم انخفاض
    # أسعار ...، في الوقت الذي من المتوقع فيه انخفاض الاسعار بما لا يقل عن 25 %" (expressed astonishment: a
    # claim, the first set's "مستغرباً", blind4's "تعجّب", blind14; content the object NP to the next reporting
    # word; unnamed traders: named=false), then the unpunctuated "أكدوا ان نحو 15 منتجا ... تغيير" (a coordinated
    # verb with an elided subject: null; "مطالبين ... بتوضيح" a demand), "وقال نائب رئيس «أرامكو السعودية» السابق
    # الدكتور سداد الحسيني: إن السوق ... بطيئاً جداً" (colon: direct; the guillemets kept inside the longer noun
    # phrase, blind19/blind21/blind22), "مؤكدا ان أسعار ... وعدم خفض أسعار زيوت السيارات" and "مشيرا إلى أن الزيوت
    # ... انخفاض أسعارها" (null; the "وكما هو متعارف عليه فإن ..." reasoning kept to the end of the sentence), and
    # "وبحسب متعاملين في السوق، اكدوا أن أسعار الزيوت ... بالخفض أو الرفع" (a source phrase followed by a verb:
    # blind12's "وبحسب بيان المنظمة ...، أكدت ...، وقالت"، blind9's "وبحسب مصادر "سبق" أن ... وقال": the phrase's
    # content after the cue, the whole sentence, unnamed traders named=false; the nested "اكدوا أن ... بنفس الأسعار"
    # and "مشيرين إلى أنه ..." null). Not claims: "تستعد اللجنة ... لمناقشة" (a meeting's topics), "من المتوقع"
    # (impersonal, inside), "مطالبين الجهات الرقابية" (a demand)
    8: [("وتوقع", "عضو اللجنة التجارية بالغرفة التجارية الصناعية بالشرقية، شنان الزهراني", "أن يتم مناقشة",
         "لزيوت السيارات ذات الماركات العالمية", False, True),
        ("مبينا", None, "أنه يتوقع", "وخصوصا منتجات المشتقات البترولية", False, True),
        ("وأكد", "الزهراني", "أن المنتجات المكررة", "كما هو حاصل الآن", False, True),
        ("مضيفا", None, "إن عدم انخفاض", "من زيوت السيارات وغيرها", True, True),
        ("وأشار", None, "إلى أن السوق المحلي", "تراجعا بطيئا جدا", False, True),
        ("مؤكدا", None, "أن موزعي", "منذ ثلاثة أسابيع بعد", False, True),
        ("واستغرب", "متعاملون في سوق المشتقات البترولية", "عدم انخفاض", "بما لا يقل عن 25 %", False, False),
        ("أكدوا", None, "ان نحو 15", "لم يطرأ على اسعارها تغيير", False, True),
        ("وقال", "نائب رئيس «أرامكو السعودية» السابق الدكتور سداد الحسيني", "إن السوق السعودية",
         "تراجعاً بطيئاً جداً", True, True),
        ("مؤكدا", None, "ان أسعار زيوت", "وعدم خفض أسعار زيوت السيارات", False, True),
        ("مشيرا", None, "إلى أن الزيوت", "كان من المفترض انخفاض أسعارها", False, True),
        ("وبحسب", "متعاملين في السوق", "اكدوا أن", "سواء بالخفض أو الرفع", False, False),
        ("اكدوا", None, "أن أسعار الزيوت", "تباع بنفس الأسعار", False, True),
        ("مشيرين", None, "إلى أنه لم يصلهم", "سواء بالخفض أو الرفع", False, True)],
    # 3alyoum a girl hits her harasser in Jeddah: no claim. "الفتاة أمرت السائق بإيقاف السيارة" (an order), "ظهر لنا
    # مقطع"، "انتشرت مقاطع" (the writer), the byline and the tag line "سمات ..."
    9: [],
    # alweeam rain in Jazan: "وأوضح نائب الناطق الإعلامي ... الرائد محمد بن حسن آل صمغان ، أنه تم إبلاغ ... – لا سمح
    # الله –" (the formula kept, blind5/blind23; the content ends before the participle). Not claims: "داعيا
    # المواطنين والمقيمين إلى الالتزام ..." (an appeal), "تم إبلاغ" (passive, no source, inside), the link line
    10: [("وأوضح", "نائب الناطق الإعلامي لمديرية الدفاع المدني بمنطقة جازان الرائد محمد بن حسن آل صمغان",
          "أنه تم إبلاغ", "لا سمح الله", False, True)],
    # alriyadh King Salman Centre returns Yemeni refugees: "وأوضح رأفت الصباغ المتحدث الرسمي للمركز أن رحلة ... ،كما
    # وصلت أمس رحلتان على متنها 314 راكبًا" (the "كما" clause continues the أن clause, blind6/blind19), "مشيراً إلى
    # أن البرنامج ... 157 راكباً" (null), "وأكد في تصريح صحفي اليوم حرص ومتابعة ... - حفظهم الله -" (أكد + NP,
    # blind23's "وأكد أهمية"; elided subject: null; "في تصريح صحفي اليوم" left out, blind22; the formula kept),
    # "وبين الصباغ أن المركز كان قد وجه ... لتمكينهم من ذلك" (the invitation inside, not counted) and "مفيدًا أن العمل
    # ... ذات العلاقة" (null). Not claims: "ينفذ ... برنامجاً" (an act), "وجه ... الدعوة" (an invitation, inside)
    11: [("وأوضح", "رأفت الصباغ المتحدث الرسمي للمركز", "أن رحلة", "على متنها 314 راكبًا", False, True),
         ("مشيراً", None, "إلى أن البرنامج", "تقل على متنها 157 راكباً", False, True),
         ("وأكد", None, "حرص ومتابعة", "حفظهم الله", False, True),
         ("وبين", "الصباغ", "أن المركز", "لتمكينهم من ذلك", False, True),
         ("مفيدًا", None, "أن العمل", "والجهات ذات العلاقة", False, True)],
    # aljazirah al-Wehda and Barnawi: "الإدارة التي أبلغته صراحة عن عدم مقدرتها دفع المتأخرات حالياً" (informing,
    # blind18's "يبلغه بالعثور"، blind14's "أبلغتاها بأنهما"; cue with its object clitic, blind8/blind18; the subject a
    # relative: null, make_gold's "والتي اعتبرت"; the adverb "صراحة" left out). Not claims: "وصلت ... الى اتفاق"،
    # "اتفق" (acts), "مطالبة اللاعب باستلام"، "وطالبت اللاعب بضرورة إمهال" (demands), "قوبلت برفض الإدارة" (a
    # refusal), "الجدير بالذكر أن" (editorial)
    12: [("أبلغته", None, "عن عدم مقدرتها", "دفع المتأخرات حالياً", False, True)],
    # aleqtisadiya migrants landed in Sicily: "بعد أيام فحسب من ورود تقارير عن غرق نحو 40 مهاجرا ... يوم الخميس (23
    # يوليو تموز)" IS a claim -- a received report with its content from عن, the reporting noun the cue and its
    # source never named: null (blind7's "ورد بلاغ ... عن حريق"، blind9/blind20's "باشرت بلاغا عن سقوط"; decided here
    # for "تقارير"; unlike blind22's topical "بعرض أفلام وتقارير عن ذكرى الغزو"). Not claims: "أصدر خفر السواحل
    # الإيطالي ... لقطات" (a publication of footage), "ولم يتسن الحصول ... على تفاصيل"، "وأمكن رؤية" (the writer)
    13: [("تقارير", None, "عن غرق", "(23 يوليو تموز)", False, True)],
    # sabq a kidney patient in Tayma: "وأكد المواطن "مشري الصريع" لــ"سبق"؛ أنه لا يزال ينتظر ... منذ العام الماضي"
    # (the name's quotes kept inside the longer noun phrase, blind19/blind21/blind22; the addressee left out),
    # "مبيناً أنه قدم ... لعلاجه" (null) and "وأوضح الشاب أنه يحتاج ... لمدة أربع ساعات" (ending before "وقد فاقم
    # معاناته مرض والدته وشقيقه، ويعيش ...، ويناشد مساعدته ..." -- a new clause with a new subject and the writer's
    # account with the appeal "ويناشد": blind15/blind17/blind20's rule). Not claims: "تنفيذ ما وعدت به وزارة الصحة
    # ... بالتكفُّل ..." (a promise, blind12-blind23), "عقب تقرير نشرته "سبق"" (a publication), ""سبق" زارت الشاب"
    # (an act), "ويناشد" (an appeal), the byline
    14: [("وأكد", "المواطن \"مشري الصريع\"", "أنه لا يزال", "وزارة الصحة منذ العام الماضي", False, True),
         ("مبيناً", None, "أنه قدم", "تجاوباً فعلياً لعلاجه", False, True),
         ("وأوضح", "الشاب", "أنه يحتاج", "لمدة أربع ساعات", False, True)],
    # arreyadi Abdulghani back in the national team: "وأبدى الثنائي عبد الغني والعنزي جاهزيتهما التامة لخدمة المنتخب
    # في أي و قت" (verb of expression + stance noun: blind4's "أبدى ... استياءهم"، blind13's "وأبدت استعدادها";
    # content the object NP with its complements; "و قت" as written) and, nested in the editorial formula "يذكر
    # بأن", "عبدالغني سبق وأن أعلن اعتزاله اللعب دوليا في عام 2010م" (an announcement with its object NP: the first
    # set's "وأعلن اعتزاله للكرة"; the nested claim kept, blind8/blind11; cue without "سبق وأن"; the time adverb
    # "في عام 2010م" left out, blind7/blind11/blind15). Not claims: "اجتمع"، "بدأ ... اجتماعه" (acts), "بهدف ضم"
    # (a purpose), "يذكر بأن" (editorial)
    15: [("وأبدى", "الثنائي عبد الغني والعنزي", "جاهزيتهما", "لخدمة المنتخب في أي و قت", False, True),
         ("أعلن", "عبدالغني", "اعتزاله", "اعتزاله اللعب دوليا", False, True)],
    # okaz the State Department on Iran: "صرح المتحدث باسم الخارجية الأمريكية جون كيربي بأن إيران ليست دولة
    # صديقة", "مشيرا إلى أنه ليس هناك علاقات ..." (null), "وقال المسؤول الأمريكي في تصريحات صحفية له أمس «إن إيران
    # ... الشرق الأوسط»" (the anaphoric title of the named spokesman: named=true, blind23's "الوزير"; the
    # complementizer inside the marks, content from the opening mark: direct, blind13/blind19/blind21; "في تصريحات
    # صحفية له أمس" left out), "وأوضح أن الاتفاق ... من تحقيقه" (null), "وتابع كيربي «إن التعامل ... سلاح نووي»"
    # (direct), "من جهة أخرى أكد المتحدث باسم الخارجية الأمريكية أنه ليس هناك أي اتصالات ... الأزمة السورية",
    # "موضحا أن الولايات المتحدة أعلنت مرارا أنه ليس هناك ... في سوريا" (null) with, nested, "الولايات المتحدة
    # أعلنت مرارا أنه ليس هناك أي تنسيق ... يجري في سوريا" (the adverb "مرارا" left out)
    16: [("صرح", "المتحدث باسم الخارجية الأمريكية جون كيربي", "بأن إيران", "ليست دولة صديقة", False, True),
         ("مشيرا", None, "إلى أنه ليس", "الولايات المتحدة وإيران", False, True),
         ("وقال", "المسؤول الأمريكي", "«إن إيران", "في منطقة الشرق الأوسط»", True, True),
         ("وأوضح", None, "أن الاتفاق", "تمكن الاتفاق من تحقيقه", False, True),
         ("وتابع", "كيربي", "«إن التعامل", "أو بحوزتها سلاح نووي»", True, True),
         ("أكد", "المتحدث باسم الخارجية الأمريكية", "أنه ليس هناك أي اتصالات", "بشأن الأزمة السورية",
          False, True),
         ("موضحا", None, "أن الولايات المتحدة", "بأي شيء يجري في سوريا", False, True),
         ("أعلنت", "الولايات المتحدة", "أنه ليس هناك أي تنسيق", "بأي شيء يجري في سوريا", False, True)],
    # arriyadiyah al-Fateh's new board: no claim. "اعتمد الرئيس العام ... مجلس الإدارة الجديد" (an approval, a
    # decision), "وجاء التشكيل الجديد ... على النحو التالي" (the board's list), the byline
    17: [],
    # was the Libyan press: "وأبرزت تأكيد رئيس مجلس النواب الليبي المستشار عقيله صالح خلال كلمة له ... أنه لا أمن ولا
    # أمان بدون الجيش" -- the nested reporting noun "تأكيد" with its possessor as speaker (blind4's "تصريح إدارتهم
    # لـ"سبق" بأنها"، blind22's "التأكيد على أن"; the occasion "خلال كلمة له بمناسبة ..." left out; the name as
    # written), and "وأشارت إلى إشادة رئيس الحكومة الليبية ... وأن تواجدهم أدى إلى انخفاض معدل الجريمة" (أشار إلى +
    # NP and a coordinated أن clause, blind20/blind21's "مشيراً إلى جاهزية"، "مشيراً ... إلى قرار"; the papers the
    # elided subject: null; the praise inside not a claim). Not claims (decided here, no precedent for a press
    # review): "اهتمت الصحف الليبية ... بتقدم الجيش ..." and "وركزت صحف ليبيا على دعوة الأمم المتحدة ..." (the
    # papers' topics, blind21/blind22's "تطرق إلى"، "تناول ... حول"), "وأبرزت" (featuring a story, a publication like
    # blind21's "نشرت ... تقريرا"; its object is the chairman's claim), "داعيًا ... للالتحاق بالجيش" (an appeal),
    # "دعوة الأمم المتحدة لعقد جولة" (an invitation), the dateline, "// انتهى //" and the time line
    18: [("تأكيد", "رئيس مجلس النواب الليبي المستشار عقيله صالح", "أنه لا أمن", "ولا أمان بدون الجيش", False, True),
         ("وأشارت", None, "إلى إشادة", "إلى انخفاض معدل الجريمة", False, True)],
    # almadina column "أثرياء ولكن متسولون!": "هل يمكن أن تتخيّل أن يقوم ما يتجاوز 107 آلاف مواطن بالاحتيال على
    # النظام، والاستيلاء على المال العام؟! هذا ما كشفت عنه مصادر عدلية رصدت ..." IS a claim -- content before a
    # relative "ما" cue resumed by "هذا" (blind15's "هذا ما بثته صحيفة الوطن"; cue phrase to the word before the
    # speaker, blind13/blind14/blind15), limited to what the sources revealed, "أن يقوم ... على المال العام"
    # without the columnist's "هل يمكن أن تتخيّل" (blind14's "خلافا لما ذكره", blind16/blind19/blind23's limitation;
    # decided here); unnamed judicial sources: named=false; the asyndetic relative "رصدت استيلاء ... على الوجه
    # التالي:" and its list left out (recording, an act: blind23's "سجّلت"), and "قال فيهم الله تعالى: (يَحْسَبُهُمُ
    # ... إِلْحَافًا)" (a quoted verse: blind17's "قال الله فيهم:"، blind4/blind6's "قال الله تعالى" -- speaker "الله",
    # colon and parentheses: direct; the reference «البقرة: 273» left out). Not claims: "لقد أسقطت وزارة الشؤون
    # الاجتماعية أسماء" (an act), "والسؤال: ..."، "ويبقي السؤال: ..." (the columnist's questions), "لابد من إيجاد"
    # (an obligation), the contact lines
    19: [("ما كشفت عنه", "مصادر عدلية", "<أن يقوم", "والاستيلاء على المال العام", False, False),
         ("قال", "الله", "(يَحْسَبُهُمُ", "إِلْحَافًا)", True, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind24.jsonl")
