"""Build events-blind31.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-first events blind set; same layout and guidelines as the first
thirty sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind30.jsonl and their blind/ ..
blind30/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind31.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind31.jsonl")

# The Asharq Al-Awsat report writes the P5+1 as "5+" U+202C "1" (a POP DIRECTIONAL FORMATTING mark inside it);
# the actor span below copies it exactly.
P5_1 = "إيران و5+\u202c1"

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunction و are left out of a trigger where the word stands whole (the twentieth to
# thirtieth sets' rule: here "تحذيرها", "رفض" and "غارات" as written, "التعاون" from "إلى التعاون"); where the
# article's alif is elided the fused ل stays ("للاتفاق النووي مع إيران", the first set's record of the same phrase,
# and the first, twenty-fifth, twenty-ninth and thirtieth sets' rule); in actors, recipients and places the fused
# ب/ل/ك is left out otherwise ("دولة الإمارات العربية المتحدة" from "لدولة", "تيار المستقبل" from "لتيار", "عون" from
# "بعون", "أوروبا" from "لأوروبا", "داعش" from "لداعش"); spellings as written ("العريبى" with its alif maqsura,
# "الحكومية العراقية" as the Al-Watan report misspells the government, "ايران", "الاميركي" and "الامن" without hamza,
# "«خلية ارهابية»" with its guillemets, 'منطقة "جزرة" التابعة لولاية "شرناق"' and 'منظمة "بي كا كا"' with their
# straight quotes, the P5+1 with its U+202C mark); a string inside a longer word is picked by its occurrence
# ("عون" in "بعون", "داعش" in "لداعش", "زيارة" in "الزيارة").
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates the
# headline (the twentieth to thirtieth sets; the first, tenth to fourteenth and seventeenth sets coded it like any
# sentence: the latest sets' decision is followed, see SOURCE-events-blind31.txt); nor the Al-Watan subheadings
# ("الفساد المالي والإداري", "تدويل قضية الموصل"), the Asharq Al-Awsat "المزيد" and lone "." lines, the Ain Al-Yaum
# dateline and tag line, the Al-Eqtisadiah picture credit.
# Speakers and actors named only by a pronoun, an implied subject or a passive ("واعتبر", "وأبدى استغرابه",
# "محملاً", "وقال", "تم الاتفاق", "تم القبض") are null (the eighteenth, twenty-seventh to thirtieth sets); a subject
# named earlier in the same sentence is kept for its further clauses ("العبادي" for "ودعا", "مجلس محافظة نينوى" for
# "داعيا", "تنظيم داعش" for "سيطرته", "البيان" for "كما دعوا", "عون" for "ويصرّ", "قوات الامن" for "شددت",
# "النجيفي" for "محملا").
GOLD = {
    # Al-Riyadh: 65,000 aquatic creatures receive visitors at Atlantis The Palm (8 August). Two albino alligators
    # brought from a Florida farm to the resort's aquarium, the manager's statements, the species' rarity: a
    # tourist attraction's news (the fourteenth and twenty-eighth sets' leisure items): none.
    "snn-d833374c9b53": [],
    # Al-Eqtisadiah: weak results pull the world's shares down (25 July). Index movements and company results
    # (market reports, the first to thirtieth sets): none.
    "snn-89734e9a8ed5": [],
    # Al-Yaum: a bison gores a tourist taking a selfie at Yellowstone (25 July). An animal's attack on a visitor and
    # the park's warnings: no political actor (the fifteenth set's wild boars killing a man in Sicily: only the
    # mayor's appeals and the authorities' refusal were coded there, and there are none here): none.
    "snn-649379dbe7a0": [],
    # Sabq: the husband of the teacher who died at Tabuk University: the change of his daughter's preferences kept
    # her out of medicine (24 July). s0 the husband's charge, in reply to the university's statement, that the
    # university changed the order of his daughter's preferences (-> ACCUSE allege, recipient the university named
    # in the sentence) and his demand that a committee investigate the evidence he holds (-> REQUEST, mode null, and
    # the requested investigation ACCUSE investigate [F], the fourteenth set's "داعيا البرلمان إلى مساءلة الحكومة");
    # s2 the social media users' appeal to the education minister to order the daughter's admission (-> REQUEST,
    # mode null; "رواده", a collective noun, the only naming; the admission itself is no PLOVER event). Not coded:
    # s0's death of the teacher in the admissions building and the university's statement (its content, a rebuttal,
    # is reported only as the thing answered), s1 (the transport of the wife to the clinic and the hospital), s2-s4's
    # grades (cut at their decimal points), s5 the funeral prayer.
    "snn-4bd1aafa60be": [
        ("ACCUSE", "allege", 0, "تغيير رغبات قبول ابنته", "زوج المعلمة", "جامعة تبوك", None, ""),
        ("REQUEST", None, 0, "مطالبًا", "زوج المعلمة", None, None, ""),
        ("ACCUSE", "investigate", 0, "لجنة للتحقيق", None, None, None, "F"),
        ("REQUEST", None, 2, "ناشد", "رواده", "وزير التعليم عزام الدخيل", None, ""),
    ],
    # Al-Yaum column: "Harassment: the school and the home first" (2 August). Events stated as facts are coded, the
    # columnist's views are not (the fourteenth, seventeenth, twenty-seventh to thirtieth sets' columns). s0 the news
    # of the arrest of the Jeddah harassers (-> COERCE arrest, actor null: passive; the Jeddah video of the second day
    # of Eid, about two weeks before: not historical; the fifth set's "تم ضبط عدد من المراهقين" of the same case).
    # Not coded: s0's leaked Taif video and the harassment in it (the third and fifth sets left the harassment in
    # the videos uncoded), s2's unnamed "المطالبين باستحداث قانون" (an unnamed side and a general demand, the
    # thirtieth set's "voices"), s1, s3-s19 (the columnist's views; s11's history of the US law: background of a
    # term), s12-s14 (cut at a lone "."), s20 (the writer's title).
    "snn-40b3b5c42989": [
        ("COERCE", "arrest", 0, "إلقاء القبض", None, "متحرشي جدة", None, ""),
    ],
    # Al-Jazirah: the Muzahmiyah social development committee hands out roses to patients (22 July). Visits to
    # patients, their gifts and the patients' thanks are coded (the eighth, tenth, sixteenth, seventeenth,
    # twenty-third and twenty-eighth sets: visit -> CONSULT visit, gifts -> AID, thanks -> SUPPORT). s0 the committee
    # members' visit to the inpatients of Muzahmiyah General Hospital (-> CONSULT visit, the hospital as the place;
    # the director's reception part of it) and their flowers and gifts (-> AID; the named subject and the patients of
    # the sentence kept for "قاموا ... لهم"); s2 the injured's thanks to the committee (-> SUPPORT, the twenty-third
    # set's "بالغ شكرهم وتقديرهم"). Not coded: s1 (the deputy chairman's statement of the committee's aim).
    "snn-44d5d99b2d1b": [
        ("CONSULT", "visit", 0, "زار", "عدد من أعضاء لجنة التنمية الاجتماعية بمحافظة المزاحمية", "المرضى المنومين", "مستشفى المزاحمية العام", ""),
        ("AID", None, 0, "تقديم باقات الورود وبعض الهدايا", "عدد من أعضاء لجنة التنمية الاجتماعية بمحافظة المزاحمية", "المرضى المنومين", None, ""),
        ("SUPPORT", None, 2, "بالغ شكرهم وتقديرهم", "المصابون", "لجنة التنمية الاجتماعية", None, ""),
    ],
    # Al-Weeam: the Bahraini community in Saudi Arabia denounces Iran's hostile statements (26 July). s0 the
    # community's condemnation of the statements (-> ACCUSE disapprove, recipient Iran; the statements themselves,
    # Khamenei's words on Bahrain, are only the object of the condemnation, their content not reported: not coded
    # apart, as the sixteenth set's Gulf reaction to Khamenei's speech); s3 the statement's charges that Khamenei
    # practises oppression, killing and persecution against the Arab Ahwaz and that the Iranian regime represses and
    # arrests reformists (-> ACCUSE allege, one record per party charged, the twenty-sixth set's statement of the
    # Iranian opposition; "البيان" as actor, the twenty-second to twenty-ninth sets; the charged acts not coded apart,
    # the thirteenth to thirtieth sets); s6 the signing of the nuclear agreement by the Western states (inside
    # "بعد", with its actor -> AGREE, the agreement once per article, the thirtieth set); s7 the statement's demand
    # for a strong national alignment inside Bahrain, for the Bahraini people to declare its unity and move against
    # the Safavid project (-> REQUEST, mode null); s9 its demand that the international community bear its
    # responsibilities instead of granting Iran privileges (-> REQUEST change, a change of policy) and its call for
    # an official protest at the United Nations and the international organisations (-> REQUEST, mode null, with the
    # requested ACCUSE disapprove [F], PLOVER's diplomatic protests; the named subject "البيان" kept for "كما دعوا").
    # Not coded: s1-s2 (the condemnation explained: the timing with the nuclear deal, the advice to Iran to spend on
    # its people), s4-s5 (s3's charges continued against the same man, the thirtieth set's Heikal s8), s6's "not the
    # first" (a series) and the necessity of the Gulf union (a view), s8 (a prediction of the GCC's measures), s10 (the
    # end of s9 cut at its comma line), s11 (link line).
    "snn-4eee2da9bc53": [
        ("ACCUSE", "disapprove", 0, "نددت", "الجالية البحرينية بالمملكة", "ايران", None, ""),
        ("ACCUSE", "allege", 3, "يمارس الظلم والقتل والاضطهاد", "البيان", "خامنئي", None, ""),
        ("ACCUSE", "allege", 3, "يقمع ويعتقل", "البيان", "النظام الايراني", None, ""),
        ("AGREE", None, 6, "توقيع", "الدول الغربية", None, None, ""),
        ("REQUEST", None, 7, "طالب", "البيان", "الشعب البحريني", None, ""),
        ("REQUEST", "change", 9, "طالب", "البيان", "المجتمع الدولي", None, ""),
        ("REQUEST", None, 9, "دعوا", "البيان", None, None, ""),
        ("ACCUSE", "disapprove", 9, "احتجاج رسمي", None, None, None, "F"),
    ],
    # Al-Jazirah: Libya's government warns the European Union against infringing its sovereignty (21 July). s0 the
    # interim government's renewed warning against any infringement of Libyan sovereignty if the EU approves its plan
    # against the people smugglers (a warning without a named force -> THREATEN, mode null, the twenty-third,
    # twenty-seventh to thirtieth sets; the EU's plan, the threat's condition, not coded; the photo caption fused to
    # the sentence's start restates s7); s2 the spokesman's view that strikes and violence against the migrants are a
    # blatant violation of human rights (-> ACCUSE disapprove; "واعتبر": actor null; his s6 surprise at the change of
    # the European position is the same criticism quoted on, not coded apart); s3 al-Uraibi's insistence that the
    # EU support the legitimate, internationally recognised authorities (-> REQUEST assist, PLOVER "any form of ...
    # relations, or assistance", and the requested SUPPORT [F]); s4 the government's many proposals to the EU on
    # illegal migration (offers of cooperation -> AGREE, PLOVER "offer") and its personal envoy Nouri Beit al-Mal sent
    # to Europe (-> CONSULT visit, Europe as the place; both undated background of the government's efforts:
    # historical, the sixteenth to thirtieth sets' rule); s5 the Libyan state's many bilateral agreements with the EU
    # and Italy (-> AGREE, undated: historical, the seventeenth and twentieth sets' agreements in force); s7 the
    # military spokesmen's announcement that warplanes sank a ship on Sunday and attacked another near Benghazi
    # (-> ASSAULT aerial each, two recipients); s8 the attack placed near al-Marisa (a new place -> its own record,
    # the thirtieth set's Karachi raid at Katur; no weapon in the sentence: mode null) and the air force spokesman
    # Nasser al-Hassi's statement that the ship was sunk because it loaded fighters, weapons and ammunition to
    # support terrorism (a charge -> ACCUSE allege); s9 Haftar's spokesman Mohammed al-Hijazi's statement that the
    # second ship carried weapons (a new speaker's charge on a new party -> ACCUSE allege; the attack on it restated
    # from s7, "نفس المنطقة" anaphoric: not coded again). Not coded: s1 (s0's warning quoted with its content), s6's
    # earlier European rescue operations (the object of the spokesman's comparison), s8's lack of witnesses, s10 (a
    # correspondent hearing warplanes).
    "snn-b355deebafed": [
        ("THREATEN", None, 0, "تحذيرها", "الحكومة الليبية المؤقتة", "الاتحاد الأوروبي", None, ""),
        ("ACCUSE", "disapprove", 2, "انتهاكا صارخا لحقوق الإنسان", None, None, None, ""),
        ("REQUEST", "assist", 3, "شدد", "العريبى", "الاتحاد الأوروبي", None, ""),
        ("SUPPORT", None, 3, "دعم", "الاتحاد الأوروبي", "السلطات الشرعية المعترف بها دوليا", None, "F"),
        ("AGREE", None, 4, "المقترحات", ("الحكومة", 1), ("الاتحاد الأوروبي", 1), None, "H"),
        ("CONSULT", "visit", 4, "أوفدت", "مبعوثها الشخصي مستشار رئيس الوزراء للشئون الخارجية نورى بيت المال", None, "أوروبا", "H"),
        ("AGREE", None, 5, "الاتفاقيات الثنائية", "الدولة الليبية", "الاتحاد الأوروبي وإيطاليا", None, "H"),
        ("ASSAULT", "aerial", 7, "أغرقت", "طائرات حربية", ("سفينة", 1), "مدينة بنغازي في شرق ليبيا", ""),
        ("ASSAULT", "aerial", 7, "هاجمت", "طائرات حربية", "سفينة أخرى", "مدينة بنغازي في شرق ليبيا", ""),
        ("ASSAULT", None, 8, "الهجوم", None, None, "بلدة المريسة", ""),
        ("ACCUSE", "allege", 8, "قامت بتحميل مقاتلين وأسلحة وذخيرة لدعم الإرهاب", "ناصر الحاسي المتحدث باسم القوات الجوية", "السفينة", None, ""),
        ("ACCUSE", "allege", 9, "كانت تحمل أسلحة", "محمد الحجازي", "سفينة ثانية", None, ""),
    ],
    # Al-Watan: Iraqi demonstrations demand better government performance (8 August). s0 the representative of the
    # religious authority in Karbala Ahmed al-Safi's demand that Prime Minister al-Abadi fight financial and
    # administrative corruption (-> REQUEST change, the eighteenth set's al-Sistani call on al-Abadi); s1 the
    # demonstrations in Baghdad and other provinces demanding better government performance (-> PROTEST demo, no
    # organiser named: actor null, the fourteenth set's demonstrations in Baghdad; their demand, the protest's topic,
    # not coded apart); s2 al-Abadi's commitment to the religious authority's directives and his pledge to announce a
    # reform plan (accepting the demand -> CONCEDE, PLOVER "promise of future concessions ... changes") and his call on
    # the political forces to cooperate with him in carrying it out (-> REQUEST assist with the requested COOPERATE
    # [F], the thirtieth set's rule); s6 al-Safi's demand that the political forces holding power unify their positions
    # in the war on terror (-> REQUEST, mode null, the eighteenth set's al-Jabouri call on the blocs); s7 his holding
    # those forces responsible for most of the country's problems (-> ACCUSE allege, the thirteenth and eighteenth sets'
    # "محملاً"; no subject in the sentence: actor null); s10 the Nineveh provincial council's support for the dismissed
    # governor Atheel al-Nujaifi's demand to internationalise the Mosul issue (-> SUPPORT, and the governor's demand ->
    # REQUEST, mode null), ISIS's takeover of Mosul on 10 June 2014 (inside "منذ", with its actor and date -> COERCE
    # seize, historical, the twenty-third set's fall of Mosul; the city named in the sentence as the place), and the
    # council's call on the Arab states and the international community to help the people of Mosul get rid of the
    # militants (-> REQUEST assist with the requested AID [F], the twenty-eighth set's requested help); s11 al-Nujaifi
    # holding the central government responsible for the genocide (-> ACCUSE allege); s12 his condemnation of the
    # government's silence and failure to liberate the city (-> ACCUSE disapprove). Not coded: s3 and s8 (s0's demand
    # restated), s5 (the sermon's diagnosis; ISIS's control of several regions, a standing state), s4 and s9
    # (subheadings), s10's execution of more than 2,000 people of Mosul since June 2014 and s11's mourning of 2,070
    # killed (a fourteen-month toll, the sixth to thirtieth sets' series and tolls), s13 (s12's charge quoted on; the
    # salary cuts only its complaint), s14 (the demand restated and a warning without a threat).
    "snn-85e6e7950c4b": [
        ("REQUEST", "change", 0, "طالب", "ممثل المرجعية الدينية في كربلاء أحمد الصافي", "رئيس الوزراء العراقي حيدر العبادي", None, ""),
        ("PROTEST", "demo", 1, "تظاهرات", None, None, "بغداد", ""),
        ("CONCEDE", None, 2, "التزامه", "العبادي", "المرجعية الدينية", None, ""),
        ("REQUEST", "assist", 2, "دعا", "العبادي", "القوى السياسية", None, ""),
        ("COOPERATE", None, 2, "التعاون", "القوى السياسية", None, None, "F"),
        ("REQUEST", None, 6, "طالب", "الصافي", "القوى السياسية التي تمسك بزمام السلطة والقرار في البرلمان والحكومة", None, ""),
        ("ACCUSE", "allege", 7, "محملاً", None, "هذه القوى", None, ""),
        ("SUPPORT", None, 10, "أيد", "مجلس محافظة نينوى", "المحافظ المقال أثيل النجيفي", None, ""),
        ("REQUEST", None, 10, "مطالبة", "المحافظ المقال أثيل النجيفي", None, None, ""),
        ("COERCE", "seize", 10, "سيطرته", "تنظيم داعش", None, "الموصل مركز المحافظة", "H"),
        ("REQUEST", "assist", 10, "داعيا", "مجلس محافظة نينوى", "الدول العربية والمجتمع الدولي", None, ""),
        ("AID", None, 10, "مساعدة", "الدول العربية والمجتمع الدولي", "أبناء الموصل", None, "F"),
        ("ACCUSE", "allege", 11, "محملا", "النجيفي", "الحكومة المركزية في بغداد", None, ""),
        ("ACCUSE", "disapprove", 12, "أدان", "النجيفي", "الحكومية العراقية", None, ""),
    ],
    # Al-Weeam: Emiratis answer the Egyptian writer Fahmi Howeidi's attack on the UAE's policy (21 July). Reported
    # statements and tweets are coded as the twenty-fifth and twenty-sixth sets' tweets of Prince Khalid and Dhahi
    # Khalfan (a reported attack -> ACCUSE disapprove). s0 the Emirati officials' and citizens' criticism of Howeidi
    # (-> ACCUSE disapprove) and Howeidi's attack, in his Al-Shorouk article of Saturday, on the UAE's foreign policy
    # (-> ACCUSE disapprove, the twenty-fifth set's "هاجم هيكل السعودية"; two days before: not historical); s1 the
    # foreign minister Abdullah bin Zayed's retweets of two activists' tweets calling Howeidi a traitor (one record for
    # his act, the tweets its content; the activists not coded apart); s2 Gargash's tweets against those who justify
    # killing in Islam's name and the partisan project tied to extremism (-> ACCUSE disapprove, recipient the project
    # named; his s3 tweet the same criticism continued); s4 Dhahi Khalfan's tweet "from the leftovers of bygone eras"
    # without naming him (-> ACCUSE disapprove, recipient null) and s7 his second tweet on Howeidi's claim about the
    # UAE's humanitarian work (-> ACCUSE disapprove, recipient named: a new point, one record per tweet, as the
    # twenty-fifth set's two records of Prince Khalid). Not coded: s5-s6, s8-s13 (the tweets' cut pieces), s14-s17
    # (Howeidi's article quoted: the content of the attack coded in s0; s17's Gulf opposition to the Arab Spring,
    # undated opinion inside the quotation), s18 (link line).
    "snn-a07fc202df6f": [
        ("ACCUSE", "disapprove", 0, "انتقد", "عدد من المسؤولين والمواطنين الإماراتيين", "الكاتب المصري فهمي هويدي", None, ""),
        ("ACCUSE", "disapprove", 0, "هجوم", "الكاتب المصري فهمي هويدي", "دولة الإمارات العربية المتحدة", None, ""),
        ("ACCUSE", "disapprove", 1, ("أعاد نشر تغريدة", 1), "وزير الخارجية الإماراتي، عبد الله بن زايد", "فهمي هويدي", None, ""),
        ("ACCUSE", "disapprove", 2, "لا مكان لمن يبرر ويروج له", "وزير الدولة للشؤون الخارجية، أنور قرقاش", "المشروع الحزبي", None, ""),
        ("ACCUSE", "disapprove", 4, "من مخلفات العهود الغابرة", "الفريق ضاحي خلفان", None, None, ""),
        ("ACCUSE", "disapprove", 7, "انتقاده", "خلفان", "فهمي هويدي", None, ""),
    ],
    # Al-Riyadh sports: "Will Hajer confirm the success of its signings?" (9 August). A club's departures and
    # signings and the writer's reading of them (club and contract business, the eighth to thirtieth sets): none.
    "snn-52dcc14e081f": [],
    # Asharq Al-Awsat: Khamenei avoids taking responsibility for the nuclear deal (8 August). s1 the announcement of
    # the nuclear agreement between Iran and the P5+1 (inside "بعد", with its parties -> AGREE, once per article, the
    # thirtieth set); s2 Senator Chuck Schumer's announced rejection of the deal (-> REJECT, mode null, the
    # twenty-seventh and thirtieth sets' Republicans and Boehner; "للاتفاق ..." kept whole, the alif elided, the
    # first set's record) and Representative Eliot Engel's announcement that he will vote to reject it (a declared
    # position -> REJECT, no flag, as the thirtieth set's Boehner vow; the vote itself legislative business). Not
    # coded: s0 (analysis of Rouhani's and Khamenei's preferences), s1's joint meeting of the parliament's committee
    # with Salehi and Araghchi announced for Sunday (legislative business inside one government, the twenty-fourth,
    # twenty-seventh to thirtieth sets) and resolution 2231 (a bare mention), s2's Obama campaign for support (a
    # standing campaign), s3 (Congress's calendar, prediction), s4-s7 (lone "." and "المزيد").
    "snn-45858e7b837f": [
        ("AGREE", None, 1, ("الاتفاق النووي", 1), P5_1, None, None, ""),
        ("REJECT", None, 2, "رفضه", "السيناتور الديمقراطي تشاك شومر", "للاتفاق النووي مع إيران", None, ""),
        ("REJECT", None, 2, "سيصوت لصالح رفض", "النائب الديمقراطي البارز إليوت أنجل عضو لجنة الشؤون الخارجية بمجلس النواب", "الاتفاق النووي الذي أبرمته إدارة أوباما مع إيران", None, ""),
    ],
    # Al-Watan: clashes between Kurds and the Turkish police (9 August). s0 the PKK supporters' demonstration in Cizre
    # the day before yesterday (-> PROTEST demo) after three killed and seven wounded in the clashes between the police
    # and the party's fighters in Silopi (inside "بعد", with its sides and place, reported nowhere else in the article
    # -> ASSAULT, mode null, both sides in one phrase as actor, the sixth set's "مواجهات" in Silopi); s1 masked
    # protesters setting up checkpoints on the roads, stopping cars and checking passengers' papers (-> COERCE
    # restrict, the first, twelfth and thirtieth sets' checkpoints); s2 the riot police's tear gas to disperse the
    # protesters (-> ASSAULT crowd-control) and the protesters' firebombs thrown at the forces (-> ASSAULT primitive,
    # the fifteenth set's "إلقاء حجارة وزجاجات حارقة"); s3 the rebels killing two soldiers in two separate attacks in
    # Van and Agri (-> ASSAULT, mode null; one phrase for the two provinces, as the thirtieth set's "قرى سيعة، وذي
    # مهنة، ومحزف"; the toll since 20 July not coded); s4 a policeman killed in an attack by terrorists on an armoured
    # police vehicle in Cizre, Sirnak (-> ASSAULT, mode null) and s5 the rocket-propelled grenade fired at it (a new
    # method -> its own record, ASSAULT heavy-weapons, the nineteenth set's "قذائف صاروخية"); s6 Turkey's air raids of
    # the past days on PKK and ISIS positions in northern Iraq and Syria (-> ASSAULT aerial, the eighteenth and
    # twenty-fifth sets' Turkish raids and campaign in background sentences) and the ISIS suicide attack on Suruc that
    # killed 32 (inside "عقب", with its actor and place -> ASSAULT suicide-attack, the eleventh to twenty-second sets'
    # records; 20 July, twenty days before: not historical). Not coded: s6's "scattered attacks" of the PKK in the
    # south-eastern cities (a series, the sixth to thirtieth sets).
    "snn-92060d8b4e72": [
        ("PROTEST", "demo", 0, "تظاهر", "أنصار حزب العمال الكردستاني", None, "بلدة سيزر جنوب شرق تركيا", ""),
        ("ASSAULT", None, 0, "الاشتباكات", "الشرطة ومقاتلي الحزب", "ثلاثة أشخاص", "بلدة سيلوبي قرب الحدود العراقية والسورية", ""),
        ("COERCE", "restrict", 1, "نقاط تفتيش", "محتجون ملثمون", None, None, ""),
        ("ASSAULT", "crowd-control", 2, "الغاز المسيل للدموع", "شرطة مكافحة الشغب", "المتظاهرين", None, ""),
        ("ASSAULT", "primitive", 2, "رشقوا", "المتظاهرين", "القوات", None, ""),
        ("ASSAULT", None, 3, "هجومين منفصلين", "المتمردون", "جنديين", "إقليمي فان واغري", ""),
        ("ASSAULT", None, 4, "هجوم", "إرهابيون", "سيارة مصفحة تابعة للشرطة", "منطقة \"جزرة\" التابعة لولاية \"شرناق\"", ""),
        ("ASSAULT", "heavy-weapons", 5, "أطلقوا قذيفة صاروخية", "الإرهابيين", "سيارة مصفحة تابعة للشرطة", None, ""),
        ("ASSAULT", "aerial", 6, "غارات", ("تركيا", 1), "مواقع تابعة لمنظمة \"بي كا كا\"، وتنظيم داعش\u00a0الإرهابيين", "شمالي العراق وسورية", ""),
        ("ASSAULT", "suicide-attack", 6, "هجوم انتحاري", ("داعش", 2), "32 شخصًا", "بلدة سورج التركية", ""),
    ],
    # Al-Riyadh sports: al-Ruwaili: I do not mind moving to Al-Ettifaq (25 July). A goalkeeper's possible transfer,
    # his statements, and Mohammed Kanno joining his team's camp in Turkey after the management accepted his apology
    # (club and contract business, the twenty-sixth set's Kanno report included): none.
    "snn-0b51e1e48270": [],
    # Al-Weeam: Saudi Arabia and Turkey cooperate in prison training and rehabilitation (11 August). s0 the
    # Director-General of Prisons receiving the Turkish justice minister's adviser and the director-general of the
    # Turkish prisons with their delegation (-> CONSULT visit, the visitors as actor and the host as recipient, the
    # twenty-ninth set's "استقبل"); s3 the preliminary agreement to form a working team of the two countries to study
    # the Turkish electronic bracelet (-> AGREE, actor null: passive, the twenty-second and twenty-fifth sets' "تم
    # الاتفاق"); s4 the exchange of gifts between the two delegations (gifts -> AID, the second to seventeenth sets;
    # an exchange: both sides as one actor); s6 the visit to the Women's Capacity Development Centre on the margin of
    # the visit (a programme item at a new place -> CONSULT visit, the seventeenth set's Military Academy, the centre
    # as recipient; actor null: passive); s10 the agreement on joint training programmes (-> AGREE) and the head of
    # the Turkish delegation's praise in the visitors' book (-> SUPPORT, the sixteenth, seventeenth and twenty-third
    # sets' thanks). Not coded: s0's conveyed welcome of Prince Mohammed bin Nayef (a courtesy), s1 (the visit's aims),
    # s2 and s3's other discussions (the meeting of s0), s2's "نالت إعجاب الوفد التركي" (an impression in a relative
    # clause), s5 (the attendance), s7-s9 (the centre's reception, presentation and tour: the s6 visit), s11 (link
    # line).
    "snn-895e0de2171a": [
        ("CONSULT", "visit", 0, "استقبل", "مستشار وزير العدل التركي السيد بصري باغجي والمدير العام للسجون ودور التوقيف التركية أنيس بيلدريم", "مدير عام السجون اللواء إبراهيم الحمزي", None, ""),
        ("AGREE", None, 3, "الاتفاق المبدئي", None, None, None, ""),
        ("AID", None, 4, "تبادل الهدايا", "الوفدين", None, None, ""),
        ("CONSULT", "visit", 6, ("زيارة", 2), None, "مركز تطوير القدرات النسائية", None, ""),
        ("AGREE", None, 10, "تم الاتفاق", None, None, None, ""),
        ("SUPPORT", None, 10, "أثنى", "رئيس الوفد التركي", None, None, ""),
    ],
    # Al-Eqtisadiah: "Occasions" (22 July), a round-up of local Eid events. Festivals opened, ceremonies held and
    # closed (inaugurations and ceremonies, the sixth, eleventh, twelfth, nineteenth sets: not coded), and s7 the Riyadh
    # municipality's visit to inpatients in the city's hospitals (-> CONSULT visit, the eighth set's "وفد من أمانة
    # منطقة الرياض" visit to patients) with flowers, sweets and gifts (-> AID). Not coded: s0-s6 (the Haql, Qatif,
    # Umluj and al-Khazna festivities and the al-Ahsa disabled persons' party), s8 (picture credit).
    "snn-c6b084fcfb06": [
        ("CONSULT", "visit", 7, "زيارة", "أمانة منطقة الرياض", "عدد من المنومين", "مستشفيات مدينة الرياض", ""),
        ("AID", None, 7, "توزيع الورد والحلوى والهدايا", "أمانة منطقة الرياض", "عدد من المنومين", None, ""),
    ],
    # Asharq Al-Awsat: Lavrov after meeting his US counterpart: no common approach to fighting ISIS (6 August). s0
    # Lavrov's meeting, the second in days, with Kerry (-> CONSULT, mode null: talks outside a visit, neither side
    # hosting, the twelfth to thirtieth sets); s3 Lavrov's statement that Obama appears to have been lying in 2009 on
    # the missile shield (-> ACCUSE allege); s7 Kerry and Lavrov taking part in the ASEAN meeting (-> CONSULT
    # multilateral, the third set's Kerry at ASEAN); s8 the meeting of Monday in Doha with the Saudi foreign minister
    # al-Jubeir on Syria (-> CONSULT, mode null, the fourth set's Doha talks; passive: actor null; three days before:
    # not historical); s9 Lavrov's criticism of Washington's announced intention to take further steps to defend
    # the Syrian fighters it trained (-> ACCUSE disapprove; the criticised intention not coded apart). Not coded: s0-s2
    # (the statements' content: agreement on the threat, no common approach), s4-s5 (s3's interview quoted), s6 (the
    # earlier announcement of the s0 meeting), s9's US training (a standing programme).
    "snn-ba0bff26ea71": [
        ("CONSULT", None, 0, "اجتماع", "وزير الخارجية الروسي سيرجي لافروف", "نظيره الاميركي جون كيري", None, ""),
        ("ACCUSE", "allege", 3, "يكذب", "لافروف", "الرئيس الاميركي باراك أوباما", None, ""),
        ("CONSULT", "multilateral", 7, "يشارك", "كيري ولافروف", "رابطة دول جنوب شرقي آسيا (آسيان)", None, ""),
        ("CONSULT", None, 8, "اجتماعا", None, "وزير الخارجية السعودي عادل الجبير", "الدوحة", ""),
        ("ACCUSE", "disapprove", 9, "انتقاده", "لافروف", "واشنطن", None, ""),
    ],
    # Al-Yaum: Tunisian security dismantles a "terrorist cell" (6 August). s0 the security forces' dismantling of a
    # cell planning attacks (-> COERCE arrest; s3 names its six members) after they tightened their security measures
    # (inside "بعد ان", with its actor, reported nowhere else -> MOBILIZE police, the ninth set's "شددت"); s1 the gunman
    # who killed 38 tourists, most of them British, shooting his way to a hotel beach in Sousse in late June (->
    # ASSAULT firearms; more than five weeks before the article: historical, the thirtieth set's Sousse attack); s3
    # the Interior Ministry's statement: the national unit for terrorism crimes' arrest of six elements in
    # al-Dahmani, Kef, in a pre-emptive operation (new actor, number and place -> its own COERCE arrest); s5 the
    # statement's charge that the group was planning to target sensitive security installations in Kef and Tunis
    # (-> ACCUSE allege, "البيان" as actor; the planned attack, the charged act, not coded apart). Not coded: s0's
    # Sousse attack in "في اعقاب" (reported in s1), s2 (its place among attacks), s4 (the security forces' pursuit of
    # the Okba Ibn Nafaa group in the mountains: a standing campaign), s6 (dozens arrested in the campaign since the
    # Sousse attack: a six-week series).
    "snn-821289fbb0ab": [
        ("COERCE", "arrest", 0, "فككت", "قوات الامن", "«خلية ارهابية»", None, ""),
        ("MOBILIZE", "police", 0, "شددت اجراءاتها الامنية", "قوات الامن", None, None, ""),
        ("ASSAULT", "firearms", 1, "قتل", "مسلح", "38 سائحًا", "شاطئ فندق في مدينة سوسة الساحلية", "H"),
        ("COERCE", "arrest", 3, "إيقاف", "الوحدة الوطنية للأبحاث في جرائم الإرهاب للمصالح المختصة", "6 عناصر", "جهة الدهماني (في محافظة) الكاف", ""),
        ("ACCUSE", "allege", 5, "بصدد التخطيط لاستهداف منشآت أمنية حساسة", "البيان", "المجموعة", None, ""),
    ],
    # Al-Riyadh column: "A new media discourse against ISIS terrorism" (10 August). s0 the arrest two years ago of the
    # suicide bomber Yousef al-Sulaiman, then nineteen (a fact stated in the column -> COERCE arrest, passive: actor
    # null; two years before: historical). Not coded: s0's "جريمته" (the Asir mosque bombing, a bare anaphoric
    # mention, reported by earlier sets) and his broadcast words, s1-s10 (the columnist's views on the media
    # discourse; s2 and s5 lone ".").
    "snn-1a186fda6db9": [
        ("COERCE", "arrest", 0, "القبض", None, "المنتحر الهالك يوسف السليمان", None, "H"),
    ],
    # Al-Madina: the Lebanese justice minister: Aoun is a cover for Hezbollah's and Iran's project (10 August). s0
    # Ashraf Rifi's statement that without the military uniform General Aoun would not have reached his place in
    # politics (a disparaging statement -> ACCUSE disapprove); s1 his statement that the Future Movement cannot accept
    # Aoun as president (-> REJECT, mode null, the movement named as the refusing party) because he gave Christian
    # cover to the project of Hezbollah and Iran (a charge -> ACCUSE allege; "وأكد": actor null; Aoun's past doubts on
    # Rafik Hariri and his toppling of Saad Hariri's government are the grounds of the charge, not coded apart); s4 the
    # army's detention at al-Masnaa, Bekaa, of thirteen Syrians moving without legal papers (-> COERCE arrest); s6
    # Michel Aoun's violent attack on the government and the army commander Jean Kahwaji (-> ACCUSE disapprove); s7
    # Aoun's rejection of the extension of the security chiefs' terms (-> REJECT, mode null), his insistence on
    # appointing replacements (a call for a change of officials -> REQUEST change, PLOVER "calls for dismissal of
    # officials"; the named subject "عون" kept for "ويصرّ") and his claim that the government is attempting a coup
    # (-> ACCUSE allege); s10 his "beware, Jean Kahwaji, of sending the army against us" (a forceful warning without a
    # named force -> THREATEN, mode null, the latest sets) and his charge that the army commander politicises the
    # military institution (-> ACCUSE allege; "وقال", "متهما": actor null). Not coded: s2 (a prediction), s3 (MP
    # Janjanian's views on the government's survival and the Lebanese Forces' stance), s5 (the detainees handed over:
    # s4 restated), s7's defence minister's extension of the security chiefs (an internal appointment decision, no
    # PLOVER event) and the attack restated, s8-s9 (the attack quoted on: the government's "arbitrary" decisions, "the
    # government of rubbish"; the bloc's extraordinary meeting, internal to a party).
    "snn-112e27fcffd1": [
        ("ACCUSE", "disapprove", 0, "لولا البزة العسكرية", "وزير العدل أشرف ريفي", "العماد عون", None, ""),
        ("REJECT", None, 1, "يقبل", "تيار المستقبل", ("عون", 1), None, ""),
        ("ACCUSE", "allege", 1, "تأمين الغطاء المسيحي", None, ("عون", 1), None, ""),
        ("COERCE", "arrest", 4, "أوقفت", "قوى الجيش", "ثلاثة عشر شخصاً من التابعية السورية", "محلة المصنع - البقاع", ""),
        ("ACCUSE", "disapprove", 6, "شنّ هجومًا عنيفًا", "رئيس تكتل التغيير والاصلاح العماد ميشال عون", "الحكومة وقائد الجيش العماد جان قهوجي", None, ""),
        ("REJECT", None, 7, "يرفض", ("عون", 2), None, None, ""),
        ("REQUEST", "change", 7, "يصرّ على تعيين بدلاء", ("عون", 2), None, None, ""),
        ("ACCUSE", "allege", 7, "زعم", "النائب العماد ميشال عون", ("الحكومة", 2), None, ""),
        ("THREATEN", None, 10, "إياك", None, "جان قهوجي", None, ""),
        ("ACCUSE", "allege", 10, "متهما", None, "قائد الجيش", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
