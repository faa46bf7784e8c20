"""Build events-blind66.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-sixth events blind set; same layout and guidelines as the first
sixty-five sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind65.jsonl
and their blind/ .. blind65/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-fifth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind66.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind66.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind66.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف is left out of a trigger where the word stands whole (the twentieth to sixty-fifth sets' rule:
# here "وقع" from "بعد أن وقع" in the Shia column s1, "وصلت" from "هذا ووصلت" in the Lahj report s8, "دعت" from "ودعت"
# and "اعتبر" from "واعتبر" in the nuclear column s11-s12, "رد" from "ورد" in the economic column s3, "استضافت" from
# "واستضافت" in the Kuwait s9); where the article's alif is elided after a fused ل the ل stays (the forty-fifth and
# later sets' rule: "للمواطنين الكويتيين" in the Kuwait s6, "للقمة العربية" there s8, "للأمم المتحدة" in the Syria
# column s8, "للمقاومة الشعبية" and "للتحالف العربي" in the Lahj s0); the text's own spellings copied exactly (the
# Lahj report's "منطة سناح" and "مارب", the nuclear column's "الامريكي", the Saudi nuclear column's "الاخير"); the
# straight quotes of '"جيب بوش"' left outside the actor (the fifty-ninth set); a string repeated in its sentence is
# picked by its occurrence (("الإيرانيون", 1) and ("خامنئي", 1) in the Shia column s1 and s8; ("الكويت", 2),
# ("السعودية", 2), ("المملكة", 1-3) and ("الكويت", 3) in the Kuwait s1-s8; ("إيران", 1) in the nuclear column s15,
# "الإيراني" containing it; ("الأسد", 2), ("النظام", 2) and ("دي مستورا", 1) in the Syria column; ("قصف", 1) in the
# Lahj s13, "قصفت" containing it; ("المملكة", 2) in the Saudi nuclear column s37, "بالمملكة" the first; ("تصريحات", 2)
# and ("الأمير بندر", 3) in the economic column).
# Actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh to
# sixty-fifth sets: the Kuwait s9 call of the summit's implied subject, the Lahj s6 raids and s26-s27 clashes and car
# bomb, the Emirati ship of s8, the Kuwait s8 summit itself); a subject or antecedent named earlier in the same
# sentence is kept for a pronoun ("المملكة" for "دعوتها" in the Kuwait s8, "المفاوض الإيراني" for "له" in the soft-war
# column s25, "أنان" for "له" in the Syria s3).

GOLD = {
    # Okaz: the Hajj ministry hands the camps to the domestic pilgrims' companies; facilities for 20,000 Yemeni pilgrims
    # (10 August). s0-s3 the ministry's handing-over of the Mina camps and the ten government bodies' field teams (a
    # country's own Hajj preparations: not coded, the thirty-fourth set's meeting inside one ministry and the Hajj
    # committees); s4 the Yemeni deputy minister: the exceptional facilities the Saudi government gives his country's
    # pilgrims (-> CONCEDE, PLOVER "easing of administrative ... restrictions on persons"; new, see SOURCE); s5 the
    # quota (not coded); s6 the Yemeni ministry's delegation met the Saudi Hajj minister on 15 March (-> CONSULT visit
    # [H], five months before); s7 arrivals expected (not coded); s8 the coordination and the proposal of visas at the
    # ports or a temporary diplomatic office (a proposal without an actor: not coded); s9 his views.
    "snn-8d128c4b13c2": [
        ("CONCEDE", None, 4, "التسهيلات الاستثنائية", "حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز",
         "20 ألف حاج يمني", None, ""),
        ("CONSULT", "visit", 6, "التقى", "وفد وزارة الحج اليمنية", "وزير الحج الدكتور بندر حجار", None, "H"),
    ],
    # Al-Jazirah: fireworks over Riyadh during Eid (21 July). The municipality's fireworks, its coordination with the
    # civil defence and the Red Crescent, the folklore shows at al-Diriyah (festivities inside one city: not coded, the
    # thirty-fourth set's Eid customs). None.
    "snn-6106e7fc4adb": [],
    # Al-Yaum column (translated): "Samsung's win is South Korea's loss" (26 July). The shareholders' vote on the
    # merger, Elliott's campaign, the media's attacks on Singer (unnamed "sympathisers" and media reports: not coded,
    # the fifty-ninth set's rumours without an actor), Hyundai's purchase (business) and the writer's views. None.
    "snn-d22783013268": [],
    # Sabq column: the "Keek" application (22 July). Views on social media. None.
    "snn-d985d97f1f69": [],
    # Al-Watan column: "the soft world war and Iran's defeat" (21 July). s0-s3 the world wars and the Cold War (bare
    # references); s4 and s14 the sanctions (standing: not coded); s6 "Iran's submission to the international
    # community's conditions" (the writer's reading of the agreement, not named as one: not coded); s10-s23 views and
    # general accounts (Hamas's tunnels, Assad, al-Maliki, the Houthis: not coded); s25 Mogherini's warning to the
    # Iranian negotiator "to behave or leave the negotiations" (-> THREATEN relations, PLOVER "threaten to suspend ...
    # ongoing talks", the forty-third set's PKK threat; during the Vienna talks, recent; the recipient the negotiator
    # named earlier in the sentence for "له"); s29-s43 views.
    "snn-bd1047e4d3bd": [
        ("THREATEN", "relations", 25, "تحذيرا",
         "الممثل الأعلى لسياسة الأمن والشؤون الخارجية في الاتحاد الأوروبي السيدة فيديريكا موغيريني",
         "المفاوض الإيراني", None, ""),
    ],
    # Al-Jazirah column: "Lebanon's Shia and the nuclear agreement" (11 August). s0 the two poles (views); s1 "after the
    # Iranians signed the agreement" (-> AGREE, an anchor, the sixty-fourth and sixty-fifth sets' columns), restated
    # in s2 and s5 (not coded again); s6 speculation (not coded); s8 Khamenei's Eid al-Fitr sermon reassuring his
    # agents, Hezbollah among them, of continued support (-> AGREE, the nineteenth set's record of the same sermon
    # "تأكيده على استمرار" and the fifty-ninth set's pledge of continued support; 18 July: recent); s9-s12 views and the
    # link line.
    "snn-0df9698f1f1b": [
        ("AGREE", None, 1, "وقع", ("الإيرانيون", 1), None, None, ""),
        ("AGREE", None, 8, "طمأن", ("خامنئي", 1), "عملاءه", None, ""),
    ],
    # Al-Watan: "a quarter of a century witnesses the Kingdom's protection of Arab national security" (2 August), on
    # the anniversary of Iraq's invasion of Kuwait, with two experts' statements. Their views and the parallel with
    # Yemen (s0 "حزم ... في اليمن", s7: a bare reference and a standing position) not coded; the facts of 1961 and
    # 1990-91 in their words coded [H] (the sixty-fifth set's interview: facts in answers coded, views not; the
    # sixty-first set's timeline of the same war): s1 Saddam's occupation of Kuwait (-> ASSAULT [H], the forty-first
    # and fifty-first sets' "غزا/تغزو الكويت"; restated s6, s8, s11: not coded again) and King Fahd's saying that Kuwait
    # and Saudi Arabia are one country (-> SUPPORT [H], a head of state's solidarity, the sixty-fourth set's al-Azhar
    # solidarity); s5 Saudi Arabia's joining the coalition (-> COOPERATE [H], mutual military cooperation); s6 its
    # insistence on the Iraqi withdrawal (-> REQUEST yield [H], the sixty-first set's Security Council demand; restated
    # by al-Ash'al in s8, not coded again) and its aid to the Kuwaiti citizens (-> AID [H]); s7 Qasim's threat of 1961
    # to occupy Kuwait (-> THREATEN territory [H]; the Saudi "تصدت" to it not coded, vague); s8 the Kingdom's call for
    # the Arab summit of 10 August 1990 (-> REQUEST meet [H], the actor the antecedent of "دعوتها"), the summit (->
    # CONSULT multilateral [H], the sixty-first set) and its support for Kuwait (-> SUPPORT [H]); the GCC's founding of
    # 1981 (a bare date) not coded; s9 the call to activate the joint Arab defence treaty (-> REQUEST assist [H], the
    # summit's implied subject: actor null), the hosting of the coalition's forces at Hafr al-Batin (-> COOPERATE [H])
    # and the military operations of 16 January - 28 February 1991 (-> ASSAULT [H]); s10 the hosting of the Kuwaiti
    # leadership at Taif (-> AID [H]) and the UN resolution barring the use of Kuwait's funds (-> SANCTION discontinue
    # [H], PLOVER "international sanctions"); s11 the Kuwaiti government's formation at Taif (internal: not coded).
    "snn-069737618465": [
        ("ASSAULT", None, 1, "احتلال", "صدام حسين", None, "دولة الكويت", "H"),
        ("SUPPORT", None, 1, "مقولة الملك الخالدة", "الملك الراحل فهد بن عبدالعزيز", ("الكويت", 2), None, "H"),
        ("COOPERATE", None, 5, "انضمام", ("السعودية", 2), "قوات التحالف", None, "H"),
        ("REQUEST", "yield", 6, "أكدت", ("المملكة", 1), None, None, "H"),
        ("AID", None, 6, "تقديم كل الدعم والعون", ("المملكة", 2), "للمواطنين الكويتيين", None, "H"),
        ("THREATEN", "territory", 7, "هدد", "عبدالكريم قاسم", ("الكويت", 2), None, "H"),
        ("REQUEST", "meet", 8, "دعوتها", ("المملكة", 3), None, None, "H"),
        ("CONSULT", "multilateral", 8, "للقمة العربية", None, None, None, "H"),
        ("SUPPORT", None, 8, "أكدت على دعم", "القمة", ("الكويت", 3), None, "H"),
        ("REQUEST", "assist", 9, "ضرورة تفعيل اتفاقية الدفاع العربي المشترك", None, None, None, "H"),
        ("COOPERATE", None, 9, "استضافت", "المملكة", "جميع قوات التحالف الدولي", "حفر الباطن", "H"),
        ("ASSAULT", None, 9, "العمليات العسكرية", "السعودية", None, None, "H"),
        ("AID", None, 10, "استضافت", "السعودية", "القيادة الشرعية الكويتية", "الطائف", "H"),
        ("SANCTION", "discontinue", 10, "يحظر", "الأمم المتحدة", "الكويت والعراق", None, "H"),
    ],
    # Al-Yaum column: "the nuclear agreement between Iran and the West" (22 July). s0 Iran and the West reached the
    # agreement in Vienna (-> AGREE, 14 July: recent); s1 the break of diplomatic relations in 1980 (-> SANCTION
    # discontinue [H], PLOVER "break ... diplomatic ... exchanges"; the sixty-fourth set's 2012 sanctions in a column);
    # s2-s3 Obama's quoted words and s4-s5 the terms (not coded); s6 Rouhani's promise that Iran will never seek the
    # bomb (-> AGREE, PLOVER "promise ... commitment"); s7 the lifting (future: not coded) and s8 the arms embargo
    # renewed (a term of the agreement, passive: not coded); s9 Iran's demand to lift the embargo backed by Moscow (->
    # REQUEST yield, PLOVER "ending sanctions", and SUPPORT for Moscow's backing; during the talks: recent); s11 Paris's
    # call on Tehran to help end the Syrian conflict (-> REQUEST assist, the thirtieth and thirty-first sets' calls);
    # s12 the House Speaker's criticism of the agreement (-> ACCUSE disapprove, the fifty-ninth set's Netanyahu); s13 the
    # Saudi responsible source's statement on the agreement (-> SUPPORT, the twenty-ninth and sixty-fifth sets' Saudi
    # welcome) and s15 his call that Iran use its resources for its development instead of unrest (-> REQUEST change,
    # the sixty-fourth set's al-Azhar demand); s14 the standing sanctions, s16-s27 views (not coded; s26 "توقع معها
    # اتفاقا" the same agreement, not coded again).
    "snn-4f90da618bc1": [
        ("AGREE", None, 0, "توصلت", "إيران والغرب", None, "فيينا", ""),
        ("SANCTION", "discontinue", 1, "قطع علاقاتهما الدبلوماسية", "إيران والولايات المتحدة", None, None, "H"),
        ("AGREE", None, 6, "وعد", "الرئيس الإيراني", None, None, ""),
        ("REQUEST", "yield", 9, "طلب", "إيران", None, None, ""),
        ("SUPPORT", None, 9, "المدعوم", "موسكو", "طلب إيران", None, ""),
        ("REQUEST", "assist", 11, "دعت", "باريس", "طهران", None, ""),
        ("ACCUSE", "disapprove", 12, "اعتبر", "رئيس مجلس النواب الامريكي", "هذا الاتفاق", None, ""),
        ("SUPPORT", None, 13, "صرح", "مصدر مسؤول", None, None, ""),
        ("REQUEST", "change", 15, "على إيران أن تستغل", "المصدر", ("إيران", 1), None, ""),
    ],
    # Asharq Al-Awsat column (Fayez Sarah): "the paths of failure to solve Syria" (9 August). s0 the revolution and the
    # regime's description (views); s1 the successive Saudi, Turkish, Jordanian and Qatari mediation efforts and the
    # League's (a general account: not coded, the sixty-fourth set's series); s2 Annan reaching with the Action Group
    # the Geneva I communique of June 2012 (-> AGREE [H]); s3 the regime's and its allies' obstruction (a general
    # charge: not coded), Annan's last visit to Damascus meeting Assad (-> CONSULT visit [H]) and his ending of his
    # mission (-> SANCTION withdraw [H], PLOVER "withdraw oneself ... from a ... mediation activity"); s4 Brahimi's
    # failure (general); s5 Geneva II (a bare reference: not coded), the regime's chemical crime (-> ASSAULT
    # unconventional [H], August 2013) and Brahimi's abandoning of his mission (-> SANCTION withdraw [H]); s6 de
    # Mistura's appointment (not an event type); s7 his Aleppo effort and consultations (general: not coded); s8 his
    # recent report to the United Nations (-> CONSULT multilateral, the thirty-fourth set's briefing of the Security
    # Council; 29 July: recent) and his plan (an announcement of a plan: not coded); s9-s10 views and standing support.
    "snn-30014a76661d": [
        ("AGREE", None, 2, "وصوله", "كوفي أنان", "مجموعة العمل الدولية", None, "H"),
        ("CONSULT", "visit", 3, "زيارة", "أنان", ("الأسد", 2), "دمشق", "H"),
        ("SANCTION", "withdraw", 3, "إنهاء مهمته", "أنان", None, None, "H"),
        ("ASSAULT", "unconventional", 5, "جريمة الكيماوي", ("النظام", 2), None, None, "H"),
        ("SANCTION", "withdraw", 5, "يتخلى عن مهمته", "الإبراهيمي", None, None, "H"),
        ("CONSULT", "multilateral", 8, "تقديمه لتقريره", ("دي مستورا", 1), "للأمم المتحدة", None, ""),
    ],
    # Al-Riyadh: dozens of putschists killed in clashes and coalition raids in Lahj; the Houthis shell Taiz (22 July).
    # s0 the clashes in the al-Anad area (-> ASSAULT, mode null, the resistance as actor and the Houthi and Saleh
    # fighters as recipient, the eighth set's "مواجهات عنيفة") with the coalition's air support (-> AID, the thirteenth
    # and fiftieth sets' "إسناد"); s1 the toll (not coded); s2 the coalition's raids on al-Anad base and Labuza camp
    # (-> ASSAULT aerial, the targets as place as the eighth set); s3 the raids on Sanah (-> ASSAULT aerial; "منطة" as
    # written); s4 the Houthis' flight from Aden (-> RETREAT withdraw, the thirteenth and thirtieth sets' "فروا"); s5
    # the resistance's advance (-> ASSAULT, the thirty-fifth set's "تقدما"); s6 the raids north of Aden (-> ASSAULT
    # aerial, actor null); s7 the combing of Aden (-> ASSAULT, the fifty-sixth set's "تمشيط"); s8 the Emirati ship of
    # medical aid at Aden port (-> AID, actor null as the sixty-second set's aid ship), s9 the count of ships (a series:
    # not coded), s10 its reception (not coded); s11 the WFP ship at the oil port (-> AID); s12 the Emirati Red
    # Crescent's ship expected (-> AID [F]); s13 the Houthis' shelling of Taiz (-> ASSAULT heavy-weapons), the army's
    # control of positions by the central prison (-> COERCE seize; its details s16 not coded again) and the coalition's
    # raids (-> ASSAULT aerial); s14 the clashes in the districts (-> ASSAULT, both sides in one actor phrase; the
    # shelling restated, not coded again); s15, s17-s19, s21, s24 results and tolls (not coded); s20 the resistance's
    # coordination accused the Houthis of shelling the telecom office (-> ACCUSE allege; the charge's content not coded
    # apart; s22 its description restated); s23 the Ibb resistance's attack on Houthi reinforcements (-> ASSAULT); s25
    # the coalition's raids west of Marib (-> ASSAULT aerial); s26 the clashes continuing in Marib (-> ASSAULT, actor
    # null); s27 the car bomb at a Houthi leader's house in Sanaa (-> ASSAULT explosives; s28 its details).
    "snn-a2fd34d08257": [
        ("ASSAULT", None, 0, "المواجهات الدائرة", "للمقاومة الشعبية",
         "عشرات الحوثيين ومن القوات الموالية للرئيس المخلوع علي عبدالله صالح", "منطقة العند بمحافظة لحج", ""),
        ("AID", None, 0, "اسناد جوي", "للتحالف العربي", "للمقاومة الشعبية", None, ""),
        ("ASSAULT", "aerial", 2, "غارات جوية", "مقاتلات تابعة للتحالف العربي", None,
         "قاعدة العند الجوية ومعسكر لبوزة المجاور للقاعدة بمحافظة لحج", ""),
        ("ASSAULT", "aerial", 3, "استهدفت", "طائرات التحالف العربي", None, "منطة سناح شمال مدينة الضالع", ""),
        ("RETREAT", "withdraw", 4, "فر", "عشرات من المسلحين الحوثيين", None, "مدينة عدن", ""),
        ("ASSAULT", None, 5, "تقدما ميدانيا", "مقاتلي المقاومة الشعبية", "المتمردين الحوثيين وقوات صالح",
         "الأطراف الشمالية لمحافظة عدن", ""),
        ("ASSAULT", "aerial", 6, "غارات جوية", None, None, "شمال مدينة عدن", ""),
        ("ASSAULT", None, 7, "حملات تمشيط", "قوات المقاومة الشعبية", None, "محافظة عدن", ""),
        ("AID", None, 8, "وصلت", None, None, "ميناء عدن الرئيسي", ""),
        ("AID", None, 11, "رست", "برنامج الغذاء العالمي", None, "ميناء الزيت في عدن", ""),
        ("AID", None, 12, "تصل", "الهلال الأحمر الإماراتي", None, None, "F"),
        ("ASSAULT", "heavy-weapons", 13, ("قصف", 1), "المتمردون الحوثيون وقوات صالح", None, "مدينة تعز", ""),
        ("COERCE", "seize", 13, "سيطر", "الجيش الوطني", None, "مواقع بجوار السجن المركزي في المدينة", ""),
        ("ASSAULT", "aerial", 13, "قصفت", "طائرات التحالف", None, "مناطق مختلفة من اليمن", ""),
        ("ASSAULT", None, 14, "اشتباكات", "عناصر المقاومة الشعبية والحوثيين", None,
         "أحياء حوض الأشراف والبريد والجمهوري والضباب", ""),
        ("ACCUSE", "allege", 20, "اتهم", "تنسيقي المقاومة الشعبية",
         "جماعة الحوثيين المسلحة والعناصر الموالية لصالح", None, ""),
        ("ASSAULT", None, 23, "استهدفوا", "مسلحين من المقاومة الشعبية بالمحافظة", "تعزيزات حوثية",
         "شمال مدينة القاعدة", ""),
        ("ASSAULT", "aerial", 25, "قصفت", "الطائرات المقاتلة التابعة للتحالف العربي", None,
         "جبهة الجفينة وتبة الدفاع غربي مأرب", ""),
        ("ASSAULT", None, 26, "المواجهات", None, None, "مناطق متفرقة من مارب", ""),
        ("ASSAULT", "explosives", 27, "هجوم بسيارة مفخخة", None, "منزل قيادي حوثي", "العاصمة صنعاء", ""),
    ],
    # Okaz column: "the Saudi nuclear policy" (2 August). s0-s29 views and general accounts (Israel's arsenal and its
    # refusal of inspections and of the NPT, standing positions; the Arabs' signatures "state after state", a series;
    # Iraq); s31 the recent claims of "some American media" about Saudi nuclear facilities (unnamed media: not coded,
    # the sixty-fifth set's trends without a named actor); s35 the last nuclear agreement between Iran and the 5+1
    # (-> AGREE, the construction "الاتفاق النووي ... بين" coded by the third, thirty-first and fifty-ninth sets); s37
    # the Saudi officials' habitual assurances (not coded) and the Kingdom's signature and ratification of the NPT
    # (-> AGREE [H], undated, the fifty-ninth set's agreements recalled; "المملكة" the second occurrence, the first
    # inside "بالمملكة"); s38-s49 habitual statements, the standing exclusion of the military option and views.
    "snn-8bf2c745305c": [
        ("AGREE", None, 35, "الاتفاق النووي الاخير", "إيران ودول 5+1", None, None, ""),
        ("AGREE", None, 37, "وقعت وصادقت", ("المملكة", 2), None, None, "H"),
    ],
    # Al-Riyadh column: "the Iranian-American agreement from an economic view, 4" (22 July). s0 the agreement (-> AGREE,
    # the parties in the adjectives "الأميركي الإيراني" as the sixteenth and eighteenth sets' "الإيراني"), Jeb Bush's
    # statements confirming the doubts (-> ACCUSE disapprove, recipient null) and Prince Bandar bin Sultan's
    # statement quoting Kissinger (-> ACCUSE disapprove, recipient null, the seventh and forty-fifth sets' records of the
    # same criticism); s1 Bandar's further quote (the same statement: not coded again); s3 the US administration's reply
    # that his view is "Republican" (-> ACCUSE disapprove, the forty-fifth set's Kerry reply); s4-s5 views (Decisive
    # Storm a bare reference; Iran's support for Assad, Hezbollah and the Houthis a general account: not coded).
    "snn-741bbeeccca0": [
        ("AGREE", None, 0, "الاتفاق النووي", "الأميركي الإيراني", None, None, ""),
        ("ACCUSE", "disapprove", 0, ("تصريحات", 2), "جيب بوش", None, None, ""),
        ("ACCUSE", "disapprove", 0, "صرح", "الأمير بندر بن سلطان", None, None, ""),
        ("ACCUSE", "disapprove", 3, "رد", "الإدارة الأميركية", ("الأمير بندر", 3), None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
