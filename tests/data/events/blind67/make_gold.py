"""Build events-blind67.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-seventh events blind set; same layout and guidelines as the first
sixty-six sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind66.jsonl
and their blind/ .. blind66/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-sixth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind67.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind67.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind67.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب is left out of triggers and participants where the word stands whole (the twentieth to
# sixty-sixth sets' rule: here "جون كيري وزير خارجية الولايات المتحدة ..." from "بجون" in the trilateral column s0,
# "دعا" from "عندما دعا" standing whole in the patriarch report s11, "قبلت" in the Rashed column s25); where the
# article's alif is elided after a fused ل the ل stays (the forty-fifth and later sets' rule: "للأميركيين" in the
# Rashed column s26); the text's own spellings copied exactly ("عادل جبير" without the article in the trilateral column,
# "أيزنهاور" for the president of 1945 in the Rashed column, "بانشاء" without its hamza in the ISIS report s5,
# "المكرّمة" with its shadda in the elderly man's report); the guillemets of "«كوينسي»" kept inside the place as
# written; a string repeated in its sentence is picked by its occurrence (("حشد", 1) in the mercenaries report s0,
# "حشدها" and "حشدهم" containing it; ("ناشد", 2) in the elderly man's report s8, "مناشدة" the first; ("المسن", 1) and
# ("مكة المكرّمة", 2) in his s9, "المسنين" and "بمنطقة مكة المكرّمة" the others).
# Actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh to
# sixty-sixth sets: the elderly man's transfer "سينقل" in s9); a subject or antecedent named earlier in the same
# sentence is kept for a pronoun ("البطريرك الراعي" for "كلامه ... دعا" in the patriarch report s11, "المرتزقة" for
# "بينهم" in the mercenaries report s1, "المُسن" for "ناشد" in the elderly man's report s8).

GOLD = {
    # Okaz column: "Uncle Ibrahim Aslan and his very old friend" (8 August). The writer's reading of Ibrahim Aslan's
    # posthumous novel and of his earlier books (publishing, a book fair, a film adapted from a novel: not PLOVER
    # events). None.
    "snn-2e8a5f4dd0c6": [],
    # Sabq: Prince Khalid al-Faisal to open al-Rudaf park in Taif next Monday (24 July). A governor's coming opening of
    # a municipal park and the mayor's thanks and description of it (a country's own ceremonies and public works: not
    # coded, the thirty-fourth and sixty-sixth sets' Eid festivities and Hajj preparations). None.
    "snn-a0cd0e6d7006": [],
    # 3alyoum (SPA): the first website for the productive families' products launched in Jeddah (24 July). The deputy
    # emir's launch on behalf of the emir, the fourth forum and exhibition of the Jeddah chamber, the speeches, the tour
    # and the honouring of the sponsors (a country's own ceremonies and programmes: not coded). None.
    "snn-00a78e7cbb4f": [],
    # Al-Weeam: ISIS bans watching television in Raqqa except on Fridays (9 August). s0 the ban (-> COERCE censor,
    # PLOVER "ban or restrict access to ... information"; restated s1, not coded again); s2 the earlier restrictions on
    # the internet ("كان ... فرض", undated: -> COERCE censor [H]); s3 the coalition's raids (a general account: not
    # coded); s4, s6-s14, s16-s18, s22 habitual punishments, patrols and bans in the present tense (general accounts,
    # the fifty-ninth set's series: not coded); s5 the founding of the women's "al-Khansaa" brigade "في وقت سابق" (->
    # MOBILIZE militia [H], the forty-sixth set's recruitment by a non-state group; its mission an aim, not coded); s15
    # the successive statements of prohibitions (a series: not coded); s19 the fatwas of the last Ramadan, the ban on
    # women going out by day (-> COERCE restrict, PLOVER "restrictions on ... movement"; Ramadan ended about 17 July,
    # recent), the invalid fast a religious ruling (not coded); s20 the warning that violators risk severe
    # accountability (-> THREATEN, mode null, the fifty-ninth set's warnings); s21 and s23 the circumcision fatwa "من
    # قبل", relayed by the media (not coded, a ruling without a PLOVER type); s24 the Raqqa Sharia court's sentence
    # of stoning a girl for a Facebook account (-> SANCTION convict [H], undated, the first and tenth sets' sentences);
    # s25 views; s26 the link line.
    "snn-49ca47a3fb14": [
        ("COERCE", "censor", 0, "حظر", "تنظيم داعش", "أهاليها", "مدينة الرقة السورية", ""),
        ("COERCE", "censor", 2, "فرض قيودا على استخدام الإنترنت", "التنظيم المسلح", None, "المدينة", "H"),
        ("MOBILIZE", "militia", 5, "انشاء كتيبة نسائية", "تنظيم داعش", None, None, "H"),
        ("COERCE", "restrict", 19, "تحريم خروج النساء نهارا", "التنظيم", "النساء", None, ""),
        ("THREATEN", None, 20, "قد يعرض نفسه للمحاسبة الشديدة", "التنظيم", "من يخالفها", None, ""),
        ("SANCTION", "convict", 24, "حكما برجم", "المحكمة الشرعية للتنظيم المتشدد في الرقة", "فتاة سورية", None,
         "H"),
    ],
    # Al-Jazirah column: "the Saudi-American-Russian meeting" (4 August). s0 the meeting of al-Jubeir, Kerry and Lavrov
    # held "yesterday" in Qatar (-> CONSULT, mode null, the twenty-second set's record of the same trilateral talks
    # "المفاوضات الثلاثية ... في قطر"); s1 views and standing positions (the coalition led by the Kingdom, one GCC
    # state's neutral position, Saleh's commitments: not coded); s2 al-Jubeir's trip to Abu Dhabi to brief the UAE
    # leadership before the meeting (-> CONSULT visit; recent); s3 the list of the writer's other articles.
    "snn-00c659e024b2": [
        ("CONSULT", None, 0, "يجتمع", "عادل جبير وزير خارجية المملكة",
         "جون كيري وزير خارجية الولايات المتحدة ولافروف وزير خارجية الاتحاد الروسي", "قطر", ""),
        ("CONSULT", "visit", 2, "التوجه", "السيد عادل جبير وزير الخارجية", "قيادة دولة الامارات العربية", "أبوظبي",
         ""),
    ],
    # Asharq Al-Awsat: a Saudi business delegation to discuss strategic projects with China (31 July). s0 the
    # delegation of businessmen to discuss a partnership with their Chinese counterparts at the Expo forum in China on
    # 1 September (-> CONSULT visit [F], the forty-ninth set's business delegation to Paris; s1-s2 its details, not
    # coded again); s3 the earlier visit of a Saudi delegation to Beijing, "الفترة الماضية" (-> CONSULT visit [H],
    # undated, the fifty-ninth set's undated recalls) and the expected agreements (a prediction: not coded); s4-s10
    # trade figures and the planned fields (not coded); s11 the four memoranda of understanding Saudi Arabia signed
    # "recently" (-> AGREE, recent; the partner not named in the sentence).
    "snn-a6f214fc6103": [
        ("CONSULT", "visit", 0, "يبحث", "وفد يضم عددا من رجال الأعمال السعوديين", "نظرائهم الصينيين", None, "F"),
        ("CONSULT", "visit", 3, "زيارة وفد سعودي", "وفد سعودي", None, "العاصمة الصينية بكين", "H"),
        ("AGREE", None, 11, "وقعت", "السعودية", None, None, ""),
    ],
    # Al-Yaum column: "terrorism, the product of contradictions" (22 July). s0 the Interior Ministry's arrest of a
    # dangerous terrorist cell (-> COERCE arrest, the forty-fifth set's record of the ministry's arrests "ضبط"; the
    # announcement of mid-July, recent; restated s2 with the spokesman, not coded again) and the tweeters' hashtag of
    # thanks (unnamed users: not coded, the sixty-fifth set's trends without a named actor); s1-s9 views (the
    # intellectuals' condemnation of the curricula a general account, a critic's opinion).
    "snn-5c2fa6d8b1a3": [
        ("COERCE", "arrest", 0, "ضبط", "وزارة الداخلية", "خلية إرهابية خطرة", None, ""),
    ],
    # Asharq Al-Awsat: the Maronite patriarch's call to name presidential candidates "acceptable to all" (25 July).
    # s0 the patriarch al-Rai's appeal of "yesterday" to the Lebanese political parties to each name a candidate (->
    # REQUEST change, the sixty-second set's "دعت ... الجمهوريين"; its restatement s2 at the opening of the conference of
    # the Eastern Christians, not coded again; the conference itself and his speech not coded, the fifty-ninth set's
    # speeches at a conference); s3-s5 his words (views); s6-s9 the Aounist MP Alain Aoun's reading (neither a
    # welcome nor a rejection: not coded); s10 Fares Souaid's positive reading of the patriarch's words (-> SUPPORT,
    # the thirty-fourth set's welcome); s11 the patriarch's call at Byblos the week before on the MPs boycotting the
    # election sessions to go to parliament and elect a president (-> REQUEST change, recent); s12-s16 Souaid's views
    # (the nuclear agreement a bare reference; "سنقف سدًّا منيعًا" a stance: not coded).
    "snn-15ee1c7932d9": [
        ("REQUEST", "change", 0, "النداء", "البطريرك الماروني بشارة بطرس الراعي", "الأفرقاء السياسيين اللبنانيين",
         None, ""),
        ("SUPPORT", None, 10, "تطوّرًا إيجابيًا", "النائب السابق فارس سعيد، منسّق الأمانة العامة لقوى «14 آذار»",
         "كلام البطريرك", None, ""),
        ("REQUEST", "change", 11, "دعا", "البطريرك الراعي", "النواب المقاطعين لجلسات انتخاب رئيس الجمهورية", "جبيل",
         ""),
    ],
    # Asharq Al-Awsat column (Abdulrahman al-Rashed): "is the relation with Washington a historical mistake?" (27
    # July). s0 the US administration's signing of the nuclear agreement with the Iranian regime (-> AGREE, an anchor
    # with its parties, the sixty-fourth to sixty-sixth sets' columns; 14 July, recent; "some" who judged it: unnamed,
    # not coded); s1-s9 views; s10 the Aramco dispute settled amicably (an example without a date or named parties
    # beyond "السعوديون": not coded, a general account); s11 the relation laid by King Abdulaziz and the president in
    # 1945 aboard the Quincy (-> SUPPORT [H], PLOVER "initiate ... diplomatic ... cooperation"; new, see SOURCE); s12 the
    # threats faced since the 1950s (a series, the Iraqi invasion a bare reference: not coded); s17-s20 oil figures
    # and the United States' refusal of technology to Iran over thirty years (a standing position: not coded); s25
    # Saudi Arabia's refusal of 2001 to let Washington use its territory to strike Afghanistan (-> REJECT assist [H],
    # the eleventh set's refusal) and Iran's acceptance (-> AGREE [H]); s26 its information and help to the
    # Americans against al-Qaeda in the last decade (-> COOPERATE [H], PLOVER "sharing of intelligence"); s27-s30 the
    # present disagreement over the agreement (a standing position, the agreement restated: not coded) and views.
    "snn-0894c0b2a1f0": [
        ("AGREE", None, 0, "توقيع", "الإدارة الأميركية", "النظام الإيراني", None, ""),
        ("SUPPORT", None, 11, "أرساها", "الملك عبد العزيز", "الرئيس أيزنهاور", "المدمرة «كوينسي»", "H"),
        ("REJECT", "assist", 25, "رفضت", "السعودية", "واشنطن", None, "H"),
        ("AGREE", None, 25, "قبلت", "إيران", None, None, "H"),
        ("COOPERATE", None, 26, "قدم معلومات ومساعدة", "السعودية", "للأميركيين", None, "H"),
    ],
    # Al-Riyadh column: "the Iranian nuclear file .. the agreement came before the revolution of the hungry" (21
    # July, written the day after the agreement). s0 views; s1 the world powers and Iran reached the agreement in
    # Vienna "yesterday" (-> AGREE, the sixty-sixth set's "توصلت إيران والغرب ... في فيينا") and the Camp David summit
    # between the US president and the Gulf leaders of May (-> CONSULT multilateral [H], the twenty-fourth set's record
    # of the same summit "قمة كامب ديفيد"; its statement's terms not coded, the sixty-sixth set's terms); s2 Iran's
    # concessions in the Vienna talks (the writer's reading of the agreement: not coded, the sixty-sixth set's "خضوع
    # إيران"); s4-s7 the agreement's terms, Fabius's words and views (not coded).
    "snn-9629e949abd9": [
        ("AGREE", None, 1, "توصلت", "القوى الدولية وإيران", None, "فيينا", ""),
        ("CONSULT", "multilateral", 1, "قمة", "الرئيس الأميركي", "قادة دول الخليج", "كامب ديفيد", "H"),
    ],
    # Al-Watan: "Iran pays for the Houthi mercenaries" (11 August). s0 eyewitnesses in Sanaa: the Houthi militias
    # began mobilising hundreds of African mercenaries (-> MOBILIZE militia, the forty-sixth set's recruitment and the
    # tenth set's Houthi "حشد"); s1 the agreement between them and the coup leadership for 100 dollars a day (-> AGREE);
    # s2 analysts' views; s3 the analyst Naji al-Samei's charge, citing sources, that Tehran paid the mercenaries'
    # expenses (-> ACCUSE allege, coded as the charge only as the sixty-sixth set's charge of shelling); s4 the
    # disagreements inside the "revolutionary committee" (internal: not coded); s5 Iran's Afghan mercenaries in Syria
    # (the analyst's general account: not coded); s6-s8 his views and predictions (the surrenders a general account).
    "snn-bb2d04b8c1b3": [
        ("MOBILIZE", "militia", 0, ("حشد", 1), "ميليشيات التمرد الحوثي", "مئات المرتزقة الأفارقة", None, ""),
        ("AGREE", None, 1, "اتفاقا", "قيادة الانقلابيين", "المرتزقة", None, ""),
        ("ACCUSE", "allege", 3, "تكفلت بمصاريف المرتزقة", "المحلل السياسي ناجي السامعي", "طهران", None, ""),
    ],
    # Sabq: the elderly man who lost an eye and has lived on the pavements of Jeddah for 15 years (27 July). s0-s7
    # his story (the accident, the thefts and harassment, habitual and undated: not coded); s8 his appeal for a home
    # and a job (-> REQUEST assist, the thirty-first set's appeal to a minister "ناشد"); s9 the social affairs
    # director's committee to visit him (its formation not coded, an internal step) and his conditional transfer to
    # the elderly home in Mecca (-> AID [F], passive: actor null).
    "snn-4937a2a3e8f1": [
        ("REQUEST", "assist", 8, ("ناشد", 2), "المُسن", None, None, ""),
        ("AID", None, 9, "سينقل فوراً إلى دار المسنين", None, ("المسن", 1), ("مكة المكرّمة", 2), "F"),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
