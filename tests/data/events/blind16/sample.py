"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the sixteenth PLOVER events blind set.

Rule (same as the fifteenth set's sampler, /work/main/tests/data/events/blind15/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261239);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 13:15 UTC (73 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind15.jsonl and claims/blind15/,
        places, genre, saudinewsnet-sample, and the events files of the first fifteen sets incl.
        events-blind15.jsonl and events/blind15/sample.jsonl; files created later, such as the claims
        blind16 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifteen events sets' 300 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-16)

SEED = 20261239
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 13:15 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind16.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 16)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifteen events sets' articles
# (url -> reason); see SOURCE-events-blind16.txt. The first thirty-two entries are the earlier sets'
# (tests/data/blind_tables.py, including the fifteenth set's six); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(16))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788372.htm":
        "the demonstrations of thousands of Iraqis in Baghdad on Friday 7 August 2015 against corruption and "
        "the lack of services, above all electricity (the black-draped coffin inscribed \"ضمير السياسي، وضمير "
        "البرلمان، والخدمات\", the second week of protests in an unprecedented heat), the whole article (with "
        "the protests in six southern provinces, the slogans of Tahrir Square and the call on al-Abadi) = the "
        "fourth set's snn-54611314da74 (aawsat, 2015-08-07, العراقيون يتظاهرون احتجاجًا على الفساد ونقص "
        "الخدمات.. ودعوات لمحاسبة المسؤولين), the report of the same day's demonstrations from the same agency "
        "copy (tf-idf cosine 0.33, 3-gram Jaccard 0.090, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150803/du7.htm":
        "the Nusra Front's kidnapping of eight fighters of the US-trained Division 30 near Azaz (northern "
        "Aleppo countryside) on the evening of Wednesday 29 July 2015: this article reports the video that "
        "Nusra broadcast on Saturday showing the kidnapped men, with the kidnapping itself, Nusra's claim of "
        "it and the Pentagon's denial as a main paragraph (s2-s3, from the same Observatory statement), and "
        "in its last paragraph the Nusra fighters killed as the coalition's aircraft backed the Division 30 "
        "near Azaz = the second set's snn-ad5fe406f7b3 (aawsat, 2015-07-31, «جبهة النصرة» تخطف 7 عناصر من "
        "فرقة سورية دُربت بإطار برنامج أميركي), whose main story is the same kidnapping (the last paragraph is "
        "the story of the second set's snn-126d50effe72 and the fifth set's alweeam 350757 entry): a later "
        "step of one event with the event itself as a main report, as the seventh set's alriyadh 1067712 and "
        "the fourteenth set's aawsat 425086 entries (tf-idf cosine 0.26, 3-gram Jaccard 0.020, under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/412276/عشرات-القتلى-والجرحى-بهجوم-انتحاري-شمال-أفغانستان":
        "the suicide bombing in a crowded market of Almar (Faryab province, northern Afghanistan) on the "
        "morning of Wednesday 22 July 2015 (at least 15 killed, women and children among them, 38 wounded, "
        "the governor Abdul Sattar Barez's statement), the whole article = the fifth set's snn-ea6bb14ece4a "
        "(alriyadh, 2015-07-23, انتحاري يخلف 15 قتيلاً في سوق شمال أفغانستان), the report of the same bombing "
        "from the same agency copy (tf-idf cosine 0.61, 3-gram Jaccard 0.232, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
