"""Build events-second73.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 12 articles of the seventy-third events blind set (../blind73/sample.jsonl), made to measure the
agreement of two careful annotators on the long articles of the sets 57 on (the human ceiling of the events score).
Same layout and guidelines as the earlier sets (/work/main/tests/data/events/events-blind.jsonl ... events-blind72.jsonl,
there is no sixtieth); blind72/make_gold.py and second50/make_second.py were the templates. The first annotation of
these articles was never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second73.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind73", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second73.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "تهمة الانتماء" from "بتهمة" in the Dhamar s6, "حمل" from "وحمل" in its s8, "زار" from "وزار" in the patients
# s2, "اتهم" from "واتهم" in the Republicans s5, "المواطنين" from "قبل المواطنين" in the South Sudan s4); the
# guillemets around a newspaper's name left outside the actor ("واشنطن بوست" in the Rezaian s4, the fifty-ninth
# set's quotes of "نتنياهو"), kept where they stand inside a longer name ('عائلته وصحيفة «واشنطن بوست»' in its s1,
# "وساطة الـ«إيقاد»" in the South Sudan s7); the text's own spellings copied exactly ("جماعة الحوثيي" without its
# final nun in the Dhamar s0, "للتوقيع على الاتفاق النهائي" with its fused ل before the elided alif (the fifty-ninth
# set's rule) in the South Sudan s7, "للمرضى المنومين" in the patients s5 and "للصفقة" in the Republicans s8,
# "أنتشار" with its hamza in the Dhamar s12, 'الدول الغربية "5+1" وإيران' with its straight quotes in the nuclear
# column s0, "عددًا" with its tanwin); a string repeated in its sentence is picked by its occurrence (("دعا", 1) and
# ("دعا", 2) in the Obama s0, ("دان", 1) in its s13 (the second inside "السودان"), ("الأهالي", 1) in the Dhamar s11,
# ("المتمردين", 1) in its s14, ("رفض", 1) in the South Sudan s5, ("المرضى المنومين", 1) and ("زار", 2) (the first
# inside "بوزارة") in the patients s2, ("تقديم الهدايا", 1) in its s9, ("إيران", 2) in the Republicans s9 and s10,
# ("صفقة إيران", 2) in its s19, ("محاكمة", 1) in the Rezaian s19, ("وزارة العمل", 2) in the saleswomen s3).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to seventy-second sets); a subject named earlier in the same sentence is kept for its further clauses, and a
# participant named earlier in the sentence is kept as the recipient of a pronoun.
GOLD = {
    # Aawsat: Saudi investors' liquidity in money markets rises to 17 billion dollars (8 August). Figures, definitions
    # and two analysts' views. None.
    "snn-d848c0cf6558": [],
    # 3alyoum: under the rain, Abha's Muftaha village embraces art (4 August). A cultural centre's exhibitions,
    # studios and its director's invitation to the visitors (an institution's own programme; the tag line s10). None.
    "snn-1d20ee1c51ab": [],
    # Al-Watan: the Dhamar deadline ends today, leave or be killed (10 August). s0 the Houthi gunmen asked their leader
    # to allow them to leave Dhamar (-> REQUEST, the lead's act, their leader as the addressee) after the province's
    # rebels gave them a 48-hour deadline (-> THREATEN violence: PLOVER codes the content of the threat, here the
    # killing that s1 spells out; one record, s1 the content of the same message not coded again); s2 the successive
    # strikes the rebels directed at them (inside the relative clause, its own actor -> ASSAULT, mode null; the
    # recipient the "الانقلابيين" of the pronoun); the Houthis' own meeting, their families sent home and the request
    # to their leadership (an organisation's internal affairs; the request restated) not coded; s3 the dismissed
    # governor's departure to meet his own leadership (internal) not coded; s5 the Houthi forces raided Dhamar
    # University (-> COERCE seize, the thirtieth set's raid beside its abduction) and kidnapped five students (->
    # ASSAULT abduct, the thirtieth set); the continuing assaults on schools a general series; s6 their arrest on the
    # charge of belonging to the resistance (-> ACCUSE allege, actor null) and the defeats the terrorists suffer in
    # Marib at the hands of the resistance and the army (-> ASSAULT, mode null, the fighting in the named province);
    # s7 the losses (a toll); s8 the students held the Houthi militia responsible for their colleagues' safety (->
    # ACCUSE allege, the third and eighteenth sets' "حمل ... مسؤولية"); s10 the rebels sent the province's sons to the
    # fronts without their families' knowledge (-> MOBILIZE militia, the recruitment with its actor); s11 the families
    # refused to receive their sons' bodies (-> REJECT, recipient unnamed), demanded an inquiry (-> REQUEST, addressee
    # unnamed) and armed clashes in which some were killed by the rebels' fire (-> ASSAULT, mode null, the dead as
    # recipient, the forty-ninth set's tolls of bounded clashes); s12 in Shabwa the rebels continued their advance (->
    # ASSAULT, mode null, the fiftieth set's advance), the Houthis took their forces out of Ataq yesterday (-> RETREAT
    # withdraw) and deployed artillery and snipers on the surrounding hills (-> MOBILIZE troops, the forty-fourth and
    # sixty-fourth sets' deployments; the subject the Houthis named earlier in the sentence); s13 expectations; s14 the
    # resistance had threatened the rebels with a crushing defeat unless they left (-> THREATEN violence, the
    # twenty-eighth set's "توعدوا"); the coming reinforcements and the coalition's weapons inside "راجت أنباء" (a rumour,
    # the fifty-ninth set's rumours: not coded); the withdrawal restated.
    "snn-c87e204c3724": [
        ("REQUEST", None, 0, "طلب", "مسلحو جماعة الحوثيي الإرهابية", "عبدالملك الحوثي", None, ""),
        ("THREATEN", "violence", 0, "أمهلهم", "ثوار المحافظة", "مسلحو جماعة الحوثيي الإرهابية", None, ""),
        ("ASSAULT", None, 2, "الضربات المتتالية", "الثوار", "الانقلابيين", None, ""),
        ("COERCE", "seize", 5, "مداهمة", "قوات التمرد الحوثي", "جامعة ذمار", None, ""),
        ("ASSAULT", "abduct", 5, "اختطفت", "قوات التمرد الحوثي", "خمسة من الطلاب الذين يدرسون في كلية التربية", "جامعة ذمار", ""),
        ("ACCUSE", "allege", 6, "تهمة الانتماء", None, "الطلاب المختطفين", None, ""),
        ("ASSAULT", None, 6, "هزائم كبيرة متلاحقة", "مقاتلي المقاومة الشعبية، وعناصر الجيش الموالي للشرعية", "الإرهابيون", "محافظة مأرب", ""),
        ("ACCUSE", "allege", 8, "حمل", "الطلاب", "ميليشيا الحوثي", None, ""),
        ("MOBILIZE", "militia", 10, "أرسلوهم إلى مناطق العمليات", "المتمردون", "أبناء المحافظة", None, ""),
        ("REJECT", None, 11, "رفض", ("الأهالي", 1), None, None, ""),
        ("REQUEST", None, 11, "طالبوا بالتحقيق", ("الأهالي", 1), None, None, ""),
        ("ASSAULT", None, 11, "اشتباكات ومواجهات مسلحة", "الانقلابيين", "بعض الأهالي", None, ""),
        ("ASSAULT", None, 12, "تقدمهم", "الثوار", "المتمردين الحوثيين", "محافظة شبوة", ""),
        ("RETREAT", "withdraw", 12, "إخراج قواتهم", "المتمردين الحوثيين", None, "مدينة عتق", ""),
        ("MOBILIZE", "troops", 12, "عملية أنتشار للمدفعية والقناصة", "المتمردين الحوثيين", None, "الجبال المحيطة والمطلة على المدينة", ""),
        ("THREATEN", "violence", 14, "توعدت", "المقاومة الشعبية في المحافظة", ("المتمردين", 1), None, ""),
    ],
    # Aawsat: killed and wounded in a suicide bombing in Kabul (7 August). s0 a truck-bomb attack in a residential
    # district of Kabul (-> ASSAULT explosives, actor null: no one claimed it, s8); the new Taliban leader's appointment
    # (an organisation's internal affair); s1-s3, s7 the blast's details, toll and target restated; s4 the appeals for
    # blood donors (to the public: not coded); s5 President Ghani condemned the attack (-> ACCUSE disapprove, recipient
    # null, the fifty-ninth set's condemnation); his return from surgery not an act towards a party; s6 his words; s8
    # the Taliban killed nine people yesterday in a series of attacks in Kandahar and Logar (-> ASSAULT, mode null, one
    # record, the first place as location); s9 the UN mission's report holding the insurgents responsible for most
    # violence against civilians (-> ACCUSE allege, the sixth set's record of the mission's report); s10-s12 the
    # report's tallies; s13-s14 the attacks restated and the appointment; s15 a wing led by Mullah Omar's eldest son
    # refuses to pledge allegiance to the new leader (-> REJECT, the fifty-first set's "رفضت مبايعة"); s16 Taliban
    # cadres criticise the movement for hiding Omar's death (-> ACCUSE disapprove); the intelligence's announcement of
    # last week not an act towards a party; s17 Pakistan hosted in early July, under US and Chinese sponsorship, talks
    # between the Taliban and the Afghan government (-> CONSULT, mode null, the parties as actor, the host country as
    # the place; about a month before: recent); s18 the second round postponed indefinitely (passive, no new act: not
    # coded).
    "snn-10d2ff9b3147": [
        ("ASSAULT", "explosives", 0, "هجوم بشاحنة مفخخة", None, None, "حي سكني في كابل", ""),
        ("ACCUSE", "disapprove", 5, "دان", "الرئيس الأفغاني أشرف غني", None, None, ""),
        ("ASSAULT", None, 8, "قتلت", "طالبان", "تسعة أشخاص", "قندهار", ""),
        ("ACCUSE", "allege", 9, "مسؤولين", "بعثة الأمم المتحدة في أفغانستان", "المتمردون", None, ""),
        ("REJECT", None, 15, "يرفض", "جزء من الحركة بقيادة النجل الأكبر للملا عمر", "زعيم الحركة الجديد", None, ""),
        ("ACCUSE", "disapprove", 16, "ينتقد", "كوادر وقياديون في طالبان", "الحركة", None, ""),
        ("CONSULT", None, 17, "مفاوضات", "طالبان والحكومة الأفغانية", None, "باكستان", ""),
    ],
    # Al-Weeam column: Sara and the crisis of dialogue (21 July). A columnist's reflections on guardianship and
    # marriage; coded only the killing of Sara by her brother, stated as fact (-> ASSAULT, mode null, the fifty-ninth
    # set's Hair incident in a column: an act with its own victim; recent, unflagged); the angry e-mails she received,
    # her views and the link lines s8-s9 not coded.
    "snn-c748054074ff": [
        ("ASSAULT", None, 4, "مقتل", "شقيقها", "سارة", None, ""),
    ],
    # Aawsat: South Sudan talks open amid disputes over the peace document (8 August). s0 the talks between the
    # government and the armed opposition began in Addis Ababa under IGAD's sponsorship (-> CONSULT, mode null, the
    # twenty-second and fifty-fourth sets' talks; the host city as the place); s1 the first session restated; s2 the
    # opposition delegation's head launched a violent attack on the government (-> ACCUSE disapprove) and said it
    # continues to target the people with killing and displacement (-> ACCUSE allege, a charge; the speaker kept from
    # the start of the sentence); its illegitimacy his view; s3 Juba prevented the opposition parties' delegation from
    # taking part (-> COERCE restrict, a fact the speaker states); his quotation a view; s4 the government delegation's
    # rejection of the draft peace document (-> REJECT) and the demonstrations in ten states against the mediation's
    # proposals (-> PROTEST demo, reported by the government delegation; the opposition's reading of who marched a
    # view); s5 the government delegation head affirmed his government's rejection of some clauses (-> REJECT, the
    # speaker as actor, his own statement beside the opponent's report of s4; the further rejected clauses and his
    # refusal to set a period the same rejection's details) and asked IGAD and its partners to review the draft
    # seriously (-> REQUEST change); s6 the mediation head called on the parties to settle peacefully (-> REQUEST, mode
    # null); the signing date restated in s7; s7 IGAD handed the parties the draft peace agreement on 25 July (-> AGREE,
    # the seventy-first set's offer of mediation and the thirty-first set's proposals; two weeks before: recent) and
    # Salva Kiir and Machar are to sign the final agreement on 17 August (-> AGREE [F], the forty-eighth set's planned
    # adoption); s8 the civil war since December 2013 between the government forces and the armed opposition (->
    # ASSAULT [H], the earlier sets' wars recalled) and the 2005 peace agreement between the Sudanese government and
    # the SPLM (inside the relative clause with its own parties and date -> AGREE [H]); the independence and the
    # referendum (no act between parties) not coded.
    "snn-85ccc0c883aa": [
        ("CONSULT", None, 0, "المحادثات", "حكومة جنوب السودان والمعارضة المسلحة التي يقودها نائب الرئيس السابق رياك مشار", None, "العاصمة الإثيوبية أديس أبابا", ""),
        ("ACCUSE", "disapprove", 2, "هجومًا عنيفًا", "رئيس وفد المعارضة المسلحة تعبان دينق قاي", "حكومة جنوب السودان", None, ""),
        ("ACCUSE", "allege", 2, "استهدافهم بالقتل وتشريدهم", "رئيس وفد المعارضة المسلحة تعبان دينق قاي", "حكومة سلفا كير", None, ""),
        ("COERCE", "restrict", 3, "منعت", "جوبا", "وفد الأحزاب السياسية المعارضة", None, ""),
        ("REJECT", None, 4, "رفضه", "وفد الحكومة", "وثيقة مسودة اتفاق السلام", None, ""),
        ("PROTEST", "demo", 4, "تظاهرات", "المواطنين", "مقترحات الوساطة", "عشر ولايات", ""),
        ("REJECT", None, 5, ("رفض", 1), "رئيس وفد حكومة جنوب السودان في المفاوضات نيال دينق نيال", "بعض البنود التي وردت في وثيقة السلام المقترحة", None, ""),
        ("REQUEST", "change", 5, "مطالبًا", "رئيس وفد حكومة جنوب السودان في المفاوضات نيال دينق نيال", "وساطة الـ«إيقاد» وشركائها", None, ""),
        ("REQUEST", None, 6, "داعيًا", "رئيس فريق الوساطة السفير الإثيوبي سيوم مسفن", "أطراف النزاع", None, ""),
        ("AGREE", None, 7, "سلمت", "وساطة الـ«إيقاد»", "طرفي النزاع", None, ""),
        ("AGREE", None, 7, "للتوقيع على الاتفاق النهائي", "رئيس جنوب السودان سلفا كير ميارديت ونائبه السابق رياك مشار زعيم المعارضة المسلحة", None, None, "F"),
        ("ASSAULT", None, 8, "حربًا أهلية", "القوات الحكومية والمعارضة المسلحة التي يقودها نائب الرئيس السابق رياك مشار", None, "دولة جنوب السودان", "H"),
        ("AGREE", None, 8, "اتفاقية السلام الموقعة", "الحكومة السودانية ومتمردي الحركة الشعبية لتحرير السودان السابقين", None, None, "H"),
    ],
    # Aawsat: Iran, the verdict on the Washington Post correspondent accused of spying within a week (11 August). s0
    # his trial ended yesterday in Tehran (-> ACCUSE allege, the eleventh and sixty-third sets' trials; the coming
    # verdict, its outcome unknown, not coded); s1 his detention for more than a year (a standing state: the arrest is
    # coded in s8 and s16) and the trial in closed sessions which his family and the paper described as a farce (->
    # ACCUSE disapprove, the third set's "محاكمة صورية"); s2-s3, s5-s7 the lawyer's pleading and expectations; s4 the
    # paper denied the charges, calling them absurd (-> ACCUSE disapprove, the charges as recipient) and urged the UN
    # Human Rights Council to help release him (-> REQUEST assist); s8 his arrest in July 2014 (-> COERCE arrest [H],
    # passive); s9 his brother's words; s10 Iran accused him of gathering secret information and passing it to hostile
    # governments (-> ACCUSE allege, undated charges unflagged as the seventy-second set's); s11-s12 his mother's view;
    # s13 the lawyer's hope of 28 July (a wish); s14 the trial's start in May on the same charges (the trial coded at
    # s0, the charges at s10: not coded again); s15 the court's standing remit; s16 his arrest with his wife at their
    # home in Tehran on 22 July 2014 (-> COERCE arrest [H], new recipient and place beside s8); s17 a photographer
    # detained with them (-> COERCE arrest [H], a new recipient) and the release of his wife and the photographer on
    # bail (-> RETREAT release [H], the seventy-second set's bail); s18 the wife banned from speaking about the case (->
    # COERCE censor, passive, a standing ban with no date: unflagged); s19 the wife's and the photographer's trial to
    # follow the verdict (-> ACCUSE allege [F]); s20 the managing editor called the secret hearings a show trial (->
    # ACCUSE disapprove; s21-s23 his words continued, not coded again); s24 the third hearing of 13 July (one session of
    # the trial coded at s0) the day before Iran and six world powers signed the final agreement (inside the anchor,
    # its own parties and date -> AGREE, the seventy-first and seventy-second sets' nuclear agreement; 28 days before:
    # recent); s25 the agreement restated; s26 Iran's and Washington's denial of a link (statements) and US officials'
    # and lawmakers' demand for his release (-> REQUEST yield, the sets' calls to release).
    "snn-561c4f35294b": [
        ("ACCUSE", "allege", 0, "محاكمة", None, "مراسل صحيفة «واشنطن بوست» جيسون رضائيان", "طهران", ""),
        ("ACCUSE", "disapprove", 1, "مهزلة", "عائلته وصحيفة «واشنطن بوست»", None, None, ""),
        ("ACCUSE", "disapprove", 4, "منافية للعقل", "واشنطن بوست", "التهم الموجهة إليه", None, ""),
        ("REQUEST", "assist", 4, "حثت", "واشنطن بوست", "مجلس حقوق الإنسان التابع للأمم المتحدة", None, ""),
        ("COERCE", "arrest", 8, "ألقي القبض", None, "رضائيان", None, "H"),
        ("ACCUSE", "allege", 10, "اتهمت", "إيران", "رضائيان", None, ""),
        ("COERCE", "arrest", 16, "اعتقل", None, "رضائيان مع زوجته يغانه صالحي", "منزلهما في طهران", "H"),
        ("COERCE", "arrest", 17, "أوقفت", None, "مصورة صحافية", None, "H"),
        ("RETREAT", "release", 17, "أطلق سراح", None, "صالحي والصحافية", None, "H"),
        ("COERCE", "censor", 18, "ممنوعة من الحديث", None, "صالحي", None, ""),
        ("ACCUSE", "allege", 19, ("محاكمة", 1), None, "زوجته والمصورة الصحافية", None, "F"),
        ("ACCUSE", "disapprove", 20, "محاكمة صورية", "مدير التحرير مارتن بارون", "جلسات الاستماع السرية الأربع", None, ""),
        ("AGREE", None, 24, "توقيع", "إيران وست قوى عالمية كبرى", None, None, ""),
        ("REQUEST", "yield", 26, "طالب", "عدد من المسؤولين والمشرعين الأميركيين", None, None, ""),
    ],
    # Aawsat: governors and officials share the Eid joy with patients (21 July). The sets' Eid visits to inpatients
    # (the second to fiftieth sets): each visit -> CONSULT visit, each congratulation -> SUPPORT, each gift -> AID.
    # s0 the lead: governors, ministers, officials, artists and sportsmen visited the patients, congratulated them and
    # distributed gifts (-> CONSULT visit, SUPPORT, AID; a lead beside the details of other participants); s1, s3 the
    # custom (general); s2 the health minister visited the inpatients of the Dammam Medical Complex (-> CONSULT visit)
    # and distributed flowers and sweets to them (-> AID); his meeting with and urging of his own staff (inside one
    # ministry) not coded; s4 the Al-Baha governor visited patients, congratulated them and gave them flowers (->
    # CONSULT visit, SUPPORT, AID); s5 the Jazan governor's Eid visit and congratulations (-> CONSULT visit, SUPPORT);
    # s6-s7 the municipality's play and programme (entertainment; the coming delegation's reception a plan inside a
    # programme) not coded; s8 a fragment; s9 the Eid visit to home-care patients with gifts (-> CONSULT visit, AID,
    # passive), the gifts to the Red Crescent team (-> AID; its rescue of a child not an act between parties) and the
    # thanks of all to the participating bodies (-> SUPPORT, the sets' thanks); s10 the associations' gifts and Eid
    # money to emergency patients (-> AID; the celebration itself, the associations' own programme, not coded apart).
    "snn-207df0f533ad": [
        ("CONSULT", "visit", 0, "زيارة", "عدد من أمراء ومحافظي المناطق في السعودية إلى جانب وزراء ومسؤولي قطاعات حكومية خاصة مختلفة في البلاد، إضافة إلى فنانين ورياضيين", "المرضى القابعين على السرر البيضاء داخل المستشفيات", None, ""),
        ("SUPPORT", None, 0, "تهنئتهم", "عدد من أمراء ومحافظي المناطق في السعودية إلى جانب وزراء ومسؤولي قطاعات حكومية خاصة مختلفة في البلاد، إضافة إلى فنانين ورياضيين", "المرضى القابعين على السرر البيضاء داخل المستشفيات", None, ""),
        ("AID", None, 0, "توزيع الهدايا العينية", "عدد من أمراء ومحافظي المناطق في السعودية إلى جانب وزراء ومسؤولي قطاعات حكومية خاصة مختلفة في البلاد، إضافة إلى فنانين ورياضيين", "المرضى القابعين على السرر البيضاء داخل المستشفيات", None, ""),
        ("CONSULT", "visit", 2, ("زار", 2), "المهندس خالد الفالح، وزير الصحة", ("المرضى المنومين", 1), "مجمع الدمام الطبي", ""),
        ("AID", None, 2, "وزع باقات من الزهور والحلوى", "المهندس خالد الفالح، وزير الصحة", ("المرضى المنومين", 1), None, ""),
        ("CONSULT", "visit", 4, "زار", "الأمير مشاري بن سعود، أمير منطقة الباحة", "عددًا من المرضى المنومين", "مستشفى الملك فهد في الباحة", ""),
        ("SUPPORT", None, 4, "هنأهم", "الأمير مشاري بن سعود، أمير منطقة الباحة", "عددًا من المرضى المنومين", None, ""),
        ("AID", None, 4, "قدم لهم باقات الورد", "الأمير مشاري بن سعود، أمير منطقة الباحة", "عددًا من المرضى المنومين", None, ""),
        ("CONSULT", "visit", 5, "زيارة معايدة", "الأمير محمد بن ناصر بن عبد العزيز، أمير منطقة جازان", "للمرضى المنومين", "مستشفى الملك فهد المركزي بجازان", ""),
        ("SUPPORT", None, 5, "التهنئة", "الأمير محمد بن ناصر بن عبد العزيز، أمير منطقة جازان", "للمرضى المنومين", None, ""),
        ("CONSULT", "visit", 9, "زيارة معايدة", None, "مرضى برنامج الطب المنزلي", "منازلهم", ""),
        ("AID", None, 9, ("تقديم الهدايا", 1), None, "مرضى برنامج الطب المنزلي", None, ""),
        ("AID", None, 9, "قدمت الهدايا", None, "فريق الهلال الأحمر بشاطئ العقير", None, ""),
        ("SUPPORT", None, 9, "شكرهم", "الجميع من المرضى والعاملين بالمستشفى والهلال الأحمر", "جميع الجهات المشاركة", None, ""),
        ("AID", None, 10, "تقديم الهدايا والعيدية", "الجمعيات التطوعية وأصدقاء المرضى", "مراجعي الطوارئ", None, ""),
    ],
    # Al-Watan: saleswomen exploited for loading and cleaning (2 August). The shop owners' practices (standing, no
    # bounded act) and the labour ministry's statement (guidance: not coded); s3 the employees' call on the ministry to
    # exercise its oversight (-> REQUEST, the fiftieth set's demand on a ministry) and s8 the workers' demand that the
    # ministry oblige the shops to provide cleaning labour in the decision's clauses (-> REQUEST change, a change of a
    # rule); the paper's own observation s7 not an act between parties.
    "snn-8b7fe072cbb4": [
        ("REQUEST", None, 3, "داعيات", "موظفات بمحلات مستلزمات نسائية", ("وزارة العمل", 2), None, ""),
        ("REQUEST", "change", 8, "مطالبات", "عدد من العاملات", "وزارة العمل", None, ""),
    ],
    # Aawsat: Obama in Addis Ababa calls for keeping "pressure" on al-Shabab (31 July). s0 Obama called on the East
    # African states fighting al-Shabab to keep up the pressure (-> REQUEST, mode null) and called on Ethiopia to do more
    # for human rights (-> REQUEST change); s1 his visit to Addis Ababa (-> CONSULT visit, the host country's capital as
    # place, recipient null as the fiftieth set's Mogherini) and his praise of the AU force's troops (-> SUPPORT); s2
    # the force's make-up; s3 his press conference with the Ethiopian prime minister (-> CONSULT visit, the fifty-ninth
    # set's meeting within a visit); his words on deployments a view of a standing policy; s4 the US's continuing drone
    # strikes on the militants in Somalia (-> ASSAULT aerial, a continuing campaign with its actor, recipient and place,
    # as the sets' coalition raids); s5 his words; s6 Obama's departure from Kenya (the Kenya visit inside the anchor,
    # its own place -> CONSULT visit, recent) and al-Shabab's attack on a hotel housing diplomatic missions in
    # Mogadishu (-> ASSAULT, mode null as written) and s7 the car bomb before the Jazeera hotel (-> ASSAULT explosives,
    # the fiftieth set's lead beside its detail with the mode and the hotel's name); s8 the victims; s9 the security
    # dialogue (general); s10 Obama pointed to Ethiopia's failings on democracy (-> ACCUSE disapprove); s11-s12 his
    # words (the prime minister's admission inside the quotation not coded); s13 Obama condemned the continued
    # deterioration in South Sudan (-> ACCUSE disapprove, recipient null; the war of the relative clause a bare
    # reference here); s14 the US's key role in South Sudan's independence in 2011 (-> SUPPORT [H]); s15 his words; s16
    # he called for a peace agreement between the two parties within weeks (-> REQUEST, mode null); the toll of the
    # conflict not coded; s19 the mini regional summit on South Sudan in which the Ugandan and Kenyan presidents are to
    # take part (-> CONSULT multilateral [F]); s21 his speech at the AU headquarters on Tuesday (-> CONSULT multilateral
    # [F], the fiftieth set's al-Bashir's planned UN speech); s22-s24 expectations and hopes (not coded).
    "snn-0fad6428d5d1": [
        ("REQUEST", None, 0, ("دعا", 1), "الرئيس الأميركي باراك أوباما", "دول شرق أفريقيا التي تحارب حركة الشباب الصومالية المتطرفة", None, ""),
        ("REQUEST", "change", 0, ("دعا", 2), "الرئيس الأميركي باراك أوباما", "إثيوبيا", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "باراك أوباما", None, "العاصمة الإثيوبية أديس أبابا", ""),
        ("SUPPORT", None, 1, "أشاد", "باراك أوباما", "قوات الدول المشاركة في قوة الاتحاد الأفريقي في الصومال", None, ""),
        ("CONSULT", "visit", 3, "مؤتمر صحافي", "أوباما", "رئيس الوزراء الإثيوبي، هايلي مريم ديسيلين", None, ""),
        ("ASSAULT", "aerial", 4, "غارات بطائرات من دون طيار", "الولايات المتحدة", "المتشددين", "الصومال", ""),
        ("CONSULT", "visit", 6, "يغادر كينيا", "أوباما", None, "كينيا", ""),
        ("ASSAULT", None, 6, "هاجمت", "حركة الشباب", "فندقًا يضم بعثات دبلوماسية", "مقديشو", ""),
        ("ASSAULT", "explosives", 7, "انفجار سيارة مفخخة", None, None, "فندق الجزيرة", ""),
        ("ACCUSE", "disapprove", 10, "تقصير", "الرئيس الأميركي", "إثيوبيا", None, ""),
        ("ACCUSE", "disapprove", 13, ("دان", 1), "أوباما", None, None, ""),
        ("SUPPORT", None, 14, "لعبت دورًا أساسيًا", "الولايات المتحدة", "هذه المنطقة", None, "H"),
        ("REQUEST", None, 16, "دعا", "الرئيس الأميركي", "طرفي النزاع", None, ""),
        ("CONSULT", "multilateral", 19, "قمة إقليمية مصغرة", "الرئيسان الأوغندي يويري موسيفيني والكيني أوهورو كيناتا", None, None, "F"),
        ("CONSULT", "multilateral", 21, "كلمة سيلقيها", "أوباما", None, "مقر الاتحاد الأفريقي", "F"),
    ],
    # Al-Watan column: behind the Iranian nuclear agreement (24 July). s0 after long negotiations the 5+1 and Iran
    # reached an agreement on the nuclear programme (-> AGREE, the fifty-seventh to seventy-second sets' columns; the
    # negotiations a bare anchor, the deal's terms and consequences not coded); s1-s6 the columnist's views and
    # predictions; the US's abandonment of the Shah and Russia's standing by its allies general historical claims of
    # the column (no bounded act) not coded.
    "snn-295616e2102f": [
        ("AGREE", None, 0, "توصلت", 'الدول الغربية "5+1" وإيران', None, None, ""),
    ],
    # Aawsat: distrust of Tehran moves the Republican leaders to thwart the nuclear agreement (6 August). s0 the
    # distrust (a general position); s1 many Republicans criticised the Obama administration for accepting the deal
    # (-> ACCUSE disapprove); s2 Senator Corker: the negotiations are a veiled way for Iran to obtain a nuclear weapon
    # (-> ACCUSE disapprove, the negotiations as recipient; his standing rejection and his fight for a review not coded);
    # s3 his distrust (the same statement, a pronoun: not coded again); s4 Kerry's position (a statement of options);
    # s5 Senator Risch accused the administration's officials of deception (-> ACCUSE allege); s6 all Republican
    # presidential candidates announced their opposition to the agreement (-> ACCUSE disapprove, the fifty-ninth set's
    # Netanyahu's rejection of the agreement); s7 doubts (general); s8 the lawyer Morgenthau, an opponent: approving the
    # deal is like "releasing killers" (-> ACCUSE disapprove) and s9 "Iran supports terrorism" (-> ACCUSE allege, Iran
    # as recipient); his earlier lawsuits a general series; s10 Obama, on announcing the deal in mid-July, affirmed that
    # sanctions would be re-imposed if Iran violates it (-> THREATEN, mode null: sanctions are no PLOVER threat mode;
    # 14 July, recent; the threat itself made, its content conditional); s11-s14 his words restated; s15 the Congress's
    # 60-day review (a procedure); s16 Republican leaders affirmed they will thwart the agreement and promised to
    # obstruct it (-> REJECT, mode null: their announced opposition in the vote to come, unflagged as the rejection is
    # announced now); s17-s18 the procedure; s19 Huckabee likened the signing to sending Israelis to the gas chambers
    # (-> ACCUSE disapprove, the fifty-ninth set's "historic mistake"); the voters' anger not coded; s20 Senator
    # Menendez: the deal is a failure (-> ACCUSE disapprove); s21-s22 the states' standing sanctions and New York's
    # blacklist (standing practices) not coded.
    "snn-f11b212f6017": [
        ("ACCUSE", "disapprove", 1, "انتقد", "الكثير من الجمهوريين", "إدارة الرئيس أوباما", None, ""),
        ("ACCUSE", "disapprove", 2, "طريقة مبطنة لحصول إيران على سلاح نووي", "السيناتور الجمهوري ورئيس لجنة العلاقات الخارجية في مجلس الشيوخ، بوب كوركر", "هذه المفاوضات", None, ""),
        ("ACCUSE", "allege", 5, "اتهم", "السيناتور الجمهوري جيمس ريش عن ولاية إيداهو", "المسؤولين في إدارة أوباما", None, ""),
        ("ACCUSE", "disapprove", 6, "يعارضون", "جميع المرشحين الجمهوريين للرئاسة الأميركية", "هذه الاتفاقية", None, ""),
        ("ACCUSE", "disapprove", 8, "إطلاق سراح القاتلين", "أحد أشهر المحامين الأميركيين في نيويورك، روبرت موريس مورغينثاو", "للصفقة", None, ""),
        ("ACCUSE", "allege", 9, "تدعم الإرهاب", "مورغينثاو", ("إيران", 2), None, ""),
        ("THREATEN", None, 10, "فرض العقوبات مجددًا", "الرئيس الأميركي باراك أوباما", ("إيران", 2), None, ""),
        ("REJECT", None, 16, "سيحبطون", "عدد من زعماء الحزب الجمهوري", "هذه الاتفاقية", None, ""),
        ("ACCUSE", "disapprove", 19, "نقل الإسرائيليين إلى غرف الغاز", "مايك هاكابي", ("صفقة إيران", 2), None, ""),
        ("ACCUSE", "disapprove", 20, "فشل", "السيناتور الديمقراطي روبرت مينينديز", "صفقة إيران", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
