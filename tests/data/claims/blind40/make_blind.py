"""Build claims-blind40.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261286) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind39.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind40.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind39/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the tanwin of "مشيرًا" (alriyadh) against "مشيراً"
(was, alweeam), the bare "مشيرا"/"معتبرا"/"قائلا"/"منوها"/"مفيدا", the hamza-less "واوضح"/"افاد"/"ان" of alyaum, the
kasra and shadda of the alwatan verse, the guillemets « » of okaz, aawsat and almadina, the curly quotes “ ” of
3alyoum, the parentheses of alwatan's quotations, the straight quotes of aleqtisadiya and alyaum).
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
    # 3alyoum Herbalife and Twitter: "وقالت هيربالايف إنها تريد ... بأنهم “لصوص”" (to the end of the sentence), nested
    # in it "الذي وصف الشركة وإدارتها بأنهم “لصوص”" (a description, blind2/blind8/blind14/blind39's وصف; speaker the
    # relative's antecedent "المستخدم", blind35-blind39; the anonymous user "مستخدم مجهول": named=false; content from
    # بـ/بأن with the overt object outside, blind30/blind31's "ووصف ... بالجشع/بالجيد"; the quoted word is all the
    # content after "بأنهم": direct, following the latest sets -- blind13's "أنه «عدوان»", blind38's "بـ "..."" --
    # over blind6's "بأنه "بنَّاء"" and blind29's "بـ"الضعيفة""), "وقالت الشركة في الطلب الذي قدمته ...: “تغريدات ...
    # اتحادية”" (the channel and its relative left out; colon and quotes: direct) with its postposed relay "، وفق ما ذكرت وكالة
    # رويترز" (blind37's relay standing in the sentence: a second claim with the same content, direct like it; cue the
    # phrase with ما, claims-gold's "وفق ما نقله", blind13/blind17's "على ما أعلنت"), "وقالت هيربالايف إن تغريدات ...
    # وتضر بسمعتها" and nested in it "التي زعم فيها بيع الشركة منتجات سامة وغير مصرح بها" (زعم a reporting verb,
    # blind30; its subject the user, elided in a clause on "تغريدات": null, blind21/blind22/blind33's "كلمة ... فيها").
    # Not claims: "قدمت ... طلباً" (a request, an act), "كتب تغريدات شهّر فيها بمنتجات الشركة" (writing without content,
    # blind39), "ويهدف الطلب"، "وتريد الشركة من المحكمة أن تأمر" (aims, a wish), "وتقضي سياسة تويتر" (a rule), the
    # byline and the tag line "سمات ..."
    0: [("وقالت", "هيربالايف", "إنها تريد", "بأنهم “لصوص”", False, True),
        ("وصف", "المستخدم", "بأنهم", "“لصوص”", True, False),
        ("وقالت", "الشركة", "“تغريدات", "هيئات تنظيمية اتحادية”", True, True),
        ("وفق ما ذكرت", "وكالة رويترز", "<“تغريدات", "هيئات تنظيمية اتحادية”", True, True),
        ("وقالت", "هيربالايف", "إن تغريدات", "وتضر بسمعتها", False, True),
        ("زعم", None, "بيع الشركة", "وغير مصرح بها", False, True)],
    # alriyadh US condemnation: "عبر مجلس الأمن الوطني الأمريكي في واشنطن عن إدانة الولايات المتحدة ... وقعت مؤخراً
    # في المملكة" (a verb of expression + stance noun is a claim whatever the noun, blind3/blind20/blind21/blind25; the
    # venue "في واشنطن" left out; decided here: ending before the writer's gloss "، حيث هاجم مفجر إرهابي ...",
    # blind39's "؛ حيث كانت"), "وصرح نيد برايس المتحدث باسم المجلس بواشنطن، الليلة الماضية أن ... البشرية والتعددية"
    # (venue and time left out) and "مشيرًا إلى أن ... الإرهابية" (null). Not claims: "وقدم أعمق تعازيه" (condolences
    # as a bare act, blind2/blind3/blind20/blind25), "وتمنى الشفاء العاجل للجرحى" (a get-well wish, blind17)
    1: [("عبر", "مجلس الأمن الوطني الأمريكي", "عن إدانة", "وقعت مؤخراً في المملكة", False, True),
        ("وصرح", "نيد برايس المتحدث باسم المجلس", "أن تلك الأعمال", "الحياة البشرية والتعددية", False, True),
        ("مشيرًا", None, "إلى أن الولايات المتحدة", "هذه الاّفة الإرهابية", False, True)],
    # alwatan column on the London Super Cup: "(طرفة بن العبد) الذي قال: (خلا لكِ ... فابشِري)" (a cited poem with a
    # verb of saying, blind20's "يقول السبيعي:", blind30's poet; speaker the relative's antecedent, the name alone in
    # parentheses spanned without them as a name alone in quotes; colon: direct), "أشارت الأنباء إلى أن هناك نية ...
    # وليس خارجياً" (unspecified news: named=false, blind19's "وقالت الأنباء"), "المتحدث الرسمي ... (عدنان المعيبد)
    # نفى اتخاذ ... عن سوبر لندن" (fronted speaker with its parentheses inside the longer phrase; the object NP of نفى;
    # ending before the columnist's "ولكن العجيب"), "حيث أوضح ما نصه: (هناك مشكلة ... النظامية)" (cue without حيث;
    # elided subject: null; decided here: "ما قاله عقب هذا النفي" is the columnist's lead-in to this same statement
    # and not counted apart; content the quoted words after "ما نصه:", blind4's "فيما يلي نصه :"; direct) and
    # "وأضاف: (نعمل ... بشكل رسمي)" (null, direct). Inside the spokesman's words "فلائحة لجنة الانضباط توضح أن" (a
    # regulation's provision, blind16's "يقضي بثبوت") and "بحسب مواد لجنة الانضباط" (a non-source) are not claims.
    # Not claims: "لم أتوقع"، "يبدو أن"، "أتساءل: ومن قال بأن ..."، "شخصياً: لن أستغرب" (the columnist), "ولم يقل أحد
    # يومها إنها ..." (a negation without a source, blind20's "ولو لم يقل"), "هذه التبريرات والأعذار" (nouns)
    2: [("الذي |قال|:", "طرفة بن العبد", "(خلا", "فابشِري)", True, True),
        ("أشارت", "الأنباء", "إلى أن هناك نية", "محلياً وليس خارجياً", False, False),
        ("نفى", "المتحدث الرسمي باسم الاتحاد السعودي لكرة القدم (عدنان المعيبد)", "اتخاذ اتحاد الكرة",
         "عن سوبر لندن", False, True),
        ("حيث |أوضح| ما", None, "(هناك مشكلة", "لجنة الانضباط النظامية)", True, True),
        ("وأضاف", None, "(نعمل", "بشكل رسمي)", True, True)],
    # okaz column "تجار الدم": "اتهمت منظمة «هيومن رايتس ووتش» الحوثيين بارتكاب جرائم حرب، وذلك من خلال ... في مدينة
    # عدن" (an accusation; content from بـ, the accused outside, to the end of the sentence -- blind21's alweeam report
    # of the same statement), "وأوضح التقرير نقلا عن أحد موظفي الطوارئ من فريق عملها قوله «أمطرت ... الباقين»" (two
    # claims with the same content, blind7/blind13/blind18/blind21/blind26's "... نقلا عن": the report (anaphoric,
    # named=true) and the unnamed employee (named=false); wholly quoted: direct). Not claims: "أصدر التحالف أكثر 1400
    # تصريح" (permits issued, an act), "لم يعد هناك أدنى شك أن"، "فهل من تجارة ..." (the columnist)
    3: [("اتهمت", "منظمة «هيومن رايتس ووتش»", "بارتكاب جرائم حرب", "عشوائيا في مدينة عدن", False, True),
        ("وأوضح", "التقرير", "«أمطرت", "المدنيين الباقين»", True, True),
        ("نقلا عن", "أحد موظفي الطوارئ من فريق عملها", "«أمطرت", "المدنيين الباقين»", True, False)],
    # was Tabuk election workshop: "ألقى المهندس الغبان كلمة رحب فيها برؤساء المراكز الانتخابية , مؤكداً أهمية عمل
    # رئيس المركز ... 15 / 11 / 1436هـ" (decided here: the participle continues the clause on "كلمة" whose verb "رحب"
    # has an elided subject, as blind22's "كلمة ... أوضح فيها ...، لافتًا" and blind38's "كلمة عبرت فيها قائلة": null,
    # not the subject of ألقى; أكد + object NP, blind9/blind11/blind15's "وأكد أهمية"), "، مشيراً إلى أن اللجنة قامت
    # ... من النساء" (null), "ألقى الدكتور عمر بن احمد أبو هاشم كلمة أكد من خلالها على رؤساء المراكز بالعمل الجاد
    # وأنه لا يوجد أي اجتهادات ..." (the verb of a clause on "كلمة": null, blind3/blind22/blind33; decided here: an
    # emphasis with a proposition "وأنه لا يوجد ...", like "أكد/شدد على ضرورة", not a bare directive; content from على)
    # and "، مؤكداً على استمرار التعاون ... ومراكز المنطقة" (null). Not claims: "رحب فيها" (a welcome), "استعرض"،
    # "شارك"، "عقدت" (acts), the dateline, "// إنتهى //" and the time line
    4: [("مؤكداً", None, "أهمية عمل رئيس المركز", "15 / 11 / 1436هـ", False, True),
        ("مشيراً", None, "إلى أن اللجنة قامت", "المرشحات من النساء", False, True),
        ("كلمة |أكد| من", None, "على رؤساء المراكز", "سير العملية الانتخابية", False, True),
        ("مؤكداً", None, "على استمرار التعاون", "أو المحافظات ومراكز المنطقة", False, True)],
    # aleqtisadiya Asia Capital report: "قال تقرير اقتصادي إن ... على النفط" (an indefinite report identified below as
    # Asia Capital's: named=true, blind4's "تقرير صحفي", blind21/blind26's "تقرير"), "وأضاف أن ..." (null), "واعتبر
    # تقرير شركة آسيا كابيتال الاستثمارية أن ... "حيث ... الوفرة المالية"" (partly quoted: indirect, the closing mark
    # kept), "وذكر أن ..." (null), "... ما يشير إلى النجاح الأولي لمثل هذه الإجراءات بحسب التقرير الذي نقلته وكالة
    # الأنباء الكويتية أمس" (content before the cue from the sentence's first word, blind7/blind18/blind23/blind39;
    # "ما يشير إلى" a thing that shows, inside it; decided here: the relative "الذي نقلته وكالة الأنباء الكويتية أمس"
    # is left out of the speaker and not counted apart -- a relay of the whole report with no content of its own, as
    # blind36/blind37's single relay phrase "بحسب ما نقلت الصحيفة عن ..." gave one claim with the original source),
    # 'وقالت "آسيا كابيتال" إن ...' (the name alone in quotes: spanned without them), "وأشار التقرير إلى ..."، "ولفت
    # إلى ..." (null), "واعتبر التقرير أن ... عمالتها المحلية" (ending before the next reporting word of the same
    # source) with "معتبرا في الوقت نفسه أن ذلك مجرد حل جزئي ... ويخفض حافزيتها" (null; the time phrase left out),
    # "وقال إن ..."، "مشيرا إلى أن ..."، "وأكد أن ..." (null)
    5: [("قال", "تقرير اقتصادي", "إن دول مجلس", "المعتمد على النفط", False, True),
        ("وأضاف", None, "أن هذه التحديات", "فرص عمل جديدة", False, True),
        ("واعتبر", "تقرير شركة آسيا كابيتال الاستثمارية", "أن نظام الاعتماد", "استدامة الوفرة المالية\"", False,
         True),
        ("وذكر", None, "أن السعودية", "يتم داخل الشركات", False, True),
        ("بحسب", "التقرير", "<وانخفضت نسبة", "لمثل هذه الإجراءات", False, True),
        ("وقالت", "آسيا كابيتال", "إن الوضع الكويتي", "المواطنين الكويتيين العاملين", False, True),
        ("وأشار", "التقرير", "إلى اعتماد الكويت", "يعملون في القطاع الحكومي", False, True),
        ("ولفت", None, "إلى تزامن", "طبيعة القطاعات المختلفة", False, True),
        ("واعتبر", "التقرير", "أن نظام نسبة التوطين", "نسبة عمالتها المحلية", False, True),
        ("معتبرا", None, "أن ذلك مجرد", "ويخفض حافزيتها", False, True),
        ("وقال", None, "إن نسبة العمالة", "بلغت 82 في المائة عام 2008", False, True),
        ("مشيرا", None, "إلى أن القطاع الخاص", "العمل في القطاع الخاص", False, True),
        ("وأكد", None, "أن السياسات", "القطاعين في سوق العمل", False, True)],
    # aawsat column on Mullah Omar: "بيان شورى طالبان قال: إن الملا محمد عمر ... آخر أسبوعين" (fronted speaker; a colon
    # before "إن": direct, as every earlier "قال: إن ..."), "وأعلن البيان تعيين ... أميرًا لحركة طالبان" (the object NP),
    # "ووصف الملا الجديد بـ«أمير المؤمنين»" (coordinated, elided subject: null; content from بـ, blind30/blind31; wholly
    # quoted after بـ: direct, blind38's rule over blind6/blind29, as in 0) and "كانت هناك أنباء تقول إن شورى الحركة ... عن خليفة عمر" (unspecified news:
    # named=false, blind19's "وقالت الأنباء"; ending before "لكن بيان الحركة حسم الأمر"). Not claims: "هناك أنباء تحدثت
    # عن خلافات داخل الحركة ..." (decided here: news naming a topic, blind14's "الشائعات التي تحدثت عن الانفصال"),
    # "بوصفه «أمير المؤمنين»"، "اللقب الذي أطلقه على نفسه"، "كما كان يفضل أسامة وصفها، لم يكن يقول طالبان، بل الطلبة"
    # (a capacity, a naming, a preferred name: blind30's phrases mentioned), "مطالبة عمر بالظهور ... أو أنهم سيبايعون"
    # (a demand and a threat), "بتقديري" (the columnist), the e-mail line
    6: [("طالبان |قال|:", "بيان شورى طالبان", "إن الملا محمد عمر", "خلال آخر أسبوعين", True, True),
        ("وأعلن", "البيان", "تعيين الملا", "أميرًا لحركة طالبان", False, True),
        ("ووصف", None, "بـ«أمير", "المؤمنين»", True, True),
        ("تقول", "أنباء", "إن شورى الحركة", "عن خليفة عمر", False, False)],
    # alweeam Civil Service: "أكد معالي وزير الخدمة المدنية الأستاذ خالد بن عبدالله العرج على أن ... مرحلة أولية"
    # (titles kept, blind19/blind35), "مشيراً إلى أن الوزارة ستعلن ... مبادئها الأساسية" (null; decided here: "موضحا
    # بها تفاصيل المعدل، ..." describes what the announced list will show -- "بها" the list, a list of items, no
    # proposition of its own -- and stays inside this content) and "وأضاف معالي الوزير بأن ... الأسبوع القادم". Not
    # claims: "ما تم الاعلان عنه" (passive noun), the link line
    7: [("أكد", "معالي وزير الخدمة المدنية الأستاذ خالد بن عبدالله العرج", "على أن ما تم", "هي مرحلة أولية",
         False, True),
        ("مشيراً", None, "إلى أن الوزارة", "مبادئها الأساسية", False, True),
        ("وأضاف", "معالي الوزير", "بأن من يرغب", "الترشيح النهائي الأسبوع القادم", False, True)],
    # 3alyoum Yanbu airport: "أبدت هيئة الطيران المدني في بيان صحافي أسفها من المقطع المنتشر" (regret with أبدى,
    # blind4-blind39; cue without "من جهتها", the channel left out) and "وأكدت الهيئة أن ... مسؤولي الهيئة". Not claims:
    # "تناقل مستخدمو ... مقطع فيديو يظهر فيه" (circulating a video, claims-gold's "وتداول نشطاء ... صور", blind25's
    # "تداول نشطاء ... فيديو ظهر فيه"; unlike blind6/blind21's "تناقل ... خبر"), "بحسب ما ظهر في مقطع الفيديو" (a
    # thing that shows, not a source, make_gold's "according to a non-source"), "ووجه رئيس الهيئة بفتح تحقيق"، "كما
    # وجه باتخاذ" (directives), the byline and the tag line
    8: [("أبدت", "هيئة الطيران المدني", "أسفها", "المقطع المنتشر", False, True),
        ("وأكدت", "الهيئة", "أن تعاون", "لجميع مسؤولي الهيئة", False, True)],
    # arreyadi column "الكلمة هدف": "مبررهم أن الزاوية اليومية فقدت حضورها ... إلى رأيه اليومي غداً" (decided here: the
    # noun of justification with a proposition, blind25/blind36/blind38's "مبررا/مبررين/برر"; cue the noun with its
    # possessive, the possessor only a clitic: null, blind37's "لاعتقادها"; ending before the columnist's "… هذا واقع")
    # and "هناك من يقول: إن المقالة الأسبوعية ... مواقع التواصل" (blind21's "هناك من يرى أن": speaker "من",
    # named=false; a colon before "إن": direct). Not claims: "حتى رأى (محمد البكيري) ... أن تتحوّل الى زاوية يومية"
    # (decided here: an editor's decision for the column, a subjunctive proposal and no proposition, as "قرر"),
    # "يحاول إقناعي بالعودة" (an attempt to persuade, blind5/blind21/blind39), "يستطيع الكاتب ... أن يقول رأيه" (generic,
    # inside the content), the columnist's own announcement
    9: [("مبررهم", None, "أن الزاوية اليومية", "إلى رأيه اليومي غداً", False, True),
        ("هناك من |يقول|:", "هناك |من| يقول", "إن المقالة", "متابعة مواقع التواصل", True, False)],
    # okaz OPEC: "أوضح مندوبون في أوبك، أمس أن ..." (unnamed delegates: named=false; the time left out), the delegates'
    # quoted words with colons (direct; "مندوب خليجي (آخر) في أوبك": named=false) and their null "وأضاف: «...»", "ونقل عن
    # وزير النفط الكويتي علي صالح العمير أمس الأول ثقته في آفاق الطلب" (make_gold's "نقل عن X قوله": cue the verb,
    # speaker X; an expressed confidence, the object NP) and "قائلا: «إن الدول ... بارتفاع الطلب»" (null: elided
    # subject; the closing mark misplaced in the source, the span runs to it). Nested in that quotation: "الدول المنتجة
    # تتوقع أن ..." (decided here: a prediction with توقع, make_gold's list, blind37's nested "توقع الكثير منهم";
    # unspecified producers: named=false; unlike blind38's beliefs "يعتقد"/"ترى"), "فيما استبعد ثلاثة من مندوبي الدول
    # الأعضاء في أوبك أن ..." (blind13/blind14's "استبعد"; named=false) and "وتحدثوا عن توقعات بارتفاع الطلب" (decided
    # here: the delegates' own expectation, blind7's "يتحدث عن ثقته", blind13's "متحدثا عن «...»"; null) -- all three
    # nested, direct=false (blind31/blind32). Then "وأشار مندوب خليجي آخر، إلى أنه ..." (the comma outside), "منوها إلى
    # أن ..." (null), "واتفق مندوب رابع على أنه ..." (agreement on a proposition, blind39's "ويتفق الباحثون على";
    # named=false) and "مفيدا أن ..." (null)
    10: [("أوضح", "مندوبون في أوبك", "أن من المرجح", "حصتها في السوق", False, False),
         ("وقال", "مندوب خليجي في أوبك", "«لم يحن", "بالنسبة لأوبك»", True, False),
         ("وأضاف", None, "«سيزيد", "قرب 60 دولارا»", True, True),
         ("وقال", "مندوب خليجي آخر", "«حتى لو", "منخفضة للأبد»", True, False),
         ("ونقل", "وزير النفط الكويتي علي صالح العمير", "ثقته", "في آفاق الطلب", False, True),
         ("قائلا", None, "«إن الدول", "بارتفاع الطلب»", True, True),
         ("تتوقع", "الدول المنتجة", "أن تعزز", "العالمي الأسعار", False, False),
         ("استبعد", "ثلاثة من مندوبي الدول الأعضاء في أوبك", "أن يستمر", "أوبك استراتيجيتها", False, False),
         ("وتحدثوا", None, "عن توقعات", "بارتفاع الطلب", False, True),
         ("وقال", "مندوب خليجي في أوبك", "«لا أظن", "بالنسبة لأوبك»", True, False),
         ("وأضاف", None, "«سيزيد", "قرب 60 دولارا»", True, True),
         ("وأشار", "مندوب خليجي آخر", "إلى أنه حتى", "أوبك سقف إنتاجها", False, False),
         ("منوها", None, "إلى أن الأسعار", "منخفضة للأبد", False, True),
         ("واتفق", "مندوب رابع", "على أنه لا حاجة", "من جانب أوبك حاليا", False, False),
         ("مفيدا", None, "أن انخفاض", "قصير الأجل", False, True)],
    # was Hafr al-Batin committee: "وأوضح رئيس اللجنة نايف بن سعيدان أن اللجنة تشرف ... ومركز للنساء" and "وبين أن
    # اللجنة قطعت ... مراحل الحملة الانتخابية" (null). Not claims: "تفقدت" (an act), "الجدير بالذكر أن" (editorial),
    # the dateline, "// انتهى //" and the time line
    11: [("وأوضح", "رئيس اللجنة نايف بن سعيدان", "أن اللجنة تشرف", "السعيرة مركز للرجال ومركز للنساء", False,
          True),
         ("وبين", None, "أن اللجنة قطعت", "مراحل الحملة الانتخابية", False, True)],
    # sabq Qubaa floods: "وبيّن موثق المقطع إلى تكرر معاناة الأهالي ... مع معاناتهم" and "وذكر المواطن أن مركز القوباء
    # ... القرى والمراكز" (the citizen "أحد أهالي مركز القوباء" is never named: named=false, blind4's "أحد سكان مركز
    # سلام", blind19's "أحد الشهود"). Not claims: "وثق ... جريان الأمطار" (filming, an act), "مطالبة الأهالي ...
    # بإنشاء جسر" and "وطالب المواطن بتنفيذ ... حيث أعاقت ..." (demands with their reasons), the byline
    12: [("وبيّن", "موثق المقطع", "إلى تكرر", "الحلول اللازمة والمناسبة حتى الآن مع معاناتهم", False, False),
         ("وذكر", "المواطن", "أن مركز القوباء", "بين كل القرى والمراكز", False, False)],
    # almadina Hafr al-Batin killing: "وقال الناطق الإعلامي ... العقيد زياد الرقيطي: «ورد بلاغ ... خلاف عائلي»" (direct;
    # the stop after » excluded), nested in it "بلاغ ... يفيد بتعرض مواطنة ... خلاف عائلي" (a received report, blind26/
    # blind30/blind32's "ورد بلاغ ... يفيد": cue "يفيد", the caller never named: null; nested: direct=false), "وأشار إلى
    # أنه تم نقل ... فارقت الحياة»" (null; the unpaired closing mark kept at the span's edge, blind14-blind37;
    # indirect) and "وذكر أن مختصين ... والادعاء العام" (null; "حيث تقرر توقيفه" inside). Not claims: "ضبط مواطن
    # بتهمة الاعتداء" (a charge noun without a source, blind38's nouns without a source)
    13: [("وقال", "الناطق الإعلامي باسم شرطة المنطقة الشرقية العقيد زياد الرقيطي", "«ورد بلاغ", "إثر خلاف عائلي»",
          True, True),
         ("يفيد", None, "بتعرض مواطنة", "إثر خلاف عائلي", False, True),
         ("وأشار", None, "إلى أنه تم نقل", "ولكنها فارقت الحياة»", False, True),
         ("وذكر", None, "أن مختصين بالشرطة", "هيئة التحقيق والادعاء العام", False, True)],
    # aljazirah FIFA ranking: no claim (the writer's account of the ranking; no source, no reporting word)
    14: [],
    # aleqtisadiya Seagate drive: 'كشفت شركة إنتاج الأقراص الصلبة ... الأمريكية "سيجيت" عن قرص جديد ... جهاز الألعاب
    # إكس بوكس' (a disclosure with an NP object, blind6/blind29/blind32; the quotes kept inside the longer phrase; to
    # the end of the sentence), 'ونقل موقع "بي.سي ماجازين" ... عن مات كيسلرينج ... القول إنه "معل كل ... لإكس بوكس"'
    # (make_gold's "نقل عن X قوله", blind36's "ونقل موقع ... عن الركاب قولهم": one claim, cue the verb, speaker the
    # original source; content from إنه, the statement wholly quoted: direct, blind38/blind39's "أن «...»") and 'وقال
    # جيف فوتشمان ... إن "التعاون ... لوحدات تخزين البيانات' (the quotation never closed in the source: direct, as
    # blind18's unclosed 'إن "الخائن ...'; the stop excluded). Not claims: "والقرص الجديد مصمم"، "يتيح القرص" (the
    # writer), "ومن المنتظر" (impersonal)
    15: [("كشفت", "شركة إنتاج الأقراص الصلبة ووحدات تخزين البيانات الرقمية الأمريكية \"سيجيت\"", "عن قرص جديد",
          "تنتج جهاز الألعاب إكس بوكس", False, True),
         ("ونقل", "مات كيسلرينج مدير تطوير الأعمال في برنامج شركاء إكس بوكس في مايكروسوفت", "إنه \"معل",
          "الملحق المهم لإكس بوكس\"", True, True),
         ("وقال", "جيف فوتشمان كبير مديري تسويق المنتجات في سيجيت", "إن \"التعاون", "لوحدات تخزين البيانات", True,
          True)],
    # alyaum UK landlords: "وقال سكرتير الدولة للشؤون المحلية ان هذا الاجراء ... الى خمس سنوات" (an identified office
    # holder: named=true), "، على ما افاد مصدر في الشرطة الفرنسية" (the postposed relay phrase, blind13/blind17/
    # blind19's "على ما أعلنت": content before the cue from the sentence's first word, "وجرت 1700 محاولة ... بالحجارة";
    # an unnamed source: named=false) and "واوضح المصدر ان قوات الامن ... داخل النفق" (the same unnamed source:
    # named=false; partly quoted: indirect). Not claims: "تنوي الحكومة" ×2 (intentions), "ينص على" ×2 (a bill's
    # provisions)
    16: [("وقال", "سكرتير الدولة للشؤون المحلية", "ان هذا الاجراء", "الى خمس سنوات", False, True),
         ("على ما افاد", "مصدر في الشرطة الفرنسية", "<وجرت 1700", "للقذف بالحجارة", False, False),
         ("واوضح", "المصدر", "ان قوات الامن", "اخرى داخل النفق", False, False)],
    # aawsat Alexandria festival: "وقال الأمير أباظة رئيس المهرجان لـ«رويترز» الثلاثاء الماضي إن الدورة ...
    # المختلفة" (addressee and time left out), nested in it "أبدى صناعها رغبتهم في المشاركة ..." (a verb of expression
    # + stance noun, blind20/blind25/blind37/blind39's أبدى; the makers of 300 films: named=false), "وأضاف أن المهرجان
    # سيكرم ... أسبوعا" (null), "وقال المهرجان في بيان إنه سيحتفل - بالتعاون ... - بمرور 120 عاما ... ليون الفرنسية"
    # (the channel left out; the dashes inside the content) and "وأضاف أن المهرجان سيخصص ... «120 سنة سينما عالمية»"
    # (null; the title's closing mark inside, the stop outside; indirect). Not claims: "ينظم"، "وأسس" (acts), the
    # prize list (the writer)
    17: [("وقال", "الأمير أباظة رئيس المهرجان", "إن الدورة", "أقسام المهرجان المختلفة", False, True),
         ("أبدى", "صناعها", "رغبتهم", "أقسام المهرجان المختلفة", False, False),
         ("وأضاف", None, "أن المهرجان سيكرم", "التي تستمر أسبوعا", False, True),
         ("وقال", "المهرجان", "إنه سيحتفل", "بمدينة ليون الفرنسية", False, True),
         ("وأضاف", None, "أن المهرجان سيخصص", "سينما عالمية»", False, True)],
    # alweeam volunteering hours: no claim ("ألزمت وزارة التعليم ... على أن ..." a directive with its conditions; the
    # link line)
    18: [],
    # 3alyoum Asir agriculture: "وثمن مدير عام الإدارة العامة لشؤون الزراعة بالمنطقة رعاية ...، مشيرا إلى أن فعاليات
    # ... في مجال النحل" (a participle after a non-claim verb with an overt subject takes that subject, blind5/blind7/
    # blind8/blind10-blind39, blind37's "أشاد محمد الشيوخ ...، قائلا"; a definite official of an identified body:
    # named=true). Not claims: "يدشن"، "سيرعى" (acts), "وثمن" (praise), the byline and the tag line
    19: [("مشيرا", "مدير عام الإدارة العامة لشؤون الزراعة بالمنطقة", "إلى أن فعاليات", "المهتمين في مجال النحل",
          False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind40.jsonl")
