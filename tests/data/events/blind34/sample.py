"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-fourth PLOVER events blind set.

Rule (same as the thirty-third set's sampler, /work/main/tests/data/events/blind33/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261275);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 18:50 UTC (145 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind33.jsonl and claims/blind33/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-three sets incl.
        events-blind33.jsonl and events/blind33/sample.jsonl; files created later, such as the claims
        blind34 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-three events sets' 660 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-34)

SEED = 20261275
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 18:50 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind34.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 34)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-three events sets' articles
# (url -> reason); see SOURCE-events-blind34.txt. The first hundred and twenty-six entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-third set's seven; same_story(34) holds no entry first used by
# a thirty-fourth set); the seven entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(34))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alyaum.com/article/4080040":
        "the Tunisian interior ministry's announcement of Friday 24 July 2015 of its security operations in Bizerte "
        "governorate (the raid of Thursday at Sejnane on an armed cell preparing attacks on sensitive sites in "
        "Bizerte, 13 arrested and the one who fled and fired on the security units killed, three more arrested at dawn "
        "on Friday in Menzel Bourguiba, weapons seized; the Bardo and Sousse attacks and the state of emergency "
        "recalled), the whole article = the twenty-first set's snn-b86eb6c6a4fa (aljazirah, 2015-07-25, تونس.. مقتل "
        "عنصر إرهابي واعتقال 16 آخرين في عملية أمنية بجهة بنزرت), the report of the same announcement (the same two "
        "operations, arrests and killing) (tf-idf cosine 0.21, 3-gram Jaccard 0.019, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350808/مقتل-3-في-تفجير-لغم-بجنوب-شرق-تركيا/":
        "the PKK's roadside bomb of Tuesday 4 August 2015 in Sirnak province (a remote-controlled home-made mine set "
        "off as an army vehicle passed, two soldiers and a village guard killed, two wounded; the toll of the security "
        "forces since 20 July, the Turkish air campaign and the collapsed 2013 ceasefire recalled), the whole article "
        "= the fifteenth set's snn-5e81ffc1eed4 (aawsat, 2015-08-04, مقتل جنديين تركيين بهجوم نسب لمتمردي «العمال "
        "الكردستاني»), the report of the same attack the same day (the same mine in Sirnak on Tuesday, the same two "
        "soldiers) (tf-idf cosine 0.24, 3-gram Jaccard 0.031, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350100/هيومان-رايتس-الحوثيون-قصفوا-عدن-عشوائ/":
        "Human Rights Watch's report of Thursday 30 July 2015 on the pro-Houthi forces' indiscriminate mortar and "
        "rocket fire on residential areas of Aden (the deadliest attack, on Dar Saad on 19 July, killing dozens of "
        "civilians; the researcher Ole Solvang's statements on war crimes), the whole article = the twentieth set's "
        "snn-b58c5638915d (aljazirah, 2015-07-31, المقاومة الشعبية اليمنية تسيطر على أجزاء كبيرة من الحوطة), whose "
        "lead and first item (s0-s4, five of its ten sentences) report the same statement of the same day (Solvang's "
        "two quotations word for word): an article whose whole story is an earlier article's main report, as the "
        "twentieth, twenty-first and thirtieth sets' entries (tf-idf cosine 0.35, 3-gram Jaccard 0.082, under the "
        "automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785243.htm":
        "the killing of the two Turkish policemen found shot in the head at Ceylanpinar on the Syrian border on "
        "Wednesday 22 July 2015, here in the PKK's claim of it the same day (its armed wing's statement: revenge for "
        "the Suruc massacre, the two accused of working with ISIS), the whole article = the sixteenth set's "
        "snn-f6116f644d49 (aawsat, 2015-07-22, إحباط هجوم على مبنى حزب العدالة والتنمية في أنقرة.. وتوتر أمني على "
        "الحدود السورية), whose headlined second item (s9-s11) reports the same killing, and its snn-517ecfb4b81e "
        "(almadina, 2015-07-23, s2-s6), as the thirtieth set's alriyadh 1067134 entry for the find of the same two "
        "policemen; the claim is a later step of one event with the event itself as a main report, as the fourteenth, "
        "sixteenth and thirty-third sets' entries (the eleventh set's snn-8d00ad812b5d recalls the same claim in "
        "s7-s8) (tf-idf cosine 0.16 and 0.12, 3-gram Jaccard 0.004 and 0.008, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231629&CategoryID=1":
        "the capture of Zinjibar, capital of Abyan, by the forces loyal to President Hadi and the Popular Resistance "
        "on 8-9 August 2015 (their offensive from Aden with the coalition's air support, the 15th brigade's positions "
        "taken first, the armour deployed in the city; Shuqra taken later the same day, the mines left by the Houthis, "
        "the arrests of Islah leaders in Sanaa as further items), the main story of the article (title, s0-s2, s5, s8) "
        "= the first set's snn-13ed6b749af5 (alweeam, 2015-08-09, غارات للتحالف.. والمقاومة تدخل زنجبار), whose "
        "headlined story is the same entry into Zinjibar (the government forces and the resistance entering the city "
        "after the rebels fled, s0-s2): the control of the city the next report of one advance, as the thirty-third "
        "set's alwatan 231624 entry (tf-idf cosine 0.17, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.al-madina.com/node/620806/«داعش»-يتبنى-تفجيرًا-ببغداد-أوقع-20-قتيلاً.html":
        "ISIS's claim of Thursday 23 July 2015 of the car bomb in south-west Baghdad (al-Shurta al-Rabia, at least 20 "
        "killed) and the Peshmerga operation on the al-Kusaiba villages and the Hamrin mountains near Baquba (11 ISIS "
        "fighters killed, among them Abu Harith al-Qadiri) with the two roadside bombs in Baladrooz and al-Muqdadiya "
        "(10 civilians killed), the whole article = the fifteenth set's snn-7cd07d26c6cd (alyaum, 2015-07-24, موجة "
        "تفجيرات جديدة تضرب بغداد ومقتل 27 من «حزب الله»), which reports the same car bombs claimed by ISIS (s0, s5) "
        "and the same Baquba items from the same agency copy nearly word for word (s9-s11), as the twenty-first set's "
        "alweeam 348973 entry (tf-idf cosine 0.48, 3-gram Jaccard 0.162, under the automatic 0.3)",
    "http://aawsat.com/home/article/411896/كيري-لـ-«الشرق-الأوسط»-نعد-استراتيجية-مع-حلفائنا-الخليجيين-لصد-إيران":
        "John Kerry's telephone interview with Asharq Al-Awsat of 22 July 2015 on US policy towards Iran after the "
        "nuclear deal (Iran to stay isolated for its support of terrorism, the Houthis and Hezbollah; the Doha meeting "
        "of 3 August with the GCC ministers to set a strategy against Iran's moves; no coordination with Iran in "
        "Iraq), the whole article = the twenty-fourth set's snn-313f791119b3 (alweeam, 2015-07-22, كيري: من المستحيل "
        "أن تصنع إيران قنبلة نووية في ظل قيود الاتفاقية), the report of the same interview the same day (the same "
        "isolation sentence and the same Doha strategy) (tf-idf cosine 0.20, 3-gram Jaccard 0.033, under the automatic "
        "0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
