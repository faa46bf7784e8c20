"""Build events-blind20.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twentieth events blind set; same layout and guidelines as the first
nineteen sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind19.jsonl and their blind/ ..
blind19/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind20.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind20.jsonl")

# The Taiz report writes the place "جولة القصر" in Arabic presentation forms (U+FExx); the span is written
# with escapes so that it matches the text exactly.
JAWLAT_AL_QASR = "\ufe9f\ufeee\ufedf\ufe94 \u0627\ufedf\ufed8\ufebc\ufeae"


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Riyadh: the actress Demi Moore's shock and sorrow at the drowning of a young man (21) in the pool of
    # her house in Los Angeles during a party held in her absence (the body found by the authorities, the
    # police on the accident, her statement and condolences): an accident, not a political event; the
    # condolences are not coded (fourth/sixth to nineteenth sets); the police "ruling out a criminal act" is a
    # finding on an accident, no act denied or discussed (fourth/fourteenth sets' negations concern an event
    # named in the text): none.
    "snn-92fe682da156": [],
    # Al-Yaum: the ministry of justice certified 41,389 documents in its branches in 1436 H, 15,962 in the
    # Eastern Province (the statistical report, the new certification system, the branches' powers): an
    # administrative report; the delegation of powers to its own branches is internal: none.
    "snn-e9fa81b5ae6d": [],
    # Ain Alyoum: Morocco's only refinery (Samir, Mohammedia) to stop production for financial difficulties
    # (the two crude cargoes, the imports, the 600 million dollars raised from international institutions in
    # April, the new distillation unit of 2012): company business and financing (second to nineteenth sets'
    # contracts and business not coded): none.
    "snn-c6612c9cd7cc": [],
    # Al-Madina: the draw of the 2018 World Cup qualifiers in St Petersburg today with Putin and Blatter. s1
    # the anchor "منذ فضيحة الفساد «فيفاغيت»" describes with its own actors, place and date (27 May, about two
    # months before: historical, the five-week rule of the sixteenth to nineteenth sets) events reported
    # nowhere else in the article (the anchor rule): the corruption scandal that the US judiciary exploded in
    # Zurich (the US charges -> ACCUSE allege [H]; "بزيوريخ": the fused ب left out), the several arrests of
    # FIFA members and partners that followed (-> COERCE arrest [H]; no arresting party named: actor null) and
    # the independent investigation opened by the Swiss judiciary into the award of the 2018 and 2022 World
    # Cups (-> ACCUSE investigate [H], PLOVER "all investigations"). Not coded: s0 (the draw ceremony and the
    # dignitaries attending it), s1's Blatter arriving in St Petersburg and s3 Valcke arriving in Russia
    # (travel of sports officials to a sports ceremony, no host or meeting reported: sports business, nineteenth
    # set's Super Cup trip), s2 (Blatter's planned speech at the ceremony), s4-s5 (the draw's participants and
    # rules).
    "snn-4b28af1f847f": [
        ("ACCUSE", "allege", 1, "فجرها", "القضاء الأمريكي", None, "زيوريخ", "H"),
        ("COERCE", "arrest", 1, "اعتقالات عدة", None, "أعضاء وشركاء للفيفا", None, "H"),
        ("ACCUSE", "investigate", 1, "فتح تحقيق مستقل", "القضاء السويسري", None, None, "H"),
    ],
    # Al-Watan column ""وطنية" مشكوكٌ فيها" (22 July). Columns: events stated as facts are coded, opinions,
    # characterisations and undated generalisations are not (fourteenth/seventeenth to nineteenth sets). s21
    # the Kuwaiti MP Abdulhamid Dashti claiming, "these days", that he faces a Zionist plot that found its
    # quarry in "a racist handful" of his compatriots (an informal charge against a named group, stated as a
    # current act -> ACCUSE allege; "يدعي" second occurrence inside the trigger); s24 his boast of having met
    # "the hero Bashar al-Assad" (a past meeting, undated and recalled as the background of the present
    # controversy -> CONSULT [H], mode null: talks outside a visit, twelfth to nineteenth sets), his visit to
    # the father of Imad Mughniyeh (the act behind the present controversy and the speaker's reaction: current
    # -> CONSULT visit) and Mughniyeh described as "المتهم" of the attempt on the late Emir Jaber al-Ahmad and
    # the hijacking of the Jabriya plane (the epithet charge, agentless -> ACCUSE allege [H], fourth/ninth sets'
    # "متهمة"/"متهم"; the alleged acts are the charge's content and not coded apart, thirteenth to nineteenth
    # sets); s26 the speaker of the Kuwaiti parliament Marzouq al-Ghanim on Twitter: "the conduct of MP Dashti
    # is rejected, irresponsible and provocative" (-> ACCUSE disapprove; PLOVER: protests carried out in social
    # media). Not coded: s0-s20 (the writer's reflections on patriotism; s11-s15 and s18 are undated
    # generalisations about Iraq, Syria, Egypt, Libya and the Gulf, "الذي يقتل شعبه" a characterisation; the
    # lone "." and "!" sentences), s21's self-praise ("الأكثر وطنيةً"), s24's "الذي قتل شعبه وحفظ أمن
    # الصهاينة" (characterisation), s26's "لا يصب في اتجاه تعزيز الوحدة الوطنية" (part of the same
    # criticism), s27-s28 (the writer's coda).
    "snn-d56f6773aa05": [
        ("ACCUSE", "allege", 21, "ويدعي بأنه يواجه مخططاً صهيونياً", "النائب الكويتي عبدالحميد دشتي", "حفنة عنصرية من أبناء وطنه وأمته", None, ""),
        ("CONSULT", None, 24, "اللقاء", "دشتي", "بشار الأسد", None, "H"),
        ("CONSULT", "visit", 24, "زار", "دشتي", "والد عماد مغنية", None, ""),
        ("ACCUSE", "allege", 24, "المتهم", None, "عماد مغنية القيادي في حزب الله", None, "H"),
        ("ACCUSE", "disapprove", 26, "مرفوض وغير مسؤول واستفزازي", "رئيس البرلمان الكويتي مرزوق الغانم", "النائب دشتي", None, ""),
    ],
    # Al-Watan: the Taiz rebels besiege Jabal al-Arous and near the axis command (4 August). s0 the rebels'
    # violent clashes with the Houthi rebel forces around the strategic Jabal al-Arous, 22 putschists killed (->
    # ASSAULT, clashes: mode null; the advancing side as actor; the toll belongs to the record; "محيط" vague,
    # the mountain as the place) and those forces "المدعومة من فلول الرئيس المخلوع" (support of a fighting side
    # by a distinct force in the reported battle -> AID, fourteenth set's "مدعمة" and thirteenth set's "بدعم",
    # the latest sets' decision, see SOURCE); s1 the clashes in the town of Mujarin in the Mashraa and Hadnan
    # district (a new place -> ASSAULT, no side named: actor null); s2 the rebels burning two tanks and three
    # military vehicles (intentional destruction, method not stated -> ASSAULT destroy, PLOVER residual mode,
    # twelfth set's "لتدمير"); s5 the Houthis pushing more reinforcements into Sabr al-Mawadem (-> MOBILIZE
    # militia, third/twelfth sets' Houthi reinforcements); s6 the resistance's advance on Taiz airport
    # "مدعومة بوحدات عسكرية" (-> AID, as in s0; the advance itself not coded, eighth/fifteenth sets) and its
    # cutting of the putschists' supply lines from al-Hawban (-> COERCE restrict, second set's "لقطع طرق
    # إمداد"; the named subject kept as actor of "أعلنت أنها تمكنت"); s7 the positions recovered in front of
    # the provincial police directorate (-> COERCE seize; the subject implied: actor null; the directorate is
    # an anaphoric landmark: location null) and the intensive attack begun on the axis command (-> ASSAULT,
    # actor null); s8 the special operation of the Popular Resistance's men on a military crew at Jawlat
    # al-Qasr near the special security forces' camp, four killed (-> ASSAULT, method not stated; the place
    # written in presentation forms, see JAWLAT_AL_QASR); s9 the resistance and army men seizing a B-10 gun,
    # 14 rifles, five rockets and ammunition (-> COERCE seize, fourteenth set's "غنمتها" with the weapons as
    # recipient); s10 the putschists' heavy shelling of the al-Rawda, Usayfira and Jawlat al-Kahraba
    # districts with heavy weapons (-> ASSAULT heavy-weapons). Not coded: s0's "واصل ... تقدمهم" and s3/s6's
    # advances towards the airport (advances, eighth/fifteenth sets), s3-s4 (the resistance's statement on the
    # tolls of two weeks of battles in Mashraa and Hadnan: tallies of a series), s5's "في محاولة لمنع تقدم"
    # (the purpose of the reinforcements), s7's "اقترابهم" (an advance).
    "snn-37b3b2313fb1": [
        ("ASSAULT", None, 0, "اشتباكات عنيفة", "ثوار تعز", "قوات التمرد الحوثي", "جبل العروس", ""),
        ("AID", None, 0, "المدعومة", "فلول الرئيس المخلوع علي صالح", "قوات التمرد الحوثي", None, ""),
        ("ASSAULT", None, 1, "المواجهات", None, None, "بلدة موجرين بمديرية مشرعة وحدنان", ""),
        ("ASSAULT", "destroy", 2, "حرق", "الثوار", "دبابتين وثلاثة أطقم عسكرية", None, ""),
        ("MOBILIZE", "militia", 5, "دفع الحوثيون بمزيد من التعزيزات", "الحوثيون", None, "منطقة صبر الموادم", ""),
        ("AID", None, 6, "مدعومة بوحدات عسكرية", "وحدات عسكرية", "المقاومة الشعبية", None, ""),
        ("COERCE", "restrict", 6, "قطع خطوط إمدادات", "المقاومة الشعبية", "الانقلابيين", "منطقة الحُوبان", ""),
        ("COERCE", "seize", 7, "استردت", None, None, None, ""),
        ("ASSAULT", None, 7, "مهاجمتها", None, "قيادة المحور", None, ""),
        ("ASSAULT", None, 8, "عملية نوعية", "رجال المقاومة الشعبية", "طاقما عسكريا", JAWLAT_AL_QASR, ""),
        ("COERCE", "seize", 9, "غنموا", "رجال المقاومة والجيش", "مدفع بي 10، و 14 بندقية كلاشنكوف، وخمسة صواريخ لو، والعديد من الذخائر", None, ""),
        ("ASSAULT", "heavy-weapons", 10, "قصف عنيف", "الانقلابيين", None, "أحياء الروضة وعصيفرة وجولة الكهرباء", ""),
    ],
    # Asharq Al-Awsat: Messi's and Neymar's pains fade in Barcelona's shirt (the Copa America, the 3-0 win over
    # Roma in the Gamper trophy, the Spanish papers, the coming Super Cup): sport; s2's "الاشتباكات" between
    # Neymar and the Colombian players at the Copa America is an on-pitch incident of a match (sport, not a
    # political or criminal event; twelfth to nineteenth sets' sports news): none.
    "snn-d25fdf8098ae": [],
    # Al-Riyadh: 409 Palestinians dead of torture in the Assad regime's prisons (the Action Group for the
    # Palestinians of Syria, 9 August; third set: the Group's statements coded as reports). s1 the death of a
    # number of Palestinians under torture in the prisons of Bashar al-Assad's regime "in the last hours" (a
    # specific current report -> ASSAULT torture, PLOVER mode; the regime as perpetrator; the prisons unnamed:
    # location null); s4 the activists: the regime's warplanes dropped barrel bombs on civilian neighbourhoods
    # of the Daraa camp today (-> ASSAULT aerial, tenth/fourteenth sets' barrel bombs; "مخيم درعا" as the third
    # set wrote the camp). Not coded: s0 (the rising toll of the regime's "attacks and practices": a tally of a
    # series), s1's 409 victims and the 935 detainees the regime "continues" to hold (a tally and a standing
    # detention, sixth to nineteenth sets' series), s2 (the child's death "جراء الحصار" with the Yarmouk toll:
    # the siege as the cause in a tally, without actor, as the third set's tallies; the third set coded a
    # standing siege with its actor named), s3 (the documented deaths of 63 children: a tally), s5 (the
    # standing shelling of the Daraa camp since the war began, its toll and destruction: a series).
    "snn-a715464d45c4": [
        ("ASSAULT", "torture", 1, ("التعذيب", 1), "نظام بشار الأسد", "عدد من الفلسطينيين", None, ""),
        ("ASSAULT", "aerial", 4, "ألقت عدد من البراميل المتفجرة", "الطائرات الحربية التابعة لنظام الأسد", "أحياء المدنيين", "مخيم درعا", ""),
    ],
    # Al-Eqtisadiah: Ettifaq's club election (10 August; sources of the club, the candidate Hatem al-Mishal).
    # The dispute is coded where a government body or the candidates' camps act (nineteenth set's Syriza votes
    # as the acts of a party's organs; the twelfth set's federation committees; not the club's own internal
    # meetings, nineteenth set): s0 the meeting of the president of Youth Welfare, Prince Abdullah bin Musaed,
    # with the two candidates Abdulaziz al-Dosari and Khalid al-Dabal (inside "بعد اجتماعه", with its
    # participants; restated only as an anchor in s6 -> CONSULT, mode null, talks outside a visit) and the two
    # candidates' approval of the procedure before the exception statement (-> AGREE; "منهما" refers to the
    # named candidates, kept); s1 the Dosari camp demanding that the earlier registration be cancelled and
    # reopened (-> REQUEST change: a change of procedure) and the "New Ettifaq" group under al-Dabal approving
    # that step (-> AGREE); s2 the Dosari camp's statements casting doubt on the election mechanism (a
    # criticism by a named party -> ACCUSE disapprove; "بمعسكر": the fused ب left out). Not coded: s0's
    # sources calling the talk of irregularities rumours (a denial of irregularities, no event denied;
    # sixteenth set: a denial is coded as the denied act negated), the presidency's statement and its exception
    # (a regulatory decision, no PLOVER type), s1's reopening of registration and the new fees (agentless
    # implementation), s3 (the sources' prediction of al-Dosari's withdrawal), s4-s5 (readiness and resolve),
    # s6's refusal to discuss the irregularities (declining to comment, second set), the conditional "فسنكون
    # له من الداعمين" (a campaign platitude, implied subject) and the statement restated.
    "snn-24bdc0aa122c": [
        ("CONSULT", None, 0, "اجتماعه", "الأمير عبد الله بن مساعد", "عبد العزيز الدوسري وخالد الدبل المرشحين لرئاسة النادي", None, ""),
        ("AGREE", None, 0, "تمت الموافقة منهما", "عبد العزيز الدوسري وخالد الدبل المرشحين لرئاسة النادي", None, None, ""),
        ("REQUEST", "change", 1, "طالبوا", "المحسوبين على المرشح الدوسري", None, None, ""),
        ("AGREE", None, 1, "وافقت", "مجموعة الاتفاق الجديد برئاسة الدبل", None, None, ""),
        ("ACCUSE", "disapprove", 2, "التشكيك في آلية الانتخابات", "معسكر الدوسري", None, None, ""),
    ],
    # Okaz editorial "الاستعراض الكاذب" (22 July). s0 Kerry saying he knows no explanation for the supreme
    # leader's hard-line speech (a comment, no PLOVER act), s2 Khamenei telling his supporters last Saturday
    # that US policy differs from Iran's by 180 degrees and that the nuclear agreement will not change Tehran's
    # policy towards Washington (a statement of stance; the sixteenth set left the same content of the same
    # speech uncoded, and the nineteenth set coded only its threatening hints and its promise of support,
    # absent here), s3-s5 (the writer's characterisations: "دعاية مكشوفة", the US "ماضية في تحسين علاقاتها",
    # the Obama administration's defence of the deal and "الهجوم العلني على أمريكا" as undated
    # generalisations), s0's "بعد توقيع الاتفاق" (a bare anchor), s1 (a lone "."): none.
    "snn-0616b0c14a36": [],
    # Al-Weeam: the Turkish army shells ISIS positions after fire from them killed a Turkish soldier (Thursday
    # 23 July, NTV). s0 the army's retaliatory shelling of ISIS positions in Syria (-> ASSAULT heavy-weapons,
    # ground shelling as the tenth/fourteenth sets; "بقصف": the fused ب left out) and the fire from those
    # positions that killed a Turkish soldier (inside "بعد", with its party and victim -> ASSAULT firearms,
    # PLOVER "rifles ... light machine guns", fifteenth/eighteenth sets' "إطلاق النار"; the named party of the
    # sentence as actor of "منها"); s2 the same day's shelling by Turkish tanks (new content: the firing party
    # and weapon -> ASSAULT heavy-weapons, nineteenth set's Damascus shells s7/s8) and the earlier fire that
    # killed the soldier in Kilis (new content: the place -> ASSAULT firearms); s3 the suicide bombing three days
    # before in Suruc targeting young leftist activists supporting the Kurdish cause, 32 killed (inside "بعد ...
    # على", with its target and place, the bare s1 anchor restated with content -> ASSAULT suicide-attack; three
    # days before: not historical, fifteenth/eighteenth sets' Suruc); s4 Kobani destroyed by fierce battles that
    # ended with the victory of the Syrian Kurdish militias over ISIS (a recalled war with its parties and place
    # in a relative clause, reported nowhere else -> ASSAULT [H], mode null, nineteenth set's rule for recalled
    # wars; the victors as actor, ISIS "التنظيم" as recipient; months before). Not coded: s1 (the exchange of
    # fire restated; the bare anchor of the Suruc bombing), s4's gathering for the reconstruction (its victims'
    # purpose), s5 (the link line).
    "snn-63cdc68d1ac9": [
        ("ASSAULT", "heavy-weapons", 0, "قصف", "الجيش التركي", "مواقع تنظيم داعش", "سوريا", ""),
        ("ASSAULT", "firearms", 0, "إطلاق نار", "تنظيم داعش", "جندي تركي", None, ""),
        ("ASSAULT", "heavy-weapons", 2, "قصفت", "دبابات تركية", "مواقع داعش", "سوريا", ""),
        ("ASSAULT", "firearms", 2, "إطلاق نيران", "داعش", "جندي تركي", "كيليس", ""),
        ("ASSAULT", "suicide-attack", 3, "هجوم انتحاري", None, "مجموعة ناشطين شباب من اليسار من أنصار القضية الكردية", "سوروتش", ""),
        ("ASSAULT", None, 4, "معارك ضارية", "الميليشيات الكردية السورية", "التنظيم", "بلدة عين العرب (كوباني)", "H"),
    ],
    # Al-Eqtisadiah: the Syrian Observatory: the head of the National Defence media centre in Damascus and Sham
    # FM correspondent Thaer al-Ajlani killed (Monday 27 July). s0 the killing (-> ASSAULT, mode null, actor not
    # named; "بمقتل": the fused ب left out; "بدمشق" is part of his title: location null); s1 al-Ajlani killed
    # with three regime soldiers, two of them officers, when they were targeted in the Jobar district of the
    # Damascus governorate (new content: the place and the co-victims -> ASSAULT, nineteenth set's Caucasus
    # s0/s1); s2 the shelling and clashes in Jobar since the morning between the regime forces backed by the
    # National Defence Forces and Hezbollah and the Islamist factions and the Nusra Front (-> ASSAULT, both
    # sides in one phrase as actor, tenth/fourteenth sets; shelling and clashes in one phrase: one record, mode
    # null) and the regime forces "المدعمة" by the NDF and Hezbollah (-> AID, fourteenth set's same phrase).
    # Not coded: s3 (a closing quote), s4 (al-Ajlani's habit of accompanying the forces).
    "snn-c9934a92d77c": [
        ("ASSAULT", None, 0, "مقتل", None, "رئيس مركز الإعلام في الدفاع الوطني بدمشق ومراسل شام اف ام ثائر العجلاني", None, ""),
        ("ASSAULT", None, 1, "استهدافهم", None, "العجلاني", "حي جوبر بمحافظة دمشق", ""),
        ("ASSAULT", None, 2, "قصفاً واشتباكات", "قوات النظام المدعمة بقوات الدفاع الوطني وحزب الله اللبناني من جهة، والفصائل الإسلامية وجبهة النصرة (تنظيم القاعدة في بلاد الشام)", None, "حي جوبر", ""),
        ("AID", None, 2, "المدعمة", "قوات الدفاع الوطني وحزب الله اللبناني", "قوات النظام", None, ""),
    ],
    # Al-Jazirah: HRW condemns the rebels' shelling of Aden; the Popular Resistance takes parts of al-Houta
    # (Thursday 30 July). s0 HRW condemning the rebels' shelling of residential areas of Aden (-> ACCUSE
    # disapprove; the condemned shelling is the charge's content, not coded apart, thirteenth to nineteenth
    # sets); s2 the deadliest attack: mortar fire that killed dozens of civilians in Dar Saad on 19 July (a
    # specific dated incident, not itself in dispute, nineteenth set's rule for the specific undisputed acts
    # in a report -> ASSAULT heavy-weapons, mortars; no party named in the sentence: actor null; twelve days
    # before: not historical); s3 HRW visiting four areas of Aden where civilians were targeted and finding the
    # traces of mortar and rocket blasts (a field investigation -> ACCUSE investigate, PLOVER "all
    # investigations ... human rights abuses", fourth set's fact-finding committee); s5 Yemeni sources: the
    # Popular Resistance controls parts of al-Houta, capital of Lahj (-> COERCE seize; "بسيطرة": the fused ب
    # left out); s6 violent clashes now between the Houthis and Saleh's forces on one side and the resistance
    # on the other (-> ASSAULT, both sides in one phrase; its entry into al-Houta and the positions taken
    # restate s5); s8 the resistance tightening its control on Wednesday over al-Mahalla and al-Jalajil, four
    # kilometres from al-Houta (-> COERCE seize; the day before yesterday: not historical; "و الجلاجل" with its
    # space as written); s9 the Aden spokesman Ali Said al-Ahmadi: the northern area of Aden fully cleansed
    # (a completed clearing reported as new -> COERCE seize, no party named: actor null; nineteenth set's
    # "تمشيط"), and, awaiting the decisive battle in al-Madina al-Khadra and al-Fayoush, the move on al-Houta and
    # al-Anad base to follow (the spokesman's stated plan: the battle -> ASSAULT [F], thirteenth set's
    # "لاقتحام المدينتين" [F], the move -> MOBILIZE militia [F], first set's "للتحرك" [F]; the resistance,
    # named in the sentence, as actor; "للحوطة" kept whole, the article's alif elided). Not coded: s1 (HRW's
    # statement: the charge restated with its details), s4 (Solvang: the Houthi leaders "must realise" they may
    # face trial for war crimes: a necessity clause and a possible prosecution by others, the s0 charge
    # restated), s7 (the toll of the s6 clashes).
    "snn-b58c5638915d": [
        ("ACCUSE", "disapprove", 0, "دانت", "منظمة هيومن رايتس ووتش", "المتمردين", None, ""),
        ("ASSAULT", "heavy-weapons", 2, "قتلت نيران الهاون", None, "عشرات من المدنيين", "منطقة دار سعد", ""),
        ("ACCUSE", "investigate", 3, "زارت اربع مناطق", "المنظمة", None, "عدن", ""),
        ("COERCE", "seize", 5, "سيطرة", "المقاومة الشعبية", None, "مدينة الحوطة", ""),
        ("ASSAULT", None, 6, "اشتباكات عنيفة", "الحوثيين والقوات الموالية للرئيس اليمني السابق علي صالح من جهة والمقاومة الشعبية", None, "الحوطة", ""),
        ("COERCE", "seize", 8, "أحكمت سيطرتها", "المقاومة الشعبية", None, "منطقة المحلة و الجلاجل", ""),
        ("COERCE", "seize", 9, "أصبحت مطهرة", None, None, "المنطقة الشمالية لعدن", ""),
        ("ASSAULT", None, 9, "المعركة الفاصلة", "المقاومة الشعبية", None, "المدينة الخضراء والفيوش", "F"),
        ("MOBILIZE", "militia", 9, "التوجه", "المقاومة الشعبية", None, "للحوطة وقاعدة العند", "F"),
    ],
    # Asharq Al-Awsat: the Iranian nuclear negotiator Abbas Araghchi: any decisions after the agreement's term
    # are "not credible" (Wednesday 22 July). s0 his statement that Iran will not accept any extension of the
    # nuclear sanctions beyond ten years (a declared refusal -> REJECT, mode null: the extension of sanctions
    # fits no REJECT mode; declared now: not flagged, nineteenth set's declared conditional readiness; the
    # named speaker kept for "بلاده", eighteenth/nineteenth sets); s1 the agreement Iran concluded with the
    # great powers in Vienna on 14 July (a relative clause with its parties and place -> AGREE, once per
    # article, seventeenth set's same agreement; eight days before: not historical; "ايران" second occurrence,
    # the first inside "الايراني"); s2 the Security Council's resolution of Monday endorsing the agreement (an
    # IGO's approval of an agreement between others -> SUPPORT, seventeenth set's same resolution; in a
    # relative clause with its actor, reported nowhere else); s6 the six powers and the EU informing UN
    # Secretary-General Ban Ki-moon of their intention to work on a mechanism for reimposing sanctions (a
    # written communication to a named recipient -> CONSULT phone, PLOVER "phone or some other remote
    # medium", fourteenth/eighteenth/nineteenth sets; the two parties in one phrase with the list of the six;
    # the intention is the message's content). Not coded: s1's "any attempt ... would be a violation" and s8
    # (conditional characterisations, Araghchi's stance restated), s3 (the powers' standing suspicion and
    # Tehran's answer), s4-s5 (the resolution's content), s7 (his reading of the resolution).
    "snn-d81af286a142": [
        ("REJECT", None, 0, "لن تقبل", "المفاوض النووي الايراني عباس عراقجي", None, None, ""),
        ("AGREE", None, 1, "أبرمته", ("ايران", 2), "القوى الكبرى", "فيينا", ""),
        ("SUPPORT", None, 2, "صدق", "مجلس الأمن التابع للامم المتحدة", "الاتفاق", None, ""),
        ("CONSULT", "phone", 6, "أبلغت", "القوى العالمية الست المعروفة باسم خمسة زائد واحد - وهي الولايات المتحدة وبريطانيا وفرنسا وروسيا والصين وألمانيا - والاتحاد الاوروبي", "بان كي مون الامين العام للامم المتحدة", None, ""),
    ],
    # Al-Weeam: Israel: 20 years in prison for stone-throwers (Reuters, 21 July). s0 the Knesset approving the
    # harsher penalty (a legislative approval -> AGREE, tenth/twelfth/fourteenth/sixteenth sets; the sixth set
    # left a law's adoption uncoded, the later sets' decision followed) and a Palestinian official describing
    # the step as racist and excessive (-> ACCUSE disapprove; the step as object: recipient null, sixth set);
    # s1 the bill tabled after a series of Palestinian protests in East Jerusalem last year (inside "عقب", with
    # its party and place -> PROTEST demo [H]; "الفلسطينية" the adjective standing for the party, as the
    # nineteenth set's "الاسرائيلية"); s4 the first Palestinian intifada against the Israeli occupation in the
    # late 1980s (a recalled uprising with its party and adversary inside "منذ", reported nowhere else ->
    # PROTEST [H], mode null; this set's extension of the nineteenth set's rule for recalled wars); s8 the
    # Prisoners' Club head Qaddoura Fares: the new law is "racist" (the s0 criticism with its speaker named:
    # new content -> ACCUSE disapprove); s14 the Gaza war of 2014 (a war named with its place, "حرب غزة" ->
    # ASSAULT [H], mode null; nineteenth set: a war is not coded only when it has neither actor nor place); s15
    # the demonstrators throwing stones at the Jerusalem light rail during the protests (new content: method
    # and target -> ASSAULT primitive [H], PLOVER "rocks"; nineteenth set's car attacks of the same autumn).
    # Not coded: s1's vote restated with its figures, s2-s3 (the justice minister's statement: a justification
    # of the law, no act), s4's "عادة ما تتحول المواجهات" (habitual), s5 (the rights groups' undated
    # criticism of Israel's force: a series), s6-s7 and s12-s13 (the law's content, the prosecution's practice,
    # the indictments a year), s9-s11 (Fares's quotations restating the s8 criticism), s14's demonstrations
    # restated, the "escalating demands" (a series without actor) and the burning to death of a Palestinian
    # youth (inside "بعد", with neither actor nor place: the anchor rule), s16 (the bill's original sponsor:
    # domestic legislative procedure), s17 (the link line).
    "snn-7997b9f1a710": [
        ("AGREE", None, 0, "وافق", "البرلمان الاسرائيلي (الكنيست)", None, None, ""),
        ("ACCUSE", "disapprove", 0, "وصفها", "مسؤول فلسطيني", None, None, ""),
        ("PROTEST", "demo", 1, "سلسلة من الاحتجاجات الفلسطينية", "الفلسطينية", None, "القدس الشرقية", "H"),
        ("PROTEST", None, 4, "الانتفاضة الفلسطينية الاولى", ("الفلسطينية", 2), "الاحتلال الاسرائيلي", None, "H"),
        ("ACCUSE", "disapprove", 8, "عنصري", "قدورة فارس رئيس نادي الاسير", None, None, ""),
        ("ASSAULT", None, 14, "حرب", None, None, "غزة", "H"),
        ("ASSAULT", "primitive", 15, "يلقون حجارة", "المتظاهرون", "قطار القدس الخفيف", None, "H"),
    ],
    # Al-Jazirah: wounded in a blast in Hama city; regime forces advance in the Ghab plain (the Observatory,
    # 8-9 August). Observatory reports coded clause by clause as the tenth/fourteenth sets. s1 (one long
    # sentence): the continuing violent clashes around al-Mashik, al-Bahsa and the outskirts of al-Mansoura in
    # the Ghab plain between the regime forces with their loyal village gunmen, foreign gunmen and Hezbollah
    # and the opposition (-> ASSAULT, both sides in one phrase, fourteenth set) and the regime forces "المدعمة"
    # by those gunmen and Hezbollah (-> AID, fourteenth set); the continuing air bombardment of the clash areas
    # (-> ASSAULT aerial, actor null, "مناطق الاشتباك" anaphoric: location null, fourteenth set's "قصف جوي
    # عنيف"); the regime forces' control of large parts of al-Bahsa and al-Mashik (-> COERCE seize; "لقوات":
    # the fused ل left out, "قوات النظام" second occurrence); the opposition factions hitting a regime machine
    # gun in al-Ziyara with a guided missile (-> ASSAULT heavy-weapons, PLOVER "rocket launchers") and
    # disabling a regime vehicle with a guided missile in al-Mansoura (-> ASSAULT heavy-weapons; "بلدة المنصورة
    # بسهل الغاب" second occurrence); the helicopters' two barrel bombs on al-Latamneh (-> ASSAULT aerial,
    # fourteenth set's barrel bombs) and the regime forces' shelling of places in "the town" after them (ground
    # shelling -> heavy-weapons, anaphoric place: null); the helicopters' heavy bombardment of seven Ghab
    # villages (-> ASSAULT aerial) with the regime forces' shelling of three Ghab villages (-> heavy-weapons,
    # a second list of villages); the clashes of the regime forces and their gunmen with ISIS on the
    # al-Mufakkar front east of Hama (-> ASSAULT, both sides as actor); the IED on a motorcycle in the
    # al-Sharia district of Hama city, more than eight wounded (-> ASSAULT explosives). s2 (the Observatory):
    # the helicopter and warplane bombardment with barrel bombs and rockets of four further villages and the
    # Zeizoun power station (-> ASSAULT aerial) and the helicopters' barrel bombs on al-Zakah yesterday morning
    # (-> ASSAULT aerial; "الطيران المروحي" second occurrence). Not coded: s0 (the photo caption; the blast is
    # coded in s1), s1's mutual shelling "بين الطرفين" (the two-sided fighting of the clash record, the same
    # parties), the air and regime bombardment of the al-Mufakkar clash areas (no place or party apart from the
    # sentence's earlier air and regime bombardment records: one record per sentence, type, actor, recipient
    # and place), the casualty notes, s2's clashes and "المدعمة" restated.
    "snn-e84fec0867d6": [
        ("ASSAULT", None, 1, "الاشتباكات العنيفة", "قوات النظام المدعمة بمسلحين قرويين موالين لها ومسلحين آخرين موالين لها من جنسيات سورية وعربية وآسيوية وعناصر حزب الله اللبناني من طرف، والمعارضة", None, "قريتي المشيك والبحصة وأطراف بلدة المنصورة بسهل الغاب", ""),
        ("AID", None, 1, "المدعمة", "مسلحين قرويين موالين لها ومسلحين آخرين موالين لها من جنسيات سورية وعربية وآسيوية وعناصر حزب الله اللبناني", ("قوات النظام", 1), None, ""),
        ("ASSAULT", "aerial", 1, "القصف الجوي", None, None, None, ""),
        ("COERCE", "seize", 1, "سيطرتها", ("قوات النظام", 2), None, "قريتي البحصة والمشيك", ""),
        ("ASSAULT", "heavy-weapons", 1, "استهدفت الفصائل المعارضة بصاروخ موجه", ("الفصائل المعارضة", 1), "مدفعاً رشاشاً لقوات النظام", "بلدة الزيارة", ""),
        ("ASSAULT", "heavy-weapons", 1, "أعطبت", ("الفصائل المعارضة", 2), "آلية لقوات النظام", ("بلدة المنصورة بسهل الغاب", 2), ""),
        ("ASSAULT", "aerial", 1, "ألقى", ("الطيران المروحي", 1), None, "بلدة اللطامنة", ""),
        ("ASSAULT", "heavy-weapons", 1, ("قصف", 3), ("قوات النظام", 6), None, None, ""),
        ("ASSAULT", "aerial", 1, "قصف مكثف", ("الطيران المروحي", 2), None, "قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون بسهل الغاب", ""),
        ("ASSAULT", "heavy-weapons", 1, ("قصف", 5), ("قوات النظام", 7), None, "قرى الحويز والحواش والعنكاوي بسهل الغاب", ""),
        ("ASSAULT", None, 1, "دارت اشتباكات", "قوات النظام والمسلحين الموالين لها من جهة، وتنظيم داعش", None, "منطقة المفكر", ""),
        ("ASSAULT", "explosives", 1, "انفجار عبوة ناسفة", None, "أكثر من 8 أشخاص", "حي الشريعة بمدينة حماة", ""),
        ("ASSAULT", "aerial", 2, "قصف الطيران المروحي والحربي", "الطيران المروحي والحربي", None, "قرى العنكاوي والدقماق والزقوم والزيادية ومحيط المحطة الحرارية بمنطقة زيزون", ""),
        ("ASSAULT", "aerial", 2, "القى", ("الطيران المروحي", 2), None, "قرية الزكاة", ""),
    ],
    # Al-Jazirah: notable progress of the Iraqi forces in Anbar (27 July; the local official Jasim al-Asal to
    # DPA). s1 the Iraqi military units "المدعومة" by the Popular Mobilisation factions and the tribes in their
    # advance (-> AID, fourteenth set; "للقطعات" kept whole, the article's alif elided; "بفصائل": the fused ب
    # left out; the advance itself not coded, eighth/fifteenth sets); s2 the successive
    # withdrawals of ISIS, especially in the east of the city, causing disputes among its members and leaders
    # (-> RETREAT withdraw; "التنظيم" first occurrence; "الجزء الشرقي من المدينة" anaphoric: location null); s3
    # the security forces imposing a tight siege on Ramadi, isolating it and cutting its supplies (-> COERCE
    # restrict, one record; "الرمادي" first occurrence). Not coded: s0 (the announced progress: an advance), s1
    # ISIS's "hard days" (a state), s2's internal disputes (internal to the group) and the "message" (opinion),
    # s3's slow advance and the liberation expected soon (an advance, a prediction), s4 (the experts' fear:
    # speculation), s5 (the expert "Ahmed" on ISIS's planners and its habit of opening new fronts: general).
    "snn-cacd1019dc1e": [
        ("AID", None, 1, "المدعومة", "فصائل الحشد الشعبي والعشائر", "للقطعات العسكرية العراقية", None, ""),
        ("RETREAT", "withdraw", 2, "الانسحابات المتتالية", ("التنظيم", 1), None, None, ""),
        ("COERCE", "restrict", 3, "فرض حصار خانق", "القوات الأمنية", None, ("الرمادي", 1), ""),
    ],
    # Okaz column "الأهم تعيش اللحظة وليس تصورها" (22 July): the obsession with photographing one's life, the
    # selfie, the boy who photographed himself with his grandfather's body (a social incident, no PLOVER type):
    # opinion: none.
    "snn-30d3deca464a": [],
    # Al-Jazirah: a team of the faculty of medicine and the university hospital (King Abdulaziz University)
    # visits East Jeddah Hospital. Inter-agency visits and meetings are coded (fourth set's Yanbu directors,
    # eleventh set's praise): s0 the team's visit, where it met the assistant director of health affairs and the
    # hospital's board (-> CONSULT visit, one record, the meeting is the visit's; "بمساعد" and "بزيارة": the
    # fused ب left out, "قام" stands apart; the hospital as the place); s2 the team's admiration of the
    # hospital's advanced equipment (praise -> SUPPORT, second to nineteenth sets; "لمستشفى": the fused ل left out, first occurrence) and its statement
    # of the readiness of the faculty and hospital to give every support to start the hospital's work (an offer
    # of future support -> AGREE, PLOVER "offer, promise", sixteenth/nineteenth sets' promises; the named
    # subject "الفريق" kept); s3 the East Jeddah Hospital administration's full welcome of the students (->
    # SUPPORT, second to nineteenth sets' welcomes; "بجميع": the fused ب left out); s4 the cooperation
    # agreement between the ministry of health and the university, signed "recently" by the deputy minister and the acting university director
    # (-> AGREE with the two parties; "مؤخراً": recalled background, historical as the nineteenth set's
    # "أخيرًا" and the third set's "مؤخرًا"). Not coded: s1 (the tour of the departments, part of the visit),
    # s3's discussion during the visit (the visit's), s4's content of the agreement.
    "snn-3bcf45377e44": [
        ("CONSULT", "visit", 0, "زيارة", "فريق من كلية الطب والمستشفى الجامعي", "مساعد مدير الشئون الصحية بمحافظة جدة وأعضاء إدارة المستشفى", "مستشفى شرق جدة", ""),
        ("SUPPORT", None, 2, "أبدى الفريق إعجابه", "الفريق", ("مستشفى شرق جدة", 1), None, ""),
        ("AGREE", None, 2, "استعداد", "الفريق", None, None, ""),
        ("SUPPORT", None, 3, "ترحيبها التام", "إدارة مستشفى شرق جدة", "جميع الطلبة", None, ""),
        ("AGREE", None, 4, "اتفاقية التعاون", "وزارة الصحة وجامعة المؤسس", None, None, "H"),
    ],
    # Al-Eqtisadiah column "فنادقنا والقنوات الإيرانية" (7 August): Saudi hotels showing Iranian channels that
    # support the Houthis' propaganda. Columns: opinion, characterisation and standing practices are not coded
    # (fourteenth/seventeenth to nineteenth sets): s3 the Houthis' and Saleh's supporters using social media and
    # their channels, s4 the Iranian channels "contributing to supporting the Houthis" and s5 portraying the
    # kingdom as an occupier, s7 hotels showing the channels (standing practices, undated), the rest opinion,
    # questions and advice: none.
    "snn-6c9f56f4c477": [],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
