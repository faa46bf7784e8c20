"""Build events-blind4.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fourth events blind set; same layout and guidelines as the first,
second and third sets, /work/main/tests/data/events/events-blind.jsonl, events-blind2.jsonl,
events-blind3.jsonl and their blind/, blind2/, blind3/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind4.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind4.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Jouf labour office catches violations of the midday work ban (the second set's Riyadh inspection
    # story is another office and region). Inspection -> ACCUSE investigate (second set); s2 restates it
    # with the inspection teams as actor and the establishments as target -> own record. Not coded: s1
    # (purpose), s3 "الحملات ستتواصل" (general, future) and "حث المنشآت" (appeal).
    "snn-974c519c890c": [
        ("ACCUSE", "investigate", 0, "ضبط مخالفات", "مكتب العمل بمنطقة الجوف", None, "منطقة الجوف", ""),
        ("ACCUSE", "investigate", 2, "ضبط مخالفي", "فِرَق التفتيش في مكتب العمل بالجوف", "عدد من المنشآت", "الجوف", ""),
    ],
    # Obituary memoir of Sheikh Ali al-Juffali (a meeting at a mosque in 1999, a teacher's gratitude):
    # personal, no PLOVER event: none.
    "snn-bab5f8a030f5": [],
    # Sports column on the Hilal-Nasr derby (goals, minutes): none.
    "snn-a51db0636201": [],
    # MH17: investigators find possible Buk missile parts. The downing (July 2014) -> ASSAULT [H], in s0
    # (the case named with its place, like the third set's "بتهم قتل متظاهرين") and s4 (date, 298 dead);
    # s10 restates it with the route and the victims' nationality only (casualty detail): not coded.
    # Investigations -> ACCUSE investigate (PLOVER: all investigations; second set): s0 (finding of the
    # parts), s1 (international and Dutch investigators), s2 (the earlier retrieval mission in east
    # Ukraine). Ukraine and the West accusing the separatists -> ACCUSE allege (a standing accusation,
    # not flagged; the content "تزودهم بها روسيا" is carried by it, first-set rule); Russia and the rebels'
    # denial -> the denied downing, negated and historical (first set: a denial is the denied event
    # negated; Oman "لم تقطع" N+H); their counter-accusation of the Ukrainian army -> ACCUSE allege; the
    # joint investigation team of seven countries meeting in The Hague -> CONSULT multilateral. Not
    # coded: s3 (declining to give details), s8/s9 (what the parts may show; no conclusion), "خلال فترة
    # القتال العنيف ..." in s4 (time anchor).
    "snn-71cc86c9f394": [
        ("ASSAULT", None, 0, "اسقاط", None, "الطائرة الماليزية ام اتش 17", "شرق اوكرانيا", "H"),
        ("ACCUSE", "investigate", 0, "عثروا", "المحققون", None, None, ""),
        ("ACCUSE", "investigate", 1, "يحققون", "محققين دوليين وهولنديين", None, None, ""),
        ("ACCUSE", "investigate", 2, "مهمة سابقة", None, None, "شرق اوكرانيا", ""),
        ("ASSAULT", None, 4, "اسقطت", None, "الطائرة", None, "H"),
        ("ACCUSE", "allege", 5, "اتهمت", "اوكرانيا والعديد من الدول الغربية", "الانفصاليين الموالين لروسيا", None, ""),
        ("ASSAULT", None, 6, "تنفي", "روسيا والمتمردون", None, None, "NH"),
        ("ACCUSE", "allege", 6, "توجه اصابع الاتهام", "روسيا والمتمردون", "للجيش الاوكراني", None, ""),
        ("CONSULT", "multilateral", 7, "يلتقي", "اعضاء فريق التحقيق المشترك", None, "لاهاي", ""),
    ],
    # Egypt: the army repels a terrorist attack in Suez. s0: the attack (actor not named; target the
    # army elements) and the army's killing of one attacker -> two ASSAULT records (different pairs);
    # s2 restates with the attackers' fire (firearms) and the troops' response at Aswaq Badr -> two
    # records; the second attacker fleeing -> RETREAT withdraw (first set: "فرار المتمردين"); s3 the
    # attack's victims (an officer killed, a soldier wounded) -> ASSAULT (new target, as the third set's
    # Warduj s1/s3); s4 the sweep of the area -> COERCE seize (PLOVER: execute search) and its stated aim
    # "لضبط الإرهابي الهارب" -> COERCE arrest [F]. s1 is cut at "4." (nothing).
    "snn-2a6a2832bc31": [
        ("ASSAULT", None, 0, "هجوم إرهابي", None, "عناصر من الجيش الثالث الميداني", "محافظة السويس", ""),
        ("ASSAULT", None, 0, "قتل", "عناصر من الجيش الثالث الميداني", "أحد العناصر الإرهابية المشاركة في الهجوم", "محافظة السويس", ""),
        ("ASSAULT", "firearms", 2, "إطلاق نيران عشوائية", "اثنين من العناصر الإرهابية", ("القوات", 1), "أسواق بدر", ""),
        ("ASSAULT", None, 2, "تصفية", ("القوات", 2), "أحد العناصر الإرهابية", "أسواق بدر", ""),
        ("RETREAT", "withdraw", 2, "فر العنصر الآخر هارباً", "العنصر الآخر", None, None, ""),
        ("ASSAULT", None, 3, "استشهاد", None, "المقدم وليد محمود الصادق", None, ""),
        ("COERCE", "seize", 4, "تمشيط", "عناصر الجيش الثالث المصري الميداني", None, None, ""),
        ("COERCE", "arrest", 4, "لضبط", "عناصر الجيش الثالث المصري الميداني", "الإرهابي الهارب", None, "F"),
    ],
    # The Mufti's Friday sermon on social media and Islamic prohibitions: religious teaching, generic
    # criticism of social-media talk (no actor), appeals: none.
    "snn-c12e7fe54310": [],
    # Iraq: thousands protest against corruption and the lack of services in Baghdad. s0 and s3 (the
    # protests continuing for a second week) -> PROTEST demo; the protesters' vow to go on "حتى إخراج
    # الفاسدين" -> THREATEN (CAMEO 133 "threaten with political dissent, protest" -> THREATEN, mode
    # relations as in CAMEO2PLOVER) with its content, continued protests, PROTEST [F] (first set: the
    # content of a threat is coded hypothetical); the accusation of the political class -> ACCUSE allege.
    # Not coded (PLOVER, second set's Latakia rule): the protest topic and demands ("وسط دعوات لمحاسبة
    # المسؤولين", s6, the organiser's "نطالب رئيس الوزراء" in s7); the coffin carried (s1, detail); s4.
    "snn-54611314da74": [
        ("PROTEST", "demo", 0, "احتجاجًا", "آلاف العراقيين", None, "بغداد", ""),
        ("THREATEN", "relations", 2, "تعهد", "بعض المتظاهرين", None, None, ""),
        ("PROTEST", "demo", 2, "بمواصلة الاحتجاجات", "بعض المتظاهرين", None, None, "F"),
        ("PROTEST", "demo", 3, "التظاهر", "العراقيون", None, None, ""),
        ("ACCUSE", "allege", 5, "يتهم", "المتظاهرون وعدد من الناشطين المدنيين", "الطبقة السياسية التي تحكم البلاد", None, ""),
    ],
    # UN committee investigating Israeli practices ends a fact-finding visit to Amman: CONSULT visit (host
    # not named) and ACCUSE investigate (fact-finding; target named only by the adjective, first-set rule).
    # The Duma arson (settlers burning the family house, killing the baby and his father, ten days
    # before: recent) -> ASSAULT primitive (PLOVER: fire). The committee's report of violations by the
    # Israeli authorities (s5) -> ACCUSE allege (actor implied). Not coded: "تصاعد العنف" (general), s3 (the
    # committee's analysis of root causes), s4 (standing Israeli laws and bills, incl. the generic
    # "السجناء الفلسطينيين المضربين عن الطعام" inside the bill's description), s6 (report to come), date line.
    "snn-c23300fe1846": [
        ("CONSULT", "visit", 1, "زيارة رسمية", "لجنة الأمم المتحدة المعنية بالتحقيق في الممارسات الإسرائيلية", None, "عمان", ""),
        ("ACCUSE", "investigate", 1, "لتقصي الحقائق", "لجنة الأمم المتحدة المعنية بالتحقيق في الممارسات الإسرائيلية", "الإسرائيلية", "عمان", ""),
        ("ASSAULT", "primitive", 2, "قتل", "المستوطنين", "الرضيع ووالده", None, ""),
        ("ACCUSE", "allege", 5, "إنتهاكات", None, "السلطات الإسرائيلية", None, ""),
    ],
    # Al-Jubeir in Moscow: "no place for Assad in Syria's future" -> REQUEST change (PLOVER: calls for a
    # change of leadership; borderline with a stance statement). The talks with Lavrov in Moscow (s1, and
    # s2 restating them with date and topic) -> CONSULT visit (visitor actor, host recipient). MBS's June
    # visit to Russia and talks with Putin in St Petersburg (s6, two months before: historical, as the
    # second set's "قبل شهرين") -> one CONSULT visit [H]; s10 restates the meeting -> CONSULT visit [H];
    # the agreements reached then (s8) -> AGREE [H]; further talks announced (s11) -> CONSULT [F] (earlier
    # sets' rule for planned meetings; PLOVER would say AGREE); the talks in Doha last week (s12, recent)
    # -> CONSULT. Not coded: s3 (cooling relations, Moscow's standing support for Assad, Riyadh's standing
    # opposition), s4/s13 (the meeting anaphoric), "تجدد المساعي الدبلوماسية" (general), s15 ("بعد اجتماع":
    # time anchor), s16 (aims), s18 (the joint press conference to come: press conference as such).
    "snn-eb16dededc95": [
        ("REQUEST", "change", 0, "لا مكان", "وزير الخارجية السعودي عادل الجبير", "للرئيس بشار الأسد", None, ""),
        ("CONSULT", "visit", 1, "محادثات", "الجبير", "وزير الخارجية الروسي سيرجي لافروف", "موسكو", ""),
        ("CONSULT", "visit", 2, "اجتمع", "الجبير", "نظيره الروسي سيرجي لافروف", "موسكو", ""),
        ("CONSULT", "visit", 6, "لزيارة", "ولي ولي العهد ووزير الدفاع محمد بن سلمان", "روسيا الاتحادية", "سان بطرسبرج", "H"),
        ("AGREE", None, 8, "الاتفاقات التي تم التوصل إليها", None, None, None, "H"),
        ("CONSULT", "visit", 10, "اجتمع", "الأمير محمد بن سلمان", "بوتين", "سان بطرسبرج", "H"),
        ("CONSULT", None, 11, "سيجريان المزيد من المحادثات", "لافروف", "الجبير", None, "F"),
        ("CONSULT", None, 12, ("المحادثات", 1), None, None, "الدوحة", ""),
    ],
    # Opinion column on people who belittle others' success ("قتلة الطموح" is figurative): none.
    "snn-9e65836d06a1": [],
    # Kurdistan authorities receive Umm Sayyaf from the US. The handover -> COOPERATE (judicial
    # cooperation, CAMEO 063), s0 and s1 (new recipient: the Kurdistan National Security Council; six
    # days before: recent); her detention -> COERCE arrest (s0; s1 with the investigating judge as actor)
    # and the charge of membership (s1; no conviction) -> ACCUSE allege. The US raid in Syria in May
    # (three months before: historical) -> ASSAULT [H] with Abu Sayyaf's killing, her capture -> ASSAULT
    # abduct [H] (captured combatant), ISIS's abduction of Yazidi girls -> ASSAULT abduct [H]; her
    # transfer to Iraq for interrogation -> ACCUSE investigate [H] (the interrogation taken as realised).
    # s5: the accusations against her -> ACCUSE allege (her "preliminary investigation" in the same
    # sentence has the same (type, actor, recipient) and is one unit with it, earlier sets' unit rule). s6: the US not handing her to the Iraqi government -> COOPERATE negated; the MP's
    # allegation of corruption in Iraqi prisons -> ACCUSE allege. Not coded: s2 (assurance of a fair
    # trial: procedure), "لدي شنه هجومًا واسعًا على ... سنجار" (time anchor), the Yazidi girl found in her
    # house (s4, no act stated), the handover and detention restated in s5 (anaphoric), the statutory
    # penalty "ستكون عقوبتها الإعدام" (prediction), s7 (opinion).
    "snn-094819577114": [
        ("COOPERATE", None, 0, "تسلمت", "الولايات المتحدة الأميركية", "وزارة الداخلية في الإقليم", None, ""),
        ("COERCE", "arrest", 0, "توقيفها", None, "المذكورة", None, ""),
        ("COOPERATE", None, 1, "سلمت", "الولايات المتحدة الأميركية", "مجلس الأمن الوطني لإقليم كردستان", None, ""),
        ("COERCE", "arrest", 1, "توقيف", "قاضي التحقيق", "المذكورة", None, ""),
        ("ACCUSE", "allege", 1, "بتهمة الانتماء", "قاضي التحقيق", "المذكورة", None, ""),
        ("ASSAULT", None, 3, "أول عملية نوعية", "قوة أميركية خاصة", "القيادي في داعش أبو سياف", "الأراضي السورية", "H"),
        ("ASSAULT", "abduct", 3, "إلقاء القبض", "قوة أميركية خاصة", "زوجته أم سياف", "الأراضي السورية", "H"),
        ("ASSAULT", "abduct", 3, "اعتقلهن", ("التنظيم", 2), "الآلاف من الفتيات الإيزيديات", None, "H"),
        ("ACCUSE", "investigate", 4, "لاستجوابها", "القوات الأميركية", "أم سياف", None, "H"),
        ("ACCUSE", "allege", 5, "متهمة", None, ("أم سياف", 2), None, ""),
        ("COOPERATE", None, 6, "لم تسلم", "الولايات المتحدة الأميركية", "للحكومة العراقية", None, "N"),
        ("ACCUSE", "allege", 6, "فساد كبير", "النائبة أواز حميد أفندي", "للسجون العراقية", None, ""),
    ],
    # Nigeria: two Boko Haram attacks kill 16. s0: the suicide bombing and the fighters' attack on
    # villagers (two records, different actors), the new joint-force commander's vow to crush the
    # insurgency -> THREATEN violence + its content ASSAULT [F] (first set); s1 (Maiduguri, six dead), s2
    # (Yobe village, ten dead), s5 (Gamboru market) and s7 (the bomber blowing herself up among the
    # traders) restate the attacks with new place/target -> own records; s3 the series of market attacks
    # last month (recent, mostly by girl bombers) -> ASSAULT suicide-attack; s4 Boko Haram's abductions
    # and forced recruitment (background, years) -> ASSAULT abduct [H] + COERCE [H]; s8 Buhari receiving
    # the UN envoy in Abuja -> CONSULT visit. Not coded: the commander's appointment (s1, internal), "هو
    # الاخير في سلسلة" (anaphoric), s8's prediction "ستتيح الهزيمة السريعة", s9 (general description of the
    # campaign), s10 (prediction and composition of the force), the militia's standing role (s5).
    "snn-e98f7dbe6634": [
        ("ASSAULT", "suicide-attack", 0, "نفذته انتحارية", "انتحارية", None, "نيجيريا", ""),
        ("ASSAULT", None, 0, "شنه", "مقاتلو بوكو حرام", "سكان إحدى القرى", "نيجيريا", ""),
        ("THREATEN", "violence", 0, "توعد", "قائد القوة الدولية الجديدة لقتال الجماعة", "التمرد", None, ""),
        ("ASSAULT", None, 0, "القضاء على التمرد", "القوة الدولية الجديدة", "التمرد", None, "F"),
        ("ASSAULT", "suicide-attack", 1, "هجوم نفذته انتحارية", "انتحارية", "ستة اشخاص", "مايدوغوري", ""),
        ("ASSAULT", None, 2, "هجوما انتقاميا", "الإرهابيون", "سكان قرية في ولاية يوبي", "ولاية يوبي", ""),
        ("ASSAULT", "suicide-attack", 3, "سلسلة هجمات", "بوكو حرام", "اسواقاً مزدحمة", "نيجيريا وتشاد والكاميرون", ""),
        ("ASSAULT", "abduct", 4, "اختطفت", "بوكو حرام", "آلاف المدنيين", None, "H"),
        ("COERCE", None, 4, "اجبرت آخرين بالقوة", "بوكو حرام", "آخرين", None, "H"),
        ("ASSAULT", "suicide-attack", 5, "هجوم انتحاري", "انتحارية", None, "سوق غامبورو", ""),
        ("ASSAULT", "suicide-attack", 7, "فجرت نفسها", None, "التجار", None, ""),
        ("CONSULT", "visit", 8, "استقباله", "للممثل الخاص للامين العام للامم المتحدة لغرب افريقيا محمد ابن شمباس", "الرئيس النيجيري محمد بخاري", "ابوجا", ""),
    ],
    # Nasrallah: Hezbollah can count on Iranian support after the nuclear deal. Expectations and
    # predictions (s1, s2) and the ceremony (s3) are not events; the nuclear deal appears only as a time
    # anchor ("بعد الاتفاق النووي الذي وقعته طهران مع الغرب", "بعد الاتفاق النووي ... الذي أبرم ... في فيينا"),
    # which the earlier sets do not code ("بعد الاتفاق النووي", "بعد توقيع الاتفاق"): none.
    "snn-141deaaa19ef": [],
    # Louisiana: a gunman kills two in a cinema and shoots himself. s1 the shooting -> ASSAULT firearms;
    # s3 the two killed, now with the suspect named as the killer (new content: actor) -> ASSAULT; s6 the
    # seven wounded "في الهجوم" (new target) -> ASSAULT; the governor going to Lafayette (s19) -> CONSULT
    # visit (domestic visit, borderline, as the first set's minister tour). Not coded: s2/s15 (time and
    # witnesses' account of the same shooting, anaphoric), the suicide (s3, s12; no recipient), s4/s5 (the Aurora shooting and other shootings as time anchors "بعد ..."), s8 (names of the
    # dead), s11/s12 (attempted escape, forced back, suicide), s13 (supposed intention), s16/s17 (Obama
    # informed; condolences), s20.
    "snn-f44db6c2b601": [
        ("ASSAULT", "firearms", 1, "فتح النار", "مسلحاً من ولاية ألاباما", "امرأتين", "لا فاييت بلويزيانا", ""),
        ("ASSAULT", None, 3, "قتل", "المشتبه به", "شخصان", None, ""),
        ("ASSAULT", None, 6, "الهجوم", None, "سبعة أشخاص", None, ""),
        ("CONSULT", "visit", 19, "انتقل", "حاكم لويزيانا الجمهوري بوبي جيندال", None, "مدينة لافاييت", ""),
    ],
    # Letter of the director of charities replying to a columnist. The columnist's claim that charity
    # money goes to activities supporting terrorism and of financial corruption (about two weeks before:
    # recent) -> ACCUSE allege; the director calling it "مغالطة وتجنٍ" -> ACCUSE disapprove; "لم يتم ضبط أي
    # حالة اتضح من خلالها دعم الجمعيات الخيرية للإرهاب" -> the denied event, AID negated (first set: a denial
    # is the denied event, negated). Not coded: the proposal in the article's title, the ministry's standing
    # supervision, audits, periodic visits, the accounting offices' contracts (procurement), the standing
    # ban on collecting donations, the website under development, greetings.
    "snn-302d685f0931": [
        ("ACCUSE", "allege", 4, "يشير في مقاله", "للكاتب محمد المسفر", ("الجمعيات الخيرية", 2), None, ""),
        ("ACCUSE", "disapprove", 5, "مغالطة وتجنٍ", None, "الكاتب", None, ""),
        ("AID", None, 5, "دعم", ("الجمعيات الخيرية", 2), "للإرهاب والحركات المتطرفة", None, "N"),
    ],
    # Eid column (then and now): none.
    "snn-8734e4000cd2": [],
    # South Korea: a man who threatened to kill the US ambassador arrested. s0: the arrest (COERCE), the
    # threat (THREATEN violence) and its content (ASSAULT [F], first set), the knife attack on the
    # ambassador in March (ASSAULT primitive [H]; PLOVER: knives). s1: the US embassy's report to the
    # police (ACCUSE allege, like the first set's شكاية / second set's بلاغات), the police finding the
    # draft on his computer (ACCUSE investigate), his denial (the denied threat, negated), the charge of
    # attempted murder against Kim Ki-jong in March (ACCUSE allege [H]; no conviction reported). Not
    # coded: the arrest restated in s1 with its date (anaphoric), "بعد الهجوم على السفير ليبرت" (time
    # anchor), s2 (Kim's motive; the annual joint exercises, habitual).
    "snn-e4be7c8e28e2": [
        ("COERCE", "arrest", 0, "اعتقلت", "الشرطة الكورية الجنوبية", "رجلاً", None, ""),
        ("THREATEN", "violence", 0, "هدد", "رجلاً", "السفير الأمريكي لدى سيول مارك ليبرت", None, ""),
        ("ASSAULT", None, 0, "بقتل", "رجلاً", "السفير الأمريكي لدى سيول مارك ليبرت", None, "F"),
        ("ASSAULT", "primitive", 0, "للطعن بسكين", None, "السفير الأمريكي لدى سيول مارك ليبرت", None, "H"),
        ("ACCUSE", "allege", 1, "بلاغ", "السفارة الأمريكية في سيول", None, None, ""),
        ("ACCUSE", "investigate", 1, "وجدت", ("الشرطة", 1), None, None, ""),
        ("THREATEN", None, 1, "نفى", ("لي", 4), None, None, "N"),
        ("ACCUSE", "allege", 1, "توجيه تهمة محاولة الاغتيال", None, "كيم كي-جونغ", None, "H"),
    ],
    # Al-Anad base: history and today's recapture. s2 the 1994 battles around the base (both sides named
    # in one phrase; artillery) -> ASSAULT heavy-weapons [H], its fall to Saleh's forces -> COERCE seize
    # [H]; s4 its fall to the Houthis in March -> COERCE seize [H] (second set: "كانت تحتلها" [H]), the
    # Iranian Revolutionary Guard experts training Houthi militias and the Republican Guard -> AID [H]
    # (second set: training = AID), the training's stated aim "لقتل أبناء اليمن المعارضين لهم" (mines) ->
    # ASSAULT explosives [F] (third set: stated aims -> hypothetical); s5 today's capture by the national
    # army and the resistance -> COERCE seize + ASSAULT (the fierce battles with the Houthis). Not coded:
    # s0 (general "شهدت أهم المعارك ..." of 1994, detailed in s2), s1 (Soviet flights and expansion), s3
    # (US use after 9/11), the Houthis' standing control and "منذ بدء هجومهم" (time anchor), interception of
    # calls (no PLOVER type).
    "snn-adfd38fff3b0": [
        ("ASSAULT", "heavy-weapons", 2, "معارك عنيفة", "القوات الشمالية والجنوبية", None, "قاعدة العند", "H"),
        ("COERCE", "seize", 2, "سقطت في يد", 'قوات المخلوع "صالح"', None, "قاعدة العند", "H"),
        ("COERCE", "seize", 4, "سقطت", "ميليشيات الحوثيين", None, "قاعدة العند", "H"),
        ("AID", None, 4, "بتدريب", "خبراء من الحرس الثوري الإيراني", "الميليشيات الحوثية والحرس الجمهوري الموالي لصالح", None, "H"),
        ("ASSAULT", "explosives", 4, "لقتل", None, "أبناء اليمن المعارضين لهم", None, "F"),
        ("COERCE", "seize", 5, "فرض السيطرة", 'قوات "الجيش الوطني" و"المقاومة الشعبية"', None, "قاعدة العند", ""),
        ("ASSAULT", None, 5, "معارك ضارية", 'قوات "الجيش الوطني" و"المقاومة الشعبية"', "المتمردين الحوثيين", "قاعدة العند", ""),
    ],
    # Yanbu education director meets the tourism authority's director (inter-agency meeting, like the
    # third set's flydubai delegation and the second set's Najma visit: small, borderline) -> CONSULT
    # (mode null: s0 names no host); the partnership agreements between the ministry and the authority
    # -> AGREE (nominal mention with named parties, no date: the third set's Bisha agreement); thanks
    # (s4) and appreciation of the reception (s5) -> SUPPORT. Not coded: s1-s3 (commentary on the
    # partnership), the reception in s5 (anaphoric to s0), the praise of partnership work in general.
    # (The AGREE actor contains a no-break space U+00A0 as in the text, written \xa0.)
    "snn-d3b027741e0f": [
        ("CONSULT", None, 0, "التقى", "مدير تعليم ينبع محمد العقيبي", "مدير الهيئة العامة للسياحة والتراث الوطني بمحافظة ينبع سامر الجهني", None, ""),
        ("AGREE", None, 0, "اتفاقيات الشراكة", "وزارة التعليم\xa0والهيئة العامة للسياحة والتراث الوطني", None, None, ""),
        ("SUPPORT", None, 4, "شاكراً", None, "مدير التعليم", None, ""),
        ("SUPPORT", None, 5, "تقديره", "الجهني", "مدير التعليم", None, ""),
    ],
    # TAPI gas pipeline (Turkmenistan-Afghanistan-Pakistan-India): foundation stone in December. The
    # planned start of construction -> COOPERATE [F] (earlier sets: planned cooperative actions without a
    # pledge verb keep their type + hypothetical; PLOVER would say AGREE); the Turkmen delegation's visit
    # to Islamabad (s0) and the Turkmen authorities informing PM Sharif (s3, new recipient) -> CONSULT
    # visit; Pakistan resuming its efforts to finalise the Iran pipeline (s9, after 14 July: recent) ->
    # AGREE (intent to cooperate, like the first set's "حريصة على تطوير"); the Iran pipeline inaugurated in
    # March 2013 (s10) -> COOPERATE [H]. Not coded: s1 (long-standing planning), s2/s5/s6 (delays,
    # commentary), s3's "سيبدأ تنفيذه" and s4 (the same planned start restated without an actor), s7 (Total
    # seeking to lead, Russia's interest: no commitment), s8 (route), "بعد ابرام طهران اتفاقا" (time
    # anchor), the halt "بسبب العقوبات الدولية على ايران" (standing sanctions as a cause).
    "snn-3c45ef06d0fc": [
        ("COOPERATE", None, 0, "وضع الحجر الاساس", "تركمانستان والهند", None, None, "F"),
        ("CONSULT", "visit", 0, "زيارة", "وفد تركماني", None, "اسلام اباد", ""),
        ("CONSULT", "visit", 3, "ابلغت", "سلطات تركمانستان", "رئيس الوزراء الباكستاني نواز شريف", None, ""),
        ("AGREE", None, 9, "استأنفت مساعيها", "باكستان", "ايران", None, ""),
        ("COOPERATE", None, 10, "دشن", None, None, None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
