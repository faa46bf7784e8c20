"""Build claims-blind35.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261276) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind34.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind35.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind34/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker also named in a photo caption, or a one-word speaker).
* Whitespace in a string matches any run of whitespace in the text (the texts contain NBSPs and newlines).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue: the occurrence nearest before the cue (word
  start) is used, and the content must end before the cue.
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the tanween of "مؤكداً" (aljazirah), "مشيرًا" ×2 and
"لافتًا" (almadina), "وفقاً" (sabq); the bare "مشيرا"، "موضحا"، "متمنيا"، "قائلا"; the hamza-less "الى" and "ان" of
almadina; the damma of "يُنهي" (sabq); the guillemets « » of aljazirah, aawsat; the straight quotes of sabq and
alyaum; the parentheses of aawsat's agency names and of alwatan's "(بنده)").
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
    # aljazirah Abbas and Mladenov: "صرح الرئيس الفلسطيني، محمود عباس، أن الجانب الفلسطيني ... في الاتفاقيات الموقعة"
    # (the speaker located with its context: the photo caption above repeats the name; the ".." left out),
    # "وأشار الرئيس عباس، خلال ترؤسه اجتماعاً ... إلى ترحيب القيادة الفلسطينية بالجهود ... العملية التفاوضية" (the
    # venue left out; content the object of إلى), "مؤكداً أن الافكار ... بين الفلسطينيين والإسرائيليين" (a participle
    # after a claim, subject elided: null), "غداة تحذير المبعوث الأممي ... -نيكولاي ملادينوف- من أن حل الدولتين ...
    # في الوقت الراهن" (a reporting noun with its genitive subject, blind9/blind34's "إعلان الطرفين"; warnings are
    # claims, blind9/blind23/blind25; ending before the demand "مطالباً"), "هذا وقال المبعوث ...: «إن دعم ...
    # يتضاءل»" (colon and quotes: direct; "وذلك خلال كلمة له ..." left out), "واعتبر المبعوث الأممي أن طريق ...
    # «... وغياب الوحدة الفلسطينية»" (partly quoted: indirect), "وأوضح «ملادينوف» أن كل ذلك ... للخطر" (the one-word
    # name without its marks, blind28/blind29/blind34), "وأضاف -نيكولاي- «في ظل ... في غضون وقت معقول»" (quoted, no
    # colon: direct, blind34's "وأضاف «...»"; the name without its dashes) and "مع التأكيد على ضرورة أن تراعي ...
    # بحق الشعب الفلسطيني" (decided here: the verbal noun after the non-claim "وجه ... الدعوة" read as its
    # participle "مؤكداً", its speaker the overt subject of the call, blind5/blind7/blind8/blind10-blind34). The
    # dashes of "-نيكولاي ملادينوف-" kept inside the longer speaker (marks kept inside a noun phrase, blind34).
    # Not claims: the photo caption, "مطالباً كافة الأطراف بـ»تحرك قوي»" and "فيما طالب ... بإجبار" (demands),
    # "وتأتي تصريحات الرئيس الفلسطيني" (a noun without content), "وجه ... الدعوة لمجلس الأمن، للوقوف ..." (a call)
    0: [("صرح", "صرح |الرئيس الفلسطيني، محمود عباس|، أن", "أن الجانب الفلسطيني", "في الاتفاقيات الموقعة", False,
         True),
        ("وأشار", "الرئيس عباس", "إلى ترحيب", "لإحياء العملية التفاوضية", False, True),
        ("مؤكداً", None, "أن الافكار", "بين الفلسطينيين والإسرائيليين", False, True),
        ("تحذير", "المبعوث الأممي الخاص للشرق الأوسط -نيكولاي ملادينوف-", "من أن حل", "في الوقت الراهن", False,
         True),
        ("وقال", "المبعوث الأممي الخاص للشرق الأوسط -نيكولاي ملادينوف-", "«إن دعم", "يتضاءل»", True, True),
        ("واعتبر", "المبعوث الأممي", "أن طريق", "وغياب الوحدة الفلسطينية»", False, True),
        ("وأوضح", "«|ملادينوف|» أن", "أن كل ذلك", "وأمن إسرائيل للخطر", False, True),
        ("وأضاف", "-|نيكولاي|- «في", "«في ظل", "في غضون وقت معقول»", True, True),
        ("التأكيد", "المراقب الدائم لدولة فلسطين لدى الأمم المتحدة في نيويورك السفير رياض منصور", "على ضرورة",
         "بحق الشعب الفلسطيني", False, True)],
    # 3alyoum stock index: no claim (the byline "عين اليوم – الرياض", the writer's market report, the tag line)
    1: [],
    # okaz Pakistan's ulema: "وبين رئيس مجلس علماء باكستان الشيخ طاهر محمود الأشرفي في بيان صادر عنه، أن علماء وشعب
    # باكستان ... أمن بلاد الحرمين الشريفين" (the channel left out), "وأعرب عن تعازيه ومواساته لذوي شهداء الواجب ... في
    # عسير" (an expression of condolence with أعرب/عبر عن is a claim, blind28's "معبراً عن تعازيه", blind3/blind7/
    # blind31's "أعرب عن شكره"; null) and "وتمنى الشفاء العاجل للمصابين" (a wish: hopes are claims, blind14/blind32's
    # "متمنياً", blind34's "وتأمل"; null; content the object NP, blind4/blind18's "أبدى ... رضاه"). Not claims:
    # "أدان مجلس علماء باكستان حادث التفجير" (a condemnation: never a cue in the earlier sets), "ودعا الأمة الإسلامية
    # إلى ضرورة ..." (an appeal)
    2: [("وبين", "رئيس مجلس علماء باكستان الشيخ طاهر محمود الأشرفي", "أن علماء", "أمن بلاد الحرمين الشريفين", False,
         True),
        ("وأعرب", None, "عن تعازيه", "قوات الطوارئ في عسير", False, True),
        ("وتمنى", None, "الشفاء العاجل", "العاجل للمصابين", False, True)],
    # alwatan column "junk food": "وقد نشر الموقع على تويتر خبرا مفاده أن (بنده) بجميع فروعها أوقفت ... بيع السجائر"
    # (a published report, blind2/blind6/blind28's "نشرت"؛ speaker "الموقع" the identified Twitter account named in the
    # first sentence: named=true; "على تويتر" left out; content from أن after "مفاده"). Everything else is the
    # writer's opinion: "هناك الكثير ممن يطرحون الأسئلة" (questions without content), "ويظل السؤال قائما: ..." (the
    # writer's rhetorical questions), "يجب أن نعلم"
    3: [("نشر", "الموقع", "أن (بنده)", "أوقفت بيع السجائر", False, True)],
    # alweeam World Cup draw: no claim (the writer's account of the draw; the link line)
    4: [],
    # sabq Jeddah spoiled sweets: "وقال رئيس بلدية الجنوب المهندس محمد الزهراني: "أسفرت ... بطاطس وبليلة"" (colon and
    # quotes: direct; the stop after the closing mark excluded). Not claims: the byline "عبدالله الراجحي- سبق- جدة:",
    # "صادرت"، "وحرر ... إشعارات" (acts)
    5: [("وقال", "رئيس بلدية الجنوب المهندس محمد الزهراني", "\"أسفرت", "بطاطس وبليلة\"", True, True)],
    # alyaum Ghamsi volunteers: "وعبر عدد من المشاركين في الحملة عن سعادتهم بالمشاركة" (an expression of feeling,
    # blind7's "عبر ... عن سعادته", blind6's "وأعربت ... عن سعادتها"; unidentified: named=false), "وقال محمد حسن
    # النجيدي: إن فكرة المبادرة ... بكل الحب والود" (a colon before the complementizer: direct, blind34; ending before
    # "وشكر"), "متمنيا استمرار اقامة مزيد من الأنشطة والفعاليات" (a hope, null: the participle follows the non-claim
    # "وشكر" whose subject is elided), "وذكر مهدي علي أنه رأى ... لهذه الأرض الطيبة", "وقال قاسم سلمان النجيدي: إنها
    # بادرة طيبة ... يجازى عليه الإنسان" (direct; ending before the next source's "وعبر") and "وعبر هاشم المسلم عن أسمى
    # آيات الشكر والتقدير ... على مثل هذه الأنشطة" (thanks expressed with عبر عن, blind26's "وعبر ... عن شكره"). Not
    # claims: "وشكر كل من ساهم" and "كما شكر كل أهالي البلدة" (the bare verb شكر, never a cue in the earlier sets),
    # "ودفع الشعور بالمسؤولية ..." (the writer), "يشجعون" (acts), the slogan "قريتي أنا أعتني بها"
    6: [("وعبر", "عدد من المشاركين في الحملة", "عن سعادتهم", "سعادتهم بالمشاركة", False, False),
        ("وقال", "محمد حسن النجيدي", "إن فكرة", "بكل الحب والود", True, True),
        ("متمنيا", None, "استمرار اقامة", "الأنشطة والفعاليات", False, True),
        ("وذكر", "مهدي علي", "أنه رأى", "لهذه الأرض الطيبة", False, True),
        ("وقال", "قاسم سلمان النجيدي", "إنها بادرة", "يجازى عليه الإنسان", True, True),
        ("وعبر", "هاشم المسلم", "عن أسمى", "مثل هذه الأنشطة", False, True)],
    # almadina former Yemeni judge: "قال جمال با رأس، القاضي اليمني السابق: إن القيادات ... مقابل الانضمام له" (colon:
    # direct; the apposition after the comma kept, a nominal title), "مشيرًا الى أنها اعترفت ... ورئاسة الجمهورية"
    # (null), "وأضاف في تصريحه لـ»المدينة»: إن هذه القيادات ... القيادي في الحزب" (null; colon: direct; the channel and
    # addressee left out), "وكشف عن قرار الحكومة الشرعية ... ليصبح مجموعهم 9 وزراء" (null; content from عن), "لافتًا
    # الى أن من بينهم ... وزير الأشغال" (null), "وأشار إلى ان اجتماع ... لحرب الحوثيين" (null), the nested "مزاعم
    # الحوثيين بأن الجيش اليمني الشرعي يستعين بالقاعدة لحرب الحوثيين" (a reporting noun with its genitive subject
    # inside the judge's content, blind34's nested "توقعات المحللين"; "الحوثيين" an identified group: named=true) and
    # "مشيرًا إلى ان النفط ... من قبل قوى شرعية وطنية" (null). "اعترفت بشرعية" (recognition, an act) and "رفضت
    # إغراءات" inside are not claims of their own
    7: [("قال", "جمال با رأس، القاضي اليمني السابق", "إن القيادات", "مقابل الانضمام له", True, True),
        ("مشيرًا", None, "الى أنها", "ورئاسة الجمهورية", False, True),
        ("وأضاف", None, "إن هذه القيادات", "القيادي في الحزب", True, True),
        ("وكشف", None, "عن قرار", "مجموعهم 9 وزراء", False, True),
        ("لافتًا", None, "الى أن من", "وزير الأشغال", False, True),
        ("وأشار", None, "إلى ان اجتماع", "لحرب الحوثيين", False, True),
        ("مزاعم", "مزاعم |الحوثيين| بأن", "بأن الجيش", "لحرب الحوثيين", False, True),
        ("مشيرًا", None, "إلى ان النفط", "قوى شرعية وطنية", False, True)],
    # alriyadh citizen shot at in Jordan: "وأكد د. سامي الصالح سفير خادم الحرمين الشريفين لدى الأردن ل"الرياض" أن
    # السفارة تتابع ... أثناء توجهه للعاصمة عمّان" (the addressee left out, blind12/blind34; the sentence kept to its
    # end) and "وأضاف أن المواطن لم يصب ... منذ لحظة وقوعه" (null). The first paragraph is the writer's
    8: [("وأكد", "د. سامي الصالح سفير خادم الحرمين الشريفين لدى الأردن", "أن السفارة", "توجهه للعاصمة عمّان",
         False, True),
        ("وأضاف", None, "أن المواطن", "منذ لحظة وقوعه", False, True)],
    # aawsat cropped trousers: "عبر جون راي، مصمم دار «دانهيل» في لقاء أجرته معه جريدة «الشرق الأوسط» عن عدم إعجابه
    # بالبنطلون القصير ... من الكاحل" (an opinion expressed with عبر عن; the venue left out), "قائلا إن نهايته اقتربت وإن
    # الرجل أصابه الملل منه" (null; no colon: indirect) and "لا سيما وأن الكثير من الخبراء يعيدون نجاح هذا التصميم ...
    # إلى انتعاش سوق الأحذية الرجالية ... أو «تودزظ» وغيرها" (decided here: experts' attribution of a cause, an opinion
    # like "يرى"/"اعتبر", blind30's "كثير من المراقبين": named=false; content from the object to the end of the
    # sentence). Not claims: "وسواء كانت توقعاته صائبة" (a noun referring back, without content), "فإن الملاحظ ..."،
    # "ما لا شك فيه، أن جون راي محق في رأيه بأن هذا التصميم لا يناسب الكل ..." (decided here: the writer's
    # endorsement of the designer's view, the writer's assertion; "رأيه" never a cue in the earlier sets), "كما طرحته
    # دار «بالنسياجا»" (a design shown, an act), the writer's list of tips
    9: [("عبر", "جون راي، مصمم دار «دانهيل»", "عن عدم إعجابه", "لا بأس به من الكاحل", False, True),
        ("قائلا", None, "إن نهايته", "أصابه الملل منه", False, True),
        ("يعيدون", "الكثير من الخبراء", "نجاح هذا التصميم", "أو «تودزظ» وغيرها", False, False)],
    # aleqtisadiya civil service minister: "أوضح وزير الخدمة المدنية خالد العرج على أن ما تم الإعلان عنه ... هي
    # مرحلة أولية" (content from على as written), "مشيرا إلى أن الوزارة ستعلن لاحقا ... بالمفاضلة النهائية" (null; the
    # sentence break after it kept as the end) and "وأكد أن الوزارة بمختلف فروعها ترحب ... الأسبوع القادم" (null). Not
    # claims: "ما تم الإعلان عنه" (passive), "موضحا فيها تفاصيل المعدل ..." (decided here: the announcement's contents
    # -- "showing in it the details" of the future list, an act of listing without a proposition -- not the minister's
    # statement), "ستعلن لاحقا أسماء المرشحات" inside (names, blind4/blind23), "بعد إعلان نتائج الترشيح" inside
    10: [("أوضح", "وزير الخدمة المدنية خالد العرج", "على أن ما", "هي مرحلة أولية", False, True),
         ("مشيرا", None, "إلى أن الوزارة", "بالمفاضلة النهائية", False, True),
         ("وأكد", None, "أن الوزارة", "النهائي الأسبوع القادم", False, True)],
    # 3alyoum al-Zindani's escape: "تمكن الداعية الإسلامي ... تابعة للحوثيين حسب روايته للشيخ محمد الحزمي" (content
    # before its cue; cue "حسب روايته" on the pattern of blind8/gold's "حسب ما ذكر"، "بحسب ما ذكر"; the possessive
    # pronoun: null, blind34's "اتهامه"; the addressee left out) and "وقد كشف الزنداني أنه أقام في تعز ... على تعز".
    # Not claims: the byline, "ونشر موقع “المشهد اليمني” صورة" (a photo published, without content), "وظهر" and the
    # last paragraph (the writer), the tag line
    11: [("حسب روايته", None, "<تمكن الداعية", "تابعة للحوثيين", False, True),
         ("كشف", "الزنداني", "أنه أقام", "الحوثي المسلحة على تعز", False, True)],
    # okaz Saudi killed in Syria: "وبحسب المعلومات الأولية فإن المطيري ... في رؤية والديه" (blind9's "وبحسب مصادر"،
    # "وحسبما أورد ... فإن"; unspecified information, blind34's "تؤكد المعلومات": named=false; content from فإن to the
    # end of the sentence), nested in it "حيث كشف خلال أحاديثه عن نشوب خلافات داخلية ... في سوريا" (null; the channel
    # left out) and "فيما أبدى رغبته الجامحة في رؤية والديه" (an expressed desire: أبدى, blind4/blind15/blind18/blind20/
    # blind29, unlike blind34's bare "رغبة المدرب"; null). Not claims: "وتشهد سوريا ..." (the writer), "الجدير بالذكر
    # أن وزارة الداخلية أعلنت العام الماضي القائمة الأولى ..." (decided here: the editorial formula and a list
    # designated -- an act whose object is a list of names, blind4/blind23's names announced -- "علما أن ذلك يشمل ..."
    # the writer's note)
    12: [("وبحسب", "المعلومات الأولية", "فإن المطيري", "في رؤية والديه", False, False),
         ("كشف", None, "عن نشوب", "الإرهابية في سوريا", False, True),
         ("أبدى", None, "رغبته الجامحة", "في رؤية والديه", False, True)],
    # alwatan Tabuk election centres: "وأوضح أمين منطقة تبوك رئيس اللجنة المحلية ... المهندس محمد العمري في تصريح صحفي
    # أن اللجنة المشرفة ... على مدار الساعة" (the channel left out), "وأكد العمري أن عدد المسجلين ... بلغ 40 ألف
    # ناخب" and "موضحا أن عدد أعضاء المجالس بأمانة منطقة تبوك يبلغ 21 عضوا" (null). Not claims: "أنهت" (an act), "كما
    # حدد عدد أعضاء ... فحدد القرار" (a decision's provision, blind34)
    13: [("وأوضح", "أمين منطقة تبوك رئيس اللجنة المحلية لانتخابات المجالس البلدية بالمنطقة المهندس محمد العمري",
          "أن اللجنة المشرفة", "على مدار الساعة", False, True),
         ("وأكد", "العمري", "أن عدد المسجلين", "بلغ 40 ألف ناخب", False, True),
         ("موضحا", None, "أن عدد أعضاء", "يبلغ 21 عضوا", False, True)],
    # alweeam Judicial Council Eid reception: "كما أكد معاليه في كلمته على ما تنعم به بلادنا ... الشريعة الإسلامية"
    # ("معاليه": named=true, blind34's "سموه"; the venue left out; content from على), "كما ذكر معاليه كلمته بأهمية شكر
    # النعم لله سبحانه حتى تدوم" (content from بـ) and "وحذر من الإسراف" (a warning, blind9's "وحذر الدفاع المدني من
    # العبث ..."، blind23; null). Not claims: "حيث تبادل الجميع التهنئة"، "رفع من خلالها التهنئة والتبريكات"
    # (congratulations), "وختم معاليه بأهمية الحذر ..." (decided here: "ختم" never a cue in the earlier sets), the
    # link line
    14: [("أكد", "معاليه", "على ما تنعم", "الشريعة الإسلامية", False, True),
         ("ذكر", "معاليه", "بأهمية شكر", "حتى تدوم", False, True),
         ("وحذر", None, "من الإسراف", "من الإسراف", False, True)],
    # sabq unlimited leave: "وحسب موقع "سي إن إن بالعربية"، قامت شركة "General Electric" ... الشخصية أو المرضية"
    # (blind9's "بحسب"; the site with its marks inside the longer noun phrase), "اعتقاد الشركة بأن مثل هذه الإجراءات
    # ... في دعم سير العمل" (a belief noun with its genitive subject, blind9/blind34) and, its cue after its content,
    # "ويجب أن يُنهي ... سير العمل؛ وفقاً لما ذكره متحدث باسم الموارد البشرية" (blind14's "خلافا لما ذكره"، gold's "وفق ما
    # نقله"; the whole sentence before the cue; an unnamed spokesman: named=false). Not claims: the byline "سبق-
    # وكالات:", "تخيّلْ" (the writer), "وستقوم السياسة الجديدة"، "وتُشَكّل" (the writer)
    15: [("وحسب", "موقع \"سي إن إن بالعربية\"", "قامت شركة", "الشخصية أو المرضية", False, True),
         ("اعتقاد", "الشركة", "بأن مثل", "في دعم سير العمل", False, True),
         ("وفقاً لما ذكره", "متحدث باسم الموارد البشرية", "<ويجب أن يُنهي", "في دعم سير العمل", False, False)],
    # alyaum Binaa scouts: "وأوضح قائد الفرقة "محمد بالطيور": أنه تم توزيع ... في المهارات الكشفية" (colon before the
    # complementizer: direct, blind34; the name's marks kept inside the longer speaker; the sentence kept to its end),
    # "الذي أشاد بالمشاركة واعتبرها مميزة؛ كون جميع أفرادها من الأيتام" (an opinion, blind6's "اعتبرتها "غير منصفة"":
    # cue with its object clitic, content the predicate with its reason; speaker the relative's antecedent, blind14's
    # "الأنباء التي أكدت"; ending before "وشكر") and "وأعرب الأبناء المشاركون عن سعادتهم ... وأنها كانت اضافة رائعة
    # بالنسبة لهم" (unnamed individuals: named=false, blind4's "سكان قرى غرب القصيم"). Not claims: "أشاد" (praise),
    # "وشكر القائمين عليها" (thanks, bare شكر), "كما تم تكريم" (passive), "وقد حققت هذه المشاركة ..." (the writer)
    16: [("وأوضح", "قائد الفرقة \"محمد بالطيور\"", "أنه تم توزيع", "في المهارات الكشفية", True, True),
         ("واعتبرها", "نائب رئيس جمعية الكشافة العربية السعودية الدكتور عبدالله الفهد", "مميزة", "من الأيتام", False,
          True),
         ("وأعرب", "الأبناء المشاركون", "عن سعادتهم", "رائعة بالنسبة لهم", False, False)],
    # almadina civil service report: "كشف تقرير لوزارة الخدمة المدنية أن هناك 200 ألف ... حسب السجلات الرسمية" (an
    # identified report: named=true, blind19/blind34; "حسب السجلات الرسمية" -- records, a non-source -- kept inside;
    # the content ends at the stop before "وتتمثل"). Not claims: the writer's reasons, "وأسباب اجتماعية ترى أن ..."
    # (reasons, a non-source)
    17: [("كشف", "تقرير لوزارة الخدمة المدنية", "أن هناك", "حسب السجلات الرسمية", False, True)],
    # alriyadh Nike: "وذكرت الشركة العاملة في مجال المنتجات الرياضية، أنها قررت ... للبقاء في الشركة" (the participial
    # descriptor with the article left out, blind33/blind34). Not claims: "منحت" (an act), the writer's figures
    18: [("وذكرت", "وذكرت |الشركة| العاملة", "أنها قررت", "للبقاء في الشركة", False, True)],
    # aawsat typhoon Soudelor: "وقالت وكالة أنباء الصين الجديدة (شينخوا) إن الإعصار ... تشجيانغ وجيانغشي" (the
    # parenthesised name kept inside the speaker), "وذكر تلفزيون الصين المركزي الحكومي (سي سي تي في) أن ثمانية ...
    # وانهيارات طينية", "وذكرت «شينخوا» أن أكثر من 163 ألفا ... عن العمل" (the one-word name without its marks),
    # "استمرار تحذيرات مكتب الأرصاد الجوية المركزي من عدم استقرار الطقس" (blind23's "تحذيرات السلطات من حدوث فيضانات")
    # and "وذكرت السلطات أن العاصفة ... نحو 400 آخرين" (unspecified authorities: named=false, blind11/blind23/blind30).
    # Not claims: "وأظهرت مشاهد بثها التلفزيون الرسمي ..." (footage that shows, blind27's "بيانات أظهرت")
    19: [("وقالت", "وكالة أنباء الصين الجديدة (شينخوا)", "إن الإعصار", "تشجيانغ وجيانغشي", False, True),
         ("وذكر", "تلفزيون الصين المركزي الحكومي (سي سي تي في)", "أن ثمانية", "وسيول وانهيارات طينية", False, True),
         ("وذكرت", "«|شينخوا|» أن", "أن أكثر من", "قطارا فائق السرعة عن العمل", False, True),
         ("تحذيرات", "مكتب الأرصاد الجوية المركزي", "من عدم استقرار", "استقرار الطقس", False, True),
         ("وذكرت", "السلطات", "أن العاصفة", "نحو 400 آخرين", False, False)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind35.jsonl")
