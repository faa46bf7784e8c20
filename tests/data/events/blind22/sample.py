"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-second PLOVER events blind set.

Rule (same as the twenty-first set's sampler, /work/main/tests/data/events/blind21/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261251);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 14:56 UTC (97 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind21.jsonl and claims/blind21/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-one sets incl.
        events-blind21.jsonl and events/blind21/sample.jsonl; files created later, such as the claims
        blind22 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-one events sets' 420 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-22)

SEED = 20261251
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 14:56 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind22.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 22)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-one events sets' articles
# (url -> reason); see SOURCE-events-blind22.txt. The first sixty entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-first set's seven); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(22))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.3alyoum.com/news/pol/a/مقتل-27-في-انفجار-ببلدة-تركية-على-حدود-سو/":
        "the bombing of Monday 20 July 2015 at the cultural centre of Suruc near the Syrian border (27 killed "
        "and about 100 wounded in the Interior Ministry's statement, the young Turks and Kurds gathered before "
        "a trip to Kobani, two senior officials' first evidence of an ISIS suicide attack), the whole article = "
        "the thirteenth set's snn-e8affbe839ac (alweeam, 2015-07-21, داود أوغلو يتوعد داعش بعد \"تفجير "
        "سروج\"), whose lead and last paragraph (s0, s4) report the same bombing at the cultural centre with "
        "its toll and whose Davutoglu quote is the same first evidence of an ISIS suicide attack (the later "
        "articles that recall the bombing as background, the sixteenth, twentieth and twenty-first sets', are "
        "not its report) (tf-idf cosine 0.19, 3-gram Jaccard 0.020, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/إيران-تجدد-رفض-تقليص-برنامجها-النووي-ب/":
        "the press conference of the Iranian chief negotiator Abbas Araghchi of Wednesday 22 July 2015, broadcast "
        "live on television (Iran will not accept sanctions re-imposed after the deal's ten years, any attempt "
        "to re-impose them a violation of the deal; the Security Council resolution of Monday 20 July allowing "
        "all UN sanctions to be re-imposed if Iran violates the deal within ten years), the whole article = the "
        "twentieth set's snn-d81af286a142 (aawsat, 2015-07-22, عراقجي: أي قرارات بعد انتهاء مدة الاتفاق النووي "
        "«ليست ذات مصداقية»), the report of the same press conference from the same agency copy (the same "
        "sentences on the Security Council resolution, word for word) (tf-idf cosine 0.43, 3-gram Jaccard 0.092, "
        "under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
