"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirteenth PLOVER events blind set.

Rule (same as the twelfth set's sampler, /work/main/tests/data/events/blind12/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261233);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 12:09 UTC (61 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind12.jsonl and claims/blind12/,
        places, genre, saudinewsnet-sample, and the events files of the first twelve sets incl.
        events-blind12.jsonl and events/blind12/sample.jsonl; files created later, such as the claims
        blind13 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twelve events sets' 240 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-13)

SEED = 20261233
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 12:09 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind13.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 13)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twelve events sets' articles
# (url -> reason); see SOURCE-events-blind13.txt. The first twenty-three entries are the earlier sets'
# (tests/data/blind_tables.py); the entries added by this set follow.
SAME_STORY = dict(blind_tables.same_story(13))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1070830":
        "Netanyahu's webcast to American Jews of Tuesday 4 August 2015, organised by the Jewish groups of North "
        "America (the Jewish Federations), against the Iran nuclear deal, reported in the article's lead (s1, "
        "\"وفي مناشدة أخرى ليهود أميركا عبر الإنترنت\") and its last paragraph (s8-s10), a main report beside "
        "Obama's meeting with Jewish leaders at the White House that day (title, s0, s3-s7) = the tenth set's "
        "snn-c0f066bd76b9 (aljazirah, 2015-08-02, نتنياهو يُصعد معركته ضد أوباما ويوجه خطاباً تحريضاً ليهود أمريكا), "
        "whose main story is the same webcast announced for Tuesday (and his part in the conference of the "
        "Jewish Federation of North America): the preview of an event and the report of it, as the eleventh "
        "set's Suez Canal and Moscow entries, and a main report beside another, as the eighth set's alwatan "
        "230595 and the tenth set's al-jazirah 20150807/du9 entries (tf-idf cosine 0.17, 3-gram Jaccard "
        "0.007, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
