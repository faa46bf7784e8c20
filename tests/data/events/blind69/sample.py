"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-ninth PLOVER events blind set.

Rule (the sixty-eighth set's sampler, /work/main/tests/data/events/blind68/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-69: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261369);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 69) (268 files: the table of set 68 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-eighth set's
        events/blind68/sample.jsonl and events-blind68.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-eight events sets' 1,245 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-eighth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-69)

SEED = 20261369
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-69: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-69: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 266 files of the set-68
# table plus the sixty-eighth set's events/blind68/sample.jsonl and events/events-blind68.jsonl, 268 in all, each
# with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind69.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 69)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-eight events sets' articles
# (url -> reason); see SOURCE-events-blind69.txt. The first four hundred and forty entries are the earlier sets'
# (tests/data/blind_tables.py, including the sixty-eighth set's two; same_story(69) holds no entry first used by a
# sixty-ninth set); the ten entries added by this set follow, in the order they were judged (seven after the first
# walk, three after the second).
SAME_STORY = dict(blind_tables.same_story(69))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=230904&CategoryID=6':
        "the Gulf football federations' secretaries' approval, at their meeting in Kuwait on Monday 3 "
        "August 2015, of the Kuwaiti federation's request to postpone the 23rd Gulf Cup to December 2016 "
        "(Talal al-Fahd's press conference on the unready stadiums; the history of the Gulf Cup "
        "background), the whole article = the sixty-third set's snn-5b705357fed7 (aawsat, 2015-08-04, "
        'خلافات بين الفهد وهيئة الرياضة تؤجل {خليجي 23} بالكويت), whose main story is the same '
        'postponement agreed by the same secretaries at the same meeting (coded there as AGREE) with '
        "al-Fahd's press conference: two reports of one event the same day (tf-idf cosine 0.32, 3-gram "
        'Jaccard 0.017, under the automatic 0.3)',
    'http://aawsat.com/home/article/413206/جمهوريون-ومناصرون-لإسرائيل-يشنون-حملة-مضادة-لرفض-الاتفاق-النووي-مع-إيران':
        "the Republican leaders' vow to do everything to stop the nuclear agreement with Iran (House "
        "Speaker John Boehner's words to the press on Wednesday 22 July 2015), the same day's closed "
        "briefings of both houses by Kerry, Moniz and Lew and the Israeli ambassador Ron Dermer's "
        "meetings with some 40 members of Congress (AIPAC's coming campaign, Pelosi, Schumer and Cruz "
        "further items), the whole article = the thirtieth set's snn-9d5a1026e470 (alweeam, 2015-07-22, "
        'رئيس مجلس النواب الأمريكي: سنفعل “كل ما يمكن” لعرقلة الاتفاق مع إيران), whose whole story is the '
        "same vow of Boehner the same day with the same briefings and Dermer's meeting with the 40 "
        "members: two reports of one event, as the thirty-third set's sabq IACgde entry (the "
        "twenty-seventh set's snn-36f84d32f80f, almadina, 2015-07-24, the Senate hearing of the next day "
        'with the same closed sessions, 0.18) (tf-idf cosine 0.23, 3-gram Jaccard 0.004, under the '
        'automatic 0.3)',
    'http://www.alriyadh.com/1069838':
        "the end of the twelve states' Trans-Pacific Partnership talks in Maui, Hawaii, on Friday 31 July "
        "2015 without a final agreement (Froman's press conference, the bilateral talks to follow, the "
        "disputes over dairy, rice, sugar, medicines and car parts, Lori Wallach's and Andrew Robb's "
        "words), the whole article = the third set's snn-5c97e320743f (aleqtisadiya, 2015-08-06, كيري: "
        'تقدم جيد في اتفاقية الشراكة عبر «الهادئ» رغم فشل مباحثات هاواي), which reports the same failure '
        'of the Hawaii talks in its title, lead and own paragraph (coded there as CONSULT and negated '
        "AGREE records), as the seventeenth set's okaz 787033 entry for the end of the same talks (tf-idf "
        'cosine 0.16, 3-gram Jaccard 0.001, under the automatic 0.3)',
    'http://aawsat.com/home/article/421291/حفتر-يتهم-تركيا-مجددًا-بدعم-الإرهاب-والبرلمان-يبحث-عن-التمديد-لولايته':
        'the clashes of Sunday 2 August 2015 between the army and the extremists (five killed and twelve '
        "wounded), the fighting in Ajdabiya begun the day before with a warplane's strike south of the "
        "town, and the ISIS raid of Friday 31 July on the army's Gate 200 checkpoint outside Ajdabiya "
        "(seven soldiers killed, two more when reinforcements were sent, ISIS's claim), an item of its "
        "own of the article (s8-s14 after 'إلى ذلك', beside Haftar's accusations against Qatar, Sudan and "
        "Turkey and the House of Representatives' search for a road map) = the second set's "
        'snn-9d8634174f40 (aljazirah, 2015-08-03, مقتل خمسة في اشتباكات قرب ميناء نفطي في شرق ليبيا), '
        'whose main story is the same clashes of Sunday with the same toll, the Ajdabiya fighting and air '
        "strike and the Friday checkpoint raid, and the thirty-sixth set's snn-ba83c5660b94 (3alyoum, "
        '2015-08-01, مقتل 7 جنود ليبيين في اشتباكات مع داعش الإرهابي), whose whole story is the same '
        'checkpoint raid: the main story of one article a main report (an item of its own) of the other, '
        "as the forty-fifth and sixty-seventh sets' readings (the Khoja entry, aawsat 414441) (tf-idf "
        'cosine 0.20 and 0.19, 3-gram Jaccard 0.021 and 0.025, under the automatic 0.3)',
    'http://aawsat.com/home/article/424041/ظريف-يدعو-واشنطن-للعمل-على-«كسب-ثقة»-الإيرانيين':
        "President Obama's nomination on Wednesday 5 August 2015 of the White House adviser Laura Holgate "
        'as the US envoy to the International Atomic Energy Agency as the implementation of the nuclear '
        "agreement with Iran begins (the IAEA's role, the October report, Susan Rice's statement, the "
        "Senate's consent), an item of its own of the article (s6-s13 after 'من جانبه', beside Zarif's "
        "statement of 6 August and the German banks) = the twenty-second set's snn-f225dbe46442 (alwatan, "
        '2015-08-07, هولجايت.. مبعوثة أميركية للطاقة الذرية), whose whole story is the same nomination in '
        'nearly the same words (the same agency copy): the main story of one article a main report (an '
        "item of its own) of the other, as the forty-fifth and sixty-seventh sets' readings (tf-idf "
        'cosine 0.57, 3-gram Jaccard 0.261, under the automatic 0.3)',
    'http://aawsat.com/home/article/420461/توقف-محادثات-اتفاقية-التجارة-الحرة-بين-أميركا-و11-دولة-مطلة-على«الهادي»':
        'the end of the Trans-Pacific Partnership talks between the United States and eleven Pacific '
        'states in Maui, Hawaii, on Friday 31 July 2015 without an agreement (the joint statement, '
        "Froman's press conference, the disputes over dairy, cars and medicines), the whole article = the "
        "third set's snn-5c97e320743f (aleqtisadiya, 2015-08-06, كيري: تقدم جيد في اتفاقية الشراكة عبر "
        '«الهادئ» رغم فشل مباحثات هاواي), which reports the same failure in its title, lead and own '
        "paragraph, as the seventeenth set's okaz 787033 entry and this set's alriyadh 1069838 entry (the "
        'same agency copy) (tf-idf cosine 0.20, 3-gram Jaccard 0.006, under the automatic 0.3)',
    'http://aawsat.com/home/article/412036/وزير-الخارجية-الفرنسي-يزور-طهران-بشهية-مفتوحة-على-السوق-الإيرانية':
        "the French foreign minister Laurent Fabius's announcement on Tuesday 21 July 2015 that he would "
        "visit Iran the next week (29 July) at Zarif's invitation, to meet President Rouhani, the first "
        "visit by a French foreign minister in twelve years (the French firms' hopes, the trade figures, "
        "the bankers' caution further items), the whole article, a preview = the twenty-fifth set's "
        'snn-65ccd6cfd8b9 (alweeam, 2015-07-31, وزير الخارجية الفرنسي يصل الى ايران لاجراء محادثات), '
        'whose whole story is the same visit to Tehran of Wednesday 29 July with the meeting with Rouhani '
        "(coded there as CONSULT visit): a preview and its report, as the sixty-first set's alyaum "
        '4081464 entry for the same visit (tf-idf cosine 0.16, 3-gram Jaccard 0.007, under the automatic '
        '0.3)',
    'http://www.al-jazirah.com/2015/20150802/du7.htm':
        "the settlers' arson of Dawabsha homes in Duma south of Nablus at dawn on Friday 31 July 2015 "
        'that burnt the toddler Ali Dawabsha to death and wounded his parents and brother (the Rafidia '
        "hospital, the settler gangs 'price tag' and 'hilltop youth'), here an Al-Jazirah column whose "
        "whole subject is the same arson (the whole article) = the eleventh set's snn-02b8e7262025 "
        '(alwatan, 2015-08-01, استشهاد رضيع فلسطيني حرقا بهجوم لمستوطنين), whose main story is the same '
        "arson: an event and a comment on it, as the forty-sixth set's alyaum 4081598 entry for another "
        'column on the same arson (tf-idf cosine 0.14, 3-gram Jaccard 0.003, under the automatic 0.3)',
    'http://www.al-madina.com/node/623617/مقتل-مبتعث-في-أمريكا-داخل-حرم-الجامعة.html':
        'the killing of a 23-year-old Saudi scholarship student, shot and found lying by his car in a car '
        'park of the Fairmount Towers on the campus of Wichita State University, Kansas, on the morning '
        "of Saturday 8 August 2015 (the police's investigation with no suspect, the student leaders' and "
        "the Saudi student club's words, the victim named as Rayan Ibrahim Baba of Makkah, his father's "
        "call for the killer's punishment), the whole article = the fifty-first set's snn-4b3cece4e6a8 "
        '(3alyoum, 2015-08-09, العثور على مبتعث سعودي مقتولاً في أمريكا), whose whole story is the same '
        "student found shot in the same car park the same Saturday with the police's investigation (coded "
        'there as ASSAULT and ACCUSE investigate): two reports of one event (tf-idf cosine 0.33, 3-gram '
        'Jaccard 0.022, under the automatic 0.3)',
    'http://www.alyaum.com/article/4079896':
        "the coalition's air raids of the night of Thursday 23 July 2015 on Sanaa (six raids on the "
        'al-Sabaha camp west of the capital) and on the al-Jufaina front south-west of Marib (four '
        "raids), reported in the article's lead and title and as an item of its own (s8-s9, 'غارات على "
        "صنعاء'), beside the resistance's entry into the presidential palace at al-Maashiq (the "
        "twenty-eighth set's snn-a1dc37673a07, 3alyoum, 2015-07-25, the clearing of the same palace, "
        '0.20) and further items (the Aden toll, Wadi Aqqan, al-Maqdashi in Amman, the Cairo talks) = the '
        "third set's snn-f4f3504753bb (alweeam, 2015-07-24, اليمن .. قصف جوي لمواقع الانقلابيين في صنعاء "
        'ومأرب), whose main story is the same raids of the same night with the same six raids on '
        'al-Sabaha and four on al-Jufaina (coded there as ASSAULT aerial): the main story of one article '
        "a main report (an item of its own) of the other, as the forty-fifth and sixty-seventh sets' "
        'readings (tf-idf cosine 0.24, 3-gram Jaccard 0.029, under the automatic 0.3)',
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
