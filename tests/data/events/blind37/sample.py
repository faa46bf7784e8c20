"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-seventh PLOVER events blind set.

Rule (same as the thirty-sixth set's sampler, /work/main/tests/data/events/blind36/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261281);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 19:49 UTC (157 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind36.jsonl and claims/blind36/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-six sets incl.
        events-blind36.jsonl and events/blind36/sample.jsonl; files created later, such as the claims
        blind37 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-six events sets' 720 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-37)

SEED = 20261281
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 19:49 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind37.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 37)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-six events sets' articles
# (url -> reason); see SOURCE-events-blind37.txt. The first hundred and forty-five entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-sixth set's seven; same_story(37) holds no entry first used by
# a thirty-seventh set); the eight entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(37))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alweeam.com.sa/349496/مونتاري-يخضع-للفحص-الطبي-تمهيداً-لانض/":
        "the Ghanaian Sulley Muntari's transfer to Al-Ittihad (the two-season deal settled, his medical at the club on "
        "Monday 27 July 2015 before joining the first team), the whole article = the fifteenth set's snn-8b3a7e6e337c "
        "(almadina, 2015-07-26, حسمت الصفقة.. مونتاري اتحادي لمدة سنتين), whose main story is the same deal settled the "
        "day before (s1 here): the next step of one transfer, as the earlier sets' entries for a later step reported as "
        "the main story (tf-idf cosine 0.21, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://aawsat.com/home/article/413941/غارة-أميركية-تقتل-قياديًّا-كبيرًا-في-تنظيم-«القاعدة»-بأفغانستان":
        "the Pentagon's announcement on Friday 24 July 2015 that a US air strike of 11 July in Paktika killed the "
        "al-Qaeda operational commander Abu Khalil al-Sudani (head of its suicide and bombing unit, plots against the "
        "United States), the whole article = the first set's snn-b5820fbaac0d (alweeam, 2015-07-24, غارة جوية أمريكية "
        "تقتل قيادياً كبيراً بالقاعدة في أفغانستان), the report of the same announcement the same day (tf-idf cosine "
        "0.24, 3-gram Jaccard 0.017, under the automatic 0.3)",
    "http://www.aleqt.com/2015/07/31/article_977858.html":
        "the US State Department's condemnation on Friday 31 July 2015 of the 'brutal terrorist attack' in which "
        "extremist settlers burnt a Palestinian child to death in the West Bank, and its welcome of Netanyahu's order to "
        "arrest the killers, the whole article = the sixteenth set's snn-0e6bfed45be0 (alriyadh, 2015-07-31, واشنطن تصف "
        "مقتل طفل فلسطيني حرقا بأنه «إرهابي وحشي»), the same agency copy the same day (its two sentences word for word) "
        "(tf-idf cosine 0.70, 3-gram Jaccard 0.245, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350910/المتهم-بتفجير-مسجد_الصادق-كنا-نريد-تف/":
        "the first session of the Kuwaiti trial of the 29 accused of the Imam al-Sadiq mosque bombing (Wednesday 5 "
        "August 2015) and the main accused Abdulrahman Sabah Aidan's confession of his part with the bomber Fahd "
        "al-Qabba, the whole article = the eleventh set's snn-1668f69a03af (alyaum, 2015-08-06, بدء محاكمة متهمين في "
        "تفجير مسجد الصادق بالكويت), the report of the same session the same day (Aidan's statements word for word in "
        "its s8-s14) (tf-idf cosine 0.52, 3-gram Jaccard 0.236, under the automatic 0.3)",
    "http://aawsat.com/home/article/415976/ظريف-يتودد-للخليج-ويعتبر-زيارته-للكويت-«إعلاناً-عن-نوايا»":
        "the Iranian foreign minister Zarif's visit to Kuwait on Sunday 26 July 2015, the first leg of his regional tour "
        "taking in Qatar and Iraq (his press conference in Kuwait), the main story of the article (title, s0-s6) = the "
        "thirty-sixth set's snn-108d0a36044d (aljazirah, 2015-07-26, وزير الخارجية الإيراني يزور الكويت وقطر والعراق "
        "لبحث التعاون الإقليمي وشرح بنود الاتفاق النووي), whose main story announces the same tour 'tomorrow, Sunday' "
        "with Kuwait its first stop: a preview and the report of one event, as the thirty-sixth set's Khartoum and "
        "Moscow entries; Mogherini's talks in Saudi Arabia (s7-s8) a minor item (tf-idf cosine 0.12, 3-gram Jaccard "
        "0.012, under the automatic 0.3)",
    "http://www.alriyadh.com/1069857":
        "the Doha ministerial meetings of 2-3 August 2015: the Saudi-US-Russian foreign ministers' meeting in Doha "
        "during al-Jubeir's and Lavrov's visit to Qatar and Kerry's meeting with the GCC foreign ministers 'tomorrow', "
        "the whole article (a preview) = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات "
        "كيري), whose subject is the same Doha meetings, as the fifth to seventeenth sets' entries for al-jazirah "
        "20150803/du10, alwatan 230832, alyaum 4081704, alriyadh 1070160, alweeam 350328 and alweeam 350545 (tf-idf "
        "cosine 0.10, 3-gram Jaccard 0.007, under the automatic 0.3)",
    "http://www.alriyadh.com/1072012":
        "the shooting attack on the US consulate in Istanbul on Monday 10 August 2015 and the PKK suicide attack on a "
        "police station the same day: a Turkish official's attribution of the consulate attack to the far-left DHKP-C "
        "(and of the police station attack to the PKK), the whole article = the first set's snn-1ba3c02c0c0d (3alyoum, "
        "2015-08-10, استهداف قنصلية أمريكية بأسطنبول والعنف يحصد تسعة قتلى في تركيا), whose main story is the same "
        "consulate attack the same day with the DHKP-C's claim (s3) (tf-idf cosine 0.17, 3-gram Jaccard 0.006, under "
        "the automatic 0.3)",
    "http://www.alriyadh.com/1067764":
        "the Tunisian parliament's adoption of the new anti-terrorism and anti-money-laundering law late on Friday 24 "
        "July 2015 (174 votes to 10), the end of the three-day debate opened on Wednesday 22 July, the whole article = "
        "the sixth set's snn-012906cd4038 (aawsat, 2015-07-23, برلمان تونس يقر مجموعة قوانين تصل إلى الإعدام لمرتكبي "
        "الجرائم الإرهابية), whose main story is the same debate's second day and which announces the adoption expected "
        "on Friday (s8): the later step of one debate, as the eleventh set's entry for al-jazirah 20150723/du1 (the same "
        "debate's opening = the same article) (tf-idf cosine 0.08, 3-gram Jaccard 0.000, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
