"""Build events-blind75.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-fifth events blind set; same layout and guidelines as the first
seventy-four sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind74.jsonl
and their blind/ .. blind74/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-fourth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind75.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind75.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind75.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "جولة" not taken, "الرئاسة العامة لرعاية الشباب" from "بإعلان الرئاسة ...", "طرفي النزاع" from "لطرفي");
# where the article's alif is elided the fused ل stays ("للاتفاق" in the Russia column s0, "للطرفين" in the South
# Sudan s5). The text's own spellings copied ("جون كيري" inside its guillemets, "توباياس إلوود", "ويستفول").
# Actors named only by a pronoun, a passive or an unnamed reference ("الثاني") are null. Club business and sport,
# a Shura council's votes, economic forecasts, habitual practices and the writers' views are not coded (the
# fifty-ninth set's list).

GOLD = {
    # Al-Riyadh: the leadership's care for the families of the martyrs of duty (27 July). Habitual practices and
    # standing benefits (condolences, promotions, grants, scholarships, the public's donations), no dated event of
    # named parties: not coded (the fifty-ninth set's habitual practices). None.
    "snn-34b349b9135e": [],
    # Okaz: departing umrah pilgrims at Jeddah airport (21 July). Their words. None. (Outside the pool.)
    "snn-e8e585f90d5a": [],
    # Al-Eqtisadiya: the Qatar National Bank's oil analysis (10 August). Forecasts and figures not coded; s12 the
    # agreement lifting the sanctions on Iran -> AGREE, actor null (the fourteenth set's oil report, "التوصل إلى
    # اتفاق" with the powers as recipient); s13 the future lifting (a condition) not coded.
    "snn-ba17337ae216": [
        ("AGREE", None, 12, "الاتفاق", None, "إيران", None, ""),
    ],
    # Al-Jazirah column: the Americans drop the Brotherhood card (4 August). Facts stated: s0 Kerry's visit to Cairo
    # (2 August) -> CONSULT visit; Mohammed bin Salman's visit to Cairo (30 July) -> CONSULT visit; the Bahraini
    # security authorities' foiling of the Iranian arms supply -> COERCE seize (the third set's "إحباط عمليات تهريب"
    # in Bahrain); the signing of the nuclear agreement -> AGREE, actor null ("توقيعهم"); s1 Kerry's meeting with the
    # Gulf foreign ministers in Doha -> CONSULT visit (a meeting within a visit, set 59); the Saudi-Egyptian alliance,
    # the attempts attributed to the Americans, Khamenei's "hostile statements" (no recipient) and the rest views.
    "snn-ae5ef69f2dd4": [
        ("CONSULT", "visit", 0, "طرق", "جون كيري", None, ("القاهرة", 1), ""),
        ("CONSULT", "visit", 0, ("زيارة", 1), "الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع", None, ("القاهرة", 2), ""),
        ("COERCE", "seize", 0, "أجهضتها", "سلطات الأمن البحرينية", None, None, ""),
        ("AGREE", None, 0, "توقيعهم", None, None, None, ""),
        ("CONSULT", "visit", 1, "اجتماعا", "وزير الخارجية الأمريكي", "وزراء الخارجية الخليجيين", "الدوحة", ""),
    ],
    # Al-Eqtisadiya: the legal dispute over the al-Ettifaq club election (9 August), the twentieth set's dispute
    # coded as there (CONSULT meeting, REQUEST change, ACCUSE): s1 a legal source's charge that the general assembly
    # is void -> ACCUSE disapprove (its s3 restatement not coded again); s4 the lawyer's contrary opinion not coded;
    # s8 the fans' welcome of the timetable -> SUPPORT; s11 Prince Abdullah bin Musaed's meeting with the two
    # candidates -> CONSULT (mode null, the twentieth set's record of the same meeting; s1's mention not coded
    # again), the second candidate's request to re-run the election -> REQUEST change, actor null ("الثاني");
    # s12 al-Dosari's complaint of manipulation -> ACCUSE allege; the postponement, the re-run and the interim
    # appointment (s0, s11, s13: administrative decisions) not coded.
    "snn-dc44774eea5c": [
        ("ACCUSE", "disapprove", 1, "باطلة", "مصدر قانوني", None, None, ""),
        ("SUPPORT", None, 8, "رحبت", "الجماهير الاتفاقية", "الرئاسة العامة لرعاية الشباب", None, ""),
        ("CONSULT", None, 11, "اجتماع", "الأمير عبدالله بن مساعد", "الدوسري والدبل", None, ""),
        ("REQUEST", "change", 11, "طلب", None, None, None, ""),
        ("ACCUSE", "allege", 12, "تقديم شكوى", "الدوسري", None, None, ""),
    ],
    # Al-Eqtisadiya: international condemnations of the Abha Emergency Forces mosque bombing (8 August). The
    # condemnation reports of sets 6, 13, 18, 28 and 74: s0 the group lead -> ACCUSE disapprove and the bombing ->
    # ASSAULT explosives ("التفجير", not coded again at s7); s1 the EU's commitment to keep working with Saudi
    # Arabia against extremism -> AGREE (a pledge of continued support, sets 34, 38, 59); s2 Mogherini's recent
    # meeting with al-Jubeir in the Kingdom (27 July) -> CONSULT visit; s3-s5 the Security Council members'
    # statement: its call on the member states -> REQUEST (actor null: "البيان"); s6 the US ambassador's, s8
    # Ellwood's and s9 Boutros-Ghali's condemnations -> ACCUSE disapprove each (s7 the ambassador's quotation not
    # coded again); s10 Ghali's demand to unite efforts -> REQUEST; s12 al-Sorour on the Jordanian people's
    # condemnation -> ACCUSE disapprove and their standing with the Kingdom -> SUPPORT (s14 restated, not coded).
    "snn-2ee5136198ac": [
        ("ACCUSE", "disapprove", 0, "أدان", "عدد من المجالس والاتحادات ومسؤولون دوليون", None, None, ""),
        ("ASSAULT", "explosives", 0, "التفجير", None, "مسجد قوات الطوارئ الخاصة", "منطقة عسير", ""),
        ("AGREE", None, 1, "متمسك بالاستمرار في العمل", "الاتحاد الأوروبي", "السعودية", None, ""),
        ("CONSULT", "visit", 2, "اجتماعهما", "فدريكا موغيريني", "عادل الجبير", "المملكة", ""),
        ("REQUEST", None, 5, "أن تكفل", None, "الدول الأعضاء في الأمم المتحدة", None, ""),
        ("ACCUSE", "disapprove", 6, "أدان", "السفير الأمريكي لدى السعودية جوزيف ويستفول", None, None, ""),
        ("ACCUSE", "disapprove", 8, "أدين", "توباياس إلوود", None, None, ""),
        ("ACCUSE", "disapprove", 9, "دان", "الأمين العام الأسبق للأمم المتحدة بطرس بطرس غالي", None, None, ""),
        ("REQUEST", None, 10, "طالب", "غالي", None, None, ""),
        ("ACCUSE", "disapprove", 12, "يستنكر", "الشعب الأردني", None, None, ""),
        ("SUPPORT", None, 12, "وقوفه إلى جانب", "الشعب الأردني", "المملكة العربية السعودية", None, ""),
    ],
    # Asharq Al-Awsat: the IGAD mediators hope for a South Sudan peace agreement by 17 August (24 July). s0 the hope
    # (an aim) not coded; s1 the negotiators' expected arrival in Addis Ababa -> CONSULT visit [F] and the summit due
    # on 5 August -> CONSULT [F]; s2 the mediation's proposed agreement -> AGREE (the eleventh set's "قدمت ...
    # المقترحات" -> AGREE); s3 the failed talks and ceasefires (a series) not coded; s4 Kiir's and Machar's rejection
    # of the earlier proposals on 6 March -> REJECT [H]; s5 the accusations of atrocities against both sides ->
    # ACCUSE allege, actor null; s6 the joining of the mediators not coded; s7 O'Brien's inspection tour -> CONSULT
    # visit (s8 the same tour, s13 its camp visit not coded again); s12 his meeting with refugees -> CONSULT visit;
    # s14 the civil war's outbreak in December 2013 -> ASSAULT [H] (the twenty-fourth set's "اندلعت الحرب الأهلية")
    # and Kiir's charge of a coup plot -> ACCUSE allege [H] (the dismissal not coded, as set 17's); s15 the tribal
    # massacres -> ASSAULT [H]; s16 O'Brien's planned visit to Bentiu -> CONSULT visit [F].
    "snn-1b4987d606ca": [
        ("CONSULT", "visit", 1, "وصول", "المفاوضين عن طرفي النزاع", None, "أديس أبابا", "F"),
        ("CONSULT", None, 1, "قمة", None, None, "العاصمة الإثيوبية", "F"),
        ("AGREE", None, 2, "اقترحت", "الوساطة", "طرفي النزاع", None, ""),
        ("REJECT", None, 4, "رفضها", "الرئيس سلفا كير وخصمه ونائبه السابق رياك مشار", "المقترحات السابقة", None, "H"),
        ("ACCUSE", "allege", 5, "اتهامات بارتكاب فظائع مروعة", None, "للطرفين", None, ""),
        ("CONSULT", "visit", 7, "تفقده", "ستيفن أوبراين، نائب الأمين العام للأمم المتحدة للشؤون الإنسانية", None,
         ("جنوب السودان", 2), ""),
        ("CONSULT", "visit", 12, "التقى", "أوبراين", "بعض اللاجئين", None, ""),
        ("ASSAULT", None, 14, "اندلعت الحرب الأهلية", None, None, "العاصمة جوبا", "H"),
        ("ACCUSE", "allege", 14, "اتهامه بالتخطيط لانقلاب عسكري", "الرئيس سلفا كير", "نائبه السابق رياك مشار", None,
         "H"),
        ("ASSAULT", None, 15, "ارتكاب مجازر", None, None, None, "H"),
        ("CONSULT", "visit", 16, "يزور", "أوبراين", None, "بنتيو", "F"),
    ],
    # Arriyadiyah: al-Hilal and al-Nassr before the Super Cup in London (11 August). Club business and sport (the
    # signings, the four players' suspension, al-Ettifaq's refusal of an offer) not coded. None.
    "snn-1a8ef0b95b7a": [],
    # Al-Weeam column: Saudi diplomacy of wide options (21 July). Facts: s0 the deputy crown prince's visit to Russia
    # (18 June, under five weeks) -> CONSULT visit and the Saudi-Russian agreement on 16 reactors -> AGREE (actor
    # null, the fused "للاتفاق" kept); s5 Russia's abstention on resolution 2216 (April) not a PLOVER event; s9 the
    # agreements signed with France (June: the reactors, arms deals, the Lebanese army deal talks) -> one AGREE;
    # the US-Iran rapprochement, the support of the nuclear deal and the rest views.
    "snn-2373d12ddd30": [
        ("CONSULT", "visit", 0, "زيارة", "ولي ولي العهد السعودي", None, ("روسيا", 3), ""),
        ("AGREE", None, 0, "للاتفاق", None, ("روسيا", 4), None, ""),
        ("AGREE", None, 9, "توقيع اتفاقات نوعية مهمة", ("السعودية", 1), ("فرنسا", 2), None, ""),
    ],
    # Okaz: the Shura council's statistical report of its year (26 July). A Shura council's votes and decisions
    # (the rejection of the population policy and of the draft Indonesian domestic-labour agreement among them) are
    # decisions inside one government, not coded (the fifty-ninth set). None.
    "snn-f15a46c5bc3d": [],
    # Al-Riyadh column: the Kingdom as the base of the Arab project against Persian expansion (1 August). s0 the
    # recent agreement of the 5+1 and Iran -> AGREE (the fifty-ninth set's columns); the lifting of the sanctions,
    # Khamenei's pledge, Iran's conduct and Decisive Storm (a bare reference) are views or series, not coded.
    "snn-eeffd098bab5": [
        ("AGREE", None, 0, "الاتفاق الأخير", "مجموعة 5+1 وإيران", None, None, ""),
    ],
    # Al-Watan column: the negative view of Chinese products (27 July). Facts recalled, undated and older than five
    # weeks: s3 the EU's cooperation agreement with the Chinese control authority -> AGREE [H]; s5 China's response
    # and activated cooperation with the EU -> COOPERATE [H], the Kingdom's agreement with the Chinese authority ->
    # AGREE [H] during King Salman's visit to China as crown prince (March 2014) -> CONSULT visit [H]; the traders'
    # practices and the writer's recommendations not coded.
    "snn-c49a3db5a0be": [
        ("AGREE", None, 3, "توقيع اتفاقية تعاون", None, "هيئة الرقابة الصينية", None, "H"),
        ("COOPERATE", None, 5, "فعلت دور التعاون", ("الصين", 2), ("الاتحاد الأوروبي", 1), None, "H"),
        ("AGREE", None, 5, "توقيع الاتفاقية", ("السعودية", 1), "هيئة الرقابة الصينية", None, "H"),
        ("CONSULT", "visit", 5, "زيارة", "الملك سلمان", None, "جمهورية الصين الشعبية", "H"),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
