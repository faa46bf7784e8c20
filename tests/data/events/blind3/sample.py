"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the third PLOVER events blind set.

Rule (same as the second set's sampler, /work/main/tests/data/events/blind2/sample.py, except the seed
and the exclusion list):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261213);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at the draw (2026-12-06; 21 files, listed in EXCL_FILES
        with their md5 at the draw: claims, places, genre, saudinewsnet-sample, events incl.
        events-blind2.jsonl, events/blind2/sample.jsonl and claims-blind2.jsonl) -- text = an excluded
        text/content of >= 60 chars inside the content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or
        word 3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first or second events set's 40 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-6)

SEED = 20261213
# The exclusion files as they stood when the sample was drawn (2026-12-06): every tests/data/**/*.jsonl
# then present (this set's own files did not exist yet). Named explicitly so that a file added later
# does not shift a re-drawn sample; the md5s at the draw are checked (a mismatch is reported) and
# listed in SOURCE-events-blind3.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 3)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first or second events set's
# articles (url -> reason); see SOURCE-events-blind3.txt.
SAME_STORY = blind_tables.same_story(3)  # tests/data/blind_tables.py


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
