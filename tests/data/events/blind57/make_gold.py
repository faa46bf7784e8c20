"""Build events-blind57.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (fifty-seventh events blind set; same layout and guidelines as the first
fifty-six sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind56.jsonl and their blind/ ..
blind56/ make_gold.py). The draw follows a NEW sampling rule: articles of 2,501 to 4,000 code points (the pool of
400 to 2,500 used by sets 3-56 being exhausted) and quotas of 10 conflict/security/politics pool articles and 2
outside it, see SOURCE-events-blind57.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind57.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind57.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fifty-sixth sets' rule: here "مقتل" from "بمقتل" in the Houthi s1, "ضخ حوالي 100 مليار دولار" from "لضخ" in the Greek
# s5, "طالب بمعالجة الأمر" from "وطالب" in the Houthi s12, "دعا" from "ودعا" in the Daraya s20, "تصدت" from "وتصدت" in
# the Asiri s8); where the article's alif is elided the fused ل stays, in triggers as in participants and places (the
# forty-fifth and forty-ninth to fifty-sixth sets' rule: "للعاصمة صنعاء" in the Houthi s6); in actors, recipients and places the fused ب/ل/ك is left out otherwise
# ("معالي وزير الثقافة والإعلام ..." from "لمعالي", "مليشيات علي صالح" from "لمليشيات" in the Asiri s5);
# spellings as written, copied exactly ("الاحد", "اقرباء", "الاسد", "الاسلامية" and "اطلاق" without hamza as
# the copies have them, "داور الكورنيش" as written, the tanwin of "15 جنديًا نظاميًا", "هجومًا واسعًا" and "تبرعاً
# سخياً", the guillemets of "الجيش و«المقاومة اللبنانية» (حزب الله)" and "قرية «المشيك»", the straight quotes of
# 'اتفاق "الجمعة العظيمة"'); a string repeated in its sentence is picked by its occurrence (("أشكر", 2) and ("المنظمة
# العالمية", 2) in the al-Jasser s3, ("مقتل", 1) and ("مقتل", 2) in the Houthi s1).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to fifty-sixth sets: the Daraya s1 fire and s3 repelling "إنها", the Houthi s2 arrests confirmed by the governor, the
# Aden aid plane of s22 sent by the order of s21); a subject named earlier in the same sentence is kept for its
# further clauses ("إسرائيل" for "مطالبة" in the Iran column s9, "الفصائل" for "صدت جل الهجمات" in the Daraya s7).
GOLD = {
    # Sabq: Makkah tops the Kingdom's health projects (25 July). The Makkah health affairs' figures and lists of
    # hospitals built, under way and to be tendered, and the emir Khalid al-Faisal's earlier emphasis on completing them
    # (an administration's own projects and an emir's instructions inside one government: not coded, the sets' rule).
    # None.
    "snn-7bd417ddd1e2": [],
    # Ain Al-Youm: the UN picks Omar al-Jasser among the most influential personalities (6 August). s0 byline; s1-s2 the
    # World Federation of Friends of the UN chose the director of the Jeddah Society for Culture and Arts among "the most
    # influential Arab personalities" and will honour him in Cairo (an honour and its ceremony: not coded, the thirty-
    # sixth to fortieth sets' honours and the fortieth and forty-first sets' awards); s3 al-Jasser thanked the
    # Federation for its trust (-> SUPPORT, the sets' thanks, the fifth set's "عبر ... عن بالغ شكره وتقديره بهذه الثقة";
    # his thanks to God not coded); s4 his dedication of the achievement to the officials (words of the same statement:
    # not coded); s5 his thanks to the minister of culture and information, the Jeddah mayor and the society's chairman
    # (-> SUPPORT, the three named in one recipient phrase, the sets' several participants in one phrase); s6 his wish (a
    # view); s7-s8 the Arab Lab association's choice of him (an honour: not coded); s9 the Arab artists' union head Mosaad
    # Fouda's letter of congratulation and appreciation praising the society's activities (-> SUPPORT, the fifty-fourth
    # set's congratulation, the forty-first set's praise) and his choice of al-Jasser as the union's coordinator (an
    # appointment inside one union: not coded); s10 tags line.
    "snn-cca62286aeb0": [
        ("SUPPORT", None, 3, ("أشكر", 2), "الفنان عمر الجاسر", ("المنظمة العالمية", 2), None, ""),
        ("SUPPORT", None, 5, "شكره", "الجاسر",
         "معالي وزير الثقافة والإعلام الدكتور عادل بن زيد الطريفي، ولمعالي أمين محافظة جدة الدكتور هاني أبو رأس، "
         "ولرئيس مجلس إدارة الجمعية العربية السعودية للثقافة والفنون سلطان البازعي", None, ""),
        ("SUPPORT", None, 9, "خطاب تهنئة وتقدير", "رئيس الاتحاد العام للفنانين العرب مسعد فودة", "الفنان عمر الجاسر",
         None, ""),
    ],
    # Al-Riyadh: the Gulf population's fast growth presses the economy to create jobs (27 July). An investment company's
    # weekly report on demography, Nitaqat and Kuwaiti quotas (figures, standing policies and views: not coded; "تهديد" of
    # the fiscal sustainability a figure of speech). None.
    "snn-bf663c30e9bc": [],
    # Al-Watan column: Iran and the chessboard (23 July). s1 Tariq al-Hashemi's tweet (a question, a view) the day after
    # the final agreement on Iran's nuclear programme between Tehran and the six powers (-> AGREE, an anchor inside
    # "غداة" with its own parties reported nowhere else in the article, the fourteenth, twenty-fifth and forty-third
    # sets' nuclear agreement inside "عقب"/"بعد"; 14 July, recent); s2-s8 views; s9 Israel, which used its harshest tone
    # with Washington in protest at the signing of the agreement (-> ACCUSE disapprove, a statement of fact in a column,
    # the sets' columns; its continuing threats against Iran a standing practice), went as far as demanding that the
    # international community recognise its occupation of the Golan (-> REQUEST, mode null); s10 the writer's reading of
    # Iran's concessions (a view), the "Golden Arrow" operation to liberate Aden a bare reference (the forty-fifth set's
    # liberation of Aden: not coded) and Iran's acceptance of the end of its war with Saddam a comparison; s11-s13 the
    # Kingdom's developing relations, alliances and aims (standing relations, aims and views: not coded).
    "snn-5a1aef5e7c83": [
        ("AGREE", None, 1, "التوصل إلى اتفاق نهائي", "طهران والدول الست الكبرى", None, None, ""),
        ("ACCUSE", "disapprove", 9, "احتجاجا", "إسرائيل", "واشنطن", None, ""),
        ("REQUEST", None, 9, "مطالبة", "إسرائيل", "المجتمع الدولي", None, ""),
    ],
    # Al-Yaum (a translated opinion column): Europe makes its taxpayers gamble on Greece (23 July). s0 Draghi's repeated
    # statement that the ECB works on the assumption that Greece stays in the euro (a statement of policy: not coded);
    # s1 his figures (not coded); s5 the ECB used its emergency liquidity assistance to pump about 100 billion dollars
    # into the Greek banking system (-> AID, the twenty-second set's EU loan to Greece as AID; the deposits' outflow its
    # aim); s6 the closure of the banking system (a state); s7 the political pressure on the ECB (general); s13 the IMF's
    # assessment this week (a view); s14 the creditors preparing another injection under last week's agreement (the
    # agreement a bare relative clause without its own parties, the preparation a plan of the column's outlook: not
    # coded); s15-s18 views and predictions.
    "snn-7677ba24a505": [
        ("AID", None, 5, "ضخ حوالي 100 مليار دولار", "البنك المركزي الأوروبي", "النظام المصرفي اليوناني", None, ""),
    ],
    # Al-Watan: the arrest of al-Houthi saves him from the fate of his father and brothers (27 July). s0 the Popular
    # Resistance's confirmation of the arrest of Abdulkhaleq Badreddin al-Houthi (-> COERCE arrest, the resistance as the
    # actor of its own arrest; the other leaders "who fell with him" vague); s1 the arrest restated and his brothers'
    # fates: the killing of the founder Hussein Badreddin al-Houthi by the Yemeni forces in 2004 and of Abdulqader and Ali
    # the same year (-> ASSAULT [H] x2, the second with a null actor; Yahya's disappearance not an event); s2 the Aden
    # governor and resistance council head Nayef al-Bakri confirmed the arrest of senior Houthi leaders under
    # investigation (-> COERCE arrest, actor null: the confirmer is not named as the captor; -> ACCUSE investigate, an
    # investigation under way, the fifty-fifth set's record with a null actor), the 72 a figure; s3 and s11 the tension
    # among the Dhamar security men over deductions and looted allocations (a state and a standing practice: not coded);
    # s4 and s12 the Houthi "revolutionary committee" and security command refusing to pay the allowances (a standing
    # practice inside one administration towards its own men: not coded) and the sit-in before the government complex
    # last month inside "الأمر الذي" (reported as a main clause in s13: coded there); s5 the resistance's Twitter
    # announcement of the arrest in Aden (the s0 arrest restated with its place and day: not coded again, the forty-fifth
    # set's details adding only a place); s6 Abdulkhaleq's role in the rebels' storming of Sanaa last September (->
    # COERCE seize [H], the forty-seventh and fifty-fifth sets' storming of Sanaa); s7 the sources' confirmation and the
    # video (restated); s8 the rebels captured 72 Houthis, among them named leaders (-> COERCE arrest, the s2 arrests with
    # their actor and names, the thirty-fourth set's new content; the investigation restated); s9 the place of the
    # arrests (a detail: not coded again); s10 other sources' report that Abdulkhaleq was still besieged and not arrested
    # (another party's denial: not coded, the thirty-third and thirty-fourth sets) and al-Bakri's refusal to confirm or
    # deny (not an event); s12 a delegation of security workers met officials and demanded a remedy (-> REQUEST, mode null;
    # the meeting its vehicle, not coded apart; "خلال الفترة الماضية", undated but not shown to be old); s13 dozens of
    # soldiers held a protest stand before the government complex last month (-> PROTEST demo, the sets' mode; "last
    # month", not shown to be more than five weeks before: unflagged; the complex unnamed: place null) and the security
    # authorities ignored their demands (a non-response: not coded).
    "snn-af11ac0d22fa": [
        ("COERCE", "arrest", 0, "اعتقال", "المقاومة الشعبية في اليمن", "المتمرد عبدالخالق بدرالدين الحوثي", None, ""),
        ("ASSAULT", None, 1, ("مقتل", 1), "القوات اليمنية", "مؤسسها حسين بدرالدين الحوثي", None, "H"),
        ("ASSAULT", None, 1, ("مقتل", 2), None, "عبدالقادر وعلي", None, "H"),
        ("COERCE", "arrest", 2, "اعتقال", None, "قيادات حوثية كبيرة", None, ""),
        ("ACCUSE", "investigate", 2, "يجري التحقيق", None, "قيادات حوثية كبيرة", None, ""),
        ("COERCE", "seize", 6, "اجتياح", "المتمردين", None, "للعاصمة صنعاء", "H"),
        ("COERCE", "arrest", 8, "القبض", "الثوار", "72 حوثيا", None, ""),
        ("REQUEST", None, 12, "طالب بمعالجة الأمر", "وفدا من العاملين في مجال الأمن", "بعض المسؤولين", None, ""),
        ("PROTEST", "demo", 13, "وقفة احتجاجية", "عشرات الجنود", None, None, ""),
    ],
    # Al-Madina: a medical insurance policy for the Kingdom's visitors (23 July). The Council of Cooperative Health
    # Insurance's approval of the visitor policy and its terms, the insurance committee head's words, the sources' view
    # of the visa requirement, and the past health ministers' studies and the agreed postponement (a regulator's rules, a
    # study and deliberation inside one health sector: not coded, the sets' administration and meetings inside one
    # government). None.
    "snn-cdd03d9e24ae": [],
    # Al-Jazirah readers' letter: the summit of loyalty when hands extend giving (31 July). s2-s3 the Eid celebrations of
    # Raghba and the gatherings (a custom, general); s4 Sheikh Ibrahim bin Ajlan al-Ajlan responded to the request of a
    # number of residents (-> AGREE, PLOVER's agreement to a request; the hall not yet built), who had asked for a donor to
    # build a permanent celebrations hall (-> REQUEST assist, a relative clause with its own actor and content reported
    # nowhere else, the forty-fifth set's "assist" for a demand of money); s5 his welcome of the idea (the s4 acceptance
    # restated: not coded), the Raghba gate project under his sponsorship (an ongoing project: not coded) and the
    # residents' rejoicing (a reaction, general); s6 the sheikh and his brothers' generous donation to build a
    # celebrations hall in al-Barra (-> AID, the twenty-sixth, forty-first and forty-fifth sets' donations) and the
    # writer's thanks to all businessmen (general: not coded); s7-s8 the writer's call and views (not coded); s9
    # signature.
    "snn-6d70afbbe638": [
        ("AGREE", None, 4, "استجاب", "الشيخ إبراهيم بن عجلان العجلان", "عدد من الأهالي", None, ""),
        ("REQUEST", "assist", 4, "طلبوا", "عدد من الأهالي", None, None, ""),
        ("AID", None, 6, "تبرعاً سخياً", "الشيخ عجلان وإخوانه", None, "بلدة البرة", ""),
    ],
    # Al-Riyadh film review: the British film "71" (24 July). s1 the Northern Ireland conflict that broke out in the late
    # sixties (a general conflict: not coded) and ended in 1998 with the Good Friday agreement in Belfast (-> AGREE [H],
    # an agreement with its place and date reported nowhere else, the thirty-fourth set's Minsk agreement inside "منذ");
    # s4-s10 the film's plot (fiction: not coded); s5 "Bloody Sunday" named (a bare reference); s19 the director's
    # interview with the Guardian (media interviews not coded); the rest the critic's views.
    "snn-69f3fa633265": [
        ("AGREE", None, 1, "اتفاق \"الجمعة العظيمة\"", None, None, "بلفاست", "H"),
    ],
    # Al-Yaum: Syria, violent battles in Daraya and a sit-in in Latakia (10 August). s0 the regime's forces and Hezbollah
    # fighters tried at dawn on Sunday to advance in the northern side of Daraya (-> ASSAULT, mode null, the forty-third,
    # fifty-fourth and fifty-fifth sets' attempted advances; the clashes that followed its result, not coded apart); s1
    # the attempt under heavy surface-to-surface missile fire (-> ASSAULT heavy-weapons, new method, the thirty-fourth
    # set's missiles; actor implied: null); s2 the armed opposition announced on Saturday it killed 15 regime soldiers in
    # battles around Daraya (-> ASSAULT, mode null); s3 it repelled (a pronoun: actor null) the regime's attempts to retake
    # the strategic positions of the northern quarters (-> ASSAULT, the attempts with their actor and place, and the
    # repelling its own record, the fifty-fifth and fifty-sixth sets' repelled attacks); s4 the reinforcements (a
    # mobilisation in the context of an assault: only the ASSAULT, PLOVER); s5 the renewed fighting (restated) and the
    # regime's breach of the Moadamiya truce by mortar fire (-> ASSAULT heavy-weapons, one record for the breach and its
    # shelling); s6 in al-Zabadani the continuing clashes of the regime and Hezbollah with opposition factions (->
    # ASSAULT, mode null, both sides in one actor phrase, the fifty-third and fifty-fifth sets' continuing Zabadani
    # clashes with their place) and the helicopters' twenty barrels (-> ASSAULT aerial; the fronted al-Zabadani given to
    # both, the fifty-fifth set's s4); s7 the factions repelled most attacks (-> ASSAULT, mode null, the defenders'
    # response; the attacks a series) and SANA: the army and Hezbollah took the Corniche roundabout (-> COERCE seize; the
    # tightened noose its result); s8 the regime's and Hezbollah's broad offensive on al-Zabadani launched early last
    # month (-> ASSAULT [H], about five and a half weeks before the article); s9 the Army of Conquest retook al-Mushayk (->
    # COERCE seize; its approach to the Jurin camp a state); s10 at least 28 opposition and ISIS fighters killed in clashes
    # and two suicide bombings in the northern Aleppo countryside (-> ASSAULT, mode null, and ASSAULT suicide-attack, the
    # second set's records of the same copy) and s11 their account with its villages and the vehicle bomb and belt (->
    # ASSAULT and ASSAULT suicide-attack again, new place and method, as the second set's s16); s12 the toll restated; s13
    # ISIS's aim to cut the supply lines (an aim: not coded, the later sets); s14 more than a thousand people sat in in
    # Latakia on Saturday night in protest at the killing by Suleiman al-Assad (-> PROTEST demo, the second set's record;
    # the killing inside "احتجاجًا على" reported as a main clause in s15: coded there); s15 al-Assad's rifle fire on
    # al-Sheikh on Thursday night (-> ASSAULT firearms); s16 Hilal al-Assad killed in March 2014 in the battles against the
    # factions in the Latakia countryside (-> ASSAULT [H], a relative clause with its own place and date, the second set's
    # record of the same words); s17 the sit-in's chants and resolve (restated); s18-s19 the Observatory's account of the
    # same sit-in and killing with its roundabouts (restated with details: not coded again); s20 the protesters called for
    # Suleiman al-Assad's execution (-> REQUEST, mode null, the fifty-fifth set's demands of a sit-in; Hilal's death
    # restated); s21-s23 background and the war's toll.
    "snn-a70ce92dca6e": [
        ("ASSAULT", None, 0, "حاولوا فجر الاحد التقدم", "قوات النظام السوري ومقاتلين من حزب الله اللبناني", None,
         "الجهة الشمالية لمدينة داريا بريف دمشق الغربي", ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف عنيف بصواريخ أرض أرض", None, None, None, ""),
        ("ASSAULT", None, 2, "قتلت", "المعارضة السورية المسلحة", "15 جنديًا نظاميًا", "محيط مدينة داريا", ""),
        ("ASSAULT", None, 3, "محاولات", "قوات النظام", None, "الأحياء الشمالية من المدينة", ""),
        ("ASSAULT", None, 3, "صدت", None, "قوات النظام", "الأحياء الشمالية من المدينة", ""),
        ("ASSAULT", "heavy-weapons", 5, "قصفتها بمدافع الهاون", "قوات النظام", None, "معضمية الشام القريبة من داريا", ""),
        ("ASSAULT", None, 6, "الاشتباكات",
         "قوات النظام وحزب الله من جهة وبين فصائل معارضة بينها جبهة النصرة وحركة أحرار الشام", None,
         "الزبداني شمال غرب دمشق قرب الحدود مع لبنان", ""),
        ("ASSAULT", "aerial", 6, "ألقى", "الطيران المروحي", None, "الزبداني شمال غرب دمشق قرب الحدود مع لبنان", ""),
        ("ASSAULT", None, 7, "صدت جل الهجمات", "الفصائل", None, None, ""),
        ("COERCE", "seize", 7, "سيطرا", "الجيش و«المقاومة اللبنانية» (حزب الله)", None,
         "داور الكورنيش في الجهة الجنوبية الغربية من المدينة", ""),
        ("ASSAULT", None, 8, "هجومًا واسعًا", "قوات النظام وحزب الله", None, "الزبداني", "H"),
        ("COERCE", "seize", 9, "استعاد", "جيش الفتح التابع للمعارضة السورية", None, "قرية «المشيك»", ""),
        ("ASSAULT", None, 10, "اشتباكات", "مقاتلي المعارضة وتنظيم داعش", None, "ريف حلب الشمالي", ""),
        ("ASSAULT", "suicide-attack", 10, "تفجيرين انتحاريين", "التنظيم", None, "ريف حلب الشمالي", ""),
        ("ASSAULT", None, 11, "اشتباكات عنيفة", "عناصر تنظيم داعش من جهة والفصائل الاسلامية والمقاتلة", None,
         "محيط قرى عدة في ريف حلب الشمالي", ""),
        ("ASSAULT", "suicide-attack", 11, "تفجير عنصرين من التنظيم لنفسيهما", "عنصرين من التنظيم", None,
         "محيط قرى عدة في ريف حلب الشمالي", ""),
        ("PROTEST", "demo", 14, "اعتصم", "أكثر من ألف شخص", "سليمان الأسد أحد اقرباء الرئيس السوري بشار الأسد",
         "مدينة اللاذقية", ""),
        ("ASSAULT", "firearms", 15, "اطلاق النار", "الاسد", "الشيخ", "اللاذقية", ""),
        ("ASSAULT", None, 16, "قتل", "مقاتلي الفصائل", "هلال الاسد", "ريف اللاذقية", "H"),
        ("REQUEST", None, 20, "دعا", "المعتصمون", None, None, ""),
    ],
    # Al-Jazirah column: how do we expect terrorism to end? (9 August). s1 the latest shock, the bombing of the Emergency
    # Forces mosque in Asir at prayer time with its dead and wounded (-> ASSAULT explosives, a fact stated in a column,
    # the seventh set's record of the same bombing; 6 August, recent; the attacks "on our country" a general series); the
    # rest the writer's views, the opposition some figures faced (general) and the list of the writer's other articles
    # (s34-s48).
    "snn-ef0305e654d6": [
        ("ASSAULT", "explosives", 1, "تفجير", None, "مسجد قوات الطوارئ", "عسير", ""),
    ],
    # Sabq: Asiri, the Houthis' border skirmishes are wretched and seek a media victory (23 July). s0-s4 the coalition
    # spokesman's words on the skirmishes of the Houthi militias and Saleh's forces on the southern border (a general
    # series "بين وقت وآخر" and views: not coded); s5 the Saudi forces foiled today a planned attack of Saleh's militias on
    # the al-Tuwal crossing (-> ASSAULT, mode null, the attack with its target, and ASSAULT, the foiling, the forty-first
    # set's records of the same copy); s6 more than 16 vehicles destroyed (-> ASSAULT destroy, as the forty-first set);
    # s7 the report of the movements (a detail); s8 the forces confronted the attack after six hours of clashes with
    # artillery, tanks, Apaches and the coalition's aircraft (-> ASSAULT heavy-weapons, as the forty-first set); s9-s10
    # the plan and the tanks (details); s11 the coalition's aircraft bombed the rocket bases and vehicles behind the
    # mountains (-> ASSAULT aerial); s12-s15 Asiri on the Saudi plane at Aden airport (views; the arrival reported in s22);
    # s16-s20 the relief effort, the coalition's continuing support and the operations at al-Anad (general series and
    # views: not coded); s21 the order of the Crown Prince's deputy to secure cargo planes for the aid (an order inside one
    # government: the aid coded at its delivery); s22 the first plane reached Aden international airport carrying 20
    # tons of food (-> AID, the forty-fifth and fifty-fifth sets' relief arrivals; the sender named only in s21: actor
    # null); s23 its reception by Yemeni officials (a reception, not a meeting of parties: not coded).
    "snn-7bd85c02ffa3": [
        ("ASSAULT", None, 5, "مخطط هجوم", "مليشيات علي صالح", "منفذ الطوال الحدودي مع اليمن", None, ""),
        ("ASSAULT", None, 5, "أحبطت", "القوات السعودية", "مليشيات علي صالح", None, ""),
        ("ASSAULT", "destroy", 6, "تدمير", "القوات", "أكثر من 16 آلية لمليشيات الحوثي", None, ""),
        ("ASSAULT", "heavy-weapons", 8, "تصدت", "القوات", None, None, ""),
        ("ASSAULT", "aerial", 11, "تقصف", "طائرات التحالف", "قواعد الصواريخ وبعض الآليات لجيش المخلوع صالح", None, ""),
        ("AID", None, 22, "وصلت", None, None, "مطار عدن الدولي", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
