"""Build events-blind78.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-eighth events blind set; same layout and guidelines as the first
seventy-seven sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind77.jsonl
and their blind/ .. blind77/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-seventh
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind78.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind78.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind78.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "الحكومة القبرصية" for "بالحكومة القبرصية" in the Cyprus report s6, "قمع" for "بقمع" in the nuclear column
# s8); where the article's alif is elided the fused ل stays ("للجنة السعودية المالطية المشتركة" in the Maltese
# report s7; the shadda-fatha order of "المعنَّفة" in the Sabq column s8 copied from the text). Actors named only by a pronoun, a passive or an unnamed reference are null. Administrative matters, social
# programmes, festivals, economic figures and expectations and the writers' views are not coded (the fifty-ninth
# set's list). Historical: the five-week rule (the Cyprus events of July 1974 and the Cypriot government's decision
# of February 2014, the Iran-Iraq war, the suppression of 2009, the Camp David summit of May 2015 and the
# Saudi-Maltese joint committee's second session of May 2015 [H]; the Vienna nuclear agreement of 14 July, not).

GOLD = {
    # Sabq column: the marriage of minors and the abused girl Lama (22 July). Views, but one stated fact: s8 the
    # death of the eight-year-old Lama under her father's abuse, reported last Saturday -> ASSAULT (null mode, no
    # weapon named; the earlier sets' killings of one person by another, e.g. "مقتل"). The university panel (s0-s5),
    # the Justice Ministry's adding of ages to marriage contracts (s7, administrative) and the writer's appeals to the
    # ministry (s7, s17: views) not coded.
    "snn-a5a353a648a8": [
        ("ASSAULT", None, 8, "المعنَّفة", "والدها", "لمى", None, ""),
    ],
    # Al-Riyadh: specialists on the harm of fireworks (22 July; outside the pool). Health warnings and the police
    # spokesman's general statement on continuing campaigns (s10, no specific act) not coded. None.
    "snn-a9b07e32784a": [],
    # Okaz: the World Economic Forum's report on unemployed graduates (1 August; outside the pool). The labour and
    # education ministries' programme (s0, inside one government), the report and the economist's figures and
    # views not coded. None.
    "snn-285ca6451018": [],
    # Al-Eqtisadiya: the Housing Ministry to ask the Saudi Council of Engineers to follow its projects (6 August).
    # s0 the ministry's intended request to the Council -> REQUEST [F] (planned, "تعتزم"); s2 the Council has not
    # signed any agreement with the ministry yet -> AGREE [N]; its discussion in the last meeting with the minister
    # is s6's meeting, coded there; s6 the Housing Minister's meeting with the Council's board chairman and members
    # -> CONSULT (a ministry and a professional body, not inside one government; the earlier sets' "اجتمع"); s8 the
    # Council's declared readiness to cooperate with the ministry -> AGREE (the earlier sets' "استعداد", 6 AGREE
    # records); s3-s5 and s9 the ideas discussed (the meeting's content) not coded again.
    "snn-6b4a6facff4d": [
        ("REQUEST", None, 0, "الطلب", "وزارة الإسكان", "الهيئة السعودية للمهندسين", None, "F"),
        ("AGREE", None, 2, "توقع", ("الهيئة", 2), "وزارة الإسكان", None, "N"),
        ("CONSULT", None, 6, "اجتمع", "ماجد الحقيل وزير الإسكان",
         "الدكتور جميل بن جار الله البقعاوي رئيس مجلس إدارة الهيئة وعدد من أعضاء مجلس الإدارة", None, ""),
        ("AGREE", None, 8, "استعدادها التام", "الهيئة", ("الوزارة", 1), None, ""),
    ],
    # Al-Riyadh: Cyprus digs for the remains of 19 Greek soldiers missing for 41 years (8 August). The events of
    # July 1974 as the forty-ninth set coded them in its Cyprus report (its "اجتياح" and "انقلاب" ASSAULT [H]): s8
    # Athens's sending of a special-forces company to help the Cypriot National Guard -> AID [H] (the earlier sets'
    # "أرسلتها" AID; s0's "mission to support" the same operation, not coded again); s9 the Turkish army's landing ->
    # ASSAULT [H] (s0's "الاجتياح التركي" and s10's "الغزو" the same invasion, coded once at s9 where the army is
    # named) and the Greek Cypriot nationalists' coup -> ASSAULT [H]; s12 the Greek Cypriot forces' shelling of the
    # Noratlas they took for a Turkish bomber -> ASSAULT [H] (null mode: ground fire; s0's crash and s22's toll its
    # result). s7 the Cypriot government's decision of February 2014 at the European Court of Human Rights' request
    # -> REQUEST [H] (the court's request; the families' recourse to the court, a legal step, not coded). s6 the
    # lawyer's praise of the Cypriot government -> SUPPORT (actor null: a pronoun; the earlier sets' "أشاد"); s20 his
    # call on the government to apologise to the families -> REQUEST (the earlier sets' "نطالب", mode null); s24 the
    # welcome of Greece and the families for the decision -> SUPPORT (the earlier sets' "رحبت"). The works begun (s2),
    # the experts' coming visit (s16, technical), the commissioner's aims (s18-s19) and last month's ceremony with the
    # ambassador's words (s25) not coded.
    "snn-d1093c43292d": [
        ("SUPPORT", None, 6, "مشيدا", None, "الحكومة القبرصية", None, ""),
        ("REQUEST", None, 7, "بطلب", "المحكمة الاوروبية لحقوق الانسان", "الحكومة القبرصية", None, "H"),
        ("AID", None, 8, "ارسلت", "اثينا", "الحرس الوطني القبرصي", None, "H"),
        ("ASSAULT", None, 9, "انزاله", "الجيش التركي", None, None, "H"),
        ("ASSAULT", None, 9, "انقلاب", "قوميين قبارصة يونانيين", None, None, "H"),
        ("ASSAULT", None, 12, "قامت بقصفها", "القوات القبرصية اليونانية", "نوراتلاس", None, "H"),
        ("REQUEST", None, 20, "يجب", "المحامي ديمتريادس", "الحكومة", None, ""),
        ("SUPPORT", None, 24, "رحبت", "اليونان والعائلات", "قرار اخراج الطائرة وطاقمها", None, ""),
    ],
    # Al-Yaum: the al-Jafr community development committee's programmes (8 August). A social committee's services,
    # plans and appeal for donations (s3) not coded. None.
    "snn-cf39c03b52c8": [],
    # Al-Yaum column: universities, culture and the breeding of illusion (8 August). Views; Derrida's lecture visit
    # to Cairo years ago (s13, an academic lecture) and the graduates in ISIS's ranks (s22, no act) not coded. None.
    "snn-bf6b1bd24977": [],
    # Al-Yaum: the Qatif festival's audience and the "groom's procession" (26 July). A festival. None.
    "snn-87cc4f6d8431": [],
    # Asharq Al-Awsat: the heritage quarter in Medina during the Eid (22 July). A festival and a municipal project.
    # None.
    "snn-d3834d479b49": [],
    # Al-Watan column: the nuclear agreement, negotiations or barter? (31 July). Views, but stated facts: s2 Iran's
    # eight-year war against Iraq -> ASSAULT [H] (the earlier sets' "الحرب العراقية الإيرانية" [H]; the present
    # conflicts "in Iraq, Syria and Yemen" a general characterisation, not coded); s5 the nuclear agreement Tehran
    # concluded recently in Vienna with the 5+1 -> AGREE (14 July, not [H]; s10's Vienna sessions the same
    # negotiation, not coded again); s8 the suppression of the 2009 protests by the Basij -> ASSAULT [H] (the
    # forty-ninth set's "قمعها بالقوة"; the leaders' "imprisonment in the Supreme Leader's wrath" figurative, not
    # coded); s13 the US reassurances to the Gulf allies at the Camp David summit (May 2015) -> CONSULT multilateral
    # [H] (the earlier sets' Camp David "قمة"). Iran's support for Hezbollah and the Bahraini movement (s3, s12),
    # its "war of words" and pledges (s13, a characterisation without a stated act) and the writer's views not coded.
    "snn-bb59fe21f197": [
        ("ASSAULT", None, 2, "حربها الضروس", "طهران", ("العراق", 1), None, "H"),
        ("AGREE", None, 5, "أبرمته", ("طهران", 2), "دول (خمس زائد واحد)", "العاصمة النمساوية فيينا", ""),
        ("ASSAULT", None, 8, "قمع", "البسيج", "الشارع الإيراني", None, "H"),
        ("CONSULT", "multilateral", 13, "مؤتمر كامب ديفيد", None, None, None, "H"),
    ],
    # Al-Riyadh: analysts say the return of Iranian oil may raise tensions inside OPEC (22 July). s1 the nuclear
    # agreement reached in Vienna on Tuesday -> AGREE (the seventy-fifth to seventy-seventh sets' economic reports;
    # s8's signing the same agreement, not coded again); OPEC's production decisions (s7, s18: an organisation's
    # own policy), the Algerian minister's view that an emergency meeting may be needed (s14), the figures and the
    # analysts' expectations not coded.
    "snn-6955ae143ef5": [
        ("AGREE", None, 1, "توصلت", ("طهران", 1),
         "الدول الكبرى بريطانيا والصين وفرنسا والمانيا وروسيا والولايات المتحدة", "فيينا", ""),
    ],
    # Al-Eqtisadiya: a Saudi-Maltese agreement to found a joint business council (9 August). s0 the signing of the
    # agreement between Saudi Arabia and Malta -> AGREE (its recommendations in trade, education, health, transport
    # and tourism, s1 and s3-s6, the same agreement's content, coded once; the transport memorandum to be negotiated
    # a plan inside it); s2 the Maltese delegation's field visits to government bodies -> CONSULT visit; s7 the joint
    # committee's second session in Riyadh last May -> CONSULT [H] (over five weeks; the third session "to be fixed
    # later", a plan inside the agreement, and the committee's thanks to the participants not coded).
    "snn-04f5e4875c59": [
        ("AGREE", None, 0, "توقيع اتفاقية", ("السعودية", 1), ("مالطا", 1), None, ""),
        ("CONSULT", "visit", 2, "زيارات ميدانية", "الوفد المالطي", "عدد من الجهات الحكومية", None, ""),
        ("CONSULT", None, 7, "اجتماع الدورة الثانية", "للجنة السعودية المالطية المشتركة", None, "الرياض", "H"),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
