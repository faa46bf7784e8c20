"""Build events-blind5.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fifth events blind set; same layout and guidelines as the first
four sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind4.jsonl and their blind/ ..
blind4/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind5.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind5.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Jeddah corniche harassment video: the morality department starts questioning the accused youths
    # "today" (s0: ACCUSE investigate, flagged hypothetical as the third set's scheduled "today" events);
    # the summons of the two girls if the investigation implicates them (s1: REQUEST, second set's
    # summons rule; conditional -> hypothetical) and the prosecution keeping the accused in detention
    # (s1: COERCE arrest, future -> hypothetical); social-media users accusing the girls and others
    # defending their right (s4: ACCUSE allege + SUPPORT, as the first set's "the right to ..." -> SUPPORT);
    # the police catching the teenagers (s5: COERCE arrest, passive, actor null). Not coded: the
    # harassment itself (no physical act described, as the third set's harassment column), the
    # attributive "المتهمين" (carried by the investigation/arrest records), the file handed over "عقب
    # تلقيها" (time anchor), the new clip circulated (s2), commentary (s3), the detention and referral in
    # s6 (procedure of the arrest of s5, no new participant). Location of the harassment (كورنيش جدة)
    # is not the location of the investigation or the arrest: null.
    "snn-d551a4a47bb8": [
        ("ACCUSE", "investigate", 0, "التحقيق الفعلي", "دائرة العرض والأخلاق", "الشباب المتهمين بالتحرش بفتاتين", None, "F"),
        ("REQUEST", None, 1, "استدعاء", None, "الفتاتين", None, "F"),
        ("COERCE", "arrest", 1, "ستبقي على المتهمين في التوقيف", "هيئة التحقيق والادعاء العام", "المتهمين", None, "F"),
        ("ACCUSE", "allege", 4, "وجه البعض الاتهامات", ("البعض", 1), "للفتاتين", None, ""),
        ("SUPPORT", None, 4, "دافع", "البعض الآخر", "الفتيات", None, ""),
        ("COERCE", "arrest", 5, "ضبط", None, "عدد من المراهقين", None, ""),
    ],
    # UEFA deducts a point from Croatia for racist behaviour. A disciplinary body's penalties -> SANCTION,
    # mode null, as the second set's labour-office penalties (borderline, non-political; CAMEO 172 would say
    # COERCE restrict): s0 the point deduction; s2 the matches behind closed doors / Split ban (recipient
    # Croatia) and the fine on the Croatian federation (other recipient) -> two records; s3 the headline
    # repeat (earlier sets: headline repeats are coded like any sentence). Not coded: the racist behaviour
    # (no PLOVER type), s1 (the deduction restated; "بعد فتحها تحقيقا" a time anchor), the time to appeal.
    "snn-7a87e9c03444": [
        ("SANCTION", None, 0, "حسمت نقطة", "لجنته التأديبية", "كرواتيا", None, ""),
        ("SANCTION", None, 2, "منعها", ("الاتحاد الأوروبي", 1), "كرواتيا", None, ""),
        ("SANCTION", None, 2, "تغريم", ("الاتحاد الأوروبي", 2), "نظيره الكرواتي", None, ""),
        ("SANCTION", None, 3, "حسم نقطة", None, "كرواتيا", None, ""),
    ],
    # Najran University names a spokesman (internal appointment: not coded); his thanks for the trust
    # -> SUPPORT (earlier sets: thanks -> SUPPORT). s2 (purpose): not coded.
    "snn-f063808f8bf0": [
        ("SUPPORT", None, 1, "شكره وتقديره", "الدكتور العمري", None, None, ""),
    ],
    # Column on respecting women: none.
    "snn-58b41f5c2da3": [],
    # Open letter to the King on the teacher-selection results: appeals, questions and the author's own
    # suspicion of favouritism (opinion); the King's directives in his speech of Jumada al-Ula are recalled
    # as general principles of the appeal ("وجهت ... بالعدالة", "امرت ... بمحاربة الفساد"), not as discrete
    # orders: none.
    "snn-dde94e6f356c": [],
    # Commentary of an analyst on Prince Mohammed bin Salman's visit to Cairo (30 July, two days before:
    # recent) -> CONSULT visit (the visit is a real event, named with its parties). Not coded: the
    # analyst's assessments and predictions, "تنسيق المواقف" (purpose), Egypt's standing membership of the
    # coalition, "أكدا في أكثر من مناسبة على ضرورة التنسيق" (habitual necessity statements).
    "snn-d39cf7cd042d": [
        ("CONSULT", "visit", 0, ("زيارة", 1), "الأمير محمد بن سلمان بن عبدالعزيز", None, ("القاهرة", 1), ""),
    ],
    # Iraq: the defence minister says ISIS executed more than 2,000 in Nineveh. s0 the executions ->
    # ASSAULT targeted (PLOVER: executions, mass killings of defenceless people; the news of the article,
    # over the last six months: not historical); s1 the minister's condemnation ("بدم بارد", "لا يمكن أن
    # يكون مرتكبوه ممن ... صفات الإنسانية") -> ACCUSE disapprove (the killing restated there with the
    # figure 2070 only: not coded); s7 the coalition air strike on two houses in Ramadi -> ASSAULT aerial,
    # its coordination with operations intelligence -> COOPERATE (second set: coordination between
    # commands); s8 Baghdad Operations Command's operation killing seven -> ASSAULT, its stated aim "لتحرير
    # ما تبقى من منطقة الكرمة" -> COERCE seize [F] (stated aims). Not coded: ISIS's standing control (s0,
    # s3), "بعد عبور الحدود السورية منتصف عام 2014" (time anchor), s2/s4/s5 (timing, casualty detail,
    # bodies handed to the morgue), s6 (lists distributed), the IEDs dismantled (s8).
    "snn-425d3a037dde": [
        ("ASSAULT", "targeted", 0, "أعدموا", "متشددي تنظيم داعش", "أكثر من ألفي عراقي", "محافظة نينوى", ""),
        ("ACCUSE", "disapprove", 1, "بدم بارد", "العبيدي", "مرتكبوه", None, ""),
        ("ASSAULT", "aerial", 7, "غارة", "طيران التحالف الدولي", "أعداد كبيرة من عناصر داعش", "منطقة التأميم", ""),
        ("COOPERATE", None, 7, "بالتنسيق", "طيران التحالف الدولي", "استخبارات العمليات", None, ""),
        ("ASSAULT", None, 8, "عملية عسكرية", "قيادة عمليات بغداد", "سبعة إرهابيين", "منطقة الكرمة", ""),
        ("COERCE", "seize", 8, "لتحرير", "قيادة عمليات بغداد", None, "منطقة الكرمة", "F"),
    ],
    # Brazil: taxi drivers protest against Uber. s1 thousands of drivers blocking Rio's main streets ->
    # PROTEST obstruct (CAMEO 144 "obstruct passage, block" -> PROTEST obstruct; the earlier sets had only
    # demo); s2 drivers from Sao Paulo and Belo Horizonte gathering to take part (new actor) -> PROTEST
    # demo; s3 the Rio transport secretary saying the others "يخالفون القانون" -> ACCUSE allege. Not
    # coded: "آخر الاحتجاجات" (earlier protests, generic), competition, Uber's promotion and discounts
    # (commercial), the description of the app.
    "snn-be146375ff86": [
        ("PROTEST", "obstruct", 1, "قطع", "آلاف من سائقي سيارات الأجرة", "خدمة «أوبر»", "ريو دي جانيرو", ""),
        ("PROTEST", "demo", 2, "تجمع", "مائتا سائق من ساو باولو و70 من بيلو أوريزونتي", None, None, ""),
        ("ACCUSE", "allege", 3, "يخالفون القانون", "وزير النقل في ولاية ريو كارلوس أوسوريو", "الآخرون", None, ""),
    ],
    # Afghanistan: suicide bomber kills 15 in a market in Faryab. s0 the bombing -> ASSAULT
    # suicide-attack; s2 names its place (Almar district, Faryab: new content, as the third set's Warduj
    # s1) -> own record (method not stated there: mode null); s7 the police setting up a checkpoint to
    # search for the bomber -> COERCE restrict (first set: police sealing off -> restrict). Not coded: the
    # summer offensive and the peace-talk efforts (s0, s9: general descriptions, third set), s1 (earlier
    # tally), "منذ 13 عاما على بدء النزاع" and "قبل بدء جولة جديدة من محادثات السلام" (time anchors), the
    # unclaimed attack (s3), the governor's restatement (s4) and casualty counts (s5, s6: as the first
    # set's general's "17 شخصا قتلوا"), s8 (the blast restated with a detail "بالقرب من عربة عسكرية").
    "snn-ea6bb14ece4a": [
        ("ASSAULT", "suicide-attack", 0, "فجر انتحاري نفسه", "انتحاري", "15 شخصا", "شمال أفغانستان", ""),
        ("ASSAULT", None, 2, "الهجوم", None, None, "منطقة المار", ""),
        ("COERCE", "restrict", 7, "اقمنا حاجزا", "الشرطة المحلية", None, None, ""),
    ],
    # Jerusalem/Hebron: Israeli incursions into al-Aqsa; the killing of Falah Abu Maria in Beit Ummar.
    # s0 the incursions -> COERCE seize (raid; the only naming of the actor is the adjective, first-set
    # rule); s1 the police detaining two Jews and a worshipper -> COERCE arrest ("خلال اقتحامات
    # المستوطنين" a time anchor); s2 the Fatwa Council calling the Israeli calls a grave escalation ->
    # ACCUSE disapprove (the calls to storm the mosque on Sunday are an appeal: not coded, nor their
    # content). The raid on Abu Maria's house: s5 the shooting (three live bullets) -> ASSAULT firearms;
    # s6 the forces firing on him and his sons -> ASSAULT firearms and the raid's aim "لاعتقال أحد أبناء"
    # -> COERCE arrest [F] (stated aim, fourth set's Suez "لضبط"); s7 the son Mohammed wounded (new
    # target) -> ASSAULT firearms; s8 the son Ahmad not shot (ASSAULT firearms negated) but beaten (ASSAULT
    # beat); s9 the presidency spokesman on "عمليات القتل الإسرائيلية اليومية ... هدفها ضرب الاستقرار" ->
    # ACCUSE allege (the habitual killings themselves are not coded). s11 the army's version: disclaiming
    # responsibility for the killing -> the denied ASSAULT negated (first set); violence against the
    # soldiers in a house, the security operation's aim to arrest wanted men ([F]), the soldiers firing at
    # a Palestinian's legs, stones thrown at the soldiers (primitive), firearms used to disperse the
    # "rioters" -> own records (the rival version, second set's Latakia). Not coded: s3 (warning of a
    # religious war and the continued condemnation of the same statement), s4 (arrival at the hospital,
    # no act), s10 (continuation of the spokesman's accusation).
    "snn-69e22e9f4ef1": [
        ("COERCE", "seize", 0, "الاقتحامات", "الإسرائيلية", None, "للمسجد الأقصى", ""),
        ("COERCE", "arrest", 1, "أوقفت", "الشرطة الإسرائيلية", "يهوديين اثنين وأحد المصلين", None, ""),
        ("ACCUSE", "disapprove", 2, "تصعيد خطير", "المجلس الأعلى للإفتاء الفلسطيني", "الإسرائيلية", None, ""),
        ("ASSAULT", "firearms", 5, "أصابته", None, None, None, ""),
        ("ASSAULT", "firearms", 6, "تطلق النار", "قوات الاحتلال الإسرائيلي", "أبو ماريا", None, ""),
        ("COERCE", "arrest", 6, "لاعتقال", "قوات الاحتلال الإسرائيلي", "أحد أبناء أبو ماريا", None, "F"),
        ("ASSAULT", "firearms", 7, "أصيب برصاصتين", None, "الابن محمد", None, ""),
        ("ASSAULT", "firearms", 8, "لم يتم إطلاق الرصاص عليه", None, "الابن أحمد", None, "N"),
        ("ASSAULT", "beat", 8, "بضربه", None, "الابن أحمد", None, ""),
        ("ACCUSE", "allege", 9, "هدفها ضرب الاستقرار", "المتحدث باسم الرئاسة الفلسطينية نبيل أبو ردينة", "الإسرائيلية", None, ""),
        ("ASSAULT", None, 11, "تنصل", "جيش الاحتلال", "أبو ماريا", None, "N"),
        ("ASSAULT", None, 11, "أعمال عنف", None, "جنود القوة", None, ""),
        ("COERCE", "arrest", 11, "لاعتقال", "جنود القوة", "مطلوبين", None, "F"),
        ("ASSAULT", "firearms", 11, "فأطلق الجنود النار", ("الجنود", 1), "أحد الفلسطينيين", None, ""),
        ("ASSAULT", "primitive", 11, "لإلقاء الحجارة والطوب", None, ("الجنود", 2), None, ""),
        ("ASSAULT", "firearms", 11, "استخدام الأسلحة النارية", ("الجنود", 2), "المشاغبين", None, ""),
    ],
    # Al-Othaim company visits patients in hospitals for Eid with gifts: as the second set's Najma club
    # (visit -> CONSULT visit, gifts -> AID; small, non-political, borderline). The hospitals in several
    # towns are listed: location null. Not coded: the yearly programme (s1, s2: standing description).
    "snn-89cf28fe1fc0": [
        ("CONSULT", "visit", 0, "لمعايدة المرضى", "شركة العثيم", "المرضى", None, ""),
        ("AID", None, 0, "قدمت لهم هدايا", "شركة العثيم", "المرضى", None, ""),
    ],
    # Yemen: fighting in Marib and Taiz, coalition raids in Marib, Taiz and al-Jawf. s0 the clashes west of
    # Marib (13 rebels killed) and the continuing clashes in Taiz -> two ASSAULT records (different
    # places); s1 the Marib clashes with heavy weapons at al-Jufaina (method, place) and s2 the Taiz battles
    # at al-Dabab (place) -> own records; s4, s5, s6 the air raids -> ASSAULT aerial, one per target and
    # place (s6: Wadi Khabsh, Hamdan, al-Ghail); the resistance's siege of the Oman military site ->
    # COERCE restrict (second set's "قاعدة العند التي يحاصرها الثوار"); s7 the headline repeat ("خسائر كبيرة
    # للحوثيين في مأرب وتعز", earlier sets: headline repeats are coded) -> ASSAULT. Not coded: s3.
    "snn-3be57f472f0d": [
        ("ASSAULT", None, 0, "مواجهات", None, "13 مسلحا من ميليشات الحوثي و صالح", "غربي محافظة مأرب", ""),
        ("ASSAULT", None, 0, "الاشتباكات", None, None, "محافظة تعز", ""),
        ("ASSAULT", "heavy-weapons", 1, "اشتباكات استخدمت فيها الأسلحة الثقيلة", None, "13 قتيلا من المتمردين", "منطقة الجفينة", ""),
        ("ASSAULT", None, 2, "معارك عنيفة", None, None, "الضباب", ""),
        ("ASSAULT", "aerial", 4, "غارة", "طيران التحالف", "عربة كاتيوشا", "الجفينة", ""),
        ("ASSAULT", "aerial", 5, "قصف", None, "موقع “أومان” العسكري", "منطقة الحوبان", ""),
        ("COERCE", "restrict", 5, "تحاصره", "المقاومه الشعبية", "موقع “أومان” العسكري", None, ""),
        ("ASSAULT", "aerial", 6, "6 غارات", "طيران التحالف", "تجمع لميليشيات الحوثي و صالح", "وادي خبش", ""),
        ("ASSAULT", "aerial", 6, "وقصف أهدافا أخرى", "طيران التحالف", "أهدافا أخرى", "همدان", ""),
        ("ASSAULT", "aerial", 6, "استهدافه", "طيران التحالف", "عربات للحوثيين", "منطقة الغيل", ""),
        ("ASSAULT", None, 7, "خسائر كبيرة", None, "للحوثيين", "مأرب وتعز", ""),
    ],
    # OPEC secretary-general in Moscow. His visit (s0, only mentioned in the frame "جاء هذا خلال زيارته
    # لموسكو": the one report of a current meeting, coded; the earlier sets' time anchors point to other
    # events) -> CONSULT visit; s1 his meeting with the Russian energy minister (host named: new content)
    # -> CONSULT visit; s3 officials of OPEC and Russia intending to meet in Vienna in 2016 -> CONSULT [F]
    # (planned meeting without a pledge verb; PLOVER would say AGREE). Not coded: price forecasts, OPEC's
    # not intending to cut output (policy), "لم تتلق أي طلبات لعقد اجتماع استثنائي" (absence of an event,
    # as the second set's "لم تتم الاشارة"), the press conference and the joint statement as such, "بعد
    # اجتماع" (s3, anaphoric anchor), s4/s5 (shared aims, predictions, "ينبغي").
    "snn-17aa09e98ef0": [
        ("CONSULT", "visit", 0, "زيارته", "أمين عام منظمة أوبك عبدالله البدري", None, "موسكو", ""),
        ("CONSULT", "visit", 1, "لقائه", "البدري", "وزير الطاقة الروسي ألكسندر نوفاك", None, ""),
        ("CONSULT", None, 3, "يعتزمون الاجتماع", "مسؤولين من أوبك وروسيا", None, "فيينا", "F"),
    ],
    # UNAMA half-year report on civilian casualties in Afghanistan: tallies and statistics (s0-s2) are not
    # coded; the report attributing 70% of the casualties to "anti-government elements", mostly the
    # Taliban -> ACCUSE allege (the document as actor, as the second set's WikiLeaks documents). Not coded:
    # "بعد سبعة أشهر على انتهاء المهمة القتالية" and "منذ ان وضع الحلف الأطلسي حدا لمهمة قواته" (time
    # anchors), the standing roles of Afghan forces and the 13,000 foreign trainers (s4, s5), s6 (comment).
    "snn-685610ca3205": [
        ("ACCUSE", "allege", 3, "نسبت", "الوثيقة", "عناصر معادية للحكومة", None, ""),
    ],
    # Column "دور المتغابي" (proverbs, a 19th-century diamond hoax anecdote, a "law of power"): none.
    "snn-a661d9d0c50d": [],
    # Libya: some warring parties sign the UN-sponsored preliminary agreement at Skhirat; the Tripoli
    # parliament stays away. Signings -> AGREE (earlier sets): s0 (the groups), s6 (the House of
    # Representatives' delegates, new actor, inside "على الرغم من"), s8 (deputies of municipal councils of
    # Tripoli and Misrata). The Tripoli side not taking part in s0 -> AGREE negated (as the third set's
    # failures to agree); its refusal to attend in s6 -> REJECT meet; the GNC's opposition to the plan (s13)
    # -> REJECT (null mode, as the third set's rejection of the nuclear deal); "لم تتفق الجماعات على
    # التفاصيل بعد" (s15) -> AGREE negated. The UN inviting the warring parties to meet at Skhirat to sign
    # (s3) -> AGREE (PLOVER: invitations -> AGREE); León's "هذا الاتفاق سيحقّق خطوة مهمة" (s4) -> SUPPORT
    # (praise of a deal); his "الأبواب ستظل مفتوحةً" to those absent (s5) -> AGREE (offer, as the first
    # set's "حريصة على تطوير"); the GNC representative: "الأطراف مازالت تتحاور" -> CONSULT (ongoing
    # negotiation) and his criticism of the haste -> ACCUSE disapprove (s7). Libya Dawn's seizure of
    # Tripoli and expulsion of the recognised government last year (s2) -> COERCE seize [H] x2 (first and
    # second sets: "طرد" -> seize). Not coded: the content of the agreement (s0 purposes, s9-s13), s1 and
    # s16 (opinions, general fighting), "في ختام مفاوضات استمرت شهوراً" (time anchor), the diplomats
    # attending the ceremony (relative clause), the Libya Dawn government's formation (internal).
    "snn-8f897dc0b0dc": [
        ("AGREE", None, 0, "وقّع", "بعض الجماعات الليبية المتحاربة", None, "الصخيرات", ""),
        ("AGREE", None, 0, "لم يشارك", "طرفاً رئيساً من برلمان موازٍ", None, None, "N"),
        ("COERCE", "seize", 2, "سيطر", "فجر ليبيا", None, "العاصمة طرابلس", "H"),
        ("COERCE", "seize", 2, "طرد", "فجر ليبيا", "الحكومة المعترف بها دولياً", None, "H"),
        ("AGREE", None, 3, "الدعوة", "الأمم المتحدة", "للأطراف المتحاربة", "مدينة الصخيرات", ""),
        ("SUPPORT", None, 4, "سيحقّق خطوة وخطوة مهمة", "المبعوث الخاص للأمم المتحدة برناردينو ليون", "هذا الاتفاق", None, ""),
        ("AGREE", None, 5, "الأبواب ستظل مفتوحةً", None, None, None, ""),
        ("AGREE", None, 6, "توقيع", "مندوبين من البرلمان المنتخب", None, None, ""),
        ("REJECT", "meet", 6, "رفض الحضور", "البرلمان الموازي", None, None, ""),
        ("CONSULT", None, 7, "تتحاور", ("الأطراف", 1), None, None, ""),
        ("ACCUSE", "disapprove", 7, "لا يفهم في حقيقة الأمر سبب التعجل", "موفق حواس", None, None, ""),
        ("AGREE", None, 8, "ووقّع", "بعض النواب من مجالس بلدية في طرابلس ومدينة مصراتة", None, None, ""),
        ("REJECT", None, 13, "معارضة", "المؤتمر الوطني العام", "خطة", None, ""),
        ("AGREE", None, 15, "لم تتفق", "الجماعات", None, None, "N"),
    ],
    # KAUST and Nesma sign an agreement to build a tailoring centre in Thuwal -> AGREE (signing with
    # named parties, as the third set's Bisha agreement; where it was signed is not stated). Not coded:
    # aims, planned training and capacity (s1, s2), pride and assessments (s3, s4), the university's
    # standing development role and earlier works (s5, s6: public works).
    "snn-e5f17275f225": [
        ("AGREE", None, 0, "وقعت", 'شركة "نسما" القابضة', ("جامعة الملك عبدالله للعلوم والتقنية", 1), None, ""),
    ],
    # Civil aviation authority's field tour of four domestic airports (an official's domestic tour ->
    # CONSULT visit, borderline, as the first set's minister tour): s0 the tour (four airports listed:
    # location null); s4 Yanbu (host: the acting airport director) and, in the same sentence, al-Dawadmi
    # (other actor phrase and place, meeting with the airport director) -> own records, and the delegation
    # promising passengers urgent solutions -> AGREE (pledge); s5 Sharurah; s6 Wadi al-Dawasir. Not coded:
    # s1, s2 (programme, plans), s7 (the Dawadmi visit restated), s8 (the series of 23 airport visits as
    # background, the authority head's directive: internal).
    "snn-dde54cf23bf0": [
        ("CONSULT", "visit", 0, "زيارة ميدانية", "المهندس طارق العبدالجبار", None, None, ""),
        ("CONSULT", "visit", 4, "بدأت الجولة", "أعضاء وفد الهيئة", "مدير عام المطار بالنيابة", "مطار ينبع", ""),
        ("AGREE", None, 4, "وعدوا", "أعضاء وفد الهيئة", "عدد من المسافرين", None, ""),
        ("CONSULT", "visit", 4, "توجه الوفد", "الوفد", "مدير المطار ورؤساء الأقسام", "مطار الملك سلمان بالدوادمي", ""),
        ("CONSULT", "visit", 5, "زار", "الوفد", "مدير المطار", "مطار شرورة", ""),
        ("CONSULT", "visit", 6, "بزيارة", "اعضاء الوفد", "مدير وموظفي المطار", "مطار وادي الدواسر", ""),
    ],
    # "On this day" (21 July) almanac: every dated item is historical [H]. Coded: the 1937 agreement
    # ending the Chaco war (AGREE; the war in the relative clause not coded), the 1948 arrest of the US
    # Communist Party leaders, the World Bank's 1956 refusal to finance the High Dam (REJECT assist; "بعد
    # الولايات المتحدة وبريطانيا" a time anchor), Nasser's 1965 order to arrest Mustafa Amin (COERCE arrest,
    # the order taken as the arrest) and the espionage charge (ACCUSE allege, no conviction reported: fourth
    # set's Umm Sayyaf "بتهمة"), the 1970 EEC accession negotiations (CONSULT), the Mossad's 1973 Lillehammer
    # killing (ASSAULT targeted), the 2008 China-Russia border agreement (AGREE), Karadzic's 2008 arrest and
    # the ICTY war-crimes charge, Moratinos's 2009 visit to Gibraltar (CONSULT visit, s17 "يزور"), the 2012
    # arrest of the Pope's butler and the leak charge. Not coded: a film, a head of government taking
    # office, the moon walk, the end of the Aswan dam's construction, an election, the Munich operation and
    # the 40 years of talks (relative clause / time anchor "بعد").
    "snn-a8b56b384733": [
        ("AGREE", None, 1, "اتفاق", "الباراغواي وبوليفيا", None, None, "H"),
        ("COERCE", "arrest", 2, "اعتقال", None, "قادة الحزب الشيوعي الامريكي", "الولايات المتحدة", "H"),
        ("REJECT", "assist", 3, "لن يمول", "البنك الدولي", "مصر", None, "H"),
        ("COERCE", "arrest", 5, "يأمر باعتقال", "الرئيس المصري جمال عبد الناصر", "الصحافي مصطفى امين", None, "H"),
        ("ACCUSE", "allege", 5, "بتهمة", "الرئيس المصري جمال عبد الناصر", "الصحافي مصطفى امين", None, "H"),
        ("CONSULT", None, 7, "المفاوضات", "بريطانيا", "المجموعة الاقتصادية الاوروبية", None, "H"),
        ("ASSAULT", "targeted", 9, "يغتال", "الموساد الاسرائيلي", "نادلا", "بلدة ليلهامر", "H"),
        ("AGREE", None, 13, "توقعان اتفاقا", "الصين وروسيا", None, None, "H"),
        ("COERCE", "arrest", 14, "توقيف", None, "الزعيم السياسي السابق لصرب البوسنة رادوفان كارادجيتش", None, "H"),
        ("ACCUSE", "allege", 14, "بتهمة ارتكاب جرائم حرب", "محكمة الجزاء الدولية", "الزعيم السياسي السابق لصرب البوسنة رادوفان كارادجيتش", None, "H"),
        ("CONSULT", "visit", 17, "يزور", "اول وزير خارجية اسباني", None, None, "H"),
        ("COERCE", "arrest", 18, "توقيف", None, "باولو غابرييله خادم البابا بنديكتوس السادس عشر", None, "H"),
        ("ACCUSE", "allege", 18, "بتهمة تسريب وثائق سرية", None, "باولو غابرييله خادم البابا بنديكتوس السادس عشر", None, "H"),
    ],
    # Israel after the Duma arson. s0 settlers burning the Dawabsheh house, killing the baby and wounding
    # his parents and brother (last Thursday, six days before: recent; fire -> primitive, fourth set) and
    # the government's display of anger -> ACCUSE disapprove (the author's "لم تتمكن من إخفاء عنصريتها" is
    # commentary); s1 the firebomb on an Israeli woman's car in East Jerusalem -> ASSAULT primitive (actor
    # not named), the international community's condemnation in Netanyahu's quote -> ACCUSE disapprove
    # (his expectation of further condemnation is an appeal; "لدى زيارتها" a time anchor); s3 the
    # administrative detention of some extremist settlers -> COERCE arrest, and the Palestinian officials'
    # charge of a policy of impunity -> ACCUSE allege; s4 the killing of an Israeli woman stabbed by a
    # settler (topic of the Knesset debate, first mentioned there, as the fourth set's Duma arson inside the
    # committee's list) -> ASSAULT primitive (knife); s5 the police not having arrested any settler ->
    # COERCE arrest negated, Israeli reports naming suspected settlers -> ACCUSE allege. Not coded: the
    # ministers' absence from the Knesset session and the opposition's request (internal parliamentary
    # business), the anaphoric "جريمة اغتيال الرضيع", B'Tselem's cumulative figures (s6), s7 (definition).
    "snn-f72d0eda3383": [
        ("ASSAULT", "primitive", 0, "بإحراق منزلهم", "مستوطنين إسرائيليين", "الرضيع الفلسطيني علي دوابشة", "قرية دوما", ""),
        ("ACCUSE", "disapprove", 0, "إظهار غضبها", "الحكومة الإسرائيلية", "مستوطنين إسرائيليين", None, ""),
        ("ASSAULT", "primitive", 1, "بإلقاء زجاجة حارقة", None, "إسرائيلية", "القدس الشرقية", ""),
        ("ACCUSE", "disapprove", 1, "انضم إلى إدانتي", "المجتمع الدولي", None, None, ""),
        ("COERCE", "arrest", 3, "فرض الاعتقال الإداري", ("الحكومة الإسرائيلية", 1), "عدد من المستوطنين الإسرائيليين المتطرفين", None, ""),
        ("ACCUSE", "allege", 3, "سياسة الإفلات من العقاب", "مسؤولون فلسطينيون", ("الحكومة الإسرائيلية", 1), None, ""),
        ("ASSAULT", "primitive", 4, "طعنا بسكين", "مستوطن إسرائيلي", ("إسرائيلية", 2), None, ""),
        ("COERCE", "arrest", 5, "لم تعتقل", "الشرطة الإسرائيلية", "أي مستوطن إسرائيلي", None, "N"),
        ("ACCUSE", "allege", 5, "مشتبهين بتنفيذ الجريمة", "تقارير إسرائيلية عدة", "مستوطنين", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
