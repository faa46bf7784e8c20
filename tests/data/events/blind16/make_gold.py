"""Build events-blind16.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (sixteenth events blind set; same layout and guidelines as the first
fifteen sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind15.jsonl and their blind/ ..
blind15/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind16.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind16.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Sabq: the security expert Ibrahim Al Marei calls for blocking social media in Syria, Iraq and Libya (6
    # August, the day of the Asir mosque bombing). s0 his demand (a named actor's call without addressee ->
    # REQUEST, mode null, thirteenth set's syndicate s0 "دعوات") and the blocking he asks for (the requested act
    # beside the REQUEST -> own type + [F], fourteenth set's requested investigation, second set's requested
    # release: COERCE censor [F], PLOVER "restrict access to publications or other information"; the countries
    # listed as one phrase); s5 his call on the Gulf states to press the great powers to solve the Syrian
    # crisis (a named actor's call on named states -> REQUEST, mode null; "يتوجب على الدول العظمى" in the same
    # sentence is a necessity statement, fourteenth/fifteenth sets: not coded); s9 the security spokesman's
    # statement recalled ("وكان قد صرح"): the bombing among the Special Emergency Forces at prayer in the
    # mosque of their headquarters in Asir, thirteen killed, nine wounded, remains attributed to explosive belts
    # (-> ASSAULT explosives, eleventh to thirteenth sets' explosive belts; actor not named; the same day: not
    # historical; "تفجير" first occurrence; the region as written as the place) and the incident still being
    # followed up by the competent security bodies (an investigation -> ACCUSE investigate, twelfth set's
    # "تكثف أجهزة البحث جهودها لكشف هوية الجناة"). Not coded: s1-s2 ("لا بد", "من الضروري": necessity
    # statements), s3 (his astonishment at the US: opinion), s4 (characterisation of the terrorists; "امتداد
    # لسابقاتها": a general series), s6-s8 (opinion, the ministry's role, the eighty nationalities: a tally).
    "snn-4cf6501766d7": [
        ("REQUEST", None, 0, "طالب", "الخبير الأمني إبراهيم آل مرعي", None, None, ""),
        ("COERCE", "censor", 0, "بحجب مواقع التواصل الاجتماعي", None, "مواقع التواصل الاجتماعي", "دول سوريا والعراق وليبيا", "F"),
        ("REQUEST", None, 5, "مطالباً", "آل مرعي", "دول الخليج العربي", None, ""),
        ("ASSAULT", "explosives", 9, ("تفجير", 1), None, "جموع المصلين", "منطقة عسير", ""),
        ("ACCUSE", "investigate", 9, "محل متابعة", "الجهات الأمنية المختصة", None, None, ""),
    ],
    # Al-Eqtisadiah: typhoon Soudelor, the strongest storm of 2015, heading for Japan and Taiwan: a natural
    # disaster (no PLOVER actor; the Taiwanese weather bureau naming the storm and the possible evacuations in
    # general are not political acts): none.
    "snn-1e88bb145a29": [],
    # Al-Weeam: King Abdulaziz University's engineering college announces a teaching-assistant post (conditions,
    # documents, dates): an administrative notice (fourteenth set's programme launch): none.
    "snn-0cf19b0f634d": [],
    # Al-Madina column "هيبة العلماء في قبلة الأمير!!": the photograph of Prince Mohammed bin Salman kissing the
    # head of Sheikh Saleh bin Humaid and the columnist's reflections on respect for scholars. Not coded: the
    # kiss in the photograph and the governor of Jeddah's embrace in the columnist's undated memory of a visit to
    # the airport project (greetings: the second set left Eid greetings uncoded; the visit is a press tour of a
    # building site, not a meeting with a host), the columnist's thanks to the photographer and to the reader
    # who suggested the idea (the writer's own words, not reported acts), the contact lines: none.
    "snn-2fa91fa3835a": [],
    # Al-Yaum: Othman Abu al-Lirat's exhibition of 6,000 photographs documenting 55 years of Qatif at the "واحتنا
    # فرحانة" festival: a cultural exhibition (the photograph of King Faisal's visit to Qatif is an exhibit, not a
    # reported act; the purchase of a camera is a private anecdote): none.
    "snn-ff82fd9934bf": [],
    # Al-Madina: Turkey: a bomb defused beside the AKP building; the Suruc bomber identified; two policemen found
    # dead (Wednesday 22 July). s0 the Turkish authorities naming a 20-year-old as the perpetrator of the Suruc
    # suicide attack (an attribution of an attack to a person -> ACCUSE allege, eleventh/thirteenth sets'
    # attributions) and the suicide attack of Monday claimed by ISIS, 32 killed in Suruc (described with its
    # claimant, day, toll and place in the relative clause; the claimant as actor, eleventh set's "تبنت"; two
    # days before, the current story: not historical, fifteenth set) -> ASSAULT suicide-attack; s2 the two police
    # officers found killed in Sanliurfa province (-> ASSAULT, actor not named, method not stated); s4 the
    # governor: both found killed with bullet wounds in the head in their shared home in Ceylanpinar (new
    # content: the method and the place -> ASSAULT firearms, fifteenth set's Jenin s0/s1); s9 Turkish explosives
    # experts defusing a bomb placed in a box near the ruling AKP's building in Ankara (the neutralisation of a
    # seized explosive device -> COERCE seize, twelfth set's controlled detonation of IEDs "PLOVER confiscate")
    # and the bomb placed to strike the building (a bomb laid but not exploded: the planned attack -> ASSAULT
    # explosives [F], twelfth set's IEDs "معدة ومجهزة لاستهداف" [F]; actor unknown; the party's building as
    # recipient); s11 the security cordon the police imposed on the area (-> COERCE restrict, twelfth/thirteenth
    # sets' cordons; the sentence is cut at the newline before "الشرطة": actor null, as the fifteenth set's
    # instruction items after a cut); s14 the police opening an investigation (-> ACCUSE investigate). Not
    # coded: s1 (the DNA statement restating the identification), s6 (the governor: not yet known whether the
    # incident was terrorist), s8 (the Suruc bombing restated with its toll, "الإقليم" anaphoric), s10 (the
    # citizens' report to the police), s11's experts rushing to the area (a move inside the defusing
    # operation) and s12 (the defusing restated with the TNT and the laboratory).
    "snn-517ecfb4b81e": [
        ("ACCUSE", "allege", 0, "أعلنت", "السلطات التركية", "شابا في العشرين", None, ""),
        ("ASSAULT", "suicide-attack", 0, "الهجوم الانتحاري", "تنظيم داعش", None, "سوروتش", ""),
        ("ASSAULT", None, 2, "مقتولين", None, "ضابطي شرطة", "إقليم شانلي أورفا", ""),
        ("ASSAULT", "firearms", 4, "طلقات نارية", None, "الضابطين", "منطقة جيلانبينار", ""),
        ("COERCE", "seize", 9, "أبطل", "خبراء متفجرات أتراك", None, "العاصمة التركية أنقرة", ""),
        ("ASSAULT", "explosives", 9, "عبوة ناسفة كانت موضوعة", None, "مبنى حزب العدالة والتنمية الحاكم", "العاصمة التركية أنقرة", "F"),
        ("COERCE", "restrict", 11, "طوق أمني", None, None, None, ""),
        ("ACCUSE", "investigate", 14, "تحقيقا", "الشرطة", None, None, ""),
    ],
    # Al-Watan: Lebanon: Wael Abu Faour (Democratic Gathering, health minister) restates the attachment to the
    # Taif agreement; MP Khaled al-Daher attacks Michel Aoun (21 July). s2 Abu Faour's call to convene a session
    # of parliament and stop obstructing it (a named actor's call without addressee -> REQUEST, mode null,
    # thirteenth set's syndicate); s3 al-Daher's harsh criticism of Aoun (-> ACCUSE disapprove) and his charge
    # that Aoun's ally the Syrian regime harmed the Christians from 1975 until its withdrawal (a charge of named
    # conduct against a named party -> ACCUSE allege, eleventh set's Mufti of Iraq; the charge is made now: not
    # historical; its content, the harm and the assassinations, not coded, thirteenth/fourteenth sets); s5 his
    # praise of the army's role in protecting Lebanon (-> SUPPORT; "الجيش" first occurrence) and his appeal to
    # the kidnappers of the soldiers to release them (a request for a release -> REQUEST yield, second/thirteenth
    # sets, with the requested release -> RETREAT release [F], the second set's "مطالبا باطلاق سراح موكله";
    # "لخاطفي": the fused ل left out; "العسكريين" second occurrence). Not coded: s0 and s1 (the attachment to
    # the Taif agreement and the rejection of whatever contradicts it: the agreement only as the object of his
    # words, without parties, and a general stance, as the tenth set's Tohme on the same agreement; "نتمنى": a
    # wish; the three principles), s2's "بذرائع واهية" (part of the call), s3's "حتى خروجه" (a bare anchor) and
    # the passive assassinations (content of the charge), s4 (his further words on the Aoun-Hezbollah alliance:
    # a standing alliance and characterisation), s5's "حربكم مع من يذهب إلى سورية ويقتل" (generic).
    "snn-1bbd46cbd76d": [
        ("REQUEST", None, 2, "دعا", "أبو فاعور", None, None, ""),
        ("ACCUSE", "disapprove", 3, "انتقادات لاذعة", "النائب خالد الضاهر", "رئيس تكتل الإصلاح والتغيير، العماد ميشال عون", None, ""),
        ("ACCUSE", "allege", 3, "أساء للمسيحيين", "النائب خالد الضاهر", "النظام السوري", None, ""),
        ("SUPPORT", None, 5, "أشاد", "الضاهر", ("الجيش", 1), None, ""),
        ("REQUEST", "yield", 5, "أفرجوا", "الضاهر", "خاطفي العسكريين", None, ""),
        ("RETREAT", "release", 5, "أفرجوا عن العسكريين", "خاطفي العسكريين", ("العسكريين", 2), None, "F"),
    ],
    # Okaz: Yemeni political leaders call the Iranian nuclear agreement ambiguous and praise the Gulf states (10
    # August). s0 the leaders' backing of the GCC states' right to insist that Iran be rid of nuclear weapons
    # (backing another party's position -> SUPPORT, thirteenth/fourteenth sets) and the nuclear agreement of Iran
    # with the great powers (an agreement with its parties -> AGREE, third/thirteenth/fourteenth sets; Iran named
    # only by the adjective, as the fifteenth set's "أميركية", first occurrence before "الإيرانية"); s2 al-Sayadi's
    # praise of the leading role of the GCC states (-> SUPPORT); s4 al-Odaini calling the agreement ambiguous and
    # suspicious (criticism -> ACCUSE disapprove, the agreement as recipient as the tenth set's opposition to the
    # deal); s5 his praise of the Saudi diplomatic successes ("وقال": the speaker only implied -> actor null;
    # the adjective as the only naming of the recipient). Not coded: s0's and s1's "دعمت الشرعية في اليمن ورفضت
    # / لجمت التدخلات الإيرانية" (a standing policy in the speakers' words, sixth to fifteenth sets' general
    # practices), s1 (al-Sayadi's view of the Gulf's aims: opinion), s3 (his prediction of international
    # resolutions; the Houthi violations as its object: general), s4's "الدور ... مطلوب" (opinion).
    "snn-84ce5cb4b432": [
        ("SUPPORT", None, 0, "أكدت", "قيادات سياسية يمنية", "دول مجلس التعاون الخليجي", None, ""),
        ("AGREE", None, 0, "الاتفاق النووي", ("الإيراني", 1), "الدول الكبرى", None, ""),
        ("SUPPORT", None, 2, "يعتبر رياديا جدا", "الصيادي", "دول مجلس التعاون الخليجي", None, ""),
        ("ACCUSE", "disapprove", 4, "غامض ومشبوه", "نائب رئيس الدائرة الإعلامية في حزب الإصلاح عدنان العديني", "الاتفاق النووي الإيراني", None, ""),
        ("SUPPORT", None, 5, "أكسبها احتراما", None, "السعودية", None, ""),
    ],
    # Ain Alyoum: the UAE criticises the EU's opening to Iran (Wednesday 29 July). s1 the UAE criticising the EU
    # for seeking to involve Iran (-> ACCUSE disapprove) and calling Tehran's policy hostile (criticism of a
    # second party -> ACCUSE disapprove, one record per recipient); s2 a senior UAE official: Mogherini failed to
    # understand Iran's aims (the criticism with a new actor -> ACCUSE disapprove, fifteenth set's Cinar s0/s2),
    # her visit to Iran on Tuesday (in the relative clause, with its own actor and day, reported nowhere else ->
    # CONSULT visit; "إيران" first occurrence) and her praise of the commitment of the Iranian negotiating team
    # (-> SUPPORT, the named subject of the sentence as actor); s3 the nuclear agreement between Tehran and the
    # international powers (inside "بعد", with its parties, fourteenth set's oil article -> AGREE); s9 Gargash's
    # criticism of Mogherini (a new, named speaker -> ACCUSE disapprove); s12 the Gulf states' concerned response
    # to Khamenei's speech of 18 July (disapproval -> ACCUSE disapprove; "للزعيم" kept whole, the article's
    # alif elided; eleven days before, the current story: not historical); s13 Khamenei's promise to go on supporting the "friends" and peoples of the region (a
    # pledge -> AGREE, fifth/twelfth/fifteenth sets' "تتعهد"); s16 the Bahraini allegations of Iranian
    # involvement in bomb attacks on its territory (-> ACCUSE allege, the adjectives as the only naming) and
    # Tehran's denial (a denial of one's own act -> the denied event negated with the denier as actor,
    # fourteenth set's Ankara: ASSAULT explosives [N]; the alleged attacks themselves, the content of the charge,
    # not coded). Not coded: s0 (dateline), s3's op-ed and the EU ministers' mandate (an internal mandate), s4
    # (Gulf concern about a possible rapprochement: speculation), s5-s8 (the op-ed's words), s9's praise of the
    # Iranian negotiators (s2's praise restated), s10-s11 (Gargash's further words, fourteenth set's continued
    # criticism), s12's content of the speech, s15 (the UAE among the states that accuse Iran of stirring unrest
    # and Iran's denial: a standing position), s16's strained relations, s17 (tags).
    "snn-f5160c1ee731": [
        ("ACCUSE", "disapprove", 1, "انتقدت", "الإمارات", "الاتحاد الأوروبي", None, ""),
        ("ACCUSE", "disapprove", 1, "عدائية", "الإمارات", "طهران", None, ""),
        ("ACCUSE", "disapprove", 2, "عجزت عن فهم", "مسؤول إماراتي كبير", "فيدريكا موجيريني مفوضة السياسة الخارجية بالاتحاد الأوروبي", None, ""),
        ("CONSULT", "visit", 2, "زارت", "فيدريكا موجيريني مفوضة السياسة الخارجية بالاتحاد الأوروبي", None, ("إيران", 1), ""),
        ("SUPPORT", None, 2, "إشادتها", "فيدريكا موجيريني مفوضة السياسة الخارجية بالاتحاد الأوروبي", "فريقها التفاوضي", None, ""),
        ("AGREE", None, 3, "الاتفاق النووي", "طهران والقوى الدولية", None, None, ""),
        ("ACCUSE", "disapprove", 9, "لم تدرك", "أنور قرقاش وزير الدولة الإماراتي للشؤون الخارجية", "موجيريني", None, ""),
        ("ACCUSE", "disapprove", 12, "ردت", "دول الخليج العربية", "للزعيم الأعلى الإيراني آية الله علي خامنئي", None, ""),
        ("AGREE", None, 13, "وعد", "خامنئي", "الأصدقاء في المنطقة والشعوب في فلسطين واليمن وسوريا والعراق والبحرين ولبنان", None, ""),
        ("ACCUSE", "allege", 16, "مزاعم", "بحرينية", "إيراني", None, ""),
        ("ASSAULT", "explosives", 16, "تنفيها", "طهران", None, None, "N"),
    ],
    # Sabq: the Jeddah Chamber's commercial committee studies the landlord-tenant relation; the committees'
    # meetings (21 July). s2 the committee's deep thanks to the Director-General of Customs for the measures at
    # Jeddah Islamic Port and its appreciation of the Food and Drug Authority's cooperation (thanks and praise ->
    # SUPPORT, second to fifteenth sets; two recipients, two records; "لهيئة": the fused ل left out); s3 the
    # pharmacy committee's decision to arrange a visit to the deputy minister of health and the mayor of Jeddah
    # (a planned meeting -> CONSULT visit [F], eleventh to thirteenth sets; both hosts in one phrase). Not coded:
    # s0 (the planned study), s1 (the planned meeting with the chamber's real-estate committee: an internal
    # meeting of one body), s3's discussion and the new members, s4 (the engineering committee's planned sectoral
    # meeting, the workshop's evaluation, the field study: internal business).
    "snn-78faeb41df40": [
        ("SUPPORT", None, 2, "شكرها العميق", "اللجنة", "مدير عام الجمارك صالح بن منيع الخليوي", None, ""),
        ("SUPPORT", None, 2, "ثمنت", "اللجنة", "هيئة الغذاء والدواء", None, ""),
        ("CONSULT", "visit", 3, "ترتيب زيارة", "لجنة الصيدليات", "نائب وزير الصحة وأمين محافظة جدة الدكتور هاني أبو راس", None, "F"),
    ],
    # Al-Madina: Egypt to Iran: the security of the Gulf is ours; Netanyahu renews his warning on the nuclear
    # agreement (22 July). s0 the Egyptian foreign ministry's call on the Iranian authorities not to interfere in
    # the affairs of the Arab states (a named actor's call on a named party for a change of policy -> REQUEST
    # change, fourteenth set's Allawi, first set's "يجب على إيران تغيير سياستها"); s1 the spokesman Badr Abdel
    # Aty's demand to respect the UN Charter's non-interference (the same call with a new, named actor ->
    # REQUEST change, the recipient not named in the sentence) and Egypt's solidarity with its Arab brothers
    # (-> SUPPORT, sixth/eleventh sets' solidarity; "مصر" first occurrence, before "المصري"); s2 Netanyahu's
    # renewed warning of the dangers of the agreement (criticism -> ACCUSE disapprove, fourteenth set's Allawi
    # "حذر"; the agreement as recipient), the agreement between the great powers and Iran (with its parties ->
    # AGREE) and Carter's visit to Israel (inside "بعد", with its own actor, reported nowhere else -> CONSULT
    # visit; "لإسرائيل": the fused ل left out, third occurrence of "إسرائيل" after "الإسرائيلي" and "إسرائيل،").
    # Not coded: s0's "مؤكدة أن أمن دول الخليج مرتبط" (the same statement's reasoning), s1's Khamenei statements
    # (the motive, without content), s3-s4 (Netanyahu's quotations restating the warning).
    "snn-503e43e3d643": [
        ("REQUEST", "change", 0, "دعت", "وزارة الخارجية المصرية", "السلطات الإيرانية", None, ""),
        ("REQUEST", "change", 1, "طالب", "المتحدث الرسمي باسم الوزارة السفير بدر عبدالعاطي", None, None, ""),
        ("SUPPORT", None, 1, "تضامن", ("مصر", 1), "أشقائها العرب", None, ""),
        ("ACCUSE", "disapprove", 2, "تحذيره", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "الاتفاق", None, ""),
        ("AGREE", None, 2, "الاتفاق", "الدول الكبرى وإيران", None, None, ""),
        ("CONSULT", "visit", 2, "زيارة", "وزير الدفاع الأمريكي أشتون كارتر", None, ("إسرائيل", 3), ""),
    ],
    # Asharq Al-Awsat: an attack on the AKP building in Ankara foiled; security tension on the Syrian border
    # (Wednesday 22 July; the same news as the Al-Madina article above, from another copy). s0 the explosives
    # experts defusing the bomb placed near the AKP building (-> COERCE seize, as above) and the planned bombing
    # (-> ASSAULT explosives [F], as above); s2 the police's cordon (-> COERCE restrict, actor named here); s3
    # the police opening an investigation and examining the cameras to identify the perpetrators (-> ACCUSE
    # investigate, the perpetrators as recipient, twelfth set's "لكشف هوية الجناة"); s4 the bombing of Monday in
    # the garden of a cultural centre in Suruc, 32 killed (inside "بعد يوم من", described with its day, place
    # and toll -> ASSAULT explosives, "تفجير"; the current story: not historical); s5 internet providers blocking
    # access to Twitter (-> COERCE censor, PLOVER "restrict access to ... information") in compliance with a local
    # court's ban on distributing the bombing's images (with its own actor, reported nowhere else -> COERCE
    # censor); s7 the authorities naming the 20-year-old perpetrator (-> ACCUSE allege, as above) of the Suruc
    # suicide attack claimed by ISIS (new content: the claimant and the suicide method -> ASSAULT
    # suicide-attack, fifteenth set's Jenin s0/s1); s9 the two policemen found shot in the head in Ceylanpinar
    # (-> ASSAULT firearms, actor not named). Not coded: s1 (the citizens' report), s2's defusing restated and
    # the experts' rush, s5's bombing restated, s6 (the official: the telecommunications authority has nothing
    # to do with the ban, and efforts to lift it: a statement on a third body's part, not a denial that the act
    # took place, cf. the fourteenth set's "no evidence"; efforts without actor), s8 (the DNA statement restated),
    # s9's "تشهد البلاد توتر أمنيا" (a situation), s10-s11 (the governor's further words), s12 (Davutoglu chairing
    # an extraordinary cabinet session on border security: an internal meeting of one government, thirteenth
    # set; its measures only its topic).
    "snn-f6116f644d49": [
        ("COERCE", "seize", 0, "أبطل", "خبراء متفجرات أتراك", None, "العاصمة التركية أنقرة", ""),
        ("ASSAULT", "explosives", 0, "عبوة ناسفة كانت موضوعة", None, "مبنى حزب العدالة والتنمية الحاكم", "العاصمة التركية أنقرة", "F"),
        ("COERCE", "restrict", 2, "طوق أمني", "الشرطة", None, None, ""),
        ("ACCUSE", "investigate", 3, "تحقيقا", "الشرطة", "الفاعلين", None, ""),
        ("ASSAULT", "explosives", 4, "تفجير", None, "32 شخصا", "بلدة سروج", ""),
        ("COERCE", "censor", 5, "حجبوا الدخول", "عددا من مقدمي خدمة الانترنت في تركيا", "موقع تويتر", None, ""),
        ("COERCE", "censor", 5, "بمنع توزيع صور التفجير الانتحاري", "محكمة محلية", None, None, ""),
        ("ACCUSE", "allege", 7, "أعلنت", "السلطات التركية", "شابا في العشرين من عمره", None, ""),
        ("ASSAULT", "suicide-attack", 7, "هجوم سوروتش الانتحاري", "تنظيم \"داعش\"", None, "سوروتش", ""),
        ("ASSAULT", "firearms", 9, "مقتولين برصاص", None, "شرطيين", "مدينة جيلان بينار", ""),
    ],
    # Al-Riyadh: Washington calls the burning to death of a Palestinian child a "brutal terrorist" attack (Friday
    # 31 July). s0 the US condemnation (-> ACCUSE disapprove, recipient null when the attack is the object,
    # thirteenth set) and the attack it condemns, described in the same sentence: extremist Israeli settlers
    # setting fire to the family's house, the child burned to death in the occupied West Bank (arson -> ASSAULT
    # primitive, thirteenth/fifteenth sets' Duma arson; the same day: not historical); s1 the State Department
    # welcoming Netanyahu's order (-> SUPPORT), Netanyahu calling the killing a terrorist act (his
    # condemnation, reported in the relative clause "ما سماه" -> ACCUSE disapprove, eleventh set's Netanyahu
    # condemnation of the same arson, one record per speaker) and the order's aims, arresting the killers and
    # bringing them to justice (an order inside one government is not coded, twelfth set; its stated aims ->
    # COERCE arrest [F] and ACCUSE allege [F], PLOVER "bring to trial"; the security forces as actor). Same story
    # check: the eleventh set's snn-02b8e7262025 reports the arson itself and the US condemnation only in its
    # last sentence (one item); this article's story is the condemnation (other speakers' reactions are other
    # stories, ninth/eleventh/thirteenth sets).
    "snn-0e6bfed45be0": [
        ("ACCUSE", "disapprove", 0, "نددت", "الولايات المتحدة", None, None, ""),
        ("ASSAULT", "primitive", 0, "أضرم مستوطنون إسرائيليون متطرفون النار", "مستوطنون إسرائيليون متطرفون", "طفل فلسطيني", "الضفة الغربية المحتلة", ""),
        ("SUPPORT", None, 1, "نرحب", "الخارجية الأميركية", "رئيس الوزراء الإسرائيلي بنيامين نتانياهو", None, ""),
        ("ACCUSE", "disapprove", 1, "سماه عملا إرهابيا", "رئيس الوزراء الإسرائيلي بنيامين نتانياهو", "القتلة", None, ""),
        ("COERCE", "arrest", 1, "لاعتقال", "قوات الأمن", "القتلة", None, "F"),
        ("ACCUSE", "allege", 1, "إحالتهم أمام القضاء", "قوات الأمن", None, None, "F"),
    ],
    # Al-Riyadh: a grand jury charges Dylann Roof with hate crimes for the Charleston church massacre
    # (Wednesday 22 July). s0 the indictment (charges -> ACCUSE allege, PLOVER "indict") and the massacre of 17
    # June that killed nine black people in Charleston (described with its date, toll and place; the accused as
    # actor, thirteenth set's rule for an attack inside a charge; method not stated here -> mode null); s1 the
    # state's earlier charges of murder and attempted murder (-> ACCUSE allege); s2 the attorney general Loretta
    # Lynch calling such racially motivated violence domestic terrorism (condemnation -> ACCUSE disapprove,
    # recipient null when the attack is the object); s4 Roof's arrest the day after he entered the Emanuel
    # church and opened fire on nine participants in the study group with a Glock pistol (-> COERCE arrest;
    # new content for the massacre: the church, the method and the victims -> ASSAULT firearms, the named
    # subject "روف" as actor of his own further clause); s8 Lynch: the US government charges Roof with nine
    # murders and three attempted murders under the hate-crime law (the charge with a new actor, the government
    # rather than the grand jury -> ACCUSE allege, fifteenth set's Cinar attribution s0/s2); s14 the legislators'
    # vote earlier this month to take down the Confederate flag before the South Carolina parliament (a
    # legislative approval -> AGREE, tenth/twelfth/fourteenth sets). Flags: the massacre, the arrest and the
    # state's first charges (17-19 June, five weeks before, "17 يونيو الماضي") are the recalled acts behind the
    # case -> historical (tenth set's acts behind a case; the earlier sets' non-historical recent steps lie within
    # four weeks: the Suruc bombing, the Dawabsheh arson, the nuclear deal); the indictment, Lynch's words and
    # the vote of this month are current. Not coded: s1's possible death sentence (conditional on a conviction:
    # speculation), s3 (the penalties he faces), s5-s7 (the victims, the survivors, the website), s9-s10 (further
    # counts of the same indictment, the s8 charge restated; "المدعية" is Lynch), s11 (no decision on the death
    # penalty; the planned consultations with the families: without actor), s12 (state law), s13 (the shock;
    # the city's past as a slave market and the spark of the civil war in 1861: a description of the city without
    # participants), s14's "المعارضة القوية" (a general movement), s15-s16 (Lynch on Roof's motives: the charge's
    # content).
    "snn-ac849cf6f266": [
        ("ACCUSE", "allege", 0, "وجهت", "لجنة محلفين", "ديلان روف", None, ""),
        ("ASSAULT", None, 0, "المجزرة", "ديلان روف", "تسعة سود", "تشارلسون بولاية كارولاينا الجنوبية", "H"),
        ("ACCUSE", "allege", 1, "وجهتها", "الولاية", "المشتبه به", None, "H"),
        ("ACCUSE", "disapprove", 2, "نموذج الارهاب الداخلي", "وزيرة العدل لوريتا لينش", None, None, ""),
        ("COERCE", "arrest", 4, "اعتقل", None, "روف", "كارولاينا الجنوبية", "H"),
        ("ASSAULT", "firearms", 4, "اطلق النار", "روف", "تسعة مشاركين في الحلقة", "كنيسة عمانوئيل الاسقفية الميثودية", "H"),
        ("ACCUSE", "allege", 8, "تتهم", "الحكومة الاميركية", "روف", None, ""),
        ("AGREE", None, 14, "صوت", "النواب", None, None, ""),
    ],
    # Al-Madina: Netanyahu: the nuclear agreement with Iran increases the risk of war (23 July). s0 his renewed
    # warning that the agreement increases the risk of war (criticism -> ACCUSE disapprove, as in the Egypt
    # article above) and the agreement between the great powers and Iran (with its parties -> AGREE). Not coded:
    # s1-s2 (his further reasoning and the quoted effect of lifting the sanctions: the object of his words).
    "snn-c7c6126b625c": [
        ("ACCUSE", "disapprove", 0, "تحذيره", "رئيس الوزراء الإسرائيلي بنيامين نتانياهو", "الاتفاق", None, ""),
        ("AGREE", None, 0, "الاتفاق", "الدول الكبرى وإيران", None, None, ""),
    ],
    # Asharq Al-Awsat: ten Malian soldiers killed in an attack by militants on an army camp (Monday 3 August).
    # s0 the militants' attack on a Malian army camp in the Timbuktu region, ten soldiers killed (-> ASSAULT,
    # method not stated); s1 the military source: the Gourma-Rharous camp came under a terrorist attack (new
    # content: the camp named -> ASSAULT, the camp as the place; "لهجوم": the fused ل left out); s4 soldiers sent
    # to the site of the attack (passive; a deployment after the attack, not within it -> MOBILIZE troops,
    # thirteenth set's forces sent; "موقع الهجوم" anaphoric: place null); s5 the second source: the attack
    # targeted a National Guard unit stationed in Gourma-Rharous (new content: the target -> ASSAULT); s6 about
    # ten of "our men" killed by the attackers, extremists linked to Ansar Dine (new content: the attackers named
    # -> ASSAULT). Not coded: s0's "وصفهم ... بانهم ارهابيون" (a description), s2 (information gathering), s3
    # (the hour), s6's awaited reports.
    "snn-dd556f7c9ca7": [
        ("ASSAULT", None, 0, "هجوم", "مسلحون متشددون", "معسكر للجيش المالي", "منطقة تمبكتو", ""),
        ("ASSAULT", None, 1, "هجوم ارهابي", None, None, "معسكر غورما-راروس", ""),
        ("MOBILIZE", "troops", 4, "ارسل", None, None, None, ""),
        ("ASSAULT", None, 5, "استهدف", None, "وحدة للحرس الوطني", "غورما-راروس", ""),
        ("ASSAULT", None, 6, "قتلوا", "متطرفون مرتبطون بانصار الدين", "نحو عشرة من رجالنا", None, ""),
    ],
    # Al-Yaum: the Maani volunteer team closes its Eid programme with five activities (social Eid visits coded
    # as the second/fifth/seventh/eighth/eleventh sets' Eid visits to patients: visits -> CONSULT visit, gifts ->
    # AID, thanks -> SUPPORT; the greetings themselves not coded). s0 the women's committee's visit to the elderly
    # women's section of the social care home in Dammam (-> CONSULT visit; "لقسم": the fused ل left out, the city
    # after "ب" as the place, second set's "لمستشفى الملك سعود بعنيزة"); s1 the gifts distributed to the elderly
    # mothers (passive -> AID, actor null; the prizes to the staff part of the same distribution); s2 the
    # committee's visits to children in hospital, the first to the Maternity and Children's Hospital in Dammam
    # and the second to King Fahd University Hospital in al-Khobar (two places: two records, the committee as
    # actor of both; "للأطفال المنومين" kept whole, the article's alif elided), the 50 gifts to the children (passive -> AID; "للأطفال" second occurrence, kept whole, the
    # article's alif elided), the specialist Rose al-Hamdan's thanks to the volunteers, the ten volunteers'
    # thanks to the officials and Abdulrahman Bu Ali's thanks to the team (thanks -> SUPPORT, one record per
    # speaker; "للمتطوعات", "للمسؤولين", "للفريق" kept whole; "شكره" third occurrence, after "شكرها" and
    # "شكرهن"); s3 the youth committee's coupons for the children
    # of needy families (-> AID); s4 the team's 100 Eid gifts to the cleaners at the corniches (-> AID; the
    # places listed as one phrase); s5 the Eid visit to the elderly men at the social care home in Dammam (->
    # CONSULT visit, actor not named in the sentence; "للمسنين" kept whole), the gifts distributed to them (->
    # AID, passive) and the lunch paid for by the social-responsibility department of Yara'a (-> AID). Not
    # coded: s1's programme of shows, s2's general "عدة زيارات" beyond its two visits and the volunteers led by
    # Nouf al-Khalidi and Sarah al-Dosari (the same visits), s4's second programme's yearly repetition.
    "snn-0d7cec744d46": [
        ("CONSULT", "visit", 0, "بزيارة", "اللجنة النسائية بفريق معاني التطوعي", "قسم المسنات بدار الرعاية الاجتماعية", "الدمام", ""),
        ("AID", None, 1, "توزيع هدايا", None, "الامهات المسنات", None, ""),
        ("CONSULT", "visit", 2, "عدة زيارات", "اللجنة النسائية", "للأطفال المنومين في المستشفيات", "مستشفى الأطفال والولادة بالدمام", ""),
        ("CONSULT", "visit", 2, "الزيارة الثانية", "اللجنة النسائية", "للأطفال المنومين في المستشفيات", "مستشفى الملك فهد الجامعي بالخبر", ""),
        ("AID", None, 2, "تقديم 50 هدية وعيدية", None, ("للأطفال", 2), None, ""),
        ("SUPPORT", None, 2, "شكرها وتقديرها", "الاخصائية روز الحمدان", "للمتطوعات", None, ""),
        ("SUPPORT", None, 2, "شكرهن وتقديرهن", "10 متطوعات", "للمسؤولين", None, ""),
        ("SUPPORT", None, 2, ("شكره", 3), "الاستاذ عبدالرحمن بوعلي", "للفريق", None, ""),
        ("AID", None, 3, "توزيع عدد من الكوبونات", "اللجنة الشبابية", "أطفال وأبناء الاسر المحتاجة", None, ""),
        ("AID", None, 4, "بتوزيع 100 هدية عيدية", "الفريق", "عمال النظافة", "كورنيش الخبر وشاطئ العزيزية بالخبر، وكذلك كورنيش الدمام وجزيرة المرجان ومنتزه الملك عبدالله", ""),
        ("CONSULT", "visit", 5, "معايدة", None, "للمسنين", "دار الرعاية الاجتماعية بالدمام", ""),
        ("AID", None, 5, "توزيع الهدايا", None, None, None, ""),
        ("AID", None, 5, "تكفل به", "قسم المسؤولية الاجتماعية بشركة يراع الشرقية", None, None, ""),
    ],
    # Okaz: Israel will ask the US for more military aid after the nuclear agreement (20 July). s0 the Israeli
    # government's planned request for more military aid (-> REQUEST assist [F], PLOVER "any form of ...
    # assistance"); s1 Israel and the US holding talks on new aid (-> CONSULT, mode null: talks outside a visit,
    # twelfth/thirteenth sets); s2 Netanyahu's intention to press Congress not to approve the agreement (a planned
    # pressure -> REQUEST change [F], tenth set's "الضغوط ... على أعضاء الكونغرس"; the full name phrase, the named
    # subject of the sentence) and the agreement signed by the six great powers with Iran (a signing verb and
    # parties -> AGREE); s5 Carter's coming visit to Israel (a planned visit -> CONSULT visit [F], eleventh to
    # fifteenth sets). Not coded: s2's "يحاول ابتزاز" (the sources' characterisation), Yaalon's view that the
    # approval is certain (a prediction) and the aid "التي تطالب بها إسرائيل" (s0 restated), s3-s4 (Yaalon's
    # words and predictions), s6 (the annual US military aid and the missile-defence funding of recent years: a
    # standing package and a series, thirteenth set's standing relations), s7-s9 (a new package nearly agreed:
    # no agreement reached), s10 (a prediction).
    "snn-264c0046c669": [
        ("REQUEST", "assist", 0, "ستطلب", "حكومة إسرائيل", "الولايات المتحدة", None, "F"),
        ("CONSULT", None, 1, "تجريان محادثات", "إسرائيل والولايات المتحدة", None, None, ""),
        ("REQUEST", "change", 2, "يضغط", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "الكونجرس الأمريكي", None, "F"),
        ("AGREE", None, 2, "وقعته", "الدول الست الكبرى", "إيران", None, ""),
        ("CONSULT", "visit", 5, "يزور", "وزير الدفاع الأمريكي أشتون كارتر", None, "إسرائيل", "F"),
    ],
    # Al-Riyadh: al-Qaeda commander Omar Abdul Latif killed by the security forces in western Pakistan (4
    # August). s0 the security operation of the Pakistani security forces in a border area in which he was killed
    # (-> ASSAULT, method not stated; "منطقة حدودية" vague); s1 the provincial interior minister: the operation in
    # a border area of Chagai district in Balochistan (new content: the place -> ASSAULT), the arrest of his wife
    # Tayyiba and two of his children (passive -> COERCE arrest; a non-combatant's detention, not ASSAULT abduct)
    # and their transfer for interrogation (a stated aim -> ACCUSE investigate [F], fourth set's "لاستجوابها";
    # passive: actor null). Not coded: s1's transfer itself, s2 (the intelligence locating him; his plan to set up
    # an al-Qaeda centre: the minister's account of a plan), s3 (security improving after intensified operations:
    # a general series).
    "snn-c26c52e64bec": [
        ("ASSAULT", None, 0, "عملية أمنية", "قوى الأمن الباكستانية", "القيادي البارز في تنظيم القاعدة المدعو عمر عبداللطيف", None, ""),
        ("ASSAULT", None, 1, "عملية أمنية", "القوات الباكستانية", "عمر عبداللطيف", "محافظة «شاغي» بإقليم بلوشستان", ""),
        ("COERCE", "arrest", 1, "تم اعتقال", None, "زوجته طيبة", None, ""),
        ("ACCUSE", "investigate", 1, "لإجراء التحقيقات", None, None, None, "F"),
    ],
    # Al-Yaum column "أحلم بكلمات ترقص على الورق!": a prose poem on despair and hope (the sniper, the banners of
    # protest, the black flags are images, not reported acts): none.
    "snn-43dfce7d7ada": [],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
