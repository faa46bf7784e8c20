"""Build claims-blind19.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261244) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind18.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind19.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind18/make_blind.py, unchanged; the shared gold_builder.py):
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
The strings copy the text's marks as written (the shadda of "وبيّن", the tanwin of "مؤكدًا"، "موضحًا"، "مشيراً"،
"قائلاً"، "مبيناً"، "مشدداً"، "مؤكداً"، "محليًا ودوليًا"، "سارياً", the spellings "لشئون"، "واضاف"، "فان"، "التى"
and the figures "32 و30" as written).
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
    # aawsat Eastern Province chamber's jobs fair: "وتوقع عبد الرحمن العطيشان، رئيس مجلس إدارة غرفة الشرقية، أن
    # المعرض سيحظى ... بيئة عملية منتجة" (apposition with its commas kept, blind12/blind16/blind17; the حيث clause
    # kept, to the end of the sentence), "وأشار بأن «معرض وظائف 2015» يهدف ... في المجتمع" (coordinated, elided
    # subject: null, blind7/blind8/blind11-blind18; the quoted name a fragment: direct=false), "وبيّن العطيشان أن
    # المعرض اعتاد ... عبر أجنحتها" with "مؤكدًا أن المعرض فرصة ثمينة للشركات" and "موضحًا أنه، قناة نموذجية ...
    # لشركاتهم" (participles after a claim: null), "وأكد رئيس غرفة الشرقية أن أهمية المعرض تظهر في ثلاثة جوانب،
    # يتمثل الجانب الأول ... لديها. كما يعد المعرض فرصة مناسبة ... في المنشآت" -- over the full stop: "كما يعد"
    # continues the enumeration of the aspects begun in the أن clause (blind4's "كما يساهم", blind6's "كما أن",
    # blind7's "كما أنه", blind18's "كما تضررت"), to the end of the text. Not claims: "وتستقبل غرفة الشرقية طلبات
    # الشركات" (an act), "ويعد فرصة مناسبة" (the writer, passive)
    0: [("وتوقع", "عبد الرحمن العطيشان، رئيس مجلس إدارة غرفة الشرقية", "أن المعرض سيحظى", "بيئة عملية منتجة",
         False, True),
        ("وأشار", None, "بأن «معرض", "في المجتمع", False, True),
        ("وبيّن", "العطيشان", "أن المعرض اعتاد", "عبر أجنحتها", False, True),
        ("مؤكدًا", None, "أن المعرض فرصة", "ثمينة للشركات", False, True),
        ("موضحًا", None, "أنه، قناة", "لشركاتهم", False, True),
        ("وأكد", "رئيس غرفة الشرقية", "أن أهمية المعرض", "نسب التوطين في المنشآت", False, True)],
    # alwatan dust and rain in Madinah and Riyadh: "إلى ذلك، حذرت مديرية الدفاع المدني بالمنطقة المواطنين والمقيمين
    # من التقلبات الجوية التي تشهدها المنطقة هذه الأيام" (a warning, blind9/blind10/blind18; the addressees left
    # out, content from من; the fronted "إلى ذلك" left out); "وطالبتهم بتوخي الحذر ..." is a demand, not a claim.
    # "وذكر المتحدث الإعلامي للأرصاد وحماية البيئة حسين القحطاني أن السماء غائمة ... خاصة على عسير وجازان. كما يتوقع
    # هطول أمطار ... وكذلك على مناطق شمال ووسط المملكة" -- over the full stop: "كما يتوقع" continues the same
    # forecast (blind4/blind6/blind7/blind18's "كما"); the impersonal "ويتوقع"/"يتوقع" inside are not claims of
    # their own (the first set's "وتوقع انكسار حدة الحرارة"). "وأشار القحطاني إلى أن الطقس معتدل ... ووسط
    # المملكة". Not claims: "دهمت"، "تعرضت"، "وتسببت" (events), "وألزمت كثيرا من السكان" (non-source)
    1: [("حذرت", "مديرية الدفاع المدني بالمنطقة", "من التقلبات", "هذه الأيام", False, True),
        ("وذكر", "المتحدث الإعلامي للأرصاد وحماية البيئة حسين القحطاني", "أن السماء",
         "مناطق شمال ووسط المملكة", False, True),
        ("وأشار", "القحطاني", "إلى أن الطقس", "وشرق ووسط المملكة", False, True)],
    # sabq Kuwait mosque bombing trial: "وقالت الأنباء إن المحاكمة ربما تكون سرية، ويمنع الجمهور من الحضور"
    # (unspecified reports: named=false, the first set's "تقارير صحفية", blind10's "الخبر"); "... وذهب ضحيته 27
    # قتيلا كما جرح 227 آخرون حسب بيانات وزارة الصحة الكويتية" -- content before the cue, limited to the casualty
    # clause the ministry's figures source (blind14's "خلافا لما ذكره"، blind16's "وذلك بحسب إدارة معلومات الطاقة":
    # the source did not report the arrests that open the sentence; decided here), its whole first word kept
    # (blind2); speaker the ministry's data, named=true (blind10's "بيانات مصلحة الجمارك"). "وقال مصدر أمني كويتي إن
    # ..." (named=false), "وقال أحد الشهود إنه كان في المسجد ..." (named=false, claims-gold's "شهود عيان"), "وقال
    # خليل الصالح العضو في البرلمان الكويتي إن ..." (apposition kept), "وأضاف "الصالح" بأن ..." (spanned without the
    # quotes, blind1/blind10), "ومضى قائلا إنه شاهد ..." (decided here: "مضى" = went on, a support verb that cannot
    # carry content; the reporting word is "قائلا", blind9's rule that قائلا is the cue after a verb that is not one
    # of saying, as blind15's "جدد التأكيد" takes the noun; elided subject: null), "كما أعلنت البلاد الحداد لمدة يوم"
    # (declaring a state, claims-gold's "وأعلنت عدد من الجهات المختصة حالة الاستنفار", blind13's "أعلنت مستشفيات
    # المنطقة حالة استنفار"; cue without كما, blind7/blind17; "البلاد" = Kuwait, named=true). Not claims: "والمتهم بها
    # 29 شخصا"، "يشتبه" (passive), "وقد ألقت السلطات ... القبض" (an act), "وبث التلفزيون الكويتي الرسمي صورا"
    # (footage, blind5/blind8/blind9/blind18), the byline
    2: [("وقالت", "الأنباء", "إن المحاكمة", "من الحضور", False, False),
        ("حسب", "بيانات وزارة الصحة الكويتية", "<وذهب ضحيته", "227 آخرون", False, True),
        ("وقال", "مصدر أمني كويتي", "إن السلطات", "قام بالتفجير", False, False),
        ("وقال", "أحد الشهود", "إنه كان", "صلاة الجمعة", False, False),
        ("وقال", "خليل الصالح العضو في البرلمان الكويتي", "إن المصلين", "وسقف المسجد", False, True),
        ("وأضاف", "\"|الصالح|\"", "بأن انتحاريا", "وفجر نفسه", False, True),
        ("قائلا", None, "إنه شاهد", "على الأرض", False, True),
        ("أعلنت", "البلاد", "الحداد", "لمدة يوم", False, True)],
    # aljazirah songs for the new Suez Canal: "فيما غنّى هشام عباس أغنيته ... ، وقال إن فكرة الأغنية جاءت ... ونستخدم
    # فيها الموسيقى الحماسية" (coordinated with غنّى, elided subject: null, blind7/blind8/blind11-blind18; his first
    # person "استقررنا"، "ونستخدم" without quotes or colon: direct=false; "فطلبوا تسجيل أغنية" a request inside).
    # Not claims: "بأغنيات يُعبِّرون فيها عن أهمية إنجاز قناة السويس" (the songs' theme, generic singers: blind3's
    # "تعبر عن الحب لمصر"، "وتوجه كلمات الاغنية التحية"; no words quoted, unlike blind3/blind9's quoted lyrics),
    # "آخر ما كتب الأبنودي" (writing lyrics, authorship), "التي أهداها" (dedication), titles "بعنوان «...»", "ومن
    # المقرر أن" (impersonal), "سجل"، "نشرت الصفحة الرسمية ... أغنية" (publication)
    3: [("وقال", None, "إن فكرة الأغنية", "الموسيقى الحماسية", False, True)],
    # alyaum PME fines: "وأوضح الوكيل المساعد لشؤون البيئة الدكتور حاتم المطيري، أن الغرامات تنوعت ... للمنشأة"
    # and "مشيراً إلى أن هذه الغرامات ... في المملكة" (null; the spaced final stop excluded); "يذكر أن الرئاسة ...
    # قامت مؤخرا بتغريم 33 منشأة ..." is editorial, but "أكد ذلك الوكيل المساعد لشئون البيئة رئيس اللجنة الدكتور
    # حاتم المطيري" IS a claim with the anaphoric content "ذلك" between cue and speaker (blind5/blind9's "صرح
    # بذلك", blind14/blind15's "أوضح ذلك"; the "^" rule; the title as this sentence spells it, "لشئون"), followed by
    # "مشيرا إلى أن الغرامة ... وضعها البيئي" and "وأضاف بأن هذه العقوبات ... في المملكة" (null). Not claims:
    # "غرمت الرئاسة" (an act)
    4: [("وأوضح", "الوكيل المساعد لشؤون البيئة الدكتور حاتم المطيري", "أن الغرامات", "البيئي للمنشأة", False, True),
        ("مشيراً", None, "إلى أن هذه الغرامات", "المعمول بها في المملكة", False, True),
        ("أكد", "الوكيل المساعد لشئون البيئة رئيس اللجنة الدكتور حاتم المطيري", "^ذلك", "ذلك", False, True),
        ("مشيرا", None, "إلى أن الغرامة", "وضعها البيئي", False, True),
        ("وأضاف", None, "بأن هذه العقوبات", "المعمول بها في المملكة", False, True)],
    # okaz Saudi Electronic University's "دعم" system: "وأوضح الدكتور عبدالله الموسى في كلمة له خلال التدشين، أن
    # نظام «دعم» صمم ... الأكاديمي والإداري بالجامعة" ("في كلمة له" not counted again, blind2/blind8; the quoted
    # name a fragment: direct=false), "مبينا أن النظام سيسهم ... قدر الإمكان" (null), "ومن جهته، أفاد وكيل الجامعة
    # الإلكترونية الدكتور عبدالله بن عمر النجار، أن ... الطلبات المقدمة" and "مبينا أن النظام شمل ... في الجامعة"
    # (null). Not claims: "دشن" (an act), "يذكر أن" (editorial)
    5: [("وأوضح", "الدكتور عبدالله الموسى", "أن نظام «دعم» صمم", "والإداري بالجامعة", False, True),
        ("مبينا", None, "أن النظام سيسهم", "قدر الإمكان", False, True),
        ("أفاد", "وكيل الجامعة الإلكترونية الدكتور عبدالله بن عمر النجار", "أن نظام «دعم» يملك", "الطلبات المقدمة",
         False, True),
        ("مبينا", None, "أن النظام شمل", "الإدارية في الجامعة", False, True)],
    # almadina art society's legal committee: "وقد جاء هذا التوجّه من الجمعية -كما صرح رئيس مجلس الإدارة الفنان محمد
    # المنيف- نتيجة مطالبة الكثير من الفنانين ... محليًا ودوليًا" -- the source phrase inserted inside its sentence:
    # content after the cue, to the end of the sentence (spans are contiguous: blind3's "البعض كما يقول الدكتور
    # الصعدي يتسببون"، blind12's "حسب تقرير تداول"، blind14's "وفقا للدراسة"); cue phrase "كما صرح" (blind3/blind7's
    # "كما يقول"/"كما قالت"). Not claims: "شكلت الجمعية ... لجنة" (an act), "بعد أن اكتشف بعض الفنانين أن أعمالهم
    # الفنية تستنسخ" (a discovery on the spot, blind18's "اكتشفت أن"), "وسوف يتم التعاون" (passive), "مطالبة
    # الكثير من الفنانين" (a demand, inside), "التي تنص على دور الجمعية" (a rule's provision, blind5/blind17),
    # "باعتباره حق" (no source)
    6: [("كما صرح", "رئيس مجلس الإدارة الفنان محمد المنيف", "نتيجة مطالبة", "محليًا ودوليًا", False, True)],
    # alweeam Turkey freezes Saleh's and the Houthis' assets (the Anadolu story blind17 annotated in aleqtisadiya's
    # shorter version; its decisions followed): "جمدت تركيا رسمياً أموال ... التي أقرتها الأمم المتحدة، على ما أعلنت
    # وكالة الأناضول للأنباء الرسمية الجمعة" (content before the cue, the whole sentence; cue phrase to the word
    # before the speaker; the adjective kept in the speaker, the time adverb left out), "وأوضحت الأناضول أن القرار
    # ... مصرفية وخزائن", "واضاف المصدر أن القرار ... 2016" (the anaphoric "المصدر" of the named agency: named=true,
    # blind7/blind17; the relative inside), "وبحسب تقرير للأمم المتحدة فان صالح ... ما بين 32 و30 مليار دولار"
    # (content from فإن, blind6/blind9; a UN report: identified by its institution, named=true, blind4/blind12; the
    # relative "الذي بقي في السلطة ..." inside kept; the final "في حين أن اليمن من أفقر دول العالم" is the writer's
    # gloss of general knowledge and left out, blind6/blind7/blind10/blind11's "وهو ..."; decided here). Not claims:
    # "التي أقرتها الأمم المتحدة" (sanctions, an act), "بعدما صادقت عليه الحكومة" (approval), "نشر في الجريدة
    # الرسمية" (passive), "وكان مجلس الأمن الدولي فرض ... عقوبات"، "بدأ تحالف ... حملة" (acts), "تقدر" (passive),
    # the link line
    7: [("على ما أعلنت", "وكالة الأناضول للأنباء الرسمية", "<جمدت تركيا", "أقرتها الأمم المتحدة", False, True),
        ("وأوضحت", "الأناضول", "أن القرار يطاول", "مصرفية وخزائن", False, True),
        ("واضاف", "المصدر", "أن القرار الذي", "فبراير (شباط) 2016", False, True),
        ("وبحسب", "تقرير للأمم المتحدة", "فان صالح", "32 و30 مليار دولار", False, True)],
    # arreyadi Dahi Khalfan's tweets on al-Nassr: "ليعود مرة أخرى وعبر تغريدات يكشف فيها عن حبه للعالمي قال فيها:
    # ..." -- two claims in two asyndetic relatives on "تغريدات": "يكشف فيها عن حبه للعالمي" (a reporting verb +
    # stance noun, blind3/blind4; content from عن) and "قال فيها: النصر السعودي ... إعجاب.!" (colon: direct; the
    # "!" that closes the words kept, the final stop excluded, blind3); both with the pronoun subject of a
    # relative on a noun: null (blind5's "بيانا ذكرت فيه", blind16's "بشكوى ... يتهم فيها"). "وأكد خلفان: سمعة ...
    # في رأيي" (colon: direct; ends at the glued full stop), "وتساءل خلفان: ممكن حد يفسر لي ... بس النصر غير" (a
    # quoted rhetorical question, the first set's "وتساءل"; direct) and "وأوضح خلفان أنه سيعتذر للهلال بقوله: في حالة
    # واحدة ... مسبة لهم!" -- TWO claims: أوضح has its own content, "بقوله:" a further quoted statement (blind12's
    # "ويرى ريس أن ... قائلاً", not the one-claim "X بقوله" of claims-gold/blind3 whose verb had no content of its
    # own); "بقوله" null (possessive pronoun, blind5's "اتهامه"), direct. Inside his quoted words, "يقولك نعم"،
    # "يقولك أوه" (hypothetical), "شباب هذا الزمن يقولون..wow" (generic, blind15's "يقول الناس دوما"), "قولوا
    # يستحقون" (imperative) and "يظنون ان" (belief) are not claims of their own. Not claims either: "في ما يشبه
    # بسلسلة تغريدات عن كل ما يتعلق بالدوري" (a topic)
    8: [("يكشف", None, "عن حبه", "للعالمي", False, True),
        ("قال", None, "النصر السعودي تعلم", "إعجاب.!", True, True),
        ("وأكد", "خلفان", "سمعة النصر", "في رأيي", True, True),
        ("وتساءل", "خلفان", "ممكن حد", "بس النصر غير", True, True),
        ("وأوضح", "خلفان", "أنه سيعتذر", "سيعتذر للهلال", False, True),
        ("بقوله", None, "في حالة واحدة", "مسبة لهم!", True, True)],
    # was Souq Okaz cultural programme: no claim. A programme announced by the agency with no source ("ينطلق"،
    # "ويحاضر فيها"، "ويدير"، "يتواصل"، "ويختتم"), the titles "بعنوان "..."", the dateline, "// يتبع //" and the time
    # line
    9: [],
    # aleqtisadiya al-Shabab's training camp: no claim. Acts of training ("واصل"، "قسم المدرب"، "طبق"، "أخضعه"),
    # "فيما فضل الجهاز الطبي إراحة اللاعب" (a decision, blind10's "وحدد المجتمعون"), "على أن يشارك" (a plan)
    10: [],
    # arriyadiyah fencing federation honours pioneers: no claim. "كرم" (acts), "تمت تسميتها" (naming, passive),
    # "الجدير بالذكـر أن" (editorial), the dateline "الرياض ـ الرياضية"
    11: [],
    # alriyadh British pupil suspended 45 times: "إلا أن والده "مارك" مقتنع جداً بأن ابنه مظلوم" is NOT a claim
    # (conviction, a belief: blind5's "يظن", blind6's "انطلاقا من قناعتها"; unlike blind14's expressed pride).
    # "ويقول "مارك" بأن ... لأسباب تافهة" (the speaker quoted as a whole, spanned without the marks, blind1/blind10);
    # "التي يعتبرها "مارك" تافهة" (اعتبر in a relative, cue with its object clitic, blind10/blind16; the overt
    # subject is the speaker; content the complement, blind6's "اعتبرتها "غير منصفة""); the son's "بقوله "اخرس""
    # is the offence (an imperative insult), not a claim; "حيث علل ذلك بقوله بأنها أمور لا تستدعي الفصل من المدرسة"
    # is ONE claim with the cue "بقوله" (claims-gold's "واختتم ... حديثه بقوله", blind3's "ويصف الناس أيضا
    # بقوله": علل with its anaphoric object has no content of its own), null (elided subject). "وأضاف "مارك" بأن
    # إدارة المدرسة ... قبل الذهاب إلى المدرسة" to the end of its sentence (the حيث clause kept, blind13/blind15/
    # blind16) nests "ابنه أخبره بأنه لم يدخن ... وأن نومه خلال الدروس كان بسبب أدوية ... إلى المدرسة" (أخبر + بأن,
    # blind14/blind18's "أبلغتاها بأنهما"، "يبلغه"; cue with its object clitic; "ابنه" the identified son, named=true,
    # claims-gold's "الابن"; the coordinated "وأن نومه" read as the son's second excuse, the nearest attachment;
    # decided here). "ووصف "مارك" إدارة المدرسة ... بأنها متشددة جداً ... ومن ضمنهم ابنه" (content from بـ, to the
    # end of the sentence) and "وقال: بأنه حاول ... لم يلق أي تجاوب" (coordinated, elided subject: null; colon +
    # complementizer: direct, blind3/blind4/blind12; the writer's hedge "على حد زعمه" left out, as blind8's "(على حد
    # وصفها)"). Not claims: "التحدث إلى المسؤولين"، "وإبداء وجهة نظره" (talk without content, an attempt, inside)
    12: [("ويقول", "\"|مارك|\"", "بأن نظام", "لأسباب تافهة", False, True),
         ("يعتبرها", "\"|مارك|\"", "تافهة", "تافهة", False, True),
         ("ذلك |بقوله| بأنها", None, "بأنها أمور", "من المدرسة", False, True),
         ("وأضاف", "\"|مارك|\"", "بأن إدارة", "الذهاب إلى المدرسة", False, True),
         ("أخبره", "ابنه", "بأنه لم يدخن", "الذهاب إلى المدرسة", False, True),
         ("ووصف", "\"|مارك|\"", "بأنها متشددة", "ومن ضمنهم ابنه", False, True),
         ("وقال", None, "بأنه حاول", "أي تجاوب", True, True)],
    # aawsat New York Times restaurant review "لوبولو": no claim. The critic's own voice ("لكنني أتمنى ألا يفعل
    # ذلك"، "يمكنك أن تجد"، "ستكتشف أن": authorial and generic), "يعني اسم المطعم «القفزات»" (a name's meaning), "ما
    # يوحي بأن" (non-source), "عما يمكن وصفه بلذة الألم" (impersonal), the address line and the credit line
    13: [],
    # alwatan LG customer-service app: "وقال رئيس شركة "إل جي إلكترونيكس" بالمملكة ديوك سو أهن، إن "إطلاق التطبيق
    # ... للاتصال بالشركة"" (statement entirely quoted after the complementizer: direct, blind2; inner quotes kept
    # in the speaker, blind5/blind9). Not claims: "أطلقت شركة إل جي تطبيقا" (an act), "ويمثل إطلاق التطبيق نقلة"
    # (the writer), "علما بأن" (editorial)
    14: [("وقال", "رئيس شركة \"إل جي إلكترونيكس\" بالمملكة ديوك سو أهن", "إن \"إطلاق", "بالشركة\"", True, True)],
    # 3alyoum al-Baha folk shows: "وسط حضور كبير من المتنزهين الذين أبدوا إعجابهم بما قدمته الفرقة من فنون متنوعة في
    # مجال العرضة" (أبدى + stance noun, blind4/blind13; relative subject: null, claims-gold's "والتي اعتبرت", blind3's
    # "والذي بيّن"); "وأوضح مدير جمعية الثقافة والفنون بالباحة الشاعر علي البيضاني أن هنالك العديد من العروض ... من
    # خلال القصائد الشعرية" ends before the unpunctuated "وفي ختام الفعالية أطلقت الألعاب النارية ..." (the writer's
    # narration of the evening: a new clause with a new, passive subject, blind12/blind15; decided here). Not
    # claims: "فيما تغنى الشعراء المشاركون في حب الوطن ... وأنها الواجهة السياحية المميزة" (praise sung in poems,
    # an act like أشاد, blind2/blind3; no reporting verb), "شارك وكيل الإمارة ... في أداء العرضة" (an act), the
    # byline and the tag line "سمات ..."
    15: [("أبدوا", None, "إعجابهم", "في مجال العرضة", False, True),
         ("وأوضح", "مدير جمعية الثقافة والفنون بالباحة الشاعر علي البيضاني", "أن هنالك", "القصائد الشعرية",
          False, True)],
    # sabq scabies at King Fahd Hospital: "وفي الوقت الذي قلل فيه متحدث الشؤون الصحية صالح المالكي من عدد الإصابات
    # قائلاً: إن هناك فقط (ثلاث) حالات ... فور التشخيص" -- downplaying a target NP is not a claim (blind18's "وقلل
    # راجح مما اعتبره"), so "قائلاً" is the cue after a non-claim verb and takes its overt subject (blind7/blind9/
    # blind11/blind18); colon + complementizer: direct. "وبين "المالكي" بأنه تم عزل ... العلاج نفسه" (spanned
    # without the quotes); "وكشف مصدر طبي لـ"سبق"، أن ... جناح C" (anonymous: named=false; addressee left out),
    # "مبيناً أن عدد الإصابات ... الدواء المتبع" (null), "وأشار المصدر إلى أن ..." (the anaphoric "المصدر" of an
    # anonymous source: named=false, blind8/blind11); "ومن جانبه، أكد لـ"سبق"، مدير الشؤون الصحية بجدة، الدكتور
    # مبارك عسيري، بأن ما صرح به المتحدث الرسمي هو الواقع للوضع الحالي" (apposition with its commas, blind12/
    # blind16) -- the relative "ما صرح به المتحدث الرسمي" inside has no content of its own (blind7's "ما قاله
    # المالكي"; the spokesman's words are annotated above) -- and "مشيراً إلى أنه سوف تكون ... بالتفاصيل كافة"
    # (null). Not claims: "الجدير بالذكر أنه ... أعفى وزير الصحة" (editorial; an act), "يشتبه" (passive), "الفيديو
    # المتداول" (circulation), the byline
    16: [("قائلاً", "متحدث الشؤون الصحية صالح المالكي", "إن هناك فقط", "فور التشخيص", True, True),
         ("وبين", "\"|المالكي|\"", "بأنه تم عزل", "العلاج نفسه", False, True),
         ("وكشف", "مصدر طبي", "أن تسع حالات", "جناح C", False, False),
         ("مبيناً", None, "أن عدد الإصابات", "الدواء المتبع", False, True),
         ("وأشار", "المصدر", "إلى أن أول حالة", "الطبية والمرضى", False, False),
         ("أكد", "مدير الشؤون الصحية بجدة، الدكتور مبارك عسيري", "بأن ما صرح", "للوضع الحالي", False, True),
         ("مشيراً", None, "إلى أنه سوف", "بالتفاصيل كافة", False, True)],
    # aljazirah Bahrain's prime minister: "أكد صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء بمملكة
    # البحرين على الموقف الخليجي الواحد ... في شؤون دول الخليج" (أكد على + NP, a reaffirmation, blind6/blind15; the
    # condemnation "لإدانة" inside), "وقال سموه لدى استقباله ... أمس الأحد (يتوجب ... النتائج)" (parentheses used as
    # quotes: direct, the first set/blind4; the circumstance and time left out), "وأكد سمو رئيس الوزراء (أن دول منطقة
    # الخليج ... ومن يقف خلفها)" (everything quoted, the complementizer inside the marks: direct, content from the
    # opening mark, blind13's "«أن البطولة ...»", blind14), "مشدداً على ضرورة أن تتخذ ... وتحليل دقيقين" (null),
    # "وأوضح سموه أن دول مجلس التعاون ... الدول الكبرى" and "مؤكداً أن هذا الأمر ... بمصلحة بلدانهم" (null), "وشدد
    # سموه على ضرورة الحفاظ ... من منجزات" (شدد + normative content, blind5/blind6/blind15/blind17/blind18).
    # "سموه" named=true (blind6/blind9/blind10). Not claims: the caption "الأمير خليفة بن سلمان آل خليفة", "ما
    # أظهرته التطورات السياسية" (non-source, inside)
    17: [("أكد", "صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء بمملكة البحرين",
          "على الموقف الخليجي", "شؤون دول الخليج", False, True),
         ("وقال", "سموه", "(يتوجب", "كانت النتائج)", True, True),
         ("وأكد", "سمو رئيس الوزراء", "(أن دول", "يقف خلفها)", True, True),
         ("مشدداً", None, "على ضرورة أن", "وتحليل دقيقين", False, True),
         ("وأوضح", "سموه", "أن دول مجلس", "الدول الكبرى", False, True),
         ("مؤكداً", None, "أن هذا الأمر", "بمصلحة بلدانهم", False, True),
         ("وشدد", "سموه", "على ضرورة الحفاظ", "وحققناه من منجزات", False, True)],
    # alyaum screaming as a pain-killer: "أشارت الدراسة التى أجراها اثنان من علماء النفس فى جامعة سنغافورة ...، إلى
    # أن الصراخ المرتفع ... والإيطالية والصينية" (the relative left out of the speaker; the study identified by its
    # university and authors: named=true, blind7/blind10/blind14), "فقد لاحظت العالمتان أن كلمة "آه" تقال على فترات
    # منتظمة ومتقاربة" (a researchers' observation in their experiment = a finding, blind7/blind10's "ووجد",
    # blind14's "وتوصل"; unlike blind18's police discovery on the spot; it ends before "وقد تم تسجيل هذه الكلمة ...",
    # the passive account of the procedure, a new clause with a new subject; decided here; quoted word only:
    # direct=false) and "وقد أكدت الباحثتان أن هذه الكلمة ... تحمل الشخص له". Not claims: "وقد قامت العالمتان بعمل
    # تجربة"، "حيث قام المشاركون ..." (acts)
    18: [("أشارت", "الدراسة", "إلى أن الصراخ", "والإيطالية والصينية", False, True),
         ("لاحظت", "العالمتان", "أن كلمة", "منتظمة ومتقاربة", False, True),
         ("أكدت", "الباحثتان", "أن هذه الكلمة", "تحمل الشخص له", False, True)],
    # okaz unified traffic lanes: "وأبلغت (عكاظ) مصادر مطلعة أن بعض المسارات ... للمسارات الموحدة" (أبلغ + أن,
    # blind14/blind18; the addressee in parentheses left out; to the end of its sentence), "وذكرت المصادر ذاتها أن
    # ..." and "وذكرت المصادر أن الدراسات الميدانية ... تدريجيا" (anonymous: named=false, blind2/blind8/blind9/
    # blind17), "وخلصت المسوحات إلى ضرورة تلبية ... العمرانية والخدمية" (a finding, blind6's "وخلصت إلى", blind18's
    # "خلص باحثون"; surveys of an unnamed "جهة مختصة", identified by no one who ran them: named=false, blind9/
    # blind16's studies; the stipulation "شريطة أن" inside). Not claims: "تدرس جهة مختصة تشكيل لجنة" (an act),
    # "ويتضمن المشروع وضع مسارات ..." (a project's contents, blind6/blind17's "تضمن"; a new sentence without a
    # reporting verb, not part of the sources' content: blind2/blind5 default), "وأسفرت الدراسات عن" (a result,
    # inside contents)
    19: [("وأبلغت", "مصادر مطلعة", "أن بعض المسارات", "للمسارات الموحدة", False, False),
         ("وذكرت", "المصادر ذاتها", "أن هذه الخطوة", "أثناء تنفيذها", False, False),
         ("وذكرت", "المصادر", "أن الدراسات", "والمحافظات تدريجيا", False, False),
         ("وخلصت", "المسوحات", "إلى ضرورة", "العمرانية والخدمية", False, False)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind19.jsonl")
