"""Build claims-blind7.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261220) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind6.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind7.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind6/make_blind.py, unchanged; the shared gold_builder.py):
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
    # okaz shots at the Hertha Berlin bus: two "بحسب ما ..." claims whose content precedes the cue (the lead
    # sentence from "أطلق مجهول", "وذلك" left out as in claims-gold's "وذلك حسبما قال"; the whole second
    # sentence from "ولم يكن"); "مضيفا" (null); "الذي استنكره النادي المضيف" = condemnation (event), but its
    # "قائلا: «...»" is a direct claim whose speaker is النادي المضيف, the subject of the governing verb in the
    # same clause (blind5's "قَائلاً" with أحدُهم, the latest decision); "ونشر ... صورة"، "تظهر أثر الرصاصة" = no
    # statement; "وفتحت شرطة بيليفيلد تحقيقا" = act
    0: [("بحسب ما أكد", "مدير النادي ميكايل بريتس", "<أطلق مجهول", "كأس ألمانيا لكرة القدم", False, True),
        ("بحسب ما أشار", "بريتس", "<ولم يكن متواجدا", "بإطلاق النار عليها", False, True),
        ("مضيفا", None, "أنه لم يتم", "استخدم في الاعتداء", False, True),
        ("قائلا", "النادي المضيف", "«نشعر بالصدمة", "لم يصب بأذى»", True, True)],
    # alriyadh IKEA stabbing in Sweden: "كما قالت" twice with the content before the cue (blind3's "كما يقول");
    # "وقالت قوات الأمن في بيان "..."" direct ("في بيان" not counted again); "وأضاف المصدر" -- المصدر refers
    # back to the police statement, named=true (blind1's "المصدر" was an unnamed "مصدر مختص"); "يشتبه بأنه"
    # = passive; "ولم تعط الشرطة تفاصيل"، "بثت ... صورا" = acts; "وقالت صحيفة ... نقلا عن مدير المتجر أن
    # ..." = two claims with one content (blind1's "وفقاً لما نقلته", blind6's "وبحسب ... نقل ... عن")
    1: [("كما قالت", "الشرطة", "<قتل شخصان", "لأسباب غير معروفة", False, True),
        ("وقالت", "قوات الأمن", "\" تلقت الشرطة", "بجروح بالغة\"", True, True),
        ("وأضاف", "المصدر", "أن الرجل", "وراء الجريمة اعتقل", False, True),
        ("كما قالت", "المتحدثة باسم السلطات الصحية الإقليمية ايفا ليندال", "<والجريح في", "إلى غرفة العمليات",
         False, True),
        ("وقالت", "صحيفة في إل تي المحلية", "أن القتيلين", "قسم أدوات المطبخ", False, True),
        ("نقلا عن", "مدير المتجر", "أن القتيلين", "قسم أدوات المطبخ", False, True)],
    # aleqtisadiya Turkish strikes on ISIS ("بحسب ما ذكر المرصد" with the content before it, exactly as
    # blind3's almadina Aleppo article)
    2: [("بحسب ما ذكر", "المرصد السوري لحقوق الانسان", "<قتل تسعة", "في شمال سوريا", False, True),
        ("وقال", "مدير المرصد رامي عبد الرحمن", "\"نفذت الطائرات", "12 آخرين بجروح\"", True, True),
        ("مشيرا", None, "الى ان القتلى", "الجهادي في المحافظة", False, True)],
    # alweeam column "ليتني زرتها قبل الموت!": "وقلت لن أخرج ..." = the columnist's report of his own past words
    # (first set's "حذرت، وكتبت", blind4's "قلت"; null speaker, no quotes: direct=false); not claims: "وأقول
    # الحمد لله" (present authorial voice, first set's "وأقول:"), "ولسان حالهم يقول" (figurative, blind3),
    # "كذبتي الكبيرة التي صدقتها أنني “صائم”" (self-belief), "ما يقول هذا الشيخ"، "تحدثت عنه/عنها" (no content,
    # topic), "وأتمنى"، "لا أعلم" (authorial)
    3: [("وقلت", None, "لن أخرج", "الثمينة والجميلة", False, True)],
    # arriyadiyah bowling ("عبر ... عن سعادته" = verb of expression + stance noun, blind3/blind4; content to
    # the end of the sentence; first-person "بدأنا"، "لاحظناه" without quotes: direct=false)
    4: [("عبر", "رئيس بعثة المنتخب السعودي للبولينج جايد العتيبي", "عن سعادته", "للبولينج في الرياض", False,
         True),
        ("وبين", "العتيبي", "أن العمل على", "المحلي والخليجي", False, True),
        ("مشيراً", None, "بأن المنتخب", "للعاصمة العُمانية مسقط", False, True)],
    # was (SPA) Jazan spinsterhood research project ("وجه ... بتسهيل" = directive; "يُذكر أن" = editorial;
    # "أعرب ... عن شكره" = claim, blind3)
    5: [("وأعرب", "مدير جامعة جازان المكلف الدكتور محمد بن علي ربيع", "عن شكره", "في خدمة المجتمع", False, True),
        ("وأوضح", "المشرف على كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع الدكتور علي بن يحيى العريشي",
         "أن المرحلة الأولى", "لمشروع الزواج من أجل الحياة", False, True)],
    # alwatan communication-skills course ("وتناولت الدورة"، "استعرضت" = topics): no claim
    6: [],
    # almadina Jordanian analysts on al-Maliki: "اعتبر محللون ..." (content the object and its complement;
    # unidentified analysts, named=false); "وقالوا لـ»المدينة»: إن ..." direct (colon + complementizer);
    # "وأجمعوا على أن" (their unanimous statement, content from على); "هاجم" = criticism (event) but its
    # participles "متهمًا إياه بـ" (accusation, content from بـ, blind4/blind6) and "معتبرًا أن" take زيد أبو
    # زيد, the subject of the governing verb in the same clause (blind5's "قَائلاً", the latest decision on this
    # point; claims-gold's "مشدداً" after "طالب" and blind1's "مستغرباً" after "وطالب" had null speakers);
    # "أما ... عماد حمودة فقد انتقد ... واعتبر وجوده ..." -- انتقد = criticism, "واعتبر" a coordinated verb
    # with an elided subject (null, as blind5's "ثم اتهم" and blind4's "وتحذر"); "داعيًا"، "وطالب" = appeal,
    # demand; "ما قاله المالكي"، "ما طالب به المالكي" = no content
    7: [("اعتبر", "محللون سياسيون أردنيون", "تصرفات نائب", "سياسيًا وأخلاقيًا", False, False),
        ("مؤكدين", None, "أن المواقف", "إلا «بالبلطجة»", False, True),
        ("وقالوا", None, "إن دعوة المالكي", "فقد قواه العقلية", True, True),
        ("وأجمعوا", None, "على أن المالكي", "الحقد التي يعيشها", False, True),
        ("مؤكدين", None, "أن المالكي ومن يقف", "للشعوب العربية والإسلامية", False, True),
        ("وقال", "المحلل السياسي فؤاد دبور", "إن ما قاله", "على جنون الرجل", True, True),
        ("وأضاف", None, "إن ما طالب به", "سيطرتها على المنطقة", True, True),
        ("متهمًا", "زيد أبو زيد الأمين العام المساعد لحزب الاتحاد الوطني ثاني أكبر الأحزاب الأردنية",
         "بالسعي لإثارة", "الفتنة الطائفية", False, True),
        ("معتبرًا", "زيد أبو زيد الأمين العام المساعد لحزب الاتحاد الوطني ثاني أكبر الأحزاب الأردنية",
         "أن الهجوم الذي", "تمثلها المملكة", False, True),
        ("واعتبر", None, "وجوده في المعادلة", "من قوى إقليمية طائفية", False, True),
        ("واعتبر", "حمودة", "أنه لا فرق", "المالكي السياسية الطائفية", False, True),
        ("مشيرًا", None, "إلى أن توجهات", "كبيرة محلية وخارجية", False, True),
        ("مبينًا", None, "أنه من الأنسب", "مع الدول العربية والإسلامية", False, True)],
    # sabq Taif fodder fire: "أوضح ... الشريف أنه ورد بلاغ ..." (content the whole account, to "وشيول"), with
    # the nested reporting noun "بلاغ ... عن حريق في أشجار بوادي العرج" (blind5's "بلاغاً مفاده", the caller
    # never mentioned: null speaker); "وأضاف: "..."" direct ("اتضح أن" inside it = impersonal); speaker
    # "الشريف" spanned without its quotes; "تُقدر" = passive
    8: [("أوضح", "المتحدث الإعلامي للإدارة العامة للدفاع المدني بمحافظة الطائف العقيد ناصر بن سلطان الشريف",
         "أنه ورد بلاغ", "إنارة وشيول", False, True),
        ("بلاغ", None, "عن حريق", "بوادي العرج", False, True),
        ("وأضاف", None, "\"اتضح", "أربعة مواقع متفرقة\"", True, True),
        ("وأشار", "\"|الشريف|\"", "إلى أن المساحة", "لمراقبة الموقع", False, True)],
    # alyaum column on the Tabuk student ("تردد أن والدة ..." = impersonal rumour, blind4's "كما تردد";
    # "نعزي ... وندعو" = condolence, prayer; "لا أعتقد بأن" = authorial voice): no claim
    9: [],
    # aawsat Iranian chamber of commerce in the US: "صرح ... بأنه ..." content to the end of its sentence;
    # "وقال ناطقي إن ... «...»" indirect with a quoted tail (direct=false); nested in "وصرح أيضًا بأن ..." the
    # owners' "إما أعلنوا عن إفلاسهم" (announcement + noun, as the first set's "وأعلن اعتزاله" and claims-gold's
    # "أعلنت ... حالة الاستنفار"; speaker the topic "أغلبية أصحاب ...", an unidentified group: named=false);
    # "وأضاف: «...»" direct, "علمًا بأن ..." (the writer's aside, editorial) left out; "المسؤول الإيراني" = ناطقي
    10: [("صرح", "علي رضا ناطقي مسؤول تأسيس الغرف التجارية الإيرانية خارج إيران", "بأنه تم فتح",
          "93 مليار تومان إيراني", False, True),
         ("وقال", "ناطقي", "إن الغرفة التجارية", "الخارجي في إيران»", False, True),
         ("وصرح", None, "بأن أغلبية", "حاليًا في السجون", False, True),
         ("أعلنوا", "أغلبية أصحاب الغرف والمراكز الاقتصادية", "عن إفلاسهم", "عن إفلاسهم", False, False),
         ("وأضاف", None, "«حاليًا نحن", "أصحاب مراكز التجارية»", True, True),
         ("وقال", "المسؤول الإيراني", "إنهم ومنذ", "تركيا، الصين)", False, True)],
    # okaz KACST smart grid: "أوضحت X و Y أن اتفاقية ... تجدد تلقائيا" ends at its sentence (the next "وتعمل
    # تحت لجنة ..." is a new sentence, background: blind2/blind5 default); "أطلقت"، "ويهدف"، "وستركز" = no
    # statement
    11: [("أوضحت", "مدينة الملك عبدالعزيز للعلوم والتقنية والشركة السعودية الكهرباء", "أن اتفاقية",
          "تجدد تلقائيا", False, True)],
    # alriyadh column "في الشباك": "أن يتحدث رئيس لجنة الحكام عن ثقته المطلقة في الحكام" (verb of speaking +
    # the speaker's own stance noun = expressed confidence, blind3/blind4's rule; not a mere topic of talk);
    # "كشف ... عن أمور محزنة ..." (to "وتفاقم مشاكلها"; "ويفترض ..." is the columnist's); "حتى وإن رأى
    # اتحاد الكرة أن ..." (the FA's actual view, conceded); "حديثه الفضائي الذي اشار فيه ... إلى ..." (the noun
    # حديث not counted again); "وهي التي تدعي حرصها ..." (claim, relative subject: null). Not claims:
    # "يصادق الجميع على"، "والجميع ينتظر"، "كل نادٍ يبرر شكواه بان" (generic, as blind4's "لا تجد اثنين ...
    # يختلفان على أنه"), "كانت تشتكي من أزمات مالية" (complaint, an act like blind6's "احتج"/"الشكوى"),
    # "المقترحه من الرئيس العام ووافق عليها" (proposal, approval), "كما أن تصريحه اكد غيابها" (the statement
    # used as evidence by the columnist: non-source use, as "وهو ما يؤكد" in blind2)
    12: [("يتحدث", "رئيس لجنة الحكام", "عن ثقته", "المطلقة في الحكام", False, True),
         ("كشف", "رئيس لجنة الاحتراف الدكتور عبدالله البرقان", "عن أمور محزنة", "وتفاقم مشاكلها", False, True),
         ("رأى", "اتحاد الكرة", "أن هناك ايجابيات", "والنصر في لندن", False, True),
         ("اشار", "حارس النصر عبدالله العنزي", "إلى تعاطيه", "علم إدارة ناديه", False, True),
         ("تدعي", None, "حرصها على", "تضر بصحة اللاعب", False, True)],
    # 3alyoum coffee and Alzheimer's: the researchers are identified later by their university (named=true,
    # as blind2's "دراسة ألمانية حديثة"); "ووجد القائمون على الدراسة ... أن" = finding (blind3's "واستنتج"); "وأظهرت
    # دراسة نحو ألف و500 إيطالي" (the masdar's complement kept, as blind4's "دراسة ميدانية لاحتياجات ...") with
    # the nested "وفقًا لصحيفة “ديلي ميل” البريطانية" (same content, as blind2's "استنادا إلى الدراسة"; speaker
    # without the glued لـ); the gloss "وهو عادة العلامة الأولى على الخرف" left out (blind6's "وهو زعيم
    # مخضرم"); "نتائج الدراسة تؤكد صحة الدلائل" inside the قال content = non-source subject; final tag words
    # ("سمات الزهايمر ...") are not text of the article
    13: [("أكد", "باحثون إيطاليون", "أن تناول فنجان", "شبح مرض الزهايمر", False, True),
         ("أوضحوا", "الباحثين", "أن تناول فنجانين", "الأحيان للزهايمر", False, True),
         ("ووجد", "القائمون على الدراسة من جامعة “باري الدو مورو”", "أن مستويات", "لفقدان الذاكرة", False,
          True),
         ("وأظهرت", "دراسة نحو ألف و500 إيطالي", "أن المستهلكين", "بالضعف الإدراكي المعتدل", False, True),
         ("وفقًا", "ل|صحيفة “ديلي ميل” البريطانية|", "أن المستهلكين", "بالضعف الإدراكي المعتدل", False, True),
         ("وقال", "الباحثون", "إن نتائج الدراسة", "في عمر متقدم", False, True),
         ("وأشاروا", None, "إلى أن الأشخاص", "أكثر من فنجانين يوميًا", False, True)],
    # aleqtisadiya European bourses: "بعدما أعلن ... عن زيادة الأرباح" (the bank, elided subject: null).
    # Not claims: "بيانات اقتصادية ... أظهرت انخفاضا" (data, non-source, as blind4's "الفحوصات أكدت"), "رفع ...
    # تقديراتهم للسعر المستهدف" (a revision act with no stated estimate, unlike blind2's "توقعات المحللين لمتوسط
    # ربح ... 1.21 مليار ريال"), "مؤشرات على أن"، "مما يشير إلى" (non-source)
    14: [("أعلن", None, "عن زيادة الأرباح", "عن زيادة الأرباح", False, True)],
    # alweeam Spain arrests an ISIS recruiter: "وقالت الجهات الأمنية الإسبانية" (unspecified agencies,
    # named=false, as blind4's "الأجهزة الأمنية الأميركية"); "أعلنت وزارة الداخلية الإسبانية توقيف رجل ..."
    # (content the object NP) and the glued ".وفقا للفرنسية" (content the preceding sentence, blind2's rule;
    # speaker "لفرنسية" without the glued preposition, as blind3's "ل|لعلماء|"); "وأوضحت الشرطة الإسبانية أن
    # ... وأن ..." runs over the full stop into "كما أنه ألقى ... في مناطق سيطرته" (كما أنه continues the أن
    # clause, blind6's okaz "كما أن"); "وبحسب مدريد فقد التحق ..." (content from فقد, blind6's "فقد نقل"; the
    # writer's "وهو رقم منخفض نسبيا ..." left out). Not claims: "كما أعلنها التنظيم"، "التي أعلنها تنظيم داعش"
    # (proclamation of the caliphate: an act whose only content would be the object clitic), "يشتبه" (passive),
    # "ألقى ... خطبا"، "تحرض"، "عارضا عليه هذه الوثائق" (acts)
    15: [("وقالت", "الجهات الأمنية الإسبانية", "إنه تم حجز", "كما أعلنها التنظيم الإرهابي", False, False),
         ("أعلنت", "وزارة الداخلية الإسبانية", "توقيف رجل", "جيب مليلية في المغرب", False, True),
         ("وفقا", "ل|لفرنسية|", "<أعلنت وزارة", "جيب مليلية في المغرب", False, True),
         ("وأوضحت", "الشرطة الإسبانية", "أن الموقوف إسباني", "داعش في مناطق سيطرته", False, True),
         ("وأضافت", "الوزارة", "أن الموقوف أقدم", "عليه هذه الوثائق", False, True),
         ("وبحسب", "مدريد", "فقد التحق", "في العراق وسوريا", False, True)],
    # arriyadiyah Hilal's new board ("اتضح في فشل الإدارة" = impersonal; "استقالت احتجاجا" = act): no claim
    16: [],
    # was (SPA) Makkah gifted pupils: "وأوضحت"، "مؤكدة"، "وبينت" (null); "والتوضيح لأولياء أمورهن بعدم الضغط
    # ... وأن هذا لا يمثل ..." is the object of "تحرص على" (a practice intended, not a statement reported: as
    # blind5's purpose "ويقنعها بأن"), not counted separately
    17: [("وأوضحت", "مديرة إدارة الموهوبات الدكتورة ليلى الصاعدي", "أنه سيتم نقل", "إلى الصف الثالث متوسط",
          False, True),
         ("مؤكدة", None, "أن الإدارة ستتابع", "المركزية للتسريع بالوزارة", False, True),
         ("وبينت", None, "أن إدارة الموهوبات", "نجاحا أو إخفاقا", False, True)],
    # alwatan column on al-Qasabi's Asiri dialect ("فعلي أن أوضح أن" = present authorial voice, blind5's
    # "بَقي أنْ نُشير"; "حتى يقال: أتقن الدور" = impersonal; "ولو ... قلت له: أعد" = hypothetical imperative;
    # "أثارت جدلا وتساؤﻻت عن" = topic; "إذ أشك في أن" = authorial): no claim
    18: [],
    # almadina astronomer: "كشف ... عن بداية دخول «الدُّر»" (the gloss "وهو موسم الرطوبة" left out, blind6's
    # "وهو زعيم مخضرم"); "وأضاف: ..." direct (colon; "وتشير المؤشرات" inside = non-source); "وكانت الرئاسة
    # ... قد توقعت في تقريرها" ("في تقريرها" not counted again) and "كما توقعت الأرصاد" (cue the verb; كما is
    # the conjunction "also", not blind3's "كما يقول")
    19: [("كشف", "الباحث الفلكي سلمان آل رمضان", "عن بداية", "«الد\u0651\u064fر»", False, True),
         ("وأضاف", None, "برغم انتهاء", "من تقلبات", True, True),
         ("توقعت", "الرئاسة العامة للأرصاد وحماية البيئة", "استمرار تأثر", "ونجران", False, True),
         ("توقعت", "الأرصاد", "هطولاً", "ما بعد الظهيرة", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind7.jsonl")
