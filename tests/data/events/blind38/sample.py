"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-eighth PLOVER events blind set.

Rule (same as the thirty-seventh set's sampler, /work/main/tests/data/events/blind37/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261283);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 20:02 UTC (161 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind37.jsonl and claims/blind37/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-seven sets incl.
        events-blind37.jsonl and events/blind37/sample.jsonl; files created later, such as the claims
        blind38 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-seven events sets' 740 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-38)

SEED = 20261283
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 20:02 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind38.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 38)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-seven events sets' articles
# (url -> reason); see SOURCE-events-blind38.txt. The first hundred and fifty-three entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-seventh set's eight; same_story(38) holds no entry first used by
# a thirty-eighth set); the six entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(38))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://aawsat.com/home/article/427361/معلومات-أخيرة-حول-هجمات-مالي-تكشف-صلتها-بجماعة-بلمختار":
        "the claim of the attack of Friday 7 August 2015 on the Byblos hotel in Sevare (central Mali, 13 killed by the "
        "official toll) by Souleymane Mohamed Kennen, a militant close to the preacher Amadou Koufa and once of Mokhtar "
        "Belmokhtar's group, in a telephone call to AFP on the night of Monday 10 August, the main story of the article "
        "(title, s0-s4; the roadside bomb at Tenenkou that killed three soldiers on Monday a second item, s5-s7) = the "
        "thirteenth set's snn-9787106ec45e (alyaum, 2015-08-07, أربعة قتلى في احتجاز رهائن في فندق يرتاده غربيون في "
        "مالي), whose whole story is the same hotel attack: the claim a later step of one event with the event itself as "
        "a main report, as the thirty-fourth set's Okaz Ceylanpinar and the thirty-fifth set's alriyadh 1070156 entries "
        "(tf-idf cosine 0.16, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alweeam.com.sa/349869/تركيا-تفتح-قواعدها-الجوية-لأمريكا-لضر/":
        "Turkey's formal signature of the agreement opening the Incirlik air base to the US-led coalition against ISIS, "
        "announced by the Turkish foreign ministry on Wednesday 29 July 2015, the main story of the article (title, "
        "s0-s1) = the eighth set's snn-0e2329cc4d4d (3alyoum, 2015-07-24, تركيا تسمح لأمريكا بشن غارات من قاعدة "
        "إنجرليك الجوية), whose whole story is the same agreement reached on 22-23 July (reported by the Wall Street "
        "Journal, its final touches the night before): the later step of one agreement, as the thirty-seventh set's "
        "Muntari and Tunisian-vote entries; its second item, the night's raids on six PKK targets (s2-s8), is the "
        "seventeenth set's snn-b7d3f0d9ff8a (alweeam, 2015-07-31, the same night's raids, its s7-s9) (tf-idf cosine "
        "0.14 and 0.18, 3-gram Jaccard 0.004 and 0.012, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150726/du10.htm":
        "the Tunisian parliament's adoption of the new anti-terrorism and anti-money-laundering law late on Friday 24 "
        "July 2015 (174 votes, ten abstentions), the end of the three-day debate, the whole article (s5, the Bizerte "
        "operation, a minor item) = the sixth set's snn-012906cd4038 (aawsat, 2015-07-23, برلمان تونس يقر مجموعة "
        "قوانين تصل إلى الإعدام لمرتكبي الجرائم الإرهابية), whose main story is the same debate's second day and which "
        "announces the Friday vote, and the twenty-seventh set's snn-24459ba1ee53 (alyaum, 2015-07-23, البرلمان "
        "التونسي يناقش «قانونا جديدا لمكافحة الإرهاب»), the same debate: the later step of one debate, as the "
        "thirty-seventh set's alriyadh 1067764 entry for the same adoption (tf-idf cosine 0.09 and 0.29, 3-gram "
        "Jaccard 0.000 and 0.066, under the automatic 0.3)",
    "http://www.alriyadh.com/1071527":
        "the shooting by two unknown gunmen on a prisoner transport vehicle in Fayoum province (Egypt) on Saturday 8 "
        "August 2015, one policeman killed and three wounded, the whole article = the twelfth set's snn-1720f57dba18 "
        "(alweeam, 2015-08-08, مقتل شرطي وإصابة ثلاثة آخرين في هجوم مسلح بمصر), the report of the same attack the "
        "same day (the same vehicle on the Fayoum-Cairo road, the same toll) (tf-idf cosine 0.18, 3-gram Jaccard "
        "0.007, under the automatic 0.3)",
    "http://www.alweeam.com.sa/351204/مصر-ترسل-قوات-الى-اليمن-لحماية-موانئ-ا/":
        "the talks of Presidents al-Sisi and Hadi in Cairo on Wednesday 5 August 2015 and their agreement on Egyptian "
        "forces to protect the ports of southern Yemen and the training of Yemeni officers (Riad Yassin's account), the "
        "whole article = the first set's snn-c177fc1046d8 (aawsat, 2015-08-06, مصر تدعم اليمن بقوات لحماية موانئ "
        "الجنوب), whose main story (title, s0-s4) is the same talks from the same copy nearly word for word (tf-idf "
        "cosine 0.53, 3-gram Jaccard 0.214, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081121":
        "the killing of Cecil, Zimbabwe's best-known lion, by the American dentist Walter Palmer (lured out of the "
        "Hwange park, shot with an arrow, finished off, skinned and beheaded) and the outcry against him, the whole "
        "article = the sixth set's snn-703ac93f0424 (aawsat, 2015-07-31, الأسد سيسيل وكلب الهرم), the same day's "
        "comment whose subject is the same killing and outcry (its s0-s5 the same account): an event and a comment on "
        "it, as the twenty-eighth set's okaz 785508 and the thirty-second and thirty-third sets' entries for the "
        "reports of the Doha meeting and the editorial on it (tf-idf cosine 0.13, 3-gram Jaccard 0.000, under the "
        "automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
