"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twentieth PLOVER events blind set.

Rule (same as the nineteenth set's sampler, /work/main/tests/data/events/blind19/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261247);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 14:21 UTC (89 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind19.jsonl and claims/blind19/,
        places, genre, saudinewsnet-sample, and the events files of the first nineteen sets incl.
        events-blind19.jsonl and events/blind19/sample.jsonl; files created later, such as the claims
        blind20 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first nineteen events sets' 380 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-20)

SEED = 20261247
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 14:21 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind20.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 20)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first nineteen events sets' articles
# (url -> reason); see SOURCE-events-blind20.txt. The first forty-eight entries are the earlier sets'
# (tests/data/blind_tables.py, including the nineteenth set's four); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(20))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://sabq.org/mGCgde":
        "the Turkish strikes of Friday 24 July 2015 (night of Friday to Saturday) on ISIS targets in northern "
        "Syria and on PKK hideouts, depots and caves in northern Iraq, announced in the statement of the "
        "Turkish prime ministry on Saturday morning (air raids and artillery, the operations to go on, the UN "
        "and NATO informed, 320 suspects detained in 22 provinces since Friday), the whole article = the "
        "fifteenth set's snn-eb848edf838c (aljazirah, 2015-07-26, تركيا تشن ضربات على تنظيم داعش والأكراد), "
        "whose main story is the same strikes (the jets striking seven PKK targets in northern Iraq on the "
        "night of Friday to Saturday and the operations against ISIS, from the statement of Davutoglu's office, "
        "with the same police detentions) (tf-idf cosine 0.11, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.3alyoum.com/news/a/الأمم-المتحدة-مقتل-5-من-المتعاقدين-معها/":
        "the gunmen's attack on the Byblos hotel in Sevare (central Mali) of Friday 7 August 2015: this article "
        "reports the UN mission's statement of Saturday on the five employees of its contractors killed in the "
        "attack and the four foreigners rescued, the whole article = the thirteenth set's snn-9787106ec45e "
        "(alyaum, 2015-08-07, أربعة قتلى في احتجاز رهائن في فندق يرتاده غربيون في مالي), whose main story is the "
        "same attack under way, as the fourteenth set's aawsat 425086 entry (its end on Saturday) (tf-idf "
        "cosine 0.24, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://sabq.org/utDgde":
        "the second night of the first film season at the Society for Culture and Arts in Jeddah (the three "
        "short films \"هدر الطاقة\", \"ثلاثة في واحد\" and \"حياة\", the director Omar al-Jasser's words, the "
        "discussion, the Saudi cultural channel filming), the whole article = the third set's snn-862fa3ad29aa "
        "(alriyadh, 2015-08-06, «فنون جدة» تواصل عروضها السينمائية), the report of the same evening from the "
        "same statement (tf-idf cosine 0.52, 3-gram Jaccard 0.116, under the automatic 0.3)",
    "http://aawsat.com/home/article/419616/إمام-الحرم-المكي-يدعو-لتحصين-الشباب-من-الأفكار-المتطرفة":
        "the Friday sermon of the Grand Mufti Sheikh Abdulaziz Al al-Sheikh at the Imam Turki bin Abdullah "
        "mosque in Riyadh on 31 July 2015 (the virtuous society that guards religion, life, property, honour and "
        "reason, the ban on killing), reported in four of the article's nine sentences (s5-s8, a main report "
        "beside al-Sudais's sermon at the Grand Mosque) = the fourth set's snn-c12e7fe54310 (aleqtisadiya, "
        "2015-08-01, المفتي: وسائل التواصل الاجتماعي «ترهات» ودعاوى للضلال), whose story is the same sermon, as "
        "the eighth set's alwatan 230595 and the tenth set's al-jazirah 20150807/du9 entries (a main report "
        "beside another) (tf-idf cosine 0.22, 3-gram Jaccard 0.056, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230744&CategoryID=1":
        "the sentencing on Saturday 1 August 2015 by the terrorism circuit of the Sharqiya criminal court in "
        "Belbeis of 300 supporters of the Muslim Brotherhood to three to ten years (the charges, the five cases "
        "of protests in Zagazig, Abu Hammad and 10th of Ramadan, 31 to ten years and 269 to three), reported "
        "from the same agency copy in four of the article's nine sentences (s4-s7, \"من جهة ثانية\", a main "
        "report beside al-Sisi's decree amending the election laws) = the tenth set's snn-d2b7526ebbdf "
        "(alweeam, 2015-08-01, محكمة مصرية تعاقب 300 إخواني بالسجن بين 3-10 سنوات), whose main story is the same "
        "sentence, as the eighth set's alwatan 230595 entry (tf-idf cosine 0.44, 3-gram Jaccard 0.242, under "
        "the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
