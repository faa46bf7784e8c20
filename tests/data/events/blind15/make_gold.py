"""Build events-blind15.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fifteenth events blind set; same layout and guidelines as the first
fourteen sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind14.jsonl and their blind/ ..
blind14/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind15.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind15.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Riyadh: the Riyadh Chamber's women's branch prepares its annual businesswomen's evening (7 September):
    # the planned ceremony, its yearly attendance, the exchange of experience, the chamber's invitations to
    # princesses, businesswomen and officials (a social ceremony of a chamber of commerce, as the third set's
    # Riyadh Chamber Eid party; an invitation to a ceremony is not the ninth/fourteenth sets' invitation to a
    # state visit): none.
    "snn-0922b82b9962": [],
    # Sabq: the King Salman Centre for Relief announces the arrival of the third batch of its second medical
    # relief consignment in Seiyun (Hadramaut) by three lorries through al-Wadiah. s0 the delivered relief
    # (humanitarian aid -> AID, thirteenth set's relief ships and aircraft, sixth set's UN shipment to Aden;
    # the receiving hospitals are named only in s1-s2: recipient null; the town with its head noun as the
    # place). Not coded: s1 (the spokesman on the batch's content: the same delivery), s2 (its coming
    # distribution to the province's hospitals: the same aid; "الآلية المتفق عليها": a standing arrangement).
    "snn-83c9de7531df": [
        ("AID", None, 0, "وصول الدفعة الثالثة من المعونة الطبية", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", None, "مدينة سيئون", ""),
    ],
    # Al-Riyadh sports column: the high price of football signings does not guarantee success (the examples of
    # past foreign and local players): club business and opinion (eighth/ninth/twelfth/fourteenth sets): none.
    "snn-f3c4e4fdad9e": [],
    # Al-Jazirah: memorandum of understanding between King Abdullah Economic City and the Aramco Entrepreneurship
    # Center. s0 the MoU signed by the two bodies (signings with named parties -> AGREE, thirteenth set's SDF-SABB
    # and sixth set's Yanbu-Bayanat partnership; both parties in one phrase as actor, as the fourteenth set's
    # Jazan-Utah); s2 the signatories named, at a ceremony in the Al-Bilsan hotel and marina (new actor and
    # place: a second record, as the thirteenth set's s0/s2 "وقعها"; the two signatories with their titles in
    # one phrase); s4 al-Kharsani's appreciation of the support KAEC gives the centre ("نحن سعداء بالدعم": praise
    # and thanks -> SUPPORT, second to fourteenth sets). Not coded: s0's and s1's content and aims of the MoU,
    # s3 (al-Rashid's comment), s5, s6 the office-lease agreement with Dusfan Enterprise, s7 the contract for IT
    # support to the academy and s8 the lease of three industrial incubators to Lighting Paper (commercial
    # leases and procurement, as the second set's housing contracts, the third set's CITC contracts and the
    # sixth set's planned sales agreement).
    "snn-626ca23eb90a": [
        ("AGREE", None, 0, "وقعت", "مدينة الملك عبدالله الاقتصادية ومركز أرامكو لريادة الأعمال", None, None, ""),
        ("AGREE", None, 2, "وقع المذكرة", "فهد الرشيد، العضو المنتدب والرئيس التنفيذي لمدينة الملك عبدالله الاقتصادية، وسامي الخرساني، مدير عام مركز أرامكو لريادة الأعمال", None, "فندق ومارينا البيلسان", ""),
        ("SUPPORT", None, 4, "سعداء بالدعم الكبير", "الخرساني", "مدينة الملك عبدالله الاقتصادية", None, ""),
    ],
    # Al-Riyadh: a Palestinian killed by Israeli army fire near Jenin (Wednesday 22 July). s0 the young man shot
    # dead during confrontations near Jenin ("برصاص": firearms, thirteenth set; the confrontations are reported
    # in s2 with their parties) -> ASSAULT firearms; s1 Muhammad Alawneh killed by a bullet in the chest in
    # clashes with the army in the village of Burqin (new content: the name and the village) -> ASSAULT
    # firearms; s2 the army storming several houses in the village (a raid -> COERCE seize, PLOVER "raid"; "في
    # القرية" anaphoric) to make arrests (a stated aim -> COERCE arrest [F], fifth to fourteenth sets) and the
    # confrontations between Palestinian youths and the army (both sides in one phrase; Alawneh's wound in the
    # record) -> ASSAULT; s3 the Israeli military source: the army and the border police carried out an
    # operation in the village (the raid with a new actor -> COERCE seize) to arrest a wanted Palestinian (the
    # aim with its target -> COERCE arrest [F]); stones and incendiary bottles thrown and tyres burned (passive,
    # actor not named; rocks and fire -> ASSAULT primitive, thirteenth set's burned cars; no rioting reported:
    # not PROTEST riot); the forces using riot-control means, tear gas and rubber bullets (PLOVER ASSAULT
    # crowd-control: an explicit mention of crowd-control weapons; new mode, no earlier case). Not coded: the
    # sources, the transfer to hospital and the death (the casualty of the s1/s2 records).
    "snn-37b5a09a8c66": [
        ("ASSAULT", "firearms", 0, "برصاص", "الجيش الإسرائيلي", "شاب فلسطيني", "مدينة جنين", ""),
        ("ASSAULT", "firearms", 1, "برصاصة", "الجيش الإسرائيلي", "محمد علاونة", "قرية برقين", ""),
        ("COERCE", "seize", 2, "اقتحم", "الجيش الإسرائيلي", "عدة منازل", None, ""),
        ("COERCE", "arrest", 2, "إجراء اعتقالات", "الجيش الإسرائيلي", None, None, "F"),
        ("ASSAULT", None, 2, "مواجهات", "شبان فلسطينيين وقوات الجيش", None, None, ""),
        ("COERCE", "seize", 3, "عملية", "الجيش وحرس الحدود", None, None, ""),
        ("COERCE", "arrest", 3, "لاعتقال", "الجيش وحرس الحدود", "فلسطيني مطلوب", None, "F"),
        ("ASSAULT", "primitive", 3, "إلقاء حجارة وزجاجات حارقة", None, None, None, ""),
        ("ASSAULT", "crowd-control", 3, "استخدمت", "القوات", None, None, ""),
    ],
    # Asharq Al-Awsat: two Turkish soldiers killed in an attack attributed to the PKK (Tuesday 4 August). s0
    # fighters detonating a home-made mine in Sirnak province, two soldiers killed (mines -> explosives,
    # eleventh/first sets) -> ASSAULT explosives; s1 Kurdish rebels detonating a remote device as a military
    # convoy passed in the Arakoy area (new actor, target and place) -> ASSAULT explosives; s2 the clashes that
    # followed between the Turkish soldiers and the PKK rebels (both sides in one phrase) -> ASSAULT; s3 the
    # responsibility laid on the PKK (passive "ألقيت مسؤولية": actor null; third/sixth/thirteenth sets' "حملوا
    # ... مسؤولية" -> ACCUSE allege) and the Turkish warplanes' raids on its positions in northern Iraq (the
    # current campaign with its actor, target and place -> ASSAULT aerial, fourteenth set's raids); s4 Erdogan
    # launching a "war on terror" against the PKK and ISIS (fourteenth set's same sentence -> ASSAULT) and the
    # Suruc suicide bombing of 20 July, 32 killed (described with its date, place and toll and reported nowhere
    # else in the article; inside the agentless attributive "المتهم", the accused as actor, thirteenth set's
    # rule; the current story, a fortnight before: not historical, fourteenth set) -> ASSAULT suicide-attack;
    # s7 the PKK's insurgency begun in 1984 (fourteenth set's same sentence) -> ASSAULT [H]. Not coded: s3's "كثف
    # هجماته ضد قوات الامن في الأسبوعين الاخيرين" (a general series without a place; the first set coded such a
    # clause, the sixth to fourteenth sets leave series uncoded: followed the later sets), s5 (the truce's
    # collapse, no actor, and the toll: fourteenth set), s6 (the AFP tally of 19 killed), s7's tens of thousands.
    "snn-5e81ffc1eed4": [
        ("ASSAULT", "explosives", 0, "فجّر", "مقاتلون", "جنديين تركيين", "إقليم شرناق", ""),
        ("ASSAULT", "explosives", 1, "فجّروا عبوة", "متمردين أكرادا", "قافلة عسكرية", "منطقة اراكوي", ""),
        ("ASSAULT", None, 2, "اشتباكات", "الجنود الاتراك ومتمردي حزب العمال الكردستاني", None, None, ""),
        ("ACCUSE", "allege", 3, "ألقيت مسؤولية", None, "حزب العمال الكردستاني", None, ""),
        ("ASSAULT", "aerial", 3, "بشن غارات", "الطائرات الحربية التركية", "مواقعه", "شمال العراق", ""),
        ("ASSAULT", None, 4, "أطلق", "الرئيس التركي رجب طيب اردوغان", "حزب العمال الكردستاني كما تستهدف تنظيم «داعش»", None, ""),
        ("ASSAULT", "suicide-attack", 4, "العملية الانتحارية", "تنظيم «داعش»", "32 من الناشطين الشبان الاكراد", "سروج", ""),
        ("ASSAULT", None, 7, "تمرده", "الحزب الكردي المحظور", None, None, "H"),
    ],
    # Al-Jazirah: the vice-rector of Prince Sattam University inspects the College of Dentistry in al-Sih
    # (al-Kharj). s0 his inspection visit, received by the acting dean (an official's field visit -> CONSULT
    # visit, the visitor as actor and the receiving dean as host, as the fifth set's airport inspections and the
    # fourteenth set's justice minister at the Makkah courts; the college with its town as the place). Not
    # coded: s1 (the tour of the facilities and the meeting with the same dean: the same visit, no new
    # participant, unlike the fourteenth set's lawyer meeting the intensive-care head), s2 (the visit's aims).
    "snn-8df55b297bd5": [
        ("CONSULT", "visit", 0, "تفقد", "وكيل جامعة الأمير سطّام بن عبدالعزيز بالخرج الدكتور عبدالله بن عبدالله الجمعة", "عميد كلية طب الأسنان المكلف الدكتور محمد بن سالم المهيزع", "كلية طب الأسنان بمدينة السيح", ""),
    ],
    # Al-Riyadh: wild boars kill a man in Sicily; a grizzly bear kills a hiker in Yellowstone. s3 the mayor of
    # Cefalu's appeals to cull the animals (a named official's request to a named authority -> REQUEST, mode
    # null) and the local authorities' refusal of them (-> REJECT; the mayor, subject of the sentence, as
    # recipient); both reported by the mayor after the attack, undated. Not coded: s0-s2 and s6-s15 (animal
    # attacks: no PLOVER actor; the police's and the park's statements, the autopsy, the figures), s3's "حذر
    # مرارا" (repeated warnings of a danger, not a threat), s4-s5 (the farm lobby's description of an
    # emergency: commentary), s16 (the park's standing advice).
    "snn-4480d756eb18": [
        ("REQUEST", None, 3, "نداءاته", "رئيس بلدية سيفالو", "السلطات المحلية", None, ""),
        ("REJECT", None, 3, "رفضت", "السلطات المحلية", "رئيس بلدية سيفالو", None, ""),
    ],
    # SPA: the Tunisian press of 11 August (a press review; the events it reports as news are coded, third set's
    # Lebanese press review). s1 al-Jubeir's visit to Germany with talks on relations (-> CONSULT visit; the talks
    # are the same consultation; "ألمانيا" first occurrence) and his going on to Russia at the end of the tour
    # (on the day, not yet held -> CONSULT visit [F], third set's Salam visit "tomorrow"; "معاليه" only: actor
    # null); s2 the series of attacks on Turkish security targets yesterday, six policemen killed (-> ASSAULT,
    # method not stated), among them the two attacks on the US consulate (placed in Ankara as written) and on a
    # police station in Istanbul (two places: two records, third set's two attacks) -> ASSAULT x2; s3 the release
    # of the suspects in the burning of the baby Dawabsheh (PLOVER: the actual release of prisoners -> RETREAT
    # release, eleventh set's Kuwaiti court; passive: actor null), the Jewish settlers' burning of the baby
    # (inside the case name, described with its actor and victim and reported nowhere else; arson -> ASSAULT
    # primitive, thirteenth set's Duma arson; 31 July, the current case: not historical, ninth/thirteenth sets;
    # "للرضيع" kept whole, the article's alif elided) and their arrest the day before yesterday (-> COERCE
    # arrest, passive); s4 the British foreign secretary Philip Hammond's threat to send African migrants back
    # ("تلويح": a threat; its content, the return of migrants, has no THREATEN mode: null) and his visit to
    # Singapore during which he spoke (inside "خلال زيارة", with its own actor, reported nowhere else -> CONSULT
    # visit). Not coded: s0 and s5-s6 (dateline and closing tags), s1's tour including Italy (the tour's stops
    # listed in a relative clause, no act of its own), s4's heat deaths in Cairo (a disaster).
    "snn-c45ec945016a": [
        ("CONSULT", "visit", 1, "زيارة", "معالي وزير الخارجة الأستاذ عادل الجبير", None, ("ألمانيا", 1), ""),
        ("CONSULT", "visit", 1, "توجه", None, None, "روسيا", "F"),
        ("ASSAULT", None, 2, "سلسلة الهجمات", None, "أهدافا أمنية تركية", None, ""),
        ("ASSAULT", None, 2, "هجومان", None, "القنصلية الأمريكية", "أنقرة", ""),
        ("ASSAULT", None, 2, "هجومان", None, "مركزًا للشرطة", "مدينة اسطنبول", ""),
        ("RETREAT", "release", 3, "الإفراج", None, "المشتبه بهم", None, ""),
        ("ASSAULT", "primitive", 3, "إحراق", "مستوطنين يهود", "للرضيع الفلسطيني الدوابشة", None, ""),
        ("COERCE", "arrest", 3, "تم اعتقالهم", None, "المشتبه بهم", None, ""),
        ("THREATEN", None, 4, "تلويح", "وزير الخارجية البريطاني فيليب هاموند", "المهاجرين الأفارقة", None, ""),
        ("CONSULT", "visit", 4, "زيارة", "وزير الخارجية البريطاني فيليب هاموند", None, "سنغافورة", ""),
    ],
    # Al-Madina sports: Al-Ittihad completes its agreement with Sulley Muntari (two years); the coach's and the
    # supervisor's meetings with the player and the squad; talks with Guarin; Yohandry's Lebanese nationality:
    # club business (eighth/ninth/twelfth/fourteenth sets' transfers, contracts and the supervisor's meetings
    # with his players): none.
    "snn-8b3a7e6e337c": [],
    # Okaz: three Turkish policemen and a civilian killed in an attack attributed to the PKK (Thursday 30
    # July). s0 the attack in the south-east (casualties in the record; the region as written, as "شمال
    # العراق"; method in s1) -> ASSAULT and its attribution to the Kurdish rebels (passive "تم نسبه": actor
    # null -> ACCUSE allege, eleventh set's "نسبت"); s1 gunmen firing on the policeman from a car in Cinar (new
    # actor, method and town) -> ASSAULT firearms; s2 the authorities attributing the attack to the PKK (named
    # actor and recipient -> ACCUSE allege); s3 the Suruc suicide bombing of 20 July carried out by ISIS
    # (inside "منذ", described with its actor, date and place and reported nowhere else; ten days before, the
    # current story: not historical) -> ASSAULT suicide-attack; s4 a PKK member killed by the security forces as
    # they repelled an attack on a police station in Cizre (-> ASSAULT, security forces as actor) and that
    # attack (actor not named -> ASSAULT; two acts, two records). Not coded: s0's "استأنفوا منذ الأسبوع الماضي
    # عملياتهم" and s3's "تضاعفت الهجمات المشابهة" (general series, sixth to fourteenth sets).
    "snn-cbed484ebaa2": [
        ("ASSAULT", None, 0, "هجوم", None, "3 من أفراد الشرطة التركية ومدني", "جنوب شرق تركيا", ""),
        ("ACCUSE", "allege", 0, "تم نسبه", None, "المتمردين الأكراد", None, ""),
        ("ASSAULT", "firearms", 1, "أطلق مسلحون النار", "مسلحون", "الشرطي", "مدينة تشينار", ""),
        ("ACCUSE", "allege", 2, "نسبت", "السلطات", "حزب العمال الكردستاني", None, ""),
        ("ASSAULT", "suicide-attack", 3, "الهجوم الانتحاري", "تنظيم داعش", None, "سوروتش", ""),
        ("ASSAULT", None, 4, "قتل", "قوات الأمن", "عنصر من حزب العمال الكردستاني", "مدينة جزرة", ""),
        ("ASSAULT", None, 4, "هجوم", None, "مركز للشرطة", "مدينة جزرة", ""),
    ],
    # Al-Watan: the revolutionaries retake the Sadrain camp in Qataba (al-Dhale, 8 August). s0 the Republican
    # Guard troops surrendering to the revolutionaries' battalions (a surrender -> RETREAT disarm, thirteenth
    # set; "لكتائب": the fused ل left out; the district as the place), the battalions storming the camp
    # (-> ASSAULT, ninth set's "اقتحموا") and the coalition fighters' heavy raids on the site at dawn (inside
    # "بعد", with its own actor and time; s4 only restates them as the centre's comment -> ASSAULT aerial; "على
    # الموقع" anaphoric: location null); s1 the resistance taking the districts of Qataba and Muris and al-Jabbara
    # (taking territory -> COERCE seize; the places listed as one phrase, "قطعبة" as written), the Guard remnants
    # not taking part in the fighting (an explicit statement that the act did not happen -> ASSAULT [N], first/
    # fourth/fourteenth sets' negated events) and the confrontations inside the camp between the revolutionaries
    # and the Houthis (both sides in one phrase -> ASSAULT); s3 the resistance centre's statement: the
    # revolutionaries killed 66 Houthis and wounded 48 (new content: actor and toll -> ASSAULT, fourteenth set's
    # al-Dhale s0/s1), took three tanks, a gun, rifles and ammunition (booty -> COERCE seize, twelfth/fourteenth
    # sets) and took a strategic hill before the storming (-> COERCE seize; "الثوار" first and second
    # occurrences); s4 the militiamen's attempt to flee (fleeing fighters, an attempt -> RETREAT withdraw) and
    # the resistance fighters showering them with bullets (-> ASSAULT firearms; the militias named in the
    # sentence as recipient). Not coded: s0's site held by the militias (standing), s1's advance towards Damt
    # (a move within the fighting, PLOVER: MOBILIZE inside an ASSAULT not coded) and the surrender restated with
    # the weapons, s2 (the brigade commander's fate: the sources contradict each other, captured or fled;
    # neither is reported as fact), s3's aim of denying the rebels a position (a negative aim), s4's raids
    # restated, s5 (commentary: the Guard's abstention and the storming restated).
    "snn-e3f0d0b1306b": [
        ("RETREAT", "disarm", 0, "الاستسلام", "عناصر الحرس الجمهوري", "كتائب الثوار", "مديرية قعطبة", ""),
        ("ASSAULT", None, 0, "اقتحمت", "كتائب الثوار", None, "معسكر الصدرين", ""),
        ("ASSAULT", "aerial", 0, "غارات عنيفة", "مقاتلات التحالف", None, None, ""),
        ("COERCE", "seize", 1, "حررت", "قوات المقاومة", None, "مديرية قطعبة ومريس، ومنطقة الجبارة", ""),
        ("ASSAULT", None, 1, "لم تشارك", "بقايا قوات الحرس الجمهوري", None, None, "N"),
        ("ASSAULT", None, 1, "المواجهات", "الثوار والمتمردين الحوثيين", None, None, ""),
        ("ASSAULT", None, 3, "قتل", ("الثوار", 1), "66 حوثيا", None, ""),
        ("COERCE", "seize", 3, "استولوا", ("الثوار", 1), "ثلاث دبابات ومدفع 120 بي وعدد كبير من بنادق كلاشينكوف وصناديق الذخيرة", None, ""),
        ("COERCE", "seize", 3, "السيطرة", ("الثوار", 2), None, None, ""),
        ("RETREAT", "withdraw", 4, "محاولة الهرب", "ميليشيات الانقلابيين", None, None, ""),
        ("ASSAULT", "firearms", 4, "أمطروهم بوابل من الرصاص", "عناصر المقاومة الشعبية", "ميليشيات الانقلابيين", None, ""),
    ],
    # Asharq Al-Awsat "قالوا": five quotations with their speakers (21 July); the events the captions report as
    # facts are coded (second set's rule for columns). s3 the talks between the six powers and Tehran on its
    # nuclear programme (negotiations of named parties -> CONSULT multilateral, eleventh/thirteenth sets; not the
    # fourteenth set's unspecified "general talks"); s5 the emergency meeting of the nineteen eurozone finance
    # ministers (inside the anchor "قبل انطلاق", with its participants, reported nowhere else -> CONSULT
    # multilateral; a meeting of an IGO body); s9 the anti-government protests Quito saw in the past months
    # (-> PROTEST demo; recalled background, as the fourteenth set's Burundi protests of April-May: H; "للحكومة"
    # kept whole, the article's alif elided); s11 the terrorist attacks in central London ten years ago, 52
    # killed (recalled -> ASSAULT [H]; method not stated: null; "للهجمات" kept whole, the article's alif
    # elided). Not coded: the quotations themselves (s0, s2,
    # s4, s6-s8, s10), s1 (al-Maliki's reading of France's new ideas on its initiative: a characterisation of
    # positions; a proposal as such is not coded, thirteenth set's de Mistura), s3's arms-embargo obstacle, s5's
    # Grexit (speculation), s9's mass (the Pope's visit only implied), s11's memorial ceremony (commemoration).
    "snn-9983bc1f7a3c": [
        ("CONSULT", "multilateral", 3, "المحادثات", "القوى الست وطهران", None, None, ""),
        ("CONSULT", "multilateral", 5, "الاجتماع الطارئ", "وزراء مالية الدول التسع عشرة الأعضاء في المنطقة", None, None, ""),
        ("PROTEST", "demo", 9, "احتجاجات", None, "للحكومة", "العاصمة كيتو", "H"),
        ("ASSAULT", None, 11, "للهجمات الإرهابية", None, None, "وسط لندن", "H"),
    ],
    # Al-Jazirah: Turkey strikes ISIS and the Kurds (Saturday 25 July). s0 Turkish fighters' raids on ISIS
    # positions in Syria (-> ASSAULT aerial) and the start of a bombing campaign on PKK camps in northern Iraq
    # (another target and place -> ASSAULT aerial, the same named subject as actor); s1 the Turkish authorities
    # accusing the two organisations of the week's violence (-> ACCUSE allege; the violence itself general, in
    # the anchor); s2 the government's statement: the fighters hit seven PKK targets in northern Iraq in the
    # night (new content: the targets and the night, fourteenth set's raids s0/s6 -> ASSAULT aerial); s4 the PKK
    # spokesman confirming the bombing of "our positions" with intense artillery shelling (the shelling is new:
    # -> ASSAULT heavy-weapons, actor not named; the air bombing restated; "الشريط الحدودي" vague); s5 Turkish
    # fighters flying over Mount Qandil (a military move short of force -> MOBILIZE weapons, PLOVER: aircraft)
    # without carrying out raids (an explicit statement that no raid took place -> ASSAULT aerial [N]); s7 the
    # F-16s taking off from Diyarbakir to carry out a second series of raids in Syria (a purpose clause ->
    # ASSAULT aerial [F], fifth to fourteenth sets; the take-off inside the ASSAULT, PLOVER: not MOBILIZE); s8
    # Ankara's first air raids on ISIS in Syria at dawn on Friday (described with its actor and day, reported
    # nowhere else -> ASSAULT aerial; ISIS named as "داعش" in the sentence) and the police's "anti-terror" arrest
    # campaign across the country (-> COERCE arrest; "مختلف انحاء البلاد" vague); s10 the government's warning
    # that it will not be lenient with the Kurdish rebels (a vow of its own action -> THREATEN violence,
    # thirteenth set's vows) and the PKK's claimed killing of two policemen on Wednesday (the claimant as actor,
    # eleventh set's "تبنت ... قتل"; days before, the current story: not historical; "قرب الحدود السورية" vague);
    # s11 Davutoglu: the operations will go on as long as Turkey faces a threat (first set's same statement
    # "العمليات ستستمر" -> THREATEN violence). Not coded: s3 (the PKK's camps in Dohuk: standing), s6 (the air
    # operations against ISIS continued: restated), s8's international campaign (general), s9 (unnamed critics'
    # charges against Erdogan: agentless, general), s10's raids and arrests restated, s11's anchor restating s0,
    # s12 (the quotation restated; Davutoglu's meeting with Erdogan and the army chief: an internal meeting,
    # thirteenth set).
    "snn-eb848edf838c": [
        ("ASSAULT", "aerial", 0, "غارات جوية", "مقاتلات تركية", "مواقع لتنظيم داعش", "سوريا", ""),
        ("ASSAULT", "aerial", 0, "حملة قصف", "مقاتلات تركية", "مخيمات ناشطي حزب العمال الكردستاني", "شمال العراق", ""),
        ("ACCUSE", "allege", 1, "اتهمت", "السلطات التركية", "التنظيمين", None, ""),
        ("ASSAULT", "aerial", 2, "قصفت", "المقاتلات التركية", "سبعة اهداف لحزب العمال الكردستاني", "شمال العراق", ""),
        ("ASSAULT", "heavy-weapons", 4, "قصف مكثف للمدفعية", None, "مواقعنا", None, ""),
        ("MOBILIZE", "weapons", 5, "حلقت", "مقاتلات تركية", None, "جبل قنديل", ""),
        ("ASSAULT", "aerial", 5, "تشن غارات", "مقاتلات تركية", None, "جبل قنديل", "N"),
        ("ASSAULT", "aerial", 7, "لشن سلسلة غارات ثانية", "مقاتلات اف-16", "مواقع الارهابيين", "سوريا", "F"),
        ("ASSAULT", "aerial", 8, "اولى غاراتها الجوية", "انقرة", "داعش", "سوريا", ""),
        ("COERCE", "arrest", 8, "حملة توقيفات", "الشرطة", None, None, ""),
        ("THREATEN", "violence", 10, "لن تتهاون", "الحكومة التركية", "المتمردين الأكراد", None, ""),
        ("ASSAULT", None, 10, "قتل", "حزب العمال", "شرطيين تركيين", None, ""),
        ("THREATEN", "violence", 11, "سوف تستمر", "رئيس الوزراء التركي أحمد داود أوغلو", None, None, ""),
    ],
    # Ain Alyoum: Turkey prepares a "large-scale" attack on ISIS in Syria (Wednesday 5 August). s1 Turkey's
    # announcement that it will soon launch a large-scale attack on ISIS in northern Syria (an announced future
    # attack -> ASSAULT [F], second set's "ستشن هجمات"; not a vow) and the air raids on Kurdish positions in Iraq
    # begun two weeks before (inside "بعد", with the sentence's named subject as actor and reported nowhere else;
    # the current campaign: not historical, fourteenth set's "war on terror") -> ASSAULT aerial; s2 Cavusoglu's
    # meeting with his US counterpart Kerry in Malaysia on the sidelines of the ASEAN meetings (a bilateral
    # meeting hosted by a third country -> CONSULT third-party, second set's meeting in Oman); s3 US aircraft
    # beginning to arrive in Turkey (a deployment short of force -> MOBILIZE weapons, PLOVER: aircraft; seventh
    # set's Saudi forces arriving in Aden). Not coded: s0 (dateline), s2's announcement restated by the
    # minister (the same announcement, thirteenth set's restated vow), s4 (tags).
    "snn-425d8ba58e7c": [
        ("ASSAULT", None, 1, "ستطلق قريبا هجوما", "تركيا", "تنظيم الدولة الاسلامية", "شمال سوريا", "F"),
        ("ASSAULT", "aerial", 1, "غارات جوية", "تركيا", "مواقع للاكراد", "العراق", ""),
        ("CONSULT", "third-party", 2, "لقائه", "وزير الخارجية التركي مولود جاوش اوغلو", "نظيره الاميركي جون كيري", "ماليزيا", ""),
        ("MOBILIZE", "weapons", 3, "بدأت بالوصول", "الطائرات الاميركية", None, "تركيا", ""),
    ],
    # Al-Weeam: "suicide chickens", ISIS's new weapon (21 July, from the Daily Mail). s1 ISIS gunmen in
    # Fallujah strapping explosive belts to chickens, sending them into their enemies' camps and detonating them
    # (a reported attack with its actor and place; the photos unverified (s2), a report neither speculative nor
    # denied, as the fourteenth set's "معلومات أولية" -> ASSAULT explosives); s3 a British ISIS fighter vowing to
    # use every means of death (a vow -> THREATEN violence, thirteenth set) and the Kurdish forces' statement that
    # ISIS's acts show twisted minds (condemnation -> ACCUSE disapprove; "داعش" second occurrence); s5 the
    # coalition forces targeting the supply lines to Syria and Iraq (the current campaign with its actor and
    # target -> ASSAULT, method not stated); s6 ISIS strapping explosives to goats' legs in Kobani with the aim of
    # detonating them (inside "بعد تقارير", with its actor and place, reported nowhere else; the aim -> ASSAULT
    # explosives [F]; the reports undated, part of the current campaign: not flagged H); s7 the coalition's
    # leaflets over Raqqa pledging freedom to all its civilians (a pledge -> AGREE, fifth/twelfth sets'
    # promises; the leaflet drop itself has no PLOVER type; the place of a verbal act: null). Not coded: s0
    # (the new method in general), s2 (the photos spreading), s4 (experts' view), s5's shortage of ammunition,
    # s8-s10 (Al-Weeam's link line with the headline, no act).
    "snn-2467c61d0eab": [
        ("ASSAULT", "explosives", 1, "تفجيرها", "مجموعة من مسلحي “داعش”", "مخيمات ومعسكرات", "مدينة الفلوجة العراقية", ""),
        ("THREATEN", "violence", 3, "تعهد", "مقاتلا بريطانيا في صفوف داعش", None, None, ""),
        ("ACCUSE", "disapprove", 3, "عقولهم الملتوية", "القوات الكردية", ("داعش", 2), None, ""),
        ("ASSAULT", None, 5, "باستهداف", "قوات التحالف", "خطوط التسليم المؤدية لسوريا والعراق", None, ""),
        ("ASSAULT", "explosives", 6, "بهدف تفجيرها", "التنظيم", None, "مدينة عين العرب", "F"),
        ("AGREE", None, 7, "تتعهد", "قوات التحالف", "جميع المدنيين", None, ""),
    ],
    # Al-Yaum: a new wave of bombings in Baghdad; 27 of Kataib Hezbollah killed (23 July). s0 the wave of car
    # bombs in Baghdad (four car bombs -> ASSAULT explosives; perpetrators not named), the 27 Kataib Hezbollah
    # fighters killed in Baiji (-> ASSAULT; "قتل" second occurrence, after "القتلى"), the coalition aircraft's
    # bombing of four ISIS arms depots north and east of Mosul (-> ASSAULT aerial; "لأربعة": the fused ل left
    # out) and Carter's surprise visit to Baghdad (-> CONSULT visit; "بغداد" second occurrence, inside "لبغداد";
    # the same visit as the third set's article, here one clause of a round-up); s2 the Brigades' officials
    # saying ISIS abducted the 27 on Wednesday in Baiji (-> ASSAULT abduct); s5 the car bomb claimed by ISIS on a
    # commercial street in al-Bayaa (the claimant as actor, eleventh set), the two car bombs in al-Shaab, the
    # further car bomb in al-Shurta al-Rabia (three places: three records, fourteenth set's Kweires rule) and
    # the previous day's attacks on Shiite areas of Baghdad (-> ASSAULT; "بغداد" third occurrence) with the two
    # bombings claimed by ISIS in the east and south of the capital (a second actor: -> ASSAULT explosives;
    # "داعش" second occurrence); s6 the 42 ISIS members killed near the gate of Mosul (-> ASSAULT); s7 the parked
    # car bomb that hit the ISIS convoy at the southern gate (new content: the method -> ASSAULT explosives, as
    # the fourteenth set's al-Dhale s0/s1); s8 the convoy's battles in Baiji (inside "بعد", with its own actor
    # and place, reported nowhere else -> ASSAULT) and ISIS's curfew on the right bank of Mosul (PLOVER COERCE
    # curfew; new mode, no earlier case); s9 the new wave of violence in areas of Baquba (-> ASSAULT, as the
    # fourteenth set's Burundi "أعمال عنف"; the toll in the record); s10 the Peshmerga force's military operation
    # on the villages of al-Kusaiba and the Hamrin mountains, 11 ISIS gunmen killed (-> ASSAULT; the places as
    # one phrase); s11 the two roadside bombs in Balad Ruz and al-Muqdadiya, 10 civilians killed (-> ASSAULT
    # explosives). Not coded: s0's aim of Carter's visit and the campaign against ISIS (general), s1 (the 27
    # restated by the medical source), s2's request for death certificates and s3 the hospital's answer
    # (administrative), s4 (ISIS has announced no capture: no act), s5's "في هجوم" (the attack restated).
    "snn-7cd07d26c6cd": [
        ("ASSAULT", "explosives", 0, "موجة تفجيرات جديدة", None, None, "العاصمة العراقية بغداد", ""),
        ("ASSAULT", None, 0, ("قتل", 2), None, "27 من كتائب حزب الله", "بيجي", ""),
        ("ASSAULT", "aerial", 0, "قصف", "طائرات التحالف الدولي", "أربعة مخازن للأسلحة والاعتدة لتنظيم داعش", "شمال وشرق الموصل", ""),
        ("CONSULT", "visit", 0, "بزيارة مفاجئة", "وزير الدفاع الأمريكي أشتون كارتر", None, ("بغداد", 2), ""),
        ("ASSAULT", "abduct", 2, "اختطفهم", "تنظيم داعش", "27 عنصرًا", "بيجي", ""),
        ("ASSAULT", "explosives", 5, "تفجير سيارة مفخخة", "تنظيم داعش", "شارعًا تجاريًا", "حي البياع", ""),
        ("ASSAULT", "explosives", 5, "انفجار سيارتين مفخختين", None, None, "منطقة الشعب", ""),
        ("ASSAULT", "explosives", 5, "سيارة مفخخة أخرى", None, None, "حي الشرطة الرابعة", ""),
        ("ASSAULT", None, 5, "هجمات", None, "مناطق شيعية", ("بغداد", 3), ""),
        ("ASSAULT", "explosives", 5, "تفجيران", ("داعش", 2), None, "شرق وجنوب العاصمة", ""),
        ("ASSAULT", None, 6, "مقتل", None, "42 من عناصر تنظيم داعش", "بوابة الموصل", ""),
        ("ASSAULT", "explosives", 7, "انفجرت", None, "رتل لعناصر تنظيم داعش", "بوابة مدينة الموصل", ""),
        ("ASSAULT", None, 8, "خوضه معارك", "الرتل", None, "قضاء بيجي", ""),
        ("COERCE", "curfew", 8, "حظرًا للتجوال", "التنظيم", None, "الجانب الايمن من مدينة الموصل", ""),
        ("ASSAULT", None, 9, "موجة عنف جديدة", None, None, "مدينة بعقوبة", ""),
        ("ASSAULT", None, 10, "عملية عسكرية", "قوة أمنية تابعة لقوات البيشمركة الكردية", "11 مسلحًا من تنظيم داعش", "قرى الكصيبة التابعة لأطراف ناحية قرة تبة ومنطقة جبال حمرين", ""),
        ("ASSAULT", "explosives", 11, "انفجار عبوتين ناسفتين", None, "10 مدنيين", "قضاء بلدروز والمقدادية", ""),
    ],
    # Al-Watan: the rebel leader threatens to blow up the homes of Ibb's revolutionaries (9 August). s0 the
    # meeting of Abdulmalik al-Houthi with leaders of his movement and of Saleh's GPC in Yarim (a meeting of two
    # allied parties, not an internal one -> CONSULT, mode null: talks outside a visit, thirteenth set), its
    # preliminary agreement on Naqil Samara as a gathering point (-> AGREE, the meeting's parties), the planned
    # massing of their forces there (-> MOBILIZE militia [F], tenth/twelfth/thirteenth sets' massing; "قواتهم":
    # actor null) and its aim of blocking the advance of the resistance and the army (a stated aim -> ASSAULT
    # [F]); s1 al-Houthi's instruction to blow up the house of anyone proven to belong to the Ibb resistance (a
    # decided, not yet executed measure, as the fourteenth set's decided force-feeding -> ASSAULT destroy [F],
    # PLOVER: demolition of housing); s2 (the same instruction cut at the "."; actor null) new checkpoints at the
    # city's entrances (-> COERCE restrict [F]), money collected from citizens for the "war effort" (a forced
    # levy -> COERCE seize [F], PLOVER: confiscate property) and the massing of all fighters (-> MOBILIZE militia
    # [F]); s3 the Houthi leadership's instructions to the Republican Guard of the First Mountain Brigade in
    # Hamdan to go to the southern fronts (an order between allied parties -> REQUEST, PLOVER: orders) and the
    # Guards' refusal to obey, the mutiny (-> REJECT; the place of a refusal: null); s5 the senior officers'
    # contacts with colleagues who joined the army loyal to the legitimate government (-> CONSULT, mode null:
    # the medium not stated). Not coded: s1's preparations to keep occupying Sanaa and to keep the resistance out
    # (the meeting's topic; standing occupation), s4 (discontent, privileges: standing), s5's aim of announcing
    # their break with the rebellion (a defection has no PLOVER type) and the predicted developments.
    "snn-62cd1a491dac": [
        ("CONSULT", None, 0, "لقاء", "زعيم التمرد عبدالملك الحوثي", "قيادات من حركته الانقلابية وفلول المؤتمر الشعبي العام", "مدينة يريم", ""),
        ("AGREE", None, 0, "اتفاق أولي", "زعيم التمرد عبدالملك الحوثي", "قيادات من حركته الانقلابية وفلول المؤتمر الشعبي العام", None, ""),
        ("MOBILIZE", "militia", 0, "لتجميع قواتهم", None, None, "منطقة \"نقيل سمارة\"", "F"),
        ("ASSAULT", None, 0, "منع تقدم", None, "قوات المقاومة والجيش الموالي للشرعية", None, "F"),
        ("ASSAULT", "destroy", 1, "بتفجير", "الحوثي", "كل من تثبت تبعيته لمقاومة إب", None, "F"),
        ("COERCE", "restrict", 2, "نقاط تفتيش جديدة", None, None, None, "F"),
        ("COERCE", "seize", 2, "جمع أموال", None, "المواطنين", None, "F"),
        ("MOBILIZE", "militia", 2, "حشد كافة المقاتلين", None, None, None, "F"),
        ("REQUEST", None, 3, "تعليمات", "قيادة التمرد الحوثي", "عناصر الحرس", None, ""),
        ("REJECT", None, 3, "رفضوا الانصياع", "عناصر الحرس", "قيادة التمرد الحوثي", None, ""),
        ("CONSULT", None, 5, "اتصالات كبيرة", "ضباط ذوو رتب رفيعة", "زملائهم", None, ""),
    ],
    # Al-Watan: rebel soldiers sell their weapons before fleeing (24 July). s0 dozens of Houthi and Saleh
    # militiamen fleeing al-Fayoush and Sabr in Lahj towards Taiz (fleeing fighters -> RETREAT withdraw; the
    # direction of flight is not the event's place, thirteenth set); s2 northern tribes refusing to send their
    # sons to the militias (a refusal of assistance -> REJECT assist) and the Houthis' call to fight through
    # loudspeakers in Sanaa (a named actor's call without addressee -> REQUEST, thirteenth set; the place of a
    # verbal act: null); s3 many Houthi fighters in Aden refusing their commanders' military orders (-> REJECT;
    # the orders are internal directives of one party, twelfth set: not coded; recent, the battle of Aden: not
    # historical); s4 hundreds surrendering to the revolutionaries with their weapons (-> RETREAT disarm,
    # thirteenth set; "للثوار" kept whole, the article's alif elided); s5 the clash in which Republican Guard men
    # killed a Houthi commander and his escorts (-> ASSAULT); s6 the Houthi official of Bait Bous and three
    # gunmen trying to storm the house of the former Guard commander al-Jaimalani (an attempted attack is an
    # attack, twelfth/fourteenth sets -> ASSAULT); s7 the guards warning them off (a warning of their own
    # fire -> THREATEN violence) and shooting them dead (new content: the guards and the method, fourteenth
    # set's al-Dhale s0/s1 -> ASSAULT firearms; the Houthis named in the sentence as recipient); s11 the Marib
    # resistance killing 17 militiamen including al-Shahtari (-> ASSAULT); s13 the militias driven back from the
    # al-Jufaina front (passive, actor null -> ASSAULT, fourteenth set's "تصدى"); s15 the fierce battles between
    # the Houthi militias and the resistance in Ibb (inside "مع احتدام", with its own actors, reported nowhere
    # else -> ASSAULT) and the killing of the Houthi leader Abu Muhammad al-Ghaili in a resistance ambush (->
    # ASSAULT; "للمقاومة الشعبية" kept whole, the article's alif elided; "في المدينة" anaphoric, "إب" as the
    # place). Not coded: s0's weapons offered for sale (no PLOVER act), the flight restated and the feared
    # coalition attack, s1 (disputes in the camps: general), s2's "no response" (an absence), s4's "some of them
    # fought with the resistance" (undated, general), s7's storming restated, s8 (the guards' affiliation), s9
    # (al-Jaimalani accused, agentless "يتهم"; the content of the charge), s10 (defections: vague), s12 (the
    # dead leader named; the clashes restated), s14 (Saleh's grief).
    "snn-0b47f85aed2e": [
        ("RETREAT", "withdraw", 0, "بالفرار", "العشرات من مليشيات الحوثي والمخلوع", None, "منطقتي الفيوش وصبر بمحافظة لحج", ""),
        ("REJECT", "assist", 2, "رفضت", "عدة قبائل يمنية في الشمال", "مليشيات الحوثي وصالح", None, ""),
        ("REQUEST", None, 2, "الدعوة للقتال", "جماعة الحوثي", None, None, ""),
        ("REJECT", None, 3, "رفضوا الاستجابة", "كثير من عناصر التمرد الحوثي في محافظة عدن", "قادتهم", None, ""),
        ("RETREAT", "disarm", 4, "تسليم أنفسهم", "المئات منهم", "للثوار", None, ""),
        ("ASSAULT", None, 5, "اشتباك مسلح", "عناصر الحرس الجمهوري", "قائد حوثي ومرافقيه", None, ""),
        ("ASSAULT", None, 6, "اقتحام", "مسؤول الحوثيين في منطقة بيت بوس", "قائد الحرس السابق، العميد صالح الجعيملاني", None, ""),
        ("THREATEN", "violence", 7, "حذروهم", "حراس المنزل", "الحوثيين", None, ""),
        ("ASSAULT", "firearms", 7, "إطلاق النار عليهم", "الحراسة", "الحوثيين", None, ""),
        ("ASSAULT", None, 11, "قتلت", "المقاومة الشعبية", "17 من عناصر ميليشيا الحوثي وصالح", "محافظة مأرب", ""),
        ("ASSAULT", None, 13, "تم دحر", None, "ميليشيا الحوثي وصالح", "جبهة الجفينة", ""),
        ("ASSAULT", None, 15, "احتدام المعارك", "الميليشيات الحوثية والمقاومة", None, "إب", ""),
        ("ASSAULT", None, 15, "بكمين", "للمقاومة الشعبية", "القيادي الحوثي أبومحمد الغيلي", "إب", ""),
    ],
    # Al-Riyadh: ten Afghan soldiers killed by US friendly fire (Tuesday 21 July). s0 the US air raid on an army
    # checkpoint in Logar (-> ASSAULT aerial; "أميركية", the adjective being the only naming, as actor, thirteenth
    # set's "السعودية"; the targeted checkpoint as recipient, eleventh set's convoy; the dead in the record); s1
    # the district governor: two US helicopters attacked the checkpoint in Baraki Barak (new actor and place ->
    # ASSAULT aerial); s6 the similar incident of March 2014, five Afghan soldiers killed by an ISAF missile
    # (recalled -> ASSAULT heavy-weapons [H], tenth/eleventh sets' missiles; the place is in s5 only: null) and
    # ISAF's end of its combat mission in Afghanistan last December (a withdrawal of forces -> RETREAT withdraw
    # [H]); s7 the 12,500 foreign troops that stayed to train and advise the Afghan forces (military assistance
    # by personnel -> AID, second set's US training; the current mission). Not coded: s2 (the toll confirmed),
    # s3-s4 (the governor's remarks; the attack restated), s5 (the 2014 incident named as "حادث مماثل": coded
    # in s6), s7's "بعد انسحاب" (the withdrawal restated), s8 (the Afghan army alone at the front: standing;
    # the Taliban's annual offensive: recurring).
    "snn-2ad06f9dc978": [
        ("ASSAULT", "aerial", 0, "غارة أميركية", "أميركية", "حاجز للجيش", "ولاية لوغار", ""),
        ("ASSAULT", "aerial", 1, "هاجمتا", "مروحيتين اميركيتين", "حاجزاً للجيش الافغاني", "منطقة بركي براك", ""),
        ("ASSAULT", "heavy-weapons", 6, "بصاروخ", "قوة ايساف التابعة للحلف الاطلسي", "خمسة جنود افغان", None, "H"),
        ("RETREAT", "withdraw", 6, "انهت في ديسمبر الماضي مهمتها القتالية", "قوة ايساف التابعة للحلف الاطلسي", None, "افغانستان", "H"),
        ("AID", None, 7, "تدريب", "12500 جندي اجنبي", "القوات الافغانية", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
