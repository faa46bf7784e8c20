"""Build events-second74.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 12 articles of the seventy-fourth events blind set (../blind74/sample.jsonl), made to measure the
agreement of two careful annotators on the long articles of the sets 57 on (the human ceiling of the events score).
Same layout and guidelines as the earlier sets (events-blind.jsonl ... events-blind73.jsonl, there is no sixtieth);
second50/make_second.py and blind73/make_gold.py were the templates. The first annotation of these articles was never
opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: PYTHONDONTWRITEBYTECODE=1 python3 -B make_second.py  -> writes events-second74.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind74", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second74.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل left out where the word stands whole ("تركيا" from "لتركيا", "حركة أحرار الشام" from
# "لحركة"); where the article's alif is elided the fused ل stays ("للمدينة", "للاحتلال" in the Aden report). The
# text's own spellings copied exactly ("العُمري", "الدّول", "مهرّب", "تسوّل", "صدّق", "«قوى سوداء»" inside its
# guillemets). Repeated strings picked by occurrence (("الطرف الإيراني", 1/2) and ("هجوم", 2) in the Zabadani
# column s2, ("الجانيين", 1) and ("الجاني", 1) in the executions report s2/s8, ("الجامعة العربية", 1/2) in the
# Qatar report s1). Actors named only by a pronoun or a passive are null; a subject named earlier in the same
# sentence is kept for its further clauses (the earlier sets).
GOLD = {
    # Al-Yaum: two winners of the al-Afaliq Quran chanting prize (24 July). A competition, the winners' thanks to
    # their parents and teacher and their reflections (personal, not events between parties). None.
    "snn-c3f3cb220453": [],
    # Al-Yaum: al-Ahsa's fresh-dates season (1 August). Traders' preparations, experts' forecasts, a festival's
    # coming edition "in cooperation with" participating bodies (standing organisation) and the traders' wishes and
    # proposals to the municipality (views and suggestions, not a demand with a decision: not coded). None.
    "snn-629c07c6a494": [],
    # Asharq Al-Awsat: Hollande cuts his summer holiday to attend the new Suez Canal inauguration (4 August). s1
    # Hollande will attend on Thursday (-> CONSULT visit [F], the sets' participations in the inauguration, the canal
    # as place); s2 the defence minister will accompany him to watch the flyover (-> CONSULT visit [F], his own
    # actor) and the defence deal the two countries concluded in February (-> AGREE [H], the seventh set's record of
    # the same Rafale agreement [H]); s4 a view; s5 the economic delegation (part of the visit: not coded apart) and
    # the planned meeting with al-Sisi (-> CONSULT [F], its own recipient); s6 al-Sisi's visit to Paris last November
    # (-> CONSULT visit [H]); s7-s8, s10-s17 French sources' views of Egypt's diplomacy and standing relations (not
    # coded); s9 the meeting Cairo organised for the Syrian opposition "several weeks ago" (-> CONSULT, mode null, the
    # seventy-third set's host; [H]: "عدة أسابيع" taken as beyond the five weeks) and the work to organise a later one
    # (-> CONSULT [F]); s18 the 1869 inauguration attended by the leaders of the time (-> CONSULT visit [H]); s19
    # Napoleon I's invasion of Egypt in 1798 (-> ASSAULT [H], the sets' "غزا").
    "snn-b7ba76c347a2": [
        ("CONSULT", "visit", 1, "يشارك", "الرئيس فرنسوا هولاند", None, "قناة السويس الجديدة", "F"),
        ("CONSULT", "visit", 2, "يرافقه", "وزير الدفاع جان إيف لودريان", None, None, "F"),
        ("AGREE", None, 2, "أبرمها", "البلدان", None, None, "H"),
        ("CONSULT", None, 5, "اجتماعا", "الرئيس هولاند", "الرئيس عبد الفتاح السيسي", None, "F"),
        ("CONSULT", "visit", 6, "الزيارة الناجحة", "للرئيس السيسي", None, "باريس", "H"),
        ("CONSULT", None, 9, ("الاجتماع", 1), "القاهرة", "للمعارضة السورية", None, "H"),
        ("CONSULT", None, 9, "تنظيم اجتماع لاحق", "القاهرة", None, None, "F"),
        ("CONSULT", "visit", 18, "شارك", "كثير من زعماء تلك الفترة", None, None, "H"),
        ("ASSAULT", None, 19, "غزا", "الإمبراطور نابوليون الأول", None, "مصر", "H"),
    ],
    # Al-Eqtisadiah: preachers and imams on the bombing of the security men's mosque (8 August). s0 the terrorist act
    # that targeted a mosque at the Special Emergency Forces' headquarters in Asir (-> ASSAULT, mode null as written in
    # the lead; 6 August: recent; coded once, the restatements s2 "تفجير" and s5 not again) and the scholars' unanimous
    # condemnation (-> ACCUSE disapprove, recipient null as the thirty-fourth and fifty-ninth sets' condemnations);
    # each named speaker's condemnation its own record (s2 al-Khathlan, s5 al-Omari, s6 al-Abdulaziz); their views on
    # who stands behind it (unnamed "enemies", "suspicious bodies") and the prayers not coded.
    "snn-67ef92018df4": [
        ("ASSAULT", None, 0, "العمل الإرهابي", None, "مسجدا في مقر قوات الطوارئ الخاصة", "منطقة عسير", ""),
        ("ACCUSE", "disapprove", 0, "واصفين", "علماء وأئمة مساجد في السعودية", None, None, ""),
        ("ACCUSE", "disapprove", 2, "عمل منكر", "الشيخ الدكتور سعد الخثلان عضو هيئة كبار العلماء", None, None, ""),
        ("ACCUSE", "disapprove", 5, "عملية إجرامية آثمة", "العُمري", None, None, ""),
        ("ACCUSE", "disapprove", 6, "عمل إرهابي جبان", "الشيخ إبراهيم العبدالعزيز إمام جامع اليمامة", None, None, ""),
    ],
    # Al-Yaum column: bread and salt (11 August). Reflections on loyalty (not coded); s3 the nuclear agreement of Iran
    # with the great powers named as the term of a comparison (coded as the earlier sets' columns code the signed
    # agreement with its parties: AGREE; 14 July in a column of 11 August: recent; a HARD CASE, could be a bare
    # reference).
    "snn-84c45aa2f632": [
        ("AGREE", None, 3, "معاهدة الاتفاق النووي الإيراني", "الدول العظمى", None, None, ""),
    ],
    # Al-Yaum: the Aden residents' different Eid (22 July). s0 the Houthi occupation of the city, during which the
    # residents left (inside the anchor, with its own actor -> COERCE seize [H], the ninth set's record; since
    # spring) and its liberation from the end of Ramadan (-> COERCE seize, actor null, the sets' "تحرير عدن"; recent);
    # s1 the liberation restated; s2 many of Aden's men joined the resistance (-> MOBILIZE militia, as the
    # seventy-third set's fighters sent to the fronts); s3 the new governor's field visits to his own fighters (the
    # forty-ninth set: a leader's visit to his own side not coded; the appointment an internal act); s4-s7 views and
    # hopes; s10 the army's camps occupied by the Houthi militias (-> COERCE seize [H], undated); s12 shelling and
    # exploitation as a general state (not coded).
    "snn-3c8559da638a": [
        ("COERCE", "seize", 0, "الاحتلال الحوثي", "الحوثي", None, "للمدينة", "H"),
        ("COERCE", "seize", 0, "تحرير", None, None, "المدينة", ""),
        ("MOBILIZE", "militia", 2, "التحاق", "الكثير من رجال وشباب عدن", "عناصر المقاومة الشعبية", None, ""),
        ("COERCE", "seize", 10, "للاحتلال", "الميليشيات الحوثية", None, None, "H"),
    ],
    # Al-Yaum: two Ethiopians executed for killing "Berhane" in Jazan, with two more executions (6 August). The sets'
    # execution statements (first set snn-0a0653a1fbd0, snn-4551d1e51b2a; eighth set snn-2d57118b68c2): the
    # execution -> ASSAULT targeted (yesterday: recent), the crime, arrest, sentence and its confirmation [H]
    # (undated background; the sentence -> SANCTION convict, its confirmation by the appeal and supreme courts a
    # second SANCTION convict), the charge beside the conviction not coded (PLOVER), the royal order not coded
    # (inside one government), the ministry's warning -> THREATEN (mode null). First story s0-s3: the killing with
    # an axe and a piece of wood (-> ASSAULT primitive [H], PLOVER: edged weapons, farm implements) and the robbery
    # (-> COERCE seize [H], the sets' looting), the past drug dealing not coded (a standing practice). Second story
    # s6-s9: the killing with a pistol (-> ASSAULT firearms [H]), the quarrel not coded. Third story s12-s14: the
    # smuggler's arrest (passive: actor null), the smuggling itself not coded (the eighth set).
    "snn-7cd71176d0dd": [
        ("ASSAULT", "targeted", 0, "حكم القتل", "وزارة الداخلية", "جانيين إثيوبيين", "منطقة جازان", ""),
        ("ASSAULT", "primitive", 1, "قتل", "أرقاوي ولدو هيلان مريم وحديش زل ألم", "برهاني هفتو قبرو", None, "H"),
        ("COERCE", "seize", 1, "سلب", "أرقاوي ولدو هيلان مريم وحديش زل ألم", None, None, "H"),
        ("COERCE", "arrest", 2, "القبض", "سلطات الأمن", ("الجانيين", 1), None, "H"),
        ("SANCTION", "convict", 2, "الحكم بقتلهما", "المحكمة العامة", None, None, "H"),
        ("SANCTION", "convict", 2, "صدق الحكم", "محكمة الاستئناف والمحكمة العليا", None, None, "H"),
        ("THREATEN", None, 3, "تحذر", "وزارة الداخلية", "كل من تسوّل له نفسه", None, ""),
        ("ASSAULT", "targeted", 6, "حكم القتل", "وزارة الداخلية", "أحد الجناة", "مدينة جازان", ""),
        ("ASSAULT", "firearms", 7, "قتل", "مشعشع بن مفرح بن سلمان حريصي", "بدر بن حسن بن فرحان الحريصي", None, "H"),
        ("COERCE", "arrest", 8, "القبض", "سلطات الأمن", ("الجاني", 1), None, "H"),
        ("SANCTION", "convict", 8, "الحكم عليه بالقتل", "المحكمة العامة", None, None, "H"),
        ("SANCTION", "convict", 8, "صدق الحكم", "محكمة الاستئناف والمحكمة العليا", None, None, "H"),
        ("THREATEN", None, 9, "تحذر", "وزارة الداخلية", "كل من تسوّل له نفسه", None, ""),
        ("ASSAULT", "targeted", 12, "حكم القتل", "وزارة الداخلية", "مهرّب مخدرات", "محافظة جدة", ""),
        ("COERCE", "arrest", 13, "القبض", None, "عصمت حياة محمد شريف", None, "H"),
        ("SANCTION", "convict", 13, "الحكم بقتله", "المحكمة العامة", None, None, "H"),
        ("SANCTION", "convict", 13, "صدّق الحكم", "محكمة الاستئناف ومن المحكمة العليا", None, None, "H"),
        ("THREATEN", None, 14, "تحذر", "وزارة الداخلية", "كل من يقدم على ذلك", None, ""),
    ],
    # Asharq Al-Awsat: Qatar's reservation on the Arab League statement on the Turkish shelling of northern Iraq (6
    # August). s0 Qatar's reservation on the League's position (-> REJECT, the third set's "تحفظ" as REJECT) and its
    # full support of Turkey (-> SUPPORT; the same statement's solidarity s3 and Turkey's right s4/s11 restated, not
    # again); the League's condemnation inside the relative clause coded at s1 where it stands with its date: ACCUSE
    # disapprove, its demand on Ankara to respect Iraq's sovereignty (-> REQUEST) and its call on Turkey and Iraq to
    # cooperate (-> REQUEST); s2 Qatar's reservation restated; s3 "not consulted" (a complaint, not coded); s5 the
    # cultural year (standing relations); s6 Turkey's air raids on the PKK in Qandil (-> ASSAULT aerial; recent; the
    # civilians' toll announced by the Kurdistan authorities a toll, not coded apart; the raids of s7-s8 restated);
    # s7 the Turkish foreign ministry's denunciation of al-Arabi's statements (-> ACCUSE disapprove); s8 al-Arabi's
    # view (the League's condemnation of s1); s9 the Iraqi government's pledge not to allow attacks on Turkey (inside
    # the concessive clause, its own actor -> AGREE [H], undated) and the PKK's attacks since 2003 (a general series:
    # not coded); s10 its denunciation of al-Arabi's silence (-> ACCUSE disapprove, another object); s12 Qatar's views;
    # s13 the Turkish jets and forces attacking ISIS in Syria since late July (-> ASSAULT, recent; the PKK camps the
    # raids of s6) and the safe zone (an aim).
    "snn-1cdf1f4f6dca": [
        ("REJECT", None, 0, "تحفظت", "قطر", "موقف جامعة الدول العربية", None, ""),
        ("SUPPORT", None, 0, "دعمها", "قطر", "تركيا", None, ""),
        ("ACCUSE", "disapprove", 1, "دانت", ("الجامعة العربية", 1), "القصف التركي", None, ""),
        ("REQUEST", None, 1, "طالبت", ("الجامعة العربية", 1), "أنقرة", None, ""),
        ("REQUEST", None, 1, "دعت", ("الجامعة العربية", 2), "كلا من تركيا والعراق", None, ""),
        ("ASSAULT", "aerial", 6, "غارات جوية", "تركيا", "مواقع لحزب العمال الكردستاني", "جبال قنديل بشمال العراق", ""),
        ("ACCUSE", "disapprove", 7, "نددت", "الخارجية التركية", "نبيل العربي", None, ""),
        ("AGREE", None, 9, "تعهد", "الحكومة المركزية في العراق", None, None, "H"),
        ("ACCUSE", "disapprove", 10, "استنكرت", "الخارجية", "العربي", None, ""),
        ("ASSAULT", None, 13, "مهاجمة", "مقاتلات وقوات تركية", "عناصر «داعش»", ("سوريا", 1), ""),
    ],
    # Al-Riyadh: Venice Biennale memoirs (6): the Norwegian pavilion (1 August). Art criticism; the glass harmonica's
    # ban in the eighteenth century an anecdote without a party (not coded). None.
    "snn-c9530e771944": [],
    # Asharq Al-Awsat column: Iranian Stalinism and Syria's demography (9 August). Facts coded, views not (the column
    # rule). s1 Hezbollah's fighters with pro-Assad units trying for over a month to storm Zabadani (-> ASSAULT, the
    # continuing battle; its aims not coded); s2 Ahrar al-Sham negotiating with the Iranian side for a truce (->
    # CONSULT, mode null), Jaish al-Fath's attack on Kafraya and al-Foua inside the truce's aim (its own actor and
    # place, reported nowhere else -> ASSAULT), the Ahrar team's withdrawal from the talks (-> REJECT meet, PLOVER's
    # refusal to meet or negotiate) after the Iranian side insisted on its demand to move the residents (-> REQUEST);
    # the truce itself not reached (not coded); s3-s4 views; s5 three years ago: Hezbollah's occupation of al-Qusayr
    # (-> COERCE seize [H]), the displacement of its people to Arsal (-> COERCE deport [H], across the border) and
    # their prevention from returning (-> COERCE restrict [H]); s6 the regime's destruction of Homs's rebel areas
    # (-> ASSAULT destroy [H]), the emptying of the old quarters (-> COERCE deport [H]) and the deliberate burning of
    # the land registries (-> ASSAULT primitive [H], the sets' arson); s7 Hezbollah's and Assad's militias'
    # displacement in the western Qalamoun (-> COERCE deport [H]); s8-s9, s12-s14 views and general series; s10-s11
    # the Stalinist deportations (the columnist's comparison, decades-long series: not coded) and the 10 million
    # displaced (a tally).
    "snn-893ebd3d6c34": [
        ("ASSAULT", None, 1, "اقتحام", "مسلحو حزب الله", None, "مدينة الزبداني", ""),
        ("CONSULT", None, 2, "التفاوض", "حركة أحرار الشام", ("الطرف الإيراني", 1), None, ""),
        ("ASSAULT", None, 2, ("هجوم", 2), "جيش الفتح", None, "قريتي كفريا والفوعة الشيعيتين في ريف إدلب", ""),
        ("REJECT", "meet", 2, "انسحب من المفاوضات", "فريق أحرار الشام المفاوض", None, None, ""),
        ("REQUEST", None, 2, "طلبه", ("الطرف الإيراني", 2), None, None, ""),
        ("COERCE", "seize", 5, "احتلال", "حزب الله", None, "مدينة القصير وريفها", "H"),
        ("COERCE", "deport", 5, "تهجير", "حزب الله", "أهلها", None, "H"),
        ("COERCE", "restrict", 5, "منعهم من العودة", "حزب الله", None, None, "H"),
        ("ASSAULT", "destroy", 6, "تدمير", "النظام", "المناطق المتمردة", "مدينة حمص", "H"),
        ("COERCE", "deport", 6, "تفريغ", "النظام", "سكانها", None, "H"),
        ("ASSAULT", "primitive", 6, "الحرق المتعمد", "النظام", "للدوائر العقارية", None, "H"),
        ("COERCE", "deport", 7, "عملية التشتيت السكاني", "حزب الله وميليشيات الأسد", None, "كل مناطق القلمون الغربي", "H"),
    ],
    # Al-Yaum: attacks on banking apps grow 400% (8 August). A security company's report of malware statistics and
    # spying campaigns detected: figures and general series without a named actor (the sets' reports and figures;
    # COERCE cyber would need a bounded act with a party). None.
    "snn-6e7886667061": [],
    # Al-Yaum: Turkey heads for early elections, the army keeps targeting the Kurds (1 August). s0 Erdogan's call for
    # early elections if the coalition efforts fail (-> REQUEST change [F], the eighth set's Barzani; conditional);
    # the June election results not coded; s1 Turkey's operations against ISIS in Syria (-> ASSAULT; the PKK ones
    # coded at s22 with their mode and place); s2 the critics' view; s3 Erdogan's official visit to Indonesia (->
    # CONSULT visit); s4-s7, s9-s10, s12-s14 his words and positions (the operation restated s6, s12); s8 the clashes
    # between ISIS and the Kurdish forces at Jarabulus (-> ASSAULT, mode null); s11 his denial of the accusations (a
    # denial of a standing charge, the fiftieth set: not coded) and his accusation of "black forces" (-> ACCUSE
    # allege); s15 two policemen shot dead in Adana (-> ASSAULT firearms, actor null) attributed by the authorities to
    # the Kurdish insurgency (-> ACCUSE allege, the fifteenth set's "نسبت"); s16 the PKK fighters' attack on the
    # Pozanti station (-> ASSAULT, the detail with its actor) and the police's response (-> ASSAULT firearms, the
    # exchange of fire s17); s18 the daily attacks of the week (a series) not coded; s19 the ambush of Thursday on a
    # military convoy (-> ASSAULT); s20-s21 restated; s22 the army's daily air raids on the PKK in northern Iraq (->
    # ASSAULT aerial).
    "snn-9f07d679c601": [
        ("REQUEST", "change", 0, "دعا", "الرئيس التركي رجب طيب أردوغان", None, None, "F"),
        ("ASSAULT", None, 1, "شن عمليات عسكرية", "البلاد", "تنظيم داعش", "سوريا", ""),
        ("CONSULT", "visit", 3, "زيارة رسمية", "اردوغان", None, "اندونيسيا", ""),
        ("ASSAULT", None, 8, "اشتباكات", "التنظيم المتطرف والقوات الكردية", None, "مدينة جرابلس في شمال سوريا على الحدود التركية", ""),
        ("ACCUSE", "allege", 11, "متهمًا", "اردوغان", "«قوى سوداء»", None, ""),
        ("ASSAULT", "firearms", 15, "قتل", None, "عنصران من الشرطة التركية", "منطقة أضنه", ""),
        ("ACCUSE", "allege", 15, "نسبته", "السلطات", "التمرد الكردي", None, ""),
        ("ASSAULT", None, 16, "هاجموا", "مقاتلين من حزب العمال الكردستاني", "مفوضية مدينة بوزانتي", None, ""),
        ("ASSAULT", "firearms", 16, "الرد", "عناصر الشرطة", None, None, ""),
        ("ASSAULT", None, 19, "مكمن", None, "قافلة عسكرية", None, ""),
        ("ASSAULT", "aerial", 22, "غارات جوية كثيفة", "الجيش التركي", "مواقع حزب العمال الكردستاني", "شمال العراق", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
