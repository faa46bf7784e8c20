"""Build events-blind9.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (ninth events blind set; same layout and guidelines as the first
eight sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind8.jsonl and their blind/ ..
blind8/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind9.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind9.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Okaz: the head of the contractors' committee on the new Suez Canal as a lesson in fast execution. s0
    # his praise of the completed project as "a pride for the Arab world and an exemplary lesson" -> SUPPORT
    # (praise; the third set left the ambassador's praise of Egypt's achievements uncoded as commentary, the
    # eighth set codes commentators' welcomes and praise as SUPPORT: the later set is followed; borderline,
    # an annotator keeping only political actors would drop it; the project named as the praised object,
    # Egypt is not named in s0). Not coded: s1-s4 (revenue and capacity forecasts), s5-s7 (the World Bank
    # as a standing partner of Egypt and its standing portfolio and financing: habitual, quoted "طبقا لبعض
    # التصريحات"; the execution of projects as a general remark).
    "snn-e71065a1c086": [
        ("SUPPORT", None, 0, "فخرا", "رئيس اللجنة الوطنية للمقاولين ورئيس اتحاد المقاولين العرب فهد الحمادي", "مشروع قناة السويس الجديدة", None, ""),
    ],
    # Gold prices fall to a five-and-a-half-year low: market report, none.
    "snn-723a8ad60922": [],
    # The Emirati singer Aryam on her first drama series: accepting roles and taking part in a series
    # (private professional decisions, "وافقت على المشاركة"), the plot (fiction): none.
    "snn-448bc599413e": [],
    # Mourinho says his earlier differences with Abramovich are over: club business and sport (the 2007
    # dispute and departure, Abramovich asking him to fight for titles, the league programme), as the
    # eighth set's Al-Nassr and the seventh set's Al-Qadsiah: none.
    "snn-dee70ab03bd0": [],
    # Al-Jazirah column "كيف تجذب داعش ضحاياها؟": a German ISIS returnee (Ibrahim) and the Saudi suicide
    # bomber Abdullah al-Rashid. Events stated as facts in a column are coded (second set's rule): s9 the
    # attack Ibrahim intended, foiled by the Iraqi authorities -> ASSAULT [F] (intended, not realised, as the
    # second set's attempted seizure "يحاول التقدم للسيطرة" and the third set's "تحضر لهجوم") and [H] (his past
    # in ISIS, background of the current trial, as the first set's earlier stages of a case; a record may
    # carry two flags); his being charged before a German court with joining a terrorist organisation ->
    # ACCUSE allege (charge and trial without a verdict, sixth set's trials "بتهمة"; current; the prosecutor is
    # not named, Ibrahim only a pronoun in s9: actor and recipient null); s10 his remorse in court
    # ("نادماً", «لقد سقطت في الأيدي الخاطئة») -> CONCEDE (PLOVER: expressions of regret or remorse for an
    # action; the seventh set's apology; borderline); s11 his denunciation of ISIS ("داعش في الواقع مرادف
    # للوحشية") -> ACCUSE disapprove (a named speaker's criticism, seventh set; "وقال": actor null); s15
    # al-Rashid killing his uncle -> ASSAULT (method not stated: null; 16 July, eight days before: not
    # historical, as the seventh set's Khamis Mushait killing in a column) and blowing himself up in his
    # homeland -> ASSAULT suicide-attack ("المنتحر", s14; "بوطنه" is not a target phrase: recipient null).
    # Not coded: the recruitment in a Wolfsburg mosque and the joining of ISIS (s0, s8 "700 ... انضموا": no
    # PLOVER type for an individual's recruitment or joining; a tally), the quoted questions (s0-s5), s6
    # ("جوّعت الأطفال واستباحت النساء وقتلت الرجال": general, inside the columnist's counterfactual), the
    # foiling as such (no method), the defection and return, the signed pledge to be a suicide bomber (content
    # of the charge), s10's warning to the youth not to join (advice, not a threat), s12 (the German
    # authorities allowing a newspaper interview: media access, not a political interaction; borderline
    # AGREE), s13 (ISIS's general methods of attraction), s14 (al-Rashid's tweet; the killing in the
    # identifying relative clause "الذي قتل خاله", reported in s15), s16-s18 (moralising), s19-s26 (other
    # titles of the writer).
    "snn-a3b3e845e4fd": [
        ("ASSAULT", None, 9, "هجوماً", None, None, None, "FH"),
        ("ACCUSE", "allege", 9, "متهم", None, None, None, ""),
        ("CONCEDE", None, 10, "نادماً", "إبراهيم", None, None, ""),
        ("ACCUSE", "disapprove", 11, "مرادف للوحشية", None, "داعش", None, ""),
        ("ASSAULT", None, 15, "قتل", "عبد الله الرشيد", "خاله", None, ""),
        ("ASSAULT", "suicide-attack", 15, "فجّر", "عبد الله الرشيد", None, None, ""),
    ],
    # Al-Madina editorial "الشرعية تنتصر" (22 July) on the liberation of Aden. s0 the Yemeni resistance driving
    # the Houthi militia out of al-Tawahi, its last stronghold in Aden (the editorial's news, days before:
    # not historical) -> COERCE seize ("طرد", second set; the expelled side as recipient; the district as
    # location), and the reports of the Houthi withdrawing his political and military leaders from Sanaa to
    # Saada -> RETREAT withdraw (a specific act with actor and places, reported "تواتر الأنباء"; the place left
    # as location, as the eighth set's al-Anad; "الحوثي" is the fourth occurrence); s1 the liberation of the
    # whole of Aden by the Popular Resistance and the national army (new actors) -> COERCE seize, with the
    # backing of the Saudi-led coalition's air forces -> AID (air support, the second set's "تقديم دعم جوي";
    # "عدن" is the first occurrence); s2 the invitation to the UN High Commissioner for Human Rights to
    # visit the city (coordinated with Hadi's appointment of al-Bakri, same agent) -> AGREE (PLOVER:
    # invitations; fifth set's UN invitation; the visit is its content, not coded, eighth set). Not coded:
    # the prediction of Yemen's liberation, the "victories" in Taiz and Marib "يومًا بعد يوم" and the killing,
    # capture and flight of "large numbers" (general series and tallies without place or time, sixth to
    # eighth sets), Saleh's "attempt" to look for a mediation securing his exit (no addressee, an attempt:
    # general appeal), the characterisation of the Houthis as Iran's agents, s1's consequences (opening the
    # port to relief ships), Hadi's appointment of al-Bakri as governor (appointments, fourth/fifth sets), the
    # Houthi and Saleh forces' indiscriminate shelling of Aden's districts inside "على إثر" (a general series
    # since March, as the seventh set's Houthi shelling and sniping of Aden).
    "snn-e57f5e3c4469": [
        ("COERCE", "seize", 0, "طرد", ("المقاومة اليمنية", 1), ("مليشيا الحوثي", 1), "حي التواهي", ""),
        ("RETREAT", "withdraw", 0, "سحب", ("الحوثي", 4), None, "صنعاء", ""),
        ("COERCE", "seize", 1, ("تحرير عدن", 1), "المقاومة الشعبية والجيش الوطني", None, ("عدن", 1), ""),
        ("AID", None, 1, "بمؤازرة", "قوات التحالف الجوية", "المقاومة الشعبية والجيش الوطني", None, ""),
        ("AGREE", None, 2, "دعوة", "الرئيس هادي عبد ربه منصور", "المفوض السامي لحقوق الإنسان في الأمم المتحدة", None, ""),
    ],
    # Al-Ettifaq loses its first friendly in Turkey; the club reaches a final agreement with an African
    # striker; youth training: sport and club business (the player's contract, eighth set's Al-Nassr
    # contracts): none.
    "snn-09c91860ebac": [],
    # Okaz column "مسار روحاني": commentary on Rouhani, Khamenei and the nuclear deal. None: Rouhani's quoted
    # statement (s0) and his claimed aims (s3), the "slaps" to Khamenei's current (s2, s4: metaphor and
    # opinion), the fears and predictions (s4); the nuclear deal only as the object of Rouhani's words
    # ("الاتفاق الإيراني", no parties or conclusion stated); Ahmadinejad's inauguration, the repression of the
    # Green Revolution and its youth's slogan (background relative clauses of 2009, as the sixth set's 2003
    # law "used to repress the opposition"; an inauguration is not a PLOVER event).
    "snn-2c26b1623c20": [],
    # Al-Ahli's friendlies in its Swiss camp; the players' rest; the fans' praise of a Swedish midfielder on
    # social networks and forums: sport (a player's performance is not a political object; the eighth set
    # coded only the storm against the football federation, a governing body): none.
    "snn-2be8d8f97306": [],
    # Al-Ettifaq signs Omar al-Sanin for five years, hires coaches, its board meeting reviews a foreign
    # player and sponsorship agreements: club business and an internal meeting: none.
    "snn-0105952e2130": [],
    # The referees' camp in the Czech Republic (fitness tests, lectures on law and on "العقوبات الإدارية",
    # a referee honoured): training and an honour (sixth set: honours not coded): none.
    "snn-a6203c9a2828": [],
    # Al-Madina on David Rothkopf's Foreign Policy report: the nuclear deal has many risks. s0 the Iranian
    # nuclear deal that ended 35 years of hostility between Iran and the West (a deal mentioned with its
    # parties as the subject of an assessment, as the third set's "الاتفاق النووي بين إيران ودول الغرب الكبرى"
    # in an op-ed and the seventh set's deal in a column; concluded eight days before: not historical) ->
    # AGREE; s1 the US officials who support the deal and try to limit the criticism of it -> SUPPORT (as the
    # third set's US administration promoting the deal; "الاتفاق" first occurrence); s2 the report's
    # allegation of Iran's suspicious activities, its sponsoring of terrorism, its quest to impose its will
    # on the region and its support for the Syrian regime -> ACCUSE allege (an accusation of named conduct,
    # as the fourth set's columnist's claim about charities; "استطرد": actor null; "إيران" is the second
    # occurrence, after "الإيراني"); s6 Rothkopf expressing his sarcasm at Washington building bridges of
    # cooperation with Soleimani -> ACCUSE disapprove (an expressed attitude, as the eighth set's experts'
    # welcomes were coded SUPPORT). Not coded: the report's publication, its assessments and predictions
    # (s0-s1 "من أخطر", "مناورة دفاعية مكشوفة", s3 the absence of a guarantee, s4 the lifting of sanctions
    # and the use of the 150 billion: prediction, third set), the criticism of the deal inside the
    # supporters' relative clause (generic), Friedman's interview with Obama (media), s5 (the writer
    # rebutting the administration's habitual denial of cooperation, and the standing US-Iranian
    # coordination against ISIS via Baghdad "على حد قوله": argument and a standing state, the object of s6),
    # s6's "المتهم بقتل مليشياته للعديد من الجنود الأمريكيين" (attributive, fifth set's "المتهمين").
    "snn-6f1a7ec30af8": [
        ("AGREE", None, 0, "الاتفاق النووي الإيراني", "إيران والغرب", None, None, ""),
        ("SUPPORT", None, 1, "داعموه", "المسؤولين الأمريكيين", ("الاتفاق", 1), None, ""),
        ("ACCUSE", "allege", 2, "رعايتها للإرهاب", None, ("إيران", 2), None, ""),
        ("ACCUSE", "disapprove", 6, "سخريته", "روثكوف", "واشنطن", None, ""),
    ],
    # Okaz column "الهدايا الإيرانية للبحرين!!". s0 the Bahraini foreign minister's statement of last Saturday
    # that the world deals with two faces of Iran, the official Iran that signed the nuclear deal and the
    # Iran of the Guide and the IRGC's deep state not covered by it -> ACCUSE disapprove (criticism of Iran's
    # duplicity, as the second set's al-Houthi characterisation; "إيران" is the first occurrence, inside
    # "لإيران"), and the official Iran "التي وقعت الاتفاق النووي" (the deal with a signing verb and a party, as
    # the seventh set's "الموقع بين ايران والقوى العظمى"; thirteen days before: not historical) -> AGREE; s1 the
    # "explosive gifts" Iran sent to Bahrain at Eid (inside "جاء بعد", with its own actor and time and reported
    # nowhere else, as the sixth to eighth sets' events inside anchors) -> AID (arms sent to militants: PLOVER
    # military assistance, as the second set's arming of rebels and the fourth set's IRGC training of Houthi
    # militias; s3 explains that Iran recruits, funds and arms Bahrainis; the written "للبحرينيين" is the
    # sarcastic addressee of the "gifts", the people targeted, not the beneficiaries: recipient null); s5
    # Shariatmadari's recent provocative statements against Bahrain -> ACCUSE disapprove. Not coded: the
    # columnist's own praise of the minister ("أحسن") and his opinions (s2, s4 his earlier prediction, s6-s11),
    # s3 ("قد ترسل ... برقية تهنئة": a possible greeting; "تجند ... وتمولهم وتزودهم": a general characterisation
    # of Iran's "other hand", the s1 event carrying the act), Shariatmadari's claim of Bahrain's place in
    # Iran's agenda (content of the statement), s7 (Iran bringing down Iraq and Syria: general), s8-s10
    # (necessity, "يفترض"), s11 (general restatement of the gifts "لقتلهم"), "بعد الاتفاق النووي" (anchors).
    "snn-cae803acbe62": [
        ("ACCUSE", "disapprove", 0, "وجهين", "وزير خارجية البحرين الشيخ خالد بن أحمد الخليفة", ("إيران", 1), None, ""),
        ("AGREE", None, 0, "وقعت", "إيران الرسمية", None, None, ""),
        ("AID", None, 1, "الهدايا المتفجرة", "إيران", None, None, ""),
        ("ACCUSE", "disapprove", 5, "تصريحات", "حسين شريعتمداري", "البحرين", None, ""),
    ],
    # A Syrian warplane crashes in Ariha (Idlib) while bombing a neighbourhood, 31 dead. s0 the warplane
    # bombing a neighbourhood in the centre of Ariha ("أثناء قصفها", the bombing itself, with actor, target and
    # place) -> ASSAULT aerial; the crash "نتيجة خلل تقني" and its casualties are not deliberate (second set's
    # accident) and not attributed to the bombing: not coded; s8 the regime forces losing Idlib, Jisr
    # al-Shughour and Ariha since the end of March to a coalition including the Nusra Front and Islamist
    # factions -> COERCE seize [H] (taking territory, with the taker as actor and the loser as recipient;
    # March-May, recalled background, as the second set's Nusra driving factions out of Idlib countryside
    # "في ابريل" [H]; location the province, the place of all three cities) and the fierce battles -> ASSAULT
    # [H] (fighting words in the same sentence get their own record, first set; "خاضتها ضد": the regime as
    # actor). Not coded: s1 (the bombing and crash restated; "التي تسيطر عليها فصائل المعارضة منذ 28 مايو", a
    # standing control in a relative clause, the seizure coded in s8), s2-s5 (the crash, the explosion and
    # casualty figures), s6 (the warplanes as the regime's main weapon: general), s7 (accidents and planes
    # downed by the opposition: general, no time or place).
    "snn-463083f4850b": [
        ("ASSAULT", "aerial", 0, "قصفها", "طائرة حربية سورية", "حيا", "مدينة أريحا", ""),
        ("COERCE", "seize", 8, "خسرت", "ائتلاف يضم جبهة النصرة (ذراع تنظيم القاعدة في سورية) وفصائل إسلامية مقاتلة", "قوات النظام", "محافظة إدلب", "H"),
        ("ASSAULT", None, 8, "معارك عنيفة", "قوات النظام", "ائتلاف يضم جبهة النصرة (ذراع تنظيم القاعدة في سورية) وفصائل إسلامية مقاتلة", "محافظة إدلب", "H"),
    ],
    # Al-Ittihad agrees with Ahmed Asiri on a renewal; al-Kharaa trains: club business and sport (the
    # contract, loans, the supervisor's meetings with his players; al-Muwallad's doping suspension only
    # inside "بعد انتهاء عقوبته", an anchor of his return): none.
    "snn-8aa7a557cd7a": [],
    # The PLO Negotiations Affairs Department's report: 11,000 settler attacks since 2004. s0 the report
    # charging the settlers with more than 11,000 attacks and terrorist assaults (a report attributing
    # wrongdoing, fifth set's UNAMA, seventh set's Justice Department; the tally itself not coded) ->
    # ACCUSE allege; s1 the Arab Peace Initiative committee meeting in Cairo to which it was presented (the
    # article's own meeting, mentioned only in a relative clause and reported nowhere else, fifth set's OPEC
    # frame; an Arab League body: multilateral; "لجنة" without the fused ل) -> CONSULT multilateral; s2 the
    # report showing that the occupation forces protect, train, arm and fund the settlers and shield them in
    # court (new recipient; the document as actor, fifth set) -> ACCUSE allege; s3 the report noting
    # instructions circulated among the settlers to burn Arabs alive (new allegation) -> ACCUSE allege; s4
    # the killing of the baby Ali Dawabsheh by burning on 31 July in Duma (seven days before: not
    # historical, eighth set) -> ASSAULT primitive (fire, fourth set; the attack on the house in the same
    # sentence is the same event; perpetrators not named in s4); s5 the terrorists throwing incendiary
    # devices through the child's window (perpetrators and method named: new content, as the sixth set's
    # Abha s0/s3) -> ASSAULT primitive. Not coded: the Israeli Channel 2 broadcast and the Tabgha church
    # attack in the relative clause identifying the cell (background relative clause, sixth set), the
    # Department's implied charge that the broadcast showed the method (no accusation stated), s6-s9 (Yesh
    # Din's statistics on closed files and indictments), s10 (the call on "the international community" to
    # shoulder its responsibilities: generic addressee, vague act, first set's "المجتمع الدولي").
    "snn-174ba3483c25": [
        ("ACCUSE", "allege", 0, "ارتكبوا", "دائرة شؤون المفاوضات في منظمة التحرير الفلسطينية", "المستوطنين", None, ""),
        ("CONSULT", "multilateral", 1, "عقد", "لجنة مبادرة السلام العربية", None, "القاهرة", ""),
        ("ACCUSE", "allege", 2, "يظهر", "التقرير", "قوات الاحتلال", None, ""),
        ("ACCUSE", "allege", 3, "نوه", "التقرير", "المستوطنين", None, ""),
        ("ASSAULT", "primitive", 4, "قتل", None, "الطفل الرضيع علي دوابشة", "قرية دوما", ""),
        ("ASSAULT", "primitive", 5, "ألقوا عبوات حارقة", "الإرهابيون", "أسرة دوابشة", None, ""),
    ],
    # The OIC condemns the terrorist attack in Maroua (northern Cameroon). s0 the OIC general secretariat's
    # condemnation -> ACCUSE disapprove (the attack as its object: recipient null, as the sixth set's
    # Al-Azhar) and the attack of last Wednesday in which two female suicide bombers blew themselves up,
    # killing 20 (one record, the casualties in it; three days before: not historical) -> ASSAULT
    # suicide-attack. Not coded: s1 (condolences and wishes, fourth/sixth sets), s2 (the call on the
    # multinational joint task force "لضرورة تكثيف جهودها في مكافحة الإرهاب": a necessity statement without a
    # concrete act, as the eighth set's call to intensify efforts; the OIC's standing condemnation of all
    # terrorism, sixth set's continued condemnation).
    "snn-895b11463a56": [
        ("ACCUSE", "disapprove", 0, "أدانت", "الأمانة العامة لمنظمة التعاون الإسلامي", None, None, ""),
        ("ASSAULT", "suicide-attack", 0, "فجرت انتحاريتان نفسيهما", "انتحاريتان", None, "مدينة مروة", ""),
    ],
    # India: the attack on a police station in Punjab (Gurdaspur) ends, all gunmen killed. s0 the gunmen who
    # stormed a police station today in Punjab (the relative clause carries the article's attack) ->
    # ASSAULT (method not stated in s0: null), and the security operation against them, now over -> ASSAULT
    # (security forces not named in s0: actor null; "مسلحين" serves as actor of the one and recipient of the
    # other); s1 the police combing the site -> COERCE seize (PLOVER: execute search; fourth set's Suez
    # sweep; the 12-hour siege inside "بعد" is the cordon coded in s5); s3 India tightening security on its
    # border with Pakistan -> MOBILIZE (first set's high alert, mode null; "الهند" first occurrence; the
    # border is not a place name: location null); s4 the gunmen in military jackets holed up in the police
    # station in Gurdaspur district (holding a place taken by force, first set's "كانت تحتلها"; new place) ->
    # COERCE seize (could be read as the s0 attack restated, ASSAULT); s5 the gunfire heard on television
    # (the firefight: method and the town named, new content) -> ASSAULT firearms, and the security forces
    # cordoning the police station in Dinanagar -> COERCE restrict (first set's cordons, sieges); s8 the
    # Home Minister instructing the Border Security Force's chief to raise vigilance on the border (an order
    # coded as the ordered act, fifth set's "يأمر باعتقال"; new actor) -> MOBILIZE police (a security unit).
    # Not coded: s2 (all attackers killed: the outcome of the s0 operation, a casualty restatement, as the
    # eighth set's Kabul figures), s3's "بعد أن اقتحم مسلحون ..." (the attack restated with its casualties),
    # s6-s7 (casualties), s8's talk with the BSF chief (internal command), s10 (prediction), s12 (the car
    # and the jackets: detail), s13 (background), s14 (India's standing accusation that Pakistan trains and
    # arms militants and Islamabad's standing denial: habitual, sixth/seventh sets).
    "snn-404af3b54ad7": [
        ("ASSAULT", None, 0, "اقتحموا", "مسلحين", "مركزا للشرطة", "ولاية البنجاب", ""),
        ("ASSAULT", None, 0, "العملية الأمنية", None, "مسلحين", "ولاية البنجاب", ""),
        ("COERCE", "seize", 1, "تمشط", "الشرطة", None, None, ""),
        ("MOBILIZE", None, 3, "شددت", ("الهند", 1), None, None, ""),
        ("COERCE", "seize", 4, "تحصنوا", "هؤلاء الرجال", None, "منطقة جورداسبور", ""),
        ("ASSAULT", "firearms", 5, "إطلاق النار", None, None, "بلدة ديناناجار", ""),
        ("COERCE", "restrict", 5, "طوقت", "قوات الأمن", "مركز الشرطة", "بلدة ديناناجار", ""),
        ("MOBILIZE", "police", 8, "بزيادة الحذر", "وزير الداخلية الاتحادي راجناث سينغ", None, None, ""),
    ],
    # Al-Yaum column "الإرهاب الأسود" (by the Eastern Province post director) on the bombing of the special
    # emergency forces' mosque in Asir (6 August, five days before: not historical). Events stated as facts
    # in a column (second set): s0 "another heinous crime" of black terrorism targeting worshippers ->
    # ASSAULT (first mention; the characterising "الإرهاب الأسود" is the only naming of the perpetrator); s1
    # the mosque of the special emergency forces in Asir and ISIS named (new target, place and actor, as the
    # sixth set's Abha bombing s0/s3) -> ASSAULT; s2 "غدرة انتحاري داعش برجال الامن" (method and victims named)
    # -> ASSAULT suicide-attack (the earlier records keep mode null, as the sixth set's s0; "بيت من بيوت
    # الله" is not a place name). Not coded: the characterisations and moralising (s1 "شيمتهم", s2-s3), s4 the
    # quoted general resolve of Prince Mohammed bin Nayef (undated, first set's "مصممة على مواصلة القتال"),
    # s5 (signature).
    "snn-48b26fddf470": [
        ("ASSAULT", None, 0, "جريمة شنعاء", "الإرهاب الأسود", "المصلين", None, ""),
        ("ASSAULT", None, 1, "قتل الركع السجود", "إرهاب داعش", "مسجد لقوات الطوارئ الخاصة", "منطقة عسير", ""),
        ("ASSAULT", "suicide-attack", 2, "غدرة", "انتحاري داعش", "رجال الامن", None, ""),
    ],
    # Tunisia's Interior Ministry looks into the Tunisian arrested in Italy. s0 the authorities investigating
    # the Tunisian held in Italy -> ACCUSE investigate (PLOVER: all investigations; "الموقوف" and "يشتبه
    # بتخطيطه" attributive, seventh set); s3 the investigation of Lassaad Briki (named: new content, as the
    # seventh set's detainees named in s1) -> ACCUSE investigate (passive: actor null) and its coordination
    # with the Italian security services -> COOPERATE (coordination, second/fifth sets; the Tunisian side
    # only implied: actor null); s4 the Italian police arresting two men on Wednesday -> COERCE arrest, and
    # their being heard planning attacks on an Italian air base housing US personnel (stated as fact in the
    # relative clause) -> ASSAULT [F] (a plotted attack, third set's "تحضر لهجوم"; "رجلين" names them); s6 the
    # Italian police's arrest of the Moroccan Abdelmajid Touil in February (background of another case,
    # five months before -> H, as the seventh set's March Bamako attack) -> COERCE arrest [H], the suspicion
    # of his involvement stated by Tunisia's international arrest warrant -> ACCUSE allege [H] (seventh
    # set's "تشتبه": the stated ground of an arrest; the warrant itself is the procedure of the coded
    # arrest), and the Bardo terrorist attack (the crime behind the case, with its place, reported nowhere
    # else, as the third/seventh sets' crimes behind a case) -> ASSAULT [H]; s7 the Tunisian Interior
    # Ministry's statement at the time that Touil gave logistic support to the attackers -> ACCUSE allege
    # [H] ("آنذاك"; the support is its content); s8 the Sousse hotel attack of June with its perpetrator
    # named (in an apposition, reported nowhere else; a month before, background of another story -> H, as
    # the seventh set's June Mali agreement) -> ASSAULT [H] ("بسوسة" without the fused ب). Not coded: s1-s2
    # (the "د." / "ب." fragments), the ISIS propaganda and the account run by the two (s4-s5: no PLOVER act),
    # the account's suspension "جرى تعليقه" (actor not stated; a platform's act), the police hearing them
    # (the ground of the arrest), the local media's speculation on a link (s8), s9 (the ministry declining to
    # confirm; the promised later disclosure).
    "snn-63d0623397a7": [
        ("ACCUSE", "investigate", 0, "التحري", "السلطات", "التونسي الموقوف بإيطاليا", None, ""),
        ("ACCUSE", "investigate", 3, "يجري التحري", None, "لسعد البريكي", None, ""),
        ("COOPERATE", None, 3, "بالتنسيق", None, "الأجهزة الأمنية في إيطاليا", None, ""),
        ("COERCE", "arrest", 4, "اعتقلت", "الشرطة الإيطالية", "رجلين", None, ""),
        ("ASSAULT", None, 4, "يخططان لشن هجمات", "رجلين", "قاعدة جوية إيطالية", None, "F"),
        ("COERCE", "arrest", 6, "اعتقلت", "الشرطة الإيطالية", "المغربي عبد المجيد الطويل", None, "H"),
        ("ACCUSE", "allege", 6, "للاشتباه", "تونس", "المغربي عبد المجيد الطويل", None, "H"),
        ("ASSAULT", None, 6, "الهجوم الإرهابي", None, None, "باردو", "H"),
        ("ACCUSE", "allege", 7, "قدم دعماً لوجيستياً", "الداخلية التونسية", "الطويل", None, "H"),
        ("ASSAULT", None, 8, "الهجوم الإرهابي", "سيف الدين الرزقي", "فندق", "سوسة", "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
