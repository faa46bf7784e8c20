"""Build events-blind2.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (second events blind set; same layout and guidelines as the first
set, /work/main/tests/data/events/events-blind.jsonl and its blind/make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind2.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind2.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Housing-ministry exhibitions: citizens sign purchase contracts with developers, infrastructure
    # contracted, a standing public-private programme. Private commercial transactions, project
    # figures and standing programmes are not PLOVER events: none.
    "snn-1e9485a6a895": [],
    # Saudi Credit Bank loan statistics: none (statistics of routine lending).
    "snn-5bb63c1be083": [],
    # WikiLeaks: the US spied on Japan's government and companies. PLOVER has no category for spying
    # itself (intelligence is a context); the published documents are an accusation of espionage
    # (CAMEO 1125 "accuse of espionage" -> ACCUSE allege), coded where a sentence states the spying
    # with a named party. Not coded: "بعد نشر وثائق حول تجسسها على حلفاء" (time anchor), "ويتشاور البلدان
    # دوريا" (habitual), "لم تتم الاشارة تحديدا الى تنصت على رئيس الوزراء" (absence of an allegation),
    # "لم يصدر من طوكيو اي رد فعل" (no reaction), s4/s7 (continuations without a named party).
    "snn-0a0309552626": [
        ("ACCUSE", "allege", 0, "تجسست", "موقع ويكيليكس", "الولايات المتحدة", None, ""),
        ("ACCUSE", "allege", 1, "انشطة التجسس", None, "وكالة الامن القومي الاميركية", None, ""),
        ("ACCUSE", "allege", 2, "التنصت الاميركي استهدف", "ويكيليكس", "الاميركي", None, ""),
        ("ACCUSE", "allege", 6, "المراقبة الاميركية", "الوثائق", "الاميركية", None, ""),
    ],
    # Municipal councils opinion column: none (opinion; "أين ذهبت تلك الوعود" is a rhetorical question).
    "snn-d24d817407a5": [],
    # FATF grants Saudi Arabia an observer seat (decision of 26 June, announced now).
    "snn-2ce9e087e5db": [
        ("CONSULT", "multilateral", 0, "اجتماعها العام الثالث", "مجموعة العمل المالي (FATF)", None, "مدينة بريزبن", ""),
        ("SUPPORT", None, 0, "بالموافقة على منح", "مجموعة العمل المالي (FATF)", "المملكة العربية السعودية", "مدينة بريزبن", ""),
        ("CONSULT", "visit", 1, "الزيارة الميدانية", "وفد رفيع المستوى من المجموعة", "للمملكة", None, ""),
        ("SUPPORT", None, 1, "أشاد", "الرئيس وأعضاء فريق الزيارة", ("المملكة", 1), None, ""),
        ("REQUEST", "assist", 2, "طلباً", "مجموعة العمل المالي (FATF)", "المملكة", None, "H"),
        ("SUPPORT", None, 3, "انضمام", "السعودية", "مجموعة العمــل المالــي «FATF»", None, ""),
    ],
    # Latakia: sit-in demanding punishment of an Assad relative who shot a colonel; Damascus shelling;
    # Aleppo fighting. The protesters' demand (للدعوة لإنزال العقاب; s3 "دعا المعتصمون إلى إعدام"; s7 the
    # chant "الشعب يريد إعدام سليمان") is the topic of the protest and, per PLOVER, not coded separately;
    # the killing that motivated it is (PLOVER: motivating events are coded).
    "snn-fa07f26fd57b": [
        ("PROTEST", "demo", 0, "اعتصم", "نحو ألف سوري", "أحد أفراد عائلته", "مدينة اللاذقية", ""),
        ("ASSAULT", None, 0, "بقتل", "أحد أفراد عائلته", "عقيد في الجيش", None, ""),
        ("PROTEST", "demo", 1, "اعتصاما", "أكثر من ألف شخص", "سليمان هلال الأسد", ("اللاذقية", 1), ""),
        ("ASSAULT", "firearms", 1, ("قتل", 1), "سليمان هلال الأسد", "للعقيد حسان الشيخ", "مدينة اللاذقية", ""),
        ("ASSAULT", None, 3, "معارك", "القوات المعارضة للحكومة", "هلال الأسد", None, "H"),
        ("ASSAULT", "firearms", 5, "فقتله بالرصاص", "سليمان الأسد", "العقيد الشيخ", "اللاذقية", ""),
        ("ASSAULT", None, 6, "قتل", "أحد حراس سليمان الشخصيين", "الشيخ", None, ""),
        ("ASSAULT", None, 9, "اشتباكات", "المعتصمين ورجال الشرطة", None, "اللاذقية", "N"),
        ("ASSAULT", "heavy-weapons", 12, "القذائف الصاروخية", "المعارضة", None, "دمشق", ""),
        ("ASSAULT", None, 13, "قتال", None, None, "حلب", ""),
        ("ASSAULT", None, 14, "اشتباكات", "الفصائل المقاتلة وتنظيم داعش", None, "ريف حلب الشمالي", ""),
        ("ASSAULT", "suicide-attack", 14, "تفجيرين انتحاريين", "التنظيم", None, "ريف حلب الشمالي", ""),
        ("ASSAULT", "heavy-weapons", 15, "القذائف الصاروخية", "الفصائل المقاتلة", None, None, ""),
        ("ASSAULT", None, 16, "اشتباكات عنيفة", "عناصر داعش من جهة والفصائل الإسلامية والمقاتلة", None, "ريف حلب الشمالي", ""),
        ("ASSAULT", "suicide-attack", 16, "تفجير عنصرين من التنظيم لنفسيهما", "عنصرين من التنظيم", None, "ريف حلب الشمالي", ""),
        ("COERCE", "seize", 18, "للسيطرة", "التنظيم", None, None, "F"),
        ("COERCE", "restrict", 18, "لقطع طرق إمداد", "التنظيم", "هذه الفصائل", None, "F"),
    ],
    # Column on political jokes: the jokes' fictional events (Netanyahu/US president press conference,
    # "الضوء الأخضر لقتل"), Sadat's intelligence reports on jokes, "أيام الغزو الإسرائيلي لقطاع غزة" (time
    # anchor), an archaeological find: none.
    "snn-03d37861a269": [],
    # Opinion column on Abdulmalik al-Houthi's speech. Coded: the events the column reports as facts.
    # Not coded: the columnist's characterisations ("محاولاً حشد أتباعه"), rhetorical questions and
    # speculation ("هل انقلب"، "قد يزور الإيرانيون عمان")، "إلى أن ثار عليهم اليمنيون" and "بعد الثورة اليمنية
    # وتنحي صالح" (time anchors), the recap "برر، وخوّن، وشتم" (anaphoric), the Houthis' standing slogan
    # and claim in s18 ("يقول: الموت لأميركا، ويزعم ...", habitual), "يتغنى به الحوثي" (sarcastic comment).
    "snn-6b2dd0353e27": [
        ("COERCE", "seize", 0, "تحرير عدن", None, None, "عدن", ""),
        ("CONSULT", "visit", 1, "ظهور", "خالد البحاح", None, None, ""),
        ("ACCUSE", "disapprove", 1, "وصف", ("الحوثي", 2), None, None, ""),
        ("ACCUSE", "allege", 3, "يكيل التهم", "عبد الملك الحوثي", "للمملكة العربية السعودية", None, ""),
        ("ACCUSE", "disapprove", 3, "يوجه اللوم والانتقاد", "عبد الملك الحوثي", "علي عبد الله صالح", None, ""),
        ("AGREE", None, 5, "اتفاق السلم والشراكة", None, None, None, "H"),
        ("AGREE", None, 11, "ترحيبه بكل جهد سياسي", "الحوثي", None, None, ""),
        ("CONSULT", "visit", 14, "زار", "وزير خارجية إيران", None, "الكويت وقطر والعراق", ""),
        ("CONSULT", "visit", 14, "لم يزر", None, None, "عمان", "N"),
        ("CONSULT", None, 14, "الاجتماعات الخمسة السرية", None, None, None, "H"),
        ("CONSULT", "third-party", 17, "اجتمع", "الحوثيون", "أميركا", "سلطنة عمان", "H"),
        ("SUPPORT", None, 19, "مررت", "موسكو", "القرار 2216", None, "H"),
        ("ACCUSE", "disapprove", 19, "يدين", "مجلس الأمن", ("الحوثي", 2), None, "H"),
    ],
    # Jordanian intelligence detains the uncle of the Chattanooga gunman. Investigations (قيد التحقيق،
    # استجوابه، المحققون يتساءلون) are ACCUSE investigate (PLOVER: all investigations; the first set left
    # investigations uncoded only where a conviction followed). The uncle's earlier stay/visit (s5) and
    # the family's view (s6) are not events; "تحدثت السلطات عن عمل ارهابي داخلي" is a characterisation.
    "snn-e49030421144": [
        ("COERCE", "arrest", 0, "تعتقل", "المخابرات العامة الاردنية", "خال محمد يوسف عبدالعزيز", None, ""),
        ("ASSAULT", None, 0, "الهجوم", "محمد يوسف عبدالعزيز", "مركزين عسكريين", "تشاتانوغا", ""),
        ("COERCE", "arrest", 1, "تعتقل", "المخابرات", "موكلي الاستاذ الجامعي اسعد ابراهيم الحاج علي", None, ""),
        ("ACCUSE", "disapprove", 1, "بشكل غير قانوني", "المحامي عبدالقادر الخطيب", "المخابرات", None, ""),
        ("ACCUSE", "disapprove", 2, "بشكل غير قانوني وتعسفي", None, "المخابرات", None, ""),
        ("ACCUSE", "investigate", 2, "قيد التحقيق", "المخابرات", "موكلي", None, ""),
        ("REQUEST", "yield", 2, "مطالبا", None, None, None, ""),
        ("RETREAT", "release", 2, "باطلاق سراح", None, "موكله", None, "F"),
        ("REQUEST", None, 3, "استدعي", "المخابرات", None, None, ""),
        ("ACCUSE", "investigate", 3, "استجوابه", "المخابرات", None, None, ""),
        ("RETREAT", "release", 3, "يطلق سراحه", "المخابرات", None, None, ""),
        ("COERCE", "seize", 4, "بتفتيش", None, "منزله", None, ""),
        ("COERCE", "arrest", 4, "اعتقاله مجددا", None, None, None, ""),
        ("ASSAULT", None, 7, "هاجم", "عبدالعزيز", "مكتبا للتجنيد العسكري", None, ""),
        ("ASSAULT", None, 7, ("قتل", 1), "عبدالعزيز", "خمسة جنود", None, ""),
        ("ASSAULT", None, 7, "يقتل بايدي الشرطة", "الشرطة", None, None, ""),
        ("ASSAULT", "firearms", 8, "تبادل لاطلاق النار", "الشرطة", "هذا الشاب", None, ""),
        ("ACCUSE", "investigate", 8, "يتساءلون عن دوافع", "المحققون", "هذا الشاب", None, ""),
    ],
    # Jabhat al-Nusra abducts US-trained Division 30 fighters; regime air raids in Idlib.
    "snn-ad5fe406f7b3": [
        ("ASSAULT", "abduct", 0, "خطفت", "جبهة النصرة", "ثمانية عناصر من فرقة سورية مقاتلة", None, ""),
        ("AID", None, 0, "تلقوا تدريبات", "الاميركي", "ثمانية عناصر من فرقة سورية مقاتلة", None, ""),
        ("MOBILIZE", "militia", 0, "انتقلوا", None, None, "سوريا", ""),
        ("ASSAULT", None, 0, "عملية عسكرية", None, "تنظيم «داعش»", None, "F"),
        ("ASSAULT", "abduct", 1, "خطف", "عناصر من جبهة النصرة", "قائد الفرقة 30 العقيد المنشق نديم الحسن", None, ""),
        ("CONSULT", None, 1, "اجتماع", None, None, "مدينة اعزاز", ""),
        ("MOBILIZE", "militia", 2, "دخلوا سوريا", "مجموعة من 54 مقاتلا", None, "سوريا", ""),
        ("ASSAULT", "abduct", 3, "عملية الخطف", "جبهة النصرة", None, "مفرق سجو", ""),
        ("ACCUSE", "disapprove", 4, "استنكرت", "قيادة الفرقة 30", "عناصر تابعة لجبهة النصرة", None, ""),
        ("ASSAULT", "abduct", 4, "بخطف", "عناصر تابعة لجبهة النصرة", "العقيد نديم الحسن قائد الفرقة 30 ورفاقه", "ريف حلب الشمالي", ""),
        ("REQUEST", "yield", 5, "طالبت", "الفرقة", "الاخوة في جبهة النصرة", None, ""),
        ("RETREAT", "release", 5, "باطلاق", "الاخوة في جبهة النصرة", "المخطوفين", None, "F"),
        ("COERCE", "seize", 6, "طردت من", "جبهة النصرة", "فصائل مختلفة", "ريف ادلب", "H"),
        ("ASSAULT", None, 7, "عملية عسكرية", None, "تنظيم داعش", "ريف حلب الشمالي الشرقي", "F"),
        ("AGREE", None, 8, "ووقعت", "الولايات المتحدة وتركيا", None, "انقرة", "H"),
        ("AID", None, 9, ("تدريب", 1), "واشنطن", "مقاتلي المعارضة السورية المعتدلة", None, ""),
        ("ASSAULT", "aerial", 11, "غارات جوية", "الطيران التابع للنظام السوري", "19 مواطنا", "محافظة ادلب", ""),
        ("ASSAULT", "aerial", 12, "غارة", "طائرات حربية", "طفلان شقيقان", "مدينة معرة النعمان", ""),
        ("ASSAULT", "aerial", 12, "قصف جوي", None, "امرأة وطفلها", "قرية جوزف", ""),
        ("ASSAULT", "aerial", 13, "قصف", "طيران حربي", "15 آخرون", "بلدة سراقب", ""),
    ],
    # Baquba: army aviation strikes on ISIS in the Hamrin mountains; three IEDs in Baquba.
    "snn-e4db6943c8fa": [
        ("ASSAULT", None, 0, "مقتل", None, "13 من عناصر تنظيم «داعش» و13 عراقيا", "بعقوبة", ""),
        ("ASSAULT", "aerial", 3, "طلعاته الجوية", "طيران الجيش العراقي", "مواقع عناصر تنظيم «داعش»", "منطقة جبال حمرين", ""),
        ("ASSAULT", "explosives", 4, "انفجار ثلاث عبوات ناسفة", None, "13 مدنيا", "بعقوبة", ""),
    ],
    # Egyptian cabinet approves amended petroleum concession agreements. Government approval of an
    # agreement (ratification) is coded AGREE like a signing in the first set (PLOVER would say SUPPORT).
    # The March agreement with Eni at the Sharm el-Sheikh conference is background (H); the cabinet's
    # weekly meeting is not coded (routine internal meeting, time anchor).
    "snn-a67c331b42d4": [
        ("AGREE", None, 0, "وافق", "مجلس الوزراء المصري", None, None, ""),
        ("AGREE", None, 1, "الاتفاق المبرم", "قطاع البترول المصري وشركة إيني الايطالية", None, "شرم الشيخ", "H"),
        ("AGREE", None, 3, "وافق", "المجلس", None, None, ""),
        ("AGREE", None, 4, "ووافق", None, None, None, ""),
    ],
    # Libya: clashes near Ajdabiya; the GNC's conditions for returning to the UN-led dialogue.
    # s3 "أرسلت الحكومة تعزيزات": MOBILIZE reported in the context of an ASSAULT -> only the ASSAULT
    # (PLOVER note). Not coded: s4-s7 background ("منذ سيطرت جماعة منافسة على العاصمة" time anchor),
    # "مسودة اتفاق ترعاه الأمم المتحدة" (descriptive), the press conference.
    "snn-9d8634174f40": [
        ("ASSAULT", None, 0, "اشتباكات", "قوات موالية للحكومة المعترف بها دوليا وجماعات مسلحة", None, "شرق ليبيا", ""),
        ("ASSAULT", None, 1, "اندلع القتال", None, None, "بلدة أجدابيا", ""),
        ("ASSAULT", "aerial", 1, "هاجمت", "طائرة حربية", "مواقع يشتبه في أنها تابعة للمليشيات المسلحة", None, ""),
        ("ASSAULT", None, 2, "هاجموا", "متشددي تنظيم داعش", "نقطة تفتيش تديرها القوات التابعة للحكومة الرسمية", "أجدابيا", ""),
        ("ASSAULT", None, 3, "قتل", None, "جنديان آخران", None, ""),
        ("COERCE", "seize", 8, "سيطر", "المتشددون الموالون لداعش", None, "مدينة سرت", "H"),
        ("REQUEST", "change", 9, "تمسكه بضرورة النظر في التعديلات", "المؤتمر الوطني العام الليبي", None, None, ""),
        ("CONSULT", None, 9, "العودة للمشاركة في الحوار", "المؤتمر الوطني العام الليبي", None, None, "F"),
        ("AGREE", None, 9, "عازم على المضي بالحوار", ("المؤتمر", 3), None, None, ""),
        ("CONSULT", "phone", 9, "ستتصل بنا", "بعثة الأمم المتحدة إلى ليبيا", None, None, "F"),
    ],
    # Al-Ahsa charity shelters Omani families injured in a road accident; health team treats them.
    # The accident is not an event (not deliberate). Humanitarian help -> AID; thanks -> SUPPORT (first set).
    "snn-86f0161cb0d1": [
        ("AID", None, 0, "بإيواء", "جمعية البر الخيرية بالأحساء", "13 أسرة عمانية", None, ""),
        ("AID", None, 1, "تقديم الخدمات العلاجية", "فريق من صحة الأحساء", ("المصابين", 1), None, ""),
        ("SUPPORT", None, 2, "شكره", "الممتن", "للمبادرات الرسمية والمجتمعية", None, ""),
    ],
    # Obama approves air cover for US-trained Syrian rebels (Division 30).
    # Planned aid/strikes without a pledge verb: own type + hypothetical (first set); Obama's explicit
    # approval (وافق) -> AGREE. Not coded: "لا يستبعد ... احتمال نشوب اشتباك" (speculation), s15 declining
    # to comment, s16 "الغارات الجوية التي شنتها، يوم الجمعة" (anaphoric to s10), s17 general policy,
    # s7 "قامت حتى الآن بتدريب 54 رجلاً فقط" (cumulative statistic), s9 commentary.
    "snn-126d50effe72": [
        ("AID", None, 0, "تقديم دعم جوي", "بلاده", "للمقاتلين في المعارضة السورية", None, "F"),
        ("AID", None, 0, "تدريبهم", "الولايات المتحدة", None, None, ""),
        ("AGREE", None, 1, "وافق", "الرئيس الأمريكي باراك أوباما", None, None, ""),
        ("ASSAULT", "aerial", 2, "بشن غارات جوية", "الولايات المتحدة", "أي مهاجمين", None, "F"),
        ("AID", None, 3, "توفر", "الولايات المتحدة", None, None, "F"),
        ("ASSAULT", None, 4, "معارك", "عناصر من تنظيم القاعدة", "ستة مقاتلين في المعارضة السورية", "شمال سوريا", ""),
        ("AID", None, 5, "تلقت تدريبات", "جنود أمريكيين", "وحدة", "تركيا", ""),
        ("AID", None, 6, "تنوي تدريب", "واشنطن", "نحو 5 آلاف مقاتل سوري", None, "F"),
        ("AID", None, 8, "سلحتهم ودربتهم", "الولايات المتحدة", "مجموعة وليدة من المقاتلين السوريين", None, ""),
        ("ASSAULT", None, 10, "للنيران", "متشددين آخرين", "أول دفعة من القوات التي دربتها الولايات المتحدة", "شمال سوريا", ""),
        ("ASSAULT", "aerial", 10, "غارات جوية", ("الولايات المتحدة", 2), None, None, ""),
        ("ASSAULT", None, 11, "ستشن هجمات", "الولايات المتحدة", None, None, "F"),
        ("ASSAULT", None, 13, "تصوب", "قوات الأسد", "طائرات التحالف الذي تقوده الولايات المتحدة", None, "N"),
        ("ASSAULT", "aerial", 13, "بقصف", "التحالف الذي تقوده الولايات المتحدة", "أهداف تابعة لداعش", "سوريا", ""),
        ("AID", None, 16, "تقديم دعم واسع النطاق", None, "للقوات التي دربتها الولايات المتحدة", None, ""),
    ],
    # Burundi: a senior general killed in a rocket attack on his car in Bujumbura. s5 "بعد اسبوع على اعلان
    # فوز ... رغم احتجاجات المعارضة وادانة دولية" is a time anchor with background: not coded.
    "snn-aaec62871c62": [
        ("ASSAULT", "heavy-weapons", 0, "هجوم صاروخي", None, "جنرالا كبيرا في الجيش البوروندي", "بوجمبورا", ""),
        ("ASSAULT", "heavy-weapons", 2, "هجوم صاروخي", None, "سيارة الجنرال نشيميريمانا", None, ""),
    ],
    # Riyadh labour inspectors catch violations of the midday work ban. Inspection -> ACCUSE investigate;
    # summons -> REQUEST; the penalties to be applied -> SANCTION hypothetical; citizens' reports
    # (بلاغات) -> ACCUSE allege (like the first set's شكاية). Not coded: the standing ban and the penalty
    # scale (s2), the ministry's channels/deployment (s3, general), the renewed call to use the hotline (s4, generic).
    "snn-eaa2a9d8b8ed": [
        ("ACCUSE", "investigate", 0, "ضبط", "مفتشو مكتب العمل في منطقة الرياض", None, "منطقة الرياض", ""),
        ("REQUEST", None, 0, "استدعاءات", "مفتشو مكتب العمل في منطقة الرياض", "مسؤولي المنشآت المخالفة", None, ""),
        ("SANCTION", None, 0, "تطبيق العقوبات", None, "منشآتهم", None, "F"),
        ("ACCUSE", "investigate", 1, "عمليات التفتيش", None, None, "أحياء العزيزية والدار البيضاء", ""),
        ("ACCUSE", "allege", 1, "بلاغات", "مواطنين", None, None, ""),
    ],
    # Yemen: battles in Taiz and Hodeidah; resistance attack in Hodeidah.
    "snn-772f5ee4dbf5": [
        ("ASSAULT", None, 0, "المعارك العنيفة", "ميليشيات الحوثي المتمردة وعناصر الرئيس المخلوع علي عبدالله صالح", "رجال المقاومة الشعبية", "محافظة تعز", ""),
        ("ASSAULT", None, 1, "المعارك", None, None, "جبل صبر", ""),
        ("ASSAULT", None, 2, "هجوم", "المقاومة الشعبية", "تجمع للميليشيا", "مدينة الحديدة", ""),
    ],
    # Najma club board visits patients in Unaizah hospital with gifts and thanks the hospital.
    # Coded as the first set codes visits, gifts (AID) and thanks (SUPPORT); the Eid greetings are not.
    "snn-989e0510467f": [
        ("CONSULT", "visit", 0, "بزيارة", "رئيس وعدد من أعضاء مجلس إدارة نادي النجمة", "مستشفى الملك سعود", "عنيزة", ""),
        ("AID", None, 1, "قدّم", "المجلس", None, None, ""),
        ("SUPPORT", None, 2, "شكره", ("السيوفي", 2), "إدارة المستشفى", None, ""),
    ],
    # Yemen: coalition air raids in Hajja, Saada, al-Bayda/Abyan, Dhamar, Marib, Lahij, Karish.
    # s1 (cumulative losses "خلال الفترة الماضية"، "مواصلة اعتداءاتهم على المدنيين") not coded (tally/general);
    # s4 "الغارات استهدفت قاعدة العند" is the Lahij raids already coded in that sentence.
    "snn-ea3b7bb2f8a2": [
        ("ASSAULT", "aerial", 0, "الغارات الجوية", "طائرات التحالف العربي", None, None, ""),
        ("COOPERATE", None, 0, "التنسيق", "قيادة المقاومة الشعبية الموجودة على الأرض", "قيادة التحالف", None, ""),
        ("ASSAULT", "aerial", 2, "شنت غارات عنيفة", "المقاتلات", "تجمعات المتمردين", "محافظة حجة", ""),
        ("ASSAULT", "aerial", 2, "استهدفت", "المقاتلات", "تعزيزات عسكرية وصهاريج تحمل مشتقات نفطية", "عقبة ثرة", ""),
        ("ASSAULT", "aerial", 3, "استهدفت", "مقاتلات التحالف", "فرع المؤسسة الاقتصادية", "محافظة ذمار", ""),
        ("ASSAULT", "aerial", 4, "ست غارات جوية", "الطائرات", None, "محافظة مأرب", ""),
        ("ASSAULT", "aerial", 4, "16 غارة", "الطائرات", "مواقع الانقلابيين", "محافظة لحج", ""),
        ("COERCE", "restrict", 4, "يحاصرها", "الثوار", "قاعدة العند العسكرية", None, ""),
        ("ASSAULT", "aerial", 5, "قصفت", "المقاتلات", "تعزيزات عسكرية للحوثيين", "منطقة كرش", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
