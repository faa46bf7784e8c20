"""Build claims-blind37.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261280) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind36.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind37.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind36/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the shadda of "صرَّح" (aljazirah) and "وبيّن"
(3alyoum), the tanwin of "مضيفةً" (aawsat), the unpaired guillemets » of aljazirah, the straight quotes of
arriyadiyah, alyaum, alriyadh, sabq, aleqtisadiya and aawsat, the Latin of alweeam "iPad mini 4", "802.11ac").
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
    # 3alyoum martyr al-Harthi: "قال الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي بأن
    # جثمان ... في قرية مثان" (the stop after a space excluded). Not claims: "وقد دعا القرشي الله أن يحفظ ..." with its
    # "ونحمد الله أن ..." (a prayer, make_gold's "داعين الله أن", blind27's "ودعا الله عز وجل أن"), the byline, the tag line
    0: [("قال", "الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي", "بأن جثمان",
         "في قرية مثان", False, True)],
    # aljazirah al-Aqsa: "وبحسب مصادر الجزيرة في مدينة القدس» منعت سلطات ... من دخوله للصلاة" (blind9's "وبحسب مصادر
    # "سبق"": named=false; content after the phrase to the next reporting word of the same outlet's sources; the
    # first clause "فرضت قوات الاحتلال ..." before the phrase left to the writer), "وأفادت مصادر الجزيرة في محيط
    # المسجد الأقصى أن قوات ... الخارجية الرئيسية" (named=false), "وتأتي إجراءات الاحتلال ... للمستوطنين الصهاينة وفق
    # مصادر الجزيرة في المدينة المقدسة" (blind31/blind32's "وفق"; content before the cue from the sentence's first word;
    # the calls "دعوات ... أطلقتها منظمات" inside, not claims), "وقال الناطق باسم الحراك الشبابي :»إن الشبان ... صور
    # باهر المقدسية" (colon: direct; the unpaired » kept at the span's edge as blind14/blind21/blind25 kept theirs; to
    # the end of the sentence; a definite spokesman of an identified body: named=true, blind24) and "حيث صرَّح مدير
    # المسجد الإبراهيمي الشريف، - منذر ابو الفيلات-» أن سلطات ... المستوطنين الصهاينة" (the name between dashes kept
    # inside the speaker, blind35's "-نيكولاي ملادينوف-"; no colon, no closing mark: indirect). Not claims: "دعوات
    # جديدة أطلقتها" (calls), "ردا على" (the writer)
    1: [("وبحسب", "مصادر الجزيرة في مدينة القدس", "منعت سلطات", "من دخوله للصلاة", False, False),
        ("وأفادت", "مصادر الجزيرة في محيط المسجد الأقصى", "أن قوات الاحتلال", "الأقصى الخارجية الرئيسية", False,
         False),
        ("وفق", "مصادر الجزيرة في المدينة المقدسة", "<وتأتي إجراءات", "للمستوطنين الصهاينة", False, False),
        ("وقال", "الناطق باسم الحراك الشبابي", "»إن الشبان", "وقرية صور باهر المقدسية", True, True),
        ("صرَّح", "مدير المسجد الإبراهيمي الشريف، - منذر ابو الفيلات-", "» أن سلطات", "بحجة ازعاج المستوطنين الصهاينة",
         False, True)],
    # arriyadiyah volleyball: "وقال خلال اجتماعه ... ان مباراة الاربعاء ... بمشيئة الله" (a coordinated finite verb
    # after the demand "وطالب رئيس البعثة بتال العتيبي": elided subject, null, blind33/blind34's finite-verb rule;
    # the venue "خلال اجتماعه ..." left out; a stray opening " inside, no colon: indirect), "من جهته أكد مدرب المنتخب
    # جورج ايفانوف ان المنتخب ... المأمول منهم" and "وقال " ان المباراة ... الدعم والاهتمام"" (null; wholly quoted:
    # direct; the stop after the closing mark excluded). Not claims: "وطالب" (a demand), "ويتوقع ان تظهر" (no source,
    # blind11's same formula), "نجد ان" (the writer)
    2: [("وقال", None, "ان مباراة الاربعاء", "الوطن بمشيئة الله", False, True),
        ("أكد", "مدرب المنتخب جورج ايفانوف", "ان المنتخب", "المستوى المأمول منهم", False, True),
        ("وقال", None, "\" ان المباراة", "الدعم والاهتمام\"", True, True)],
    # okaz Eid gifts: "وأشار لـ «عكاظ» قائد الفريق الدكتور يعقوب البشاوري الى أن هذه الحملات ... رمضان المبارك" (the
    # addressee left out; to the end of the sentence), "مبينا أن الفريق قام ... بالمدينة المنورة", "وقال إن مثل ...
    # عز وجل" and "ولفت الى أن الفريق نظم ... ذي الحليفة" (null). Not claims: "شارك" (an act), "ويشارك فيها ..." (the
    # writer's sentence without a cue)
    3: [("وأشار", "قائد الفريق الدكتور يعقوب البشاوري", "الى أن هذه", "في شهر رمضان المبارك", False, True),
        ("مبينا", None, "أن الفريق قام", "العيد بالمدينة المنورة", False, True),
        ("وقال", None, "إن مثل هذه", "من الله عز وجل", False, True),
        ("ولفت", None, "الى أن الفريق", "ميقات ذي الحليفة", False, True)],
    # alyaum Nashville cinema: "قتل مسلح بعد أن اطلق النار ... في جنوب الولايات المتحدة، كما اعلنت الشرطة المحلية"
    # (blind7/blind30's postposed "كما قالت/كما أعلنت": cue with كما; content before the cue from the sentence's first
    # word), "واعلنت شرطة مدينة مترو ناشفيل في تغريدة ... "موت المشتبه ... هيكوري 8"" (the channel left out; wholly
    # quoted, no colon: direct; decided here: the content ends at the closing mark, "في مدينة انتيوش" the writer's
    # location of the cinema), "ولكن صحيفة تينيسيان المحلية اكدت انه كان يحمل ..." (speaker before the cue), "وأضافت
    # الصحيفة ان الشرطة تفتش ايضا حقيبتي ظهر" (ending before the next clause, sourced apart), "ووقع اطلاق النار اثناء
    # عرض فيلم "ماد ماكس"، بحسب ما نقلت الصحيفة عن متحدث باسم الشرطة" (cue "بحسب ما نقلت", speaker the original
    # source, blind36's "ونقل موقع ... عن الركاب"; content limited to the clause it sources, blind19/blind25; an
    # indefinite spokesman: named=false, blind35's "متحدث باسم الموارد البشرية" over the gold/blind1/blind2 true) and
    # "الذي اكد ان الشرطيين ... على المسلح" (the relative's antecedent, blind14/blind35/blind36). Not claims: "بثت
    # مشاهد اظهرت" (pictures that show), "لم يعرف"، "لم تعرف" (no source), "ويأتي هذا الحادث" (the writer)
    4: [("كما اعلنت", "الشرطة المحلية", "<قتل مسلح", "في جنوب الولايات المتحدة", False, True),
        ("واعلنت", "شرطة مدينة مترو ناشفيل", "\"موت المشتبه", "سينما هيكوري 8\"", True, True),
        ("اكدت", "صحيفة تينيسيان المحلية", "انه كان يحمل", "سلاحا نار ومطرقة", False, True),
        ("وأضافت", "الصحيفة", "ان الشرطة تفتش", "حقيبتي ظهر", False, True),
        ("بحسب ما نقلت", "متحدث باسم الشرطة", "<ووقع اطلاق", "فيلم \"ماد ماكس\"", False, False),
        ("اكد", "متحدث باسم الشرطة", "ان الشرطيين", "النار على المسلح", False, False)],
    # alwatan Insan/Aramco programme: no claim ("أنهت"، "اشتملت"، "تهدف" -- the writer's report of acts and aims)
    5: [],
    # alriyadh stem-cell drive: "وشدد المسؤولون على الفعالية مساء أول من أمس على أن الحملة نجحت ..." (blind3's "وشددت
    # ... على أن"; unnamed officials: named=false; the time left out), "وقالت سلمى انتيف عضوة إيثار القطيف: "إن الحملات
    # ..."" (colon: direct), "وأضافت: "جذبت ..."" (null, direct), "مشيرة إلى أن الإقبال ... بداية الحملة"" (null; the
    # unpaired closing " kept at the span's edge, blind20/blind28/blind29), "وتابعت: "ما تحقق ... في الوطن"" (null,
    # direct; ending before the thanks "موجهة شكرها", blind35), "وعن زوار المهرجان ذكرت انتيف بأن الزوار ... جميع
    # تساؤلاتهم", "وأبان زكي المحروس مسؤول الوحدة الطبية بأن الوحدة ... بالخلايا الجذعية" and "قائلا بأنهم أعطوا ...
    # أساس نجاح الحملة" (a participle after the non-claim "أشاد" with an overt subject: that subject, blind5/blind7/
    # blind8/blind10-blind36; ending before "وخص بالشكر"). Not claims: "فيما أشاد محمد الشيوخ ..." and "أشاد علي الناصر
    # ... بالحرص" (praise, make_gold/blind35), "موجهة شكرها"، "وخص بالشكر" (thanks), "استقطب" (an act)
    6: [("وشدد", "المسؤولون على الفعالية", "على أن الحملة", "بشكل فاق التوقعات", False, False),
        ("وقالت", "سلمى انتيف عضوة إيثار القطيف", "\"إن الحملات", "ولم يكن متوقعا\"", True, True),
        ("وأضافت", None, "\"جذبت الحملة", "من دول مختلفة\"", True, True),
        ("مشيرة", None, "إلى أن الإقبال", "منذ بداية الحملة\"", False, True),
        ("وتابعت", None, "\"ما تحقق", "بالخلايا الجذعية في الوطن\"", True, True),
        ("ذكرت", "انتيف", "بأن الزوار", "على جميع تساؤلاتهم", False, True),
        ("وأبان", "زكي المحروس مسؤول الوحدة الطبية", "بأن الوحدة",
         "لإرسالها إلى السجل السعودي للمتبرعين بالخلايا الجذعية", False, True),
        ("قائلا", "محمد الشيوخ نائب رئيس اللجنة", "بأنهم أعطوا", "أساس نجاح الحملة", False, True)],
    # almadina al-Baha summer: "وأجمع عدد من ملاك الفنادق والشقق المفروشة أن الشقق ... تتمتع بها المنطقة" (blind7/
    # blind28's "أجمعوا"; unnamed owners: named=false; the paragraph has no stop, so the content runs to the next
    # reporting word "واوضح", with its nested claim), nested in it "الذين توقع الكثير منهم أن الإقبال يتضاعف ..."
    # (an expectation with a subject, blind33's "توقع كثيرون منهم": named=false) and "واوضح مدير عام هيئة السياحة ...
    # زاهر محمد الشهري أن فرع الهيئة كثف ... خلال إجازة الصيف" (ending before the demand "وطالب"). Not claims:
    # "سجل قطاع الإيواء" (the writer), "وطالب بالإبلاغ" (a demand)
    7: [("وأجمع", "عدد من ملاك الفنادق والشقق المفروشة", "أن الشقق", "التي تتمتع بها المنطقة", False, False),
        ("توقع", "الكثير منهم", "أن الإقبال", "التي تتمتع بها المنطقة", False, False),
        ("واوضح", "مدير عام هيئة السياحة والتراث الوطني بمنطقة الباحة أمين مجلس التنمية السياحية بالمنطقة زاهر محمد"
         " الشهري", "أن فرع الهيئة", "خلال إجازة الصيف", False, True)],
    # sabq Washington on the Duma arson: "وقالت الخارجية الأميركية في بيان -بحسب وكالة الأنباء الفرنسية- "نرحب ...
    # أمام القضاء"" (the channel "في بيان" left out; wholly quoted: direct; "ما سماه" a naming inside, blind36's
    # "أسماه") and the relay inside it, "بحسب" with speaker "وكالة الأنباء الفرنسية" and the same content (blind1's
    # "وقال ...، وفقاً لما نقلته "الشرق الأوسط" أن ...", blind7/blind18/blind26's "قالت ... نقلا عن": two claims;
    # named=true). Not claims: "نددت الولايات المتحدة "بأشد العبارات" ... بـ"الهجوم ..."" (a condemnation, make_gold's
    # أدان, blind24's "ونددت 19 منظمة"), "دعت الخارجية الأميركية أيضا "كل الأطراف إلى ..."" (a call), "وتواصل الإدارة
    # الأميركية انتقاد الاستيطان" (criticism without content), the dateline "سبق- وكالات:"
    8: [("وقالت", "الخارجية الأميركية", "\"نرحب", "وإحالتهم أمام القضاء\"", True, True),
        ("بحسب", "وكالة الأنباء الفرنسية", "\"نرحب", "وإحالتهم أمام القضاء\"", True, True)],
    # aleqtisadiya migrants: "وبحسب تقرير لمفوضية الأمم المتحدة لشؤون اللاجئين وصل نحو 137 ألف ... من عام 2015"
    # (blind19's "وبحسب تقرير للأمم المتحدة"), "وقال بريان هانسفورد المتحدث باسم ...، "يلجأ اليائسون ... الارتفاع""
    # (wholly quoted after a comma: direct), "وأشار التقرير إلى أن عدد ... من عام 2014" and "وقال التقرير إن اللاجئين
    # ... قبل عدة أسابيع" ("التقرير" the UNHCR report: named=true, blind31). Not claims: the photo captions and their
    # credits «رويترز»، «الفرنسية», "دفعت الحروب ..." (the writer)
    9: [("وبحسب", "تقرير لمفوضية الأمم المتحدة لشؤون اللاجئين", "وصل نحو", "في النصف الأول من عام 2015", False,
         True),
        ("وقال", "بريان هانسفورد المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "\"يلجأ اليائسون",
         "تواصل الأرقام الارتفاع\"", True, True),
        ("وأشار", "التقرير", "إلى أن عدد", "بالفترة نفسها من عام 2014", False, True),
        ("وقال", "التقرير", "إن اللاجئين", "قبل عدة أسابيع", False, True)],
    # 3alyoum Abha exhibition: "وأوضح منظمو المعرض أنه يهدف ... وفن الخط العربي" (the organisers identified in the text,
    # the Muftaha artists: named=true, blind22's "القائمون على شركة الصدف"; ending before "مقدمين شرحاً"), "من جهته،
    # أبان الخطاط عبدالمجيد الشهري أن لوحات ... رونق جمالي", "وبيّن الفنان الألمعي أن اللوحات ... لفكرة ما" and, inside
    # the editorial "يُذكر أن ...", "أبدوا إعجابهم الكبير بهذا الفن" (an expressed feeling with أبدى, blind19's "أبدوا
    # إعجابهم"; its speaker the antecedent "عدداً كبير من الزوار", blind35/blind36's relative antecedent over
    # blind19's null; unnamed visitors: named=false). Not claims: "مقدمين شرحاً عن اللوحات ..." (giving an
    # explanation, an act without a proposition, blind35's "موضحا فيها تفاصيل ..."), "يُذكر أن" (editorial), "نظّم"
    10: [("وأوضح", "منظمو المعرض", "أنه يهدف", "وفن الخط العربي", False, True),
         ("أبان", "الخطاط عبدالمجيد الشهري", "أن لوحات", "في رونق جمالي", False, True),
         ("وبيّن", "الفنان الألمعي", "أن اللوحات", "تعبير لفكرة ما", False, True),
         ("أبدوا", "عدداً كبير من الزوار", "إعجابهم الكبير", "بهذا الفن", False, False)],
    # aljazirah monkey: "أفادت تقارير إخبارية أمس الاثنين بأن قرداً ... حقيبة امرأة" (blind36's "تقارير رومانية":
    # named=false; the time left out), "وذكرت صحيفة «ذا تايمز أوف إنديا» أن القرد ... بلدة فريندافان", "ونثر القرد
    # ... (2360 دولاراً)، حسب التقرير" (content before the cue; "التقرير" the Times of India's report just cited:
    # named=true, blind19's anaphoric report of a named source), "أما المرأة، ... فلم تستعد سوى مبلغ ضئيل من المال،
    # حسبما ذكرت صحيفة «هندوستان تايمز»" (blind2/blind22's "حسبما أعلن"; from the sentence's first word) and
    # "لاعتقادها أن الفرصة ضعيفة في استعادة أموالها" (the belief noun, blind35's "اعتقاد الشركة"; the possessive: null,
    # blind34/blind35; decided here: the relative "التي تعد مبلغاً كبيراً، ليس من المعتاد ..." the writer's gloss,
    # left out). Not claims: "وتسلق القرد ..."، "وهرع الكثيرون ..." (the writer), "يُشار إلى أن" (editorial)
    11: [("أفادت", "تقارير إخبارية", "بأن قرداً", "من حقيبة امرأة", False, False),
         ("وذكرت", "صحيفة «ذا تايمز أوف إنديا»", "أن القرد", "في بلدة فريندافان", False, True),
         ("حسب", "التقرير", "<ونثر القرد", "(2360 دولاراً)", False, True),
         ("حسبما ذكرت", "صحيفة «هندوستان تايمز»", "<أما المرأة", "مبلغ ضئيل من المال", False, True),
         ("لاعتقادها", None, "أن الفرصة", "في استعادة أموالها", False, True)],
    # was Umluj election boards: no claim (the agency's account of acts; "التي تهدف" an aim; dateline, "// انتهى //")
    12: [],
    # aawsat Beirut rubbish: "ويأتي استئناف جمع النفايات بعد اتفاق مؤقت "حول المناطق ... المعالجة"، كما قال مساء أمس
    # وزير البيئة محمد المشنوق في تصريح نشرته الوكالة الوطنية للإعلام" (postposed "كما قال", blind22; the time and
    # the channel left out; decided here: content limited to what the minister, speaking the evening before, could
    # report -- the agreement "اتفاق مؤقت "..."", not today's resumption -- blind19/blind21/blind23/blind25's
    # limitation; partly quoted: indirect), "مضيفةً "يجرى التنسيق ... من الشوارع"" (null; quoted without colon after a
    # continuation participle: direct, blind34-blind36) and "كما اقفل عشرات الاشخاص ... نفايات العاصمة، حسبما ذكر
    # مراسل وكالة الصحافة الفرنسية" (from the sentence's first word, "كما" included, blind32; decided here: an unnamed
    # correspondent of a named agency, named=false like blind35's indefinite spokesman). Not claims: "لكنها لم تحدد
    # هذه المكبات" (negated, no content, blind36), "وتعهدت الحكومة ... باقفال" (a pledge, blind36's "تعهد"), "ودعا
    # خبراء ..."، "كما دعوا" (calls), "ويعارض البعض الخطة" (opposition without content), "على ما يبدو أنّ" (the writer)
    13: [("كما قال", "وزير البيئة محمد المشنوق", "<اتفاق مؤقت", "النفايات المعالجة\"", False, True),
         ("مضيفةً", None, "\"يجرى التنسيق", "النفايات من الشوارع\"", True, True),
         ("حسبما ذكر", "مراسل وكالة الصحافة الفرنسية", "<كما اقفل", "تنقل نفايات العاصمة", False, False)],
    # okaz tilted sign: "وتساءلوا عن الدور الغائب ... سوى بـ 500 م فقط" (a question with content, blind27's "وتساءلت
    # الصحيفة عن"; the passers-by as an elided subject: null; the ".." excluded). Not claims: "نأمل من الجهات المعنية"
    # (the writer's hope), "لم تتحرك" (the writer)
    14: [("وتساءلوا", None, "عن الدور الغائب", "سوى بـ 500 م فقط", False, True)],
    # alyaum Manchester United - Tottenham: no claim (the writer's match report)
    15: [],
    # alwatan column on children's media: no claim (the writer's opinions; "مُسلّم بأن"، "إذا اعتبرنا أن")
    16: [],
    # arreyadi al-Khaibari: no claim ("عرض النصراويون" an offer, "واللاعب يريد العالمي" a wish never a cue, the byline)
    17: [],
    # aleqtisadiya Del Nero: "سيغيب ماركو بولو ديل نيرو ... بعض الأمور المحلية وفقا لما أعلنه الاتحاد البرازيلي أمس
    # الأول" (blind35's "وفقاً لما ذكره"; content before the cue), "عقب اتهامهم بالفساد من السلطات الأمريكية" (an
    # accusation noun, blind5/blind13/blind15/blind34; decided here: the possessive names the accused, the accuser
    # given with من is the speaker, as blind36's "بلاغا من أمن الطرق"; content "بالفساد"), "وقال أمس الأول إنه غير
    # مذنب" (null, coordinated after "فوافق"), "ونفى ديل نيرو ارتكاب أي خطأ يتعلق بالرشى" (a denial with an object NP,
    # blind1/blind8/blind33), "وقال إنه يحتاج ... في الأندية البرازيلية" (null), "وأوضح ديل نيرو في بيان للاتحاد
    # البرازيلي "أبلغت "فيفا" ... تدخل عاجل."" (the channel left out; wholly quoted: direct, the stop inside the quotes
    # kept), nested in it "أبلغت "فيفا" أني لن أستطيع ... تدخل عاجل" (blind14's "أبلغتاها بأنهما"; first person: null;
    # the addressee left out; indirect) and "وأضاف الرجل - الذي انضم ... الماضي - أنه يحتاج أيضا ... مع اتحاد الكرة"
    # ("الرجل" = Del Nero, named=true; the parenthetical relative left out). Not claims: "فوافق على ترحيله"، "وافقت
    # محكمة" (acts), "تبحث السلطات السويسرية طلبا" (a request)
    18: [("وفقا لما أعلنه", "الاتحاد البرازيلي", "<سيغيب ماركو", "بعض الأمور المحلية", False, True),
         ("اتهامهم", "السلطات الأمريكية", "^بالفساد", "بالفساد", False, True),
         ("وقال", None, "إنه غير مذنب", "إنه غير مذنب", False, True),
         ("ونفى", "ديل نيرو", "ارتكاب أي خطأ", "يتعلق بالرشى", False, True),
         ("وقال", None, "إنه يحتاج للبقاء", "في الأندية البرازيلية", False, True),
         ("وأوضح", "ديل نيرو", "\"أبلغت", "إلى تدخل عاجل.\"", True, True),
         ("أبلغت", None, "أني لن", "إلى تدخل عاجل", False, True),
         ("وأضاف", "الرجل", "أنه يحتاج أيضا", "تحقيقات مع اتحاد الكرة", False, True)],
    # alweeam iPad mini 4: "ويشير الخبير الأمني مينغ تشي كيو بحسب البوابة العربية للأخبار التقنية إلى أن شركة أبل ...
    # في جهاز iPad mini 4" and the relay inside it, "بحسب" with speaker "البوابة العربية للأخبار التقنية" and the same
    # content (as sabq's "-بحسب وكالة الأنباء الفرنسية-" above), "كما تشير التسريبات إلى إمكانية أن يحتوي ...
    # 802.11ac" (decided here: leaked information as a source, blind35's "المعلومات الأولية", blind27's "وتشير
    # الدراسات": named=false). Not claims (decided here): "يفترض أنها" (impersonal), "والذي يظهر أن ..." and "ويفترض
    # التصميم أن ..." (a rendering that shows, blind10's "كما تشير الصورة", blind27/blind35's "أظهرت"), "قام بنشر عدة
    # تغريدات تظهر صور" (an act, pictures), the link line
    19: [("ويشير", "الخبير الأمني مينغ تشي كيو", "إلى أن شركة", "في جهاز iPad mini 4", False, True),
         ("بحسب", "البوابة العربية للأخبار التقنية", "إلى أن شركة", "في جهاز iPad mini 4", False, True),
         ("تشير", "التسريبات", "إلى إمكانية", "من معيار 802.11ac", False, False)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind37.jsonl")
