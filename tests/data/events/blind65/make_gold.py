"""Build events-blind65.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-fifth events blind set; same layout and guidelines as the first
sixty-four sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind64.jsonl
and their blind/ .. blind64/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-fourth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind65.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind65.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind65.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth
# to sixty-fourth sets' rule: here "طالب" from "وطالب" in the migrants
# s13, "طالبت" from "وطالبت" there s25, "رحبت" from "قد رحبت" in the Vienna column s13, "اتفاق" from "إلى اتفاق" in the
# Brazil s0); in actors, recipients and places the fused letter is left out otherwise ("الاتفاقية" from "بالاتفاقية" in
# the Vienna column s13, "السعودية" from "مع السعودية" in the Kuwait s1 kept whole as written);
# spellings as written, copied exactly (the Zubaie interview's hamza-less "اهالي", "الانبار", "الامريكي"; the Brazil
# report's "ــ" in "اللجنة السعودية ــ البرازيلية المشتركة"; "حمّل" with its shadda in the Kuwait s0); a string
# repeated in its sentence is picked by its occurrence (("إيران", 1) in the oil report s0, ("الاتفاقية", 1) in the
# Vienna column s13, ("يدعو", 1) there s14).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to sixty-fourth sets: the Zubaie interview's answers s4 "امتعاضها" and s21 "المطلوب", the passive
# "تم الاتفاق" of the Brazil s5, "المبرم" of the Kuwait s13, "منع النازحين" of the Zubaie s4, the interviewer's
# "توقيع الاتفاق النووي" there s17); a subject named earlier in the same sentence is kept for its further clauses
# (Cameron for "نتعاون" in the migrants s10, al-Zubaie for "محملا" and "داعيا" in his s0), and an antecedent named
# earlier in the sentence for a pronoun recipient ("خلفاؤه من بني عثمان" for "أجلاهم" in the Bosphorus s17).
GOLD = {
    # Asharq Al-Awsat column (Samir Atallah), "summer travellers: the doctor on the Bosphorus" (24 July). s0-s11 the
    # writer on Mohammed Hussein Heikal's travels (his life, the 1923 constitution, his son's death, his book of 1927:
    # not coded); s12-s20 Heikal's quoted description of Istanbul (1927): the Turks' "last victory" and the move of the
    # capital to Ankara in s12 (bare references, not coded); s17 the city's history: Mehmed the Conqueror stormed it
    # (-> ASSAULT [H], mode null, the sixty-fourth set's battles of antiquity in a museum report, the city as place) and
    # the Turks drove his successors, the Ottoman caliphs, out of it and toppled their throne (-> COERCE deport [H],
    # PLOVER "expel or deport individuals", the dynasty's exile of 1924; the recipient the antecedent named earlier in
    # the sentence); the rule of the Romans and Byzantium (a standing condition) not coded; s21-s22 the sign-off.
    "snn-fdf886d99c83": [
        ("ASSAULT", None, 17, "اقتحمها", "محمد الفاتح", None, "المدينة القديمة العظيمة", "H"),
        ("COERCE", "deport", 17, "أجلاهم", "الأتراك", "خلفاؤه من بني عثمان", None, "H"),
    ],
    # Asharq Al-Awsat science: the Philae lander sends exciting pictures of the comet it landed on (1 August). The
    # Rosetta mission, the landing of 12 November, the studies in Science, the lost contact and the names (science: no
    # political event). None.
    "snn-b487adc60b40": [],
    # Al-Watan column: "neurotic religiosity" (11 August). The writer's questions and views on the politicisation of
    # religion (not coded); s13 "after the bombing of the Abha Emergency Forces mosque" (-> ASSAULT explosives, the
    # fifty-ninth set's record of the same bombing in a column, the thirty-fourth set's "تفجير مسجد قوات الطوارئ";
    # 6 August: recent; actor null) and the tweets of "the leaders of politicised religion" blaming liberal thought and
    # s16 the drying-up of preaching (unnamed authors, a trend: not coded, the fifty-ninth set's trends without a named
    # actor).
    "snn-bcb4aedc2ac7": [
        ("ASSAULT", "explosives", 13, "تفجير", None, "مسجد طوارئ أبها", None, ""),
    ],
    # Asharq Al-Awsat economy: the supply glut reduces the effects of Iran's return to the oil market (25 July). s0 the
    # agreement Iran reached with the Western states (-> AGREE, 14 July: recent; the fifty-ninth and sixty-fourth sets'
    # oil columns; inside a relative clause of the lead) restated in s1 with the six powers (the same agreement: not
    # coded again, as the sixty-fourth set's treaty restated); s2-s6 the experts' estimates; s7 the sanctions imposed by
    # the United States, the UN and the EU (undated standing sanctions, not coded) and their lifting expected (a future
    # consequence, the fifty-ninth set: not coded); s8-s11 OPEC's report and figures; s12-s15 views; s16-s17 Iran's plans
    # and the new model contract (plans: not coded).
    "snn-c3e61a9563a0": [
        ("AGREE", None, 0, "توصلت إليه", ("إيران", 1), "الدول الغربية", None, ""),
    ],
    # Asharq Al-Awsat: a migrant's death in the Channel Tunnel highlights the plight of those stranded between France
    # and Britain (31 July). s0 the Mediterranean boat disaster (a bare reference) and the Sudanese migrant's death (an
    # accident, s14: not coded); s2 and s10 Cameron's "very worrying" (a concern: not coded); s3 the charge against
    # Britain (passive, no actor: not coded); s7, s9, s15, s24 running totals of deaths, attempts and interceptions (a
    # series: not coded); s10 Cameron's visit to Singapore (-> CONSULT visit, the country as place) and his words "we are
    # cooperating closely with the French authorities" (-> COOPERATE, the speaker named in the sentence); s11 the
    # emergency meeting of the COBRA committee (a government's internal meeting: not coded, the nineteenth set's cabinet
    # session); s12 May received her French counterpart Cazeneuve (-> CONSULT visit, the visitor as actor, the host as
    # recipient); s13 Xavier Bertrand demanded an extraordinary Franco-British summit and a naval blockade off Libya
    # (-> REQUEST meet, one record for the verb, its first object; recipient null); s16 and s22 Eurotunnel's guards and
    # the 300 policemen (a company's and a standing deployment: not coded); s17 the pressures "call for" a response (a
    # figure of speech); s25 Eurotunnel demanded compensation from the two governments (-> REQUEST assist, a material
    # payment); s27 the British authorities paid for barriers at the port (-> MOBILIZE, mode null, the fifty-ninth
    # set's border wall; the amount and the barriers cut by the decimal point into s28) and s30 the home secretary's
    # allocation of a further 10 million euros to strengthen the terminal's security (-> MOBILIZE police, the
    # twenty-third set's British barriers, dogs and security staff for the same tunnel).
    "snn-d9cd60df7b6b": [
        ("CONSULT", "visit", 10, "زيارة", "كاميرون", None, "سنغافورة", ""),
        ("COOPERATE", None, 10, "نتعاون", "كاميرون", "السلطات الفرنسية", None, ""),
        ("CONSULT", "visit", 12, "استقبلت", "نظيرها الفرنسي برنار كازنوف", "ماي", None, ""),
        ("REQUEST", "meet", 13, "طالب", "مرشح المعارضة اليمينية في الانتخابات عن منطقة الشمال كزافييه برتران",
         None, None, ""),
        ("REQUEST", "assist", 25, "طالبت يوروتانل بتعويضات", "يوروتانل", "الحكومتين الفرنسية والبريطانية", None, ""),
        ("MOBILIZE", None, 27, "دفعت", "السلطات البريطانية", None, None, ""),
        ("MOBILIZE", "police", 30, "تخصيص مبلغ إضافي", "وزيرة الداخلية البريطانية", None, None, ""),
    ],
    # Al-Eqtisadiah: an agreement to speed up the lifting of the Saudi ban on Brazilian meat (8 August). s0 the
    # Saudi-Brazilian joint committee reached an agreement on speeding up the lifting of the temporary ban (-> AGREE,
    # the committee as actor); s1-s2 the recommendations (future steps: not coded); s3 the air services cooperation
    # agreement signed on the margin of the committee's work between the Saudi and the Brazilian civil aviation
    # authorities (-> AGREE) and the committee's session itself (-> CONSULT, mode null, a bilateral joint committee);
    # s4 the two sides' representatives met at the Brazilian ministry of energy and mines (-> CONSULT, the information
    # exchanged there its content, not coded apart); s5 it was agreed to exchange expertise (-> AGREE, passive: actor
    # null; the affirmation of cooperation a statement); s6 Brazil's wish (not coded); s7-s10 the food authority's
    # standing ban on products of infected countries and its procedures (standing: not coded).
    "snn-59e45b19c85c": [
        ("AGREE", None, 0, "اتفاق", "اللجنة السعودية ــ البرازيلية المشتركة", None, None, ""),
        ("CONSULT", None, 3, "أعمال اللجنة السعودية ــ البرازيلية المشتركة", "اللجنة السعودية ــ البرازيلية المشتركة",
         None, None, ""),
        ("AGREE", None, 3, "التوقيع على اتفاقية تعاون مشترك", "الهيئة العامة للطيران المدني في السعودية",
         "وكالة الطيران المدني البرازيلية", None, ""),
        ("CONSULT", None, 4, "اجتماعات", "ممثلو الجانبين", None, "وزارة الطاقة والمعادن البرازيلية", ""),
        ("AGREE", None, 5, "تم الاتفاق", None, None, None, ""),
    ],
    # Al-Watan column: "al-Sha'rawi and Ramadan are twins" (26 July). The writer's memories of Sheikh al-Sha'rawi, his
    # programmes, his recalled conversation with a young extremist and his interview on terrorism (views and sayings:
    # not coded). None.
    "snn-2f99bad91524": [],
    # Al-Weeam column: "managing disagreement" (21 July). General advice (views). None.
    "snn-1bfa15c90b60": [],
    # Sabq: a Kuwaiti minister: "our dispute with Saudi Arabia is a family one and we continue the talks" (4 August).
    # s0 the oil minister al-Omair's leaked letter of 5 July to his Saudi counterpart al-Naimi (-> CONSULT phone, the
    # twenty-ninth set's record of the same correspondence) in which he held the Saudi government responsible for the
    # losses of the Khafji closure (-> ACCUSE allege, the thirteenth and thirty-first sets' "محملاً"; 30 days before: recent); Kuwait's
    # assurance (a statement: not coded); s1 the minister of state heads his country's delegation in negotiations with
    # Saudi Arabia on the field (-> CONSULT, mode null; restated in s2 and s7: not coded again); s2 "we took the
    # required measures" (internal: not coded); s3-s9 his denials and assurances (not coded; the twenty-ninth set's
    # "ستتم معالجته" a promise, here no such promise); s10-s11 the government's containment and the sources' denial of
    # arbitration (not coded); s12 the Kuwaiti Gulf Oil Company's stress on the relations (a statement) and its
    # investigation committee into the leak (-> ACCUSE investigate, the twenty-ninth set's record); s13 the letter's
    # words: the Saudi decision a breach of the partition agreement (the content of the s0 charge: not coded again) and
    # the operating agreement concluded in March 2010 (-> AGREE [H], passive: actor null); s14 al-Omair asked al-Naimi
    # to stop the measure and resume joint production (-> REQUEST change).
    "snn-cb42566277af": [
        ("CONSULT", "phone", 0, "رسالة", "وزير النفط الكويتي علي العمير", "نظيره السعودي علي النعيمي", None, ""),
        ("ACCUSE", "allege", 0, "حمّل", "وزير النفط الكويتي علي العمير", "الحكومة السعودية", None, ""),
        ("CONSULT", None, 1, "مفاوضات", "وزير الدولة الكويتي لشؤون مجلس الوزراء", "السعودية", None, ""),
        ("ACCUSE", "investigate", 12, "تشكيل لجنة تحقيق", "الشركة الكويتية لنفط الخليج", None, None, ""),
        ("AGREE", None, 13, "اتفاق التشغيل المبرم", None, None, None, "H"),
        ("REQUEST", "change", 14, "طلب", "العمير", "النعيمي", None, ""),
    ],
    # Okaz interview: "Iranian interference obstructs Iraq's unity and stability" (24 July). s0 the lead: Sheikh Ali
    # Mulaih al-Zubaie's charge that Iran is the main obstacle to Iraq's unity (-> ACCUSE disapprove), his holding the
    # government responsible for the fall of Mosul and Ramadi (-> ACCUSE allege, "محملا") and his call to arm the people
    # of Mosul (-> REQUEST assist, recipient null); the interview's answers restating them (s7, s9, s18: not coded
    # again); s2 and s5 the occupation of Mosul and Ramadi (standing conditions and questions: not coded); s3 al-Abadi's
    # government refused to arm the people of the city (-> REJECT assist [H], undated, the fifty-ninth set's undated
    # background) and s4 its displeasure at the US decision to fund the tribes (-> ACCUSE disapprove [H], actor null:
    # the pronoun) and the barring of the displaced of Anbar and Ramadi from Baghdad (-> COERCE restrict [H], passive:
    # actor null); s11 the volunteers and the international support (a general account: not coded); s15 the political
    # agreement at the government's formation (-> AGREE [H], the fifty-ninth set's record of the September 2014
    # agreement); s17 the interviewer's "after the signing of the nuclear agreement" (-> AGREE, recent, actor null);
    # s21 his call for an Arab and international stand to save Iraq (-> REQUEST assist, the speaker not named in the
    # sentence: actor null).
    "snn-3304b7ed0127": [
        ("ACCUSE", "disapprove", 0, "المعيق الأساس", "عضو مجلس محافظة نينوى القيادي في عشائر الموصل الشيخ علي مليح الزوبعي",
         "إيران", None, ""),
        ("ACCUSE", "allege", 0, "محملا", "عضو مجلس محافظة نينوى القيادي في عشائر الموصل الشيخ علي مليح الزوبعي",
         "الحكومة", None, ""),
        ("REQUEST", "assist", 0, "داعيا", "عضو مجلس محافظة نينوى القيادي في عشائر الموصل الشيخ علي مليح الزوبعي",
         None, None, ""),
        ("REJECT", "assist", 3, "رفضت", "حكومة السيد العبادي", "اهالي المدينة", None, "H"),
        ("ACCUSE", "disapprove", 4, "امتعاضها", None, "القرار الامريكي بتمويل العشائر", None, "H"),
        ("COERCE", "restrict", 4, "منع النازحين", None, "النازحين من الانبار والرمادي", None, "H"),
        ("AGREE", None, 15, "الاتفاق السياسي", None, None, None, "H"),
        ("AGREE", None, 17, "توقيع الاتفاق النووي", None, None, None, ""),
        ("REQUEST", "assist", 21, "المطلوب وقفة عربية ودولية", None, None, None, ""),
    ],
    # Al-Yaum column: what the Vienna nuclear agreement may offer, a return to peaceful coexistence (31 July). s0-s5 the
    # concept, Khrushchev and the Cuban missile crisis (bare references and views: not coded); s6 Iran's and the Western
    # states' signing of the Vienna agreement (-> AGREE, recent); s13 Zarif's brief visit to Kuwait and Qatar (-> CONSULT
    # visit, the countries as place; late July: recent) and Saudi Arabia's welcome of the agreement (-> SUPPORT, the
    # twenty-ninth set's record of the same welcome; "الاتفاقية" from "بالاتفاقية"); s14 Zarif's call for cooperation
    # against terrorism (-> REQUEST assist, the thirtieth and thirty-first sets' calls for cooperation); s16-s17 his and
    # Rouhani's quoted words (views and statements restated: not coded); s18 views.
    "snn-e589d4bada2f": [
        ("AGREE", None, 6, "توقيع", "إيران والدول الغربية", None, None, ""),
        ("CONSULT", "visit", 13, "زيارة خاطفة", "وزير خارجيتها محمد جواد ظريف", None, "الكويت وقطر", ""),
        ("SUPPORT", None, 13, "رحبت", "السعودية", ("الاتفاقية", 1), None, ""),
        ("REQUEST", "assist", 14, ("يدعو", 1), "السيد ظريف", None, None, ""),
    ],
    # Al-Yaum: the housing ministry resumes its exhibition in the Eastern Province (10 August). The ministry's handling
    # of the beneficiaries' objections after its refusal to execute their contracts, its meetings with the competent
    # bodies, the text messages and the exhibition's second phase (a ministry's administrative matters inside one
    # country: not coded, the fifty-ninth and sixty-third sets' matters inside one government). None.
    "snn-e782cbeddb0b": [],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
