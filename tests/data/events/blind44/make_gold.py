"""Build events-blind44.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-fourth events blind set; same layout and guidelines as the first
forty-three sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind43.jsonl and their blind/ ..
blind43/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind44.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind44.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-third sets' rule: here "قتل" from "فقتل", "هجوم" from "لهجوم", "طالب" from "وطالب", "تهمة ارتكاب ..." from
# "بتهمة", "قطع الهواتف ..." from "لقطع", "احال" from "واحال"); in actors, recipients and places the fused ب/ل/ك is left
# out ("ما تبقى من جيوب" from "لما"); where the article's alif is elided the fused ل stays (the triggers "للقصف العنيف"
# and "للمشاركة في قمة ..."; "لليونان", "للمملكة", "للحوثيين", "للنزيلات"; the first, twenty-fifth and twenty-ninth to
# forty-third sets' rule); spellings as written, copied exactly (the Arabic presentation forms of the Asharq Al-Awsat
# MSF report, "ﻓﺮﻕ منظمة «أطباء ﺑﻼ ﺣدود»" with its mixed forms; "الامم المتحدة", "الافراج", "ايزابيل بريم", "الغام",
# "اربع", "امرا", "احال", "الانسانية" and "جنوب افريقيا" without their hamzas; 'أجزاء من شمال "سيناء"' with its straight
# quotes; 'محافظة «إب» وسط اليمن', "7 عناصر من «بوكو حرام»" and 'محافظتي «الضالع وأبين»' with their guillemets;
# "منطقة علي صباح السالم (بر أم الهيمان)" and "الجاني (والد الضحية)" with their brackets; "فرنسي - روسي" with its
# spaced dash; the slip "الرئيس الرئيسين ..." left out, the actor given from "الرئيسين"); a string repeated in its
# sentence is picked by its occurrence (("وافقت على بقاء", 1), ("الأحزاب الكردية", 2) after "بقية الأحزاب الكردية",
# ("زار", 1) and 2, ("قوات أمن شمال سيناء", 1) and 2, ("الغرب", 1), ("إيران", 1), ("تركيا", 1), ("داعش", 1),
# ("القصف", 1), ("الجاني", 5), ("المجني عليه", 2)). Speakers and actors named only by a pronoun, an implied subject or
# a passive are null (the eighteenth, twenty-seventh to forty-third sets); a subject named earlier in the same sentence
# is kept for its further clauses.
GOLD = {
    # Al-Jazirah sports: Roma reaches an agreement with Dzeko (1 August). A player's personal terms with a club, the
    # clubs' fee not yet agreed, Pellegrini's consent to his departure, City's and Roma's other signings: transfers and
    # contracts, club business (the eighth, ninth, twelfth, fifteenth, seventeenth and forty-third sets' transfers):
    # none.
    "snn-cb496ffdb643": [],
    # Al-Eqtisadiah: Egypt extends the state of emergency in North Sinai (26 July). s0 the Egyptian government's
    # decision to extend the state of emergency in parts of North Sinai for three months (-> COERCE martial-law, the
    # thirtieth set's Tunisian extension); "after nine months, imposed for the first time in October last year" (a bare
    # anchor without its own actor or place: not coded) and the aim of containing the attacks (an aim: not coded); s1 the
    # decision issued by the prime minister Ibrahim Mahlab and the area's bounds (the issuer's name and the bounds of s0's
    # decision: not coded again, the forty-third set's names and details); s2 the decision also extends the curfew in
    # those areas from 7 pm to 6 am, Arish from midnight (a new measure -> COERCE curfew, the fifteenth set's curfew;
    # "القرار" is not a participant and "تلك المناطق" anaphoric: actor and location null).
    "snn-f84f89591081": [
        ("COERCE", "martial-law", 0, "تمديد حالة الطوارئ", "الحكومة المصرية", None, 'أجزاء من شمال "سيناء"', ""),
        ("COERCE", "curfew", 2, "تمديد حظر التجول", None, None, None, ""),
    ],
    # Al-Jazirah: the Petra police investigate a girl's death (24 July). s0 the Petra police station's inquiry into the
    # death of a girl choked by a swing's rope at Al-Mishniyah west of Qassim (a police inquiry into a death -> ACCUSE
    # investigate, PLOVER "all investigations", the thirty-second set's police inquiry into a fire; the death an
    # accident: not coded); s1 the Qassim police spokesman: the report received and the first inspection's findings
    # (details of s0's inquiry: not coded again).
    "snn-090195df2adc": [
        ("ACCUSE", "investigate", 0, "تحقيقاً", "مخفر شرطة البتراء", None, "بلدة المشنية غرب منطقة القصيم", ""),
    ],
    # Sabq: "Arab News" first among the English-language papers of the Arab world (21 July). A ranking of a newspaper and
    # its editor's words on its coverage, website and new look: none.
    "snn-e1b3c8bc4ff7": [],
    # Asharq Al-Awsat digest (6 August), three agency items with their headings and datelines (the datelines cut at
    # "أ." and "ف." / "د." and "ب." into s1-s2, s6-s7, s15-s16: not coded). Headings coded as leads beside their
    # details, as the seventeenth set's Asharq Al-Awsat digest; a detail adding only a place inside an earlier one, a day
    # or names is not coded again (the forty-third set's Heliopolis). s0 the heading: a French-Russian agreement on the
    # two Mistral ships (-> AGREE, the adjectives the only naming of the parties); s3 Hollande and Putin reached an
    # agreement on the non-delivery of the ships (the named presidents -> AGREE; "عدم تسليم" a bare mention of the
    # dispute without its actor: not coded); s4 the statement: the two presidents consulted in the afternoon (-> CONSULT,
    # mode null: the medium not stated) to confirm the agreement to end the 2011 contract (the agreement restated; the
    # contract "الموقع عام 2011" a bare anchor without its parties; the full payment to Russia the content of the
    # agreement: not coded, the thirty-fourth set's contents of agreements); s5 the heading: seven Boko Haram members
    # killed in clashes with the Chadian army (-> ASSAULT, mode null); s8 seven militants killed and two soldiers wounded
    # in clashes between the Chadian army and Boko Haram on Lake Chad (the place -> ASSAULT, both sides in one actor
    # phrase, the thirty-fourth set's two-sided clashes); s9 the clashes on the Chadian island of Tchoukou Telia near the
    # lake (the island inside the lake's area: a detail of s8, not coded again); s10 the toll and the fighting going on
    # (figures); s11 the Nigerian army's big offensive of mid-July on the lake's Chadian islands (-> ASSAULT, mode null;
    # three weeks before: not historical; the militants' use of the islands to attack villages a general practice); s12
    # another Chadian source: about a thousand soldiers deployed in the lake's area (-> MOBILIZE troops, the thirty-fifth
    # and thirty-ninth sets' deployments; passive: actor null; "منطقة البحيرة" anaphoric: location null; the aim "to
    # occupy all the islands" not coded); s13 the Chadian government's earlier request to the residents to evacuate the
    # islands (an order -> REQUEST, mode null: no PLOVER mode fits an evacuation; recent, with the operation's start);
    # s14 the heading: rebels kidnap six Muslim clerics in eastern Congo (-> ASSAULT abduct, "شرق الكونغو" a named
    # region); s17 the religious authorities: unknown rebels kidnapped six Tanzanian Muslim clerics and their driver (new
    # recipients, the driver -> ASSAULT abduct; "شرق البلاد" vague); s18 the imam: the kidnapping on Sunday between
    # Rutshuru and Kitogoro in North Kivu (a day and the villages of s17's east: not coded again); s19 the rebels,
    # presumably of the FDLR, demanded a ransom of 40,000 dollars from the Muslim community (-> REQUEST, mode null: a
    # ransom is neither assistance nor a release asked of the recipient; the hedged attribution part of the actor's
    # description, the forty-third set); s20-s21 the FDLR's standing opposition and its regular attacks (a standing
    # practice and a general series: not coded).
    "snn-901051dff431": [
        ("AGREE", None, 0, "اتفاق", "فرنسي - روسي", None, None, ""),
        ("AGREE", None, 3, "توصل", "الرئيس الفرنسي فرنسوا هولاند، ونظيره الروسي فلاديمير بوتين", None, None, ""),
        ("CONSULT", None, 4, "تشاورا", "الرئيسين", None, None, ""),
        ("ASSAULT", None, 5, "مواجهات", "الجيش التشادي", "7 عناصر من «بوكو حرام»", None, ""),
        ("ASSAULT", None, 8, "مواجهات", "الجيش التشادي وجماعة بوكو حرام المتطرفة", None, "بحيرة تشاد", ""),
        ("ASSAULT", None, 11, "هجوما كبيرا", "الجيش النيجيري", None, "الجزر التشادية من البحيرة", ""),
        ("MOBILIZE", "troops", 12, "تم نشر نحو ألف جندي", None, None, None, ""),
        ("REQUEST", None, 13, "طلبت", "الحكومة التشادية", "السكان", None, ""),
        ("ASSAULT", "abduct", 14, "يختطفون", "متمردون", "6 رجال دين مسلمين", "شرق الكونغو", ""),
        ("ASSAULT", "abduct", 17, "خطفوا", "متمردين مجهولين", "ستة رجال دين مسلمين تنزانيين وسائقهم", None, ""),
        ("REQUEST", None, 19, "طالب", "المتمردون", "الجالية الإسلامية", None, ""),
    ],
    # Al-Jazirah: the coalition's painful strikes on the rebels, the resistance advancing (8 August; "أمس الجمعة" = 7
    # August). s0 the lead: the coalition planes' series of raids on the Houthi militias' positions and gatherings in many
    # provinces (-> ASSAULT aerial; "العديد من المحافظات اليمنية" vague) and the resistance's continued advance in more
    # than one area (an ongoing offensive -> ASSAULT, mode null, the forty-first and forty-third sets; the ongoing clashes
    # of its relative clause the same fighting); s1 the raids on the special security forces' camp in Ibb, military sites
    # at Jabal al-Marha (Amran), Hays, Midi and Marib (new places -> ASSAULT aerial, one record for the list of one series
    # with its first target and place, as the fortieth set's first place; hard case); s2 the raids on the Houthi
    # positions in Saada province, at Al al-Saifi in Sahar district and elsewhere (the same rule: first target and
    # place); s3 the resistance's control of several areas in al-Dhale and Abyan (-> COERCE seize; its continued advance
    # s0 restated); s5 the combing of the remaining pockets in Lahj (a clearing of militia pockets -> ASSAULT, mode
    # null, as the thirty-ninth set's "تطهير ما تبقى من جيوب" in Lahj; the combing of the twenty-fifth set coded COERCE
    # seize and the forty-third set's pursuit COERCE arrest: followed the latest report of the same operation); s6
    # seventeen civilians killed by mines the Houthis planted during their withdrawal from Lahj (-> ASSAULT explosives,
    # the thirty-ninth set's record of the same report; the withdrawal inside "أثناء", its own actor and place, reported
    # nowhere else in the article -> RETREAT withdraw); s7 most of them wounded returning home, especially in al-Houta (a
    # place inside s6's Lahj: not coded again); s8 Turkey's official freeze of the assets of the former president Saleh
    # and several rebel leaders (-> SANCTION discontinue, the thirty-fourth set's asset freeze) in compliance with the UN
    # sanctions (inside the relative clause, its own actor, undated -> SANCTION discontinue [H]); s9 the names and the
    # assets frozen (s8 restated); s10 the French Isabelle Prime, held hostage in Yemen since February, arrived in France
    # from Oman, which facilitated her release (the release inside the relative clause -> RETREAT release, captors not
    # named; her captivity since February -> ASSAULT abduct [H], more than five weeks, the forty-third set's anchors
    # inside "منذ"; Oman's facilitation -> CONSULT, mode null, the first set's Omani mediation and the sets' mediated
    # meetings); s11 she met President Hollande, who received her at the Villacoublay base (-> CONSULT, mode null: a
    # reception on her return, not a visit to a counterpart's seat).
    "snn-4d00195121e0": [
        ("ASSAULT", "aerial", 0, "سلسلة من الغارات الجوية", "طائرات التحالف العربي بقيادة المملكة", "مواقع وتجمعات للمليشيات الحوثية والقوات المتحالفة معها", None, ""),
        ("ASSAULT", None, 0, "تقدمها", "المقاومة الشعبية", None, None, ""),
        ("ASSAULT", "aerial", 1, "سلسلة من الغارات الجوية", "طيران التحالف", "معسكر قوات الامن الخاصة", "محافظة «إب» وسط اليمن", ""),
        ("ASSAULT", "aerial", 2, "الغارات الجوية", "طيران التحالف العربي", "مواقع وأوكار المليشيات الحوثية وحلفاها", "منطقة «آل الصيفي» بمديرية سحار", ""),
        ("COERCE", "seize", 3, "السيطرة", "المقاومة الشعبية", None, "محافظتي «الضالع وأبين»", ""),
        ("ASSAULT", None, 5, "عمليات التمشيط", None, "ما تبقى من جيوب", "محافظة «لحج»", ""),
        ("ASSAULT", "explosives", 6, "انفجار الغام", "الحوثيون", "17 مدنيا", "محافظة لحج في جنوب اليمن", ""),
        ("RETREAT", "withdraw", 6, "انسحابهم", "الحوثيون", None, "محافظة لحج في جنوب اليمن", ""),
        ("SANCTION", "discontinue", 8, "جمدت", "تركيا", "الرئيس اليمني السابق علي عبدالله صالح المتحالف مع المتمردين الحوثيين وعدد من قادة التمرد", None, ""),
        ("SANCTION", "discontinue", 8, "العقوبات", "الامم المتحدة", None, None, "H"),
        ("RETREAT", "release", 10, "الافراج", None, "الفرنسية ايزابيل بريم", None, ""),
        ("ASSAULT", "abduct", 10, "محتجزة رهينة", None, "الفرنسية ايزابيل بريم", "اليمن", "H"),
        ("CONSULT", None, 10, "سهلت", "سلطنة عمان", None, None, ""),
        ("CONSULT", None, 11, "التقت", "الشابة", "الرئيس الفرنسي فرنسوا هولاند", "قاعدة فيلاكوبلاي العسكرية قرب باريس", ""),
    ],
    # Al-Jazirah: Iraq, the Kurdish parties agree that Barzani stays in office (6 August), one sentence (s0, no full
    # stop before the last). A Kurdistan Islamic Union leader, Abu Bakr Ali: the four parties agreed that Massoud Barzani
    # stays president of the region for two more years (-> AGREE; the counterpart, the KDP's consent to a parliamentary
    # system, the content of the deal and still awaited: not coded; the Union "did its part" vague); the PUK spokesman
    # Imad Ahmed: no agreement on the extension, the Kurdish parties did not agree in any of the recent meetings (a denial
    # by a party to the talks of its own side's act -> AGREE [N], the thirty-fourth and later sets' denials; the recent
    # meetings a series inside "خلال": not coded; the PUK's "denial of the reports" has lost its verb in the text: the
    # negated agreement coded once; its standing positions not coded); Iraqi security sources: 13 policemen and Popular
    # Mobilisation fighters killed and nine wounded by a suicide car bomb on a gathering of Iraqi forces in Diyala (->
    # ASSAULT suicide-attack, the thirty-eighth and fortieth sets' suicide bombings, the toll as recipient).
    "snn-24c1ae845802": [
        ("AGREE", None, 0, ("وافقت على بقاء", 1), "الأطراف الأربعة", None, None, ""),
        ("AGREE", None, 0, "لم تتفق", ("الأحزاب الكردية", 2), None, None, "N"),
        ("ASSAULT", "suicide-attack", 0, "انفجار سيارة مفخخة يقودها انتحاري", None, "13 من قوات الشرطة والحشد الشعبي", "محافظة ديالى", ""),
    ],
    # Asharq Al-Awsat: Doctors Without Borders call the situation in Yemen "shocking" (6 August; in Arabic presentation
    # forms, copied exactly). s0 Joanne Liu's description of the situation (a view: not coded) after the MSF teams
    # treated 206 wounded of the Houthi shelling of Aden (anchors reported as a main clause in s6: coded there); s1-s2
    # her shock, the fighting and insecurity keeping civilians from care (views, a general situation); s3-s5 MSF's
    # facilities, its 9,000 wounded since March and the record numbers of wounded women (standing activity and tallies);
    # s6 in Aden, where the fighting between the Houthis and the southern resistance peaked ten days before (inside
    # "حيث", its own actors -> ASSAULT, mode null, the sides in one phrase), the MSF teams received 206 wounded in a few
    # hours on the night of 19 July (humanitarian medical aid of an international organisation in a war -> AID, PLOVER
    # "humanitarian aid such as emergency assistance"; not the forty-third set's ambulance teams at a road accident)
    # after a Houthi shelling (inside "عقب", its own actor, reported nowhere as a main clause -> ASSAULT heavy-weapons,
    # the sets' Houthi "قصف"; the wounded its toll; 18 days before: not historical); s7 the organisation: the parties
    # to the conflict "impose a state of violence" on the population (criticism -> ACCUSE disapprove) and the Security
    # Council's arms embargo has led to a de facto blockade (criticism of its effect -> ACCUSE disapprove, the Council
    # as recipient; the embargo a standing measure, the thirty-fourth set: not coded); s8-s9 the empty stocks and the
    # closed facilities of Taiz (a situation); s10 an Aden health-office source: the toll of two days before, 19 killed
    # and 133 wounded (a toll reported apart); s11 the toll caused by the landmines the Houthi and Saleh militias planted
    # in their last strongholds (-> ASSAULT explosives, the thirty-ninth set's mines; "هذا العدد" anaphoric: recipient
    # null; "شمال عدن" a named region) before their withdrawal (inside "قبل", its own actor -> RETREAT withdraw) and the
    # resistance's control of those residential quarters of north Aden (its own actor and place -> COERCE seize).
    "snn-8789ed22e584": [
        ("ASSAULT", None, 6, "ﺍﻟﻘﺘﺎﻝ", "ﺍﻟﺤﻮﺛﻴﻴﻦ ﻭﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺠﻨﻮﺑﻴﺔ", None, "ﻋﺪﻥ ﺟﻨﻮﺏ ﺍﻟﺒﻼﺩ", ""),
        ("AID", None, 6, "ﺍﺳﺘﻘﺒﻠﺖ", "ﻓﺮﻕ منظمة «أطباء ﺑﻼ ﺣدود»", "206 ﺟﺮﺣﻰ", "ﻋﺪﻥ ﺟﻨﻮﺏ ﺍﻟﺒﻼﺩ", ""),
        ("ASSAULT", "heavy-weapons", 6, "ﻗﺼﻒ", "ﺍﻟﺤﻮﺛﻴﻮﻥ", "206 ﺟﺮﺣﻰ", "ﻋﺪﻥ ﺟﻨﻮﺏ ﺍﻟﺒﻼﺩ", ""),
        ("ACCUSE", "disapprove", 7, "تفرض ﺣﺎﻟﺔً ﻣﻦ ﺍﻟﻌﻨﻒ", "المنظمة", "أﻃﺮﺍﻑ ﺍﻟﻨﺰﺍﻉ", None, ""),
        ("ACCUSE", "disapprove", 7, "ﺃﺩﻯ ﺇﻟﻰ ﺣﺼﺎﺭ ﻓﻌﻠﻲ", "المنظمة", "ﻣﺠﻠﺲ ﺍﻷﻣﻦ الدولي", None, ""),
        ("ASSAULT", "explosives", 11, "الألغام الأرضية التي زرعتها", "ميليشيات الحوثي والرئيس المخلوع علي عبد الله صالح", None, "شمال عدن", ""),
        ("RETREAT", "withdraw", 11, "انسحابها", "ميليشيات الحوثي والرئيس المخلوع علي عبد الله صالح", None, None, ""),
        ("COERCE", "seize", 11, "سيطرة", "قوات المقاومة", None, "شمال عدن", ""),
    ],
    # Al-Weeam (Reuters): oil prices fall as a nuclear agreement with Iran nears (dated 21 July; "اليوم الإثنين", the
    # text of the talks' last days). s0 the fall as Iran and the six powers approach a final agreement (a prospect, the
    # thirty-second and thirty-ninth sets' oil reports: not coded); s1 the news of the European leaders' unanimous
    # agreement on bailout loans for Greece (-> AGREE, a promise of future aid, PLOVER; "لليونان" with its fused ل, the
    # article's alif elided); s2-s7 prices (cut at the decimal points); s8 reports that the parties are about to agree (a
    # prospect); s9 a senior Iranian negotiator: a nuclear agreement will be signed (a party's assurance that it will sign
    # -> AGREE, PLOVER "promises to sign", the forty-third set's assurances; hard case) though he cannot promise the talks
    # will end today or Tuesday (the talks a bare mention); s10-s11 Araghchi's quotation in Vienna (s9 restated); s12-s16
    # analysts' and banks' forecasts (predictions); s17 the link line (not coded, the twentieth to forty-third sets).
    "snn-93861f4f30f2": [
        ("AGREE", None, 1, "اتفاق", "القادة الأوروبيين", "لليونان", None, ""),
        ("AGREE", None, 9, "سيتم توقيع اتفاق نووي", "مفاوض إيراني رفيع", None, None, ""),
    ],
    # Al-Watan column: "The strategy of turning the sacred into the profane" (10 August). Events stated as facts are
    # coded, the columnist's views are not (the fourteenth to forty-third sets' columns). s5 "the Saudi Daeshi killed his
    # father" (an event stated as fact, the killer and victim named by their roles -> ASSAULT, mode null [H], undated
    # background, the sixteenth to forty-third sets' rule); s7 the Saudi Daeshi blew himself up in mosques more than once
    # (a general series: not coded, the forty-third set's earlier claims); s15 "after Saudi Arabia succeeded in Decisive
    # Storm" (the columnist's characterisation of the campaign, the twenty-ninth set's op-ed: not coded); s17-s22 the
    # rhetorical questions to Yusuf al-Sulaiman (his "bloodshed" a bare mention of the Abha bombing); the rest views.
    "snn-d0ef38c9e4d1": [
        ("ASSAULT", None, 5, "قتل", "الداعشي السعودي", "والده", None, "H"),
    ],
    # Al-Jazirah column: "The difference between a martyr's martyrdom and a terrorist's killing is vast!" (8 August).
    # Definitions, verses and the writer's views; mosque bombings named only among the law's definitions: none.
    "snn-8a68510bd83b": [],
    # Okaz: the Houthi aggression puts Taiz's largest hospital out of service (23 July). s0 medical sources: all the
    # departments of al-Thawra hospital stopped (the damage's consequence: not coded); s1 the emergency head Nashwan
    # al-Hassam: the staff and patients living under the stairs because of the violent shelling of the Houthi militias
    # based in al-Hawban (-> ASSAULT heavy-weapons, the sets' Houthi "قصف"; al-Hawban is the attackers' base, not the
    # place of the shelling: location null); s2 the shells targeted the emergency, intensive-care and dialysis units with
    # mortars and Katyushas, destroying the emergency unit and the drug stores (the new targets -> ASSAULT heavy-weapons,
    # the destruction its result; the shells are no participant: actor null; his call to end such practices a necessity
    # statement); s3 the shelling also hit the nearby houses and quarters, with casualties (new recipients -> ASSAULT
    # heavy-weapons); s4 the Houthi militias had cut the landlines and the internet of Taiz (-> COERCE withhold, PLOVER
    # "shut off power/internet/water"; recent) and reinforcements from Hodeidah and Ibb were seen heading to the city's
    # outskirts (-> MOBILIZE troops, the thirty-sixth and thirty-ninth sets' reinforcements; passive: actor null;
    # "تخوم المدينة" anaphoric; the aim to storm it not coded); s5 field sources: the resistance repelled an attack towards
    # Shar'ab and advanced (a repelled attack -> two ASSAULT records, the attackers unnamed; the advance part of the
    # repelling record) while the Sixtieth Street front fights the Houthis who try to advance (-> ASSAULT, mode null, one
    # record for the two-sided fighting).
    "snn-dbc1d46ce12c": [
        ("ASSAULT", "heavy-weapons", 1, "للقصف العنيف", "مليشيات الحوثي المتركزة في منطقة الحوبان", None, None, ""),
        ("ASSAULT", "heavy-weapons", 2, "استهدفت", None, "الطوارئ والإنعاش وقسم الغسيل الكلوي", None, ""),
        ("ASSAULT", "heavy-weapons", 3, ("القصف", 1), None, "المنازل والاحياء المجاورة", None, ""),
        ("COERCE", "withhold", 4, "قطع الهواتف الأرضية والإنترنت", "مليشيات الحوثي", None, "مدينة تعز", ""),
        ("MOBILIZE", "troops", 4, "تعزيزات", None, None, None, ""),
        ("ASSAULT", None, 5, "هجوم", None, None, "شرعب", ""),
        ("ASSAULT", None, 5, "تصدت", "المقاومة", None, "شرعب", ""),
        ("ASSAULT", None, 5, "مواجهة عنيفة", None, "الحوثيين", "جبهة شارع الستين", ""),
    ],
    # Ain Al-Youm: a father kills his son with two bullets in the head and chest (Kuwait, 10 August). s0 the dateline; s1
    # the security media department: the Ahmadi criminal investigators solved the murder of a citizen at Ali Sabah
    # al-Salem (Umm al-Hayman), their investigations showing that his father killed him (-> ACCUSE investigate, the
    # investigators' finding, the thirty-fourth set; and the killing -> ASSAULT, mode null, the father named by his role);
    # s2 confronted with the evidence the father confessed (-> CONCEDE, the eleventh, twenty-sixth, thirty-ninth and
    # forty-first sets' confessions) and, in his confession, lured his son into the Umm al-Hayman desert and shot him twice
    # (the method and place -> ASSAULT firearms, the named subject "الجاني" kept; the victim named earlier in the
    # sentence); the son's habitual threats and the day he came armed (the confession's account of the background, a
    # habitual series: not coded, the forty-third set's content of a charge); s3 his confession of throwing away the
    # weapon and burning the car (s2's confession restated; no PLOVER category); s4 the accused referred to the competent
    # authority for investigation (a procedure, the forty-third set's deferral to the competent bodies: not coded); s5 the
    # tags line.
    "snn-4bd6d1edffb1": [
        ("ACCUSE", "investigate", 1, "التحقيقات والتحريات المكثفة", "رجال المباحث", None, None, ""),
        ("ASSAULT", None, 1, "القتل العمد", "والده", "المجني عليه", "منطقة علي صباح السالم (بر أم الهيمان)", ""),
        ("CONCEDE", None, 2, "اعترف بالجريمة", "الجاني (والد الضحية)", None, None, ""),
        ("ASSAULT", "firearms", 2, "أطلق منه النار عليه", ("الجاني", 5), ("المجني عليه", 2), "بر منطقة أم الهيمان", ""),
    ],
    # Al-Watan: a Sisi-Putin summit in Moscow soon (8 August). s0 the Egyptian presidency: a summit of Sisi and Putin in
    # Russia being prepared (a planned meeting -> CONSULT [F], the nineteenth to forty-third sets; mode null: the summit
    # named, not a visit; both leaders in one actor phrase, "الرئيس" before "الرئيسين" a slip left out); s1 the
    # spokesman Alaa Youssef on Peskov's announcement (s0 restated); s2 Peskov: the date to be announced, the regular
    # dialogue (a coming announcement, a standing practice); s3 Putin's visit to Egypt of 9 February and Sisi's visit to
    # Russia of 8 May for the Victory Day celebrations (-> two CONSULT visit [H], more than five weeks; the celebrations
    # part of the visit); s4 the Egyptian army: North Sinai calm under the armed forces and the police, with raised
    # readiness against any terrorist attempt (-> MOBILIZE troops, the army's raised readiness, the thirty-second set's
    # raised alert); s5 the army: the checkpoints ready, no attack on them (a denial of other parties' acts: not coded,
    # the thirty-third and thirty-fourth sets); s6 the South Sinai security director: coordination with the army (inside
    # one state's forces: not coded) and a security alert on the roads and the stations for the cities (-> MOBILIZE
    # police, the forty-second set's intensified security presence; the director speaks: actor null); s7 the North Sinai
    # security forces' continued operations against the armed elements (-> ASSAULT, mode null, the forty-second set's
    # record of the same agency copy), the raids south of Sheikh Zuweid and Rafah and east of Arish under air cover (->
    # COERCE seize, the sets' raids; the named subject kept), their aims (targeting hotbeds, foiling attempts, clearing
    # the devices planted earlier: aims, not coded) and the tightened inspection on the Arish-Qantara road with its
    # checkpoints (-> COERCE restrict, one record as the forty-second set's).
    "snn-9193dba2b05a": [
        ("CONSULT", None, 0, "قمة", "الرئيسين المصري عبدالفتاح السيسي والروسي فلاديمير بوتين", None, "روسيا", "F"),
        ("CONSULT", "visit", 3, ("زار", 1), "بوتين", None, "مصر", "H"),
        ("CONSULT", "visit", 3, ("زار", 2), "السيسي", None, "روسيا", "H"),
        ("MOBILIZE", "troops", 4, "رفع درجات الاستعداد", "الجيش المصري", None, "شمال سيناء", ""),
        ("MOBILIZE", "police", 6, "استنفار أمني", None, None, "مدن شرم الشيخ ودهب ونويبع وطابا ورأس سدر والطور", ""),
        ("ASSAULT", None, 7, "عملياتها الأمنية", ("قوات أمن شمال سيناء", 1), "العناصر المسلحة والبؤر الإرهابية وأوكار التكفيريين", None, ""),
        ("COERCE", "seize", 7, "المداهمات", ("قوات أمن شمال سيناء", 1), None, "مناطق جنوب الشيخ زويد ورفح وشرق العريش", ""),
        ("COERCE", "restrict", 7, "إجراءات التفتيش", ("قوات أمن شمال سيناء", 2), None, "طول طريق العريش القنطرة", ""),
    ],
    # Al-Jazirah column: "ISIS, where to?" (27 July). s0 after the signing of the nuclear agreement between the West and
    # Iran (inside "بعد", its parties named, reported nowhere else; 14 July: not historical -> AGREE) the first sign is
    # Turkey's military entry into the Syrian conflict to fight ISIS (an event stated as fact, the Turkish strikes of the
    # week -> ASSAULT, mode null, the first, twenty-second and twenty-fourth sets' "التدخل"; ISIS its target); the
    # possibilities that follow ("أصبح ممكناً") are the columnist's predictions; s1-s7 his fears; s8 al-Qaeda's moves and
    # ISIS's births in 2003 and 2011 (a general history: not coded); s9 a necessity statement; s10-s12 the list of the
    # writer's other columns.
    "snn-54a77445bb38": [
        ("AGREE", None, 0, "توقيع", ("الغرب", 1), ("إيران", 1), None, ""),
        ("ASSAULT", None, 0, "دخول", ("تركيا", 1), ("داعش", 1), None, ""),
    ],
    # Okaz column: "A job in Tehran" (25 July), on al-Maliki's statements against the Kingdom. Events stated as facts
    # are coded, the columnist's views are not (s0-s2, s5-s10: Iran's "new job" for al-Maliki, the Persian agenda, the
    # comparisons). s3 Nasrallah, after the Kingdom's decision to rescue Yemen (a bare anchor, the twenty-ninth set's
    # op-ed), questioned "our Arabness, our origins and our right to protect our borders" (-> ACCUSE disapprove [H], his
    # speeches undated background); s4 his raised finger "threatening and menacing" (-> THREATEN, mode null [H]; pronoun:
    # actor null; "as al-Maliki did" a bare comparison without its own content: not coded); s11 al-Maliki repeating his
    # insults to the Kingdom (his recent statements -> ACCUSE disapprove; "للمملكة" with its fused ل, the article's alif
    # elided); s12 the Iraqi government's disavowal of the statements (-> ACCUSE disapprove, the statements its object:
    # recipient null, the seventeenth set) and its renewed assurance that it is serious about warm relations with the
    # Kingdom (-> AGREE, the forty-third set's assurances); the columnist's call to silence al-Maliki (his own view).
    "snn-23185e534552": [
        ("ACCUSE", "disapprove", 3, "شكك في عروبتنا", "نصرالله", None, None, "H"),
        ("THREATEN", None, 4, "مهددا ومتوعدا", None, None, None, "H"),
        ("ACCUSE", "disapprove", 11, "إساءاته", "المالكي", "للمملكة", None, ""),
        ("ACCUSE", "disapprove", 12, "تبرأت منها", "حكومة العراق", None, None, ""),
        ("AGREE", None, 12, "أكدت من جديد على أنها جادة", "حكومة العراق", "المملكة", None, ""),
    ],
    # Al-Riyadh sports: al-Muaibed, "we await Sabella's official reply to coach the national team" (6 August). The
    # football federation spokesman's refusal to confirm the deal, the alternatives ready, the planned signing in London
    # on the Super Cup's margin (the fourteenth set's Sabella report: a football body's contract business, none), and the
    # disciplinary committee's decision to keep the Hilal and Nassr players' suspension for the Super Cup (sport
    # administration, the thirty-fourth and forty-third sets' al-Muaibed statements on the same matter: none).
    "snn-0350073546f2": [],
    # Al-Weeam (Sky News): the Yemeni resistance takes the al-Anad triangle (21 July). s0 the resistance's control of the
    # triangle next to the al-Anad air base (-> COERCE seize); s1 its capture of four of the gunmen's tanks (seized
    # weapons -> COERCE seize, PLOVER "confiscate property") and its siege of a camp north of the base (-> COERCE
    # restrict, the sets' sieges; the aim to secure the base not coded); s2 six civilians killed in a Houthi artillery
    # shelling of Dar Saad in Aden (-> ASSAULT heavy-weapons; "للحوثيين" with its fused ل, the thirty-ninth set's actor);
    # s3 the shelling came soon after the resistance liberated Aden from the Houthis and Saleh's forces (inside "بعد", its
    # own actor, recipient and place, reported nowhere else -> COERCE seize, the thirty-fifth set's "تحرير"; mid-July:
    # recent); s4 the source; s5 the coalition planes' strikes on air-defence sites at Ras Issa and al-Salif north of
    # Hodeidah (-> ASSAULT aerial); s6 Saturday's violent clashes in the streets of Taiz between the resistance and the
    # Houthi and Saleh forces (-> ASSAULT, mode null, both sides in one actor phrase); s7 the toll of four months (a
    # tally); s8 the link line.
    "snn-816394484f45": [
        ("COERCE", "seize", 0, "سيطرتها", "عناصر المقاومة الشعبية", None, "مثلث العند المجاور لقاعدة العند الجوية جنوبي اليمن", ""),
        ("COERCE", "seize", 1, "استولت", "المقاومة", "أربع دبابات للمسلحين", None, ""),
        ("COERCE", "restrict", 1, "حاصرت", "المقاومة", "معسكرا", "شمال قاعدة العند", ""),
        ("ASSAULT", "heavy-weapons", 2, "قصف مدفعي", "للحوثيين", "6 من المدنيين", "منطقة دار سعد في عدن جنوبي البلاد", ""),
        ("COERCE", "seize", 3, "تحرير", "قوات المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي", "ميليشيات الحوثيين وقوات الرئيس السابق علي عبد الله صالح", "عدن", ""),
        ("ASSAULT", "aerial", 5, "قصفت", "طائرات التحالف العربي", "مواقع الدفاع الجوي", "منطقة رأس عيسى والصليف، شمالي مدينة الحديدة", ""),
        ("ASSAULT", None, 6, "اشتباكات عنيفة", "قوات المقاومة وميليشيات الحوثيين وحلفائهم من قوات صالح", None, "شوارع تعز", ""),
    ],
    # Al-Riyadh: Saudi women fashion designers, a long road to "proving themselves" (23 July). s0 the Jeddah chamber's
    # fashion designers' committee visited the elderly women's home in Mecca with gifts for its residents and gave the
    # orphans of the orphans' society abayas as an Eid gift (a visit with gifts -> CONSULT visit and AID, the second to
    # forty-second sets' visits with gifts; the orphans a second recipient -> a second AID record; "للنزيلات" with its
    # fused ل, the article's alif elided); s1 its head Omaima Azzouz: an agreement reached with four charities to support
    # them through auctions and direct gifts (-> AGREE, passive: actor null; the support its content); s2 its interest in
    # productive families (a standing aim); s3 the committee's cooperation agreement signed with the Makkah craftswomen's
    # society (-> AGREE, the forty-first set's charity agreement; its aims not coded; part of the news: not flagged);
    # s4 the committee's aims and views.
    "snn-230155a19886": [
        ("CONSULT", "visit", 0, "زيارة", "لجنة مصممات الأزياء في الغرفة التجارية الصناعية في جدة", "دار المسنات", "مكة", ""),
        ("AID", None, 0, "تقديم هدايا عينية", "لجنة مصممات الأزياء في الغرفة التجارية الصناعية في جدة", "للنزيلات", None, ""),
        ("AID", None, 0, "إهداء", "لجنة مصممات الأزياء في الغرفة التجارية الصناعية في جدة", "اليتيمات في جمعية الأيتام", None, ""),
        ("AGREE", None, 1, "تم الاتفاق", None, "اربع جهات خيرية", None, ""),
        ("AGREE", None, 3, "وقعت اتفاقية تعاون", "اللجنة", "جمعية الأيدي الحرفية بمنطقة مكة المكرمة", None, ""),
    ],
    # Al-Eqtisadiah (AFP): al-Bashir leaves for Mauritania despite the ICC arrest warrant (26 July). s0 Sudanese media: the
    # president, wanted by the ICC, left Khartoum for Mauritania to attend the Great Green Wall summit (-> CONSULT
    # multilateral, the twenty-ninth set's summit attendance; "المطلوب ..." attributive); s1 SUNA: his departure for
    # Nouakchott heading the delegation to the agency's fourth summit (the capital, a day and the summit's name of s0:
    # not coded again); s2 the ICC's two arrest warrants of 2009 and 2010 for war crimes and crimes against humanity in
    # Darfur (-> THREATEN arrest [H], PLOVER "issuing an in-absentia arrest", and ACCUSE allege [H], as the twenty-ninth
    # set's record of the same warrant); s3 South Africa's refusal last month to arrest him (-> REJECT, mode null: no
    # PLOVER mode fits an arrest; mid-June, six weeks before: historical) despite its high court's order and the ICC's
    # demand (inside "على الرغم من", their own actors -> two REQUEST [H], mode null; "لها" pronoun); s4-s5 the Rome
    # Statute's rule and Mauritania not a signatory (standing rules); s6-s7 the Darfur tolls and the government's figure
    # (tallies, a counter-figure); s8 the armed groups fighting Khartoum since 2003 (a standing series; their claim of
    # marginalisation a standing charge); s9 the Security Council's referral of Darfur to the ICC in 2005 (-> ACCUSE
    # investigate [H], a referral for investigation, PLOVER "any investigation ... judicial or political"); s10 his
    # visits to several countries despite the warrants (a general series); s11-s12 the agency's aims and members.
    "snn-fb8bb5a75f9e": [
        ("CONSULT", "multilateral", 0, "للمشاركة في قمة السور الاخضر", "الرئيس السوداني عمر البشير", None, "موريتانيا", ""),
        ("THREATEN", "arrest", 2, "مذكرتي اعتقال", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("ACCUSE", "allege", 2, "تهمة ارتكاب جرائم حرب وجرائم ضد الانسانية", "المحكمة الجنائية الدولية", "البشير", None, "H"),
        ("REJECT", None, 3, "رفضت", "جنوب افريقيا", None, None, "H"),
        ("REQUEST", None, 3, "امرا", "محكمتها العليا", None, None, "H"),
        ("REQUEST", None, 3, "مطالبة", "الجنائية الدولية", None, None, "H"),
        ("ACCUSE", "investigate", 9, "احال", "مجلس الامن الدولي", None, None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
