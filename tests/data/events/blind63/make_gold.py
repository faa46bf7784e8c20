"""Build events-blind63.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-third events blind set; same layout and guidelines as the first
sixty-two sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind62.jsonl
and their blind/ .. blind62/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-second
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind63.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind63.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind63.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth
# to sixty-second sets' rule: here "جال" from "وجال" in the Tehran column s2, "بارك" from "وبارك" in the Paralympic
# s3, "نطالب" from "ونطالب" in the Cecil s9, "يدعو" from "ويدعو" in the dollar column s20, "يفجّر نفسه" from "ويفجّر"
# in the Maqru column s0); in actors, recipients and places the fused letter is left out otherwise ("معالي وزير
# الشؤون الاجتماعية ..." from "لمعالي", "جمعية إنسان" from "لجمعية", "أحد المعارضين السودانيين" from "لأحد" in the
# Paralympic s4 and the dollar s20); where the article's alif is elided the fused ل stays ("للأمير عبد الله بن مساعد
# ..." in the Paralympic s3, "للأبطال" there s4, "للاتفاقية" in the nuclear column s26, the forty-fifth to
# sixty-second sets' rule for "للاتفاق"); spellings as written, copied exactly ("يفجّر" with its shadda, "مثمِّناً"
# with the text's shadda-before-kasra order, "«خط فهد»" with its guillemets, "مجموعة (5+1)" with its brackets,
# "مجموعة الدول 5+1"); a string repeated in its sentence is picked by its occurrence (("بارك", 2) after "مباركاً" in
# the Paralympic s3, ("للأبطال", 1) there s4, ("إيران", 1) in the dollar s6, ("إيران", 2) and ("إيران", 1) with
# ("إسرائيل", 1) in the Okaz column s3 and s5, ("الاتحاد الكويتي لكرة القدم", 2) in the Gulf Cup s6).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to sixty-second sets: the Fish and Wildlife Service of "ونطالب" in the Cecil s9, named in s8 only;
# the parties of the nuclear agreement in the Okaz s2 and the Tehran column s0); a subject named earlier in the same
# sentence is kept for its further clauses (the young man for "يفجّر نفسه" in the Maqru s0, al-Muqairin for "بارك"
# in the Paralympic s3 and for "مهنئاً", "الشكر" and "مثمِّناً" in its s4).
GOLD = {
    # Al-Jazirah column: "what is read and logic" (25 July). s0 on the eve of Eid al-Fitr a young man of seventeen
    # killed his uncle, an officer, then took his car and blew himself up with it at a security checkpoint near the
    # gate of a prison in Riyadh (the al-Ha'ir attack of 16 July; a security fact stated in a column, the fifty-ninth
    # and sixty-first sets' rule; recent, nine days before: not historical) -> ASSAULT, mode null (the killing, no
    # method written; the ninth set's record of the same killing "قتل عبد الله الرشيد خاله") and ASSAULT suicide-attack
    # (the ninth and forty-second sets' records of the same bombing), the young man named by his description (the
    # only naming); s1-s2 how the news was read on Arab channels (the s0 attack restated: not coded again); s3-s36 the
    # writer's views on Arabic vocalisation, a poem and the link line (not coded).
    "snn-dde5e762ba56": [
        ("ASSAULT", None, 0, "يقتل", "شاب في السابعة عشرة من عمره", "خاله الضابط", None, ""),
        ("ASSAULT", "suicide-attack", 0, "يفجّر نفسه", "شاب في السابعة عشرة من عمره",
         "إحدى نقاط التفتيش الأمني القريبة من بوابة أحد السجون", "الرياض", ""),
    ],
    # Al-Jazirah sport: the Saudi Paralympic Committee receives the Los Angeles champions at three international
    # airports (7 August). s0-s1 the deputy minister of social affairs received the Special Olympics team at King
    # Khalid airport on behalf of the minister, the honouring at the reception (a domestic welcome ceremony of a
    # ministry and its own national team: not coded, the twenty-ninth to sixty-second sets' matters inside one
    # government and the sixty-first set's sport rule; the 23 medals a figure); s2 and s5 the Dammam and Jeddah groups'
    # arrival and reception (not coded, as s0); s3 the committee's president Ahmed al-Muqairin congratulated the
    # leadership (-> SUPPORT, the twenty-seventh and fifty-fourth sets' "هنأ") and Prince Abdullah bin Musaed (-> SUPPORT,
    # another recipient, "للأمير ..." with its elided alif; "بارك" picked as its second occurrence, after "مباركاً"); s4 his congratulation of the players
    # (-> SUPPORT), his conveying of Prince Abdullah's congratulation to the champions (-> SUPPORT, the prince as actor;
    # "للأبطال" with its elided alif), his thanks to the minister of social affairs (-> SUPPORT, the sets' thanks, the
    # thirty-ninth set's thanks to the same minister; the deputy, the civil aviation authority and the others in the
    # same list not coded apart) and his praise of the Insan society (-> SUPPORT, "مثمِّناً"); the committee's coming
    # ceremony (its own programme: not coded).
    "snn-de323e6e6642": [
        ("SUPPORT", None, 3, "هنأ", "رئيس اللجنة البارالمبية السعودية الأستاذ أحمد المقيرن", "القيادة الرشيدة", None, ""),
        ("SUPPORT", None, 3, ("بارك", 2), "رئيس اللجنة البارالمبية السعودية الأستاذ أحمد المقيرن",
         "للأمير عبد الله بن مساعد الرئيس العام لرعاية الشباب", None, ""),
        ("SUPPORT", None, 4, "مهنئاً", "المقيرن", "اللاعبين والجهاز الفني والإداري", None, ""),
        ("SUPPORT", None, 4, "تهنئة", "سمو الرئيس العام لرعاية الشباب الأمير عبد الله بن مساعد", ("للأبطال", 1), None, ""),
        ("SUPPORT", None, 4, "الشكر والتقدير والاعتزاز", "المقيرن",
         "معالي وزير الشؤون الاجتماعية الدكتور ماجد القصبي", None, ""),
        ("SUPPORT", None, 4, "مثمِّناً", "المقيرن", "جمعية إنسان", None, ""),
    ],
    # Al-Yaum column: "the glitter of the dollar" (1 August). s0-s5 verses; s6 the Western states raced to attend a
    # conference to boost trade between the EU and Iran held in Vienna at the end of last month (-> CONSULT
    # multilateral, the twenty-first and sixty-second sets' international meetings; recent) and an Iranian official's
    # statement that the Iranian government approved projects of European companies worth over two billion dollars
    # (-> AGREE, the fifth and thirty-third sets' approvals of deals; the passive licences and guarantees and the
    # experts' estimate not coded); s7-s19 the writer's views and questions (Iran's executions of "the last few months"
    # inside a question and its practices in al-Ahwaz and the Gulf: a series and general practices, not coded; the
    # West's approval of the agreement in s19 a bare reference inside the writer's reproach); s20 a Sudanese opponent
    # heard on the BBC calling for the West to tighten its siege of his country (-> REQUEST, mode null, the fifty-ninth
    # set's recalled call of the preachers; undated: historical by the five-week rule for undated background); s21-s30
    # the writer's questions, wishes and appeals (not coded).
    "snn-a2750e452fdf": [
        ("CONSULT", "multilateral", 6, "مؤتمر لتعزيز التجارة", "دول الغرب", ("إيران", 1), "فيينا", ""),
        ("AGREE", None, 6, "وافقت", "الحكومة الإيرانية", "شركات أوروبية", None, ""),
        ("REQUEST", None, 20, "يدعو", "أحد المعارضين السودانيين", None, None, "H"),
    ],
    # Sabq column: the health ministry and the story of Joseph (31 July). The writer's views on doctors' privileges
    # and the ministry's priorities, the changes of ministers (a general statement), his own study and cost
    # comparison (not coded). None.
    "snn-4a3cee8c444c": [],
    # Al-Riyadh: Zimbabwe requests the extradition of Cecil's killer (2 August). s0 officials said on Friday that
    # Zimbabwe had submitted a request to extradite the American dentist (-> REQUEST, mode null, the fifty-fifth set's
    # record of the same request "وطالبت زيمبابوي بتسليمها بالمر"; the person to be handed over is not a recipient)
    # who killed a famous lion (an animal's killing: not coded, the sixth and sixty-first sets); s1 the outrage, the
    # angry messages and the notes left at his clinic (a general outcry without a named actor: not coded); s2 the
    # Zimbabwean minister Oppah Muchinguri's statement that his country wants to try Palmer for his crimes (-> ACCUSE
    # allege, PLOVER "bring to trial"); s3-s5 the quotation's cut; s6 hundreds of thousands of Zimbabweans called on
    # social media for Palmer's extradition (-> REQUEST, mode null, a named collective actor); s7 the US Fish and
    # Wildlife Service opened an investigation (-> ACCUSE investigate) after Palmer admitted killing the lion (->
    # CONCEDE, the eleventh, twenty-sixth and forty-fourth sets' confessions; his statement of 28 July, recent, inside
    # an anchor and reported nowhere else in the article); s8 the Service's tweet restating the investigation (not coded
    # again); s9 its demand that Palmer or his representative contact it at once (-> REQUEST meet, PLOVER "meetings";
    # the speaker only in s8: actor null); s10 the online anger (not coded); s11 the UN passed its first resolution on
    # wildlife crime on Thursday (-> AGREE, the fiftieth set's adoption of a plan by a summit, the twelfth set's
    # votes); s12 the German ambassador's anger at what happened to the lion (-> ACCUSE disapprove, recipient null, the
    # thirty-fourth and fifty-ninth sets' condemnations without a named target); s13 the Gabonese minister's hope (a
    # wish: not coded) and the investigation opened by the Zimbabwean authorities, still under way (-> ACCUSE
    # investigate, an event with its own actor inside a relative clause, reported nowhere else); s14-s18 the hunt (an
    # animal's killing: not coded; the payment a detail); s19-s21 the pressure for legal protection and the US
    # Endangered Species Act (standing laws and a domestic regulatory decision: not coded).
    "snn-be71e39b1ec7": [
        ("REQUEST", None, 0, "قدمت طلبا", "زيمبابوي", None, None, ""),
        ("ACCUSE", "allege", 2, "محاكمة", "وزير البيئة والحياة البرية الزيمبابوي أوبا موشينجري", "بالمر", None, ""),
        ("REQUEST", None, 6, "دعوا", "مئات الآلاف من الزيمبابويين", None, None, ""),
        ("ACCUSE", "investigate", 7, "تحقيقا", "الهيئة الأمريكية للأسماك والحياة البرية", None, None, ""),
        ("CONCEDE", None, 7, "اعترف", "بالمر", None, None, ""),
        ("REQUEST", "meet", 9, "نطالب", None, "الدكتور بالمر أو ممثله", None, ""),
        ("AGREE", None, 11, "مررت أول قرار", "الأمم المتحدة", None, None, ""),
        ("ACCUSE", "disapprove", 12, "غاضب", "سفير ألمانيا لدى الأمم المتحدة هارالد براون", None, None, ""),
        ("ACCUSE", "investigate", 13, "التحقيق", "السلطات الزيمبابوية", None, None, ""),
    ],
    # Okaz column: "the godfather of lies (2)" (10 August). s0 Iran's record of UN, US and European sanctions (a
    # standing series: not coded); s2 after hard negotiations the last nuclear agreement emerged (-> AGREE, the
    # fifty-seventh to sixty-second sets' nuclear agreement in columns; 14 July, 27 days before: recent; its parties
    # named only for the negotiations: actor null, as the sixty-second set's Vienna signing); s3 Iran's failure to
    # cross the "Fahd line" in 1984, which proved the Saudi air force's superiority (-> ASSAULT [H], mode null, an
    # attempted incursion, PLOVER "attempted", the sixty-first set's battle of Uhud recalled; "إيران" its second
    # occurrence) and Iran's development of long-range missiles (a standing programme: not coded); s4 its reactors (a
    # general practice); s5 Iran's earlier claim that its missiles would be used to attack Israel if attacked (->
    # THREATEN violence [H], a conditional threat, undated) and the hostile statements of Tehran's politicians (a
    # general series: not coded); s6 Prince Turki al-Faisal's statement a few months ago that the Kingdom would own
    # nuclear weapons to the same degree as Iran (-> THREATEN [H], mode null, a deterrent warning whose content is not
    # a PLOVER mode; months before: historical) and the writer's views; s7 views; s8 Khomeini's words after the war (a
    # quotation of 1988: not coded) and the Kingdom's blows to his agents (a bare reference); s9 King Fahd's decision in
    # the 1980s to acquire ballistic missiles (-> MOBILIZE weapons [H], PLOVER "increase readiness of weapons
    # systems"); s10-s14 the writer's appeal and e-mail line (not coded).
    "snn-cbc8f015fe2b": [
        ("AGREE", None, 2, "الاتفاق النووي الأخير", None, None, None, ""),
        ("ASSAULT", None, 3, "اجتياز «خط فهد»", ("إيران", 2), None, None, "H"),
        ("THREATEN", "violence", 5, "ستستخدم لمهاجمة إسرائيل", ("إيران", 1), ("إسرائيل", 1), None, "H"),
        ("THREATEN", None, 6, "صرح", "الأمير تركي الفيصل", None, None, "H"),
        ("MOBILIZE", "weapons", 9, "امتلاك المملكة لصواريخ باليستية", "الملك فهد", None, None, "H"),
    ],
    # Al-Jazirah column: "silent disobedience" (31 July). The writer's views on filial piety, an anecdote of a man's
    # regular visits to his late father's friend (a private visit: not coded, the fifty-ninth set's) and of a
    # well-known man in an old people's home (not coded). None.
    "snn-59b084061ae9": [],
    # Al-Jazirah column: "announcements of defeat in Tehran" (7 August). s0 since the signing of the nuclear agreement
    # with the 5+1 (-> AGREE, an event with its own recipient inside an anchor, reported nowhere else in the article,
    # the thirty-fourth set's anchors and the fifty-ninth set's "بعد إعلان الاتفاق النووي"; Iran implied: actor null;
    # recent) the Iranian officials have kept speaking a conciliatory language (a series of statements: not coded);
    # s2 Zarif toured several states of the region to sell this talk (-> CONSULT visit, his tour of late July and
    # early August, recent; "عدد من دول المنطقة" vague: place null); s4-s49 the writer's views on Iran (its allies,
    # economy, war of attrition and dialogue: views and general statements, not coded) and the link line.
    "snn-b7d9271e7c7c": [
        ("AGREE", None, 0, "توقيع الاتفاق النووي", None, "مجموعة (5+1)", None, ""),
        ("CONSULT", "visit", 2, "جال", "وزير الخارجية الإيراني محمد جواد ظريف", None, None, ""),
    ],
    # Al-Madina: loitering in the streets, the young people's Eid (21 July). Young men of Taif criticise the lack of
    # places for them and tell how they spend Eid (complaints without a named recipient and habitual family visits:
    # not coded, as the forty-sixth set's elderly on the Eid costs). None.
    "snn-c89550aa9510": [],
    # Asharq Al-Awsat sport: disputes between al-Fahd and the sport authority postpone the 23rd Gulf Cup in Kuwait (4
    # August). s0-s1 the Kuwaiti federation's apology for hosting in December and its causes (the disputes with the
    # Public Authority for Youth and Sport inside one state: not coded, the sixty-first set's sport rule); s2 the
    # source's forecast of a final apology (a prediction: not coded) and Qatar's expressed readiness to organise the
    # tournament (-> AGREE, the thirty-fourth set's expressed willingness, an event with its own actor inside a
    # relative clause); s3 the Iraqi federation's president's refusal to confirm or deny (a statement: not coded);
    # s4 the Iraqi federation's earlier apology for hosting (its own hosting: not coded, as s0); s5 the Gulf
    # officials' expectation (a prediction); s6 the Kuwaiti federation's president announced the agreement of the Gulf
    # federations' secretaries on the Kuwaiti federation's request to postpone the 23rd Gulf Cup (-> AGREE, the
    # fortieth set's agreement of two national federations, here of several states' federations; the request is the
    # object of the agreement, not coded apart; "الاتحاد الكويتي لكرة القدم" its second occurrence); s7 the request's
    # reasons restated and the presidents of the Gulf federations to consider the recommendation at their meeting in
    # December (-> CONSULT multilateral [F], the sets' planned meetings); s8-s10 the Saudi secretary-general's words (the
    # s6 decision restated: not coded again; "we stand with Kuwait" a view).
    "snn-5b705357fed7": [
        ("AGREE", None, 2, "أبدت استعدادها للتنظيم", "دولة قطر", None, None, ""),
        ("AGREE", None, 6, "اتفاق", "أمناء سر الاتحادات الخليجية لكرة القدم", ("الاتحاد الكويتي لكرة القدم", 2), None, ""),
        ("CONSULT", "multilateral", 7, "اجتماعهم", "رؤساء الاتحادات الخليجية", None, None, "F"),
    ],
    # Al-Yaum column: harassment and strict punishment (26 July). The writer's views on harassment and the need for a
    # deterrent law; s1 the Jeddah harassment of two girls "still reverberating" (a bare reference, the writer's
    # occasion; the harassment itself was not coded by the fifth and thirty-first sets either). None.
    "snn-93861f947d58": [],
    # Al-Watan column: "this is my opinion" (21 July). s0 the 5+1 reached an agreement with Iran on its nuclear
    # programme (-> AGREE, the fifty-seventh to sixty-second sets' nuclear agreement in columns; 14 July, recent); s1-s19
    # the writer's analysis (Iran's spending, its strategic depth, its spreading of influence: views and general
    # practices, not coded); s20 the US administration's efforts and the Republicans' opposition (standing) and the
    # agreement restated (not coded again); s22 Saudi Arabia's position with any agreement that prevents a nuclear
    # weapon (a general statement of policy: not coded, the thirty-fourth set's rule); s26 Israel's rejection of the
    # agreement named in a comparison "كما فعلت إسرائيل" (-> REJECT, the thirty-first and sixty-second sets' rejections
    # of the agreement with the agreement as recipient; "للاتفاقية" with its elided alif, the forty-fifth to
    # sixty-second sets' "للاتفاق"), the Kingdom's own rejection hypothetical and negative (not coded).
    "snn-e378fb3bda5a": [
        ("AGREE", None, 0, "توصلت", "مجموعة الدول 5+1", "إيران", None, ""),
        ("REJECT", None, 26, "فعلت", "إسرائيل", "للاتفاقية", None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
