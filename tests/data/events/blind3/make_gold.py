"""Build events-blind3.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (third events blind set; same layout and guidelines as the first
and second sets, /work/main/tests/data/events/events-blind.jsonl, events-blind2.jsonl and their
blind/make_gold.py, blind2/make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind3.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind3.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Riyadh Chamber Eid party for its staff; Eid-holiday service; yearly social programme: none.
    "snn-3feee1195148": [],
    # CITC / Universal Service Fund: telecom services delivered to 1,569 villages through STC. Public
    # service delivery and the projects' service agreements with the operator ("تم توقيع اتفاقياتها في
    # شهر ديسمبر ... 2014": a procurement contract, like the second set's housing contracts), figures and
    # standing programme descriptions are not PLOVER events: none.
    "snn-609208fed7af": [],
    # Jazan airport receives flydubai's first flight. The flight, the airline's schedule and the airport's
    # readiness are commercial/administrative: not coded. The airport officials' meeting with the
    # airline delegation that came with the flight is coded CONSULT visit (visitor = actor, host =
    # recipient), as the second set coded the Najma club board's hospital visit (borderline, small).
    "snn-b9c716b843cf": [
        ("CONSULT", "visit", 1, "التقوا", "وفد شركة فلاي دبي للطيران",
         "مدير عام عمليات المطارات الداخلية، عبدالباسط السلفي، ومدير عام المطار، حامد الغريبي، ومدراء الإدارات الحكومية بالمطار",
         None, ""),
    ],
    # Prince Mohammed bin Salman heads the Saudi delegation at the Suez Canal opening "today" (the
    # ambassador's statement of yesterday: "سيترأس"): CONSULT visit, hypothetical in s0 and s1 (scheduled,
    # not yet reported as done; as the first set's "سيكون غداً"). The King's position restated by the
    # ambassador ("تقف إلى جانب حكومة مصر وشعبها") -> SUPPORT. Last Thursday's visit to Cairo and the signing
    # of the "Cairo Declaration" with Sisi -> CONSULT visit + AGREE (not historical: a week before).
    # Not coded: the ambassador's praise of Egypt's achievements (s1-s3, commentary), "يجب علينا جميعاً أن
    # نساندها" (appeal), "هذه الزيارة الثانية" (anaphoric), the content of the declaration, Mahlab's remarks (s6).
    "snn-d441a06b8c76": [
        ("CONSULT", "visit", 0, "يترأس", "الأمير محمد بن سلمان", None, "قناة السويس الجديدة", "F"),
        ("CONSULT", "visit", 1, "سيترأس", "الأمير محمد بن سلمان", "الشعب المصري", "قناة السويس الجديدة", "F"),
        ("SUPPORT", None, 4, "تقف إلى جانب", "المملكة العربية السعودية", "حكومة مصر وشعبها الشقيق", None, ""),
        ("CONSULT", "visit", 5, "زار", "للأمير محمد بن سلمان", "مصر", ("القاهرة", 1), ""),
        ("AGREE", None, 5, "وقع", "للأمير محمد بن سلمان", "الرئيس السيسي", ("القاهرة", 1), ""),
    ],
    # Opinion column on Iran after the nuclear deal. Coded: the deal (nominal mention with named parties,
    # concluded nine days earlier: not historical; as the second set's "اتفاق السلم والشراكة"), the US
    # administration promoting it (SUPPORT, like defending a deal in the first set), the Revolutionary
    # Guard's open rejection (REJECT). Not coded: expectations and predictions (lifting of sanctions,
    # end of isolation, more conflicts), "تيار سياسي ... يطالب" (generic), "بعد توقيع الاتفاق" (time anchor).
    "snn-ad3d75ae182a": [
        ("AGREE", None, 0, "الاتفاق النووي", "إيران ودول الغرب الكبرى", None, None, ""),
        ("SUPPORT", None, 1, "تروج", "الإدارة الأمريكية", ("للاتفاق", 1), None, ""),
        ("REJECT", None, 1, "رفضه", "الحرس الثوري", ("للاتفاق", 2), None, ""),
    ],
    # Bisha date-festival committee meeting (internal meeting: not coded). The cooperation agreement
    # concluded with the National Palm and Dates Centre (two public bodies) -> AGREE, nominal mention
    # like the second set's Eni agreement (its date is not given: no flag). Presentations: not coded.
    "snn-864ee0626d03": [
        ("AGREE", None, 0, "الاتفاقية المبرمة", None, "المركز الوطني للنخيل والتمور", None, ""),
    ],
    # Yemen: coalition raids on Sanaa and Marib; Houthi anti-aircraft fire; resistance ambush in Rada'a.
    # s1 (six raids on al-Sabaha camp) and s5 (the ambush: target and place) add content -> own records;
    # the headline repeat (s8) is coded as the earlier sets do. "ويحلق طيران التحالف" (flying over) is
    # not coded separately from the anti-aircraft fire (ASSAULT heavy-weapons, Houthis -> aircraft).
    "snn-f4f3504753bb": [
        ("ASSAULT", "aerial", 0, "قصف", "طيران التحالف", "مواقع للحوثيين وقوات علي عبدالله صالح", "صنعاء، ومدينة مأرب", ""),
        ("ASSAULT", "aerial", 1, "ست غارات", None, "معسكر الصباحة", None, ""),
        ("ASSAULT", "heavy-weapons", 2, "إطلاق المضادات الأرضية", "الحوثيين وقوات صالح", "طيران التحالف", None, ""),
        ("ASSAULT", "aerial", 3, "اربع غارات", "مقاتلات التحالف", None, "جبهة الجفينة", ""),
        ("ASSAULT", None, 4, "كمين", "المقاومة الشعبية", "ثمانية مسلحين حوثيين", "مدينة رداع", ""),
        ("ASSAULT", None, 5, "نصبت كمينا مسلحا", "المقاومة الشعبية", "دورية عسكرية تابعة للحوثيين", "جبل الثعالب", ""),
        ("ASSAULT", "aerial", 8, "قصف جوي", None, "مواقع الانقلابيين", "صنعاء ومأرب", ""),
    ],
    # India: villagers kill five women accused of witchcraft; twelve arrested. The killing (criminal,
    # coded ASSAULT as the first set's Al-Baha murder), its method in s1 (clubs and sharp weapons ->
    # primitive), the arrests (COERCE arrest), the villagers' blaming of the women (s3, ACCUSE allege).
    # Not coded: "بعد اتهامهن" in s0 (time anchor; the accusation is coded in s3), s5 (continuation of
    # the same claim, no named party), s6 (national statistics).
    "snn-89951cc20ad5": [
        ("ASSAULT", None, 0, "قتلت", "مجموعة من القرويين", "خمس نساء", "ولاية جهارخاند", ""),
        ("COERCE", "arrest", 0, "اعتقال", "الشرطة", "اثني عشر شخصاً", None, ""),
        ("ASSAULT", "primitive", 1, "لضرب وقتل", "مجموعة من القرويين", "النساء", None, ""),
        ("ACCUSE", "allege", 3, "حملوا النساء مسؤولية", "القرويين", "النساء", None, ""),
    ],
    # Libya: a Tripoli court sentences Saif al-Islam (in absentia) and others to death. Convictions ->
    # SANCTION convict, one record per court action and sentenced group (as the first set); prison terms
    # -> also COERCE arrest (PLOVER note; first set's rule); the acquittal of four -> CONCEDE (PLOVER:
    # acquittals). The killing of protesters in 2011 that the case is about -> ASSAULT [H] (first set:
    # the crime behind a case is coded as history); the charges themselves (s0 "بتهم", s6) are not coded
    # as ACCUSE (PLOVER: not alongside a conviction). Saif's detention by a Zintan group "منذ أربع سنوات"
    # -> COERCE arrest [H]; the Zintan factions' refusal to hand him over and their consent to a trial there
    # -> REJECT yield [H] + AGREE [H]. Criticism by HRW, an international lawyer, the ICC and rights groups
    # -> ACCUSE disapprove; HRW's account of obstructed defence (s12) -> ACCUSE allege, with the threats
    # received by two lawyers -> THREATEN (actor not named). Not coded: "يمكن الطعن ... ويجب أن تصدق"
    # (procedure), Saif's video appearance, "لا يثقون بالسلطات" (opinion), the 2013 ICC admissibility
    # matter (background without a PLOVER type), the start of the trial in 2014 and "قبل أن تمزق الحرب"
    # (time anchors), s16 (continuation of Jones' quote without a named party).
    "snn-8a15785345a2": [
        ("SANCTION", "convict", 0, "حكما غيابيا بإعدام", "محكمة ليبية", "سيف الإسلام نجل معمر القذافي وثمانية آخرين", None, ""),
        ("ASSAULT", None, 0, "قتل متظاهرين", None, "متظاهرين", None, "H"),
        ("SANCTION", "convict", 1, "حكمت أيضا بالإعدام", "المحكمة", "سبعة مسؤولين سابقين آخرين", None, ""),
        ("ACCUSE", "disapprove", 2, "انتقادات واسعة", "منظمة هيومن رايتس ووتش ومحام دولي كبير", None, None, ""),
        ("SANCTION", "convict", 3, "أحكاما بالسجن المؤبد", "المحكمة", "ثمانية مسؤولين سابقين", None, ""),
        ("COERCE", "arrest", 3, ("بالسجن", 1), "المحكمة", "ثمانية مسؤولين سابقين", None, ""),
        ("SANCTION", "convict", 3, "حكمت", "المحكمة", "سبعة", None, ""),
        ("COERCE", "arrest", 3, ("بالسجن", 2), "المحكمة", "سبعة", None, ""),
        ("CONCEDE", None, 4, "ببراءة", "المحكمة", "أربعة من المتهمين", None, ""),
        ("SANCTION", "convict", 4, "صدرت أحكام", None, "الباقين", None, ""),
        ("COERCE", "arrest", 4, "بالسجن", None, "الباقين", None, ""),
        ("SANCTION", "convict", 7, "صدر الحكم", None, "سيف الإسلام", "طرابلس", ""),
        ("COERCE", "arrest", 7, "تحتجزه", "جماعة للمقاتلين السابقين", None, "منطقة الزنتان", "H"),
        ("REJECT", "yield", 8, "رفضت تسليمه", "فصائل الزنتان", None, None, "H"),
        ("AGREE", None, 8, "وافقوا", "فصائل الزنتان", None, None, "H"),
        ("ACCUSE", "disapprove", 10, "مخاوف", "المحكمة الجنائية الدولية وجماعات معنية بالحقوق", "النظام القضائي الليبي", None, ""),
        ("ACCUSE", "allege", 12, "لم يتمكنوا من الاطلاع", "هيومن رايتس ووتش", None, None, ""),
        ("THREATEN", None, 12, "تهديدات", None, "اثنان منهم", None, ""),
        ("ACCUSE", "disapprove", 13, "محاكمة صورية", "المحامي البريطاني جون جونز", None, None, ""),
        ("ACCUSE", "disapprove", 14, "غير قانوني", "جونز", None, None, ""),
    ],
    # Syria: regime shelling of the Daraa Palestinian refugee camp (rockets, mortars -> heavy-weapons);
    # s1 restates it with the Action Group's detail (surface-to-surface missiles, injuries) -> own record.
    # The standing siege (of Yarmouk) imposed by the army and militias -> COERCE restrict (ongoing, as the
    # second set's "قاعدة العند التي يحاصرها الثوار"). Not coded: monthly and cumulative tallies (s2-s4,
    # including "قضوا جراء قصف مخيم درعا بالبراميل المتفجرة" inside the July tally), the list of causes of
    # death in s5.
    "snn-3a2de30a2e82": [
        ("ASSAULT", "heavy-weapons", 0, "القصف العنيف", "قوات الأسد", "عدد من الأطفال", "مخيم درعا", ""),
        ("ASSAULT", "heavy-weapons", 1, "استهدف بصواريخ أرض - أرض", None, "المخيم", None, ""),
        ("COERCE", "restrict", 5, "الحصار المشدد", "الجيش النظامي والمليشيات المسلحة التابعة له", None, None, ""),
    ],
    # Afghanistan: Taliban attack security posts in Badakhshan; army operation and air strike in Faryab.
    # s1, s2, s3 restate the Warduj fighting with new content (place, victims, the security forces'
    # side) -> own records; the Taliban commander's capture -> ASSAULT abduct (PLOVER: captured
    # combatants); the Taliban's claim: post fallen into their hands -> COERCE seize, police killed ->
    # ASSAULT (the claim of responsibility as such is not coded); withdrawal of most foreign forces at
    # the end of last year -> RETREAT withdraw [H]. Not coded: s6-s8 and the first half of s9 (general
    # descriptions of the summer offensive and of the insurgency, the government's "محاولات متكررة"),
    # s12 (victims' identity, a casualty detail).
    "snn-35d7716601d6": [
        ("ASSAULT", None, 0, "هاجموا", "نحو مئة مقاتل من حركة طالبان", "العديد من المواقع الأمنية", "شمال شرق أفغانستان", ""),
        ("ASSAULT", None, 1, "الهجوم", None, "عضوان من قوات الأمن", "منطقة واردوج", ""),
        ("ASSAULT", None, 2, "القتال الشرس", "قوات الأمن الأفغانية", "21 متمردا", None, ""),
        ("ASSAULT", None, 3, "الاشتباكات", None, "خمسة جنود", None, ""),
        ("ASSAULT", "abduct", 4, "اعتقال", None, "قاري ذبيح الله قائد طالبان", None, ""),
        ("COERCE", "seize", 5, "سقط في أيديهم", "حركة طالبان", "موقعا أمنيا", None, ""),
        ("ASSAULT", None, 5, "قتل", "حركة طالبان", "العديد من رجال الشرطة", None, ""),
        ("RETREAT", "withdraw", 9, "انسحب", "معظم أفراد القوات الأمريكية والأجنبية", None, None, "H"),
        ("ASSAULT", None, 10, "عملية عسكرية", "قوات الأمن الأفغانية", "18 متمردا", "إقليم فارياب", ""),
        ("ASSAULT", "aerial", 10, "غارة جوية", None, None, "إقليم فارياب", ""),
        ("ASSAULT", None, 11, "العملية العسكرية", None, None, "منطقة ألمار", ""),
    ],
    # Syria: a Saudi ISIS official killed by regime forces in al-Qaryatain. s1 (killed by regime forces)
    # and s2 (the ISIS-close accounts: clashes between the group and regime forces) -> two records, the
    # second with both sides as actor (one phrase names both). s0 by-line and s3 tag line: nothing.
    "snn-7ef9c2a397ec": [
        ("ASSAULT", None, 1, "مصرعه", "قوات النظام السوري", "سعود بن سعدي الخثعمي", "مدينة القريتين", ""),
        ("ASSAULT", None, 2, "اشتباكات", "التنظيم وقوات النظام السوري", "سعود بن سعدي الخثعمي", "مدينة القريتين", ""),
    ],
    # US defence secretary Carter's unannounced visit to Baghdad. Visit (s0) and the two ministers' talks
    # (s2, both named as actor: CONSULT "meet" as the first set's Sisi-Hadi talks); his visit to the
    # counter-terrorism forces (s4); praise (s5, SUPPORT); the announced meeting with Sunni leaders (s6,
    # CONSULT hypothetical, first-set rule). Washington dropping its veto on two Iran-backed factions
    # (s7) -> CONCEDE (easing a restriction). s8 (the source's account): the earlier US refusal to fly
    # where the factions fight and the factions' reservation -> REJECT assist [H] (two records); the
    # factions lifting their reservation -> CONCEDE; their remaining objection to US ground forces ->
    # REJECT. Not coded: s1 (arrival, anaphoric), the Iraqi side's "ضرورة مساهمة المجتمع الدولي"
    # (appeal/necessity statement, like the first set's "ضرورة حل سياسي"), s3 (reassurance), the
    # training exercise, "عبر عن أسفه", "تفاهما أميركيا - إيرانيا" ("على ما يبدو", speculation) and the
    # nuclear deal as a time anchor, the veto lifting in s8 (anaphoric to s7).
    "snn-17df799964d8": [
        ("CONSULT", "visit", 0, "بزيارة غير معلنة", "وزير الدفاع الأميركي آشتون كارتر", "نظيره العراقي خالد العبيدي", "بغداد", ""),
        ("CONSULT", "meet", 2, "بحثا", "الوزيرين العبيدي وكارتر", None, None, ""),
        ("CONSULT", "visit", 4, "بزيارة", "كارتر", "قوات جهاز مكافحة الإرهاب", None, ""),
        ("SUPPORT", None, 5, "أشاد", None, "القوات الخاصة العراقية", None, ""),
        ("CONSULT", None, 6, "سيلتقي", "كارتر", "زعماء سنة", None, "F"),
        ("CONCEDE", None, 7, "تخلي", "واشنطن", "فصيلين مدعومين من إيران", None, ""),
        ("REJECT", "assist", 8, "لن تشارك", "الأميركيون", "القيادة العراقية", None, "H"),
        ("REJECT", "assist", 8, "يتحفظان", "هذان الفصيلان", None, None, "H"),
        ("CONCEDE", None, 8, "رفع تحفظ الفصيلين", ("الفصيلين", 2), None, None, ""),
        ("REJECT", None, 8, "الإبقاء على تحفظهما", None, "قوات أميركية", None, ""),
    ],
    # Opinion column on harassment. The one concrete incident it reports as fact: a girl beat her harasser
    # in Dammam -> ASSAULT beat. Not coded: the harassment video cases (a social issue, no physical act
    # described), courts' "العديد من الأحكام" (habitual), the hypothetical escalation in s3, advice (s4).
    "snn-7093aca1d52e": [
        ("ASSAULT", "beat", 0, "انهالت بالضرب", "الفتاة", "المتحرش بها", "الدمام", ""),
    ],
    # Yemen (Okaz): Dhale, Abyan, Haradh, Marib, Taiz. Captured militiamen -> ASSAULT abduct (s0 and s1,
    # s1 adds actor and place); their infiltration attempt -> ASSAULT (first set: "التسلل المسلح"); the
    # Houthis reinforcing their fronts -> MOBILIZE militia and its stated aim "بغية اقتحام مدينة الضالع"
    # -> ASSAULT hypothetical (as the second set's "لقطع طرق إمداد" [F]); taking places -> COERCE seize;
    # fronts moving on Shuqra and Saleh-loyal reinforcements heading to Mocha -> MOBILIZE troops;
    # the coalition's raids on Houthi convoys (Haradh) and movements (Sirwah) -> two ASSAULT aerial
    # records, the convoys' aim "لاستهداف الحدود الجنوبية للمملكة" -> ASSAULT hypothetical; "دون أي
    # اشتباكات" -> ASSAULT negated (as the second set's Latakia clashes); killings in the fighting in Marib
    # and Taiz -> ASSAULT (one per victim group, first set). Not coded: "لتنفيذ مجزرة" in s0 (purpose of
    # the infiltration already coded), the unilateral truce (time anchor "عقب"), the reinforcements'
    # composition, reconnaissance flights, "في اليوم التالي لمقتل نجل البرلماني" (time anchor).
    "snn-51e1a884f425": [
        ("ASSAULT", "abduct", 0, "إلقاء القبض", None, "ستة من مليشيات الانقلاب", "مدينة الضالع", ""),
        ("ASSAULT", None, 0, "التسلل", "ستة من مليشيات الانقلاب", None, "مدينة الضالع", ""),
        ("ASSAULT", "abduct", 1, "أسر", "الجيش الشعبي", "ستة", "قرية العطرية", ""),
        ("ASSAULT", None, 1, "قتل 15", "الجيش الشعبي", "15 من تلك المليشيات", "قرية العطرية", ""),
        ("ASSAULT", None, 1, "اشتباكات عنيفة", None, None, "منطقة لكمة الأشعوب", ""),
        ("MOBILIZE", "militia", 1, "لتعزيز جبهاته", "الحوثيين", None, None, ""),
        ("ASSAULT", None, 1, "اقتحام", "الحوثيين", None, "مدينة الضالع", "F"),
        ("COERCE", "seize", 2, "سيطر", "الجيش الوطني", None, "مديرية لودر", ""),
        ("MOBILIZE", "troops", 2, "تتوجه", "جبهات زنجبار وجعار", None, "منطقة شقرة", ""),
        ("MOBILIZE", "troops", 3, "تعزيزات", "قوات الأمن الخاصة", None, "ميناء المخا", ""),
        ("ASSAULT", "aerial", 4, "دمرت", "مقاتلات التحالف العربي", "أرتالا وتعزيزات للحوثيين", "منطقة حرض", ""),
        ("ASSAULT", None, 4, "لاستهداف", None, "الحدود الجنوبية للمملكة", None, "F"),
        ("ASSAULT", "aerial", 4, "أفشلت", "مقاتلات التحالف العربي", "تحركات للحوثيين", "منطقة صرواح", ""),
        ("ASSAULT", None, 4, "دون أي اشتباكات", None, None, "العاصمة صنعاء", "N"),
        ("ASSAULT", None, 5, ("قتل", 1), None, "أبو عبدالله بن يحيى بدر الدين الحوثي وقياديان آخران", "محافظة مأرب", ""),
        ("COERCE", "seize", 6, "سيطرت", "المقاومة", None, "تعز", ""),
        ("ASSAULT", None, 6, ("قتل", 1), None, "أكثر من 10 حوثيين", "قبة مشرعة وحدنان", ""),
        ("ASSAULT", None, 6, ("قتل", 2), None, "أربعة من الجيش الوطني", None, ""),
    ],
    # Opinion column on Kerry's meeting with the GCC foreign ministers "today" in Doha (written before
    # it: s1 "سيكون فرصة") -> CONSULT multilateral, hypothetical. Not coded: the nuclear deal as a time
    # anchor, the purposes listed, hopes and opinion (s1, s2).
    "snn-f2b6e3e113f6": [
        ("CONSULT", "multilateral", 0, "لقاء", "وزير الخارجية الأمريكي جون كيري", "وزراء خارجية دول مجلس التعاون الخليجي", "الدوحة", "F"),
    ],
    # SPA review of the Lebanese press. Coded: Salam's visit to Jordan tomorrow (CONSULT visit [F]; the
    # joint committee meetings are the same consultation); the minister's welcome of the extension
    # decision (SUPPORT); the army confronting terrorist groups on the north-eastern border (ASSAULT,
    # ongoing); regime-opposition battles in Syrian cities (ASSAULT, both sides named in one phrase; the
    # tally is not coded); the coalition spokesman's condemnation (ACCUSE disapprove) and the siege of
    # Qudsaya and al-Hama (COERCE restrict, ongoing, actor the regime named in the sentence); France's
    # condemnation of ISIS's abduction of 200 civilians in al-Qaryatain (ACCUSE + ASSAULT abduct) and its
    # demand to free them (REQUEST yield + RETREAT release [F], second-set rule); the Istanbul consulate
    # shooting and two further attacks at two places (ASSAULT x3). Not coded: the Saudi cabinet's weekly
    # session (routine meeting) and its statement, the extension decision itself (internal appointment),
    # "أطماع العدو الإسرائيلي", "تبنته" (claim), the date line and the closing tags.
    "snn-37cb0060d8a3": [
        ("CONSULT", "visit", 2, "الزيارة", "رئيس مجلس الوزراء اللبناني تمام سلام", "نظيره الأردني", ("الأردن", 1), "F"),
        ("SUPPORT", None, 3, "ترحيب", "وزيرة المهجرين اللبنانية أليس شبطيني", "نائب رئيس مجلس الوزراء وزير الدفاع اللبناني سمير مقبل", None, ""),
        ("ASSAULT", None, 3, "مواجهة", ("الجيش", 2), "المجموعات الإرهابية", "شمال شرق لبنان", ""),
        ("ASSAULT", None, 4, "المعارك", "القوات السورية التابعة للنظام والجيش الحر وأنصار المعارضة", None, None, ""),
        ("ACCUSE", "disapprove", 5, "لا تساوي ثمن حبرها", "الناطق الرسمي باسم الائتلاف الوطني السوري المعارض سالم المسلط", "نظام الأسد", None, ""),
        ("COERCE", "restrict", 5, "الحصار", "نظام الأسد", None, "مدينتا قدسيا والهامة", ""),
        ("ACCUSE", "disapprove", 6, "إدانة", "وزارة الخارجية الفرنسية", "داعش", None, ""),
        ("ASSAULT", "abduct", 6, "خطف", "داعش", "200 مدني من أديان مختلفة", "منطقة القريتين", ""),
        ("REQUEST", "yield", 6, "مطالبتها", "وزارة الخارجية الفرنسية", None, None, ""),
        ("RETREAT", "release", 6, "إطلاق سراح", None, "المخطوفين", None, "F"),
        ("ASSAULT", "firearms", 7, "إطلاق النار", "مجموعة يسارية متطرفة", "القنصلية الأميركية", ("اسطنبول", 1), ""),
        ("ASSAULT", None, 7, "هجومين", "مسلحين", "ستة عناصر من رجال الأمن الأتراك", ("اسطنبول", 2), ""),
        ("ASSAULT", None, 7, "هجومين", "مسلحين", "ستة عناصر من رجال الأمن الأتراك", None, ""),
    ],
    # Jeddah arts society film nights: "اتفاق الجميع على تقدير جهد المخرجين" (agreement of opinion) and the
    # director's call to support young talent (appeal): none.
    "snn-862fa3ad29aa": [],
    # Kerry on the Trans-Pacific Partnership talks. Coded: the Hawaii negotiations (CONSULT multilateral,
    # 12 countries) and their failure to reach agreement (AGREE negated, s0; restated with the trade
    # ministers as actor in s3); Kerry's stop in Singapore (CONSULT visit) and today's ASEAN meetings in
    # Malaysia (CONSULT multilateral [F]); New Zealand's intransigence (REJECT) and the failure on drug
    # monopoly periods (AGREE negated, s4). Not coded: s2 (Kerry's assessment, anaphoric), "اشتداد الخلاف"
    # between Japan and North America (disagreement of positions), membership (s5), confidence (s6), s7.
    "snn-5c97e320743f": [
        ("CONSULT", "multilateral", 0, "مباحثات ماراثونية", "المفاوضين", None, "هاواي", ""),
        ("AGREE", None, 0, "التوصل إلى اتفاق", "المفاوضين", None, "هاواي", "N"),
        ("CONSULT", "visit", 1, "توقف", "كيري", None, "سنغافورة", ""),
        ("CONSULT", "multilateral", 1, "للمشاركة", "كيري", "رابطة دول جنوب شرق آسيا (آسيان)", "ماليزيا", "F"),
        ("AGREE", None, 3, "التوصل إلى اتفاق", "وزراء تجارة حوض المحيط الهادئ", None, None, "N"),
        ("REJECT", None, 4, "تعنت", "نيوزيلندا", None, None, ""),
        ("AGREE", None, 4, "عدم التوصل إلى اتفاق", None, None, None, "N"),
    ],
    # Nigeria: the army frees 178 Boko Haram hostages and captures a commander. Hostage rescues -> AID
    # (PLOVER manual); the military operations -> ASSAULT; Boko Haram holding the hostages -> ASSAULT
    # abduct [H] (background of the rescue); the captured commander -> ASSAULT abduct (captured
    # combatant); earlier rescues "خلال الأشهر الأخيرة" -> AID [H], those "earlier this week" not
    # historical; Boko Haram's allegiance to ISIS -> SUPPORT [H]; the shelling of Bita village with
    # fighters killed -> ASSAULT; Boko Haram "تحضر لهجوم" -> ASSAULT hypothetical. "شمال شرق البلاد" is
    # vague (no country named) -> location null.
    "snn-40f8cf4f7e7d": [
        ("AID", None, 0, "حرر", "الجيش النيجيري", "178 شخصًا", None, ""),
        ("ASSAULT", None, 0, "عملية عسكرية", "الجيش النيجيري", None, None, ""),
        ("ASSAULT", "abduct", 0, "تحتجزهم رهائن", "حركة بوكو حرام", None, None, "H"),
        ("ASSAULT", "abduct", 0, "اعتقل", "الجيش النيجيري", "أحد قادة الحركة المتطرفة", None, ""),
        ("ASSAULT", None, 1, "نفذ هجومًا", "الجيش النيجيري", None, "أولاري", ""),
        ("AID", None, 2, "إنقاذ", None, "178 شخصًا", None, ""),
        ("ASSAULT", "abduct", 2, "إلقاء القبض", None, "أحد قادة إرهابيي بوكو حرام", None, ""),
        ("AID", None, 3, "حرر", "الجيش النيجيري", "مئات النساء والأطفال", "غابة سامبيسا", "H"),
        ("SUPPORT", None, 3, "بايعت", "بوكو حرام", "تنظيم داعش", None, "H"),
        ("AID", None, 4, "حرر", "الجيش النيجيري", "30 رهينة", "ديكوا", ""),
        ("AID", None, 4, "تحرير", "الجيش النيجيري", "59 رهينة", "كوندوغا", ""),
        ("ASSAULT", None, 4, "عملية أخرى", "الجيش النيجيري", None, "كوندوغا", ""),
        ("ASSAULT", None, 5, "قصف", "الجيش النيجيري", "الإرهابيين", "قرية بيتا", ""),
        ("ASSAULT", None, 5, "تحضر لهجوم", "حركة بوكو حرام", None, None, "F"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
