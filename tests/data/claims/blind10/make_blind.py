"""Build claims-blind10.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261226) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind9.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind10.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind9/make_blind.py, unchanged; the shared gold_builder.py):
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
The alweeam Mullah Omar article writes its quotes with U+201C/U+201D (“ ”), kept as such below.
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
    # alriyadh national-team meeting: no claim. "عقد ... اجتماعاً ... وناقشوا العديد من الملفات" (a meeting and its
    # topics), "وحدد المجتمعون موعد انطلاق المعسكر"، "وتقرر أن يحضر" (decisions), "وتحديد موعد الإعلان عن القائمة"
    # (a future act without content, blind4's "قبل إعلان أسماء اللاعبين"), "واطلع" (an act)
    0: [],
    # alyaum Merkel's bloc: "وقال كاودر في تصريحات ... في إشارة إلى تصويت ...، إن هذا التصرف ..." (the noun "إشارة"
    # names what "هذا التصرف" refers to and has no content of its own, not counted again, as "في تصريحات" and blind8's
    # "(على حد وصفها)"); "وأضاف كاودر: "..."" (direct); "تمسك ... كريستيان فون شتيتن، بموقفه، وقال ...: "..."" --
    # holding to a stance is not a claim (blind8's "تمسك ... برفض الحكومة"), the coordinated "وقال" has an elided
    # subject: null (blind7/blind8), direct; "وأعرب فون شتيتن، المنتمي إلى ...، ... عن عدم تفهمه لتهديدات كاودر"
    # (verb of expression + stance noun, blind3; the participial descriptor left out of the speaker), "وقال: "..."" (null,
    # direct). Not claims: "تهديدات من رئيس الكتلة" (threats, blind8's "هدد"), "يذكر أن" (editorial)
    1: [("وقال", "كاودر", "إن هذا التصرف", "على بعض النواب", False, True),
        ("وأضاف", "كاودر", "\"الذين صوتوا", "موقف الكتلة\"", True, True),
        ("وقال", None, "\"هذا التهديد", "الرافض للمفاوضات\"", True, True),
        ("وأعرب", "فون شتيتن", "عن عدم تفهمه", "لتهديدات كاودر", False, True),
        ("وقال", None, "\"أنا نائب حر", "مساعدات اليونان\"", True, True)],
    # was (SPA) "إحالتي" programme: "وأوضح المشرف على برنامج "إحالتي" سليمان احمد الشريع، أن ..." (quotes inside the
    # speaker phrase kept; content to the end of its sentence, "وبحسب الحالة" -- not a source -- included); "وأشار
    # الشريع, إلى أن ...". Not claims: "أسهم برنامج ... من إنقاذ" (an achievement), "يذكر أن" (editorial)
    2: [("وأوضح", "المشرف على برنامج \"إحالتي\" سليمان احمد الشريع", "أن البرنامج رصد", "وبحسب الحالة", False, True),
        ("وأشار", "الشريع", "إلى أن عدد الحالات", "بالنظام الآلي", False, True)],
    # aljazirah scouts' peace mural: "وعبر نائب رئيس الوفد سعيد أبودهش عن سعادته بهذا الإنجاز" (verb of expression +
    # stance noun, blind3); the two coordinated "وقال إن/إنه ..." (elided subject: null, blind7/blind8); the second runs
    # to the end of its sentence -- the "وهي ..." clauses are his (first person "والآن نختتم"), kept as blind8's
    # mid-content "وهو ...". "يقومون بالدعوة للسلام" (an appeal, inside the content), "التي أطلقتها"، "تتبناه" (acts)
    3: [("وعبر", "نائب رئيس الوفد سعيد أبودهش", "عن سعادته", "بهذا الإنجاز", False, True),
        ("وقال", None, "إنه استمرار", "في هذا الجامبوري", False, True),
        ("وقال", None, "إن كشافي العالم", "ويستمر لعشر سنوات", False, True)],
    # alweeam consul in Los Angeles: "أوضح ... السديري أن ... ولله الحمد" (the formula at the end kept, blind5's
    # "ولله الحمد"); "وقال السديري في بيان صحفي اليوم : إن ..." (colon + complementizer: direct, blind3/blind4; "في بيان"
    # not counted again) to "هذه الحالات". Not claims: "داعيًا الله العلي القدير أن يحفظ" (prayer); the link line
    # "رابط الخبر بصحيفة الوئام: قنصل المملكة : ..." repeats the headline (never annotated in the earlier sets)
    4: [("أوضح", "القنصل العام للمملكة العربية السعودية في لوس أنجلوس بالولايات المتحدة الأمريكية السفير الدكتور "
         "فيصل بن عبدالعزيز السديري", "أن الحرائق", "ولله الحمد", False, True),
        ("وقال", "السديري", "إن الموضوع", "في مثل هذه الحالات", True, True)],
    # sabq administrative detention (Reuters): "وقالت وزارة الدفاع الإسرائيلية، إن الإرهابي ...؛ وهو من سكان ... احتُجز
    # ..." (mid-content "وهو ..." kept, blind8); "وتتهم وزارة الدفاع مردخاي "بالضلوع ... يهودية"" (accusation = claim,
    # blind4; content from بـ, entirely quoted with it: direct, as blind6's "اعتبرتها "غير منصفة""); "وتعتبره جماعات مدنية
    # ليبرالية انتكاسة ..." (cue with its object clitic, blind6/blind8; content the complement; named=false); "وتقول
    # "إسرائيل" إن ..." (speaker without its quotes, blind1); "وقالت الشرطة إن ..." to "الاحتجاز الإداري"; "وكشفت
    # الشرطة على الفور عن تفاصيل الشروط الخاصّة بسالونيم" (disclosure of details, as the first set's "كشفت الشرطة وصحف
    # بريطانية عن تفاصيل جديدة"). Not claims: the dateline "رويترز- تل أبيب:"، "ما يسمّى" (naming), "التي أقرّها" (approval),
    # "ومع شكوى متكررة من الأجهزة الأمنية من قيود ..." (complaint, an act as blind7's "تشتكي"), "لتظهر أنها ستتخلص"
    # (purpose), "وشكّك معلقون إسرائيليون في حلول الأجهزة الأمنية ..." (casting doubt on a target NP without a content
    # clause: criticism, as blind7's "انتقد"/"هاجم")
    5: [("وقالت", "وزارة الدفاع الإسرائيلية", "إن الإرهابي", "لستة أشهر", False, True),
        ("وتتهم", "وزارة الدفاع", "\"بالضلوع", "إرهابية يهودية\"", True, True),
        ("وتعتبره", "جماعات مدنية ليبرالية", "انتكاسة", "للإجراءات القانونية", False, False),
        ("وتقول", "\"|إسرائيل|\"", "إن الاحتجاز", "عملاء سريين", False, True),
        ("وقالت", "الشرطة", "إن إتينجر", "الاحتجاز الإداري", False, True),
        ("وكشفت", "الشرطة", "عن تفاصيل", "الخاصّة بسالونيم", False, True)],
    # 3alyoum Dutch plane landing: "ورصدت الكاميرا ... للركاب بحسب ما أكدته صحية (ديلي ميل) البريطانية" -- content before
    # its cue, the whole sentence with its first word (blind2); cue spanned to the word before the speaker; the typo
    # "صحية" (for صحيفة) spanned as written (blind3's "الشرطة", blind6's "الأمان"), the parenthesis kept (blind4/blind6);
    # "وحذرت وكالة الأرصاد الهولندية في وقت سابق من حالة الطقس" (a warning, blind9's "وحذر الدفاع المدني من العبث").
    # "ورصدت الكاميرا" (non-source), "وتم إلغاء" (passive) are not claims
    6: [("بحسب ما أكدته", "صحية (ديلي ميل) البريطانية", "<ورصدت الكاميرا", "من الهلع للركاب", False, True),
        ("وحذرت", "وكالة الأرصاد الهولندية", "من حالة الطقس", "من حالة الطقس", False, True)],
    # arreyadi Ittihad closed training: no claim. "والذي يتوقع أن تأتي التشكيلة ..." (impersonal/passive, blind2's "من
    # المتوقع", blind9's "ويتوقع أن"), "في إشارة واضحة لرغبة المدرب" (the writer's inference), "وتحفظ الاتحاديون ...
    # على التشكيلة" (kept it secret: an act), "وتقرر أن" (decision); the title's "يعد" is not in the text
    7: [],
    # almadina Prince Abdullah bin Musaed: "أدان" (condemnation), "ورفع سموه ... التعازي" (condolence act, blind3),
    # "سائلًا الله" (prayer) are not claims; "وقال سموه: إن ... تعيشه»" (direct: colon + complementizer; the closing »
    # that opens nowhere kept, blind3), "وأضاف سمو رئيس رعاية الشباب:هذا ..." (direct, colon), "مؤكدًا أن ..." (null,
    # after a claim). "التي أمر الله أن تقام" (an order) and "يدل دلالة واضحة" (non-source) stay inside the quote
    8: [("وقال", "سموه", "إن شناعة", "الذي تعيشه»", True, True),
        ("وأضاف", "سمو رئيس رعاية الشباب", "هذا العمل", "بين مواطنيها", True, True),
        ("مؤكدًا", None, "أن الوطن", "التحديات التي تواجهه", False, True)],
    # alwatan Taiz: "كشف ... حمود المخلافي، أن ..." and its "مشيرا إلى أن ..." (null) across the full stop; "وعلى صفحته
    # بموقع فيسبوك أعلن البركاني عن المبادرة" (announcement + noun, claims-gold's "أعلن عن موافقته", blind5's "تعلن عنها";
    # content "عن المبادرة") with two "مشيرا" (null, after a claim); "إلا أن المخلافي أكد أن ... وأنه ..."، "مشيرا"،
    # "مضيفا" (null), "وأضاف "..."" (null, direct). Not claims: "تقدموا ... بمبادرة خطية تتضمن" (an offer and a
    # document's contents, blind6's "وتضمنت الشكوى"), "وتقدم ... بعرض مماثل" (an offer), "قرروا مواصلة القتال"
    # (a decision), "تلقيت اتصالات ... للانسحاب" (inside the quote; calls, no content clause)
    9: [("كشف", "قائد المقاومة الشعبية في تعز حمود المخلافي", "أن قيادات حزبية", "الانقلابيين في تعز", False, True),
        ("مشيرا", None, "إلى أن بينها", "للإرهابيين من المحافظة", False, True),
        ("أعلن", "البركاني", "عن المبادرة", "عن المبادرة", False, True),
        ("مشيرا", None, "إلى أن شخصيات", "أربعة أشهر", False, True),
        ("مشيرا", None, "إلى أن مبادرته", "وتبادل الأسرى", False, True),
        ("أكد", "المخلافي", "أن المقاومة", "دون غيرها", False, True),
        ("مشيرا", None, "إلى أن مقاتلي", "من المتمردين", False, True),
        ("مضيفا", None, "أنهم في أوج", "على تطهيرها", False, True),
        ("وأضاف", None, "\"مع قرب", "قم الإيرانية\"", True, True)],
    # aawsat Jane Fonda's bag: no claim. "وكما تشير الصورة فإن جين فوندا تؤكد أنها ليست مخضرمة ..." and "أظهرت أنها
    # على استعداد تام" are the writer's reading of a photograph (non-verbal: blind8's "كما بين مقطع فيديو"), not words of
    # Fonda; "تخاطب كل الأذواق" (figurative)
    10: [],
    # okaz column "أنديتنا ليست مثل الأهلي": no claim. "كانوا يحدثوننا عن الطائف" (topic of talk, blind3), "سمعت أن
    # الهلال الأغلى ..." (hearsay with no source: blind8's "وفيما علمت "الوطن" أن", blind2's "سمعت قصصا"), "أشعر أن"،
    # "ففي اعتقادي أن"، "وأقول"، "أستدل"، "صدقوني أن" (present authorial voice), "ابحثوا"، "ودعوا" (imperatives),
    # "هرطقة وقعنا وما وقعنا ..." (no reporting verb), "أثبتت تجربة رعاية الأندية" (non-source)
    11: [],
    # arriyadiyah Olympic team camp: "أوضح المشرف العام ... صالح أبو نخاع أن ..."، "موضحا أن ..." (null)
    12: [("أوضح", "المشرف العام على المنتخب الأولمبي السعودي صالح أبو نخاع", "أن المعسكر الإعدادي",
          "المنافسات المحلية", False, True),
         ("موضحا", None, "أن الاختيارات", "الأولى والثانية والثالثة", False, True)],
    # aleqtisadiya customs traffic: "ووفق التقرير السنوي الإحصائي لمصلحة الجمارك العامة، فإن ..." (a report as source,
    # blind4's "وأكد التقرير", blind8's "التقرير الأولي ... يفيد"; content from فإن, blind6/blind9); "فقد كشفت بيانات مصلحة
    # الجمارك أن ..." and "فقد أوضحت بيانات الجمارك أن ..." -- the named authority's published statistics with reporting
    # verbs and content clauses, the same source as the report (unlike blind7's "بيانات اقتصادية ... من الصين أظهرت"
    # and blind8's "بيانات قوية للوظائف", market data without an issuing source, used as causes): claims, named=true.
    # The passengers' content ends at "10.978.106 ركاب": the final "وهو الجمرك الأكثر ..." is the writer's gloss
    # (blind6/blind7; the mid-content one kept, blind8). The opening figures carry no reporting verb; "وهذا يدل على أن"
    # (non-source) is not a claim
    13: [("ووفق", "التقرير السنوي الإحصائي لمصلحة الجمارك العامة", "فإن هذه الجمارك الستة",
          "حركة المركبات في المملكة", False, True),
         ("كشفت", "بيانات مصلحة الجمارك", "أن عدد الركاب", "10.978.106 ركاب", False, True),
         ("أوضحت", "بيانات الجمارك", "أن إجمالي عدد الحجاج", "بواسطة 20 باخرة", False, True)],
    # alriyadh social researchers' Eid initiative: "وأوضحت صاحبة فكرة المبادرة والقائمة عليها، البحاثة ... هيفاء العبلاني،
    # أن ..." (appositions kept); "وبينت العبلاني بأن ..."; "موضحة أن ..." (null, to the end of its sentence); "كما تقدمت
    # البحاثة ... هيفاء العبلاني بالشكر ...، مبينة أن ..." -- the participle after a thanks act (not a claim) with an
    # overt subject takes that subject (blind5/blind7/blind8, the latest decision: blind8's "يعزون ...، مؤكدين").
    # Not claims: "تحت شعار "..."" (slogan), "وتقدمت هيفاء بخالص الشكر"، "كما تقدمت ... بالشكر" (thanks acts, blind4)
    14: [("وأوضحت", "صاحبة فكرة المبادرة والقائمة عليها، البحاثة الاجتماعية في القضايا الأسرية هيفاء العبلاني",
          "أن الهدف", "من خارج طاقم المستشفى", False, True),
         ("وبينت", "العبلاني", "بأن المشاركين", "مختلف أقسام المستشفى", False, True),
         ("موضحة", None, "أن المبادرة ليست", "الأسر المتعففة", False, True),
         ("مبينة", "البحاثة الاجتماعية في القضايا الأسرية هيفاء العبلاني", "أن المبادرات", "عند هذا الحد", False, True)],
    # alyaum column "يكفينا الماء البارد": "يقول الخبر "إغلاق مطعم ... 13 الف ريال"" (the quoted news item: the first
    # set's "جاء في الخبر ما نصه: (...)", speaker الخبر named=false; direct); "الغريب أن العامل اعترف بانه يقوم ..."
    # (an admission = a statement; the worker of the story, identified though unnamed: named=true, as claims-gold's
    # "الرجل"). Not claims: "كما يقول المثل الحجازي (...)" (a proverb: anonymous saying used in the columnist's voice, as
    # blind2's "كما يقال" and blind5's proverbs; unlike blind3's identified song), "وشعارنا دائماً (...)"، "قد نلتمس"،
    # "وتعرفون" (authorial), "والحق يقال" (idiom), "وتداول صور فيديو" (circulation, first set), "وعندما سألوه عن
    # مراقبة البلدية لمحله" (a question by topic, no content), "نقلها الى الجهات الامنية" (passing on footage)
    15: [("يقول", "الخبر", "\"إغلاق مطعم", "13 الف ريال\"", True, False),
         ("اعترف", "العامل", "بانه يقوم", "من عدة أشهر", False, True)],
    # was (SPA) Okaz market: "وشدد سموه على أن ..." (blind5/blind6/blind9's شدد), "مؤكداً أن ..." (null; "داعياً ... إلى
    # احتضان" between them is an appeal); "وعبر سمو أمير منطقة مكة المكرمة عن ترحيبه وجميع اللجان ... بجميع المشاركين
    # ..." (verb of expression + stance noun: a claim, blind3/blind4/blind6), whereas the bare "كما رحب بجميع زوار السوق"
    # is an act (blind9's "ورحب ... بضيف مصر"); "أكد أمين سوق عكاظ الدكتور جريدي المنصوري، أن ..." (the noun "تطلع سمو
    # الأمير ... إلى أن" inside it is an aspiration without a verb of expression: not a claim); "وقال الدكتور جريدي: "
    # إن ... "" and "وأضاف " ... "" (null) direct
    16: [("وشدد", "سموه", "على أن سوق عكاظ", "الأدباء والشعراء", False, True),
         ("مؤكداً", None, "أن نجاح سوق عكاظ", "أنشطته وبرامجه", False, True),
         ("وعبر", "سمو أمير منطقة مكة المكرمة", "عن ترحيبه", "السعودية وخارجها", False, True),
         ("أكد", "أمين سوق عكاظ الدكتور جريدي المنصوري", "أن سوق عكاظ", "البشرية والعمرانية", False, True),
         ("وقال", "الدكتور جريدي", "\" إن سوق عكاظ", "والثقافية \"", True, True),
         ("وأضاف", None, "\" بدأ سوق عكاظ", "والمهتمين بهما \"", True, True)],
    # aljazirah handsome children study: "أظهرت دراسة حديثة أن ..." (blind2's "أظهرت دراسة"; identified by its authors'
    # university: named=true, blind2's "دراسة ألمانية حديثة", blind7's Italian researchers); "وقال القائمون على الدراسة من
    # جامعة ترنافا في سلوفاكيا إن ..." (PP kept, blind7); "وأوضح الباحثون أنه ..."; "ولفتوا إلى أن ..." (null); "قال
    # الباحثون إنهم أبناء هؤلاء الرجال" (what the researchers told the participants; the writer's "(رغم أنهم ليسوا
    # فعلياً أبناءهم)" left out); "ووجد الباحثون أن ..." (a finding, blind7); "وأوضح الباحثون أن ..." ends at its sentence
    # ("فالمرأة قد تحكم ..." is a new sentence without a reporting verb, blind2/blind5 default). Not claims: "لأنها ترى
    # أن تلك الخصائص" (generic perception, blind3's "جميعنا يعرف"), "يصنفنهم بأنهم أكثر وسامة" (the participants' ratings
    # in the experiment, a measured result inside the finding), "عرض الباحثون" (an act)
    17: [("أظهرت", "دراسة حديثة", "أن الرجال", "أكثر وسامة", False, True),
         ("وقال", "القائمون على الدراسة من جامعة ترنافا في سلوفاكيا", "إن قدرة الرجل", "طفلاً أقل وسامة", False, True),
         ("وأوضح", "الباحثون", "أنه من منظور", "الجينات دوراً فيها", False, True),
         ("ولفتوا", None, "إلى أن وسامة", "الجينية للرجل", False, True),
         ("قال", "الباحثون", "إنهم أبناء", "هؤلاء الرجال", False, True),
         ("ووجد", "الباحثون", "أن صور الرجال", "أطفال أقل جاذبية", False, True),
         ("وأوضح", "الباحثون", "أن هذه النتائج", "في حياتهم الزوجية", False, True)],
    # alweeam Mullah Omar: "ادعت جماعة “فدائي ماهاز” التابعة لحركة طالبان أفغانستان، أن ..." (a claim by its very verb;
    # quotes inside the speaker phrase kept, the participial "التابعة لـ..." left out, blind3); "وقال المتحدث باسم الجماعة
    # “قاري حمزة”، في بيان ...، إن “...”" (statement entirely quoted after the complementizer: direct, blind2);
    # "وتابع حمزة في البيان “...”" (direct); "وكان المتحدث ... “ذبيح الله مجاهد”، أكد ... رسمياً وفاة “...”" (content the
    # object, a quoted fragment: direct=false); "وذكر “مجاهد” أن “...”" (speaker without its quotes, blind1; direct);
    # "مشيراً" (null); "وكان جهاز الاستخبارات الأفغاني، أعلن ... وفاة ..."; "فيما قال “البيت الأبيض”، ...، إن أوساط
    # الاستخبارات الأمريكية، أكدت وفاة ..." with the nested "أكدت" (unspecified intelligence circles: named=false, blind4's
    # "الأجهزة الأمنية الأميركية"); "وكان ذبيح الله مجاهد، أكد اختيار ..."; "وأوضح مجاهد في بيان ... أن ..."، "مشيرا أن
    # ..." (null, to the end of its sentence). Not claims: "لكنه رفض الإدلاء بأي معلومات" (refusal, blind5's "رافضا
    # الكشف"), "نشر على موقع الجماعة" (publication), "طالب منصور" (inside the quote), "بايعوا" (an act, inside the
    # content); the link line "رابط الخبر ..." (headline, never annotated)
    18: [("ادعت", "جماعة “فدائي ماهاز”", "أن الزعيم", "قتل مسموما", False, True),
         ("وقال", "المتحدث باسم الجماعة “قاري حمزة”", "إن “الملا", "مسمومة له”", True, True),
         ("وتابع", "حمزة", "“طالب منصور", "أبدا”", True, True),
         ("أكد", "المتحدث باسم حركة طالبان “ذبيح الله مجاهد”", "وفاة “الملا", "جراء المرض”", False, True),
         ("وذكر", "“|مجاهد|”", "أن “الملا", "لمدة 14 عاماً”", True, True),
         ("مشيراً", None, "إلى أنه أدار", "الأراضي الأفغانية", False, True),
         ("أعلن", "جهاز الاستخبارات الأفغاني", "وفاة “الملا", "بشكل سري", False, True),
         ("قال", "“|البيت الأبيض|”", "إن أوساط", "الملا عمر", False, True),
         ("أكدت", "أوساط الاستخبارات الأمريكية", "وفاة الزعيم", "الملا عمر", False, False),
         ("أكد", "ذبيح الله مجاهد", "اختيار “الملا", "مجلس شورى الحركة”", False, True),
         ("وأوضح", "مجاهد", "أن مجلس الشورى", "“أميرا للمؤمنين”", False, True),
         ("مشيرا", None, "أن الأخير", "“الشؤون التنفيذية” لطالبان", False, True)],
    # sabq Makkah police: "أماط الناطق الإعلامي ...، العقيد دكتور عاطي بن عطية القرشي، اللثام عن نجاح ..." (the idiom
    # "أماط اللثام عن" = كشف عن; cue the verb as written, the object "اللثام" standing between speaker and content is
    # left out; content from عن); "وقال "القرشي": "..."" (speaker without its quotes; direct), "وأضاف: "..."" and
    # "وأردف: "..."" (null, direct; the quoted appeal "ندعو ..." is part of the reported words, which go on with
    # "وسيتم تطبيق العقوبات ..."). The dateline "سبق- جدة:" is not a claim
    19: [("أماط", "الناطق الإعلامي باسم شرطة منطقة مكة المكرمة، العقيد دكتور عاطي بن عطية القرشي", "عن نجاح",
          "686 مخالفاً", False, True),
         ("وقال", "\"|القرشي|\"", "\"أحيل", "الإجراءات اللازمة\"", True, True),
         ("وأضاف", None, "\"الحملات", "الإقامة والعمل\"", True, True),
         ("وأردف", None, "\"ندعو", "المتسترين عليهم\"", True, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind10.jsonl")
