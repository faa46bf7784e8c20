"""Build events-blind76.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-sixth events blind set; same layout and guidelines as the first
seventy-five sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind75.jsonl
and their blind/ .. blind75/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-fifth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind76.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind76.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind76.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule); where the article's alif is elided the fused ل stays ("للميليشيات" in the Khor Maksar report s1 and s9,
# "للحوثيين" in its s4). The text's own spellings copied ("اردوغان"/"إردوغان", "كليجدار أوغلو", "بهاجمة").
# Actors named only by a pronoun, a passive or an unnamed reference are null. Administrative regulations, election
# procedures, sport, business news, economic forecasts and the writers' views are not coded (the fifty-ninth set's
# list). Historical: the five-week rule (the Aden fighting of March-May 2015 and the Erdogan-Putin meeting in Baku
# of June 2015 [H]; the liberation of Aden and Khor Maksar in mid-July, 18 days before its report, not).

GOLD = {
    # Okaz: the Saudi Bar Association regulation in force from 22 July. A regulation's provisions (an
    # administrative act inside one government). None.
    "snn-073dfa0aab72": [],
    # Al-Yaum column: education and unemployment (6 August). Views. None. (Outside the pool.)
    "snn-45f3b8bccf53": [],
    # Al-Riyadh: the Eastern Province municipal-election committee's conditions for registering voters and its
    # coming awareness campaign (3 August). Election procedures, not coded (the fifty-fourth set's elections
    # report). None. (Outside the pool.)
    "snn-beca8164c8cc": [],
    # Al-Yaum column: the al-Ha'ir reformatory (24 July). Facts: s5 the driver's suicide bombing at al-Ha'ir prison
    # (29 Ramadan = 16 July, under five weeks) -> ASSAULT suicide-attack (the thirty-ninth set's "يفجر نفسه" of the
    # same attack) and his killing of his uncle -> ASSAULT (the eleventh set's "قتل ... خاله"); s3 the security
    # forces' foiling of the attempt and s4 its target not coded again (one attack); the yearly course for the
    # inmates (a habitual practice) and the writer's views not coded.
    "snn-1fcbe2c4ca18": [
        ("ASSAULT", "suicide-attack", 5, "تفجير نفسه", "السائق", None, None, ""),
        ("ASSAULT", None, 5, "قتل", "المنتحر", "خاله", None, ""),
    ],
    # Asharq Al-Awsat: the Houthis' mobilisation in Hodeidah schools and the resistance's attacks in Hajjah and
    # al-Bayda (6 August). s0 the resistance's call on the citizens to keep away from the Houthi positions ->
    # REQUEST and its continuing attacks -> ASSAULT; s1 the attack at the sports club of Abs -> ASSAULT (its two
    # dead not coded again); s2 the security men's refusal of the order to hand in their weapons -> REJECT (the
    # order itself, inside one side's apparatus, not coded); s3 the Houthis' mobilisation for the war -> MOBILIZE
    # militia, their request to the education office -> REQUEST and their request to the girls' school heads ->
    # REQUEST (actor null); s5 the escalated attacks in al-Bayda -> ASSAULT; s6 the clashes in Dhi Na'im ->
    # ASSAULT; s7 the attacks (the posts hit are their detail), the ambush and the attack on another patrol ->
    # ASSAULT x3; s8 the capture of two positions -> COERCE seize (the earlier sets' "تحرير"), the rebels' flight ->
    # RETREAT withdraw; s9 the two attacks -> ASSAULT and the taking of the areas -> COERCE seize; s10 the recovery
    # of positions -> COERCE seize, the cutting of supply lines -> COERCE restrict (an earlier set's "قطع خطوط"), the
    # ambushes -> ASSAULT and the eight Houthis' attack on a resistance post -> ASSAULT (actor null); s11 the seizure
    # of weapons -> COERCE seize and the two vehicles disabled -> ASSAULT destroy.
    "snn-ae73f6eef62f": [
        ("REQUEST", None, 0, "دعت", "المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي", "المواطنين",
         "مدينة الحديدة", ""),
        ("ASSAULT", None, 0, "استهداف مقرات", ("المقاومة الشعبية", 2), ("المسلحين الحوثيين", 2), None, ""),
        ("ASSAULT", None, 1, "استهدفت", "المقاومة الشعبية التهامية", "تجمعا للمسلحين الحوثيين",
         "النادي الرياضي بمديرية عبس في محافظة حجة", ""),
        ("REJECT", None, 2, "قوبل بالرفض", "جميع الأفراد", "نائب مدير الأمن بالحديدة المعين عبد الحميد المؤيد", None,
         ""),
        ("MOBILIZE", "militia", 3, ("التعبئة للحرب", 1), "جماعة الحوثي المسلحة", None, ("الحديدة", 1), ""),
        ("REQUEST", None, 3, "طلبوا", "المسلحين الحوثيين", "مكتب التربية والتعليم بالمحافظة", None, ""),
        ("REQUEST", None, 3, ("طلب", 2), None, "مديرات مدارس البنات", None, ""),
        ("ASSAULT", None, 5, "هجماتها", "المقاومة الشعبية الموالية للرئيس هادي", "الحوثيين", "محافظة البيضاء", ""),
        ("ASSAULT", None, 6, "المواجهات", "المقاومة", ("المسلحين", 1), "جبال الطوي وهرمز والحمة بمديرية ذي ناعم", ""),
        ("ASSAULT", None, 7, "شنوا عددا من الهجمات", "مسلحي المقاومة", "المسلحين الحوثيين وأنصار صالح",
         "عدد من مديريات محافظة البيضاء", ""),
        ("ASSAULT", None, 7, "نصب كمين", None, "دورية خاصة بالجماعة", None, ""),
        ("ASSAULT", None, 7, "استهداف دورية أخرى", None, None, "منطقة مشبعة بالبيضاء", ""),
        ("COERCE", "seize", 8, "تحرير", "المقاومة", None, "موقعي سواداء غراب والاجردي", ""),
        ("RETREAT", "withdraw", 8, "لاذوا بالفرار", "المتمردين", None, None, ""),
        ("ASSAULT", None, 9, "هجومين", ("المقاومة", 1), "مناطق للحوثي", "طياب والجماجم والسوداء", ""),
        ("COERCE", "seize", 9, "استولت", ("المقاومة", 2), None, None, ""),
        ("COERCE", "seize", 10, "استعادة مواقع", "المقاومة", None, "البيضاء", ""),
        ("COERCE", "restrict", 10, "قطع خطوط الإمداد", None, None, None, ""),
        ("ASSAULT", None, 10, "نصب كمائن", None, "ثمانية مسلحين حوثيين", "منطقة جيري", ""),
        ("ASSAULT", None, 10, "بهاجمة", None, "نقطة خاصة بهم", None, ""),
        ("COERCE", "seize", 11, "الاستيلاء على الأسلحة والمعدات", "المقاومة", "المسلحين الحوثيين", None, ""),
        ("ASSAULT", "destroy", 11, "إعطاب سيارتين", None, None, None, ""),
    ],
    # Al-Yaum: Erdogan says Putin is moving to abandon Assad (4 August). s0-s2 his reading of Putin (a view) not
    # coded; s3 the Erdogan-Putin meeting in Baku in June (over five weeks) -> CONSULT [H]; s4 their later phone
    # call -> CONSULT phone (undated, not [H]); s5 the "war on terror" campaign chiefly against the PKK -> ASSAULT
    # (actor null; s6-s7's continuation and the broken truce not coded again); s8 his accusation of the PKK and ISIS
    # -> ACCUSE allege (actor null, the pronoun); s9 the CHP leader's accusation -> ACCUSE allege and his warning ->
    # THREATEN (the earlier sets' "حذره"/"حذرها"); s10 the AKP's preliminary talks with the CHP -> CONSULT; s11 the
    # opponents' accusations -> ACCUSE allege; s12 Kilicdaroglu's blame for the peace process -> ACCUSE allege;
    # s19 Erdogan's warning against coalitions (no recipient, a view) not coded; s20 the PKK attacks killing four
    # soldiers -> ASSAULT.
    "snn-5f0d29994c5a": [
        ("CONSULT", None, 3, "لقاء مطولا", "اردوغان وبوتين", None, "باكو في اذربيجان", "H"),
        ("CONSULT", "phone", 4, "حديثنا الهاتفي", None, None, None, ""),
        ("ASSAULT", None, 5, "حملة", None, "حزب العمال الكردستاني", None, ""),
        ("ACCUSE", "allege", 8, "اتهم", None, "حزب العمال الكردستاني وتنظيم داعش", None, ""),
        ("ACCUSE", "allege", 9, "اتهم", "زعيم حزب الشعب الجمهوري أكبر أحزاب المعارضة في تركيا",
         "الرئيس رجب طيب إردوغان", None, ""),
        ("THREATEN", None, 9, "حذره", "زعيم حزب الشعب الجمهوري أكبر أحزاب المعارضة في تركيا", None, None, ""),
        ("CONSULT", None, 10, "محادثات أولية", "حزب العدالة والتنمية الحاكم", "حزب الشعب الجمهوري", None, ""),
        ("ACCUSE", "allege", 11, "اتهامات", "معارضيه", "إردوغان", None, ""),
        ("ACCUSE", "allege", 12, "السبب الأكبر وراء عرقلة عملية السلام", "كليجدار أوغلو", "إردوغان", None, ""),
        ("ASSAULT", None, 20, "هجمات منفصلة", "حزب العمال الكردستاني", "أربعة جنود أتراك", "جنوب شرق تركيا", ""),
    ],
    # Al-Riyadh: the security men at the Holy Mosque and on the borders (23 July). The writer's experience, prayers
    # and views. None.
    "snn-46196bfc6a79": [],
    # Al-Eqtisadiya: analysts expect the Saudi market to fall (4 August). Forecasts and figures not coded; s5 the
    # Iranian agreement with the great powers among the factors -> AGREE (the seventy-fifth set's oil report; s7's
    # "اتفاق إيران" a view, s0/s4 Iran's output rise and the lifting of the sanctions future or economic).
    "snn-43eddb72733b": [
        ("AGREE", None, 5, "الاتفاق الإيراني", None, "الدول العظمى", None, ""),
    ],
    # Asharq Al-Awsat: Khor Maksar, the story of the districts' stand against the Houthi and Saleh militias (3
    # August). s0 Prime Minister Bahah's visit to Aden (1 August) -> CONSULT visit; the war waged on the city since
    # late March -> ASSAULT [H]; the militias' expulsion in mid-July -> COERCE seize (18 days, not [H]); the clashes
    # in Khor Maksar -> ASSAULT [H]; s1 the militias' massing of forces -> MOBILIZE troops [H]; s2 the battles
    # around the airport -> ASSAULT [H] and Khor Maksar's fall -> COERCE seize [H]; s3 the storming of al-Solban
    # (19 March) -> ASSAULT [H] and the airport's liberation -> COERCE seize [H]; s4 the Badr camp soldiers' and
    # Central Security's declared loyalty to the Houthis -> COOPERATE [H] (the earlier sets' "ولاء") and their
    # seizure of the airport -> COERCE seize [H]; s5 the start of the move to retake the airport (part of s2's
    # battles) not coded; s6 the resistance's taking of arms from Badr camp and Jabal Hadid -> COERCE seize [H]
    # ("قاتلت" restating the clashes, and "لم يتم تزويدهم" a negated supply without a supplier, not coded); s7 the
    # grip on the coastal line -> COERCE seize [H], the isolation of Khor Maksar -> COERCE restrict [H], the cutting
    # of electricity and communications -> COERCE withhold [H] (an earlier set's "قطع الهواتف"); s8 the 24 April
    # operation -> ASSAULT [H], the Corniche taken -> COERCE seize [H], the request for reinforcement -> REQUEST
    # assist [H]; s9 the militias' reinforcements (28 April) -> MOBILIZE troops [H], their sweep of Khor Maksar ->
    # COERCE seize [H], the remaining fighters' withdrawal -> RETREAT withdraw [H]; s10 the resistance's regrouping
    # in early May -> MOBILIZE militia [H] and the liberation of Khor Maksar on 16 July -> COERCE seize.
    "snn-b7075dcae596": [
        ("CONSULT", "visit", 0, "زيارة", "نائب الرئيس، رئيس الوزراء خالد محفوظ بحاح", None, ("عدن", 2), ""),
        ("ASSAULT", None, 0, "شنتها", "ميليشيا الحوثيين وقوات المخلوع صالح", None, None, "H"),
        ("COERCE", "seize", 0, "دحرهم", None, None, None, ""),
        ("ASSAULT", None, 0, "الاشتباكات", "المقاومة الجنوبية", "القوات الغازية لعدن", None, "H"),
        ("MOBILIZE", "troops", 1, "حشدت قواتها", "للميليشيات", None, ("مطار عدن الدولي", 2), "H"),
        ("ASSAULT", None, 2, "معارك ضارية", None, None, "محيط مطار عدن", "H"),
        ("COERCE", "seize", 2, "تسقط خور مكسر كاملة", ("الميليشيات", 3), None, None, "H"),
        ("ASSAULT", None, 3, "اقتحام الصولبان", "اللجان الشعبية الموالية لهادي ومقاتلي المقاومة الجنوبية", None,
         None, "H"),
        ("COERCE", "seize", 3, "تحرير مطار عدن", "اللجان الشعبية الموالية لهادي ومقاتلي المقاومة الجنوبية",
         "قوات الأمن المركزي المنقلبة على الشرعية والموالية لصالح والحوثيين", None, "H"),
        ("COOPERATE", None, 4, "إعلان ولائها", "جنود معسكر بدر وقوات الأمن المركزي", "للحوثيين", None, "H"),
        ("COERCE", "seize", 4, "سيطرتها الكاملة", None, None, "مطار عدن", "H"),
        ("COERCE", "seize", 6, "اغتنمته", "المقاومة", None, "معسكر بدر وجبل حديد", "H"),
        ("COERCE", "seize", 7, "إحكام قبضتها", "الميليشيات", None, "الخط الساحلي", "H"),
        ("COERCE", "restrict", 7, "عزل", "الميليشيات", "خور مكسر", None, "H"),
        ("COERCE", "withhold", 7, "قطع الكهرباء والاتصالات", "الميليشيات", "المدينة", None, "H"),
        ("ASSAULT", None, 8, "عملية كاسحة", "المقاومة الجنوبية", ("الميليشيات", 1), None, "H"),
        ("COERCE", "seize", 8, "السيطرة على خط الكورنيش", None, None, None, "H"),
        ("REQUEST", "assist", 8, "طلبوا", None, "المقاومة بجبهة سوزوكي وكالتكس", None, "H"),
        ("MOBILIZE", "troops", 9, "تعزيزات كبيرة", "للميليشيات", None, None, "H"),
        ("COERCE", "seize", 9, "اكتسحت", None, None, ("خور مكسر", 1), "H"),
        ("RETREAT", "withdraw", 9, "الانسحاب", None, None, None, "H"),
        ("MOBILIZE", "militia", 10, "عاودت ترتيب صفوفها", "المقاومة الجنوبية", None, None, "H"),
        ("COERCE", "seize", 10, ("تحرير خور مكسر", 1), None, None, None, ""),
    ],
    # Asharq Al-Awsat: the media digest (10 August). s0 the British papers' charge against France -> ACCUSE allege;
    # s1 the French capture of Calais in 1558 -> COERCE seize [H]; s4 the headlines urging Cameron to send the army
    # -> REQUEST and the police chief's and MPs' calls for action -> REQUEST; s6 Rezaian's trial session due that day
    # -> ACCUSE allege [F] (the earlier sets' "محاكمة"; s7's restatement not coded again); s11 his arrest more than a
    # year ago -> COERCE arrest [H]; the BBC and Google items (business and newsroom matters) not coded.
    "snn-18f579f03086": [
        ("ACCUSE", "allege", 0, "تتهم", "غالبية الصحف البريطانية", "فرنسا", None, ""),
        ("COERCE", "seize", 1, "استولت", "القوات الفرنسية", "آخر إقليم صغير تابع لإنجلترا", None, "H"),
        ("REQUEST", None, 4, "تحث", "العناوين الرئيسية في الصحف الأخرى", "رئيس الوزراء ديفيد كاميرون", None, ""),
        ("REQUEST", None, 4, "دعوات لاتخاذ إجراءات", "قائد الشرطة وكثير من كبار النواب", None, None, ""),
        ("ACCUSE", "allege", 6, "محاكمة", None, "موكلها", None, "F"),
        ("COERCE", "arrest", 11, "اعتقاله", None, "رضائيان", None, "H"),
    ],
    # Al-Jazirah: the second round of the futsal qualifiers and the committee's meeting (3 August). Sport and a
    # sports committee's business not coded (the fifty-ninth set). None.
    "snn-7f0cf517d70f": [],
    # Al-Watan column: dismantling ideology (10 August). Views. None.
    "snn-b8ab7111551a": [],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
