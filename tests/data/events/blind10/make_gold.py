"""Build events-blind10.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (tenth events blind set; same layout and guidelines as the first
nine sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind9.jsonl and their blind/ ..
blind9/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind10.jsonl and prints counts.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind10.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
GOLD = {
    # Al-Riyadh: the singer Diana Haddad's two concerts (Dubai summer festival, the Timitar festival in
    # Agadir): entertainment, none.
    "snn-2f4aa693a193": [],
    # Sabq: Abha's artists paint murals on the city's walls (the murals, their artists, the visitors'
    # approval "نالت استحسان الزوار", the arts society director's remarks and praise of the artists'
    # ability): art and a general appreciation, not a political interaction (sixth set: ceremonies and
    # honours not coded; the eighth set's Duba artists were coded only for their stand against a bombing):
    # none.
    "snn-691d25b92916": [],
    # Al-Riyadh: China attacks the Philippines and Japan over the South China Sea (the ASEAN meetings week in
    # Kuala Lumpur). s0 the Chinese Foreign Ministry's statement that Japan and the Philippines joined ranks
    # at the regional security forum to attack China -> ACCUSE allege (a charge of collusion against named
    # parties, the alleged conduct as trigger, as the ninth set's PLO report "ارتكبوا"; the attack on China
    # it alleges is the content, reported as an event in s4); s1 Wang Yi's statement at the East Asia
    # Summit that Beijing does not impede freedom of navigation, the answer to Kerry's charge (s2) -> the
    # denied event negated (first set's rule: a denial is coded as the denied event with N, not REJECT;
    # fourth set's Korean denial THREATEN N and charities AID N): COERCE restrict N (PLOVER: restrict
    # movement of people or goods; "الممر المائي المتنازع عليه" is not a place name: location null); s2 Kerry
    # telling the forum that China restricts freedom of navigation and overflight, and that its building of
    # military facilities on artificial islands raises tensions -> ACCUSE allege (one record: same actor and
    # recipient; "وكان ... أبلغ" is this week's forum, the current story: not historical; "الصين" first
    # occurrence); s4 the forum attended by foreign ministers from around the world -> CONSULT multilateral
    # (the article's own meeting, named only in frame clauses "خلال منتدى" s0, "في قمة شرق آسيا" s1, "خلال
    # اجتماعاته في كوالالمبور" s3 and this relative clause, coded once where its participants are stated, as
    # the fifth set's OPEC frame and the ninth set's Arab Peace Initiative committee), the Philippine foreign
    # minister Albert del Rosario "attacking" China's policy in the sea -> ACCUSE disapprove ("الصين" first
    # occurrence, inside "سياسة الصين"), with the support of his Japanese counterpart -> SUPPORT (the
    # Philippine minister as recipient). Not coded: s2 the building of military facilities (content of
    # Kerry's criticism) and the prediction that other claimants may take military measures; s3 the standing
    # sovereignty claims of China, the Philippines, Taiwan, Malaysia, Brunei and Vietnam (standing), the
    # statement's silence on Kerry, the building of seven artificial islands (content of the discussions);
    # s4 Wang's "تعارض الصين أى كلام أو تصرفات غير بناءة ..." (a general statement of policy, as the first
    # set's "المملكة لا تتدخل ... لن تسمح لأحد بالتدخل"); s5 (the closing quote mark).
    "snn-b06fdd8e1ac4": [
        ("ACCUSE", "allege", 0, "وحدتا الصفوف", "وزارة الخارجية الصينية", "اليابان والفلبين", None, ""),
        ("COERCE", "restrict", 1, "لا تعوق", "بكين", None, None, "N"),
        ("ACCUSE", "allege", 2, "تقيد حرية الملاحة", "جون كيري وزير الخارجية الأمريكي", ("الصين", 1), None, ""),
        ("CONSULT", "multilateral", 4, "حضره", "وزراء خارجية من مختلف دول العالم", None, None, ""),
        ("ACCUSE", "disapprove", 4, "هاجم", "وزير خارجية الفلبين ألبرت ديل روساريو", ("الصين", 1), None, ""),
        ("SUPPORT", None, 4, "بدعم", "نظيره الياباني", "وزير خارجية الفلبين ألبرت ديل روساريو", None, ""),
    ],
    # Al-Eqtisadiah: oil prices rise in Asian trading before the US jobs figures: market report (the Fed's
    # monetary policy committee meeting in September is an internal central-bank meeting and a forecast,
    # first set's rate cut): none.
    "snn-254b2a39c758": [],
    # Al-Watan: Hezbollah acknowledges two of its members killed in an Israeli air strike in Quneitra. s0 the
    # strike of the day before yesterday by Israeli warplanes on a town in the Quneitra countryside (the
    # party's statement restating it with the car targeted in the town of al-Hadar and the killing of two
    # Hezbollah members and three members of the pro-regime popular committees: the same strike in the same
    # sentence, one record, casualties in it; location the town named in that sentence) -> ASSAULT aerial;
    # Hezbollah's acknowledgement itself is not an event (no concession of wrongdoing); s2 the strike in which
    # Jihad, son of the late military commander Imad Mughniyeh, and Iranian security officers were killed
    # (the latest of the Israeli army's strikes, January 2015, a specific strike with its victims, recalled
    # background -> H; "الجيش الإسرائيلي" named in the sentence as the striking side; "سورية" the place of
    # the series it closes; "الغارة" first occurrence) -> ASSAULT aerial [H]. Not coded: s1 (al-Manar's
    # version of the casualties, two National Defence Committee members killed "في الغارة": a casualty detail
    # of the s0 strike, the popular committees' dead already in s0), s2's "استهدف عناصر تابعة للحزب مرات كثيرة
    # في سورية" (a general series, sixth to ninth sets), s3-s7 (MP Nehme Tohme's statements on the Taif
    # agreement: "ضرورة التمسك" a necessity statement; the 1989 agreement only as the object of his words,
    # without parties, and its effects "حقن دماء اللبنانيين"/"أوقف الحرب" his characterisation, as the ninth
    # set's "الاتفاق الإيراني" in Rouhani's words; those who oppose or would amend it: generic).
    "snn-68833be3cb34": [
        ("ASSAULT", "aerial", 0, "غارة", "الطيران الحربي الإسرائيلي", "اثنين من عناصره", "بلدة الحضر", ""),
        ("ASSAULT", "aerial", 2, ("الغارة", 1), "الجيش الإسرائيلي", "جهاد نجل المسؤول العسكري السابق عماد مغنية", "سورية", "H"),
    ],
    # Okaz: the Syrian National Coalition's vice-president Nagham al-Ghadri on al-Muallem's visit to Tehran
    # and the Iranian initiative. s0 the visit of the regime's foreign minister Walid al-Muallem to Tehran
    # (a current visit, the object of her statement, with its visitor and place; days before: not
    # historical) -> CONSULT visit ("لطهران": the fused ل left out, ninth set), and her statement that Iran is
    # "الآمر الناهي" and the ruling power in Syria, the visit being "an employee's visit to his superiors" ->
    # ACCUSE allege (a charge of domination against a named party; "إيران" the only bare occurrence); s1 the
    # coalition's position on the amended Iranian initiative, "any initiative it wants to launch is
    # unacceptable" -> REJECT (mode null, as the fifth set's "معارضة" to a plan and the third set's rejection
    # of the nuclear deal; the coalition named as the holder of the position, she speaks for it: actor
    # "الائتلاف"; "إيران" is the second occurrence, after "الإيرانية"), and her charge that Iran is a party to
    # the crisis and takes part in the killing of the Syrian people -> ACCUSE allege (a new allegation in a new
    # sentence, ninth set's PLO report); s2 the return to the Geneva principles through a transitional
    # governing body "لا وجود لبشار الأسد وعصابته فيها" -> REQUEST change (PLOVER: calls for a change in
    # leadership; fourth set's al-Jubeir "لا مكان للرئيس بشار الأسد في مستقبل سوريا"; "لبشار": the fused ل left
    # out). Not coded: s1 "عليها سحب قواتها من سوريا ووقف اشتراكها ..." (a "على ... " necessity statement: the
    # third to ninth sets leave such statements uncoded, where the first set coded "يجب على إيران تغيير
    # سياستها" as REQUEST; the later sets are followed), the killing as such (the content of the charge, a
    # general series).
    "snn-fc201081e68a": [
        ("CONSULT", "visit", 0, ("زيارة", 1), "وزير خارجية النظام وليد المعلم", None, "طهران", ""),
        ("ACCUSE", "allege", 0, "الآمر الناهي", "نائبة رئيس الائتلاف الوطني السوري نغم الغادري", "إيران", None, ""),
        ("REJECT", None, 1, "غير مقبولة", "الائتلاف", ("إيران", 2), None, ""),
        ("ACCUSE", "allege", 1, "اشتراكها في عملية القتل", "الائتلاف", ("إيران", 2), None, ""),
        ("REQUEST", "change", 2, "لا وجود", "الغادري", "بشار الأسد", None, ""),
    ],
    # Al-Jazirah: Netanyahu escalates his campaign against Obama over the nuclear deal (Israeli Channel 2).
    # s0 is the photo caption (no event). s1 Netanyahu's direct and open campaign against the Obama
    # administration (current; "قرر تصعيد": the escalation is decided, the campaign and the pressure "التي
    # يمارسها" are under way: not flagged) -> ACCUSE disapprove (political opposition to a named government,
    # the eighth set's "storm" against a federation, the sixth set's Erdogan on Netanyahu), the pressure he
    # exerts on members of the US Congress -> REQUEST change (PLOVER: all requests and demands; the aim is a
    # change of policy: to reject the deal), its stated aim "لإجبارهم على رفض الاتفاق" -> REJECT [F] (the
    # requested act of a named party, second set's rule, and a stated aim, fifth to ninth sets; the deal as
    # recipient, as the first set's "رفض الكونغرس للاتفاق" [F]), and "الاتفاق النووي الذي وقعته القوى العظمى
    # مع إيران" -> AGREE (a signing verb with its parties, seventh set's "الموقع بين ايران والقوى العظمى",
    # ninth set's "إيران الرسمية التي وقعت"; nineteen days before: not historical); s3 Netanyahu's planned
    # participation by video link in the special conference of the Conference of Presidents and the Jewish
    # Federations of North America, answering the participants' questions -> CONSULT phone [F] (PLOVER:
    # consultation via phone or some other remote medium; planned meetings [F], third set; "نتنياهو" first
    # occurrence); s4 his aim to influence the Jewish organisations and urge them to press the Democratic
    # members of Congress -> REQUEST [F] (a stated aim with an identifiable addressee and a concrete act;
    # "نتنياهو" second occurrence). Not coded: s2 the planned televised "inciting" speech to American Jews on
    # Tuesday (a statement whose content is not stated there; its aim is coded in s4), its broadcast in
    # synagogues and on phones; s4 "نقل معركته ضد أوباما إلى عقر دار الأخير" (the s1 campaign restated), the
    # organisations' pressure on Congress and the recruiting of members to vote against the deal (content of
    # the requested act, second order), the Democrats' party position.
    "snn-c0f066bd76b9": [
        ("ACCUSE", "disapprove", 1, "معركته", "رئيس الوزراء الإسرائيلي - بنيامين نتنياهو", "إدارة الرئيس الأمريكي باراك أوباما", None, ""),
        ("REQUEST", "change", 1, "الضغوط", "رئيس الوزراء الإسرائيلي - بنيامين نتنياهو", "أعضاء الكونغرس الأمريكي", None, ""),
        ("REJECT", None, 1, "رفض", "أعضاء الكونغرس الأمريكي", "الاتفاق النووي", None, "F"),
        ("AGREE", None, 1, "وقعته", "القوى العظمى", "إيران", None, ""),
        ("CONSULT", "phone", 3, "سيشارك", ("نتنياهو", 1), "لجنة رؤساء اليهودية في الولايات المتحدة والفيدرالية اليهودية في أمريكا الشمالية", None, "F"),
        ("REQUEST", None, 4, "حثها", ("نتنياهو", 2), "المنظمات اليهودية المختلفة", None, "F"),
    ],
    # Asharq Al-Awsat: the UN emergency relief coordinator Stephen O'Brien urges South Sudan to lift the
    # restrictions on aid shipments on the Nile. s6 the government's imposition of restrictions on the use
    # of the river (inside "إلى أن", with its own actor, the cause of today's demand) -> COERCE restrict
    # (PLOVER: restrict movement of people or goods); s7 the government spokesman's announcement in early June
    # that all UN humanitarian shipments would be subject to inspection on highways, waterways and at Juba
    # airport (new content: the inspection rule and its scope) -> COERCE restrict; both are recent steps of
    # the current story (the restrictions in force now, seven weeks after their imposition, as the first
    # set's "last month's start of Turkey's campaign"): not historical; s8 O'Brien urging the president of
    # South Sudan at a press conference in Juba to ensure the lifting of the restrictions on the ferries ->
    # REQUEST yield (PLOVER: easing restrictions) + the requested act RETREAT access [F] (CAMEO2PLOVER 0863
    # "allow delivery of humanitarian aid" -> RETREAT access; the second set's rule for requested acts;
    # "بجوبا": the fused ب left out); s9 his visit to the towns of Bentiu and Leer in Unity state -> CONSULT
    # visit (a UN official's visit inside the country, as the first and fourth sets' domestic visits); s10
    # his meeting during the visit with relatives of victims of the conflict -> CONSULT visit (talks during a
    # visit, seventh/eighth sets; "التقى": actor a pronoun); s11 the many complaints of UN humanitarian
    # agencies (inside "استجابة ل", with its own actor, reported nowhere else) -> ACCUSE disapprove (PLOVER:
    # complain; the first set's formal "شكاية" to prosecutors was allege), and President Kiir's July order to
    # the security personnel and government agencies to stop harassing aid workers and to allow them safe
    # passage -> RETREAT access (an order coded as the ordered act, fifth set's "يأمر باعتقال", ninth set's
    # "بزيادة الحذر"; this month: current). Not coded: s0 "يتعين على جنوب السودان رفع القيود" (a necessity
    # statement, third to ninth sets; the demand itself is coded from s8's "حث"), s1-s3 (the civil war since
    # December 2013 with its two sides, the killed and displaced: a state of war and tallies, background
    # "منذ"), s4-s5, s9's relative clause on the fighting over the oil fields (background), s10 "قال بعضهم
    # إنهم تعرضوا للاغتصاب" (victims' testimony of sexual violence without perpetrator, time or place: a
    # general statement; could be ASSAULT sexual), the harassment of aid workers (content of the complaints, a
    # general practice), s12 (27 aid workers killed: a tally; the call on "all parties": a general appeal,
    # sixth set's ICRC), s13 (a statement of need).
    "snn-9148c9c563b4": [
        ("COERCE", "restrict", 6, "فرضت", "الحكومة", None, None, ""),
        ("COERCE", "restrict", 7, "ستخضع للتفتيش", "حكومة جنوب السودان", "الشحنات الإنسانية التابعة للأمم المتحدة", None, ""),
        ("REQUEST", "yield", 8, "حث", "أوبراين", "رئيس جنوب السودان", "جوبا", ""),
        ("RETREAT", "access", 8, "رفع القيود", "رئيس جنوب السودان", None, None, "F"),
        ("CONSULT", "visit", 9, "زار", "أوبراين", None, "مدينتي بانتيو ولير", ""),
        ("CONSULT", "visit", 10, "التقى", None, "أقارب ضحايا الصراع", None, ""),
        ("ACCUSE", "disapprove", 11, "شكاوى كثيرة", "وكالات إنسانية تابعة للأمم المتحدة", None, None, ""),
        ("RETREAT", "access", 11, "بالكفّ عن مضايقة", "كير", "العاملين في مجال المساعدات الإنسانية", None, ""),
    ],
    # Al-Eqtisadiah: Japan marks the 70th anniversary of the atomic bombing of Nagasaki. s2 the nuclear
    # attack on Nagasaki with its casualties (1945, recalled -> H; actor not named: null; PLOVER ASSAULT mode
    # "unconventional": chemical, biological, radiation and nuclear weapons; "بمدينة": the fused ب left out)
    # -> ASSAULT unconventional [H]; s3 the atomic bomb dropped on Hiroshima three days earlier, tens of
    # thousands killed -> ASSAULT unconventional [H]. Not coded: s0 the commemoration (a ceremony, sixth set)
    # and "إلقاء القنبلة الذرية على نجازاكي" as the name of the anniversary (reported in s2), the growing
    # opposition to Japan's move to expand its military role (general public opinion, no actor or act); s1
    # the expected attendance of the ceremony (ceremony, prediction); s3's anchor "قبل ثلاثة أيام من إسقاط
    # القنبلة الذرية على نجازاكي" (the s2 bombing); s4 parliament debating the law (legislation, sixth set);
    # s5 (the constitution).
    "snn-d2f17949abbd": [
        ("ASSAULT", "unconventional", 2, "الهجوم النووي", None, None, "مدينة نجازاكي", "H"),
        ("ASSAULT", "unconventional", 3, "ألقيت قنبلة ذرية", None, None, "مدينة هيروشيما", "H"),
    ],
    # Al-Madina: the US calls on Pakistan to cooperate against ISIS. s0 the call on Pakistan to cooperate in
    # eliminating the threat of ISIS -> REQUEST assist (a named actor's call on an identifiable party for a
    # concrete act, second/sixth/eighth sets; PLOVER mode assist: any form of exchange or assistance) + the
    # requested act COOPERATE [F] (second set's rule; the US side not named: recipient null); s1 the meeting
    # of Senator Dianne Feinstein (Senate intelligence committee) with Tariq Fatemi, the Pakistani prime
    # minister's special assistant for foreign affairs (a frame clause "خلال لقاءها", the article's own
    # meeting and reported nowhere else, fifth set's OPEC frame) -> CONSULT visit (talks during a visit,
    # seventh set; PLOVER visit: the visitor as actor, the host as recipient), and Fatemi's current visit to
    # the United States (relative clause "الذي يقوم حالياً بزيارة", the article's own visit) -> CONSULT visit.
    # Not coded: s2 (the two sides' discussion of bilateral cooperation during the meeting: the s1 meeting
    # restated with its topics, fourth set's "بحثا"; the Pakistani statement as such), s3 (the senator's
    # "ضرورة مساهمة باكستان وتعاونها": a necessity statement, restating s0).
    "snn-0a3d8ee9f64c": [
        ("REQUEST", "assist", 0, "دعت", "الولايات المتحدة الأمريكية", "باكستان", None, ""),
        ("COOPERATE", None, 0, "التعاون", "باكستان", None, None, "F"),
        ("CONSULT", "visit", 1, "لقاءها", "المساعد الخاص لرئيس الوزراء الباكستاني للشئون الخارجية طارق فاطمي", "عضوة لجنة المخابرات التابعة لمجلس الشيوخ الأمريكي السيناتورة دايني فينستاين", None, ""),
        ("CONSULT", "visit", 1, "بزيارة", "المساعد الخاص لرئيس الوزراء الباكستاني للشئون الخارجية طارق فاطمي", None, "الولايات المتحدة الأمريكية", ""),
    ],
    # Al-Weeam: an Egyptian court sentences 300 Muslim Brotherhood supporters to 3-10 years. s0 the terrorism
    # circuit of the Sharqiya criminal court sentencing them today -> SANCTION convict + COERCE arrest (prison
    # sentences, first/third sets; "المحظورة": the standing ban, not coded); s3 the protests behind the five
    # cases, some of which turned violent, in Zagazig, Abu Hammad and 10th of Ramadan at various times after
    # mid-2013 (the acts behind a case, third/seventh sets' 2011 killings and Rabaa sit-in -> H; the places
    # listed as one phrase, second set) -> PROTEST demo [H] (the protests as a whole; "riot" would also be
    # defensible for those that turned violent); s4 the army's announcement of Morsi's removal (a main clause
    # here, not an anchor as in the seventh set's "عقب عزل ...": 2013 -> H; PLOVER has no coup type, the
    # removal of a head of state by the military is coded COERCE with mode null, as the seventh set's 2013
    # crackdown COERCE null); s10 the headline repeat ("رابط الخبر بصحيفة الوئام: ...", coded like any sentence,
    # first/second/fifth sets) -> SANCTION convict + COERCE arrest. Not coded: s1 the prosecution's referral
    # and the charges (an accusation alongside a conviction is not coded, PLOVER note, first set; the charged
    # acts are their content), s3's anchor "بعد عزل الرئيس السابق محمد مرسي", s4's anchor "بعد احتجاجات حاشدة
    # على حكمه" (seventh set: the 2013 mass protests as anchors), s5-s6 (the venue), s7 (31 sentenced to ten
    # years and 269 to three: the s0 verdict broken down by case, a restatement adding figures, fourth to ninth
    # sets; the third set's Libyan verdicts were separate court actions for separate groups), s8 (a legal
    # remark), s9 (the violence of many Islamist protests with thousands killed: a general series and tally).
    "snn-d2b7526ebbdf": [
        ("SANCTION", "convict", 0, "حكمت", "دائرة الإرهاب في محكمة الجنايات", "300 من مؤيدي جماعة الإخوان المسلمين المحظورة", "محافظة الشرقية", ""),
        ("COERCE", "arrest", 0, "بالسجن المشدد", "دائرة الإرهاب في محكمة الجنايات", "300 من مؤيدي جماعة الإخوان المسلمين المحظورة", "محافظة الشرقية", ""),
        ("PROTEST", "demo", 3, "احتجاجات", None, None, "مدينة الزقازيق عاصمة الشرقية ومدينتي أبو حماد والعاشر من رمضان", "H"),
        ("COERCE", None, 4, "عزل", "الجيش", "مرسي", None, "H"),
        ("SANCTION", "convict", 10, "تعاقب", "محكمة مصرية", "300 إخواني", None, ""),
        ("COERCE", "arrest", 10, "بالسجن", "محكمة مصرية", "300 إخواني", None, ""),
    ],
    # Al-Riyadh: a YouGov poll finds most Germans think the planned Greek deal is bad. s1 the German members
    # of parliament approving on Friday that the euro bloc negotiate a third bailout for Greece -> AGREE (an
    # explicit approval, first set's "وافق على هذا الإجراء", eighth set's "وافقت على السماح"; a parliament's
    # mandate for international negotiations, as the second set's cabinet approvals; the negotiations and the
    # bailout are its content, not coded separately; five days before: not historical). Not coded: the poll
    # and its figures (opinion), "الصفقة المزمعة" (the planned deal as the object of opinion), the euro zone's
    # standing bailout programmes, s4's "نتيجة التصويت الذي جرى يوم الجمعة" (the s1 vote restated).
    "snn-bcdb0d55dfdf": [
        ("AGREE", None, 1, "وافق", "النواب في ألمانيا", None, None, ""),
    ],
    # Okaz: Marib's resistance goes from defence to attack (the field commander Mohammed al-Yousifi). s1 the
    # continuing Houthi massing of fighters on the outskirts of Marib (his quote; s0's "رغم الحشد الحوثي" is the
    # same mobilisation in a concessive clause, seventh set's "رغم") -> MOBILIZE militia ("للحوثيين": the
    # article's alif elided, kept in the span, first set); s2 the Marib tribes preparing for strong
    # confrontations in the coming days, the tribal levies deployed along 120 km -> MOBILIZE militia (PLOVER:
    # mobilise or increase readiness); s3 the Houthis' attempt to press from the southern front during the Eid
    # days, with back-and-forth fighting (realised: the fighting took place; "الجبهة الجنوبية" is not a place
    # name) -> ASSAULT, and the coalition aviation destroying Houthi vehicles and capabilities in that fighting
    # -> ASSAULT aerial ("تدمير" second occurrence; "الحوثي" second occurrence, "مني بها الحوثي"); s4 the
    # positions of al-Juhaina, al-Balaq, al-Hizam, Nakhla, Mas and al-Mukhaddara now in the resistance's
    # hands -> COERCE seize (third set's "سقط في أيديهم"; the listed positions as one location); s6 his praise
    # of the coalition forces' strong and effective role -> SUPPORT (praise, eighth/ninth sets; "وأوضح": actor
    # null). Not coded: s0/s5 the shift "من الدفاع إلى الهجوم" and the tactics (cutting supplies, rapid
    # intervention, feints: general characterisations), s1's widened security belt (general, the positions
    # are coded in s4) and the lull of the last two days (absence of fighting, not a declared truce), s2's
    # expected confrontations, the lack of arms and the hoped-for support of the Aden successes (prediction),
    # s3's "الذي يساند بشكل قوي وسريع" (habitual), s4's Houthi followers in al-Ashraf, s5's Aden successes
    # (reference), s6's army "يقوم بدور ... يعمل على التغطية" and "التنسيق متكامل" (a standing role and
    # coordination, ninth set's standing coordination) and the coalition "تسارع بتقديم الدعم متى طلبت
    # المقاومة" (habitual).
    "snn-693bb82d5df6": [
        ("MOBILIZE", "militia", 1, "حشد", "للحوثيين", None, "تخوم مأرب", ""),
        ("MOBILIZE", "militia", 2, "تستعد", "قبائل مأرب", None, None, ""),
        ("ASSAULT", None, 3, "الضغط", "الحوثيون", None, None, ""),
        ("ASSAULT", "aerial", 3, ("تدمير", 2), "طيران التحالف", ("الحوثي", 2), None, ""),
        ("COERCE", "seize", 4, "باتت بأيدي", "المقاومة", None, "مواقع الجهينة والبلق والحزام نخلة وماس والمخدرة", ""),
        ("SUPPORT", None, 6, "مشيدا", None, "قوات التحالف", None, ""),
    ],
    # Al-Jazirah: Syrian Observatory round-up (23 July). s0 helicopters dropping barrel bombs on the village
    # of Qasr al-Buraij in the north-eastern Aleppo countryside yesterday morning, killing at least 12 ->
    # ASSAULT aerial (casualties in the record; the ISIS control of the village is a standing state in a
    # relative clause). s8 (one long sentence, each event with its own actor, place or method kept apart, as
    # the earlier sets): the continuing fierce clashes in Zabadani between the Fourth Division and Hezbollah
    # on one side and the fighting factions on the other (both sides in one phrase as actor, second set's
    # "عناصر داعش من جهة والفصائل الإسلامية والمقاتلة"; "الفصال" as written) -> ASSAULT; the at least ten strikes
    # of warplanes and helicopters on the city since yesterday morning -> ASSAULT aerial ("المدينة": vague,
    # location null); the surface-to-surface missiles falling on the city -> ASSAULT heavy-weapons (PLOVER:
    # rocket launchers; actor not named); the regime forces renewing their shelling of al-Tayba in the
    # western Ghouta -> ASSAULT heavy-weapons (ground shelling, third set's Daraa camp "قصف ... قوات الأسد";
    # "قوات النظام" first occurrence); unknown men abducting a regime soldier in Qudsaya the day before
    # yesterday -> ASSAULT abduct; the regime forces shelling the farms around Khan al-Shih camp -> ASSAULT
    # heavy-weapons ("قوات النظام" third occurrence); the clashes between the Kurdish People's Protection Units
    # and ISIS around Tell al-Saman -> ASSAULT ("اشتباكات" second occurrence, the first is inside
    # "الاشتباكات العنيفة"). Not coded: s1-s7 (three Spanish journalists missing in Syria for ten days: their
    # disappearance is not stated as an abduction, "بإمكاننا فقط التحدث عن اختفاء"; their careers; "هذه
    # المنطقة شهدت معارك عنيفة": general), s8's "حيث يشهد الريف الشمالي للرقة منذ أسابيع اشتباكات ومعارك كر
    # وفر ..." with the coalition's air support and "renewed" bombing (a general series "منذ أسابيع", sixth to
    # ninth sets).
    "snn-72e05b5de44f": [
        ("ASSAULT", "aerial", 0, "قصف", "الطيران المروحي", None, "قرية قصر البريج", ""),
        ("ASSAULT", None, 8, "الاشتباكات العنيفة", "الفرقة الرابعة وحزب الله اللبناني من جهة والفصال المقاتلة", None, "مدينة الزبداني", ""),
        ("ASSAULT", "aerial", 8, "ضربات", "الطيران الحربي والمروحي", None, None, ""),
        ("ASSAULT", "heavy-weapons", 8, "سقوط عدة صواريخ", None, None, None, ""),
        ("ASSAULT", "heavy-weapons", 8, "قصفها", ("قوات النظام", 1), None, "بلدة الطيبة", ""),
        ("ASSAULT", "abduct", 8, "اختطف", "مجهولون", "عنصراً من قوات النظام", "مدينة قدسيا", ""),
        ("ASSAULT", "heavy-weapons", 8, "قصفت", ("قوات النظام", 3), None, "مخيم خان الشيح", ""),
        ("ASSAULT", None, 8, ("اشتباكات", 2), "وحدات حماية الشعب الكردي وعناصر تنظيم داعش", None, "بلدة تل السمن", ""),
    ],
    # Al-Madina: the Jerusalem Post on Obama's criticism of Netanyahu (CNN interview with Fareed Zakaria).
    # s0 Obama criticising Netanyahu as the only foreign leader to interfere in US foreign-policy debates
    # (the restatement "اعتبر أوباما ... أن نتنياهو مخطئ" in the same sentence is the same record) -> ACCUSE
    # disapprove; Netanyahu's opposition to the nuclear deal, calling it a historic mistake (the topic of the
    # interviewer's question, a current stance stated as fact; "نتنياهو" second occurrence) -> REJECT (mode
    # null, third/fifth sets' rejection of the deal and "معارضة" to a plan; the deal as recipient, first
    # set); "الاتفاق النووي الذي أبرمته دول الغرب الست مع إيران الشهر الماضي" -> AGREE (relative clause with
    # parties and date, seventh set; "إيران" first occurrence); s1 Obama's defence of the deal as serving US
    # and Israeli interests -> SUPPORT (first set: defending a deal); s2 the 24-member Congress delegation's
    # visit to Israel and the Palestinian Authority areas -> CONSULT visit, its talks with the Israeli
    # officials led by Netanyahu (relative clause, "خلال مقابلته لوفد" the frame of the same talks) -> CONSULT
    # visit (talks during a visit; the delegation as visitor), the opposition leader Isaac Herzog's meeting
    # with the delegation (inside "إثر", with its own actor and reported nowhere else, seventh/eighth sets'
    # events inside anchors) -> CONSULT visit, and Herzog's admission that Israel errs by interfering in US
    # foreign policy -> ACCUSE disapprove (criticism of his own country's government by the opposition leader,
    # not a concession by the actor of the act; "إسرائيل" third occurrence, the second is inside "الإسرائيليين"). Not coded: the interview and its
    # broadcast (media), the Congress vote expected on 17 September (a scheduled legislative vote), s1's
    # restated criticism "أؤكد أن نتنياهو مخطئ" and the standing depth of US-Israeli relations, s2 Netanyahu's
    # silence.
    "snn-4826dd96a19c": [
        ("ACCUSE", "disapprove", 0, "انتقد", "الرئيس الأمريكي باراك أوباما", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", None, ""),
        ("REJECT", None, 0, "معارضة", ("نتنياهو", 2), "الاتفاق النووي", None, ""),
        ("AGREE", None, 0, "أبرمته", "دول الغرب الست", ("إيران", 1), None, ""),
        ("SUPPORT", None, 1, "يصب في مصلحة", "الرئيس أوباما", "الاتفاق", None, ""),
        ("CONSULT", "visit", 2, "لزيارة", "وفد من الكونجرس يضم 24 عضوًا", None, "إسرائيل ومناطق السلطة", ""),
        ("CONSULT", "visit", 2, "المباحثات", ("الوفد", 1), "المسؤولين الإسرائيليين", None, ""),
        ("CONSULT", "visit", 2, "لقائه", ("الوفد", 2), "زعيم المعارضة إسحاق هيرتزوج", None, ""),
        ("ACCUSE", "disapprove", 2, "تخطأ", "زعيم المعارضة إسحاق هيرتزوج", ("إسرائيل", 3), None, ""),
    ],
    # Al-Eqtisadiah: a federal judge in California rules that the US government must not detain migrant
    # children. s0 the judge's finding that the government breaches the 1997 settlement by detaining migrant
    # children illegally -> SANCTION convict (PLOVER: find an entity or behaviour guilty, unconstitutional or
    # liable in a court of law; the ruling of last Friday: current; the detention practice is the content of
    # the finding, as the charges alongside a conviction; the court's state as location, as the first set's
    # "محكمة" with "الحسيمة"); s4 the judge ordering US officials to show cause why she should not order the
    # release of the children and their mothers -> REQUEST (PLOVER: orders; mode null, as the second set's
    # summonses); s6 the detainees' complaints of overcrowding in the Customs and Border Protection cells,
    # reported by the judge -> ACCUSE disapprove (PLOVER: complain). Not coded: s0's "ربما يتم إصدار أمر يلزم
    # بضرورة الإفراج" and s5's readiness to enforce such a ruling within 90 days (speculation, a possible
    # future order), s1 (the ruling restated with the judge's name and date: a restatement adding detail; the
    # influx of migrants: background), s2 (Johnson's figures), s3 (the ruling called a defeat; the immigration
    # authorities' arguments in court filings), s7 (the conditions quoted), s9-s10 (the 1997 settlement reached
    # in a lawsuit against federal officials and its terms: background relative clauses, the settlement
    # without named parties only the object of the ruling), s11 (the government's standing policy of releasing
    # unaccompanied children), s12-s14 (figures, standing detention practice).
    "snn-357c476aaa14": [
        ("SANCTION", "convict", 0, "تخرق", "قاضية", "الحكومة الأمريكية", "ولاية كاليفورنيا الأمريكية", ""),
        ("REQUEST", None, 4, "أمرت", "جي", "المسؤولين الأمريكيين", None, ""),
        ("ACCUSE", "disapprove", 6, "شكوا", "معتقلين", "إدارة الجمارك وحماية الحدود الأمريكية", None, ""),
    ],
    # Al-Eqtisadiah column "ممنوع التصوير" on sharing photos on social media (accidents, private persons, troop
    # movements on the border, impact sites of Houthi projectiles): commentary and general practices (the
    # Houthi shelling of the border areas as a recurring scene, "تطلقها" habitual; the infiltrators sending
    # positions "ما يمكن أن": hypothetical and general; the warnings of the authorities: general): none.
    "snn-cbc49e8f3c51": [],
    # Al-Eqtisadiah: Prince Khalid al-Faisal chairs the monthly meeting of Makkah's security leaders. s1 his
    # thanks and appreciation to all security sectors -> SUPPORT (thanks, sixth to eighth sets); s3 the
    # Makkah police's capture of more than 112,686 residency and labour violators in the last three months
    # (the police spokesman's statement, its news, coded once as the fifth set's cumulative Nineveh
    # executions; the referral of all of them is the procedure of the arrests, seventh set) -> COERCE arrest
    # ("ضبط" first occurrence; the region is part of the police's name: location null); s4 the spokesman's
    # notice of strict penalties for violators, their employers and those who shelter them -> THREATEN (mode
    # null, the first and eighth sets' Interior Ministry warnings). Not coded: s0 (the monthly meeting of the
    # region's security leaders: an internal meeting, third set; the proposed mechanisms against infiltrators
    # into the holy sites), s2 (reports), s4's continuing campaigns (general) and the call on citizens and
    # residents to cooperate (general appeal).
    "snn-72f64dc4362f": [
        ("SUPPORT", None, 1, "شكره", "الأمير خالد الفيصل", "كل القطاعات الأمنية", None, ""),
        ("COERCE", "arrest", 3, ("ضبط", 1), "الجهات الأمنية في شرطة منطقة مكة المكرمة", "(112686) مخالفاً", None, ""),
        ("THREATEN", None, 4, "بتطبيق العقوبات الصارمة", "القرشي", "المخالفين والمشغلين أو المتسترين عليهم", None, ""),
    ],
    # Al-Weeam column "خطبة الجمعة.. والسيلفي!!". s0 a Friday preacher's recorded sermon (circulated by
    # tweeters "مؤخرا") pouring his anger on a Ramadan series, declaring its hero an unbeliever and describing
    # the channel and its viewers with bad epithets -> ACCUSE disapprove (a named speaker's condemnation
    # stated as fact in a column, second set's rule, sixth set's Mufti and Al-Azhar; one record for the
    # series, its hero and the channel). Not coded: the circulation of the clip, the columnist's opinions
    # (s0-s3), the yearly Ramadan debate and the claim of a systematic plot (s2: habitual, "من كل عام"),
    # s4-s7 (the headline repeat "خطبة الجمعة." / "." / "والسيلفي!" / "!": no event).
    "snn-b0e08dd7e5a8": [
        ("ACCUSE", "disapprove", 0, "يصب جام غضبه", "أحد خطباء الجمعة", "أحد المسلسلات الرمضانية", None, ""),
    ],
    # Al-Jazirah: the Zamzam health charity visits in-patients in Jeddah's hospitals at Eid. s0 the society's
    # Eid visit to the patients -> CONSULT visit (an outside body's visit to patients, fifth set's Othaim,
    # eighth set's delegations), with gifts -> AID (fifth/seventh/eighth sets' gifts). Not coded: the Eid
    # greetings, s1 (the spokesman's remarks), s2 (the programme's standing practice), s3 (the programme's
    # praise and honours from "many hospitals": general, honours not coded, sixth set).
    "snn-748f848ab862": [
        ("CONSULT", "visit", 0, "عايدت", "جمعية زمزم للخدمات الصحية التطوعية الخيرية", "المرضى المنومين في المستشفيات", None, ""),
        ("AID", None, 0, "مقدمة الهدايا", "جمعية زمزم للخدمات الصحية التطوعية الخيرية", "المرضى المنومين في المستشفيات", None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
