"""Build claims-blind54.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261325) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind53.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind54.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind53/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (also the line breaks and no-break spaces).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (3alyoum's curly quotes “...” and "صبيانًا"/"مضيفًا",
aljazirah's guillemets and "حقًّا", alwatan's and alriyadh's straight quotes, sabq's '"الوزارة"', alyaum's "فى" and
the spaced quotes of 'فريق " لأمتنا نحيا التطوعي "', aawsat's "مشيرًا" and "وبيّن", alriyadh's "ومتوقعاً" and
"اعمال"/"ايام", almadina's "دفاعًا", okaz's "مؤكدا"/"واصفا").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample as sampler  # noqa: E402

sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # aleqtisadiya Al-Taawoun renews Al-Olayan: "أبدى العليان سعادته الغامرة بالتجديد للتعاون" (an expressed feeling
    # with أبدى, blind50/blind53: the object NP), 'قائلا، "لم أتخيل ... رغبة الطرفين"' (null: a participle after a
    # claim verb with an overt subject, make_gold's "مشيراً"; direct), "مشددا على أنه سيبذل ... ومن جميع زملائه" (null),
    # 'وأضاف "سعيد بثقة ... المراكز المتقدمة"' (null, direct) and "عبر محمد القاسم رئيس النادي، عن سعادته بهذه
    # الرعاية، التي تأتي ... مضرب مثل بين الأندية" (make_gold/blind10-blind44's "عبّر/أعرب عن سعادته"; to the end of
    # its sentence). Not claims: "جددت إدارة نادي التعاون عقد ..." (an act), "بناء على توصية مدربه ... ورغبته في
    # المحافظة" (decided here: a recommendation and a wish given as the grounds of a decision, nouns without a
    # reporting word, unlike blind35's "أبدى رغبته"), "فرض جوميز فترتين تدريبيتين" (an act), "اتفقت إدارة النادي مع
    # شركة هرفي" (an agreement), "حيث سيتم توقيع العقد" (a passive), "وأتمنى أن أكون قدره" (inside his own quote)
    0: [("أبدى", "العليان", "سعادته الغامرة", "بالتجديد للتعاون", False, True),
        ("قائلا", None, "\"لم أتخيل", "رغبة الطرفين\"", True, True),
        ("مشددا", None, "على أنه سيبذل", "ومن جميع زملائه", False, True),
        ("وأضاف", None, "\"سعيد بثقة", "المراكز المتقدمة\"", True, True),
        ("عبر", "محمد القاسم رئيس النادي", "عن سعادته بهذه الرعاية", "مضرب مثل بين الأندية", False, True)],
    # okaz Al-Ghamdi on the mosque bombers: "وصف الأكاديمي والمتخصص في تقديم برنامج همومنا الدكتور خميس الغامدي من يقدم
    # على الانتحار ... بأنه ممن قال الله فيهم (قل هل ننبئكم ... يحسنون صنعا)" (a description, make_gold's "يصفه ...
    # بأنه"/blind19's "ووصف ... بأنها": content from بأنه, the described left out; the verse kept inside it) and,
    # nested, "قال الله فيهم (...)" (blind3/blind4/blind6/blind17's verses with "قال الله": speaker "الله", direct),
    # "وأوضح أنه حين وقع تفجير مسجدي القديح ... منذ تشكل التنظيم في العراق" and "وأضاف أنه حين وقع تفجير مسجد في عسير
    # ... مسؤوليته عن الحادثة" (null), "وأرجع ذلك إلى أن من سياسة تنظيم داعش ... عامة أهل السنة عليه" (an
    # explanation, blind.jsonl/blind42/blind45's "أرجع": the object kept; null), "واصفا هؤلاء الخوارج بالجهل المركب
    # ... تكفير مجهول الحال" (blind51's "ووصف ... بـ": content from بـ; null), "وعد ما يقع منهم ... دون هوادة"
    # (blind52's "وعد" = considered: object and predicate; null) and "مؤكدا أن السياقات التاريخية ... من خلال
    # منظريهم" (null). Not claims: "لم يستبعد حينها"/"استبعد جدا" (his own past judgement inside his statements),
    # "لم يكن ينفيها عن نفسه" (negated), "وذكروا عدد الضحايا" (decided here: the media's report of a number that is not
    # given, a topic inside his account, no content), "ورأى آثار النيران" (a perception), "وعرضوا صور" (an act),
    # "ويظهر في بياناته نفي ذلك والتبرؤ منه" (decided here: the group's habitual denials, generic, inside his
    # explanation), "ودعا الغامدي ... إلى صحوة وطنية" (an appeal)
    1: [("وصف", "الأكاديمي والمتخصص في تقديم برنامج همومنا الدكتور خميس الغامدي", "بأنه ممن قال الله فيهم",
         "يحسنون صنعا)", False, True),
        ("قال", "الله", "(قل هل ننبئكم", "يحسنون صنعا)", True, True),
        ("وأوضح", None, "أنه حين وقع تفجير مسجدي", "منذ تشكل التنظيم في العراق", False, True),
        ("وأضاف", None, "أنه حين وقع تفجير مسجد في عسير", "مسؤوليته عن الحادثة", False, True),
        ("وأرجع", None, "ذلك إلى أن من سياسة", "لتأليب عامة أهل السنة عليه", False, True),
        ("واصفا", None, "بالجهل المركب", "تكفير مجهول الحال", False, True),
        ("وعد", None, "ما يقع منهم", "للمجابهة بحزم وعزم دون هوادة", False, True),
        ("مؤكدا", None, "أن السياقات التاريخية", "من خلال منظريهم", False, True)],
    # 3alyoum Passports on Yemenis with records: "وكشفت الجوازات عن أن أصحاب السوابق ... تصحيح أوضاعهم أيضاً" (content
    # from "عن أن", blind44) and "مؤكدة أن السوابق والبصمة، لا تشكلان عائقاً للتصحيح" (null). Not claims: "تواصل
    # المديرية العامة للجوازات دعواتها لليمنيين للمسارعة" (an appeal), "وتضمنت دعوة مديرية الجوازات التي بثتها عبر
    # وسائل الإعلام التالي: أخي الوافد اليمني: ... سارع بمراجعة ..." (decided here: the text of an appeal, introduced
    # by "وتضمنت" -- blind52's provisions of texts -- and addressed to the reader in the imperative; its informative
    # clause repeats the "وكشفت" claim), the byline and the tag line "سمات ..."
    2: [("وكشفت", "الجوازات", "عن أن أصحاب السوابق", "تصحيح أوضاعهم أيضاً", False, True),
        ("مؤكدة", None, "أن السوابق والبصمة", "لا تشكلان عائقاً للتصحيح", False, True)],
    # aljazirah Pluto's dark side: "وقالت الوكالة عبر صفحتها على الإنترنت: «يمكننا ... من الكوكب»" (the channel left
    # out; direct) and "وأوضح جون جرونسفيلد، المدير المساعد لعلوم الإدارة بمهمة ناسا: «مع الثلوج ... مثيرة حقًّا»"
    # (the apposition after the comma kept, blind52's "بي كي باتنايك، مسؤول كبير"; direct). Not claims: "التقطت وكالة
    # ناسا ... صورة" (an act), "وتظهر الصورة غطاءً ثلجيًّا ..." (decided here: what a photograph shows, no source
    # speaking, blind53's data that show), "أن نقول إننا تجاوزنا" (the agency's own words inside its quote), "جدير
    # بالذكر أن" and "علماً بأن" (editorial formulas)
    3: [("وقالت", "الوكالة", "«يمكننا", "من الكوكب»", True, True),
        ("وأوضح", "جون جرونسفيلد، المدير المساعد لعلوم الإدارة بمهمة ناسا", "«مع الثلوج", "مثيرة حقًّا»", True,
         True)],
    # alyaum work stress study: "كشفت دراسة علمية حديثة أشرف عليها باحثون أمريكيون، أن زيادة ضغوط العمل ... اضطرابات
    # عقلية" (speaker "دراسة علمية حديثة", its relative left out, blind44's "دراسة أجراها ..." -> "دراسة"; unnamed:
    # named=false, blind22/blind25), "ووجد الباحثون أن حوالي 8 ... من النساء" and "ووجد الباحثون أن العمال ...
    # الإجازات المرضية" (findings, blind10/blind22/blind29/blind31/blind43's "ووجد الباحثون"), "وأوضح الباحثون أن
    # التدخين ... إجازة مرضية", "وأضاف الباحثون أن المستويات ... الصحة النفسية" (the researchers of an unnamed study:
    # named=false, blind22/blind29). Not claims: "ولتأكيد نتائج الدراسة" (a purpose), "حلل الباحثون بيانات" (an act)
    4: [("كشفت", "دراسة علمية حديثة", "أن زيادة ضغوط العمل", "لما تسببه من اضطرابات عقلية", False, False),
        ("ووجد", "الباحثون", "أن حوالي 8", "الإجازات المرضية من النساء", False, False),
        ("ووجد", "الباحثون", "أن العمال الذين", "الحصول على الكثير من الإجازات المرضية", False, False),
        ("وأوضح", "الباحثون", "أن التدخين", "الحصول على إجازة مرضية", False, False),
        ("وأضاف", "الباحثون", "أن المستويات العالية", "اضرابات الصحة النفسية", False, False)],
    # alriyadh Dammam housing bridge: 'وقال م. احمد اليامي مدير عام فرع وزارة النقل والطرق بالمنطقة الشرقية ل"الرياض"،
    # أن أعمال الصيانة ... حرصا على سلامة العمال' (the channel left out; ending before "، ومتوقعاً") and "ومتوقعاً
    # الانتهاء من اعمال الصيانة ... خلال عشرة ايام" (an expectation, the object NP; null; cue with its و, blind45/
    # blind51's "ومشيرا"/"ومؤكدا"). Not claims: "ألزمت وزارة النقل مقاول صيانة ..." (a directive), "ويقوم فرع وزارة
    # النقل ... باستبدال" (an act), "تمشياً مع قرار مكتب العمل" (a decision), "وطالب سائقو السيارات ... بإجراء فحص"
    # (a demand)
    5: [("وقال", "م. احمد اليامي مدير عام فرع وزارة النقل والطرق بالمنطقة الشرقية", "أن أعمال الصيانة",
         "حرصا على سلامة العمال", False, True),
        ("ومتوقعاً", None, "الانتهاء من اعمال الصيانة", "خلال عشرة ايام", False, True)],
    # alwatan column "الكاميرا لا تأتي إلا بخير": no claim (the columnist's own voice, "والحل -في نظري-"; "لأن الفلاشات
    # في نظرهم لا تأتي إلا بخير" officials' belief, without a reporting word, blind51/blind52's beliefs; "العبارة
    # الشهيرة ... "عزيزي العميل سيتم تسجيل المكالمة ..."" a well-known phrase quoted without a speaker or a reporting
    # word)
    6: [],
    # sabq MOH corona cases: "أعلنت وزارة الصحة اليوم الأحد تسجيل إصابة ثلاث حالات ... أيضا في الرياض" (the object NP;
    # the time left out; ending before "مؤكدة"), "مؤكدة عدم تماثل أي مرضى للشفاء خلال الـ24 ساعة الأخيرة" (null, the
    # object NP), 'وقالت "الوزارة": حالة الإصابة الأولى ... مستقرة' (the name with its quotes, blind22/blind36/blind43/
    # blind53; direct by the colon), "وأضافت:"، "وتابعت:"، "وأردفت:" (null, direct by the colon; make_gold/blind32's
    # "وأردف/وأردفت:") and "وأوضحت أن المتوفاة ... بأمراض أخرى" (null, indirect). Not claims: the dateline "ماجد
    # الرفاعي- سبق- جدة:"
    7: [("أعلنت", "وزارة الصحة", "تسجيل إصابة ثلاث", "حالة وفاة أيضا في الرياض", False, True),
        ("مؤكدة", None, "عدم تماثل", "خلال الـ24 ساعة الأخيرة", False, True),
        ("وقالت", "\"الوزارة\"", "حالة الإصابة الأولى", "وما زالت حالتها مستقرة", True, True),
        ("وأضافت", None, "حالة الإصابة الثانية", "في الرياض وحالتها مستقرة", True, True),
        ("وتابعت", None, "حالة الإصابة الثالثة", "في المستشفيات أو المجتمع", True, True),
        ("وأردفت", None, "ظهرت علي المصابة", "في الرياض وحالتها مستقرة", True, True),
        ("وأوضحت", None, "أن المتوفاة", "مصابة بأمراض أخرى", False, True)],
    # aleqtisadiya skipping breakfast: "كشفت دراسة علمية حديثة عن أن عدم تناول ... بمرور الوقت" (named=false,
    # blind22), "ووجد الباحثون أنه عند تخطي ... بمن تناولوا وجبة الإفطار" (ending before "، وأكد"), "وأكد الباحثون
    # خلال الدراسة، أن مستويات السكر ... بعد تخطي وجبة الإفطار" (the channel "خلال الدراسة" left out), "وأوضح
    # الباحثون"، "وأشار الباحثون إلى أن"، "وأضاف الباحثون أن خلايا بيتا تفقد ... على مدار اليوم" (to the end of its
    # sentence; the researchers of an unnamed study: named=false). Not claims: "ونشرت نتائج هذه الدراسة أخيرا في
    # مجلة ..." (a publication, passive)
    8: [("كشفت", "دراسة علمية حديثة", "عن أن عدم تناول", "بمرور الوقت", False, False),
        ("ووجد", "الباحثون", "أنه عند تخطي", "بمن تناولوا وجبة الإفطار", False, False),
        ("وأكد", "الباحثون", "أن مستويات السكر", "بعد تخطي وجبة الإفطار", False, False),
        ("وأوضح", "الباحثون", "أن ارتفاع مستويات", "في وظيفة خلايا بيتا", False, False),
        ("وأشار", "الباحثون", "إلى أن خلايا بيتا", "في الغذاء إلى وقود", False, False),
        ("وأضاف", "الباحثون", "أن خلايا بيتا تفقد", "على مدار اليوم", False, False)],
    # okaz Saudi clubs in Kansas: no claim ("واستهل الحفل رئيس النادي ... بكلمة هنأ فيها الحضور" congratulations
    # without content, blind14's unannotated "وهنأ"; the honouring, the songs and the events are acts)
    9: [],
    # 3alyoum Al-Hamza's tweets: "مجموعة من التغريدات زعم فيها أن أهل نجد ... عند أهل الحجاز" (blind30's "زعم"; null,
    # the elided subject of a relative on the speech, blind52's "يعتبر فيه"; "كتب ... مجموعة من التغريدات" is the act
    # of writing, its object not a content), 'وقال الحمزة فى تغريداته: “قبل 50 سنة ... ومخلفات حجاج”' (the channel
    # left out; direct) and, nested, "يقولون عنهم طرش بحر ومخلفات حجاج" (decided here: the saying he attributes to
    # the people of Najd, the South and the North -- null, the pronoun; content the words said "طرش بحر ومخلفات حجاج",
    # the topic "عنهم" left out, ending before the enclosing quote's closing mark, blind50/blind52; direct=false),
    # "وأضاف في التغريدة: أهل الحجاز ... المناصب القيادية" (null, direct by the colon), "التي اعتبرها الكثير من
    # الأشخاص أنها عنصرية" (an opinion; the object pronoun in the cue, blind18/blind28/blind35's "اعتبره/واعتبرها";
    # named=false), "حيث قال في تغريدات لاحقة: “...”" (null: his name only in the genitive of "تراجع الحمزة"; direct),
    # 'مضيفًا: “...”' and 'وتابع: “...”' (null, direct) and "واختتم الحمزة اعتذاره المغلف بالإصرار: “العمل كـصبي ...
    # حتى كبروا”" (decided here: "اختتم" with a colon and the quote, without gold/blind42's "بقوله/بقولها", is the cue;
    # direct). Not claims: "طالب مغردون سعوديون بمحاسبة الحمزة" (a demand), "وتقديمه اعتذارًا" (an apology as an act),
    # "بدا أنه إصرار منه" (impersonal), the byline and the tag line "سمات ..."
    10: [("زعم", None, "أن أهل نجد", "صبيانًا عند أهل الحجاز", False, True),
         ("وقال", "الحمزة", "“قبل 50 سنة", "ومخلفات حجاج”", True, True),
         ("يقولون", None, "طرش بحر", "ومخلفات حجاج", False, True),
         ("وأضاف", None, "أهل الحجاز أفضالهم", "أهل المناصب القيادية", True, True),
         ("اعتبرها", "الكثير من الأشخاص", "أنها عنصرية", "أنها عنصرية", False, False),
         ("قال", None, "“التغريدة لم أقصد", "مهما كان”", True, True),
         ("مضيفًا", None, "“يبدو أن", "في حق أحد”", True, True),
         ("وتابع", None, "“التغريدة واضحة", "لهم الحشمة والكرامة”", True, True),
         ("واختتم", "الحمزة", "“العمل كـصبي", "حتى كبروا”", True, True)],
    # aawsat domestic airports to go international: "كشفت هيئة الطيران المدني السعودية عزمها تحويل المطارات ... من
    # مختلف مناطق البلاد" (a disclosure, the object NP, blind45's "وكشفت ... عن بلوغ"), "وبحسب إحصائية حديثة للهيئة،
    # فإن المطارات الداخلية ... من عام 2014" (a fronted relay with "فإن", blind.jsonl/blind35/blind39/blind51/blind53;
    # a statistic named=true, blind22/blind28/blind45/blind51), "وقال سليمان الحمدان رئيس الهيئة العامة للطيران
    # المدني إن الهيئة مستمرة ... قد تواجههم" (ending before "، مشيرًا"), "مشيرًا إلى أن الهيئة تسعى ... أفضل الخدمات"
    # and "وبيّن أن حركة الركاب ... 4.7 مليون راكب" (null), "وأضاف الحمدان أن عدد الركاب ... من العام الماضي" (to the
    # end of its sentence) and "وأوضح الحمدان أنه في ضوء هذا النمو ... في تبوك إلى الشارقة". Not claims: the last
    # three paragraphs (the writer's facts on the carriers)
    11: [("كشفت", "هيئة الطيران المدني السعودية", "عزمها تحويل", "من مختلف مناطق البلاد", False, True),
         ("وبحسب", "إحصائية حديثة للهيئة", "فإن المطارات الداخلية", "نفس الفترة من عام 2014", False, True),
         ("وقال", "سليمان الحمدان رئيس الهيئة العامة للطيران المدني", "إن الهيئة مستمرة", "أي مصاعب قد تواجههم",
          False, True),
         ("مشيرًا", None, "إلى أن الهيئة تسعى", "وتقدم أفضل الخدمات", False, True),
         ("وبيّن", None, "أن حركة الركاب", "4.7 مليون راكب", False, True),
         ("وأضاف", "الحمدان", "أن عدد الركاب المسافرين", "مقارنة بنفس الفترة من العام الماضي", False, True),
         ("وأوضح", "الحمدان", "أنه في ضوء", "في تبوك إلى الشارقة", False, True)],
    # aljazirah Jazan award: "أعلنت جائزة جازان للتفوق والإبداع عن فتح باب المنافسة ... وحماية البيئة" (the award as
    # an institution: named=true; to the end of its sentence) and "وأوضح أمين عام الجائزة الدكتور حسن الحازمي، بأن
    # الجائزة تحرص ... بين المتقدمين" (content from "بأن"). Not claims: "يذكر أن" (an editorial formula), "وجه ... على
    # تعديل مسمى" (a directive)
    12: [("أعلنت", "جائزة جازان للتفوق والإبداع", "عن فتح باب المنافسة", "البحث العلمي وحماية البيئة", False, True),
         ("وأوضح", "أمين عام الجائزة الدكتور حسن الحازمي", "بأن الجائزة تحرص", "بين المتقدمين", False, True)],
    # alyaum "Made in Asir": 'أكدت رئيسة فريق " لأمتنا نحيا التطوعي " سليمى الشهراني، أن فريقها ... بإقبال متزايد'
    # (the team's name with its spaced quotes kept in the speaker), "مشيرة إلى أن الفريق يطمح ..." (null), "وأوضحت أن
    # فكرة المعرض ..." (null; ending before "، مشيرة"), "مشيرة إلى أن المعرض يشمل ... 10 متطوعات" (null), "مضيفة أن
    # الفريق قام بإنشاء المعرض ... يحيى مفرح" (null; to the end of its sentence) and "وبينت أن الفريق سبق له ...
    # بمستشفى أبها العام" (null). Not claims: "التي استحسنت الفكرة ودعمها ..." (an approval and support, acts, inside
    # her statement), "تم مخاطبة العديد من الجهات" (a passive act)
    13: [("أكدت", "رئيسة فريق \" لأمتنا نحيا التطوعي \" سليمى الشهراني", "أن فريقها", "وحظيت بإقبال متزايد", False,
          True),
         ("مشيرة", None, "إلى أن الفريق يطمح", "المعرض بصفة سنوية", False, True),
         ("وأوضحت", None, "أن فكرة المعرض", "والموهوبات بمنطقة عسير", False, True),
         ("مشيرة", None, "إلى أن المعرض يشمل", "10 متطوعات", False, True),
         ("مضيفة", None, "أن الفريق قام", "يحيى مفرح", False, True),
         ("وبينت", None, "أن الفريق سبق", "بمستشفى أبها العام", False, True)],
    # alriyadh Iraqis to demonstrate: "أفاد شهود عيان أمس أن مناطق واسعة ... عمل الحكومة العراقية" (make_gold/blind22's
    # "شهود عيان": named=false; the time left out), 'وأوضح الشهود "أن بغداد ... عمل الحكومة"' and 'وذكر الشهود "أن
    # القوات ... الساحات العامة"' (the whole content, "أن" included, quoted: direct, blind53's 'أن :”...”'), 'وأشار
    # الشهود إلى أن "المظاهرات ... أو تلك"' (the whole content after "أن" quoted: direct, blind14/blind46's 'إلى أن
    # "..."'); "الشهود" named=false. Not claims: "دعا إليها المئات من المثقفين ..." (an appeal inside the witnesses'
    # content), "للمطالبة بإجراء إصلاحات" (a demand)
    14: [("أفاد", "شهود عيان", "أن مناطق واسعة", "تقويم مسار عمل الحكومة العراقية", False, False),
         ("وأوضح", "الشهود", "\"أن بغداد", "وتقويم عمل الحكومة\"", True, False),
         ("وذكر", "الشهود", "\"أن القوات", "في الساحات العامة\"", True, False),
         ("وأشار", "الشهود", "إلى أن \"المظاهرات", "هذه الجهة أو تلك\"", True, False)],
    # alweeam Al-Jouf education invites candidates: no claim ("دعت إدارة التربية والتعليم ... المرشحين ... إلى البدء"
    # and "وأهابت الإدارة بالمعلمين الجدد إلى ضرورة اصطحاب ..." appeals, make_gold's "دعا إلى"; the link lines)
    15: [],
    # almadina Prince Turki's condolences in Al-Khurma: 'وقال « اللواء ركن الأمير تركي بن عبدالله آل سعود لـ « المدينة
    # : إن زيارتي ... نحن نعزي أنفسنا في مثلهم' (the stray « marks and the channel left out of the speaker; introduced
    # by the colon: direct, blind7-blind53's "وأضاف: إن"; to the end of its sentence), "وأكد أن وزير الحرس الوطني ...
    # بشائر خير إن شاء الله" (null; the directive "وجهنا بأن نرى" and the request "طلب منه الحضور" are inside it, not
    # claims), "وعن مشاعر أهل الشهيد ... قال: والله لم أشعر ... منزلة الصديقين والشهداء" (null; direct by the colon; the
    # topic "وعن ..." left out; his closing prayer kept inside his words, blind36/blind47's "وأسأل الله"/"نسأل الله" in
    # a content) and, nested, "والبعض يقول لي خذ عيالنا دفاعًا عن الوطن" (decided here: a saying he reports from some
    # of the family -- speaker "البعض", named=false; indirect inside the direct quote, blind50/blind52). Not claims:
    # "قدم ... واجب العزاء" (an act), "لتقديم تعازيه" (the purpose of the visit), "التي تدعو بالدعاء" (prayers)
    16: [("وقال", "اللواء ركن الأمير تركي بن عبدالله آل سعود", "إن زيارتي", "نحن نعزي أنفسنا في مثلهم", True, True),
         ("وأكد", None, "أن وزير الحرس الوطني", "بشائر خير إن شاء الله", False, True),
         ("قال", None, "والله لم أشعر", "منزلة الصديقين والشهداء", True, True),
         ("يقول", "البعض", "خذ عيالنا", "دفاعًا عن الوطن", False, False)],
    # alwatan Qattan on Iran: 'وقال في تصريحات صحفية أمس "المملكة لن تقبل ... وعلي عبدالله صالح"' (null: the
    # coordinated finite verb after the non-claim "دعا السفير ... إيران إلى عدم محاولة ...", blind51-blind53; the
    # channel and time left out; direct), "مشيرا إلى أن إيران حاولت ... مع الحوثيين" (null), 'مشيرا إلى أن إيران
    # "حاولت ... مع الحوثيين"' (the outlet's repetition of the same statement, quoted this time -- decided here: a
    # second claim, as it stands as a second participle; partly quoted, "إيران" outside the quote: direct=false,
    # blind.jsonl/blind52), 'ومضى قطان بالقول "الرئيس المخلوع ... فرص الاستقرار"' (cue "بالقول", blind30-blind52;
    # speaker the overt subject of "ومضى"; direct) and 'وأثنى قطان على المشاركة المصرية ...، قائلا "أمن قناة السويس
    # ... بالمنطقة"' (the overt subject of the non-claim "أثنى" (praise), blind12-blind53; direct). Not claims: "دعا
    # ... إيران إلى عدم محاولة اختبار قدرات المملكة، والكف عن التدخل" (an appeal), "وأثنى قطان على المشاركة المصرية"
    # (praise of an NP)
    17: [("وقال", None, "\"المملكة لن تقبل", "وعلي عبدالله صالح\"", True, True),
         ("مشيرا", None, "إلى أن إيران حاولت", "وكما حاولت مع الحوثيين", False, True),
         ("مشيرا", None, "إلى أن إيران \"حاولت", "مع الحوثيين\"", False, True),
         ("بالقول", "قطان", "\"الرئيس المخلوع", "فرص الاستقرار\"", True, True),
         ("قائلا", "قطان", "\"أمن قناة السويس", "التي تحيق بالمنطقة\"", True, True)],
    # was Tabuk mosque monitors' course: no claim (a programme: "تقيم وكالة الوزارة ... دورة"، lectures "بعنوان
    # "..."" (titles), "وتعمل وزارة الشؤون الاسلامية ... من خلال هذه الجهود" (the agency's own account of its work, no
    # reporting word); the dateline, "// انتهى //" and the time line)
    18: [],
    # okaz Prince Mohammed bin Salman and the Qatari minister: no claim ("استعرض ... روابط التعاون الثنائي" a review,
    # an act; "وحضر استقبال ..." attendance; the share line "شارك من خلال تويتر ... اكتب رأيك")
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind54.jsonl")
