"""Build events-blind62.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-second events blind set; same layout and guidelines as the first
sixty-one sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind61.jsonl
and their blind/ .. blind61/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-first
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind62.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind62.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind62.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth
# to sixty-first sets' rule: here "رفضهم" from "لرفضهم" in the Ibsar s0, "طالب" from "وطالب" there s3, "اتهم" from
# "واتهم" in the South Sudan s12, "حذر" from "وحذر" there s11, "امهل" from "وامهل" there s10, "شكر خاص" from "بشكر" in
# the trust column s10, "زيارة" from "بزيارة" there s9, "طرد" standing whole in the Aden s9); in actors, recipients
# and places the fused letter is left out otherwise; where the article's alif is elided the fused ل stays
# ("للسلطان قابوس ولدولة عمان" in the trust column s10, "للأمم المتحدة" in the Aden s5, the forty-fifth to sixty-first sets' rule for "للاتفاق"); spellings as written, copied exactly (the hamza-less "اوبراين", "امهل", "الافارقة",
# "الاميركي" and "اوباما" of the South Sudan copy, "حصارًا" with its tanwin, "(431) مطلوبا أمنيا" with its brackets,
# "«ميجي ياسودا»" and the other company names with their guillemets, "بلو" without its quotation marks); a string
# repeated in its sentence is picked by its occurrence (("عدن", 2) in the Aden s0, ("الاتفاق", 1) in the trust column
# s4, ("الجمهوريين", 2) in the Clinton s12, ("كلينتون", 1) in its s17, ("طالب", 1) before "مطالباً" in the Ibsar s3).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to sixty-first sets: the implied Obama of "مهددا" in the trust column s3, the parties of the Vienna
# signing and the Lausanne declaration there s0, the implied Clinton of "وقالت" in the Clinton s9, the passive "سيتم
# عقد" and "تم الاتفاق" of the climate s2 and s5, the ship of the Aden s0, the army implied in the South Sudan s2); a
# subject named earlier in the same sentence is kept for its further clauses (the Hadi fighters for "سيطرتهم" in the
# Aden s6, the local fighters for "تقدموا" and the coalition's strikes for "استهدفت" in its s17, the venues for
# "رفضهم" in the Ibsar s0, "كلينتون" for "دعت" in the Clinton s12).
GOLD = {
    # Al-Riyadh health page: the stomach, source of health and illness (7 August). Medical information and the
    # writer's advice. None.
    "snn-ecdeafe67c01": [],
    # Asharq Al-Awsat (New York Times service): Meiji Yasuda acquires StanCorp Financial for 5 billion dollars (26
    # July). s0 Meiji Yasuda announced on Friday that it had reached an agreement to acquire StanCorp (-> AGREE, the
    # fifth and thirty-third sets' agreements between companies); s1-s12 its aims, terms, figures and the pending
    # approval (the deal's details: not coded again); s13 Tokio Marine's announcement in June that it would acquire
    # HCC (-> AGREE [H], a deal of June, more than five weeks before the article; the thirty-third set's companies'
    # agreements recalled) and s15 Dai-ichi's agreement of 2014 to buy Protective Life (-> AGREE [H]; its year cut to
    # s16 by the decimal point); s17 the Japanese insurers' shareholdings in Indonesia (standing: not coded); s18 Meiji
    # Yasuda's purchase of Pacific Guardian in 1976 and s25 its merger of 2004 (the company's history: not coded);
    # s21 StanCorp's chief's words, s23-s24 the go-shop period and the termination fee (terms), s28 the advisers
    # (business services): not coded.
    "snn-d50e492d7391": [
        ("AGREE", None, 0, "توصلت إلى اتفاق", "شركة «ميجي ياسودا» اليابانية",
         "مجموعة «ستان كوربوريشين فاينانشال» الأميركية", None, ""),
        ("AGREE", None, 13, "ستستحوذ", "شركة «طوكيو مارين هولدينغز»", "«إتش سي سي إنشورانس هولدينغز»", None, "H"),
        ("AGREE", None, 15, "اتفاق لشراء", "«داي إيتشي»", "شركة «بروتيكتيف لايف كوربوريشين» الأميركية", None, "H"),
    ],
    # Al-Madina economy: Middle East governments study new taxes (27 July). An Ernst & Young conference in London,
    # its consultants' views and forecasts on the region's tax reforms, VAT and the OECD's BEPS initiatives (a
    # conference of one firm, views, studies and forecasts: not coded; governments' reforms and double-taxation
    # agreements a general trend). None.
    "snn-eceb53d5cfd9": [],
    # Al-Jazirah economy: the first steps of the Royal Commission's management of Jazan Economic City (4 August). The
    # royal order tasking the Royal Commission for Jubail and Yanbu, its president's meetings with the commission's
    # leaders and advisers, the plan to take over the city from Saudi Aramco and the field teams (decisions and
    # meetings inside one government and its state company: not coded, the twenty-ninth to sixty-first sets'
    # meetings inside one government); the commission's history and figures. None.
    "snn-44fe6584e027": [],
    # Asharq Al-Awsat: South Sudan's army denies the rebels' claims that it blocks supplies to starve its opponents
    # (6 August). s0 the army denied the rebels' statement that the Juba government besieges them and blocks the aid
    # (-> ACCUSE allege, the rebels' charge inside the denial, reported nowhere else with its content; and the
    # government's siege -> COERCE restrict [N], PLOVER "blockade", a denial by the actor's own side coded as the act
    # negated, the eleventh, twenty-sixth and thirty-fourth sets); s1 the UN's and the relief agencies' words on the
    # restricted access (a standing condition without an actor: not coded); s2 the army's spokesman Philip Aguer
    # denied disrupting the boats on the Nile (-> COERCE restrict [N], new content: the boats; the army implied: actor
    # null); s3 his words on the warnings and the "propaganda" (not coded); s4 the rebels' charge restated and s5 their
    # spokesman's words (the s0 charge restated: not coded again); s6 the rebels' denial that their forces attacked
    # the aid barges (-> ASSAULT [N], a denial by the actor's own side); s7 the UN relief chief Stephen O'Brien's visit
    # to South Sudan last month (-> CONSULT visit, an event with its own actor and place inside an anchor, reported
    # nowhere else in the article, the thirty-fourth set's anchors; July, recent) and his remark that the Nile ships
    # were stopped (a third party's statement of the disputed restriction, passive: not coded); s8 his renewed words
    # on the need for access (a necessity statement: not coded) and his urging of President Kiir to lift the
    # restrictions on the Nile (-> REQUEST yield, the tenth set's record of the same urging, PLOVER "easing"); s9 the
    # war began at the end of 2013 (a bare reference) when Kiir accused Machar of plotting a coup (-> ACCUSE allege
    # [H]); s10 the mediators' deadline of 17 August for a peace agreement (-> REQUEST yield, the fifty-fifth set's
    # calls for a ceasefire; the seven failed ceasefires a series); s11 Obama's warning to Kiir and Machar (-> THREATEN,
    # mode null, the content unstated, the fifty-second set's "تلويح"); s12 the rebels' charge of "genocide" (->
    # ACCUSE allege, new content) and their view on the coming Addis Ababa talks (a prediction: not coded); s13 Kiir's
    # and Machar's failure to reach an agreement in the earlier talks (-> AGREE [N][H], the third, fifth and
    # thirty-fourth sets' failures to agree; undated earlier rounds); s14-s16 figures and the relief agencies'
    # warnings of last month (not threats: not coded).
    "snn-b529baa234a1": [
        ("ACCUSE", "allege", 0, "أعلنه", "المتمردون", "حكومة جوبا", None, ""),
        ("COERCE", "restrict", 0, "تفرض عليهم حصارًا", "حكومة جوبا", None, None, "N"),
        ("COERCE", "restrict", 2, "تعطيل", None, "المراكب التي تعبر النيل", None, "N"),
        ("ASSAULT", None, 6, "هاجمت", "قواتنا", "البوارج التي كانت تحمل مؤن الاغاثة", None, "N"),
        ("CONSULT", "visit", 7, "زيارة", "مسؤول عمليات الاغاثة في الأمم المتحدة ستيفن اوبراين", None,
         "جنوب السودان", ""),
        ("REQUEST", "yield", 8, "حث", "اوبراين", "الرئيس سلفا كير", None, ""),
        ("ACCUSE", "allege", 9, "اتهم", "كير", "مشار", None, "H"),
        ("REQUEST", "yield", 10, "امهل", "الوسطاء الافارقة والدوليون", "المتقاتلين", None, ""),
        ("THREATEN", None, 11, "حذر", "الرئيس الاميركي باراك اوباما", "كير ومشار", None, ""),
        ("ACCUSE", "allege", 12, "اتهم", "المتمردون", "الحكومة", None, ""),
        ("AGREE", None, 13, "التوصل إلى اتفاق", "كير ومشار", None, None, "NH"),
    ],
    # Al-Eqtisadiah: video games and smartphone platforms, the latest fashion of extremists recruiting the young (24
    # July). Researchers' and experts' observations of ISIS's use of games and applications and their advice (a
    # general practice and views, no dated act: not coded, the fifty-ninth set's ISIS recruitment of children). None.
    "snn-e3c6df97a507": [],
    # Al-Jazirah economy: 40 states negotiate to prepare the climate conference (8 August). s0 the French foreign
    # minister Laurent Fabius invited the ministers, heads and delegations of 40 states to meet in Paris on 30
    # November (-> CONSULT multilateral [F], the convened meeting, the twenty-first set's NATO meeting "دعا ... إلى
    # اجتماع طارئ" with the convener as actor; the invitees as recipient); s1 his view (not coded); s2 another meeting in
    # Paris on 6-7 September (-> CONSULT multilateral [F], passive: actor null) and the four states entrusted with
    # facilitating the talks (a procedure: not coded); s3-s4 the Egyptian minister Khaled Fahmy's views and the review
    # mechanism (not coded); s5 his statement that it was agreed in the periodic preparatory meetings with the
    # international parties (-> AGREE, passive: actor null; recent, undated within the preparations) and the Green
    # Climate Fund board's approval of splitting the funding (a decision inside one body: not coded); s6-s8 figures
    # and views (not coded).
    "snn-2a01e4a3d7ae": [
        ("CONSULT", "multilateral", 0, "للاجتماع", "لوران فابيوس وزير الخارجية الفرنسي",
         "وزراء ورؤساء ووفود 40 دولة", "باريس", "F"),
        ("CONSULT", "multilateral", 2, "سيتم عقد اجتماع آخر", None, None, "باريس", "F"),
        ("AGREE", None, 5, "تم الاتفاق", None, "الأطراف الدولية المعنية", None, ""),
    ],
    # Sabq: the refusal of some venues to admit the visually impaired postpones the launch of "Bina al-Amal" (31
    # July). s0 the Ibsar charity blamed a number of Jeddah's tourist and entertainment venues (-> ACCUSE disapprove,
    # the sets' criticism with a named actor and recipient) for refusing to host 40 visually impaired children and
    # their companions (-> REJECT, mode null, the venues named earlier in the sentence kept as actor); s1 its
    # secretary-general Muhammad Tawfiq Bilu's displeasure (the s0 blame restated: not coded again) and the
    # postponement of the programme (the charity's own programme: not coded); s2 the coordination's contact with the
    # Fakieh aquarium to schedule a trip (a contact for a trip: not coded); s3 Bilu's demand that the Tourism and
    # Antiquities Commission look into the venues, stop any facility barring the disabled and train their staff (->
    # REQUEST change, the fifty-third set's demands of a sector's head); s4-s5 the programme's description (not coded).
    "snn-00e47e7e0b05": [
        ("ACCUSE", "disapprove", 0, "المسؤولية", "جمعية إبصار الخيرية",
         "عدد من الجهات السياحية والترفيهية بمحافظة جدة", None, ""),
        ("REJECT", None, 0, "رفضهم", "عدد من الجهات السياحية والترفيهية بمحافظة جدة", "40 معاقاً بصرياً ومرافقيهم",
         None, ""),
        ("REQUEST", "change", 3, ("طالب", 1), "بلو", "الهيئة العامة للسياحة والآثار", None, ""),
    ],
    # Asharq Al-Awsat: Hillary Clinton uses discrimination and poverty in her campaign to attack her rival Bush (2
    # August). s0 Clinton's attack on Jeb Bush, accusing him of failing to address discrimination as governor of
    # Florida (-> ACCUSE disapprove, the forty-fifth and fifty-ninth sets' politicians' criticism); s1 the conference
    # north of Miami, Bush's refraining from a reply (not coded); s2-s7 the candidates' themes and her words (the s0
    # criticism restated and detailed: not coded again; the police shootings of young black men a general series);
    # s8 her acknowledgment of the Cuban-Americans' scepticism (a view); s9 her call at Florida International University
    # to end the embargo on Cuba (-> REQUEST yield, PLOVER "ending sanctions"; the speaker implied by "وقالت": actor
    # null) and her view that the Republicans were wrong (a view: not coded); s10-s11 and s13-s15 quotations; s12 the
    # Republicans' warning that they would defeat the vote (a standing position of the opposition in a relative
    # clause, the fifty-ninth set's Congress members' rejection: not coded) and her call on the Republicans to listen
    # to the Cuban people's demands (-> REQUEST change, a new recipient); s16 Rubio's and Bush's standing opposition
    # (not coded); s17 Bush's reply that her demand is an insult to the families (-> ACCUSE disapprove); s18-s21 her
    # health and her doctor's statement (not coded).
    "snn-b7f8b4d16ad0": [
        ("ACCUSE", "disapprove", 0, "اتهمت", "هيلاري كلينتون", "جيب بوش", None, ""),
        ("REQUEST", "yield", 9, "إنهاء الحصار المفروض على كوبا", None, None, "جامعة فلوريدا الدولية", ""),
        ("REQUEST", "change", 12, "دعت", "كلينتون", ("الجمهوريين", 2), None, ""),
        ("ACCUSE", "disapprove", 17, "يشكل إهانة", "جيب بوش", ("كلينتون", 1), None, ""),
    ],
    # Al-Watan column: the Arabs, America, Iran and the lost trust (21 July). s0 the signing of the nuclear agreement
    # in Vienna (-> AGREE, the fifty-seventh to fifty-ninth sets' nuclear agreement in columns; 14 July, recent; its
    # parties unnamed here: actor null) and the declaration of the framework agreement in Lausanne recalled in a
    # clause (-> AGREE [H], an event with its own place inside an anchor, reported nowhere else, April 2015); s1-s2
    # Obama's words on diplomacy (views); s3 his threat to use the veto if Congress rejects the agreement (-> THREATEN,
    # mode null, the content a veto, the forty-fifth and fifty-ninth sets' warnings; his name only in s0: actor null);
    # s4 Israel's rejection of the agreement (-> REJECT, the thirty-first set's rejections of the agreement with the
    # agreement as recipient) and its view that it produced a new nuclear state (the rejection's reason: not coded
    # apart); s5 Obama's address to Saudi Arabia (a statement's audience: not coded); s6 Iran's self-presentation and
    # its meddling (a general practice: not coded); s7 the US defence secretary's planned trip this week to Israel and
    # Saudi Arabia to explain the agreement (-> CONSULT visit [F], the sets' planned trips, the countries as place);
    # s8 the writer's view; s9 the Iranian foreign minister's coming visit to Qatar and Oman (-> CONSULT visit [F]);
    # s10 Iran's special thanks to Sultan Qaboos and Oman for their contribution to the agreement (-> SUPPORT, the
    # sets' thanks, the first to sixteenth sets' "شكره"); s11-s19 the writer's views and Obama's words of 2010 (a wish:
    # not coded).
    "snn-4af489667aeb": [
        ("AGREE", None, 0, "توقيع الاتفاق", None, None, "فيينا", ""),
        ("AGREE", None, 0, "إعلان اتفاق النوايا", None, None, "لوزان", "H"),
        ("THREATEN", None, 3, "مهددا باستخدام حق النقد", None, "الكونغرس", None, ""),
        ("REJECT", None, 4, "رفض", "إسرائيل", ("الاتفاق", 1), None, ""),
        ("CONSULT", "visit", 7, "سيتوجه", "وزير الدفاع الأميركي", None, "إسرائيل والسعودية", "F"),
        ("CONSULT", "visit", 9, "زيارة", "وزير الخارجية الإيراني", None, "قطر وعمان", "F"),
        ("SUPPORT", None, 10, "شكر خاص", "إيران", "للسلطان قابوس ولدولة عمان", None, ""),
    ],
    # Al-Riyadh column: caring for "sport" and the right of "youth" to care (2 August). s0 the interior ministry's
    # announcement on the first day of Eid (18 July) of the arrest of 431 security suspects of the sleeper cells
    # (-> COERCE arrest, the sixth and twenty-fifth sets' records of the same arrests; a fact stated in a column,
    # the sixty-first set's Uhud column; recent, within five weeks: not historical) and the citizens' praise of the
    # security men (a general mood: not coded); s1-s15 the writer's views on the youth, the blame on several bodies
    # (without an actor), the General Presidency of Youth Welfare and her proposal (views: not coded). One record.
    "snn-dbab593913d8": [
        ("COERCE", "arrest", 0, "القبض", "وزارة الداخلية", "(431) مطلوبا أمنيا", None, ""),
    ],
    # Al-Eqtisadiah: the first UN aid ship arrives at Aden port (22 July). s0 a ship carrying food aid for the
    # besieged city's people docked in its port on Tuesday (-> AID, the fifteenth and fifty-seventh sets' arrivals of
    # aid; the ship: actor null) while the fighting continued in its northern districts (-> ASSAULT, mode null, the
    # lead with its unnamed sides "الفصائل المتناحرة"; the place anaphoric: null); s1 the ship carries UN food aid
    # for 180,000 people (-> AID, new content: the UN as actor); s2-s4 the WFP's statement on the ship's wait and its
    # blocked attempts (not coded); s5 the two UN truck convoys of last week (-> AID) and the closed airport (not
    # coded); s6 the pro-Hadi fighters and the Popular Resistance fought to retake the northern districts from the
    # Houthis on Tuesday (-> ASSAULT, the details with the named sides and place) a day after completing their control
    # of the city centre (-> COERCE seize, an event inside an anchor, reported nowhere else; the centre anaphoric:
    # place null); s7 the artillery exchange of the Houthis and their army allies with the pro-Hadi forces in Dar Saad
    # and al-Alam (-> ASSAULT heavy-weapons, the first set's exchanges: the subject as actor, the other side as
    # recipient); s8 the Houthi shelling that killed a family of eight in Dar Saad (-> ASSAULT heavy-weapons, the
    # nineteenth and twenty-fourth sets' Houthi shelling); s9 the local anti-Houthi forces' capture of the airport and
    # expulsion of the Houthis from their last stronghold in the west of the city last week (-> two COERCE seize, two
    # places; the air support a bare reference); s10 the UN toll (not coded); s12 the UN's inability to move food (a
    # standing condition: not coded); s13-s14 the WFP's ships on standby and its aim (not coded); s15 the
    # government's and the coalition's aim (not coded); s16 a local commander's words on the operation (the s6 fighting
    # restated: not coded again); s17 the local fighters' advance into the Aqan area of Lahj (-> ASSAULT, the
    # thirty-fifth to fiftieth sets' advances) and the coalition air strikes that killed about eight Houthi fighters
    # there (-> ASSAULT aerial; "هناك" anaphoric: place null) and targeted the Houthi positions in al-Dhale (->
    # ASSAULT aerial, another target and place); s18 the UAE technical team arrived to repair the airport (-> AID, the
    # nineteenth set's record of the same team; the airport named only as the city's: place null).
    "snn-89ae8008e6a7": [
        ("AID", None, 0, "رست", None, "سكان مدينة عدن اليمنية المحاصرة", ("عدن", 2), ""),
        ("ASSAULT", None, 0, "القتال", "الفصائل المتناحرة", None, None, ""),
        ("AID", None, 1, "مساعدات غذائية", "الأمم المتحدة", None, None, ""),
        ("AID", None, 5, "وصلت", "للأمم المتحدة", None, None, ""),
        ("ASSAULT", None, 6, "خاضوا معارك", "المقاتلين الموالين للرئيس هادي ورجال المقاومة الشعبية",
         "المقاتلين الحوثيين", "الأحياء الشمالية من مدينة عدن", ""),
        ("COERCE", "seize", 6, "اكتمال سيطرتهم", "المقاتلين الموالين للرئيس هادي ورجال المقاومة الشعبية", None, None,
         ""),
        ("ASSAULT", "heavy-weapons", 7, "تبادلت", "جماعة الحوثي وحلفاؤها في الجيش",
         "القوات الموالية للرئيس هادي والمقاومة الشعبية", "منطقتي دار سعد والعلم", ""),
        ("ASSAULT", "heavy-weapons", 8, "قصفا", "الحوثيون", "أسرة من ثمانية أفراد", "منطقة دار سعد", ""),
        ("COERCE", "seize", 9, "السيطرة على المطار", "القوات المحلية المناهضة للحوثيين", None, "المطار", ""),
        ("COERCE", "seize", 9, "طرد", "القوات المحلية المناهضة للحوثيين", "الحوثيين", None, ""),
        ("ASSAULT", None, 17, "تقدموا", "مقاتلون محليون", None, "منطقة عقان في محافظة لحج", ""),
        ("ASSAULT", "aerial", 17, "ضربات التحالف الجوية", "التحالف", "ثمانية مقاتلين حوثيين", None, ""),
        ("ASSAULT", "aerial", 17, "استهدفت", "التحالف", "مواقع الحوثيين", "محافظة الضالع الجنوبية القريبة", ""),
        ("AID", None, 18, "وصل", "الإمارات", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
