"""Build events-blind12.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twelfth events blind set; same layout and guidelines as the first
eleven sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind11.jsonl and their blind/ ..
blind11/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind12.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind12.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Jazirah sports: Al-Masry of Port Said offers a contract to Zamalek's Burkinabe striker Abdoulaye
    # Cisse; his earlier refusal to join another Egyptian club, Hossam Hassan's requests to sign him, his
    # agent asked to reopen talks with Kuwait's Al-Arabi: club business and sport (the eighth set's Al-Nassr
    # contracts, the ninth set's Al-Ittihad renewal and Al-Ettifaq's striker): none.
    "snn-c61cfcb089a9": [],
    # Al-Riyadh: the Jaffali company holds the prize-giving of its "Go with Michelin" campaign (discount
    # coupons, the draw under the Jeddah Chamber's supervision, the three winners): a commercial campaign and
    # an award ceremony (first set's student award, sixth set's honours, the commercial transactions of the
    # second/third sets): none.
    "snn-0d7beee6e211": [],
    # Al-Weeam: the Saudi stock index closes 221.64 points down (figures, sectors, most active shares; the
    # figures cut at every "." as the earlier sets' oil prices): a market report: none.
    "snn-9ac417b8574b": [],
    # Al-Weeam: a policeman killed and three wounded in an armed attack in Egypt (Fayoum). s0 gunmen opening
    # fire on the car carrying them on the Fayoum-Cairo road at Maymana, Sinnuris district -> ASSAULT firearms
    # (fourth set's "إطلاق نيران" -> firearms; the dead policeman as recipient, the victim named by his
    # office as the ninth set's baby; the wounded in the record; "منطقة ميمنة" the most precise place with
    # its head noun); s1 the security cordon imposed around the scene (passive: actor null; "منطقة الحادث"
    # anaphoric: location null) -> COERCE restrict (ninth set's cordon), and the search services
    # intensifying their efforts to identify the culprits -> ACCUSE investigate (PLOVER: all investigations;
    # sixth set's "لتحديد السبب", ninth set's "التحري"; the eleventh set's COERCE seize was a manhunt "للعثور
    # على منفذي", here the aim is identification); s2 the headline repeat in the link line ("رابط الخبر
    # بصحيفة الوئام: ...", coded like any sentence, tenth/eleventh sets) -> ASSAULT ("هجوم مسلح": method not
    # stated in that sentence, mode null as the first set's "التسلل المسلح"; "بمصر": the fused ب left out).
    # Not coded: the security source's statement as such, the transfer of the dead and wounded to hospital.
    "snn-1720f57dba18": [
        ("ASSAULT", "firearms", 0, "بإطلاق النيران", "مسلحين", "شرطي", "منطقة ميمنة", ""),
        ("COERCE", "restrict", 1, "فرض طوق أمني", None, None, None, ""),
        ("ACCUSE", "investigate", 1, "لكشف هوية الجناة", "أجهزة البحث", "الجناة", None, ""),
        ("ASSAULT", None, 2, "هجوم مسلح", None, "شرطي", "مصر", ""),
    ],
    # Ain Al-Yaum: the Yemeni Journalists' Syndicate condemns the Houthis' decision to bar journalists from
    # leaving Yemen. s1 the syndicate condemning the Houthi militias' decision and their "unprecedented
    # violations" against journalists -> ACCUSE disapprove (the party whose decision is condemned named as
    # recipient, second set's Division 30 statement, third set's French condemnation of ISIS); the condemned
    # decision to bar journalists from leaving the country, described in the same sentence (the condemned act
    # coded where described, sixth to eleventh sets; PLOVER: restrict movement of people; eleventh set's travel
    # ban; "الصحفيين" second occurrence, the first is in the syndicate's name) -> COERCE restrict; and the
    # journalists placed in detention centres exposed to shelling (a concrete current act with its actor named
    # in the sentence, the violations' "وصلت إلى حد") -> COERCE arrest ("صحفيين" third occurrence, after the two
    # inside "الصحفيين"); s2 the syndicate's statement quoted by the Yemeni news agency: 13 journalists forcibly
    # disappeared or held without visits, media offices closed, looted and confiscated, journalists threatened,
    # abducted and beaten, websites blocked since the militias' takeover of Sanaa (a statement attributing
    # wrongdoing to a named party, eleventh set's Mufti and HRW report: the alleged acts are its content, not
    # events of their own; the series since September 2014 is general) -> ACCUSE allege ("الميليشيات" named
    # inside "منذ اجتياح الميليشيات لصنعاء" as the perpetrators, recipient). Not coded: s0 (dateline), s2's "منذ
    # اجتياح الميليشيات لصنعاء" (time anchor), s3 (tag line).
    "snn-79f1f13a92ff": [
        ("ACCUSE", "disapprove", 1, "أدانت", "نقابة الصحفيين اليمنيين", "ميليشيات الحوثي", None, ""),
        ("COERCE", "restrict", 1, "منع الصحفيين من مغادرة اليمن", "ميليشيات الحوثي", ("الصحفيين", 2), None, ""),
        ("COERCE", "arrest", 1, "وضع صحفيين في مراكز اعتقال", "ميليشيات الحوثي", ("صحفيين", 3), None, ""),
        ("ACCUSE", "allege", 2, "قولها في بيان", "نقابة الصحفيين", "الميليشيات", None, ""),
    ],
    # Al-Weeam: three killed by a bomb under a bus in Sanaa; clashes with a Houthi checkpoint (26 July). s0
    # the bomb that exploded under a passenger bus, killing three and wounding five (police statement; no
    # perpetrator named) -> ASSAULT explosives; s1 the police: the blast occurred in Dar Salm, south Sanaa
    # (the same blast with its place: new content, as the eleventh set's Litvinenko s0/s1 and Makhmour) ->
    # ASSAULT explosives; s3 clashes between citizens and an armed Houthi checkpoint in Sitteen Street (both
    # sides in one phrase as actor, tenth/eleventh sets' two-sided clashes) -> ASSAULT; s4 the checkpoint
    # firing at random on citizens, four killed (one-sided shooting, the perpetrator as actor) -> ASSAULT
    # firearms; s8 the headline repeat after the link line cut at "." (s6 "رابط الخبر بصحيفة الوئام: اليمن
    # ." and s7 "." hold nothing; coded like any sentence, eleventh set) -> ASSAULT explosives. Not coded: s2
    # and s5 (no details, unknown Houthi casualties), the sources' statements as such.
    "snn-318035734c8e": [
        ("ASSAULT", "explosives", 0, "قنبلة انفجرت", None, "حافلة ركاب", None, ""),
        ("ASSAULT", "explosives", 1, "الانفجار", None, None, "منطقة دار سلم", ""),
        ("ASSAULT", None, 3, "اشتباكات", "مواطنين ونقطة مسلحة تابعة للحوثيين", None, "شارع الستين", ""),
        ("ASSAULT", "firearms", 4, "اطلقت الرصاص", "النقطة التابعة للحوثيين", "عدد من المواطنين", None, ""),
        ("ASSAULT", "explosives", 8, "انفجار قنبلة", None, None, "صنعاء", ""),
    ],
    # Al-Watan: Sinai, seven terrorists killed (24 July). s0 seven members of Ansar Bayt al-Maqdis killed and
    # 15 wounded in clashes with the security forces in Rafah (casualties in the record; the side that
    # suffered them as recipient, eighth set's Labouza clashes) -> ASSAULT; s1 the group's attempted attack
    # on the security checkpoints at Dawar Qadud south of Rafah with heavy weapons and machine guns (inside
    # "بعد", with its own actor, method, target and place, reported nowhere else: coded, sixth to eleventh
    # sets; an attempted attack is an attack; "قيامهم": the group named in the sentence as "عناصر من
    # الجماعة") -> ASSAULT heavy-weapons, and the unknown persons who blew up a police officer's house in
    # al-Karama, south of al-Arish, without casualties -> ASSAULT explosives; s2 the North Sinai security
    # directorate's joint campaigns targeting takfiri elements and criminal hotbeds (passive "تم توجيه":
    # actor null; raids and sweeps -> COERCE seize, fourth set's Suez sweep, seventh set's raids; the further
    # campaigns "حملات أخرى" of the same statement, without a target, not coded again); s3 the nine IEDs
    # detonated by the security forces (a controlled detonation of seized explosives: COERCE seize,
    # PLOVER confiscate; passive: actor null), the IEDs' stated purpose of targeting the forces and the
    # government and police facilities -> ASSAULT explosives [F] (third set's "لاستهداف" [F], actor unknown),
    # the fixed and mobile checkpoints to inspect cars -> COERCE restrict (fifth set's "اقمنا حاجزا"), their
    # stated aim of arresting those planning attacks -> COERCE arrest [F] (fourth set's "لضبط" [F]; "ضبط"
    # first occurrence inside "ضبطها"), and the arrest of 21 convicted persons -> COERCE arrest ("ضبط" second
    # occurrence; police: COERCE arrest). Not coded: s1's clashes with the army restated with the hour ("قوات
    # الجيش" for s0's "قوات الأمن": the same clashes) and "ردت قوات الأمن بكثافة" (the clashes restated),
    # "لردع العناصر" (deterrence, no type), s4-s5 (the al-Warraq boat sinking: an accident, and the search
    # for its victims).
    "snn-56d5d79f83ab": [
        ("ASSAULT", None, 0, "اشتباكات", "قوات الأمن", "سبعة من عناصر من \"جماعة أنصار بيت المقدس\" الإرهابية", "رفح", ""),
        ("ASSAULT", "heavy-weapons", 1, "محاولة الهجوم", "عناصر من الجماعة", "الارتكازات الأمنية", "منطقة دوار قادود", ""),
        ("ASSAULT", "explosives", 1, "بتفجير منزل", "مجهولون", "منزل أمين شرطة", "حي الكرامة", ""),
        ("COERCE", "seize", 2, "حملات مشتركة", None, "العناصر التكفيرية والبؤر الإجرامية", None, ""),
        ("COERCE", "seize", 3, "تفجير تسع عبوات ناسفة", None, None, None, ""),
        ("ASSAULT", "explosives", 3, "لاستهداف", None, "القوات والمنشآت الحكومية والشرطية", None, "F"),
        ("COERCE", "restrict", 3, "تمركزات أمنية متحركة وثابتة", None, "السيارات ومستقليها", None, ""),
        ("COERCE", "arrest", 3, ("ضبط", 1), None, "العناصر التي تقوم بالتخطيط لارتكاب الأعمال الإرهابية", None, "F"),
        ("COERCE", "arrest", 3, ("ضبط", 2), None, "21 محكوما عليهم", None, ""),
    ],
    # Al-Yaum: the Egyptian army imposes the "iron fist" two weeks before the Suez Canal opening (21 July).
    # s0 the army declaring maximum alert in Sinai and the three canal cities -> MOBILIZE troops (first set's
    # alert, ninth set's "شددت"; the places listed as one phrase, tenth set), and imposing the "iron fist"
    # plan on all entrances and exits with the special forces, the two field armies, air units and police
    # (control of the cities' access: PLOVER restrict movement, fifth set's checkpoint; the forces named are
    # the plan's participants) -> COERCE restrict; s1 the Apache helicopters continuing to pound the Bayt
    # al-Maqdis strongholds in North Sinai -> ASSAULT aerial (helicopters, tenth set), and reinforcing the
    # checkpoints ("الكمائن", Egyptian usage) over 12 km south of Sheikh Zuweid (the same subject kept for the
    # coordinated clause, eleventh set's rule; "جنوب الشيخ زويّد" kept as the direction-and-name phrase, as
    # the earlier sets' "شمال سيناء") -> MOBILIZE troops, and the group's leadership appealing to the ISIS
    # "caliph" Abu Bakr al-Baghdadi to rescue them (military sources; PLOVER: requests for assistance) ->
    # REQUEST assist; s2 (cut at "(نور." -> s2/s3) the army's announcement of the killing of a very dangerous
    # terrorist element ("تصفية" second occurrence, the first is the paragraph label "تصفية واعتقال") ->
    # ASSAULT (fourth set's "تصفية": mode null); s3 the capture of another element in Sheikh Zuweid at dawn
    # after he was shot in the leg (a combatant captured by the army in the Sinai campaign: PLOVER ASSAULT
    # abduct, third set's Nigerian army and Yemeni captures; "بالشيخ": the fused ب left out) -> ASSAULT
    # abduct, and his wounding by a gunshot (inside "بعد", the first set's "بعد إصابتها" coded; actor
    # implied: null) -> ASSAULT firearms; s4 the detention of two dangerous elements and eight suspects in a
    # campaign of the special forces and counter-terrorism units south of Rafah (the army's detentions in the
    # campaign, as s3 -> ASSAULT abduct; both groups in one phrase) and the destruction of 13 terrorist
    # hotbeds, two cars and nine motorcycles -> ASSAULT destroy (PLOVER: destruction as the intention). Not
    # coded: the Suez Canal opening planned for 6 August (an inauguration, sixth set), s1's election
    # committee meeting (an internal meeting, tenth set) and "تدمير حوالي 70 بالمائة، من قدرات التنظيم" (a
    # cumulative assessment), s3's transfer to hospital under guard, s5-s7 (the observatory's report of
    # falling terrorist crime rates: statistics and the general series of attacks, tenth set's tallies).
    "snn-a8e85d2672f9": [
        ("MOBILIZE", "troops", 0, "حالة الاستنفار القصوى", "الجيش المصري", None, "مناطق سيناء ومدن القناة الثلاث (الإسماعيلية والسويس وبورسعيد)", ""),
        ("COERCE", "restrict", 0, "فرض خطة", "الجيش المصري", None, None, ""),
        ("ASSAULT", "aerial", 1, "دكّ معاقل", "طائرات الأباتشي العسكرية", "معاقل تنظيم \"بيت المقدس\" الإرهابي", "شمال سيناء", ""),
        ("MOBILIZE", "troops", 1, "تعزيز الكمائن", "طائرات الأباتشي العسكرية", None, "جنوب الشيخ زويّد", ""),
        ("REQUEST", "assist", 1, "للاستنجاد", "قيادة التنظيم", "خليفة \"داعش\"، أبوبكر البغدادى", None, ""),
        ("ASSAULT", None, 2, ("تصفية", 2), "الجيش المصري", "أحد العناصر الإرهابية شديدة الخطورة", None, ""),
        ("ASSAULT", "abduct", 3, "القبض", None, "آخر", "الشيخ زويّد", ""),
        ("ASSAULT", "firearms", 3, "بطلق ناري", None, None, "الشيخ زويّد", ""),
        ("ASSAULT", "abduct", 4, "اعتقال", "قوات الصاعقة وعناصر مكافحة الإرهاب", "اثنين من العناصر الخطرة، وكذا ثمانية من المشتبه بهم", "جنوب رفح", ""),
        ("ASSAULT", "destroy", 4, "لتدمير", "قوات الصاعقة وعناصر مكافحة الإرهاب", "13 بؤرة إرهابية وسيارتين و9 دراجات بخارية", "جنوب رفح", ""),
    ],
    # Okaz: night clashes in Sanaa; ten Houthis killed in coalition strikes; Qataba taken (7-8 August). s0
    # the intermittent night clashes in the al-Jahouri and al-Hasaba districts of Sanaa between men believed
    # to be of the Popular Resistance and the Houthi group (both sides in one phrase as actor; the two
    # districts as one phrase) -> ASSAULT; s1 the Houthis' seizure in recent days of charities and hospitals
    # belonging to their opponents (a relative clause "سيطرة عليها في الأيام الماضية" with its actor and
    # time, reported nowhere else; the opponents whose premises were taken as recipient) -> COERCE seize, and
    # their ongoing reinforcement and setting up of camps and posts on Sanaa's southern belt (current, "تعمل
    # على"; third set's "لتعزيز جبهاته", tenth set's continuing massing) -> MOBILIZE militia; s2 the coalition
    # forces bombing Houthi headquarters in several places, ten killed (the coalition's bombing in Yemen:
    # aerial, fifth set's "قصف" in the coalition aviation's paragraph; the title's "قصف للتحالف") -> ASSAULT
    # aerial; s3 the national army and the Popular Resistance taking the town of Qataba in al-Dhale ->
    # COERCE seize; s4 the Houthis' withdrawal from Qataba -> RETREAT withdraw, the resistance's ultimatum to
    # the Houthis to leave at once (inside "بعد", with its own actor, reported nowhere else; CAMEO 139 "give
    # ultimatum" -> THREATEN; the threatened consequence is not stated: mode null, eleventh set's "موقف عملي
    # آخر"; "للحوثيين" kept whole, the article's alif elided), and the Houthis' retreat towards Sanaa on the
    # various fronts (first/eighth sets' flights -> RETREAT withdraw; "الحوثيين" second occurrence, the
    # direction is not the event's place) -> RETREAT withdraw; s5 the civilians' relief at the successes of
    # the resistance and the Arab coalition (first set's "ارتياحه", seventh set's Aden residents' praise) ->
    # SUPPORT, the suffocating four-month siege the Houthis imposed (now ended with the liberation of
    # al-Dhale: recalled background, as the first set's "كانت تحتلها" [H]) -> COERCE restrict [H], and the
    # reinforcements continuing on all fronts, especially on the edge of Yarim (actor implied: null; tenth
    # set's "تخوم مأرب") -> MOBILIZE troops; s6 the military supplies arriving in Jaar from Lahej on Thursday
    # (PLOVER: mobilising weapons and vehicles -> MOBILIZE weapons; actor not named) and the violent battles in
    # the Zinjibar districts -> ASSAULT; s7 the clearing of positions between Taiz and Lahej (Karish and Aqan;
    # actor implied: null) -> COERCE seize (eighth set's "تطهير"), with the strong support of the Arab
    # coalition forces (military support in the operation, second set's "تقديم دعم واسع النطاق" -> AID).
    # Not coded: s0's "حالة الغضب الشعبي ورفضا مستمرا" (a state) and the Houthi practice of hiding petrol and
    # selling it on the black market (a general practice, "عمدت", sixth to eleventh sets), s1's "يعمدون إلى خزن
    # أسلحة" (habitual practice), s3's and s7's expected advances and cut supply lines ("متوقعة", "متوقعا":
    # predictions), s5's "الضالع حرة" (the s3 liberation restated), s6's problems among the Houthis and the
    # vague "محاولة لاختراق صفوف المقاومة" (no actor, no specific act), the sources' statements as such.
    "snn-cce03e97272c": [
        ("ASSAULT", None, 0, "اشتباكات ليلية", "أفراد يعتقد أنهم من المقاومة الشعبية وجماعة الحوثيين", None, "حي الجهوري والحصبة", ""),
        ("COERCE", "seize", 1, "سيطرة عليها", "الحوثيين", "مناوئين لهم", None, ""),
        ("MOBILIZE", "militia", 1, "تعزيز واستحداث معسكرات", "الحوثيين", None, "الحزام الجنوبي للعاصمة صنعاء", ""),
        ("ASSAULT", "aerial", 2, "قصفت", "قوات التحالف", "مقرات الحوثي", None, ""),
        ("COERCE", "seize", 3, "السيطرة", "الجيش الوطني والمقاومة الشعبية", None, "مدينة قعطبة", ""),
        ("RETREAT", "withdraw", 4, "انسحبوا", ("الحوثيين", 1), None, "منطقة قعطبة", ""),
        ("THREATEN", None, 4, "إنذار", "المقاومة", "للحوثيين", None, ""),
        ("RETREAT", "withdraw", 4, "تقهقر", ("الحوثيين", 2), None, None, ""),
        ("SUPPORT", None, 5, "ارتياح كبير", "المدنيين", "المقاومة والتحالف العربي", None, ""),
        ("COERCE", "restrict", 5, "الحصار الخانق", "الحوثي", "المدنيين", "الضالع", "H"),
        ("MOBILIZE", "troops", 5, "التعزيزات", None, None, "تخوم منطقة يريم", ""),
        ("MOBILIZE", "weapons", 6, "وصول إمدادات عسكرية", None, None, "منطقة جعار", ""),
        ("ASSAULT", None, 6, "معارك عنيفة", None, None, "مديريات زنجبار", ""),
        ("COERCE", "seize", 7, "تطهير مواقع", None, None, "كرش وعقان", ""),
        ("AID", None, 7, "بدعم قوي", "قوات التحالف العربي", None, None, ""),
    ],
    # Al-Eqtisadiah: Kuwait studies rationalising government subsidies (the finance ministry's
    # under-secretary Khalifa Hamada): the committee's study, its expected results and timing, the partial
    # lifting of diesel and kerosene subsidies applied this year, compensation plans: domestic economic
    # policy and an official's predictions, no PLOVER actor-to-actor event (the tenth/eleventh sets' oil and
    # market reports): none.
    "snn-37a1e72100f1": [],
    # Sabq: the UAE executes the "Reem ghost" (Alaa Badr Abdullah), 20 July. s0 the execution of the Federal
    # Supreme Court's death sentence this morning (passive: actor null; the name as written, inside quotes;
    # judicial execution -> ASSAULT targeted, first/eighth sets) -> ASSAULT targeted; s1 the crimes behind
    # the case (first set's Al-Baha qisas: the murder recalled -> ASSAULT [H] with its method): the murder of
    # Ebolia Ryan by stabbing -> ASSAULT primitive [H] (knives, PLOVER), the attempted murder of the residents
    # of a flat on the Abu Dhabi Corniche by a home-made bomb at its door -> ASSAULT explosives [H] ("بكورنيش":
    # the fused ب left out), and the money she gave a terrorist organisation for terrorist operations -> AID
    # [H] (PLOVER monetary aid; ninth set's Iranian "explosive gifts", fourth set's charities denial); s2 the
    # Federal Supreme Court's death sentence -> SANCTION convict [H] (the earlier stage of a case whose news is
    # today's execution, first/eighth sets; death sentence: SANCTION only; s0's "الصادر بإعدام" is the same
    # ruling in an identifying relative clause, coded here). Not coded: the prosecutor's statement to WAM as
    # such, s1's collecting explosives and the website promoting terrorist groups' ideas (crimes that are not
    # PLOVER events, first set's smuggling), the terrorist purpose "بقصد إزهاق الأرواح" (the crimes'
    # characterisation).
    "snn-dfd3b8f7de30": [
        ("ASSAULT", "targeted", 0, "تنفيذ حكم", None, "آلاء بـدر عبدالله", None, ""),
        ("ASSAULT", "primitive", 1, "طعناً بسكين", "المحكوم عليها", "المجني عليها أبوليا بلازس ريان", None, "H"),
        ("ASSAULT", "explosives", 1, "بوضع قنبلة يدوية الصُنع", "المحكوم عليها", "قاطني إحدى شقق بناية", "كورنيش أبوظبي", "H"),
        ("AID", None, 1, "تقديم أموال", "المحكوم عليها", "تنظيم إرهابي", None, "H"),
        ("SANCTION", "convict", 2, "بمعاقبتها بالإعدام", "المحكمة الاتحادية العليا", None, None, "H"),
    ],
    # Al-Jazirah: two Malian soldiers killed in an ambush near the Mauritanian border (Saturday 1 August). s0
    # the ambush laid by gunmen near Nampala (casualties in the record; the government's announcement as
    # such not coded; the border is not a place name) -> ASSAULT (third set's "كمين": mode null); s1 the
    # government statement: a unit of the Malian armed forces ambushed on the Diabaly-Nampala road in the
    # Segou region on Saturday afternoon (the same ambush with its target unit and the road: new content, as
    # the eleventh set's Diyarbakir s0/s3) -> ASSAULT; s3 the armed forces immediately launching pursuits ->
    # COERCE seize (a manhunt, eleventh set's "عملية واسعة للعثور على منفذي") and seizing light military
    # equipment -> COERCE seize (PLOVER confiscate; the equipment as recipient, second set's "بتفتيش منزله");
    # s4 the government condemning "this cowardly and barbaric act" -> ACCUSE disapprove (the attack as
    # object: recipient null), which "will not go unpunished" -> THREATEN (a warning of punishment, mode null,
    # first/eighth sets' warnings); s5 the January attack of extremist gunmen on the army's barracks in
    # Nampala, more than ten soldiers killed (recalled) -> ASSAULT [H]; s6 AQIM claiming that attack at the
    # time (the claim as such not coded; the attack restated with its claimant as actor, new content:
    # eleventh set's Ceylanpinar claim) -> ASSAULT [H]. Not coded: s2 (the government's regret for the dead:
    # condolences), s3's "من دون ان يتضمن بيانها اي اشارة الى هوية المهاجمين" (absence of information), s4's
    # "لا يمكن لاي عمل ... ان ينال من عزيمة مالي" (commentary), s7 (the general series of extremist attacks
    # spreading from the north).
    "snn-3a8cc71272e3": [
        ("ASSAULT", None, 0, "كمين", "مسلحون", "جنديان ماليان", "نامبالا", ""),
        ("ASSAULT", None, 1, "كمين", None, "قوة للقوات المسلحة المالية", "طريق ديابالي-نامبالا", ""),
        ("COERCE", "seize", 3, "باشرت فورا الملاحقات", "القوات المسلحة", None, None, ""),
        ("COERCE", "seize", 3, "ضبطت", "القوات المسلحة", "معدات عسكرية خفيفة", None, ""),
        ("ACCUSE", "disapprove", 4, "تدين", "الحكومة", None, None, ""),
        ("THREATEN", None, 4, "لن يبقى من دون عقاب", "الحكومة", None, None, ""),
        ("ASSAULT", None, 5, "هاجمها", "مسلحون متطرفون", "ثكنة", "نامبالا", "H"),
        ("ASSAULT", None, 6, "الهجوم", "تنظيم القاعدة في بلاد المغرب العربي", None, None, "H"),
    ],
    # Al-Riyadhi: Abdulaziz al-Jabreen expected to follow al-Fraidi to Al-Nassr; the professional
    # committee's decision on his transfer case due today. Club business (the transfer itself, the clubs'
    # contest for the player, the negotiations) is not coded (eighth/ninth sets); the disciplinary case before
    # the football federation's professional committee is coded as the fifth set's UEFA disciplinary body
    # (borderline, non-political): s3 the committee's decision, known from "confirmed sources", to clear the
    # player today and free him to move (a planned action reported as decided: own type + [F], third set;
    # PLOVER: acquittals -> CONCEDE; "اللاعب" first occurrence); s4 the parties' exchange of complaints that
    # led to the referral (inside "بعد", with its own actor, reported nowhere else; formal complaints
    # against each other to an authority, first set's "شكاية", second set's "بلاغات" -> ACCUSE allege; the
    # parties not named in s4: recipient null; "الأطراف" first occurrence); s5 the six parties accused by the
    # committee of taking part (the agent, the authorised agent, the player, the three clubs; the accusation
    # with its agent stated, "من قبل لجنة الاحتراف" first occurrence) -> ACCUSE allege, and the committee's
    # questioning of the player (a frame "خلال استجوابه" with its actor, tenth set's frame rule; PLOVER:
    # investigations; second/fourth sets' "استجواب" -> ACCUSE investigate; second occurrences of the actor and
    # of the player's name); s6 the player's account that he went into hiding because of his club Al-Raed's
    # pressure to sign for Al-Hilal (a charge against a named party in testimony -> ACCUSE allege; "اللاعب"
    # first occurrence), the committee's questioning of the authorised agent Theeb al-Duhaim (new recipient)
    # -> ACCUSE investigate, and the committee's request to the three clubs for their statements (inside "حسب
    # ما طلب", reported nowhere else; a summons-like request, second set's summonses, tenth set's order to
    # show cause -> REQUEST, mode null; "لجنة الاحتراف" second occurrence). Not coded: s1 (prediction), s3's
    # expected fines and suspensions ("يتوقع": a prediction), s4's "ستنهي ... الجدل" (the s3 decision
    # restated), the federation's intervention and the referral in a relative clause, the chairman's
    # refusal to name the nine parties (declining to comment, second set), the planned press conference and
    # the committee's meeting (internal), s5's denial of knowledge of the negotiations (no event denied), s6's
    # repeated "خلال استجوابه" (the s5 questioning restated), the agent's explanation and the clubs'
    # submission of their statements (procedure; the request is coded).
    "snn-14b71192fc4f": [
        ("CONCEDE", None, 3, "بتبرئة ساحة", "لجنة الاحتراف", ("اللاعب", 1), None, "F"),
        ("ACCUSE", "allege", 4, "الشكاوى", ("الأطراف", 1), None, None, ""),
        ("ACCUSE", "allege", 5, "متهمين", ("لجنة الاحتراف", 1), "6 أطراف", None, ""),
        ("ACCUSE", "investigate", 5, "استجوابه", ("لجنة الاحتراف", 2), ("اللاعب عبدالعزيز الجبرين", 2), None, ""),
        ("ACCUSE", "allege", 6, "الضغوطات", ("اللاعب", 1), "إدارة ناديه الرائد", None, ""),
        ("ACCUSE", "investigate", 6, "استجوبت", "اللجنة", "الوكيل المفوض ذيب الدحيم", None, ""),
        ("REQUEST", None, 6, "طلب", ("لجنة الاحتراف", 2), "إدارات الأندية الثلاثة المرتبطة بالقضية (الهلال والرائد والنصر)", None, ""),
    ],
    # Al-Riyadh: video games, ISIS's new communications network: experts' and analysts' assessments of how
    # terrorist groups use game networks, their communication methods (bin Laden's couriers), ZeroFOX on the
    # ISIS propaganda campaign in social media, recruitment videos and a game for children: analysis of
    # general practices (sixth to eleventh sets: general series and practices are not coded): none.
    "snn-b6c18548970a": [],
    # Al-Yaum: 40 visually impaired children at the opening of the Ibsar charity's "Building Hope" programme
    # (Jeddah). s1 the secretary-general Mohammed Tawfiq Ballo commending the private bodies and tourist and
    # entertainment facilities that have been in touch with the society and hosted it (praise -> SUPPORT,
    # second to eleventh sets, eleventh set's Baha dean; the speaker named in the sentence "ووصف "بلو"";
    # "بالجهات": the fused ب left out); s2 his commending the Ministry of Social Affairs' keenness on such
    # programmes (new recipient) -> SUPPORT. Not coded: s0 (the programme's aims), s1's "أغلقت بعض الجهات
    # السياحية أبوابها في وجه ذوي الإعاقة" (an unattributed general complaint in a time clause) and his
    # assessment of the sectors' treatment of the disabled (opinion), s2 the launch of the programme (an
    # inauguration, sixth/eleventh sets) and the national campaign it presents, s3 the Sesame Street stars
    # hosted on the first day and the children's welcome of them (ceremony).
    "snn-4ec5434708e2": [
        ("SUPPORT", None, 1, "نوه", "بلو", "الجهات الخاصة والمرافق السياحية والترفيهية", None, ""),
        ("SUPPORT", None, 2, "نوه", "بلو", "وزارة الشئون الاجتماعية", None, ""),
    ],
    # Okaz: Iran provokes the Sunnis by demolishing their only mosque (in Punak, Tehran, 29 July). s0 the
    # Iranian security forces demolishing the only Sunni mosque in the Punak district (PLOVER: demolition ->
    # ASSAULT destroy; "هدم" first occurrence; "بطهران" left out, the district the more precise place), their
    # search of it and of the house of its imam Mowlawi Obeidullah Mousazadeh -> COERCE seize (PLOVER: execute
    # search; second set's "بتفتيش منزله"), the municipality's demolition of the prayer hall (the same
    # demolition told with its executing actor, a new participant in the same sentence, kept apart as the
    # earlier sets keep events of the same type with different participants; "هدم" second occurrence) ->
    # ASSAULT destroy, the waves of outrage among millions of Muslims on social media (PLOVER: protests in
    # social media -> ACCUSE disapprove, eighth set's social-media storm) and the protests inside Iran (fourth/
    # eleventh sets' protests -> PROTEST demo; actor not named) -> PROTEST demo; s1 the imam of the Zahedan
    # mosque's letter to Ali Khamenei protesting the demolition -> ACCUSE disapprove, and his charge that the
    # racist measure and the discrimination against the Sunnis expose Iran's false claim to be an Islamic
    # state (a charge of wrongdoing against a named party, the named subject kept, eleventh set's al-Ghadri
    # rule) -> ACCUSE allege; s2 the security forces sealing the Sunni prayer hall in Tehran months ago
    # (recalled: H; "طهران" first occurrence) -> COERCE restrict [H], their reversal in reopening it (PLOVER /
    # CAMEO 081: easing administrative sanctions -> CONCEDE) [H], and their not allowing Friday and Eid prayers
    # in it (a restriction imposed, not a negated event; "للسنة" kept whole, the article's alif elided) ->
    # COERCE restrict [H]. Not coded: s1's "بهذا الإجراء قضت السلطات على أي إمكانية لإقامة الصلوات" (the imam's
    # characterisation of the demolition's effect), s2's "وتمنع السلطات الإيرانية منذ عقود السنة من بناء مسجد"
    # (a standing ban of decades, as the eleventh set's standing designation; the sieges coded by the earlier
    # sets are military operations in force) and its consequence.
    "snn-04bed654330e": [
        ("ASSAULT", "destroy", 0, ("هدم", 1), "قوات الأمن الإيرانية", "مسجد السنة الوحيد", "منطقة «بونك»", ""),
        ("COERCE", "seize", 0, "بتفتيشه", "قوات الأمن الإيرانية", "منزل إمامه مولوي عبيدالله موسى زادة", None, ""),
        ("ASSAULT", "destroy", 0, ("هدم", 2), "البلدية", "المصلى", None, ""),
        ("ACCUSE", "disapprove", 0, "موجات من الاستياء العارم", "ملايين المسلمين", None, None, ""),
        ("PROTEST", "demo", 0, "الاحتجاجات", None, None, "الأراضي الإيرانية", ""),
        ("ACCUSE", "disapprove", 1, "معبرا عن الاحتجاج", "إمام مسجد مدينة زاهدان", "علي خامنئي", None, ""),
        ("ACCUSE", "allege", 1, "التمييز ضد السنة", "إمام مسجد مدينة زاهدان", "إيران", None, ""),
        ("COERCE", "restrict", 2, "ختمت", "قوات الأمن", "مصلى السنة", ("طهران", 1), "H"),
        ("CONCEDE", None, 2, "ففتحت أبوابه ثانية", "قوات الأمن", None, None, "H"),
        ("COERCE", "restrict", 2, "لم تسمح", "قوات الأمن", "للسنة", None, "H"),
    ],
    # Sabq: the UN envoy to Yemen Ismail Ould Cheikh Ahmed in an interview with CBC Extra. s0 the Arab
    # League's readiness to manage international ceasefire observers if a signed political agreement is
    # reached (an expressed willingness: PLOVER AGREE "indicate willingness", second set's "ترحيبه بكل جهد
    # سياسي", fifth set's "الأبواب ستظل مفتوحةً"; the readiness is current, its object conditional: no flag);
    # s1 the Houthis and the GPC affirming the ceasefire (PLOVER: a party's call to end the conflict ->
    # AGREE) and announcing that they have no objection to dealing positively with resolution 2216 (a new
    # object: the resolution as recipient; the named subject kept for "وقد أعلنوا") -> AGREE; s9 the envoy
    # praising the results achieved by his predecessor Jamal Benomar -> SUPPORT. Not coded: the interview as
    # media, s0's "فهو بحاجة لآلية مراقبة" (necessity), the hypothetical political agreement (the condition),
    # s2-s3 (humanitarian figures: tallies; dengue and polio), s4-s5 (the UN's general stance, commentary),
    # s6-s7 (general statements on future trials and on not keeping silent "إذا": conditional, no addressee),
    # s8 (his having no evidence of a "butcher" among his interlocutors: an unattributed accusation answered,
    # no event; the 4,000 dead: a tally), s9's ideas for a solution and "لن يكون إلا سلمياً" (opinion).
    "snn-264cc3dab54e": [
        ("AGREE", None, 0, "استعداد", "الجامعة العربية", None, None, ""),
        ("AGREE", None, 1, "يؤكدون على وقف إطلاق النار", "الحوثيين وحزب المؤتمر", None, None, ""),
        ("AGREE", None, 1, "ليس لديهم مانع", "الحوثيين وحزب المؤتمر", "القرار الأممي \"2216\"", None, ""),
        ("SUPPORT", None, 9, "مشيداً", "المبعوث الأممي لليمن", "سلفه \"جمال بن عمر\"", None, ""),
    ],
    # Al-Riyadh: the toll of two bombings in eastern Iraq (Baquba, Monday 10 August) rises to 47; ISIS claims.
    # s0 the two explosions in eastern Iraq today, with their toll (the first mention of the attacks, coded as
    # the eleventh set's al-Fu'a s0; one record for the two blasts named together) -> ASSAULT explosives; s1
    # the car bomb in a market of Baquba, 40 killed and 72 wounded (method and place: new content; the
    # victims a count: recipient null, eleventh set) -> ASSAULT explosives ("بمدينة": the fused ب left out);
    # s2 the other, separate explosion east of the city, seven killed (a second attack; "الشرق من المدينة"
    # vague: location null) -> ASSAULT explosives; s3 ISIS claiming the car-bomb attack in eastern Iraq (the
    # claim as such not coded, third/eleventh sets; the attack restated with its claimant as actor: new
    # content) -> ASSAULT explosives ("بشرق": the fused ب left out).
    "snn-25145511581d": [
        ("ASSAULT", "explosives", 0, "الانفجارين", None, None, "شرق العراق", ""),
        ("ASSAULT", "explosives", 1, "انفجرت سيارة ملغومة", None, None, "مدينة بعقوبة", ""),
        ("ASSAULT", "explosives", 2, "انفجار آخر منفصل", None, None, None, ""),
        ("ASSAULT", "explosives", 3, "هجوم بسيارة ملغومة", "تنظيم داعش الإرهابي", None, "شرق العراق", ""),
    ],
    # Asharq Al-Awsat: Dempsey's talks in Baghdad after Washington lifts its veto on Asaib and Kataib (19-21
    # July). s0 General Martin Dempsey's unannounced visit to Baghdad (the host not named: recipient null) ->
    # CONSULT visit; s1 the operation to retake Ramadi gaining momentum (the ongoing offensive to take back
    # territory, the object of his statement; eighth set's continuing "تحريرها" -> COERCE seize; forces not
    # named: actor null); s3 Iraq among the first states to welcome the signing of the nuclear deal (recalled
    # background in "كان ... من أوائل الدول التي رحبت": H; welcome -> SUPPORT, the deal as recipient, eleventh
    # set's WTO praise) -> SUPPORT [H]; s4 al-Abadi's visit to the United States last April (a frame "خلال
    # زيارته" with its actor, reported nowhere else; H) -> CONSULT visit [H]; s6 the security official:
    # Washington withdrew the veto it had imposed on Asaib Ahl al-Haq and Kataib Hezbollah taking part in the
    # fighting (third set's same report "تخلي واشنطن عن الفيتو" -> CONCEDE, easing a restriction), and the
    # earlier US condition that its aviation would not take part while the two factions were on the
    # battlefield, as happened in the Salahuddin battles (third set: the earlier US refusal -> REJECT assist
    # [H]; the place of the refusal named, "صلاح الدين" inside "معارك صلاح الدين"); s7 the US aviation taking a
    # more effective part in the Ramadi battles (current; aerial) -> ASSAULT aerial, and the important weapons,
    # first of all anti-armour missiles, the US side has delivered to the Iraqi side (inside "بعد", with its
    # own actor, reported nowhere else; PLOVER military aid) -> AID. Not coded: s0's "الحكومة العراقية لم تعلن
    # نبأ الزيارة" and "لم يصدر ما يفيد بإجراء ديمبسي مباحثات" (absence of an announcement: no event denied,
    # eleventh set's absence of a claim), s1 his statement as such, the arrival restated "لدى وصوله" and "التي
    # يسيطر عليها تنظيم داعش" (ISIS's standing control of Ramadi since May in an identifying relative clause;
    # likewise s5's "اللتين لا يزال مقاتلو «داعش» يتحصنون فيهما"), s2 (his view that no more US troops are
    # needed: opinion), s3's visit restated and "بعد توقيع الاتفاق النووي" (time anchor, third/fourth/ninth
    # sets), s4 the rumoured message from Obama to the Iranian leadership ("راجت أخبار", neither denied nor
    # confirmed: a rumour, eighth set), s5 "بعد أيام من بدء عملية تحرير الأنبار" and the halt of the Iraqi
    # advance (time anchors; no PLOVER type for a halt), s6's "للاتفاق النووي الأميركي - الإيراني" (the deal as
    # an object), s7's "قد تأتي في سياق هذا التفاهم الضمني" (speculation, third set) and Dempsey's wish to be
    # reassured (an aim without act).
    "snn-782ba8de3411": [
        ("CONSULT", "visit", 0, "زيارة غير معلنة", "رئيس هيئة الأركان المشتركة الأميركية الجنرال مارتن ديمبسي", None, "بغداد", ""),
        ("COERCE", "seize", 1, "عملية استعادة السيطرة", None, None, "مدينة الرمادي", ""),
        ("SUPPORT", None, 3, "رحبت", "العراق", "هذا الاتفاق", None, "H"),
        ("CONSULT", "visit", 4, "زيارته", "رئيس الوزراء حيدر العبادي", None, "الولايات المتحدة الأميركية", "H"),
        ("CONCEDE", None, 6, "سحبت الفيتو", "واشنطن", "(عصائب أهل الحق) وكتائب حزب الله", None, ""),
        ("REJECT", "assist", 6, "لن يشارك", "الطيران الأميركي", None, "صلاح الدين", "H"),
        ("ASSAULT", "aerial", 7, "يشارك", "الطيران الأميركي", None, "الرمادي", ""),
        ("AID", None, 7, "تقديم", "الجانب الأميركي", "للجانب العراقي", None, ""),
    ],
    # Al-Eqtisadiah: Britain's EU exit to be decided by a referendum in mid-2016. s3 Cameron's earlier promise
    # to renegotiate the terms of Britain's EU membership before a referendum by the end of 2017 (recalled,
    # "وكان ... قد وعد", undated: H; PLOVER: promises -> AGREE, seventh set's "وعد") -> AGREE [H]; s5 Obama's
    # call on Britain, in a BBC interview days before, to stay in the EU (inside "بعد أيام على", with its own
    # actor, reported nowhere else; a call on an identifiable party -> REQUEST, mode null as it asks that a
    # policy be kept; the requested act, staying, has no PLOVER type) -> REQUEST; s6 the finance minister
    # George Osborne's visit to Paris ("لباريس": the fused ل left out) -> CONSULT visit, with its stated aim of
    # obtaining support for EU reforms (fifth to eleventh sets: stated aims -> own type + [F]; PLOVER / CAMEO
    # 102 policy support -> REQUEST assist) -> REQUEST assist [F]; s7 the series of visits to European capitals
    # of which it is the first (planned: CONSULT visit [F], eleventh set's planned meetings; the visit itself
    # restated as "زيارة أوزبورون لباريس" not coded again; the capitals not named: location null), and the
    # meetings Cameron held with all 27 EU leaders earlier this year (a relative clause with its actor,
    # reported nowhere else; recalled: H) -> CONSULT [H] (mode null); s12 the House of Commons passing last
    # month the bill paving the way for the referendum (an explicit approval, tenth set's German MPs, second set's
    # cabinet approvals -> AGREE; a recent step of the story: not historical). Not coded: the referendum and
    # its planned date (s0-s2, s13: an election, fifth set's almanac; Cameron's decision reported by a paper),
    # the spokeswoman's refusal to comment (second set), the announcement planned for October, s4 (the Greek
    # crisis as commentary), s8-s10 (Osborne's planned argument and his wish for a new settlement: opinion),
    # s11 (Cameron's pledge to campaign for staying and his attempts to improve the terms: a domestic pledge
    # and the s3/s6 reform effort in general), s12's "يتعين الآن على مجلس اللوردات" (necessity), s13 (fund
    # managers' conditional plans).
    "snn-4873e4685fb4": [
        ("AGREE", None, 3, "وعد", "كاميرون", None, None, "H"),
        ("REQUEST", None, 5, "دعوة", "الرئيس الأمريكي باراك أوباما", "بريطانيا", None, ""),
        ("CONSULT", "visit", 6, "زيارة", "جورج أوسبورن الوزير المالي البريطاني", None, "باريس", ""),
        ("REQUEST", "assist", 6, "للحصول على دعم", "جورج أوسبورن الوزير المالي البريطاني", None, None, "F"),
        ("CONSULT", "visit", 7, "سلسلة زيارات", "أوزبورون", None, None, "F"),
        ("CONSULT", None, 7, "اجتماعات", "كاميرون", "كل زعماء دول الاتحاد الأوروبي الـ27", None, "H"),
        ("AGREE", None, 12, "أقر", "مجلس العموم", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
