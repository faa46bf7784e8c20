"""Build events-blind80.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (eightieth events blind set; same layout and guidelines as the first
seventy-nine sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind79.jsonl
and their blind/ .. blind79/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-ninth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind80.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind80.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind80.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "رفضهم" for "برفضهم" in the Greek article s0, "تمنى" for "فتمنى" in the Lebanese article s11, "الضفة الغربية"
# for "بالضفة الغربية" in the Yaalon article s6); the texts' spellings copied ("ميريكل" and "ميركل" as written,
# "حذّر" with its shadda); repeated strings by occurrence (("نائب خادم الحرمين الشريفين", 1), ("للشعب اليمني", 2),
# ("الضفة الغربية", 1), ("حماس", 1), ("إسرائيل", 1), ("الجنود", 1)). Actors named only by a pronoun, a passive or an
# unnamed reference are null ("سموه", "دخلت ... واعتقلت"). Administrative matters (a cabinet's agenda, an emir's
# inspection of a border post), awards and honours (the Najran emir's honouring of a corporal), programme plans,
# economic figures and the writers' views are not coded (the fifty-ninth and seventy-ninth sets' list);
# congratulations, thanks and praise are SUPPORT (the earlier sets' "هنأ", "تهنئة", "شكر", "أثنى", "ثمن" records, the
# fifty-seventh set's congratulation letter to an artist, the sixty-fourth and sixty-eighth sets' Eid and Ramadan
# congratulations). Historical: the five-week rule (none in this set: the Rosenfeld killing of late June in an
# article of 21 July, the Greek referendum of 5 July in an article dated 21 July, the Duma arson of 31 July in an
# article of 4 August, the Abha bombing of 6 August in a column of 8 August, the Cairo Declaration of 30 July, not).

GOLD = {
    # Al-Riyadh: officials and businessmen congratulate Rashed al-Rashed on his appointment as editor-in-chief (9
    # August; outside the pool). Each named congratulation -> SUPPORT (the earlier sets' "هنأ"/"تهنئة" SUPPORT; the
    # fifty-seventh set's letter of congratulation to an artist): s1 al-Issa, s5 al-Suwailem, s9 al-Bar, s10
    # al-Muqbil, s13 al-Mutawa, s14 al-Dar' (and s15 his thanks to those in charge of al-Yamamah Press, another
    # recipient -> SUPPORT, actor null: pronoun), s18 al-Abboud. The lead (s0, "a number of officials and
    # businessmen") not coded apart from the named details; al-Issa's thanks to the paper (s2) part of his message;
    # the appointment (a board's decision inside one organisation) not coded. Recipients null where the text
    # addresses him as "you" (s1, s13, s18).
    "snn-db7f99a68f73": [
        ("SUPPORT", None, 1, "أتقدم لسعادتكم بأجمل التهاني والتبريكات",
         "نجيب بن عبداللطيف العيسى رئيس مجلس إدارة الشركة الوطنية العمومية للسيارات", None, None, ""),
        ("SUPPORT", None, 5, "عن سعادته",
         "عبدالعزيز بن حمد السويلم عضو مجلس منطقة الرياض ونائب رئيس اللجنة الثقافية والإعلامية",
         "الزميل راشد الراشد", None, ""),
        ("SUPPORT", None, 9, "خالص التهاني القلبية",
         "عدنان بن أحمد البار رئيس مجلس إدارة جمعية زمزم للخدمات الصحية التطوعية الخيرية وأعضاء المجلس",
         "الزميل راشد الراشد", None, ""),
        ("SUPPORT", None, 10, "هنأ",
         "فهد بن عبدالله المقبل العضو المنتدب والرئيس التنفيذي لشركة النمال القابضة", "الزميل راشد الراشد", None, ""),
        ("SUPPORT", None, 13, "لقد أسعدنا كثيراً خبر الثقة الغالية",
         "ناصر بن محمد المطوع رئيس مجلس إدارة جمعية الإعاقة الحركية للكبار", None, None, ""),
        ("SUPPORT", None, 14, "أسمى آيات التهاني والتبريك",
         "محمد عبدالرحمن الدرع مساعد الرئيس التنفيذي لمجموعة الخضير", "راشد الراشد", None, ""),
        ("SUPPORT", None, 15, "شكر", None, "القائمين على مؤسسة اليمامة الصحفية", None, ""),
        ("SUPPORT", None, 18, "أهنئكم",
         "فهد بن ناصر العبود أستاذ نظم الحكومة الإلكترونية والمعلوماتية بجامعة الملك سعود", None, None, ""),
    ],
    # Sabq: the Cultural Channel's supervisor announces its Ramadan programmes (21 July; outside the pool). s1 his
    # Ramadan congratulations to the king, the crown princes and the people -> SUPPORT (the sixty-fourth and
    # sixty-eighth sets' Eid congratulations to the king; one record, the king first named). The press conference
    # (a programme announcement), the partnership behind one programme (s3) and the festival (s8) not coded.
    "snn-6530717d9e5e": [
        ("SUPPORT", None, 1, "أسمى آيات التهاني والتبريكات", "العيد", "مقام خادم الحرمين الشريفين", None, ""),
    ],
    # Asharq Al-Awsat: Israeli soldiers kill two Palestinians in 24 hours (24 July). s0 the Palestinian
    # government's accusation -> ACCUSE allege; s2 its demand to the international institutions -> REQUEST; s3 the
    # raid on Falah Abu Maria's house -> COERCE seize (the earlier "داهم"/"مداهمة" seize) and his killing by two
    # bullets -> ASSAULT firearms (the wounding of two sons in the same clause, and s4-s11 his brother's account of
    # the same raid, not coded again); s8 the sons' beating of the soldiers -> ASSAULT beat (new actors; s5 the same);
    # s13 the killing of Ahmad Alawneh at Burqin two days before -> ASSAULT (no weapon named; the fifteenth set's
    # story, here a one-sentence reminder); s14 the arrest of about 20 young men in Nablus -> COERCE arrest (actor
    # null: the verb's implied subject); s15 Hamas's and Islamic Jihad's holding the occupation responsible ->
    # ACCUSE allege (the earlier "حمل ... المسؤولية" allege). s1 (the government's account of settlement approvals
    # and displacement, the content of its accusation), s12 (the thirty earlier raids and the sons' arrests, a
    # series) and s16 (the right to respond, a statement of principle) not coded.
    "snn-ad0c43b145a9": [
        ("ACCUSE", "allege", 0, "اتهمت", "حكومة الوفاق الوطني في رام الله", "الحكومة الإسرائيلية", None, ""),
        ("REQUEST", None, 2, "طالبت", "الحكومة", "مؤسسات المجتمع الدولي", None, ""),
        ("COERCE", "seize", 3, "داهمت", "قوات الاحتلال الإسرائيلي", "بيت فلاح حمد أبو ماريا",
         "بلدة بيت أمر، قضاء الخليل", ""),
        ("ASSAULT", "firearms", 3, "قتلته بعد إصابته برصاصتين", "قوات الاحتلال الإسرائيلي", "فلاح حمد أبو ماريا",
         "بلدة بيت أمر، قضاء الخليل", ""),
        ("ASSAULT", "beat", 8, "ضرب الجنود ضربا مبرحا", "أبناء (الشهيد)", ("الجنود", 1), None, ""),
        ("ASSAULT", None, 13, "قتلت", "قوات الاحتلال", "الشاب أحمد علاونة", "قرية برقين قرب مدينة جنين", ""),
        ("COERCE", "arrest", 14, "اعتقلت", None, "نحو 20 شابا", "نابلس", ""),
        ("ACCUSE", "allege", 15, "حملت", "حركتا حماس والجهاد الإسلامي", "الاحتلال الإسرائيلي", None, ""),
    ],
    # Al-Eqtisadiya: the Council of Ministers' session of 3 August (4 August). s0 its condemnation of the Duma arson
    # -> ACCUSE disapprove, and the arson itself, named with its actors, victim and place -> ASSAULT primitive (the
    # earlier sets' records of the same arson; not [H]); s1 its appeal to the international community -> REQUEST
    # (the earlier "ناشد" None; the session's place its location); s3 the deputy king's thanks to the king -> SUPPORT
    # (the earlier "شكر" SUPPORT; the king's inauguration of the Haram projects, administrative, not coded); s5 its
    # praise of the Cairo Declaration -> SUPPORT and the agreement stated in it -> AGREE (the two sides; "نوه
    # بالعلاقات" the same praise; the visit it heard about, a bare reference, not coded: the seventeenth set's
    # story); s6 its condemnation of the storming of al-Aqsa -> ACCUSE disapprove (a new recipient; the Duma
    # condemnation and the appeal repeated, not coded again) with the storming -> COERCE seize (the earlier
    # "الاقتحامات" of al-Aqsa seize), the barring of worshippers -> COERCE restrict and the beating -> ASSAULT beat
    # (actors as written); s7 its praise of the coalition's humanitarian truce -> SUPPORT, the truce -> RETREAT
    # ceasefire (the earlier "الهدنة الإنسانية" records), its thanks to the king -> SUPPORT and the king's aid to the
    # Yemeni people -> AID. s4 and s8 (reports read, the agenda) not coded.
    "snn-dcd6941bf605": [
        ("ACCUSE", "disapprove", 0, "إدانة", "مجلس الوزراء", "مستوطنون إسرائيليون", None, ""),
        ("ASSAULT", "primitive", 0, "حرق", "مستوطنون إسرائيليون", "رضيع فلسطيني",
         "قرية دوما بمدينة نابلس الفلسطينية", ""),
        ("REQUEST", None, 1, "ناشد", "المجلس", "المجتمع الدولي", "قصر السلام بجدة", ""),
        ("SUPPORT", None, 3, "الشكر والعرفان", ("نائب خادم الحرمين الشريفين", 1),
         "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", None, ""),
        ("SUPPORT", None, 5, "أثنى", ("مجلس الوزراء", 1), ("إعلان القاهرة", 1), None, ""),
        ("AGREE", None, 5, "تم خلاله الاتفاق", "الجانبان", None, None, ""),
        ("ACCUSE", "disapprove", 6, "إدانة", "مجلس الوزراء", "قوات الاحتلال الإسرائيلي والمتطرفون اليهود", None, ""),
        ("COERCE", "seize", 6, "اقتحام", "قوات الاحتلال الإسرائيلي والمتطرفون اليهود", None,
         "للمسجد الأقصى المبارك", ""),
        ("COERCE", "restrict", 6, "منع المسلمين من الدخول", "قوات الاحتلال الإسرائيلي والمتطرفون اليهود",
         ("المسلمين", 1), "للمسجد الأقصى المبارك", ""),
        ("ASSAULT", "beat", 6, "التعدي بالضرب", "قوات الاحتلال الإسرائيلي والمتطرفون اليهود", None,
         "للمسجد الأقصى المبارك", ""),
        ("SUPPORT", None, 7, "أثنى", "مجلس الوزراء", "قيادة التحالف", None, ""),
        ("RETREAT", "ceasefire", 7, "الهدنة الإنسانية", "قيادة التحالف", None, None, ""),
        ("SUPPORT", None, 7, "الشكر والعرفان", "مجلس الوزراء", "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز",
         None, ""),
        ("AID", None, 7, "تقديم المساعدات العاجلة", "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز",
         ("للشعب اليمني", 2), None, ""),
    ],
    # Asharq Al-Awsat: Yaalon accuses Turkey of covering "terrorist activities" against Israel (21 July). s0
    # Yaalon's holding al-Arouri responsible -> ACCUSE allege and his accusation of Turkey -> ACCUSE allege (another
    # recipient; s1-s2 restate them); s4 the Shin Bet's announced arrest of the Hamas cell in the West Bank ->
    # COERCE arrest (actor null: not named; s0's and s2's references the same arrest) and the cell's killing of a
    # settler and wounding of three at the Shvut Rachel junction last month -> ASSAULT (s2 names him Malachi
    # Rosenfeld; within five weeks: not [H]); s6 some members held by the Palestinian security services -> COERCE
    # arrest; s10 Hamas's accusation of Israel -> ACCUSE allege; s17 the victims' families' accusation of Netanyahu
    # -> ACCUSE allege; s18 Israel's holding of 54 freed prisoners -> COERCE arrest; s19 Haniyeh's "no negotiations
    # and no information before the release" -> REJECT. Hamas's denial (s8-s9, s13), its spokesman's warning (s15,
    # the s10 accusation restated), Badran's praise of the operations (s14, a view), the standing positions of s18
    # ("ترفض حماس") and s20 (Israel's refusal and charges, habitual) and the Knesset bill (s21-s23, a procedure) not
    # coded.
    "snn-24265f21530b": [
        ("ACCUSE", "allege", 0, "حمل", "وزير الدفاع الإسرائيلي موشيه يعالون", "القيادي في حماس صالح العاروري",
         None, ""),
        ("ACCUSE", "allege", 0, "متهما", "وزير الدفاع الإسرائيلي موشيه يعالون", "تركيا", None, ""),
        ("COERCE", "arrest", 4, "اعتقال", None, "خلية تابعة لحركة حماس", ("الضفة الغربية", 1), ""),
        ("ASSAULT", None, 4, "عملية قتل مستوطن", "خلية تابعة لحركة حماس", "مستوطن", "تقاطع «شفوت راحيل» جنوب نابلس",
         ""),
        ("COERCE", "arrest", 6, "معتقلون", "أجهزة الأمن الفلسطينية", "بعض أعضاء الخلية", "الضفة الغربية", ""),
        ("ACCUSE", "allege", 10, "اتهمت", ("حماس", 1), "إسرائيل", None, ""),
        ("ACCUSE", "allege", 17, "متهمين", "أهالي الإسرائيليين القتلى", "رئيس الحكومة، بنيامين نتنياهو", None, ""),
        ("COERCE", "arrest", 18, "تعتقل", ("إسرائيل", 1), "54 أسيرا محررا", None, ""),
        ("REJECT", None, 19, "لا مفاوضات ولا معلومات", "إسماعيل هنية القيادي في حماس", None, None, ""),
    ],
    # Al-Yaum: Merkel and Hollande meet on Europe's answer to the Greek "no" (dated 21 July; the events of 5-6 July,
    # within five weeks: not [H]). s0 Merkel's trip to Paris for talks with Hollande -> CONSULT visit, and the Greek
    # voters' rejection of the creditors' terms -> REJECT (s3's "أجابوا الدائنين بالرفض" the same vote); s3 their
    # phone call -> CONSULT; s4 their agreement that the decision be respected -> AGREE and their call for a euro
    # summit -> REQUEST; s11 Juncker's call on the Greeks to vote yes -> REQUEST (a relative clause with its own
    # participants). The ECB's coming meeting (s6), the Bundestag committee's expected session (s13), the euro's fall
    # (s10) and the statements of Muscat, Arndt-Brauer and Bettel (views) not coded.
    "snn-8aac0910ca9c": [
        ("CONSULT", "visit", 0, "توجهت", "المستشارة الألمانية أنجيلا ميريكل", "الرئيس الفرنسي فرانسوا هولاند", "باريس",
         ""),
        ("REJECT", None, 0, "رفضهم", "الناخبون", "الدائنين", None, ""),
        ("CONSULT", None, 3, "مكالمة هاتفية", "ميركل", "هولاند", None, ""),
        ("AGREE", None, 4, "اتفق", "الزعيمان", None, None, ""),
        ("REQUEST", None, 4, "دعوا", "الزعيمان", "قادة منطقة اليورو التسعة عشر", None, ""),
        ("REQUEST", None, 11, "دعا", "جان كلود يونكر، رئيس المفوضية الأوروبية", "اليونانيين", None, ""),
    ],
    # Okaz: the Najran emir in Sharurah (6 August). s0 his praise of the armed forces -> SUPPORT (the earlier "ثمن"
    # SUPPORT; "مشيدا بالوقفة" the same statement); s1 his reception of citizens and officials in Sharurah -> CONSULT
    # visit (actor null: "سموه"; s3-s5 the same visit); s2 the governor's thanks -> SUPPORT; s3 the notables'
    # demands -> REQUEST. s6 (his inspection of the al-Wadiah port and its meeting, administrative; the king's orders
    # for Yemen, a characterisation) and s7 (the honouring of a corporal, an award) not coded.
    "snn-bd55ff418b57": [
        ("SUPPORT", None, 0, "ثمن", "الأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران", "رجال القوات العسكرية",
         None, ""),
        ("CONSULT", "visit", 1, "استقباله", None, "المواطنين والمسؤولين من مدنيين وعسكريين", "شرورة", ""),
        ("SUPPORT", None, 2, "عن شكره وتقديره", "محافظ شرورة إبراهيم عاطف", "أمير منطقة نجران", None, ""),
        ("REQUEST", None, 3, "مطالبهم", "عدد من وجهاء وأعيان المحافظة", None, None, ""),
    ],
    # Asharq Al-Awsat: Lebanon awaits international offers to export its waste (1 August). s4 Geagea's criticism of
    # "some" insisting on harmful solutions -> ACCUSE disapprove (recipient as written, "البعض"); s7 the government's
    # contacts with foreign companies -> CONSULT (as the seventy-ninth set's ministry and firms); s9 the tourism
    # minister's request to the ministerial committee -> REQUEST; s11 the Beirut municipal council's wish that the
    # cabinet allow it to ship its waste abroad -> REQUEST; s13 Qabbani's warning against dumping near the airport ->
    # ACCUSE disapprove (the earlier "حذرت" disapprove; no recipient named); s14 his demand of a decision -> REQUEST.
    # The committee's failure (s0), the regions' refusal (s1, general), Geagea's and de Freige's views (s3, s5-s8)
    # and Pharaon's statement (s10) not coded.
    "snn-335aa36f4e03": [
        ("ACCUSE", "disapprove", 4, "استغرب", "جعجع", "البعض", None, ""),
        ("CONSULT", None, 7, "قامت باتصالات", "الحكومة اللبنانية", "أكثر من شركة أجنبية", None, ""),
        ("REQUEST", None, 9, "طلب", "وزير السياحة ميشال فرعون", "اللجنة الوزارية", None, ""),
        ("REQUEST", None, 11, "تمنى", "مجلس بلدية بيروت", "مجلس الوزراء", None, ""),
        ("ACCUSE", "disapprove", 13, "حذّر", "رئيس لجنة الأشغال العامة والنقل النيابية محمد قباني", None, None, ""),
        ("REQUEST", None, 14, "طالب", "قباني", "الجهات السياسية المعنية", None, ""),
    ],
    # Al-Jazirah column: social talent as a factor of success (3 August). Views. None.
    "snn-07b2a147ecca": [],
    # Al-Yaum column: the flawed nuclear agreement (22 July). The agreement -> AGREE once (s0, the column's subject;
    # 14 July, not [H]; actor null, as the earlier columns); the rest views: Obama's and Kerry's assurances (s30),
    # the media reports of Iranian-Jewish meetings (s23, rumours without a date) and Iran-Contra (a bare reference)
    # not coded.
    "snn-f6cd425ea097": [
        ("AGREE", None, 0, "الاتفاق النووي", None, None, None, ""),
    ],
    # Al-Madina column: the destructive uses of drones (25 July). Views and general facts (drone killings of
    # civilians, a series; the analysts' charge against Israel, general); the leaked e-mails on Boeing's and an
    # Italian firm's work on virus-carrying drones (s7, firms' product development) not coded. None.
    "snn-7d3d539b9f23": [],
    # Asharq Al-Awsat column: prepare for the worst with ISIS (8 August). s3 the recent bombing of the Emergency
    # Forces mosque -> ASSAULT explosives (the earlier sets' records of the same bombing; actor null, as they; the
    # column's series of attacks in Kuwait, Reem Island, eastern Saudi Arabia and Europe general, not coded); the
    # French figures and the writer's views not coded.
    "snn-ac29d4692d11": [
        ("ASSAULT", "explosives", 3, "التفجير الإرهابي الأخير", None, "مسجدًا لقوات الطوارئ السعودية", None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
