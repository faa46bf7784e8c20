"""Build events-second44.jsonl: a SECOND, independent PLOVER event annotation (written by hand below, reading the
text only) of the 20 articles of the forty-fourth events blind set (../blind44/sample.jsonl), made to measure how
far two careful annotators agree. Same layout and guidelines as the first forty-three sets
(/work/main/tests/data/events/events-blind.jsonl ... events-blind43.jsonl and their blind/ .. blind43/ make_gold.py);
the first annotation of these articles (events-blind44.jsonl, blind44/make_gold.py, SOURCE-events-blind44.txt) was
never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second44.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind44", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second44.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-third sets' rule: "اعترف" from "فاعترف", "قتل" from "فقتل", "حاصرت" from "وحاصرت", "طالب" from "وطالب", "احال"
# from "واحال", "التعاون" from "بالتعاون", "تهمة ..." from "بتهمة", "التقت" from "والتقت"), "للقصف العنيف" kept whole,
# the article's alif elided; in actors, recipients and places the fused ب/ل/ك is left out ("206 جرحى" from "لـ206");
# where the article's alif is elided the fused ل stays ("لليونان", "للحوثيين", "للمملكة", "للنزيلات في الدار", the
# first, twenty-fifth and twenty-ninth to forty-third sets' rule); spellings as written (the presentation-form letters
# of the Asharq Al-Awsat MSF report s6-s7 copied code point for code point, "ايزابيل بريم", "الامم المتحدة", "مجلس
# الامن الدولي", "جنوب افريقيا", "حلفاها", "اربع جهات خيرية", the guillemets of "«إب»", "«صعده»", "«لحج»", the straight
# quotes of 'أجزاء من شمال "سيناء"', the tanwin of "هجوما كبيرا", "معسكرا", "امرا" in its trigger); a string repeated in
# its sentence is picked by its occurrence (("وافقت", 1), ("مسعود البارزاني", 1), ("الأحزاب الكردية", 2), ("المجني
# عليه", 1), ("الجاني", 3) and 5, ("زار", 1) and 2, ("قوات أمن شمال سيناء", 1) and 2, ("القصف", 1), ("الغرب وإيران",
# 1), ("تركيا", 1), ("داعش", 1)). Speakers and actors named only by a pronoun, an implied subject or a passive are null
# (the eighteenth, twenty-seventh to forty-third sets); a subject named earlier in the same sentence is kept for its
# further clauses.
GOLD = {
    # Al-Jazirah: Roma reaches an agreement with Dzeko (1 August). A player's transfer talks between clubs, the coach's
    # consent to his departure and the other transfers (club business and transfers, the twelfth and fourteenth sets'
    # rule, the forty-third set's sport administration): none.
    "snn-cb496ffdb643": [],
    # Al-Eqtisadiah: Egypt extends the state of emergency in North Sinai (26 July). s0 the Egyptian government's
    # decision extending the state of emergency in parts of North Sinai by three months (-> COERCE martial-law, PLOVER
    # "impose state of emergency", the twenty-first and thirtieth sets' extensions; a security measure, not the
    # thirty-sixth set's natural disaster; the aim "to contain the terrorist attacks" not coded) and its first
    # imposition in October of last year (inside "بعد", its own date -> COERCE martial-law [H], the thirtieth set's
    # Essebsi declaration beside the extension; passive: actor null); s1 the decision issued by Prime Minister Ibrahim
    # Mahlab with the area's limits (the same act with its decision-maker named -> its own record, the thirtieth set's
    # s1; the area described by its limits: location null); s2 the extension of the curfew in those areas (-> COERCE
    # curfew, the fifteenth set's mode; "تلك المناطق" anaphoric: location null; the decision the subject: actor null).
    "snn-f84f89591081": [
        ("COERCE", "martial-law", 0, "تمديد حالة الطوارئ", "الحكومة المصرية", None, 'أجزاء من شمال "سيناء"', ""),
        ("COERCE", "martial-law", 0, "فرضت لأول مرة", None, None, None, "H"),
        ("COERCE", "martial-law", 1, "تفرض", "رئيس الوزراء ، إبراهيم محلب", None, None, ""),
        ("COERCE", "curfew", 2, "تمديد حظر التجول", None, None, None, ""),
    ],
    # Al-Jazirah: the Petra police investigate a girl's death (24 July). A child choked by a swing rope while playing at
    # home (an accident) and the police's routine inquiry into a death without a crime alleged (the seventeenth and
    # thirty-eighth sets left such inquiries uncoded, the thirty-second set coded an inquiry into a criminal suspicion:
    # followed the latest): none.
    "snn-090195df2adc": [],
    # Sabq: "Arab News" first among the English-language papers of the Arab world (21 July). A ranking and the editor's
    # statement on the paper: none.
    "snn-e1b3c8bc4ff7": [],
    # Asharq Al-Awsat "موجز" (6 August), three items with their headings (headings coded like any sentence, the
    # seventeenth set's "موجز دوليات"). Mistral: s0 the heading, a French-Russian agreement on the two Mistral ships (->
    # AGREE, the adjectives as the only naming, the forty-third set's "الأميركي"); s1-s2 the dateline cut at "أ." "ف.";
    # s3 Hollande and Putin reaching an agreement on the non-delivery (new content: the two presidents -> AGREE; the
    # non-delivery a bare mention without actor: not coded); s4 the statement: the presidents "consulted" in the
    # afternoon (-> CONSULT, mode null: the medium not named) and that France and Russia reached an agreement to end the
    # contract (s3 restated: not coded again) "signed in 2011" (the contract inside the relative clause, dated -> AGREE
    # [H], actor null as the forty-third set's F-16 deal of 2010); the full repayment to Russia (the agreement's content,
    # the tenth set's bailout content: not coded apart). Chad: s5 the heading, seven Boko Haram members killed in clashes
    # with the Chadian army (-> ASSAULT, mode null, the toll with it); s6-s7 dateline; s8 the clashes between the Chadian
    # army and Boko Haram on Lake Chad (new content: both sides in one phrase and the place -> ASSAULT); s9 the island
    # named (a finer place of s8's clashes, the forty-third set's Heliopolis: not coded again); s10 the figures and "the
    # clash continues" (not coded again); s11 the Nigerian army's big offensive in mid-July on the Chadian islands of the
    # lake ("الجيش النيجيري" as written; about three weeks before: not historical; the militants' use of the islands to
    # attack villages a general series: not coded); s12 about a thousand soldiers deployed in the lake area (-> MOBILIZE
    # troops, passive: actor null, the sixteenth set's "ارسل"; its aim, to occupy the islands, not coded); s13 the
    # Chadian government's call on the residents to evacuate the islands with the start of the operation (an order to
    # civilians -> REQUEST, mode null: no PLOVER mode fits; "الجزر" anaphoric: location null). Congo: s14 the heading,
    # rebels kidnapping six Muslim clerics in eastern Congo (-> ASSAULT abduct); s15-s16 dateline; s17 the religious
    # authorities: unknown rebels kidnapped six Tanzanian clerics and their driver (new content: the driver and the
    # clerics' nationality -> ASSAULT abduct; "شرق البلاد" anaphoric: location null); s18 the day and the villages of
    # North Kivu (a finer place and a day of the same kidnapping: not coded again); s19 the rebels' ransom demand of
    # $40,000 from the Muslim community (-> REQUEST, mode null: a ransom is no PLOVER REQUEST mode; the hedged attribution
    # to the FDLR inside the relative clause is the actor's description, the fortieth set, not coded); s20 the FDLR's
    # opposition to Tutsi influence since 2000 (a standing position) and s21 its regular attacks on civilians (a general
    # series): not coded.
    "snn-901051dff431": [
        ("AGREE", None, 0, "اتفاق", "فرنسي", "روسي", None, ""),
        ("AGREE", None, 3, "توصل", "الرئيس الفرنسي فرنسوا هولاند، ونظيره الروسي فلاديمير بوتين", None, None, ""),
        ("CONSULT", None, 4, "تشاورا", "الرئيسين", None, None, ""),
        ("AGREE", None, 4, "الموقع", None, None, None, "H"),
        ("ASSAULT", None, 5, "مواجهات", "الجيش التشادي", "7 عناصر من «بوكو حرام»", None, ""),
        ("ASSAULT", None, 8, "مواجهات", "الجيش التشادي وجماعة بوكو حرام المتطرفة", None, "بحيرة تشاد", ""),
        ("ASSAULT", None, 11, "هجوما كبيرا", "الجيش النيجيري", None, "الجزر التشادية من البحيرة", ""),
        ("MOBILIZE", "troops", 12, "نشر نحو ألف جندي", None, None, "منطقة البحيرة", ""),
        ("REQUEST", None, 13, "طلبت", "الحكومة التشادية", "السكان", None, ""),
        ("ASSAULT", "abduct", 14, "يختطفون", "متمردون", "6 رجال دين مسلمين", "شرق الكونغو", ""),
        ("ASSAULT", "abduct", 17, "خطفوا", "متمردين مجهولين", "ستة رجال دين مسلمين تنزانيين وسائقهم", None, ""),
        ("REQUEST", None, 19, "طالب", "المتمردون", "الجالية الإسلامية", None, ""),
    ],
    # Al-Jazirah: the coalition's painful strikes on the rebels; the resistance advances (8 August). s0 the lead: the
    # coalition aircraft's series of air raids on the Houthi and allied positions in many provinces (-> ASSAULT aerial;
    # "العديد من المحافظات اليمنية" vague: location null) and the popular resistance continuing its advance in more than
    # one area (a current offensive -> ASSAULT, mode null, the forty-first and forty-second sets; vague areas: location
    # null; its "continuing confrontations" a standing state); s1 the raids on the special security forces' camp in Ibb
    # and on other military positions in Amran, Hodeidah, Hajjah and Marib (the details beside the lead, two targets with
    # their places -> two ASSAULT aerial records, the forty-third set's two targets of one trigger); s2 the raids in Saada
    # on the Houthi positions and dens (new place -> ASSAULT aerial; the province as the place, the districts its list);
    # s3 the resistance's control of several areas in al-Dhale and Abyan (-> COERCE seize; the advance restated from s0
    # not coded again); s4 a lone "."; s5 the combing of the remaining pockets in Lahj (-> COERCE seize, the fourth,
    # nineteenth and twenty-fifth sets' military "تمشيط"; passive: actor null); s6 17 civilians killed by the explosion
    # of mines the Houthis planted during their withdrawal from Lahj (-> ASSAULT explosives with its toll) and that
    # withdrawal (inside "أثناء", its own actor and place, reported nowhere else in the article -> RETREAT withdraw;
    # recent: not historical); s7 most casualties on their return home, in al-Houta (a detail of s6: not coded again);
    # s8 Turkey's official freezing of the assets of Saleh and Houthi leaders (-> SANCTION discontinue, PLOVER
    # "international sanctions", the thirty-fourth set's asset freeze) in compliance with the UN sanctions (inside the
    # relative clause, with its actor -> SANCTION discontinue [H], undated background); s9 the names (s8 restated); s10
    # the French hostage Isabelle Prim's arrival in France from Oman, which facilitated her release (the release ->
    # RETREAT release, the captors unnamed: actor null; Oman's facilitation its frame, not a PLOVER act of its own; the
    # travel not coded) and her captivity in Yemen since February (inside the relative clause -> ASSAULT abduct [H],
    # more than five weeks); s11 her meeting with President Hollande, who received her at Villacoublay (a reception:
    # the visitor as actor, the host as recipient, the twenty-ninth set -> CONSULT visit).
    "snn-4d00195121e0": [
        ("ASSAULT", "aerial", 0, "سلسلة من الغارات الجوية", "طائرات التحالف العربي بقيادة المملكة", "مواقع وتجمعات للمليشيات الحوثية والقوات المتحالفة معها", None, ""),
        ("ASSAULT", None, 0, "تقدمها", "المقاومة الشعبية", None, None, ""),
        ("ASSAULT", "aerial", 1, "سلسلة من الغارات الجوية", "طيران التحالف", "معسكر قوات الامن الخاصة", "محافظة «إب» وسط اليمن", ""),
        ("ASSAULT", "aerial", 1, "سلسلة من الغارات الجوية", "طيران التحالف", "مواقع عسكرية أخرى", "«جبل المرحة» بمحافظة «عمران» ومديرية «حيس» بمحافظة «الحديدة» ومديرية «ميدي» التابعة لمحافظة «حجة» وفي مناطق متفرقة من محافظة «مارب»", ""),
        ("ASSAULT", "aerial", 2, "استهدفت", "طيران التحالف العربي", "مواقع وأوكار المليشيات الحوثية وحلفاها", "محافظة «صعده»", ""),
        ("COERCE", "seize", 3, "السيطرة", "المقاومة الشعبية", None, "محافظتي «الضالع وأبين»", ""),
        ("COERCE", "seize", 5, "عمليات التمشيط", None, None, "محافظة «لحج»", ""),
        ("ASSAULT", "explosives", 6, "انفجار الغام", "الحوثيون", "17 مدنيا", "محافظة لحج في جنوب اليمن", ""),
        ("RETREAT", "withdraw", 6, "انسحابهم", "الحوثيون", None, "محافظة لحج في جنوب اليمن", ""),
        ("SANCTION", "discontinue", 8, "جمدت", "تركيا", "الرئيس اليمني السابق علي عبدالله صالح المتحالف مع المتمردين الحوثيين وعدد من قادة التمرد", None, ""),
        ("SANCTION", "discontinue", 8, "العقوبات", "الامم المتحدة", None, None, "H"),
        ("ASSAULT", "abduct", 10, "محتجزة رهينة", None, "الفرنسية ايزابيل بريم", "اليمن", "H"),
        ("RETREAT", "release", 10, "عملية الافراج", None, "الفرنسية ايزابيل بريم", None, ""),
        ("CONSULT", "visit", 11, "التقت", "الشابة (30 عاما)", "الرئيس الفرنسي فرنسوا هولاند", "قاعدة فيلاكوبلاي العسكرية قرب باريس", ""),
    ],
    # Al-Jazirah: Iraq: the Kurdish parties agree to keep Barzani in office (6 August). One sentence of 1,500 characters
    # (no full stop). The Islamic Union's member: the four parties agreed to Massoud Barzani's staying as president of the
    # region for two more years (an agreement between parties, not inside one government -> AGREE; the beneficiary as
    # recipient; the quotation restating it not coded again) in exchange for the KDP's agreement to a parliamentary system
    # (the deal's content, the KDP's decision still awaited in the same words: not coded apart); the PUK's spokesman: no
    # agreement on the extension, the Kurdish parties did not agree in all the recent meetings (a denial by one of the
    # four parties of its own side's agreement -> AGREE [N], the thirty-fourth set's denials by the actor's own side) and
    # those recent bilateral and multilateral meetings between the political parties (inside "خلال", reported nowhere
    # else -> CONSULT, mode null); the PUK's stance and "we insist on national consensus" (positions: not coded); the
    # field item: 13 police and Popular Mobilisation members killed by a suicide car bomb that targeted a gathering of
    # Iraqi forces in Diyala (-> ASSAULT suicide-attack with its toll; actor not named).
    "snn-24c1ae845802": [
        ("AGREE", None, 0, ("وافقت", 1), "الأطراف الأربعة (الاتحاد الوطني الكردستاني، التغيير، الجماعة الإسلامية، الاتحاد الإسلامي الكردستاني)", ("مسعود البارزاني", 1), None, ""),
        ("AGREE", None, 0, "لم تتفق", ("الأحزاب الكردية", 2), None, None, "N"),
        ("CONSULT", None, 0, "الاجتماعات الأخيرة", "الأطراف السياسية", None, None, ""),
        ("ASSAULT", "suicide-attack", 0, "انفجار سيارة مفخخة يقودها انتحاري", None, "تجمعا للقوات العراقية", "محافظة ديالى", ""),
    ],
    # Asharq Al-Awsat: MSF calls the situation in Yemen "shocking" (6 August). Text with Arabic presentation forms, copied
    # exactly. s0 the MSF president's words (a description of a situation, no party blamed: not coded) after her teams
    # treated 206 wounded of the Houthi shelling of Aden (the treatment an anchor reported as a main clause in s6, coded
    # there; the shelling, with its actor, target and place, reported here -> ASSAULT heavy-weapons, the sets' Houthi
    # "قصف" in Aden and Taiz; 19 July: not historical); s1-s2 her shock and the clashes preventing access (views, a
    # general state); s3-s4 MSF running health facilities and treating 9,000 since March (a standing practice and a
    # tally: not coded); s5 a view; s6 in Aden, where the fighting between the Houthis and the southern resistance peaked
    # ten days before (inside "حيث", both sides and the place, reported nowhere else -> ASSAULT, mode null), MSF's teams
    # receiving 206 wounded in a few hours on the night of 19 July (medical care by an NGO -> AID, the second and
    # twenty-eighth sets' treatment; the shelling "عقب" restated from s0: not coded again); s7 MSF: the parties impose
    # violence on the population and the Security Council's arms embargo caused a de facto blockade (criticism ->
    # ACCUSE disapprove, one record per criticised party; the embargo itself a standing measure: not coded); s8-s9
    # shortages and daily shelling (general); s10 the Aden health office's toll of the day before yesterday (a toll
    # reported apart: not coded); s11 the toll caused by mines the Houthi and Saleh militias planted in their last
    # strongholds (-> ASSAULT explosives, "هذه الأحياء السكنية في شمال عدن" named by its region "شمال عدن") before their
    # withdrawal (inside "قبل" -> RETREAT withdraw) and the resistance's control of those neighbourhoods (-> COERCE
    # seize), both reported nowhere else in the article; recent: not historical.
    "snn-8789ed22e584": [
        ("ASSAULT", "heavy-weapons", 0, "قصف", "الحوثيين", "206 جرحى", "مدينة عدن", ""),
        ("ASSAULT", None, 6, "ﺍﻟﻘﺘﺎﻝ", "ﺍﻟﺤﻮﺛﻴﻴﻦ ﻭﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺠﻨﻮﺑﻴﺔ", None, "ﻋﺪﻥ ﺟﻨﻮﺏ ﺍﻟﺒﻼﺩ", ""),
        ("AID", None, 6, "ﺍﺳﺘﻘﺒﻠﺖ", "ﻓﺮﻕ منظمة «أطباء ﺑﻼ ﺣدود»", "206 ﺟﺮﺣﻰ", None, ""),
        ("ACCUSE", "disapprove", 7, "تفرض ﺣﺎﻟﺔً ﻣﻦ ﺍﻟﻌﻨﻒ", "المنظمة", "أﻃﺮﺍﻑ ﺍﻟﻨﺰﺍﻉ", None, ""),
        ("ACCUSE", "disapprove", 7, "ﺃﺩﻯ ﺇﻟﻰ ﺣﺼﺎﺭ ﻓﻌﻠﻲ", "المنظمة", "ﻣﺠﻠﺲ ﺍﻷﻣﻦ الدولي", None, ""),
        ("ASSAULT", "explosives", 11, "الألغام الأرضية التي زرعتها", "ميليشيات الحوثي والرئيس المخلوع علي عبد الله صالح", None, "شمال عدن", ""),
        ("RETREAT", "withdraw", 11, "انسحابها", "ميليشيات الحوثي والرئيس المخلوع علي عبد الله صالح", None, None, ""),
        ("COERCE", "seize", 11, "سيطرة", "قوات المقاومة", None, "شمال عدن", ""),
    ],
    # Al-Weeam (Reuters): oil prices fall as a nuclear deal with Iran nears (21 July; the copy speaks of "today,
    # Monday" before the deal). s0 Iran and six world powers nearing a final nuclear agreement (an agreement not yet
    # reached -> AGREE [F]; the sanctions it may end and Iran's exports a prediction); s1 the European leaders' unanimous
    # agreement on rescue loans for Greece (-> AGREE, the tenth set's bailout vote; the loans the agreement's content:
    # no AID apart; "لليونان" kept whole, the alif elided); s2-s7 prices, cut at every "."; s8 the reports that Iran
    # and the six are about to agree (s0 restated: not coded again); s9 a senior Iranian negotiator: the agreement will
    # be signed (s0's coming agreement restated) but he cannot promise the talks will end today or Tuesday (the ongoing
    # talks -> CONSULT, mode null, the negotiator as the named participant); s10-s11 Araghchi in Vienna (the same talks
    # and agreement restated, a quotation: not coded again); s12-s16 the analysts' forecasts; s17 the link line (not
    # coded, the twentieth to forty-third sets).
    "snn-93861f4f30f2": [
        ("AGREE", None, 0, "التوصل إلى اتفاق نووي نهائي", "إيران وست قوى عالمية", None, None, "F"),
        ("AGREE", None, 1, "اتفاق", "القادة الأوروبيين", "لليونان", None, ""),
        ("CONSULT", None, 9, "المحادثات", "مفاوض إيراني رفيع", None, None, ""),
    ],
    # Al-Watan column: "The strategy of turning the sacred into the profane" (10 August). The columnist's reading of
    # ISIS's strategy (views); s5 "the Saudi ISIS member killed his father" (a stated fact with its actor and victim ->
    # ASSAULT, mode null, the forty-second set's Okaz column's son killing his father; undated but a current case of
    # the column's subject: no flag, as the forty-second set's incidents); s7 the Saudi ISIS members' suicide bombings
    # in mosques "more than once" (a general series: not coded); s15 "after Saudi Arabia succeeded in Decisive Storm"
    # (a characterisation of the campaign, the seventh and thirteenth sets left "عاصفة الحزم" uncoded); s17 Yusuf
    # al-Suleiman's "path of bloodshed" (an allusion inside a wish, no act described); the rest views and questions.
    "snn-d0ef38c9e4d1": [
        ("ASSAULT", None, 5, "قتل", "الداعشي السعودي", "والده", None, ""),
    ],
    # Al-Jazirah column: the difference between the martyr and the terrorist (8 August). Definitions and views, no act
    # described: none.
    "snn-8a68510bd83b": [],
    # Okaz: the Houthi aggression disables the biggest hospital in Taiz (23 July). s0 the al-Thawra hospital's sections
    # stopped by the damage (a result, coded with its shelling); s1 the emergency head: staff and patients living under
    # the stairs because of the violent shelling by the Houthi militia stationed in al-Hawban (-> ASSAULT heavy-weapons,
    # the sets' Houthi "قصف"; al-Hawban the militia's position, not the target: location null); s2 the shells that hit
    # the emergency, intensive-care and dialysis sections with mortars and Katyusha rockets and destroyed the emergency
    # and the drug stores (new target and method -> ASSAULT heavy-weapons, the destruction part of it; actor not named in
    # the sentence) and his "need to put an end to these practices" (a necessity statement: not coded); s3 the shelling
    # also hit the nearby houses and neighbourhoods (a new target -> ASSAULT heavy-weapons; the casualties with it); s4
    # the Houthi militia's cutting of the landlines and internet of Taiz (-> COERCE withhold, PLOVER "shut off
    # power/internet") and the reinforcements from Hodeidah and Ibb seen heading to the city's outskirts (-> MOBILIZE
    # militia, the twelfth set's reinforcements, the forty-third set's non-state mode; the attempt to storm it their
    # aim, not an attack carried out: not coded; the named subject of the sentence kept); s5 the resistance repelling an
    # attack towards Shar'ab (a repelled attack -> two ASSAULT records, the attackers not named) and advancing (part of
    # it), and the Sixty Street front's violent confrontation with the Houthis trying to advance (-> ASSAULT, one record
    # for the confrontation; the front named only by its place: actor null).
    "snn-dbc1d46ce12c": [
        ("ASSAULT", "heavy-weapons", 1, "للقصف العنيف", "مليشيات الحوثي المتركزة في منطقة الحوبان", "الكادر الطبي والفني والمرضى", None, ""),
        ("ASSAULT", "heavy-weapons", 2, "استهدفت", None, "الطوارئ والإنعاش وقسم الغسيل الكلوي", None, ""),
        ("ASSAULT", "heavy-weapons", 3, ("القصف", 1), None, "المنازل والاحياء المجاورة", None, ""),
        ("COERCE", "withhold", 4, "قطع الهواتف الأرضية والإنترنت", "مليشيات الحوثي", None, "مدينة تعز", ""),
        ("MOBILIZE", "militia", 4, "تعزيزات", "مليشيات الحوثي", None, None, ""),
        ("ASSAULT", None, 5, "هجوم", None, None, "شرعب", ""),
        ("ASSAULT", None, 5, "تصدت", "المقاومة", None, "شرعب", ""),
        ("ASSAULT", None, 5, "مواجهة عنيفة", None, "الحوثيين", "شارع الستين", ""),
    ],
    # Ain Al-Youm: a father kills his son with two shots in the head and chest (Kuwait, 10 August). s0 the dateline; s1
    # the security media department: the criminal investigation department (al-Ahmadi) solved the murder of a citizen in
    # Ali Sabah al-Salem, its intensive investigations revealing that the victim was deliberately killed by his father
    # (-> ACCUSE investigate, the twenty-sixth set's investigations, and the killing -> ASSAULT, mode null, the
    # twenty-sixth set's finding of a criminal killing with its suspect); s2 the CID confronting the father with the
    # evidence (-> ACCUSE allege, PLOVER "formally or informally accuse") and his confession (-> CONCEDE, the eleventh and
    # twenty-sixth sets' "اعترف"), the son's threat with a weapon at his father's house (-> THREATEN violence, one record:
    # the habitual threats "داوم" a series, the day's threat the act) and the father's shooting of his son in the
    # Umm al-Haiman desert (new content: the method and place -> ASSAULT firearms; "عليه" a pronoun: recipient null;
    # the luring and the fleeing part of it); s3 the confession restated with the weapon thrown away and the car burned
    # (his own car, evidence destroyed: not an ASSAULT destroy); s4 the accused referred to the competent authority for
    # investigation (an investigation to come -> ACCUSE investigate [F], the seventh set's transfer "لاستجوابهم";
    # passive: actor null); s5 the tags line.
    "snn-4bd6d1edffb1": [
        ("ACCUSE", "investigate", 1, "التحقيقات والتحريات المكثفة", "الإدارة العامة للمباحث الجنائية (مباحث الأحمدي)", None, None, ""),
        ("ASSAULT", None, 1, "القتل العمد", "والده", "المجني عليه", "منطقة علي صباح السالم (بر أم الهيمان)", ""),
        ("ACCUSE", "allege", 2, "واجهت", "مباحث الأحمدي", "الجاني (والد الضحية)", None, ""),
        ("CONCEDE", None, 2, "اعترف", "الجاني (والد الضحية)", None, None, ""),
        ("THREATEN", "violence", 2, "هدده", ("المجني عليه", 1), ("الجاني", 3), None, ""),
        ("ASSAULT", "firearms", 2, "أطلق منه النار", ("الجاني", 5), None, "بر منطقة أم الهيمان", ""),
        ("ACCUSE", "investigate", 4, "إحالة المتهم إلى جهة الاختصاص للتحقيق", None, "المتهم", None, "F"),
    ],
    # Al-Watan: the Sisi-Putin summit in Moscow soon (8 August). s0 the Egyptian presidency: preparations for a summit of
    # the two presidents in Russia (a planned meeting -> CONSULT [F], the nineteenth to forty-third sets; both presidents
    # in one phrase, mode null); s1 the spokesman: the bilateral summit being prepared through diplomatic channels (s0
    # restated: not coded again; the aim of cooperation not coded); s2 Peskov: the date to be announced after agreement
    # and the regular dialogue (a plan and a standing practice); s3 Putin's visit to Egypt on 9 February and al-Sisi's
    # to Russia on 8 May with the Victory Day celebrations (-> two CONSULT visit [H], the country visited as the place
    # without a host named, the thirty-ninth set; the celebrations part of the visit); s4 the army: North Sinai calm
    # "amid the raising of readiness" to face any attack (-> MOBILIZE troops, PLOVER "increase readiness"; the named
    # subject kept); s5 the checkpoints equipped and no truth in reports of armed attacks on them (a denial of another
    # party's act: not coded, the thirty-third and forty-third sets); s6 the South Sinai security director: full
    # coordination with the armed forces (inside one government: not coded), a security alert on roads and stations (->
    # MOBILIZE police, the forty-second set's intensified presence; the implied directorate: actor null) and the mountain
    # paths secured in cooperation with the Bedouin tribes (-> COOPERATE, security cooperation with a non-government
    # party; passive: actor null); s7 the North Sinai security forces continuing their security operations against the
    # armed elements and hideouts (the forty-second set's current operations -> ASSAULT, mode null), the raids south of
    # Sheikh Zuweid and Rafah and east of Arish under air cover (-> COERCE seize; the named subject kept), whose aims
    # (targeting hotspots, aborting attempts, clearing the roads of bombs) are not coded, the bombs planted earlier by
    # gunmen on the forces' road (inside the relative clause, with its actor -> ASSAULT explosives [F], the forty-second
    # set's bombs set to explode on the forces' road; "طريق القوات" descriptive: location null) and the tightened
    # inspection along the Arish-Qantara road with its inspection committees at the checkpoints (-> COERCE restrict,
    # one record for the measure and its checkpoints, the forty-second set's s4 of the same wording).
    "snn-9193dba2b05a": [
        ("CONSULT", None, 0, "قمة", "الرئيسين المصري عبدالفتاح السيسي والروسي فلاديمير بوتين", None, "روسيا", "F"),
        ("CONSULT", "visit", 3, ("زار", 1), "بوتين", None, "مصر", "H"),
        ("CONSULT", "visit", 3, ("زار", 2), "السيسي", None, "روسيا", "H"),
        ("MOBILIZE", "troops", 4, "رفع درجات الاستعداد", "الجيش المصري", None, "شمال سيناء", ""),
        ("MOBILIZE", "police", 6, "استنفار أمني", None, None, None, ""),
        ("COOPERATE", None, 6, "التعاون", None, "البدو من القبائل", None, ""),
        ("ASSAULT", None, 7, "عملياتها الأمنية", ("قوات أمن شمال سيناء", 1), "العناصر المسلحة والبؤر الإرهابية وأوكار التكفيريين", None, ""),
        ("COERCE", "seize", 7, "المداهمات", ("قوات أمن شمال سيناء", 1), None, "مناطق جنوب الشيخ زويد ورفح وشرق العريش", ""),
        ("ASSAULT", "explosives", 7, "زرعها", "مسلحون", None, None, "F"),
        ("COERCE", "restrict", 7, "إجراءات التفتيش", ("قوات أمن شمال سيناء", 2), None, "طول طريق العريش القنطرة", ""),
    ],
    # Al-Jazirah column: "ISIS, where to?" (27 July). s0 the signing of the nuclear agreement between the West and Iran
    # (its conclusion described with its parties -> AGREE, once per article, the thirtieth to forty-third sets; 14 July:
    # not historical) and Turkey's military entry into the Syrian conflict to fight ISIS (a military intervention ->
    # ASSAULT, mode null, the first, twenty-second and twenty-fourth sets' "التدخل"; the conflict no place: location
    # null); the possibilities that follow (a US safe zone, bases, border closure) and the Kurdish state are
    # predictions; s1-s9 the writer's fears and the ISIS and al-Qaeda history (general); s10-s12 the list of columns.
    "snn-54a77445bb38": [
        ("AGREE", None, 0, "توقيع الاتفاق النووي", ("الغرب وإيران", 1), None, None, ""),
        ("ASSAULT", None, 0, "دخول", ("تركيا", 1), ("داعش", 1), None, ""),
    ],
    # Okaz column: "A job in Tehran" (25 July), on al-Maliki. Facts stated as facts coded, views not (the fourteenth to
    # forty-third sets' columns). s0-s2 views; s3 al-Maliki and Nasrallah vying, after the Kingdom's decision to save
    # Yemen, over who insults the Arabs more (their attacks -> ACCUSE disapprove [H], March-April, undated) and Nasrallah
    # doubting the Saudis' Arabness (his own words -> ACCUSE disapprove [H]; the Kingdom's decision a bare anchor); s4 his
    # raised finger "threatening and vowing" as al-Maliki and some Iraqi politicians did (-> THREATEN, mode null, one
    # record per side, [H]; the pronoun: actor null); s5 Iran "after its nuclear agreement with the West" (the agreement
    # with its parties -> AGREE, once per article; eleven days before: not historical); s6-s10 views; s11 al-Maliki
    # repeating his insults to the Kingdom (-> ACCUSE disapprove, recent); s12 the Iraqi government disavowing those
    # statements (-> ACCUSE disapprove, the statements the object: recipient null) and reaffirming it is serious about
    # close relations with the Kingdom (an expressed intent -> AGREE, the forty-second and forty-third sets); the call
    # to silence al-Maliki the columnist's own view.
    "snn-23185e534552": [
        ("ACCUSE", "disapprove", 3, "يسيء", "الاثنان", "العرب", None, "H"),
        ("ACCUSE", "disapprove", 3, "شكك", "نصرالله", None, None, "H"),
        ("THREATEN", None, 4, "مهددا ومتوعدا", None, None, None, "H"),
        ("THREATEN", None, 4, "فعل", "المالكي وبعض السياسيين العراقيين المحسوبين على البلاط الفارسي الإيراني", None, None, "H"),
        ("AGREE", None, 5, "اتفاقها النووي", "إيران", "الغرب", None, ""),
        ("ACCUSE", "disapprove", 11, "إساءاته", "المالكي", "للمملكة", None, ""),
        ("ACCUSE", "disapprove", 12, "تبرأت", "حكومة العراق", None, None, ""),
        ("AGREE", None, 12, "أكدت من جديد", "حكومة العراق", "المملكة", None, ""),
    ],
    # Al-Riyadh: al-Muaibed: we await Sabella's official reply on coaching the national team (6 August). The football
    # federation's contract talks with a coach, its alternative plans, the planned signing in London and the
    # disciplinary committee's upheld suspensions (sport administration, the thirty-third, thirty-fourth and
    # forty-third sets' al-Muaibed statements): none.
    "snn-0350073546f2": [],
    # Al-Weeam: the Yemeni popular resistance controls the al-Anad triangle (21 July). s0 the resistance's control of
    # the triangle next to the al-Anad air base (-> COERCE seize); s1 its seizure of four tanks (-> COERCE seize, the
    # twenty-first set's seized weapons) and its siege of a camp north of the base (-> COERCE restrict, the sets'
    # sieges; the aim to secure the base not coded); s2 six civilians killed by the Houthis' artillery shelling of Dar
    # Saad in Aden (-> ASSAULT heavy-weapons; "للحوثيين" kept whole, the alif elided); s3 the shelling restated (not
    # coded again) shortly after the resistance's liberation of Aden from the Houthi and Saleh forces (inside "بعد",
    # its own actor and place, reported nowhere else -> COERCE seize, the second and ninth sets' "تحرير عدن"; mid-July:
    # not historical); s4 the source; s5 the coalition aircraft's strike on the air-defence sites of Ras Isa and
    # al-Salif north of Hodeidah (-> ASSAULT aerial); s6 Saturday's violent clashes in the streets of Taiz between the
    # resistance and the Houthis with Saleh's forces (-> ASSAULT, both sides in one phrase); s7 the toll of four months
    # (a tally); s8 the link line.
    "snn-816394484f45": [
        ("COERCE", "seize", 0, "أحكمت", "عناصر المقاومة الشعبية", None, "مثلث العند المجاور لقاعدة العند الجوية جنوبي اليمن", ""),
        ("COERCE", "seize", 1, "استولت", "المقاومة", "أربع دبابات للمسلحين", None, ""),
        ("COERCE", "restrict", 1, "حاصرت", "المقاومة", "معسكرا", "شمال قاعدة العند", ""),
        ("ASSAULT", "heavy-weapons", 2, "قصف مدفعي", "للحوثيين", "6 من المدنيين", "منطقة دار سعد في عدن جنوبي البلاد", ""),
        ("COERCE", "seize", 3, "تحرير عدن", "قوات المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي", "ميليشيات الحوثيين وقوات الرئيس السابق علي عبد الله صالح", "عدن", ""),
        ("ASSAULT", "aerial", 5, "قصفت", "طائرات التحالف العربي", "مواقع الدفاع الجوي", "منطقة رأس عيسى والصليف، شمالي مدينة الحديدة", ""),
        ("ASSAULT", None, 6, "اشتباكات عنيفة", "قوات المقاومة وميليشيات الحوثيين وحلفائهم من قوات صالح", None, "شوارع تعز", ""),
    ],
    # Al-Riyadh: the Saudi fashion designers, a long road to "proving their presence" (23 July). s0 the Jeddah chamber's
    # fashion designers' committee visiting the elderly women's home in Mecca (a visit with a counterpart that is not a
    # government body -> CONSULT visit, the sixteenth, twenty-third, thirty-fourth and forty-second sets' visits to care
    # homes) with gifts for the residents (-> AID) and its gift of abayas to the orphans of the orphans' society as Eid
    # presents (a second recipient -> AID); s1 the committee's head: an agreement reached with four charities to support
    # them through an auction (-> AGREE; passive "تم الاتفاق": actor null; the support its content); s2 the committee's
    # interest in supporting productive families (a standing aim); s3 its signing of a cooperation agreement with the
    # Craft Hands society of the Makkah region (-> AGREE, the sixth and fourteenth sets' signed partnership agreements;
    # its aims not coded); s4 aims and views.
    "snn-230155a19886": [
        ("CONSULT", "visit", 0, "زيارة", "لجنة مصممات الأزياء في الغرفة التجارية الصناعية في جدة", "دار المسنات", "مكة", ""),
        ("AID", None, 0, "تقديم هدايا عينية", "لجنة مصممات الأزياء في الغرفة التجارية الصناعية في جدة", "للنزيلات في الدار", None, ""),
        ("AID", None, 0, "إهداء", "لجنة مصممات الأزياء في الغرفة التجارية الصناعية في جدة", "اليتيمات في جمعية الأيتام", None, ""),
        ("AGREE", None, 1, "تم الاتفاق", None, "اربع جهات خيرية", None, ""),
        ("AGREE", None, 3, "وقعت اتفاقية تعاون", "اللجنة", "جمعية الأيدي الحرفية بمنطقة مكة المكرمة", None, ""),
    ],
    # Al-Eqtisadiah (AFP): al-Bashir leaves for Mauritania despite the ICC's arrest warrant (26 July). s0 al-Bashir's
    # departure from Khartoum to take part in the Great Green Wall summit in Mauritania (attending a multilateral summit
    # -> CONSULT multilateral; he has left and the summit opens the same day: no flag; the attributive "المطلوب ..." left
    # out of the actor); s1 the news agency's account with Nouakchott (s0 restated with a finer place: not coded again);
    # s2 the ICC's two arrest warrants of 2009 and 2010 (an in-absentia warrant -> THREATEN arrest [H]) on charges of war
    # crimes and crimes against humanity in Darfur (-> ACCUSE allege [H]), the twenty-ninth set's coding of the same
    # warrant; s3 South Africa's refusal last month to arrest him (-> REJECT [H], mode null as the twenty-ninth set's
    # refusal; June, about six weeks before) despite its high court's order (inside "على الرغم من", its own actor ->
    # THREATEN arrest [H], an unexecuted arrest order as the ICC's warrant) and the ICC's demand (-> REQUEST [H], mode
    # null; the ICC as the REJECT's recipient); s4-s5 the Rome Statute's obligation and Mauritania not a signatory
    # (standing); s6-s8 the Darfur toll, the government's figure and the rebellion since 2003 (tallies, a
    # counter-account, a standing conflict); s9 the Security Council's referral of Darfur to the ICC in 2005 (bringing
    # a case to court -> ACCUSE allege [H], PLOVER "sue or bring to court"); s10 his visits to several countries despite
    # the warrants (a general series); s11-s12 the agency's aims and members.
    "snn-fb8bb5a75f9e": [
        ("CONSULT", "multilateral", 0, "غادر", "الرئيس السوداني عمر البشير", None, "موريتانيا", ""),
        ("THREATEN", "arrest", 2, "مذكرتي اعتقال", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("ACCUSE", "allege", 2, "تهمة ارتكاب جرائم حرب وجرائم ضد الانسانية", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("REJECT", None, 3, "رفضت", "جنوب افريقيا", "الجنائية الدولية", None, "H"),
        ("THREATEN", "arrest", 3, "امرا بذلك", "محكمتها العليا", "البشير", None, "H"),
        ("REQUEST", None, 3, "مطالبة", "الجنائية الدولية", "جنوب افريقيا", None, "H"),
        ("ACCUSE", "allege", 9, "احال", "مجلس الامن الدولي", None, None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
