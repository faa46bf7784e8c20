"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-eighth PLOVER events blind set.

Rule (the sixty-seventh set's sampler, /work/main/tests/data/events/blind67/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-68: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261368);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 68) (266 files: the table of set 67 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-seventh set's
        events/blind67/sample.jsonl and events-blind67.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-seven events sets' 1,233 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-seventh sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-68)

SEED = 20261368
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-68: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-68: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 264 files of the set-67
# table plus the sixty-seventh set's events/blind67/sample.jsonl and events/events-blind67.jsonl, 266 in all, each
# with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind68.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 68)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-seven events sets' articles
# (url -> reason); see SOURCE-events-blind68.txt. The first four hundred and thirty-eight entries are the earlier
# sets' (tests/data/blind_tables.py, including the sixty-seventh set's six; same_story(68) holds no entry first used
# by a sixty-eighth set); the two entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(68))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.aleqt.com/2015/07/21/article_974946.html":
        "the suicide bombing of Monday 20 July 2015 at the cultural centre of Suruc near the Syrian border (at least "
        "30 killed; Prime Minister Davutoglu's press conference in Ankara attributing it to ISIS on the first "
        "evidence, the young activists gathered to help rebuild Kobani, Erdogan's words, the British ambassador's "
        "condemnation, NATO's call for tighter border controls), the whole article = the thirty-ninth set's "
        "snn-07aea22d3d04 (alwatan, 2015-07-21, إردوغان: التفجير في سوروتش عمل إرهابي), whose whole story is the same "
        "bombing with Erdogan's condemnation and Davutoglu's attribution to ISIS: two reports of one event the same "
        "day, as the thirteenth set's snn-e8affbe839ac (alweeam, 2015-07-21, داود أوغلو يتوعد داعش بعد تفجير سروج) "
        "and the earlier sets' entries for the same bombing (aawsat 411206, al-madina 620209, al-jazirah "
        "20150721/du4, 3alyoum) (tf-idf cosine 0.23 and 0.20, 3-gram Jaccard 0.030 and 0.005, under the automatic "
        "0.3)",
    "http://www.alriyadh.com/1070620":
        "Prince Mohammed bin Salman's visit to Jordan on Wednesday 5 August 2015 at King Abdullah II's invitation, "
        "here the full text of the joint statement issued the same day (the meeting with the king, the bilateral and "
        "extended talks, the agreement on strategic cooperation, the fight against terrorism, Syria, Yemen, Iraq, the "
        "rejection of Iran's interference, the Arab Peace Initiative, the king's praise of Saudi support), the whole "
        "article = the fourteenth set's snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي العربي), the "
        "editorial whose whole subject is the same visit at King Abdullah's invitation (coded there as CONSULT "
        "visit): an event and a comment on it, as the earlier sets' okaz 787689 entry for a report of the same visit "
        "and joint statement and the al-madina 622874 entry (the nineteenth set's cabinet session snn-8946339d4c70, "
        "which hears the visit's results as one item, 0.35, and the fifty-first set's snn-f98dbb2af3d7, Jordanian "
        "politicians on the visit's results, the nearest texts) (tf-idf cosine 0.19, 3-gram Jaccard 0.020, under the "
        "automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
