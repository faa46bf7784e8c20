"""Seeded, reproducible sample of SaudiNewsNet articles for the eightieth PLOVER events blind set.

Rule (the seventy-ninth set's sampler, /work/main/tests/data/events/blind79/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-80: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261380);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 80) (298 files: the table of set 79 plus the seventy-ninth set's
        events/blind79/sample.jsonl and events-blind79.jsonl), each with its md5 at the draw (checked; a mismatch
        is reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-nine events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-ninth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-80)

SEED = 20261380
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-80: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-80: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 296 files of the set-79
# table plus events/blind79/sample.jsonl and events/events-blind79.jsonl, 298 in all, each with its md5 at the
# draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are checked (a
# mismatch is reported). sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 80)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-nine events sets' articles
# (url -> reason); see SOURCE-events-blind80.txt. The first five hundred and twenty-one entries are the earlier
# sets' (tests/data/blind_tables.py, including the seventy-ninth set's twelve, marked there first-set 80 after that
# draw: SAME_STORY = dict(blind_tables.same_story(80))); the entries added by this set follow, in the order they
# were judged.
SAME_STORY = dict(blind_tables.same_story(80))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://www.alyaum.com/article/4079402':
        "the Iraqi interior minister Mohammed Salem al-Ghabban's announcement on Sunday 19 July 2015 of the arrest of those involved in the car bombing of Friday 17 July in the Bani Saad district of Diyala province, with the War Media Cell's statement (the accused to be investigated and brought to court for the harshest penalties) and the detention of a number of officers and staff over it, an item of its own of the article (s3-s5, under the subheading 'تفجير ديالى', beside the headlined coalition and Iraqi air strikes against ISIS and the ambush) = the fortieth set's snn-9e6bb700167b (alriyadh, 2015-07-22, اعتقال المتورطين في تفجير ديالى), whose whole story is the same announcement from the same agency copy, nearly word for word: the main story of one article a main report (an item of its own) of the other, as the forty-fifth, sixty-seventh, sixty-ninth and seventy-ninth sets' readings (tf-idf cosine 0.27, 3-gram Jaccard under the automatic 0.3)",
    'http://www.3alyoum.com/sports/a/اتحاد-القدم-يعتمد-سنة-مالية-موحدة-للأن/':
        "the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the board of the Saudi Football Federation (early August 2015) on the clubs' debts and its outcomes (his two proposals adopted by the board: a unified financial year and a single accounting office for the clubs, the graded penalties for hiding or falsifying financial information, the share of the TV rights for the youth teams), the whole article = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting and the same decisions: two reports of one event (tf-idf cosine 0.61, 3-gram Jaccard under the automatic 0.3)",
    'http://www.alyaum.com/article/4079779':
        "the clashes between Tebu and Tuareg fighters in Sabha in southern Libya in the week to 21-22 July 2015 (at least 40 killed, most of them fighters, dozens wounded, hundreds of families displaced; the internationally recognised government's call to stop the fighting), an item of its own of the article (s7-s17, 'ميدانيا', beside the headlined warning of Gentiloni and Bernardino Leon in Rome to the parties rejecting the peace agreement) = the twenty-eighth set's snn-a2ef97fd3551 (alwatan, 2015-07-22, ليبيا.. مقتل العشرات في اشتباكات قبلية), whose whole story is the same Sabha clashes: the main story of one article a main report (an item of its own) of the other, as the forty-fifth, sixty-seventh, sixty-ninth and seventy-ninth sets' readings (the seventy-ninth set's aawsat 419606 entry for a Libyan item) (tf-idf cosine 0.12, 3-gram Jaccard under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
