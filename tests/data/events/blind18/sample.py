"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the eighteenth PLOVER events blind set.

Rule (same as the seventeenth set's sampler, /work/main/tests/data/events/blind17/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261243);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 13:43 UTC (81 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind17.jsonl and claims/blind17/,
        places, genre, saudinewsnet-sample, and the events files of the first seventeen sets incl.
        events-blind17.jsonl and events/blind17/sample.jsonl; files created later, such as the claims
        blind18 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventeen events sets' 340 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-18)

SEED = 20261243
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 13:43 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind18.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 18)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventeen events sets' articles
# (url -> reason); see SOURCE-events-blind18.txt. The first thirty-nine entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventeenth set's four); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(18))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://aawsat.com/home/article/411406/أوروبا-تهدد-بفرض-عقوبات-على-ليبيين-بسبب-تعثر-محادثات-السلام":
        "the EU foreign ministers' meeting in Brussels of Monday 20 July 2015: this article reports its Libya "
        "discussion (sanctions on the Libyan parties that hold back from the UN-backed peace agreement, the "
        "plans discussed by Mogherini with the EU foreign ministers and the UN envoy Bernardino Leon in "
        "Brussels, the Spanish and Belgian ministers' words, the Skhirat signing as background), the whole "
        "article = the thirteenth set's snn-4f0a17468504 (aawsat, 2015-07-21, وزراء خارجية الاتحاد الأوروبي "
        "يبحثون غدًا في بروكسل دعم تونس لمواجهة الإرهاب), the preview of the same meeting, which names the "
        "Libya file in its lead and reports in a sentence of its own (s3) the ministers' discussion of Libya "
        "with Leon present (coded there as CONSULT multilateral [F]): the preview of an event and the report "
        "of it, as the thirteenth set's alriyadh 1070830 and the fifteenth set's alweeam 350328 entries "
        "(tf-idf cosine 0.14, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Economy/News_Detail.aspx?ArticleID=229840&CategoryID=2":
        "the first meeting of the organising committee of the Safri Bisha dates festival at the Bisha "
        "governorate under the governor Muhammad bin Sabra (the evaluation of the first two editions, the "
        "agreement with the National Center for Palms and Dates, the presentations of the centre and of the "
        "directorate of agriculture, the governor on marketing), the whole article = the third set's "
        "snn-864ee0626d03 (alriyadh, 2015-07-24, اللجنة المنظمة لمهرجان صفري بيشة تعتمد برنامج التسويق "
        "والتنظيم), the report of the same meeting from the same statement (tf-idf cosine 0.70, 3-gram Jaccard "
        "0.272, under the automatic 0.3)",
    "http://www.alyaum.com/article/4079774":
        "the suicide bombing in a market of Almar (Faryab province, northern Afghanistan) on Wednesday 22 July "
        "2015 (the governor's spokesman: at least 25 killed, 38 wounded; no claim; the local police chief Saif "
        "on the search for the bomber), the whole article = the fifth set's snn-ea6bb14ece4a (alriyadh, "
        "2015-07-23, انتحاري يخلف 15 قتيلاً في سوق شمال أفغانستان), the report of the same bombing from the same "
        "agency copy, as the sixteenth set's aawsat 412276 entry (tf-idf cosine 0.49, 3-gram Jaccard 0.232, "
        "under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150721/du4.htm":
        "the bombing of the cultural centre in Suruc (south-east Turkey, near the Syrian border) on Monday 20 "
        "July 2015 (the interior ministry's statement: 30 killed, about 100 wounded, a \"terrorist act\"; the "
        "witnesses; the HDP deputy Pervin Buldan on the young Turks and Kurds gathered before a trip to "
        "Kobani), the whole article = the thirteenth set's snn-e8affbe839ac (alweeam, 2015-07-21, داود أوغلو "
        "يتوعد داعش بعد \"تفجير سروج\"), whose main story is the same bombing (s0: about 30 killed in an "
        "explosion at a Kurdish cultural centre in a Turkish town near the Syrian border; s4 the charity "
        "gathering for Kobani) beside Davutoglu's attribution and vow (tf-idf cosine 0.11, 3-gram Jaccard "
        "0.009, under the automatic 0.3)",
    "http://aawsat.com/home/article/421316/مقتل-31-شخصًا-بسقوط-مقاتلة-سورية-على-سوق-في-أريحا":
        "the crash of a Syrian warplane on a crowded market of Ariha (Idlib province) on Monday 3 August 2015 "
        "(31 killed, most of them civilians, according to the Observatory; the witnesses on the bomb dropped "
        "before the crash; the pilot's fate unknown), the main story of the article (s0-s10; s11-s15 add the "
        "fighting in Idlib and the raids in Latakia) = the ninth set's snn-463083f4850b (alwatan, 2015-08-04, "
        "مقتل 31 شخصا بتحطم طائرة حربية في إدلب), the report of the same crash from the same Observatory "
        "statement (tf-idf cosine 0.25, 3-gram Jaccard 0.006, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
