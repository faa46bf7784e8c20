"""Build events-blind73.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-third events blind set; same layout and guidelines as the first
seventy-two sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind72.jsonl
and their blind/ .. blind72/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-second
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind73.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind73.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind73.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "بتهمة" kept whole as in the earlier sets' charges; "إيران" (2) in the Republicans report s9 picked inside
# "فإيران"); the text's own spellings copied exactly ("الحوثيي" in the Dhamar report s0, "أنتشار" in its s12).
# Actors named only by a pronoun or a passive are null (the eighteenth, twenty-seventh to seventy-second sets: the
# passive arrests and release in the Rezaian report s8, s16-s17; Obama's second call in the al-Shabaab report s0,
# whose subject is only implied; the passive visit and gifts in the Eid report s9).
# Ongoing wars named as a background state ("تشهد حربًا أهلية منذ 19 شهرًا", "شهدت ... حربًا أهلية منذ منتصف
# ديسمبر 2013") are not coded (the earlier sets code a war's outbreak, not its standing mention).

GOLD = {
    # Asharq Al-Awsat: Saudi investors' liquidity in money markets rises to 17 billion dollars (8 August). Official
    # figures and two financial experts' views. None.
    "snn-d848c0cf6558": [],
    # 3alyoum: under the rain, Abha's al-Miftaha village hosts art (4 August). Visitors, exhibitions and the centre
    # director's invitation (not an event). None.
    "snn-1d20ee1c51ab": [],
    # Al-Watan: the Dhamar deadline ends today, leave or be killed (10 August). s0 the Houthi fighters' request to
    # their leader to let them leave (-> REQUEST, an intra-group request with named parties, as the earlier sets'
    # requests for permission) and the province's revolutionaries' 48-hour ultimatum, whose threat of killing s1
    # states (-> THREATEN violence, coded once at s0 where the ultimatum stands with its actor); s2 the
    # revolutionaries' successive strikes (-> ASSAULT, recent) and the decision on the importance of withdrawing
    # (-> RETREAT withdraw [F], actor null: "they"), the meeting (internal) and the request for permission (s0
    # restated) not coded; s3 the dismissed governor's journey to meet the movement's leaders (internal) not coded;
    # s5 the raid on Dhamar University (-> COERCE seize, the twenty-first and twenty-seventh sets' "مداهمة") and the
    # abduction of five students (-> ASSAULT abduct); s6 the charge of belonging to the Resistance (-> ACCUSE allege,
    # actor null, the earlier sets' "بتهمة"); s8 the students hold the Houthi militia responsible (-> ACCUSE allege,
    # the earlier sets' "حمل المسؤولية"); s10 the rebels sent the province's sons to the fronts (-> MOBILIZE
    # militia); s11 the families' refusal to receive the bodies (-> REJECT), their demand for an investigation
    # (-> REQUEST) and the killing of some of them by the putschists' fire (-> ASSAULT firearms; the clashes the same
    # incidents); s12 the rebels' withdrawal from Ataq (-> RETREAT withdraw) and the deployment of artillery and
    # snipers on the hills (-> MOBILIZE troops, actor null: the verb's subject implied), the revolutionaries' advance
    # (-> ASSAULT); s13 an expectation not coded; s14 the Resistance's threat to the rebels (-> THREATEN violence,
    # conditional threat made) and the rumoured reinforcements (a rumour) not coded.
    "snn-c87e204c3724": [
        ("REQUEST", None, 0, "طلب", "مسلحو جماعة الحوثيي الإرهابية", "عبدالملك الحوثي", "محافظة ذمار", ""),
        ("THREATEN", "violence", 0, "أمهلهم", "ثوار المحافظة", None, None, ""),
        ("ASSAULT", None, 2, "الضربات المتتالية", "الثوار", None, None, ""),
        ("RETREAT", "withdraw", 2, "الانسحاب", None, None, ("المحافظة", 1), "F"),
        ("COERCE", "seize", 5, "مداهمة", "قوات التمرد الحوثي", None, "جامعة ذمار", ""),
        ("ASSAULT", "abduct", 5, "اختطفت", "قوات التمرد الحوثي", "خمسة من الطلاب", "جامعة ذمار", ""),
        ("ACCUSE", "allege", 6, "بتهمة", None, "الطلاب المختطفين", None, ""),
        ("ACCUSE", "allege", 8, "حمل", "الطلاب", "ميليشيا الحوثي", None, ""),
        ("MOBILIZE", "militia", 10, "أرسلوهم", "المتمردون", None, "مناطق العمليات", ""),
        ("REJECT", None, 11, "رفض", ("الأهالي", 1), None, None, ""),
        ("REQUEST", None, 11, "طالبوا بالتحقيق", ("الأهالي", 1), None, None, ""),
        ("ASSAULT", "firearms", 11, "بنيران", "الانقلابيين", "بعض الأهالي", None, ""),
        ("ASSAULT", None, 12, "تقدمهم", "الثوار", "المتمردين الحوثيين", "محافظة شبوة", ""),
        ("RETREAT", "withdraw", 12, "إخراج قواتهم", "المتمردين الحوثيين", None, "مدينة عتق", ""),
        ("MOBILIZE", "troops", 12, "عملية أنتشار", None, None, "الجبال المحيطة والمطلة على المدينة", ""),
        ("THREATEN", "violence", 14, "توعدت", ("المقاومة الشعبية", 1), ("المتمردين", 1), ("المحافظة", 1), ""),
    ],
    # Asharq Al-Awsat: a truck bomb in a residential quarter of Kabul (7 August). s0 the attack (-> ASSAULT
    # explosives, actor null: no one claimed it, s8); s1-s4 its toll and damage (the same attack); s5-s6 President
    # Ghani's condemnation (-> ACCUSE disapprove, coded once at s5); s7 the police investigators' belief (a view) not
    # coded; s8 Taliban's killing of nine people the day before in Kandahar and Logar (-> ASSAULT); s9-s12 the UN
    # mission's half-year figures (aggregates) not coded; s13-s14 the wave of attacks (s0 and s8 restated); s15 part of
    # the movement's refusal to pledge allegiance to the new leader (-> REJECT, the fifty-first set's "رفضت مبايعة");
    # s16 the cadres' criticism of the movement for hiding Mullah Omar's death (-> ACCUSE disapprove); s17 the
    # Pakistan-hosted talks between Taliban and the Afghan government at the beginning of July (-> CONSULT, five weeks
    # before: [H], as the earlier sets' six-to-eight-week events); s18 the second round's postponement not coded.
    "snn-10d2ff9b3147": [
        ("ASSAULT", "explosives", 0, "هجوم بشاحنة مفخخة", None, None, "كابل", ""),
        ("ACCUSE", "disapprove", 5, "دان", "الرئيس الأفغاني أشرف غني", None, None, ""),
        ("ASSAULT", None, 8, "قتلت", "طالبان", "تسعة أشخاص", "قندهار", ""),
        ("REJECT", None, 15, "يرفض", "جزء من الحركة", "زعيم الحركة الجديد", None, ""),
        ("ACCUSE", "disapprove", 16, "ينتقد", "كوادر وقياديون في طالبان", "الحركة", None, ""),
        ("CONSULT", None, 17, "مفاوضات", "طالبان", "الحكومة الأفغانية", "باكستان", "H"),
    ],
    # Al-Weeam column: Sara and the crisis of dialogue (21 July). s4 the killing of Sara by her brother (-> ASSAULT,
    # a fact the column states; recent); the rest the writer's views on guardianship. 
    "snn-c748054074ff": [
        ("ASSAULT", None, 4, "مقتل", "شقيقها", "سارة", None, ""),
    ],
    # Asharq Al-Awsat: the round of talks between the parties to South Sudan's conflict opens in Addis Ababa (8
    # August). s0 the talks (-> CONSULT, mode null as the earlier sets' negotiations); s1 the first session (s0
    # restated) and the signing set for 17 August (-> AGREE [F], actor null); s2 the opposition delegation head's
    # verbal attack on the government (-> ACCUSE disapprove) and his charge that it targets the people with killing
    # (-> ACCUSE allege, actor null: "قال"); s3 Juba barred the opposition parties' delegation (-> COERCE restrict,
    # a fact he states); s4 the government delegation's rejection of the draft (coded at s5, where its head states
    # it) and the demonstrations in ten states against the mediators' proposals (-> PROTEST demo); s5 the
    # government's rejection of some clauses (-> REJECT), its refusal of a Juba free of both sides' forces (-> REJECT)
    # and the demand that IGAD revise the draft (-> REQUEST change); s6 the mediator's call for a peaceful settlement
    # (-> REQUEST); s7 the draft handed over on 25 July (a proposal) and the leaders' coming signature (s1 restated)
    # not coded; s8 the civil war (a standing background) not coded, the 2005 peace agreement (-> AGREE [H]).
    "snn-85ccc0c883aa": [
        ("CONSULT", None, 0, "المحادثات", "حكومة جنوب السودان", "المعارضة المسلحة", "أديس أبابا", ""),
        ("AGREE", None, 1, "للتوقيع", None, None, None, "F"),
        ("ACCUSE", "disapprove", 2, "هجومًا عنيفًا", "رئيس وفد المعارضة المسلحة تعبان دينق قاي",
         "حكومة جنوب السودان", None, ""),
        ("ACCUSE", "allege", 2, "باستهدافهم بالقتل وتشريدهم", None, "حكومة سلفا كير", None, ""),
        ("COERCE", "restrict", 3, "منعت", "جوبا", "وفد الأحزاب السياسية المعارضة", None, ""),
        ("PROTEST", "demo", 4, "تظاهرات", "المواطنين", None, "عشر ولايات", ""),
        ("REJECT", None, 5, "رفض حكومته", "رئيس وفد حكومة جنوب السودان في المفاوضات نيال دينق نيال", None, None, ""),
        ("REJECT", None, 5, "ترفض", ("حكومته", 2), None, "جوبا", ""),
        ("REQUEST", "change", 5, "مطالبًا", "رئيس وفد حكومة جنوب السودان في المفاوضات نيال دينق نيال",
         "وساطة الـ«إيقاد» وشركائها", None, ""),
        ("REQUEST", None, 6, "داعيًا", "رئيس فريق الوساطة السفير الإثيوبي سيوم مسفن", "أطراف النزاع", None, ""),
        ("AGREE", None, 8, "اتفاقية السلام الموقعة", "الحكومة السودانية",
         "متمردي الحركة الشعبية لتحرير السودان السابقين", None, "H"),
    ],
    # Asharq Al-Awsat: Iran, the verdict on the Washington Post correspondent accused of spying within a week (11
    # August). s0 the trial's end on the charge of spying (-> ACCUSE allege, actor null, the earlier sets' court
    # appearances "بتهمة"); s1 the detention (a standing state) not coded, the family's and the paper's description of
    # the sessions as a farce (-> ACCUSE disapprove); s2-s7 the lawyer's statements and expectation; s4 the paper's
    # denial (not coded) and its urging of the UN Human Rights Council to help free him (-> REQUEST assist); s8 the
    # arrest of July 2014 (-> COERCE arrest [H], actor null: passive); s10 Iran's charges (-> ACCUSE allege); s13 the
    # lawyer's hope (a view); s14 the trial's start in May on the charges (s10 restated) not coded; s16 the arrest of
    # his wife with him (-> COERCE arrest [H], recipient the wife, Rezaian's own arrest coded at s8); s17 the
    # photographer's arrest and the release on bail of the two women (-> COERCE arrest [H], RETREAT release [H]);
    # s18 the wife's ban on speaking of the case (-> COERCE censor); s19 the coming trial of the wife and the
    # photographer (-> ACCUSE allege [F]); s20-s23 the editor Martin Baron's "sham trial" (-> ACCUSE disapprove, coded
    # once, the third set's "محاكمة صورية"); s24 the nuclear agreement signed on 14 July (-> AGREE; four weeks
    # before, recent as in the earlier sets' reports of early August), restated s25; s26 Iran's and the US's denial
    # of a link (not coded) and the US officials' and lawmakers' demand for his release (-> REQUEST yield).
    "snn-561c4f35294b": [
        ("ACCUSE", "allege", 0, "بتهمة التجسس", None, "مراسل صحيفة «واشنطن بوست» جيسون رضائيان", "طهران", ""),
        ("ACCUSE", "disapprove", 1, "مهزلة", "عائلته وصحيفة «واشنطن بوست»", None, None, ""),
        ("REQUEST", "assist", 4, "حثت", "«واشنطن بوست»", "مجلس حقوق الإنسان التابع للأمم المتحدة", None, ""),
        ("COERCE", "arrest", 8, "ألقي القبض عليه", None, "رضائيان", None, "H"),
        ("ACCUSE", "allege", 10, "اتهمت", "إيران", "رضائيان", None, ""),
        ("COERCE", "arrest", 16, "اعتقل", None, "زوجته يغانه صالحي الصحافية", "طهران", "H"),
        ("COERCE", "arrest", 17, "أوقفت", None, "مصورة صحافية", None, "H"),
        ("RETREAT", "release", 17, "أطلق سراح", None, "صالحي والصحافية", None, "H"),
        ("COERCE", "censor", 18, "ممنوعة من الحديث عن القضية", None, "صالحي", None, ""),
        ("ACCUSE", "allege", 19, "محاكمة زوجته والمصورة الصحافية", None, None, None, "F"),
        ("ACCUSE", "disapprove", 20, "محاكمة صورية", "مدير التحرير مارتن بارون", None, None, ""),
        ("AGREE", None, 24, "توقيع", ("إيران", 1), "ست قوى عالمية كبرى", None, ""),
        ("REQUEST", "yield", 26, "طالب", "عدد من المسؤولين والمشرعين الأميركيين", None, None, ""),
    ],
    # Asharq Al-Awsat: governors and officials share the patients' Eid joy (21 July). Visits to patients are CONSULT
    # visit and their gifts AID (the eighth, tenth and fifty-first sets' Eid visits). s0 the officials' visits and gifts
    # (the lead's summary, coded once: -> CONSULT visit, AID); s2 the health minister's visit to the Dammam medical
    # complex and his flowers (-> CONSULT visit, AID; his meeting with the staff internal); s3 the annual custom (a
    # habit) not coded; s4 Prince Mishari's visit in al-Baha and his flowers (-> CONSULT visit, AID); s5 Prince
    # Mohammed bin Nasser's visit in Jazan (-> CONSULT visit); s6-s7 the play shown to the inmates (entertainment) not
    # coded, the municipality delegation's coming reception (-> CONSULT visit [F]); s9 the visit to the home-care
    # patients and the gifts to them and to the Red Crescent team (-> CONSULT visit, AID, AID; actor null: passive);
    # s10 the volunteer societies' Eid visits and gifts (-> CONSULT visit, AID).
    "snn-207df0f533ad": [
        ("CONSULT", "visit", 0, "زيارة", "عدد من أمراء ومحافظي المناطق في السعودية",
         "المرضى القابعين على السرر البيضاء", "المستشفيات", ""),
        ("AID", None, 0, "توزيع الهدايا العينية", "عدد من أمراء ومحافظي المناطق في السعودية", None, None, ""),
        ("CONSULT", "visit", 2, ("زار", 2), "المهندس خالد الفالح، وزير الصحة", ("المرضى المنومين", 1),
         "مجمع الدمام الطبي", ""),
        ("AID", None, 2, "وزع باقات من الزهور والحلوى", "المهندس خالد الفالح، وزير الصحة", None, None, ""),
        ("CONSULT", "visit", 4, "زار", "الأمير مشاري بن سعود، أمير منطقة الباحة", "عددًا من المرضى المنومين",
         "مستشفى الملك فهد في الباحة", ""),
        ("AID", None, 4, "قدم لهم باقات الورد", "الأمير مشاري بن سعود، أمير منطقة الباحة", None, None, ""),
        ("CONSULT", "visit", 5, "بزيارة معايدة", "الأمير محمد بن ناصر بن عبد العزيز، أمير منطقة جازان",
         "للمرضى المنومين", "مستشفى الملك فهد المركزي بجازان", ""),
        ("CONSULT", "visit", 7, "استقبال", "وفدًا من أمانة المنطقة", "نزلاء المجمع", None, "F"),
        ("CONSULT", "visit", 9, "زيارة معايدة", None, "مرضى برنامج الطب المنزلي", None, ""),
        ("AID", None, 9, ("تقديم الهدايا", 1), None, None, None, ""),
        ("AID", None, 9, "قدمت الهدايا", None, "فريق الهلال الأحمر", "شاطئ العقير", ""),
        ("CONSULT", "visit", 10, "معايدة المرضى المنومين", "الجمعيات التطوعية وأصدقاء المرضى", None, None, ""),
        ("AID", None, 10, "تقديم الهدايا والعيدية", "الجمعيات التطوعية وأصدقاء المرضى", "مراجعي الطوارئ", None, ""),
    ],
    # Al-Watan: saleswomen made to carry and clean in Madinah shops (2 August). The owners' practices (labour terms)
    # not coded; s3 the women's appeal to the labour ministry to exercise its oversight (-> REQUEST); s8 the workers'
    # demand that the ministry oblige the shops to provide cleaners (-> REQUEST change); the spokesman's statements of
    # the rules (s2, s4) not coded.
    "snn-8b7fe072cbb4": [
        ("REQUEST", None, 3, "داعيات", "موظفات بمحلات مستلزمات نسائية", ("وزارة العمل", 2), None, ""),
        ("REQUEST", "change", 8, "مطالبات", "عدد من العاملات", "وزارة العمل", None, ""),
    ],
    # Asharq Al-Awsat: Obama calls from Addis Ababa for keeping the pressure on al-Shabaab (31 July). s0 his call on
    # the East African states (-> REQUEST) and on Ethiopia for more human-rights efforts (-> REQUEST change, actor
    # null: the subject only implied); s1 his visit to Addis Ababa (-> CONSULT visit; the press conference of s3 part
    # of it) and his praise of AMISOM's forces (-> SUPPORT); s4 the US drone strikes on the militants in Somalia
    # (-> ASSAULT drone, the repeated strikes coded once); s6-s8 al-Shabaab's car bomb at the Jazeera hotel in
    # Mogadishu (-> ASSAULT explosives, coded once at s6 with the mode s7 states); s10 his remark on Ethiopia's
    # shortfall in democracy (-> ACCUSE disapprove); s13 his condemnation of the deterioration in South Sudan (-> ACCUSE
    # disapprove), the civil war a standing background; s16 his call for a peace agreement (-> REQUEST); s19 the
    # mini-summit with Museveni and Kenyatta (-> CONSULT multilateral [F]); s21-s23 the coming speech and business
    # plans and s24 the NGOs' hope not coded.
    "snn-0fad6428d5d1": [
        ("REQUEST", None, 0, ("دعا", 1), "الرئيس الأميركي باراك أوباما",
         "دول شرق أفريقيا التي تحارب حركة الشباب الصومالية المتطرفة", None, ""),
        ("REQUEST", "change", 0, ("دعا", 2), None, "إثيوبيا", None, ""),
        ("CONSULT", "visit", 1, "بزيارة", "باراك أوباما", None, "العاصمة الإثيوبية أديس أبابا", ""),
        ("SUPPORT", None, 1, "أشاد", "باراك أوباما", "قوات الدول المشاركة في قوة الاتحاد الأفريقي في الصومال",
         None, ""),
        ("ASSAULT", "drone", 4, "غارات بطائرات من دون طيار", "الولايات المتحدة", "المتشددين", "الصومال", ""),
        ("ASSAULT", "explosives", 6, "هاجمت", "حركة الشباب", "فندقًا يضم بعثات دبلوماسية", "مقديشو", ""),
        ("ACCUSE", "disapprove", 10, "تقصير", "الرئيس الأميركي", "إثيوبيا", None, ""),
        ("ACCUSE", "disapprove", 13, ("دان", 1), "أوباما", None, "جنوب السودان", ""),
        ("REQUEST", None, 16, "دعا", "الرئيس الأميركي", "طرفي النزاع", None, ""),
        ("CONSULT", "multilateral", 19, "قمة إقليمية مصغرة",
         "الرئيسان الأوغندي يويري موسيفيني والكيني أوهورو كيناتا", None, None, "F"),
    ],
    # Al-Watan column: behind the Iranian nuclear agreement (24 July). s0 the agreement reached by the 5+1 and Iran
    # (-> AGREE; ten days before, recent); the rest the writer's views and history (the US abandoning the Shah a view).
    "snn-295616e2102f": [
        ("AGREE", None, 0, "توصلت", 'الدول الغربية "5+1"', ("إيران", 1), None, ""),
    ],
    # Asharq Al-Awsat: distrust of Tehran moves the Republican leaders to thwart the nuclear agreement (6 August).
    # s0 the sceptics' doubts (views) not coded; s1 the Republicans' criticism of the Obama administration (-> ACCUSE
    # disapprove); s2 Corker's rejection of the agreement (-> REJECT) and his words (views); s5 Senator Risch's charge of
    # deception (-> ACCUSE allege); s6 the Republican candidates' opposition (-> REJECT); s8-s9 the lawyer Morgenthau's
    # charge that Iran supports terrorism (-> ACCUSE allege), his rejection a view; s10 the deal announced in mid-July
    # (-> AGREE, actor null; recent) and Obama's warning that the sanctions will be re-imposed if Iran violates it
    # (-> THREATEN, conditional threat made; s14 restates it); s16 the Republican leaders' vow to thwart it (-> REJECT
    # [F]); s19 Huckabee's comparison with the gas chambers (-> ACCUSE disapprove); s20 Menendez's standing view and
    # s21-s22 the states' standing blacklists not coded.
    "snn-f11b212f6017": [
        ("ACCUSE", "disapprove", 1, "انتقد", "الكثير من الجمهوريين", "إدارة الرئيس أوباما", None, ""),
        ("REJECT", None, 2, "يرفض", "بوب كوركر", None, None, ""),
        ("ACCUSE", "allege", 5, "اتهم", "السيناتور الجمهوري جيمس ريش", "المسؤولين في إدارة أوباما", None, ""),
        ("REJECT", None, 6, "يعارضون", "جميع المرشحين الجمهوريين للرئاسة الأميركية", None, None, ""),
        ("ACCUSE", "allege", 9, "تدعم الإرهاب", "مورغينثاو", ("إيران", 2), None, ""),
        ("AGREE", None, 10, "إعلان الصفقة", None, None, None, ""),
        ("THREATEN", None, 10, "سيتم فرض العقوبات مجددًا", "الرئيس الأميركي باراك أوباما", ("إيران", 2), None, ""),
        ("REJECT", None, 16, "سيحبطون", "عدد من زعماء الحزب الجمهوري", None, None, "F"),
        ("ACCUSE", "disapprove", 19, "مثل نقل الإسرائيليين إلى غرف الغاز", "مايك هاكابي", None, None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
