"""Build events-blind19.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (nineteenth events blind set; same layout and guidelines as the first
eighteen sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind18.jsonl and their blind/ ..
blind18/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind19.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind19.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Weeam: the Aflaj governor sponsors the opening of the "Basmat Eid" festival tomorrow (the youth
    # welfare presidency and the Al-Tobad club; two days of programmes, poetry evenings; the organisers' open
    # invitation to the residents to attend): a local festival; the patronage of an opening is not a visit
    # (sixth set's Baha emir opening a centre), the public invitation to a celebration is no political
    # invitation (ninth set's AGREE for invitations concerns official visits): none.
    "snn-4cebaf3ab02d": [],
    # Asharq Al-Awsat: the draw of the Arab volleyball championship puts the Saudi team in the "iron group"
    # (its matches, its camp in Egypt, the vice-president of the federation on the preparations): sport: none.
    "snn-82b37c5bfff9": [],
    # Al-Jazirah: the first day of the "Abha Yajmaana" festival (8 events, 59 activities, the Soudah heritage
    # village, fireworks; "زيارة قرية رجال" is a tourist activity of the programme; the organiser on the
    # emir's directives): tourism news: none.
    "snn-b16e51628224": [],
    # Al-Weeam: the University of Jeddah announces lecturer and teaching-assistant posts at its Al-Kamil
    # branch (conditions; "زيارة الموقع الإلكتروني" is an instruction to applicants): a job notice: none.
    "snn-dbfc4789f487": [],
    # Al-Madina column "هل أصبحت إيران دولة عظمى؟!" (21 July). Columns: events stated as facts are coded,
    # opinions, questions and general practices are not (fourteenth/seventeenth/eighteenth sets). s11 the
    # hard-line daily Kayhan, close to the Supreme Leader, writing days before that the nuclear agreement is
    # "a deception and a new defeat" (opposition to the deal stated as a dated act of a named party -> REJECT,
    # mode null, tenth set's Netanyahu "historic mistake" and fifth set's "معارضة"; the deal as recipient,
    # "الاتفاق النووي" second occurrence; "قبل أيام": not historical). Not coded: s0 (Iran's financing of
    # terrorism since 1979: the writer's standing characterisation), s1 and s11's "الاتفاق النووي الأخير"
    # (the deal as an object, without a verb or parties: thirteenth set's Okaz column), s2-s7 (opinion and
    # rhetorical questions, the lone "!" and "." sentences), s8 (the unemployment and poverty figures; the
    # "violent demonstrations" met with repression and the ban on social media: an undated, unplaced
    # generalisation introduced by "من الطبيعي جداً", no specific act, as the eighteenth set's "كانوا جاهزين
    # للاحتجاج" and the fourteenth set's general statements in columns), s10 (Iran's announced "achievements":
    # propaganda claims, no PLOVER type), s11's "التنازلات الإيرانية للغرب" (the content of Kayhan's
    # criticism), s12-s14 (a quotation and opinion), s15 (opinion), s16-s18 (the e-mail address cut at every
    # "." and the SMS footer).
    "snn-bedd8ef1f39b": [
        ("REJECT", None, 11, "خدعة وهزيمة جديدة", "صحيفة (كيهان)", ("الاتفاق النووي", 2), None, ""),
    ],
    # Al-Riyadh: Saudi students in Britain act as guides on Twitter for visitors and for the fans of the Saudi
    # Super Cup in London (advice, tickets, accounts for new students, contact with the embassy): a human-
    # interest report: none.
    "snn-094a1bfc66ad": [],
    # SPA: the cabinet session chaired by the Deputy Custodian of the Two Holy Mosques, first addition (the
    # minister of culture and information's statement, Monday 10 August). s0 the cabinet's praise of the deep
    # relations with the Hashemite Kingdom of Jordan (-> SUPPORT, twelfth set's "نوه"; "مجلس الوزراء" first
    # occurrence, the second inside the prince's title), Prince Mohammed bin Salman's visit to Jordan and his
    # meeting with King Abdullah II and officials there (-> CONSULT visit, one record, the meeting is the
    # visit's; the king second occurrence; "للأردن" kept whole, the article's alif elided; days before: not
    # historical) and the agreement in the joint final statement on the importance of strengthening the
    # strategic, political, economic, military and security cooperation between the two countries (an
    # agreement reached in the talks -> AGREE, eighteenth set's "اتفق الرئيسان" on the importance of
    # cooperation; "البلدين" first occurrence); s1 the cabinet's welcome of the joint statement of the GCC
    # foreign ministers' and the GCC secretary-general's meeting with the US secretary of state in Doha (->
    # SUPPORT, eleventh set's "رحب ... إعلان القاهرة"; "بالبيان": the fused ب left out) and that meeting
    # itself (in an attributive clause with its parties and place, reported nowhere else -> CONSULT
    # multilateral, eighth/eighteenth sets' same Doha meeting), the Camp David summit of 14 May 2015 where
    # the areas of cooperation were announced (a relative clause with its place and date -> CONSULT
    # multilateral [H], about three months before; parties not named: actor null), the cabinet's welcome of
    # the statement of the Arab Peace Initiative committee (-> SUPPORT, a second recipient: "رحب" second
    # occurrence) and that committee's emergency meeting in Cairo (-> CONSULT multilateral, ninth set's
    # "لجنة مبادرة السلام العربية ... القاهرة"; "بالقاهرة": the fused ب left out). Not coded: s0's
    # "وشدد مجلس الوزراء على ما اشتمل عليه البيان" (the cabinet restating its own side's statement), the
    # "joint action against terrorism" and "security of the two countries" (the statement's content), s1's
    # reports reviewed, the purpose of the Doha meeting, the committee's calls to list settler groups as
    # terrorist organisations, to prosecute them and "ضرورة تحميل" Israel responsibility (the content of the
    # welcomed statement, eighth/eighteenth sets: a statement's content not coded; the settlers' "crimes" a
    # series), s2-s3 (the agency's continuation mark and time stamp).
    "snn-8946339d4c70": [
        ("SUPPORT", None, 0, "نوه", ("مجلس الوزراء", 1), "المملكة الأردنية الهاشمية", None, ""),
        ("CONSULT", "visit", 0, ("زيارة", 1), "صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع", ("جلالة الملك عبدالله الثاني", 2), "للأردن", ""),
        ("AGREE", None, 0, "اتفاق", ("البلدين", 1), None, None, ""),
        ("SUPPORT", None, 1, ("رحب", 1), "مجلس الوزراء", "البيان المشترك", None, ""),
        ("CONSULT", "multilateral", 1, ("اجتماع", 1), "وزراء خارجية دول مجلس التعاون لدول الخليج العربية والأمين العام للمجلس", "وزير خارجية الولايات المتحدة الأمريكية", "الدوحة", ""),
        ("CONSULT", "multilateral", 1, "قمة", None, None, "كامب ديفيد", "H"),
        ("SUPPORT", None, 1, ("رحب", 2), "مجلس الوزراء", "البيان الصادر عن لجنة مبادرة السلام العربية", None, ""),
        ("CONSULT", "multilateral", 1, "اجتماعها الطارئ", "لجنة مبادرة السلام العربية", None, "القاهرة", ""),
    ],
    # Okaz: Russia is sure the Syrian regime is collapsing and thinks of an alternative (sources in the Syrian
    # National Coalition's presidency, 9 August). s1 the coalition's acceptance of a visit to Moscow this week
    # (accepting an invitation -> AGREE, eighth set's "تلبية دعوة"; the visit itself is its content, coded
    # in s6; "الائتلاف" second occurrence); s2 the sources: Mikhail Bogdanov, the Russian foreign ministry's
    # Syria file man, told regional states of Russia's readiness to abandon Assad if an alternative with
    # the consensus of all Syrian parties is found (a conditional verbal concession conveyed to named
    # recipients -> CONCEDE, PLOVER "verbal concessions ... promise of future concessions"; the readiness is
    # declared: not flagged, as the first set's conditional threat); s4 the sources' praise of the Russian-US
    # agreement of the day before yesterday that approved prosecuting those responsible for the chemical
    # attacks (praise -> SUPPORT, a clause without its subject: actor null, eighteenth set's clause rule;
    # the agreement with its parties -> AGREE, "الروسي الأمريكي" the adjectives standing for the parties as
    # the eighth set's "الخليجي الأمريكي"; its content not coded apart); s6 the coalition president Khaled
    # Khoja to meet the Russian foreign minister Lavrov in Moscow on the 12th (a planned visit -> CONSULT visit
    # [F], eleventh to eighteenth sets) within a Russian invitation to the coalition (an invitation -> AGREE,
    # fifth/eighth/ninth/fourteenth sets; "روسية" the adjective standing for the party; "للائتلاف" kept
    # whole); s7 the rocket shells that fell on al-Thawra and Baghdad streets and Bab Touma in Damascus
    # yesterday, acknowledged by the regime (-> ASSAULT heavy-weapons, eighteenth/fourteenth sets' "سقوط
    # صاروخ"; actor not named; the streets and quarter as the place); s8 SANA: five killed, 37 wounded by the
    # shells fired from the positions of the "resistance factions" in Jobar (new content: the firing party ->
    # ASSAULT heavy-weapons; Jobar is the firing position, not the place hit: location null); s10 Davutoglu's
    # visit to a border military post in Elbeyli, Kilis province (an official's field visit to his forces ->
    # CONSULT visit, third set's Carter visiting the counter-terrorism forces, fourteenth set's minister's
    # field visit) and the Turkish soldier killed last month in clashes with ISIS on the Syrian side of the
    # border (inside a relative clause with its parties, reported nowhere else -> ASSAULT, clashes: mode null;
    # the soldier as recipient; about two and a half weeks before, the reason of the visit's place: not
    # historical, fifteenth/eighteenth sets' Suruc; "الجانب السوري من الحدود" vague: location null). Not
    # coded: s0 (the sources' analysis; Assad's recent speech admitting his army's fatigue and losses: a
    # speech), s1's Russian "media ceiling" (analysis), s3 (speculation), s4's content of the agreement, s5
    # (Assad's removal of known faces, the discontent, the "failed war": general and standing), s6's "الموقف
    # الروسي بدى أقل صلابة" (assessment), s9 (the Observatory's toll: the s8 shelling restated).
    "snn-b21892754e59": [
        ("AGREE", None, 1, "قبول", ("الائتلاف", 2), None, None, ""),
        ("CONCEDE", None, 2, "استعداد روسيا التخلي عن الأسد", "مهندس الملف السوري في الخارجية الروسية ميخائيل بوغدانوف", "دولا إقليمية", None, ""),
        ("SUPPORT", None, 4, "منوهة", None, "الاتفاق الروسي الأمريكي", None, ""),
        ("AGREE", None, 4, "الاتفاق", "الروسي الأمريكي", None, None, ""),
        ("CONSULT", "visit", 6, "يلتقي", "رئيس الائتلاف السوري الدكتور خالد خوجة", "وزير الخارجية الروسي سيرجي لافروف", "موسكو", "F"),
        ("AGREE", None, 6, "دعوة روسية", "روسية", "للائتلاف", None, ""),
        ("ASSAULT", "heavy-weapons", 7, "سقوط قذائف صاروخية", None, None, "شارعي الثورة وبغداد وحي باب توما", ""),
        ("ASSAULT", "heavy-weapons", 8, "القذائف التي أطلقت", "فصائل المقاومة", "5 أشخاص", None, ""),
        ("CONSULT", "visit", 10, "زار", "رئيس الوزراء التركي أحمد داود أوغلو", None, "بلدة ايلبيلي بإقليم كيليس", ""),
        ("ASSAULT", None, 10, "اشتباكات", "تنظيم داعش", "جندي تركي", None, ""),
    ],
    # Al-Riyadh: Ettifaq's candidate for secretary-general, Al-Qasim, on the "new Ettifaq" list, the fans and
    # the acting board; the friendly lost to a Turkish club; an assistant coach joins. s5 his thanks and
    # appreciation to the acting president and the two board members for accepting the task (thanks ->
    # SUPPORT, second to eighteenth sets, fifth set's Najran spokesman's thanks; the subject implied: actor
    # null; the three thanked in one phrase; "للرئيس": the article's alif elided, kept). Not coded: s0-s3 and
    # s6 (the list's aims, the postponed meeting with the fans, the fans' council: club business and an
    # internal meeting), s4 (his assessment of the acting board, answering a question: the same praise in
    # the form of an opinion, coded once as the thanks of s5), s7-s8 (a friendly match), s9 (the assistant
    # coach's contract: club business, eighth/ninth/twelfth/seventeenth sets).
    "snn-ecc60c156538": [
        ("SUPPORT", None, 5, "شكره وتقديره", None, "للرئيس المكلف وعضوا الإدارة يوسف السيد وعدنان المعيبد", None, ""),
    ],
    # Asharq Al-Awsat: Russia kills eight ISIS-pledged militants in the Caucasus (Sunday 2 August). s0 the
    # Russian security services' announcement that they killed eight extremists (-> ASSAULT, method not stated
    # in s0: mode null; "في منطقة القوقاز" belongs to the militants' attacks: location null) who had pledged
    # allegiance to ISIS (in a relative clause with its parties -> SUPPORT [H], third set's "بايعت مؤخرًا
    # تنظيم داعش" as SUPPORT [H]; s3 dates it "أخيرًا", recalled background of the killing); s1 the national
    # anti-terrorism committee: the special forces clashed with "a group of gunmen" in a mountain forest area
    # near Chechnya (new content: actor and method -> ASSAULT, clashes: mode null; the place is an unnamed area
    # near Chechnya: vague, location null, eleventh set's "قرب الحدود السورية"); s3 the committee: the gunmen
    # were involved in killing policemen and other crimes (a charge -> ACCUSE allege, fourteenth set's police
    # evidence of murders; the alleged killings not coded; the pledge restated); s4 one of the dead, Adam
    # Tagilov, led an attack in Grozny in December 2014 (a relative clause with its actor and place ->
    # ASSAULT [H], mode null); s5 fourteen security officers killed then when gunmen stormed buildings in
    # Grozny (new content: the victims and the storming -> ASSAULT [H], ninth set's "اقتحموا" mode null); s6
    # the pledge of allegiance to ISIS announced in June by extremist fighters of four Caucasus republics (->
    # SUPPORT [H], six weeks or more before: five-week rule) and ISIS's acceptance of it (accepting an offer ->
    # AGREE [H]; recipient null, the pledge is the object); s7 the two wars Moscow fought with the separatists
    # in Chechnya (a recalled war with its actor, adversary and place inside "منذ أن", reported nowhere else ->
    # ASSAULT [H], mode null; this set's rule for recalled wars, see SOURCE). Not coded: s0's "يقفون وراء
    # هجمات" (a series), s2 (the killing restated with its toll), s6's appointment of a "wali" (internal to
    # ISIS), s7's thousands of citizens who travelled to fight in Syria and the standing insurgency (general).
    "snn-aa2dc0e6bc92": [
        ("ASSAULT", None, 0, "قتلت", "اجهزة الامن الروسية", "ثمانية متطرفين", None, ""),
        ("SUPPORT", None, 0, "بايعوا", "ثمانية متطرفين", "تنظيم «داعش»", None, "H"),
        ("ASSAULT", None, 1, "اشتبكت", "القوات الخاصة", "«مجموعة من المسلحين»", None, ""),
        ("ACCUSE", "allege", 3, "متورطين", "اللجنة", "المسلحين", None, ""),
        ("ASSAULT", None, 4, "هجوما", "آدم تاغيلوف", None, "العاصمة الشيشانية غروزني", "H"),
        ("ASSAULT", None, 5, "اقتحم", "مسلحون", "14 ضابط أمن", "غروزني", "H"),
        ("SUPPORT", None, 6, ("مبايعة", 1), "مقاتلون متطرفون من اربع جمهوريات من القوقاز الروسي", "تنظيم «داعش»", None, "H"),
        ("AGREE", None, 6, "قبل", "التنظيم المتطرف", None, None, "H"),
        ("ASSAULT", None, 7, "حربين", "موسكو", "الانفصاليين", "الشيشان", "H"),
    ],
    # Al-Jazirah: Tunisia and Russia towards a strategic partnership agreement (the Tunisian ambassador Ali
    # Goutali to Sputnik, Monday 20 July). s0 the two countries' intention to sign a strategic partnership
    # agreement (a planned signing -> AGREE [F], eleventh set's "قبل توقيعه رسميا"); s2 the joint committee's
    # meeting planned in Moscow in October (-> CONSULT [F], a bilateral committee: mode null, talks outside a
    # visit, twelfth to eighteenth sets); s3 the planned political talks at foreign-minister level (-> CONSULT
    # [F], mode null; "نحن" with the subject of "قال" implied: actor null); s4 "اتفقنا على إقامة شراكة
    # استراتيجية" (an agreement reached in principle, distinct from the planned signing of s0 -> AGREE; the
    # named speaker kept for the quoted "we", eighteenth set's Abu Marzouk); s7 the ambassador: "we discussed
    # it with the ministry of economic development and the central bank" (talks -> CONSULT, mode null; the
    # named speaker kept); s8 Russia's and Tunisia's agreement to form a working group on the payment
    # mechanism (-> AGREE). Not coded: s1 (the planned signing restated by the ambassador; "نعمل بالفعل على
    # اتفاقية": work on the text), s2's "فرصة جيدة للتوقيع" (the same signing), s4's planned industrial centre
    # (the content of the agreement), s5 (a lone "."), s6 and s7's "ندرس" / "تدرسان" (studies), s9-s11 (trade
    # and tourism figures).
    "snn-e69de086ef19": [
        ("AGREE", None, 0, "التوقيع", "روسيا وتونس", None, None, "F"),
        ("CONSULT", None, 2, "اجتماعا", "اللجنة المشتركة بين البلدين", None, "موسكو", "F"),
        ("CONSULT", None, 3, "محادثات سياسية", None, None, None, "F"),
        ("AGREE", None, 4, "اتفقنا", "السفير قوطالي", None, None, ""),
        ("CONSULT", None, 7, "ناقشنا", "قوطالي", "وزارة التنمية الاقتصادية والمصرف المركزي", None, ""),
        ("AGREE", None, 8, "اتفاق", "روسيا وتونس", None, None, ""),
    ],
    # Okaz: weak air flow of the new air conditioners in the Mina camps; two companies, Saudi and Australian,
    # offer improved units (the finance ministry's source, the Supreme Hajj Committee, "تم الاتفاق مع الشركة"):
    # public procurement and works (second/third/sixth/seventh/fifteenth/eighteenth sets' contracts not coded),
    # the final meeting to choose an offer (an internal meeting): none.
    "snn-b426c6e5589b": [],
    # Al-Watan column "التهديد مازال مستمرا" (25 July) on Khamenei's speech of Saturday (18 July). Columns:
    # events stated as facts are coded (fourteenth/seventeenth/eighteenth sets). s0 Khamenei's speech with
    # its "threatening hints" at Bahrain (a dated speech of a named leader -> THREATEN, mode null: the threat's
    # content is not stated; "للبحرين" kept whole, the article's alif elided; a week before: not historical)
    # and his affirmation that his country will go on supporting the militias (a stated commitment -> AGREE,
    # sixteenth set's "ووعد خامنئي باستمرار دعم" from the same speech); s1 Obama's speech to Israel and his
    # promises to back it with more weapons and equipment (broad promises of future aid -> AGREE, PLOVER;
    # "الرجل القابع في البيت الأبيض" is the column's phrase naming him; Israel named in the sentence); s2
    # Iran's signing of the agreement (a deal with a verb and a party -> AGREE, once per article, thirteenth
    # set's China column; "إيران" inside "فإيران": the fused ف left out). Not coded: s0's "إثارة القلاقل
    # كمنهج" (the writer's characterisation), s1's "لا يهمه السلوك الإيراني" (opinion), s2's lifting of
    # sanctions and hard currency (a prediction) and "عدها انتصارا" (a claim, opinion), s3 (the s0 speech
    # restated), s4-s8 (lone dots and rhetorical questions), s9's "كما فعلت في اليمن" (an allusion), s10 (the
    # writer's wishes: a summit, a boycott), s10's "ترديد التهديدات" and s11 (standing; the deal as an object).
    "snn-1d106a18b072": [
        ("THREATEN", None, 0, "إشاراته التهديدية", "السيد علي خامنئي", "للبحرين", None, ""),
        ("AGREE", None, 0, "تأكيده على استمرار", "السيد علي خامنئي", "الميليشيات", None, ""),
        ("AGREE", None, 1, "الوعود بدعمها", "الرجل القابع في البيت الأبيض", "إسرائيل", None, ""),
        ("AGREE", None, 2, "بتوقيع الاتفاقية", "إيران", None, None, ""),
    ],
    # Al-Watan: Russia: eight ISIS militants killed in the Caucasus (the same agency copy as this set's
    # Asharq Al-Awsat snn-aa2dc0e6bc92, a day later; both drawn, coded alike). s0 the security services
    # killing eight militants (-> ASSAULT) who had pledged allegiance to ISIS (-> SUPPORT [H], as in the
    # other article); s1 the special forces' clash with a group of gunmen in a mountain forest area near
    # Chechnya (-> ASSAULT, mode null; vague place: location null); s2 the committee: the eight were involved
    # in killing policemen (-> ACCUSE allege; the killing and the pledge restated); s3 Tagilov's attack in
    # Grozny in December 2014 (-> ASSAULT [H]); s4 the gunmen storming buildings in Grozny, 14 officers killed
    # (-> ASSAULT [H]). Not coded: s0's "يقفون وراء هجمات" (a series).
    "snn-82b31c2b949d": [
        ("ASSAULT", None, 0, "قتلت", "أجهزة الأمن الروسية", "ثمانية إسلاميين متشددين", None, ""),
        ("SUPPORT", None, 0, "بايعوا", "ثمانية إسلاميين متشددين", "تنظيم داعش", None, "H"),
        ("ASSAULT", None, 1, "اشتبكت", "القوات الخاصة", "مجموعة من المسلحين", None, ""),
        ("ACCUSE", "allege", 2, "متورطين", "اللجنة", "ثمانية مسلحين", None, ""),
        ("ASSAULT", None, 3, "هجوما", "آدم تاجيلوف", None, "العاصمة الشيشانية جروزني", "H"),
        ("ASSAULT", None, 4, "اقتحم", "مسلحون", "14 ضابط أمن", "جروزني", "H"),
    ],
    # Al-Eqtisadiah: the Popular Resistance takes presidential and military buildings in Aden (Tuesday 21
    # July). s0 the resistance and the loyal army units completing the sweep of homes, government offices,
    # the presidential palace, the radio and television, political security and the Fourth Region command in
    # Aden (taking and searching positions -> COERCE seize, fourth set's "تمشيط", first to thirteenth sets'
    # captures; "عدن" first occurrence), after three days of besieging the Houthi militias and gunmen (inside
    # "بعد", with its actor and target, reported nowhere else -> COERCE restrict, eleventh/fourteenth sets'
    # sieges; the named subject kept as actor) and their refusal to surrender (-> REJECT yield, third set's
    # "رفضت تسليمه"), and the army's and resistance's control of the other districts of Aden (inside "بعد",
    # with its own actor and place -> COERCE seize; "عدن" third occurrence; the last days: not historical); s1
    # the resistance leader Abu Mohammed al-Adani: snipers still in the Maashiq buildings in Crater, besieged
    # (-> COERCE restrict, passive: actor null), with clashes going on against them (-> ASSAULT, mode null,
    # actor not named) and refusing to surrender (-> REJECT yield), "no choice for them but to surrender or
    # die" (a warning with death as its content -> THREATEN violence, eighth set's "المصير المحتوم"; the
    # threat explicit here, hence the mode); s2 al-Adani: the Houthi militias' massacre of children and
    # civilians in Dar Saad by random Katyusha shelling the day before, 43 killed and 173 wounded per the
    # Aden health office (-> ASSAULT heavy-weapons, one record: the health office's toll and the "Houthi and
    # Saleh militias" are the same shelling in the same sentence; "ميليشيات الحوثي" and "دار سعد" first
    # occurrences); s3 dozens of Houthis surrendering in al-Tawahi (-> RETREAT disarm, fifteenth set's
    # "تسليم أنفسهم"); s5 the transport minister Badr Basalama: a specialised technical team arrived from the
    # UAE to restart Aden airport (-> AID, thirteenth set's relief plane at Aden airport; the restart its aim);
    # s10 his call on the international organisations to head to Aden's ports and airport to deliver relief
    # (a call for aid -> REQUEST assist; a clause without its subject after the lone "." of s9: actor null,
    # eighteenth set's clause rule); s12 his invitation to the human-rights organisations to come to Aden and
    # his invitation to all journalists (invitations to visit -> AGREE, eighth/ninth sets' invitations to
    # visit Aden; two recipients, two records; the named subject kept) and the "enormous tragedies the
    # Houthis committed in Aden" (his charge -> ACCUSE allege, eighteenth set's Yasin; inside a necessity
    # clause, but the charge itself is asserted). Not coded: s0's "خلايا نائمة" (a precaution), s2's standing
    # Houthi control of al-Alam and of Lahj, s3's "أصبحت المنطقة تحت سيطرت المقاومة" (the s0 sweep restated),
    # s4 (Hadi's appointment of al-Bakri as governor: an internal appointment, fourth to eighteenth sets), s6
    # and s9 (lone dots), s7 (the mobile tower: agentless, part of the s5 aid), s8 (the agreement with the
    # public works director to bring contractors: domestic procurement), s11 (the government's priorities),
    # s12's "ضرورة رصد" (necessity) and the government's readiness to arrange flights (part of the invitation).
    "snn-39204d7ffb7a": [
        ("COERCE", "seize", 0, "تمشيط", "المقاومة الشعبية ووحدات الجيش الموالي للشرعية", None, ("عدن", 1), ""),
        ("COERCE", "restrict", 0, "محاصرتهم", "المقاومة الشعبية ووحدات الجيش الموالي للشرعية", "ميليشيات الحوثي والمسلحين", None, ""),
        ("REJECT", "yield", 0, "رفضهم تسليم أنفسهم", "ميليشيات الحوثي والمسلحين", None, None, ""),
        ("COERCE", "seize", 0, "سيطرة", "الجيش والمقاومة", None, ("عدن", 3), ""),
        ("COERCE", "restrict", 1, "محاصرون", None, "قناصة", "مباني المعاشيق بكريتر", ""),
        ("ASSAULT", None, 1, "الاشتباك", None, "قناصة", "مباني المعاشيق بكريتر", ""),
        ("REJECT", "yield", 1, "يرفضون تسليم أنفسهم", "قناصة", None, None, ""),
        ("THREATEN", "violence", 1, "لا خيار أمامهم غير تسليم أنفسهم أو الموت", "أبو محمد العدني القيادي في المقاومة الشعبية", "قناصة", None, ""),
        ("ASSAULT", "heavy-weapons", 2, "قصف عشوائي بصواريخ الكاتوشا", ("ميليشيات الحوثي", 1), "الأطفال والمدنيين", ("دار سعد", 1), ""),
        ("RETREAT", "disarm", 3, "سلموا أنفسهم", "العشرات من الحوثيين", None, "منطقة التواهي", ""),
        ("AID", None, 5, "فريقا فنيا متخصصا وصل", "الإمارات", None, "مطار عدن الدولي", ""),
        ("REQUEST", "assist", 10, "داعيا", None, "المنظمات الدولية", None, ""),
        ("AGREE", None, 12, "دعا", "باسلمة", "المنظمات الحقوقية", None, ""),
        ("AGREE", None, 12, "وجه دعوة", "باسلمة", "الصحافيين والإعلاميين", None, ""),
        ("ACCUSE", "allege", 12, "المآسي المهولة التي ارتكبها", "باسلمة", "الحوثيون", None, ""),
    ],
    # Asharq Al-Awsat: Human Rights Watch accuses Israel of using unjustified force to arrest Palestinian
    # children (Monday 20 July). s0 the accusation (-> ACCUSE allege; the alleged force and threats not coded
    # as events of their own, thirteenth/fifteenth/sixteenth/eighteenth sets); s2 the director Sarah Leah
    # Whitson urging the US to press Israel to end the "abusive practices" (-> REQUEST change: the change of
    # practice sought; title and name one phrase); s3 the US defence secretary Carter visiting Israel at the
    # time (-> CONSULT visit, current); s10 the boy Rashid S. (11) arrested by members of the Israeli border
    # police in Jerusalem in November (a specific arrest in the report, not itself in dispute -> COERCE arrest
    # [H], ninth set's specific incident in the PLO report; the boy is named only in s9: recipient null); s11
    # the charge of throwing stones against him (-> ACCUSE allege [H], agentless, fourth to fourteenth sets'
    # "بتهمة") and the Israeli war on the Gaza Strip last summer (inside "بعد", with its actor and place,
    # reported nowhere else -> ASSAULT [H], mode null; this set's rule for recalled wars); s12 the riots in
    # Jerusalem (-> PROTEST riot [H], fourteenth set's Rakhine riots [H]), the wave of arrests that followed
    # (-> COERCE arrest [H]) and the car attacks (-> ASSAULT [H], mode null), all in Jerusalem the autumn
    # before; s13 the report on the violent arrest of the girl Malak al-Khatib (14) (-> COERCE arrest [H]:
    # last year's detentions, s1) on suspicion of throwing stones (-> ACCUSE allege [H], "بشبهة" as
    # "بتهمة"; the road in the West Bank is the place of the alleged stone-throwing: location null). Not coded:
    # s1 (the failure to notify the parents and the children detained last year: the charge restated and
    # generalised), s4-s6 (the report's findings: the charge restated with its details; the choking, stun
    # grenades and beatings are the alleged acts), s7 (no comment: no event), s8 (the ministry and the army
    # replying that the officials abided by the law: an answer to the charge without denying a specific act of
    # their own, fourteenth set's Moscow "لا توجد أدلة"), s9 (the boy's name, cut by "س."), s10's hood and
    # threatened beating, s14 (the mother's account of the soldiers beating Malak), s15-s17 (the families' and
    # children's accounts): testimony, the alleged acts of the charge.
    "snn-ccef7cffa4f2": [
        ("ACCUSE", "allege", 0, "اتهمت", 'منظمة "هيومن رايتس ووتش"', "اسرائيل", None, ""),
        ("REQUEST", "change", 2, "حثت", "سارة ليا ويتسن مديرة قسم الشرق الأوسط وشمال أفريقيا", "الولايات المتحدة", None, ""),
        ("CONSULT", "visit", 3, "يزور", "وزير الدفاع الاميركي اشتون كارتر", None, "اسرائيل", ""),
        ("COERCE", "arrest", 10, "اعتقل", "افراد من قوة شرطة حرس الحدود الإسرائيلية", None, "القدس", "H"),
        ("ACCUSE", "allege", 11, "اتهم", None, "الفتى", None, "H"),
        ("ASSAULT", None, 11, "الحرب", "الاسرائيلية", None, "قطاع غزة", "H"),
        ("PROTEST", "riot", 12, "اعمال شغب", None, None, "القدس", "H"),
        ("COERCE", "arrest", 12, "سلسلة اعتقالات واسعة", None, None, "القدس", "H"),
        ("ASSAULT", None, 12, "هجمات بالسيارات", None, None, "القدس", "H"),
        ("COERCE", "arrest", 13, "اعتقال", None, "الطفلة ملك الخطيب", None, "H"),
        ("ACCUSE", "allege", 13, "بشبهة", None, "الطفلة ملك الخطيب", None, "H"),
    ],
    # Al-Eqtisadiah: the loophole of article 6 of the disciplinary code (sanctions apply "internally" only)
    # that lets the four suspended Hilal and Nassr players play the Super Cup in London. The football
    # federation's disciplinary decisions are coded as a governing body's penalties (fifth set's UEFA body,
    # twelfth set's professional committee, borderline, non-political). s4 the lawyer Fahd Barbaa's text
    # message to the federation president Ahmed Eid pointing out the loophole, and Eid's reply (a remote
    # exchange between two named parties -> CONSULT phone, fourteenth/eighteenth sets; one record for the
    # exchange; the reply's content, the item on the agenda, not coded apart); s5 the disciplinary committee's
    # decisions suspending and fining Hassan al-Raheb, Mohammed Eid, Hussein Abdulghani and Nasser al-Shamrani
    # for their conduct in last season's King's Cup final (penalties by a governing body -> SANCTION, mode
    # null, fifth set; four recipients with their own penalties, four records, the named committee kept for
    # the passive "تم إيقاف"; "وكانت ... قد أصدرت", a decision after last season's final, the premise of the
    # present question: historical). Not coded: s0 (the federation "expected" to amend the article at its
    # meeting today: a prediction and an internal meeting, twelfth set's "يتوقع"), s1-s3 (the players' right
    # to play, the legal source's opinion and options), s4's London venue fixed at an earlier meeting
    # (internal).
    "snn-a8fc97cae178": [
        ("CONSULT", "phone", 4, "بعث برسالة جوال", "المحامي فهد بارباع مدير الاحتراف سابقا في نادي الأهلي", "أحمد عيد رئيس الاتحاد السعودي", None, ""),
        ("SANCTION", None, 5, ("إيقاف", 1), "لجنة الانضباط", "حسن الراهب", None, "H"),
        ("SANCTION", None, 5, ("إيقاف", 2), "لجنة الانضباط", "محمد عيد", None, "H"),
        ("SANCTION", None, 5, ("إيقاف", 3), "لجنة الانضباط", "حسين عبدالغني", None, "H"),
        ("SANCTION", None, 5, ("إيقاف", 4), "لجنة الانضباط", "ناصر الشمراني", None, "H"),
    ],
    # Al-Jazirah: the central committee of Greece's ruling Syriza approves an extraordinary congress in
    # September (Thursday 30 July). s1 the committee's approval of Prime Minister Tsipras's request (approving
    # a request -> AGREE, second set's "وافق مجلس الوزراء") and the agreement Athens concluded with its
    # creditors (the bailout agreement with its parties in a relative clause -> AGREE, once per article;
    # two and a half weeks before: not historical); s2 Tsipras's proposal at the opening of the meeting to hold
    # the congress (-> REQUEST meet: a congress is a meeting; recipient not named) and the opposition of some
    # of his party's pillars and ministers to the agreement (-> REJECT, fifth/tenth sets' opposition to an
    # agreement; "الاتفاق" first occurrence); s5 the committee's rejection of the proposal of the "Left
    # Platform" (-> REJECT; the named subject kept); s7 more than ten committee members resigning at the end
    # of the meeting (-> RETREAT resign, PLOVER; officials of the ruling party). Not coded: s0 (the caption),
    # s2's agreement restated, s3-s4 (the member Zachariadis on the vote: the s1 approval restated; the date not
    # fixed), s5's approval restated and the wings' opposition to the agreement (the s2 opposition restated),
    # s6 (the dissidents' wish: the rejected proposal restated).
    "snn-4f95bc128d33": [
        ("AGREE", None, 1, "وافقت", "اللجنة المركزية لحزب سيريزا الحاكم في اليونان", "رئيس الوزراء الكسيس تسيبراس", None, ""),
        ("AGREE", None, 1, "ابرمته", "اثينا", "دائنيها", None, ""),
        ("REQUEST", "meet", 2, "قدم", "زعيم الحزب تسيبراس", None, None, ""),
        ("REJECT", None, 2, "عارضه", "بعض من اركان حزبه واعضاء حكومته", ("الاتفاق", 1), None, ""),
        ("REJECT", None, 5, "رفضت", "اللجنة المركزية", "«منصة اليسار»", None, ""),
        ("RETREAT", "resign", 7, "استقالوا", "اكثر من عشرة من اعضاء اللجنة", None, None, ""),
    ],
    # Al-Madina: the Baha deputy emir takes part in the festivities of Bani Hasan (the folk shows at Prince
    # Mishari park, the circus, the governor's plans). s0 the deputy emir Dr Hamid al-Shamri's visit to the
    # park, where the governor of Bani Hasan received him (an official's field visit -> CONSULT visit, first/
    # fourteenth sets' field visits; the receiving governor as host; the governorate named in the sentence as
    # the place, "للمنتزه" anaphoric); s2 the governor al-Buqaisi's thanks to all who served the governorate
    # (-> SUPPORT, second to eighteenth sets' thanks). Not coded: s0's folk dances and the contractor's
    # programme, s1 (social committees' programmes), s2's planned folk troupe and the tourism plans.
    "snn-7a242a752d87": [
        ("CONSULT", "visit", 0, "قام بزيارة", "وكيل إمارة المنطقة الدكتور حامد بن مالح الشمري", "محافظ بن حسن الأستاذ محمد بن سالم البقيصي", "محافظة بني حسن", ""),
        ("SUPPORT", None, 2, "شكر", "البقيصي", "كل من ساهم في خدمة المحافظة", None, ""),
    ],
    # Al-Yaum: Boko Haram kills 21 in Nigeria (residents, Saturday 25 July). s0 at least 21 killed in an attack
    # in a village of Borno state "whose perpetrators probably belong to Boko Haram" (-> ASSAULT, method not
    # stated in s0: mode null; "يرجح أن منفذيه ينتمون": an impersonal suspicion, actor null, seventeenth set's
    # Fotokol "يشتبه أن"; "بولاية": the fused ب left out); s1 the resident Simon Templer: "the terrorists
    # attacked Maikadiri and began shooting at the citizens" (new content: the named village, the attackers
    # and the method -> ASSAULT firearms; "الإرهابيبن" as written). Not coded: s2-s3 (lone dots of "(...)"),
    # s4 and s6 (the toll), s5 (the attackers surrounding the village in daylight: the manner of the same
    # raid), s7-s8 (the hiding mother, the flight and the burnt houses and shops: details and incidental
    # damage, PLOVER), s9 (the village's location).
    "snn-f3a8d4dd69aa": [
        ("ASSAULT", None, 0, "هجوم", None, "21 شخصا", "ولاية بورنو", ""),
        ("ASSAULT", "firearms", 1, "هاجموا", "الإرهابيبن", "المواطنين", "مايكاديري", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
