"""Build claims-blind25.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261256) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind24.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind25.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind24/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks and spellings as written (the shadda of "وعبّر" (almadina), its absence in
"عبر" (aljazirah) and "وأوضح"; the tanwin of "مؤكدًا"، "لافتاً"، "عملياً"، "سنويًا"، "بلاغًا" as written; the
spellings without hamza "ان"، "الى"، "احدهم"، "امس"، "استرالية"; the fatha of "ونفَذ"; "خيث" (for حيث) inside a
content; the reversed guillemets « ... « of the aljazirah quotes, the right quotation marks ” ... ” of the
3alyoum quote, the straight quotes of aleqtisadiya, sabq and was; the percent sign of "40%").
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
    # okaz police involved in the Diyala bombing: "كشفت التحقيقات التي تجريها السلطات القضائية العراقية ... تورط
    # رجال شرطة في هذه العملية" (كشف + NP; speaker the noun without its relative, identified by the authorities
    # that conduct it in its clause: named=true, blind12/blind14/blind21/blind23's rule; content the object NP),
    # "وقالت السلطات القضائية في بيان رسمي لها امس ان رجل شرطة انهار ... لغايات التحقيق" (the circumstantial "في
    # بيان رسمي لها امس" left out) with, nested, "واعترف بتورطه في تسهيل دخول الشاحنة المفخخة" (a confession = an
    # admission, blind10's "اعترف بانه"، blind12's "معترفاً"، blind24's "اقر"; unlike blind18's "اعترفت بالانقلاب",
    # a recognition; coordinated with "انهار", its subject elided: null, blind16's "وأوضح" after "ألقى"), "وقالت
    # محكمة استئناف ديالي في بيانها الذي صدر عن القاضي جاسم عبود إن التحقيقات ستكشف ... عمليات التفجيرات" (the
    # circumstantial with its relative left out; ending before the participle), "لافتا الى انه جرى توقيف ...
    # مدير الشرطة" and "مشيرا الى ان احدهم اعترف ... المفخخة" (participles after a claim: null) with, nested,
    # "احدهم اعترف باشتراكه ... بإدخال السيارة المفخخة" (a confession; "احدهم" one of the unnamed policemen:
    # named=false, claims-gold's "منهم من"). Not claims: "ستكشف أدوار ..." (the investigations' future, inside,
    # no content of its own), "انهار" (an event)
    0: [("كشفت", "التحقيقات", "تورط رجال", "في هذه العملية", False, True),
        ("وقالت", "السلطات القضائية", "ان رجل", "لغايات التحقيق", False, True),
        ("واعترف", None, "بتورطه", "الشاحنة المفخخة", False, True),
        ("وقالت", "محكمة استئناف ديالي", "إن التحقيقات", "عمليات التفجيرات", False, True),
        ("لافتا", None, "الى انه جرى", "الى مدير الشرطة", False, True),
        ("مشيرا", None, "الى ان احدهم", "بإدخال السيارة المفخخة", False, True),
        ("اعترف", "احدهم", "باشتراكه", "بإدخال السيارة المفخخة", False, False)],
    # aawsat an armadillo's ricochet: "وقرر الرجل إطلاق النار على الحيوان ... بمدينة ماريتا، شرق تكساس، بحسب ما أعلن
    # مسؤول بالشرطة" -- content before its cue from the sentence's first word (blind2/blind7/blind22's "حسبما
    # أعلن"، "بحسب ما أكد"), limited to the clause the phrase follows: the coordinated "وأطلق ثلاث طلقات ... بالسلك"
    # after the phrase is the writer's narrative (blind23's two source phrases: a content ends at its phrase;
    # blind7's "بحسب ما أكد"، blind19's limitation); cue phrase "بحسب ما أعلن" (claims-gold's "بحسب ما ذكر");
    # an unnamed police official: named=false. Not claims: "وليس معروفًا بعد" (the writer), "وتعد هذه الحادثة ..."
    1: [("بحسب ما أعلن", "مسؤول بالشرطة", "<وقرر الرجل", "شرق تكساس", False, False)],
    # was typhoon Soudelor in China: "ونقلت وكالة أنباء الصين الجديدة "شينخوا" الرسمية ، عن مسؤولين في مكافحة
    # الفيضانات بالإقليم ، أن الضحايا ... الانهيارات الأرضية" (نقل عن X: cue the verb, speaker X, make_gold/
    # claims-gold, blind13/blind21; unnamed officials: named=false, blind2's "مسؤولون") and "وقالت "شينخوا": إن
    # الإعصار تسبب ... 188 ألف شخص" (colon + complementizer: direct, blind24; the one-word quoted name spanned
    # without its quotes, blind4's "باكيز"، blind6's "الفرنسية"، blind19's "مارك"). Not claims: the dateline,
    # "قتل 14 شخصاً ..." (the writer), "// انتهى //" and the time line
    2: [("ونقلت", "مسؤولين في مكافحة الفيضانات بالإقليم", "أن الضحايا", "أو الانهيارات الأرضية", False, False),
        ("وقالت", "وقالت \"|شينخوا|\":", "إن الإعصار", "أكثر من 188 ألف شخص", True, True)],
    # sabq an Egyptian wife asks for khul': "وحسب صحيفة "اليوم السابع"، حددت المحكمة ... ضد زوجها "منير إ."" (a
    # source phrase opening its sentence: content after it to the end, blind9/blind12; the quotes kept inside the
    # longer noun phrase, blind14/blind24; the final "." inside the quotes kept), "وتنقل الصحيفة عن الزوجة قولها:
    # بعد الزواج ... ومواعيد الاستيقاظ" (نقل عن X قولها: speaker X; the wife named the sentence before: named=true,
    # blind10/blind24's "العامل"، "الشاب"; colon: direct), "وتابعت: حاولنا ... أشعر بحبه لي" (null, colon: direct)
    # with, nested, "رفض وقال لي بأن كل الأزواج غير سعداء، وأننا تزوجنا ونفَذ قضاء الله" (the husband's words, his
    # subject elided: null; the addressee "لي" left out) and "فيما رد الزوج في جلسات تسوية المنازعات: قبل ارتباطي
    # ... نطلق"" (a reply = a statement, blind9's "وأجابت"، blind5's "ويجيب:"; cue without فيما; the occasion left
    # out; colon: direct; the husband named before: named=true). Not claims: "أقامت ... دعوى خلع" (an act), "طلبتُ
    # الطلاق" (a request), "رفض"، "رفضت" (refusals), inside the husband's words "تقولي هسيب البيت" (a habitual
    # threat, blind8/blind17's "هدد"، "متوعداً"), "تشتكي لأهلها" (a complaint without content), "واكتشفت أن" (a
    # finding), "مرة تقول نتزوج وبعدها تقول نطلق" (generic)
    3: [("وحسب", "صحيفة \"اليوم السابع\"", "حددت المحكمة", "\"منير إ.\"", False, True),
        ("وتنقل", "الزوجة", "بعد الزواج", "ومواعيد الاستيقاظ", True, True),
        ("وتابعت", None, "حاولنا", "أشعر بحبه لي", True, True),
        ("وقال", None, "بأن كل الأزواج", "ونفَذ قضاء الله", False, True),
        ("فيما |رد| الزوج", "رد |الزوج| في", "قبل ارتباطي", "تقول نطلق\"", True, True)],
    # alriyadh STC first among Arab telecoms: "وكشفت مجلة "الاقتصاد والأعمال" المتخصصة في الشأن الاقتصادي في
    # تقرير لها عن شركات ...، أن ربحية ... 142.9 مليار دولار" (the participial descriptor "المتخصصة في الشأن
    # الاقتصادي" left out of the speaker, blind14's "ذائع الصيت"; the quotes kept inside the phrase; "في تقرير لها
    # عن ..." left out), "وخلص التقرير إلى تقدم "STC" على جميع الشركات ربحية وبفارق واضح" (a conclusion,
    # blind14's "وخلصت إلى"; the magazine's report: named=true), "عملياً تشكل أرباح مجموعة "STC" ثلث أرباح
    # الشركات العربية وفقاً لترتيب المجلة في عددها ..." (a source phrase after the clause it sources: content
    # before the cue, limited to that asyndetic clause, blind23's "وفقا لبيانات بورصة كوريا"; cue "وفقاً" alone,
    # speaker without the glued preposition and without "في عددها ... والذي شمل ...", blind14/blind22; the
    # magazine's ranking, an issued document: named=true, blind22's "تقرير فريق الإحصاء"), so "وخلص" ends before
    # that clause (a new clause with a new subject and its own source), and "وعلى صعيد الربحية أظهر الترتيب أن
    # "الاتصالات السعودية" حلّت ... بنسبة 10.6%" (أظهر with an issuing source, blind21/blind23; not issuer-less
    # "بيانات"). Not claims: the first paragraph (the writer), "وهو ما يساوي عملياً" (the writer)
    4: [("وكشفت", "مجلة \"الاقتصاد والأعمال\"", "أن ربحية", "142.9 مليار دولار", False, True),
        ("وخلص", "التقرير", "إلى تقدم", "وبفارق واضح", False, True),
        ("وفقاً", "ترتيب المجلة", "<عملياً تشكل", "ثلث أرباح الشركات العربية", False, True),
        ("أظهر", "الترتيب", "أن \"الاتصالات السعودية\"", "بنسبة 10.6%", False, True)],
    # alyaum the Saudi stock market closes up 21 points: no claim (a market report in the writer's voice)
    5: [],
    # aleqtisadiya Wenger: "لذا يأمل فينجر في أن يمنح هذا قوة دافعة للفريق مع انطلاقة الموسم الجديد" (an expressed
    # hope about a fact, blind2's "ويأمل سايتو أن"، blind15's "وتأمل"، blind14's "متمنين"; content from في; cue
    # without لذا), "وقال فينجر خلال مؤتمر صحافي ...: "نحن ... الثقة"" and "وأضاف فينجر: "الدوري ... وست هام""
    # (colon and quotes: direct; the occasion left out), "وأكد فينجر عدم مشاركة ... ملعب كريستال بالاس" (أكد + NP,
    # blind23/blind24; to the end of its sentence with its "لكنه قد يكون جاهزا ..."). Not claims: "يسعى ... إلى
    # تحقيق بداية جيدة" (striving, an aim), "وتضمنت الاستعدادات" (the writer)
    6: [("يأمل", "فينجر", "في أن يمنح", "مع انطلاقة الموسم الجديد", False, True),
        ("وقال", "فينجر", "\"نحن", "المزيد من الثقة\"", True, True),
        ("وأضاف", "فينجر", "\"الدوري", "أمام وست هام\"", True, True),
        ("وأكد", "فينجر", "عدم مشاركة", "ملعب كريستال بالاس", False, True)],
    # aljazirah the Saudi Electronic University's director on the Abha mosque bombing: "عبر مدير الجامعة ... الدكتور
    # عبد الله بن عبد العزيز الموسى، عن إدانته واستنكاره للعمل الإرهابي ... وإصابة تسعة آخرين" (a verb of
    # expression + stance noun is a claim whatever the noun, blind3/blind4/blind20's "أعلن ... عن إدانته"، "عبرت
    # عنه ... من إدانة واستنكار"; to the end of its sentence with its relatives, blind21/blind23), "وقال الدكتور
    # الموسى « إن هذه الجريمة ... عز وجل «" and "وأضاف « إن بيوت الله ... وسجودهم «" (the complementizer inside the
    # marks, content from the opening mark: direct, blind13/blind19/blind21/blind24; the marks as written, the
    # closing one reversed), "مؤكدًا أن مثل هذه الأعمال ... – بإذن الله - ... زعزعة أمننا" (null; the formula
    # kept, blind5/blind23/blind24). Not claims: "ورفع ... أحر التعازي" (a bare act, blind20's "رفع ... التعازي"),
    # "سائلاً الله أن" (a prayer), inside the quote "من المحرمات التي حذرنا المولى عز وجل من الاستهانة بها" (a
    # divine prohibition alluded to, its only content the resumptive of its head; decided here), the caption
    # "د. الموسى"
    7: [("عبر", "مدير الجامعة السعودية الإلكترونية الدكتور عبد الله بن عبد العزيز الموسى", "عن إدانته",
         "وإصابة تسعة آخرين", False, True),
        ("وقال", "الدكتور الموسى", "« إن هذه", "عز وجل «", True, True),
        ("وأضاف", None, "« إن بيوت", "وسجودهم «", True, True),
        ("مؤكدًا", None, "أن مثل هذه", "زعزعة أمننا", False, True)],
    # alweeam a shepherd buys his sponsor's sheep: "وروى المواطن حمدان ساير الشمري لـ”الوئام” أنه فوجئ ... تحت
    # كفالته" (روى = narrated, a verb of saying; decided here, no earlier "روى"; the addressee left out; to the end
    # of its sentence, the nested participle inside, as blind20's spokesman's content runs over "وأدلى شقيقه") with,
    # nested, "مبررا طلبه ذلك بمعرفته الأغنام جيدا ... تحت كفالته" (a justification = attributing a cause, the first
    # set's "أرجع ... إلى"، blind14's "وعزا ذلك إلى" -- content the object with its complement; decided here for
    # برر, unlike blind7/blind23's generic or impersonal "يبرر"، "وتبرر"; the shepherd stands only in the PP "بطلب من
    # راعي أغنامه": null, blind18/blind24), "وأكد الشمري أنه لم يصدق ... ليتأكد من صدقه" (one unpunctuated
    # account, blind8/blind18/blind19), "وتابع الشمري أن الراعي ... استحسان الجميع", "ولفت الشمري إلى أن الراعي
    # ... تربية ورعي الأغنام" with, nested, "الراعي ... أفصح عن السر وراء إقدامه ... وهي تربية ورعي الأغنام"
    # (أفصح عن = كشف عن, blind18; the story's shepherd, identified though unnamed: named=true, blind10's "العامل";
    # the time clause "بعد أن أتم البيعة" left out, it stands before the cue), and "وأضاف الشمري أنه بعد ... والذهاب
    # لوطنه". Not claims: "بطلب ... شراء أغنامه"، "يطلب منه البرهان"، "فطلب الراعي"، "وطلب من شقيقه" (requests),
    # "واشترط وجود شهود" (a stipulation), "أطلع الحاضرين على نسخة" (showing, an act), "عزم على شراء" (an
    # intention), "حسب الاتفاق المسبق" ("according to" a non-source), the link line
    8: [("وروى", "المواطن حمدان ساير الشمري", "أنه فوجئ", "عامين كاملين تحت كفالته", False, True),
        ("مبررا", None, "طلبه ذلك", "عامين كاملين تحت كفالته", False, True),
        ("وأكد", "الشمري", "أنه لم يصدق", "ليتأكد من صدقه", False, True),
        ("وتابع", "الشمري", "أن الراعي فاجأ", "نالت استحسان الجميع", False, True),
        ("ولفت", "الشمري", "إلى أن الراعي", "وهي تربية ورعي الأغنام", False, True),
        ("أفصح", "الراعي", "عن السر", "وهي تربية ورعي الأغنام", False, True),
        ("وأضاف", "الشمري", "أنه بعد أن قبض", "البيع والذهاب لوطنه", False, True)],
    # almadina the Arab Parliament on the Asir mosque bombing: "وعبّر رئيس البرلمان أحمد بن محمد الجروان في بيان
    # اليوم عن استنكاره الشديد ... الجبانة" (verb of expression + stance noun, as item 7; "في بيان اليوم" left out),
    # "مؤكدًا أن هذه الأفعال تعبّر ... الضال والمنحرف" (null; its "تعبّر عن" has a non-source subject and "ثبت أن"
    # is impersonal, inside), "وأعرب رئيس البرلمان العربي عن خالص تعازيه ... وشعب المملكة" (condolences expressed,
    # blind3/blind21's "وأعرب ... عن تعازيه"، "عن أحر التعازي"; the formula "- حفظه الله -" kept). Not claims:
    # "أدان البرلمان العربي التفجير" (a bare condemnation, an event, blind4's "استنكر"), "سائلاً الله أن" (a prayer)
    9: [("وعبّر", "رئيس البرلمان أحمد بن محمد الجروان", "عن استنكاره", "الإرهابية الجبانة", False, True),
        ("مؤكدًا", None, "أن هذه الأفعال", "فكرها الضال والمنحرف", False, True),
        ("وأعرب", "رئيس البرلمان العربي", "عن خالص تعازيه", "وشعب المملكة", False, True)],
    # 3alyoum a video of 4 million Captagon pills: "حيث أشار المتداولون عنها أنها شحنة قادمة من لبنان إلى مطار
    # السعودية" (unidentified circulators: named=false, blind18's "كثيرون"; "عنها" left out), "في حين صرح المتحدث
    # الرسمي للجمارك السعودية لـ”عين اليوم” عن حقيقة هذا الفيديو بقوله : ” الفيديو ... الجمارك السعودية ”" (ONE
    # claim with the cue "صرح": its only content is the quote introduced by بقوله, "عن حقيقة هذا الفيديو" its topic,
    # blind18's "علق ... على قرعة البطولة قائلاً"، blind2's "وأوضح ... قائلاً"; the addressee left out; the
    # official spokesman by title: named=true, blind2/blind20; colon and quotes: direct) and "ظهر تصريح من جمرك
    # المطار بالكويت عن ضبط 4 ملايين حبة كبتاجون مخدرة" (a reporting noun with its source in "من": speaker the
    # issuer, blind9's "بلاغا من إدارة الدفاع المدني بالمحافظة عن حادث"; content from عن, blind24's "تقارير عن
    # غرق"), ending before "وفي التفاصيل ان ..." (the writer's account of the details, a new clause). Not claims:
    # "تداول نشطاء ... فيديو ظهر فيه عمالة ... تضبط" (circulating footage, blind5/blind8/blind9/blind18's footage),
    # "اشتبهوا"، "عثر"، "تم اتخاذ اللازم" (acts, passive), the byline and the tag line "سمات ..."
    10: [("أشار", "المتداولون", "أنها شحنة", "إلى مطار السعودية", False, False),
         ("صرح", "المتحدث الرسمي للجمارك السعودية", "” الفيديو", "من قبل الجمارك السعودية ”", True, True),
         ("تصريح", "جمرك المطار بالكويت", "عن ضبط", "حبة كبتاجون مخدرة", False, True)],
    # alwatan Asir Civil Defence warns of rain and floods: "حذرت مديرية الدفاع المدني بمنطقة عسير من المخاطر المصاحبة
    # للأمطار والسيول, التي تشهدها غالبية محافظات المنطقة" (a warning is a claim, blind9/blind12/blind18/blind19/
    # blind22; blind19's "حذرت مديرية الدفاع المدني بالمنطقة ... من التقلبات الجوية التي تشهدها المنطقة" kept the
    # relative), ending before "بعد توفر معلومات باستمرار التقلبات ... على ضوء ما يرد من الرئاسة العامة للأرصاد" (the
    # occasion of the warning, a time clause left out like blind7/blind11/blind15/blind24's time adverbs; itself no
    # claim: "توفر معلومات" has no reporting verb, "ما يرد من" is what arrives, not a saying; decided here), "وشدد
    # على أهمية الالتزام ... جذب الشحنات الكهربائية" (شدد على أهمية, claims-gold's "شدد ... على أهمية", blind9/
    # blind19/blind23; coordinated after "ودعا", its subject elided: null, blind16's "وأوضح" after "ألقى ... رحب")
    # and "وشدد العقيد العاصمي على أهمية فرض الرقابة ... حال وقوع الأمطار". Not claims: "ودعا ... إلى أخذ الحيطة
    # والحذر ..." (an appeal) with its "ولا تزال الفرصة خلالها مهيأة ..." (inside the appeal's relative)
    11: [("حذرت", "مديرية الدفاع المدني بمنطقة عسير", "من المخاطر", "غالبية محافظات المنطقة", False, True),
         ("وشدد", None, "على أهمية الالتزام", "جذب الشحنات الكهربائية", False, True),
         ("وشدد", "العقيد العاصمي", "على أهمية فرض", "حال وقوع الأمطار", False, True)],
    # okaz the wanted man al-Faraj shot in al-Qudaih (the story of blind20's alweeam 349442, another outlet's text,
    # annotated as blind20 did): "وأوضح الناطق الإعلامي لشرطة المنطقة الشرقية أن شرطة محافظة القطيف باشرت ... من
    # المطلوبين في قضايا جنائية" (the official spokesman by title: named=true, blind20; to the end of its sentence,
    # the relative "الذين اتضح ..." kept as blind20 kept it), nesting "بلاغًا عن تعرض أحد المواطنين ... بواسطة
    # شقيقه" (a report received, the caller never named: null, ending before the finding "حيث اتضح", blind9/blind20)
    # and "وأدلى شقيقه بمعلومات عن هوية الجناة" (testimony, blind20's decision; the brother identified: named=true;
    # the relative "الذين اتضح أنهما ..." left out). Not claims: "لقي مطلوب أمنيا مصرعه ..." (the writer), "اتضح"
    # (findings without a source), "وباشرت الجهات المختصة ... إجراءات" (an act)
    12: [("وأوضح", "الناطق الإعلامي لشرطة المنطقة الشرقية", "أن شرطة", "من المطلوبين في قضايا جنائية", False, True),
         ("بلاغًا", None, "عن تعرض", "بواسطة شقيقه", False, True),
         ("وأدلى", "شقيقه", "بمعلومات", "عن هوية الجناة", False, True)],
    # aawsat a Saudi photographer's gold medal: "وأوضحت المصورة نجلاء أن مسابقة (PX3) الفرنسية ... سنويًا". Not
    # claims: "حصلت ..."، "واستطاعت أن تحقق هدفها ..."، "والهدف منها هو ..." (the writer)
    13: [("وأوضحت", "المصورة نجلاء", "أن مسابقة", "من حول العالم سنويًا", False, True)],
    # sabq Modon's logistics centre in Sudair: "وأوضح "الرشيد" أن مدينة سدير ... الذي يمر داخل المدينة" (the
    # one-word quoted name without its quotes, blind4/blind19) and "لافتاً إلى أن المدينة تشهد ... وأنماط الإنتاج"
    # (null). Not claims: "وقّعت"، "ووقّع" (acts), "ويتوقع أن يتم إن شاء الله توقيع عقد المرحلة الثانية" (an
    # impersonal "it is expected", no source: blind8/blind9/blind10's "يتوقع أن" without a subject, like "من
    # المتوقع"), "يذكر أن" (editorial)
    14: [("وأوضح", "وأوضح \"|الرشيد|\"", "أن مدينة", "الذي يمر داخل المدينة", False, True),
         ("لافتاً", None, "إلى أن المدينة", "وأنماط الإنتاج", False, True)],
    # alyaum al-Khaleej's squad returns from Spain: no claim. "تأكد خلو جميع اللاعبين من الاصابات" (a finding without
    # a source, blind23's "تبين"), "من المقرر" (impersonal), "سيمنح" (a plan)
    15: [],
    # aleqtisadiya the Hejaz Railway museum in Medina: no claim. "يُعد متحف ..." (the passive "is considered", the
    # writer), "ويشتمل"، "ويضم"، "وتحتوي"، "تتضمن" (the museum's contents)
    16: [],
    # aljazirah the family-day wing of the Hail prison: "وفي نهاية الجولة أدلى الأمير عبدالعزيز بن سعد بتصريح قال
    # فيه: إن ما شاهدناه ... داخل دور التوقيف" -- ONE claim, the cue "قال" in the clause on the noun "تصريح", its
    # subject elided: null (blind5's "بيانا ذكرت فيه"، blind19's "تغريدات ... قال فيها:"، blind20's "بياناً أوضحت
    # فيه"، blind22's "كلمة ... أوضح فيها"); "أدلى ... بتصريح" is not counted apart (the noun has no content of its
    # own, unlike blind20's "أدلى شقيقه بمعلومات عن هوية الجناة"; blind22's "لما أعلنه سموه"); colon +
    # complementizer: direct, blind24), and "التي وصفها بأنها تضاهي مستوى الفنادق" (a description, claims-gold's
    # "يصفه ... بأنه"، blind18's "وصفه"; the pronoun subject of a relative: null; cue with its object clitic). Not
    # claims: "افتتح"، "دشّن"، "قام ... بجولة" (acts), "ونوّه سموه بمستوى التأثيث" and "كما أشاد سموه باهتمام"
    # (praise, blind2/blind4's "نوه ... بجهود"، "منوها بحرص"), "واستعرض سموه ما تحقق" (a review, a topic, blind5/
    # blind22's "استعرض")
    17: [("بتصريح |قال| فيه", None, "إن ما شاهدناه", "داخل دور التوقيف", True, True),
         ("وصفها", None, "بأنها تضاهي", "مستوى الفنادق", False, True)],
    # alweeam children and tablets: "كشفت دراسة استرالية أن الأطفال ... في المستقبل" (an unidentified study:
    # named=false, blind9/blind12/blind22's "دراسة علمية حديثة"), "وأوضحت الدراسة أن 60% ... عطلة نهاية الأسبوع" and
    # "وأشارت الدراسة إلى أن هذا السلوك ... حتى خارج المنزل" (its anaphoric noun: named=false, blind9's "الدراسة")
    # with, nested, "40% من الآباء المستطلع آراؤهم اعترفوا أنهم يعمدون ... حتى خارج المنزل" (an admission, as item 0;
    # the restrictive "المستطلع آراؤهم" kept in the speaker, it says which parents; unnamed: named=false). Not
    # claims: "وشملت الدراسة" (the study's scope), "واتضح أن ربع ..." (a finding without a source, blind23's "تبين"),
    # the link line
    18: [("كشفت", "دراسة استرالية", "أن الأطفال", "في الرقبة والظهر في المستقبل", False, False),
         ("وأوضحت", "الدراسة", "أن 60%", "خلال عطلة نهاية الأسبوع", False, False),
         ("وأشارت", "الدراسة", "إلى أن هذا السلوك", "حتى خارج المنزل", False, False),
         ("اعترفوا", "40% من الآباء المستطلع آراؤهم", "أنهم يعمدون", "حتى خارج المنزل", False, False)],
    # 3alyoum al-Nassr crowned league champions: no claim. "أطلق حكم اللقاء صافرته معلناً نهاية الشوط الأول" and
    # "ويطلق بعدها صافرته معلناً نهاية اللقاء وتتويج ..." (a signal given, blind16's "اعلن ... حكم المباراة صافرة
    # النهاية", blind19), the byline with "Next Previous"
    19: [],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind25.jsonl")
