"""Build claims-blind17.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261240) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind16.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind17.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind16/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks as written (the tatweel of the border guards' spokesman's name, the diacritics
of the Qur'anic verse and of "وشدَّد", the typos "الإرهارب"، "مفتى"، "عطيه").
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
    # aawsat Majid al-Muhandis's Eid concerts: no claim. The programme of the concerts told by the writer with no
    # source ("تحت إدارة وتنسيق شركة «روتانا»" is the organiser, not a speaker), "الذي يعتبر من أهم المسارح"
    # (passive), "ومن المقرر أن" (impersonal), "وقد جهز ... برنامجًا" (an act)
    0: [],
    # aleqtisadiya Turkey freezes Saleh's assets: "جمدت تركيا رسميا اموال ... التي اقرتها الامم المتحدة، على ما اعلنت
    # وكالة الاناضول للانباء الرسمية الجمعة" -- content before the cue, the whole sentence (blind2's rule, blind13's
    # "على ما أعلنته وكالة دوغان"; cue phrase spanned to the word before the speaker; the time adverb left out; the
    # adjective "الرسمية" kept in the speaker); the stray fragment "الم" that opens the text is left out (a leftover
    # of the page, not a word of the sentence, as blind7's share-button words). "واوضحت الاناضول ان القرار يطاول ...
    # وقد جمدت اموالهم من ارصدة مصرفية وخزائن" (to the end of its sentence) and "واضاف المصدر ان القرار ... حتى 26
    # شباط/فبراير 2016" (the anaphoric "المصدر" = the named agency: named=true, blind7; unlike blind8's anonymous
    # source; the relative "الذي نشر ... بعدما صادقت عليه الحكومة" kept inside). Not claims: "التي اقرتها الامم
    # المتحدة" (sanctions imposed, an act), "صادقت عليه الحكومة" (approval), "نشر في الجريدة الرسمية" (passive)
    1: [("على ما اعلنت", "وكالة الاناضول للانباء الرسمية", "<جمدت تركيا", "اقرتها الامم المتحدة", False, True),
        ("واوضحت", "الاناضول", "ان القرار يطاول", "ارصدة مصرفية وخزائن", False, True),
        ("واضاف", "المصدر", "ان القرار الذي", "شباط/فبراير 2016", False, True)],
    # alweeam Makkah police, 112,686 violators: "صرح الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن
    # عطيه القرشي ان ..." (the reason "وذلك من خلال الجهود ..." kept, blind9/blind13-blind15), "مشيرا بأنه تمت
    # إحالة ... الإجراءات اللازمة" (null, after a claim; the ligature "ﻹكمال" as written), "وأكد العقيد القرشي أن
    # الحملات ... أنظمة الإقامة والعمل" (the purpose "وذلك لضبط ..." kept) and "منوها بتطبيق العقوبات الصارمة بحق
    # المخالفين والمشغلين أو المتسترين عليهم" -- نوّه بـ here announces a warning (strict penalties will be applied),
    # not a commendation: a claim like حذّر and blind4's "منبهاً أن" (decided here; blind11 kept "نوّه بـ" as praise
    # where it commends, blind2's "منوها بحرص وزارة ..."; blind10's same spokesman's "وسيتم تطبيق العقوبات ..." was
    # inside a claim); null (participle after a claim); content from بـ. Not claims: "داعيا جميع المواطنين
    # والمقيمين التعاون ..." (appeal), the link line "رابط الخبر بصحيفة الوئام: ..."
    2: [("صرح", "الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطيه القرشي", "ان الجهات الأمنية",
         "نظام الإقامة والعمل", False, True),
        ("مشيرا", None, "بأنه تمت إحالة", "الإجراءات اللازمة", False, True),
        ("وأكد", "العقيد القرشي", "أن الحملات الميدانية", "أنظمة الإقامة والعمل", False, True),
        ("منوها", None, "بتطبيق العقوبات", "أو المتسترين عليهم", False, True)],
    # 3alyoum stolen car in Makkah: "وقد صرح الناطق الإعلامي ... القرشي بأن الجهات الأمنية بشرطة محافظة الطائف تلقت
    # ... بلاغا مفاده تعرض مركبة للسرقة، وفور تلقي البلاغ جرى التعميم والبحث عنها لجميع الجهات الأمنية" (cue the verb
    # after "وقد"; content from بأن to the end of his clause, before "، وأكد") nests the report "بلاغا مفاده تعرض مركبة
    # للسرقة" (blind5's "بلاغاً مفاده"; the caller never mentioned: null; content after مفاده); "وأكد العقيد القرشي
    # أنه تمت ملاحظتها ... تمهيدا لإحالته لجهة الاختصاص" to the end of its sentence. Not claims: "تمكنت الجهات
    # الأمنية ... من الإطاحة" (an act), "رفض التوقف"، "رفض ذلك" (refusals, acts), "طُلب منه الوقوف" (passive
    # request), "واتضح أنه" (impersonal, inside the content), the byline "نايف السعدي – الطائف"
    3: [("صرح", "الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي", "بأن الجهات الأمنية",
         "لجميع الجهات الأمنية", False, True),
        ("بلاغا", None, "تعرض مركبة", "مركبة للسرقة", False, True),
        ("وأكد", "العقيد القرشي", "أنه تمت ملاحظتها", "لإحالته لجهة الاختصاص", False, True)],
    # arreyadi Micronesia lose 38-0: no claim. Results told by the writer; "التي تعد أيضاً التصفيات" (passive),
    # "وكان يدرك أنه في حاجة" (knowledge, a cognitive verb, blind5's "يظن")
    4: [],
    # sabq Madinah private-school fees: "أكد المتحدث الرسمي باسم تعليم المدينة المنورة، عمر البرناوي، أن ..." (the
    # apposition with its commas kept, blind12/blind16), "وقال "البرناوي": "..."" (speaker quoted as a whole: spanned
    # without the marks, blind1/blind10; direct) and "وأضاف: "..."" (null, direct). Inside the quotes "الإدارة العامة
    # ... تودّ التأكيد على أنها لم تستقبل" and "نؤكد أنه تم اعتماد" are the speaker's own present voice restating his
    # statement (blind13's "وقالوا إنهم يتوقعون" is ONE claim, blind4's "لا أتوقع" inside the quote), not nested
    # claims. Not claims: "متوعداً بمحاسبة من يتجاوز هذه الرسوم" (a threat, blind8's "هدد", the counterpart of
    # promises), "ويمكن لولي الأمر التقدم ... بأي شكوى" (inside the quote), the byline
    5: [("أكد", "المتحدث الرسمي باسم تعليم المدينة المنورة، عمر البرناوي", "أن رسوم المدارس",
         "معتمدة من قبل الوزارة", False, True),
        ("وقال", "\"|البرناوي|\"", "\"الإدارة العامة", "الأهلي والأجنبي\"", True, True),
        ("وأضاف", None, "\"نؤكد أنه", "مدارس المدينة المنورة\"", True, True)],
    # alriyadh Guinness at sixty: "صدرت نشرة مبسطة عن الموسوعة تذكر فيها أهم بعض محتوياتها من أقدم المحلات ...
    # ومنها: - أقدم محل حلويات: ... - أقدم مكتبة تجارية: ... والإضافات الداخلية البسيطة" IS a claim (decided here):
    # ذكر with its source as subject and the records it mentions as content, listed after "ومنها:" -- the list is
    # the bulletin's own items, with no cues of their own (blind5's "أعلنت بلدية ... وهي:" over its list, blind15's
    # list over full stops; blind3's "ولخص أسبابها كالتالي" was left out only because each reason had its own cue);
    # the subject of تذكر is the encyclopedia's pronoun in a clause on "نشرة": null (blind5's "وأصدرت بيانا ذكرت
    # فيه", blind16's "بشكوى ... يتهم فيها"); content from the object NP to the last item (final stop excluded).
    # Not claims: "تحتفل موسوعة غينيس" (an event), "التي تعتبر مصدراً موثوقاً"، "الذي يعتبر أقدم محل حلويات"
    # (passive), "أثناء نقاش ... عن أسرع طير" (topic of talk, blind3)
    6: [("تذكر", None, "أهم بعض محتوياتها", "والإضافات الداخلية البسيطة", False, True)],
    # alyaum Omani charity's profile: no claim. "ونص المرسوم على أنها هيئة أهلية ..." (a decree's provision, blind3's
    # "ونص القرار الوزاري", blind5's regulation articles), the headings "الرسالة :"، "الأهداف :"، "الموقع :", the
    # list of aims (the writer's), "بتوفيق الله" (formula)
    7: [],
    # aljazirah al-Ahsa tourism inspectors: "وقال وليد الحسين، مدير عام فرع الهيئة العامة ... في الأحساء: بأن ..."
    # (colon + complementizer: direct, blind3/blind4/blind12's "وقال: بأن"; apposition kept; to the end of its
    # sentence, "وتم ضبط واستدعاء ..." included) and "وكشف أن فرع الهيئة رخص ... و(42) مرشد سياحي" (null,
    # coordinated). Not claims: "ضبط مفتشو الإيواء السياحي ... مخالفات" (an act)
    8: [("وقال", "وليد الحسين، مدير عام فرع الهيئة العامة للسياحة والتراث الوطني في الأحساء", "بأن فريقي",
         "الحصول على التراخيص", True, True),
        ("وكشف", None, "أن فرع الهيئة", "(42) مرشد سياحي", False, True)],
    # okaz Suez Canal security: "أكدت مصادر حكومية، أن ..." (named=false, blind2/blind9; the comma before أن
    # outside the content), "مشيرة إلى أن اللواء أحمد جمال الدين، مستشار ... يتولى ... ملف التأمين" (null, after a
    # claim; the typo "الإرهارب" inside), "وقالت المصادر: من المقرر أن ..." (colon: direct, blind11/blind14; the
    # anaphoric "المصادر" named=false, blind8) and "وأضافت المصادر أن ..." (to the end of its sentence)
    9: [("أكدت", "مصادر حكومية", "أن أجهزة الأمن", "ورؤساء دول العالم", False, False),
        ("مشيرة", None, "إلى أن اللواء", "الإشراف على ملف التأمين", False, True),
        ("وقالت", "المصادر", "من المقرر أن", "بهذه المناسبة", True, False),
        ("وأضافت", "المصادر", "أن قوات تأمين", "المشاركين في الحفل", False, False)],
    # alwatan Gulf brokers marketing al-Ahsa land: "من جهته، أشار أحد الوسطاء في هذا المكتب العقاري الخليجي الذي
    # اكتفى بالتعريف بكنيته فقط بـ"أبو عمر"، لـ"الوطن"، إلى أن ..." -- speaker the NP with its PP (blind4), the relative
    # left out; named=false (decided here: one of the brokers of an unnamed office who gave only a kunya in place of
    # his name -- blind2's "أحد الموظفين", blind11's official who withheld his identity; unlike blind15's patient
    # named in full in a relative, "ويدعى اوتويللو مياه"); the addressee left out; content to "بطريقة نظامية".
    # "مبينا أن ..." (null). "وبدوره، أبان علي الناصر "وسيط عقاري" في مكتب عقاري بالأحساء لـ"الوطن"، أن ..." (the
    # apposition with its inner quotes and its PP kept, blind9/blind12; the addressee left out) and "لافتا إلى أنه لم
    # يسمع ... على إطلاع ومعرفة كاملة بالعقار الذي يرغب في شرائه" (null; to the end of its sentence: his account goes
    # on, "فكل مكتب ..."، "ورغم ذلك فأن ..."). Not claims: "وتضمن الإعلان استعراض حزمة من مزايا ... ومن بينها: ..."
    # (an advertisement's contents, claims-gold's "وتضمن البيان"، blind6's "وتضمنت الشكوى"), "نشر إعلانات"، "حصلت
    # "الوطن" على نسخة منها" (acts), "لم يسمع من قبل" (inside the content)
    10: [("أشار", "أحد الوسطاء في هذا المكتب العقاري الخليجي", "إلى أن المكتب", "دولته بطريقة نظامية", False, False),
         ("مبينا", None, "أن الكثير", "شراء الأراضي في المملكة", False, True),
         ("أبان", "علي الناصر \"وسيط عقاري\" في مكتب عقاري بالأحساء", "أن أعدادا", "المكاتب العقارية في الأحساء",
          False, True),
         ("لافتا", None, "إلى أنه لم يسمع", "يرغب في شرائه", False, True)],
    # was Abha da'wa tent: no claim. "ألقى ... محاضرة بعنوان ..."، "أقامت ... ندوة"، "أقام ... دورة" (acts), "تحدث فيها
    # حول أهمية الإعلام الهادف وطرق البناء والتخطيط له" (a topic of talk, blind3/blind15's "تحدث ... عن"), the
    # dateline, "// انتهى //" and the time line
    11: [],
    # aawsat Snoop Dogg stopped in Italy: "ذكرت وكالة الأنباء الإيطالية «أنسا»، أمس السبت، أن ..." (the quoted name
    # inside the phrase kept, blind9; the time adverb left out). Not claims: "وصادرت شرطة الضرائب" (an act), "والتي
    # تنص على أنه يتعين الإعلان عن المبالغ" (a law's provision, blind5/blind13), "نظم 4 حفلات"، "عندما تم إيقافه"
    12: [("ذكرت", "وكالة الأنباء الإيطالية «أنسا»", "أن السلطات الإيطالية", "ألف دولار نقدا", False, True)],
    # aleqtisadiya Hail passports: "وكانت المديرية العامة للجوازات قد أكدت أنها مستمرة ... ويستأنف العمل بعد عيد الفطر
    # في 1436/10/4هـ" (cue the verb after وكانت ... قد, blind12-blind14; to the end of its sentence) and "وأوضحت
    # "الجوازات" أن ..." (spanned without the quotes, blind1/blind10). Not claims: "استأنفت جوازات منطقة حائل"
    # (an act), "إنفاذاً للتوجيه السامي" (directive), "ودعا العميد ... إلى سرعة مراجعة" (appeal), "التي يمكن الاطلاع
    # عليها"
    13: [("أكدت", "المديرية العامة للجوازات", "أنها مستمرة", "في 1436/10/4هـ", False, True),
         ("وأوضحت", "\"|الجوازات|\"", "أن عدد من", "345176 مقيماً", False, True)],
    # alweeam Jeddah University vacancies: "أعلنت جامعة جدة عن وجود وظائف محاضر ومعيد شاغرة ، ... بمحافظة خليص" (an
    # announcement, blind5's "أعلنت بلدية محايل عسير عن وجود وظائف"; content from عن to the end of its sentence --
    # the conditions that follow have verbs of their own). "لافتة إلى أن مدة التقديم تبلغ عشرة أيام ، ... خلال وقت
    # الدوام الرسمي" -- a participle after the demand "وطالبت الجامعة المتقدمين ..." (not a claim), whose overt
    # subject it takes (blind5/blind7/blind8/blind10-blind14/blind16, the latest decision); content to the end of the
    # أن clause, the separate "وللاطلاع على إعلان الوظائف يمكن زيارة موقع ..." (a new clause, a practical note) left
    # out. Not claims: "واشترطت الجامعة أن ..." (a stipulation, blind8's "اشترط المصنع", blind13), "وحددت الجامعة
    # ... أن لا يتجاوز ..." (a stipulation, the same), "وطالبت الجامعة المتقدمين ... إرسال" (demand), "المعلن عنها"
    # (passive), "يتم تقديم الطلبات" (passive), the link line
    14: [("أعلنت", "جامعة جدة", "عن وجود وظائف", "بمحافظة خليص", False, True),
         ("لافتة", "وطالبت |الجامعة| المتقدمين", "إلى أن مدة التقديم", "خلال وقت الدوام الرسمي", False, True)],
    # 3alyoum Dhahran al-Janub smuggling: "وصرح بذلك الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير ... القحطاني بأن
    # ذلك تم بمتابعة قائد قطاع ظهران الجنوب العقيد خميس محمد الزهراني" -- ONE claim; the verb has both the anaphoric
    # "بذلك" (blind5/blind9's content where no clause follows) and an explicit بأن clause, which is taken as the content
    # (the complementizer rule; decided here); the speaker as written, with its tatweel; content to "الزهراني",
    # before the new clause with a new subject "وقد وجه قائد حرس الحدود ..." (blind15's "new clause with a new
    # subject"). "مؤكدا أن دوريات حرس الحدود ستقف سداً منيعاً ... هذا البلد" -- a participle after "وقد وجه قائد حرس
    # الحدود بمنطقة عسير اللواء سفر بن أحمد الغامدي شكره وتقديره" (thanks, an act, blind3/blind8/blind9), whose
    # overt subject it takes (the latest decision). Not claims: "وجه ... شكره وتقديره" (thanks), the tag line "سمات
    # ...", the byline "محمد السريعي – عين اليوم"
    15: [("وصرح", "الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير المقدم البحري الدكتور شـــــايــــع بـــــن "
          "خـــالـــــد الـــقـــحــطـــانــــــي", "بأن ذلك تم", "خميس محمد الزهراني", False, True),
         ("مؤكدا", "قائد حرس الحدود بمنطقة عسير اللواء سفر بن أحمد الغامدي", "أن دوريات", "بأمن هذا البلد",
          False, True)],
    # sabq Makkah road security, Captagon: no claim. Acts of the police ("تَمَكّن"، "ولاحظ"، "وحرر ... محضراً"،
    # "وأحالوا"), "اتضح أنه مواطن سعودي" (impersonal), "وأسفر تفتيشه عن" (an event), the byline
    16: [],
    # alriyadh Sheikh Khalid Al Khalifa on al-Sudairi: "وصف الشيخ د. خالد بن خليفة بن دعيج آل خليفة نائب رئيس مجلس
    # الأمناء والمدير التنفيذي لمركز عيسى الثقافي بمملكة البحرين ... الأستاذ تركي بن عبدالله السديري بأنه من قلائل
    # المفكرين ... بل والعربية" (وصف, content from بـ, claims-gold/blind2/blind14; the title after the name kept; to
    # the end of the sentence, the reasons "كونه ..."، "مما كان له ..." included); "وقال في محادثته ل»الرياض» بعد علمه
    # ...: «...»" (null, coordinated; direct; "في محادثته" not counted again) and "وأضاف: «...»" (null, direct); "وختم
    # حديثه واصفاً الأستاذ تركي السديري بأنه رمز ..." (concluding one's talk is not a claim of its own; the participle
    # after it, with an elided subject, is null -- claims-gold's "واختتم المدرب الهلالي حديثه بقوله" had the overt
    # subject) and "وقال إنه سيبقى مرشداً ... من الصحافيين" (null). Inside the quote "وﻻ أذكر في يوم بخل الأستاذ
    # تركي بإسداء آرائه" (the speaker's negated recollection, no reported content), "ما سمي بالربيع العربي"
    # (naming, passive); "بعد علمه باستقالة" (learning) is not a claim either
    17: [("وصف", "الشيخ د. خالد بن خليفة بن دعيج آل خليفة نائب رئيس مجلس الأمناء والمدير التنفيذي لمركز عيسى الثقافي "
          "بمملكة البحرين", "بأنه من قلائل", "السعودية بل والعربية", False, True),
         ("وقال", None, "«لقد كان", "بالربيع العربي»", True, True),
         ("وأضاف", None, "«لم نجد", "العربي كذلك»", True, True),
         ("واصفاً", None, "بأنه رمز", "السعودية بشكل خاص", False, True),
         ("وقال", None, "إنه سيبقى", "الجديد من الصحافيين", False, True)],
    # alyaum charity's Eid party: "وقالت المنسقة الاعلامية مريم عبدالرحمن: اشتمل الحفل على ... هذا الاحتفال" (colon:
    # direct, blind11/blind14; her account to the end of its paragraph-long sentence) nests "كما أشارت لوجود أياد
    # بيضاء وقلوب مليئة بالعطاء تقوم بتقديم المساعدة والتعاون مع الجمعية" (Sanaa Farhat's statement; cue without
    # كما, blind7; coordinated with an elided subject: null; content from the glued لـ, blind13's "لافتًا لمشاركة";
    # no quotes or colon of its own: direct=false, blind5's "ثم قالوا"). Not claims: "كلمة ترحيب" (a welcome),
    # "ألقت سناء فرحات كلمة للتعريف بالجمعية" (a speech with no content, blind6's "كلمة مديرة"), "وتحدثت عن مختلف
    # انشطة الجمعية وما تقدمه ..." (a topic of talk, blind3/blind15), "وقامت بشكرهم" (thanks), "أقامت"، "قدم فريق"
    # (acts)
    18: [("وقالت", "المنسقة الاعلامية مريم عبدالرحمن", "اشتمل الحفل", "مشاركتهم هذا الاحتفال", True, True),
         ("أشارت", None, "لوجود أياد", "والتعاون مع الجمعية", False, True)],
    # aljazirah Egypt's Mufti on the Abha mosque bombing: "أدان الدكتور شوقي علام، مفتي مصر، ..." (condemnation: not a
    # claim); "وأكد المفتي، في بيان له، أن ..." ("في بيان له" not counted again); "وأضاف أن هؤلاء الإرهابيين ملعونون
    # ... فدخلوا فيمن قال الله فيهم: وَمَن يَقْتُلْ ... عَذَابًا عَظِيمًا" (null; the verse is part of his words, his
    # content runs to its end, direct=false, blind4's alwatan Mufti) and the nested "قال الله فيهم: ..." (speaker
    # الله, direct: colon, blind3/blind4/blind6; the verse's final " ." outside); "وشدَّد مفتى الجمهورية على أنه على
    # ولاة أمور المسلمين التصدي ... من أجل ذلك" (شدد + normative content, blind5/blind6/blind15; the typo "مفتى"
    # spanned as written). Not claims: "وتقدَّم مفتي مصر بخالص العزاء" (condolences), "كما تمنى الشفاء العاجل لكل
    # المصابين" (a get-well wish, blind9/blind13/blind16), "داعيًا الله أن" (prayer), the caption "د. شوقي علام"
    19: [("وأكد", "المفتي", "أن الإرهابيين", "لله رب العالمين", False, True),
         ("وأضاف", None, "أن هؤلاء الإرهابيين", "عَذَابًا عَظِيمًا", False, True),
         ("قال", "الله", "وَمَن يَقْتُلْ", "عَذَابًا عَظِيمًا", True, True),
         ("وشدَّد", "مفتى الجمهورية", "على أنه على", "من أجل ذلك", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind17.jsonl")
