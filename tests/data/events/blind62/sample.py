"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-second PLOVER events blind set.

Rule (the sixty-first set's sampler, /work/main/tests/data/events/blind61/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-62: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261362);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 62) (254 files: the table of set 61 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-first set's
        events/blind61/sample.jsonl and events-blind61.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-one events sets' 1,161 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-first sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-62)

SEED = 20261362
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-62: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-62: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 252 files of the set-61
# table plus the sixty-first set's events/blind61/sample.jsonl and events/events-blind61.jsonl, 254 in all, each with
# its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind62.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 62)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-one events sets' articles
# (url -> reason); see SOURCE-events-blind62.txt. The first four hundred and six entries are the earlier sets'
# (tests/data/blind_tables.py, including the sixty-first set's six; same_story(62) holds no entry first used by a
# sixty-second set); the five entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(62))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.al-jazirah.com/2015/20150802/ln22.htm":
        "the al-Birr society of al-Ahsa's care for the Omani families injured in the road accident near Khurais on "
        "Thursday 30 July 2015 (18 families hosted under its 'Aber Sabil' project, 13 of them housed in a hotel, the "
        "hospital visits, the meeting of Friday 31 July with the Omani Shura president and ambassador at King Fahd "
        "hospital in Hofuf, the travel procedures and the transport of the nine bodies), the whole article = the "
        "second set's snn-86f0161cb0d1 (okaz, 2015-08-01, إيواء 13 أسرة عمانية من مصابي «هجرة خريص»), whose main "
        "story is the same society's housing of the same thirteen families: a later step of one event with the event "
        "as a main report, as the fifty-fifth set's okaz 786997 entry for the same society's care (tf-idf cosine "
        "0.19, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.alriyadh.com/1071443":
        "the siege of Zinjibar, the capital of Abyan, by the Popular Resistance and the loyal national army continued"
        " on Friday 7 August 2015 after the reinforcements from Aden and Lahj (the Katyusha rockets on Jaar, the "
        "forces heading to al-Habilayn and Yafa, the forces crossing from al-Anad to al-Dhale), the headlined main "
        "story of the article (title, s0-s4; Taiz, the coalition raids on Hodeidah, Saada and Taiz, al-Bayda and the "
        "information minister's words further items) = the thirteenth set's snn-c996633cdf84 (alwatan, 2015-08-08, "
        "الحوثيون يهربون قبل معارك أبين), whose main story is the same operation against Zinjibar (the resistance "
        "massing to storm it, the rebels' flight from the 15th Brigade camp): two reports of one operation, as the "
        "forty-fifth set's alweeam 351346 and the forty-ninth set's alwatan 231078 entries for the same siege (tf-idf"
        " cosine 0.10, 3-gram Jaccard 0.005, under the automatic 0.3; the first set's snn-13ed6b749af5, the entry "
        "into Zinjibar, 0.16)",
    "http://aawsat.com/home/article/411276/الأصبحي-جميع-الوزراء-سيعودون-إلى-عدن":
        "the Yemeni human rights minister Ezzeddine al-Asbahi's letter of 20 July 2015 calling on the UN High "
        "Commissioner for Human Rights Zeid Ra'ad al-Hussein to visit Aden (the government to arrange the whole "
        "visit, the coming session of the Human Rights Council, the Houthis' Katyusha shelling of Aden and siege of "
        "Taiz), a main report of the article (s3-s10, eight of its eleven sentences, beside the government's "
        "inspection tours in Aden, the bodies of the Houthi fighters and the ministers' return in s0-s2) = the "
        "thirty-seventh set's snn-525d2f1c6754 (okaz, 2015-07-23, وزير حقوق الإنسان يدعو المنظمات الإنسانية الدولية "
        "لزيارة عدن), whose whole story is the same letter: the main story of one article a main report of the other,"
        " as the fifty-fifth set's alriyadh 1066877 entry for the same letter (tf-idf cosine 0.22, 3-gram Jaccard "
        "0.038, under the automatic 0.3)",
    "http://www.aleqt.com/2015/07/27/article_976407.html":
        "the meeting of the twelve Trans-Pacific Partnership states (the United States, Japan and ten others) in "
        "Hawaii from Tuesday 28 July 2015 to finalise the agreement (its critics, the hopes of Washington, Japan and "
        "Vietnam, the unions' and experts' objections), the whole article, a preview (the same agency copy as the "
        "sixty-first set's alriyadh 1068213 entry) = the third set's snn-5c97e320743f (aleqtisadiya, 2015-08-06, "
        "كيري: تقدم جيد في اتفاقية الشراكة عبر «الهادئ» رغم فشل مباحثات هاواي), whose s0 and s3-s4 report the same "
        "Hawaii talks ending on Friday 31 July without an agreement: a preview and its report, as the sixty-first "
        "set's alriyadh 1068213 and the seventeenth set's okaz 787033 entries (tf-idf cosine 0.20, 3-gram Jaccard "
        "0.009, under the automatic 0.3)",
    "http://aawsat.com/home/article/422626/الكويت-تبدأ-محاكمة-المتهمين-بتفجير-مسجد-الصادق":
        "the opening on Wednesday 5 August 2015, before the criminal court in Kuwait, of the trial of the 29 "
        "defendants in the bombing of the Imam al-Sadiq mosque (the adjournment to Thursday, the defendants' "
        "nationalities, the main defendant Abdulrahman Sabah Eidan's confession of preparing al-Qabba's belt, the "
        "arrests of the Saudi brothers recalled), the whole article = the eleventh set's snn-1668f69a03af (alyaum, "
        "2015-08-06, بدء محاكمة متهمين في تفجير مسجد الصادق بالكويت), the report of the same session the same day: "
        "two reports of one event, as the thirty-seventh set's alweeam 350910 and the fifty-first set's aawsat 422501"
        " entries for the same session (tf-idf cosine 0.41, 3-gram Jaccard 0.074, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
