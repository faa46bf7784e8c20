"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-eighth PLOVER events blind set.

Rule (the seventy-seventh set's sampler, /work/main/tests/data/events/blind77/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-78: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261378);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 78) (294 files: the table of set 77 plus the seventy-seventh set's
        events/blind77/sample.jsonl and events-blind77.jsonl and the second annotation of the seventy-sixth set,
        events/second76/events-second76.jsonl), each with its md5 at the draw (checked; a mismatch is reported) --
        text = an excluded text/content of >= 60 chars inside the content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-seven events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-seventh sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-78)

SEED = 20261378
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-78: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-78: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 291 files of the set-77
# table plus events/blind77/sample.jsonl, events/events-blind77.jsonl and events/second76/events-second76.jsonl,
# 294 in all, each with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn
# sample; the md5s are checked (a mismatch is reported). sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 78)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-seven events sets' articles
# (url -> reason); see SOURCE-events-blind78.txt. The first five hundred and four entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-seventh set's six, marked there first-set 77 after that draw:
# SAME_STORY = dict(blind_tables.same_story(78)), same_story(78) == same_story(77)); the entries added by this set
# follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(78))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/427091/قتلى-وجرحى-في-انفجار-يهز-مطار-كابل-الدولي':
        "the Taliban suicide car bomb at the entrance of Kabul's Hamid Karzai airport on Monday 10 August 2015 (five or six killed, 16-21 wounded, the Taliban's claim that it targeted 'foreign forces' in two armoured cars, the police chief Abdul Rahman Rahimi; President Ghani's accusation of Pakistan a further item), the whole article = the fortieth set's snn-e108270ba020 (3alyoum, 2015-08-11, سيارة ملغومة تقتل 5 في كابول والرئيس الأفغاني يحذّر باكستان), whose main story is the same bombing the same day from the same agency copy (the Taliban's claim and the security official's armoured cars word for word), as the forty-third set's al-jazirah 20150811/du11 entry (tf-idf cosine 0.32, 3-gram Jaccard under the automatic 0.3)",
    'http://www.okaz.com.sa/new/Issues/20150807/Con20150807787973.htm':
        "the Education Minister Azzam al-Dakhil's tour of the border schools of Jazan on 5-6 August 2015 (Faifa, al-Dayer, al-Harth, al-Aridha, al-Khouba), the plan for the red-zone schools (moved two or three days a week to safer schools, distance learning the rest) and his visit to the educational studio with Issa al-Hakami (the whole article) = the twenty-third set's snn-90856614909b (alweeam, 2015-08-06, وزير التعليم يؤكد أهمية التقنية الحديثة والتعليم الالكتروني), the same studio visit word for word, and the first set's snn-d33ade2c4547 (alriyadh, 2015-08-06, وزير التعليم يزور جبال فيفاء ويناقش خطة بدء العام الدراسي), the same tour and plan: two reports of one event (tf-idf cosine 0.38 and 0.32, 3-gram Jaccard under the automatic 0.3)",
    'http://www.al-jazirah.com/2015/20150807/rv1.htm':
        "a reader's letter (Mohammed bin Abdulmalik Al al-Sheikh, Al-Jazirah readers' page, 7 August 2015) whose whole subject is Salman al-Omari's column 'العقوق الصامت' of Friday 15 Shawwal 1436 (31 July 2015) on the undutiful children who leave their parents in the homes for the elderly, which it names, continues and answers (the courts' undutifulness cases its added figures) = the sixty-third set's snn-59b084061ae9 (aljazirah, 2015-07-31, العقوق الصامت), that very column, as the earlier sets' entries for columns on one event (tf-idf cosine 0.14, 3-gram Jaccard under the automatic 0.3)",
    'http://aawsat.com/home/article/423256/أنقرة-تستعد-لهجوم-«واسع-النطاق»-ضد-تنظيم-داعش-في-سوريا':
        "Turkey's announcement on Wednesday 5 August 2015 (Foreign Minister Cavusoglu, meeting Kerry at the ASEAN meetings in Malaysia) that it would soon launch a 'wide-scale' offensive against ISIS in northern Syria, with 'the US aircraft have begun arriving' (the Incirlik strikes, the training of the moderate opposition, the new chief of staff and the stalled coalition talks further items), the main story of the article (title, s0-s2) = the fifteenth set's snn-425d8ba58e7c (3alyoum, 2015-08-06, تركيا تستعد لهجوم واسع النطاق ضد تنظيم داعش في سوريا), whose whole story is the same announcement from the same agency copy (s0-s2 word for word): two reports of one event (tf-idf cosine 0.28, 3-gram Jaccard under the automatic 0.3)",
    'http://www.alyaum.com/article/4082756':
        "Nagasaki's commemoration of the seventieth anniversary of the atomic bombing on Sunday 9 August 2015 (the minute of silence at 11.02, Abe's wreath and speech before the representatives of 75 countries with Ambassador Caroline Kennedy, the mayor Tomihisa Taue's criticism of the defence bills before about 6,700 people), the whole article = the tenth set's snn-d2f17949abbd (aleqtisadiya, 2015-08-09, اليابان تحيي الذكرى الـ70 لإلقاء القنبلة الذرية على ناجازاكي), whose whole story is the same ceremony, as the forty-first set's alyaum 4082671 entry for the same ceremony (tf-idf cosine 0.20, 3-gram Jaccard under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
