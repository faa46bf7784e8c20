"""Build events-blind51.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fifty-first events blind set; same layout and guidelines as the first
fifty sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind50.jsonl and their blind/ ..
blind50/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind51.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind51.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fiftieth sets' rule: here "اتهمه" from "فاتهمه", "استهداف" from "باستهداف", "استشهاد" from "باستشهاد", "طلب" from
# "بطلب"); in actors, recipients and places the fused ب/ل/ك is
# left out ("عمان" from "لعمان", "موسكو" from "لموسكو", "صدام ونظامه" from "بصدام") and kept where
# the article's alif is elided ("للضحيتين", "للمجلس", "للقادة المواليين لزعيم الحركة الراحل", the forty-ninth set's
# "للجيش الأمريكي"); spellings as written, copied exactly
# ("تشاوش اوغلو", "حزب الشعب الديموقراطي", "اردوغان" and "الاكراد" without hamza, "واندونيسيا" kept whole inside
# "الصين واندونيسيا", "تنظيم الدولة الاسلامية" without hamza, "صدَّق" with its shadda, "الدول الست أعضاء مجلس التعاون
# لدول الخليج العربية"); a string repeated in its sentence is picked by its occurrence (("تنظيم القاعدة", 1) in the
# Mukalla s2, ("الحركة", 2) in the Hamas s4, ("اشتباكات", 1) in the Karachi s9,
# ("الشرطة", 2) in the Wichita s3, ("الثوار", 1) in the
# Hodeidah s5).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to fiftieth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Asharq Al-Awsat: oil falls amid a rise in US stocks (23 July). A market report (prices, the API and EIA data, an
    # analyst's view). None.
    "snn-95bf05dc1370": [],
    # Asharq Al-Awsat: the new signings lead Juventus to the Italian Super Cup (9 August). Sport (the twenty-ninth to
    # fiftieth sets, not coded). None.
    "snn-095d2fb0e31a": [],
    # Al-Watan: al-Ahsa health to Al-Watan, no acute shortage of blood (24 July). A directorate's statement on its own
    # stocks, an appeal to give blood all year (an exhortation) and the rumours on social media. None.
    "snn-f35c09a06b53": [],
    # Al-Watan column: oh, the channels of sedition.. (1 August). The columnist's views on extremist preachers and
    # sectarian channels (general charges: not coded, the thirty-fourth set's columns). None.
    "snn-223abe5d4152": [],
    # Al-Yaum: a Turkish minister accuses the PKK of never respecting the peace talks (27 July). s0 Cavusoglu's charge
    # that the PKK rebels "never stopped their terrorist acts" (-> ACCUSE disapprove, a criticism of a party's conduct of
    # the peace process, the sets' "أعلنت" and "ذكر" as triggers of charges; s1 restates it with "لم يحترمها": not coded
    # again) and that this does not mean the end of the process (a stance); s1 his visit to Lisbon where he meets his
    # counterpart Rui Machete (-> CONSULT visit, one record for the visit and its meeting in one clause); s2 the peace
    # talks begun by Erdogan's regime with Ocalan in autumn 2012 (-> CONSULT [H]); s3 Turkey's targeting of ISIS in Syria
    # and its strikes on the PKK rebels in Iraq "in recent days" (-> ASSAULT x2, mode null: the means not named); s4 the
    # minister's charge of intensified attacks and his "we must strike" (the s0 charge widened and a justification: not
    # coded); s5 his attack on the pro-Kurdish HDP, accusing it of being "a follower of the PKK" (-> ACCUSE allege); s6
    # the same charge restated (not coded).
    "snn-27a67b80f9d1": [
        ("ACCUSE", "disapprove", 0, "اعلن", "وزير الخارجية التركي مولود تشاوش اوغلو", "متمردي حزب العمال الكردستاني", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "تشاوش اوغلو", "نظيره روي ماشيتي", "لشبونة", ""),
        ("CONSULT", None, 2, "مفاوضات سلام", "نظام الرئيس رجب طيب اردوغان", "زعيم حزب العمال الكردستاني المسجون مدى الحياة عبد الله اوجلان", None, "H"),
        ("ASSAULT", None, 3, "استهداف", "تركيا", "داعش", "سوريا", ""),
        ("ASSAULT", None, 3, "ضربت", "تركيا", "متمردي حزب العمال الكردستاني", "العراق", ""),
        ("ACCUSE", "allege", 5, "اتهمه", "وزير الخارجية", "حزب الشعب الديموقراطي", None, ""),
    ],
    # Okaz: al-Meda convinces the Hilal fans (1 August). Sport (the fans' praise and their demand of the coach: a club's
    # own business). None.
    "snn-d1537981207d": [],
    # Al-Jazirah: two soldiers killed in an Abu Sayyaf attack in the Philippines (11 August). s0 the lead: two soldiers
    # killed in an attack by Abu Sayyaf in the south (-> ASSAULT firearms, the gunshots of s3); s1 the same ambush with
    # its newly named actor ("the group linked to al-Qaeda") and its place, a highway at Patikul on Jolo, on Sunday (->
    # ASSAULT firearms, the forty-eighth and fiftieth sets' lead beside a sentence naming a new actor and place); s2-s3
    # details (not coded again); s4 the troops caught up with the attackers, an exchange of fire (-> ASSAULT firearms);
    # s5 the troops seized two firearms and a phone from the fleeing gunmen (-> COERCE seize, the forty-second and
    # forty-third sets' seized weapons); s6-s7 the group's standing record (general: not coded).
    "snn-ac8bdf8c8b8e": [
        ("ASSAULT", "firearms", 0, "هجوم", "جماعة أبو سياف", "جنديين اثنين", "جنوبي الفلبين", ""),
        ("ASSAULT", "firearms", 1, "نصبت كمينا", "الجماعة المرتبطة بتنظيم القاعدة", "للضحيتين", "طريق سريع ناء في بلدة باتيكول في جزيرة جولو", ""),
        ("ASSAULT", "firearms", 4, "تبادل إطلاق النار", "القوات", "المهاجمين", None, ""),
        ("COERCE", "seize", 5, "صادرت", "القوات", "المسلحين الفارين", None, ""),
    ],
    # Asharq Al-Awsat: signs that the agreement between the Hadrami council and al-Qaeda in Mukalla is collapsing (6
    # August). s0 the signs (a state: not coded); s1 the terms of the agreement concluded between al-Qaeda's followers
    # and the council (the contents and a bare reference: not coded) and al-Qaeda's entry into Mukalla in April (coded
    # once at s3); s2 al-Qaeda, which agreed after long delay to return Mukalla to the council's authority (-> AGREE,
    # inside the relative clause, undated, of the weeks after Eid: not flagged), still holds the palace, the economic
    # corporation and the 27th Brigade (a standing state; its seizure of the central bank's money a bare anchor); s3 the
    # observers' warning of collapse (a prediction) and al-Qaeda's members who seized Mukalla on 2 April (-> COERCE seize
    # [H], the relative clause with its own date, the forty-ninth set's occupations); s4 the sources' view and the
    # council members' threat to quit and their demand to the council's presidency (inside one body: not coded); s5 a
    # council official's denial (not coded) and the request of Abna Hadramawt (al-Qaeda's name for itself) that the
    # council take over further vital centres after Eid (-> REQUEST, mode null); s6 the official's view and the
    # agreement's earlier handovers (background of the agreement: not coded).
    "snn-840c94f8b08d": [
        ("AGREE", None, 2, "وافق", ("تنظيم القاعدة", 1), None, None, ""),
        ("COERCE", "seize", 3, "سيطروا", "أعضاء تنظيم القاعدة في اليمن", None, "مدينة المكلا", "H"),
        ("REQUEST", None, 5, "طلب", "أبناء حضرموت", "للمجلس", None, ""),
    ],
    # Al-Watan column: a short story of the stuck generation (24 July). The columnist's list of the events since the
    # seventies, facts stated as facts coded with their flags (the forty-ninth set's "ISIS is the most dangerous"
    # column, the thirty-fourth and forty-seventh sets' recalled history), the views and the social changes not: s0 the
    # October war (-> ASSAULT [H], named only: actor null) and King Faisal's killing (-> ASSAULT [H], "استشهاد"); s2
    # the Egyptian-Israeli peace treaty of 1979 (-> AGREE [H], both parties as actor, the sets' agreements), Sadat's
    # assassination after it (-> ASSAULT [H], passive), the Khomeini revolution (a revolution, as the forty-ninth set's
    # Arab Spring: not coded) and the events of the Haram (-> ASSAULT [H], the seizure of the Grand Mosque named by its
    # common name); s4-s5 the "Sahwa" (a movement of ideas: not coded); s6 the Soviet-Afghan war (-> ASSAULT [H]; the
    # youths' travel to it and the fall of Kabul celebrated by the imams: joining and a bare anchor, not coded); s7 the
    # Iran-Iraq war (-> ASSAULT [H]), Saddam's invasion of Kuwait (-> ASSAULT [H], the forty-ninth set's "اجتاح" with the
    # country as place), his entry into "our borders" (-> COERCE seize [H], the forty-ninth set's Khafji) and his Scud
    # missiles on Riyadh (-> ASSAULT heavy-weapons [H], the city as recipient as the forty-ninth set's "المدن
    # السعودية"); s9 the September events (-> ASSAULT [H]), the US war on the Taliban (-> ASSAULT [H], the war named by
    # its adjective: actor null) and on Iraq that toppled Saddam and his regime (-> ASSAULT [H]); s10 the three wars with
    # the Houthis (a series, the last not ended), the Arab Spring (a general wave) and ISIS's killings and attacks "every
    # Friday" (a standing practice): not coded.
    "snn-05773b8a1201": [
        ("ASSAULT", None, 0, "حرب أكتوبر", None, None, None, "H"),
        ("ASSAULT", None, 0, "استشهاد", None, "الملك فيصل", None, "H"),
        ("AGREE", None, 2, "اتفاقية السلام", "مصر وإسرائيل", None, None, "H"),
        ("ASSAULT", None, 2, "اغتيل", None, "السادات", None, "H"),
        ("ASSAULT", None, 2, "أحداث الحرم", None, None, None, "H"),
        ("ASSAULT", None, 6, "الحرب السوفيتية الأفغانية", None, None, None, "H"),
        ("ASSAULT", None, 7, "الحرب العراقية الإيرانية", None, None, None, "H"),
        ("ASSAULT", None, 7, "غزا", "صدام", None, "الكويت", "H"),
        ("COERCE", "seize", 7, "دخل", "صدام", None, "حدودنا", "H"),
        ("ASSAULT", "heavy-weapons", 7, "أطلق", "صدام", "الرياض", None, "H"),
        ("ASSAULT", None, 9, "أحداث سبتمبر", None, None, None, "H"),
        ("ASSAULT", None, 9, "الحرب الأميركية", None, "طالبان", None, "H"),
        ("ASSAULT", None, 9, "أطاحت", None, "صدام ونظامه", None, "H"),
    ],
    # Al-Watan: Mullah Omar's family refuses to pledge allegiance to Akhtar (3 August). s0 the family of the late Mullah
    # Omar refused to pledge allegiance to Mullah Akhtar Mansour (-> REJECT, the forty-ninth set's refusals; the
    # movement's continuing fight a standing state); s1 his younger brother Abdul Manan called for a meeting of the
    # leaders loyal to the late leader (-> AGREE, the fifth, ninth, fourteenth and forty-ninth sets' invitations to a
    # meeting); s2 his audio message (s0 restated: not coded again); s3 his exhortation (not coded); s4 Mansour's
    # appointment and the movement's confirmation of Omar's death (inside the movement, an announcement: not coded); s5
    # strong rivals questioned the choice of Mansour as hasty and biased (-> ACCUSE disapprove, the process as recipient
    # as the fiftieth set's "طلب التأشيرة"); s6 the objecting group's contacts with other leaders (-> CONSULT, mode
    # null) to topple Mansour or split (aims: not coded); s7 views; s8 five militants killed in clashes with the
    # Pakistani security forces in Karachi (-> ASSAULT, mode null, the sets' clashes); s9 three killed in Manghopir and two
    # in Town (-> ASSAULT x2, one record per newly named place, the fiftieth set's two towns; the second clause's other
    # side not named: actor null); s10 the intelligence (not coded).
    "snn-a60466554d61": [
        ("REJECT", None, 0, "رفضت مبايعة", "عائلة مؤسس حركة طالبان الراحل الملا محمد عمر", "الزعيم الملا أختر منصور", None, ""),
        ("AGREE", None, 1, "دعا", "الشقيق الأصغر للملا عمر الملا عبدالله منان", "للقادة المواليين لزعيم الحركة الراحل", None, ""),
        ("ACCUSE", "disapprove", 5, "تساؤلات", "منافسون أقوياء على الزعامة", "عملية اختيار الملا منصور", None, ""),
        ("CONSULT", None, 6, "تتواصل", "الجماعة المعترضة", "زعماء آخرين", None, ""),
        ("ASSAULT", None, 8, "اشتباكات", "قوات الأمن الباكستانية", "خمسة مسلحين من العناصر الإرهابية", "مدينة كراتشي جنوب باكستان", ""),
        ("ASSAULT", None, 9, ("اشتباكات", 1), "قوات الأمن", "ثلاثة من الإرهابيين", "منطقة منجوبير بكراتشي", ""),
        ("ASSAULT", None, 9, "اشتباكات مماثلة", None, "اثنان آخران", "منطقة تاون بكراتشي", ""),
    ],
    # Al-Yaum: Zarif to parliament, the nuclear agreement "embodied the victory of reason over war" (22 July). s0-s1 and
    # s3-s13 Zarif's report and speech to his own parliament (an internal session of a state's organs, the seventeenth
    # and twenty-ninth sets' parliament sessions, and his views: not coded); s2 the members' review to come (internal)
    # and the agreement "الذي أبرمه" (a bare reference); s5-s6 the parliament's law and the government's opposition
    # (internal) and the conservatives' stance; s14 the Security Council's resolution of Monday endorsing the agreement
    # (-> SUPPORT, the seventeenth set's record of the same resolution; 20 July, recent).
    "snn-9090dfc3a1f8": [
        ("SUPPORT", None, 14, "صدَّق", "مجلس الأمن الدولي", "الاتفاق النووي", None, ""),
    ],
    # Al-Riyadh: the health minister visits the patients in the Eastern hospitals on Eid (22 July). s0/s1 cut at "م."
    # (the engineer's title): the minister Khalid al-Falih's surprise Eid visit to the patients of the Dammam medical
    # complex (-> CONSULT visit, coded at s1 where the visit, the minister's name and the patients stand; the tenth,
    # twenty-third and fiftieth sets' visits to patients); s2 the visit restated with the handing out of flowers and
    # sweets (-> AID, the tenth and fiftieth sets' gifts); s3 his meeting with the complex's staff (inside his own
    # ministry: not coded); s4/s5 cut at "د.": the regional director Khalid al-Shaibani's similar visit the same morning to
    # inpatients of three hospitals (-> CONSULT visit, the hospitals as place); s6/s7 his view (not coded).
    "snn-f6adf7220d5c": [
        ("CONSULT", "visit", 1, "زيارة", "خالد الفالح", "مرضى مجمع الدمام الطبي", None, ""),
        ("AID", None, 2, "توزيع باقات من الزهور والحلوى", "وزير الصحة الفالح", "المرضى المنومين", None, ""),
        ("CONSULT", "visit", 5, "زيارة مماثلة", "خالد الشيباني", "عددا من المرضى المنومين بمستشفيات المنطقة", "البرج الطبي ومستشفى الولادة والأطفال ومستشفى الظهران العام", ""),
    ],
    # 3alyoum: Erdogan, the military operations against the Kurds and ISIS will go on with the same resolve (31 July).
    # s0 the dateline; s1 Erdogan on Tuesday: continuing the peace process with the Kurds "impossible" (-> REJECT, the
    # seventeenth set's record of the same word "مستحيلة"); s2 his press conference before a four-day tour of China and
    # Indonesia (-> CONSULT visit, the seventeenth set's unflagged "قبل أن يبدأ زيارة رسمية"); s3 "those who exploit the
    # state's tolerance will receive the response they deserve" (-> THREATEN, mode null, the fiftieth set's unspecified
    # revenge; implied subject and an unnamed target: actor and recipient null); s4 the peace talks begun with Ocalan in
    # late 2012 (-> CONSULT [H]); s5 the Suruc bombing attributed to ISIS last week (-> ASSAULT explosives, the actor the
    # attribution names; recent) and the Kurdish militants' retaliatory attacks on the security forces (-> ASSAULT, mode
    # null); s6 the Turkish forces' raids since then on ISIS in Syria and on the PKK's positions in northern Iraq (->
    # ASSAULT aerial x2, one record per target and place); s7 the PKK's announcement, after being bombed, that the truce
    # kept since March 2013 had lost its meaning (-> REJECT, the ending of a truce by a party); s8 the US-Turkish decision
    # of Monday to strengthen their military cooperation (-> AGREE, both parties as actor) and Washington's support of its
    # ally's right to bomb the PKK (-> SUPPORT); s9 the PKK's insurgency since 1984 (a general series: not coded);
    # s10-s12 "the operation will go on with the same resolve", "no step back" (a stance, the seventeenth set: not coded);
    # s13 the tag line.
    "snn-050b22bf5aff": [
        ("REJECT", None, 1, "مستحيلة", "الرئيس التركي رجب طيب اردوغان", "الأكراد", None, ""),
        ("CONSULT", "visit", 2, "جولة", "الرئيس التركي", None, "الصين واندونيسيا", ""),
        ("THREATEN", None, 3, "سيتلقون الرد الذي يستحقونه", None, None, None, ""),
        ("CONSULT", None, 4, "مفاوضات سلام", "تركيا", "الزعيم الكردي المسجون عبد الله اوجلان", None, "H"),
        ("ASSAULT", "explosives", 5, "تفجير", "تنظيم الدولة الاسلامية", "32 شخصا", "بلدة سوروتش الكردية الحدودية", ""),
        ("ASSAULT", None, 5, "هجمات انتقامية", "المسلحين الاكراد", "قوات الامن التركية", None, ""),
        ("ASSAULT", "aerial", 6, "غارات", "القوات التركية", "تنظيم الدولة الاسلامية", "سوريا", ""),
        ("ASSAULT", "aerial", 6, "غارات", "القوات التركية", "مواقع حزب العمال الكردستاني", "شمال العراق", ""),
        ("REJECT", None, 7, "فقدت معناها", "الحزب", None, None, ""),
        ("AGREE", None, 8, "قررت", "الولايات المتحدة وتركيا", None, None, ""),
        ("SUPPORT", None, 8, "ايدت", "واشنطن", "حليفتها في الحلف الاطلسي", None, ""),
    ],
    # 3alyoum: a Saudi scholarship student found killed in America (9 August). s1 the security authorities in Wichita
    # found the body of a Saudi student (a finding: not coded apart); s2 the caller's account (the wound "as if" from a
    # gunshot: hedged, mode left null); s3 the police began the investigation (-> ACCUSE investigate, the forty-ninth
    # set's "التحقيق") and treat the case as a murder (-> ASSAULT, mode null, the victim as recipient, the killer
    # unknown); s4 the student's details; s5 the tag line.
    "snn-4b3cece4e6a8": [
        ("ACCUSE", "investigate", 3, "التحقيقات", ("الشرطة", 2), None, None, ""),
        ("ASSAULT", None, 3, "جريمة قتل", None, "الضحية", None, ""),
    ],
    # Al-Yaum: the Russian foreign minister meets Meshaal and invites him to Moscow (3 August). s0 Lavrov met the Hamas
    # politburo chief Khaled Meshaal on Monday (-> CONSULT, mode null: a meeting in Doha, where Meshaal lives) and invited
    # him to visit Moscow (-> AGREE, the thirty-third set's invitation to Rouhani; Meshaal named in the sentence: kept); s1
    # Meshaal's last visit to Moscow in 2010 (-> CONSULT visit [H]; his first in 2006 a bare anchor); s2-s3 the meeting's
    # talks restated (Gaza, the charges against Israel as the talks' topic: not coded) and the arson by suspected Jewish
    # extremists three days before that killed a Palestinian baby (-> ASSAULT primitive, the anchor with its own actor,
    # the forty-eighth and fiftieth sets' arson); s4 the invitation restated and Hamas's acceptance (-> AGREE, the
    # thirty-third set's "يأمل زيارة"; the date to be set later); s6-s9 background and Russia's view; s10 Lavrov's meeting
    # with Kerry planned in Doha (-> CONSULT [F]) and Kerry's visit to Qatar for talks with the six GCC states (-> CONSULT
    # multilateral, the relative clause with its own participants and place; present tense: not flagged); s11 the
    # planned meeting restated with al-Jubeir (not coded again); s12 Russia's standing efforts.
    "snn-4e9546c57736": [
        ("CONSULT", None, 0, "اجتمع", "وزير الخارجية الروسي سيرجي لافروف", "رئيس مكتبها السياسي خالد مشعل", None, ""),
        ("AGREE", None, 0, "الدعوة", "وزير الخارجية الروسي سيرجي لافروف", "رئيس مكتبها السياسي خالد مشعل", None, ""),
        ("CONSULT", "visit", 1, "آخر زيارة", "مشعل", None, "موسكو", "H"),
        ("ASSAULT", "primitive", 3, "حريق عمدي", "متطرفون يهود", "رضيع فلسطيني", None, ""),
        ("AGREE", None, 4, "قبلت", ("الحركة", 2), None, None, ""),
        ("CONSULT", None, 10, "يجتمع", "لافروف", "نظيره الأمريكي جون كيري", "الدوحة", "F"),
        ("CONSULT", "multilateral", 10, "محادثات", "نظيره الأمريكي جون كيري", "الدول الست أعضاء مجلس التعاون لدول الخليج العربية", "قطر", ""),
    ],
    # Al-Watan: the deposed Saleh planned to retake Sanaa from the Houthis (8 August). s0 Houthi forces arrested a number
    # of senior officers of the Republican Guard loyal to Saleh (-> COERCE arrest) after leaked news of a plot to turn on
    # the Houthis and retake Sanaa (a reported plan: not coded); s1-s2 the analyst's view and his "ربما" (not coded); s3
    # in similar disputes of the past days many Guard members refused Houthi orders to go to the southern fronts (->
    # REJECT; the Houthis named only by an adjective: recipient null) and the occasional armed confrontations (a series:
    # not coded); s4 al-Shami's defection from the movement (leaving a group, no act towards another party: not coded);
    # s5 the resistance's media centre: the rebels killed the Houthi leader Ibrahim al-Muntasir in Hodeidah with a bomb
    # set off on his convoy (-> ASSAULT explosives); s6 details.
    "snn-bc37d802f9b0": [
        ("COERCE", "arrest", 0, "اعتقال", "قوات حوثية", "عدد من كبار ضباط الحرس الجمهوري الموالي للمخلوع", None, ""),
        ("REJECT", None, 3, "رفض", "كثير من منسوبي الحرس الجمهوري", None, None, ""),
        ("ASSAULT", "explosives", 5, "قتل", ("الثوار", 1), "القيادي الحوثي إبراهيم محمد المنتصر", "محافظة الحديدة", ""),
    ],
    # Al-Yaum: a wildlife researcher denies the killing of Jericho, Cecil the lion's brother (2 August). A conservation
    # group's report of a lion shot by a hunter and a researcher's denial (the animal alive by GPS): no act between
    # parties (the sixth set's Cecil column coded only the trial of people). None.
    "snn-072b8043ef9e": [],
    # Okaz: Prince Mohammed bin Salman's visit strengthens joint Arab action (6 August). s0 Jordanian politicians on the
    # results of the prince's visit to Amman (-> CONSULT visit, the visit stated as a fact; early August: recent); s1-s7
    # their views (not coded; the joint statement of s4 a bare reference inside a view).
    "snn-f98dbb2af3d7": [
        ("CONSULT", "visit", 0, "زيارة", "الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع", None, "عمان", ""),
    ],
    # Al-Weeam: ISIS promotes tourism in Iraq (6 August). ISIS's propaganda guide and video (no act towards another
    # party) and its standing pool rules (a standing practice: not coded); the link line s4-s6. None.
    "snn-69cb5778e9c7": [],
    # Al-Eqtisadiya: South Africa to limit foreign ownership of private security firms (3 August). A government's
    # intended revision of its WTO commitments and its regulation (a policy intention and the experts' views: not
    # coded, the forty-ninth set's studied agreements). None.
    "snn-0dd1cfe96f8e": [],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
