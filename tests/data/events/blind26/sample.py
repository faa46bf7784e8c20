"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-sixth PLOVER events blind set.

Rule (same as the twenty-fifth set's sampler, /work/main/tests/data/events/blind25/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261259);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 16:14 UTC (113 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind25.jsonl and claims/blind25/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-five sets incl.
        events-blind25.jsonl and events/blind25/sample.jsonl; files created later, such as the claims
        blind26 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-five events sets' 500 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-26)

SEED = 20261259
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 16:14 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind26.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 26)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-five events sets' articles
# (url -> reason); see SOURCE-events-blind26.txt. The first eighty-one entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-fifth set's three); the three entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(26))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1071719":
        "the visit to Yemen of the president of the International Committee of the Red Cross, Peter Maurer, begun "
        "on Saturday 8 August 2015 for three days to assess the humanitarian situation (his arrival in Sanaa, the "
        "talks with the Houthi leaders, the ICRC's statement before the visit on the \"difficult humanitarian "
        "situation\" and the unnamed \"senior officials\", the UN's four thousand killed and 80% in need, the 1.3 "
        "million displaced), the whole article's story = the eighth set's snn-86d9b8adf183 (okaz, 2015-08-09, "
        "الصليب الأحمريقيّم الوضع الإنساني), the report of the same visit from the same agency copy, several "
        "sentences word for word (the Al-Riyadh copy adds Maurer's own statement and the background of the war) "
        "(tf-idf cosine 0.48, 3-gram Jaccard 0.143, under the automatic 0.3)",
    "http://www.alyaum.com/article/4079847":
        "the press conference of the Saudi foreign minister Adel al-Jubeir with his Egyptian counterpart Sameh "
        "Shoukry in Jeddah on Wednesday 22 July 2015 (their talks on the bilateral relations, Syria on the basis "
        "of Geneva, Egypt a main part of the coalition supporting legitimacy in Yemen, the Hamas leaders' visit "
        "to the Kingdom for Umrah only, that sentence word for word) = the eleventh set's snn-5379a3bbfe5a "
        "(alriyadh, 2015-07-23, الجبير: مصر جزء أساسي من التحالف الداعم للشرعية في اليمن), the report of the "
        "same press conference (the Al-Yaum copy adds his words on Iran and the nuclear agreement and on the "
        "ambassador's return to Aden) (tf-idf cosine 0.35, 3-gram Jaccard 0.102, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/01/article_977934.html":
        "the meeting of the central committee of Greece's ruling Syriza on Thursday 30 July 2015 that approved "
        "Tsipras's request for an extraordinary party congress in September on the agreement with the creditors "
        "(the Left Platform's proposal rejected, Zachariadis's account, more than ten members resigning at the end "
        "of the meeting): its lead, s0-s4 (s5-s11 the IMF's conditions for its part in the third bailout, a "
        "second item after \"من جهة أخرى\"), = the nineteenth set's snn-4f95bc128d33 (aljazirah, 2015-08-01, "
        "اليونان تقرر عقد مؤتمر عام استثنائي في سبتمبر), whose whole story is the same meeting, from the same "
        "agency copy nearly word for word (tf-idf cosine 0.53, 3-gram Jaccard 0.212, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
