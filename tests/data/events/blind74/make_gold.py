"""Build events-blind74.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-fourth events blind set; same layout and guidelines as the first
seventy-three sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind73.jsonl
and their blind/ .. blind73/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-third
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind74.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind74.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind74.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "دانت" from "ودانت", "طالبت" from "وطالبت", "تركيا" from "لتركيا", "تدمير" from "بتدمير"); the text's own
# spellings copied exactly ("اردوغان" without hamza in the Turkey report, "أضنه" with its final ha, "الدّول" with its
# shadda, "العُمري" with its damma). Actors named only by a pronoun or a passive are null (the eighteenth,
# twenty-seventh to seventy-third sets: the passive arrest of the heroin smuggler s13, the passive deportations of
# the Stalin era s11, the unattributed Adana killing s15 (its attribution coded apart as ACCUSE allege)).
# Executions (the first, eighth and earlier sets' interior ministry statements): the execution -> ASSAULT targeted,
# the crime, the arrest and the verdicts -> ASSAULT / COERCE arrest / SANCTION convict [H], the ministry's warning
# -> THREATEN (mode null).

GOLD = {
    # Al-Yaum: two winners of the al-Afaliq prize for Quran recitation in al-Ahsa (24 July). Their words; a prize is
    # not a PLOVER event. None.
    "snn-c3f3cb220453": [],
    # Al-Yaum: the fresh-date season in al-Ahsa heralds a successful date season (1 August). Traders' expectations
    # and suggestions. None.
    "snn-629c07c6a494": [],
    # Asharq Al-Awsat: President Hollande cuts his summer holiday to attend the new Suez Canal's inauguration (4
    # August). s1 his participation on Thursday -> CONSULT visit [F] (the third set's Mohammed bin Salman at the same
    # ceremony, CONSULT visit [F] with the canal as place); s2 the defence minister's accompanying him (part of the
    # visit) not coded, the Rafale/frigate deal concluded in February -> AGREE [H] (the seventeenth set's
    # "اتفاقية للتعاون العسكري الموقعة" [H]); s5 the planned meeting with al-Sisi -> CONSULT visit [F] (the
    # fifty-ninth set's meeting within a visit its own record), the economic delegation (part of the visit) not
    # coded; s6 al-Sisi's visit to Paris in November 2014 -> CONSULT visit [H]; s9 the meeting Cairo organised for the
    # Syrian opposition "several weeks ago" (the Cairo conference of early June, over five weeks) -> CONSULT [H],
    # the effort to organise another (an aim) not coded; s4, s6-s16 the French sources' views not coded; s13 Egypt's
    # bid for a Security Council seat (an aim) not coded; s18 the 1869 inauguration (a ceremony) not coded; s19
    # Napoleon's invasion and occupation of Egypt in 1798 -> ASSAULT [H] (the earlier sets' "غزا", a relative clause
    # of a named participant).
    "snn-b7ba76c347a2": [
        ("CONSULT", "visit", 1, "يشارك", "الرئيس فرنسوا هولاند", None, "قناة السويس الجديدة", "F"),
        ("AGREE", None, 2, "أبرمها", "البلدان", None, None, "H"),
        ("CONSULT", "visit", 5, "اجتماعا", "الرئيس هولاند", "الرئيس عبد الفتاح السيسي", None, "F"),
        ("CONSULT", "visit", 6, "الزيارة الناجحة", "للرئيس السيسي", None, "باريس", "H"),
        ("CONSULT", None, 9, "الاجتماع", "القاهرة", "للمعارضة السورية", None, "H"),
        ("ASSAULT", None, 19, "غزا", "الإمبراطور نابوليون الأول", "مصر", None, "H"),
    ],
    # Al-Eqtisadiya: preachers and imams, the targeting of a mosque of the security men confirms the deviance of the
    # method (8 August). The Emergency Forces mosque bombing in Asir of 6 August and its condemnations, as the
    # thirteenth, eighteenth and twenty-eighth sets' condemnation reports: s0 the attack (-> ASSAULT, mode null,
    # "العمل الإرهابي" with the mosque as recipient, the eighteenth set's record) and the scholars' and imams'
    # condemnation (-> ACCUSE disapprove, the lead coded beside the named speakers); s1 their further words (the same
    # condemnation, views) not coded again; s2 "تفجير" (-> ASSAULT explosives, the thirteenth set's second record of
    # the same bombing) and al-Khathlan's condemnation (-> ACCUSE disapprove); s3 his prayer not coded; s4-s5
    # al-Omari's words coded once at s5 (-> ACCUSE disapprove); s6 al-Abdulaziz's condemnation (-> ACCUSE
    # disapprove); s7 his charge that "suspicious parties and hostile intelligence" stand behind them not coded (no
    # named recipient, a view); s8 a sermon.
    "snn-67ef92018df4": [
        ("ASSAULT", None, 0, "العمل الإرهابي", None, "مسجدا في مقر قوات الطوارئ الخاصة", "منطقة عسير", ""),
        ("ACCUSE", "disapprove", 0, "فعل إجرامي جبان", "علماء وأئمة مساجد في السعودية", None, None, ""),
        ("ASSAULT", "explosives", 2, "تفجير", None, None, None, ""),
        ("ACCUSE", "disapprove", 2, "عمل منكر", "الشيخ الدكتور سعد الخثلان عضو هيئة كبار العلماء", None, None, ""),
        ("ACCUSE", "disapprove", 5, "عملية إجرامية آثمة", "العُمري", None, None, ""),
        ("ACCUSE", "disapprove", 6, "عمل إرهابي جبان", "الشيخ إبراهيم العبدالعزيز إمام جامع اليمامة", None, None,
         ""),
    ],
    # Al-Yaum column: bread and salt (11 August). The writer's reflections on keeping promises; the Iranian nuclear
    # agreement named only in a comparison (a bare reference, the fifty-eighth and fifty-ninth sets) not coded. None.
    "snn-84c45aa2f632": [],
    # Asharq Al-Awsat: the people of Aden celebrated Eid differently this year (22 July). s0 the city's liberation
    # from the end of Ramadan (-> COERCE seize, actor null, the thirty-second set's "تحريرها" of Aden; recent) -- the
    # Houthi occupation before it (background) and the residents' return not coded; s1 restates the liberation;
    # s2 the men's joining the Popular Resistance not coded (the thirty-second set's joining the army and police not
    # coded); s3 Nayef al-Bakri's field visits to the fighters (-> CONSULT visit, the earlier sets' visits), his
    # appointment as governor (inside one side) not coded; s4-s12 the activist's and an officer's descriptions (the
    # camps occupied by the Houthis in s10, a standing background, and the shelling in s12, general) not coded.
    "snn-3c8559da638a": [
        ("COERCE", "seize", 0, "تحرير", None, None, "عدن", ""),
        ("CONSULT", "visit", 3, "زيارات ميدانية", "نايف البكري رئيس مجلس المقاومة في عدن", "المقاومين", None, ""),
    ],
    # Al-Yaum: three executions (6 August), each an interior ministry statement coded as the first and eighth sets'
    # execution statements. Execution 1 (s0-s3): s0 the execution in Jazan (-> ASSAULT targeted); s1 the killing of
    # Birhani with an axe and a piece of wood (-> ASSAULT primitive [H]; the robbery and the past hashish dealing not
    # coded); s2 the arrest (-> COERCE arrest [H]), the verdict and its confirmation (-> SANCTION convict [H] x2; the
    # charge and referral, procedure, not coded); s3 the warning (-> THREATEN). Execution 2 (s6-s9): s6 the
    # execution in Jazan city (-> ASSAULT targeted); s7 the shooting of Badr al-Harisi (-> ASSAULT firearms [H]); s8
    # arrest and verdicts [H]; s9 the warning. Execution 3 (s12-s14): s12 the execution in Jeddah (-> ASSAULT
    # targeted); s13 the arrest (passive, actor null) and verdicts [H], the smuggling not coded; s14 the warning.
    "snn-7cd71176d0dd": [
        ("ASSAULT", "targeted", 0, "حكم القتل تعزيراً", "وزارة الداخلية", "جانيين إثيوبيين", "منطقة جازان", ""),
        ("ASSAULT", "primitive", 1, "قتل", "أرقاوي ولدو هيلان مريم وحديش زل ألم", "برهاني هفتو قبرو", None, "H"),
        ("COERCE", "arrest", 2, "القبض", "سلطات الأمن", ("الجانيين", 1), None, "H"),
        ("SANCTION", "convict", 2, "الحكم بقتلهما تعزيراً", None, None, None, "H"),
        ("SANCTION", "convict", 2, "صدق الحكم", "محكمة الاستئناف والمحكمة العليا", None, None, "H"),
        ("THREATEN", None, 3, "تحذر", "وزارة الداخلية", "كل من تسوّل له نفسه", None, ""),
        ("ASSAULT", "targeted", 6, "حكم القتل قصاصًا", "وزارة الداخلية", "أحد الجناة", "مدينة جازان", ""),
        ("ASSAULT", "firearms", 7, "قتل", "مشعشع بن مفرح بن سلمان حريصي", "بدر بن حسن بن فرحان الحريصي", None,
         "H"),
        ("COERCE", "arrest", 8, "القبض", "سلطات الأمن", ("الجاني", 1), None, "H"),
        ("SANCTION", "convict", 8, "الحكم عليه بالقتل قصاصاً", None, None, None, "H"),
        ("SANCTION", "convict", 8, "صدق الحكم", "محكمة الاستئناف والمحكمة العليا", None, None, "H"),
        ("THREATEN", None, 9, "تحذر", "وزارة الداخلية", "كل من تسوّل له نفسه", None, ""),
        ("ASSAULT", "targeted", 12, "حكم القتل تعزيرًا", "وزارة الداخلية", "مهرّب مخدرات", "محافظة جدة", ""),
        ("COERCE", "arrest", 13, "القبض", None, "عصمت حياة محمد شريف", None, "H"),
        ("SANCTION", "convict", 13, "الحكم بقتله تعزيرًا", None, None, None, "H"),
        ("SANCTION", "convict", 13, "صدّق الحكم", "محكمة الاستئناف ومن المحكمة العليا", None, None, "H"),
        ("THREATEN", None, 14, "تحذر", "وزارة الداخلية", "كل من يقدم على ذلك", None, ""),
    ],
    # Asharq Al-Awsat: Qatar expresses reservations on the Arab League's statement on the Turkish bombing of northern
    # Iraq (6 August). s0 Qatar's reservation (-> REJECT, the earlier sets' "الإبقاء على تحفظهما") and its full
    # support for Turkey (-> SUPPORT), the League's condemnation named there coded at s1; s1 the League's
    # condemnation of the Turkish bombing (-> ACCUSE disapprove, recipient null: "القصف التركي"), its demand that
    # Ankara respect Iraq's sovereignty (-> REQUEST change) and its call on Turkey and Iraq to cooperate (-> REQUEST);
    # s2-s4 and s11 the Qatari statement restated (its complaint that it was not consulted part of the reservation)
    # not coded again; s5 standing relations; s6 the Turkish air strikes on the PKK in Qandil (-> ASSAULT aerial,
    # ongoing), the civilian victims the same strikes; s7 the Turkish foreign ministry's condemnation of al-Arabi's
    # statements (-> ACCUSE disapprove), s8 and s10 the same statement (the same recipient) not coded again; s9 the
    # PKK's attacks since 2003 and Iraq's pledge (a series and a background inside a statement) not coded; s12 the
    # Qatari charge that the Syrian regime's practices led to the spread of the terrorist groups (-> ACCUSE allege),
    # the attacks on the border and in Suruc named in it (a bare reference) not coded; s13 the Turkish attacks on
    # ISIS in Syria since late July (-> ASSAULT, mode null: fighters and forces), the safe-zone aim not coded.
    "snn-1cdf1f4f6dca": [
        ("REJECT", None, 0, "تحفظت", "قطر", "جامعة الدول العربية", None, ""),
        ("SUPPORT", None, 0, "دعمها", "قطر", "تركيا", None, ""),
        ("ACCUSE", "disapprove", 1, "دانت", ("الجامعة العربية", 1), None, None, ""),
        ("REQUEST", "change", 1, "طالبت", ("الجامعة العربية", 1), "أنقرة", None, ""),
        ("REQUEST", None, 1, "دعت", ("الجامعة العربية", 2), "كلا من تركيا والعراق", None, ""),
        ("ASSAULT", "aerial", 6, "غارات جوية", "تركيا", "مواقع لحزب العمال الكردستاني",
         "جبال قنديل بشمال العراق", ""),
        ("ACCUSE", "disapprove", 7, "نددت", "الخارجية التركية", "الأمين العام لجامعة الدّول العربية، نبيل العربي",
         None, ""),
        ("ACCUSE", "allege", 12, "أدت إلى تمدد هذه التنظيمات", "الخارجية القطرية", "النظام السوري", None, ""),
        ("ASSAULT", None, 13, "مهاجمة", "مقاتلات وقوات تركية", "عناصر «داعش»", ("سوريا", 1), ""),
    ],
    # Al-Riyadh: Venice memoirs 2015 (6), the Norwegian pavilion at the Biennale (1 August). An art review. None.
    "snn-c9530e771944": [],
    # Asharq Al-Awsat column: Iranian Stalinism and Syrian demography (9 August). Facts stated coded, the writer's
    # views (the demographic plan, Tehran's aims) not (the column rule): s1 Hezbollah's and the regime units'
    # attempt for more than a month to storm al-Zabadani (-> ASSAULT, ongoing); s2 Ahrar al-Sham's negotiation with
    # the Iranian side (-> CONSULT, mode null, recent), Jaysh al-Fatah's attack on Kefraya and al-Fu'a (-> ASSAULT,
    # ongoing; Hezbollah's attack restated from s1 not coded again), the Iranian side's insistence on its demand to
    # move the populations (-> REQUEST) and the Ahrar team's withdrawal from the negotiations (-> SANCTION withdraw,
    # CAMEO 164 "halt negotiations", the earlier sets' one record); s5 Hezbollah's occupation of al-Qusayr (2013:
    # -> COERCE seize [H], the earlier sets' "احتلال"), the displacement of its people to Arsal (-> COERCE deport [H])
    # and their being barred from returning (-> COERCE restrict [H]); s6 the regime's destruction of the rebel areas
    # of Homs (-> ASSAULT destroy [H]; the emptying of the old quarters and the burning of the land registries the
    # same campaign, not coded apart); s7 the displacement in western Qalamoun (-> COERCE deport [H]); s11 the
    # Stalinist deportation of the North Caucasus peoples to Siberia (-> COERCE deport [H], actor null: passive; the
    # other Soviet transfers in the same sentence a series, and the displacement of ten million Syrians, an
    # aggregate, not coded); s12-s14 views and general trends not coded.
    "snn-893ebd3d6c34": [
        ("ASSAULT", None, 1, "اقتحام", "مسلحو حزب الله إلى جانب وحدات عسكرية موالية لنظام الأسد", None,
         "مدينة الزبداني", ""),
        ("CONSULT", None, 2, "التفاوض", "حركة أحرار الشام", ("الطرف الإيراني", 1), None, ""),
        ("ASSAULT", None, 2, ("هجوم", 2), "جيش الفتح", None, "قريتي كفريا والفوعة الشيعيتين في ريف إدلب", ""),
        ("REQUEST", None, 2, "طلبه", ("الطرف الإيراني", 2), None, None, ""),
        ("SANCTION", "withdraw", 2, "انسحب من المفاوضات", "فريق أحرار الشام المفاوض", None, None, ""),
        ("COERCE", "seize", 5, "احتلال", "حزب الله", None, "مدينة القصير وريفها", "H"),
        ("COERCE", "deport", 5, "تهجير", "حزب الله", "أهلها", "مدينة عرسال اللبنانية", "H"),
        ("COERCE", "restrict", 5, "منعهم من العودة", "حزب الله", None, None, "H"),
        ("ASSAULT", "destroy", 6, "تدمير", "النظام", "المناطق المتمردة", "مدينة حمص", "H"),
        ("COERCE", "deport", 7, "عملية التشتيت السكاني", "حزب الله وميليشيات الأسد", None,
         "كل مناطق القلمون الغربي", "H"),
        ("COERCE", "deport", 11, ("تهجير", 1), None, "شعوب شمال القوقاز", "سيبيريا", "H"),
    ],
    # Al-Yaum: mobile banking attacks grew 400% (8 August). Kaspersky Lab's quarterly figures on malware (aggregates
    # and trends without named perpetrators or victims). None.
    "snn-6e7886667061": [],
    # Al-Yaum: Turkey heads for early elections and the army keeps targeting the Kurds (1 August). s0 Erdogan's call
    # for early elections if the coalition talks fail (-> REQUEST change, the sixty-eighth set's Barzani); s1 the
    # Turkish operations against ISIS in Syria (-> ASSAULT, ongoing; those against the PKK coded at s22); s2 the
    # critics' charge that Erdogan launched the operation hoping for early elections (-> ACCUSE allege); s3 his
    # official visit to Indonesia (-> CONSULT visit); s5 the June election result (a vote) not coded; s6-s7 the
    # operation and Turkey's standing view of the YPG not coded again; s8 his charge that the Syrian Kurds sought a
    # corridor to the Mediterranean (-> ACCUSE allege); s9-s10 a warning without a named target (a view) not coded;
    # s11 his denial (not coded, as the earlier sets' denials) and his charge against "black forces" (-> ACCUSE
    # allege); s12-s14 restated; s15 the killing of two policemen in Adana (-> ASSAULT firearms, actor null) and the
    # authorities' attribution of it to the Kurdish rebellion (-> ACCUSE allege); s16 the same attack (the PKK
    # fighters at the Pozanti station) not coded again; s17 two attackers killed in the exchange of fire (-> ASSAULT
    # firearms); s18-s19 daily attacks and the running toll (a series and an aggregate) not coded, the ambush on a
    # military convoy on Thursday (-> ASSAULT); s21 the Friday attack restated; s22 the Turkish army's daily air
    # strikes on the PKK in northern Iraq (-> ASSAULT aerial).
    "snn-9f07d679c601": [
        ("REQUEST", "change", 0, "دعا", "الرئيس التركي رجب طيب أردوغان", None, None, ""),
        ("ASSAULT", None, 1, "شن عمليات عسكرية", "تركيا", "تنظيم داعش", "سوريا", ""),
        ("ACCUSE", "allege", 2, "شن العملية العسكرية على امل", "بعض الناقدين", "اردوغان", None, ""),
        ("CONSULT", "visit", 3, "زيارة رسمية", "اردوغان", None, "اندونيسيا", ""),
        ("ACCUSE", "allege", 8, "سعوا", "اردوغان", "الاكراد السوريين", None, ""),
        ("ACCUSE", "allege", 11, "متهمًا", "اردوغان", "قوى سوداء", None, ""),
        ("ASSAULT", "firearms", 15, "قتل", None, "عنصران من الشرطة التركية", "منطقة أضنه", ""),
        ("ACCUSE", "allege", 15, "نسبته", "السلطات", "التمرد الكردي", None, ""),
        ("ASSAULT", "firearms", 17, "تبادل اطلاق النار", None, "اثنان منهم", None, ""),
        ("ASSAULT", None, 19, "مكمن", None, "قافلة عسكرية", None, ""),
        ("ASSAULT", "aerial", 22, "غارات جوية كثيفة", "الجيش التركي", "مواقع حزب العمال الكردستاني", "شمال العراق",
         ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
