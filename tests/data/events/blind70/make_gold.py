"""Build events-blind70.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventieth events blind set; same layout and guidelines as the first
sixty-nine sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind69.jsonl
and their blind/ .. blind69/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-ninth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind70.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind70.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind70.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب is left out of triggers and participants where the word stands whole (the twentieth to
# sixty-ninth sets' rule: here "الموافقة" from "بالموافقة" in the Netanyahu report s0, "جولة" from "بجولة" in the
# Yassin interview s1, "إيران" from "بإيران" in its s5, "القبض" from "والقبض" in the harassment column s0, "زيارة"
# from "إلى زيارة" in the Rihani column s38); a fused ل is left out ("عناصر جبهة النصرة" from "لعناصر" in the
# Netanyahu report s8 and s12, "دول الخليج" inside "مع دول الخليج" in the Gulf column s1); the text's own spellings
# copied exactly ("رئيس الحكومة الاسرائيلية", "مجلس الامن" and "اعضاء الكونغرس" without hamza, "نتنايهو" as the
# economic column spells it, "رحَّب" with its shadda and fatha in the text's order, "ضيفًا" with its tanwin); a
# string repeated in its sentence is picked by its occurrence (("إسرائيل", 2) in the Netanyahu report s8, where
# "إسرائيلي" holds the first; ("صرح", 1) and ("صرح", 2) in the economic column s12; ("إيران", 1) in the Yassin
# interview s5, where "الإيرانية" holds the second; ("دول الخليج", 1) in the Gulf column s1; ("ضيفًا", 1) and
# ("ضيفًا", 2) in the Rihani column s35).
# Actors named only by a pronoun or a passive are null (the eighteenth, twenty-seventh to sixty-ninth sets: Yassin's
# unnamed "he" in his interview s3 and s5, the Majdal Shams attackers and the passive arrest in the Netanyahu report
# s11, Rihani's "he" in the Rihani column s35, s38, s43); a subject named earlier in the same sentence is kept
# ("ياسين" for "طالب" in the Yassin interview s1), and an antecedent named earlier in the sentence for a pronoun
# recipient (("إيران", 1) for "ما تمارسه من تدخلات" in its s5, the sixty-fifth set's rule).

GOLD = {
    # Al-Yaum: 454 billion riyals lent by the government lending institutions (22 July). SAMA's annual report: the
    # loans, repayments and subsidies of the government funds (statistics of state bodies' own works). None.
    "snn-9856a08c5bf2": [],
    # Al-Jazirah sports column: "the football competitions and the federation's mistakes" (23 July). The federation's
    # statement holding the Super Cup in London (a sports body's own decision) and the writer's criticism of it and of
    # the referees (views); Lopez Caro's dismissal in January a bare reference; s33-s46 the link lines. None.
    "snn-cfa314efe748": [],
    # Al-Yaum: Netanyahu calls the Security Council's adoption of the Vienna agreement hypocrisy (22 July). s0
    # Netanyahu's description of the Council's resolution as hypocrisy (-> ACCUSE disapprove, the thirty-sixth set's
    # "وصف" of Netanyahu) and the Council's approval of the agreement (of 20 July, recent -> SUPPORT, the seventeenth,
    # twentieth, fifty-first and sixty-ninth sets' records of the same endorsement; "الموافقة" from "بالموافقة"); s1,
    # s3-s4 his words (views); s2 his open letter to the members of Congress yesterday to persuade them to oppose the
    # agreement (-> REQUEST change, the tenth, thirtieth and forty-first sets' pressure on Congress); s5 an estimate of
    # the coming votes (not coded); s6-s7 the army's expectations and its estimate that Iran gives 4-5 billion dollars
    # to its allied organisations (a standing, habitual funding in an estimate: not coded); s8 Israel's halt, a month
    # and a half before, of medical treatment in its hospitals for Nusra members (-> SANCTION discontinue [H]: a
    # reduction of an existing exchange, PLOVER's "discontinue"; six weeks before, over the five-week rule); s9-s10 the
    # wounded treated (a series: not coded); s11 the attack on Syrian wounded at Majdal Shams in which one was killed
    # (-> ASSAULT [H], mode null, actor null: the attackers only described; undated background after "بعد") and the
    # arrest of five of the attackers on suspicion of murder (-> COERCE arrest [H], passive, actor null); the army's
    # new rules its own procedure; s12 the officer's statement that Israel did not give Nusra money or weapons
    # (-> AID [N], mode null: a denial stated as fact); s13-s17 the army's assumptions and plans (not coded).
    "snn-06fece542993": [
        ("ACCUSE", "disapprove", 0, "وصف", "رئيس الحكومة الاسرائيلية بنيامين نتنياهو", "مجلس الامن", None, ""),
        ("SUPPORT", None, 0, "الموافقة", "مجلس الامن", "اتفاق فيينا النووي", None, ""),
        ("REQUEST", "change", 2, "رسالة علنية", "نتنياهو", "اعضاء الكونغرس الأمريكي", None, ""),
        ("SANCTION", "discontinue", 8, "أوقفت تقديم العلاجات الطبية", ("إسرائيل", 2), "عناصر جبهة النصرة",
         "مستشفياتها", "H"),
        ("ASSAULT", None, 11, "الاعتداء", None, "مصابين سوريين", "مجدل شمس", "H"),
        ("COERCE", "arrest", 11, "اعتقال", None, "خمسة من الذين هاجموا مركبة الإسعاف", None, "H"),
        ("AID", None, 12, "تقدم أموالا أو سلاحا", "إسرائيل", "عناصر جبهة النصرة", None, "N"),
    ],
    # Al-Riyadh column: "the Iranian-American agreement from an economic perspective" (22 July; another instalment of
    # the column whose part 4 is the sixty-sixth set's snn-741bbeeccca0, coded there as AGREE and ACCUSE disapprove).
    # s0 the agreement named with its parties (-> AGREE, as the sixty-sixth set's part 4 and the fifty-ninth and
    # sixty-ninth sets' columns; its restatement "وقعت أميركا على الاتفاق" in s3 not coded again); the US listing of
    # the Revolutionary Guards a standing designation; s3 Obama's and s11 Rouhani's words on the agreement (views of
    # their own deal: not coded); s12 Jeb Bush's "dangerous and deeply flawed" and Netanyahu's "historic mistake"
    # (-> ACCUSE disapprove, the sixty-sixth set's Jeb Bush record; recent); s6-s8, s14 the writer's views.
    "snn-398dbfc3fc9e": [
        ("AGREE", None, 0, "الاتفاق", "الأميركي الإيراني", None, None, ""),
        ("ACCUSE", "disapprove", 12, ("صرح", 1), "جيب بوش", None, None, ""),
        ("ACCUSE", "disapprove", 12, ("صرح", 2), "رئيس الوزراء الإسرائيلي نتنايهو", None, None, ""),
    ],
    # Al-Jazirah: the Ittifaq club's caretaker board steps up its preparations (26 July). Contracts, salaries, coaches,
    # friendly matches (a club's own affairs and commerce). None.
    "snn-7874f933fcdb": [],
    # Al-Eqtisadiya: 13,000 divorces since the start of the year (27 July). The justice ministry's statistics, its
    # reconciliation offices and its remote-trial service (a ministry's own works). None.
    "snn-fb27feb85424": [],
    # Al-Riyadh: Yassin: we will cut our diplomatic relations with Tehran after legitimacy returns to Yemen (23 July).
    # s0 the government's plan to send more ministers to Aden (a government's own works) and the destruction "caused"
    # by the Houthis and Saleh (a characterisation): not coded; s1 Yassin's tour of European capitals (-> CONSULT
    # visit, "جولة" from "بجولة"), the British government's assurances on the UN General Assembly and a Friends of Yemen
    # meeting (-> AGREE: a promise, the forty-third set's "تطمين"), his demand that the British officials consider
    # making the resolution binding (-> REQUEST change; Yassin named earlier in the sentence) and Britain's full
    # support for legitimacy (-> SUPPORT); s2 the assurances from Britain to curb any Iranian expansion (a second
    # promise, another content -> AGREE; "تطمينات" later in the sentence its restatement; the fears told to the
    # British government the talk itself, not coded again); s3 the demand that the Houthis stop using violence
    # (-> REQUEST yield, actor null: the speaker only "he"); s4 views; s5 the government will cut its diplomatic
    # relations with Iran after legitimacy returns (-> SANCTION discontinue [F]: a stated plan, the sixty-sixth set's
    # "قطع علاقاتهما الدبلوماسية" as SANCTION discontinue), the charge that Iran interferes, sends weapons to the
    # Houthi militias and sends spies (-> ACCUSE allege, actor null; the recipient the antecedent named earlier in the
    # sentence, the sixty-fifth set's rule) and the demand that Tehran change its policies (-> REQUEST change).
    "snn-fdb2f4cab3b1": [
        ("CONSULT", "visit", 1, "جولة", "ياسين", None, "عدد من العواصم الأوروبية", ""),
        ("AGREE", None, 1, "تأكيدات", "الحكومة البريطانية", None, None, ""),
        ("REQUEST", "change", 1, "طالب", "ياسين", "المسؤولين البريطانيين", None, ""),
        ("SUPPORT", None, 1, "تأييدا مطلقا", "بريطانيا", "الشرعية", None, ""),
        ("AGREE", None, 2, "تأكيدات", "بريطانيا", None, None, ""),
        ("REQUEST", "yield", 3, "مطالبا", None, "الحوثيين", None, ""),
        ("SANCTION", "discontinue", 5, "ستقطع علاقاتها الدبلوماسية", "الحكومة اليمنية", ("إيران", 1), None, "F"),
        ("ACCUSE", "allege", 5, "تدخلات", None, ("إيران", 1), None, ""),
        ("REQUEST", "change", 5, "مطالبا", None, "طهران", None, ""),
    ],
    # Okaz: "the Leader wakes early, unusually" (9 August). Al-Hilal's preparations: the new board, the coach's
    # renewal, the contracts, the clubs' refusal to release players (transfer business), the Austrian camp and the
    # president's visit to his own team (a club's own affairs). None.
    "snn-e5e1ed4cb9aa": [],
    # Al-Weeam: the story of Moath al-Khalaf's doctorate from his sickbed (21 July). A personal story (his illness,
    # treatment, thesis, prize; the attache's insurance). None.
    "snn-4e8493fff0c0": [],
    # Asharq Al-Awsat column (Samir Atallah), "summer travellers: al-Amin with the Imam" (21 July): Ameen Rihani's
    # journey of 1922 (all [H]). His travels, the permissions asked and received (s4, s16-s18) and his writing not
    # coded (the sixty-fifth set's same series: a traveller's journeys uncoded); his meetings with the rulers coded as
    # CONSULT visit [H], the visitor as actor (PLOVER: actor visiting, recipient hosting): s5 the Imam's welcome in
    # Sanaa (April 1922), s34 his daily meetings with the Sultan (Abdulaziz) during six weeks in Najd, s35 his stays as
    # the guest of the Emir of Kuwait and of the ruler of Bahrain (two hosts, two records; actor null: "he" only),
    # s38 his visit to Faisal I in Iraq; s43 his mediation between Hajj Amin al-Husseini and his allies (1926 ->
    # CONSULT [H], mode null, the first and forty-sixth sets' mediation); the planned visit of s43 (his preparations)
    # and the quoted speech (s5-s12) not coded.
    "snn-291164034487": [
        ("CONSULT", "visit", 5, "رحَّب", "الأمين", "الإمام", None, "H"),
        ("CONSULT", "visit", 34, "يلتقي", "الأمين", "السلطان", "نجد", "H"),
        ("CONSULT", "visit", 35, ("ضيفًا", 1), None, "الشيخ أحمد الجابر الصباح", "الكويت", "H"),
        ("CONSULT", "visit", 35, ("ضيفًا", 2), None, "الشيخ أحمد بن عيسى", "البحرين", "H"),
        ("CONSULT", "visit", 38, "زيارة", None, "فيصل الأول", "العراق", "H"),
        ("CONSULT", None, 43, "يتوسط", None, "الحاج أمين الحسيني وحلفائه", None, "H"),
    ],
    # Al-Yaum column: "the Gulf faces the post-agreement recklessness" (4 August). s1 the US secretary of state's
    # statements on Gulf security showing the US alliance with the Gulf states against external threats (Kerry's
    # Doha statements of 3 August, the occasion stated as fact -> SUPPORT; recent); s2-s7 the writer's views of the
    # agreement and Iran's conduct (Washington's "free gifts" a characterisation): not coded.
    "snn-7f55f8ed2e10": [
        ("SUPPORT", None, 1, "تصريحات", "وزير الخارجية الأمريكي", ("دول الخليج", 1), None, ""),
    ],
    # Okaz column: "harassers: how do we deter them?" (7 August). s0 the Emir of Makkah Prince Khalid al-Faisal's
    # recent order to track, arrest and punish the harassers (-> COERCE arrest, the forty-second set's record of the
    # same order in a column, "القبض" from "والقبض"); s2 the assault on the women (the Taif incident) not coded (the
    # earlier sets' columns and the fifth set's report of the incident coded no ASSAULT for the harassment); s3-s25
    # the writer's views and the stories heard (a series), the recent killing of a woman in s21 a general mention.
    "snn-c6822645e0a7": [
        ("COERCE", "arrest", 0, "القبض", "أمير منطقة مكة المكرمة الأمير خالد الفيصل", "المتحرشين", None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
