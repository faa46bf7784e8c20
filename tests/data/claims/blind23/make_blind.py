"""Build claims-blind23.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261252) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind22.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind23.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind22/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the shadda of "حذّرت"، "وأكّد"، "أكّد"، "قدّر" (in
"لا قدّر الله"), its absence in "قدرت"; the tanwin of "مبيناً"، "مشدداً"، "صعبٍ"؛ the spellings "اسبانبا"، "أرجأت"،
"مالايقل"، "انه"؛ the
curly marks “ ” and the ellipsis "…" of the 3alyoum and alweeam quotes; the Qur'anic vowel marks of
"((وَالْوَالِدَاتُ ... الرَّضَاعَةَ))"; the inner space of "(KRX )" in the first mention, as written).
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
    # alriyadh OPEC output: "أظهر مسح لرويترز نشرت نتائجه اليوم الجمعة أن إنتاج ... في يوليو" (a survey run by an
    # identified agency: named=true, blind21's identical "حسبما أظهر مسح لرويترز", blind12's "استطلاع لوكالة
    # رويترز"; the relative "نشرت نتائجه اليوم الجمعة" left out of the speaker, blind12/blind14/blind21) and "وأشار
    # المسح إلى أن معروض ... بعد التعديل في يونيو" (the anaphoric noun of a named source: named=true, blind7/
    # blind17). Not claims: "ويستند المسح إلى بيانات ..." (the survey's basis), "منذ أن قررت ... حماية حصتها" (a
    # decision), "وقد يزيد الاتفاق" (the writer), "منذ بدء تسجيل بيانات مسح رويترز" (a noun, no content)
    0: [("أظهر", "مسح لرويترز", "أن إنتاج", "في يوليو", False, True),
        ("وأشار", "المسح", "إلى أن معروض", "بعد التعديل في يونيو", False, True)],
    # aleqtisadiya the Taiwan typhoon: "قالت وسائل إعلام ومسؤولون في تايوان إن إعصارا ... عن قتيلين" and "وذكرت وسائل
    # الإعلام إن السلطات أصدرت تحذيرات ... عن شخصين" (unspecified media and officials: named=false, blind5/blind18/
    # blind21; to the end of their sentences), with, nested, "السلطات أصدرت تحذيرات من حدوث فيضانات وانهيارات
    # طينية" (a warning is a claim, blind9/blind12/blind18/blind19/blind22's "حذر ... من"; cue the noun after the
    # support verb أصدرت, blind22's "جدد التأكيد"، "تود ... إحاطة"; decided here; the unspecified authorities:
    # named=false, blind11's "السلطات"; the content ends before the new clause "وأدى تساقط ركام ..."). Not claims:
    # the storm narrative, "وقامت سلطات المدينة بوقف"، "ووضع الجيش" (acts)
    1: [("قالت", "وسائل إعلام ومسؤولون في تايوان", "إن إعصارا", "وسقوط مالايقل عن قتيلين", False, False),
        ("وذكرت", "وسائل الإعلام", "إن السلطات", "مالايقل عن شخصين", False, False),
        ("تحذيرات", "السلطات", "من حدوث", "وانهيارات طينية", False, False)],
    # alweeam a fire in Medina: "وأوضح نائب المتحدث الرسمي ... النقيب نايف محمد الجهني أن مركز التحكم ... والسيطرة
    # عليه وإخماده" (to the end of its sentence; its "تبين أن" a finding inside), "وأضاف “نتج عن الحادث ... ولله
    # الحمد”" (all quoted: direct; null; the formula kept, blind5) and "كما أرجأت فرق التحقيق في الموقع سبب الحادث
    # إلى وجود التماس كهربائي أدى لنشوب الحريق" (attributing a cause, the first set's "أرجع ... إلى", blind14's
    # "وعزا ذلك إلى"; the verb as written, "أرجأت" for أرجعت; cue without كما; content the object NP with إلى;
    # the investigation teams of the Civil Defence, an identified body: named=true, blind21's "الجهاز الطبي"; the PP
    # kept, blind18/blind20). Not claims: "عن حادث مفاده وجود حريق" (the verb of receiving and the reporting noun
    # بلاغ are missing from the text, "حادث" is no reporting noun: not blind5/blind17's "بلاغاً مفاده"; the text is
    # annotated as written, blind20's missing verb; decided here), "تبين أن" (a finding, inside), the link line
    2: [("وأوضح", "نائب المتحدث الرسمي للدفاع المدني بمنطقة المدينة المنورة النقيب نايف محمد الجهني",
         "أن مركز التحكم", "والسيطرة عليه وإخماده", False, True),
        ("وأضاف", None, "“نتج عن الحادث", "ولله الحمد”", True, True),
        ("أرجأت", "فرق التحقيق في الموقع", "سبب الحادث", "أدى لنشوب الحريق", False, True)],
    # alwatan the Taif summer festival: "وقالت الشركة في بيان صحفي أمس، إن الفعاليات والبرامج صممت ... جمعية
    # الثقافة والفنون بالطائف" ("في بيان صحفي أمس" left out, blind22; to the end of its sentence, the "فعلى صعيد
    # ..." elaboration included). Not claims: "أطلقت"، "أقامت"، "قامت ... بإطلاق مسابقة تحت عنوان "..."" (acts,
    # a title), "لحثهم على القراءة" (an exhortation), "وسيتم إعلان الفائزين" (a future announcement, passive, no
    # content: blind4/blind10/blind20), "وخصصت"، "وحرصت" (acts)
    3: [("وقالت", "الشركة", "إن الفعاليات", "الثقافة والفنون بالطائف", False, True)],
    # alyaum UAE fuel prices: no claim. "المعتمدة مؤخراً من وزارة الطاقة" (an approval), "بعد قرار تحريرها"، "بهذا
    # القرار" (a decision), "ومن المقرر أن" (impersonal), price movements (the writer)
    4: [],
    # aawsat the UNESCO prize: "صرح الدكتور ماجد بن علي النعيمي، وزير التربية والتعليم بالبحرين، أن منظمة ...
    # (اليونيسكو) قد أعلنت عن النسخة الثانية ...، وذلك على موقع المنظمة الإلكتروني" (the apposition between commas
    # kept, blind3/blind22; to the end of its sentence, its "وذلك" tail included, blind3/blind4/blind17) with,
    # nested, "قد أعلنت عن النسخة الثانية من «جائزة ...»، وذلك على موقع المنظمة الإلكتروني" (an announcement with
    # عن + NP, blind22's "أعلنت ... عن تعديلات"; cue without قد; the acronym in parentheses kept in the speaker,
    # blind3/blind9/blind13/blind20), "وأشار الوزير إلى أن الجائزة أسهمت ... هذه المنظمة العريقة" and "من جانب آخر،
    # قال بيان سكرتارية الجائزة إنها تهدف ... الاستكشاف والاختراع" (a statement as speaker, claims-gold's "بيان
    # لوزارة الصحة العامة": named=true). Not claims: "وتم فتح المجال" (passive), "موضوع الجائزة لهذا العام هو"
    # (the writer), "وسيقوم مدير عام منظمة اليونيسكو بإعلان اسمي الفائزَيْن" (a future announcement without
    # content: blind4's "قبل إعلان أسماء اللاعبين", blind10, blind20), "ووجه البيان الدول الأعضاء لإعلان رعاياها
    # ..." (a directive; its "لإعلان" a purpose), "يذكر أن" (editorial)
    5: [("صرح", "الدكتور ماجد بن علي النعيمي، وزير التربية والتعليم بالبحرين", "أن منظمة الأمم المتحدة",
         "على موقع المنظمة الإلكتروني", False, True),
        ("أعلنت", "منظمة الأمم المتحدة للتربية والعلوم والثقافة (اليونيسكو)", "عن النسخة الثانية",
         "على موقع المنظمة الإلكتروني", False, True),
        ("وأشار", "الوزير", "إلى أن الجائزة", "هذه المنظمة العريقة", False, True),
        ("قال", "بيان سكرتارية الجائزة", "إنها تهدف", "الاستكشاف والاختراع", False, True)],
    # 3alyoum Gibraltar: "اتهمت الحكومة البريطانية أمس الأحد أسبانيا بانتهاك سيادتها في جبل طارق" (an accusation,
    # blind4/blind5/blind10; content from بـ; the adverb and the object left out), "قائلة إن سفنا ... دون إخطارها"
    # (a participle after a claim: null), "وقال هوجو سواير وزير الدولة البريطاني للشؤون الخارجية في بيان “هذه
    # التوغلات ... السلطات الاسبانية.”" (all quoted: direct, the final stop inside the marks kept; "في بيان" left
    # out, blind22), "وقالت بريطانيا التي تدير هذا الجيب ... إنها تعتقد أن ... بجرائم ما" (the relative left out
    # of the speaker; "تعتقد" inside the content, not a claim of its own), "ولكن سواير قال إنه ما زال يعتبر الأمر
    # “غير مقبول بتاتا وغير قانوني” ... من دون إخطار" (partly quoted: direct=false), "لكن اسبانبا نفت ارتكاب أي
    # مخالفات" (a denial, blind1/blind2/blind8/blind14: content the object NP; the speaker as written), "وقال مسؤول
    # من وزارة الخارجية الاسبانية طلب عدم نشر اسمه ... “المياه اسبانية… ... غير المشروع”" (an official who asked
    # not to be named: named=false, blind4/blind11's "مسؤول ..."; the asyndetic relative and its "اتساقا مع ..."
    # left out of the speaker; all quoted: direct) and "بحسب رويترز." (an agency credit after a sentence: content
    # before its cue, that whole sentence with its first word, the nested وقال claim included -- blind7's ".وفقا
    # للفرنسية", blind18's "بحسب “دي. بي. دي”"; direct=false). Not claims: "هذا أحدث واقعة ..." (the writer),
    # "ولكن السلطات الإسبانية تريد الآن استعادتها" (a wish, blind20), "طلب عدم نشر اسمه" (a request), the byline
    # and the tag line "سمات ..."
    6: [("اتهمت", "الحكومة البريطانية", "بانتهاك سيادتها", "في جبل طارق", False, True),
        ("قائلة", None, "إن سفنا", "دون إخطارها", False, True),
        ("وقال", "هوجو سواير وزير الدولة البريطاني للشؤون الخارجية", "“هذه التوغلات", "السلطات الاسبانية.”",
         True, True),
        ("وقالت", "وقالت |بريطانيا| التي", "إنها تعتقد", "بجرائم ما", False, True),
        ("قال", "سواير", "إنه ما زال", "من دون إخطار", False, True),
        ("نفت", "اسبانبا", "ارتكاب أي مخالفات", "ارتكاب أي مخالفات", False, True),
        ("وقال", "مسؤول من وزارة الخارجية الاسبانية", "“المياه اسبانية…", "غير المشروع”", True, False),
        ("بحسب", "رويترز", "<وقال مسؤول", "غير المشروع”", False, True)],
    # sabq Jazan fireworks: "حذّرت إمارة منطقة جازان مجدداً من انتشار الألعاب النارية ... لضررها وخطورتها" (a
    # warning, blind22's "حذر آل جرمان ... من"; the adverb left out; to the end of its sentence), "وأوضح المتحدث
    # الرسمي للإمارة علي بن موسى زعلة، أن الأمير ... سَبَقَ أن وجّه تعميماً ... بحق المخالفين" (the circular and
    # its purposes inside, "والتأكيد على تطبيق الأنظمة" among them: a directive's contents, not a claim) and "وأكد
    # أهمية تفعيل دور وسائل الإعلام ... والحفاظ على حياتهم" (أكد + the NP "أهمية", claims-gold's "شدد ... على
    # أهمية", blind21's "واكد الجانبان على اهمية"; its subject elided: null). Not claims: "وجّه تعميماً" (a
    # directive, inside), the byline
    7: [("حذّرت", "إمارة منطقة جازان", "من انتشار", "لضررها وخطورتها", False, True),
        ("وأوضح", "المتحدث الرسمي للإمارة علي بن موسى زعلة", "أن الأمير", "بحق المخالفين", False, True),
        ("وأكد", None, "أهمية تفعيل", "والحفاظ على حياتهم", False, True)],
    # okaz Khaybar labour violations: "من جانبه، أوضح مدير فرع عمل خيبر فهد بن لويبان الرشيدي، أن تلك الجولة ...
    # المقدم تركي بن عبدالعالي الردادي". Not claims: "ضبط"، "بادر ... بتوزيع" (acts), "أرشد ... العمالة المخالفة
    # إلى حقوقهم" (guidance with a topic, an act: blind20's "دور الناصحين")
    8: [("أوضح", "مدير فرع عمل خيبر فهد بن لويبان الرشيدي", "أن تلك الجولة", "تركي بن عبدالعالي الردادي",
         False, True)],
    # almadina column on the Suez Canal: no claim. The opening verse «وجعلنا من الماء ...»(الأنبياء٣٠) and "أراني اقرأ
    # من الكتاب.. «من المؤمنين رجالٌ ...» (الأحزاب٢٣)" are quoted without a verb of saying of their source (the
    # columnist's reading, his present voice; unlike blind3/blind4/blind17/blind20's "قال الله"، "قال تعالى"،
    # "حينما قال:"), "يخالجني شعور" (the writer's feeling, blind22), "يؤمم"، "يفتتح" (acts), "فلا حقّ وراءه مطالبٌ
    # يضيع" (a saying without a cue, blind16/blind21's proverbs)
    9: [],
    # aljazirah the Salam park: no claim. "وتجدر الإشارة إلى أن" (editorial), the description (the writer)
    10: [],
    # alriyadh "ملتقى الشعراء" (two poems, "الصوت" and "الصدى"): "جيت الطبيب وقال عندك غضاريف / وعلاجهن صعبٍ عليك
    # وعلينا" (the doctor's words reported in the poem with a verb of saying: a claim, as blind9's lyric "وتقول كلمات
    # القصيدة"; the subject elided, "الطبيب" the object of جيت: null, blind4/blind20's elided subjects; the two
    # half-lines of his words, "عليك وعلينا" his; no quotes or colon: direct=false; decided here). Not claims: "وعندي
    # على ما قول صبر ويقينا" (a noun clause, no content), "وش رايكم" (a question), the welcome and prayers of the
    # reply poem ("يامرحبا"، "يارب تسلم"), the poets' names
    11: [("وقال", None, "عندك غضاريف", "صعبٍ عليك وعلينا", False, True)],
    # aleqtisadiya foreign ownership of Korean shares: "وامتلك المستثمرون الأجانب ... من إجمالي القيمة السوقية،
    # وفقا لبيانات بورصة كوريا (KRX )" (the statistics of a named authority: a claim, blind10's "بيانات مصلحة
    # الجمارك", blind19's "حسب بيانات وزارة الصحة الكويتية"; content before its cue, from the sentence's first word
    # to the phrase; speaker without the glued preposition, the acronym kept) and "... وهي النسبة الأدنى منذ آب
    # (أغسطس) 2009 حين بلغ نصيب المستثمرين الأجانب 28.9 في المائة، حسبما نقلت وكالة الأنباء الكورية" (content
    # before its cue, the whole sentence with its first word, blind2/blind7, the nested "وفقا" claim included: the
    # agency can report all of it, so blind19's limitation does not apply), "وقال مراقبون إن ..." and "وقال محللون
    # إن ..." (named=false), "وأظهرت البيانات التي جمعتها بورصة كوريا (KRX) في تموز (يوليو) بلوغ حجم التداول ...
    # في أبريل 2011" (data with its issuer in its clause: a claim; speaker the noun without its relative, named=true,
    # blind12/blind14/blind21) and "وقال كيم يونغ-جو، المحلل في شركة سامسونج للأوراق المالية إنه "على الرغم ... قد
    # تحسنت"" (all quoted after the complementizer: direct, blind2/blind19/blind21/blind22). Not claims: "وفقا لما
    # أظهرته بيانات أمس" (data with no issuing source: blind7/blind12/blind13's "أظهرت بيانات ..."), the market
    # figures (the writer)
    12: [("|وفقا| لبيانات", "بيانات بورصة كوريا (KRX )", "<وامتلك المستثمرون", "من إجمالي القيمة السوقية",
          False, True),
         ("حسبما نقلت", "وكالة الأنباء الكورية", "<وامتلك المستثمرون", "28.9 في المائة", False, True),
         ("وقال", "مراقبون", "إن المستثمرين", "مقابل الدولار الأمريكي", False, False),
         ("وأظهرت", "البيانات", "بلوغ حجم التداول", "11.3 تريليون وون في أبريل 2011", False, True),
         ("وقال", "محللون", "إن أرقام تموز", "حصصهم بشكل أكبر", False, False),
         ("وقال", "كيم يونغ-جو، المحلل في شركة سامسونج للأوراق المالية", "إنه \"على الرغم", "قد تحسنت\"",
          True, True)],
    # alweeam swallowed objects: "وحذر استشاري الجهاز الهضمي ... الدكتور موسى الخرمي من ترك الأجسام الغربية ... إلى
    # الوفاة" (a warning, blind22), "مبيناً أن ابتلاعه ..." (null), "وأوضح أن الدور الأكبر ... أو المياه الصحية"
    # (null; to the participle) and "مشدداً على أهمية أن تبقى ... رمي المتبقي منه" (null). Not claims: "سجّلت
    # طوارئ الأطفال ... أكثر 1500 حالة" (a record, the hospital's act), the link line
    13: [("وحذر", "استشاري الجهاز الهضمي والكبد للأطفال بمدينة الملك سعود الطبية الدكتور موسى الخرمي", "من ترك",
          "في بعض الأحيان إلى الوفاة", False, True),
         ("مبيناً", None, "أن ابتلاعه", "ومجرى التنفس", False, True),
         ("وأوضح", None, "أن الدور الأكبر", "أو المياه الصحية", False, True),
         ("مشدداً", None, "على أهمية أن", "رمي المتبقي منه", False, True)],
    # was a course for mosque supervisors: "وأوضح مدير عام فرع وزارة الشؤون الإسلامية ... الدكتور محمد الأمين بن
    # خطري أن الدورة تستمر ... مراقبي المساجد والصيانة بالمنطقة". Not claims: "ينظم" (an act), the dateline,
    # "// انتهى //" and the time line
    14: [("وأوضح", "مدير عام فرع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد بمنطقة المدينة المنورة الدكتور "
          "محمد الأمين بن خطري", "أن الدورة تستمر", "مراقبي المساجد والصيانة بالمنطقة", False, True)],
    # alwatan column "لماذا يتحرشون بالنساء؟!": no claim. "إذ إنهم ينظرون إلى أن وجود المرأة ... تلويث كرامتها"
    # and "يرى البعض شيئا مغريا في تجول المرأة بمفردها" (the columnist's generic characterisations of a group's
    # views, blind9's "ولا يرى غضاضة"، blind18's "ينظر للخليج على أنه ..."، blind14's "كل التنظيمات التي تعتبر";
    # unlike blind21's reported "هناك من يرى أن"), "حسب مقاييس الأيديولوجيا السائدة" ("according to" a non-source),
    # "حين ننظر ... فلا نجد"، "ولعلنا ندرك" (the columnist's we)
    15: [],
    # alyaum column on breastfeeding: "قال تعالى في كتابه الكريم ((وَالْوَالِدَاتُ ... الرَّضَاعَةَ))" (a quoted
    # verse: blind4/blind6's "وقال تعالى" -- cue قال, its subject elided: null --, blind20's verse in a column;
    # "في كتابه الكريم" left out; the double parentheses as quotes: direct) and "حيث قدرت منظمة الصحة العالمية
    # ومنظمة الأمم المتحدة لرعاية الطفولة (اليونيسيف) UNICEF بأن حوالي عشرة ملايين ... الحليب الصناعي" (an
    # estimate with its figure, blind16's "يقدره صندوق النقد الدولي"; the columnist's "إضافة إلى أن العقل السليم
    # في الجسم السليم" left out). Not claims: "وتبرر بأنها أنظمة معمول بها" (passive, no source), "نعلم جيداً"
    # (the columnist's cognitive verb), "يُعلن تعليق الدراسة" (passive), "فلست من المهتمات"، "أين رجال الدين؟"
    # (the columnist), "أُصدر قانون جديد يلزم" (a law's provisions), "يجب الإعلان عنه" (an obligation, no content)
    16: [("قال", None, "((وَالْوَالِدَاتُ", "الرَّضَاعَةَ))", True, True),
         ("قدرت", "منظمة الصحة العالمية ومنظمة الأمم المتحدة لرعاية الطفولة (اليونيسيف) UNICEF",
          "بأن حوالي", "استعمال الحليب الصناعي", False, True)],
    # arreyadi al-Nassr's helipad: "وعبر الخضيري عن خالص شكره وتقديره لإدارة نادي النصر ... عند الحاجة" (a verb of
    # expression + stance noun: a claim, blind3/blind7/blind9/blind15/blind20's "أعرب/عبر عن شكره"; bare thanks acts
    # stay events; to the end of its sentence), "وأضاف الخضيري قائلاً: إن النصر ... المحيطة بالنادي" (ONE claim,
    # cue "وأضاف": the verb has no content of its own before "قائلاً:", blind2/blind12's "وأضاف دفتردار قائلا:";
    # colon + complementizer: direct) and "مبيناً انه سيتم ... الإسعافات الأولية" (null). Not claims: "حدد نادي
    # النصر مهبط"، "وهبطت"، "وتواجد" (acts)
    17: [("وعبر", "الخضيري", "عن خالص شكره", "وسرعة إسعافهم عند الحاجة", False, True),
         ("وأضاف", "الخضيري", "إن النصر", "جميع الأحياء المحيطة بالنادي", True, True),
         ("مبيناً", None, "انه سيتم", "على الإسعافات الأولية", False, True)],
    # 3alyoum Chinese sterile mosquitoes: no claim. "ويعتقد العلماء أن المشروع يعمل بنجاح ... في إفريقيا" is a
    # cognitive verb (belief), not a reported statement: blind9's "كما يعتقد البعض" (belief), blind19/blind20's
    # "cognitive verbs (اعتقد، ظن، مقتنع)" (applied here to unnamed scientists; decided here); "ابتكر"، "وتمكن
    # الخبراء ... من خفض" (acts), "وأثبتت هذه الفكرة نجاحها" (non-source), the byline and the tag line "سمات ..."
    18: [],
    # sabq the play "كلنا سلمان": "وأوضح الفنان بخيت العامري رئيس لجنة المسرح بالجمعية، أن مسرحية ... - لا قدّر
    # الله" (to the end of its sentence, the formula kept, blind5), "وأكّد الفنان العامري أن المسرحية ... أسمى حب"
    # and "من جانبه، أكّد مدير جمعية الثقافة والفنون بجدة عمر الجاسر، أن مسرحية ... على مسرح الجمعية" (its
    # first-person "ويسرّنا توجيه دعوة عامة" inside, an invitation not counted apart; no quotes or colon:
    # direct=false). Not claims: "من تأليف وإخراج" (authorship), "الجدير بالذكر أن" (editorial), the byline
    19: [("وأوضح", "الفنان بخيت العامري رئيس لجنة المسرح بالجمعية", "أن مسرحية", "لا قدّر الله", False, True),
         ("وأكّد", "الفنان العامري", "أن المسرحية", "هو أسمى حب", False, True),
         ("أكّد", "مدير جمعية الثقافة والفنون بجدة عمر الجاسر", "أن مسرحية", "الخميس على مسرح الجمعية",
          False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind23.jsonl")
