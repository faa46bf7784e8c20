"""Build events-blind24.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-fourth events blind set; same layout and guidelines as the first
twenty-three sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind23.jsonl and their blind/ ..
blind23/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind24.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind24.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل and the conjunction و are left out of a trigger where the word stands whole (the twentieth
# to twenty-third sets' rule: here "مقذوف عسكري" from "لمقذوف", "زيارة" from "بزيارة"/"خلال زيارة", "سيطرت" and
# "قصفت" without their و); "قام" stands apart. In actors and places the fused ب/ل is left out likewise ("كينيا"
# from "لكينيا", "إيران" from "لإيران", "طالبان" from "لطالبان"), but kept where the article's alif is elided (the
# first set's rule: "للمتشددين", "للطيران الحربي", "للجماعات").
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates
# the headline (the twentieth to twenty-third sets; the first, tenth to fourteenth and seventeenth sets coded it
# like any sentence: the latest sets' decision is followed, see SOURCE-events-blind24.txt).
GOLD = {
    # Al-Yaum: Dubai's Roads and Transport Authority launches the car-sharing app "Sharekni" (23 July). A programme
    # launch by a government authority (fourteenth, sixteenth and twenty-second sets' launches: not coded), the
    # app's rules (s2's fines for drivers who pick up unregistered passengers: a rule's content, no SANCTION
    # imposed on anyone, twenty-second set), its aims and expectations (s8-s10): none.
    "snn-abf80d7b492d": [],
    # Al-Weeam: a member of the Mujahideen force killed and another wounded by a projectile from Yemeni territory
    # in the al-Tuwal sector of Jazan (Friday 31 July; the Interior Ministry's security spokesman). s0 the support
    # patrol of the Mujahideen force hit by a military projectile fired from inside Yemeni territory, one member
    # killed and his colleague wounded (-> ASSAULT heavy-weapons, the twenty-first set's "military projectiles
    # from Yemeni territory" on Dhahran al-Janoub; the firing side not named: actor null; the casualties belong to
    # the record; "لمقذوف": the fused ل left out; the sector as the place, "قطاع الطوال بمنطقة جازان" as written,
    # the Yemeni territory being the shot's origin). Not coded: s1 (the link line).
    "snn-ce0add6b2f3f": [
        ("ASSAULT", "heavy-weapons", 0, "مقذوف عسكري", None, "دورية مساندة من قوة المجاهدين", "قطاع الطوال بمنطقة جازان", ""),
    ],
    # Al-Weeam sports: Chelsea extends Mourinho's contract to 2019 (7 August): club business and sport (eighth,
    # ninth and twelfth to twenty-third sets; the ninth set's Mourinho article had no event either): none.
    "snn-615bf4c527a3": [],
    # Okaz sports: Al-Ahli draws 3-3 with Neuchatel in its Swiss camp (5 August): a friendly match and the team's
    # return date (sport): none.
    "snn-6f01263184a5": [],
    # Al-Jazirah: South Sudan's army ran over civilians with tanks, says Human Rights Watch (Wednesday 22 July). s0
    # HRW announcing that the army ran over fleeing civilians with tanks, came back to make sure they were dead and
    # carried out gang rapes (a charge by a named organisation -> ACCUSE allege, the nineteenth set's HRW on Israel;
    # the alleged acts of a charge are not coded, thirteenth to twenty-third sets); s7 the civil war that broke out
    # in December 2013 (-> ASSAULT [H], a recalled war, mode null, nineteenth and twenty-second sets) with
    # President Salva Kiir accusing his former deputy Riek Machar of plotting a coup (inside "مع", with its actor
    # and recipient, reported nowhere else -> ACCUSE allege [H]; the alleged plot not coded); s8 the government
    # camp led by the SPLA launching a wide offensive against the rebel forces in April (-> ASSAULT [H], over
    # three months before) and the fierce battles in Unity State (another place, no party named -> ASSAULT [H],
    # kept apart from the offensive by its place, the twentieth set's one record per place); s9 the rebel forces
    # also accused of atrocities, rape, killing and child recruitment (an agentless charge -> ACCUSE allege, actor
    # null, fifteenth/eighteenth/twenty-second sets; undated background: historical, sixteenth to twenty-third
    # sets); s11 the government's announcement earlier this month that it is investigating UN reports of soldiers
    # raping girls and burning them alive (-> ACCUSE investigate, PLOVER "all investigations"; this month: not
    # historical) and the UN reports themselves (a charge with its author and accused, reported nowhere else ->
    # ACCUSE allege; "للأمم المتحدة" as written, the article's alif elided; "جنود" as written, the accused). Not coded: s1 (the charge continued), s2 (the report's
    # description and its qualification of the attacks as war crimes: the s0 charge of the same organisation
    # restated; "الحرب الجارية منذ 19 شهرًا" a standing war), s3 (a witness's quotation), s4 (the attackers named
    # by the report: the alleged acts), s5 (the report's sources), s6 (the documented killings: alleged acts),
    # s7's "سلسلة من أعمال القتل والانتقام" (a series), s10 (the army's silence, and its earlier rejection of
    # unspecified reports: a denial of no specific act, undated).
    "snn-7d4e16882218": [
        ("ACCUSE", "allege", 0, "أعلنت", "منظمة هيومن رايتس واتش", "قوات جيش جنوب السودان", None, ""),
        ("ASSAULT", None, 7, "اندلعت الحرب الأهلية", None, None, None, "H"),
        ("ACCUSE", "allege", 7, "اتهام", "رئيس البلاد سالفاكير", "نائبه السابق رياك مشار", None, "H"),
        ("ASSAULT", None, 8, "هجومًا واسعًا", "المعسكر الحكومي بقيادة الجيش الشعبي لتحرير السودان", "القوات المتمردة", None, "H"),
        ("ASSAULT", None, 8, "معارك ضارية", None, None, "ولاية الوحدة", "H"),
        ("ACCUSE", "allege", 9, "اتهمت", None, "القوات المتمردة", None, "H"),
        ("ACCUSE", "investigate", 11, "تحقق", "الحكومة", None, None, ""),
        ("ACCUSE", "allege", 11, "تقارير", "للأمم المتحدة", "جنود", None, ""),
    ],
    # Asharq Al-Awsat: NATO: a soldier and eight Afghan contractors killed in the militants' attack on a NATO base in
    # Kabul (Friday 7 August). s0 the attack of the militants on the NATO base in Kabul that killed a NATO soldier
    # and eight Afghan contractors (-> ASSAULT, mode null; "للمتشددين" as written, the article's alif elided; the
    # base as recipient, the sixteenth set's "معسكر للجيش المالي"); s1 the attack on Camp Integrity on the capital's
    # outskirts, two militants killed as well (new content: the camp -> ASSAULT, mode null, the camp as the place,
    # sixteenth set's camp name; the attackers not the subject: actor null); s3 the Afghan Interior Ministry: four
    # militants attacked a coalition base on the outskirts of Kabul with a car bomb (new content: the attackers and
    # the method -> ASSAULT explosives, PLOVER "car bombs"); s4 all four attackers killed by the security forces'
    # bullets before entering the base (the defenders' fire, another actor -> ASSAULT firearms, the first set's
    # "returned fire" kept as ASSAULT without MOBILIZE); s5 the Taliban claiming the attack on the base (a claimed
    # attack -> ASSAULT with the claimant as actor, the claim as such not coded, third/eleventh/twenty-second sets;
    # "طالبان" first occurrence) and the Taliban suicide bombing outside the Afghan police academy in the capital
    # that killed 25 students (in a relative clause with its actor, reported nowhere else -> ASSAULT
    # suicide-attack; "لطالبان": the fused ل left out, second occurrence; the day before: not historical); s6 the
    # truck bomb in Kabul that killed 15 earlier on Friday (-> ASSAULT explosives, actor null). Not coded: s2
    # (NATO's silence on the soldier's nationality), s7 (the day's toll of the wave of bombings).
    "snn-67b5bcda7880": [
        ("ASSAULT", None, 0, "هجوم", "للمتشددين", "قاعدة تابعة للناتو", "كابل", ""),
        ("ASSAULT", None, 1, "الهجوم", None, None, "معسكر «كامب انتيغريتي»", ""),
        ("ASSAULT", "explosives", 3, "شنوا هجوما", "أربعة متشددين", "قاعدة عسكرية تابعة لقوات التحالف", "ضواحي كابل", ""),
        ("ASSAULT", "firearms", 4, "قتلوا", "قوات الأمن", "جميع المهاجمين الأربعة", None, ""),
        ("ASSAULT", None, 5, "الهجوم على القاعدة", ("طالبان", 1), "القاعدة", None, ""),
        ("ASSAULT", "suicide-attack", 5, "تفجيرًا انتحاريًا", ("طالبان", 2), "25 من الطلبة", "أكاديمية الشرطة الأفغانية", ""),
        ("ASSAULT", "explosives", 6, "هجوم بشاحنة مفخخة", None, "15 شخصا", "العاصمة كابل", ""),
    ],
    # Ain Al-Yaum: bells ring in Hiroshima for the 70th anniversary of the first nuclear attack (Thursday 6 August).
    # Coded as the tenth set's Nagasaki anniversary (snn-d2f17949abbd): the ceremony is not an event, the bombings
    # are ASSAULT unconventional [H] (PLOVER "nuclear weapons"). s1 the atomic bomb dropped 70 years ago by a US
    # bomber over the Japanese city (in a relative clause with its actor -> ASSAULT unconventional [H]; "فوق
    # المدينة اليابانية" anaphoric: location null); s2 on 6 August 1945 the B-29 "Enola Gay" flying over the city
    # and dropping a uranium bomb (new content: the named aircraft and the bomb -> ASSAULT unconventional [H]); s6
    # three days later another US bomber dropping a plutonium bomb on the coastal city of Nagasaki, 74,000 killed
    # (-> ASSAULT unconventional [H]; "مدينة ناغازاكي" as the place); s7 the Japanese empire's surrender on 15
    # August 1945 (-> RETREAT disarm [H], CAMEO 0874 "retreat or surrender militarily", the thirteenth and fifteenth
    # sets' surrenders; the end of the war that follows is the same act, one record). Not coded: s0 (dateline), s1's
    # bells and the surrender and end of the war as the bombing's consequence (coded in s7 with the date), s3 (the
    # toll), s4 (the commemoration led by the prime minister with foreign representatives: a ceremony, the tenth and
    # sixth sets), s5 (the mayor's words on the weapon and his call on "the world" to abolish nuclear weapons: an
    # opinion and a general appeal, the tenth set's ICRC-style appeals), s7's "ضربة قاضية" (the bombings restated),
    # s8 (tags).
    "snn-e77d3f1c45be": [
        ("ASSAULT", "unconventional", 1, "القتها", "قاذفة اميركية", None, None, "H"),
        ("ASSAULT", "unconventional", 2, "تلقي عليها قنبلة يورانيوم", "قاذفة اميركية من طراز بي-29 اطلق عليها اسم “اينولا غاي”", None, None, "H"),
        ("ASSAULT", "unconventional", 6, "القت", "قاذفة اميركية اخرى", None, "مدينة ناغازاكي", "H"),
        ("RETREAT", "disarm", 7, "استسلمت", "الامبراطورية اليابانية", None, None, "H"),
    ],
    # Asharq Al-Awsat: the Westgate mall in Nairobi reopens two years after the bloody attack (Saturday 18 July). The
    # reopening, its ceremony and the customers are not events. s0 the attack of al-Shabaab's members that killed at
    # least 67 (-> ASSAULT [H], September 2013; the mall's name and city belong to the reopening, the attack's place
    # only implied: location null) during a four-day hostage taking (-> ASSAULT abduct [H], the thirteenth set's
    # "احتجاز رهائن"); s5 the survivor's account: four terrorists fired at him (-> ASSAULT firearms [H], the first
    # set's witness account of the shooting at the Istanbul consulate; the speaker only a pronoun: recipient null)
    # and then killed a guard in front of him (another victim -> ASSAULT [H], mode null, the named subject "أربعة
    # إرهابيين" kept); s11 Kenya's military intervention in neighbouring Somalia, to which al-Shabaab said it was
    # responding (-> ASSAULT [H], 2011; "لكينيا": the fused ل left out); s12 the Kenyan forces joining AMISOM there
    # (military cooperation -> COOPERATE [H], PLOVER "military cooperation ... COOPERATE"); s13 the Kenyan government
    # asserting that the army will go on fighting al-Shabaab in Somalia (a vow to continue the fight -> THREATEN
    # violence [H], thirteenth/fifteenth/twenty-second/twenty-third sets' vows; after the attack, 2013); s14
    # al-Shabaab mocking Kenya and threatening it with further attacks right after (-> THREATEN violence [H]; the
    # mockery is the same statement); s15 the massacre at Garissa University in April, 148 killed, most of them
    # students (-> ASSAULT targeted [H], the twenty-third set's massacres of the defenceless; 2 April, over three
    # months before; the named subject "حركة الشباب" kept). Not coded: s1 (the attack restated with its date and the
    # damage), s2 (the ceremony), s3 (the survivor's words; his wounding restated in s5), s4 and s6-s10 (his
    # quotation's frame and impressions), s11's claim (the claim as such, the attack already coded with al-Shabaab as
    # actor), s12's AMISOM formed by the AU to support the Somali government (the force's standing mission), s13's
    # "رغم تهديداته" (the threats, coded in s14), s15's "شنت حركة الشباب هجمات أخرى في كينيا" (a series), s16 (the
    # economy).
    "snn-0a281fefa704": [
        ("ASSAULT", None, 0, "هجوم شنه", "عناصر من حركة «الشباب» المتشددة", "67 شخصا", None, "H"),
        ("ASSAULT", "abduct", 0, "عملية احتجاز رهائن", "عناصر من حركة «الشباب» المتشددة", None, None, "H"),
        ("ASSAULT", "firearms", 5, "أطلقوا علي النار", "أربعة إرهابيين", None, None, "H"),
        ("ASSAULT", None, 5, "قتلوا", "أربعة إرهابيين", "حارسا", None, "H"),
        ("ASSAULT", None, 11, "التدخل العسكري", "كينيا", None, "الصومال", "H"),
        ("COOPERATE", None, 12, "انضمت", "القوات الكينية", "قوة «أميصوم» العسكرية", None, "H"),
        ("THREATEN", "violence", 13, "سيستمر في محاربة", "الحكومة الكينية", "تنظيم الشباب المتطرف", "الصومال", "H"),
        ("THREATEN", "violence", 14, "هددتها بهجمات أخرى", "حركة الشباب", "كينيا", None, "H"),
        ("ASSAULT", "targeted", 15, "مجزرة أشد دموية", "حركة الشباب", "148 شخصا", "جامعة غاريسا", "H"),
    ],
    # Al-Yaum: the majlises of al-Hofuf receive the people of al-Mubarraz on the third day of Eid al-Fitr (Monday 20
    # July). s0 the Hofuf majlises receiving the people of al-Mubarraz yesterday (social Eid visits -> CONSULT visit,
    # visitors as actor and hosts as recipient, the sixteenth set's "social Eid visits ... -> CONSULT visit, the
    # greetings themselves not coded", second, fifth, seventh, eighth and eleventh sets). Not coded: s1 (the
    # reception restated with its welcome, and the custom of exchanging visits agreed long ago: a standing practice,
    # sixth to twenty-third sets), s2 (the well-wishers on the first day of Eid: greetings, a general series), s3
    # (the majlises' place in society), s4 (the list of majlises).
    "snn-4e6cf4d62455": [
        ("CONSULT", "visit", 0, "استقبلت", "أهالي مدينة المبرز", "مجالس مدينة الهفوف", None, ""),
    ],
    # Al-Riyadh: 37 ISIS fighters and 16 Peshmerga killed in Iraq (Sunday 9 August). s1 the Peshmerga artillery
    # shelling ISIS positions in the al-Humaira villages by Kirkuk, 21 killed among them a Baath leader (-> ASSAULT
    # heavy-weapons, PLOVER "artillery"); s2 the Iraqi army's attacks on ISIS hideouts in East Husaiba and Jazirat
    # al-Khalidiya north and east of Ramadi, 16 killed (-> ASSAULT, mode null; "قامت ... ب" apart); s3 ISIS firing
    # two rockets at Peshmerga barracks in the village of Hassan Shami north of Erbil, 13 killed and 3 wounded (->
    # ASSAULT heavy-weapons, PLOVER "rocket launchers", the eleventh set's rockets on Makhmour). Not coded: s0 (the
    # lead's toll of the "scattered attacks", each reported in s1-s3 with its parties and place: a tally, the
    # twenty-second and twenty-third sets' tolls).
    "snn-e1d501574cbf": [
        ("ASSAULT", "heavy-weapons", 1, "قصفت", "مدفعية قوات البيشمركة", "مواقع عدة لتنظيم داعش", "قرى الحميرة", ""),
        ("ASSAULT", None, 2, "تنفيذ هجمات", "قوات الجيش العراقي", "أوكار تنظيم داعش", "مناطق حصيبة الشرقية وجزيرة الخالدية", ""),
        ("ASSAULT", "heavy-weapons", 3, "أطلقت صاروخين", "عناصر داعش", "ثكنات عسكرية لقوات البيشمركة", "قرية حسن شامي", ""),
    ],
    # Al-Weeam: the Houthi governor of Shabwa flees as the legitimacy forces approach (night of 10-11 August). s0
    # the Houthi-appointed governor Ali al-Awlaki and the commander of the Ataq military axis Maj-Gen. Awad al-Awlaki
    # fleeing the city of Ataq (fleeing -> RETREAT withdraw, first/fourth/eighth/thirteenth to twenty-second sets;
    # the two in one phrase) as the legitimacy forces began moving toward Shabwa (a troop movement -> MOBILIZE
    # troops with the destination as the place, the third and eighth sets' "تتوجه"/"للتقدم"; "شبوة" second
    # occurrence); s1 the forces' taking of several areas, foremost the rebels' last pockets in Abyan, and their full
    # recovery of the province (inside "بعدما", with its actor, reported nowhere else -> COERCE seize, one record
    # for the control and recovery; the named "قوات الشرعية" of the sentence kept; days before: not historical); s2
    # the Houthi-Saleh militias shelling residential districts near Taiz, killing civilians among others (->
    # ASSAULT heavy-weapons, the twenty-third set's decision for militias' shelling without its weapon; "قرب تعز"
    # a vague place: null, the twenty-second set's "قرب الحدود السورية"), eight Houthis killed in clashes with the
    # legitimacy forces in Marib province (-> ASSAULT, mode null, the sides written apart: one as actor, the other as
    # recipient, nineteenth to twenty-second sets) and the coalition aircraft's seven raids on rebel positions in
    # al-Mukhdara north-west of the province (-> ASSAULT aerial). Not coded: s1's "تحركت صوب شبوة" (the s0
    # movement restated), s3 (the link line).
    "snn-87f64bc14c49": [
        ("RETREAT", "withdraw", 0, "لاذ", "محافظ شبوة التابع لجماعة الحوثي المتمردة، علي العولقي، وقائد محور عتق العسكري اللواء عوض العولقي", None, "مدينة عتق", ""),
        ("MOBILIZE", "troops", 0, "التحرك", "قوات الشرعية", None, ("شبوة", 2), ""),
        ("COERCE", "seize", 1, "السيطرة على مناطق عدة", "قوات الشرعية", None, "أبين", ""),
        ("ASSAULT", "heavy-weapons", 2, "قصفت", "مليشيات الحوثي وصالح", "أحياء سكنية", None, ""),
        ("ASSAULT", None, 2, "مواجهات", "قوات الشرعية", "ثمانية من الحوثيين", "محافظة مأرب", ""),
        ("ASSAULT", "aerial", 2, "سبع غارات", "طيران التحالف", "مواقع للمتمردين", "المخدرة", ""),
    ],
    # Al-Jazirah: India and Bangladesh exchange border enclaves whose residents were stateless (Saturday 1 August).
    # s0 the two states' implementation of the historic border agreement, celebrated on Saturday (the exchange of
    # the enclaves under the agreement, to the benefit of both -> COOPERATE, PLOVER "mutual ... exchange"; both
    # states in one phrase as actor; "منطقة حدودية" vague: no place); s5 Modi and Sheikh Hasina signing the
    # agreement in early June (-> AGREE [H], the first set's signings; about eight weeks before; the sentence is cut
    # after "وكان رئيس" (s4), so the actor phrase begins with "الوزراء") during a visit of the Indian head of
    # government to Bangladesh (-> CONSULT visit [H]; "بنغلادش" second occurrence); s7 the war of East Pakistan's
    # secession (a recalled war -> ASSAULT [H], mode null, no party named); s16 Bangladesh's approval of the
    # agreement in 1974 (-> AGREE [H]) and the parliament's approval only last month (-> AGREE, the tenth to
    # twenty-third sets' approvals written as such; "last month": not historical). Not coded: s1 (the flags raised
    # in the 162 enclaves and their transfer: the s0 implementation restated with its figures), s2-s3 and s8-s12
    # (the residents' joy, the celebrations, the late president's death, quotations; s12's memory of being turned
    # away from a hospital), s6-s7's content of the agreement and the situation that "poisoned" relations since 1971
    # (standing), s13-s15 (the agreement's terms).
    "snn-4e3eecfd95ce": [
        ("COOPERATE", None, 0, "تطبيق اتفاق تاريخي", "الهند وبنغلادش", None, None, ""),
        ("AGREE", None, 5, "وقّعا هذا الاتفاق", "الوزراء الهندي نارندرا مودي ونظيرته في بنغلادش الشيخة حسينة واجد", None, None, "H"),
        ("CONSULT", "visit", 5, "زيارة", "رئيس الحكومة الهندية", None, ("بنغلادش", 2), "H"),
        ("ASSAULT", None, 7, "حرب انفصال باكستان الشرقية", None, None, None, "H"),
        ("AGREE", None, 16, "أعطت موافقتها", "بنغلادش", "هذا الاتفاق", None, "H"),
        ("AGREE", None, 16, "يقره", "البرلمان", None, None, ""),
    ],
    # Al-Eqtisadiah column: the worst translations in history. Modern events stated as facts in a column are coded
    # [H] (the thirteenth, fourteenth and seventeenth sets' line: a reported modern event is coded, an ancient or
    # illustrative saying is not): s1 President Jimmy Carter's visit to Poland in 1977 (-> CONSULT visit [H]); s6 the
    # Japanese prime minister's reply of 1945 to the Potsdam Declaration, "we will ignore it" (-> REJECT [H], mode
    # null); s7 President Truman's decision and the dropping of the two atomic bombs on Hiroshima and Nagasaki (->
    # ASSAULT unconventional [H], the tenth set's bombings, the decider as actor); s8 the UN envoy Kurt Waldheim's visit
    # to Iran in 1980 to negotiate the release of the American hostages (-> CONSULT visit [H]; "لإيران": the fused ل
    # left out; one record for the visit and its negotiation); s9 the Iranians gathering outside the building and
    # throwing stones at his car (a violent protest -> PROTEST riot [H]; "خارج المبنى" anaphoric: no place). Not
    # coded: s0 (general), s1-s3's mistranslations (speech) and the audience's anger and leaving the hall (a
    # reaction inside the anecdote, no organised protest), s4 (Kennedy's question to Joseph Luns about his hobbies:
    # small talk, undated), s5 (an unnamed delegate's apology for a cold), s6's Potsdam Declaration "issued by
    # America" (its content not stated: no type) and the worsened crisis, s8's hostages and Waldheim's words, s9's
    # failed efforts, s10.
    "snn-220ac49202d3": [
        ("CONSULT", "visit", 1, "زيارة", "الرئيس جيمي كارتر", None, "بولندا", "H"),
        ("REJECT", None, 6, "رد", "رئيس وزراء اليابان", "إعلان \"بوتسدام\"", None, "H"),
        ("ASSAULT", "unconventional", 7, "إلقاء القنبلتين الذريتين", "الرئيس \"هاري ترومان\"", None, "هيروشيما وناجازاكي", "H"),
        ("CONSULT", "visit", 8, "زيارة", "المبعوث الأممي الجنرال كورت فالدهايم", None, "إيران", "H"),
        ("PROTEST", "riot", 9, "تجمهر", "الإيرانيون", None, None, "H"),
    ],
    # Al-Weeam: Kerry: impossible for Iran to build a nuclear bomb under the agreement's limits (his interview with
    # Asharq Al-Awsat of Wednesday 22 July). s0 Kerry: the agreement is good for the security of the United States
    # and the Middle East and will keep Tehran from a nuclear weapon (defending a deal -> SUPPORT, the first set's
    # "defending a deal"; the White House's convincing of Congress is a prediction); s6 his charge that Iran will stay
    # isolated for its support of terrorism, the arms trade, the Houthis and Hezbollah (-> ACCUSE allege; "قائلا":
    # the speaker not named in the sentence, actor null, twenty-third set's s13; "إيران" first occurrence) and the
    # Camp David summit that brought the US president together with the GCC leaders last May (-> CONSULT
    # multilateral [H], the nineteenth set's "قمة" at Camp David; about ten weeks before); s8 his meeting with the GCC
    # foreign ministers scheduled for 3 August in Doha (a planned meeting -> CONSULT [F], nineteenth, twenty-first and
    # twenty-second sets; multilateral as the third set coded this same meeting and the nineteenth set the Camp David
    # summit, US-GCC meetings; the named subject "رئيس الدبلوماسية الأمريكية" kept). Not coded: s1 (the defence
    # restated with the interview's date; the counterfactual collapse of the sanctions), s2-s5 (his assessments of
    # the limits), s6's "على الرغم من التوقيع على الاتفاق النووي" (a bare concessive anchor on the deal that is the
    # interview's topic, the twenty-second set's Holgate report), s7 (the budgets compared; "من الضروري": a
    # necessity statement, third to twenty-third sets), s8's aims (the strategy to counter Iran's moves, the
    # briefing), s9 (the link line).
    "snn-313f791119b3": [
        ("SUPPORT", None, 0, "جيد لأمن الولايات المتحدة والشرق الأوسط", "وزير الخارجية الأمريكي جون كيري", "الاتفاق النووي مع إيران", None, ""),
        ("ACCUSE", "allege", 6, "دعمها للإرهاب", None, ("إيران", 1), None, ""),
        ("CONSULT", "multilateral", 6, "قمة", "الرئيس الأمريكي", "قادة دول مجلس التعاون", "كامب ديفيد", "H"),
        ("CONSULT", "multilateral", 8, "اجتماعه المقرر", "رئيس الدبلوماسية الأمريكية", "وزراء خارجية دول مجلس التعاون الخليجي", "الدوحة", "F"),
    ],
    # Al-Riyadh: the new war on terrorism starts on the internet (22 July): an analysis of the extremists' fatwas,
    # their recruitment of women and the young online and ISIS's propaganda, all general practices and series (sixth
    # to twenty-third sets), with a statistic of pro-ISIS accounts: none.
    "snn-717ab683a78a": [],
    # Al-Jazirah: the opposition reaches an area near the Hezbollah and regime command (the Observatory, 5-6 August).
    # Observatory reports coded clause by clause as the tenth, fourteenth and twentieth sets. s0 (one long sentence):
    # the violent clashes in the south-eastern Jisr al-Shughour countryside and the Ghab plain around the village of
    # al-Bahsa between Hezbollah and the regime forces backed by foreign gunmen on one side and the opposition and
    # fighting factions on the other (-> ASSAULT, both sides in one phrase as actor, the twentieth set's same battle;
    # the village as the place) and the regime forces "مدعمة" by those gunmen (-> AID, fourteenth and twentieth
    # sets; "قوات النظام" first occurrence); the factions' and opposition's retaking of points including Tal Hamki
    # (-> COERCE seize; "الأخير" stands for the named "مقاتلي الفصائل المقاتلة والمعارضة" of the sentence, kept as
    # actor), points the regime forces had advanced to and taken on the two previous days (in a relative clause with
    # its actor, reported nowhere else -> COERCE seize; "قوات النظام" fourth occurrence; the points' names belong to
    # the retaking: no place); the disabling of several regime vehicles, tanks and armoured carriers with US-made TOW
    # missiles (new content: the method and the target -> ASSAULT heavy-weapons, the twentieth set's guided
    # missiles; no side named: actor null; "المنطقة" anaphoric); the warplanes' heavy bombardment of the clash areas
    # (-> ASSAULT aerial; "للطيران الحربي" as written, the article's alif elided; "مناطق الاشتباك" anaphoric: no
    # place). s1 the warplanes' raids after midnight on areas around the city of al-Qaryatayn (-> ASSAULT aerial;
    # "مدينة القريتين" first occurrence) with the regime forces' violent shelling around it (ground shelling ->
    # heavy-weapons, twentieth set; "المدينة" anaphoric), the violent clashes of the regime forces and their gunmen
    # with ISIS around al-Qaryatayn (-> ASSAULT, both sides in one phrase; "القريتين" second occurrence) and ISIS
    # "trying" to take the city and widen its control in Homs province (an attempt -> COERCE seize [F], the
    # sixteenth to twenty-second sets' aims; "التنظيم" second occurrence, "مدينة القريتين" second occurrence). s2 at
    # least 18 regime soldiers and gunmen killed by three ISIS members' three car bombs, one near the T4 military
    # airport and two at regime checkpoints around al-Qaryatayn (suicide car bombs, s1 "تفجير عناصر من التنظيم
    # لأنفسهم" -> ASSAULT suicide-attack, the twentieth and twenty-first sets; two records, one per place, the
    # twentieth set's one record per place; the named "3 عناصر من تنظيم داعش" kept for "استهدفتا"). Not coded: s0's
    # command headquarters in Jourin and the closest point reached (an advance, twenty-second set), the "كر والفر"
    # battles (the s0 clashes restated with the same parties), the tolls, the mutual shelling "بين الطرفين" (the
    # two-sided fighting of the clash record, twentieth set); s1's car bombs at the clashes' start (reported in s2);
    # s2's clashes with ISIS, its attack "since the night before last" and the regime's and warplanes' bombardment
    # around the city (s1 restated with the same parties and place), the ISIS toll.
    "snn-9956cd976685": [
        ("ASSAULT", None, 0, "الاشتباكات العنيفة", "حزب الله اللبناني وقوات النظام مدعمة بمسلحين موالين لها من جنسيات مختلفة من جهة، والمعارضة، وفصائل مقاتلة", None, "قرية البحصة", ""),
        ("AID", None, 0, "مدعمة", "مسلحين موالين لها من جنسيات مختلفة", ("قوات النظام", 1), None, ""),
        ("COERCE", "seize", 0, "استعادة السيطرة", "مقاتلي الفصائل المقاتلة والمعارضة", None, "تل حمكي", ""),
        ("COERCE", "seize", 0, "سيطرت عليها", ("قوات النظام", 4), None, None, ""),
        ("ASSAULT", "heavy-weapons", 0, "إعطاب", None, "عدة آليات ودبابات وعربات مدرعة لقوات النظام", None, ""),
        ("ASSAULT", "aerial", 0, "قصف مكثف", "للطيران الحربي", None, None, ""),
        ("ASSAULT", "aerial", 1, "عدة غارات", "الطيران الحربي", None, ("مدينة القريتين", 1), ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف عنيف", ("قوات النظام", 1), None, None, ""),
        ("ASSAULT", None, 1, "الاشتباكات العنيفة", "قوات النظام والمسلحين الموالين لها من طرف، وعناصر تنظيم داعش", None, ("القريتين", 2), ""),
        ("COERCE", "seize", 1, "بسط سيطرته", ("التنظيم", 2), None, ("مدينة القريتين", 2), "F"),
        ("ASSAULT", "suicide-attack", 2, "تفجير 3 عناصر من تنظيم داعش لثلاث عربات مفخخة", "3 عناصر من تنظيم داعش", "18 عنصراً من قوات النظام والمسلحين الموالين لها", "مطار التيفور العسكري", ""),
        ("ASSAULT", "suicide-attack", 2, "استهدفتا", "3 عناصر من تنظيم داعش", "حواجز لقوات النظام", ("مدينة القريتين", 1), ""),
    ],
    # Al-Yaum: penalties for the Yemenis holding sheikhs' certificates for naturalisation (Thursday 30 July). s2 the
    # Jazan region's statement that the certificates held by a number of expatriates are invalid and that legal
    # accountability and the penalties of the law will be applied to them (a warning with a stated sanction ->
    # THREATEN, mode null: the law, the twenty-second and twenty-third sets' "وفقًا للقانون"/"توعدت بتطبيق القانون");
    # s4 the spokesman: the certificates expose the sheikhs and elders who signed and endorsed them to legal
    # accountability and the penalties of the nationality law (a warning to other recipients -> THREATEN, mode null;
    # "مؤكدا": the speaker not named in the sentence, actor null); s5 the Jazan police director Maj-Gen. Nasser
    # al-Duwaisi's field tour of the sites of the committees correcting the Yemenis' status (an official's field
    # tour -> CONSULT visit, the twenty-second set's health director's tour; the committees' sites as recipient;
    # "منطقة جازان" second occurrence). Not coded: s0 (the emirate's earlier warning against the certificates'
    # circulation, "في فترة سابقة": a standing rule), s1 (the certificates' wording), s3 (the emir's instructions,
    # repeated "over the past years", to arrest and deport the holders and to summon and question the sheikhs:
    # orders inside one government and a standing practice, twenty-first to twenty-third sets), s5's meeting of the
    # security leaders with the passports' assistant director (a meeting inside the security services of one
    # ministry), his visit to the passports' site (part of the same tour) and his call to redouble efforts (an
    # exhortation inside one body), s6 (his satisfaction with his own services' work: inside one body).
    "snn-a4446d12e395": [
        ("THREATEN", None, 2, "ستطبق في حقهم المساءلة القانونية والعقوبات", "منطقة جازان", "عدد من الوافدين", None, ""),
        ("THREATEN", None, 4, "يعرض الموقعين والمصادقين عليها من المشايخ والعرائف للمساءلة القانونية", None, "الموقعين والمصادقين عليها من المشايخ والعرائف", None, ""),
        ("CONSULT", "visit", 5, "جولة ميدانية", "مدير شرطة منطقة جازان رئيس اللجنة الامنية الدائمة اللواء ناصر بن صالح الدويسي", "مواقع لجان التصحيح", ("منطقة جازان", 2), ""),
    ],
    # Al-Jazirah: Egypt prepares to dig a third canal at Port Said (2 August). s3 President al-Sisi's meeting with the
    # Suez Canal Authority's chairman Mohab Mamish and the officials of the Suez Canal development project (a
    # meeting of the head of state with a state authority -> CONSULT, mode null, as the twenty-third set's King's
    # meeting with the health ministry's leaders; recent: not historical). Not coded: s0-s2 (the project, its
    # schedule and benefits; the authority's agreement with the dredging companies of "Tahaluf al-Tahaddi":
    # business, a contract), s4-s5 (the meeting's contents), s6 (al-Sisi's direction to start the plan: an order
    # inside one government, twenty-first to twenty-third sets).
    "snn-10d5ee8a51f0": [
        ("CONSULT", None, 3, "عقد اجتماعا", "الرئيس المصري عبد الفتاح السيسي", "الفريق مهاب مميش، وعدد من المسئولين عن الجوانب القانونية والفنية لمشروع التنمية بمنطقة قناة السويس", None, ""),
    ],
    # Al-Riyadh: Obama urges the supporters of the Iran nuclear deal to press for its approval (Thursday 30 July). s0
    # Obama calling on groups that support the deal to make their voices heard in Congress (a call on named groups to
    # act -> REQUEST, mode null, the fifteenth set's call to fight; not a policy change asked of the recipient); s1 his
    # conference call with groups such as the Center for American Progress (-> CONSULT phone, the tenth and eighteenth
    # sets' calls) in which he charged that the deal's opponents such as AIPAC spent 20 million dollars on television
    # ads to pressure Congress (an informal charge against named opponents -> ACCUSE allege, the twenty-second set's
    # Kerry statements); s2 "Obama did not thank the groups for any support so far" (stated not to have happened ->
    # SUPPORT [N], the first set's "لم تقطع"; "للجماعات" as written, the article's alif elided); s4 the agreement that
    # the United States and the other world powers concluded with Iran (a relative clause with its parties, the
    # deal's only report as an act in the article -> AGREE, the twenty-third set's OPEC survey; 14 July, 17 days
    # before: not historical; "إيران" first occurrence). Not coded: s0's lobbies spending millions to block the deal
    # (a standing campaign), s1's "المعارضون لهذا الاتفاق يتدفقون" (the same charge), s2's pressing them to
    # intensify their efforts (the s0 call restated) and his comparison with the run-up to the Iraq war, s3 (the
    # quotation: a prediction), s4's review by Congress (legislative procedure) and its deadline to approve or
    # reject (an alternative, not an act).
    "snn-eb3298b14982": [
        ("REQUEST", None, 0, "دعا", "الرئيس الأميركي باراك أوباما", "مجموعات تدعم الاتفاق النووي مع إيران", None, ""),
        ("CONSULT", "phone", 1, "اتصال", "أوباما", "جماعات مثل مركز التقدم الأميركي للأبحاث", None, ""),
        ("ACCUSE", "allege", 1, "أنفقت 20 مليون دولار على إعلانات تلفزيونية للضغط على أعضاء الكونجرس", "أوباما", "الجماعات المعارضة للاتفاق", None, ""),
        ("SUPPORT", None, 2, "لم يوجه أوباما الشكر", "أوباما", "للجماعات", None, "N"),
        ("AGREE", None, 4, "أبرمته", "الولايات المتحدة والقوى العالمية الأخرى", ("إيران", 1), None, ""),
    ],
    # Al-Weeam: Turkey: F-16s struck ISIS positions in Syria (Friday 24 July, the first Turkish air strikes). s0 the
    # prime ministry's statement: Turkish F-16s struck ISIS positions (-> ASSAULT aerial) and some 5,000 police,
    # backed by helicopters and special forces, raided more than 100 sites suspected of belonging to ISIS and Kurdish
    # militants in Istanbul overnight (raids -> COERCE seize, PLOVER "raid", the seventh and twenty-first sets'
    # "داهمت"/"مداهمة"; the helicopters and special forces are the same state's units in one operation: no AID); s1
    # three F-16s taking off from Diyarbakir and striking two headquarters and a "gathering point" of ISIS militants
    # (new content: the aircraft and the targets -> ASSAULT aerial; Diyarbakir is the base of take-off, no place of
    # the strike); s2 the strikes took place in an area in Syria across the border (new content: the place -> ASSAULT
    # aerial, "سويا" as written; the jets of the quotation as actor; the Kilis landmark is no place of the strike);
    # s3 the cross-border exchange of fire on Thursday in the same area between the Turkish army and ISIS fighters,
    # a Turkish soldier and a militant killed (-> ASSAULT firearms, both sides in one phrase; "نفس المنطقة"
    # anaphoric; the day before: not historical); s6 the prime ministry saying on Thursday that Turkey will take all
    # necessary measures to protect public order and national security (a warning to the attackers -> THREATEN, mode
    # null, the first set's Davutoglu "العمليات ستستمر") after attacks by ISIS and Kurdish militants (inside "في
    # اعقاب", with their actors, reported nowhere else as such -> ASSAULT, mode null); s7 the suicide bombing
    # suspected to be ISIS's that killed 32 in a town on the Syrian border (inside "بعد", with its toll -> ASSAULT
    # suicide-attack; "بلدة على الحدود مع سوريا" vague: no place; four days before: not historical) and the
    # agentless suspicion of ISIS (-> ACCUSE allege, actor null, the attack's author left out, fifteenth to
    # twenty-second sets). The text writes a no-break space after "الاسلامية" in s0; the recipient is given with the
    # escape \u00a0 so that it matches the text exactly (the twenty-third set's Messi report).
    # Not coded: s2's "لم تعبر الحدود السورية" (no PLOVER act denied), s4 (the s0 raids
    # restated by the TV stations), s5 (the police spokesman declining to comment), s7's "موجة من العنف" (a
    # series), s8 (the link line).
    "snn-b442871241e3": [
        ("ASSAULT", "aerial", 0, "قصفت", "مقاتلات تركية إف-16", "مواقع لتنظيم الدولة الاسلامية\u00a0داعش", None, ""),
        ("COERCE", "seize", 0, "مداهمات", "5000 من افراد الشرطة التركية", "أكثر من 100 موقع", "مدينة اسطنبول", ""),
        ("ASSAULT", "aerial", 1, "قصفت", "ثلاث مقاتلات إف-16", "مقرين و”نقطة تجمع” لمتشددي داعش", None, ""),
        ("ASSAULT", "aerial", 2, "الغارات", "المقاتلات التركية", None, "سويا", ""),
        ("ASSAULT", "firearms", 3, "تبادل لاطلاق النار", "الجيش التركي ومقاتلي داعش", None, None, ""),
        ("THREATEN", None, 6, "ستتخذ كل الاجراءات اللازمة", "مكتب رئيس الوزراء", None, None, ""),
        ("ASSAULT", None, 6, "هجمات شنها", "تنظيم الدولة الاسلامية ومتشددون اكراد", None, None, ""),
        ("ASSAULT", "suicide-attack", 7, "تفجير انتحاري", None, "32 شخصا", None, ""),
        ("ACCUSE", "allege", 7, "يشتبه", None, "تنظيم داعش", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
