"""Build events-blind42.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-second events blind set; same layout and guidelines as the first
forty-one sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind41.jsonl and their blind/ ..
blind41/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind42.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind42.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-first sets' rule: here "زيارات" from "بزيارات", "ازالة الصورة" from "بازالة", "ضغط" from "بضغط", "قال" from
# "وقال", "فككت عبوات ناسفة" from "وفككت", "تقهقر" from "تقهقر" as written); in actors, recipients and places the fused
# ب/ل/ك is left out ("منطقة بلعة بمدينة رفح" from "بمنطقة", "ثمانية عشر صحفيا" from "لثمانية", "فيسبوك وجوجل ومواقع
# أخرى" from "لفيسبوك", "مجلس العلاقات الخارجية" from "لمجلس", "دار رعاية المسنين ..." from "لدار", "مدينة تدمُر" as
# written after "على"); where the article's alif is elided the fused ل stays ("للأجهزة الأمنية", the first,
# twenty-fifth and twenty-ninth to forty-first sets' rule); spellings as written (the text's own hamza-less "اسرائيل",
# "ايران", "الاكاديميين", "الابناء الايتام", the damma of "تدمُر", the tanwin alif of "شاباً فلسطينياً", "سبباً" and
# "خطأ جسيماً", the quotes of 'الأمين العام لـ"حزب الله" اللبناني حسن نصر الله', the bracket of "الشاب البالغ (20
# عاما)"), copied exactly; a string repeated in its sentence is picked by its occurrence (("استهداف", 1) in the Sinai
# raid, ("القوات", 1) and ("القوات", 2) in the Sinai operations s1, ("إيران", 1) before "الإيراني", ("الخرطوم", 1),
# ("زوجها", 1)). Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to forty-first sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Jazirah (Cairo): the Egyptian army destroys an explosives depot in Sinai (7 August). One sentence of 1,100
    # characters. The air force helicopters' strike on an explosives depot and a car loaded with arms in the Balaa area
    # of Rafah, both destroyed, two militants killed on board (-> ASSAULT aerial, one record: the spokesman's account of
    # the same strike inside the sentence adds the reconnaissance and the car, not a new strike; the toll and the
    # destruction belong to it, the thirty-fourth set's tolls rule; PLOVER "aerial: helicopters"), the "confirmed
    # information from the security bodies" that the terrorists used the depot to hide arms (an intelligence finding ->
    # ACCUSE investigate, the thirty-ninth set's information department's letter and the thirty-fourth set's
    # investigators' finding), the helicopter "pushed at once" to destroy the depot (a mobilisation in the context of
    # an assault: only the ASSAULT, PLOVER MOBILIZE ambiguities). "(العريش - الشيخ زويد - رفح)" names the campaign's
    # zone (a standing campaign, not coded).
    "snn-0550eb797465": [
        ("ASSAULT", "aerial", 0, ("استهداف", 1), "طائرات الهليكوبتر التابعة للقوات الجوية المصرية", "مخزن للمواد المتفجرة وسيارة محملة بالأسلحة والذخائر", "منطقة بلعة بمدينة رفح", ""),
        ("ACCUSE", "investigate", 0, "وردت معلومات مؤكدة", "الأجهزة الأمنية", "العناصر الإرهابية", None, ""),
    ],
    # Al-Riyadh: thunderstorms with surface winds forecast for nine regions (10 August). A weather forecast: none.
    "snn-a19fea293ba2": [],
    # Al-Jazirah (Cairo): the Egyptian army continues its security operations in Sinai (4 August). Coded as the twelfth
    # and thirty-ninth sets' North Sinai reports (campaigns and raids -> COERCE seize or ASSAULT, bombs found and
    # dismantled -> COERCE seize with the planted bombs ASSAULT explosives [F], checkpoints and closures -> COERCE
    # restrict, arrests -> COERCE arrest). s0 the lead: the army, supported by the civil police, continuing its security
    # operations and "pre-emptive strikes" on the terrorist hideouts in several areas of Arish, Sheikh Zuweid and Rafah
    # (a current offensive reported as the article's news -> ASSAULT, mode null, the twelfth set's "واصلت ... دكّ
    # معاقل" and the forty-first set's ongoing advance; the named districts as the place, the vague "عدة مناطق" and the
    # further border and coastal areas left out); s1 the forces' arrest of leaders of armed groups (-> COERCE arrest),
    # their dismantling of explosive devices (-> COERCE seize, the twelfth and thirty-ninth sets' detonated bombs) set
    # to explode on the forces' road (the planted bombs -> ASSAULT explosives [F], the sixteenth and thirty-ninth sets'
    # bombs found before they exploded; actor not named) and their resolve to go on combing (the same campaign
    # restated, a plan: not coded); s2 eyewitnesses: the security forces' new checkpoints south of Sheikh Zuweid (->
    # COERCE restrict), their "violent pursuits" of terrorist elements (a search for suspects -> COERCE arrest [F], the
    # thirty-ninth and forty-first sets' pursuits; the explosions heard are not an attack with a side) and the closing
    # of five main squares in three towns (-> COERCE restrict, PLOVER "cordoning off areas"; passive: actor null); s3
    # the squares named and the traffic diverted (s2's closure restated with names: not coded again); s4 the North Sinai
    # security forces' tightened inspection along the Arish-Qantara road with its checkpoints (a new actor and place ->
    # COERCE restrict, one record for the measure and its checkpoints).
    "snn-779a6e01b3dc": [
        ("ASSAULT", None, 0, "ضرباتها الاستباقية", "قوات الجيش مدعوة بقوات الشرطة المدنية", "أوكار الإرهاب والبؤر الإرهابية والتنظيمات الإرهابية", "شرق وجنوب العريش وجنوب وغرب الشيخ زويد وجنوب وغرب رفح", ""),
        ("COERCE", "arrest", 1, "ألقت القبض", ("القوات", 1), "قيادات من جماعات الإرهابية مسلحة", None, ""),
        ("COERCE", "seize", 1, "فككت عبوات ناسفة", ("القوات", 1), None, None, ""),
        ("ASSAULT", "explosives", 1, "معدة للتفجير", None, ("القوات", 2), None, "F"),
        ("COERCE", "restrict", 2, "أنشأت نقاط تمركز أمني", "القوات الأمنية", None, "جنوب الشيخ زويد", ""),
        ("COERCE", "arrest", 2, "ملاحقات عنيفة", "القوات الأمنية", "عناصر إرهابية", None, "F"),
        ("COERCE", "restrict", 2, "إغلاق 5 ميادين رئيسية", None, None, None, ""),
        ("COERCE", "restrict", 4, "إجراءات التفتيش", "قوات أمن شمال سيناء", None, "طول طريق العريش القنطرة", ""),
    ],
    # Al-Watan column: "When do we bear our responsibility?" (8 August). The columnist's views on fighting extremist
    # thought; the "treacherous stabs from our sons" and the Sakina campaign's shortfall are allusions and views, no act
    # described (the forty-first set's Al-Madina column): none.
    "snn-43726e3cc960": [],
    # Al-Yaum sport: fears of empty stands at the Super Cup in London (11 August). The officials' worry, the fans'
    # opinions and the teams' arrival (sport, the thirty-third to forty-first sets): none.
    "snn-2f5aa0e729d2": [],
    # Sabq (agencies): Dhahi Khalfan to Hassan Nasrallah: "you are like a grocer in politics" (6 August). s0 Khalfan's
    # attack on Nasrallah in his tweets (criticism -> ACCUSE disapprove, the thirty-seventh set's statements on social
    # media, the twenty-sixth set's Khalfan on the Houthi leader); s1 the attack "continued" with a prediction (the same
    # criticism restated: not coded again); s2 his view that entering the Syrian crisis was a wrong decision and
    # Nasrallah's old promise to fight Israel (views and background: not coded); s3 his charge that Nasrallah "was a
    # cause of the ruin of Syria and still is" (a charge of responsibility -> ACCUSE allege, the thirty-eighth set's
    # "we hold ... responsible"; the recipient written after a right-to-left mark, the span starts after it); s4 a lone
    # "."; s5-s6 rhetorical questions and "Iran blinded you" (views); s7 his prediction of painful blows to Hezbollah (a
    # prediction, the thirty-fourth set: not an event); s8-s10 his view of the nuclear deal's effect (the deal only
    # named: no AGREE, the thirtieth to forty-first sets).
    "snn-d4c8433589ec": [
        ("ACCUSE", "disapprove", 0, "هاجم", "نائب رئيس شرطة دبي الفريق ضاحي خلفان", 'الأمين العام لـ"حزب الله" اللبناني حسن نصر الله', None, ""),
        ("ACCUSE", "allege", 3, "سبباً في خراب سوريا", "خلفان", "نصر الله", None, ""),
    ],
    # Al-Riyadh (Reuters): the Turkish prosecutor charges journalists with terrorist propaganda and seeks their jailing
    # (6 August). s0 the prosecutor's demand of seven and a half years for 18 journalists charged with propaganda (an
    # indictment -> ACCUSE allege, the first, sixth and sixteenth sets' charges and referrals; the demanded term is its
    # content) and, inside the relative clause, the judicial official held at gunpoint by far-left militants in March
    # (its own actor and recipient, reported nowhere else -> ASSAULT abduct [H], four months before); s1 the charge
    # restated with the nine newspapers (not coded again) and the Istanbul prosecutor Mehmet Selim Kiraz "later killed
    # in an exchange of fire" (relative clause with its own recipient -> ASSAULT firearms [H]; two-sided fire, no side
    # named: actor null); s2 the authorities' first orders to Facebook, Google and other sites to remove the picture
    # (-> COERCE censor, PLOVER "censor, ban or restrict access to publications or other information"; "في بادئ
    # الأمر", at the time of the March events, undated: historical) and the academics' and rights defenders' charges
    # of a crackdown (-> ACCUSE allege [H], the authorities named earlier in the sentence as the recipient); s3 Turkey's
    # hard line on social media (a standing policy: not coded); s4 the indictment's wording and the prosecutor's office
    # not reached for comment (the charge's content restated: not coded).
    "snn-7a07348509d4": [
        ("ACCUSE", "allege", 0, "طالب بالسجن", "الادعاء", "ثمانية عشر صحفيا", None, ""),
        ("ASSAULT", "abduct", 0, "محتجز تحت تهديد السلاح", "متطرفين من أقصى اليسار", "مسؤول قضائي", None, "H"),
        ("ASSAULT", "firearms", 1, "تبادل لإطلاق النار", None, "المدعي العام التركي في اسطنبول محمد سليم كيراز", None, "H"),
        ("COERCE", "censor", 2, "ازالة الصورة", "السلطات التركية", "فيسبوك وجوجل ومواقع أخرى", None, "H"),
        ("ACCUSE", "allege", 2, "اتهامات", "الاكاديميين والمدافعين عن حقوق الإنسان", "السلطات التركية", None, "H"),
    ],
    # Sabq sport: a sports development company nears sponsoring al-Ittihad (31 July). The club's coming agreement with
    # the company under a charity's funding, its list of sponsors and its friendly in the Milan camp (club business and
    # sport, the twenty-ninth, thirty-second to forty-first sets; the fortieth set's agreement of two national
    # federations was not a club's own contract): none.
    "snn-ec9e020e2799": [],
    # Asharq Al-Awsat: a deal to take the opposition fighters out of al-Zabadani "without their weapons" (25 July;
    # "since Wednesday" = 22 July). s0 an opposition source: Hezbollah pressing the fighters in al-Zabadani to leave
    # under a settlement of withdrawal without weapons, "pressure to surrender" (a demand to give up the town -> REQUEST
    # yield, PLOVER "yield"; the settlement is its content), and de Mistura's meeting "today" with the opposition
    # factions in Istanbul (a planned meeting -> CONSULT [F], the thirty-sixth set's round "today"; talks at a third
    # country, mode null); s1 the source's denial that the matter reached the discussion of an agreement (a denial by a
    # party's own side -> CONSULT [N], the thirty-fourth set's envoy's denied discussion; no party named: actor null),
    # Hezbollah's push restated (not coded again) and the Homs agreements of May 2014 (a bare anchor without its
    # parties, compared only: not coded, the fortieth set); s2 the party's wearing down of the fighters inside since
    # Wednesday (-> ASSAULT, mode null) after its control of the al-Zabadani plain (inside "بعد", its own place,
    # reported nowhere else -> COERCE seize) and its closing of the last tunnels used for movement and arms (a
    # cordoning -> COERCE restrict, the thirty-fifth set's siege); s3 de Mistura's meeting with the 11 factions restated
    # with a figure (not coded again); s4 a source to DPA: the regime refused a ceasefire in the al-Zabadani battles and
    # broke earlier truces (a charge -> ACCUSE allege; the refusal is its content, the thirty-ninth set's object of a
    # refusal not coded apart; the message to de Mistura's team its aim); s5 the proposal days before of a ceasefire in
    # al-Zabadani against one in al-Fu'a (passive, no proposer: not coded, the forty-first set's observers proposal), its
    # refusal (-> REJECT yield, PLOVER "ceasefires"; "he" not named in the sentence: actor null), its partial acceptance
    # (-> AGREE, actor null) under Iran's pressure (a new actor pressing for it -> REQUEST yield) and the failure to
    # abide (not an act).
    "snn-7ace867288e3": [
        ("REQUEST", "yield", 0, "يضغط", "حزب الله اللبناني", "المقاتلين المعارضين في الزبداني", None, ""),
        ("CONSULT", None, 0, "يجتمع", "المبعوث الدولي ستيفان دي ميستورا", "فصائل المعارضة", "إسطنبول", "F"),
        ("CONSULT", None, 1, "مناقشة اتفاق", None, None, None, "N"),
        ("ASSAULT", None, 2, "استنزاف", "الحزب", "المقاتلين المعارضين", None, ""),
        ("COERCE", "seize", 2, "السيطرة", "الحزب", None, "سهل الزبداني", ""),
        ("COERCE", "restrict", 2, "إغلاق آخر الأنفاق", "الحزب", None, None, ""),
        ("ACCUSE", "allege", 4, "رفض إيقاف إطلاق النار", "مصدر", "النظام", None, ""),
        ("REJECT", "yield", 5, "رفض ذلك", None, None, None, ""),
        ("AGREE", None, 5, "وافق جزئيا", None, None, None, ""),
        ("REQUEST", "yield", 5, "ضغط", "إيران", None, None, ""),
    ],
    # Sabq column: "The nuclear agreement with Iran is only what the world reads!" (22 July). s0 the six powers' and
    # Iran's conclusion of an agreement on Iran's nuclear programme after some 16 days of talks (its conclusion described
    # with its parties -> AGREE, once per article, the thirtieth to forty-first sets; the powers as actor and Iran as
    # recipient, as the forty-first set's Majdalani s0; "إيران" first occurrence, before "الإيراني"; the 16 days of talks
    # an anchor of the same parties: not coded apart; 14 July, eight days before: not historical); s1-s5 the agreement's
    # clauses (its content); s6-s20 the writer's views and questions, the lone "!" and "." lines: not coded.
    "snn-e2b7cb6b73d7": [
        ("AGREE", None, 0, "أبرمت", "الدول الست الكبرى", ("إيران", 1), None, ""),
    ],
    # Al-Watan: the Syrian opposition tightens the noose on Assad (4 August). s0 and s7-s11 the Coalition's re-election
    # of Khaled Khoja and its other elections at the close of its 23rd session in Istanbul (matters inside one
    # organisation, the fortieth set's record of the same General Assembly: not coded; the Local Coordination Committees'
    # member's withdrawal from the assembly, s9, an internal membership change: not coded); s1 The Economist's view of the
    # opposition's gains (a view); s2 the Army of Conquest "making notable progress" (a general assessment: not coded,
    # the thirty-ninth set's general states) after its control of Idlib (inside "بعد", its own actor and place, reported
    # nowhere else -> COERCE seize; undated background: historical, the sixteenth to forty-first sets' rule) and its
    # threat to the coastal mountains (a military danger, not a verbal threat: not coded); s3 the Assad forces' retreat
    # and their loss of Palmyra to ISIS (-> RETREAT withdraw and COERCE seize with ISIS as actor, the forty-first set's
    # forced retreat and capture; undated: historical); s4-s6 the analysts' reasons (Turkey's growing military supplies,
    # attrition, defections, the Shia militias: general trends and standing practices, not coded, the thirty-third and
    # thirty-eighth sets' standing programmes).
    "snn-47219bd32276": [
        ("COERCE", "seize", 2, "سيطرته", "جيش الفتح", None, "منطقة إدلب", "H"),
        ("RETREAT", "withdraw", 3, "تقهقر", "قوات الأسد", None, "مدينة تدمُر", "H"),
        ("COERCE", "seize", 3, "فقدانها السيطرة", "تنظيم داعش", None, "مدينة تدمُر", "H"),
    ],
    # Al-Watan column: "The problem of criticism in our collective mind" (27 July). Views on criticism and free speech on
    # social media: none.
    "snn-a5d9a335d397": [],
    # Al-Riyadh: a Palestinian dies during the occupation army's attempt to arrest him (27 July; "today Monday" = 27
    # July). s0 the lead: the Israeli army's killing of a young Palestinian in the Qalandia camp north of Jerusalem
    # (-> ASSAULT, mode null: no method in the sentence); s1 the detail: he died by the Israeli army's bullets (a new
    # sentence with the method -> ASSAULT firearms, the leads-beside-details rule) after it stormed his home (-> COERCE
    # seize, the twelfth and thirty-ninth sets' raids) to arrest him (the raid's aim: not coded, the latest sets) and his
    # attempt to flee (not coded); s2 the Israeli radio's account of a fall from a roof while fleeing a force that had
    # wounded him (a contested counter-account of the death: not coded, the thirty-eighth set's counter-claim); s3 the
    # third Palestinian killed since Tuesday (a series and a toll: not coded) and the Palestinian presidency's charge of
    # "daily killings to create tension" (-> ACCUSE allege, the army named earlier in the sentence as recipient).
    "snn-eae6a685da64": [
        ("ASSAULT", None, 0, "قتل", "جيش الاحتلال الإسرائيلي", "شاباً فلسطينياً", "مخيم قلنديا للاجئين الفلسطينيين شمال مدينة القدس", ""),
        ("ASSAULT", "firearms", 1, "قضى برصاص", "الجيش الإسرائيلي", "الشاب البالغ (20 عاما)", None, ""),
        ("COERCE", "seize", 1, "اقتحامه منزله", "الجيش الإسرائيلي", None, None, ""),
        ("ACCUSE", "allege", 3, "عمليات قتل يومية", "الرئاسة الفلسطينية", "الجيش الإسرائيلي", None, ""),
    ],
    # Okaz column: "A very special 'selfie'" (23 July). Events stated as facts are coded, the columnist's views are not
    # (the fourteenth to forty-first sets' columns); the four examples are "the most prominent in the recent period"
    # (the end of Ramadan, a week before): not historical. s0 the security bodies' locating and reaching a wanted
    # terrorist with his father's help (the raid, named "المداهمة" in s5 -> COERCE seize; "للأجهزة الأمنية" with its
    # fused ل, the alif elided; the father's help not coded, the forty-first set's community tip-off); s1-s4 a question and lone "?" and "." lines; s5 the son's killing of his
    # father during the raid (-> ASSAULT, mode null: no method; his pledge to kill informers a motive); s6 another
    # terrorist pursued by the security services, besieged (-> COERCE restrict, the thirty-ninth set's siege) despite
    # every attempt to persuade him to surrender (-> REQUEST yield), resisting with bullets before he died (-> ASSAULT
    # firearms, the security services named in the sentence as recipient) and his pledge found in a tweet to kill anyone
    # who informed on his comrades (a death threat posted on social media -> THREATEN violence, the thirty-seventh set;
    # the sentence's named subject kept); s7 a young terrorist's attack on his uncle with four bullets and ten stabs (->
    # ASSAULT firearms, the first method named, as the forty-first set's mixed arms) and his blowing himself up at a
    # security checkpoint (-> ASSAULT suicide-attack, the checkpoint the target; the aim to kill guards not coded); s8 a
    # wife's shooting of her husband because he is a security man (-> ASSAULT firearms; "زوجها" first occurrence); s9-s12
    # the writer's views; s13-s15 the e-mail address cut at "hotmail." and the contact line.
    "snn-8f09da6feab6": [
        ("COERCE", "seize", 0, "الوصول إليه", "للأجهزة الأمنية", "إرهابي مطلوب", None, ""),
        ("ASSAULT", None, 5, "يقتل", "الابن", "أباه", None, ""),
        ("COERCE", "restrict", 6, "حصاره", "أجهزة الأمن", "إرهابي آخر", None, ""),
        ("REQUEST", "yield", 6, "محاولات إقناعه بتسليم نفسه", "أجهزة الأمن", "إرهابي آخر", None, ""),
        ("ASSAULT", "firearms", 6, "يقاوم بالرصاص", "إرهابي آخر", "أجهزة الأمن", None, ""),
        ("THREATEN", "violence", 6, "عاهد نفسه عهدا قاطعا", "إرهابي آخر", "أي شخص يبلغ عن واحد من رفاقه", None, ""),
        ("ASSAULT", "firearms", 7, "يباغت", "إرهابي صغير في سنه", "خاله", None, ""),
        ("ASSAULT", "suicide-attack", 7, "يفجر نفسه", "إرهابي صغير في سنه", "نقطة أمن", None, ""),
        ("ASSAULT", "firearms", 8, "رصاصات غادرة", "زوجة", ("زوجها", 1), None, ""),
    ],
    # Ain Al-Youm (Reuters): Kerry: any Israeli move against Iran would be a "grave mistake" (25 July; "today Friday" =
    # 24 July). s0 the byline; s1 Kerry's warning that Israel would make a grave mistake if it decided on unilateral
    # military action against Iran (a warning of consequences -> THREATEN, mode null, the fortieth set's warnings of
    # consequences; the Israeli action is the conditional content: not coded); s2-s4 the NBC "Today" interview (a media
    # interview, not a meeting with a counterpart: not coded; the programme's name cut at "أن." "بي." s2-s4) and the
    # nuclear agreement the six powers reached with Iran last week (its conclusion described with its parties -> AGREE,
    # once per article, the thirtieth to forty-first sets; the possible Israeli attack is the question's content); s5-s8
    # the warning restated in quotation with its lone "." and closing quotation mark (not coded again); s9 his warning
    # later that day that Israel's position would be worse if Congress did not approve the agreement (the text's own
    # "حذر", a warning of consequences to Congress -> THREATEN, mode null; "حذر": actor null, the implied subject; the
    # fortieth set reported the same remarks with "قال" and coded none); s10 Congress's deadline (procedure); s11 his
    # remarks at the Council on Foreign Relations in New York (a talk at a think tank -> CONSULT with the institute as
    # recipient and the city as place, the fortieth set's record of the same talk; "وقال": actor null); s12-s15 the
    # quotation (views) and its closing marks; s16 the agreement reached in Vienna restated with its terms (not coded
    # again); s17 the West's suspicion and Tehran's position (standing positions); s18 the tags line.
    "snn-bdbf59d728bb": [
        ("THREATEN", None, 1, "خطأ جسيماً", "وزير الخارجية الأمريكي جون كيري", "اسرائيل", None, ""),
        ("AGREE", None, 4, "توصلت اليه", "القوى العالمية الست", "ايران", None, ""),
        ("THREATEN", None, 9, "حذر", None, "الكونجرس", None, ""),
        ("CONSULT", None, 11, "قال", None, "مجلس العلاقات الخارجية", "نيويورك", ""),
    ],
    # Al-Jazirah column: "Fines and public naming: the cure for harassment!" (26 July). Events stated as facts are
    # coded, the columnist's views are not. s0 the youths' improper behaviour towards two girls on the Jeddah corniche
    # and the earlier harassment in Dhahran and Riyadh (the harassment is not coded: no physical act described, the
    # third, fifth, twenty-sixth and thirty-first sets' rule for the same clips); s1-s8 views and lone "." lines; s9 the
    # Makkah emir Prince Khalid al-Faisal's directive to the police to arrest the accused quickly and bring them to
    # justice (an authority's order to detain named suspects -> COERCE arrest, the first set's prosecutor ordering
    # detention; the Jeddah video of the second day of Eid, eight days before: not historical; the thirty-first set
    # coded the news of the same arrest) and to intensify the security presence on the corniche, in the parks and the
    # promenades (-> MOBILIZE police, PLOVER "mobilize or increase readiness of police or security units"; the
    # anaphoric "الكورنيش" and the generic places: location null); s10-s20 views, lone marks and the writer's wish
    # about penalties; s21-s28 the list of the writer's other columns.
    "snn-4a403375f273": [
        ("COERCE", "arrest", 9, "إلقاء القبض", "الأمير خالد الفيصل أمير منطقة مكة المكرمة", "المتهمين بالتحرش", None, ""),
        ("MOBILIZE", "police", 9, "تكثيف التواجد الأمني", "الأمير خالد الفيصل أمير منطقة مكة المكرمة", None, None, ""),
    ],
    # Al-Yaum: family atmosphere in the Eid visits to the elderly, orphans and disabled (23 July). Visits with a
    # counterpart (the residents of the care homes, not a government body) -> CONSULT visit and gifts -> AID, as the
    # thirty-fourth set's Buraidah centre and the sixteenth, thirty-first and thirty-eighth sets' Eid visits. s0 the
    # lead: the Dammam social affairs branch sharing the Eid joy with the residents of the care homes (-> CONSULT visit);
    # s1 the detail with a new actor and recipients: the assistant director-general's visits to the elderly home, the
    # rehabilitation centres and the social observation home (-> CONSULT visit, leads beside their details, a new actor
    # and recipients) and the Eid gifts given to the orphans (-> AID; the congratulations and the talk part of the visit);
    # s2 his statement on the visits' aim and their holding all year (an aim and a standing practice: not coded).
    "snn-a94d2b6ab3db": [
        ("CONSULT", "visit", 0, "شاركت", "الشؤون الاجتماعية بالدمام", "نزلاء مراكز المسنين والأيتام والمعاقين في دور الرعاية", None, ""),
        ("CONSULT", "visit", 1, "زيارات", "مساعد مدير عام الشؤون الاجتماعية بالمنطقة الشرقية نبيل راشد الدوسري", "دار رعاية المسنين ومركز التأهيل الشامل للمعاقين ودار الملاحظة الاجتماعية ومركز التأهيل الشامل للمعاقين وذوي الاحتياجات الخاصة", None, ""),
        ("AID", None, 1, "تقديم المعايدات", "مساعد مدير عام الشؤون الاجتماعية بالمنطقة الشرقية نبيل راشد الدوسري", "الابناء الايتام", None, ""),
    ],
    # Al-Weeam (SPA): the people of Wadi al-Dawasir keep the old ways of Eid (21 July). Eid customs, the residents'
    # mutual visits (habitual social customs without a counterpart body, the twenty-first set's visits without a
    # counterpart) and the elders' recollections; the link line cut at "بالصور." s6-s8 (not coded, the twentieth to
    # forty-first sets): none.
    "snn-ef881d36fbf8": [],
    # Sabq: the Asir mayor chairs the municipalities' meeting in Mahayil (2 August). The periodic meeting of the
    # region's municipal chiefs and the mayor's tour of the municipality's projects and of the election centres (a
    # meeting and an inspection inside one government sector, the twenty-ninth, thirty-second to forty-first sets):
    # none.
    "snn-baf66a1001c7": [],
    # Al-Watan: intensive efforts to solve the South Sudan problem (3 August). s0 Khartoum's wide contacts with the two
    # sides of the crisis (-> CONSULT, mode null, the twenty-first and fortieth sets' contacts), in fulfilment of its
    # pledges at the last Addis Ababa meeting (relative clause with its own place, reported nowhere else -> AGREE, the
    # sets' promises; the sentence's named subject kept) attended by President Obama last week (-> CONSULT multilateral,
    # the attendee as actor, the thirty-ninth set's summit attendance; "last week": not historical); s1 a senior Sudanese
    # foreign ministry source: the officials' talks with both sides (s0's contacts restated: not coded again), a
    # delegation's meeting with the rebel leader Riek Machar (a new recipient -> CONSULT, mode null) and the agreement
    # on some points (-> AGREE; passive: actor null); s2 the South Sudanese foreign minister Barnaba Benjamin's arrival
    # in Khartoum in the coming days for talks (a planned visit -> CONSULT visit [F] with the city as place, the
    # thirty-fourth and thirty-sixth sets' planned trips; "الخرطوم" first occurrence); s3 his mandate from his government
    # (inside one government; its aim): not coded; s4 his declared commitment to continue the dialogue between the two
    # countries (an expressed intent -> AGREE, the thirty-eighth and fortieth sets' readiness; "أنه أعلن": actor null);
    # s5 the talks on the cooperation agreement to continue (restated, a hope: not coded); s6 the rivals' expected
    # meeting in Addis Ababa on 5 August under IGAD (a planned mediated meeting -> CONSULT [F], mode null, the fortieth
    # set's mediated talks; Benjamin's words on its agenda restate it).
    "snn-06b60d8b4976": [
        ("CONSULT", None, 0, "اتصالات واسعة", "الخرطوم", "طرفي الأزمة", None, ""),
        ("AGREE", None, 0, "تعهداتها", "الخرطوم", None, "العاصمة الإثيوبية أديس أبابا", ""),
        ("CONSULT", "multilateral", 0, "الاجتماع الأخير", "الرئيس الأميركي باراك أوباما", None, "العاصمة الإثيوبية أديس أبابا", ""),
        ("CONSULT", None, 1, "التقى", "وفدا", "النائب السابق للرئيس الجنوبي وزعيم التمرد الحالي، رياك مشار", None, ""),
        ("AGREE", None, 1, "تم الاتفاق", None, None, None, ""),
        ("CONSULT", "visit", 2, "سيصل", "وزير خارجية جنوب السودان برنابا بنجامين", None, ("الخرطوم", 1), "F"),
        ("AGREE", None, 4, "تأكيده باستمرار الحوار", None, None, None, ""),
        ("CONSULT", None, 6, "اللقاء المرتقب", "الفرقاء في دولة الجنوب", None, "أديس أبابا", "F"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
