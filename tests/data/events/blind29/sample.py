"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-ninth PLOVER events blind set.

Rule (same as the twenty-eighth set's sampler, /work/main/tests/data/events/blind28/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261265);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 16:58 UTC (125 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind28.jsonl and claims/blind28/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-eight sets incl.
        events-blind28.jsonl and events/blind28/sample.jsonl; files created later, such as the claims
        blind29 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-eight events sets' 560 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-29)

SEED = 20261265
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 16:58 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind29.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 29)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-eight events sets' articles
# (url -> reason); see SOURCE-events-blind29.txt. The first ninety-three entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-eighth set's six); the five entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(29))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://sabq.org/aDCgde":
        "the shooting in a crowded cinema at Lafayette, Louisiana, on the evening of Thursday 23 July 2015 (a gunman "
        "killing two and wounding seven during a showing of \"Trainwreck\" before killing himself, the police chief "
        "Jim Craft's statements, the Aurora comparison), the whole article = the fourth set's snn-f44db6c2b601 "
        "(3alyoum, 2015-07-25, مسلح يقتل اثنين ويصيب 7 في قاعة سينما بلويزيانا), the report of the same shooting "
        "from the same agency copy (several sentences word for word) (tf-idf cosine 0.45, 3-gram Jaccard 0.097, "
        "under the automatic 0.3)",
    "http://www.alyaum.com/article/4082335":
        "the agreement that John Kerry announced on Thursday 6 August 2015 with Sergei Lavrov, after their talks in "
        "Malaysia, on the US draft resolution for a UN mechanism to identify those responsible for the chlorine "
        "attacks in Syria (the vote expected within the week), the whole article = the twenty-seventh set's "
        "snn-e719c4ce23ca (aawsat, 2015-08-06, جون كيري: اتفاق مع روسيا لتحديد المسؤولين عن هجمات بالأسلحة "
        "الكيماوية في سوريا), the report of the same agreement from the same agency copy (its background sentences "
        "word for word) (tf-idf cosine 0.39, 3-gram Jaccard 0.087, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350546/عبدالله-بن-مساعد-إقامة-السوبر_في_لندن/":
        "the meeting of Prince Abdullah bin Musaed, the president of youth welfare, with the Saudi football "
        "federation of 2 August 2015 and its outcomes: the article reports his statements \"after his meeting with "
        "the federation\", its lead (s0) being the meeting's decision of a financial year for the clubs ending in "
        "June = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات "
        "متدرجة للمتجاوزين), whose whole story is the same meeting with the same proposal (\"تحديد سنة مالية موحدة "
        "للأندية تنتهي بنهاية شهر يونيو\"): two reports of one meeting on the same day (the Super Cup in London and "
        "the thanks to the minister of social affairs are further statements at the same occasion) (tf-idf cosine "
        "0.14, 3-gram Jaccard 0.025, under the automatic 0.3)",
    "http://www.alyaum.com/article/4082827":
        "the attack on the US consulate in Istanbul on Monday 10 August 2015 and its claim by the far-left "
        "Revolutionary People's Liberation Party/Front (its 2013 suicide attack on the US embassy in Ankara recalled), "
        "the main story of the article (title, s0-s2, s8-s10; beside it the same night's attack on the Sultanbeyli "
        "police station) = the first set's snn-1ba3c02c0c0d (3alyoum, 2015-08-10, استهداف قنصلية أمريكية بأسطنبول "
        "والعنف يحصد تسعة قتلى في تركيا), whose main story is the same shooting at the consulate and the same claim "
        "(tf-idf cosine 0.22, 3-gram Jaccard 0.011, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/05/article_979275.html":
        "the UN Assistance Mission in Afghanistan's half-year report on civilian casualties released on Wednesday 5 "
        "August 2015 (4,921 civilian casualties, 1,592 dead and 3,329 wounded in the first six months, up 1% on 2014, "
        "70% attributed to the Taliban and other anti-government forces), the whole article = the fifth set's "
        "snn-685610ca3205 (aawsat, 2015-08-06, الأمم المتحدة: حوالى 5 آلاف قتيل وجريح بأفغانستان في النصف الأول "
        "لعام 2015), the report of the same document the same day, as the twenty-eighth set's automatic skip of "
        "alyaum 4082140 against the same article (tf-idf cosine 0.11, 3-gram Jaccard 0.000: two translations, under "
        "the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
