"""Build events-blind21.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-first events blind set; same layout and guidelines as the first
twenty sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind20.jsonl and their blind/ ..
blind20/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind21.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind21.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل and the conjunction و are left out of a trigger where the word stands whole (the
# twentieth set's rule, "قصف" from "بقصف", "زيارة" from "بزيارة"; here "وقع" from "ووقع", "حجزت", "تحاصر",
# "سيطر", "أدان", "نددت", "دعم" without their و, "مساندة", "شن هجوم", "قصف", "عملية استباقية" without their ب,
# the aimed-at "تحرير" and "إقناع" without their ل: the sixteenth set's "لاعتقال" and the fifth/sixth sets'
# "لتحرير" kept the ل, the twentieth set's rule is followed); "قام" stands apart ("زيارة" and "تسليم نفسه"
# after "قام ب"). Verbs whose first letter is و are written whole ("وجهتها", "وقع الاتفاق").
GOLD = {
    # Al-Yaum: a review of Dr Mohammed al-Shahat al-Gindi's book "الإسلام المعاصر ومحنة النهوض الحضاري" (the
    # crises of contemporary Islam, its five chapters): a book review; the "accusations of violence, extremism
    # and terrorism" of s0 are the author's general thesis, no act reported: none.
    "snn-a9f63e0604a9": [],
    # Al-Weeam: the labour ministry's offices in the Hail region continue their field tours to check the ban on
    # outdoor work at midday (August, the rising heat). Inspections of the ban -> ACCUSE investigate (second and
    # fourth sets' labour offices in Riyadh and al-Jouf, PLOVER "all investigations"): s0 the branch offices'
    # field survey tours with their inspectors (a current campaign of named offices in a named region, as the
    # second set's "عمليات التفتيش"). Not coded: s1 (the director general on the sectors covered and the
    # partner ministries: the same tours restated with their scope; the cooperation of government bodies in the
    # inspections is internal to one government), s2 (his call on the firms to comply: an appeal, fourth set's
    # "حث المنشآت" not coded), s3 (the link line).
    "snn-f8e6e36124cb": [
        ("ACCUSE", "investigate", 0, "جولات المسح الميداني", "فروع مكاتب وزارة العمل في منطقة حائل", None, "منطقة حائل", ""),
    ],
    # Al-Riyadh: 30 poets in the finals of the Okaz market's poetry contest (the executive committee approved the
    # qualifiers, the participants by region): the organisation of a cultural contest (the committee's approval
    # of its own contest's list is internal, as club business, eighth/ninth/twelfth to twentieth sets): none.
    "snn-56068ff05634": [],
    # Ain Alyoum: the TV programme "الميدان" to debate the fees on undeveloped urban land (Tuesday's episode,
    # its guests). s1 the cabinet's approval "a few days ago" of imposing the fees (a legislative approval by
    # the body that legislates -> AGREE, tenth/twelfth/fourteenth/sixteenth/twentieth sets; inside "بعد أن",
    # with its actor, reported nowhere else: the anchor rule; days before: not historical). Not coded: s0 (the
    # dateline), s1's episode and the earlier debate "months ago" (a broadcast), s2 (the guests' opposing
    # opinions in the promotional clip, al-Jadhlani's description of al-Tuwaim: an exchange of opinions in a
    # debate programme, not a statement of a party), s3 (the host's question), s4 (tags).
    "snn-5c19888fbeee": [
        ("AGREE", None, 1, "أقر", "مجلس الوزراء", None, None, ""),
    ],
    # Al-Madina: the American analyst Henri Barkey: ISIS targets the Kurds in the Turkey bombing (22 July). s0
    # Erdogan's charge that ISIS carried out the Suruc bombing (inside "بعد اتهامه", with its actor and object
    # -> ACCUSE allege; the named "تنظيم «داعش،»" of the sentence kept for the pronoun) and the Suruc bombing in
    # southern Turkey with its 31 victims (an undisputed incident with its place, reported nowhere else as news,
    # the charge being about its author: the bombing is coded, its author is not (thirteenth to twentieth sets:
    # the alleged part of a charge not coded; nineteenth set: the specific undisputed incident coded) -> ASSAULT
    # explosives ("تفجير", no suicide stated here; the twentieth set's "هجوم انتحاري" took suicide-attack),
    # actor null; two days before: not historical); s4 the gathering of a large number of ISIS supporters
    # outside Istanbul on Friday, with speeches attacking the Turkish government (stated by the analyst as a
    # fact -> PROTEST demo; the speeches are the gathering's content, PLOVER: the topic of a protest is not
    # coded apart; "خارج" dropped before the city, as the twentieth set's "محيط"). Not coded: s1 (Barkey's
    # reading that ISIS seems to be the author: speculation; the Syrian Kurds "بدعم من أمريكا" and "تمكنت من
    # إدماء داعش": standing and general), s2 (the second "bird": his reading; "بعد بدء ملاحقات عناصر التنظيم في
    # مناطق ومدن تركيا": an anchor without actor or named place, a series), s3 (Ankara's earlier hesitation:
    # opinion), s4's "التوترات" (general) and "ولم تقم الأجهزة الأمنية بأي خطوة" (an absence of action, not a
    # denial of a named act).
    "snn-b3bebdc26d27": [
        ("ACCUSE", "allege", 0, "اتهامه", "الرئيس التركي، رجب طيب اردوغان", "تنظيم «داعش،»", None, ""),
        ("ASSAULT", "explosives", 0, "تفجير", None, None, "سوروج", ""),
        ("PROTEST", "demo", 4, "تجمع", "عدد كبير من مؤيدي التنظيم", "الحكومة التركية", "اسطنبول", ""),
    ],
    # Al-Yaum: the orphans of the Jeddah Birr charity end their visit to the Prophet's Mosque (the last ten days
    # of Ramadan, the trip's aims, the charity's activities): a charity's religious trip, no host or counterpart
    # (a visit to a mosque is no meeting; the twentieth set's travel without a host not coded): none.
    "snn-5fdbfb0eb84c": [],
    # Ain Alyoum: Sheikh Saud al-Shuraim, imam of the Grand Mosque, answers in a poem the calls for a
    # "million-strong" march in Egypt to take off the hijab. s1 his poem written in reply to the calls, much
    # admired on social media (a public condemnation by a named person -> ACCUSE disapprove, PLOVER "protests
    # carried out in social media", twentieth set's al-Ghanim tweet; the calls as the object: recipient null,
    # thirteenth/seventeenth sets) and the calls in Egypt for a million-strong march (a call to demonstrate ->
    # PROTEST demo [F], seventeenth set's Wan Azizah call "with the caller as actor"; in a relative clause with
    # its place, the callers unnamed: actor null). Not coded: s0 (the byline), s2-s16 (the verses: the poem's
    # content, the marchers' imagined words and the poet's answer), s17 (tags).
    "snn-9c61f1d1c7a9": [
        ("ACCUSE", "disapprove", 1, "رداً على الدعوات", "الدكتور سعود الشريم إمام وخطيب المسجد الحرام", None, None, ""),
        ("PROTEST", "demo", 1, "مسيرة مليونية", None, None, "مصر", "F"),
    ],
    # Al-Jazirah: the Iraqi defence minister Khaled al-Obeidi signs a military agreement with Russia (1 August;
    # his interview with Russia Today, the ministry's statement, Russian sources to the paper). s3 al-Obeidi
    # pointing the finger at commanders of the Iraqi forces who extorted citizens (a charge against a named
    # group -> ACCUSE allege; of "ووجه العبيدي أصابع الاتهام" the trigger is the phrase without verb and
    # subject); s4 Iraq's signing on Thursday of a military cooperation agreement with the
    # Russian Federation (-> AGREE, the signing as the earlier sets' "وقع"/"وقعت") as a result of al-Obeidi's
    # visit to Russia since Monday (inside "نتيجة", with its actor and host -> CONSULT visit; "روسيا" second
    # occurrence, the first inside "روسيا الاتحادية"; restated in s5's "الذي يزور روسيا"); s5 the ministry:
    # al-Obeidi signed the agreement with Alexander Fomin, director of the Russian federal service for
    # military-technical cooperation, in St Petersburg (new content: the signatories and the place -> AGREE);
    # s6 the files discussed by al-Obeidi and his delegation in Moscow (talks during the visit -> CONSULT
    # visit, fourth set's al-Jubeir in Moscow; the hosts unnamed: recipient null); s7 the contracts concluded
    # between Iraq and Russia by the former Iraqi government in 2012 (a recalled agreement with its parties ->
    # AGREE [H]); s9 his talks in Moscow with the Russian officials on artillery, sniper rifles, night-vision
    # and engineering equipment (new content: the hosts -> CONSULT visit); s10 his effort to persuade the
    # Russian government to accept Iraqi bonds guaranteed by the central bank to pay for the deals (a request
    # on an exchange -> REQUEST assist, PLOVER "any form of exchange, relations, or assistance"). Not coded: s0
    # (the continuing military cooperation: a standing relation; the Russian weapons' role: opinion), s1 (the
    # interview as such; ISIS's ideology: opinion), s2 (the Russian arsenal of the Iraqi army: background), s3's
    # "وكان هناك قيادات غير مهنية وطائفية" (the same charge), s7's arrival in Russia (the visit restated), the
    # aim to activate and cancel contracts (purposes) and the expected value (a prediction), s8 (the deals'
    # content).
    "snn-4490866851cb": [
        ("ACCUSE", "allege", 3, "أصابع الاتهام", "العبيدي", "قادة في القوات العراقية", None, ""),
        ("AGREE", None, 4, "وقع", "العراق", "روسيا الاتحادية", None, ""),
        ("CONSULT", "visit", 4, "زيارة", "العبيدي", ("روسيا", 2), None, ""),
        ("AGREE", None, 5, "وقع الاتفاق", "وزير الدفاع العراقي، خالد العبيدي", "مدير الهيئة الفيدرالية الروسية للتعاون العسكري التقني، ألكسندر فومين", "مدينة سان بطرسبورغ", ""),
        ("CONSULT", "visit", 6, "بحثها", "وزير الدفاع العراقي خالد العبيدي والوفد المرافق له", None, "العاصمة الروسية موسكو", ""),
        ("AGREE", None, 7, "أبرمت", "العراق وروسيا", None, None, "H"),
        ("CONSULT", "visit", 9, "بحث", "وزير الدفاع العراقي", "المسؤولين الروس", "موسكو", ""),
        ("REQUEST", "assist", 10, "إقناع", "وزير الدفاع العراقي", "الحكومة الروسية", None, ""),
    ],
    # Al-Weeam: the King Abdulaziz City for Science and Technology publishes a booklet "المخدرات" (a translation
    # in the French "Que sais-je?" series; its chapters, statistics and the link): a publication: none.
    "snn-b853205bf148": [],
    # Okaz: Russian-Iranian rivalry over the Syrian file (the opposition's Badr Jamous and Samir Nashar to the
    # paper, 10 August). s2 Jamous: the opposition proposed Farouk al-Sharaa as an alternative to Bashar at the
    # beginning of the crisis (a recalled proposal of a change of leader, with its actor, reported nowhere else
    # -> REQUEST change [H], PLOVER "calls for dismissal of officials"; years before); s3 the opposition's hopes
    # on al-Jubeir's visit to Moscow (a planned visit -> CONSULT visit [F], nineteenth set's planned Khoja-Lavrov
    # meeting; the host not named in the sentence); s5 the coalition's visit to Moscow next week (-> CONSULT
    # visit [F]). Not coded: s0 (the "movement" of the crisis: general; Assad's admission in his last speech: a
    # speech, nineteenth set), s1 (Jamous's reading of the Russian change and of the "alleged" Iranian
    # initiative: analysis), s2's "لم يطرحها الجانب الروسي مباشرة" (his reading of the Russian position, no act
    # denied by its author) and the transition (opinion), s3's guarantee (opinion), s4-s6 (Nashar's indicators,
    # Russia's fears, the possible change, the dialogue and rapprochement he sees: analysis; the nuclear deal as
    # a bare subject, nineteenth set), s7 (the visit restated).
    "snn-062199e77fa7": [
        ("REQUEST", "change", 2, "طرحت", "المعارضة", "فاروق الشرع", None, "H"),
        ("CONSULT", "visit", 3, "زيارة", "وزير الخارجية عادل الجبير", None, "موسكو", "F"),
        ("CONSULT", "visit", 5, "زيارة الائتلاف", "الائتلاف", None, "موسكو", "F"),
    ],
    # Al-Watan: Hezbollah conceals the number of its dead in Zabadani (sources inside the party opposed to its
    # role in Syria; Lebanese military circles on the Grand Serail). s1 the families of fighters who fled the
    # Zabadani fronts in the past period took up arms to stop party members who wanted to arrest their sons:
    # the flight (in a relative clause with its actor and place, reported nowhere else -> RETREAT withdraw,
    # first/fourth/eighth/thirteenth to twentieth sets' fleeing fighters), the families taking up arms against
    # the party's members (an armed mobilisation of a non-state group -> MOBILIZE militia) and the party
    # members' wanted arrest (-> COERCE arrest [F], the act sought, not carried out); s3 the party's MPs and
    # security leaders touring the southern and Bekaa villages since the beginning of the month to persuade the
    # Shiite families to let their sons join (a visit -> CONSULT visit, the villages as the place; the
    # persuasion is the visit's purpose); s4 the measures carried out around the Grand Serail against a
    # repetition of the last cabinet session's scenario (security measures anticipating protests -> MOBILIZE
    # troops, PLOVER "increase readiness", eleventh set's "حالة تأهب" as MOBILIZE troops; agentless passive,
    # stated by military circles: actor null; "محيط" dropped). Not coded: s0 (the party's problems, the
    # semi-open rebellion of its base, its concealing of news: standing and general), s1's "العناصر الهاربة
    # كانت تعيش تحت ضغوط" and "بادروا إلى الفرار" (the flight restated), s2 (Nasrallah's and Qassem's
    # intervention to settle the deserters' problem: internal to the party), s3's reluctance of the recruits
    # (a general phenomenon), s4's "تكرار سيناريو الجلسة الماضية" (an unspecified earlier scene) and the
    # protesters' possible escalation (speculation), s5 (the movement's assurances that it has no intention to
    # storm the Serail and wants only to approach it, and the sources' reply: stated intentions and
    # speculation, no act; see SOURCE).
    "snn-32ed5b7bcf6c": [
        ("RETREAT", "withdraw", 1, "فروا", "بعض العسكريين", None, "الزبداني", ""),
        ("MOBILIZE", "militia", 1, "حملوا السلاح", "أهالي بعض العسكريين", "عناصر الحزب", None, ""),
        ("COERCE", "arrest", 1, "اعتقال", "عناصر الحزب", "أبنائهم", None, "F"),
        ("CONSULT", "visit", 3, "زيارة", "نواباً وقيادات أمنية من الحزب", None, "القرى الجنوبية والبقاعية", ""),
        ("MOBILIZE", "troops", 4, "التدابير التي تمّ تنفيذها", None, None, "السراي الحكومي", ""),
    ],
    # Al-Jazirah: Tunisia: a terrorist killed and 16 arrested in security operations in the Bizerte region (the
    # interior ministry and its spokesman Walid Louguini to DPA, Friday 24 July). s0 the killing of a terrorist
    # element and the arrest of 13 others during a security operation in Sejnane (Bizerte) (-> ASSAULT, mode
    # null, and COERCE arrest; the ministry announces, no perpetrator named in the sentence: actor null); s3 the
    # special National Guard units' pre-emptive operation on Thursday evening (an operation against a hideout ->
    # COERCE seize, PLOVER "raid", fifteenth set's "عملية" of the army and border guard; the planned terrorist
    # plot "يرمي لاستهداف مناطق حساسة" is the content of the intelligence, an alleged act: not coded); s4 the
    # security units cordoning the terrorists' hideout (-> COERCE restrict, ninth set's "طوقت"), arresting 13
    # (new content: the actor -> COERCE arrest), the other element fleeing (-> RETREAT withdraw, fourth set's
    # attacker who fled), his attempt to fire at the security forces (-> ASSAULT firearms) and the security
    # forces' return of fire that killed him (new content: actor and method of the s0 killing -> ASSAULT
    # firearms; the two sides written apart: two records, fourth set's Suez attackers); s5 the attack weeks
    # earlier on a hotel in Sousse that killed 38 tourists (inside "بعد أسابيع من", with its target and place,
    # reported nowhere else -> ASSAULT, mode null, actor null; 26 June, four weeks before: under the five-week
    # rule, not historical); s6 the special units' arrest at dawn of three terrorist elements holed up in a house
    # in Menzel Bourguiba (-> COERCE arrest) after raids (-> COERCE seize); s7 the continued negotiations by
    # which the security units freed the hostages, the wife and the baby (-> CONSULT, mode null, the holed-up
    # element as the other side, PLOVER "negotiations"; the rescue -> AID, PLOVER "hostage rescues", third
    # set's Nigerian rescues); s8 his surrender (-> RETREAT disarm, thirteenth/fifteenth/nineteenth sets'
    # "استسلم"/"سلموا أنفسهم"; pronoun only: actor null); s9 the seizure of nine Kalashnikovs, a Steyr, magazines
    # and ammunition (-> COERCE seize with the weapons as recipient, fourteenth/twentieth sets). Not coded: s1-s2
    # (the agency's name cut at its dots), s5's intensified campaigns and series of raids across the country (a
    # series, sixth to twentieth sets), s7's and s8's bringing of the father and mother to persuade him
    # (purposes inside an agentless passive; the persuasion is the negotiations').
    "snn-b86eb6c6a4fa": [
        ("ASSAULT", None, 0, "مقتل", None, "عنصر إرهابي", "مدينة سجنان التابعة لولاية بنزرت", ""),
        ("COERCE", "arrest", 0, "اعتقال", None, "13 آخرين", "مدينة سجنان التابعة لولاية بنزرت", ""),
        ("COERCE", "seize", 3, "عملية استباقية", "وحدات مختصة من الحرس الوطني", None, None, ""),
        ("COERCE", "restrict", 4, "طوقت", "الوحدات الأمنية", "مكان تحصن العناصر الإرهابية", None, ""),
        ("COERCE", "arrest", 4, "اعتقلت", "الوحدات الأمنية", "13 شخصاً", None, ""),
        ("RETREAT", "withdraw", 4, "فراره", "عنصر آخر", None, None, ""),
        ("ASSAULT", "firearms", 4, "محاولته إطلاق النار", "عنصر آخر", ("الأمن", 2), None, ""),
        ("ASSAULT", "firearms", 4, "بادله إطلاق النار", ("الأمن", 2), "عنصر آخر", None, ""),
        ("ASSAULT", None, 5, "الهجوم", None, "فندق", "سوسة", ""),
        ("COERCE", "arrest", 6, "اعتقلت", "وحدات خاصة", "ثلاثة عناصر إرهابية", "مدينة منزل بورقيبة التابعة لولاية بنزرت", ""),
        ("COERCE", "seize", 6, "عمليات مداهمة", "وحدات خاصة", None, "مدينة منزل بورقيبة التابعة لولاية بنزرت", ""),
        ("CONSULT", None, 7, "المفاوضات", "الوحدات الأمنية", "أحد العناصر الإرهابية", None, ""),
        ("AID", None, 7, "تحرير الرهائن", "الوحدات الأمنية", "الرهائن", None, ""),
        ("RETREAT", "disarm", 8, "تسليم نفسه", None, None, None, ""),
        ("COERCE", "seize", 9, "حجزت", "قوات الأمن", "تسعة أسلحة كلاشينكوف وسلاح من طراز شتاير ومجموعة من المخازن والذخيرة", None, ""),
    ],
    # Sabq: an unprecedented step: the Palestinian security pursues the settlers who killed the baby (Friday 31
    # July, AFP). s0 the Palestinian security's decision to pursue the settlers involved in attacks on
    # Palestinians (a decided arrest campaign not yet carried out -> COERCE arrest [F], sixteenth set's
    # Netanyahu order "لاعتقال" [F]); s2 the spokesman Adnan al-Damiri: the settlers "committed terrorist crimes
    # against our people" (a charge against a named group -> ACCUSE allege, eleventh set's Abbas "سجل الجرائم
    # التي يرتكبها المستوطنون"; their being declared wanted restates s0); s4 al-Damiri: "we have no trust at all
    # in the Israeli government's pursuit of settler terrorism" (-> ACCUSE disapprove; "الضميري" as written
    # between quotes); s5 Netanyahu describing what happened as a "terrorist act" (inside the question, with its
    # actor, reported nowhere else -> ACCUSE disapprove, eighth/sixteenth sets' same description; the act as
    # object: recipient null) and the spokesman's answer that the aim of the stance is to absorb the world's
    # anger (a criticism of that stance -> ACCUSE disapprove, recipient null); s6 the baby Ali Dawabsheh burnt
    # to death after settlers attacked two houses in Duma at dawn on Friday (-> ASSAULT primitive, fire, as the
    # eleventh/fifth/eighth/sixteenth sets' Duma arson; the s0 anchor "بعد قيام مستوطنين متطرفين بإحراق منزل"
    # is the same attack, coded here where it is reported); s8 the Palestinian leadership's decision on Friday
    # evening to go to the Security Council for a resolution condemning the settlers' attacks (a request to an
    # IGO decided, not yet made -> REQUEST [F], no REQUEST mode fits a resolution: mode null; eleventh set's
    # decided move to the ICC was ACCUSE allege [F], a court; the subheading "قرار أممي حول إرهاب المستوطنين"
    # falls in the same sentence); s9 the leadership's decision to hold contacts with the Arab states,
    # especially the Arab committee, to table the draft (planned talks -> CONSULT [F], mode null); s10 Ban
    # Ki-moon's strong condemnation of the killing (-> ACCUSE disapprove; the attack restated); s11 the US and
    # EU condemnation (-> ACCUSE disapprove). Not coded: s0's "هجمات ضد فلسطينيين" (a series), s1 (the package
    # of legal measures: unspecified), s2's "مطلوبين وملاحقين" and s3 (the s0 decision restated), s4's
    # conditional "وإذا ما اعتقلتهم ستفرج عنهم" (a prediction), s7 (a casualty detail), s9's meeting of the
    # leadership chaired by Abbas (an internal meeting of one body, nineteenth set) and the file of the
    # settlement activity (the s8 request restated), s10's "إدانة دولية" (a heading).
    "snn-6aa427bf733d": [
        ("COERCE", "arrest", 0, "ملاحقة", "الأمن الفلسطيني", "المستوطنين المتورطين في هجمات ضد فلسطينيين", None, "F"),
        ("ACCUSE", "allege", 2, "ارتكبوا جرائم إرهابية", "المتحدث الرسمي باسم الأجهزة الأمنية الفلسطينية اللواء عدنان الضميري", "المستوطنين", None, ""),
        ("ACCUSE", "disapprove", 4, "ليس لدينا ثقة نهائياً", "الضميري", "حكومة إسرائيل", None, ""),
        ("ACCUSE", "disapprove", 5, "العمل الإرهابي", "رئيس الحكومة \"الإسرائيلية\" بنيامين نتانياهو", None, None, ""),
        ("ACCUSE", "disapprove", 5, "امتصاص نقمة العالم", "المتحدث باسم الأجهزة الأمنية الفلسطينية", None, None, ""),
        ("ASSAULT", "primitive", 6, "قُتل حرقاً", "مستوطنون", "الطفل علي دوابشة", "قرية دوما", ""),
        ("REQUEST", None, 8, "التوجه إلى مجلس الأمن الدولي", "القيادة الفلسطينية", "مجلس الأمن الدولي", None, "F"),
        ("CONSULT", None, 9, "إجراء اتصالات", ("القيادة", 2), "الأشقاء العرب، خاصة اللجنة العربية", None, "F"),
        ("ACCUSE", "disapprove", 10, "أدان", "الأمين العام للأمم المتحدة بان كي مون", None, None, ""),
        ("ACCUSE", "disapprove", 11, "نددت", "الولايات المتحدة والاتحاد الأوروبي", None, None, ""),
    ],
    # Asharq Al-Awsat: the British police confirm a link between the two terrorist attacks in Tunisia (Wednesday
    # 5 August). s0 Scotland Yard's confirmation of the link between the Bardo museum attack and the Sousse
    # hotel attack (the finding of the investigation it takes part in -> ACCUSE investigate, fourth set's
    # investigators' finding of the MH17 parts; the two attacks are coded where they are reported, s3-s5); s1 the
    # counter-terrorism command of Scotland Yard helping the Tunisian authorities in the investigation (judicial
    # and police cooperation between two states -> COOPERATE, PLOVER "cooperation on judicial matters", ninth
    # set's "بالتنسيق" with the Italian services; in a relative clause with its parties, restated as "ننسق" in
    # s2); s3 the Bardo attack of 18 March by two men who fired on tourists, 20 foreigners and a Tunisian
    # policeman killed (-> ASSAULT firearms [H]: recalled background, months before); s4 the Sousse attack of 26
    # June: a Tunisian student firing a Kalashnikov on tourists on the beach and in a hotel at Port El Kantaoui
    # (-> ASSAULT firearms [H]: six weeks before, the five-week rule of the sixteenth to twentieth sets); s5 ISIS
    # claiming both attacks (new content: their author -> ASSAULT [H], mode null, one record for "الهجومين",
    # twelfth/fifteenth sets' claimed attacks with the claimant as actor); s6 the Tunisian authorities'
    # extension at the end of July of the state of emergency for two months (in a relative clause with its
    # actor, reported nowhere else -> COERCE martial-law, PLOVER "impose state of emergency"; a week before: not
    # historical). Not coded: s1's quoted link (s0 restated), s2 (declining to give details; the coordination
    # restated; informing the prosecution of the link: the s0 finding passed within the British side), s6's
    # statement that the two attackers trained in Libya (the investigation's finding on the attackers, an
    # alleged act), s7 (about 150 arrested and 15 charged since June: a tally of a series, twentieth set's
    # tallies; the tourists leaving Tunisia: no actor's act), s8 (the statements and files of the
    # investigation: the s0 investigation restated with figures), s9-s10 (the witnesses' second gunman, the pool
    # guard believed to be trying to arrest the attacker: details of the s4 attack and a belief).
    "snn-afa8c1bfc1b1": [
        ("ACCUSE", "investigate", 0, "أكدت", "الشرطة البريطانية", None, None, ""),
        ("COOPERATE", None, 1, "تساعد", "خلية مكافحة الارهاب في سكتلنديارد", "السلطات التونسية", None, ""),
        ("ASSAULT", "firearms", 3, "هجوم", "شخصان", "سياح", "باردو", "H"),
        ("ASSAULT", "firearms", 4, "أطلق", "طالب تونسي", "السياح", "ميناء القنطاوي", "H"),
        ("ASSAULT", None, 5, "الهجومين", "تنظيم «داعش» المتطرف", None, None, "H"),
        ("COERCE", "martial-law", 6, "مددت", "السلطات التونسية", None, None, ""),
    ],
    # Ain Alyoum: NATO calls an emergency meeting at Turkey's request (Sunday 26 July, Brussels). s1 Secretary-
    # General Jens Stoltenberg calling an emergency meeting on Tuesday to discuss security (a planned meeting of
    # an alliance -> CONSULT multilateral [F], nineteenth set's planned meetings, eighth/ninth/eighteenth sets'
    # IGO meetings as multilateral), Turkey's request for it (-> REQUEST meet, PLOVER "meetings and
    # negotiations"; restated in s2 and s3) and the Turkish security operations against ISIS and the PKK
    # (inside "بعد", with their actor and targets, reported nowhere else -> ASSAULT, mode null; the adjective
    # "تركية" standing for the party, as the twentieth set's "الفلسطينية"; the suicide bombing "هناك" of the
    # same anchor has neither actor nor named place: not coded); s2 the North Atlantic Council of the 28
    # states' ambassadors to meet under Article 4 (new content: the meeting's body -> CONSULT multilateral [F]);
    # s5 the member states' solidarity with Turkey (-> SUPPORT); s8 Article 4 invoked at Turkey's request in
    # 2003 and 2012 and at Poland's in 2014 (recalled requests with their actors -> REQUEST meet [H], one per
    # requesting state; "طلب" second occurrence, the first inside "طلبت"). Not coded: s0 (the dateline), s3
    # (the request restated with its reasons; "هجمات إرهابية شريرة في الأيام الأخيرة": no actor or place),
    # s4/s6/s10 (closing quotes), s5's following of developments (a state), s7, s9 and s11 (the treaty's
    # articles), s12 (tags).
    "snn-9999a59206a2": [
        ("CONSULT", "multilateral", 1, "اجتماع طارئ", "ينس شتولتينبيرج الأمين العام لحلف شمال الأطلسي", None, None, "F"),
        ("REQUEST", "meet", 1, "طلب", "تركيا", None, None, ""),
        ("ASSAULT", None, 1, "عمليات أمنية", "تركية", "تنظيم الدولة الإسلامية وحزب العمال الكردستاني", None, ""),
        ("CONSULT", "multilateral", 2, "سيجتمع", "مجلس الحلف الذي يضم سفراء من دول الحلف البالغ عددها 28 دولة", None, None, "F"),
        ("SUPPORT", None, 5, "تتضامن", "الدول الأعضاء في الحلف", "تركيا", None, ""),
        ("REQUEST", "meet", 8, "طلبت", "تركيا", None, None, "H"),
        ("REQUEST", "meet", 8, ("طلب", 2), "بولندا", None, None, "H"),
    ],
    # Al-Riyadh: the Iraqi forces retake Anbar University from ISIS (Sunday 26 July; AFP and DPA). s0 the Iraqi
    # forces' liberation of Anbar University in Ramadi from ISIS (-> COERCE seize, first to twentieth sets'
    # taking of places; ISIS named as the side dislodged: recipient) within their plan to free the province
    # (an aimed-at seizure -> COERCE seize [F], fifth/sixth sets' "لتحرير" [F]; the trigger is the second
    # "تحرير", the fused ل left out; "المحافظة" anaphoric: location null); s1 Brig. al-Khazraji: the Golden
    # Division freed it (new content: the unit -> COERCE seize) backed by
    # the Iraqi army and supported by the coalition's and the Iraqi air forces (battle support by distinct
    # forces -> AID, two records for the two supporting parties, thirteenth/fourteenth/twentieth sets' "بدعم"/
    # "بإسناد"/"المدعومة"); s2 "our forces" storming the university at dawn after about a week of fierce
    # battles (-> ASSAULT, mode null; the battles are the storming's, one record); s3 yesterday's clashes, 29
    # extremists killed, 15 wounded and two vehicles destroyed (a day's fighting with its own toll -> ASSAULT,
    # mode null; no side named: actor null); s7 another counter-terrorism force besieging al-Tamim district next
    # to the university (-> COERCE restrict); s8 ISIS's seizure of the university in early June 2014 (->
    # COERCE seize [H]); s10 the flight of ISIS members after heavy losses (-> RETREAT withdraw, fourteenth
    # set's "هرب"); s11 Carter's visit to Baghdad on Thursday (inside "بعد يومين من", with its actor and place,
    # reported nowhere else -> CONSULT visit; "لبغداد": the fused ل left out; four days before: not historical)
    # and his assurance of his country's readiness "to do more" (a promise of support -> AGREE, PLOVER "offer,
    # promise", sixteenth/nineteenth sets); s16 the coalition's aircraft bombing ISIS positions in the Kubrat
    # area on the border of Kirkuk province, 11 ISIS members killed and three vehicles destroyed (-> ASSAULT
    # aerial); s17 the double IED blast in a café in al-Uruba, 11 civilians killed and 13 wounded (-> ASSAULT
    # explosives; the night before last: not historical). Not coded: s0's extremists "الذين احتلوا اغلب مناطقها"
    # (a standing control), s2's control restated, s4-s6 and s9 (the control, the flag and the liberation
    # restated by the commander, the CTS statement and the Ramadi district head; the CTS's "heavy losses"),
    # s12 (the Baqubah toll, detailed in s16-s17), s13-s15 (fragments of the agency's name), s16's spotting of
    # a convoy (part of the strike).
    "snn-7bcaeaecfc39": [
        ("COERCE", "seize", 0, ("تحرير", 1), "القوات العراقية", "تنظيم (داعش)", "جامعة الانبار", ""),
        ("COERCE", "seize", 0, ("تحرير", 2), "القوات العراقية", None, None, "F"),
        ("COERCE", "seize", 1, "تحرير", "قوات الفرقة الذهبية", None, "جامعة الانبار", ""),
        ("AID", None, 1, "مساندة", "قوات الجيش العراقي", "قوات الفرقة الذهبية", None, ""),
        ("AID", None, 1, "دعم", "طيران التحالف الدولي والطيران العراقي", "قوات الفرقة الذهبية", None, ""),
        ("ASSAULT", None, 2, "اقتحام", "قواتنا", None, "جامعة الانبار", ""),
        ("ASSAULT", None, 3, "المواجهات", None, "المتطرفين", None, ""),
        ("COERCE", "restrict", 7, "تحاصر", "قوة اخرى من مكافحة الارهاب", None, "حي التأميم", ""),
        ("COERCE", "seize", 8, "سيطر", "المتطرفين", None, "جامعة الانبار", "H"),
        ("RETREAT", "withdraw", 10, "هروب", "عناصر في التنظيم", None, None, ""),
        ("CONSULT", "visit", 11, "زيارة", "وزير الدفاع الاميركي آشتون كارتر", None, "بغداد", ""),
        ("AGREE", None, 11, "استعداد بلاده", "وزير الدفاع الاميركي آشتون كارتر", None, None, ""),
        ("ASSAULT", "aerial", 16, "قصف", "طيران التحالف الدولي", "مواقع تابعة لتنظيم داعش", "منطقة كوبرات", ""),
        ("ASSAULT", "explosives", 17, "انفجار مزدوج بعبوة ناسفة", None, "11 مدنيا", "منطقة العروبة", ""),
    ],
    # Al-Weeam: Yemen: Houthis killed and wounded in clashes with the resistance in Arhab (Saturday 8 August,
    # Yemeni sources). s0 the armed clashes with the Popular Resistance in Arhab district north of Sanaa, the
    # Houthi casualties (-> ASSAULT, clashes: mode null; the sides written apart: the resistance as actor, the
    # Houthis, whose losses the sentence reports, as recipient; the toll belongs to the record); s1 the Houthis'
    # attack on the village of al-Janadiba (new content: the attacking side and the village -> ASSAULT, mode
    # null) to carry out a campaign of abducting citizens on the charge of belonging to ISIS and al-Qaeda (the
    # attack's stated aim -> ASSAULT abduct [F], eighteenth set's aimed-at acts [F]; the charge is the campaign's
    # pretext, not coded apart); s2 the clashes still going on, both sides using heavy and light weapons (new
    # content: the weapons -> ASSAULT heavy-weapons with "الطرفان" as actor, tenth/fourteenth sets' two sides in
    # one phrase). Not coded: s1's "الاشتباكات اندلعت في قرية الجنادبة" (the s0 clashes restated with the
    # village, which the attack record carries), s3 (the link line).
    "snn-3abca6e7dc76": [
        ("ASSAULT", None, 0, "اشتباكات مسلحة", "المقاومة الشعبية", "الحوثيين", "مديرية أرحب", ""),
        ("ASSAULT", None, 1, "مهاجمة", "الحوثيين", "القرية", "قرية الجنادبة", ""),
        ("ASSAULT", "abduct", 1, "حملة اختطاف", "الحوثيين", "مواطنين", None, "F"),
        ("ASSAULT", "heavy-weapons", 2, "المواجهات", "الطرفان", None, None, ""),
    ],
    # Okaz: the people of Dhahran al-Janoub: the aggressors' projectiles will only make us firmer (24 July). s0
    # the governor of Dhahran al-Janoub, the police director and the hospital director visiting the houses hit
    # by military projectiles from Yemeni territory (an officials' field visit -> CONSULT visit, first/
    # fourteenth/nineteenth sets' field visits; the houses are no named place: recipient and location null),
    # the projectiles fired by the Houthi militias and their ally the deposed Ali Abdullah Saleh, most of them
    # on the nurses' housing of the general hospital, four shells on houses, nobody hurt (in a relative clause
    # with its actor and target, reported nowhere else as an act -> ASSAULT heavy-weapons, PLOVER "rocket
    # launchers", tenth/fourteenth sets' shells; "ظهران الجنوب" only in titles: location null) and the swift
    # answer of the Saudi artillery (-> ASSAULT heavy-weapons) and of the aircraft that tracked the launch
    # positions on the border (-> ASSAULT aerial; the positions as recipient; "على الحدود" vague: null); s1 the
    # governor visiting the families of the hit houses on the Asir emir's instructions (new content: the hosts
    # -> CONSULT visit); s3 the residents Mohammed Abu Talib and Misfer Mushni on "this corrupt gang" and its
    # repeated "criminal act" against the governorate (a public condemnation by named persons -> ACCUSE
    # disapprove). Not coded: s1's instructions of the emir (an order inside one government, nineteenth set),
    # s2 and s4-s6 (the residents on the shells that fell on their houses: the s0 shelling restated with its
    # damage; their resolve and prayers; "قواتنا تقوم بواجبها": general), s3's repetition of the attacks (a
    # series).
    "snn-0d82185c3b11": [
        ("CONSULT", "visit", 0, "زار", "محافظ ظهران الجنوب محمد فلاح القرقاح ومدير شرطة المحافظة العقيد مهدي مجردي ومدير مستشفى ظهران الجنوب محمد علي آل فرج", None, None, ""),
        ("ASSAULT", "heavy-weapons", 0, "وجهتها", "ميليشيات الحوثي وحليفها المخلوع علي عبدالله صالح", "سكن الممرضات بمستشفى ظهران الجنوب العام", None, ""),
        ("ASSAULT", "heavy-weapons", 0, "الرد", "المدفعية السعودية", None, None, ""),
        ("ASSAULT", "aerial", 0, "تتبعت", "الطائرات", "مواقع إرسال المقذوفات", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "القرقاح", "أهالي المنازل التي سقطت عليها المقذوفات", None, ""),
        ("ACCUSE", "disapprove", 3, "هذا العمل الإجرامي", "محمد أبو طالب ومسفر أحمد مشني", "هذه الشرذمة الفاسدة", None, ""),
    ],
    # Asharq Al-Awsat column by Tariq al-Homayed "سوريا.. المأزق يزداد وضوحًا" (1 August). Columns: events stated
    # as facts are coded, opinions, characterisations and undated generalisations are not (fourteenth/
    # seventeenth to twentieth sets). s1 the Nusra Front's attack near Azaz north of Aleppo on opposition
    # fighters trained by Washington (-> ASSAULT, mode null; "قرب" dropped, as the twentieth set's "محيط") and
    # their training by Washington (in a relative clause with its actor -> AID, second set's "تدريب"/"دربتهم");
    # s2 Division 30's statement that the Nusra fighters attacked its headquarters and killed five of its men
    # (new content: the target, the toll, the speaker -> ASSAULT) and its charge that Nusra kidnapped its
    # leader and others (-> ACCUSE allege; the alleged kidnapping is the charge's content, thirteenth to
    # twentieth sets; the relative "التي تتهم" follows the second «الفرقة 30»); s4 the Observatory: warplanes
    # believed to belong to the US-led coalition bombing Nusra positions in northern Syria on Friday (->
    # ASSAULT aerial; the warplanes named, their affiliation a belief: actor "طائرات حربية"; "بشمال": the fused
    # ب left out); s6 the assassination of Ahmad Shah Massoud when al-Qaeda was liquidating its rivals before 11
    # September (a recalled fact with its victim -> ASSAULT targeted [H], the named "«القاعدة»" of the sentence as
    # actor) and the 11 September attacks in America (named with their place inside "عند الاستعداد للقيام
    # بعمليات", reported nowhere else -> ASSAULT [H], mode null, the same actor). Not coded: s0 (the writer's
    # earlier column and the dilemma: opinion), s3 (the Pentagon's doubts and its denial that any Division 30
    # member was captured: a denial of another party's act, not of its own, sixteenth set; the column's
    # "اللافت"), s4's anchor "بعد ورود تقارير مهاجمة «النصرة»" and rhetorical question (the attack restated),
    # s5 (a question), s6's "تتصرف الآن بعقلية التنظيم" and "تصفية خصومها" (characterisation and a general
    # practice) and the conditional US war "في حال قامت أميركا بحرب", s7 (Nusra's targeting of the moderates'
    # allies: a characterisation of a practice), s8-s9 (opinion; Iran leading the efforts to support Assad: a
    # standing role), s10-s11 (the e-mail address).
    "snn-e83ebacf4b17": [
        ("ASSAULT", None, 1, "شن هجوم", "«جبهة النصرة»", "مقاتلين من المعارضة السورية", "بلدة أعزاز شمال حلب", ""),
        ("AID", None, 1, "دربتهم", "واشنطن", "مقاتلين من المعارضة السورية", None, ""),
        ("ASSAULT", None, 2, "هاجموا", "مقاتلي «جبهة النصرة»", "مقرها", None, ""),
        ("ACCUSE", "allege", 2, "تتهم", ("«الفرقة 30»", 2), "«النصرة»", None, ""),
        ("ASSAULT", "aerial", 4, "قصف", "طائرات حربية", "مواقع لـ«جبهة النصرة»", "شمال سوريا", ""),
        ("ASSAULT", "targeted", 6, "اغتيال", "«القاعدة»", "الزعيم أحمد شاه مسعود", None, "H"),
        ("ASSAULT", None, 6, "عمليات أحداث 11 سبتمبر (أيلول) الإرهابية", "«القاعدة»", None, ("أميركا", 1), "H"),
    ],
    # Al-Weeam: Lavrov: America must cooperate with Assad to fight ISIS (his statements to Russian state
    # television published by the foreign ministry on Sunday 9 August; Reuters). s2 Moscow's criticism of the
    # United States for not coordinating with Syria (-> ACCUSE disapprove); s3 Lavrov's account of his two
    # meetings with Kerry (recent talks -> CONSULT, mode null, twelfth to twentieth sets' talks outside a
    # visit); s4 Lavrov: "our American partners and some states of the region stubbornly refuse to recognise
    # Assad as a partner, which is somewhat strange" (a criticism -> ACCUSE disapprove; the partners' refusal is
    # a standing position, not coded apart); s5 the chemical-weapons disarmament agreement mediated by Moscow and
    # Washington at earlier stages of the conflict (a recalled agreement with its parties -> AGREE [H], nineteenth
    # set's recalled agreements; "كان الأسد شريكا شرعيا كاملا في تدمير الأسلحة الكيماوية" is Lavrov's
    # characterisation of Assad's part); s8 Lavrov to discuss Syria and the war on ISIS with his Saudi
    # counterpart al-Jubeir in Moscow on Tuesday (a planned visit -> CONSULT visit [F], nineteenth set's planned
    # visits; the visitor as actor, the host as recipient, PLOVER); s12 Lavrov telling Kerry of the great risk
    # that the air strikes in Syria hit wrong targets (an objection to the strikes conveyed to their author ->
    # ACCUSE disapprove); s13 the coalition Russia proposes, to include all who already fight ISIS on the ground
    # (an offer of cooperation -> AGREE, PLOVER "offer ... willingness to cooperate"; "روسيا" as written in the
    # relative clause). Not coded: s0 and s15 (Lavrov's "يتعين": necessity statements, third to twentieth
    # sets), s1 (the US-led coalition's strikes and its cooperation with Turkey: a standing campaign, a series),
    # s6 (the US, Saudi and opposition position that Assad must go and their unwillingness to cooperate with
    # him: standing positions), s7 (a subheading), s9 (the s8 talks restated with their topic), s10-s11 (Russia
    # an oil producer; the regular meetings with OPEC members: a standing practice; OPEC's output), s14 (the
    # proposal's members), s16 (the link line).
    "snn-8d4a7e222ce2": [
        ("ACCUSE", "disapprove", 2, "انتقدت", "موسكو", "الولايات المتحدة", None, ""),
        ("CONSULT", None, 3, "اجتماعين", "لافروف", "وزير الخارجية الأمريكي جون كيري", None, ""),
        ("ACCUSE", "disapprove", 4, "أمر غريب", "لافروف", "شركاؤنا الأمريكيون وبعض دول المنطقة", None, ""),
        ("AGREE", None, 5, "اتفاق نزع الأسلحة الكيماوية", "موسكو وواشنطن", None, None, "H"),
        ("CONSULT", "visit", 8, "يبحث", "نظيره السعودي عادل الجبير", "لافروف", "موسكو", "F"),
        ("ACCUSE", "disapprove", 12, "أبلغ كيري", "لافروف", "كيري", None, ""),
        ("AGREE", None, 13, "تقترحه", "روسيا", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
