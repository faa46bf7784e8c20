"""Build events-blind29.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-ninth events blind set; same layout and guidelines as the first
twenty-eight sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind28.jsonl and their blind/ ..
blind28/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind29.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind29.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunction و are left out of a trigger where the word stands whole (the twentieth
# to twenty-eighth sets' rule: here "نهب" from "بنهب", "دعم" from "لدعم", "قتل" from "بقتل", "تسليم سلاحه" from "بتسليم");
# where the article's alif is elided the fused ل stays ("للاجتماع", "للتفجير الإجرامي", "للتخطيط", the first and
# twenty-fifth sets; likewise "للمرأة", "للنازحين" and "للخرطوم" in recipients and places); in actors, recipients
# and places the fused ب/ل/ك is left out otherwise ("مصر" from "لمصر", "الخرطوم" from "بالخرطوم", "مقر سفارة ..."
# from "بمقر", "عدن" from "لعدن", "السلطة المحلية" from "بالسلطة", "مرشد إيران علي خامنئي" from "لمرشد",
# "انتحاريين اثنين" from "لانتحاريين"); spellings as written ("وزيـر" with its tatweel, "دولة
# الامارات", "الاستاذ" and "الأستاذ" as each sentence writes them, "“كوجرات”" with its curly quotes).
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates
# the headline (the twentieth to twenty-eighth sets; the first, tenth to fourteenth and seventeenth sets coded it
# like any sentence: the latest sets' decision is followed, see SOURCE-events-blind29.txt); the 3alyoum tag lines
# "سمات ..." and datelines "... – عين اليوم" are not coded either.
# Speakers named only by a pronoun or an implied subject ("وأضاف", "وقال", "كما أوضح", "كما طالبت", "وكانت قد
# أعلنت", a passive "ووصف") are null (the eighteenth, twenty-seventh and twenty-eighth sets); a subject named earlier
# in the same sentence is kept for its further clauses ("السعودية" for "أبدت ... تخوفا", "العشرات من المواطنين
# التشيكيين" for "أطلقوا كلابهم", "محكمة سودانية" for "أطلقت سراحهما", "الأمانة العامة لقوى 14 آذار" for "أصدرت
# بيانا دعت فيه", "وزير الدفاع الأمريكي آشتون كارتر" for "للاجتماع").
GOLD = {
    # Al-Watan economy: the incentives keep the index at about 9,300 points (26 July). A market forecast, an
    # adviser's expectations (Sabic's results, foreign investors) and last week's closing figures: commerce and
    # forecasts (the twenty-fifth to twenty-eighth sets' commercial items): none.
    "snn-fbc124d2c0b2": [],
    # Al-Riyadh sports: Abdullah al-Qurini, acting president of Al-Shabab, stands for the club's presidency (8
    # August). His candidacy "after receiving the support and blessing of the honorary president Prince Khalid bin
    # Sultan", his pledges to the fans, the honorary members' abstention and the nomination deadline are internal to
    # one club (club business, the twenty-third and twenty-sixth sets' Al-Ettifaq items; the twentieth set's coding
    # of an election's procedure between a state body and the candidates does not apply: no outside party acts
    # here): none.
    "snn-3f9dd1410cda": [],
    # Okaz: Kuwait: the dispute with the Kingdom over the shared oil fields is "technical" (5-6 August). s1 the
    # correspondence the Kuwaiti oil minister Ali al-Omair exchanged with his Saudi counterpart Ali al-Naimi last
    # week on responsibility for Kuwait's losses (an exchange of letters between two named ministers, inside the
    # relative clause "مراسلات أجراها" and reported nowhere else -> CONSULT phone, PLOVER "consultation by phone or
    # other media", the nineteenth set's "بعث برسالة"; a week before: not historical; "وزيـر" with its tatweel);
    # s2 the Kuwait Gulf Oil Company expressing its displeasure at the circulation of the confidential
    # correspondence (-> ACCUSE disapprove, PLOVER "complaints"; the object not a named party: recipient null);
    # s3 its announcement of an investigation committee into the leak (-> ACCUSE investigate, PLOVER "all
    # investigations, including commissions"; "وكانت قد أعلنت" with an implied subject: actor null, the eighteenth
    # and twenty-eighth sets; recent: not historical); s4 the minister Mohammed al-Abdullah al-Sabah stating that
    # the dispute with the Kingdom "will be handled within the set frameworks and in line with the two countries'
    # highest interests" (a stated commitment to settle with a named party -> AGREE, the first set's "حريصة على
    # تطوير علاقاتها"). Not coded: s0 (the dispute called "technical", "nothing disturbs the relations": an
    # assessment, as the twenty-eighth set's foreign ministry playing down a dispute; the standing dispute itself
    # not coded), s1's leak (agentless) and the losses (a conditional), s2's indirect acknowledgement of the leaks
    # (the reporter's inference from the same displeasure).
    "snn-01091fb65880": [
        ("CONSULT", "phone", 1, "مراسلات", "وزيـر النفط الكويتي علي العمير", "نظيره السعودي علي النعيمي", None, ""),
        ("ACCUSE", "disapprove", 2, "استيائها", "الشركة الكويتية لنفط الخليج", None, None, ""),
        ("ACCUSE", "investigate", 3, "تشكيل لجنة تحقيق", None, None, None, ""),
        ("AGREE", None, 4, "ستتم معالجته", "الوزير محمد العبد الله الصباح", "المملكة", None, ""),
    ],
    # Al-Jazirah sports: Zamalek receives the first instalment of Mohamed Abdel-Shafy's transfer to Al-Ahli (27 July).
    # The clubs' transfer, the instalment, the requested delay and the lifted attachment of the club's balances in
    # favour of its former president: club and contract business (the eighth, ninth, twelfth, fifteenth, seventeenth
    # and twenty-sixth sets' transfers; the attachment is a private creditor's claim, no act between political
    # parties): none.
    "snn-82e3be656e96": [],
    # Al-Jazirah: identity of views between the Kingdom and Italy (8 August; al-Jubeir in Rome on 7 August). s0 the
    # foreign minister receiving the Italian prime minister's diplomatic adviser Armando Varricchio at the Saudi
    # embassy in Rome (a reception: the visitor as actor, the host as recipient, PLOVER; "استقبل" as the
    # twenty-second and twenty-fourth sets; "معالي" left out as the twenty-eighth set's "سماحة"; "مقر ..." from
    # "بمقر"); s6 al-Jubeir's talks with the Italian foreign minister Paolo Gentiloni in Rome (the visiting minister
    # and his host -> CONSULT visit, the twenty-eighth set's al-Bashir and al-Sisi); s7 his "we seek to develop and
    # strengthen these relations in all fields" (a stated keenness to develop relations with a named state ->
    # AGREE, the first set's "حريصة على تطوير علاقاتها"; "وزير الخارجية" from "معالي وزير الخارجية"). Not coded: s1
    # and s4 (the reception and the meeting restated with their topics), s2 and s5 (those who attended or
    # accompanied, the twenty-eighth set's delegation members), s3 (the minister's visit to his own embassy and its
    # staff: a meeting inside one government, the twenty-seventh set's families' monthly meeting and this set's
    # 14 March weekly meeting), s7's "fruitful and constructive" talks (s6 restated) and the eighty-year ties (a
    # standing state), s8-s9 (the topics of the talks; the 5+1 agreement a bare topic), s10 (the identity of views:
    # an assessment of the talks; "we expect more visits between high officials in the coming months": an
    # expectation without a planned visit, not coded as the twenty-eighth set's predictions).
    "snn-a571277069b4": [
        ("CONSULT", "visit", 0, "استقبل", "المستشار الدبلوماسي لدولة رئيس وزراء الجمهورية الإيطالية أرماندو فاريكيو", "وزير الخارجية الأستاذ عادل بن أحمد الجبير", "مقر سفارة خادم الحرمين الشريفين في روما", ""),
        ("CONSULT", "visit", 6, "مباحثات", "وزير الخارجية الاستاذ عادل بن أحمد الجبير", "وزير الخارجية الإيطالي باولو جينتيلوني", "العاصمة الإيطالية روما", ""),
        ("AGREE", None, 7, "نسعى لتطوير وتعزيز هذه العلاقات", "وزير الخارجية", "إيطاليا", None, ""),
    ],
    # Ain Al-Yaum: an Indian rape victim made to carry a 40 kg rock on her head to prove her purity (10 August,
    # after the Mirror). Private crimes and coercion are coded as the twenty-sixth set's murder (ASSAULT) and arrests:
    # s1 the victim forced to carry the rock (a coercive act short of violence by an unnamed party -> COERCE, mode
    # null: no PLOVER mode fits an ordeal; actor null, passive) and the rape by her attacker that made her pregnant
    # (-> ASSAULT sexual, PLOVER; the attacker "مهاجمها" as actor; undated background before the ordeal:
    # historical, the sixteenth to twenty-eighth sets' five-week rule; trigger "اغتصابها" as written, the victim's
    # description "ضحية اغتصاب هندية" kept as the recipient); s3 the
    # Gujarat court's earlier refusal to let her have an abortion (-> REJECT, mode null: no PLOVER mode fits;
    # "وكانت ... قد", undated: historical; "للمرأة" kept whole, the alif elided); s4 her attacker's threat to kill her when released (-> THREATEN
    # violence; "المرأة" second occurrence, the one in "وقالت المرأة"). Not coded: s2 (the ritual's name, s1
    # restated), s3's "after the brutal attack" (the rape restated) and the law requiring her to give the child to
    # the government (a standing rule), s4's ordeal restated, the release "from prison" (the text's "سراحها": no
    # detention reported as an act), s5 (tags).
    "snn-d8c768f18242": [
        ("COERCE", None, 1, "أجبرت", None, "ضحية اغتصاب هندية", None, ""),
        ("ASSAULT", "sexual", 1, "اغتصابها", "مهاجمها", "ضحية اغتصاب هندية", None, "H"),
        ("REJECT", None, 3, "رفضت السماح", "محكمة هندية بمدينة “كوجرات”", "للمرأة", None, "H"),
        ("THREATEN", "violence", 4, "تهديد", "مهاجمها", ("المرأة", 2), None, ""),
    ],
    # Al-Riyadh: Netanyahu: Khamenei's statements show no intention of Iran to change its policy (22 July). s0
    # Netanyahu's criticism of the Supreme Leader's latest statements (-> ACCUSE disapprove, the twenty-seventh set's
    # critics; "مرشد إيران علي خامنئي" from "لمرشد"); s1 Khamenei's statement that Iran will not change its policy
    # of supporting its friends in the region (a declared commitment to continue support -> AGREE, the sixteenth
    # set's "وعد خامنئي باستمرار دعم" and the nineteenth set's "تأكيده على استمرار" for the same speech of 18 July;
    # four days before: not historical; "دعم" from "لدعم"); s3 his charge that Iran will use the tens of billions of
    # the deal to arm terrorists (-> ACCUSE allege; "وأضاف": actor null); s6 Iran and the six powers reaching the
    # agreement last week (-> AGREE, the eleventh and twenty-third sets; not historical). Not coded: s1's refusal
    # to change the policy towards "the arrogant American government" (the sixteenth set left the same words
    # uncoded beside the AGREE: a general statement of policy), s2 (Netanyahu's s0 reaction quoted, "the aggressive
    # and provocative speech"), s3's cabinet meeting (an anchor, a government's internal meeting), s4-s5 (Zarif's and
    # Salehi's report to the Majlis and its open sessions: legislative business, the twenty-seventh set's
    # Congressional hearings).
    "snn-d00b2ce95d17": [
        ("ACCUSE", "disapprove", 0, "لا تدل على نية إيران تغيير سياستها", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "مرشد إيران علي خامنئي", None, ""),
        ("AGREE", None, 1, "دعم", "خامنئي", "أصدقائها في المنطقة", None, ""),
        ("ACCUSE", "allege", 3, "تسليح الإرهابيين", None, "إيران", None, ""),
        ("AGREE", None, 6, "توصلت", "إيران ومجموعة الدول الست الكبرى", None, None, ""),
    ],
    # Al-Jazirah: Boko Haram members slaughter ten Nigerian fishermen near Lake Chad (31 July; the attack of Monday
    # 27 July). s0 the killing of ten fishermen with knives in three villages near Baga (-> ASSAULT primitive:
    # PLOVER "edged weapons", the twenty-seventh set's primitive for arson; the villages as the place phrase as
    # written, the twenty-eighth set's "قرى جبل صبر المطل على مدينة تعز"); s5 the union head's account village by
    # village, Bundaram, Fishdam and Kwatar Mali (new places -> one ASSAULT per village, mode null: no method in the
    # sentence, the twenty-eighth set's Tuz Khurmatu s1; "قتلوا" with an implied subject: actor null; "أربعة أشخاص"
    # first and second occurrences); s6 the violent Boko Haram attacks of January after which the residents left
    # the fishing villages (an event with its actor inside the anchor "إثر", reported nowhere else -> ASSAULT, mode
    # null; January: historical); s11 the army allowing the displaced to return to the five villages to fish (an
    # easing of a restriction -> CONCEDE, PLOVER, the twelfth set's reopening by the security forces; about a month
    # before, "منذ شهر": not historical; "للنازحين" kept whole, the alif elided). Not coded: s1 (the attack's day and the witnesses' delay), s2-s3 (the
    # attack restated by the union head and a resident, with the reason for the knives), s6's residents leaving
    # (no act of a named party, the twenty-seventh set's residents fleeing), s8-s10 (the residents' return and the
    # army keeping security: a state), s11's villages "free of Boko Haram" (a state).
    "snn-27c4db60a713": [
        ("ASSAULT", "primitive", 0, "قتل", "عناصر من حركة بوكو حرام", "عشرة صيادي سمك نيجيريين", "ثلاثة قرى قريبة من باغا على بحيرة تشاد", ""),
        ("ASSAULT", None, 5, ("قتلوا", 1), None, ("أربعة أشخاص", 1), "بوندارام", ""),
        ("ASSAULT", None, 5, ("قتلوا", 2), None, "شخصين", "فيشدام", ""),
        ("ASSAULT", None, 5, ("قتلوا", 3), None, ("أربعة أشخاص", 2), "كواتار مالي", ""),
        ("ASSAULT", None, 6, "هجمات", "حركة بوكو حرام", None, None, "H"),
        ("CONCEDE", None, 11, "السماح", "الجيش", "للنازحين", None, ""),
    ],
    # Al-Weeam: the US defence secretary arrives in Saudi Arabia to discuss the Iran agreement (22 July). s0 Ashton
    # Carter's arrival (-> CONSULT visit, the eighth set's "ووصل بيتر ماور إلى صنعاء": recipient null, the country
    # as the place) to meet King Salman and senior officials (the planned meeting beside the arrival -> CONSULT
    # visit [F], the eighth set's "على أن يجري ماور محادثات"; "للاجتماع" kept whole, the alif elided; the
    # reassurance of the Kingdom is the visit's aim, not coded, the twenty-second to twenty-eighth sets) and
    # Washington's conclusion of the nuclear agreement with Iran (inside the anchor "بعد أن" with its parties ->
    # AGREE; eight days before: not historical); s3 the Kingdom welcoming the deal with reserve in public (->
    # SUPPORT, the twenty-seventh set's al-Jubeir welcome) and voicing fears in private (-> ACCUSE disapprove, the
    # twenty-seventh set's "ابدت مخاوف"; the named subject kept); s4 Prince Bandar bin Sultan's warning last week
    # that the deal will let Iran "wreak havoc in the region" (a critic of the deal -> ACCUSE disapprove, recipient
    # null, the twenty-seventh set's "منتقدو الصفقة"; not historical); s5 Obama's defence of the deal (-> SUPPORT,
    # the twenty-seventh set's defenders); s10 the UAE's earlier agreement to buy a missile defence system (-> AGREE,
    # the twenty-first set's arms agreement "أبرمت" [H]; undated "بالفعل": historical). Not coded: s1 (Carter's
    # stated aim and "Iranian aggression" inside it), s2 (the talks' expected topics, no arms deals expected:
    # predictions), s6 (the tour's aim), s7-s9 (an analyst's view, a source's and the article's predictions; the
    # Qatar deal only as a comparison inside the Saudi prediction), s11 (the link line).
    "snn-898d11cc5c18": [
        ("CONSULT", "visit", 0, "وصل", "وزير الدفاع الأمريكي آشتون كارتر", None, "السعودية", ""),
        ("CONSULT", "visit", 0, "للاجتماع", "وزير الدفاع الأمريكي آشتون كارتر", "العاهل السعودي الملك سلمان وكبار المسؤولين", None, "F"),
        ("AGREE", None, 0, "أبرمت", "واشنطن", "إيران", None, ""),
        ("SUPPORT", None, 3, "رحبت", "السعودية", "الاتفاق النووي", None, ""),
        ("ACCUSE", "disapprove", 3, "تخوفا", "السعودية", None, None, ""),
        ("ACCUSE", "disapprove", 4, "حذر", "الأمير بندر بن سلطان الرئيس السابق للمخابرات السعودية", None, None, ""),
        ("SUPPORT", None, 5, "سيجعل الولايات المتحدة وحلفاءها أكثر أمنا", "الرئيس الأمريكي باراك أوباما", "الاتفاق", None, ""),
        ("AGREE", None, 10, "وقعت", "دولة الامارات", None, None, "H"),
    ],
    # Ain Al-Yaum: Muhsin al-Fadhli, leader of the Khorasan group, killed in a US air strike in Syria (24 July; the
    # strike of 8 July). s1 the US military's announcement of his killing in a US air strike (-> ASSAULT aerial, the
    # first set's "غارة جوية أمريكية ... قتلت قياديا" with the adjective "أمريكية" as the only naming of the actor;
    # a targeted strike by aircraft keeps the weapon's mode, targeted being kept for executions and assassinations,
    # the fourteenth to twenty-eighth sets; sixteen days before: not historical); s2 the Pentagon's statement that he
    # was killed near the town of Sarmada (a new place -> ASSAULT, mode null: no method in the sentence, the
    # twenty-eighth set's Tuz Khurmatu s1; passive: actor null); s4-s6 the Pentagon's charges: the leader of a group
    # al-Qaeda sent to Syria to plan attacks in the West (s4, passive "ووصف": actor null), one of the few told in
    # advance of 9/11 (s5, the spokesman Jeff Davis), a participant in the 2002 attacks on the US Marines on Failaka
    # and the tanker Limburg (s6, "كما أوضح": actor null) (-> ACCUSE allege each, the first set's Pentagon charge
    # "له صلة بالتخطيط لهجمات"; the charged acts themselves not coded, the thirteenth to twenty-eighth sets); s7 the
    # earlier US air strike said to have targeted him last September (-> ASSAULT aerial, historical). Not coded: s0
    # (dateline), s3 (the strike restated with the car and the date: a detail), s4's group sent from Pakistan (part
    # of the charge), s8 (tags).
    "snn-ab92dadb0077": [
        ("ASSAULT", "aerial", 1, "غارة جوية", "أمريكية", "محسن الفضلي", "سوريا", ""),
        ("ASSAULT", None, 2, "قتل", None, "الفضلي", "بلدة سرمدا السورية", ""),
        ("ACCUSE", "allege", 4, "للتخطيط لهجمات في الغرب", None, "الفضلي", None, ""),
        ("ACCUSE", "allege", 5, "أبلغوا مسبقا بشأن هجمات 9/11", "ديفيس", "الفضلي", None, ""),
        ("ACCUSE", "allege", 6, "شارك في هجمات", None, "الفضلي", None, ""),
        ("ASSAULT", "aerial", 7, "غارة جوية", "أمريكية", "الفضلي", None, "H"),
    ],
    # Sabq: Czechs release their dogs in public parks to drive out Gulf tourists (6 August, after a report of the
    # Czech channel iDNES.cz the week before). s2 the Czech citizens interviewed voicing their annoyance at the many
    # Gulf tourists (-> ACCUSE disapprove, PLOVER "complaints", the twenty-seventh set's "ابدت مخاوف") and the Czech
    # child complaining that Gulf children left him no chance to play (another speaker -> ACCUSE disapprove, one per
    # speaker); s3 the dozens of Czech citizens demonstrating against the many Gulf tourists (-> PROTEST demo) and
    # releasing their dogs in the park to drive the tourists out (a coercive act short of violence that denies them
    # the place -> COERCE restrict, PLOVER "restrictions on movement, including cordoning off areas", the first set's
    # police sealing off streets; the named subject kept; "السياح الخليجيين" first and second occurrences). Not coded:
    # s0-s1 (the channel's report of the citizens' discontent, the sentence cut at "iDNES."; the tourists' damage to
    # park property and environmental violations: misbehaviour of private persons, no intended attack), s3's racist
    # slogans worn by some demonstrators (part of the protest, PLOVER: the protest's topic is not coded apart).
    "snn-7f8166b59a90": [
        ("ACCUSE", "disapprove", 2, "أبدوا انزعاجهم", "مواطنين تشيكيين", "السياح الخليجيين", None, ""),
        ("ACCUSE", "disapprove", 2, "يشكو", "طفل تشيكي", "أطفال خليجيين", None, ""),
        ("PROTEST", "demo", 3, "تظاهروا", "العشرات من المواطنين التشيكيين", ("السياح الخليجيين", 1), None, ""),
        ("COERCE", "restrict", 3, "أطلقوا كلابهم", "العشرات من المواطنين التشيكيين", ("السياح الخليجيين", 2), None, ""),
    ],
    # Al-Watan: March 14 calls on Hezbollah to return on the state's terms (24 July). s0 the March 14 general
    # secretariat's statement calling on Hezbollah to return to Lebanon on the state's terms (a call for a change of
    # policy -> REQUEST change, the first and twenty-seventh sets; the named subject kept for "أصدرت بيانا دعت
    # فيه"); s1 its demand that Hezbollah hand its weapons to the competent bodies (-> REQUEST yield; "كما طالبت":
    # actor null) with the requested disarmament (-> RETREAT disarm [F], the twenty-eighth set's demanded
    # disarmament); s2 the statement's call for the prompt uncovering of the circumstances of the kidnapped Czechs'
    # case and an end to the lawlessness in the Bekaa (-> REQUEST, mode null, the twenty-seventh set's calls on the
    # authorities; "البيان" as written) with the requested investigation (-> ACCUSE investigate [F], the
    # twenty-seventh set's requested investigation team); s3 its charge that the repeated incidents enjoy
    # Hezbollah's political cover (-> ACCUSE allege; "وقال": actor null) and the kidnapping of the Estonians and
    # the Turks inside the anchor "بعد" with its victims, reported nowhere else (-> ASSAULT abduct; 2011 and 2013:
    # historical); s4 the Lebanese army's tightened security measures around the cabinet and strategic sites for the
    # cabinet session (a precautionary deployment -> MOBILIZE troops, the ninth, eleventh and twenty-seventh sets'
    # alerts; "حول محيط مجلس الوزراء والأماكن الاستراتيجية" descriptive: location null); s5 the army's official
    # warning to all demonstrators against trying to approach the Serail (a warning to a named side without a named
    # force -> THREATEN, mode null, the twenty-third, twenty-seventh and twenty-eighth sets). Not coded: s0's weekly
    # meeting of the secretariat (a body's own meeting, the twenty-seventh set's families' monthly meeting) and
    # "Iran's return to the international community" (a bare anchor), s2's kidnapped Czechs (a participle, the
    # twenty-seventh set's states described by a participle) and Hezbollah's "repeated" readiness to cooperate (a
    # series, sixth to twenty-eighth sets), s4's expected clashes with the Free Patriotic Movement's demonstrators
    # (a prediction), the cabinet session (the government's own meeting) and the military source's words (the s5
    # warning voiced before the statement; "will protect the demonstrations" a stance), s5's "as happened last
    # time" (inside the warning's content, the tenth to twenty-eighth sets), s6 (the warning's content continued).
    "snn-e78d8a66b0cf": [
        ("REQUEST", "change", 0, "دعت", "الأمانة العامة لقوى 14 آذار", "حزب الله", None, ""),
        ("REQUEST", "yield", 1, "طالبت", None, "الحزب", None, ""),
        ("RETREAT", "disarm", 1, "تسليم سلاحه", "الحزب", None, None, "F"),
        ("REQUEST", None, 2, "دعا", "البيان", None, None, ""),
        ("ACCUSE", "investigate", 2, "الكشف عن ملابسات قضية التشيكيين المخطوفين", None, None, None, "F"),
        ("ACCUSE", "allege", 3, "غطاء سياسي واضح", None, "حزب الله", None, ""),
        ("ASSAULT", "abduct", 3, "خطف", None, "الإستونيين والأتراك", None, "H"),
        ("MOBILIZE", "troops", 4, "إجراءات أمنية مشددة", "الجيش اللبناني", None, None, ""),
        ("THREATEN", None, 5, "حذر", "الجيش", "كل المتظاهرين", None, ""),
    ],
    # Al-Weeam: Microsoft confirms that Windows 10 updates are compulsory (21 July). The licence agreement, the update
    # cycles, users' views and the release date: technology and commerce (the twenty-fifth to twenty-eighth sets'
    # commercial items; "تهديدات أمنية" of software, no actor): none.
    "snn-28b57b672686": [],
    # Al-Jazirah: Boko Haram kills nine, children among them, in Cameroon (22 July; the attack of Monday 20 July on
    # Kamouna). s0 gunmen suspected to be Boko Haram killing at least six children and three adults by burning in an
    # attack on a village in northern Cameroon (-> ASSAULT primitive: PLOVER "fire", the twenty-seventh set's
    # arson; "شمالي الكاميرون" kept as the region named, the twenty-eighth set's "شمال العراق"); s1 the gunmen
    # setting fire to more than 300 houses of the village of Kamouna, eleven wounded (a new place and target ->
    # ASSAULT primitive; "قرية كامونا المتاخمة لنيجيريا" from "بقرية"); s4 the governor's "there was no exchange of
    # fire" (a denied clash -> ASSAULT firearms [N], the first set's rule that a denial is coded as the denied event,
    # the fifteenth set's strikes "من دون ان تشن غارات"; no side named: actor null); s6 the security forces
    # investigating the incident (-> ACCUSE investigate); s7 the attack of two suicide bombers that killed about ten
    # in the town of Fotokol less than a week before (an event with its actor and place inside the anchor "بعد",
    # reported nowhere else -> ASSAULT suicide-attack; not historical; "هجوم" second occurrence, the first inside
    # "الهجوم"; "انتحاريين اثنين" from "لانتحاريين"). Not coded: s2-s3 (the resident's account of the destroyed
    # village and the dead: s0-s1 restated), s5 (the arson restated), s8 (the toll since 2009), s9 (the group's
    # regular infiltration: a standing practice).
    "snn-c385fe135717": [
        ("ASSAULT", "primitive", 0, "قتلوا", "مسلحين يشتبه بأنهم من جماعة «بوكو حرام»", "ما لا يقل عن ستة أطفال وثلاثة بالغين", "شمالي الكاميرون", ""),
        ("ASSAULT", "primitive", 1, "أشعل", "المسلحون", "أكثر من 300 منزل", "قرية كامونا المتاخمة لنيجيريا", ""),
        ("ASSAULT", "firearms", 4, "تبادل لإطلاق النار", None, None, None, "N"),
        ("ACCUSE", "investigate", 6, "تحقق", "قوات الأمن", None, None, ""),
        ("ASSAULT", "suicide-attack", 7, ("هجوم", 2), "انتحاريين اثنين", "نحو عشرة أشخاص", "بلدة فوتوكول بمنطقة أقصى شمال الكاميرون", ""),
    ],
    # Ain Al-Yaum: al-Ouda, al-Buraik and al-Qarni condemn the Asir emergency forces' mosque bombing (6 August, the
    # day of the bombing). Reaction articles are coded as the sixth to twenty-eighth sets': one ACCUSE per speaker,
    # the attack as object with the recipient null, and the attack coded where described with its target and place.
    # s1 the Kingdom's sheikhs condemning on the Twitter hashtag (PLOVER "protests carried out in social media" ->
    # ACCUSE disapprove, the twenty-fifth set's tweets) and the suicide bombing of the emergency forces' mosque in
    # Abha during the noon prayer, 17 security men killed (-> ASSAULT suicide-attack, the twenty-fifth and
    # twenty-eighth sets; the same day: not historical); s4 the end of Salman al-Ouda's tweet, "protect us from the
    # evil of those who spread corruption on earth" (his condemnation of the perpetrators -> ACCUSE disapprove; he is
    # named only in s2: actor null) and Saad al-Buraik's "the perpetrator was not alone ... others took part,
    # planned, made and covered for him" (a charge -> ACCUSE allege, PLOVER "informally accuse"); s5 Awad al-Qarni's
    # and Ahmed al-Batli's condemnations (-> ACCUSE disapprove each); s10 Abdullah al-Muqhim's quotation of Ibn
    # Taymiyya on the Kharijites applied to the bombers (-> ACCUSE disapprove, the twenty-eighth set's Kharijite
    # charge as part of a condemnation; "المقحم" as named in the sentence); s11 Salah al-Anazi's curse on "the
    # killers, the criminal Kharijites" (-> ACCUSE disapprove). Not coded: s0 (dateline), s2 and s8 (al-Ouda's and
    # Adel al-Kalbani's "we belong to God": condolences and prayers, no earlier set coded them), s5's al-Batli
    # description of the bombing (s1 restated), s9 (al-Muqhim's "impossible to see one bombing in Tehran": a
    # rhetorical jab; his condemnation is coded once, in s10), s12 (tags).
    "snn-4aff7fc0113a": [
        ("ACCUSE", "disapprove", 1, "ندد", "شيوخ المملكة", None, None, ""),
        ("ASSAULT", "suicide-attack", 1, "التفجير الانتحاري", None, "17 رجل أمن", "مسجد قوات الطوارئ في مدينة أبها", ""),
        ("ACCUSE", "disapprove", 4, "شر المفسدين في الأرض", None, None, None, ""),
        ("ACCUSE", "allege", 4, "شاركه", "الدكتور سعد البريك", None, None, ""),
        ("ACCUSE", "disapprove", 5, "أضر على الأمة من كل أعدائها", "الدكتور عوض القرني", None, None, ""),
        ("ACCUSE", "disapprove", 5, "أهل الضلال", "الدكتور أحمد الباتلي", None, None, ""),
        ("ACCUSE", "disapprove", 10, "الخوارج", "المقحم", None, None, ""),
        ("ACCUSE", "disapprove", 11, "لعنة الله على القتلة الخوارج المجرمين", "الشيخ صلاح عناد العنزي", None, None, ""),
    ],
    # Okaz: the Shura Council will discuss amendments to the judiciary, traffic, civil status and social security laws
    # (2 August). The council's agenda when it resumes next month (the committees' reports on members' proposals to
    # amend laws, the anti-corruption authority's report, the draft agreement between the Saudi and Vietnamese labour
    # ministries on domestic workers, the municipal fines law): legislative business (the sixth, twenty-fourth,
    # twenty-seventh and twenty-eighth sets; the draft agreement is an item of the council's review, not an
    # agreement reported as concluded): none.
    "snn-02f92a6debc3": [],
    # Al-Eqtisadiah column: "the killers of those bowing and prostrating" (8 August), on the Asir emergency forces'
    # mosque bombing of 6 August. s1 the criminal bombing that struck the emergency forces' mosque in the Asir region
    # the day before yesterday, killing and wounding many of them (the attack stated as fact with its target and
    # place -> ASSAULT explosives: a bombing without "suicide" in the text, the sixteenth set's "تفجير" of the same
    # mosque; recipient and place as the twenty-fifth set's column, "مسجد قوات الطوارئ" and "منطقة عسير"; "للتفجير
    # الإجرامي" kept whole, the alif elided, the twenty-fifth set's "للتفجير الانتحاري"; two days before: not
    # historical). Not coded: the columnist's own condemnation and views (s0, s4-s7: columns' views, the
    # twenty-seventh and twenty-eighth sets), s2 (the pain shown in tweets: grief, not a reported condemnation by a
    # named party), s3 (the emergency forces' crushing of terrorism early in the 2000s and their pre-emptive strikes:
    # a general series), s7 (families hiding their sons: a general practice).
    "snn-eac6b3b0051b": [
        ("ASSAULT", "explosives", 1, "للتفجير الإجرامي", None, "مسجد قوات الطوارئ", "منطقة عسير", ""),
    ],
    # Okaz: Saudi-Egyptian cooperation for the Arab nation (1 August), the Shura member Sadaqa Fadil on Prince
    # Mohammed bin Salman's visit to Egypt (30 July). s0 the visit (a real, recent event named with its parties ->
    # CONSULT visit, the fifth set's same-issue comment by another analyst, snn-d39cf7cd042d, coded so; the host
    # country as the place with the recipient null, the twenty-seventh set's rule; "صاحب السمو الملكي" left out as
    # "معالي"; "مصر" from "لمصر"). Not coded: the member's assessments (s2-s5: the historic ties, the shared
    # dangers and the two countries' duty), s6-s8 (the visit restated, its "promising" results and the identity of
    # views: his reading of the outcome, not a reported act).
    "snn-b490614d47d6": [
        ("CONSULT", "visit", 0, "زيارة", "الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد", None, "مصر", ""),
    ],
    # Al-Watan: warnings against al-Bashir's trip to New York (6 August). s0 leading figures of the ruling party
    # warning against the president's announced intention to go to New York (an objection to a named leader's plan
    # -> ACCUSE disapprove, PLOVER "objections"; recipient null, the twenty-seventh set's critics) and that announced
    # trip to address the UN sustainable development summit on 26 September (a declared intention to attend a
    # multilateral meeting -> CONSULT multilateral [F], the twenty-seventh set's planned visits; "مقر الأمم المتحدة
    # بنيويورك" as written); s1 the International Criminal Court's international arrest warrant against him on
    # charges of war crimes in Darfur (PLOVER: an in-absentia arrest warrant -> THREATEN arrest, and the charge ->
    # ACCUSE allege, the fifth set's ICTY charge "بتهمة ارتكاب جرائم حرب" [H]; 2009: historical; "تهمة" without
    # the fused ب); s2 Washington's official blame of South Africa's President Jacob Zuma for not arresting al-Bashir
    # (inside the relative clause "التي", with its parties, reported nowhere else -> ACCUSE disapprove; June, about
    # seven weeks before: historical) and al-Bashir's attendance at the last African Union summit (inside the anchor
    # "عقب" -> CONSULT multilateral [H]); s3 the party leader's "we will not allow his travel" (a refusal by a named
    # speaker -> REJECT, mode null: no PLOVER mode fits; "القيادي" as named); s4 the Sudanese court acquitting two
    # South Sudanese pastors of espionage and undermining the constitutional order (-> CONCEDE, PLOVER "acquittals",
    # the third set's "ببراءة") and releasing them (-> RETREAT release, PLOVER "the actual release"; the named subject
    # and the named pastors kept); s5 the security service's detention of Yat Michael in Khartoum in December 2014 and
    # s6 Peter Yen Reith's in January 2015 (-> COERCE arrest each, historical; s6 passive: actor null; "الخرطوم"
    # first occurrence in s5, from "بالخرطوم"; "للخرطوم" in s6 kept whole, the alif elided); s7 the judge finding each guilty of one
    # charge (-> SANCTION convict, PLOVER; the time already served, no new prison term). Not coded: s0's UN listing
    # of his name (no PLOVER type), s1's "risk" (a view), s2's Washington "facing a suitable chance to arrest him" (a
    # prediction) and Zuma's refusal (the object of the blame, the thirteenth to twenty-eighth sets' charged acts),
    # s3's "a trap" (an opinion), s6's eight charges (PLOVER: an accusation reported alongside a conviction is not
    # coded), s7's order to release them (s4 restated by the judge), s8-s9 (the ruling quoted and its charges: s7
    # restated), s10 (the relatives' celebration).
    "snn-27719de854f6": [
        ("ACCUSE", "disapprove", 0, "حذرت", "شخصيات بارزة داخل الحزب الحاكم في السودان", None, None, ""),
        ("CONSULT", "multilateral", 0, "التوجه", "الرئيس عمر البشير", None, "مقر الأمم المتحدة بنيويورك", "F"),
        ("THREATEN", "arrest", 1, "مذكرة قبض دولية", "المحكمة الجنائية الدولية", None, None, "H"),
        ("ACCUSE", "allege", 1, "تهمة ارتكاب جرائم حرب", "المحكمة الجنائية الدولية", None, None, "H"),
        ("ACCUSE", "disapprove", 2, "وجهت اللوم", "واشنطن", "الرئيس الجنوب أفريقي جاكوب زوما", None, "H"),
        ("CONSULT", "multilateral", 2, "حضوره قمة الاتحاد الأفريقي الأخيرة", "البشير", None, None, "H"),
        ("REJECT", None, 3, "لن نسمح بسفره", "القيادي", None, None, ""),
        ("CONCEDE", None, 4, "برأت", "محكمة سودانية", "قسين من دولة جنوب السودان", None, ""),
        ("RETREAT", "release", 4, "أطلقت سراحهما", "محكمة سودانية", "قسين من دولة جنوب السودان", None, ""),
        ("COERCE", "arrest", 5, "احتجز", "جهاز الأمن والمخابرات السوداني", "يات مايكل", ("الخرطوم", 1), "H"),
        ("COERCE", "arrest", 6, "احتجز", None, "بيتر ين ريث", "للخرطوم", "H"),
        ("SANCTION", "convict", 7, "مدان", "القاضي", "كلا منهما", None, ""),
    ],
    # Al-Eqtisadiah: Houthi leaders loot 700 million Yemeni rials from the defence ministry (2 August). s0 a military
    # source: one Houthi official looting half a billion rials from the ministry's treasury and another leader 200
    # million from the same treasury (looting stated as fact by the source -> COERCE seize, PLOVER "confiscate
    # property", the twenty-seventh set's looting of the Taiz centre; two actors, two records; "نهب" first and second
    # occurrences, from "بنهب"); s1 the source's charge that most of the thieves are Houthi leaders and leaders of
    # Saleh's Republican Guard (-> ACCUSE allege, a new party charged); s2 Bahah's visits to Aden during which he
    # will meet the ministers and the local authority (a visit announced for the coming days by the president's
    # press secretary -> CONSULT visit [F], the host authority as recipient; "عدن" first occurrence, from "لعدن")
    # and the Houthis' occupation of Aden in the preceding period (inside the damages' relative phrase with its actor
    # and place, reported nowhere else -> COERCE seize, the first set's "كانت تحتلها" [H]: March to July, more than
    # five weeks: historical); s5 the son of a leader of the General People's Congress, Ali Abu Haliqa, killed in
    # Marib (-> ASSAULT, mode null, actor null: a death in combat, the fourteenth and fifteenth sets; recent, "آخرهم":
    # not historical; "قتل" second occurrence, the first inside "القتلى"). Not coded: s0's series of lootings since
    # the liberation of Aden (a series; the liberation a bare anchor), s2's meeting with his own ministers (inside one
    # government) and the damage inventory (an aim), s3 (the visit's expected effects, the officials' return, the
    # government's coming return: predictions), s4 (the planned liberation of the provinces and of Sanaa, the
    # conditional siege: aims and conditions, the twenty-second to twenty-eighth sets), s5's al-Masirah channel
    # announcing its dead (a standing practice), the funeral and Saleh's condolences, the tolls.
    "snn-0a87e2961943": [
        ("COERCE", "seize", 0, ("نهب", 1), "أحد المسؤولين الحوثيين", "خزينة وزارة الدفاع اليمنية", None, ""),
        ("COERCE", "seize", 0, ("نهب", 2), "قيادي آخر", "الخزينة ذاتها", None, ""),
        ("ACCUSE", "allege", 1, "مرتكبي هذه السرقات", "المصدر", "القيادات الحوثية وقيادات في الحرس الجمهوري التابع للمخلوع علي عبدالله صالح", None, ""),
        ("CONSULT", "visit", 2, "زياراته", "خالد محفوظ بحاح نائب رئيس الجمهورية اليمنية رئيس مجلس الوزراء", "السلطة المحلية", ("عدن", 1), "F"),
        ("COERCE", "seize", 2, "احتلال", "الحوثيين", None, "مدينة عدن", "H"),
        ("ASSAULT", None, 5, ("قتل", 2), None, "ابن أحد القادة في المؤتمر الشعبي العام", "مأرب", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
