"""Build events-blind53.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fifty-third events blind set; same layout and guidelines as the first
fifty-two sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind52.jsonl and their blind/ ..
blind52/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind53.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind53.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fifty-second sets' rule: here "زيارة" from "بزيارة" (twice), "دعوة" from "بدعوة", "قصف" from "لقصف" (twice), "نشر" from
# "ونشر", "طالب" from "وطالب", "تساءل" from "وتساءل"); where the article's alif is elided the fused ل stays ("للقصف" in the Arab
# League s0, the fifty-second set's "للهجوم"); in actors, recipients and places the fused ب/ل/ك is left out
# ("أبها" from "بأبها", "جدة" from "بجدة", "الولايات المتحدة ومصر" as written) and kept where the article's alif is
# elided ("للمواطنين اللبنانيين", "للولايات المتحدة", "للعراق", "للقوات المسلحة الباكستانية", "للاتفاق", the forty-ninth to fifty-second sets' rule); spellings
# as written, copied exactly ("ايران", "الاميركي", "امانا" and "نظراءه" without hamza as the AFP copies have them, the
# curly quotes of 'عائلة “يوسف يعقوب الأحوازي”' and 'الرفيق المناضل “أبو شريف” أمين عام جدش', the tanwin of
# "مخبزاً شهيراً", "تقدمًا كبيرًا" and "هجومًا نوعيًّا", the brackets of "مدير الاستخبارات الاميركية (جيمس) كلابر"); a
# string repeated in its sentence is picked by its occurrence (("قوات النظام", 1) and ("قوات النظام", 2), ("قصف", 2) in
# the Damascus s0, ("الاشتباكات العنيفة", 1) and (.., 2) in its s5; ("الهند", 1) and ("باكستان", 2) in the Pakistan s7;
# ("النظام الإيراني", 1) in the Ahwazi s4; ("إيران", 1) in the Iran column s3; ("ايران", 1) in the Kerry s5; ("تركيا",
# 1) in the Arab League s1; ("تعز", 2) in the Taiz s1 and ("المقاومة", 2) in its s8).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to fifty-second sets); a subject named earlier in the same sentence is kept for its further clauses ("كيري" for the
# Doha arrival in the Kerry s0, "سمو ولي ولي العهد" as the invitee of the carrier s4, "المقاومة" for the capture "وقع بيد
# المقاومة" in the Taiz s3).
GOLD = {
    # Al-Riyadh: a bakery in Abha using diesel closed (10 August). s0 the Asir municipality's comprehensive control
    # department closed a well-known bakery in a central market of Abha for breaching the health conditions (-> SANCTION,
    # mode null, the thirtieth set's food and drug inspectors' closure of three shops); s1 its team found several
    # violations inside it (-> ACCUSE investigate, the thirtieth and thirty-third sets' inspections and violations found);
    # s2 the intensified tours and the fines to be applied to violators (a general policy of the department, no named
    # target: not coded, unlike the second set's fines on named violating firms).
    "snn-1252e22a89af": [
        ("SANCTION", None, 0, "أغلقت", "إدارة الرقابة الشاملة بأمانة عسير", "مخبزاً شهيراً", "أبها", ""),
        ("ACCUSE", "investigate", 1, "رصد عدة مخالفات", "الفريق", "المخبز", None, ""),
    ],
    # Al-Jazirah: books, school repairs, tables and chairs discussed at Riyadh education today (27 July). The preparation
    # committee's meeting inside one directorate and its agenda (a meeting inside one government body: not coded, the
    # twenty-ninth to fifty-second sets). None.
    "snn-b4b99478098f": [],
    # Al-Jazirah: "A novel" (31 July). A short story of a reader; the weapons, the sons' quarrel and the mother are
    # fiction (not coded). None.
    "snn-8776adab0745": [],
    # Okaz: "book recycling" and the deaf theatre at Qatif (2 August). Festival corners, films and shows (not coded, the
    # sets' festivals). None.
    "snn-1b982d88491e": [],
    # Ain Al-Youm: the deputy crown prince visits the US aircraft carrier Theodore Roosevelt in the Arabian Gulf (24 July).
    # s0 the dateline; s1 Prince Mohammed bin Salman's visit to the carrier sailing in the Gulf (-> CONSULT visit, the
    # visited unit as recipient and its sea as place, the thirty-fourth set's "the hospital of a visit is the recipient
    # and its town the place"); s2-s3 the briefings during the visit (details: not coded again); s4 the visit "at the
    # invitation of" the US defence department (-> AGREE, the fifth, fourteenth, thirty-third and fifty-first sets'
    # invitations, the fourteenth set's "تلبية لدعوة" of a visit by the same prince; the invitee named in the sentence
    # as "سمو ولي ولي العهد") and the accompanying officials and US commanders (part of the visit: not coded apart); s5
    # the carrier's description.
    "snn-5bc790576b3a": [
        ("CONSULT", "visit", 1, "زيارة",
         "صاحب السمو الملكي الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع",
         "حاملة الطائرات الأمريكية ثيودور روزفلت", "الخليج العربي", ""),
        ("AGREE", None, 4, "دعوة", "وزارة الدفاع الأمريكية", "سمو ولي ولي العهد", None, ""),
    ],
    # Al-Weeam: the Iranian authorities threaten the family of the Ahwazi front's spokesman with death (2 August). s0
    # the threat to kill the family of Yousef Yaqoub al-Ahwazi unless he and his siblings stop their political activity
    # (-> THREATEN violence, the forty-fifth set's threat to kill; conditional in its terms, a threat is not flagged);
    # s1 "not the first time" (a general series: not coded); s2 the threat of liquidation made days before to "Abu
    # Sharif", secretary-general of the front (-> THREATEN violence, the anchor inside "كما حصل" with its own recipient,
    # reported nowhere else; passive: actor null; "قبل أيام", recent) and Iran's wish to stop the Ahwazis' activity (a
    # general practice: not coded); s3 the front's warning that the Iranian authorities and their agents will pay the
    # price (-> THREATEN, mode null, the fiftieth and fifty-first sets' unspecified revenge); s4 the regime's earlier
    # arrest of Sheikh Hassan al-Marmadi and of the father of Umm Khulud (-> COERCE arrest [H], one record per detainee
    # as the fifty-second set's one record per target; "سبق", undated background, the forty-fifth set's undated
    # arrests and deportations) and his standing detention (not coded); s5 the link line.
    "snn-57180921aba3": [
        ("THREATEN", "violence", 0, "هددت", "السلطات الإيرانية", "عائلة “يوسف يعقوب الأحوازي”", None, ""),
        ("THREATEN", "violence", 2, "تهديده بالتصفية", None, "الرفيق المناضل “أبو شريف” أمين عام جدش", None, ""),
        ("THREATEN", None, 3, "حذرت", "الجبهة الديمقراطية الشعبية الأحوازية", "السلطات الإيرانية", None, ""),
        ("COERCE", "arrest", 4, "اعتقل", ("النظام الإيراني", 1), "الشيخ حسن المرمضي", None, "H"),
        ("COERCE", "arrest", 4, "اعتقل", ("النظام الإيراني", 1), "والد أم خلود", None, "H"),
    ],
    # Al-Jazirah: blackmail, filming without permission and spreading rumours on social media punished by prison,
    # flogging and defamation (31 July). The Medina court president's views on the law and on the duty to fight the
    # phenomenon (general statements of the penalties: not coded); s0-s1 and s3-s4 his name cut at "د.". None.
    "snn-849b624b2eb9": [],
    # Al-Watan: Pakistan, India violated the ceasefire (7 August). s0 the Pakistani army's protest note to UNMOGIP (->
    # ACCUSE disapprove, the thirty-third set's "تتقدم باحتجاج"; the Indian forces as its target) over the Indian forces'
    # shelling on the Pakistani border in the past two days that killed four civilians and wounded 22 (-> ASSAULT
    # heavy-weapons, ground "قصف", the toll in its sentence; recent); s1 the note's demand that UNMOGIP investigate (->
    # REQUEST, mode null; the army, named in the statement's issuer, as actor with its elided-alif ل; the "Indian aggression" restated: not coded
    # again); s2 the statement: India violated the signed ceasefire agreement (-> ACCUSE allege; the agreement a bare
    # reference and the repeated attacks a general series: not coded); s3 Pakistan's demand that India give evidence
    # for its charges (-> REQUEST; the charges coded where they are specific, s4-s5); s4 India's charge that Pakistani
    # citizens infiltrated to commit terrorism (-> ACCUSE allege; the spokesman's "no evidence" a reply: not coded); s5
    # India's charge that Pakistan was behind the attack on a police station in Indian Punjab last month (-> ACCUSE
    # allege) and that attack (-> ASSAULT, mode null, the anchor with its own target and place reported nowhere else;
    # actor not named: null; late July in an article of 7 August: recent); s6 the call on India to stop its charges and
    # cooperate (-> REQUEST, implied subject: actor null); s7 India's proposal of a meeting of the national security
    # advisers on 23-24 August (-> REQUEST meet, the eighteenth and forty-fifth sets' calls for a meeting; Pakistan
    # "still studying": not coded, the meeting itself not agreed); s8-s10 a helicopter crash (an accident: not coded);
    # s11 the Pakistani Taliban's claim of the killing of judge Tahir Khan Niazi in Rawalpindi (-> ASSAULT, mode null,
    # the killing coded with its claimed actor, the claim itself not coded apart, the fiftieth set); s12 the claim
    # restated; s14 the confirmation; s15 some persons came to his house and shot him (-> ASSAULT firearms, a new
    # sentence with a new actor phrase and the method, the forty-eighth and fiftieth sets' leads beside details;
    # recipient a pronoun: null).
    "snn-dcf3bd58979c": [
        ("ACCUSE", "disapprove", 0, "مذكرة احتجاج", "الجيش الباكستاني", "القوات الهندية", None, ""),
        ("ASSAULT", "heavy-weapons", 0, "عمليات القصف", "القوات الهندية", "أربعة مدنيين", "الحدود الباكستانية", ""),
        ("REQUEST", None, 1, "طالبت", "للقوات المسلحة الباكستانية", "بعثة مراقبي الأمم المتحدة العسكرية", None, ""),
        ("ACCUSE", "allege", 2, "انتهكت", "البيان", "الهند", None, ""),
        ("REQUEST", None, 3, "طالبت", "باكستان", "الهند", None, ""),
        ("ACCUSE", "allege", 4, "اتهمت", "الهند", "عددا من المواطنين الباكستانيين", None, ""),
        ("ACCUSE", "allege", 5, "اتهمت", ("الهند", 1), "باكستان", None, ""),
        ("ASSAULT", None, 5, "الهجوم الإرهابي", None, "مركزا للشرطة", "إقليم البنجاب الهندي", ""),
        ("REQUEST", None, 6, "دعا", None, "الهند", None, ""),
        ("REQUEST", "meet", 7, "اقترحت", ("الهند", 1), ("باكستان", 2), None, ""),
        ("ASSAULT", None, 11, "قتل", "حركة طالبان الباكستانية", "القاضي طاهر خان نيازي", "مدينة روالبندي", ""),
        ("ASSAULT", "firearms", 15, "أطلقوا النار", "بعض الأشخاص", None, None, ""),
    ],
    # Al-Yaum: Jeddah's real-estate committee launches a workshop on the owners' association (4 August). A chamber's
    # planned workshop, its aims and the speakers' views and demands on regulation (business and policy views: not
    # coded, the fifty-second set's Buraidah chamber). None.
    "snn-77fb7dded0ad": [],
    # Al-Yaum: the Arab League condemns the Turkish shelling of northern Iraq (4 August). s0 Nabil al-Arabi's
    # condemnation (-> ACCUSE disapprove, recipient null as the sixth set's al-Azhar condemnation) of the Turkish shelling
    # of areas in northern Iraq (-> ASSAULT, mode null, trigger "للقصف" with its elided-alif ل, the condemned act
    # with its own actor and place reported nowhere else, the sixth and twenty-ninth sets' condemned bombing; "القصف" without its means named, the fifty-first set's
    # Turkish "strikes"; the adjective the only naming of the actor; recent); s1 his demand that Turkey respect Iraq's
    # sovereignty and not escalate (-> REQUEST, mode null); s2 the League's condemnation of all terrorist acts and its
    # call for coordination (general: not coded).
    "snn-eb4c40a9bfe3": [
        ("ACCUSE", "disapprove", 0, "استنكار", "الدكتور نبيل العربي الأمين العام لجامعة الدول العربية", None, None, ""),
        ("ASSAULT", None, 0, "للقصف", "التركي", None, "شمال جمهورية العراق", ""),
        ("REQUEST", None, 1, "طالب", "العربي", ("تركيا", 1), None, ""),
    ],
    # Asharq Al-Awsat: the Yemeni embassy in Beirut stops visas for Lebanese for fear of Hezbollah fighters (24 July). s0
    # the embassy's suspension of visas for Lebanese citizens (-> REJECT, mode null, the forty-fifth and seventeenth sets'
    # entry bans; the aim not coded); s1 Saleh's relatives living in Lebanon (a state) and the embassy's denial of any
    # coordination for the GPC's meetings (a denial of an act not otherwise reported, no meeting named: not coded); s2
    # views; s3 the disputes inside the rebels' positions (internal: not coded); s4 al-Ahmadi: the control of Aden
    # complete (a standing state, the thirteenth set's record of the same words not coded); s5 the military vehicles sent
    # by the coalition days before, some of them reaching the resistance directly (-> AID, the thirteenth set's record
    # of the same words) and the ministers' daily meetings (inside one government: not coded); s6 the government's
    # effort to deliver aid to the resistance areas (-> AID [F], the thirteenth set's record); s7 the landing of the
    # Saudi relief planes at Aden airport (-> AID, the thirteenth set's record).
    "snn-5bd49ffc4588": [
        ("REJECT", None, 0, "أوقفت منح التأشيرات", "سفارة بلاده", "للمواطنين اللبنانيين", "بيروت", ""),
        ("AID", None, 5, "أرسلتها", "دول التحالف", "المقاومة", None, ""),
        ("AID", None, 6, "إيصال المعونات", "السلطة الشرعية", None, "لحج أو الضالع أو تعز أو مأرب", "F"),
        ("AID", None, 7, "هبوط طائرات الإغاثة", "السعودية", None, "مطار عدن", ""),
    ],
    # Al-Eqtisadiah column: .. as if all our young men were "harassers" (1 August). The columnist's views on the media's
    # treatment of harassment cases and on a harassment law; the cases in Jeddah, Taif, Khobar and Dammam and their
    # punishment named only as a general series (not coded). None.
    "snn-f2367f01b9b7": [],
    # Al-Jazirah: Riyadh's seasonal clubs keep attracting pupils (2 August). School clubs' activities (a pupils' visit to
    # a shopping centre within a programme, a guest painter, a chocolate festival: the thirty-fourth set's habitual
    # school visits, not coded). None.
    "snn-403f0c704a89": [],
    # Al-Yaum: Japan deems US spying on it, if proven, "very regrettable" (3 August). s0 WikiLeaks' revelation of US
    # spying on senior Japanese officials (-> ACCUSE allege, the second set's records of the same revelation) and
    # Japan's conditional regret (a condition: not coded; its "seeking to verify" done through the s3 request); s1-s2
    # the spokesman Suga's words ("refrain from comment", "if true"); s3 "we firmly asked the US director of national
    # intelligence Clapper to confirm the facts" (-> REQUEST, mode null; the speaker of s1 not named in the sentence:
    # null); s4 WikiLeaks' publication of a list of 35 secret NSA targets in Japan (-> ACCUSE allege, a new sentence
    # with a new accused agency); s5-s9 the revelation's details restated (not coded again); s10 Abe's defence laws
    # (domestic: not coded); s11 the high-level talks in Hawaii on a Pacific free-trade area concluded this week (->
    # CONSULT multilateral, the third set's records of the same talks); s12 the twelve countries' negotiators did not
    # reach a final agreement (-> AGREE [N], the third set's record).
    "snn-3e5d2e40c429": [
        ("ACCUSE", "allege", 0, "تجسس", "موقع ويكيليكس", "للولايات المتحدة", None, ""),
        ("REQUEST", None, 3, "طلبنا", None, "مدير الاستخبارات الاميركية (جيمس) كلابر", None, ""),
        ("ACCUSE", "allege", 4, "نشر", "موقع ويكيليكس", "وكالة الامن القومي الاميركية", None, ""),
        ("CONSULT", "multilateral", 11, "محادثات عالية المستوى", None, None, "هاواي", ""),
        ("AGREE", None, 12, "لم يتوصلوا الى اتفاق نهائي", "مفاوضو الدول ال12 حول هذه الاتفاقية", None, "هاواي", "N"),
    ],
    # Okaz: al-Ittihad convinces Boateng with 42 million (31 July). A club's transfer and its friendly match (sport and
    # club business: not coded). None.
    "snn-75252e42e629": [],
    # Al-Eqtisadiah: Kerry in Cairo praises the agreement on Iran's nuclear programme (3 August). s0 Kerry's praise of the
    # agreement (-> SUPPORT, the twenty-fourth and twenty-seventh sets' records of the ministers' defence of the
    # agreement, the agreement as recipient), at the end of the "strategic dialogue" with Egypt in Cairo, the first stop
    # of his tour (-> CONSULT visit, a visitor to a host), and his arrival in Doha on Sunday evening (-> CONSULT visit, a
    # trip to a place without a host named, the forty-third set; Kerry named in the sentence kept); s1 his meeting in the
    # Qatari capital "on Monday" with his GCC counterparts (-> CONSULT multilateral [F], written as still to come, the
    # twenty-fourth set's planned meeting in Doha) and the agreement concluded in Vienna on 14 July (a bare reference, the
    # fifty-first set's "الذي أبرمه": not coded); s2 the press conference with Shoukry and the tour's aim (the same
    # dialogue and an aim: not coded again); s3 the Gulf's fears (a view); s4 Riyadh's official support of the agreement
    # (-> SUPPORT, the twenty-ninth and thirty-second sets' records of the Saudi welcome, unflagged); s5 "the United
    # States and Egypt agree that Iran carries out destabilising activities" (-> ACCUSE allege, both parties as actor)
    # and the dialogue last held in 2009 (a bare reference: not coded).
    "snn-4ced3c0bb93a": [
        ("SUPPORT", None, 0, "اكثر امانا", "وزير الخارجية الاميركي جون كيري", "الاتفاق حول برنامج ايران النووي", None, ""),
        ("CONSULT", "visit", 0, "حوار استراتيجي", "وزير الخارجية الاميركي جون كيري", "مصر", "القاهرة", ""),
        ("CONSULT", "visit", 0, "وصلها", "وزير الخارجية الاميركي جون كيري", None, "الدوحة", ""),
        ("CONSULT", "multilateral", 1, "يلتقي", "كيري", "نظراءه في دول مجلس التعاون الخليجي", "العاصمة القطرية", "F"),
        ("SUPPORT", None, 4, "تأييدها", "الرياض", "للاتفاق", None, ""),
        ("ACCUSE", "allege", 5, "تزعزع الاستقرار", "الولايات المتحدة ومصر", ("ايران", 1), None, ""),
    ],
    # Al-Jazirah: clashes in Damascus and eastern Qalamoun, shelling on the Ghouta (11 August). The Observatory's
    # incidents of Monday 10 August, each with its own actor and place, coded as the thirty-third and forty-ninth sets'
    # Observatory digests: s0 the regime's shelling of Harasta (-> ASSAULT heavy-weapons), the clashes between ISIS and
    # the factions with the Nusra Front in eastern Qalamoun (-> ASSAULT, mode null, both sides in one actor phrase) and
    # the regime's shelling around Douma (-> ASSAULT heavy-weapons); s1 the clashes on the edges of Jobar (-> ASSAULT,
    # mode null); s2 an air strike on two villages of Rabia in the Latakia countryside (-> ASSAULT aerial, actor not
    # named: null); s3 the helicopters' barrel bombs south of Hasakah (-> ASSAULT aerial); s4 the regime's heavy machine
    # guns near the Yarmouk camp (-> ASSAULT firearms, the thirty-third set's "نيران رشاشاتها الثقيلة"); s5 the regime's
    # shelling of Daraya (-> ASSAULT heavy-weapons), the continuing clashes around it (-> ASSAULT, mode null; "محيط
    # المدينة" anaphoric: location null) and the clashes in al-Zabadani in which a Hezbollah member was killed (->
    # ASSAULT, mode null, the toll in its sentence; two-sided: recipient null, the thirty-third set).
    "snn-3ee5d9eb52ad": [
        ("ASSAULT", "heavy-weapons", 0, "قصفت", ("قوات النظام", 1), None, "مدينة حرستا بالغوطة الشرقية", ""),
        ("ASSAULT", None, 0, "اشتباكات عنيفة", "تنظيم داعش من جهة، والفصائل المقاتلة وجبهة النصرة", None, "القلمون الشرقي", ""),
        ("ASSAULT", "heavy-weapons", 0, ("قصف", 2), ("قوات النظام", 2), None, "محيط مدينة دوما بالغوطة الشرقية", ""),
        ("ASSAULT", None, 1, "اشتباكات عنيفة",
         "قوات النظام وحزب الله اللبناني وقوات الدفاع الوطني من جهة، والفصائل المقاتلة وجبهة النصرة", None,
         "اطراف حي جوبر", ""),
        ("ASSAULT", "aerial", 2, "قصف جوي", None, None, "قريتي الحلوة والروضة في ناحية ربيعة، بريف اللاذقية الشمالي", ""),
        ("ASSAULT", "aerial", 3, "قصف", "الطيران المروحي", None, "منطقة صوامع صباح الخير، جنوب مدينة الحسكة", ""),
        ("ASSAULT", "firearms", 4, "نيران رشاشاتها الثقيلة", "قوات النظام", None,
         "شارع الـ 30 قرب مخيم اليرموك جنوب العاصمة دمشق", ""),
        ("ASSAULT", "heavy-weapons", 5, "قصف", ("قوات النظام", 1), None, "مدينة داريا بالغوطة الغربية", ""),
        ("ASSAULT", None, 5, ("الاشتباكات العنيفة", 1),
         "قوات النظام والمسلحين الموالين لها من جهة، والفصائل المعارضة والمقاتلة", None, None, ""),
        ("ASSAULT", None, 5, ("الاشتباكات العنيفة", 2),
         "الفرقة الرابعة وحزب الله اللبناني وقوات الدفاع الوطني وجيش التحرير الفلسطيني من جهة، والفصائل المقاتلة ومسلحين محليين",
         None, "مدينة الزبداني", ""),
    ],
    # Al-Jazirah column: why is Iran's programme not generalised? (25 July). The columnist's views on the nuclear
    # agreement and on Israel's promised weapons (views; the agreement a bare reference: not coded); s0 and s2 the wars
    # with the Arabs named as examples and as a list of names (bare references in an argument, the fifty-second set's
    # "the Gaza war as a bare reference": not coded); s3 facts stated as facts with their actors and targets: Iran's war
    # against Iraq of 1979-1988 (as the column dates it) and the US attack to occupy Iraq in 2003 (-> ASSAULT, mode null,
    # [H], the forty-ninth and fifty-first sets' columns; the occupation an aim of the attack: not coded apart; the
    # handing of Iraq to Iran a view); s4 views; s5 the list of the writer's other articles.
    "snn-a07eb9759c5c": [
        ("ASSAULT", None, 3, "حرب طاحنة", ("إيران", 1), ("العراق", 1), None, "H"),
        ("ASSAULT", None, 3, "هجوما", "أمريكا", "للعراق", None, "H"),
    ],
    # Al-Madina: al-Mikhlafi to al-Madina, the Houthi militia flees Taiz and sells its weapons (24 July). s0 the
    # resistance's great advance on all the fronts of Taiz (-> ASSAULT, mode null, the forty-third set's advances); s1
    # al-Mikhlafi: the Houthis defeated and fleeing the city en masse (-> RETREAT withdraw, the first and fifteenth sets'
    # flights; the sale of their weapons and the victory in Aden not coded); s2 a prediction; s3 the capture of many
    # Houthi field commanders, one of them in a bride's dress (-> COERCE arrest; "وقع بيد المقاومة" names the captor);
    # s4 the resistance and the army completed clearing the last pockets in Crater (-> COERCE seize, the twenty-eighth
    # set's clearing of the palace in Crater); s5 the resistance will turn to clearing the areas towards Lahj (-> COERCE
    # seize [F], the thirteenth set's planned clearing; the Houthi rockets from Lahj a standing practice: not coded); s6
    # the landing of the first Saudi military plane with relief (-> AID, the thirteenth set's record of the same landing;
    # the citizens' hopes not coded; "المدينة" anaphoric: location null); s7 the resistance's attack with shells on the
    # Houthi and Saleh positions at al-Salamiya in Abyan (-> ASSAULT heavy-weapons) and s8 its control of all the
    # positions (-> COERCE seize; the coming control of al-Ain a prediction: not coded); s9 four coalition air raids on
    # al-Jufaina (-> ASSAULT aerial; the continuing clashes a general series).
    "snn-8c9246daa05b": [
        ("ASSAULT", None, 0, "تقدمًا كبيرًا", "المقاومة الشعبية في محافظة تعز", None, "مناطق الرابعة والجمهوري وجبل الوعش", ""),
        ("RETREAT", "withdraw", 1, "الهروب الجماعي", "مليشيا الحوثي والمتحوثين", None, ("تعز", 2), ""),
        ("COERCE", "arrest", 3, "إلقاء القبض", "المقاومة", "عدد كبير من القيادات الميدانية الحوثية", None, ""),
        ("COERCE", "seize", 4, "تطهير", "المقاومة الشعبية والجيش الموالي للشرعية", "آخر جيوب مليشيا الحوثي وصالح",
         "مديرية كريتر", ""),
        ("COERCE", "seize", 5, "تطهير", "المقاومة", None, None, "F"),
        ("AID", None, 6, "هبوط", "سعودية", None, None, ""),
        ("ASSAULT", "heavy-weapons", 7, "هجومًا نوعيًّا", "المقاومة بالمنطقة الوسطى",
         "مواقع المليشيات الحوثية، وقوات المخلوع صالح", "منطقة السلامية", ""),
        ("COERCE", "seize", 8, "سيطرة", ("المقاومة", 2), None, None, ""),
        ("ASSAULT", "aerial", 9, "غارات جوية", "طائرات التحالف", "مواقع الحوثيين وفلول صالح",
         "منطقة الجفينة جنوب غرب المدينة", ""),
    ],
    # Okaz: the problems of the domestic Hajj companies on the Hajj minister's table (6 August). s0 a delegation of the
    # companies will visit the minister in his Jeddah office on Sunday (-> CONSULT visit [F], the sets' planned visits);
    # s1 the issues to be raised (the agenda of the planned meeting: not coded apart); s2 the companies' demand that the
    # charitable Hajj programme be given to the social affairs ministry (-> REQUEST change, the forty-fifth set's demands
    # for a change); s3-s6 the national committee's vice-chairman's figures and complaints of delay (views and
    # statistics); s7 his questioning of the ban on registering in the low-cost programme announced by the ministry (->
    # ACCUSE disapprove, the fifty-first set's questioning).
    "snn-9fdfaecaac75": [
        ("CONSULT", "visit", 0, "زيارة", "وفد من شركات حجاج الداخل", "وزير الحج الدكتور بندر بن محمد حجار", "جدة", "F"),
        ("REQUEST", "change", 2, "مطالبين", "أصحاب الشركات", None, None, ""),
        ("ACCUSE", "disapprove", 7, "تساءل", "الجبرتي", "الوزارة", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
