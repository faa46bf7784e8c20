"""Build events-blind8.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (eighth events blind set; same layout and guidelines as the first
seven sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind7.jsonl and their blind/ ..
blind7/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind8.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind8.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Nassr: the doctors declare Hazazi fit for the Super Cup; a new striker arrives at the Austrian camp
    # before signing; the preliminary contracts signed with the player and his Argentine club (s4); training;
    # a last friendly. Club business and sport (the sixth set's Al-Ettifaq board and coaches hired, the
    # seventh set's Al-Qadsiah friendly): none; the contracts are a club's commercial signing, not an
    # agreement between political actors.
    "snn-136f4f968f48": [],
    # Coalition statement: 27 air strikes on ISIS in Syria and Iraq on Thursday. s1 the strikes by "US and
    # coalition aircraft" on the group's fighters in Syria and Iraq -> ASSAULT aerial (the day before: not
    # historical; the statement itself is not coded); s2 six of the eight Syrian strikes near Hasakah hitting
    # five fighting units (new place and targets, as the first set's US strike s0/s1 and the sixth set's
    # drone strikes s0/s1) -> ASSAULT aerial, actor null; s3 in Iraq the strikes hitting several targets near
    # nine cities (new targets) -> ASSAULT aerial, location "العراق" (the place of all nine; only three of
    # the cities are named). Not coded: s0 (dateline), s4 (tag line, first set).
    "snn-1682a79e42f6": [
        ("ASSAULT", "aerial", 1, "27 غارة", "طائرات الولايات المتحدة والتحالف", "مسلحي التنظيم المتشدد", "سوريا والعراق", ""),
        ("ASSAULT", "aerial", 2, "غارات", None, "خمس وحدات من المقاتلين", "الحسكة", ""),
        ("ASSAULT", "aerial", 3, "الغارات", None, "أهدافا عدة", "العراق", ""),
    ],
    # Eid column "جسور التواصل" (reconciliation with relatives at Eid): religious exhortation, none.
    "snn-318bc797d1a8": [],
    # Clinton says she did not send or receive classified information on a private e-mail account. s3 the
    # criticism she has faced for using a private account -> ACCUSE disapprove (criticism; critics not named:
    # actor null; the current controversy her statement answers: not historical). Not coded: s0-s1 (her
    # denial of her own conduct: sending e-mail is not a PLOVER event, so there is no denied event to code
    # negated), her candidacy and campaign.
    "snn-1283ae7e83c4": [
        ("ACCUSE", "disapprove", 3, "انتقادات", None, "كلينتون", None, ""),
    ],
    # Al-Madina column on the Netherlands and the multiplication of charities. The one fact it states (second
    # set's rule for columns): s0 the columnist's recollection that, years ago, a Dutch government body gave an
    # Arab asylum seeker awaiting his residence decision suitable housing and a weekly allowance -> AID
    # (PLOVER: asylum and material aid to persons) [H] ("قبل سنوات"); location "هولندا" (the seeker's
    # residence "هناك"; the meeting was in Amsterdam). Borderline: a personal anecdote of a column. Not
    # coded: the columnist's own trip (personal travel, no host), s2-s14 (his thanks to the charities'
    # supporters, as the seventh set's columnist's thanks; rhetorical questions on the Ministry of Social
    # Affairs; opinions and wishes), s15-s16 (address and SMS boilerplate).
    "snn-3417e51295f9": [
        ("AID", None, 0, "أمّــنَــت له سكناً مناسباً", "جهة رسمية حكوميّــة", "أحد الـعَـرب", "هولندا", "H"),
    ],
    # The Saudi students' scientific society in the UK receives submissions for its ninth conference. s3 the
    # conference to be held on 30-31 January, hosted by the University of Birmingham -> CONSULT [F] (a
    # planned meeting without a pledge verb: own type + hypothetical, third set; the host as recipient,
    # PLOVER; not in an alliance or IGO: mode null; PLOVER would code the future meeting AGREE, an evaluator
    # may accept AGREE); s4 the preparatory meetings with the sponsoring and host universities with the
    # cultural attaché's participation (inter-organisational meetings, as the fourth set's Yanbu meeting and
    # the seventh set's ministers' meeting; over recent months: not historical) -> CONSULT, actor null (the
    # society is implied). Borderline: an academic conference; an annotator restricting CONSULT to political
    # actors would drop both. Not coded: s0 (receiving applications), s1-s2 (the invitation to visit the
    # website and submit papers: appeal, as the seventh set's award), the patronage of the ambassador and the
    # minister (ceremonial), the aims, the board's internal meetings (third set: internal meetings).
    "snn-61029d02f1c4": [
        ("CONSULT", None, 3, "المؤتمر يقام", None, "جامعة برمنجهام", None, "F"),
        ("CONSULT", None, 4, "اجتماعات أخرى", None, "الجامعات الراعية والمستضيفة", None, ""),
    ],
    # The ICRC president starts a three-day visit to Yemen. s0 the visit -> CONSULT visit (host not named,
    # location the country); s1 his arrival in Sanaa (new place and the visitor named, as the fifth set's
    # airport tour and the seventh set's McDonald's hospitals) -> CONSULT visit; the siege the Houthis impose
    # on Sanaa (relative clause with actor and place, as the second set's "قاعدة العند التي يحاصرها الثوار",
    # the besieged place as recipient) -> COERCE restrict; the talks Maurer is to hold with the Houthi
    # leaders "على أن" (planned, during the visit: CONSULT visit [F], as the seventh set's Obama-Kenyatta
    # talks during his visit; "ماور" is the second occurrence, after "بيتر ماور"). Not coded: s0's causes of
    # the deterioration ("ممارسات المليشيات الحوثية بحق المدنيين وفرضهم الحصار على بعض المناطق، فضلا عن مصادرة
    # المواد الإغاثية": general practices, unlocated, as the seventh set's Houthi crimes told as recurring
    # scenes), the visit's and the talks' purposes (sixth set), s2 (the ICRC statement restating the visit
    # and the planned talks with unnamed "senior officials": restatement), s3-s5 (UN and ICRC tallies; the
    # displacement figure).
    "snn-86d9b8adf183": [
        ("CONSULT", "visit", 0, "زيارة", "رئيس اللجنة الدولية للصليب الأحمر", None, "اليمن", ""),
        ("CONSULT", "visit", 1, "وصل", "بيتر ماور", None, "صنعاء", ""),
        ("COERCE", "restrict", 1, "حصارا", "الحوثيون", "صنعاء", None, ""),
        ("CONSULT", "visit", 1, "محادثات", ("ماور", 2), "قادة الحوثيين", None, "F"),
    ],
    # Al-Riyadh sports column against the Saudi football federation. s0 the social-media storm over leaks
    # about dropping the disciplinary penalties of Al-Hilal and Al-Nassr players, which the sports public
    # sees as a desperate attempt of a federation it no longer trusts -> ACCUSE disapprove (PLOVER: protests in
    # social media; the sixth set's social-media outrage, actor "مواقع التواصل الاجتماعي"); s3 Khalid
    # al-Baltan's earlier criticism of the federation's weakness ("سبق ان تكلم عنه", as the second set's
    # "سبق أن" -> H) -> ACCUSE disapprove [H] (the federation is not named in s3: recipient null). Not coded:
    # the leaked decision itself (a rumour, "جس نبض": speculation, second set), the leaking of papers and the
    # "تبادل الاتهامات" among unnamed parties (part of the storm), the columnist's own criticism of the
    # discipline committee's chairman, his tweets and positions and of the spokesman (s1, s3, s5-s6:
    # opinion and rhetorical questions).
    "snn-d1baba3b6485": [
        ("ACCUSE", "disapprove", 0, "زوبعة اعلامية", ("ساحات التواصل الاجتماعي", 1), "اتحاد", None, ""),
        ("ACCUSE", "disapprove", 3, "تكلم عنه", "خالد البلطان", None, None, "H"),
    ],
    # Kabul: a suicide bomber attacks the police academy hours after a truck bomb in the city centre. s1 the
    # suicide attack on the academy in the Afghan capital today -> ASSAULT suicide-attack ("العاصمة
    # الأفغانية" names the city, as the seventh set's "العاصمة الصومالية"); the truck bomb that killed 15 and
    # wounded hundreds (inside "بعد ساعات من", described with its method and casualties and reported nowhere
    # else: coded, as the sixth/seventh sets' events inside anchors) -> ASSAULT explosives ("وسط المدينة" is not
    # a place name: location null); s3 the police official's account that the attacker, in police uniform,
    # detonated his explosives among the students (new target and method, as the seventh set's Mogadishu
    # blast with the hotel named) -> ASSAULT suicide-attack. Not coded: s0 (dateline), s2 (the blast's spot
    # "قرب مدخل الأكاديمية": detail), s5 (how he slipped into the queue: detail), s6 (casualty figure), s7 (tag
    # line).
    "snn-af4cc46a2d35": [
        ("ASSAULT", "suicide-attack", 1, "هاجم", "انتحاريا", "أكاديمية الشرطة", "العاصمة الأفغانية", ""),
        ("ASSAULT", "explosives", 1, "تفجير شاحنة ملغومة", None, None, None, ""),
        ("ASSAULT", "suicide-attack", 3, "فجر مواده الناسفة", "المهاجم", "الطلاب", None, ""),
    ],
    # Al-Madina column "حتى لا نشرب الكأس" on sectarianism after the mosque bombings: commentary; "تلك
    # التفجيرات" (unnamed, unlocated, undated: general, as the sixth set's "سلسلة من التفجيرات"), the
    # characterisation of the bombings as sabotage in revenge and of the "revolution" exporting sectarian
    # strife (opinion, general): none.
    "snn-83d6bfe36994": [],
    # The head of the Arab Human Rights Committee calls for an investigation of Houthi crimes. s0 his call on
    # the human-rights bodies of the Arab League and the UN to investigate the crimes committed in Yemen by
    # the Houthi militias -> REQUEST (a named actor's call on identifiable parties for a concrete act; no
    # PLOVER mode fits a call to investigate: null) and the requested investigation -> ACCUSE investigate [F]
    # (second set's rule for requested acts; the allegation is carried by this record in s0); s2 his
    # accepting the Yemeni government's invitation to visit Aden, Taiz and the other regions -> AGREE
    # (accepting an invitation; the visit itself is the content of the acceptance and not coded separately,
    # as the seventh set's promised acts; the committee named later in the sentence as actor, the speaker being
    # only the subject of "وأكد"), and the committee's regarding the armed rebellion led by the Houthis and
    # Saleh's forces as a grave threat to the rights of the Arab Charter -> ACCUSE disapprove
    # (condemnation); s4 his statement that the liberation of Aden revealed the rebellion's systematic
    # crimes (indiscriminate shelling, extrajudicial executions, the siege of other cities, arrests of
    # civilians) -> ACCUSE allege (one record: the listed crimes are patterns alleged, not reported
    # incidents, as the seventh set's Houthi crimes told as recurring scenes). Not coded: s1 (appeal to
    # unnamed relief bodies to intensify their efforts: general, as the sixth set's ICRC call), "دعم مسار
    # حقوق الإنسان" (vague), s3 (the condemnation restated as an opinion), the liberation of Aden (subject of
    # "كشفت", an anchor, sixth set), s5 (consequences), s6 ("أهمية" statements: necessity; the government's
    # demands inside them).
    "snn-780d779209ec": [
        ("REQUEST", None, 0, "دعا", "الدكتور هادي بن علي اليامي", "جميع هيئات حماية حقوق الإنسان في جامعة الدول العربية والأمم المتحدة", None, ""),
        ("ACCUSE", "investigate", 0, "للتحقيق", "جميع هيئات حماية حقوق الإنسان في جامعة الدول العربية والأمم المتحدة", "الميليشيات الحوثية", "اليمن", "F"),
        ("AGREE", None, 2, "تلبية دعوة", "لجنة حقوق الإنسان العربية", "الحكومة اليمنية", None, ""),
        ("ACCUSE", "disapprove", 2, "تهديدا خطيرا وجسيما", "لجنة حقوق الإنسان العربية", "جماعة الحوثي والقوات الموالية للرئيس اليمني السابق", None, ""),
        ("ACCUSE", "allege", 4, "الجرائم المنهجية", None, "التمرد المسلح", None, ""),
    ],
    # Yemeni minister al-Amiri: international observers for the humanitarian truce; no attack on the Houthis
    # if they leave al-Anad. s0 the truce that began yesterday -> RETREAT ceasefire (PLOVER: observing a
    # ceasefire; the declaration is coded in s2); his warning that the coalition forces will respond with force
    # to any hostile attempt -> THREATEN violence (a warning with a stated sanction, first set) and its content
    # -> ASSAULT [F] (first/fourth/sixth sets; method unstated: null); the observers who "will supervise" the
    # truce are not a PLOVER act; s1 his call to the putschists to withdraw from al-Anad base -> REQUEST yield
    # (sixth set's call to stop the violence) with the requested withdrawal -> RETREAT withdraw [F] (second
    # set's rule), "حتى لا يلاقوا المصير المحتوم" -> THREATEN (a veiled warning of unstated content, mode null,
    # as the sixth set's Abbas "سيكون لنا موقف مختلف"), and the assurance that they will not be attacked if
    # they withdraw and hand over their hostages -> AGREE (an offer/promise, as the fifth set's León
    # "الأبواب ستظل مفتوحةً"); s2 the truce announced by President Hadi -> CONCEDE (PLOVER: declarations of
    # ceasefires; first set's 2013 truce declaration); s3 the air bridge by which the Kingdom met the needs of
    # the affected -> AID (humanitarian aid), and his charge that the other side is intransigent and that the
    # putschists imposed this war by their aggression -> ACCUSE allege (blame by a named official, first
    # set's al-Jubeir); s4 "جنوا على شعبهم ... باعوا وطنهم" -> ACCUSE disapprove (condemnation). Not coded:
    # the hostages held "الذين يحتجزونهم" (a condition inside the promise), "على المتمردين أن يُشعروا" and s4's
    # "على الحوثيين"/"فعليهم" (necessity), "فرصة سانحة أُتيحت لهم" (characterisation of the offer), s2's aims of
    # the truce and the coalition's efforts (general), s3's destruction of the infrastructure inside "بعد"
    # (general, carried by the ACCUSE record), the reasons for the truce.
    "snn-aba58fb2b061": [
        ("RETREAT", "ceasefire", 0, "الهدنة الإنسانية", None, None, None, ""),
        ("THREATEN", "violence", 0, "محذرا", "الدكتور محمد العامري", "الحوثيين", None, ""),
        ("ASSAULT", None, 0, "سترد", "قوات التحالف", "الحوثيين", None, "F"),
        ("REQUEST", "yield", 1, "نداء", "العامري", "الانقلابيين", None, ""),
        ("RETREAT", "withdraw", 1, "بالانسحاب", "الانقلابيين", None, "قاعدة العند", "F"),
        ("THREATEN", None, 1, "المصير المحتوم", "العامري", "الانقلابيين", None, ""),
        ("AGREE", None, 1, "لن يتم التعرض لهم", "العامري", "الانقلابيين", None, ""),
        ("CONCEDE", None, 2, "أعلن عنها", "الرئيس اليمني عبدربه منصور هادي", None, None, ""),
        ("AID", None, 3, "جسرا جويا", "المملكة", "للمتضررين", None, ""),
        ("ACCUSE", "allege", 3, "المتعنت", None, "قوى الانقلابيين", None, ""),
        ("ACCUSE", "disapprove", 4, "باعوا وطنهم", None, ("الحوثيين", 1), None, ""),
    ],
    # King Abdulaziz University and the Labour Ministry's Doroob programme activate the "تعليم وعمل"
    # initiative. s0 the meeting of the university's vice-president and Doroob's executive director
    # (inter-agency meeting, both named in one phrase as actor, mode null, as the fourth set's Yanbu meeting
    # and the seventh set's culture/endowments ministers; the dateline "جدة" is the outlet's, not coded as the
    # meeting's place) -> CONSULT; s1 the agreement on five projects reached at the meeting -> AGREE (actor
    # null: only "الاجتماع" in s1). Not coded: the projects' content and the specialities agreed "حيث تم
    # الاتفاق" in s2 (content of the same agreement, first set), the minister's directives and the rector's
    # patronage, the planned launch and the plan to be drawn up (content).
    "snn-76704914dd11": [
        ("CONSULT", None, 0, "اجتماعاً", "وكيل جامعة الملك عبدالعزيز للتطوير، الدكتور عبدالفتاح مشاط، والمدير التنفيذي لبرنامج دروب من جانب وزارة العمل، نبيل تكر", None, None, ""),
        ("AGREE", None, 1, "الاتفاق على خمسة مشاريع", None, None, None, ""),
    ],
    # Two European experts on the GCC-US joint statement (Okaz). s0 the GCC-US ministerial meeting whose
    # joint statement the experts assess (the Doha meeting of 3 August, named with its parties, by adjectives
    # as the only naming, first set; mentioned nowhere else as such; GCC = an alliance: multilateral, as the
    # sixth set's Kerry and the GCC ministers; three days before: not historical) -> CONSULT multilateral; s3
    # Todenhöfer welcoming the joint statement -> SUPPORT (welcoming, third set; the statement's authors as
    # recipient); s5 his welcoming the trilateral meeting of al-Jubeir and his US and Russian counterparts ->
    # SUPPORT, the meeting itself ("الذي تم بين", named participants, reported nowhere else; not an alliance
    # or IGO: mode null) -> CONSULT, and his praise of the Kingdom's pivotal role -> SUPPORT (praise, second
    # set). Borderline: commentators' welcomes; an annotator keeping only political actors would drop the
    # SUPPORT records. Not coded: s0-s2 and s4 (the experts' assessments, "يتطلب", "على الجانب الإيراني أن
    # يمتنع": opinion and necessity, as the fifth set's analyst), "محذرا من أي طموحات إيرانية" (a warning of
    # consequences, not a threat by the speaker), the joint statement as such (fifth set), its restatements.
    "snn-214a1fae2304": [
        ("CONSULT", "multilateral", 0, "للاجتماع الوزاري", "الخليجي الأمريكي", None, None, ""),
        ("SUPPORT", None, 3, "رحب", "الدكتور يورجين تودنهوفر", "الخليجي الأمريكي", None, ""),
        ("SUPPORT", None, 5, "رحب", "تودنهوفر", "وزير الخارجية عادل الجبير ونظيريه الأمريكي والروسي", None, ""),
        ("CONSULT", None, 5, "الاجتماع الثلاثي", "وزير الخارجية عادل الجبير ونظيريه الأمريكي والروسي", None, None, ""),
        ("SUPPORT", None, 5, "منوها", "تودنهوفر", "للمملكة", None, ""),
    ],
    # Interior Ministry statement: execution of a Pakistani heroin smuggler in Thadiq. Coded exactly as the
    # first set's two execution statements (snn-4551d1e51b2a, snn-0a0653a1fbd0): s0 the statement on the
    # execution -> ASSAULT targeted (judicial executions, first set); s1 the arrest -> COERCE arrest [H], the
    # general court's death sentence -> SANCTION convict [H], its confirmation by the appeal and supreme courts
    # (written as one phrase) -> SANCTION convict [H] (the earlier stages of a case whose news is today's
    # execution: historical, first set; death sentence: SANCTION only, no COERCE arrest); s2 the execution with
    # the name and place -> ASSAULT targeted; s3 the ministry's warning that the legal punishment will be the
    # fate of anyone who does the same -> THREATEN (mode null, first set). Not coded: the Quranic verse, the
    # smuggling itself (a crime that is not a PLOVER event), "التحقيق/توجيه الاتهام" (accusation alongside a
    # conviction, PLOVER note), the royal order to carry out the sentence (authorisation, first set).
    "snn-2d57118b68c2": [
        ("ASSAULT", "targeted", 0, "تنفيذ حكم القتل", None, "مهرب مخدرات", "منطقة الرياض", ""),
        ("COERCE", "arrest", 1, "القبض", None, "شاه فيصل عظيم شاه", None, "H"),
        ("SANCTION", "convict", 1, "الحكم بقتله", "المحكمة العامة", None, None, "H"),
        ("SANCTION", "convict", 1, "صدّق الحكم", "محكمة الاستئناف ومن المحكمة العليا", None, None, "H"),
        ("ASSAULT", "targeted", 2, "نفذ حكم القتل", None, "شاه فيصل عظيم شاه", "محافظة ثادق", ""),
        ("THREATEN", None, 3, "تحذر", "وزارة الداخلية", "كل من يقدم على ذلك", None, ""),
    ],
    # Aden: the first civilian flight in four months; the army and the resistance press on. s0 the army
    # (backed by the resistance) continuing to liberate the rebels' last stronghold in the al-Anad area ->
    # COERCE seize (taking territory, first set) and its advance in the raging battles in Abyan and Taiz ->
    # ASSAULT (fighting; method unstated: null); s3 the intensified operations in Abyan and Taiz (the same
    # fighting restated: not coded again) "تمهيدًا للتقدم شمالاً نحو العاصمة صنعاء" -> MOBILIZE troops [F] (a
    # stated aim of moving on Sanaa, as the first set's "للتحرك نحو العاصمة صنعاء"); s4 the new phase including
    # the liberation of the Bab al-Mandab strait -> COERCE seize [F] (planned, as the sixth set's liberation
    # aims); s5 the forces and the resistance taking the Labouza camp in Karish after violent clashes ->
    # COERCE seize (the camp as location, as the sixth set's 'جبل "منيف"'), the clashes in which the Houthi
    # commander "Abu Jalil" and about 40 gunmen were killed -> ASSAULT (casualties in the attack's record; the
    # other side as recipient), hundreds of them fleeing towards Taiz -> RETREAT withdraw (first set's
    # "فرار المتمردين", location null as there), and the resistance clearing the "al-Anad triangle" -> COERCE
    # seize ("المقاومة" is the second occurrence); s6 the prisoner swap between southern factions and the
    # Houthis -> RETREAT release (PLOVER: the actual release or exchange of prisoners; both sides named in one
    # phrase as actor); s7 the ICRC aircraft leaving Aden airport for Sanaa with 7 Ansar Allah members (the
    # release of one side's prisoners, new recipient and place) -> RETREAT release, actor null; s8 the release
    # of 30 members of the southern factions handed over in Ataq (new recipient and place) -> RETREAT release.
    # Not coded: the civilian flight and its refugees (s0-s1: a commercial flight, no political actor's act;
    # the liberation of Aden and the relief flights inside "بعد": anchors, sixth set), s2 (the airport
    # director's statement), the operation "التي أطلقت لتحرير محافظتي لحج وأبين" (background relative clause,
    # sixth set), the ICRC's supervision of the swap (facilitation of the parties' release, no PLOVER type of
    # its own; the swap is coded), s9-s12 ("..." and "المزيد").
    "snn-3ce60724ab52": [
        ("COERCE", "seize", 0, "تحريرها", "قوات الجيش اليمني الوطني", None, "منطقة العند", ""),
        ("ASSAULT", None, 0, "المعارك المحتدمة", "قوات الجيش اليمني الوطني", None, "أبين وتعز", ""),
        ("MOBILIZE", "troops", 3, "للتقدم شمالاً", "قوات الجيش الوطني والمقاومة الشعبية", None, "العاصمة صنعاء", "F"),
        ("COERCE", "seize", 4, "تحرير", None, None, "مضيق باب المندب", "F"),
        ("COERCE", "seize", 5, "السيطرة", "القوات والمقاومة", None, "«معسكر لبوزة»", ""),
        ("ASSAULT", None, 5, "مواجهات عنيفة", "القوات والمقاومة", "ميليشيات الحوثيين", "«معسكر لبوزة»", ""),
        ("RETREAT", "withdraw", 5, "فر", "المئات منهم", None, None, ""),
        ("COERCE", "seize", 5, "تطهير", ("المقاومة", 2), None, "«مثلث العند»", ""),
        ("RETREAT", "release", 6, "صفقة تبادل أسرى", "مسلحين من الفصائل الجنوبية وجماعة أنصار الله الحوثية", None, None, ""),
        ("RETREAT", "release", 7, "غادرت", None, "7 من عناصر «أنصار الله»", "مطار عدن", ""),
        ("RETREAT", "release", 8, "إطلاق سراح", None, "30 من أفراد الفصائل الجنوبية", "مدينة عتق", ""),
    ],
    # The father of the Palestinian baby burnt to death in Duma dies of his burns. s0 the burning of his
    # house by suspected Jewish terrorists (the attack his death follows from, described with actor, method,
    # victim and place; 31 July, eight days before: not historical, as the seventh set) -> ASSAULT primitive
    # (fire, fourth set), the father as recipient ("من يشتبه انهم": attributive suspicion, not coded, seventh
    # set); s2 the mother and the four-year-old brother seriously injured in the attack of 31 July (new
    # victims) -> ASSAULT primitive (the mode given in s0, as the seventh set's restated blast); s3 Netanyahu
    # describing the attack as a terrorist act -> ACCUSE disapprove (condemnation; at the time of the attack:
    # recent, not historical). Not coded: the death itself (s0-s2: not a PLOVER event; s1 names the father
    # and restates the burns without actor: restatement), the funeral arrangements, the hospital, the pressure
    # on the security cabinet "منذ وقع الهجوم" (unattributed; anchor).
    "snn-80e08524def5": [
        ("ASSAULT", "primitive", 0, "حرق منزله", "يهود ارهابيين", "والد الرضيع الفلسطيني", "قرية دوما", ""),
        ("ASSAULT", "primitive", 2, "الهجوم", None, "والدة الرضيع وشقيقه", None, ""),
        ("ACCUSE", "disapprove", 3, "عمل إرهابي", "رئيس الوزراء الاحتلال الإسرائيلي بنيامين نتنياهو", None, None, ""),
    ],
    # Turkey lets the US launch air strikes on ISIS from Incirlik (WSJ, citing defence officials). s1 Turkey's
    # approval -> AGREE (an explicit approval verb, first set's "وافق على هذا الإجراء"; the permitted strikes
    # are the content of the agreement, not coded separately, first set); s3 Obama and Erdogan speaking on
    # Wednesday -> CONSULT (both named in one phrase as actor; the medium is not stated: mode null); s6 their
    # agreeing to "strengthen" cooperation against ISIS -> AGREE; s12 Ankara's refusal to play a leading role
    # in the military operations -> REJECT assist (PLOVER mode: any form of assistance) [H] and its statement
    # that only removing Assad can bring peace -> REQUEST change [H] (as the fourth set's "لا مكان للرئيس
    # بشار الأسد"; could be left uncoded as a stance); both are Turkey's position before the deal, recalled as
    # background (as the third set's earlier US refusal [H]). Not coded: s2 (the deal finalised late on
    # Wednesday: restatement with a time), s4-s5 and s6's second half (declining to comment or to confirm,
    # second/fourth sets), s7-s10 (the spokesman's quotes; the coalition's standing right to use bases), s11
    # (the standing restriction on bombing sorties from Incirlik and the habitual drone use), s0 and s13
    # (dateline, tag line).
    "snn-0e2329cc4d4d": [
        ("AGREE", None, 1, "وافقت على السماح", "تركيا", "للجيش الأمريكي", None, ""),
        ("CONSULT", None, 3, "تحدثا", "الرئيسين الأمريكي باراك أوباما والتركي طيب إردوغان", None, None, ""),
        ("AGREE", None, 6, ("اتفقا", 1), "أوباما واردوغان", None, None, ""),
        ("REJECT", "assist", 12, "رفضت", "أنقرة", None, None, "H"),
        ("REQUEST", "change", 12, "إزاحة", "أنقرة", "الرئيس السوري بشار الأسد", None, "H"),
    ],
    # Al-Jazirah reader's letter on violence and carrying weapons. s0 recalls three crimes reported in the
    # paper (events stated as facts in a column, second set; the earlier sets code criminal violence as
    # ASSAULT: third set's villagers, seventh set's Khamis Mushait killing; all within the last weeks: not
    # historical): the man in Hail who shot his son dead and fired three shots at his wife -> ASSAULT firearms
    # (one record: the headline quoted and the report in the same sentence, casualties in the attack's record;
    # "قتل ابنه" and "ابنه" are the report's second occurrences, after the quoted headline); the arrest of a
    # man who stabbed a security officer breaking up a fight in Taif -> COERCE arrest ("الإطاحة"; "شخص" is the
    # first occurrence, before "شخصين") and the stabbing -> ASSAULT primitive (knife, fourth set); a man in his
    # twenties who stabbed another and burnt his body -> ASSAULT primitive (no place given). Not coded: s1
    # (the Kingdom's security, the Interior Ministry's standing work), s2-s4 (appeals and "يجب"), s5
    # (signature).
    "snn-f7846b2de841": [
        ("ASSAULT", "firearms", 0, ("قتل ابنه", 2), "هذا المواطن", ("ابنه", 2), "مدينة حائل", ""),
        ("COERCE", "arrest", 0, "الإطاحة", None, ("شخص", 1), None, ""),
        ("ASSAULT", "primitive", 0, ("بطعن", 1), ("شخص", 1), "رجل أمن", "محافظة الطائف", ""),
        ("ASSAULT", "primitive", 0, "بطعنه عدة طعنات", "عشريني", "آخر", None, ""),
    ],
    # Prince Mohammed bin Abdulaziz Hospital's Eid programme. s0 the hospital's celebration, its rounds of its
    # own inpatients, visitors and staff (an internal ceremony: not coded, as the seventh set's Shaqra
    # celebration) and its distributing gifts and sweets to the inpatients -> AID (gifts, seventh set); s1 the
    # visits of the Riyadh municipality's delegation and of the girls' social-services home to the inpatients
    # (external visitors on the second and third days of Eid, as the fifth set's Othaim and the seventh set's
    # McDonald's visits; past days of the programme "وكان": not flagged) -> CONSULT visit x2. Not coded: the
    # first day's visit by the hospital's management restated in s1 (the same internal rounds as s0), the
    # programme "مستمر" (habitual).
    "snn-cc82dd27aab2": [
        ("AID", None, 0, "توزيع هدايا وحلويات", "مستشفى الأمير محمد بن عبدالعزيز", ("المرضى المنومين", 2), None, ""),
        ("CONSULT", "visit", 1, ("زيارة", 2), "وفد من أمانة منطقة الرياض", ("للمرضى المنومين", 2), None, ""),
        ("CONSULT", "visit", 1, "بزيارة", "دار الخدمة الاجتماعية للبنات", "المرضى المنومين", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
