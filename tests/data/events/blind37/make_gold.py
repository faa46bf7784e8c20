"""Build events-blind37.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-seventh events blind set; same layout and guidelines as the first
thirty-six sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind36.jsonl and their blind/ ..
blind36/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind37.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind37.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-sixth sets' rule: here "زيارة" from "بزيارة", "هجوم" from "لهجوم", "إطلاق الصواريخ ..." from "بإطلاق", "كتب" from "وكتب"); in actors, recipients and places
# the fused ب/ل/ك is left out ("مقربين من إردوغان" from "لمقربين", "قائد محور البيضاء المتحوث" from "لقائد") except where the
# article's alif is elided ("للمشتبه بهم", the first, twenty-fifth and twenty-ninth to thirty-sixth sets' rule); spellings as
# written ("ريس الوزراء" without its hamza, "الاسرائيلية", "اغري", "حملت" as written), copied exactly; a string repeated in
# its sentence is picked by its occurrence.
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to thirty-sixth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Madina: the Royal Saudi Land Forces open admission for 600 command-and-control posts (24 July). A recruitment
    # notice (s1-s4 its terms and the web address cut at its dots): none.
    "snn-1bf65ae54010": [],
    # Al-Madina: beaches and parks shape Eid in Jubail (22 July). Eid customs and outings: none.
    "snn-bbc5792cfa5a": [],
    # Al-Eqtisadiah: real-estate loans up 9 % to SAR 171 billion in the second quarter (10 August). Bank figures; s22 the
    # Saudi Monetary Agency's financing cap of November 2014 (a domestic regulation, background): none.
    "snn-3b1d0787b6dd": [],
    # Al-Riyadh: al-Mulaihan on the Arab Story Network and his honouring by the Riyadh literary club (6 August). A
    # cultural club's honour, the author's views and the press debate over it (s6 a writer's objection: a view): none.
    "snn-078cbf4224f7": [],
    # Al-Yaum: Israeli police investigate threats against President Rivlin after he condemned the killing of a Palestinian
    # baby (3 August). s0 the police investigation of the hostile posts (-> ACCUSE investigate, the sixteenth and
    # thirty-second sets' police investigations; the posts the object: recipient null) and the settlers' arson of the
    # baby's home, inside "اثر" with its own actor and place and reported nowhere else (s1 only the toll and names) ->
    # ASSAULT primitive, the sixteenth set's "أضرم مستوطنون ... النار" (Rivlin's condemnation inside "بعد ادانته" is
    # reported in s2-s6, coded there); s2 his Facebook post condemning the killing and "Jewish terrorism" (-> ACCUSE
    # disapprove, the twenty-fifth set's tweet "غرد"; s3-s6 its words, not coded again); s7 the abusive comments
    # attacking him (PLOVER: protests carried out in social media -> ACCUSE disapprove; "البعض" the only naming); s9 and
    # s10 the two threatening comments quoted ("your end will be worse than Sharon's", "found cut up in a shoe box") ->
    # THREATEN violence each, the twenty-second set's death threats against al-Qasabi, authors unnamed: actor null,
    # Rivlin only "ك": recipient null); s8 the first comment's insult (cut at its ".": none); s11 the police's order
    # restating s0; s12 Rabin's assassination in 1995 by a Jewish extremist (-> ASSAULT targeted [H], the twenty-first
    # and twenty-third sets' "اغتيال"; the peace rally and the right's incitement campaign its anchors, not coded).
    "snn-31e1d53e3915": [
        ("ACCUSE", "investigate", 0, "تحقق", "الشرطة الاسرائيلية", None, None, ""),
        ("ASSAULT", "primitive", 0, "اضرام مستوطنين متطرفين النار", "مستوطنين متطرفين", "رضيع فلسطيني", "الضفة الغربية المحتلة", ""),
        ("ACCUSE", "disapprove", 2, "كتب", "ريفلين", None, None, ""),
        ("ACCUSE", "disapprove", 7, "هاجمه", "البعض", None, None, ""),
        ("THREATEN", "violence", 9, "ستكون نهايتك اسوأ من نهاية شارون", None, None, None, ""),
        ("THREATEN", "violence", 10, "كان سيتم العثور عليك الان مقطعا داخل علبة احذية", None, None, None, ""),
        ("ASSAULT", "targeted", 12, "اغتيل", "متطرف يهودي", "ريس الوزراء الاسرائيلي اسحق رابين", "تل ابيب", "H"),
    ],
    # Asharq Al-Awsat: Turkey, early elections back on the table as the campaign against the Kurds escalates (1 August).
    # s0 the opposition's charge that the ruling AKP is "evasive" in the coalition talks (-> ACCUSE allege, the
    # thirty-sixth set's Kabbara), the AKP's coalition talks with the CHP (two parties, not one government; talks outside
    # a visit -> CONSULT, mode null, the twelfth to thirty-sixth sets) and the police's detention in December 2014 of
    # people close to Erdogan on corruption charges (relative clause with its own actor -> COERCE arrest [H]); not coded
    # in s0: Erdogan's talk of early elections and a minority government (a statement of options), the MHP's five
    # conditions "repeated" (a standing demand; its new condition is coded in s3) and Erdogan's view of the arrests as a
    # Gulenist plot (a standing charge); s1 the CHP sources' views; s2 the continued campaign (a series) with its news:
    # some 30 Turkish air raids on PKK positions in northern Iraq yesterday (-> ASSAULT aerial) and two policemen killed
    # in a new PKK attack in southern Turkey (-> ASSAULT; the toll of 16 in ten days not coded); s3 Bahceli's new
    # condition for joining a coalition with the AKP, an oath on the Koran (a demand on a named party -> REQUEST, mode
    # null); s4-s8 lone dots and "المزيد": none.
    "snn-72a9a12ee7de": [
        ("ACCUSE", "allege", 0, "اتهمت", "المعارضة التركية", "حزب العدالة والتنمية الحاكم", None, ""),
        ("CONSULT", None, 0, "محادثات الائتلاف الحكومي", "حزب العدالة والتنمية الحاكم", "حزب الشعب الجمهوري", None, ""),
        ("COERCE", "arrest", 0, "أوقفتهم", "الشرطة التركية", "مقربين من إردوغان", None, "H"),
        ("ASSAULT", "aerial", 2, "غارة", "الطائرات التركية", "مواقع تابعة لهم", "شمال العراق", ""),
        ("ASSAULT", None, 2, "هجوم جديد", "«الكردستاني»", "عنصران من الشرطة", "جنوب تركيا", ""),
        ("REQUEST", None, 3, "شرطًا جديدًا", "رئيس حزب الحركة القومية، دولت بهتشلي", "الحزب الحاكم", None, ""),
    ],
    # Al-Weeam: two soldiers killed in two Kurdish attacks in eastern Turkey (7 August). s0 the lead: the two PKK attacks
    # killing two soldiers (-> ASSAULT, lead coded beside its details, the thirty-fourth to thirty-sixth sets); s1 the Van
    # detail: the PKK fighters' attack on a bus with Iranian plates (-> ASSAULT, the bus as recipient) and the security
    # forces' response in which a soldier was killed (return of fire -> ASSAULT, mode null, the twenty-first set's attempt
    # and return of fire as two records; the soldier's death the casualty of the exchange); s2 the second soldier killed
    # in an attack in Agri (-> ASSAULT, actor not named); s3 the PKK's toll since 20 July (a tally of a series); s4 the
    # link line: none.
    "snn-3e0ae1a53ad7": [
        ("ASSAULT", None, 0, "هجومين", "مقاتلو حزب العمال الكردستاني", "جنديين", "شرق تركيا", ""),
        ("ASSAULT", None, 1, "هجوم", "مقاتلون من حزب العمال الكردستاني", "حافلة تحمل لوحة تسجيل معدنية إيرانية", "إقليم فان القريب من الحدود مع إيران", ""),
        ("ASSAULT", None, 1, "ردت", "قوات الأمن", None, "إقليم فان القريب من الحدود مع إيران", ""),
        ("ASSAULT", None, 2, "هجوم", None, "جندي آخر", "إقليم اغري المجاور", ""),
    ],
    # Al-Jazirah: 60 Saiqa special forces killed or wounded in Benghazi in July (2 August). s0 the 25 killed and 35
    # wounded in the clashes with the Benghazi Shura Council since the start of the month (the headlined report of the
    # fighting: two-sided clashes -> ASSAULT, mode null, the Shura Council's forces as actor, the dead as recipient;
    # "مناطق متفرقة" vague: no place) and s1 the spokesman's detail naming Ansar al-Sharia and the fronts (new actor and
    # places -> ASSAULT, lead beside detail); s2 his resolve and condolences; s3 the army's major advance on the
    # al-Nawwar-Martuba axis towards Derna (-> ASSAULT, the thirty-fifth set's advances); s4 a lone "."; s5 its means
    # (restated); s6 the Derna youth's control of the Seven Kurfat heights, the industrial area and the al-Ardam road
    # (-> COERCE seize) and the 102nd infantry battalion's capture of the al-Hila gate with ISIS expelled (-> COERCE
    # seize), both inside "بعد" with their own actors and places; s7 the confrontations on the Ain Bint axis where the
    # eastern coast youth advanced (-> ASSAULT); s8 the ISIS fighters falling back before the army and the local youth
    # (-> RETREAT withdraw, the thirty-fourth and thirty-fifth sets' withdrawals; their concentration at the university a
    # standing position); s9 the toll of the Derna battle between the Derna Mujahideen Council and ISIS (its fighting
    # inside the relative clause with both sides -> ASSAULT, mode null, both sides in one actor phrase); s10 the six
    # dead of "Operation Nahrawan" (a toll restated); s11 ISIS's standing control and the operation's aim; s12 the
    # council's announcement two days earlier of the "al-Hasm" battle (the same battle, an anchor): not coded.
    "snn-18ccb8caeb68": [
        ("ASSAULT", None, 0, "الاشتباكات", "قوات مجلس شورى ثوار بنغازي", "25 جندياً بالقوات الخاصة الليبية «الصاعقة»", None, ""),
        ("ASSAULT", None, 1, "الاشتباكات العنيفة", "«أنصار الشريعة»", "25 من قوات الصاعقة", "محاور القتال بوعطني والليثي وسي فرج الصابري", ""),
        ("ASSAULT", None, 3, "أحرز تقدمًا كبيرًا", "الجيش الليبي", None, "محور «النوار ومرتوبة»", ""),
        ("COERCE", "seize", 6, ("سيطرة", 1), "شباب درنة", None, "المنطقة الجبلية المُطلة على حي باب طبرق والمعروفة بـ«الكورفات السبعة» والمنطقة الصناعية وطريق الآردام", ""),
        ("COERCE", "seize", 6, "تمت السيطرة", "الكتيبة 102 مُشاة", "عناصر تنظيم «داعش»", "بوابة الحيلة", ""),
        ("ASSAULT", None, 7, "المواجهات المُسلحة", "شباب الساحل الشرقي", None, "محور عين بنت", ""),
        ("RETREAT", "withdraw", 8, "يتراجعون", "مُسلحي تنظيم «داعش» الإرهابي", None, None, ""),
        ("ASSAULT", None, 9, "المعارك المسلحة", "مجلس مقاتلي درنة وضواحيها وتنظيم داعش", None, "مدينة درنة شرقي ليبيا", ""),
    ],
    # Okaz: the foreign ministers of the Arab Peace Initiative committee meet in Cairo (6 August). s0 the committee's
    # ministerial meeting at the Arab League's headquarters, chaired by Shoukry, with Abbas and Elaraby (-> CONSULT
    # multilateral, the sets' ministerial meetings); s1 the Saudi delegation's head (participation restated); s2 the
    # agenda: the Israeli escalation, settlement, arrests and assassinations as general practices (not coded) and the
    # burning of the Palestinian baby in Nablus (relative clause with its own recipient and place, reported nowhere else
    # in the article -> ASSAULT primitive, the sets' Duma arson; actor not named).
    "snn-e33dff0325cc": [
        ("CONSULT", "multilateral", 0, "اجتماعا", "لجنة مبادرة السلام العربية", None, "مقر الأمانة العامة لجامعة الدول العربية", ""),
        ("ASSAULT", "primitive", 2, "حرق", None, "الطفل الفلسطيني الرضيع", "مدينة نابلس", ""),
    ],
    # Ain Al-Youm: Israeli soldiers shoot dead a Palestinian near the Gaza border (31 July). s0 the dateline; s1 the
    # killing of a Palestinian boy near the fence in northern Gaza (-> ASSAULT firearms); s2 the suspects' approach and
    # ignored calls (not an act against anyone); s3 the army spokeswoman's account: a group's stones thrown at the
    # security fence (-> ASSAULT primitive, the fifteenth and thirty-sixth sets' stones) and the soldiers' fire at the
    # suspects' legs (new recipient and method in the army's version -> ASSAULT firearms, its own record as the
    # sixteenth set's s2/s4); s4 a lone quotation mark; s5 the name and age; s6 Israel's standing 300-metre ban (a
    # standing measure); s7 the burning to death of a child in the West Bank earlier that day by suspected Jewish
    # settlers (-> ASSAULT primitive; the Palestinians' anger not a protest); s8 the tag line.
    "snn-6bef286724c1": [
        ("ASSAULT", "firearms", 1, "قتلوا صبياً فلسطينياً بالرصاص", "جنوداً إسرائيليين", "صبياً فلسطينياً", "شمال قطاع غزة", ""),
        ("ASSAULT", "primitive", 3, "ألقت الحجارة", "مجموعة", "السياج الأمني", None, ""),
        ("ASSAULT", "firearms", 3, "أطلقوا النار", "الجنود", "للمشتبه بهم", None, ""),
        ("ASSAULT", "primitive", 7, "قتل", "مستوطنون يهود", "طفل فلسطيني", "الضفة الغربية", ""),
    ],
    # Al-Watan: de Mistura concerned about the battle of Zabadani (23 July). s0 his deep concern for the civilians (-> ACCUSE
    # disapprove, the thirtieth set's "قلقه"; the sentence cut at the newline before "الزبداني"); s1 the attack of the
    # Syrian army and Hezbollah on Zabadani to wrest it from the opposition (-> ASSAULT); s2 the barrel bombs dropped on
    # Zabadani (-> ASSAULT aerial, the twentieth set's "ألقت عدد من البراميل المتفجرة"; the deaths its toll); s3 a view;
    # s4 the air force's bombing restated (not coded again) and the opposition fighters' rockets and heavy mortars on two
    # villages near Idlib (-> ASSAULT heavy-weapons) and s5 its detail, the Army of Conquest's targeting of al-Fu'a and
    # Kafriya (new actor and place -> ASSAULT; the civilians' siege a passive standing state); s6-s7 comment; s8 the
    # PKK's claim of the killing of two Turkish policemen found near the Syrian border (-> ASSAULT with the claimant as
    # actor; the Suruc bombing inside "ردا على" is reported in s10 and s13, coded there); s9 the claim restated; s10 the
    # authorities' naming of the 20-year-old bomber (-> ACCUSE allege, the sixteenth set's same announcement) and the
    # ISIS-claimed Suruc suicide attack with its toll (-> ASSAULT suicide-attack, as the sixteenth set); s11 the DNA
    # statement restated; s12 his joining ISIS two months before (a perpetrator's background, as the thirty-second set's
    # convicted acts: not coded); s13 the blast among the pro-Kurdish youths in the cultural centre's garden (new
    # recipient and place -> ASSAULT suicide-attack, actor a pronoun: null).
    "snn-4b25fffbafac": [
        ("ACCUSE", "disapprove", 0, "قلقه البالغ", "مبعوث الأمم المتحدة إلى سورية ستيفان دي ميستورا", None, None, ""),
        ("ASSAULT", None, 1, "الهجوم", "الجيش السوري وحزب الله اللبناني", "قوات المعارضة", "الزبداني", ""),
        ("ASSAULT", "aerial", 2, "ألقى عددا كبيرا من البراميل المتفجرة", "الجيش السوري", None, "الزبداني", ""),
        ("ASSAULT", "heavy-weapons", 4, "إطلاق الصواريخ وقذائف المورتر الثقيلة", "مقاتلي المعارضة", None, "قريتين قرب مدينة إدلب في الشمال", ""),
        ("ASSAULT", None, 5, "استهدف", "جيش الفتح", None, "قريتي الفوعة وكفريا الشماليتين", ""),
        ("ASSAULT", None, 8, "قتل شرطيين تركيين", "مسلحو حزب العمال الكردستاني", "شرطيين تركيين", "الحدود السورية", ""),
        ("ACCUSE", "allege", 10, "أعلنت", "السلطات التركية", "شابا في العشرين", None, ""),
        ("ASSAULT", "suicide-attack", 10, "الهجوم الانتحاري", "تنظيم داعش", None, "سوروتش", ""),
        ("ASSAULT", "suicide-attack", 13, "فجر نفسه", None, "حشد من الشباب المؤيدين للأكراد", "حدائق المركز الثقافي في سوروتش", ""),
    ],
    # Al-Weeam: Spanish drug dealers fear Twitter (21 July). The police's use of Twitter over 30 months, the 2012 campaign
    # and the tip-off address (general series and standing practices, the sixth to thirty-sixth sets); s5 the link line:
    # none.
    "snn-cfae6c912f76": [],
    # Al-Watan column: the Iranian agreement (24 July). Facts coded, views not (the fourteenth to thirty-sixth sets). s0
    # the nuclear agreement Iran reached recently with the world powers (its conclusion described: once per article ->
    # AGREE, the thirtieth to thirty-third sets; ten days before: not historical). Not coded: s1 the region's states'
    # repeated wish and demands (a standing position) and the agreement's content, s2-s4 and s6 views, s5 the Iranian
    # government's presentation of the deal as a victory (the columnist's characterisation).
    "snn-830706b6bd2c": [
        ("AGREE", None, 0, "توصلت إليه", "إيران", "القوى الدولية", None, ""),
    ],
    # Ain Al-Youm: a comedian showers Blatter with dollars at the FIFA press conference (24 July). s1 the comedian Lee
    # Nelson storming Blatter's press conference and showering him with fake dollars "as a protest" against FIFA's
    # corruption (a physical protest action -> PROTEST, no PLOVER mode fits: null) and s2 its detail with the venue in
    # Zurich (new place -> PROTEST, its own record) and the corruption investigations led by the United States and
    # Switzerland (relative clause with its own actors, reported nowhere else -> ACCUSE investigate; FIFA only "منظمته":
    # recipient null); s3 the accusations from journalists and Blatter's past call for prosecution (views, standing); s4
    # the security men escorting Nelson out (a venue's security, not a political coercion) and Blatter's words; s5-s7
    # his decision not to stand after the executive committee's meeting (sport administration, internal: not coded,
    # the thirty-third to thirty-sixth sets).
    "snn-ef6366cd7269": [
        ("PROTEST", None, 1, "أمطره بحزمة من الدولارات المزيفة", "الممثل الكوميدي الشهير لي نيلسون", "سيب بلاتر", None, ""),
        ("PROTEST", None, 2, "رمي كمية كبيرة من الدولارات", ("نيلسون", 1), "رئيس الاتحاد الدولي", "مدينة زيوريخ السويسرية", ""),
        ("ACCUSE", "investigate", 2, "تحقيقات", "الولايات المتحدة وسويسرا", None, None, ""),
    ],
    # Okaz: the coalition strikes Houthi positions in Mocha, Bab al-Mandab and Sanaa (24 July). s0 the lead: the
    # coalition forces' destruction of strategic Houthi positions at Bab al-Mandab and Mocha (no method in the sentence
    # -> ASSAULT destroy, the thirty-fourth set's rule) and s1 its detail: the air raids on the camp at Bab al-Mandab
    # (-> ASSAULT aerial) and the fifth raid on the government complex (another target -> ASSAULT aerial, actor implied:
    # null); s2 the Houthi dead (a toll); s3 the confrontations in Jabal Sabr between the Saleh-Houthi militias and the
    # Popular Resistance with 15 Houthis killed (-> ASSAULT, both sides in one actor phrase); s4 the coalition aircraft's
    # destruction of Houthi reinforcements heading for Lahj (-> ASSAULT aerial; the reinforcements' movement only
    # inside it, PLOVER) and the strikes on Houthi stores at the missile command in Faj Attan and al-Sabaha in Sanaa
    # (-> ASSAULT aerial, another target and place; the witnesses' camps restated, the weapons' purpose an aim); s5 the
    # Houthi front commander killed in confrontations at al-Alam (-> ASSAULT, actor not named) and the Resistance's
    # ambush on the al-Bayda axis commander in Lawdar (-> ASSAULT); s6 the Houthi leaders' withdrawal from al-Bayda to
    # Lawdar (-> RETREAT withdraw; the camps and barricades set up there a defensive position, not coded) and their
    # arrest campaigns against citizens (-> COERCE arrest, the named subject kept); s7 the special forces soldiers'
    # refusal of the deposed president's order to go down to Aden (relative clause with its own actor -> REJECT) and the
    # Houthis' arrests among them (-> COERCE arrest; the pursuit part of it); s8-s9 the government spokesman on the
    # ministers' expected return to Aden (inside one government: not coded).
    "snn-e7be167418f8": [
        ("ASSAULT", "destroy", 0, "تدمير", "قوات التحالف", "بعض المواقع الإستراتيجية للحوثي", "باب المندب والمخا", ""),
        ("ASSAULT", "aerial", 1, "غارات جوية", "طائرات التحالف", "معسكر يقع تحت سيطرة الحوثيين", "منطقة باب المندب بمدينة تعز جنوب غرب اليمن", ""),
        ("ASSAULT", "aerial", 1, "غارة خامسة", None, "المجمع الحكومي", None, ""),
        ("ASSAULT", None, 3, "مواجهات عنيفة", "مليشيات صالح والحوثي والمقاومة الشعبية", None, "مديريات جبل صبر بمحافظة تعز", ""),
        ("ASSAULT", "aerial", 4, "القضاء على تعزيزات حوثية", "طائرات التحالف العربي", "تعزيزات حوثية", "محافظة لحج جنوب اليمن", ""),
        ("ASSAULT", "aerial", 4, "استهدف الطيران", "الطيران", "مخازن للحوثي", "مقر قيادة الصواريخ والقوات الخاصة بفج عطان والصباحة", ""),
        ("ASSAULT", None, 5, "لقي مصرعه في مواجهات", None, "قائد جبهة الحوثيين في نقطة العلم", ("نقطة العلم", 2), ""),
        ("ASSAULT", None, 5, "نصبت المقاومة كمينا محكما", "المقاومة", "قائد محور البيضاء المتحوث", "مديرية لودر", ""),
        ("RETREAT", "withdraw", 6, "انسحبت", "أغلب قيادات الحوثي في البيضاء", None, "لودر", ""),
        ("COERCE", "arrest", 6, "اعتقالات", "أغلب قيادات الحوثي في البيضاء", "المواطنين", None, ""),
        ("REJECT", None, 7, "رفضت أوامر الرئيس المخلوع", "جنودا من القوات الخاصة «كتيبة الاحتياطي»", "الرئيس المخلوع", None, ""),
        ("COERCE", "arrest", 7, "اعتقالات", "الجماعة", "الجنود", None, ""),
    ],
    # Al-Yaum: the Iraqi army advances in Anbar amid the mines (31 July). s0 the lead: more dead of both sides in the
    # battles on the outskirts of Ramadi and Fallujah (-> ASSAULT, mode null, both sides in one actor phrase, the
    # thirty-fourth to thirty-sixth sets' leads; the mined roads a situation, as s7's); s1 ISIS's shelling of a barracks
    # near al-Saqlawiya killing a soldier (-> ASSAULT heavy-weapons) and the violent clashes there in the last few days
    # (inside "وكانت" with their own sides and place; recent: not historical -> ASSAULT); s2 the Iraqi forces' claim to
    # have taken positions in al-Saqlawiya recently (-> COERCE seize); s3 the weeks of battles on Fallujah's outskirts (a
    # series); s4 the attack of the police and Sahwa men on ISIS barracks west of Haditha in which five of them died (->
    # ASSAULT, the attackers as actor); s5 the continuing confrontations in Ramadi (-> ASSAULT, the current day's report)
    # and ISIS's seizure of the city in mid-May (relative clause, eleven weeks before -> COERCE seize [H]); s6 the 23
    # ISIS members killed by the security forces in clashes at Husaiba and al-Madiq (-> ASSAULT); s7 the advance on four
    # axes (s5 restated with a detail; the mining a situation); s8 the forces' capture of Anbar University days before
    # (-> COERCE seize, not historical) and the explosions they suffered inside its buildings (-> ASSAULT explosives,
    # passive: actor and recipient null), ISIS's claim of their retreat denied by Baghdad (a contested claim: not coded);
    # s9 the advance towards al-Ta'mim (-> ASSAULT, the thirty-fifth set's advances), the capture of the Olympic stadium
    # (-> COERCE seize) and ISIS's recent blowing up of it (relative clause with its own actor -> ASSAULT explosives).
    "snn-0f8aa9fc8e01": [
        ("ASSAULT", None, 0, "المعارك الجارية", "القوات العراقية وتنظيم داعش", None, "أطراف مدينتي الرمادي والفلوجة في محافظة الأنبار غربي العراق", ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف", "داعش", "ثكنة عسكرية", "ناحية الصقلاوية", ""),
        ("ASSAULT", None, 1, "اشتباكات عنيفة", "القوات العراقية ومليشيا الحشد", "تنظيم الدولة", ("الصقلاوية", 2), ""),
        ("COERCE", "seize", 2, "سيطرت", "القوات العراقية", None, "الصقلاوية", ""),
        ("ASSAULT", None, 4, "هجومهم", "خمسة من أفرادها ومن الصحوات", "ثكنات داعش", "منطقتي الصكرة والزاوية غربي بلدة حديثة غربي محافظة الأنبار", ""),
        ("ASSAULT", None, 5, "المواجهات", "الجيش ومليشيا الحشد", "التنظيم", "الرمادي", ""),
        ("COERCE", "seize", 5, "استولى", "التنظيم", None, "الرمادي", "H"),
        ("ASSAULT", None, 6, "اشتباكات", "قوات الأمن العراقية", "23 عنصرا من تنظيم داعش", "منطقتي حصيبة والمضيق شرقي الرمادي", ""),
        ("COERCE", "seize", 8, "سيطرت", "القوات العراقية", None, "مبنى جامعة الأنبار", ""),
        ("ASSAULT", "explosives", 8, "تفجيرات", None, None, "مباني الجامعة", ""),
        ("ASSAULT", None, 9, "تقدمت", "القوات العراقية", None, "حي التأميم شمال جامعة الأنبار", ""),
        ("COERCE", "seize", 9, "سيطرت", "القوات العراقية", None, "الملعب الأولمبي", ""),
        ("ASSAULT", "explosives", 9, "فجره", "تنظيم داعش", "الملعب الأولمبي", None, ""),
    ],
    # Okaz: the Yemeni human rights minister invites the international humanitarian organisations to visit Aden (23
    # July). s0 al-Asbahi's invitation to the UN High Commissioner for Human Rights and the organisations to visit Aden
    # (invitations to visit -> AGREE, the ninth and nineteenth sets' invitations to visit Aden; the visit its content);
    # s1 his letter and the government's arrangements (the invitation's means and content) and the destruction the
    # Houthi-Saleh militias wrought in Dar Saad yesterday, killing 50 civilians (relative clause with its own actor,
    # place and day -> ASSAULT, mode null); s2 his statement that the militias deliberately aimed their artillery and
    # rockets at civilians (new method -> ASSAULT heavy-weapons; the charge of deliberate killing -> ACCUSE allege, the
    # nineteenth set's Basalama; "وأوضح": actor null) and the Houthis' siege of Taiz blocking food and medicine (->
    # COERCE restrict, PLOVER "cordoning off", the nineteenth set's sieges; the blocked aid its content); the lack of
    # first aid after Aden's siege an anchor, not coded.
    "snn-525d2f1c6754": [
        ("AGREE", None, 0, "دعا", "وزير حقوق الإنسان عز الدين الاصبحي", "مفوض الأمم المتحدة السامي لحقوق الإنسان والمنظمات الحقوقية والإنسانية", "مدينة عدن", ""),
        ("ASSAULT", None, 1, "ارتكبتها", "مليشيات الحوثي وصالح", "50 مدنيا", "مديرية دار سعد بمحافظة عدن", ""),
        ("ASSAULT", "heavy-weapons", 2, "وجهت المدفعية والصواريخ", "مليشيات الحوثي وصالح", "مواطنين وسكان عزل", None, ""),
        ("ACCUSE", "allege", 2, "بشكل متعمد", None, "مليشيات الحوثي وصالح", None, ""),
        ("COERCE", "restrict", 2, "تفرض حصارا", ("مليشيات الحوثي", 2), None, ("مدينة تعز", 1), ""),
    ],
    # Al-Yaum: al-Uyun's charities and hospital visit the home-care patients (26 July). Visits to patients, their gifts and
    # thanks are coded (the second, seventh, eighth, tenth, twenty-third, thirty-first and thirty-fourth sets: visit ->
    # CONSULT visit, gifts -> AID, thanks -> SUPPORT; the counterpart is the patients, not a government body, as the
    # thirty-fourth set's Buraidah centre). s0 the charities' visit to the home-care patients in al-Uyun (-> CONSULT
    # visit, the town as place), the gifts presented to them (-> AID, the named subject kept; "لهم": recipient null) and
    # the thanks of all of them for the gesture (-> SUPPORT, "الجميع" the only naming; the thanked party "لمن" unnamed);
    # s1 a caption: none.
    "snn-1856582518fe": [
        ("CONSULT", "visit", 0, ("زيارة", 1), "الجهات الخيرية بمدينة العيون", "مرضى برنامج الطب المنزلي", ("مدينة العيون", 4), ""),
        ("AID", None, 0, "تقديم الهدايا", "الجهات الخيرية بمدينة العيون", None, None, ""),
        ("SUPPORT", None, 0, "خالص شكرهم وتقديرهم", "الجميع", None, None, ""),
    ],
    # Al-Jazirah: Turkey promises to strengthen its security after the Suruc suicide attack (22 July). s0 the suicide
    # attack attributed to ISIS that hit Suruc, killing 32 (inside "غداة" but described with its actor, method, place
    # and toll -> ASSAULT suicide-attack, as the sixteenth set's Suruc bombing inside "بعد يوم من"; the government's
    # promise of tighter security a domestic measure without a counterpart: not coded); s1 Davutoglu's announcement that
    # the police identified a suspect (-> ACCUSE investigate); s2-s3 his press conference restating it (the "most
    # likely" attribution: s7 coded); s4 restated; s5 the cultural centre as the target of an attack on young
    # pro-Kurdish activists (new recipient and place -> ASSAULT, no method in the sentence) and the battles that
    # destroyed Kobani, ended in January by the Syrian Kurds' victory over ISIS (relative clause with its own sides and
    # place, six months before -> ASSAULT [H]); s6 the newspapers' photographs; s7 Davutoglu's blaming ISIS since Monday
    # evening (-> ACCUSE allege; his promise of tighter security not coded, as s0); s8 his tour of the region (a domestic
    # tour) and promise; s9 the extraordinary cabinet session (inside one government); s10 "we will make every effort
    # against those responsible" (-> THREATEN, mode null, the thirty-third and thirty-sixth sets' vows; his plan of
    # security measures not coded); s11-s13 the investigation's speed, no claim yet, a hypothetical; s14-s15 the allies'
    # months-old charges and Turkey's standing denials (standing charges, not coded); s16 the police's series of
    # operations against recruitment networks in recent weeks (a series, the sixth to thirty-sixth sets); s17 an
    # editorial's view; s18 voices accusing the government of underestimating the threat (-> ACCUSE allege, "أصوات" the
    # only naming).
    "snn-0842a0b7d3c4": [
        ("ASSAULT", "suicide-attack", 0, "هجوم انتحاري", "تنظيم داعش", None, "مدينة سوروتش", ""),
        ("ACCUSE", "investigate", 1, "تعرفت على هوية مشتبه به", "الشرطة التركية", "مشتبه به", None, ""),
        ("ASSAULT", None, 5, "هجوم", None, "شبان مقربين من القضية الكردية", "المركز الثقافي في سوروتش", ""),
        ("ASSAULT", None, 5, "معارك", "أكراد سوريا", "تنظيم داعش", "مدينة عين العرب أو كوباني الكردية", "H"),
        ("ACCUSE", "allege", 7, "حمل", "داود أوغلو", "التنظيم الإرهابي", None, ""),
        ("THREATEN", None, 10, "سنبذل كل الجهود ضد المسؤولين", None, "المسؤولين", None, ""),
        ("ACCUSE", "allege", 18, "اتهمت", "أصوات", "الحكومة", None, ""),
    ],
    # Okaz column: "Koran memorisation only, in the state schools" (9 August). The education ministry's planned classes (a
    # domestic policy), the social-media debate and the columnist's views; s10's mosque attacks and the security services'
    # discoveries general series without a specific event: none.
    "snn-04284d7c171b": [],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
