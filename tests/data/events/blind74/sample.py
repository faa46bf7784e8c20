"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-fourth PLOVER events blind set.

Rule (the seventy-third set's sampler, /work/main/tests/data/events/blind73/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-74: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261374);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 74) (282 files: the table of set 73 plus the seventy-third set's
        events/blind73/sample.jsonl and events-blind73.jsonl and the second annotation of the seventy-second set,
        events/second72/events-second72.jsonl), each with its md5 at the draw (checked; a mismatch is reported) --
        text = an excluded text/content of >= 60 chars inside the content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-three events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-third sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-74)

SEED = 20261374
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-74: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-74: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 279 files of the set-73
# table plus events/blind73/sample.jsonl, events/events-blind73.jsonl and events/second72/events-second72.jsonl,
# 282 in all, each with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn
# sample; the md5s are checked (a mismatch is reported). sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 74)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-three events sets' articles
# (url -> reason); see SOURCE-events-blind74.txt. The first four hundred and eighty-one entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-third set's twelve; same_story(73) == same_story(74), no entry
# first used by a seventy-fourth set); the entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(73))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/411421/غضب-في-كابل-بعد-غارة-أميركية-«خاطئة»-تقتل-10-جنود-أفغان':
        "the US helicopters' strike of the morning of Monday 20 July 2015 on an Afghan army checkpoint in Baraki Barak,"
        " Logar, that killed ten Afghan soldiers (the district governor Mohammad Rahim Amin's account, the toll cut "
        "from 14, the US inquiry; the whole article) = the fifteenth set's snn-2ad06f9dc978 (alriyadh, 2015-07-22, مقتل"
        ' عشرة جنود أفغان بنيران أميركية صديقة), whose whole story is the same friendly-fire strike on the same '
        "checkpoint with the same governor's words: two reports of one event (tf-idf cosine 0.45, 3-gram Jaccard 0.081,"
        ' under the automatic 0.3)',
    'http://aawsat.com/home/article/419276/مقتل-6-أشخاص-بتفجير-انتحاري-نفذته-امرأة-في-نيجيريا':
        'the suicide bombing by a woman at the Gamboru market in Maiduguri (Borno, north-eastern Nigeria) on the '
        'morning of Friday 31 July 2015 that killed six (the bomber arriving in a three-wheeled vehicle; the Chadian '
        "army's toll, the Damaturu and Maroua attacks and the regional force's commander further items), the headlined "
        "main story = the fourth set's snn-e98f7dbe6634 (alriyadh, 2015-08-01, نيجيريا: مقتل 16 شخصاً في هجومين جديدين "
        'ل «بوكو حرام»), whose lead and headline report the same bombing of six at the Gamboru market by a bomber in a '
        "three-wheeled vehicle: two reports of one event, as the forty-ninth set's 3alyoum entry for the same bombing "
        '(tf-idf cosine 0.46, 3-gram Jaccard 0.101, under the automatic 0.3)',
    'http://sabq.org/W4Dgde':
        "Prince Mohammed bin Salman's visit to Jordan at the beginning of August 2015, here Jordanian officials' and "
        "writers' statements to Sabq on it (the former royal court chief Bassem Awadallah, the ministers Hayel Daoud "
        'and Hazem al-Nasser, the SPA office director, the writer Nayef al-Nawaiseh: the visit confirms the depth of '
        "the relations; the whole article) = the fourteenth set's snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل "
        'الإستراتيجي العربي), the editorial whose whole subject is the same visit (coded there as CONSULT visit): '
        "comments on one event, as the earlier sets' al-madina 622874 entry for the Jordanian politicians' statements "
        '(tf-idf cosine 0.15, 3-gram Jaccard 0.005, under the automatic 0.3)',
    'http://www.alriyadh.com/1066642':
        'the suicide bombing of Monday 20 July 2015 at the cultural centre of Suruc (Turkey) that killed at least 30 '
        "and Erdogan's condemnation of it from northern Cyprus (Davutoglu's first findings pointing to ISIS, the "
        'ministers sent to Suruc, the car bomb south of Kobani the same day a further item; the headlined main story) ='
        " the thirty-ninth set's snn-07aea22d3d04 (alwatan, 2015-07-21, إردوغان: التفجير في سوروتش عمل إرهابي), whose "
        'whole story is the same bombing and the same condemnation, its s0-s1 nearly word for word: two reports of one '
        'event (tf-idf cosine 0.41, 3-gram Jaccard 0.095, under the automatic 0.3)',
    'http://aawsat.com/home/article/419441/مفاوضات-اتفاق-التجارة-الحرة-بين-تونس-والاتحاد-الأوروبي-في-أكتوبر-المقبل':
        "the European Union's adoption on Friday 31 July 2015 of the first part of its annual aid package to Tunisia, "
        "116.8 million euros for security and development (the EU's earlier pledges, the foreign ministers' meeting "
        'with Habib Essid, the free-trade negotiations due in October further items), the lead and main story (s0-s4) ='
        " the fifty-ninth set's snn-a9f7cb061e72 (aawsat, 2015-08-02, الاتحاد الأوروبي يمنح تونس أكثر من 116 مليون يورو"
        ' لمواجهة الإرهاب), whose whole story is the same tranche of the same programme announced by the Commission: '
        'two reports of one event (tf-idf cosine 0.16, 3-gram Jaccard 0.012, under the automatic 0.3)',
    'http://www.alyaum.com/article/4079772':
        'a roundup of Wednesday 22 July 2015 in Yemen whose headline is the reopening of Aden airport with the landing '
        "of a Saudi military plane (s0) and whose later part (s12-s18: the Popular Resistance's control of Wadi Aqan in"
        " Lahj and cutting of the Houthis' supply routes, the foiled Houthi attack on the al-Jufaina front in Marib) is"
        " the forty-third set's snn-c3ce6d12e741 (aleqtisadiya, 2015-07-23, المقاومة تقطع طرق إمداد الحوثيين بين لحج "
        'وتعز) nearly word for word, its whole story (the same agency copy the same day); the airport landing is itself'
        " a further item of the thirteenth, fortieth and fifty-seventh sets' articles of the same day; as the twenty-"
        "third, twenty-fourth, twenty-seventh, twenty-eighth and thirtieth sets' skips of an article whose further item"
        " is an earlier set's whole story (tf-idf cosine 0.67, 3-gram Jaccard 0.284, just under the automatic 0.3)",
    'http://www.al-madina.com/node/622873/السعودية-والأردن-تكامل-استراتيجي-سياسي-واقتصادي.html':
        "Prince Mohammed bin Salman's visit to Jordan at the beginning of August 2015, here Al-Madina's comment piece "
        "on it (Jordan's welcome of the visit, King Abdullah II's reception and his greetings to King Salman, the "
        "relations, the poll and the Saudi investment in Jordan; the whole article) = the fourteenth set's "
        "snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي العربي), the same paper's editorial the same "
        'day whose whole subject is the same visit (coded there as CONSULT visit): two comments on one event, as the '
        "earlier sets' al-madina 622874 entry and this set's sabq W4Dgde entry (tf-idf cosine 0.15, 3-gram Jaccard "
        '0.019, under the automatic 0.3)',
    'http://www.alriyadh.com/1069693':
        "the al-Ahsa deputy governor Khaled al-Barrak's visit of Saturday 1 August 2015 to the Omani patients injured "
        "in the bus accident near Khurais, at King Fahd Hospital in al-Hofuf, conveying the Eastern Province governor's"
        " greetings (the Omani ambassador's thanks, the care given; the whole article) = the twenty-eighth set's "
        'snn-a83342291371 (alyaum, 2015-08-02, البراك يطمئن على المنومين في الحادث), whose whole story is the same '
        "visit of the same day: two reports of one event, as the earlier sets' al-jazirah 20150801/ln6 entry for the "
        "same accident's visits (tf-idf cosine 0.31, 3-gram Jaccard 0.022, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
