"""Build events-blind39.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-ninth events blind set; same layout and guidelines as the first
thirty-eight sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind38.jsonl and their blind/ ..
blind38/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind39.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind39.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-eighth sets' rule: here "شكره" as written, "إحراق منزل" from "بإحراق", "تفجير" from "بتفجير", "زرع العبوات
# الناسفة" from "بزرع", "وقف الغارات الجوية" from "بوقف", "دعم" from "ودعم", "وعد" from "ووعد", "تهمة" from "بتهمة",
# "انضم" from "وانضم", "شهاداتهم" from "بشهاداتهم"); in actors, recipients and places the fused ب/ل/ك is left out
# ("الشطر الشمالي من قبرص" from "الشطر", "ولاية عين الدفلى" from "بولاية", "مفرزة للجيش" as the object phrase); where the
# article's alif is elided the fused ل stays ("للكونجرس", "للحوثيين وقوات صالح", the first, twenty-fifth and
# twenty-ninth to thirty-eighth sets' rule); spellings as written ("اردوغان" beside "إردوغان", "نتانياهو", "انجل",
# "مدينا", "استراتيجيتن" not used), copied exactly; a string repeated in its sentence is picked by its occurrence.
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to thirty-eighth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Jazirah: the minister of social affairs inaugurates the new seat of the National Centre for Social Studies
    # and Research (6 August). s1 the inauguration "this evening" by the minister who chairs the centre's board (no
    # counterpart, inside the ministry's own centre: not coded); s2-s4 the centre's founding aims and tasks (standing);
    # s5 the director-general's thanks to the minister for his support (-> SUPPORT, the sets' thanks, the thirty-third
    # set's al-Qasabi; honorifics "سعادة"/"معالي" left out of the spans, the thirty-fourth set's names) and the
    # partnerships it names with the interior ministry, KACST and the education ministry (partnerships of government
    # bodies, undated: not coded, the thirty-third set's social affairs-KACST partnership); s6 more partnerships
    # (standing aims): none.
    "snn-f153a857575d": [
        ("SUPPORT", None, 5, "شكره", "مدير عام المركز", "الدكتور ماجد بن عبدالله القصبي وزير الشؤون الاجتماعية", None, ""),
    ],
    # Al-Jazirah sport: the al-Ittihad fans receive the players at the airport; al-Muwallad back against al-Faisaly (9
    # August). The fans' welcome, the transfers (Montari, Morales, the keeper al-Qarni's contract still negotiated with
    # al-Wahda) and al-Muwallad's suspension by the doping committee: club business and sport administration, not coded
    # (the thirty-third to thirty-eighth sets; the twentieth set coded club procedure: followed the latest). None.
    "snn-9c6f559e7936": [],
    # Al-Riyadh: al-Dakhil confirms the education departments' readiness for the school year (22 July). The ministry's
    # Eid meeting with its own directors (a meeting inside one ministry: not coded, the twenty-ninth, thirty-second to
    # thirty-eighth sets) and the school calendar: none.
    "snn-5f07e9c1d5e2": [],
    # Al-Yaum: the Al-Ahsa municipality ends the random livestock pens on the Riyadh road (9 August). The pens' removal by
    # the municipality's committee of five government bodies and its hotline: a municipal enforcement of regulations
    # without a named party (the thirty-fourth set's Snapchat terms; the committee's work inside one government): none.
    "snn-922bb9ea1cad": [],
    # Okaz column: "O Jerusalem, who will save you!!" (1 August). The Temple groups' "almost daily" incursions into al-Aqsa
    # under the occupation's protection and their calls to mass "for months" (a general series, not a dated incident:
    # not coded, the sixth to thirty-eighth sets' series; the thirtieth and thirty-eighth sets coded dated stormings
    # only); the rest the columnist's views and appeal. None.
    "snn-a8f112a7b40b": [],
    # Al-Riyadh: Iraq, ISIS destroys the Olympic stadium in Ramadi (22 July; the police's statement of "today Sunday").
    # s0 ISIS's destruction of the stadium (-> ASSAULT destroy, the lead) after the Iraqi forces' withdrawal from it
    # (anchor inside "بعد" with its own actor and place; restated as an anchor in s2: coded here once -> RETREAT
    # withdraw, the thirty-fourth and thirty-fifth sets' withdrawals); s1 the security source: ISIS took control of the
    # stadium area north of Ramadi (-> COERCE seize) and blew up the stadium with explosive charges (new method ->
    # ASSAULT explosives with the stadium as recipient, as the thirty-seventh set's "فجره تنظيم داعش" for the same
    # stadium; the lead coded beside its detail, the thirty-fourth to thirty-eighth sets); s2 the seizure and the
    # withdrawal restated (not coded again) and the armed clashes with ISIS behind the withdrawal (inside "على خلفية",
    # with its own sides, reported nowhere else -> ASSAULT, mode null; "داعش" second occurrence, after "تنظيم داعش").
    "snn-089200ebd4e6": [
        ("ASSAULT", "destroy", 0, "دمر", "تنظيم داعش", "ملعب الرمادي الأولمبي", "مدينة الرمادي غربي بغداد", ""),
        ("RETREAT", "withdraw", 0, "انسحاب", "القوات العراقية", None, "مدينة الرمادي غربي بغداد", ""),
        ("COERCE", "seize", 1, "سيطرته", "تنظيم داعش", None, "منطقة الملعب الواقعة شمالي الرمادي مركز محافظة الأنبار", ""),
        ("ASSAULT", "explosives", 1, "تفجير", "تنظيم داعش", "الملعب الأولمبي", None, ""),
        ("ASSAULT", None, 2, "اشتباكات مسلحة", "القوات العراقية", ("داعش", 2), None, ""),
    ],
    # Al-Jazirah: five Egyptian policemen killed or wounded in a terrorist attack in Sinai (10 August). s0 the interior
    # ministry's statement: an explosive device blew up an armoured vehicle on Assiut street in the Third Arish district,
    # killing a captain and a conscript and wounding three (-> ASSAULT explosives, one record for the lead and its detail
    # in one sentence; the vehicle the target, as the thirty-eighth set's Kenya vehicle; no perpetrator: actor null);
    # s1 a lone "."; s2 the security services' intensified efforts to uncover the circumstances (-> ACCUSE investigate,
    # the thirty-seventh set's police investigations); s3 the security forces' detonation of seven explosive devices
    # south of Sheikh Zuweid (a controlled detonation of found explosives -> COERCE seize, the twelfth set's nine IEDs;
    # "جنوب الشيخ زويد" first occurrence) and the takfiri elements' planting of them on the Sheikh Zuweid-al-Joura road
    # to target the forces (a planted device found before it exploded -> ASSAULT explosives [F], the sixteenth set's
    # device "كانت موضوعة" near the AKP building; "القوات" first occurrence); s4 the same paragraph repeated with the
    # remote detonation (a restatement: not coded again); s5 the North Sinai security directorate's joint campaigns
    # against takfiri elements and criminal hotbeds (-> COERCE seize, the twelfth set's record of the same wording; the
    # "other campaigns" not coded again) and the mobile and fixed checkpoints to inspect cars (-> COERCE restrict, the
    # twelfth set; passive: actor null; the deterrence and arrest aims and the supervisors' rounds to brief the forces
    # not coded: aims and a matter inside one force, the twenty-second to thirty-eighth sets); s6 the information
    # department's letter reporting a Facebook account whose user posts takfiri material (a report on a suspect under
    # inquiry -> ACCUSE investigate, the thirty-seventh set's identification of a suspect by the police).
    "snn-e560945f0ed1": [
        ("ASSAULT", "explosives", 0, "انفجرت بها عبوة ناسفة", None, "إحدى المدرعات", "شارع أسيوط دائرة قسم ثالث العريش", ""),
        ("ACCUSE", "investigate", 2, "للكشف عن ملابسات الحادث", "الأجهزة الأمنية", None, None, ""),
        ("COERCE", "seize", 3, "تفجير 7 عبوات ناسفة", "قوات الأمن المصرية", None, ("جنوب الشيخ زويد", 1), ""),
        ("ASSAULT", "explosives", 3, "زرع العبوات الناسفة", "عناصر تكفيرية", ("القوات", 1), "طريق الشيخ زويد - الجورة جنوب الشيخ زويد", "F"),
        ("COERCE", "seize", 5, "حملات مشتركة", "مديرية أمن شمال سيناء", "العناصر التكفيرية والبؤر الإجرامية", None, ""),
        ("COERCE", "restrict", 5, "تمركزات أمنية متحركة وثابتة", None, "السيارات ومستقليها", None, ""),
        ("ACCUSE", "investigate", 6, "كتاب", "الإدارة العامة للمعلومات والتوثيق فرع غرب الدلتا", "حساب على موقع التواصل الاجتماعي (فيس بوك) باسم (أبو الوليد السيناوي)", None, ""),
    ],
    # Al-Jazirah: Abbas demands that the Israeli settler groups be classified as terrorist organisations (1 August). s0
    # Abbas's demand to the international community (-> REQUEST change, the thirty-first set's demand to the international
    # community "طالب البيان المجتمع الدولي"); s1 his words at the Palestinian leadership's emergency meeting in Ramallah,
    # the demand to the international community, the UN and "always biased" America (new recipients and place -> its own
    # REQUEST change; the leadership's own meeting inside one organisation, not coded); s2 his charge that the settlers
    # committed 11,000 crimes since 2004, all recorded against unknown persons (-> ACCUSE allege, the thirty-eighth set's
    # PLO report of the same figure; "وأضاف": actor null); s3-s7 the Palestinian security services' pursuit of the
    # settlers, from the same agency copy as the twenty-first set's snn-6aa427bf733d and coded as there: s3 the
    # announced resolve to "pursue" the settlers (-> COERCE arrest [F]) after the killing of a Palestinian child when
    # extremist settlers set fire to a house in the West Bank (anchor with its own actor, method and place, the Duma
    # arson named again only in s4's quotation -> ASSAULT primitive, the twenty-first and thirty-seventh sets' record of
    # the same arson); s4 al-Dumairi's charge that the settlers "committed terrorist crimes" (-> ACCUSE allege; the
    # pursuit restated: not coded again); s5 the pursuit restated; s6 "we have no confidence at all" in the Israeli
    # government's pursuit (-> ACCUSE disapprove); s7 Netanyahu's description of the killing as a "terrorist act" (->
    # ACCUSE disapprove, inside the question, as the twenty-first set) and the spokesman's answer that its aim is to
    # "absorb the world's anger" (-> ACCUSE disapprove).
    "snn-32afc476e34f": [
        ("REQUEST", "change", 0, "طالب", "الرئيس الفلسطيني محمود عباس", "المجتمع الدولي", None, ""),
        ("REQUEST", "change", 1, "نطالب", "عباس", "المجتمع الدولي والأمم المتحدة وأميركا المنحازة دائما", "رام الله", ""),
        ("ACCUSE", "allege", 2, "ارتكب", None, "المستوطنون", None, ""),
        ("COERCE", "arrest", 3, "ملاحقة", "الأجهزة الأمنية الفلسطينية", "المستوطنين المسؤولين عن هجمات على فلسطينيين", None, "F"),
        ("ASSAULT", "primitive", 3, "إحراق منزل", "مستوطنين متطرفين", "طفل فلسطيني", "الضفة الغربية المحتلة", ""),
        ("ACCUSE", "allege", 4, "ارتكبوا جرائم إرهابية", "المتحدث الرسمي باسم الأجهزة الأمنية الفلسطينية اللواء عدنان الضميري", "المستوطنين", None, ""),
        ("ACCUSE", "disapprove", 6, "ليس لدينا ثقة نهائيا", "الضميري", "حكومة إسرائيل", None, ""),
        ("ACCUSE", "disapprove", 7, "العمل الإرهابي", "رئيس الحكومة الإسرائيلية بنيامين نتانياهو", None, None, ""),
        ("ACCUSE", "disapprove", 7, "امتصاص نقمة العالم", "المتحدث باسم الأجهزة الأمنية الفلسطينية", None, None, ""),
    ],
    # Al-Jazirah: the Algerian army kills 16 al-Qaeda members, foreigners among them (21 July). s0 the lead, the army's
    # killing of the 16 in an ongoing operation (-> ASSAULT, mode null: no method in the sentence) in response to the
    # attack on an army patrol on Friday evening in Ain Defla (an anchor reported as a main clause in s4: coded there);
    # s1 Al-Khabar's detail: after closing the area from Tarik Ibn Ziad to Ouled Ahmed the army killed the 16 (new place
    # -> its own ASSAULT, the thirty-seventh and thirty-eighth sets' leads beside their details; the closing of the area
    # part of the operation); s2 the weapons, bombs and explosives recovered (-> COERCE seize, the twelfth and thirtieth
    # sets' seizures; passive: actor null); s3 the army's tightening of the cordon on the 20-25 strong group with heavy
    # artillery (new method -> ASSAULT heavy-weapons; the ambulances carrying the bodies part of it); s4 the defence
    # ministry's confirmation of nine soldiers killed and two wounded by a terrorist group's fire at an army detachment
    # on a search operation in Ain Defla (-> ASSAULT firearms; Friday 17 July, four days before: not historical).
    "snn-7f44fdb00f4a": [
        ("ASSAULT", None, 0, "قتلت", "قوات الجيش", "16 عنصراً من القاعدة بينهم أجانب", None, ""),
        ("ASSAULT", None, 1, "القضاء", "قوات الجيش الجزائري", "16 إرهابياً من تنظيم القاعدة بينهم عناصر أجنبية", "طارق بن زياد بالجنوب الغربي لولاية عين الدفلى مروراً بواد الجمعة وجبل اللوح مروراً بمنطقتي أولاد عنتر بالناحية الجنوبية لولاية المدية إلى غاية أولاد أحمد ببلدة بربوش", ""),
        ("COERCE", "seize", 2, "استرجاع", None, "كمية من الأسلحة والقنابل والمواد المتفجرة", None, ""),
        ("ASSAULT", "heavy-weapons", 3, "أحكم الطوق", "الجيش", "المجموعة الإرهابية التي يتراوح عددها بين 20 و25 إرهابياً", None, ""),
        ("ASSAULT", "firearms", 4, "إطلاق نار", "مجموعة إرهابية", "مفرزة للجيش", "ولاية عين الدفلى", ""),
    ],
    # Al-Watan: Erdogan, the Suruc bombing a terrorist act (21 July). s0 Erdogan's condemnation (-> ACCUSE disapprove) of
    # the suicide attack that killed at least 30 and wounded 100 in Suruc yesterday (relative clause with its method,
    # toll and place -> ASSAULT suicide-attack, the thirty-seventh set's Suruc anchor inside "غداة"; the toll as
    # recipient, the thirty-eighth set's tolls); s1 his words during his visit to northern Cyprus (a visit to a territory
    # -> CONSULT visit with the place as location, the sets' visits to a country; "we are in mourning" restates s0; the
    # Turkish occupation "since 1974" a standing state, not coded); s2 "I condemn and curse the perpetrators" (a
    # quotation restating s0: not coded again); s3 the blast at a cultural centre in Suruc (a main-clause report with a
    # new place -> its own ASSAULT explosives, the thirty-seventh set's Suruc blast beside the claimed attack) and the
    # suicide car bomb in Kobani minutes later (relative clause "حيث" with its own actor and place, reported nowhere else
    # -> ASSAULT suicide-attack); s4 Turkish officials' judgement that ISIS carried out the attack (-> ACCUSE allege, the
    # thirteenth and sixteenth sets' attributions; ISIS's seizure of wide areas "last year" a characterisation of the
    # group, as the thirty-seventh set left its "يسيطر منذ عام" uncoded); s5 a conditional: none; s6 Erdogan's call for
    # an international campaign against terrorism (-> REQUEST, mode null, no recipient named; "terrorism must be
    # condemned" a view); s7 Davutoglu's announcement that the first elements of the inquiry point to ISIS (-> ACCUSE
    # allege, the thirteenth set's record of the same attribution).
    "snn-07aea22d3d04": [
        ("ACCUSE", "disapprove", 0, "ندد", "الرئيس التركي رجب طيب إردوغان", None, None, ""),
        ("ASSAULT", "suicide-attack", 0, "الهجوم الانتحاري", None, "30 قتيلا على الأقل و100 جريح", "مدينة سوروتش التركية قرب الحدود السورية", ""),
        ("CONSULT", "visit", 1, "زيارة", "اردوغان", None, "الشطر الشمالي من قبرص", ""),
        ("ASSAULT", "explosives", 3, "الانفجار", None, None, "مركز ثقافي في سوروتش", ""),
        ("ASSAULT", "suicide-attack", 3, "فجر", "انتحاري", None, "مدينة كوباني السورية", ""),
        ("ACCUSE", "allege", 4, "رجح", "مسؤولون أتراك", "داعش", None, ""),
        ("REQUEST", None, 6, "داعيا", "إردوغان", None, None, ""),
        ("ACCUSE", "allege", 7, "يقف وراء الاعتداء الانتحاري", "رئيس الحكومة التركية أحمد داود أوغلو", "داعش", None, ""),
    ],
    # Ain Al-Youm: Kerry warns Congress that wrecking the Iran deal would lead to an Iranian bomb (31 July; the House
    # hearing of "today Tuesday", 28 July). s0 the dateline; s1 Kerry's testimony to Congress (talks of the
    # administration with the legislature -> CONSULT, mode null, the twenty-seventh set's administration-lawmaker
    # meetings; his argument not coded); s2-s4 his words to the House Foreign Affairs Committee (the testimony restated
    # with the committee's name: not coded again); s5 the treasury and energy secretaries joining him (new actors ->
    # CONSULT); s6-s7 the September deadline and the effect of a rejection (future and conditional: none); s8 the world
    # powers' agreement of 14 July to lift the sanctions in exchange for limits (its conclusion described: once per
    # article -> AGREE, the thirtieth to thirty-eighth sets; two weeks before: not historical); s9 the West's standing
    # suspicion (not coded); s10-s14 Kerry's argument; s15 the members' remarks on the difficulties (views); s16 Royce's
    # criticism that the deal gives Iran "huge sums" (-> ACCUSE disapprove, the thirtieth set's critics of the deal); s17
    # Engel's "worrying issues" (-> ACCUSE disapprove, the thirty-seventh set's "قلقه البالغ"); s18 the members' concern
    # over four Americans held in Iranian prisons (-> ACCUSE disapprove; the detention a standing state, not coded); s19
    # Kerry's "direct" talks with Tehran on the prisoners (-> CONSULT, mode null); s20-s22 the concern over Iran's support
    # for militants and Sherman's "they support Hamas, Hezbollah and the Houthis" (general standing charges: not coded,
    # the thirty-fourth set's Quds Force charge); s23 the officials' view; s24 the three secretaries' testimony in the
    # Senate on Thursday (-> CONSULT, recent: not historical) and Carter's scheduled appearance before the lawmakers
    # later in the week (-> CONSULT [F], the nineteenth to thirty-eighth sets' planned meetings); s25 the tag line.
    "snn-3531c9f32e6a": [
        ("CONSULT", None, 1, "قال", "وزير الخارجية الأمريكي جون كيري", "للكونجرس", None, ""),
        ("CONSULT", None, 5, "انضم", "وزير الخزانة جاك ليو ووزير الطاقة ايرنست مونيز", None, None, ""),
        ("AGREE", None, 8, "وافقت", "القوى العالمية", "طهران", None, ""),
        ("ACCUSE", "disapprove", 16, "أموالا طائلة", "النائب إد رويس رئيس لجنة العلاقات الخارجية", None, None, ""),
        ("ACCUSE", "disapprove", 17, "المسائل المقلقة", "النائب اليوت انجل", None, None, ""),
        ("ACCUSE", "disapprove", 18, "قلقهم", "أعضاء جمهوريون وديمقراطيون", None, None, ""),
        ("CONSULT", None, 19, "محادثات", "كيري", "طهران", None, ""),
        ("CONSULT", None, 24, "شهاداتهم", "كيري وليو ومونيز", None, "مجلس الشيوخ", ""),
        ("CONSULT", None, 24, "يتحدث", "وزير الدفاع اشتون كارتر", "المشرعين", None, "F"),
    ],
    # Al-Madina column: "A call from an unknown number!!!" (11 August). Facts coded, views not (the fourteenth to
    # thirty-eighth sets). s0 the telecommunications authority's decision of four years ago on prepaid SIM cards (a
    # domestic regulation without a counterpart: not coded); s1 the standing penalties on the companies (not coded) and
    # the newspaper's report that the security bodies arrested four persons holding 12,600 illegal SIM cards (->
    # COERCE arrest; the cards found on them part of the arrest); s2 the newspaper's finding that the Asir suicide bomber
    # Yusuf al-Sulaiman used anonymous SIM cards before carrying out his operation (the attack inside "قبل" with its own
    # named actor, reported nowhere else -> ASSAULT suicide-attack; Asir only inside the actor's epithet: place null; 6
    # August: not historical); the columnist's call for confiscation and arrests (a view); s3 the appeal; s4-s11 the
    # e-mail and SMS lines.
    "snn-dd5045bf941a": [
        ("COERCE", "arrest", 1, "القبض", "الجهات الأمنية", "4 أشخاص", None, ""),
        ("ASSAULT", "suicide-attack", 2, "تنفيذ عمليته", "انتحاري عسير الهالك يوسف السليمان", None, None, ""),
    ],
    # Ain Al-Youm: Manhal Abdulqader, criminal or victim of a conspiracy (9 August). s0 the byline; s1 the charge against
    # the Syrian broadcaster of killing his wife (-> ACCUSE allege, passive: actor null) and the circulated report of his
    # confession to it (-> CONCEDE, the eleventh and twenty-sixth sets' confessions; the tweeters' doubts a view); s2
    # Tariq al-Habib's support of the presenter (-> SUPPORT) and his promise to follow his case personally (-> AGREE, the
    # sets' promises); s3-s5 al-Habib's tweets (his condolence and the promise restated: not coded again); s6 the
    # hashtags and al-Khunain's "I do not acquit him" (a view); s8 his charge that they isolated him and filmed him at
    # gunpoint without a lawyer (an explicit charge posted on social media -> ACCUSE allege, as the thirty-seventh set
    # coded comments posted on social media; pronoun subject and object: actor and recipient null); s7, s9, s11,
    # s13, s15, s17 lone dots;
    # s10-s14 and s16-s18 a religious argument and a tweeter's prayer (not coded); s19 the Lebanese Internal Security
    # Forces' video of the re-enactment and the investigators' finding that the husband, with the driver, killed the wife
    # (-> ACCUSE investigate, the twenty-sixth set's "التحقيقات الاولية", the named subject of the sentence as actor; ->
    # ASSAULT, mode null, the twenty-sixth set's "قتل" with the husband as actor; "الزوج" first occurrence, before
    # "الزوجة"); s20 the driver's pistol shot at the wife and his shot at the husband to mislead the investigators (two
    # ASSAULT firearms, as the twenty-sixth set; "الزوج" second occurrence); s21 the wife's death from a shot in the
    # chest on a road off the Metn highway (new place -> ASSAULT firearms, the twenty-sixth set's s6; passive: actor
    # null; the husband's wound restated); s22 the driver's initials; s23 the tag line.
    "snn-7f09eee3abd1": [
        ("ACCUSE", "allege", 1, "اتهام", None, "الإعلامي السوري منهل عبدالقادر", None, ""),
        ("CONCEDE", None, 1, "اعترافات", "الإعلامي السوري المقيم في المملكة", None, None, ""),
        ("SUPPORT", None, 2, "دعم", "البروفيسور واستشاري الطب النفسي طارق الحبيب", "مذيع قناة بداية", None, ""),
        ("AGREE", None, 2, "وعد", "البروفيسور واستشاري الطب النفسي طارق الحبيب", "مذيع قناة بداية", None, ""),
        ("ACCUSE", "allege", 8, "صوروه تحت السلاح دون محامٍ", None, None, None, ""),
        ("ACCUSE", "investigate", 19, "التحريّات", "المديرية العامة لقوى الأمن الداخلي اللبناني", ("الزوج", 1), None, ""),
        ("ASSAULT", None, 19, "قتل", ("الزوج", 1), "الزوجة", ("لبنان", 2), ""),
        ("ASSAULT", "firearms", 20, "أطلق النار", "السائق", "الزوجة", None, ""),
        ("ASSAULT", "firearms", 20, "أطلق عيارًا ناريًّا", "السائق", ("الزوج", 2), None, ""),
        ("ASSAULT", "firearms", 21, ("عيارٍ ناري", 1), None, "فاطمة الحاج إبراهيم", "طريق متفرع من طريق المتن السريع", ""),
    ],
    # Al-Watan: al-Qaeda gets ready to leave Mukalla (22 July). s0 al-Qaeda, which seized Mukalla on 2 April (relative
    # clause with its own actor and place -> COERCE seize [H], more than fifteen weeks before), began coordinating with
    # the Hadrami National Council to arrange a gradual withdrawal (talks of two parties -> CONSULT, mode null; the
    # withdrawal the aim of the talks, not coded: the twenty-second to thirty-eighth sets' aims); s1 the voices demanding
    # al-Qaeda's withdrawal (unnamed voices as actor, the thirty-seventh set's "أصوات" -> REQUEST yield), the increasing
    # drone strikes, the harassment of citizens and the Hisbah apparatus (series and standing practices: not coded); s2
    # the spokesman on the council's negotiations "for some time" (s0's talks restated from the council's side: not coded
    # again); s3 the draft agreement for the council to take over the city's security after the Eid holiday (an agreement
    # drafted, not concluded -> AGREE [F]; the police arrangements internal); s4 the new police force's make-up (none);
    # s5 the long meeting of a council official with the al-Qaeda leadership (-> CONSULT, mode null) after the air strike
    # on an al-Qaeda car in Mukalla port last week (relative clause with its own target and place -> ASSAULT aerial;
    # passive: actor null; a week before: not historical) and the council's demand that al-Qaeda not interfere in the
    # departments handed over (-> REQUEST change; "المجلس" second occurrence); s6 al-Qaeda's understanding and promise
    # not to repeat it (-> AGREE, the sets' promises); s7 the observers' view and the drone strikes "lately" (a series);
    # s8 al-Qaeda's taking of army equipment after seizing Mukalla in April (-> COERCE seize [H], the thirty-sixth and
    # thirty-seventh sets' "استولى"; "التنظيم" first occurrence), the seizure of Mukalla restated and the fall of its
    # members "day after day" (a series).
    "snn-74b557ac8dc9": [
        ("COERCE", "seize", 0, "سيطر", "تنظيم القاعدة", None, "مدينة المكلا عاصمة حضرموت", "H"),
        ("CONSULT", None, 0, "التنسيق", "تنظيم القاعدة", "المجلس الأهلي في حضرموت", None, ""),
        ("REQUEST", "yield", 1, "المطالبة", "الأصوات", "تنظيم القاعدة", None, ""),
        ("AGREE", None, 3, "مشروع اتفاق", "المجلس والقاعدة", None, None, "F"),
        ("CONSULT", None, 5, "لقاء مطول", "مسؤولا في المجلس الأهلي", "قيادة القاعدة", None, ""),
        ("ASSAULT", "aerial", 5, "الغارة الجوية", None, "سيارة للتنظيم", "ميناء المكلا", ""),
        ("REQUEST", "change", 5, "طالب", ("المجلس", 2), "التنظيم", None, ""),
        ("AGREE", None, 6, "متعهدا", "التنظيم", None, None, ""),
        ("COERCE", "seize", 8, "الاستيلاء", ("التنظيم", 1), "معدات للجيش", None, "H"),
    ],
    # Al-Jazirah: a cooperation agreement of the Arab maritime academy and the European network (6 August). s0 the
    # academy's tripartite agreement with the Association of Arab Universities and the ARELEN network (-> AGREE, the
    # fifth, sixth, fourteenth and fifteenth sets' signed agreements of institutions; Alexandria only inside the academy's
    # name: place null, the thirty-eighth set's Arqa); s1 the academy's reception of the association's secretary-general
    # Sultan Abu Arabi on a visit in which he toured its buildings (-> CONSULT visit with the visitor as actor and the
    # host as recipient; the tour part of the visit); s2-s5 the agreement's provisions (the academy's regional centre,
    # the network's support, Cardiff Metropolitan's role: its content, not coded again); s6 the president's view.
    "snn-e044bd25b466": [
        ("AGREE", None, 0, "وقَّعت", "الأكاديمية العربية للعلوم والتكنولوجيا والنقل البحري", "اتحاد الجامعات العربية والشبكة العربية الأوروبية للقيادة في التعليم العالي «شبكة أرلين»", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "الدكتور سلطان أبوعرابي أمين اتحاد الجامعات العربية", "الأكاديمية العربية للعلوم والتكنولوجيا والنقل البحري", None, ""),
    ],
    # Al-Watan: sweeping Lahj, the rebels' great task (7 August). s0 the Popular Resistance's continuing clearing of the
    # militias' last pockets in Lahj (-> ASSAULT, mode null, the thirty-fifth to thirty-seventh sets' offensives) after
    # retaking al-Anad air base and taking al-Hawta (anchors with their own places; al-Anad recalled again only in s3's
    # relative clause -> two COERCE seize records, the thirty-fourth to thirty-seventh sets' captures; al-Anad on Monday
    # 3 August: recent); s1 the media centre's report of violent clashes with groups of Houthis who had fled to the
    # orchards of Wadi al-Husseini, 18 rebels killed (-> ASSAULT, the Houthis as recipient, the other side unnamed:
    # actor null; their flight inside the relative clause -> RETREAT withdraw, the sets' "فروا"), the resistance's and
    # the army units' full control of the road between the al-Anad triangle and Lahj (-> COERCE seize) and its control
    # of most of the Aden region (a general state: not coded); s2 the 54 Houthis and allies killed in the al-Hawta
    # battles of the last two days (-> ASSAULT, mode null, no actor named); s3 the violent confrontations near al-Anad
    # between the resistance and the remnants of the coup forces (-> ASSAULT, both sides in one actor phrase, the
    # thirty-fourth set's two-sided clashes); the bodies a detail; s4 the commander's words: the sweep restated (not
    # coded again), the hundreds who fled from al-Hawta (-> RETREAT withdraw; no named actor) and the arrest effort (an
    # aim); s5-s6 the liberated areas (a state) and the Houthi mines on most roads (a standing obstacle): none.
    "snn-7fbc367be596": [
        ("ASSAULT", None, 0, "تطهير", "قوات المقاومة الشعبية", "ما تبقى من جيوب لميليشيات التمرد", "محافظة لحج شمالي عدن", ""),
        ("COERCE", "seize", 0, "استرداد", "قوات المقاومة الشعبية", None, "قاعدة العند الجوية الاستراتيجية", ""),
        ("COERCE", "seize", 0, "سيطرت", "قوات المقاومة الشعبية", None, "مدينة الحوطة عاصمة المحافظة", ""),
        ("RETREAT", "withdraw", 1, "فرت", "مجموعات من الحوثيين", None, "منطقة وادي الحسيني شمالي المدينة", ""),
        ("ASSAULT", None, 1, "اشتباكات عنيفة", None, "مجموعات من الحوثيين", "منطقة وادي الحسيني شمالي المدينة", ""),
        ("COERCE", "seize", 1, "تسيطر تماما", "المقاومة ووحدات من الجيش الموالي للشرعية", None, "الطريق بين مثلث العند ولحج", ""),
        ("ASSAULT", None, 2, "معارك", None, "54 من الحوثيين وحلفائهم", "الحوطة بلحج", ""),
        ("ASSAULT", None, 3, "مواجهات عنيفة", "عناصر المقاومة الشعبية وبقايا قوات الانقلابيين", None, "قاعدة العند الاستراتيجية", ""),
        ("RETREAT", "withdraw", 4, "الهاربين", None, None, "مدينة الحوطة", ""),
    ],
    # Ain Al-Youm: oil steady above $64 before a weekly report on US stocks (24 July; the market of "today Wednesday",
    # the talks with Iran still pending "next week": the text's own time is followed, its events not historical). s1-s10
    # prices, stocks and the American Petroleum Institute (not PLOVER events; the doubts over a deal a view); s11
    # Khamenei's ruling out on Tuesday of a long freeze of Iran's sensitive nuclear activities (-> REJECT, mode null) and
    # his statement that all sanctions should be lifted at once (-> REQUEST yield, PLOVER "ending sanctions"; no
    # recipient named); s12 the Iranian parliament's bill banning UN inspectors from military sites and meetings with
    # Iranian scientists (-> REJECT yield, the first set's Iranian refusal of the inspectors); s13 the source line.
    "snn-3cf248f1f7b6": [
        ("REJECT", None, 11, "استبعد", "الزعيم الأعلى الإيراني آية الله علي خامنئي", None, None, ""),
        ("REQUEST", "yield", 11, "ينبغي أن ترفع", "الزعيم الأعلى الإيراني آية الله علي خامنئي", None, None, ""),
        ("REJECT", "yield", 12, "يحظر", "البرلمان الإيراني", "مفتشي الأمم المتحدة", None, ""),
    ],
    # Asharq Al-Awsat: the Colombian president suspends the air strikes on the FARC camps (27 July; "yesterday" = 26
    # July). s0 Santos's order to stop the air strikes on the FARC rebels' camps (a halt effective at once -> RETREAT
    # ceasefire, PLOVER "implement ceasefire"; the sets coded announced future truces CONCEDE and truces in force RETREAT
    # ceasefire; the drafting of a peace agreement a standing negotiation, coded in s7); s1 his words at a military
    # ceremony in Cartagena (the order restated with the place of the statement -> its own record, the thirty-eighth
    # set's Van and Lamu places); s2-s3 the strikes only on the president's order, the fewer deaths (his words); s4 the
    # decision a week after FARC's order to its units to stop all offensive actions (the ceasefire reported as a main
    # clause in s5: coded there) and its release of an officer it held hostage (inside "بعد", restated only inside s9's
    # anchor -> RETREAT release); s5 FARC's ceasefire (-> RETREAT ceasefire); s6 Santos's halt of the strikes in March
    # (-> RETREAT ceasefire [H]), his resumption of them in April (-> ASSAULT aerial [H]) after a rebel attack that
    # killed 11 soldiers (-> ASSAULT [H]; "الحركة المتمردة" second occurrence); s7 the peace negotiations begun in
    # Havana in November 2012 between the government and the rebels (-> CONSULT [H], mode null, as the thirty-sixth set's
    # launch of the FTA talks and the thirty-eighth set's nuclear negotiations; the crisis not an event); s8 the 26
    # rebels killed in bombing raids in May (-> ASSAULT aerial [H], about eight weeks before) and FARC's doubled attacks
    # on patrols, oil installations and power stations (a series: not coded); s9 the handover and the truce restated;
    # s10 the rebels' repeated requests for a bilateral ceasefire and Bogota's refusal (a repeated standing demand and
    # position, the thirty-seventh set's "repeated" conditions: not coded); s11 the talks in Cuba for two and a half
    # years (standing, s7's start restated); s12 the escalation this year (a series); s13 FARC's latest truce begun last
    # Monday for a month (s5 restated with a day: not coded again); s14 Santos's plan to review the talks in four months
    # (an intention): none.
    "snn-eac9c3ac1b2d": [
        ("RETREAT", "ceasefire", 0, "وقف الغارات الجوية", "الرئيس الكولومبي خوان مانويل سانتوس", "متمردي جماعة القوات المسلحة الثورية الكولومبية المتمردة «فارك»", None, ""),
        ("RETREAT", "ceasefire", 1, "وقف الغارات الجوية", "سانتوس", None, "كارتاهينا شمال كولومبيا", ""),
        ("RETREAT", "release", 4, "إطلاقها سراح", "القوات المسلحة الثورية الكولومبية", "ضابط كانت تحتجزه رهينة", None, ""),
        ("RETREAT", "ceasefire", 5, "أوقفت إطلاق النار", "جماعة «فارك»", None, None, ""),
        ("RETREAT", "ceasefire", 6, "وقف الغارات الجوية", "سانتوس", "هذه الحركة المتمردة", None, "H"),
        ("ASSAULT", "aerial", 6, "استئنافها", "سانتوس", None, None, "H"),
        ("ASSAULT", None, 6, "هجوم", ("الحركة المتمردة", 2), "11 جنديا", None, "H"),
        ("CONSULT", None, 7, "مفاوضات السلام", "الحكومة الكولومبية والحركة المتمردة", None, "هافانا", "H"),
        ("ASSAULT", "aerial", 8, "عمليات قصف", None, "26 متمردا", None, "H"),
    ],
    # Al-Weeam: Houthi losses in Taiz, the resistance masses in Abyan (8 August). s0 the 15 Houthi and Saleh fighters
    # killed in confrontations with the Popular Resistance and ambushes on several Taiz fronts (-> ASSAULT, mode null;
    # "المقاومة الشعبية" first occurrence) and the legitimate forces' and the resistance's preparation to retake two
    # cities in Abyan (the lead of s4's convoys -> MOBILIZE troops, the thirteenth set's massing for the same offensive;
    # the retaking an aim, not coded); s1 the Houthi and Saleh forces' shelling of residential quarters in Taiz, one
    # civilian killed and 13 wounded (-> ASSAULT heavy-weapons, the sets' Houthi shelling); s2 the 17 civilians killed by
    # the mines the Houthis laid (-> ASSAULT explosives; "مدينا" as printed) during their withdrawal from Lahj (an anchor
    # reported as a main clause in s3: coded there); s3 the withdrawal of the Houthi militias and Saleh's forces (->
    # RETREAT withdraw), the advance of the pro-legitimacy forces (-> ASSAULT, the thirty-fifth to thirty-seventh sets'
    # advances) and their control of wide areas of Lahj (-> COERCE seize); s4 the military convoys arriving at Zinjibar
    # and Ja'ar (-> MOBILIZE troops, new place; passive: actor null; "to liberate the area" an aim); s5 the link line
    # (not coded, the twentieth to thirty-eighth sets).
    "snn-8ea14e28aa30": [
        ("ASSAULT", None, 0, "مواجهات", ("المقاومة الشعبية", 1), "15 من المسلحين الحوثيين وقوات صالح", "مدينة تعز وسط البلاد", ""),
        ("MOBILIZE", "troops", 0, "تستعد", "القوات الشرعية والمقاومة الشعبية", None, "محافظة أبين", ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف", "للحوثيين وقوات صالح", "الأحياء السكنية", "تعز", ""),
        ("ASSAULT", "explosives", 2, "انفجار ألغام", "الحوثيون", "سبعة عشر مدينا", "محافظة لحج جنوبي البلاد", ""),
        ("RETREAT", "withdraw", 3, "انسحاب", "المليشيات الحوثية وقوات صالح", None, None, ""),
        ("ASSAULT", None, 3, "تقدم", "القوات الموالية للشرعية", None, None, ""),
        ("COERCE", "seize", 3, "سيطرتهم", "القوات الموالية للشرعية", None, "مناطق واسعة من محافظة لحج", ""),
        ("MOBILIZE", "troops", 4, "وصول أرتال عسكرية", None, None, "مدينتي زنجبار وجعار في محافظة أبين بجنوب اليمن", ""),
    ],
    # Al-Weeam: al-Sarkhi, Iran and its agents must leave Iraq (21 July). s0 the Shiite cleric's call to internationalise
    # Iraq's cause and expel Iran, its agents and militias (-> REQUEST change, no recipient named); s1 his call on the UN
    # to take over Iraq's affairs and dissolve the government and parliament (new recipient -> its own REQUEST change);
    # s2-s3 his views on the youth joining ISIS and on Iran (general charges and views: not coded); s4 the Iraqi
    # authorities' pursuit of him since last year on a charge of harming security (the charge -> ACCUSE allege [H],
    # brought last year; the pursuit itself a standing state); s5 his rejection of Sistani's fatwa to fight the tribal
    # gunmen (-> REJECT [H], undated background of 2014; the fatwa the object of the rejection, not coded apart, as the
    # thirty-eighth set's flag inside the condemnation); s6 his counter-fatwa (s5 restated), the siege of his
    # headquarters in Karbala (-> COERCE restrict [H]; "كربلاء" first occurrence; the "governmental anger and threat"
    # that comprised it not coded apart), the demand to close his office (-> REQUEST [H]; passive: actor null) and the
    # armed confrontation of July 2014 that killed about 125 of his followers (-> ASSAULT [H]) with the arrest of 300
    # others (-> COERCE arrest [H]; "كربلاء" second occurrence); s7 the link line.
    "snn-2c433d9a3d3d": [
        ("REQUEST", "change", 0, "دعا", "المرجع الديني الشيعي محمود الصرخي الحسني", None, None, ""),
        ("REQUEST", "change", 1, "دعا", "الصرخي", "الأمم المتحدة", None, ""),
        ("ACCUSE", "allege", 4, "تهمة", "السلطات العراقية", "الصرخي", None, "H"),
        ("REJECT", None, 5, "رفض", "الصرخي", "المرجع الشيعي الأعلى علي السيستاني", None, "H"),
        ("COERCE", "restrict", 6, "محاصرة مقره", None, None, ("كربلاء", 1), "H"),
        ("REQUEST", None, 6, "مطالبته", None, None, None, "H"),
        ("ASSAULT", None, 6, "مواجهة مسلحة", None, "نحو 125 من أنصار الصرخي", ("كربلاء", 2), "H"),
        ("COERCE", "arrest", 6, "اعتقال", None, "300 آخرين", ("كربلاء", 2), "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
