"""Build events-blind14.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fourteenth events blind set; same layout and guidelines as the first
thirteen sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind13.jsonl and their blind/ ..
blind13/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind14.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind14.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Okaz: a man in his nineties living alone without water or electricity in the village of Shasra near
    # al-Qunfudhah, his social-security pension and the gifts of benefactors (habitual), his wish for a
    # suitable home: a human-interest report, no PLOVER actor-to-actor event: none.
    "snn-8c2cdee91e21": [],
    # Okaz column "إشكالية الصورة النمطية" on the image of Arabs and Muslims in the West. s4 the dispute among
    # Muslims over the initiative "تناول عشاءك مع أسرة مسلمة" in which its organisers were accused of having
    # their own agendas and of following deviant sects (an accusation stated as fact in a column, second
    # set's rule for columns; passive "تم اتهام": actor null; the organisers as recipient; "في الآونة الأخيرة":
    # recent) -> ACCUSE allege ("ويجب عدم التعامل معهم بل مقاطعتهم ومحاربتهم" is the content of the charge,
    # an appeal of the accusers, not coded). Not coded: s0-s1 (the columnist's assessment; PEGIDA and similar
    # groups founded in several countries, their growth: general), s3 (the dinner initiative, a recurring
    # practice "يتم دعوة"), s2 and s5-s7 (rhetorical questions and opinions).
    "snn-40e65ca1bedc": [
        ("ACCUSE", "allege", 4, "تم اتهام", None, "القائمين عليها", None, ""),
    ],
    # Asharq Al-Awsat: Cristiano Ronaldo gives his agent Jorge Mendes a Greek island as a wedding present; the
    # wedding and its guests; Greek islands for sale in the crisis: a private present between individuals
    # (not PLOVER material aid: the earlier sets' AID for gifts concerns charities' gifts to patients and
    # public benefactors) and celebrity news: none.
    "snn-5622800ea450": [],
    # Al-Eqtisadiah (from France 24): "selfies" against hatred of Muslims in Burma. s6 the deadly riots in
    # the west of the country, in Rakhine State, in 2012, that the anti-Muslim campaigns of nationalist monks
    # led to (PLOVER PROTEST riot: violent collective action towards members of another group; the rioters
    # not named: actor null; three years before, recalled background: H) -> PROTEST riot [H]. Not coded: the
    # monks' propaganda campaigns (hate speech, no PLOVER type; a series), the Rohingya who fled or live in
    # camps (general, a standing state), the hate speech on social media and the movements growing (general),
    # the selfie campaign of the organisation "Wai Nu" and its call on people to send photos (a civil
    # initiative and a general appeal), the transition to democracy, the coming elections.
    "snn-e2d8c8cbb867": [
        ("PROTEST", "riot", 6, "أعمال شغب دامية", None, None, "ولاية راخين", "H"),
    ],
    # Al-Jazirah: at least two killed in Burundi before the presidential election (Tuesday 21 July). s0 the
    # overnight violence in which a policeman and an opposition member were killed, with explosions and
    # gunfire in the capital Bujumbura (casualties in the record; perpetrators not named: actor null; the
    # explosions and gunfire are the violence itself, one record, located by them in the capital) ->
    # ASSAULT; s1 the presidential adviser Willy Nyamitwe blaming the opposition and those behind weeks of
    # protests for the violence (third/sixth/thirteenth sets' "حملوا ... مسؤولية" -> ACCUSE allege); s4 the
    # opposition boycotting the election (PLOVER PROTEST boycott, CAMEO 143; the boycotted election as
    # recipient, as the thirteenth set's protested draft constitution; "بوروندي" first occurrence) ->
    # PROTEST boycott; s5 the weeks of violent protests the president's decision provoked (April-May: recalled
    # background, H; PLOVER riot for violent protests; the decision protested as recipient) -> PROTEST riot
    # [H], the coup attempt of mid-May (an attempted use of force; plotters not named) -> ASSAULT [H], and the
    # clashes between the mutinous soldiers and the army (both sides in one phrase as actor) -> ASSAULT [H].
    # Not coded: s2-s3 (the adviser's words continued: the same speaker's charge), s4's explosions and gunfire
    # restated and the president's bid for a third term (domestic politics, no PLOVER act), s6's explosions
    # restated (a time anchor), s6-s7 (the voting: an election, fifth/twelfth sets).
    "snn-b719cbe64c80": [
        ("ASSAULT", None, 0, "أعمال عنف", None, None, "العاصمة بوجومبورا", ""),
        ("ACCUSE", "allege", 1, "ألقى", "المستشار الرئاسي ويلي نياميتوي", "المعارضة", None, ""),
        ("PROTEST", "boycott", 4, "تقاطعها", "المعارضة", "انتخابات الرئاسة", ("بوروندي", 1), ""),
        ("PROTEST", "riot", 5, "احتجاجات عنيفة", None, "القرار", None, "H"),
        ("ASSAULT", None, 5, "محاولة انقلاب", None, None, None, "H"),
        ("ASSAULT", None, 5, "اشتباكات", "الجنود المتمردين والجيش", None, None, "H"),
    ],
    # Okaz column "أفيقوا لا أبا لكم" (4 August) on public servants' negligence. Events it states as facts
    # (second set's rule for columns): s0 the justice minister Walid al-Samaani's surprise visit to the Makkah
    # courts during Ramadan, finding no judges or staff (an official's field visit, first set's minister of
    # education in Fifa, fifth set's airport inspections -> CONSULT visit; the courts with their city as the
    # place; a few weeks before, the column's subject: not historical); s18 a woman minister in a
    # Scandinavian country who filled her private car with subsidised fuel and resigned at once (a reported
    # event, as the eighth set's personal anecdote, not an ancient illustration as the fifth and thirteenth
    # sets' anecdotes; PLOVER RETREAT resign; undated and recalled as an example: H) -> RETREAT resign [H];
    # s21 the news item the columnist read: the British authorities arresting a man who charged his phone on
    # a train (-> COERCE arrest) on a charge of stealing public electricity (the charge with the arrest,
    # fourth to thirteenth sets' "بتهمة" -> ACCUSE allege). Not coded: s1 (the visit restated with its aim),
    # s2-s6 (the exchange with an employee), s7-s17 (the columnist's questions and comparisons), s19 (the
    # misuse of government cars: general), s24 (the Norwegian police's two shots in 2014: a statistic, no one
    # hit), s25 (misled youths killing relatives: general, habitual), s26-s28 (brainwashing, appeal),
    # s29-s34 (the e-mail address cut at every "." and the SMS footer).
    "snn-6dc90ef1dfd5": [
        ("CONSULT", "visit", 0, "زيارة", "وزير العدل الدكتور (وليد الصمعاني)", None, "محاكم مكة المكرمة", ""),
        ("RETREAT", "resign", 18, "قدمت استقالتها", "وزيرة في دولة اسكندنافية", None, None, "H"),
        ("COERCE", "arrest", 21, "القبض", "السلطات البريطانية", "شخص", None, ""),
        ("ACCUSE", "allege", 21, "بتهمة", "السلطات البريطانية", "شخص", None, ""),
    ],
    # Okaz: confrontation between al-Abadi and al-Nujaifi (3 August). s0 al-Abadi accusing some Sunni leaders
    # of inciting the street against his government (-> ACCUSE allege; the sources' report of it: the
    # accusation is the event); s1 his attack on the vice-president Osama al-Nujaifi as the instigator (a new
    # recipient; the attack's content is the charge of incitement: ACCUSE allege, one record per speaker and
    # recipient); s2 the protests against corruption and the lack of services spreading to Baghdad, Basra,
    # Najaf, Karbala, Wasit and Dhi Qar (-> PROTEST demo; their participants named in the relative clause, one
    # phrase as actor; the six provinces as one phrase); s3 al-Nujaifi's attack on al-Abadi's government
    # (criticism of its failure -> ACCUSE disapprove), his call on parliament to question the government and
    # hold it to account (a named actor's call on a named body -> REQUEST, mode null as the eighth set's call
    # to investigate) and the requested questioning (eighth set: the requested investigation -> ACCUSE
    # investigate [F]); s5 his backing of the demonstrators' demands (-> SUPPORT). Not coded: s1's "اتساع
    # الاحتجاجات" (the content of al-Abadi's charge), s4 (al-Nujaifi's criticism continued: the same speaker;
    # the loss of provinces and cities: general background).
    "snn-1229f5732564": [
        ("ACCUSE", "allege", 0, "اتهامه", "رئيس الوزراء حيدر العبادي", "بعض قادة السنة", None, ""),
        ("ACCUSE", "allege", 1, "معتبرا إياه المحرض", "رئيس الوزراء", "نائب الرئيس العراقي أسامة النجيفي", None, ""),
        ("PROTEST", "demo", 2, "التظاهرات الاحتجاجية", "أنصار التيار المدني المستقل ومنظمات وناشطون في المجتمع المدني وشخصيات وطنية وتيارات إسلامية", None, "بغداد والبصرة والنجف وكربلاء وواسط وذي قار", ""),
        ("ACCUSE", "disapprove", 3, "هجوما", "أسامة النجيفي", "حكومة العبادي", None, ""),
        ("REQUEST", None, 3, "داعيا", "أسامة النجيفي", "البرلمان", None, ""),
        ("ACCUSE", "investigate", 3, "مساءلة", "البرلمان", "الحكومة", None, "F"),
        ("SUPPORT", None, 5, "يؤيد", "النجيفي", "المتظاهرين", None, ""),
    ],
    # Al-Jazirah: Jazan University science students train at the University of Utah. s2 the partnership and
    # cooperation agreement signed between Jazan University and the University of Utah, which the programme
    # implements (an agreement with a signing verb and its parties, the fourth set's "اتفاقيات الشراكة بين"
    # and the third set's "الاتفاقية المبرمة": a standing agreement, not flagged) -> AGREE. Not coded: s0 (the
    # photo caption), s1 (the start of the students' summer programme and their sending: a launch, eleventh
    # set's clinical work, and an educational trip, thirteenth set's orphans' trip), s2's programme content
    # and the planned visit to the Delta station (a programme item, no host).
    "snn-0a822571129f": [
        ("AGREE", None, 2, "اتفاقية شراكة وتعاون موقعة", "جامعة جازان وجامعة يوتا الأمريكية", None, None, ""),
    ],
    # Al-Riyadh sports: the Saudi FA's committee agrees with Alejandro Sabella's agent on a long meeting in
    # London on 12 August to settle the negotiations on coaching the national team; other options; Gallardo
    # unavailable: contract business of a football body (eighth/ninth/twelfth sets' club business, transfers,
    # offers and contracts): none.
    "snn-c4435a074ef0": [],
    # Al-Watan: popular anger in Iraq at the power cuts (2 August). s0 the demonstrations in Baghdad and other
    # cities yesterday against the power cuts (the demonstrators' demands are the protest's topic, PLOVER;
    # "العاصمة العراقية بغداد" as the place) -> PROTEST demo; s1 the al-Wataniya coalition led by Iyad Allawi
    # warning the government of the people's anger at the corruption (criticism of the government: ACCUSE
    # disapprove, one record per speaker; not a threat of the speaker's own act, unlike the first/eighth
    # sets' warnings); s4 "مطالبا" the government and the commander-in-chief to depart from its predecessor's
    # approach (the speaker named in s3: actor null; a call for a change of policy -> REQUEST change); s5
    # Muqtada al-Sadr backing the demonstrators (-> SUPPORT); s6 the demonstrators in Tahrir Square the day
    # before yesterday demanding that al-Abadi take over the electricity file (another day's demonstration,
    # its demand the topic) -> PROTEST demo; s8 the security forces, police and tribal volunteers' large
    # operation yesterday against ISIS strongholds in al-Zuwiya and al-Sakra, dozens killed (casualties in the
    # record) -> ASSAULT; s9 ISIS leaders fleeing Fallujah to Syria and Turkey (fleeing fighters -> RETREAT
    # withdraw, the place left as location, thirteenth set) after the security forces' advance and control of
    # the areas near the city (inside "بعد", with its own actor, reported nowhere else -> COERCE seize; the
    # areas vague: location null); s10 ISIS attacking units of the Eighth Division west and east of Fallujah
    # (-> ASSAULT) and the division's fighters repelling them, killing 25, wounding 30 and destroying vehicles
    # (a counter-attack with its own actor; "للمهاجمين" kept whole, the article's alif elided) -> ASSAULT.
    # Not coded: s2-s3 (Allawi's statement continued: the same speaker), s4's "لضرب الأطراف الخارجة عن
    # القانون" (the content of the call, unidentified parties), s5's "الكثير من الجهات تحاول تجيير
    # المظاهرات" (unnamed parties: vague) and "أي اعتداء ... هو اعتداء علينا" (conditional, general), s7
    # (al-Araji: solutions need time).
    "snn-8701dc69985d": [
        ("PROTEST", "demo", 0, "التظاهرات الشعبية", None, None, "العاصمة العراقية بغداد", ""),
        ("ACCUSE", "disapprove", 1, "حذر", "ائتلاف الوطنية", "الحكومة", None, ""),
        ("REQUEST", "change", 4, "مطالبا", None, "الحكومة والقائد العام للقوات المسلحة", None, ""),
        ("SUPPORT", None, 5, "دعم", "زعيم التيار الصدري مقتدى الصدر", "المتظاهرين", None, ""),
        ("PROTEST", "demo", 6, "طالبوا", "المتظاهرون", None, "ساحة التحرير", ""),
        ("ASSAULT", None, 8, "عملية عسكرية واسعة النطاق", "القوات الأمنية من الجيش والشرطة ومتطوعي العشائر", "معاقل وتجمعات تنظيم داعش", "منطقتي الزوية والصكرة", ""),
        ("RETREAT", "withdraw", 9, "هرب", "عدد من قادة التنظيم", None, "الفلوجة", ""),
        ("COERCE", "seize", 9, "فرض سيطرتها", "القوات الأمنية", None, None, ""),
        ("ASSAULT", None, 10, "هاجمت", "عناصر داعش الإرهابي", "قطعات عسكرية تابعة للفرقة الثامنة بالجيش العراقي", "منطقتي الفلاحات غرب الفلوجة وصبيحات شرقها", ""),
        ("ASSAULT", None, 10, "تصدى", "مقاتلو الفرقة", "للمهاجمين", None, ""),
    ],
    # Al-Madina editorial "مثلث الثقل الإستراتيجي العربي" (6 August). Events it states as facts: s0 Prince
    # Mohammed bin Salman's visit to Jordan (-> CONSULT visit, the visitor as actor and the inviting king as
    # host; under way at the editorial's date) at the invitation of King Abdullah II (an invitation to a
    # visit -> AGREE, ninth set's Hadi "دعوة"); s1 his visit to Cairo the week before ("في أعقاب", reported
    # nowhere else as a report of its own: coded here; "سموه" only: actor null; "للقاهرة" kept whole, the
    # article's alif elided, as the eleventh set's "للقاهرة") -> CONSULT visit; s2 the Doha meeting of Kerry
    # with his Gulf counterparts (3 August, sixth set's same meeting -> CONSULT multilateral) and the signing
    # of the nuclear agreement with Iran by the Western states (a deal with a verb and parties, thirteenth
    # set's China column; three weeks before: not flagged) -> AGREE. Not coded: s0's relations and "بما
    # يتطلب المزيد من التشاور" (necessity), s1 (commentary), s2's talks and meetings among the international
    # parties (general), the Saudi-led political movement, the concordant positions (standing), s2's Cairo and
    # Amman visits restated.
    "snn-1d15862da617": [
        ("CONSULT", "visit", 0, ("زيارة", 1), "سمو ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان", "العاهل الأردني الملك عبدالله الثاني", None, ""),
        ("AGREE", None, 0, "دعوة", "العاهل الأردني الملك عبدالله الثاني", "سمو ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان", None, ""),
        ("CONSULT", "visit", 1, ("زيارة", 2), None, None, "للقاهرة", ""),
        ("CONSULT", "multilateral", 2, "اجتماع الدوحة", "وزير الخارجية الأمريكي جون كيري", "نظرائه الخليجيين", "الدوحة", ""),
        ("AGREE", None, 2, "توقيع", "دول الغرب", "إيران", None, ""),
    ],
    # Al-Jazirah: Syrian Observatory round-up (26 July): clashes around Kweires airbase, Daraa, the Latakia
    # mountains. Each incident with its own actor, place or method kept apart (tenth/eleventh sets' round-ups).
    # s0 the caption "clashes between the regime forces and ISIS at Kweires airport" (coded like a headline)
    # -> ASSAULT; s1 the shells fired by the fighting factions on Nubl and Zahraa (-> ASSAULT heavy-weapons,
    # eleventh set's shells; the two towns as one phrase, "الفصائل المقاتلة" first occurrence), the two towns
    # besieged by the Nusra Front and the factions (sieges -> COERCE restrict, eleventh set's same siege), the
    # fierce clashes between ISIS and the regime forces around the airbase (-> ASSAULT; regime casualties in
    # the record), the infiltration of regime troops into the outskirts of Kweires town (inside "بعد", with its
    # own actor, reported nowhere else; third set's "التسلل" -> ASSAULT; "لعناصر": the fused ل left out) and the
    # heavy air bombardment around the airport (-> ASSAULT aerial; "محيط المطار" anaphoric: location null);
    # s2 (one long sentence): the 16 raids of warplanes on the factions' areas in Daraa since yesterday
    # morning (-> ASSAULT aerial; tenth set's "ما لا يقل عن 10 ضربات"), the regime forces' continuing shelling
    # of the same areas (ground shelling -> heavy-weapons, tenth set; "المنطق ذاتها" anaphoric), the extremist
    # factions targeting regime positions in Daraa (-> ASSAULT; "مدينة درعا" second occurrence), the clashes
    # between the regime forces with their militias and the opposition around Atman (both sides as actor) with
    # air bombardment of the town (-> ASSAULT aerial, "البلدة" anaphoric), helicopters' barrel bombs on Khirbet
    # al-Shahm (tenth set: barrel bombs -> aerial), four warplane raids on Ghariz, three on al-Yadouda with
    # helicopters' barrel bombs on the town (two actors: two records), the surface-to-surface missile on the
    # Daraa camp (-> heavy-weapons, tenth set), and yesterday's barrel bombing of al-Yadouda whose toll rose to
    # nine (a separate attack of the day before, described with its actor and place and reported nowhere else
    # in the article -> ASSAULT aerial; the toll itself not coded); s3 the warplanes' six raids on the villages
    # of Jabal al-Akrad (-> ASSAULT aerial), the clashes around Tell Jurat al-Maa between the factions and the
    # regime forces "مدعمة" by the National Defence Forces and loyal gunmen (-> ASSAULT, both sides in one
    # phrase, tenth set; the support in the battle by a distinct force -> AID, thirteenth set's "بدعم عناصر
    # الجيش" and "بإسناد", "قوات النظام" first occurrence), and the preliminary information on the fighters'
    # advance and control of an area held by the regime (an initial report, neither speculative nor denied;
    # taking territory -> COERCE seize; "منطقة" vague). Not coded: casualty notes ("أنباء عن خسائر بشرية"),
    # "دون أنباء عن خسائر بشرية", "لم ترد أنباء عن إصابات".
    "snn-eda6a66ee076": [
        ("ASSAULT", None, 0, "الاشتباكات", "قوات النظام وداعش", None, "مطار كويرس", ""),
        ("ASSAULT", "heavy-weapons", 1, "قذائف عدة أطلقتها", ("الفصائل المقاتلة", 1), None, "بلدتي نبل والزهراء", ""),
        ("COERCE", "restrict", 1, "المحاصرتين", "جبهة النصرة والفصائل المقاتلة", "بلدتي نبل والزهراء", None, ""),
        ("ASSAULT", None, 1, "اشتباكات عنيفة", "تنظيم داعش من طرف وقوات النظام", None, "مطار كويرس العسكري", ""),
        ("ASSAULT", None, 1, "تسلل", "عناصر من قوات النظام", None, "بلدة كويرس", ""),
        ("ASSAULT", "aerial", 1, "قصف جوي عنيف", None, None, None, ""),
        ("ASSAULT", "aerial", 2, "الغارات", ("الطيران الحربي", 1), "مناطق سيطرة الفصائل المقاتلة", ("مدينة درعا", 1), ""),
        ("ASSAULT", "heavy-weapons", 2, "استمرار قصف", ("قوات النظام", 1), None, None, ""),
        ("ASSAULT", None, 2, "استهدفت", "الفصائل المتطرفة", "تمركزات لقوات النظام", ("مدينة درعا", 2), ""),
        ("ASSAULT", None, 2, "تدور اشتباكات", "قوات النظام والمسلحين الموالين لها من جهة، والمعارضة", None, "بلدة عتمان", ""),
        ("ASSAULT", "aerial", 2, "قصف جوي", None, None, None, ""),
        ("ASSAULT", "aerial", 2, ("قصف الطيران المروحي", 1), ("الطيران المروحي", 1), None, "بلدة خراب الشحم", ""),
        ("ASSAULT", "aerial", 2, "أربع غارات", ("الطيران الحربي", 2), None, ("منطقة غرز", 2), ""),
        ("ASSAULT", "aerial", 2, "3 غارات", ("الطيران الحربي", 3), None, ("بلدة اليادودة", 1), ""),
        ("ASSAULT", "aerial", 2, "إلقاء", ("الطيران المروحي", 2), None, None, ""),
        ("ASSAULT", "heavy-weapons", 2, "سقط صاروخ", None, None, "مخيم درعا", ""),
        ("ASSAULT", "aerial", 2, ("قصف الطيران المروحي", 2), ("الطيران المروحي", 3), None, ("بلدة اليادودة", 3), ""),
        ("ASSAULT", "aerial", 3, "6 غارات", "الطيران الحربي", None, "بلدات وقرى الزويك والدويركة وساقية الكرت", ""),
        ("ASSAULT", None, 3, "الاشتباكات", "مقاتلي الفصائل المقاتلة من جهة، وقوات النظام مدعمة بقوات الدفاع الوطني والمسلحين الموالين لها", None, "منطقة تل جورة الماء", ""),
        ("AID", None, 3, "مدعمة", "قوات الدفاع الوطني والمسلحين الموالين لها", ("قوات النظام", 1), None, ""),
        ("COERCE", "seize", 3, "سيطرتهم", "المقاتلين", None, None, ""),
    ],
    # Al-Riyadh: the occupation decides to force-feed the prisoner Allan and the doctors refuse (11 August).
    # s0 the Israeli Medical Association and the management of Barzilai hospital in Ashkelon refusing the
    # Israel Prison Service's decision (a refusal of an order -> REJECT; no PLOVER mode fits force-feeding:
    # null), the decided force-feeding of the prisoner Muhammad Nasrallah Allan (a decided, not yet
    # implemented coercive measure -> COERCE [F], the twelfth/thirteenth sets' planned acts; no mode fits),
    # his hunger strike of 54 days (-> PROTEST hunger, seventh set's prisoners' strike), and the law recently
    # passed by the Knesset (a legislative approval in a relative clause, reported nowhere else -> AGREE,
    # twelfth set's Commons vote; recent: not flagged); s1 the Prisoners' Club lawyer Jawad Boulos's visit to
    # Allan at Barzilai hospital yesterday (a visit to a detainee, as the earlier sets' visits to patients ->
    # CONSULT visit; "للأسير علان" kept whole, the article's alif elided), and Allan not subjected to
    # force-feeding up to the end of the visit (an explicit statement that the event did not happen, first/
    # fourth sets: the event negated; "علان" second occurrence) -> COERCE [N]; s2 Boulos meeting the head of
    # intensive care and the medical staff (a new participant in the visit -> CONSULT visit) and the Soroka
    # hospital's earlier refusal (its unwillingness to do it, before the transfer; "مستشفى "سوروكا"" second
    # occurrence) -> REJECT; s4 the prisoner shackled by his right foot and left hand to the bed (a coercive
    # restraint reported as his current treatment -> COERCE restrict; actor not named); s5 MK Ahmad Tibi's
    # phone call with the Barzilai director Dr Hezi Levi (-> CONSULT phone) and the director's affirmation
    # that he will not apply the force-feeding law to Allan (a refusal by a named new actor -> REJECT); s6 Tibi
    # denouncing the pressures of the political level including the prime minister on the hospital
    # directors (-> ACCUSE disapprove, one record per speaker; "نتنياهو وحكومته" in the same sentence is the
    # same party). Not coded: s2's staff statement "لا يوجد ... أي استعداد" (Barzilai's refusal restated), the
    # transfer between hospitals (administrative), s3 (the strike restated with its topic, his administrative
    # detention: a standing state, thirteenth set's prisoners held; his health), s4's detention and guards
    # (standing state) and his refusal of tests and treatment (part of the strike), s6's pressures as such
    # (vague "الضغوطات", the object of the condemnation) and the suggested political solution.
    "snn-3ecae865f2c5": [
        ("REJECT", None, 0, "رفضت", "نقابة الأطباء الإسرائيليين وإدارة مستشفى \"برزيلاي\"", "مصلحة سجون الاحتلال", None, ""),
        ("COERCE", None, 0, "للتغذية القسرية", "مصلحة سجون الاحتلال", "الأسير محمد نصر الله علان", None, "F"),
        ("PROTEST", "hunger", 0, "المضرب عن الطعام", "الأسير محمد نصر الله علان", None, None, ""),
        ("AGREE", None, 0, "اقره", "الكنيست الإسرائيلي", None, None, ""),
        ("CONSULT", "visit", 1, "زيارة", "مدير الوحدة القانونية في نادي الأسير المحامي جواد بولس", "للأسير علان", "مستشفى \"برزيلاي\"", ""),
        ("COERCE", None, 1, "لم يتعرض", None, ("علان", 2), None, "N"),
        ("CONSULT", "visit", 2, "اجتمع", "بولس", "رئيس قسم العلاج المكثف والطاقم الطبي المباشر عن الأسير علان", "مستشفى \"برزيلاي\"", ""),
        ("REJECT", None, 2, "عدم استعدادها", ("مستشفى \"سوروكا\"", 2), None, None, ""),
        ("COERCE", "restrict", 4, "مكبل", None, "الأسير", None, ""),
        ("CONSULT", "phone", 5, "اتصالا هاتفيا", "النائب العربي في الكنيست أحمد الطيبي", "الدكتور حيزي ليفي مدير مستشفى برزيلاي", None, ""),
        ("REJECT", None, 5, "لن ينفذ", "الدكتور حيزي ليفي مدير مستشفى برزيلاي", None, None, ""),
        ("ACCUSE", "disapprove", 6, "استنكر", "الطيبي", "المستوى السياسي", None, ""),
    ],
    # Al-Riyadh column "الإرهابيون الجدد في «تويتر»!" (21 July). s0 the security men's arrest of the "enemies of
    # life" during Eid (the Interior Ministry's announcement of the terrorist cells' arrest, stated as fact in a
    # column, second set's rule; the named "رجال الأمن" kept for the passive "تم القبض عليهم", thirteenth set's
    # named subject; "لرجال": the fused ل left out) -> COERCE arrest. Not coded: s0's "احترفوا القتل والتخريب"
    # (general characterisation), s3 (the terrorists renewing their means, the Twitter accounts in the
    # ministry's lists: general, unnamed accounts), s4-s13 (opinions, recommendations, the Makkah Live example,
    # the lone "." lines).
    "snn-e6f0c91078b2": [
        ("COERCE", "arrest", 0, "تم القبض عليهم", "رجال الأمن", "أعداء الحياة والفرح", None, ""),
    ],
    # Al-Jazirah: the UN charges experts with investigating the chemical attacks in Syria (8 August). s0 the
    # Security Council deciding unanimously on Friday to form a panel of experts to identify those responsible
    # for the chemical attacks (PLOVER: investigations including commissions -> ACCUSE investigate; the
    # decision taken: not flagged; the attacks are the object of the investigation, a series, not coded); s1
    # Russia voting for the resolution (second set's "موسكو مررت القرار" -> SUPPORT); s2 Washington, London and
    # Paris accusing the Syrian army of chlorine attacks (-> ACCUSE allege, the alleged attacks not coded); s7
    # ISIS fighters abducting some 230 civilians after taking a town in Homs province (-> ASSAULT abduct; the
    # town's capture inside "بعد" is reported in s8); s8 the Observatory director: ISIS abducted 170 Sunnis and
    # over 60 Christians (new content: the town and the breakdown -> ASSAULT abduct, as the thirteenth set's
    # Suruc s0/s1) on the charge of collaborating with the regime (-> ACCUSE allege, "بتهمة"), during its raid
    # on al-Qaryatayn, which it had taken on Wednesday (a relative clause with its day: taking territory ->
    # COERCE seize; two days before: not historical; the raid is the abduction's operation, not a second
    # record); s11 ISIS's capture of Palmyra on 21 May (-> COERCE seize [H]); s12 three masked men abducting
    # Father Jacques Mourad, head of the Mar Elian monastery, in May (-> ASSAULT abduct [H]; "في المدينة"
    # anaphoric). Not coded: s2's Moscow "لا توجد أدلة" (no evidence: answers the accusation without denying an
    # act of its own, twelfth set's envoy), s3-s6 (the resolution's content: the mechanism, its timetable, its
    # mission, the Syrian government's required cooperation, "ضرورة": necessity), s9 (population figures; the
    # 2011 uprising as a time anchor; the attack on the town restated), s10 (the wanted list; the arrest of
    # families intending to flee: the abduction restated in detail), s12's Palmyra restated.
    "snn-b5ebd7c0b8ae": [
        ("ACCUSE", "investigate", 0, "تشكيل لجنة خبراء", "مجلس الأمن الدولي", None, None, ""),
        ("SUPPORT", None, 1, "صوتت", "روسيا حليفة سوريا", "القرار", None, ""),
        ("ACCUSE", "allege", 2, "تتهم", "واشنطن ولندن وباريس", "الجيش السوري", None, ""),
        ("ASSAULT", "abduct", 7, "بخطف", "مقاتلو تنظيم «داعش «", "نحو 230 مدنياً", "محافظة حمص", ""),
        ("ASSAULT", "abduct", 8, "بخطف", "داعش", "170 سنيا واكثر من 60 نصرانياً", "مدينة القريتين", ""),
        ("ACCUSE", "allege", 8, "بتهمة", "داعش", "170 سنيا واكثر من 60 نصرانياً", None, ""),
        ("COERCE", "seize", 8, "استولوا", "داعش", None, "مدينة القريتين", ""),
        ("COERCE", "seize", 11, "سيطر", "التنظيم الإرهابي", None, "مدينة تدمر الاثرية", "H"),
        ("ASSAULT", "abduct", 12, "بخطف", "ثلاثة مقنعين", "الأب جاك مراد رئيس دير مار اليان", None, "H"),
    ],
    # Al-Yaum: Kurds demonstrate in Belgium against the Turkish air raids (Saturday 8 August). s0 some hundreds
    # demonstrating in Brussels against the Turkish army's raids on the PKK and commemorating the victims of
    # the July attack (-> PROTEST demo, the army whose raids are protested as recipient, thirteenth set's
    # Latakia demonstration) and the Turkish army's raids on PKK members (PLOVER: a discrete event motivating
    # the protest is coded -> ASSAULT aerial); s3 the demonstrators commemorating the 32 victims "at the call
    # of" the organisations and the Kurdistan National Congress (the protest with its callers, thirteenth
    # set's strike and its caller, PLOVER "mobilizing supporters to demonstrate" -> PROTEST demo) and the suicide
    # bombing in Suruc on 20 July (the attack that opened the current wave of violence, described here with its
    # place and date; the eleventh set did not flag it a week later, the current story: not historical; actor
    # not named) -> ASSAULT suicide-attack; s4 Erdogan launching a "war on terror" against the PKK and ISIS
    # after the attack (24 July, a step of the current story; launching a military campaign, eleventh set's
    # "بدء معركة" -> ASSAULT) ; s6 the Turkish aviation's daily raids on the rebels' mountain positions in
    # northern Iraq (the current campaign with its target and place -> ASSAULT aerial; eleventh set's raids on
    # camps in northern Iraq); s8 the PKK beginning its insurgency in 1984 (recalled background -> ASSAULT [H]);
    # s9 the Kurdistan National Congress chairman Zubeyir Aydar accusing the Turkish state and Erdogan of
    # violating the truce (-> ACCUSE allege; the alleged violation not coded); s11 the rebels saying civilian
    # victims fall in the Turkish raids (-> ACCUSE allege; Turkey not named in the sentence: recipient null)
    # and Ankara's denial (first/fourth sets: a denial is the denied event negated, the denier as actor ->
    # ASSAULT aerial [N]); s12 the demonstrator Munir Ibrahim: Turkey claims to fight ISIS but wages war on
    # the Kurds (a named speaker's accusation -> ACCUSE allege; "تركيا" second occurrence). Not coded: s0's
    # "ضحايا الهجوم" (the Suruc bombing coded in s3), s1-s2 (the slogans and flags of the same demonstration),
    # s4's agentless "المتهم" (fifth/eleventh/thirteenth sets), s5 (the truce's collapse: no actor; the
    # conflict's toll), s7 (the 260 killed: a tally), s8's tens of thousands killed (a tally), s10 (a
    # demonstrator's wish "أريد أن تتوقف"), s12's "على أوروبا ... الانتباه" (necessity), s13 (the same speaker
    # continued).
    "snn-be60b9a0c5a5": [
        ("PROTEST", "demo", 0, "تظاهر", "نحو مئات الاشخاص", "الجيش التركي", "بروكسل", ""),
        ("ASSAULT", "aerial", 0, "الغارات التي يشنها", "الجيش التركي", "اعضاء حزب العمال الكردستاني", None, ""),
        ("PROTEST", "demo", 3, "بدعوة", "المنظمات والمجلس الوطني الكردستاني", None, None, ""),
        ("ASSAULT", "suicide-attack", 3, "العملية الانتحارية", None, None, "سوروتش", ""),
        ("ASSAULT", None, 4, "اطلق", "الرئيس التركي رجب طيب اردوغان", "حزب العمال الكردستاني كما تنظيم داعش", None, ""),
        ("ASSAULT", "aerial", 6, "غارات مكثفة", "الطيران التركي", "مواقع جبلية للمتمردين", "شمال العراق", ""),
        ("ASSAULT", None, 8, "تمرده", "الحزب الكردي المحظور", None, None, "H"),
        ("ACCUSE", "allege", 9, "اتهم", "رئيس المجلس الوطني الكردستاني زبير ايدار", "«الدولة التركية ورجب طيب اردوغان»", None, ""),
        ("ACCUSE", "allege", 11, "يقول", "المتمردون", None, None, ""),
        ("ASSAULT", "aerial", 11, "تنفيه", "أنقرة", "ضحايا مدنيين", None, "N"),
        ("ACCUSE", "allege", 12, "تدعي قتال داعش، ولكنها في الحقيقة تشن حربًا", "منير ابراهيم", ("تركيا", 2), None, ""),
    ],
    # Asharq Al-Awsat: 157 Syrian victims in the Eid al-Fitr days (21 July). s0 the Syrian Network for Human
    # Rights' report documenting the toll and the massacres of 17-19 July, titled on the 36 children killed by
    # the government forces (a report attributing killings to a named party -> ACCUSE allege, eleventh set's
    # HRW; one record for the report); s5 the opposition site "Murasel Souri" accusing the pro-regime channel
    # al-Khabar of turning victims of the regime aviation's bombing of al-Kalasa into regime supporters killed
    # by the opposition (-> ACCUSE allege) and the regime aviation's bombing of al-Kalasa in Aleppo yesterday
    # (stated as fact by the site and the activists, s8; casualties in the record) -> ASSAULT aerial; s6 the
    # channel claiming that gunmen executed civilians in al-Kalasa on a charge of dealing with the regime
    # (-> ACCUSE allege; its content, the executions and the siege of the family, not coded; "مسلحين" first
    # occurrence, the second is inside "المسلحين"). Not coded: s1-s4 (the report's figures by perpetrator:
    # tallies and statistics, tenth to thirteenth sets), s7 (the names), s8 (the names published after the
    # bombing: the bombing restated inside "بعد" with the barrels).
    "snn-5b1239e1ac1b": [
        ("ACCUSE", "allege", 0, "وثقت", "الشبكة السورية لحقوق الإنسان", "القوات الحكومية", None, ""),
        ("ACCUSE", "allege", 5, "حولت شهداء", "موقع «مراسل سوري» المعارض", "قناة «الخبر» القريبة من النظام السوري", None, ""),
        ("ASSAULT", "aerial", 5, "قصف طيران النظام", "طيران النظام", None, "حي الكلاسة", ""),
        ("ACCUSE", "allege", 6, "زعمت", "القناة", ("مسلحين", 1), None, ""),
    ],
    # Al-Weeam: a Houthi commander of the "Hussein Brigades" killed in al-Dhale (Sunday 2 August). s0 a
    # prominent Houthi leader and 12 companions killed by the Southern Popular Resistance in al-Dhale after
    # fierce clashes (the clashes are the same fight: one record) -> ASSAULT; s1 the resistance's military
    # sources: Abu Hamza al-Sanhani and 12 companions killed by the resistance fighters in Lakamat Arsh (new
    # content: the name and the place) -> ASSAULT; s2 the 30 militiamen of the Hussein Brigades and Saleh's
    # Republican Guard who tried to infiltrate (an attempted attack is an attack, twelfth set; third set's
    # "التسلل"; the luring "استدراج" is the ambush's manoeuvre) -> ASSAULT; s3 (the same sentence cut by a
    # newline) their aim of attacking the resistance fighters at Lakamat Arsh (a stated aim -> ASSAULT [F],
    # fifth to thirteenth sets; "بلكمة عرش": the fused ب left out; the actor is in s2: null) and the tight
    # ambush in which 13 were killed including the commander (new content: the method; the actor in s2:
    # null; casualties as recipient, third set's ambush) -> ASSAULT; s5 the pursuit of the remaining Houthis
    # (-> COERCE seize, twelfth set's pursuits; passive: actor null), who fled towards Qataba (fleeing
    # fighters -> RETREAT withdraw; the direction is not the event's place) leaving their dead and their
    # weapons, which the resistance took as booty (seized equipment -> COERCE seize, twelfth set; "وأسحلتهم" as
    # written); s6 the resistance's armour targeting the remaining militiamen in Sanah (armour -> heavy-
    # weapons; "بمساندة" at the end of s5 is the resistance's own armour: no AID between parties) -> ASSAULT
    # heavy-weapons; s7 Al-Weeam's link line with the headline (coded like any sentence, tenth to thirteenth
    # sets; "بالضالع": the fused ب left out) -> ASSAULT. Not coded: s4 (the commander's name and military
    # number).
    "snn-f2878882ec03": [
        ("ASSAULT", None, 0, "مصرعهم", "المقاومة\xa0الشعبية الجنوبية", "قيادي حوثي بارز و12 من مرافقيه", "محافظة الضالع", ""),
        ("ASSAULT", None, 1, "قتلوا", "مقاتلي المقاومة", "القيادي الحوثي\xa0ابو حمزة السنحاني", "منطقة لكمة عرش", ""),
        ("ASSAULT", None, 2, "حاولت التسلل", "عناصر ميليشيات كتائب\xa0الحسين الحوثية والحرس الجمهوري التابع للمخلوع صالح", None, None, ""),
        ("ASSAULT", None, 3, "لمهاجمة", None, "مقاتلي المقاومة", "لكمة عرش", "F"),
        ("ASSAULT", None, 3, "نصب كمين محكم", None, "13 عنصرا", None, ""),
        ("COERCE", "seize", 5, "تمت ملاحقة", None, "بقية العناصر الحوثية", None, ""),
        ("RETREAT", "withdraw", 5, "هربت", "بقية العناصر الحوثية", None, None, ""),
        ("COERCE", "seize", 5, "غنمتها", "المقاومة", "أسحلتهم", None, ""),
        ("ASSAULT", "heavy-weapons", 6, "استهداف", "سلاح دروع المقاومة الشعبية الجنوبية", "بقية عناصر\xa0الميليشيات", "بلدة سناح", ""),
        ("ASSAULT", None, 7, "مقتل", None, "قائد كتائب الحسين الحوثية", "الضالع", ""),
    ],
    # Al-Eqtisadiah: China's commercial crude stocks fall (24 July): stocks, demand, prices, imports of Iranian
    # crude (figures cut at every decimal "."). s18 the agreement on Tehran's nuclear programme reached with the
    # six major powers (inside the anchor "بعد" of the observers' prediction, described with its parties and
    # reported nowhere else as a report of its own; s19 "الاتفاق النووي" and s20 "اتفاق فيينا" are bare anchors;
    # ten days before: not flagged, ninth set's deal; Iran named only in "برنامج طهران": actor null) -> AGREE.
    # Not coded: the trade and stock figures (statistics), s18's predicted lifting of sanctions and rise of
    # imports and s19-s21 (predictions, fears, analysts' views), s20 the instructions to the Iranian oil company
    # to raise output (a domestic directive, twelfth set's domestic economic policy).
    "snn-3179706f4c99": [
        ("AGREE", None, 18, "التوصل إلى اتفاق", None, "الدول الكبرى الست", None, ""),
    ],
    # Al-Weeam: Snapchat not behind the death of the Saudi girl Sara al-Mulais on a summer toboggan ride in
    # Austria: the activists' condolences, the chargé d'affaires' account (a technical fault, the
    # prosecutor's report recording an accident, the safety rules applied), the father's denial that she was
    # filming (not a PLOVER act), the repatriation: an accident (twelfth set's boat sinking, eighth set's
    # negligence): none.
    "snn-789251017da6": [],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
