"""Build events-blind33.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (thirty-third events blind set; same layout and guidelines as the first
thirty-two sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind32.jsonl and their blind/ ..
blind32/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind33.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind33.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# thirty-second sets' rule: here "دعوة" from "لدعوة", "استهدفوا" from "فاستهدفوا", "وصل" from "ووصل", "نيران" from
# "بنيران", "قصف" from "لقصف"); in actors, recipients and places the fused ب/ل/ك is left out ("إيران" from "لإيران");
# where the article's alif is elided the fused ل stays ("للسفير الهندي", "للمتعاونين معها", the first, twenty-fifth,
# twenty-ninth to thirty-second sets' rule); spellings as written ("ايران", "الايطالي", "الاقتصادية", "بيونجيانج",
# "الامعارضة", "«داعش «" with its loose guillemet, '"باسف"' and the St Louis names with their straight quotes, copied
# exactly); a string inside a longer word or repeated in its sentence is picked by its occurrence ("توصل إليه" after
# "التوصل إليه" in the Kashmir s6, "باكستان" before "الباكستانية" in its s1, "الهند" after "الهندية" in its s10, "بات"
# before "نبات" in the biomolecules s16, "إيران" twice in the Germany-Iran s2, "خطف" after "خطفت" and "اشتباكات" after
# "الاشتباكات", "قوات النظام" and "مدينة داريا بالغوطة الغربية" in the Al-Jazirah Syria s0-s4). Speakers and actors
# named only by a pronoun, an implied subject or a passive ("وأضاف", "تم اعتقال") are null (the eighteenth,
# twenty-seventh to thirty-second sets); a subject named earlier in the same sentence is kept for its further clauses
# ("اللجنة" for "يتعين حل الوكالة", "باكستان" for "تأمل", "رئيس حملة السكينة" for "مشيداً").
GOLD = {
    # Al-Eqtisadiah: South Korea appeals to the North not to interfere in its internal affairs (Friday 24 July). s0
    # South Korea's appeal to its northern neighbour not to interfere in its internal affairs (-> REQUEST change, the
    # sixteenth set's Egyptian call on Iran "إلى عدم التدخل"; Pyongyang's call to dissolve the intelligence service,
    # the appeal's cause, is coded in s4 where its actor speaks: not in the anchor); s1 North Korea's rebuke of the
    # National Intelligence Service, alleging that it used the hacking program against the North (-> ACCUSE allege,
    # "كانت ... قد", a few days before: not historical); s3 the Committee for the Peaceful Reunification of Korea
    # calling it "another unforgivable provocation" (a condemnation with its own, named actor -> ACCUSE disapprove);
    # s4 the committee's charge that President Park Geun-hye is behind the hacking scandal (-> ACCUSE allege, a new
    # recipient) and its demand that the agency be dissolved at once (-> REQUEST change, PLOVER "changes in ...
    # institutions"; the committee, the named subject, kept as actor; recipient unnamed: null); s5 the South Korean
    # unification ministry's regret at the North's claim (a diplomatic complaint, "أعربت عن أسفها إزاء" = deplored ->
    # ACCUSE disapprove; not PLOVER's CONCEDE regret, which is remorse for one's own act) and its call on Pyongyang
    # not to interfere and to stop the insults to President Park (the s0 appeal with its actor named and new content
    # -> its own REQUEST change, the sixteenth set's ministry and spokesman); s6 the ministry spokesman's call on
    # Pyongyang to return to the dialogue table (-> REQUEST meet, the eighteenth set's "العودة إلى عملية السلام").
    # Not coded: s2 (the domestic dispute over the service's surveillance of South Koreans: no act of a named party),
    # s0's "استخدامه المزعوم" (the alleged hacking, the content of the North's charge), s7 (the standing tension over
    # the nuclear and missile tests).
    "snn-fd682b1a3ea6": [
        ("REQUEST", "change", 0, "ناشدت", "كوريا الجنوبية", "جارتها الشمالية", None, ""),
        ("ACCUSE", "allege", 1, "وبخت", "كوريا الشمالية", "جهاز الاستخبارات الوطني", None, ""),
        ("ACCUSE", "disapprove", 3, "استفزاز اخر لا يغتفر", "لجنة اعادة التوحيد السلمي لكوريا", None, None, ""),
        ("ACCUSE", "allege", 4, "اتهمت", "اللجنة", "رئيس كوريا الجنوبية بارك كون هيه", None, ""),
        ("REQUEST", "change", 4, "يتعين حل الوكالة", "اللجنة", None, None, ""),
        ("ACCUSE", "disapprove", 5, "اسفها", "وزارة اعادة التوحيد الكورية الجنوبية", "الشمال", None, ""),
        ("REQUEST", "change", 5, "داعية", "وزارة اعادة التوحيد الكورية الجنوبية", "بيونجيانج", None, ""),
        ("REQUEST", "meet", 6, "العودة الى طاولة الحوار", "المتحدث باسم الوزارة جيونج جون هي", "بيونجيانج", None, ""),
    ],
    # Al-Watan: the Saudi referee Fahd al-Mirdasi to run the opening match of the East Asian Cup (2 August). The AFC
    # referees committee's assignment of a referee and his record (sport administration, the twenty-second to
    # twenty-ninth sets' referees' camp, lectures and honours): none.
    "snn-dcf355c598b3": [],
    # Al-Yaum: ten handicrafts sponsored by the "Bare'" programme in the folk market of Ras Tanura (25 July). The
    # craftsmen's part in an Eid festival, its aims, the programme's founding by cabinet decision (a festival and a
    # programme profile, the sixth and fourteenth sets' ceremonies and programme launches; s4 a picture caption):
    # none.
    "snn-9bc0f8dd0488": [],
    # Al-Eqtisadiah: euro-zone business growth slows (flash PMI for July, 25 July). A market report (the index, the
    # analysts' views; the Greek debt crisis and the bailout sought as background: a standing situation), the
    # thirty-second set's oil report without its dated meeting: none. Lone "." cuts at the decimals (s2/s3, s3/s4,
    # s9/s10, s10/s11, s15/s16) are literal.
    "snn-fc2b53b21c7d": [],
    # Okaz: Yemeni leaders doubt the Houthis' commitment to the truce (27 July). s0 the humanitarian truce that the
    # coalition agreed to (in the relative clause, with its actor, the first mention -> CONCEDE, the twenty-sixth,
    # twenty-eighth and thirtieth sets' declared truce, PLOVER "declarations ... of ceasefires"; announced on 25 July:
    # not historical); s2 Sheikh Yahya Muqit's words that the Houthis are "a bloody group" that killed everyone
    # (denigration of a responsible party -> ACCUSE disapprove; "وأضاف": actor null); s3 al-Sayadi's view that the
    # truce was necessary and urgent (approval of a policy -> SUPPORT, the sixteenth set's Yemeni leaders' backing and
    # praise, the thirty-second set's welcome of the deal with the deal as recipient); s4 his praise of the Kingdom's
    # humanity towards the Yemeni people (-> SUPPORT, "وأضاف": actor null) and President Hadi's call that the Kingdom
    # answered (-> REQUEST yield, the thirtieth set's "بناء على طلب من الرئيس اليمني" for the same truce; "دعوة" from
    # "لدعوة"; recipient unnamed in the sentence: null); s5 Abdullah al-Sharabi's view that the Kingdom's acceptance of
    # Hadi's request reflects its responsibility (praise -> SUPPORT). Not coded: s0-s3 and s6's doubts and
    # predictions that the Houthis will not comply and will exploit the truce (predictions, the thirty-second set's
    # fears), s0's "الضربات الموجعة" (the coalition's campaign: a series), s4's "استجابتها" and s5's "قبول طلب
    # الرئيس هادي" (the s0 acceptance and the s4 request restated inside the speakers' praise), s4's "يتعرض للإبادة"
    # (a general charge inside the praise, the thirty-second set's "everyone blames the ministry"), s6's distrust and
    # "لا بد من فرض الالتزام" (a view and a necessity statement).
    "snn-9ab63aeecbf5": [
        ("CONCEDE", None, 0, "وافق عليها", "التحالف", None, None, ""),
        ("ACCUSE", "disapprove", 2, "جماعة دموية", None, "الحوثيون", None, ""),
        ("SUPPORT", None, 3, "ضرورية وملحة", "أمين عام حزب الشعب الديمقراطي حشد صلاح الصيادي", "الهدنة", None, ""),
        ("SUPPORT", None, 4, "تنظر للواقع اليمني بمزيد من الإنسانية", None, "المملكة", None, ""),
        ("REQUEST", "yield", 4, "دعوة", "الرئيس عبد ربه منصور هادي", None, None, ""),
        ("SUPPORT", None, 5, "يعكس الإحساس بالمسؤولية", "السكرتير الإعلامي لرئيس المجلس العسكري بتعز عبدالله الشرعي", "المملكة", None, ""),
    ],
    # Al-Riyadh: Madinah lives the Eid festivities of "Taiba 36" (22 July). The municipality's Eid celebrations in
    # six sub-municipalities, its committees and prizes (ceremonies and celebrations, the sixth and eighth sets; the
    # coordination with government bodies internal to one government): none. s0/s1 cut at "د.".
    "snn-da84b0636fdb": [],
    # Asharq Al-Awsat: the Nusra Front kidnaps five more fighters of the US training programme (Tuesday 4 August). s0
    # Nusra's kidnapping of at least five fighters trained in the US programme (-> ASSAULT abduct, the second set's
    # Division 30 kidnapping; "شمال غربي البلاد" anaphoric: location null; the earlier kidnapping of eight, in the
    # "بعد" anchor, is coded in s2 where it is reported); s1 the Observatory director's account: Nusra kidnapped at
    # least five fighters of Division 30 between Monday and Tuesday in the border village of Qah (the same kidnapping
    # with new content, the unit, the days and the place -> its own ASSAULT abduct, the thirty-second set's migrant
    # s0/s2 and Mosul raids); s2 Nusra's kidnapping of eight Division 30 members with their commander Col. Nadim
    # al-Hassan near Azaz on Wednesday evening (-> ASSAULT abduct; 29 July, six days before: not historical); s3
    # Nusra's storming of the displaced persons' camp in Qah where the fighters had taken refuge (a raid -> COERCE
    # seize, the twenty-seventh and thirtieth sets' "اقتحام"); s6 the crossing into Syria in mid-July of the group of
    # 54 Division 30 members to fight ISIS (a dated move of an armed group -> MOBILIZE militia, the second set's
    # "دخلوا سوريا"; three weeks before: not historical); s7 Nusra's attack on Friday on a Division headquarters in the
    # same area and the clashes with its defenders, 25 Nusra and 7 defenders killed (-> ASSAULT, no method stated:
    # mode null; "المنطقة نفسها" anaphoric: location null) and the international coalition's air strikes at the same
    # time (-> ASSAULT aerial). Not coded: s2's Pentagon denial of the kidnapping (a denial of another party's reported
    # act, not a PLOVER act of its own; the sets' negated-event rule covers only a denier's own act), s4 (the
    # kidnapping of five "seen", restated), s5 (Nusra "pursuing" the trained fighters in Idlib and Aleppo: a standing
    # campaign, the thirty-second set's series), s0's and s6's training in Turkey under the US programme (the arms and
    # training of the Syrian rebels: a standing programme, the thirty-second set).
    "snn-b81090ceb0e4": [
        ("ASSAULT", "abduct", 0, "خطفت", "جبهة النصرة", "خمسة مقاتلين", None, ""),
        ("ASSAULT", "abduct", 1, "خطفت", "جبهة النصرة", "خمسة مقاتلين على الاقل من الفرقة 30", "قرية قاح", ""),
        ("ASSAULT", "abduct", 2, "خطفت", "جبهة النصرة", "ثمانية عناصر من «الفرقة 30»", "مدينة اعزاز في ريف حلب الشمالي", ""),
        ("COERCE", "seize", 3, "اقتحام", "جبهة النصرة", "مخيم للنازحين", "قرية قاح", ""),
        ("MOBILIZE", "militia", 6, "اجتازوا", "مجموعة من 54 عنصرًا من «الفرقة 30»", None, "سوريا", ""),
        ("ASSAULT", None, 7, "هاجمت", "جبهة النصرة", "مقرًا للفرقة", None, ""),
        ("ASSAULT", "aerial", 7, "غارات", "الائتلاف الدولي", None, None, ""),
    ],
    # Al-Watan: the head of the al-Sakina campaign: the recent ISIS recruits are not religiously observant (7 August).
    # s2 Abdulmunim al-Mushawwah's condemnation of the violation of the mosques and the targeting of worshippers as
    # "among the most heinous crimes" (-> ACCUSE disapprove, the thirteenth and twenty-seventh sets' condemnations of
    # the Asir mosque bombing; the attacks themselves general here: recipient null); s3 his description of the
    # terrorist groups as criminal gangs (-> ACCUSE disapprove, a named recipient); s5 his praise of the efforts now
    # made ("مشيداً" -> SUPPORT, the named subject kept; no recipient named). Not coded: s0 (his explanation of the
    # two groups' state: analysis, the thirty-second set's Charbel; the targeting of mosques a general series), s1, s4
    # and s6 (his views on the recruits, the psychological treatment and the security men's resolve), s1's and s5's
    # calls to reconsider the programmes and to found centres (necessity statements on domestic policy without an
    # addressee, the thirty-second set's harassment law; exhortations inside one government, the twenty-fourth set),
    # s4's ten years of monitoring (a standing practice).
    "snn-fed6f4b28ba2": [
        ("ACCUSE", "disapprove", 2, "أبشع أنواع الجرائم", "رئيس حملة السكينة", None, None, ""),
        ("ACCUSE", "disapprove", 3, "وصف", "المشوح", "الجماعات الإرهابية", None, ""),
        ("SUPPORT", None, 5, "مشيداً", "رئيس حملة السكينة", None, None, ""),
    ],
    # Al-Riyadh: a partnership of the social affairs ministry and King Abdulaziz City for Science and Technology (3
    # August). s6 Minister Majid al-Qasabi's thanks to the KACST president for his visit and his initiatives (->
    # SUPPORT, the sets' thanks; the thirty-second set coded al-Thinni's praise of his own police while leaving his
    # meeting uncoded). Not coded: s0-s2 and s6's meeting and visit of the KACST president at the ministry and the
    # agreed partnership, and s4 his offered satellite link and cooperation (a meeting, an agreement and offers
    # between two bodies of one government: the twenty-ninth and thirty-second sets' "meetings inside one government"
    # and the twenty-first set's cooperation of government bodies; the fourth set's education-tourism partnership and
    # the twenty-second to twenty-fifth sets' meetings of two government bodies were coded: the latest sets'
    # decision is followed, see SOURCE-events-blind33.txt). s0/s1, s1/s2, s3/s4 and s5/s6 cut at "د.".
    "snn-8e2fbe7c98fa": [
        ("SUPPORT", None, 6, "شكره وتقديره", "ماجد القصبي", "رئيس مدينة الملك عبدالعزيز للعلوم والتقنية", None, ""),
    ],
    # Al-Watan: the labour ministry enlists the traffic police to track violators in transporting workers (11 August).
    # s3 the Madinah labour office's threat to apply the penalties to the violating companies ("توعد" -> THREATEN, no
    # PLOVER threat mode for fines: null, the twenty-third and twenty-seventh to thirty-second sets' warnings without a
    # named force). Not coded: s0 (the ministry's new cooperation with the traffic directorate and the Madinah office's
    # request for the traffic department's data) and s1 (the meeting of the two regional directors and their consensus
    # on cooperating): cooperation, a request and a meeting inside one government (the twenty-first, twenty-ninth and
    # thirty-second sets, as the partnership article above); s2 (the video of a company's unsafe transport: no PLOVER
    # act of a named party), s4 (the offices' earlier letters urging the companies to comply: an appeal, the fourth and
    # twenty-first sets' "حث المنشآت").
    "snn-5271011c7baf": [
        ("THREATEN", None, 3, "توعد", "مكتب العمل", "الشركات المخالفة", None, ""),
    ],
    # Asharq Al-Awsat: Oscar winners attack Amnesty International over its refusal to criminalise prostitution (31
    # July). s0 Meryl Streep's, Kate Winslet's and Emma Thompson's signed protest letter to Amnesty objecting to its
    # support for decriminalisation (a letter of objection to an organisation -> ACCUSE disapprove, PLOVER "delegations
    # presenting a disagreement to an organization"; the three named signatories in one phrase). Not coded: s1 (the
    # 3,300 online signatories "rejecting" the position: the s0 letter restated with its number of signers), s2 (the
    # revealed draft policy: an organisation's internal document), s3 (the writers' "deep concern", the letter
    # restated; Amnesty's own meeting in August: internal to one body), s4-s5 (the letter's content, other
    # signatories).
    "snn-c7f81882ab68": [
        ("ACCUSE", "disapprove", 0, "خطابا احتجاجيا", "الأميركية ميريل ستريب والبريطانيتان كيت وينسلت وإيما تومسون", "منظمة العفو الدولية", None, ""),
    ],
    # Al-Riyadh: the Iranian president receives an official invitation to visit Italy (6 August). s0 Prime Minister
    # Matteo Renzi's invitation to President Rouhani to visit Italy (-> AGREE, PLOVER "invitations for state visits",
    # the fourteenth, nineteenth and twenty-third sets' invitations) and its delivery yesterday in Tehran by the Italian
    # foreign minister Paolo Gentiloni (his meeting with Rouhani -> CONSULT visit, visitor as actor, host as recipient);
    # s1 Rouhani's words to Gentiloni that he hopes to visit Italy "at the appropriate time" (an intended visit ->
    # AGREE, PLOVER "references to future ... state visits"); s2 Hollande's invitation to Rouhani to visit Paris in
    # November (-> AGREE) delivered by Laurent Fabius during his visit to Tehran (29 July, a week before: the meeting
    # with Rouhani -> CONSULT visit, not historical); s3 Gentiloni's arrival in Iran on Tuesday with the economic
    # development minister Federica Guidi and a business delegation (arrival -> its own CONSULT visit, the twenty-ninth
    # set's arrival and reception; the party in one phrase); s4 the Vienna agreement of 14 July between Iran and the
    # great powers (inside "بعد", with its parties and date: the nuclear agreement once per article, the thirtieth to
    # thirty-second sets; 23 days before: not historical); s7 Gentiloni's meeting with the Iranian foreign minister
    # Mohammad Javad Zarif (a programme item with a new participant -> its own CONSULT visit, the thirty-first set). Not
    # coded: s4's aim of the visit and the sanctions "المفروضة ... منذ 9 سنوات" (an aim; the agreement's content and a
    # standing measure without actor), s5-s6 (Italy's place before the sanctions, Rouhani's view on the sectors open to
    # investment), s7's admission (a statement), s8 (Gentiloni the third EU politician to visit, after Gabriel and
    # Fabius: a bare list, Fabius coded in s2), s9 (an expectation).
    "snn-6d1ea2fea92d": [
        ("AGREE", None, 0, "دعوة", "رئيس الوزراء الايطالي ماتيو رنزي", "الرئيس الايراني حسن روحاني", None, ""),
        ("CONSULT", "visit", 0, "حملها", "وزير الخارجية الايطالي باولو جنتيلوني", "الرئيس الايراني حسن روحاني", "طهران", ""),
        ("AGREE", None, 1, "يأمل", "روحاني", "ايطاليا", None, ""),
        ("AGREE", None, 2, "دعوة", "نظيره الفرنسي فرنسوا هولاند", "الرئيس روحاني", None, ""),
        ("CONSULT", "visit", 2, ("زيارة", 1), "وزير الخارجية الفرنسي لوران فابيوس", "الرئيس روحاني", "طهران", ""),
        ("CONSULT", "visit", 3, "وصل", "جنتيلوني برفقة وزيرة التنمية الاقتصادية فيديريكا غويدي ووفد من قطاع الاعمال", None, "ايران", ""),
        ("AGREE", None, 4, "ابرام اتفاق فيينا", "ايران والقوى الكبرى", None, None, ""),
        ("CONSULT", "visit", 7, "لقاء", "جنتيلوني", "وزير الخارجية الايراني محمد جواد ظريف", None, ""),
    ],
    # Al-Jazirah: al-Qaeda kidnaps Syrian fighters trained by the United States (the Observatory, 5 August). Observatory
    # reports coded clause by clause (the tenth, fourteenth, twentieth and twenty-fourth sets). s0 Nusra's kidnapping
    # of at least five new fighters of the US training in north-west Syria (-> ASSAULT abduct; "شمال غرب سوريا" a named
    # region, the eleventh set's "شمال العراق") and, in the "بعد" anchor, the kidnapping of eight other fighters less
    # than a week before (its own recipient, reported nowhere else in this article -> ASSAULT abduct, actor null, the
    # thirty-second set's anchor rule); s1 the Observatory director: Nusra kidnapped yesterday, Tuesday, at least five
    # Division 30 fighters in Qah (the s0 kidnapping with its unit, day and place -> its own record, as the Asharq
    # Al-Awsat report of the same kidnapping in this draw); s2 (one long sentence): the clashes in and around Zabadani
    # between local fighters and the regime forces, Hezbollah, the Palestine Liberation Army and the National Defence
    # forces (-> ASSAULT, both sides in one phrase, the twentieth and twenty-fourth sets), the regime forces' shelling
    # of areas in the city (ground shelling -> heavy-weapons; "مناطق في المدينة" anaphoric: null), their shelling of
    # Daraya after midnight (-> heavy-weapons), the clashes of the regime forces and their gunmen with the opposition
    # factions in the orchards of the Khan al-Shih camp (-> ASSAULT), the clashes with ISIS around the Tishrin power
    # station in Bir Qasab (-> ASSAULT), the clashes of the factions with ISIS in the eastern Qalamoun (-> ASSAULT) and
    # the opposition fighter killed in clashes with the regime forces and their gunmen around Daraya (-> ASSAULT, the
    # killed fighter as recipient; "مدينة داريا بالغوطة الغربية" second occurrence); s3 the regime forces' shelling
    # of areas of Jobar after midnight (-> heavy-weapons); s4 the tank shell the regime forces fired on al-Waer in
    # Homs (-> heavy-weapons, PLOVER "tanks") and their heavy machine-gun fire on the west of Talbiseh (gunfire ->
    # firearms, PLOVER's heavy-weapons being artillery, rockets and armour). Not coded: s2's casualty notes, s3's
    # months-long attacks on Jobar and the clashes "حيث تدور" (a standing campaign, the thirty-second set's series).
    "snn-8cb44d8c7a9c": [
        ("ASSAULT", "abduct", 0, ("خطفت", 1), "جبهة النصرة", "خمسة مقاتلين جدد", "شمال غرب سوريا", ""),
        ("ASSAULT", "abduct", 0, ("خطف", 2), None, "ثمانية مقاتلين آخرين", None, ""),
        ("ASSAULT", "abduct", 1, "خطفت", "جبهة النصرة", "خمسة مقاتلين على الاقل من الفرقة 30", "قرية قاح", ""),
        ("ASSAULT", None, 2, "الاشتباكات العنيفة", "المقاتلين محليين من جهة، وقوات النظام وحزب الله اللبناني وجيش التحرير الفلسطيني وقوات الدفاع الوطني الموالية للنظام", None, "مدينة الزبداني ومحيطها", ""),
        ("ASSAULT", "heavy-weapons", 2, "قصف من قبل قوات النظام", ("قوات النظام", 2), None, None, ""),
        ("ASSAULT", "heavy-weapons", 2, "قصفت", ("قوات النظام", 4), None, ("مدينة داريا بالغوطة الغربية", 1), ""),
        ("ASSAULT", None, 2, ("اشتباكات", 2), "قوات النظام والمسلحين الموالين لها من طرف، والفصائل الامعارضة والمقاتلة", None, "بساتين مخيم خان الشيح بالغوطة الغربية", ""),
        ("ASSAULT", None, 2, ("اشتباكات", 3), "قوات النظام والمسلحين الموالين لها من جهة، وعناصر تنظيم «داعش «", None, "محيط محطة تشرين الحرارية بمنطقة بئر قصب بريف دمشق الشرقي", ""),
        ("ASSAULT", None, 2, ("اشتباكات", 4), "مقاتلي الفصائل المتطرفة والمقاتلة من طرف، وتنظيم داعش", None, "القلمون الشرقي", ""),
        ("ASSAULT", None, 2, ("اشتباكات", 5), ("قوات النظام والمسلحين الموالين لها", 3), "مقاتل من المعارضة", ("مدينة داريا بالغوطة الغربية", 2), ""),
        ("ASSAULT", "heavy-weapons", 3, "قصف", ("قوات النظام", 1), None, "حي جوبر", ""),
        ("ASSAULT", "heavy-weapons", 4, "قذيفة دبابة", ("قوات النظام", 1), None, "حي الوعر بمدينة حمص", ""),
        ("ASSAULT", "firearms", 4, "نيران رشاشاتها الثقيلة", ("قوات النظام", 2), None, "الجهة الغربية من مدينة تلبيسة بريف حمص الشمالي", ""),
    ],
    # Al-Riyadh: Germany and Iran to resume their economic consultations (22 July). s0 the two countries' intention to
    # resume, after fourteen years, their periodic consultations on economic cooperation, the joint commission to meet
    # next year (planned consultations -> CONSULT [F], the nineteenth to thirty-second sets' planned meetings, not
    # PLOVER's AGREE; the commission's session the same consultations restated: one record) and the economy minister
    # Sigmar Gabriel's meeting with the oil minister Bijan Zanganeh in Tehran on Monday (-> CONSULT visit); s2 the
    # agreement of the five permanent members and Germany with Iran in Vienna (-> AGREE, the nuclear agreement once
    # per article, its conclusion described with its parties and place; 14 July, eight days before: not historical);
    # s3 the last visit to Iran of a German government member, the former finance minister Hans Eichel, 13 years ago
    # (-> CONSULT visit [H]). Not coded: s1 (Gabriel the first prominent Western politician to visit after the
    # agreement: the visit restated; the agreement in the "عقب" anchor, coded in s2), s0's fourteen-year interruption
    # and the commission's last session in 2001 (bare).
    "snn-0751fcf4ca9f": [
        ("CONSULT", None, 0, "استئناف مشاوراتهما الدورية", "ألمانيا وإيران", None, None, "F"),
        ("CONSULT", "visit", 0, "لقائه", "وزير الاقتصاد الألماني زيجمار جابريل", "وزير النفط الإيراني بيجن زنجنه", "طهران", ""),
        ("AGREE", None, 2, "اتفقت", "الدول الخمس دائمة العضوية في مجلس الأمن وألمانيا", ("إيران", 1), "فيينا", ""),
        ("CONSULT", "visit", 3, "زيارة", "وزير المالية الألماني الأسبق هانز أيشل", None, "إيران", "H"),
    ],
    # Sabq: 531 violations of the ban on outdoor work at midday caught (6 August). s0 the labour ministry's inspectors'
    # catching of 531 violations since the ban began (inspections -> ACCUSE investigate, the second, fourth and
    # twenty-first sets' labour offices; the Riyadh dateline is the outlet's: location null); s3 the ministry's renewed
    # thanks to the citizens and residents who report violations (-> SUPPORT, the sets' thanks; "للمتعاونين معها" with
    # its fused ل, the article's alif elided). Not coded: s1 (the ban's content, the 229 violating facilities and the
    # 118 reports received: tallies, the sixth to thirty-second sets' tolls), s2 and s4 (the monitoring team and the
    # channels: standing arrangements inside the ministry), s5 (the ban's purpose).
    "snn-ba47f9b4a73b": [
        ("ACCUSE", "investigate", 0, "ضبط", "مفتشو وزارة العمل", None, None, ""),
        ("SUPPORT", None, 3, "شكرها", "وزارة العمل", "للمتعاونين معها", None, ""),
    ],
    # Asharq Al-Awsat: Indian and Pakistani forces exchange fire, not sweets, in Kashmir (21 July). s0 the exchange of
    # fire on the disputed border, several civilians wounded (two-sided -> ASSAULT, both forces in one phrase; gunfire
    # -> firearms; "الحدود المتنازع عليها بين البلدين" descriptive: null; the recent agreement of the anchor is coded in
    # s8-s11); s1 Pakistan's accusation that India violated the ceasefire in Kashmir again (-> ACCUSE allege) and the
    # four civilians it says were killed in shelling of the Pakistani part of the region (-> ASSAULT heavy-weapons, the
    # shelling's actor not named in the sentence: null; the place descriptive: null); s2 the foreign ministry statement:
    # the Indian forces opened fire on Saturday on the Poonch sector with small arms, rockets, mortars and machine guns
    # (-> ASSAULT heavy-weapons, rockets and mortars); s3 Islamabad's summoning of the Indian ambassador (PLOVER:
    # summoning an ambassador to complain -> ACCUSE disapprove) and its forces' downing of an Indian spy drone in
    # Kashmir (inside "بعد أيام من", with its actor, target and place, reported nowhere else -> ASSAULT, no method:
    # null; "قواتها" the only naming); s5 the Pakistani officials' earlier report of four civilians killed by Indian
    # fire on Wednesday and Thursday, three near Sialkot (the s1 killings with their actor, days and place -> its own
    # ASSAULT, mode null; the adjective "هندية" the only naming of the actor, the sixteenth set's "الإيراني"; the named
    # town as the place, the fourth man killed "in Kashmir itself"); s4 the civilians killed during last year's Eid
    # (inside "كما حدث ... عندما", with its victims, reported nowhere else -> ASSAULT [H], July 2014, actor unnamed:
    # null, mode null); s6 Pakistan's protest at the "provocative act" (-> ACCUSE disapprove), its hope that the Indian
    # government will respect the 2003 understanding (a call to observe a ceasefire -> REQUEST yield) and that
    # understanding reached by the two sides in 2003 (in the relative clause, with its parties and year -> AGREE [H];
    # "توصل إليه" second occurrence, after "التوصل إليه"); s8 Modi's and Sharif's one-hour meeting during their visit to
    # Russia (10 July, eleven days before -> CONSULT, mode null, the thirty-first set's talks outside a visit); s9
    # Modi's agreement to attend a regional summit in Islamabad next year (-> AGREE); s10 the two neighbours' agreement
    # to speed up the trial of the suspects of the 2008 Mumbai attack (-> AGREE), the attack itself (in the relative
    # phrase, with its place and year -> ASSAULT [H], actor null) and India's blame of militants based in Pakistan (->
    # ACCUSE allege [H]); s11 Modi's acceptance of Sharif's invitation to visit Pakistan (-> AGREE) and the invitation
    # (-> AGREE, PLOVER "invitations for state visits"); s14 the Indian defence ministry spokesman: the Pakistani army
    # began shelling and firing on forward villages in the Poonch sector during Eid (-> ASSAULT heavy-weapons); s16 (the
    # quotation's continuation after the lone "." of s15) "they targeted military positions and civilian areas" (new
    # content, the targets -> ASSAULT, mode null, actor null). Not coded: s4's regret at the violation (s1's charge
    # restated), s7 and s13 (background), s12 (the recent clashes, general), s17 (the five Indian civilians wounded:
    # s14's toll reported apart), s18 (the weapons of s2 restated), s14's spokesman's account (the attack is coded with
    # its named actor; an account is not an ACCUSE apart from an explicit charge such as s1's "اتهمت").
    "snn-20ae4384d16a": [
        ("ASSAULT", "firearms", 0, "تبادلت", "القوات الهندية والباكستانية", None, None, ""),
        ("ACCUSE", "allege", 1, "اتهمت", ("باكستان", 1), "الهند", None, ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف", None, "أربعة مدنيين", None, ""),
        ("ASSAULT", "heavy-weapons", 2, "فتحت النار", "القوات الهندية", None, "قاطع بونش", ""),
        ("ACCUSE", "disapprove", 3, "استدعاء", "إسلام آباد", "للسفير الهندي", None, ""),
        ("ASSAULT", None, 3, "أسقطت", "قواتها", "طائرة تجسس هندية", "كشمير", ""),
        ("ASSAULT", None, 4, "استشهد", None, "مدنيون أبرياء", None, "H"),
        ("ASSAULT", None, 5, "نيران", "هندية", "أربعة مدنيين", "بلدة سيالكوت", ""),
        ("ACCUSE", "disapprove", 6, "تتقدم باحتجاج", "باكستان", None, None, ""),
        ("REQUEST", "yield", 6, "تأمل", "باكستان", "الحكومة الهندية", None, ""),
        ("AGREE", None, 6, ("توصل إليه", 2), "الجانبان", None, None, "H"),
        ("CONSULT", None, 8, "التقى", "رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف", None, "روسيا", ""),
        ("AGREE", None, 9, "موافقة", "مودي", None, None, ""),
        ("AGREE", None, 10, "اتفقت", "الجارتان", None, None, ""),
        ("ASSAULT", None, 10, "هجوم", None, None, "مدينة مومباي الهندية", "H"),
        ("ACCUSE", "allege", 10, "ألقت", ("الهند", 2), "متشددين يتخذون من باكستان قاعدة لهم", None, "H"),
        ("AGREE", None, 11, "قبل", "مودي", "شريف", None, ""),
        ("AGREE", None, 11, "دعوة", "شريف", "مودي", None, ""),
        ("ASSAULT", "heavy-weapons", 14, "القصف وإطلاق النار", "الجيش الباكستاني", None, "قطاع بونتش", ""),
        ("ASSAULT", None, 16, "استهدفوا", None, "مواقع عسكرية ومناطق مدنية", None, ""),
    ],
    # Al-Eqtisadiah: Gross's gesture, "play hard" (10 August). The sports milieu's reading of the Al-Ahli coach's
    # gesture at Jeddah airport, a club official's explanation and the club's meeting with the coach, the players'
    # leave and the team's arrival from its camp (club business, the twenty-third, twenty-sixth and twenty-ninth to
    # thirty-second sets; the "الوسط الرياضي" reaction an unnamed public's opinion, not a named party's criticism):
    # none.
    "snn-7605dfb691a3": [],
    # Asharq Al-Awsat: an innovative technique for rare biomolecules (23 July). s10 BASF's agreement with the French
    # company PAT in May for exclusive access to its agricultural molecules (an agreement between two named companies
    # -> AGREE, the twenty-eighth set's partnership and the fifth, sixth and thirteenth sets' signings between
    # institutions; May, at least seven weeks before: historical under the five-week rule); s16 Chanel's production
    # agreement with PAT in 2012, the first (-> AGREE [H]). Not coded: s2 (the big companies "cooperating" with PAT:
    # the two agreements' standing effect), s10's "في المقابل" (the agreement's content), the rest (the technique, the
    # farmers' method, the market forecast).
    "snn-c60cc3107436": [
        ("AGREE", None, 10, "أبرمت", "\"باسف\"", "الشركة الفرنسية", None, "H"),
        ("AGREE", None, 16, "توقع اتفاقية انتاج", "شركة مستحضرات التجميل الفرنسية شانيل", ("بات", 1), None, "H"),
    ],
    # Al-Jazirah: the vice-rector of Prince Sattam University inspects the university hospital in al-Sih (6 August).
    # The vice-rector's tour of his own university's hospital and his meeting with its administration (a visit and a
    # meeting inside one body: the twenty-ninth set's al-Jubeir with his embassy staff and the thirty-second set's
    # meetings inside one government; the fifteenth set coded the same vice-rector's inspection of the dental college
    # as CONSULT visit: the latest sets' decision is followed, see SOURCE-events-blind33.txt): none. s2/s3 and s4/s5
    # cut at a newline.
    "snn-a0d0e7469898": [],
    # Al-Eqtisadiah: a state of emergency in St Louis County after violence (11 August). s0 the county authorities'
    # declaration of a state of emergency (-> COERCE martial-law, PLOVER "impose state of emergency", the thirtieth
    # set's Tunisian emergency; in answer to unrest, not a disaster), the violence that broke out in Ferguson (inside
    # "في أعقاب", with its place, reported nowhere else in this article -> PROTEST riot, the thirty-second set's
    # Ferguson riot; actor unnamed: null) and the killing of Michael Brown by a white police officer (inside "في ذكرى",
    # with its actor and victim -> ASSAULT firearms [H], August 2014, the thirty-second set's record); s1 the county
    # executive Steve Stenger's warning that the violence will not be tolerated (-> THREATEN, no named force: null, the
    # twenty-third, twenty-seventh to thirty-second sets); s3 the arrest of about 50 demonstrators who had moved a
    # barrier outside the county court (-> COERCE arrest, passive "تم اعتقال": actor null) during a peaceful protest
    # there (-> PROTEST demo, actor unnamed: null). Not coded: s1's "أعمال العنف الأخيرة" (the s0 riot restated), s2
    # (the transfer of police control from Ferguson to the county: the emergency's content, a measure inside one
    # government).
    "snn-68fa73bf1d14": [
        ("COERCE", "martial-law", 0, "حالة الطوارئ", "السلطات المحلية بمقاطعة \"سانت لويس\" الأمريكية", None, None, ""),
        ("PROTEST", "riot", 0, "أعمال العنف", None, None, "مدينة \"فيرجسون\" بولاية \"ميسوري\"", ""),
        ("ASSAULT", "firearms", 0, "مقتل", "ضابط شرطة أبيض", "المراهق الأمريكي الأعزل من أصول أفريقية مايكل براون", None, "H"),
        ("THREATEN", None, 1, "لن يتم التسامح", "المسؤول التنفيذي بمقاطعة \"سانت لويس\" ستيف ستينجر", None, None, ""),
        ("COERCE", "arrest", 3, "اعتقال", None, "نحو 50 متظاهرا", "محكمة المقاطعة", ""),
        ("PROTEST", "demo", 3, "احتجاج سلمي", None, None, "محكمة المقاطعة", ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
