"""Build claims-blind39.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261284) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind38.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind39.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind38/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the tanwin of sabq's "مضيفاً"، "مؤكداً" against the
bare "مؤكدا" of alyaum, the damma of alyaum's "ويُرجع", the guillemets « » of aljazirah and aawsat, the curly
quotes “ ” of 3alyoum, the single curly quotes ‘ ’ of alweeam, the straight quotes of alwatan and sabq).
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
    # aljazirah column on family gatherings: "تحقيقاً لقول الباري «الأقربون أولى بالمعروف»" (a saying cited as God's
    # with the noun "قول", blind27's "في قوله تعالى"، blind36's "مستشهدا بقول الله تعالى:" -- the latest set's over
    # claims-gold's unannotated "امتثالاً لقول الله تعالى" inside a content; cue the noun with its preposition; the
    # whole content in guillemets: direct). Not claims: "ومن المعلوم بداهة أن" (impersonal), "والشواهد كثيرة على
    # تبرؤ العديد من الأسر ... والإعلان عن البقاء على عهد البيعة" (decided here: the columnist's generalisation of
    # evidence, a noun without a cue of its own or a given source's statement, blind5/blind10/blind15/blind38's
    # "الإعلان عن"), "ويعول المختصون ... على دور الأسر" (reliance, a stance), the columnist's proposal and question
    0: [("لقول", "الباري", "«الأقربون", "بالمعروف»", True, True)],
    # okaz Syrian bread campaign: "وأوضح مدير مكتب الحملة بلبنان وليد بن علي الجلال، أن في كل مرحلة ... 250 ألف دولار
    # أمريكي" (the comma after the speaker outside; to the end of the sentence) and "من جانبه، أبان مدير مكتب الحملة
    # بتركيا خالد بن عبدالرحمن السلامة، أن الأفران ... من تبرعات الشعب السعودي" (cue without "من جانبه"). Not
    # claims: "أطلقت الحملة" (an act), "ويأتي البرنامج ..." (the writer)
    1: [("وأوضح", "مدير مكتب الحملة بلبنان وليد بن علي الجلال", "أن في كل مرحلة", "250 ألف دولار أمريكي", False,
         True),
        ("أبان", "مدير مكتب الحملة بتركيا خالد بن عبدالرحمن السلامة", "أن الأفران", "من تبرعات الشعب السعودي",
         False, True)],
    # alwatan column on the Asir mosque bombing: "من وقفوا على اللحظة، وما بعدها على الفور، وصفوا الأجساد الطرية وقد
    # مزقها الانفجار والشظايا" (وصف + object NP, blind8's "وتصف الشابة ... وضعها عندما ..."; the fronted free
    # relative as speaker, claims-gold's "منهم من", blind16's "من أطلعني على بعضها": unidentified witnesses,
    # named=false) and the asyndetic "قالوا إن روائح لحمٍ مشوي ... كريهٍ وأعمى" (elided subject: null, blind24/
    # blind33/blind34). Not claims: "ثم راح الناس يتحدثون عن مصابين، ..." (talk about a topic, blind2/blind18/
    # blind24's "يتحدثون عن"), "الدكتور علي سعد الموسى كتب، في حسابه على تويتر، ... يستفزع الأطباء" (writing
    # without content, an appeal), "كثيرون قاموا بهذا الإعلان" (an anaphoric noun without content), "أعني أن"
    # (the columnist), "الذين بشروا بحماسات القتل" (preaching, no proposition), the closing prayer and curse
    2: [("وصفوا", "من وقفوا على اللحظة، وما بعدها على الفور", "الأجساد الطرية", "الانفجار والشظايا", False, False),
        ("قالوا", None, "إن روائح", "كريهٍ وأعمى", False, True)],
    # 3alyoum Halle orchestra: "وقال المدير التنفيذي جون سامرز، إن هذه السياسة ... و”تسمح لهم ... وفق شروطهم”"
    # (partly quoted, no colon: direct=false, blind5/blind8/blind37), "وأضاف أن “هذه فرصة ... أوركسترا هالي”"
    # (null; أن + a wholly quoted statement: direct, blind10-blind12/blind21/blind28/blind38) and ". بحسب البي بي
    # سي." (an agency credit after a sentence, blind7/blind18/blind23's "بحسب رويترز.": content the preceding
    # sentence with its first word, "وسيقود الأوركسترا ... منذ عامين"). Not claims: "قررت أوركسترا هالي أن" (a
    # decision), "ما يراه مناسباً" (a judgement of the audience), the dateline and the tag line "سمات ..."
    3: [("وقال", "المدير التنفيذي جون سامرز", "إن هذه السياسة", "وفق شروطهم”", False, True),
        ("وأضاف", None, "أن “هذه", "أوركسترا هالي”", True, True),
        ("بحسب", "البي بي سي", "<وسيقود الأوركسترا", "منذ عامين", False, True)],
    # alriyadh new films: no claim (the writer's synopses; "يقدم هنا هجاءً مقذعاً لهوليوود" a work's theme, the first
    # set's "ويكشف الفيلم عن", blind34's play; "عرض هذا الفيلم" passive)
    4: [],
    # sabq Laith hacker: "وأبدى الشاب "تركي" اعتذاره لإدارة "تعليم الليث"، عبر حسابه على "تويتر"؛ جراء ما قام به ...
    # قبل فترة" (أبدى + object NP, blind4-blind37; decided here: what he apologised for is kept, so the channel stays
    # inside the span; ending before the writer's "؛ حيث كانت ..."), "وقال الهاكر "هزازي" في تغريداته إنه بتواصله
    # ... تجاه الإدارة" (the channel left out; the name's quotes kept inside the longer phrase, blind24), "مضيفاً
    # أنه قدّم اعتذاره ... يحتاجونه منه" (null; ending before the thanks "شاكراً", blind37's "موجهة شكرها"), "وبالتواصل
    # مع الناشط الحقوقي ...، علي آل حطاب، أفاد أن قيام تركي ... متفهمة للوضع" (the source only in a PP: null,
    # blind24's sabq "مؤكدين"), nested in it "وقد أبدى أسفه لإدارة التعليم التي كانت بدورها متفهمة للوضع" (null,
    # Turki's regret; to the end of the sentence), "وأكد "آل حطاب" أنه وجد تجاوباً ... بعدم تكرار ذلك" (the name
    # alone in quotes: speaker without them, blind7/blind10/blind17/blind30), nested in it "مدير "تعليم الليث" الذي
    # أبدى استعداده للتنازل عنه ... بعدم تكرار ذلك" (speaker the relative's antecedent, blind35-blind37; blind36's
    # "أبدى ... استعداد الغرفة"), "مؤكداً أن الشاب "تركي" ... وأودع التوقيف" (null), "وأكد مدير "تعليم الليث" مرعي
    # البركاتي أن إدارة التعليم ... الهاكر "تركي"" and "مؤكداً أن "تركي" سيظل ... وإدارة التعليم بالليث" (null).
    # Not claims: "رفعت إدارة "تعليم الليث" تنازلها ... شريطة أن" (an act with a condition), "تقدمت بطلب مقاضاته" (a
    # request), "لما قام بنشره" (publication without content), "قدّم اعتذاره" inside the مضيفاً content (an act),
    # "شاكراً" (thanks), "يُذكر أن" (editorial), the byline and dateline
    5: [("وأبدى", "الشاب \"تركي\"", "اعتذاره", "أنظمتها قبل فترة", False, True),
        ("وقال", "الهاكر \"هزازي\"", "إنه بتواصله", "نيته طيبة تجاه الإدارة", False, True),
        ("مضيفاً", None, "أنه قدّم", "أي شيء يحتاجونه منه", False, True),
        ("أفاد", None, "أن قيام", "متفهمة للوضع", False, True),
        ("أبدى", None, "أسفه", "متفهمة للوضع", False, True),
        ("وأكد", "آل حطاب", "أنه وجد", "بعدم تكرار ذلك", False, True),
        ("أبدى", "مدير \"تعليم الليث\"", "استعداده", "بعدم تكرار ذلك", False, True),
        ("مؤكداً", None, "أن الشاب", "وأودع التوقيف", False, True),
        ("وأكد", "مدير \"تعليم الليث\" مرعي البركاتي", "أن إدارة التعليم", "من قبل الهاكر \"تركي\"", False, True),
        ("مؤكداً", None, "أن \"تركي\"", "وإدارة التعليم بالليث", False, True)],
    # alyaum Paredes book: "ويُرجع المؤلف تيار "الواقعية السحرية" للعرب" (attributing an origin, the first set's
    # "أرجع ... إلى", blind14's "وعزا ذلك إلى": content the object with its complement; an author's view in his book,
    # blind21's "يذكر الكاتب ... في كتابه"; the identified author: named=true) and "ويرى أن حكايات التراث العربي ...
    # كمهاجرين" (coordinated, elided subject: null). Not claims: "أصدر"، "وترجمه"، "واختار"، "فأورد"، "أسس" (acts),
    # "رصد الكتاب التحول الثقافي ..."، "ورصد فيها ظهور العربي"، "كما تطرق الكتاب كذلك إلى ..." (decided here: a
    # work's theme and topics, the first set's "ويكشف الفيلم عن", blind34's play, unlike blind38's media "رصدت"
    # reporting a fact), "ما يمكن أن نسميهم" (a naming by the writer), the biography
    6: [("ويُرجع", "المؤلف", "تيار \"الواقعية", "للعرب", False, True),
        ("ويرى", None, "أن حكايات", "مشاكلهم كمهاجرين", False, True)],
    # arreyadi al-Mowallad hearing: "دافع لاعب الاتحاد الدولي أسامة المولد أمس الأحد خلال جلسة ... عن الاتهامات ...
    # بالقول إنها ادوية ... في الأوزان الأقل" (decided here: a defence WITH its words is a claim, cue the noun
    # "بالقول" as blind30's "مدافعا عن نفسه بالقول :" and claims-gold's "بقوله"; speaker the subject of دافع, time and
    # venue outside it; no colon: indirect; ending before the act "حيث قدم المستندات"; blind38's "دافع عن" had no
    # content) and "وبحسب المصادر فإن اللجنة سألت ... في صرف الدواء" (unnamed sources: named=false; content from
    # "فإن", blind1/blind19/blind35). Not claims: "الاتهامات التي اثيرت" (passive, no source), "ويتوقع ان يصدر"
    # (impersonal, blind37), "علماً أنه" (the writer), "قدم المستندات" (an act)
    7: [("بالقول", "لاعب الاتحاد الدولي أسامة المولد", "إنها ادوية", "في الأوزان الأقل", False, True),
        ("وبحسب", "المصادر", "فإن اللجنة", "في صرف الدواء", False, False)],
    # almadina "capitalism" definition: no claim (the writer's definition; "وبمعنى آخر:" the writer, "ما يعرف بـ" a
    # naming)
    8: [],
    # aljazirah al-Ahli and Budescu: no claim ("بطلب من المدرب" a request, "وتقرّر أن" a decision, the rest the
    # writer's account)
    9: [],
    # okaz column on Israeli terror: "مصطفى البرغوثي الأمين العام للمبادرة الفلسطينية عضو المجلس التشريعي الفلسطيني،
    # الذي يسعى جاهدا ...، أكد على ضرورة أن يقف العالم ... وتهويد المقدسات" (the fronted subject as speaker, its
    # relative left out, blind23/blind37; "أكد على ضرورة" as blind9/blind19/blind28/blind38's "شدد على ضرورة"; to the
    # end of the sentence -- the following paragraphs, the last opening with "وأنه", have no cue and are left to
    # the columnist, decided here). Not claims: "أكدت الجريمة الإرهابية ... أن ..." (a thing that shows, blind4/
    # blind11's "الفحوصات أكدت", blind38's "وكشف الحادث أن"), the byline
    10: [("أكد", "مصطفى البرغوثي الأمين العام للمبادرة الفلسطينية عضو المجلس التشريعي الفلسطيني",
          "على ضرورة أن", "وتهويد المقدسات", False, True)],
    # aawsat Gold Cup: "وقال كلينزمان الذي دخل فريقه ... (2 - 1): «كان بإمكاننا ... لم نفعل ذلك»" (the relative left
    # out of the speaker; colon: direct; the stop after » excluded), "وأضاف المهاجم الألماني الدولي السابق: «سنتعلم
    # ... مع اللاعبين»" (Klinsmann's anaphoric epithet: named=true, blind24's "المسؤول الأمريكي", blind38's Valdano)
    # and "وقال المهاجم دياندري ييلدين: «إننا ... إلى الأمام»". Not claims: "ويمكن القول إن" (impersonal, blind2's
    # "لا مناص من القول", blind12/blind18's "غني عن القول"), "التي ظلمت تحكيميا" (the writer)
    11: [("وقال", "كلينزمان", "«كان بإمكاننا", "لم نفعل ذلك»", True, True),
         ("وأضاف", "المهاجم الألماني الدولي السابق", "«سنتعلم", "مع اللاعبين»", True, True),
         ("وقال", "المهاجم دياندري ييلدين", "«إننا", "إلى الأمام»", True, True)],
    # was al-Zayani and the Swiss chargé: no claim ("اجتمع" an act, "وجرى خلال الاجتماع بحث ... إضافة إلى استعراض"
    # a discussion without content; the dateline, "// انتهى //" and the time line)
    12: [],
    # alwatan column on fighting corruption: "يقول البعض إن الحرب على الفساد ... بلا خسائر" (decided here: a verb of
    # saying with the indefinite "البعض" and a proposition is a reported opinion, blind21's "هناك من يرى أن",
    # the first set's "جزم بعضهم": named=false; unlike blind15's generic "يقول الناس دوما" and blind23's
    # characterisation "يرى البعض شيئا مغريا"; ending before the columnist's "وهذا الكلام نظريا صحيح"), "نستحضر
    # كلام الله عز وجل خالق الكون في كتابه الكريم وفي سورة محمد: "يا أيها ... أقدامكم"" (decided here: the noun
    # "كلام" introducing a quoted verse with a colon, as blind36's "بقول الله تعالى:"; the epithets kept in the
    # speaker, blind36's "الله تعالى"; the book and sura left out as a channel; direct) and "حيث قال: "ومن يتقِ
    # الله ... لا يحتسب"" (cue without حيث; elided subject: null, blind4/blind6/blind23's "وقال تعالى"; direct).
    # Not claims: "فيقال عمن ... بأنه "ما فيه خير"!" and the two "ويقال عمن ..." (passive, no source, blind2's
    # "قيل الكثير", blind30's "يقال"; decided here: "هذا كلام الناس" is the columnist's label with the generic
    # "الناس", not blind30's "وهذا ما يقول به المعنيون ..." with a cue and a group), "قاعدة تقول: إن شيوع الخطأ يبرر
    # ارتكابه" (a maxim, not a source, blind2's "كما يقال", blind5's proverbs), "وعدالله من يتقيه بالمخرج" (a
    # promise, blind37's pledges), "ووالله ما وجدت" and "خاتمة: ..." (the columnist)
    13: [("يقول", "البعض", "إن الحرب", "من المعارك بلا خسائر", False, False),
         ("نستحضر |كلام| الله", "الله عز وجل خالق الكون", "\"يا أيها", "ويثبت أقدامكم\"", True, True),
         ("حيث |قال|:", None, "\"ومن يتقِ", "من حيث لا يحتسب\"", True, True)],
    # alweeam Iraq arrests: "أعلنت وزارة الداخلية العراقية اليوم تنفيذ الاستخبارات ... والسيارات المفخخة والأسلحة"
    # (the time left out; the object NP as content), "وقالت خلية الصقور الاستخبارية التابعة لوزارة الداخلية العراقية
    # في بيان تلقت وكالة الانباء الكويتية (كونا) نسخة منه انه ‘تم القبض ... ودور العبادة’" (the channel left out;
    # decided here: the single curly quotes ‘ ’ are quotation marks, so أن + a wholly quoted statement: direct,
    # blind38's "أن «...»"), "وأكدت قتل خمسة عناصر ... على اوكار تلك الشبكة" and "وأضافت انه تم ضبط عجلتين ... الذي
    # تم اعتقاله" (coordinated, elided subject: null; the first ending before "وأضافت", the next reporting word of the
    # same source, no stop between) and "وذكرت الخلية انه تم ضبط 30 سيارة ... وتفخيخ السيارات". Not claims: "تلقت
    # ... نسخة منه" (an act), the link line
    14: [("أعلنت", "وزارة الداخلية العراقية", "تنفيذ الاستخبارات", "والسيارات المفخخة والأسلحة", False, True),
         ("وقالت", "خلية الصقور الاستخبارية التابعة لوزارة الداخلية العراقية", "انه ‘تم القبض", "ودور العبادة’",
          True, True),
         ("وأكدت", None, "قتل خمسة", "على اوكار تلك الشبكة", False, True),
         ("وأضافت", None, "انه تم ضبط عجلتين", "الانتحاري الذي تم اعتقاله", False, True),
         ("وذكرت", "الخلية", "انه تم ضبط 30", "عبوات ناسفة وتفخيخ السيارات", False, True)],
    # aleqtisadiya Buraidah date festival farm: no claim (the writer's description; "قد استشعرت أهمية" a perception,
    # "عرفت على أنها" passive, "اتيح" passive)
    15: [],
    # 3alyoum column on al-Hilal's coaches: no claim ("لابد من الإقرار أن" impersonal; "حاول ... أن يقنع الجماهير ...
    # بأن ..." an attempt to persuade, blind5's "ويقنعها بأن", blind21's "لإقناع"; "ليقول بكل غرور: اسكت! حنا أبخص!"
    # a purpose/result clause, blind5/blind12's "ليعلن", blind15's "ليقول النساء ...", and an imperative; "أن نقول له:
    # شكرا سامي" the columnist's own voice, blind15's "أقول:"; "وهاهو (الإعلام الأغبر) قد بدأ حربه على المدرب"
    # criticism without content; "رفض عرضين" an act; the tag line)
    16: [],
    # sabq Jeddah corniche cameras: "كشف المتحدث الرسمي لأمانة جدة محمد البقمي،لـ"سبق" أنه سيتم ... الجهات الأمنية
    # والرأي العام" (the addressee left out; to the end of the sentence), "وأشار "البقمي" إلى أنه سيتم ... من
    # التركيبات" (the name alone in quotes: speaker without them), "وأكدت مصادر مطلعة لـ"سبق" أن أمانة جدة ...
    # الماضيين بجدة" (unnamed sources: named=false) and "وكشف مدير شرطة منطقة مكة المكرمة اللواء عبدالعزيز الصولي أن
    # أربعة أشخاص ... متابعة الباقين مستمرة" (to the end of the sentence). Not claims: the subheadings ("البدء
    # بـ"الشمالي""، "موقع التحرش"، "حادثة العيد"، "ملاحقة المتحرشين"، "صوت "سبق""), "يُذكر أن" with "نشرت مطالبات
    # عدد من الأهالي" (editorial; demands), the byline and dateline
    17: [("كشف", "المتحدث الرسمي لأمانة جدة محمد البقمي", "أنه سيتم تركيب 112", "الجهات الأمنية والرأي العام",
          False, True),
         ("وأشار", "البقمي", "إلى أنه سيتم", "المرحلة الثانية من التركيبات", False, True),
         ("وأكدت", "مصادر مطلعة", "أن أمانة جدة", "خلال اليومين الماضيين بجدة", False, False),
         ("وكشف", "مدير شرطة منطقة مكة المكرمة اللواء عبدالعزيز الصولي", "أن أربعة أشخاص",
          "متابعة الباقين مستمرة", False, True)],
    # alyaum al-Qadsiah friendly: "وفي نهاية اللقاء أكد جميل قاسم سعادته بما وصل له الفريق ... المعسكرين الاعداديين"
    # (an expressed feeling with أكد, the object NP as content, as أبدى/أعرب عن; the time left out), then after the
    # stop and the new line "مؤكدا ان الفريق سيبدأ ... يوم الثلاثاء" and "مؤكدا ان الفريق سيكون ... تلك المباراة"
    # (null). Not claims: "وشكر اللاعبين على ..." (thanks, blind37), and the coach's first-person words after it
    # "وحرصنا بالمباريات الودية ..." and "وبإذن الله نكون ..." (decided here: no cue of their own, and not the content of
    # a claim -- the thanks is none), "تم تبادل الدروع" (an act)
    18: [("أكد", "جميل قاسم", "سعادته", "المعسكرين الاعداديين", False, True),
         ("مؤكدا", None, "ان الفريق سيبدأ", "ابتداء من يوم الثلاثاء", False, True),
         ("مؤكدا", None, "ان الفريق سيكون", "في تلك المباراة", False, True)],
    # almadina Chechnya: "ويتفق الباحثون على تقسيم القوقاز سياسيًّا إلى قسمين هما: ... ويشمل ثلاث جمهوريات" (decided
    # here: a scholars' consensus on a proposition is a shared opinion, as blind7/blind28/blind37's "أجمعوا على"; unlike
    # blind36's meeting decision "واتفق المجتمعون على"; unidentified researchers: named=false; the colon opens a list
    # inside the content, not the speakers' words: indirect), "وبعد شهرين من ذلك أعلن استقلال الشيشان عن روسيا
    # الاتحادية" (a declaration, blind36's "أعلن قيام «خلافة»", claims-gold's "وأعلنت ... حالة الاستنفار";
    # coordinated after "سيطر ... وفاز", elided subject: null), "أعلنت استقلالها عن روسيا" (the same, null; the year
    # "عام 1991" left out as the time of the act) and "وتشير تقديرات 2013 إلى أن عدد سكان ... و989 نسمة"
    # (estimates as a source, blind27's "وتشير الدراسات", blind37's "التسريبات": named=false). Not claims: "رفضت
    # موسكو ... الخطوات" (a rejection of acts, no proposition), "وقرر"، "قررت" (decisions), "وتبنت" (an act)
    19: [("ويتفق", "الباحثون", "على تقسيم القوقاز", "ويشمل ثلاث جمهوريات", False, False),
         ("أعلن", None, "استقلال الشيشان", "عن روسيا الاتحادية", False, True),
         ("أعلنت", None, "استقلالها", "عن روسيا", False, True),
         ("وتشير", "تقديرات 2013", "إلى أن عدد", "و989 نسمة", False, False)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind39.jsonl")
