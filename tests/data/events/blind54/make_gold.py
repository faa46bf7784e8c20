"""Build events-blind54.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fifty-fourth events blind set; same layout and guidelines as the first
fifty-three sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind53.jsonl and their blind/ ..
blind53/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind54.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind54.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fifty-third sets' rule: here "زيارة" from "بزيارة", "عودة" from "بعودة", "اعتداء مسلح" from "لاعتداء", "تجييش" from
# "لتجييش", "تلقي العلاج" from "لتلقي", "استعادت" from "واستعادت", "وقعت" from "ووقعت", "قصف" from "بقصف", "تدمير وقتل"
# from "بتدمير"); where the article's alif is elided the fused ل stays ("للتسلل" in the Apache s2, the forty-ninth to
# fifty-third sets' rule); in actors, recipients and places the fused ب/ل/ك is left out ("مدينة لحج جنوبي اليمن" from
# "بمدينة", 'منطقة "باي أوغلو" في إسطنبول' from "بمنطقة", "صحافي يعمل بأشهر صحيفة يهودية في أميركا" from "لصحافي",
# "منطقة نجران" from "بمنطقة"); spellings as written, copied exactly (the straight quotes of 'فريق من الموظفين المتطوعين
# بشركة "إرنست ويونجEY" بمكتب الرياض', 'مسلحون من جماعة "بوكو حرام" المتطرفة' and 'منطقة "باي أوغلو" في إسطنبول', the
# guillemets of "مرتفعات «ذي نهم والمحزف»", the tanwin of "هجومًا كبيرًا", "قياديا كبيرا", "38 سائحاً" and "استنفارا أمنيا
# كبيرا", "الاشخاص" without hamza as the AFP copy has it, the brackets of "رئيس الوزراء (الإسرائيلي)", the comma of
# "ميليشيات الحوثي، وصالح"); a string repeated in its sentence is picked by its occurrence (("التركية", 2) in the Davutoglu
# s7; ("السكان", 1) in the Boko Haram s4; ("الشعب اليمني", 1) in the Taiz s11; ("الاتفاق", 1) in the Obama s7; ("أمريكية",
# 2) in the Kabul s5, after "الأمريكية"; ("عدن", 1) and ("عدن", 2) in the Iran column s8; ("السعودية", 1) in the Apache
# s2, before "القوات السعودية").
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to fifty-third sets); a subject named earlier in the same sentence is kept for its further clauses ("المقاومة الشعبية
# وقوات الجيش الوطني" for the control of the heights inside "بعد أن" in the Taiz s6).
GOLD = {
    # Al-Jazirah: an elderly woman runs over her husband by mistake in California (1 August). A traffic accident and the
    # police's words (an accident: not coded, the fifty-third set's helicopter crash). None.
    "snn-7318df8d9d37": [],
    # Asharq Al-Awsat: Ford joins the race to develop self-driving cars (21 July). A company's plans and a conference's
    # findings (business plans: not coded, the fifty-third set's Jeddah workshop). None.
    "snn-b5e248771490": [],
    # Al-Weeam: an Iraqi minister, al-Maliki wasted a trillion dollars of Iraq's money (3 August). s0 the deputy prime
    # minister Bahaa al-Araji's charge that al-Maliki's former government wasted about a trillion dollars (-> ACCUSE
    # allege, the sets' charges); s1 his criticism that the previous governments had no strategy for electricity and did
    # not believe in investment (-> ACCUSE disapprove, a further criticism with its own target; the rising demonstrations
    # against bad services a general series: not coded, the fifty-second set's "the protests this summer"); s2 the
    # charge restated with its figures (not coded again); s3 his view on al-Abadi and the link line.
    "snn-2ce2cfd0c1b1": [
        ("ACCUSE", "allege", 0, "هدر", "بهاء الأعرجي، نائب رئيس الوزراء العراقي لشؤون الطاقة",
         "حكومة رئيس الوزراء السابق نوري المالكي", None, ""),
        ("ACCUSE", "disapprove", 1, "لم تكن لديها استراتيجية", "الأعرجي", "الحكومات السابقة", None, ""),
    ],
    # Al-Riyadh: an Australian university puts a Saudi scholarship student's picture on road billboards (10 August). The
    # tweeters' praise, his prize of 2014 and the university's campaign (not events between political actors: not
    # coded). None.
    "snn-4c51ace51ede": [],
    # Al-Watan: Ernst & Young's team visits the patients of the King Fahad national centre on Eid (4 August). s0 a team of
    # the firm's volunteers visited the children's cancer centre (-> CONSULT visit, the centre visited as recipient, the
    # thirty-fourth set's "the hospital of a visit is the recipient") and distributed gifts to the sick children and
    # their companions (-> AID, the fifth and tenth sets' Eid visits of the Othaim company and Zamzam, the patients named
    # in the sentence kept for "عليهم"); s1 the programme's aims (not coded).
    "snn-0c516ceee044": [
        ("CONSULT", "visit", 0, "زيارة", 'فريق من الموظفين المتطوعين بشركة "إرنست ويونجEY" بمكتب الرياض',
         "مركز الملك فهد الوطني لأورام الأطفال والأبحاث", None, ""),
        ("AID", None, 0, "توزيع الهدايا", 'فريق من الموظفين المتطوعين بشركة "إرنست ويونجEY" بمكتب الرياض',
         "الأطفال المرضى ومرافقيهم", None, ""),
    ],
    # Al-Riyadh: a minister, Iran needs about 100 billion dollars to repair its oil industry (31 July). s0-s4 the industry
    # minister's estimates in an interview (views and figures: not coded); s1 Iran's outline of its policies at the Vienna
    # conference (a presentation of policies: not coded) and the agreement inside "منذ أن" (reported in s7); s5 plans;
    # s6 an expectation; s7 "Iran and the six world powers signed a nuclear agreement on 14 July" (-> AGREE, a main
    # clause with its parties and date, the forty-sixth set's "وتوصلت إيران والقوى العالمية الست ... إلى اتفاق نووي";
    # seventeen days before: recent) and the conditional lifting of the sanctions (a condition: not coded).
    "snn-b9947f853349": [
        ("AGREE", None, 7, "وقعت", "ايران والقوى العالمية الست", None, None, ""),
    ],
    # Al-Riyadh: al-Muaibed to be charged with the presidency next season if the elections fail (22 July). Al-Ettifaq's
    # election scenarios, the candidate's complaint to the monetary agency, Youth Welfare's conditions and its legal
    # department's findings (club business and sport administration: not coded, the thirty-fourth set's al-Muaibed and
    # the fifty-third set's Boateng). None.
    "snn-a961125fd0d3": [],
    # Al-Yaum: coalition raids on the rebels' positions and an advance of the resistance in Taiz (3 August). s0 the
    # coalition aircraft's bombing of Houthi and Saleh positions in Lahj (-> ASSAULT aerial); s1 the Arab Parliament's
    # congratulation of the Yemeni people (-> SUPPORT) on the return of Khaled Bahah to Aden (-> CONSULT visit, the
    # anchor "بعودة" with its own actor and place; the twenty-seventh set's records of the same words: SUPPORT "هنأ",
    # CONSULT visit, SUPPORT "وقوف"); s2 the targets of the raids named (details adding only places: not coded again, the
    # forty-fifth set); s3 Asiri's earlier statement on al-Anad (a statement of the situation: not coded); s4 the clashes
    # in Jabal Sabr between the resistance with the army and the Houthi-Saleh militias, with more than 40 of the militias
    # killed (-> ASSAULT, mode null, both sides in one actor phrase, the toll of a two-sided clash with a null recipient,
    # the fifty-third set); s5 the resistance's and the army's recapture of most villages of Jabal Sabr (-> COERCE
    # seize); s6 their advance towards the summit of Jabal Arus (-> ASSAULT, mode null, the forty-third and fifty-third
    # sets' advances) after taking full control of the heights of Dhi Nahm and al-Mahzaf (-> COERCE seize, the anchor
    # inside "بعد أن" with its own place, the subject kept); s7 the recapture of Zinjibar (-> COERCE seize) after fierce
    # fighting on the Dofas front (-> ASSAULT, mode null, the anchor with its own place, no side named: actor null) and
    # the continuing clashes in Lawdar (-> ASSAULT, mode null, with its place as the fifty-third set's Damascus digest;
    # the resistance's preparation to retake it an aim: not coded); s8 the southern resistance repelling for a second
    # day a big attack of the Republican Guard elite and the Houthi militias in al-Dhale (-> ASSAULT, mode null, the
    # attackers as actor; the battles of the 48 hours the same fighting: not coded again); s9 the s1 congratulation
    # repeated word for word (not coded again); s10 the parliament president's view; s11 "he affirmed the Arab
    # Parliament's standing behind the Yemeni people's right" (-> SUPPORT, the twenty-seventh set's "وقوف").
    "snn-ae283b614130": [
        ("ASSAULT", "aerial", 0, "قصف", "طيران التحالف العربي", "مواقع للحوثيين والقوات الموالية للمخلوع علي صالح",
         "مدينة لحج جنوبي اليمن", ""),
        ("SUPPORT", None, 1, "هنأ", "البرلمان العربي", "الشعب اليمني", None, ""),
        ("CONSULT", "visit", 1, "عودة", "نائب الرئيس رئيس الوزراء اليمني خالد بحاح", None, "عدن", ""),
        ("ASSAULT", None, 4, "المواجهات",
         "المقاومة الشعبية المسنودة بقوات الجيش الوطني الموالي للشرعية وبين الميليشيات الحوثية وصالح", None,
         "مناطق وقرى جبل صبر", ""),
        ("COERCE", "seize", 5, "استعادة السيطرة", "المقاومة الشعبية وقوات الجيش الوطني الموالي للشرعية", None,
         "قرى جبل صبر", ""),
        ("ASSAULT", None, 6, "تتقدم", "المقاومة الشعبية وقوات الجيش الوطني", None, "قمة جبل عروس الاستراتيجي", ""),
        ("COERCE", "seize", 6, "السيطرة الكاملة", "المقاومة الشعبية وقوات الجيش الوطني", None,
         "مرتفعات «ذي نهم والمحزف»", ""),
        ("COERCE", "seize", 7, "استعادت", "المقاومة الشعبية والقوات الموالية للرئيس عبدربه منصور هادي", None,
         "مدينة زنجبار", ""),
        ("ASSAULT", None, 7, "قتال عنيف", None, None, "جبهة دوفس", ""),
        ("ASSAULT", None, 7, "المواجهات", None, None, "مديرية لودر", ""),
        ("ASSAULT", None, 8, "هجومًا كبيرًا",
         "قوات النخبة من الحرس الجمهوري الموالي للمخلوع صالح، وأخرى من ميليشيات الحوثي", "المقاومة الجنوبية",
         "محافظة الضالع", ""),
        ("SUPPORT", None, 11, "وقوف", "البرلمان العربي", ("الشعب اليمني", 1), None, ""),
    ],
    # Al-Watan: Davutoglu, terrorist organisations will not undermine Turkey's stability (10 August). s0 his comment on
    # the armed attack on the AKP's Istanbul branch (a defiant statement, no condemnation named: not coded; the attack
    # inside "تعرض" reported in s4); s1 the authorities will open a detailed investigation into the attack (-> ACCUSE
    # investigate [F], the sixteenth and forty-fifth sets' coming investigations; the arrest of the perpetrators its aim:
    # not coded); s2-s3 statements and general measures; s4 the armed attack by unknown persons on the AKP branch building
    # in Beyoglu on Saturday evening, wounding a guard (-> ASSAULT, mode null, the sets' "هجوم مسلح"); s5-s6 the PKK
    # fighters' attack on a forward army post and a police car in Midyat killing a policeman (-> ASSAULT, mode null,
    # coded in s5 where its trigger and actor stand: the text's line break cuts the sentence after "موقعا", so the object
    # as written in s5 is the recipient and the place, in s6, is not spanned; the sixth set's record of the same attack);
    # s7 Anadolu: about 390 PKK fighters killed in two weeks of Turkish air raids on rebel bases in northern Iraq (->
    # ASSAULT aerial, a series bounded in time with its actor, target and place, the sixth set's record of the same
    # words); s8 the leaders among the dead (a toll detail: not coded again); s9 Turkey's "war on terror" of 24 July
    # against the PKK and ISIS (-> ASSAULT, mode null, the sixth set's record; seventeen days before: recent); s10
    # Turkey bombed ISIS only three times (-> ASSAULT aerial, the sixth set's record); s11 Demirtas's call on the
    # government and the PKK to stop the violence and start negotiations (-> REQUEST yield, the sixth set's mode for
    # the same words; the contents of the call not coded apart, the fifty-third set's calls).
    "snn-1da15c895985": [
        ("ACCUSE", "investigate", 1, "تحقيقا مفصلا", "السلطات", None, None, "F"),
        ("ASSAULT", None, 4, "اعتداء مسلح", "مجهولين", "مبنى رئاسة فرع حزب العدالة والتنمية",
         'منطقة "باي أوغلو" في إسطنبول', ""),
        ("ASSAULT", None, 5, "هاجموا", "مقاتلي حزب العمال الكردستاني", "موقعا", None, ""),
        ("ASSAULT", "aerial", 7, "الغارات الجوية", ("التركية", 2), "نحو 390 مقاتلا كرديا من حزب العمال",
         "شمال العراق", ""),
        ("ASSAULT", None, 9, "حربا على الإرهاب", "تركيا", "حزب العمال وتنظيم داعش", None, ""),
        ("ASSAULT", "aerial", 10, "تقصف", "تركيا", "داعش", None, ""),
        ("REQUEST", "yield", 11, "دعا", "زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش",
         "الحكومة التركية وحزب العمال", None, ""),
    ],
    # Asharq Al-Awsat: dozens killed by Boko Haram in Nigeria (21 July). s0 Boko Haram gunmen killed dozens in four villages
    # of the north-east (-> ASSAULT, mode null, shooting and slaughter together); s1 the witness's count of 43 (a figure
    # restated: not coded); s4 the new methods and targets in the witness's words, each coded as the twenty-seventh
    # set's record of Boko Haram's village raids: they shot the residents (-> ASSAULT firearms), used their knives to
    # slaughter their victims (-> ASSAULT primitive, edged weapons), seized food and cattle (-> COERCE seize, the sets'
    # looting) and set fire to the residents' houses (-> ASSAULT primitive, the twenty-seventh set's "أضرم"); s5-s7 the
    # toll of Kilwa and the other villages named (figures and places only: not coded again); s8-s10 the police
    # commissioner's confirmation (a restatement); s11 the similar attack of early July when extremists shot dead 48
    # worshippers in two villages (-> ASSAULT firearms; "قريتان في المنطقة" vague: location null; less than five weeks
    # before: recent); s12 the AFP count since May (a toll: not coded).
    "snn-18994397d92c": [
        ("ASSAULT", None, 0, "قتل", 'مسلحون من جماعة "بوكو حرام" المتطرفة', "عشرات الاشخاص",
         "أربع قرى في شمال شرقي نيجيريا", ""),
        ("ASSAULT", "firearms", 4, "أطلقوا النار", "المسلحين", ("السكان", 1), None, ""),
        ("ASSAULT", "primitive", 4, "استخدموا سكاكينهم", "المسلحين", "ضحاياهم", None, ""),
        ("COERCE", "seize", 4, "استولوا", "المسلحين", "المواد الغذائية والماشية", None, ""),
        ("ASSAULT", "primitive", 4, "أضرموا النار", "المسلحين", "منازل السكان", None, ""),
        ("ASSAULT", "firearms", 11, "قتل", "متطرفون", "48 مصليا", None, ""),
    ],
    # Al-Jazirah column: Arab news in the American press (27 July). Invented anecdotes (a dog, a car, a gun, a soldier,
    # a rescue, a team, tourists) told to mock the press's bias (fiction: not coded, the fifty-third set's short story).
    # None.
    "snn-46e580735a49": [],
    # Okaz: the rebels' war leaves 3,800 dead in Yemen (10 August). s0-s1 the ICRC's estimate of the dead, wounded and
    # displaced (tolls and figures: not coded; the war ignited by the Houthis a general background); s2 Maurer will meet
    # Yemeni officials (-> CONSULT visit [F], the eighth set's planned talks of the same visit) and is expected to visit
    # Aden later (-> CONSULT visit [F], a planned trip with its place); s3 his arrival in Sanaa on Saturday for a
    # three-day visit (-> CONSULT visit, the eighth set's record of the arrival); s4 the first flight of wounded from Aden
    # airport to Jordan for treatment (-> AID, the thirteenth set's evacuation as AID; no actor named: null); s5 a plane
    # bringing Yemenis back from Djibouti (a return journey: not coded); s6 the airport's standing use (not coded).
    "snn-fec80c885c2b": [
        ("CONSULT", "visit", 2, "سيلتقي", "بيتر مورر", "عدد من المسؤولين اليمنيين", None, "F"),
        ("CONSULT", "visit", 2, "يزور", "رئيس الصليب الأحمر", None, "محافظة عدن", "F"),
        ("CONSULT", "visit", 3, "وصل", "رئيس اللجنة الدولية للصليب الأحمر الدولي بيتر مورر", None, "صنعاء", ""),
        ("AID", None, 4, "تلقي العلاج", None, "عشرات المصابين", "مطار عدن", ""),
    ],
    # Asharq Al-Awsat: Obama keeps promoting the Iran nuclear deal with a speech next Wednesday (2 August). s0-s2 the
    # planned speech and the spokesman's words on it (a speech and its aims: not coded, as the tenth set left Netanyahu's
    # speech of the same campaign uncoded; the agreement inside "الذي تم التوصل إليه" a bare reference); s3 Moniz's
    # confidence that the agreement gives a robust verification system (-> SUPPORT, the twenty-fourth and twenty-seventh
    # sets' ministers' defence of the agreement); s4 the ministers' testimonies to Congress (inside one government, the
    # forty-fifth set's Comey: not coded); s5-s6 the law and the arithmetic (not events); s7 Netanyahu's effort to
    # mobilise American Jews against the agreement (-> REJECT, the tenth set's "معارضة" of the same prime minister; his
    # address next week, the agreement "الذي أبرمته" and the Jewish groups' announcement not coded apart); s8 his
    # internet speech on Tuesday (a speech: not coded, the tenth set); s9 he will answer questions in a session organised
    # by the Conference of Presidents (-> CONSULT phone [F], the tenth set's record of the same video participation);
    # s10 his aim; s11 Greenberg's welcome of the prime minister's presentation (-> SUPPORT, the sets' welcomes); s12
    # Obama's tasking of Kerry (an order inside one government: not coded) to hold talks with the Jewish organisations
    # (-> CONSULT [F], mode null).
    "snn-0df50aa40c02": [
        ("SUPPORT", None, 3, "واثق", "مونيز", "الاتفاق", None, ""),
        ("REJECT", None, 7, "تجييش", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", ("الاتفاق", 1), None, ""),
        ("CONSULT", "phone", 9, "مداخلة", "نتنياهو",
         "مؤتمر رؤساء كبرى المنظمات اليهودية الأميركية والجمعيات اليهودية في أميركا الشمالية", None, "F"),
        ("SUPPORT", None, 11, "نرحب", "ستيفن غرينبرغ عضو مؤتمر الرؤساء", "رئيس الوزراء (الإسرائيلي)", None, ""),
        ("CONSULT", None, 12, "التحاور", "وزير الخارجية جون كيري", "المنظمات اليهودية", None, "F"),
    ],
    # Sabq: the majority leader in Congress, we will vote against the nuclear agreement with Iran (6 August). s0 the
    # Republican leader's announcement that the Senate will consider a resolution rejecting the agreement (-> REJECT [F],
    # the forty-seventh set's "نصا يرفض الاتفاق النووي" of the House majority; the Republicans' submitted bill inside "بعد
    # أن" reported in s1); s1 McConnell's words restated (not coded again) and the earlier bill of the Republican chair of
    # the House foreign affairs committee rejecting the agreement (-> REJECT, a main clause with a new actor); s2 the
    # review law signed in May and the deadline (a bare reference: not coded); s3-s5 the consequences and Obama's veto
    # (conditions and predictions); s6-s7 the undecided Democrats and Pelosi's support (standing positions: not coded,
    # as the forty-seventh set's record of the same words); s8-s11 the House figures.
    "snn-ef05326407f8": [
        ("REJECT", None, 0, "قراراً يرفض", "مجلس الشيوخ", "الاتفاق النووي", None, "F"),
        ("REJECT", None, 1, "تشريعاً", "الرئيس الجمهوري للجنة الشؤون الخارجية بمجلس النواب",
         "الاتفاق النووي بين القوى العالمية وإيران", None, ""),
    ],
    # Ain Al-Youm: ISIS's butcher leaves the organisation fleeing his victims' fate (25 July). s0 the byline; s1 sources:
    # Mohammed Emwazi left ISIS weeks ago heading for North Africa (a member's departure, reported from sources: no PLOVER
    # category, not coded); s2-s3 predictions; s4-s6 his fears and a likelihood; s7 he is wanted for killing Sotloff,
    # Foley, Haines, Henning and Kassig (-> ASSAULT, mode null, [H], the killings of 2014 stated as facts with their actor
    # and victims; the "wanted" status a standing state); s8 the investigations recently revealed (-> ACCUSE
    # investigate, the thirty-fourth set's investigators' finding) that Seifeddine Rezgui, responsible for the killing of
    # 38 tourists in the attack on the Sousse beach, trained in the same camp (-> ASSAULT, mode null, the anchor with its
    # own actor, victims and place reported nowhere else; 26 June in an article of 25 July: recent); s9 the tags line.
    "snn-f55d1b2ab085": [
        ("ASSAULT", None, 7, "قتل", "محمد", "ستيفن سوتلوف، وجايمس فولي، وديفيد هاينز، وآلان هايننغ، وبيتر كاسيغ", None,
         "H"),
        ("ACCUSE", "investigate", 8, "كشفت", "التحقيقات", "سيف الدين رزاقي", None, ""),
        ("ASSAULT", None, 8, "هجوم", "سيف الدين رزاقي", "38 سائحاً", "شاطئ سوسة", ""),
    ],
    # Okaz: a new round of talks between Kabul and the Taliban (25 July). s0 officials announced that the next round of
    # peace talks between the Afghan government and the Taliban will be held late in July (-> CONSULT [F], mode null,
    # the sets' planned talks; both parties in one actor phrase; the venue not fixed: location null); s1 the dates
    # restated; s2 China likely to host (unconfirmed: not coded); s3 the consultations going on between Afghanistan,
    # Pakistan, the United States and China on the venue (-> CONSULT multilateral, under way, not a general series); s4
    # the host not confirmed; s5 the Pentagon's announcement of a senior al-Qaeda leader killed with two others in a US
    # raid in Afghanistan (-> ASSAULT aerial, the first set's record of the same raid; 11 July in an article of 25 July:
    # recent); s6 the raid's date, province and the leader's name (details adding a place and a name: not coded again,
    # the forty-fifth set) and the statement handed to the journalists accompanying Carter "in his visit to Iraq" (->
    # CONSULT visit, the visit inside the relative clause with its own actor and place, reported nowhere else in the
    # article, as the fifty-third set's invitation inside "بدعوة"); s7-s8 restatement and a prediction.
    "snn-51972a758087": [
        ("CONSULT", None, 0, "محادثات السلام", "الحكومة الأفغانية ومتمردي حركة طالبان", None, None, "F"),
        ("CONSULT", "multilateral", 3, "المشاورات", "أفغانستان وباكستان والولايات المتحدة والصين", None, None, ""),
        ("ASSAULT", "aerial", 5, "غارة", ("أمريكية", 2), "قياديا كبيرا في تنظيم القاعدة", "أفغانستان", ""),
        ("CONSULT", "visit", 6, "زيارته", "وزير الدفاع الأمريكي أشتون كارتر", None, "العراق", ""),
    ],
    # Okaz: preparations for the municipal elections completed (27 July). The elections committee's announcement, its
    # executive committee's meeting and the media campaign (a body's own preparations and a meeting inside one
    # government: not coded, the fifty-third set's Riyadh education committee). None.
    "snn-8433370ad55d": [],
    # Asharq Al-Awsat column: is Iran changing? (9 August). The columnist's views on Iran's statements and setbacks; facts
    # stated as facts with their actors and places coded (the second set's records of the same columnist's column on the
    # same facts): s8 the liberation of Aden (-> COERCE seize, passive: actor null, the second set's "تحرير عدن") and
    # Khaled Bahah's arrival in Aden (-> CONSULT visit, the second set's "ظهور خالد البحاح"); the resistance's continuing
    # advance (a general series) and resolution 2216 (a bare reference) not coded; s10 the Iraqis' demonstrations
    # against the government over power cuts (a general series, the fifty-second set's "the protests this summer": not
    # coded); s14 Assad's admission of a shortage of fighters (a statement on his own forces, no wrongdoing conceded:
    # not coded), Iran's intervention and changed initiative (vague: not coded) and Obama's words (a view); s15 Tehran's
    # grant of a visa to a journalist of the best-known Jewish newspaper in America (-> AGREE, a permission, the eighth and
    # forty-ninth sets' "السماح" as AGREE and the inverse of the fifty-third set's visa halt as REJECT); s16 the same grant
    # restated (not coded again); s18-s19 the e-mail address cut at its ".".
    "snn-a55cc0a398ad": [
        ("COERCE", "seize", 8, "تحرير", None, None, ("عدن", 1), ""),
        ("CONSULT", "visit", 8, "وصل", "خالد بحاح", None, ("عدن", 2), ""),
        ("AGREE", None, 15, "تمنح تأشيرة زيارة", "طهران", "صحافي يعمل بأشهر صحيفة يهودية في أميركا", None, ""),
    ],
    # Al-Weeam: Saudi Apache helicopters target gatherings of the Houthi and Saleh militias (6 August). s0 the Apaches'
    # intensive strike on the militias' gatherings near the forbidden zone facing the Jazan border, destroying four
    # military vehicles (-> ASSAULT aerial, the damage in its sentence) and the shells fired from the Yemeni side that
    # fell in uninhabited areas of Najran (-> ASSAULT heavy-weapons, passive: actor null; "مناطق غير مأهولة" descriptive,
    # the region as place); s1 the coalition aircraft's bombing that destroyed anti-aircraft launch pads set up by the
    # rebels facing al-Tuwal (-> ASSAULT aerial; the rebels' attempt to set up centres for attacks an aim and the pads'
    # setting-up inside "نصبها" not coded); s2 Al-Arabiya: the militias sought to infiltrate into Saudi Arabia in small
    # groups through the Harad crossing (-> ASSAULT, mode null, the forty-third and forty-fifth sets' attempted
    # advances) and the Saudi forces destroyed and killed the attackers with tank artillery, rocket launchers and
    # infantry (-> ASSAULT heavy-weapons; the weapons destroyed in the passive the same operation: not coded apart); s3
    # the link line.
    "snn-a6cbe2ddc9d9": [
        ("ASSAULT", "aerial", 0, "استهدفت", "طائرات الأباتشي السعودية",
         "تجمعات لمليشيات الحوثي، والمخلوع علي عبد الله صالح", "المنطقة المحظورة قبالة حدود جازان", ""),
        ("ASSAULT", "heavy-weapons", 0, "أطلقت", None, None, "منطقة نجران", ""),
        ("ASSAULT", "aerial", 1, "قصف", "طيران قوات التحالف", "منصات إطلاق صواريخ مضادة للطائرات",
         "محافظة الطوال بمنطقة جازان", ""),
        ("ASSAULT", None, 2, "للتسلل", "ميليشيات الحوثي، وصالح", ("السعودية", 1), "منفذ حرض اليمني الحدودي", ""),
        ("ASSAULT", "heavy-weapons", 2, "تدمير وقتل", "القوات السعودية", "المهاجمين", None, ""),
    ],
    # Al-Watan: a security alert in Libya's Misrata (27 July). s0 the great security alert and tightened searches at the
    # gates of Misrata for fear of suicide operations (-> MOBILIZE police, the fifty-second set's reinforced security;
    # no actor named: null) after threats made by ISIS (-> THREATEN, mode null, the anchor "بعد" with its own actor
    # reported nowhere else, the threats' terms not stated, the fiftieth and fifty-third sets' unspecified threats); s1
    # the military council's brigades guarding the area from Zliten to Abu Qurain with land and sea patrols (a standing
    # arrangement: not coded); s2 Clinton's spokesman: she will appear on 22 October before a congressional
    # investigating committee (a coming procedure, the forty-fifth set's coming court appearance: not coded) on the
    # attack on the US consulate in Benghazi that killed Ambassador Stevens and three other Americans in 2012 (->
    # ASSAULT, mode null, [H], the anchor with its own target, place and toll, no attacker named); s3 the attack
    # restated and the many criticisms of her handling of it (a general series of criticism: not coded).
    "snn-bd997d50f111": [
        ("MOBILIZE", "police", 0, "استنفارا أمنيا كبيرا", None, None, "مدينة مصراتة", ""),
        ("THREATEN", None, 0, "تهديدات", "تنظيم داعش الإرهابي", None, None, ""),
        ("ASSAULT", None, 2, "الاعتداء", None, "القنصلية الأميركية", "بنغازي الليبية", "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
