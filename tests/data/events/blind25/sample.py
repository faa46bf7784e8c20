"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-fifth PLOVER events blind set.

Rule (same as the twenty-fourth set's sampler, /work/main/tests/data/events/blind24/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261257);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 16:01 UTC (109 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind24.jsonl and claims/blind24/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-four sets incl.
        events-blind24.jsonl and events/blind24/sample.jsonl; files created later, such as the claims
        blind25 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-four events sets' 480 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-25)

SEED = 20261257
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 16:01 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind25.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 25)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-four events sets' articles
# (url -> reason); see SOURCE-events-blind25.txt. The first seventy-eight entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-fourth set's nine); the three entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(25))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1071897":
        "the resumption in Athens, on the weekend of 8-9 August 2015, of the talks between Greece and its creditors "
        "on the terms of the third bailout (the finance and economy ministers Tsakalotos and Stathakis meeting the "
        "IMF, the European Commission and the ECB, the 86 billion euros and the 20 August deadline, Stathakis's "
        "\"final stage\", the parliament's vote, the Frankfurter Allgemeine report, the European source, the 17 "
        "August deadline, the two earlier defaults), the whole article = s0-s7 of the twenty-second set's "
        "snn-693f719d27c9 (aawsat, 2015-08-10, استئناف المحادثات بين اليونان ودائنيها للاتفاق على شروط خطة "
        "الإنقاذ), the report of the same talks from the same agency copy, nearly word for word (the Al-Riyadh copy "
        "leaves out Tsipras's troubles in Syriza, s8-s12 there) (tf-idf cosine 0.61, 3-gram Jaccard 0.249, under "
        "the automatic 0.3)",
    "http://www.alriyadh.com/1070220":
        "the crash of a Syrian regime warplane on Monday 3 August 2015 while it was bombing a district of Ariha in "
        "Idlib province (a \"technical failure\" at low altitude, 27 killed, the Observatory's Rami Abdel Rahman), "
        "the whole article = the ninth set's snn-463083f4850b (alwatan, 2015-08-04, مقتل 31 شخصا بتحطم طائرة حربية "
        "في إدلب), the report of the same crash from the same Observatory statement, as the eighteenth set's aawsat "
        "421316 entry (tf-idf cosine 0.53, 3-gram Jaccard 0.116, under the automatic 0.3)",
    "http://www.al-madina.com/node/621020/تونس-مقتل-متطرف-واعتقال-16-شخصًا-بشبهة-«الإرهاب».html?live":
        "the Tunisian security operation of Thursday-Friday 23-24 July 2015 in Bizerte province (the raid at Sejnane "
        "on a cell preparing attacks on sensitive sites, 13 arrested and the fleeing suspect killed when he fired on "
        "the security forces, three more arrested at Menzel Bourguiba, the weapons seized; the Interior Ministry's "
        "statement): its lead, s0-s5 (s6-s8 background, s9-s14 Tunisia's resumed relations with Syria a second item "
        "after \"إلى ذلك\"), = the twenty-first set's snn-b86eb6c6a4fa (aljazirah, 2015-07-25, تونس.. مقتل عنصر "
        "إرهابي واعتقال 16 آخرين في عملية أمنية بجهة بنزرت), whose whole story is the same operation (tf-idf cosine "
        "0.15, 3-gram Jaccard 0.009, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
