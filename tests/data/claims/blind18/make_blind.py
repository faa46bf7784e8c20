"""Build claims-blind18.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261242) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind17.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind18.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind17/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks as written (the shadda and fatha of "وجَّه", the tanwin of "صالحاً"، "نافعاً"،
"قائدًا"، "ذهنياً", the stray quote marks of 'صحيفة "ديلي ميل "البريطانية"' and of 'لفرع " واعي "بالرياض', the
spellings "اعلام"، "اضافت"، "الاطفاء"، "دي. بي. دي" and the typo "لتأكد").
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
    # alweeam Madinah prisons' family house: "وقالت مديرة الإدارة العامة للإشراف النسوي بالمديرية العامة للسجون نوف
    # بنت محمد العتيبي إن ..." (title before the name kept), "وأضافت العتيبي أنه من ضمن ... وأن البرنامج يهدف ...
    # وعلى أسرته وأطفاله" (to the end of its sentence, the quoted programme name and the passive "الذي تم افتتاحه"
    # inside; direct=false), "وأكدت أن البيت العائلي سيوفر ... نافعاً لمجتمعه" (coordinated, elided subject: null,
    # blind7/blind8/blind11-blind17) and "وأشارت مديرة الإدارة العامة للإشراف النسوي بالمديرية العامة للسجون إلى
    # أن ... برفقتهم" (the title alone names the identified director: named=true; the حيث clause kept,
    # blind13/blind15/blind16). Not claims: "دشنت المدرية العامة للسجون" (an act), "تم تأثيثها" (passive), the
    # link line "رابط الخبر بصحيفة الوئام: ..." (blind10-blind17)
    0: [("وقالت", "مديرة الإدارة العامة للإشراف النسوي بالمديرية العامة للسجون نوف بنت محمد العتيبي",
         "إن المديرية", "صالحاً لمجتمعه", False, True),
        ("وأضافت", "العتيبي", "أنه من ضمن", "أسرته وأطفاله", False, True),
        ("وأكدت", None, "أن البيت العائلي", "نافعاً لمجتمعه", False, True),
        ("وأشارت", "مديرة الإدارة العامة للإشراف النسوي بالمديرية العامة للسجون", "إلى أن الإدارة", "برفقتهم",
         False, True)],
    # was oil prices: no claim. Market figures told by the agency with no source ("ارتفعت"، "وارتفع"، "وزاد"،
    # "تراجع"; "بسبب عطل في مصفاة" a cause, blind16's was bourse), the dateline, "// انتهى //" and the time line
    1: [],
    # 3alyoum Iniesta captain: "اختار لاعبو برشلونة ... خلفًا لتشافي المنتقل إلى السد القطري بحسب “دي. بي. دي”" --
    # content before the cue, the whole sentence with its first word (blind2's rule, blind7/blind9/blind10/blind12;
    # the byline "عمر إبراهيم – عين اليوم" left out); speaker the agency quoted as a whole, spanned without its
    # marks (blind1/blind10/blind12's "سكاي نيوز"), named=true. "وقال النادي الكاتالوني أمس الثلاثاء على موقعه
    # الرسمي إن لاعبي الفريق صوتوا ... قائدًا رابعًا" (time adverb and means between cue and content left out).
    # Not claims: "وينتظر أن يوافق الجهاز الفني" (impersonal, blind3/blind11), "يذكر أن" (editorial), the tag line
    # "سمات ..."
    2: [("بحسب", "“|دي. بي. دي|”", "<اختار لاعبو", "إلى السد القطري", False, True),
        ("وقال", "النادي الكاتالوني", "إن لاعبي", "قائدًا رابعًا", False, True)],
    # aleqtisadiya car found after 22 years: "وذكرت صحيفة "بيلد"، التي تصدر بلغة الأفريكانز، إن ديريك جوسن ... تلقى
    # اتصالا هاتفيا من ضابط الشرطة، كواكوا نتوكولا، قبل أسبوعين يبلغه بالعثور على سيارته وهي تويوتا كورولا 1988
    # رمادية اللون" (quotes inside the speaker phrase kept, the relative left out; to the end of its sentence -- the
    # final "وهي تويوتا ..." identifies the story's car, part of the report, not a writer's gloss of general
    # knowledge as blind6/blind7/blind10's "وهو ..."; decided here) nests "يبلغه بالعثور على سيارته ... رمادية
    # اللون" (أبلغ + بـ, blind14's "أبلغتاها بأنهما"; cue with its object clitic; the subject of يبلغه is a pronoun
    # and the officer stands only in the PP "من ضابط الشرطة" of تلقى, whose subject is Jossen: null, as blind6's
    # "وبعد التحقق من قبل الرئيس العام رأى أن"; decided here). "وكان جوسن قد أبلغ عن سرقة السيارة في عام 1993"
    # (a report to the police, blind3/blind14's "أبلغ ... عن"; cue the verb after وكان ... قد, blind12-blind14,
    # blind17; content from عن, the time adverb of the report left out, blind7/blind11/blind15) and "وأبلغ جوسن
    # الصحيفة "سأقوم ... في حالة رائعة." (the addressee left out; a quotation that never closes: direct, content
    # from the opening mark to "رائعة", final stop excluded, blind2/blind3/blind14-blind16). Not claims: "لم يصدق
    # رجل ... أن سيارته ... ستعود إليه" (disbelief, a cognitive verb, blind5's "يظن"), "بعد أن اكتشفت أن رقم
    # المحرك جرى العبث به" (the police's finding on the car, not a statement: blind4's "وجدت الحالة عبارة عن"),
    # "وعثرت عليها الشرطة"، "وتحفظت عليها"، "وتمكن نتوكولا من إعادة تجميع الرقم وتوصل ... إلى مالكها" (acts)
    3: [("وذكرت", "صحيفة \"بيلد\"", "إن ديريك", "رمادية اللون", False, True),
        ("يبلغه", None, "بالعثور", "رمادية اللون", False, True),
        ("أبلغ", "جوسن", "عن سرقة السيارة", "عن سرقة السيارة", False, True),
        ("وأبلغ", "جوسن", "\"سأقوم", "حالة رائعة", True, True)],
    # alriyadh coffee and breast cancer: "خلص باحثون سويديون إلى أن القهوة ... بسرطان الثدي" (a finding, blind6's
    # "وخلصت إلى", blind14's "وتوصل الباحثون"), "وذكرت صحيفة "ديلي ميل "البريطانية" في عددها الصادر امس الثلاثاء
    # أن الباحثين حللوا ... القهوة والشاي" (the speaker as written, its stray glued quote mark kept; "في عددها ..."
    # left out), "وخلص الباحثون إلى أن السيدات ... أو كوبين فقط", "وتوصل الباحثون أيضا إلى أن السيدات ... لا يتناولن
    # الشاي", "وقال الباحثون إنهم لا يفهمون تماما الآليات المسؤولة عن ذلك" (ends before "، ولكنهم أضافوا", a new
    # verb with its own content) and "ولكنهم أضافوا ان هناك نظرية ... إلى الإصابة بالسرطان" (pronoun subject:
    # null; the mid-content "وهي أنها تحتوي ..." kept, blind8/blind9/blind16). The Swedish researchers are
    # identified by no institution, author or journal (the newspaper is only the relay): "باحثون سويديون" and the
    # anaphoric "الباحثون" named=false (blind16's "علماء"/"العلماء", blind9/blind11; unlike blind7/blind14's
    # researchers named by their universities)
    4: [("خلص", "باحثون سويديون", "إلى أن القهوة", "بسرطان الثدي", False, False),
        ("وذكرت", "صحيفة \"ديلي ميل \"البريطانية\"", "أن الباحثين", "القهوة والشاي", False, True),
        ("وخلص", "الباحثون", "إلى أن السيدات", "أو كوبين فقط", False, False),
        ("وتوصل", "الباحثون", "إلى أن السيدات", "لا يتناولن الشاي", False, False),
        ("وقال", "الباحثون", "إنهم لا يفهمون", "المسؤولة عن ذلك", False, False),
        ("أضافوا", None, "ان هناك نظرية", "الإصابة بالسرطان", False, True)],
    # okaz Lahij and Aden: "وأوضحت مصادر ميدانية لـ«عكاظ»، أن ..." (the addressee and the comma before أن left out),
    # "مبينة بأن حالة الانهيار ... كبيرة جدا" (null, after a claim), "أفادت مصادر محلية أن حسم المعارك ... بات
    # وشيكا" (the fronted PP "وفي جبهة لودر بمحافظة أبين" left out), "متوقعة أن تشهد ... في عدد من الجبهات" (null),
    # "وقالت مصادر محلية: إن المقاومة ... مقتل خمسة حوثيين" (colon + complementizer: direct, blind3/blind4/blind16),
    # "أفصحت مصادر طبية لـ«عكاظ»، عن سقوط خمسة قتلى ... مدينة عدن الشمالية" (أفصح عن = disclosed, as كشف عن;
    # content from عن), "توقعت مصادر إعلامية يمنية في العاصمة صنعاء، حدوث انشقاقات في تحالف الحوثي وصالح" (the
    # locating PP kept in the speaker, blind4/blind16; content the object NP) and "كاشفة عن اشتباكات ... حتى
    # اللحظة" (null; the passive "لم تعرف نتائجها" inside). All the sources are anonymous: named=false (blind2/
    # blind9/blind16's "مصادر ..."). Not claims: "نجح الجيش ..."، "قتل خمسة ..."، "أفشلت طائرات التحالف ..." (events
    # told by the writer)
    5: [("وأوضحت", "مصادر ميدانية", "أن مواجهات", "الحوثي الانقلابية", False, False),
        ("مبينة", None, "بأن حالة", "كبيرة جدا", False, True),
        ("أفادت", "مصادر محلية", "أن حسم", "بات وشيكا", False, False),
        ("متوقعة", None, "أن تشهد", "عدد من الجبهات", False, True),
        ("وقالت", "مصادر محلية", "إن المقاومة", "مقتل خمسة حوثيين", True, False),
        ("أفصحت", "مصادر طبية", "عن سقوط", "مدينة عدن الشمالية", False, False),
        ("توقعت", "مصادر إعلامية يمنية في العاصمة صنعاء", "حدوث انشقاقات", "الحوثي وصالح", False, False),
        ("كاشفة", None, "عن اشتباكات", "حتى اللحظة", False, True)],
    # aljazirah column on Arab writers in the Gulf: no claim. "ولا يجد حرجا في أن يتحدث عن ذلك في مقالاته" is a
    # topic of talk (blind2's "يتحدثون إليه عن رفضهم التفتيش"، "ما يتحدث عنه قياديوها", blind3/blind15/blind17),
    # its only object the anaphoric "ذلك", in the columnist's characterisation of a habit -- not blind9/blind13's
    # statement about one's own act ("حديثه عن انتمائه"، "متحدثا عن «عمل تنكيلي» نفذته قواته"); likewise "يتحدثون عن
    # شؤوننا بما يوحي بأنهم" and "الحديث بما يشبه الإيجابية عن بشار الأسد" (a topic; near-praise). "ممن يطلق عليهم"
    # (naming, passive), "وغني عن القول إن" (a formula), "ويخيل للبعيد ... أن" (impression, passive), "الواقع يقول"،
    # "الشواهد تشير إلى أنه" (non-source subjects, blind2's "المنطق يقول"), "لا زال يؤمن بالتفوق"، "ينظر للخليج على
    # أنه ماكينة صراف آلي" (generic belief, blind10/blind14), "كما أوهمنا" (deceiving, an act), "فقد اعتقدت ...
    # أنه يعاني من الخرف" (the columnist's past belief, a cognitive verb, blind5/blind9), "بل رأي معظم من حضر" (a
    # noun of opinion without a verb of expression, blind9's "مخاوف", blind15), "وكل ما نقول هو أن"، "نتمنى ذلك"
    # (present authorial voice, the first set's "وأقول:"), the list of the writer's other articles
    6: [],
    # sabq Panenka penalty: no claim. Acts told by the writer ("فشل"، "وحاول ... أن يُسجل"، "فَانْبَرَى"، "وعاقب"),
    # "يُذكر أن" (editorial), "اشتهرت باسم" (naming), the byline "محمد أبو شعر- سبق:"
    7: [],
    # alyaum column "عندما نتحدث عن الوطن": no claim. The columnist's present voice ("لست نشازاً"، "وعندما أتحدث عن
    # أحدهم"، "هو ما نوهت عنه في مقدمة هذا المقال" -- this very article, blind13's "ما أشرت إليه"، "فلا أرى موجباً"),
    # and generic characterisations of "الكاتب" (blind7's "كل نادٍ يبرر شكواه بان", blind14): "متأملاً أنه يكتب
    # وصفة علاجية"، "ذاك القسم الذي يراود الكاتب لتبرئة نفسه وانه يحب الوطن" (the typical writer's oath, its أنه
    # clause coordinated with a purpose), "يدبجها بـ قابلت، هاتفت، اجتمعت، تلقيت" (words mentioned), "أنه دوَن
    # تطلعاتهم وعبر عن أحاسيسهم" (a generic consequence; the readers' feelings), rhetorical questions
    8: [],
    # almadina "الحرمان الشريفان" magazine: no claim. "أصدرت الرئاسة العامة ... العدد الخامس" (publication, an act),
    # "وجاء غلاف العدد بصورة ... وبعنوان «...»" (a cover title without a reporting verb, blind11/blind13/blind14's
    # headlines), "واشتمل العدد على العديد من الموضوعات، ومنها: ..."، "كما اشتمل العدد على حوار خاص" (a
    # publication's contents, blind11's "واشتملت على", blind17's "وتضمن الإعلان ... ومن بينها:"; unlike blind17's
    # ذكر over a list), "تناولها العدد" (topics)
    9: [],
    # alwatan Yemeni government on Saleh: "أكدت الحكومة اليمنية أن صالح هو أساس المشكلات ... وعطل عجلة التنمية
    # فيها" (the fronted "في رد سريع على تطاول ... ودعوته إلى تقديمها للمحاكمة" left out: an insult and an appeal,
    # not claims; "رد" not counted again); "وقال المتحدث باسم الحكومة اليمنية راجح بادي، في تصريحات صحفية، إن
    # "الخائن ... العالم أجمع." (statement entirely quoted after the complementizer, its quotation never closed:
    # direct, blind2/blind10; to the end of the paragraph, final stop excluded; "في تصريحات" not counted again).
    # "وقلل راجح مما اعتبره محاولات للوقيعة ..." -- downplaying a target NP with no content clause is not a claim
    # (blind10's "وشكّك معلقون ... في حلول الأجهزة الأمنية"), the relative "اعتبره" inside its PP is (blind6's
    # "احتج ... على ما اعتبره ممارسات": null, content the complement to the end of its clause), and "مشددا على أنه
    # لا توجد دولة ... بما في ذلك إيران" takes the overt subject "راجح" of the non-claim قلل (blind5/blind7/blind8/
    # blind10-blind17, the latest rule). Reactions: "حيث وصفه كثيرون بأنه أصل البلاء" (وصف, content from بـ),
    # "فيما أشار آخرون إلى أن ..." (cue without فيما, blind13/blind14), "كما دعا آخرون ... إلى تجميد أرصدته"
    # (appeal, not a claim) whose participle "مؤكدين أن تصريحاته ..." takes "آخرون"; "وكان صالح قد طالب ...
    # بمراجعة موقفها" (a demand) with "قائلا إنه يشفق على هذه الدولة من هذه المشاركة" (قائلا after a non-claim verb
    # is the cue and takes its overt subject, blind7/blind9/blind11); "إلا أن إماراتيين رفضوا كلماته، وطالبوه
    # بتوفير نصائحه لنفسه" -- rejecting advice and demanding are not claims (the first set's "رفض اقتراح البرنامج";
    # unlike blind12's rejected accusations), and the participles "مشيرين إلى أنه لو كان ..." and "مؤكدين أن
    # العقود الأربعة ..." follow the coordinated "وطالبوه", whose subject is elided: null (blind8's "ودعا إلى ...،
    # مشيرا"; the second after a claim anyway); "اتهم آخرون صالح بأنه يعاني ..." (accusation, blind4), "مشيرين إلى
    # أنه بات طريدا ... في كرسي الحكم" (null; "يتوعد ويهدد" inside) and "وأضافوا أن تلك الحالة ... لفظتهم شعوبهم"
    # (null). "كثيرون"، "آخرون" are unidentified: named=false (blind16's "عدد من المغردين"). Not claims either:
    # "تصريحات المخلوع ضد الرئيس ... ردود أفعال واسعة" (nouns without content, reactions, blind3/blind4),
    # "اعترفت بالانقلاب" (recognition, inside the content)
    10: [("أكدت", "الحكومة اليمنية", "أن صالح", "عجلة التنمية فيها", False, True),
         ("وقال", "المتحدث باسم الحكومة اليمنية راجح بادي", "إن \"الخائن", "العالم أجمع", True, True),
         ("اعتبره", None, "محاولات للوقيعة", "في عاصمة الحزم", False, True),
         ("مشددا", "راجح", "على أنه لا توجد", "بما في ذلك إيران", False, True),
         ("وصفه", "كثيرون", "بأنه أصل البلاء", "بأنه أصل البلاء", False, False),
         ("أشار", "آخرون", "إلى أن مصيره", "ضد الشعب اليمني", False, False),
         ("مؤكدين", "دعا |آخرون|", "أن تصريحاته", "من دخول البلاد", False, False),
         ("قائلا", "وكان |صالح| قد", "إنه يشفق", "هذه المشاركة", False, True),
         ("مشيرين", None, "إلى أنه لو كان", "الشعب الواحد", False, True),
         ("مؤكدين", None, "أن العقود", "على مدار تاريخه", False, True),
         ("اتهم", "آخرون", "بأنه يعاني", "من النرجسية", False, False),
         ("مشيرين", None, "إلى أنه بات", "في كرسي الحكم", False, True),
         ("وأضافوا", None, "أن تلك الحالة", "لفظتهم شعوبهم", False, True)],
    # aawsat Tokyo plane crash: "اعلنت وسائل اعلام محلية يابانية، ان ثلاثة اشخاص قتلوا ... في المنطقة" (named=false,
    # blind5/blind9's "وسائل إعلام ..."; the consequence "ما أدى الى ..." kept to the end of the sentence); "وقالت
    # قناة "ان اتش كي" العامة ان ..." (quotes inside the phrase kept); "واضافت القناة نقلا عن الشرطة، ان ..." --
    # two claims with one content (blind7's "وقالت صحيفة ... نقلا عن مدير المتجر أن"; "الشرطة" named=true, blind7/
    # blind10); "وصرح ناطق باسم فرق الاطفاء في طوكيو، انه تم انقاذ ثلاثة اشخاص" (named=true, the first set's
    # "متحدث باسم ...") and "موضحا انه "لا يملك ... عن وضعهم"" (null; everything after the complementizer quoted:
    # direct, blind2/blind13); "وقال مصور لوكالة الصحافة الفرنسية كان في المكان، انه ..." (the agency is his
    # employer, kept in the speaker; the relative left out; an anonymous photographer: named=false, blind12's
    # "شاهد"، "عامل إسعاف") and "وأضاف ان ذيل الطائرة ..." (null); "وأوضحت وكالة الانباء اليابانية (جيجي برس) ان ..."
    # (parenthesis kept, blind6/blind9/blind13); "وقالت سيدة شهدت الحادث لوكالة الصحافة الفرنسية "..."" (relative
    # and addressee left out; named=false; direct); "وقال ناطق باسم فرق الاطفاء ان الحادث اسفر ... عن المطار. كما
    # تضررت اسطح منازل اخرى" (over the full stop: "كما" continues the same tally of damage, blind4's "كما يساهم",
    # blind6's "كما أن", blind7's "كما أنه"; the relative "الذي يبعد ..." kept); "وصرح شاهد من سكان الحي للقناة "..."
    # (PP kept in the speaker, addressee left out; named=false; direct); "وكانت الطائرة الصغيرة متوجهة ... يوما
    # واحدا، كما قالت وسائل الاعلام اليابانية" (content before the cue, the whole sentence with its first word;
    # cue "كما قالت", blind7); "وقال جيجي كوتارو سوناغو رجل الاعمال البالغ من العمر 32 عاما "..."" (the name as
    # written with its apposition; the age descriptor left out, blind2/blind15; direct). Not claims: "وبثت قنوات
    # التلفزة مشاهد تظهر فيها ..." (footage, blind5/blind8/blind9), "اعتقدت اولا"، "اعتقدت ان" (inside the quotes)
    11: [("اعلنت", "وسائل اعلام محلية يابانية", "ان ثلاثة", "في المنطقة", False, False),
         ("وقالت", "قناة \"ان اتش كي\" العامة", "ان الطائرة", "لمدينة طوكيو", False, True),
         ("واضافت", "القناة", "ان اثنين", "خمسة أشخاص آخرين", False, True),
         ("نقلا عن", "الشرطة", "ان اثنين", "خمسة أشخاص آخرين", False, True),
         ("وصرح", "ناطق باسم فرق الاطفاء في طوكيو", "انه تم انقاذ", "ثلاثة اشخاص", False, True),
         ("موضحا", None, "انه \"لا يملك", "عن وضعهم\"", True, True),
         ("وقال", "مصور لوكالة الصحافة الفرنسية", "انه شاهد", "باخماد النيران", False, False),
         ("وأضاف", None, "ان ذيل", "تضررت بالصدمة", False, True),
         ("وأوضحت", "وكالة الانباء اليابانية (جيجي برس)", "ان الراكبين", "واحد المسافرين", False, True),
         ("وقالت", "سيدة", "\"عندما", "دخانا كثيفا\"", True, False),
         ("وقال", "ناطق باسم فرق الاطفاء", "ان الحادث", "منازل اخرى", False, True),
         ("وصرح", "شاهد من سكان الحي", "\"اعتقدت", "علو منخفض\"", True, False),
         ("كما قالت", "وسائل الاعلام اليابانية", "<وكانت الطائرة", "يوما واحدا", False, False),
         ("وقال", "جيجي كوتارو سوناغو رجل الاعمال", "\"اقيم", "غير عادي\"", True, True)],
    # arriyadiyah handball draw: "علق رئيس الاتحاد السعودي لكرة اليد تركي الخليوي على قرعة البطولة قائلاً :
    # "اعتقد ان ... البطولات "" is ONE claim with the cue "علق" (commented, a verb of saying whose only content is
    # the quote introduced by قائلاً: blind2's "وأوضح ... قائلاً"، blind9's "وأجابت ... قائلة"; "على قرعة البطولة"
    # is its topic, not a content clause, so not blind12's "ويرى ريس أن ... قائلاً" -- decided here, no earlier
    # "علق"); direct, content from the opening to the closing mark after its space (blind10/blind11). Not claims:
    # "جاء ذلك خلال" (refers back), "وذلك حسب تصنيف المنتخبات" (a ranking, a non-source), "يذكر أن"، "بطلب من
    # الاتحاد الدولي" (a request)
    12: [("علق", "رئيس الاتحاد السعودي لكرة اليد تركي الخليوي", "\"اعتقد", "البطولات \"", True, True)],
    # was "واعي" course: "وأوضح المدير التنفيذي لفرع " واعي "بالرياض عبدالعزيز بن عبدالله الرويغ أن ..." (the inner
    # quotes kept as spaced, blind9/blind12) and "مشيراً إلى أن من أهداف هذه الدورة ... لتأكد من تحقيق أهدافها"
    # (null; no punctuation closes the أن clause: to the end of its sentence, blind8's aleqtisadiya; the typo
    # "لتأكد" as written). Not claims: "اختتمت"، "قدمها" (acts), "وتمحورت موضوعات الدورة ... عن كيفية إدارة
    # الأسرة" (topics), "يذكر أن" (editorial), the dateline, "// انتهى //" and the time line
    13: [("وأوضح", "المدير التنفيذي لفرع \" واعي \"بالرياض عبدالعزيز بن عبدالله الرويغ", "أن برنامج",
          "ولا سيما الطلاق", False, True),
         ("مشيراً", None, "إلى أن من أهداف", "من تحقيق أهدافها", False, True)],
    # 3alyoum al-Qarni on reporting ISIS sympathisers: "شدد الداعية الدكتور عائض القرني، على وجوب تبليغ الأسر ...
    # إلى الفئة الضالة" (شدد + normative content, blind5/blind6/blind15/blind17; the duty "تبليغ الأسر عن أي فرد"
    # is a norm, not a report made), "لافتاً إلى أهمية أن يصدر خطباء الجمعة فتوى تدين ... وإلى ضرورة الابتعاد ...
    # والمذهبية" (null; both إلى phrases; the fatwa wished for, "تدين ... وتكشف ... وتنوه إلى أن", is hypothetical,
    # blind2's "المفروض أن يُصرح بأن", not a claim), "وقال القرني في اتصال هاتفي أجرته معه قناة “ام بي سي” أمس
    # الخميس، إن ... وفي خندق واحد" (first person "وأن نقف" without quotes: direct=false), "وحذر الأسر من إقبال
    # أبنائهم ... ومشوه ذهنياً" (a warning, blind9/blind10; coordinated: null; the addressee "الأسر" left out) and
    # "مشيراً إلى أنه ينبغي ... ومواجهة الفكر بالفكر" (null). Not claims: the tag line "سمات ...", the byline
    14: [("شدد", "الداعية الدكتور عائض القرني", "على وجوب", "الفئة الضالة", False, True),
         ("لافتاً", None, "إلى أهمية", "والحزبية والمذهبية", False, True),
         ("وقال", "القرني", "إن فكر داعش", "وفي خندق واحد", False, True),
         ("وحذر", None, "من إقبال", "ومشوه ذهنياً", False, True),
         ("مشيراً", None, "إلى أنه ينبغي", "الفكر بالفكر", False, True)],
    # aleqtisadiya commercial concealment: "وجَّه الأمير خالد الفيصل ... والتستر عليها, وذلك بحسب خطاب موجه حصلت
    # "الاقتصادية" على نسخة منه" -- the directive itself is not a claim (blind2's "وجّه", blind11), but "بحسب خطاب
    # موجه" is: the letter is the source of the report, content before the cue (the whole sentence with its first
    # word, blind2's rule), speaker the letter without the relative "حصلت "الاقتصادية" على نسخة منه" (blind12's
    # "وبحسب بيان المنظمة الصحفي الذي تسلمت "الوطن" نسخة منه"; "وذلك" left out, blind7/blind16), named=true (the
    # governor's own letter). "وأوضح الدكتور سمير حسين رئيس لجنة الموارد البشرية في الغرفة التجارية في جدة, أن ..."
    # (apposition kept) and "وقال إن هذا الأمر أدى ... الأرباح الاقتصادية" (null). Not claims: "وكان مجلس الوزراء
    # قد وافق ... على دعم ... وإبلاغ وزارة التجارة" (approval, a decision, blind7/blind13), "وتسعى الوزارات" (the
    # writer)
    15: [("بحسب", "خطاب موجه", "<وجَّه الأمير", "والتستر عليها", False, True),
         ("وأوضح", "الدكتور سمير حسين رئيس لجنة الموارد البشرية في الغرفة التجارية في جدة", "أن سيطرة",
          "بأيد أجنبية", False, True),
         ("وقال", None, "إن هذا الأمر", "الأرباح الاقتصادية", False, True)],
    # alriyadh al-Batin camp: "قدم رئيس الباطن ناصر الهويدي شكره ..." (thanks, an act, blind4/blind8) then "وقال:
    # "..."" (coordinated, elided subject: null, blind11/blind13's "وأشاد ... وأضاف"; direct); "وأبدى الحبيب رضاه
    # التام من نتائج المعسكر" (verb of expression + stance noun, blind14's "وأبدى رودريجيز رضاه عن الأداء"; content
    # the object with its complement) and "وقال: "ركزنا ... في الملعب." (null; a quotation that never closes:
    # direct, content from the opening mark to "الملعب", final stop excluded). Not claims: "وكان مدرب الفريق ... قد
    # منح اللاعبين راحة" (an act)
    16: [("وقال", None, "\"المعسكر", "الدوري\"", True, True),
         ("وأبدى", "الحبيب", "رضاه التام", "نتائج المعسكر", False, True),
         ("وقال", None, "\"ركزنا", "في الملعب", True, True)],
    # arreyadi al-Garouni and Hazazi: no claim. "وضع المدرب ... خالد القروني حدا للغط الدائر ... حول عودة ..." (an
    # act; the fans' talk is a topic), "ويأتي هذا الرفض من قبل الجهاز الفني" (the rejection of a player, a decision,
    # the first set's "رفض اقتراح البرنامج"), "حرصاً منه على"، "ورغبته" (motives, blind6's "انطلاقا من قناعتها"),
    # the byline
    17: [],
    # okaz Gulf markets: "وقال أنس الراجحي (محلل سوق الأسهم): تبدأ الأسواق ... عيد الفطر المبارك" (parenthesis kept
    # in the speaker; colon: direct; to its full stop), "مشيرا إلى أن أسهم الراجحي ... وهذا ما حصل" (null; to the
    # end of its sentence, his first person "وتعودنا" inside) and "وأضاف «...»" (null, direct). The paragraphs
    # "هناك أحقيات وتوزيعات كثيرة ..." and "فنتائج القياديات ... وأضف لها تأثير ميزانية الدولة ..." carry no
    # reporting verb and new subjects: not included (blind2/blind5/blind9/blind12's default; "وأضف لها" is an
    # imperative)
    18: [("وقال", "أنس الراجحي (محلل سوق الأسهم)", "تبدأ الأسواق", "عيد الفطر المبارك", True, True),
         ("مشيرا", None, "إلى أن أسهم", "وهذا ما حصل", False, True),
         ("وأضاف", None, "«المهم", "أو خارجية»", True, True)],
    # aljazirah Qatar's emir receives al-Jubeir: no claim. "نقل معالي وزير الخارجية تحيات خادم الحرمين ...
    # وتمنياتهم لسمو الأمير بموفور الصحة" and "فيما حمله أمير قطر تحياته ... وتمنياته لهم" (greetings and wishes
    # conveyed, a ritual act: blind13's identical "ونقل معاليه ... تحيات"، "فيما حمله ... تحياته"), "كما جرى خلال
    # الاستقبال بحث القضايا" (a meeting's topics, blind11/blind13), "استقبل"، "وأقام ... مأدبة عشاء"، "رافق" (acts)
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind18.jsonl")
