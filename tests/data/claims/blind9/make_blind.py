"""Build claims-blind9.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261224) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind8.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind9.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind8/make_blind.py, unchanged; the shared gold_builder.py):
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
The sabq Jazan article writes the lam-alif of its quoted threat with the presentation form U+FEF7 (written
below as a \\ufef7 escape).
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
    # sabq Galaxy Tab S2: "كشفت شركة "سامسونج"، بعد الكثير من التسريبات عن جهازها الجديد ...، عن أنه سيكون ..." (read
    # "after many leaks about its new device, revealed that ..."; content from the second عن; quotes inside the
    # speaker phrase kept, as blind2's 'صحيفة "فيلت أم زونتاج"'); "وحسبما أورد موقع "إنجادجيت" التقني المختص؛ فإن
    # ..." (cue spanned to the word before the speaker, as blind2's "حسبما أعلن"; content from فإن, as the first
    # set's "وبحسب ... فإنه", to the end of its sentence, "كما أنه سيكون مربعاً" included); "وأضاف أن" (null);
    # "وأشار الموقع التقني إلى أن ..."; "مؤكدة أن ثمنه ..." (null: the preceding "ولم توضح أي معلومات عن كاميرته"
    # has no content clause and no overt subject -- not a claim, as blind7's "ولم تعط الشرطة تفاصيل")
    0: [("كشفت", "شركة \"سامسونج\"", "عن أنه سيكون", "عن أي إصدار سابق", False, True),
        ("وحسبما أورد", "موقع \"إنجادجيت\" التقني المختص", "فإن التاب", "الإصدارات السابقة", False, True),
        ("وأضاف", None, "أن \"جلاكسي", "الأجهزة اللوحية", False, True),
        ("وأشار", "الموقع التقني", "إلى أن سامسونج", "عن الإصدار السابق", False, True),
        ("مؤكدة", None, "أن ثمنه", "500 دولار", False, True)],
    # okaz Crown Prince in Cairo: "وأكد الرئيس المصري أهمية زيارة ..." (content the object NP, as blind5's "أكدت ...
    # ضرورة"); "مشيرا إلى أنها ..." (null, after a claim). Not claims: "ورحب ... في كلمته ... بضيف مصر ... الذي تأتي
    # مشاركته امتدادا ..." (a welcome, an act like thanks and congratulations; "كلمته" a noun without own content),
    # "مجددا الشكر والترحيب" (thanks act, blind4's "مقدماً شكره")
    1: [("وأكد", "الرئيس المصري", "أهمية زيارة", "ولي ولي العهد لمصر", False, True),
        ("مشيرا", None, "إلى أنها رسالة", "دائما مع بعض", False, True)],
    # arriyadiyah Nasr/Hilal preparation: "مع ترجيحات أن تكون مباراة السوبر ..." (reporting noun with no source:
    # impersonal, as the first set's "من المرجح"), "الكثير من الأنتقادات" (criticism, no content), "كثيرون كانوا
    # غير راضين"، "هناك من كان يرغب" (states, wishes): no claim
    2: [],
    # alriyadh Khalifa bin Salman: "أكد ... أن ..."; "وقال سموه ... "..."" (direct: the statement entirely quoted;
    # "سموه" an honorific noun, named=true, as blind6); "كما أكد سموه أنه ..." ("كما" = also: cue "أكد", as blind7's
    # "كما توقعت"); "وحذر سموه من أن الانشغال في الأمور السياسية الدولية وقال "يجب ألا تشغلنا ..."" -- the warning's
    # clause breaks off and the quote completes it: two claims, وحذر (content "من أن ... الدولية") and the
    # coordinated "وقال" (elided subject: null, blind7/blind8; direct); "مؤكداً" (null); "وشدد على ضرورة ..." (a
    # claim, blind5/blind6's "شدد + normative content"; null); "وأكد" (null), "لافتاً" (null); "أعرب أعضاء مجلسي
    # النواب والشورى عن شكرهم وتقديرهم ..." (verb of expression + stance noun, blind3; the members of two named
    # chambers met by the prince: named=true, as claims-gold's "المشاركون في اللقاء"), "مؤكدين" (null). Not
    # claims: "داعياً سموه إلى اتخاذ العبرة"، "داعياً إلى زيادة" (appeals), "بحسب التطورات الحياتية" (not a source)
    3: [("أكد", "صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء بمملكة البحرين", "أن العمل الجماعي",
         "مع التحديات", False, True),
        ("وقال", "سموه", "\"لن يرتاح", "النسيج الاجتماعي\"", True, True),
        ("أكد", "سموه", "أنه بقراءة", "لمواطني دول المنطقة", False, True),
        ("وحذر", "سموه", "من أن الانشغال", "السياسية الدولية", False, True),
        ("وقال", None, "\"يجب ألا", "واحتياجات الشعوب\"", True, True),
        ("مؤكداً", None, "أن هناك من", "المشكلات الداخلية", False, True),
        ("وشدد", None, "على ضرورة التعاون", "للشعب البحريني من مكتسبات", False, True),
        ("وأكد", None, "أن تعاون الحكومة", "الحياتية والمعيشية", False, True),
        ("لافتاً", None, "إلى أن اللقاءات", "احتياجات المواطنين", False, True),
        ("أعرب", "أعضاء مجلسي النواب والشورى", "عن شكرهم", "التشريعية والتنفيذية", False, True),
        ("مؤكدين", None, "أن ذلك أسهم", "في مملكة البحرين", False, True)],
    # aleqtisadiya 3D-printed skull: "وقام أطباء جراحون ... في تضخم الرأس، وفق ما نقلت وسائل إعلام صينية" -- content
    # before its cue, the whole sentence with its first word "وقام" (blind2's rule); cue spanned to the word before
    # the speaker; "وسائل إعلام صينية" named=false (blind5's "وسائل إعلام رسمية"). Not claims: "القناة الرسمية
    # الصينية نقلت أجواء إجراء عملية ..." (footage relayed, no statement: blind5's "نقلتها عدة وسائل إعلام", blind8's
    # "المشاهد نقلا عن قناة الإخبارية"), "ويتوقع أن تحدث" (impersonal), "تدعى" (naming)
    4: [("وفق ما نقلت", "وسائل إعلام صينية", "<وقام أطباء جراحون", "في تضخم الرأس", False, False)],
    # 3alyoum FAO food prices: "قالت منظمة ... (الفاو) ... إن ..." (the parenthesis kept in the speaker, as blind6's
    # "(البنتاغون)"; content its own sentence only -- the following figures carry no reporting verb, blind2's 3alyoum
    # strikes default); "وقال عبد الرضا عباسيان كبير الخبراء الاقتصاديين في الفاو إن ...". Not claims: "ويعكس مؤشر
    # الفاو" (non-source), "ويرجع ذلك" (impersonal "this is due to", twice), "لم يطرأ تغير يذكر"
    5: [("قالت", "منظمة الأمم المتحدة للأغذية والزراعة (الفاو)", "إن أسعار الغذاء", "أسعار السكر والحبوب", False, True),
        ("وقال", "عبد الرضا عباسيان كبير الخبراء الاقتصاديين في الفاو", "إن قراءة يوليو", "وضعف الطلب", False, True)],
    # almadina Bahraini swimmer: "والمُلفت أنَّ الزين طارق تمتَّعت برباطة الجأش وأجابت ... على أسئلة الصحافيين ...، قائلة:
    # «...»" -- one claim with the verb of answering as cue (blind5's "ويجيب: «...»" is a claim; a quote-introducing
    # "قائلا" after a verb of saying makes one claim with the first cue, blind2's "وأوضح ... قائلاً", blind5's "وأضاف
    # ... معقبا"); وأجابت is coordinated with تمتَّعت, its subject elided: null (blind7/blind8); "مضيفة في ردها ...
    # قائلة: «...»" likewise one claim with the cue مضيفة (null; the noun "ردها" not counted again). Both direct.
    # "والمُلفت أنَّ" is the writer's remark
    6: [("وأجابت", None, "«أنا سعيدة", "بسعادة كبيرة»", True, True),
        ("مضيفة", None, "«إنه أمر", "جميل»", True, True)],
    # alyaum Kerry tour: "اثر اعلان الولايات المتحدة انها سلمت مصر ثماني مقاتلات اف 16 هي الأولى بعدما ..." (a
    # reporting noun with its source and content clause, as blind4's "تصريح إدارتهم بأنها"; the appended "هي الأولى
    # بعدما رفعت واشنطن ..." is the writer's gloss on the jets, left out as blind6/blind7's "وهو ..." glosses);
    # "وبالاضافة ... في مصر، بحسب ما اكد دبلوماسي اميركي لمجموعة صغيرة من الصحافيين" and "وعلى هامش اللقاء ...
    # الملف السوري، بحسب وزارة الخارجية الاميركية" -- content before its cue, whole sentences with their first
    # words (blind2); "دبلوماسي اميركي" named=false (as "مسؤول كبير في بنك بيريوس"), the addressees left out.
    # Not claims: ""مخاوف" واشنطن"، "لتهدئة مخاوفهم" (nouns of concern without a reporting verb; topics)
    7: [("اعلان", "الولايات المتحدة", "انها سلمت", "مقاتلات اف 16", False, True),
        ("بحسب ما اكد", "دبلوماسي اميركي", "<وبالاضافة الى", "في مصر", False, False),
        ("بحسب", "وزارة الخارجية الاميركية", "<وعلى هامش", "الملف السوري", False, True)],
    # arreyadi new song "خطوة أشواقي": "وتقول كلمات القصيدة: ..." -- the quoted lyric, as blind3's "ويقول مقطع من
    # الاغنية "..."" (speaker the identified poem's words, named=true; direct: colon), content the whole poem to the
    # last verse. "طرح الشاعر ... قصيدته"، "حملت عنوان" are acts / naming
    8: [("وتقول", "كلمات القصيدة", "يجي بعضك", "ترى ركضي كسر ساقي", True, True)],
    # alweeam Bani Dhubyan crash: "تلقي مستشفى أضم ... بلاغا من إدارة الدفاع المدني بالمحافظة عن حادث ..." (a report
    # received, blind5's "تلقى ... بلاغاً مفاده", cue the noun; here its source is named, as blind3's "تبلغ ... من أحد
    # الأشخاص"; content to "بني ذبيان", the hospital's own actions "حيث تم طلب دعم ..." left out, as blind7's "بلاغ
    # ... عن حريق ..."); "صرح بذلك مدير المستشفى ..." (content "بذلك", blind5's "^" rule); "موضحا أن ..." (null,
    # to the end of the sentence: the deaths are part of his account); "وأكد مدير المستشفى أن ..." to "12 ظهرا".
    # Not claims: "مقدما الشكر" (thanks act), "متمنيا الشفاء العاجل للمصابين وأن يرحم الله المتوفين" (a get-well
    # wish and a prayer: ritual formulas like "سائلين الله" and "مهنئاً"), "كما هو متعارف عليه" (impersonal)
    9: [("بلاغا", "إدارة الدفاع المدني بالمحافظة", "عن حادث سقوط", "من عقبة بني ذبيان", False, True),
        ("صرح", "مدير المستشفى الأستاذ عطية عبد ربه المالكي", "^بذلك", "بذلك", False, True),
        ("موضحا", None, "أن الحالات", "13 و 15 عاما", False, True),
        ("وأكد", "مدير المستشفى", "أن الطاقم الطبي", "12 ظهرا", False, True)],
    # alwatan pharmacies (openings, "رؤية إدارة الشركة", certificates): no claim
    10: [],
    # aawsat Tom Ford online: no claim. "لكن نعود ونقول بأن ..."، "إذ لا ننسى أن"، "من كان يتصور" are the writer's
    # present voice (the first set's "وأقول:"); "ما اكتشفه المصمم وغيره من بيوت الأزياء الكبيرة أن زبائن اليوم ..."
    # is a realisation the columnist ascribes to the houses, not a reported statement (a cognitive verb, as blind5's
    # "يظن" and blind6's "انطلاقا من قناعتها"; unlike a study's published findings), "ولا يرى غضاضة" is generic
    11: [],
    # aljazirah white spots on nails: "كشفت أحدث الدراسات العلمية أن ..." (unidentified studies: named=false, as
    # blind3's "دراسة عرضتها صحيفة «ديلي تلغراف»"); "وأوضحت الدراسة التي نشرت نتائجها في مجلة (...) أن ..." (the
    # same unidentified study, the relative left out, named=false as blind8's anaphoric "المصدر"; content to the end,
    # the mid-content "وهي مادة ليفية ..." kept as blind8's aawsat "وهو يعود"). Not claims: "كما يعتقد البعض"
    # (belief, generic), "التي نشرت نتائجها" (publication, passive)
    12: [("كشفت", "أحدث الدراسات العلمية", "أن البقع البيضاء", "نمو الأظافر", False, False),
         ("وأوضحت", "الدراسة", "أن مادة القرتين", "من عدة شهور مضت", False, False)],
    # sabq Baish mosque: "وبحسب مصادر "سبق" أن الشاب جاء ... ثم عاد ... وصدم المسجد" (content from أن; quotes inside
    # the speaker phrase kept; named=false), with the nested "وقال للمصلين "..."" (coordinated after "جاء", elided
    # subject: null; direct); "وفي تفاصيل أوردتها مصادر خاصة لـ"سبق" أن ..." (cue the verb with its object clitic,
    # as blind8's "واتهمه"; named=false; content to "فروض الصلاة أربعة"), nesting "بعد حديثه عن انتمائه لتنظيم
    # داعش" (speaking of his own affiliation = a statement, as blind7's "يتحدث ... عن ثقته"; the possessive pronoun
    # gives a null speaker, blind5's "اتهامه") and "وقوله إن فروض الصلاة أربعة" (reporting noun, null); "بينما تؤكد
    # المصادر الخاصة أنه ..."; "وكشفت مصادر "سبق" أنه ...". Not claims: "بحجة أن صلاتهم ليست صحيحة" (pretext,
    # blind5's "بدعوى"), "وكذلك خروجه على جماعة المسجد" (an act), "رفض المصلون" (refusal)
    13: [("وبحسب", "مصادر \"سبق\"", "أن الشاب", "وصدم المسجد", False, False),
         ("وقال", None, "\"صلاتكم", "\ufef7فجركم\"", True, True),
         ("أوردتها", "مصادر خاصة", "أن المواطن", "فروض الصلاة أربعة", False, False),
         ("حديثه", None, "عن انتمائه", "داعش الإرهابي", False, True),
         ("وقوله", None, "إن فروض", "الصلاة أربعة", False, True),
         ("تؤكد", "المصادر الخاصة", "أنه ألقي", "لممارساته", False, False),
         ("وكشفت", "مصادر \"سبق\"", "أنه يجري", "لجهة الاختصاص", False, False)],
    # okaz shells in Najran and al-Harth: "وأوضح المتحدث الرسمي ... أن فرق الدفاع المدني باشرت بلاغا عن سقوط مقذوف
    # ..." with the nested report "بلاغا عن سقوط مقذوف ... في أرض فضاء" (blind7's "ورد بلاغ ... عن حريق": the caller
    # never mentioned, null); "وعلمت «عكاظ» من مصادرها الخاصة أن ..." -- unlike blind8's "وفيما علمت "الوطن" أن"
    # (no source) the outlet names where it learned it: a claim of the sources (cue the verb, speaker "مصادرها
    # الخاصة" as for "نقل عن X", named=false); "وحذر الدفاع المدني من العبث ..." (a warning, as the first set's
    # "حذرت من هذه الخطوة"); "وأبان ... أن رجال الدفاع المدني باشروا ... بلاغا عن سقوط مقذوفات ..." with its nested
    # report (null). Not claims: "ظنا منه أن" (belief), "وفق الخطط المعتمدة" (not a source)
    14: [("وأوضح", "المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان بالإنابة الرائد محمد بن حسن آل صمغان",
          "أن فرق الدفاع المدني", "لتلقي العلاج اللازم", False, True),
         ("بلاغا", None, "عن سقوط مقذوف", "في أرض فضاء", False, True),
         ("وعلمت", "مصادرها الخاصة", "أن المصاب", "وإصابته بشظية في اليد", False, False),
         ("وحذر", "الدفاع المدني", "من العبث", "أثناء سقوطها", False, True),
         ("وأبان", "المتحدث الإعلامي بالدفاع المدني بنجران المقدم علي بن عمير آل حرمان الشهراني",
          "أن رجال الدفاع المدني", "الخطط المعتمدة لذلك", False, True),
         ("بلاغا", None, "عن سقوط مقذوفات", "بمدينة نجران", False, True)],
    # was (SPA) Yanbu flower festival: "وقال : إن ..." (null, direct: colon + complementizer, blind3/blind4); "وأوضح
    # الدكتور علاء بن عبدالله نصيف، أن ...". Not claims: "كرم"، "قدم الدكتور نصيف الشكر"، "مقدماً الشكر" (acts),
    # "إيماناً منها بالأهداف" (belief)
    15: [("وقال", None, "إن الهيئة الملكية", "المصاحبة للمهرجان", True, True),
         ("وأوضح", "الدكتور علاء بن عبدالله نصيف", "أن فعاليات", "إقبالاً كبيراً", False, True)],
    # arriyadiyah badminton coaches' course (topics of the course only): no claim
    16: [],
    # alriyadh sport-aviation airstrips: "كشف ... الجعويني عن أن العمل قائم ... وذلك لتخصيص ... الرياضات الجوية"
    # (to the end of its sentence); "وأوضح الجعويني إن ..." (to the end of its clause, the relative "التي أطلقها ..."
    # included, as blind7's arriyadiyah "عبر ... عن سعادته"); "مشيرا" (null); "وأضاف: "أن ..."" (null, direct:
    # colon and the whole statement quoted). "التي أطلقها سمو أمير" (launching, an act) is not a claim
    17: [("كشف", "عضو مجلس الإدارة المدير التنفيذي لنادي الطيران السعودي عبدالله بن منصور الجعويني", "عن أن العمل",
          "أنشطة الرياضات الجوية", False, True),
         ("وأوضح", "الجعويني", "إن ذلك التوجه", "للسياحة والتراث الوطني", False, True),
         ("مشيرا", None, "إلى أن العمل", "أنشطة الطيران الرياضي", False, True),
         ("وأضاف", None, "\"أن أنشطة", "التحكم عن بعد\"", True, True)],
    # aleqtisadiya Lebanon money supply: "وأشارت مديرية الإحصاءات في مصرف لبنان المركزي في بيان نشرته أمس إلى أن ..."
    # ("في بيان" not counted again); "وأفاد البيان أن ..." (named=true, the statement just mentioned, as claims-gold's
    # "بيان لوزارة الصحة"). The two opening sentences (figures without a reporting verb) are not claims
    18: [("وأشارت", "مديرية الإحصاءات في مصرف لبنان المركزي", "إلى أن سيولة", "و770 ألف دولار", False, True),
         ("وأفاد", "البيان", "أن مجموع الودائع", "39 مليون دولار", False, True)],
    # almadina column on university governance: "لبّ القضية هو الاستنتاج الذي صدر عن دراسة حديثة متعمقة ومفاده (أن
    # ...)" -- the reporting noun الاستنتاج with its source (the study, unidentified: named=false, as blind3's
    # "دراسة") and its content after "ومفاده" (blind5's "بلاغاً مفاده"), entirely in parentheses used as quotes
    # (first set): direct, the closing "..)" kept. Not claims: "تناول موضوع (...) المترجم عن رأي منشور صادر عن
    # المجلس ..." (topic; no content clause), "هي دعوة إلى تطبيق مبدأ (الحوكمة)" (an appeal), "المثالية تقول:"،
    # "العاطفة فتنادي:" (personified attitudes, figurative as blind3's "لسان حاله يقول"; imperatives), "في نظري"
    # (the columnist's present voice)
    19: [("الاستنتاج", "دراسة حديثة متعمقة", "(أن دافعي", "في الاقتصاد العالمي..)", True, False)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind9.jsonl")
