"""Build events-blind43.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-third events blind set; same layout and guidelines as the first
forty-two sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind42.jsonl and their blind/ ..
blind42/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind43.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind43.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-second sets' rule: here "زج دفعة جديدة" from "بزج", "توجيه اللوم" from "بتوجيه", "تهديده" from "عن تهديده",
# "قصف جوي" from "بقصف جوي", "تدميرها" from "وتدميرها", "أرسلها" from "التي أرسلها", "تطمين" after "إلى");
# in actors, recipients and places the fused ب/ل/ك is left out ("والدته" from "لوالدته", "الرئيس عبدالفتاح السيسي" from
# "بفخامة الرئيس ...", "مصر" from "لمصر", "دول مجلس التعاون الخليجي" from "بدول", "قيادة مهمة الأمم المتحدة ..." from
# "لقيادة"); where the article's alif is elided the fused ل stays ("للمدير", the first, twenty-fifth and twenty-ninth to
# forty-second sets' rule); honorifics are left out as the sets' "معالي" and "صاحب السمو الملكي" ("ولي ولي العهد" without
# "سمو", "الرئيس عبدالفتاح السيسي" without "فخامة", the twenty-ninth set); spellings as written ("المصدر نفسها" with its
# gender slip, "منطقه مكيشيفة" with its ta marbuta written as ha, "عين الدفلي" with its final ya, "شنواً" with its
# stray tanwin, 'تلة "جورة الماء"' and 'قرى "بيت فارس"، و"بين حلبية"' with their straight quotes, "تنظيم / داعش /" with
# its slashes, 'تنظيم ” داعش ”' and 'تنظيم “داعش”' with their curly quotes, "«مجموعة إرهابية»" with its guillemets as
# quoted in s4 of the Algerian report, "جماعة (أجناد مصر)" with its brackets, "الامريكية" without its hamza), copied
# exactly; a string repeated in its sentence is picked by its occurrence (("إيران", 1) before "الإيراني", ("ضباط
# النظام", 2) after "وضباط النظام", ("سيطر", 1) before "سيطرتها", ("الهجوم", 1), ("قوات الأسد", 1) and 2, ("الأعرجي",
# 2), ("الادعاء العام", 1) and 2, ("المالكي", 2) after "والمالكي", ("اليابان", 1), ("مصر", 1), ("زيارة", 1), ("قتل", 1)
# before "القتل", ("المقاومة", 2) after "المقاومة الشعبية", ("المجموعة الإرهابية", 2), ("عمليات", 2) after "قيادة
# عمليات", ("العراق", 1) before "العراقية", ("تدمير", 1)). Speakers and actors named only by a pronoun, an implied
# subject or a passive are null (the eighteenth, twenty-seventh to forty-second sets); a subject named earlier in the
# same sentence is kept for its further clauses.
GOLD = {
    # Ain Al-Youm: four killed and three injured in a collision on the Bisha road in Khaybar al-Janub (31 July). A road
    # accident and the Red Crescent's ambulance teams (rescue services at an accident, the thirty-second set's Tabuk
    # fire: not AID): none.
    "snn-99c5222a5726": [],
    # Al-Watan column: "It failed this time!" (25 July), on the Najran nurse's video. Events stated as facts are coded,
    # the columnist's views are not (the fourteenth to forty-second sets' columns). s0 the video of the nurse's and her
    # mother's argument with the Najran health director "which ended with the mother's expulsion" (an expulsion from an
    # office: no PLOVER category, not coded; the officials who "stepped down" after other clips a general series); s1
    # the health ministry's investigators and analysts working on the clip for some three weeks (-> ACCUSE investigate,
    # PLOVER "any investigation, including commissions"; the sixth set's ministry inquiry into its staff) with the result
    # of a blame to the director for his conduct (-> ACCUSE disapprove, the twenty-ninth set's "وجهت اللوم"; the named
    # subject of the sentence kept as actor) and the sources' report that the public prosecution will charge the family
    # with an electronic crime for filming and posting the clip (-> ACCUSE allege [F], the prosecutor's coming charge;
    # "الأسرة" from "-أي الأسرة-"); the committee's deferral to the competent bodies (a procedure: not coded); s2-s6 the
    # writer's questions and views (the director's manner, the reactions, the king's open door).
    "snn-0de0f5e98cdf": [
        ("ACCUSE", "investigate", 1, "اعتكف عليه", "محققو ومحللو وزارة الصحة", None, None, ""),
        ("ACCUSE", "disapprove", 1, "توجيه اللوم", "محققو ومحللو وزارة الصحة", "للمدير", None, ""),
        ("ACCUSE", "allege", 1, "تهمة الجريمة الإلكترونية", "الادعاء العام", "الأسرة", None, "F"),
    ],
    # Al-Yaum: 23 artists in the exhibition of the al-Muftaha village artists in Abha (7 August). A cultural exhibition
    # opened within a festival and an invitation to visit it: none.
    "snn-c3c54b915a84": [],
    # Al-Madina: the "Made in Asir" craft exhibition opens today (22 July). An exhibition's opening on the emir's behalf
    # and its lectures and workshops: none.
    "snn-b176db923763": [],
    # Al-Yaum column: "Thomas Friedman's prophecy for the Middle East" (24 July). s0 the columnist's view of Friedman's
    # interviews (media interviews with the president are not meetings with a counterpart: not coded, the forty-second
    # set); s1 his famous interview that preceded the summit with the GCC states (inside "التي سبقت", with its
    # participants, reported nowhere else -> CONSULT multilateral [H], the Camp David summit of May, more than five weeks
    # before; the sets' summits attended; the president is only the interview's speaker: actor null) and followed the
    # 5+1 states' signing of the nuclear understanding with Iran "several months ago" (inside "اثر", with its parties ->
    # AGREE [H]: the framework agreement, not the July agreement); s2 "after the signing of the agreement in the middle of
    # this month" (a bare anchor without its parties: not coded, the forty-second set's Homs agreements; its parties
    # named only for the earlier framework of s1) and Obama's "preliminary messages" through the new interview (a media
    # interview; the envoys' coming words a vague plan without named envoys or places: not coded); s3-s10 Friedman's
    # ideas and the writer's views (the Arab spring's "hundreds killed daily" a general statement).
    "snn-57a012636842": [
        ("CONSULT", "multilateral", 1, "اجتماع القمة", None, "دول مجلس التعاون الخليجي", None, "H"),
        ("AGREE", None, 1, "توقيع", "دول الخمسة زائد واحد", "إيران", None, "H"),
    ],
    # Al-Jazirah: the Umluj governor inspects the readiness of the new hospital (1 August). The governor's tour and his
    # meeting with the water, desalination and health officials on the hospital's needs (a tour and a meeting inside
    # one government sector, the twenty-ninth, thirty-second to forty-second sets): none.
    "snn-bfec4be0bf29": [],
    # Ain Al-Youm (Reuters): an explosion in Cairo wounds two police officers and a conscript (10 August). s0 the
    # dateline; s1 the interior ministry: two officers and a conscript wounded in an explosion in front of a court in the
    # north-east of Cairo (-> ASSAULT explosives, "انفجار" the seventh set's bare blast; unclaimed in the sentence: actor
    # null); s2 the officers' ranks and their post at the court's square in Heliopolis (names and ranks of s1's blast and
    # place: not coded again); s3-s4 the device "primitive" with the closing quotation mark (a detail of the same method:
    # not coded again); s5 the health ministry's toll (a figure); s6 the bomb experts' defusing of another primitive
    # device found in a bag while combing the square (found bomb made safe -> COERCE seize, the twelfth, thirty-ninth and
    # forty-second sets; the second device planted at the scene -> ASSAULT explosives [F], the sixteenth and thirty-ninth
    # sets' device found before it exploded; "محيط الميدان" anaphoric: location null); s7 Ajnad Misr's claim through its
    # al-Kinana media foundation (a claim of responsibility -> ASSAULT with the claimant as actor, the twelfth,
    # twenty-fifth and fortieth sets); s8 its tweet: its members targeted "a security position" near the Heliopolis court
    # with an explosive device (the claim's new target and place -> ASSAULT explosives, the fortieth set's Taliban claim
    # with its target); s9-s10 the claimed critical injuries and the closing mark (a figure of the claim); s11 the group's
    # earlier claims of small attacks in Cairo and Giza (a general series: not coded); s12 two police officers, a conscript
    # and a gunman killed on Sunday in an attack in Arish and a clash in Suez (two incidents at two places -> two ASSAULT
    # records, mode null, the toll with the first; the day before: not historical); s13 the attack that targeted an
    # armoured vehicle (the attack's new target -> ASSAULT, mode null; the four wounded a figure); s14 the tags line.
    "snn-4a22f3bc5f9d": [
        ("ASSAULT", "explosives", 1, "انفجار", None, "ضابطي شرطة ومجندا", "محكمة في شمال شرق القاهرة", ""),
        ("COERCE", "seize", 6, "أبطلوا مفعول", "خبراء المفرقعات", "عبوة أخرى بدائية الصنع", None, ""),
        ("ASSAULT", "explosives", 6, "عثر عليها في حقيبة", None, None, None, "F"),
        ("ASSAULT", None, 7, "التفجير", "جماعة (أجناد مصر)", None, None, ""),
        ("ASSAULT", "explosives", 8, "استهدفت", "عناصرها", "تمركزا أمنيا", "محيط محكمة مصر الجديدة", ""),
        ("ASSAULT", None, 12, "هجوم", None, "ضابطا شرطة ومجند ومسلح", "مدينة العريش عاصمة محافظة شمال سيناء", ""),
        ("ASSAULT", None, 12, "اشتباك", None, None, "مدينة السويس", ""),
        ("ASSAULT", None, 13, "استهدف", None, "مدرعة", None, ""),
    ],
    # Al-Jazirah (Sputnik): three Algerian security men killed in a second armed attack (22 July). s0 a security source:
    # a terrorist group's killing of three gendarmes with bullets in Ain Defla (-> ASSAULT firearms, the method named; a
    # patrol's men, not a targeted leader: not "targeted"); s1 "following the security campaign that eliminated dozens of
    # terrorists" (an anchor reported as a main clause in s5's combing and pursuit: not coded here); s2 the source: the
    # group attacked a car carrying four gendarmes (the attack's new target -> ASSAULT, mode null, the method not in the
    # sentence); s3 the source: the group probably one of those al-Qaeda sent to Ain Defla (an attribution of the attack
    # -> ACCUSE allege, the thirty-ninth set's attributions; "المصدر نفسها" as written) to break the army's siege of a
    # group near the Medea-Ain Defla border (inside the relative clause, its own actor and place, a current siege ->
    # COERCE restrict, the thirty-fifth and forty-second sets' sieges; the group's aim not coded); s4 the defence
    # ministry's announcement of Sunday of nine soldiers killed by a terrorist group's fire on Friday in Ain Defla (->
    # ASSAULT firearms; five days before: not historical; the twenty-fifth set's report of the same attack coded so);
    # s5 the statement: the detachment fired on during a search in Jabal al-Louh on 17 July (new recipient and place ->
    # ASSAULT firearms, the twenty-fifth set's s1; the search itself the attack's setting: not coded apart), the area
    # cordoned off (-> COERCE restrict), a wide combing and pursuit of the perpetrators (a search for suspects -> COERCE
    # arrest [F], the thirty-ninth, forty-first and forty-second sets' pursuits, where the twenty-fifth set coded the
    # same words COERCE seize: followed the latest) and their hideouts found and destroyed (-> ASSAULT destroy, PLOVER
    # residual mode; passive: actor null); s6 Algeria's ban on its soldiers and police travelling to Tunisia on holiday
    # (a decision of one government on its own staff: not coded).
    "snn-5db241be67ac": [
        ("ASSAULT", "firearms", 0, "اغتالت", "مجموعة إرهابية", "ثلاثة من أفراد الدرك الوطني الجزائري", "منطقة عين الدفلي غربي الجزائر", ""),
        ("ASSAULT", None, 2, "هاجمت", "مجموعة إرهابية مجهولة العدد", "سيارة كان على متنها 4 من عناصر الدرك", None, ""),
        ("ACCUSE", "allege", 3, "أرسلها", "المصدر نفسها", "تنظيم «القاعدة»", None, ""),
        ("COERCE", "restrict", 3, "يحاصرها", "الجيش", ("المجموعة الإرهابية", 2), "الحدود بين محافظتي المدية وعين الدفلي", ""),
        ("ASSAULT", "firearms", 4, "إطلاق نار", "«مجموعة إرهابية»", "9 جنود", "ولاية عين الدفلي", ""),
        ("ASSAULT", "firearms", 5, "لإطلاق نار", "مجموعة إرهابية", "مفرزة للجيش الوطني الشعبي", "منطقة جبل اللوح بسوق العطاف بولاية عين الدفلي", ""),
        ("COERCE", "restrict", 5, "تطويق المنطقة", None, None, None, ""),
        ("COERCE", "arrest", 5, "عملية تمشيط واسعة ومطاردة", None, "هؤلاء المجرمين", None, "F"),
        ("ASSAULT", "destroy", 5, "تدميرها", None, "مخابئهم", None, ""),
    ],
    # Al-Watan: Iran pushes a new batch of the Revolutionary Guard into Syria (26 July). s0 informed sources: Iran's
    # deployment of a new batch of IRGC commanders and members in Syria since the start of the month, with the
    # reinforcement of the al-Ghab fronts (-> MOBILIZE troops, one record for the push and the reinforcement, PLOVER
    # "mobilize armed personnel"; not in the context of a described assault); s1 IRGC officers leading the current
    # al-Zabadani battles (an ongoing offensive with its actor -> ASSAULT, mode null, the forty-first and forty-second
    # sets' current offensives) after the failure of the regime officers and Hezbollah commanders in their attempts to
    # storm the town (inside "إثر", its own actor -> ASSAULT, PLOVER "attempted"; recent: no flag; "المدينة" anaphoric);
    # the officers "recently pushed in" restated (s0: not coded again); s2 the advisory ties and Iran's reliance on the
    # militias (standing practices, views); s3 the source: the mistrust reaching charges of treason after the failed
    # attack on Busra al-Harir (inside "بعد", its own place -> ASSAULT [H]; undated background, the sixteenth to
    # forty-second sets' rule), the IRGC officers' charge that the regime officers fled (-> ACCUSE allege [H]; the flight
    # is the charge's content, not coded apart) and the killing of the highest-ranking IRGC commander Hadi Kajbaf and his
    # companion (-> ASSAULT [H], the recipients of another side's fire than the attack's: a record of its own; actor not
    # named); the "defeat" at Busra al-Sham and Kafr Nasij (a bare anchor without an actor: not coded); s4 the source's
    # view of Iran's method; s5 the rebels' capture of the Jourat al-Maa hill in Jabal al-Turkman (-> COERCE seize;
    # Sheikh Youssef's restatement not coded again) and their targeting of the Assad forces around it with rockets and
    # light weapons (-> ASSAULT heavy-weapons, the first method named, as the forty-first and forty-second sets' mixed
    # arms; "أنهم" refers to the factions named in the sentence, kept); s6 the Assad forces' attempted advance two days
    # before towards Beit Fares and Bayn Halabiya (-> ASSAULT, PLOVER "attempted") and its repelling with rockets (a
    # repelled attack -> its own ASSAULT heavy-weapons record, the thirty-eighth, fortieth and forty-first sets; "we":
    # actor null).
    "snn-82fe87978a19": [
        ("MOBILIZE", "troops", 0, "زج دفعة جديدة", ("إيران", 1), None, "سورية", ""),
        ("ASSAULT", None, 1, "يقود معارك", "ضباط من الحرس الثوري الإيراني", None, "الزبداني", ""),
        ("ASSAULT", None, 1, "عمليات اقتحام المدينة", "ضباط النظام وقادة حزب الله", None, None, ""),
        ("ASSAULT", None, 3, ("الهجوم", 1), None, None, "مدينة بصرى الحرير", "H"),
        ("ACCUSE", "allege", 3, "اتهم", "ضباط الحرس الثوري الإيراني", ("ضباط النظام", 2), None, "H"),
        ("ASSAULT", None, 3, "مقتل", None, 'أعلى رتبة قيادية في الحرس الثوري "هادي كجباف"، ومرافقه "حسين بادبا"', None, "H"),
        ("COERCE", "seize", 5, ("سيطر", 1), "الثوار", None, 'تلة "جورة الماء" الواقعة في جبل التركمان بريف محافظة اللاذقية', ""),
        ("ASSAULT", "heavy-weapons", 5, "استهدفوا", "فصائل المعارضة", "قوات الأسد المنتشرة في محيط التلة", None, ""),
        ("ASSAULT", None, 6, "حاولت قبل يومين التقدم", ("قوات الأسد", 1), None, 'قرى "بيت فارس"، و"بين حلبية"', ""),
        ("ASSAULT", "heavy-weapons", 6, "استهدافهم بالصواريخ", None, ("قوات الأسد", 2), None, ""),
    ],
    # Sabq (DPA): al-Muaibed: the lifting of the penalties on the al-Hilal and al-Nassr players is untrue (3 August).
    # The football federation spokesman's denial that it lifted the disciplinary committee's penalties before the Super
    # Cup and the solution under study (sport administration and standing penalties, the thirty-fourth set's coding of
    # al-Muaibed's next statement on the same matter: none; the nineteenth set's penalties of the cup final [H] are not
    # restated here as acts).
    "snn-33e60fcaca75": [],
    # Okaz: al-Abadi and Iran get rid of Nouri al-Maliki (10 August). s0 al-Abadi's decisions abolishing the posts of
    # the vice-presidents and deputy prime ministers, the allowances and the quotas, with his call to open the corruption
    # files (a reorganisation and orders inside one government, the seventeenth and eighteenth sets' dismissals and
    # appointments: not coded); s1 the army and security forces' closing of the Green Zone's perimeter (-> COERCE
    # restrict, the sets' closures), the judiciary's instruction to the public prosecution to investigate deputy prime
    # minister Baha al-Araji at once on corruption charges (-> ACCUSE investigate, the prosecution as actor) and al-Araji's
    # statement that he himself had asked the prosecution to investigate the charges against him (his own request to an
    # authority -> REQUEST, mode null: no PLOVER mode fits an inquiry asked for); s2 the senior references: the decisions
    # coordinated with and backed by Tehran (-> SUPPORT, political backing of the prime minister) after the Iranian
    # mediation failed (reported with its meetings in s4: not coded here) and after the popular protests spread across
    # the cities (inside "بعد أن", reported nowhere else as a clause of its own -> PROTEST demo; "مناطق واسعة من المدن
    # العراقية" vague: location null); the "coup" a characterisation; s3 the decisions of last Friday after an Iranian
    # green light (s2's backing restated: not coded again) and the failure of the high-level Iranian delegation "now in
    # Baghdad" to mediate (its presence in Baghdad, reported nowhere else -> CONSULT visit with the city, no recipient,
    # the thirty-ninth set's visits to a territory; the mediation's meetings coded in s4); s4 the delegation's three long
    # meetings with al-Abadi and al-Maliki (mediated talks -> CONSULT, mode null, the fortieth set), its call on al-Maliki
    # to stop the protests his party drives (a demand to stop an activity -> REQUEST yield, the fortieth and forty-first
    # sets) and his firm refusal (-> REJECT yield); Tehran's concern conveyed (a view of the danger of the protests: not
    # an accusation of a party) and the delegation's direct channel with Tehran (inside one government: not coded); s5
    # the defence minister Khaled al-Obeidi's reply to al-Maliki that "the corrupt and thieves of public money" crept into
    # the top posts (a charge -> ACCUSE allege, al-Maliki named in the sentence as the one answered).
    "snn-7fddfa37e5cd": [
        ("COERCE", "restrict", 1, "أغلقت", "قوى الجيش والأمن", None, "محيط المنطقة الخضراء", ""),
        ("ACCUSE", "investigate", 1, "التحقيق الفوري", ("الادعاء العام", 1), "نائب رئيس الوزراء بهاء الأعرجي", None, ""),
        ("REQUEST", None, 1, "تقدم بطلب", ("الأعرجي", 2), ("الادعاء العام", 2), None, ""),
        ("SUPPORT", None, 2, "دعمها", "طهران", "رئيس الوزراء", None, ""),
        ("PROTEST", "demo", 2, "امتدت الاحتجاجات الشعبية", None, None, None, ""),
        ("CONSULT", "visit", 3, "المتواجد حاليا", "الوفد الإيراني رفيع المستوى", None, "بغداد", ""),
        ("CONSULT", None, 4, "3 اجتماعات مطولة", "الوفد الإيراني", "العبادي والمالكي", None, ""),
        ("REQUEST", "yield", 4, "دعوا", "المسؤولين الإيرانيين", ("المالكي", 2), None, ""),
        ("REJECT", "yield", 4, "رفض ذلك بشدة", None, None, None, ""),
        ("ACCUSE", "allege", 5, "تسللوا للمناصب العليا", "وزير الدفاع خالد العبيدي", "المالكي", None, ""),
    ],
    # Al-Jazirah column: "The alliance of Saudi Arabia, Egypt and the UAE" (6 August). s0 Prince Mohammed bin Salman's
    # visit to Egypt and his meeting with President al-Sisi (a real, recent event with its parties -> CONSULT visit with
    # the host as recipient and the country as place, the twenty-ninth set's column on the same visit and the
    # forty-first set's host rule; 30 July, a week before: not historical); the alliance and the unity of views it
    # "produced" (the columnist's reading of the outcome, not a reported act: not coded, the twenty-ninth set); s1 a
    # view; s2 the critics in Egypt (views) and the Brotherhood "whose first agreements it concluded with Iran's
    # mullahs" (a relative clause stating a past act with its parties -> AGREE [H], undated, the thirtieth set's past
    # claims in a column); s3-s7 views; s8-s14 the list of the writer's other columns.
    "snn-82548cd040e8": [
        ("CONSULT", "visit", 0, ("زيارة", 1), "ولي ولي العهد", "الرئيس عبدالفتاح السيسي", ("مصر", 1), ""),
        ("AGREE", None, 2, "اتفاقياته عقدها", "الحزب", "ملالي إيران", None, "H"),
    ],
    # Asharq Al-Awsat: a Turkish-American division of roles: the border for Ankara and Raqqa for Washington (26 July).
    # s0 Turkish sources on a new course of the raids after the US-Turkish agreement (inside "بعد", with its parties and
    # its content, reported nowhere else -> AGREE; "الأميركي" the adjective as the only naming, the thirty-fourth set's
    # rule; the Incirlik agreement of 22-23 July: not historical; the division of the raids is its content); s1 the
    # Turkish jets' continued bombing of ISIS targets in Syria and of the PKK in northern Iraq (two targets and places ->
    # two ASSAULT aerial records with the one trigger; the fifteenth set's report of the same raids of the day before is
    # background here, the article's own main story reported nowhere earlier: kept, as the thirty-ninth to forty-second
    # sets); s2 Davutoglu's reassurance to the Kurdistan region that the war is not aimed at it (an assurance to a named
    # party -> AGREE, the sets' promises) and his vow that the operation continues "until the threat ... is gone" (->
    # THREATEN violence, the fifteenth set's "سوف تستمر" of the same prime minister and the fortieth set's vows); s3 the
    # PKK's hint at halting the peace process with the Turkish government (-> THREATEN relations, PLOVER "threaten to
    # suspend ... ongoing talks"); s4-s6 lone "." lines, s7 "المزيد".
    "snn-d41bd5f618d7": [
        ("AGREE", None, 0, "الاتفاق", "الأميركي", "تركيا", None, ""),
        ("ASSAULT", "aerial", 1, "قصف", "المقاتلات التركية", "أهداف لـ«داعش»", "سوريا", ""),
        ("ASSAULT", "aerial", 1, "قصف", "المقاتلات التركية", "حزب «العمال الكردستاني» المحظور", "شمال العراق", ""),
        ("AGREE", None, 2, "تطمين", "رئيس الوزراء التركي، أحمد داود أوغلو", "إقليم كردستان العراق", None, ""),
        ("THREATEN", "violence", 2, "العملية مستمرة", "رئيس الوزراء التركي، أحمد داود أوغلو", None, None, ""),
        ("THREATEN", "relations", 3, "لوح", "«العمال الكردستاني»", "الحكومة التركية", None, ""),
    ],
    # Asharq Al-Awsat (Reuters): China: Japan's publication of pictures of Chinese activities incites confrontation (24
    # July). s0 the Chinese foreign ministry's statement that Japan's publishing of pictures of Chinese construction in the
    # East China Sea will only incite confrontation (criticism -> ACCUSE disapprove; the publication is the object of the
    # criticism, not coded apart, the thirty-eighth and thirty-ninth sets' objects); s1 Japan's defence review urging
    # Beijing to stop building exploration platforms in the disputed waters (a demand to stop an activity -> REQUEST
    # yield, the fortieth and forty-first sets) and its concern over the Chinese drilling (-> ACCUSE disapprove, the
    # thirty-ninth set's concern); s2 China's right to develop its resources (a standing position: not coded); s3 the
    # statement's quotation restating s0 (not coded again); s4 the Japanese government's purchase of the disputed islands
    # in 2012 that angered Beijing (no PLOVER category for the purchase; the anger an emotion, no act described: not
    # coded); s5 Beijing's reduced activities under an agreement with Japan on joint development of the seabed resources
    # (inside "بمقتضى", with its parties, reported nowhere else -> AGREE [H], undated; the reduced activities not an act
    # of a PLOVER category); s6 the ministry: its position on the agreement unchanged and its readiness to keep up
    # communications with Japan (a readiness -> AGREE, the thirty-eighth, fortieth and forty-first sets; the condition put
    # to Japan a necessity statement: not coded); s7 Tokyo's fears (views); s8 the Chinese ambassador Cheng Yonghua:
    # Prime Minister Abe must clearly express remorse for his country's wartime conduct (a demand -> REQUEST, mode null:
    # an apology is a concession, no PLOVER REQUEST mode); s9 the tension from China's memories of Japan's wartime
    # aggression (a past act with its actor, reported nowhere else -> ASSAULT [H], mode null) and the improvement after
    # the meetings of Abe and Xi last year (-> CONSULT [H], more than five weeks); s10 Japanese government sources: another
    # summit of the two leaders may be held this year (a possible meeting -> CONSULT [F]); s11 China awaiting Abe's
    # anniversary statement (a coming statement: not coded) amid fears that it will soften the Japanese government's
    # earlier apologies (inside the relative clause, with its actor -> CONCEDE [H], PLOVER "expressions of regret",
    # undated); s12 the ambassador's warning to Japan against retreating from earlier statements (the text's own "حذر", a
    # warning -> THREATEN, mode null, the forty-second set's Kerry warnings); s13 his quotation (s12 restated).
    "snn-0303d097ada2": [
        ("ACCUSE", "disapprove", 0, "التحريض على مواجهة", "وزارة الخارجية الصينية", "اليابان", None, ""),
        ("REQUEST", "yield", 1, "حثت", ("اليابان", 1), "بكين", None, ""),
        ("ACCUSE", "disapprove", 1, "عبرت عن القلق", ("اليابان", 1), "بكين", None, ""),
        ("AGREE", None, 5, "اتفاقية", "بكين", "اليابان", None, "H"),
        ("AGREE", None, 6, "مستعدة", "وزارة الخارجية الصينية", ("اليابان", 1), None, ""),
        ("REQUEST", None, 8, "التعبير بوضوح عن الندم", "السفير الصيني في اليابان تشنغ يونغ هوا", "رئيس الوزراء الياباني شينزو آبي", None, ""),
        ("ASSAULT", None, 9, "عدوان", "اليابان", None, None, "H"),
        ("CONSULT", None, 9, "اجتماعات", "آبي والرئيس الصيني شي جين بينغ", None, None, "H"),
        ("CONSULT", None, 10, "قمة أخرى", "الزعيمين", None, None, "F"),
        ("CONCEDE", None, 11, "اعتذارات سابقة", "الحكومة اليابانية", None, None, "H"),
        ("THREATEN", None, 12, "حذر", "السفير", "اليابان", None, ""),
    ],
    # Okaz: a tweet of "Junun al-Istishhad" swearing to kill his mother (21 July). s0 the tweets of the account of the
    # wanted ISIS member Yusuf al-Ghamdi revealing his threat to kill his mother if she informed on the wanted Nawaf
    # al-Anzi (a death threat posted on social media -> THREATEN violence, the thirty-seventh and forty-second sets; the
    # tweet undated, revealed now: no flag, as the forty-second set's column coded the same pledge), and inside the
    # relative clause his killing on 17 Ramadan (4 July, 17 days before: not historical; passive: actor null -> ASSAULT,
    # mode null) after the security forces' raid on him in Taif (-> COERCE seize, the sets' raids); s1 the interior
    # ministry's disclosure of pseudonymous accounts promoting ISIS thought, this one among them (an investigative finding
    # -> ACCUSE investigate, the thirty-ninth set's information department's letter on a Facebook account; linked to the
    # recent case: no flag); s2 the tweet found and quoted (s0 restated: not coded again).
    "snn-bd93e0f3475a": [
        ("THREATEN", "violence", 0, "تهديده", "المطلوب الأمني المنتمي إلى تنظيم «داعش» الإرهابي يوسف الغامدي", "والدته", None, ""),
        ("ASSAULT", None, 0, ("قتل", 1), None, "المطلوب الأمني المنتمي إلى تنظيم «داعش» الإرهابي يوسف الغامدي", "الطائف", ""),
        ("COERCE", "seize", 0, "مداهمته", "قوات الأمن", "المطلوب الأمني المنتمي إلى تنظيم «داعش» الإرهابي يوسف الغامدي", "الطائف", ""),
        ("ACCUSE", "investigate", 1, "كشفت", "وزارة الداخلية", "عدد من المعرفين تحت أسماء مستعارة", None, ""),
    ],
    # Al-Weeam: ISIS threatens Haftar and the members of the Libyan House of Representatives with "slaughter and killing"
    # (3 August). s0 the lead: ISIS in Libya's threat (-> THREATEN violence); s1 the video in which one of its fighters
    # threatens them (a new actor: the leads-beside-details rule -> THREATEN violence); s2 the fighter named, Abu Yahya
    # al-Tunisi, and his words (names and a quotation of s1's threat: not coded again); s3 his call on people to join ISIS
    # and train for fighting (-> REQUEST, mode null for two mixed aims, the forty-first set); s4 ISIS's habit of video
    # threats (a general series: not coded) "especially after its defeat in Derna and Benghazi at the hands of the Libyan
    # army" (inside "بعد", its own actor and places, reported nowhere else -> ASSAULT [H], undated background); s5 the
    # source; s6 Sirte residents: ISIS in a state of military alert with its armed vehicles moving along the coastal road
    # between Harawa and al-Washka (-> MOBILIZE militia, PLOVER "increase readiness of any non-state entity with
    # significant military capability"; the vehicles the alert's sign, one record); s7 the link line (not coded, the
    # twentieth to forty-second sets).
    "snn-eac840fedd89": [
        ("THREATEN", "violence", 0, "توعد", "تنظيم داعش في ليبيا", "مجلس النواب الليبي والقائد العام للجيش الليبي، خليفة حفتر", None, ""),
        ("THREATEN", "violence", 1, "يتوعد", "أحد مقاتلي التنظيم", "مجلس النواب الليبي والقائد العام للجيش الليبي، خليفة حفتر", None, ""),
        ("REQUEST", None, 3, "طالب", "التونسي", "الناس", None, ""),
        ("ASSAULT", None, 4, "انكساره", "قوات الجيش الليبي", "تنظيم “داعش”", "درنة وبنغازي، شرق ليبيا", "H"),
        ("MOBILIZE", "militia", 6, "حالة تأهب عسكرية", "التنظيم", None, "الطريق الساحلي الرابط بين هراوة (شرق سرت) والوشكة (غرب سرت)", ""),
    ],
    # Al-Eqtisadiah (DPA): the resistance cuts the Houthi supply routes between Lahj and Taiz (23 July; "أمس الأربعاء" =
    # 22 July). s0 a resistance source: its control of Wadi Aqan (-> COERCE seize) and its cutting of the supply roads to
    # the al-Anad air base (a blockade of movement and goods -> COERCE restrict, the base as recipient; "بين تعز ولحج"
    # descriptive: location null); s1 the source: the cutting of the Houthi and Saleh forces' supply routes (new
    # recipients -> COERCE restrict) after its control of the road from Taiz to al-Anad (inside "بعد", a new place ->
    # COERCE seize); s2 its vow to go on "liberating" the city with the coalition (-> THREATEN violence, the fortieth
    # set's vows; the coordination part of the vow); s3 the coalition's raids on the Houthi and Saleh positions in Lahj
    # that destroyed their vehicles (-> ASSAULT aerial, the destruction its result in the same sentence); s4 the supply
    # route (a standing practice); s5 the resistance's foiling of a Houthi and Saleh attack in Marib (a repelled attack ->
    # two ASSAULT records, the thirty-eighth, fortieth and forty-first sets); s6 the sources: the attack on the
    # resistance positions at the al-Jufaina front south of Marib and the violent clashes after it (the attack's new
    # target and place -> ASSAULT, mode null; the clashes its course: one record); s7 the attack repelled (s5 restated) and
    # the Houthis' retreat from the area (-> RETREAT withdraw, the forty-first set's forced retreat; "تلك المنطقة"
    # anaphoric: location null); s8 Marib's clashes since the Houthi advance in April (a series; the advance inside
    # "منذ", its own actor and place -> ASSAULT [H], the thirty-ninth set's anchors inside "منذ").
    "snn-c3ce6d12e741": [
        ("COERCE", "seize", 0, "سيطرت", ("المقاومة", 2), None, "وادي عقان في مدينة لحج جنوبي البلاد", ""),
        ("COERCE", "restrict", 0, "قطعت طرق الإمداد", ("المقاومة", 2), "قاعدة العند الجوية", None, ""),
        ("COERCE", "restrict", 1, "قطعت طرق إمداد", "المقاومة", "الحوثيين والقوات الموالية للرئيس السابق علي صالح", None, ""),
        ("COERCE", "seize", 1, "سيطرتها", "المقاومة", None, "الطريق الرابط بين مدينة تعز ومنطقة العند", ""),
        ("THREATEN", "violence", 2, "ستستمر في عملية", "المقاومة الشعبية", "الحوثيين وقوات صالح", None, ""),
        ("ASSAULT", "aerial", 3, "غارات جوية", "قوات التحالف", "مواقع الحوثيين والقوات الموالية لصالح", "مدينة لحج", ""),
        ("ASSAULT", None, 5, "هجوماً", "مسلحون حوثيون وقوات موالية للرئيس اليمني السابق علي صالح", None, "مدينة مأرب شرقي البلاد", ""),
        ("ASSAULT", None, 5, "أحبطت", "المقاومة الشعبية اليمنية", "مسلحون حوثيون وقوات موالية للرئيس اليمني السابق علي صالح", "مدينة مأرب شرقي البلاد", ""),
        ("ASSAULT", None, 6, "شنواً هجوماً مسلحاً", "الحوثيين وقوات صالح", "مواقع المقاومة", "جبهة الجفينة جنوب مأرب", ""),
        ("RETREAT", "withdraw", 7, "تراجعوا", "الحوثيين وقوات صالح", None, None, ""),
        ("ASSAULT", None, 8, "زحف", "الحوثيين وقوات صالح", None, "مدينة مأرب", "H"),
    ],
    # Al-Weeam (SPA): dozens of ISIS members killed in Iraq (10 August). s0 the lead: ISIS members killed and wounded in
    # several Iraqi cities (-> ASSAULT, mode null, the twenty-seventh and twenty-eighth sets' leads; "عدد من المدن
    # العراقية" vague: location null); s1 the Joint Operations Command: seven killed and four wounded in al-Bushijel and
    # al-Mulahima in Anbar (new place -> ASSAULT, mode null; passive: actor null); s2 two weapons depots destroyed with
    # those inside, vehicles, two crossings and two checkpoints destroyed (-> ASSAULT destroy, one record for the list;
    # "المنطقتين المذكورتين" anaphoric: location null); s3 the War Media Cell: 49 militants killed by an air strike on
    # their hideouts in Mukaishifa north of Samarra (-> ASSAULT aerial; the cell announces, the striker not named: actor
    # null); s4 the Baghdad Operations Command: 17 killed in operations east of Fallujah (-> ASSAULT, mode null; the
    # command announces: actor null); s5 21 bombs dismantled (found bombs made safe -> COERCE seize; no planting or
    # target described: no ASSAULT [F], unlike the forty-second set's bombs "set to explode") and vehicles and a trench
    # destroyed (-> ASSAULT destroy); s6 the link line.
    "snn-c840bbda28d9": [
        ("ASSAULT", None, 0, "مصرعهم", None, "عدد من عناصر تنظيم ” داعش ” الإرهابي", None, ""),
        ("ASSAULT", None, 1, "قتلوا", None, "7 عناصر من تنظيم / داعش /", "مناطق البوشجل والملاحمة في محافظة الانبار غربي العراق", ""),
        ("ASSAULT", "destroy", 2, ("تدمير", 1), None, "مستودعين يستخدمان لتخزين الأسلحة", None, ""),
        ("ASSAULT", "aerial", 3, "قصف جوي", None, "49 مسلحا من تنظيم / داعش /", "منطقه مكيشيفة شمال مدينة سامراء في محافظة صلاح الدين", ""),
        ("ASSAULT", None, 4, ("عمليات", 2), None, "17 داعشيا", "شرقي الفلوجة", ""),
        ("COERCE", "seize", 5, "تفكيك", None, "21 عبوة ناسفة", None, ""),
        ("ASSAULT", "destroy", 5, ("تدمير", 1), None, "عجلة مسلحة وأخرى تحمل مسلحين", None, ""),
    ],
    # Okaz: the Shia forces demand that al-Abadi remove the Kurds from the air force (31 July). s0 the Shia political
    # forces' demand that the prime minister dismiss the Kurdish-born air force commander Anwar Hama Amin (-> REQUEST
    # change, PLOVER "calls for dismissal of officials"; the Kurdish pilots' control its background); s1 their protest
    # memorandum to the prime minister, signed by the MP Salim Shawqi, to end the Kurds' control and replace the Kurdish
    # F-16 pilots with pilots of the Popular Mobilisation (new content: the memo and the replacement -> REQUEST change,
    # the demand's vehicle as trigger; "القوى" named as the subject); s2 the commander's denial that the Kurdistan region
    # seized the two aircraft (a denial of another party's act: not coded, the thirty-third and thirty-fourth sets) and
    # the pilots' flights over the region (routine flights: not coded); s3 Iraq's receipt last week of four F-16s (a
    # delivery under a sale -> COOPERATE, the fourth and seventeenth sets' "تسلمت"; the supplier not named: actor null),
    # the deal of mid-2010 (passive, dated -> AGREE [H]), the US Defence Department's condition that the commander keep
    # his post (-> REQUEST [H], mode null: no change asked; undated background) and its choice of 40 Iraqi pilots to
    # train in Washington (military training -> AID [H], the second set's training as AID; undated background); s4 Okaz's
    # sources: the US defence secretary Ashton Carter told the Iraqi prime minister that Washington will deliver only 35
    # of the 36 aircraft, refusing to compensate Iraq for the one that crashed in training (-> REJECT assist, PLOVER
    # "any form of exchange ... or assistance"; the message itself the refusal's vehicle, not coded apart; the crash an
    # accident: not coded).
    "snn-9dbd85323840": [
        ("REQUEST", "change", 0, "طالبت", "القوى الشيعية السياسية في العراق", "رئيس الوزراء العراقي حيدر العبادي", None, ""),
        ("REQUEST", "change", 1, "مذكرة احتجاج", "القوى", "رئيس الوزراء", None, ""),
        ("COOPERATE", None, 3, "تسلم", None, ("العراق", 1), None, ""),
        ("AGREE", None, 3, "تم عقد صفقة", None, None, None, "H"),
        ("REQUEST", None, 3, "اشترطت", "وزارة الدفاع الامريكية", None, None, "H"),
        ("AID", None, 3, "لتدريبهم", "وزارة الدفاع الامريكية", "40 طيارا عراقيا", "واشنطن", "H"),
        ("REJECT", "assist", 4, "رافضا تعويض العراق", "وزير الدفاع الأمريكي اشتون كارتر", "رئيس الوزراء العراقي", None, ""),
    ],
    # Al-Watan: Algeria keeps to peace in Mali (10 August). s0 Algeria's strong condemnation of the deadly hostage-taking
    # at a hotel in central Mali (-> ACCUSE disapprove, the terrorists named in the anchor as recipient; the attack itself
    # coded where reported as a main clause, s3, the thirty-ninth to forty-first sets); s1 its spokesman Abdelaziz Ali
    # Cherif: Algeria's renewed solidarity with the Malian people and government (-> SUPPORT) and its commitment to go on
    # working for the implementation of the peace and reconciliation agreement (an expressed intent -> AGREE, the
    # forty-second set's pledges); s2 its condolences to the victims' families and governments (-> SUPPORT, the fortieth
    # set's condolences; the actor named in the sentence); s3 five UN mission contractors killed in the hostage-taking at
    # the hotel in Sevare (-> ASSAULT abduct, PLOVER "abduct, kidnap, hijack", with its toll; the seventh of August: not
    # historical; actor not named); s4 its reaffirmed commitment (s1 restated: not coded again) to the peace agreement
    # signed in Bamako in June by the northern Mali rebels (the relative clause, its own actor and place -> AGREE [H],
    # June, more than five weeks); s5 the spokesman's restatement of the commitment and Algeria's long support (a
    # standing practice); s6 Algeria's renewed support for Mali and for the UN mission's leadership and staff (a new
    # recipient -> SUPPORT).
    "snn-3e87bed3c9f8": [
        ("ACCUSE", "disapprove", 0, "أدانت", "الجزائر", "إرهابيون", None, ""),
        ("SUPPORT", None, 1, "تضامنها", "الناطق باسم وزارة خارجيتها عبدالعزيز علي شريف", "الشعب المالي وحكومته", None, ""),
        ("AGREE", None, 1, "مواصلة العمل", "الناطق باسم وزارة خارجيتها عبدالعزيز علي شريف", None, None, ""),
        ("SUPPORT", None, 2, "عزت", "الجزائر", "عائلات الضحايا وحكوماتهم", None, ""),
        ("ASSAULT", "abduct", 3, "عملية احتجاز الرهائن", None, "خمسة من المتعاقدين مع مهمة الأمم المتحدة في مالي", "فندق بسيفاري وسط مالي", ""),
        ("AGREE", None, 4, "الموقع", "متمردي شمال مالي", None, "باماكو", "H"),
        ("SUPPORT", None, 6, "جددت تأكيد دعمها", "الجزائر", "قيادة مهمة الأمم المتحدة في مالي وموظفيها المدنيين والعسكريين", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
