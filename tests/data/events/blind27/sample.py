"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-seventh PLOVER events blind set.

Rule (same as the twenty-sixth set's sampler, /work/main/tests/data/events/blind26/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261261);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 16:25 UTC (117 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind26.jsonl and claims/blind26/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-six sets incl.
        events-blind26.jsonl and events/blind26/sample.jsonl; files created later, such as the claims
        blind27 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-six events sets' 520 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-27)

SEED = 20261261
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 16:25 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind27.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 27)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-six events sets' articles
# (url -> reason); see SOURCE-events-blind27.txt. The first eighty-four entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-sixth set's three); the three entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(27))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://sabq.org/ExCgde":
        "the UN Security Council's unanimous adoption on Monday 20 July 2015 of the US-drafted resolution "
        "endorsing the Vienna nuclear agreement of 14 July between Iran and the 5+1 and organising the gradual "
        "lifting of the UN sanctions (the vote in New York after the silence procedure, the monitoring regime, "
        "the arms and missile embargoes), the whole article's story = the seventeenth set's snn-3daab4c1c4d3 "
        "(3alyoum, 2015-07-24, مجلس الأمن يقر الاتفاق النووي الإيراني ويفتح الباب لمعاودة فرض العقوبات), whose "
        "lead (s1-s2) reports the same vote of the fifteen-member council (the 3alyoum report adds the "
        "Revolutionary Guard commander Jafari's rejection of the resolution) (tf-idf cosine 0.16, 3-gram "
        "Jaccard 0.006, under the automatic 0.3)",
    "http://aawsat.com/home/article/414336/تركيا-تفتح-3-جبهات-وتضم-الكردستاني-في-حربها-ضد-داعش":
        "the first Turkish F-16 strikes on ISIS positions inside Syria at dawn on Friday 24 July 2015 (three "
        "sites, the first Turkish military intervention in Syria) and the same night's police campaign of "
        "arrests against ISIS and Kurdish militants, the article's lead and main report (s0, s3) = the "
        "twenty-fourth set's snn-b442871241e3 (alweeam, 2015-07-24, تركيا: مقاتلات F16 قصفت مواقع لداعش في "
        "سوريا), whose whole story is the same first strikes and the overnight raids in Istanbul (the Asharq "
        "Al-Awsat report adds the prime minister's coordination centre and Arinc's plans for the border; the "
        "fifteenth set's strikes of the next day, snn-eb848edf838c, recall this first wave in one clause and "
        "were not the reason) (tf-idf cosine 0.14, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150722/Con20150722784960.htm":
        "the opposition factions' shelling of four besieged towns of northern Syria on Monday 20 July 2015 in "
        "retaliation for the regime and Hezbollah attack on al-Zabadani (seven killed by more than 300 shells on "
        "al-Fu'a and Kafriya in Idlib, the Observatory), the article's second item (s6-s7, after \"من جهة أخرى\", "
        "beside its own lead, the regime rocket on al-Mughayir in Aleppo of 21 July) = the eleventh set's "
        "snn-4847ac22ca0e (alweeam, 2015-07-21, تساقط مئات القذائف على بلدات \"علوية\" شمال سوريا), whose main "
        "story is the same shelling from the same agency copy nearly word for word, as the fifteenth set's "
        "alweeam 348666 entry for the same shelling and the twenty-third and twenty-fourth sets' skips of an "
        "article whose second item is an earlier set's whole story (tf-idf cosine 0.33, 3-gram Jaccard 0.069, "
        "under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
