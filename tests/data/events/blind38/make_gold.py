"""Build events-blind38.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-eighth events blind set; same layout and guidelines as the first
thirty-seven sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind37.jsonl and their blind/ ..
blind37/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind38.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind38.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-seventh sets' rule: here "السجن" from "بالسجن", "زيارات" from "وكذلك زيارات", "تعهدت" as written, "اشتكى"
# from "واشتكى", "قصفت" from "وقصفت"); in actors, recipients and places the fused ب/ل/ك is left out ("مبارك" from
# "بمبارك", "أربيل" from "بأربيل", "مسلحي «داعش»" from "لمسلحي", "مسلحي التنظيم" from "لمسلحي", "مواقع لجبهة النصرة"
# kept whole as the object phrase); spellings as written ("ايرنست", "اكدوجان", "الابيض", "أفغانية"), copied exactly;
# a string repeated in its sentence is picked by its occurrence.
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to thirty-seventh sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Riyadh: five years in prison for the former Egyptian prime minister Ahmed Nazif (22 July). s0 the Cairo court's
    # retrial verdict of Wednesday (conviction -> SANCTION convict, and its prison term also COERCE arrest, the first,
    # third, seventh, tenth, thirty-second and thirty-fourth sets; the offence proven, illicit gain, not coded beside
    # the conviction, the twenty-ninth and thirty-second sets); s1 the charge (the offence of the conviction: not coded),
    # his dismissal at the end of January 2011 (a passive change of government, not coded) and the popular uprising
    # that toppled Mubarak (relative clause with its own recipient, reported nowhere else -> PROTEST, mode null [H], the
    # twentieth set's first intifada; actor null: "الشعبية" only an adjective of the uprising); s2 the fine imposed by
    # the Cairo criminal court (a further penalty with the court named -> SANCTION convict, its own record as the third
    # set's several sentences of one verdict); s3 no grounds yet; s4 the charges restated; s5 the investigations'
    # finding that the oversight reports proved he could not justify the money (investigators' finding -> ACCUSE
    # investigate, the thirty-fourth set; undated background of a case opened in 2011 -> [H]); s6 his absence and his
    # right to appeal to the Court of Cassation (a possibility, no appeal lodged: not coded, unlike the thirty-second
    # set's objection); s7-s8 a portrait: none.
    "snn-377fb93cee99": [
        ("SANCTION", "convict", 0, "قضت", "محكمة مصرية", "أحمد نظيف رئيس الوزراء الأسبق", None, ""),
        ("COERCE", "arrest", 0, "السجن", "محكمة مصرية", "أحمد نظيف رئيس الوزراء الأسبق", None, ""),
        ("PROTEST", None, 1, "الانتفاضة الشعبية", None, "مبارك", None, "H"),
        ("SANCTION", "convict", 2, "عاقبت", "محكمة جنايات القاهرة", "نظيف", None, ""),
        ("ACCUSE", "investigate", 5, "أثبتت", "التقارير الرقابية", "نظيف", None, "H"),
    ],
    # Ain Al-Youm: what Faisal al-Qassem said after the Syrian court sentenced him to death (24 July). s0 the dateline;
    # s1 his first comment (the verdict inside "على الحكم الصادر بإعدامه" is reported in s9, coded there); s2-s8 his
    # Facebook posts on the price of things, the revolutions and the tyrants living off sectarian divisions (general
    # views, not a condemnation of a specific act: not coded, the fourteenth to thirty-seventh sets' views); s9 the
    # Syrian regime's judiciary's death sentences on five people, among them al-Qaradawi, al-Qassem, Habash, Kilo and
    # al-Arour, on charges of supporting terrorism (-> SANCTION convict, the third set's Libyan death sentences; the
    # charges not coded beside the conviction; recent: not historical); s10 the tag line: none.
    "snn-596b58d1740f": [
        ("SANCTION", "convict", 9, "أحكاماً بالإعدام", "قضاء النظام السوري", "خمسة أشخاص", None, ""),
    ],
    # Al-Eqtisadiah: the Reserve Bank of New Zealand cuts its official rate to 3 % (23 July). Monetary policy and the
    # governor's outlook: none.
    "snn-f3fba7406c6f": [],
    # Al-Riyadh column: the danger of the writer becoming a brand (1 August). Views on writers and newspapers (Anis
    # Mansour, Heikal), lone "." and "!" lines: none.
    "snn-4450c9da6fe4": [],
    # Al-Jazirah: Ghada Abdel Razek in "Al-Kabous" on MBC1 (25 July). A television drama's plot (the son's killing is
    # fiction), in the pool through "مقتل" and "الاجتماعية": none.
    "snn-0b4ea512585b": [],
    # Asharq Al-Awsat: 32 killed and dozens wounded in bombings across Iraq (22 July). s0 the lead: bombings across Iraq
    # killing at least 32 (-> ASSAULT explosives, the lead coded beside its details, the thirty-fourth to
    # thirty-seventh sets; the dead as recipient, as the sixteenth and twenty-third sets' tolls); s1 the deadliest, the
    # car bomb in Baghdad al-Jadida (-> ASSAULT explosives, new place); s2 the residents inspecting the destroyed shops
    # (the same blast's damage: not coded again); s3 the bomb attacks in al-Zafaraniya (-> ASSAULT explosives); s4 the
    # suicide attack on a checkpoint in al-Tarmiya killing six soldiers and policemen (-> ASSAULT suicide-attack, the
    # dead as recipient as the other records); s5 the car bomb in a commercial street in Mandali (-> ASSAULT
    # explosives); s6 no claim: none. No perpetrator named: actors null.
    "snn-d17368bc4e23": [
        ("ASSAULT", "explosives", 0, "تفجيرات", None, "32 شخصا", "العراق", ""),
        ("ASSAULT", "explosives", 1, "انفجرت سيارة ملغومة", None, "16 شخصا", "حي بغداد الجديدة شمال شرق العاصمة", ""),
        ("ASSAULT", "explosives", 3, "هجمات بقنابل", None, "شخصان آخران", "حي الزعفرانية في جنوب بغداد", ""),
        ("ASSAULT", "suicide-attack", 4, "هجوم انتحاري", None, "ستة من رجال الجيش والشرطة", "بلدة الطارمية بوسط البلاد", ""),
        ("ASSAULT", "explosives", 5, "انفجرت سيارة ملغومة", None, "ثمانية أشخاص آخرين", "بلدة مندلي", ""),
    ],
    # Al-Riyadh: Merkel, "we are allied in facing terrorism" (22 July). s0 Merkel's pledge of German support to the
    # Turkish government (a promise -> AGREE, the first, sixth and fifteenth sets' "تعهد"; the Suruc attack inside "عقب"
    # is reported in s3, coded there); s1 her condolence telegram to Davutoglu, "we are allied in facing terrorism"
    # (solidarity -> SUPPORT, the sixth set's al-Azhar "تضامنه"; its own record: a new recipient and act); s2 her
    # deputy Gabriel's deep shock at the killing of the young people (-> ACCUSE disapprove, the eleventh set's
    # Netanyahu "صدمت"); s3 the attack on the followers of a youth organisation on Monday, at least 30 killed (->
    # ASSAULT, mode null: no method in the sentence; passive: actor null; no place in the sentence, Suruc named only in
    # s0's anchor).
    "snn-c6e2601910f7": [
        ("AGREE", None, 0, "تعهدت", "المستشارة الألمانية أنجيلا ميركل", "للحكومة التركية", None, ""),
        ("SUPPORT", None, 1, "برقية تعزية", "ميركل", "رئيس الحكومة التركية أحمد داود أوغلو", None, ""),
        ("ACCUSE", "disapprove", 2, "صدمته العميقة", "زيجمار جابرييل، نائب المستشارة الألمانية أنجيلا ميركل", None, None, ""),
        ("ASSAULT", None, 3, "هجوما", None, "أتباع منظمة شبابية اجتماعية", None, ""),
    ],
    # Sabq: the Arqa social development committee hosts the "ambassadors of Decisive Storm" (6 August). The children of
    # the soldiers killed and wounded in the Yemen campaign on a programme of visits; a delegation received -> CONSULT
    # visit with the visitors as actor and the host as recipient (the twenty-second, twenty-ninth and thirty-first
    # sets), a programme item with a new host -> its own CONSULT visit (the seventeenth, thirty-first and thirty-third
    # sets). s0 the committee's hosting of the delegation (-> CONSULT visit; Arqa named only inside the club's and the
    # committee's names: place null; their visit to Riyadh an anchor without a counterpart); s1 the tour of the old
    # mosques and heritage sites (sightseeing without a counterpart, as the twenty-first set's museum visits: not
    # coded); s2 the visit to the committee's seat (s0's host restated) and to the Arqa emirate centre where its deputy
    # received them (new host -> CONSULT visit; his welcome and prayers and the charity chairman's talk part of it); s3
    # the reception by the acting Riyadh education director at the Arqa diwaniya (new host -> CONSULT visit), the
    # friendly match, and the committee's and club's honouring of the children with a dinner (honours and awards not
    # coded, the thirty-sixth and thirty-seventh sets).
    "snn-47b547298ce3": [
        ("CONSULT", "visit", 0, "استضافت", "سفراء الحزم من أبناء الشهداء والمصابين في عاصفة الحزم", ("لجنة التنمية الاجتماعية", 1), None, ""),
        ("CONSULT", "visit", 2, "استقبالهم", "الوفد", "وكيل المركز بدر بن عبدالله الرواف", "مركز إمارة عرقة", ""),
        ("CONSULT", "visit", 3, "استقبالهم", "الوفد", "مدير تعليم الرياض المكلف حمد الشنيبر", "ديوانية تنمية عرقة في مقر النادي الموسمي", ""),
    ],
    # Okaz: Allawi moves internationally to bring down al-Abadi's government (26 July). s0 the lead: the parliamentary
    # forces led by Allawi "moved" to oust al-Abadi (an aim; the acts are s1-s3's meetings, charges and ultimatum: not
    # coded apart, the twenty-second to thirty-seventh sets' aims); s1 Allawi's meetings with the US ambassador, the UN
    # mission and the EU representative (talks outside a visit -> CONSULT, mode null, the twelfth to thirty-seventh
    # sets) and his charge that the prime minister broke the political agreement (-> ACCUSE allege, the thirty-sixth
    # set's Kabbara and the thirty-seventh set's opposition charge); s2 the delegation's complaint of al-Abadi's
    # sectarian practices (a new charge -> ACCUSE allege; the meetings restated); s3 al-Masari's statement giving the
    # government a "last chance" or "things will take another turn" (an ultimatum -> THREATEN, mode null, the twelfth
    # set's "إنذار"; the international community informed: s1 restated); s4 Barzani's refusal, conveyed to the US
    # administration, of the Iraqi army's use of the region for the Mosul operation (-> REJECT); s5 Carter's request
    # during their meeting in Erbil last Thursday (three days before: not historical; the meeting inside "أثناء" with
    # its own place, reported nowhere else -> CONSULT visit, and the request -> REQUEST, mode null); s6 Barzani's promise
    # to study the request (an expressed willingness -> AGREE, the thirty-fourth set's League study) and the regional
    # government's categorical refusal conveyed to the US administration (new actor -> its own REJECT; the government's
    # own session on it inside one government, not coded).
    "snn-3cf733637822": [
        ("CONSULT", None, 1, "اجتماعات", "علاوي", "السفير الأمريكي وبعثة الأمم المتحدة وممثل الاتحاد الأوروبي", None, ""),
        ("ACCUSE", "allege", 1, "خرق للاتفاق السياسي", "علاوي", "رئيس الحكومة العراقية", None, ""),
        ("ACCUSE", "allege", 2, "اشتكى", "الوفد الذي يقوده علاوي", "العبادي", None, ""),
        ("THREATEN", None, 3, "فرصة أخيرة", "رئيس كتلة تحالف القوى الوطنية في البرلمان أحمد المساري", "حكومة العبادي", None, ""),
        ("REJECT", None, 4, "رفضه", "رئيس إقليم كردستان مسعود بارزاني", "الإدارة الأمريكية", None, ""),
        ("CONSULT", "visit", 5, "اجتماعهما", "وزير الدفاع الأمريكي أشتون كارتر", "بارزاني", "أربيل", ""),
        ("REQUEST", None, 5, "طلب", "وزير الدفاع الأمريكي أشتون كارتر", "بارزاني", None, ""),
        ("AGREE", None, 6, "وعد", "بارزاني", "وزير الدفاع الأمريكي", None, ""),
        ("REJECT", None, 6, "رفضته بشكل قاطع", "حكومة الإقليم", "الإدارة الأمريكية", None, ""),
    ],
    # Okaz: a Turkish party asks the government and the Kurds to stop the violence (9 August). s0 Demirtas's call on the
    # PKK to "take its finger off the trigger" (-> REQUEST yield) and his urging the government to start talks (->
    # REQUEST meet), as the thirty-fifth set's record of the same call (Al-Yaum s7); s1 his words restated; s2 his
    # remarks in Van (place of the statement) a day after six were killed in clashes between the security forces and
    # fighters in the south-east (anchor with its own sides and place, reported nowhere else -> ASSAULT, both sides in
    # one actor phrase, as the thirty-fifth set's s6), his new demand that the government stop its security operations
    # and resume the peace process (-> REQUEST yield) and the peace process begun with Ocalan in 2012 (-> CONSULT [H],
    # mode null, the thirty-fifth set's s11; passive: actor null); s3 and s10 his regular visits to Ocalan in prison (a
    # standing practice); s4-s7 his words to Davutoglu (views; lone "."); s8-s9 the June election result (not a PLOVER
    # event); s11 deputy prime minister Akdogan's charge that the HDP "let down" the process (-> ACCUSE allege; the
    # state's continuing talks with Ocalan a standing practice, the HDP's lost visits a consequence, not coded); s12 his
    # rejection of the PKK's "tactical" statements on stopping the violence (-> REJECT; "وقال": actor null); s13 the
    # PKK's withdrawal "a necessity now" (a necessity statement, the thirty-fourth set's "لابد من": not coded).
    "snn-ea9b78be20f4": [
        ("REQUEST", "yield", 0, "دعا", "صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في تركيا", "حزب العمال الكردستاني", None, ""),
        ("REQUEST", "meet", 0, "حث", "صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي الموالي للأكراد في تركيا", "الحكومة", None, ""),
        ("ASSAULT", None, 2, "اشتباكات", "قوات الأمن ومقاتلين", None, "منطقة جنوب شرق تركيا", ""),
        ("REQUEST", "yield", 2, "توقف العمليات الأمنية", "دمرداش", "الحكومة", "مدينة فان", ""),
        ("CONSULT", None, 2, "عملية السلام", None, "عبد الله أوجلان زعيم حزب العمال الكردستاني", None, "H"),
        ("ACCUSE", "allege", 11, "خذل", "يالجين اكدوجان نائب رئيس الوزراء التركي", "حزب الشعوب الديمقراطي", None, ""),
        ("REJECT", None, 12, "غير مقبولة", None, "حزب العمال الكردستاني", None, ""),
    ],
    # Al-Yaum: the women's committee of the Abha literary club carries out an Eid visiting programme (27 July). Visits
    # with a counterpart (the region's pioneers and their families, the Yemeni families, the patients) -> CONSULT visit,
    # gifts -> AID, thanks and praise -> SUPPORT (the second, seventh, eighth, tenth, twenty-third, thirty-first,
    # thirty-fourth and thirty-seventh sets). s0 the lead: the committee's Eid visits to the pioneers and their families
    # and the Yemeni families in Abha (-> CONSULT visit, the two groups in one phrase as written) and its visits to the
    # inpatients of Asir Central Hospital (another counterpart and place -> its own CONSULT visit); s2, s4 and s6 the
    # same three visits in detail (only a day, a number of patients, the hosts' names and the greetings added: not coded
    # again, the restatement rule), with the pioneers' families welcoming the initiative and praising the club (->
    # SUPPORT, s2); s1 and s3 lone dots; s5 the cards and flowers given by the club's administration (-> AID; "مقرونة
    # بالأمنيات" part of it) and the letter of thanks to the health directorate and the hospital's administration (->
    # SUPPORT; passive: actor null).
    "snn-7ebc35578703": [
        ("CONSULT", "visit", 0, "زيارات معايدة", "اللجنة النسائية في نادي أبها الأدبي", "رواد المنطقة وأسرهم، والأسر اليمنية المقيمة في أبها", None, ""),
        ("CONSULT", "visit", 0, ("زيارات", 2), "اللجنة النسائية في نادي أبها الأدبي", "للمرضى المنومين", "مستشفى عسير المركزي", ""),
        ("SUPPORT", None, 2, "مثمنين جهود النادي", "أسرهم", "النادي", None, ""),
        ("AID", None, 5, "توزيع بطاقات المعايدة والورد", "إدارة النادي الأدبي", None, None, ""),
        ("SUPPORT", None, 5, "خطاب شكر", None, "مديرية الصحة وإدارة المستشفى", None, ""),
    ],
    # Al-Jazirah column: "Is the nuclear agreement bad?!" (25 July). Facts coded, views not (the fourteenth to
    # thirty-seventh sets). s0 the Iranian nuclear negotiations between "the greater and the lesser Satan" (the United
    # States and Iran), begun years before, inside "منذ أن بدأت" with its own parties and reported nowhere else ->
    # CONSULT [H], mode null (the thirty-sixth set's launch of the FTA talks [H]; the columnist's naming is the only one
    # in the sentence); the agreement itself is only named ("لا أحد يعرف التفاصيل الكاملة للاتفاق النووي", s5's
    # speculation "قد تكون قد تنازلت ... في سبيل توقيع الاتفاق"): its conclusion is not described, so no AGREE (the
    # thirtieth to thirty-seventh sets' "once per article where its conclusion is described"). Not coded: s1 Atwan's
    # view, s3-s6 views and characterisations (Khamenei's choice of Ahmadinejad and Rouhani), s7-s14 the list of the
    # writer's other columns.
    "snn-b2d83809e85b": [
        ("CONSULT", None, 0, "مفاوضات النووي الإيراني", "الشيطانين الأكبر والأصغر", None, None, "H"),
    ],
    # Asharq Al-Awsat: Kenya, five killed in an attack on a police vehicle (21 July). s0 the police's report of the
    # attack by fighters suspected of belonging to al-Shabaab (-> ASSAULT, mode null: no method in the sentence; the
    # vehicle the target; the hedged suspicion is the actor's description, not an ACCUSE, as the sixth and
    # thirty-seventh sets' "يشتبه" attackers); s1 the attack on Monday in the Lamu coastal area near the Somali border
    # (new place -> its own ASSAULT, the thirty-seventh set's rule; the area's earlier attacks a general series); s2 the
    # vehicle blown up by a mine and then targeted with hand grenades (new method -> ASSAULT explosives, one record: same
    # actor, target and place); s3-s5 the toll and the victims restated, a contradicting early report; s6 the series of
    # attacks since the Kenyan army entered Somalia in October 2011 to fight the movement (the series not coded; the
    # entry inside "منذ" with its own actor and place, reported nowhere else -> ASSAULT [H], the first, twenty-second,
    # twenty-fourth and thirty-fourth sets' military interventions); s7 the fighters' attacks on passenger buses and a
    # military base "last month" (a dated incident -> ASSAULT; "last month" from 21 July is not shown to be more than
    # five weeks before: not historical; the targeting of Lamu in general a series); s8 the hiding place: none.
    "snn-382fc0eaf9e7": [
        ("ASSAULT", None, 0, "هجوم", "مقاتلين يشتبه بأنهم ينتمون الى حركة \"الشباب\" الصومالية المتطرفة", "آلية للشرطة", "شمال الساحل الكيني", ""),
        ("ASSAULT", None, 1, "الهجوم", None, None, "منطقة لامو الساحلية بالقرب من الحدود مع الصومال", ""),
        ("ASSAULT", "explosives", 2, "انفجرت", None, "الآلية", None, ""),
        ("ASSAULT", None, 6, "دخل", "الجيش الكيني", None, "الصومال", "H"),
        ("ASSAULT", None, 7, "هاجموا", "المقاتلون في الحركة", "حافلات ركاب وقاعدة عسكرية", None, ""),
    ],
    # Al-Watan: a Palestinian runs over three Israeli soldiers (7 August). s0 the ramming north of Ramallah that wounded
    # three soldiers (-> ASSAULT; no PLOVER mode fits a car: null; passive: actor null); s1 the army's and police's
    # account that a Palestinian attacked the soldiers with his car (new actor -> its own ASSAULT, the sixteenth and
    # thirty-seventh sets' army versions); s2 the soldiers' fire at the driver (-> ASSAULT firearms); s3 no claim; s4 the
    # PLO's report that settlers carried out more than 11,000 attacks since 2004 (-> ACCUSE allege, as the ninth set's
    # record of the same report, alriyadh 07 August; the series itself not coded); s5 the report's copy given to the
    # member states of the Arab Peace Initiative follow-up committee (no meeting reported here: not coded); s6 a
    # sub-heading; s7 the report's documentation of the killing of the baby Ali Dawabsha in Duma (-> ASSAULT primitive,
    # the ninth set; "13 يوليو" as printed, in any case under five weeks: not historical); s8 the report's pointing to
    # the Israeli Channel 2 programme on a Jewish terrorist cell with its instructions for burning Arabs (-> ACCUSE
    # allege, the ninth set's "نوه التقرير"); s9 the same method used by the terrorists against the Dawabsha family (new
    # actor -> ASSAULT primitive, the ninth set's record); s10 a sub-heading; s11-s14 the explosion in Rafah that killed
    # four, attributed by Hamas to an unexploded Israeli missile from last year's war and under investigation by Hamas's
    # interior ministry (an accidental blast of war remnants, no attacker: not coded; the inquiry into its cause not an
    # accusation: not coded).
    "snn-5c70110d436a": [
        ("ASSAULT", None, 0, "عملية دهس", None, "ثلاثة جنود إسرائيليين", "شمال مدينة رام الله في الضفة الغربية", ""),
        ("ASSAULT", None, 1, "هاجم الجنود بسيارته", "فلسطينيا", "الجنود", None, ""),
        ("ASSAULT", "firearms", 2, "أطلقوا النار", "جنودا", "سائق السيارة", None, ""),
        ("ACCUSE", "allege", 4, "شن", "منظمة التحرير الفلسطينية", "المستوطنون", None, ""),
        ("ASSAULT", "primitive", 7, "جريمة قتل", None, "الرضيع الفلسطيني علي دوابشة", "قرية دوما قرب نابلس شمال الضفة الغربية", ""),
        ("ACCUSE", "allege", 8, "لفت", "التقرير", "خلية إرهابية يهودية", None, ""),
        ("ASSAULT", "primitive", 9, "تنفيذ جريمتهم", "الإرهابيون", "عائلة دوابشة", None, ""),
    ],
    # Okaz column: "resist them with the Apache and the human Patriot" (9 August). Views on suicide bombers, security
    # gates and awareness (no specific event; the mosque bombings alluded to only in general): none.
    "snn-6cfbf9ae7e41": [],
    # Al-Riyadh: Washington carried out its first air strike "in defence" of rebels it trained (4 August). s0 the
    # Pentagon's confirmation of the first US air strike on Syrian territory to defend the trained rebels (-> ASSAULT
    # aerial; the training a standing programme, not coded, the thirty-third set); s1 its spokesman's detail (Friday,
    # the "New Syria" group: a restatement adding a day and a name) and his words; s2 the senior official's
    # announcement that the US bombed Nusra positions (the target -> its own ASSAULT aerial) in response to Nusra's
    # attack on the rebels (inside "ردا على" with its own actor and target, reported here first -> ASSAULT, the second
    # and thirty-third sets' Friday attack on the division); s3 Earnest's warning to the Syrian regime not to interfere
    # or face "additional steps", "a veiled threat" of air strikes (-> THREATEN violence; the demand part of the threat;
    # his remark that the regime has not obstructed the groups so far a statement of no act, not coded); s4 the 54-man
    # unit in Aleppo since mid-July (standing); s5 Nusra's targeting and the US strikes restated; s6 the Pentagon's denial
    # of the kidnapping (a denial of another party's act: not coded, the thirty-third and thirty-fourth sets); s7 the
    # Observatory's report of the kidnapping of eight of the 54 by Nusra on Wednesday evening, claimed by Nusra (->
    # ASSAULT abduct, the second and thirty-third sets); s8 Nusra's video (the kidnapping restated).
    "snn-1bdf87777f81": [
        ("ASSAULT", "aerial", 0, "غارة جوية", "الولايات المتحدة", None, "الأراضي السورية", ""),
        ("ASSAULT", "aerial", 2, "قصفت", "الولايات المتحدة", "مواقع لجبهة النصرة", None, ""),
        ("ASSAULT", None, 2, "هجوم", "جبهة النصرة", "مقاتلين معارضين", None, ""),
        ("THREATEN", "violence", 3, "تهديد مبطن", "المتحدث باسم البيت الابيض جوش ايرنست", ("النظام السوري", 1), None, ""),
        ("ASSAULT", "abduct", 7, "خطفوا", "جبهة النصرة", "ثمانية من العناصر ال54", None, ""),
    ],
    # Al-Jazirah: debate in Egypt over a cabinet reshuffle of Mahlab's government (11 August). s0-s8 the parties' views
    # on a rumoured reshuffle (no nomination requested, names not offered, the Nour party's standing decision not to
    # join a government before the elections: statements about a hypothetical reshuffle without a counterpart's request
    # or a decision towards a named party, not coded; the thirty-seventh set coded only a condition put to a named
    # party); s9 the air force's killing of six Beit al-Maqdis members in al-Tuma south of Sheikh Zuweid (-> ASSAULT
    # aerial; "ميدنيا" as printed); s10 its detail, the Apache helicopters' bombing of the three motorcycles (new actor
    # and target -> ASSAULT aerial, the lead beside its detail).
    "snn-4fa1251bb646": [
        ("ASSAULT", "aerial", 9, "قتل", "القوات الجوية", "6 من عناصر تنظيم بيت المقدس الإرهابي", "قرية التومة جنوب الشيخ زويد بمحافظة شمال سيناء", ""),
        ("ASSAULT", "aerial", 10, "قصفت", "مروحيات الأباتشي", "ثلاث دراجات نارية", None, ""),
    ],
    # Al-Watan column: "what was not written about Saud al-Faisal" (26 July). A tribute to the late foreign minister (his
    # skills, the post-9/11 media attack on the kingdom and his coalition-building, undated characterisations; his death
    # not a PLOVER event): none.
    "snn-2e8f7214ffa6": [],
    # Asharq Al-Awsat: a Kurdish official, battles between ISIS's Chechen and Turkmen militants (22 July). s0 the first
    # suicide attack by a foreign ISIS militant on the Tal Afar Turkmen militants in Baaj the day before yesterday (->
    # ASSAULT suicide-attack); s1 the official's quotation restating it (not coded again, the thirty-fourth and
    # thirty-sixth sets' quotations); s2 the same battles as s3 inside "في إطار" (coded in s3); s3 the internal battles
    # of the last two days in Tal Afar and Mosul between the Chechen militants of Abu Omar al-Shishani and the Tal Afar
    # Turkmen of Abu Muslim al-Turkmani (-> ASSAULT, both sides in one actor phrase; al-Baghdadi's rebuke and demand to
    # his fighters inside one organisation, not coded); s4 ISIS's execution of the imam of al-Mushairfa (-> ASSAULT
    # targeted, the fifth and thirteenth sets' executions; his criticism in his sermons the reason, a series), its
    # arrest of 15 Mosul tailors (-> COERCE arrest, the named subject kept), their refusal to sew Afghan clothes for its
    # militants (reason clause with its own actor -> REJECT, the thirty-seventh set's special forces' refusal) and the
    # immediate execution of four of them (-> ASSAULT targeted); s5 the Peshmerga's repelling of an ISIS attack on their
    # positions at Kharab Dalil (the attack -> ASSAULT, the Peshmerga as recipient; the repelling with 15 militants
    # killed -> ASSAULT, as the twenty-first set's attempt and return of fire and the sixth set's "صدت الهجوم") and
    # their destruction of three Humvees (-> ASSAULT destroy, the thirtieth set's "دمرتها"); s6 the Zeravani forces'
    # announcement of the destruction of ISIS positions (the lead, no method and no actor in the sentence -> ASSAULT
    # destroy, actor null) and s7 its detail, the coalition aircraft's strikes on the Badush heights (-> ASSAULT aerial;
    # the intense bombing of the last few days a series); s8 the killing of the ISIS commander Saleh al-Ta'i in a
    # coalition air strike on a weapons convoy at Shanaf (-> ASSAULT aerial, the commander as recipient, the
    # thirty-fifth set's Hisham al-Tikriti).
    "snn-6c455e6f513b": [
        ("ASSAULT", "suicide-attack", 0, "عملية انتحارية", "أحد مسلحي التنظيم «الأجانب»", "المسلحين التركمان التلعفريين", "قضاء بعاج", ""),
        ("ASSAULT", None, 3, "معارك داخلية", "مسلحين شيشانيين يقودهم أبو عمر الشيشاني، القيادي البارز في (داعش)، ومسلحين تلعفريين تركمان يقودهم أبو مسلم التركماني", None, "قضاء تلعفر وفي الموصل", ""),
        ("ASSAULT", "targeted", 4, ("أعدم", 1), "تنظيم داعش", "الشيخ نجم الدين الجبوري، إمام وخطيب مسجد ناحية المشيرفة", None, ""),
        ("COERCE", "arrest", 4, "اعتقل", "تنظيم داعش", "15 خياطا موصليا", None, ""),
        ("REJECT", None, 4, "رفضهم", "15 خياطا موصليا", "مسلحي التنظيم", None, ""),
        ("ASSAULT", "targeted", 4, ("أعدم", 2), ("التنظيم", 3), "أربعة منهم", None, ""),
        ("ASSAULT", None, 5, ("هجوم", 1), "مسلحي «داعش»", ("قوات البيشمركة", 1), "قرية خراب دليل التابعة لمحور بعشيقة", ""),
        ("ASSAULT", None, 5, "صد", ("قوات البيشمركة", 1), "مسلحي «داعش»", "قرية خراب دليل التابعة لمحور بعشيقة", ""),
        ("ASSAULT", "destroy", 5, "دمرت", ("قوات البيشمركة", 2), "ثلاث عجلات همر", None, ""),
        ("ASSAULT", "destroy", 6, "تدمير", None, "عدة مواقع لـ«داعش»", None, ""),
        ("ASSAULT", "aerial", 7, "دمرت", "طائرات التحالف الدولي", "عددا من مواقع التنظيم", "مرتفعات بادوش", ""),
        ("ASSAULT", "aerial", 8, "غارة", "طيران التحالف الدولي", "صالح أحمد صالح الطائي، أحد قادة «داعش» العسكريين", "قرية شنف التابعة لناحية نمرود", ""),
    ],
    # Al-Watan: on Iranian orders, Hezbollah refuses to strike Israel (6 August). s0 Hezbollah's silence and refusal to
    # comment (no counterpart's request: not a REJECT; the Lebanese sources' surprise a view) and the Israeli air raid on
    # its members in Syria last week that killed two cadres (relative clause with its own actor, target and place,
    # reported nowhere else here -> ASSAULT aerial; a week before: not historical); s1 the sources' claim of strict
    # Iranian instructions (-> REQUEST change, as the eleventh set's "تعليمات واضحة | طهران | حزب الله"; "إيرانية" the
    # only naming, the thirty-fourth set's adjective actor) and the signing of the nuclear agreement between Tehran and
    # the international community (its conclusion described: once per article -> AGREE; 14 July: not historical); s2
    # Tehran's aims; s3 the party's inability (a view), the repeated Israeli attacks (a series) and the killing of Jihad
    # Mughniyeh by a similar raid near the Golan (January: -> ASSAULT aerial [H], as the tenth set's record; passive
    # subject: actor null); s4 the Jerusalem Mufti's condemnation (-> ACCUSE disapprove) of a settler's raising of the
    # Israeli flag in the Dome of the Rock courtyard after storming al-Aqsa (the storming inside "بعد" with its own actor
    # and place -> COERCE seize, the fifth and thirtieth sets' storming of al-Aqsa; the flag the object of the
    # condemnation), the occupation soldiers' assault on the worshippers (-> ASSAULT, mode null) and the arrest of guards
    # (-> COERCE arrest, the soldiers the named subject of the clause); s5 the worshippers' takbir in protest (-> PROTEST
    # demo, the thirtieth set's "هتافات التكبير الاحتجاجية"); s6 the Mufti holding the occupation authorities responsible
    # (-> ACCUSE allege, the sixth set's "نحمل"); s7 the police's claim that he was a French tourist (a contested
    # counter-claim: not coded); s8 the Waqf department's account: the settler's attack on the guards who took the flag
    # (new act -> ASSAULT) and the Israeli special forces' violent assault on the guards and the worshippers (the Waqf's
    # version with its own actor -> ASSAULT, as the thirty-seventh set's army version); the six guards arrested restate
    # s4's arrests with a figure (not coded again).
    "snn-c77d0348a8bf": [
        ("ASSAULT", "aerial", 0, "الغارة", "طائرات إسرائيلية", "بعض عناصره", "سورية", ""),
        ("REQUEST", "change", 1, "تعليمات إيرانية مشددة", "إيرانية", "حزب الله", None, ""),
        ("AGREE", None, 1, "توقيع الاتفاق النووي", "طهران", "المجتمع الدولي", None, ""),
        ("ASSAULT", "aerial", 3, "غارة مشابهة", None, "جهاد مغنية نجل مدير عملياته الخارجية السابق عماد مغنية", "مرتفعات الجولان", "H"),
        ("ACCUSE", "disapprove", 4, "استنكر", "الشيخ محمد حسين المفتي العام للقدس والديار الفلسطينية وخطيب المسجد الأقصى المبارك", "مستوطن إسرائيلي", None, ""),
        ("COERCE", "seize", 4, "اقتحامه", "مستوطن إسرائيلي", None, "رحاب الأقصى", ""),
        ("ASSAULT", None, 4, "اعتداء جنود الاحتلال", "جنود الاحتلال", "المصلين", None, ""),
        ("COERCE", "arrest", 4, "اعتقال", "جنود الاحتلال", "عدد آخر منهم", None, ""),
        ("PROTEST", "demo", 5, "احتج", "المصلون", None, None, ""),
        ("ACCUSE", "allege", 6, "نحمل", "الشيخ حسين", "سلطات الاحتلال", None, ""),
        ("ASSAULT", None, 8, "هاجم الحراس", "مستوطن إسرائيلي", ("الحراس", 1), None, ""),
        ("ASSAULT", None, 8, "اعتدت", "القوات الخاصة الإسرائيلية", "الحراس والمصلين", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
