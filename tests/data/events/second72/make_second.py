"""Build events-second72.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 12 articles of the seventy-second events blind set (../blind72/sample.jsonl), made to measure the
agreement of two careful annotators on the long articles (the human ceiling of the events score). Same layout and
guidelines as the earlier sets (events-blind.jsonl ... events-blind71.jsonl); second50/make_second.py and
blind71/make_gold.py's conventions were the template. The first annotation of these articles was never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background, more than five weeks before the
article or undated background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: PYTHONDONTWRITEBYTECODE=1 python3 -B make_second.py  -> writes events-second72.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind72", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second72.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل left out where the word stands whole ("اعتقل" from "واعتقل", "اوقف" from "واوقف", "وجهت ايضا
# اتهامات" from "ووجهت", "زار" from "وزار", "إعفاء" from "بإعفاء", "حزب العمال الكردستاني" from "لحزب"); where the article's alif
# is elided the fused ل stays (the forty-fifth to seventy-first sets' rule: "للرئيس وللشعب المصري" in the Egypt s0,
# "للسيسي" in the Egypt s3, "للرئيس السيسي" in the Egypt s7); the text's own spellings copied exactly ("السيسى" with its alif maqsura in the
# Egypt s3, "إيـران" with its tatweel, "بو تفليقه", "غادراً"); repeated strings picked by occurrence (("السيسي", 2) in the Egypt s8, ("اجتماع", 1) and ("باريس", 1) in the Taifour s7).
# Speakers and actors named only by a pronoun ("we", "I"), an implied subject or a passive are null; a participant named
# earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Riyadh: rapid urbanisation in East Asia and the Gulf (10 August). An investment company's economic report:
    # figures, trends and forecasts. None.
    "snn-cd28b66e099f": [],
    # Al-Yaum: a religious column on persevering after Ramadan (25 July). Exhortation, hadith and verses. None.
    "snn-befc2f5eb047": [],
    # Okaz: interview with Atheel al-Nujaifi, former governor of Nineveh (1 August). s0 the "Turkish war on ISIS" named
    # in his prediction (its fact coded at s17, where its actor is written); s1, s5-s9, s11, s20, s24-s25 his views
    # and predictions (not coded; Maliki's groups formed in 2013 "to strike" the sit-ins: a formation with its aim, not
    # coded); s14 "we created the National Mobilization and trained it" (-> MOBILIZE troops, the speaker "we": null;
    # the camps' move, the coming operations with Kurdistan and the coalition: a complaint and a prediction, not coded);
    # s16-s17 Turkey's war launched against ISIS (-> ASSAULT, mode null, the recent Turkish campaign stated as a fact; the
    # cut supply lines and defections its views of the consequences); s21 the interviewer's question presupposes
    # Turkey's strikes on the PKK (-> ASSAULT, mode null: "ضربات" only; recent); s22 his view; s27 "after the signing
    # of the nuclear agreement with the international community" (-> AGREE, the sets' records of the signed agreement;
    # Iran the implied party, not written in the clause: actor null).
    "snn-3a80826703e8": [
        ("MOBILIZE", "troops", 14, "أنشأنا الحشد الوطني", None, None, None, ""),
        ("ASSAULT", None, 17, "الحرب", "تركيا", "تنظيم داعش", None, ""),
        ("ASSAULT", None, 21, "ضربات", "تركيا", "حزب العمال الكردستاني", None, ""),
        ("AGREE", None, 27, "توقيع", None, "المجتمع الدولي", None, ""),
    ],
    # Al-Yaum: the court asks Webb not to go more than 32 km (21 July). s0 Webb pleaded not guilty at his appearance
    # before the judge (a plea: not coded, the fiftieth set's denials) and was released after paying 10 million dollars
    # bail (-> RETREAT release, passive: actor null; the fifteenth and fiftieth sets' releases); s1 he handed his
    # passports to the FBI and must stay within 20 miles of the court (-> COERCE restrict, PLOVER restrictions on
    # movement; one record for the bail conditions, actor null); s2 his first appearance since his extradition (a bare
    # anchor: the extradition coded at s9 with its actor); s3 he arrived in the US last Wednesday after he agreed to his
    # extradition to the US authorities (-> CONCEDE: a party yields to a demand, the inverse of the third set's "رفضت
    # تسليمه" REJECT yield; restated with its date at s9, not coded again); s4 Webb and six other FIFA officials were
    # arrested on 27 May (-> COERCE arrest [H], 55 days before the article; Blatter's election not an event); s5 the other
    # detainees refuse to be extradited to the US (-> REJECT yield, the third set); s6 Blatter was forced to resign
    # four days after his election (-> RETREAT resign [H], early June: more than five weeks; the fourteenth set's
    # resignation) and called for a congress (an internal procedure: not coded); s7 FIFA's executive committee meets
    # tomorrow (a body's own session: not coded); s8 Webb opposed his extradition at his first hearing after his arrest
    # (-> REJECT yield [H], late May); s9 he changed his mind on 9 July, leading the Swiss government to approve his
    # deportation (-> COERCE deport, the forty-fifth set's "ترحيله"; 12 days before: recent); s10 the Swiss authorities
    # explain that the prosecutors of New York's Eastern District accuse the extradited man of bribery (-> ACCUSE
    # allege); s11 the content of the charges; s12 charges brought against 14 officials (-> ACCUSE allege, passive,
    # another recipient); s13 the court began questioning Davidson (a court hearing, like Webb's appearance: not coded);
    # s14 Davidson was arrested on 27 May in Florida (-> COERCE arrest [H]) before his release on bail (-> RETREAT
    # release [H], undated, part of the May sequence; the house arrest a condition of it, not coded apart) and is trying
    # to negotiate an agreement with the prosecutor (-> CONSULT, mode null: the negotiation is going on); s15 a new
    # hearing date (procedure); s16 the US judiciary's charge that Davidson paid Webb (the s10/s12 charges restated:
    # not coded again).
    "snn-300f45a5b168": [
        ("RETREAT", "release", 0, "أفرج عنه", None, "جيفري ويب", None, ""),
        ("COERCE", "restrict", 1, "يتعين عليه البقاء", None, "ويب", None, ""),
        ("CONCEDE", None, 3, "وافق على تسليمه", "ويب", "السلطات الامريكية", None, ""),
        ("COERCE", "arrest", 4, "اعتقل", None, "ويب مع ستة مسؤولين آخرين في الفيفا", None, "H"),
        ("REJECT", "yield", 5, "يرفض", "المعتقلون الآخرون", "الولايات المتحدة", None, ""),
        ("RETREAT", "resign", 6, "تقديم استقالته", "بلاتر", None, None, "H"),
        ("REJECT", "yield", 8, "عارض", "ويب", "الولايات المتحدة", None, "H"),
        ("COERCE", "deport", 9, "ترحيله", "الحكومة السويسرية", None, None, ""),
        ("ACCUSE", "allege", 10, "تتهم", "نيابة الاقليم الشرقي لنيويورك", "الشخص الذي تم تسليمه الى الولايات المتحدة", None, ""),
        ("ACCUSE", "allege", 12, "وجهت ايضا اتهامات", None, "14 شخصا من مسؤولين في اتحادات كروية وشركات للتسويق الرياضي", None, ""),
        ("COERCE", "arrest", 14, "اوقف", None, "دافيدسون", "فلوريدا", "H"),
        ("RETREAT", "release", 14, "يطلق سراحه", None, "دافيدسون", None, "H"),
        ("CONSULT", None, 14, "التفاوض", "دافيدسون", "المدعي العام", None, ""),
    ],
    # Asharq al-Awsat column: the dead alive and mocking on social media (27 July). s1-s3, s6-s7 the writer's reflections;
    # s4 the Egyptian interior ministry cut the internet to abort the 25 January revolution (-> COERCE censor [H], the
    # seventy-first set's Turkish Twitter halt; the Arab Spring, the Tunisian youth's advice and his own experience:
    # background, not coded); s5 radio in the world wars and the 1952 revolution (general history, not coded) and the
    # tripartite aggression on Port Said in 1956 (an example with its own place and date -> ASSAULT [H], mode null,
    # actor null: "الثلاثي" names no party; its aim of striking the radio not coded apart).
    "snn-accb29ef2ff0": [
        ("COERCE", "censor", 4, "أوقفت «النت»", "وزارة الداخلية في مصر", None, None, "H"),
        ("ASSAULT", None, 5, "العدوان الثلاثي", None, None, "بورسعيد", "H"),
    ],
    # Okaz: interview with Mohammad Farouq Taifour of the Syrian coalition (26 July). s0 most Syrian political forces
    # agreed to hold the coalition's elections away from polarisation (-> AGREE; restated at s5, not coded again; the
    # names not agreed at s5 a non-event); s1 the US administration's understanding with Iran on its nuclear programme
    # (-> AGREE, the nuclear agreement named as reached, the sets' records) and its assurance to the opposition that Syria
    # will be a priority (a statement of priorities: not coded); s2 Saud al-Faisal's death and the regime's repression
    # (not events between parties / standing); s4 efforts to find an agreement (an aim: not coded); s6 the meeting of
    # the Coordination Body with the coalition in Brussels (-> CONSULT, mode null, named as held in the question and
    # answered at s7); s7 the last Paris meeting (-> CONSULT [H]) in which a memorandum of understanding was signed
    # between the coalition and the Coordination Body (-> AGREE [H]; undated, before the Brussels meeting and "since"
    # their agreement: background); s9 Geneva 2 offered nothing - the negotiations in which he took part as vice-
    # president (-> CONSULT multilateral [H], 2014 by the text's "حين كنت نائبا"); Geneva 3 and the conditions (his
    # expectations: not coded); s11 US officials' earlier statements and the understanding restated (not coded); s16
    # the coup in Yemen (a bare reference) and al-Faisal's positions (biography); s17 the recent terrorist operations
    # (a general series); s21 Turkey hosting Syrians (standing).
    "snn-7167c53120d7": [
        ("AGREE", None, 0, "اتفقت", "معظم القوى السياسية السورية", None, None, ""),
        ("AGREE", None, 1, "تفاهمها", "الإدارة الأمريكية", "إيـران", None, ""),
        ("CONSULT", None, 6, "اجتماع", "هيئة التنسيق", "الائتلاف", "بروكسل", ""),
        ("CONSULT", None, 7, ("اجتماع", 1), None, None, ("باريس", 1), "H"),
        ("AGREE", None, 7, "التوقيع على مذكرة تفاهم", "الائتلاف والهيئة التنسيقية", None, ("باريس", 1), "H"),
        ("CONSULT", "multilateral", 9, "المفاوضات", None, None, None, "H"),
    ],
    # Al-Riyadh: al-Sisi's bilateral meetings with heads of state and government (8 August). PLOVER: in a hosted
    # visit the visitor is the actor and the host the recipient (the twenty-eighth set's al-Bashir at the canal: CONSULT
    # visit). s0 the lead: al-Sisi held several bilateral meetings with heads of state and government who attended the
    # opening (-> CONSULT visit, the visitors as actor, al-Sisi as recipient; lead beside its details) and all of them
    # congratulated the president and the Egyptian people (-> SUPPORT, the sets' congratulations); s1 the meeting with
    # Hollande on a boat (-> CONSULT visit, the host not named in the sentence; the review of relations part of it); s2
    # al-Sisi's appreciation of Hollande's personal participation in the opening (-> SUPPORT) and that participation
    # (-> CONSULT visit, the twenty-eighth set's "مشاركة"); s3 al-Sisi met Medvedev (-> CONSULT visit), who conveyed
    # Putin's greetings and congratulations (-> SUPPORT, actor Putin; Medvedev's praise part of the same message); s4
    # Medvedev's impressions (a view); s5 the review of relations and the agreement to strengthen cooperation (-> AGREE,
    # passive: actor null); s6 al-Sisi met Tsipras (-> CONSULT visit) and the agreement to increase Greek companies'
    # participation (-> AGREE, passive); s7 Tsipras's invitation to al-Sisi to visit Greece (-> AGREE, the fifth and
    # fifty-first sets' invitations; the trilateral summit inside the invited visit not coded apart); s8 al-Sisi met Ben
    # Salah (-> CONSULT visit), who handed over a letter from Bouteflika (-> CONSULT phone, the forty-first and sixty-
    # fifth sets' letters) expressing his pride in the opening (-> SUPPORT, recipient null); s9-s10 the letter's and
    # al-Sisi's statements on the relations (views and standing commitments: not coded).
    "snn-339e4e682586": [
        ("CONSULT", "visit", 0, "لقاءات ثنائية", "عدد من رؤساء الدول والحكومات", "الرئيس المصري عبدالفتاح السيسي", None, ""),
        ("SUPPORT", None, 0, "التهنئة", "عدد من رؤساء الدول والحكومات", "للرئيس وللشعب المصري", None, ""),
        ("CONSULT", "visit", 1, "اجتماعا ثنائيا", "الرئيس الفرنسي فرانسوا أولاند", None, None, ""),
        ("SUPPORT", None, 2, "تقدير", "الرئيس السيسي", "الرئيس أولاند", None, ""),
        ("CONSULT", "visit", 2, "المشاركة", "الرئيس أولاند", None, None, ""),
        ("CONSULT", "visit", 3, "التقى", "رئيس الوزراء الروسي ديمتري ميدفيديف", "الرئيس عبدالفتاح السيسى", None, ""),
        ("SUPPORT", None, 3, "تهنئة", "الرئيس الروسي فلاديمير بوتين", "للسيسي", None, ""),
        ("AGREE", None, 5, "تم الاتفاق", None, None, None, ""),
        ("CONSULT", "visit", 6, "التقى", "رئيس وزراء اليونان اليكسس تسيبراس", "الرئيس السيسي", None, ""),
        ("AGREE", None, 6, "تم الاتفاق", None, None, None, ""),
        ("AGREE", None, 7, "الدعوة", "رئيس الوزراء اليوناني", "للرئيس السيسي", None, ""),
        ("CONSULT", "visit", 8, "التقى", "عبدالقادر بن صالح، رئيس مجلس الأمة الجزائري", "الرئيس السيسي", None, ""),
        ("CONSULT", "phone", 8, "رسالة خطية", "الرئيس الجزائري عبدالعزيز بو تفليقه", ("السيسي", 2), None, ""),
        ("SUPPORT", None, 8, "فخره واعتزازه", "الرئيس الجزائري عبدالعزيز بو تفليقه", None, None, ""),
    ],
    # Al-Eqtisadiya column of a World Bank managing director: billions to trillions (27 July). s0 the joint statement at
    # the spring meetings (a publication: not coded); s3-s9 needs and options (views, figures); s10 the multilateral
    # development banks announced plans to provide more than 400 billion dollars over three years (-> AGREE, PLOVER
    # promises of aid); s11 "we pledged to work closely with partners" (-> AGREE, the writer's "we": null); s12 the
    # discussions of the Third International Conference on Financing for Development in Addis Ababa, 13-16 July (->
    # CONSULT multilateral; 11 days before: recent); s13-s22 figures, ongoing programmes and conditions (standing); s23
    # the banks pledged to engage differently with private partners (-> AGREE); s24-s25 ongoing work and needs.
    "snn-43a0030987db": [
        ("AGREE", None, 10, "خطط لتقديم تمويل", "بنوك التنمية متعددة الأطراف", None, None, ""),
        ("AGREE", None, 11, "تعهدنا", None, None, None, ""),
        ("CONSULT", "multilateral", 12, "المؤتمر الدولي الثالث للتنمية", None, None, "أديس أبابا", ""),
        ("AGREE", None, 23, "تعهدت", "بنوك التنمية متعددة الأطراف", None, None, ""),
    ],
    # Al-Watan: the Khorasan leader still wanted by Saudi Arabia (31 July). s0 Washington's announcement of al-Fadhli's
    # death in an air strike targeting him in Syria "more than a month" ago (-> ASSAULT aerial, the twenty-ninth set's
    # record of the same strike; the actor the announcing Washington, who "announced that it killed him" at s4; more
    # than a month is not clearly more than five weeks: not flagged); s1-s4 the Saudi wanted list and the doubts (a
    # standing status, restatements); s5 why Saudi Arabia listed him (a question on an undated listing: not coded); s6-
    # s9 his background role, travels and links (biography and standing charges: not coded).
    "snn-ee70eeae4bde": [
        ("ASSAULT", "aerial", 0, "غارة جوية", "واشنطن", "زعيم تنظيم خراسان الكويتي محسن فاضل الفضلي", "سورية", ""),
    ],
    # Al-Riyadh column: businessmen and the soldiers of Decisive Storm (21 July). s1 businessman Aref al-Thubaiti
    # exempted all soldiers taking part in Decisive Storm from their loans to his firm (-> AID, a gift of money to a
    # group, the sets' donations); s2 the clearance procedure (administrative); s3-s9 the writer's views and the
    # rewards to football players (sport); s10 our soldiers repelled a treacherous attack on Jazan and Najran (->
    # ASSAULT, mode null, the repellers as actor, the sixth set's "صدت الهجوم") and a treacherous Scud missile attack on
    # Khamis Mushait (-> ASSAULT heavy-weapons, the fifty-first set's Scud; attacker unnamed: null; "the recent yesterday":
    # not flagged); s12-s18 the writer's appeals, thanks and the leadership's standing care (views, general).
    "snn-6d0b6bf84dc9": [
        ("AID", None, 1, "إعفاء", "رجل الأعمال السعودي عارف الثبيتي", "جميع العسكريين المشاركين في عاصفة الحزم والمرابطين على حد الوطن الجنوبي", None, ""),
        ("ASSAULT", None, 10, "يصدون هجوما غادرا", "جنودنا البواسل", None, "جازان ونجران", ""),
        ("ASSAULT", "heavy-weapons", 10, "هجوما غادراً بصاروخ سكود", None, None, "خميس مشيط", ""),
    ],
    # Asharq al-Awsat: Tehran to raise oil output on the lifting of sanctions (3 August). s0-s7 the minister's
    # expectations and plans (future, commerce: not coded); s8 "I sent a letter to OPEC" (-> CONSULT phone, the
    # sets' letters; the quoted "I": null) and "we will not ask anyone's permission" (a view); s9-s10, s12-s13 aircraft
    # purchases (commerce); s11 the nuclear agreement concluded on 14 July in Vienna between Iran and the six powers (->
    # AGREE, recent); s14 its terms; s15 an April statement of needs; s16 the US ban since 1995 (a standing sanction:
    # not coded, the seventy-first set); s17 the ban partially lifted (-> CONCEDE [H], the seventy-first set's partial
    # easing) under the interim agreement signed in November 2013 between Iran and the six powers (-> AGREE [H]); s18
    # investment opportunities (future); s19 many foreign businessmen and officials visited Tehran since 14 July (->
    # CONSULT visit, a bounded recent wave with a written collective actor; the expected arrivals not coded); s20-s22
    # the car market and the agreement restated.
    "snn-d806457b514a": [
        ("CONSULT", "phone", 8, "بعثت برسالة", None, "أوبك", None, ""),
        ("AGREE", None, 11, "أبرم", "إيران والدول الست الكبرى", None, "فيينا", ""),
        ("CONCEDE", None, 17, "رفع هذا الحظر جزئيا", None, None, None, "H"),
        ("AGREE", None, 17, "وقع", "إيران والدول الست الكبرى", None, None, "H"),
        ("CONSULT", "visit", 19, "زار", "كثير من رجال الأعمال والمسؤولين السياسيين الأجانب", None, "طهران", ""),
    ],
    # Al-Eqtisadiya: OPEC rules out an emergency meeting (11 August). s0 two delegates: OPEC does not intend to hold an
    # emergency meeting before the December meeting (-> CONSULT multilateral, negated and intended: N F; the regular
    # meeting an anchor; s1 the same restated); s2 the Algerian minister said earlier that consultations were under way
    # on a possible emergency meeting (-> CONSULT, mode null, passive: actor null); s3 context; s4 Algeria's continuing
    # dialogue efforts (standing); s5 his forecast (view) and the agreement concluded between Iran and the great powers
    # (-> AGREE, the sets' records of the signed agreement); s6-s19 prices, budget, production, licences and stakes
    # (economy and commerce: not coded).
    "snn-1f2f6bdef5d1": [
        ("CONSULT", "multilateral", 0, "عقد اجتماع طارئ", "المنظمة", None, None, "NF"),
        ("CONSULT", None, 2, "مشاورات", None, None, None, ""),
        ("AGREE", None, 5, "الاتفاق المبرم", "إيران والقوى الكبرى", None, None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
