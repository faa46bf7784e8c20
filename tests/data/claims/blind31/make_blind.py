"""Build claims-blind31.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261268) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind30.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind31.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind30/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the shadda of "وأكَّد" (aljazirah F-16), "صرَّح"
and "بأنَّ" (aljazirah Mansour); the hamza-less "الى"، "ان"، "اشار"، "المالى"، "المحلى" of almadina; "وتأتى"
(aljazirah); the glued "منصورصرَّح" (aljazirah) and "مصادرإلى" (alweeam); the straight quotes of alwatan,
alriyadh, sabq and alwatan sport, the guillemets « » of okaz and aljazirah, the parentheses of arreyadi and
alyaum).
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
    # alriyadh Saudi real-estate deals in Dubai: "وقالت دائرة الأراضي والأملاك في دبي، إن أعداد المستثمرين ... من
    # العام الجاري" and "وجاء في تقرير صدر عن الدائرة، أن قيمة الاستثمارات ... مقارنة بالنصف الأول 2014" (cue "وجاء
    # في", claims-gold/blind8/blind21; speaker "تقرير" without its asyndetic relative, identified by it: named=true,
    # blind26's "تقرير أصدرته غرفة الشرقية"). Not claims: the figures of the opening and closing paragraphs (no
    # reporting verb)
    0: [("وقالت", "دائرة الأراضي والأملاك في دبي", "إن أعداد", "من العام الجاري", False, True),
        ("وجاء في", "تقرير", "أن قيمة", "بالنصف الأول 2014", False, True)],
    # aljazirah US F-16s at Incirlik: "نشرت الولايات المتحدة ست مقاتلات ... لما يسمى تنظيم داعش، وفق ما أعلنت البعثة
    # الأمريكية لدى الحلف الأطلسي أمس الأحد على حسابها على موقع تويتر" (cue phrase "وفق ما أعلنت", claims-gold's
    # "وفق ما نقله", blind2's "وفق ما أكدته"; content before it from the sentence's first word; day and channel left
    # out), "وأكَّد مصدر تركي لوكالة فرانس برس وصول ست طائرات ... لهذه الطائرات" (the addressee left out; the
    # writer's "دون توضيح عددها الإجمالي" left out, no claim, blind12/blind21's non-disclosure; unnamed: named=false),
    # "وتأتى هذه الطائرات من قاعدة افيانو في إيطاليا وفق المصدر ذاته" (content before the cue; the same unnamed
    # source: named=false, blind28's "المصادر ذاتها") and "وبحسب وكالة دوغان التركية تم نشر قوة ... وذلك لتنسيق
    # العمليات على الأرض" (the "وذلك" purpose kept, blind23/blind28/blind30). Not claims: "ونسب لتنظيم داعش" (a
    # passive attribution, no source), "رفضت مؤخراً المشاركة" (an act), "بموجب اتفاق" (a document)
    1: [("وفق ما أعلنت", "البعثة الأمريكية لدى الحلف الأطلسي", "<نشرت الولايات المتحدة", "لما يسمى تنظيم داعش",
         False, True),
        ("وأكَّد", "مصدر تركي", "وصول ست طائرات", "انتشار لهذه الطائرات", False, False),
        ("وفق", "المصدر ذاته", "<وتأتى هذه الطائرات", "افيانو في إيطاليا", False, False),
        ("وبحسب", "وكالة دوغان التركية", "تم نشر قوة", "العمليات على الأرض", False, True)],
    # arreyadi column on al-Nassr's coach Canede: the columnist's reports of his own earlier statements are claims
    # with a null speaker (the first set's "حذرت، وكتبت، توقعت", blind5/blind15's "ذكرتُ في مقال"): "في سابق مقال
    # اعترفت أمامكم ذات يوم بأن حدسي توقع انتكاسة النصر ... مع المدرب كانيدا" (an admission made in an earlier
    # article; "حدسي توقع" inside, an intuition, not counted apart; ending before his present "أسباب الضيق تتجلى
    # اليوم ...") and "حذرت بطريقة أعذر من انذر ومنذ التفكير به ... من مغبة قرار التعاقد ... ولا لون" (a past warning,
    # blind9/blind22's "حذر ... من"; content from من). Not claims: the present voice ("ما زلت متمسكا برأيي"، "رأيي
    # أن"، "في ظني"، "أعترف بأنني تحفظت"، "وأعي"، "يجعلنا نتساءل ...؟!", blind15's "ما زلت أقول"), "فالواقع يؤكد بأن"
    # (a non-source subject), "مؤكد أن" (impersonal)
    2: [("اعترفت", None, "بأن حدسي", "مع المدرب كانيدا", False, True),
        ("حذرت", None, "من مغبة", "ولا رائحة ولا لون", False, True)],
    # aleqtisadiya Gulf-Jordan forum: "وأكد عبدالرحيم نقي، الأمين العام لاتحاد غرف دول مجلس التعاون، سعي الاتحاد ...
    # والإسلامية والدولية" (content the object NP, blind12's "أكد ... سعيهم", blind26's "وأكّد سعي"; the apposition
    # kept), "وبين نقي أن الأردن ... وقابلة للديمومة", "أشار نائل الكباريتي، رئيس غرفة تجارة الأردن، إلى حرصهم، ...
    # اللازمة لتنفيذها" (cue without "من جانب آخر") and "وأكد أن استمرار ... الوطنية" (coordinated, elided subject:
    # null). Not claims: "ينظم" (an act), "ويهدف المنتدى إلى"، "ويسعى القائمون على المنتدى" (purpose, aim),
    # "وسيتناول"، "وسيناقش" (topics), "وجاءت فكرة تنظيم ..." (the writer)
    3: [("وأكد", "عبدالرحيم نقي، الأمين العام لاتحاد غرف دول مجلس التعاون", "سعي الاتحاد",
         "والإسلامية والدولية", False, True),
        ("وبين", "نقي", "أن الأردن", "وقابلة للديمومة", False, True),
        ("أشار", "نائل الكباريتي، رئيس غرفة تجارة الأردن", "إلى حرصهم", "اللازمة لتنفيذها", False, True),
        ("وأكد", None, "أن استمرار", "والاجتماعية الوطنية", False, True)],
    # was KACST meets KAUST (second part): "حيث أوضح سمو الأمير تركي بن سعود أن المدينة بصدد ... في أنحاء المملكة"
    # (cue without حيث; the coordinated "وتسعى ..."، "وستكون ..." kept), "مبيناً سموه أن المشروع أتاح ... والصديقة
    # للبيئة" ("سموه" as speaker, blind10/blind20/blind22), "حيث أكد سمو رئيس مدينة الملك عبدالعزيز للعلوم والتقنية
    # حرص المدينة على التعاون مع الجامعة" (content the object NP, ending before the praise "مثنياً على ...") and
    # "من جانبه أعرب رئيس جامعة الملك عبدالله للعلوم والتقنية عن شكره وتقديره لسمو رئيس المدينة والعاملين فيها"
    # (verb of expression + stance noun, blind3/blind4/blind20/blind28/blind29; cue without من جانبه). Not claims:
    # "وتخلل اللقاء استعراض" (a review), "طلبت جامعة ... من المدينة ترشيح" (a request), "مثنياً على" (praise),
    # "متطلعاً إلى تعزيز التعاون" (an aspiration: blind10's "تطلع", blind29's "يطمح"; decided here for the
    # participle), "ويعد استخدام الحرارة المهدرة ... هي المفتاح" (impersonal), "// انتهى //" and the time line
    4: [("أوضح", "سمو الأمير تركي بن سعود", "أن المدينة", "في أنحاء المملكة", False, True),
        ("مبيناً", "سموه", "أن المشروع", "والصديقة للبيئة", False, True),
        ("أكد", "سمو رئيس مدينة الملك عبدالعزيز للعلوم والتقنية", "حرص المدينة", "التعاون مع الجامعة", False,
         True),
        ("أعرب", "رئيس جامعة الملك عبدالله للعلوم والتقنية", "عن شكره", "والعاملين فيها", False, True)],
    # okaz column "ثقافة الأرشفة": "عندما نتشرب قول النبي ــ صلى الله عليه وسلم: «أحب الناس إلى الله أنفعهم للناس»"
    # IS a claim (decided here): a reporting noun with its source and the words quoted after a colon (blind29's
    # "قول الوزارة ... إن", blind4/blind6/blind23's quoted verses with "قال تعالى", blind15's "مما قاله الشيخ ...:
    # «...»"); cue "قول", speaker "النبي" (the prayer formula between the dashes left out), direct. Not claims: the
    # columnist's voice ("أمضيت"، "كنا نهتم"، "تتمحور هذه الأسئلة حول: هل ...؟"، "إننا بحاجة"، "وهنا أسجل له خالص
    # الشكر" -- bare thanks too), "لفت انتباهي" (noticing), "«وعلم ينتفع به»" (a hadith fragment quoted without a
    # verb of saying, blind23), the signature line
    5: [("قول", "النبي", "«أحب الناس", "أنفعهم للناس»", True, True)],
    # sabq column "إيران وأجنحة النمل": "فإيران وكعادتها تدعي النصر الإلهي" IS a claim (a claim verb with its object,
    # blind7's "التي تدعي حرصها على ...", blind10's "ادعت"; speaker without the glued ف, the manner phrase
    # "وكعادتها" left out; decided here: Iran's claim about this agreement, not a generic habit). Not claims: "وشبيه
    # بذلك ما يقوله الطرف الآخر المفاوض" (likened only, no content of its own; decided here), "يذكرني بمثل يقول
    # (...)" (a proverb, blind10/blind13/blind21), "ومن المبكر جدًا ادّعاء النصر لأي طرف" (generic, no source),
    # "الشعارات ... التي دأبت إيران وأشياعها على ترديدها بأن الموت لأمريكا وإسرائيل" (chanting slogans, blind24),
    # "نقول : إن الله ..." (the columnist's present voice, blind15), "التي أظهرها الإعلام" (object clitic only),
    # "يعلم أن" (cognitive), "تتحجج بالحصار" (a pretext, blind21), "وتعد الناس" (a promise, blind12/blind20),
    # "ثم تظهر الأيام أن"، "ثم تتضح الحقائق بأن" (non-source subjects)
    6: [("تدعي", "ف|إيران| وكعادتها", "النصر الإلهي", "النصر الإلهي", False, True)],
    # alwatan Planned Parenthood videos: "مقاطع فيديو قالت إنها تثبت أن منظمة "بلاند بيرنتهود ... من أجنة" (a
    # clause on the noun, its subject elided: null, blind19/blind22), "وهو هيئة من الصحفيين تقول إنها تكرس جهودها
    # ... الطبية" (likewise null), "وقال مدير مركز التقدم الطبي ديفيد داليدن في بيان أمس، "تعترف ... عن ذلك""
    # (direct; "في بيان أمس" left out) with the nested "تعترف القيادات العليا في منظمة بلاند بيرنتهود بأنها باعت ...
    # عن ذلك" (an admission, blind10/blind24/blind25, nested and kept separately, direct=false; the organisation's
    # leaders unidentified: named=false, blind26's "مسؤولين في وزارة الدفاع"), "وقال اتحاد منظمة بلاند بيرنتهود
    # بالولايات المتحدة في بيان، "الفيديو ... وشائنة"" (direct; "مزاعم" a noun inside), "نافيا القيام بأي أنشطة
    # مخالفة للقانون" (a denial, the first set's "نفى"; after a claim: null), "مشيرا إلى أنه لم يتربح ... بالأنسجة"
    # (null), "وأضاف أنه "في بعض الأحوال ... مراكز الأبحاث الكبيرة" -- the quotation never closes; the third-person
    # "وهو الأمر الذي وصفه" shows it ends at "الكبيرة": direct (everything after the complementizer and its
    # pronoun quoted, blind18/blind30; decided here for the missing closing mark) -- and "الذي وصفه بأنه أمر شائع
    # في مختلف قطاعات الطب" (وصف ... بأنه, claims-gold/blind28; the relative's subject elided: null). Not claims:
    # "بثت"، "وبثت" (publication), "قام بتصوير"، "وتقمص"، "وأجروا مقابلات" (acts), "ما دفع الحكومة إلى إجراء
    # تحقيقات"
    7: [("قالت", None, "إنها تثبت", "وأعضاء بشرية من أجنة", False, True),
        ("تقول", None, "إنها تكرس", "الأخلاقيات الطبية", False, True),
        ("وقال", "مدير مركز التقدم الطبي ديفيد داليدن", "\"تعترف", "عن ذلك\"", True, True),
        ("تعترف", "القيادات العليا في منظمة بلاند بيرنتهود", "بأنها باعت", "مقابلا ماديا عن ذلك", False, False),
        ("وقال", "اتحاد منظمة بلاند بيرنتهود بالولايات المتحدة", "\"الفيديو", "وشائنة\"", True, True),
        ("نافيا", None, "القيام بأي", "مخالفة للقانون", False, True),
        ("مشيرا", None, "إلى أنه لم", "التبرع بالأنسجة", False, True),
        ("وأضاف", None, "أنه \"في بعض", "مراكز الأبحاث الكبيرة", True, True),
        ("وصفه", None, "بأنه أمر", "مختلف قطاعات الطب", False, True)],
    # almadina SAMA deposit-protection fund: "كشفت مؤسسة النقد عن بدء تأسيس صندوق ... في البنوك", "مشيرة الى انه
    # بموجب ... 200 الف ريال" (null), "ولفتت المؤسسة في تقريرها الصادر بعنوان « الاستقرار المالي 2015» مؤخرا، الى
    # انه سيتم تمويل ... لهذا الغرض" (the channel and time left out), "وتقدر مؤسسة النقد حجم الودائع ... حوالى 500
    # مليار ريال" (an estimate, blind25/blind26's "قدر التقرير"; content the object with its complement to the end
    # of the sentence, the breakdown "اكبرها ... فيما ... ويبلغ ... فيما تبلغ ..." kept as the estimate's figures,
    # blind26; "وفقا لاحصاءات الربع الاول" inside, statistics without an issuing source, blind15), the report's
    # "واشار التقرير الى ان ..." ×2 and "اشار التقرير الى استقرار ... في عام 2014" (the report: named=true,
    # blind21/blind26) with their participles "مشيرا"، "لافتا" ×2 (after a claim: null), "مشيرا الى ان نسبة القروض
    # ... حوالى 18.5%" after "واستعرض التقرير جانبا من ..." (a review, no claim: the participle takes the overt
    # subject "التقرير", blind5/blind7/blind8/blind10-blind30), "ووصف التقرير وضع الاقتصاد السعودي بالجيد بسبب ...
    # الاجمالى" (content from بـ, blind14/blind30), "وتوقع التقرير تباطؤ ... المفرطة", "واشارت المؤسسة الى وضع ...
    # الدولية", "من جانبه قال الخبير المالى احمد آدم، ان القطاع ... منذ سنوات طويلة" (cue without من جانبه; the
    # "وذلك نتيجة ..." tail kept, blind23/blind28), "لافتا الى انها جنبت ... المالية" (null) and "واشار الى ان حجم
    # الودائع ... سنويا" (null). Not claims: "واستعرض التقرير" (a review, blind26), "داعيا الى اهمية الاستفادة" (an
    # appeal), "بعنوان « الاستقرار المالي 2015»" (a title)
    8: [("كشفت", "مؤسسة النقد", "عن بدء تأسيس", "لحماية الودائع في البنوك", False, True),
        ("مشيرة", None, "الى انه بموجب", "200 الف ريال", False, True),
        ("ولفتت", "المؤسسة", "الى انه سيتم", "خصيصا لهذا الغرض", False, True),
        ("وتقدر", "مؤسسة النقد", "حجم الودائع", "حوالى 500 مليار ريال", False, True),
        ("واشار", "التقرير", "الى ان المصارف", "السحب الجماعى من الودائع", False, True),
        ("مشيرا", None, "الى اجراء", "مرونته تجاه الصدمات", False, True),
        ("واشار", "التقرير", "الى ان مؤسسات", "12 % سنويا", False, True),
        ("لافتا", None, "الى انها تشمل", "وصندوق التنمية العقاري", False, True),
        ("مشيرا", "التقرير", "الى ان نسبة القروض", "حوالى 18.5%", False, True),
        ("اشار", "التقرير", "الى استقرار", "وظيفة في عام 2014", False, True),
        ("لافتا", None, "الى زيادة", "بنسبة 5.7%", False, True),
        ("ووصف", "التقرير", "بالجيد", "الناتج المحلى الاجمالى", False, True),
        ("وتوقع", "التقرير", "تباطؤ معدل", "المديونية المفرطة", False, True),
        ("واشارت", "المؤسسة", "الى وضع العديد", "افضل الممارسات الدولية", False, True),
        ("قال", "الخبير المالى احمد آدم", "ان القطاع", "منذ سنوات طويلة", False, True),
        ("لافتا", None, "الى انها جنبت", "الهزات المالية", False, True),
        ("واشار", None, "الى ان حجم الودائع", "زيادة جيدة سنويا", False, True)],
    # alyaum Lucas Silva: "أشارت تقارير إخبارية اليوم السبت إلى أن البرازيلي ... الحالية" (reports: named=false,
    # blind2/blind21; the day left out) and "وتعتزم إدارة الريال إعارة سيلفا ... بشكل نهائي، وفقا لصحيفة (سبورت)
    # الأسبانية" (cue "وفقا", blind12/blind16; content before it from the sentence's first word, the intention
    # "تعتزم" inside; speaker without the glued ل, the parentheses kept inside the noun phrase). Not claims:
    # "ويبدو رحيل سيلفا" (impersonal)
    9: [("أشارت", "تقارير إخبارية", "إلى أن البرازيلي", "الانتقالات الصيفية الحالية", False, False),
        ("وفقا", "ل|صحيفة (سبورت) الأسبانية|", "<وتعتزم إدارة الريال", "بيعه بشكل نهائي", False, True)],
    # alriyadh Korea criticises Abe: "انتقدت أحزاب سياسية ... في بيان مقبل له طبقا لما ذكرته وكالة "يونهاب" الكورية
    # الجنوبية للأنباء" (the agency's report IS a claim, cue phrase "طبقا لما ذكرته" (blind1's "وفقاً لما نقلته"),
    # content before it from the sentence's first word; the criticism itself is an event; "ما تردد من" passive
    # inside; the quotes kept inside the agency's noun phrase, blind28/blind30), "وقالت صحيفة "أساهي شيمبون" إن آبي
    # ... لكوريا" ("اعتذار" a quoted word inside: direct=false), "وردا على ذلك، ذكر حزب "ساينوري" الحاكم أن آبي
    # "سيخون ثقة المجتمع الدولي" إذا رفض ... اليابان" (a quoted fragment: direct=false; "وردا على ذلك" left out),
    # "وأضاف المتحدث باسم الحزب كيم يونج-وو أن رئيسي الوزراء ... الياباني", "وتابع كيم "يجب ... عن نضجها"" (direct)
    # and "وأضافت "من المؤسف ... الامبريالية"" (direct; coordinated after the non-claim "ووبخت" with an overt
    # subject, elided subject: null, blind7/blind8/blind11-blind30). Not claims: "ووبخت يو إيون-هي ... اليابان"
    # (a rebuke: criticism, an event), the headline verb "تنتقد" (not in the text)
    10: [("طبقا لما ذكرته", "وكالة \"يونهاب\" الكورية الجنوبية للأنباء", "<انتقدت أحزاب", "في بيان مقبل له", False,
          True),
         ("وقالت", "صحيفة \"أساهي شيمبون\"", "إن آبي", "الاستعمار الياباني لكوريا", False, True),
         ("ذكر", "حزب \"ساينوري\" الحاكم", "أن آبي", "التي اقترفتها اليابان", False, True),
         ("وأضاف", "المتحدث باسم الحزب كيم يونج-وو", "أن رئيسي", "بشأن التاريخ الياباني", False, True),
         ("وتابع", "كيم", "\"يجب أن", "للإعراب عن نضجها\"", True, True),
         ("وأضافت", None, "\"من المؤسف", "أساليبها الامبريالية\"", True, True)],
    # aljazirah Riyad Mansour at the UN: the text opens with the photo caption glued to the verb
    # ("... رياض منصورصرَّح"); "صرَّح المراقب الدائم لدولة فلسطين لدى الأمم المتحدة السفير رياض منصور، خلال كلمته أمام
    # مجلس الأمم المتحدة بأنَّ المجتمع الدولي ... وفقاً للقانون الدولي" (cue and speaker located with context: the
    # caption's identical noun phrase is not the speaker; the occasion left out), "وأضاف السفير منصور، إن هذا
    # الاحتلال ... القدس الشرقية المحتلة" (no colon, no marks: direct=false), "وقال السفير الفلسطيني رياض منصور،
    # خلال كلمته أمام مجلس الأمم المتحدة: «إن الوضع ... في إفلات تام عن العقاب." -- the guillemet never closes;
    # the next sentence is the writer's ("وأشار السفير منصور"): direct, content to the end of that sentence
    # (decided here; blind30's unclosed quotation ran to the one closing mark there was), "وأشار السفير منصور إلى
    # إخفاق ... وفقاً للقانون.. هذا إلى جانب رفض الحكومة الإسرائيلية ... دون هوادة" (the second object joined by
    # "هذا إلى جانب" after the outlet's ".." pause kept; ending before the next reporting word of the same source)
    # and "وقال منصور: لقد رسخ ... من قبل المجتمع الدولي" (colon: direct; his speech runs to the end of the text, the
    # ".. في الوقت نفسه، فإن ..." a pause inside it, not a new sentence of the writer's). Not claims: the caption,
    # "واعتمد المجلس ... قراراً حول بند «...»"، "وصوتت"، "وعارضته"، "وامتنعت" (acts, a resolution's title), "وفقاً
    # للقانون الدولي" (a non-source)
    11: [("منصور|صرَّح| المراقب",
          "صرَّح |المراقب الدائم لدولة فلسطين لدى الأمم المتحدة السفير رياض منصور|، خلال",
          "بأنَّ المجتمع", "وفقاً للقانون الدولي", False, True),
         ("وأضاف", "السفير منصور", "إن هذا الاحتلال", "القدس الشرقية المحتلة", False, True),
         ("وقال", "السفير الفلسطيني رياض منصور", "«إن الوضع", "في إفلات تام عن العقاب", True, True),
         ("وأشار", "السفير منصور", "إلى إخفاق", "التحريضية دون هوادة", False, True),
         ("وقال", "منصور", "لقد رسخ", "من قبل المجتمع الدولي", True, True)],
    # arreyadi al-Maliki barred from Saudi TV: "انتقد المخرج ... عامر الحمود تصرفات ... فايز المالكي حيث وصفه
    # بالجاحد" (وصف ... بـ, content from بـ, blind14/blind30; elided subject: null; the writer's background "وذلك بعد
    # أن تجددت الخلافات ..." left out, blind27/blind30), "وقال الحمود مغرداً عبر حسابه ... مادحاً ... وقال: التلفزيون
    # السعودي ... ومن يقول غير ذلك جاحد" -- ONE claim with the first cue (the repeated "وقال:" resumptive, blind3's
    # "استنتجوا"; "مغرداً" not a second claim, blind3's "يقول ... موضحا"; "مادحاً" praise; colon: direct; "ومن يقول
    # غير ذلك" generic, inside), "ليرد عليه المالكي قائلاً بأن الحمود يسير بطريقة (مع الخيل يا شقرا)" (ONE claim,
    # cue the reporting verb "ليرد" with its lam, blind25's "رد الزوج"; "قائلاً" not counted apart, blind3),
    # "وقد ألمح المالكي عبر حسابه ... بأن القائمين ... خلال الأيام الماضية" (a hint, blind15/blind30; cue without
    # وقد; ending before the writer's "مع العلم أن ..."), "حينما أوضح بأن سبب منعه ... المنتج لهذه الأعمال"
    # (al-Hazza's explanation, elided subject: null; to the next reporting word of the same source), "(كما أوضح
    # الهزاع في حينه) أن العقد ... من عرض المسلسل" (a source phrase inserted in parentheses, its content after it:
    # cue phrase "كما أوضح", blind19's "-كما صرح ...-"; the writer's "الأمر الذي أدى إلى ..." left out, blind24),
    # "وقد كتب المالكي في حسابه على تويتر ورداً على ... قائلاً: وجهت لي دعوة ... وراء الإلغاء" (ONE claim with the
    # first cue "كتب", blind3; colon: direct; "ورداً على" context), nested in it "سلطان القحطاني الذي تساءل عن
    # استبعاد فايز المالكي ... سباق المشاهدين" (a reported question with its topic, blind2/blind27's "تساءل عن";
    # the relative's subject: null) and "حيث كتب سابقاً مهاجماً هيئة الإذاعة والتلفزيون: (مساكين ... وربي)" (null;
    # colon and parentheses: direct, blind8's "وجاء في خبر الوكالة:(...)"; "مهاجماً" criticism). Not claims: the
    # sub-headline "الحمود:فايز جاحد ..." (blind11), the byline, "انتقد" (criticism), "حيث أكدها سابقاً عبدالرحمن
    # الهزاع ... في تصريحات إعلامية سابقة" (its only content the object clitic, blind7/blind12/blind16/blind22's
    # "كما أعلنها"; the noun "تصريحات" not counted apart), "هاجمهم فيها" (criticism), "الجدير بالذكر بأن" (editorial),
    # "كثير المدح" (praise), "كل تلك التصريحات تبدلت"
    12: [("وصفه", None, "بالجاحد", "بالجاحد", False, True),
         ("وقال", "الحمود", "التلفزيون السعودي", "غير ذلك جاحد", True, True),
         ("ليرد", "المالكي", "بأن الحمود", "(مع الخيل يا شقرا)", False, True),
         ("ألمح", "المالكي", "بأن القائمين", "خلال الأيام الماضية", False, True),
         ("أوضح", None, "بأن سبب منعه", "المنتج لهذه الأعمال", False, True),
         ("كما أوضح", "الهزاع", "أن العقد", "من عرض المسلسل", False, True),
         ("كتب", "المالكي", "وجهت لي", "كانت وراء الإلغاء", True, True),
         ("تساءل", None, "عن استبعاد", "برنامج سباق المشاهدين", False, True),
         ("كتب", None, "(مساكين", "قوية وربي)", True, True)],
    # aawsat sleep and memory: "قالت دراسة حديثة إن النوم ... بمقدار الضعف تقريبا", "ووجد الباحثون، الذين ينتمون
    # إلى جامعة إكستر البريطانية أن المجموعة ... بقيت مستيقظة" (a finding verb, blind7/blind10/blind22/blind29; the
    # relative left out), "وأوضحوا أن الطلاب ... بما فيه الكفاية" (null) and "وأكد الباحثون أن هذه النتائج ... خلال
    # النوم" ("تؤكد" inside with a non-source subject, not counted apart) -- the study and its researchers are
    # identified by their university: named=true (blind10/blind19/blind29). Not claims: "قسم الباحثون"، "أعطوهم"،
    # "وطلبوا" (acts of the experiment)
    13: [("قالت", "دراسة حديثة", "إن النوم", "الضعف تقريبا", False, True),
         ("ووجد", "الباحثون", "أن المجموعة", "التي بقيت مستيقظة", False, True),
         ("وأوضحوا", None, "أن الطلاب", "بما فيه الكفاية", False, True),
         ("وأكد", "الباحثون", "أن هذه النتائج", "المهمة خلال النوم", False, True)],
    # okaz Saudi students' club in Kuala Lumpur: "وختم الباحث الصالح محاضرته بكلمات مضيئة ...، حيث قال: كن متوكلا
    # ... أن يمنعك من ذلك" (a finite verb with an elided subject: null; colon: direct), "وقال يجب أن تتوفر الرغبة
    # ... ومحرك للنجاح" (null; no colon, no marks: direct=false, claims-gold's "ويقول لا أدري") and "وشدد على أن
    # يتصف الباحث العلمي بالتواضع ... الذي يتناوله" (شدد على, blind9/blind19/blind23/blind25; null). Not claims:
    # "قدمها"، "أقامت"، "أقيمت" (acts), "تطرق إلى"، "استعرض"، "ناقش" (topics, reviews), "وقدم العديد من النصائح ...
    # وتوصيات" (advice without content), "تحدث ... عن أهمية نشر البحث العلمي"، "وتحدث عن أنواع المؤتمرات" (talk as
    # topic, blind18), "مستشهدا بأمثلة" (no content), "شكرت الهيئة الإدارية" (bare thanks), "وأشادت" (praise)
    14: [("قال", None, "كن متوكلا", "أن يمنعك من ذلك", True, True),
         ("وقال", None, "يجب أن تتوفر", "ومحرك للنجاح", False, True),
         ("وشدد", None, "على أن يتصف", "الذي يتناوله", False, True)],
    # alweeam Ibb district freed: "وأكدت مصادر محلية دخول مقاتلي ... علي عبدالله صالح منها" (content the object NP),
    # "وذكرت المصادر أن المليشيات ... الموالية للشرعية", "وفي تعز، أشارت مصادرإلى مقتل 21 ... في المدينة" (the noun
    # glued to إلى in the text: speaker and content spanned apart) -- unidentified sources: named=false -- and
    # "وشنت طائرات التحالف غارات بحسب سكاي نيوز على مواقع ... بنفس المنطقة" (a source phrase inside its clause:
    # content after it to the end of the sentence, blind19/blind22/blind26, spans being contiguous). Not claims:
    # "إلى ذلك، قتل 7 ..." (no source), the link line with its headline (blind10/blind11/blind29)
    15: [("وأكدت", "مصادر محلية", "دخول مقاتلي", "عبدالله صالح منها", False, False),
         ("وذكرت", "المصادر", "أن المليشيات", "القوات الموالية للشرعية", False, False),
         ("أشارت", "مصادر", "إلى مقتل", "مواجهات في المدينة", False, False),
         ("بحسب", "سكاي نيوز", "على مواقع", "بنفس المنطقة", False, True)],
    # sabq Abha literary club prize: "ومن جهته أوضح الدكتور أحمد آل مريع أن المجالات ... الفرق الشعبية للمحافظات""
    # (cue without ومن جهته; the quoted titles and lists inside, direct=false, the closing mark of the last list
    # kept) and "مبيناً أن فرع الثقافة ... ودول الخليج" after the appeal "ودعا "آل مريع" ..." (a participle after
    # a non-claim verb with an overt subject takes it, blind5/blind7/blind8/blind10-blind30; the one-word quoted
    # name spanned without its marks, blind28/blind29/blind30). Not claims: the dateline, "عقد"، "وناقش الاجتماع"،
    # "وانتهى إلى تحديد" (acts), "ودعا" (an appeal)
    16: [("أوضح", "الدكتور أحمد آل مريع", "أن المجالات", "الفرق الشعبية للمحافظات\"", False, True),
         ("مبيناً", "\"|آل مريع|\"", "أن فرع الثقافة", "المملكة ودول الخليج", False, True)],
    # alwatan Mortada Mansour resigns (the story of events/blind25's aawsat 418501, another text: see
    # SOURCE-blind31.txt): "أعلن رئيس نادي الزمالك المصري مرتضى منصور عن تنحيه ... دام 11 عاما", "وقال منصور في
    # تصريحات بعد فوز الزمالك ... أول من أمس: "اتخذت ... بعد 45 يوما"" (the occasion left out; direct) and "كما
    # أكد منصور إلغاء القرار ... والعضو المستقيل هاني شكري" (كما = also, outside the cue, blind14/blind26; content
    # the object NP). Not claims: "نجح في إقناع"، "وترفض اعتماد القرار" (acts), "كما طالب منصور ... بالعودة" (a
    # demand)
    17: [("أعلن", "رئيس نادي الزمالك المصري مرتضى منصور", "عن تنحيه", "غياب دام 11 عاما", False, True),
         ("وقال", "منصور", "\"اتخذت", "بعد 45 يوما\"", True, True),
         ("أكد", "منصور", "إلغاء القرار", "المستقيل هاني شكري", False, True)],
    # alyaum euro after the Ifo survey: "وفاقت قراءة المؤشر متوسط التوقعات في استطلاع لرويترز بانخفاضها إلى 107.2"
    # IS a claim (blind12's almost identical "توقعات بنمو قدره 2.6 في المائة في استطلاع لوكالة رويترز": a
    # prediction noun with its source; cue the noun, located with context -- the earlier "فوق التوقعات" has no
    # source --; the poll identified by the agency that ran it: named=true; content from بـ). Not claims: "جاءت
    # نتائج مسح معهد ايفو ... فوق التوقعات ورسمت صورة إيجابية ..." (results characterised, no stated content:
    # blind29's "أظهرت نتائج مثيرة حول ..."; decided here), "ارتفع مؤشر معهد ايفو ... إلى 108.0" (data, no reporting
    # verb), "وكانت التوقعات المتزايدة ببدء ..." (no source, blind12), "قبل نشر نتائج مسح ايفو" (publication),
    # "لترى ما إن كان" (the market)
    18: [("متوسط |التوقعات| في", "استطلاع لرويترز", "بانخفاضها", "إلى 107.2", False, True)],
    # alriyadh Maj. Gen. al-Suhaibani promoted: "عبر اللواء سليمان بن عبدالرحمن السحيباني مدير جوازات منطقة الرياض،
    # عن اعتزازه البالغ وشكره ... على الثقة الكريمة بترقيته الى رتبة لواء" (verb of expression + stance nouns,
    # blind8's "عبر ... عن اعتزازه", blind26's "وعبر ... عن شكره"; the prayer "- حفظهما الله -" inside the contiguous
    # span) and "وأكد اللواء السحيباني ان الثقة ... قيادات الوطن". Not claims: "وقدم اللواء السحيباني شكره ..."
    # (bare thanks, blind3/blind20), "يذكر أن" (editorial), "استقبل"، "وقلده" (acts)
    19: [("عبر", "اللواء سليمان بن عبدالرحمن السحيباني مدير جوازات منطقة الرياض", "عن اعتزازه",
          "الى رتبة لواء", False, True),
         ("وأكد", "اللواء السحيباني", "ان الثقة", "تطلعات قيادات الوطن", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind31.jsonl")
