"""Build events-blind13.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirteenth events blind set; same layout and guidelines as the first
twelve sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind12.jsonl and their blind/ ..
blind12/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind13.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind13.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Madina column "البزبوز!": a tweet's proverb, Mu'awiya's "hair" saying (an illustrative anecdote of
    # the seventh century, as the fifth set's column "دور المتغابي" with its 19th-century anecdote: none), an
    # Egyptian proverb, reflections on wisdom, the columnist's SMS footer (cut at every "."): none.
    "snn-8e46f9e9617b": [],
    # Al-Eqtisadiah: British researchers develop a golf-ball-sized heart pump (MVAD), its price, the first
    # patient fitted with it two weeks ago, clinical trials expected: medical technology, no PLOVER
    # actor-to-actor event: none.
    "snn-13531a3c8a42": [],
    # Al-Riyadh: the Saudi Fund for Development signs a cooperation agreement with SABB (export guarantees of
    # about 187 million riyals). s0 the signing with named parties -> AGREE (fifth set's KAUST-Nesma, sixth
    # set's Royal Commission-Bayanat: signings between institutions); s2 the signing restated with its date,
    # the fund's headquarters and the signatory (the fund's vice-president and managing director, named in s3
    # after the cut at "م.") -> AGREE (a new participant, as the seventh set's signing ceremony with the
    # minister and the eleventh set's Khobar visit s0/s2 with the mayor; the bank's signatory in s3 has no
    # verb of its own; "بمقر الصندوق" anaphoric: location null). Not coded: the guarantees the fund will give
    # under the agreement (its content, not a separate act), s1's expected effects, s4's aims.
    "snn-3bc2f5a526cf": [
        ("AGREE", None, 0, "وقع", "الصندوق السعودي للتنمية", "البنك السعودي البريطاني", None, ""),
        ("AGREE", None, 2, "وقعها", "نائب الرئيس والعضو المنتدب", None, None, ""),
    ],
    # Al-Watan: security leaders' condolences and condemnations of the bombing of the Emergency Forces mosque
    # in Abha (Thursday 6 August; the article of 8 August, "أول من أمس": the event the reactions answer, not
    # historical, as the eleventh set's Asir bombing four days before). s0 the terrorist attack on the
    # worshippers in the mosque, described with its target and place in a relative clause (sixth set's
    # Al-Azhar, eleventh set's "Madagascar" cast: the condemned attack coded where described; method not
    # stated in that sentence: mode null, as the sixth set's "للهجوم الإرهابي"; the mosque phrase with its
    # town as written) -> ASSAULT, and the leaders' statement that "this vile terrorist act" will only
    # strengthen the soldiers' cohesion (condemnation -> ACCUSE disapprove, one record per speaker, eleventh
    # set; the attack as object: recipient null); s1 the director-general of prisons al-Hamzi: the sinful
    # hands respected neither the mosque nor Muslim blood, "a cowardly act" -> ACCUSE disapprove; s4 the Taif
    # police director al-Thumali: the terrorist bombing rejected by all revealed laws (eleventh set's "ترفضه
    # الشرائع السماوية") -> ACCUSE disapprove, the bombing named with its method in the same sentence (new
    # content against s0: explosives) -> ASSAULT explosives; s5 the citizens racing to donate blood for the
    # wounded (a concrete collective act answering the bombing, in his comment; PLOVER humanitarian
    # assistance, the earlier sets' gifts to patients -> AID; "للمصابين" kept whole, the article's alif
    # elided, as the first set's "للحوثيين"); s6 the Baha police director al-Khathami
    # condemning the attack -> ACCUSE disapprove. Not coded: the condolences (sets 6-12), s2 (his feelings and
    # the youths misled: commentary), s3 (the counselling centres launched by Mohammed bin Nayef: a standing
    # institution; "يتطلب من المواطنين": necessity), s7-s8 (al-Khathami's further words: the same speaker's
    # condemnation continued, one record per speaker; the kingdom's resolve "ستمضي" and the citizens'
    # "سيواصلون": general statements of policy).
    "snn-1f00a7751fa1": [
        ("ASSAULT", None, 0, "الحادث الإرهابي الغادر", None, "جمعا من المصلين", "مسجد قوات الطوارئ الخاصة بأبها", ""),
        ("ACCUSE", "disapprove", 0, "هذا العمل الإرهابي الدنيء", "عدد من القيادات الأمنية", None, None, ""),
        ("ACCUSE", "disapprove", 1, "جبانا", "المدير العام للسجون اللواء إبراهيم الحمزي", None, None, ""),
        ("ACCUSE", "disapprove", 4, "تنكره جميع الشرائع السماوية", "مدير شرطة محافظة الطائف العميد عبدالرحمن الثمالي", None, None, ""),
        ("ASSAULT", "explosives", 4, "التفجير الإرهابي", None, None, "مسجد قوات الطوارئ الخاصة بأبها", ""),
        ("AID", None, 5, "للتبرع بدمائهم", "أبناء الوطن", "للمصابين", None, ""),
        ("ACCUSE", "disapprove", 6, "استنكر", "مدير شرطة منطقة الباحة اللواء مسفر بن سفير الخثعمي", None, None, ""),
    ],
    # Al-Weeam: Davutoglu vows to fight ISIS after the Suruc bombing (Monday 20 July). s0 the explosion
    # targeting a Kurdish cultural centre in a Turkish town near the Syrian border, some 30 killed (casualties
    # in the record; "بلدة تركية قريبة من الحدود السورية" vague: location null, eleventh set's "على الحدود مع
    # سوريا") -> ASSAULT explosives; s1 the Turkish prime minister attributing the suicide bombing in Suruc to
    # ISIS (an attribution of an attack -> ACCUSE allege, eleventh set's Turkish General Staff "نسبت"), the
    # bombing restated with its method and town (new content against s0: suicide attack, Suruc; the
    # perpetrator is the content of the allegation: actor null) -> ASSAULT suicide-attack, and his vow to
    # continue fighting the organisation (eleventh set's Aleppo operations room's vow "متوعدة بتكثيف الحملة"
    # -> THREATEN violence; the title's "يتوعد") -> THREATEN violence; s5 the headline repeat in Al-Weeam's link
    # line (coded like any sentence, tenth to twelfth sets) -> THREATEN violence ("بعد تفجير سروج": a time
    # anchor, the bombing coded in s0/s1). Not coded: s2 (the attribution restated in his own words), s3
    # ("اتخذت الإجراءات الضرورية": unspecified past measures; "وستستمر": the s1 vow restated), s4 (the bombing
    # restated with its toll and the victims' charity gathering: figures and detail).
    "snn-e8affbe839ac": [
        ("ASSAULT", "explosives", 0, "انفجار استهدف", None, "مركزا ثقافيا كرديا", None, ""),
        ("ACCUSE", "allege", 1, "نفذه", "رئيس الوزراء التركي", "تنظيم الدولة", None, ""),
        ("ASSAULT", "suicide-attack", 1, "التفجير الانتحاري", None, None, "بلدة سروج", ""),
        ("THREATEN", "violence", 1, "متعهدا بالاستمرار في مكافحة", "رئيس الوزراء التركي", "هذا التنظيم", None, ""),
        ("THREATEN", "violence", 5, "يتوعد", "داود أوغلو", "داعش", None, ""),
    ],
    # Al-Madina: Nepal, strikes against the draft constitution (Friday 24 July). s0 the general strike called
    # in protest at the controversial draft constitution, schools, markets and firms closed and transport
    # halted across the country (PLOVER PROTEST strike; the caller not named in s0: actor null; the protested
    # draft as recipient, first set's free-trade agreement; the country as the place) -> PROTEST strike; s1
    # the police arresting 60 people in the capital Kathmandu -> COERCE arrest, on the charge of trying to
    # enforce the strike (the charge with the arrest, the latest sets' "بتهمة" -> ACCUSE allege, eleventh set's
    # police murder charge), and the strike restated with its caller, the Maoist Communist Party of Nepal (a
    # relative clause adding the actor: new content) -> PROTEST strike; s2 the authorities arresting ten
    # demonstrators in Makwanpur -> COERCE arrest; s3 the strike organisers trying to stop traffic and close
    # shops (inside "في الوقت الذي", with its own actor, reported nowhere else; fifth/eleventh sets' road
    # blocking -> PROTEST obstruct) -> PROTEST obstruct, and cars burned in some places (passive: actor null;
    # fire -> primitive, eleventh set's Duma; "في بعض الأماكن" vague) -> ASSAULT primitive; s4 the security
    # measures reinforced across the country (ninth set's "شددت ... إجراءات الأمن" -> MOBILIZE; police measures
    # announced by the police: mode police, ninth set's minister; passive: actor null) -> MOBILIZE police.
    # Not coded: s3's "تأثرت الحياة" (the strike's effect), s5 (the strike restated with its topic as the
    # government's drafting process: the s0 protest restated).
    "snn-b7d5f01d5ce3": [
        ("PROTEST", "strike", 0, "إضراب", None, "مسودة دستور جديد", "نيبال", ""),
        ("COERCE", "arrest", 1, "اعتقلت", "الشرطة", "60 شخصا", "العاصمة كاتماندو", ""),
        ("ACCUSE", "allege", 1, "بتهمة", "الشرطة", "60 شخصا", None, ""),
        ("PROTEST", "strike", 1, "الإضراب", "الحزب الشيوعي الماوي في نيبال", None, None, ""),
        ("COERCE", "arrest", 2, "اعتقلت", "السلطات", "عشرة متظاهرين", "منطقة ماكوانبور", ""),
        ("PROTEST", "obstruct", 3, "وقف حركة المواصلات", "منظمو الاضراب", None, None, ""),
        ("ASSAULT", "primitive", 3, "احراق سيارات", None, None, None, ""),
        ("MOBILIZE", "police", 4, "تعزيز اجراءات الأمن", None, None, None, ""),
    ],
    # Al-Jazirah: the IFJ demands the safety of journalists in Iraq after ISIS killed the photojournalist
    # Jalaa al-Abadi in Mosul (15 July; the article of 25 July: the killing the call answers, not historical).
    # s0 the IFJ joining its voice to the Iraqi Journalists' Syndicate (backing another party's demand ->
    # SUPPORT) and the syndicate's demand to strengthen journalists' safety (no addressee in s0, as the sixth
    # set's "دعوات المدافعين عن حقوق الانسان" -> REQUEST, mode null as the eighth set's al-Yami and the
    # eleventh set's "نطالب"; the requested protection has no PLOVER type); the killing inside "بعد مقتل" is a
    # time anchor for an event reported in s1 (not coded here); s1 ISIS abducting al-Abadi from his home on 4
    # June (recalled background, "وقد اختطف": H) -> ASSAULT abduct [H], executing him by gunfire on 15 July
    # (ISIS executions -> ASSAULT targeted, fifth set's Nineveh) -> ASSAULT targeted, and accusing him of spying
    # on its forces (inside "بعد", with the sentence's named subject as actor, reported nowhere else; "في
    # الموصل" belongs to the spying: location null) -> ACCUSE allege; "العبادي" second occurrence (the first is
    # inside "والعبادي"); s2 the syndicate, through its head, demanding protection of the relevant bodies ->
    # REQUEST, and calling on journalists to take care and keep away from conflict zones (seventh set's Iranian
    # travel advice "دعت السلطات الإيرانية مواطنيها" -> REQUEST) -> REQUEST; s3 the two earlier killings of
    # journalists this year (inside "بعد مقتل", each with its own actor or place and reported nowhere else;
    # recalled: H): ISIS's killing of Adnan Abdul Razzaq in Mosul ("تنظيم داعش" first occurrence, the second is
    # inside "وتنظيم داعش") -> ASSAULT [H], and Ali Ansari killed while
    # covering the clashes between the Iraqi army and ISIS in Muqdadiya (the clashes with their two sides as
    # actor, the correspondent a casualty of them: casualties belong to the ASSAULT record) -> ASSAULT [H];
    # s4 the IFJ president Jim Boumelha demanding that the Iraqi government and the international authorities
    # protect journalists -> REQUEST. Not coded: s1's biography, s3's "حادثة القتل الثالثة" (a tally; al-Abadi's
    # killing restated), s4's "لن نكل من الوقوف إلى جانب المناضلين" (general solidarity with an unnamed group)
    # and the condolences.
    "snn-a0f3b70708fe": [
        ("SUPPORT", None, 0, "ضم", "الاتحاد الدولي للصحفيين", "نقابة الصحفيين العراقية", None, ""),
        ("REQUEST", None, 0, "مطالبتها", "نقابة الصحفيين العراقية", None, None, ""),
        ("ASSAULT", "abduct", 1, "اختطف", "تنظيم داعش", ("العبادي", 2), None, "H"),
        ("ASSAULT", "targeted", 1, "أعدمه بالرصاص", "تنظيم داعش", ("العبادي", 2), None, ""),
        ("ACCUSE", "allege", 1, "اتهامه بالتجسس", "تنظيم داعش", ("العبادي", 2), None, ""),
        ("REQUEST", None, 2, "تطالب", "النقابة", "الجهات ذات العلاقة", None, ""),
        ("REQUEST", None, 2, "تدعو", "النقابة", "الصحفيين والإعلاميين", None, ""),
        ("ASSAULT", None, 3, "قتله", ("تنظيم داعش", 1), "المصور الصحفي عدنان عبد الرزاق", "الموصل", "H"),
        ("ASSAULT", None, 3, "المواجهات", "الجيش العراقي وتنظيم داعش", "المراسل علي أنصاري", "المقدادية", "H"),
        ("REQUEST", None, 4, "نطالب", "جيم بوملحة رئيس الاتحاد الدولي للصحفيين", "الحكومة العراقية والسلطات الدولية", None, ""),
    ],
    # Al-Riyadh: "Tamarod", a secret Jewish organisation behind the attacks on Palestinians (8 August). s0 the
    # Shin Bet revealing a secret Jewish organisation behind terrorist attacks such as burning Palestinian
    # houses, mosques and churches (attributing wrongdoing to a party -> ACCUSE allege, eleventh set's reports;
    # the listed attacks, a general series, are the content of the charge, not ASSAULT records of their own);
    # s1 the arson of the Dawabsha family's house in Duma, the baby Ali killed and his parents and brother
    # wounded (inside "بعد", with its place and victims, reported nowhere else in the article; a week before,
    # the event behind the revelation: not historical, as the eighth set's father's death; fire -> primitive;
    # perpetrators not named: actor null) -> ASSAULT primitive; s2 Yedioth Ahronoth quoting the intelligence
    # and police investigators that the organisation's members now back killing Palestinians by burning their
    # homes (a new charge by a named source -> ACCUSE allege). Not coded: s1's revelation restated, s3 (the
    # earlier unsolved arsons: a general series; the paper's explanation), s4 (the governments' standing
    # restraint of the Shin Bet: a general practice over years), s5 (other organisations' attacks over the
    # years, the blind eye, the army's support: general series), s6 (the formal arrests ending in closed files:
    # general practice).
    "snn-22b0f04f8f63": [
        ("ACCUSE", "allege", 0, "كشف", "جهاز الأمن العام الإسرائيلي (الشاباك)", "تنظيم يهودي سري", None, ""),
        ("ASSAULT", "primitive", 1, "إحراق منزل", None, "عائلة دوابشة", "قرية دوما", ""),
        ("ACCUSE", "allege", 2, "أصبحوا يؤيدون قتل فلسطينيين", "محققي جهاز المخابرات والشرطة الإسرائيلية", "أعضاء التنظيم", None, ""),
    ],
    # Asharq Al-Awsat: France the first Western "source" of extremists going to Syria and Iraq: the DGSE
    # report's and the interior ministry's figures (1,462 people, shares of women, minors and converts), a
    # study on the internet, Le Monde's toll of 126 killed: statistics and tallies (tenth to twelfth sets'
    # tallies; the joining of extremist groups is a count, not a dated act): none.
    "snn-aa80d54b5360": [],
    # Okaz column "لن نهزم إيران بالشتائم" (9 August). s0 the Bahraini security forces foiling smuggling of
    # explosives and weapons from Iran (a concrete recent act with its actor and place among the column's
    # general assessments; PLOVER confiscate, twelfth set's seized equipment -> COERCE seize; the smuggling
    # itself foiled, its sender not named as actor: not coded). Not coded: the coalition's and the resistance's
    # "important victories" and the Assad camp's "successive defeats" (general), Iran's support of the Houthis
    # and of terrorist organisations (standing, the columnist's charge), the nuclear deal as an object, the
    # Iranian diplomacy's search for a settlement (general), "كما حدث في عاصفة الحزم وإعادة الأمل" (examples),
    # the columnist's recommendations and opinions (s1-s2).
    "snn-2b28dc904e4f": [
        ("COERCE", "seize", 0, "إحباط عمليات تهريب", "قوى الأمن", None, "البحرين", ""),
    ],
    # Al-Jazirah: shooting near an army training centre in Mississippi, no injuries (Tuesday 4 August). s0 the
    # shooting near the training centre (target not stated: recipient null; firearms) -> ASSAULT firearms, and
    # the local authorities trying to catch two suspects (a manhunt, eleventh set's "للعثور على منفذي" ->
    # COERCE seize); s1 the National Guard spokesman: soldiers training at Camp Shelby saw the shooting on
    # Perrit Tower road near the site (the same shooting with its road: new content, place) -> ASSAULT
    # firearms; s6 the armed attack by Mohammad Youssef on two military centres in Chattanooga, Tennessee, four
    # soldiers killed (inside "بعد", with its own actor, reported nowhere else; recalled: H; "الهجوم المسلح":
    # method not stated, mode null as the twelfth set's "هجوم مسلح") -> ASSAULT [H], and the police killing the
    # attacker (inside "قبل أن", reported nowhere else: H) -> ASSAULT firearms [H]. Not coded: s2-s3 (the
    # road outside the camp, the hour cut at "12."), s4 (the camp secured, the soldiers' safety checked: a
    # state), s5 (no injuries, the pick-up truck: detail).
    "snn-17c7388f50bd": [
        ("ASSAULT", "firearms", 0, "إطلاق نار", None, None, "ولاية ميسيسيبي", ""),
        ("COERCE", "seize", 0, "تحاول القبض", "السلطات المحلية", "مشتبه بهما", None, ""),
        ("ASSAULT", "firearms", 1, "إطلاق نار", None, None, "طريق بيريت تاور", ""),
        ("ASSAULT", None, 6, "الهجوم المسلح", "محمد يوسف", "مركزين عسكريين", "تشاتانوغا", "H"),
        ("ASSAULT", "firearms", 6, "برصاص الشرطة", "الشرطة", "المهاجم", None, "H"),
    ],
    # Asharq Al-Awsat: the EU foreign ministers to discuss support for Tunisia in Brussels tomorrow (Monday 20
    # July; the article, dated 21 July, was written the day before the meeting). Planned meetings -> CONSULT
    # + [F] (eleventh set's WTO conference and Arab ministers' meeting, twelfth set's planned visits; PLOVER
    # would code them AGREE).
    # s0 Mogherini's planned talks with the Tunisian prime minister Habib Essid and foreign minister Baccouch
    # on the margins of the meetings (talks outside a visit by the actor: mode null, twelfth set's Cameron
    # meetings; "بروكسل" second occurrence) -> CONSULT [F], and the EU foreign ministers' meeting itself (a
    # council of an IGO -> CONSULT multilateral [F]); s2 Essid and Baccouch taking part in the ministers'
    # discussions (new participants in the council) -> CONSULT multilateral [F]; s3 the ministers discussing
    # Libya with the UN envoy Bernardino Leon present (new participant) -> CONSULT multilateral [F], and the
    # initialling of a political agreement by most stakeholders (the Skhirat initialling, with a signing verb
    # and parties, the object of the discussion, reported nowhere else; ten days before: not historical, as the
    # ninth set's deal of thirteen days) -> AGREE; s4 the ministers adopting the EU action plan on human rights
    # and democracy 2015-2019 (an explicit approval, tenth/twelfth sets -> AGREE; planned: [F]; "الوزراء" second
    # occurrence); s5 the international negotiations Mogherini took part in (IGO negotiations, eleventh set's
    # WTO -> CONSULT multilateral) and their conclusion with the agreement in Vienna on Iran's nuclear
    # programme (relative clauses reported nowhere else; a week before: not historical, ninth/tenth sets' deal)
    # -> AGREE (parties not named: actor null). Not coded: s1 (the agenda: intensifying European support,
    # the topic of the planned meeting, no act), s4's exchange of views on the peace process (the meeting's
    # agenda restated), s5's meeting restated with Mogherini as chair and her planned report.
    "snn-4f0a17468504": [
        ("CONSULT", None, 0, "ستجري محادثات", "فيديريكا موغيريني، منسقة السياسة الخارجية في الاتحاد الأوروبي", "رئيس الوزراء التونسي الحبيب الصيد، ووزير خارجيته الطيب البكوش", ("بروكسل", 2), "F"),
        ("CONSULT", "multilateral", 0, "اجتماعات", "وزراء خارجية دول الاتحاد الأوروبي", None, ("بروكسل", 2), "F"),
        ("CONSULT", "multilateral", 2, "وسيشارك", "الصيد والبكوش", "الوزراء", None, "F"),
        ("CONSULT", "multilateral", 3, "يناقش", "الوزراء", "المبعوث الأممي إلى ليبيا برناردينو ليون", None, "F"),
        ("AGREE", None, 3, "التوقيع بالأحرف الأولى", "معظم أصحاب المصلحة", None, None, ""),
        ("AGREE", None, 4, "سيعتمد", ("الوزراء", 2), None, None, "F"),
        ("CONSULT", "multilateral", 5, "المفاوضات الدولية", "فيديريكا موغيريني", None, "فيينا", ""),
        ("AGREE", None, 5, "التوصل إلى اتفاق", None, None, "فيينا", ""),
    ],
    # Al-Riyadh: Syrian TV, Bashar al-Assad's cousin arrested (Monday 10 August). s0 the arrest of Suleiman
    # Hilal al-Assad (actor not named: null; the place of the arrest is in s1) -> COERCE arrest, and the
    # killing of the air force colonel Hassan al-Sheikh after a right-of-way dispute in Latakia (inside the
    # attributive "والمتهم بقتل", the accused as actor, as the second set's "يتهمونه بقتل" in its sit-in
    # article; method not stated: mode null; four days before, a step of the same current story, killing ->
    # protest -> arrest: not historical, as the second set's same killing) -> ASSAULT; s1 the large
    # demonstration in Latakia days before denouncing the killing and demanding the cousin's arrest and trial
    # (the demand is the protest's topic, not a REQUEST, PLOVER and second set; a recent step: not historical;
    # "اللاذقية" first occurrence) -> PROTEST demo, and the arrest restated with its place, a farm in the village
    # of Kalmakho in the Latakia countryside (new content: place; passive: actor null) -> COERCE arrest. Not
    # coded: the television's announcement as such, the agentless attributive "المتهم" (fifth/eleventh sets;
    # the twelfth set coded an accusation only with its agent stated), s1's "تنديدا لاغتيال الشيخ" and "كونه
    # قتل ضابطا" (the killing restated as the protest's object and argument), "حيث كان يختبيء" (his hiding).
    "snn-a544be0dca22": [
        ("COERCE", "arrest", 0, "توقيف", None, "سليمان هلال الأسد", None, ""),
        ("ASSAULT", None, 0, "بقتل", "سليمان هلال الأسد", "العقيد في القوات الجوية حسان الشيخ", "مدينة اللاذقية", ""),
        ("PROTEST", "demo", 1, "تظاهرة حاشدة", None, "ابن عم الأسد", ("اللاذقية", 1), ""),
        ("COERCE", "arrest", 1, "تم اعتقال", None, "سليمان", "قرية \"كلماخو\"", ""),
    ],
    # Sabq: the Ministry of Social Affairs and Community Jameel honour 20 orphans who excelled at school with a
    # trip to Japan (programme "Tanweer"): an honour and a reward (first set's student award, sixth set's
    # honours, twelfth set's prizes), the supervisors sent with them, the embassy's delegate receiving them at
    # Tokyo airport (a reception of a school trip, not a diplomatic visit), the programme's aims and history:
    # none.
    "snn-3fb80a97c1a2": [],
    # Asharq Al-Awsat: the head of Yemen's National Security Bureau Ali al-Ahmadi does not rule out Iranian
    # arms still reaching the Houthis (23 July). s2 al-Ahmadi holding the Houthi militias responsible for
    # endangering the life of the defence minister al-Subaihi (third/sixth sets' "حملوا ... مسؤولية" -> ACCUSE
    # allege; "محملاً"); s4 the government "will settle" the prisoners held by the resistance and the Houthis,
    # "since all are Yemenis" (a stated commitment to resolve the file between the parties: PLOVER AGREE,
    # twelfth set's promises) -> AGREE; s7 the shelling of the citizens' homes by the Houthi militias and
    # Saleh's forces that displaced them (inside "بسبب", with its own actors, reported nowhere else; the
    # shelling of Aden during the war before its liberation, recalled as the reason of the displacement: H;
    # shelling -> heavy-weapons, as the sets' shells; "لمنازلهم": the fused ل left out) -> ASSAULT
    # heavy-weapons [H]; s8 the international relief ships continuing to deliver food and medical supplies to
    # Aden's ports and airport (ongoing humanitarian aid: no flag; the recipients not named) -> AID, and the
    # airport's liberation from the putschists in recent days (a relative clause with its time, reported
    # nowhere else; recent: not historical; passive: actor null; taking territory -> COERCE seize) -> COERCE
    # seize; s9 the landing of the Saudi relief aircraft at Aden airport yesterday (the object of his
    # assessment, reported nowhere else; the adjective as the only naming of the actor, eleventh set) -> AID;
    # s10 the advanced military vehicles the coalition states sent days ago, some of which went straight to the
    # resistance (military aid, twelfth set's US weapons "تقديم") -> AID; s11 the legitimate authority seeking
    # to deliver aid to all the resistance areas in Lahj, al-Dhale, Taiz and Marib (a stated aim -> own type +
    # [F], fifth to twelfth sets; the four provinces as one phrase) -> AID [F]. Not coded: s0 (speculation, "لا
    # يمكن الجزم"), s1 (the coalition's standing licensing of ships: a standing regime), s2's absence of
    # reassurances (no event), s3 (AQAP's spreading: a general assessment), s4's prisoners held (a standing
    # state), s5 (the Houthi withdrawal from Ibb "لا يمكن تأكيده": unconfirmed, neither asserted nor denied, as
    # the twelfth set's rumour; the government's "complete" control of Aden: a state; the pockets "التي يجري
    # التعامل معها": vague), s6 (life returning), s7's restoring of water and electricity (public works, fifth
    # set) and the displacement (a consequence, not coded by the earlier sets), s10's daily cabinet meetings in
    # Aden (internal and recurring), s11's "وسوف تطال مساعداتها كل أبناء اليمن" (the aim restated).
    "snn-258c24aa6176": [
        ("ACCUSE", "allege", 2, "محملاً", "الأحمدي", "ميليشيات الحوثي", None, ""),
        ("AGREE", None, 4, "سوف تحل الموضوع", "الحكومة", None, None, ""),
        ("ASSAULT", "heavy-weapons", 7, "قصف", "الميليشيات الحوثية وقوات الرئيس السابق علي عبد الله صالح", "منازلهم", "عدن", "H"),
        ("AID", None, 8, "إيصال المواد التموينية والطبية", "سفن الإغاثة الدولية", None, "موانئ ومطار عدن", ""),
        ("COERCE", "seize", 8, "حرر", None, "الانقلابيين", "مطار عدن", ""),
        ("AID", None, 9, "هبوط طائرة الإغاثة", "السعودية", None, "مطار عدن", ""),
        ("AID", None, 10, "أرسلتها", "دول التحالف", "المقاومة", None, ""),
        ("AID", None, 11, "إيصال المعونات", "السلطة الشرعية", None, "لحج أو الضالع أو تعز أو مأرب", "F"),
    ],
    # Okaz sports: Al-Hilal's fans divided over coach Donis dropping the striker Hamad al-Hamad from the final
    # squad, his figures, his wish to end his contract by mutual consent and the clubs' offers: club business
    # (eighth/ninth/twelfth sets): none.
    "snn-d8ad14924fc0": [],
    # Okaz: de Mistura's vision "a way round the crisis" (1 August). s0 the former SNC head and coalition member
    # Abdulbaset Sieda: the UN envoy's new vision will fail like the earlier ones, since he tries to get round
    # the solution (criticism of a named party -> ACCUSE disapprove, eleventh set's criticism). Not coded: the
    # envoy's proposal of working groups (the object of the criticism, without an act reported: as the
    # eleventh set's Cairo Declaration as the object of a welcome), s1 (Sieda's criticism continued: the same
    # speaker; "بإيعاز من المجتمع الدولي": his characterisation; "بعد توقيع الاتفاق النووي": a time anchor), s2
    # the coalition general body's meeting in Istanbul and the planned election of its fourth president
    # (internal meeting and election, tenth/twelfth sets), s3 its agenda ("اتجاه تركيا للمنطقة العازلة": a
    # topic).
    "snn-6f3f81cb95ec": [
        ("ACCUSE", "disapprove", 0, "يلتف", "رئيس المجلس الوطني السوري السابق عضو الائتلاف عبدالباسط سيدا", "المبعوث الدولي إلى سوريا استيفان دي مستورا", None, ""),
    ],
    # Al-Yaum: four killed in a hostage-taking at a hotel used by Westerners in Sevare, central Mali (Friday 7
    # August). s0 the gunmen's attack on the hotel, four dead including two soldiers and an attacker
    # (casualties in the record; the attack's first clause and "مسلحين شنوا ... هجوما" are one attack: one
    # record, the gunmen as actor; "مدينة سيفاري" first occurrence) -> ASSAULT, and the hostage-taking, which
    # other sources called an attempt to kidnap the foreigners staying in the hotel (PLOVER abduct: kidnap,
    # hostage-taking; the foreigners as recipient; one record for the two versions of one act) -> ASSAULT
    # abduct; s1 the Malian armed forces sealing off the Byblos hotel area (twelfth set's cordon -> COERCE
    # restrict) and engaging the gunmen ("تتعامل مع المسلحين", the gunmen as recipient; mode null) -> ASSAULT; s2 the killing
    # of a gunman wearing an explosive belt (passive: actor null; a new target) -> ASSAULT; s4 the failed
    # attempt to kidnap Russian pilots of the UN force (an attempted attack is an attack, twelfth set; new
    # recipient) -> ASSAULT abduct; s5 the pilots' evacuation to a Malian base (PLOVER: hostage rescues -> AID;
    # passive: actor null; the direction is not the event's place) -> AID, and the gunmen barricading
    # themselves inside the hotel (ninth set's "تحصنوا" in the Gurdaspur police station -> COERCE seize;
    # "الفندق" anaphoric: location null) -> COERCE seize. Not coded: s2's casualty figures and the body of a
    # white man, "العمليات الجارية صعبة" (the s1 engagement restated), s3 (the guests' nationalities, the
    # pilots' presence: detail), s5's "والعمل جار على اخراجهم" (the s1 engagement restated), the resident's
    # "حاولوا خطف غربيين وفشلوا" and s6 (the kidnapping attempt and the barricade restated), the sources'
    # statements and the absence of UN confirmation.
    "snn-9787106ec45e": [
        ("ASSAULT", None, 0, "هجوم استهدف فندقا", "مسلحين", "فندقا يقيم فيه غربيون", ("مدينة سيفاري", 1), ""),
        ("ASSAULT", "abduct", 0, "احتجاز رهائن", "مسلحين", "اجانب يقيمون في الفندق", None, ""),
        ("COERCE", "restrict", 1, "اقفلت", "القوات المسلحة المالية", None, "منطقة فندق بيبلوس", ""),
        ("ASSAULT", None, 1, "تتعامل", "القوات المسلحة المالية", "المسلحين", None, ""),
        ("ASSAULT", None, 2, "قتل", None, "مسلح كان يحمل حزاما ناسفا", None, ""),
        ("ASSAULT", "abduct", 4, "محاولة خطف فاشلة", None, "طيارين روس من القوة الدولية", None, ""),
        ("AID", None, 5, "اجلاء", None, "الطيارين", None, ""),
        ("COERCE", "seize", 5, "تحصن", "المسلحون", None, None, ""),
    ],
    # Al-Watan: the Houthis flee before the Abyan battles (8 August). s0 the Houthi militias and Saleh's
    # remnants fleeing Zinjibar and Shuqra before the resistance (fleeing fighters -> RETREAT withdraw, first/
    # eighth/twelfth sets; the two towns as one phrase), the Popular Resistance continuing to mass (a non-state
    # force: MOBILIZE militia, tenth set's tribes), its stated aims of storming the two towns (ASSAULT [F]) and
    # of clearing them of the rebels (twelfth set's "تطهير" -> COERCE seize [F]; "لطرد الحوثيين وحلفائهم" restates
    # that aim); the reinforcements it received inside "بعد أن تلقت" are the coalition's convoy of s5 (coded
    # there); s1 dozens of putschists fleeing the 15th Brigade camp towards al-Bayda (new content: the camp;
    # the direction is not the event's place) -> RETREAT withdraw; s2 the coalition aircraft's heavy bombing of
    # the rebels' positions in the camp, 18 killed (casualties in the record; "المعسكر" anaphoric) -> ASSAULT
    # aerial; s5 the dozens of heavy vehicles loaded with fighters the coalition command sent "to support the
    # rebels" (military aid: arms and personnel -> AID; "الثوار" the resistance); s6 the resistance fighters
    # retaking the Labouza and Wadi Attan camps in Lahj the day before yesterday (recent: not historical;
    # taking territory -> COERCE seize; the camps as one phrase, eleventh set's "معسكري نبل والزهراء"), with the
    # support of the army loyal to the legitimacy and the coalition aircraft's heavy air support (support in an
    # operation -> AID, twelfth set's "بدعم قوي", ninth set's "بمؤازرة قوات التحالف الجوية"; one record per
    # supporter), after violent confrontations, 38 rebels killed (inside "بعد", reported nowhere else; the
    # side that suffered the casualties as recipient, twelfth set's Sinai) -> ASSAULT; s7 dozens of others
    # surrendering to the resistance (CAMEO 0874 retreat or surrender militarily -> RETREAT disarm; "لعناصر":
    # the fused ل left out); s9 the hundreds of modern tanks the resistance received from the coalition
    # command (a relative clause with its actor, reported nowhere else -> AID; "المقاومة الشعبية" second
    # occurrence) and their dispatch with hundreds of fighters to Marib and Shabwa (passive: actor null; tanks
    # with fighters -> MOBILIZE troops, PLOVER's separate mention of troops); s10 the revolutionaries in Taiz
    # massing their forces for the great battle -> MOBILIZE militia; s11 the rebels also massing their forces
    # -> MOBILIZE militia, and their intensified sending of mediators during the past period to obtain a safe
    # exit (the named subject "المتمردون" kept for the relative clause on "خصومهم"; a request for a local
    # concession, safe passage -> REQUEST yield; recent: no flag), the weapons they offered to hand over in
    # exchange (an offered future disarmament -> RETREAT disarm [F], as the second/eighth sets' requested
    # releases and withdrawals [F]), and the resistance's refusal (-> REJECT yield). Not coded: s3 (explosions
    # heard, "يرجح": the blasts' likely cause), s5's "وهي تتقدم لتطهير المناطق من الحوثيين" (the convoy's
    # advance and aim restating the s0 aim) and the rebels' terror and flight "فبادرت إلى الهرب" (the s0 flight
    # restated), s6's "التقدم الذي تحققه المقاومة في جبهات القتال بمحافظة أبين" (general progress), s9's
    # "قرب فتح جبهات قتال" (a prediction, twelfth set's expected advances) and the resistance's priority (an
    # aim without act), s10's youths rushing to the recruitment centres (the s10 massing in detail), s11's
    # morale and "مشددة على أهمية" (necessity).
    "snn-c996633cdf84": [
        ("RETREAT", "withdraw", 0, "الهرب", "ميليشيات التمرد الحوثي وفلول الرئيس المخلوع علي عبدالله صالح", None, "مدينتي زنجبار وشقرة", ""),
        ("MOBILIZE", "militia", 0, "واصلت الاحتشاد", "عناصر المقاومة الشعبية", None, None, ""),
        ("ASSAULT", None, 0, "لاقتحام المدينتين", "عناصر المقاومة الشعبية", None, None, "F"),
        ("COERCE", "seize", 0, "تطهيرهما", "عناصر المقاومة الشعبية", "العناصر المتمردة", None, "F"),
        ("RETREAT", "withdraw", 1, "فروا", "عشرات الانقلابيين", None, "معسكر اللواء 15", ""),
        ("ASSAULT", "aerial", 2, "قصفا عنيفا", "طائرات التحالف العربي الذي تقوده المملكة", "مواقع المتمردين", None, ""),
        ("AID", None, 5, "أرسلتها", "قيادة التحالف العربي الذي تقوده المملكة", "الثوار", None, ""),
        ("COERCE", "seize", 6, "استعادة", "مقاتلو المقاومة الشعبية", None, "معسكري لبوزة ووادي عطان", ""),
        ("AID", None, 6, "بدعم", "عناصر الجيش الموالي للشرعية", "مقاتلو المقاومة الشعبية", None, ""),
        ("AID", None, 6, "بإسناد كثيف", "طائرات التحالف", "مقاتلو المقاومة الشعبية", None, ""),
        ("ASSAULT", None, 6, "مواجهات عنيفة", "مقاتلو المقاومة الشعبية", "38 متمردا", "معسكري لبوزة ووادي عطان", ""),
        ("RETREAT", "disarm", 7, "استسلم", "عشرات آخرون", "عناصر المقاومة", None, ""),
        ("AID", None, 9, "استلمتها", "قيادة التحالف", ("المقاومة الشعبية", 2), None, ""),
        ("MOBILIZE", "troops", 9, "تم توجيهها", None, None, "محافظتي مأرب وشبوة", ""),
        ("MOBILIZE", "militia", 10, "يحشدون قواتهم", "الثوار", None, "محافظة تعز", ""),
        ("MOBILIZE", "militia", 11, "يحشد", "المتمردون", None, None, ""),
        ("REQUEST", "yield", 11, "إرسال الوسطاء", "المتمردون", "المقاومة", None, ""),
        ("RETREAT", "disarm", 11, "تسليم السلاح", "المتمردون", None, None, "F"),
        ("REJECT", "yield", 11, "رفضته", "المقاومة", "المتمردون", None, ""),
    ],
    # Al-Riyadh column: China, winner and loser of the nuclear deal (9 August). s2 the "historic nuclear
    # agreement concluded between Iran and the 5+1" (a deal with a verb and parties, the seventh/ninth/tenth
    # sets' "الموقع بين", "أبرمته"; 26 days before, the tenth set's deal of "الشهر الماضي" not flagged) -> AGREE.
    # Not coded: s0-s1 the anecdotes of Firuz III's refuge in China and Taizong's refusal to help Yazdegerd
    # (seventh-century illustrations, fifth set's anecdote column), Tehran's frequent recourse to Beijing and
    # China's occasional refusal of sanctions (habitual, "كثيراً", "في بعض الأحيان"), Beijing's help to Iran
    # (standing), s2's China's standing diplomatic positions, s3 the predicted gains and the Turkish missile
    # deal "مثلما ستفعل أنقرة" (the columnist's prediction), s4-s5 (predictions, the People's Daily's remark as
    # the object of commentary).
    "snn-8a8842236dfe": [
        ("AGREE", None, 2, "المبرم", "إيران والدول (5+1)", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
