"""Build claims-blind8.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261222) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind7.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind8.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind7/make_blind.py, unchanged; the shared gold_builder.py):
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
The okaz exhibitions article contains invisible direction marks (U+200F RLM, U+200E LRM) inside words; they are
written below as \\u200f escapes where an annotated string crosses one.
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
    # almadina Asir youth forum: "وصرح ... أن ..." (content to "والتوعوية", the ".." inside it crossed); "وأضاف:
    # إن ..." direct (colon + complementizer, blind3/blind4); "ومن جانبه أوضح ... إلى أن ..." (content from إلى as
    # written). Not claims: "رفع ... شكره" (a thanks act, as blind4's "مقدماً شكره وتقديره"; "وفي ختام تصريحه" =
    # the noun without own content), "بعد الموافقة من قبل" (approval)
    0: [("وصرح", "رئيس مجلس إدارة الغرفة التجارية الصناعية بأبها المهندس عبدالله بن سعيد المبطي", "أن الغرفة تضع",
         "والتوعوية", False, True),
        ("وأضاف", None, "إن هذا الملتقى", "من داخل وخارج المنطقة", True, True),
        ("أوضح", "أمين مجلس شباب منطقة عسير عادل آل عمر", "إلى أن الملتقى", "معرض مشكاة السعودية", False, True)],
    # alwatan South Sudan talks: "وابتدر الجلسة رئيس وفد التمرد ... بشن هجوم عنيف على ..." (attack = criticism,
    # an event) "واتهمه بأنه ..." -- accusation = claim (blind4's "واتهم ... بالمماطلة"), a coordinated verb with an
    # elided subject: null (blind5's "ثم اتهم", blind7's "واعتبر"); cue with its object clitic (as blind6's
    # "اعتبره"); content from بأنه, quoted fragment: direct=false. "إلا أنه أصر على المواصلة قائلا إنه ..." (the
    # subject of أصر is a pronoun: null). Not claims: "التي يتوقع أن" (impersonal), "بمواقفه المعلنة", "تمسك ...
    # برفض الحكومة لمقترح السلام" (rejection, an act as blind2's "رفض اقتراح البرنامج"), "الذي قدمته الوساطة"
    # (proposal)
    1: [("واتهمه", None, "بأنه \"فاقد", "في جنوب السودان", False, True),
        ("قائلا", None, "إنه لا سبيل", "للمحاكمة", False, True)],
    # okaz exhibitions programme: "حيث أصدر البرنامج الوطني تعميما ... بفتح استقبال طلبات ..." (issuing a circular =
    # an administrative instrument, as blind2's "أصدر تعليماته" and blind3's "ونص القرار الوزاري": not a claim) "،
    # مبينا أن ..." -- the participle takes البرنامج الوطني, the overt subject of the governing verb in the same
    # clause (blind5's "قَائلاً", blind7's "متهمًا"/"معتبرًا"); "وقال ...: «...»" direct; "مشيرا"، "لافتا" (null,
    # after a claim); "مشيرا" ends at the url "(www.secb.gov.sa)" (the LRM after it left out), "لافتا" at
    # "للبرنامج" (the LRM and full stop left out)
    2: [("مبينا", "البرنامج الوطني", "أن آخر موعد", "21 شوال 1436هـ", False, True),
        ("وقال", "المدير التنفيذي للبرنامج الوطني للمعارض \u200fوالمؤتمرات المهندس طارق العيسى", "«البرنامج سيقوم",
         "والمؤتمرات»", True, True),
        ("مشيرا", None, "إلى أنه تم تطوير", "(www.secb.gov.sa)", False, True),
        ("لافتا", None, "إلى أن الضوابط", "الإشرافية للبرنامج", False, True)],
    # 3alyoum feature on car brokers ("وهو ما يسمى"، "مصطلح سوقي يطلق على" = naming; "ووصف السلعة بأقبح
    # الأوصاف"، "الحلف بالله" = generic habitual acts without content; "والمؤسف أن" = authorial): no claim
    3: [],
    # arreyadi "AFP: الهلال في النهائي": "رشحت وكالة الأنباء الفرنسية AFP فريق الهلال للعب المباراة النهائية ..."
    # -- a tip = prediction/opinion (as توقع، رجّحت in the first set); content the object and its complement to
    # the end of the clause ("بعد الفوز ... بثلاثية نظيفة" is what the agency wrote); "مشيرة إلى أنه ..." (null, to
    # "ومستحقاً"; "(على حد وصفها)" re-marks the same attribution and is not counted again, as "في بيان");
    # "وجاء في خبر الوكالة:(وضع ..." -- the first set's "جاء في الخبر ما نصه: (...)" (cue with its clitic و, speaker
    # "خبر الوكالة", named=true: the AFP dispatch), direct; the parenthesis never closes and the rest of the
    # article is the dispatch's match report, so the content runs to the last word (blind3's okaz rule)
    4: [("رشحت", "وكالة الأنباء الفرنسية AFP", "فريق الهلال", "بثلاثية نظيفة", False, True),
        ("مشيرة", None, "إلى أنه حقق", "ومستحقاً", False, True),
        ("وجاء في", "خبر الوكالة", "(وضع فريق", "الشوط الأول السلبي", True, True)],
    # alriyadh Zulfi dates: "دعت"، "حيث دعا ... إلى سرعة تسجيل" (appeals); its participles "مشيرا" and "مضيفاً"
    # take the overt subject of دعا (blind7's two participles after "هاجم", following blind5; the stray full stop
    # and line break before "مشيرا" do not start a new clause -- a participle cannot); "مشيرا" content to the
    # quoted list (closing quote kept, direct=false), "مضيفاً" to the end of its sentence; "أوضح السلمان أن أهم
    # هذه المواصفات ..." runs over the full stop into "كذلك إجراء التبخير الحقلي ... كافة أنواع الإصابة" (the
    # verbless continuation of the list, as blind3's NWC "فضلاً عن"). Not claims: "وقد اشترط المصنع أن ..."
    # (stipulation = a requirement, as demands and rules), "مهيباً بجميع الراغبين" (appeal, blind5's "وتهيب")
    5: [("مشيرا", "مدير عام الزراعة بمحافظة الزلفي م. عبدالعزيز بن عبدالله السلمان", "إلى أن المديرية",
         "سكري\"", False, True),
        ("مضيفاً", "مدير عام الزراعة بمحافظة الزلفي م. عبدالعزيز بن عبدالله السلمان", "أن مصنع التمور",
         "المجاورة لها", False, True),
        ("أوضح", "السلمان", "أن أهم هذه المواصفات", "كافة أنواع الإصابة", False, True)],
    # aleqtisadiya Los Angeles guns: "قال مسؤولون إن ..." (named=false, as claims-gold's "مسؤولون أميركيون";
    # content the whole sentence, "ويحقق المحققون ..." included: it is not closed off); "في بيان" not counted
    # again; "لصحيفة لوس أنجليس تايمز" is the addressee (as blind7's "لـ»المدينة»"), not a second source. Not
    # claims: "ونقلت الأسلحة" (passive act), "وفي حين أنه لا يوجد حد ..." (the writer's background before the cue)
    6: [("قال", "مسؤولون", "إن الشرطة اكتشفت", "استخدم في جريمة", False, False),
        ("وقالت", "شرطة لوس أنجليس", "إن ضباطها", "يوم الجمعة", False, True),
        ("وقالت", "الشرطة", "إنه تم العثور", "وبنادق صيد", False, True),
        ("قالت", "المتحدثة باسم ادارة شرطة لوس أنجليس الضابطة ليليانا بريسيادو", "إن المحققين", "بأي جرائم",
         False, True),
        ("وقالت", "الشرطة", "إن أفرادا", "قد يفسر وفاته", False, True),
        ("وقال", "رئيس ادارة شرطة لوس أنجليس أندرو سميث", "إنه لا توجد", "على انها جريمة قتل", False, True)],
    # was (SPA) Abha literary club: "استنكر" (condemnation), "سائلين الله" (prayer), "ودعا إلى" (appeal) are not
    # claims; "وأوضح الدكتور مريع أن ... يعزون ذوي الشهداء" (content to the comma); the plural "مؤكدين" agrees
    # with "مجلس إدارة النادي والجمعية العمومية", the overt subject of يعزون (condolence, an act) in the same
    # clause, which it takes as speaker (blind5/blind7 rule); "مشيرا" after "ودعا" (elided subject): null
    7: [("وأوضح", "الدكتور مريع", "أن مجلس إدارة النادي", "يعزون ذوي الشهداء", False, True),
        ("مؤكدين", "مجلس إدارة النادي والجمعية العمومية", "أن مثقفي", "في هذا الشأن", False, True),
        ("مشيرا", None, "إلى أن المواجهة", "ووطن بأكمله", False, True)],
    # sabq security aviation: "يُذكر أن ..." (editorial) ends in "...؛ حيث تم التعامل ... والسيطرة على الموقف حسب
    # ما ذكر المتحدث الأمني لوزارة الداخلية": content before its cue, the حيث clause (exactly as claims-gold's
    # "حيث توصل الطرفان ... حسب ما جاء في البيان"; "حيث" left out). "بناءً على توجيهات" (a directive) is not a
    # claim
    8: [("حسب ما ذكر", "المتحدث الأمني لوزارة الداخلية", "<تم التعامل", "والسيطرة على الموقف", False, True)],
    # alyaum Taiba crafts ("وثمّن ... مبادرة اللجنة" = commendation, as blind5's "ونوهت ... بالدعم"): no claim
    9: [],
    # aawsat Suruc bombing: "نفى ... بشدة الاتهامات الموجهة لبلاده بدعم التنظيم ..." (content the object NP, as
    # blind3's "أكد ... الواقعة"; the accusations themselves have no source -- passive participle الموجهة -- and
    # are not a claim, as blind5's "بعد الإعلان عن 25 منحة"); "وشدد ... على أن ..." (the "كما أنها" continuation
    # included); "وقال مصدر تركي لـ«الشرق الأوسط» ... إن ..." (named=false), with the nested "وفق ادعاءات الشهود"
    # whose content is the one word "فتاة" before it (cue spanned to the word before the speaker, as blind2's "حسب
    # إفادة"; الشهود named=false, as claims-gold's "شهود عيان"); "مرجحًا" (null); "وأشار المصدر" -- the same
    # anonymous source, named=false (blind7's "المصدر" was true only because it referred to a named police
    # statement). Not claims: "هدد «داعش» الحكومة التركية بالرد بعد أن «...»" (a threat, the counterpart of
    # blind3/blind4's promises "وعد"، "وتعهدت"; the quoted reasons have no reporting verb, as blind6's aawsat
    # "أرجأتها بسبب «الغموض»"), "وتؤشر التطورات" (non-source), "يُعتقد أنه" (passive), "يطلق على" (naming)
    10: [("نفى", "رئيس الحكومة التركية أحمد داود أوغلو", "الاتهامات", "بأي طريقة من الطرق", False, True),
         ("وشدد", "داود أوغلو", "على أن تركيا", "«الإرهابيين»", False, True),
         ("وقال", "مصدر تركي", "إن منفذ العملية", "ادعاءات الشهود", False, False),
         ("وفق ادعاءات", "الشهود", "<فتاة", "فتاة", False, False),
         ("مرجحًا", None, "أن يكون الشاب", "بزي امرأة", False, True),
         ("وأشار", "المصدر", "إلى أن المحققين", "المهاجم الانتحاري نفسه", False, False)],
    # aljazirah obituary ("تتقدم بأحر التعازي" = condolences, blind3's "تقدم التعازي"; "تغمّد الله" = prayer):
    # no claim
    11: [],
    # alweeam Windows 10 how-to ("طريقة لإخبار ويندوز أن ..."، "تنبيه يُخبر المُستخدم أن ..." = software, non-source
    # subjects; "أطلقت مايكروسوفت أول تحديث" = a release): no claim
    12: [],
    # arriyadiyah equestrian federation: "رفع ... التهنئة"، "وقدم التهنئة" (congratulations, blind3's "مهنئاً"); "وأكد
    # أن ..." (coordinated verb, elided subject: null); "مؤكداً" after "وقدم التهنئة" (elided subject: null); "عبر
    # ... عن اعتزازه بهذا الإنجاز" (verb of expression + stance noun); "وقال: " ..." direct, the quote never closes
    # and the third-person "وأبان أن" follows, so the content ends at "للفروسية" (the stray " ." left out, as
    # blind5's alwatan al-Asbahi); "وأبان"، "مؤكداً" (null)
    13: [("وأكد", None, "أن هذا الإنجاز", "الأمير عبدالله بن مساعد بن عبدالعزيز", False, True),
         ("مؤكداً", None, "أن الاتحاد السعودي", "ودعم الفرسان", False, True),
         ("عبر", "الفارس عبدالله الشربتلي", "عن اعتزازه", "بهذا الإنجاز", False, True),
         ("وقال", None, "\" الحمدالله", "وسمو رئيس الاتحاد السعودي للفروسية", True, True),
         ("وأبان", None, "أن البطولة", "في قفز الحواجز", False, True),
         ("مؤكداً", None, "أن المنافسة", "في هذه الارتفاعات", False, True)],
    # almadina al-Ekhbariya director: "والذي قال: ..." (relative subject: null, as blind3's "والذي بيّن"), "وأضاف
    # الجاسر: ..." and "قال: ..." (null), all direct (colon). Not claims: "وأخذت القنوات ... المشاهد نقلا عن قناة
    # الإخبارية"، "كما نقلت عن قناة الإخبارية جميع وسائل الإعلام" (footage relayed, no statement content: as
    # blind5's "نقلتها عدة وسائل إعلام")
    14: [("قال", None, "قناة الإخبارية قناة الوطن", "هذه الفئة الضالة", True, True),
         ("وأضاف", "الجاسر", "منذ أول يوم", "العربي والدولي", True, True),
         ("قال", None, "الحمد الله كانت", "قطاع الإعلام بشكل عام", True, True)],
    # alwatan Saudi plane crash in Britain: "أعلنت هيئة الطيران المدني عن تحطم ..."; "وذكرت الهيئة في حسابها ... إن
    # "..."" (statement entirely quoted after the complementizer: direct); nested in the tweet "هيئة الطيران المدني
    # تعلن ما يلي: ..." (as blind4/blind6's "ووزارة الداخلية إذ تعلن", direct: colon) and "يأسف مكتب تحقيقات الطيران
    # الإعلان عن تحطم ..." (the formula "regrets to announce": one claim, cue the reporting noun الإعلان, speaker
    # the subject of يأسف); "أوضحت الهيئة ...: أن "..."" (direct) with the nested "التقرير الأولي ... يفيد بوجود
    # ..." (a report as source, as blind4's "وأكد التقرير أن"); "وأضافت أن "..."" (direct); "وذكرت صحيفة "ديلي
    # ميل" أن "..." وأن "..."، وأن ..." (quoted fragments joined by وأن, not all quoted: direct=false; the closing
    # quote that opens nowhere kept, blind3). Not claims: "وفيما علمت "الوطن " أن ..." (the outlet's own voice with
    # a verb of learning, not a reported source), "رحمهم الله" (prayer), "وبينت صور نشرتها الهيئة"، "كما بين مقطع
    # فيديو" (images, non-source), "تم تداوله" (passive)
    15: [("أعلنت", "هيئة الطيران المدني", "عن تحطم", "ببريطانيا مساء أمس", False, True),
         ("وذكرت", "الهيئة", "إن \"هيئة", "ببريطانيا\"", True, True),
         ("تعلن", "هيئة الطيران المدني", "يأسف مكتب", "مطار بلاكبوش ببريطانيا", True, True),
         ("الإعلان", "مكتب تحقيقات الطيران", "عن تحطم طائرة", "مطار بلاكبوش ببريطانيا", False, True),
         ("أوضحت", "الهيئة", "أن \"التقرير", "وقت الحادث\"", True, True),
         ("يفيد", "التقرير الأولي لمكتب تحقيقات الطيران بالهيئة", "بوجود", "وقت الحادث", False, True),
         ("وأضافت", None, "أن \"مكتب", "في الحادث\"", True, True),
         ("وذكرت", "صحيفة \"ديلي ميل\"", "أن \"الضحايا", "15 سيارة على الأقل\"", False, True)],
    # okaz column "حاسب على قروشك!": "ما أعلنت عنه هيئة الاتصالات مؤخرا من إقرار مجلس إدارتها لوثيقة ..." (an
    # announcement by a named source, as blind5's "التي أعلنت الوزارة عن توفرها"; content the explicative من
    # phrase to "للشركات العاملة"). Not claims: "وصية شيخ كبير قالها لي «حاسب على قروشك»" (advice in the
    # imperative, as blind4's "وتنصح"، "أوصت"), "لا يعرف الكثيرون"، "نريد من وزيري ... أن يطمئنا" (cognitive;
    # the columnist's demand), "ومن يضمن لنا" (rhetorical, authorial)
    16: [("أعلنت", "هيئة الاتصالات", "من إقرار مجلس", "للشركات العاملة", False, True)],
    # 3alyoum gold: "بينما توقع الاقتصادية أن ترتفع 223 ألفا" -- "الاقتصادية" read as the typo for الاقتصاديون
    # (economists polled), spanned as written (as blind4's "وشددت الشرطة", blind6's "الأمان"), named=false (as
    # blind2's "توقعات المحللين"). Not claims: "بيانات قوية ... بما ينبئ بأن"، "يشير إلى"، "بما يظهر" (data,
    # non-source), "التقديرات السابقة" (no source, no content)
    17: [("توقع", "الاقتصادية", "أن ترتفع", "223 ألفا", False, False)],
    # arreyadi Unaizah prison ("وقدم ... شكره" = thanks act): no claim
    18: [],
    # alriyadh induced coma: "وتصف الشابة "كلير" ... وضعها عندما كانت ... وكيف أنها كانت شبه واعية ..." (وصف with a
    # كيف clause, as blind4's "وهو يشرح كيف"; the relative "التي تفاقمت ..." left out; quotes inside the speaker
    # phrase kept); "وقالت "كلير" ... أنها ..." (speaker spanned without its quotes). Not claims: "أمر بها
    # الأطباء" (order), "ويعرف التليف الكيسي بأنه" (passive), "ويصفون تطورات وضعها" and "أحاديث عائلتها"، "تقارير
    # الأطباء" (inside the وصف content; topics, no content clause), "تسمى" (naming)
    19: [("وتصف", "الشابة \"كلير\"", "وضعها عندما", "وحالتها بشكل عام", False, True),
         ("وقالت", "\"|كلير|\"", "أنها كانت تشعر", "الطبيعية الخلابة", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind8.jsonl")
