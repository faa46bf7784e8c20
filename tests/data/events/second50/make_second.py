"""Build events-second50.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 20 articles of the fiftieth events blind set (../blind50/sample.jsonl), made to measure the
agreement of two careful annotators (the human ceiling of the events score). Same layout and guidelines as the first
forty-nine sets (/work/main/tests/data/events/events-blind.jsonl ... events-blind49.jsonl and their blind/ ..
blind49/ make_gold.py); blind49/make_gold.py was the template. The first annotation of these articles was never
opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second50.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind50", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second50.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-ninth sets' rule: here "اتهام" from "لاتهام" and "باتهام", "تحذيرها" from "وتحذيرها", "أفرج" from "وأفرج"/"أفرج",
# "نهب" from "بنهب", "زراعة ..." from "بزراعة", "إسناد جوي كثيف" from "بإسناد", "قصف عشوائي عنيف" from "بقصف",
# "تفكيك" from "من تفكيك", "هجوم" from "لهجوم", "الشكر" as written); in actors, recipients and places the fused ب/ل/ك is
# left out ("جماعة الحوثيين" from "لجماعة", "إيران" from "لإيران", "جنوب أفريقيا" from "لجنوب", "تركيا" from "لتركيا",
# "موقع إسلامية أخرى على الإنترنت" from "لموقع", "حليفها الحوثي" from "لحليفها", "مدير المستشفى ولكافة الأطقم الإدارية
# والطبية" from "لمدير", "مديرية يريم بمحافظة إب" from "في", "منطقة وادي المدام بمدينة تعز" from "في"); spellings as
# written, copied exactly ('المنسق العام ل "تيار الأمة الواحدة" محمد علي الجزولي' with its loose ل and straight quotes,
# "الاوروبيين", "الاتحاد الاوروبي" and "الاسد" without their hamzas, "زايد القحوم رئيس ما يسمى بـ»اللجنة الثورية» في
# الصندوق" with its reversed guillemet, "80 % من الخلية" inside its quotes, "47 متمردًا و5 من القوات الموالية لهادي" and
# "فضلًا" with their tanwin, "تحمى" with its alif maqsura); a string repeated in its sentence is picked by its occurrence
# (("اعتقال", 1) and ("اعتقال", 2) in the Sudan s0, ("اعتقل", 1) and ("اعتقل", 2) in the Sudan s6, ("تركيا", 1) and
# ("تركيا", 2) in the Turkey s0 and s4, ("الولايات المتحدة", 2) in the Khamenei s5, ("المرضى المنومين", 1) in the Rijal
# Alma s0).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-ninth sets); a subject named earlier in the same sentence is kept for its further clauses, and a participant
# named earlier in the sentence is kept as the recipient of a pronoun (the forty-fourth to forty-ninth sets).
GOLD = {
    # Al-Jazirah: Zamalek hopes for a new win in the CAF Confederation Cup (25 July). Sport: the coming match, the
    # standings and the earlier matches (the twenty-ninth to forty-ninth sets: not coded). None.
    "snn-4e67ba02cbda": [],
    # Al-Jazirah: the cable cars attract Asir's visitors (4 August). A tourism company's statements: s1-s3 its figures,
    # the maintenance "in cooperation with" the makers (a standing business practice) and its summer strategy (the
    # company's own plan); s4 its efforts to attract cafe chains (its own business) and the company head's demand that
    # the commerce ministry support the tourist sites by preventing the big companies' monopoly (-> REQUEST, the
    # forty-ninth set's businessman's "طالب", the addressee named; the speaker an implied subject of "وكشف": null); s5-s6
    # the resorts and the water directorate's works on the dam (an agency's own works: not coded).
    "snn-5c37c8b34918": [
        ("REQUEST", None, 4, "مطالبا", None, "وزارة التجارة", None, ""),
    ],
    # Al-Riyadh: Al-Shabab meets Valkeveen in its fourth friendly (1 August). Club sport. None.
    "snn-cc488d91d37e": [],
    # Al-Weeam: vacancies at the armed forces' medical services (23 July). An administrative job notice, its
    # conditions and the link line (the sets' vacancy notices). None.
    "snn-ece1a19e4728": [],
    # 3alyoum: Khamenei criticises the Europeans as the EU foreign policy chief visits (31 July). s0 the dateline; s1
    # Khamenei directed criticism at the Europeans on Tuesday (-> ACCUSE disapprove) coinciding with Mogherini's first
    # visit to Iran (-> CONSULT visit, mode visit; the host country as the place, the forty-ninth set's Mogherini in
    # Cyprus: recipient null); s2-s4 the text of his tweet (the criticism of s1 restated; the world wars his historical
    # claim inside the quotation: not coded); s5 the visit to Tehran restated with its aim (not coded again, the place
    # only narrower), the nuclear agreement signed on 14 July between Tehran and the six powers (inside the relative
    # clause with its own parties and date, reported nowhere else -> AGREE, the sets' records of the signed deal; 17
    # days before: recent) and Khamenei's attack on the United States shortly after the signing (-> ACCUSE
    # disapprove, "سبق ان" of mid-July: recent); s6 the tag line.
    "snn-52f91a939e67": [
        ("ACCUSE", "disapprove", 1, "انتقادا", "المرشد الايراني الاعلى آية الله علي خامنئي", "الاوروبيين", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "وزيرة خارجية الاتحاد الاوروبي فيديريكا موغيريني", None, "إيران", ""),
        ("AGREE", None, 5, "وقع", "طهران والقوى الست الكبرى", None, None, ""),
        ("ACCUSE", "disapprove", 5, "هاجم", "خامنئي", ("الولايات المتحدة", 2), None, ""),
    ],
    # Al-Riyadh: Sudan detains sheikhs accused of sending young men to ISIS (4 August). s0 the Sudanese authorities
    # re-arrested al-Sudaira with some of his students (-> COERCE arrest) and Sheikh Omar Abdel-Khaliq was arrested
    # (-> COERCE arrest, passive: actor null; the campaign's aim not coded); s1 the security authorities had returned
    # al-Jazouli to detention on 30 June (-> COERCE arrest; 30 June in an article of 4 August is exactly five weeks,
    # not more: not flagged) four days after his release (a bare anchor "بعد ... إطلاق سراحه" with a pronoun only: not
    # coded); s2 the vice-president's position and general call against extremism (views) at his own movement's forum (a
    # body's own session); s3 the sheikh's page: the same arrest restated (the added name a detail: not coded again);
    # s4 the authorities' view of the institute (a standing charge: not coded); s5 al-Sudaira's public support of
    # al-Baghdadi at some time (-> SUPPORT [H], undated) and his denial of sending young men (a denial of a standing
    # charge, no bounded act of his own to negate: not coded); s6 his release in January (-> RETREAT release [H],
    # passive), his arrest after the events at the US embassy in Khartoum (-> COERCE arrest [H], 2012, "الرجل" the
    # named participant) on the protests against the cartoons (inside the anchor, with its own place -> PROTEST demo
    # [H], actor unnamed) and his arrest at Cairo airport in 2009 (-> COERCE arrest [H], its own place); s7 the Turkish
    # authorities' arrest of 18 Sudanese students in June (-> COERCE arrest [H], "يونيو الماضي" in an article of 4
    # August: more than five weeks) and the nine students' travel to Syria (a journey, no act towards a party: not
    # coded).
    "snn-179b49c3ec30": [
        ("COERCE", "arrest", 0, ("اعتقال", 1), "السلطات السودانية", "الشيخ مساعد السديرة مع عدد من تلاميذه", None, ""),
        ("COERCE", "arrest", 0, ("اعتقال", 2), None, "الشيخ عمر عبدالخالق رئيس جماعة الاعتصام بالكتاب والسنة", None, ""),
        ("COERCE", "arrest", 1, "أعادت", "السلطات الأمنية", 'المنسق العام ل "تيار الأمة الواحدة" محمد علي الجزولي', None, ""),
        ("SUPPORT", None, 5, "أيد", "الشيخ السديرة", "أبوبكر البغدادي", None, "H"),
        ("RETREAT", "release", 6, "أفرج", None, "الشيخ السديرة", None, "H"),
        ("COERCE", "arrest", 6, ("اعتقل", 1), None, "الرجل", None, "H"),
        ("PROTEST", "demo", 6, "الاحتجاجات", None, None, "السفارة الأميركية بالخرطوم", "H"),
        ("COERCE", "arrest", 6, ("اعتقل", 2), None, "الرجل", "مطار القاهرة", "H"),
        ("COERCE", "arrest", 7, "القبض", "السلطات التركية", "18 طالبا سودانيا", None, "H"),
    ],
    # Al-Riyadh: al-Assad pardons deserters from military service (26 July). s0 Assad issued on Saturday an amnesty for
    # the army's deserters who took no part in military operations (-> CONCEDE, PLOVER "formal pardons and amnesties ...
    # CONCEDE"); s1-s5, s7-s8 the decree's terms and conditions (contents: not coded); s6 the previous amnesty of June
    # 2014 within a comprehensive decree on detainees (inside the relative clause with its own date and recipients,
    # reported nowhere else -> CONCEDE [H], passive: actor null); s9 the tens of thousands of defections since 2011 (a
    # tally of a series); s10 the regime's intensive campaign urging conscripts to join (a continuing campaign, a
    # standing practice: not coded); s11-s12 the Observatory's tallies.
    "snn-9518e845af48": [
        ("CONCEDE", None, 0, "عفوا", "الرئيس السوري بشار الاسد", "المنشقين من الجيش السوري", None, ""),
        ("CONCEDE", None, 6, "العفو السابق", None, "المعتقلين في السجون السورية", None, "H"),
    ],
    # Al-Watan column: invest the London trip..! (2 August). A sports columnist on the football federation's
    # independence: FIFA's standing rules and model agreement, the federation's history and the columnist's wish that
    # its members visit the English FA next week (sport administration and a wish: not coded). None.
    "snn-6e671403bf43": [],
    # Al-Weeam: Turkey blocks access to pro-ISIS websites (21 July). s0 Turkey blocked more than six Islamic news sites
    # this week (-> COERCE censor, the sixteenth set's "حجبوا") which led a group claiming allegiance to ISIS to accuse
    # Turkey of persecuting Muslims (-> ACCUSE allege) and to warn it of unspecified revenge (-> THREATEN, mode null: the
    # act threatened not specified, the forty-ninth set's threats; the recipient the named Turkey of the pronoun); s1
    # the foreign fighters' travel over the past years (a general series); s2 the allies' pressure (standing); s3 the
    # official's words on the restrictions and "a series of recent arrests" (a bare series without participants: not
    # coded); s4 several sites, blocked inside Turkey since Sunday, accused Turkey of persecuting Muslims (-> ACCUSE
    # allege, another actor phrase than s0's group) and said the communications authority imposed the ban (-> COERCE
    # censor, s0's blocking with its named actor and place: new content); s5 Dar al-Khilafa's statement and its call on
    # the authorities to lift the ban (-> REQUEST yield, PLOVER "easing" of a restriction; the "pressures" its view);
    # s6 the statement's conditional warning (the warning of s0 quoted: not coded again); s8 the woman suicide bomber's
    # attack on the Sultanahmet police station in January (-> ASSAULT suicide-attack [H]; her earlier visit to Syria not
    # an act towards a party); s9 the critics' view (not coded) and Turkey's temporary ban on YouTube and Twitter last
    # year (inside the comparison, with its own recipients and date -> COERCE censor [H]; Turkey named only as the
    # critics' object, the subject a pronoun: actor null) and the legal actions against those charged with insulting
    # Erdogan (a general series: not coded); s10 access to other Islamic sites blocked in Turkey (-> COERCE censor,
    # passive, new recipients); s11-s12 the official's words (views); s13 the link line.
    "snn-120896d6b3e4": [
        ("COERCE", "censor", 0, "حجبت", ("تركيا", 1), "أكثر من ستة مواقع اخبارية إسلامية", None, ""),
        ("ACCUSE", "allege", 0, "اتهام", "جماعة تزعم ولاءها لتنظيم داعش", ("تركيا", 2), None, ""),
        ("THREATEN", None, 0, "تحذيرها", "جماعة تزعم ولاءها لتنظيم داعش", ("تركيا", 2), None, ""),
        ("ACCUSE", "allege", 4, "اتهام", "عدة مواقع", ("تركيا", 2), None, ""),
        ("COERCE", "censor", 4, "فرضت الحظر", "سلطة الاتصالات", None, ("تركيا", 1), ""),
        ("REQUEST", "yield", 5, "دعا", "موقع دار الخلافة دوت كوم", "السلطات", None, ""),
        ("ASSAULT", "suicide-attack", 8, "فجرت نفسها", "امرأة انتحارية", "مركز للشرطة", "منطقة السلطان أحمد التاريخية في اسطنبول", "H"),
        ("COERCE", "censor", 9, "فرض حظر مؤقت", None, "مواقع يوتيوب وتويتر", None, "H"),
        ("COERCE", "censor", 10, "حجب الدخول", None, "موقع إسلامية أخرى على الإنترنت", "تركيا", ""),
    ],
    # Al-Watan: Tunisia, eight suspects released (7 August). s0 the justice minister announced that the judiciary
    # released eight people (-> RETREAT release, the fifteenth set's "الإفراج" of the suspects) detained after the
    # Bardo attack in March (inside the relative clause, with its own date and occasion, reported nowhere else -> COERCE
    # arrest [H], passive; the recipient the named participant of the pronoun); s1, s3-s5 the release restated with its
    # days, the released alleged leader and the judge's decision (details: not coded again); s2 the Bardo attack of 18
    # March by two Tunisian gunmen, claimed by ISIS (-> ASSAULT [H]; the gunmen the actors, the claimant not a second
    # actor; no method written: mode null; the museum as place); s6 the interior ministry's dismantling of 80% of the
    # cell after the attack (-> COERCE arrest [H], the forty-eighth set's dismantled cells); s7 the 1,200 people held
    # pending trial (a tally of a standing detention: not coded).
    "snn-1387af4f58f4": [
        ("RETREAT", "release", 0, "أفرج", "القضاء التونسي", "ثمانية أشخاص", None, ""),
        ("COERCE", "arrest", 0, "توقيفهم", None, "ثمانية أشخاص", None, "H"),
        ("ASSAULT", None, 2, "الاعتداء", "مسلحان تونسيان", None, "متحف باردو", "H"),
        ("COERCE", "arrest", 6, "تفكيك", "وزارة الداخلية", "80 % من الخلية", None, "H"),
    ],
    # Asharq Al-Awsat column (Bloomberg): who hates the Iran deal more, Bush or Walker? (22 July). s0 Trump's continuing
    # attack on McCain (-> ACCUSE disapprove, a fact stated as a fact; recent) and the "contrived" Bush-Walker quarrel
    # over the deal (the columnist's subject: campaign positions, not coded); s1 the candidates' pledges on what a new
    # president would do (campaign positions and predictions: not coded); s3 the Hart-Mondale dispute of 1984 (an
    # illustration of campaign rhetoric: not coded); s4 Christie's talk on vaccines (campaigning); s5-s11 views; s12 the
    # syndication line.
    "snn-c50cf746a8b8": [
        ("ACCUSE", "disapprove", 0, "هجوم", "دونالد ترومب", "جون ماكين", None, ""),
    ],
    # Aawsat: 13 killed in bombings in Nigeria as Eid is celebrated (21 July; the bombings of Friday 17 July). s0 the
    # lead: at least 13 killed in three bombings in Damaturu (-> ASSAULT explosives, actor null, the sets' leads beside
    # their details); s1 the first and second bombings' times (details); s2 the police commander: three underage female
    # suicide bombers blew themselves up in Damaturu (-> ASSAULT suicide-attack, a named actor); s3-s4, s8-s9 the
    # attack and the toll restated; s5-s6 Boko Haram's series of attacks and of female bombers (general series: not
    # coded); s7 the volunteer: a third explosion targeted worshippers (-> ASSAULT explosives, the target new content);
    # s10-s12, s14 general tolls and series; s13 at least 49 killed on Thursday evening by two bombs in a market in
    # Gombe (-> ASSAULT explosives); s15 the new chief of staff's visit to his soldiers in Damaturu today (a visit to his
    # own forces, the forty-ninth set's Poroshenko in Luhansk: not coded).
    "snn-d739865041ce": [
        ("ASSAULT", "explosives", 0, "ثلاثة تفجيرات", None, None, "داماتورو عاصمة ولاية يوبي بشمال شرقي نيجيريا", ""),
        ("ASSAULT", "suicide-attack", 2, "فجرن انفسهن", "ثلاث انتحاريات قاصرات", None, "داماتورو عاصمة الولاية الواقعة في شمال شرقي نيجيريا", ""),
        ("ASSAULT", "explosives", 7, "انفجار ثالث", None, "مصلين", None, ""),
        ("ASSAULT", "explosives", 13, "انفجار قنبلتين", None, None, "مدينة غومبي جنوب داماتورو", ""),
    ],
    # Al-Jazirah: Rijal Alma's social development committee visits inpatients (24 July). s0 the committee visited the
    # hospital's inpatients with the hospital director present (-> CONSULT visit, the sets' patient visits: the patients
    # as recipient, place null), congratulated them on Eid (-> SUPPORT, the twenty-seventh and twenty-eighth sets'
    # "هنأ"/"التهنئة") and gave them gifts and flowers (-> AID, the sets' gifts to patients; the named subject kept, the
    # patients the named participant of "لهم"); the project's aims (not coded); s1 al-Zaidani thanked the hospital
    # director and staff (-> SUPPORT, the sets' thanks).
    "snn-ece8e49da33f": [
        ("CONSULT", "visit", 0, "زارت", "لجنة التنمية الاجتماعية الأهلية برجال ألمع", ("المرضى المنومين", 1), None, ""),
        ("SUPPORT", None, 0, "هنأوهم", "لجنة التنمية الاجتماعية الأهلية برجال ألمع", ("المرضى المنومين", 1), None, ""),
        ("AID", None, 0, "قدّموا لهم الهدايا والورود", "لجنة التنمية الاجتماعية الأهلية برجال ألمع", ("المرضى المنومين", 1), None, ""),
        ("SUPPORT", None, 1, "الشكر", "الزيداني", "مدير المستشفى ولكافة الأطقم الإدارية والطبية", None, ""),
    ],
    # Al-Madina: the Houthis loot 300 million riyals from the youth fund (6 August). s0 the Houthi militia looted the
    # fund's revenues (-> COERCE seize, the ninth and fortieth sets' "نهب"); s1 the memo of al-Qahoum, head of the
    # Houthis' "revolutionary committee" in the fund, to the sulphur company to hand over the money (-> REQUEST, a demand
    # addressed to a named party, the forty-third set's "مذكرة"); s2 his earlier appointment by the group (an
    # appointment inside an institution: not coded); s3 pro-government military sources: the "battle to liberate Taiz"
    # has started to drive out the Houthis and the Republican Guard remnants (-> ASSAULT, mode null; the fighters
    # unnamed: actor null; its aim inside the trigger's sentence not coded apart); s4 75% of Taiz under the resistance's
    # control (a state: not coded); s5 the Houthi-Saleh militias' random shelling of civilians' homes in Taiz's
    # neighbourhoods (-> ASSAULT heavy-weapons); s6 the army and the resistance fought the Houthis all day yesterday in
    # Taiz province (-> ASSAULT, mode null) with heavy air support from the coalition's fighters (-> ASSAULT aerial, its
    # own actor) and the resistance attacked a Houthi checkpoint in Yarim in Ibb on Tuesday evening (-> ASSAULT); s7 the
    # attack's toll (not coded apart).
    "snn-c80dcdc46f8d": [
        ("COERCE", "seize", 0, "نهب", "مليشيا جماعة الحوثي", "صندوق النشء والشباب والرياضة", None, ""),
        ("REQUEST", None, 1, "مذكرة", "زايد القحوم رئيس ما يسمى بـ»اللجنة الثورية» في الصندوق", "شركة الكبريت", None, ""),
        ("ASSAULT", None, 3, "معركة تحرير تعز", None, "الحوثيين وفلول الحرس الجمهوري الموالية للمخلوع علي عبدالله صالح", "تعز", ""),
        ("ASSAULT", "heavy-weapons", 5, "قصف عشوائي عنيف", "مليشيات الحوثي والمخلوع صالح", "منازل المدنيين", "أحياء التحرير الأسفل والضبوعة وحي المسبح ووادي القاضي ومحيط جبل جرة", ""),
        ("ASSAULT", None, 6, "معارك شرسة", "الجيش الوطني والمقاومة الشعبية", "الحوثيين", "محافظة تعز", ""),
        ("ASSAULT", "aerial", 6, "إسناد جوي كثيف", "مقاتلات التحالف", None, "محافظة تعز", ""),
        ("ASSAULT", None, 6, "هاجمت", "عناصر من المقاومة الشعبية", "نقطة أمنية تابعة لمليشيا الحوثي", "مديرية يريم بمحافظة إب", ""),
    ],
    # Al-Weeam: landmines planted by the Houthis kill 9 in Aden (2 August). s0 nine killed and 81 wounded in the past 24
    # hours in a series of explosions of landmines planted by the rebels in Aden (-> ASSAULT explosives, the forty-fourth
    # set's mines "التي زرعتها" with their planters as actor); s1 the toll; s2 Sky News: civilians wounded by the
    # Houthi-Saleh gunmen's shelling of al-Bukhari mosque in Taiz (-> ASSAULT heavy-weapons); s3 the resistance expelled
    # the Houthis and Saleh's forces from Aden days ago (-> COERCE seize, the sets' "طرد"; recent) after fierce battles
    # between "the two sides" (an anchor without its own participants: not coded apart); s4 Hadi's forces continued
    # their advance on Saturday into al-Madina al-Khadra and Zinjibar (-> ASSAULT, the thirty-fifth set's advances; the
    # control of the city a bare anchor); s5 the coalition's intensified raids on rebel positions at al-Anad, al-Houta
    # and Taiz (-> ASSAULT aerial) and the fierce battles there that killed 47 rebels and 5 loyalists (-> ASSAULT, the
    # toll of a bounded battle, the forty-ninth set's four fighters; the sides unnamed as actors, the place "حيث"
    # anaphoric); s6 the link line.
    "snn-c8b54551be50": [
        ("ASSAULT", "explosives", 0, "انفجارات", "المتمردون", None, "عدن جنوبي اليمن", ""),
        ("ASSAULT", "heavy-weapons", 2, "قصف", "مسلحي الحوثيين وقوات الرئيس السابق، علي عبد الله صالح", "جامع البخاري", "منطقة وادي المدام بمدينة تعز", ""),
        ("COERCE", "seize", 3, "طرد", "قوات المقاومة الشعبية الموالية للرئيس اليمني، عبد ربه منصور هادي", "الحوثيين وقوات صالح", "عدن", ""),
        ("ASSAULT", None, 4, "تقدمها", "القوات الموالية لهادي", None, "المدينة الخضراء في شمال عدن، بالإضافة إلى زنجبار عاصمة محافظة أبين شرقي المدينة", ""),
        ("ASSAULT", "aerial", 5, "غاراتها", "طائرات التحالف العسكري", "مواقع المتمردين", "قاعدة العند الجوية، وفي الحوطة في محافظة لحج، فضلًا عن تعز", ""),
        ("ASSAULT", None, 5, "معارك عنيفة", None, "47 متمردًا و5 من القوات الموالية لهادي", None, ""),
    ],
    # Al-Watan: the rebels' media boast of planting mines (8 August). s0 the Houthi media admitted planting minefields
    # around the areas they were forced to leave (-> ASSAULT explosives, the planting with the group named in the
    # sentence as actor; the admission a claim of the act, not a concession: not coded apart; the retreat and the
    # resistance's "painful strikes" with the coalition's continuing support background of the whole campaign: not
    # coded); s1 al-Masirah: the group's gunmen left large quantities of mines around residential areas in Lahj, Abyan
    # and Aden (-> ASSAULT explosives, s0 with its places: new content); s2 the claimed toll; s3 the resistance's
    # clearing of mines (no act towards a party) with equipment provided by the coalition command (inside the relative
    # clause with its own actor -> AID, the thirteenth set's coalition supplies "أرسلتها"); s4 documentation (not coded);
    # s5 the rebels' aims; s6 the resistance command in Aden appealed to the displaced not to return (-> REQUEST) and
    # required a written permit from whoever wants to return (-> COERCE restrict, a restriction of movement); s7 the
    # Houthi-Saleh militias' planting of mines on the bridges and roads between Lahj and Taiz (-> ASSAULT explosives);
    # s8 the putschists' mines in al-Ain in Abyan (-> ASSAULT explosives); s9 the rebel command's call on Lawdar's
    # residents to be careful (-> REQUEST, implied subject: null); s10 the rebels in Taiz found large quantities of
    # Iranian-made mines (-> COERCE seize, PLOVER "confiscate"; the stores found restated) which Tehran had sent to its
    # Houthi ally (inside the relative clause with its own actor -> AID [H], undated background).
    "snn-4eaa3f76bfdd": [
        ("ASSAULT", "explosives", 0, "زراعة عدد من حقول الألغام", "جماعة الحوثيين", None, None, ""),
        ("ASSAULT", "explosives", 1, "تركوا خلفهم كميات كبيرة من الألغام", "مسلحي الجماعة", None, "محافظات لحج، وأبين، وعدن، جنوبي اليمن", ""),
        ("AID", None, 3, "وفرتها", "قيادة التحالف العربي", "عناصر المقاومة", None, ""),
        ("REQUEST", None, 6, "ناشدت", "قيادة المقاومة الشعبية في عدن", "جميع السكان النازحين", None, ""),
        ("COERCE", "restrict", 6, "اشترطت", "قيادة المقاومة الشعبية في عدن", "كل من يريد العودة إلى منزله", None, ""),
        ("ASSAULT", "explosives", 7, "زراعة ألغام أرضية", "ميليشيات الحوثيين وصالح", None, "الجسور والطرق التي تربط بين لحج وتعز من منطقة كرش حتى الراهدة", ""),
        ("ASSAULT", "explosives", 8, "زرع ألغام", "الانقلابيين", None, "مدينة العين", ""),
        ("REQUEST", None, 9, "طالبت", None, "السكان في مدينة لودر", None, ""),
        ("COERCE", "seize", 10, "عثروا", "الثوار", "كميات كبيرة من الألغام المصنوعة في إيران", "مدينة تعز", ""),
        ("AID", None, 10, "أرسلتها", "طهران", "حليفها الحوثي", None, "H"),
    ],
    # Al-Jazirah column: an appeal to ISIS's wise men! (24 July). The columnist's rhetorical appeal; his charges against
    # Iran (s2, s5, s13) and al-Qaeda (s3) are views and general charges, his exhortations not events. Coded: s19 the
    # cleric al-Sarkhi's warning against Iran (-> ACCUSE disapprove [H], undated "سمعنا") and his call that Iraq be put
    # under UN protection (-> REQUEST [H], no addressee named); s21 ISIS's latest branch in Gaza by claiming five bombings
    # (-> ASSAULT explosives, the Gaza bombings of mid-July: recent; the claimant addressed by a pronoun: actor null);
    # s30-s33 the list of other articles.
    "snn-d0fb65076242": [
        ("ACCUSE", "disapprove", 19, "يحذّر", "المرجع الصرخي", "إيران", None, "H"),
        ("REQUEST", None, 19, "نادى", "المرجع الصرخي", None, None, "H"),
        ("ASSAULT", "explosives", 21, "خمسة تفجيرات", None, None, "غزة", ""),
    ],
    # Al-Madina column: when will these clips stop? (26 July). A columnist's reflections on filming the injured and the
    # dead; the teacher's death at Tabuk University (no act between parties); the contact lines s21-s28 (the e-mail
    # address cut at its dots). None.
    "snn-aca2b74757eb": [],
    # Al-Weeam: Indonesia, Christians attack Muslims and set mosques on fire (21 July). s0 army and police forces protect
    # at least 153 Muslims (-> AID, PLOVER's protection and asylum of persons: they fled to a military post and a police
    # station, s1) after they were attacked by Christians this morning in Papua (-> ASSAULT, mode null); s1 the attack
    # restated with its time and the flight (not coded again); s2 a mosque and 63 shops set on fire (-> ASSAULT
    # primitive, passive: actor null); s3 the police fired shots to disperse the rioters, killing one and wounding 11 (->
    # ASSAULT firearms: live fire, not the thirty-first set's tear gas); s4-s6 the police chief's justification and
    # charges (views) and the shooting restated.
    "snn-864ad7cda3b9": [
        ("AID", None, 0, "تحمى", "قوات الجيش والشرطة", "153 مسلما", "إقليم بابوا بأقصى شرق إندونيسيا", ""),
        ("ASSAULT", None, 0, "هجوم", "مسيحيين", "153 مسلما", "إقليم بابوا بأقصى شرق إندونيسيا", ""),
        ("ASSAULT", "primitive", 2, "إضرام النيران", None, "مسجد و63 محلا", None, ""),
        ("ASSAULT", "firearms", 3, "أطلقت", "الشرطة", "مثيري الشغب", None, ""),
    ],
    # 3alyoum: Sudan, al-Bashir intends to address a UN summit in New York (4 August). s0 the dateline; s1 the deputy
    # envoy: al-Bashir intends to travel to New York in September to address the UN (-> CONSULT multilateral [F], the
    # twenty-ninth set's record of the same intention); his ICC charge inside the relative clause (reported with its
    # dates in s13: not coded here); s2, s4 the agenda and the envoy's "yes" (restated); s3 the summit is to adopt
    # formally a sustainable development plan (-> AGREE [F], the forty-eighth set's formal adoption in September); s6-s7
    # the provisional agenda and the spokesman's refusal to comment (not events); s8-s10 his wish to speak in 2013 and
    # the pending visa (a wish and a non-act: not coded); s11 Washington's description of the visa request at the time
    # as "regrettable" (-> ACCUSE disapprove [H]); s12 no comment; s13 the ICC's arrest warrants of 2009 and 2010 (->
    # THREATEN arrest [H], the twenty-ninth and forty-fourth sets) charging him with genocide (-> ACCUSE allege [H]); s14-
    # s16 obligations, the UN agreement and his travels (standing); s17 his visit to South Africa earlier this year (->
    # CONSULT visit [H], June: undated "في وقت سابق هذا العام"; the subject a pronoun: null) which he left suddenly after a
    # court ruled that he be prevented from travelling (inside "بعدما", its own actor -> COERCE restrict [H]); s18 the
    # tag line.
    "snn-716f5a9a1cf2": [
        ("CONSULT", "multilateral", 1, "السفر", "الرئيس السوداني عمر حسن البشير", None, "نيويورك", "F"),
        ("AGREE", None, 3, "تتبنى", "القمة", None, None, "F"),
        ("ACCUSE", "disapprove", 11, "وصفت", "واشنطن", "طلب التأشيرة", None, "H"),
        ("THREATEN", "arrest", 13, "مذكرات اعتقال", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("ACCUSE", "allege", 13, "اتهمت", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("CONSULT", "visit", 17, "زيارة", None, None, "جنوب أفريقيا", "H"),
        ("COERCE", "restrict", 17, "منعه من السفر", "محكمة", None, None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
