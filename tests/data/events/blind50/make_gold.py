"""Build events-blind50.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fiftieth events blind set; same layout and guidelines as the first
forty-nine sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind49.jsonl and their blind/ ..
blind49/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind50.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind50.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-ninth sets' rule: here "أيد" from "وأيد", "اتهام" from "لاتهام" and "باتهام", "هجوم" from "لهجوم", "زراعة" from
# "بزراعة", "زرع ألغام" from "بزرع", "طرد" from "في طرد", "إسناد جوي كثيف" from "بإسناد", "قصف عشوائي عنيف" from "بقصف",
# "مذكرات اعتقال" as written, "أفرج" from "أفرج عن", "تفكيك" from "من تفكيك"); in actors, recipients and places the fused
# ب/ل/ك is left out ("جماعة الحوثيين" from "لجماعة", "موقع إسلامية أخرى" from "لموقع" with the text's own agreement,
# "مدير المستشفى" from "لمدير", "حليفها الحوثي" from "لحليفها", "إيران" from "لإيران", "جنوب أفريقيا" from "لجنوب
# أفريقيا", "مدينة العين" from "بمدينة العين"); spellings as written, copied exactly ("الاوروبيين" and "الاوروبي"
# without hamza, "لايقل" run together, "الجيش الوطني والمقاومة الشعبية" between its stray guillemets, '"80 % من الخلية"'
# with its straight quotes and spaces, "زايد القحوم رئيس ما يسمى بـ»اللجنة الثورية» في الصندوق" with its reversed
# guillemets, 'المنسق العام ل "تيار الأمة الواحدة" محمد علي الجزولي' with its loose ل, "متمردًا" with its tanwin); a
# string repeated in its sentence is picked by its occurrence (("اعتقال", 1) and ("اعتقال", 2) in the Sudan s0,
# ("اعتقل", 1) and ("اعتقل", 2) in the Sudan s6, ("تركيا", 1) and ("تركيا", 2) in the Turkish s0, ("تركيا", 2) in the
# Turkish s4, ("الأمم المتحدة", 2) in the Bashir s1).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-ninth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Jazirah: Zamalek hopes for a third win in the CAF Confederation Cup (25 July). A match preview and the teams'
    # records (sport: the twenty-ninth to forty-ninth sets, not coded). None.
    "snn-4e67ba02cbda": [],
    # Al-Jazirah: the cable cars attract Asir's visitors (4 August). s1-s3, s5-s6 the tourism company's services, the
    # maintenance with the Austrian and Swiss makers and the water directorate's preparation of the dam area (a company's
    # and a directorate's own work: not coded); s4 the company head's demand that the commerce ministry support the tourist
    # sites by preventing the big companies' monopoly (-> REQUEST change, the forty-ninth set's businessman's "طالب"; the
    # speaker an implied subject of "وكشف ... مطالبا", named in s1: actor null).
    "snn-5c37c8b34918": [
        ("REQUEST", "change", 4, "مطالبا", None, "وزارة التجارة", None, ""),
    ],
    # Al-Riyadh: Al-Shabab meets Valwijk in its fourth friendly (1 August). Club business and sport. None.
    "snn-cc488d91d37e": [],
    # Al-Weeam: vacancies at the Armed Forces Medical Services (23 July). A job notice, its terms and the link line (the
    # "goo." link cut at its dot). None.
    "snn-ece1a19e4728": [],
    # 3alyoum: Khamenei criticises the Europeans during the EU foreign-policy chief's visit (31 July). s0 the dateline;
    # s1 Khamenei's criticism of the Europeans on Tuesday (-> ACCUSE disapprove, the sets' "انتقد") coinciding with
    # Mogherini's first visit to Iran (inside "تزامنا مع", its own actor and place -> CONSULT visit; s5 restates it with
    # its purpose and Tehran: not coded again); s2-s4 the tweet's words (s1 restated); s5 the nuclear agreement of 14 July
    # (a bare reference "الذي وقع") and Khamenei's earlier attack on the United States soon after the signing (-> ACCUSE
    # disapprove; "soon after" the signing of 14 July, in an article of 31 July: recent); s6 the tag line.
    "snn-52f91a939e67": [
        ("ACCUSE", "disapprove", 1, "انتقادا", "المرشد الايراني الاعلى آية الله علي خامنئي", "الاوروبيين", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "وزيرة خارجية الاتحاد الاوروبي فيديريكا موغيريني", None, "إيران", ""),
        ("ACCUSE", "disapprove", 5, "هاجم", "خامنئي", ("الولايات المتحدة", 2), None, ""),
    ],
    # Al-Riyadh: Sudan detains sheikhs accused of sending youths to ISIS (4 August). s0 the authorities re-arrested
    # al-Sadeira with some of his students (-> COERCE arrest) and Sheikh Omar Abdelkhaliq was arrested (-> COERCE arrest,
    # passive: actor null; a second recipient); s1 the security authorities had returned al-Jazouli to detention on 30
    # June (-> COERCE arrest; 35 days before the article, not more than five weeks: recent, the forty-ninth set's late
    # June) "four days after his release" (a bare time anchor with a pronoun: not coded); s2 the vice-president's
    # statement of policy and exhortation (not coded); s3 the arrests of s0 restated from al-Sadeira's page (not coded
    # again); s4 the authorities' standing view of the institute (not coded); s5 al-Sadeira's public support of
    # al-Baghdadi at an undated time (-> SUPPORT [H]) and his denial of sending youths (a denial of a charge: not coded);
    # s6 his release last January (-> RETREAT release [H], passive) after a detention of three months (the release's
    # anchor), his earlier arrest after the events at the US embassy in Khartoum (-> COERCE arrest [H]) in the protests
    # against the cartoons (-> PROTEST demo [H], the anchor's own place and target) and his arrest of 2009 at Cairo
    # airport (-> COERCE arrest [H]; the man named as the sentence's subject kept); s7 the Turkish authorities' arrest of
    # 18 Sudanese students "in June" (-> COERCE arrest [H], more than five weeks before 4 August) and the nine students'
    # travel to Syria in March (joining, no act towards another party: not coded).
    "snn-179b49c3ec30": [
        ("COERCE", "arrest", 0, ("اعتقال", 1), "السلطات السودانية", "أحد أبرز رموز التيار السلفي الشيخ مساعد السديرة مع عدد من تلاميذه", None, ""),
        ("COERCE", "arrest", 0, ("اعتقال", 2), None, "الشيخ عمر عبدالخالق رئيس جماعة الاعتصام بالكتاب والسنة", None, ""),
        ("COERCE", "arrest", 1, "المعتقل", "السلطات الأمنية", 'المنسق العام ل "تيار الأمة الواحدة" محمد علي الجزولي', None, ""),
        ("SUPPORT", None, 5, "أيد", "الشيخ السديرة", "أبوبكر البغدادي", None, "H"),
        ("RETREAT", "release", 6, "أفرج عنه", None, "الشيخ السديرة", None, "H"),
        ("COERCE", "arrest", 6, ("اعتقل", 1), None, "الرجل", None, "H"),
        ("PROTEST", "demo", 6, "الاحتجاجات", None, "الرسوم المسيئة للإسلام", "السفارة الأميركية بالخرطوم", "H"),
        ("COERCE", "arrest", 6, ("اعتقل", 2), None, "الرجل", "مطار القاهرة", "H"),
        ("COERCE", "arrest", 7, "القبض", "السلطات التركية", "18 طالبا سودانيا", None, "H"),
    ],
    # Al-Riyadh: al-Assad pardons deserters from military service (26 July). s0 al-Assad issued an amnesty for the
    # deserters who took no part in military operations (-> CONCEDE, PLOVER "formal pardons and amnesties ... CONCEDE"; the
    # twenty-ninth set's acquittal); s1-s5 the decree's text and scope (s0 restated; contents not coded); s6 the earlier
    # amnesty of June 2014 (-> CONCEDE [H], actor unnamed); s8 its conditions (not coded); s9-s12 the defections since
    # 2011, the regime's campaign to call up the youths and the tolls (general series and statistics: not coded).
    "snn-9518e845af48": [
        ("CONCEDE", None, 0, "عفوا", "الرئيس السوري بشار الاسد", "المنشقين من الجيش السوري", None, ""),
        ("CONCEDE", None, 6, "العفو السابق", None, None, None, "H"),
    ],
    # Al-Watan column: make the most of the London trip..! (2 August). Sport administration (the federation's ties to the
    # government body, FIFA's standard agreement) and the columnist's wish that the members visit the English FA (a
    # wish: not coded). None.
    "snn-6e671403bf43": [],
    # Al-Weeam: Turkey blocks access to pro-ISIS websites (21 July). s0 Turkey blocked more than six Islamic news sites
    # (-> COERCE censor, the sixteenth set's "حجبوا الدخول"), which led a group claiming loyalty to ISIS to accuse Turkey
    # of persecuting Muslims (-> ACCUSE allege) and to warn it of an unspecified revenge (-> THREATEN, mode null, the
    # forty-ninth set's threats; "ها" a pronoun: recipient null); s1-s2 the fighters' travel and the allies' pressure
    # (general: not coded); s3 the official's justification and "a series of recent arrests" (a general series); s4
    # several of the sites accused Turkey (-> ACCUSE allege, new actor) and said the communications authority imposed
    # the ban (-> COERCE censor, the ban of s0 with a newly named actor, the forty-eighth set's Aleppo s1); s5 the
    # Dar al-Khilafa site called on the authorities to lift the ban (-> REQUEST yield, PLOVER "ending sanctions ...");
    # s6 its conditional warning (s0's warning restated: not coded again); s8 the woman suicide bomber at the police
    # station in Sultanahmet in January (-> ASSAULT explosives [H]); s9 the critics' view (not coded) and the temporary
    # ban on YouTube and Twitter last year (-> COERCE censor [H], inside the critics' comparison with its own targets and
    # date; "سرعتها" a pronoun: actor null) and the legal proceedings for insulting Erdogan (a general practice); s10
    # further Islamic sites blocked (-> COERCE censor, passive, new targets); s11-s12 the official's justification; s13
    # the link line.
    "snn-120896d6b3e4": [
        ("COERCE", "censor", 0, "حجبت", ("تركيا", 1), "أكثر من ستة مواقع اخبارية إسلامية", None, ""),
        ("ACCUSE", "allege", 0, "اتهام", "جماعة تزعم ولاءها لتنظيم داعش", ("تركيا", 2), None, ""),
        ("THREATEN", None, 0, "تحذيرها من انتقام", "جماعة تزعم ولاءها لتنظيم داعش", None, None, ""),
        ("ACCUSE", "allege", 4, "اتهام", "عدة مواقع", ("تركيا", 2), None, ""),
        ("COERCE", "censor", 4, "فرضت الحظر", "سلطة الاتصالات", None, None, ""),
        ("REQUEST", "yield", 5, "دعا", "موقع دار الخلافة دوت كوم", "السلطات", None, ""),
        ("ASSAULT", "explosives", 8, "فجرت نفسها", "امرأة انتحارية", "ضابط شرطة", "مركز للشرطة بمنطقة السلطان أحمد التاريخية في اسطنبول", "H"),
        ("COERCE", "censor", 9, "حظر مؤقت", None, "مواقع يوتيوب وتويتر", None, "H"),
        ("COERCE", "censor", 10, "حجب الدخول", None, "موقع إسلامية أخرى", "تركيا", ""),
    ],
    # Al-Watan: Tunisia releases eight suspects (7 August). s0 the justice minister announced that the judiciary released
    # eight people (-> RETREAT release, the sets' releases) arrested after the Bardo attack (their arrest reported in s6,
    # the attack in s2: not coded here); s1, s3-s5 the release restated with days and names; s2 the Bardo attack of 18
    # March, 22 killed, carried out by two Tunisian gunmen (-> ASSAULT [H], mode null as the forty-ninth set's record of
    # the same attack; ISIS's claim of it not coded, the sets' claims); s6 the interior ministry's dismantling of "80% of
    # the cell" after the attack (-> COERCE arrest [H], the forty-eighth set's dismantled cells); s7 the 1,200 held
    # awaiting trial (a standing state and a figure: not coded).
    "snn-1387af4f58f4": [
        ("RETREAT", "release", 0, "أفرج", "القضاء التونسي", "ثمانية أشخاص", None, ""),
        ("ASSAULT", None, 2, "الاعتداء", "مسلحان تونسيان", "22 شخصا بينهم 21 سائحا أجنبيا", "متحف باردو", "H"),
        ("COERCE", "arrest", 6, "تفكيك", "وزارة الداخلية", '"80 % من الخلية"', None, "H"),
    ],
    # Asharq Al-Awsat column (Bloomberg): who hates the Iran deal more, Bush or Walker? (22 July). Facts stated as facts are
    # coded, the columnist's views not: s0 Trump's attack on McCain (-> ACCUSE disapprove, his remarks of the week before,
    # "المتواصل" read as the same days' remarks) and the staged quarrel of Bush and Walker over the deal (campaign views);
    # s1 their campaign pledges (conditional on an election: not coded); s3 the 1984 quarrel of Hart and Mondale (a
    # columnist's example); s4-s11 views; s12 the syndication line.
    "snn-c50cf746a8b8": [
        ("ACCUSE", "disapprove", 0, "هجوم", "دونالد ترومب", "جون ماكين", None, ""),
    ],
    # Al-Watan: the rebellion's media boast of planting mines (8 August). s0 the Houthi media admitted the group's laying of
    # minefields around the areas they had to leave (-> ASSAULT explosives, the forty-fourth set's "الألغام الأرضية التي
    # زرعتها"; the admission a claim of one's own act, not coded; the forced withdrawals and the resistance's strikes a
    # general background of the campaign); s1 al-Masirah: the group's gunmen left mines in Lahj, Abyan and Aden (-> ASSAULT
    # explosives, the same laying with its places and a new naming of the actor); s2 the claimed toll (not coded); s3 the
    # resistance's clearing of the mines with equipment the coalition's command provided (-> AID, inside the relative
    # clause with its own actor; the thirteenth set's "أرسلتها"); s4-s5 documentation and aims; s6 the Aden resistance's
    # appeal to the displaced not to return (-> REQUEST) and its condition of a written permit for anyone returning (->
    # REQUEST, the forty-third set's "اشترطت"); s7 the Houthi-Saleh militias' mines on the bridges and roads from Karish
    # to al-Rahida (-> ASSAULT explosives); s8 the putschists' mines in al-Ain (-> ASSAULT explosives); s9 a call for
    # caution (an exhortation: not coded); s10 the rebels in Taiz found large quantities of Iranian-made mines (-> COERCE
    # seize, the forty-second and forty-third sets' seized explosives) sent by Tehran to the Houthis (-> AID, inside the
    # relative clause with its own actor, undated but of the current war: not flagged); the stores found (restated).
    "snn-4eaa3f76bfdd": [
        ("ASSAULT", "explosives", 0, "زراعة عدد من حقول الألغام", "جماعة الحوثيين", None, None, ""),
        ("ASSAULT", "explosives", 1, "تركوا خلفهم كميات كبيرة من الألغام", "مسلحي الجماعة", None, "محافظات لحج، وأبين، وعدن", ""),
        ("AID", None, 3, "وفرتها", "قيادة التحالف العربي", "عناصر المقاومة في عدن والحوطة ومحيط قاعدة العند", None, ""),
        ("REQUEST", None, 6, "ناشدت", "قيادة المقاومة الشعبية في عدن", "جميع السكان النازحين", None, ""),
        ("REQUEST", None, 6, "اشترطت", "قيادة المقاومة الشعبية في عدن", "كل من يريد العودة إلى منزله", None, ""),
        ("ASSAULT", "explosives", 7, "زراعة ألغام أرضية", "ميليشيات الحوثيين وصالح", None, "منطقة كرش حتى الراهدة", ""),
        ("ASSAULT", "explosives", 8, "زرع ألغام", "الانقلابيين", None, "مدينة العين", ""),
        ("COERCE", "seize", 10, "عثروا", "الثوار", "كميات كبيرة من الألغام المصنوعة في إيران", "مدينة تعز", ""),
        ("AID", None, 10, "أرسلتها", "طهران", "حليفها الحوثي", None, ""),
    ],
    # Al-Jazirah column: a call to the sane among ISIS! (24 July). The columnist's exhortations and general charges against
    # Iran and ISIS (not coded, the thirty-fourth set's columns); s19 al-Sarkhi's warning against Iran (-> ACCUSE
    # disapprove) and his call for Iraq to be put under UN protection (-> REQUEST change, the thirty-ninth set's record of
    # the same call of 21 July: recent); s21 ISIS's branch in Gaza "by claiming five bombings" (-> ASSAULT explosives, named
    # as its latest branch: recent; the claimant "لكم" a pronoun: actor null; "غزة المحاصرة والمنكوبة" -> "غزة");
    # s30-s33 the list of other articles.
    "snn-d0fb65076242": [
        ("ACCUSE", "disapprove", 19, "يحذّر", "المرجع الصرخي", ("إيران", 1), None, ""),
        ("REQUEST", "change", 19, "نادى", "المرجع الصرخي", None, None, ""),
        ("ASSAULT", "explosives", 21, "خمسة تفجيرات", None, None, "غزة", ""),
    ],
    # Al-Madina column: when will these clips stop? (26 July). Views on filming people in distress (the clip of a teacher's
    # death a misfortune, no act between parties); the contact lines s21-s28 (the e-mail address cut at its dots). None.
    "snn-aca2b74757eb": [],
    # Al-Weeam: Indonesia, Christians attack Muslims and set mosques on fire (21 July). s0 the army and police protect at
    # least 153 Muslims (a protection, not coded) after they were attacked by Christians in Papua (inside "بعدما", its own
    # actor and place -> ASSAULT, mode null; the attacked an implied subject: recipient null); s1 the attack restated
    # with its time (not coded again) and the Muslims' flight (not coded); s2 a mosque and 63 shops set on fire (->
    # ASSAULT primitive, the forty-eighth set's arson; passive: actor null; "الإقليم" anaphoric: place null); s3 the
    # police fired shots to disperse the rioters, one killed and 11 wounded (-> ASSAULT firearms, live shots with
    # casualties; PLOVER's crowd-control reserved for less-lethal means); s4-s6 the police chief's justification and the
    # twelve shot (s3 restated); s7 the link line.
    "snn-864ad7cda3b9": [
        ("ASSAULT", None, 0, "هجوم", "مسيحيين", None, "إقليم بابوا بأقصى شرق إندونيسيا", ""),
        ("ASSAULT", "primitive", 2, "إضرام النيران", None, "مسجد و63 محلا", None, ""),
        ("ASSAULT", "firearms", 3, "أطلقت", "الشرطة", "مثيري الشغب", None, ""),
    ],
    # 3alyoum: Sudan's al-Bashir intends to address a UN summit in New York (4 August). s0 the dateline; s1 the deputy
    # envoy: al-Bashir intends to travel to New York in September to address the UN (-> CONSULT multilateral [F], the
    # sets' planned briefings and the forty-fourth set's summit; the ICC charges of the relative clause reported in s13);
    # s2, s4 the provisional agenda and the envoy's "yes" (s1 restated); s3 the summit to adopt the development plan (->
    # AGREE [F], the forty-eighth set's formal adoption in September); s6-s7, s12 the agenda and no comment; s8-s10 his
    # wish of 2013 and the pending visa (not coded: a wish and a non-decision); s11 Washington's description of the visa
    # request as regrettable (-> ACCUSE disapprove [H], 2013); s13 the ICC's warrants of 2009 and 2010 (-> THREATEN
    # arrest [H] and ACCUSE allege [H], the twenty-ninth and forty-fourth sets' records of the same warrants); s14-s16
    # the members' duty, the US agreement and his travels (necessity statements, standing facts); s17 his visit to South
    # Africa earlier this year (-> CONSULT visit [H], June; "لكنه" a pronoun: actor null) and the court's order barring
    # him from leaving (-> COERCE restrict [H], the eleventh set's travel ban by a court); s18 the tag line.
    "snn-716f5a9a1cf2": [
        ("CONSULT", "multilateral", 1, "يعتزم السفر", "الرئيس السوداني عمر حسن البشير", ("الأمم المتحدة", 2), "نيويورك", "F"),
        ("AGREE", None, 3, "تتبنى", "القمة", None, None, "F"),
        ("ACCUSE", "disapprove", 11, "وصفت", "واشنطن", "طلب التأشيرة", None, "H"),
        ("THREATEN", "arrest", 13, "مذكرات اعتقال", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("ACCUSE", "allege", 13, "اتهمت", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("CONSULT", "visit", 17, "زيارة", None, None, "جنوب أفريقيا", "H"),
        ("COERCE", "restrict", 17, "منعه من السفر", "محكمة", None, None, "H"),
    ],
    # Asharq Al-Awsat: 13 killed in bombings in Nigeria on Eid al-Fitr (21 July). s0 13 killed in three bombings in
    # Damaturu (-> ASSAULT explosives, actor unnamed); s1 the first two blasts' time and place (details: not coded); s2
    # the police chief: three underage girl suicide bombers blew themselves up (-> ASSAULT explosives, the same bombings
    # with their newly named actor); s3-s4, s7-s9 the toll and the third blast restated; s5-s6 Boko Haram's series of
    # attacks and its use of girl bombers (general series: not coded); s10-s12, s14 background, tolls and the wave of
    # violence; s13 the two bombs in a market in Gombe on Thursday evening (-> ASSAULT explosives); s15 the new chief of
    # staff's planned Eid visit to his own soldiers (inside one army: not coded) and his taking office.
    "snn-d739865041ce": [
        ("ASSAULT", "explosives", 0, "ثلاثة تفجيرات", None, "13 شخصا", "داماتورو عاصمة ولاية يوبي بشمال شرقي نيجيريا", ""),
        ("ASSAULT", "explosives", 2, "فجرن انفسهن", "ثلاث انتحاريات قاصرات", "13 شخصا", "داماتورو", ""),
        ("ASSAULT", "explosives", 13, "انفجار قنبلتين", None, "ما لا يقل عن 49 شخصا", "مدينة غومبي جنوب داماتورو", ""),
    ],
    # Al-Jazirah: the Rijal Almaa social development committee visits the inpatients (24 July). s0 the committee visited
    # the inpatients with the hospital director present (-> CONSULT visit, the sets' visits to patients; "برجال ألمع"
    # part of the committee's name: place null) and gave them gifts and flowers (-> AID, the tenth and twenty-third sets;
    # "لهم" a pronoun: recipient null; the congratulation not coded apart, the tenth set), and the project's aims (not
    # coded); s1 al-Zeidani's thanks to the hospital director and staff (-> SUPPORT, the twenty-third set's thanks).
    "snn-ece8e49da33f": [
        ("CONSULT", "visit", 0, "زارت", "لجنة التنمية الاجتماعية الأهلية برجال ألمع", ("المرضى المنومين بالمستشفى", 1), None, ""),
        ("AID", None, 0, "قدّموا لهم الهدايا والورود", "لجنة التنمية الاجتماعية الأهلية برجال ألمع", None, None, ""),
        ("SUPPORT", None, 1, "الشكر", "الزيداني", "مدير المستشفى", None, ""),
    ],
    # Al-Madina: the Houthis loot 300 million riyals from the youth fund (6 August). s0 the Houthi militia looted the fund's
    # revenues (-> COERCE seize, the twenty-ninth set's "نهب"); s1 al-Qahoum's memo to the sulphur company to hand the
    # money to the group (-> REQUEST, an order with its own actor and addressee); s2 his appointment (inside the group: not
    # coded); s3 the start of the "battle to liberate Taiz" to drive out the Houthis and Saleh's guard (-> ASSAULT, mode
    # null, the forty-eighth set's launched offensive; the sides' forces unnamed: actor null); s4 the minister's estimate
    # of control (a state); s5 the militias' random shelling of civilians' homes in Taiz neighbourhoods (-> ASSAULT
    # heavy-weapons); s6 the army's and the resistance's battles with the Houthis in Taiz province (-> ASSAULT, mode null)
    # with the coalition jets' heavy air support (-> AID, the thirteenth set's "بإسناد كثيف") and the resistance's attack
    # on a Houthi checkpoint in Yarim, Ibb, on Tuesday evening (-> ASSAULT, mode null); s7 the toll (not coded apart).
    "snn-c80dcdc46f8d": [
        ("COERCE", "seize", 0, "نهب", "مليشيا جماعة الحوثي", "صندوق النشء والشباب والرياضة", None, ""),
        ("REQUEST", None, 1, "مذكرة", "زايد القحوم رئيس ما يسمى بـ»اللجنة الثورية» في الصندوق", "شركة الكبريت", None, ""),
        ("ASSAULT", None, 3, "معركة تحرير تعز", None, "الحوثيين وفلول الحرس الجمهوري الموالية للمخلوع علي عبدالله صالح", None, ""),
        ("ASSAULT", "heavy-weapons", 5, "قصف عشوائي عنيف", "مليشيات الحوثي والمخلوع صالح", "منازل المدنيين", "أحياء التحرير الأسفل والضبوعة وحي المسبح ووادي القاضي ومحيط جبل جرة", ""),
        ("ASSAULT", None, 6, "معارك شرسة", "الجيش الوطني والمقاومة الشعبية", "الحوثيين", "محافظة تعز", ""),
        ("AID", None, 6, "إسناد جوي كثيف", "مقاتلات التحالف", "الجيش الوطني والمقاومة الشعبية", None, ""),
        ("ASSAULT", None, 6, "هاجمت", "عناصر من المقاومة الشعبية", "نقطة أمنية تابعة لمليشيا الحوثي", "مديرية يريم بمحافظة إب", ""),
    ],
    # Al-Weeam: landmines laid by the Houthis kill nine in Aden (2 August). s0 nine killed in a series of landmine
    # explosions laid by the rebels in Aden (-> ASSAULT explosives, the planters as actor, the forty-fourth set); s1 the
    # wounded (a toll); s2 the Houthi-Saleh shelling of al-Bukhari mosque in Wadi al-Madam, Taiz (-> ASSAULT
    # heavy-weapons, the mosque its target); s3 the resistance's expulsion of the Houthis and Saleh's forces from Aden
    # "days ago" (-> COERCE seize, the sets' "طرد"; recent) after fierce battles (a bare anchor); s4 the loyal forces'
    # advance on Saturday to the Green City and to Zinjibar (-> ASSAULT, mode null, the thirty-fifth and forty-first sets'
    # "تقدم", two records for the two places); s5 the coalition jets' raids on the rebels' positions at al-Anad base, al-
    # Houta and Taiz (-> ASSAULT aerial, the first-named place) and the fierce battles with 47 rebels and 5 loyalists
    # killed (-> ASSAULT, mode null, the toll of a bounded battle, both sides' dead as recipient); s6 the link line.
    "snn-c8b54551be50": [
        ("ASSAULT", "explosives", 0, "انفجارات لألغام أرضية", "المتمردون", "9 أشخاص بينهم 5 مدنيين", "عدن جنوبي اليمن", ""),
        ("ASSAULT", "heavy-weapons", 2, "قصف", "مسلحي الحوثيين وقوات الرئيس السابق، علي عبد الله صالح", "جامع البخاري", "منطقة وادي المدام بمدينة تعز", ""),
        ("COERCE", "seize", 3, "طرد", "قوات المقاومة الشعبية الموالية للرئيس اليمني، عبد ربه منصور هادي", "الحوثيين وقوات صالح", "عدن", ""),
        ("ASSAULT", None, 4, "تقدمها", "القوات الموالية لهادي", None, "المدينة الخضراء في شمال عدن", ""),
        ("ASSAULT", None, 4, "تقدمها", "القوات الموالية لهادي", None, "زنجبار عاصمة محافظة أبين", ""),
        ("ASSAULT", "aerial", 5, "غاراتها", "طائرات التحالف العسكري", "مواقع المتمردين", "قاعدة العند الجوية", ""),
        ("ASSAULT", None, 5, "معارك عنيفة", None, "47 متمردًا و5 من القوات الموالية لهادي", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
