"""Build events-blind59.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (fifty-ninth events blind set; same layout and guidelines as the first
fifty-eight sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind58.jsonl and their blind/ ..
blind58/ make_gold.py). The draw follows the sampling rule of the fifty-seventh and fifty-eighth sets: articles of
2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas of 10
conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind59.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind59.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind59.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth
# to fifty-eighth sets' rule: here "حجز جوازات سفر" from "بحجز" in the al-Soma s8, "يندد" from "ليندد" in the
# extremism column s10, "وصف" from "ووصف" in the nuclear column s3, "اتهمتها" from "واتهمتها" in the Tunisia s11;
# "تعهد", "رحب", "دعا", "لقائها" and "مأدبة العشاء" stand whole after "كما", "إثر" and "في"); where the
# article's alif is elided the fused ل stays (the forty-fifth and forty-ninth to fifty-eighth sets' rule: "للاتفاق" in
# the nuclear column s3); in actors, recipients and places the fused ب/ل/ك is left out otherwise ("فندق الجلاء الرياضي
# بالعاصمة دمشق" from "بفندق" in the al-Soma s8, "الرئيس التونسي الباجي قائد السبسي" from "بالرئيس" in the Tunisia s7,
# "أوكرانيا" from "لأوكرانيا" in the Ukraine s0 and s5, "لجنة الشراكة بين الاتحاد الأوروبي وأوكرانيا" from "للجنة" in
# the Ukraine s4, "الإصلاحات" from "بالإصلاحات" in the Ukraine s4); spellings as written, copied exactly ("الطوارىء"
# with its hamza after the dotless ya in the extremism column s10, "يُحرضون" with its damma in s6, the text's "السومه" with
# its final ha, "أوروبا" and "أورسولا فون ديرليان" as the copy has them, the quotes of '"نتنياهو"' left outside the
# actor); a string repeated in its sentence is picked by its occurrence (("اللاعبين", 1) and ("اللاعبين", 2) in the
# al-Soma s8, ("الاتفاق", 1) in the al-Abadi s2, ("الحكومة", 1) in the al-Abadi s7, ("يُحرضون", 2) in the extremism
# column s6, ("تونس", 1) and ("تونس", 2) in the Tunisia s6, ("الهيئة", 1) in the Tunisia s11).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to fifty-eighth sets: the passive "سيتم قطع الطرق" of the Baghdad s2, the agreements of the al-Abadi
# s2-s3 without a named party, the unnamed bombers of the Abha mosque, von der Leyen's "قالت إثر لقائها" in the Tunisia
# s7, the unnamed perpetrators of the Hair incident); a subject named earlier in the same sentence is kept for its
# further clauses ("المسؤولين عن المنتخب السوري" for "حبسهم" and "بحجز جوازات سفر" in the al-Soma s8, "إيران" for
# "أبرمت" in the reconciliation column s2, "التكتل الأوروبي الموحد" for "دعا" in the Ukraine s4, "تونس" for "إعلانها"
# in the Tunisia s5).
GOLD = {
    # Al-Riyadh column: estimates and places of the oil not yet discovered (2 August). The writer's account of the US
    # Geological Survey's reports of 2000 and 2012 and their figures (reports and figures: not coded, the sets' market
    # figures and reports). None.
    "snn-1d0c563b4f25": [],
    # Arreyadi: al-Soma, "I am not an Ittihad fan" (21 July). s1-s4 the Syrian striker Omar al-Soma's move to al-Ahli,
    # the fans' views, his negotiations and agreement with the club, Qadsia's consent and his denial of supporting
    # Ittihad (club business and sport: not coded, the sets' rule; Umm Salal's termination of Simoes's contract the
    # same); s5-s6 lone "." lines; s7 al-Soma among the players who announced their defection from the Syrian regime
    # after raising the revolution's flag at the West Asia championship final (-> REJECT [H], PLOVER's "defy norms"
    # (CAMEO 128 -> REJECT), the defection with its own target; undated background, the thirty-fourth set's flags; the
    # flag and the celebration its occasion, not coded apart); s8 the national team's officials confined the players
    # in the al-Jalaa sports hotel in Damascus (-> COERCE arrest [H], PLOVER "arrest, detain") and kept holding their
    # passports and barred them from playing abroad (-> COERCE restrict [H], PLOVER "restrictions on ... movement"; the
    # officials named earlier in the sentence kept as actor), the meeting with the head of the regime they were to
    # await (an aim: not coded) and the federation's later grant of a passport to each player with an offer (a
    # standing conditional practice: not coded).
    "snn-f0f898fbc172": [
        ("REJECT", None, 7, "أعلنوا انشقاقهم", "عمر السومه", "النظام السوري", None, "H"),
        ("COERCE", "arrest", 8, "حبسهم", "المسؤولين عن المنتخب السوري", ("اللاعبين", 1),
         "فندق الجلاء الرياضي بالعاصمة دمشق", "H"),
        ("COERCE", "restrict", 8, "حجز جوازات سفر", "المسؤولين عن المنتخب السوري", ("اللاعبين", 2), None, "H"),
    ],
    # Asharq Al-Awsat: Eid al-Fitr in Baghdad, celebrations, rites and popular theatres (21 July). s0-s1 the Eid customs
    # and the Sunni-Shia difference on its first day (general); s2 the head of the Baghdad provincial council's security
    # committee announced a security plan: the security bodies will intensify their presence near the health and service
    # institutions and the parks (-> MOBILIZE police [F], the forty-second set's "تكثيف التواجد الأمني"; future tense)
    # and the roads leading to the Zawraa park and the tourist island will be cut (-> COERCE restrict [F], PLOVER
    # "cordoning off areas", the thirty-ninth set's checkpoints; passive: actor null); the plan's coordination inside
    # one government not coded; s3 the mayor's free entry to the park (a public service: not coded); s4-s11 the shopping
    # festival, its official's words, the fashion show, the activities glorifying the army's victories (general) and
    # the play (a plot: not coded, the fifty-seventh set's film).
    "snn-e7bf3a81b3d5": [
        ("MOBILIZE", "police", 2, "ستكثف وجودها", "الأجهزة الأمنية", None, None, "F"),
        ("COERCE", "restrict", 2, "قطع الطرق", None, None, "متنزه الزوراء والجزيرة السياحية", "F"),
    ],
    # Asharq Al-Awsat: al-Abadi copies his predecessor al-Maliki's experience in running the Iraqi government (31 July).
    # s0 the growing objections to al-Abadi's acting appointments (a trend without a named actor: not coded, the fifty-
    # eighth set's rumours without an actor; the appointments inside one government) and the speaker Salim al-Jabouri's
    # warning to the heads of the parliamentary blocs that he would settle the contested laws (-> THREATEN, mode null,
    # the forty-fifth set's warnings; restated in s1 as his threat to put the stalled laws to an open vote unless agreed,
    # not coded again); s1 the objections in Thursday's session to merging two laws (a parliament's debate, inside one
    # body, unnamed objectors: not coded); s2 al-Abadi's government formed in September last year after the agreement
    # on the "political agreement" document (-> AGREE [H], the sets' agreements recalled; its parties unnamed: actor
    # null); s3 the oil agreement with Erbil (-> AGREE [H], recalled, its Kurdish party as recipient; the government
    # side implied: actor null) and the two sides' exchange of accusations (a standing series: not coded); s4 the Sunnis'
    # view; s5 al-Zobaie's criticism that some draft laws were emptied of their content, showing the government's lack
    # of seriousness (-> ACCUSE disapprove, the forty-fifth set's criticism) and the laws agreed with the National
    # Alliance (the s2 agreement restated: not coded again); s6 his words on reconciliation and the retrials they had
    # demanded in the document (the agreement's content: not coded); s7 al-Karbouli's charge that the government passes
    # draft laws "all mines and booby traps" to shed its responsibility (-> ACCUSE allege, a charge of bad faith) and his
    # account of the blocs (views); s8-s9 his and Mutlak's views (not coded).
    "snn-f2083b19124a": [
        ("THREATEN", None, 0, "حذر", "رئيس البرلمان سليم الجبوري", "رؤساء الكتل النيابية", None, ""),
        ("AGREE", None, 2, ("الاتفاق", 1), None, None, None, "H"),
        ("AGREE", None, 3, "الاتفاق النفطي", None, "أربيل", None, "H"),
        ("ACCUSE", "disapprove", 5, "عدم وجود جدية",
         "القيادي في تحالف القوى العراقية ورئيس لجنة النزاهة في البرلمان العراقي طلال الزوبعي", "الحكومة", None, ""),
        ("ACCUSE", "allege", 7, "تمرير مشاريع قوانين كلها ألغام ومفخخات",
         "رئيس كتلة الحل البرلمانية المنضوية في تحالف القوى العراقية محمد الكربولي", ("الحكومة", 1), None, ""),
    ],
    # Al-Jazirah column: the ISIS followers are the result of our laxity in confronting the inciters (9 August). s0-s5
    # the writer's views on terrorism, the security approach, Iraq's bombings and the preachers (general series and
    # views: not coded); s6 the statement signed on 15-3-2003 by thirty-two activist preachers urging the Saudi youth
    # to travel to Iraq for jihad (-> REQUEST [H], mode null, a call on named addressees with its date, a column's fact,
    # the fifty-eighth set's recalled facts in columns; its link line s7-s9 cut at its dots); s10 Salman al-Awda, one
    # of its signers (restated: not coded again), appeared on Al Jazeera after the bombing of the Emergency Forces
    # mosque to condemn the explosion of the Emergency Forces mosque in Abha (-> ACCUSE disapprove, the thirty-fourth
    # set's condemnation of al-Shuraim, recipient null as there) and the bombing itself (-> ASSAULT explosives, the
    # thirty-fourth and fifty-seventh sets' records of the same bombing in a tweet and a column; 6 August, recent; the
    # bombers unnamed: actor null); s14 the Shura Council's majority vote against the system criminalising hatred (a
    # vote inside one body: not coded, the sets' decisions inside one government); s18 King Abdulaziz's order of 1346 H
    # on codifying the sharia (an order inside one government) and the writer's wishes (not coded).
    "snn-c9e143971469": [
        ("REQUEST", None, 6, ("يُحرضون", 2), "اثنان وثلاثون داعية حركيا", "الشباب السعودي المتحمس", None, "H"),
        ("ASSAULT", "explosives", 10, "تفجير", None, "مسجد قوات الطوارىء", "أبها", ""),
        ("ACCUSE", "disapprove", 10, "يندد", "سلمان العودة", None, None, ""),
    ],
    # Al-Watan column: the nuclear agreement, between laments and logic (22 July). s0 after the announcement of the
    # nuclear agreement between the West and Iran (-> AGREE, the thirty-first set's "بعد إعلان الاتفاق النووي بين إيران
    # و5+1" with its parties; 14 July, recent); s1-s2 views, the Congress's coming session (a prediction) and some
    # members' rejection (a standing position: not coded, the fifty-eighth set); s3 Netanyahu's rejection of the
    # agreement (-> ACCUSE disapprove, the forty-eighth set's Netanyahu on the agreement) and his description of Iran as
    # a drug dealer (-> ACCUSE disapprove, another recipient: its own record); s4-s7 the writer's views and wishes
    # (Decisive Storm's liberation of Yemen a bare reference).
    "snn-5bffa4d83386": [
        ("AGREE", None, 0, "الاتفاق النووي", "الغرب وإيران", None, None, ""),
        ("ACCUSE", "disapprove", 3, "رفضه", "نتنياهو", "للاتفاق", None, ""),
        ("ACCUSE", "disapprove", 3, "وصف", "نتنياهو", "إيران", None, ""),
    ],
    # Al-Riyadh column: oil after the nuclear deal (25 July). s0 the agreement signed by the six powers with Iran (->
    # AGREE, a column's fact with its parties, the fifty-seventh and fifty-eighth sets' nuclear agreement in columns;
    # 14 July, recent) and the coming lifting of the sanctions (a future consequence: not coded, the fifty-eighth set);
    # s1-s29 the writer's reading of the oil market, China's and Russia's attitudes as he sees them (views), the
    # production figures and the restriction of Iran's exports before 2008 (figures and a bare reference).
    "snn-3b5645ef6cbd": [
        ("AGREE", None, 0, "وقعته", "مجموعة الدول الست", "إيران", None, ""),
    ],
    # Asharq Al-Awsat: the EU grants Tunisia more than 116 million euros to confront terrorism (2 August). s0 the EU
    # approved aid of 116.8 million euros to Tunisia (-> AID, the twenty-second set's EU loan; the figure cut at its
    # decimal point s0/s1); s2 Mogherini's words that the support is vital (a necessity statement and the aid's purpose:
    # not coded); s3 President Essebsi's extension of the state of emergency for two more months (-> COERCE martial-law,
    # the thirtieth set's records of the same decision, here a further item; the consultation with the prime minister
    # and the speaker inside one government: not coded); s4 expectations; s5 Tunisia's hope of more aid (a wish), its
    # effort to build an electronic fence on the Libyan border (an aim: not coded) and its announced building of a
    # separation wall (-> MOBILIZE, mode null, the forty-first set's Turkish border wall; undated background: [H]); s6
    # Germany's military aid of about 1.2 million euros (-> AID) during the defence minister von der Leyen's visit to
    # Tunisia days before (-> CONSULT visit, the place as location, the host unnamed in the sentence); s7 her meeting
    # with President Essebsi (-> CONSULT visit, a new counterpart, the thirty-fourth set's meeting within a visit;
    # pronoun: actor null) and her account of the equipment and training (the s6 aid's details: not coded again); s8-s10
    # the parliamentary committee's coming examination of the reconciliation law and its effect (inside one body, a
    # procedure and views: not coded); s11 the Truth and Dignity Commission's criticism and charge against several
    # parties (-> ACCUSE allege, one record for the criticism and the charge of one actor against one recipient) and its
    # view of the draft law; s12-s16 its poll's figures (not coded).
    "snn-a9f7cb061e72": [
        ("AID", None, 0, "منح", "الاتحاد الأوروبي", "تونس", None, ""),
        ("COERCE", "martial-law", 3, "تمديد حالة الطوارئ", "الرئيس التونسي الباجي قائد السبسي", None, None, ""),
        ("MOBILIZE", None, 5, "إقامة جدار عازل", "تونس", None, None, "H"),
        ("AID", None, 6, "منحت", "ألمانيا", ("تونس", 1), None, ""),
        ("CONSULT", "visit", 6, "زيارة", "أورسولا فون ديرليان وزيرة الدفاع الألمانية", None, ("تونس", 2), ""),
        ("CONSULT", "visit", 7, "لقائها", None, "الرئيس التونسي الباجي قائد السبسي", None, ""),
        ("ACCUSE", "allege", 11, "اتهمتها", ("الهيئة", 1), "عدة أطراف", None, ""),
    ],
    # Al-Weeam column: innocence and terrorism (22 July). s0 the writer's views on the protection of children and the
    # UN General Assembly's standing call (general), the recent Hair incident in which Colonel Rashed al-Safyan was
    # killed (-> ASSAULT, mode null, an event with its own victim and place named as an example and reported nowhere
    # else, the thirty-fourth set's anchors; 16 July, recent; no method named; the perpetrators unnamed: actor null) and
    # ISIS's exploitation of children (a general series); s1-s5 views and calls (necessity statements); s6 the Al-Weeam
    # link line (not coded).
    "snn-ba9fbb975256": [
        ("ASSAULT", None, 0, "حادثة", None, "الشهيد العقيد راشد الصفيان", "الحائر", ""),
    ],
    # Asharq Al-Awsat: the European Commission disburses 600 million euros to help Ukraine (23 July). s0 the Commission
    # announced in Brussels the disbursement of a 600 million euro loan to Ukraine, the first tranche of the new macro-
    # financial programme (-> AID, PLOVER "credit"; the place of the announcement not the aid's: location null; the
    # other package of the External Action Service vague: not coded); s1 the memorandum of understanding signed between
    # "Brussels and Athens" (so the copy) at the end of May (-> AGREE [H], about eight weeks before; its entry into force
    # on 3 July not coded apart); s2-s3 the programme's purposes (not coded); s4 last week, after the first meetings of
    # the EU-Ukraine association committee (-> CONSULT, mode null, the sets' talks between two parties; recent), the bloc
    # welcomed the reforms achieved (-> SUPPORT, the sets' welcomes) and called for the rapid implementation of the
    # legislative steps (-> REQUEST change, the thirty-fourth set's calls for a change); the association agreement in
    # force since November a standing framework named as the committee's basis (not coded); s5 the European side's
    # pledge to continue its financial support (-> AGREE, the thirty-fourth and thirty-eighth sets' pledges) and the
    # six billion since last spring (a running total: not coded); s6-s7 the meeting's agenda and the statement's account
    # (details and a statement of policy: not coded again); s8 the statement's praise of the member states' ratification
    # (inside one union, a ratification series: not coded); s9 the signing of the memorandum in May by Dombrovskis with
    # the Ukrainian finance minister and central bank governor (-> AGREE [H], the s1 signing with its signatories, the
    # thirty-fourth set's new content); s10 its content and Dombrovskis's words (the pledge restated and views: not
    # coded).
    "snn-47dbdb88a892": [
        ("AID", None, 0, "صرف قرض", "المفوضية الأوروبية", "أوكرانيا", None, ""),
        ("AGREE", None, 1, "التوقيع", "بروكسل وأثينا", None, None, "H"),
        ("CONSULT", None, 4, "اجتماعات", "لجنة الشراكة بين الاتحاد الأوروبي وأوكرانيا", None, None, ""),
        ("SUPPORT", None, 4, "رحب", "التكتل الأوروبي الموحد", "الإصلاحات", None, ""),
        ("REQUEST", "change", 4, "دعا", "التكتل الأوروبي الموحد", None, None, ""),
        ("AGREE", None, 5, "تعهد", "الجانب الأوروبي", "أوكرانيا", None, ""),
        ("AGREE", None, 9, "وقع", "نائب رئيس المفوضية فالديس دومبروفسكيس",
         "ناتالي جاريسكو وزير المالية في أوكرانيا، وفاليريا كونتاريفا محافظ المصرف المركزي الأوكراني", None, "H"),
    ],
    # Al-Watan column: do not reconcile (6 August). The writer's views against calls for reconciliation with Iran
    # (Iran's role in Yemen, Lebanon, Syria, Bahrain and Qatif as standing charges, the Supreme Leader's speech and
    # Zarif's letter as bare references: not coded); s2 "even if it concluded its nuclear agreement with the West" (->
    # AGREE, the agreement stated as a fact with its parties in a column, the fifty-seventh and fifty-eighth sets;
    # "إيران" named earlier in the sentence kept as actor; 14 July, recent); s6-s7 and s11-s12 lone lines.
    "snn-357b97f15ed0": [
        ("AGREE", None, 2, "أبرمت", "إيران", "الغرب", None, ""),
    ],
    # Al-Riyadh column: with Obama, is baloot the solution? (31 July). s0-s8 the writer's questions and a former
    # ambassador's views on diplomacy (the Japanese minister's Saturday breakfasts a habitual practice: not coded); s9
    # Goh Chok Tong's story told at the Future of Asia conference of June 2015 (a speech: not coded), the difficult
    # negotiations of the Singapore-US free trade agreement (-> CONSULT [H], mode null, both parties in one actor
    # phrase); s10 the embassy's report (not coded); s12 the Singaporean president's golf with his American counterpart
    # at the Vancouver summit of 1997 (-> CONSULT [H], the sets' talks on a summit's margin, mode null, the place named);
    # s13 another summit in Brunei (the setting of s14: not coded apart); s14 at the dinner Clinton asked his
    # Singaporean counterpart (-> CONSULT [H], the Brunei encounter; s15-s19 its golf and talk, details: not coded
    # again); s20 the president's plea for the agreement and Clinton's answer "consider it done" (-> AGREE [H], PLOVER's
    # "indicate willingness or commitment"); s22 the agreement signed between the two countries months later (-> AGREE
    # [H]); s23-s46 views, the leaders' hobbies, the writer's visit to a friend's office (private) and Hitler's words (not
    # coded).
    "snn-8602e1442289": [
        ("CONSULT", None, 9, "مفاوضات", "سنغافورة وأميركا", None, None, "H"),
        ("CONSULT", None, 12, "يلعب الجولف", "الرئيس السنغافوري", "نظيره الأميركي", "فانكوفر", "H"),
        ("CONSULT", None, 14, "مأدبة العشاء", "بيل كلينتون", "نظيره السنغافوري", None, "H"),
        ("AGREE", None, 20, "اعتبر الموضوع تم", "بيل كلينتون", "الرئيس السنغافوري", None, "H"),
        ("AGREE", None, 22, "موقعة", "البلدين", None, None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
