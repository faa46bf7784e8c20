"""Build events-blind41.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-first events blind set; same layout and guidelines as the first
forty sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind40.jsonl and their blind/ ..
blind40/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind41.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind41.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fortieth sets' rule: here "اتهم" from "واتهم", "اتفق" from "واتفق", "لقاء" from
# "بلقاء", "زيارة" from "بزيارة", "إيقافهم" from "وإيقافهم", "تحمل" from "وتحمل", "تفجير مفاجأة" from "بتفجير"); in
# actors, recipients and places the fused ب/ل/ك is left out ("محافظة الطوال" from "لمحافظة", "وزارة الداخلية" from
# "لوزارة"); where the article's alif is elided the fused ل stays ("للضرب حتى الموت", "للأمين العام للجامعة العربية",
# "للرياض", "للجمعية", "للسوريين", "للمعارضة المسلحة", the first, twenty-fifth and twenty-ninth to fortieth sets' rule);
# spellings as written (the text's own hamza-less "اوقفت", "اعتراف احد", "الاسرائيلي", "ايران", "مجلس الامن الدولي",
# "الاسلحة", the shadda of "شجّع", the tanwin alif of "مخططاً هجومياً", the bracket and space of "( إنسان)" and the
# straight quotes of 'المدمرة الاميركية "مادوكس"'), copied exactly; a string repeated in its sentence is picked by its
# occurrence (("محافظة لحج", 2), ("الأمين العام للجامعة العربية", 1), ("اسرائيل", 1) before "الاسرائيلي", ("ايران", 2),
# ("حماس", 2)). Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to fortieth sets); a subject named earlier in the same sentence is kept for its further clauses; a
# noun with a possessive pronoun is kept where it is the only naming ("رجاله", "حكومته", as the twenty-third set's
# "اعضاءها").
GOLD = {
    # Al-Watan (citizen journalist page): the Kia Grand Carnival wins a J.D. Power award (6 August). A car maker's award
    # and sales: none.
    "snn-3fd510eca9d9": [],
    # Al-Weeam: Twitter launches a Windows 10 version of its application (31 July). A company's product launch and its
    # features (the thirty-third set's company business); the link line not coded: none.
    "snn-2dc93bc86ff1": [],
    # Al-Yaum sport: al-Haqbani wins the US Super International tennis cup (22 July). The final, the sponsorship and his
    # dedication of the cup to the president of youth welfare (sport; an honour, the thirty-sixth to fortieth sets):
    # none.
    "snn-7425f21adf40": [],
    # Okaz sport: al-Hilal rests in the Austrian forests (7 August). The camp, the players' programmes and the last
    # training before the Super Cup (club business, the thirty-third to fortieth sets): none.
    "snn-d5c3b0d080fe": [],
    # Al-Riyadh sport: al-Nahda signs al-Rajaa and nears the Brazilian Oliveira (26 July). Contracts, the camp in
    # al-Khobar and the club's meeting with its players (club business and a meeting inside one club, the
    # twenty-ninth, thirty-second to fortieth sets): none.
    "snn-186d31af436a": [],
    # Al-Eqtisadiah (Reuters): Jeb Bush sets out his plan against ISIS and criticises Clinton (11 August). The article
    # reports the excerpts of the speech released by his campaign before its delivery the same day; the statements
    # are coded in the text's own time as made public, without a flag (the threats rule: a threat is coded THREATEN
    # without a flag, the thirty-fifth to fortieth sets). s0 his vow to follow an offensive strategy against the ISIS
    # militants if elected (a vow of force -> THREATEN violence, the thirty-sixth and fortieth sets' vows; its
    # condition is the content of the threat) and his blame on Clinton for some of Iraq's turmoil (-> ACCUSE allege,
    # the named subject kept for the clause); s1 the venue and the next debate (procedure); s2 his description of ISIS
    # as "the axis of evil in the world today" (-> ACCUSE disapprove, as the thirty-ninth set's Netanyahu "terrorist
    # act"; the "strong" effort if elected restates s0's vow: not coded again); s3 the aim (not coded); s4 his charge
    # that Obama's policy of air strikes has failed (criticism -> ACCUSE disapprove; "وسيقول": actor null; the US air
    # strikes on ISIS a standing campaign, not coded); s5-s8 the quotation's offensive restated and his view of the
    # allies (not coded).
    "snn-83a825a69496": [
        ("THREATEN", "violence", 0, "يتعهد", "مرشح الرئاسة الجمهوري جيب بوش", "متشددي تنظيم داعش", None, ""),
        ("ACCUSE", "allege", 0, "إلقاء اللوم", "مرشح الرئاسة الجمهوري جيب بوش", "المرشحة الديمقراطية هيلاري كلينتون", None, ""),
        ("ACCUSE", "disapprove", 2, "محور الشر في العالم اليوم", "بوش", "داعش", None, ""),
        ("ACCUSE", "disapprove", 4, "فشلت", None, "الرئيس باراك أوباما", None, ""),
    ],
    # Sabq: Hail University launches online withdrawal for admitted students (6 August). The deanship's service and the
    # admission deans' recommendation at their meeting at Al-Baha University in Safar (meetings and decisions inside one
    # government sector, the twenty-ninth, thirty-second to fortieth sets): none.
    "snn-b2e42f567f2f": [],
    # Al-Weeam (AFP): Saudi Arabia detains a man who killed a boy in Bangladesh for stealing a bicycle (21 July;
    # "Tuesday" = 21 July). s0 the boy of 13 beaten to death by a mob (-> ASSAULT beat, PLOVER "beatings ... by fists,
    # kicks" and the third and fifth sets' beatings; the country of the sentence as the place), the new demonstrations
    # of Tuesday (-> PROTEST demo) and the confession of a suspect (inside "بعد", reported nowhere else -> CONCEDE, the
    # eleventh, twenty-sixth and thirty-ninth sets' confessions); his arrest by Saudi Arabia inside the relative clause
    # is reported as a main clause in s7: coded there (the thirty-ninth and fortieth sets); s1 the Bangladeshi police's
    # arrest of five so far (the lead of the arrests -> COERCE arrest; the killing restated with its details: not coded
    # again); s2 the strong condemnation (-> ACCUSE disapprove, no speaker named: actor null, the thirty-first and
    # thirty-sixth sets' condemnations without a named speaker) and the demands to execute the perpetrators (-> REQUEST,
    # mode null: no PLOVER mode fits a punishment; the demonstrations restated: not coded again); s3 the attackers'
    # charge of theft (-> ACCUSE allege, the place of the charge Sylhet) and the family's denial (a denial of another
    # party's charge: not coded, the thirty-third, thirty-fourth and fortieth sets); s4 the local police chief: his men
    # arrested three overnight (a detail with its own recipients -> COERCE arrest, leads beside their details); s5 the
    # police searching for two who took part directly (a pursuit -> COERCE arrest [F], the thirty-ninth set's announced
    # pursuit), his "a brutal and shameful crime" (-> ACCUSE disapprove) and "we will spare no one" (a vow against those
    # responsible -> THREATEN, mode null, the thirty-third, thirty-sixth and thirty-seventh sets' "لن يتم التسامح",
    # "سنحاكم"); s6 the detainees' total (a figure restating s1, s7: not coded); s7 Qamar al-Islam's flight to Jeddah (a
    # suspect's escape: no PLOVER category) and his arrest by Saudi Arabia after the community's tip-off (-> COERCE
    # arrest; the place of the arrest not stated: null); s8 the autopsy (a detail of the killing); s9 the human chain on
    # Monday round the boy's home in Sylhet (-> PROTEST demo) and the mass demonstration due within hours (-> PROTEST
    # demo [F]; "وسط المدينة" anaphoric: place null); s10 the similar demonstrations in other cities including Dhaka
    # (-> PROTEST demo); s11-s13 the video's content (the beating's details); s14 the main suspect's arrest while
    # disposing of the body (-> COERCE arrest, passive: actor null; "مكان معزول" vague); s15 unknown filmer; s16-s18 the
    # Al-Weeam link line (not coded, the twentieth to fortieth sets).
    "snn-6a7038578c90": [
        ("ASSAULT", "beat", 0, "للضرب حتى الموت", "حشد", "فتى في الـ13 من العمر", "بنغلادش", ""),
        ("PROTEST", "demo", 0, "تظاهرات جديدة", None, None, "بنغلادش", ""),
        ("CONCEDE", None, 0, "اعتراف", "احد المشتبه بهم", None, None, ""),
        ("COERCE", "arrest", 1, "اوقفت", "الشرطة في بنغلادش", "خمسة اشخاص", None, ""),
        ("ACCUSE", "disapprove", 2, "استنكارا شديدا", None, None, None, ""),
        ("REQUEST", None, 2, "مطالب بإعدام منفذي الجريمة", None, None, None, ""),
        ("ACCUSE", "allege", 3, "اتهم", "المهاجمون", "سميع العالم", "سيلهيت", ""),
        ("COERCE", "arrest", 4, "اوقفوا", "رجاله", "ثلاثة اشخاص", None, ""),
        ("COERCE", "arrest", 5, "تبحث", "الشرطة", "شخصين شاركا بشكل مباشر", None, "F"),
        ("ACCUSE", "disapprove", 5, "جريمة وحشية ومشينة", "حسين", None, None, ""),
        ("THREATEN", None, 5, "لن نرحم احدا", "حسين", None, None, ""),
        ("COERCE", "arrest", 7, "اوقفته", "السعودية", "قمر الاسلام", None, ""),
        ("PROTEST", "demo", 9, "سلسلة بشرية", "متظاهرون", None, "سيلهيت", ""),
        ("PROTEST", "demo", 9, "تظاهرة حاشدة", None, None, None, "F"),
        ("PROTEST", "demo", 10, "تظاهرات مماثلة", None, None, "العاصمة دكا", ""),
        ("COERCE", "arrest", 14, "اوقف", None, "المشتبه به الرئيسي", None, ""),
    ],
    # Al-Watan (Reuters): Turkey tightens border security with aircraft and trenches (24 July). s0 Turkey's start of a
    # prefabricated wall along part of its border with Syria, with the fence reinforced and more trenches (a security
    # move short of force at a border -> MOBILIZE, mode null: no PLOVER mode fits a wall; the ninth, thirteenth and
    # twenty-third sets' reinforced security measures and London's fences) after the Suruc bombing (an anchor with its
    # actor, method, place and toll, reported nowhere else in the article -> ASSAULT suicide-attack, the thirty-seventh
    # and thirty-ninth sets' full anchors; "يعتقد أنه ينتمي" a hedged attribution inside the actor's description, the
    # thirty-eighth and fortieth sets); s1 the White House: Obama's telephone call with Erdogan the day before yesterday
    # (-> CONSULT phone) and their agreement to work together to stop the foreign fighters and secure the border
    # (-> AGREE, the named subject kept; the aim is the agreement's content); s2-s3 Arinc's priorities and coming
    # measures (plans without an act: not coded); s4-s5 the wall's length, the fence, the lights and the cost (s0
    # restated with figures: not coded again); s6 the army digging a 365 km trench (s0's trenches with a figure, not coded
    # again) and its deployment of about 90% of its drones and reconnaissance aircraft on the Syrian border (-> MOBILIZE
    # weapons, PLOVER "mobilizing weapons, ships, or vehicles"); s7-s8 the armoured vehicles and border guards
    # distributed along the border (standing deployments: not coded); s9 the policeman killed and another wounded by
    # masked men's fire yesterday in a Diyarbakir district (-> ASSAULT firearms); s10 the gunmen's fire on the two
    # policemen called after a traffic accident in the Sehitlik quarter (a new place -> its own record, the fortieth
    # set's Kabul checkpoint place); s11 the toll; s12 the attackers' flight (not coded).
    "snn-75e1979d29f5": [
        ("MOBILIZE", None, 0, "إقامة جدار", "تركيا", None, "حدودها مع سورية", ""),
        ("ASSAULT", "suicide-attack", 0, "فجر", "انتحاري يعتقد أنه ينتمي إلى تنظيم داعش", "32 شخصا معظمهم طلبة", "بلدة سوروتش الحدودية", ""),
        ("CONSULT", "phone", 1, "تحدث هاتفيا", "الرئيس الأميركي باراك أوباما", "نظيره التركي رجب طيب إردوغان", None, ""),
        ("AGREE", None, 1, "اتفق", "الرئيس الأميركي باراك أوباما", "نظيره التركي رجب طيب إردوغان", None, ""),
        ("MOBILIZE", "weapons", 6, "نشر", "الجيش", None, "الحدود مع سورية", ""),
        ("ASSAULT", "firearms", 9, "هجوم", "ملثمون", "شرطي", "ديار بكر", ""),
        ("ASSAULT", "firearms", 10, "فتحت النار", "مجموعة مسلحين", "الشرطيين", "حي شهيدلك", ""),
    ],
    # Okaz: the Insan orphans' society signs the agreement for its endowment in al-Majmaah (11 August). s0 the society's
    # agreement with Tariq al-Rumaih to build its branch and club on his land (an agreement between a named institution
    # and a named donor -> AGREE, the thirty-third and thirty-ninth sets' signed agreements of institutions; the
    # building's place is the agreement's content, not its location, as the fortieth set's training centres) and his
    # earlier gift of the land to the society (relative clause with its own actor and recipient, reported nowhere else
    # -> AID, the twenty-sixth set's donation to a charity; "سبق أن", undated background: historical, the sixteenth to
    # fortieth sets' rule); s2-s4 the agreement's clauses; s5-s6 the donor's motives; s7-s10 the branch's opening in
    # 1431H, its orphans and its award (an institution's own history and services, an honour): not coded.
    "snn-1a041253a953": [
        ("AGREE", None, 0, "وقعت", "الجمعية الخيرية لرعاية الأيتام بمنطقة الرياض( إنسان)", "طارق بن عبدالله الرميح", None, ""),
        ("AID", None, 0, "تبرع", "طارق بن عبدالله الرميح", "للجمعية", None, "H"),
    ],
    # Al-Eqtisadiah (DPA): Yemeni sources: the Houthis retreat from Lahj towards Taiz (8 August; "yesterday" = Friday 7
    # August). s0 the lead: the Popular Resistance fighters forcing the Houthi gunmen to retreat from Lahj towards Taiz
    # (the forcing -> ASSAULT, and the retreat -> RETREAT withdraw, the thirty-fifth set's record of the same pairing;
    # "محافظة لحج" second occurrence, the first is the sources' place); s1 the detail: fierce battles in Karsh on the
    # Taiz-Lahj border (-> ASSAULT, no side named in the clause: actor null), the resistance's control of the area
    # (-> COERCE seize, the place the Karsh area named in the sentence; its advance is the battles' outcome, not coded
    # apart) and the Houthi fighters' withdrawal towards Taiz (a new place -> RETREAT withdraw); s2 the resistance and the
    # army's capture of al-Anad air base on 3 August (inside "يشار إلى أن", five days before: not historical -> COERCE
    # seize) and their continuing advance to retake the rest (an ongoing offensive -> ASSAULT, the fortieth set's
    # al-Anad effort; "هناك" anaphoric: place null); s3 the second item, the coalition's air raids on a Houthi gathering
    # in Hodeidah on Friday (-> ASSAULT aerial); s4 the two raids on a Houthi headquarters in Hays (a new target and
    # place -> ASSAULT aerial); s5 the toll (not coded); s6 the raid on a militia position in the same city (a new
    # target -> ASSAULT aerial; "المدينة ذاتها" anaphoric: place null), as the seventeenth set coded the same agency
    # copy.
    "snn-42ebb68e4026": [
        ("ASSAULT", None, 0, "أجبروا", "مقاتلي المقاومة الشعبية", "مسلحي جماعة الحوثي", None, ""),
        ("RETREAT", "withdraw", 0, "التراجع", "مسلحي جماعة الحوثي", None, ("محافظة لحج", 2), ""),
        ("ASSAULT", None, 1, "معارك عنيفة", None, None, "منطقة كرش", ""),
        ("COERCE", "seize", 1, "سيطرتها", "المقاومة الشعبية", None, "منطقة كرش", ""),
        ("RETREAT", "withdraw", 1, "انسحاب", "مقاتلي الحوثي", None, "منطقة كرش", ""),
        ("COERCE", "seize", 2, "سيطرت", "المقاومة الشعبية في محافظة لحج وقوات الجيش الموالية للرئيس اليمني عبدربه منصور هادي", None, "قاعدة العند الجوية", ""),
        ("ASSAULT", None, 2, "تواصل حالياً تقدمها", "المقاومة الشعبية في محافظة لحج وقوات الجيش الموالية للرئيس اليمني عبدربه منصور هادي", None, None, ""),
        ("ASSAULT", "aerial", 3, "غارات", "طيران التحالف", "الحوثيين", "مدينة الحديدة", ""),
        ("ASSAULT", "aerial", 4, "استهدف بغارتين", "طيران التحالف", "مبنى يتخذه الحوثيون مقرا لهم", "مدينة حيس جنوبي الحديدة", ""),
        ("ASSAULT", "aerial", 6, "استهدف", "طيران التحالف", "مبنى تتخذه الميليشيات نقطة تمركز عسكرية", None, ""),
    ],
    # Al-Madina column: "Obama and daydreams" (21 July). The columnist's views on Iran, the deal and the region; the
    # facts only alluded to are standing states or positions (Lebanon's failure to elect a president, Nasrallah's boast,
    # Obama's continuing confidence "مايزال ... يقول") and the leadership's declared stance ("أننا مع الإتفاق الذي يمنع
    # ايران من إنتاج قنبلة نووية أما غير ذلك فلا") is a conditional statement of policy, not a welcome of a named deal
    # (the thirty-fourth set's general statements of policy): none. The lone "!" and "." lines and the contact line:
    # none.
    "snn-ab5b6e11608e": [],
    # Al-Riyadh: observers under the UN umbrella to Yemen for a political solution (31 July; the press conference
    # "yesterday" = 30 July). s0 al-Arabi's receipt of Ban Ki-moon's letter carried by his envoy, with ideas and
    # proposals (a letter -> CONSULT phone, PLOVER "by phone or other media", the nineteenth and twenty-ninth sets'
    # letters; its proposals are its content); s1 the envoy's joint press conference with the League's secretary-general
    # after their talks (-> CONSULT visit, visitor as actor and host as recipient, as the thirty-fourth set coded the same
    # meeting; the "identical views" a statement of the talks' content, not coded); s2 the points he presented (the
    # talks' content, the observers proposal; not coded apart); s3 his thanks to the secretary-general for the League's
    # support (-> SUPPORT; the League's support a standing state); s4 the points after the Geneva meeting (a bare anchor;
    # the plan's content); s5 the observers' role (a conditional view); s6 his recent visit to Riyadh and his talks with
    # the political parties (inside his statement, reported nowhere else -> CONSULT visit with the place and CONSULT with
    # the parties as recipient, the thirty-fourth set's envoy's meetings; "مؤخرا": not historical); s7 al-Arabi: the
    # observers "on the table" but a ceasefire needed first (a necessity statement, the thirty-fourth set's "لابد من":
    # not coded), his praise of the envoy's role and the thanks he conveyed to him (-> SUPPORT, one record for the
    # speaker and recipient).
    "snn-1fd25da58281": [
        ("CONSULT", "phone", 0, "رسالة", "الأمين العام للأمم المتحدة بان كي مون", "الأمين العام لجامعة الدول العربية الدكتور نبيل العربي", None, ""),
        ("CONSULT", "visit", 1, "مؤتمر صحافي مشترك", "ولد الشيخ أحمد", ("الأمين العام للجامعة العربية", 1), None, ""),
        ("SUPPORT", None, 3, "شكره", "ولد الشيخ أحمد", "للأمين العام للجامعة العربية", None, ""),
        ("CONSULT", "visit", 6, "زيارتي", "ولد الشيخ أحمد", None, "للرياض", ""),
        ("CONSULT", None, 6, "حديثي", "ولد الشيخ أحمد", "الأحزاب السياسية", None, ""),
        ("SUPPORT", None, 7, "منوها", "الأمين العام للجامعة العربية الدكتور نبيل العربي", "المبعوث الأممي ولد الشيخ أحمد", None, ""),
    ],
    # Sabq: a heart patient dies after a fight with his tenants and his family asks for the truth (6 August; the death on
    # 19 Ramadan = 6 July, within five weeks: not historical). s0 the family awaiting the interior ministry's
    # intervention (the request is coded in s7) and the release of the accused before the forensic reports (-> RETREAT
    # release, PLOVER; passive: actor null); s1 the brother's account: the three Yemeni residents' fight with his brother
    # at his home when asked to vacate the flat (-> ASSAULT beat, PLOVER "fists, kicks, punches"); s2 the blow to his chest
    # (a detail of s1: not coded again); s3 the three attackers held and detained at the northern police station
    # (-> COERCE arrest, passive: actor null) and questioned over the "quasi-intentional killing" (-> ACCUSE
    # investigate, the thirty-seventh set's police investigations); s4 the autopsy and the case's referral to the
    # prosecution with its number and date (procedural steps of the same investigation: not coded again); s5 the accused
    # seen at Eid (a consequence); s6 his inquiry at the prosecution (a citizen's inquiry at an office: not coded); s7 his
    # telegram to the interior ministry asking to hasten the truth and form a committee of inquiry (-> REQUEST, mode null,
    # the thirty-first set's "مطالبًا"; the release restated inside "التي بموجبها": not coded again); s8 his demand to keep
    # the accused away from the house (a new demand -> REQUEST, "وواصل": actor null, no addressee named); s9 his call to
    # hasten the reports (s7's demand restated: not coded).
    "snn-820ed29616e8": [
        ("RETREAT", "release", 0, "إطلاق سراح", None, "المتهمين", None, ""),
        ("ASSAULT", "beat", 1, "مضاربة", "ثلاثة مقيمين من الجنسية اليمنية", "شقيقي", None, ""),
        ("COERCE", "arrest", 3, "إيقافهم", None, "المعتدين الثلاثة", None, ""),
        ("ACCUSE", "investigate", 3, "التحقيق معهم", None, "المعتدين الثلاثة", None, ""),
        ("REQUEST", None, 7, "أطلب", "الشقيق", "وزارة الداخلية", None, ""),
        ("REQUEST", None, 8, "أطالب", None, None, None, ""),
    ],
    # Sabq: Houthi projectiles hit the village of al-Khawjara in Jazan without casualties (25 July; "yesterday Friday" =
    # 24 July). s0 the projectiles from Yemeni territory on al-Khawjara (-> ASSAULT heavy-weapons, the twenty-fourth and
    # twenty-sixth sets' shells on al-Tuwal; the adjective "حوثية" the only naming of the actor, the twenty-sixth set's
    # "الحوثية"; the village the target and the governorate the place); s1 no casualties (a toll); s2 the lead: the Saudi
    # forces' foiling over the past two days of the Houthi and Saleh militias' planned attack on the al-Tuwal crossing
    # (the attack, carried out and repelled in s5 -> ASSAULT; the foiling -> ASSAULT, the thirty-eighth and fortieth
    # sets' two records of a repelled attack; "خلال اليومين الماضيين": not historical); s3 the destruction of more than 16
    # militia vehicles (-> ASSAULT destroy, the thirtieth and thirty-eighth sets); s4 the watchtowers' report (not
    # coded); s5 the forces' repelling of the attack after six hours of clashes with artillery, tanks, Apaches and the
    # coalition's aircraft (the detail with its method -> ASSAULT heavy-weapons, the first method named, as the fortieth
    # set's "all light and heavy weapons"; "ذلك الهجوم" is the event repelled, not a participant: recipient null); s6 the
    # attack's plan (its aims: not coded); s7 the repelling restated with the tanks' names (not coded again); s8 the
    # coalition aircraft bombing the rocket bases and vehicles of Saleh's army (a new actor and target -> ASSAULT aerial).
    "snn-596d96688109": [
        ("ASSAULT", "heavy-weapons", 0, "مقذوفات", "حوثية", "قرية الخوجرة", "محافظة الطوال", ""),
        ("ASSAULT", None, 2, "مخططاً هجومياً", "مليشيات الحوثيين وأعوان المخلوع علي صالح", "منفذ الطوال الحدودي مع اليمن", None, ""),
        ("ASSAULT", None, 2, "أحبطت", "القوات السعودية", "مليشيات الحوثيين وأعوان المخلوع علي صالح", None, ""),
        ("ASSAULT", "destroy", 3, "تدمير", "القوات", "أكثر من 16 آلية لمليشيات الحوثي", None, ""),
        ("ASSAULT", "heavy-weapons", 5, "تصدت", "القوات", None, None, ""),
        ("ASSAULT", "aerial", 8, "تقصف", "طائرات التحالف", "قواعد الصواريخ وبعض الآليات لجيش المخلوع", None, ""),
    ],
    # Ain Al-Youm column: Saeed al-Wahhabi on Saudi tourists' manners in Europe (8 August). The "rumour" of an official
    # Austrian complaint (an unconfirmed rumour, the thirteenth and fortieth sets: not coded) and the columnist's views:
    # none.
    "snn-b93a720fad02": [],
    # Al-Eqtisadiah: "On this day" (2 August) almanac: every dated political item is historical [H], coded as the fifth
    # and twenty-third sets' almanacs (the labels "الحرب العالمية الثانية" and "ازمة السويس" are headings, not coded). s0
    # Lenin's 1921 appeal for international aid against the Volga famine (-> REQUEST assist), the League of Nations'
    # refusal (-> REJECT assist, the fifth set's World Bank refusal) and its holding his government's policy responsible
    # (-> ACCUSE allege, the thirty-eighth set's "we hold ... responsible"); s1 the 1930 monetary agreement of Rome and the
    # Vatican (-> AGREE); s2 Hitler taking office (not coded, the fifth set's head of government taking office); s3 the
    # Vichy government's 1940 death sentence on de Gaulle (-> SANCTION convict, the thirty-eighth set's death
    # sentences); s4 the escape of 600 prisoners from Treblinka in 1943 (an escape from detention: no PLOVER category,
    # not coded); s5 the Potsdam conference's 1945 confirmation of the Yalta decisions on Korea (-> AGREE; the
    # occupation zones are the decisions' content); s6 a flood; s7 the Soviet Union's 1950 return to the UN bodies (the
    # end of a boycott -> RETREAT, CAMEO 085 "ease ... boycott", mode null: "ease" is no longer a PLOVER mode) that it
    # had left in February (relative clause with its actor -> SANCTION withdraw, PLOVER "withdraw oneself ... from an
    # organization") over the Security Council's refusal to discuss Moscow's resolution (-> REJECT, mode null); s8 the
    # Suez crisis: the three powers' invitation of the canal's main users to an international conference (-> AGREE, the
    # thirty-seventh set's invitations; their affirmation of the canal's status a statement of position); s9 the US
    # decision of 1963 to stop arms shipments to South Africa (an arms embargo -> SANCTION discontinue, PLOVER
    # "international sanctions"); s10 the North Vietnamese navy's 1964 attack on the USS Maddox in the Gulf of Tonkin
    # (-> ASSAULT); s11 a death; s12 the Iraqi forces' 1990 invasion of Kuwait (a full item here, not a heading -> ASSAULT,
    # the thirty-eighth set's Kenyan entry into Somalia, the place and no recipient; the twenty-third set left the same
    # invasion as a heading and coded the annexation as COERCE seize: followed the later set's intervention rule); s13
    # Turkey's abolition of the death penalty (a domestic law: not coded); s14 the 2008 clashes of Hamas's police and the
    # Fatah members of the Hilles family (-> ASSAULT, both sides in one actor phrase), Hamas's charge against them (->
    # ACCUSE allege; "حماس" second occurrence) and the bombing of 25 July 2008 that killed five of its activists (relative
    # clause with its own target, reported nowhere else -> ASSAULT explosives, actor null: the perpetrator is only
    # alleged).
    "snn-880b796e0119": [
        ("REQUEST", "assist", 0, "يوجه نداء للحصول على مساعدة دولية", "لينين", None, None, "H"),
        ("REJECT", "assist", 0, "ترفض", "عصبة الامم", "لينين", None, "H"),
        ("ACCUSE", "allege", 0, "تحمل سياسة حكومته مسؤولية", "عصبة الامم", "حكومته", None, "H"),
        ("AGREE", None, 1, "اتفاق نقدي", "روما والفاتيكان", None, None, "H"),
        ("SANCTION", "convict", 3, "حكما بالاعدام", "حكومة فيشي", "شارل ديغول", None, "H"),
        ("AGREE", None, 5, "يؤكد القرارات", "مؤتمر بوتسدام", None, None, "H"),
        ("RETREAT", None, 7, "ينضم من جديد", "الاتحاد السوفياتي", "هيئات الامم المتحدة", None, "H"),
        ("SANCTION", "withdraw", 7, "انسحب", "الاتحاد السوفياتي", "هيئات الامم المتحدة", None, "H"),
        ("REJECT", None, 7, "رفض", "مجلس الامن الدولي", "موسكو", None, "H"),
        ("AGREE", None, 8, "تدعو", "فرنسا وبريطانيا والولايات المتحدة", "الدول الرئيسية المستخدمة للقناة", None, "H"),
        ("SANCTION", "discontinue", 9, "وقف شحن الاسلحة", "الولايات المتحدة", "جنوب افريقيا", None, "H"),
        ("ASSAULT", None, 10, "تهاجم", "البحرية الفيتنامية الشمالية", 'المدمرة الاميركية "مادوكس"', "خليج تونكين", "H"),
        ("ASSAULT", None, 12, "تغزو", "القوات العراقية", None, "الكويت", "H"),
        ("ASSAULT", None, 14, "اشتباكات", "شرطة حماس واعضاء في فتح من اسرة حلس", None, None, "H"),
        ("ACCUSE", "allege", 14, "تتهمهم", ("حماس", 2), "اعضاء في فتح من اسرة حلس", None, "H"),
        ("ASSAULT", "explosives", 14, "تفجير", None, "خمسة من ناشطيها", None, "H"),
    ],
    # Asharq Al-Awsat: a Palestinian official calls on the "Vienna sponsors" to intervene in the conflict (31 July). s0
    # Majdalani's call on the powers that shaped the Iran deal to intervene to end the occupation and sponsor the
    # negotiations (-> REQUEST, mode null: two aims, an end of the occupation and a mediation, the thirty-ninth set's
    # "null where no aim is specific") and the deal shaped by the powers with Iran in Vienna (its making described with
    # its parties and place -> AGREE, once per article, the thirtieth to fortieth sets); s1 his charge of organised state
    # terrorism by Netanyahu's government (-> ACCUSE allege); s2 the call restated (not coded again); s3 his demand that
    # these states clear the region of Israel's nuclear weapons (a new demand -> REQUEST change; "هذه الدول" anaphoric:
    # recipient null); s4-s5 the Palestinians' aim of the Security Council and the French draft (efforts and a stated
    # intention: not coded); s6 the Palestinians' and Arabs' discussion next Wednesday in Cairo at the Arab Peace
    # Initiative committee's meeting (a planned meeting -> CONSULT multilateral [F], the thirty-sixth set's planned
    # rounds); s7 Abbas's attendance and the members (details of s6: not coded again); s8 the agenda and the French
    # proposal (not coded); s9 Abbas's pledge at the closed Fatah council meeting to spring a surprise in September (a
    # warning of his own action -> THREATEN, mode null, the fortieth set's "important decisions"; the Fatah meeting
    # internal to one organisation: not coded); s10 the surprise restated and his demand that the Israelis stop
    # settlement (-> REQUEST yield, the fortieth set's demand to stop the violations); s11 his meeting yesterday with the
    # new US consul general (-> CONSULT, mode null: no visitor stated) and his charge that the recent settlement
    # activity destroys any chance of peace (criticism -> ACCUSE disapprove; the settlements' authors not named:
    # recipient null).
    "snn-bafca074fcaf": [
        ("REQUEST", None, 0, "دعا", "عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية، أحمد مجدلاني", "الدول الكبرى", None, ""),
        ("AGREE", None, 0, "بلورت الاتفاق", "الدول الكبرى", "إيران", "فيينا", ""),
        ("ACCUSE", "allege", 1, "إرهاب الدولة المنظم", "مجدلاني", "حكومة نتنياهو", None, ""),
        ("REQUEST", "change", 3, "مطالبة", "مجدلاني", None, None, ""),
        ("CONSULT", "multilateral", 6, "اجتماع", "الفلسطينيون والعرب", None, "القاهرة", "F"),
        ("THREATEN", None, 9, "تفجير مفاجأة", "عباس", None, None, ""),
        ("REQUEST", "yield", 10, "شدد", "عباس", "الإسرائيليين", None, ""),
        ("CONSULT", None, 11, "لقائه", "عباس", "القنصل الأميركي العام الجديد في القدس، دونالد بلوم", None, ""),
        ("ACCUSE", "disapprove", 11, "تنسف كل احتمال لإحياء عملية السلام", "عباس", None, None, ""),
    ],
    # Asharq Al-Awsat: the new US envoy to Syria affirms Washington's commitment to a transitional body without Assad (7
    # August; "yesterday" = 6 August). s0 Ratney's meeting with a delegation of the Coalition and the interim government
    # at the Coalition's headquarters in Istanbul (-> CONSULT visit, visitor as actor and host as recipient, the city as
    # place, the thirty-fourth set's host-and-town rule); s1 his appointment (inside one government: not coded); s2 the
    # Coalition's charge of the "barbaric shelling" of al-Zabadani by the regime, Hezbollah and Jibril's militia (->
    # ACCUSE allege; the cumulative barrels and missiles "حتى اللحظة" a series: not coded as an ASSAULT, the
    # thirty-seventh and thirty-ninth sets' series); s3 de Mistura's briefing to the Security Council (relative clause
    # with its own actor and recipient, reported nowhere else -> CONSULT multilateral, the thirty-fourth set's briefing
    # of the Council), the Doha meetings only named (not coded) and the last Brussels meeting of the Coalition and the
    # Coordination Body (named with its parties and place -> CONSULT, mode null; "الأخير": not historical); s4 the
    # interim government's leaders at part of the meeting and its needs (s0's meeting with its details: not coded
    # again); s5 the meeting "introductory" (a view); s6 the envoy's renewed statement of America's support for the
    # Syrians and the armed opposition (-> SUPPORT, two recipients named apart, the fortieth set's condolences and
    # support; "وجدّد": the speaker implied, America the supporter named); s7 Washington's commitment to a transitional
    # body without Assad and the lack of international consensus (a standing position and a view: not coded, the
    # thirty-seventh and thirty-ninth sets' standing demands); s8 Ratney's encouragement of the dialogue between the
    # Coalition and the other opposition groups (a call for dialogue -> REQUEST meet, the thirty-sixth set) and his
    # welcome of the Brussels agreement (-> SUPPORT), the agreement reached in Brussels with the Coordination Body
    # (relative clause with its place and party, reported nowhere else -> AGREE; the Coalition implied: actor null); s9
    # the Coalition's answer on unifying the opposition (a view on a standing demand: not coded); s10 de Mistura's
    # working groups (a plan of one organisation reported second-hand: not coded, the fortieth set's de Mistura
    # proposal); s11 the meeting being arranged with Gen. Nagata (-> CONSULT [F]) and Nusra's kidnapping of 13 of the
    # trained fighters at the end of last week (relative clause with its own actor and recipient -> ASSAULT abduct, the
    # second set's record of the same kidnapping; the training programme a standing programme, not coded, the
    # thirty-third and thirty-eighth sets).
    "snn-4f6f01416b11": [
        ("CONSULT", "visit", 0, "لقاء", "المبعوث الأميركي الجديد إلى سوريا مايكل راتني", "وفد من الائتلاف السوري المعارض والحكومة المؤقتة", "مدينة إسطنبول التركية", ""),
        ("ACCUSE", "allege", 2, "القصف الهمجي", "الائتلاف", "قوات نظام الأسد وميليشيا حزب الله وأحمد جبريل", None, ""),
        ("CONSULT", "multilateral", 3, "الإحاطة", "المبعوث الدولي إلى سوريا ستيفان دي ميستورا", "مجلس الأمن", None, ""),
        ("CONSULT", None, 3, "الاجتماع الأخير", "الائتلاف وهيئة التنسيق الوطنية", None, "بروكسل", ""),
        ("SUPPORT", None, 6, "دعم", "أميركا", "للسوريين", None, ""),
        ("SUPPORT", None, 6, "دعم", "أميركا", "للمعارضة المسلحة", None, ""),
        ("REQUEST", "meet", 8, "شجّع", "راتني", "الائتلاف وباقي مكونات المعارضة", None, ""),
        ("SUPPORT", None, 8, "ترحيبه", "راتني", "الاتفاق", None, ""),
        ("AGREE", None, 8, "الاتفاق الذي تم في بروكسل", None, "هيئة التنسيق", "بروكسل", ""),
        ("CONSULT", None, 11, "لقاء", "الائتلاف السوري", "المسؤول العسكري الأميركي اللواء مايكل ناغاتا", None, "F"),
        ("ASSAULT", "abduct", 11, "اختطفت", "جبهة النصرة", "13 عنصرا منها", None, ""),
    ],
    # Al-Riyadh (AFP): the US defence secretary meets Netanyahu hoping to convince him of the Iran deal (22 July;
    # "yesterday" = 21 July, "Monday" = 20 July). s0 Carter's meeting with Netanyahu (during his visit to Israel ->
    # CONSULT visit, visitor as actor, host as recipient) and the nuclear deal concluded between Iran and the powers
    # (its conclusion described with its parties -> AGREE, once per article, the thirtieth to fortieth sets); s1
    # Netanyahu's urging of the members of Congress to reject the deal (-> REQUEST change, a call to change a policy;
    # recent: not historical; the deal restated); s2 the handshake (a detail); s3 Carter's visit to the northern border
    # with Lebanon (a new place -> CONSULT visit with the place and no recipient, the fortieth set's visit to a country;
    # Israel's standing charge against Hezbollah not coded); s4 some parties' call to adapt (vague actors, an anchor:
    # not coded) and Hotovely's continued opposition to the deal (a standing refusal, the thirty-seventh to fortieth
    # sets: not coded); s5 Congress's sixty days (procedure); s6 Hotovely's quotation (the standing campaign); s7 Carter's
    # reassurance on Monday that Israel "remains the cornerstone" of US strategy (backing -> SUPPORT, the thirty-eighth
    # set's "we are allied"; "اسرائيل" first occurrence); s8 Netanyahu's view of the deal and the military option
    # "remaining on the table" (a habitual view "يعتبر": not coded); s9 Carter's statement on the plane that the deal does
    # not stop the Pentagon keeping the military option to prevent Iran acquiring the bomb (a veiled threat ->
    # THREATEN violence, the thirty-eighth set's veiled threat of air strikes; "ايران" second occurrence); s10 his
    # announcement on Monday of US readiness to strengthen military cooperation with Israel (a readiness -> AGREE, the
    # fortieth set's Moscow readiness) during his meeting with his counterpart Yaalon (a programme item with a new
    # participant -> its own CONSULT visit, the thirty-first, thirty-third and thirty-fourth sets); s11 the annual
    # military aid (a standing programme); s12-s14 a rumour, fears and a quotation (not coded).
    "snn-06dc91ba2693": [
        ("CONSULT", "visit", 0, "التقى", "وزير الدفاع الأميركي اشتون كارتر", "رئيس الوزراء الاسرائيلي بنيامين نتنياهو", None, ""),
        ("AGREE", None, 0, "المبرم", "ايران والقوى الكبرى", None, None, ""),
        ("REQUEST", "change", 1, "حث", "نتنياهو", "اعضاء الكونغرس الاميركي", None, ""),
        ("CONSULT", "visit", 3, "زيارة", "كارتر", None, "الحدود الشمالية مع لبنان", ""),
        ("SUPPORT", None, 7, "تبقى حجر الزاوية", "كارتر", ("اسرائيل", 1), None, ""),
        ("THREATEN", "violence", 9, "إبقاء الخيار العسكري مطروحا", "كارتر", ("ايران", 2), None, ""),
        ("AGREE", None, 10, "مستعدة لتعزيز تعاونها العسكري", "الولايات المتحدة", ("اسرائيل", 1), None, ""),
        ("CONSULT", "visit", 10, "لقاء", "كارتر", "نظيره الاسرائيلي موشيه يعالون", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
