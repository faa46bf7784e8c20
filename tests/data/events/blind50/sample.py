"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fiftieth PLOVER events blind set.

Rule (same as the forty-ninth set's sampler, /work/main/tests/data/events/blind49/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261307);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 00:40 UTC (209 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind46.jsonl, claims/blind46/ and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first forty-nine sets
        incl. events-blind49.jsonl and events/blind49/sample.jsonl; files created later are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-nine events sets' 980 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-50)

SEED = 20261307
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 00:40 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind50.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 50)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-nine events sets' articles
# (url -> reason); see SOURCE-events-blind50.txt. The first two hundred and eighty-eight entries are the earlier
# sets' (tests/data/blind_tables.py, including the forty-ninth set's twelve; same_story(50) holds no entry first
# used by a fiftieth set); the six entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(50))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.al-madina.com/node/623921/النصر-والهلال-يفتتحان-الموسم-الرياضي-بكأس-السوبر.html?live":
        "the Saudi Super Cup match between Al-Nassr and Al-Hilal at Loftus Road in London on Wednesday 12 August 2015 "
        "(the two teams' preparation and absentees, their record, the English referees), the whole article (a preview, "
        "'غداً الأربعاء') = the forty-second set's snn-2f5aa0e729d2 (alyaum, 2015-08-11, تخوف من غياب الجماهير عن "
        "السوبر), whose whole story is the same match 'tomorrow, Wednesday' at Loftus Road (the officials' worry about "
        "the stands, the fans, Al-Hilal's delegation arriving in London): two previews of one event the same day, as the "
        "forty-fourth set's okaz 785615 entry (tf-idf cosine 0.10, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://aawsat.com/home/article/420591/«القاعدة»-تبث-شريطًا-يؤكد-خطفها-مقاتلين-سوريين-ضمن-البرنامج-التدريبي-الأميركي":
        "the Nusra Front's video of Saturday 1 August 2015 confirming its kidnapping, on the evening of Wednesday 29 July "
        "near Azaz, of fighters of the US-trained Division 30 (five of them shown, a masked member's words, the charge of "
        "cooperating with the West; s11-s12 the attack on the division's headquarters of Friday 31 July a further item), "
        "the whole article = the second set's snn-ad5fe406f7b3 (aawsat, 2015-07-31, «جبهة النصرة» تخطف 7 عناصر من فرقة "
        "سورية دُربت بإطار برنامج أميركي), whose whole story is the same kidnapping of the eight members with the "
        "division's commander Col. Nadim al-Hassan near Azaz the same Wednesday evening: an event and the actor's claim "
        "of it, as the forty-ninth set's alwatan 230977 entry (tf-idf cosine 0.27, 3-gram Jaccard 0.025, under the "
        "automatic 0.3; the thirty-third set's snn-b81090ceb0e4 of the next kidnapping 0.41, 0.092)",
    "http://www.al-jazirah.com/2015/20150723/du13.htm":
        "the seventh round of the tripartite national technical committee on the Ethiopian Renaissance Dam opened in "
        "Khartoum with the water ministers of Egypt, Sudan and Ethiopia (Hossam Moghazi, Motaz Musa, Alemayehu Tegenu) on "
        "Wednesday 22 July 2015, the whole article = the twenty-second set's snn-0d04387fd4f3 (alwatan, 2015-07-21, جولة "
        "حاسمة في الخرطوم لإنهاء قضايا سد النهضة), whose main story (s0-s2) is the same round of negotiations 'starting "
        "tomorrow in Khartoum' with Moghazi's same statement on the technical points and the extra day: the preview of an "
        "event and the report of it, as the forty-ninth set's alyaum 4082228 entry (tf-idf cosine 0.36, 3-gram Jaccard "
        "0.063, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230736&CategoryID=1":
        "the Tunisian presidency's extension, announced on Friday 31 July 2015, of the state of emergency over the whole "
        "country for two months from 3 August (the consultation with the prime minister and the speaker, the spokesman "
        "Moez Sinaoui's words; s4 the EU's first tranche of its annual aid a further item), the main story of the article "
        "= the thirtieth set's snn-e7b96e68558e (aawsat, 2015-07-31, تمديد حالة الطوارئ في تونس لمدة شهرين), the report "
        "of the same decision from the same presidency statement: two reports of one event (tf-idf cosine 0.25, 3-gram "
        "Jaccard 0.038, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785862.htm":
        "the one-day visit to the Kingdom of the EU High Representative Federica Mogherini on Monday 27 July 2015 and her "
        "talks with al-Jubeir (the Iran nuclear agreement, Syria, Palestine; the joint press conference announced; her "
        "onward trip to Tehran), the whole article (a preview, 'اليوم الاثنين') = the twenty-seventh set's "
        "snn-5d6638b648b1 (okaz, 2015-07-26, زيارة موغيريني تأكيد على الدور المحوري للمملكة), whose whole story is the "
        "same coming visit (coded there as CONSULT visit [F]): two previews of one visit, as the forty-fourth set's okaz "
        "785615 and the fortieth set's 3alyoum entry for the report of its Riyadh talks (tf-idf cosine 0.15, 3-gram "
        "Jaccard 0.010, under the automatic 0.3)",
    "http://www.alriyadh.com/1067892":
        "President Obama's first day of his visit to Kenya, Saturday 25 July 2015 (his speech opening the Global "
        "Entrepreneurship Summit in Nairobi, the security measures, Kenyatta's words, the Kenyan papers), the whole "
        "article = the seventh set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم انتحاري على فندق في الصومال), whose "
        "framing clause and s4-s10 report the same visit and its first day (Obama's talks with Kenyatta, coded there as "
        "CONSULT visit): the same visit the same day, as the thirty-first, thirty-second and forty-second sets' entries "
        "for the same visit (alyaum 4080119 its first-day talks) (tf-idf cosine 0.07, 3-gram Jaccard 0.002, under the "
        "automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
