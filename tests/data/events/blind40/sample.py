"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fortieth PLOVER events blind set.

Rule (same as the thirty-ninth set's sampler, /work/main/tests/data/events/blind39/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261287);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 20:30 UTC (169 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind39.jsonl and claims/blind39/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-nine sets incl.
        events-blind39.jsonl and events/blind39/sample.jsonl; files created later, such as the claims
        blind40 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-nine events sets' 780 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-40)

SEED = 20261287
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 20:30 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind40.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 40)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-nine events sets' articles
# (url -> reason); see SOURCE-events-blind40.txt. The first hundred and sixty-eight entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-ninth set's nine; same_story(40) holds no entry first used by
# a fortieth set); the eight entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(40))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.3alyoum.com/news/pol/a/الجبير-نرفض-عدوانية-إيران-وتدخلها-في-ش/":
        "the visit to the Kingdom of the EU High Representative Federica Mogherini at the end of July 2015, here "
        "al-Jubeir's press conference with her at the foreign ministry in Riyadh (his rejection of the Iranian "
        "officials' 'aggressive' statements on the region and on Bahrain, s1-s2; the 'extended meetings' with her on "
        "the bilateral relations, the visas, Palestine, Syria, Iraq, Yemen and Libya and his thanks for her visit, "
        "s3-s10, eight of its eleven sentences) = the twenty-seventh set's snn-5d6638b648b1 (okaz, 2015-07-26, زيارة "
        "موغيريني تأكيد على الدور المحوري للمملكة), whose whole story is the same coming visit to the Kingdom (two "
        "European experts' comment on it, coded there as CONSULT visit [F]): the preview of a visit with a comment on "
        "it and the report of its talks, as the thirty-ninth set's al-madina 620813 (Carter) and the thirty-seventh "
        "set's aawsat 415976 (Zarif) entries (tf-idf cosine 0.12, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alriyadh.com/1066365":
        "the German economy minister Sigmar Gabriel's three-day visit to Iran at the head of a business delegation, "
        "begun on Sunday 19 July 2015 (the first senior Western official in Tehran after the nuclear deal; his "
        "statement, the chambers' president Schweitzer on the 'encouraging signal'), the whole article = the "
        "thirty-third set's snn-0751fcf4ca9f (alriyadh, 2015-07-22, ألمانيا وإيران تعتزمان استئناف مشاورات التعاون "
        "الاقتصادي), whose whole story is the same visit (Gabriel's announcement in Tehran on the Monday after "
        "meeting the oil minister Zanganeh, 'the first prominent Western politician to visit Iran after the "
        "nuclear agreement'): a visit announced on its departure and the report of its talks, as the thirty-ninth "
        "set's al-madina 620813 entry (tf-idf cosine 0.07, 3-gram Jaccard 0.000: two translations, under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/421026/طارق-الحميد/ماذا-تعني-عودة-الروس؟":
        "the Doha ministerial meetings of 2-3 August 2015: Tariq al-Homayed's column on Lavrov's trilateral meeting "
        "with al-Jubeir and Kerry in Qatar 'yesterday and today' (s0-s1: the Russian foreign ministry's statement "
        "and its agenda; s2-s9 what Russia can offer in Libya, Yemen and Syria), the whole article = the third set's "
        "snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), whose subject is the same Doha "
        "meetings: a comment on an event, as the fifteenth set's alweeam 350328 entry for the Russian announcement "
        "of the same trilateral meeting and the thirty-second and thirty-third sets' entries for the Doha meeting "
        "and the editorial on it (tf-idf cosine 0.05, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/اجتماع-مرتقب-بين-الجبير-ولافروف-في-قطر/":
        "the Doha ministerial meetings of 2-3 August 2015: the Russian foreign ministry's announcement of Saturday 1 "
        "August of Lavrov's working visit to Qatar and his trilateral meeting with Kerry and al-Jubeir (his meetings "
        "with the Emir and al-Attiyah, the agenda), the whole article = the third set's snn-f2b6e3e113f6 (okaz, "
        "2015-08-03, هواجس الخليج.. وتطمينات كيري), whose subject is the same Doha meetings, as the fifteenth set's "
        "alweeam 350328 entry for another report of the same announcement (the preview of an event and the report "
        "of it) (tf-idf cosine 0.06, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150809/du9.htm":
        "the Kabul attacks of Thursday-Friday 6-7 August 2015 (the truck bomb in a residential quarter, the suicide "
        "bombing at the entrance of the police academy, the attack on Camp Integrity with NATO's toll of a soldier "
        "and eight civilian contractors announced on Saturday), the whole article = the twenty-fourth set's "
        "snn-67b5bcda7880 (aawsat, 2015-08-08, الأطلسي: 8 مدنيين قتلوا في الهجوم على قاعدة أميركية بأفغانستان), "
        "whose whole story is the same NATO announcement with the same police academy and truck bombings and the "
        "wave's toll, and the eighth set's snn-af4cc46a2d35 (3alyoum, 2015-08-07, هجوم انتحاري يستهدف أكاديمية "
        "الشرطة في كابول), the report of the same police academy bombing (tf-idf cosine 0.21 and 0.26, 3-gram "
        "Jaccard 0.013 and 0.008, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081674":
        "the Houthi leader Abdulmalik al-Houthi's televised speech of Sunday evening 2 August 2015 on the loss of "
        "Aden (the fighters on Eid leave, 'a partial, passing event'), the main story of the article (title, s0-s4; "
        "s5-s8 a second item, the Taiz clashes) = the second set's snn-6b2dd0353e27 (aawsat, 2015-08-04, هل انقلب "
        "الحوثي على صالح؟), Tariq al-Homayed's column whose whole subject is the same speech (the same 'حدث جزئي، "
        "عارض'): an event and a comment on it, as the thirty-eighth set's alyaum 4081121 entry (tf-idf cosine 0.15, "
        "3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150809/du2.htm":
        "the Popular Resistance's offensive in al-Dhale province of 7-8 August 2015 (the last Houthi strongholds: the "
        "province's offices at Sanah, the town of Qataba and the Special Security camp taken on Saturday, the "
        "al-Sadrain camp on Jabal Muris recalled in s3), the main story of the article (title, s0-s3; s4-s9 further "
        "items: the Lahj sweep, the Abyan offensive, the Lahj mines, the coalition raids, Arhab) = the fifteenth set's "
        "snn-e3f0d0b1306b (alwatan, 2015-08-09, الثوار يستردون معسكر الصدرين), whose whole story is the storming of "
        "the al-Sadrain camp with the liberation of Qataba and Muris the same day, as the thirty-third set's alwatan "
        "231624 entry for another report of the same offensive (tf-idf cosine 0.10, 3-gram Jaccard 0.000, under the "
        "automatic 0.3)",
    "http://www.alweeam.com.sa/349299/مقتل-جنديين-تركيين-في-تفجير-سيارة-ملغو/":
        "the car bomb that killed two Turkish soldiers and wounded four as a military convoy passed in Diyarbakir "
        "province on the evening of Saturday 25 July 2015, the day after the Turkish air strikes on the PKK in "
        "northern Iraq, the whole article = the eleventh set's snn-8d00ad812b5d (alyaum, 2015-07-27, مقتل جنديين "
        "تركيين وواشنطن تدعم أنقرة في ضرب «الإرهاب»), whose main story (title, s0-s6) is the same bombing from the "
        "same wire (tf-idf cosine 0.28, 3-gram Jaccard 0.036, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
