"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-first PLOVER events blind set.

Rule (same as the fortieth set's sampler, /work/main/tests/data/events/blind40/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261289);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 20:47 UTC (173 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind40.jsonl and claims/blind40/,
        places, genre, saudinewsnet-sample, and the events files of the first forty sets incl.
        events-blind40.jsonl and events/blind40/sample.jsonl; files created later, such as the claims
        blind41 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty events sets' 800 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-41)

SEED = 20261289
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 20:47 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind41.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 41)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty events sets' articles
# (url -> reason); see SOURCE-events-blind41.txt. The first hundred and seventy-six entries are the earlier sets'
# (tests/data/blind_tables.py, including the fortieth set's eight; same_story(41) holds no entry first used by a
# forty-first set); the three entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(41))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.aleqt.com/2015/08/02/article_978230.html":
        "the Saudi Football Federation board's meeting of the morning of Sunday 2 August 2015 under Ahmed Eid (the "
        "vacant chair of the disciplinary committee since al-Rubaish's resignation, the national team's coach, the "
        "Super Cup in London) brought forward before its meeting the same day with the president of youth welfare "
        "Prince Abdullah bin Musaed, the whole article (a preview of the two meetings) = the nineteenth set's "
        "snn-a8fc97cae178 (aleqtisadiya, 2015-08-02, إضافة «وخارجيا» تحبط عبدالغني وعيد والراهب والشمراني), the "
        "same paper's preview the same day of the same board meeting (another agenda item, the disciplinary rule "
        "for the Super Cup), and the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد "
        "للأندية .. وعقوبات متدرجة للمتجاوزين), the report of the meeting with Prince Abdullah bin Musaed: a "
        "preview and the report of one meeting, as the twenty-fourth set's okaz 786968 and the twenty-ninth set's "
        "alweeam 350546 entries for the same meeting (tf-idf cosine 0.23 and 0.08, 3-gram Jaccard 0.023 and 0.008, "
        "under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786683.htm":
        "President al-Sisi's invitation to King Salman for an official visit to Egypt, delivered in a letter to "
        "Prince Mohammed bin Salman at his reception in Cairo on Thursday 30 July 2015 (the bilateral session and the "
        "meeting of the two delegations, the presidency spokesman's statement), the whole article = the seventeenth "
        "set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط "
        "الأخوية والرغبة في تعميق التعاون), whose main story is the same visit, the same reception by the Egyptian "
        "president and the talks that issued the Cairo Declaration: a detail of one meeting reported apart, as the "
        "thirtieth set's alyaum 4081047 and the thirty-sixth set's alriyadh 1069377 entries for the same visit "
        "(tf-idf cosine 0.25, 3-gram Jaccard 0.017, under the automatic 0.3)",
    "http://www.alyaum.com/article/4082671":
        "Nagasaki's commemoration of the seventieth anniversary of the atomic bombing on Sunday 9 August 2015 (the "
        "minute of silence at 11.02, the mayor Tomihisa Taue's criticism of Abe's defence bills before some 6,700 "
        "people), the whole article = the tenth set's snn-d2f17949abbd (aleqtisadiya, 2015-08-09, اليابان تحيي "
        "الذكرى الـ70 لإلقاء القنبلة الذرية على ناجازاكي), whose whole story is the same ceremony the same day "
        "amid the opposition to the bills widening the army's role abroad: two reports of one event (tf-idf "
        "cosine 0.10, 3-gram Jaccard 0.000: two translations, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
