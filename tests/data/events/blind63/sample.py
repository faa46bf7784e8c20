"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-third PLOVER events blind set.

Rule (the sixty-second set's sampler, /work/main/tests/data/events/blind62/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-63: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261363);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 63) (256 files: the table of set 62 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-second set's
        events/blind62/sample.jsonl and events-blind62.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-two events sets' 1,173 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-second sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-63)

SEED = 20261363
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-63: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-63: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 254 files of the set-62
# table plus the sixty-second set's events/blind62/sample.jsonl and events/events-blind62.jsonl, 256 in all, each with
# its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind63.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 63)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-two events sets' articles
# (url -> reason); see SOURCE-events-blind63.txt. The first four hundred and eleven entries are the earlier sets'
# (tests/data/blind_tables.py, including the sixty-second set's five; same_story(63) holds no entry first used by a
# sixty-third set); the one entry added by this set follows.
SAME_STORY = dict(blind_tables.same_story(63))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787689.htm":
        "Prince Mohammed bin Salman's visit to Jordan on Wednesday 5 August 2015 at King Abdullah II's invitation "
        "(his meeting with the king, the bilateral and extended talks, the joint statement on strategic cooperation, "
        "Syria, Yemen, Iraq, Iran's interference and the Arab Peace Initiative, his departure the same day), the "
        "whole article = the fourteenth set's snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي العربي), "
        "the editorial whose whole subject is the same visit at King Abdullah's invitation (coded there as CONSULT "
        "visit): an event and a comment on it, as the forty-fourth set's al-madina 622874 entry for the Jordanian "
        "politicians' statements on the same visit (tf-idf cosine 0.18, 3-gram Jaccard 0.016, under the automatic "
        "0.3; the fifty-first set's snn-f98dbb2af3d7, okaz 08-06, Jordanian politicians on the visit's results, and "
        "the nineteenth set's cabinet session snn-8946339d4c70, 0.32, which hears the visit's results as one item)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
