"""Build events-blind46.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-sixth events blind set; same layout and guidelines as the first
forty-five sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind45.jsonl and their blind/ ..
blind45/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind46.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind46.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-fifth sets' rule: here "وساطة" from "بوساطة", "تجنيد قاصرين" from "لتجنيد", "نقل ملكية" from "بنقل", "رفع العلم
# الإسرائيلي" from "برفع", "الاعتداء عليهم بالضرب" from "بالاعتداء", "الهجوم" from "بالهجوم", "مداهمة" from "لمداهمة",
# "ندد" from "وندد", "تهمة «الاساءة للقرى الايرانية»" from "بتهمة", "أغلقوا" and "قطعوا ..." from "وأغلقوا" and
# "وقطعوا", "انتشرت" from "وانتشرت", "اختطف" from "واختطف", "تهدد" from "وتهدد"; "وقعت" is the verb وقّع itself); in
# actors, recipients and places the fused ب/ل/ك is left out ("مدينة سبها" from "بمدينة", "داعش" from "لداعش", "منطقة
# بونتلاند" of "في منطقة"); where the article's alif is elided the fused ل stays (the first, twenty-fifth and
# twenty-ninth to forty-fifth sets' rule: the trigger "للحادث الأليم", the actor "للجماعة", the recipient "للقيادة
# الإيرانية"); spellings as written, copied exactly ("قوّات الاحتلال" and "الضّفة الغربية المحتلة" with their shaddas
# beside the same sentence's "قوات الاحتلال", the Arabic-Indic "٢٦ مواطنًا فلسطينيًا", "مالايقل عن عشرة من رجال الشرطة"
# without its spaces, 'القوات الأمنية التركية، وعناصر منظمة "بي كيه كيه "' with its loose straight quotes and space,
# 'مدينة "سوروج"' and 'ولاية "أديامان"' with their straight quotes, "حزب العمال الكردستاني (بي كيه كيه)" with its
# brackets, "«شركة تطوير وترميم الحي اليهودي» الإسرائيلية", "جماعة «أنصار بيت المقدس»", "«رفسنجاني»" and "كل شخص
# بحوزته «موبايل» أو يقوم بالتقاط الصور" with their guillemets, the hamza-less "اكثر من عشرة", "اشخاص", "اطلقوا
# النار", "اشاد", "اقليم هكاري", "ايران", "قضاء 10سنوات" without its space); a string repeated in its sentence is
# picked by its occurrence (("محاولة اغتيال", 1) in the Sabha s3, ("اختطاف", 1) before "عملية الاختطاف" in the
# Diyarbakir s1, ("عدد من المعلمين", 2) in the Tehran s0, ("المحكمة", 1), ("المحافظين", 1), ("المحافظون", 3),
# ("هاشمي رفسنجاني", 2), ("رفسنجاني", 11) in "برفسنجاني", ("نجله مهدي", 2) and ("مهدي", 3) in the Rafsanjani s0,
# ("الضغط", 1) and 2 in the Snapchat s1).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-fifth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Okaz: the correction of the status of 363,378 Yemenis (24 July). s0-s1 the passports directorate's tally of the
    # Yemenis whose status was corrected under the King's directive of more than two months before (a programme's
    # figures; the directive an order inside one government, a bare anchor); s2 the directorate's call on the Yemenis to
    # visit the correction centres (an agency's administrative notice to the public, the sets' vacancy and admission
    # notices: not coded); s3-s6 the web address cut at its dots. None.
    "snn-49787bc3758f": [],
    # Al-Riyadh: the passports director, the criminal act will not shake our country (10 August). s0 Maj. Gen. Sulaiman
    # al-Yahya's regret at the painful incident at the Emergency Forces mosque in Asir (his statement condemning the
    # bombing -> ACCUSE disapprove, one record per speaker as the thirteenth and eighteenth sets' condemnations of the same
    # bombing; the incident inside the relative clause with its own place -> ASSAULT, mode null, the thirteenth set's
    # s0; 6 August: recent); s1-s2 his words (the criminal acts, "cowardly", the bombing of worshippers: the same
    # condemnation continued, not coded again); s3 "the bombing of the Abha mosque" (a new method -> ASSAULT explosives,
    # the thirteenth set's s4 "التفجير الإرهابي"; the mosque as place); s4 views; s5 a prayer. Another speaker's reaction
    # to the bombing: not the same story as the earlier sets' reactions (the forty-fifth set's rule).
    "snn-b0a9aa8cf847": [
        ("ACCUSE", "disapprove", 0, "أسفه", "مدير عام الجوازات اللواء سليمان بن عبدالعزيز اليحيى", None, None, ""),
        ("ASSAULT", None, 0, "للحادث الأليم", None, None, "مسجد قوة الطوارئ الخاصة في منطقة عسير", ""),
        ("ASSAULT", "explosives", 3, "تفجير", None, None, "مسجد أبها", ""),
    ],
    # Al-Watan: the Saudi Electronics and Home Appliances Institute opens admission (21 July). An admission notice (the
    # sets' admission notices: not coded); s0-s2 cut at the web address's dots. None.
    "snn-20f121629974": [],
    # Asharq Al-Awsat: a shark kills a diver off Tasmania (26 July). An animal's attack (no human actor: not a PLOVER
    # event, as the first set's Fanning shark story). None.
    "snn-be49471f2a75": [],
    # Al-Jazirah: a ceasefire agreement between the Tuareg and Tebu tribes in southern Libya (27 July). s0 the two tribes
    # signed a ceasefire agreement in Sabha (-> AGREE, the sets' signings, both sides in one actor phrase) through the
    # mediation and sponsorship of the Hasawna, Rabaia, Qadhadhfa, Mahamid and Zawaid tribes and the people of
    # al-Nasiriya (-> CONSULT, mode null, the sets' mediations; the two tribes as recipient), the Amazigh notables'
    # attendance (part of the signing); s1 the agreement's aim and terms (the stop to the fighting, the return of the
    # displaced, the release of the detainees, the sponsors' liability: contents of an agreement, the thirty-fourth set:
    # not coded); s2 UNSMIL had expressed deep concern at the renewed clashes between the two tribes (concern at the
    # parties' act -> ACCUSE disapprove, the forty-third set; the tribes as recipient) and the clashes themselves, inside
    # "إزاء", their own actors and place, reported nowhere else as a main clause (-> ASSAULT, mode null, both sides in
    # one phrase, the place next to the trigger; the toll part of the record; mid-July: recent; the twenty-eighth set's
    # report of the Sabha clashes of 18-21 July is background here, not this article's story); s3 the constitution
    # assembly member Ahmed Abubakr Mahjoub survived an assassination attempt late on Saturday in Sabha (-> ASSAULT
    # targeted, PLOVER "attempted assassinations"; one record for the sentence's two mentions, the source's account
    # giving the place; his treatment not coded).
    "snn-de4f44a5ec36": [
        ("AGREE", None, 0, "وقعت", "قبيلتي التبو والطوارق الليبيتين", None, "مدينة سبها", ""),
        ("CONSULT", None, 0, "وساطة", "قبائل الحساونة والربائع والقذاذفة والمحاميد والزوائد وأهل منطقة الناصرية بسبها", "قبيلتي التبو والطوارق الليبيتين", "مدينة سبها", ""),
        ("ACCUSE", "disapprove", 2, "قلقها البالغ", "بعثة الأمم المتحدة للدعم في ليبيا", "قبيلتي التبو والطوارق", None, ""),
        ("ASSAULT", None, 2, "الاشتباكات", "قبيلتي التبو والطوارق", None, "جنوب ليبيا", ""),
        ("ASSAULT", "targeted", 3, ("محاولة اغتيال", 1), None, "عضو الهيئة التأسيسية لصياغة مشروع الدستور الليبي أحمد أبوبكر محجوب", "مدينة سبها", ""),
    ],
    # Asharq Al-Awsat: an officer and 3 soldiers of the Egyptian army killed by an IED in Sinai (23 July). s0 the IED
    # planted by terrorist elements killed an officer and 3 soldiers and wounded 3 (-> ASSAULT explosives; "بواسطة
    # العناصر الإرهابية" the actor; the toll part of the record) while the army was combing an area of Rafah (inside
    # "أثناء", its own actor and place, reported nowhere else -> COERCE seize, the fourth, ninth, nineteenth and
    # twenty-fifth sets' "تمشيط"; the forty-fourth set's "clearing of remaining pockets" ASSAULT is a fight, not a
    # search); the spokesman's announcement (the source); s1 the many attacks on the army and police since Morsi's ouster
    # (a general series and a tally: not coded) and the ouster itself inside "منذ" (its own recipient, reported nowhere
    # else -> COERCE, mode null [H], the tenth and forty-fifth sets' records of the same removal; the forty-fifth set's
    # anchor rule, here without a named actor); s2 Ansar Bayt al-Maqdis the main party responsible (a standing charge:
    # not coded) and its pledge of allegiance to ISIS last year (inside the relative clause, its own actor and recipient
    # -> SUPPORT [H], the third, nineteenth and twenty-third sets' pledges; its change of name not coded); s3 the group's
    # last attack on 1 July on army checkpoints in Rafah and Sheikh Zuweid (-> ASSAULT, mode null; 22 days before: not
    # historical, the forty-fifth set's Wilayat Sinai attack of 1 July; the attackers' 100 dead the same fight's toll).
    "snn-658751b01fae": [
        ("ASSAULT", "explosives", 0, "انفجار عبوة ناسفة", "العناصر الإرهابية", "ضابط و3 جنود بالجيش المصري", "مدينة رفح في محافظة شمال سيناء", ""),
        ("COERCE", "seize", 0, "تمشيط", "قوات الجيش", None, "مدينة رفح في محافظة شمال سيناء", ""),
        ("COERCE", None, 1, "الإطاحة", None, "الرئيس الأسبق محمد مرسي", None, "H"),
        ("SUPPORT", None, 2, "أعلنت ولاءها", "جماعة «أنصار بيت المقدس»", "تنظيم داعش الإرهابي في الشام والعراق", None, "H"),
        ("ASSAULT", None, 3, "الهجوم", "للجماعة", "عدد من الكمائن للجيش المصري", "مدينتي رفح والشيح زويد", ""),
    ],
    # Al-Jazirah: Hezbollah recruits minors for the al-Zabadani battle and appeals to Iran (6 August). s0 the media's
    # talk of Hezbollah's dead (not coded) and the al-Zabadani battle the party has fought beside the regime forces for
    # about a month (inside the relative clause, a bounded battle with its actor and place -> ASSAULT, mode null, the
    # twenty-fifth and forty-third sets' Zabadani battles; both allies in one actor phrase); s1 the funerals (not
    # coded); s2 Shia sources: the war of attrition pushed the party to recruit minors (-> MOBILIZE militia, PLOVER
    # "mobilize ... any non-state entity", the headline; the named "الحزب" of the same sentence kept); s3 an example (a
    # name); s4 the party's announcement of his "martyrdom" and s5 the funeral of another minor (a death and a funeral
    # without actor, place or time: not coded); s6 more than six party members killed in the same period, among them the
    # field commander in al-Zabadani (-> ASSAULT, mode null, the dead as recipient, the twenty-seventh set's Zabadani
    # toll; "في الزبداني" part of his title: location null); s7 more than ten killed in an ambush inside Syria (a new
    # incident -> ASSAULT, mode null; the party's silence not coded); s8-s11 a killed fighter's mother's reproach to a
    # Hezbollah official before the crowd (-> ACCUSE disapprove, s11; "فوقفت" implied subject: actor null; s9-s10 lone
    # full stops); s12 the Lebanese Forces site's assessment (views); s13 Hezbollah asked the Revolutionary Guard for more
    # military experts and trained Iranian fighters (-> REQUEST assist, PLOVER "military assistance"); s14 Nasrallah's
    # urgent letter to the Iranian leadership (-> CONSULT phone, the forty-first set's letter); s15 the party's backing
    # away from bringing Iraqi Shia fighters (a change of plans: not coded); s16 the rockets from Lebanon and the barrel
    # bombs no longer effective (a standing practice: not coded).
    "snn-63b846047e0c": [
        ("ASSAULT", None, 0, "معركة", "الحزب مع قوات النظام السوري", None, "الزبداني", ""),
        ("MOBILIZE", "militia", 2, "تجنيد قاصرين", "الحزب", None, None, ""),
        ("ASSAULT", None, 6, "مقتل", None, "أكثر من ستة عناصر من الحزب", None, ""),
        ("ASSAULT", None, 7, "كمين", None, "اكثر من عشرة من عناصر حزب الله", "الأراضي السورية", ""),
        ("ACCUSE", "disapprove", 11, "عيب الشوم", None, "مسؤول في حزب الله", None, ""),
        ("REQUEST", "assist", 13, "طلب", "حزب الله", "الحرس الثوري الإيراني", None, ""),
        ("CONSULT", "phone", 14, "رسالة عاجلة", "أمين عام حزب الله حسن نصرالله", "للقيادة الإيرانية", None, ""),
    ],
    # Al-Yaum: 520 volunteer hours at the Al-Ahsa community office (25 July). s0 the volunteers' hours and programmes (a
    # programme's figures: not coded); s1 the director's thanks to his office's departments (inside one organisation: not
    # coded); s2 the office had launched the "Tatawwa" project by signing an agreement with Manarat al-Ataa (-> AGREE,
    # the thirty-ninth and forty-fourth sets' cooperation agreements of organisations; "كان ... قد", undated background ->
    # [H], the forty-fifth set's undated donation); s3 the agreement and the partnership restated (not coded again); s4
    # the platform's services (a description).
    "snn-ce19400d7b1b": [
        ("AGREE", None, 2, "توقيع اتفاقية", "المكتب", "منارات العطاء", None, "H"),
    ],
    # Al-Yaum: Israel strips five Palestinian quarters of the Old City of their ownership (6 August). s0 the "Jewish
    # Quarter Development Company" revealed that it has begun transferring the ownership of five Palestinian quarters of
    # the Old City from their original owners to the settlers living in them (-> COERCE seize, PLOVER "confiscate
    # property"; the writer's "ethnic cleansing" a characterisation); s1-s6 the settlement plan for the Moroccan quarter
    # being drawn up, its costs, the ministers' interest and the synagogue tender to be published (plans, prospects and
    # project details, no act towards a party: not coded); s7 a French Jewish settler raised the Israeli flag in the
    # courtyard of the Dome of the Rock (-> THREATEN, mode null, PLOVER "purely symbolic material actions such as having
    # an unarmed group place a flag on some territory"; the thirty-eighth set coded the same incident's storming
    # "اقتحامه" COERCE seize, a word this text does not use), the guards and worshippers confronted him ("تصدى", detailed
    # in s8: coded there), the occupation forces assaulted them with beating, four injured (-> ASSAULT beat, PLOVER
    # "blows"; the injured as recipient), their arrest ("تم اعتقالهم", reported with the names in s10: coded there), the
    # settler hurried out (not coded), and the occupation forces' wide arrest campaign at dawn in the West Bank, 26
    # Palestinians (-> COERCE arrest); s8 the guards' request to the police to stop the settler (inside "رغم", its own
    # actor and recipient -> REQUEST, mode null; the police's not heeding it not coded), the worshippers' and guards'
    # removal and tearing of the flag and the hand-to-hand scuffles with the settler and the forces (-> ASSAULT beat,
    # PLOVER "fists", the two sides as actor and recipient); s9 the beating and pushing at Bab al-Silsila (s7's assault
    # restated with a place: not coded again) and the guards' and worshippers' anger and condemnation (inside the relative
    # clause, its own actor -> ACCUSE disapprove); s10 the arrest of the manuscripts director Radwan Amr and six guards
    # (-> COERCE arrest, the two named participants in one phrase; their transfer for interrogation an aim, not coded).
    # The flag incident is the thirty-eighth set's second item (alwatan 231062, s4-s8): kept by this article's own main
    # story (the ownership transfer), as the thirty-ninth to forty-fifth sets.
    "snn-34eea8c83a9f": [
        ("COERCE", "seize", 0, "نقل ملكية", "«شركة تطوير وترميم الحي اليهودي» الإسرائيلية", "خمسة أحياء فلسطينية", "البلدة القديمة", ""),
        ("THREATEN", None, 7, "رفع العلم الإسرائيلي", "مستوطن يهودي فرنسي", None, "صحن قبة الصخرة المشرفة", ""),
        ("ASSAULT", "beat", 7, "الاعتداء عليهم بالضرب", "قوات الاحتلال", "أربعة من الحراس والمصلين", None, ""),
        ("COERCE", "arrest", 7, "حملة اعتقالات واسعة", "قوّات الاحتلال", "٢٦ مواطنًا فلسطينيًا", "الضّفة الغربية المحتلة", ""),
        ("REQUEST", None, 8, "طلب", "حراس المسجد الأقصى والمصلين", "الشرطة", None, ""),
        ("ASSAULT", "beat", 8, "اشتباكات بالأيدي", "المصلون والحراس", "المستوطن وقوات الاحتلال", None, ""),
        ("ACCUSE", "disapprove", 9, "عبروا عن غضبهم واستنكارهم", "حراس الأقصى والمصلين", None, None, ""),
        ("COERCE", "arrest", 10, "اعتقلت", "قوات الاحتلال", "مدير قسم المخطوطات في المسجد الأقصى رضوان عمرو، وستة من الحراس", None, ""),
    ],
    # Al-Madina: the elderly of Asir, the "unjustified" costs stole the joy of Eid (21 July). Recollections and views
    # (the call to economise a general exhortation): none.
    "snn-a986fda3e91c": [],
    # Okaz: a teachers' revolt in Iran, the authorities cut the communications (23 July). s0 teachers held a sit-in in
    # front of parliament (-> PROTEST demo) in protest at the arrest of teachers (the protest's motivation, inside
    # "احتجاجا على", its own recipient -> COERCE arrest, PLOVER "an earlier arrest ... should be coded"; the reason of
    # the protest: not flagged, the forty-fifth set's Julaybib threat) and at low incomes (the topic); the continuing
    # Iranian support of armed groups a standing practice; the dozens from most provinces restated; s1 the repression
    # forces deployed at the site (-> MOBILIZE police, PLOVER), closed the streets leading to it (-> COERCE restrict, the
    # forty-second set's closures) and cut the telephone communications (-> COERCE withhold, the forty-fourth set's cut
    # landlines; the named "قوات القمع" kept for both clauses) and the security forces arrested everyone with a mobile
    # or taking pictures (-> COERCE arrest); s2 the deployment at the Baharestan metro entrance (s1's deployment at the
    # parliament's square restated with a place inside it: not coded again) and the announcements that the metro will
    # not stop at Baharestan (-> COERCE restrict, passive: actor null); s3 the teachers' attempts to reach the gathering
    # (part of the protest); s4 the Basij women and the intelligence ministry's women threaten the protesting teachers
    # (-> THREATEN, mode null, content unstated); s5 about 100 arrested (-> COERCE arrest, passive: actor null) after a
    # raid by the repression forces (inside "بعد", its own actor -> COERCE seize, PLOVER "raid", the forty-fourth set);
    # their removal to unknown places not coded.
    "snn-4a2317d46e5b": [
        ("PROTEST", "demo", 0, "اعتصم", "عدد من المعلمين الإيرانيين", None, "مبنى البرلمان الإيراني", ""),
        ("COERCE", "arrest", 0, "اعتقال", None, ("عدد من المعلمين", 2), None, ""),
        ("MOBILIZE", "police", 1, "انتشرت", "قوات القمع", None, None, ""),
        ("COERCE", "restrict", 1, "أغلقوا", "قوات القمع", "الشوارع المنتهية إلى هذه المنطقة", None, ""),
        ("COERCE", "withhold", 1, "قطعوا الاتصالات الهاتفية", "قوات القمع", None, None, ""),
        ("COERCE", "arrest", 1, "اعتقلت", "قوات الأمن", "كل شخص بحوزته «موبايل» أو يقوم بالتقاط الصور", None, ""),
        ("COERCE", "restrict", 2, "لا يتوقف قطار الانفاق", None, None, "محطة بهارستان", ""),
        ("THREATEN", None, 4, "تهدد", "النساء البسيجيات والأخريات التابعات لوزارة المخابرات", "المعلمات المحتجات", None, ""),
        ("COERCE", "arrest", 5, "اعتقال", None, "نحو 100 من المعلمين المجتمعين", None, ""),
        ("COERCE", "seize", 5, "مداهمة", "قوات القمع", None, None, ""),
    ],
    # Al-Weeam (Reuters): Iran will return to the oil market at full capacity once the sanctions are lifted (21 July; the
    # Reuters copy of 14 July, "اليوم الثلاثاء"). s0 the Shana official's statement (a prospect; the agreement inside
    # "عقب" coded in s1); s1 Iran and the six world powers reached a historic nuclear agreement "today" (-> AGREE, the
    # sets' records of the same agreement; recent by the text); s2 the price fall and the sanctions' easing (a market
    # report and a prospect; the standing sanctions not coded); s3-s4 Qamsari's priorities and aims (views); s5 several
    # refineries expressed their wish to buy Iranian supplies (an expressed willingness to trade -> AGREE, the
    # thirty-fourth and forty-third sets' readiness); s6-s8 his words (views; the study of contracts not an act); s9
    # Zanganeh's plan of last month (an aim); s10-s16 analysts and the Reuters survey (views and figures; s13/s14 and
    # s15/s16 cut at decimal points); s17 the link line.
    "snn-a4cc0406f936": [
        ("AGREE", None, 1, "اتفاق نووي تاريخي", "إيران والقوى العالمية الست الكبرى", None, None, ""),
        ("AGREE", None, 5, "أبدت رغبتها في شراء", "عددا من مصافي النفط", None, None, ""),
    ],
    # Al-Weeam (AFP): clashes during a racist organisation's demonstration in South Carolina (21 July). s0 dozens of an
    # anti-black organisation's members demonstrated on Sunday 19 July against the removal of the Confederate flag (->
    # PROTEST demo); s1 limited clashes (-> ASSAULT, mode null, the lead) after the deployment of large numbers of police
    # in Columbia (inside "بعد", its own actor and place -> MOBILIZE police); s2 the flags raised (a detail) and the
    # clashes' beginning between the anti-black demonstrators and the counter-protesters after verbal quarrels (new
    # content, the two sides -> ASSAULT, mode null, both sides in one phrase; the quarrels verbal, the forty-fifth set's
    # "تلاسن": not coded); s3 the Ku Klux Klan members' gathering on the south side (s0's demonstration restated with the
    # organisation's name: not coded again) and the black Americans' rights defenders gathered on the north side (a
    # counter-demonstration -> PROTEST demo, the twenty-third set's "مظاهرة مضادة"); s4 the agency; s5 the flag's removal
    # on 10 July (a state's decision inside one government: not coded) after the killing of nine black people in a
    # Charleston church by a white extremist (inside "بعد", its own actor, recipient and place, reported nowhere else as
    # a main clause -> ASSAULT, mode null, no weapon named in the sentence; "في يوليو" by the text: not shown to be more
    # than five weeks before, not historical); s6 Roof's justification (not coded); s7-s9 the link line.
    "snn-8231167e7d6a": [
        ("PROTEST", "demo", 0, "تظاهر", "عشرات من أعضاء منظمة معادية للزنوج", None, "ولاية كارولينا الجنوبية الأمريكية", ""),
        ("ASSAULT", None, 1, "صدامات محدودة", None, None, "كولومبيا عاصمة الولاية", ""),
        ("MOBILIZE", "police", 1, "انتشار", "أعداد كبيرة من رجال الشرطة", None, "كولومبيا عاصمة الولاية", ""),
        ("ASSAULT", None, 2, "الصدامات", "المعادين للسود ومحتجين معارضين لتوجهاتهم", None, None, ""),
        ("PROTEST", "demo", 3, "تجمع", "أشخاص يدافعون عن حقوق الأمريكيين السود", None, None, ""),
        ("ASSAULT", None, 5, "مقتل", "متطرف أبيض", "9 من السود", "تشارلستون", ""),
    ],
    # Al-Riyadh (Anadolu, AFP): ten Turkish policemen wounded in bombings and an officer kidnapped in Diyarbakir (26 July).
    # s0 the lead: at least ten policemen wounded in two bombings (-> ASSAULT explosives) and another kidnapped (->
    # ASSAULT abduct) late on Friday night in two provinces of the south-east (the named region as place), coded beside
    # their details as the forty-fifth set's Diyala lead; s1 the kidnapping of a police officer in Diyarbakir province,
    # believed carried out by the PKK (a new actor and place -> ASSAULT abduct; the hedged attribution the actor's
    # description, the fortieth set); s2-s3 the road and the car stopped (details of place and manner: not coded again);
    # s4 seven policemen wounded in a hand-grenade attack at the Bismil police station (-> ASSAULT explosives); s5 three
    # wounded by a bomb in Hakkari (-> ASSAULT explosives); s6 no claim (not coded); s7 the week's wave of violence: the
    # Suruc suicide bombing of Monday, 32 killed (-> ASSAULT suicide-attack), a soldier killed in clashes between the
    # Turkish security forces and the PKK in Adiyaman (-> ASSAULT, mode null, both sides in one phrase) and an officer
    # killed by an ISIS attack across the Syrian border on Thursday (-> ASSAULT, mode null), all recent; s8 the "peace
    # march" against ISIS cancelled after the governor's ban (anchors, reported as main clauses in s9-s10: coded there);
    # s9 the HDP statement: the Istanbul governorate has cancelled (banned) the Sunday rally (-> COERCE restrict, PLOVER
    # "restrictions on political freedoms"); s10 for that reason the "Peace Bloc" called the rally off (-> CONCEDE, PLOVER
    # "suspending protests"); s11 the governorate's earlier statement banning the demonstration with its reasons (s9's ban
    # restated: not coded again); s12 the HDP's vow (not coded); s13 people demonstrating every day since the Suruc
    # bombing against President Erdogan's Syria policy (a bounded recent series with its actor and target -> PROTEST
    # demo, as the forty-fifth set's Hawija days; the Suruc bombing an anchor coded in s7; the charge of courting the
    # extremists a standing charge); s14 the police dispersed most of the demonstrations with tear gas, water cannon and
    # rubber bullets (-> ASSAULT crowd-control, PLOVER, the thirty-first set).
    "snn-c4fca0df81a7": [
        ("ASSAULT", "explosives", 0, "تفجيرين", None, "مالايقل عن عشرة من رجال الشرطة", "جنوب شرق تركيا", ""),
        ("ASSAULT", "abduct", 0, "اختطف", None, None, "جنوب شرق تركيا", ""),
        ("ASSAULT", "abduct", 1, ("اختطاف", 1), "حزب العمال الكردستاني (بي كيه كيه)", "ضابط شرطة تركي", "اقليم ديار بكر جنوب شرق البلاد", ""),
        ("ASSAULT", "explosives", 4, "هجوم بقنبلة يدوية", None, "مالايقل عن سبعة من عناصر الشرطة", "منطقة بيسميل في ديار بكر", ""),
        ("ASSAULT", "explosives", 5, "هجوم بقنبلة", None, "ثلاثة من عناصر الشرطة", "اقليم هكاري شرق تركيا", ""),
        ("ASSAULT", "suicide-attack", 7, "تفجير انتحاري", None, "32 شخصًا", 'مدينة "سوروج"', ""),
        ("ASSAULT", None, 7, "اشتباكات", 'القوات الأمنية التركية، وعناصر منظمة "بي كيه كيه "', None, 'ولاية "أديامان"', ""),
        ("ASSAULT", None, 7, "هجوم", "داعش", "ضابط", "الحدود مع سورية", ""),
        ("COERCE", "restrict", 9, "ألغت التجمع", "محافظة اسطنبول", None, None, ""),
        ("CONCEDE", None, 10, "ألغت", '"كتلة السلام"', None, None, ""),
        ("PROTEST", "demo", 13, "يتظاهر", "اشخاص", "الرئيس المحافظ رجب طيب اردوغان", None, ""),
        ("ASSAULT", "crowd-control", 14, "فرقت", "الشرطة", "معظم هذه التظاهرات", None, ""),
    ],
    # Asharq Al-Awsat (AFP): al-Shabaab assassinates a Somali MP and his companions in Mogadishu (26 July). s0 al-Shabaab
    # claimed the killing of an MP with his two guards on Saturday in Mogadishu (a claim of responsibility -> ASSAULT with
    # the claimant as actor, the twelfth, twenty-fifth and fortieth sets; targeted, PLOVER "assassinations"); Obama's
    # statement (a view); s1 the MP named and the ambush (a name and a manner: not coded again); s2 the UN envoy Nicholas
    # Kay condemned the crime (-> ACCUSE disapprove); s3 the claim restated; s4 the movement will "continue targeting" the
    # MPs (-> THREATEN violence; "وقالت انها" implied subject: actor null); s5 President Hassan Sheikh Mohamud's
    # displeasure (-> ACCUSE disapprove) and, inside "بعد اشهر على", the assassination of an MP in Puntland months before
    # (its own recipient and place, reported nowhere else -> ASSAULT targeted [H]); s6 his words (not coded again); s7 the
    # witness: "they fired at the car" (a new method -> ASSAULT firearms, the forty-fifth set's Shields blows; actor
    # pronoun: null); s8-s10 the civil war since Barre's fall (a bare anchor), the insurgency since 2007 and the
    # movement's increased assassinations (standing and general: not coded); s11 Obama, ending a visit to Kenya (inside
    # the relative clause, its own actor and place -> CONSULT visit, the country as place), praised AMISOM's work (->
    # SUPPORT); s12 his assessment (a view); s13 the US drone strikes (a standing practice); s14 AMISOM's new offensive of
    # last week in the Bay region (-> ASSAULT, mode null; its aim not coded); s15 the local official: al-Shabaab forces
    # civilians to flee with it as human shields (-> ACCUSE allege; its defeat a claim); s16 the residents: a truck
    # carrying fleeing civilians was destroyed (-> ASSAULT destroy, PLOVER's residual mode, passive: actor null); s17 a
    # missile hit the truck and killed six civilians (a new method -> ASSAULT heavy-weapons, the toll as recipient); s18-
    # s19 tolls and witnesses; s20 earlier this week residents held AMISOM responsible for the killing of eight civilians
    # in Merca (-> ACCUSE allege) and the killing itself, reported nowhere else (-> ASSAULT, mode null, actor null).
    "snn-93efba38d6de": [
        ("ASSAULT", "targeted", 0, "قتل", 'متمردو "حركة الشباب"', "نائب صومالي مع حارسيه", "مقديشو", ""),
        ("ACCUSE", "disapprove", 2, "ندد", "الموفد الخاص للامم المتحدة في الصومال نيكولاس كاي", None, None, ""),
        ("THREATEN", "violence", 4, "ستواصل استهداف", None, "النواب", None, ""),
        ("ACCUSE", "disapprove", 5, "استيائه", "الرئيس الصومالي حسن شيخ محمود", None, None, ""),
        ("ASSAULT", "targeted", 5, "اغتيال", None, "نائب", "منطقة بونتلاند", "H"),
        ("ASSAULT", "firearms", 7, "اطلقوا النار", None, "السيارة", None, ""),
        ("SUPPORT", None, 11, "اشاد", "الرئيس الاميركي", "قوة اميصوم", None, ""),
        ("CONSULT", "visit", 11, "زيارة", "الرئيس الاميركي", None, "كينيا", ""),
        ("ASSAULT", None, 14, "هجوما جديدا", "قوة اميصوم", None, "اقليم باي", ""),
        ("ACCUSE", "allege", 15, "ترغم المدنيين", "عبد الرحمن محمد المسؤول في الحكومة المحلية", "حركة الشباب", None, ""),
        ("ASSAULT", "destroy", 16, "دمرت", None, "شاحنة كانت تنقل مدنيين", None, ""),
        ("ASSAULT", "heavy-weapons", 17, "اصاب صاروخ", None, "ستة مدنيين منهم طفلان", None, ""),
        ("ACCUSE", "allege", 20, "المسؤولية", "سكان آخرون", 'قوة "اميصوم"', None, ""),
        ("ASSAULT", None, 20, "مقتل", None, "ثمانية مدنيين", "مدينة مركا", ""),
    ],
    # Okaz sports: Al-Wehda's foreign players after the Ismaily friendly (26 July). The team's camp, friendlies, the
    # president's coming visit to the camp and the honorary members' visit to the club (club business, the twenty-ninth
    # to forty-fifth sets; the thirty-fourth set left the same honorary meeting uncoded). None. The honorary members'
    # visit (s2, a further item) is the thirty-fourth set's story: kept by the article's own main story (the camp).
    "snn-2050ef915f5a": [],
    # Okaz column: violating doctors threaten the minister! (6 August). s0-s1 the columnist's account of the doctors
    # banding together and lobbying against the health minister's corrective steps (a lobby's meetings inside one
    # profession and the minister's measures inside one government: not coded); s2 the earlier directives and pay rises
    # (standing measures); s3 they threaten to move to the private sector but do not dare (a threat aimed at the
    # minister's measures, the column's title -> THREATEN, mode null; "فإنهم" pronoun: actor null); s4 a proposal to
    # promote a threat of resignation on social media (a plan), the merchants' comparison; s5-s7 views; s8-s10 the web
    # address cut at its dots; s11-s12 the SMS line.
    "snn-7b70159283f3": [
        ("THREATEN", None, 3, "يهددون بالانتقال للقطاع الخاص", None, None, None, ""),
    ],
    # Asharq Al-Awsat: Adel Imam incites "revolution" (21 July). The plot of a television drama (fiction: not coded).
    # None.
    "snn-f9b83acfed44": [],
    # Al-Madina: Iran, the conservatives seek to bring down Rafsanjani and Rouhani (11 August). One sentence (s0): the
    # conservatives' campaign to bring Rafsanjani down after his candidacy (an aim and a candidacy: not coded); the
    # court's sentence of his son Mehdi Hashemi to ten years on corruption and security charges (inside the relative
    # clause -> SANCTION convict [H], undated background, the sets' convictions; its prison term coded with his entry
    # into prison below); Rafsanjani's contacts with the Supreme Leader to settle the matter (-> CONSULT, mode null [H])
    # and Khamenei's agreement to "reduce" the sentence (-> CONCEDE [H], PLOVER "easing of legal restrictions", the
    # twenty-ninth set's acquittal; "الأخير" refers to the Leader named just before: his name kept), both undated; the
    # conservatives' media questioning the difference between Rafsanjani and other Iranians (-> ACCUSE disapprove); the
    # farewell as Mehdi goes to serve ten years in prison (-> COERCE arrest, the imprisonment beginning now: recent);
    # Rafsanjani's calling the charges "false" (a denial of a charge: not coded, the sets); Mehdi's words: "my father was
    # the target ... they wanted to tarnish his reputation" (-> ACCUSE allege, the accused unnamed); the procession to
    # Evin (not coded); the nuclear agreement's signing between Iran and the Six (inside "إثر", its own actors ->
    # AGREE, the forty-fourth set's anchor; 14 July, four weeks before: recent); the experts' view of Rafsanjani's role (a
    # view); the conservatives' new plan using the charge of "insulting the Iranian villages" (-> ACCUSE allege).
    "snn-ddfaaace22a8": [
        ("SANCTION", "convict", 0, "حكمت", ("المحكمة", 1), "نجله مهدي هاشمي", None, "H"),
        ("CONSULT", None, 0, "اتصالاته", "«رفسنجاني»", "المرشد خامنئي", None, "H"),
        ("CONCEDE", None, 0, "موافقة الأخير", "المرشد خامنئي", None, None, "H"),
        ("ACCUSE", "disapprove", 0, "متسائلين", ("المحافظين", 1), ("هاشمي رفسنجاني", 2), None, ""),
        ("COERCE", "arrest", 0, "قضاء 10سنوات في السجن", None, ("نجله مهدي", 2), None, ""),
        ("ACCUSE", "allege", 0, "المستهدف كان أبي", ("مهدي", 3), None, None, ""),
        ("AGREE", None, 0, "توقيع الاتفاق النووي", "ايران والسداسية الدولية", None, None, ""),
        ("ACCUSE", "allege", 0, "تهمة «الاساءة للقرى الايرانية»", ("المحافظون", 3), ("رفسنجاني", 11), None, ""),
    ],
    # Al-Watan column: "Ahmed al-Jabreen's team... thanks!" (22 July). A social campaign coded with PLOVER's general
    # categories, as the fifth set's social-media accusations and the forty-fifth set's tribal marriage: s0 the tweet
    # proposing the campaign (restated in s1); s1 al-Jabreen and his companions started pressing Snapchat's owners to
    # broadcast Mecca live on the 27th night of Ramadan (-> REQUEST, mode null; about the 20th of Ramadan, two weeks
    # before: recent), the wider users who pressed the company in turn (a new actor -> REQUEST) and the company, which
    # found itself obliged to respond to the requests (-> AGREE, the acceptance of a request; the young people's
    # explanations part of the campaign); s2 the broadcast and the reactions (media content: not coded); s3 the
    # columnist's views.
    "snn-58010d2b6bb2": [
        ("REQUEST", None, 1, ("الضغط", 1), "أحمد الجبرين ومن معه", 'أصحاب موقع التواصل الاجتماعي الشهير "سناب شات"', None, ""),
        ("REQUEST", None, 1, ("الضغط", 2), "شريحة كبرى من مستخدمي التقنية في الدول العربية والإسلامية", "الشركة العملاقة", None, ""),
        ("AGREE", None, 1, "الاستجابة", "الشركة العملاقة", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
