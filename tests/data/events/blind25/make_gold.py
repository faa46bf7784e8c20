"""Build events-blind25.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-fifth events blind set; same layout and guidelines as the first
twenty-four sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind24.jsonl and their blind/ ..
blind24/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind25.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind25.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunction و are left out of a trigger where the word stands whole (the twentieth
# to twenty-fourth sets' rule: here "اطلاق نار" from "لاطلاق نار", "زيارة" from "بزيارة"/"في زيارة", "تنسيق" from
# "بتنسيق", "وقف خدمات" from "بوقف خدمات", "اعتقال" from "لاعتقال"); "قام" stands apart. In actors and places the
# fused ب/ل/ك is left out likewise ("عسير" from "بعسير", "حزب العمال" from "ولحزب العمال", "مديرية كريتر ..."
# from "كمديرية"), but kept where the article's alif is elided (the first set's rule: "للتفجير الانتحاري",
# "للطائرات الحربية التركية", "للقافلة العسكرية", "للقاهرة").
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates
# the headline (the twentieth to twenty-fourth sets; the first, tenth to fourteenth and seventeenth sets coded it
# like any sentence: the latest sets' decision is followed, see SOURCE-events-blind25.txt).
# The two reports of the AQIM ambush in Ain Defla (snn-9f8ec943649b, Al-Riyadh, and snn-6a7d47865a43, Al-Yaum) are
# one story drawn twice (the rule compares picks with each other only by the automatic 3-gram threshold, a known
# limit, as the eleventh, sixteenth and nineteenth sets' pairs); they are coded alike.
GOLD = {
    # Sabq (Reuters, Karachi): Pakistan to stop BlackBerry services "for security reasons" (Friday 24 July). s0 the
    # telecommunications authority saying that the government intends to stop BlackBerry's messaging services by
    # early December (a state cutting a communication service for security reasons -> COERCE censor, PLOVER
    # "censor, ban or restrict access to ... information", the sixteenth set's blocking of Twitter in Turkey;
    # intended, not yet done: [F]; "خدمات" stands with the trigger, the company as recipient); s2 the authority's
    # official: the PTA has issued directives to the local mobile companies to stop the services of BlackBerry from
    # 30 November (new content: the authority as actor, the directive and the date -> COERCE censor [F]; "هيئة
    # الاتصالات الباكستانية" second occurrence, the first being the official's employer; "بوقف": the fused ب left
    # out). Not coded: s1 (Pakistan's militant violence: general), s3 (the official's anonymity), s4 (BlackBerry not
    # reached for comment).
    "snn-53979053daab": [
        ("COERCE", "censor", 0, "وقف خدمات", "الحكومة", "بلاكبيري", None, "F"),
        ("COERCE", "censor", 2, "وقف خدمات", ("هيئة الاتصالات الباكستانية", 2), "شركة بلاكبيري", None, "F"),
    ],
    # Ain Al-Yaum: "Mash Donald's", Tehran's copy of McDonald's (a New York Times report, 3 August). Restaurants
    # imitating US fast food: commerce and society. Not coded: s1's street without "Death to America" chants and
    # burnt flags (the absence of a standing practice, no specific act denied), s3 the owner's refusal to give his
    # full name for fear of hardliners and trademark lawyers (a private person's caution), s5 (tags): none.
    "snn-04791086dcfa": [],
    # Al-Watan column: alternatives before freeing fuel prices (27 July). An opinion on fuel subsidies; the UAE's
    # decision to free fuel prices (s0) is economic policy inside one state, no PLOVER act between actors (the
    # fourteenth and twenty-second sets' economic measures): none.
    "snn-084e0b62a203": [],
    # Al-Watan: thirty days, and the education ministry is silent before the teachers' questions (26 July). s0-s1
    # the ministry's spokesman not answering the paper's questions for over a month despite its calls and messages
    # (a spokesman declining to comment: not coded, the twenty-fourth set's Turkish police spokesman), s2-s3 the
    # minister's lessons to his officials on dealing with the media (inside one government) and the paper's
    # opinion: none.
    "snn-6294a5ab71c2": [],
    # Al-Riyadh: four Yemenis killed in Houthi shelling of Taiz (Saturday 8 August; local sources). s0 the shelling
    # of residential districts of the city of Taiz by the Houthis and forces loyal to the former president Saleh, 4
    # civilians killed and 9 wounded (-> ASSAULT heavy-weapons, the twentieth, twenty-third and twenty-fourth sets'
    # decision for militias' shelling; its weapons, tanks and mortars, are named in s1); s1 the Houthis and Saleh's
    # forces shelling the areas of Bab Musa and al-Awadi with tanks and mortars (new content: the weapons and the
    # places -> ASSAULT heavy-weapons, PLOVER "tanks"; "الحوثيين وقوات صالح" first occurrence; the areas as the
    # place); s2 the Popular Resistance's announcement on Facebook of 40 Houthis killed and wounded in the clashes
    # between them on Friday (a claimed toll of named clashes -> ASSAULT, mode null, the claimant, a party, as actor,
    # the third, eleventh and twenty-second sets' claims; the day before: not historical). Not coded: s1's "يأتي ذلك
    # في الوقت الذي تخوض فيه المقاومة الشعبية مواجهات" (an anchor on the fighting on several fronts, a standing
    # state, its clashes reported in s2).
    "snn-32d9c6332094": [
        ("ASSAULT", "heavy-weapons", 0, "قصف شنه", "الحوثيون وقوات موالية للرئيس السابق علي صالح", "أحياء سكنية", "مدينة تعز", ""),
        ("ASSAULT", "heavy-weapons", 1, "قصفوا", ("الحوثيين وقوات صالح", 1), None, "منطقتي باب موسى والعواضي", ""),
        ("ASSAULT", None, 2, "المواجهات", "المقاومة الشعبية", "40 حوثياً", None, ""),
    ],
    # Asharq Al-Awsat sports: Zamalek's president Mortada Mansour announces his resignation after the league title
    # (Wednesday 29 July). Club business and sport are not coded (eighth, ninth and twelfth to twenty-fourth sets):
    # the club president's resignation (s0-s1; PLOVER RETREAT resign is for government officials), the board's
    # emergency meeting and the elections, his cancelling of the board's decision to strike three members (s2), his
    # earlier persuading of the general assembly (s3), his call on three board members to withdraw their
    # resignations (s4), the fans' celebrations (s5), the title (s6), the memory of the Air Defence stadium
    # stampede of February (s7: an accident, no ASSAULT). Coded: s3 the Ministry of Sports intervening and refusing
    # to approve the general assembly's decision to strike the three members (a government ministry's refusal to
    # approve a change in a body's institutions -> REJECT change, the twenty-third set's Majlis "رفض ... الموافقة";
    # a state body acting on a sports body, the nineteenth and twenty-second sets' federation and youth welfare
    # records; undated background before the title: historical, sixteenth to twenty-fourth sets).
    "snn-76e50fc37cd3": [
        ("REJECT", "change", 3, "ترفض اعتماد القرار", "وزارة الرياضة", None, None, "H"),
    ],
    # Al-Eqtisadiah: "they make lawful the blood of those who bow and prostrate": a photo report of the suicide
    # bombing of the Special Emergency Forces' mosque in Asir (Thursday 6 August; the Interior Ministry's statement
    # and its spokesman Maj-Gen. Mansour al-Turki). s0 the ministry announcing some 15 killed, students among them,
    # and about 7 wounded in a mosque of the emergency forces in the Asir region "in a cowardly suicide bombing"
    # (-> ASSAULT suicide-attack, the twentieth, twenty-first and twenty-fourth sets' "تفجير انتحاري"; actor not
    # named; the mosque as recipient and the region as the place, the ninth and sixteenth sets' records of the same
    # bombing); s2 the incident still followed up by the competent security bodies (-> ACCUSE investigate, the
    # sixteenth set's same words "محل متابعة") and the spokesman's assurance that no other emergency-forces
    # headquarters was subjected to an attempted terrorist bombing (an act stated not to have happened -> ASSAULT
    # explosives [N], the first set's "مستبعدا فرضية أن تكون المروحية هدفا لهجوم", the twenty-third set's
    # "تفجيرات" as explosives); s4 the ministry's toppling of cluster cells of 431 ISIS terrorists (arrests ->
    # COERCE arrest, the charges of planning and executing operations not coded apart (twenty-third set); "وكانت
    # ... قد تمكنت", undated background: historical); s7 the spokesman, in an earlier interview, saying that these
    # people targeted relatives of theirs in the past days (-> ASSAULT, mode null; "هولاء" stands for the named "أصحاب
    # هذا الفكر" of the sentence, kept as actor; recent: not historical); s8 those arrested linked to the recent
    # attacks on worshippers in the villages of al-Dalwah and al-Qadih (in a relative clause with its target and
    # places -> ASSAULT [H], undated background, mode null, the two villages in one phrase) and on two facilities-
    # security patrols and security patrols east of Riyadh (-> ASSAULT [H], another target and place) and the
    # security bodies still working to reach anyone linked to the group (an investigation under way -> ACCUSE
    # investigate, as s2); s12 the deviants' attack on the worshippers at Friday prayer in the Imam Hussein mosque in
    # al-Anoud in Dammam, 4 killed, claimed by ISIS (-> ASSAULT [H], 29 May, ten weeks before; the named perpetrators
    # as actor, the claim as such not coded; no method stated: mode null); s13 ISIS's bombing of the Imam Ali mosque
    # in al-Qadih by a suicide bomber in an explosive belt among the worshippers, 21 killed and 102 wounded (->
    # ASSAULT suicide-attack [H], 22 May; "تفجير" first occurrence; the mosque phrase with its town as the place).
    # Not coded: s1 (the spokesman's statement restating the s0 bombing with the headquarters and its men, no new
    # actor, method or named place), s2's human remains "believed" to come from explosive belts (the method restated,
    # s0 "انتحاري"), s3 (ISIS's plans and the repeated attacks on Eastern Province mosques: a series), s5 and s11
    # (captions), s6 (ISIS's use of social networks: a standing practice; the arrested without records), s7's
    # speculation that the cells planned to target Sunni mosques (not ruled out: speculation), s8's link of the
    # arrested to the attacks (the charge accompanying the arrests, not coded apart), s12's claim.
    "snn-a66f4e932072": [
        ("ASSAULT", "suicide-attack", 0, "تفجير انتحاري", None, "مسجد تابع لقوات الطوارئ", "منطقة عسير", ""),
        ("ACCUSE", "investigate", 2, "محل متابعة", "الجهات الأمنية المختصة", None, None, ""),
        ("ASSAULT", "explosives", 2, "محاولة تفجير إرهابي", None, "أي مقر آخر لقوات الطوارئ الخاصة", None, "N"),
        ("COERCE", "arrest", 4, "الإطاحة", "وزارة الداخلية", "خلايا عنقودية تتكون من 431 إرهابيا", None, "H"),
        ("ASSAULT", None, 7, "استهدفوا", "أصحاب هذا الفكر", "أقارب لهم", None, ""),
        ("ASSAULT", None, 8, "استهدفت", None, "المصلين", "قريتي الدالوه والقديح", "H"),
        ("ASSAULT", None, 8, "استهداف", None, "دوريتين لأمن المنشآت ودوريات الأمن", "شرقي مدينة الرياض", "H"),
        ("ACCUSE", "investigate", 8, "تعمل للوصول", "الجهات الأمنية", "أي شخص يرتبط بعلاقة مع هذه المجموعة", None, ""),
        ("ASSAULT", None, 12, "استهدفوا", "أصحاب الأفكار الضالة", ("المصلين", 1), "جامع الإمام الحسين في حي العنود في مدينة الدمام", "H"),
        ("ASSAULT", "suicide-attack", 13, ("تفجير", 1), "التنظيم الإرهابي", "المصلين", "مسجد الإمام علي في بلدة القديح التابعة لمحافظة القطيف", "H"),
    ],
    # Al-Riyadh: 260 Kurdish rebels killed in a week of Turkish air strikes (Saturday 1 August; Anadolu, witnesses).
    # s0 Anadolu: some 260 PKK fighters killed and hundreds wounded in a week of Turkish air strikes on rebel bases
    # (the strike campaign reported as a cumulative figure, the article's news -> ASSAULT aerial, as the sixth set's
    # lead of the same Anadolu series "390 ... خلال أسبوعين من الغارات الجوية التركية", the adjective as the only
    # naming of the actor, "التركية" second occurrence; the twenty-fourth set's "tallies" are tolls of attacks coded
    # elsewhere in the article); s2 the Turkish authorities seeing in Nureddin Demirtas's joining the PKK a further
    # sign of "collusion" between the PKK and the pro-Kurdish HDP (a charge against named parties -> ACCUSE
    # allege); s3 witnesses: eight civilians killed and seven wounded in the Turkish warplanes' bombing of the
    # Qandil mountain areas in northern Iraq (-> ASSAULT aerial; "للطائرات الحربية التركية" kept whole, the article's
    # alif elided, the first set's rule). Not coded: s1 (the HDP leader's brother among the
    # wounded: a detail of the toll), s2's joining of the rebels (no PLOVER act), s4 (the Zarkali resident's account:
    # the s3 raid restated with its time, "تلك المنطقة" anaphoric; Zarkali is his village).
    "snn-60372fa42256": [
        ("ASSAULT", "aerial", 0, "الغارات الجوية", ("التركية", 2), "نحو 260 مقاتلا كرديا من حزب العمال الكردستاني", None, ""),
        ("ACCUSE", "allege", 2, "التواطؤ", "السلطات التركية", "حزب العمال الكردستاني وحزب الشعوب الديموقراطي المؤيد للاكراد", None, ""),
        ("ASSAULT", "aerial", 3, "قصف", "للطائرات الحربية التركية", "ثمانية مدنيين", "مناطق جبل قنديل بشمال العراق", ""),
    ],
    # Al-Weeam: the French foreign minister arrives in Iran for talks (Wednesday 29 July; IRNA). s0 Laurent Fabius
    # arriving in Tehran on a one-day visit during which he meets President Rouhani (-> CONSULT visit, visitor as
    # actor and host as recipient, one record for the visit and its meeting); s1 the historic nuclear agreement
    # reached between the world powers and Tehran (inside "بعد", with its parties, reported nowhere else as an act
    # -> AGREE, the twenty-third set's OPEC survey and the twenty-fourth set's Obama report; 14 July, about two
    # weeks before: not historical); s2 Fabius scheduled to meet also his Iranian counterpart Zarif, the industry
    # minister and the head of the environment department (planned meetings of the visit -> CONSULT visit [F], the
    # nineteenth to twenty-fourth sets' planned meetings; the three hosts in one phrase). Not coded: s1's "أول وزير
    # خارجية فرنسي يزور ايران في 12 عاما" (the visit restated) and the agreement's terms (its content), s3 (his
    # expectation to talk about "all issues": the visit's talks restated), s4 (the link line).
    "snn-65ccd6cfd8b9": [
        ("CONSULT", "visit", 0, "زيارة", "وزير الخارجية الفرنسي لوران فابيوس", "الرئيس الايراني حسن روحاني", "طهران", ""),
        ("AGREE", None, 1, "التوصل الى اتفاق نووي تاريخي", "القوى العالمية وطهران", None, None, ""),
        ("CONSULT", "visit", 2, "يلتقي", "فابيوس", "نظيره الايراني محمد جواد ظريف ووزير الصناعة محمد رضا نعمت زادة ومعصومة ابتكار رئيسة ادارة حماية البيئة", None, "F"),
    ],
    # Al-Watan: three Turkish soldiers killed in a PKK attack (Thursday 30 July; the army's statement). s0 PKK members
    # opening fire on a military convoy in Sirnak province, three soldiers killed (-> ASSAULT firearms); s2 the PKK
    # members' ambush of the convoy on a road in the Akcay area of Sirnak (new content: the method and the place ->
    # ASSAULT, mode null as the third and twelfth sets' "كمين"; "للقافلة العسكرية" kept whole, the article's alif
    # elided); s3 a "terrorist" killed in the clashes (another
    # victim, the fighting that followed -> ASSAULT, mode null; passive, actor null; the drones, helicopters and
    # commandos sent to the scene are the army's response inside the same fighting, not coded apart: PLOVER
    # "MOBILIZE in the context of an ASSAULT"); s4 Turkey's launching of an air campaign against ISIS sites in
    # Syria and the PKK in northern Iraq (inside "بعدما", with its actor, targets and places, reported nowhere else
    # -> ASSAULT aerial, two records, one per target and place, the twenty-fourth set's one record per place; 24
    # July: not historical; "ولحزب العمال": the fused ل left out); s5 the ceasefire agreement reached between the
    # Turkish authorities and the PKK in 2013 (-> AGREE [H], the seventeenth set's "تم التوصل إلى هدنة"). Not coded:
    # s1 (the army's statement restating the attack), s2's security operation of the convoy (a standing task), s4's
    # "سلسة هجمات" and s5's attacks of the past week attributed to Kurdish militants (a series).
    "snn-c2475e85f3fc": [
        ("ASSAULT", "firearms", 0, "فتح", "عناصر من حزب العمال الكردستاني", "قافلة عسكرية", "محافظة شرناق", ""),
        ("ASSAULT", None, 2, "نصبوا كمينا", "عناصر من حزب العمال", "للقافلة العسكرية", "منطقة اكتشاي في ولاية شرناق", ""),
        ("ASSAULT", None, 3, "الاشتباكات", None, "إرهابيا", None, ""),
        ("ASSAULT", "aerial", 4, "حملة جوية", "تركيا", "مواقع لتنظيم داعش", "سورية", ""),
        ("ASSAULT", "aerial", 4, "حملة جوية", "تركيا", "حزب العمال", "شمال العراق", ""),
        ("AGREE", None, 5, "اتفاق لوقف إطلاق نار", "السلطات التركية وحزب العمال", None, None, "H"),
    ],
    # Al-Weeam: Sheikh Mohammed al-Mukhtar al-Shinqiti's speech on the bombing of the emergency-forces mosque (8
    # August). s0 the sheikh condemning the heinous crime of Thursday in the emergency forces' mosque in Asir
    # (condemnation -> ACCUSE disapprove, recipient null when the attack is the object, the sixth, eleventh,
    # thirteenth and eighteenth sets' reactions to the same bombing) and the crime itself, described in the sentence
    # (-> ASSAULT, mode null: no method in the sentence, the thirteenth and eighteenth sets' rule; the mosque as
    # recipient and "عسير" (from "بعسير") as the place, the eleventh set's "مسجد الطوارئ"/"عسير"). Not coded: s1-s4
    # (his words: the four sanctities violated, the victims' martyrdom, the sayings of the extremists: the same
    # speaker's condemnation continued, one record per speaker), s5 (his call to piety and unity: a general
    # appeal), s6 (the link line).
    "snn-5d025fb54dcd": [
        ("ACCUSE", "disapprove", 0, "استنكر", "فضيلة الشيخ، محمد بن محمد المختار الشنقيطي", None, None, ""),
        ("ASSAULT", None, 0, "الجريمة البشعة", None, "مسجد قوات الطوارئ", "عسير", ""),
    ],
    # Al-Eqtisadiah: Saudis gather a million denunciations on Twitter (7 August). s0 Saudi society on social media
    # showing its condemnation of the suicide bombing of the emergency forces' mosque in the Asir region, 10 security
    # men and 3 workers killed (protests carried out in social media -> ACCUSE disapprove, PLOVER; "المجتمع السعودي"
    # second occurrence) and the bombing described with its method, target and place (-> ASSAULT suicide-attack;
    # "للتفجير الانتحاري" kept whole, the article's alif elided, eighteenth set's "للحادث"); s3 Sheikh Saud
    # al-Shuraim's tweet (-> ACCUSE disapprove, one record per speaker; "غرد" second occurrence, the first being
    # inside "المغردين") and the foreign minister Adel al-Jubeir's tweet on the hashtag (-> ACCUSE disapprove); s4
    # Dr. Tariq al-Habib's comment (-> ACCUSE disapprove) and Dr. Abdulrahman al-Ashmawi's poem on the hashtag
    # commenting on the incident (a public condemnation in verse -> ACCUSE disapprove, the twenty-first set's
    # al-Shuraim poem). Not coded: s1 (the accounts standing united against the bombing: the s0 condemnation
    # restated), s2 (the hashtag and its million tweeters: the s0 condemnation restated with its figure and tags),
    # s3's al-Jubeir "لن يزيد المملكة إلا حزما وعزما في جهودها لمكافحة الإرهاب" (a general statement of policy, the
    # thirteenth set's "ستمضي") and al-Shuraim's Abu Lu'lu'a (an ancient allusion), s5-s10 (the verses).
    "snn-1ae1cd584270": [
        ("ACCUSE", "disapprove", 0, "إدانته", ("المجتمع السعودي", 2), None, None, ""),
        ("ASSAULT", "suicide-attack", 0, "للتفجير الانتحاري", None, "مسجد قوات الطوارئ", "منطقة عسير", ""),
        ("ACCUSE", "disapprove", 3, ("غرد", 2), "الشيخ سعود الشريم إمام وخطيب المسجد الحرام", None, None, ""),
        ("ACCUSE", "disapprove", 3, "تفاعل", "عادل الجبير وزير الخارجية السعودي", None, None, ""),
        ("ACCUSE", "disapprove", 4, ("علق", 1), "الدكتور طارق الحبيب بروفيسور واستشاري الأمراض النفسية", None, None, ""),
        ("ACCUSE", "disapprove", 4, "تفاعل", "الدكتور عبدالرحمن العشماوي", None, None, ""),
    ],
    # Ain Al-Yaum: how Prince Khaled Al Saud answered Heikal's statements against Saudi Arabia (24 July; his tweets).
    # s1 the prince attacking the Egyptian writer Mohamed Hassanein Heikal for his recent statements (criticism of a
    # named person -> ACCUSE disapprove); s5 the prince denouncing the disappearance of some "national pens" from the
    # hashtag (criticism of another target -> ACCUSE disapprove); s14 his comment on al-Maliki's calls: "where is the
    # ICC from the savage genocide crimes of this sectarian butcher against the Sunnis of Iraq?" (a charge against a
    # named person -> ACCUSE allege, the alleged crimes not coded) and the calls of the Iraqi vice-president Nouri
    # al-Maliki to place Saudi Arabia under international tutelage (a call for a change of a state's government ->
    # REQUEST change, PLOVER "changes in ... government"; no addressee named: recipient null; the occasion of the
    # comment, recent: not historical; the tutelage asked for has no PLOVER type of its own); s17 Heikal attacking
    # Saudi Arabia and the Gulf states as "backward states" in his interview with al-Safir (-> ACCUSE disapprove;
    # "هيكل" first occurrence; his "recent" statements of s1: not historical). Not coded: s0 (the byline), s2 (his
    # tweets: the s1 criticism continued, with his reproach of those who give weight to such words), s10 (his
    # answer to them), s11 and s13 (the prince linking Heikal's attack and al-Maliki's calls: both restated), s16
    # (the same charge continued, with his reproach of the human-rights organisations), s18 (tags).
    "snn-f6bb20e525ef": [
        ("ACCUSE", "disapprove", 1, "هاجم", "الأمير خالد آل سعود", "الكاتب المصري محمد حسنين هيكل", None, ""),
        ("ACCUSE", "disapprove", 5, "استنكر", "الأمير خالد", "بعض الاقلام الوطنية", None, ""),
        ("ACCUSE", "allege", 14, "جرائم الإبادة الوحشية", "خالد آل سعود", "نائب رئيس الجمهورية العراقية، نوري المالكي", None, ""),
        ("REQUEST", "change", 14, "دعوات", "نائب رئيس الجمهورية العراقية، نوري المالكي", None, None, ""),
        ("ACCUSE", "disapprove", 17, "هاجم", ("هيكل", 1), "السعودية ودول الخليج", None, ""),
    ],
    # Al-Riyadh: Algeria: nine soldiers killed and two wounded in an armed attack (the Defence Ministry's statement of
    # Tuesday 21 July on the ambush of Friday 17 July; coded alike with the Al-Yaum report snn-6a7d47865a43). s0 the
    # ministry confirming nine soldiers killed and two wounded after coming under fire in Ain Defla province (->
    # ASSAULT firearms, "لاطلاق نار": the fused ل left out; actor not named); s1 the ministry's statement: during a
    # search and sweep operation in Jebel Louh, Souk El Atteuf, an army detachment came under fire from a terrorist
    # group (new content: the attackers and the place -> ASSAULT firearms) and the sweep itself (a military search
    # operation with its actor and place, inside "خلال", reported nowhere else -> COERCE seize, PLOVER "execute
    # search", the fourth and nineteenth sets' "تمشيط"); s3 al-Qaeda's claim of the killing of 14 soldiers (a
    # claimed attack -> ASSAULT with the claimant as actor, the claim as such not coded); s4 AQIM: its members killed
    # 14 soldiers in an ambush they set for a group of soldiers (new content: the method -> ASSAULT, mode null;
    # "التنظيم" named subject kept for "عناصره"), the attackers seizing weapons and ammunition (-> COERCE seize, the
    # fourteenth and twentieth sets' "غنموا") and withdrawing safely (-> RETREAT withdraw, the fourth and
    # twenty-first sets' attackers fleeing); s5 the area encircled at once (a cordon -> COERCE restrict, PLOVER
    # "cordoning off areas") and a wide sweep and pursuit of the criminals started (-> COERCE seize, the twelfth
    # set's "باشرت فورا الملاحقات"; passive: actor null); s6 the ministry: such criminal acts will only increase the
    # army's resolve to pursue the remnants of these criminals and eliminate them (a vow to go on fighting a named
    # enemy -> THREATEN violence, thirteenth, fifteenth and twenty-second to twenty-fourth sets). Not coded: s2 (the
    # date and hour of the incident), s5's discovery and destruction of the hideouts (the sweep's aims), s6's
    # unannounced toll of the attackers and the "painful blows" of recent months (a series).
    "snn-9f8ec943649b": [
        ("ASSAULT", "firearms", 0, "اطلاق نار", None, "تسعة من جنود الجيش", "ولاية عين الدفلى", ""),
        ("COERCE", "seize", 1, "عملية بحث وتمشيط", "مفرزة للجيش الوطني الشعبي", None, "منطقة جبل اللوح بسوق العطاف بولاية عين الدفلى", ""),
        ("ASSAULT", "firearms", 1, "إطلاق نار", "مجموعة إرهابية", "مفرزة للجيش الوطني الشعبي", "منطقة جبل اللوح بسوق العطاف بولاية عين الدفلى", ""),
        ("ASSAULT", None, 3, "مقتل", "تنظيم القاعدة", "14 جنديا", None, ""),
        ("ASSAULT", None, 4, "كمين نصبوه", "التنظيم", "مجموعة من عساكر", None, ""),
        ("COERCE", "seize", 4, "غنموا", "المهاجمين", "اسلحة وذخائر", None, ""),
        ("RETREAT", "withdraw", 4, "انسحبوا سالمين", "المهاجمين", None, None, ""),
        ("COERCE", "restrict", 5, "تطويق المنطقة", None, None, None, ""),
        ("COERCE", "seize", 5, "عملية تمشيط واسعة ومطاردة", None, "هؤلاء المجرمين", None, ""),
        ("THREATEN", "violence", 6, "عزيمة وإصرارا", "وزارة الدفاع", "فلول هؤلاء المجرمين", None, ""),
    ],
    # Al-Eqtisadiah (Reuters): Rouhani: the nuclear agreement a new page in history (Thursday 23 July, a speech to a
    # medical conference). s0 Rouhani continuing his defence of the agreement, historic and "more valuable" than the
    # domestic debate (defending a deal -> SUPPORT, the first and twenty-fourth sets) and the agreement under attack
    # from the conservatives (criticism by a named camp -> ACCUSE disapprove, the eighth set's "تعرضت
    # لانتقادات" and the seventeenth set's "يواجه انتقادات"; in a relative clause, reported nowhere else). Not coded: s1 (his question on cheering the
    # negotiating team: the same defence continued), s2 (the new page opened by his election in 2013, the Iranians'
    # wish to end the sanctions and for moderation: his assessment; the election no PLOVER act).
    "snn-8fbe837c9e90": [
        ("SUPPORT", None, 0, "دفاعه", "الرئيس الإيراني حسن روحاني", "الاتفاق النووي", None, ""),
        ("ACCUSE", "disapprove", 0, "يتعرض للهجوم", "المحافظين", "الاتفاق النووي", None, ""),
    ],
    # Ain Al-Yaum culture: the Gulf drama "Dhakira min Waraq" on MBC in Ramadan (the writer, the director, the
    # shooting in Berlin): television (the twenty-third set's Awraq al-Tut): none.
    "snn-00ac4a7088df": [],
    # Al-Watan: Hezbollah loses 25 members in al-Zabadani (8 August; Lebanese sources to the paper). s0 the party's
    # members lost in the battles with the gunmen in the Syrian town of al-Zabadani (the battles, inside "خلال", with
    # their parties and place, reported nowhere else -> ASSAULT, mode null, the tenth and eleventh sets' Zabadani
    # fighting; "حزب الله اللبناني" the named side, the gunmen as recipient; recent: not historical); s3 families of
    # the soldiers going to party officials to learn their sons' fate (a meeting of named sides -> CONSULT, mode null;
    # the officials' reassurances are its content); s4 (one "وكان" sentence, undated background: historical, the
    # sixteenth to twenty-fourth sets' rule) some 185 fighters fleeing the fronts (-> RETREAT withdraw, the
    # twenty-first set's deserters of the same front) and refusing to go on fighting (-> REJECT, mode null, the
    # fifteenth set's "رفضوا الانصياع"), the party's leadership sending envoys to arrest the deserters (the arrest
    # sought, not carried out -> COERCE arrest [F][H], the twenty-first set's "أرادوا اعتقال"; "لاعتقال": the fused ل
    # left out), and their families refusing the measures (-> REJECT), taking up their arms (-> MOBILIZE militia,
    # twenty-first set) and threatening to kill the envoys (-> THREATEN violence). Not coded: s0's 25 missing (no
    # act: their fate unknown), s1 (the source's speculation: dead or kidnapped), s2 (the leadership's instructions to
    # its field commanders: inside one organisation; the "kidnapped" a hypothesis), s3's stated wish of many
    # families for their sons' return (a general attitude), s4's fear of a "phenomenon" (speculation) and the top
    # leadership's intervention to calm things (inside the party, twenty-first set).
    "snn-4f1645be3b9f": [
        ("ASSAULT", None, 0, "المعارك", "حزب الله اللبناني", "المسلحين", "بلدة الزبداني السورية", ""),
        ("CONSULT", None, 3, "راجعوا", "عددا من أهالي هؤلاء الجنود", "مسؤولين في الحزب", None, ""),
        ("RETREAT", "withdraw", 4, "هربوا", "قرابة 185 من مقاتلي الحزب", None, None, "H"),
        ("REJECT", None, 4, "رفضوا الاستمرار في المواجهات", "قرابة 185 من مقاتلي الحزب", None, None, "H"),
        ("COERCE", "arrest", 4, "اعتقال", "قيادة الحزب", "الهاربين", None, "FH"),
        ("REJECT", None, 4, "رفضوا تلك الإجراءات", "ذويهم", None, None, "H"),
        ("MOBILIZE", "militia", 4, "حملوا أسلحتهم", "ذويهم", None, None, "H"),
        ("THREATEN", "violence", 4, "هددوا", "ذويهم", "المناديب", None, "H"),
    ],
    # Al-Riyadh: a Yemeni presidential source: UAE forces secure Aden airport (3-4 August; Dr. Mohammed Ali Marem,
    # director of President Hadi's office). s0 a UAE battalion arriving in Aden to secure its airport beside the
    # Yemeni forces, helping the Yemeni army to control the airport and to operate sensitive equipment (military
    # assistance with personnel -> AID, PLOVER "military and police assistance including arms and personnel", one
    # record for the arrival and the help; "عدن" first occurrence); s1 the UAE forces having carried out no ground
    # landing (an act stated not to have happened -> MOBILIZE troops [N]) and their deployment coordinated with the
    # coalition and the Yemeni forces (military coordination -> COOPERATE, the first set's "التنسيق"; the named
    # subject "القوات الإماراتية" kept; "بتنسيق": the fused ب left out); s2 the agreement reached with Jordan to
    # receive large numbers of the wounded in its hospitals (-> AGREE, passive: actor null; the content of the
    # agreement not coded apart, first set); s5 Marem: "we discussed with the authority" the return of the displaced
    # (a meeting of two bodies -> CONSULT, mode null, the twenty-third set's Aden meeting; the sentence is cut after
    # "د." so that it begins with "مارم") and the terrible shelling of the districts of Crater, al-Tawahi, Khor
    # Maksar and al-Mualla by the Houthi-Saleh forces (-> ASSAULT heavy-weapons [H], the twenty-third set's Houthi
    # shelling of Aden, March-July, undated; "كمديرية": the fused ك left out; the houses destroyed are the shelling's
    # damage, not a destroy record). Not coded: s0's "السيطرة على مطار عدن" (securing a held airport), s1's role
    # restated and "جميع العمليات ... يسير بتنظيم" (general), s2's airport repairs and the civil flights expected in
    # two days, s3 (services improving; the front advanced beyond al-Anad, an advance, and "ستتجه إلى زنجبار", a
    # prediction), s4 (the question), s5's displaced and returnees (no act; "لم يتم قصف منازلهم" the shelling
    # restated).
    "snn-72e823460f1c": [
        ("AID", None, 0, "وصلت", "كتيبة عسكرية إماراتية", "القوات اليمنية العسكرية", ("عدن", 1), ""),
        ("MOBILIZE", "troops", 1, "عملية إنزال بري", "القوات الإماراتية", None, None, "N"),
        ("COOPERATE", None, 1, "تنسيق", "القوات الإماراتية", "قوى التحالف والقوى اليمنية", None, ""),
        ("AGREE", None, 2, "تم الاتفاق", None, "مملكة الأردن", None, ""),
        ("CONSULT", None, 5, "ناقشنا", "مارم", "السلطة", None, ""),
        ("ASSAULT", "heavy-weapons", 5, "قصف شنيع", "قوات الحوثي وصالح", None, "مديرية كريتر والتواهي وخورمكسر والمعلا", "H"),
    ],
    # Al-Yaum: AQIM claims the killing of 14 Algerian soldiers in an ambush (its statement of Saturday 18 July on the
    # ambush of Friday 17 July; coded alike with the Al-Riyadh report snn-9f8ec943649b). s0 AQIM claiming the
    # killing of 14 soldiers in an ambush it set in Ain Defla province (a claimed attack -> ASSAULT with the claimant
    # as actor, mode null as the third and twelfth sets' "كمين"); s1 its statement: the attackers seized weapons and
    # ammunition (-> COERCE seize) and withdrew safely (-> RETREAT withdraw) (its killing of 14 in an ambush "on the
    # evening of Eid": the s0 attack restated with its time, not coded again); s2 al-Khabar: 11 soldiers killed on
    # Friday night in an ambush set by a "terrorist group" 150 km south-west of Algiers (new content: another source's
    # attackers and toll -> ASSAULT, mode null; the distance a vague place); s7 al-Khabar's military sources: a
    # military convoy on its way to the Tifrane barracks for Eid surprised by the terrorists' ambush, clashes and an
    # exchange of fire, 11 soldiers killed at once (new content: the target and the method -> ASSAULT firearms, the
    # twenty-fourth set's "تبادل لاطلاق النار"; one record for the ambush and its exchange of fire; "بكمين": the fused
    # ب left out; Tifrane is the convoy's destination, not the ambush's place: location null); s8 the terrorist group
    # fleeing into the forest (-> RETREAT withdraw, new actor, the newspaper's account) and the army forces pursuing
    # it (-> COERCE seize, the twelfth set's "الملاحقات"); s13 the Algerian army's killing of 25 Islamists near
    # Bouira at the end of May (-> ASSAULT [H], about seven weeks before; "قرب البويرة" a vague place: null). Not
    # coded: s3 (the statement's motive: revenge for "our brothers" killed, undated and without actor, and the reply
    # to the chief of staff's claim that the mujahideen were eradicated: a statement, no act), s4-s6 (dots), s9-s11
    # (Ain Defla's past and the attacks in other regions: standing and series), s12 (the half-year tally).
    "snn-6a7d47865a43": [
        ("ASSAULT", None, 0, "كمين نصبه", "تنظيم القاعدة في بلاد المغرب", "14 جنديًا جزائريًا", "ولاية عين الدفلى", ""),
        ("COERCE", "seize", 1, "غنموا", "المهاجمين", "اسلحة وذخائر", None, ""),
        ("RETREAT", "withdraw", 1, "انسحبوا سالمين", "المهاجمين", None, None, ""),
        ("ASSAULT", None, 2, "كمين نصبته", "مجموعة ارهابية", "11 عسكريًا جزائريًا", None, ""),
        ("ASSAULT", "firearms", 7, "كمين", "الإرهابيون", "موكبًا عسكريًا", None, ""),
        ("RETREAT", "withdraw", 8, "الفرار", "الجماعة الارهابية", None, None, ""),
        ("COERCE", "seize", 8, "ملاحقتها", "قوات الجيش", None, None, ""),
        ("ASSAULT", None, 13, "قتل", "الجيش الجزائري", "25 اسلاميًا", None, "H"),
    ],
    # Al-Jazirah: a US official: the Gulf states matter to America even as US oil output grows (Amos Hochstein, the
    # State Department's special envoy for international energy affairs, to Egyptian journalists in Cairo, 1
    # August). s1 his "we want the Iranian side to implement what the agreement says" (a demand on a named party to
    # comply -> REQUEST change, the first set's "يجب على إيران تغيير سياستها" written as a demand, not a necessity
    # statement; the speaker not named in the sentence: actor null, twenty-third and twenty-fourth sets); s3 his
    # visit to Cairo (-> CONSULT visit; the named subject "منسق شئون الطاقة الدولية الأمريكي" kept; "للقاهرة" kept
    # whole, the article's alif elided) before the Egyptian-American strategic dialogue is held (a planned meeting inside "قبل", with
    # its parties as adjectives (the first set's adjective rule), reported nowhere else -> CONSULT [F], mode null).
    # Not coded: s0 (the Gulf's importance; the US secretary of state's visits to the Gulf states: a series; the
    # relations "stronger than before": an assessment), s1's gradual lifting of sanctions and purchase of Iranian
    # oil after implementation (the agreement's terms and a prediction), s2 (his belief about markets), s3's meeting
    # with the journalists (a press briefing) and the Egyptian-American energy cooperation (standing), s4 (US aid and
    # companies' efforts in Egypt's energy sector: standing and general).
    "snn-30416eb159c0": [
        ("REQUEST", "change", 1, "نريد", None, "الجانب الإيراني", None, ""),
        ("CONSULT", "visit", 3, "زيارة", "منسق شئون الطاقة الدولية الأمريكي", None, "للقاهرة", ""),
        ("CONSULT", None, 3, "عقد الحوار الاستراتيجي", "المصري الأمريكي", None, None, "F"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
