"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fourteenth PLOVER events blind set.

Rule (same as the thirteenth set's sampler, /work/main/tests/data/events/blind13/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261235);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 12:26 UTC (65 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind13.jsonl and claims/blind13/,
        places, genre, saudinewsnet-sample, and the events files of the first thirteen sets incl.
        events-blind13.jsonl and events/blind13/sample.jsonl; files created later, such as the claims
        blind14 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirteen events sets' 260 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-14)

SEED = 20261235
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 12:26 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind14.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 14)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirteen events sets' articles
# (url -> reason); see SOURCE-events-blind14.txt. The first twenty-four entries are the earlier sets'
# (tests/data/blind_tables.py, including the twelfth set's four and the thirteenth set's one); the entries
# added by this set follow.
SAME_STORY = dict(blind_tables.same_story(14))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.al-jazirah.com/2015/20150725/du4.htm":
        "the shooting in a crowded cinema in Lafayette, Louisiana, on the evening of Thursday 23 July 2015 "
        "during a showing of Trainwreck (two killed, seven wounded, the gunman's suicide as the police arrived, "
        "the police chief Jim Craft's statements, Governor Bobby Jindal's visit), the whole article = the "
        "fourth set's snn-f44db6c2b601 (3alyoum, 2015-07-25, مسلح يقتل اثنين ويصيب 7 في قاعة سينما بلويزيانا), "
        "the report of the same shooting from the same agency copy (the Aurora comparison, the wounded man's "
        "surgery, the witnesses, the governor's quote) (tf-idf cosine 0.51, 3-gram Jaccard 0.165, under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/425086/تحرير-رهائن-مع-إنهاء-حصار-فندق-في-مالي":
        "the gunmen's attack and hostage-taking at the Byblos hotel in Sevare (central Mali) of Friday 7 "
        "August 2015: this article reports its end on Saturday morning (the Malian special forces backed by "
        "French soldiers ending the siege and freeing four hostages, s0-s8) and, as a main paragraph (s9-s11), "
        "the attack itself (the gunmen storming the Byblos hotel on Friday morning, the soldiers and the "
        "MINUSMA employee killed, the attacker with an explosive vest killed, the attempts to dislodge them "
        "repelled) = the thirteenth set's snn-9787106ec45e (alyaum, 2015-08-07, أربعة قتلى في احتجاز رهائن في "
        "فندق يرتاده غربيون في مالي), whose main story is the same attack and siege under way: the second day "
        "of one event with its first day as a main report, as the seventh set's alriyadh 1067712 entry "
        "(Carter's visit) (tf-idf cosine 0.14, 3-gram Jaccard 0.002, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
