"""Build claims-blind12.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261230) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind11.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind12.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind11/make_blind.py, unchanged; the shared gold_builder.py):
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
The 3alyoum Houthi and Nigeria articles write their quotes with U+201C/U+201D (“ ”); almadina and alyaum write
"لـ»المدينة»" / "لـ»تداول»" with a reversed opening mark; kept as such below.
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
    # alriyadh PJAK statement: "أكد القيادي ارجش كارزان في حزب حياة كوردستان الحرة "بيجاك" في بيان صحافي ... أن ..."
    # (the PP "في حزب ..." is part of his title and kept, blind4/blind7's PPs; the quotes inside the phrase kept;
    # "في بيان صحافي زود ال"الرياض" بنسخة منه" not counted again); then six coordinated verbs with the subject
    # elided, all null (blind7/blind8): "وأضاف في كل مراحل ..." (no complementizer: content from the first word,
    # to the end of its clause; first person "لاحظنا" but no quotes or colon: direct=false, claims-gold's "ويقول لا
    # أدري"), "وقال: بأن ..." (colon + complementizer: direct, blind3/blind4), "وذكر بأن ...", "وأفاد يعتبر ..."
    # (no complementizer; the passive "يعتبر" inside is not a claim), "وشدد بأن ...", "وأشار بأنه ..." (first person,
    # no quotes: direct=false)
    0: [("أكد", 'القيادي ارجش كارزان في حزب حياة كوردستان الحرة "بيجاك"', "أن النظام الإيراني", "لحل هذه الملفات",
         False, True),
        ("وأضاف", None, "في كل مراحل", "الأحوازي والبلوشي", False, True),
        ("وقال", None, "بأن هذه الشعوب", "ينتهجها النظام الإيراني", True, True),
        ("وذكر", None, "بأن الشعب الكردي", "القمع والإعدامات", False, True),
        ("وأفاد", None, "يعتبر في كردستان", "الحرس الثوري العدائية", False, True),
        ("وشدد", None, "بأن المقاومة الكردية", "وتنظيماته السياسية", False, True),
        ("وأشار", None, "بأنه دون", "من إقليم كردستان الشرقية", False, True)],
    # was (SPA) Sevilla coach: "أكد المدير الفني ... أوناي ايمري سعيهم للفوز ... مساء اليوم" (content the object NP,
    # blind3's "أكد ... الواقعة") with "معترفاً ... أن خصمه ..." (an admission, blind10's "اعترف"; null after a
    # claim); "وقال ايمري في المؤتمر الصحفي ...: "..."" (direct); "وأشاد ايمري بالمدير الفني ..." is praise, not a
    # claim, so the participles after it, "مؤكداً أنه ..." and "مشيراً إلى أن ...", take its overt subject "ايمري"
    # (blind5/blind7/blind8/blind10/blind11, the latest decision; two participles after one non-claim verb both take
    # it, blind7's "متهمًا ...، معتبرًا", blind8's "مشيرا ...، مضيفاً"); "وأعرب ايمري عن قلقه ..." (expressed
    # feeling); "أبدى المهاجم خوسيه أنطونيو ريس لاعب اشبيلية تفاؤلاً أكبر من الذي أبداه مدربه" (verb of expression +
    # stance noun, blind4/blind11's "أبدى"; apposition kept; "من جانبه" left out) with the coordinated "وقال: "...""
    # (null, direct); "ويرى ريس أن ..." and, after it, "قائلاً : "..." -- TWO claims: يرى has its own content clause and
    # the quote that قائلاً introduces is a different statement (unlike blind2's "وأوضح ... قائلاً: إن", blind5's
    # "وأضاف ... معقبا" and blind9's "وأجابت ... قائلة", where the participle introduced the first verb's only
    # content); قائلاً null (after a claim); its quote never closes: content to "ريال مدريد", final stop excluded
    # (blind2/blind5), direct. Not claims: "وأشاد" (praise), "الذي أبداه مدربه" (a relative whose only content would
    # be the object clitic, blind7's "كما أعلنها التنظيم"), the dateline and "// انتهى //"
    1: [("أكد", "المدير الفني لنادي اشبيلية الأسباني أوناي ايمري", "سعيهم للفوز", "برشلونة مساء اليوم", False, True),
        ("معترفاً", None, "أن خصمه", "للفوز باللقب", False, True),
        ("وقال", "ايمري", "\"سنتوجه إلى الملعب", "لا تلعب كل يوم\"", True, True),
        ("مؤكداً", "وأشاد |ايمري| بالمدير", "أنه أعطى", "للفريق الكتالوني", False, True),
        ("مشيراً", "وأشاد |ايمري| بالمدير", "إلى أن غياب", "بديلا لنيمار", False, True),
        ("وأعرب", "ايمري", "عن قلقه", "بسبب التهاب بالمعدة", False, True),
        ("أبدى", "المهاجم خوسيه أنطونيو ريس لاعب اشبيلية", "تفاؤلاً أكبر", "الذي أبداه مدربه", False, True),
        ("وقال", None, "\"حضرنا من أجل", "سنحاول تحقيق الفوز\"", True, True),
        ("ويرى", "ريس", "أن الفريقان", "الفوز بالمباراة", False, True),
        ("قائلاً", None, "\"كل فريق", "أمام ريال مدريد", True, True)],
    # 3alyoum Houthi crimes: "فعند وصول الحوثيين ... وطردهم إلى خارجها، وفقاً لـ”سكاي نيوز”" -- content before its
    # cue, the whole sentence with its first word (blind2's rule, blind7/blind9/blind10/blind11); cue "وفقاً" as
    # blind2's "ووفقا"; speaker without the glued لـ and without its quotes (quoted as a whole, blind1/blind3's
    # "العربية نت"). Not claims: "بعد أن رفض اليمنيون انقلابهم" (rejection, an act), "اعتمده الحوثيون"، "ولا يخفى على
    # أحد" (the writer's voice), the tag line "سمات ..."
    2: [("وفقاً", "سكاي نيوز", "<فعند وصول", "وطردهم إلى خارجها", False, True)],
    # alwatan OIC meeting: "وبحسب بيان المنظمة الصحفي الذي تسلمت "الوطن" نسخة منه، أكدت ...، وقالت "..."" -- وبحسب
    # (speaker the statement, the relative left out) has its content after it, the whole sentence (blind9's "وبحسب
    # مصادر "سبق" أن ... وقال ..." with its nested وقال), nested: "أكدت التزامها ..." (the organization, elided
    # subject: null, blind5's "وأصدرت بيانا ذكرت فيه"; content the object NP) and "وقالت "إنها ..." (null; quote
    # never closed, entirely quoted with its complementizer: direct, content to "على التوالي", blind2/blind5); "كما
    # أعربت منظمة التعاون الإسلامي عن التزامها ..." to the end of its sentence (blind7/blind11's "عبر ... عن سعادته").
    # Not claims: "تعقد ... اجتماعا" (an act), "ومن المقرر أن يلقي الأمين العام ... كلمة"، "بيانات سيدلي بها مديرو
    # أجهزة ... فيما يتعلق بأنشطتهم" (future speeches with a topic, no content: blind6's "كلمة مديرة"), "من المتوقع أن"
    # (impersonal), "الأصوات التي تحث على كراهية الإسلام" (incitement, an appeal by unspecified voices)
    3: [("وبحسب", "بيان المنظمة الصحفي", "أكدت التزامها", "على التوالي", False, True),
        ("أكدت", None, "التزامها بمكافحة", "أكثر من 20 عاماً", False, True),
        ("وقالت", None, "\"إنها اعتمدت", "على التوالي", True, True),
        ("أعربت", "منظمة التعاون الإسلامي", "عن التزامها", "و2015 بالكويت", False, True)],
    # aawsat Mogadishu hotel: "وأكدت قوة الاتحاد الأفريقي التي تقاتل ... أن ..." (relative left out of the speaker;
    # the quoted hotel name alone: direct=false); "ولكن أعلنت وكالة «رويترز» أن ..." (quotes inside the phrase
    # kept); "وقال شاهد لوكالة «رويترز» إن «...»" (anonymous witness: named=false, claims-gold's "شهود عيان"; the
    # addressee left out; entirely quoted after إن: direct, blind2); "وشنت حركة الشباب التي أعلنت مسؤوليتها عن
    # التفجير ..." -- the announcement of responsibility IS a claim: the reporting verb أعلن with its object noun
    # (blind3's "أعلن ... عن إدانته", blind7's "أعلنوا عن إفلاسهم", blind10's "أعلن ... وفاة"), unlike blind2's "وتبنت
    # حركة طالبان هذا الهجوم" whose verb is not a reporting verb; relative subject: null (claims-gold's "والتي
    # اعتبرت"); "وأفاد الشيخ عبد العزيز أبو مصعب المتحدث باسم العمليات العسكرية لحركة الشباب بأن الهجوم يأتي «...»"
    # (quoted fragment: direct=false); "وأكد ضابط الشرطة الرائد نور أوسوبل أن «...»" (entirely quoted: direct); "وقال
    # ضابط آخر بالشرطة إن «...»" and "بينما قال عامل إسعاف إن «...»" (anonymous: named=false; direct). Not claims:
    # "ولم تتضح الحصيلة" (impersonal), "التي تريد فرض تفسيرها" (a wish), "ويذكر أن" (editorial), "والتي بايعت تنظيم
    # القاعدة" (allegiance, an act), "وسمع دوي" (passive)
    4: [("وأكدت", "قوة الاتحاد الأفريقي", "أن المبنى المستهدف", "فندق «الجزيرة»", False, True),
        ("أعلنت", "وكالة «رويترز»", "أن 13 شخصا", "محملة بالمتفجرات", False, True),
        ("وقال", "شاهد", "إن «بقع الدماء", "استهدف فندق الجزيرة»", True, False),
        ("أعلنت", None, "مسؤوليتها", "عن التفجير", False, True),
        ("وأفاد", "الشيخ عبد العزيز أبو مصعب المتحدث باسم العمليات العسكرية لحركة الشباب", "بأن الهجوم",
         "والحكومة الصومالية»", False, True),
        ("وأكد", "ضابط الشرطة الرائد نور أوسوبل", "أن «سيارة ملغومة", "وألحق أضرارا بواجهته»", True, True),
        ("وقال", "ضابط آخر بالشرطة", "إن «أربعة", "أشخاص قتلوا»", True, False),
        ("قال", "عامل إسعاف", "إن «ثمانية", "أشخاص أصيبوا»", True, False)],
    # almadina Abu Markha junction: "شكا سكان حي أبو مرخة بالعزيزية شمال المدينة المنورة من كثرة الحوادث ..." is a
    # complaint, not a claim (blind7's "تشتكي"، blind10's "شكوى"), so the two participles after it, "مؤكدين لـ»المدينة»
    # أن ..." and "مشيرين إلى أن ...", take its overt subject (blind5/blind7/blind8/blind10/blind11; the addressee left
    # out); unidentified residents: named=false (blind4's "سكان قرى غرب القصيم"). The residents' statements: "وقال
    # فهد المرواني نطالب ..." (no complementizer, no colon or quotes: direct=false, content from the first word to the
    # end of his paragraph), "وقال سلمان السميري: نطالب ..." (colon: direct), "وقال مسعد عايد إن ..." (to the end of
    # its one long sentence), "وأضاف محمد الذبياني هناك سوء ..." (no complementizer: direct=false; the first mention
    # of this resident, so the speaker is spanned). Not claims: "يتقدمون بشكوى لإدارة المرور" (a complaint, inside the
    # content), "والمسمى حاليًا بتقاطع (الموت)" (naming), the sub-headlines "إشارة مرورية"، "إنهاء المشروعات"، "سوء
    # التخطيط" (topics, no reporting word)
    5: [("مؤكدين", "سكان حي أبو مرخة بالعزيزية شمال المدينة المنورة", "أن هذا التقاطع", "عدم جاهزية التقاطع",
         False, False),
        ("مشيرين", "سكان حي أبو مرخة بالعزيزية شمال المدينة المنورة", "إلى أن شارع المئة", "بشكوى لإدارة المرور",
         False, False),
        ("وقال", "فهد المرواني", "نطالب بوضع حل سريع", "من تقاطع شارع الـ 100", False, True),
        ("وقال", "سلمان السميري", "نطالب بوضع إشارة", "وخسائر في المركبات", True, True),
        ("وقال", "مسعد عايد", "إن سبب كثرة", "من سرعة السيارات", False, True),
        ("وأضاف", "محمد الذبياني", "هناك سوء", "صفة التقاطع الرسمي", False, True)],
    # alweeam Tabuk Red Crescent: "وأوضح المتحدث الرسمى لهيئة الهلال الأحمر السعودي بمنطقة تبوك أن الحالة الأولى
    # ..." (spanned as written with "الرسمى") -- the content runs over the full stops through the spokesman's list of
    # the four accidents ("والحادثة الثانية ..."، "والحادثة الثالثة ..."، "وتم نقل ..."، "ووقعت الحادثة الأخيرة ..."),
    # the verbless continuation of the list begun in the أن clause ("الحالة الأولى") and its last item (blind11's
    # alwatan "والحالة الثالثة ... والحالة الرابعة", blind3's NWC list, blind4's "وارتفع إلى 460 شخصاً" in the same
    # series); it ends at "بتبوك" before the link line. Not claims: "باشرت فرق الهلال الأحمر" (an act), the link line
    # "رابط الخبر بصحيفة الوئام: ..." (the headline, never annotated)
    6: [("وأوضح", "المتحدث الرسمى لهيئة الهلال الأحمر السعودي بمنطقة تبوك", "أن الحالة الأولى",
         "مستشفى الملك خالد المدني بتبوك", False, True)],
    # aleqtisadiya gold: "وهو ما يقل عن توقعات بنمو قدره 2.6 في المائة في استطلاع لوكالة رويترز" -- a prediction
    # (reporting noun, blind2's "توقعات المحللين لمتوسط ربح قدره ...") with its source: the Reuters poll (identified by
    # the agency that ran it: named=true, as blind4's "تقرير صحفي نشر بشبكة abc" and blind11's "دراسة لمركز البحوث");
    # content from بـ, between the cue and the following speaker ("^"). Not claims: "تكهنات بأن ..."، "ويعزز ذلك
    # توقعات بأن ..."، "بأقل من التوقعات"، "أضعف من المتوقع" (no source: the first set's "لوجود توقعات", blind8's
    # "التقديرات السابقة"), "وأظهرت بيانات نشرت أمس الخميس نمو الاقتصاد ..." and "لتظهر نموا" (data without an
    # issuing source: blind7's "بيانات اقتصادية ... أظهرت انخفاضا", blind8's 3alyoum gold; unlike blind10's
    # "بيانات مصلحة الجمارك"), "بعد صدور بيانات" (publication)
    7: [("توقعات", "استطلاع لوكالة رويترز", "^بنمو قدره", "2.6 في المائة", False, True)],
    # sabq Taif rain: "وأوضح المتحدث الإعلامي ...، العقيد ناصر بن سلطان الشريف، أن ..." (apposition kept, blind10);
    # "وأشار العقيد الشريف أنه ... خشية تساقط الصخور"; "وحذرت الإدارة العامة للدفاع المدني بمحافظة الطائف الإخوة
    # المواطنين ... من التنزه ..." (a warning, blind9/blind10; the addressees left out, content from من). Not claims:
    # the dateline "فهد العتيبي- سبق- الطائف:"، "شهدت"
    8: [("وأوضح", "المتحدث الإعلامي بالإدارة العامة للدفاع المدني بالمحافظة، العقيد ناصر بن سلطان الشريف",
         "أن الأمطار", "والمنطقة الصناعية", False, True),
        ("وأشار", "العقيد الشريف", "أنه تم إغلاق", "خشية تساقط الصخور", False, True),
        ("وحذرت", "الإدارة العامة للدفاع المدني بمحافظة الطائف", "من التنزه", "التي خلفتها الأمطار", False, True)],
    # alyaum Tadawul monthly report: "وأوضح التقرير الإحصائي الشهري لـ»تداول»، أن ..." (a report as source, blind4's
    # "وأكد التقرير", blind10's "التقرير السنوي الإحصائي لمصلحة الجمارك"; the genitive لـ»تداول» kept in the NP),
    # "وأشار تقرير «تداول» إلى أن ...", "وكشف التقرير أن ... بنسبة 3.35%" (anaphoric, named=true, blind7/blind11),
    # each ending at its own sentence: the following sentences of figures have no reporting verb (blind9's 3alyoum
    # FAO, blind2's 3alyoum strikes; "وتراجع ... كذلك ..." is a new verbal sentence in a new paragraph); "واستحوذت
    # الصفقات التي تمت على سهم شركة الخدمات الأرضية حسب تقرير تداول على النسبة الأكبر ..." -- the cue stands inside
    # its sentence: content after it (spans are contiguous, blind3's "السبب الثاني بحسب الدكتور الصعدي ..."), to the
    # end of the sentence
    9: [("وأوضح", "التقرير الإحصائي الشهري لـ»تداول»", "أن القيمة السوقية", "مقارنة بالشهر السابق", False, True),
        ("وأشار", "تقرير «تداول»", "إلى أن إجمالي", "بنسبة 24.92%", False, True),
        ("وكشف", "التقرير", "أن قطاع النقل", "والنشر بنسبة 3.35%", False, True),
        ("حسب", "تقرير تداول", "على النسبة الأكبر", "وزين السعودية 2.21%", False, True)],
    # arreyadi Nassr song: "وقال ناصر الصالح: ..." (colon: direct; "وطلب مني تقديم عمل" inside is a request);
    # "وتقول كلمات الأغنية التي تنشر للمرة الأولى: ..." -- blind9's "وتقول كلمات القصيدة: ..." (speaker the words of
    # the identified song, named=true; the relative left out; direct: colon), content the whole song to its last
    # line (the refrain "في ملعبي او ملعبك" occurs four times: its last occurrence, located with context). Not
    # claims: "ليعلن التحدي لكل فرق دوري ..." (purpose, blind5's "ليعلن الجمهور النصراوي"), "حملت عنوان" (naming)
    10: [("وقال", "ناصر الصالح", "وصلني اتصال", "أعضاء الشرف في النصر", True, True),
         ("وتقول", "كلمات الأغنية", "متحدي وناوي السنة",
          "راجع لعرشه من جديد نصراوي والله واعجبك قدامي كل يرتبك فايز عليك فايز عليك |في ملعبي او ملعبك|",
          True, True)],
    # aljazirah Sulayyil projects: "وقد أعرب المتحدث الرسمي للمجلس البلدي و مدير المستشفى الأخصائي ماجد الحابي، عن
    # أستياء الأهالي ..." (verb of expression + stance noun; the feeling expressed is the residents', the speaker is
    # the one expressing it; content to "المعتمدة فيها"), "حيث أوضح أن، الأهالي ... باعتماده" (null, pronoun subject;
    # content from أن with its stray comma, to the glued full stop), "كما بين كذلك تعثر مشروع ..." (بيّن = stated,
    # null; content the object NP to the end of the sentence; "وعدها بتسليم المشروع" inside is a promise). Not
    # claims: the photo caption "لوحة وضعت في موقع المدرسة", "واجه إنجاز إنشاء ... تأخيرا"
    11: [("أعرب", "المتحدث الرسمي للمجلس البلدي و مدير المستشفى الأخصائي ماجد الحابي", "عن أستياء",
          "المشاريع المعتمدة فيها", False, True),
         ("أوضح", None, "أن، الأهالي", "حتى الآن باعتماده", False, True),
         ("بين", None, "تعثر مشروع", "بتسليم المشروع للمقاول", False, True)],
    # okaz Hajer: "قال مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم إن ...، وإنه حظي ..." with "مشيرا إلى أن
    # ..." (null, after a claim); "وأشار المسلم إلى الجاهزية التامة ..." (أشار إلى + NP; to the end of its sentence,
    # "ومن المتوقع جاهزيتهما" inside is impersonal). Not claims: "ممتدحا انضباطيتهم" (praise)
    12: [("قال", "مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم", "إن المرحلة الثانية", "في مستوى اللياقة",
          False, True),
         ("مشيرا", None, "إلى أن اللاعبين", "مع بقية اللاعبين", False, True),
         ("وأشار", "المسلم", "إلى الجاهزية", "من كأس ولي العهد", False, True)],
    # arriyadiyah Gross: "أكد عضو مجلس إدارة النادي الأهلي والمشرف على فريق كرة القدم الأول مروان دفتردار أن ..."
    # (to "وقدراته الفنية", the coordinated "ومن يعرف الرجل ... يدرك أنه ..." included); "وقال دفتردار في تعليقه على
    # مقطع الفيديو ... : أستغرب ..." (colon: direct; "في تعليقه" not counted again; his first-person "أستغرب"، "وأعتقد
    # أن" are part of the quote, blind2/blind4); "وأضاف دفتردار قائلا: "..."" (ONE claim, cue وأضاف, blind2/blind5);
    # "وقال دفتردار: إن ..." (colon + complementizer: direct). Not claims: "بحركة اعتبرت غير مقبولة جماهيريا" (passive,
    # blind2's "في ما يعتبر"), "وأنا فضلت أن أوضح الأمور" (inside the quote, no content), "ونحن لا نرد عليهم" (inside)
    13: [("أكد", "عضو مجلس إدارة النادي الأهلي والمشرف على فريق كرة القدم الأول مروان دفتردار", "أن مدرب الفريق",
          "وقدراته الفنية", False, True),
         ("وقال", "دفتردار", "أستغرب من محاولة", "جروس وخلقه وتعامله", True, True),
         ("وأضاف", "دفتردار", "\"هل يعتقل", "واضح جدا\"", True, True),
         ("وقال", "دفتردار", "إن معسكر سويسرا", "على ضغط المباريات", True, True)],
    # alriyadh polymer notes: "الأمر الذي دفع بنك إنجلترا للإعلان عن بدء استخدام الأوراق الجديدة في ٢٠١٦ ..." -- the
    # Bank's announcement (it was made: a result, not a purpose as blind6's "للكشف عن"): cue the reporting noun with
    # its clitic, speaker its agent though the object of دفع (blind8's "يأسف مكتب تحقيقات الطيران الإعلان عن تحطم"),
    # content from عن; "وقد كشف استطلاع للرأي نشر مؤخرا أن ٨٧ من البريطانيين يؤيدون ..." (an unidentified poll:
    # named=false, blind3's "دراسة", blind9's "دراسة حديثة متعمقة"; the asyndetic relative "نشر مؤخرا" left out;
    # content to "الأوراق الحالية": "وتتميز الأوراق المالية الجديدة ..." is the writer's description). Not claims:
    # "بدأ ٢٠ بنكا مركزيا ... بإصدار"، "وتبنى بنك أسكتلندا ذلك"، "حيث أصدر" (acts), "يؤيدون" (support, inside)
    14: [("للإعلان", "بنك إنجلترا", "عن بدء استخدام", "فئة الخمسة جنيهات", False, True),
         ("كشف", "استطلاع للرأي", "أن ٨٧", "طباعة الأوراق الحالية", False, False)],
    # was (SPA) Jeddah Quran society: "وأوضح مدير عام الجمعية إبراهيم بن سليمان الخميس أن الدورة تناولت ..." ("تناولت"
    # a topic, inside) with "مؤكدا أن الجمعية ..." (null, after a claim; to the end of its sentence). Not claims:
    # "أقامت ... دورة" (an act), "// انتهى //" and the time line
    15: [("وأوضح", "مدير عام الجمعية إبراهيم بن سليمان الخميس", "أن الدورة", "الخاصة بفئة الصم", False, True),
         ("مؤكدا", None, "أن الجمعية وضعت", "وتعظيمه في المجتمع", False, True)],
    # 3alyoum Nigeria: "اتهم الرئيس النيجيري محمدو بوخاري، الولايات المتحدة “بدعم وتحريض” ... برفض واشنطن إمداد
    # نيجيريا بالسلاح" (accusation = claim, blind4/blind10; content from بـ, which stands inside the opening quote;
    # only a fragment quoted: direct=false); "وكانت منظمة العفو الدولية قد قالت الشهر الماضي إن ..."; "ورفض الجيش
    # النيجيري هذه الاتهامات" -- rejecting accusations is denying them, a claim (blind8's "نفى ... الاتهامات الموجهة
    # لبلاده", blind11's "فنّد ... جل ما ذكر في البيان"; content the object), unlike the rejection of a proposal or
    # an act (the first set's "رفض اقتراح البرنامج", blind8's "برفض الحكومة لمقترح السلام"). Not claims: "ويحظر القانون
    # الأمريكي" (a law), "التقى" (an act), "ووعد الرئيس النيجيري بإجراء تحقيق" (a promise, blind3/blind4), "لكن لم
    # يُفصح على تفاصيل أخرى" (negated disclosure, blind7/blind9/blind11), the tag line "سمات ..."
    16: [("اتهم", "الرئيس النيجيري محمدو بوخاري", "“بدعم وتحريض”", "إمداد نيجيريا بالسلاح", False, True),
         ("قالت", "منظمة العفو الدولية", "إن حوالي", "في كونهم مسلحين", False, True),
         ("ورفض", "الجيش النيجيري", "هذه الاتهامات", "هذه الاتهامات", False, True)],
    # alwatan dollar: "توقع جيمس بولارد رئيس بنك سانت لويس الاحتياطي الاتحادي أن يقوم مجلس الاحتياطي الاتحادي
    # "البنك المركزي الأميركي" على الأرجح برفع أسعار الفائدة في سبتمبر القادم" (the final "وهو ما أدى لارتفاع
    # العملة ..." is the writer's gloss, left out: blind6/blind7/blind10/blind11). Not claims: "تجدد التوقعات بزيادة
    # أسعار الفائدة" (no source), "أظهرت مزيدا من الاستقرار" (currencies, non-source)
    17: [("توقع", "جيمس بولارد رئيس بنك سانت لويس الاحتياطي الاتحادي", "أن يقوم", "في سبتمبر القادم", False, True)],
    # aawsat fashion news: no claim. "غني عن القول إن هذه المدة تعتبر ..." (the writer's formula, blind2's "لا مناص
    # من القول"; "تعتبر" passive), "التي قررت أن تشارك" (a decision), "في دلالة واضحة أن عالم الترف ..." (the writer's
    # inference, blind10's "في إشارة واضحة"), "لأنها فضلت العرض في روما" (a preference)
    18: [],
    # almadina Abha festival: "وأوضح مدير عام فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة عسير أمين مجلس التنمية
    # السياحية المهندس محمد العمرة أن الحفل سيتضمن ..." (to its sentence end; the festival programme that follows has
    # no reporting verb: blind2/blind5 default). Not claims: "يرعى"، "تتوالى"، "تمتاز"، "تقام"، "تشهد" (events)
    19: [("وأوضح", "مدير عام فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة عسير أمين مجلس التنمية السياحية المهندس "
           "محمد العمرة", "أن الحفل", "إلى الألعاب النارية", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind12.jsonl")
