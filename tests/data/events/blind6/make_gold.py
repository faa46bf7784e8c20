"""Build events-blind6.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (sixth events blind set; same layout and guidelines as the first
five sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind5.jsonl and their blind/ ..
blind5/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind6.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind6.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Baha: the deputy governor opens a da'wa complex and a summer forum in Warakh. The opening, the
    # tour of the buildings, the speeches, the film, the honouring of supporters and the commemorative
    # shield are ceremonial (an inauguration is not a visit to a host; honours and awards not coded, as
    # the first set's student award and the third set's Riyadh Chamber party). The ministry branch's
    # thanks to the emir of the region (and to the deputy and the supporters) -> SUPPORT (earlier sets:
    # thanks -> SUPPORT; one record, the first thanked party as recipient).
    "snn-1a5bf1337dca": [
        ("SUPPORT", None, 6, "شكره", "مساعد مدير عام الفرع نواف الغامدي", "سمو أمير المنطقة", None, ""),
    ],
    # Column on the Twitter hashtag "#قاطعوا_النمسا": the hashtag's call to boycott is an appeal, the
    # tweets and the author's view are opinion, "القرارات الأوربية بالتحفظ على بعض السياح العرب" is vague
    # and inside a belief clause, "أنا اتفق معكم" is agreement of opinion: none.
    "snn-93a9f1ec379b": [],
    # Riyadh Chamber (women's branch) graduation: trainees sent to the labour market, graduates and
    # supporting bodies honoured, employment figures: none.
    "snn-6825666238db": [],
    # Folk-poem column "قالوا علامك": none.
    "snn-16506147df19": [],
    # Sports column asking for a deterrent penalty for those who publish private clips: appeals and
    # proposals: none.
    "snn-3a8b5a814b52": [],
    # Sudan: Bashir's meeting with the 7+7 mechanism on the national dialogue "today" (s0; s1 "الاجتماع
    # المرتقب": not yet held) -> CONSULT [F] (third set: scheduled "today" events), no host: all
    # participants as actor (PLOVER), mode null (a domestic meeting); s1 (expected outcomes) not coded;
    # s2 Bashir renewing the state's commitment to peace and to the dialogue -> AGREE (first set's
    # "حريصة على تطوير") and "الباب سيكون مفتوحاً" to more parties -> AGREE (fifth set: León's open door),
    # two records (different recipients); s3 Bashir receiving the AU panel chief Mbeki -> CONSULT visit
    # (visitor actor, host recipient; "القصر الرئاسي" is not a place name: location null); s4 the
    # Sudan-South Sudan cooperation agreements under discussion -> AGREE (nominal mention with named
    # parties, no date given: no flag, as the third set's Bisha and the fourth set's Yanbu agreements),
    # Mbeki calling the joint committee of the two states to resume negotiations -> REQUEST meet, its
    # content CONSULT [F] (second set: the requested act is coded hypothetical); "تناول مع البشير" (the
    # s3 meeting restated) not coded; s5 Mbeki renewing his support for the dialogue -> SUPPORT ("بحثا"
    # anaphoric); s6 (the AU's efforts, general) not coded. The opposition parties "التي وافقت على
    # المشاركة" (relative clause, background) not coded.
    "snn-ab3d0db92ab3": [
        ("CONSULT", None, 0, "اجتماع مفصلي", "الرئيس السوداني عمر البشير، وآلية (7+7)", None, "الخرطوم", "F"),
        ("AGREE", None, 2, "حرص الدولة", "البشير", None, None, ""),
        ("AGREE", None, 2, "الباب سيكون مفتوحاً", "البشير", "للمزيد من الأحزاب والقوى السياسية", None, ""),
        ("CONSULT", "visit", 3, "التقى", "رئيس الآلية الأفريقية رفيعة المستوى، ثامبو امبيكي", "البشير", None, ""),
        ("AGREE", None, 4, "اتفاقيات التعاون الموقعة", "السودان ودولة جنوب السودان", None, None, ""),
        ("REQUEST", "meet", 4, "داعياً", "أمبيكي", "اللجنة السياسية الأمنية العليا المشتركة بين الدولتين", None, ""),
        ("CONSULT", None, 4, "لاستئناف التفاوض", "اللجنة السياسية الأمنية العليا المشتركة بين الدولتين", None, None, "F"),
        ("SUPPORT", None, 5, "جدد دعمه", "أمبيكي", "للحوار الوطني", None, ""),
    ],
    # Op-ed (a WINEP researcher's article) on fighting ISIS in the Gulf. s0 Kerry's meeting with the GCC
    # foreign ministers in Qatar on 3 August, where they discussed fighting ISIS (a week before: recent;
    # the article's own starting event, only here) -> CONSULT multilateral (third set's mode for the same
    # meeting); s1 the recent ISIS-related arrests it lists with their actors -> the UAE trying 41 persons
    # "بتهمة" (no conviction: ACCUSE allege, fifth set), Kuwait's and Saudi Arabia's arrests -> COERCE
    # arrest x2 (the relative clauses here carry the arrests themselves, not background). Not coded: the
    # publication of the article, the Kuwait bombing of 26 June ("في أعقاب": time anchor) and the "series
    # of bombings and shootings in other states" (general), "التحقيقات المحلية" (generic), s4-s6 (advice).
    "snn-2828adda437a": [
        ("CONSULT", "multilateral", 0, "التقى", "وزير الخارجية الأميركي جون كيري", "نظراءه في دول مجلس التعاون الخليجي", "قطر", ""),
        ("ACCUSE", "allege", 1, "بتهمة", "الإمارات العربية المتحدة", "41 شخصا", None, ""),
        ("COERCE", "arrest", 1, "ألقت القبض", "الكويت", "أربعة أشخاص", None, ""),
        ("COERCE", "arrest", 1, "اعتقلت", "المملكة العربية السعودية", "431 شخصا", None, ""),
    ],
    # Column on the killing of Cecil the lion and on cruelty to animals. Killing or torturing animals is
    # not ASSAULT (no human or political recipient; the first set's shark attack was not coded either);
    # the dentist's payment for a hunting permit is commercial; outcries and commentary not coded. The one
    # judicial act it reports: the persons involved in the Lebanese and Cairo animal-cruelty cases were
    # tried (s11) -> ACCUSE allege (PLOVER: "bring to trial"; no verdict stated; "مؤخرا": not historical).
    "snn-703ac93f0424": [
        ("ACCUSE", "allege", 11, "تمت محاكمة", None, "الاشخاص المتورطين في تعذيب الحيوان وقتله", None, ""),
    ],
    # Al-Ettifaq club board decisions (coaches hired, academy, payments): internal club business: none.
    "snn-802ffd4cd4e5": [],
    # Abbas pledges not to allow violence, after the Duma arson. s0 the pledge before the Meretz
    # delegation -> AGREE (a cooperative pledge "تعهد", first set); the delegation's visit to his office in
    # Ramallah (relative clause "زاره", but the article's own current meeting, reported nowhere else as
    # such: coded, as the fifth set's OPEC frame clause) -> CONSULT visit; s1 the Duma arson two days
    # before (described with actor, method and place inside "تأتي تصريحات عباس بعد", as the first set's
    # Pul-e Alam attack inside "ويأتي تحطم المروحية بعد") -> ASSAULT primitive (fire, fourth/fifth sets);
    # s4 "إذا استمر الوضع ... سيكون لنا موقف مختلف" (a conditional warning whose content is not stated) ->
    # THREATEN, mode null (third set's threats of unknown content), actor implied; s10 the Meretz leader
    # "جئت لأقدم التعازي" (the visit with its leader named: new actor) -> CONSULT visit (the condolences
    # themselves not coded, fourth set); s14 the clashes between the Israeli army and Palestinian youths
    # (both named in one phrase -> both as actor) in which a youth was killed, and a Palestinian shot dead
    # by the army on the Gaza border -> two ASSAULT records ("الحدود مع قطاع غزة": a border, location null
    # as the first set's "الحدود اليمنية"); s15 the international condemnation (adjective as the only
    # naming) -> ACCUSE disapprove; s16 Abbas criticising the US -> ACCUSE disapprove, and the US
    # condemnation statements it refers to -> ACCUSE disapprove (actor the US); s17 "نحمل الإدارة
    # الامريكية أيضا المسؤولية" -> ACCUSE allege (blame, first set); s26 "جريمة ضد الانسانية وجريمة حرب"
    # -> ACCUSE disapprove (actor implied); s28 the Israeli authorities intending to hold suspects of
    # political violence without trial -> COERCE arrest [F] (planned). Not coded: s2 (the s0 pledge
    # quoted), s6 "دعا عباس الاسرائيليين الى الاختيار بين السلام والإرهاب" (rhetorical call), s12 (the
    # killing restated in the Meretz leader's words), s19 (hope), s21-s24 (commentary), s26's victims'
    # condition (casualty detail of the s1 arson), s29 (the s28 measure restated; the habitual practice
    # against Palestinians), "في أعقاب الهجوم في قرية دوما" (time anchor).
    "snn-6e960ee56720": [
        ("AGREE", None, 0, "تعهد", "الرئيس الفلسطيني محمود عباس", "وفد من حزب ميرتس اليساري الاسرائيلي", None, ""),
        ("CONSULT", "visit", 0, "زاره", "وفد من حزب ميرتس اليساري الاسرائيلي", "الرئيس الفلسطيني محمود عباس", "رام الله", ""),
        ("ASSAULT", "primitive", 1, "أحرق", "مهاجمان يشتبه بأنهما يهوديان متطرفان", "رضيع فلسطيني يبلغ من العمر 18 شهرا", "قرية دوما", ""),
        ("THREATEN", None, 4, "سيكون لنا موقف مختلف", None, None, None, ""),
        ("CONSULT", "visit", 10, "جئت", "زعيمة حزب ميريتس زهافا جلئون", None, None, ""),
        ("ASSAULT", None, 14, "مواجهات", "الجيش الاسرائيلي والشبان الفلسطينيين", "فتى يبلغ من العمر 18 عاما", "الضفة الغربية", ""),
        ("ASSAULT", "firearms", 14, "برصاص", ("الجيش الاسرائيلي", 2), "فلسطيني اخر", None, ""),
        ("ACCUSE", "disapprove", 15, "استنكارات", "دولية", None, None, ""),
        ("ACCUSE", "disapprove", 16, "انتقد", "عباس", "الولايات المتحدة الامريكية", None, ""),
        ("ACCUSE", "disapprove", 16, "بيانات ادانة", "الولايات المتحدة الامريكية", None, None, ""),
        ("ACCUSE", "allege", 17, "نحمل الإدارة الامريكية أيضا المسؤولية", None, "الإدارة الامريكية", None, ""),
        ("ACCUSE", "disapprove", 26, "جريمة ضد الانسانية وجريمة حرب", None, None, None, ""),
        ("COERCE", "arrest", 28, "تعتزم احتجاز", "السلطات", "أي اسرائيلي يشتبه في أنه مارس العنف السياسي ضد الفلسطينيين", None, "F"),
    ],
    # Afghanistan: US drone strikes kill 56 Taliban and ISIS fighters. s0 the six strikes by US drones ->
    # ASSAULT, mode drone (PLOVER's mode for unmanned aerial vehicles; the earlier sets had no drone
    # strike), located in the Jurjuri area that the "حيث" clause names; s1 the strikes' targets (vehicles
    # carrying ISIS fighters; one strike on a Taliban meeting) -> two ASSAULT drone records (new targets);
    # s3 the UNAMA report holding the Taliban responsible for 70% of civilian casualties -> ACCUSE allege
    # (fifth set, same report); s5 the death threats to the first Afghan woman pilot from the Taliban and
    # relatives -> THREATEN violence + its content ASSAULT [F] (first/fourth sets); s9 the coalition's
    # earlier media promotion of her ("وكان ... قد", background) -> SUPPORT [H] (third set: promoting ->
    # SUPPORT). Not coded: the intermittent Taliban-ISIS clashes in the area ("تتواصل ... من حين لآخر",
    # habitual, in the "حيث" clause) and the two Pakistani commanders "كانا يديران معارك" (background),
    # s2 (casualty detail), s4 (tally), s6-s8 (the report on her, her dream), "بعد زوال حكم طالبان عام
    # 2001" (time anchor), s10 (standing description; the 2001 ouster in a concessive phrase and the
    # invasion in a relative clause, background as the fifth set's Munich operation).
    "snn-a3f8b6596419": [
        ("ASSAULT", "drone", 0, "ست غارات جوية", "طائرات أميركية بدون طيار", "56 مسلحاً من حركة طالبان وتنظيم داعش", "منطقة (جورجوري)", ""),
        ("ASSAULT", "drone", 1, ("استهدفت", 1), "الأميركية", "سيارات تقل مسلحين من داعش", None, ""),
        ("ASSAULT", "drone", 1, ("استهدفت", 2), None, "اجتماعاً لمسلحي طالبان", None, ""),
        ("ACCUSE", "allege", 3, "مسؤولة", "بعثة الأمم المتحدة بأفغانستان", "طالبان", None, ""),
        ("THREATEN", "violence", 5, "تهديدات بالقتل", "طالبان، وبعض أقاربها", "أول قائدة طائرات أفغانية تدعى نيلوفار رحماني", None, ""),
        ("ASSAULT", None, 5, "بالقتل", "طالبان، وبعض أقاربها", "أول قائدة طائرات أفغانية تدعى نيلوفار رحماني", None, "F"),
        ("SUPPORT", None, 9, "سوّق إعلامياً", "التحالف الدولي بأفغانستان", "رحماني", None, "H"),
    ],
    # Turkey: Anadolu reports 390 PKK fighters killed in two weeks of Turkish air strikes in northern
    # Iraq. s0 the strike campaign (the article's news, reported as a cumulative figure, as the fifth set's
    # Nineveh executions) -> ASSAULT aerial (adjective as the only naming of the actor); s2 Turkey's "war
    # on terror" launched on 24 July against the PKK and ISIS (two weeks before: recent) -> ASSAULT; s3
    # Turkey bombing ISIS only three times (new target; affirmative, not negated) -> ASSAULT aerial (the
    # strikes on the Kurds in the same sentence restate s0: not coded); s7 the attack in Midyat attributed
    # to the PKK, killing a policeman -> ASSAULT; s8 Demirtas calling on the government and the PKK to stop
    # the violence and start negotiations -> REQUEST yield (one record per actor/recipient pair) with the
    # requested acts RETREAT ceasefire [F] and CONSULT [F] (second set's rule for requested acts); s9 the
    # six killed in clashes between security forces and fighters in Silopi (described with parties, toll
    # and place inside "في أعقاب", as the first set's Pul-e Alam) -> ASSAULT, both sides as actor. Not
    # coded: s1 and s4 (figures restated), s5 (what the agency did not mention), s6 (the PKK's continued
    # attacks: general description with a tally "منذ", as the third set's Taliban offensive).
    "snn-8ea769d22e21": [
        ("ASSAULT", "aerial", 0, "الغارات الجوية", ("التركية", 2), "نحو 390 مقاتلا كرديا من حزب العمال الكردستاني", "شمال العراق", ""),
        ("ASSAULT", None, 2, "حربا على الإرهاب", "تركيا", "حزب العمال الكردستاني وتنظيم داعش", None, ""),
        ("ASSAULT", "aerial", 3, "تقصف", "تركيا", "التنظيم المتطرف", None, ""),
        ("ASSAULT", None, 7, "هجوما", "حزب العمال الكردستاني", "شرطي", "مدينة مديات", ""),
        ("REQUEST", "yield", 8, "دعا", "زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش", "الحكومة التركية وحزب العمال الكردستاني", None, ""),
        ("RETREAT", "ceasefire", 8, "وقف العنف", "الحكومة التركية وحزب العمال الكردستاني", None, None, "F"),
        ("CONSULT", None, 8, "بدء مفاوضات", "الحكومة التركية وحزب العمال الكردستاني", None, None, "F"),
        ("ASSAULT", None, 9, "مواجهات", "قوات الأمن ومقاتلين", "ستة أشخاص", "مدينة سيلبوبي", ""),
    ],
    # Al-Azhar condemns the bombing of the emergency forces' mosque in Abha (the day before). s0 the
    # condemnation -> ACCUSE disapprove, and the attack it condemns -> ASSAULT (method not stated: mode
    # null; casualties in the same sentence belong to it); s2 Al-Azhar's full solidarity with the King and
    # the Saudi people, "ووقوفه إلى جانبه" -> SUPPORT (third set: "تقف إلى جانب"); s3 Egypt's Mufti condemning
    # it -> ACCUSE disapprove, and the attack restated with a new actor ("مجرمون"), method (bombing) and toll
    # -> ASSAULT explosives (relative clause, but new content about the article's event). Not coded: s1
    # (religious statement; "يتوجب معه اجتماع قادة الأمة": necessity), the condemnation restated and the
    # condolences in s2, s4-s5 (religious commentary, habitual), s6 ("على ولاة أمور المسلمين التصدي":
    # necessity).
    "snn-d47c08f42e76": [
        ("ACCUSE", "disapprove", 0, "استنكاره الشديد", "الأزهر", None, None, ""),
        ("ASSAULT", None, 0, "للهجوم الإرهابي", None, "مسجد قوات الطوارئ", "منطقة أبها", ""),
        ("SUPPORT", None, 2, "تضامنه الكامل", "الأزهر", "خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود، والشعب السعودي الشقيق", None, ""),
        ("ACCUSE", "disapprove", 3, "أدان", "مفتي مصر، الدكتور شوقي علام", None, None, ""),
        ("ASSAULT", "explosives", 3, "بتفجير", "مجرمون", "مسجد لقوات الطوارئ", "مدينة أبها", ""),
    ],
    # Okaz column on the Ministry of Health's negligence scandals. Events it states as facts (second set's
    # rule for opinion columns), both in Ramadan (about a month before: recent): s1 social-media outrage
    # over the cockroaches at the King Fahd convalescence centre -> ACCUSE disapprove (PLOVER: protests
    # carried out in social media); the ministry blaming those charged with negligence -> ACCUSE allege,
    # dismissing them -> SANCTION (administrative penalties, mode null, as the second set's labour office
    # and the fifth set's UEFA) and warning that its punishment will reach the negligent -> THREATEN (first
    # set: the Interior Ministry's warnings); s4 the ministry's investigation of 25 health staff -> ACCUSE
    # investigate, and the penalties (dismissals, deductions, loss of allowances) -> SANCTION. Not coded:
    # the girl's body left in the hospital (negligence, not a deliberate act, as the second set's road
    # accident), the hospital report's account (s7), s5 (the penalties restated), the author's questions,
    # hopes and appeals (s9-s18).
    "snn-068d135f1088": [
        ("ACCUSE", "disapprove", 1, "مستنكرة", "مواقع التواصل الاجتماعي", None, None, ""),
        ("ACCUSE", "allege", 1, "اللوم", ("الوزارة", 2), "كل من طالته تهمة الإهمال", None, ""),
        ("SANCTION", None, 1, "الإعفاء", ("الوزارة", 2), "كل من طالته تهمة الإهمال", None, ""),
        ("THREATEN", None, 1, "نددت بأن عقابها سوف يطال", ("الوزارة", 2), ("المقصرين", 2), None, ""),
        ("ACCUSE", "investigate", 4, "بالتحقيق", "الوزارة", "25 كادرا صحيا", None, ""),
        ("SANCTION", None, 4, "العقوبات", "الوزارة", None, None, ""),
    ],
    # Israel seeks better relations with Turkey after the Iran deal. s2 delegates of both sides trying to
    # finalise a compensation agreement -> CONSULT (ongoing negotiation, as the fifth set's "تتحاور"), and
    # the killing of ten Turks by Israeli marines on the activists' ship in 2010 that it is about -> ASSAULT
    # [H] (third set: the crime behind a case); s5 Gold's "إيران نشطة في محاولة تقويض تركيا" -> ACCUSE allege
    # (speaker not named in the sentence) and "نأمل أن نتمكن من ايجاد طريق نتفق عليه" -> AGREE (expressed
    # willingness to reconcile, as the first set's "حريصة على تطوير علاقاتها"); s9 the ISIS-suspected
    # suicide bombing that killed 32 in a Turkish border town the day before -> ASSAULT suicide-attack (the
    # town is not named: location null); s11 Erdogan's criticism of Netanyahu in January -> ACCUSE
    # disapprove [H] and Netanyahu's attending the Paris solidarity march -> PROTEST demo [H] (the
    # motivating event; the Charlie Hebdo killings "بعد" a time anchor); s12 Lieberman calling Erdogan an
    # "anti-Semitic thug" -> ACCUSE disapprove [H]; s13 Gold's unannounced meeting with his Turkish
    # counterpart in Rome last month (recent) -> CONSULT (no host: mode null); s16 the headline repeat
    # "إسرائيل تتطلع لتحسين العلاقات مع تركيا" -> AGREE (headline repeats coded like any sentence). Not
    # coded: s0 (prediction), s1 and s10 (strained and deteriorating relations, the election setback, the
    # Gaza war as a cause), the Gaza blockade and the activists' attempt to break it (relative clause,
    # background of 2010), s3 (Gold's belief in efforts), s4 (threat assessment), s6 (declining to give
    # details), s7 ("لطالما عارض": habitual opposition), s8 (general), s14 "بعد اتفاق إيران" (time anchor).
    "snn-b928f5704fc8": [
        ("CONSULT", None, 2, "وضع اللمسات النهائية", "مندوبون من الجانبين", None, None, ""),
        ("ASSAULT", None, 2, "بقتل", "أفراد من مشاة البحرية الاسرائيلية", "عشرة أتراك", None, "H"),
        ("ACCUSE", "allege", 5, "نشطة في محاولة تقويض تركيا", None, "إيران", None, ""),
        ("AGREE", None, 5, "ايجاد طريق نتفق عليه", None, None, None, ""),
        ("ASSAULT", "suicide-attack", 9, "قتل", "مهاجم انتحاري", "32 شخصا", None, ""),
        ("ACCUSE", "disapprove", 11, "انتقد", "أردوغان", "رئيس الوزراء الاسرائيلي بنيامين نتنياهو", None, "H"),
        ("PROTEST", "demo", 11, "مسيرة تضامن", "رئيس الوزراء الاسرائيلي بنيامين نتنياهو", None, "باريس", "H"),
        ("ACCUSE", "disapprove", 12, "وصف", "وزير الخارجية الاسرائيلي آنذاك أفيجدور ليبرمان", "أردوغان", None, "H"),
        ("CONSULT", None, 13, "عقد اجتماعا", "جولد", "نظيره التركي فريدون سينيرلي اوغلو", "روما", ""),
        ("AGREE", None, 16, "تتطلع لتحسين العلاقات", "إسرائيل", "تركيا", None, ""),
    ],
    # Tunisia's parliament adopts articles of the anti-terror law providing the death penalty. Domestic
    # legislation (adoption of articles, the debate, the law's content, its expected final vote) is not a
    # PLOVER event (the fifth set left internal parliamentary business uncoded). Coded: s0 the NGOs'
    # criticism (inside "رغم") -> ACCUSE disapprove; s5 the calls of rights defenders, Amnesty and HRW to
    # abolish the death penalty -> REQUEST change (a named actor's demand for a concrete policy change;
    # the abolition itself has no PLOVER type and is not coded [F]); s6 and s9 the opponents' criticism of
    # the law -> ACCUSE disapprove; s7 "لم ينفذ أي حكم بالاعدام في تونس منذ 1991" -> ASSAULT targeted
    # (judicial executions, first set) negated + historical, as the first set's Oman "لم تقطع" since 2011
    # (N+H). Not coded: the moratorium in s0 (the same fact), the 135 executions since independence
    # (historical tally), s8 (the 2003 law "used to repress the opposition" in a relative clause,
    # background; the law's expected final adoption).
    "snn-012906cd4038": [
        ("ACCUSE", "disapprove", 0, "انتقادات", "منظمات غير حكومية", None, None, ""),
        ("REQUEST", "change", 5, "دعوات", "المدافعين عن حقوق الانسان ومنظمات غير حكومية بينها منظمة العفو الدولية وهيومن رايتس ووتش", None, None, ""),
        ("ACCUSE", "disapprove", 6, "ليس له اثر رادع", "معارضي مشروع القانون", None, None, ""),
        ("ASSAULT", "targeted", 7, "لم ينفذ أي حكم بالاعدام", None, None, "تونس", "NH"),
        ("ACCUSE", "disapprove", 9, "لا يحمي حقوق المشتبه بهم", "معارضي القانون الجديد", None, None, ""),
    ],
    # Chattanooga gunman. s0 the US investigators seeking his motive -> ACCUSE investigate (second set's
    # "المحققون يتساءلون عن دوافع"), his shooting at two military centres two days before -> ASSAULT
    # firearms, his being shot dead ("قبل أن يقتل هو بالرصاص", actor not named, victim only a pronoun) ->
    # ASSAULT firearms (second set: "يقتل بايدي الشرطة"). Not coded: s1 (the investigation's focus restated;
    # the police's "terrorism" characterisation, as the second set's "عمل ارهابي داخلي"; other attacks in
    # general), s2 (fears), s3 (his yearbook line four years ago: not a threat against anyone).
    "snn-16e221ef3020": [
        ("ACCUSE", "investigate", 0, "لتحديد السبب", "المحققون الأميركيون", "الشاب الأردني الكويتي المولد محمد يوسف عبد العزيز", None, ""),
        ("ASSAULT", "firearms", 0, "إطلاق النار", "الشاب الأردني الكويتي المولد محمد يوسف عبد العزيز", "مركزين عسكريين", "مدينة تشاتانوغا", ""),
        ("ASSAULT", "firearms", 0, "يقتل هو بالرصاص", None, None, None, ""),
    ],
    # Ukraine: the government accuses the separatists of the heaviest shelling in six months. s0 the
    # accusation -> ACCUSE allege and the shelling of its positions -> ASSAULT heavy-weapons (a concrete
    # attack, confirmed by the army in s1; as the fourth set coded the MH17 downing beside the accusations);
    # s1 400 separatists backed by tanks attacking government forces around Starohnativka -> ASSAULT
    # heavy-weapons (tanks); s4 the Ukrainian forces repelling the attack with artillery -> ASSAULT
    # heavy-weapons, and regaining the lost ground -> COERCE seize (first set: "استعاد"). Not coded: s2
    # (the attack restated), s3 (the shelling restated; the Debaltseve battle of February as a "منذ" anchor),
    # the government's standing control of Mariupol and the ground "التي خسرتها" (relative clauses).
    "snn-8ce198ee3232": [
        ("ACCUSE", "allege", 0, "اتهمت", "الحكومة الأوكرانية", "الانفصاليين الموالين لروسيا", None, ""),
        ("ASSAULT", "heavy-weapons", 0, "قصف مدفعي", "الانفصاليين الموالين لروسيا", "مواقعها", None, ""),
        ("ASSAULT", "heavy-weapons", 1, "هاجموا", "400 من الانفصاليين", ("القوات الحكومية", 1), "بلدة ستاروناتيفكا", ""),
        ("ASSAULT", "heavy-weapons", 4, "صدت الهجوم بالقصف المدفعي", "القوات الأوكرانية", None, None, ""),
        ("COERCE", "seize", 4, "استعادت", "القوات الأوكرانية", None, None, ""),
    ],
    # Bayanat (Mobily) and the Royal Commission for Yanbu review the smart-city project. s0 the company's
    # meeting with the head of the Royal Commission -> CONSULT (inter-agency/business meeting, mode null,
    # as the fourth set's Yanbu meeting; borderline, small); s4 "الشركة ملتزمة بتحقيق تطلعات القائمين على
    # المشروع" -> AGREE (a pledge, as the fifth set's airport delegation "وعدوا"); s5 the strategic
    # partnership agreement signed by the Royal Commission with Bayanat -> AGREE (signing with named
    # parties, no date: no flag). Not coded: s1 (the meeting's representatives), s2 (briefing; the planned
    # wholesale/retail sales agreement: commercial procurement, as the third set's CITC contracts), s3
    # (infrastructure works).
    "snn-ca1bbcd61af0": [
        ("CONSULT", None, 0, "اجتماعا", 'شركة "بيانات"', "رئيس الهيئة الملكية في مدينة ينبع الدكتور علاء نصيف", None, ""),
        ("AGREE", None, 4, "ملتزمة", "الشركة", "القائمين على المشروع", None, ""),
        ("AGREE", None, 5, "وقعت اتفاقية شراكة استراتيجية", "الهيئة الملكية في ينبع", "شركة بيانات الأولى لخدمات الشبكات", None, ""),
    ],
    # Yemen (Lahj, 24 July): coalition raids; the resistance takes Mount Munif; the ICRC. s0 the coalition's
    # intensified air strikes on Houthi/Saleh positions in Lahj -> ASSAULT aerial; s1 the strikes on al-Anad
    # air base and al-Husseini bridge (new targets) -> ASSAULT aerial; s2 the resistance taking Mount Munif
    # -> COERCE seize; s3 the resistance's earlier stated aims "لتحرير بقية المحافظات الجنوبية" and "لتحرير
    # قاعدة العند الجوية" -> COERCE seize [F] x2 (stated aims, different places; the liberation of Aden
    # "بعد أن حررت" a time anchor); s8 the ICRC's current transport of the wounded and dead in Aden and Taiz
    # -> AID (humanitarian help, second set); s9 the ICRC's announced determination to meet the population's
    # needs -> AID [F] (second set: "عزم ... تقديم" -> own type + F); s12 the UN's aid shipment delivered to
    # Aden on 21 July -> AID. Not coded: s4 (the Houthis' habitual use of the base), s5/s6/s11 (difficulties
    # and suffering described), s7 (the ICRC's general appeal to respect humanitarian law, no addressee),
    # the standing readiness and "على كل الأطراف أن تضمن" (necessity) in s8, s10 (staff figures).
    "snn-2f48d191b0d3": [
        ("ASSAULT", "aerial", 0, "غاراتها الجوية", "قوات التحالف بقيادة السعودية", "مواقع الحوثيين والقوات الموالية للرئيس المخلوع علي صالح", "مدينة لحج", ""),
        ("ASSAULT", "aerial", 1, "غاراتها", "طائرات التحالف", "قاعدة العند الجوية، وجسر الحسيني", None, ""),
        ("COERCE", "seize", 2, "سيطرت", "المقاومة الشعبية", None, 'جبل "منيف"', ""),
        ("COERCE", "seize", 3, ("لتحرير", 1), "المقاومة الشعبية", None, None, "F"),
        ("COERCE", "seize", 3, ("لتحرير", 2), "المقاومة الشعبية", None, "قاعدة العند الجوية", "F"),
        ("AID", None, 8, "لتسهيل نقل", "الصليب الأحمر", "الجرحى والقتلى", "عدن وتعز", ""),
        ("AID", None, 9, "تلبية حاجات", "اللجنة الدولية للصليب الأحمر", "السكان", "عدن", "F"),
        ("AID", None, 12, "تسليم شحنة من المساعدات الإنسانية", "الأمم المتحدة", None, "عدن", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
