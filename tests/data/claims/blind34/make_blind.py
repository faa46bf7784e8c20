"""Build claims-blind34.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261274) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind33.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind34.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind33/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a cue that is also an earlier word of the text, or a one-word speaker).
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
The strings copy the text's marks and spellings as written (the tanween of "مؤكداً" (was ×2) and "معترفاً"
(3alyoum); the bare "مؤكدا" (okaz), "مبينا" (3alyoum), "لافتا" (alwatan); the hamza-less "واضاف" (3alyoum); the
shadda of "سيوقّع" (aleqtisadiya); the straight quotes of aleqtisadiya; the guillemets « » of alyaum and okaz; the
curly quotes “ ” and the parentheses of 3alyoum).
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
    # alyaum SFDA seizure: "وأوضحت الهيئة في بيان صحفي اليوم أن الفرق التفتيشية كثفت ... نشاط تخزين وتوزيع
    # المستحضرات الصيدلانية" (the channel and time "في بيان صحفي اليوم" left out, blind23/blind33; the "وأدى ذلك لضبط
    # ..." continuation kept to the end of the sentence), "وأفادت أن فرقها التفتيشية نفذت ... بقيمة تتجاوز خمس
    # ملايين ريال" (a coordinated finite verb with its subject elided: null, blind7/blind8/blind11-blind33; ending
    # before "مبينة"), "مبينة أنها تعمل حاليا ... مع إتلاف الكميات المخالفة" (a participle after a claim: null) and
    # "وشددت الهيئة العامة للغذاء والدواء على أنها ستواصل ... المنتجات الخاضعة لرقابتها" (content from على,
    # blind10/blind11/blind15/blind28/blind32/blind33; ending before the appeal "مهيبة بالمستهلكين إبلاغ ...",
    # blind27's "يهيب", blind33's "حاثاً"). Not claims: "ضبطت الفرق التفتيشية" (an act), "مهيبة" (an appeal) and the
    # phone/fax/e-mail line inside it
    0: [("وأوضحت", "الهيئة", "أن الفرق التفتيشية", "تخزين وتوزيع المستحضرات الصيدلانية", False, True),
        ("وأفادت", None, "أن فرقها", "تتجاوز خمس ملايين ريال", False, True),
        ("مبينة", None, "أنها تعمل", "مع إتلاف الكميات المخالفة", False, True),
        ("وشددت", "الهيئة العامة للغذاء والدواء", "على أنها ستواصل", "الخاضعة لرقابتها", False, True)],
    # arreyadi "Kalam al-Nas 3" tops the searches: no claim (the byline "الرياضي ـ جدة"; "أحدث المسلسل جدلاً" a
    # controversy without a source's statement; "تظهر ما يزيد عن تسعة وثلاثين مليون نتيجة" search results, a
    # non-source; "وهذا مؤشر واضح على ..." the writer, blind10's "وهذا يدل على أن"; "وتعتبر وسائل التواصل ..."
    # impersonal, blind11/blind33's "وتعتبر")
    1: [],
    # aleqtisadiya Morales deal: "على الرغم من إعلان الطرفين التوصل إلى اتفاق مبدئي" IS a claim (a reporting noun
    # with its genitive subject and object, blind9's "اعلان الولايات المتحدة انها سلمت ...", blind8/blind12/
    # blind33's "الإعلان"، "للإعلان"، "إعلان"; speaker the identified parties "الطرفين" (al-Ittihad and the player):
    # named=true; content the object, the writer's asyndetic relative "عصف حينها بالغاني ..." left out), "وأكد عدد
    # من وسائل الإعلام الإيطالية أمس، أن صفقة ... المجيء للسعودية" (unidentified media: named=false, claims-gold's
    # "الصحف الفرنسية"; "أمس" left out), "وقالت صحيفة سكاي سبورت "هناك ... في اليومين الماضيين"" (quoted: direct;
    # the stop after the closing mark excluded; "لم تعلن عنها" (negated, blind7/blind11), "إعلان الصفقة" (a noun
    # without propositional content, blind4/blind23's "إعلان أسماء اللاعبين"، "إعلان الفائزين") and "من المتوقع"
    # (impersonal) inside the quote are not claims of their own), "وكشفت مصادر إلى أن الاتحاديين عرضوا ... علما أنه
    # متمسك بتسلمها دفعة واحدة" (unnamed sources: named=false; the "علما أنه ..." continuation kept to the end of the
    # sentence, blind33's "ولا سيما أن ...") and "يشار إلى منصور البلوي المشرف العام على كرة القدم الاتحادية سبق
    # أعلن قبل أيام أن الاتحاد سيوقّع مع موراليز في صباح اليوم التالي لتصريحه" (cue "أعلن" after "سبق", blind22/
    # blind24's "وكان ... اقر"; "قبل أيام" left out; the noun "لتصريحه" inside, without content of its own). Not
    # claims: "يشار إلى" (an editorial formula, blind14's "يشار الى أنه"), the photo caption "ريفاس محاطا بالجماهير
    # ..." and its credit "«مركز الاتحاد الإعلامي»", "في ظل رغبة المدرب الروماني بولوني في وجود مهاجم ..." (a bare
    # desire noun without a reporting word, blind10's "لرغبة المدرب في الاستعانة بخدماته", unlike blind4's "عبر عن
    # رغبته"), "وهي تردد الأهازيج" (chanting, blind24/blind31), "كما قدم بعضهم الورود" (an act), "يذكر أن"
    # (editorial)
    2: [("من |إعلان| الطرفين", "الطرفين", "التوصل إلى اتفاق", "اتفاق مبدئي", False, True),
        ("وأكد", "عدد من وسائل الإعلام الإيطالية", "أن صفقة", "المجيء للسعودية", False, False),
        ("وقالت", "صحيفة سكاي سبورت", "\"هناك", "في اليومين الماضيين\"", True, True),
        ("وكشفت", "وكشفت |مصادر| إلى", "إلى أن الاتحاديين", "بتسلمها دفعة واحدة", False, False),
        ("أعلن", "منصور البلوي المشرف العام على كرة القدم الاتحادية", "أن الاتحاد سيوقّع", "اليوم التالي لتصريحه",
         False, True)],
    # sabq stray bullet in Taif: "في واقعة تعرض أحد المنازل لطلقات نارية، تؤكد المعلومات قدومها من قاعة أفراح تبعد
    # عن ذلك المنزل قرابة 2 كم" IS a claim (decided here: unattributed information reported as confirming a fact,
    # as blind14/blind19's "الأنباء التي أكدت" -- unspecified reports, named=false -- and blind25's "كشفت
    # التحقيقات"; unlike blind18's "الشواهد تشير"، blind4/blind11's "الفحوصات أكدت" and blind27's "بيانات أظهرت" --
    # evidence, tests and data that show; speaker "المعلومات", named=false; content the object NP with its
    # complement, blind33's "أكد ... أهمية إحضار ..."; ending before the writer's "، فيما نجا أحد السكان ..."). Not
    # claims: the byline and dateline "فهد العتيبي - سبق - الطائف:", "بدأت الجهات الأمنية ... في التحقيق" (an act),
    # "وتقدم المواطن الشلوي ببلاغه لدى مخفر شرطة أبو راكة" (a complaint filed without content, unlike blind7/
    # blind9's "بلاغ عن ..."), "وتم توثيق الحالة" (documenting, passive, blind33)
    3: [("تؤكد", "المعلومات", "قدومها من قاعة", "قرابة 2 كم", False, False)],
    # was Grand Mosque deputy president: "وحث الشيخ الخزيم الجميع على مضاعفة الجهود ...، مؤكداً على التكامل بين
    # الإدارات ... ارتقاءً بمنظومة الخدمات" -- the participle after the non-claim "وحث" (an exhortation, blind20/
    # blind27/blind33) takes its overt subject "الشيخ الخزيم" (blind5/blind7/blind8/blind10-blind33, blind33's "وطالب
    # العشوان ...، مؤكداً"); content from على. Not claims: the dateline, "استعرض ... الخدمات" (a review, blind25's
    # "واستعرض سموه"), "وحث" (an exhortation), "بما يحقق توجيهات القيادة" (directives), "// انتهـــى //" and the time
    # line
    4: [("مؤكداً", "الشيخ الخزيم", "على التكامل", "بمنظومة الخدمات", False, True)],
    # alwatan children's play "The Unknown Cave": "وأبان المحاضر في كلية الآداب بجامعة الملك فيصل يونس البدر
    # لـ"الوطن"، أنه شارك ... إذ إنها مصدر للعلم والمعرفة" (the addressee لـ"الوطن" left out, blind12; the colon of
    # "وهي من: تأليف ..." inside an indirect content, not direct), "وأضاف أن المسرحية تجسد ... بأن يتم تقييدهم في
    # المستقبل" (null; ending before "لافتا") and "لافتا إلى أن لمسات المخرج واضحة جدا، ... مكونات المسرح وتنوعها"
    # (null; "ولا يمكن القول إنه" (impersonal, blind18's "وغني عن القول إن"), "حيث كان النص الأصلي يشير إلى أنهم
    # ..." (a script's content, a non-source) and the characters' threat "يقومان فيها بتهديد ..." inside the
    # contents, not claims of their own). NOT a claim (decided here): "أكدت المسرحية المخصصة للأطفال "الكهف
    # المجهول"، ... على أن الطفل معرض ليكون فريسة ..." -- a play's moral, a work's theme and not a source's words
    # (the first set's "ويكشف الفيلم عن ..."، blind27's plays' themes "تناولت مشكلة"، blind20's metaphorical
    # messenger "يؤكد على أن المدينة أصبحت آمنة"; unlike the quoted words of an identified novel, poem or song,
    # blind3/blind9/blind12)
    5: [("وأبان", "المحاضر في كلية الآداب بجامعة الملك فيصل يونس البدر", "أنه شارك", "مصدر للعلم والمعرفة", False,
         True),
        ("وأضاف", None, "أن المسرحية تجسد", "تقييدهم في المستقبل", False, True),
        ("لافتا", None, "إلى أن لمسات", "مكونات المسرح وتنوعها", False, True)],
    # okaz UAE anti-discrimination law: no claim ("أصدر ... مرسوم قانون" an act; "ويحظر القانون ..."، "كما يجرم
    # ..."، "وفقا لأحكام هذا القانون" and "ووفقا لنص المرسوم فإنه يتم تجريم ..." -- a law's and a decree's
    # provisions, "according to" a non-source: blind3's "ونص القرار الوزاري", blind17's "ونص المرسوم على",
    # blind17-blind20's "a rule's, a law's or a decree's provisions")
    6: [],
    # 3alyoum Taif municipal elections: "وبين الناطق الإعلامي لأمانة الطائف إسماعيل إبراهيم أن اللجنة المحلية ...
    # عقدت اجتماعًا ... وتكثيف الجهد التثقيفي للمواطنين" (to the end of the sentence; the following paragraphs
    # "وبدأت اللجنة ..."، "وسيتم ..."، "وتشهد الدورة ..." are the writer's account). Not claims: the byline, "قامت
    # اللجنة ... بتركيب لوحات"، "وبدأت"، "وراعت" (acts), "وقد شددت الإجراءات والضوابط الانتخابية على أن الهوية
    # الوطنية هي الوثيقة الوحيدة ..." (a rule's provision, blind13's regulation "شددت على"، "نصت على"), the tag line
    # "سمات ..." (blind13/blind33)
    7: [("وبين", "الناطق الإعلامي لأمانة الطائف إسماعيل إبراهيم", "أن اللجنة المحلية", "الجهد التثقيفي للمواطنين",
         False, True)],
    # alweeam Kerry in the Gulf: "قال وزير الخارجية الأمريكي جون كيري اليوم الاثنين إن الولايات المتحدة ...
    # الاستقرار في الخليج" (time left out), "وأضاف كيري في مؤتمر صحفي أنه اتفق ونظراؤه ... سيسهم في أمن المنطقة"
    # (the venue left out), "وتابع أن الوزراء بحثوا أيضا الدفاع الصاروخي ونقل السلاح" (null) and "وأشار إلى أن هناك
    # المزيد ... وتدريب القوات الخاصة" (null). Not claims: "جاء ذلك عقب محادثات ..." (a formula), the link line
    8: [("قال", "وزير الخارجية الأمريكي جون كيري", "إن الولايات المتحدة", "الاستقرار في الخليج", False, True),
        ("وأضاف", "كيري", "أنه اتفق", "سيسهم في أمن المنطقة", False, True),
        ("وتابع", None, "أن الوزراء", "الصاروخي ونقل السلاح", False, True),
        ("وأشار", None, "إلى أن هناك", "وتدريب القوات الخاصة", False, True)],
    # almadina Pogba's number ten: "أعلن نادي يوفنتوس حامل لقب الدوري الإيطالي أمس الخميس عن منح نجم خط وسطه ...
    # القميص رقم 10 في الموسم الجديد" (the nominal apposition "حامل لقب الدوري الإيطالي" kept in the speaker as a
    # title, claims-gold's "... بايرن ميونيخ حامل لقب الدوري الألماني", blind29's "الهلال بطل الكأس" -- unlike
    # participial descriptors with the article, blind33's "المنتمي للدوري ..."; "أمس الخميس" left out; content from
    # عن, claims-gold/blind30's "أعلن ... عن"). Not claims: "وارتدى"، "وسيكون" (the writer), "وتقدَّم برشلونة ...
    # بعرض" (an offer, an act), "قوبل بالرفض" (a passive rejection)
    9: [("أعلن", "نادي يوفنتوس حامل لقب الدوري الإيطالي", "عن منح", "في الموسم الجديد", False, True)],
    # alriyadh UN population: "قالت الأمم المتحدة إن الهند ستتخطى الصين ... في أقل من عشر سنوات" (the writer's
    # closing gloss "وهو ما يقل عن توقعات سابقة بست سنوات" left out, blind6/blind7/blind10/blind11/blind33; its
    # source-less "توقعات سابقة" no claim, blind14's "توقعات بأن"), "وتوقعت المنظمة الدولية أن تتخطى نيجيريا ...
    # من حيث عدد السكان" (a prediction; the anaphoric "المنظمة الدولية": named=true) and "وذكر تقرير التوقعات
    # السكانية العالمية أن معظم الزيادة ستكون في المناطق النامية خاصة افريقيا" (an identified report: named=true,
    # blind19's "تقرير للأمم المتحدة", blind21/blind26/blind31). Not claims: "ومن المتوقع أن يرتفع ..." and "ومن
    # المرجح أن تتبادلا ..." (impersonal, blind2/blind21/blind30/blind33), "ويتجاوز عدد السكان ..." (the writer)
    10: [("قالت", "الأمم المتحدة", "إن الهند", "في أقل من عشر سنوات", False, True),
         ("وتوقعت", "المنظمة الدولية", "أن تتخطى نيجيريا", "من حيث عدد السكان", False, True),
         ("وذكر", "تقرير التوقعات السكانية العالمية", "أن معظم الزيادة", "النامية خاصة افريقيا", False, True)],
    # aljazirah Hajer's last friendly in Turkey: no claim (match report; "وعمد المدير الفني ... إلى إجراء عدد من
    # التغييرات ... بغية الوقوف" an act and an aim; "الجدير بالذكر أن" editorial; "منح الجهازان ... اللاعبين راحة"
    # an act)
    11: [],
    # alyaum Facebook's second quarter: "كشفت شبكة التواصل الاجتماعي «فيسبوك» عن بلوغ عدد المستخدمين ... من العام
    # الماضي" (the guillemets kept inside the longer noun phrase, blind19/blind21/blind22/blind24; content from عن,
    # blind9's "كشفت شركة "سامسونج" عن أنه"), "وأوضحت الشركة أن 1.31 مليار ... بزيادة 17%", "كما كشفت شركة «فيسبوك»
    # عن نتائج مالية قوية ... وأعلى بقليل من توقعات المحللين التي تحدثت عن 3.99 مليار دولار" (cue without كما,
    # blind7/blind17; to the end of the sentence; its "والتي تبين استمرار نجاحها" results that show, a non-source,
    # blind11's "وأظهرت النتائج"), nested in it "توقعات المحللين التي تحدثت عن 3.99 مليار دولار" (a forecast noun
    # with its source and figure, blind2's "توقعات المحللين لمتوسط ربح قدره 1.21 مليار ريال", blind12/blind31/
    # blind33; nested claims counted, blind8/blind11/blind14; speaker "المحللين": named=false; content the figure
    # with its preposition, the relative's linking verb "التي تحدثت" left out -- decided here), "ذكرت فيسبوك أن
    # أرباحها للسهم بلغت 50 سنتا، متفوقة على توقعات المحللين لـ 47 سنتا" (the fronted "وباستثناء النفقات ..."
    # before the cue left out; ending before "، ولكن النتائج أظهرت ..." -- results that show, a non-source), nested
    # "توقعات المحللين لـ 47 سنتا" (as above) and "وتأمل «فيسبوك» في الحصول على حصة أكبر من الميزانيات الإعلانية
    # التي تذهب عادة للتلفزيون" (a hope with its content, blind2/blind15/blind25/blind29's "يأمل"/"وتأمل"; "فيسبوك"
    # quoted as a whole: spanned without its marks, the first set/blind10/blind27/blind28/blind29; ending before the
    # writer's account of its acts "، لذا فهي تعمل على تشجيع ..."). Not claims: "وتأتي النتائج لتبين أيضا أن ..."
    # (results that show), "وسعت فيسبوك"، "فاستحوذت"، "كما بدأت الشركة ... إدراج" (acts), "في مسعى منها" (an aim),
    # "مع الإشارة إلى أنها لم تُبلغ حتى عن أي إيرادات ..." (the writer's note, blind14's "يشار الى أنه", with a
    # negated report, blind7/blind11)
    12: [("كشفت", "شبكة التواصل الاجتماعي «فيسبوك»", "عن بلوغ", "بنفس المدة من العام الماضي", False, True),
         ("وأوضحت", "الشركة", "أن 1.31 مليار", "يونيو، بزيادة 17%", False, True),
         ("كشفت", "شركة «فيسبوك»", "عن نتائج مالية", "تحدثت عن 3.99 مليار دولار", False, True),
         ("توقعات", "المحللين", "عن 3.99", "3.99 مليار دولار", False, False),
         ("ذكرت", "فيسبوك", "أن أرباحها", "المحللين لـ 47 سنتا", False, True),
         ("توقعات", "المحللين", "لـ 47", "لـ 47 سنتا", False, False),
         ("وتأمل", "«|فيسبوك|» في", "في الحصول", "تذهب عادة للتلفزيون", False, True)],
    # aleqtisadiya Chavez's judge: "طالب ... كارلوس تشافيز ... بتغيير القاضي ... بعد اتهامه له بعدم الالتزام
    # بالحيادية" -- the accusation noun IS a claim (blind5's "بسبب اتهامه لها باختلاس بعض أمواله": possessive
    # pronoun, null; content from بـ; "له" left out), "ويرى المسؤول الرياضي البوليفي، الذي ألقي القبض عليه الجمعة
    # الماضي وفريق دفاعه أن القاضي تحيز لمصلحة النيابة العامة" (an opinion; speaker the head "المسؤول الرياضي
    # البوليفي" -- the relative left out, which also cuts the coordinated "وفريق دفاعه": a span is contiguous,
    # blind11's "مجموعة (5 + 1) ... وايران"; ending before "، إلا أنهم لم يوضحوا ..." -- a negated explanation,
    # blind9's "ولم توضح"), "وقال خايمي تابيا محامي تشافيز: "هناك ... عن القضية"" (colon and quotes: direct; the
    # request "وطلبنا من القاضي" inside) and "واتهمت النيابة العامة في بوليفيا تشافيز بارتكابه أعمال فساد ... الاتحاد
    # البوليفي لكرة القدم" (an accusation, blind6/blind12/blind21/blind23's "اتهم"/"اتهمت"; content from بـ). Not
    # claims: "طالب" (a demand), "واتهم تشافيز، الذي يشغل منصب ...، أيضا بالفساد والاحتيال" (passive, no source,
    # blind11/blind13/blind33's passives), "والتي قررت القبض عليه" (a decision), "ويتعين على قاضي التحقيق" (the
    # writer), "وقامت هيئة الدفاع ... برد القاضي" (a legal act)
    13: [("اتهامه", None, "بعدم الالتزام", "بعدم الالتزام بالحيادية", False, True),
         ("ويرى", "المسؤول الرياضي البوليفي", "أن القاضي", "لمصلحة النيابة العامة", False, True),
         ("وقال", "خايمي تابيا محامي تشافيز", "\"هناك", "يتنحى عن القضية\"", True, True),
         ("واتهمت", "النيابة العامة في بوليفيا", "بارتكابه", "الاتحاد البوليفي لكرة القدم", False, True)],
    # aawsat Rotana Khalijiah's Ramadan serials: no claim (programme descriptions; "تدور أحداثه حول"، "وتروي قصة"
    # (a story's plot, a non-source), "رجل أعمال يدعى «خالد»" (naming), "فقد أعاد المؤلف ... كتابة هذه القصة"،
    # "الذي كتبته وأخرجته" (authorship, blind20), "ويتم حاليًا وضع اللمسات الأخيرة" (passive))
    14: [],
    # was Asir emir receives the photography club: "أثنى ... الأمير فيصل بن خالد ... على ما تضمنه التقرير السنوي
    # ...، مؤكداً سموه على دور النادي في توعية المجتمع ... على المستوى السياحي والتوثيقي" -- the participle with its
    # own overt "سموه" (blind20/blind22/blind31's "مؤكداً سموه"، "مبيناً سموه"; after the praise "أثنى", not a
    # claim, blind25's "ونوّه سموه"; content from على) and "وأوضح رئيس النادي أنه خلال السنة الماضية تم تقديم ...
    # على مستوى محافظات المنطقة" (the title alone for the identified man, blind32/blind33). Not claims: the dateline,
    # "أثنى" (praise), "جاء ذلك خلال استقبال" (a formula), "وإطلاعه على التقرير" (an act), "وقدم " بن حاضر "
    # تعازيه ومواساة" (condolences, blind2/blind17/blind20), "// انتهى //" and the time line
    15: [("مؤكداً", "سموه", "على دور النادي", "السياحي والتوثيقي", False, True),
         ("وأوضح", "رئيس النادي", "أنه خلال", "مستوى محافظات المنطقة", False, True)],
    # alwatan al-Baha honey festival: "وأوضح رئيس اللجنة المنظمة للمهرجان الدكتور أحمد الخازم الغامدي أمس، أن
    # مهرجان العسل الدولي هو الأول ... خيارات متنوعة لزوارها" ("أمس" left out) and "وأشار إلى أن المهرجان يهدف إلى
    # ... للعمل بصناعة العسل والنحل" (null; an aim stated by the organiser, content to the end of the list). Not
    # claims: "تحتضن منطقة الباحة ..."، "تحت رعاية" (the writer)
    16: [("وأوضح", "رئيس اللجنة المنظمة للمهرجان الدكتور أحمد الخازم الغامدي", "أن مهرجان العسل", "متنوعة لزوارها",
          False, True),
         ("وأشار", None, "إلى أن المهرجان", "للعمل بصناعة العسل والنحل", False, True)],
    # okaz US-Turkish deal: "ذكرت صحيفة حرييت التركية أمس أن الاتفاق ... الحدود مع تركيا" ("أمس" left out), "وذكرت
    # الصحيفة أن الاتفاق الذي يسمح ... مارع وجرابلس السوريتين" (to the end of the sentence; the next sentence
    # "وستقدم منطقة حظر الطيران ..." has no cue and is left out), "وقالت الصحيفة: إن طائرات النظام السوري ... في حال
    # فعلت ذلك" (colon + complementizer: direct, blind3/blind4/blind12/blind16/blind19/blind33), "وأضافت حرييت أن
    # قوات التحالف ... في المنطقة", "ولفتت إلى أن الاتفاق ينص على أن ... بالمدفعية" (null, coordinated; the
    # agreement's "ينص على" a document's provision inside, blind17/blind19/blind22), "أعلن رئيس الوزراء التركي أحمد
    # داود أوغلو أن العمليات ... ستتواصل" (cue without "في غضون ذلك"), "وقال للصحافة: إن العملية ... ولن تتوقف"
    # (null, coordinated; the addressee left out; colon + complementizer: direct), "وأضاف «أقول ذلك هنا بوضوح تام،
    # ... لحماية حدودنا»" (null; direct; "أقول ذلك" inside the quote part of the direct claim, blind2's "لا اقول
    # ذلك") and "مؤكدا أن أدنى تحرك ... أقسى ردود الفعل" (a participle after a claim, after a full stop: null). Not
    # claims: "والمنطقة الآمنة ستعمل ..."، "وجاء الاتفاق بعد أشهر من المفاوضات" (the writer)
    17: [("ذكرت", "صحيفة حرييت التركية", "أن الاتفاق بين", "بمحاذاة الحدود مع تركيا", False, True),
         ("وذكرت", "الصحيفة", "أن الاتفاق الذي", "مارع وجرابلس السوريتين", False, True),
         ("وقالت", "الصحيفة", "إن طائرات", "في حال فعلت ذلك", True, True),
         ("وأضافت", "حرييت", "أن قوات التحالف", "وضربات في المنطقة", False, True),
         ("ولفتت", None, "إلى أن الاتفاق", "لتلك الغارات بالمدفعية", False, True),
         ("أعلن", "رئيس الوزراء التركي أحمد داود أوغلو", "أن العمليات", "الكردستاني ستتواصل", False, True),
         ("وقال", None, "إن العملية", "حققت هدفها ولن تتوقف", True, True),
         ("وأضاف", None, "«أقول", "لحماية حدودنا»", True, True),
         ("مؤكدا", None, "أن أدنى تحرك", "أقسى ردود الفعل", False, True)],
    # 3alyoum al-Mureisel apologises to Abdullah bin Musaed: "قدّم الإعلامي عبدالعزيز المريسل اعتذاره ...، معترفاً
    # بأنه أخطأ في حقه كثيراً ... أمور كانت غائبة عنه" (an admission, blind10/blind12/blind24/blind27; the participle
    # after the non-claim "قدّم ... اعتذاره" -- an apology offered, a bare act, blind2/blind27 -- takes its overt
    # subject "الإعلامي عبدالعزيز المريسل", blind5/blind7/blind8/blind10-blind33; blind2's "قدمت اعتذارا ... مؤكدة"),
    # "وأوضح بأنه يقدر أن ابن مساعد لن يقبل اعتذاره ... قبول بن مساعد لاعتذاره" (null; ending before "مبينا"),
    # "مبينا أنه سيكشف ... مستقبلاً" (null), "وقال المريسل عبر حسابه بموقع التواصل الاجتماعي “تويتر”: لا يعيبني ...
    # الذي بداخلي" (the channel left out; colon: direct; "أن أقول بأنني أخطأت" inside), "وتابع: أعترف بأنني ...
    # مستقبلاً" (null; colon: direct) and "واضاف: أعلم تماماً ... أرحت ضميري" (null; direct). Not claims: the byline
    # "رغد عشميل – عين اليوم", "قدّم ... اعتذاره" (an apology), the tag line "سمات ..."
    18: [("معترفاً", "الإعلامي عبدالعزيز المريسل", "بأنه أخطأ", "كانت غائبة عنه", False, True),
         ("وأوضح", None, "بأنه يقدر", "بن مساعد لاعتذاره", False, True),
         ("مبينا", None, "أنه سيكشف", "البرامج الرياضية مستقبلاً", False, True),
         ("وقال", "المريسل", "لا يعيبني", "(السيد ضمير) الذي بداخلي", True, True),
         ("وتابع", None, "أعترف بأنني", "عبر أحد البرامج الرياضية مستقبلاً", True, True),
         ("واضاف", None, "أعلم تماماً", "على الأقل أرحت ضميري", True, True)],
    # alweeam Jeddah electoral districts: "أعلنت أمانة محافظة جدة عن زيادة عدد الدوائر ... و44 للمحافظات التابعة
    # لها" (content from عن with its "حيث تضم ..." continuation, blind33), "وأوضح المتحدث الإعلامي لانتخابات المجلس
    # البلدي سعود التويم، أن مراحل ... للعملية الانتخابية" and "وأشار إلى أن الدورة الثالثة ... لمجالس البلدية"
    # (null). Not claims: "وتابع الدكتور هاني بن محمد أبو راس ... سير الأعمال ... وتفقد المهام" ("تابع" with an
    # object: "followed up", an act -- not the reporting "وتابع" of a continued statement), the link line
    19: [("أعلنت", "أمانة محافظة جدة", "عن زيادة", "و44 للمحافظات التابعة لها", False, True),
         ("وأوضح", "المتحدث الإعلامي لانتخابات المجلس البلدي سعود التويم", "أن مراحل", "التطويرية للعملية الانتخابية",
          False, True),
         ("وأشار", None, "إلى أن الدورة الثالثة", "الانتخابية لمجالس البلدية", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind34.jsonl")
