"""Build events-blind64.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-fourth events blind set; same layout and guidelines as the first
sixty-three sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind63.jsonl
and their blind/ .. blind63/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-third
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind64.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind64.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind64.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth
# to sixty-third sets' rule: here "طالب" from "وطالب" in the Azhar s7 and s13, "تصدى" from "وتصدى" in the museum s2,
# "أثنى" from "وأثنى" and "نوه" from "ونوه" in the Zulfi s0 and s4, "خالفت" and "تصر" as written); in actors, recipients
# and places the fused letter is left out otherwise ("مقام خادم الحرمين ..." from "لمقام", "وزير الشؤون البلدية
# والقروية" from "لوزير", "زعماء ووزراء مالية منطقة اليورو" from "لزعماء", "تنظيم الدولة الاسلامية" from "لتنظيم");
# where the article's alif is elided the fused ل stays ("للفنانين التشكيليين" in the Miftaha s4, "للحيثيين" in the
# museum s2, the forty-fifth to sixty-third sets' rule); spellings as written, copied exactly (the Cameroon report's
# hamza-less "الامن", "الاشخاص", "اقصى", "انحاء", "الاسلامية", "اعلنت"; the Rashed column's "ايران"; "منطقة «ثارو»"
# with its guillemets); a string repeated in its sentence is picked by its occurrence (("محافظ الزلفي", 3) and
# ("بلدية الزلفي", 3) in the Zulfi s0, ("الضويحي", 2) there s4, ("الأزهر", 1) and ("التدخل الإيراني", 1) in the Azhar
# s0, ("مصر", 2) there s9 and ("مصر", 1) s11, before "المصري", ("أحمس", 2) in the museum s5, ("رفح", 2) there s14 after
# "«مرسوم رفح»", ("منطقة اليورو", 2) in the Greek s7, ("إيران", 1) in the oil column s0 and s14).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to sixty-third sets: Ibn Muhayya's first-person "أوجه" in the Miftaha s4, named in s0-s3 only; the
# passive "عقدت" and "وقعت" of the Rashed column s25; the passive tightening, application and sanctions of the Cameroon
# s16, s21 and the oil column s14); a subject named earlier in the same sentence is kept for its further clauses (the
# mayor for "قدم التهنئة" in the Zulfi s1, al-Duwaihi for "مثنيا" there s4, al-Azhar for "تضامنه" in its s7, the
# security forces for "اعتقلت" in the Cameroon s6).
GOLD = {
    # Al-Watan culture: Ibn Muhayya, "the Miftaha of Abha is in a development phase" (8 August). s0-s3 the director of the
    # King Fahd Cultural Centre on the support of the Asir emir and the centre's reforms, his reply to an earlier Al-Watan
    # report (statements and standing support: not coded); s4 his call to the plastic artists to open the studios to all
    # (-> REQUEST, mode null, the eighteenth and fifty-ninth sets' calls; the speaker named only in s0-s3 by "قائلا": actor
    # null, the sixty-third set's "ونطالب"); s5 the emir's support (a standing practice); s6 the Asir artists' exhibition
    # now on (not coded, the forty-third set's same exhibition uncoded); s7 the free studios (a standing practice); s8 a
    # development plan (a plan); s9 his invitation to the public to visit the exhibition (the forty-third set's same
    # sentence left uncoded: not coded).
    "snn-d54d0368ea58": [
        ("REQUEST", None, 4, "أوجه الدعوة", None, "للفنانين التشكيليين", None, ""),
    ],
    # Al-Riyadh: al-Zulfi celebrates Eid al-Fitr (22 July). s0 the governor Fayhan bin Labdah's congratulation in his
    # name and the people's to King Salman, the crown princes, the Riyadh emir and the Saudi people (-> SUPPORT, one
    # record for the list, its first recipient "مقام خادم الحرمين ..." from "لمقام", the sixty-third set's congratulation of
    # the leadership) and his praise of the municipality's efforts (-> SUPPORT, "أثنى"); his prayers and words (not
    # coded); s1 the mayor Musfir al-Duwaihi's congratulation of the leadership (-> SUPPORT) and of the minister of
    # municipal affairs (-> SUPPORT, another verb and recipient; the mayor of Riyadh and his deputy of s2-s4, cut by the
    # abbreviation "م.", not coded apart); s4 his commendation of the governor's follow-up (-> SUPPORT, "نوه") and his
    # praise of the partners of success (-> SUPPORT, "مثنيا"); s5 the subheadings restating s0/s4 (not coded again), the
    # poems, the ardah, the shields handed to the departments and sponsors (an honouring at a ceremony: not coded, as the
    # sixty-third set's airport honouring) and the programme.
    "snn-e6d21fff2412": [
        ("SUPPORT", None, 0, "تقديم التهنئة", "محافظ الزلفي الأستاذ فيحان بن لبدة",
         "مقام خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", None, ""),
        ("SUPPORT", None, 0, "أثنى", ("محافظ الزلفي", 3), ("بلدية الزلفي", 3), None, ""),
        ("SUPPORT", None, 1, "هنأ", "الأستاذ مسفر الضويحي رئيس بلدية الزلفي", "القيادة الرشيدة", None, ""),
        ("SUPPORT", None, 1, "قدم التهنئة", "الأستاذ مسفر الضويحي رئيس بلدية الزلفي",
         "وزير الشؤون البلدية والقروية", None, ""),
        ("SUPPORT", None, 4, "نوه", ("الضويحي", 2), "محافظ الزلفي", None, ""),
        ("SUPPORT", None, 4, "مثنيا", ("الضويحي", 2), "شركاء النجاح", None, ""),
    ],
    # Asharq Al-Awsat: al-Azhar expresses its strong displeasure at Iran's interference in Bahrain and the Arab states
    # (24 July). s0 al-Azhar's statement of "yesterday" rejecting Iran's interference after Khamenei's remarks (-> ACCUSE
    # disapprove, the set-16 records of the Gulf states' response to the same speech; the two clauses "انزعاجه" and
    # "رفضه التام" one statement; Khamenei's remarks described, not coded: the sixteenth set coded the reply, not the
    # speech); s1 the source's view (not coded); s2 the grand imam al-Tayeb's call of the day before to the senior Sunni
    # and Shia scholars to meet in Cairo (-> REQUEST meet, the thirty-fourth set's record of the same call; recent);
    # s3 Bahrain's foreign ministry summoned Iran's chargé d'affaires and handed him a protest note (-> ACCUSE
    # disapprove, the thirty-third set's summoning of an ambassador and the fifty-third set's protest note, one record);
    # s4 the ministry's characterisation of the remarks (the content of the same protest: not coded again); s5 Egypt's
    # official rejection of interference (-> ACCUSE disapprove, recipient null: the sixteenth set coded Egypt's call of
    # the same day as REQUEST change; here a rejection without a call); s6 al-Azhar's statement that the Supreme
    # Leader's remarks are unacceptable interference (-> ACCUSE disapprove, another recipient, as the fifty-ninth set's
    # Netanyahu records); s7 its demand that Iran stop such statements (-> REQUEST change, the sixteenth and thirty-third
    # sets' calls to stop interference) and its solidarity with the Gulf states (-> SUPPORT, the sixth set's al-Azhar
    # solidarity); s8 the source's view; s9 no relations since 1980 (a standing condition) and Egypt's peace treaty with
    # Israel (-> AGREE [H], the 1979 treaty); s10 Iran's earlier criticism of Morsi's removal (-> ACCUSE disapprove [H],
    # July 2013) and Cairo's hostile reply (-> ACCUSE disapprove [H]); s11 Tehran sent the deputy foreign minister to
    # Egypt for al-Sisi's inauguration last year (-> CONSULT visit [H]; "مصر" its first occurrence, before "المصري");
    # s12 the source's words; s13 al-Azhar's demand of last December to the Shia authorities (-> REQUEST change [H], the
    # thirty-fourth set's call for fatwas as REQUEST change).
    "snn-7a35135f1526": [
        ("ACCUSE", "disapprove", 0, "انزعاجه الشديد", ("الأزهر", 1), ("التدخل الإيراني", 1), None, ""),
        ("REQUEST", "meet", 2, "دعوة", "إمامه الأكبر الدكتور أحمد الطيب", "كبار علماء السنة والشيعة", "القاهرة", ""),
        ("ACCUSE", "disapprove", 3, "استدعت", "وزارة الخارجية في البحرين",
         "القائم بأعمال السفارة الإيرانية لدى البحرين", None, ""),
        ("ACCUSE", "disapprove", 5, "رفضت", "مصر", None, None, ""),
        ("ACCUSE", "disapprove", 6, "تدخلا غير مقبول", "الأزهر", "المرشد الإيراني", None, ""),
        ("REQUEST", "change", 7, "طالب", "الأزهر", "إيران", None, ""),
        ("SUPPORT", None, 7, "تضامنه", "الأزهر", "دول الخليج", None, ""),
        ("AGREE", None, 9, "توقيع", ("مصر", 2), "إسرائيل", None, "H"),
        ("ACCUSE", "disapprove", 10, "انتقدت", "إيران", "عزل الرئيس الأسبق محمد مرسي", None, "H"),
        ("ACCUSE", "disapprove", 10, "ردا عدائيا", "القاهرة", None, None, "H"),
        ("CONSULT", "visit", 11, "أرسلت", "طهران", None, ("مصر", 1), "H"),
        ("REQUEST", "change", 13, "طالب", "الأزهر", "المرجعيات الشيعية في العراق وإيران", None, "H"),
    ],
    # Asharq Al-Awsat: war and peace in a pharaonic exhibition at the Egyptian Museum (4 August). s0 the exhibition for
    # the opening of the new Suez Canal (not coded); s1 its opening by the antiquities minister (a ceremony: not coded)
    # and Ramses II "who concluded the oldest peace treaty in history" (-> AGREE [H], the treaty with the Hittites of
    # about 1258 BC, restated in s2: coded once); s2 the battles, Kadesh among them, in which Egypt's army confronted the
    # Hittites (-> ASSAULT [H], mode null, the sixty-first and sixty-third sets' recalled battles; the campaigns to Iraq
    # and the Levant in the same clause not coded apart); s3-s4, s6-s8, s11-s12, s16 the artefacts, sites and the canal
    # of Senusret (not coded); s5 Ahmose led the army in a battle at Tharu and ended the Hyksos invasion (-> ASSAULT [H];
    # his father's and brother's deaths in battle, without an actor, not coded apart); s9-s10 and s13 the minister's and
    # the coordinator's words; s14 the Raphia decree honouring Ptolemy IV for his victory at Raphia over Antiochus III in
    # 217 BC (-> ASSAULT [H] for the battle; the priests' decree honouring him, not coded); s15 a stele recording a king's
    # campaign across Sinai without a target (not coded).
    "snn-cbe22d45241c": [
        ("AGREE", None, 1, "عقد أقدم معاهدة سلام", "الملك رمسيس الثاني", None, None, "H"),
        ("ASSAULT", None, 2, "تصدى", "جيش مصر", "للحيثيين", None, "H"),
        ("ASSAULT", None, 5, "قاد", ("أحمس", 2), None, "منطقة «ثارو»", "H"),
        ("ASSAULT", None, 14, "معركة", "بطليموس الرابع", "أنطيوخوس الثالث", ("رفح", 2), "H"),
    ],
    # Asharq Al-Awsat: Obama unveils the widest strategy against climate change today (3 August). s0-s10 the Clean Power
    # Plan, Obama's video and words (a domestic regulation and statements: not coded, the sixty-third set's domestic
    # regulatory decision; the Republicans' opposition of s5 a standing position, the fifty-ninth set); s11 the big
    # meeting of the leaders of the major states in Paris next December (-> CONSULT multilateral [F], the sets' planned
    # meetings); s12-s17 the targets, the possible opposition (a prediction) and the official's words.
    "snn-ee7bf610521f": [
        ("CONSULT", "multilateral", 11, "اجتماع كبير", "قادة الدول الكبرى", None, "باريس", "F"),
    ],
    # Asharq Al-Awsat column (Abdulrahman al-Rashed): "the idea of reconciliation with Iran is a failure" (2 August).
    # s0-s12 the writer's reply to Trad al-Omari's proposal (views; the hypothetical friendship agreement and the
    # generic "easy for a superpower to sign an agreement" not coded); s13 Iran's change "after the agreement with the
    # West" (-> AGREE, the nuclear agreement inside an anchor, the thirty-fourth, fifty-ninth and sixty-third sets'
    # anchors; 14 July: recent); s15-s23 sanctions, Iran's aggressive operations and proxies, Yarmouk (standing
    # conditions, series and views: not coded); s25 the negotiating meetings of the 1990s (-> CONSULT [H], mode null,
    # the fifty-ninth set's recalled negotiations; the parties implied: actor null) and the detailed agreement signed in
    # 2001 (-> AGREE [H]); s26 Iran's breach of almost all of it (-> REJECT [H], the fifty-ninth set's "defy norms, law",
    # CAMEO 128); s27 Rafsanjani's visit of 2008, the longest of its kind (-> CONSULT visit [H], the visitor as actor);
    # s28 the reopened embassies, the Iranian airline's offices, the trade fairs and exchanged visits (a general account
    # of a series: not coded); s29-s32 the writer's views and the standing relations.
    "snn-8c528012acec": [
        ("AGREE", None, 13, "الاتفاق", "ايران", "الغرب", None, ""),
        ("CONSULT", None, 25, "لقاءات تفاوضية متعددة", None, None, None, "H"),
        ("AGREE", None, 25, "وقعت اتفاقية تفصيلية مهمة", None, None, None, "H"),
        ("REJECT", None, 26, "خالفت", "ايران", None, None, "H"),
        ("CONSULT", "visit", 27, "زيارة", "الشيخ هاشمي رفسنجاني", "السعودية", None, "H"),
    ],
    # Al-Yaum column: before harassment enters the danger stage (4 August). The justice ministry's statistic, the Jeddah
    # and Taif harassment incidents named as bare references (not coded, the fifth, thirty-first and sixty-third sets),
    # the national dialogue centre's study, the writer's questions and his appeal to the law's opponents (views and a
    # general appeal: not coded). None.
    "snn-bd0e71164260": [],
    # Al-Riyadi sport: Al-Ittihad before the cup semi-final (21 July). The club president's and the coach's meeting with
    # their own players (a club's internal matter: not coded, the sixty-first and sixty-third sets' sport rule), the
    # training injury, the Asian draw with al-Ain and the programme (sport: not coded). None.
    "snn-150bfe66a869": [],
    # Al-Eqtisadiah: the Greek crisis reveals one big but unhappy European family (21 July). s0-s6 the rifts and views
    # (not coded); s7 the weeks of emergency meetings of the euro-zone leaders and finance ministers, crowned by a summit
    # (-> CONSULT multilateral, recent) and the fragile agreement reached that keeps Greece afloat (-> AGREE, the twelfth
    # and twenty-second sets' Greek agreement; "منطقة اليورو" its second occurrence); s8 views; s9 Tsipras: "a bad
    # agreement" (-> ACCUSE disapprove, recipient null, the fifty-ninth set's Netanyahu on the agreement; his acceptance,
    # "اضطر إلى تجرع الدواء المر", a metaphor not coded apart); s10-s12 Schaeuble's, Merkel's and an official's views
    # (not coded); s13-s15 predictions; s16 Britain and the Czech Republic insist on guarantees for the taxpayers' money
    # (-> REQUEST, mode null, a demand with its own actor); s17 views.
    "snn-e9406de0d9d6": [
        ("CONSULT", "multilateral", 7, "الاجتماعات الطارئة", "زعماء ووزراء مالية منطقة اليورو", None, None, ""),
        ("AGREE", None, 7, "توصلت", ("منطقة اليورو", 2), "اليونان", None, ""),
        ("ACCUSE", "disapprove", 9, "اتفاق سيئ", "رئيس وزراء اليونان تسيبراس", None, None, ""),
        ("REQUEST", None, 16, "تصر", "بريطانيا وجمهورية التشيك", None, None, ""),
    ],
    # Al-Eqtisadiah: 20 killed in a new attack in Cameroon bearing Boko Haram's hallmarks (26 July). s0 the new attack of
    # Saturday evening in Maroua carried out by a girl of about twelve (-> ASSAULT suicide-attack, s4-s5 the bomb she
    # detonated on herself; the toll of s3 not coded apart) after the two suicide bombings of Wednesday (-> ASSAULT
    # suicide-attack, actor null, an earlier event of the series inside an anchor, reported in the thirty-fifth set but
    # here its own event; s2, s15 and s20 restate it: not coded again); s1 the armies' mobilisation (a standing
    # condition, not coded) and the suicide operation of Sunday morning in Damaturu (-> ASSAULT suicide-attack); s4-s5
    # the Saturday attack restated; s6 the security forces' cordon of the area (-> COERCE restrict, PLOVER "cordoning
    # off areas", the fifty-ninth set) and their arrests of many people (-> COERCE arrest); s7-s12 the other accounts of
    # the same attack (a man's bomb: not coded again); s13-s14 the standing surveillance and the night ban on motorcycles
    # (standing); s16 the security measures tightened across the country for some days (-> MOBILIZE police, the
    # forty-second and fifty-ninth sets; passive: actor null); s17 the alliance of early 2015 (a standing membership:
    # not coded); s18-s19 views and fears; s20 the Cameroonian authorities' decision to extend the niqab ban to the
    # north and the littoral (-> COERCE restrict, PLOVER restrictions on civil liberties) and s21 its application in the
    # far north last week (-> COERCE restrict, an earlier step with its own place; passive: actor null); s22 the two
    # bombings of the Gombe bus stations (-> ASSAULT explosives, the twenty-third and thirty-fifth sets' records of the
    # same bombings); s23 the five-nation force expected to deploy by 30 July (-> MOBILIZE troops [F], the thirty-fifth
    # set's record of the same sentence) and the group's allegiance to ISIS (-> COOPERATE [H], the thirty-fifth set's
    # record of the same sentence; the six-year insurgency's toll a series); s24 Buhari's vow to crush the insurgency
    # (-> THREATEN violence [H], his inauguration of 29 May, eight weeks before) and the 800 killed since (a toll of a
    # series: not coded).
    "snn-676abffaacc7": [
        ("ASSAULT", "suicide-attack", 0, "هجوما جديدا", "فتاة في حوالى الثانية عشرة من العمر", None,
         "مدينة مروة أقصى شمال الكاميرون", ""),
        ("ASSAULT", "suicide-attack", 0, "تفجيرين انتحاريين", None, None, None, ""),
        ("ASSAULT", "suicide-attack", 1, "عملية انتحارية", None, None,
         "داماتورو مركز ولاية يوبي في شمال شرق نيجيريا", ""),
        ("COERCE", "restrict", 6, "اغلقت منطقة الاعتداء", "قوات الامن", None, None, ""),
        ("COERCE", "arrest", 6, "اعتقلت", "قوات الامن", "عددا كبيرا من الاشخاص", None, ""),
        ("MOBILIZE", "police", 16, "تشديد التدابير الامنية", None, None, "جميع انحاء البلاد", ""),
        ("COERCE", "restrict", 20, "توسيع منع ارتداء النقاب", "السلطات الكاميرونية", None, "مناطق الشمال والساحل", ""),
        ("COERCE", "restrict", 21, "طبق هذا التدبير", None, None, "منطقة اقصى الشمال المتاخمة للحدود النيجيرية", ""),
        ("ASSAULT", "explosives", 22, "تفجيرين", None, "محطتي حافلات", "غومبيه شمال شرق نيجيريا", ""),
        ("MOBILIZE", "troops", 23, "بالانتشار", "قوة من خمس دول", None, None, "F"),
        ("COOPERATE", None, 23, "اعلنت ولاءها", "المجموعة", "تنظيم الدولة الاسلامية", None, "H"),
        ("THREATEN", "violence", 24, "توعد", "الرئيس النيجيري محمد بخاري", "التمرد", None, "H"),
    ],
    # Al-Riyadh column: the return of Iranian oil may ease the pressure on OPEC's big producers (22 July). s0 after the
    # nuclear agreement with Iran was concluded (-> AGREE, the fifty-ninth set's oil column; 14 July: recent; actor
    # null); the lifting of the sanctions (a future consequence, the fifty-ninth set: not coded); s1-s13 figures and
    # production (not coded; s13's "before the imposition of the sanctions" an anchor of the s14 event); s14 the
    # sanctions imposed on Iran in 2012 (-> SANCTION [H], dated, passive: actor null); s15-s20 figures, OPEC's strategy
    # and the writer's views (not coded).
    "snn-8cf44449a15a": [
        ("AGREE", None, 0, "عقد الاتفاق النووي", None, ("إيران", 1), None, ""),
        ("SANCTION", None, 14, "فرضت عقوبات", None, ("إيران", 1), None, "H"),
    ],
    # Al-Riyadh column: "your job awaits the end of your scholarship and your return" (2 August). The scholarship
    # figures, the education minister's scholarship agreements with other ministries and state bodies (agreements inside
    # one government: not coded, the fifty-ninth and sixty-third sets' matters inside one government), the royal orders
    # helping the students "from time to time" (a series) and the writer's questions (not coded). None.
    "snn-59318169238d": [],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
