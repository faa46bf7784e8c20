"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the nineteenth PLOVER events blind set.

Rule (same as the eighteenth set's sampler, /work/main/tests/data/events/blind18/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261245);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 14:02 UTC (85 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind18.jsonl and claims/blind18/,
        places, genre, saudinewsnet-sample, and the events files of the first eighteen sets incl.
        events-blind18.jsonl and events/blind18/sample.jsonl; files created later, such as the claims
        blind19 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first eighteen events sets' 360 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-19)

SEED = 20261245
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 14:02 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind19.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 19)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first eighteen events sets' articles
# (url -> reason); see SOURCE-events-blind19.txt. The first forty-four entries are the earlier sets'
# (tests/data/blind_tables.py, including the eighteenth set's five); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(19))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://sabq.org/suCgde":
        "the case of the youths who harassed two girls on the Jeddah corniche on the second day of Eid "
        "al-Fitr (the video of July 2015): this article reports the video spreading on Twitter on Tuesday 21 "
        "July, the calls to investigate and punish, and the Makkah security bodies looking into the incident, "
        "the whole article = the fifth set's snn-d551a4a47bb8 (okaz, 2015-07-22, مقطع جديد يشعل جدلا حول فيديو "
        "التحرش), whose main story is the same case a day later (the investigation of the accused youths, the "
        "new clip, the Makkah police spokesman on their arrest), as the eleventh set's okaz 784538 entry (the "
        "police pursuit of the same youths) (tf-idf cosine 0.16, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785318.htm":
        "Carter's unannounced visit to Baghdad of Thursday 23 July 2015 (his talks with US commanders and Iraqi "
        "leaders including al-Abadi on the campaign against ISIS and the push on Ramadi, his first visit to Iraq "
        "as defence secretary), the main story of the article (s0-s4; s5-s6 add the Obama-Erdogan telephone "
        "call) = the third set's snn-17df799964d8 (aawsat, 2015-07-24, وزير الدفاع الأميركي: مشاركة سنة العراق "
        "في الحملة ضد «داعش» أساسية), the report of the same visit's first day, as the seventh and ninth sets' "
        "alriyadh 1067712 and 1067412 entries (tf-idf cosine 0.09, 3-gram Jaccard 0.004, under the automatic "
        "0.3)",
    "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=230572&CategoryID=5":
        "the monthly meeting of the Makkah region's security leaders chaired by Prince Khalid al-Faisal in his "
        "Jeddah office on Wednesday 29 July 2015 (the future plans of the security bodies before the Hajj, the "
        "proposed measures to keep infiltrators out of the holy sites through the land ports, his thanks to "
        "the security sectors, the directors' reports), the main story of the article (s0-s3; s4-s6 add the "
        "background on the smugglers, the Mufti's ruling and the penalties) = the tenth set's snn-72f64dc4362f "
        "(aleqtisadiya, 2015-07-31, الأمير خالد الفيصل يناقش الخطط الأمنية والتصدي للمتسللين إلى المشاعر في "
        "موسم الحج), the report of the same meeting from the same statement (tf-idf cosine 0.42, 3-gram "
        "Jaccard 0.121, under the automatic 0.3)",
    "http://www.alyaum.com/article/4079644":
        "the EU foreign ministers' meeting in Brussels of Monday 20 July 2015: this article reports its Libya "
        "outcome in its title and lead (s0-s2: the ministers and Mogherini calling on the General National "
        "Congress to join the Skhirat agreement, the sanctions on the spoilers discussed, the 100 million euro "
        "package for a unity government), a main report beside the Libyan interim government on the four "
        "kidnapped Italians = the thirteenth set's snn-4f0a17468504 (aawsat, 2015-07-21, وزراء خارجية الاتحاد "
        "الأوروبي يبحثون غدًا في بروكسل دعم تونس لمواجهة الإرهاب), the preview of the same meeting, which "
        "reports in a sentence of its own (s3) the ministers' discussion of Libya, as the eighteenth set's "
        "aawsat 411406 entry (the report of the same discussion) (tf-idf cosine 0.13, 3-gram Jaccard 0.004, "
        "under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
