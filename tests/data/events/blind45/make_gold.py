"""Build events-blind45.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-fifth events blind set; same layout and guidelines as the first
forty-four sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind44.jsonl and their blind/ ..
blind44/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind45.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind45.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-fourth sets' rule: here "زيارة" from "بزيارة", "عطاء" from "بعطاء", "تهمة ..." from "بتهمة", "رفضه" from "وهو ما
# رفضه", "كثف" from "وكثف", "دعا" from "ودعا", "ذكر" from "وذكر"); in actors, recipients and places the fused ب/ل/ك is
# left out ("مدينة العريش في محافظة شمال سيناء" from "بمدينة", "سامويل توباز" from "لسامويل"); where the article's alif
# is elided the fused ل stays (the first, twenty-fifth and twenty-ninth to forty-fourth sets' rule: the triggers
# "للاجتماع" and "للسفر", the recipient "للممثل ناصر القصبي", the actor "للتحالف الدولي"); spellings as written, copied
# exactly ("الاحساء" and "الايتام" without their hamzas, "الاردن", "شاب اردني اميركي" and "تهمة محاولة الانضمام الى
# تنظيم الدولة الاسلامية" of the AFP copy without theirs, "وقّعت" and "ردّ" with their shaddas, "جهاز المخابرات الأوكراني
# (إس بي يو)" with its brackets, "نواب البرلمان الألماني «بوندستاغ»" with its guillemets, 'البريطانية "ويندي باربر"' and
# 'المعرف الذي يحمل اسم "جليبيب الجزراوي"' with their straight quotes); a string repeated in its sentence is picked by
# its occurrence (("هاجم", 1) before "هاجموا" and ("الأهالي", 1) and 2 in the Dhamar s3-s4, ("الدار", 2) in the Barrak
# s1, ("ابنتها", 3) in the Shields s4, ("غارة", 1) before "غارة" in "12 غارة" in the Syria s12, ("الجيش", 2) after "رجال
# الجيش" in the Sinai s2, ("إيران", 1) in the Kerry s5).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-fourth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Ain Al-Youm: the education ministry's spokesman on the hospitals approved for the toxicology test (9 August). s0 the
    # byline; s1-s2 the spokesman's call on the candidates for teaching posts to take the test in approved government
    # hospitals and the rejection of private results (a ministry's requirement for job applicants, the sets' vacancy
    # and admission notices: not coded); s3 the tags line. None.
    "snn-9c8336f2d3b8": [],
    # Ain Al-Youm technology: the strangest computer keyboards in the world (24 July). Product descriptions: none.
    "snn-36072aa0bca9": [],
    # Al-Watan: the financial deficit threatens UNRWA with suspending its services (6 August). s0 the agency's report to
    # the Secretary-General: unless the 101-million deficit is funded by mid-month the crisis may force it to suspend its
    # education programme (a conditional prospect of the agency's own services, no party acted on: not coded; the report
    # to the Secretary-General inside one organisation); s1 its consequence; s2-s3 the commissioner-general's deep concern
    # (a view of the measures, no party blamed: not coded, the forty-third set's concern coded only where it is aimed at a
    # party's act). None (hard case: a reading of s0 as an appeal for funds would code REQUEST assist).
    "snn-534a91e0abf7": [],
    # Al-Riyadh: a study, white Americans live longer than black Americans (23 July). A study's findings: none.
    "snn-01f7f6d850cc": [],
    # Al-Watan: the rebels' heartland (Dhamar) accuses the Houthis of killing its sons (6 August). s0 the tension and the
    # disputes between the people and the Houthi leadership, the near-daily deaths in the confrontations (a state and a
    # general series: not coded); s1 the heated exchange of two days before between a council of notables and the
    # insurgency's representatives (a verbal quarrel, the thirty-fifth set's "تلاسن" in the same story: not coded) and
    # the people's charge that the Houthis lured their sons and pushed them to the fronts without their families'
    # knowledge (-> ACCUSE allege, the thirty-fifth set's record of the same charge); the bodies arriving daily after
    # the successive defeats in Aden, Abyan and Lahj (a general series); s2 the 70 bodies of the fighting before Aden's
    # liberation and the wounded (a tally; the liberation a bare anchor); s3 the 60 more bodies arrived yesterday of
    # sons killed at al-Anad air base at the hands of the rebels and the loyal army (inside the relative clause, its own
    # actors and place, reported nowhere else -> ASSAULT, mode null; the capture of 3 August: recent), the people's
    # attack on the insurgency's delegates who brought the bodies (-> ASSAULT, mode null: "هاجم ... واعتدوا عليهم", no
    # weapon named) and on the quarters' notables who enticed their sons (a new recipient -> ASSAULT, the named subject
    # "الأهالي" kept for "هاجموا"); the notables' payments, their agreement to train the sons and the sending of them to
    # the fronts (the people's account of the luring, the content of s1's charge: not coded); s4 the province on the
    # verge of disobedience (a prospect), the failed attempts of religious and social figures to calm the people (->
    # CONSULT, mode null, the sets' mediations; held though they failed: not negated), the people's insistence on the
    # full blood money before receiving the bodies (-> REQUEST assist, compensation, the forty-third set's refused
    # compensation REJECT assist; the recipient unnamed) and the observers' view; s5 predictions.
    "snn-8c25ee2ad316": [
        ("ACCUSE", "allege", 1, "يؤكد", "الأهالي", "الحوثيين", None, ""),
        ("ASSAULT", None, 3, "لقوا حتفهم", "الثوار والجيش الموالي للشرعية", "أبناء المحافظة", "قاعدة العند الجوية", ""),
        ("ASSAULT", None, 3, ("هاجم", 1), "الأهالي", "مندوبي التمرد", None, ""),
        ("ASSAULT", None, 3, "هاجموا", "الأهالي", "وجهاء الأحياء", None, ""),
        ("CONSULT", None, 4, "محاولات عديدة", "شخصيات دينية واجتماعية", ("الأهالي", 1), None, ""),
        ("REQUEST", "assist", 4, "يصر", ("الأهالي", 2), None, None, ""),
    ],
    # Al-Jazirah: al-Abadi bans senior officials' travel abroad before the corruption inquiries (11 August). s0 a picture
    # caption; s1-s3 al-Abadi's ban on the travel of officials accused of corruption, the airports closed to all
    # officials, the ban on the directors-general and above until the recently opened corruption inquiries end and the
    # freeze of seven senior officials' travel (orders inside one government, the forty-third set's al-Abadi decisions
    # and Algeria's travel ban on its soldiers: not coded; "المتهمين" and "متهمون" attributive, the inquiries a passive
    # anchor without actor or recipient); s4 al-Abadi's words at the emergency cabinet session (inside one government);
    # s5 the parliament speaker Salim al-Jabouri's demand that al-Abadi dismiss the ministers proven corrupt (-> REQUEST
    # change, PLOVER "calls for dismissal of officials", the eighteenth set's record of the same demand; the reforms
    # approved by the government inside one government); s6 his call on the heads of the blocs to back the reform paper
    # (-> REQUEST, mode null, the eighteenth set) and, inside "بعد", Ayatollah Sistani's call on al-Abadi to be bolder
    # (its own actor, reported nowhere else -> REQUEST change, the eighteenth set's record; 7 August: recent; the weeks
    # of protests a bare anchor); s7 al-Jabouri: parliament will name persons and institutions to be held to account (->
    # ACCUSE allege [F]) and will go ahead with an interpellation (-> ACCUSE investigate [F], "we": actor null), the
    # eighteenth set's records of the same words; the demand restated (s5) and the session to discuss the reforms
    # (inside one body) not coded; s8 the lead: 33 killed on Monday in bombings of Shia-majority areas of Diyala (->
    # ASSAULT explosives, the toll as recipient); s9 the three bombings, two of them suicide car bombs (s8 restated with
    # its parts, coded in s10-s11: not coded again); s10 the deadliest, a suicide car bomber at the Huwaider market north
    # of Baquba, 20 killed (-> ASSAULT suicide-attack; "مقتل20 وإصابة 45" no participant phrase: recipient null); s11 a
    # similar bombing at Kanaan (-> ASSAULT suicide-attack, "مماثل" of s10) and three killed by an IED at al-Wathba (->
    # ASSAULT explosives). The Diyala bombings are the second set's story, here a third item: kept by the article's own
    # main story (the travel ban), as the thirty-ninth to forty-fourth sets.
    "snn-a79a04ce67ac": [
        ("REQUEST", "change", 5, "طالب", "رئيس مجلس النواب العراقي سليم الجبوري", "العبادي", None, ""),
        ("REQUEST", None, 6, "دعا", "الجبوري", "رؤساء الكتل السياسية في مجلس النواب", None, ""),
        ("REQUEST", "change", 6, "دعوة", "المرجع الشيعي علي السيستاني", "العبادي", None, ""),
        ("ACCUSE", "allege", 7, "سيحدد", "مجلس النواب", None, None, "F"),
        ("ACCUSE", "investigate", 7, "عملية استجواب", None, None, None, "F"),
        ("ASSAULT", "explosives", 8, "تفجيرات", None, "33 شخصاً", "محافظة ديالى شمال شرق بغداد", ""),
        ("ASSAULT", "suicide-attack", 10, "فجر انتحاري يقود سيارة مفخخة نفسه", "انتحاري يقود سيارة مفخخة", None, "سوق منطقة الهويدر شمال مدينة بعقوبة", ""),
        ("ASSAULT", "suicide-attack", 11, "تفجير مماثل", None, None, "ناحية كنعان جنوب شرق بعقوبة", ""),
        ("ASSAULT", "explosives", 11, "تفجير عبوة ناسفة", None, "ثلاثة أشخاص", "منطقة الوثبة الواقعة بين الهويدر وبعقوبة", ""),
    ],
    # Al-Yaum: the Libyan air force destroys a boat loaded with gunmen off Derna port (8 August). s0 a Libyan air force
    # plane from Tobruk base bombed a boat carrying gunmen and ammunition off Derna (-> ASSAULT aerial); s1 the military
    # source: the boat intercepted at sea and bombed after several warnings to stop that it ignored (the warnings ->
    # THREATEN, mode null, the forty-second and forty-third sets' warnings, passive: actor null; the interception and the
    # bombing s0's act restated); s2 the boat's origin (a detail); s3 the battles in Derna and the near-daily raids
    # ("يُذكر", a general series: not coded); s4 UNSMIL: the UN will hold a new round of Libya peace talks on Monday in
    # Geneva (-> CONSULT [F], mode null, the thirty-fourth set's UN-led talks; its aim not coded); s5 the divisions and
    # the overthrow of Gaddafi (a standing situation, a bare anchor); s6 last month some factions signed a UN-sponsored
    # preliminary agreement on a unity government (-> AGREE, the fifth set's record of the same signing; 12 July, four
    # weeks before: not historical) but the Tripoli parliament's delegates boycotted the meeting (-> REJECT meet, the
    # fifth set's "رفض الحضور"); s7 the mission's statement stressing the great progress made in the dialogue (praise ->
    # SUPPORT, the fifth set's Leon "خطوة مهمة"; Leon named in the sentence); s8-s9 lone full stops; s10 Leon urges the
    # main parties to redouble their efforts and keep working together (-> REQUEST meet, a call to continue
    # negotiations); s11 his words on the reservations (a necessity statement).
    "snn-466d545f919f": [
        ("ASSAULT", "aerial", 0, "قصفت", "إحدى طائرات سلاح الجو الليبي", "أحد المراكب", "عرض البحر قبالة ميناء درنة شمال شرق ليبيا", ""),
        ("THREATEN", None, 1, "توجيه عدة إنذارات له بالتوقف", None, "المركب", None, ""),
        ("CONSULT", None, 4, "جولة جديدة من محادثات سلام ليبيا", "المنظمة الدولية", None, "جنيف", "F"),
        ("AGREE", None, 6, "وقّعت", "بعض الفصائل", None, None, ""),
        ("REJECT", "meet", 6, "قاطعوا الاجتماع", "المندوبين من البرلمان الذي مقره العاصمة الليبية", None, None, ""),
        ("SUPPORT", None, 7, "يؤكد على التقدم الكبير", "برناردينو ليون", "عملية الحوار", None, ""),
        ("REQUEST", "meet", 10, "يحث", "السيد ليون", "الأطراف الرئيسة", None, ""),
    ],
    # Al-Riyadh sports: Daftardar, Sherry's replacement will be better (22 July). Al-Ahli's failed negotiations with the
    # Dutch player, the team's camp in Switzerland and the club's online-store agreement with the Saudi Post (club
    # business, the twenty-ninth to forty-fourth sets: not coded). None.
    "snn-e56deb73e41b": [],
    # Al-Riyadh: a neighbours' dispute ends with a British woman's face torn (22 July). s0 Wendy Barber subjected to a
    # brutal attack when she went to help her daughter (-> ASSAULT, mode null, the lead; attacker unnamed); s1 a strange
    # woman's attack on her on arrival, tearing her face (a new actor -> ASSAULT, mode null, the sets' details with new
    # content); s2 her account (restated); s3 the punches and the nails in her face (the method -> ASSAULT beat, PLOVER
    # "blows, typically administered manually", the forty-first set's fistfight); s4 her daughter Gemma's call and one of
    # the neighbours threatening the daughter with physical assault (-> THREATEN violence; part of the story: not
    # flagged); s5 the hospital report (injuries); s6 the police detained the attacker Donna Wills (-> COERCE arrest) and
    # charged her with assault (-> ACCUSE allege); s7 another woman, Louise Cook, detained (-> COERCE arrest, passive:
    # actor null) on the charge of starting a verbal quarrel (-> ACCUSE allege) and their coming court appearance (a
    # procedure, the thirty-fifth and forty-fourth sets: not coded).
    "snn-dd3dacf221d3": [
        ("ASSAULT", None, 0, "هجوم وحشي مباغت", None, 'البريطانية "ويندي باربر"', None, ""),
        ("ASSAULT", None, 1, "هجوم", "امرأة غريبة", None, None, ""),
        ("ASSAULT", "beat", 3, "تسديد اللكمات", "امرأة لا تعرفها", None, None, ""),
        ("THREATEN", "violence", 4, "تهددها بالاعتداء الجسدي", "إحدى جاراتها", ("ابنتها", 3), None, ""),
        ("COERCE", "arrest", 6, "تحفظت", "شرطة المنطقة", "دونا ويلس", None, ""),
        ("ACCUSE", "allege", 6, "توجيه تهمة الاعتداء الجسدي", "شرطة المنطقة", "دونا ويلس", None, ""),
        ("COERCE", "arrest", 7, "تم التحفظ", None, "لويز كوك", None, ""),
        ("ACCUSE", "allege", 7, "تهمة بدء شجار لفظي", None, "لويز كوك", None, ""),
    ],
    # Al-Riyadh: the interior ministry arrests "Julaybib al-Jazrawi", who threatened to kill the actor al-Qasabi (22
    # July). s0 the ministry's statement: it arrested elements spreading deviant thought on the internet (-> COERCE arrest)
    # among them the account "Julaybib al-Jazrawi", who had threatened the actor Nasser al-Qasabi (inside the relative
    # clause, reported as a main clause in s1: coded there); s1 the account's direct threat to kill al-Qasabi over the
    # "Satan's egg" episode of "Selfie" (-> THREATEN violence; Ramadan, the reason of the arrest: not flagged, the
    # forty-third set's al-Ghamdi tweet); the series' exposure of ISIS's methods (a television comedy: not coded); s2 the
    # ministry's exposure of the accounts spreading deviant thought (-> ACCUSE investigate, the forty-third set's record
    # of the same disclosure "كشفت ... عن عدد من المعرفين") and its identification and arrest of the accounts' owners
    # (s0's arrest restated with the list of names: not coded again).
    "snn-aaac3e0af6e3": [
        ("COERCE", "arrest", 0, "ضبط", "وزارة الداخلية", "عناصر تعمل على نشر الفكر المنحرف عبر شبكة الإنترنت", None, ""),
        ("THREATEN", "violence", 1, "وجه تهديداً مباشرا", 'المعرف الذي يحمل اسم "جليبيب الجزراوي"', "للممثل ناصر القصبي", None, ""),
        ("ACCUSE", "investigate", 2, "كشفت", "وزارة الداخلية", "عدد من المعرفات", None, ""),
    ],
    # Asharq Al-Awsat: 800 million euros of losses for German agriculture (6 August). s0-s3 the cost of the Russian import
    # ban to German farmers (the farmers' president's figures: not coded; the ban coded in s4); s4 Russia imposed the ban
    # on Western farm products on 6 August last year (-> SANCTION discontinue [H], PLOVER "international sanctions") as a
    # reaction to the EU and US economic sanctions (inside the relative clause, its own actors -> SANCTION discontinue
    # [H], "ضدها" pronoun: recipient null); s5 both sides extended their sanctions against each other a short time ago
    # (an extension -> SANCTION discontinue, both sides in one actor phrase, as the forty-fourth set's extended state of
    # emergency; recent); s6-s10 the fair-trade sales (no event; s7/s8 cut at the decimal point).
    "snn-e946c5685798": [
        ("SANCTION", "discontinue", 4, "فرضت حظر الاستيراد", "روسيا", "الغرب", None, "H"),
        ("SANCTION", "discontinue", 4, "العقوبات الاقتصادية", "الاتحاد الأوروبي والولايات المتحدة الأميركية", None, None, "H"),
        ("SANCTION", "discontinue", 5, "مدد", "كلا الطرفين", None, None, ""),
    ],
    # Al-Watan: the labour ministry is ready to sign the recruitment agreement with Nepal (2 August). s0 the deputy
    # minister Ahmed al-Fuhaid: his ministry's readiness to sign the bilateral agreement on domestic workers from Nepal
    # (-> AGREE, PLOVER "willingness ... promises to sign", the forty-third set's readiness) and the two sides working on
    # completing its terms (negotiations -> CONSULT, mode null); his expectation (a prediction); s1 the ministry will
    # discuss the wages and costs with the Nepali side later (-> CONSULT [F]); s2 the ministry's two tracks (standing
    # work and aims); s3 two months before, the labour minister al-Haqbani's meeting in Geneva with the delegations of
    # labour-exporting countries including Nepal's (inside "بعد نحو شهرين من", its own actor, recipient and place ->
    # CONSULT, mode null [H], more than five weeks); s4 the negotiations with Nepal (s0 restated) and the agreement's
    # terms; s5-s6 the agreements' contents and the earlier conditions (contents and standing terms, the thirty-fourth
    # set's contents of agreements: not coded).
    "snn-b9531473f49c": [
        ("AGREE", None, 0, "جاهزية", "وزارته", "نيبال", None, ""),
        ("CONSULT", None, 0, "يعملان", "الطرفين", None, None, ""),
        ("CONSULT", None, 1, "ستناقش", "الوزارة", "الجانب النيبالي", None, "F"),
        ("CONSULT", None, 3, "اجتماع", "وزير العمل الدكتور مفرج الحقباني", "وفود عدد من الدول المصدرة لعمالتها", "جنيف", "H"),
    ],
    # Al-Yaum: al-Barrak visits the orphans of the shelter home on Eid (21 July). s0 the Al-Ahsa deputy governor's visit to
    # the Fatat Al-Ahsa charity's shelter home (-> CONSULT visit, the home as recipient, the thirty-fourth set's
    # host-and-town rule; his acting on the Emir's instructions inside one government: not coded); s1 he met orphans and
    # gave them Eid gifts (-> AID, the second to forty-fourth sets' visits with gifts) and the home built with Mrs Aisha
    # al-Rashed's donation (-> AID [H], undated, the forty-first set's earlier gift of a donor); the home's services (a
    # description); s2-s4 the building's parts; s5 the greetings conveyed and his praise of the idea of building social
    # homes (-> SUPPORT, the thirty-fourth set's visit with gifts and thanks; an idea praised: recipient null).
    "snn-ffa6c6295d51": [
        ("CONSULT", "visit", 0, "زيارة", "وكيل محافظة الاحساء خالد بن عبدالعزيز البراك", "دار الإيواء التابع لجمعية فتاة الأحساء الخيرية النسائية", None, ""),
        ("AID", None, 1, "قدم لهم هدايا", "البراك", "عدد من الايتام", None, ""),
        ("AID", None, 1, "عطاء", "السيدة عائشة الراشد", ("الدار", 2), None, "H"),
        ("SUPPORT", None, 5, "مشيدا", "الوكيل", None, None, ""),
    ],
    # Al-Yaum (AFP): a young American in federal court on charges of supporting ISIS (11 August). s0 the 20-year-old
    # Jordanian-American appeared in court near New York on the charge of trying to join ISIS (a court appearance on a
    # charge -> ACCUSE allege, PLOVER "bring to trial"; "قرب مدينة نيويورك" descriptive: location null); s1 one of at
    # least four arrested in the New York area in recent months (a general series; his own arrest coded in s10); s2 his
    # May trip to Jordan and the charges of conspiracy and material support (the charges of s0's case: not coded again);
    # s3 the hearing at Newark (s0 restated with its place); s4-s9 the prosecution's and the court documents' account
    # (his contacts, his justification of the jihadists' acts with the burning of the pilot al-Kasasbeh and the Charlie
    # Hebdo attack as its examples, his family's pleas, his plans: the content of the charge, the forty-third and
    # forty-fourth sets: not coded); s10 his arrest soon after arriving in Jordan (-> COERCE arrest [H], May, more than
    # five weeks) and his deportation to the US (-> COERCE deport [H]; both passive: actor null; the named "سعادة" kept);
    # s11 his brother Alaa's arrest in New Jersey on 29 June (-> COERCE arrest [H], six weeks before) and charge (->
    # ACCUSE allege [H]); s12 the parents' deportation from the US by court order (inside "بعد", its own recipient and
    # place, reported nowhere else -> COERCE deport [H], undated); s13 last month the charges against Samuel Topaz (->
    # ACCUSE allege, "last month": not shown to be more than five weeks before, not historical); s14 Munther Saleh's
    # arrest (-> COERCE arrest [H], undated) after his attempt to stab an FBI agent (-> ASSAULT primitive [H], PLOVER
    # "attempted"; edged weapon) and his preparation of a bomb attack in the city (-> ASSAULT explosives [F H], the ninth
    # set's planned attack; "المدينة" anaphoric); s15 Comey's testimony to the Senate intelligence committee (inside one
    # government) and his tally; s16 the agency tag.
    "snn-48f466b4bde8": [
        ("ACCUSE", "allege", 0, "تهمة محاولة الانضمام الى تنظيم الدولة الاسلامية", None, "شاب اردني اميركي في الـ20 من عمره", None, ""),
        ("COERCE", "arrest", 10, "اعتقل", None, "سعادة", "الاردن", "H"),
        ("COERCE", "deport", 10, "ترحيله", None, "سعادة", None, "H"),
        ("COERCE", "arrest", 11, "اعتقل", None, "علاء سعادة", "نيو جيرزي", "H"),
        ("ACCUSE", "allege", 11, "اتهم", None, "علاء سعادة", None, "H"),
        ("COERCE", "deport", 12, "ترحيل", None, "والديهما", "الولايات المتحدة", "H"),
        ("ACCUSE", "allege", 13, "وجهت ايضا التهم", None, "سامويل توباز", None, ""),
        ("COERCE", "arrest", 14, "اعتقل", None, "منذر صالح", None, "H"),
        ("ASSAULT", "primitive", 14, "محاولته طعن", "منذر صالح", "عنصر في مكتب التحقيقات الفدرالي (اف بي آي)", None, "H"),
        ("ASSAULT", "explosives", 14, "التحضير لشن هجوم بالقنبلة", "منذر صالح", None, None, "FH"),
    ],
    # Al-Watan: Jordan, the opposition discusses the developments in Syria (24 July). s0 the Jordanian foreign minister
    # Nasser Judeh's talks in Amman with the delegation of the follow-up committee of the second Cairo conference of the
    # Syrian opposition (the delegation visiting Amman on its tour, s4 -> CONSULT visit, the visitor as actor and the host
    # as recipient, PLOVER); s1 the delegation's presentation (the talks' content); s2-s3 Jordan's standing position and
    # the minister's hope (not coded); s4 the delegation's arrival in Amman on a short working visit (s0's visit
    # restated); s5 the UN envoy de Mistura's arrival in Damascus and his meeting with the foreign minister Walid
    # al-Moallem (-> CONSULT visit) "days before" his report to the Security Council (coded in s7); s6 his presentation
    # (the meeting's content) and the briefing at the end of July (s7); s7 he is due in New York next Monday to report to
    # the Security Council (-> CONSULT multilateral [F], the thirty-fourth set's planned briefing); s8 his
    # recommendations (s7 restated); s9 the Southern Front's wide offensive on the regime's positions in Daraa (->
    # ASSAULT, mode null; its aim not coded); s10 the FSA First Coastal Division's Grad rockets on Latakia (-> ASSAULT
    # heavy-weapons, rockets), the violent air raids of Assad's aviation on al-Bab (-> ASSAULT aerial), the regime
    # forces' shelling of Talbiseh's residential areas (-> ASSAULT heavy-weapons, the sets' "قصف" by ground forces) and
    # their targeting of towns in eastern rural Damascus, Zebdin and Deir al-Asafir (a new place -> ASSAULT
    # heavy-weapons, the named subject "قوات النظام" kept); s11 the warplanes' ninth raid on al-Yadouda (-> ASSAULT
    # aerial); s12 a raid on Tariq al-Sad in Daraa (-> ASSAULT aerial, implied subject: actor null; the count a figure);
    # s13 the helicopters' barrel bombs on Tal Shihab (-> ASSAULT aerial, the sets' barrels); s14 Assad's aviation
    # resumed its violent bombing of al-Zabadani (-> ASSAULT aerial) while Hezbollah's militias keep trying to advance (->
    # ASSAULT, mode null, PLOVER "attempted", the forty-third set's attempted advances).
    "snn-69631212865e": [
        ("CONSULT", "visit", 0, "بحث", "وفد لجنة المتابعة المعنية بتنفيذ نتائج مؤتمر القاهرة الثاني للمعارضة السورية", "وزير الخارجية الأردني ناصر جودة", "عمان", ""),
        ("CONSULT", "visit", 5, "التقى", "المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا", "وزير الخارجية وليد المعلم", "دمشق", ""),
        ("CONSULT", "multilateral", 7, "يرفع تقريرا عن مهمته", "دي ميستورا", "مجلس الأمن الدولي", "نيويورك", "F"),
        ("ASSAULT", None, 9, "هجوماً واسعاً", "تشكيلات الجبهة الجنوبية", "مراكز قوات النظام", "مدينة درعا", ""),
        ("ASSAULT", "heavy-weapons", 10, "استهدفت", "الفرقة الأولى الساحلية التابعة للجيش السوري الحر", "مراكز عسكرية", "مدينة اللاذقية", ""),
        ("ASSAULT", "aerial", 10, "غارات جوية عنيفة", "طيران الأسد", None, "مدينة الباب بريف حلب", ""),
        ("ASSAULT", "heavy-weapons", 10, "قصفت", "قوات النظام", "مناطق سكنية", "مدينة تلبيسة بريف حمص الشمالي", ""),
        ("ASSAULT", "heavy-weapons", 10, "استهدافها", "قوات النظام", "عدة بلدات", "الريف الشرقي لدمشق وزبدين ودير العصافير", ""),
        ("ASSAULT", "aerial", 11, "الغارة التاسعة", "الطيران الحربي", None, "بلدة اليادودة", ""),
        ("ASSAULT", "aerial", 12, ("غارة", 1), None, None, "أطراف حي طريق السد بمدينة درعا", ""),
        ("ASSAULT", "aerial", 13, "ألقى", "الطيران المروحي", None, "بلدة تل شهاب", ""),
        ("ASSAULT", "aerial", 14, "قصفه العنيف", "طيران الأسد", None, "الزبداني", ""),
        ("ASSAULT", None, 14, "محاولاتها للتقدم", "ميليشيات حزب الله", None, "الزبداني", ""),
    ],
    # Al-Weeam: 50 killed in raids on an ISIS military parade at Hawija (1 August). s0 the international coalition's
    # fighters struck an ISIS military parade in a Hawija market, more than 50 killed and wounded (-> ASSAULT aerial, the
    # toll part of the record); s1 the shrapnel also hit onlookers (a new recipient -> ASSAULT aerial, actor null); s2
    # al-Husseini's words (a quotation); s3 a dispute between members of an Arab tribe in Hawija and ISIS members with
    # deaths on both sides (two-sided fighting -> ASSAULT, mode null, both sides in one actor phrase); s4 its toll (a
    # figure); s5 the coalition's intensive raids of the past three days on ISIS's positions and movements in Hawija (a
    # bounded recent series with its actor, target and place -> ASSAULT aerial; not a standing practice); s6 the link
    # line.
    "snn-6906330a0f6d": [
        ("ASSAULT", "aerial", 0, "استهدفت", "مقاتلات التحالف الدولي", "استعراضا عسكريا لتنظيم داعش", "أحد أسواق قضاء الحويجة غربي كركوك", ""),
        ("ASSAULT", "aerial", 1, "شظايا القصف", None, "بعض المتجمهرين", None, ""),
        ("ASSAULT", None, 3, "نزاع", "أفراد إحدى العشائر العربية في قضاء الحويجة مع عدد من عناصر تنظيم داعش", None, "قضاء الحويجة", ""),
        ("ASSAULT", "aerial", 5, "غارات مكثفة", "للتحالف الدولي", "مواقع وتحركات داعش", "مركز الحويجة وأطرافها", ""),
    ],
    # Al-Watan: "The tribe is the girl's guardian" (11 August). A social dispute among private actors, coded as the fifth
    # set's social-media accusations and defences: s0 a tribe's notables refused to marry their daughter to a young man
    # of another tribe (inside "بعد أن", its own actor and recipient, reported nowhere else -> REJECT, mode null); s1 the
    # calls to cancel the wedding and the engagement (-> REQUEST, mode null, unnamed: actor null) and the legal adviser's
    # view; s2 tweets denouncing the engagement (-> ACCUSE disapprove, PLOVER "protests carried out in social media";
    # "بعضها": actor null) and many tweeters' regret at the tribal fanaticism (-> ACCUSE disapprove; "هؤلاء"
    # anaphoric: recipient null); s3 the refusing tribe's notables offered the girl's father a car and twice the dowry on
    # condition that he break the engagement (-> REQUEST, mode null, the offer its inducement) and his refusal (->
    # REJECT, mode null); s4 the social media's displeasure restated with a named tweeter (s2 restated: not coded
    # again); s5 a lone "."; s6 his quotation; s7-s8 views and the legal opinion.
    "snn-38a68022fc2b": [
        ("REJECT", None, 0, "رفض", "أعيان إحدى القبائل", "شاب من قبيلة أخرى", None, ""),
        ("REQUEST", None, 1, "مطالبات", None, None, None, ""),
        ("ACCUSE", "disapprove", 2, "تندد", None, None, None, ""),
        ("ACCUSE", "disapprove", 2, "أبدى كثير من المغردين أسفهم", "كثير من المغردين", None, None, ""),
        ("REQUEST", None, 3, "تقدموا", "عددا من أعيان القبيلة الرافضة للزواج", "والد الفتاة", None, ""),
        ("REJECT", None, 3, "رفضه", "الأب", None, None, ""),
    ],
    # Al-Weeam (Reuters): 18 police conscripts wounded in a bomb on a bus in Sinai (26 July). s0 the IED that hit the bus
    # carrying at least 18 conscripts in Arish on Sunday (-> ASSAULT explosives, the toll as recipient); s1 the place
    # inside Arish and the civilian bus (details: not coded again); s2 hundreds of soldiers and policemen killed since
    # July 2013 (a tally and a general series) "since the army announced the removal of President Morsi" (inside
    # "منذ", its own actor and recipient, reported nowhere else -> COERCE, mode null [H], the tenth set's record of the
    # same removal; the mass protests "على حكمه" a bare anchor, as the seventh and tenth sets); s3 the army's intensified
    # operations against the militants in North Sinai (-> ASSAULT, mode null, the forty-fourth set's continued
    # operations) after Wilayat Sinai's big attack on several military points on 1 July (inside "عقب", its own actor and
    # recipient -> ASSAULT, mode null; 25 days before: not historical); s4 the government's decision of Saturday extending
    # the state of emergency in parts of North Sinai for three months (-> COERCE martial-law, the forty-fourth set's
    # record of the same decision; the first imposition a bare anchor, the aim not coded); s5 the link line. The
    # emergency extension is the forty-fourth set's story, here a last item: kept by the article's own main story (the
    # bus bomb), as the thirty-ninth to forty-fourth sets.
    "snn-45ec4f4c3e8a": [
        ("ASSAULT", "explosives", 0, "انفجار عبوة ناسفة", None, "18 مجندا بالشرطة", "مدينة العريش في محافظة شمال سيناء", ""),
        ("COERCE", None, 2, "عزل", ("الجيش", 2), "الرئيس السابق محمد مرسي", None, "H"),
        ("ASSAULT", None, 3, "كثف", "الجيش", "المتشددين", "شمال سيناء", ""),
        ("ASSAULT", None, 3, "هجوم كبير", "جماعة ولاية سيناء", "عدة نقاط عسكرية", None, ""),
        ("COERCE", "martial-law", 4, "تمديد حالة الطوارئ", "الحكومة المصرية", None, "أجزاء من شمال سيناء", ""),
    ],
    # Sabq: Kerry replying to Prince Bandar: without an agreement Iran is free (21 July). s0 Kerry's reply to the criticism
    # of Prince Bandar bin Sultan (an objection -> ACCUSE disapprove, PLOVER "objections"; the criticism itself reported
    # as a main clause in s6: coded there); s1 the CNN interview and his disagreement (s0 restated with its venue; media
    # interviews not coded, the forty-second set); s2 the disagreement restated, his meeting with the Saudi foreign
    # minister Adel al-Jubeir (-> CONSULT, mode null [H], undated background) and the Saudis' wish for an agreement with
    # the points they set (-> REQUEST, mode null [H], the Saudis' demands on the agreement's content; "(السعوديون)" the
    # naming) and that the agreement met them (his claim); s3-s4 his predictions if Congress blocks the deal; s5 the UN
    # process that allowed the sanctions on Iran at first (inside the relative clause, its own actor and recipient ->
    # SANCTION discontinue [H], the forty-fourth set's UN sanctions) and their lifting with Iran's compliance (the deal's
    # terms, a prediction: not coded); s6 Bandar had said that Obama went ahead with the deal knowing that the analyses
    # predicted worse (criticism of a named party -> ACCUSE disapprove; his article of the week before: recent); s7-s8 his
    # predictions and Kissinger's saying (s6's criticism continued).
    "snn-05024e21c49c": [
        ("ACCUSE", "disapprove", 0, "ردّ", "وزير الخارجية الأمريكي جون كيري", "الأمير بندر بن سلطان", None, ""),
        ("CONSULT", None, 2, "التقى", "كيري", "وزير الخارجية السعودي عادل الجبير", None, "H"),
        ("REQUEST", None, 2, "وضعوا عددًا من النقاط التي يريدونها", "السعوديون", None, None, "H"),
        ("SANCTION", "discontinue", 5, "فرض العقوبات", "الأمم المتحدة", ("إيران", 1), None, "H"),
        ("ACCUSE", "disapprove", 6, "ذكر", "الأمير بندر بن سلطان", "أوباما", None, ""),
    ],
    # Asharq Al-Awsat: four Ukrainian soldiers killed raise the tension before the Minsk peace talks (4 August). s0 the
    # army: four soldiers killed and 15 wounded in fighting with pro-Russian rebels over 24 hours (-> ASSAULT, mode null;
    # "شرق البلاد" vague; the coming talks coded in s4); s1 the toll's size; s2 the spokesman Andriy Lysenko: the
    # separatists use heavy weapons banned by the peace agreement (a charge -> ACCUSE allege) and the tension west of
    # Donetsk (a view; the rebels' control a standing situation); s3 the fighting continuing with tank and artillery fire
    # (a new method -> ASSAULT heavy-weapons, actor null); s4 the representatives of Ukraine, Russia and the rebels
    # preparing to meet in Minsk for more talks (-> CONSULT [F], mode null) on the February ceasefire agreement (a bare
    # anchor without its parties or place: not coded; the violations a standing charge); s5 Reuters' July tally; s6 the
    # separatists' toll of last month (a tally reported apart); s7 their charge that the Ukrainian forces fire heavy
    # weapons (-> ACCUSE allege, "اتهموا": actor null); s8 the stir in Berlin over some Bundestag members' plans to travel
    # to Crimea (-> CONSULT visit [F], the forty-third set's visit to a territory without a host) annexed by Russia last
    # year (inside the relative clause, its own actor and place -> COERCE seize [H], the sets' captures of territory); s9
    # the German government's deputy spokeswoman: great doubt that such a visit helps (-> ACCUSE disapprove, the
    # forty-third set's concern at a party's act); s10 a necessity statement ("يجب"); s11 her view; s12 Alexander Neu's
    # plans (s8 restated with a name); s13 French MPs' trip to Moscow and Crimea last July (-> CONSULT visit; recent); s14
    # the Ukrainian security service's three-year travel ban on the ten French MPs (-> REJECT, mode null, PLOVER "bars a
    # group ... from entering its territory", the seventeenth set's German entry ban); s15 similar plans of Italian MPs (a new actor -> CONSULT visit [F]).
    "snn-64e12bceb289": [
        ("ASSAULT", None, 0, "قتال", "متمردين موالين لروسيا", "4 جنود", None, ""),
        ("ACCUSE", "allege", 2, "ذكر", "المتحدث العسكري أندريه ليسينكو", "الانفصاليين المدعومين من روسيا", None, ""),
        ("ASSAULT", "heavy-weapons", 3, "القتال مستمر مع استخدام نيران الدبابات والمدفعية", None, None, None, ""),
        ("CONSULT", None, 4, "للاجتماع", "ممثلون عن أوكرانيا وروسيا والمتمردين", None, "مينسك عاصمة روسيا البيضاء", "F"),
        ("ACCUSE", "allege", 7, "اتهموا", None, "القوات الأوكرانية", None, ""),
        ("CONSULT", "visit", 8, "للسفر", "بعض نواب البرلمان الألماني «بوندستاغ»", None, "شبه جزيرة القرم", "F"),
        ("COERCE", "seize", 8, "ضمتها", "روسيا", "أوكرانيا", "شبه جزيرة القرم", "H"),
        ("ACCUSE", "disapprove", 9, "شكا كبيرا", "نائبة المتحدث باسم الحكومة الألمانية، كريستيانه فيرتس", None, "برلين", ""),
        ("CONSULT", "visit", 13, "توجهوا", "نوابا برلمانيين فرنسيين", None, "موسكو وشبه جزيرة القرم", ""),
        ("REJECT", None, 14, "حظر سفر", "جهاز المخابرات الأوكراني (إس بي يو)", "البرلمانيين الفرنسيين العشرة", None, ""),
        ("CONSULT", "visit", 15, "للسفر", "برلمانيين إيطاليين", None, "شبه جزيرة القرم", "F"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
