"""Build events-blind55.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fifty-fifth events blind set; same layout and guidelines as the first
fifty-four sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind54.jsonl and their blind/ ..
blind54/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind55.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind55.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fifty-fourth sets' rule: here "تبنى" from "وتبنى", "طالبت" from "وطالبت", "طالب" from "وطالب", "تشجب" from "وتشجب",
# "تصت" from "وتصت", "قصف" from "لقصف" in the digest s2, "إضرام النار" from "بإضرام", "اتصالات" from "باتصالات", "إطلاق
# النار" from "بإطلاق", "قصف عشوائي" from "بقصف", "تسليم أنفسهم" from "بتسليم", "هجوم مفاجئ" from "بهجوم", "منع الشركات
# الأمريكية من التعامل معهم" from "بمنع", "أحر التعازي" from "بأحر", "دعوا" from "ودعوا"); where the article's alif is
# elided the fused ل stays ("للثوار" in the Marib s10, the fifteenth set's record of the same words, the forty-ninth to
# fifty-fourth sets' rule); in actors, recipients and places the fused ب/ل/ك is left out otherwise ("جبهة مجزر" from
# "بجبهة", "منطقة الجقينة، جنوب غرب مأرب" and "منطقة العشش بالعند" from "بمنطقة"); spellings as written, copied exactly (the curly quotes of '“جبهة النصرة” والفصائل
# المقاومة', '“جيش الإسلام”', 'تنظيم “داعش”', 'متحف “باردو” بالعاصمة تونس' and '“مجلس الأمن الدولي”', the text's
# "الزبدانى" with its alif maqsura in the Idlib s4, "كفرية" for Kafriya, "تصت" for "تصدت" and "الجقينة" for al-Jufaina as
# the Al-Watan copy has them, "اطلاق نار" without hamza, "جندياً" and "نحو 157 طفلاً" and "21 سائحاً أجنبياً وشرطياً" with
# their tanwin, "الفصائل الاسلامية" without hamza in the digest s0, the comma of "القوات الموالية للشرعية، وميليشيات
# المتمردين", the truncated "الرئيس المخلوع علي عبدالله" before "صوابه"); a string repeated in its sentence is picked by
# its occurrence (("قوات النظام", 2) in the Idlib s3 and s4; ("قصف", 1) in the Idlib s3, before "قصفت"; ("هجوم", 1)
# and ("هجوم", 2), ("مسلحون", 2) in the curfew s2; ("التقرير", 1) in the journalists' s4; ("هاجم", 1) in the
# condemnations' s3; ("قتل", 1) in the Marib s8, before "قتلى"; ("قصفت", 1), ("قصفت", 2), ("قوات النظام", 1-3) in the
# digest s0; ("اشتباكات", 1) in the digest s1, before "الاشتباكات"; ("قصف", 1) and ("قصف", 2) in the digest s2;
# ("اشتباكات", 1) and ("اشتباكات", 2) in the digest s3).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to fifty-fourth sets); a subject named earlier in the same sentence is kept for its further clauses ("المحتجون" for
# "اعتبروا" in the Sanaa s1, "أهالي العاصمة صنعاء" for "دعوا" in s8, "الهيئة" for the condolences in the condemnations'
# s1).
GOLD = {
    # Al-Jazirah: a guide to the institutions of the Arabic language in Indonesia (24 July). A book notice of the King
    # Abdullah centre's publications and its programme (a publication and a cultural programme: not coded). None.
    "snn-dd1d911ec6ce": [],
    # Al-Riyadh: King Faisal University extends the registration for its developed affiliation system (6 August). A
    # university's administrative notice (not coded, the sets' administrative notices). None.
    "snn-1f591510f753": [],
    # Okaz: 12,000 cases dropped from social security reinstated (22 July). The social security offices' reinstatement
    # of beneficiaries, the ministries' checking of data and the dropping of cases at the start of Ramadan (a ministry's
    # administrative handling of benefits and its own procedures towards citizens: not coded, the sets' general policies
    # of an authority and administrative requirements); the women's statements on fictitious Saudisation and the
    # observers' views (not events). None.
    "snn-cecb505be053": [],
    # Al-Jazirah: 157 Syrian children benefit from the vaccination programme (9 August). s0 about 157 children in the
    # Zaatari camp received vaccines against infectious diseases in the programme carried out by the Saudi national
    # campaign for the Syrian brothers (-> AID, the sets' relief deliveries, the World Food Programme's food aid of the
    # thirty-second set; the children named in the sentence as recipient); s1-s5 the programme's aims and the officials'
    # views (not coded).
    "snn-bcda6fc99dcd": [
        ("AID", None, 0, "اللقاحات والتطعيمات", "الحملة الوطنية السعودية لنصرة الأشقاء في سوريا", "نحو 157 طفلاً",
         "مخيم الزعتري", ""),
    ],
    # Al-Weeam: the Syrian opposition, the regime targeted two towns in Idlib with 1,400 shells (11 August). s0 the
    # fighting factions' continuing battles with the regime forces for al-Fu'a and Kafriya (-> ASSAULT, mode null, the
    # fifty-third set's continuing clashes; actor and recipient as written "X with Y"; the aim of control not coded
    # apart); s1 the regime forces' more than 1,400 shells on the two towns (-> ASSAULT heavy-weapons, ground shelling;
    # "البلدتين" the target as written, the place in s0); s2 Nusra's and the factions' advance in al-Sawaghiya (->
    # ASSAULT, mode null, the forty-third and fifty-third sets' advances); s3 the continuing clashes between the regime
    # forces and ISIS around the Shaer and Jazal fields (-> ASSAULT, both sides in one actor phrase), the warplanes'
    # bombing of the clash areas (-> ASSAULT aerial, "مناطق الاشتباك" anaphoric: place null) and the regime's shelling of
    # al-Houla and Talbiseh (-> ASSAULT heavy-weapons); s4 in al-Zabadani the barrel bombs (-> ASSAULT aerial, passive:
    # actor null), the continuing clashes between the regime forces and the factions (-> ASSAULT, mode null) and the
    # regime's heavy shelling of the city (-> ASSAULT heavy-weapons), the fronted place kept for the three; s5 Jaish
    # al-Islam's announced military campaign against ISIS in the eastern Qalamoun (-> ASSAULT, mode null, an offensive
    # launched); s6 the BBC's "amid clashes" in the Homs countryside (a background of s5, the same ISIS-regime fighting
    # as s3: not coded again); s7 the agency line; s8 Jaish al-Islam's formation (background); s9 the link line.
    "snn-09bf7c84cdb9": [
        ("ASSAULT", None, 0, "معارك مستمرة", "الفصائل المقاتلة", "قوات النظام", "بلدتي الفوعة وكفرية", ""),
        ("ASSAULT", "heavy-weapons", 1, "استهدفت", "قوات النظام", "البلدتين", None, ""),
        ("ASSAULT", None, 2, "التقدم", "“جبهة النصرة” والفصائل المقاومة", None, "منطقة الصواغية", ""),
        ("ASSAULT", None, 3, "الاشتباكات", "قوات النظام وعناصر تنظيم داعش", None,
         "محيط حقلي شاعر وجزل بريف حمص الشرقي", ""),
        ("ASSAULT", "aerial", 3, ("قصف", 1), "الطيران الحربي", None, None, ""),
        ("ASSAULT", "heavy-weapons", 3, "قصفت", ("قوات النظام", 2), None, "الحولة وتلبيسة بريف حمص الشمالي", ""),
        ("ASSAULT", "aerial", 4, "البراميل المتفجرة", None, None, "منطقة الزبدانى بريف دمشق", ""),
        ("ASSAULT", None, 4, "الاشتباكات العنيفة", "قوات النظام من جهة، والفصائل المقاتلة", None,
         "منطقة الزبدانى بريف دمشق", ""),
        ("ASSAULT", "heavy-weapons", 4, "قصف عنيف", ("قوات النظام", 2), None, "منطقة الزبدانى بريف دمشق", ""),
        ("ASSAULT", None, 5, "حملة عسكرية", "“جيش الإسلام”", "تنظيم داعش الإرهابي", "منطقة القلمون الشرقي", ""),
    ],
    # Al-Weeam: 21 killed in an exchange of fire at a wedding in Afghanistan (27 July). s0 the Baghlan police chief:
    # gunmen exchanged fire at a wedding, killing 21 guests and wounding eight (-> ASSAULT firearms, the guests killed in
    # the sentence as recipient; the province of the speaker's title the place of the wedding, s2); s1 the rise of the
    # violence this year (a general series: not coded) after the US forces formally ended their military mission at the
    # end of 2014 (-> RETREAT withdraw [H], the anchor with its own actor, the fifteenth set's record of the ISAF
    # mission's end) and the 12,000 NATO soldiers remaining to train the Afghans (a standing arrangement: not coded, the
    # fifty-fourth set's Misrata patrols); s2 the cause unclear and the militias (not events); s3 the general's words:
    # gunmen entered and opened fire on the male guests (the s0 attack restated with no new actor or method: not coded
    # again); s5 "the investigation is under way and the police will arrest all the perpetrators" (-> ACCUSE investigate,
    # no investigator named: actor null, the sets' ongoing investigations; -> COERCE arrest [F], a future arrest stated in
    # a main clause); s6 the UN's toll of 2014 (a figure: not coded); s7 the link line.
    "snn-1606fa0452d8": [
        ("ASSAULT", "firearms", 0, "تبادلوا اطلاق نار", "مسلحين", "21 من الضيوف", "إقليم بغلان بشمال أفغانستان", ""),
        ("RETREAT", "withdraw", 1, "إنهاء القوات الأمريكية رسميا مهمتها العسكرية", "القوات الأمريكية", None,
         "أفغانستان", "H"),
        ("ACCUSE", "investigate", 5, "التحقيق", None, None, None, ""),
        ("COERCE", "arrest", 5, "ستعتقل", "الشرطة", "جميع المنفذين", None, "F"),
    ],
    # Ain Al-Youm: a Tunisian soldier kills 3 of his colleagues in Bardo (24 July; the text's "today Monday"). s0 the
    # byline; s1 four killed, the shooter among them, in clashes inside a barracks in the Tunisian capital (-> ASSAULT,
    # mode null, the lead, no side named: actor null; the authorities' statement that it was not terrorism not coded);
    # s2 a soldier opened fire on his comrades (-> ASSAULT firearms, the detail with its actor and method beside the
    # lead, the forty-fifth and fiftieth sets' leads beside details; the Bardo attack inside "التي شهدت" reported in s6);
    # s3 the security source's earlier report (a restatement: not coded); s4-s5 the toll and the interior ministry's
    # denial of a terrorist link (figures and a characterisation: not coded); s6 the bloody attack on the Bardo museum two
    # months before, by two gunmen who killed 21 foreign tourists and a policeman (-> ASSAULT, mode null, [H], March
    # 2015); s7 ISIS's claim of it (-> ASSAULT [H] with the claimed actor, the fiftieth and fifty-third sets' claims); s8
    # the panic (not an event); s9 the security forces reinforced their presence near the barracks (-> MOBILIZE police,
    # the fifty-second and fifty-fourth sets' reinforced security; "قرب الثكنة وفي المنطقة" vague: place null).
    "snn-c4ac8809b3ee": [
        ("ASSAULT", None, 1, "اشتباكات", None, "4 أشخاص", "ثكنة عسكرية في العاصمة التونسية", ""),
        ("ASSAULT", "firearms", 2, "أطلق النار", "جندياً", "رفاقه", None, ""),
        ("ASSAULT", None, 6, "هجوم دموي", "مسلحان", "21 سائحاً أجنبياً وشرطياً", "متحف “باردو” بالعاصمة تونس", "H"),
        ("ASSAULT", None, 7, "تبنى", "تنظيم “داعش”", None, None, "H"),
        ("MOBILIZE", "police", 9, "عززت قوات الأمن حضورها", "قوات الأمن", None, None, ""),
    ],
    # Al-Jazirah column: ISIS's media (1 August). The columnist's views on ISIS's propaganda and the Arab media; the wars
    # named inside ISIS's narrative (Afghanistan 2001, the liberation of Kuwait 1991, the invasion of Iraq 2003) bare
    # examples (not coded, the fifty-second and fifty-third sets' wars named as bare examples); s5-s8 the list of the
    # writer's other articles. None.
    "snn-36d6f7635f37": [],
    # Sabq: protests at the funeral of a Chinese mother crushed by an escalator (4 August). s0 the funeral caused anger,
    # protest and a scuffle between the security men and the mourners protesting the woman's death in a shopping centre
    # (-> PROTEST demo, the mourners as actor; -> ASSAULT, mode null, the scuffle with both sides in one actor phrase, the
    # forty-sixth set's "الصدامات"; "أحد الأسواق التجارية" vague: place null); s1 the video's account of the same
    # protest and scuffle (details: not coded again); s2 the accident (not coded, the fifty-fourth set's accidents); s3
    # the investigations revealed that a maintenance worker forgot to fix the plate (-> ACCUSE investigate, the
    # thirty-fourth and fifty-fourth sets' investigators' findings).
    "snn-f7ab4f980f03": [
        ("PROTEST", "demo", 0, "احتجاج", "المعزين المحتجين", None, None, ""),
        ("ASSAULT", None, 0, "مضاربة", "رجال الأمن والمعزين المحتجين", None, None, ""),
        ("ACCUSE", "investigate", 3, "كشفت", "التحقيقات", "أحد عمال الصيانة", None, ""),
    ],
    # Al-Watan: demonstrations in Sanaa for the release of the abductees (6 August). s0 dozens of families of those
    # abducted by the Houthi and Saleh militias held a protest stand in front of the Sheraton hotel in central Sanaa (->
    # PROTEST demo, the militias holding the abductees as recipient; the denunciation its aim); s1 the protesters'
    # slogans demanding the release of their relatives (-> REQUEST yield, the sets' calls for a release, e.g. the
    # thirtieth set's hostage's father) and their charge that the detention is a crime against humanity (-> ACCUSE
    # allege, no target named in the sentence: recipient null); s2 the call restated (not coded again); s3 the storming
    # of Sanaa on 21 September 2014 inside "منذ" (-> COERCE seize [H], the forty-seventh set's "اجتياحهم ... العاصمة
    # صنعاء") and the abduction of thousands since (a general series over a year: not coded); s4-s6 the conditions of
    # the detainees, the human shields and the prominent hostages (standing practices and a standing detention: not
    # coded); s7 the journalists Abdullah Qabil and Yusuf al-Aizari "assassinated" (-> ASSAULT, mode null, [H], undated
    # background, passive: actor null) and the big demonstrations that followed (-> PROTEST demo [H]); s8 Sanaa's people
    # had earlier gone out in similar demonstrations ("من قبل", undated: -> PROTEST demo [H]) and called for the
    # detainees' immediate release (-> REQUEST yield [H]); s9 their account of ill-treatment and s10 the rebels' repression
    # of such protests (general practices: not coded).
    "snn-cfe4df41442f": [
        ("PROTEST", "demo", 0, "وقفة احتجاجية", "العشرات من الأسر اليمنية وأهالي المختطفين",
         "ميليشيات التمرد الحوثي وفلول الرئيس المخلوع علي عبدالله صالح", "فندق شيراتون وسط صنعاء", ""),
        ("REQUEST", "yield", 1, "تطالب", "المحتجون", None, None, ""),
        ("ACCUSE", "allege", 1, "جريمة ضد الإنسانية", "المحتجون", None, None, ""),
        ("COERCE", "seize", 3, "اجتياحها", "جماعة الحوثيين المتمردة", None, "العاصمة صنعاء", "H"),
        ("ASSAULT", None, 7, "اغتيلا", None, "الصحفيين، عبدالله قابل، ويوسف العيزري", None, "H"),
        ("PROTEST", "demo", 7, "مظاهرات حاشدة", "المئات", None, None, "H"),
        ("PROTEST", "demo", 8, "مظاهرات مماثلة", "أهالي العاصمة صنعاء", None, None, "H"),
        ("REQUEST", "yield", 8, "دعوا", "أهالي العاصمة صنعاء", None, None, "H"),
    ],
    # Al-Jazirah column: the most dangerous weapon of terrorism now, modern technology (1 August). The writer's views on
    # terrorism and the internet and his appeal to parents (views and necessity statements: not coded). None.
    "snn-2290831f389e": [],
    # Al-Weeam: Turkey imposes a curfew on a border area with Iraq (6 August). s0 the Turkish authorities declared the
    # Sirnak border area a closed military zone under curfew for two weeks (-> COERCE curfew, the forty-fourth set's
    # "تمديد حظر التجول"); s1 the governor of Hakkari's words: the curfew from today to the 19th (-> COERCE curfew, the
    # same measure with its own actor, the sets' leads beside details; "المنطقة" anaphoric: place null); s2 a soldier
    # killed and another wounded on Tuesday evening in an attack by PKK gunmen at Silopi (-> ASSAULT, mode null) and three
    # soldiers killed in an attack by gunmen in the village of Arakoy in Sirnak on Tuesday morning (-> ASSAULT, mode
    # null, the fifteenth set's record of the same attack in a new article); s3 the link line.
    "snn-797de2881e88": [
        ("COERCE", "curfew", 0, "يحظر التجول", "السلطات التركية", None, "منطقة شرناق الحدودية مع العراق", ""),
        ("COERCE", "curfew", 1, "يحظر التجول", "والي ولاية هاكاري", None, None, ""),
        ("ASSAULT", None, 2, ("هجوم", 1), "مسلحون ينتمون لحزب العمال الكردستاني المعارض", "جندي تركي",
         "بلدة سيلوبي التابعة لولاية جزرة", ""),
        ("ASSAULT", None, 2, ("هجوم", 2), ("مسلحون", 2), "ثلاثة جنود", "قرية آراكوي التابعة لقضاء شرناق", ""),
    ],
    # Al-Riyadh: US airlines ban the transport of hunting trophies (6 August). s0-s1 three airlines' ban on carrying the
    # "big five" trophies (a company's business policy: not coded, the thirty-fourth set's Snapchat terms); s2 the animal
    # lovers' international protest campaign since the killing was found (a general series: not coded) and the killing
    # of the lion Cecil by the dentist Walter Palmer (an animal killed in a hunt: not an event between political actors,
    # as the forty-ninth set); s3 Zimbabwe's demand that Palmer be handed over (-> REQUEST, mode null, the addressee not
    # named: recipient null) and the charge against him inside "الذي اتهم" (-> ACCUSE allege, passive: actor null, the
    # forty-ninth set's "اتهم" of the same man); s4-s6 the collar and the study.
    "snn-8481d622d56c": [
        ("REQUEST", None, 3, "طالبت", "زيمبابوي", None, None, ""),
        ("ACCUSE", "allege", 3, "اتهم", None, "بالمر", None, ""),
    ],
    # Al-Jazirah: the women's section of the cooperative office carries out 162 visits to women's workshops (25 July). A
    # da'wa office's Ramadan programme: its campaign, conversions, competitions, the 162 visits, the gifts, the hospital
    # visits and the messages, all given as the programme's figures (a series of an office's activities: not coded, the
    # thirty-fourth set's habitual visits; the fifth to fifty-fourth sets' Eid visits were single visits with a named
    # host). None.
    "snn-19de3e03fb07": [],
    # Okaz: the Houthis commit 87 violations against media workers (9 August). s0-s3 a study of the Economic Studies and
    # Media Centre: the decline of press freedom, the 87 violations of June and July and their kinds and shares (figures
    # and a general series: not coded); s4 the report: the Houthis and the groups loyal to Saleh were the greatest
    # violators of the media, about 93% of the violations (-> ACCUSE allege, the report as actor, the sets' reports and
    # statements as actors); s5-s6 figures.
    "snn-13b10d797fc9": [
        ("ACCUSE", "allege", 4, "الأكثر انتهاكا للإعلام", ("التقرير", 1),
         "جماعة الحوثيين والجماعات الموالية لها من أنصار علي عبدالله صالح", None, ""),
    ],
    # Al-Riyadh: Arab and Islamic bodies condemn the Israeli violations (6 August). s0 the OIC's Independent Permanent
    # Human Rights Commission condemned the terrorist attack of the Israeli settlers who set fire and burnt innocent
    # Palestinians, killing a toddler (-> ACCUSE disapprove, recipient null, and the condemned arson -> ASSAULT primitive,
    # the sets' records of the Duma arson: "بإحراق", "أضرم"); s1 its condolences to the family (-> SUPPORT, the fortieth
    # set's "تعازيها") and its denunciation of the systematic eviction and settlement policy (-> ACCUSE disapprove, a new
    # target; "الهيئة" named in the sentence kept for both clauses); s2 the Arab Jurists Union condemned the crime (->
    # ACCUSE disapprove; the arson restated inside "التي ارتكبها": not coded again) and demanded the referral of the case
    # to the ICC (-> REQUEST, mode null); s3 its statement: settlers attacked the family home in the occupied West Bank
    # and set it on fire (-> ASSAULT primitive, the arson with its target and place, new content beside the s0 lead);
    # s4 the crime would not have happened but for the Israeli entity's insistence on denying rights and its silence (->
    # ACCUSE allege, the statement as actor); s5 its condemnation and demand restated (not coded again) and its call on
    # the free people of the world to condemn (-> REQUEST, mode null, a new recipient); s6 the International Islamic
    # Lawyers' Body began contacts with international organisations to form a defence body (-> CONSULT, mode null; the
    # suits its aim, the settlers' practices a general series: not coded).
    "snn-836569ce26c2": [
        ("ACCUSE", "disapprove", 0, "أدانت", "الهيئة الدائمة المستقلة لحقوق الإنسان التابعة لمنظمة التعاون الإسلامي",
         None, None, ""),
        ("ASSAULT", "primitive", 0, "إضرام النار", "مستوطنون إسرائيليون", "فلسطينيين أبرياء مسالمين", None, ""),
        ("SUPPORT", None, 1, "أحر التعازي", "الهيئة", "أسرة الفقيد", None, ""),
        ("ACCUSE", "disapprove", 1, "تشجب", "الهيئة", None, None, ""),
        ("ACCUSE", "disapprove", 2, "أدان", "اتحاد الحقوقيين العرب", None, None, ""),
        ("REQUEST", None, 2, "طالب", "الاتحاد", None, None, ""),
        ("ASSAULT", "primitive", 3, ("هاجم", 1), "مستوطنون صهاينة", "منزل عائلة الرضيع", "الضفة الغربية المحتلة", ""),
        ("ACCUSE", "allege", 4, "لولا إصرار", "البيان", "الكيان الإسرائيلي", None, ""),
        ("REQUEST", None, 5, "دعا", "اتحاد الحقوقيين", "أحرار العالم", None, ""),
        ("CONSULT", None, 6, "اتصالات", "الهيئة الإسلامية العالمية للمحامين",
         "مختلف المنظمات الدولية الغربية والإسلامية", None, ""),
    ],
    # Al-Watan: the coalition's aircraft kill dozens of rebels in Marib (11 August). s0 41 Houthis killed in the
    # coalition aircraft's violent raids on the rebels' positions (-> ASSAULT aerial; Marib only in the title: place
    # null); s1 the rebels' attempt to surprise the resistance on the Mas front with a sudden attack (-> ASSAULT, mode
    # null, the forty-third and fifty-fourth sets' attempted attacks) and the resistance's response that killed 14 (->
    # ASSAULT, mode null, the defenders' response its own record, the fifty-fourth set's Apache report); s2 the clashes
    # continued (not coded again); s3 the raids on the Houthi positions and reinforcements on the Majzar front (->
    # ASSAULT aerial; the 16 killed and the tank destroyed their toll and damage; the tank "shelling civilians" a standing
    # practice: not coded); s4 the resistance's dead (a toll); s5 other aircraft's raids on the Sirwah front west of
    # Marib (-> ASSAULT aerial; the dead of al-Zour a detail adding a place: not coded again); s6 the convoy destroyed by
    # the raid (a detail); s7 another aircraft's bombing of a Houthi position at al-Jaqina (-> ASSAULT aerial); s8 in
    # Hodeidah the resistance gunmen killed a number of Houthi gunmen (-> ASSAULT, mode null) and the fighters' rocket-
    # propelled shell on a gathering place (-> ASSAULT heavy-weapons, the detail with its method, the thirty-first and
    # forty-eighth sets' "قذيفة صاروخية"); s9 in Ibb the resistance took the al-Qafr district (-> COERCE seize) after armed
    # clashes with 26 Houthis killed (-> ASSAULT, mode null, the anchor inside "عقب" with its toll, no side named: actor
    # null, the fronted province as place); s10 18 Houthis surrendered to the rebels (-> RETREAT disarm, the fifteenth
    # and nineteenth sets' "تسليم أنفسهم"); s11 they continued their advance towards al-Radma (-> ASSAULT, mode null,
    # pronoun subject: actor null); s12 the rebels took the al-Nadira district (-> COERCE seize; al-Qafr restated).
    "snn-9f444ca7cc3b": [
        ("ASSAULT", "aerial", 0, "غارات عنيفة", "طائرات التحالف العربي",
         "مواقع المتمردين الحوثيين وفلول الرئيس المخلوع علي عبدالله صالح", None, ""),
        ("ASSAULT", None, 1, "هجوم مفاجئ", "فلول التمرد", "الثوار", "جبهة ماس", ""),
        ("ASSAULT", None, 1, "تصت", "المقاومة", "14 متمردا", "جبهة ماس", ""),
        ("ASSAULT", "aerial", 3, "غارات عنيفة", "طائرات التحالف", "مواقع وتعزيزات حوثية", "جبهة مجزر", ""),
        ("ASSAULT", "aerial", 5, "غارات مماثلة", "طائرات أخرى", "مواقع التمرد الحوثي وفلول المخلوع صالح",
         "جبهة صرواح، غرب مأرب", ""),
        ("ASSAULT", "aerial", 7, "قصفت", "طائرة أخرى", "موقعا للانقلابيين الحوثيين", "منطقة الجقينة، جنوب غرب مأرب", ""),
        ("ASSAULT", None, 8, ("قتل", 1), "مسلحين تابعين للمقاومة الشعبية", "عدد من مسلحي الحوثي", "الحديدة", ""),
        ("ASSAULT", "heavy-weapons", 8, "استهدفوا", "الثوار", "أحد المواقع", "الحديدة", ""),
        ("COERCE", "seize", 9, "سيطروا", "عناصر المقاومة الشعبية", None, "مديرية القفر", ""),
        ("ASSAULT", None, 9, "مواجهات مسلحة", None, None, "محافظة إب", ""),
        ("RETREAT", "disarm", 10, "تسليم أنفسهم", "18 حوثيا", "للثوار", None, ""),
        ("ASSAULT", None, 11, "تقدمهم", None, None, "منطقة الرضمة", ""),
        ("COERCE", "seize", 12, "سيطروا", "الثوار", None, "مديرية النادرة", ""),
    ],
    # Asharq Al-Awsat: after the clearing of Lahj, Abyan the next station of the Yemeni resistance (6 August). s0 the
    # army's and the resistance's sources: after the liberation of the whole of Lahj with al-Anad (-> COERCE seize, the
    # anchor inside "بعد" with its own place, no actor named: null; 3-4 August, recent) the next destination will be Abyan
    # (-> COERCE seize [F], the announced next offensive, the fifty-third set's announced clearing towards Lahj; the
    # forces named inside the sources' description as actor, as the fifty-third set's issuer's name); s1 views; s2 the
    # sources' account of a militiaman at a Houthi checkpoint in al-Ashash shooting dead a wounded young man (-> ASSAULT
    # firearms; the sources' "new crime" a framing: not coded apart); s3 the continuing violent clashes in Taiz between
    # the loyal forces and the rebel militias (-> ASSAULT, mode null, both sides in one actor phrase); s4 amid the
    # resistance's advance in Taiz (a general series inside "في ظل": not coded) the Houthis responded with random shelling
    # of houses and districts (-> ASSAULT heavy-weapons); s5 the Aden airport deputy director: the arrival of UAE forces
    # of the coalition at the airport to secure it (-> AID, the twenty-fifth set's record of the UAE battalion securing
    # the airport; "المطار" anaphoric: place null); s6-s7 the airport works (not events); s8 the UN envoy renewed his call
    # for a ceasefire under a plan with the Houthis' withdrawal from the main cities (-> REQUEST yield, the sixth and
    # fifty-fourth sets' mode for such calls; its contents not coded apart); s9-s11 the call restated ("يجب"); s12-s15
    # the lone dots and "المزيد".
    "snn-ba2ec4bddb83": [
        ("COERCE", "seize", 0, "تحرير", None, None, "محافظة لحج", ""),
        ("COERCE", "seize", 0, "الوجهة المقبلة", "الجيش الوطني والمقاومة الموالية للشرعية", None, "محافظة أبين", "F"),
        ("ASSAULT", "firearms", 2, "إطلاق النار", "أحد عناصر الميليشيات", "الشاب المصاب", "منطقة العشش بالعند", ""),
        ("ASSAULT", None, 3, "المواجهات العنيفة", "القوات الموالية للشرعية، وميليشيات المتمردين", None, "تعز", ""),
        ("ASSAULT", "heavy-weapons", 4, "قصف عشوائي", "الحوثيون", "المنازل والأحياء الآهلة بالسكان", "تعز", ""),
        ("AID", None, 5, "وصول", "قوات إماراتية", None, None, ""),
        ("REQUEST", "yield", 8, "دعوته", "مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد", None, None, ""),
    ],
    # Ain Al-Youm: the deposed president consoles himself by attacking Hadi after Bahah's return to Aden (2 August). s0
    # the byline; s1 the prime minister Khaled Bahah's arrival on Saturday 1 August for a visit to Aden (-> CONSULT visit
    # with the place, the twenty-seventh and fifty-fourth sets' records of the same arrival) after the forces loyal to
    # Hadi tightened their control over it by expelling the Houthis (-> COERCE seize, the anchor inside "بعد أن" with its
    # own actor and target, reported nowhere else in the article; "عليها" a pronoun: place null; mid-July, recent), and
    # Saleh's sharp attack on President Hadi (-> ACCUSE disapprove); s2 Saleh's words on his US contacts and on the
    # solution (a standing state and a view: not coded); s3 his rule, his ouster by the 2011-2012 revolution and his
    # immunity under the Gulf initiative (bare anchors and a standing status: not coded, the forty-fifth set's overthrow
    # of Gaddafi); s4 the Security Council's sanctions of 2014 on Saleh, his son and two Houthi commanders (-> SANCTION
    # discontinue [H], the thirty-fourth set's UN sanctions; the travel ban and asset freeze their details) and the US
    # ban on American companies dealing with them (-> SANCTION discontinue [H], its own actor; "معهم" a pronoun:
    # recipient null); s5 the resolution's contents (the arms embargo and its call to inspect shipments: details of a
    # resolution, not coded); s6 the tags line.
    "snn-1cbd974b3a03": [
        ("CONSULT", "visit", 1, "وصول", "رئيس الحكومة اليمنية خالد بحاح", None, "عدن", ""),
        ("COERCE", "seize", 1, "أحكمت", "القوات الموالية للرئيس عبد ربه منصور هادي", "الحوثيين", None, ""),
        ("ACCUSE", "disapprove", 1, "هجوم حاد", "الرئيس المخلوع علي عبدالله", "الرئيس عبدربه هادي", None, ""),
        ("SANCTION", "discontinue", 4, "عقوبات", "“مجلس الأمن الدولي”",
         "صالح ونجله واثنين من كبار القادة العسكريين الحوثيين", None, "H"),
        ("SANCTION", "discontinue", 4, "منع الشركات الأمريكية من التعامل معهم", "الولايات المتحدة", None, None, "H"),
    ],
    # Al-Jazirah: Syria, the regime forces shell several towns and the opposition responds (24 July). The Observatory's
    # digest of one day, coded incident by incident as the thirty-third, forty-ninth and fifty-third sets' digests (ground
    # "قصف" -> heavy-weapons, barrels and the warplanes' fire -> aerial, two-sided clashes -> ASSAULT, mode null, both
    # sides in one actor phrase, mortars -> heavy-weapons): s0 the regime's shelling of the Qalamoun barrens, of Beit Jinn
    # and, renewed, of al-Zabadani, with the continuing clashes there between the Fourth Division and Hezbollah and the
    # Islamic factions and local gunmen (the fifty-third set's record of the Zabadani clashes with the city as place); the
    # man killed by an explosion in a fuel depot in Harasta (no attack stated: not coded); s1 the clashes north of Aleppo
    # between the regime forces with the National Defence and Fatah Halab (the mutual shelling part of the clashes: not
    # coded apart), the warplanes' heavy machine-gun fire around Kuweires airbase (-> ASSAULT aerial, an aircraft's fire)
    # and the helicopters' four barrels (-> ASSAULT aerial; "محيط المطار" anaphoric: place null); s2 the helicopters'
    # barrels on Talbiseh and on al-Ghantu and the factions' mortars on the regime's positions near al-Ghasibiya; s3 the
    # two clashes in Aleppo (Jamiat al-Zahraa and al-Sabaa Bahrat).
    "snn-5d597ee44d57": [
        ("ASSAULT", "heavy-weapons", 0, ("قصفت", 1), ("قوات النظام", 1), None, "جرود القلمون", ""),
        ("ASSAULT", "heavy-weapons", 0, ("قصفت", 2), ("قوات النظام", 2), None, "بلدة بيت جن بريف دمشق الغربي", ""),
        ("ASSAULT", "heavy-weapons", 0, "قصفها", ("قوات النظام", 3), None, "مدينة الزبداني", ""),
        ("ASSAULT", None, 0, "الاشتباكات العنيفة",
         "الفرقة الرابعة وحزب الله اللبناني من جهة، والفصائل الاسلامية ومسلحين محليين", None, "مدينة الزبداني", ""),
        ("ASSAULT", None, 1, ("اشتباكات", 1), "قوات النظام مدعمة بقوات الدفاع الوطني من طرف، وغرفة عمليات فتح حلب",
         None, "أطراف حي الخالدية وعلى محاور دوار شيحان والليرمون شمال حلب", ""),
        ("ASSAULT", "aerial", 1, "نيران رشاشاته الثقيلة", "الطيران الحربي", None, "محيط مطار كويرس العسكري", ""),
        ("ASSAULT", "aerial", 1, "براميل متفجرة", "الطيران المروحي", None, None, ""),
        ("ASSAULT", "aerial", 2, ("قصف", 1), "الطيران المروحي", None, "مدينة تلبيسة", ""),
        ("ASSAULT", "aerial", 2, ("قصف", 2), "طائرات النظام المروحية", None, "بلدة الغنطو بريف حمص الشمالي", ""),
        ("ASSAULT", "heavy-weapons", 2, "استهدفت", "الفصائل المعارضة", "تمركزات لقوات النظام",
         "محيط قرية الغاصبية بريف حمص الشمالي", ""),
        ("ASSAULT", None, 3, ("اشتباكات", 1),
         "غرفتي أنصار الشريعة وفتح حلب من طرف، وقوات النظام وحزب الله اللبناني وقوات الدفاع الوطني والمسلحين الموالين لها",
         None, "محيط مسجد الرسول الأعظم بحي جمعية الزهراء شمال غرب حلب", ""),
        ("ASSAULT", None, 3, ("اشتباكات", 2),
         "الكتائب المقاتلة والكتائب الإسلامية من جهة، وقوات النظام مدعمة بقوات الدفاع الوطني", None,
         "حي السبع بحرات بحلب القديمة", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
