"""Build events-blind72.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-second events blind set; same layout and guidelines as the first
seventy-one sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind72.jsonl
and their blind/ .. blind71/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-first
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind72.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind72.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind72.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "تهم الفساد وتبييض الاموال" from "بتهم" in the Webb report s0, "ترحيله" from "لترحيله" in its s9, "صاروخ
# سكود" from "بصاروخ" in the businessmen column s10); the text's own spellings copied exactly ("السيسى" with its
# dotless ya in the Sisi report s3, "الامريكية" and "الامول" without hamza in the Webb report); a string repeated in
# its sentence is picked by its occurrence (("إيران", 2) in the Iranian oil report s11 and s17, where "الإيراني"
# holds the first; ("هجوما غادرا", 1) in the businessmen column s10, the second being "هجوما غادراً"; ("باريس", 1)
# in the Tayfour interview s7).
# Actors named only by a pronoun or a passive are null (the eighteenth, twenty-seventh to seventy-first sets: the
# passive release, restriction and charges in the Webb report s0, s1, s12, s14; Nujaifi's "we" in his interview s14;
# the passive agreements in the Sisi report s5-s6; the heads of state's "they" in its s0).
# Aims ("يحاولون إيجاد اتفاق", "يحاول التفاوض") are not coded (the fifty-ninth set's "an effort ... (an aim) not coded").

GOLD = {
    # Al-Riyadh: rapid urbanisation in East Asia and its effect on the Gulf (10 August). An investment company's report
    # of figures and forecasts. None.
    "snn-cd28b66e099f": [],
    # Al-Yaum column: "we are still alive, let us keep progressing" (25 July). Religious advice after Ramadan. None.
    "snn-befc2f5eb047": [],
    # Okaz interview: Atheel al-Nujaifi, "the Turkish war will break ISIS's back" (1 August). Interview answers are
    # a named speaker's statements: his charges and the facts he states are coded, his views and predictions are not
    # (the seventy-first set's al-Dughaither interview). s0-s1 the lead's views and predictions; s4 a question; s11
    # the groups al-Maliki formed in 2013 to strike the Sunni sit-ins (-> MOBILIZE militia [H]); s14 the central
    # government's wish to obstruct Nineveh's forces (-> ACCUSE allege, actor null: the answerer not named in the
    # sentence) and "we founded the National Mobilisation and trained it" (-> MOBILIZE militia, actor null: "we");
    # the coming moves (a prediction) not coded; s16-s17 Turkey's war on ISIS (late July, recent) coded once at s17,
    # where the war "launched by Turkey" stands with its parties (-> ASSAULT, mode null); s21 a question (Turkey's
    # strikes on the PKK) and s22 their effects (a view) not coded; s27 the signing of the nuclear agreement with the
    # international community (-> AGREE, actor null: Iran only implied; 14 July, recent).
    "snn-3a80826703e8": [
        ("MOBILIZE", "militia", 11, "تشكيلها", "المالكي", None, None, "H"),
        ("ACCUSE", "allege", 14, "تريد عرقلة", None, "الحكومة المركزية", None, ""),
        ("MOBILIZE", "militia", 14, "أنشأنا الحشد الوطني", None, None, None, ""),
        ("ASSAULT", None, 17, "الحرب التي أطلقتها", "تركيا", "تنظيم داعش", None, ""),
        ("AGREE", None, 27, "توقيع الاتفاق النووي", None, "المجتمع الدولي", None, ""),
    ],
    # Al-Yaum: Jeffrey Webb's court appearance in New York (21 July). s0 the charges on which he appeared (-> ACCUSE
    # allege, actor null, the forty-fifth set's court appearance "بتهمة") and his release on bail (-> RETREAT release,
    # the earlier sets' releases); his plea of innocence not coded (a denial); s1 the order to stay within 20 miles of
    # the court (-> COERCE restrict, the fifty-ninth set's "restrictions on movement"); s3 his consent to his
    # extradition (-> AGREE, the fifty-ninth set's consent); s4 the arrest of 27 May (-> COERCE arrest [H], eight weeks
    # before; the charges named as its reason not coded apart) and the FIFA election (internal) not coded; s5 the other
    # detainees' refusal to be extradited (-> REJECT, mode null); s6 Blatter's resignation of 2 June (-> RETREAT
    # resign [H], the earlier sets' resignation) and his call for a congress (internal) not coded; s7 the executive
    # committee's coming meeting (an organisation's internal meeting) not coded; s8 his opposition to extradition at
    # his first hearing after the arrest (-> REJECT [H]); s9 the Swiss government's approval of his extradition on 9
    # July (-> COERCE deport, the forty-fifth set's "ترحيله"; his change of mind the consent of s3, not coded again);
    # s10 the New York prosecutor's charge (-> ACCUSE allege, its named detail beside the lead's charges); s12 the
    # charges against 14 others (-> ACCUSE allege, actor null: passive); s13 the court's questioning of Davidson
    # (-> ACCUSE investigate); s14 his arrest in Florida on 27 May, his release and house arrest (-> COERCE arrest [H],
    # RETREAT release [H], COERCE arrest [H]; his attempt to negotiate an aim); s15 a hearing set (a procedure); s16
    # the US judiciary's charge that Davidson and his company paid Webb (-> ACCUSE allege).
    "snn-300f45a5b168": [
        ("ACCUSE", "allege", 0, "تهم الفساد وتبييض الاموال", None,
         "النائب السابق لرئيس الاتحاد الدولي لكرة القدم (فيفا) جيفري ويب", "محكمة نيويورك", ""),
        ("RETREAT", "release", 0, "أفرج عنه", None, None, None, ""),
        ("COERCE", "restrict", 1, "يتعين عليه البقاء", None, "ويب", None, ""),
        ("AGREE", None, 3, "وافق على تسليمه", "ويب", "السلطات الامريكية", None, ""),
        ("COERCE", "arrest", 4, "اعتقل", None, "ويب مع ستة مسؤولين آخرين في الفيفا", None, "H"),
        ("REJECT", None, 5, "يرفض", "المعتقلون الآخرون", "الولايات المتحدة", None, ""),
        ("RETREAT", "resign", 6, "تقديم استقالته", "بلاتر", None, None, "H"),
        ("REJECT", None, 8, "عارض", "ويب", None, None, "H"),
        ("COERCE", "deport", 9, "ترحيله", "الحكومة السويسرية", None, None, ""),
        ("ACCUSE", "allege", 10, "تتهم", "نيابة الاقليم الشرقي لنيويورك",
         "الشخص الذي تم تسليمه الى الولايات المتحدة", None, ""),
        ("ACCUSE", "allege", 12, "اتهامات", None, "14 شخصا من مسؤولين في اتحادات كروية وشركات للتسويق الرياضي",
         None, ""),
        ("ACCUSE", "investigate", 13, "استجواب", "محكمة بروكلين الفدرالية في نيويورك", "رجل الاعمال لارون دافيدسون",
         None, ""),
        ("COERCE", "arrest", 14, "اوقف", None, "دافيدسون", "فلوريدا", "H"),
        ("RETREAT", "release", 14, "يطلق سراحه", None, None, None, "H"),
        ("COERCE", "arrest", 14, "الاقامة الجبرية", None, None, None, "H"),
        ("ACCUSE", "allege", 16, "دفعا اكثر من 7 ملايين دولار", "القضاء الامريكي", "دافيدسون وشركته", None, ""),
    ],
    # Asharq Al-Awsat column: "alive, earning and mocking" (27 July). s4 the Egyptian interior ministry's cutting of
    # the internet during the revolution of 25 January 2011 (-> COERCE censor [H], the sixth and seventy-first sets'
    # blocks); the Arab Spring, the 1952 revolution, the Syrian coups and the 1956 Tripartite Aggression (bare
    # references) and the dancer's interrogation (an anecdote) not coded; the rest views.
    "snn-accb29ef2ff0": [
        ("COERCE", "censor", 4, "أوقفت", "وزارة الداخلية في مصر", None, None, "H"),
    ],
    # Okaz interview: Mohammed Farouk Tayfour, the coalition's elections and "Geneva 3" (26 July). s0 the Syrian
    # political forces' agreement to hold the coalition's elections away from political wrangling (-> AGREE; restated
    # s5, not coded again); s1 the US administration's assurance to the opposition that Syria will lead the region's
    # files (-> AGREE: a pledge, recipient "للمعارضة" with its fused ل kept where the alif is elided; the fifty-ninth set's pledge of support); the US-Iran understanding (a bare
    # reference) not coded; s2 Saud al-Faisal's death (not an event type); s4 an aim; s6 the Brussels meeting (named
    # in the interviewer's question only: not coded); s7 the memorandum of understanding signed by the coalition and
    # the Coordination Body at the Paris meeting (-> AGREE, "الأخير": not flagged); s9 Geneva 2 (a bare reference and
    # views); s16 the coup in Yemen (a bare reference); the rest views and predictions.
    "snn-7167c53120d7": [
        ("AGREE", None, 0, "اتفقت", "معظم القوى السياسية السورية", None, None, ""),
        ("AGREE", None, 1, "أكدت", "الإدارة الأمريكية", "للمعارضة", None, ""),
        ("AGREE", None, 7, "التوقيع على مذكرة تفاهم", "الائتلاف", "الهيئة التنسيقية", ("باريس", 1), ""),
    ],
    # Al-Riyadh: al-Sisi's bilateral meetings at the opening of the new Suez Canal (8 August; the meetings of Thursday
    # 6 August). s0 the lead (-> CONSULT, mode null: the meetings as a whole, their parties) and the visitors'
    # congratulations (-> SUPPORT, the earlier sets' congratulations; actor null: "they"); s1 the meeting with Hollande
    # (-> CONSULT, actor null: al-Sisi not named in the sentence); s2 al-Sisi's appreciation of Hollande's
    # participation (-> SUPPORT); s3 the meeting with Medvedev (-> CONSULT) and Putin's congratulations he conveyed
    # (-> SUPPORT, recipient "للسيسي" with its fused ل kept, the alif elided); s4 Medvedev's impressions (not coded); s5 the agreement to strengthen cooperation (-> AGREE, actor
    # null: passive); s6 the meeting with Tsipras (-> CONSULT) and the agreement on Greek companies' participation
    # (-> AGREE, passive); s7 Tsipras's invitation to visit Greece (-> AGREE, the fifty-first set's invitation
    # "الدعوة"; the trilateral summit it would hold not coded apart); s8 the meeting with Bensalah (-> CONSULT) and
    # Bouteflika's pride in the canal expressed in his letter (-> SUPPORT); s9-s10 statements on relations (not coded).
    "snn-339e4e682586": [
        ("CONSULT", None, 0, "لقاءات ثنائية", "الرئيس المصري عبدالفتاح السيسي", "عدد من رؤساء الدول والحكومات", None, ""),
        ("SUPPORT", None, 0, "التهنئة", None, None, None, ""),
        ("CONSULT", None, 1, "اجتماعا ثنائيا", None, "الرئيس الفرنسي فرانسوا أولاند", None, ""),
        ("SUPPORT", None, 2, "تقدير", "الرئيس السيسي", "الرئيس أولاند", None, ""),
        ("CONSULT", None, 3, "التقى", "الرئيس عبدالفتاح السيسى", "رئيس الوزراء الروسي ديمتري ميدفيديف", None, ""),
        ("SUPPORT", None, 3, "تهنئة", "الرئيس الروسي فلاديمير بوتين", "للسيسي", None, ""),
        ("AGREE", None, 5, "تم الاتفاق", None, None, None, ""),
        ("CONSULT", None, 6, "التقى", "الرئيس السيسي", "رئيس وزراء اليونان اليكسس تسيبراس", None, ""),
        ("AGREE", None, 6, "تم الاتفاق", None, None, None, ""),
        ("AGREE", None, 7, "الدعوة", "رئيس الوزراء اليوناني", "للرئيس السيسي", None, ""),
        ("CONSULT", None, 8, "التقى", ("الرئيس السيسي", 1), "عبدالقادر بن صالح، رئيس مجلس الأمة الجزائري", None, ""),
        ("SUPPORT", None, 8, "عبر خلالها عن فخره واعتزازه", "الرئيس الجزائري عبدالعزيز بو تفليقه", None, None, ""),
    ],
    # Al-Eqtisadiya column by the World Bank's managing director: "from billions to trillions" (27 July). The joint
    # statement of the Spring meetings, the banks' plans and pledges and the Addis Ababa conference's discussions are
    # institutional development-finance plans and a writer's account (plans and pledges of lending in general, no
    # recipient; the conference's discussions a series of talks on a theme): not coded, as the earlier sets' reports
    # on the development goals' financing. None.
    "snn-43a0030987db": [],
    # Al-Watan: the Khorasan leader still wanted by Saudi Arabia (31 July). s0 the US air strike that targeted
    # al-Fadhli in Syria (8 July by the twenty-ninth set's report, 23 days before: recent; -> ASSAULT aerial, the
    # twenty-ninth set's record; actor null: only the announcement is Washington's), restated s2 and s4, not coded
    # again; his listing among the 36 wanted (a standing state) not coded; s1 the Saudi authorities' grounds for
    # wanting him (-> ACCUSE allege, actor "للسلطات السعودية" with its fused ل kept; the twenty-ninth set's allegations); s6 the newspaper's information that he was a
    # financial intermediary for al-Qaeda in the kingdom (-> ACCUSE allege, actor null); s7 his biography (travel to
    # Chechnya) and s8-s9 restatements of s1 not coded.
    "snn-ee70eeae4bde": [
        ("ASSAULT", "aerial", 0, "غارة جوية", None, "زعيم تنظيم خراسان الكويتي محسن فاضل الفضلي", "سورية", ""),
        ("ACCUSE", "allege", 1, "مطلوب", "للسلطات السعودية", "الفضلي", None, ""),
        ("ACCUSE", "allege", 6, "لعب دور وسيط مالي", None, "القاعدي الكويتي", None, ""),
    ],
    # Al-Riyadh column: businessmen, the soldiers of Decisive Storm and national responsibility (21 July). s1 the
    # businessman Aref al-Thubaiti's waiver of the soldiers' debts to his firm (-> AID, the earlier sets' gifts to
    # patients; recent); s10 the attack on Jazan and Najran and the Scud missile on Khamis Mushait repelled "at those
    # moments" (the Scud of 6 June, six weeks before: -> ASSAULT [H] and ASSAULT heavy-weapons [H], the earlier sets'
    # Scud record); the rest appeals and views.
    "snn-6d0b6bf84dc9": [
        ("AID", None, 1, "إعفاء", "رجل الأعمال السعودي عارف الثبيتي",
         "جميع العسكريين المشاركين في عاصفة الحزم والمرابطين على حد الوطن الجنوبي", None, ""),
        ("ASSAULT", None, 10, ("هجوما غادرا", 1), None, None, "جازان ونجران", "H"),
        ("ASSAULT", "heavy-weapons", 10, "صاروخ سكود", None, None, "خميس مشيط", "H"),
    ],
    # Asharq Al-Awsat: Tehran plans to raise oil output by 500,000 barrels a day once the sanctions are lifted (3
    # August). s0-s8 the oil minister's forecasts and his message to OPEC (plans and forecasts) not coded; s9-s12 the
    # aircraft purchases (commerce); s11 the nuclear agreement concluded on 14 July in Vienna between Iran and the six
    # powers (-> AGREE; recent), restated s14, s18 and s22, not coded again; s16 the US ban since 1995 (a standing
    # state); s17 the interim agreement signed in November 2013 (-> AGREE [H]) and the ban's partial lifting under it
    # (-> CONCEDE [H], the seventy-first set's easing of sanctions; actor null: passive); s19 the visits of many
    # businessmen and officials (a series) not coded.
    "snn-d806457b514a": [
        ("AGREE", None, 11, "أبرم", ("إيران", 2), "الدول الست الكبرى", "فيينا", ""),
        ("AGREE", None, 17, "وقع", ("إيران", 2), "الدول الست الكبرى", None, "H"),
        ("CONCEDE", None, 17, "رفع هذا الحظر جزئيا", None, None, None, "H"),
    ],
    # Al-Eqtisadiya: OPEC rules out an emergency meeting on the fall in prices (11 August). s0 the organisation does
    # not intend an emergency meeting (-> CONSULT multilateral [N F], the earlier sets' intended meetings), restated
    # s1; s2 the consultations under way on such a meeting reported by the Algerian minister (-> CONSULT, actor null:
    # passive); s4 Algeria's dialogue with OPEC and non-member producers (-> CONSULT, actor "بلاده"); s5 the agreement
    # between Iran and the great powers (-> AGREE; recent); the budget, production figures and Sonatrach's plans
    # (domestic economy and commerce) not coded.
    "snn-1f2f6bdef5d1": [
        ("CONSULT", "multilateral", 0, "عقد اجتماع طارئ", "المنظمة", None, None, "NF"),
        ("CONSULT", None, 2, "مشاورات", None, None, None, ""),
        ("CONSULT", None, 4, "الحوار", "بلاده", "أوبك", None, ""),
        ("AGREE", None, 5, "الاتفاق المبرم", "إيران", "القوى الكبرى", None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
