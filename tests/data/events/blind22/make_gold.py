"""Build events-blind22.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-second events blind set; same layout and guidelines as the first
twenty-one sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind21.jsonl and their blind/ ..
blind21/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind22.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind22.jsonl")

# The Khartoum report writes "توعدت" with shadda before fatha (U+0651 U+064E); the span is written with escapes so
# that it matches the text exactly.
TAWAADAT = "\u062a\u0648\u0639\u0651\u064e\u062f\u062a"


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل and the conjunction و are left out of a trigger where the word stands whole (the twentieth
# and twenty-first sets' rule: here "قصف" from "بقصف", "دعم وتنسيق" from "بدعم وتنسيق", "تحرير" from "لتحرير",
# "حذر", "اتهمت", "أقر", "وافق", "استقبلت", "اعتقل" without their و, "غارات جوية" from "بغارات جوية"); "قام" stands
# apart ("زيارة" after "قام ب"). In actors and places the fused ب/ل is left out likewise ("طيران التحالف الدولي"
# from "لطيران", "تسيبراس" from "لتسيبراس"), but kept where the article's alif is elided ("لليونان").
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates
# the headline (the twentieth and twenty-first sets; the first, tenth to fourteenth and seventeenth sets coded it like
# any sentence: the latest sets' decision is followed, see SOURCE-events-blind22.txt).
GOLD = {
    # Al-Eqtisadiah: Boeing sends airlines a warning memo on a problem of its 777 (a 60 kg panel of the landing-gear
    # door fell from an Air France 777 after take-off from Shanghai onto a factory roof, no injuries; Boeing's
    # maintenance guidance; 1,100 planes in service): a manufacturer's technical notice to its customers and its
    # statement that "we cooperate closely with our customers" (company business, second to twenty-first sets);
    # the falling panel is an accident: none.
    "snn-bebb5059d787": [],
    # Al-Riyadh: the ministry of social affairs' IT department holds a workshop with its contracted technology
    # firms on eight axes of its technical services (Diriyah; the strategy; six earlier workshops): an internal
    # workshop of one ministry and its contractors (internal meetings, company business, twenty-first set): none.
    "snn-626ef173cfd0": [],
    # Okaz sports: Al-Wehda's spokesman Hani Hijazi answers the head of the professionals committee on the
    # players' complaints and the bank transfers (the club cannot yet register players), a dinner for the foreign
    # players in Cairo, the last two friendlies: club business and sport (eighth/ninth/twelfth to twenty-first
    # sets): none.
    "snn-9b36cf4464c0": [],
    # Al-Jazirah: a dust storm hits Riyadh and al-Aflaj (low visibility, the traffic patrols' presence on the
    # roads, shops closed early, the hospital's emergency preparations, rain in the Aflaj centres): a natural event;
    # the patrols and the hospital's preparations are routine public services, not political acts (sixteenth
    # set's typhoon): none.
    "snn-c74462a9795c": [],
    # Sabq: the deputy emir of al-Baha chairs a meeting with the director general of roads on the ring road
    # (27 July). Meetings between two government bodies are coded (fourth set's education and tourism directors,
    # nineteenth/twentieth sets' officials' meetings; an internal meeting of one body is not): s0 the deputy emir
    # Dr Hamed al-Shammari's extended meeting with the director general of roads and his assistants, with the
    # contractors and consultants (-> CONSULT, mode null: talks outside a visit, twelfth to twenty-first sets;
    # "بمنطقة الباحة" is part of the director's title: location null); s3 the agreement on a working mechanism
    # between the roads administration and the project consultant with the emirate (an agreement of named
    # parties -> AGREE, eighth set's "الاتفاق على خمسة مشاريع", seventh set's agreement of two ministers; the
    # parties written apart: the first as actor, "الإمارة" as recipient, as the twenty-first set's "وقع العراق
    # مع روسيا"; the obligations on the firms are the mechanism's content, not coded apart); s4 the decision to
    # continue discussing the region's projects in the coming days, with field tours (a decided meeting -> CONSULT
    # [F], nineteenth/twenty-first sets' planned meetings; no party named: actor null). Not coded: s1 (the emir's
    # directions passed on by his deputy: orders inside one government, twenty-first set's Asir emir), s2 (the
    # meeting restated with its topic; "تم تحديد المعوقات" is no act), s4's "مناقشة مشاريع الطرق" (the meeting
    # restated) and recommendations, s5 (the attendance).
    "snn-d5a4c303184a": [
        ("CONSULT", None, 0, "اجتماعاً موسعاً", "وكيل إمارة الباحة الدكتور حامد بن مالح الشمري", "مدير عام الطرق ومساعديه بمنطقة الباحة", None, ""),
        ("AGREE", None, 3, "تم الاتفاق على آلية عمل", "إدارة الطرق واستشاري المشروع", "الإمارة", None, ""),
        ("CONSULT", None, 4, "مواصلة مناقشة مشاريع المنطقة", None, None, None, "F"),
    ],
    # Al-Watan culture: the Abyat company honours the jury and the winners of its photography and calligraphy
    # contests (the exhibitions in Riyadh and Dammam, the prizes, the extension, the CEO's congratulations): a
    # company's cultural contest and prize-giving (twenty-first set's poetry contest; "حشد كبير" is the audience):
    # none.
    "snn-c43794404f33": [],
    # Al-Watan: a decisive round in Khartoum on the Renaissance Dam; the Sudanese government's warning; a federal
    # delegation in West Kordofan (21 July). s0 the round of negotiations between the irrigation ministers of
    # Sudan, Egypt and Ethiopia starting tomorrow in Khartoum (a planned meeting -> CONSULT [F], nineteenth/
    # twenty-first sets; three states' ministers: mode null, as the eighth set's Saudi-US-Russian trilateral and
    # the twelfth to twenty-first sets' talks outside a visit; "الخرطوم" second occurrence, the first is the
    # government in "إصرار الخرطوم"); s1 the road map adopted by the three states (a recalled agreement with its
    # parties in a relative clause -> AGREE [H], twenty-first set's recalled agreements; the date is not given,
    # background of the round); s2 the agreement to extend the Khartoum meeting by a day if needed (-> AGREE,
    # eighth set's "الاتفاق على", no party named: actor null; the extended meeting is the agreement's content);
    # s3 the Sudanese government vowing to apply the law firmly against whoever stirs up strife and tribal
    # fighting (a warning with a stated sanction -> THREATEN, mode null: the law's application fits no THREATEN
    # mode, tenth set's "بتطبيق العقوبات الصارمة"); s4 West Kordofan state receiving a central delegation headed by
    # the federal government minister Faisal Hassan Ibrahim to look into the security situation (-> CONSULT visit,
    # the delegation as actor, the state as host and place; the companions are part of the delegation's phrase).
    # Not coded: s0 (Khartoum's insistence on settling the issues, the round "expected to be decisive": a
    # stance and a prediction), s1 (the meeting's aims, the contracts to be signed with the consultants: its
    # purpose), s2's "سعيا ... للتوصل إلى اتفاق" (an aim) and the Egyptian experts' preparations, s3's reform
    # programme (a standing policy).
    "snn-0d04387fd4f3": [
        ("CONSULT", None, 0, "جولة المفاوضات", "وزراء الري في السودان، مصر وإثيوبيا", None, ("الخرطوم", 2), "F"),
        ("AGREE", None, 1, "أقرتها", "الدول الثلاث", None, None, "H"),
        ("AGREE", None, 2, "تم الاتفاق على مد فترة انعقاد اجتماع الخرطوم", None, None, None, ""),
        ("THREATEN", None, 3, TAWAADAT, "الحكومة السودانية", "كل من يثير الفتن والاقتتال القبلي", None, ""),
        ("CONSULT", "visit", 4, "استقبلت", "وفدا مركزيا برئاسة وزير الحكم الاتحادي فيصل حسن إبراهيم", "ولاية غرب كردفان", "ولاية غرب كردفان", ""),
    ],
    # Al-Riyadh: the education minister Dr Azzam al-Dakhil and the secretary general of the King Abdulaziz
    # Foundation (Darah) Fahd al-Semmari launch a national-unity programme for the students (Wednesday 29 July).
    # s1 the meeting between them at the ministry in Riyadh to review the cooperation of the two bodies (a meeting
    # of two government bodies, the fourth set's directors; s4 calls it "الزيارة": the Darah's head visiting the
    # ministry -> CONSULT visit; the participants are only "بينهما" in this sentence: actor and recipient null;
    # the ministry's building as the place, as the twenty-first set's "السراي الحكومي"). Not coded: s0 (the launch
    # of the programme: a launch, fourteenth/sixteenth sets' programme launches), s2 (the meeting restated with
    # its day; "أكدا على الاستفادة" and the programme's aims: the programme's content), s3 (its rationale), s4
    # (the minister's statement on the ministry's aims: a policy statement).
    "snn-b11be2765c4a": [
        ("CONSULT", "visit", 1, "الاجتماع", None, None, "وزارة التعليم بالرياض", ""),
    ],
    # Al-Weeam: three Saudi information ministers praise the TV series "Selfie" (21 July). s0 the three ministers
    # of culture and information praising the controversial Saudi series (praise -> SUPPORT, PLOVER "commend";
    # the series as recipient, as the twentieth set's "إعجابه بالتجهيزات"); s1 Nasser al-Qasabi, the series'
    # star, on Twitter: he received three calls from three information ministers in two weeks (-> CONSULT phone,
    # PLOVER "phone", eighteenth set's call; the callers as actor, the star named in the sentence as recipient);
    # s9 al-Qasabi thanking the ministers on behalf of the Selfie team (thanks -> SUPPORT, first to twenty-first
    # sets; "“القصبي”" with its quotes as written); s10 the death threats al-Qasabi has received from some
    # extremists since the first episodes (-> THREATEN violence, sixth set's "تهديدات بالقتل" of the Afghan pilot;
    # Ramadan began 33 days before: not historical, under the sixteenth to twenty-first sets' five-week rule) and
    # some of them considering that the series insults the clergy (a charge against the series -> ACCUSE
    # disapprove, twentieth set's "وصفها"; the named "بعض المتشددين" of the sentence kept for "بعضهم", as the
    # twenty-first set's named subject). Not coded: s2-s4 (the ministers' names cut at "د."; "يشيدون" restates
    # the praise of s0), s5-s8 (who the three ministers are, their terms), s10's success and controversy of the
    # series (comment), s11 (the link line).
    "snn-d7919434d5f1": [
        ("SUPPORT", None, 0, "امتدح", "ثلاثة وزراء ثقافة وإعلام سعوديين", "المسلسل السعودي المثير للجدل “سيلفي”", None, ""),
        ("CONSULT", "phone", 1, "ثلاث مكالمات", "ثلاثة وزراء إعلام", "بطل المسلسل ناصر القصبي", None, ""),
        ("SUPPORT", None, 9, "شكراً", "“القصبي”", "وزراء الإعلام", None, ""),
        ("THREATEN", "violence", 10, "تهديدات بالقتل", "بعض المتشددين", "“القصبي”", None, ""),
        ("ACCUSE", "disapprove", 10, "أعتبر", "بعض المتشددين", "المسلسل", None, ""),
    ],
    # Al-Watan: Holgate, a US envoy to the IAEA (7 August). s5 the national security adviser Susan Rice's
    # statement praising Laura Holgate's career in building global coalitions against weapons of mass destruction
    # (a commendation of a named person -> SUPPORT, fifth set's thanks around an appointment; the appointment itself
    # is not coded). Not coded: s0-s1 (Obama's nomination of Holgate: an appointment inside one government, fourth
    # to twenty-first sets; "مع بدء عملية التنفيذ الصعبة للاتفاق النووي مع إيران": a bare anchor of the deal),
    # s2 (the IAEA's future role under the agreement: the agreement's content), s3 (Iran's obligation to report
    # by mid-October: an obligation), s4 (her earlier career: the nuclear security summit, the efforts to destroy
    # the Syrian chemical stockpile, undated background of a person), s6 (the Senate's approval needed; the
    # Republican majority's opposition to the deal: a standing position).
    "snn-f225dbe46442": [
        ("SUPPORT", None, 5, "أمضت لورا حياتها المهنية", "مستشارة الأمن القومي الأميركي سوزان رايس", "لورا", None, ""),
    ],
    # Al-Eqtisadiah sports: one accounting office for the clubs and graded penalties for the indebted (3 August).
    # Coded where a government body and the football federation act towards each other (twentieth set's meeting
    # of the youth welfare president, nineteenth set's federation committees; the rules' content is not an event):
    # s0 the youth welfare presidency putting two proposals to the Saudi football federation to apply from next
    # season (a request for a change of rules -> REQUEST change, twentieth set's "طالبوا"); s1 the meeting of
    # Prince Abdullah bin Musaed, the president of youth welfare, with the members of the federation headed by
    # Ahmed Eid (-> CONSULT, mode null, the twentieth set's "اجتماعه" of the same prince); s5 the federation
    # adopting graded penalties for hiding or falsifying financial data (the adoption of the presidency's first
    # proposal by the body that makes the rules -> AGREE, tenth to twenty-first sets' approvals and the twentieth
    # set's "وافقت" on a requested step); s6 the federation approving the allocation of part of the TV rights
    # income to clubs that field their youth players (-> AGREE, an approval). Not coded: s0's clubs' complaints of
    # debt (general) and the proposals' content, s1's proposals restated with the meeting (coded in s0) and "تم
    # اتخاذ إجراءات وتدابير مشتركة" (unspecified), s2-s4 (the second proposal's thresholds: rules, not acts),
    # s5's list of penalties (the rules' content: no SANCTION has been imposed on anyone).
    "snn-3d5b09e676b1": [
        ("REQUEST", "change", 0, "طرحت اقتراحين", "رعاية الشباب", "اتحاد القدم السعودي", None, ""),
        ("CONSULT", None, 1, "اجتماع", "الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب", "أعضاء اتحاد القدم السعودي برئاسة أحمد عيد", None, ""),
        ("AGREE", None, 5, "أقر", "اتحاد القدم السعودي", None, None, ""),
        ("AGREE", None, 6, "وافق", "الاتحاد السعودي", None, None, ""),
    ],
    # Al-Riyadh: a policeman killed in south-east Turkey; a Kurdish movement kills an "ISIS member" in Istanbul
    # (Thursday 23 July, AFP). s0 the policeman shot dead and another wounded yesterday in an attack in a street of
    # Diyarbakir (-> ASSAULT firearms, "بالرصاص"; no author named: actor null; the city as the place); s1 the
    # killing of two policemen near the Syrian border the day before, claimed by the PKK (inside "غداة", with its
    # claimant, reported nowhere else as news -> ASSAULT, mode null, the claimant as actor, eleventh set's
    # Ceylanpinar claim; "قرب الحدود السورية" vague: location null; "قتل" first occurrence, the second inside
    # "قتلهما"), the bloody Suruc attack of Monday on a gathering of pro-Kurdish activists (inside "رداً على", with
    # its target and place, reported nowhere else as news -> ASSAULT, mode null: this text says only "هجوم";
    # three days before: not historical) and its attribution to ISIS ("نسب الى": an agentless attribution ->
    # ACCUSE allege with actor null, fifteenth/eighteenth sets; the attack's author left out, nineteenth and
    # twenty-first sets' suspected perpetrators); s2 the Revolutionary Patriotic Youth Movement, close to the PKK,
    # announcing that it killed in Istanbul a man it said belonged to ISIS (a claimed killing -> ASSAULT, mode
    # null, the claimant as actor, eleventh set; the membership it asserts -> ACCUSE allege, an informal charge
    # against the victim, thirteenth to twenty-first sets' charges); s3 Anadolu: the man, a trader known as Mursel
    # Gul, killed on Tuesday evening in the Sultangazi district (new content: the victim's name and the district
    # -> ASSAULT, actor null); s4 the movement's statement: it will call "the killers of Suruc" to account, "we will
    # continue our operations against the ISIS gang ... we will liquidate and punish them" (-> THREATEN violence,
    # thirteenth/fifteenth sets' vows); s5 Kobani, freed after four months of battles that ended with the ISIS
    # forces driven out (a recalled war with its place in a relative clause, reported nowhere else -> ASSAULT [H],
    # mode null, twentieth set's Kobani battles; no victor named: actor null, the driven-out forces as recipient);
    # s6 the Turkish police announcing the arrest of three people suspected of taking part in the killing of the
    # two policemen (-> COERCE arrest; the suspicion is the arrest's ground, not coded apart); s7 the three
    # arrested in Sanliurfa (new content: the place -> COERCE arrest, actor null) and the documents found in their
    # house (a search -> COERCE seize, PLOVER "execute search"; eleventh set's search operation); s8 the local
    # police chief Eyup Bayarbasi at the memorial: "we will continue our battle (against terrorism) to the end"
    # (a vow of force -> THREATEN violence, thirteenth/fifteenth sets' Davutoglu; recipient generic: null); s9 "the
    # blood of our martyrs will not be shed without punishment" (-> THREATEN, mode null, twelfth set's "لن يبقى من
    # دون عقاب"; the speaker is not named in this sentence: actor null). Not coded: s2's "ردا على هجوم سوروتش" (a
    # bare anchor), s5's attack restated with its target and the activists' purpose, s8's memorial ceremony.
    "snn-b9f24c590ca2": [
        ("ASSAULT", "firearms", 0, "هجوم", None, "شرطي", "دياربكر", ""),
        ("ASSAULT", None, 1, ("قتل", 1), "حزب العمال الكردستاني", "شرطيين", None, ""),
        ("ASSAULT", None, 1, "هجوم سوروتش الدامي", None, "تجمع لنشطاء مناصرين للاكراد", "سوروتش", ""),
        ("ACCUSE", "allege", 1, "نسب", None, "تنظيم داعش", None, ""),
        ("ASSAULT", None, 2, "قتلت", "حركة الشبيبة الوطنية الثورية المقربة من حزب العمال الكردستاني", "رجلا", "اسطنبول", ""),
        ("ACCUSE", "allege", 2, "أكدت انتماءه لتنظيم داعش", "حركة الشبيبة الوطنية الثورية المقربة من حزب العمال الكردستاني", "رجلا", None, ""),
        ("ASSAULT", None, 3, "قتل", None, "مرسل غول", "حي سلطان غازي", ""),
        ("THREATEN", "violence", 4, "سنقوم بتصفيتهم ومعاقبتهم", "حركة الشبيبة الوطنية الثورية", "عصابة داعش", None, ""),
        ("ASSAULT", None, 5, "المعارك", None, "قوات الدولة الاسلامية", "بلدة كوباني", "H"),
        ("COERCE", "arrest", 6, "اعتقال", "الشرطة التركية", "ثلاثة اشخاص", None, ""),
        ("COERCE", "arrest", 7, "اعتقل", None, "الثلاثة", "شانلي أورفة", ""),
        ("COERCE", "seize", 7, "العثور على مستندات", None, None, None, ""),
        ("THREATEN", "violence", 8, "سنواصل حتى النهاية معركتنا", "القائد المحلي للشرطة ايوب بيارباسي", None, None, ""),
        ("THREATEN", None, 9, "لن يراق دون عقاب", None, None, None, ""),
    ],
    # SPA: the director of health affairs in al-Baha inspects the health facilities of al-Mandaq governorate
    # (9 August). Officials' field visits are coded (fifteenth set's "تفقد" of a college, nineteenth/twentieth
    # sets' officials' visits): s1 Dr Gharmallah Sadran inspecting a number of health facilities in al-Mandaq
    # (-> CONSULT visit; the facilities as recipient, as the sixteenth set's visited department); s2 his visit to
    # the al-Mandaq health centre (new content: the place -> CONSULT visit, "قام" apart; the named "الدكتور
    # سدران" of the sentence kept); s4 the meeting held at the governorate's seat during the visit (a meeting with
    # the governorate -> CONSULT, mode null; "مقر المحافظة" anaphoric: location null). Not coded: s0 (the
    # dateline), s2's standing with the governor on the land proposed for the hospital (part of the s1 tour) and
    # the centre's needs, s3 (his instruction to all to spare no effort: an order inside one body), s5-s6 (the
    # agency's end marks).
    "snn-a7479a4db2ea": [
        ("CONSULT", "visit", 1, "تفقد", "مدير عام الشئون الصحية بمنطقة الباحة الدكتور غرم الله بن عبدالله سدران", "عدداً من المرافق الصحية", "محافظة المندق", ""),
        ("CONSULT", "visit", 2, "زيارة", "الدكتور سدران", None, "مركز صحي المندق", ""),
        ("CONSULT", None, 4, "عقد اجتماع", None, None, None, ""),
    ],
    # Asharq Al-Awsat: the Persian and English texts of the nuclear agreement differ (the White House's English
    # text on its website, the New York Post's comparison; 7 August). s5 the State Department's statement of the
    # day before yesterday accusing the Iranian regime of continuing to repress the Arab, Kurdish, Azeri and
    # Baluch nationalities and religious minorities (-> ACCUSE allege; the repression is the charge's content,
    # thirteenth to twenty-first sets); s6 the statement warning US citizens and Americans of Iranian origin
    # against travelling to Iran (a travel advisory -> REQUEST, mode null, seventh set's "دعت السلطات الإيرانية
    # مواطنيها إلى عدم السفر" and thirteenth set; "البيان" stands for the ministry, as the fifth set's "الوثيقة").
    # Not coded: s0 (the publication of the English text), s1-s4 (the paper's comparison and the texts' wording:
    # "يجب على الأمم المتحدة أن تلغي ..." is the agreement's text, not a request of a party), s7 (the regions
    # named unsafe: the advisory's content), s8-s11 (dots and "المزيد").
    "snn-86d00c040c8b": [
        ("ACCUSE", "allege", 5, "اتهمت", "وزارة الخارجية الأميركية", "النظام الإيراني", None, ""),
        ("REQUEST", None, 6, "حذر", "البيان", "مواطني الولايات المتحدة، والأميركيين من أصول إيرانية", None, ""),
    ],
    # Al-Weeam: Iraqi forces advance in Ramadi and ISIS suffers heavy losses (Thursday 30 July). s0 the Iraqi forces
    # killing many gunmen in Ramadi and its outskirts (-> ASSAULT, mode null; the advance itself is not coded,
    # eighth/fifteenth/twentieth sets); s1 the RT correspondent: the Iraqi military forces freed Tal Mushaheda east
    # of Ramadi (-> COERCE seize, first to twenty-first sets); s2 the federal police commander: the security forces
    # freed Tal Mushaheda after battles with the gunmen, who suffered heavy losses (the freeing restated; the
    # battles are new content -> ASSAULT, mode null, the sides written apart: the security forces as actor, the
    # gunmen as recipient, nineteenth to twenty-first sets; the hill as the place); s3 the security forces cutting
    # all of ISIS's supply lines after besieging them (-> COERCE restrict, one record for the siege and the cut
    # lines, twentieth set's "قطع خطوط إمدادات"; "“داعش”" first occurrence), 12 ISIS members, three of them
    # suicide bombers, killed in an ambush of the federal police commandos (-> ASSAULT, mode null; the commandos as
    # actor; the place belongs to the attempted attack: location null) and the ISIS members' attempt to attack the
    # al-Madiq area (an attempted attack -> ASSAULT, twelfth/fifteenth sets' attempts, unflagged); s4 the killing
    # of the ISIS "wali" of Saqlawiya, Aref Abdulrazzaq "Hajji Aref", by a coalition air strike (-> ASSAULT aerial;
    # "لطيران": the fused ل left out; announced earlier ("وكان ... أعلن"), the strike recent: not historical; his
    # route: location null) during his flight from Saqlawiya to Jazirat al-Khalidiya (-> RETREAT withdraw, the
    # fleeing of a combatant, first/fourth/eighth/thirteenth to twenty-first sets); s5 the ministry of defence:
    # the coalition's aircraft struck ISIS positions in the Baiji district of Salahuddin, killing one of its
    # leaders (-> ASSAULT aerial). Not coded: s0's and s6's advance, s1's 450 IEDs removed (demining), s2's losses
    # (the toll of the battles), s6 (the link line).
    "snn-cbc7501bf9d8": [
        ("ASSAULT", None, 0, "تصفية", "القوات العراقية", "العديد من المسلحين", "الرمادي", ""),
        ("COERCE", "seize", 1, "تحرير", "القوات العسكرية العراقية", None, "تل مشيهيدة", ""),
        ("ASSAULT", None, 2, "معارك", "القوات الأمنية", "المسلحين", "تل مشيهيدة", ""),
        ("COERCE", "restrict", 3, "قطع جميع خطوط إمداد", "القوات الأمنية", ("“داعش”", 1), None, ""),
        ("ASSAULT", None, 3, "تصفية", "مغاوير الشرطة الاتحادية", "12 عنصرا من “داعش”", None, ""),
        ("ASSAULT", None, 3, "شن هجوم", "عناصر التنظيم", None, "منطقة المضيق", ""),
        ("ASSAULT", "aerial", 4, "قصف", "طيران التحالف الدولي", "عارف عبد الرزاق الملقب حجي عارف", None, ""),
        ("RETREAT", "withdraw", 4, "هروبه", "عارف عبد الرزاق الملقب حجي عارف", None, "ناحية الصقلاوية", ""),
        ("ASSAULT", "aerial", 5, "قصف", "طيران التحالف الدولي", "مواقع لعناصر “داعش”", "قضاء بيجي في محافظة صلاح الدين", ""),
    ],
    # Al-Riyadh: Salehi: the Iranian parliament has no authority over the nuclear agreement (IRNA, Saturday 1
    # August). s0 Ali Akbar Salehi, the chief nuclear negotiator: parliament has no authority over the agreement
    # (a declared refusal of the parliament's claim to review the agreement -> REJECT, mode null: no REJECT mode
    # fits, twentieth set's Araghchi "لن تقبل"; s4's quotation restates it) and the agreement concluded with the
    # world powers last month (a relative clause with its party and time -> AGREE, once per article, seventeenth/
    # twentieth sets; Iran is not named in the clause: actor null; 18 days before: not historical); s2 the
    # conservative-dominated parliament passing in June a law tightening the conditions of any nuclear deal (a
    # legislative approval -> AGREE, tenth to twenty-first sets; June, more than five weeks before: historical,
    # sixteenth to twenty-first sets' five-week rule; the ban on inspectors at military sites is the law's
    # content). Not coded: s1 (the reading of the statements as the latest clash in a long battle between the
    # deal's supporters and the sceptical hard-liners: commentary and standing positions), s3 (the agreement's
    # terms), s4 (the quotation restating s0; "لا أعرف تحت أي تعريف": his reasoning), s5 (a closing quote).
    "snn-b678d0983f9d": [
        ("REJECT", None, 0, "لا يملك سلطة", "علي أكبر صالحي كبير المفاوضين الإيرانيين في الملف النووي", "البرلمان", None, ""),
        ("AGREE", None, 0, "وقع", None, "القوى الدولية", None, ""),
        ("AGREE", None, 2, "أقر", "البرلمان", None, None, "H"),
    ],
    # Al-Riyadh: the Popular Resistance captures 40 Houthis in Abyan and expects to take Lawdar soon; a drone
    # strike on al-Qaeda (30 July). s0 tribal sources: the resistance captured 40 Houthi gunmen in Abyan (captured
    # combatants -> ASSAULT abduct, PLOVER, first set's "وقعوا أسرى"); s1 violent clashes between the Houthis and
    # Saleh's forces on one side and the resistance on the other in Lawdar (-> ASSAULT, mode null, both sides in
    # one phrase as actor, twentieth set's al-Houta) after the resistance took the strategic Jabal Yasuf
    # overlooking the city (inside "بعد", with its actor and place -> COERCE seize; "المقاومة" second occurrence,
    # the named subject kept for "سيطرتهم"; the advance is not coded); s2 the resistance besieging the Houthis in
    # the electricity triangle east of the city and at Lawdar secondary school (-> COERCE restrict, ninth/eleventh/
    # twentieth sets' sieges; "الحوثيين" second occurrence); s4 the resistance's attacks within operation "Golden
    # Arrow" "بدعم وتنسيق" of the coalition forces (battle support by a distinct force -> AID, thirteenth/
    # fourteenth/twentieth/twenty-first sets; one record for support and coordination) to free the southern
    # cities from the Houthis and Saleh's forces (the operation's aim -> COERCE seize [F], twenty-first set's
    # "لتحرير المحافظة"; "المدن الجنوبية" vague: location null); s5 a government official: five presumed al-Qaeda
    # members, one a leader, killed on Wednesday night in a strike of a drone believed to be American (-> ASSAULT
    # drone, PLOVER mode, sixth set's drones; the drone as actor, its supposed owner left out, twenty-first set's
    # "طائرات حربية يعتقد أنها تابعة للتحالف"; "فوق جنوب اليمن" vague: location null); s6 the strike destroying an
    # al-Qaeda car coming from Mukalla on reaching Wadi Dhayqa in al-Mahfad, Abyan (new content: target and place
    # -> ASSAULT drone, actor null); s7 the mid-level leader Abu Ahmad al-Kazmi and four companions killed (new
    # content: the named victims -> ASSAULT drone, twentieth set's s0/s1 victims). Not coded: s2's and s3's tolls
    # of the clashes and s2's advance, s3's expected full control of Lawdar "in the coming hours" (a prediction of
    # the sources, first to twenty-first sets), s4's "هجمات المقاومة" (the attacks restated), s6's Mukalla "التي
    # يسيطرون عليها" (standing control), s8 (the US drone campaign for years: a series; the conflict: general).
    "snn-3de671677fef": [
        ("ASSAULT", "abduct", 0, "أسرت", "المقاومة الشعبية", "40 من مسلحي جماعة الحوثي", "محافظة أبين", ""),
        ("ASSAULT", None, 1, "اشتباكات عنيفة", "الحوثيين والقوات الموالية للرئيس اليمني المخلوع علي صالح من جهة، والمقاومة الشعبية", None, "مدينة لودر", ""),
        ("COERCE", "seize", 1, "سيطرتهم", ("المقاومة", 2), None, "جبل \"يسوف\"", ""),
        ("COERCE", "restrict", 2, "حاصرت", "المقاومة الشعبية", ("الحوثيين", 2), "مثلث الكهرباء", ""),
        ("AID", None, 4, "دعم وتنسيق", "قوات التحالف", "المقاومة", None, ""),
        ("COERCE", "seize", 4, "تحرير", "المقاومة", "الحوثيين وقوات صالح", None, "F"),
        ("ASSAULT", "drone", 5, "غارة", "طائرة بدون طيار", "خمسة عناصر مفترضين من تنظيم القاعدة", None, ""),
        ("ASSAULT", "drone", 6, "دمرت", None, "سيارة تابعة لعناصر القاعدة", "وادي ضيقة بلدة المحفد محافظة ابين", ""),
        ("ASSAULT", "drone", 7, "الغارة", None, "القيادي المتوسط ابو احمد الكازمي وأربعة من مرافقيه", None, ""),
    ],
    # Asharq Al-Awsat column by Tariq al-Homayed, "Assad plays and the others waste time!" (6 August). Columns:
    # events stated as facts are coded, opinions, characterisations, rhetorical counterfactuals and undated
    # generalisations are not (fourteenth/seventeenth to twenty-first sets; a fact inside a rhetorical question is
    # coded, second set's column). s1 the trilateral Gulf-US-Russian negotiations in Qatar on Syria (inside "بعد",
    # with its parties and place, reported nowhere else -> CONSULT, mode null, eighth set's Saudi-US-Russian
    # trilateral; the adjectives standing for the parties, twenty-first set's "تركية"); s4 Washington announcing
    # that it allows air strikes to help repel any attack on the opposition it trained, even by pro-Assad forces
    # (a decided use of force -> ASSAULT aerial [F], second set's "قررت السماح بشن غارات جوية" [F]), the
    # opposition trained by the Americans (-> AID, second set's training; in a relative clause with its actor,
    # reported nowhere else) and Lavrov warning that those strikes complicate the fight against ISIS and are
    # "contrary to international law" (an objection to the strikes -> ACCUSE disapprove, twenty-first set's Lavrov
    # on the strikes; Washington, named in the sentence, as recipient); s5 Kerry saying that Assad's brutality
    # brought the extremist groups to Syria (blame -> ACCUSE allege, first set's "إلقاء اللوم"); s10 Assad and the
    # Iraqi regime of al-Maliki's time releasing the terrorist leaders who now lead ISIS (a past act of named
    # parties stated as a fact inside the writer's question -> RETREAT release [H], years before); s13 the White
    # House spokesman: the Assad regime keeps to "the advice we gave it not to intercept our activities in Syria"
    # (the US request not to interfere -> REQUEST, mode null; "البيت الأبيض" for the "we" of the quotation, the
    # advice's time not given: not flagged). Not coded: s0, s2-s3, s6-s9, s11-s12, s14 (the writer's opinions and
    # questions; "يستمر الأسد في القتل" and "حماية الروس للأسد ... وتدخل الإيرانيين" are undated
    # generalisations), s4's "هذا الوضع ... عقبة" (the same criticism), s13's "لا حل عسكريا" (Kerry's repeated
    # opinion), "جرائم ترتكب من قبل الأسد، وإيران" (characterisation) and "ولو أنذره الأميركيون ... افعل كذا وإلا
    # تحركنا" (a counterfactual), s14 (a counterfactual).
    "snn-bb9366a115d3": [
        ("CONSULT", None, 1, "المفاوضات الثلاثية", "الخليجية الأميركية الروسية", None, "قطر", ""),
        ("ASSAULT", "aerial", 4, "غارات جوية", "واشنطن", None, None, "F"),
        ("AID", None, 4, "تلقت تدريبات", "الأميركيين", "المعارضة", None, ""),
        ("ACCUSE", "disapprove", 4, "حذر", "وزير الخارجية الروسي سيرغي لافروف", "واشنطن", None, ""),
        ("ACCUSE", "allege", 5, "وحشية الأسد هي ما جلب الجماعات المتطرفة", "وزير الخارجية الأميركي جون كيري", "الأسد", None, ""),
        ("RETREAT", "release", 10, "أطلق", "الأسد، ونظام العراق وقت نوري المالكي", "قيادات إرهابية", None, "H"),
        ("REQUEST", None, 13, "النصيحة التي قدمناها له بعدم اعتراض أنشطتنا", "البيت الأبيض", "نظام الأسد", None, ""),
    ],
    # Al-Yaum editorial "a recipe to prevent the Houthi aggression" (6 August): the Houthis' disarmament as the
    # only guarantee. Columns as above. s7 the Houthis' attack on the Saudi border and villages in 2009 (-> ASSAULT
    # [H], mode null; "الحدود السعودية" second occurrence), the pounding of their positions (-> ASSAULT [H], the
    # Saudi side not named: actor null) and their pledge not to attack the Kingdom (-> AGREE [H], PLOVER promise;
    # the named "الحوثيون" kept for the clauses); s8 the Houthis' occupation of Sanaa "last September" (inside
    # "منذ", with its actor and place -> COERCE seize [H], eleven months before) and the Kingdom compelled to lead
    # an Arab coalition and intervene in Yemen (the intervention -> ASSAULT [H], mode null, first set's "تدخل
    # المملكة ودول التحالف"; told as the past decision of March, over four months before: historical; "المملكة"
    # second occurrence). Not coded: s0-s1 (characterisations of al-Houthi and Saleh; al-Houthi's "عبارات مكابرة"
    # and "شحذ همم مقاتليه": the writer's description, second set's "محاولاً حشد أتباعه" not coded), s2 (a habitual
    # "كلما" clause: "فيما تفر ميلشياته" undated), s3 (what they should have done), s4 (predictions), s5-s6 and s9-s11
    # (necessity statements, conditions and the writer's argument; the Houthis' "تعهدات" in general), s8's renewed
    # threats, display of weapons and declared intentions since September and the threats repeated by Iranians
    # and Iraqis (an undated series, sixth to twenty-first sets), s8's "ومنع الحوثيين من تهديد المملكة" (an aim).
    "snn-9c794f4971f8": [
        ("ASSAULT", None, 7, "هاجم", "الحوثيون", ("الحدود السعودية", 2), None, "H"),
        ("ASSAULT", None, 7, "دكت مواقعهم", None, "مواقعهم", None, "H"),
        ("AGREE", None, 7, "تعهدوا", "الحوثيون", "المملكة", None, "H"),
        ("COERCE", "seize", 8, "احتل", ("الحوثيون", 1), None, "صنعاء", "H"),
        ("ASSAULT", None, 8, "التدخل", ("المملكة", 2), None, "اليمن", "H"),
    ],
    # Asharq Al-Awsat: talks between Greece and its creditors resume on the terms of the bailout (Sunday 9 August).
    # s0 Greece and its creditors resuming their talks in Athens (-> CONSULT, mode null, both parties in one phrase
    # as actor, PLOVER); s1 the Greek finance and economy ministers beginning their meeting with the
    # representatives of the IMF, the European Commission and the ECB (new content: the participants -> CONSULT);
    # s7 the short-term EU loan Greece obtained after its last repayment (credit -> AID, PLOVER "credit"; the loan
    # of mid-July, under five weeks before: not historical; "لليونان" as written, the named subject of the
    # sentence, the article's alif elided); s9 Tsipras warning the dissenters that early elections would be held in
    # the autumn if they kept resisting the measures (a warning with a stated sanction -> THREATEN, mode null: no
    # THREATEN mode fits an election); s10 the former energy minister Panagiotis Lafazanis, who voted against
    # negotiating a new bailout (in a relative clause with its actor, reported nowhere else -> REJECT meet:
    # PLOVER "meetings and negotiations"; the July vote under five weeks before: not historical), saying that
    # Tsipras "cannot avoid the anger by resorting quickly and guiltily to elections" (a criticism -> ACCUSE
    # disapprove; "تسيبراس" from "لتسيبراس"). Not coded: s0's sides' prediction that the terms will be settled
    # soon, s1's bailout amount and repayment deadline (the plan's terms and an obligation), s2 (Saturday's
    # negotiations restated with their length), s3-s4 (possible votes and a newspaper's expectation), s5 (the
    # creditors' insistence on "good cooperation" and the talks to continue: a negotiating stance and the same
    # talks), s6 (a necessity), s7's defaults and repayment (no PLOVER type), s8 (the pressures on Tsipras and the
    # dissidents' reading of the deal: standing opposition), s11 (Lafazanis's conditional opinion), s12 (a
    # website's speculation on early elections).
    "snn-693f719d27c9": [
        ("CONSULT", None, 0, "محادثاتهم", "اليونان ودائنوها", None, "أثينا", ""),
        ("CONSULT", None, 1, "اجتماعهما", "وزيرا المالية والاقتصاد اليونانيان إقليدس تساكالوتوس وجيورجيوس ستاثاكيس", "ممثلي صندوق النقد الدولي والمفوضية الأوروبية والبنك المركزي الأوروبي", None, ""),
        ("AID", None, 7, "قرض قصير المدى", "الاتحاد الأوروبي", "لليونان", None, ""),
        ("THREATEN", None, 9, "حذر", "تسيبراس", "المعارضين", None, ""),
        ("REJECT", "meet", 10, "صوت ضد التفاوض", "وزير الطاقة السابق باناغيوتيس لافازانيس", None, None, ""),
        ("ACCUSE", "disapprove", 10, "لا يمكن", "وزير الطاقة السابق باناغيوتيس لافازانيس", "تسيبراس", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
