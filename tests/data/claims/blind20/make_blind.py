"""Build claims-blind20.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261246) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind19.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind20.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind19/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker written in quotes or a cue that occurs twice).
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
The strings copy the text's marks as written (the tanwin of "مشيراً"، "مؤكداً"، "مبينًا"، "مؤكدًا"، "ريالًا"، "بلاغًا"
and its absence in "مبينا"، "مشيرا"، "مؤكدا"، "مضيفا"، "معبرا"، "مبديا"، "تفاؤلا"، the spellings "الى"، "ل»الرياض»",
the spaced marks '" إن' and 'ومكتسباته "' and the figures "(6.750.270)"، "(10%)"، "03 /08 /2015م" as written).
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
    # sabq Asir emir receives the Abha chamber: no claim. "رحّب أمير المنطقة بمجلس الإدارة" (a bare welcome,
    # blind9/blind10), "مُثَمّناً الدور" (praise), "حاثاً الجميع على" (exhortation), "وقدّم "المبطي" -خلال اللقاء-
    # شرحاً موجزاً عن إنجازات الغرفة ..." (a briefing about a topic, blind15's "وقدّم الدكتور الخنيزان , شرحًا ...
    # حول"; unlike blind11's "شرحت فيه تفاصيل"), "استقبل" (an act), "للاطلاع على" (purpose), the byline
    0: [],
    # alriyadh Aden airport: "كشف بدر باسلمة وزير النقل اليمني بأن مطار عدن ... نهاية الأسبوع الجاري" (apposition
    # kept), "وقال في تصريح ل»الرياض» سيتمكن المسافرون ... بنهاية هذا الأسبوع" (coordinated, elided subject: null;
    # no complementizer: content from the first word, blind2/blind12; no quotes or colon: direct=false; "في تصريح"
    # not counted again, blind2), "وأوضح أن قرار فتح الأجواء ... ودحرهم" (null; the decision "يؤكد على أن" inside
    # is a non-source, blind4's "الفحوصات أكدت", blind18's "الشواهد تشير"), "مشيرا بأن المملكة ستؤمن ... إعادة
    # الشرعية" and "مبينا بأن الثلاث طائرات ... يسيطرون على المطار" (participles after a claim: null; the second
    # begins after a full stop but continues the same participial chain), which nests "أكاذيبهم بأنهم يسيطرون على
    # المطار" (a reporting noun of false statements, blind8's "وفق ادعاءات الشهود"; the Houthis' claim; cue the
    # noun with its clitic, possessive pronoun: null, blind5's "اتهامه", blind9's "وقوله إن"; decided here), and
    # "وقال باسلمة «لقد وضعت ... خادم الحرمين الشريفين" (a quotation never closed: direct, content from the opening
    # mark, final stop excluded, blind2/blind18). Not claims: "ترسل رسالة بليغة إلى العالم بأن عدن تحررت"،
    # "وتوجه رسالة أخرى للحوثيين وترد على" (the planes as a metaphorical messenger, a non-source; decided here),
    # "بتوجيه من خادم الحرمين" (a directive), "التي هدمها الحوثيون" (an act), "يثمنون الدور" (praise, inside)
    1: [("كشف", "بدر باسلمة وزير النقل اليمني", "بأن مطار عدن", "نهاية الأسبوع الجاري", False, True),
        ("وقال", None, "سيتمكن المسافرون", "بنهاية هذا الأسبوع", False, True),
        ("وأوضح", None, "أن قرار فتح", "الانقلابيين ودحرهم", False, True),
        ("مشيرا", None, "بأن المملكة ستؤمن", "إعادة الشرعية", False, True),
        ("مبينا", None, "بأن الثلاث طائرات", "يسيطرون على المطار", False, True),
        ("أكاذيبهم", None, "بأنهم يسيطرون", "يسيطرون على المطار", False, True),
        ("وقال", "باسلمة", "«لقد وضعت", "خادم الحرمين الشريفين", True, True)],
    # arreyadi al-Subaie's poem (a column): "يقول السبيعي: مسكين يا اللي تحسب الواجد شوي.. العافية لو تنشري وش
    # ثمنها" (a quoted verse of the identified poet: blind3/blind9's quoted lyrics; colon: direct; the final ".."
    # excluded) and "حينما قال: نعمتان مغبون فيهما كثير من الناس الصحة والفراغ" (the Prophet's quoted hadith: as
    # blind4/blind17's "قال الله فيهم:"; colon: direct; the subject of قال is elided -- "سيد الخلق" stands only as
    # the possessor of "لحديث": null, as blind4's "وقال تعالى"; decided here). Not claims: "قصيدة قالها شاعرها"،
    # "قالها فقط رداً"، "قالها ولم يدرك"، "قالها بلا مقدمات"، "قالها رداً على أصدقاء" (composing a poem, its only
    # object the poem's clitic: authorship, blind19's "آخر ما كتب الأبنودي"), "ولو لم يقل ... سوى هذه القصيدة"
    # (hypothetical), "أصوات تلومه لكرمه" (blame = criticism), "حاولوا ... دور الناصحين بالكف" (advice, an
    # attempt), "يرددانها بصوت واحد" (reciting, an act), "انتشر المقطع" (circulation), the columnist's own voice
    # ("انه تجسيد حي"، "ستظل قصيدة خالدة")
    2: [("يقول", "السبيعي", "مسكين يا اللي", "وش ثمنها", True, True),
        ("قال", None, "نعمتان مغبون", "الصحة والفراغ", True, True)],
    # aljazirah al-Haqbani in the US tennis super series: no claim. "وقدّم ... شكره وتقديره للجنة الأولمبية" (a
    # thanks act with قدّم, blind4/blind8/blind18), "ووعد أن يضع رياضة الوطن في المكانة ..." (a promise), match
    # narration
    3: [],
    # aleqtisadiya the Queen's driving: "تقول سكارليت فينسينت (23 سنة) التي كانت تتجول مع زوجها وطفلها "لم نكن
    # نعتقد ... من لقائها"" (quoted: direct; the age in parentheses and the relative left out of the speaker,
    # blind15/blind18's age descriptors; "نعتقد" inside the quote not a claim of its own). Not claims: "لاحظت عائلة
    # وعربة اطفال أمامها" (a perception on the spot, blind17's "ولاحظ رجال القوة الخاصة", blind18), "وهي تعتبر
    # اليوم" (passive), the title's "تكشف"
    4: [("تقول", "سكارليت فينسينت", "\"لم نكن", "من لقائها\"", True, True)],
    # arriyadiyah Da Silva before the Super Cup: "أبدى المدير الفني ... خورخي دا سيلفا (أوروجوياني ) تفاؤلا شديدا
    # بشأن فرص فريقه ... في العاصمة البريطانية لندن" (أبدى + stance noun, blind12's "أبدى ... تفاؤلاً", blind18/
    # blind19; the nationality in parentheses kept in the speaker as an apposition, as blind6/blind9/blind13/
    # blind18's parentheses -- unlike an age; decided here), "وقال دا سيلفا إن فريقه لن يتأثر بالغيابات بين صفوفه",
    # "مشيراً إلى جاهزية بقية اللاعبين ، "وهو ما بدا واضحاً خلال معسكر الفريق"" (null; a quoted clause after the
    # PP: not all quoted, direct=false; the closing mark kept, the final stop excluded), "وأضاف :"..."" and "وتابع
    # :"... أتمنى ذلك."" (colon + quotes: direct; null; the stop inside the marks kept, blind1/blind3), "وعن
    # استعدادات فريقه للمباراة قال :"... هذا الموسم."" (elided subject: null; the fronted topic left out). Not
    # claims: "جاء ذلك خلال المؤتمر الصحفي" (refers back, blind18), "للحديث عن المباراة" (topic), "أعتقد"،
    # "نتمنى"، "أتمنى" (inside the quotes), the headline
    5: [("أبدى", "المدير الفني للفريق الأول لكرة القدم بنادي النصر خورخي دا سيلفا (أوروجوياني )", "تفاؤلا شديدا",
         "العاصمة البريطانية لندن", False, True),
        ("وقال", "دا سيلفا", "إن فريقه", "بين صفوفه", False, True),
        ("مشيراً", None, "إلى جاهزية", "معسكر الفريق\"", False, True),
        ("وأضاف", None, "\"نحن على علم", "وهو الأهم\"", True, True),
        ("وتابع", None, "\"أعتقد أن", "أتمنى ذلك.\"", True, True),
        ("قال", None, "\"سارت الأمور", "هذا الموسم.\"", True, True)],
    # okaz Jazan University students visit patients: no claim. "سائلين الله لهم الشفاء" (prayer), "وقدم مدير
    # العلاقات العامة ... شرحا مفصلا ... عن الخدمات الطبية" (a briefing about a topic, blind15), "مثمنين هذه
    # البادرة" (praise), "عايد"، "وزعت" (acts)
    6: [],
    # was GCC postal unified purchasing: "ورأس الاجتماع رئيس وفد البريد السعودي صالح بن حسن الضعيان الذي أوضح أن
    # الاجتماع ناقش عددا من البنود" (relative subject with an antecedent: null, claims-gold's "والتي اعتبرت",
    # blind3's "والذي بيّن", blind16), "مبينا أن عدد المتقدمين ... بمبلغ (6.750.270) ريالًا" (null; the passive
    # "تمت التوصية" inside), "وكشف الضعيان أن التنسيق والتكامل ... تصل الى (10%)" (its حيث clause kept) and
    # "مؤكداً أن الاجتماع يقوم ... في قيمة الشراء" (null). Not claims: "عقدت"، "ورأس الاجتماع" (acts), the
    # dateline, "//انتهى//" and the time line
    7: [("أوضح", None, "أن الاجتماع ناقش", "من البنود", False, True),
        ("مبينا", None, "أن عدد المتقدمين", "(6.750.270) ريالًا", False, True),
        ("وكشف", "الضعيان", "أن التنسيق", "تصل الى (10%)", False, True),
        ("مؤكداً", None, "أن الاجتماع يقوم", "في قيمة الشراء", False, True)],
    # alwatan al-Fateh's camp: "من جانبه، أكد اللاعب مبارك الأسمري أن الفتح وصل إلى جاهزية كبيرة ... الموسم
    # الرياضي المقبل" (ends before the unpunctuated "وقال:", a new verb with its own content, blind18) and "وقال:
    # "نقضي ... للموسم الرياضي المقبل"" (coordinated, elided subject: null; direct). Not claims: training acts
    # ("استأنف"، "أجرى"، "عمد إلى تقسيم"، "قسم")
    8: [("أكد", "اللاعب مبارك الأسمري", "أن الفتح وصل", "الموسم الرياضي المقبل", False, True),
        ("وقال", None, "\"نقضي", "الرياضي المقبل\"", True, True)],
    # alyaum Hafr al-Batin festival: "وأشار المشرف العام على المهرجان مقبل العنزي أن ما حدث هو أمر طبيعي ... 10 آلاف
    # متر", "مبينا: تم تجاوز هذه المشكلة ... من رجال الأمن" (colon: direct; null), "مؤكدا أن الفوضى ... تم التعامل
    # معها في حينه" (null; "ولله الحمد" and the حيث clause kept, blind5/blind10/blind13), "وأضاف العنزي أن ما حدث
    # لن يتكرر بمساعدة وجهود رجال الأمن", "مشيرا إلى أن الفعاليات سوف تستمر كما هو مخطط لها" -- ending before the
    # unpunctuated "وقد [وجّه] سعادة محافظ حفر الباطن ... بزيادة القوة الأمنية ..." (a new clause with a new subject,
    # the governor's directive: blind17's "وقد وجه قائد حرس الحدود ..."، blind15/blind19; the missing verb as the text
    # has it); "من جهته اعتبر ضيف الأمسية الشاعر زياد بن نحيت ما حدث أمرا تاريخيا" (اعتبر + object + complement,
    # content both, blind1's "اعتبر الشيخ ... الاكتتاب ... محرّماً", blind13), "معبرا عن سعادته الكبيرة ...
    # وحضور غفير" and "مبديا إعجابه البالغ في فقرات ... حجم المهرجان" (verbs of expression + stance noun,
    # blind3/blind4/blind19's "أبدوا إعجابهم"; participles of the same chain: null), "وعن تدافع الجماهير قال: هذه
    # مسألة طبيعية ... ومشاعرهم تجاهي" (elided subject: null; colon: direct; the final stop excluded). Not claims:
    # "مقدما شكره العميق" (a thanks act with قدّم, blind4/blind18), "دشنوا فيديو كليب ... بعنوان" (an act, a
    # title), "للحديث عن تجربته" (topic), "وأشكرهم" (inside the quote)
    9: [("وأشار", "المشرف العام على المهرجان مقبل العنزي", "أن ما حدث هو", "10 آلاف متر", False, True),
        ("مبينا", None, "تم تجاوز", "من رجال الأمن", True, True),
        ("مؤكدا", None, "أن الفوضى", "معها في حينه", False, True),
        ("وأضاف", "العنزي", "أن ما حدث لن", "وجهود رجال الأمن", False, True),
        ("مشيرا", None, "إلى أن الفعاليات", "كما هو مخطط لها", False, True),
        ("اعتبر", "ضيف الأمسية الشاعر زياد بن نحيت", "ما حدث أمرا", "أمرا تاريخيا", False, True),
        ("معبرا", None, "عن سعادته", "وحضور غفير", False, True),
        ("مبديا", None, "إعجابه البالغ", "حجم المهرجان", False, True),
        ("قال", None, "هذه مسألة طبيعية", "ومشاعرهم تجاهي", True, True)],
    # 3alyoum Bartomeu re-elected: no claim. Election results (acts and figures), "وعدم الإعلان عن قيمتها
    # الحقيقية" (a non-announcement, a noun without source or content), "الدعوة الى انتخابات مبكرة" (an appeal),
    # the byline and the tag line "سمات ..."
    10: [],
    # sabq Mahwiyat Zahran Eid party: "وأكد العكيك ما تتمتع به بلادنا ولله الحمد من نعمة الأمن ... الظروف المحيطة"
    # (أكد + NP, a reaffirmation, blind6/blind15/blind19's "أكد ... على الموقف"), "مبينًا أن المواطن ... بكل راحة
    # واطمئنان" (null), "وأعرب "العكيك" في ختام كلمته عن شكره للشيخ ... بمختلف مدن المملكة" (verb of expression +
    # stance noun: a claim, blind3/blind4's "أعرب ... عن شكره"; spanned without the quotes, blind1/blind10; "في ختام
    # كلمته" left out) and "مؤكدًا أنه وبإذن الله سينظم ... وتعاونهم" (after a claim: null). Not claims: "ألقى بعض
    # الشعراء، عددًا من القصائد" (an act), "واشتمل الحفل على عددٍ من كلمات التهاني" (contents), "رفع فيها ... أسمى
    # آيات التهاني والتبريكات" (congratulations), "أُقيم"، "أُقيمت" (passive), the byline
    11: [("وأكد", "العكيك", "ما تتمتع به", "الظروف المحيطة", False, True),
         ("مبينًا", None, "أن المواطن", "راحة واطمئنان", False, True),
         ("وأعرب", "\"|العكيك|\"", "عن شكره", "بمختلف مدن المملكة", False, True),
         ("مؤكدًا", None, "أنه وبإذن الله", "تكاتف الجميع وتعاونهم", False, True)],
    # alriyadh soldier killed in Jazan: "أعلنت قيادة القوات المشتركة في بيان لها امس استشهاد الجندي أول ... بقطاع
    # جازان" (content the object NP, claims-gold/blind19's "أعلنت ... الحداد"; "في بيان لها" and the time adverb
    # left out; "- رحمه الله -" inside kept), "كما أصدرت قيادة القوات المشتركة بياناً أوضحت فيه أنه في صباح أمس ...
    # ولله الحمد" (the pronoun subject of a relative on "بياناً": null, blind5's "وأصدرت بيانا ذكرت فيه", blind11/
    # blind16/blind19; the noun not counted again; "ولله الحمد" kept). Not claims: "داعية الله بأن يتغمده" (a
    # prayer), "إنا لله وإنا إليه راجعون" (formula)
    12: [("أعلنت", "قيادة القوات المشتركة", "استشهاد الجندي", "بقطاع جازان", False, True),
         ("أوضحت", None, "أنه في صباح", "بأي أذى ولله الحمد", False, True)],
    # aljazirah Tadawul lifts Mobily's suspension: "أعلنت هيئة السوق المالية السعودية (تداول) عن رفع تعليق تداول
    # سهم ... 03 /08 /2015م" (parenthesis kept in the speaker, blind6/blind9/blind13/blind18) and "وذكرت الهيئة
    # أنه، إشارة إلى إعلان الهيئة ... (تداول). وحيث أعلنت الشركة ... (تداول). تعلن الهيئة رفع تعليق ... عند
    # الانتهاء منها" -- the content runs over two full stops: the official formula "إشارة إلى ... وحيث ... تعلن
    # الهيئة ..." is one period whose main clause comes last (decided here; blind2's account to the end, blind19's
    # "كما" continuations). Inside it, "تعلن الهيئة رفع ..." is the Authority's own present voice restating its
    # statement, not a nested claim (blind17's "الإدارة العامة للتعليم ... تودّ التأكيد", the latest decision, over
    # blind4/blind6/blind8's nested "إذ تعلن"/"تعلن ما يلي"); "إعلان الهيئة بتاريخ ... بخصوص استمرار تعليق ..." is a
    # reporting noun with a topic only ("بخصوص", blind15's "شرحًا ... حول"); "أعلنت الشركة ... قوائمها المالية ...
    # ونشرتها" is the publication of a document (blind18's "أصدرت", blind19's "نشرت ... أغنية"); "على أن تعلن
    # الهيئة عن تطورات ..." a future announcement (a plan/promise); all decided here
    13: [("أعلنت", "هيئة السوق المالية السعودية (تداول)", "عن رفع تعليق", "الموافق 03 /08 /2015م", False, True),
         ("وذكرت", "الهيئة", "أنه، إشارة", "عند الانتهاء منها", False, True)],
    # aleqtisadiya Madinah municipal-elections committee: no claim. "ترأس"، "وناقش الاجتماع"، "كما ناقش"، "واختتم
    # الاجتماع بمناقشة" (acts, topics of a meeting), "للتعريف عن الانتخابات" (purpose), "ستم عقد"، "تم تحديد"
    # (passive)
    14: [],
    # okaz al-Wehda's friendly and transfers: no claim. "ومن المنتظر أن" (impersonal), "رفعت ادارة النادي ...
    # الحوالات البنكية ... لإشعارها بالتسوية المالية" (an act; the notification its purpose, blind5/blind18's
    # purposes), "تجري الادارة مفاوضات" (an act), "يحدد لاحقا" (passive)
    15: [],
    # was cabinet session: "وقال سموه " إن التفجير الإرهابي ... لا تمت إلى الإسلام بصلة ، مؤكداً سموه أن هذه الحوادث
    # ... ومكتسباته "" -- one pair of quotes that the agency interrupts with the participle "مؤكداً سموه": TWO claims
    # (the participle starts a new claim, its content after أن), both inside the marks: direct; the first from the
    # opening mark to "بصلة", the second from أن to the closing mark after its space (blind10/blind11/blind18);
    # "مؤكداً" takes its overt subject "سموه" (decided here). "وأوضح معالي وزير الثقافة والإعلام الدكتور عادل بن زيد
    # الطريفي في بيانه لوكالة الأنباء السعودية ، عقب الجلسة ، أن مجلس الوزراء ... والمواطنين" (the honorific kept,
    # blind11's "فضيلة الشيخ", blind19's "صاحب السمو الملكي"; "في بيانه" not counted again) nests "أعرب [مجلس الوزراء]
    # عن شكر المملكة وتقديرها لما عبرت عنه ... لهذا الحادث الإجرامي" (verb of expression + stance noun, blind3),
    # "عبرت عنه الدول الشقيقة والصديقة ... والمواطنون من إدانة واستنكار لهذا الحادث الإجرامي" (an expressed
    # condemnation = verb of expression + stance noun, blind3/blind4's "أعلن ... عن إدانته"; content from من;
    # generic collective: named=false, claims-gold's "عدد من الجهات المختصة") and "وجدد في الوقت نفسه المواقف الثابتة
    # للمملكة من الإرهاب وعزمها وإصرارها على التصدي ... والمواطنين" (reiterating positions: a reaffirmation,
    # blind15's "وجدّدت ... التأكيد", blind19's "أكد على الموقف"; here جدد carries stance nouns itself; coordinated,
    # elided subject: null; the time adverb left out; decided here). Not claims: "رفع نائب خادم الحرمين الشريفين
    # خالص التعازي والمواساة" (condolences, a bare act), "كشف مدى حقد هؤلاء" (a non-source, inside), "رأس" (an
    # act), the dateline, "// يتبع //" and the time line
    16: [("وقال", "سموه", "\" إن التفجير", "إلى الإسلام بصلة", True, True),
         ("مؤكداً", "سموه", "أن هذه الحوادث", "ومكتسباته \"", True, True),
         ("وأوضح", "معالي وزير الثقافة والإعلام الدكتور عادل بن زيد الطريفي", "أن مجلس الوزراء",
          "الوطن والمواطنين", False, True),
         ("أعرب", "مجلس الوزراء", "عن شكر المملكة", "لهذا الحادث الإجرامي", False, True),
         ("عبرت", "الدول الشقيقة والصديقة ومسؤولوها والمنظمات الإسلامية والدولية والعلماء والمشايخ والمواطنون",
          "من إدانة", "لهذا الحادث الإجرامي", False, False),
         ("وجدد", None, "المواقف الثابتة", "الوطن والمواطنين", False, True)],
    # alweeam Qudaih shooting: "صرح الناطق الإعلامي بشرطة المنطقة الشرقية بأنه عند الساعة التاسعة ... في قضايا
    # جنائية" (to the end of its sentence), nesting "باشرت شرطة القطيف بلاغًا عن تعرض أحد المواطنين ... بواسطة
    # شقيقه" (a report received, the caller never mentioned: null, blind9's "باشرت بلاغا عن سقوط مقذوف"; ends before
    # the police's finding "حيث اتضح") and "وأدلى شقيقه بمعلومات عن هوية الجناة" (أدلى بـ = gave a statement, the
    # information NP its content, as blind10/the first set's "كشفت ... عن تفاصيل"; unlike blind15's briefing
    # "حول" a topic; the brother identified in the story: named=true, blind19's "ابنه"; the relative "الذين اتضح
    # ..." is the police's finding and left out; decided here). Not claims: "اتضح" (impersonal findings), "المعلنة
    # أسماؤهم" (passive), "وقد باشرت الجهات المختصة ... إجراءات" (an act), the link line
    17: [("صرح", "الناطق الإعلامي بشرطة المنطقة الشرقية", "بأنه عند الساعة", "في قضايا جنائية", False, True),
         ("بلاغًا", None, "عن تعرض", "بواسطة شقيقه", False, True),
         ("وأدلى", "شقيقه", "بمعلومات", "هوية الجناة", False, True)],
    # almadina al-Qahtani out of the Super Cup: "كشفت مصادر قريبة من البيت الهلالي أن قائد الفريق ... الموسم الماضي.
    # كما أن الجهاز الفني ... يرغب في عدم الزج به في المباراة" -- over the full stop with "كما أن" (the sources' second
    # reason, blind6's "كما أن", blind18/blind19's "كما"); anonymous: named=false (the PP kept, blind18). Not claims:
    # "يرغب" (a wish, inside), "التي من المقرر ان تقام" (impersonal), "وبدأ القحطاني ..." (the writer, a new
    # sentence), "يذكر أن" (editorial), "وينتظر أن" (impersonal)
    18: [("كشفت", "مصادر قريبة من البيت الهلالي", "أن قائد الفريق", "الزج به في المباراة", False, False)],
    # alwatan 26 million worshippers carried: "أعلنت الإدارة العامة للعلاقات العامة والإعلام في إمارة منطقة مكة
    # المكرمة أن أكثر من 26 مليون ... عيد الفطر", "وأوضح مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة
    # التنمية في إمارة المنطقة الدكتور هشام الفالح أن عملية النقل ... الأمير خالد الفيصل" (the full title kept) and
    # "مضيفا أنها جرت بشكل سلس ومريح" (null), "ولفت المشرف العام على وكالة التنمية في إمارة المنطقة أن خمس شركات ...
    # الحالي" (لفت = pointed out, blind10/blind11; the identified adviser by his title: named=true) and "مشيرا إلى أن
    # وكالة التنمية ... خدمة المعتمرين" (null), "وفيما يخص موسم العمرة ... أكد الفالح أنه خلال شهر رمضان ... وفي
    # المنطقة المركزية" (the fronted topic left out). Not claims: "وكان الأمير خالد الفيصل وجه جميع الجهات ...
    # بالعمل" (a directive), "وتضمنت الخطة تشغيل ..." (a plan's contents, blind6/blind17)
    19: [("أعلنت", "الإدارة العامة للعلاقات العامة والإعلام في إمارة منطقة مكة المكرمة", "أن أكثر من 26",
          "أول أيام عيد الفطر", False, True),
         ("وأوضح", "مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة التنمية في إمارة المنطقة الدكتور هشام الفالح",
          "أن عملية النقل", "الأمير خالد الفيصل", False, True),
         ("مضيفا", None, "أنها جرت", "سلس ومريح", False, True),
         ("ولفت", "المشرف العام على وكالة التنمية في إمارة المنطقة", "أن خمس شركات", "موسم العام الحالي", False, True),
         ("مشيرا", None, "إلى أن وكالة التنمية", "خدمة المعتمرين", False, True),
         ("أكد", "الفالح", "أنه خلال شهر رمضان", "وفي المنطقة المركزية", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind20.jsonl")
