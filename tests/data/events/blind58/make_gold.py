"""Build events-blind58.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (fifty-eighth events blind set; same layout and guidelines as the first
fifty-seven sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind57.jsonl and their blind/ ..
blind57/ make_gold.py). The draw follows the sampling rule of the fifty-seventh set: articles of 2,501 to 4,000 code
points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas of 10 conflict/security/politics pool
articles and 2 outside it, see SOURCE-events-blind58.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind58.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind58.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth
# to fifty-seventh sets' rule: here "إطلاق النار" from "بإطلاق" in the Khaybar s0, "إطلاق سراحه" from "وإطلاق" in the
# Khaybar s1, "القبض" from "بالقبض" and "والقبض" in the Khaybar s1, "دفعت" from "وقد دفعت" and "فتحت ابواب المعسكر"
# from "وعندما فتحت" in the camps s28 and s30, "اتهم" from "واتهم", "رفض" from "ورفض" and "حذر" from "وحذر" in the
# North Korea s5, s7 and s14, "طالب" from "وطالب" in the OFID s14); where the article's alif is elided the fused ل
# stays, in triggers as in participants (the forty-fifth and forty-ninth to fifty-seventh sets' rule: "للضحايا" in the
# camps s27, "للناجين" in the camps s28); in actors, recipients and places the fused ب/ل/ك is left out otherwise
# ("مدينة هيروشيما اليابانية" from "لمدينة" in the camps s4, "أبها" from "بأبها" in the mosques editorial s6, "مركز
# شرطة خيبر الجنوب" from "بمركز" in the Khaybar s1); spellings as written, copied exactly (the hamza-less "اعلانها",
# "الاميركيين اليابانيين", "الاميركية", "اعتذاراتها" and "ابواب" as the copies have them, "توصّلت" with its shadda,
# the brackets of "بعض رموز القاعدة (سلطان العتيبي وبندر الدخيل)" and "زعمائها في ذلك الحين (عبدالعزيز المقرن ثم صالح
# العوفي)"; the bracketed "(الإيرانيين)" of the North Korea s21 given without its brackets); a string repeated in its
# sentence is picked by its occurrence (("القبض", 1) and ("القبض", 2), ("الجاني", 4) and ("الجاني", 5) in the Khaybar
# s1, ("دول الخليج", 1) in the nuclear column s7).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to fifty-seventh sets: the passive "أوقف" and "أطلق سراحه" and "قضي" of the al-Suleiman column, the
# passive "تم توقيعه" of the franc expert, the passive "أبرم" of the nuclear column, the unnamed attackers of Pearl
# Harbor and the unnamed bombers of the mosques, Obama's "إلا أنه اعتبر" in the North Korea s21, the passive "السيطرة
# عليه ... والقبض عليه" of the Khaybar s1, the passive "تمت الموافقة" of the OFID s7); a subject named earlier in the
# same sentence is kept for its further clauses ("الجهات الأمنية" for "وإطلاق سراحه" in the Khaybar s1, "واشنطن" for
# "اعلانها" in the camps s5), and a participant named earlier in the same sentence for the acts done to him ("الجاني"
# in the Khaybar s1, the thirty-fourth set's "جونز" for "وحكم عليه").
GOLD = {
    # Al-Riyadh: the Hilal legend of the sixties Mubarak Abdulkarim's advice to the Hilal players before the King's Cup
    # final (22 July). His memories of the finals of 1381-1384 H, the club administration's replacement of the coach in
    # 1383 H (club business, historical: not coded, the sets' club business and sport administration) and his
    # expectations and advice for the final (views). None.
    "snn-bd6263b271e6": [],
    # Al-Jazirah: an expert, the peg of the African franc to the euro hinders development in Africa (2 August). s0-s3 and
    # s7-s12 the Togolese economist Kako Nubukpo's views and calls to reconsider the peg (a necessity statement and an
    # expert's proposal without an addressee: not coded, the sets' views and necessity statements; Greece a comparison);
    # s4 his account of the agreement signed with France in 1945 (-> AGREE [H], an agreement with its party and year
    # reported nowhere else as a main clause, the fifty-seventh set's Good Friday agreement and the thirty-fourth set's
    # Minsk agreement; the parties' side unnamed, passive: actor null); s8 the same agreement restated with its
    # obligation (not coded again) and the two central banks' deposit of 2005 at the French treasury (an application of
    # the standing rule, a figure of a report: not coded).
    "snn-2e66c58c4fff": [
        ("AGREE", None, 4, "الاتفاق الذي تم توقيعه", None, ("فرنسا", 1), None, "H"),
    ],
    # Asharq Al-Awsat: Ittihad studies the files of the fourth professional and postpones the fate of Zokala and Martin
    # (1 August). The club's contract talks, loans, renewal of Ahmed Asiri, the dropped Boateng offer, the Milan camp's
    # friendly win and training, the website's salary list and the sponsorship of the national day in Sydney (club
    # business and sport: not coded, the sets' rule; the ninth set's report of the same renewal has no record). None.
    "snn-13bc9aee4400": [],
    # Al-Watan column: the Prophet called for killing them and we show them mercy, how? (10 August). s0 the writer's
    # general charge that released detainees return to terrorism (a general series: not coded); the terrorist Yusuf
    # al-Suleiman detained and then released (-> COERCE arrest [H] and RETREAT release [H], a relative clause with its
    # own recipient reported nowhere else, undated background, the thirty-fourth set's flags; passive: actor null) to
    # carry out the crime of the Abha Emergency Forces mosque (-> ASSAULT suicide-attack, the thirty-ninth set's record
    # of "انتحاري عسير ... يوسف السليمان"; 6 August, recent; the belts named in the same sentence); the interior ministry's
    # statement that his father is a sympathiser of al-Qaeda (-> ACCUSE allege, the fifty-sixth set's "بيان"); the
    # released who slipped to Iraq, Yemen or Syria (a general series); s1-s4 and s6 views, the hadith and the writer's
    # call for a firm measure (views and wishes; the mosque bombing restated in s6); s5 the firm security confrontation
    # of late 2004 in which some al-Qaeda figures (al-Otaibi and al-Dakhil) were killed (-> ASSAULT [H], passive: actor
    # null) and the pursuit of the cells in Riyadh and Medina with the killing of their leaders (al-Muqrin, then
    # al-Oufi) (-> ASSAULT [H], other recipients and places; the thirtieth and thirty-fourth sets' recalled facts in
    # columns), the sleeper cells' departure to Yemen (a departure, general: not coded).
    "snn-f97283045043": [
        ("COERCE", "arrest", 0, "أوقف في الاحتجاز", None, "الإرهابي يوسف السليمان", None, "H"),
        ("RETREAT", "release", 0, "أطلق سراحه", None, "الإرهابي يوسف السليمان", None, "H"),
        ("ASSAULT", "suicide-attack", 0, "تنفيذ جريمة", "الإرهابي يوسف السليمان", "مسجد طوارئ أبها", None, ""),
        ("ACCUSE", "allege", 0, "بيان", "الداخلية", "والده", None, ""),
        ("ASSAULT", None, 5, "قضي", None, "بعض رموز القاعدة (سلطان العتيبي وبندر الدخيل)", None, "H"),
        ("ASSAULT", None, 5, "القضاء على زعمائها", None, "زعمائها في ذلك الحين (عبدالعزيز المقرن ثم صالح العوفي)",
         "الرياض والمدينة", "H"),
    ],
    # Ain Al-Youm (Hamid al-Sulami): will the nuclear agreement make Iran a new North Korea? (8 August). s0 byline; s1
    # a question; s2 the US reached a nuclear agreement with North Korea in 1994 (-> AGREE [H]; the Clinton
    # administration's claims about it, views); s3 North Korea's secret enrichment, breach of the agreement and nuclear
    # tests of 2006, 2009 and 2013 (not coded, the fifty-sixth set's North Korean tests; the breach a general outcome);
    # s4 the writer's reading; s5 the US Institute for Science and International Security accused Iran of suspicious
    # moves at the Parchin site (-> ACCUSE allege); s6 the Iranian foreign minister Zarif's denial of the reports, calling
    # them lies and accusing the institute of trying to disrupt the agreement (-> ACCUSE allege, a concessive clause with
    # its own actor and target reported nowhere else; his denial the same statement), the Congress members' strong
    # opposition (a standing position inside a relative clause: not coded); s7 the Republican senator Mitch McConnell on
    # Thursday rejected Obama's argument (-> ACCUSE disapprove, the fifty-sixth set's "an attack on another's words and a
    # rejection of them"); s8-s12 his words to the reporters (restated); s13 subheading; s14 Obama continued to defend the
    # agreement in a speech in Washington (-> SUPPORT, the first set's record of the same speech) and warned that
    # Congress's rejection would lead to war (-> THREATEN, mode null, the forty-second and fifty-sixth sets' warnings,
    # the forty-second set's Kerry warning Congress; the hypothetical rejection not coded, as the forty-second set);
    # s15-s19 his words (restated); s20 his acknowledgment about the money Iran would recover (a prediction; the
    # lifting of the sanctions a future consequence: not coded); s21 "we are able to hold (the Iranians) accountable and
    # we will" if they do not comply (-> THREATEN, mode null, a conditional warning of the same speech with its own
    # recipient; pronoun: actor null); s22 tags line.
    "snn-4c0699ff7aa7": [
        ("AGREE", None, 2, "توصّلت", "الولايات المتحدة", ("كوريا الشمالية", 1), None, "H"),
        ("ACCUSE", "allege", 5, "اتهم", "معهد العلوم والأمن الدولي", ("إيران", 1), None, ""),
        ("ACCUSE", "allege", 6, "متهما", "وزير الخارجية الإيراني محمد ظريف", "المعهد الأمريكي", None, ""),
        ("ACCUSE", "disapprove", 7, "رفض", "السناتور الجمهوري ميتش مكونيل زعيم الاغلبية في مجلس الشيوخ الامريكي",
         "الرئيس باراك أوباما", None, ""),
        ("SUPPORT", None, 14, "دافع", "أوباما", "هذا الاتفاق", "واشنطن", ""),
        ("THREATEN", None, 14, "حذر", "أوباما", "الكونغرس", None, ""),
        ("THREATEN", None, 21, "محاسبة", None, "الإيرانيين", None, ""),
    ],
    # Al-Riyadh (a report-editorial): the bombing of mosques and the killing of security men target the stability of the
    # Kingdom and the region (7 August). s0 the terrorists' failure after the bombing of mosques in Qatif and Dammam (->
    # ASSAULT explosives [H], an anchor with its own places reported nowhere else, the forty-ninth set's "تفجير المساجد"
    # in Qatif, Dammam and Abha; 22 and 29 May, more than five weeks before; the bombers unnamed: actor null) and their
    # turn to targeting the security men (a general series); s1 and s4 the subheading and its view; s2 the security
    # bodies will pursue the aggressors (a statement of policy: not coded); s3 the indicators, ISIS's aims and the
    # specialists' warnings of a return of assassinations (views, aims and predictions); s5 views; s6 the crime of the
    # bombing of the Emergency Forces mosque in Abha (-> ASSAULT explosives, the fifty-seventh set's record of the same
    # bombing in a column; 6 August, recent) and the hope of bringing the culprits to justice (a wish).
    "snn-698df60ca7dc": [
        ("ASSAULT", "explosives", 0, "تفجير", None, "مساجد", "القطيف والدمام", "H"),
        ("ASSAULT", "explosives", 6, "تفجير", None, "مسجد قوات أمن الطوارئ الخاصة", "أبها", ""),
    ],
    # Al-Weeam column: my son is ISIS?! (22 July). Questions and the writer's views on the families', schools' and
    # ministries' share of the causes (views: not coded), the Al-Weeam link line (not coded). None.
    "snn-87100f727e4a": [],
    # Al-Jazirah column: history will remember Decisive Storm's confrontation of the genes of treachery (21 July). s0
    # and s2 the writer's reading of US policy (Obama's turning his back on Iraq and Syria and the reduced presence in
    # Afghanistan: general policy, not coded); s4 the continued negotiations with Iran (a series) and the "deed of
    # recognition" (a figure of speech); s5 the agreement of America and Iran on postponing Iran's nuclear weapons (->
    # AGREE, a column's fact with its parties, the nuclear agreement of 14 July, recent, the fifty-seventh set's Iran
    # column) and the 150 billion dollars to reach Soleimani (a prediction); s6-s7 views, Decisive Storm a bare
    # reference; s8 the list of the writer's other articles.
    "snn-4a9a0936d180": [
        ("AGREE", None, 5, "اتفاق", "أمريكا وإيران", None, None, ""),
    ],
    # Okaz: the Khaybar al-Janoub killer is possessed, not a drug user (25 July). s0 a son of the centre with a
    # psychological condition shot dead his brother, his cousin and his friend and wounded another cousin on Tuesday
    # evening (-> ASSAULT firearms, the lead, the forty-fourth and forty-fifth sets' family and neighbours' crimes); s1
    # the cousin's account: the day before, after his father and brother reported him, the security bodies arrested and
    # held him at the Khaybar al-Janoub police station (-> COERCE arrest) and released him after a hospital report (->
    # RETREAT release); the family's confinement of him and his threats (inside one family: not coded); the shootings of
    # the brother, the cousin and the friend (the s0 lead's details, no new participant, method or named place: not coded
    # again); he was overpowered at the fuel station, disarmed and arrested (-> COERCE arrest, passive: actor null; the
    # station unnamed: place null); the cousin's rejection of the media and social-media talk of drugs and ISIS (rumours
    # without an actor and their denial: not coded); s2 the mobile network out of coverage (a state); s3 the Asir police
    # spokesman: the report received, the culprit arrested (restated), referred to the psychiatric hospital (a
    # procedure) and the investigation continuing (-> ACCUSE investigate, the fifty-fifth and fifty-seventh sets'
    # investigations under way; actor null).
    "snn-d8efc3b56247": [
        ("ASSAULT", "firearms", 0, "إطلاق النار", "أحد أبنائه", "ثلاثة أشخاص شقيقه وابن عمه وصديقه",
         "مركز خيبر الجنوب بمنطقة عسير", ""),
        ("COERCE", "arrest", 1, ("القبض", 1), "الجهات الأمنية", ("الجاني", 4), "مركز شرطة خيبر الجنوب", ""),
        ("RETREAT", "release", 1, "إطلاق سراحه", "الجهات الأمنية", ("الجاني", 4), None, ""),
        ("COERCE", "arrest", 1, ("القبض", 2), None, ("الجاني", 5), None, ""),
        ("ACCUSE", "investigate", 3, "التحقيق", None, None, None, ""),
    ],
    # Al-Weeam column (Ghazi al-Harthi): the nuclear agreement and the new reality (21 July). s1 the historic Iranian
    # nuclear agreement concluded on Tuesday 14 July (-> AGREE, passive: actor null; a week before, recent); s2-s5 the
    # writer's reading and the agreement's terms (its content: not coded); s7 the framework agreement welcomed by the Gulf
    # states at Camp David (-> SUPPORT [H], the sets' welcomes; the Camp David summit of May, undated here, more than five
    # weeks before; the framework agreement itself a bare reference) and the writer's views; s9 Obama's rejection of a
    # nuclear arms race (a standing position: not coded); s10-s15 views, Decisive Storm and the Houthis' defeat "so far"
    # (a bare reference and a general outcome); s16 the Al-Weeam link line.
    "snn-fd949bc14887": [
        ("AGREE", None, 1, "أبرم", None, None, None, ""),
        ("SUPPORT", None, 7, "رحبت", ("دول الخليج", 1), "اتفاق الإطار", "كامب ديفيد", "H"),
    ],
    # Ain Al-Youm (AFP): the internment camps of the Japanese, a black chapter of American history (8 August). s0 byline;
    # s1 Manzanar one of ten camps the United States opened to hold its citizens of Japanese descent (-> COERCE arrest [H],
    # PLOVER "arrest, detain") after the attack on Pearl Harbor (-> ASSAULT [H], an anchor with its own place reported
    # nowhere else as a main clause; the attackers unnamed: actor null; restated with its date in s5); s2-s3 and s12-s13
    # Rosie Kakushi's testimony (a survivor's words: not coded); s4 the seventieth commemoration of the first nuclear
    # bombing, of Hiroshima (-> ASSAULT unconventional [H], the tenth and twenty-fourth sets' records of the same bombing;
    # the commemoration a ceremony: not coded); s5 Washington's declaration of war on Japan a day after Pearl Harbor (->
    # ASSAULT [H], the fifty-first set's wars recalled; "واشنطن" named in the sentence) and its measures to protect its
    # territory (general); s6 suspicion, racism, insults and threats (general); s7 Roosevelt's decree of 19 February 1942
    # establishing military exclusion zones where the Japanese Americans could be watched (-> COERCE restrict [H], PLOVER
    # "cordoning off areas"); s8 the US government opened ten camps in seven states (-> COERCE arrest [H], the s1
    # internment with its places, the thirty-fourth set's new content); s9 the toll (a figure: not coded again); s10-s21
    # the camp's life (details); s22 the museum official's view; s24-s26 a visitor's words (a visit without a
    # counterpart: not coded); s27 Washington acknowledged its error and apologised to the victims only decades later (->
    # CONCEDE [H], the forty-third set's Japanese apologies); s28 Reagan's government paid compensation of 20,000 dollars
    # to the survivors in 1988 (-> AID [H], PLOVER "reparations or voluntary settlements ... AID"); s29 her words; s30 the
    # opening of the camp's gates in 1945 (-> RETREAT release [H], the release of the internees inside "وعندما", reported
    # nowhere else; actor null); s31-s32 her words; s33 tags line.
    "snn-65457e6bc45d": [
        ("COERCE", "arrest", 1, "فتحتها", "الولايات المتحدة", "مواطنيها المتحدرين من اصول يابانية", None, "H"),
        ("ASSAULT", None, 1, "الهجوم", None, None, "بيرل هاربر", "H"),
        ("ASSAULT", "unconventional", 4, "عملية قصف نووية", None, None, "مدينة هيروشيما اليابانية", "H"),
        ("ASSAULT", None, 5, "اعلانها الحرب", "واشنطن", "اليابان", None, "H"),
        ("COERCE", "restrict", 7, "مرسوما باقامة مناطق عزل عسكرية", "الرئيس فرانكلين روزفلت", "الاميركيين اليابانيين",
         None, "H"),
        ("COERCE", "arrest", 8, "فتحت", "الحكومة الاميركية", None,
         "ولايات كاليفورنيا واريزونا واوتا وايداهو ووايومينغ وكولورادو واركنسو", "H"),
        ("CONCEDE", None, 27, "تقدم اعتذاراتها", "واشنطن", "للضحايا", None, "H"),
        ("AID", None, 28, "دفعت", "حكومة رونالد ريغن", "للناجين", None, "H"),
        ("RETREAT", "release", 30, "فتحت ابواب المعسكر", None, None, None, "H"),
    ],
    # Al-Eqtisadiah: OFID finances 74 new projects in energy, water and food around the world (23 July). s0 the OPEC Fund
    # for International Development concluded its 36th annual ministerial meeting yesterday with the meeting of its
    # Governing Board (-> CONSULT multilateral, the member states' finance ministers, the sets' multilateral meetings;
    # the fund named as the actor of its own meeting); s1 the meetings' place, Vienna, and agenda (a detail adding only a
    # place: not coded again, the forty-fifth and fifty-seventh sets); s2 the council's election of its chairman and vice
    # chairman (an appointment inside one body: not coded, the fifty-seventh set's union coordinator); s3-s6 the strategic
    # plan, the report's praise of the former chairman and the member states' commitment (inside one body and standing
    # commitments: not coded); s7 the approval of loans to 74 new projects (-> AID, PLOVER "credit"; passive: actor null;
    # the figure cut at the decimal point, s7/s8); s9-s13 the director-general's account of the fund's activity in 2014
    # and its priorities (figures and a year's series: not coded); s14 al-Herbish called for more international efforts
    # to support OFID's initiative against energy poverty (-> REQUEST assist, a demand for support of a funding
    # initiative, the forty-fifth set's "assist" for a demand of money; no addressee named: recipient null); s15-s16
    # the report's claims and the ministers' affirmations (inside one body); s17-s22 oil prices and the US stocks (market
    # figures: not coded; the Reuters and "بي. في. إم" cuts s18/s19 and s20-s22).
    "snn-f408b6f6c8c3": [
        ("CONSULT", "multilateral", 0, "اجتماعه الوزاري السنوي", "صندوق أوبك للتنمية \"أوفيد\"", None, None, ""),
        ("AID", None, 7, "إقراض 74 مشروعا جديدا", None, None, None, ""),
        ("REQUEST", "assist", 14, "طالب", "الحربش", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
