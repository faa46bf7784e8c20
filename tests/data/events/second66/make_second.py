"""Build events-second66.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 12 articles of the sixty-sixth events blind set (../blind66/sample.jsonl, articles of 2,501 to
4,000 code points), made to measure the agreement of two careful annotators on the long articles of the sets 57 on
(the human ceiling of the events score there). Same layout and guidelines as the earlier sets
(/work/main/tests/data/events/events-blind.jsonl ... events-blind65.jsonl; there is no sixtieth set);
second50/make_second.py and blind65/make_gold.py were the templates. The first annotation of these articles was never
opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second66.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind66", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second66.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# sixty-fifth sets' rule: here "أشرفت" from "وأشرفت", "تقدمت" from "تقدمت"/"وتقدمت", "اعتبر" from "واعتبر", "دعت" from
# "ودعت", "طمأن" as written, "انضمام" from "إعلان انضمام"); in actors, recipients and places the fused letter is left
# out ("قوات التحالف" from "في قوات", "الأنفاق" from "شقّ الأنفاق", "مواقع للحوثيين" kept as written with its ل inside
# the phrase), and where the article's alif is elided the fused ل stays (the forty-fifth to sixty-fifth sets' rule:
# "للتحالف العربي" and "للمقاومة الشعبية" in the Yemen s0, "للمواطنين الكويتيين" in the Kuwait s6, "للقمة العربية في 10
# أغسطس 1990" there s8); spellings as written, copied exactly (the Riyadh Yemen report's "منطة سناح" with its missing
# qaf, "اسناد" without its hamza, "مارب" beside "مأرب", "الحوثين"; the Yaum column's "الامريكي" without its hamza; the
# Okaz column's "الاخير"); a string repeated in its sentence is picked by its occurrence (("الإيرانيون", 1) and
# ("خامنئي", 1) in the Shia column s1 and s8; ("الملك", 2), ("الكويت", 2) in the Kuwait s1, ("السعودية", 2) there s5,
# ("المملكة", 2) s6, ("الكويت", 2) s7, ("المملكة", 2), ("المملكة", 3), ("صدام", 2), ("الكويت", 3) s8; ("إيران", 1) in the
# Yaum column s15; ("الأسد", 2) and ("النظام", 2) in the Syria s3 and s5; ("قصف", 1) in the Yemen s13; ("المملكة", 2) in
# the Okaz column s37, the first inside "بالمملكة"; ("الأمير بندر", 3) in the Riyadh column s3).
# Speakers and actors named only by a pronoun, an implied subject, an adjective or a passive are null (the eighteenth,
# twenty-seventh to sixty-fifth sets: the Emirati ship of the Yemen s8, "تمت السيطرة ... ومحاصرة" there s16, the
# car bomb of s27, the four states' "مساع سعودية وتركية وأردنية وقطرية" of the Syria s1); a subject named earlier in
# the same sentence is kept for its further clauses ("المملكة" for "دعوتها" in the Kuwait s8).
GOLD = {
    # Okaz: the domestic companies receive their camps, and facilities for 20,000 Yemeni pilgrims (10 August). s0-s3
    # the Hajj ministry's handing over of the Mina camps to the companies and the ministries' field teams (the
    # administrative works of one government: not coded, the sixty-fifth set's housing exhibition); s4 the Yemeni
    # deputy minister: 20,000 Yemenis will perform Hajj benefiting from the exceptional facilities the Saudi
    # government provides to his country (-> AID, the facilities of this season; the pilgrims, named in the sentence,
    # as recipient; the pilgrimage itself not an act towards a party); s5 the quota and its distribution (figures);
    # s6 the Yemeni Hajj ministry's delegation met the Saudi Hajj minister on 15 March (-> CONSULT visit [H], five months
    # before the article; the discussion with the other bodies at the same meeting not coded apart); s7 the pilgrims'
    # coming arrival (a journey); s8 the registration figures and a proposal without a named author (not coded); s9
    # views.
    "snn-8d128c4b13c2": [
        ("AID", None, 4, "التسهيلات الاستثنائية", "حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", "20 ألف حاج يمني", None, ""),
        ("CONSULT", "visit", 6, "التقى", "وفد وزارة الحج اليمنية", "وزير الحج الدكتور بندر حجار", None, "H"),
    ],
    # Al-Jazirah: fireworks paint the sky of the kingdom (21 July). The Riyadh municipality's Eid fireworks, their sites,
    # the safety measures and the coordination with civil defence and the Red Crescent (agencies of one government),
    # the folklore shows (festival: not coded, the fifty-ninth set's Eid festival). None.
    "snn-6106e7fc4adb": [],
    # Al-Yaum column (translated): Samsung's win is South Korea's loss (26 July). Corporate business (the Cheil bid for
    # Samsung C&T, Samsung's persuasion of its shareholders, the shareholders' vote of last week -- a decision inside
    # one company, the fifty-ninth set's votes inside one body --, Hyundai's land purchase of last year) and the
    # writer's views are not coded; s11 Singer was subjected to hateful attacks by Samsung's sympathisers (-> ACCUSE
    # disapprove, the attacks in words); s12 media reports called him a front of "Wall Street Jews" (-> ACCUSE
    # disapprove, another actor phrase, one record per actor phrase as the fiftieth set's accusations; "إليه" a pronoun:
    # recipient null); s14 the condemnation the writer wishes for (a conditional wish: not coded); s25 the media's
    # habitual attacks on complaining shareholders (a general practice with "عندما": not coded).
    "snn-d22783013268": [
        ("ACCUSE", "disapprove", 11, "هجمات بغيضة", "المتعاطفين مع سامسونج", "سينجر", None, ""),
        ("ACCUSE", "disapprove", 12, "أشارت", "تقارير وسائل الإعلام", None, None, ""),
    ],
    # Sabq column: "Keek", lest the world laugh at us (22 July). A column on a video application, a study's ranking and
    # the writer's views. None.
    "snn-d985d97f1f69": [],
    # Al-Watan column: the soft world war and Iran's defeat (21 July). The world wars, the cold war and the sanctions of
    # past years (general history and a standing condition, the fiftieth set's world wars inside a quotation: not
    # coded); Iran's "submission" to the international community's conditions (s6, the writer's framing of the
    # agreement: not coded), its chaos, its spending and the ESCWA report (views, a report); s14 the tunnels of Hamas
    # and Islamic Jihad destroyed by the Israeli air force in hours (inside the relative clause with its own actor, the
    # Gaza war of 2014 -> ASSAULT aerial [H]); s16-s23 the writer's charges (Assad, al-Maliki, the Houthis: views and
    # series); s25 Mogherini directed a warning to the Iranian negotiator to behave or leave the negotiations (->
    # THREATEN relations, PLOVER "threaten to suspend ... ongoing talks"; the Vienna talks ending 14 July: recent); s33
    # the atomic bombs dropped on Hiroshima and Nagasaki (-> ASSAULT unconventional [H], the tenth, twenty-fourth and
    # fifty-eighth sets' records of the same bombings); s40 the Star Wars programme (standing) not coded.
    "snn-bd1047e4d3bd": [
        ("ASSAULT", "aerial", 14, "أضاعها", "الطيران الإسرائيلي", "الأنفاق", None, "H"),
        ("THREATEN", "relations", 25, "تحذيرا", "الممثل الأعلى لسياسة الأمن والشؤون الخارجية في الاتحاد الأوروبي السيدة فيديريكا موغيريني", "المفاوض الإيراني", None, ""),
        ("ASSAULT", "unconventional", 33, "إلقاء القنابل الذرية", None, None, "هيروشيما وناجازاكي", "H"),
    ],
    # Al-Jazirah column: Lebanon's Shia and the nuclear agreement (11 August). s1 after the Iranians signed the agreement
    # (-> AGREE, 14 July: four weeks before, recent; the fifty-ninth to sixty-fifth sets' agreements in columns), its
    # restatements with the Westerners as signers (s2, s5) not coded again (the sixty-fifth set's restatement); the
    # Westerners' bet, the reformists' aims and the alliance some foresee (views and predictions); s8 Khamenei in his
    # Eid al-Fitr sermon reassured his agents, Hezbollah among them, that the support would continue (-> AGREE, "a pledge
    # of continued support", the thirty-fourth, thirty-eighth and fifty-ninth sets; the sermon of 18 July: recent); s9
    # predictions; s11-s12 the list of the writer's other articles (link lines).
    "snn-0df9698f1f1b": [
        ("AGREE", None, 1, "وقع", ("الإيرانيون", 1), None, None, ""),
        ("AGREE", None, 8, "طمأن", ("خامنئي", 1), "حزب الله", None, ""),
    ],
    # Al-Watan: a quarter century witnessing the kingdom's protection of Arab national security (2 August). Experts'
    # accounts of 1990-1991 (facts coded [H], their views and the comparison with Yemen not; the sixty-first set's
    # timeline of the same war): s0 the lead ("هبة المملكة", "حزم ... في اليمن": a lead and a bare reference, the
    # fifty-ninth set's Decisive Storm); s1 Saddam's occupation of Kuwait (-> ASSAULT [H], mode null, the forty-first and
    # sixty-first sets' invasion) and King Fahd's saying that Kuwait and Saudi Arabia are one country (-> SUPPORT [H],
    # the sixth and sixty-fourth sets' solidarity; ("الملك", 2) and ("الكويت", 2)); s5 Saudi Arabia's joining the
    # coalition forces (-> COOPERATE [H], a military coalition with the allies); s6 the kingdom's insistence on the
    # necessity of withdrawal (a necessity statement, the fifty-ninth set: its demand coded at s8) and its support and
    # aid to the Kuwaiti citizens (-> AID [H], ("المملكة", 2)); s7 the Yemen comparison (a view) and Qasim's oral threat
    # of 1961 to occupy Kuwait (-> THREATEN territory [H]; Saudi Arabia "confronted" it: no act stated); s8 the kingdom
    # demanded Saddam's withdrawal (-> REQUEST yield [H], the sixty-first set's Security Council demand), the GCC's
    # founding of 1981 (an institution: not coded), its call for the Arab summit of 10 August 1990 (-> REQUEST meet
    # [H], the sixty-first set's Saudi call; "دعوتها" its subject named earlier in the sentence), the summit (-> CONSULT
    # multilateral [H]) which affirmed its support of Kuwait (-> SUPPORT [H]); s9 the necessity of activating the
    # defence pact (a necessity statement), the kingdom hosted the coalition forces at Hafr al-Batin (-> COOPERATE [H]),
    # Saudi Arabia supervised the military operations of 16 January - 28 February 1991 (-> ASSAULT [H], mode null, the
    # sixty-first set's ground offensive); s10 Saudi Arabia hosted the Kuwaiti leadership (-> AID [H], PLOVER
    # "asylum") and the UN resolution forbidding Kuwait and Iraq to dispose of Kuwait's funds (inside the relative
    # clause with its own actor -> SANCTION discontinue [H], an asset freeze); s11 the formation of the Kuwaiti
    # government in Taif (inside one government) and the invaders' attempts (vague) not coded.
    "snn-069737618465": [
        ("ASSAULT", None, 1, "احتلال", "صدام حسين", None, "دولة الكويت", "H"),
        ("SUPPORT", None, 1, "مقولة الملك الخالدة", ("الملك", 2), ("الكويت", 2), None, "H"),
        ("COOPERATE", None, 5, "انضمام", ("السعودية", 2), "قوات التحالف", None, "H"),
        ("AID", None, 6, "تقديم كل الدعم والعون", ("المملكة", 2), "للمواطنين الكويتيين", None, "H"),
        ("THREATEN", "territory", 7, "هدد", "عبدالكريم قاسم", ("الكويت", 2), None, "H"),
        ("REQUEST", "yield", 8, "مطالبة", ("المملكة", 2), ("صدام", 2), None, "H"),
        ("REQUEST", "meet", 8, "دعوتها", ("المملكة", 3), None, None, "H"),
        ("CONSULT", "multilateral", 8, "للقمة العربية في 10 أغسطس 1990", None, None, None, "H"),
        ("SUPPORT", None, 8, "أكدت على دعم", "القمة", ("الكويت", 3), None, "H"),
        ("COOPERATE", None, 9, "استضافت", "المملكة", "جميع قوات التحالف الدولي", "حفر الباطن", "H"),
        ("ASSAULT", None, 9, "أشرفت السعودية على العمليات العسكرية", "السعودية", None, None, "H"),
        ("AID", None, 10, "استضافت", "السعودية", "القيادة الشرعية الكويتية", None, "H"),
        ("SANCTION", "discontinue", 10, "يحظر", "الأمم المتحدة", "الكويت والعراق", None, "H"),
    ],
    # Al-Yaum column: the nuclear agreement between Iran and the West (22 July). s0 Iran and the West reached an
    # agreement in Vienna days ago (-> AGREE, recent); s1 the break of their diplomatic relations in 1980 (inside the
    # anchor, with its own date, reported nowhere else -> SANCTION discontinue [H], PLOVER "break ... diplomatic
    # exchanges"; the pair named earlier in the sentence); s2-s3 Obama's words (a view); s4-s5 the terms (contents);
    # s6 Iran's president promised that his country would never seek the bomb (-> AGREE, the sets' promises "وعد"/
    # "تعهد"); s7-s8 the lifting of the sanctions and the renewed arms embargo (the agreement's terms, a future
    # consequence: not coded); s9 Iran's request, backed by Moscow, to lift the arms embargo in the negotiations (->
    # REQUEST yield, PLOVER "ending sanctions", and SUPPORT by Moscow); s11 Paris called on Tehran to seize the chance
    # and help end the conflict in Syria (-> REQUEST assist); s12 the US House speaker's judgement of the agreement (->
    # ACCUSE disapprove with the agreement as recipient, the fifty-ninth set's Netanyahu); s13 the Saudi source's
    # standing position (not coded); s14 the standing sanctions (not coded); s15 the source: Iran must use its resources
    # for its own development instead of stirring unrest (-> REQUEST change, the sixty-fourth set's demand on Iran);
    # s16-s27 the writer's views, figures and questions (the agreement restated at s26, Iran's celebration) not coded.
    "snn-4f90da618bc1": [
        ("AGREE", None, 0, "توصلت", "إيران والغرب", None, "فيينا", ""),
        ("SANCTION", "discontinue", 1, "قطع علاقاتهما الدبلوماسية", "إيران والولايات المتحدة", None, None, "H"),
        ("AGREE", None, 6, "وعد", "الرئيس الإيراني", None, None, ""),
        ("REQUEST", "yield", 9, "طلب", "إيران", None, None, ""),
        ("SUPPORT", None, 9, "المدعوم", "موسكو", "طلب إيران", None, ""),
        ("REQUEST", "assist", 11, "دعت", "باريس", "طهران", None, ""),
        ("ACCUSE", "disapprove", 12, "اعتبر", "رئيس مجلس النواب الامريكي", "هذا الاتفاق", None, ""),
        ("REQUEST", "change", 15, "على إيران أن تستغل مواردها", "المصدر", ("إيران", 1), None, ""),
    ],
    # Asharq Al-Awsat column: the paths of failure in Syria (9 August). The column's history of the mediations (facts
    # coded [H], views not): s0 the revolution and the regime's description of it (a general charge: not coded); s1
    # the Saudi, Turkish, Jordanian and Qatari efforts to mediate with the regime (-> CONSULT [H], mode null, the first
    # set's Omani mediation; the states named only as adjectives: actor null) before the Arab League joined them (->
    # CONSULT [H]); s2 Annan's appointment (not coded) and his reaching, with the Action Group, the Geneva 1 statement of
    # June 2012 (-> AGREE [H]); s3 the allies' obstruction (vague), Annan ended his mission (-> RETREAT resign [H], an
    # envoy leaving his post) after his last visit to Damascus where he met al-Assad (-> CONSULT visit [H]); s4 Brahimi's
    # repeated failure (a judgement); s5 Geneva 2 in early 2014 (-> CONSULT multilateral [H]), the regime's chemical
    # crime (-> ASSAULT unconventional [H], August 2013) and Brahimi gave up his mission (-> RETREAT resign [H]); s6-s8
    # de Mistura's appointment, his Aleppo effort, his report and his plan (an appointment, efforts and a plan: not
    # coded); s9-s10 views and the standing Russian support of the regime (not coded).
    "snn-30014a76661d": [
        ("CONSULT", None, 1, "للتوسط", None, "نظام الأسد", None, "H"),
        ("CONSULT", None, 1, "تدخل الجامعة العربية على خط المساعي", "الجامعة العربية", None, None, "H"),
        ("AGREE", None, 2, "وصوله", "كوفي أنان", None, None, "H"),
        ("RETREAT", "resign", 3, "إنهاء مهمته", "أنان", None, None, "H"),
        ("CONSULT", "visit", 3, "آخر زيارة", "أنان", ("الأسد", 2), "دمشق", "H"),
        ("CONSULT", "multilateral", 5, "«جنيف2»", None, None, None, "H"),
        ("ASSAULT", "unconventional", 5, "جريمة الكيماوي", ("النظام", 2), None, None, "H"),
        ("RETREAT", "resign", 5, "يتخلى عن مهمته", "الإبراهيمي", None, None, "H"),
    ],
    # Al-Riyadh: dozens of putschists killed in clashes and coalition raids in Lahj (22 July). s0 dozens of Houthis and
    # Saleh's forces killed and wounded in the clashes at al-Anad (-> ASSAULT, mode null, the toll of bounded battles
    # with the dead as recipient, the forty-ninth set) amid the coalition's air support to the resistance (-> AID, the
    # thirteenth and fiftieth sets' "إسناد"); s1 the tolls restated (not coded); s2 the coalition's raids on al-Anad
    # base and Labouza camp (-> ASSAULT aerial); s3 its raids on Sanah north of al-Dhale (-> ASSAULT aerial); s4 dozens
    # of Houthi gunmen fled Aden for Lahj (-> RETREAT withdraw, the first, eighth and thirteenth sets) under the
    # resistance's blows (-> ASSAULT, mode null); s5 the resistance's advance north of Aden (-> ASSAULT, mode null, the
    # thirty-fifth set's advances); s6 dozens killed in three days of raids north of Aden (-> ASSAULT aerial, actor
    # unnamed); s7 the resistance's sweeps in Aden to expel the remaining gunmen (-> COERCE seize, the nineteenth set's
    # "تمشيط"); s8 an Emirati ship with medical aid arrived at Aden (-> AID, the sixty-second set's aid ship; the actor
    # an adjective: null); s9 the tally of ships and the siege before the Houthis' defeat (a tally and bare anchors);
    # s10 the government delegation's reception (inside one government); s11 a WFP ship docked with aid (-> AID); s12
    # an Emirati Red Crescent ship expected (-> AID [F]); s13 the Taiz lead: the rebels' indiscriminate shelling of
    # Taiz (-> ASSAULT heavy-weapons), the army's control of positions near the central prison (-> COERCE seize) and the
    # coalition's raids on Houthi positions (-> ASSAULT aerial); s14 the shelling of the residential quarters late
    # Monday (-> ASSAULT heavy-weapons, the lead's detail with its own time and target, the fiftieth set's leads beside
    # details) and the clashes in four quarters (-> ASSAULT, mode null, two-sided: both as actor); s15 the shelling's
    # damage (a toll); s16 the army's advance (-> ASSAULT, mode null), the control restated (not coded again) and the
    # siege of al-Thalatheen point (-> COERCE restrict, the eleventh and thirty-fifth sets' "محاصرة"; passive: actor
    # null); s17 the toll of the clashes on several fronts (-> ASSAULT, mode null, the dead as recipient) and the
    # civilians killed by shelling (the toll of s14's shelling: not coded again); s18 tolls restated; s19 the cut
    # services (no actor; s20 gives it); s20 the resistance's statement accusing the Houthis and Saleh's men (-> ACCUSE
    # allege) of shelling the telecom office with tank shells (-> ASSAULT heavy-weapons, the sixth set's "اتهمت ...
    # باستهداف" with its two records); s21 the result (not coded); s22 the resistance's description of the act as
    # "systematic criminal measures" (-> ACCUSE disapprove) and the standing siege of Taiz (a bare reference); s23 the
    # resistance's attack on Houthi reinforcements in Ibb (-> ASSAULT, mode null); s24 its toll; s25 the coalition's
    # raids west of Marib (-> ASSAULT aerial); s26 the continued clashes in Marib (-> ASSAULT, mode null); s27 the car
    # bomb at a Houthi leader's house in Sanaa (-> ASSAULT explosives, actor unnamed, the target as recipient); s28
    # the same attack restated with the leader's name; s29 background.
    "snn-a2fd34d08257": [
        ("ASSAULT", None, 0, "المواجهات الدائرة", None, "عشرات الحوثيين ومن القوات الموالية للرئيس المخلوع علي عبدالله صالح", "منطقة العند بمحافظة لحج", ""),
        ("AID", None, 0, "اسناد جوي", "للتحالف العربي", "للمقاومة الشعبية", None, ""),
        ("ASSAULT", "aerial", 2, "غارات جوية", "مقاتلات تابعة للتحالف العربي", "قاعدة العند الجوية ومعسكر لبوزة المجاور للقاعدة", "محافظة لحج", ""),
        ("ASSAULT", "aerial", 3, "استهدفت", "طائرات التحالف العربي", None, "منطة سناح شمال مدينة الضالع", ""),
        ("RETREAT", "withdraw", 4, "فر", "عشرات من المسلحين الحوثيين", None, "مدينة عدن", ""),
        ("ASSAULT", None, 4, "ضربات", "المقاومة الشعبية", "عشرات من المسلحين الحوثيين", None, ""),
        ("ASSAULT", None, 5, "أحرزوا تقدما ميدانيا", "مقاتلي المقاومة الشعبية", "المتمردين الحوثيين وقوات صالح", "الأطراف الشمالية لمحافظة عدن", ""),
        ("ASSAULT", "aerial", 6, "غارات جوية", None, "عشرات المتمردين", "شمال مدينة عدن", ""),
        ("COERCE", "seize", 7, "حملات تمشيط", "قوات المقاومة الشعبية", "ما تبقى من مسلحين حوثيين وقوات صالح", "محافظة عدن", ""),
        ("AID", None, 8, "المساعدات الطبية", None, None, "ميناء عدن الرئيسي", ""),
        ("AID", None, 11, "المساعدات", "برنامج الغذاء العالمي", None, "ميناء الزيت في عدن", ""),
        ("AID", None, 12, "المساعدات", "الهلال الأحمر الإماراتي", None, None, "F"),
        ("ASSAULT", "heavy-weapons", 13, ("قصف", 1), "المتمردون الحوثيون وقوات صالح", None, ("مدينة تعز", 1), ""),
        ("COERCE", "seize", 13, "سيطر", "الجيش الوطني", None, "مواقع بجوار السجن المركزي في المدينة", ""),
        ("ASSAULT", "aerial", 13, "قصفت", "طائرات التحالف", "مواقع للحوثيين", "مناطق مختلفة من اليمن", ""),
        ("ASSAULT", "heavy-weapons", 14, "قصفت", "الحوثيين وقوات صالح", "الأحياء السكنية في مدينة تعز", None, ""),
        ("ASSAULT", None, 14, "اشتباكات", "عناصر المقاومة الشعبية والحوثيين", None, "أحياء حوض الأشراف والبريد والجمهوري والضباب", ""),
        ("ASSAULT", None, 16, "تقدمت", "قوات الجيش الوطني بمساندة المقاومة الشعبية في تعز", None, "بعض الجبهات", ""),
        ("COERCE", "restrict", 16, "محاصرة", None, "نقطة الثلاثين", "المدخل الجنوبي الغربي لتعز", ""),
        ("ASSAULT", None, 17, "مواجهات", None, "8 من الحوثيين وقوات صالح", "عدة جبهات", ""),
        ("ACCUSE", "allege", 20, "اتهم", "تنسيقي المقاومة الشعبية", "جماعة الحوثيين المسلحة والعناصر الموالية لصالح", None, ""),
        ("ASSAULT", "heavy-weapons", 20, "استهداف", "جماعة الحوثيين المسلحة والعناصر الموالية لصالح", "مكتب الاتصالات", None, ""),
        ("ACCUSE", "disapprove", 22, "وصفت", "المقاومة", "هذا التصرف", None, ""),
        ("ASSAULT", None, 23, "استهدفوا", "مسلحين من المقاومة الشعبية بالمحافظة", "تعزيزات حوثية", "شمال مدينة القاعدة", ""),
        ("ASSAULT", "aerial", 25, "قصفت", "الطائرات المقاتلة التابعة للتحالف العربي", "مواقع للحوثيين", "جبهة الجفينة وتبة الدفاع غربي مأرب", ""),
        ("ASSAULT", None, 26, "المواجهات", None, None, "مناطق متفرقة من مارب", ""),
        ("ASSAULT", "explosives", 27, "هجوم بسيارة مفخخة", None, "منزل قيادي حوثي", "العاصمة صنعاء", ""),
    ],
    # Okaz column: the Saudi nuclear policy (2 August). Israel's standing refusal of inspection and of the NPT, the
    # Western support and the Arab states' signatures "one after another" (standing positions and a series, the
    # fifty-ninth set's ratifications: not coded); s27 what was done to Iraq (a bare reference); s31 the claims raised
    # recently by some Zionised American media that the kingdom has dangerous nuclear facilities (-> ACCUSE allege,
    # recent); s32-s34 the writer's rebuttal (a view); s35 the last nuclear agreement between Iran and the 5+1 (->
    # AGREE, the fifty-ninth to sixty-fifth sets' agreements in columns, with its parties); s37 the officials' habitual
    # affirmations (not coded) and the kingdom's signature and ratification of the NPT (-> AGREE [H], undated: Saudi
    # Arabia's own act with its named actor; ("المملكة", 2), the first inside "بالمملكة"); s38-s49 habitual remarks, the
    # standing policy, the writer's wishes and his support of another columnist's article (views: not coded).
    "snn-8bf2c745305c": [
        ("ACCUSE", "allege", 31, "الأقاويل", "بعض وسائل الإعلام الأمريكية المتصهينة", "المملكة", None, ""),
        ("AGREE", None, 35, "الاتفاق النووي الاخير", "إيران ودول 5+1", None, None, ""),
        ("AGREE", None, 37, "وقعت وصادقت", ("المملكة", 2), "اتفاقية حظر انتشار الأسلحة النووية", None, "H"),
    ],
    # Al-Riyadh column: the Iranian-American agreement from an economic view, 4 (22 July). s0 the agreement (-> AGREE,
    # named by its parties' adjectives: actor null, the fifty-ninth to sixty-fifth sets' agreements in columns), the
    # Iranian celebrations, Jeb Bush's and Prince Bandar's statements (views); s3 the US administration's reply that
    # Bandar's vision is "Republican" (-> ACCUSE disapprove, a dismissal of a critic); s4-s5 the writer's views, Decisive
    # Storm (a bare reference) and his general charges against Iran (not coded).
    "snn-741bbeeccca0": [
        ("AGREE", None, 0, "الاتفاق النووي الأميركي الإيراني", None, None, None, ""),
        ("ACCUSE", "disapprove", 3, "رد", "الإدارة الأميركية", ("الأمير بندر", 3), None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
