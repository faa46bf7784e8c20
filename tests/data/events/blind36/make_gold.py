"""Build events-blind36.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-sixth events blind set; same layout and guidelines as the first
thirty-five sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind35.jsonl and their blind/ ..
blind35/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind36.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind36.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-fifth sets' rule: here "طعن" from "بطعن", "قصف" from "بقصف", "اعتقال" from "لاعتقال"); in actors, recipients and
# places the fused ب/ل/ك is left out ("مسجد قوات الطوارئ الخاصة" from "بمسجد"); spellings as written ("بوابه 200" not used,
# "ايران" without hamza in s12 of the Vienna article, "الاستيطان" as written), copied exactly; a string repeated in its
# sentence is picked by its occurrence.
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to thirty-fifth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Okaz: Lebanon, a cabinet session today of unknown fate (31 July). s0 the session called by Salam (a meeting inside
    # one government: not coded, the twenty-ninth to thirty-fifth sets); s1 the Tripoli MP Kabbara's charge that the
    # "garbage alliance" targets the Sunni community to subdue it (-> ACCUSE allege; the aims "إسقاط حكومة" and "انتخاب
    # رئيس" are the charge's content, not coded); s2 and s3 fragments (". " and a lone "د"): none.
    "snn-48da5526b3bc": [
        ("ACCUSE", "allege", 1, "رأى", "نائب طرابلس محمد كبارة", "تحالف «القمامة»", None, ""),
    ],
    # Al-Jazirah: the Umluj municipality's Eid party for its staff (23 July). Office ceremony: none.
    "snn-59b166023605": [],
    # Al-Weeam: California declares a state of emergency as its wildfires spread (2 August). A natural disaster: the
    # governor's emergency declaration serves the fire-fighting (not a security measure against anyone, unlike the
    # thirtieth and thirty-third sets' COERCE martial-law), the firefighter's death an accident, the flags at half-mast
    # a tribute; s8 the link line: none.
    "snn-d969d09b2621": [],
    # Al-Madina: Najran club's debts prevent registering its new players (7 August). Club matters and an appeal to its
    # honorary members (not coded, the thirty-fourth and thirty-fifth sets): none.
    "snn-26cd13f84edb": [],
    # Al-Watan column: "pseudo-analysts, have mercy on us" (27 July). Views on television analysts: none.
    "snn-d2af89ed8204": [],
    # Al-Eqtisadiah: Korean, Japanese and Chinese talks on a free trade agreement (21 July). s0 the eighth trilateral
    # round in Beijing planned for "today" (-> CONSULT multilateral [F], as the twenty-second set's Khartoum round
    # "starting tomorrow"; s1 restates it with its agenda); s2 the chief negotiators' eighth meeting in China in
    # September (-> CONSULT multilateral [F]); s3 the launch of the negotiations in November 2012 (-> CONSULT
    # multilateral [H]); s4 the Seoul-Beijing bilateral FTA already reached (undated background -> AGREE [H]); s5 and
    # s8-s10 views and figures; s6 Korea and Japan's six rounds of bilateral talks halted since 2004 (-> CONSULT [H];
    # Japan's opposition to farm liberalisation a standing position, not coded); s7 Korea considering joining the TPP
    # (a consideration): not coded.
    "snn-484fb6ff974f": [
        ("CONSULT", "multilateral", 0, "عقد جولة جديدة من المباحثات", "كوريا الجنوبية واليابان والصين", None, "بكين", "F"),
        ("CONSULT", "multilateral", 2, "اجتماعهم الثامن", "كبار المفاوضين في الدول الثلاث", None, "الصين", "F"),
        ("CONSULT", "multilateral", 3, "بدء المفاوضات", "كوريا الجنوبية واليابان والصين", None, None, "H"),
        ("AGREE", None, 4, "توصلتا بالفعل لاتفاقية تجارة حرة ثنائية", "سول وبكين", None, None, "H"),
        ("CONSULT", None, 6, "أجرتا ست جولات من مفاوضات التجارة الحرة الثنائية", "كوريا الجنوبية واليابان", None, None, "H"),
    ],
    # Al-Jazirah: Zarif to visit Kuwait, Qatar and Iraq (26 July). s0 the announced tour (-> CONSULT visit [F], the three
    # states as the place, no recipient named); s1 and s3 its agenda; s2 the schedule, with a visit to Najaf to meet
    # Sistani (its own counterpart and place -> CONSULT visit [F]; Kuwait, Qatar and Baghdad restate s0); s4 Salehi's
    # denial of any separate Iran-US agreement on inspecting Parchin (-> AGREE [N], PLOVER negation; "كذب" his statement,
    # and the inspections "ستجري" a general plan), s5-s6 restate the denial; s7 Iran's decision to naturalise foreign
    # fighters and the parliament committee's backing (a domestic measure and a body inside one state): not coded.
    "snn-108d0a36044d": [
        ("CONSULT", "visit", 0, "زيارة", "وزير الخارجية الإيراني محمد جواد ظريف", None, ("الكويت وقطر والعراق", 1), "F"),
        ("CONSULT", "visit", 2, "سيزور النجف واللقاء", None, "المرجع السيستاني", "النجف", "F"),
        ("AGREE", None, 4, "اتفاق منفصل", ("إيران", 2), "أمريكا", None, "N"),
    ],
    # Asharq Al-Awsat: Burundi, dozens of gunmen killed and arrested in clashes in the north (21 July). s0 the army's
    # arrests (-> COERCE arrest) and its two days of clashes killing others (-> ASSAULT, mode null); s1 the dissident
    # general's mobilisation of forces to overthrow Nkurunziza (-> MOBILIZE troops; the overthrow an aim) and the failed
    # coup attempt of May (relative clause, more than five weeks before -> ASSAULT [H], as the fourteenth set's "محاولة
    # انقلاب"); s2 his loyalists' part in the same clashes (not a new event); s3-s5 comment; s6 the US condemnation of
    # the violence (-> ACCUSE disapprove) and its call for dialogue (-> REQUEST meet); s7-s12 the governor's statement
    # (the 100 gunmen held = s0's arrests; "no more fighting"); s13 the weeks of protests in Bujumbura against
    # Nkurunziza (April-May, relative clause with its own place -> PROTEST demo [H]).
    "snn-7f218da70d96": [
        ("COERCE", "arrest", 0, "اعتقل", "جيش بوروندي", "عشرات المسلحين", "الشمال", ""),
        ("ASSAULT", None, 0, "اشتباكات", "جيش بوروندي", "آخرين", "الشمال", ""),
        ("MOBILIZE", "troops", 1, "بتعبئة القوات", "جنرال منشق", None, None, ""),
        ("ASSAULT", None, 1, "محاولة انقلاب فاشلة", None, None, None, "H"),
        ("ACCUSE", "disapprove", 6, "أدانت", "الولايات المتحدة", None, None, ""),
        ("REQUEST", "meet", 6, "حثت على الحوار", "الولايات المتحدة", None, None, ""),
        ("PROTEST", "demo", 13, "احتجاجات", None, "نكورونزيزا", "العاصمة بوجمبورا", "H"),
    ],
    # Al-Riyadh: the Saudi scouts arrive in Japan for the World Jamboree (31 July). A scouting camp and its programme
    # (the visit to Hiroshima a programme item): none.
    "snn-b32c5fdea832": [],
    # Ain Al-Youm: seven Libyan soldiers killed in clashes with ISIS (1 August). s1 the lead: ISIS militants storming a
    # checkpoint (-> ASSAULT, mode null) and s2 its detail with the place outside Ajdabiya (-> ASSAULT, lead beside
    # detail, the thirty-fourth and thirty-fifth sets); s3 two more soldiers killed when the government sent
    # reinforcements (-> MOBILIZE troops; the killing -> ASSAULT, actor null) and s8 its detail, the ISIS ambush on the
    # relief column 100 km out (-> ASSAULT; "خرج رتل" restates the reinforcements); s5-s6 the source's quotation
    # restating s2 (not coded again); s11-s15 background: the rival faction's seizure of Tripoli (2014, relative clause
    # with its own actor and place -> COERCE seize [H]); the two governments' fighting and ISIS's foothold in Sirte
    # standing states; s16 the tag line: none.
    "snn-ba83c5660b94": [
        ("ASSAULT", None, 1, "اقتحم", "متشددون من تنظيم الدولة الإسلامية", "نقطة تفتيش", None, ""),
        ("ASSAULT", None, 2, "هاجم", "مقاتلو الدولة الإسلامية", "نقطة التفتيش", "خارج مدينة أجدابيا بشرق البلاد قرب ميناء البريقة", ""),
        ("MOBILIZE", "troops", 3, "ارسلت الحكومة تعزيزات", "الحكومة", None, None, ""),
        ("ASSAULT", None, 3, "قتل", None, "جنديان آخران", None, ""),
        ("ASSAULT", None, 8, "كمينا", "داعش", "رتل", None, ""),
        ("COERCE", "seize", 12, "استولى", "فصيل منافس", None, "العاصمة طرابلس", "H"),
    ],
    # Ain Al-Youm: an ultra-Orthodox Jew stabs six at the Jerusalem gay pride march (31 July). s1 the stabbing (-> ASSAULT
    # primitive; the earlier attack mentioned in s1 is coded once from its fuller s8); s2 the witnesses' details (same
    # attack); s6 Netanyahu's description of the attack as a hate crime (-> ACCUSE disapprove; Rivlin's warning a
    # general view); s7 the police's arrest of the suspect (-> COERCE arrest); s8 the same man jailed for stabbing three
    # marchers in 2005 (-> ASSAULT primitive [H], COERCE arrest [H], as the seventh set's prison terms); s9 his release
    # weeks ago at the end of his term (not a political act); s10-s12 background; s13-s14 the organisers' resolve (a
    # view); s16-s17 Netanyahu's statement that those responsible will be prosecuted (-> THREATEN, mode null, as the
    # thirty-third set's "لن يتم التسامح"; s17 its own sentence, the speaker named in s16: actor null); s21 the tag line.
    "snn-ae301dbc3f1c": [
        ("ASSAULT", "primitive", 1, ("طعن", 1), "يهوديا متشددا", "ستة مشاركين في مسيرة سنوية للمثليين", "القدس", ""),
        ("ACCUSE", "disapprove", 6, "وصف", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", None, None, ""),
        ("COERCE", "arrest", 7, "ألقت القبض", "الشرطة", "المشتبه به", None, ""),
        ("ASSAULT", "primitive", 8, "طعن", None, "ثلاثة مشاركين في مسيرة مماثلة", "القدس", "H"),
        ("COERCE", "arrest", 8, "سجن", None, "نفس الرجل", None, "H"),
        ("THREATEN", None, 17, "سنحاكم", None, "أولئك المسؤولين", None, ""),
    ],
    # Al-Jazirah: the Libyan army starts an operation to liberate al-Sabri in Benghazi (25 July). s0 the launch of the
    # operation against the armed groups (-> ASSAULT, mode null, as the sets' operations); s1 the vow that it will not
    # stop until they are eliminated (-> THREATEN violence, the threats rule); s2 the opening shelling with artillery
    # and tanks (-> ASSAULT heavy-weapons) and the air strikes (-> ASSAULT aerial), actors implied (null) for the
    # shelling; s3 al-Nayli killed on 15 July in clashes at al-Laythi (ten days before: not historical -> ASSAULT); s4 the
    # army's control of the two hotels and the transport station (-> COERCE seize); s5 its blowing up of the Shura
    # Council's arms depot (-> ASSAULT explosives); s6 the clashes since October 2014 (a standing series, not coded);
    # s7 two soldiers killed in fighting in central Benghazi (-> ASSAULT); s8 the government forces' new attempt on the
    # commercial port (-> ASSAULT, the sets' advances); s9 the air force spokesman's raids on al-Sabri (-> ASSAULT aerial;
    # the second item's own report, coded beside s2).
    "snn-69b59f214f81": [
        ("ASSAULT", None, 0, "انطلاق عملية", "جهاز مكافحة الإرهاب بالجيش الليبي", "المجموعات الإرهابية المسلحة", "منطقة الصابري بمدينة بنغازي", ""),
        ("THREATEN", "violence", 1, "لن تتوقف", "أقعيم", "كافة المجموعات الإرهابية", None, ""),
        ("ASSAULT", "heavy-weapons", 2, ("قصف", 1), None, "أوكار الإرهابيين", None, ""),
        ("ASSAULT", "aerial", 2, "ضربات جوية", "نسور السلاح الجوي", None, None, ""),
        ("ASSAULT", None, 3, "اشتباكات مسلحة", None, "سالم النايلي", "محور الليثي", ""),
        ("COERCE", "seize", 4, "السيطرة", "قوات الجيش", None, "الفندق البلدي ومحطة النقل المجاورة له وفندق النوران ببنغازي", ""),
        ("ASSAULT", "explosives", 5, "تفجير مخزن للأسلحة", "الجيش", "قوات مجلس شورى ثوار بنغازي", "سوق الجريد", ""),
        ("ASSAULT", None, 7, "قتال", "قوات الحكومة", "مقاتلين", "وسط مدينة بنغازي", ""),
        ("ASSAULT", None, 8, "محاولة جديدة نحو السيطرة", "القوات الحكومية", None, "الميناء التجاري", ""),
        ("ASSAULT", "aerial", 9, "قصف سلاح الجو", "سلاح الجو", None, ("الصابري", 1), ""),
    ],
    # Al-Jazirah: Prince Khalid al-Faisal honours two policemen (31 July). An award and thanks inside one government;
    # s4 one policeman's calming of a brawl in Jedda (no arrest, no political act): none.
    "snn-0d1f1097f433": [],
    # Al-Yaum: Europe backs the Vienna agreement (21 July). s0 the EU's approval of the nuclear deal (-> SUPPORT, as the
    # seventeenth set's Security Council "وافق"; the lifting of sanctions an expected next step, not coded); s1 the
    # foreign ministers' meeting restating the endorsement (not coded again); s2-s4 Fabius's view; s5 Iran's acceptance
    # of long-term limits in the Vienna agreement of 14 July (a week before: not historical -> AGREE); s6 the EU's
    # continued ban on missile technology and its human rights sanctions (-> SANCTION [F], "سيواصل"); s7-s8 a diplomat's
    # view; s9 Congress's 60 days (procedure); s10 the EU's interest and a possible reopening of its office (a
    # possibility, not coded); s11 the Austrian minister's planned visit to Iran in September (-> CONSULT visit [F]);
    # s12 Fabius's scheduled visit to Iran (-> CONSULT visit [F]); s13 the past isolation (standing): not coded.
    "snn-5e6618211357": [
        ("SUPPORT", None, 0, "وافق", "الاتحاد الأوروبي", "الاتفاق النووي بين إيران والقوى العالمية", None, ""),
        ("AGREE", None, 5, "وافقت", "إيران", None, "فيينا", ""),
        ("SANCTION", None, 6, "سيواصل حظر إمداد إيران بتقنية الصواريخ الباليستية", "الاتحاد الأوروبي", ("إيران", 1), None, "F"),
        ("CONSULT", "visit", 11, "زيارة", "وزير خارجية النمسا سباستيان كورتس", None, ("إيران", 1), "F"),
        ("CONSULT", "visit", 12, "يزور", "فابيوس", None, "ايران", "F"),
    ],
    # Asharq Al-Awsat: protests in Ferguson on the anniversary of Brown's death (11 August). Coded as the thirty-second
    # and thirty-third sets' Ferguson articles: s0 the protests (-> PROTEST demo) and the killing of Brown a year before
    # (-> ASSAULT firearms [H]); s1 the police's clashes with demonstrators (-> ASSAULT, mode null, as the fifteenth set's
    # "مواجهات") and last year's riots (-> PROTEST riot [H]; the killing restated); s2 the arrests (-> COERCE arrest,
    # passive: actor null) of protesters who blocked a highway (-> PROTEST obstruct); s3 the state of emergency
    # (-> COERCE martial-law) and the night's violence (-> PROTEST riot, as the thirty-third set); s4 restates s3.
    "snn-7dd8750349d7": [
        ("PROTEST", "demo", 0, "احتجاجات", None, None, "مدينة فيرغسون بولاية ميسوري الأميركية", ""),
        ("ASSAULT", "firearms", 0, "مقتل", "شرطي أبيض", "شاب أسود أعزل", None, "H"),
        ("ASSAULT", None, 1, "اشتبكت", "الشرطة", "متظاهرين", None, ""),
        ("PROTEST", "riot", 1, "أعمال شغب", None, None, None, "H"),
        ("COERCE", "arrest", 2, "اعتقلوا", None, "عشرات المحتجين", None, ""),
        ("PROTEST", "obstruct", 2, "عطلوا المرور", "عشرات المحتجين", None, "طريق سريع يبعد كيلومترات عن فيرغسون", ""),
        ("COERCE", "martial-law", 3, "حالة الطوارئ", "السلطات", None, "المدينة", ""),
        ("PROTEST", "riot", 3, "أعمال العنف", None, None, None, ""),
    ],
    # Al-Madina: 14 million Windows 10 users threatened with intrusion (6 August). A company's data practices and an
    # expert's view: none.
    "snn-3e94779b2c45": [],
    # Al-Eqtisadiah: the Palestinian foreign ministry calls settlement a "declaration of war" (23 July). s0 the ministry's
    # lead charge (-> ACCUSE disapprove, recipient the settlement policy, no actor named: null) and its details: s1 the
    # condemnation of the planning committee's approval of 886 units (-> ACCUSE disapprove; the approval itself an
    # Israeli administrative decision, not coded) and s2 of Shaked's committee to legalise outposts (-> ACCUSE
    # disapprove); s3 its warning about Bennett's statements (-> ACCUSE disapprove); s4-s6 the statement's views; s7 its
    # demand that all states, chiefly the Security Council members, confront the escalation (-> REQUEST, mode null, as
    # the thirteenth set's "مطالبتها"; s8 restates it); s9-s11 the second item, as the fifteenth set's Jenin report: the
    # Israeli forces' killing of a Palestinian (-> ASSAULT firearms), their raid (-> COERCE seize) to arrest activists
    # (-> COERCE arrest [F], no arrest reported) and the clashes (-> ASSAULT, actors null); s10 the entry into Burqin
    # (the raid's detail with its place -> COERCE seize) and the residents' stones (-> ASSAULT primitive); s11 the
    # witness's anonymity: none.
    "snn-a8fc472ee558": [
        ("ACCUSE", "disapprove", 0, "اعتبرت", "وزارة الخارجية الفلسطينية", None, None, ""),
        ("ACCUSE", "disapprove", 1, ("دانت", 1), "الوزارة", "لجنة التخطيط التابعة للإدارة المدنية الإسرائيلية", None, ""),
        ("ACCUSE", "disapprove", 2, "دانت", None, "وزيرة القضاء الإسرائيلية اييلت شكيد", None, ""),
        ("ACCUSE", "disapprove", 3, "نبهت", "الوزارة", "وزير التعليم الإسرائيلي زعيم البيت اليهودي نفتالي بينت", None, ""),
        ("REQUEST", None, 7, "طالبت", "الوزارة", "الدول كافة خاصة الأعضاء في مجلس الأمن", None, ""),
        ("ASSAULT", "firearms", 9, "قتلت فلسطينيا بالرصاص", "القوات الإسرائيلية", "فلسطينيا", "الضفة الغربية المحتلة", ""),
        ("COERCE", "seize", 9, "دهم", "القوات الإسرائيلية", None, "الضفة الغربية المحتلة", ""),
        ("COERCE", "arrest", 9, "اعتقال", "القوات الإسرائيلية", "ناشطين", None, "F"),
        ("ASSAULT", None, 9, "اشتباكات", None, None, None, ""),
        ("COERCE", "seize", 10, "دخلت", "القوات الإسرائيلية", None, "قرية برقين جنوب غربي مدينة جنين في الضفة الغربية", ""),
        ("ASSAULT", "primitive", 10, "ألقوا حجارة", "السكان", "الجنود", None, ""),
    ],
    # Al-Jazirah: the Mufti calls the bombing a shameful criminal act (7 August). s0 his condemnation (-> ACCUSE
    # disapprove, the attackers unnamed: recipient null) and the bombing of the Emergency Forces mosque in Asir with its
    # toll, reported nowhere else in the article as news (-> ASSAULT explosives, the thirty-fifth set's anchor rule, as
    # the thirteenth set's "التفجير الإرهابي"); s1-s11 the call-in's prayers, verse, restated condemnation and views:
    # not coded again.
    "snn-487fdc11305b": [
        ("ACCUSE", "disapprove", 0, "وصف", "مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ عبدالعزيز بن عبدالله آل الشيخ", None, None, ""),
        ("ASSAULT", "explosives", 0, "التفجير الغاشم", None, "مسجد قوات الطوارئ الخاصة", "منطقة عسير", ""),
    ],
    # Al-Yaum: social workers call for a team to support the martyrs' families (8 August). s0 the call (a proposal to
    # unnamed services, not coded, as the thirty-fifth set's residents' demands) and the attack on the Emergency Forces
    # mosque inside it (-> ASSAULT, mode null: "الاعتداء"); s1 Reham Subaiha's condemnation (-> ACCUSE disapprove, "وأضافت"
    # with no name: actor null, as the sets' vox-pop condemnations); s2-s3 views and a call on society; s4 Ahmad
    # al-Saad's condemnation (-> ACCUSE disapprove, actor named in s3: null); s5-s6 the citizens' views; s7 Ali
    # al-Ghamdi's condemnation (-> ACCUSE disapprove); s8 praise; s9 the Interior Ministry's recent arrests of many
    # terrorist cells (anchor with its own actor -> COERCE arrest, "مؤخراً": not historical); s10 Salih al-Zahrani's
    # condemnation (-> ACCUSE disapprove).
    "snn-4d7a56c16a75": [
        ("ASSAULT", None, 0, "الاعتداء الإرهابي الغاشم", None, None, "مسجد قوات الطوارئ الخاصة في منطقة عسير", ""),
        ("ACCUSE", "disapprove", 1, "لا تقر به الإنسانية ولا الشريعة الإسلامية", None, None, None, ""),
        ("ACCUSE", "disapprove", 4, "من أشنع الجرائم", None, None, None, ""),
        ("ACCUSE", "disapprove", 7, "عمل جبان", "المواطن علي الغامدي", None, None, ""),
        ("COERCE", "arrest", 9, "القبض", "وزارة الداخلية", "العديد من الخلايا الارهابية", None, ""),
        ("ACCUSE", "disapprove", 10, "فقدوا عقولهم", "المواطن صالح الزهراني", "الارهابيين", None, ""),
    ],
    # Al-Weeam: the director of Benghazi's sea port killed in the clashes at al-Laythi (21 July). s0 his death in the
    # clashes (-> ASSAULT, mode null, actor unnamed); s1 the ministry's obituary (none); s2 the clashes on many fronts and
    # the assassinations as a general series (not coded); s3 the link line: none.
    "snn-9dd484da3af0": [
        ("ASSAULT", None, 0, "الاشتباكات", None, "مدير منفذ مدينة بنغازي البحري العقيد عبد الله محمد عبد المولى السعيطي", "منطقة الليثي بالمدينة", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
