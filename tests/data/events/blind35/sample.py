"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-fifth PLOVER events blind set.

Rule (same as the thirty-fourth set's sampler, /work/main/tests/data/events/blind34/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261277);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 19:05 UTC (149 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind34.jsonl and claims/blind34/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-four sets incl.
        events-blind34.jsonl and events/blind34/sample.jsonl; files created later, such as the claims
        blind35 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-four events sets' 680 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-35)

SEED = 20261277
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 19:05 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind35.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 35)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-four events sets' articles
# (url -> reason); see SOURCE-events-blind35.txt. The first hundred and thirty-three entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-fourth set's seven; same_story(35) holds no entry first used by
# a thirty-fifth set); the five entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(35))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231264&CategoryID=1":
        "the Baghdad demonstrations of Friday 7 August 2015 against corruption and the lack of services (the calls to "
        "hold the officials to account, Maliki first; the organisers' and activists' statements), here announced for "
        "the evening of the same day, the whole article = the fourth set's snn-54611314da74 (aawsat, 2015-08-07, "
        "العراقيون يتظاهرون احتجاجًا على الفساد ونقص الخدمات.. ودعوات لمحاسبة المسؤولين), the report of the same "
        "demonstrations the same day: a preview and the report of one event, as the earlier sets' preview entries "
        "(tf-idf cosine 0.10, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alriyadh.com/1070156":
        "the PKK's claim of Monday 3 August 2015 of the suicide tractor bomb of Sunday 2 August on the gendarmerie post "
        "near Dogubeyazit (a 'response to the Zergele massacre', two soldiers killed by the official toll), the main "
        "story of the article (title, s0-s2) = the first set's snn-831f3bbddb7f (aleqtisadiya, 2015-08-02, مقتل جنديين "
        "تركيين وجرح 24 آخرين في هجوم انتحاري على مركز للدرك نسب للمتمردين الاكراد), whose main story is the same "
        "attack: the claim a later step of one event with the event itself as a main report, as the thirty-fourth "
        "set's Okaz Ceylanpinar entry (tf-idf cosine 0.15, 3-gram Jaccard 0.008, under the automatic 0.3)",
    "http://www.alriyadh.com/1071278":
        "the demonstrations of thousands of Iraqis in Baghdad (and six southern provinces) on Friday 7 August 2015 "
        "against corruption and the lack of services, the whole article = the fourth set's snn-54611314da74 (aawsat, "
        "2015-08-07, العراقيون يتظاهرون احتجاجًا على الفساد ونقص الخدمات.. ودعوات لمحاسبة المسؤولين), the report of the "
        "same demonstrations the same day from the same agency copy (the black coffin sentence and the second-week "
        "sentence word for word) (tf-idf cosine 0.37, 3-gram Jaccard 0.167, under the automatic 0.3)",
    "http://www.alyaum.com/article/4080358":
        "NATO's announcement of Sunday 26 July 2015 of the meeting of its 28 ambassadors on Tuesday at Turkey's request "
        "under article 4 (the statement's 'grave situation after heinous terrorist attacks' and solidarity with "
        "Turkey), the main story of the article (title, s0-s3) = the twenty-first set's snn-9999a59206a2 (3alyoum, "
        "2015-07-26, حلف الاطلسي يدعو لاجتماع طارئ بناء على طلب تركيا), the report of the same announcement the same day "
        "(the same statement quoted) (tf-idf cosine 0.27, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://aawsat.com/home/article/416136/وصول-مساعدات-جديدة-لعدن-تزامنا-مع-زيارة-الوفد-الأممي-والمتمردون-يخرقون-الهدنة":
        "the rebels' breach of the coalition's five-day humanitarian truce in Yemen on Monday 27 July 2015 minutes and "
        "hours after it took effect (the fighting in Jabal Sabr at Taiz, the clashes in Marib, Sanaa calm), the "
        "headlined second item of the article (title, s5-s15, eleven of its eighteen sentences) = the twenty-eighth "
        "set's snn-bcf56615fb4e (alweeam, 2015-07-27, الحوثيون يخرقون الهدنة في اليمن), whose whole story is the same "
        "breach the same day: the main story of one article a main report of the other, as the thirty-fourth set's "
        "Okaz and Zinjibar entries (tf-idf cosine 0.17, 3-gram Jaccard 0.005, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
