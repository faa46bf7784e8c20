"""Build events-blind11.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (eleventh events blind set; same layout and guidelines as the first
ten sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind10.jsonl and their blind/ ..
blind10/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind11.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind11.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Riyadh: Al-Baha University launches the clinical work of its first interns at King Fahd Hospital.
    # s6 the dean's praise of the support and follow-up the college enjoys from the acting university
    # director (s6 is cut at "د." and continues in s7 with the name and the other colleges' cooperation: the
    # same praise, one record; "وأشاد": actor null) -> SUPPORT; s8 his appreciation of the role of the
    # region's health directorate and King Fahd Hospital in training the students ("مثمناً", a new recipient;
    # "للإدارة" kept whole, the article's alif elided, first/tenth sets) -> SUPPORT; s9 his appreciation of
    # the college staff's effort ("مقدراً", a new recipient; the tenth set's Khalid al-Faisal thanking his own
    # security sectors) -> SUPPORT (praise and thanks -> SUPPORT, second to tenth sets). Not coded: s0 the launch of the clinical
    # work (an inauguration, sixth set), s2-s5 the "لقاء تعارف" held "بهذه المناسبة" with the hospital's
    # managers and the interns, the programme explained and the welcoming speeches (a ceremony of the launch,
    # sixth/eighth sets' ceremonies and internal celebrations, not an inter-agency meeting), s9's interns
    # "الذين سوف يسهمون" (hope).
    "snn-7e0b2ded5cd3": [
        ("SUPPORT", None, 6, "أشاد", None, "مدير الجامعة المكلف", None, ""),
        ("SUPPORT", None, 8, "مثمناً", None, "للإدارة العامة للشؤون الصحية بالمنطقة ومستشفى الملك فهد", None, ""),
        ("SUPPORT", None, 9, "مقدراً", None, "العاملين في كلية الطب", None, ""),
    ],
    # Sabq: a hotel run by robots opens in Nagasaki (Japan): technology and tourism, the management's
    # intentions and prices: none.
    "snn-4f07d7799be6": [],
    # Asharq Al-Awsat: stations of Tommy Hilfiger's career (his shops, the 1977 bankruptcy, his brand):
    # a designer's biography: none.
    "snn-ecaf89348061": [],
    # Sabq: the Ministry of Civil Service announces 4,878 female candidates for the matching of documents for
    # teaching posts. The announcement, the call on the named candidates to come for the matching with their
    # documents (an administrative invitation to applicants, as the eighth set's invitation to submit papers
    # and the seventh set's award: appeals, not coded), the conditions "من لم تراجع ... سيعتبر ذلك عدولا" (an
    # administrative rule, not a threat), the 122 unfilled posts and the schedule: a recruitment procedure:
    # none.
    "snn-ea9d775ddaba": [],
    # Al-Jazirah: the WTO's agreement to abolish tariffs on more than 200 information-technology products. s0
    # the WTO announcing that it succeeded in reaching the agreement (concluded on Friday: current) -> AGREE
    # (the WTO the only naming of the parties in s0); s1 the text's formal signing at the WTO's next ministerial
    # conference in Nairobi in December -> AGREE [F] (a planned signing, the sets' rule for planned actions:
    # own type + [F]; the sets code signing as AGREE) and that conference -> CONSULT multilateral [F] (a planned
    # meeting of an IGO with its place, third set; "نيروبي" first occurrence, the second "الاجتماع الوزاري في
    # نيروبي" is the same conference); s2 the negotiations on the agreement among 54 WTO members including
    # the EU and the US -> CONSULT multilateral (the negotiations that produced it, third set's TPP
    # "مباحثات ماراثونية"; "المفاوضات" first occurrence; Geneva is the WTO's seat, not the talks' place:
    # location null); s3 the director-general Roberto Azevedo "اتفاق اليوم هو اتفاق كبير" -> SUPPORT (a party's
    # praise of the deal, fifth set's UN envoy Leon "هذا الاتفاق سيحقّق خطوة"); s4 the EU trade commissioner
    # Cecilia Malmström "انه اتفاق كبير للمستهلكين" -> SUPPORT (new speaker). Not coded: s0's "كما قال مدير عام
    # المنظمة" and the deal's content (tariffs, 2016), s1 the roadmaps each country will prepare (content),
    # "يشكل الاتفاق الذي ابرم الجمعة توسيعا للاتفاق ... 1997م" (the s0 deal restated; the 1997 agreement
    # without parties, ninth/tenth sets), s2 the participants "سيلغون الرسوم" (content of the deal), s3's
    # predictions, s4's "عملنا بجد للتوصل الى هذه التسوية" (the deal restated in her quote) and predictions.
    "snn-ccd5da8e8152": [
        ("AGREE", None, 0, "التوصل الى اتفاق", "منظمة التجارة العالمية", None, None, ""),
        ("AGREE", None, 1, "توقيعه رسميا", None, None, None, "F"),
        ("CONSULT", "multilateral", 1, "المؤتمر الوزاري المقبل", None, None, ("نيروبي", 1), "F"),
        ("CONSULT", "multilateral", 2, ("المفاوضات", 1), "54 من أعضاء المنظمة", None, None, ""),
        ("SUPPORT", None, 3, "اتفاق كبير", "المدير العام للمنظمة روبرتو ازيفيدو", "اتفاق اليوم", None, ""),
        ("SUPPORT", None, 4, "اتفاق كبير للمستهلكين", "المفوضة الاوروبية للتجارة سيسيليا مالمستروم", "هذا الاتفاق", None, ""),
    ],
    # Al-Weeam: oil prices fall as investors weigh the return of Iranian crude. s1 the historic agreement
    # reached by Iran and the six world powers "أمس الثلاثاء" (the nuclear deal, with its parties and a
    # verb of reaching -> AGREE, seventh/ninth sets; current). Not coded: the market report (s0, s4-s7), s1
    # the lifting of sanctions "من المرجح" (a prediction, seventh set) and the sanctions that cut Iran's oil
    # sales for years (standing), s2-s3 the Iranian official's production estimates, s8 (headline repeat
    # without an event).
    "snn-18d4380c7e58": [
        ("AGREE", None, 1, "توصلت", "ايران والقوى العالمية الست", None, None, ""),
    ],
    # Al-Madina: the cast of the play "Madagascar" at the Jeddah festival condemn the Asir crime and stand a
    # minute's silence. s0 the cast condemning the bombing of the emergency forces' mosque in Asir -> ACCUSE
    # disapprove (the attack as its object: recipient null, sixth/ninth sets), the bombing it condemns (four
    # days before: not historical; "بمسجد"/"بعسير": the fused ب left out) -> ASSAULT explosives (sixth set's
    # Al-Azhar s0 and seventh set's Duba graffiti: the Asir bombing as explosives), and their statement that
    # Saudi Arabia is "دولة الحق والسلام" -> SUPPORT (an expression of solidarity, sixth set's Al-Azhar); s1
    # the play's supervisor Barry Kozz: what happened is rejected by the religions and against international
    # law -> ACCUSE disapprove (new speaker, as the sixth set's Mufti after Al-Azhar); s3 the Italian executive
    # director Tatiana Kadoua: what happened in Asir is a crime -> ACCUSE disapprove (new speaker); s4 the
    # play's organiser Samir Salam asking the audience for a minute's silence "احتجاجًا على هذه الجريمة" ->
    # PROTEST demo (a collective public act carried out as a protest, PLOVER; organising others to protest
    # is PROTEST with the organiser as actor; the title says they stood the minute); s5 the 50 performers of
    # the Italian Bellucci circus: "هذه الأعمال الإجرامية تنافي مع كل الشرائع" -> ACCUSE disapprove (new
    # speakers); s6 the performers raising the Saudi flag during their shows -> SUPPORT (a symbolic act of
    # solidarity). Not coded: s0's "هذا التفجير الجبان عمل يدخل في خانة مسلسل الإرهاب" (the same condemnation),
    # s2 the condolences (fourth/sixth/ninth sets) and "ضرورة تتبّع هذه الفئة" (necessity), s3's sorrow and the
    # festival, s3/s5 the bombing restated ("ما حدث في عسير من تفجير", "حادث التفجير الإرهابي بدُور العبادة
    # بمنطقة عسير": no new actor, method or target), s5's condolences, s6 "سيبقى خفاقا" (hope), s7-s9 (the
    # festival's audiences and shows).
    "snn-4d95ebc395ea": [
        ("ACCUSE", "disapprove", 0, "ندّد", "أبطال مسرحية «مدغشقر العالمية»", None, None, ""),
        ("ASSAULT", "explosives", 0, "حادث التفجير الآثم", None, "مسجد الطوارئ", "عسير", ""),
        ("SUPPORT", None, 0, "دولة الحق والسلام", "أبطال مسرحية «مدغشقر العالمية»", "المملكة العربية السعودية", None, ""),
        ("ACCUSE", "disapprove", 1, "ترفضه الشرائع السماوية", "المشرف على المسرحية باري كوزز", None, None, ""),
        ("ACCUSE", "disapprove", 3, "جريمة", "المديرة التنفيذية الإيطالية تاتيانا كادووة", None, None, ""),
        ("PROTEST", "demo", 4, "دقيقة صمت احتجاجًا", "القائم على مسرحية «مدغشقر» سمير سلام", None, None, ""),
        ("ACCUSE", "disapprove", 5, "تنافي", "50 عارضًا من التابعين للسيرك العالمي الإيطالي «بيللوتشي»", None, None, ""),
        ("SUPPORT", None, 6, "رفع", "العارضون", "المملكة العربية السعودية", None, ""),
    ],
    # Al-Yaum: two Turkish soldiers killed; Washington backs Ankara's strikes on "terrorism". s0 the car bomb
    # that hit a military convoy in Diyarbakir province on Saturday evening, killing two soldiers and wounding
    # four (casualties in the record; no perpetrator named) -> ASSAULT explosives (car bombs, PLOVER); s1 the
    # PKK's threat to end the truce with Ankara -> THREATEN violence (the content of the threat: an end to the
    # ceasefire, i.e. renewed hostilities; PLOVER: the mode is the content), and the Turkish army's air strikes
    # of Friday and Saturday on the rebels' camps in northern Iraq (inside "إثر", with actor, target, days and
    # place, described nowhere else: coded; PLOVER: motivating events are coded) -> ASSAULT aerial; s2 the
    # General Staff attributing the attack to "the terrorist and separatist organisation" -> ACCUSE allege
    # (attribution of an attack, fifth set's "نسبت"); s3 the military command's account: the car bomb went off
    # as an armoured convoy of gendarmerie special forces arrived in the Lice area (new target and place, the
    # sets' rule for a restated event with new content) -> ASSAULT explosives; s5 the PKK's People's Defence
    # Forces condemning the Turkish bombing as "aggression" -> ACCUSE disapprove (the bombing, coded in s1, as
    # object: recipient null) and charging that Turkey ended the ceasefire unilaterally -> ACCUSE allege (a
    # new charge against a named party in the same sentence; the named subject kept as actor; "وكانت":
    # recent, not historical); s6 the wide operation launched to find the perpetrators (the Diyarbakir
    # governor's office; passive: actor null) -> COERCE seize (a manhunt: PLOVER "execute search", fourth
    # set's Suez sweep, ninth set's combing); s7 the Kurdish separatist movement claiming the killing of two
    # policemen in Ceylanpinar on Wednesday -> ASSAULT (the claim as such not coded, third set; the act coded
    # with the claimant as actor; method not stated: null; "على الحدود مع سوريا" a border, not used); s8 the
    # suicide attack in Suruc on activists supporting the Kurdish cause, 32 killed (the motive named with
    # target, place and toll, reported nowhere else; a week before: not historical) -> ASSAULT suicide-attack;
    # s9 the White House defending Turkey's right to strike the PKK -> SUPPORT (first set's "الحق في الدفاع عن
    # نفسها"); s10 Obama's visit to Kenya (relative clause, with actor and place, reported nowhere else in the
    # article; current) -> CONSULT visit, and Ben Rhodes holding that Turkey has the right to act against
    # terrorist targets -> SUPPORT (new speaker, as the first set's Toner after the State Department); s11
    # Rhodes welcoming the Turkish attacks on ISIS -> SUPPORT (the adjective "التركية" the only naming of
    # Turkey, as the sixth set's "التركية" for the air strikes) and the attacks it welcomes (object of the
    # statement, sixth set's Al-Azhar; recent, method not stated) -> ASSAULT. Not coded: s1 "لم تتبن أي جهة
    # الهجوم" (absence of a claim), s2's "العبارة التي تستخدمها السلطات" (habitual), s3's reinforcement of
    # another unit (a move in the context of the attack, PLOVER MOBILIZE note) and the three vehicles burned
    # (cause not stated), s4 (the s0 casualties restated), s5's "لم يعد للهدنة أي معنى" (the threat restated
    # as a judgement), s9's "سلسلة من الغارات الجوية" (the s1 strikes in an anchor) and "الهدنة الهشة المطبقة
    # منذ 2013" (a standing truce in a relative clause of that anchor; the first set coded "هدنة اعلنت في 2013"
    # as the object of a main clause), s10's "تعتبر ... «منظمة إرهابية»" (standing designation), s12 (an
    # assessment), s13 (the US listing of the PKK, undated standing designation as the first set's "تصنف";
    # the standing relations with the KRG and its fight against ISIS), s14 (a general appeal to "partners").
    "snn-8d00ad812b5d": [
        ("ASSAULT", "explosives", 0, "انفجار سيارة مفخخة", None, "قافلة عسكرية", "محافظة دياربكر", ""),
        ("THREATEN", "violence", 1, "هدد", "حزب العمال الكردستاني", "أنقرة", None, ""),
        ("ASSAULT", "aerial", 1, "الضربات الجوية", "الجيش التركي", "معسكرات للمتمردين", "شمال العراق", ""),
        ("ACCUSE", "allege", 2, "نسبت", "هيئة أركان الجيش التركي", "المنظمة الإرهابية والانفصالية", None, ""),
        ("ASSAULT", "explosives", 3, "انفجرت", None, "قافلة مدرعات تابعة للقوات الخاصة للدرك", "منطقة ليجي", ""),
        ("ACCUSE", "disapprove", 5, "دانت", "قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني", None, None, ""),
        ("ACCUSE", "allege", 5, "أنهت من جانب واحد وقف إطلاق النار", "قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني", "تركيا", None, ""),
        ("COERCE", "seize", 6, "عملية واسعة", None, "منفذي هذا الهجوم الشنيع", None, ""),
        ("ASSAULT", None, 7, "قتل", "الحركة الانفصالية الكردية", "شرطيين", "مدينة جيلان بينار", ""),
        ("ASSAULT", "suicide-attack", 8, "الهجوم الانتحاري", None, "ناشطين مؤيدين للقضية الكردية", "سوروتش", ""),
        ("SUPPORT", None, 9, "دافع", "البيت الأبيض", "تركيا", None, ""),
        ("CONSULT", "visit", 10, "زيارته", "الرئيس الأمريكي باراك أوباما", None, "كينيا", ""),
        ("SUPPORT", None, 10, "من حقها", "ابن رودس نائب مستشار الأمن القومي", "تركيا", None, ""),
        ("SUPPORT", None, 11, "رحب", "رودس", "التركية", None, ""),
        ("ASSAULT", None, 11, "الهجمات", "التركية", "تنظيم داعش", None, ""),
    ],
    # Al-Watan: a Palestinian baby burned to death in a settlers' attack on Duma (31 July, the first report).
    # s0 the settlers throwing incendiary bottles on a house in Duma, killing the baby Ali Saad Dawabsheh and
    # burning three of his family (one record, the casualties in it) -> ASSAULT primitive (fire, fourth/
    # eighth/ninth sets; the baby as recipient, ninth set; the village with its adjective as written, tenth
    # set); s2 the official and popular Palestinian anger at the killing -> ACCUSE disapprove (fifth set's
    # "إظهار غضبها"; the adjective the only naming, sixth set's "استنكارات دولية"; "فلسطيني" first occurrence,
    # the second is inside "فلسطينية"), the Israeli army's declared alert in the West Bank and East Jerusalem
    # -> MOBILIZE troops (the army named; first set's alert), and the restriction of worshippers' access to
    # al-Aqsa for the Friday prayer -> COERCE restrict (passive: actor null); s3 Abbas: the Palestinian
    # leadership will go to the International Criminal Court over the burning -> ACCUSE allege [F] (PLOVER:
    # sue, bring to court; planned), and his charge that Duma adds to the record of crimes of the settlers and
    # the Israeli government, which adopts settlement and encourages them -> ACCUSE allege; s4 "لو أرادت
    # الحكومة الإسرائيلية والجيش منعهم لقاموا بذلك ... هل من إجراء؟" (criticism of their inaction, new content)
    # -> ACCUSE disapprove ("وتابع": actor null); s6 "هذه جريمة حرب وجريمة ضد الإنسانية" -> ACCUSE disapprove
    # (sixth set's Abbas s26), and "ولن نسكت وسيكون لنا موقف عملي آخر في القريب العاجل" -> THREATEN (mode null,
    # content not stated, sixth set's Abbas s4); s7 the demand that the Israeli government take measures ->
    # REQUEST (an identifiable addressee and an act; "نطالب" first occurrence; actor implied: null), and the
    # demand that the US state its view -> REQUEST ("نطالب" third occurrence); s8 Netanyahu shocked by "this
    # criminal and heinous act, a terrorist operation" -> ACCUSE disapprove; s10 the US condemning the
    # incident as a brutal terrorist attack -> ACCUSE disapprove. Not coded: s1 (the witnesses' account of
    # the same attack, adding only the masks and the hour), s2's "تحسبا من اشتباكات" (feared), s3's "يقومون
    # به كل يوم" (habitual), s6's "ستستمر هذه الأعمال" (prediction), s7 "هذه الجرائم سنرسلها إلى محكمة الجنايات
    # الدولية" (the s3 plan restated), the call on "the international community" (generic, ninth set) and "بعد
    # أن أوقفت العملية السياسية" (anchor), s9 (a general statement of policy).
    "snn-02b8e7262025": [
        ("ASSAULT", "primitive", 0, "ألقى", "مستوطنون إسرائيليون", "الرضيع علي سعد دوابشة", "قرية دوما الفلسطينية", ""),
        ("ACCUSE", "disapprove", 2, "غضب", ("فلسطيني", 1), None, None, ""),
        ("MOBILIZE", "troops", 2, "حالة تأهب", "جيش الاحتلال الإسرائيلي", None, "الضفة الغربية والقدس الشرقية", ""),
        ("COERCE", "restrict", 2, "تقييد وصول المصلين", None, "المصلين", "المسجد الأقصى المبارك", ""),
        ("ACCUSE", "allege", 3, "ستتوجه إلى المحكمة الجنائية الدولية", "القيادة الفلسطينية", None, None, "F"),
        ("ACCUSE", "allege", 3, "سجل الجرائم", "الرئيس الفلسطيني محمود عباس", "المستوطنون والحكومة الإسرائيلية", None, ""),
        ("ACCUSE", "disapprove", 4, "هل من إجراء", None, "الحكومة الإسرائيلية والجيش", None, ""),
        ("ACCUSE", "disapprove", 6, "جريمة حرب وجريمة ضد الإنسانية", None, None, None, ""),
        ("THREATEN", None, 6, "سيكون لنا موقف عملي آخر", None, None, None, ""),
        ("REQUEST", None, 7, ("نطالب", 1), None, "الحكومة الإسرائيلية", None, ""),
        ("REQUEST", None, 7, ("نطالب", 3), None, "أميركا", None, ""),
        ("ACCUSE", "disapprove", 8, "صدمت من هذا العمل الإجرامي", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", None, None, ""),
        ("ACCUSE", "disapprove", 10, "نددت", "الولايات المتحدة", None, None, ""),
    ],
    # Al-Riyadh: al-Jubeir after his talks with the Egyptian foreign minister Sameh Shoukry in Jeddah. s0
    # Shoukry's meeting yesterday with Crown Prince Mohammed bin Nayef (the visitor as actor, the host as
    # recipient, PLOVER) -> CONSULT visit; s1 al-Jubeir's meeting today with the Egyptian foreign minister
    # ("لقائه": the host implied; the place of the joint press conference at the ministry's branch in Jeddah)
    # -> CONSULT visit (the press conference as such not coded, fourth set); s2 his presenting the Kingdom's
    # congratulations to the Egyptian government on the Suez Canal work -> SUPPORT (praise/congratulation,
    # CAMEO 051; al-Jubeir named as the sentence's subject; "حكومة مصر" second occurrence, inside "لحكومة
    # مصر"); s3 his statement that the visit of some Hamas leaders to the Kingdom was for the umrah only and
    # "لم تكن زيارة رسمية للمملكة" -> CONSULT visit negated (a denial coded as the denied event, first/fourth/
    # tenth sets: the official visit is denied; "للمملكة" kept whole, the article's alif elided). Not coded:
    # the topics of the talks (bilateral relations, Syria and the Geneva I transition "برحيل الأسد", Iraq and
    # the reforms "التي تم الاتفاق عليها في صيف العام الماضي": an agreement without parties, Yemen), Egypt's
    # standing support of the coalition (fifth set: standing membership), "متطلعا إلى افتتاح القناة" (hope),
    # the Kingdom's unchanged position on Hamas (standing).
    "snn-5379a3bbfe5a": [
        ("CONSULT", "visit", 0, "لقاء", "وزير خارجية جمهورية مصر العربية الأستاذ سامح شكري", "صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية", None, ""),
        ("CONSULT", "visit", 1, "لقائه", "وزير الخارجية المصري", None, "جدة", ""),
        ("SUPPORT", None, 2, "تهاني", "الجبير", ("حكومة مصر", 2), None, ""),
        ("CONSULT", "visit", 3, "زيارة رسمية", "بعض قادة حركة حماس", "للمملكة", None, "N"),
    ],
    # Asharq Al-Awsat: the British public inquiry into the death of Alexander Litvinenko. s0 the inquiry
    # (PLOVER: all investigations, including historical cases; current, 2015; the adjective "بريطاني" the only
    # naming of its author, sixth set's "دولية"; first occurrence, the second is inside "البريطانية") -> ACCUSE
    # investigate, and his poisoning with a radioactive isotope in 2006 -> ASSAULT unconventional [H] (PLOVER:
    # radiation weapons; the lawyer's "هجوم نووي"; the crime behind the case, recalled); s1 his death weeks
    # after drinking green tea laced with polonium-210 at the Millennium hotel in central London (new method
    # detail and place) -> ASSAULT unconventional [H]; s2 Litvinenko on his deathbed accusing Putin of
    # ordering his killing -> ACCUSE allege [H]; s10 the police wanting to try the two Russians Kovtun and
    # Lugovoy in Britain on a charge of murder -> ACCUSE allege (the charge held now; the trial wanted is
    # its object); s11 Russia's refusal to extradite them -> REJECT assist [H] (PLOVER REJECT, mode assist:
    # judicial cooperation, CAMEO 1013; recalled background of 2007, undated here); s13 the lawyer Horwell
    # holding that the scientific evidence condemns Lugovoy and Kovtun -> ACCUSE allege (new speaker). Not
    # coded: s0's "يكونون قد تعرضوا لمخاطر" (possible exposure) and "مما يرقى إلى أن يكون «هجوما نوويا»" (a
    # characterisation), s1's "كان من أشد منتقدي الكرملين" (standing) and "قبل مقلته" (the killing restated in a
    # parenthesis), s2's "الكرملين ينفي دوما تورطه" and s11's "وينفي كل من الرجلين أي تورط" (standing denials:
    # habitual, seventh set's standing denial; the tenth set's denial coded as N was a statement at an
    # event), s3-s8 (the lawyers' statements to the inquiry: "لن نعرف", "دون أي اعتبار لحياة البشر", "إنه هجوم
    # نووي على شوارع لندن": characterisations of the 2006 attack), s9 (the deterioration of relations: a state,
    # no act), s12 (the evidence found by the inquiry, restated in s13).
    "snn-3f07727695ff": [
        ("ACCUSE", "investigate", 0, "تحقيق", ("بريطاني", 1), None, None, ""),
        ("ASSAULT", "unconventional", 0, "تسممه بنظير مشع", None, "ألكسندر ليتفينينكو", None, "H"),
        ("ASSAULT", "unconventional", 1, "الممزوج بالنظير المشع", None, "ليتفينينكو", "لندن", "H"),
        ("ACCUSE", "allege", 2, "اتهم", "ليتفينينكو", "الرئيس الروسي فلاديمير بوتين", None, "H"),
        ("ACCUSE", "allege", 10, "بتهمة القتل", "الشرطة", "روسيين اثنين هما ديمتري كوفتون وآندريه لوجوفوي", None, ""),
        ("REJECT", "assist", 11, "رفضت", "روسيا", None, None, "H"),
        ("ACCUSE", "allege", 13, "تدين", "هورويل", "لوجوفوي وكوفتون", None, ""),
    ],
    # Al-Jazirah: the Khobar municipality celebrates Eid with the patients of King Fahd University Hospital.
    # s0 the municipality's visit to the patients (an outside body's Eid visit, fifth/eighth/tenth sets;
    # "المرضى" second occurrence; the hospital as the visited place) -> CONSULT visit, and the gifts, sweets
    # and toys it distributed -> AID (gifts, fifth/seventh/eighth sets); s2 the visit headed by the mayor Issam
    # al-Mulla (the visit with its leader named: new actor, sixth set's Meretz leader) -> CONSULT visit; s3
    # several patients praising the municipality's initiative -> SUPPORT (praise, seventh set's Aden
    # residents). Not coded: the Eid greetings, s1/s4 (the municipality's standing social responsibility and
    # strategy), s2's flowers and gifts (the s0 gifts restated) and the hospital director accompanying them
    # (the host's part of the same visit).
    "snn-4498d1e452df": [
        ("CONSULT", "visit", 0, "زيارة", "بلدية محافظة الخبر", ("المرضى", 2), "مستشفى الملك فهد الجامعي", ""),
        ("AID", None, 0, "توزيع الهدايا", "بلدية محافظة الخبر", ("المرضى", 2), None, ""),
        ("CONSULT", "visit", 2, "برنامج الزيارة", "رئيس بلدية محافظة الخبر المهندس عصام الملا", "المرضى", None, ""),
        ("SUPPORT", None, 3, "أشاد", "عدد من المرضى", "بلدية الخبر", None, ""),
    ],
    # Al-Yaum column "بيت العنكبوت.. وهَن الترابط ومركز الصراع": the spider's web in biology and in the Quran
    # (the female killing the male, the web as a trap: animals, not events): none.
    "snn-9846161ca6f5": [],
    # Al-Riyadh: the Mufti of Iraq, Sheikh Rafi al-Rifai, on Iranian plans to change Iraq's demography. s0 his
    # revealing information on the destruction the Popular Mobilisation militias inflicted on Sunnis, targeting
    # and burning the villages between Amerli and Kirkuk -> ACCUSE allege (an allegation of named conduct
    # against a named party, ninth set's PLO report; the destruction is the content of the charge, as the
    # PLO report's attacks, not a separate ASSAULT); s1 the count of 64 Sunni villages burned by the militias
    # after they looted the residents' property (a new allegation: the looting) -> ACCUSE allege; s2 "هناك
    # مؤامرة واضحة المعالم لتهجير السنة" through the PMF supervised by Soleimani, who executes the orders of
    # Khamenei (a new allegation, against Iran's leadership; "وأفاد": actor null) -> ACCUSE allege; s3 the
    # citizens organising wide demonstrations to demand their rights (the current Iraqi protests stated as a
    # fact, fourth set's Iraqi protests; no place named) -> PROTEST demo; s4 Human Rights Watch's report of four
    # months ago accusing the militias, volunteer fighters and Iraqi security forces of looting and destroying
    # Sunni property -> ACCUSE allege [H] (recalled, "وكانت ... قبل أربعة أشهر"), the residents telling it that
    # Asaib Ahl al-Haq, Kataib Hezbollah and Saraya Tali'a al-Khurasani destroyed villages -> ACCUSE allege [H]
    # (new accusers and accused), and Prime Minister al-Abadi admitting that some errors occurred -> CONCEDE
    # [H] (an admission of wrongdoing by the party accused: a verbal concession, ninth set's remorse rule; the
    # tenth set left Herzog's "اعترف" uncoded as CONCEDE because he admitted his rivals' error). Not coded: s0's
    # "خص بها «الرياض»" (the interview as media), s3's state of fear, the militias' "تهديد ونيران" and the
    # displaced (general situation), "بعد انسحاب «داعش» منها" (anchor).
    "snn-2a1c06566eac": [
        ("ACCUSE", "allege", 0, "ألحقته", "الشيخ رافع الرفاعي مفتي الديار العراقية", "مليشيات الحشد الشعبي", None, ""),
        ("ACCUSE", "allege", 1, "نهبت وسلبت", "الرفاعي", "مليشيات الحشد الشعبي", None, ""),
        ("ACCUSE", "allege", 2, "مؤامرة", None, "المرشد الأعلى للثورة الإيرانية علي خامئني", None, ""),
        ("PROTEST", "demo", 3, "مظاهرات واسعة", "المواطنين", None, None, ""),
        ("ACCUSE", "allege", 4, "اتهمت", 'منظمة "هيومن رايتس ووتش"', "المليشيات والمقاتلين المتطوعين، وقوات الأمن العراقية", None, "H"),
        ("ACCUSE", "allege", 4, "دمرت", "أهالي", "عصائب أهل الحق وكتائب حزب الله وسرايا طلائع الخراساني", None, "H"),
        ("CONCEDE", None, 4, "اعترف", "رئيس الوزارء العراقي حيدر العبادي", None, None, "H"),
    ],
    # Al-Yaum: 18 Peshmerga killed east of Mosul. s0 the rocket fire on Makhmour district that killed 18
    # Peshmerga (a Peshmerga source; attacker not named) -> ASSAULT heavy-weapons (rockets, PLOVER; the victims
    # a named party as recipient, tenth set's Hezbollah members); s1 the source: ISIS fighters fired dozens of
    # rockets on Makhmour today (the same attack with its perpetrator: new content) -> ASSAULT heavy-weapons;
    # s2 the Peshmerga surrounding the district on all axes for fear of infiltration -> COERCE restrict (a
    # cordon, first/ninth sets; "القضاء" anaphoric: location null); s3 the about eight rockets ISIS fired on
    # the Peshmerga in Makhmour yesterday evening, killing and wounding dozens (another attack; yesterday: not
    # historical) -> ASSAULT heavy-weapons.
    "snn-6af23102b9eb": [
        ("ASSAULT", "heavy-weapons", 0, "بقصف للصواريخ", None, "18 من عناصر البيشمركة", "قضاء مخمور", ""),
        ("ASSAULT", "heavy-weapons", 1, "أطلقوا", "عناصر تنظيم داعش", "18 من البيشمركة", "قضاء مخمور", ""),
        ("COERCE", "restrict", 2, "بمحاصرة القضاء", "قوات البيشمركة", None, None, ""),
        ("ASSAULT", "heavy-weapons", 3, "أطلقوا", 'عناصر "داعش "', "قوات البيشمركة", "قضاء مخمور", ""),
    ],
    # Al-Riyadh: the Arab League secretary-general Nabil al-Araby welcomes the Cairo Declaration. s0 his
    # welcome of the declaration -> SUPPORT (eighth set's welcomes), and Prince Mohammed bin Salman's visit to
    # Cairo at whose end it was issued (30 July, a day before: current; "للقاهرة" kept whole, the
    # article's alif elided) -> CONSULT visit (fifth set's analyst
    # article: the visit coded); s2 the Cairo talks between President al-Sisi and the Deputy Crown Prince (the
    # talks of the visit with the host named: new content; visitor actor, host recipient, tenth set) ->
    # CONSULT visit, their agreement on approving the joint Arab force (an agreement with its parties in one
    # phrase) -> AGREE, and the next meeting of the Arab defence and foreign ministers on 27 August -> CONSULT
    # multilateral [F] (a planned Arab League meeting, third set). Not coded: the declaration in s0 (the
    # object of the welcome, without parties; the agreement is coded in s2 with them), s1 (the welcome
    # restated as an assessment of the visit's results, "ستنعكس": prediction), s2's "من شأنه أن ينعكس
    # إيجابيا ... سيسهم" (prediction), s3 (standing relations).
    "snn-83f823ae0d22": [
        ("SUPPORT", None, 0, "رحب", "الأمين العام لجامعة الدول العربية الدكتور نبيل العربي", "إعلان القاهرة", None, ""),
        ("CONSULT", "visit", 0, "زيارة", "صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع", None, "للقاهرة", ""),
        ("CONSULT", "visit", 2, "مباحثات", "صاحب السمو الملكي ولي ولي العهد", "فخامة الرئيس عبدالفتاح السيسي", "القاهرة", ""),
        ("AGREE", None, 2, "الاتفاق على إقرار القوة العربية المشتركة", "فخامة الرئيس عبدالفتاح السيسي وصاحب السمو الملكي ولي ولي العهد", None, None, ""),
        ("CONSULT", "multilateral", 2, "الاجتماع المقبل", "وزراء الدفاع والخارجية العرب", None, None, "F"),
    ],
    # Al-Weeam: a Kuwaiti court releases 11 defendants in the Imam al-Sadiq mosque bombing case. s0 the
    # criminal court's decision to release 11 defendants without bail -> RETREAT release (PLOVER: the release
    # of prisoners), with a travel ban -> COERCE restrict (PLOVER: restrictions on movement), and the bombing
    # of the mosque in the capital in which about 30 were killed (the crime behind the case, described with
    # its casualties and reported nowhere else in the article -> historical, third/seventh/ninth sets;
    # "العاصمة" without a name: location null) -> ASSAULT explosives [H]; s3 the main defendant Eidan's
    # confession at the previous session of his part with al-Qabba in obtaining the explosives and carrying
    # out the attack -> CONCEDE (an admission of wrongdoing before the court, ninth set's remorse in court;
    # the previous session, days before: not historical); s7 the headline repeat (coded like any sentence,
    # first/second/fifth/tenth sets) -> RETREAT release. Not coded: s1 (the video shown in court; "الشخص الذي
    # قام بتفجير نفسه وهو فهد القباع" an identifying relative clause of the bombing, ninth set's al-Rashid), s2
    # (Eidan's earlier statement of al-Qabba's stated aim, with his claim about the mosque: a defendant's
    # account of motives), the content of the confession (the charged acts, carried by the CONCEDE record, as
    # the seventh set's charged acts by ACCUSE), s4 (the next session scheduled: court procedure), s5-s6 (the
    # link line "رابط الخبر بصحيفة الوئام: الكويت." / "."), the attributive "متهما بتفجير" (fifth set).
    "snn-fcfd8df9b2c4": [
        ("RETREAT", "release", 0, "إخلاء سبيل", "محكمة الجنايات الكويتية", "11 متهما", None, ""),
        ("COERCE", "restrict", 0, "منعهم من السفر", "محكمة الجنايات الكويتية", "11 متهما", None, ""),
        ("ASSAULT", "explosives", 0, "تفجير", None, "مسجد “الإمام الصادق”", None, "H"),
        ("CONCEDE", None, 3, "اعترف", "المتهم الرئيسي عيدان", None, None, ""),
        ("RETREAT", "release", 7, "إخلاء سبيل", None, "11 متهما", None, ""),
    ],
    # Al-Watan: Iranian orders to Hezbollah to obstruct the Salam government (Lebanese parliamentary sources
    # close to 8 March). s0 the clear instructions Hezbollah received from Tehran to harden its stance and
    # obstruct the government (an order reported by the sources as fact, as the title does) -> REQUEST change
    # (PLOVER: all requests, demands and orders; a change of policy; "طهران" first occurrence), and Tehran's
    # aim to use the Lebanese file as a continuing pressure card on the Western states, to push Congress to
    # ratify the nuclear deal and speed the unfreezing of its assets (a stated aim, fifth to tenth sets: own
    # type + [F]; pressure on a party -> REQUEST change, tenth set's Netanyahu; "طهران" second occurrence) ->
    # REQUEST change [F]; s1 Nasrallah's directives to his ministers and allies to take this stance in the
    # coming cabinet sessions -> REQUEST change ("لوزرائه": the fused ل left out); s3 Speaker Nabih Berri, who
    # earlier rejected attempts to topple the government (recalled, "من قبل") -> REJECT [H], and the praise
    # of his stance by all political forces -> SUPPORT [H]; s4 the death of six Hezbollah fighters and the
    # wounding of four in the ongoing confrontations in the Syrian town of Zabadani (sources inside the party;
    # the tenth set's continuing Zabadani clashes; the other side not named) -> ASSAULT; s6 the sources'
    # charge that the party deliberately misleads public opinion and plays down its dead ("مشيرة": actor null)
    # -> ACCUSE allege. Not coded: s0's requested obstruction of the government (the content of the order, no
    # PLOVER type fits "وضع العراقيل" well) and the Congress ratification (second-order content, tenth set), s2
    # (a prediction), s3's expected political clashes and allies' refusal (predictions), s5 (the party's
    # acknowledgement of two dead: not a concession of wrongdoing, tenth set; the two fighters named).
    "snn-bd0e2fc53b2e": [
        ("REQUEST", "change", 0, "تعليمات واضحة", ("طهران", 1), "حزب الله", None, ""),
        ("REQUEST", "change", 0, "ورقة ضغط", ("طهران", 2), "الدول الغربية", None, "F"),
        ("REQUEST", "change", 1, "توجيهات", "الأمين العام للحزب، حسن نصر الله", "وزرائه في الحكومة ولحلفائه", None, ""),
        ("REJECT", None, 3, ("رفض", 2), "رئيس مجلس النواب نبيه بري", "محاولات الإطاحة بالحكومة", None, "H"),
        ("SUPPORT", None, 3, "أشادت", "كافة القوى السياسية", "رئيس مجلس النواب نبيه بري", None, "H"),
        ("ASSAULT", None, 4, "المواجهات", None, "ستة من مقاتلي الحزب", "بلدة الزبداني السورية", ""),
        ("ACCUSE", "allege", 6, "يتعمد تضليل الرأي العام", None, "الحزب", None, ""),
    ],
    # Al-Yaum: the trial of the defendants in the Imam al-Sadiq mosque bombing begins in Kuwait. s0 the
    # criminal circuit of the Court of First Instance opening the trial of the 29 defendants yesterday ->
    # ACCUSE allege (PLOVER: bring to trial; sixth set's "تمت محاكمة"; "بالكويت": the court's place, tenth
    # set's "بمحافظة الشرقية"); s2 the public prosecution charging 29 persons on 14 July and referring them to
    # the criminal court -> ACCUSE allege (seventh set's referral); s3 the prosecution's statement then that it
    # had completed the investigation -> ACCUSE investigate (PLOVER: all investigations); s5 its order to hold
    # 24 defendants in pre-trial detention -> COERCE arrest (an order coded as the ordered act, fifth set; the
    # named subject kept as actor for the sentence's other clauses), its order to jail five fugitive
    # defendants in absentia -> THREATEN arrest (PLOVER: an in-absentia arrest is THREATEN arrest), and two of
    # them caught in Saudi Arabia -> COERCE arrest (passive: actor null); the steps of the case since the
    # bombing (the arrests of late June, the charges and orders of 14 July) are recent steps of the current
    # story: not historical (tenth set); s6 the terrorist bombing of the mosque in al-Sawabir during the Friday
    # prayer of 26 June, 26 killed and 227 wounded (the crime behind the case, recalled: third/seventh/ninth
    # sets -> H; the first description of it in the article) -> ASSAULT explosives [H]; s7 the security
    # services' arrest of the driver who took the bomber to the mosque -> COERCE arrest, and then of the car's
    # owner and the other partners (implied actor: null) -> COERCE arrest; s8 the main defendant Abdulrahman
    # Sabah Eidan's confession before the court yesterday of coordinating with the attacker Fahd al-Qabba ->
    # CONCEDE (an admission of wrongdoing in court, ninth set's remorse rule; current); s11 his further
    # admission ("وأقر", its own verb, as the seventh set's further charge "كما اتهمتهم") that he knew the
    # target of the bombing -> CONCEDE. Not coded: s0's "المتهمين في تفجير مسجد الإمام الصادق" (the case's
    # name), s1 (the defendants' nationalities), s2's "حادث التفجير الإرهابي الذي استهدف المسجد" (the case's
    # object), s4 (the charges restated with the seven women among the accused), s7's "الانتحاري الذي فجر نفسه
    # داخل المسجد" (an identifying relative clause of the s6 bombing, ninth set) and "عقب وقوع التفجير" (anchor),
    # s9-s14 (the content of his testimony: joining ISIS, receiving the belt, sheltering and driving the
    # bomber, the stated aim and his claims about the mosque; the charged acts, carried by the CONCEDE and
    # ACCUSE records, seventh set).
    "snn-1668f69a03af": [
        ("ACCUSE", "allege", 0, "جلسة محاكمة", "دائرة الجنايات في المحكمة الكلية", "المتهمين", "الكويت", ""),
        ("ACCUSE", "allege", 2, "الاتهام", "النيابة العامة", "29 شخصًا", "الكويت", ""),
        ("ACCUSE", "investigate", 3, "التحقيق", "النيابة", None, None, ""),
        ("COERCE", "arrest", 5, ("بحبس", 1), "النيابة العامة", "24 متهمًا", None, ""),
        ("THREATEN", "arrest", 5, ("بحبس", 2), "النيابة العامة", "خمسة من المتهمين الهاربين", None, ""),
        ("COERCE", "arrest", 5, "ضبطا", None, "اثنان", "السعودية", ""),
        ("ASSAULT", "explosives", 6, "لتفجير إرهابي", None, "المسجد", "منطقة الصوابر", "H"),
        ("COERCE", "arrest", 7, "ألقت القبض", "الأجهزة الأمنية", "السائق", None, ""),
        ("COERCE", "arrest", 7, "تلقي القبض", None, "مالك المركبة وبقية الشركاء والمتعاونين والمتورطين في التفجير الإرهابي", None, ""),
        ("CONCEDE", None, 8, "اعترف", "المتهم الرئيس عبدالرحمن صباح عيدان", None, None, ""),
        ("CONCEDE", None, 11, "أقر", "عيدان", None, None, ""),
    ],
    # Al-Weeam: hundreds of shells fall on "Alawite" towns in northern Syria (Observatory, 20-21 July). s0 the
    # opposition factions raining rocket and artillery shells on four besieged towns in northern Syria ->
    # ASSAULT heavy-weapons (the regime and Hezbollah attack on Zabadani in "ردا على" is reported in s11:
    # coded there); s1 the more than 300 locally made rocket and artillery shells that fell on al-Fu'a and
    # Kafraya on Monday, killing seven (new place, time and toll; the victims a count: recipient null, tenth
    # set's Qasr al-Buraij) -> ASSAULT heavy-weapons; s2 the clashes of more than eight hours around the two
    # towns in which fighters of Islamist factions and the Nusra Front tried to enter them -> ASSAULT
    # ("محيط البلدتين" vague: location null; the attempt to enter is part of the clashes); s3 the factions and
    # Nusra resuming "the targeting of areas in al-Fu'a and Kafraya" today (new time and actor) -> ASSAULT, and
    # the Syrian air force's four strikes around the two towns -> ASSAULT aerial; s4 families from al-Fu'a and
    # Kafraya demonstrating on Monday in the Sayyida Zeinab suburb demanding protection -> PROTEST demo (the
    # demand is the protest's topic, not REQUEST, second/seventh sets); s5 the protesters blocking the road to
    # Damascus international airport, demanding that Hezbollah send support (new method) -> PROTEST obstruct
    # (fifth set's taxi drivers "قطع ... الشوارع"; the addressee of the demand as recipient); s6 Jaish al-Fath's
    # announcement on Wednesday of the start of the battle of Kafraya and al-Fu'a against the regime forces and
    # Iran's militias (the offensive launched, with its actor and day; days before: not historical; the towns
    # only in the battle's name: location null) -> ASSAULT; s7 Jaish al-Fath's complete siege of the two towns
    # since the end of March (a siege in force: current) -> COERCE restrict (second/third/fifth/eighth sets'
    # sieges); s8 the Aleppo operations room's statement of yesterday announcing "the targeting of the
    # barracks of the Assadist army and the Iranian militias in the Nubl and Zahraa camps" -> ASSAULT, and its
    # vow to intensify the campaign -> THREATEN violence (the named subject kept as actor); s9 the more than
    # 160 shells that fell yesterday on the two towns in Aleppo province, killing one (the s8 attack with its
    # method and toll: new content) -> ASSAULT heavy-weapons; s10 the opposition factions' siege of Nubl and
    # Zahraa since 2013 -> COERCE restrict; s11 the regime forces' and Hezbollah's offensive on Zabadani begun on
    # 4 July (continuing: not historical) -> ASSAULT, its heavy air bombardment -> ASSAULT aerial, and the
    # regime forces' siege of Zabadani since 2013 -> COERCE restrict ("قوات النظام" second occurrence,
    # "الزبداني" second occurrence); s12 the headline repeat -> ASSAULT heavy-weapons. Not coded: s2's National
    # Defence forces "الذين يقاتلون في البلدتين" (standing), s6's "لنذيقهم ... ما يذيقون اهلنا في الزبداني"
    # (purpose), s10's regime airdrops of food to the residents "وتقوم ... بإلقاء" (a standing practice), s11's
    # toll of the continuing battles (tally).
    "snn-4847ac22ca0e": [
        ("ASSAULT", "heavy-weapons", 0, "أمطرت", "الفصائل المقاتلة المعارضة للنظام السوري", "أربع بلدات علوية محاصرة", "شمال سوريا", ""),
        ("ASSAULT", "heavy-weapons", 1, "سقوط", None, None, "بلدتي الفوعة وكفريا", ""),
        ("ASSAULT", None, 2, "اشتباكات", "مقاتلون من فصائل إسلامية و”جبهة النصرة”", None, None, ""),
        ("ASSAULT", None, 3, "استهداف", "الفصائل الإسلامية و”جبهة النصرة”", None, "الفوعة وكفريا", ""),
        ("ASSAULT", "aerial", 3, "غارات", "الطيران الحربي السوري", None, None, ""),
        ("PROTEST", "demo", 4, "تظاهرت", "عائلات متحدرة من الفوعة وكفريا", None, "ضاحية السيدة زينب", ""),
        ("PROTEST", "obstruct", 5, "قطع الطريق", "المتظاهرين", "حزب الله اللبناني", "الطريق الواصل إلى مطار دمشق الدولي", ""),
        ("ASSAULT", None, 6, "بدء معركة", ("جيش الفتح", 1), "قوات النظام الاسدي وميليشيات ايران", None, ""),
        ("COERCE", "restrict", 7, "تحاصر", "فصائل “جيش الفتح”", "بلدتي الفوعة وكفريا الشيعيتين", None, ""),
        ("ASSAULT", None, 8, "استهداف", "غرفة عمليات حلب", "ثكنات الجيش الاسدي والميليشيات الايرانية", "معسكري نبل والزهراء", ""),
        ("THREATEN", "violence", 8, "متوعدة بتكثيف الحملة", "غرفة عمليات حلب", None, None, ""),
        ("ASSAULT", "heavy-weapons", 9, "سقوط", None, None, "محافظة حلب", ""),
        ("COERCE", "restrict", 10, "تحاصر", "فصائل المعارضة", "بلدتي نبل والزهراء", None, ""),
        ("ASSAULT", None, 11, "هجوما", "قوات النظام و”حزب الله” اللبناني", None, "مدينة الزبداني", ""),
        ("ASSAULT", "aerial", 11, "قصف جوي عنيف", None, None, "مدينة الزبداني", ""),
        ("COERCE", "restrict", 11, "تحاصر", ("قوات النظام", 2), ("الزبداني", 2), None, ""),
        ("ASSAULT", "heavy-weapons", 12, "تساقط مئات القذائف", None, "بلدات “علوية”", "شمال سوريا", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
