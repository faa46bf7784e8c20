"""Build claims-blind13.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261232) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind12.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind13.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind12/make_blind.py, unchanged; the shared gold_builder.py):
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
The arreyadi Hilal article writes "مصادر  (الرياضي)" with two spaces (matched by the whitespace rule, spanned as
written); the was Jazan article puts spaces inside its quotes (" قيد ... النتائج "), kept in the span.
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
    # alriyadh euro-zone inflation: "وكان الخبراء يتوقعون أن يتراجع التضخم ..." (a prediction; cue the verb after
    # وكان, blind12's "وكانت منظمة العفو الدولية قد قالت"; unidentified experts: named=false, blind11's "الخبراء",
    # blind2's "المحللين"); "ولكن وكالة الاحصاء الأوروبية (يوروستات) ذكرت في تقدير أولي أصدرته الجمعة أن ..."
    # (parenthesis kept in the speaker, blind6/blind9; "في تقدير أولي أصدرته الجمعة" where it said it, not counted
    # again, as "في بيان"). Not claims: "أظهرت بيانات اقتصادية صدرت الجمعة ثبات معدل التضخم ..." -- data without an
    # issuing source in its clause (blind7's identical "بيانات اقتصادية ... أظهرت انخفاضا", blind12's "وأظهرت بيانات
    # نشرت أمس الخميس"; the agency that issued them is annotated with its own cue, as blind4's "نتائج جديدة كشفت
    # عنها ..."), "مما أدى إلى تهدئة المخاوف" (no source), "التي يستهدفها البنك المركزي الأوروبي" (a target),
    # "وأطلق البنك ... خطة تحفيز" (an act)
    0: [("يتوقعون", "الخبراء", "أن يتراجع التضخم", "0.1 بالمئة الشهر الجاري", False, False),
        ("ذكرت", "وكالة الاحصاء الأوروبية (يوروستات)", "أن معدل التضخم", "مقارنة بالشهر الماضي", False, True)],
    # aawsat Lice car bomb: "تبنى حزب العمال الكردستاني ... هجوما" and "وتبنى الجناح العسكري ... الهجوم" are NOT
    # claims (claiming an attack with تبنى, a non-reporting verb: blind2's "وتبنت حركة طالبان هذا الهجوم", kept by
    # blind12 against أعلن + مسؤوليتها); so the two participles after the second, "متحدثا عن «عمل تنكيلي» نفذته
    # قواته" and "مؤكدا أنه قتل ...", take its overt subject (blind5/blind7/blind8/blind10/blind11/blind12; both of
    # two participles after one verb, blind7/blind8/blind12; the PP "في الحركة ..." kept, blind4/blind7/blind12).
    # "متحدثا عن «عمل تنكيلي» نفذته قواته" IS a claim: the wing's statement about its own forces' act in its own
    # (quoted) words, as blind7's "يتحدث ... عن ثقته" and blind9's "حديثه عن انتمائه", not a topic of talk like
    # blind3's "تحدث عن دعوة الطرفين" (quoted fragment: direct=false). "أعلنت مصادر رسمية مقتل ... في الهجوم الذي
    # قالت إنه استهدف قافلة عسكرية" (unidentified sources: named=false, blind2's "مصادر مطلعة"; content the object
    # NP to the end of the sentence, its final relative included, blind9/blind11) nests the relative "قالت" (null,
    # blind3/blind11). "نسبت هيئة أركان الجيش التركي الهجوم إلى «المنظمة الإرهابية والانفصالية»" -- attributing
    # the attack = blame (blind4's "وحملت ... المسؤولية", blind11's "القت ... بمسؤوليته على"): content the object
    # and its complement, the writer's apposition "العبارة التي تستخدمها السلطات ..." left out (blind6/blind7's
    # glosses); "وقالت القيادة العسكرية إن ..." (anaphoric, named=true); "ونقلت عنها وكالة الصحافة الفرنسية أن ..."
    # -- ONE claim, cue نقل and speaker who said it (claims-gold's "نقل عن X قوله"), here the pronoun عنها: null;
    # "وفيما قال مكتب محافظ ديار بكر إن «...»" (cue قال, blind10's "فيما قال"; entirely quoted after إن: direct);
    # "ذكرت وكالة أنباء دوغان التركية أن ..."; "دانت ... القصف التركي، معتبرة أنه «عدوان»" -- the condemnation is
    # not a claim, the participle takes its overt subject with its apposition; "أنه «عدوان»" entirely quoted after
    # the complementizer: direct (blind2's "مضيفة أن «...»", blind6's "اعتبرتها "غير منصفة""); then "وقالت إن تركيا
    # «أنهت من جانب واحد» ..." (null; fragment: direct=false) and "وأضافت أنه «...»" (null; direct); "وتبنت الحركة
    # ... قتل الشرطيين" (not a claim) then "وقالت إن هذه العملية ..." (coordinated, elided subject: null,
    # blind7/blind8/blind11; final relative kept); "وانطلق القصف ... قرب الحدود العراقية، على ما أعلنته وكالة دوغان
    # للأنباء نقلا عن شهود" -- content before the cue, the whole sentence with its first word (blind2's rule), and
    # TWO sources for it (blind7's "وقالت صحيفة ... نقلا عن مدير المتجر"): "على ما أعلنته" (cue phrase spanned to
    # the word before the speaker, blind2's "حسبما أعلن") and "نقلا عن" (witnesses: named=false); "واعتبر الحزب
    # هذا القصف «عدوانا (...) ...» ... 2013" (object and complement to the end of the sentence; fragment:
    # direct=false). Not claims: "العبارة التي تستخدمها السلطات التركية ... للحديث عن" (usage), "ويأتي هذا
    # التصعيد"، "وفي ما بدا ردا" (the writer), "شن ... غارات"، "وغيرت تركيا من موقفها" (acts)
    1: [("متحدثا", "الجناح العسكري في الحركة الانفصالية المتمردة", "عن «عمل تنكيلي»", "نفذته قواته", False, True),
        ("مؤكدا", "الجناح العسكري في الحركة الانفصالية المتمردة", "أنه قتل 8 جنود", "وأصاب 11 غيرهم", False, True),
        ("أعلنت", "مصادر رسمية", "مقتل عسكريين", "استهدف قافلة عسكرية", False, False),
        ("الذي |قالت| إنه", None, "إنه استهدف", "قافلة عسكرية", False, True),
        ("نسبت", "هيئة أركان الجيش التركي", "الهجوم إلى", "«المنظمة الإرهابية والانفصالية»", False, True),
        ("وقالت", "القيادة العسكرية", "إن سيارة مفخخة", "في منطقة ليجي", False, True),
        ("ونقلت", None, "أن ضابطي صف", "انقلاب سيارتهما", False, True),
        ("وفيما |قال| مكتب", "مكتب محافظ ديار بكر", "إن «عملية واسعة", "هذا الهجوم الشنيع»", True, True),
        ("ذكرت", "وكالة أنباء دوغان التركية", "أن ستة أشخاص", "في علاقتهم بالحادث", False, True),
        ("معتبرة", "قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني", "أنه «عدوان»", "أنه «عدوان»",
         True, True),
        ("وقالت", None, "إن تركيا", "وقف إطلاق النار", False, True),
        ("وأضافت", None, "أنه «وسط", "للهدنة أي معنى»", True, True),
        ("وقالت", None, "إن هذه العملية", "ونحو مائة جريح", False, True),
        ("على ما أعلنته", "وكالة دوغان للأنباء", "<وانطلق القصف", "قرب الحدود العراقية", False, True),
        ("نقلا عن", "شهود", "<وانطلق القصف", "قرب الحدود العراقية", False, False),
        ("واعتبر", "الحزب", "هذا القصف «عدوانا", "منذ مارس (آذار) 2013", False, True)],
    # aleqtisadiya BAE Systems: "كما شارك أهالي الأطفال مبدين سعادتهم بالبرامج المقدمة ..." -- the participle of
    # أبدى + stance noun is an expressed feeling (blind4's "أبدى سكان ... استياءهم", blind11/blind12's "أبدى"); after
    # the non-claim "شارك" with an overt subject it takes that subject (blind5 ... blind12); unidentified parents:
    # named=false (the first set's "عبر المواطنون عن سعادتهم", blind4/blind12's residents); content the stance noun
    # to the end of the sentence, its relative included (blind7's "عبر ... عن سعادته"). "ذكر مارك كين الرئيس
    # التنفيذي ... "حرص الشركة ... المرضى"" (no complementizer: content the quoted NP, entirely quoted: direct; the
    # third-person "مهنئاً ..."، "ومتمنياً الخير والشفاء العاجل" inside the quotes are a congratulation and a
    # get-well wish, not claims, blind3/blind9). Not claims: "انطلاقا من مسؤوليتها ... وحرصها" (the writer's
    # motive, blind6's "انطلاقا من قناعتها"), "نظمت"، "شارك في الفعاليات" (acts)
    2: [("مبدين", "أهالي الأطفال", "سعادتهم بالبرامج", "خلال فترة العيد", False, False),
        ("ذكر", "مارك كين الرئيس التنفيذي لشركة بي أيه إي سيستمز السعودية للتطوير والتدريب", "\"حرص الشركة",
         "لكل الأطفال المرضى\"", True, True)],
    # almadina Alexandria festival: "وأعرب مدير مركز الفنون، المايسترو هشام جبر عن سعادته لتنظيم المهرجان"
    # (apposition kept) with "لافتًا لمشاركة قامات فنية رفيعة ..." (null, after a claim; لفت + NP as blind12's
    # "وأشار المسلم إلى الجاهزية"; content from the glued preposition لـ). Not claims: "ويعد المهرجان" (passive),
    # "يقدم"، "تفتتح"، "تحيي" (the programme, events)
    3: [("وأعرب", "مدير مركز الفنون، المايسترو هشام جبر", "عن سعادته", "لتنظيم المهرجان", False, True),
        ("لافتًا", None, "لمشاركة قامات", "والعالم العربي به", False, True)],
    # was (SPA) Jazan election centres: "أوضح أمين منطقة جازان رئيس اللجنة المحلية ... محمد بن حمود الشايع أنه
    # ..." (both titles kept); "وأشار إلى أن ... بمراحلها " قيد ... النتائج "" (coordinated, null; the content ends
    # with the closing mark of its quoted list, blind10's spaced quotes) with "لافتاً النظر إلى أن ..." (null, after
    # a claim; cue the participle alone, the object "النظر" between cue and content left out as blind10's "أماط
    # ... اللثام عن"); "وأضاف الشايع أن ...". Not claims: the dateline, "// انتهى //" and the time line
    4: [("أوضح", "أمين منطقة جازان رئيس اللجنة المحلية للانتخابات البلدية بالمنطقة محمد بن حمود الشايع",
         "أنه تم رفع", "والإشرافي للجنة", False, True),
        ("وأشار", None, "إلى أن الدورة الحالية", "وإعلان النتائج \"", False, True),
        ("لافتاً", None, "إلى أن التطوير", "للشباب للمشاركة في العملية الانتخابية", False, True),
        ("وأضاف", "الشايع", "أن التطوير شمل زيادة", "فئة هـ 9 أعضاء", False, True)],
    # 3alyoum King Salman receives Fabius: no claim. "ونقل معاليه ... تحيات وتقدير فخامة الرئيس ..." and "فيما
    # حمله ... تحياته وتقديره لفخامته" convey greetings (a ritual act like thanks, congratulations and condolences,
    # blind3/blind4/blind8: not a report of a statement, نقل here without عن X قوله); "جرى استعراض"، "وبحث"
    # (meeting topics, blind11), "حضر" (attendance); the dateline "Next Previous عين اليوم – واس"
    5: [],
    # aljazirah "الطائف سما": no claim. "قدّمت"، "استضافت"، "تفاعل" (events), "يذكر أن" (editorial), the caption
    6: [],
    # okaz column on Blatter: "فإنها وقفت ضد إعادة انتخاب بلاتر واعتبرت إعادة انتخابه بعد ثبوت فساد اتحاده فضيحة
    # مدوية مجلجلة" -- the European federations' view (blind7's "حتى وإن رأى اتحاد الكرة أن ..."); a coordinated
    # verb with an elided subject: null (blind7/blind8/blind11/blind12); content the object and its complement
    # (blind6/blind7). Not claims: "دعمت ... إعادة ترشيح"، "وقفت ضد"، "فيصوتوا له" (support, votes: acts), "لم
    # أفاجأ" and the columnist's argument (authorial voice), "المثل العربي القائل «...»" and "المثل الشعبي القائل
    # «...»" (proverbs, anonymous sayings in the columnist's voice: blind10's "كما يقول المثل الحجازي"), "أوفى
    # بلاتر بوعده بالانسحاب" (a promise, blind3/blind4)
    7: [("واعتبرت", None, "إعادة انتخابه", "فضيحة مدوية مجلجلة", False, True)],
    # arreyadi Hilal payments: "وأكدت مصادر  (الرياضي) أن مسألة استمرار المدرب باتت أكيدة ..." (unidentified sources:
    # named=false, blind9's 'مصادر "سبق"'; the outlet's name in parentheses kept in the speaker, as quotes inside a
    # longer phrase) -- content to the end of its one long sentence (the حيث clauses, the meeting's attendance and
    # the absent prince's view belong to the same report, blind10's was "to the end of its sentence"), which nests
    # "والذي أكد عبر اتصالات بينه وبين الشرفيين والإدارة الهلالية أن رأيه مع الأغلبية دون تحيز" (relative subject:
    # null, claims-gold's "والتي اعتبرت", blind3's "والذي بيّن"; the means "عبر اتصالات ..." left out). Not claims:
    # "حسب الإتفاقية الموقعة بين الناديين" (an agreement's terms, "according to" a non-source, blind4's "بحسب نظام
    # فيفا"), "حيث اشترطت الإدارة الهلالية على الشرفيين ..." (a stipulation, blind8's "اشترط المصنع"), "لمناقشة
    # عدة ملفات" (meeting topics), the sub-headline "الهلال مطالب بأكثر من 10 ملايين ريال ..." and the byline
    8: [("وأكدت", "مصادر  (الرياضي)", "أن مسألة استمرار", "أن رأيه مع الأغلبية دون تحيز", False, False),
        ("والذي |أكد| عبر", None, "أن رأيه", "مع الأغلبية دون تحيز", False, True)],
    # alwatan private hospitals: no claim. "طبقا للتشريعات الجديدة المقرة" (legislation, "according to" a
    # non-source: blind4's "بحسب نظام فيفا", blind5's regulation provisions), "وعلمت "الوطن" بأن التشريعات أعطت
    # ..." (the outlet's own voice with a verb of learning and no source named: blind8's "وفيما علمت "الوطن" أن",
    # unlike blind9's "وعلمت «عكاظ» من مصادرها الخاصة"), "التشريعات أعطت"، "يأمر"، "التي يراها" (provisions,
    # orders, discretion)
    9: [],
    # alweeam Makkah visiting hours: "وبين الناطق الإعلامي لصحة مكة المكرمة عبدالوهاب شلبي بأن ..." (content to
    # the closing parenthesis of the timetable, "عصرا)"); "وأشار شلبي إلى ان ..." to "الأوقات السعيدة", before the
    # prayer "سائلاً الله تعالى أن ..." (not a claim). Not claims: "اعتمد ... أوقات الزيارة" (an approval, an act),
    # the link line "رابط الخبر بصحيفة الوئام: ..." (the headline, never annotated)
    10: [("وبين", "الناطق الإعلامي لصحة مكة المكرمة عبدالوهاب شلبي", "بأن أوقات الزيارة", "الى الرابعة عصرا)",
          False, True),
         ("وأشار", "شلبي", "إلى ان تعديل", "في مثل هذه الأوقات السعيدة", False, True)],
    # alyaum OPEC: "قال مندوبان بمنظمة البلدان المصدرة للبترول (أوبك) اليوم الاثنين إن ..." (anonymous delegates:
    # named=false, blind4's "مسؤول كبير في بنك بيريوس"; the time adverb left out); "نقلت وكالة الأنباء الجزائرية عن
    # وزير الطاقة صالح خبري قوله إن ..." (cue نقل, speaker who said it, claims-gold); "وقال مندوب بالمنظمة "..."" (direct)
    # and "وصرح مندوب ثان بأنه ..." (named=false; the cue glued after '".'); "يستبعد مسؤولون من بينهم الأمين العام
    # للمنظمة عبد الله البدري احتمال خفض الإنتاج" (ruling out = an opinion/prediction, the converse of the first
    # set's "رجّحت"; content the object; the PP "من بينهم ..." kept in the speaker, named=true: a group that
    # includes a named official, see SOURCE-blind13.txt) and "وقالوا إنهم يتوقعون أن ..." (coordinated, null; its
    # "يتوقعون" is the same speakers' expectation restated in their own statement, part of its content and not a
    # second claim, as blind4's "لا أتوقع" inside the quote); "لكن محافظ البنك المركزي حذر من ..." (a warning,
    # blind9/blind10; the Algerian governor, identified by title: named=true). Not claims: "التي طالبت من قبل
    # بخفض الإمدادات" (a demand), "الذين تساورهم الشكوك" (doubts, no reporting verb, blind9's "مخاوف"), "ولم تظهر
    # السعودية ... أي دلالات" (negated, non-verbal), "رغم ضغوط خبري لخفض الإنتاج" (pressure, a demand)
    11: [("قال", "مندوبان بمنظمة البلدان المصدرة للبترول (أوبك)", "إن المنظمة", "في ديسمبر كانون الأول", False,
          False),
         ("نقلت", "وزير الطاقة صالح خبري", "إن المشاورات", "منذ يناير كانون الثاني", False, True),
         ("وقال", "مندوب بالمنظمة", "\"لا يوجد مقترح", "اجتماع طارئ\"", True, False),
         ("وصرح", "مندوب ثان", "بأنه ليس ثمة", "من ديسمبر كانون الأول", False, False),
         ("يستبعد", "مسؤولون من بينهم الأمين العام للمنظمة عبد الله البدري", "احتمال خفض الإنتاج",
          "احتمال خفض الإنتاج", False, True),
         ("وقالوا", None, "إنهم يتوقعون", "إلى دعم الأسعار", False, True),
         ("حذر", "محافظ البنك المركزي", "من تناقص", "منخفضة لفترة طويلة", False, True)],
    # alriyadh election observers: "رحبت اللجنة العامة للانتخابات البلدية بالتعاون مع المؤسسات ..." is a bare
    # welcome (an act, blind9/blind10/blind11), but the coordinated "وأبدت استعدادها لتقديم كافة التسهيلات ..." is a
    # verb of expression + stance noun (blind4/blind6/blind11/blind12's "أبدى"): a claim, null (coordinated verb with
    # an elided subject, blind7/blind8/blind11/blind12, also after a non-claim verb as blind11's "وأشاد ... وأضاف").
    # "وأوضح المتحدث الرسمي ... م. جديع بن نهار القحطاني أن نظام المجالس البلدية نص على ..." with "وقال إن ..."
    # (null); "وأضاف م. جديع أن اللائحة ... أعمالها"" (content to the closing quote of the regulation's text it
    # cites; the quoted part only a fragment: direct=false); "وأشار م. القحطاني إلى أن اللائحة نصت على أنه ...".
    # The regulation's provisions inside the contents ("نص على"، "شددت على"، "ونصت على"، "لم يتطرق") are not claims
    # (blind5: a rule's provisions, whatever the verb); "داعياً الجمعيات ... للتنسيق" is an appeal
    12: [("وأبدت", None, "استعدادها", "للقيام بدورها", False, True),
         ("وأوضح", "المتحدث الرسمي لانتخابات أعضاء المجالس البلدية م. جديع بن نهار القحطاني", "أن نظام",
          "على مراقبة الانتخابات", False, True),
         ("وقال", None, "إن النظام", "انتخابات محلية", False, True),
         ("وأضاف", "م. جديع", "أن اللائحة شددت", "لأداء أعمالها\"", False, True),
         ("وأشار", "م. القحطاني", "إلى أن اللائحة", "واللجان المحلية للانتخابات", False, True)],
    # aawsat Mobily: "قال علي سليمان الدخيل مدير عام التسويق «إن موبايلي ... المتعددة»" (entirely quoted: direct;
    # "معززين ذلك" and "وفق رغبات شرائح العملاء" inside are not reporting). Not claims: "وذلك يعتبر قيمة مضافة"
    # (passive), "علما بأن" (editorial), the offers' description
    13: [("قال", "علي سليمان الدخيل مدير عام التسويق", "«إن موبايلي", "شرائح العملاء المتعددة»", True, True)],
    # aleqtisadiya Asir emir: "وأكد الأمير فيصل بن خالد في حديث له أثناء اللقاء أن ..." ("في حديث له" not counted
    # again) and "وبين أن ما حدث بالأمس ... الشيطانية" (coordinated, null; ends before the prayer "داعياً الله");
    # "من جانبه، أوضحت المديرية العامة للشؤون الصحية في منطقة عسير أن ..." (the PP kept); "وبين سعيد بن عبدالله
    # النقير، الناطق الإعلامي لـ "صحة عسير" أنه ... مستقرة، ولله الحمد" (apposition kept with its quotes, inside a
    # longer phrase; the formula kept at the end of the content, blind5). Not claims: "استقبل" (an act), "مثمنا دور
    # رجال الأمن" (commendation = praise, as "منوها بـ" of blind2/blind6), "داعياً الله" (prayer), "تناول الجميع"
    14: [("وأكد", "الأمير فيصل بن خالد", "أن رجال الأمن", "بأمن هذا البلد", False, True),
         ("وبين", None, "أن ما حدث", "وأفكارها الشيطانية", False, True),
         ("أوضحت", "المديرية العامة للشؤون الصحية في منطقة عسير", "أن عدد المصابين", "بلغ 19 حالة", False, True),
         ("وبين", "سعيد بن عبدالله النقير، الناطق الإعلامي لـ \"صحة عسير\"", "أنه لم يتبق", "ولله الحمد",
          False, True)],
    # was (SPA) Passports: no claim. "أنهت ... إجراءات تصحيح أوضاع" (an act), "ودعت الجوازات ... إلى سرعة
    # الاستفادة" (an appeal), the dateline, "// انتهى //" and the time line
    15: [],
    # 3alyoum Asir mosque bombing: "وصرح المتحدث الأمني بوزارة الداخلية اللواء منصور التركي أنه ..." and "وأشار
    # التركي إلى أنه عثر ... المختصة" ("يعتقد أنها" inside is passive); "بدورها أعلنت مستشفيات المنطقة حالة استنفار
    # لاستقبال المتبرّعين بالدم، وإسعاف المصابين" -- claims-gold's "وأعلنت عدد من الجهات المختصة حالة الاستنفار"
    # (content the object NP to the end of its sentence); the hospitals of the named region are a defined set of
    # institutions: named=true (unlike claims-gold's unspecified "عدد من الجهات المختصة"). Not claims: the byline,
    # "أقدم انتحاري على تفجير نفسه" (an act), the tag line "سمات ..."
    16: [("وصرح", "المتحدث الأمني بوزارة الداخلية اللواء منصور التركي", "أنه أثناء قيام", "إصاباتهم بالغة", False,
          True),
         ("وأشار", "التركي", "إلى أنه عثر", "الجهات الأمنية المختصة", False, True),
         ("أعلنت", "مستشفيات المنطقة", "حالة استنفار", "وإسعاف المصابين", False, True)],
    # aljazirah Asir paragliding: "أعلن أمين منطقة عسير صالح القاضي ترسية مشروع ... والبدء في تنفيذه قريبا"
    # (content the object NPs); "أكد مدير عام الهيئة العامة للسياحة والتراث الوطني أمين عام مجلس التنمية السياحية
    # بالمنطقة المهندس محمد العمرة سعادته بنجاح البطولة ..." (reporting verb + stance noun, blind3/blind4; content to
    # the end of its clause); "مشيرا إلى أنها جذبت ..." (null, after a claim); "وأضاف: «أن البطولة ...»" (null;
    # colon and quotes: direct); "مشددا على الحرص على تطويرها ..." (null; شدد على + NP, claims-gold). Not claims:
    # "جاء ذلك خلال رعايته" (refers back to the announcement, no content of its own), "يشار إلى أن" (editorial, as
    # "تجدر الإشارة"), "مشيدا بجهود" (praise), "ويضم النادي:" (a description)
    17: [("أعلن", "أمين منطقة عسير صالح القاضي", "ترسية مشروع", "في تنفيذه قريبا", False, True),
         ("أكد", "مدير عام الهيئة العامة للسياحة والتراث الوطني أمين عام مجلس التنمية السياحية بالمنطقة المهندس "
          "محمد العمرة", "سعادته بنجاح", "للعام الرابع على التوالي", False, True),
         ("مشيرا", None, "إلى أنها جذبت", "وأهالي المنطقة", False, True),
         ("وأضاف", None, "«أن البطولة", "كافة الرغبات»", True, True),
         ("مشددا", None, "على الحرص", "في الأعوام المقبلة", False, True)],
    # okaz Taiz: "أكد نقيب الأطباء في تعز الدكتور صادق الشجاع أن ..."; "وقال «شجاع» في تصريحات لـ «عكاظ»: إن ..."
    # (speaker quoted as a whole, spanned without the marks, blind1/blind10; colon + complementizer: direct; "في
    # تصريحات" not counted again) -- its content runs over the full stop into the verbless "وفي اليوم التالي مدنيان
    # و12جريحا، بينهم أطفال ونساء" (the continuation of his list of casualties, blind3's NWC, blind11/blind12);
    # "مبينا أنه ..." (null, after a claim). "واعتمد الحوثي سياسة قتل المدنيين ... من خلال عمليات التزييف الإعلامي
    # واتهام المقاومة بارتكاب القتل" IS a claim: the reporting noun of an accusation (blind4's accusations, blind5's
    # "بسبب اتهامه لها باختلاس"), its agent the overt subject of the governing verb in the same clause (blind3's "عاد
    # كونديرا ليصف", blind12's "دفع بنك إنجلترا للإعلان"); content from بـ (blind4)
    18: [("أكد", "نقيب الأطباء في تعز الدكتور صادق الشجاع", "أن جرائم الحوثي", "بين قتيل وجريح", False, True),
         ("وقال", "«|شجاع|»", "إن ميليشيا الحوثي", "بينهم أطفال ونساء", True, True),
         ("مبينا", None, "أنه يجري", "نجاحات على الأرض", False, True),
         ("واتهام", "واعتمد |الحوثي| سياسة", "بارتكاب القتل", "بارتكاب القتل", False, True)],
    # alwatan column "وكأننا ندور في حلقة مفرغة": no claim. "قرأت موضوعين أحدهما بعنوان (...) ... والآخر بعنوان ..."
    # (headlines read by the columnist, no reporting verb: blind11's sub-headlines), "مثل ما أشرت إليه"، "أقول ..."،
    # "هنا أقول يا أيها المسؤولون" (present authorial voice, the first set's "وأقول:"), "يناقشون نقص الأطباء"، "فكيف
    # يناقش هؤلاء" (topics), "لا أحد ينكر" (generic), "الذي يدعو إليه ولي الأمر" (an appeal), "وإذا علم أن" (passive)
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind13.jsonl")
