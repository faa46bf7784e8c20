"""Build events-blind32.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-second events blind set; same layout and guidelines as the first
thirty-one sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind31.jsonl and their blind/ ..
blind31/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind32.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind32.jsonl")

# The Al-Weeam report on the coalition raids near Mosul writes "تنظيم" + a space + a NO-BREAK SPACE (U+00A0) +
# "داعش" in its s0; the recipient span below copies it exactly.
ISIS_NBSP = "عشرات من عناصر تنظيم \u00a0داعش"

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunction و are left out of a trigger where the word stands whole (the twentieth to
# thirty-first sets' rule: here "السجن" from "بالسجن", "تفجير سيارته المفخخة" from "بتفجير", "القاء القبض" from
# "لالقاء", "مقتل" from "لمقتل", "تعزيز الأمن" as written); in actors, recipients and places the fused ب/ل/ك is left
# out ("داعش" from "لداعش" in the Cameron s0, "الاتفاق" from "بالاتفاق", "الموصل" and "ويلسون" picked by their
# occurrence); spellings as written ("الاعلام", "ايران", "الامن", "الاجتماع", "مسئولية", "أبوجعفر السوداني" in one
# word, "«داعش»" with its guillemets, the U+00A0 no-break space inside the Mosul s0 recipient, copied exactly); a
# string inside a longer word or repeated in its sentence is picked by its occurrence ("إيران" in the Farhangian s0,
# "الشرطة" in "رجال الشرطة", "بنجلاديش" before "البنجلاديشي", "الاتفاق" twice in the Saudi media s1).
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates the
# headline (the twentieth to thirty-first sets; the first, tenth to fourteenth and seventeenth sets coded it like any
# sentence: the latest sets' decision is followed, see SOURCE-events-blind32.txt); nor the Ain Al-Yaum dateline and
# tag line, the Al-Jazirah picture caption, the Okaz lone "." lines and source line.
# Speakers and actors named only by a pronoun, an implied subject or a passive ("اتهم", "تم حبسهما", "تم التوقيع",
# "تقرر", "وقعنا") are null (the eighteenth, twenty-seventh to thirty-first sets); a subject named earlier in the same
# sentence is kept for its further clauses ("لجنة المسابقات ..." for "كونها لن تجري", "الدبلوماسي ... فرهنكيان" for
# "اجتماعه").
GOLD = {
    # Sabq: a Saudi family survives a fire in its flat in al-Nahda, Tabuk (31 July). s0 the police's investigation to
    # establish whether there is a criminal suspicion behind the fire (-> ACCUSE investigate, PLOVER "all
    # investigations ... of criminal activity", the sixteenth set's "فتحت الشرطة تحقيقا بشأن الحادث"). Not coded: the
    # fire itself (an accident), s1-s6 (the civil defence's and the Red Crescent's rescue and transport of the injured:
    # emergency services, no PLOVER event; the third injured refusing transport, a private choice).
    "snn-58b916352488": [
        ("ACCUSE", "investigate", 0, "التحقيقات", "الشرطة", None, None, ""),
    ],
    # Al-Eqtisadiah: a Sudanese migrant walked 50 km through the Channel tunnel (7 August). s0 the authorities stopping
    # him a short distance before the tunnel's British entrance (-> COERCE arrest, the twenty-third set's detention of
    # migrants; "قبل مسافة قليلة من مدخل النفق" descriptive: location null); s2 the British police finding Abdul Rahman
    # Haroun near the entrance close to Folkestone on Tuesday evening (the same apprehension with new content, the
    # actor, the man's name and the place -> its own COERCE arrest, the thirty-first set's Tunisian cell s0/s3); s3 the
    # charge of "causing an obstruction to an engine or carriage using a railway" (-> ACCUSE allege; passive "اتهم":
    # actor null, the pronoun only: recipient null; his coming court appearance not coded apart); s4 Prime Minister
    # Cameron's statement last month that he would take measures including reinforcing security at the Calais terminal
    # (-> MOBILIZE police [F], the twenty-third set's reinforcements of the police at the tunnel; "الشهر الماضي", late
    # July: not historical); s5 the government working with its French counterpart and Eurotunnel to solve the crisis
    # (-> COOPERATE, the twenty-first set's "تساعد"). Not coded: s1 (the migrants' attempts from the Calais camps: a
    # standing situation), s4's "no quick solution" (a view), s6 (Eurotunnel's silence), s7 (more than 39,000 attempts
    # foiled in 2014-2015: a yearly tally, the sixth to thirty-first sets' tolls).
    "snn-bb40860a043b": [
        ("COERCE", "arrest", 0, "توقفه", "السلطات", "مهاجر سوداني", None, ""),
        ("COERCE", "arrest", 2, "عثرت على", "الشرطة البريطانية", "عبد الرحمن هارون", "فولكستون في جنوب شرق انجلترا", ""),
        ("ACCUSE", "allege", 3, "اتهم", None, None, None, ""),
        ("MOBILIZE", "police", 4, "تعزيز الأمن", "رئيس الوزراء البريطاني ديفيد كاميرون", None, "المحطة بكاليه", "F"),
        ("COOPERATE", None, 5, "تعمل مع", "الحكومة", "نظيرتها الفرنسية وشركة يوروتانيل", None, ""),
    ],
    # Sabq: nine years in prison for a Saudi who joined ISIS and fought in Syria (3 August). s0 the Specialised
    # Criminal Court's preliminary ruling, at its summer seat in Jeddah, sentencing a Saudi citizen, a serviceman, to
    # nine years (-> SANCTION convict, and the prison sentence -> COERCE arrest: PLOVER "convictions that result in
    # imprisonment should also be coded as COERCE arrest", the first, third, seventh and tenth sets' rule; the
    # twenty-ninth set's conviction with time served had no prison term); s7 the public prosecutor's and the
    # defendant's decision, at the ruling's announcement, to object to it by a memorandum (an appeal against the
    # verdict -> REJECT, mode null, PLOVER "all rejections and refusals"; decided, not only planned: no flag). Not
    # coded: s1 and s6 (the fine and the travel ban, the ruling's content restated), s2-s5 (the offences he was
    # convicted of: PLOVER, "an accusation ... reported alongside a formal conviction" is not coded, the twenty-ninth
    # set; his travel to Syria, joining ISIS, training and fighting are the convicted acts, not coded apart, the
    # thirteenth to thirty-first sets' charged acts), s7's copies of the ruling and the appeal instructions
    # (procedure).
    "snn-c44577fe3766": [
        ("SANCTION", "convict", 0, "حكماً ابتدائياً", "المحكمة الجزائية المتخصصة", "مواطن سعودي", "محافظة جدة", ""),
        ("COERCE", "arrest", 0, "السجن", "المحكمة الجزائية المتخصصة", "مواطن سعودي", "محافظة جدة", ""),
        ("REJECT", None, 7, "الاعتراض", "المدعي العام والمدعى عليه", None, None, ""),
    ],
    # Al-Jazirah: the Jouf municipal elections committee starts putting up 600 billboards (8 August). An electoral
    # committee's publicity campaign and its chairman's statement (an administrative programme, the fourteenth and
    # sixteenth sets' notices; s0 a picture caption): none.
    "snn-dd40947a0a82": [],
    # Al-Jazirah: seven killed and nineteen wounded by a car bomb in Derna (11 August). s0 the car bomb in the eastern
    # coast area of Derna (-> ASSAULT explosives; no perpetrator named in the sentence: actor null; the dead and
    # wounded belong to the record); s1 ISIS's claim that "Abu Jaafar al-Sudani" detonated his car bomb on a gathering
    # of what it called the "Sahwat of apostasy" (new content, the perpetrator and the target -> its own ASSAULT
    # explosives, the claimed attack with its named perpetrator as actor, the twelfth, fifteenth and twenty-fifth sets'
    # claims: the claim as such not coded; the text does not call it a suicide attack: explosives, as s0's "سيارة
    # ملغومة"); s2 the official government's air force striking an area ISIS fighters were trying to seize (->
    # ASSAULT aerial; "منطقة كان ..." descriptive: location null); s3 the interim prime minister Abdullah al-Thinni's
    # praise of the police in al-Bayda (-> SUPPORT, the sets' thanks and praise). Not coded: s0's "تكثيف تنظيم
    # «داعش» الإرهابي هجومه لاستعادة تلك المدينة" (an offensive under way, a campaign, the fifth set's "يكثف
    # المتمردون هجومهم"), s2's ISIS attempt to seize the area (the s2 strike's target), s3's talks of al-Thinni
    # with the head and members of the city's security directorate and s4 (a meeting inside one government, the
    # twenty-ninth set; the needs provided by the interior ministry, internal), s5 (his statement of the
    # government's priorities).
    "snn-224c683b6ec1": [
        ("ASSAULT", "explosives", 0, "انفجار سيارة ملغومة", None, "7 أشخاص ليبيين", "منطقة الساحل الشرقي في مدينة درنة شرق ليبيا", ""),
        ("ASSAULT", "explosives", 1, "تفجير سيارته المفخخة", "أبوجعفر السوداني", "تجمع ما أسموه بـ»صحوات الردة»", "منطقة الساحل الشرقي في مدينة درنة", ""),
        ("ASSAULT", "aerial", 2, "ضربة جوية", "سلاح الطيران التابع للحكومة الرسمية بليبيا", "مقاتلو «داعش»", None, ""),
        ("SUPPORT", None, 3, "أشاد", "رئيس الحكومة الليبية المؤقتة عبدالله الثني", "عناصر الشرطة في مدينة البيضاء", None, ""),
    ],
    # Al-Yaum: Cameron: Britain ready to bomb the militants in Libya and Syria if a danger appears (27 July). s0 Prime
    # Minister David Cameron's readiness to order air strikes on ISIS targets in Libya and Syria to ward off attacks on
    # Britain's streets (a threat of force with its means named -> THREATEN violence; the twenty-third, twenty-seventh
    # to thirty-first sets give null only to a warning without a named force; the targets' countries are the threat's
    # content: location null); s1 his arrival in Indonesia on the first leg of a four-day trade mission, where he spoke
    # (-> CONSULT visit, the fifteenth and twenty-third sets' Hammond in Singapore: the one report of the visit, in the
    # frame of the statements); s12 Britain's raising of the domestic terror alert to the second-highest level in
    # August of last year (-> MOBILIZE police, PLOVER "increase readiness of police or security units"; a year before:
    # historical). Not coded: s1's hoped-for alliances (an aim), s2-s11 (s0's threat quoted, cut at its lone "." and
    # quotation-mark lines), s12's "an attack is highly likely" (an assessment).
    "snn-3cd9cf9e1dcf": [
        ("THREATEN", "violence", 0, "مستعد لتوجيه أوامر بضربات جوية", "رئيس الوزراء البريطاني ديفيد كاميرون", "داعش", None, ""),
        ("CONSULT", "visit", 1, "هبوطه", "كاميرون", None, "إندونيسيا", ""),
        ("MOBILIZE", "police", 12, "رفعت درجة التأهب للإرهاب", "بريطانيا", None, None, "H"),
    ],
    # Al-Weeam: the Saudi media: the Iranian nuclear deal an aggression on Arab interests (21 July). A press review:
    # the papers' criticisms are the reported events, each paper's or writer's item its own record after the
    # summary, as the thirty-first set's Emirati officials and their tweets. s0 the Saudi media's attack on the nuclear
    # deal (-> ACCUSE disapprove, the deal, the direct object, as recipient, the thirtieth set's Boehner and New York
    # demonstration) and the columnists' decrying of the focus on Tehran's nuclear plans (a second actor -> ACCUSE
    # disapprove, recipient null); s1 the Kingdom's welcome of the deal (-> SUPPORT, PLOVER "approve policy"; a week
    # before: not historical); s3 the Asharq Al-Awsat cartoon of the trampled Middle East (-> ACCUSE disapprove, the
    # paper as actor; s4 its reading, the same item); s5 the Saudi official's words to Reuters on an Iranian
    # government "that Riyadh blames for the chaos in Yemen, Syria and Iraq" (holding responsible -> ACCUSE allege,
    # inside the relative clause with its own actor and recipient; the official's fear itself a prediction, not
    # coded); s6 the Al-Jazirah column of Jasser al-Jasser, "Terrorist Iran instead of nuclear Iran" (-> ACCUSE
    # disapprove, the columnist as actor); s7 the Al-Watan cartoon on Iran's intervention feeding sectarian conflict
    # (-> ACCUSE disapprove; s8 its description, the same item). Not coded: the deal itself (only the object of the
    # criticism and of the welcome, no act of concluding it described in the article: the thirtieth set's Americans
    # divided; the thirty-first set's "once per article" applies where it is described), s1's stress on strict
    # inspection (a general statement), s2 (the officials' private fears: predictions), s9-s10 (Ghassan Charbel's
    # analysis of the shared fear of ISIS behind the deal: analysis, no disapproval), s11 (link line).
    "snn-eb8438db6f81": [
        ("ACCUSE", "disapprove", 0, "هاجمت", "وسائل الاعلام السعودية", "الاتفاق النووي الإيراني مع القوى العالمية", None, ""),
        ("ACCUSE", "disapprove", 0, "شجب", "كتاب الأعمدة", None, None, ""),
        ("SUPPORT", None, 1, "مرحبا", "المملكة", ("الاتفاق", 1), None, ""),
        ("ACCUSE", "disapprove", 3, "رسم", "صحيفة الشرق الأوسط", None, None, ""),
        ("ACCUSE", "allege", 5, "تلقي الرياض باللوم عليها", "الرياض", "حكومة إيرانية", None, ""),
        ("ACCUSE", "disapprove", 6, "لمح فيه إلى مخاوفه", "كاتب العمود جاسر الجاسر", None, None, ""),
        ("ACCUSE", "disapprove", 7, "القلق", "صحيفة الوطن السعودية اليومية", None, None, ""),
    ],
    # Okaz column: "The groups fail the Syrian revolution" (7 August). The columnist's views on the foreign extremist
    # groups, the international community and the regime (columns' views are not events, the fourteenth to
    # thirty-first sets). Not coded: the arms and training given to the rebels and the groups' assassinations and
    # kidnappings (undated standing programmes and series, the thirty-first set's US training of the Syrian fighters),
    # the regime's daily shelling (a series), the air intervention in Libya (a bare comparison), s1 and s3 (lone "."):
    # none.
    "snn-37bdaadba5c4": [],
    # Al-Riyadh: a cooperation agreement between the Kingdom and Algeria in Islamic affairs and endowments (6 August).
    # s0 the third meeting in Algiers of the committee following up the executive programme of the cooperation
    # agreement (a joint committee of the two states: both sides as one actor, PLOVER "no clear distinction ...
    # all participants are coded in the actor field"; "للجنة" kept whole, the article's alif elided -> CONSULT, mode
    # null, the twelfth to thirty-first sets' talks outside a visit) and the cooperation agreement signed between
    # the two states (an agreement in force, undated -> AGREE [H], the seventeenth, twentieth and thirty-first
    # sets); s1 the signing of the minutes of the third meeting
    # (-> AGREE, the sets' signings; "تم": actor null); s2 the two sides' high appreciation of the two governments'
    # efforts (praise -> SUPPORT); s4 the decision to hold the committee's fourth meeting in Riyadh, its date to be set
    # (a planned meeting -> CONSULT [F], the twenty-ninth and thirtieth sets' planned meetings; "تقرر": actor null);
    # s5 the secretary-general Boubakar Khaldi's welcome and thanks to Algeria's guests (-> SUPPORT) and the director of
    # external relations Abdulmajid al-Omari's thanks to the officials of the two countries (-> SUPPORT; two speakers:
    # two records). Not coded: s1's approval of the agenda and the agreement's clauses (content), s3 (the need to take
    # measures and the next phase's workshops: general statements and plans without an act), s6 (the signing and the
    # agreement restated with the leaders' and ministers' patronage).
    "snn-98392b026d15": [
        ("CONSULT", None, 0, "الاجتماع الثالث", "للجنة المكلفة بمتابعة البرنامج التنفيذي", None, "العاصمة الجزائر", ""),
        ("AGREE", None, 0, "اتفاقية التعاون الموقعة", "المملكة العربية السعودية والجمهورية الجزائرية الديمقراطية الشعبية", None, None, "H"),
        ("AGREE", None, 1, "التوقيع على محضر الاجتماع الثالث", None, None, None, ""),
        ("SUPPORT", None, 2, "ثمن", "الجانبان", "حكومتي البلدين", None, ""),
        ("CONSULT", None, 4, "عقد الاجتماع الرابع", None, None, "مدينة الرياض", "F"),
        ("SUPPORT", None, 5, "شاكرا", "الأمين العام بوبكر خالدي", "ضيوف الجزائر", None, ""),
        ("SUPPORT", None, 5, "شكره", "المدير العام للعلاقات الخارجية عبدالمجيد العمُري", "المسؤولين في البلدين", None, ""),
    ],
    # Al-Riyadh: violent clashes between police and protesters in Ferguson (11 August). s0 two people wounded in a
    # shooting during a march in Ferguson, Missouri, the day before yesterday (-> ASSAULT firearms, no shooter named:
    # actor null; the march is the one of s5, coded there) and the killing of the unarmed black youth Michael Brown by
    # a white police officer, whose first anniversary it was (inside the anchor, with its actor and victim -> ASSAULT
    # firearms, "برصاص"; 9 August 2014: historical; "في المدينة" anaphoric: location null); s1 the grand jury's refusal
    # in November to indict Wilson (a refusal -> REJECT, the twenty-ninth set's court refusal; historical) and the wave
    # of violence that followed (-> PROTEST riot [H], the fourteenth and nineteenth sets' riots in background); s2 the
    # police trying to disperse the demonstrators (PLOVER: "police pushed back protesters" -> COERCE restrict; the
    # shots of the sentence are s0's shooting restated; the protesters' blocking and smashing coded in s6 where the
    # street is named); s5 the peaceful march in the St. Louis suburb that began the commemoration (-> PROTEST demo,
    # no organiser named: actor null); s6 dozens of protesters blocking traffic and smashing shop windows on West
    # Florissant Avenue (-> PROTEST riot, PLOVER "property damage"); s7 the protesters throwing water bottles towards
    # the police barricades (-> ASSAULT primitive, the fifteenth set's stones and firebombs; no target named), the
    # barricades set up by the police (inside the relative clause, with its actor -> COERCE restrict, the sets'
    # cordons), the police not moving to arrest any of the demonstrators (-> COERCE arrest, negated) and the activists'
    # and clergymen's calls for calm (-> REQUEST, mode null). Not coded: s1's robbery by Brown minutes before his
    # killing and his encounter with Wilson (background detail of the s0 killing), s3-s4 (the unknown source of the fire
    # and the wounded's condition), s5's months of protests since 2014 (a series) and minute of silence, s7's chant
    # "we are ready for war" (a slogan, not a threat of a named party), s8 (s0's gunfire restated, the police taking
    # cover).
    "snn-b3f5b492e59e": [
        ("ASSAULT", "firearms", 0, "إطلاق للنار", None, "شخصان", "مدينة فيرجسون بولاية ميزوري الأميركية", ""),
        ("ASSAULT", "firearms", 0, "مقتل", "ضابط شرطة أبيض", "الشاب الأسود الأعزل مايكل براون", None, "H"),
        ("REJECT", None, 1, "رفضت", "هيئة محلفين كبرى", ("ويلسون", 2), None, "H"),
        ("PROTEST", "riot", 1, "موجة من أعمال العنف", None, None, None, "H"),
        ("COERCE", "restrict", 2, "تحاول تفريق", "الشرطة", "المتظاهرين", None, ""),
        ("PROTEST", "demo", 5, "مسيرة سلمية", None, None, "ضاحية سانت لويس", ""),
        ("PROTEST", "riot", 6, "هشموا نوافذ المتاجر", "عشرات المحتجين", None, "شارع ويست فلوريسانت أفنيو", ""),
        ("ASSAULT", "primitive", 7, "القاء زجاجات المياه", "المحتجون", None, None, ""),
        ("COERCE", "restrict", 7, "الحواجز", "رجال الشرطة", None, None, ""),
        ("COERCE", "arrest", 7, "القاء القبض", ("الشرطة", 2), "أي من المتظاهرين", None, "N"),
        ("REQUEST", None, 7, "مطالبين بالهدوء", "نشطاء ورجال دين", "الجانبين", None, ""),
    ],
    # Al-Weeam: dozens of ISIS members killed in coalition raids near Mosul (22 July). s0 the US-led coalition's air
    # strikes on ISIS positions in villages south-east of Nineveh on Wednesday (-> ASSAULT aerial, the dead in the
    # record); s1 the PUK official Rashad Kalali: the strikes hit a building and ISIS checkpoints in Tal Shaeer, killing
    # at least 28 (a new place -> its own ASSAULT aerial, the thirtieth and thirty-first sets' new places; the
    # coalition not named in the sentence: actor null); s2 the coalition's bombing of headquarters in the villages of
    # Duwaizat and al-Houd near Mosul (another place -> ASSAULT aerial); s3 ISIS's entry into Mosul on 10 June of last
    # year (inside "منذ", with its actor and date -> COERCE seize, historical, the twenty-third and thirty-first sets'
    # fall of Mosul). Not coded: s2's assessment of ISIS's limited presence, s3's control of most districts (a standing
    # state), s4 (link line).
    "snn-fe283df318a5": [
        ("ASSAULT", "aerial", 0, "ضربات جوية", "مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة", ISIS_NBSP, "جنوب شرق محافظة نينوى", ""),
        ("ASSAULT", "aerial", 1, "الضربات", None, "مبنى ونقاط تفتيش لداعش", "قرية تل شعير", ""),
        ("ASSAULT", "aerial", 2, "قصف", ("التحالف", 1), "مقرات", "قريتي دويزات والحود قرب الموصل", ""),
        ("COERCE", "seize", 3, "دخوله", "داعش", None, ("الموصل", 2), "H"),
    ],
    # Al-Eqtisadiah sports: "In the second round ... they will satisfy Al-Ahli" (8 August). Coded where the football
    # federation's committee and a club act towards each other (the twenty-second and twenty-sixth sets: a governing
    # body's decisions towards named parties are coded; matters internal to one club are not, the twenty-third to
    # thirty-first sets). s0 the competitions committee's commitment to take Al-Ahli's remarks into account in the
    # second round (a promise -> AGREE) while making no change to the first round's schedule (a refusal of the
    # requested change -> REJECT change; the named committee kept for "كونها"); s2 the coordination meeting of Al-Ahli's
    # officials with the committee's chairman Dr Khalid al-Muqrin and the federation's secretary-general Ahmed
    # al-Khamis (-> CONSULT, mode null, the twenty-second set's meeting of the youth welfare president with the
    # federation); s5 Prince Khalid bin Abdullah's attack on the competitions committee (-> ACCUSE disapprove, the
    # twenty-fifth and thirty-first sets' reported attacks and tweets). Not coded: s1 (s0's refusal quoted), s2's
    # "سيتم النظر" (s0's promise restated), s3 (Al-Ahli's delegate absent from the clubs' last meeting: an absence,
    # not a stated refusal), s4 (the fans' anger and the meeting restated), s6-s9 (the tweets quoted: the s5 attack;
    # s8's exhortation includes the speaker), s10 (the coach's training: club business).
    "snn-73b90ab7d4c5": [
        ("AGREE", None, 0, "ستهتهم", "لجنة المسابقات في الاتحاد السعودي لكرة القدم", "الأهلي", None, ""),
        ("REJECT", "change", 0, "لن تجري أي تعديل", "لجنة المسابقات في الاتحاد السعودي لكرة القدم", None, None, ""),
        ("CONSULT", None, 2, "الاجتماع التنسيقي", "منسوبي النادي الأهلي", "الدكتور خالد المقرن رئيس لجنة المسابقات وأحمد الخميس أمين عام اتحاد كرة القدم", None, ""),
        ("ACCUSE", "disapprove", 5, "هجوما", "الأمير خالد بن عبد الله", "لجنة المسابقات", None, ""),
    ],
    # Al-Riyadh: 47,000 women in Iran dismissed after returning from maternity leave (31 July). s1 the nuclear agreement
    # concluded on 14 July between the great powers and Iran (in a relative clause with its parties and date -> AGREE,
    # once per article, the twenty-sixth and thirtieth sets; seventeen days before: not historical); s9 the interim
    # agreement signed between Tehran and the great powers (-> AGREE, its partial lifting of sanctions its content;
    # November 2013: historical). Not coded: s0 and s3 (the dismissals by employers: labour market, no political
    # actor), s2 (the austerity budget, the unfunded law: domestic policy and legislation), s4-s8 (the official's
    # statements and the statistics).
    "snn-c046a3ea13c4": [
        ("AGREE", None, 1, "الاتفاق حول النووي المبرم", "الدول الكبرى وإيران", None, None, ""),
        ("AGREE", None, 9, "الاتفاق المرحلي الذي وقع", "طهران والدول الكبرى", None, None, "H"),
    ],
    # Ain Al-Yaum: oil falls as the market awaits the Iran and Greece talks (24 July). A market report (the first to
    # thirty-first sets): s9 the eurozone finance ministers' meeting scheduled for tomorrow, Saturday, in a last
    # attempt to reach an agreement with Greece (a planned meeting of a multilateral body, with its actor -> CONSULT
    # multilateral [F], the third set's ASEAN and the twenty-ninth and thirtieth sets' planned meetings; its aim not
    # coded). Not coded: s0 and s10 (dateline and tag line), s1-s2 (the nuclear talks and the Greek negotiations as
    # the market's expectation: bare mentions of talks under way), s4-s6 (prices, cut at the decimal point), s7 (a
    # possible agreement: a prediction), s8 (a necessity).
    "snn-07412d1f3f09": [
        ("CONSULT", "multilateral", 9, "يلتقي", "وزراء مالية دول منطقة اليورو", None, None, "F"),
    ],
    # Al-Watan column: "Agreements without credit!" (3 August). Events stated as facts are coded, the columnist's views
    # are not. s0 the bilateral agreements the Labour Ministry signed with the labour-exporting countries (agreements
    # in force, undated -> AGREE [H], the seventeenth, twentieth and thirty-first sets); s1 the agreement signed last
    # February with Bangladesh for domestic workers (new party and date -> its own AGREE; six months before:
    # historical; "وقعنا": actor null). Not coded: s1's 300 workers arrived (a figure, the ambassador's statement),
    # s2-s7, s11-s16 (the columnist's views and call to reconsider the agreements; lone "!" and "." lines), s8-s10
    # ("everyone blames the ministry": a general, unnamed and undated charge; the exporting states' officials'
    # statements, general).
    "snn-fb6edf219319": [
        ("AGREE", None, 0, "الاتفاقيات الثنائية التي وقعتها", "وزارة العمل", "الدول المصدرة للعمالة", None, "H"),
        ("AGREE", None, 1, "وقعنا", None, ("بنجلاديش", 1), None, "H"),
    ],
    # Okaz: "... and the phenomenon calls for a deterrent law" (6 August). The legal adviser Mohammed al-Wuhaibi's view
    # that a harassment law should be issued, his recommendations on awareness and his opinions on Islamic law and
    # publicity (a necessity statement and views, the twenty-third set's "يجب"; the thirty-first set's unnamed
    # demanders of the same law; no act): none.
    "snn-435ec6a9ed13": [],
    # Asharq Al-Awsat: strong turnout of Aden's youth to join the army and police (2 August). s0 the liberation of the
    # province from the rebels (inside "بعد", with its object, reported nowhere else -> COERCE seize, the second and
    # ninth sets' "تحرير عدن"; the liberators not named: actor null; mid-July, about two weeks before: not
    # historical); s7 the earlier artillery shelling by the Houthi and Saleh militias of the cables in Dar Saad
    # (inside the relative clause, with its actor, target and place -> ASSAULT heavy-weapons; "سبق أن", undated:
    # historical, the sixteenth to thirty-first sets' rule); s9 the World Food Programme's start of food aid to about
    # 340,000 people in eight areas south of Aden province (-> AID). Not coded: s0 and s4 (the youth's turnout to
    # register with the security forces: a turnout, no mobilising actor), s1 and s8 (the governor's meeting with the
    # government's officials: a meeting inside one government, the twenty-ninth set), s2-s3 (the working team, the
    # services, the pledge of reconstruction; the destruction by the Houthis over the war: a series), s5-s6
    # (damage reports and expectations), s10-s11 (the WFP director's statement).
    "snn-25e0efd4cce2": [
        ("COERCE", "seize", 0, "تحريرها", None, "المتمردين", "عدن", ""),
        ("ASSAULT", "heavy-weapons", 7, "قصف مدفعي", "ميليشيات الحوثي وصالح", "كابلات", "مدينة دار سعد بشمال عدن", "H"),
        ("AID", None, 9, "توزيع مساعدات غذائية", "برنامج الأغذية العالمي", "نحو 340 ألف شخص", "محافظة عدن", ""),
    ],
    # Asharq Al-Awsat: Britain charges two men with plotting to attack American soldiers (22 July). s0 the British
    # prosecutors' charge against a man of conspiring to attack US servicemen in Britain and planning to join ISIS in
    # Syria with his uncle (-> ACCUSE allege); s2 the arrest last week of Junaid Ahmed Khan and his uncle Shazib Ahmed
    # Khan of Luton (-> COERCE arrest, passive: actor null; "من لوتون" their home town, not the place of the
    # arrest: location null) and their charge of preparing "terrorist acts" (-> ACCUSE allege, the two as
    # recipient); s6 the two remanded in custody after appearing before magistrates in
    # London (a court's detention order -> COERCE arrest; passive: actor null); s7 the third man arrested with them
    # (a new person -> COERCE arrest) and released the evening before yesterday (-> RETREAT release, PLOVER "release
    # ... captives", the eleventh and fifteenth sets). Not coded: s1 (the authorities' tightened monitoring of
    # extremist circles: a standing practice, the thirty-first set's standing campaigns; the lone-wolf attacks a bare
    # comparison), s3 and s5 (the deputy head of the CPS counter-terrorism division Deborah Walsh's statement: the s0
    # and s2 charges quoted, the thirty-first set's charge quoted on), s4 (official figures), s7's arrest of the two
    # restated, s8 (the cancelled Independence Day celebrations at RAF Feltwell: an administrative precaution, passive),
    # s9-s10 (Cameron's five-year plan against extremism and his statement: domestic policy and views).
    "snn-9847a5f4b945": [
        ("ACCUSE", "allege", 0, "اتهم", "ممثلو ادعاء بريطانيون", "رجلا", None, ""),
        ("COERCE", "arrest", 2, "اعتقل", None, "جنيد أحمد خان، وعمره 24 عاما، وعمه شزيب أحمد خان", None, ""),
        ("ACCUSE", "allege", 2, "اتهما", None, "جنيد أحمد خان، وعمره 24 عاما، وعمه شزيب أحمد خان", None, ""),
        ("COERCE", "arrest", 6, "تم حبسهما احتياطيا", None, "الرجلان", "لندن", ""),
        ("COERCE", "arrest", 7, "اعتقالهما", None, "رجل ثالث", None, ""),
        ("RETREAT", "release", 7, "الإفراج", None, "الثالث", None, ""),
    ],
    # Okaz column: "An operations room runs ISIS" (26 July). s0 the news the column opens with, as reported by Arab
    # papers four days before: the defector Iranian diplomat Farzad Farhangian's disclosure, in a report on his blog,
    # that Iran runs ISIS from a war operations room in Mashhad with Russian intelligence (a charge -> ACCUSE allege,
    # Iran, the party charged throughout, as recipient, the thirty-first set's charges per party: the Russian
    # intelligence officers named only as running the room with Iran's, one record) and his meeting with a senior
    # Revolutionary Guards commander preparing to defect (inside the report, with its parties -> CONSULT, mode null;
    # undated: historical). Not coded: the commander's planned defection (a plan of a third party), s1 (the source
    # line), s2-s3 (the columnist's views), s4-s5 (lone ".").
    "snn-e0b3adfb0b35": [
        ("ACCUSE", "allege", 0, ("كشف", 1), "الدبلوماسي الإيراني المنشق «فرزاد فرهنكيان»", ("إيران", 5), None, ""),
        ("CONSULT", None, 0, "اجتماعه", "الدبلوماسي الإيراني المنشق «فرزاد فرهنكيان»", "قائد كبير في الحرس الثوري الإيراني", None, "H"),
    ],
    # Al-Weeam: Velayati: Iran will not allow inspection of its military sites (25 July). s0 Ali Akbar Velayati's
    # statement that Tehran will not allow the inspection of any of its military sites (a refusal -> REJECT, mode null,
    # Tehran named as the refusing party, the thirty-first set's Future Movement; a declared position: no flag, the
    # thirtieth set's Boehner); s3 the P5+1's announcement on the 14th of this month of the signing of a comprehensive
    # agreement with Iran (-> AGREE, once per article; eleven days before: not historical). Not coded: s1-s2 (s0's
    # refusal restated in the interview with Al Jazeera), s4-s7 (the agreement's content), s8 (link line).
    "snn-6e9975cd7f6a": [
        ("REJECT", None, 0, "لن تسمح بتفتيش", "طهران", None, None, ""),
        ("AGREE", None, 3, "توقيع اتفاق شامل", "مجموعة (5 + 1)", "ايران", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
