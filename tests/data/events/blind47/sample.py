"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-seventh PLOVER events blind set.

Rule (same as the forty-sixth set's sampler, /work/main/tests/data/events/blind46/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261301);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 00:05 UTC (203 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind46.jsonl, claims/blind46/ and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first forty-six sets
        incl. events-blind46.jsonl, events/blind46/sample.jsonl and events/second46/; files created later
        are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-six events sets' 920 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-47)

SEED = 20261301
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 00:05 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind47.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 47)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-six events sets' articles
# (url -> reason); see SOURCE-events-blind47.txt. The first two hundred and forty entries are the earlier
# sets' (tests/data/blind_tables.py, including the forty-sixth set's nineteen; same_story(47) holds no entry first
# used by a forty-seventh set); the twenty-six entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(47))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1070424":
        "the Saudi football federation's disciplinary committee's refusal of Tuesday 4 August 2015 to lift the "
        "suspensions of the five Al-Nassr and Al-Hilal players for the Super Cup final in London (al-Muaibed's "
        "earlier words recalled, s1; the file referred to the committee after the Monday's tripartite meeting, s4), "
        "the whole article = the conclusion of the matter whose earlier steps are the whole stories of the "
        "thirty-fourth set's snn-09212e5158b9 (alriyadh, 2015-08-04, المعيبد: لا علاقة للنصر والهلال برفع العقوبات "
        "وقرارات «الانضباط» نافذة; its s0 is this article's s1 word for word) and the forty-third set's "
        "snn-33e60fcaca75 (sabq, 2015-08-03): earlier steps of one matter and the report of its conclusion, as the "
        "forty-fifth set's sabq 2yDgde entry for the same refusal (tf-idf cosine 0.31 and 0.26, 3-gram Jaccard 0.090 "
        "and 0.003, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150809/du10.htm":
        "the hostage-taking at the Byblos hotel in Sevare in central Mali of Friday 7 August 2015, here with the new "
        "toll of 12 dead announced by the Malian army on Saturday 8 August (five soldiers, five attackers, two "
        "foreigners), the whole article = the thirteenth set's snn-9787106ec45e (alyaum, 2015-08-07, أربعة قتلى في "
        "احتجاز رهائن في فندق يرتاده غربيون في مالي), whose whole story is the same attack on the same hotel the day "
        "it happened: two reports of one event (tf-idf cosine 0.29, 3-gram Jaccard 0.011, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150808/du14.htm":
        "the Taliban suicide bombing of the police academy in Kabul on Friday 7 August 2015 (20 cadets killed, the "
        "Taliban's claim, the truck bomb of the night before recalled), the whole article = the eighth set's "
        "snn-af4cc46a2d35 (3alyoum, 2015-08-07, هجوم انتحاري يستهدف أكاديمية الشرطة في كابول), whose whole story is "
        "the same suicide attack at the academy's entrance the same day: two reports of one event (tf-idf cosine "
        "0.29, 3-gram Jaccard 0.012, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150801/Con20150801786870.htm":
        "the reactions of Friday 31 July 2015 to the settlers' arson of the Dawabsha home in Duma that killed the "
        "toddler Ali (the Kingdom's and al-Jubeir's condemnation, s0-s2; the Palestinian Authority's ICC file "
        "'today', the headline, and the leadership's decision to go to the Security Council, s3-s4; Erekat, Islamic "
        "Jihad, Hamas, Ban Ki-moon, Washington, the OIC, the EU and the Arab League, s5-s9), the whole article = the "
        "eleventh set's snn-02b8e7262025 (alwatan, 2015-08-01, استشهاد رضيع فلسطيني حرقا بهجوم لمستوطنين), whose main "
        "story is the same arson with Abbas's statement that the leadership will go to the ICC over it (s3-s7) and "
        "Washington's condemnation (s10), and the twenty-first set's snn-6aa427bf733d (sabq, 2015-08-01), whose "
        "s8-s11 report the same Security Council decision and the same condemnations: the main report of one article "
        "the lead of the other, as the forty-sixth set's okaz 786934 entry for the same ICC decision (tf-idf cosine "
        "0.19 and 0.23, 3-gram Jaccard 0.009 and 0.026, under the automatic 0.3)",
    "http://www.alriyadh.com/1069409":
        "the clashes in Sanah in al-Dhale province of the night of Thursday 30 to Friday 31 July 2015, the Houthis' "
        "attack on the resistance's positions repelled, 18 Houthis killed and six captured, the whole article = the "
        "third set's snn-51e1a884f425 (okaz, 2015-08-01, الجيش الوطني والتحالف يُفشِلان تعزيزات الانقلابيين بالضالع "
        "وحرض), whose lead (s0-s1) reports the same fight of the same night in Sanah (six of the militias captured "
        "and 15 killed as they tried to infiltrate al-Dhale): the main story of one article the main report of the "
        "other (tf-idf cosine 0.14, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alriyadh.com/1072123":
        "the attacks in Turkey of Monday 10 August 2015: the two women's shooting at the US consulate in Istanbul and "
        "the DHKP-C's claim (title, s0, s3-s10), the car bomb at the Sultanbeyli police station and the clashes "
        "(s11-s21), the Silopi roadside bomb and the Beytussebap helicopter (s22-s25), the whole article = the first "
        "set's snn-1ba3c02c0c0d (3alyoum, 2015-08-10, استهداف قنصلية أمريكية بأسطنبول والعنف يحصد تسعة قتلى في "
        "تركيا), whose whole story is the same consulate attack, the same claim and the same wave of attacks of the "
        "same day (the arrested woman's age and prison record word for word) (tf-idf cosine 0.23, 3-gram Jaccard "
        "0.043, under the automatic 0.3)",
    "http://www.alyaum.com/article/4079790":
        "the Al-Ettifaq midfielder Mohammed Kanno's failure to travel with his team to the camp in Turkey on 22 July "
        "2015 and its settlement the same day by the acting management of Ahmed bin Ali al-Dosari (the player to "
        "leave the next day), the main story of the article (title, s0-s2; s3-s7 the team's salaries, contracts and "
        "camp further items) = the twenty-sixth set's snn-a61506f27c80 (aawsat, 2015-07-23, كنو يتمرد على الاتفاق.. "
        "والإدارة تهدد بمعاقبته), whose main story is the same no-show and the management's reaction: a step of one "
        "matter and its settlement, as the forty-sixth set's aleqt 975522 entry for the same no-show (tf-idf cosine "
        "0.14, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://aawsat.com/home/article/411286/وزراء-خارجية-أوروبا-يأملون-في-أن-تلعب-إيران-دورًا-«بنّاءً»":
        "the EU foreign ministers' meeting in Brussels of Monday 20 July 2015: this article reports its Iran "
        "discussion (Mogherini's, Hammond's and Steinmeier's words, the closing statement's hopes for Iran's "
        "constructive role after the Vienna agreement), the whole article = the thirteenth set's snn-4f0a17468504 "
        "(aawsat, 2015-07-21, وزراء خارجية الاتحاد الأوروبي يبحثون غدًا في بروكسل دعم تونس لمواجهة الإرهاب), the "
        "preview of the same meeting, which names the Iran file in its lead (s0) and Mogherini's report to the "
        "ministers on the Vienna agreement (s5): the preview of an event and the report of it, as the eighteenth "
        "set's aawsat 411406 and the nineteenth set's alyaum 4079644 entries (the same meeting's Libya discussion) "
        "(tf-idf cosine 0.14, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alriyadh.com/1067581":
        "the Pentagon's announcement of Friday 24 July 2015 that the US air strike of 11 July in Paktika killed the "
        "al-Qaeda operations commander Abu Khalil al-Sudani with two other militants (the statement handed out on "
        "Carter's Iraq trip, his words), the whole article = the first set's snn-b5820fbaac0d (alweeam, 2015-07-24, "
        "غارة جوية أمريكية تقتل قيادياً كبيراً بالقاعدة في أفغانستان), whose whole story is the same announcement of "
        "the same strike (tf-idf cosine 0.25, 3-gram Jaccard 0.013, under the automatic 0.3)",
    "http://aawsat.com/home/article/413706/الرياض-زيارة-مشعل-للعمرة-وموقفنا-من-حماس-لم-يتغير":
        "the Saudi foreign minister al-Jubeir's press conference with his Egyptian counterpart Sameh Shoukry in "
        "Jeddah on Thursday 23 July 2015 (the Hamas delegation's visit for the umrah, the Kingdom's position on Hamas "
        "unchanged, Shoukry's meeting with Crown Prince Mohammed bin Nayef, Egypt in the coalition, the nuclear "
        "agreement), the whole article = the eleventh set's snn-5379a3bbfe5a (alriyadh, 2015-07-23, الجبير: مصر جزء "
        "أساسي من التحالف الداعم للشرعية في اليمن), whose whole story is the same press conference with the same "
        "words on the Hamas visit (s3): two reports of one event (tf-idf cosine 0.33, 3-gram Jaccard 0.063, under the "
        "automatic 0.3)",
    "http://www.al-madina.com/node/621081/تونس-البرلمان-يقر-قانونًا-جديدًا-لمكافحة-الإرهاب.html?weekly":
        "the Tunisian parliament's adoption of the new anti-terrorism and anti-money-laundering law late on Friday 24 "
        "July 2015 (174 votes, ten abstentions), the end of the three-day debate, the whole article = the sixth set's "
        "snn-012906cd4038 (aawsat, 2015-07-23, برلمان تونس يقر مجموعة قوانين تصل إلى الإعدام لمرتكبي الجرائم "
        "الإرهابية), whose main story is the same debate's second day and which announces the Friday vote (s8), and "
        "the twenty-seventh set's snn-24459ba1ee53 (alyaum, 2015-07-23), the same debate: the later step of one "
        "debate, as the thirty-seventh set's alriyadh 1067764 and the thirty-eighth set's al-jazirah 20150726/du10 "
        "entries for the same adoption (tf-idf cosine 0.29 and 0.24, 3-gram Jaccard 0.074 and 0.030, under the "
        "automatic 0.3)",
    "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231299&CategoryID=5":
        "the Twitter campaign condemning the suicide bombing of the Emergency Forces mosque in Asir of Thursday 6 "
        "August 2015 (the hashtag #تفجير_طوارئ_عسير with about a million tweets; the education minister's, "
        "al-Kalbani's, Khashoggi's, al-Shuraim's and others' tweets), the whole article = the twenty-fifth set's "
        "snn-1ae1cd584270 (aleqtisadiya, 2015-08-07, السعوديون يجمعون مليون استنكار عبر «تويتر»), whose whole story "
        "is the same hashtag campaign of the same day with more than a million tweets and the same tweet of "
        "al-Shuraim (the thirty-fourth set's snn-be7320a8aa2e that tweet's own report): two reports of one event "
        "(tf-idf cosine 0.17, 3-gram Jaccard 0.027, under the automatic 0.3)",
    "http://www.aleqt.com/2015/07/24/article_975835.html":
        "the bison's goring of a 43-year-old woman taking a selfie with it in Yellowstone National Park in the week "
        "of 20 July 2015 (the park spokeswoman Amy Bartlett's account), the whole article = the thirty-first set's "
        "snn-649379dbe7a0 (alyaum, 2015-07-25, ثور ينطح سائحة بسبب «سيلفي»), the same Reuters copy of the same "
        "incident (its four sentences this article's s0-s3 almost word for word; s4-s11 the park's bison policy "
        "added) (tf-idf cosine 0.55, 3-gram Jaccard 0.219, under the automatic 0.3)",
    "http://www.3alyoum.com/news/a/حماس-تكشف-حقيقة-مشاركتها-مع-السعودية-ف/":
        "Hamas's denial of Sunday 19 July 2015 (Sami Abu Zuhri's statement) of the Fars report of an agreement with "
        "Saudi Arabia on the participation of hundreds of its fighters in Decisive Storm, with the delegation's visit "
        "recalled, the whole article = the twenty-sixth set's snn-01ae4327f457 (alweeam, 2015-07-21, حماس تكذّب مزاعم "
        "إيرانية بخصوص مشاركتها بعاصف الحزم), the same statement from the same copy (s1-s3 word for word) (tf-idf "
        "cosine 0.59, 3-gram Jaccard 0.278, under the automatic 0.3)",
    "http://sabq.org/ehDgde":
        "the fighting of Thursday-Friday 30-31 July 2015 in the villages of Mashra'a and Hadnan on Jabal Sabir over "
        "Taiz (42 Houthis and 9 resistance fighters killed in two days, the shelling of the city's districts, one "
        "civilian killed and four wounded), the lead of the article (title, s0-s2; s3-s4 the control of al-Houta and "
        "Lawdar further items) = the thirtieth set's snn-04cba792a250 (aleqtisadiya, 2015-08-02, المقاومة تطرد "
        "ميليشيات الحوثي وصالح من مديرية مشرعة وحدنان في صبر تعز), whose main story is the same two days' fighting "
        "with the same tolls (42 and 9; the civilian killed and four wounded by the shelling of the city, its s3): "
        "the main story of one article the main report of the other (tf-idf cosine 0.20, 3-gram Jaccard 0.002, under "
        "the automatic 0.3)",
    "http://aawsat.com/home/article/420601/وزير-الدفاع-الإسرائيلي-يوافق-على-تطبيق-الاعتقال-الإداري-ليهود-متطرفين":
        "the Israeli defence minister Ya'alon's approval of Sunday 2 August 2015 of administrative detention against "
        "Jewish extremists after the Duma arson, the main story of the article (title, s0-s5; s6-s13 the price-tag "
        "attacks, the Tabgha church document and Herzog's words background and further items) = the sixth set's "
        "snn-6e960ee56720 (alyaum, 2015-08-02, عباس يتعهد بعدم السماح بالعنف أو الإرهاب), whose s28-s29 report the "
        "same decision of the same Sunday (the Israeli officials: any Israeli suspected of political violence against "
        "Palestinians to be held without trial, the extension of administrative detention to Israelis): the main "
        "story of one article a main report (an item of its own) of the other, as the forty-fifth set's Khoja entry "
        "(tf-idf cosine 0.08, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://aawsat.com/home/article/411566/إيران-وألمانيا-تتباحثان-لعقد-مؤتمر-اقتصادي-كبير":
        "the German economy minister Sigmar Gabriel's visit to Tehran of 19-20 July 2015, the first of a senior "
        "Western politician after the nuclear agreement (his meetings with President Rouhani and the oil minister "
        "Zanganeh, the joint economic conference planned), the whole article = the thirty-third set's "
        "snn-0751fcf4ca9f (alriyadh, 2015-07-22, ألمانيا وإيران تعتزمان استئناف مشاورات التعاون الاقتصادي), whose "
        "whole story is the same visit and the same announcement after his meeting with Zanganeh on the Monday: two "
        "reports of one visit (tf-idf cosine 0.22, 3-gram Jaccard 0.022, under the automatic 0.3)",
    "http://aawsat.com/home/article/413936/تركيا-تنفذ-أولى-غاراتها-الجوية-ضد-تنظيم-«داعش»-في-سوريا":
        "Turkey's first air raids on ISIS in Syria before dawn on Friday 24 July 2015 (three F-16s on three positions "
        "opposite Kilis) and the same day's raids on ISIS and PKK suspects across the country (251, then 297 "
        "detained; 140 homes in Istanbul), the whole article = the twenty-fourth set's snn-b442871241e3 (alweeam, "
        "2015-07-24, تركيا: مقاتلات F16 قصفت مواقع لداعش في سوريا), whose whole story is the same raids and the same "
        "police operation from the prime ministry's statement the same day (tf-idf cosine 0.17, 3-gram Jaccard 0.000, "
        "under the automatic 0.3)",
    "http://www.alriyadh.com/1070595":
        "the Ukrainian army's announcement of Monday 3 August 2015 (the spokesman Andriy Lysenko) of four soldiers "
        "killed and 15 wounded in 24 hours of fighting in the east, with the Minsk meeting of the same Monday ended "
        "without agreement, the whole article = the forty-fifth set's snn-64e12bceb289 (aawsat, 2015-08-04, مقتل 4 "
        "جنود أوكرانيين يوتر الأجواء قبل محادثات سلام في مينسك), whose main story is the same toll from the same "
        "briefing and which announces the same Minsk talks: two reports of one announcement, the talks the later step "
        "(tf-idf cosine 0.17, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alriyadh.com/1070443":
        "the Popular Resistance's full control of al-Houta, the capital of Lahj, on Tuesday 4 August 2015 after the "
        "clashes with the Houthis and Saleh's forces (the province's centre, al-Ribat, al-Fayush, the Fifth Brigade, "
        "al-Mahalla and Jalajil taken, the combing begun, the coalition's raid on a column in Karish), the whole "
        "article = the twentieth set's snn-b58c5638915d (aljazirah, 2015-07-31, المقاومة الشعبية اليمنية تسيطر على "
        "أجزاء كبيرة من الحوطة), whose headlined item (s5-s8) is the resistance's entry into al-Houta and its control "
        "of parts of the city on 30 July, and the thirty-ninth set's snn-7fbc367be596 (alwatan, 2015-08-07, تمشيط "
        "لحج.. المهمة الكبرى أمام الثوار), whose main story is the combing of Lahj after the same control of "
        "al-Houta: the entry into a city, its control and its combing the next reports of one advance, as the "
        "thirty-fourth set's alwatan 231629 entry (the entry into Zinjibar and its control) and the forty-sixth set's "
        "al-Tawahi entry (tf-idf cosine 0.23 and 0.16, 3-gram Jaccard 0.036 and 0.005, under the automatic 0.3)",
    "http://www.alriyadh.com/1066532":
        "the UN Security Council's unanimous resolution of Monday 20 July 2015 endorsing the nuclear agreement with "
        "Iran with the return of the sanctions in case of violation (the Revolutionary Guard's rejection, the EU's "
        "approval, Senator Cotton's words), the whole article = the seventeenth set's snn-3daab4c1c4d3 (3alyoum, "
        "2015-07-24, مجلس الأمن يقر الاتفاق النووي الإيراني ويفتح الباب لمعاودة فرض العقوبات), whose whole story is "
        "the same resolution from the same copy (s0-s1 nearly word for word), as the forty-sixth set's al-jazirah "
        "20150721/du2 entry for the same resolution (tf-idf cosine 0.56, 3-gram Jaccard 0.271, under the automatic "
        "0.3)",
    "http://www.alweeam.com.sa/350057/اليمن-المقاومة-الشعبية-تقتحم-مدينة-لو/":
        "the Popular Resistance's advance on Lawdar in Abyan of Thursday-Friday 30-31 July 2015 (the taking of Jabal "
        "Yasuf, the town besieged from all sides, the storming and the street fighting), the whole article = the "
        "twenty-second set's snn-3de671677fef (alriyadh, 2015-07-31, المقاومة الشعبية تأسر 40 حوثياً في أبين.. وتتوقع "
        "السيطرة على لودر.. قريباً), whose main story is the same advance on Lawdar after the taking of Jabal Yasuf "
        "the same day (the clashes in the town, the Houthis besieged, the control expected within hours): the next "
        "report of one advance, as the thirty-fourth set's Zinjibar and the forty-sixth set's al-Tawahi entries "
        "(tf-idf cosine 0.21, 3-gram Jaccard 0.010, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150802/du9.htm":
        "the Yemeni vice-president and prime minister Khaled Bahah's short visit to Aden of Saturday 1 August 2015, "
        "the first since its liberation (the presidential palace, the Fourth Military Region, the port and the "
        "governorate inspected, his call on the residents to return), the main story of the article (title, s0-s5) = "
        "the twenty-ninth set's snn-0a87e2961943 (aleqtisadiya, 2015-08-02), whose item of its own (s2-s3) reports "
        "the same visit with the presidential press secretary's account of its purpose (normalising life in Aden, the "
        "displaced reassured), also the occasion of the twenty-seventh set's snn-270b6b716bd4 (alwatan, 2015-08-03, "
        "البرلمان العربي يهنئ اليمنيين بعودة الشرعية إلى عدن, s0-s1); its second item (s6-s9, the control of Mashra'a "
        "and Hadnan, 42 Houthis and 9 resistance fighters killed in two days) is the thirtieth set's snn-04cba792a250 "
        "(aleqtisadiya, 2015-08-02) almost word for word, as this set's sabq ehDgde entry: the main story of one "
        "article a main report (an item of its own) of the other, as the forty-fifth set's Khoja entry (tf-idf cosine "
        "0.13, 0.08 and 0.29, 3-gram Jaccard 0.004, 0.000 and 0.030, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784708.htm":
        "the Houthi and Saleh forces' Katyusha shelling of the Dar Saad districts between Aden and Lahj on Sunday 19 "
        "July 2015 (57 killed, 12 children among them, some 225 wounded), the main story of the article (title, "
        "s0-s1; s2-s8 the Fao area of Marib, the coalition's raids, the al-Anad triangle and Ibb further items) = the "
        "nineteenth set's snn-39204d7ffb7a (aleqtisadiya, 2015-07-21), whose item of its own (s2) reports the same "
        "massacre of the same day by the same Katyusha rockets (the Aden health office's toll), as the twenty-fourth "
        "set's alweeam 348555 entry; its further item s4 (the resistance's full control of the al-Anad triangle) is "
        "the main story of the forty-fourth set's snn-816394484f45 (alweeam, 2015-07-21, المقاومة الشعبية اليمنية "
        "تسيطر على مثلث العند): the main story of one article a main report (an item of its own) of the other, as the "
        "forty-fifth set's Khoja entry (tf-idf cosine 0.12 and 0.24, 3-gram Jaccard 0.001 and 0.008, under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/421786/المنطقة-الآمنة-شمال-سوريا-قريبًا-وممنوعة-على-الأكراد-و«النصرة»":
        "Turkey's coming ground and air offensive against ISIS in northern Syria under the agreement with the United "
        "States (the safe zone 'a matter of time', the US aircraft beginning to arrive at Incirlik, the operations to "
        "start within the week, the Kurds and al-Nusra kept out), here from Turkish official sources on Monday 3 "
        "August 2015, the main story of the article (title, s0-s2; s3-s4 the interim government and the Turkish "
        "meetings with the opposition further items) = the fifteenth set's snn-425d8ba58e7c (3alyoum, 2015-08-06, "
        "تركيا تستعد لهجوم “واسع النطاق” ضد تنظيم داعش في سوريا), whose whole story is the same coming offensive in "
        "northern Syria announced by the foreign minister Cavusoglu with the same arrival of the US aircraft: two "
        "previews of one operation, as the forty-fifth set's Khoja entry (two previews of one visit) (tf-idf cosine "
        "0.05, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081165":
        "Al-Ettifaq's management's exclusion of the player Ali al-Zubaidi from the team's camp in Turkey on Thursday "
        "30 July 2015 and his return to Dammam (the acting president Ahmed al-Dosari's reasons), the main story of "
        "the article (title, s0-s2; s3-s8 the friendlies and the signing of Ismael Gouazlis further items) = the "
        "twenty-third set's snn-7f832117fb31 (aljazirah, 2015-07-31, الاتفاق يستبعد لاعبه الزبيدي من معسكر تركيا بسبب "
        "رفضه مقابلة الرئيس), whose whole story is the same exclusion the same day: two reports of one decision "
        "(tf-idf cosine 0.19, 3-gram Jaccard 0.026, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
