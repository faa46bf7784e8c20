"""Build events-blind35.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-fifth events blind set; same layout and guidelines as the first
thirty-four sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind34.jsonl and their blind/ ..
blind34/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind35.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind35.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-fourth sets' rule: here "زيارة" from "بزيارة", "قصف" from "فقصف"); in actors, recipients and places the fused
# ب/ل/ك is left out ("لجان المقاومة الشعبية ..." from "للجان", "مبنى المؤسسة الاستهلاكية" from "استهداف مبنى");
# spellings as written ("طيران التحـالف" with its tatweel, "قيادي بارز في \xa0داعش" with its no-break space (written
# as the escape \xa0), "قوة جديد"
# as written), copied exactly; a string repeated in its sentence is picked by its occurrence.
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to thirty-fourth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Weeam: LG unveils its mid-range Bello II phone (21 July). A product launch and its planned markets (company
    # business, no political counterpart); s9 the link line (not coded, the twentieth to thirty-fourth sets): none.
    "snn-0f014ca28547": [],
    # Sabq: Russian photographers (AirPano) take aerial panoramas of the world's cities (2 August). Photography: none.
    "snn-abb66cb77f83": [],
    # Al-Riyadh: twenty sheikhs of al-Ahsa condemn the Emergency Forces mosque bombing (9 August). s0 their statement
    # condemning the attack (-> ACCUSE disapprove, the attacker unnamed: recipient null) and the bombing itself inside
    # "العمل الإرهابي الجبان الذي استهدف" with its target and toll, reported nowhere else as news (-> ASSAULT, mode null,
    # the thirty-fourth set's anchor rule; actor null); s1 the statement's text: the Eastern Province mosque attacks
    # recalled inside "بعد أن نالت" with their own place (May, more than five weeks before -> ASSAULT [H]); the Abha
    # attack restated in the quotation, "نستنكر" the same condemnation, the condolences and the calls for treating the
    # roots (necessity statements) not coded; s2 the list of signatories: none.
    "snn-06bdbbf7c87a": [
        ("ACCUSE", "disapprove", 0, "استنكروا", "عدد من المشايخ", None, None, ""),
        ("ASSAULT", None, 0, "العمل الإرهابي الجبان", None, "رجال الأمن", None, ""),
        ("ASSAULT", None, 1, "نالت", "يد الإجرام والإرهاب", "المصلين والمقيمين لشعائر الله من الأبرياء", "المنطقة الشرقية", "H"),
    ],
    # Ain Al-Youm: a Hajj official calls the campaign figures circulating online false (8 August). The denial of
    # figures, the fake campaigns as a standing phenomenon and the companies' licences not yet received (administration
    # inside the sector, no counterpart act): none.
    "snn-e171729a7987": [],
    # Al-Riyadh: a truck hits a religious procession in Mexico, 23 dead (31 July). A road accident (brakes failed; the
    # driver's flight not an act against anyone): none.
    "snn-548031efc8e2": [],
    # Al-Watan: Anbar asks the coalition to finish off ISIS (24 July). s0 Carter's unannounced visit to Baghdad to meet
    # Iraqi officials (-> CONSULT visit) and the Anbar council's demand that the US intensify its sorties and arm the
    # tribes (-> REQUEST assist); s1 the US officials' pledge of arms to the Anbar tribes during the Anbar delegation's
    # visit to Washington (undated background -> CONSULT visit [H], AGREE [H]; "لم نحصل على شيء" and the training a
    # standing state); s2 a necessity statement; s3 the security forces' control of al-Hamidiya and al-Bu Aitha
    # (-> COERCE seize) and their advance to liberate al-Khalidiya island (-> ASSAULT, mode null, the sets' advances);
    # s4 three army regiments arriving at al-Fallahat to prepare the last phase (-> MOBILIZE troops: no assault
    # reported with it); s5 the Anbar government's announced siege of Ramadi from three sides (-> COERCE restrict,
    # PLOVER "cordoning off areas"); s6 the return of displaced families (no event); s7 al-Abadi receiving the Salahuddin
    # governor (a meeting inside one government, the twenty-ninth to thirty-fourth sets: not coded); s9 the MP's call on
    # the security forces to activate intelligence work (-> REQUEST change; "عودة التفجيرات" a series); s10 his view;
    # s11 the Taji bomb (-> ASSAULT explosives) and s12 the similar incidents at al-Amiriya killing three Sahwa and army
    # members (-> ASSAULT explosives, "حوادث مماثلة" of the bombs).
    "snn-5f796619a3a4": [
        ("CONSULT", "visit", 0, "زيارة غير معلنة", "وزير الدفاع الأميركي آشتون كارتر", "مسؤولين عراقيين", ("بغداد", 1), ""),
        ("REQUEST", "assist", 0, "طالب", "مجلس محافظة الأنبار", "الولايات المتحدة", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "وفد يمثل محافظة الأنبار", None, "واشنطن", "H"),
        ("AGREE", None, 1, "تعهد", "المسؤولون الأميركيون", "متطوعي عشائر الأنبار", None, "H"),
        ("COERCE", "seize", 3, "فرضت سيطرتها", "القوات الأمنية في الأنبار", None, "منطقتي الحامضية والبوعيثة", ""),
        ("ASSAULT", None, 3, "تقدمت لتحرير", "القوات الأمنية في الأنبار", None, "جزيرة الخالدية", ""),
        ("MOBILIZE", "troops", 4, "وصول ثلاثة أفواج عسكرية", "ثلاثة أفواج عسكرية", None, "منطقة الفلاحات غربي الفلوجة", ""),
        ("COERCE", "restrict", 5, "محاصرة", "حكومة الأنبار", None, "مدينة الرمادي", ""),
        ("REQUEST", "change", 9, "طالب", "عضو لجنة الأمن والدفاع في البرلمان العراقي النائب حامد المطلك", "القوات الأمنية", None, ""),
        ("ASSAULT", "explosives", 11, "انفجار عبوة", None, None, "منطقة التاجي شمال العاصمة", ""),
        ("ASSAULT", "explosives", 12, "حوادث مماثلة", None, "ثلاثة عناصر من الصحوة والجيش", "منطقة العامرية غربي بغداد", ""),
    ],
    # Al-Watan: coalition raids pound the rebels' positions in Saada (8 August). s0 the lead: the coalition aviation
    # resumed its bombing (-> ASSAULT aerial); s1 the raids on the border districts of Saada and the leaders' houses
    # (new place -> ASSAULT aerial, actor not named in the sentence: null); s2 the raids on Marran, two on the houses of
    # two named leaders (-> ASSAULT aerial); s3 the cultural centre at Saqin (-> ASSAULT aerial) and the shops of the
    # al-Talh market (another target and place -> ASSAULT aerial, the Sahar house in the same clause); s4 the bodies
    # arriving in Dhamar (no event) and the residents' charge that the rebels lured their sons (-> ACCUSE allege);
    # s5 families refusing the bodies (-> REJECT, PLOVER's residual refusal, mode null), their demand to hold the senders
    # to account (-> REQUEST change) and the armed clashes with Houthi leaders that killed five residents (-> ASSAULT,
    # mode null, the two sides unnamed as one phrase: actor null; the quarrel and the planned revolt (an intention) not
    # coded); s6 the clashes of the past days between the residents and Houthi officials (-> ASSAULT, both sides in one
    # phrase).
    "snn-51bdd6e101b7": [
        ("ASSAULT", "aerial", 0, "قصفه", "طيران التحالف العربي", "مناطق الانقلابيين", None, ""),
        ("ASSAULT", "aerial", 1, "غارات عنيفة", None, "مواقع التمرد", "محافظة صعدة", ""),
        ("ASSAULT", "aerial", 2, "قصف", "طيران التحالف", "منزل القياديين في الجماعة المتمردة، حسن حمود غثاية، وعلي الكعيت", "منطقة مران", ""),
        ("ASSAULT", "aerial", 3, ("قصف", 1), "طيران التحالف", "المركز الثقافي", "منطقة ساقين", ""),
        ("ASSAULT", "aerial", 3, ("قصف", 2), ("التحالف", 2), "محلات تجارية", "سوق الطلح", ""),
        ("ACCUSE", "allege", 4, "اتهموا", "الأهالي", ("المتمردين", 2), None, ""),
        ("REJECT", None, 5, "رفضت", "بعض الأسر", None, None, ""),
        ("REQUEST", "change", 5, "طالبت", "بعض الأسر", None, None, ""),
        ("ASSAULT", None, 5, "مواجهات مسلحة", None, "خمسة من السكان", None, ""),
        ("ASSAULT", None, 6, "مواجهات", "الأهالي ومسؤولين حوثيين", None, None, ""),
    ],
    # Al-Eqtisadiah: the Syrian Observatory: 51 ISIS members killed by coalition strikes in 48 hours (6 August). s0 the
    # coalition's strikes on Deir ez-Zor, Hasakah and Raqqa (-> ASSAULT aerial); s2 the strike on the consumer
    # institution building in al-Mayadin used as a court and the strike on the al-Kreen camp near al-Tabqa (two places ->
    # two ASSAULT aerial records, actor not named in the sentence: null); s3 the strikes on the positions on the roads
    # to Aleppo and Hama and in rural Hasakah (-> ASSAULT aerial); s1 the victims' nationality (no event).
    "snn-48998fb4e77c": [
        ("ASSAULT", "aerial", 0, "قصف", "طائرات التحالف الدولي", "تمركزات ومواقع وحواجز التنظيم", "دير الزور والحسكة والرقة", ""),
        ("ASSAULT", "aerial", 2, ("استهداف", 1), None, "مبنى المؤسسة الاستهلاكية", "مدينة الميادين بريف دير الزور الشرقي", ""),
        ("ASSAULT", "aerial", 2, ("استهداف", 2), None, None, "منطقة معسكر الكرين قرب مدينة الطبقة بريف الرقة الغربي", ""),
        ("ASSAULT", "aerial", 3, "استهداف", None, "مواقع وحواجز للتنظيم وآليات", None, ""),
    ],
    # Al-Weeam: "Eid al-Qurainah", the Qurainah social development committee's Eid programme (21 July). Exhibitions,
    # entertainment and prizes (one committee's programme; the chairman's thanks to the residents and sponsors for
    # their support is a committee's own business, as the thirty-fourth set's club matters); s9-s11 the link line: none.
    "snn-0fcd6fc63a46": [],
    # Al-Yaum: armed clashes escalate between the Kurds and the Turkish army (10 August). s0 the PKK's attack on an army
    # outpost and a police car on Saturday night (-> ASSAULT, mode null); s1 Turkey's air campaign on the PKK camps in
    # northern Iraq from 24 July (seventeen days before: not historical -> ASSAULT aerial; the Anadolu toll not coded);
    # s2 a view; s3 the PKK's July statement that it would escalate its attacks (-> THREATEN violence), its charge that
    # Turkey broke the ceasefire (-> ACCUSE allege) and the 2013 ceasefire inside "أبرم" (-> AGREE [H], actor null); s4
    # the gunmen's fire on the police vehicle in Midyat (new actor and place -> ASSAULT firearms); s5 the rockets on the
    # outpost at Bulanik (-> ASSAULT heavy-weapons); s6 the clashes of the day before, six killed (-> ASSAULT, both sides
    # in one phrase); s7 Demirtas's call on the PKK to take its finger off the trigger (-> REQUEST yield, PLOVER
    # "ceasefires") and on the government to start talks (-> REQUEST meet); s8 tolls; s9 the Turkish jets' strikes on
    # ISIS in Syria (-> ASSAULT aerial) and Ankara allowing the US-led coalition to use its air bases (-> COOPERATE,
    # PLOVER military cooperation); s10 the 1984 insurgency and the terrorist designations (standing); s11 the 2012 peace
    # process with Ocalan (-> CONSULT [H], mode null, the twelfth to thirty-fourth sets).
    "snn-32641dcb2026": [
        ("ASSAULT", None, 0, "هاجموا", "مقاتلي حزب العمال الكردستاني", "موقعًا أماميًا للجيش التركي وسيارة للشرطة", "جنوب شرق تركيا", ""),
        ("ASSAULT", "aerial", 1, "حملة جوية", "تركيا", "معسكرات حزب العمال الكردستاني", "شمال العراق", ""),
        ("THREATEN", "violence", 3, "سيصعد هجماته", "حزب العمال الكردستاني", None, None, ""),
        ("ACCUSE", "allege", 3, "متهمًا", "حزب العمال الكردستاني", "تركيا", None, ""),
        ("AGREE", None, 3, "وقف لاطلاق النار", None, None, None, "H"),
        ("ASSAULT", "firearms", 4, "فتح مسلحون من حزب العمال الكردستاني النار", "مسلحون من حزب العمال الكردستاني", "مركبة للشرطة", "بلدة مديات", ""),
        ("ASSAULT", "heavy-weapons", 5, "اطلقوا الصواريخ", "مقاتلي حزب العمال الكردستاني", "موقع عسكري متقدم", "منطقة بولانيك بإقليم موش", ""),
        ("ASSAULT", None, 6, "اشتباكات", "قوات الأمن والمقاتلين الأكراد", None, "جنوب شرق البلاد", ""),
        ("REQUEST", "yield", 7, "دعا", "صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في تركيا", "حزب العمال", None, ""),
        ("REQUEST", "meet", 7, "حث", "صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في تركيا", "الحكومة", None, ""),
        ("ASSAULT", "aerial", 9, "قصفت", "المقاتلات التركية", "مواقع لتنظيم داعش", "سوريا", ""),
        ("COOPERATE", None, 9, "سمحت", "أنقرة", "للتحالف الذي تقوده الولايات المتحدة", None, ""),
        ("CONSULT", None, 11, "عملية سلام", "أنقرة", "عبدالله أوجلان زعيم حزب العمال الكردستاني", None, "H"),
    ],
    # Al-Weeam: a senior ISIS leader killed in a coalition raid in Kirkuk (27 July). s0 the lead (-> ASSAULT aerial,
    # the sets' leads coded beside their details); s1 the raids on the Hawija district (new place -> ASSAULT aerial,
    # actor null); s2 the killing of Hisham al-Tikriti when his car was struck (-> ASSAULT aerial, the leader as
    # recipient); s3 Sunday's four raids near Tuz Khurmatu (-> ASSAULT aerial); s4 ISIS holding civilians in Hawija
    # (a standing state, its control "منذ" a bare anchor); s5 the link line: not coded.
    "snn-ee9589cd9200": [
        ("ASSAULT", "aerial", 0, "غارات", "طيران التحالف الدولي", "عناصر تنظيم داعش", "محافظة كركوك شمالي العراق", ""),
        ("ASSAULT", "aerial", 1, "الغارات الجوية", None, "عددا من المواقع العسكرية والمقرات التابعة لداعش", "قضاء الحويجة جنوبي غرب المحافظة", ""),
        ("ASSAULT", "aerial", 2, "استهداف سيارته", None, "قيادي بارز في \xa0داعش يدعى هشام التكريتي", None, ""),
        ("ASSAULT", "aerial", 3, "نفذت", "مقاتلات التحالف الدولي ضد داعش", "مراكز تجمع تابعة لداعش", "قضاء طوز خورماتو جنوب كركوك", ""),
    ],
    # Al-Jazirah: more than 50 killed in Cameroon and Nigeria (24 July). s0 the lead (-> ASSAULT, Boko Haram as actor)
    # and the Nigerian president's warning that US policy harms the fight against the group (-> ACCUSE disapprove);
    # s1 the double attack in Maroua (-> ASSAULT, mode null here) and the two bombs at the Gombe bus stations
    # (-> ASSAULT explosives); s2 Boko Haram's video threat "we will come at you from where you do not expect"
    # (-> THREATEN violence); s3 the five-nation force expected to deploy by 30 July (-> MOBILIZE troops [F]), the
    # group's allegiance to ISIS inside "التي اعلنت" (March, more than five weeks -> COOPERATE [H]) and its six-year toll
    # (not coded); s4 the two girls' suicide bombings in Maroua's central market (new actor and method -> ASSAULT
    # suicide-attack); s5 a restatement.
    "snn-018edd34a298": [
        ("ASSAULT", None, 0, "هجمات", "حركة بوكو حرام", None, "الكاميرون ونيجيريا", ""),
        ("ACCUSE", "disapprove", 0, "حذر", "رئيسها", "الولايات المتحدة", None, ""),
        ("ASSAULT", None, 1, "الهجوم المزدوج", None, None, "مروة بشمال الكاميرون", ""),
        ("ASSAULT", "explosives", 1, "تفجيرين", None, "محطتي حافلات", "غومبيه بشمال شرق نيجيريا", ""),
        ("THREATEN", "violence", 2, "متوعدة", "بوكو حرام", None, None, ""),
        ("MOBILIZE", "troops", 3, "بالانتشار", "قوة جديد من خمس دول", None, None, "F"),
        ("COOPERATE", None, 3, "اعلنت ولاءها", "المجموعة", "تنظيم داعش", None, "H"),
        ("ASSAULT", "suicide-attack", 4, "قامتا بتفجير نفسيهما", "فتاتان", None, "السوق المركزي في مروة", ""),
    ],
    # Al-Yaum editorial: obscurantists against national coexistence (10 August). Views, except s1's account of the
    # Emergency Forces mosque suicide bomber who "appeared in the mosque and betrayed the worshippers" (a fact stated
    # in the column -> ASSAULT suicide-attack, the fourteenth to thirty-fourth sets' columns); s3 "إرهاب مسجد الطوارئ"
    # an anaphoric mention.
    "snn-bf2e69540c0f": [
        ("ASSAULT", "suicide-attack", 1, "يغدر", "انتحاري مسجد الطوارئ في عسير", "المصلين من حماة الوطن", None, ""),
    ],
    # Okaz column: Egypt and the UAE, or the Brotherhood? (2 August). s1 Prince Mohammed bin Salman's visit to Egypt
    # (-> CONSULT visit; the place "مصر" is named only inside "الأشقاء في مصر": recipient null, location null) and the
    # joint Arab force's announcement (a prediction, "سيكون"); s2 the UAE's soldiers with ours in Decisive Storm (a
    # standing alliance); the rest views: one event.
    "snn-f2717760a5cc": [
        ("CONSULT", "visit", 1, "زيارة", "سمو ولي ولي العهد الأمير محمد بن سلمان", None, None, ""),
    ],
    # Asharq Al-Awsat column (al-Thaidy): an old Saudi emergency (7 August). s1 the ISIS suicide bomber in the Emergency
    # Forces mosque in Abha yesterday (-> ASSAULT suicide-attack); s2 the spokesman's account (a restatement with the
    # toll); s3 ISIS's crimes in the Eastern Province mosques (May: [H], inside "بعد", reported nowhere else) and the
    # security authorities' disclosure of the terrorists' plan (undated background -> ACCUSE investigate [H]); s7 al-Qaeda's
    # car bomb on the general security building in al-Washm, Riyadh, on 21 April 2004 (-> ASSAULT explosives [H]); the
    # rest views and the 2003-2008 period in general.
    "snn-f1326fd47fd3": [
        ("ASSAULT", "suicide-attack", 1, "فجر", "مجرم داعشي", "المصلين", "مدينة أبها جنوب السعودية", ""),
        ("ASSAULT", None, 3, "جرائم", "«داعش»", None, "المنطقة الشرقية", "H"),
        ("ACCUSE", "investigate", 3, "كشفت", "السلطات الأمنية السعودية", "للإرهابيين", None, "H"),
        ("ASSAULT", "explosives", 7, "هاجمت", "«القاعدة»", "مبنى الأمن العام", "حي الوشم وسط العاصمة الرياض", "H"),
    ],
    # Al-Weeam: the Houthis withdraw from parts of al-Madina al-Khadra (3 August). s0 the withdrawal (-> RETREAT
    # withdraw); s1 the resistance's and the army's advance at the western entrance (-> ASSAULT, mode null; the forced
    # withdrawal restated, the snipers and mines left a state); s2 the coalition's renewed raids on al-Anad base
    # (-> ASSAULT aerial); s3 the base besieged (a state); s4 the clashes in Lahj and Abyan, 9 and 6 killed (-> ASSAULT,
    # actor null); s5 the liberation of Aden days before (inside "قبل أيام", with actor and place, reported nowhere else,
    # about two weeks: not historical -> COERCE seize; the fighting on several fronts general); s6 the link line.
    "snn-7ec0a07ef694": [
        ("RETREAT", "withdraw", 0, "انسحب", "مسلحو ميليشيات الحوثيين وقوات الرئيس السابق علي عبد الله صالح", None, "المدينة الخضراء الواقعة شمال عدن جنوبي اليمن", ""),
        ("ASSAULT", None, 1, "تقدما", "قوات المقاومة الشعبية والجيش الموالي للشرعية", None, "المدخل الغربي للمدينة الخضراء", ""),
        ("ASSAULT", "aerial", 2, "غاراتها", "طائرات التحالف العربي الذي تقوده السعودية", "قاعدة العند الجوية الاستراتيجية", "محافظة لحج جنوبي البلاد", ""),
        ("ASSAULT", None, 4, "الاشتباكات", None, None, "محافظتي لحج وأبين", ""),
        ("COERCE", "seize", 5, "تحرير", "قوات المقاومة الشعبية", None, "مدينة عدن", ""),
    ],
    # Sabq: a Saudi student arrested in the US for threatening with a "pressure cooker" (6 August). s0 the Department of
    # Homeland Security's arrest of the student in Warren County, Kentucky (-> COERCE arrest; his threat there a reason
    # clause, reported in s4); s2 the second-degree charge (-> ACCUSE allege, passive: actor null); s3 the search of
    # his apartment (-> ACCUSE investigate, passive) and the finds; s4 the management's demand that he leave (a private
    # tenancy, not coded) and his threat to the building supervisor with the pot as a bomb (-> THREATEN violence); s5-s6
    # her statement (restatement); s7 his explanation (no event); s8 his court hearing next week (procedure) and the
    # bail set for his release (-> RETREAT release [F], the sets' planned releases).
    "snn-9f0763281bde": [
        ("COERCE", "arrest", 0, "اعتلقت", "وزارة الأمن الداخلي الأمريكية", "طالباً سعودياً", "مقاطعة وارن بولاية كنتاكي", ""),
        ("ACCUSE", "allege", 2, "اتهامه", None, None, None, ""),
        ("ACCUSE", "investigate", 3, "تفتيش", None, "شقة الطالب", None, ""),
        ("THREATEN", "violence", 4, "هددها", "الطالب", "المشرفة على المبنى", None, ""),
        ("RETREAT", "release", 8, "للإفراج عنه", None, None, None, "F"),
    ],
    # Al-Watan: building waste blocks the flood channel at al-Radf, Taif (10 August). Unknown persons dumping waste, the
    # residents' demands for accountability and penalties and the municipality's announced check and penalties (local
    # administration towards unnamed violators, as the thirty-fourth set's company enforcement and the latest sets'
    # municipal matters): none.
    "snn-1bfb83a28346": [],
    # Al-Weeam: Houthis killed in al-Bayda and raids on Marib (31 July). s0 the lead: the Houthis killed in al-Bayda on
    # Friday night (-> ASSAULT, actor null) and the coalition's raids on Marib (-> ASSAULT aerial); s1 the resistance
    # committees' attack on a rebel checkpoint at al-Urouq (-> ASSAULT, the lead's detail with its actor); s2 the two
    # raids on Sirwah (-> ASSAULT aerial); s3 the Jabal Sabr clashes with their toll (-> ASSAULT, actor null); s5 the
    # resistance's storming of Tabbat Masoud (-> ASSAULT) and its control of the al-Alam triangle at Aden (-> COERCE
    # seize); s6 al-Maqdashi's priority (an aim) and s7 Asiri's stated aim (aims not coded); s8 Asiri's warning that the
    # government may remove the Houthis by force if they do not withdraw (-> THREATEN violence); s9 the link line.
    "snn-1d9351cbda5c": [
        ("ASSAULT", None, 0, "قتل", None, None, "محافظة البيضاء وسط البلاد", ""),
        ("ASSAULT", "aerial", 0, "غارات", "طيران التحالف", "معاق المتمردين", "مأرب شمال شرق العاصمة صنعاء", ""),
        ("ASSAULT", None, 1, "هجوم", "لجان المقاومة الشعبية المؤيدة للرئيس عبد ربه منصور هادي", "نقطة للمتمردين", "منطقة العروق بمديرية الشرية", ""),
        ("ASSAULT", "aerial", 2, "أغار", "طيران التحـالف", "مواقع للحوثيين وميليشيات علي عبد الله صالح", "منطقة صرواح غربي محافظة مأرب", ""),
        ("ASSAULT", None, 3, "المواجهات", None, None, "جبل صبر المطل على محافظة تعز", ""),
        ("ASSAULT", None, 5, "اقتحام", "المقاومة الشعبية", "موقع تبة مسعود الاستراتيجي", "جبل صبر المطل على مدينة تعز", ""),
        ("COERCE", "seize", 5, "سيطرت", "المقاومة الشعبية", None, "منطقة مثلث العلم عند المدخل الشرقي لمدينة عدن", ""),
        ("THREATEN", "violence", 8, "إخراجهم بالقوة", "عسيري", "الحوثيون", None, ""),
    ],
    # Al-Eqtisadiah column: Obama's nuclear agreement (25 July). s3 Obama's campaign for the deal: sending his defence
    # and foreign secretaries to persuade the region's states (-> CONSULT visit, actor implied: null; the press
    # conferences, addresses and hosting a general series); s9 Obama's criticism of the GCC states to Friedman (-> ACCUSE
    # disapprove); s10 his rejection of the GCC proposals (undated -> REJECT [H]; the rejection of his own national
    # security team's proposal is inside one government: not coded); s5-s7 and s11 the columnist's recollections and
    # views (general charges against Iran, not coded).
    "snn-aba1e0b353f2": [
        ("CONSULT", "visit", 3, "بعث", None, "دول المنطقة", None, ""),
        ("ACCUSE", "disapprove", 9, "لم تقدم ما يكفي من الدعم", "أوباما", ("دول المجلس", 1), None, ""),
        ("REJECT", None, 10, ("رفض", 1), ("أوباما", 1), None, None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
