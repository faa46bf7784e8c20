"""Build claims-blind14.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261234) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind13.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind14.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind13/make_blind.py, unchanged; the shared gold_builder.py):
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
The arriyadiyah article opens its never-closed quotation with ':" ' (space after the mark), kept in the span; the
alyaum birds article's "موضحا" content runs over a paragraph break (matched by the whitespace rule).
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
    # alwatan al-Tayyar Eid party: "وقال الداود إن ..." (the CEO, named at first mention) and "مبينا أن ..." (null,
    # after a claim). Not claims: "أقامت ... حفلاً للمعايدة وتبادل التهاني" (an event; congratulations, blind3)
    0: [("وقال", "الداود", "إن مثل هذه اللقاءات", "روحا جديدة للعطاء والإنتاج", False, True),
        ("مبينا", None, "أن دعم الموظف", "في تطوير الأداء وجودة المنتج", False, True)],
    # alriyadh stock market: no claim. "حسب وزنهما في السوق" ("according to" a non-source: weight, blind4's "بحسب
    # نظام فيفا"), "كانت السيطرة فيها للبائعين"، "ودفع السوق للانخفاض" (market description, no source)
    1: [],
    # aljazirah Rolls-Royce coachline: "تعتز رولز رويس بأنها السيارة الفارهة الوحيدة ..." -- a verb of feeling with a
    # content clause, the company's expressed pride (the first set's "مستغرباً", blind4's "تعجّب موظفون ... من",
    # blind8's "عبر ... عن اعتزازه"; decided here, see SOURCE-blind14.txt; content from بـ to the end of its clause);
    # "وتؤكد بأن مارك كورت هو الشخص الوحيد ..." (coordinated, elided subject: null, blind7/blind8/blind11-blind13;
    # content to the end of the sentence, its final relative included, blind9). Not claims: "وذلك وفقاً لطلبات
    # العملاء" (requests, a non-source), "وبناءً على طلب بعض العملاء" (a request), "وكدليل على التزام" (the
    # writer), the headline "رولز-رويس تعتبر ..." (never annotated)
    2: [("تعتز", "رولز رويس", "بأنها السيارة", "بطول 6 أمتار", False, True),
        ("وتؤكد", None, "بأن مارك كورت", "ضمن برنامج بيسبوك", False, True)],
    # was (SPA) Queensland scholar: "كرمت جامعة كوينزلاند ... ووضعت صورته ... ووصفته بصانع التغيير" -- وصف is a claim
    # (claims-gold's "يصفه", blind2's "وصفته بالكريم"; cue with its object clitic; content from بـ), coordinated with
    # an elided subject: null (blind7/blind8/blind11-blind13). Not claims: "وهنأ السفير ... المبتعث"، "من جهته هنأ
    # الملحق الثقافي ..." (congratulations, blind3's "مهنئاً"), "وأشاد بالتفوق"، "وأثنى على" (praise), "الذي يعد
    # إنجازاً" (passive). "وأوضح أن الملحقية نظمت ... كما نشرت الملحقية إصدارًا ..." (coordinated after the
    # congratulation with the elided subject: null, blind11's "وأشاد ... وأضاف"; "كما نشرت" continues the أن clause,
    # blind6/blind7), "وبين أن ..." (null) and "مشيراً إلى أن الآمال تحدونا ..." (null, after a claim). The dateline,
    # "// يتبع //" and the time line are not annotated
    3: [("ووصفته", None, "بصانع التغيير", "بصانع التغيير", False, True),
        ("وأوضح", None, "أن الملحقية نظمت", "توثيقًا لهذه الإنجازات", False, True),
        ("وبين", None, "أن الملحقية بدأت", "للطلبة المبتعثين", False, True),
        ("مشيراً", None, "إلى أن الآمال", "آمال الأمة وتطلعاتها", False, True)],
    # sabq Jeddah missing girls: "طالب مواطن الجهات الأمنية بتكثيف البحث" (a demand) is not a claim; "فيما أبلغ
    # المواطن القادم من الرياض مركز شرطة النزهة ... عن اختفاء ابنتيه ..." IS (blind3's "أبلغ مقيم عربي أربعيني مركز
    # الضبط الأمني ... عن تعرض ابنه"; cue the verb without فيما, blind13; the participial descriptor "القادم من
    # الرياض" left out, blind2; the story's father, identified though unnamed: named=true, blind10's "العامل").
    # "وقال والدها: "..."" (direct); "وأشار الوالد إلى أن "شقيقتهما الصغرى قالت: إنه ... للبقالة"" (everything after
    # the complementizer quoted: direct, blind2's "مضيفة أن «...»") nests "قالت: إنه ..." (speaker the younger sister,
    # identified family member: named=true; colon + complementizer: direct) which nests "أبلغتاها بأنهما ستذهبان
    # للبقالة" (the girls' statement to her; cue with its object clitic, blind8's "واتهمه"; pronoun subject: null);
    # "وبين والدهما أنه ... حتى الآن"" (the closing quote that opens nowhere kept, blind3; direct=false); "وأشار إلى أن
    # ..." (null). Not claims: "عند إبلاغ قسم شرطة النزهة" (inside the content, no content of its own), "وناشد
    # والدهما ..." (appeal), "وطالب من يعرف عنهما شيئاً الاتصال به" (demand), the byline
    4: [("|أبلغ| المواطن", "المواطن", "عن اختفاء ابنتيه", "الشقق المفروشة بجدة", False, True),
        ("وقال", "والدها", "\"عندما استيقظنا", "تركتاها في الشقة\"", True, True),
        ("وأشار", "الوالد", "إلى أن \"شقيقتهما", "للبقالة\"", True, True),
        ("قالت", "شقيقتهما الصغرى", "إنه عند الساعة", "ستذهبان للبقالة", True, True),
        ("أبلغتاها", None, "بأنهما ستذهبان", "بأنهما ستذهبان للبقالة", False, True),
        ("وبين", "والدهما", "أنه عند إبلاغ", "حتى الآن\"", False, True),
        ("وأشار", None, "إلى أن ذلك انعكس", "حالة نفسية سيئة للغاية", False, True)],
    # okaz column "أكياس الدم !!": "كنت أقرأ (مانشيت) صحيفة البلاد البحرينية: «...»" is a headline read with no
    # reporting verb (blind13's "قرأت موضوعين أحدهما بعنوان", blind11's sub-headlines), but "وفي عنوانين فرعيين قالت
    # الصحيفة: «...»، و«...»" IS a claim (a reporting verb; the newspaper just named, named=true; "في عنوانين
    # فرعيين" where it said it, not counted again, as "في بيان"; content both quoted headlines, direct, blind5's
    # "وردد المشاركون "..." و"...""). "وكما قال رئيس وزراء البحرين الأمير خليفة بن سلمان بن خليفة، بعد الأحداث
    # الأخيرة: «...»" (cue phrase "وكما قال" with its clitic, content after it, blind3's "كما يقول الدكتور الصعدي";
    # the time adverb left out; direct). Not claims: "أنها، أي إيران، تؤكد الآن على مسار جديد ... وتقصد بهذا
    # المسار ..." (Iran's acts read as an assertion by the columnist, non-verbal: blind5's "تثبت أن ... وتؤكد للمجتمع
    # الدولي", blind2's "وتؤكد موجة العنف"), "كل التنظيمات التي تعتبر العنف ... من ضرورات ..." (a generic
    # characterisation, blind7's "كل نادٍ يبرر شكواه بان", blind10's "لأنها ترى أن"), "الدعاوى المذهبية التي يبشر
    # بها الإيرانيون" (its only content would be the object clitic, blind7's "كما أعلنها التنظيم"), "يرفضون هذا
    # العنف" (rejection, an act), "كما ثبت مؤخرا" (impersonal), "أوحت لي"، "هذا يعني أن" (the columnist), the e-mail
    5: [("قالت", "الصحيفة", "«المتفجرات المستخدمة", "وحالتهم مستقرة»", True, True),
        ("وكما قال", "رئيس وزراء البحرين الأمير خليفة بن سلمان بن خليفة", "«علينا أن نتعامل",
         "مهما كانت النتائج»", True, True)],
    # alyaum migrating birds: "أوضح مختصون وباحثون ان المملكة ستشهد ..." (unidentified specialists: named=false,
    # blind11's "الخبراء", blind7's "محللون"); "أوضح ذلك لـ "اليوم" الباحث في بحيرة الأصفر عبدالله العلي" --
    # anaphoric content "ذلك" standing between the cue and the speaker (blind5/blind9's "صرح بذلك", the "^" rule;
    # "لـ "اليوم"" the addressee); "الذي قال: إن ..." (relative subject: null, blind3/blind8's "والذي قال"; colon +
    # complementizer: direct); "موضحا أن هجرة الطيور ستبدأ ... وأول أنواع هذه الطيور وصولا ... بكمية قليلة" runs
    # over the paragraph break into "وفي منتصف شهر سبتمبر ... فيما يكون آخر الطيور وصولا الفناتير والفلامنغو" (the
    # same series of arrivals begun in the أن clause, "أول ... آخر": blind4's "وارتفع إلى 460 شخصاً", blind12's
    # alweeam list of accidents; unlike blind12's Tadawul figures, a new subject); "موضحا ان هذه الطيور ..." (null);
    # "وقال: وفي شهر مارس ..." (null; colon: direct, content from the quoted words' first word). Not claims: "وتعد
    # بحيرة الأصفر" (passive), "وما يميز البحيرة ..." (the writer), "التي سبق الحديث عنها" (a noun, the article's
    # own earlier mention)
    6: [("أوضح", "مختصون وباحثون", "ان المملكة ستشهد", "بحثا عن الدفء والغذاء", False, False),
        ("أوضح", "الباحث في بحيرة الأصفر عبدالله العلي", "^ذلك", "ذلك", False, True),
        ("الذي |قال|:", None, "إن المملكة تشهد", "بحثا عن الدفء والغذاء", True, True),
        ("موضحا", None, "أن هجرة الطيور", "الفناتير والفلامنغو", False, True),
        ("موضحا", None, "ان هذه الطيور", "والمنطقة الوسطى", False, True),
        ("وقال", None, "وفي شهر مارس", "وتخف البرودة", True, True)],
    # aawsat "كيف تشعر أنك سائح في مدينتك؟": no claim (advice in the imperative, blind4's "وتنصح", the writer's
    # tips; no source)
    7: [],
    # 3alyoum gold: no claim. "توقعات بأن مجلس الاحتياطي الاتحادي ... في سبيله لرفع أسعار الفائدة" (expectations with
    # no source, blind12's "ويعزز ذلك توقعات بأن", the first set's "لوجود توقعات"), "أكبر من المتوقع" (impersonal),
    # "بفعل هبوط ... لطلبات إعانة البطالة" (data as a cause, blind7/blind8), the dateline and the tag line "سمات ..."
    8: [],
    # arriyadiyah youth team: "من جهته قال مدير المنتخب السعودي للشباب علي الشعيلان :" أن ..." -- colon and a
    # quotation that never closes: direct, content from the opening mark to the last word "الشهر المقبل" (blind2's
    # sabq Jazan, blind3's okaz; blind10's spaced quotes kept). Not claims: the match report
    9: [("قال", "مدير المنتخب السعودي للشباب علي الشعيلان", "\" أن مستوى", "ستنطلق الشهر المقبل", True, True)],
    # arreyadi al-Bathal: "قال الشاعر الغنائي المعروف خالد البذال إن ..." (the title before the name kept); "وأضاف:
    # يجب أن ..." (null; colon: direct); "كما كشف البذال بأنه انتهى ..." (cue without كما, blind7's "كما توقعت");
    # "مشيراً بأنه أنتج ..." (null, after a claim); "وأشار إلى أنه يهدف ... وأنه يخطط ..." (null); "وأضاف بأن لديه
    # ..." (null). Not claims: "الذي يتكلم عن البادية" (a series' topic, blind3's "تحدث عن"), the dateline
    10: [("قال", "الشاعر الغنائي المعروف خالد البذال", "إن مستوى الشعر", "عبر القصيدة النبطية", False, True),
         ("وأضاف", None, "يجب أن تكون", "نافذة للشاعر", True, True),
         ("كشف", "البذال", "بأنه انتهى", "على تلفزيون الكويت", False, True),
         ("مشيراً", None, "بأنه أنتج", "وأخرى اجتماعية", False, True),
         ("وأشار", None, "إلى أنه يهدف", "يوثق لمراحل تاريخية", False, True),
         ("وأضاف", None, "بأن لديه", "عبدالكريم عبدالقادر وغيرهم", False, True)],
    # aleqtisadiya prostate study: "أوضحت دراسة طبية حديثة، أجريت في المملكة المتحدة، أن ..." (the asyndetic relative
    # left out, blind12's "استطلاع للرأي نشر مؤخرا"; the study identified in the next sentence by the two centres that
    # conducted it: named=true, blind2/blind4/blind10/blind11); "وأظهرت الدراسة، التي أجراها ...، أن ..." (relative
    # left out) with "فيما أشارت إلى أن ..." (null); "وفقا للدراسة" inside its sentence -- content after the cue
    # (contiguous spans, blind12's "حسب تقرير تداول", blind3's "السبب الثاني بحسب"), speaker without the glued
    # preposition ("ل|لدراسة", blind7's "لفرنسية"); "وتوصل الباحثون لهذه النتيجة بعدما ..." -- a finding verb
    # (blind3's "واستنتج علماء", blind6's "وخلصت إلى", blind7/blind10's "ووجد") with anaphoric content (blind4's
    # "تعلن عن ذلك", blind5/blind9's "صرح بذلك"); the researchers of the identified study: named=true (blind7/
    # blind10); "وقال الباحثون المشاركون إن ..." (named=true); "وأشارت جريدة "جارديان" التي نشرت نتائج الدراسة إلى أن
    # ..." (quotes inside the phrase kept, the relative left out). Not claims: "وإن أثبتت زيادة فرص الإصابة ..."
    # (the study's result used as evidence inside the researchers' own statement, blind7's "نتائج الدراسة تؤكد صحة
    # الدلائل" inside the researchers' قال content), "ونشرت نتائجها على موقع ..."، "التي نشرت نتائج الدراسة"
    # (publication, blind9/blind10), "أجريت"، "قاموا بتحليل" (acts)
    11: [("أوضحت", "دراسة طبية حديثة", "أن الرجال أصحاب", "لدى الرجال البيض", False, True),
         ("وأظهرت", "الدراسة", "أن فرصة إصابة", "أصحاب البشرة البيضاء", False, True),
         ("أشارت", None, "إلى أن فرصة الإصابة", "وتبلغ النصف فقط", False, True),
         ("وفقا", "ل|لدراسة|", "1 لكل 12 رجلا", "1 لكل 44 رجلا", False, True),
         ("وتوصل", "الباحثون", "لهذه النتيجة", "لهذه النتيجة", False, True),
         ("وقال", "الباحثون المشاركون", "إن الدراسة", "علاجه بسبب العرق", False, True),
         ("وأشارت", "جريدة \"جارديان\"", "إلى أن الباحثين", "بين المجموعات العرقية المتباينة", False, True)],
    # almadina Ittihad: "كشف موقع «كالتشيو ميركاتو ويب» ذائع الصيت يوم أمس أن ..." (quotes inside the phrase kept;
    # the participial descriptor "ذائع الصيت" and the time adverb left out, blind2); "وذكر الموقع أن اللاعب ... بعد
    # الأنباء التي أكدت اتفاقه النهائي مع لاعب ميلان الآخر «مونتاري»" (content to the end of its sentence, the
    # final relative included, blind9/blind13) nests the relative "أكدت" (null, blind3/blind11's "الذي يؤكد"; content
    # the object NP, blind3's "أكد ... الواقعة"); "فيما أشار الموقع إلى أن ..." (cue without فيما) and "كما ذكر
    # الموقع أن ...". "في حين جاءت ردود أفعال الجماهير إيجابية ... متمنين أن تساهم هذه التعاقدات ..." -- a hope
    # about a fact (blind2's "ويأمل سايتو أن", unlike blind9/blind13's ritual get-well wishes) in a participle after
    # a non-claim verb with an overt subject in the same clause, which it takes (blind5/blind7/blind8/blind10-blind13):
    # the fans, "الجماهير" (the plural participle agrees with them, not with "ردود"), unidentified: named=false
    # (blind4's "فئة من مشجعي النادي"). Not claims: "فرض ... حصتين"، "مع شرح الأخطاء" (an act; a topic), "جاءت ردود
    # أفعال الجماهير إيجابية" (reactions, blind4's "تباينت ردود أفعال جماهير الاتحاد"), "وقع ... على عقد" (an act)
    12: [("كشف", "موقع «كالتشيو ميركاتو ويب»", "أن نادي الاتحاد", "صانع ألعاب فريق بارما", False, True),
         ("وذكر", "الموقع", "أن اللاعب من ضمن", "لاعب ميلان الآخر «مونتاري»", False, True),
         ("التي |أكدت| اتفاقه", None, "اتفاقه النهائي", "لاعب ميلان الآخر «مونتاري»", False, True),
         ("أشار", "الموقع", "إلى أن الاتحاد", "في يناير الماضي", False, True),
         ("ذكر", "الموقع", "أن اللاعب لا زال", "ممارسة رياضة كرة القدم", False, True),
         ("متمنين", "الجماهير", "أن تساهم هذه التعاقدات", "على كافة البطولات", False, False)],
    # alwatan al-Kaoud: "رجح رئيس مجلس عشائر الأنبار المنتفضة ضد الإرهاب الشيخ نعيم الكعود، إكمال تحرير ..." (the
    # first set's "رجّحت"; the council's full name kept in the title; content the verbal noun phrase); "لكنه استبعد أن
    # ..." (ruling out, blind13's "يستبعد"; pronoun: null); "وقال الكعود لـ"الوطن" إن ..." (the addressee left out);
    # "وأضاف أن ..." with "مرجحا أن ..." (null); "وكشف عن أن ..." with "مستبعدا بشدة أن ..." (null; the adverb "بشدة"
    # between cue and content left out, blind10/blind13); "وعزا ذلك إلى ..." -- attributing a cause (the first set's
    # "أرجع ... إلى"; null; content the object and its complement). Not claims: "وطالب الكعود حكومة الأنبار ..."
    # (a demand), "يذكر أن" (editorial)
    13: [("رجح", "رئيس مجلس عشائر الأنبار المنتفضة ضد الإرهاب الشيخ نعيم الكعود", "إكمال تحرير",
          "خلال الأسبوعين المقبلين", False, True),
         ("استبعد", None, "أن يتم تحرير بقية", "خلال الشهر الجاري", False, True),
         ("وقال", "الكعود", "إن القوات العراقية", "في الأرواح والمعدات", False, True),
         ("وأضاف", None, "أن القوات المشتركة تطارد", "ومن حي إلى آخر", False, True),
         ("مرجحا", None, "أن يتم تحرير الرمادي", "كاملة خلال أسبوعين", False, True),
         ("وكشف", None, "عن أن القوات", "التي تحتلها داعش", False, True),
         ("مستبعدا", None, "أن يتم تحرير كامل", "خلال الشهر الجاري", False, True),
         ("وعزا", None, "ذلك إلى عدم", "وتقدم القوات العراقية", False, True)],
    # alriyadh Yemeni advisers: no claim. "أصدر ... قرارا جمهوريا"، "وعين"، "كما عين" (acts), "ويعتبر العطاس" (passive),
    # "قد يعني قرار تعيينه" (the writer), "الشائعات التي تحدثت عن الانفصال" (topic of talk, blind3's "تحدث عن دعوة
    # الطرفين"), "المطالب بالانفصال" (demand), "بعد تأييد شرعية هادي" (support, an act)
    14: [],
    # aljazirah al-Wahda in Cairo: "وأبدى رودريجيز رضاه عن الأداء الفني ..." (أبدى + stance noun, blind4/blind11-
    # blind13) and "وأكد أن لاعبيه ..." (coordinated: null). Not claims: "وحرص ... على خوض كل مباراة بتشكيلة مختلفة"
    # (an act), "ومن المقرر أن" (impersonal), the caption "من تدريبات الوحدة"
    15: [("وأبدى", "رودريجيز", "رضاه عن الأداء", "خلال المواجهتين الوديتين", False, True),
         ("وأكد", None, "أن لاعبيه", "كثيراً من المباراتين", False, True)],
    # was (SPA) Egyptian treasury bonds: "وأوضحت الوزارة في بيان لها اليوم أنه ..." ("في بيان" not counted again),
    # "وأضاف البيان أنه ..." and "وأشار البيان إلى أنه ..." (the statement just named: named=true, claims-gold's
    # "البيان"); each to the end of its sentence. Not claims: "طرحت وزارة المالية ... سندات" (an act), the dateline,
    # "// انتهى //" and the time line
    16: [("وأوضحت", "الوزارة", "أنه تم طرح سندات خزانة أجل 3", "وأدنى سعر 12.837%", False, True),
         ("وأضاف", "البيان", "أنه تم طرح سندات خزانة أجل 7", "وأقل سعر 14.480%", False, True),
         ("وأشار", "البيان", "إلى أنه تم طرح", "وأدنى سعر 12.07%", False, True)],
    # sabq King Fahd airport: "وكانت إدارة مطار الدمام صرحت أخيرًا عن عزمها تدشين ..." (cue the verb after وكانت,
    # blind12/blind13; an announced intention, content from عن to the end of its sentence, its relatives included,
    # blind9/blind13) and "كما أعلنت إدارة المطار أخيرًا عن نيتها توقيع عقد ..." (content to "من تاريخ توقيع العقد",
    # "إن شاء الله" inside kept). Not claims: "حقق مطار ..."، "كما واصلت إدارة مطار الدمام نموًا" (figures, no
    # reporting verb), "يأتي ذلك ضمن حرص ..." (the writer, blind13's "جاء ذلك"), the dateline
    17: [("صرحت", "إدارة مطار الدمام", "عن عزمها تدشين", "خلال العام المقبل", False, True),
         ("أعلنت", "إدارة المطار", "عن نيتها توقيع", "من تاريخ توقيع العقد", False, True)],
    # okaz Pentagon: "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة ... لتدريب المقاتلين السوريين" (a denial; content the
    # object NP) and "خلافا لما ذكره المرصد السوري لحقوق الانسان" -- a source phrase whose content is the denied NP
    # before it (blind2's rule for content before its cue; cue phrase spanned to the word before the speaker, as
    # "بحسب ما ذكر"; see SOURCE-blind14.txt); "وقال المرصد إن «...»" (entirely quoted after the complementizer:
    # direct, blind2); "وأوضح مدير المرصد رامي عبد الرحمن ومقره لندن أن ... «...»" (the writer's "ومقره لندن" left
    # out of the speaker, blind6/blind7's glosses; quoted fragments: direct=false; content to the end of its
    # sentence, "وقد استقروا ..." included); "وذكر أن ..." (null)
    18: [("نفت", "وزارة الدفاع الأمريكية", "خطف جبهة النصرة", "لتدريب المقاتلين السوريين", False, True),
         ("خلافا لما ذكره", "المرصد السوري لحقوق الانسان", "<خطف جبهة النصرة", "لتدريب المقاتلين السوريين", False,
          True),
         ("وقال", "المرصد", "إن «عناصر", "في قرية المالكية القريبة»", True, True),
         ("وأوضح", "مدير المرصد رامي عبد الرحمن", "أن هؤلاء جزء", "وكميات من الذخيرة»", False, True),
         ("وذكر", None, "أن عملية الخطف", "عند مفترق سجو قرب اعزاز", False, True)],
    # alyaum market index: no claim. "تعتبر الأدنى في عامين" (passive), "يشار الى أنه" (editorial), figures
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind14.jsonl")
