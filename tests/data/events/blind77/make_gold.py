"""Build events-blind77.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-seventh events blind set; same layout and guidelines as the first
seventy-six sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind76.jsonl
and their blind/ .. blind76/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-sixth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind77.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind77.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind77.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule); where the article's alif is elided the fused ل stays ("للقيادة الرشيدة" in the Maysan report s1, "للثوار" in
# the Taiz arms report s0, "للتحالف الدولي" in the US-strategy report s3, "للطيران النظام" in the siege report s10).
# Actors named only by a pronoun, a passive or an unnamed reference are null. Administrative matters, sport, book
# reviews, economic figures and the writers' views are not coded (the fifty-ninth set's list). Historical: the
# five-week rule (the GCC consultative summit in Riyadh before Camp David, May 2015; the Security Council's sanctions
# of April 2015 and the Houthis' offensive of 2014; the month-long truce of al-Hama that began about six weeks before
# its report [H]; the Asir mosque bombing of 6 August, the Golden Arrow battle's retaking of Labouza and the
# US-Turkish agreement of late July, not).

GOLD = {
    # Al-Riyadh: the Maysan governor conveys the leadership's condolences on the soldier Mamdouh al-Musaili, killed
    # in the Asir Emergency Forces mosque bombing (10 August; outside the pool). s0 the governor's conveying of the
    # Crown Prince's and Prince Khalid al-Faisal's condolences to the father -> SUPPORT (the earlier sets' "تعازيها",
    # one record for both condolences); s1 the tribe sheikh's thanks to the leadership -> SUPPORT (the earlier sets'
    # "شكره"); s2 Mut'ib al-Musaili's solidarity with the leadership -> SUPPORT and his condemnation of the attack ->
    # ACCUSE disapprove, recipient null (the fifty-ninth set's al-Awda; the earlier "استنكاره الشديد"); s7 the brothers'
    # thanks to the leadership -> SUPPORT; s8 the attack carried out by an ISIS terrorist inside the Emergency Forces
    # mosque in Asir on Thursday -> ASSAULT, null mode (no weapon named; the earlier sets' "الجريمة البشعة" of the same
    # bombing), coded once there (s2's "العملية الإجرامية" the same attack); the funeral, the prayers and the father's
    # words (views) not coded.
    "snn-1780b78cdc73": [
        ("SUPPORT", None, 0, ("تعازي", 1), "محافظ ميسان تركي بن خالد بن حميد", "والد الشهيد ممدوح مسفر المسيلي",
         "محافظة ميسان", ""),
        ("SUPPORT", None, 1, "شكره", "شيخ قبيلة المسيلات بني الحارث معيض بن سلطان المسيلي الحارثي",
         "للقيادة الرشيدة", None, ""),
        ("SUPPORT", None, 2, "تضامنه", "متعب بن محمد المسيلي", "القيادة الرشيدة", None, ""),
        ("ACCUSE", "disapprove", 2, "استنكاره الشديد", "متعب بن محمد المسيلي", None, None, ""),
        ("SUPPORT", None, 7, "شكر", "أشقاء الشهيد", "قيادة هذا الوطن", None, ""),
        ("ASSAULT", None, 8, "الجريمة الغادرة", "أحد الإرهابيين", None, "مسجد قوة الطوارئ الخاصة بمنطقة عسير", ""),
    ],
    # Al-Yaum column: the Gulf states and the diplomatic movement in the region (27 July). Views, but two stated
    # facts: s4 the GCC consultative meeting in Riyadh before Camp David (May 2015, over five weeks) -> CONSULT
    # multilateral [H] (the earlier sets' "الاجتماع الطارئ"); s9 al-Jubeir's visit to Qatar and his meeting with
    # Sheikh Tamim -> CONSULT visit (one record, the thirty-fourth set's meeting within a visit coded with it). The
    # US position on the agreement and Iran's "attempt at diplomatic contact" (s9, no event stated) not coded.
    "snn-3b80a1ec3efa": [
        ("CONSULT", "multilateral", 4, "الاجتماع التشاوري", "دول المجلس", None, "الرياض", "H"),
        ("CONSULT", "visit", 9, "زيارة", "وزير الخارجية السعودي عادل الجبير", "الشيخ تميم بن حمد آل ثاني",
         "دولة قطر", ""),
    ],
    # Al-Eqtisadiya: Kuwait may lose the Gulf Cup 23 under a new international suspension (10 August; outside the
    # pool). Sport and sports governance (the Kuwaiti minister's and FA president's agreement to seek a review of
    # the postponement, the IOC's and ASOIF's letters and deadline, the handball federation's committee) not coded,
    # as the fifty-ninth and seventy-sixth sets' sport. None.
    "snn-17f8b41b3939": [],
    # Al-Jazirah column: civilisations do not clash, instincts do (10 August). A television dialogue and the
    # writer's views. None.
    "snn-194542d26bfe": [],
    # Al-Yaum: al-Ahsa municipality's 940 reporting system (21 July). An administrative service; s4 the mayor's
    # meeting with a member of the ministry's strategy team (a working meeting inside one government, as the
    # seventy-sixth set's committee meeting) not coded. None.
    "snn-3518cad0ea92": [],
    # Asharq Al-Awsat: the regime's starvation siege of al-Hama and Qudsaya, Zabadani, Arbin, Darayya (4 August).
    # s0 the siege of al-Hama -> COERCE restrict (the earlier sets' "فرض حصار خانق"; the ban on flour and fuel its
    # detail, not coded again); s3 the closing of the roads to Qudsaya -> COERCE restrict (the siege extended to a
    # second town); s4 al-Darani's warning of a catastrophe (no recipient, a view) not coded; s5 the month-long truce
    # with the regime, ended two weeks ago -> RETREAT ceasefire [H] (the earlier sets' "الهدنة"; begun about six
    # weeks before), actor null; s7 views; s8 Hezbollah's clashes with the opposition in Zabadani -> ASSAULT, the
    # warplanes' raids -> ASSAULT aerial, the artillery and rocket shelling -> ASSAULT heavy-weapons; s9 the absence
    # of a breakthrough not coded; s10 the four raids on Arbin -> ASSAULT aerial; s11 the clashes near Darayya ->
    # ASSAULT (the three dead their result) and the shelling of Darayya and Moadamiyeh -> ASSAULT heavy-weapons.
    "snn-2d0a75ef8bc1": [
        ("COERCE", "restrict", 0, "الحصار الخانق", ("النظام", 1), "بلدة الهامة", None, ""),
        ("COERCE", "restrict", 3, "إقفال", "القوات النظامية", "بلدة قدسيا القريبة من الهامة", None, ""),
        ("RETREAT", "ceasefire", 5, ("هدنة", 1), None, ("النظام", 1), None, "H"),
        ("ASSAULT", None, 8, "اشتباكات عنيفة", "مقاتلي «حزب الله»", "مسلحي المعارضة والفصائل الإسلامية",
         "مدينة الزبداني", ""),
        ("ASSAULT", "aerial", 8, "غارات كثيفة", "الطيران الحربي", None, None, ""),
        ("ASSAULT", "heavy-weapons", 8, "قصف مدفعي وصاروخي", None, None, "المدينة", ""),
        ("ASSAULT", "aerial", 10, "أربع غارات", "للطيران النظام", "بلدة عربين", "غوطة دمشق الشرقية", ""),
        ("ASSAULT", None, 11, "اشتباكات", "قوات النظام والمسلحين الموالين لها", "ثلاثة عناصر من الفصائل الإسلامية",
         "محيط مدينة داريا في الغوطة الغربية", ""),
        ("ASSAULT", "heavy-weapons", 11, "قصف", ("قوات النظام", 2), "مواقع",
         "منطقة داريا ومعضمية الشام في غوطة دمشق الغربية", ""),
    ],
    # Al-Yaum: coalition raids on the rebels' positions and a cautious calm in Taiz (8 August). s0 the raids on the
    # Republican Guard's positions in Sanaa -> ASSAULT aerial; s1 the strikes on the militia's strongholds near Taiz
    # -> ASSAULT aerial (the calm not coded); s2 the army's and the resistance's reinforcements brought to Abyan ->
    # MOBILIZE troops (the earlier sets' "التعزيزات") and the resistance's battles with the militia in Abyan ->
    # ASSAULT; s3 the resistance's advance towards Taiz and al-Dhale -> ASSAULT (the earlier sets' "تقدمها"; s4's
    # "تتقدم" the same advance, not coded again); s4 the Houthis' retreat -> RETREAT withdraw and the arrival of
    # the coalition's tanks, mine-clearers and rocket launchers to reinforce the loyal fighters -> AID; s5 the
    # resistance's taking of the Jabal Sabir heights and the Houthis' taking of hills around Taiz -> COERCE seize x2
    # (claims as stated); s6 the loyal fighters' control of districts of Zinjibar -> COERCE seize; s7 the president's
    # and commanders' pledge to continue the march -> THREATEN violence (the earlier sets' "متعهدا بالاستمرار"); s8
    # the collapses and the Aden victory (a bare reference) not coded; s9 the Golden Arrow battle's retaking of the
    # Labouza camp -> COERCE seize (actor null: an operation's name) and the encirclement of the militia's men on
    # Jabal Munif -> COERCE restrict; s10-s16 the observers' views and the envoy's steps (a plan, conditional on the
    # rebels' acceptance) not coded; s18 Turkey's freezing of Saleh's and the Houthi leaders' assets -> SANCTION
    # discontinue (the forty-fourth set's "جمدت" of the same freeze; s19-s20 its details not coded again); s21 the
    # Security Council's sanctions of April -> SANCTION discontinue [H], the Houthis' offensive of last year ->
    # ASSAULT [H] and their taking of Sanaa -> COERCE seize [H]; s22 Saleh's stepping down of 2012 (a subordinate
    # clause of the UN report's figure) not coded.
    "snn-e3a9e7cd3611": [
        ("ASSAULT", "aerial", 0, "سلسلة غارات", "طيران التحالف العربي",
         "مواقع عسكرية تابعة لمقرات خاصة بقوات الحرس الجمهوري التابع للمخلوع صالح", "مناطق مختلفة من صنعاء", ""),
        ("ASSAULT", "aerial", 1, "استهدف", "طيران التحالف", "معاقل مليشيا الحوثي وصالح",
         "منطقة دمنة خدير والحوبان جنوب شرق محافظة تعز", ""),
        ("MOBILIZE", "troops", 2, "استقدام مزيد من التعزيزات العسكرية", "قوات الجيش مع المقاومة الشعبية", None,
         ("محافظة أبين", 1), ""),
        ("ASSAULT", None, 2, "معارك", ("المقاومة الشعبية", 2), "مليشيا الحوثي وصالح", ("محافظة أبين", 2), ""),
        ("ASSAULT", None, 3, "تقدمها", "قوات المقاومة الشعبية", None, "محافظتي تعز والضالع", ""),
        ("RETREAT", "withdraw", 4, "تراجع", "الحوثيين", None, None, ""),
        ("AID", None, 4, "وصول دبابات حديثة وكاسحات ألغام وراجمات صواريخ", "قوات التحالف",
         "المقاتلين الموالين للحكومة", None, ""),
        ("COERCE", "seize", 5, "سيطرت", "المقاومة الشعبية", None,
         "مرتفعات جبل صبر وهضاب قرب موقع العروس وثلاثة مداخل حيوية للمدينة", ""),
        ("COERCE", "seize", 5, "السيطرة", "الحوثيين", None, "عدد من التلال المحيطة بمدينة تعز", ""),
        ("COERCE", "seize", 6, "سيطروا", "المقاتلين الموالين للحكومة اليمنية", None,
         "عدة أحياء في مدينة زنجبار مركز محافظة أبين", ""),
        ("THREATEN", "violence", 7, "تعهدوا", "الرئيس اليمني وقادة عسكريون", None, None, ""),
        ("COERCE", "seize", 9, "استعادة معسكر لبوزة", None, None, None, ""),
        ("COERCE", "restrict", 9, "محاصرة", None, "عدد كبير من عناصرها", "جبل مُنيف بمديرية المسيمير", ""),
        ("SANCTION", "discontinue", 18, "جمدت", "تركيا", "الرئيس اليمني المخلوع علي عبدالله صالح", None, ""),
        ("SANCTION", "discontinue", 21, "عقوبات", "مجلس الامن الدولي", "المخلوع صالح", None, "H"),
        ("ASSAULT", None, 21, "هجوما واسع النطاق", None, None, None, "H"),
        ("COERCE", "seize", 21, "السيطرة", None, None, "العاصمة صنعاء", "H"),
    ],
    # Al-Watan: the coalition's new weapons for Taiz (3 August). s0 the coalition states' supply of weapons to the
    # fighters early in the week (airdropped) -> AID (s1's follow-up of the delivery not coded again); s1's request
    # is s5's, coded there; s3 the resistance's taking of the Mashraa and Hadnan district last week -> COERCE seize,
    # its men's killing of about 80 rebels -> ASSAULT and the capture of dozens -> ASSAULT abduct (the earlier sets'
    # "وقعوا أسرى"); s4 the coalition's stepped-up supply of arms and communications over the past period -> AID
    # (the Aden liberation a bare reference); s5 the resistance command's appeal to the coalition for weapons ->
    # REQUEST assist and the coalition command's response -> AGREE (the earlier sets' "الاستجابة"; the "agreed"
    # delivery its detail); s7 the military council's training of new recruits for the fight -> MOBILIZE militia
    # (the seventy-sixth set's recruiting for the war); s9 Sarhan's visit to the training centres (inside one side)
    # and s11 the recalled retired commanders (part of the programme) not coded; s16-s17 the "zero hour" (future,
    # not announced) not coded.
    "snn-0cb80334b6df": [
        ("AID", None, 0, "قدمت", "دول التحالف العربي بقيادة المملكة", "للثوار", None, ""),
        ("COERCE", "seize", 3, "السيطرة", "مقاتلي المقاومة الشعبية", None, "مديرية مشرعة وحدنان", ""),
        ("ASSAULT", None, 3, "قتل", "أفرادها", "قرابة 80 متمردا", None, ""),
        ("ASSAULT", "abduct", 3, "أسر", None, "العشرات", None, ""),
        ("AID", None, 4, "مد", "التحالف", "مقاتلي المقاومة الشعبية", None, ""),
        ("REQUEST", "assist", 5, "ناشدت", "قيادة المقاومة", ("التحالف", 1), None, ""),
        ("AGREE", None, 5, "استجابت", "قيادة التحالف", None, None, ""),
        ("MOBILIZE", "militia", 7, "تدريباته القتالية", "المجلس العسكري للمقاومة في تعز", None, None, ""),
    ],
    # Al-Watan: the American strategy against ISIS in Syria (6 August). s0 the US-Turkish agreement (named again
    # with its parties in s4) coded once at s4 -> AGREE (late July, not [H]); its planned buffer zone, cut supply
    # lines and strikes (the agreement's content, planned) not coded; s1 the writer's report of a new strategy not
    # coded; s3 Ankara's joining the international coalition -> COOPERATE (the earlier sets' "انضمام"); s6 the US
    # warning to the Assad regime that it would repel any attack -> THREATEN (the earlier sets' "حذرتها"/"حذره", mode
    # null); s7 a conditional no-fly zone not coded; s8 the continued US air support to the YPG -> AID [F] (future
    # "ستواصل"); s10 Ahrar al-Sham's talks with an Iranian delegation on Zabadani -> CONSULT (their halt, without an
    # actor, not coded); s11 the Iranians' insistence on emptying Zabadani -> REQUEST; s13 the government forces' and
    # Hezbollah's attacks on Zabadani -> ASSAULT; s15 Marwa's hopes (views) not coded; s16 his condemnation of Iran's
    # role -> ACCUSE disapprove (actor as written, "الشعب السوري"); s17 the Syrian warplane's bombing of Ariha in
    # which it crashed -> ASSAULT aerial (the toll its result).
    "snn-f25265ed11a6": [
        ("COOPERATE", None, 3, "انضمام", "أنقرة", "للتحالف الدولي", None, ""),
        ("AGREE", None, 4, "اتفاق", "واشنطن وأنقرة", None, None, ""),
        ("THREATEN", None, 6, "حذرت", "الولايات المتحدة", "نظام الرئيس السوري بشار الأسد", None, ""),
        ("AID", None, 8, "دعمها الجوي", "الولايات المتحدة", "وحدات حماية الشعب الكردية", None, "F"),
        ("CONSULT", None, 10, "محادثات", "جماعة حركة أحرار الشام السورية", "وفد إيراني", None, ""),
        ("REQUEST", None, 11, "إصرارهم", "الوفد الإيراني", None, "الزبداني", ""),
        ("ASSAULT", None, 13, "هجمات", "القوات الحكومية ومقاتلو حزب الله", None, "الزبداني", ""),
        ("ACCUSE", "disapprove", 16, "يستنكر ويشجب", "الشعب السوري", "النظام الإيراني", None, ""),
        ("ASSAULT", "aerial", 17, "قصفها", "طائرة حربية سورية", None, "مدينة أريحا", ""),
    ],
    # Al-Riyadh: new books (1 August). Book reviews: the history of Babylon and Assyria and of the Ayyubids and
    # Mamluks is the books' content (as the fifty-ninth set's play's plot). None.
    "snn-c26359b0610d": [],
    # Ain Alyoum column: the makers of lies (27 July). Views. None.
    "snn-1379d9bb5760": [],
    # Asharq Al-Awsat: Tehran says its foreign reserves do not exceed $125 billion (25 July). Figures and
    # expectations not coded; s1 Iran's agreement with the world powers last week -> AGREE (the seventy-fifth and
    # seventy-sixth sets' economic reports); s5 the deputy governor's rebuttal of the US officials' figure (an
    # economic figure), s8-s11 the minister's expectations and s12 the SWIFT ban (a standing part of the sanctions)
    # not coded.
    "snn-ec28184cede7": [
        ("AGREE", None, 1, "توصلها لاتفاق", "إيران", "القوى العالمية", None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
