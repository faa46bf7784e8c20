"""Build events-blind56.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 13 articles drawn by sample.py (fifty-sixth events blind set; same layout and guidelines as the first
fifty-five sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind55.jsonl and their blind/ ..
blind55/ make_gold.py). The draw has 13 articles, not 20: the conflict/security/politics keyword pool of the
SaudiNewsNet zips was exhausted on the walk (9 pool articles left after the exclusions and the same-story
entries; the 4 outside the pool as before), see SOURCE-events-blind56.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind56.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind56.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fifty-fifth sets' rule: here "اتهموها" from "واتهموها", "أبطلت مفعول" from "وأبطلت", "إطلاق النار" from "بإطلاق", "دخلت"
# from "ودخلت", "توقيف المفرزة" from "وتوقيف", "اعتقلت" from "واعتقلت", "نسب" from "ونسب", "حذرها" from "وحذرها", "مقتل"
# from "بمقتل" in the Baquba s0); where the article's alif is elided the
# fused ل stays, in triggers as in participants (the forty-fifth and forty-ninth to fifty-fifth sets' rule: "للتحقيق" in
# the Baquba s6, "للتهديد بقتله وعائلته" in s8, "للمتطرفين" in the Istanbul s0); in actors, recipients and places the
# fused ب/ل/ك is left out otherwise; spellings as written, copied exactly ("اسطنبول" and "مسيرة من اجل السلام" without
# hamza as the AFP copy has them, "احدهم" without hamza, "أبوحماد" fused, "شتاينتس" as the copy spells him, the tanwin
# of "رتلاً عسكرياً تابعاً للميليشيات" and "11 عنصراً", the brackets of "أبو قتادة المغربي و21 مسلحا آخرين من تنظيم
# (داعش)", the comma of "مدينة الحوطة، والمدينة الخضراء السكنية"); a string repeated in its sentence is picked by its
# occurrence (("إسرائيل", 2) in the Israeli s0, after "الإسرائيلية").
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to fifty-fifth sets: the Yemen s3 men who cut the communications, the Baquba detentions and warrant); a subject named
# earlier in the same sentence is kept for its further clauses ("الثوار" for "دخلت" in the Yemen s3, "ألفين من القوات" for
# the liberation of al-Anad in the relative clause of s5).
GOLD = {
    # Al-Weeam: the civil service minister, the nation lost a political symbol (21 July). The minister Khalid al-Araj's
    # condolences to the King, the Crown Prince and the Deputy Crown Prince on the death of Prince Saud al-Faisal and his
    # praise of him (a minister's condolences to his own king and princes and a eulogy: ceremonial words inside one
    # government, not coded, as the sets' meetings and orders inside one government; the fifty-fifth set's SUPPORT for
    # condolences was between different parties, an OIC commission and a Palestinian family; the death is not an event).
    # None.
    "snn-82157ceb81a0": [],
    # Al-Jazirah: the Hail municipality ends the training of the electoral committees (8 August). A local elections
    # committee's training workshops for its own staff (a body's own preparations: not coded, the fifty-fourth set's
    # municipal elections). None.
    "snn-d3cc6af9e503": [],
    # Al-Yaum: 42 violations of "work under the sun" in Khaybar and al-Jouf (4 August). s0 the Khaybar labour office's
    # inspection tour with the ministry's inspectors and the security bodies caught 42 violations of the midday work ban
    # (-> ACCUSE investigate, the fourth set's record of the Jouf office's violations and the fifty-third set's "رصد عدة
    # مخالفات"; the office named as actor, the governorate as place); s1 the campaign's guidance and the director's words
    # (aims: not coded); s2 in al-Jouf the region's labour office caught violations in several building projects (->
    # ACCUSE investigate, the same office's inspections that the fourth set coded, here in a new article); s3 the
    # director's words and his call (views and a general call to employers: not coded).
    "snn-2b6691ce01da": [
        ("ACCUSE", "investigate", 0, "ضبط 42 مخالفة", "مكتب العمل والعمال بمحافظة خيبر", None, "محافظة خيبر", ""),
        ("ACCUSE", "investigate", 2, "ضبط", "مكتب العمل بالمنطقة", None, "الجوف", ""),
    ],
    # Asharq Al-Awsat: imagining smells linked to weight gain (21 July). A medical study (not events). None.
    "snn-c083fc6e8364": [],
    # Al-Watan: the rebels send their families out of Yemen (6 August). s0-s1 the sources: the families of the Houthi and
    # Saleh leaders left Sanaa for a neighbouring country and the leaders had to leave with them (a departure of persons,
    # no PLOVER category, the fifty-fourth set's Emwazi leaving ISIS; the losses, the coalition's strikes and the
    # resistance's operations general series: not coded); s2 the resistance and the loyal army continue the second phase
    # of the liberation of Lahj by combing the remaining pockets in al-Houta and al-Madina al-Khadra (-> ASSAULT, mode null,
    # the thirty-ninth set's "تواصل ... تطهير ما تبقى من جيوب"); s3 the media centre: the fighters liquidated the remaining
    # pockets in the two cities (the result of s2: not coded again, "المدينتين" anaphoric) and entered the al-Husseini farms
    # north of al-Houta (-> COERCE seize, the first set's "الدخول"; "الثوار" kept for the clause) after its men cut the
    # communications of the Houthi and Saleh militias (-> COERCE restrict, the twentieth and forty-third sets' cut supply
    # lines; an anchor inside "بعد أن" with its own target, reported nowhere else; "عناصرها" a pronoun's men: actor null);
    # s4 the fighters repelled an attack of Houthi forces on the army's and the resistance's positions around al-Anad (->
    # ASSAULT, mode null, the attack with its attackers, target and place, and the repelling its own record, the
    # fifty-fifth set's surprise attack and response); s5 two thousand of the forces that took part in the liberation of
    # al-Anad continue to clear pockets around the base (-> ASSAULT, mode null, as s2; "محيط القاعدة" anaphoric: place
    # null) and the liberation of al-Anad inside "التي شاركت في" (-> COERCE seize, a relative clause with its own place,
    # reported nowhere else in the article; 3 August, recent); s6 the coalition's fighters bombed a militia column in
    # Karish (-> ASSAULT aerial; the militias that fled to the mountains inside "التي لاذت" vague: not coded); s7 the
    # column destroyed and the 22 killed (the raid's damage and toll: not coded apart) and the rest abandoned their
    # weapons and fled (-> RETREAT withdraw, the first set's "فرار"; "المناطق المجاورة" vague: place null; the pursuit
    # "لا تزال ... تلاحقهم" a continuing series: not coded).
    "snn-f7e014ed90d8": [
        ("ASSAULT", None, 2, "تمشيط الجيوب المتبقية", "المقاومة الشعبية وعناصر الجيش الموالي للشرعية", None,
         "مدينة الحوطة، والمدينة الخضراء السكنية", ""),
        ("COERCE", "seize", 3, "دخلت", "الثوار", None, "مزارع الحسيني شمال الحوطة", ""),
        ("COERCE", "restrict", 3, "قطع الاتصالات", None, "ميليشيات الحوثيين والمخلوع صالح", None, ""),
        ("ASSAULT", None, 4, "هجوم", "قوات حوثية", "مواقع الجيش والمقاومة", "محيط قاعدة العند", ""),
        ("ASSAULT", None, 4, "صد", "الثوار", "قوات حوثية", "محيط قاعدة العند", ""),
        ("ASSAULT", None, 5, "تطهير", "ألفين من القوات", None, None, ""),
        ("COERCE", "seize", 5, "تحرير", "ألفين من القوات", None, "قاعدة العند", ""),
        ("ASSAULT", "aerial", 6, "قصفت", "مقاتلات التحالف العربي الذي تقوده المملكة", "رتلاً عسكرياً تابعاً للميليشيات",
         "منطقة كرش", ""),
        ("RETREAT", "withdraw", 7, "الفرار", "الباقون", None, None, ""),
    ],
    # Asharq Al-Awsat: the Israeli foreign ministry cancels holidays to turn Congress against Obama (27 July). s0 the
    # minister Yuval Steinitz attacked the words of John Kerry (-> ACCUSE disapprove, the forty-fifth set's Kerry-Bandar
    # criticism) in which Kerry criticised Israel (-> ACCUSE disapprove, a relative clause with its own actor and target,
    # reported as a main clause nowhere in the article; Friday 24 July, recent) and warned it of isolation (-> THREATEN,
    # mode null, the forty-second set's "حذر" of Kerry's warning to Congress); s1 Steinitz's words (the s0 attack restated:
    # not coded again); s2-s3 his view of the critics of the agreement (a view); s4 Israeli political sources rejected
    # what Kerry said (-> ACCUSE disapprove: a rejection of another's words, the sets' objections; Kerry's words inside
    # "ما قاله" already coded at s0); s5-s6 the sources' views; s7-s11 an expert's predictions and views (the mutual
    # statements a general series, Israel's effort "تسعى" and the feared attack on Congress his description: not coded);
    # s12 the diplomatic emergency and s13 the holidays cancelled (a ministry's own arrangements: not coded) with the
    # diplomats in Washington working to persuade the members of Congress (-> REJECT, mode null, the fifty-fourth set's
    # mobilisation against the agreement); s14 the public's opposition and the Gulf states named as an example (not
    # coded).
    "snn-d0ded11db8d5": [
        ("ACCUSE", "disapprove", 0, "هاجم", "الوزير يوفال شتاينتس المسؤول في الحكومة الإسرائيلية عن الملف الإيراني",
         "وزير الخارجية الأميركي جون كيري", None, ""),
        ("ACCUSE", "disapprove", 0, "انتقد", "وزير الخارجية الأميركي جون كيري", ("إسرائيل", 2), None, ""),
        ("THREATEN", None, 0, "حذرها", "وزير الخارجية الأميركي جون كيري", ("إسرائيل", 2), None, ""),
        ("ACCUSE", "disapprove", 4, "رفضت", "مصادر سياسية في إسرائيل", "كيري", None, ""),
        ("REJECT", None, 13, "إقناع أعضاء الكونغرس", "الدبلوماسيون الإسرائيليون في واشنطن", None, None, ""),
    ],
    # SPA: Hail education launches the programme "be regular" (11 August). The director's preparatory meeting with his
    # own assistants and supervisors and his instructions on attendance (a meeting and instructions inside one
    # administration: not coded, the sets' rule). None.
    "snn-1cd4627a4621": [],
    # Al-Riyadh: the Turkish police disperse a demonstration against ISIS in Istanbul (25 July). s0 the police dispersed
    # on Friday evening hundreds of demonstrators condemning ISIS (-> ASSAULT crowd-control, the thirty-first and
    # forty-sixth sets' dispersals; -> PROTEST demo, the demonstrators as actor and ISIS, the object of the protest, as
    # recipient) after the Suruc suicide attack attributed to the extremists (the attack inside "بعد" reported as a main
    # clause in s2, coded there; the attribution -> ACCUSE allege, passive: actor null, the eighteenth and twenty-second
    # sets' "نسب"); s1 the AFP photographer: the security forces used tear gas and rubber bullets against a procession of
    # 500 in Kadikoy (-> ASSAULT crowd-control, the detail with its method and place, the thirty-fourth set's new content)
    # and the demonstrators condemned the government and accused it of turning a blind eye to ISIS (-> ACCUSE allege, one
    # record for the condemnation with its charge); s2 the Suruc attack targeted a group of young leftists (-> ASSAULT
    # suicide-attack, 20 July, recent, the sets' mode for the same attack) who wanted to help rebuild Kobani, destroyed in
    # four months of battles that ended with the YPG's victory over the extremists (-> ASSAULT, mode null, [H], January
    # 2015, the twenty-second set's record of the same words); s3 thousands expected in Istanbul on Sunday in a "march for
    # peace" called by the largest Kurdish party (-> PROTEST demo [F]).
    "snn-92e78d049ebd": [
        ("ASSAULT", "crowd-control", 0, "فرقت", "الشرطة التركية", "مئات المتظاهرين", "اسطنبول", ""),
        ("PROTEST", "demo", 0, "المتظاهرين", "مئات المتظاهرين", "تنظيم داعش", "اسطنبول", ""),
        ("ACCUSE", "allege", 0, "نسب", None, "للمتطرفين", None, ""),
        ("ASSAULT", "crowd-control", 1, "استخدمت الغاز المسيل للدموع والرصاص المطاطي", "قوات الأمن", "موكب من 500 شخص",
         "منطقة كاديكوي على الضفة الآسيوية لأكبر مدينة تركية", ""),
        ("ACCUSE", "allege", 1, "اتهموها", "المتظاهرون", "الحكومة", None, ""),
        ("ASSAULT", "suicide-attack", 2, "هجوم سوروتش", None,
         "مجموعة من الشبان اليساريين الناشطين في سبيل القضية الكردية", "سوروتش", ""),
        ("ASSAULT", None, 2, "المعارك العنيفة", "وحدات حماية الشعب الكردي", "المتطرفين", "مدينة كوباني السورية", "H"),
        ("PROTEST", "demo", 3, "مسيرة من اجل السلام", "آلاف الأشخاص", None, "اسطنبول", "F"),
    ],
    # Sabq column: an invitation to harassment (31 July). The writer's views on harassment and the missing law; the Shura
    # council's long discussion and the members' refusal (a standing process, undated) and the UAE case of a foreigner
    # punished, both inside rhetorical questions (bare examples: not coded, the fifty-fifth set's columns). None.
    "snn-685f5dad441f": [],
    # Al-Eqtisadiah: Turkey, the Syrian Kurds not among our military targets (27 July). s0 a Turkish official: the
    # operations do not target the Syrian Kurds (a statement of the operations' targets, general: not coded) after
    # reports of Turkish tanks shelling two villages held by the Kurdish forces (the anchor, reported as a main clause in
    # s3: coded there); s1-s2 his words on the operations' aims and the YPG not a target (aims and policy: not coded); s3
    # the Kurdish fighters and the Observatory: Turkish tanks shelled a village held by the Kurdish forces in northern
    # Syria, wounding at least four fighters (-> ASSAULT heavy-weapons, tank fire, the toll inside the record); s4 the
    # YPG's statement that the Turkish forces attacked its defensive positions instead of ISIS (-> ACCUSE allege); s5 the
    # official: "we are investigating the reports" (-> ACCUSE investigate, the sets' investigations under way); s6 Turkey
    # had targeted ISIS positions in Syria and the PKK in northern Iraq in the last days (-> ASSAULT, mode null, the
    # fifty-fourth set's bounded series of Turkish raids; no method in the sentence) after the Suruc suicide attack a week
    # before with 32 killed (-> ASSAULT suicide-attack, an anchor with its own place and toll reported nowhere else in the
    # article) attributed by the Turkish authorities to the jihadist group (-> ACCUSE allege).
    "snn-5f36be1e20b4": [
        ("ASSAULT", "heavy-weapons", 3, "قصفت", "الدبابات التركية", "قرية تسيطر عليها القوات الكردية", "شمال سوريا", ""),
        ("ACCUSE", "allege", 4, "بيان", "وحدات حماية الشعب الكردية", "القوات التركية", None, ""),
        ("ACCUSE", "investigate", 5, "نحقق", "المسؤول التركي", None, None, ""),
        ("ASSAULT", None, 6, "استهدفت", "تركيا", "مواقع تنظيم داعش في سوريا ولحزب العمال الكردستاني", None, ""),
        ("ASSAULT", "suicide-attack", 6, "الهجوم الانتحاري", None, "32 قتيلا", "سوروتش", ""),
        ("ACCUSE", "allege", 6, "نسبته", "السلطات التركية", "التنظيم الجهادي", None, ""),
    ],
    # Al-Riyadh: the Kurdish Peshmerga kill 22 ISIS fighters, among them the "wali of the north" (22 July). s0 the lead:
    # 24 civilians killed and 37 wounded in Baquba (-> ASSAULT, mode null, a lead "X killed" with no side named: actor
    # null, the twenty-seventh and twenty-eighth sets, beside its details); s1 an explosive device in al-Yarmouk II west
    # of Baquba killed six (-> ASSAULT explosives); s2 more than ten mortar shells on houses in Hibhib the night before
    # last killed 18 (-> ASSAULT heavy-weapons; the damage its detail); s3 the Peshmerga announced they killed Abu Qatada
    # al-Maghribi and 21 other ISIS fighters in separate battles (-> ASSAULT, mode null); s4 the Peshmerga clashed with
    # ISIS when they tried to storm the villages of al-Hadida and al-Fasluj of Kifri (-> ASSAULT, mode null, the clash
    # with its place, X with Y; -> ASSAULT, mode null, the attempted storming with its own actor, the fifty-fifth set's
    # attempted attack beside the response); s5 Abu Qatada among the dead (a detail); s6 the Diyala appeals court formed
    # a judicial committee to investigate the Khan Bani Saad bombing (-> ACCUSE investigate; the bombing of 17 July,
    # recent, named with its place inside the object and reported nowhere else -> ASSAULT explosives, actor null) and one
    # of them confessed to letting the car bomb in (-> CONCEDE, the eleventh, twenty-sixth and thirty-ninth sets'
    # confessions); s7 the judge: the committee formed (restated), the site inspection (a detail of the investigation) and
    # the detention of the 11-man detachment responsible for the area's security (-> COERCE arrest, passive: actor null);
    # s8 the confession restated (not coded again) with its reason, ISIS's threat to kill him and his family (->
    # THREATEN violence, the threat with its actor stated here only; the passive threat of s6 not coded apart); s9 the
    # detention continued (a continuation: not coded), the detention of the Khan Bani Saad police chief (-> COERCE arrest)
    # and the investigations' finding that he had received a cable (-> ACCUSE investigate, the fifty-fourth and
    # fifty-fifth sets' investigators' findings; the terrorists' intention an aim: not coded); s10 the traffic expert's
    # examination and the owner identified (details of the investigation) and the arrest warrant issued against the owner
    # of the car (-> THREATEN arrest, the twenty-ninth set's "مذكرة قبض"; passive: actor null).
    "snn-1d6586affed4": [
        ("ASSAULT", None, 0, "مقتل", None, "24 مدنيا", "مدينة بعقوبة", ""),
        ("ASSAULT", "explosives", 1, "عبوة ناسفة انفجرت", None, "ستة مدنيين", "حي اليرموك الثانية غربي بعقوبة", ""),
        ("ASSAULT", "heavy-weapons", 2, "سقوط أكثر من 10 قذائف هاون", None, "منازل", "ناحية هبهب", ""),
        ("ASSAULT", None, 3, "قتل", "قوات البيشمركة الكردية", "أبو قتادة المغربي و21 مسلحا آخرين من تنظيم (داعش)", None,
         ""),
        ("ASSAULT", None, 4, "اشتبكت", "قوات البيشمركة الكردية", "عناصر داعش", "قرى الهديدة والفسلوج التابعة لناحية كفري",
         ""),
        ("ASSAULT", None, 4, "محاولتهم اقتحام", "عناصر داعش", None, "قرى الهديدة والفسلوج التابعة لناحية كفري", ""),
        ("ACCUSE", "investigate", 6, "للتحقيق", "رئاسة محكمة استئناف ديالى الاتحادية", None, None, ""),
        ("ASSAULT", "explosives", 6, "تفجير", None, None, "خان بني سعد", ""),
        ("CONCEDE", None, 6, "اعتراف", "احدهم", None, None, ""),
        ("COERCE", "arrest", 7, "توقيف المفرزة", None, "المفرزة المسؤولة عن أمن المنطقة المكونة من 11 عنصراً", None, ""),
        ("THREATEN", "violence", 8, "للتهديد بقتله وعائلته", "تنظيم داعش", None, None, ""),
        ("COERCE", "arrest", 9, "توقيف مدير شرطة خان بني سعد", None, "مدير شرطة خان بني سعد", None, ""),
        ("ACCUSE", "investigate", 9, "التحقيقات أثبتت", "التحقيقات", None, None, ""),
        ("THREATEN", "arrest", 10, "مذكرة قبض", None, "مالك تلك السيارة المفخخة", None, ""),
    ],
    # Al-Jazirah: North Korea rejects talk of a possible nuclear agreement (22 July). s0 North Korea rejected the idea
    # that it could follow Iran in reaching an agreement on its nuclear programme (-> REJECT, mode null, its foreign
    # ministry's statement); s1 and s4 the spokesman's words (the s0 rejection restated: not coded again); s2 Tehran
    # signed an agreement last week (-> AGREE, the forty-sixth and fifty-fourth sets' Iran agreement in a main clause
    # with its date; 14 July, recent); s3 the agreement's aim and North Korea's three nuclear tests of 2006-2013 inside
    # "بعدما" (a standing capability named as background: not coded); s5 the talks halted since 2009 (a standing state).
    "snn-1dc60f6121bd": [
        ("REJECT", None, 0, "رفضت", "كوريا الشمالية", None, None, ""),
        ("AGREE", None, 2, "وقعت اتفاقاً", "طهران", None, None, ""),
    ],
    # Al-Watan: 8 takfiris killed in Sinai (6 August). s0 the Egyptian security forces launched a raid campaign in several
    # quarters of al-Arish (-> COERCE seize, the forty-fourth set's "المداهمات" in North Sinai; the securing of the canal
    # celebrations its aim); s1 the army announced eight takfiri elements killed in an Apache air strike south of Sheikh
    # Zuweid (-> ASSAULT aerial, the toll inside the record) after the security bodies received information on three Ansar
    # Bayt al-Maqdis cells preparing attacks (the intelligence behind the strike and the cells' preparation, an aim of the
    # other side: not coded; the strike on the three strongholds restated); s2 the security forces arrested 23 criminal
    # and takfiri elements south of al-Arish (-> COERCE arrest) and defused six explosive devices in al-Jura and
    # al-Jaradat (-> COERCE seize, the sixteenth and forty-third sets' "أبطل"; the devices' aim not coded); s3 a police
    # sergeant of the Abu Hammad district force killed by two unknown men on a motorbike firing an automatic rifle (->
    # ASSAULT firearms).
    "snn-4adeb0ca8bb1": [
        ("COERCE", "seize", 0, "حملة دهم", "قوات الأمن المصرية", None, "مدينة العريش", ""),
        ("ASSAULT", "aerial", 1, "قصف جوي", "مروحيات الأباتشي", "ثمانية عناصر تكفيرية", "جنوب الشيخ زويد بشمال سيناء", ""),
        ("COERCE", "arrest", 2, "اعتقلت", "القوات الأمنية", "23 عنصرا جنائيا وتكفيريا", "جنوب مدينة العريش", ""),
        ("COERCE", "seize", 2, "أبطلت مفعول", "القوات الأمنية", "ست عبوات ناسفة", "مناطق الجورة والجرادات بجنوب الشيخ زويد",
         ""),
        ("ASSAULT", "firearms", 3, "إطلاق النار", "مجهولين يستقلان دراجة بخارية", "أمين شرطة",
         "مركز أبوحماد بمحافظة الشرقية", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
