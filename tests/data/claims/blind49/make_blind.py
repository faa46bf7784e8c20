"""Build claims-blind49.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261316) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind48.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind49.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind48/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (also the no-break spaces of 3alyoum and sabq).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the straight quotes of aleqtisadiya and sabq, the curly
quotes of 3alyoum, the guillemets of aawsat, 3alyoum's "وصرّح" with its shadda and "قائلًا", alweeam's vowelled
Quran verse in parentheses with its shadda before the fatha, aljazirah's "السيسى"/"الجارى"/"فى" with alif maqsura, aleqtisadiya's two spellings
"بنيتيز"/"بينيتيز", aawsat's "اوبراين"/"أوبراين", "الامين" and "للامم" without hamza, was's "بالمنطقة," with a Latin
comma, sabq's 'وأضاف: "... "4 حالات ...".' with its inner quote and the stray closing quote after "موضحاً").
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
    # aleqtisadiya Ramos stays: "أعلن رافايل بينيتيز مدرب ريال مدريد الإسباني أن المدافع ... سيبقى في فريقه" (ending
    # before the writer's "رغم ..."), inside that clause "رغم إعلان الأخير رغبته في المغادرة" (the noun إعلان with an
    # object NP, blind33/blind34's "إعلان ..."; speaker "الأخير" = Ramos, named=true as blind21's "الأخير"), 'وقال
    # بنيتيز في ملبورن ... "الأمر بسيط ... أقوله عنه"' (the place and its relative clause left out; direct), 'وعن راموس
    # قال "..."' (null, direct), 'وبلغة أكثر حسما أكد بينيتيز "أجل، ... سيبقى معنا"' (direct; his first-person "أشدد
    # على أن" inside), 'وأضاف "..."' (null, direct), "ولا يزال مدرب مانشستر يونايتد، الهولندي لويس فان غال يؤكد
    # اهتمامه بضم راموس" (an expressed interest with an object NP, blind48's "وأكد سعادته"; cue without "ولا يزال"), "وأكد
    # قبل أيام قليلة من الولايات المتحدة أنه لم يفقد الأمل بضمه إلى "الشياطين الحمر"" (null, the coordinated verb; the
    # time and place left out) and "وسبق لوسائل إعلام إسبانية أن ذكرت أن راموس ... على تمديد العقد" (speaker the noun
    # after the clitic لـ, blind47's "لصحيفة"; named=false, blind9's "وسائل إعلام صينية"; cue without "وسبق ... أن";
    # ending before the writer's "، وقد نشأ الخلاف"). Not claims: "وكثر الحديث ... عن صفقة" (talk about a topic, no
    # content), "في مؤشر على فشل المفاوضات" (the writer's), "دافع اللاعب عن المدرب" (defending a person)
    0: [("أعلن", "رافايل بينيتيز مدرب ريال مدريد الإسباني", "أن المدافع", "سيبقى في فريقه", False, True),
        ("إعلان", "الأخير", "رغبته في المغادرة", "رغبته في المغادرة", False, True),
        ("وقال", "بنيتيز", "\"الأمر بسيط", "ما أقوله عنه\"", True, True),
        ("قال", None, "\"راموس لاعب", "سيكون حاسما معنا\"", True, True),
        ("أكد", "بينيتيز", "\"أجل،", "أن سيرخيو سيبقى معنا\"", True, True),
        ("وأضاف", None, "\"كرة القدم", "لكن سيرخيو سيبقى معنا\"", True, True),
        ("يؤكد", "مدرب مانشستر يونايتد، الهولندي لويس فان غال", "اهتمامه بضم", "اهتمامه بضم راموس", False, True),
        ("وأكد", None, "أنه لم يفقد", "إلى \"الشياطين الحمر\"", False, True),
        ("ذكرت", "وسائل إعلام إسبانية", "أن راموس", "على تمديد العقد", False, False)],
    # was Baha gifted classes: "وأكد المدير العام للتعليم بالمنطقة, أهمية العناية ... رعاية النابغين من طلاب المنطقة"
    # (object NP; ending before "، مشيراً") and "مشيراً إلى ضرورة تطبيق ... المختارين لتنفيذها" (null). Not claims:
    # "ناقشت الإدارة العامة للتعليم ... آلية" and "وجرى بحث" (discussing topics), "الذي أقره معالي وزير التعليم"
    # (approved, a decision, blind48), the dateline, "// انتهى //" and the time line
    1: [("وأكد", "المدير العام للتعليم بالمنطقة", "أهمية العناية", "رعاية النابغين من طلاب المنطقة", False, True),
        ("مشيراً", None, "إلى ضرورة", "من المعلمين المتميزين المختارين لتنفيذها", False, True)],
    # 3alyoum Turabah dust storm: "وبين مدير مرور تربة المقدم عبد الله البقمي أن مرور تربة قام ... خطورة على حياتهم".
    # Not claims: the byline, the tag line "سمات ..."
    2: [("وبين", "مدير مرور تربة المقدم عبد الله البقمي", "أن مرور تربة", "تشكل خطورة على حياتهم", False, True)],
    # alweeam Eid column: "يقول جلال الدين الرومي: لعل الأشياء ... وليس كل عين ترى" (a quoted saying with a reporting
    # verb and a colon: direct), "وندبنا الله لتأمل فيه فقال (أَفَرَأَيْتُمُ الْمَاءَ الَّذِي تَشْرَبُونَ)" (a Quran verse
    # with a reporting verb, blind17's "قال الله فيهم:" and blind27's "في قوله تعالى"; null: a coordinated verb after
    # the non-claim "ندبنا الله", blind44-blind48; direct: the verse in its parentheses), "فالبعض يقول: العيد باجتماع
    # الأهل" (unidentified people, blind40's "هناك من يقول:" and make_gold's "منهم من قالوا"; named=false; direct, the
    # colon), "والآخر يقول العيد بالسفر والسياحة في الأرض" and "والثالث يقول باللباس الأنيق" (named=false; no colon
    # or marks: direct=false, blind15's "يقول أحدهم ..."; speakers without their و). Not claims: "وحقيقة الماء هي
    # الحياة: «وَجَعَلْنَا ...»" (a verse quoted with no reporting word), "فإن قلت ... قلنا لك" (the columnist's
    # hypothetical dialogue with the reader, blind47's "حتى وإن قلنا"), "والسؤال المطروح ما هي ...؟" and "والجواب عن
    # هذا ...:" (the columnist), "فهو يعبر عن شكره لله" (decided here: a generic habitual of "من وصل رحمه", thanks shown
    # by deeds, the columnist's own statement), "مظاهر تعبر عن الفرح" (things that show), "أقول لك لا تتحسر" (the
    # columnist's own voice, blind13), "لا تقل لي: لم أشهد العيد" (a prohibition of words), the link line
    3: [("يقول", "جلال الدين الرومي", "لعل الأشياء", "وليس كل عين ترى", True, True),
        ("فقال", None, "(أَفَرَأَيْتُمُ", "تَشْرَبُونَ)", True, True),
        ("يقول", "البعض", "العيد باجتماع", "العيد باجتماع الأهل", True, False),
        ("يقول", "الآخر", "العيد بالسفر", "بالسفر والسياحة في الأرض", False, False),
        ("يقول", "الثالث", "باللباس", "باللباس الأنيق", False, False)],
    # alwatan Apple watch rival: "تخطط شركة ألمانية ... بكلفة 1400 يورو، وفق ما كشف عنه كلود بيفر رئيس وحدة الساعات في
    # شركة (إل.في.إم.إتش) لصحيفة هاندلسبلات الألمانية" (a source-last relay, make_gold's "وفق ما نقله": the whole
    # sentence before the cue; the addressee left out) and "وأظهرت المعلومات المتاحة على الموقع الإلكتروني لشركة أبل أن
    # مبيعات ... الأقل سعرا" (decided here: published information as a source, blind23's "وأظهرت البيانات التي جمعتها
    # بورصة كوريا"; the participle phrase left out as blind23's relative clause; named=true: Apple's site; to the end of
    # the sentence). Not claims: "وتنتج شركة أبل ..." (the writer's)
    4: [("وفق ما كشف عنه", "كلود بيفر رئيس وحدة الساعات في شركة (إل.في.إم.إتش)", "<تخطط شركة", "بكلفة 1400 يورو",
         False, True),
        ("وأظهرت", "المعلومات", "أن مبيعات", "ووتش سبورت الأقل سعرا", False, True)],
    # sabq Education and the armed forces: "ووفقا للمعلومات واصلت القوات المسلحة تلمس ... لتحقيق المطلوب" (a fronted
    # relay, blind35's "وبحسب المعلومات الأولية"; content after the cue to the end of the sentence; speaker after the
    # clitic "لل" spanned from its second lam, blind14/blind16/blind44-blind46's "للدراسة"/"للخبراء" -> "لدراسة"/
    # "لخبراء"; unidentified: named=false). Not claims: "بحث وزير التعليم ... تفعيل" (discussing), "يشار إلى أن"
    # (an editorial formula), "انطلاقاً من توجيه النبي صلى الله عليه وسلم (من جهز غازياً ...)" (decided here: a
    # directive, an instruction with no reporting word, like appeals), "ويولي برنامج ... رعاية" (the writer's)
    5: [("ووفقا", "لمعلومات", "واصلت القوات", "وزارة التعليم لتحقيق المطلوب", False, False)],
    # okaz column "إسرائيل ..والخطيئة الأولى": no claim ("الانقسام الذي يعرف كل طفل فينا انه صناعة اسرائيلية" --
    # knowing, not reporting; "والسؤال الاول هو: هل ...؟" and "والسؤال الثاني: ...؟" the columnist's questions;
    # "بالتأكيد نحن مستمرون" the columnist's adverb; "يعرفون ماذا يفعلون")
    6: [],
    # alriyadh two phone calls to the King: "اتصالا هاتفيا ... من جلالة الملك حمد ... أعرب فيه عن استنكاره للاعتداء ...
    # بمنطقة عسير" (an expressed condemnation with أعرب/عبّر, blind25/blind44's "عبر/أعرب ... عن استنكاره"; null: the
    # verb of a clause on "اتصالا", blind3's "ألقى ... كلمة أعرب فيها"), "وعبر جلالته عن عزائه ومواساته للملك المفدى في
    # شهداء الواجب" (blind35's "وأعرب عن تعازيه ومواساته"; "جلالته" named=true as blind10-blind41's "سموه"; ending
    # before " ، سائلاً"), "وأعرب خادم الحرمين الشريفين عن شكره وتقديره لجلالة الملك حمد ... على مشاعره الطيبة"
    # (blind3-blind46's "أعرب عن شكره"), and the same three for the King of Jordan's call ("عبر فيه عن إدانته و
    # استنكاره ..." null). Not claims: "سائلاً الله" and "داعياً الله"/"داعيا الله"/"سائلا الله" (prayers), "تلقى ...
    # اتصالا" (an event)
    7: [("أعرب فيه", None, "عن استنكاره", "في مسجد قوات الطوارئ بمنطقة عسير", False, True),
        ("وعبر", "جلالته", "عن عزائه", "للملك المفدى في شهداء الواجب", False, True),
        ("وأعرب", "خادم الحرمين الشريفين", "عن شكره", "على مشاعره الطيبة", False, True),
        ("عبر فيه", None, "عن إدانته", "في مسجد قوات الطوارئ بمنطقة عسير", False, True),
        ("وعبر", "جلالته", "عن عزائه", "للملك المفدى في شهداء الواجب", False, True),
        ("وأعرب", "خادم الحرمين الشريفين", "عن شكره", "على مشاعره النبيلة", False, True)],
    # aljazirah Sisi at the military graduation: "أكد الرئيس عبد الفتاح السيسى، أن مصر ... والمساواة للجميع" (to the
    # end of the sentence), "وأوضح الرئيس خلال كلمته بحفل تخرج ...، أمس أن قوة الدولة ... ويد تعمر" (the channel and
    # time left out), "قال السيسى إن مصر سوف تحتفل ... وشعبها إلى العالم" and "وأوضح أن المرحلة المقبلة ... والطاقة
    # الجديدة والمتجددة والكهرباء" (null; ending before ",ودعا"). Not claims: "ودعا السيسى الخريجين ... أن يكونوا قدوة
    # ..." (an appeal, with its "ويعرفون جيدا أن ..." inside)
    8: [("أكد", "الرئيس عبد الفتاح السيسى", "أن مصر", "والخير والمساواة للجميع", False, True),
        ("وأوضح", "الرئيس", "أن قوة الدولة", "ويد تعمر", False, True),
        ("قال", "السيسى", "إن مصر", "هديه مصر وشعبها إلى العالم", False, True),
        ("وأوضح", None, "أن المرحلة", "والطاقة الجديدة والمتجددة والكهرباء", False, True)],
    # was Moroccan press review: "أولت الصحف المغربية الصادرة اليوم اهتمامها للقرض ...، مشيرة إلى أن قيمة القرض تصل إلى
    # حوالي 130 مليون دولار" (speaker the overt subject of the non-claim "أولت ... اهتمامها" before the participle,
    # blind29/blind42/blind45-blind48; its participle "الصادرة اليوم" left out; named=false, make_gold's "الصحف
    # الفرنسية") and "واهتمت بمستجدات العمليات ...، مشيرة إلى أن القوات الموالية ... مع المتمردين الحوثيين" (null: the
    # non-claim verb before it has no overt subject; blind24's Libyan press review "وأشارت إلى" null). Not claims:
    # "أولت ... اهتمامها"، "وواصلت الصحف رصدها"، "واهتمت بمستجدات"، "وتابعت الصحف مستجدات" (topics only, blind24/
    # blind27's "اهتمت الصحف"), the dateline, "// انتهى //" and the time line
    9: [("مشيرة", "الصحف المغربية", "إلى أن قيمة", "تصل إلى حوالي 130 مليون دولار", False, False),
        ("مشيرة", None, "إلى أن القوات", "معارك ضارية مع المتمردين الحوثيين", False, True)],
    # alyaum Souq Okaz craftsmen: "بين مدير عام الهيئة العامة للسياحة والتراث الوطني بالطائف عبدالله السواط أن نسخة
    # ... للشركاء لعرض منتجاتهم" (to the end of the sentence, its passive "وتم تخصيص" and "فيما ستخصص" inside) and
    # "وأفاد السواط أن إدارة سجون ... للمزاد العلني المخصص للقطع التراثية". Not claims: "وتبرز في السوق ..." and "كما
    # تشارك مجموعة من الحرفيات ..." (the writer's description)
    10: [("بين", "مدير عام الهيئة العامة للسياحة والتراث الوطني بالطائف عبدالله السواط", "أن نسخة",
          "الجادة للشركاء لعرض منتجاتهم", False, True),
         ("وأفاد", "السواط", "أن إدارة سجون", "للمزاد العلني المخصص للقطع التراثية", False, True)],
    # 3alyoum FIFA stamps: 'وصرّح أمين عام الفيفا جيروم فالكي خلال هذا الحفل قائلًا “لقد أصبح ... روسيا 2018.”' (one
    # claim: cue the first verb, blind2's "وأوضح ... قائلاً:" and blind25's "صرح ... بقوله :"; the occasion left out;
    # direct, the stop inside the marks kept; his "وقمنا" and "إنه لمن دواعي سروري" inside). Not claims: "قدّمت الشركه
    # ... الاصدار الاول" (an act), "ويمثّل إعلان اليوم الخطوة الأولى" (the writer's; the announcement is no speech
    # with content), the byline, the tag line "سمات ..."
    11: [("وصرّح", "أمين عام الفيفا جيروم فالكي", "“لقد أصبح", "مع كأس العالم روسيا 2018.”", True, True)],
    # alweeam Saudi condemnation of the Duma arson: "وعبر معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير عن استنكار
    # المملكة العربية السعودية الشديد ... أو ضمير أو إنسانية" (an expressed condemnation, blind25; the titles kept),
    # "محملاً سلطات الاحتلال الإسرائيلية المسؤولية عن هذا العمل الاجرامي ضد الفلسطينيين" (decided here: holding
    # responsible = an accusation, blind12-blind42's "اتهم X بـ..." with the accused left out: content from
    # "المسؤولية"; null, the participle after a claim verb) and "ونقل معالي وزير الخارجية تعازي ... معرباً عن تمنياته
    # بالشفاء العاجل للمصابين من أسرته" (an expressed wish with أعرب, blind41's "أعرب ... عن تمنياته"; speaker the
    # overt subject of the non-claim "ونقل ... تعازي" before the participle, blind47's "ونوه وزير الخارجية ...، مؤكدا").
    # Not claims: "أدانت المملكة العربية السعودية بأشد العبارات الجريمة" (condemnation, an event), "وطالب معاليه
    # المجتمع الدولي" (a demand), "ونقل ... تعازي المملكة" (conveying condolences, blind47's "ناقلا تعازي"), the link line
    12: [("وعبر", "معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير", "عن استنكار", "أو ضمير أو إنسانية", False, True),
         ("محملاً", None, "المسؤولية عن", "هذا العمل الاجرامي ضد الفلسطينيين", False, True),
         ("معرباً", "معالي وزير الخارجية", "عن تمنياته", "بالشفاء العاجل للمصابين من أسرته", False, True)],
    # alwatan play "رحلة عرنوق": "وأوضح مقرر لجنة الفنون المسرحية في الجمعية نوح الجمعان، أن تقديم المسرحية ... لتقديم
    # مواهبه", "بدوره، أبان المخرج جميل الشايب أن فريق المسرحية، حظي ... بالأحساء" (cue without "بدوره،"; ending before
    # "، لافتا") and "لافتا إلى أن المسرحية اجتماعية كوميدية، ... محمد الجاسم، طلال الجاسم" (null; to the end of the
    # sentence, the cast list "ويجسد أدوارها كل من ..." coordinated inside the أن clause). Not claims: "يشهد مسرح ...
    # تقديم ثلاثة عروض" (an event), "والمسرحية من تأليف ..." (the writer's)
    13: [("وأوضح", "مقرر لجنة الفنون المسرحية في الجمعية نوح الجمعان", "أن تقديم المسرحية", "لتقديم مواهبه", False,
          True),
         ("أبان", "المخرج جميل الشايب", "أن فريق المسرحية", "من إدارة الجمعية بالأحساء", False, True),
         ("لافتا", None, "إلى أن المسرحية", "محمد الجاسم، طلال الجاسم", False, True)],
    # aawsat South Sudan: "حذّر ستيفن اوبراين نائب الامين العام للامم المتحدة للشؤون الانسانية، اليوم (الخميس)، من
    # النتائج «المروعة» ... على السكان" (a warning, blind2-blind35's "حذر من"; the time left out; partly quoted:
    # direct=false; ending before "، خلال تفقده"), "ويجول اوبراين ... الاحتياجات المتزايدة»، وفق بيان للامم المتحدة"
    # (a source-last relay: the sentence before the cue, from "ويجول" as blind48's "وهو المجال"; partly quoted), "بيان
    # للامم المتحدة أشار إلى زيادة انتشار الجوع" (the asyndetic relative's verb; speaker its antecedent, blind35-blind48),
    # 'وقال البيان إن «أمن ... الحالي»' (the whole content quoted after إن: direct, blind39-blind48), "موضحًا أن ذلك
    # يشمل ... 11.6 مليون شخص" (null), "قال أوبراين «بعد ... مروعة»" (cue without "وبعد جولة ..."; direct), "يذكر
    # أنّ ... أقال الرئيس سلفا كير ... نائبه السابق رياك مشار ...، لاتهامه بالتخطيط لانقلاب عسكري ضده" (decided here: an
    # accusation noun, blind8/blind30/blind47's allegation nouns and the accusations "اتهم ... بـ"; speaker the overt
    # subject of the non-claim "أقال" whose reason it gives, as for participles, blind29-blind48; content from بـ, the
    # accused left out; nested in the editorial "يذكر أنّ", which is not a claim), "وسرعان ما تفاقمت ... خلفت عشرات
    # آلاف القتلى، وفق تقارير الامم المتحدة" (a source-last relay: the whole sentence before the cue, blind48's aawsat
    # "بحسب ما افاد"; "في غياب حصيلة رسمية" after the cue left out) and "وتتهم منظمات الدفاع عن حقوق الانسان القوات
    # الحكومية والمتمردين بارتكاب فظاعات ... وتجنيد الاطفال" (an accusation, the accused left out; unidentified
    # organisations: named=false). Not claims: "وهم يخشون اليوم الخروج منها" (a fear), "يذكر أنّ" (an editorial
    # formula), "ومن المقرر أن يزور" (impersonal), "كما التقى"
    14: [("حذّر", "ستيفن اوبراين نائب الامين العام للامم المتحدة للشؤون الانسانية", "من النتائج",
          "للحرب في جنوب السودان على السكان", False, True),
         ("وفق", "بيان للامم المتحدة", "<ويجول اوبراين", "للرد على الاحتياجات المتزايدة»", False, True),
         ("أشار", "بيان للامم المتحدة", "إلى زيادة", "زيادة انتشار الجوع", False, True),
         ("وقال", "البيان", "إن «أمن", "خلال فصل الامطار الحالي»", True, True),
         ("موضحًا", None, "أن ذلك يشمل", "البالغ عددهم 11.6 مليون شخص", False, True),
         ("قال", "أوبراين", "«بعد الحديث", "خلفت حصيلة مروعة»", True, True),
         ("لاتهامه", "الرئيس سلفا كير", "بالتخطيط", "لانقلاب عسكري ضده", False, True),
         ("وفق", "تقارير الامم المتحدة", "<وسرعان ما", "خلفت عشرات آلاف القتلى", False, True),
         ("وتتهم", "منظمات الدفاع عن حقوق الانسان", "بارتكاب فظاعات", "وتجنيد الاطفال", False, False)],
    # sabq Muzahmiyah crash: "وتفصيلاً، قال المتحدث الرسمي للهلال الأحمر بمنطقة الرياض عبدالله المريبض: إن فرق ...
    # المزاحمية غرب" (cue without "وتفصيلاً،"; "قال ...: إن ..." direct, blind46/blind48), 'وأضاف: "كان إجمالي الحالات
    # 8، ... "4 حالات وفاة، ... عن طريق الإسعاف الجوي"' (null, direct; its inner opening quote kept inside),
    # 'وتابع: "تم تقديم ... للمنشآت المناسبة"' (null, direct) and 'موضحاً أن الحادث شارك فيه 4 فرق إسعافية والإسعاف
    # الجوي"' (null; a closing mark without its opening one kept, blind47's ".)", and direct=false: only partly marked).
    # Not claims: the byline, "لقى أربعة أشخاص مصرعهم" (the writer's account)
    15: [("قال", "المتحدث الرسمي للهلال الأحمر بمنطقة الرياض عبدالله المريبض", "إن فرق", "بعد المزاحمية غرب", True,
          True),
         ("وأضاف", None, "\"كان إجمالي", "عن طريق الإسعاف الجوي\"", True, True),
         ("وتابع", None, "\"تم تقديم", "للمنشآت المناسبة\"", True, True),
         ("موضحاً", None, "أن الحادث", "فرق إسعافية والإسعاف الجوي\"", False, True)],
    # okaz column on the Makkah development authority: no claim ("وعرف بأنه كان من أكثر الوزراء نزاهة" a passive;
    # "لقد سألت ذات يوم مسؤولا ... عن مشاريع قائمة" the columnist's question about a topic, no words; "وتجاهل سؤالي"،
    # "فأدركت أن"، "فلعلي لو سألت" the columnist; the SMS lines)
    16: [],
    # alriyadh Euro 2018 qualifying draw: no claim (a list of groups and rules)
    17: [],
    # almadina Abha literary club: "وأوضح د.مريع أن مجلس إدارة النادي والجمعية العمومية يعزون ذوي الشهداء" (ending
    # before "، مؤكدين"), "مؤكدين أن مثقفي ومثقفات عسير ... في هذا الشأن" (a plural participle agreeing with the board
    # and assembly of Mari's content: a claim of its own with that NP as speaker, as blind8 annotated the same
    # statement in SPA's words (spa 1386771, the closest excluded record, Jaccard 0.282); ending before "، سائلين")
    # and "مشيرًا إلى أن المواجهة ... ووطن بأكمله" (null, after the non-claim "ودعا", as blind8). Not claims: "استنكر
    # رئيس نادي أبها الأدبي ... حادثة تفجير" (condemnation with a bare NP), "سائلين الله" (a prayer), "ودعا إلى مواجهة
    # الفكر الضال" (an appeal), "وتناول الشاعران الحادث" (a topic), "وقرأ الشاعران عددًا من النصوص" (reading poems)
    18: [("وأوضح", "د.مريع", "أن مجلس إدارة", "يعزون ذوي الشهداء", False, True),
         ("مؤكدين", "مجلس إدارة النادي والجمعية العمومية", "أن مثقفي", "من قرارات حازمة في هذا الشأن",
          False, True),
         ("مشيرًا", None, "إلى أن المواجهة", "بينهم ووطن بأكمله", False, True)],
    # aljazirah Suez Canal opening: no claim ("وحملت صورة الغلاف ... عبارة « بإرادتكم قادرون «" -- decided here: a
    # slogan carried by a picture, no reporting word, blind48's "المقولة الأشهر"; "فى دلالة واضحة على" the writer's
    # reading; "استبدل ... صورة الغلاف" and "وقدم السيسى، التحية" acts)
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind49.jsonl")
