"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fifty-first PLOVER events blind set.

Rule (same as the fiftieth set's sampler, /work/main/tests/data/events/blind50/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261309);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 01:00 UTC (213 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind46.jsonl, claims/blind47/sample.jsonl and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first fifty sets
        incl. events-blind50.jsonl, events/blind50/sample.jsonl and events/second50/; files created later are not
        part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty events sets' 1,000 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-51)

SEED = 20261309
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 01:00 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind51.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 51)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty events sets' articles
# (url -> reason); see SOURCE-events-blind51.txt. The first two hundred and ninety-four entries are the earlier
# sets' (tests/data/blind_tables.py, including the fiftieth set's six; same_story(51) holds no entry first
# used by a fifty-first set); the fifteen entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(51))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alweeam.com.sa/348322/الكويت-زيارة-عبدالحميد-دشتي-لعائلة-ع/":
        "the Kuwaiti speaker Marzouq al-Ghanim's tweet describing MP Abdulhamid Dashti's visit to the family of "
        "Hezbollah's commander Imad Mughniyeh as provocative, irresponsible and rejected (the uproar on social media over"
        " the photographs), the whole article = the twentieth set's snn-d56f6773aa05 (alwatan, 2015-07-22, \"وطنية\" مشكوكٌ"
        " فيها), a column whose closing story (s21-s26) is the same visit and quotes the same tweet of al-Ghanim: an "
        "event and a comment on it (tf-idf cosine 0.26, 3-gram Jaccard 0.024, under the automatic 0.3)",
    "http://www.al-madina.com/node/623050/إيران-روحاني-يقبل-دعوة-لزيارة-روما.html":
        "President Rouhani's acceptance, on Wednesday 5 August 2015, of Prime Minister Renzi's invitation to visit Rome, "
        "delivered in Tehran by the Italian foreign minister Paolo Gentiloni during his visit the same day (the Italian "
        "foreign ministry's statement, Gentiloni's words to the press), the whole article = the thirty-third set's "
        "snn-6d1ea2fea92d (alriyadh, 2015-08-06, الرئيس الإيراني يتلقى دعوة رسمية لزيارة إيطاليا), whose whole story is "
        "the same invitation carried by Gentiloni to Tehran and Rouhani's reply that he hopes to visit Italy: two reports"
        " of one event (tf-idf cosine 0.22, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150722/du6.htm":
        "the completion of the control of Aden by the fighters loyal to President Hadi with the coalition's air support "
        "(Tuesday 21 July 2015, the day after the control of the city centre was completed: the push on the northern "
        "districts, the artillery exchanges in Dar Saad and al-Alam; the new governor, the UAE technical team for the "
        "airport, the WFP ship further items), the main story of the article (title, s0-s4) = the nineteenth set's "
        "snn-39204d7ffb7a (aleqtisadiya, 2015-07-21, المقاومة الشعبية تسيطر على مبان رئاسية وعسكرية في عدن), whose main "
        "story is the taking of al-Tawahi, the palace and the command that completed the control of the centre on Monday "
        "20 July (with the shelling of Dar Saad and al-Alam still held by the Houthis): the next report of one advance, "
        "as the forty-sixth set's alweeam 348289 entry for the same taking (tf-idf cosine 0.10, 3-gram Jaccard 0.001, "
        "under the automatic 0.3)",
    "http://aawsat.com/home/article/413716/«خريطة-طريق»-بين-أنقرة-وواشنطن-لمواجهة-الأكراد-و«داعش»-معًا":
        "ISIS's attack on a Turkish border post on Thursday 23 July 2015 that killed a Turkish soldier and the Turkish "
        "army's response (s0-s2), and the understanding between Obama and Erdogan after their telephone call with "
        "Ankara's consent to the US drones at Incirlik (title, s3-s8), the whole article = the twentieth set's "
        "snn-63cdc68d1ac9 (alweeam, 2015-07-23, الجيش التركي يقصف مواقع داعش بعد إطلاق نار تسبب بمقتل أحد جنوده), whose "
        "whole story is the same fire from ISIS that killed a soldier at Kilis and the Turkish shelling the same "
        "Thursday, and the eighth set's snn-0e2329cc4d4d (3alyoum, 2015-07-24, تركيا تسمح لأمريكا بشن غارات من قاعدة "
        "إنجرليك الجوية), whose whole story is Turkey's agreement on Incirlik after the same Obama-Erdogan call: two "
        "reports of the same events (tf-idf cosine 0.12 and 0.13, 3-gram Jaccard 0.007 and 0.002, under the automatic "
        "0.3)",
    "http://www.alweeam.com.sa/349000/انتقادات-عنيفة-للاتفاق-النووي-معإيرا/":
        "Senator Bob Corker's attack on the Iran nuclear deal and on John Kerry at the Senate Foreign Relations "
        "Committee's hearing of Thursday 23 July 2015 (\"لجنة الشئون الخارجية بالكونغرس\"), the whole article = the "
        "twenty-seventh set's snn-36f84d32f80f (almadina, 2015-07-24, تقرير: مسؤولون أمريكيون تحت ضغط الكونغرس ...), "
        "whose main story is the same hearing with Kerry, Lew and Moniz before Corker's committee that Thursday: the "
        "preview of an event and the report of it, as the forty-sixth set's sabq IACgde entry for the same hearing "
        "(tf-idf cosine 0.09, 3-gram Jaccard 0.011, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229862&CategoryID=1":
        "the killing of Mohammed Alawneh by the Israeli forces at dawn on Wednesday 22 July 2015 in Burqin near Jenin "
        "during clashes with the villagers (s0; the settlers' entry into al-Aqsa and the Palestinian foreign ministry's "
        "condemnation of the 886 settlement units and of Shaked's committee further items), the main story of the article"
        " (title, s0) = the fifteenth set's snn-37b5a09a8c66 (alriyadh, 2015-07-23, مقتل فلسطيني برصاص الجيش الإسرائيلي "
        "في «جنين»), whose whole story is the same killing in Burqin the same dawn, and the thirty-sixth set's "
        "snn-a8fc472ee558 (aleqtisadiya, 2015-07-23), whose main story is the same ministry's condemnation of the same "
        "units and committee with the same killing in s9-s11: two reports of one event (tf-idf cosine 0.16 and 0.48, "
        "3-gram Jaccard 0.004 and 0.100, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150723/du12.htm":
        "the clashes between Tebu and Tuareg fighters in Sebha in southern Libya since mid-July 2015 with at least 40 "
        "killed (a local official's toll of Wednesday 22 July, the displaced families, the eastern government's call to "
        "stop the fighting; s9-s13 Bernardino Leon's call to free the Italians kidnapped near Zuwara a further item), the"
        " main story of the article (title, s0-s8) = the twenty-eighth set's snn-a2ef97fd3551 (alwatan, 2015-07-22, "
        "ليبيا.. مقتل العشرات في اشتباكات قبلية), whose whole story is the same clashes in Sebha with their toll of "
        "dozens: two reports of one event with a later toll, as the forty-ninth set's Sevare hotel entry (tf-idf cosine "
        "0.11, 3-gram Jaccard 0.000: two translations, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/انتحاري-يقتل-ستة-ويصيب-11-في-سوق-بنيجيري/":
        "the suicide bombing at a crowded market in Maiduguri (Borno, north-eastern Nigeria) on the morning of Friday 31 "
        "July 2015 that killed six and wounded eleven (the bomber in a rickshaw, the hallmarks of Boko Haram), the whole "
        "article = the fourth set's snn-e98f7dbe6634 (alriyadh, 2015-08-01, نيجيريا: مقتل 16 شخصاً في هجومين جديدين ل "
        "«بوكو حرام»), whose lead and headline (s0-s1, s5-s7) report the same bombing of six at the Gamboru market in "
        "Maiduguri by a bomber in a three-wheeled vehicle: a main report of one article the main story of the other, as "
        "the forty-ninth set's entries (tf-idf cosine 0.15, 3-gram Jaccard 0.006, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081582":
        "the wildfires in northern California of late July and 1 August 2015 (the lightning strikes, the Rocky fire in "
        "Lake County, the firefighter killed, Highway 20 closed, Governor Brown's state of emergency of Friday 31 July "
        "and the National Guard), the whole article = the thirty-sixth set's snn-d969d09b2621 (alweeam, 2015-08-02, ولاية"
        " كاليفورنيا تعلن حالة الطوارئ لاتساع حرائق الغابات), whose whole story is the same fires with the same state of "
        "emergency and the same firefighter's death: two reports of one event (tf-idf cosine 0.25, 3-gram Jaccard 0.007, "
        "under the automatic 0.3)",
    "http://aawsat.com/home/article/423641/مقتل-17-شخصًا-بتحطم-طائرة-للجيش-الأفغاني":
        "the crash of an Afghan army helicopter in Zabul on Thursday 6 August 2015 that killed 17 (12 soldiers and five "
        "crew, a technical fault while carrying supplies), the whole article = the first set's snn-77e54ef0c38c (alwatan,"
        " 2015-08-07, أفغانستان.. 23 قتيلا بهجومين لطالبان), whose headlined lead (s0-s5) is the same crash in Shinkai, "
        "Zabul, with the same toll (and the Taliban's claim to have downed it): a main report of one article the main "
        "story of the other (tf-idf cosine 0.14, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://aawsat.com/home/article/422501/الكويت-انطلاق-محاكمة-29-متهمًا-بينهم-7-نساء-و5-سعوديين":
        "the opening on Wednesday 5 August 2015, before the criminal court in Kuwait, of the trial of the 29 defendants "
        "in the bombing of the Imam al-Sadiq mosque (the adjournment to Thursday, the defendants' nationalities, the main"
        " defendant Abdulrahman Sabah Eidan's confession of preparing al-Qabba's belt), the whole article = the eleventh "
        "set's snn-1668f69a03af (alyaum, 2015-08-06, بدء محاكمة متهمين في تفجير مسجد الصادق بالكويت), whose whole story "
        "is the same opening session with the same confession: two reports of one event (tf-idf cosine 0.44, 3-gram "
        "Jaccard 0.067, under the automatic 0.3)",
    "http://www.3alyoum.com/news/golobal/a/شيشانيات-يخدعن-مقاتلي-داعش-عبر-الإنتر/":
        "the three young Chechen women who tricked ISIS fighters on the internet into sending them money for a journey to"
        " Syria and were caught by the police in the last week of July 2015 (one of them's words to Life News, the fraud "
        "charges), the whole article = the twenty-eighth set's snn-b0ca22977770 (aleqtisadiya, 2015-08-02, 3 شابات روسيات"
        " يتحايلن على مقاتلي «داعش» ويحصلن على 200 ألف روبل), whose main story is the same three women and the same fraud"
        " with the Chechen authorities' words: two reports of one event (tf-idf cosine 0.13, 3-gram Jaccard 0.004, under "
        "the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/إسرائيل-تقصف-معسكر-تدريب-لحماس-بعد-إطل/":
        "the Israeli air strike on a Hamas training camp in the Gaza Strip on Friday 7 August 2015 in response to a "
        "rocket fired from Gaza hours before (a small Salafi group's claim of the rocket, the army's statement), the "
        "whole article = the eighteenth set's snn-96c95a470e0b (alriyadh, 2015-08-09, إصابة خمسة فلسطينيين في قصف "
        "إسرائيلي وسط غزة), whose main story is the same strike on a Qassam site in al-Bureij after the same rocket, with"
        " Adraee's same statement: two reports of one event (tf-idf cosine 0.19, 3-gram Jaccard 0.003, under the "
        "automatic 0.3)",
    "http://www.alweeam.com.sa/349368/ايران-تبدأ-حملة-للتودد-إلى-دول-الخليج/":
        "the Iranian foreign minister Mohammad Javad Zarif's one-day tour of Kuwait, Qatar and Iraq begun on Sunday 26 "
        "July 2015 to defend the nuclear agreement (Amir-Abdollahian's words; Zarif's statement of Friday, Rouhani's "
        "Kurdistan speech and Bahrain's recall of its ambassador as further items), the main story of the article (title,"
        " s0-s4) = the thirty-sixth set's snn-108d0a36044d (aljazirah, 2015-07-26, وزير الخارجية الإيراني يزور الكويت "
        "وقطر والعراق ...), whose main story is the same tour announced for Sunday with the same stops and purpose: the "
        "preview of an event and the report of it (tf-idf cosine 0.09, 3-gram Jaccard 0.005, under the automatic 0.3)",
    "http://www.alriyadh.com/1069169":
        "the joint statement (the Cairo Declaration) issued on Thursday 30 July 2015 at the visit of Prince Mohammed bin "
        "Salman to Egypt and his meeting with President al-Sisi (the six agreed mechanisms: military cooperation and the "
        "joint Arab force, energy, trade, investment, the maritime border), the whole article = the seventeenth set's "
        "snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط الأخوية ...),"
        " whose main story is the same visit and the same declaration with its mechanisms: two reports of one event "
        "(tf-idf cosine 0.51, 3-gram Jaccard 0.174, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
