"""Build events-blind34.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-fourth events blind set; same layout and guidelines as the first
thirty-three sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind33.jsonl and their blind/ ..
blind33/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind34.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind34.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-third sets' rule: here "زيارة" from "بزيارة", "السجن" from "بالسجن", "رحبت" from "ورحبت", "اتهم" from "واتهم",
# "وصفت" from "ووصفت", "فعل" from "وفعل", "يطلع" from "ليطلع", "جزيل الشكر والامتنان" from "بجزيل", "إيجابية" from
# "بإيجابية"); in actors, recipients and places the fused ب/ل/ك is left out ("الأمين العام لحزب المؤتمر الشعبي العام"
# from "بالأمين", "إدارة مستشفى جازان العام" from "لإدارة", "شيخ الأزهر" from "بدعوة شيخ الأزهر"); where the
# article's alif is elided the fused ل stays ("للمستشفى العام", "للمرضى", "للحركة", the first, twenty-fifth,
# twenty-ninth to thirty-third sets' rule); spellings as written ("ركزواهجماتهم" without its space, "تُحرِّم" not used,
# '" داعش "' with the loose straight quotes and spaces of the Al-Eqtisadiah report, "رجلا", "عسكريا" with their
# tanwin alif, "فريق عمل الراشد مول ـ جيزان" with its tatweel dash, "السيد/ يوسف مبيضين" with its slash, copied exactly);
# a string inside a longer word or repeated in its sentence is picked by its occurrence ("زيارة" before "لزيارة" and
# "طهران" twice in the Zarif s11, "مفاوضات" before "المفاوضات" in the UN s6, "جازان" twice in the Al-Rashed s0,
# "الثوار" before "سيطرة الثوار" in the Idlib s1).
# Speakers and actors named only by a pronoun, an implied subject or a passive ("كما دعا", "وسيسافر", "قتلوا", "تم
# تدمير", "أطلق سراح", "أدين") are null (the eighteenth, twenty-seventh to thirty-third sets); a subject named earlier in
# the same sentence is kept for its further clauses ("جونز" for "وحكم عليه بالسجن", "ولد الشيخ أحمد" for "سيتوجه",
# "فريق عمل الراشد مول ـ جيزان" for the gifts of its manager's words).
GOLD = {
    # Al-Jazirah: the al-Ghufaili museum in al-Rass receives its visitors and school pupils (7 August). s0 a picture
    # caption; s1 the museum's collection, the pupils' habitual visits during the school year and the last school
    # visit (a museum visit is no meeting, the twenty-first set's visit to the Prophet's Mosque and the twentieth set's
    # travel without a counterpart; habitual visits a standing practice; the last visit undated and bare): none.
    "snn-a3cc7d392185": [],
    # Al-Jazirah: a limited honorary members' meeting ends with promises of solutions at the weekend (27 July). The
    # al-Wahda honorary members' visit to their club's headquarters, their meeting with its board, the president's
    # thanks, the members' demands to keep the stars and his request to them to pay the complaints' sums, his trip to
    # the team's camp in Egypt to renew a player's contract (matters internal to one club, the twenty-third,
    # twenty-sixth and twenty-ninth to thirty-third sets; the twenty-sixth and twenty-second sets' al-Wahda reports
    # likewise had none): none.
    "snn-42ad7c940597": [],
    # Al-Madina: training the referees to detect simulation and handballs (7 August). The referees' camp in the Czech
    # Republic and the American lecturer's lectures (sport administration and training, the ninth and twenty-third
    # sets' reports of the same camp and the thirty-third set's referee; "يمكنها قتل الحكم" a figure of speech): none.
    "snn-6aca7a641038": [],
    # Al-Weeam: the health ministry completes its preparations to treat sunstroke among the pilgrims (4 August). The
    # twelfth meeting of the ministry's Hajj preparatory committees at its headquarters, the reports heard and the plans
    # reviewed (a meeting inside one ministry, the twenty-ninth, thirty-second and thirty-third sets; the government's
    # standing services at the entry points); s1/s2, s3/s4, s5/s6, s7/s8, s9/s10 cut at "د." and s14 the link line
    # (not coded, the twentieth to thirty-third sets): none.
    "snn-b7827c7a8c6d": [],
    # Ain Al-Yaum: how to unblock the accounts Snapchat closes (24 July). The company's closing of accounts that use
    # third-party tools, its unblocking procedure and its warning to users (a company's enforcement of its terms of use
    # on its customers: no political or governmental actor, a standing practice; a how-to guide; s5/s6 cut inside the
    # web address): none.
    "snn-df265be703c1": [],
    # Al-Riyadh: al-Muaibed: al-Nassr and al-Hilal have nothing to do with lifting the penalties, the disciplinary
    # decisions stand (4 August). The football federation spokesman's account of the federation's own pending proposal
    # to carry the suspensions of the Nassr and Hilal players over to the new season, the three-man meeting to decide
    # it and the options under the regulation (the federation's internal deliberation before a decision, the
    # nineteenth set's "expected" amendment at the federation's meeting on the same penalties not coded; sport
    # administration, the thirty-third set). Not coded either: s0's "ولم يطلب أحد من الناديين ذلك" (the federation
    # denying a request by the clubs: a denial of another party's act, the thirty-third set's Pentagon), s4's "لم نعلق
    # العقوبة ولم نلغها" and s6-s7 (the penalties in force and not suspended: the standing penalties of the nineteenth
    # set's record [H], restated as the premise of the proposal), s7's clubs not appealing (general). s5 a lone ".":
    # none.
    "snn-09212e5158b9": [],
    # Okaz: the youngest person convicted of murder in the United States released (31 July). s0 the release on Tuesday
    # in Florida of Curtis Jones after about 16 years behind bars (-> RETREAT release, the eleventh, fifteenth,
    # twenty-ninth and thirty-second sets' releases; passive: actor null); s2 his conviction in 1999 of second-degree
    # murder in Brevard County (-> SANCTION convict [H]) and his 18-year prison sentence (-> COERCE arrest [H], PLOVER
    # "convictions that result in imprisonment"; the named subject kept for "حكم عليه"; the shooting of his father's
    # girlfriend is the offence proven: not coded beside the conviction, the twenty-ninth and thirty-second sets); s3 the
    # two siblings' claim that a relative had sexually abused them (-> ACCUSE allege [H], a charge never tried, the two
    # in one phrase), his elder sister's conviction in the same case (in the relative clause, with its own recipient,
    # reported nowhere else -> SANCTION convict [H]) and the child-welfare investigators' finding of evidence of the
    # abuse (an investigation -> ACCUSE investigate [H], PLOVER "all investigations, including those of historical
    # cases"); s5 his and his sister's guilty plea under a deal to avoid a life sentence (an admission -> CONCEDE [H], the
    # eleventh and twenty-sixth sets' confessions; the deal the plea's frame: not coded apart); s6 the sister's release
    # due next Saturday (-> RETREAT release [F]). Not coded: s1 (his completed sentence at the South Bay facility: s0's
    # release restated), s4 (the two's intention to kill their father and the relative: an aim never acted on), s5's
    # "أصبح أصغر مدان" (the conviction restated). 1999: historical.
    "snn-6d1f79c247b6": [
        ("RETREAT", "release", 0, "أطلق سراح", None, "أمريكي", "فلوريدا", ""),
        ("SANCTION", "convict", 2, "أدين", None, "جونز", "مقاطعة بريفارد", "H"),
        ("COERCE", "arrest", 2, "السجن", None, "جونز", "مقاطعة بريفارد", "H"),
        ("ACCUSE", "allege", 3, "زعما", "جونز وشقيقته الأكبر سنا", "أحد الأقارب", None, "H"),
        ("SANCTION", "convict", 3, "أدينت", None, "شقيقته الأكبر سنا", None, "H"),
        ("ACCUSE", "investigate", 3, "وجدوا أدلة", "محققي رعاية الأطفال", None, None, "H"),
        ("CONCEDE", None, 5, "أقر", "هو وشقيقته", None, None, "H"),
        ("RETREAT", "release", 6, "إطلاق سراح", None, "الأخت", None, "F"),
    ],
    # Al-Jazirah: al-Azhar calls for a meeting of Sunni and Shia scholars to end sectarian strife (26 July). s0 the
    # Sheikh of al-Azhar Ahmed al-Tayeb's call on the senior Sunni and Shia scholars to meet at al-Azhar (a call for a
    # meeting -> REQUEST meet, the eighteenth set's "ندعو إلى اجتماع"; the proposed venue is no place of the call:
    # location null); s1 his call for fatwas from the Shia authorities and the Sunni scholars forbidding the killing of
    # one by the other (a call for a change of religious rulings -> REQUEST change; "كما دعا": actor null; the two
    # addressees in one phrase); s4 the Sunni and Shia leaders' welcome of the call (-> SUPPORT, the sets' welcomes, the
    # Sheikh as recipient); s5 the Shia figure Ahmed Rasem al-Nafis calling it "a good call" (-> SUPPORT). Not coded: s2
    # (the aims of al-Tayeb's Ramadan episodes), s3 (the deputy Abbas Shouman on the results "if" a meeting is held:
    # conditional predictions), s4's "العلاج السريع" (a view), s5's and s6's "لابد من وقف / محو" (necessity statements,
    # the thirty-third set's "لا بد من"), s7 (views).
    "snn-c758b389386b": [
        ("REQUEST", "meet", 0, "دعا", "الدكتور أحمد الطيب، شيخ الأزهر", "كبار علماء السنة وفضلاء علماء الشيعة", None, ""),
        ("REQUEST", "change", 1, "دعا", None, "المراجع الشيعية، ومن أهل السنة", None, ""),
        ("SUPPORT", None, 4, "رحبت", "قيادات سنية وشيعية", "شيخ الأزهر", None, ""),
        ("SUPPORT", None, 5, "دعوة جيدة", "الدكتور أحمد راسم النفيس، القيادي الشيعي", "الدكتور أحمد الطيب، شيخ الأزهر", None, ""),
    ],
    # Al-Weeam: the UN envoy to Yemen: the peace plan gains acceptance among the parties (Tuesday 4 August; the UN
    # spokesman Ahmad Fawzi). s1 the UN-led talks of June between the Houthi rebels and the supporters of President
    # Hadi's government, which failed to end the war (-> CONSULT, mode null, the twelfth to thirty-third sets' talks
    # outside a visit; both sides in one phrase; mid-June, seven weeks before: historical); s2 the envoy Ismail Ould
    # Cheikh Ahmed's meetings during his visit to Cairo with the secretary-general of the General People's Congress (a
    # meeting with another visitor there -> CONSULT, mode null, the thirty-first and thirty-third sets' talks at a third
    # country) and with the Arab League secretary-general Nabil al-Araby (the League's host -> CONSULT visit; two
    # meetings with their own participants: two records); s4 Riyadh's positive reaction to the plan (-> SUPPORT,
    # approval of a policy) and the GPC's positive consideration of it (a favourable stance -> SUPPORT; "يبحثها": the
    # plan by a pronoun, recipient null); s6 the same Geneva negotiations of five days with their place (new content ->
    # its own CONSULT [H]), the agreement in principle on a ceasefire and the withdrawal of forces they produced (->
    # AGREE [H]) and their collapse before a final agreement (a failure to agree -> AGREE [N H], the third and fifth
    # sets' "فشل ... في التوصل إلى اتفاق"; parties unnamed: actor null); s8 the envoy's planned trips to Oman (->
    # CONSULT visit [F]) and to Riyadh, seat of Hadi's government (-> CONSULT visit [F], the government as host; the
    # nineteenth to thirty-third sets' planned meetings, not PLOVER's AGREE) and his earlier meeting in Oman with
    # Houthi representatives (in the relative clause, with its participants and place, reported nowhere else ->
    # CONSULT, mode null; "من قبل" undated background: historical); s9 his trip to New York to brief the Security
    # Council (-> CONSULT multilateral [F], the thirty-second set's eurozone ministers; "وسيسافر": actor null); s10
    # Fawzi's denial that the envoy discussed negotiating Saleh's exit (the UN spokesman denying the UN envoy's own act
    # -> CONSULT [N], the sets' negated-event rule, the eleventh and twenty-sixth sets' denials of one's own act) and
    # al-Araby's word that the Arab League will study monitoring a ceasefire in Yemen (an expressed willingness ->
    # AGREE, the twelfth set's "استعداد الجامعة العربية" for the same monitoring; no flag: the willingness is
    # present). Not coded: s0, s3 and s7 (the envoy's belief that his plan gains acceptance and his optimism: views),
    # s2's and s8's visit to Cairo as such (the frame of the two meetings; restated in s8 "بعد زيارته لمصر"), s10's
    # "أبلغ المبعوث" (the communication at the s2 meeting), s11 (the link line).
    "snn-f548189a5a97": [
        ("CONSULT", None, 1, "المحادثات", "متمردي جماعة الحوثي ومؤيدي حكومة الرئيس عبد ربه منصور هادي", None, None, "H"),
        ("CONSULT", None, 2, "التقى", "المبعوث الأممي إسماعيل ولد الشيخ أحمد", "الأمين العام لحزب المؤتمر الشعبي العام", "القاهرة", ""),
        ("CONSULT", "visit", 2, "التقى", "المبعوث الأممي إسماعيل ولد الشيخ أحمد", "نبيل العربي الأمين العام لجامعة الدول العربية", "القاهرة", ""),
        ("SUPPORT", None, 4, "رد فعل إيجابيا", "الرياض", "الخطة", None, ""),
        ("SUPPORT", None, 4, "إيجابية", "حزب المؤتمر الشعبي العام", None, None, ""),
        ("CONSULT", None, 6, ("مفاوضات", 1), None, None, "جنيف", "H"),
        ("AGREE", None, 6, "اتفاق من حيث المبدأ", None, None, None, "H"),
        ("AGREE", None, 6, "التوصل لاتفاق نهائي", None, None, None, "NH"),
        ("CONSULT", "visit", 8, "سيذهب", "ولد الشيخ أحمد", None, "سلطنة عمان", "F"),
        ("CONSULT", None, 8, "التقى", "ولد الشيخ أحمد", "ممثلين للحوثيين", "سلطنة عمان", "H"),
        ("CONSULT", "visit", 8, "سيتوجه", "ولد الشيخ أحمد", "حكومة هادي", "الرياض", "F"),
        ("CONSULT", "multilateral", 9, "يطلع", None, "مجلس الأمن", "نيويورك", "F"),
        ("CONSULT", None, 10, "ناقش", "ولد الشيخ أحمد", None, None, "N"),
        ("AGREE", None, 10, "ستدرس", "الجامعة العربية", None, None, ""),
    ],
    # Al-Eqtisadiah: 28 ISIS members killed in security operations in western Iraq (27 July). s0 the 28 killed in
    # scattered security incidents in western Iraq (the lead, "X killed in": ASSAULT, mode null, actor null, the
    # twenty-seventh and twenty-eighth sets' leads of the same kind; "غربي العراق" a named region, the eleventh and
    # twenty-eighth sets); s1 the eight men wearing explosive belts killed while trying to attack the Iraqi security
    # forces around the al-Tamim district south of Ramadi (their attempted attack -> ASSAULT suicide-attack, PLOVER
    # "successful and attempted"; and their killing -> ASSAULT, mode null, actor null: the twenty-first set's attempt
    # to fire and the security's return of fire as two records); s2 the 20 ISIS members killed (-> ASSAULT, actor null)
    # and the den destroyed (-> ASSAULT destroy, PLOVER's residual mode for destruction without a method, the
    # twelfth and thirtieth sets); s3 the Iraqi security forces' destruction of three car bombs near the glass factory
    # east of Ramadi (-> ASSAULT destroy; the targeting of the army's vehicles they were prepared for: an aim, not
    # coded).
    "snn-b15720c9c8d0": [
        ("ASSAULT", None, 0, "حوادث أمنية متفرقة", None, "28 شخصاً من عناصر تنظيم \" داعش \" الإرهابي", "غربي العراق", ""),
        ("ASSAULT", "suicide-attack", 1, "محاولتهم الهجوم", "8 أشخاص يحملون أحزمة ناسفة", "القوات الأمنية العراقية", "محيط حي التأميم جنوبي الرمادي", ""),
        ("ASSAULT", None, 1, "قتلوا", None, "8 أشخاص يحملون أحزمة ناسفة", "محيط حي التأميم جنوبي الرمادي", ""),
        ("ASSAULT", None, 2, "قتلوا", None, "20 عنصراً من \" داعش \"", None, ""),
        ("ASSAULT", "destroy", 2, "تدمير", None, "وكر تابع لهم", None, ""),
        ("ASSAULT", "destroy", 3, "دمرت", "القوات الأمنية العراقية", "ثلاث عجلات مفخخة", "معمل الزجاج شرقي الرمادي", ""),
    ],
    # Al-Weeam: al-Shuraim on the Emergency Forces mosque bombing: killing worshippers is of the deeds of Abu Lu'lu'a
    # (6 August). s0 Sheikh Saud al-Shuraim's comment on the bombing, that killing worshippers is a seedling of Abu
    # Lu'lu'a (a condemnation -> ACCUSE disapprove, the twenty-fifth set's record of the same tweet in its Twitter
    # roundup; the perpetrators unnamed: recipient null) and the bombing of the Emergency Forces mosque in Abha (inside
    # "على حادثة", with its target and place, reported nowhere else in this article -> ASSAULT; "تفجير" without a
    # suicide bomber named here: explosives, the sixteenth set's "تفجير"; the day before: not historical). Not coded: s1
    # (the tweet quoted: s0's comment restated), s2-s4 (the link line cut at its "..").
    "snn-be7320a8aa2e": [
        ("ACCUSE", "disapprove", 0, "علق", "الشيخ سعود الشريم", None, None, ""),
        ("ASSAULT", "explosives", 0, "تفجير", None, "مسجد قوات الطوارئ", "أبها", ""),
    ],
    # Al-Jazirah: Al-Rashed Mall in Jizan visits the patients of Jizan General Hospital on the first day of Eid (3
    # August). Visits to patients, their gifts and thanks are coded (the second, seventh, eighth, tenth, twenty-third
    # and thirty-first sets: visit -> CONSULT visit, gifts -> AID, thanks -> SUPPORT; the seventh set's McDonald's team,
    # a company). s0 the mall's team's visit to the general hospital in Jizan (-> CONSULT visit, the hospital as host,
    # the town as place, the second set's club visit), the rose and Eid chocolate given to the patients in the
    # manager's words (-> AID, the team, the named subject, as actor; "للمرضى" with its fused ل, the article's alif
    # elided) and the manager Yousef Mubaidin's thanks to the hospital's administration for receiving them (-> SUPPORT,
    # the second set's club president's thanks). Not coded: s0's aims and the mall's social role, the hospital's
    # reception (the visit's hosting), s1 (the mall's profile).
    "snn-859e80470efd": [
        ("CONSULT", "visit", 0, "زيارة", "فريق عمل الراشد مول ـ جيزان", "للمستشفى العام", ("جازان", 1), ""),
        ("AID", None, 0, "وردة بيضاء وشوكولا العيد", "فريق عمل الراشد مول ـ جيزان", "للمرضى", None, ""),
        ("SUPPORT", None, 0, "جزيل الشكر والامتنان", "السيد/ يوسف مبيضين مدير المجمع", "إدارة مستشفى جازان العام", None, ""),
    ],
    # Al-Jazirah column: "Intelligence struggle!!" (23 July). Events stated as facts are coded, the columnist's views
    # are not (the fourteenth, seventeenth, twenty-seventh to thirty-third sets' columns; the thirtieth set's past
    # claims in the Heikal column [H]). s6 Gaddafi's forces on their way to crush Abdul Jalil and the rebels in
    # Benghazi (a move of armed forces short of force -> MOBILIZE troops [H]) and the decision of America and NATO to
    # intervene to protect them (a military intervention -> ASSAULT, mode null, the first, twenty-second and
    # twenty-fourth sets' "التدخل"; the two in one phrase); s9 the killing of Gaddafi (-> ASSAULT, actor unnamed: null);
    # s16 the Libyan al-Qaeda figure Abdelhakim Belhaj's alliance with NATO forces (military cooperation -> COOPERATE,
    # PLOVER; inside the question "ألم تتساءلوا كيف", stated as fact). All of 2011: historical. Not coded: s0
    # (Wael Ghonim's promotion and disappearance, the Brotherhood coming to power: no PLOVER act; the columnist's call
    # on readers for news of Ghonim: rhetorical), s3 (Abdul Jalil's past post: bare), s9's "انتصر الثائرون" (no
    # category), s12 and s16's rest (rhetorical questions, views; "دمروا عالمنا باسم الانقلابات": general), the lone
    # "!" and "." lines, s19-s24 (the writer's other articles).
    "snn-83ed5ab873ea": [
        ("MOBILIZE", "troops", 6, "في طريقها", "قوات القذافي", None, "بنغازي", "H"),
        ("ASSAULT", None, 6, "التدخل", "أمريكا، وحلف الناتو", None, None, "H"),
        ("ASSAULT", None, 9, "قتل", None, "القذافي", None, "H"),
        ("COOPERATE", None, 16, "تحالف", "القاعدي الليبي الشرس، عبد الحكيم بلحاج", "قوات الناتو", None, "H"),
    ],
    # Al-Jazirah: a delegation of the Buraidah social development centre visits the patients of the maternity and
    # children's hospital (9 August). s0 the delegation of the centre's women's section's visit to the hospital to
    # support breastfeeding (-> CONSULT visit, the thirty-first set's Muzahmiyah committee visiting patients: the
    # visit's counterpart is the patients, mothers and children, not a government body; the hospital named only in the
    # title: location null) and the gifts it presented to them (-> AID; "لهم": recipient null). Not coded: the
    # principle of cooperation between government sectors and the ministry's social role (a standing principle; the
    # thirty-third set's cooperation inside one government).
    "snn-6272c9ea3431": [
        ("CONSULT", "visit", 0, "زيارة", "وفد من القسم النسائي في مركز التنمية الاجتماعية ببريدة", None, None, ""),
        ("AID", None, 0, "تقديم الهدايا", "وفد من القسم النسائي في مركز التنمية الاجتماعية ببريدة", None, None, ""),
    ],
    # Asharq Al-Awsat: Zarif: we will go on strengthening our defence and arming our allies (10 August). s0 the Iranian
    # foreign minister's declaration that Iran will go on arming its allies (PLOVER: AID reported in the future tense
    # -> AGREE, the speaker as actor, the allies as recipient); s8 the Hamas representative in Tehran Khaled al-Qaddumi
    # disclosing Iranian promises to the movement to develop their relations (-> AGREE; the adjective "إيرانية" the only
    # naming, the sixteenth and thirty-third sets' adjectives; "للحركة" with its fused ل, the article's alif elided);
    # s11 the visit of Khaled Meshaal, head of Hamas's political bureau, to Tehran, still being arranged without a date
    # (a planned visit -> CONSULT visit [F], the nineteenth to thirty-third sets). Not coded: s0's "ستواصل تعزيز
    # قدراتها الدفاعية" (a general statement of defence policy, the thirty-third set), s1 (the session studying the
    # agreement in Tehran: inside one government; the declaration restated), s2 (a view), s3-s7 (Salehi's statements on
    # the agreement's limits and the nuclear programme: views and plans), s8's denial of tension (a state, no act), s9
    # (continuing meetings with Iranian officials: a standing series, undated), s12-s14 (the arrangements restated,
    # unnamed "attempts to distort", views).
    "snn-2d9fb6b8db29": [
        ("AGREE", None, 0, "ستستمر في تسليح", "وزير الخارجية الإيراني محمد جواد ظريف", "حلفائها", None, ""),
        ("AGREE", None, 8, "وعود", "إيرانية", "للحركة", None, ""),
        ("CONSULT", "visit", 11, ("زيارة", 1), "خالد مشعل رئيس المكتب السياسي لحماس", None, ("طهران", 1), "F"),
    ],
    # Al-Watan column: "By law: Iran a nuclear state" (26 July). Events stated as facts are coded, the columnist's views
    # are not. s3 the White House spokesman's words that the agreement will lead to a safer region (praise of the deal
    # -> SUPPORT, the twenty-ninth set's Obama "سيجعل الولايات المتحدة وحلفاءها أكثر أمنا" with the deal as
    # recipient); s4 the Iranian president's words that God answered his nation's prayers (a celebration of the
    # deal's outcome -> SUPPORT, recipient unnamed). Not coded: s0 (the agreement's length: its conclusion is not
    # described, the thirtieth to thirty-third sets' once-per-article rule), s2 ("the expression of victory of the two
    # sides": s3-s4 announced), s9 (the agreement's content), s1, s8, s10-s18 (the columnist's views and predictions;
    # s13's Saddam hypothetical and his 1981 works: bare), the lone "." lines.
    "snn-ea681a42c96b": [
        ("SUPPORT", None, 3, "سيؤدي إلى منطقة أكثر أمانا", "المتحدث باسم البيت الأبيض", "الاتفاق", None, ""),
        ("SUPPORT", None, 4, "استجاب لصلوات أمتنا", "الرئيس الإيراني", None, None, ""),
    ],
    # Al-Yaum: four civilians and a soldier killed in eastern Ukraine (21 July). s0 Ukraine and the pro-Russian
    # separatists trading accusations of shelling residential areas despite the ceasefire (-> ACCUSE allege, both sides
    # in one phrase, PLOVER's reciprocal actors; the shelling the content of the charges and the deaths a toll of s1 and
    # s6: not coded apart); s1 the separatists' report of a man killed by the Ukrainian forces' shelling in central
    # Donetsk (-> ASSAULT heavy-weapons); s4 the Minsk ceasefire agreement mediated five months before (inside "منذ",
    # with its place, reported nowhere else -> AGREE [H], February: historical; parties unnamed: actor null); s6 the
    # military spokesman Lysenko's account that the separatists concentrated their attacks on residential areas north-
    # west of Donetsk, a soldier, a woman, her granddaughter and a 49-year-old man killed (-> ASSAULT, no weapon named
    # in the sentence: mode null; the dead as recipient, the sets' casualties in the sentence of an attack; "شمال غربي
    # مدينة دونيتسك" a named region); s7 the separatists' accusation that the Ukrainian army has intensified its attack
    # (-> ACCUSE allege); s8 the OSCE's statement that neither side has withdrawn its heavy artillery from the front line
    # (a reported non-withdrawal -> RETREAT withdraw [N], the fifth and thirty-second sets' negated acts). Not coded: s2
    # (a witness's sight of a body), s3 (the toll since April 2014), s4's "هدأت الهجمات" and "يتبادلان الاتهامات" (a
    # lull and a standing exchange of charges: general), s5 (Lysenko's characterisation that most shelling took place
    # at night: general, the attacks coded in s6), s8's "كما يطالب الاتفاق" (the agreement's content).
    "snn-d69c0699b585": [
        ("ACCUSE", "allege", 0, "تبادلت", "أوكرانيا وانفصاليون مؤيدون لروسيا", None, None, ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف", "القوات الأوكرانية", "رجلا", "وسط دونيتسك", ""),
        ("AGREE", None, 4, "اتفاق لوقف إطلاق النار", None, None, "مينسك", "H"),
        ("ASSAULT", None, 6, "هجماتهم", "الانفصاليين", "عسكريا وامرأة وحفيدتها ورجلا يبلغ من العمر 49 عاما", "شمال غربي مدينة دونيتسك", ""),
        ("ACCUSE", "allege", 7, "اتهم", "الانفصاليون", "الجيش الأوكراني", None, ""),
        ("RETREAT", "withdraw", 8, "لم يسحب", "كلا الجانبين", None, None, "N"),
    ],
    # Al-Riyadh column: "When will we embrace our kidnapped education?" (1 August). The columnist's views on extremism in
    # education and his appeal to trust the leadership (views; s2's youths who joined ISIS, bombed a mosque or killed
    # a father: general and unnamed, the thirty-second set's "everyone blames the ministry"): none.
    "snn-af8b89a25c84": [],
    # Al-Madina: two US sources: the Quds Force commander broke the ban and visited Russia (8 August). s0 Qassem
    # Soleimani's visit to Russia in breach of the UN travel ban (-> CONSULT visit; the breach the sources' account, no
    # explicit charge: not an ACCUSE, the thirty-third set); s1 the Security Council's travel ban and asset freeze on
    # Soleimani in 2007 (international sanctions -> SANCTION discontinue [H], PLOVER, the first set's "العقوبات
    # الاقتصادية"); s2 his meeting in Moscow with President Putin and the defence minister Shoigu (a programme item with
    # new participants -> its own CONSULT visit, the thirty-first and thirty-third sets; his arrival on 24 July, the s0
    # visit restated with its date, not coded apart); s3 the Kremlin spokesman's denial of any meeting between
    # Soleimani and Putin (the host's side denying its own meeting -> CONSULT visit [N], the eleventh and twenty-sixth
    # sets' denials of one's own act); s8 Washington's description of the Quds Force as a supporter of terrorism in 2007
    # (-> ACCUSE allege [H]); s9 the EU's doing the same in 2011 (-> ACCUSE allege [H], the Corps unnamed in the
    # sentence: recipient null). Not coded: s4 (the US source confirming the report), s5-s6 (the US sanctions on
    # Soleimani "continue" and "we will continue the sanctions": a standing measure, its continuation no new act), s7
    # (the Russian officials neither confirming nor denying), s10 (Western governments' standing charge that the Corps
    # arms militant groups: general and undated, the thirty-second set), s11 (the resolution's content).
    "snn-71025a641aff": [
        ("CONSULT", "visit", 0, "زار", "قائد فيلق القدس الإيراني قاسم سليماني", None, "روسيا", ""),
        ("SANCTION", "discontinue", 1, "حظر سفر دولي وتجميد أصول", "مجلس الأمن الدولي", "سليماني", None, "H"),
        ("CONSULT", "visit", 2, "التقى", "سليماني", "الرئيس الروسي فلاديمير بوتين ووزير الدفاع الروسي سيرجي شويجو", "موسكو", ""),
        ("CONSULT", "visit", 3, "لقاء", "سليماني", "بوتين", None, "N"),
        ("ACCUSE", "allege", 8, "وصفت", "واشنطن", "فيلق القدس", None, "H"),
        ("ACCUSE", "allege", 9, "فعل", "الاتحاد الأوروبي", None, None, "H"),
    ],
    # Al-Yaum: the Syrian opposition withdraws from areas of rural Idlib (3 August). s0 the clashes between the Syrian
    # opposition forces and the regime forces in Tal Awar and al-Furaika south of Jisr al-Shughur (two-sided ->
    # ASSAULT, mode null, both sides in one actor phrase, the Observatory roundups) and the regime forces' capture of
    # the two villages (-> COERCE seize, the sets' captures; "القريتين" anaphoric: location null); s1 the rebels'
    # withdrawal on Sunday from Tal Awar and al-Furaika (-> RETREAT withdraw, the twelfth and twenty-seventh sets), the
    # regime aviation's more than 120 air raids (inside "بعد", with its actor, reported nowhere else -> ASSAULT aerial)
    # and the regime forces' shelling of the two villages with rockets and heavy artillery (-> ASSAULT heavy-weapons;
    # "القريتين" anaphoric: location null); s2 the regime forces' capture on Saturday of the Zeyzoun power station and
    # the villages of al-Ziyadiya and Fatha al-Sadd in the Ghab plain (-> COERCE seize); s3 the rebels' continued
    # targeting of Kafriya and al-Fu'a with heavy artillery (-> ASSAULT heavy-weapons, the place as location, the
    # twentieth and thirty-third sets' shellings of villages); s4 their targeting of the officers' housing at Abu
    # al-Duhur military airport with heavy artillery (-> ASSAULT heavy-weapons, the housing as recipient); s5 the
    # regime forces' shelling of Mhambal and Jozef in Jabal al-Zawiya with surface-to-surface missiles, civilians
    # wounded (-> ASSAULT heavy-weapons, PLOVER "rocket launchers"; the wounded civilians as recipient). Not coded: s0's
    # 30 killed (a toll without a side), s1's 1,500 fighters used (PLOVER: a mobilisation in the context of an assault,
    # only the ASSAULT) and the hills still held by the rebels (a state), s3's battle "الثأر للزبداني" announced lately
    # (a named campaign, the frame of the shelling: a series).
    "snn-2ecbfa7e8e93": [
        ("ASSAULT", None, 0, "اشتباكات", "قوات المعارضة السورية وقوات النظام", None, "قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب الغربي", ""),
        ("COERCE", "seize", 0, "سيطرة", "قوات الأسد", None, None, ""),
        ("RETREAT", "withdraw", 1, "انسحبوا", ("الثوار", 1), None, "تل أعور والفريكة", ""),
        ("ASSAULT", "aerial", 1, "غارة جوية", "طيران نظام الأسد الحربي", None, None, ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف", "قوات الأسد", None, None, ""),
        ("COERCE", "seize", 2, "سيطرت", "قوات الأسد", None, "محطة زيزون الحرارية وقريتي الزيادية وفتحة السد في سهل الغاب", ""),
        ("ASSAULT", "heavy-weapons", 3, "استهداف", "الثوار", None, "قريتي كفريا والفوعة", ""),
        ("ASSAULT", "heavy-weapons", 4, "استهدف", "الثوار", "مساكن ضباط قوات الأسد", "مطار أبو الظهور العسكري شرق إدلب", ""),
        ("ASSAULT", "heavy-weapons", 5, "قصفت", "قوات الأسد", "المدنيين", "قريتي محمبل وجوزف بجبل الزاوية في الريف الجنوبي", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
