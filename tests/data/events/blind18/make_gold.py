"""Build events-blind18.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (eighteenth events blind set; same layout and guidelines as the first
seventeen sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind17.jsonl and their blind/ ..
blind17/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind18.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind18.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Yaum: the Tourism and National Heritage Commission begins restoring the historic Abu Jabal mosque in
    # Umluj (the old building materials, the summer and winter halls, the minaret): heritage works of a public
    # body, no PLOVER event: none.
    "snn-91ac56a8e602": [],
    # Okaz: Al-Nassr's coach Jorge da Silva holds an evening session (his remarks to the players on the friendly
    # against Al-Shaab, the drills, the players back from illness and injury): training and club business
    # (eighth/ninth/twelfth/fourteenth/fifteenth/seventeenth sets; a coach's talk to his own players is
    # internal): none.
    "snn-4ae3a52666df": [],
    # Al-Jazirah: the Land Rover Discovery Sport's five-star Euro NCAP rating (its safety systems, the dealer's
    # launch of the new batch): product news; "تهديداً للتصادم" is the risk of a collision, not a threat: none.
    "snn-ab8d53ed413f": [],
    # Al-Madina: the Shura Council chairman Abdullah Al al-Sheikh on the Asir emergency-forces mosque bombing of
    # Thursday 6 August (condolences not coded, fourth/sixth/eleventh/thirteenth sets; condemnation -> ACCUSE
    # disapprove, recipient null when the attack is the object; the condemned attack coded where described in
    # the sentence, thirteenth set). s0 the security men of the special emergency forces in the Asir region
    # and workers at the site killed at the noon prayer "في عملية إرهابية" (a terrorist operation without
    # method -> ASSAULT, mode null, thirteenth set; actor null); s1 the chairman's strong condemnation of the
    # "criminal terrorist incident" (-> ACCUSE disapprove) and the incident targeting a mosque in the
    # emergency forces' headquarters (new content: the target, sixth/thirteenth sets' attack coded again with
    # new content -> ASSAULT, mode null; "للحادث" kept whole, the article's alif elided); s3 the council's
    # support for all the measures of the King's government against terrorism (-> SUPPORT, sixth set's
    # solidarity, fourteenth set's Sadr backing the protesters); s5 the chairman's appeal to the men of
    # learning and thought to take up their responsibility of awareness (a named body's call -> REQUEST, mode
    # null; "معاليه" a title with a pronoun: actor null, seventeenth set's "سموه"). Not coded: s0's condolences,
    # s2 (the council and its members condemning "this cowardly act": the s1 condemnation restated by the same
    # speaker, sixth set's Al-Azhar "إذ يستنكر" not coded twice; the characterisations of the perpetrators),
    # s3's government measures against terrorism (a general policy), s4 (opinion), s6 (prayers).
    "snn-7d12134ab78b": [
        ("ASSAULT", None, 0, "عملية إرهابية", None, "رجال الأمن من منسوبي قوات الطوارئ الخاصة", "منطقة عسير", ""),
        ("ACCUSE", "disapprove", 1, "استنكاره الشديد", "معالي رئيس مجلس الشورى", None, None, ""),
        ("ASSAULT", None, 1, "للحادث الإرهابي الإجرامي", None, "مسجدًا في مقر قوات الطوارئ", None, ""),
        ("SUPPORT", None, 3, "دعم", "مجلس الشورى", "حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", None, ""),
        ("REQUEST", None, 5, "ناشد", None, "أهل العلم والفكر", None, ""),
    ],
    # Okaz: the Yemeni foreign minister Riyadh Yasin: the UN envoy's proposal to send Arab observers is "not
    # applicable now" (an interview, Saturday 1 August). s0 Yasin's rejection of the envoy's proposal (-> REJECT,
    # mode null, seventeenth set's Jafari "غير مقبول", tenth set's "غير مقبولة"; the envoy as recipient); s2
    # the envoy's visit to Cairo, during which he said he had discussed observers under the UN umbrella in
    # coordination with the Arab League (-> CONSULT visit, host not named; "للقاهرة" kept whole, the article's
    # alif elided; the discussion is the content of the visit, not coded apart); s3 the Yemeni government's
    # earlier discussion of the proposal with "some parties" (talks outside a visit -> CONSULT, mode null,
    # twelfth to seventeenth sets; a step of the current story: not historical); s4 Yasin on the Houthis'
    # continuing violations of their commitments, above all the breaches of the three truces (a named
    # speaker's charge -> ACCUSE allege, the breaches not coded apart as the alleged acts, thirteenth/sixteenth
    # sets) and the three truces the coalition forces declared with the government (declared truces, with their
    # actor in a relative clause and reported nowhere else -> CONCEDE, PLOVER "declarations (but not
    # implementations) of ceasefires", first/eighth sets' declared truces; the latest of them days before, a
    # step of the current war: not historical). Not coded: s1 (the conditions of the proposal, the Houthis'
    # acceptance of resolution 2216 and the withdrawal it requires: conditions and the resolution's content),
    # s3's condition of the government (the content of the discussion), s4's "تتعامل بإيجابية" (a standing
    # stance).
    "snn-7944339f56fa": [
        ("REJECT", None, 0, "غير قابل للتطبيق", "وزير الخارجية اليمني رياض ياسين", "المبعوث الدولي إسماعيل ولد الشيخ أحمد", None, ""),
        ("CONSULT", "visit", 2, "زيارة", "المبعوث الدولي لليمن", None, "للقاهرة", ""),
        ("CONSULT", None, 3, "ناقشت", "الحكومة اليمنية", "بعض الجهات", None, ""),
        ("ACCUSE", "allege", 4, "انتهاكات", "ياسين", "الحوثيين", None, ""),
        ("CONCEDE", None, 4, "أعلنتها", "قوات التحالف", None, None, ""),
    ],
    # Al-Yaum column "ضبطيات" on fictitious Saudization (events stated as facts are coded, opinions and general
    # practices are not: fourteenth/seventeenth sets' columns; labour inspections "ضبط" -> ACCUSE investigate,
    # second/fourth sets; penalties -> SANCTION, second/sixth sets). s0 the Social Insurance organisation's new
    # verification service launched "بهدف ... ضبط عدد من الشركات" (the launch of a service is no event; its
    # stated aim of catching companies -> ACCUSE investigate [F], fifth to seventeenth sets' stated aims); s1 a
    # Saudi woman's demand, some time ago, that the Human Resources Development Fund contact the Saudis before
    # penalising them (a named party's demand for a change of procedure -> REQUEST change; the column's current
    # topic: not historical); s3 the recent detection of 18,000 cases of fictitious Saudization (-> ACCUSE
    # investigate, actor not named) and the ministry of social affairs' dropping of more than 107,000 cases from
    # social security (a cut of benefits to the ineligible, a reduction of a routine relation -> SANCTION, mode
    # null). Not coded: s0's "الكشف عن السعودة الوهمية" (the same aim), s1's "قبل فرض عقوبات عليهم" (a general
    # procedure) and the hundreds of complaints held by the labour offices (a tally), s2 (the ministry's
    # monthly detections and the Fund's penalties: recurring practices, sixth to seventeenth sets' general
    # series), s3's "عقب اكتشاف مستفيدين" (an agentless anchor), s4 (the woman's request restated, "مئات
    # الحالات"), s5 (opinion, necessity).
    "snn-e126501af3cc": [
        ("ACCUSE", "investigate", 0, "ضبط", "المؤسسة العامة للتأمينات الاجتماعية", "عدد من الشركات", None, "F"),
        ("REQUEST", "change", 1, "طالبت", "فتاة سعودية متضررة", "صندوق تنمية الموارد البشرية", None, ""),
        ("ACCUSE", "investigate", 3, "ضبط", None, None, None, ""),
        ("SANCTION", None, 3, "أسقطت", "وزارة الشؤون الاجتماعية", "أكثر من 107 آلاف حالة", None, ""),
    ],
    # Al-Yaum: a reader's question on a fear of crowded places and the counsellor's answer (phobia, causes,
    # treatment; "يبادر بالهجوم على هذه المواقع" and "الانسحاب" are figurative advice): none.
    "snn-ad7c7a3455f6": [],
    # Asharq Al-Awsat: Norway's Labour youth return to Utoya four years after the massacre (Friday 7 August).
    # s0 the right-wing extremist's killing of 69 people on the island four years before (recalled background
    # -> ASSAULT [H], method not stated: mode null; the island named in the sentence as the place); s2
    # Anders Behring Breivik's bloody attack of July 2011 (new content: the attacker named -> ASSAULT [H],
    # seventeenth set's Maiduguri s3/s4); s3 his car bomb outside the prime minister's office in central Oslo,
    # eight killed (another attack -> ASSAULT explosives [H]; "بوسط": the fused ب left out); s9 the local police
    # chief: police deployed on the island and the shore and boats on patrol off it to secure the participants
    # (-> MOBILIZE police, ninth/thirteenth sets' reinforced security; passive: actor null; "في الجزيرة"
    # anaphoric: location null; the boats are part of the same police deployment). Not coded: s0's gathering
    # of a thousand people at the youth camp and s1/s5-s7 (the camp's opening and the leader's words: a
    # party's summer camp, no protest), s2's first camp since 2011, s3's young people taking the same ferry, s4
    # (a characterisation), s8 (the plaques).
    "snn-028b7f8eb1ab": [
        ("ASSAULT", None, 0, "قتل", "يميني متطرف", "69 شخصًا", "جزيرة أوتويا", "H"),
        ("ASSAULT", None, 2, "هجومه الدموي", "أندرس بيرينج بريفيك", None, "جزيرة أوتويا", "H"),
        ("ASSAULT", "explosives", 3, "فجّر سيارة ملغومة", "بريفيك", "ثمانية أشخاص", "وسط أوسلو", "H"),
        ("MOBILIZE", "police", 9, "تم نشر عناصر من الشرطة", None, None, None, ""),
    ],
    # Asharq Al-Awsat: Obama names the Americans held in Iran; his call to Xi Jinping (Tuesday 21 July). s3
    # Obama's telephone call to the Chinese president Xi Jinping on the evening of the day before yesterday
    # (-> CONSULT phone, fourteenth set); s4 the White House: Obama expressed his gratitude for China's role in
    # reaching the agreement (thanks -> SUPPORT, second to seventeenth sets; coded here where it is reported as
    # done, the s3 "لشكره" being the purpose of the same call) and the "historic, comprehensive, long-term
    # nuclear agreement between the Six and Iran" (the nuclear agreement with its parties -> AGREE, once per
    # article, sixteenth/seventeenth sets); s5 the two presidents agreeing on the utmost importance of
    # continued US-Chinese cooperation to ensure the agreement's full implementation (an agreement reached in
    # the talks -> AGREE, first set's al-Muallem and bin Alawi "اتفق", eighth set's Obama and Erdogan
    # "اتفقا"); s6 Xi's state visit to Washington next September, Obama looking forward to receiving him (a
    # planned visit -> CONSULT visit [F], eleventh to seventeenth sets; the host named in the sentence).
    # Not coded: s0-s2 (the Americans "held" in Iran: an attributive standing detention, seventeenth set's
    # Anwar; "لن يهدأ لنا بال" a resolve; "ينبغي إطلاق سراح ..." and "ينبغي لإيران أن تساعدنا": necessity
    # statements, left uncoded by the third to seventeenth sets (the first set coded "يجب على إيران" as REQUEST:
    # the later sets followed); the speech to the veterans as such), s3's China's role (the object of the
    # thanks), s5's agreement "الذي أبرم في فيينا" (the agreement again, once per article), s7-s8 (the standing
    # disputes and common positions; the hacking "الذي تتهم به الحكومة الصينية في بعض الأحيان", agentless and
    # recurring).
    "snn-3240375b7672": [
        ("CONSULT", "phone", 3, "اتصل", "الرئيس الأميركي", "نظيره الصيني شي جينبينغ", None, ""),
        ("SUPPORT", None, 4, "عبر عن امتنانه", "أوباما", "الصين", None, ""),
        ("AGREE", None, 4, "اتفاق نووي تاريخي", "مجموعة الست وإيران", None, None, ""),
        ("AGREE", None, 5, "اتفق", "الرئيسان", None, None, ""),
        ("CONSULT", "visit", 6, "زيارة الدولة", "الرئيس الصيني", "أوباما", "واشنطن", "F"),
    ],
    # Okaz column "اجتماع الدوحة.. وتغيير سلوكيات طهران" (Fahim al-Hamid, 5/6 August) on the joint statement of
    # the GCC-US ministerial meeting in Doha of 3 August. Same-story check: the third set's Okaz preview of the
    # same meeting and the eighth set's European experts on the same joint statement; as the eighth set kept
    # the experts (the meeting is the object of the comment, not reported as news), kept. s0 the GCC-US
    # ministerial meeting held in Doha the day before yesterday (in a relative clause, with its parties and
    # place: -> CONSULT multilateral, eighth set's same meeting "للاجتماع الوزاري" with "الخليجي الأمريكي" as
    # actor, fourteenth set's "اجتماع الدوحة"); s1 the nuclear agreement "الذي عقدته مع القوى الكبرى" (Tehran's
    # agreement with the great powers, with its parties -> AGREE, once per article; second occurrence, after
    # "بالاتفاق النووي الإيراني"). Not coded: the joint statement's content and importance (the eighth set did
    # not code the statement), "ضرورة أن تلتزم واشنطن" and s2's "على إيران إثبات حسن النوايا ..." (necessity
    # statements), "مثل هذه الاجتماعات" (general), Tehran's pledges and Iran's interference and expansion (the
    # writer's standing characterisations), s3 (the byline).
    "snn-5d850c84f3ae": [
        ("CONSULT", "multilateral", 0, "للاجتماع الوزاري", "الخليجي الأمريكي", None, "الدوحة", ""),
        ("AGREE", None, 1, ("الاتفاق النووي", 2), "طهران", "القوى الكبرى", None, ""),
    ],
    # Sabq: the director of prisons in Medina on the prison's "family house" (ten hotel-style suites where
    # inmates spend a day with their families): a welfare programme described by the prison service (the
    # women's staff, the contractor "تم الاتفاق معه" = a procurement contract, not coded, second/third/sixth/
    # seventh/fifteenth sets; the monthly visit rule "الزيارة محددة مرة واحدة شهرياً" = a general rule, not a
    # visit): none. (The concurrent claims blind18 draw holds Al-Weeam's report of the same programme's launch.)
    "snn-95d170628c39": [],
    # Okaz: al-Abadi's government staggers and President Masum intervenes to save it (Monday 3 August). s0 the
    # protesters' demands rising in Baghdad and the provinces to a "national salvation government" (inside
    # "في أعقاب", with its actor and place, reported nowhere else -> PROTEST demo, fourteenth set's Tahrir
    # protesters "طالبوا"; the topic of the protest not coded apart, PLOVER) and Masum's request to the speaker
    # Salim al-Jubouri to help the government out of the crisis (-> REQUEST assist, PLOVER "any form of ...
    # assistance"; the named subject kept for the further clause); s1 parliamentary forces criticising Masum's
    # overstepping of his powers and his interference in parliament's work (-> ACCUSE disapprove); s2 the
    # National Coalition bloc's demand for a state of emergency and a small crisis government under al-Abadi
    # (a demand for a change of government -> REQUEST change, fourteenth set's bloc "مطالبا"); s3 parliamentary
    # sources on reports of the money wasted by al-Maliki and his Dawa party during his eight years in office
    # (a charge disclosed by the sources -> ACCUSE allege, seventeenth set's al-Jubouri charges). Not coded:
    # s0's "تدخل ... لإنقاذ" (the frame of the request) and "ما يشير إلى" (analysis), s1's and s2's closed
    # meeting of Masum and al-Jubouri in the speaker's office (a meeting of one state's officials, fifteenth/
    # sixteenth sets' Davutoglu with Erdogan, not coded) and the forces' view on holding the state's pillars to
    # account (opinion), s2's requested state of emergency (the demand's content; PLOVER codes an emergency as
    # COERCE only as a repressive tactic) and crisis government.
    "snn-d85bba91b796": [
        ("PROTEST", "demo", 0, "تصاعد سقف مطالب", "المتظاهرين", None, "بغداد", ""),
        ("REQUEST", "assist", 0, "طلب", "الرئيس العراقي فؤاد معصوم", "رئيس البرلمان سليم الجبوري", None, ""),
        ("ACCUSE", "disapprove", 1, "انتقدت", "قوى برلمانية عراقية", "معصوم", None, ""),
        ("REQUEST", "change", 2, "طالبت", "كتلة ائتلاف الوطنية", None, None, ""),
        ("ACCUSE", "allege", 3, "الأموال التي أهدرها", "مصادر برلمانية", "المالكي وحزب الدعوة الذي يتزعمه", None, ""),
    ],
    # Okaz: European officials on monitoring Iran under the nuclear agreement (24 July). s0 "الاتفاق النووي
    # الإيراني مع المجموعة الدولية" (the nuclear agreement with its parties -> AGREE, once per article, as the
    # sixteenth set's "الاتفاق النووي الإيراني مع الدول الكبرى" with "الإيراني" as actor); s2 the Security
    # Council's approval of the agreement, inside "بعد توقيع ... وإقراره من مجلس الأمن" (an IGO's approval of an
    # agreement between other parties -> SUPPORT, seventeenth set; with its own actor and reported nowhere else
    # in the article, sixth to seventeenth sets' events inside anchors; four days before: not historical); s4
    # Perthes calling on Iran to give the states of the region guarantees on security, stability and its
    # interventions (-> REQUEST change, sixteenth set's call on Iran not to interfere; s4 is a clause without
    # its subject: actor null) and Kerry's intention to visit the region soon (-> CONSULT visit [F], sixteenth
    # set's Carter "قريبا"; "المنطقة" vague: location null). Not coded: s0's "يجب أن يشكل", s1 (Steinmeier's
    # article: "يجب أن يكون" and the conditions of the lifting of sanctions), s2's "بات من الضروري" and s3's
    # "يجب أن يضع" (necessity statements, third to seventeenth sets), s2's signing of the agreement (the
    # agreement again, once per article), s4's Iranian interventions "التي تقوم بها في بعض الدول" (a standing
    # practice) and "قد تضع النقاط على الحروف" (a prediction).
    "snn-25d2063a63ee": [
        ("AGREE", None, 0, "الاتفاق النووي", "الإيراني", "المجموعة الدولية", None, ""),
        ("SUPPORT", None, 2, "إقراره", "مجلس الأمن", "الاتفاق النووي", None, ""),
        ("REQUEST", "change", 4, "داعيا", None, "إيران", None, ""),
        ("CONSULT", "visit", 4, "عزمه على زيارة المنطقة", "وزير الخارجية الأمريكي جون كيري", None, None, "F"),
    ],
    # Al-Madina: Hamas's Musa Abu Marzouk calls for a national unity government; the Qassam Brigades open
    # military training camps (Saturday 25 July). s0 his call for a Palestinian national unity government (a
    # call for a change of government -> REQUEST change; "a name before its titles cut to the name"); s1 his
    # call for a parallel meeting of the factions that signed the 2011 Cairo agreement (-> REQUEST meet, sixth
    # set's Mbeki) and the factions' signing of the Cairo reconciliation agreement of 2011 (in an attributive
    # clause with its parties, reported nowhere else -> AGREE [H]; "للفصائل" kept whole, the article's alif
    # elided; the place in the agreement's name, as the seventeenth set's city inside a name); s4 his demand that
    # the PLO's temporary leadership framework meet at once (-> REQUEST meet) and that Abu Mazen disclose
    # "where the imaginary talks are" (-> REQUEST, mode null; another recipient); s9 the announced resignation
    # of the Palestinian consensus government last month (inside "بعد", with its own actor, reported nowhere
    # else -> RETREAT resign, PLOVER "resignations of government officials", fourteenth set's resignation;
    # about five weeks before, the background of the present tension: historical, sixteenth/seventeenth sets'
    # five-week rule); s10 the Qassam Brigades opening military training camps for 25,000 young people across
    # the Gaza Strip (military readiness of an armed group -> MOBILIZE militia, PLOVER "single-country
    # exercises", twelfth set's new camps). Not coded: s0's warning of the effects of internal failure (opinion,
    # no party), s1's condition of Abbas's consent, s2 (a necessity statement), s3 (opinion), s5-s8 (the
    # quotation's fragments: rhetorical questions), s9's standing tension and "الحديث عن اتصالات غير مباشرة"
    # (reported talk, speculation; the truce and the blockade its content), s11 and s13 (the camps' aims and
    # figures), s12 (the earlier camps: a series).
    "snn-e34644449ed0": [
        ("REQUEST", "change", 0, "دعا", "موسى أبو مرزوق", None, None, ""),
        ("REQUEST", "meet", 1, "ندعو إلى اجتماع", "أبو مرزوق", "للفصائل", None, ""),
        ("AGREE", None, 1, "الموقعة على اتفاقية القاهرة", "للفصائل", None, "القاهرة", "H"),
        ("REQUEST", "meet", 4, "طالب", "أبو مرزوق", "الإطار القيادي المؤقت لمنظمة التحرير الفلسطينية", None, ""),
        ("REQUEST", None, 4, "ليكشف لنا", "أبو مرزوق", "أبو مازن", None, ""),
        ("RETREAT", "resign", 9, "استقالة", "حكومة التوافق الفلسطيني", None, None, "H"),
        ("MOBILIZE", "militia", 10, "مخيمات للتدريب العسكري", "كتائب «عز الدين القسام»", None, "قطاع غزة", ""),
    ],
    # Al-Riyadh: five Palestinians wounded in an Israeli strike in central Gaza (Saturday 8 August). s0 Israeli
    # aircraft bombing a site of the Qassam Brigades in the central Gaza Strip (-> ASSAULT aerial); s1 the
    # security sources: the occupation's aircraft struck the "Issa al-Batran" site with at least one missile near
    # the Abu Assi station in the Bureij camp (new content: the named site and camp -> ASSAULT aerial); s3 the
    # rocket fired from Gaza that fell north of the Kissufim military site hours before (the cause of the strike,
    # inside "بعد ... من سقوط", described with its place and reported as an event nowhere else -> ASSAULT
    # heavy-weapons, PLOVER "rocket launchers", fourteenth set's "سقط صاروخ" with actor null); s4 the Israeli
    # spokesman Avichay Adraee: the air force struck a Hamas "sabotage target" in the central Strip (new content:
    # Hamas as the target, the Israeli account -> ASSAULT aerial) and Hamas bears responsibility for any attack
    # from Gaza (holding a party responsible -> ACCUSE allege, third/sixth/thirteenth sets; "حركة حماس" second
    # occurrence, the first inside "لحركة حماس"); s5 a boy wounded on Friday by fire from the occupation forces
    # east of Beit Hanoun (-> ASSAULT firearms, fifteenth set's "إطلاق النار عليهم"); s6 the sources name the
    # boy, Maher Ali Shabat (new content: the named victim, seventeenth set's visa refusal s0/s1 with the named
    # general -> ASSAULT firearms, the method of s5). Not coded: s2 (the five wounded security men: the s1
    # strike restated with its toll), s4's rocket "في أعقاب إطلاق القذيفة الصاروخية" (the s3 rocket restated in an
    # anchor), s6's transfer to hospital.
    "snn-96c95a470e0b": [
        ("ASSAULT", "aerial", 0, "قصفت", "الطائرات الإسرائيلية", "موقعا تابعا لكتائب الشهيد عز الدين القسام", "وسط قطاع غزة", ""),
        ("ASSAULT", "aerial", 1, "قصفت", "طائرات الاحتلال", "موقع (عيسى البطران)", "مخيم البريج", ""),
        ("ASSAULT", "heavy-weapons", 3, "سقوط صاروخ", None, None, "موقع (كيسوفيم) العسكري", ""),
        ("ASSAULT", "aerial", 4, "قصفت", "طائرات سلاح الجو الاحتلالية", "هدفًا تخريبيًا لحركة حماس", "وسط قطاع غزة", ""),
        ("ACCUSE", "allege", 4, "تتحمل المسؤولية", "المتحدث باسم الاحتلال “افيخاي ادرعي”", ("حركة حماس", 2), None, ""),
        ("ASSAULT", "firearms", 5, "إطلاق النار", "قوات الاحتلال", "فتى", "بلدة بيت حانون", ""),
        ("ASSAULT", "firearms", 6, "استهدافه", "قوات الاحتلال", "الفتى ماهر علي شبات", "بيت حانون", ""),
    ],
    # Al-Yaum: the Iraqi speaker Salim al-Jubouri asks al-Abadi to dismiss ministers "proven" corrupt (Monday 10
    # August). Calls for the dismissal of officials -> REQUEST change (PLOVER: "REQUEST 'change' includes calls
    # for dismissal of officials"). s0 al-Jubouri's demand to al-Abadi (-> REQUEST change); s1 "parliament will
    # name persons or institutions to hold them to account for corruption" (a planned naming of the accused ->
    # ACCUSE allege [F]); s2 "we shall proceed directly with an interrogation" (parliamentary questioning ->
    # ACCUSE investigate [F], fourteenth set's "مساءلة" [F]; a quotation without a named subject: actor null);
    # s3 the parliamentary source: al-Jubouri demanded the dismissal of the electricity minister Qasim al-Fahdawi
    # and the water resources minister Muhammad al-Shammari (new content: the named ministers -> REQUEST
    # change); s4 al-Jubouri's call on the heads of the blocs to support al-Abadi's reform paper (-> REQUEST,
    # mode null, a call to support, sixteenth set's "mode null without a specific content") and the Shiite
    # authority Ali al-Sistani's call on al-Abadi to be bolder in his reforms (inside "بعد ... ودعوة من", with
    # its own actor and reported nowhere else -> REQUEST change; a week before, a step of the current story: not
    # historical). Not coded: s1's press conference and the speaker's meeting with the bloc leaders (press
    # conferences and internal meetings of a legislature, thirteenth/sixteenth/seventeenth sets), s2's
    # "طالبنا رئيس الوزراء" (the s0 demand restated), s4's "weeks of popular demonstrations" (a bare series in an
    # anchor) and al-Abadi's reform paper as such (a domestic policy proposal), s5-s6 (the speaker's reform
    # paper and its items), s7 (al-Abadi's abolition of the vice-presidential posts: a reform inside one
    # government, fourth/fifth/seventh/ninth/seventeenth sets' appointments and dismissals), s8-s9 (who holds the
    # posts).
    "snn-bab12ae535d6": [
        ("REQUEST", "change", 0, "طالب", "رئيس مجلس النواب العراقي سليم الجبوري", "رئيس الوزراء حيدر العبادي", None, ""),
        ("ACCUSE", "allege", 1, "سيحدد", "مجلس النواب", None, None, "F"),
        ("ACCUSE", "investigate", 2, "عملية استجواب", None, None, None, "F"),
        ("REQUEST", "change", 3, "طالب", "رئيس مجلس النواب", None, None, ""),
        ("REQUEST", None, 4, "طالب", "الجبوري", "رؤساء الكتل السياسية", None, ""),
        ("REQUEST", "change", 4, "دعوة", "المرجع الشيعي الاعلى علي السيستاني", "العبادي", None, ""),
    ],
    # Ain Alyoum: 28 civilians killed in the Assad regime's air strikes in Aleppo province (Friday 24 July).
    # s1 the strikes of the regime's aircraft on Aleppo province, 28 civilians killed (-> ASSAULT aerial); s2 the
    # Observatory: at least six raids on Manbij, 21 civilians killed (new place -> ASSAULT aerial); s3 seven
    # others killed in bombing of Deir Hafer and the village of Aisha (new places -> ASSAULT aerial: the seven
    # are counted among the 28 killed in the air strikes of s1; actor not named in the sentence); s4 the regime
    # forces' shelling of the villages of Marasti and Mayer, material damage only (another actor and place ->
    # ASSAULT, method not stated: mode null). Not coded: s0 (the dateline).
    "snn-931e886dd8ec": [
        ("ASSAULT", "aerial", 1, "قصف جوي", "طائرات نظام بشار الأسد", "28 مدنيًا", "محافظة حلب", ""),
        ("ASSAULT", "aerial", 2, "شنت ست غارات", "طائرات النظام الحربية", "21 مدنيًا", "مدينة منبج", ""),
        ("ASSAULT", "aerial", 3, "قصف", None, "7 آخرين", "بلدة دير حافر وقرية عيشة", ""),
        ("ASSAULT", None, 4, "قصفت", "قوات النظام", None, "قريتي معرستي وماير", ""),
    ],
    # Asharq Al-Awsat: three Kurdish rebels killed in clashes with the Turkish security forces in Sirnak (night
    # of 6-7 August). s0 the clashes between the security forces and the rebels in the south-east (-> ASSAULT,
    # both sides as actor, mode null; "جنوب شرقي البلاد" vague: location null); s1 the province's statement:
    # seven people wounded in an exchange of fire near the town of Silopi (new content: method and place ->
    # ASSAULT firearms); s3 the PKK rebels attacking members of the security forces with weapons, explosives and
    # rockets (new content: the attacker -> ASSAULT, several methods: mode null); s4 gunmen firing on police
    # trying to fill the trenches (inside "بعدما", with its own actor, the opening of the clashes -> ASSAULT
    # firearms) and the trenches dug by PKK rebels to keep the security forces out of the neighbourhoods
    # (fortification by an armed group -> MOBILIZE militia, first set's Houthi "تجهيز الخنادق والمتاريس"); s5
    # the suicide attack of 20 July in Suruc that killed 32 Kurdish activists (inside "إثر", with its place and
    # victims -> ASSAULT suicide-attack, actor null, fifteenth set's cbed484ebaa2; eighteen days before, a step of
    # the current story: not historical, fifteenth set's Suruc in an article of 4 August) and its attribution
    # "نسب إلى تنظيم داعش" (a passive attribution -> ACCUSE allege, actor null, fifteenth set's "تم نسبه"); s7 the
    # Turkish raids that have so far targeted the Kurdish rebels and some ISIS positions in northern Syria (the
    # current campaign with its actor and targets -> ASSAULT aerial, one record per target, fifteenth set's
    # Turkish raids on positions; the eleventh set's "الهجمات التركية" with "التركية" as actor). Not coded: s2 (the
    # three dead rebels: the s0 toll restated), s3's designation of the PKK as a terrorist organisation
    # (standing), s5's "دوامة العنف" and the end of the three-year truce (no actor, fifteenth set's collapse of
    # the truce), s6 (the Kurdish insurgency's retaliatory attacks on the security forces: a series without
    # place, fifteenth set's "استأنفوا ... عملياتهم"; "المتهمة" agentless).
    "snn-82a9e4b4eea2": [
        ("ASSAULT", None, 0, "اشتباكات", "قوات الأمن التركية والمتمردين", None, None, ""),
        ("ASSAULT", "firearms", 1, "تبادل لإطلاق النار", None, "سبعة أشخاص", "بلدة شيلوبي", ""),
        ("ASSAULT", None, 3, "هاجموا", "متمردي حزب العمال الكردستاني", "عناصر من قوات الأمن", None, ""),
        ("ASSAULT", "firearms", 4, "أطلق مسلحون النار", "مسلحون", "عناصر من الشرطة", None, ""),
        ("MOBILIZE", "militia", 4, "حفرها", "متمردون من حزب العمال الكردستاني", None, None, ""),
        ("ASSAULT", "suicide-attack", 5, "هجوم انتحاري", None, "32 ناشطا كرديا", "سوروتش", ""),
        ("ACCUSE", "allege", 5, "نسب", None, "تنظيم داعش", None, ""),
        ("ASSAULT", "aerial", 7, "الغارات", "التركية", "المتمردين الأكراد", None, ""),
        ("ASSAULT", "aerial", 7, "الغارات", "التركية", "بعض مواقع تنظيم داعش", "شمال سوريا", ""),
    ],
    # Al-Jazirah: the Kurdistan Region's presidency asks the PKK to take its bases out of the region after
    # Turkish strikes killed civilians in Zarkali (Saturday 1 August). s0 the presidency's demand that the PKK
    # remove its bases (-> REQUEST yield, the requested withdrawal beside it -> RETREAT withdraw [F], second/
    # eighth/thirteenth sets' requested withdrawals and releases); s3 Ankara's air operation against the PKK in
    # the mountains of northern Iraq and on the border (the current campaign with actor, target and place ->
    # ASSAULT aerial, fifteenth set's raids on positions in northern Iraq); s4 at least six killed in raids of
    # Turkish aircraft on the village of Zarkali in the Rawanduz area east of Erbil (-> ASSAULT aerial; inside
    # "بعد", the event of the article, reported here with its actor and place); s9 the presidency's statement
    # condemning the bombing (-> ACCUSE disapprove, recipient null when the act is the object; the statement's
    # "we": actor null) and demanding that the Turkish government not repeat the bombing of civilians (-> REQUEST
    # change, sixteenth set's call not to interfere); s10 the statement's call on the Turkish government and the
    # PKK to return to the peace process (-> REQUEST meet, sixth set's Demirtas and Mbeki; the statement, no
    # participant named: actor null); s12 the presidency's media adviser Kifah Mahmoud: "the main cause is the
    # PKK" (blame -> ACCUSE allege, thirteenth set's holding responsible); s13 the security agreement between the
    # Iraqi and Turkish governments allowing Turkish incursions, still in force (an agreement with its parties,
    # reported nowhere else, concluded long before -> AGREE [H]). Not coded: s0's "بعد مقتل مواطنين في قرية
    # زاركلي" (the s4 raids in an anchor) and the purpose clause, s1 (Anadolu's toll of 260 rebels in a week: a
    # tally), s2 (Barzani's "يجب على قوات حزب العمال ...": a necessity statement restating the demand), s5 (the
    # dead women and destroyed buildings: detail), s6 (the statement's report of the Zarkali bombing: the s4
    # raids restated), s7-s8 (lone dots), s11 and s13-s14 (the demand restated by the adviser).
    "snn-536005d800e3": [
        ("REQUEST", "yield", 0, "طالبت", "رئاسة إقليم كردستان العراق", "حزب العمال الكردستاني", None, ""),
        ("RETREAT", "withdraw", 0, "إخراج قواعده", "حزب العمال الكردستاني", None, None, "F"),
        ("ASSAULT", "aerial", 3, "عملية عسكرية جوية", "أنقرة", "حزب العمال الكردستاني", "شمال العراق", ""),
        ("ASSAULT", "aerial", 4, "غارات", "الطائرات التركية", "ستة أشخاص على الأقل", "قرية زاركلي", ""),
        ("ACCUSE", "disapprove", 9, "ندين", None, None, None, ""),
        ("REQUEST", "change", 9, "نطالب", None, "الحكومة التركية", None, ""),
        ("REQUEST", "meet", 10, "دعا", None, "الحكومة التركية وحزب العمال الكردستاني", None, ""),
        ("ACCUSE", "allege", 12, "المسبب الرئيسي", "محمود", "حزب العمال الكردستاني", None, ""),
        ("AGREE", None, 13, "اتفاقية أمنية", "الحكومتين العراقية والتركية", None, None, "H"),
    ],
    # Al-Yaum column "سوريا.. الحل من الداخل أم من الخارج؟" (11 August). Columns: events stated as facts coded,
    # opinions, questions and general statements not (fourteenth/seventeenth sets). s2 the arrest of children in
    # Daraa at the height of the Arab Spring (the 2011 arrests the writer states as the spark -> COERCE arrest
    # [H], actor not named); s14 the open letter of Prince Turki al-Faisal, Amr Moussa, Sheikh Muhammad Al Sabah
    # and Abdul Ilah al-Khatib "دعوا الشعب السوري ليحدد ملامح مستقبله" (a public call by named persons ->
    # REQUEST, mode null, no addressee, sixth/thirteenth sets' calls without addressee; the four kept together
    # as one phrase; days before: not historical). Not coded: s0-s1 and s3-s10 (opinion, questions, "كانوا
    # جاهزين للاحتجاج", the tally of the dead), s11-s12 (leaks of unnamed secret meetings: vague), s13 (the letter
    # first mentioned by its anonymous authors and necessity content, restated with the names in s14), s15-s21
    # (the reaction, questions, opinion).
    "snn-11971f1d639f": [
        ("COERCE", "arrest", 2, "اعتقال", None, "أطفال", "درعا", "H"),
        ("REQUEST", None, 14, "خطاب مفتوح", "صاحب السمو الملكي الأمير تركي الفيصل بن عبدالعزيز الرئيس الأسبق للاستخبارات العامة في المملكة العربية السعودية ومن مصر السيد عمرو موسى الأمين العام السابق لجامعة الدول العربية، ومن الكويت وزير الخارجية الأسبق الشيخ محمد آل صباح ومن الأردن وزير خارجيتها الأسبق عبدالإله الخطيب", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
