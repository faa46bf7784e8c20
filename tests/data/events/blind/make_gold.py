"""Build events-blind.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Honey-bee festival lectures: no political event (organising lectures/workshops is not PLOVER).
    "snn-b9d482944dba": [],
    # Surfer attacked by a shark: an animal is not an actor; punching the shark is not PLOVER.
    "snn-4f59fa056b75": [],
    # Student award: no event.
    "snn-aa344221ef7a": [],
    # Morocco: two youths jailed for eating in public during Ramadan.
    "snn-adb929d4fb07": [
        ("SANCTION", "convict", 0, "حكمت", "محكمة", "مغربيين", "الحسيمة", ""),
        ("COERCE", "arrest", 0, "بالسجن", "محكمة", "مغربيين", "الحسيمة", ""),
        ("COERCE", "arrest", 1, "قبض عليهما", None, "الشابان", None, ""),
        ("ACCUSE", "allege", 1, "شكاية", "مواطنين", "الشابان", None, ""),
        ("SANCTION", "convict", 6, "حكم", None, "أربعة شبان", "مراكش", ""),
        ("COERCE", "arrest", 6, "أوقفوا", None, "أربعة شبان", "مراكش", ""),
    ],
    # Turkey: PKK suicide attack on a gendarmerie post in Agri; mine in Midyat.
    "snn-831f3bbddb7f": [
        ("ASSAULT", "suicide-attack", 0, "هجوم انتحاري", "متمردي حزب العمال الكردستاني", "مركز للدرك", "منطقة اغري", ""),
        ("ASSAULT", "suicide-attack", 1, "اقتحم", "انتحاريا", "مبنى مركز للدرك", "مدينة دوغوبيازيد", ""),
        ("ASSAULT", None, 3, "صعد هجماته", "متمردي حزب العمال الكردستاني", "قوات الامن التركية", None, ""),
        ("ASSAULT", "aerial", 3, "بقصف", "الطائرات الحربية التركية", "مواقع للمتمردين", "شمال العراق", ""),
        ("ASSAULT", "explosives", 4, "انفجر لغم ارضي", "حزب العمال الكردستاني", "قافلة عسكرية", "مدينة مديات", ""),
        ("CONCEDE", None, 6, "هدنة اعلنت", None, None, None, "H"),
    ],
    # Obama defends the Iran deal; warns that a Congress rejection means war.
    "snn-8d1549f981c0": [
        ("SUPPORT", None, 0, "دافع", "الرئيس الاميركي باراك اوباما", "هذا الاتفاق", "واشنطن", ""),
        ("REJECT", None, 0, "رفض", "الكونغرس", "للاتفاق النووي مع ايران", None, "F"),
        ("REJECT", None, 1, "رفضا", "الكونغرس", "للاتفاق", None, "F"),
        ("RETREAT", None, 4, "رفع العقوبات", None, "ايران", None, "F"),
        ("SUPPORT", None, 4, "دافع", "اوباما", "الاتفاق المذكور", None, ""),
    ],
    # Afghanistan: helicopter downing claimed by the Taliban; suicide attack in Pul-e Alam.
    "snn-77e54ef0c38c": [
        ("ASSAULT", None, 0, "سقوط", "حركة طالبان", "مروحية عسكرية أفغانية", "أفغانستان", ""),
        ("ASSAULT", "suicide-attack", 0, "هجوم انتحاري", "حركة طالبان", None, "أفغانستان", ""),
        ("ASSAULT", None, 4, "هجوم", None, "المروحية", None, "N"),
        ("ASSAULT", "heavy-weapons", 5, "أسقطت", "حركة طالبان", "المروحية", None, ""),
        ("ASSAULT", "suicide-attack", 9, "عملية انتحارية", "طالبان", "مركزا للشرطة", "بولي علم", ""),
        ("REJECT", None, 11, "يرفض", "قسم من الحركة", "الزعيم الجديد", None, ""),
    ],
    # Oman receives the Syrian foreign minister; Turkish plans for the Syrian opposition.
    "snn-dcc469339653": [
        ("CONSULT", None, 0, "الوساطة", "سلطنة عُمان", None, None, ""),
        ("CONSULT", "visit", 0, "وصل", "وزير الخارجية السوري، وليد المعلم", "نظيره يوسف بن علوي", "مسقط", ""),
        ("CONSULT", "visit", 2, "رافق", "نائب وزير الخارجية السوري، فيصل مقداد", None, None, ""),
        ("AGREE", None, 3, "اتفق", "المعلم وبن علوي", None, None, ""),
        ("SANCTION", "withdraw", 6, "تقطع", "سلطنة عُمان", "دمشق", None, "NH"),
        ("COOPERATE", None, 8, "التنسيق المباشر", "تركيا", "إدارات الحكومة السورية المؤقتة", None, "F"),
        ("SUPPORT", None, 9, "بدعم", ("تركيا", 1), "مؤسسات المعارضة السورية", None, ""),
        ("AGREE", None, 9, "تتعهد", ("تركيا", 3), ("هذه المؤسسات", 2), None, ""),
    ],
    # Egypt-Yemen summit in Cairo; Yemeni front lines.
    "snn-c177fc1046d8": [
        ("CONSULT", "meet", 0, "جلسة المباحثات", "الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي", None, "القاهرة", ""),
        ("AGREE", None, 0, "باتفاق", "الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي", None, "القاهرة", ""),
        ("CONSULT", "visit", 1, "توجه", "الرئيس هادي", "المصريين", "القاهرة", ""),
        ("REQUEST", "assist", 2, "طلب", "الرئيس هادي", "القوات البحرية المصرية", None, ""),
        ("AID", None, 2, "زيارة", "القوات البحرية المصرية", None, "عدن", "F"),
        ("AGREE", None, 3, "اتفاق", None, None, None, ""),
        ("AGREE", None, 4, "اتفق", "الجانبان المصري واليمني", None, None, ""),
        ("MOBILIZE", "troops", 5, "للتحرك", "قوات الجيش الوطني", None, "صنعاء", "F"),
        ("COERCE", "seize", 5, "تحريرها", "قوات الجيش الوطني", None, "صنعاء", "F"),
        ("MOBILIZE", "troops", 6, "تنطلق", "القوتان", None, "صنعاء", "F"),
        ("COERCE", "seize", 6, "طرد", "قوة يقودها العميد ركن فضل حسن", "آخر جيوب الحوثيين", "لحج", ""),
        ("MOBILIZE", "militia", 7, "تجهيز الخنادق والمتاريس", "الميليشيات الحوثية", None, "صنعاء", ""),
        ("COERCE", "restrict", 7, "حصار العاصمة", None, None, None, "F"),
        ("COERCE", "seize", 8, "عملية تحرير", "قيادة الجيش الموالي للشرعية", "الميليشيات المتمردة", "أبين", "F"),
        ("COERCE", "seize", 8, ("تحرير", 2), None, None, ("عدن", 2), ""),
        ("ASSAULT", None, 9, "مواجهات عنيفة", None, None, ("محافظة تعز", 1), ""),
        ("COERCE", "seize", 9, "استعادت", "قوات الشرعية", None, ("محافظة تعز", 2), ""),
        ("RETREAT", "release", 10, "أطلقت سراح", "المقاومة", "70 قاصرا", None, ""),
        ("ASSAULT", "abduct", 10, "وقعوا أسرى", None, "70 قاصرا", None, ""),
        ("ACCUSE", "allege", 11, "مخالف للشرائع والقوانين الدولية", "المصادر نفسها", "الحوثيين", None, ""),
    ],
    # Economy in pictures: Australian unionists protest the free-trade agreement with China.
    "snn-1ca8965f7e42": [
        ("PROTEST", "demo", 7, "احتجاجا", "أعضاء النقابات العمالية الأسترالية", "اتفاقية التجارة الحرة مع الصين", None, ""),
        ("PROTEST", "demo", 8, "المسيرة", "النقابيين", None, "سيدني", ""),
        ("AGREE", None, 8, "توقيع الاتفاقية", None, None, None, ""),
    ],
    # Saudi FM al-Jubeir and German FM Steinmeier in Berlin: Iran, Yemen, Syria.
    "snn-e7e760f749da": [
        ("AGREE", None, 0, "حريصة على تطوير علاقاتها", "المملكة العربية السعودية", ("إيران", 1), None, ""),
        ("ACCUSE", "allege", 0, "بالتدخل في شؤون الدول الخليجية", "عادل بن أحمد الجبير", ("إيران", 2), None, ""),
        ("CONSULT", "visit", 1, "مؤتمر صحفي", None, "نظيره الألماني فرانك فالتر شتاينماير", "برلين", ""),
        ("REQUEST", "change", 1, "يجب", None, "إيران", None, ""),
        ("REJECT", "yield", 2, "امتناع", "ايران", "مفتشي منظمة برامج الطاقة النووية", None, ""),
        ("ACCUSE", "allege", 2, "عزم", None, "طهران", None, ""),
        ("ASSAULT", None, 3, "تدخل", "المملكة ودول التحالف", None, None, ""),
        ("REQUEST", "assist", 3, "طلب", "الرئيس الشرعي عبدربه منصور هادي", None, None, "H"),
        ("AGREE", None, 5, "توثيق علاقاتها", "الحكومة الألمانية", "المملكة العربية السعودية", None, ""),
        ("AGREE", None, 6, "أبرمته", ("إيران", 1), 'دول "5 + 1"', None, ""),
        ("THREATEN", None, 6, "ستعود بشكل أقوى", "شتاينماير", ("إيران", 2), None, ""),
        ("SANCTION", "discontinue", 6, "العقوبات الاقتصادية", None, ("إيران", 2), None, "F"),
        ("CONSULT", "multilateral", 7, "عقد مؤتمر دولي", None, None, None, "F"),
        ("SUPPORT", None, 8, "ارتياحه", "شتاينماير", None, None, ""),
        ("ASSAULT", None, 8, "العمليات العسكرية", None, "الحوثيين والقوات الموالية لهم", None, ""),
        ("COERCE", "seize", 8, "استعادة", "المقاومة الشعبية", None, "عدن", ""),
        ("RETREAT", "ceasefire", 8, "انتهاء الأعمال العسكرية", None, None, None, "F"),
        ("CONSULT", "visit", 9, "سيزور", None, "المملكة", None, "F"),
    ],
    # Readers' comments column: no event.
    "snn-782255aed1dc": [],
    # Education minister tours schools in Fifa (border area).
    "snn-d33ade2c4547": [
        ("CONSULT", "visit", 1, "بزيارة", "عزام الدخيل", None, "محافظة فيفاء", ""),
        ("CONSULT", "visit", 3, "زار", "معاليه", None, "نجزان", ""),
        ("CONSULT", "visit", 3, "سيكون في المدارس الحدودية", "معاليه", None, "منطقة جازان", "F"),
    ],
    # US air strike kills an al-Qaeda commander in Afghanistan.
    "snn-b5820fbaac0d": [
        ("ASSAULT", "aerial", 0, "غارة جوية", "أمريكية", "قياديا ميدانيا كبيرا بتنظيم القاعدة", "أفغانستان", ""),
        ("ASSAULT", "aerial", 1, "استهدفت", None, "أبو خليل السوداني", "منطقة برمال", ""),
        ("ACCUSE", "allege", 2, "صلة بالتخطيط لهجمات", "البنتاجون", "السوداني", None, ""),
        ("ASSAULT", "aerial", 3, "غارة جوية", "أمريكية", "قيادياً كبيراً بالقاعدة", "أفغانستان", ""),
    ],
    # US State Department: Saudi Arabia has the right to defend itself against the Houthis.
    "snn-9b99c8b06a21": [
        ("SUPPORT", None, 0, "الحق في الدفاع عن نفسها", "الولايات المتحدة الأمريكية", "السعودية", None, ""),
        ("ASSAULT", None, 1, "شنوا هجمات", "ميليشيا الحوثي", None, None, ""),
        ("SUPPORT", None, 1, "حق الرد بالقوة", "مارك تونر", "للمملكة", None, ""),
        ("ASSAULT", None, 2, "العمليات العسكرية", "قوات التحالف بقيادة السعودية", "الحوثيين", None, ""),
        ("REQUEST", "assist", 2, "طلب", "الحكومة اليمنية", None, None, "H"),
        ("ASSAULT", None, 3, "التسلل المسلح", "الحوثيين وحلفاءهم", "الأراضي السعودية", None, ""),
        ("ASSAULT", "heavy-weapons", 3, "أطلقوا صواريخ الهاون", "الحوثيين وحلفاءهم", "مدنيين وأفراد من قوات الأمن", None, ""),
        ("SUPPORT", None, 3, "الحق في الدفاع عن نفسها", "تونر", "للمملكة", None, ""),
        ("SUPPORT", None, 4, "دعم", "بلاده", "الأمم المتحدة ومبعوثها الخاص", None, ""),
    ],
    # Saudi Arabia: execution of a Syrian drug smuggler (Huraymila, Riyadh region).
    "snn-4551d1e51b2a": [
        ("ASSAULT", "targeted", 0, "تنفيذ حكم القتل", None, "مهرب مخدرات", "منطقة الرياض", ""),
        ("COERCE", "arrest", 1, "القبض", None, "قاسم محمد الهلال", None, "H"),
        ("SANCTION", "convict", 1, "الحكم بقتله", "المحكمة العامة", None, None, "H"),
        ("SANCTION", "convict", 1, "صدق الحكم", "محكمة الاستئناف، ومن المحكمة العليا", None, None, "H"),
        ("ASSAULT", "targeted", 2, "تنفيذ حكم القتل", None, "قاسم محمد الهلال", "محافظة حريملاء", ""),
        ("THREATEN", None, 3, "تحذر", "وزارة الداخلية", "كل من يقدم على ذلك", None, ""),
        ("ASSAULT", "targeted", 5, "تنفيذ حكم القتل", None, "مهرب مخدرات سوري", "الرياض", ""),
    ],
    # Yemen: coalition air strikes; government forces and resistance enter Zinjibar.
    "snn-13ed6b749af5": [
        ("ASSAULT", "aerial", 0, "غارات جوية", "طائرات التحالف العربي", "مواقع للحوثيين", "مأرب", ""),
        ("COERCE", "seize", 0, "الدخول", "القوات الحكومية والمقاومة الشعبية", None, "مدينة زنجبار", ""),
        ("COERCE", "seize", 1, "تحرير", "القوات الشرعية", None, "محافظة الضالع", ""),
        ("COERCE", "seize", 1, "دخلت", "القوات الشرعية", None, "زنجبار", ""),
        ("COERCE", "seize", 1, "تحتلها", "ميليشيات الحوثي وصالح المتمردة", None, None, "H"),
        ("RETREAT", "withdraw", 1, "فرار", "المتمردين", None, None, ""),
        ("ASSAULT", None, 2, "مواجهات دامية", "القوات الموالية للشرعية", None, None, ""),
        ("COERCE", "seize", 2, "سيطرت", "القوات الموالية للشرعية", None, None, ""),
        ("RETREAT", "withdraw", 2, "الفرار", "المتمردين", None, None, ""),
        ("COERCE", "seize", 2, "تسيطر", "القوات الموالية للشرعية", None, "مديرية حزم العدين", ""),
        ("ASSAULT", None, 2, ("مواجهات", 2), "القوات الموالية للشرعية", "الحوثيين", "مديرية حزم العدين", ""),
        ("ASSAULT", "heavy-weapons", 3, "هجوم", "للمقاومة", "نقطة تابعة للحوثيين", "محافظة حجة", ""),
        ("ASSAULT", "aerial", 4, "غارات", "للتحالف", None, None, ""),
        ("COERCE", "seize", 6, "تدخل", "المقاومة", None, "زنجبار", ""),
    ],
    # Istanbul: two women fire on the US consulate; attacks on Turkish security forces.
    "snn-1ba3c02c0c0d": [
        ("ASSAULT", "firearms", 1, "أطلقت", "امرأتان", "القنصلية الأمريكية", "اسطنبول", ""),
        ("ASSAULT", None, 1, "الهجمات المنفصلة", None, "قوات الأمن التركية", None, ""),
        ("ASSAULT", None, 1, "حملة", "تركيا", "تنظيم الدولة الاسلامية والمقاتلين الأكراد وعناصر من اليسار المتطرف", None, ""),
        ("MOBILIZE", None, 2, "حالة تأهب قصوى", "تركيا", None, None, ""),
        ("ASSAULT", "aerial", 2, "ضربات جوية", "تركيا", "مقاتلي تنظيم الدولة الإسلامية", "سوريا", ""),
        ("ASSAULT", "aerial", 2, "ضربات جوية", "تركيا", "مقاتلي حزب العمال الكردستاني", "شمال العراق", ""),
        ("COERCE", "arrest", 2, "اعتقال", "تركيا", "مئات من المشتبه بهم", None, ""),
        ("ASSAULT", "firearms", 3, "الهجوم", "جبهة جيش تحرير الشعب الثوري", "القنصلية الأمريكية", "اسطنبول", ""),
        ("ACCUSE", "disapprove", 3, "عدو لدود", "جبهة جيش تحرير الشعب الثوري", "الولايات المتحدة", None, ""),
        ("ASSAULT", "suicide-attack", 5, "تفجير انتحاري", "الجبهة", "السفارة الأمريكية", "أنقرة", "H"),
        ("COERCE", "restrict", 6, "أغلقت", "الشرطة", None, "حي ساريير", ""),
        ("ASSAULT", "firearms", 7, "أطلقت", "احدى المرأتين", "مسؤولي الامن وضباط القنصلية", None, ""),
        ("REQUEST", None, 8, "صاحت", "الشرطة", None, None, ""),
        ("REJECT", None, 10, "لن أستسلم", "المرأة", None, None, ""),
        ("THREATEN", "violence", 12, "حذرتها", "الشرطة", "المرأة", None, ""),
        ("ASSAULT", "firearms", 12, "لاطلاق النار", "الشرطة", None, None, "F"),
        ("COERCE", "arrest", 14, "اعتقال", None, "احدى المرأتين", None, ""),
        ("ASSAULT", None, 14, "إصابتها", None, "احدى المرأتين", None, ""),
        ("COERCE", "arrest", 15, "قضت حكما بالسجن", None, "المرأة", None, "H"),
    ],
    # Turkey: raids on the PKK continue; Erdogan denies links with ISIS.
    "snn-0b56fe952af7": [
        ("ASSAULT", None, 0, "المواجهات", "القوات التركية ومتمردي تنظيم «حزب العمال الكردستاني»", None, None, ""),
        ("ASSAULT", "aerial", 0, "الغارات", ("القوات التركية", 2), "مواقع التنظيم", "العراق", ""),
        ("ASSAULT", None, 2, "هجوما", "مسلحون أكراد", "مركز شرطة", "جنوب تركيا", ""),
        ("ASSAULT", "firearms", 3, "تبادل إطلاق النار", ("الشرطة", 2), "اثنين من المسلحين الأكراد", "مدينة أضنة", ""),
        ("ASSAULT", "firearms", 4, "هجوم بالأسلحة", "عناصر من حزب العمال الكردستاني", "عامل في شركة خطوط السكك الحديدية التركية", "منطقة ساريكاميس", ""),
        ("ASSAULT", "explosives", 5, "انفجار قنبلة", "حزب العمال الكردستاني", "الخط", None, ""),
        ("ASSAULT", "aerial", 6, "الغارات", "30 طائرة تركية", "أهداف لحزب العمال الكردستاني", "شمال العراق", ""),
        ("RETREAT", "ceasefire", 6, "وقف الهجوم", "بلاده", None, None, "NF"),
        ("THREATEN", "violence", 7, "العمليات ستستمر", "أوغلو", "الجماعات المسلحة", None, ""),
        ("RETREAT", "withdraw", 7, "تغادر", "الجماعات المسلحة", None, "تركيا", "F"),
        ("SUPPORT", None, 8, "شكره", "الجيش", "المواطنين الأتراك", None, ""),
        ("ACCUSE", "allege", 9, "الاتهامات", None, "تركيا", None, ""),
        ("AID", None, 9, "تساعد", "تركيا", "تنظيم داعش", None, "N"),
        ("ACCUSE", "allege", 9, "متهما", "الرئيس التركي رجب طيب إردوغان", "قوى سوداء", None, ""),
        ("CONSULT", "visit", 10, "زيارة", "الرئيس", None, "إندونيسيا", ""),
        ("ACCUSE", "allege", 11, "تنشر معلومات خاطئة", "إردوغان", "القوى السوداء", None, ""),
        ("AID", None, 12, "ضالعة", "تركيا", None, None, "N"),
        ("AID", None, 15, "تشارك", None, None, None, "NF"),
        ("ACCUSE", "disapprove", 16, "انتقد", "إردوغان", ("الدول", 1), "جاكرتا", ""),
        ("ACCUSE", "allege", 16, "إلقاء اللوم", ("الدول", 1), "تركيا", None, ""),
    ],
    # Saudi Arabia: qisas execution in Al-Baha.
    "snn-0a0653a1fbd0": [
        ("ASSAULT", "targeted", 0, "تنفيذ حكم القتل", None, "أحد الجناة", "منطقة الباحة", ""),
        ("ASSAULT", "firearms", 4, "قتل", "صالح بن شعيل بن سودان الأحمدي الزهراني", "عطية بن حسن بن عبدالله الأحمدي الزهراني", None, "H"),
        ("COERCE", "arrest", 6, "القبض", "سلطات الأمن", ("الجاني المذكور", 1), None, "H"),
        ("SANCTION", "convict", 6, "الحكم عليه بالقتل قصاصاً", "المحكمة العامة", None, None, "H"),
        ("SANCTION", "convict", 6, "صدق الحكم", "محكمة التمييز ومن مجلس القضاء الأعلى بهيئته الدائمة", None, None, "H"),
        ("SANCTION", "convict", 6, "صدق ذلك", "محكمة الاستئناف ومن المحكمة العليا", None, None, "H"),
        ("ASSAULT", "targeted", 7, "تنفيذ حكم القتل", None, "صالح بن شعيل بن سودان الأحمدي الزهراني", "محافظة الحجرة", ""),
        ("THREATEN", None, 8, "تحذر", "وزارة الداخلية", "كل من تسول له نفسه", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
