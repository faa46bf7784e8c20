"""Build events-second75.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 12 articles of the seventy-fifth events blind set (../blind75/sample.jsonl), made to measure the
agreement of two careful annotators on the long articles of the sets 57 on (the human ceiling of the events score).
Same layout and guidelines as the earlier sets (/work/main/tests/data/events/events-blind.jsonl ... events-blind74.jsonl,
there is no sixtieth, and their make_gold.py); second50/make_second.py and blind74/make_gold.py were the templates.
The first annotation of these articles was never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second75.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind75", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second75.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole ("دان" from "كما دان",
# "اتهامه" from "لاتهامه", "أهالي وأحباء الضحايا كافة" from "لأهالي", "جمهورية الصين الشعبية" from "لجمهورية");
# the fused ل is kept where the article's alif is elided (the seventy-fourth set's rule: "للمملكة", "للاتفاق"). The
# text's own spellings are copied exactly ("فدريكا موغيريني", "توباياس إلوود", "«جون كيري» وزير خارجية أمريكا" with
# its guillemets). Repeated strings are picked by occurrence (("القاهرة", 1/2) and ("زيارة", 1) in the Kerry column
# s0, ("روسيا", 3/4) and ("السعودي", 3) in the diplomacy column s0, ("السعودية", 1) and ("فرنسا", 1) in its s9,
# ("الاتحاد الأوروبي", 1) in the Chinese-goods column s3, ("الصين", 2), ("السعودية", 1) and ("الاتحاد الأوروبي", 1) in
# its s5, ("جنوب السودان", 2) in the South Sudan s7, ("إيران", 1) in the Persian-expansion column s0).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to seventy-fourth sets); a subject named earlier in the same sentence is kept for its further clauses.
# Five-week rule (articles of 21 July to 11 August): the South Sudan leaders' rejection of 6 March, the 2013 charge
# against Machar, the King's visit to China as crown prince and the EU-China agreement [H]; Mohammed bin Salman's
# Russia visit of 18 June in an article of 21 July (33 days), the French agreements of late June, the nuclear
# agreement of 14 July and Khamenei's words after it, Kerry's Cairo and Doha meetings, Mohammed bin Salman's Cairo
# visit, the Bahraini seizure of late July and Mogherini's Riyadh meeting: recent, not flagged.
GOLD = {
    # Al-Riyadh: the martyrs of duty and their families top the leadership's priorities (27 July). A feature on
    # standing practices: s0-s2 the leadership's and the two princes' presence at the condolences and support of the
    # families (general, undated: "يتجسد ذلك في حضور ..." describes a habit, not a bounded visit), s3-s6 the standing
    # benefits (promotion, medal, payments, cards, scholarships: rules and policies), s7-s13 society's honouring,
    # donations and Ramadan campaigns (general series, no named actor). Standing practices not coded (the earlier
    # sets). None.
    "snn-34b349b9135e": [],
    # Okaz: departing pilgrims bid farewell to Jeddah (21 July). Their impressions; visits to holy sites and sights are
    # travel, not events. s14 the Egyptian pilgrim Hussein Fawzi thanks the kingdom (-> SUPPORT, the earlier sets'
    # thanks "شكر"); s17 the group's thanks to the kingdom (-> SUPPORT; the speakers are named in s16, the verb's
    # subject here is "we": actor null; another speaker than s14).
    "snn-e8e585f90d5a": [
        ("SUPPORT", None, 14, "نشكر", "المعتمر المصري حسين فوزي", "المملكة", None, ""),
        ("SUPPORT", None, 17, "أسمى آيات الشكر والتقدير", None, "للمملكة", None, ""),
    ],
    # Al-Eqtisadiya: Qatar National Bank, the average oil price about 55 dollars in 2015 (10 August). A market analysis:
    # prices, production, forecasts, the IMF's revised estimate (an estimate, not an act); s12 "الاتفاق القاضي برفع
    # العقوبات" a bare reference to the nuclear agreement as a market factor (no parties, no verb: not coded, sets
    # 58-59 and 74's bare references); s13 the ratification still required, inside a conditional forecast (not coded);
    # s28 the companies' investment cuts (business). None.
    "snn-ba17337ae216": [],
    # Al-Jazirah column: the Americans drop the Brotherhood card (4 August). Facts coded, views not. s0 Kerry "knocked
    # at Cairo's door" (-> CONSULT visit, the fifty-third set's Kerry in Cairo; recipient left null, Egypt not named
    # for the visit), the Americans' years of pushing the Brotherhood (the columnist's reading: not coded), Mohammed
    # bin Salman's visit to Cairo (inside "بعد", its own actor and place, reported nowhere else -> CONSULT visit), the
    # Iranian attempt to supply Bahrain's terrorists with weapons foiled by the Bahraini security authorities
    # (-> COERCE seize for the foiling, the thirteenth set's "إحباط عمليات تهريب" in Bahrain; the foiled supply
    # itself not coded apart, as the thirteenth set), the signing anchor "بُعيد توقيعهم" (bare, a pronoun) and the
    # Revolutionary Guard's motive (a view) not coded; s1 the Saudi-Egyptian alliance and the Americans' reaction
    # (views), Kerry's meeting with the Gulf foreign ministers in Doha (-> CONSULT multilateral, the fourteenth,
    # nineteenth and fifty-first sets); s2 Khamenei's hostile statements shortly after the agreement (-> ACCUSE
    # disapprove, the fiftieth set's Khamenei attack; no recipient written) and the supply restated (not again);
    # s3-s4 views (the headline's "they abandoned the Brotherhood" is the columnist's reading of the tour: not coded);
    # s6-s8 link lines.
    "snn-ae5ef69f2dd4": [
        ("CONSULT", "visit", 0, "طرق", "«جون كيري» وزير خارجية أمريكا", None, ("القاهرة", 1), ""),
        ("CONSULT", "visit", 0, ("زيارة", 1), "الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع", None,
         ("القاهرة", 2), ""),
        ("COERCE", "seize", 0, "أجهضتها", "سلطات الأمن البحرينية", None, None, ""),
        ("CONSULT", "multilateral", 1, "اجتماعا", "وزير الخارجية الأمريكي", "وزراء الخارجية الخليجيين", "الدوحة", ""),
        ("ACCUSE", "disapprove", 2, "تصريحات", "خامنئي", None, None, ""),
    ],
    # Al-Eqtisadiya: legally, no "Ettifaq" (9 August). The club's election dispute; club governance is coded as in
    # the twentieth set's Ettifaq election report (the prince's meeting CONSULT, the camps' demands REQUEST change,
    # their doubts ACCUSE), matches and transfers not. s0 the presidency's postponement (an administrative decision,
    # no PLOVER type); s1-s5 a legal source's and a lawyer's opinions on the assembly's validity (expert views: not
    # coded); s7 the club sources' statement (no act); s8 the fans welcomed the presidency's timetable (-> SUPPORT,
    # the earlier sets' "رحب"); s10 the timetable (a plan, no act between parties); s11 the prince's meeting with
    # al-Dawsari and al-Dabal (-> CONSULT, the twentieth set's record of the meeting, mode null), their failure to agree
    # on a consensus president (-> AGREE negated, the fifty-third set's "لم يتوصلوا الى اتفاق" [N]; actor null, the
    # parties only implied) and the second one's request to rerun the elections (-> REQUEST change, the twentieth
    # set's demand to reopen the registration; the presidency, named in the clause, its recipient); s12 al-Dawsari's
    # complaint to the monetary agency and the presidency doubting the fee payments (-> ACCUSE allege, no accused
    # named); s13 the interim appointment (internal administration: not coded).
    "snn-dc44774eea5c": [
        ("SUPPORT", None, 8, "رحبت", "الجماهير الاتفاقية", "الرئاسة العامة لرعاية الشباب", None, ""),
        ("CONSULT", None, 11, "اجتماع", "الأمير عبدالله بن مساعد", "الدوسري والدبل", None, ""),
        ("AGREE", None, 11, "عدم الاتفاق", None, None, None, "N"),
        ("REQUEST", "change", 11, "طلب", "الثاني", "الرئاسة العامة", None, ""),
        ("ACCUSE", "allege", 12, "شكوى", "الدوسري", None, None, ""),
    ],
    # Al-Eqtisadiya: the EU holds to working with Saudi Arabia against extremism (8 August). A condemnation report of the
    # Emergency Forces mosque bombing in Asir (6 August), as the sixth, thirteenth, eighteenth and seventy-fourth sets:
    # s0 the bombing (-> ASSAULT explosives, "التفجير" written, actor null) and the lead's condemnation by councils,
    # unions and international officials (-> ACCUSE disapprove, the lead coded beside the named speakers); s1 the EU's
    # declared commitment to keep working with Saudi Arabia against extremism (-> AGREE, the earlier sets' "حريصة على
    # تطوير علاقاتها", "مستعدة لتعزيز تعاونها"); s2 Mogherini's last meeting with al-Jubeir in the kingdom (-> CONSULT
    # visit, her Riyadh stop of late July, the host's country as place); s3 the Security Council members' statement
    # calling terrorist acts criminal and unjustified (-> ACCUSE disapprove, coded once; s4 its resolve not coded
    # again); s5 its call on the UN member states to take the measures against terrorism (-> REQUEST, the statement as
    # actor, the thirty-first set's "طالب البيان"); s6 the US ambassador's condemnation (-> ACCUSE disapprove; s7 his
    # "أدين" the same statement, not again) and s7 his "my heart is with the victims' families" (-> SUPPORT, the
    # fortieth and fifty-fifth sets' condolences; the speaker named only in s6: actor null); s8 Ellwood's condemnation
    # (-> ACCUSE disapprove) and condolences (-> SUPPORT), his call to keep working with partners (a view); s9
    # Boutros-Ghali's condemnation (-> ACCUSE disapprove; his reading of the aim a view); s10 his demand to unite Arab
    # efforts (-> REQUEST, no addressee); s11 Egypt's standing call (a standing practice: not coded); s12 al-Surur:
    # the Jordanian people denounce (-> ACCUSE disapprove, the speaker as actor, the thirteenth set's speakers) and
    # stand by the kingdom (restated s14, coded once there: -> SUPPORT, the sixth and sixty-fourth sets' "تضامن");
    # s13 his view.
    "snn-2ee5136198ac": [
        ("ASSAULT", "explosives", 0, "التفجير", None, "مسجد قوات الطوارئ الخاصة", "منطقة عسير", ""),
        ("ACCUSE", "disapprove", 0, "أدان", "عدد من المجالس والاتحادات ومسؤولون دوليون", None, None, ""),
        ("AGREE", None, 1, "متمسك بالاستمرار في العمل", "الاتحاد الأوروبي", "السعودية", None, ""),
        ("CONSULT", "visit", 2, "اجتماعهما", "فدريكا موغيريني الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي",
         "عادل الجبير وزير الخارجية", "المملكة", ""),
        ("ACCUSE", "disapprove", 3, "أعمال إجرامية وغير مبررة", "أعضاء مجلس الأمن الدولي", None, None, ""),
        ("REQUEST", None, 5, "على الدول الأعضاء في الأمم المتحدة أن تكفل", "البيان", "الدول الأعضاء في الأمم المتحدة",
         None, ""),
        ("ACCUSE", "disapprove", 6, "أدان", "السفير الأمريكي لدى السعودية جوزيف ويستفول", None, None, ""),
        ("SUPPORT", None, 7, "قلبي مع", None, "ذوي الضحايا الذين قتلوا في التفجير", None, ""),
        ("ACCUSE", "disapprove", 8, "أدين أشد إدانة", "توباياس إلوود وزير شؤون الشرق الأوسط وشمال إفريقيا في بريطانيا",
         None, None, ""),
        ("SUPPORT", None, 8, "أصدق التعازي", "توباياس إلوود وزير شؤون الشرق الأوسط وشمال إفريقيا في بريطانيا",
         "أهالي وأحباء الضحايا كافة", None, ""),
        ("ACCUSE", "disapprove", 9, "دان", "الأمين العام الأسبق للأمم المتحدة بطرس بطرس غالي", None, None, ""),
        ("REQUEST", None, 10, "طالب", "غالي", None, None, ""),
        ("ACCUSE", "disapprove", 12, "يستنكر", "المهندس سعد هايل السرور رئيس مجلس النواب الأردني السابق", None, None, ""),
        ("SUPPORT", None, 14, "تضامن", "السرور", "المملكة", None, ""),
    ],
    # Asharq Al-Awsat: the international mediators hope to sign a South Sudan peace agreement by mid-August (24 July).
    # s0 the signing hoped for before 17 August (-> AGREE [F], the seventy-third set's signing [F] with null actor;
    # the war since 2013 background, set 73); s1 the two sides' negotiators expected in Addis Ababa on Friday to review
    # the draft (-> CONSULT [F], the seventy-third set's talks in Addis Ababa, mode null) and the summit on 5 August to
    # sign it (-> CONSULT multilateral [F]; its signing is s0's, not coded again); s2 the mediator's words on the
    # proposed draft (a proposal, set 73: not coded); s3 the failed sessions and seven ceasefire agreements (a tally of
    # a series); s4 the earlier proposals rejected by Kiir and Machar on 6 March (inside the relative clause with its
    # own actors and date -> REJECT [H]); s5 the unattributed charges of atrocities "في وقت توجه" (a standing,
    # unattributed charge: not coded) and the mediator's hope; s6 five countries joined the mediators (membership of
    # the mediation: not coded); s7 O'Brien's inspection of the situation (-> CONSULT visit, place the country) and his
    # warning of the war's consequences (a humanitarian alarm, no addressee: not coded); s8 the four-day tour
    # (s7's visit restated with its aim) and the UN statement on hunger; s9-s11 figures; s12 his meeting with refugees
    # in the UN bases (-> CONSULT visit, a meeting with its own participants inside the visit, the fifty-ninth set);
    # s13 his words and the tour of a camp in Juba (part of s12's meeting: not coded again), the cholera toll; s14 the
    # war's outbreak (background, set 73) and Kiir's dismissal of Machar (domestic office: no PLOVER type) on a charge
    # of plotting a coup (-> ACCUSE allege [H], Kiir the named subject); s15 the tribal massacres and tolls (a series);
    # s16 his scheduled visit to the UN base in Bentiu (-> CONSULT visit [F], its own place).
    "snn-1b4987d606ca": [
        ("AGREE", None, 0, "توقيع اتفاق سلام", None, None, None, "F"),
        ("CONSULT", None, 1, "وصول", "المفاوضين عن طرفي النزاع", None, "أديس أبابا", "F"),
        ("CONSULT", "multilateral", 1, "قمة", None, None, "العاصمة الإثيوبية", "F"),
        ("REJECT", None, 4, "رفضها", "الرئيس سلفا كير وخصمه ونائبه السابق رياك مشار", "المقترحات السابقة", None, "H"),
        ("CONSULT", "visit", 7, "تفقده", "ستيفن أوبراين، نائب الأمين العام للأمم المتحدة للشؤون الإنسانية", None,
         ("جنوب السودان", 2), ""),
        ("CONSULT", "visit", 12, "التقى", "أوبراين",
         "بعض اللاجئين المقيمين في قواعد قوات حفظ السلام التابعة للأمم المتحدة", None, ""),
        ("ACCUSE", "allege", 14, "اتهامه", "الرئيس سلفا كير", "نائبه السابق رياك مشار", None, "H"),
        ("CONSULT", "visit", 16, "يزور", "أوبراين", None, "بنتيو", "F"),
    ],
    # Arriyadiyah: al-Hilal and al-Nassr before the Super Cup (11 August). Sport: the coming match, transfers and
    # offers (club sport, the earlier sets: not coded). None.
    "snn-1a8ef0b95b7a": [],
    # Al-Weeam column: Saudi Arabia, a diplomacy of wide options (21 July). Facts coded, views not. s0 the new
    # orientation towards Russia (the columnist's reading), Mohammed bin Salman's visit to Russia (-> CONSULT visit,
    # 18 June: 33 days before, recent) and the Saudi agreement with Russia to build 16 reactors (-> AGREE, the
    # adjective "السعودي" as actor as the sixteenth and sixty-sixth sets' "الإيراني"/"الأميركي الإيراني"); s1-s8
    # views and readings (the US-Iran rapprochement, Russia's "positive signs", its abstention on resolution 2216 in
    # April with "ولم تعرقله" -- an abstention has no PLOVER type and is cited as a sign: not coded); s9 Saudi
    # Arabia crowned the political accord with France by signing important agreements (-> AGREE, recent: the June
    # agreements; the reactors, arms deals and the Lebanese-army talks their contents, coded once); s10-s14 views and
    # the link line.
    "snn-2373d12ddd30": [
        ("CONSULT", "visit", 0, "زيارة", "ولي ولي العهد السعودي", None, ("روسيا", 3), ""),
        ("AGREE", None, 0, "للاتفاق", ("السعودي", 3), ("روسيا", 4), None, ""),
        ("AGREE", None, 9, "توقيع اتفاقات نوعية مهمة", ("السعودية", 1), ("فرنسا", 1), None, ""),
    ],
    # Okaz: the population document and the Indonesian domestic workers agreement top the "rejected" (26 July). The
    # Shura Council's statistical report: tallies of decisions, laws approved (domestic legislation, no PLOVER event)
    # and subjects under study. s1 the lead of the two subjects not approved and s10 the detail with the parties of
    # the draft agreement between the Saudi and Indonesian governments: coded once at s10 (-> REJECT, the seventy-third
    # set's legislators' opposition to an international agreement, the twenty-third set's Shura "رفض ... الموافقة";
    # the population policy, a domestic document, named beside it in the same clause, not coded apart); the referral
    # to the King (a procedure) not coded.
    "snn-f15a46c5bc3d": [
        ("REJECT", None, 10, "لم يوافق", "المجلس",
         "مشروع اتفاق بين حكومة المملكة العربية السعودية وحكومة جمهورية اندونيسيا في مجال توظيف العمالة المنزلية الاندونيسية",
         None, ""),
    ],
    # Al-Riyadh column: the kingdom, the base of the Arab project to stop Persian expansion (1 August). Facts coded,
    # views not. s0 the recent agreement between the 5+1 and Iran (-> AGREE, the earlier columns' nuclear-deal records
    # with their parties, e.g. sets 59 and 73); s2-s10 and s12-s25 the columnist's charges and readings of Iran's
    # conduct (general, undated series: not coded; s6's lifted sanctions his supposition); s11 Khamenei's explicit
    # pledge on Syria, Iraq, Lebanon, Yemen and Palestine (inside "وفق ما تعهد به", its own actor, reported nowhere
    # else -> AGREE, the sixteenth set's "وعد خامنئي" to the region's peoples; his speech after the deal, recent);
    # s21 Decisive Storm's "success" (an ongoing war named as background and a view: not coded).
    "snn-eeffd098bab5": [
        ("AGREE", None, 0, "الاتفاق الأخير", "مجموعة 5+1", ("إيران", 1), None, ""),
        ("AGREE", None, 11, "تعهد", "مرشد إيران علي خامنئي", None, None, ""),
    ],
    # Al-Watan column: the negative view of Chinese goods (27 July). Facts coded, views not (the fifty-ninth and
    # seventy-fourth sets' column anecdotes coded [H]). s0-s2 the traders' habits (a standing practice, views); s3 the
    # EU's contact with the Chinese oversight body to sign a cooperation agreement against counterfeit goods (-> AGREE
    # [H], undated "early"; the EU named earlier in the sentence kept as actor; the joint blacklist and the EU's own
    # laws its contents); s4 the EU's own alert system (domestic); s5 China's response and activation of cooperation
    # with the EU (-> COOPERATE [H]; the organisation's contact that led to it not coded apart), Saudi Arabia's
    # signing of the agreement with the Chinese oversight body (-> AGREE [H]) during King Salman's visit to China as
    # crown prince (-> CONSULT visit [H], 2014: more than five weeks), the commerce minister's long talks (the
    # negotiation of that agreement: not coded apart), the trade volume and the importers' greed (tallies, views);
    # s6 the columnist's demand on customs (a view).
    "snn-c49a3db5a0be": [
        ("AGREE", None, 3, "توقيع اتفاقية تعاون", ("الاتحاد الأوروبي", 1), "هيئة الرقابة الصينية", None, "H"),
        ("COOPERATE", None, 5, "فعلت دور التعاون", ("الصين", 2), ("الاتحاد الأوروبي", 1), None, "H"),
        ("AGREE", None, 5, "توقيع الاتفاقية", ("السعودية", 1), "هيئة الرقابة الصينية", None, "H"),
        ("CONSULT", "visit", 5, "زيارة", "الملك سلمان", None, "جمهورية الصين الشعبية", "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
