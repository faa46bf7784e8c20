"""Seeded, reproducible sample of SaudiNewsNet articles for the fifty-ninth PLOVER events blind set.

Rule (the fifty-eighth set's sampler, /work/main/tests/data/events/blind58/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-59: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261328);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 06:07 UTC (244 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind54.jsonl and claims/blind54/sample.jsonl,
        claims/second44-46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-eight sets
        incl. events-blind58.jsonl, events/blind58/sample.jsonl and events/second44-50/; files created later, like
        the concurrent claims/blind55/, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-eight events sets' 1,137 articles;
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh and fifty-eighth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-59)

SEED = 20261328
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-59: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-59: 10, 2)
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 06:07 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind59.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 59)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-eight events sets' articles
# (url -> reason); see SOURCE-events-blind59.txt. The first three hundred and ninety-seven entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-eighth set's four; same_story(59) holds no entry first
# used by a fifty-ninth set); the three entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(59))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1070901":
        "the Turkish foreign minister Mevlut Cavusoglu's announcement on Wednesday 5 August 2015, during his visit to "
        "Malaysia, that US aircraft and drones were arriving at the Turkish air bases and that Turkey and the "
        "coalition would soon launch together a 'comprehensive battle' against ISIS in northern Syria (the headlined "
        "main story, s0-s6; the plans for the border strip, the Nusra capture of US-trained fighters and the Turkish "
        "raids further items) = the fifteenth set's snn-425d8ba58e7c (3alyoum, 2015-08-06, تركيا تستعد لهجوم “واسع "
        "النطاق” ضد تنظيم داعش في سوريا), whose whole story is the same announcement with the arrival of the US "
        "aircraft: two reports of one statement, as the fifty-seventh set's alyaum 4082137 entry for the same "
        "announcement (tf-idf cosine 0.12, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://aawsat.com/home/article/414531/مقتل-شخصين-وإصابة-9-في-إطلاق-نار-داخل-سينما-بولاية-لويزيانا":
        "the shooting in the Grand cinema of Lafayette, Louisiana, on the evening of Thursday 23 July 2015 during the "
        "film 'Trainwreck' (the gunman John Houser killed two and wounded nine, then killed himself; the police's "
        "words on the inquiry into the motive), the headlined main story of the article (title, s0-s26; the Colorado "
        "jury's rejection of James Holmes's insanity plea a further item) = the fourth set's snn-f44db6c2b601 "
        "(3alyoum, 2015-07-25, مسلح يقتل اثنين ويصيب 7 في قاعة سينما بلويزيانا), whose whole story is the same "
        "shooting: two reports of one event (tf-idf cosine 0.23, 3-gram Jaccard 0.016, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081546":
        "the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the president and "
        "members of the Saudi Football Federation (reported 3 August 2015) and the controls on the clubs' debts "
        "agreed there (a single chartered accountant for all clubs, a single financial year, bans on registering "
        "players above debt ceilings by league rank, the new support of the youth teams), the headlined main story of "
        "the article (title, s0-s5; the Super Cup in London, the stadium test and the federation's technical director "
        "further items) = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. "
        "وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting with the same two proposals and sanctions: "
        "two reports of one event (tf-idf cosine 0.17, 3-gram Jaccard 0.007, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
