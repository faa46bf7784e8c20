"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the ninth PLOVER events blind set.

Rule (same as the eighth set's sampler, /work/main/tests/data/events/blind8/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261225);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 10:43 UTC (45 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind8.jsonl and claims/blind8/,
        places, genre, saudinewsnet-sample, and the events files of the first eight sets incl.
        events-blind8.jsonl and events/blind8/sample.jsonl; files created later, such as the claims
        blind9 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first eight events sets' 160 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-9)

SEED = 20261225
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 10:43 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind9.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 9)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first eight events sets' articles
# (url -> reason); see SOURCE-events-blind9.txt. The first eleven entries are the earlier sets'.
SAME_STORY = blind_tables.same_story(9)  # tests/data/blind_tables.py


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
