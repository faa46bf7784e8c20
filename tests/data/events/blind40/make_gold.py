"""Build events-blind40.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fortieth events blind set; same layout and guidelines as the first
thirty-nine sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind39.jsonl and their blind/ ..
blind39/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind40.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind40.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-ninth sets' rule: here "أدان" from "وأدان", "طالب" from "وطالب", "هجوم" from "لهجوم", "رصاص" from "برصاص",
# "زيارة" from "بزيارة", "التفجير" from "بالتفجير", "حكم" from "لحكم", "صادق" from "وصادق", "اجتمع"
# from "واجتمع"); in actors, recipients and places the fused ب/ل/ك is left out ("مدينة بنغازي", "منطقة الشيخ زويد" and
# "منطقة جبل العليقة" from "بمنطقة", "حي الشعار بحلب"); where the article's alif is elided the fused ل stays
# ("للسفير السعودي لدى الدنمارك محمد العقيل", "للسعودية", the first, twenty-fifth and twenty-ninth to thirty-ninth sets'
# rule); spellings as written ("الاسرائيلي-الأمريكي", "مجلس الامن الدولي", "الدول العربية والاجنبية", "لقواتِ الطوارئ
# التابعةِ لوزارة ِالداخلية" and "منطقةِ أبها" with the text's own diacritics and spacing, the loose straight quotes of
# 'جماعة "ولاية سيناء" جناح تنظيم "داعش" في مصر' and 'مقراً "لتجمع العناصر الإرهابية'), copied exactly; a string
# repeated in its sentence is picked by its occurrence. Speakers and actors named only by a pronoun, an implied subject
# or a passive are null (the eighteenth, twenty-seventh to thirty-ninth sets); a subject named earlier in the same
# sentence is kept for its further clauses.
GOLD = {
    # Al-Madina: the meteorology presidency forecasts rain over Makkah and Madinah (8 August). A weather forecast: none.
    "snn-8d556265e27f": [],
    # Al-Yaum: the Al-Baha award for creativity sets the criteria of its "distinguished performance" branch (2 August).
    # The committee's criteria and its chairman's call on the government bodies to compete (a committee's own programme
    # towards unnamed bodies, the thirty-fifth and thirty-sixth sets' Qurainah and social workers' team): none.
    "snn-3308f138ee12": [],
    # Okaz sport: al-Shalhoub, al-Hilal's environment attracts players (27 July). The camp and the friendlies (club
    # business, the thirty-third to thirty-ninth sets): none.
    "snn-12a3b0883ebb": [],
    # Al-Riyadh: Palestine, the Israeli escalation will push the leadership to take important decisions (27 July). s0
    # the presidency's statement that the incursions into al-Aqsa, the daily killings and the settlements will push the
    # leadership to "important decisions" (a warning of the leadership's own action -> THREATEN, mode null, as the sixth
    # and eleventh sets' "سيكون لنا موقف مختلف/عملي آخر"; the incursions and killings a general series: not coded); s1
    # Abu Rudeineh's warning that Israel's attempts will lead to "dire consequences" (new speaker and recipient ->
    # THREATEN, as the first set's Steinmeier and the eighth set's "المصير المحتوم"); s2 his condemnation of the
    # occupation forces' killings, arrests and incursions (-> ACCUSE disapprove; the practices themselves a series); s3
    # the decisions restated (not coded again) and Abbas's contacts since yesterday with Jordan and with the European
    # and international parties (-> CONSULT, mode null, the twenty-first set's "إجراء اتصالات"; two records, the
    # counterparts named apart); s4 his demand that the Israeli government stop the violations (-> REQUEST yield, the
    # thirty-eighth set's call to stop operations; "وطالب": actor null).
    "snn-e67419dcf627": [
        ("THREATEN", None, 0, "ستدفع القيادة الفلسطينية لاتخاذ قرارات هامة", "الرئاسة الفلسطينية", None, None, ""),
        ("THREATEN", None, 1, "عواقب وخيمة", "نبيل أبو ردينة الناطق باسم الرئاسة الفلسطينية", "إسرائيل", None, ""),
        ("ACCUSE", "disapprove", 2, "أدان", "أبو ردينة", "قوات الاحتلال الإسرائيلي", None, ""),
        ("CONSULT", None, 3, "اتصالات", "الرئيس الفلسطيني محمود عباس", "الأردن", None, ""),
        ("CONSULT", None, 3, "اتصالات", "الرئيس الفلسطيني محمود عباس", "الأطراف الأوروبية والدولية", None, ""),
        ("REQUEST", "yield", 4, "طالب", None, "الحكومة الإسرائيلية", None, ""),
    ],
    # Al-Jazirah: the technical and vocational training corporation extends admission to its colleges (23 July).
    # Admission dates and the registration portal: none.
    "snn-c60542931116": [],
    # Sabq (Reuters): ten Libyan soldiers killed fighting Islamists in Benghazi (21 July; "Monday" = 20 July). s0 the
    # lead, ten soldiers killed during fighting with Islamist groups in Benghazi (-> ASSAULT, mode null, the Islamist
    # groups as actor and the dead as recipient, the thirty-sixth set's Benghazi fighting); s1 the special forces'
    # spokesman: five killed and six wounded in an attack by Islamist fighters on an area of the city (detail with its
    # own actor -> ASSAULT; the area vague: place null); s2 five more killed by a bomb apparently planted by Islamists in
    # a flat (-> ASSAULT explosives; the hedged attribution is the actor's description, the thirty-eighth set); s3 the
    # fighting "for more than a year" (a standing state) and the overthrow and killing of Gaddafi in 2011 (a bare anchor
    # inside "منذ" without an actor, as the thirty-sixth set left the same agency boilerplate's "بعد ... الاطاحة بمعمر
    # القذافي" uncoded); s4 the army's retaking of "some territory" over the past year and the critics' charge on its use
    # of warplanes and artillery (a general series and a standing charge: not coded); s5 al-Zawi's words: the special
    # forces repelled a violent attack on the Bu Atni axis with all light and heavy weapons (the attack with its place ->
    # ASSAULT, the special forces as recipient; the repelling -> ASSAULT heavy-weapons, the thirty-eighth set's two
    # records of a repelled attack); s6 a view; s7 the rival group's seizure of Tripoli (relative clause inside "منذ أن"
    # with its own actor and place -> COERCE seize [H], the thirty-sixth set's record of the same boilerplate; the
    # forming of its own government not coded); s8 ISIS's seizure of "a number of towns", killing of "some foreigners"
    # and attacks on embassies (undated plural series: not coded, as the thirty-sixth set's ISIS foothold in Sirte).
    "snn-10ab142d8379": [
        ("ASSAULT", None, 0, "قتال", "جماعات إسلامية", "عشرة جنود ليبيين", "مدينة بنغازي", ""),
        ("ASSAULT", None, 1, "هجوم", "مقاتلون إسلاميون", "خمسة جنود", None, ""),
        ("ASSAULT", "explosives", 2, "انفجار قنبلة", "إسلاميون", "خمسة جنود آخرين", None, ""),
        ("ASSAULT", None, 5, "هجوم", None, "القوات الخاصة", "محور بوعطني", ""),
        ("ASSAULT", "heavy-weapons", 5, "تصدت", "القوات الخاصة", None, "محور بوعطني", ""),
        ("COERCE", "seize", 7, "بسطت", "جماعة منافسة", None, "العاصمة طرابلس", "H"),
    ],
    # Al-Yaum sport: al-Baqami qualifies in the archery world championship in Denmark (31 July). s0-s2 results and the
    # camp (sport, none); s3 the Saudi federation's president's and the delegation head's visit to the Saudi
    # ambassador in Denmark (a visit with a counterpart outside the visitors' own body -> CONSULT visit, visitors as actor,
    # host as recipient, the thirty-eighth set's receptions; "زيارة" first occurrence, before "الزيارة") and the thanks
    # and greetings they conveyed to him (-> SUPPORT, the named subject kept for the clause); s4 the commemorative shield
    # (an honour: not coded, the thirty-sixth to thirty-eighth sets), the meeting with the Danish archery federation's
    # officials (-> CONSULT, mode null; passive: actor null) and the agreement reached through it to set up training
    # centres for Saudi students in Denmark (an agreement of two national federations -> AGREE, the thirty-ninth set's
    # agreements of institutions; not club business or a governing body's decision on its own players; the centres'
    # place is the agreement's content, not its location).
    "snn-9f9da4717bb9": [
        ("CONSULT", "visit", 3, ("زيارة", 1), "رئيس الاتحاد السعودي ابراهيم الدوسري ورئيس الوفد السعودي المشارك في البطولة عبدالله الحواس", "للسفير السعودي لدى الدنمارك محمد العقيل", None, ""),
        ("SUPPORT", None, 3, "الشكر والتقدير", "رئيس الاتحاد السعودي ابراهيم الدوسري ورئيس الوفد السعودي المشارك في البطولة عبدالله الحواس", "للسفير السعودي لدى الدنمارك محمد العقيل", None, ""),
        ("CONSULT", None, 4, "الالتقاء", None, "مسؤولي اتحاد الدنمارك للسهام", None, ""),
        ("AGREE", None, 4, "الاتفاق", None, "مسؤولي اتحاد الدنمارك للسهام", None, ""),
    ],
    # Al-Jazirah: Russia offers its condolences for the victims of the Abha attack (8 August; the attack of Thursday 6
    # August). s0 Russia's condolences to the victims' families (-> SUPPORT, the thirty-eighth set's condolences) and its
    # support for the Saudi authorities against terrorism (-> SUPPORT, second recipient), the attack in Abha inside the
    # relative clause (with its place -> ASSAULT, mode null: no method in the text; the thirty-fifth and thirty-sixth
    # sets' Abha bombing inside a condemnation); s1 the statement's words (the condolences restated with the day: not
    # coded again); s2-s3 views; s4 the foreign ministry's statement of Moscow's readiness to give Saudi Arabia the
    # necessary support (a pledge of support -> AGREE, the thirty-eighth set's Merkel); s5 the condemnation by Arab and
    # foreign states (-> ACCUSE disapprove) of the attack on the Emergency Forces' mosque (the attack again with its
    # target and a new place -> its own ASSAULT, the thirty-ninth set's Suruc anchor and blast).
    "snn-bea33e0aa001": [
        ("SUPPORT", None, 0, "تعازيها", "روسيا", "عائلات ضحايا الهجوم الإرهابي", None, ""),
        ("ASSAULT", None, 0, "الهجوم الإرهابي", None, None, "مدينة أبها", ""),
        ("SUPPORT", None, 0, "دعمها", "روسيا", "السلطات السعودية", None, ""),
        ("AGREE", None, 4, "استعداد", "موسكو", "للسعودية", None, ""),
        ("ACCUSE", "disapprove", 5, "أدانت", "الدول العربية والاجنبية", None, None, ""),
        ("ASSAULT", None, 5, "الهجوم الإرهابي", None, "مسجدا لقواتِ الطوارئ التابعةِ لوزارة ِالداخلية", "منطقةِ أبها جنوبي المملكة", ""),
    ],
    # Al-Yaum: Kerry warns Congress against rejecting the Iran deal (25 July; "Friday" = 24 July). s0 his warning (his
    # argument, not coded, the thirty-ninth set); s1 his talk at the Council on Foreign Relations in New York (a meeting
    # with a think tank -> CONSULT, mode null, the council as recipient and the city as place, as the twenty-fourth set's
    # Obama call with the think tanks and the thirty-fourth set's host-and-town rule; the rhetorical question not coded);
    # s2, s7, s10, s11 lone quotation marks and dots; s3 his lobbying "for days" (a standing campaign: not coded); s4 the
    # sixty days of Congress (procedure), the lifting of sanctions promised for Iran's concessions (the deal's terms; the
    # agreement coded once, in s17) and Obama's statement that he would use his veto in that case (-> THREATEN, mode null,
    # no flag: the sets' threats); s5-s15 the veto arithmetic and Kerry's conditional predictions (none); s16 the Senate
    # Foreign Relations hearing of Thursday 23 July (a congressional hearing -> CONSULT, Kerry as actor and the committee
    # as recipient, the thirty-ninth set's hearings; recent: not historical) and the Republicans' harsh criticism of him
    # (-> ACCUSE disapprove); s17 the Security Council's unanimous endorsement on Tuesday (-> SUPPORT, the seventeenth and
    # thirty-sixth sets' approvals of the deal) and the Vienna agreement concluded on 14 July with its parties (its
    # conclusion described -> AGREE, once per article, the thirtieth to thirty-ninth sets; Vienna only inside the
    # agreement's name: place null).
    "snn-d19628e82671": [
        ("CONSULT", None, 1, "لقاء", "كيري", "مجلس العلاقات الخارجية", "نيويورك", ""),
        ("THREATEN", None, 4, "سيستخدم حقه في تعطيل القرار", "الرئيس باراك أوباما", None, None, ""),
        ("CONSULT", None, 16, "جلسة", "كيري", "لجنة الخارجية في مجلس الشيوخ", None, ""),
        ("ACCUSE", "disapprove", 16, "الانتقادات الجارحة", "الجمهوريون", "كيري", None, ""),
        ("SUPPORT", None, 17, "صادق", "مجلس الامن الدولي", "الاتفاق", None, ""),
        ("AGREE", None, 17, "المبرم", "ايران والولايات المتحدة وبريطانيا وفرنسا والصين وروسيا والمانيا", None, None, ""),
    ],
    # Al-Madina: Washington to free the Israeli-American spy Pollard (26 July; the announcement of Friday 24 July). s0 the
    # justice department's announcement that Pollard may leave prison in November on parole (a planned release ->
    # RETREAT release [F], the thirty-fourth set's release due; the department's position that he must serve his full
    # term not coded); s1 his arrest in 1985 (-> COERCE arrest [H]) and his life sentence in 1987 (-> SANCTION convict
    # [H]; its prison term merges with the arrest record, one COERCE arrest per sentence and recipient), the parole rules
    # (procedure); s2 the security council spokesman's denial of any link with foreign policy (a denial of a link, not of
    # an act: not coded), the Wall Street Journal's report of a release to placate Israel (s0 restated with a contested
    # motive: not coded again) and the nuclear deal "recently concluded" by the powers and Iran (its conclusion described
    # -> AGREE, once per article; Israel's resentment a standing reaction); s3 his handing of secret documents to Israel
    # from 1984 to 1985 (the offence of his conviction: not coded beside it, the twenty-ninth, thirty-second and
    # thirty-eighth sets), the bombing of the PLO headquarters in Tunis and the assassination of Abu Jihad in Tunis in 1988
    # which his information helped (events with their own targets and places reported nowhere else -> ASSAULT [H], mode
    # null for "قصف" without a method, ASSAULT targeted for the assassination, the thirty-seventh set's Rabin; "تونس"
    # first and second occurrences; Israel implied: actor null); s4 the US authorities' refusal despite the Israeli
    # pressure (a standing refusal and standing pressure: not coded, the thirty-seventh and thirty-ninth sets); s5 the
    # Israelis' promise to end their spying in the US (-> AGREE [H], the sets' promises), Israel's demand "for years" (a
    # standing demand: not coded), the US sources' talk of a possible release in 1998 (a possibility: not coded) and
    # Tenet's threat to resign if Clinton agreed to the release (-> THREATEN [H], mode null).
    "snn-584361139e0c": [
        ("RETREAT", "release", 0, "إطلاق سراح مشروط", "وزارة العدل الأمريكية", "الجاسوس الاسرائيلي-الأمريكي جوناثان بولارد", None, "F"),
        ("COERCE", "arrest", 1, "اعتقل", None, "الجاسوس الإسرائيلي", None, "H"),
        ("SANCTION", "convict", 1, "حكم عليه بالسجن المؤبد", None, "الجاسوس الإسرائيلي", None, "H"),
        ("AGREE", None, 2, "أبرمته", "الدول الكبرى وايران", None, None, ""),
        ("ASSAULT", None, 3, "قصف", None, "المقر الرئيس لمنظمة التحرير الفلسطينية", ("تونس", 1), "H"),
        ("ASSAULT", "targeted", 3, "اغتيال", None, "الرجل الثاني في المنظمة أبو جهاد", ("تونس", 2), "H"),
        ("AGREE", None, 5, "وعد", "الإسرائيليون", None, None, "H"),
        ("THREATEN", None, 5, "هدد بالاستقالة", "مدير وكالة الاستخبارات المركزية الأمريكية (سي اي ايه) انذاك جورج تينيت", "الرئيس الأمريكي في حينه بيل كلينتون", None, "H"),
    ],
    # Al-Riyadh: the perpetrators of the Diyala bombing arrested (22 July; the minister's announcement of "yesterday
    # Sunday", the bombing of Friday 17 July: the text's own time followed, not historical). s0 the interior minister's
    # announcement of the arrest of those involved (-> COERCE arrest, the announcing minister as actor) and the bombing of
    # Bani Saad (relative clause with its own place, its claim the only main-clause mention -> ASSAULT explosives; the
    # targeted district as place); s1 the war media cell's statement that the accused will be investigated and referred
    # to the courts for the severest penalties (-> THREATEN, mode null, as the thirty-sixth set's "سنحاكم"); s2 the
    # detention of officers and personnel over the bombing (-> COERCE arrest; passive: actor null); s3 the toll, with the
    # attack restated in a relative clause (tolls reported apart: not coded); s4 ISIS's claim of the bombing (-> ASSAULT
    # explosives with the claimant as actor, the twelfth and twenty-fifth sets' claims; its claimed toll not the
    # recipient, as the twelfth set).
    "snn-9e6bb700167b": [
        ("COERCE", "arrest", 0, "اعتقال", "وزير الداخلية العراقي محمد سالم الغبان", "المتورطين", None, ""),
        ("ASSAULT", "explosives", 0, "التفجير", None, None, "ناحية بني سعد بمحافظة ديالى", ""),
        ("THREATEN", None, 1, "سيتم التحقيق معهم وإحالتهم للقضاء", "خلية الإعلام الحربي", "المتهمين", None, ""),
        ("COERCE", "arrest", 2, "توقيف", None, "عدد من الضباط والمنتسبين", None, ""),
        ("ASSAULT", "explosives", 4, "التفجير", "تنظيم (داعش)", None, None, ""),
    ],
    # Al-Watan column: "Vote for Umm Saad" (31 July). The coming municipal elections with women candidates, King
    # Abdullah's reforms (domestic policy without a counterpart) and the columnist's views: none.
    "snn-94103f331108": [],
    # Okaz: the international honey festival strengthens Al-Baha's tourism (25 July). The festival's aims and programme:
    # none.
    "snn-7776bff461d0": [],
    # Al-Eqtisadiah sport: Boloni paid half his contract (22 July). Al-Ittihad's payments, Petrovic's claim in the
    # Romanian press, the assistants' arrival and training (club business, the thirty-third to thirty-ninth sets): none.
    "snn-7b0c49aedc02": [],
    # Okaz: Houthi sleeper cells liquidated, al-Anad within reach (23 July; the Yemeni interior minister al-Hudhaifi to
    # Okaz). s0 his finding that the intelligence devices seized by the resistance are Iranian-made (a charge ->
    # ACCUSE allege, the adjective as the only naming of the recipient, the thirty-fourth set's "إيرانية"; the seizure
    # inside the relative clause is reported as a main clause in s1: coded there), the reopening of Aden airport (a
    # domestic step) and the arrival of a Saudi military aircraft (no cargo or purpose stated: not coded; the thirteenth
    # set's AID was a "relief aircraft"); s1 the resistance's seizure of listening devices, maps and intelligence
    # equipment in Aden (-> COERCE seize, the twelfth and thirtieth sets' seizures); s2 the police stations reopened in
    # coordination with the resistance (a domestic administrative step: not coded); s3 most Houthi sleeper cells
    # eliminated (-> ASSAULT, mode null, passive: actor null; "القضاء" first occurrence) and his expectation of al-Anad's
    # capture within hours (a prediction: not coded); s4 the army and the resistance currently working to retake al-Anad
    # (an ongoing offensive -> ASSAULT, the thirty-fifth to thirty-ninth sets' advances; the retaking of Lahj, Abyan and
    # Taiz an aim); s5 the combat operations "that will not stop until the last city is retaken" (a vow -> THREATEN
    # violence, the thirty-sixth set's "لن تتوقف"; "وأضاف": actor null); s6 the Houthi losses "in the thousands" (a
    # general figure); s7 the arrest of Abdulkhaliq al-Houthi neither confirmed nor denied (not coded, the thirteenth
    # set's unconfirmed rumour), the prisoners held (a standing state) and their coming trial (-> THREATEN, as the Diyala
    # report's s1; "الأسرى" second occurrence); s8 his denial of the Houthi media's charges of violations (a denial of
    # another party's charge: not coded); s9 his tour of the Aden districts (a visit inside his own government's
    # territory without a counterpart: not coded) and his charge that the Houthis destroyed a whole city (-> ACCUSE
    # allege, the thirty-seventh set's minister's charge; "مؤكدا": actor null); s10 the Saudi aircraft restated and the two
    # relief ships, one Emirati, that reached Aden port (-> AID, the adjective as the only naming of a provider, the
    # thirteenth set's relief ships).
    "snn-56ca6945220b": [
        ("ACCUSE", "allege", 0, "إيرانية الصنع", "وزير الداخلية اليمني اللواء عبده الحذيفي", "إيرانية", None, ""),
        ("COERCE", "seize", 1, "ضبطت", "المقاومة", "أجهزة تنصت وخرائط ووسائل مخابرات مختلفة", "محافظة عدن", ""),
        ("ASSAULT", None, 3, ("القضاء", 1), None, "معظم الخلايا النائمة للحوثي", None, ""),
        ("ASSAULT", None, 4, "يقومون حاليا بدورهم", "الجيش والمقاومة", None, ("قاعدة العند", 1), ""),
        ("THREATEN", "violence", 5, "لن تتوقف", None, None, None, ""),
        ("THREATEN", None, 7, "سيتم عرضهم على القضاء", None, ("الأسرى", 2), None, ""),
        ("ACCUSE", "allege", 9, "دمر", None, "الحوثي", None, ""),
        ("AID", None, 10, "سفينتي إغاثة", "إماراتية", None, "ميناء عدن", ""),
    ],
    # Sabq: the "Abha Ramadan Nights" festival opens (21 July). The tourism council's festival, the evening hosting people
    # with special needs and the rehabilitation centre's figures (a cultural programme without a counterpart, the
    # twenty-first and thirty-eighth sets' programmes): none.
    "snn-dc348abec597": [],
    # Asharq Al-Awsat: violent demonstrations against Burundi's president before the election (21 July; "the day before
    # yesterday" = 19 July). s0 two opponents of Nkurunziza wounded by police fire in Bujumbura (-> ASSAULT firearms); s1
    # the ruling party's rally and the coming election (domestic politics: none); s2 the third-term opponents booing the
    # president and his supporters (-> PROTEST demo); s3 the police opening fire on the demonstrators (s0 restated with
    # details: not coded again); s4 the Ugandan defence minister Kiyonga's arrival in Bujumbura as Museveni's envoy (a
    # visit to a country -> CONSULT visit, the place as location, no recipient; the mediation's aim not coded); s5 the
    # meeting of the government's, ruling party's, opposition's and civil society's delegates and two former presidents
    # to resume the talks sponsored by Kiyonga (-> CONSULT, mode null, the thirty-fourth set's mediated talks) and the
    # talks begun with Museveni on Tuesday and Wednesday (relative clause with its own actor, days before -> CONSULT, as
    # the thirty-sixth and thirty-eighth sets' negotiations "since they began"; not historical); s6 the battles between
    # the army and armed groups 100 km north of Bujumbura (-> ASSAULT, both sides in one actor phrase) after an armed
    # group attacked army positions at Kiruhura, Kato and the Cibitoke hills (inside "بعد أن" with its own actor, target
    # and places, restated only in s8's quotation -> ASSAULT); s7 the eight attackers killed at Kiruhura (-> ASSAULT, the
    # thirty-ninth set's killed in battles; the two at Kato a further figure of the same sentence's killing, not a
    # second record) and the weapons confiscated (-> COERCE seize, passive: actor null); s8 the spokesman's "an armed
    # group attacked an army position" (s6 restated: not coded again).
    "snn-9776e73f20ae": [
        ("ASSAULT", "firearms", 0, "رصاص", "الشرطة", "متظاهران معارضان للرئيس البوروندي بيار نكورونزيزا", "بوجمبورا", ""),
        ("PROTEST", "demo", 2, "صيحات استهجان", "معارضو الولاية الثالثة لنكورونزيزا", "الرئيس وأنصاره", None, ""),
        ("CONSULT", "visit", 4, "وصل", "وزير الدفاع الأوغندي كريسبوس كيونجا", None, "بوجمبورا", ""),
        ("CONSULT", None, 5, "اجتمع", "مندوبون من الحكومة والحزب الحاكم والمعارضة والمجتمع المدني، فضلا عن رئيسين سابقين", None, None, ""),
        ("CONSULT", None, 5, "بدأت", "موسيفيني", None, None, ""),
        ("ASSAULT", None, 6, "معارك", "الجيش البوروندي والجماعات المسلحة", None, "شمال البلاد على بعد مائة كلم شمال بوجمبورا", ""),
        ("ASSAULT", None, 6, "هاجمت", "مجموعة مسلحة", "مواقع للجيش", "كيروهورا وكاتو، والتلال في محافظة سيبيتوكي", ""),
        ("ASSAULT", None, 7, "قتلوا", None, "ثمانية مهاجمين", "كيروهورا", ""),
        ("COERCE", "seize", 7, "مصادرة", None, "أسلحة", None, ""),
    ],
    # Al-Watan: 34 opposition and regime fighters killed in Aleppo (2 August). s0 the opposition's failed attack on a
    # military base in Aleppo province (an attempted attack -> ASSAULT, PLOVER "attempted") and the 25 attackers killed
    # (their killing its own record, the thirty-fourth set; actor null); s1 the nine regime soldiers killed in the clashes
    # after several groups launched their attack (-> ASSAULT, the groups as actor; their attack restated inside "بعد أن":
    # not coded again); s2 the three commanders (a figure); s3 the violent clashes on the western outskirts of Aleppo
    # (new place -> ASSAULT, no side named), the air shelling of the clash area (-> ASSAULT aerial, actor null), the
    # regime forces' shelling (-> ASSAULT heavy-weapons, the sets' shelling; "قصف" and "قوات النظام" first occurrences)
    # and the factions' targeting of regime positions (-> ASSAULT); s4 Nusra's execution of ten people in al-Shaar
    # (-> ASSAULT targeted, the thirty-eighth set's executions) in application of a ruling of its Sharia court (relative
    # clause with its own actor -> SANCTION convict, the thirty-eighth set's death sentences; "حكم" second occurrence,
    # after "حكم الإعدام"); s5-s6 the charges and the shooting (details of s4: not coded again); s7-s8, s10-s11 the
    # Syrian Coalition's General Assembly session, its agenda and its decision to extend a committee (meetings and
    # decisions inside one organisation: not coded, the twenty-ninth to thirty-ninth sets); s9 the committee's report of
    # its consultations with the military factions, described as positive (talks of two bodies -> CONSULT, mode null;
    # "اللجنة" first occurrence); s10's "the coalition's meeting with the Kurdish National Council" only named as an
    # agenda item (not coded, as the thirty-ninth set's agreement only named); s12 de Mistura's proposal submitted to the
    # UN secretary-general (inside one organisation) and his bilateral consultations (a bare anchor): not coded; s13 the
    # safe zones (a standing plan).
    "snn-7096943ec975": [
        ("ASSAULT", None, 0, "محاولة هجوم فاشلة", "25 مقاتلاً من المعارضة السورية", "قاعدة عسكرية", "محافظة حلب", ""),
        ("ASSAULT", None, 0, "قتل", None, "25 مقاتلاً من المعارضة السورية", "محافظة حلب", ""),
        ("ASSAULT", None, 1, "الاشتباكات", "عدة جماعات مقاتلة", "تسعة من قوات النظام", None, ""),
        ("ASSAULT", None, 3, "اشتباكات عنيفة", None, None, "الأطراف الغربية لمدينة حلب", ""),
        ("ASSAULT", "aerial", 3, "قصف جوي", None, "منطقة الاشتباكات", None, ""),
        ("ASSAULT", "heavy-weapons", 3, ("قصف", 2), ("قوات النظام", 1), None, None, ""),
        ("ASSAULT", None, 3, "استهداف", "مقاتلي الفصائل", "تمركزات لقوات النظام والمسلحين الموالين لها", None, ""),
        ("ASSAULT", "targeted", 4, "نفذت", "جبهة النصرة", "عشرة أشخاص", "حي الشعار بحلب", ""),
        ("SANCTION", "convict", 4, ("حكم", 2), "المحكمة الشرعية التابعة لها", None, None, ""),
        ("CONSULT", None, 9, "مشاوراتها", ("اللجنة", 1), "الفصائل العسكرية", None, ""),
    ],
    # Sabq (Reuters): ISIS claims an attack that killed five Egyptian security men (21 July; "Saturday" = 18 July). s0
    # the lead: five killed in an attack by suspected terrorists on checkpoints in North Sinai (-> ASSAULT, mode null; the
    # hedged attribution is the actor's description, the thirty-eighth set); s1 the mortar shells that fell on the
    # checkpoints (detail with its method -> ASSAULT heavy-weapons, the lead beside its detail, the thirty-fourth to
    # thirty-ninth sets); s2 Wilayat Sinai's claim on Twitter (-> ASSAULT with the claimant as actor, the twelfth and
    # twenty-fifth sets' claims); s3 the military spokesman's three soldiers killed by a stray shell near an ambush
    # post in Sheikh Zuweid (its own toll, place and method -> ASSAULT heavy-weapons, actor null); s4 his earlier
    # statement of the army's strike on a gathering headquarters of terrorist elements at Jabal al-Uleiqa, 20 killed (->
    # ASSAULT, mode null: "استهدف" without a method).
    "snn-04edb5cb3395": [
        ("ASSAULT", None, 0, "هجوم", "من يشتبه بأنهم إرهابيون", "نقاط تفتيش", "شمال سيناء", ""),
        ("ASSAULT", "heavy-weapons", 1, "سقطت عدة قذائف مورتر", None, "نقاط التفتيش", None, ""),
        ("ASSAULT", None, 2, "الهجوم", 'جماعة "ولاية سيناء" جناح تنظيم "داعش" في مصر', None, None, ""),
        ("ASSAULT", "heavy-weapons", 3, "سقوط قذيفة عشوائية", None, "ثلاثة من أفراد الجيش", "منطقة الشيخ زويد", ""),
        ("ASSAULT", None, 4, "استهدف", "الجيش", 'مقراً "لتجمع العناصر الإرهابية', "منطقة جبل العليقة", ""),
    ],
    # Ain Al-Youm: a car bomb kills five in Kabul, the Afghan president warns Pakistan (11 August; "today Monday" = 10
    # August). s0 the dateline; s1 Ghani's demand that Pakistan confront the Taliban (-> REQUEST change; "طالب" first
    # occurrence, before "طالبان") after the car bomb by Islamist militants near Kabul airport that killed five (an anchor
    # with its actor, method, place and toll -> ASSAULT suicide-attack, "the latest suicide attack", the thirty-seventh
    # and thirty-ninth sets' full anchors); s2-s4 the Taliban's new leadership, the talks' hopes and the strained relations
    # (views and states); s5 Ghani's call to act against the explosives factories and training camps (s1's demand
    # restated with its content: not coded again); s6 his charge that war is declared on Afghanistan from Pakistani soil
    # (-> ACCUSE allege; s8's "clear hostility" restates it); s7, s9 a lone dot and quotation mark; s10 the officials' toll
    # with the place in front of the airport checkpoint (new place -> its own ASSAULT suicide-attack); s11 a detail; s12
    # the Taliban's claim of the attack on "foreign forces" (-> ASSAULT suicide-attack with the claimant as actor and its
    # stated target); s13 the security official's "apparently two armoured cars" (new target -> ASSAULT, mode null); s14
    # the Taliban spokesman's claim that all passengers were killed (s12's claim restated: not coded again); s15 the tag
    # line.
    "snn-e108270ba020": [
        ("REQUEST", "change", 1, ("طالب", 1), "الرئيس الأفغاني أشرف عبد الغني", "باكستان", None, ""),
        ("ASSAULT", "suicide-attack", 1, "تفجير سيارة ملغومة", "متشددون إسلاميون", "خمسة أشخاص", "قرب مطار كابول", ""),
        ("ACCUSE", "allege", 6, "الحرب معلنة ضدنا", "الرئيس الأفغاني", "الأراضي الباكستانية", None, ""),
        ("ASSAULT", "suicide-attack", 10, "الهجوم الانتحاري", None, "خمسة أشخاص", "منطقة مزدحمة أمام نقطة تفتيش بالمطار", ""),
        ("ASSAULT", "suicide-attack", 12, "هجوم", "حركة طالبان", "قوات أجنبية", "منطقة مزدحمة خارج نقطة تفتيش المطار", ""),
        ("ASSAULT", None, 13, "الهجوم", None, "سيارتين مصفحتين", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
