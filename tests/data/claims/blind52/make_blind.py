"""Build claims-blind52.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261322) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind51.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind52.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind51/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (also the line breaks of almadina's column and
  the no-break spaces of sabq).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the straight quotes of aleqtisadiya, sabq and alriyadh,
the reversed guillemet "»" that opens almadina's "بـ»الاف"/"بـ»قادة", almadina's column with its vowel signs
"ادعاءاتُ الفرسِ"/"تناقلتْه الأنباءُ", aljazirah's "عيدًا وطنيًّا", alyaum's "عادّاً"/"وعدّه"/"وثمّن", was's Latin
comma in "المشيطي," and aleqtisadiya's hamza-less "اعلن"/"اوباما"/"واوضح"/"اكد").
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
    # alyaum Ministry of Interior names the Asir mosque bomber: "صرح المتحدث الأمني بوزارة الداخلية بأنه إلحاقاً لما
    # سبق إعلانه ... بتفجير بأحزمة ناسفة" (to the end of its sentence, as blind13's "وصرح المتحدث الأمني ... أنه أثناء
    # ..." and blind11's "أكد المتحدث الأمني"; the results list that follows has no reporting word), "ووزارة الداخلية
    # إذ تعلن ذلك" (blind4/blind6's "ووزارة الداخلية إذ تعلن عن ذلك": content the demonstrative) and "لتبين أن مثل هذا
    # العمل ... هذه البلاد المباركة وأهلها" (blind4/blind6's "لتؤكد"; "ليوضح مدى خبث ..." inside it has the act, not a
    # source, as subject). Not claims: "لما سبق إعلانه" (a passive noun, no source), "يعتقد أنها ناتجة" (a passive),
    # "تبين أن"، "اتضح من إجراءات التثبت ... بأنه" (impersonal), "سائلين المولى" (a prayer), "والله الهادي ..."
    0: [("صرح", "المتحدث الأمني بوزارة الداخلية", "بأنه إلحاقاً", "تفجير بأحزمة ناسفة", False, True),
        ("تعلن", "و|وزارة الداخلية| إذ", "ذلك", "ذلك", False, True),
        ("لتبين", "و|وزارة الداخلية| إذ", "أن مثل هذا العمل", "هذه البلاد المباركة وأهلها", False, True)],
    # alriyadh Mercedes G500 4x4: "قالت شركة صناعة السيارات الفارهة الألمانية مرسيدس بنز إن النموذج الاختباري ...
    # على نطاق تجاري". Not claims: "يذكر ان" (an editorial formula), "ومن المقرر طرح" and "كما سيتم طرح" (impersonal)
    1: [("قالت", "شركة صناعة السيارات الفارهة الألمانية مرسيدس بنز", "إن النموذج", "على نطاق تجاري", False, True)],
    # 3alyoum Sharm Obhur: no claim ("ورصدت وكالة الأنباء السعودية “واس” طبيعة الشرم الساحرة ..." decided here as the
    # agency's own field coverage, like blind15's "رصدت كاميرا «عين اليوم»" and blind33's "رصدت العدسة", not blind38's
    # "ورصدت وسائل الإعلام الإسبانية فشل الملكي"; "وتحرص مختلف الجهات ..." an act; the "Next Previous" line)
    2: [],
    # alweeam Kuwait tries the Al-Sadiq mosque defendants: "وقالت النيابة آنذاك إنها فرغت من التحقيق ... بالنسبة له
    # بوفاته" (the time left out). Not claims: "وكانت النيابة العامة وجهت ... الاتهام إلى 29 شخصا" (an indictment, a
    # legal act without an accusation's content, like the unannotated "بتهمة" of blind40/blind51), "وأحالتهم"،
    # "وأمرت النيابة العامة بحبس" (acts), "وتبين أنه يقيم" (impersonal), the link line
    3: [("وقالت", "النيابة", "إنها فرغت", "بالنسبة له بوفاته", False, True)],
    # aljazirah OIC campaign in Central Africa: "وأعلنت الرئيسة المؤقتة ذلك اليوم عيدًا وطنيًّا" (a declaration with
    # its two objects, blind45's "أعلنت السلطات الإسرائيلية عن هذا الموقع في السابق موقعا أثريا" and blind40's "وأعلن
    # البيان تعيين ..."; the title alone identifies the interim president: named=true; the writer's "للمرة الأولى منذ
    # استقلال البلاد ..." and "استجابة لمطلب ..." left out). Not claims: "تجدر الإشارة إلى أن" (an editorial formula),
    # "للتعبير عن التضامن" (the campaign's purpose), "لمطلب نادت به الأوساط المسلمة" (a demand)
    4: [("وأعلنت", "الرئيسة المؤقتة", "ذلك اليوم", "عيدًا وطنيًّا", False, True)],
    # aleqtisadiya Obama's speech on the Iran deal: "اعلن مسؤول اميركي ان الرئيس باراك اوباما سيلقي خطابا ... منذ غزو
    # العراق" (named=false; ending before the writer's "، وذلك في محاولة منه للدفاع ...") and, nested in it, "يعتبر فيه
    # المفاوضات ... اهم قرار دبلوماسي ... منذ غزو العراق" (decided here: the opinion Obama is to state in his speech,
    # as the nested claims of blind50/blind51; null, the elided subject; the object kept as in blind13/blind16's
    # "واعتبر الحزب هذا القصف ..."/"عاداً منتزه الردف ..."), "وقال المسؤول في البيت الابيض طالبا عدم ذكر اسمه ان
    # اوباما سيقول ... غزو العراق" (named=false, blind50's "المتحدث"/"المحقق" after an unnamed first mention;
    # "طالبا عدم ذكر اسمه" a request) and, nested, "اوباما سيقول في خطابه ... ان النقاش الجاري ... هو "اهم" نقاش ...
    # غزو العراق" (partly quoted), "وسبق لاوباما وان قال مرارا ان ذلك التصويت ... ثماني سنوات" (the speaker after the
    # clitic لـ, blind50/blind51), 'واوضح المسؤول ان اوباما "سيشير الى ان ... خطأ تاريخيا"' (partly quoted:
    # direct=false) and, nested, "سيشير الى ان نفس الاشخاص ... خطأ تاريخيا" (speaker the overt "اوباما" before the
    # mark; the enclosing quote's closing mark left out, blind50's "ذكر (الطيار)"), "وسبق لاوباما وان اكد مرارا ان
    # البديل ... عمل عسكري ضدها" and "مؤكدين ان هذه المعادلة غير صحيحة وان البديل ... اتفاق افضل معها" (the overt
    # subject "معارضو الرئيس" of the non-claim "ندد", blind29/blind42/blind45-blind51; named=false). Not claims:
    # "ندد بها معارضو الرئيس" (a condemnation), "التذكير بجهود الرئيس الراحل" (reminding of efforts, an NP),
    # "دعا فيه الى السلام" (an appeal), "بحسب ما ينص عليه الاتفاق" (a text's provision), "ويبدو ان" (impersonal)
    5: [("اعلن", "مسؤول اميركي", "ان الرئيس", "منذ غزو العراق", False, False),
        ("يعتبر", None, "المفاوضات حول", "منذ غزو العراق", False, True),
        ("وقال", "المسؤول في البيت الابيض", "ان اوباما سيقول", "قرار سلفه جورج دبليو بوش غزو العراق", False, False),
        ("سيقول", "اوباما", "ان النقاش", "قرار سلفه جورج دبليو بوش غزو العراق", False, True),
        ("قال", "ل|اوباما| وان قال", "ان ذلك التصويت", "استمرت ثماني سنوات", False, True),
        ("واوضح", "المسؤول", "ان اوباما", "سيكون خطأ تاريخيا\"", False, False),
        ("سيشير", "ان |اوباما| \"سيشير", "الى ان نفس", "سيكون خطأ تاريخيا", False, True),
        ("اكد", "ل|اوباما| وان اكد", "ان البديل", "هو عمل عسكري ضدها", False, True),
        ("مؤكدين", "معارضو الرئيس", "ان هذه المعادلة", "اتفاق افضل معها", False, False)],
    # almadina column "طائفية فارسية": "والادعاءاتُ المتتالية بتمسُّكِ الفرسِ بالإسلام" (a claim noun with its content,
    # blind30's "والادعاء بأن" with no source: null), "ادعاءاتُ الفرسِ بمناصرةِ القضيةِ العربيةِ الكبرى قضيةِ فلسطين"
    # (blind35's "مزاعم الحوثيين بأن"; named=true) and "ما تناقلتْه الأنباءُ عن هدمِ إيران لمسجدِ أهلِ السنةِ الوحيدِ في
    # طهران" (blind6's "تناقلت وسائل الإعلام خبر وفاة ..."; the object pronoun in the cue, blind51's "عدوه"; news:
    # named=false, blind40/blind50/blind51). Not claims: "كلَّ إدعاءٍ إيراني بما فيه ولايةُ الفقيه" (a claim noun
    # without content), "يؤكدُ كلَّ ما نقولُه" (a fact that confirms, blind51's "ما يؤكد توافر العرض"), "التي تري ذلك
    # تهديداً" (an attitude of "العنصرية الفارسية", no source speaking), "والأخوةِ الإسلاميةِ كما تدَّعي" (decided here:
    # an aside in the columnist's condition, blind47's "كما تزعم" and blind27's "كما تدعي المرأة" unannotated),
    # "أحاديث وتصاريح" (statements without content), the columnist's own voice, e-mail and SMS lines
    6: [("والادعاءاتُ", None, "بتمسُّكِ الفرسِ", "بالإسلام", False, True),
        ("ادعاءاتُ", "الفرسِ", "بمناصرةِ", "قضيةِ فلسطين", False, True),
        ("تناقلتْه", "الأنباءُ", "عن هدمِ إيران", "الوحيدِ في طهران", False, False)],
    # was Sharm Obhur (the second part of SPA's report): "بدوره أكد المواطن عبدالله أحمد الحسيني أن التنزه ... في هذه
    # الأيام" (cue without "بدوره", blind50's "من جهته"), "وأشار إلى أنه اعتاد ... يستلزم توثيقها للذكرى" (null), "وعد
    # الحسيني تجربة الاستمتاع بالشاطئ مناسبة هامة ... في كل رحلة" (an opinion, blind16's "عاداً" and blind51's "عدوه";
    # the object kept as in blind16), "من جهته وصف إبراهيم الصاعدي شاطئ " شرم أبحر " بأنه المتنزه الأول ... السباحة
    # والغوص" (make_gold's "يصفه ... بأنه": content from "بأنه", the described left out; cue without "من جهته"), "وأضاف
    # أن ما يميز الشاطئ ... سلامة مرتادي البحر" (null) and "وأختتم حديثه بالقول إنه وجد ... روعة المكان والزمان"
    # (make_gold's "بقوله" and blind30/blind39/blind42/blind44/blind48's "بالقول"; null). Not claims: the writer's
    # description, "// انتهى //" and the time line
    7: [("أكد", "المواطن عبدالله أحمد الحسيني", "أن التنزه", "خاصة في هذه الأيام", False, True),
        ("وأشار", None, "إلى أنه اعتاد", "يستلزم توثيقها للذكرى", False, True),
        ("وعد", "الحسيني", "تجربة الاستمتاع", "التي يجلبونها معهم في كل رحلة", False, True),
        ("وصف", "إبراهيم الصاعدي", "بأنه المتنزه", "وخوض تجربة السباحة والغوص", False, True),
        ("وأضاف", None, "أن ما يميز", "بسلامة مرتادي البحر", False, True),
        ("بالقول", None, "إنه وجد", "روعة المكان والزمان", False, True)],
    # alwatan column "سحريّة الفرح": no claim (the columnist's own voice: "أبدو كمن يشرح المشروح ويؤكد المؤكد"، "إذ إن
    # هناك من يحاول تفريغ ..." an unnamed someone's attempt, no statement; greetings)
    8: [],
    # okaz column on the hacked account of Nayef Hazazi: "وأن يظهر الكابتن نايف عبر صفحات الجرائد نافيا عن نفسه ما قيل
    # عنه وأن من فعل ذلك الفعل نسي أن هناك رقيبا عتيدا" (a denial, blind31's "نافيا" and blind37's "ونفى": content
    # the denied object, "عن نفسه" left out; the coordinated "وأن ..." clause kept up to the next reporting word of
    # the same source; speaker the overt subject of the non-claim "يظهر", blind29/blind42/blind45-blind51) and "فهو
    # يتحدث بيقين أن فعل ذلك منتم لثقافتنا الدينية جميعا" (blind47's "وتحدث ... بأنه"; null, the pronoun "هو").
    # Not claims: "تابعت هاشتاق (...)" and "لم أصدق تلك الفرية" (the columnist), "طار بها ركبان (التويتر)" (spreading,
    # no content), "ما قيل عنه" (a passive), "التي نشير إليها دائما بأننا ..."، "أعتقد أننا"، "فيحملني الظن" (the
    # columnist's own voice), "واعتقادهم بأنهم يكشفون ستر ..." and "يظن أنه يفعل ..." (beliefs, blind28/blind51's
    # "ظن"), the e-mail and SMS lines
    9: [("نافيا", "الكابتن نايف", "ما قيل عنه", "أن هناك رقيبا عتيدا", False, True),
        ("يتحدث", None, "أن فعل ذلك", "لثقافتنا الدينية جميعا", False, True)],
    # sabq woman fights a crocodile: "صارعت ربة منزل ... باستخدام أواني الطهو، حسبما أفاد مسئولون هنود" (a source-last
    # relay: content before the cue, make_gold's "حسبما قال"; named=false), 'وحسب وكالة الأنباء الألمانية "د ب أ"،
    # قال بي كي باتنايك، مسؤول كبير في شؤون الغابات، في تصريح عبر الهاتف من كيندرابارا: "قبض التمساح ... الشرس"'
    # (decided here: the fronted agency relay takes the quote of the statement it credits, blind37's "-بحسب وكالة
    # الأنباء الفرنسية-" and blind50's "وفقا لوكالة رويترز" -- direct; Patnaik's own claim with his apposition, the
    # channel and place left out, direct), 'وأضاف: "قالت إنها ضربت ... بعد هذا الصراع"' (null, direct) and, nested,
    # "قالت إنها ضربت ... بعد هذا الصراع" (the woman's statement inside his quote: null, the feminine verb's elided
    # subject; the closing mark left out, blind50's "ذكر (الطيار)") and "وهناك موجة من هجمات التماسيح ... حول حديقة
    # بهيتاركانيكا، بحسب المسؤولين" (a source-last relay, the conjunction kept as blind18/blind30/blind31's "وكانت/
    # وقتل/وتأتى"; named=false). Not claims: "وصرخت سامال؛ مطالبة بالمساعدة" (a call for help), the dateline
    10: [("حسبما أفاد", "مسئولون هنود", "<صارعت ربة منزل", "باستخدام أواني الطهو", False, False),
         ("وحسب", "وكالة الأنباء الألمانية \"د ب أ\"", "\"قبض التمساح", "هذا الهجوم الشرس\"", True, True),
         ("قال", "بي كي باتنايك، مسؤول كبير في شؤون الغابات", "\"قبض التمساح", "هذا الهجوم الشرس\"", True, True),
         ("وأضاف", None, "\"قالت إنها", "بعد هذا الصراع\"", True, True),
         ("قالت", None, "إنها ضربت", "بعد هذا الصراع", False, True),
         ("بحسب", "المسؤولين", "<وهناك موجة", "حول حديقة بهيتاركانيكا", False, False)],
    # alyaum "Al-Fahd Spirit of Leadership" exhibition committee: "وعدّه إضافة مهمة للجنة التنفيذية، لاسيما وأن سموه
    # ... ومواقع التواصل الاجتماعي" (an opinion with the object pronoun in the cue, blind35's "واعتبرها" and blind51's
    # "عدوه"; null: the coordinated verb after the non-claim "رحّب سمو رئيس اللجنة ... بانضمام", blind44-blind51),
    # "عادّاً رعاية سموه تتويجاً للمحطة الثانية ... آل سعود -حفظه الله-" (blind16's "عاداً": the object kept) and
    # "مؤكداً أن الرعاية الكريمة ... آل سعود -رحمه الله-" (both with the overt subject "سمو الأمير تركي بن محمد بن
    # فهد" of the non-claim "وقدّم ... الشكر والتقدير", blind47's unannotated "وقدم شكره", and blind29/blind42/
    # blind45-blind51's overt subject before a participle), "مشيراً إلى أن موافقة أصحاب السمو ... في عهد الملك فهد
    # (رحمه الله)" (the overt subject "سموه" of the non-claim "وثمّن", blind9-blind41's speaker "سموه"). Not claims:
    # "رحّب ... بانضمام" (welcoming, blind13/blind51), "وقدّم ... الشكر والتقدير" (blind47), "وثمّن سموه ... المتابعة
    # الدائمة" (praise of an NP, blind13-blind50), "وناقشت اللجنة ... عدة مواضيع" (topics discussed), "ويتناول
    # معرض ..." (the exhibition's contents)
    11: [("وعدّه", None, "إضافة مهمة", "ومواقع التواصل الاجتماعي", False, True),
         ("عادّاً", "سمو الأمير تركي بن محمد بن فهد", "رعاية سموه", "آل سعود -حفظه الله-", False, True),
         ("مؤكداً", "سمو الأمير تركي بن محمد بن فهد", "أن الرعاية الكريمة", "آل سعود -رحمه الله-", False, True),
         ("مشيراً", "وثمّن |سموه| للجنة", "إلى أن موافقة", "في عهد الملك فهد (رحمه الله)", False, True)],
    # alriyadh Al-Raed signs Zayati: 'من جهة ثانية، كشفت مصادر "دنيا الرياضة" أن إدارة الرائد ستكتفي ... بعد نهاية
    # المعسكر' (the outlet's sources, blind9's "وعلمت «عكاظ» من مصادرها" and blind51's "كشفت المصادر": named=false;
    # cue without "من جهة ثانية"; to the end of the sentence). Not claims: "بطلب من المدرب" (a request), "قرر" (a
    # decision), "ينتظر أن يعلن عمراني عن الاستغناء ..." (an expected, not yet made, announcement of a decision, inside
    # the sources' content, impersonal "ينتظر")
    12: [("كشفت", "مصادر \"دنيا الرياضة\"", "أن إدارة الرائد", "بعد نهاية المعسكر", False, False)],
    # alweeam gold (Reuters): "وسجل المعدن النفيس تراجعا طفيفا ... ويونيو حزيران 1999.وفقا لوكالة رويترز" (blind50's
    # trailing "وفقا لوكالة رويترز": content the sentence before the cue, the conjunction kept as in blind18/blind30/
    # blind31; the speaker inside "لوكالة"). Not claims: "ستعزز التكهنات بأن يرفع ..." (blind12/blind32/blind50),
    # "قبيل صدور بيانات أمريكية قد تحدد" (data to come), the link line
    13: [("وفقا", "ل|وكالة رويترز|", "<وسجل المعدن", "ويونيو حزيران 1999", False, True)],
    # aljazirah Farmer's Day: "ويتوقع مرتادو يوم المزارع من المتسوقين أن يطرأ تحسن ... هذا المحصول الغذائي المهم"
    # (an expectation, named=false) and "وتمنى هؤلاء المسؤولون في النظافة التعاون مع الأمانة ... المخصصة لها" (a wish,
    # blind35/blind41/blind45/blind50/blind51's "وتمنى": content all after the cue; unnamed officials with the
    # demonstrative kept, blind51's "هذه المصادر": named=false). Not claims: "وأتاحت أمانة منطقة الرياض الفرصة"،
    # "وتتولى لجنة الإشراف"، "كما تشارك"، "كما تتولى" (acts)
    14: [("ويتوقع", "مرتادو يوم المزارع من المتسوقين", "أن يطرأ", "هذا المحصول الغذائي المهم", False, False),
         ("وتمنى", "هؤلاء المسؤولون في النظافة", "التعاون مع الأمانة", "في الأماكن المخصصة لها", False, False)],
    # aleqtisadiya Manchester United and Ronaldo: "ذكرت تقارير إخبارية في بريطانيا أن نادي مانشستر يونايتد ... من ريال
    # مدريد الإسباني" (named=false, blind31's "تقارير إخبارية"), "وكان مانشستر يونايتد قد أبدى رغبة في التعاقد مع
    # رونالدو في 2013" (an expressed wish, blind35's "أبدى رغبته" and blind20/blind50's "مبديا"; content the object,
    # ending before "لكن اللاعب ..."), 'وذكرت صحيفة "ذا صن" أن النادي الإنجليزي ... الضوء الأخضر منه', 'وذكرت صحيفة
    # "إكسبريس" أن رونالدو ربما لا يعيش ... على هذا المستوى"' (to the end of the sentence, Benitez's quote inside;
    # partly quoted: direct=false) and 'حينما صرح قائلا "من الصعب ... على هذا المستوى"' (null: the relative "الذي",
    # make_gold; cue the finite verb as blind18's "علق ... قائلاً :"; direct). Not claims: "الذي رفض اعتباره الأفضل
    # في العالم" (a refusal), "والآن عاد الحديث حول إمكانية انتقال" (talk without a source), "أعتقد أن" inside the quote
    15: [("ذكرت", "تقارير إخبارية في بريطانيا", "أن نادي", "من ريال مدريد الإسباني", False, False),
         ("أبدى", "مانشستر يونايتد", "رغبة في التعاقد", "مع رونالدو في 2013", False, True),
         ("وذكرت", "صحيفة \"ذا صن\"", "أن النادي الإنجليزي", "الضوء الأخضر منه", False, True),
         ("وذكرت", "صحيفة \"إكسبريس\"", "أن رونالدو", "على هذا المستوى\"", False, True),
         ("صرح", None, "\"من الصعب", "على هذا المستوى\"", True, True)],
    # almadina Morocco arrests 8: "أعلنت السلطات المغربية اعتقال 8 أشخاص ... «مسؤولين أمنيين»" (object NP; named=true,
    # blind45/blind46's "السلطات الإسرائيلية/الإيطالية"), "وبحسب بيان تمكن المكتب المركزي ... وتاونات (شمال)" (a fronted
    # relay; "بيان" named=true as make_gold's "البيان"; its quote «تفكيك ... never closed: direct=false) and, nested,
    # "الهيئة الجديدة التي وصفتها الصحافة بـ»الاف بي اي المغربي»" (describing, make_gold's "يصفه" and blind51's
    # "ووصف ... بـ": content from بـ, the cue with its object pronoun; the press: named=false, blind45's "الصحافة
    # المحلية"), "وأضافت وزارة الداخلية: إن هذه الخلية ... للمنظمة الجهادية" (introduced by a colon: direct, blind7/
    # blind8/blind16/blind18/blind30's "وأضاف: إن") and "وبحسب المصدر نفسه كانوا يخططون ... «مواقع حساسة»" (the same
    # statement: named=true, as blind30's "المصدر نفسه" for a named source; partly quoted)
    16: [("أعلنت", "السلطات المغربية", "اعتقال 8 أشخاص", "استهداف «مسؤولين أمنيين»", False, True),
         ("وبحسب", "بيان", "تمكن المكتب", "وتاونات (شمال)", False, True),
         ("وصفتها", "الصحافة", "بـ»الاف", "بي اي المغربي»", False, False),
         ("وأضافت", "وزارة الداخلية", "إن هذه الخلية", "في معسكرات للمنظمة الجهادية", True, True),
         ("وبحسب", "المصدر نفسه", "كانوا يخططون", "على «مواقع حساسة»", False, True)],
    # was Al-Jouf municipality media centre: "وأوضح رئيس اللجنة الإعلامية عبدالعزيز المشيطي, أن اللجنة وضعت ... في
    # العملية الانتخابية" and "وأشار المشيطي, إلى أنه سيتم تدشين ... التجهيزات اللازمة". Not claims: "أنشئت أمانة
    # منطقة الجوف مركزًا" (an act), the dateline, "// انتهى //" and the time line
    17: [("وأوضح", "رئيس اللجنة الإعلامية عبدالعزيز المشيطي", "أن اللجنة", "في العملية الانتخابية", False, True),
         ("وأشار", "المشيطي", "إلى أنه سيتم", "بعد اكتمال التجهيزات اللازمة", False, True)],
    # alwatan health and education agreement: "وأوضح الضويلع أن مذكرتي التفاهم ... التنمية الشاملة في المنطقة" and
    # "مشيرا إلى أن هذا التعاون ... في شهر شعبان الماضي" (null). Not claims: "ويتضمن الاتفاق ... البدء" (an agreement's
    # provisions, make_gold's "وينص القانون"), "أسهمت جامعة ..." (an act)
    18: [("وأوضح", "الضويلع", "أن مذكرتي", "الشاملة في المنطقة", False, True),
         ("مشيرا", None, "إلى أن هذا التعاون", "في شهر شعبان الماضي", False, True)],
    # aawsat Jenson Button robbed: "وذكرت صحيفة «ذا صن» البريطانية أن قيمة المسروقات ... الخاص بجيسيكا" and "وأوضحت
    # الصحيفة أن اللصوص ... ثم قاموا بعملية السرقة". Not claims: "ويعتقد أن لصين اثنين ارتكبا الجريمة" (a passive)
    19: [("وذكرت", "صحيفة «ذا صن» البريطانية", "أن قيمة", "الزواج الخاص بجيسيكا", False, True),
         ("وأوضحت", "الصحيفة", "أن اللصوص", "ثم قاموا بعملية السرقة", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind52.jsonl")
