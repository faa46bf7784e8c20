"""Build events-second45.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 20 articles of the forty-fifth events blind set (../blind45/sample.jsonl), made to measure the
agreement of two careful annotators (the human ceiling of the events score). Same layout and guidelines as the first
forty-four sets (/work/main/tests/data/events/events-blind.jsonl ... events-blind44.jsonl and their blind/ ..
blind44/ make_gold.py); blind44/make_gold.py was the template. The first annotation of these articles
(events-blind45.jsonl, blind45/make_gold.py, SOURCE-events-blind45.txt) was never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second45.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind45", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second45.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-fourth sets' rule: here "هجوم" from "لهجوم" and "بهجوم", "تهمة ..." from "بتهمة", "تجميد حركة" from "بتجميد",
# "اعتقل" from "فاعتقل"); in actors, recipients and places the
# fused ب/ل/ك is left out ("أبناء المحافظة" from "لأبناء", "وزير الخارجية السعودي عادل الجبير" from "بوزير", "دار
# الإيواء ..." from "لدار", "عدد من الايتام" from "بعدد", "شاب من قبيلة أخرى" from "لشاب"); where the article's alif is
# elided the fused ل stays ("للممثل ناصر القصبي", "للجهاديين", "للتحالف الدولي"; the first, twenty-fifth and twenty-ninth to forty-fourth
# sets' rule); spellings as written, copied exactly (the hamza-less "اردني اميركي", "الاردن", "الطيار الاردني معاذ
# الكساسبة", "صحيفة شارلي ايبدو الفرنسية", "نيو جيرزي", "عنصر في مكتب التحقيقات الفدرالي (اف بي آي)" with its
# brackets, "الايتام"; 'البريطانية "ويندي باربر"' with its straight quotes; "بعض نواب البرلمان الألماني «بوندستاغ»"
# with its guillemets; "جهاز المخابرات الأوكراني (إس بي يو)" with its brackets; "شقيقه علاء سعادة"; 'موقع "تويتر"').
# A string repeated in its sentence is picked by its occurrence (("الأهالي", 1) and 2, ("هاجم", 1), ("إيران", 1),
# ("ابنتها", 3)). Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to forty-fourth sets); a subject named earlier in the same sentence is kept for its further clauses
# (and a participant named earlier in the sentence is kept as the recipient of a pronoun, the forty-fourth set).
GOLD = {
    # 3alyoum: the education ministry's spokesman on the hospitals approved for the toxicology test (9 August). s0 the
    # byline; s1 the spokesman's call on candidates for teaching posts to take the test in approved government hospitals
    # and that no test without it will be accepted; s2 a test in an unapproved private hospital will not be accepted (a
    # ministry's hiring requirement for applicants, administrative: not coded, as the thirty-fourth set's Snapchat terms
    # of use and the health ministry's preparations); s3 the tags line.
    "snn-9c8336f2d3b8": [],
    # 3alyoum: the strangest computer keyboards (24 July). Product descriptions: none.
    "snn-36072aa0bca9": [],
    # Al-Watan: the financial deficit threatens UNRWA with suspending its services (6 August). s0 UNRWA's report to Ban
    # Ki-moon: unless the 101-million-dollar deficit is funded by mid-month the crisis "may force" it to suspend its
    # education programme (a conditional prospect of the agency's own finances, no act towards a party: not coded, the
    # thirty-second, thirty-ninth and forty-fourth sets' prospects; hard case: could be REQUEST assist, an implicit
    # appeal for funds, or THREATEN); s1 what it would mean (a consequence); s2-s3 the Commissioner-General's deep
    # concern (a view of the situation, no party blamed): none.
    "snn-534a91e0abf7": [],
    # Al-Riyadh: a study, white Americans live longer than black Americans (23 July). Study findings: none.
    "snn-01f7f6d850cc": [],
    # Al-Watan: the rebels' stronghold accuses the Houthis of killing its sons (Dhamar, 6 August). s0 the tension after
    # the disputes between the people and the Houthi and Saleh leadership and the people's discontent at their sons'
    # almost daily deaths in the confrontations (a situation and a general series: not coded); s1 press sources: a big
    # verbal altercation two days before between a council of the province's notables and representatives of the
    # rebellion (a two-sided exchange of reproaches -> ACCUSE disapprove, both sides in one actor phrase as the sets'
    # two-sided clashes; PLOVER reciprocal actors), the people asserting that the Houthis deceived their sons and sent them
    # to the fronts without their families' knowledge (an explicit charge -> ACCUSE allege, the thirty-fifth set's
    # "اتهموا المتمردين بالتغرير بأبنائهم" of the same story); the anger at the bodies arriving daily from the successive
    # defeats in Aden, Abyan and Lahj (a series: not coded); s2 the toll of the confrontations before the liberation of
    # Aden (a toll; "تحرير عدن" a bare anchor); s3 sixty more bodies arrived yesterday of the province's sons killed at the
    # al-Anad air base at the hands of the revolutionaries and the army loyal to the legitimacy (inside the relative
    # clause, its own actor, recipient and place, reported nowhere else -> ASSAULT, mode null), the people attacked the
    # rebellion's envoys who delivered the bodies and assaulted them (-> ASSAULT, mode null: no weapon or blow named) and
    # also attacked the neighbourhood notables who had lured their sons (a new recipient -> a second ASSAULT, the named
    # subject "الأهالي" kept); the money the notables gave, the agreement to train the young men and their dispatch to
    # the fronts (the grievance's background with pronoun actors: not coded); s4 the province on the verge of declaring
    # disobedience (a prospect), many attempts by religious and social figures to absorb the people's anger failed (a
    # mediation -> CONSULT, mode null, the first and forty-fourth sets' mediations; its failure the outcome, not N), the
    # people insisting on full blood money before receiving the bodies (a demand of compensation -> REQUEST assist,
    # the forty-third set's compensation refused as REJECT assist; the rebel movement, named in the sentence as the one
    # unable to pay, as recipient); s5 the source's predictions (not coded).
    "snn-8c25ee2ad316": [
        ("ACCUSE", "disapprove", 1, "تلاسنا كبيرا", "مجلس أهلي يضم وجهاء المحافظة وممثلين للتمرد", None, None, ""),
        ("ACCUSE", "allege", 1, "غرروا بأبنائهم", "الأهالي", "الحوثيين", None, ""),
        ("ASSAULT", None, 3, "لقوا حتفهم", "الثوار والجيش الموالي للشرعية", "أبناء المحافظة", "قاعدة العند الجوية", ""),
        ("ASSAULT", None, 3, ("هاجم", 1), "الأهالي", "مندوبي التمرد", None, ""),
        ("ASSAULT", None, 3, "هاجموا", "الأهالي", "وجهاء الأحياء", None, ""),
        ("CONSULT", None, 4, "محاولات عديدة", "شخصيات دينية واجتماعية", ("الأهالي", 1), None, ""),
        ("REQUEST", "assist", 4, "يصر", ("الأهالي", 2), "الحركة المتمردة", None, ""),
    ],
    # Al-Jazirah: al-Abadi bans senior officials' travel abroad pending the corruption inquiries (11 August). s0 the
    # picture caption; s1 al-Abadi banned the travel of officials accused of corruption (a restriction of movement
    # imposed on named suspects -> COERCE restrict, as the eleventh set's travel ban on the accused; not the forty-third
    # set's Algerian ban on its own soldiers' holidays, a staff rule) and ordered the airports closed to all officials
    # (a rule for all of one government's staff, the forty-third set's Algeria: not coded; its detail s2, the ban on
    # directors-general and above by air and land until the corruption inquiries "opened recently" end, not coded either;
    # the inquiries a bare anchor without their actor); s3 al-Abadi also froze the travel of seven senior officials
    # accused of corruption (new recipients -> COERCE restrict; "متهمون بالفساد" their status, the accuser unnamed: not
    # coded apart); s4 al-Abadi's words in the emergency cabinet session that presented the reform package (statements
    # and decisions inside one government: not coded, the forty-third set's al-Abadi decisions); s5 the parliament
    # speaker Salim al-Jubouri's demand that al-Abadi dismiss the ministers implicated in corruption (a call for
    # dismissals -> REQUEST change, PLOVER, the forty-third set's Shia forces; the package "approved by the government" a
    # decision inside one government); s6 al-Jubouri's call on the heads of the parliamentary blocs to back the reform
    # paper (a call to cooperate with the reforms -> REQUEST assist, the thirty-first set's al-Abadi call on the political
    # forces) after weeks of popular demonstrations (inside "بعد", reported nowhere else -> PROTEST demo, actor and place
    # null, the forty-third set's spread protests; weeks: recent) and a call by the Shia authority Ali al-Sistani to be
    # bolder in the reforms (inside the same anchor, its own actor -> REQUEST change; recipient a pronoun: null); s7
    # al-Jubouri on the eve of the session: parliament will name persons or institutions to hold them to account and go
    # on with a questioning of ministers (a planned political inquiry -> ACCUSE investigate [F], PLOVER "any
    # investigation ... political", one record for the two clauses of one step, the accountability its aim), "we asked
    # the prime minister to dismiss" (s5 restated); s8 33 killed yesterday by bombings targeting Shia-majority areas of
    # Diyala (the lead -> ASSAULT explosives, the toll as recipient as the forty-fourth set's Diyala bomb); s9 the three
    # bombings, two of them suicide car bombs, and the same toll and province (the lead restated; their methods and
    # places are coded in s10-s11: not coded again, the forty-third and forty-fourth sets' rule on details adding only
    # figures; hard case); s10 the deadliest, a suicide bomber driving a car bomb blew himself up in the market of
    # al-Huwaider north of Baquba (-> ASSAULT suicide-attack, a new place); s11 a similar bombing at Kanaan south-east of
    # Baquba (-> ASSAULT suicide-attack, "similar" to s10's car bomb, s9's two suicide attacks) and an IED killing three
    # at al-Wathba (-> ASSAULT explosives).
    "snn-a79a04ce67ac": [
        ("COERCE", "restrict", 1, "حظر", "رئيس الوزراء العراقي حيدر العبادي", "مسؤولين بالدولة العراقية المتهمين بالفساد", None, ""),
        ("COERCE", "restrict", 3, "تجميد حركة", "العبادي", "سبعة مسؤولين", None, ""),
        ("REQUEST", "change", 5, "طالب", "رئيس مجلس النواب العراقي سليم الجبوري", "العبادي", None, ""),
        ("REQUEST", "assist", 6, "دعا", "الجبوري", "رؤساء الكتل السياسية في مجلس النواب", None, ""),
        ("PROTEST", "demo", 6, "التظاهرات الشعبية", None, None, None, ""),
        ("REQUEST", "change", 6, "دعوة", "المرجع الشيعي علي السيستاني", None, None, ""),
        ("ACCUSE", "investigate", 7, "عملية استجواب", "مجلس النواب", None, None, "F"),
        ("ASSAULT", "explosives", 8, "تفجيرات", None, "33 شخصاً", "محافظة ديالى شمال شرق بغداد", ""),
        ("ASSAULT", "suicide-attack", 10, "فجر", "انتحاري يقود سيارة مفخخة", None, "منطقة الهويدر شمال مدينة بعقوبة", ""),
        ("ASSAULT", "suicide-attack", 11, "تفجير مماثل", None, None, "ناحية كنعان جنوب شرق بعقوبة", ""),
        ("ASSAULT", "explosives", 11, "تفجير عبوة ناسفة", None, "ثلاثة أشخاص", "منطقة الوثبة الواقعة بين الهويدر وبعقوبة", ""),
    ],
    # Al-Yaum: the Libyan air force destroys a boat carrying gunmen off the port of Derna (8 August). s0 an air force plane
    # from the Tobruk base bombed a boat carrying gunmen and ammunition at sea off Derna (-> ASSAULT aerial; the port
    # with its region as the place); s1 a military source: the boat, heading for Derna, was intercepted and, after
    # several warnings to stop went unheeded, bombed (the warnings -> THREATEN, mode null, the forty-third set's
    # warnings; passive: actor null; the boat named in the sentence as recipient; the interception and the bombing s0's
    # strike restated); s2 its origin (a detail); s3 "it is recalled" that Derna sees many battles between the city's
    # youth and ISIS, the army fights ISIS on the outskirts and the warplanes raid almost daily (general series and
    # standing practices: not coded, the sixth to forty-fourth sets); s4 the UN mission: the UN will hold a new round of
    # Libyan peace talks on Monday in Geneva (a planned meeting -> CONSULT [F], mode null as the sets' UN-led talks; the
    # aim of persuading the parties to agree on a unity government not coded); s5 the challenges, the division "four
    # years after Gaddafi's overthrow" (a situation and a bare anchor); s6 last month some factions signed a UN-sponsored
    # preliminary agreement on a unity government (-> AGREE; July, the Skhirat initialling four weeks before: not
    # historical; the sponsorship part of the agreement's description, not coded apart) but the delegates of the
    # Tripoli-based parliament boycotted the meeting (-> REJECT meet, the fifth set's "رفض الحضور" of the same parliament;
    # PLOVER "cancellation of meetings are REJECT"); s7-s10 the mission's statement, Leon urging the main parties to
    # redouble their efforts and keep working together to narrow the gaps (-> REQUEST meet, the forty-first set's
    # encouragement to continue the dialogue; the progress "affirmed" a view; s8-s9 the lone "." lines); s11 the
    # reservations of some parties continuing and the importance of addressing them (a standing situation and a
    # necessity statement: not coded).
    "snn-466d545f919f": [
        ("ASSAULT", "aerial", 0, "قصفت", "إحدى طائرات سلاح الجو الليبي", "أحد المراكب", "ميناء درنة شمال شرق ليبيا", ""),
        ("THREATEN", None, 1, "توجيه عدة إنذارات", None, "المركب", None, ""),
        ("CONSULT", None, 4, "ستعقد جولة جديدة من محادثات سلام ليبيا", "المنظمة الدولية", None, "جنيف", "F"),
        ("AGREE", None, 6, "وقّعت", "بعض الفصائل", None, None, ""),
        ("REJECT", "meet", 6, "قاطعوا الاجتماع", "المندوبين من البرلمان الذي مقره العاصمة الليبية", None, None, ""),
        ("REQUEST", "meet", 10, "يحث", "السيد ليون", "الأطراف الرئيسة", None, ""),
    ],
    # Al-Riyadh sports: Daftardar, "Sneijder's replacement will be better" (22 July). Al-Ahli's failed negotiation with
    # the Dutch player, his refusal at the last moment, the club's search for another player, the team's arrival at its
    # Swiss camp and the club's agreement with the Saudi Post to run its online shop (club business and a camp, the
    # thirty-fourth, forty-third and forty-fourth sets' transfers, contracts and camps: none).
    "snn-e56deb73e41b": [],
    # Al-Riyadh: a neighbours' quarrel ends with a British woman's face torn (22 July). s0 Wendy Barber suffered a brutal
    # sudden attack when she went to her daughter, who had asked for help in a quarrel with her neighbours (the lead ->
    # ASSAULT, mode null, the attacker unnamed: actor null; the call for help and the quarrel private, not coded); s1 on
    # arriving she was attacked by a strange woman, her face torn and her eye and nose hurt (the attacker named -> its own
    # ASSAULT, mode null; "ويندي" named in the sentence as recipient); s2 her account of the call (a detail); s3 the woman
    # she did not know threw herself on her, punched her body, dug her nails into her face and tried to gouge her eye and
    # bite her nose (the method -> ASSAULT beat, PLOVER "fists, kicks, punches ... only beat"); s4 her daughter had told
    # her that one of her neighbours threatened her with physical assault (-> THREATEN violence; the daughter, named in
    # the sentence, as recipient); s5 the hospital report (injuries: not coded); s6 the area police, after a report,
    # detained the woman who attacked Wendy, Donna Wallace, 43, and charged her with assault with intent to cause serious
    # harm (-> COERCE arrest and ACCUSE allege, the sets' arrests and charges; the report's maker unnamed: not coded); s7
    # another woman, Louise Cook, 23, was also detained on a charge of starting a verbal quarrel that led to the assault
    # (passive: actor null -> COERCE arrest and ACCUSE allege; their coming appearance in court not coded apart, the
    # thirty-second set's "اتهم ... وأنه سيمثل أمام المحكمة" one record).
    "snn-dd3dacf221d3": [
        ("ASSAULT", None, 0, "هجوم وحشي مباغت", None, 'البريطانية "ويندي باربر"', None, ""),
        ("ASSAULT", None, 1, "هجوم", "امرأة غريبة", "ويندي", None, ""),
        ("ASSAULT", "beat", 3, "تسديد اللكمات", "امرأة لا تعرفها", "ويندي", None, ""),
        ("THREATEN", "violence", 4, "تهددها بالاعتداء الجسدي", "إحدى جاراتها", ("ابنتها", 3), None, ""),
        ("COERCE", "arrest", 6, "تحفظت", "شرطة المنطقة", "دونا ويلس", None, ""),
        ("ACCUSE", "allege", 6, "توجيه تهمة الاعتداء الجسدي", "شرطة المنطقة", "دونا ويلس", None, ""),
        ("COERCE", "arrest", 7, "تم التحفظ", None, "لويز كوك", None, ""),
        ("ACCUSE", "allege", 7, "تهمة بدء شجار لفظي", None, "لويز كوك", None, ""),
    ],
    # Al-Riyadh: the interior ministry arrests "Julaybib al-Jazrawi", who threatened to kill the actor al-Qasabi (22 July).
    # s0 the ministry's statement: it arrested elements spreading deviant thought on the internet, among them the account
    # "Julaybib al-Jazrawi" that had threatened Nasser al-Qasabi (-> COERCE arrest; the threat inside the relative clause
    # is reported as a main clause in s1: coded there); s1 the account had sent al-Qasabi a direct threat to kill him,
    # objecting to the satire of the "Satan's egg" episode (-> THREATEN violence, the account's name as actor; during
    # Ramadan, within five weeks: not historical; the episode's exposure of ISIS's methods a description of a TV
    # programme, not coded); s2 the accounts named and their owners arrested (s0's arrest restated with the names: not
    # coded again, the sets' rule on restatements adding names).
    "snn-aaac3e0af6e3": [
        ("COERCE", "arrest", 0, "ضبط", "وزارة الداخلية", "عناصر تعمل على نشر الفكر المنحرف عبر شبكة الإنترنت", None, ""),
        ("THREATEN", "violence", 1, "وجه تهديداً مباشرا", "جليبيب الجزراوي", "للممثل ناصر القصبي", None, ""),
    ],
    # Asharq Al-Awsat: 800 million euros of losses for German agriculture (6 August). s0-s3 the cost of the Russian import
    # ban, the farmers' president's figures (a standing measure's effects and figures: not coded); s4 Russia imposed the
    # ban on Western farm products on 6 August last year (-> SANCTION discontinue [H], PLOVER "international ...
    # economic sanctions", a year before) in response to the EU's and the US's economic sanctions on it over the
    # Ukrainian crisis (inside "رد فعل على", its own actor -> SANCTION discontinue [H], 2014; Russia, named in the
    # sentence, as recipient of "ضدها"); s5 both sides extended their sanctions against each other a short while ago (a
    # new decision -> SANCTION discontinue, "كلا الطرفين" one actor phrase as the thirty-fourth set's "كلا الجانبين"; an
    # extension is a new act, as the forty-fourth set's extended state of emergency, not the thirty-fourth set's
    # "continuing" sanctions); s6-s10 fair-trade sales (figures): none.
    "snn-e946c5685798": [
        ("SANCTION", "discontinue", 4, "فرضت حظر الاستيراد", "روسيا", "الغرب", None, "H"),
        ("SANCTION", "discontinue", 4, "العقوبات الاقتصادية", "الاتحاد الأوروبي والولايات المتحدة الأميركية", "روسيا", None, "H"),
        ("SANCTION", "discontinue", 5, "مدد", "كلا الطرفين", None, None, ""),
    ],
    # Al-Watan: labour ministry, "ready to sign the recruitment agreement with Nepal" (2 August). s0 the deputy minister
    # Ahmed al-Fuhaid: his ministry's readiness to sign the bilateral agreement on recruiting domestic workers from Nepal
    # (an expressed readiness -> AGREE, the twelfth and forty-third sets' readiness; the ministry named only by "وزارته":
    # the speaker as actor) and the two sides working now to complete its terms (ongoing negotiation -> CONSULT, mode
    # null); his expectation of its conclusion soon (a prediction); s1 the ministry will discuss the salaries and costs
    # with the Nepali side later (a planned meeting -> CONSULT [F], the nineteenth to forty-fourth sets' planned
    # meetings); the costs "will be set" (the agreement's content); s2 the ministry's two tracks, activating the
    # agreements concluded and coordinating new ones (standing practices: not coded); s3 his statements come about two
    # months after the labour minister's meeting in Geneva with delegations of several labour-exporting countries,
    # including Nepal's (inside "بعد", its own actor and place, reported nowhere else -> CONSULT, mode null: talks at a
    # third country, [H]: two months); s4 the negotiations with Nepal (s0 restated) and the agreement's terms (content);
    # s5-s6 the agreements' aims and the conditions of the earlier agreements (contents and standing rules): not coded.
    "snn-b9531473f49c": [
        ("AGREE", None, 0, "جاهزية وزارته لتوقيع الاتفاقية الثنائية", "وكيل وزارة العمل للشؤون الدولية الدكتور أحمد الفهيد", "نيبال", None, ""),
        ("CONSULT", None, 0, "يعملان في الوقت الحالي على استكمال بنود الاتفاقية", "الطرفين", None, None, ""),
        ("CONSULT", None, 1, "ستناقش", "الوزارة", "الجانب النيبالي", None, "F"),
        ("CONSULT", None, 3, "اجتماع", "وزير العمل الدكتور مفرج الحقباني", "وفود عدد من الدول المصدرة لعمالتها", "جنيف", "H"),
    ],
    # Al-Yaum: al-Barrak visits the orphans in the shelter home on Eid (21 July). s0 the Al-Ahsa deputy governor's visit
    # to the shelter home of the Al-Ahsa Girls' charity (a visit to a home -> CONSULT visit, the home as recipient, the
    # second to forty-fourth sets' Eid visits; done on the emir's instructions: an order inside one government, not
    # coded); s1 he met a number of orphans (a programme item with new participants -> its own CONSULT visit, the
    # thirty-first and thirty-third sets) and gave them Eid gifts (-> AID, the sets' visits with gifts); the home built
    # with the gift of Mrs Aisha al-Rashed (a charitable donation, its own actor, undated -> AID [H]); its services and
    # equipment (standing practices and descriptions); s2-s4 the building (descriptions); s5 at the end he conveyed the
    # emir's and governor's greetings, chatted with the orphans, praising the idea of building social homes with al-Rashed's
    # home as example (praise -> SUPPORT, the sets' praise and thanks on visits; the greetings part of the visit).
    "snn-ffa6c6295d51": [
        ("CONSULT", "visit", 0, "زيارة", "وكيل محافظة الاحساء خالد بن عبدالعزيز البراك", "دار الإيواء التابع لجمعية فتاة الأحساء الخيرية النسائية", None, ""),
        ("CONSULT", "visit", 1, "التقى", "البراك", "عدد من الايتام", None, ""),
        ("AID", None, 1, "قدم لهم هدايا", "البراك", "عدد من الايتام", None, ""),
        ("AID", None, 1, "بعطاء", "السيدة عائشة الراشد", None, None, "H"),
        ("SUPPORT", None, 5, "مشيدا", "الوكيل", None, None, ""),
    ],
    # Al-Yaum (AFP): a young American before a federal court on a charge of supporting ISIS (11 August). s0 a 20-year-old
    # Jordanian-American appeared on Monday before a court near New York on a charge of trying to join ISIS (brought to
    # court on a charge -> ACCUSE allege, PLOVER "bring to trial"; the prosecutor unnamed: actor null; "near New York"
    # vague: location null); s1 Nader Saadeh one of at least four arrested in the New York area in recent months (a
    # summary of several arrests over months, detailed in s10-s14: a tally, not coded); s2 his trip to Jordan in May and
    # his charges of conspiracy and material support (the charge of s0 with its counts: not coded again); s3 his
    # appearance in Newark where the charges were read (s0 restated with a place inside its area: not coded again, the
    # forty-third and forty-fourth sets' rule); s4-s5 the prosecution's account (the content of the charge: not coded, the
    # forty-fourth set's confession account); s6 he justified the jihadists' extremist conduct such as the burning of the
    # Jordanian pilot Muath al-Kasasbeh and the attack on Charlie Hebdo in January (events named with their own victims,
    # reported nowhere else -> ASSAULT primitive [H] (fire, PLOVER) and ASSAULT, mode null [H], "للجهاديين" the actor of
    # both, as the forty-fourth set's examples in the columns); s7 his relatives' and mother's messages begging him not to
    # join (a private plea inside the charge's account: not coded); s8-s9 the documents' account (content); s10 Saadeh was
    # arrested soon after arriving in Jordan and then deported to the United States to stand trial (-> COERCE arrest and
    # COERCE deport, PLOVER "expel or deport individuals"; May, three months before: [H]); s11 his brother Alaa was
    # arrested in New Jersey on 29 June and also charged (-> COERCE arrest [H] and ACCUSE allege [H], six weeks before);
    # s12 the brothers lived together after their parents' deportation from the US by court order (inside "بعد", its own
    # recipient, undated -> COERCE deport [H]); the father's residence in Oman (a state); s13 last month Samuel Topaz was
    # charged with conspiracy to support ISIS (-> ACCUSE allege; "last month", July: not historical); s14 Munther Saleh
    # was arrested after trying to stab an FBI agent (-> COERCE arrest [H] and the attempted stabbing -> ASSAULT primitive
    # [H], PLOVER "attempted"; undated background) and for preparing a bomb attack (an intention given as grounds of the
    # arrest: not coded, the thirty-fourth set's intention to kill); s15 the FBI director's testimony to the Senate
    # intelligence committee (inside one government: not coded; his figure a tally); s16 the agency tags.
    "snn-48f466b4bde8": [
        ("ACCUSE", "allege", 0, "تهمة محاولة الانضمام الى تنظيم الدولة الاسلامية", None, "شاب اردني اميركي في الـ20 من عمره", None, ""),
        ("ASSAULT", "primitive", 6, "قتل", "للجهاديين", "الطيار الاردني معاذ الكساسبة", None, "H"),
        ("ASSAULT", None, 6, "الهجوم", "للجهاديين", "صحيفة شارلي ايبدو الفرنسية", None, "H"),
        ("COERCE", "arrest", 10, "اعتقل", None, "سعادة", "الاردن", "H"),
        ("COERCE", "deport", 10, "ترحيله", None, "سعادة", None, "H"),
        ("COERCE", "arrest", 11, "اعتقل", None, "شقيقه علاء سعادة", "نيو جيرزي", "H"),
        ("ACCUSE", "allege", 11, "اتهم", None, "شقيقه علاء سعادة", "نيو جيرزي", "H"),
        ("COERCE", "deport", 12, "ترحيل", None, "والديهما", None, "H"),
        ("ACCUSE", "allege", 13, "وجهت ايضا التهم", None, "سامويل توباز", None, ""),
        ("COERCE", "arrest", 14, "اعتقل", None, "منذر صالح", None, "H"),
        ("ASSAULT", "primitive", 14, "محاولته طعن", "منذر صالح", "عنصر في مكتب التحقيقات الفدرالي (اف بي آي)", None, "H"),
    ],
    # Al-Watan: Jordan, the opposition discusses the developments in Syria (24 July). s0 the Jordanian foreign minister
    # Nasser Judeh discussed in Amman yesterday with the delegation of the follow-up committee of the Syrian opposition's
    # second Cairo conference the Syrian developments (a visiting delegation received by its host -> CONSULT visit, the
    # visitor as actor and the host as recipient, the twenty-ninth and thirty-first sets' receptions); s1 the
    # delegation's presentation of its committee's activities (the meeting's content; the road map "agreed" a bare
    # passive); s2-s3 the minister's stated position and hope (a standing position and a view: not coded); s4 the
    # delegation had arrived in Amman yesterday on a short working visit within a tour of Arab states (s0's visit
    # restated by its arrival, the thirty-fourth set's Soleimani arrival: not coded again; the tour a series); s5 de
    # Mistura arrived in Damascus yesterday and met the foreign minister Walid al-Muallem, briefing him on his
    # consultations (-> CONSULT visit with the host, the thirty-fourth set's "وصل ... والتقى"; his earlier consultations
    # a series; the coming report a bare anchor of s7); s6 his presentation (s5 restated) before the Security Council
    # briefing (anchor of s7); s7 de Mistura is due to go to New York on Monday to report to the Security Council (a
    # planned briefing -> CONSULT multilateral [F], the thirty-fourth set's envoy); s8 his recommendations (s7 restated);
    # s9 the Southern Front's wide attack on the regime positions in Daraa within the "Southern Storm" battle (->
    # ASSAULT, mode null; its aim not coded); s10 the Free Army's First Coastal Division hit military positions in
    # Latakia with Grad rockets (-> ASSAULT heavy-weapons), al-Bab in the Aleppo countryside hit by violent air raids of
    # Assad's aviation (-> ASSAULT aerial), the regime forces' shelling of residential areas of Talbiseh (-> ASSAULT
    # heavy-weapons, the sets' regime "قصف") and their targeting of several towns of the eastern Damascus countryside,
    # Zabdin and Deir al-Asafir (another place -> ASSAULT heavy-weapons, the named subject kept); s11 the warplanes' ninth
    # raid on al-Yadudah (-> ASSAULT aerial; the reports of casualties part of it); s12 a raid on the edges of the Tariq
    # al-Sad quarter of Daraa (-> ASSAULT aerial, implied subject: actor null; the count of 12 a tally); s13 the
    # helicopters' barrel bombs on Tel Shihab (-> ASSAULT aerial, the twentieth set's "ألقى الطيران المروحي"); s14 in
    # al-Zabadani Assad's aviation resumed its violent bombing of the city (-> ASSAULT aerial) while Hezbollah's
    # militias go on trying to advance without success (attempted advances -> ASSAULT, the forty-third set).
    "snn-69631212865e": [
        ("CONSULT", "visit", 0, "بحث", "وفد لجنة المتابعة المعنية بتنفيذ نتائج مؤتمر القاهرة الثاني للمعارضة السورية", "وزير الخارجية الأردني ناصر جودة", "عمان", ""),
        ("CONSULT", "visit", 5, "التقى", "المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا", "وزير الخارجية وليد المعلم", "دمشق", ""),
        ("CONSULT", "multilateral", 7, "يتوجه", "دي ميستورا", "مجلس الأمن الدولي", "نيويورك", "F"),
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
    # Al-Weeam: 50 killed by raids on an ISIS military parade in Hawija (1 August). s0 the international coalition's
    # fighters struck an ISIS military parade in a market of Hawija, west of Kirkuk, more than 50 killed and wounded (->
    # ASSAULT aerial, the toll part of it); s1 a Hawija hospital source: the shrapnel also hit some onlookers (new
    # victims -> ASSAULT aerial, the strike's actor not in the sentence: null; hard case); s2 a Popular Mobilisation
    # official's quotation (s0 restated); s3 a fight between members of an Arab tribe of Hawija and ISIS members, dead on
    # both sides (-> ASSAULT, mode null, both sides in one actor phrase as the sets' two-sided clashes; the district inside
    # the phrase also given as the place); s4 al-Husseini: dozens of militants killed (s3's toll); s5 the coalition's
    # intensive raids of the last three days on ISIS's positions and movements in Hawija's centre and outskirts (a recent
    # campaign of named days -> ASSAULT aerial, the forty-fourth set's series of raids); s6 the link line (not coded, the
    # twentieth to forty-fourth sets).
    "snn-6906330a0f6d": [
        ("ASSAULT", "aerial", 0, "استهدفت", "مقاتلات التحالف الدولي", "استعراضا عسكريا لتنظيم داعش", "قضاء الحويجة غربي كركوك", ""),
        ("ASSAULT", "aerial", 1, "شظايا القصف", None, "بعض المتجمهرين", None, ""),
        ("ASSAULT", None, 3, "نزاع", "أفراد إحدى العشائر العربية في قضاء الحويجة مع عدد من عناصر تنظيم داعش", None, "قضاء الحويجة", ""),
        ("ASSAULT", "aerial", 5, "غارات مكثفة", "للتحالف الدولي", "مواقع وتحركات داعش", "مركز الحويجة وأطرافها", ""),
    ],
    # Al-Watan: the tribe as the girl's guardian (11 August). s0 the case of marriages refused for unequal lineage is back
    # after the notables of a tribe refused to marry their daughter to a young man of another tribe (inside "بعد أن", its
    # own actor and recipient, reported nowhere else as a main clause -> REJECT, mode null, the thirty-fifth set's
    # families' refusal); s1 social media fuelled the case amid demands to cancel the wedding and break the engagement
    # (unattributed demands -> REQUEST, mode null, actor null; Riyadh the wedding's venue, not the demands' place) and a
    # legal adviser's opinion (a view); s2 Twitter buzzing, some tweets denouncing this agreement (social-media
    # protest -> ACCUSE disapprove, PLOVER "protests carried out in social media", the sixth, eighth and twelfth sets) and
    # many tweeters' regret at the tribal fanaticism (the other side's criticism, a new actor -> ACCUSE disapprove); s3
    # sources: notables of the refusing tribe offered the girl's father a car and money twice the dowry on condition that
    # he break the engagement (a conditioned demand -> REQUEST, mode null) and the father refused (-> REJECT, mode null),
    # insisting on the marriage; s4 social media reporting, "some" expressing displeasure and a tweeter's words (s2's
    # criticism restated with a name: not coded again); s5-s6 the tweet's end (s5 the lone "."); s7 many mocking the case
    # (views); s8 the lawyer's legal opinion (a view).
    "snn-38a68022fc2b": [
        ("REJECT", None, 0, "رفض", "أعيان إحدى القبائل", "شاب من قبيلة أخرى", None, ""),
        ("REQUEST", None, 1, "مطالبات", None, None, None, ""),
        ("ACCUSE", "disapprove", 2, "تندد", 'موقع "تويتر"', None, None, ""),
        ("ACCUSE", "disapprove", 2, "أسفهم", "كثير من المغردين", None, None, ""),
        ("REQUEST", None, 3, "شريطة", "عددا من أعيان القبيلة الرافضة للزواج", "والد الفتاة", None, ""),
        ("REJECT", None, 3, "رفضه", "الأب", None, None, ""),
    ],
    # Al-Weeam (Reuters): 18 police conscripts wounded by a blast against a bus in Sinai (26 July). s0 security and medical
    # sources: at least 18 police conscripts wounded on Sunday by an IED that targeted the bus carrying them in Arish (->
    # ASSAULT explosives, the casualties as recipient); s1 on their way to their leave; the blast at al-Khulafa on the
    # sea road of Arish (a place inside s0's Arish: not coded again, the forty-third and forty-fourth sets' rule) and the
    # bus civilian (details); s2 hundreds of soldiers and policemen killed in militants' attacks in North Sinai since the
    # army's announced removal of Morsi in July 2013 after mass protests (a general series; the removal and the protests
    # bare anchors of the series, as the seventh and tenth sets' "عقب عزل الرئيس السابق محمد مرسي": not coded); s3 the
    # army intensified its operations against the militants in North Sinai (-> ASSAULT, mode null, the forty-second and
    # forty-fourth sets' operations) after a big attack of the "Sinai Province" group on several military checkpoints of
    # the area on 1 July (inside "عقب", its own actor and target, reported nowhere else -> ASSAULT, mode null; 25 days
    # before: not historical; "بالمنطقة" anaphoric: place null); s4 the Egyptian government's decision of Saturday
    # extending the state of emergency in parts of North Sinai for three more months (-> COERCE martial-law, the thirtieth
    # and forty-fourth sets' extensions; "after nine months of its first imposition" a bare anchor; the aim of containing
    # the attacks not coded); s5 the link line.
    "snn-45ec4f4c3e8a": [
        ("ASSAULT", "explosives", 0, "انفجار عبوة ناسفة", None, "18 مجندا بالشرطة", "مدينة العريش في محافظة شمال سيناء", ""),
        ("ASSAULT", None, 3, "كثف الجيش من عملياته", "الجيش", "المتشددين", "شمال سيناء", ""),
        ("ASSAULT", None, 3, "هجوم كبير", "جماعة ولاية سيناء", "عدة نقاط عسكرية", None, ""),
        ("COERCE", "martial-law", 4, "تمديد حالة الطوارئ", "الحكومة المصرية", None, "أجزاء من شمال سيناء", ""),
    ],
    # Sabq: Kerry answering Bandar bin Sultan, "no agreement would give Iran its freedom" (21 July). s0 Kerry answered the
    # criticisms of Prince Bandar bin Sultan (a rebuttal of a party's criticism -> REJECT, mode null, the eighteenth
    # set's rejection of the envoy's proposal and the sets' rejected positions; the criticisms inside the relative clause
    # are reported as main clauses in s6: coded there); s1 in a CNN interview, his disagreement with Bandar on the nuclear
    # agreement (s0 restated with its topic: not coded again; "better than none" a view); s2 his great disagreement
    # (restated), his meeting with the Saudi foreign minister Adel al-Jubeir (-> CONSULT, mode null, undated background:
    # [H]), who told him the Saudis want an agreement and set several points they wanted in it (their conditions ->
    # REQUEST, mode null [H], "السعوديون" as written in the brackets; "want an agreement" a position), and the agreement
    # covered these points (its content); s3-s4 Kerry's arguments and predictions (views, conditionals); s5 the UN
    # process that allowed sanctions on Iran at first (inside the relative clause, its own actor and recipient, undated
    # -> SANCTION discontinue [H], the thirty-fourth and forty-fourth sets' UN sanctions) and the sanctions to be lifted
    # with Iran's commitment (the agreement's content: not coded); s6 Bandar said Obama decided to go ahead with the
    # nuclear deal knowing the analyses predicted worse than the North Korean outcome (criticism -> ACCUSE disapprove,
    # the seventh and twenty-ninth sets' records of Bandar's words; the week before: not historical; the North Korean
    # agreement a bare mention); s7-s8 Bandar's predictions and his Kissinger quotation (views).
    "snn-05024e21c49c": [
        ("REJECT", None, 0, "ردّ", "وزير الخارجية الأمريكي جون كيري", "الأمير بندر بن سلطان", None, ""),
        ("CONSULT", None, 2, "التقى", "كيري", "وزير الخارجية السعودي عادل الجبير", None, "H"),
        ("REQUEST", None, 2, "وضعوا عددًا من النقاط", "السعوديون", None, None, "H"),
        ("SANCTION", "discontinue", 5, "فرض العقوبات", "الأمم المتحدة", ("إيران", 1), None, "H"),
        ("ACCUSE", "disapprove", 6, "ذكر", "الأمير بندر بن سلطان", "أوباما", None, ""),
    ],
    # Asharq Al-Awsat: four Ukrainian soldiers killed sour the mood before peace talks in Minsk (4 August). s0 the army:
    # four soldiers killed and 15 wounded in fighting with pro-Russian rebels in the east in the past 24 hours (->
    # ASSAULT, mode null, the rebels the named attackers and the soldiers the recipients; "شرق البلاد" vague: place
    # null, the forty-fourth set) before the talks (an anchor of s4); s1 the heaviest toll in two weeks (a tally); s2 the
    # military spokesman Andriy Lysenko: the Russian-backed separatists use heavy weapons banned by the peace agreement
    # (a charge of violation -> ACCUSE allege, the sets' charges; the agreement a bare mention; his description of the
    # western Donetsk areas a view); s3 "the fighting goes on with tank and artillery fire at times" (the method ->
    # ASSAULT heavy-weapons, actor null); s4 representatives of Ukraine, Russia and the rebels preparing to meet in Minsk
    # for more talks on the ceasefire (a planned meeting -> CONSULT [F], mode null: talks at a third country) and the
    # ceasefire agreement reached in February (inside the relative clause -> AGREE [H], the seventeenth and thirty-fourth
    # sets' Minsk records; its repeated violations a series); s5 Reuters' July tally and s6 the separatists' monthly toll
    # "in attacks from the Ukrainian side" (tallies of a month: not coded); s7 they also accused the Ukrainian forces of
    # firing heavy weapons (-> ACCUSE allege; pronoun: actor null); s8 the row in Berlin over some Bundestag members'
    # plans to travel to Crimea (a planned trip -> CONSULT visit [F]), Crimea annexed by Russia from Ukraine last year
    # (inside the relative clause, its own actor and recipient -> COERCE seize [H], the sets' captures of territory); s9
    # the deputy government spokeswoman Christiane Wirtz's great doubt that such a visit would help (a government's
    # disapproval of the plan -> ACCUSE disapprove); s10 such a visit must first be agreed with Kiev (a necessity
    # statement: not coded); s11 the MPs' freedom to travel (a view); s12 the Left Party MP Alexander Neu told Izvestia
    # he plans with other MPs to travel to Crimea (a named actor -> its own CONSULT visit [F]); s13 French MPs went to
    # Moscow and Crimea in July on a personal initiative (-> CONSULT visit; July: recent); s14 the Ukrainian intelligence
    # service SBU then imposed a three-year travel ban on the ten French MPs (a ban on entering its territory -> REJECT,
    # PLOVER "bars ... from entering its territory should be coded as REJECT", the seventeenth set's refused visa and
    # entry; mode null: no REJECT mode fits); s15 Neu: similar plans among Italian MPs (-> CONSULT visit [F]).
    "snn-64e12bceb289": [
        ("ASSAULT", None, 0, "قتال", "متمردين موالين لروسيا", "4 جنود", None, ""),
        ("ACCUSE", "allege", 2, "يستخدمون أسلحة ثقيلة يحظر استخدامها", "المتحدث العسكري أندريه ليسينكو", "الانفصاليين المدعومين من روسيا", None, ""),
        ("ASSAULT", "heavy-weapons", 3, "القتال مستمر مع استخدام نيران الدبابات والمدفعية", None, None, None, ""),
        ("CONSULT", None, 4, "للاجتماع", "ممثلون عن أوكرانيا وروسيا والمتمردين", None, "مينسك عاصمة روسيا البيضاء", "F"),
        ("AGREE", None, 4, "اتفاق وقف إطلاق النار", None, None, None, "H"),
        ("ACCUSE", "allege", 7, "اتهموا", None, "القوات الأوكرانية", None, ""),
        ("CONSULT", "visit", 8, "خطط", "بعض نواب البرلمان الألماني «بوندستاغ»", None, "شبه جزيرة القرم", "F"),
        ("COERCE", "seize", 8, "ضمتها", "روسيا", "أوكرانيا", "شبه جزيرة القرم", "H"),
        ("ACCUSE", "disapprove", 9, "شكا كبيرا", "نائبة المتحدث باسم الحكومة الألمانية، كريستيانه فيرتس", None, None, ""),
        ("CONSULT", "visit", 12, "يخطط", "نائب البرلمان الألماني، ألكسندر نوي", None, "شبه جزيرة القرم", "F"),
        ("CONSULT", "visit", 13, "توجهوا", "نوابا برلمانيين فرنسيين", None, "موسكو وشبه جزيرة القرم", ""),
        ("REJECT", None, 14, "حظر سفر لمدة ثلاثة أعوام", "جهاز المخابرات الأوكراني (إس بي يو)", "البرلمانيين الفرنسيين العشرة", None, ""),
        ("CONSULT", "visit", 15, "خططا مماثلة", "برلمانيين إيطاليين", None, "شبه جزيرة القرم", "F"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
