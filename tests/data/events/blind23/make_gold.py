"""Build events-blind23.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-third events blind set; same layout and guidelines as the first
twenty-two sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind22.jsonl and their blind/ ..
blind22/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind23.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind23.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل and the conjunction و are left out of a trigger where the word stands whole (the twentieth
# to twenty-second sets' rule: here "زيارة" from "بزيارة", "سقوط" from "بسقوط", "اجتياح" from "باجتياح", "تفريق"
# from "بتفريق", "إطلاق نار كثيف" from "لإطلاق", "اقتحام" from "لاقتحام", "عقد اجتماع" from "لعقد", "وساطة" from
# "بوساطة", "تهمة" from "بتهمة", "دعا" and "حذر" without their و); "قام" stands apart ("اجتياح" after "قام
# المتطرفون ب", "تفريق" after "قامت قوات الأمن ب"). In actors and places the fused ب/ل is left out likewise ("مستشفى
# الملك سعود" from "بمستشفى", "تنظيم داعش" from "لتنظيم", "الرئيس الأمريكي باراك أوباما" from "بالرئيس"), but kept
# where the article's alif is elided, in triggers too (the first set's rule: "للادعاء العام", "للمرضى المنومين",
# "للمرضى والعاملين بالمستشفى", "للعاملين في قطاع التلفزيون وقناة عدن", "للرئيس النيجيري محمد بخاري", "للقصف
# العنيف"; the twenty-second set's "لليونان").
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam report is not coded: it restates
# the headline (the twentieth to twenty-second sets; the first, tenth to fourteenth and seventeenth sets coded it
# like any sentence: the latest sets' decision is followed, see SOURCE-events-blind23.txt).
GOLD = {
    # Al-Eqtisadiah: Mobily posts a loss of 945 million riyals in the first half of 2015 (2 August); the Capital
    # Market Authority lets trading in its shares resume. s6 the Authority's statement that it will announce the
    # developments and results of its procedures to verify the violations of the market law and who caused them
    # (an investigation by a regulator, ongoing -> ACCUSE investigate, PLOVER "all investigations", the second,
    # fourth, eighteenth and twenty-first sets' inspections of violations; the named "هيئة السوق المالية" kept for
    # "مؤكدة أنها"; those who caused the violations as recipient, sixteenth set's "الفاعلين"). Not coded: s0-s5
    # (the results, the provision for the doubtful Zain debts, the zakat: company business, second to
    # twenty-second sets), s6's decision to let trading resume (a market regulator's administrative measure on a
    # listed company: business, not a restriction of political freedom; see the hard cases).
    "snn-2bad5f4b2e41": [
        ("ACCUSE", "investigate", 6, "إجراءات التحقق من المخالفات", "هيئة السوق المالية", "المتسببين فيها", None, ""),
    ],
    # Al-Weeam: the education minister Dr Azzam al-Dakhil stresses modern technology and e-learning (6 August).
    # s1 his visit yesterday evening to the educational studio of the educational media department in Jazan
    # (a minister's field visit -> CONSULT visit, the first set's same minister in Fifa, the fifteenth and
    # twenty-second sets' officials' tours; "زيارة له": the visitor only a pronoun, actor null; the studio's seat
    # as the place, the twenty-second set's "مركز صحي المندق"). Not coded: s0 (his statement on the importance
    # of technology), s2 (his discussion with the Jazan education director during the visit: a meeting inside
    # one ministry, fourth to twenty-second sets), s3 (the director's presentation: the same internal meeting),
    # s4 (the link line).
    "snn-90856614909b": [
        ("CONSULT", "visit", 1, "زيارة", None, None, "مقر الاستديو التعليمي بإدارة الإعلام التربوي بجازان", ""),
    ],
    # Al-Jazirah: the euro zone's business activity grows faster than expected in July (Markit's purchasing
    # managers' index; figures cut at every decimal "."): economic statistics; "ألقت الشركات أزمة الديون
    # اليونانية وراء ظهورها" is a figure of speech; the firms' price cuts are business: none.
    "snn-c28feecc6eb5": [],
    # Al-Watan: Aden TV prepares to resume broadcasting (7 August). s1 the director of the presidency's office
    # Mohammed Marem holding an extended meeting of the workers of the TV sector and Aden channel on restarting the
    # channel (a meeting of two government bodies -> CONSULT, mode null, the twenty-second set's al-Baha roads
    # meeting; "المدينة" anaphoric: no place); s2 the governorate's facilities "deliberately destroyed by the
    # Houthi rebel militias and the remnants of the deposed president Saleh" (a relative clause with its actor,
    # reported nowhere else -> ASSAULT destroy, PLOVER "intentional destruction of property"; done during the
    # occupation of March-July and not dated: historical, sixteenth to twenty-second sets' rule for undated
    # background); s4 the sabotage, robbery and looting of the TV building by the Houthis (with its actor, the
    # fullest report of the destruction that s0 mentions in a relative clause -> ASSAULT destroy [H]); s5 the
    # violent shelling of the building by the rebels (-> ASSAULT heavy-weapons [H], the twentieth set's "قصف عنيف"
    # of the putschists and the thirteenth set's Houthi shelling of Aden) and the rebels' control of the city,
    # after which the TV stopped (inside "بعد", with its actor, reported nowhere else -> COERCE seize [H], late
    # March 2015, over four months before; "المدينة" anaphoric: location null). Not coded: s0's "العبث والتدمير"
    # (a relative clause; the destruction is reported in s4 with its actor), s0's "قبل تحرير المدينة من الاحتلال
    # الحوثي" (a bare time anchor: neither liberator nor place named), s0's destruction since the 1994 war (an
    # undated series), s2's instruction to restore broadcasting quickly (an order inside one government, the
    # twenty-first and twenty-second sets), s3 (the leadership's interest), s4's expected completion of the repairs
    # (a prediction), s6 (the private channels' move abroad after "the rebels' control of the governorates
    # earlier": a general series; the channels' web streaming is business).
    "snn-9b49b324ac39": [
        ("CONSULT", None, 1, "اجتماعا موسعاً", "مدير مكتب رئاسة الجمهورية، محمد مارم", "للعاملين في قطاع التلفزيون وقناة عدن", None, ""),
        ("ASSAULT", "destroy", 2, "تدميرها بشكل متعمد", "ميليشيات التمرد الحوثي وفلول الرئيس المخلوع، صالح", "مرافقها المختلفة", None, "H"),
        ("ASSAULT", "destroy", 4, "عمليات تخريب وسلب ونهب", "الحوثيين", ("المبنى", 1), None, "H"),
        ("ASSAULT", "heavy-weapons", 5, "للقصف العنيف", "التمرد", "المبنى", None, "H"),
        ("COERCE", "seize", 5, "سيطرة المتمردين على المدينة", "المتمردين", None, None, "H"),
    ],
    # Asharq Al-Awsat: the British foreign secretary Philip Hammond: migrants threaten Europe's social fabric (10
    # August; the Channel tunnel). s0 Hammond saying the migrants from Africa and the Middle East threaten the EU's
    # standard of living and social fabric (a charge against a named group -> ACCUSE disapprove, PLOVER
    # "denigrate", twentieth set's "وصفها"; "the EU cannot take in the millions" is his opinion); s1 his statements
    # made during a visit to Singapore (the one report of the visit, in the frame of his statements -> CONSULT
    # visit, the fifth set's "جاء هذا خلال زيارته لموسكو"); s7 the police spokesman: the 18 migrants found in the
    # lorry "placed in detention for their safety" (-> COERCE arrest; passive: actor null); s8 the lorry's Polish
    # driver arrested on suspicion of helping to smuggle the migrants (-> COERCE arrest, actor null; the suspicion
    # not coded apart, twenty-second set); s11 the French authorities reinforcing the police forces facing the
    # migrants trying to cross the Channel tunnel (-> MOBILIZE police, PLOVER "mobilize or increase readiness of
    # police") and London announcing the dispatch of fences, extra police dogs and a hundred security men to secure
    # the tunnel site (-> MOBILIZE police; "موقع النفق" anaphoric and the tunnel's name belongs to the migrants'
    # crossing: location null for both); s13 Hammond calling for the return of these migrants to their countries
    # (a call for a policy -> REQUEST change, eighteenth set's "دعا"; the caller not named in the sentence: actor
    # null). Not coded: s2 ("يجب أن نتمكن من ...": a necessity statement, third to twenty-second sets; the call
    # is coded in s13), s3-s4 and s12 (his opinions on the EU's laws, the tunnel's security), s5-s6 (the migrants
    # found in a lorry stopped near Flamstead: the circumstances of the s7/s8 detention and arrest), s9-s10 (the
    # tip-off and the traffic police's photo), s14 (the quotation restating s0/s4). The fifteenth set's SPA press
    # review coded the same statement, written there "تلويح ... بإعادة المهاجرين", as THREATEN; written here as a
    # call, it is REQUEST (see the hard cases).
    "snn-98314e6df6e7": [
        ("ACCUSE", "disapprove", 0, "يهددون مستوى المعيشة والنسيج الاجتماعي", "وزير الخارجية البريطاني فيليب هاموند", "المهاجرين من أفريقيا والشرق الأوسط", None, ""),
        ("CONSULT", "visit", 1, "زيارة", "هاموند", None, "سنغافورة", ""),
        ("COERCE", "arrest", 7, "وضعوا قيد الاحتجاز", None, "المهاجرين الـ18", None, ""),
        ("COERCE", "arrest", 8, "اعتقل", None, "سائق الشاحنة", None, ""),
        ("MOBILIZE", "police", 11, "عززت السلطات الفرنسية قوات الشرطة", "السلطات الفرنسية", None, None, ""),
        ("MOBILIZE", "police", 11, "إرسال حواجز وكلاب بوليسية إضافية فضلا عن مائة عنصر أمن", "لندن", None, None, ""),
        ("REQUEST", "change", 13, "دعا إلى وجوب إعادة هؤلاء المهاجرين", None, "هؤلاء المهاجرين", None, ""),
    ],
    # Al-Jazirah: the women's team of the Friends of Patients committee of Unaizah visits the inpatients of King
    # Saud hospital for Eid (one sentence). Charity visits to patients are coded (second, fifth, eighth, tenth,
    # eleventh and seventeenth sets: visit -> CONSULT visit, gifts -> AID, thanks -> SUPPORT): the committee's visit
    # to the inpatients of the women's and children's wards (-> CONSULT visit; "للمرضى المنومين" as written, the
    # article's alif elided; the hospital as the place, "بمستشفى": the fused ب left out; "زيارة" first occurrence,
    # the second is "هذه الزيارة"), its presenting the
    # gifts funded by a member to the patients and staff (-> AID; the named committee of the sentence kept as
    # actor; "للمرضى" with the article's alif elided, as written) and the inpatients' thanks to the committee
    # (-> SUPPORT; "لجنة أصدقاء المرضى" second occurrence). Not coded: the
    # Eid greetings, the two girls leading the team (participation), the director's statement on the committee's
    # programmes (a standing practice), "تكفل بها" (the gifts' funding, restating the AID).
    "snn-d783cbc1e6de": [
        ("CONSULT", "visit", 0, ("زيارة", 1), "لجنة أصدقاء المرضى بمحافظة عنيزة ممثلة بالفريق النسائي", "للمرضى المنومين", "مستشفى الملك سعود", ""),
        ("AID", None, 0, "تقديم الهدايا", "لجنة أصدقاء المرضى بمحافظة عنيزة ممثلة بالفريق النسائي", "للمرضى والعاملين بالمستشفى", None, ""),
        ("SUPPORT", None, 0, "بالغ شكرهم وتقديرهم", "المرضى المنومين", ("لجنة أصدقاء المرضى", 2), None, ""),
    ],
    # Al-Jazirah sports: Al-Ettifaq's acting board sends the player Ali al-Zubaidi home from the team's camp in Turkey
    # (he refused to meet the acting club president Ahmed al-Dossary, who had accused him of slackness last
    # season); the team's daily training: club business and sport (eighth/ninth/twelfth to twenty-second sets;
    # the refused meeting and the president's charge are internal to one club): none.
    "snn-7f832117fb31": [],
    # Al-Jazirah: the deputy emir of al-Baha Dr Hamed al-Shammari discusses the Mikhwah hospital, the medical tower
    # and the dental centre (31 July). s1 his meeting with the director general of health affairs, his assistants
    # and the directors of the region's hospitals (a meeting of two government bodies -> CONSULT, mode null, the
    # twenty-second set's al-Baha roads meeting of the same deputy emir); s3 "the meeting of my lord the Custodian of
    # the Two Holy Mosques with the leaders of the ministry of health", given as proof of the leadership's care
    # (a meeting of the King with a ministry's leaders stated as a fact inside the deputy's rhetoric, second and
    # twenty-second sets' facts inside rhetorical phrases -> CONSULT, mode null; undated background: historical,
    # sixteenth to twenty-second sets; "خادم الحرمين الشريفين" second occurrence). Not coded: s0 (the photo caption
    # restating the meeting), s2 (the emir's directions passed on: orders inside one government, twenty-first and
    # twenty-second sets), s3's statement on the health sector, s4 (the meeting restated, "حث الوكيل الجميع": an
    # exhortation inside one government), s5 (his recommendations, among them partnerships and agreements with the
    # Baha medical college: aims), s6 (the projects reviewed: the meeting restated).
    "snn-81a46b56913f": [
        ("CONSULT", None, 1, "اجتماعاً", "وكيل إمارة منطقة الباحة الدكتور حامد الشمري", "مدير عام الشؤون الصحية ومساعديه ومدراء مستشفيات المنطقة في قطاع السراة وتهامة والبادية", None, ""),
        ("CONSULT", None, 3, "اجتماع", ("خادم الحرمين الشريفين", 2), "قيادات وزارة الصحة", None, "H"),
    ],
    # Al-Jazirah: the Libyan army vows to confront the demonstrations for the former regime "according to the law";
    # Benghazi and Derna (9 August). s0 the spokesman of the army's First Infantry Brigade Ahmed al-Kharraz:
    # whoever demonstrates for the former regime will be confronted by the army according to the law (a warning
    # with a stated sanction -> THREATEN, mode null: "according to the law", the twenty-second set's Sudanese
    # "توعدت بتطبيق القانون"); s1 his calling the demonstrations that raise the former regime's flags acts of
    # sabotage offending the Libyan people (-> ACCUSE disapprove; "حسب وصفه"); s2 demonstrators who came out in
    # several Libyan cities "in the past period" raising the former regime's flags (-> PROTEST demo; "عدد من المدن
    # الليبية" vague: location null; the death sentences as what they protest, PLOVER recipient), the death
    # sentences passed on several of the former regime's figures (the motivation of the protest, PLOVER "discrete
    # events that are the motivation for the protest ... should be coded" -> SANCTION convict; the court not named:
    # actor null; the verdict recent: not historical) and the former regime's supporters' call for further
    # demonstrations (-> PROTEST demo [F], fourteenth set's "بدعوة" and twenty-first set's "مسيرة مليونية" [F]);
    # s3 Benghazi on Wednesday: demonstrators raising the former regime's flags and chanting its slogans (->
    # PROTEST demo), another group of citizens' counter-demonstration with the current flag (-> PROTEST demo) and
    # the security forces dispersing the demonstration (-> COERCE restrict, PLOVER: "police pushed back
    # protesters" is RESTRICT, crowd-control reserved for named crowd-control weapons; "قامت ... ب" apart); the
    # city of the sentence as the place of all three; s6 ISIS's surprise attack last night on a position of the Abu
    # Salim Martyrs Brigade (of the Derna Mujahideen Shura Council) near the al-Hila gate in Wadi Derna: three
    # killed, six wounded (-> ASSAULT, mode null; the brigade's dead as recipient). Not coded: s2's "احتجاجًا على"
    # beyond the sentences, s4-s5 (the 9 civilians killed and 42 wounded in Benghazi "during July" in the clashes
    # between the army and the Benghazi Revolutionaries Shura Council and the shelling of residential areas: a
    # month's toll of a series, first to twenty-second sets' tallies), s7 (the s6 attack restated by a military
    # source).
    "snn-38bbd89f396e": [
        ("THREATEN", None, 0, "ستتم مواجهته من قبل قوات الجيش وفقًا للقانون", "الناطق الرسمي باسم اللواء الأول مشاة التابع للجيش الليبي أحمد الخراز", "كل من يخرج في مظاهرة مناصرة للنظام السابق", None, ""),
        ("ACCUSE", "disapprove", 1, "يعد من الأعمال التخريبية المسيئة للشعب الليبي", "الخراز", "المظاهرات التي ترفع أعلام النظام السابق", None, ""),
        ("PROTEST", "demo", 2, "خرجوا", "عدد من المتظاهرين", "أحكام الإعدام", None, ""),
        ("SANCTION", "convict", 2, "أحكام الإعدام", None, "عدد من رموزه", None, ""),
        ("PROTEST", "demo", 2, "تنظيم تظاهرات أخرى", "عدد من مناصري النظام السابق", None, None, "F"),
        ("PROTEST", "demo", 3, "خروج عدد من المتظاهرين", "عدد من المتظاهرين", None, "مدينة بنغازي", ""),
        ("PROTEST", "demo", 3, "مظاهرة مضادة", "عدد آخر من المواطنين", None, "مدينة بنغازي", ""),
        ("COERCE", "restrict", 3, "تفريق التظاهرة", "قوات الأمن", "التظاهرة", "مدينة بنغازي", ""),
        ("ASSAULT", None, 6, "هجوم مباغت", "عناصر تنظيم داعش", "3 أشخاص من منتسبي كتيبة شهداء أبوسليم", "بوابة الحيلة في وادي درنة", ""),
    ],
    # Al-Eqtisadiah: "On this day" (8 August) almanac: every dated item is historical [H], coded as the fifth set's
    # almanac ("في مثل هذا اليوم .. ارمسترونغ", snn-a8b56b384733); the items' labels ("الحرب العالمية الاولى",
    # "الحرب العالمية الثانية", "الغزو العراقي للكويت") are headings, not coded. s0 the 1918 "rice riots" in Japan
    # (-> PROTEST riot); s1 the British Amiens offensive of 1918 (-> ASSAULT; the adjective "البريطاني" for the
    # party, twenty-first/twenty-second sets; the town in the offensive's name as the place) that forced the
    # Germans to retreat (in a relative clause with its actor -> RETREAT withdraw); s2 the authorities barring the
    # Ku Klux Klan's members from wearing their masks at its 1925 convention in Washington (-> COERCE restrict; the
    # place belongs to the convention: location null; the convention of one organisation is not coded); s5 the
    # British government's cooperation agreement with de Gaulle's Free French government in 1940 (-> AGREE); s7 the
    # Soviet Union's 1953 announcement that it has a hydrogen bomb and the test explosion of 12 August (a weapons
    # test -> MOBILIZE weapons, PLOVER "increase readiness of weapons systems", CAMEO 150 "demonstrate military
    # power"; no earlier set had a weapons test); s8 the first conference on nuclear energy in Geneva in 1955 with
    # experts of 72 states (an international conference -> CONSULT multilateral, the first, eleventh and nineteenth
    # sets); s11 the second India-Pakistan war over Kashmir in 1965 (-> ASSAULT, both states as actor; "حول كشمير"
    # is the war's object: location null), the Indian forces' entry into Pakistani territory (inside "بعد", with its
    # actor and place -> COERCE seize, the first set's "دخل/الدخول إلى"), its end on 22 September (-> RETREAT
    # ceasefire, PLOVER "implement ceasefire", the first set's end of hostilities) and the Soviet mediation (->
    # CONSULT, mode null, the first set's mediation; the adjective for the party); s12 Nixon's resignation over
    # Watergate (-> RETREAT resign, PLOVER "resignations of government officials"; the year as written); s13 the
    # Israeli authorities' arrest of Archbishop Hilarion Capucci in 1974 (-> COERCE arrest) on the charge of
    # carrying arms and explosives for Fatah (-> ACCUSE allege, the fifth set's "بتهمة" with an arrest; the alleged
    # transport not coded); s14 the execution of 21 politicians in Iraq in 1979 (-> ASSAULT targeted, first set's
    # executions; the charge accompanying the sentence is not coded, PLOVER and the first set); s15 Iraq's
    # Revolutionary Command Council declaring a "complete and irreversible merger" of Iraq and Kuwait in 1990 (the
    # annexation of the occupied country -> COERCE seize, CAMEO 192 "occupy territory"; "الكويت" from "والكويت");
    # s16 the assassination of the former Iranian prime minister Shapour Bakhtiar in 1991 (-> ASSAULT targeted,
    # the fifth and twenty-first sets' assassinations); s17 the 1994 clashes in Qazvin between demonstrators and
    # Iranian forces (-> ASSAULT, both sides in one phrase as actor; -> PROTEST riot, the demonstrators' violent
    # protest) over the Majlis's refusal to approve the province's separation from Zanjan (the motivation of the
    # protest -> REJECT change, PLOVER "changes in ... institutions"). Not coded: s3 (a bridge's inauguration), s4
    # (a birth), s6 (Strasbourg as the seat of the Council of Europe), s9-s10 (a tanker's launch), s2's convention
    # itself, the labels.
    "snn-a770bac61820": [
        ("PROTEST", "riot", 0, "اعمال شغب", None, None, "اليابان", "H"),
        ("ASSAULT", None, 1, "هجوم اميان البريطاني", "البريطاني", "الالمان", "اميان", "H"),
        ("RETREAT", "withdraw", 1, "التراجع", "الالمان", None, None, "H"),
        ("COERCE", "restrict", 2, "منعت", "السلطات", "اعضاءها", None, "H"),
        ("AGREE", None, 5, "تبرم اتفاق تعاون", "حكومة بريطانيا", "حكومة فرنسا الحرة بقيادة الجنرال شارل ديغول", None, "H"),
        ("MOBILIZE", "weapons", 7, "يجري اختبارا لتفجيرها", "الاتحاد السوفياتي", None, None, "H"),
        ("CONSULT", "multilateral", 8, "انعقاد اول مؤتمر حول الطاقة النووية", "خبراء من 72 دولة", None, "جنيف", "H"),
        ("ASSAULT", None, 11, "حرب ثانية", "الهند وباكستان", None, None, "H"),
        ("COERCE", "seize", 11, "دخول القوات الهندية الاراضي الباكستانية", "القوات الهندية", None, "الاراضي الباكستانية", "H"),
        ("RETREAT", "ceasefire", 11, "توقفت", "الهند وباكستان", None, None, "H"),
        ("CONSULT", None, 11, "وساطة سوفياتية", "سوفياتية", None, None, "H"),
        ("RETREAT", "resign", 12, "استقالة", "الرئيس الامريكي ريتشارد نيكسون", None, None, "H"),
        ("COERCE", "arrest", 13, "تعتقل", "السلطات الاسرائيلية", "المطران هيلاريون كبوجي اسقف القدس للكاثوليك", None, "H"),
        ("ACCUSE", "allege", 13, "تهمة نقل اسلحة ومتفجرات", "السلطات الاسرائيلية", "المطران هيلاريون كبوجي اسقف القدس للكاثوليك", None, "H"),
        ("ASSAULT", "targeted", 14, "اعدام", None, "21 سياسيا", "العراق", "H"),
        ("COERCE", "seize", 15, "يعلن \"اندماجا كاملا لا رجعة عنه\"", "مجلس قيادة الثورة في العراق", None, "الكويت", "H"),
        ("ASSAULT", "targeted", 16, "اغتيال", None, "رئيس الوزراء الايراني السابق شهبور بختيار", None, "H"),
        ("ASSAULT", None, 17, "مواجهات", "متظاهرين والقوات الايرانية", None, "منطقة قزوين", "H"),
        ("PROTEST", "riot", 17, "متظاهرين", "متظاهرين", None, "منطقة قزوين", "H"),
        ("REJECT", "change", 17, "رفض مجلس الشورى الموافقة", "مجلس الشورى", None, None, "H"),
    ],
    # Asharq Al-Awsat sports: the referees' mission arrives in the Czech Republic for its camp (the federation's
    # referees committee, the lecturers it engaged, the opening meeting and the programme): sport and federation
    # business (nineteenth to twenty-second sets); the committee's agreement with foreign lecturers is a contract,
    # its meetings with its own referees internal: none.
    "snn-e43198cec656": [],
    # Al-Watan: confessions hold al-Maliki responsible for the fall of Mosul (31 July). s0 the parliamentary committee
    # of inquiry into the fall of Mosul announcing that its report is complete (an inquiry -> ACCUSE investigate,
    # PLOVER "commissions ... political"; the fourteenth set's Security Council panel), the report to go to the
    # prosecution "so that it arrests" those responsible (an aimed-at act -> COERCE arrest [F], twenty-first and
    # twenty-second sets' aims; "للادعاء العام" as written, the article's alif elided), the fall of Nineveh and its
    # capital Mosul to ISIS on 10 June 2014 (with its actor, place and date, its fullest mention; the later ones are
    # bare -> COERCE seize [H]; "سقوط" second occurrence) and the confessions of security and political leaders
    # condemning al-Maliki and holding him responsible for the withdrawal orders (-> ACCUSE allege; the alleged
    # orders not coded, thirteenth to twenty-second sets); s2 the report to be referred to the prosecution "to hold
    # to account and try" those responsible (a planned trial -> ACCUSE allege [F], PLOVER "bring to trial"; no
    # party named: actor null); s3 the committee's chairman vowing that the committee will pursue any figure who
    # tries to delay or ignore the report (-> THREATEN, mode null: a legal pursuit; the speaker not named in the
    # sentence: actor null, twenty-second set's s9); s5 the former ground forces commander Lt-Gen. Ali Ghaidan
    # telling the committee he received the withdrawal orders from al-Maliki (a named accuser -> ACCUSE allege);
    # s8 the other confessions of Osama al-Nujaifi and his brother Atheel al-Nujaifi condemning al-Maliki (new
    # accusers -> ACCUSE allege); s9 the Iraqi security forces taking control of the areas near Ramadi (-> COERCE
    # seize; "المناطق القريبة من الرمادي" vague: location null) to storm the city and free it from ISIS (the aim ->
    # COERCE seize [F], twenty-second set's "لتحرير"; one record for storming and freeing). Not coded: s1 (the
    # chairman's press conference and the report's contents), s2's reading in parliament (an internal session)
    # and the answers of Barzani, al-Maliki and al-Nujaifi received (steps of the inquiry), s3's "سيكون ملزما" (his
    # opinion), s4 (the confessions restated), s6 (Ghaidan's counterfactual), s7 (his denial that he gave the
    # orders and his charge restated with a detail).
    "snn-a2ab717f5f1c": [
        ("ACCUSE", "investigate", 0, "إكمال تقريرها", "لجنة التحقيق في سقوط الموصل", None, None, ""),
        ("COERCE", "arrest", 0, "اعتقال", "للادعاء العام", "المتسببين", None, "F"),
        ("COERCE", "seize", 0, ("سقوط", 2), "داعش", None, "محافظة نينوى ومركزها الموصل", "H"),
        ("ACCUSE", "allege", 0, "تدين", "قيادات أمنية وسياسية", "رئيس الوزراء السابق نائب رئيس الجمهورية الحالي نوري المالكي", None, ""),
        ("ACCUSE", "allege", 2, "محاسبة ومحاكمة", None, "المتسببين بسقوط الموصل", None, "F"),
        ("THREATEN", None, 3, "متوعدا", None, "كل شخصية تحاول تسويف التقرير أو إهماله أو عدم الأخذ به", None, ""),
        ("ACCUSE", "allege", 5, "أبلغ لجنة التحقيق بأنه تسلم أومر الانسحاب", "قائد القوات البرية السابق الفريق علي غيدان", "المالكي", None, ""),
        ("ACCUSE", "allege", 8, "تدين المالكي", "رئيس البرلمان السابق نائب رئيس الجمهورية الحالي أسامة النجيفي وشقيقه محافظ الموصل المقال أثيل النجيفي", "المالكي", None, ""),
        ("COERCE", "seize", 9, "فرضت القوات الأمنية العراقية سيطرتها", "القوات الأمنية العراقية", None, None, ""),
        ("COERCE", "seize", 9, "اقتحام المدينة وتحريرها", "القوات الأمنية العراقية", "داعش", None, "F"),
    ],
    # Asharq Al-Awsat: the Saudi TV series "Awraq al-Tut" among the 20 best Arab TV works of Ramadan (the Abu Dhabi
    # programme's choice, the producer's, actress's and writer's statements on the series): television and its
    # reception (twenty-second set's "Selfie" had calls, praise and threats; here none); "ليس دين ذبح وقتل" is
    # the writer's opinion: none.
    "snn-8f28c81adb07": [],
    # Al-Riyadh: a Reuters survey: OPEC's output at a new high in July (2 August). s7 the agreement reached this month
    # by Iran and the world powers on Tehran's nuclear activities (a relative clause with its parties and time,
    # reported nowhere else in the article -> AGREE, the fourteenth set's oil article and the ninth to twenty-second
    # sets' deal; 19 days before: not historical). Not coded: the output and export figures (statistics), s6 OPEC's
    # decision of November 2014 to defend its market share (an output policy), s12 Iran's sales from floating
    # storage (trade) and the lifting of sanctions "when" it comes (a bare anchor), s13 the negotiations to reopen
    # closed oil facilities in Libya that "have not succeeded so far" (an ongoing process without named parties),
    # s14-s16 (forecasts, Commerzbank's expectation of an agreement at OPEC's December meeting: a prediction).
    "snn-b9a7908db7d8": [
        ("AGREE", None, 7, "الاتفاق الذي توصلت إليه", "إيران والقوى العالمية", None, None, ""),
    ],
    # Al-Madina: the United States condemns Boko Haram's suicide attacks in Nigeria and Cameroon (Friday 24 July).
    # s0 the US condemning the attacks and the group's use of children as suicide bombers (-> ACCUSE disapprove, one
    # record for the pair in the sentence); s1 the bombings at two bus stations in Gombe that killed 37 on Wednesday
    # (-> ASSAULT explosives, twenty-first set's "تفجير"; Boko Haram not named in the sentence: actor null) and the
    # two suicide bombings that killed at least 13 (-> ASSAULT suicide-attack, twentieth set's "انتحاري"; "في شمال
    # الكاميرون" falls in the next line, s2, cut at the newline: location null); s6 the four-day visit of the
    # Nigerian president Muhammadu Buhari to Washington, during which he met Obama (the attacks' time frame, with
    # its actor, host and place, reported nowhere else -> CONSULT visit; "للرئيس" as written, the article's alif
    # elided; "بالرئيس": the fused ب left out); s8 Obama saying after their talks that
    # Buhari has "a clear agenda" to defeat the militants and fight corruption (a commendation -> SUPPORT); s9
    # Boko Haram's pledge of allegiance to ISIS (inside "منذ", with its actor, reported nowhere else -> SUPPORT [H],
    # the third and nineteenth sets' "بايعت"; March 2015, over four months before) and last Friday's attack in which
    # a ten-year-old girl blew herself up in Damaturu, killing at least nine at prayer (-> ASSAULT suicide-attack;
    # a week before: not historical); s10 the State Department stressing Washington's support for Nigeria's
    # counter-terrorism efforts through intelligence, advisers, equipment and logistics (material assistance ->
    # AID, the twelfth set's US "تقديم" to Iraq); s11 Toner: "we are committed to working closely with Cameroon,
    # Nigeria and the other countries around Lake Chad to defeat Boko Haram" (a commitment to future cooperation ->
    # AGREE, PLOVER). Not coded: s2 (the fragment "في شمال الكاميرون."), s3-s5 (the State Department's and Toner's
    # quotations restating the s0 condemnation), s7 (the two presidents' talks restated with their topic), s9's
    # growing recruitment of children (a series).
    "snn-e0c332aba6a5": [
        ("ACCUSE", "disapprove", 0, "أدانت", "الولايات المتحدة", "جماعة بوكو حرام", None, ""),
        ("ASSAULT", "explosives", 1, "تفجيرات", None, "37 شخصًا", "جومبي", ""),
        ("ASSAULT", "suicide-attack", 1, "تفجيران انتحاريان", None, "13 شخصًا", None, ""),
        ("CONSULT", "visit", 6, "زيارة", "للرئيس النيجيري محمد بخاري", "الرئيس الأمريكي باراك أوباما", "واشنطن", ""),
        ("SUPPORT", None, 8, "جدول أعمال واضح", "أوباما", "بخاري", None, ""),
        ("SUPPORT", None, 9, "مبايعتها", "بوكو حرام", "تنظيم داعش", None, "H"),
        ("ASSAULT", "suicide-attack", 9, "فجرت فتاة في العاشرة من عمرها نفسها", "فتاة في العاشرة من عمرها", "تسعة أشخاص", "داماتورو", ""),
        ("AID", None, 10, "توفير معلومات مخابرات ومستشارين ومعدات ولوجستيات", "واشنطن", "نيجيريا", None, ""),
        ("AGREE", None, 11, "ملتزمون بالعمل عن كثب", "تونر", "الكاميرون ونيجيريا والبلدان الأخرى المحيطة ببحيرة تشاد", None, ""),
    ],
    # Asharq Al-Awsat: Talal al-Urduni, a Fatah leader, assassinated in Ain al-Hilweh (Saturday 25 July). s0 the
    # assassination in the camp (-> ASSAULT targeted, PLOVER "assassinations", the fifth and twenty-first sets'
    # "يغتال"/"اغتيال"); s1 the heavy gunfire he was exposed to (new content: the method -> ASSAULT firearms); s2 a
    # companion also killed in the attack (new content: another victim -> ASSAULT, mode null); s3 reports that
    # extremist Islamist gunmen ambushed him near al-Nidaa al-Insani hospital and sprayed him with bullets (new
    # content: the attackers and the place -> ASSAULT firearms; the hospital as the place). Not coded: s4 (no
    # claim: the claim as such is never coded).
    "snn-e37d7395f0ca": [
        ("ASSAULT", "targeted", 0, "اغتيل", None, "طلال الأردني القيادي في حركة فتح الفلسطينية", "مخيم عين الحلوة", ""),
        ("ASSAULT", "firearms", 1, "إطلاق نار كثيف", None, "الأردني", None, ""),
        ("ASSAULT", None, 2, "قتل", None, "شخصًا آخر كان مرافقًا للقيادي الفتحاوي", None, ""),
        ("ASSAULT", "firearms", 3, "كمينا", "مسلحين إسلاميين متطرفين", "طلال الأردني", "مستشفى النداء الإنساني", ""),
    ],
    # Al-Watan: the sheikhs of Dhamar disown the Houthi statement (27 July). s0 many Dhamar sheikhs disowning the
    # statement the Houthi militias issued and falsely attributed to them, calling it "a new lie" meant to mislead
    # the public (a charge -> ACCUSE allege; the forgery itself is reported in s5); s1 the sheikhs of the Hada, Ins,
    # Ans, Wusab and Utmah tribes, in a counter-statement: all of it is a fabrication of the Houthi militias and
    # their leaders (new content: the named tribes' sheikhs -> ACCUSE allege); s3 the sheikhs: they cannot take part
    # in those criminal acts (a refusal -> REJECT, mode null); s4 the statement warning the Houthi militias of the
    # consequences of these acts (a warning with a stated consequence -> THREATEN, mode null, twenty-second set's
    # Tsipras; "البيان" for its issuers, as the fifth and twenty-second sets); s5 the Houthi militias in Dhamar
    # distributing on Thursday a statement attributed to the sheikhs (a forged statement -> COERCE misinformation,
    # PLOVER "deception/manipulation/misinformation"; the sheikhs it was attributed to as recipient, "مشايخ
    # المحافظة" first occurrence), in which they claimed that the sheikhs had called their tribes to gather
    # fighters and had given those fighting with the resistance and the army ten days to go home "or their blood is
    # forfeit", which the sheikhs denied (a denial is the denied event negated with the denier as actor, first,
    # fourth and fourteenth sets -> REQUEST [N], the fifteenth set's "الدعوة للقتال", and THREATEN violence [N];
    # "المشايخ" as named in the sentence), and in which the militias threatened the expatriates in the Gulf states
    # with targeting ("توعدت", the militias' own threat -> THREATEN violence); s6 sheikhs stating that the province's
    # tribes will move to cut these militias down to size (a vow of force -> THREATEN violence, thirteenth/
    # fifteenth/twenty-second sets' vows) and to back the resistance and the national army (future support ->
    # AGREE, PLOVER future cooperation). Not coded: s0's "أصدرته ... ونسبته زورا إليهم" (the forgery, coded in
    # s5), s1's "التي دمرت البلاد" (general), s2 (the counter-statement continued: characterisations of the
    # rebels, Iran's tool, crimes in general; the same speaker continued, fourteenth set), s3's "يريد المتمردون
    # ... حشد أبناء القبائل" (the rebels' aim inside the charge), s5's "عدّوا البيان محاولة فاشلة" (the charge
    # restated), s6's aims (restoring the state, trying the criminals).
    "snn-e73206fd1c8b": [
        ("ACCUSE", "allege", 0, "وصفوه", "كثير من مشايخ محافظة ذمار", "ميليشيات الحوثي المتمردة", None, ""),
        ("ACCUSE", "allege", 1, "من نسج ميليشيات الحوثي", "مشايخ قبائل الحداء وإنس وعنس ووصابين وعتمة", "ميليشيات الحوثي وقياداتها", None, ""),
        ("REJECT", None, 3, "لا يمكن لهم المشاركة", "مشايخ ذمار", None, None, ""),
        ("THREATEN", None, 4, "حذر", "البيان", "ميليشيات الحوثي", None, ""),
        ("COERCE", "misinformation", 5, "وزعت بيانا", "ميليشيات الحوثي في محافظة ذمار", ("مشايخ المحافظة", 1), None, ""),
        ("REQUEST", None, 5, "دعوا قبائلهم إلى حشد مقاتلين", "المشايخ", "قبائلهم", None, "N"),
        ("THREATEN", "violence", 5, "وإلا فان دماءهم مهدورة", "المشايخ", "من يقاتلون في صفوف المقاومة الشعبية والجيش الوطني", None, "N"),
        ("THREATEN", "violence", 5, "توعدت", "ميليشيات الحوثي في محافظة ذمار", "المغتربين في دول الخليج", None, ""),
        ("THREATEN", "violence", 6, "ستتحرك لتحجيم", "عدد من المشايخ", "هذه الميليشيات الهمجية", None, ""),
        ("AGREE", None, 6, "مساندة", "عدد من المشايخ", "المقاومة الشعبية والجيش الوطني", None, ""),
    ],
    # Asharq Al-Awsat: Barzani vows revenge on ISIS for its assault on the Yazidis (Monday 3 August, the first
    # anniversary of the fall of Sinjar). s0 Massoud Barzani vowing revenge on ISIS (-> THREATEN violence, the
    # thirteenth set's "يتوعد"; the relative clause on ISIS's assault on the Yazidis is reported in s3-s4); s3 the
    # extremists' overrunning of the Sinjar district on 3 August last year (-> COERCE seize [H], a year before;
    # "قام ... ب" apart); s4 the massacres of the Yazidis (-> ASSAULT targeted [H], PLOVER "deliberate mass killings of
    # defenseless actors"), after the Peshmerga's withdrawal (inside "بعد", with its actor -> RETREAT withdraw [H]),
    # which the UN called an attempted genocide (a charge -> ACCUSE allege [H]; the massacres are its object:
    # recipient null), and the US-led coalition's air intervention days later (-> ASSAULT aerial [H]; "التظيم" as
    # written); s5 the Peshmerga, backed by the coalition, retaking parts of Sinjar later (-> COERCE seize [H] and
    # AID [H], thirteenth/twenty-second sets' battle support; undated "لاحقا", months before). Not coded: s0's
    # relative clause (the assault reported in s3-s4), s1 (his speech in Dohuk on the anniversary of "the
    # occupation of Sinjar", an anchor of the s3 event; his quoted promise to Baba Sheikh after the disaster to give
    # his life for revenge: the vow of s0 in his own words), s2 (the quotation restating the vow, twenty-second
    # set's Salehi s4), s5's "لاتزال مساحات شاسعة تقع تحت سيطرة التنظيم" (standing control), s6 (his words on
    # the thousands of ISIS dead: general), s7-s10 (the regional government's tallies of the dead, displaced,
    # missing, abducted and escaped).
    "snn-cbd2484eed71": [
        ("THREATEN", "violence", 0, "تعهد", "رئيس اقليم كردستان العراق مسعود بارزاني", "تنظيم \"داعش\" المتطرف", None, ""),
        ("COERCE", "seize", 3, "اجتياح", "المتطرفون", None, "قضاء سنجار", "H"),
        ("ASSAULT", "targeted", 4, "مذابح", "التنظيم", "الطائفة الايزيدية", None, "H"),
        ("RETREAT", "withdraw", 4, "انسحاب", "قوات البشمركة", None, None, "H"),
        ("ACCUSE", "allege", 4, "وصفتها الامم المتحدة محاولة لتنفيذ ابادة جماعية", "الامم المتحدة", None, None, "H"),
        ("ASSAULT", "aerial", 4, "التدخل جوا", "التحالف الدولي بقيادة الولايات المتحدة", "التظيم", None, "H"),
        ("COERCE", "seize", 5, "استعادة مساحات", "قوات البشمركة", None, "سنجار", "H"),
        ("AID", None, 5, "مدعومة", "التحالف الدولي", "قوات البشمركة", None, "H"),
    ],
    # Ain Al-Yaum: Messi stirs anger after meeting Gabon's president in shorts and a T-shirt (24 July; CNN). s1
    # Gabonese politicians criticising Messi's clothes for meeting their president (-> ACCUSE disapprove); s2 the
    # Gabonese People's Union (UPG) objecting to Messi's T-shirt and shorts (new content: the named party ->
    # ACCUSE disapprove; the text has a no-break space before "(UPG)", written \u00a0 below) worn to meet
    # President Ali Bongo Ondimba (a meeting with a host during a visit -> CONSULT
    # visit, in a purpose clause with its parties, first reported here); s5 the government's statement: Messi
    # visited Gabon on 17-18 July (new content: the country and dates -> CONSULT visit; "الغابون" second occurrence,
    # the first is inside "الغابونية") after an invitation of the president (inside "بعد أن", with its actor ->
    # AGREE, PLOVER "invitations for state visits", ninth, fourteenth and nineteenth sets' invitations). Not coded:
    # s0 (dateline), s3 (the party's statement restating its objection with a quotation), s5's denial of the
    # rumoured payment (a payment for a visit has no PLOVER type), s7 (what Messi "is said" to have done: the tour
    # of Libreville and the stadium's foundation stone: rumour, part of the visit), s8 (tags).
    "snn-75a8230a7946": [
        ("ACCUSE", "disapprove", 1, "انتقد", "سياسيون في دولة الغابون الأفريقية", "مهاجم فريق برشلونة لكرة القدم ليونيل ميسي", None, ""),
        ("ACCUSE", "disapprove", 2, "اعترض", "حزب الشعب المحلي في الغابون\u00a0(UPG)", "ميسي", None, ""),
        ("CONSULT", "visit", 2, "عقد اجتماع", "ميسي", "الرئيس علي بونغو أونديمبا", None, ""),
        ("CONSULT", "visit", 5, "زار", "اللاعب ميسي", None, ("الغابون", 2), ""),
        ("AGREE", None, 5, "دعوة", "الرئيس علي بونغو أونديمبا", "اللاعب ميسي", None, ""),
    ],
    # Al-Yaum: two killed in a knife attack in an IKEA store in Sweden (Monday 10 August). s0 the police: two killed
    # and a third badly wounded in a knife attack in an IKEA store in Vasteras (-> ASSAULT primitive, PLOVER "edged
    # weapons", the fifth, eighth and twelfth sets' stabbings; the attacker not named: actor null); s5 the police
    # holding a man suspected of the killing (-> COERCE arrest; the suspicion not coded apart). Not coded: s1 (the
    # call to the police), s2 (the victims found: the s0 attack restated with detail), s3 (a closing quote), s4
    # (the third wounded restated).
    "snn-33063854f490": [
        ("ASSAULT", "primitive", 0, "هجوم بمدية", None, "شخصين", "مدينة فيستيراس", ""),
        ("COERCE", "arrest", 5, "احتجزت", "الشرطة", "رجلا", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
